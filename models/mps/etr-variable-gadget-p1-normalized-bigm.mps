* etr-variable-gadget-p1-normalized-bigm  (relu-opt library: etr-variable-gadget, problem 1, normalized-bigm; {"hidden": [4], "bound": 8.0, "loss": "squared"})
NAME etr-variable-gadget-p1-normalized-bigm
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_0_1
 E pre_definition_1_0_2
 E pre_definition_1_0_3
 E pre_definition_1_1_0
 E pre_definition_1_1_1
 E pre_definition_1_1_2
 E pre_definition_1_1_3
 E pre_definition_1_2_0
 E pre_definition_1_2_1
 E pre_definition_1_2_2
 E pre_definition_1_2_3
 E pre_definition_1_3_0
 E pre_definition_1_3_1
 E pre_definition_1_3_2
 E pre_definition_1_3_3
 E pre_definition_1_4_0
 E pre_definition_1_4_1
 E pre_definition_1_4_2
 E pre_definition_1_4_3
 E pre_definition_1_5_0
 E pre_definition_1_5_1
 E pre_definition_1_5_2
 E pre_definition_1_5_3
 E pre_definition_1_6_0
 E pre_definition_1_6_1
 E pre_definition_1_6_2
 E pre_definition_1_6_3
 E pre_definition_1_7_0
 E pre_definition_1_7_1
 E pre_definition_1_7_2
 E pre_definition_1_7_3
 E pre_definition_1_8_0
 E pre_definition_1_8_1
 E pre_definition_1_8_2
 E pre_definition_1_8_3
 E pre_definition_1_9_0
 E pre_definition_1_9_1
 E pre_definition_1_9_2
 E pre_definition_1_9_3
 E pre_definition_1_10_0
 E pre_definition_1_10_1
 E pre_definition_1_10_2
 E pre_definition_1_10_3
 E pre_definition_1_11_0
 E pre_definition_1_11_1
 E pre_definition_1_11_2
 E pre_definition_1_11_3
 E pre_definition_1_12_0
 E pre_definition_1_12_1
 E pre_definition_1_12_2
 E pre_definition_1_12_3
 E pre_definition_1_13_0
 E pre_definition_1_13_1
 E pre_definition_1_13_2
 E pre_definition_1_13_3
 E pre_definition_1_14_0
 E pre_definition_1_14_1
 E pre_definition_1_14_2
 E pre_definition_1_14_3
 E post_split_0_0
 E post_split_0_1
 E post_split_0_2
 E post_split_0_3
 E post_split_1_0
 E post_split_1_1
 E post_split_1_2
 E post_split_1_3
 E post_split_2_0
 E post_split_2_1
 E post_split_2_2
 E post_split_2_3
 E post_split_3_0
 E post_split_3_1
 E post_split_3_2
 E post_split_3_3
 E post_split_4_0
 E post_split_4_1
 E post_split_4_2
 E post_split_4_3
 E post_split_5_0
 E post_split_5_1
 E post_split_5_2
 E post_split_5_3
 E post_split_6_0
 E post_split_6_1
 E post_split_6_2
 E post_split_6_3
 E post_split_7_0
 E post_split_7_1
 E post_split_7_2
 E post_split_7_3
 E post_split_8_0
 E post_split_8_1
 E post_split_8_2
 E post_split_8_3
 E post_split_9_0
 E post_split_9_1
 E post_split_9_2
 E post_split_9_3
 E post_split_10_0
 E post_split_10_1
 E post_split_10_2
 E post_split_10_3
 E post_split_11_0
 E post_split_11_1
 E post_split_11_2
 E post_split_11_3
 E post_split_12_0
 E post_split_12_1
 E post_split_12_2
 E post_split_12_3
 E post_split_13_0
 E post_split_13_1
 E post_split_13_2
 E post_split_13_3
 E post_split_14_0
 E post_split_14_1
 E post_split_14_2
 E post_split_14_3
 L positive_if_sign_0_0
 L positive_if_sign_0_1
 L positive_if_sign_0_2
 L positive_if_sign_0_3
 L positive_if_sign_1_0
 L positive_if_sign_1_1
 L positive_if_sign_1_2
 L positive_if_sign_1_3
 L positive_if_sign_2_0
 L positive_if_sign_2_1
 L positive_if_sign_2_2
 L positive_if_sign_2_3
 L positive_if_sign_3_0
 L positive_if_sign_3_1
 L positive_if_sign_3_2
 L positive_if_sign_3_3
 L positive_if_sign_4_0
 L positive_if_sign_4_1
 L positive_if_sign_4_2
 L positive_if_sign_4_3
 L positive_if_sign_5_0
 L positive_if_sign_5_1
 L positive_if_sign_5_2
 L positive_if_sign_5_3
 L positive_if_sign_6_0
 L positive_if_sign_6_1
 L positive_if_sign_6_2
 L positive_if_sign_6_3
 L positive_if_sign_7_0
 L positive_if_sign_7_1
 L positive_if_sign_7_2
 L positive_if_sign_7_3
 L positive_if_sign_8_0
 L positive_if_sign_8_1
 L positive_if_sign_8_2
 L positive_if_sign_8_3
 L positive_if_sign_9_0
 L positive_if_sign_9_1
 L positive_if_sign_9_2
 L positive_if_sign_9_3
 L positive_if_sign_10_0
 L positive_if_sign_10_1
 L positive_if_sign_10_2
 L positive_if_sign_10_3
 L positive_if_sign_11_0
 L positive_if_sign_11_1
 L positive_if_sign_11_2
 L positive_if_sign_11_3
 L positive_if_sign_12_0
 L positive_if_sign_12_1
 L positive_if_sign_12_2
 L positive_if_sign_12_3
 L positive_if_sign_13_0
 L positive_if_sign_13_1
 L positive_if_sign_13_2
 L positive_if_sign_13_3
 L positive_if_sign_14_0
 L positive_if_sign_14_1
 L positive_if_sign_14_2
 L positive_if_sign_14_3
 L negative_unless_sign_0_0
 L negative_unless_sign_0_1
 L negative_unless_sign_0_2
 L negative_unless_sign_0_3
 L negative_unless_sign_1_0
 L negative_unless_sign_1_1
 L negative_unless_sign_1_2
 L negative_unless_sign_1_3
 L negative_unless_sign_2_0
 L negative_unless_sign_2_1
 L negative_unless_sign_2_2
 L negative_unless_sign_2_3
 L negative_unless_sign_3_0
 L negative_unless_sign_3_1
 L negative_unless_sign_3_2
 L negative_unless_sign_3_3
 L negative_unless_sign_4_0
 L negative_unless_sign_4_1
 L negative_unless_sign_4_2
 L negative_unless_sign_4_3
 L negative_unless_sign_5_0
 L negative_unless_sign_5_1
 L negative_unless_sign_5_2
 L negative_unless_sign_5_3
 L negative_unless_sign_6_0
 L negative_unless_sign_6_1
 L negative_unless_sign_6_2
 L negative_unless_sign_6_3
 L negative_unless_sign_7_0
 L negative_unless_sign_7_1
 L negative_unless_sign_7_2
 L negative_unless_sign_7_3
 L negative_unless_sign_8_0
 L negative_unless_sign_8_1
 L negative_unless_sign_8_2
 L negative_unless_sign_8_3
 L negative_unless_sign_9_0
 L negative_unless_sign_9_1
 L negative_unless_sign_9_2
 L negative_unless_sign_9_3
 L negative_unless_sign_10_0
 L negative_unless_sign_10_1
 L negative_unless_sign_10_2
 L negative_unless_sign_10_3
 L negative_unless_sign_11_0
 L negative_unless_sign_11_1
 L negative_unless_sign_11_2
 L negative_unless_sign_11_3
 L negative_unless_sign_12_0
 L negative_unless_sign_12_1
 L negative_unless_sign_12_2
 L negative_unless_sign_12_3
 L negative_unless_sign_13_0
 L negative_unless_sign_13_1
 L negative_unless_sign_13_2
 L negative_unless_sign_13_3
 L negative_unless_sign_14_0
 L negative_unless_sign_14_1
 L negative_unless_sign_14_2
 L negative_unless_sign_14_3
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
 L relu_1_0_0_above_pre
 L relu_1_0_0_off_when_inactive
 L relu_1_0_0_pre_when_active
 L relu_1_0_1_above_pre
 L relu_1_0_1_off_when_inactive
 L relu_1_0_1_pre_when_active
 L relu_1_0_2_above_pre
 L relu_1_0_2_off_when_inactive
 L relu_1_0_2_pre_when_active
 L relu_1_0_3_above_pre
 L relu_1_0_3_off_when_inactive
 L relu_1_0_3_pre_when_active
 L relu_1_1_0_above_pre
 L relu_1_1_0_off_when_inactive
 L relu_1_1_0_pre_when_active
 L relu_1_1_1_above_pre
 L relu_1_1_1_off_when_inactive
 L relu_1_1_1_pre_when_active
 L relu_1_1_2_above_pre
 L relu_1_1_2_off_when_inactive
 L relu_1_1_2_pre_when_active
 L relu_1_1_3_above_pre
 L relu_1_1_3_off_when_inactive
 L relu_1_1_3_pre_when_active
 L relu_1_2_0_above_pre
 L relu_1_2_0_off_when_inactive
 L relu_1_2_0_pre_when_active
 L relu_1_2_1_above_pre
 L relu_1_2_1_off_when_inactive
 L relu_1_2_1_pre_when_active
 L relu_1_2_2_above_pre
 L relu_1_2_2_off_when_inactive
 L relu_1_2_2_pre_when_active
 L relu_1_2_3_above_pre
 L relu_1_2_3_off_when_inactive
 L relu_1_2_3_pre_when_active
 L relu_1_3_0_above_pre
 L relu_1_3_0_off_when_inactive
 L relu_1_3_0_pre_when_active
 L relu_1_3_1_above_pre
 L relu_1_3_1_off_when_inactive
 L relu_1_3_1_pre_when_active
 L relu_1_3_2_above_pre
 L relu_1_3_2_off_when_inactive
 L relu_1_3_2_pre_when_active
 L relu_1_3_3_above_pre
 L relu_1_3_3_off_when_inactive
 L relu_1_3_3_pre_when_active
 L relu_1_4_0_above_pre
 L relu_1_4_0_off_when_inactive
 L relu_1_4_0_pre_when_active
 L relu_1_4_1_above_pre
 L relu_1_4_1_off_when_inactive
 L relu_1_4_1_pre_when_active
 L relu_1_4_2_above_pre
 L relu_1_4_2_off_when_inactive
 L relu_1_4_2_pre_when_active
 L relu_1_4_3_above_pre
 L relu_1_4_3_off_when_inactive
 L relu_1_4_3_pre_when_active
 L relu_1_5_0_above_pre
 L relu_1_5_0_off_when_inactive
 L relu_1_5_0_pre_when_active
 L relu_1_5_1_above_pre
 L relu_1_5_1_off_when_inactive
 L relu_1_5_1_pre_when_active
 L relu_1_5_2_above_pre
 L relu_1_5_2_off_when_inactive
 L relu_1_5_2_pre_when_active
 L relu_1_5_3_above_pre
 L relu_1_5_3_off_when_inactive
 L relu_1_5_3_pre_when_active
 L relu_1_6_0_above_pre
 L relu_1_6_0_off_when_inactive
 L relu_1_6_0_pre_when_active
 L relu_1_6_1_above_pre
 L relu_1_6_1_off_when_inactive
 L relu_1_6_1_pre_when_active
 L relu_1_6_2_above_pre
 L relu_1_6_2_off_when_inactive
 L relu_1_6_2_pre_when_active
 L relu_1_6_3_above_pre
 L relu_1_6_3_off_when_inactive
 L relu_1_6_3_pre_when_active
 L relu_1_7_0_above_pre
 L relu_1_7_0_off_when_inactive
 L relu_1_7_0_pre_when_active
 L relu_1_7_1_above_pre
 L relu_1_7_1_off_when_inactive
 L relu_1_7_1_pre_when_active
 L relu_1_7_2_above_pre
 L relu_1_7_2_off_when_inactive
 L relu_1_7_2_pre_when_active
 L relu_1_7_3_above_pre
 L relu_1_7_3_off_when_inactive
 L relu_1_7_3_pre_when_active
 L relu_1_8_0_above_pre
 L relu_1_8_0_off_when_inactive
 L relu_1_8_0_pre_when_active
 L relu_1_8_1_above_pre
 L relu_1_8_1_off_when_inactive
 L relu_1_8_1_pre_when_active
 L relu_1_8_2_above_pre
 L relu_1_8_2_off_when_inactive
 L relu_1_8_2_pre_when_active
 L relu_1_8_3_above_pre
 L relu_1_8_3_off_when_inactive
 L relu_1_8_3_pre_when_active
 L relu_1_9_0_above_pre
 L relu_1_9_0_off_when_inactive
 L relu_1_9_0_pre_when_active
 L relu_1_9_1_above_pre
 L relu_1_9_1_off_when_inactive
 L relu_1_9_1_pre_when_active
 L relu_1_9_2_above_pre
 L relu_1_9_2_off_when_inactive
 L relu_1_9_2_pre_when_active
 L relu_1_9_3_above_pre
 L relu_1_9_3_off_when_inactive
 L relu_1_9_3_pre_when_active
 L relu_1_10_0_above_pre
 L relu_1_10_0_off_when_inactive
 L relu_1_10_0_pre_when_active
 L relu_1_10_1_above_pre
 L relu_1_10_1_off_when_inactive
 L relu_1_10_1_pre_when_active
 L relu_1_10_2_above_pre
 L relu_1_10_2_off_when_inactive
 L relu_1_10_2_pre_when_active
 L relu_1_10_3_above_pre
 L relu_1_10_3_off_when_inactive
 L relu_1_10_3_pre_when_active
 L relu_1_11_0_above_pre
 L relu_1_11_0_off_when_inactive
 L relu_1_11_0_pre_when_active
 L relu_1_11_1_above_pre
 L relu_1_11_1_off_when_inactive
 L relu_1_11_1_pre_when_active
 L relu_1_11_2_above_pre
 L relu_1_11_2_off_when_inactive
 L relu_1_11_2_pre_when_active
 L relu_1_11_3_above_pre
 L relu_1_11_3_off_when_inactive
 L relu_1_11_3_pre_when_active
 L relu_1_12_0_above_pre
 L relu_1_12_0_off_when_inactive
 L relu_1_12_0_pre_when_active
 L relu_1_12_1_above_pre
 L relu_1_12_1_off_when_inactive
 L relu_1_12_1_pre_when_active
 L relu_1_12_2_above_pre
 L relu_1_12_2_off_when_inactive
 L relu_1_12_2_pre_when_active
 L relu_1_12_3_above_pre
 L relu_1_12_3_off_when_inactive
 L relu_1_12_3_pre_when_active
 L relu_1_13_0_above_pre
 L relu_1_13_0_off_when_inactive
 L relu_1_13_0_pre_when_active
 L relu_1_13_1_above_pre
 L relu_1_13_1_off_when_inactive
 L relu_1_13_1_pre_when_active
 L relu_1_13_2_above_pre
 L relu_1_13_2_off_when_inactive
 L relu_1_13_2_pre_when_active
 L relu_1_13_3_above_pre
 L relu_1_13_3_off_when_inactive
 L relu_1_13_3_pre_when_active
 L relu_1_14_0_above_pre
 L relu_1_14_0_off_when_inactive
 L relu_1_14_0_pre_when_active
 L relu_1_14_1_above_pre
 L relu_1_14_1_off_when_inactive
 L relu_1_14_1_pre_when_active
 L relu_1_14_2_above_pre
 L relu_1_14_2_off_when_inactive
 L relu_1_14_2_pre_when_active
 L relu_1_14_3_above_pre
 L relu_1_14_3_off_when_inactive
 L relu_1_14_3_pre_when_active
COLUMNS
 u_0_0 pre_definition_1_0_0 1
 u_0_0 pre_definition_1_1_0 0.75
 u_0_0 pre_definition_1_2_0 0.5
 u_0_0 pre_definition_1_3_0 -0.125
 u_0_0 pre_definition_1_4_0 -0.25
 u_0_0 pre_definition_1_5_0 -0.375
 u_0_0 pre_definition_1_6_0 -0.5
 u_0_0 pre_definition_1_7_0 -2
 u_0_0 pre_definition_1_8_0 -3.5
 u_0_0 pre_definition_1_9_0 -3.625
 u_0_0 pre_definition_1_10_0 -3.75
 u_0_0 pre_definition_1_11_0 -3.875
 u_0_0 pre_definition_1_12_0 -4.5
 u_0_0 pre_definition_1_13_0 -4.75
 u_0_0 pre_definition_1_14_0 -5
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
 u_1_0 pre_definition_1_0_1 1
 u_1_0 pre_definition_1_1_1 0.75
 u_1_0 pre_definition_1_2_1 0.5
 u_1_0 pre_definition_1_3_1 -0.125
 u_1_0 pre_definition_1_4_1 -0.25
 u_1_0 pre_definition_1_5_1 -0.375
 u_1_0 pre_definition_1_6_1 -0.5
 u_1_0 pre_definition_1_7_1 -2
 u_1_0 pre_definition_1_8_1 -3.5
 u_1_0 pre_definition_1_9_1 -3.625
 u_1_0 pre_definition_1_10_1 -3.75
 u_1_0 pre_definition_1_11_1 -3.875
 u_1_0 pre_definition_1_12_1 -4.5
 u_1_0 pre_definition_1_13_1 -4.75
 u_1_0 pre_definition_1_14_1 -5
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
 u_2_0 pre_definition_1_0_2 1
 u_2_0 pre_definition_1_1_2 0.75
 u_2_0 pre_definition_1_2_2 0.5
 u_2_0 pre_definition_1_3_2 -0.125
 u_2_0 pre_definition_1_4_2 -0.25
 u_2_0 pre_definition_1_5_2 -0.375
 u_2_0 pre_definition_1_6_2 -0.5
 u_2_0 pre_definition_1_7_2 -2
 u_2_0 pre_definition_1_8_2 -3.5
 u_2_0 pre_definition_1_9_2 -3.625
 u_2_0 pre_definition_1_10_2 -3.75
 u_2_0 pre_definition_1_11_2 -3.875
 u_2_0 pre_definition_1_12_2 -4.5
 u_2_0 pre_definition_1_13_2 -4.75
 u_2_0 pre_definition_1_14_2 -5
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
 u_3_0 pre_definition_1_0_3 1
 u_3_0 pre_definition_1_1_3 0.75
 u_3_0 pre_definition_1_2_3 0.5
 u_3_0 pre_definition_1_3_3 -0.125
 u_3_0 pre_definition_1_4_3 -0.25
 u_3_0 pre_definition_1_5_3 -0.375
 u_3_0 pre_definition_1_6_3 -0.5
 u_3_0 pre_definition_1_7_3 -2
 u_3_0 pre_definition_1_8_3 -3.5
 u_3_0 pre_definition_1_9_3 -3.625
 u_3_0 pre_definition_1_10_3 -3.75
 u_3_0 pre_definition_1_11_3 -3.875
 u_3_0 pre_definition_1_12_3 -4.5
 u_3_0 pre_definition_1_13_3 -4.75
 u_3_0 pre_definition_1_14_3 -5
 u_3_1 pre_definition_1_0_3 -1
 u_3_1 pre_definition_1_1_3 -1
 u_3_1 pre_definition_1_2_3 -1
 u_3_1 pre_definition_1_3_3 -1
 u_3_1 pre_definition_1_4_3 -1
 u_3_1 pre_definition_1_5_3 -1
 u_3_1 pre_definition_1_6_3 -1
 u_3_1 pre_definition_1_7_3 -1
 u_3_1 pre_definition_1_8_3 -1
 u_3_1 pre_definition_1_9_3 -1
 u_3_1 pre_definition_1_10_3 -1
 u_3_1 pre_definition_1_11_3 -1
 u_3_1 pre_definition_1_12_3 -1
 u_3_1 pre_definition_1_13_3 -1
 u_3_1 pre_definition_1_14_3 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 relu_1_0_0_pre_when_active -1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 relu_1_0_1_pre_when_active -1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre 1
 pre_1_0_2 relu_1_0_2_pre_when_active -1
 pre_1_0_3 pre_definition_1_0_3 1
 pre_1_0_3 relu_1_0_3_above_pre 1
 pre_1_0_3 relu_1_0_3_pre_when_active -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 relu_1_1_0_pre_when_active -1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 relu_1_1_1_pre_when_active -1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre 1
 pre_1_1_2 relu_1_1_2_pre_when_active -1
 pre_1_1_3 pre_definition_1_1_3 1
 pre_1_1_3 relu_1_1_3_above_pre 1
 pre_1_1_3 relu_1_1_3_pre_when_active -1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 relu_1_2_0_pre_when_active -1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 relu_1_2_1_pre_when_active -1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre 1
 pre_1_2_2 relu_1_2_2_pre_when_active -1
 pre_1_2_3 pre_definition_1_2_3 1
 pre_1_2_3 relu_1_2_3_above_pre 1
 pre_1_2_3 relu_1_2_3_pre_when_active -1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 relu_1_3_0_pre_when_active -1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 relu_1_3_1_pre_when_active -1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre 1
 pre_1_3_2 relu_1_3_2_pre_when_active -1
 pre_1_3_3 pre_definition_1_3_3 1
 pre_1_3_3 relu_1_3_3_above_pre 1
 pre_1_3_3 relu_1_3_3_pre_when_active -1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 relu_1_4_0_pre_when_active -1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 relu_1_4_1_pre_when_active -1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre 1
 pre_1_4_2 relu_1_4_2_pre_when_active -1
 pre_1_4_3 pre_definition_1_4_3 1
 pre_1_4_3 relu_1_4_3_above_pre 1
 pre_1_4_3 relu_1_4_3_pre_when_active -1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 relu_1_5_0_pre_when_active -1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 relu_1_5_1_pre_when_active -1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre 1
 pre_1_5_2 relu_1_5_2_pre_when_active -1
 pre_1_5_3 pre_definition_1_5_3 1
 pre_1_5_3 relu_1_5_3_above_pre 1
 pre_1_5_3 relu_1_5_3_pre_when_active -1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 relu_1_6_0_pre_when_active -1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 relu_1_6_1_pre_when_active -1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre 1
 pre_1_6_2 relu_1_6_2_pre_when_active -1
 pre_1_6_3 pre_definition_1_6_3 1
 pre_1_6_3 relu_1_6_3_above_pre 1
 pre_1_6_3 relu_1_6_3_pre_when_active -1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 relu_1_7_0_pre_when_active -1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 relu_1_7_1_pre_when_active -1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre 1
 pre_1_7_2 relu_1_7_2_pre_when_active -1
 pre_1_7_3 pre_definition_1_7_3 1
 pre_1_7_3 relu_1_7_3_above_pre 1
 pre_1_7_3 relu_1_7_3_pre_when_active -1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 relu_1_8_0_pre_when_active -1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 relu_1_8_1_pre_when_active -1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre 1
 pre_1_8_2 relu_1_8_2_pre_when_active -1
 pre_1_8_3 pre_definition_1_8_3 1
 pre_1_8_3 relu_1_8_3_above_pre 1
 pre_1_8_3 relu_1_8_3_pre_when_active -1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 relu_1_9_0_pre_when_active -1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 relu_1_9_1_pre_when_active -1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre 1
 pre_1_9_2 relu_1_9_2_pre_when_active -1
 pre_1_9_3 pre_definition_1_9_3 1
 pre_1_9_3 relu_1_9_3_above_pre 1
 pre_1_9_3 relu_1_9_3_pre_when_active -1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 relu_1_10_0_pre_when_active -1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 relu_1_10_1_pre_when_active -1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre 1
 pre_1_10_2 relu_1_10_2_pre_when_active -1
 pre_1_10_3 pre_definition_1_10_3 1
 pre_1_10_3 relu_1_10_3_above_pre 1
 pre_1_10_3 relu_1_10_3_pre_when_active -1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 relu_1_11_0_pre_when_active -1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 relu_1_11_1_pre_when_active -1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre 1
 pre_1_11_2 relu_1_11_2_pre_when_active -1
 pre_1_11_3 pre_definition_1_11_3 1
 pre_1_11_3 relu_1_11_3_above_pre 1
 pre_1_11_3 relu_1_11_3_pre_when_active -1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 relu_1_12_0_pre_when_active -1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 relu_1_12_1_pre_when_active -1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre 1
 pre_1_12_2 relu_1_12_2_pre_when_active -1
 pre_1_12_3 pre_definition_1_12_3 1
 pre_1_12_3 relu_1_12_3_above_pre 1
 pre_1_12_3 relu_1_12_3_pre_when_active -1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 relu_1_13_0_pre_when_active -1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 relu_1_13_1_pre_when_active -1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre 1
 pre_1_13_2 relu_1_13_2_pre_when_active -1
 pre_1_13_3 pre_definition_1_13_3 1
 pre_1_13_3 relu_1_13_3_above_pre 1
 pre_1_13_3 relu_1_13_3_pre_when_active -1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 relu_1_14_0_pre_when_active -1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 relu_1_14_1_pre_when_active -1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre 1
 pre_1_14_2 relu_1_14_2_pre_when_active -1
 pre_1_14_3 pre_definition_1_14_3 1
 pre_1_14_3 relu_1_14_3_above_pre 1
 pre_1_14_3 relu_1_14_3_pre_when_active -1
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
 post_1_0_3 post_split_0_3 1
 post_1_0_3 relu_1_0_3_above_pre -1
 post_1_0_3 relu_1_0_3_off_when_inactive 1
 post_1_0_3 relu_1_0_3_pre_when_active 1
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
 post_1_1_3 post_split_1_3 1
 post_1_1_3 relu_1_1_3_above_pre -1
 post_1_1_3 relu_1_1_3_off_when_inactive 1
 post_1_1_3 relu_1_1_3_pre_when_active 1
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
 post_1_2_3 post_split_2_3 1
 post_1_2_3 relu_1_2_3_above_pre -1
 post_1_2_3 relu_1_2_3_off_when_inactive 1
 post_1_2_3 relu_1_2_3_pre_when_active 1
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
 post_1_3_3 post_split_3_3 1
 post_1_3_3 relu_1_3_3_above_pre -1
 post_1_3_3 relu_1_3_3_off_when_inactive 1
 post_1_3_3 relu_1_3_3_pre_when_active 1
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
 post_1_4_3 post_split_4_3 1
 post_1_4_3 relu_1_4_3_above_pre -1
 post_1_4_3 relu_1_4_3_off_when_inactive 1
 post_1_4_3 relu_1_4_3_pre_when_active 1
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
 post_1_5_3 post_split_5_3 1
 post_1_5_3 relu_1_5_3_above_pre -1
 post_1_5_3 relu_1_5_3_off_when_inactive 1
 post_1_5_3 relu_1_5_3_pre_when_active 1
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
 post_1_6_3 post_split_6_3 1
 post_1_6_3 relu_1_6_3_above_pre -1
 post_1_6_3 relu_1_6_3_off_when_inactive 1
 post_1_6_3 relu_1_6_3_pre_when_active 1
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
 post_1_7_3 post_split_7_3 1
 post_1_7_3 relu_1_7_3_above_pre -1
 post_1_7_3 relu_1_7_3_off_when_inactive 1
 post_1_7_3 relu_1_7_3_pre_when_active 1
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
 post_1_8_3 post_split_8_3 1
 post_1_8_3 relu_1_8_3_above_pre -1
 post_1_8_3 relu_1_8_3_off_when_inactive 1
 post_1_8_3 relu_1_8_3_pre_when_active 1
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
 post_1_9_3 post_split_9_3 1
 post_1_9_3 relu_1_9_3_above_pre -1
 post_1_9_3 relu_1_9_3_off_when_inactive 1
 post_1_9_3 relu_1_9_3_pre_when_active 1
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
 post_1_10_3 post_split_10_3 1
 post_1_10_3 relu_1_10_3_above_pre -1
 post_1_10_3 relu_1_10_3_off_when_inactive 1
 post_1_10_3 relu_1_10_3_pre_when_active 1
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
 post_1_11_3 post_split_11_3 1
 post_1_11_3 relu_1_11_3_above_pre -1
 post_1_11_3 relu_1_11_3_off_when_inactive 1
 post_1_11_3 relu_1_11_3_pre_when_active 1
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
 post_1_12_3 post_split_12_3 1
 post_1_12_3 relu_1_12_3_above_pre -1
 post_1_12_3 relu_1_12_3_off_when_inactive 1
 post_1_12_3 relu_1_12_3_pre_when_active 1
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
 post_1_13_3 post_split_13_3 1
 post_1_13_3 relu_1_13_3_above_pre -1
 post_1_13_3 relu_1_13_3_off_when_inactive 1
 post_1_13_3 relu_1_13_3_pre_when_active 1
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
 post_1_14_3 post_split_14_3 1
 post_1_14_3 relu_1_14_3_above_pre -1
 post_1_14_3 relu_1_14_3_off_when_inactive 1
 post_1_14_3 relu_1_14_3_pre_when_active 1
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
 out_0_0 out_definition_0_0 1
 out_1_0 out_definition_1_0 1
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.25
 out_3_0 out_definition_3_0 1
 out_4_0 obj -0.5
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.75
 out_5_0 out_definition_5_0 1
 out_6_0 obj -1
 out_6_0 out_definition_6_0 1
 out_7_0 obj -2
 out_7_0 out_definition_7_0 1
 out_8_0 obj -1
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.75
 out_9_0 out_definition_9_0 1
 out_10_0 obj -0.5
 out_10_0 out_definition_10_0 1
 out_11_0 obj -0.25
 out_11_0 out_definition_11_0 1
 out_12_0 out_definition_12_0 1
 out_13_0 out_definition_13_0 1
 out_14_0 out_definition_14_0 1
 M144 'MARKER' 'INTORG'
 sign_0 positive_if_sign_0_0 -128
 sign_0 positive_if_sign_1_0 -112
 sign_0 positive_if_sign_2_0 -96
 sign_0 positive_if_sign_3_0 -72
 sign_0 positive_if_sign_4_0 -80
 sign_0 positive_if_sign_5_0 -88
 sign_0 positive_if_sign_6_0 -96
 sign_0 positive_if_sign_7_0 -192
 sign_0 positive_if_sign_8_0 -288
 sign_0 positive_if_sign_9_0 -296
 sign_0 positive_if_sign_10_0 -304
 sign_0 positive_if_sign_11_0 -312
 sign_0 positive_if_sign_12_0 -352
 sign_0 positive_if_sign_13_0 -368
 sign_0 positive_if_sign_14_0 -384
 sign_0 negative_unless_sign_0_0 128
 sign_0 negative_unless_sign_1_0 112
 sign_0 negative_unless_sign_2_0 96
 sign_0 negative_unless_sign_3_0 72
 sign_0 negative_unless_sign_4_0 80
 sign_0 negative_unless_sign_5_0 88
 sign_0 negative_unless_sign_6_0 96
 sign_0 negative_unless_sign_7_0 192
 sign_0 negative_unless_sign_8_0 288
 sign_0 negative_unless_sign_9_0 296
 sign_0 negative_unless_sign_10_0 304
 sign_0 negative_unless_sign_11_0 312
 sign_0 negative_unless_sign_12_0 352
 sign_0 negative_unless_sign_13_0 368
 sign_0 negative_unless_sign_14_0 384
 sign_1 positive_if_sign_0_1 -128
 sign_1 positive_if_sign_1_1 -112
 sign_1 positive_if_sign_2_1 -96
 sign_1 positive_if_sign_3_1 -72
 sign_1 positive_if_sign_4_1 -80
 sign_1 positive_if_sign_5_1 -88
 sign_1 positive_if_sign_6_1 -96
 sign_1 positive_if_sign_7_1 -192
 sign_1 positive_if_sign_8_1 -288
 sign_1 positive_if_sign_9_1 -296
 sign_1 positive_if_sign_10_1 -304
 sign_1 positive_if_sign_11_1 -312
 sign_1 positive_if_sign_12_1 -352
 sign_1 positive_if_sign_13_1 -368
 sign_1 positive_if_sign_14_1 -384
 sign_1 negative_unless_sign_0_1 128
 sign_1 negative_unless_sign_1_1 112
 sign_1 negative_unless_sign_2_1 96
 sign_1 negative_unless_sign_3_1 72
 sign_1 negative_unless_sign_4_1 80
 sign_1 negative_unless_sign_5_1 88
 sign_1 negative_unless_sign_6_1 96
 sign_1 negative_unless_sign_7_1 192
 sign_1 negative_unless_sign_8_1 288
 sign_1 negative_unless_sign_9_1 296
 sign_1 negative_unless_sign_10_1 304
 sign_1 negative_unless_sign_11_1 312
 sign_1 negative_unless_sign_12_1 352
 sign_1 negative_unless_sign_13_1 368
 sign_1 negative_unless_sign_14_1 384
 sign_2 positive_if_sign_0_2 -128
 sign_2 positive_if_sign_1_2 -112
 sign_2 positive_if_sign_2_2 -96
 sign_2 positive_if_sign_3_2 -72
 sign_2 positive_if_sign_4_2 -80
 sign_2 positive_if_sign_5_2 -88
 sign_2 positive_if_sign_6_2 -96
 sign_2 positive_if_sign_7_2 -192
 sign_2 positive_if_sign_8_2 -288
 sign_2 positive_if_sign_9_2 -296
 sign_2 positive_if_sign_10_2 -304
 sign_2 positive_if_sign_11_2 -312
 sign_2 positive_if_sign_12_2 -352
 sign_2 positive_if_sign_13_2 -368
 sign_2 positive_if_sign_14_2 -384
 sign_2 negative_unless_sign_0_2 128
 sign_2 negative_unless_sign_1_2 112
 sign_2 negative_unless_sign_2_2 96
 sign_2 negative_unless_sign_3_2 72
 sign_2 negative_unless_sign_4_2 80
 sign_2 negative_unless_sign_5_2 88
 sign_2 negative_unless_sign_6_2 96
 sign_2 negative_unless_sign_7_2 192
 sign_2 negative_unless_sign_8_2 288
 sign_2 negative_unless_sign_9_2 296
 sign_2 negative_unless_sign_10_2 304
 sign_2 negative_unless_sign_11_2 312
 sign_2 negative_unless_sign_12_2 352
 sign_2 negative_unless_sign_13_2 368
 sign_2 negative_unless_sign_14_2 384
 sign_3 positive_if_sign_0_3 -128
 sign_3 positive_if_sign_1_3 -112
 sign_3 positive_if_sign_2_3 -96
 sign_3 positive_if_sign_3_3 -72
 sign_3 positive_if_sign_4_3 -80
 sign_3 positive_if_sign_5_3 -88
 sign_3 positive_if_sign_6_3 -96
 sign_3 positive_if_sign_7_3 -192
 sign_3 positive_if_sign_8_3 -288
 sign_3 positive_if_sign_9_3 -296
 sign_3 positive_if_sign_10_3 -304
 sign_3 positive_if_sign_11_3 -312
 sign_3 positive_if_sign_12_3 -352
 sign_3 positive_if_sign_13_3 -368
 sign_3 positive_if_sign_14_3 -384
 sign_3 negative_unless_sign_0_3 128
 sign_3 negative_unless_sign_1_3 112
 sign_3 negative_unless_sign_2_3 96
 sign_3 negative_unless_sign_3_3 72
 sign_3 negative_unless_sign_4_3 80
 sign_3 negative_unless_sign_5_3 88
 sign_3 negative_unless_sign_6_3 96
 sign_3 negative_unless_sign_7_3 192
 sign_3 negative_unless_sign_8_3 288
 sign_3 negative_unless_sign_9_3 296
 sign_3 negative_unless_sign_10_3 304
 sign_3 negative_unless_sign_11_3 312
 sign_3 negative_unless_sign_12_3 352
 sign_3 negative_unless_sign_13_3 368
 sign_3 negative_unless_sign_14_3 384
 M148 'MARKER' 'INTEND'
 post_positive_0_0 post_split_0_0 -1
 post_positive_0_0 positive_if_sign_0_0 1
 post_positive_0_0 out_definition_0_0 -1
 post_positive_0_1 post_split_0_1 -1
 post_positive_0_1 positive_if_sign_0_1 1
 post_positive_0_1 out_definition_0_0 -1
 post_positive_0_2 post_split_0_2 -1
 post_positive_0_2 positive_if_sign_0_2 1
 post_positive_0_2 out_definition_0_0 -1
 post_positive_0_3 post_split_0_3 -1
 post_positive_0_3 positive_if_sign_0_3 1
 post_positive_0_3 out_definition_0_0 -1
 post_positive_1_0 post_split_1_0 -1
 post_positive_1_0 positive_if_sign_1_0 1
 post_positive_1_0 out_definition_1_0 -1
 post_positive_1_1 post_split_1_1 -1
 post_positive_1_1 positive_if_sign_1_1 1
 post_positive_1_1 out_definition_1_0 -1
 post_positive_1_2 post_split_1_2 -1
 post_positive_1_2 positive_if_sign_1_2 1
 post_positive_1_2 out_definition_1_0 -1
 post_positive_1_3 post_split_1_3 -1
 post_positive_1_3 positive_if_sign_1_3 1
 post_positive_1_3 out_definition_1_0 -1
 post_positive_2_0 post_split_2_0 -1
 post_positive_2_0 positive_if_sign_2_0 1
 post_positive_2_0 out_definition_2_0 -1
 post_positive_2_1 post_split_2_1 -1
 post_positive_2_1 positive_if_sign_2_1 1
 post_positive_2_1 out_definition_2_0 -1
 post_positive_2_2 post_split_2_2 -1
 post_positive_2_2 positive_if_sign_2_2 1
 post_positive_2_2 out_definition_2_0 -1
 post_positive_2_3 post_split_2_3 -1
 post_positive_2_3 positive_if_sign_2_3 1
 post_positive_2_3 out_definition_2_0 -1
 post_positive_3_0 post_split_3_0 -1
 post_positive_3_0 positive_if_sign_3_0 1
 post_positive_3_0 out_definition_3_0 -1
 post_positive_3_1 post_split_3_1 -1
 post_positive_3_1 positive_if_sign_3_1 1
 post_positive_3_1 out_definition_3_0 -1
 post_positive_3_2 post_split_3_2 -1
 post_positive_3_2 positive_if_sign_3_2 1
 post_positive_3_2 out_definition_3_0 -1
 post_positive_3_3 post_split_3_3 -1
 post_positive_3_3 positive_if_sign_3_3 1
 post_positive_3_3 out_definition_3_0 -1
 post_positive_4_0 post_split_4_0 -1
 post_positive_4_0 positive_if_sign_4_0 1
 post_positive_4_0 out_definition_4_0 -1
 post_positive_4_1 post_split_4_1 -1
 post_positive_4_1 positive_if_sign_4_1 1
 post_positive_4_1 out_definition_4_0 -1
 post_positive_4_2 post_split_4_2 -1
 post_positive_4_2 positive_if_sign_4_2 1
 post_positive_4_2 out_definition_4_0 -1
 post_positive_4_3 post_split_4_3 -1
 post_positive_4_3 positive_if_sign_4_3 1
 post_positive_4_3 out_definition_4_0 -1
 post_positive_5_0 post_split_5_0 -1
 post_positive_5_0 positive_if_sign_5_0 1
 post_positive_5_0 out_definition_5_0 -1
 post_positive_5_1 post_split_5_1 -1
 post_positive_5_1 positive_if_sign_5_1 1
 post_positive_5_1 out_definition_5_0 -1
 post_positive_5_2 post_split_5_2 -1
 post_positive_5_2 positive_if_sign_5_2 1
 post_positive_5_2 out_definition_5_0 -1
 post_positive_5_3 post_split_5_3 -1
 post_positive_5_3 positive_if_sign_5_3 1
 post_positive_5_3 out_definition_5_0 -1
 post_positive_6_0 post_split_6_0 -1
 post_positive_6_0 positive_if_sign_6_0 1
 post_positive_6_0 out_definition_6_0 -1
 post_positive_6_1 post_split_6_1 -1
 post_positive_6_1 positive_if_sign_6_1 1
 post_positive_6_1 out_definition_6_0 -1
 post_positive_6_2 post_split_6_2 -1
 post_positive_6_2 positive_if_sign_6_2 1
 post_positive_6_2 out_definition_6_0 -1
 post_positive_6_3 post_split_6_3 -1
 post_positive_6_3 positive_if_sign_6_3 1
 post_positive_6_3 out_definition_6_0 -1
 post_positive_7_0 post_split_7_0 -1
 post_positive_7_0 positive_if_sign_7_0 1
 post_positive_7_0 out_definition_7_0 -1
 post_positive_7_1 post_split_7_1 -1
 post_positive_7_1 positive_if_sign_7_1 1
 post_positive_7_1 out_definition_7_0 -1
 post_positive_7_2 post_split_7_2 -1
 post_positive_7_2 positive_if_sign_7_2 1
 post_positive_7_2 out_definition_7_0 -1
 post_positive_7_3 post_split_7_3 -1
 post_positive_7_3 positive_if_sign_7_3 1
 post_positive_7_3 out_definition_7_0 -1
 post_positive_8_0 post_split_8_0 -1
 post_positive_8_0 positive_if_sign_8_0 1
 post_positive_8_0 out_definition_8_0 -1
 post_positive_8_1 post_split_8_1 -1
 post_positive_8_1 positive_if_sign_8_1 1
 post_positive_8_1 out_definition_8_0 -1
 post_positive_8_2 post_split_8_2 -1
 post_positive_8_2 positive_if_sign_8_2 1
 post_positive_8_2 out_definition_8_0 -1
 post_positive_8_3 post_split_8_3 -1
 post_positive_8_3 positive_if_sign_8_3 1
 post_positive_8_3 out_definition_8_0 -1
 post_positive_9_0 post_split_9_0 -1
 post_positive_9_0 positive_if_sign_9_0 1
 post_positive_9_0 out_definition_9_0 -1
 post_positive_9_1 post_split_9_1 -1
 post_positive_9_1 positive_if_sign_9_1 1
 post_positive_9_1 out_definition_9_0 -1
 post_positive_9_2 post_split_9_2 -1
 post_positive_9_2 positive_if_sign_9_2 1
 post_positive_9_2 out_definition_9_0 -1
 post_positive_9_3 post_split_9_3 -1
 post_positive_9_3 positive_if_sign_9_3 1
 post_positive_9_3 out_definition_9_0 -1
 post_positive_10_0 post_split_10_0 -1
 post_positive_10_0 positive_if_sign_10_0 1
 post_positive_10_0 out_definition_10_0 -1
 post_positive_10_1 post_split_10_1 -1
 post_positive_10_1 positive_if_sign_10_1 1
 post_positive_10_1 out_definition_10_0 -1
 post_positive_10_2 post_split_10_2 -1
 post_positive_10_2 positive_if_sign_10_2 1
 post_positive_10_2 out_definition_10_0 -1
 post_positive_10_3 post_split_10_3 -1
 post_positive_10_3 positive_if_sign_10_3 1
 post_positive_10_3 out_definition_10_0 -1
 post_positive_11_0 post_split_11_0 -1
 post_positive_11_0 positive_if_sign_11_0 1
 post_positive_11_0 out_definition_11_0 -1
 post_positive_11_1 post_split_11_1 -1
 post_positive_11_1 positive_if_sign_11_1 1
 post_positive_11_1 out_definition_11_0 -1
 post_positive_11_2 post_split_11_2 -1
 post_positive_11_2 positive_if_sign_11_2 1
 post_positive_11_2 out_definition_11_0 -1
 post_positive_11_3 post_split_11_3 -1
 post_positive_11_3 positive_if_sign_11_3 1
 post_positive_11_3 out_definition_11_0 -1
 post_positive_12_0 post_split_12_0 -1
 post_positive_12_0 positive_if_sign_12_0 1
 post_positive_12_0 out_definition_12_0 -1
 post_positive_12_1 post_split_12_1 -1
 post_positive_12_1 positive_if_sign_12_1 1
 post_positive_12_1 out_definition_12_0 -1
 post_positive_12_2 post_split_12_2 -1
 post_positive_12_2 positive_if_sign_12_2 1
 post_positive_12_2 out_definition_12_0 -1
 post_positive_12_3 post_split_12_3 -1
 post_positive_12_3 positive_if_sign_12_3 1
 post_positive_12_3 out_definition_12_0 -1
 post_positive_13_0 post_split_13_0 -1
 post_positive_13_0 positive_if_sign_13_0 1
 post_positive_13_0 out_definition_13_0 -1
 post_positive_13_1 post_split_13_1 -1
 post_positive_13_1 positive_if_sign_13_1 1
 post_positive_13_1 out_definition_13_0 -1
 post_positive_13_2 post_split_13_2 -1
 post_positive_13_2 positive_if_sign_13_2 1
 post_positive_13_2 out_definition_13_0 -1
 post_positive_13_3 post_split_13_3 -1
 post_positive_13_3 positive_if_sign_13_3 1
 post_positive_13_3 out_definition_13_0 -1
 post_positive_14_0 post_split_14_0 -1
 post_positive_14_0 positive_if_sign_14_0 1
 post_positive_14_0 out_definition_14_0 -1
 post_positive_14_1 post_split_14_1 -1
 post_positive_14_1 positive_if_sign_14_1 1
 post_positive_14_1 out_definition_14_0 -1
 post_positive_14_2 post_split_14_2 -1
 post_positive_14_2 positive_if_sign_14_2 1
 post_positive_14_2 out_definition_14_0 -1
 post_positive_14_3 post_split_14_3 -1
 post_positive_14_3 positive_if_sign_14_3 1
 post_positive_14_3 out_definition_14_0 -1
 post_negative_0_0 post_split_0_0 -1
 post_negative_0_0 negative_unless_sign_0_0 1
 post_negative_0_0 out_definition_0_0 1
 post_negative_0_1 post_split_0_1 -1
 post_negative_0_1 negative_unless_sign_0_1 1
 post_negative_0_1 out_definition_0_0 1
 post_negative_0_2 post_split_0_2 -1
 post_negative_0_2 negative_unless_sign_0_2 1
 post_negative_0_2 out_definition_0_0 1
 post_negative_0_3 post_split_0_3 -1
 post_negative_0_3 negative_unless_sign_0_3 1
 post_negative_0_3 out_definition_0_0 1
 post_negative_1_0 post_split_1_0 -1
 post_negative_1_0 negative_unless_sign_1_0 1
 post_negative_1_0 out_definition_1_0 1
 post_negative_1_1 post_split_1_1 -1
 post_negative_1_1 negative_unless_sign_1_1 1
 post_negative_1_1 out_definition_1_0 1
 post_negative_1_2 post_split_1_2 -1
 post_negative_1_2 negative_unless_sign_1_2 1
 post_negative_1_2 out_definition_1_0 1
 post_negative_1_3 post_split_1_3 -1
 post_negative_1_3 negative_unless_sign_1_3 1
 post_negative_1_3 out_definition_1_0 1
 post_negative_2_0 post_split_2_0 -1
 post_negative_2_0 negative_unless_sign_2_0 1
 post_negative_2_0 out_definition_2_0 1
 post_negative_2_1 post_split_2_1 -1
 post_negative_2_1 negative_unless_sign_2_1 1
 post_negative_2_1 out_definition_2_0 1
 post_negative_2_2 post_split_2_2 -1
 post_negative_2_2 negative_unless_sign_2_2 1
 post_negative_2_2 out_definition_2_0 1
 post_negative_2_3 post_split_2_3 -1
 post_negative_2_3 negative_unless_sign_2_3 1
 post_negative_2_3 out_definition_2_0 1
 post_negative_3_0 post_split_3_0 -1
 post_negative_3_0 negative_unless_sign_3_0 1
 post_negative_3_0 out_definition_3_0 1
 post_negative_3_1 post_split_3_1 -1
 post_negative_3_1 negative_unless_sign_3_1 1
 post_negative_3_1 out_definition_3_0 1
 post_negative_3_2 post_split_3_2 -1
 post_negative_3_2 negative_unless_sign_3_2 1
 post_negative_3_2 out_definition_3_0 1
 post_negative_3_3 post_split_3_3 -1
 post_negative_3_3 negative_unless_sign_3_3 1
 post_negative_3_3 out_definition_3_0 1
 post_negative_4_0 post_split_4_0 -1
 post_negative_4_0 negative_unless_sign_4_0 1
 post_negative_4_0 out_definition_4_0 1
 post_negative_4_1 post_split_4_1 -1
 post_negative_4_1 negative_unless_sign_4_1 1
 post_negative_4_1 out_definition_4_0 1
 post_negative_4_2 post_split_4_2 -1
 post_negative_4_2 negative_unless_sign_4_2 1
 post_negative_4_2 out_definition_4_0 1
 post_negative_4_3 post_split_4_3 -1
 post_negative_4_3 negative_unless_sign_4_3 1
 post_negative_4_3 out_definition_4_0 1
 post_negative_5_0 post_split_5_0 -1
 post_negative_5_0 negative_unless_sign_5_0 1
 post_negative_5_0 out_definition_5_0 1
 post_negative_5_1 post_split_5_1 -1
 post_negative_5_1 negative_unless_sign_5_1 1
 post_negative_5_1 out_definition_5_0 1
 post_negative_5_2 post_split_5_2 -1
 post_negative_5_2 negative_unless_sign_5_2 1
 post_negative_5_2 out_definition_5_0 1
 post_negative_5_3 post_split_5_3 -1
 post_negative_5_3 negative_unless_sign_5_3 1
 post_negative_5_3 out_definition_5_0 1
 post_negative_6_0 post_split_6_0 -1
 post_negative_6_0 negative_unless_sign_6_0 1
 post_negative_6_0 out_definition_6_0 1
 post_negative_6_1 post_split_6_1 -1
 post_negative_6_1 negative_unless_sign_6_1 1
 post_negative_6_1 out_definition_6_0 1
 post_negative_6_2 post_split_6_2 -1
 post_negative_6_2 negative_unless_sign_6_2 1
 post_negative_6_2 out_definition_6_0 1
 post_negative_6_3 post_split_6_3 -1
 post_negative_6_3 negative_unless_sign_6_3 1
 post_negative_6_3 out_definition_6_0 1
 post_negative_7_0 post_split_7_0 -1
 post_negative_7_0 negative_unless_sign_7_0 1
 post_negative_7_0 out_definition_7_0 1
 post_negative_7_1 post_split_7_1 -1
 post_negative_7_1 negative_unless_sign_7_1 1
 post_negative_7_1 out_definition_7_0 1
 post_negative_7_2 post_split_7_2 -1
 post_negative_7_2 negative_unless_sign_7_2 1
 post_negative_7_2 out_definition_7_0 1
 post_negative_7_3 post_split_7_3 -1
 post_negative_7_3 negative_unless_sign_7_3 1
 post_negative_7_3 out_definition_7_0 1
 post_negative_8_0 post_split_8_0 -1
 post_negative_8_0 negative_unless_sign_8_0 1
 post_negative_8_0 out_definition_8_0 1
 post_negative_8_1 post_split_8_1 -1
 post_negative_8_1 negative_unless_sign_8_1 1
 post_negative_8_1 out_definition_8_0 1
 post_negative_8_2 post_split_8_2 -1
 post_negative_8_2 negative_unless_sign_8_2 1
 post_negative_8_2 out_definition_8_0 1
 post_negative_8_3 post_split_8_3 -1
 post_negative_8_3 negative_unless_sign_8_3 1
 post_negative_8_3 out_definition_8_0 1
 post_negative_9_0 post_split_9_0 -1
 post_negative_9_0 negative_unless_sign_9_0 1
 post_negative_9_0 out_definition_9_0 1
 post_negative_9_1 post_split_9_1 -1
 post_negative_9_1 negative_unless_sign_9_1 1
 post_negative_9_1 out_definition_9_0 1
 post_negative_9_2 post_split_9_2 -1
 post_negative_9_2 negative_unless_sign_9_2 1
 post_negative_9_2 out_definition_9_0 1
 post_negative_9_3 post_split_9_3 -1
 post_negative_9_3 negative_unless_sign_9_3 1
 post_negative_9_3 out_definition_9_0 1
 post_negative_10_0 post_split_10_0 -1
 post_negative_10_0 negative_unless_sign_10_0 1
 post_negative_10_0 out_definition_10_0 1
 post_negative_10_1 post_split_10_1 -1
 post_negative_10_1 negative_unless_sign_10_1 1
 post_negative_10_1 out_definition_10_0 1
 post_negative_10_2 post_split_10_2 -1
 post_negative_10_2 negative_unless_sign_10_2 1
 post_negative_10_2 out_definition_10_0 1
 post_negative_10_3 post_split_10_3 -1
 post_negative_10_3 negative_unless_sign_10_3 1
 post_negative_10_3 out_definition_10_0 1
 post_negative_11_0 post_split_11_0 -1
 post_negative_11_0 negative_unless_sign_11_0 1
 post_negative_11_0 out_definition_11_0 1
 post_negative_11_1 post_split_11_1 -1
 post_negative_11_1 negative_unless_sign_11_1 1
 post_negative_11_1 out_definition_11_0 1
 post_negative_11_2 post_split_11_2 -1
 post_negative_11_2 negative_unless_sign_11_2 1
 post_negative_11_2 out_definition_11_0 1
 post_negative_11_3 post_split_11_3 -1
 post_negative_11_3 negative_unless_sign_11_3 1
 post_negative_11_3 out_definition_11_0 1
 post_negative_12_0 post_split_12_0 -1
 post_negative_12_0 negative_unless_sign_12_0 1
 post_negative_12_0 out_definition_12_0 1
 post_negative_12_1 post_split_12_1 -1
 post_negative_12_1 negative_unless_sign_12_1 1
 post_negative_12_1 out_definition_12_0 1
 post_negative_12_2 post_split_12_2 -1
 post_negative_12_2 negative_unless_sign_12_2 1
 post_negative_12_2 out_definition_12_0 1
 post_negative_12_3 post_split_12_3 -1
 post_negative_12_3 negative_unless_sign_12_3 1
 post_negative_12_3 out_definition_12_0 1
 post_negative_13_0 post_split_13_0 -1
 post_negative_13_0 negative_unless_sign_13_0 1
 post_negative_13_0 out_definition_13_0 1
 post_negative_13_1 post_split_13_1 -1
 post_negative_13_1 negative_unless_sign_13_1 1
 post_negative_13_1 out_definition_13_0 1
 post_negative_13_2 post_split_13_2 -1
 post_negative_13_2 negative_unless_sign_13_2 1
 post_negative_13_2 out_definition_13_0 1
 post_negative_13_3 post_split_13_3 -1
 post_negative_13_3 negative_unless_sign_13_3 1
 post_negative_13_3 out_definition_13_0 1
 post_negative_14_0 post_split_14_0 -1
 post_negative_14_0 negative_unless_sign_14_0 1
 post_negative_14_0 out_definition_14_0 1
 post_negative_14_1 post_split_14_1 -1
 post_negative_14_1 negative_unless_sign_14_1 1
 post_negative_14_1 out_definition_14_0 1
 post_negative_14_2 post_split_14_2 -1
 post_negative_14_2 negative_unless_sign_14_2 1
 post_negative_14_2 out_definition_14_0 1
 post_negative_14_3 post_split_14_3 -1
 post_negative_14_3 negative_unless_sign_14_3 1
 post_negative_14_3 out_definition_14_0 1
 M268 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -128
 relu_1_0_0_on relu_1_0_0_pre_when_active 128
 relu_1_0_1_on relu_1_0_1_off_when_inactive -128
 relu_1_0_1_on relu_1_0_1_pre_when_active 128
 relu_1_0_2_on relu_1_0_2_off_when_inactive -128
 relu_1_0_2_on relu_1_0_2_pre_when_active 128
 relu_1_0_3_on relu_1_0_3_off_when_inactive -128
 relu_1_0_3_on relu_1_0_3_pre_when_active 128
 relu_1_1_0_on relu_1_1_0_off_when_inactive -112
 relu_1_1_0_on relu_1_1_0_pre_when_active 112
 relu_1_1_1_on relu_1_1_1_off_when_inactive -112
 relu_1_1_1_on relu_1_1_1_pre_when_active 112
 relu_1_1_2_on relu_1_1_2_off_when_inactive -112
 relu_1_1_2_on relu_1_1_2_pre_when_active 112
 relu_1_1_3_on relu_1_1_3_off_when_inactive -112
 relu_1_1_3_on relu_1_1_3_pre_when_active 112
 relu_1_2_0_on relu_1_2_0_off_when_inactive -96
 relu_1_2_0_on relu_1_2_0_pre_when_active 96
 relu_1_2_1_on relu_1_2_1_off_when_inactive -96
 relu_1_2_1_on relu_1_2_1_pre_when_active 96
 relu_1_2_2_on relu_1_2_2_off_when_inactive -96
 relu_1_2_2_on relu_1_2_2_pre_when_active 96
 relu_1_2_3_on relu_1_2_3_off_when_inactive -96
 relu_1_2_3_on relu_1_2_3_pre_when_active 96
 relu_1_3_0_on relu_1_3_0_off_when_inactive -72
 relu_1_3_0_on relu_1_3_0_pre_when_active 72
 relu_1_3_1_on relu_1_3_1_off_when_inactive -72
 relu_1_3_1_on relu_1_3_1_pre_when_active 72
 relu_1_3_2_on relu_1_3_2_off_when_inactive -72
 relu_1_3_2_on relu_1_3_2_pre_when_active 72
 relu_1_3_3_on relu_1_3_3_off_when_inactive -72
 relu_1_3_3_on relu_1_3_3_pre_when_active 72
 relu_1_4_0_on relu_1_4_0_off_when_inactive -80
 relu_1_4_0_on relu_1_4_0_pre_when_active 80
 relu_1_4_1_on relu_1_4_1_off_when_inactive -80
 relu_1_4_1_on relu_1_4_1_pre_when_active 80
 relu_1_4_2_on relu_1_4_2_off_when_inactive -80
 relu_1_4_2_on relu_1_4_2_pre_when_active 80
 relu_1_4_3_on relu_1_4_3_off_when_inactive -80
 relu_1_4_3_on relu_1_4_3_pre_when_active 80
 relu_1_5_0_on relu_1_5_0_off_when_inactive -88
 relu_1_5_0_on relu_1_5_0_pre_when_active 88
 relu_1_5_1_on relu_1_5_1_off_when_inactive -88
 relu_1_5_1_on relu_1_5_1_pre_when_active 88
 relu_1_5_2_on relu_1_5_2_off_when_inactive -88
 relu_1_5_2_on relu_1_5_2_pre_when_active 88
 relu_1_5_3_on relu_1_5_3_off_when_inactive -88
 relu_1_5_3_on relu_1_5_3_pre_when_active 88
 relu_1_6_0_on relu_1_6_0_off_when_inactive -96
 relu_1_6_0_on relu_1_6_0_pre_when_active 96
 relu_1_6_1_on relu_1_6_1_off_when_inactive -96
 relu_1_6_1_on relu_1_6_1_pre_when_active 96
 relu_1_6_2_on relu_1_6_2_off_when_inactive -96
 relu_1_6_2_on relu_1_6_2_pre_when_active 96
 relu_1_6_3_on relu_1_6_3_off_when_inactive -96
 relu_1_6_3_on relu_1_6_3_pre_when_active 96
 relu_1_7_0_on relu_1_7_0_off_when_inactive -192
 relu_1_7_0_on relu_1_7_0_pre_when_active 192
 relu_1_7_1_on relu_1_7_1_off_when_inactive -192
 relu_1_7_1_on relu_1_7_1_pre_when_active 192
 relu_1_7_2_on relu_1_7_2_off_when_inactive -192
 relu_1_7_2_on relu_1_7_2_pre_when_active 192
 relu_1_7_3_on relu_1_7_3_off_when_inactive -192
 relu_1_7_3_on relu_1_7_3_pre_when_active 192
 relu_1_8_0_on relu_1_8_0_off_when_inactive -288
 relu_1_8_0_on relu_1_8_0_pre_when_active 288
 relu_1_8_1_on relu_1_8_1_off_when_inactive -288
 relu_1_8_1_on relu_1_8_1_pre_when_active 288
 relu_1_8_2_on relu_1_8_2_off_when_inactive -288
 relu_1_8_2_on relu_1_8_2_pre_when_active 288
 relu_1_8_3_on relu_1_8_3_off_when_inactive -288
 relu_1_8_3_on relu_1_8_3_pre_when_active 288
 relu_1_9_0_on relu_1_9_0_off_when_inactive -296
 relu_1_9_0_on relu_1_9_0_pre_when_active 296
 relu_1_9_1_on relu_1_9_1_off_when_inactive -296
 relu_1_9_1_on relu_1_9_1_pre_when_active 296
 relu_1_9_2_on relu_1_9_2_off_when_inactive -296
 relu_1_9_2_on relu_1_9_2_pre_when_active 296
 relu_1_9_3_on relu_1_9_3_off_when_inactive -296
 relu_1_9_3_on relu_1_9_3_pre_when_active 296
 relu_1_10_0_on relu_1_10_0_off_when_inactive -304
 relu_1_10_0_on relu_1_10_0_pre_when_active 304
 relu_1_10_1_on relu_1_10_1_off_when_inactive -304
 relu_1_10_1_on relu_1_10_1_pre_when_active 304
 relu_1_10_2_on relu_1_10_2_off_when_inactive -304
 relu_1_10_2_on relu_1_10_2_pre_when_active 304
 relu_1_10_3_on relu_1_10_3_off_when_inactive -304
 relu_1_10_3_on relu_1_10_3_pre_when_active 304
 relu_1_11_0_on relu_1_11_0_off_when_inactive -312
 relu_1_11_0_on relu_1_11_0_pre_when_active 312
 relu_1_11_1_on relu_1_11_1_off_when_inactive -312
 relu_1_11_1_on relu_1_11_1_pre_when_active 312
 relu_1_11_2_on relu_1_11_2_off_when_inactive -312
 relu_1_11_2_on relu_1_11_2_pre_when_active 312
 relu_1_11_3_on relu_1_11_3_off_when_inactive -312
 relu_1_11_3_on relu_1_11_3_pre_when_active 312
 relu_1_12_0_on relu_1_12_0_off_when_inactive -352
 relu_1_12_0_on relu_1_12_0_pre_when_active 352
 relu_1_12_1_on relu_1_12_1_off_when_inactive -352
 relu_1_12_1_on relu_1_12_1_pre_when_active 352
 relu_1_12_2_on relu_1_12_2_off_when_inactive -352
 relu_1_12_2_on relu_1_12_2_pre_when_active 352
 relu_1_12_3_on relu_1_12_3_off_when_inactive -352
 relu_1_12_3_on relu_1_12_3_pre_when_active 352
 relu_1_13_0_on relu_1_13_0_off_when_inactive -368
 relu_1_13_0_on relu_1_13_0_pre_when_active 368
 relu_1_13_1_on relu_1_13_1_off_when_inactive -368
 relu_1_13_1_on relu_1_13_1_pre_when_active 368
 relu_1_13_2_on relu_1_13_2_off_when_inactive -368
 relu_1_13_2_on relu_1_13_2_pre_when_active 368
 relu_1_13_3_on relu_1_13_3_off_when_inactive -368
 relu_1_13_3_on relu_1_13_3_pre_when_active 368
 relu_1_14_0_on relu_1_14_0_off_when_inactive -384
 relu_1_14_0_on relu_1_14_0_pre_when_active 384
 relu_1_14_1_on relu_1_14_1_off_when_inactive -384
 relu_1_14_1_on relu_1_14_1_pre_when_active 384
 relu_1_14_2_on relu_1_14_2_off_when_inactive -384
 relu_1_14_2_on relu_1_14_2_pre_when_active 384
 relu_1_14_3_on relu_1_14_3_off_when_inactive -384
 relu_1_14_3_on relu_1_14_3_pre_when_active 384
 M328 'MARKER' 'INTEND'
RHS
 rhs obj -1.9375
 rhs negative_unless_sign_0_0 128
 rhs negative_unless_sign_0_1 128
 rhs negative_unless_sign_0_2 128
 rhs negative_unless_sign_0_3 128
 rhs negative_unless_sign_1_0 112
 rhs negative_unless_sign_1_1 112
 rhs negative_unless_sign_1_2 112
 rhs negative_unless_sign_1_3 112
 rhs negative_unless_sign_2_0 96
 rhs negative_unless_sign_2_1 96
 rhs negative_unless_sign_2_2 96
 rhs negative_unless_sign_2_3 96
 rhs negative_unless_sign_3_0 72
 rhs negative_unless_sign_3_1 72
 rhs negative_unless_sign_3_2 72
 rhs negative_unless_sign_3_3 72
 rhs negative_unless_sign_4_0 80
 rhs negative_unless_sign_4_1 80
 rhs negative_unless_sign_4_2 80
 rhs negative_unless_sign_4_3 80
 rhs negative_unless_sign_5_0 88
 rhs negative_unless_sign_5_1 88
 rhs negative_unless_sign_5_2 88
 rhs negative_unless_sign_5_3 88
 rhs negative_unless_sign_6_0 96
 rhs negative_unless_sign_6_1 96
 rhs negative_unless_sign_6_2 96
 rhs negative_unless_sign_6_3 96
 rhs negative_unless_sign_7_0 192
 rhs negative_unless_sign_7_1 192
 rhs negative_unless_sign_7_2 192
 rhs negative_unless_sign_7_3 192
 rhs negative_unless_sign_8_0 288
 rhs negative_unless_sign_8_1 288
 rhs negative_unless_sign_8_2 288
 rhs negative_unless_sign_8_3 288
 rhs negative_unless_sign_9_0 296
 rhs negative_unless_sign_9_1 296
 rhs negative_unless_sign_9_2 296
 rhs negative_unless_sign_9_3 296
 rhs negative_unless_sign_10_0 304
 rhs negative_unless_sign_10_1 304
 rhs negative_unless_sign_10_2 304
 rhs negative_unless_sign_10_3 304
 rhs negative_unless_sign_11_0 312
 rhs negative_unless_sign_11_1 312
 rhs negative_unless_sign_11_2 312
 rhs negative_unless_sign_11_3 312
 rhs negative_unless_sign_12_0 352
 rhs negative_unless_sign_12_1 352
 rhs negative_unless_sign_12_2 352
 rhs negative_unless_sign_12_3 352
 rhs negative_unless_sign_13_0 368
 rhs negative_unless_sign_13_1 368
 rhs negative_unless_sign_13_2 368
 rhs negative_unless_sign_13_3 368
 rhs negative_unless_sign_14_0 384
 rhs negative_unless_sign_14_1 384
 rhs negative_unless_sign_14_2 384
 rhs negative_unless_sign_14_3 384
 rhs relu_1_0_0_pre_when_active 128
 rhs relu_1_0_1_pre_when_active 128
 rhs relu_1_0_2_pre_when_active 128
 rhs relu_1_0_3_pre_when_active 128
 rhs relu_1_1_0_pre_when_active 112
 rhs relu_1_1_1_pre_when_active 112
 rhs relu_1_1_2_pre_when_active 112
 rhs relu_1_1_3_pre_when_active 112
 rhs relu_1_2_0_pre_when_active 96
 rhs relu_1_2_1_pre_when_active 96
 rhs relu_1_2_2_pre_when_active 96
 rhs relu_1_2_3_pre_when_active 96
 rhs relu_1_3_0_pre_when_active 72
 rhs relu_1_3_1_pre_when_active 72
 rhs relu_1_3_2_pre_when_active 72
 rhs relu_1_3_3_pre_when_active 72
 rhs relu_1_4_0_pre_when_active 80
 rhs relu_1_4_1_pre_when_active 80
 rhs relu_1_4_2_pre_when_active 80
 rhs relu_1_4_3_pre_when_active 80
 rhs relu_1_5_0_pre_when_active 88
 rhs relu_1_5_1_pre_when_active 88
 rhs relu_1_5_2_pre_when_active 88
 rhs relu_1_5_3_pre_when_active 88
 rhs relu_1_6_0_pre_when_active 96
 rhs relu_1_6_1_pre_when_active 96
 rhs relu_1_6_2_pre_when_active 96
 rhs relu_1_6_3_pre_when_active 96
 rhs relu_1_7_0_pre_when_active 192
 rhs relu_1_7_1_pre_when_active 192
 rhs relu_1_7_2_pre_when_active 192
 rhs relu_1_7_3_pre_when_active 192
 rhs relu_1_8_0_pre_when_active 288
 rhs relu_1_8_1_pre_when_active 288
 rhs relu_1_8_2_pre_when_active 288
 rhs relu_1_8_3_pre_when_active 288
 rhs relu_1_9_0_pre_when_active 296
 rhs relu_1_9_1_pre_when_active 296
 rhs relu_1_9_2_pre_when_active 296
 rhs relu_1_9_3_pre_when_active 296
 rhs relu_1_10_0_pre_when_active 304
 rhs relu_1_10_1_pre_when_active 304
 rhs relu_1_10_2_pre_when_active 304
 rhs relu_1_10_3_pre_when_active 304
 rhs relu_1_11_0_pre_when_active 312
 rhs relu_1_11_1_pre_when_active 312
 rhs relu_1_11_2_pre_when_active 312
 rhs relu_1_11_3_pre_when_active 312
 rhs relu_1_12_0_pre_when_active 352
 rhs relu_1_12_1_pre_when_active 352
 rhs relu_1_12_2_pre_when_active 352
 rhs relu_1_12_3_pre_when_active 352
 rhs relu_1_13_0_pre_when_active 368
 rhs relu_1_13_1_pre_when_active 368
 rhs relu_1_13_2_pre_when_active 368
 rhs relu_1_13_3_pre_when_active 368
 rhs relu_1_14_0_pre_when_active 384
 rhs relu_1_14_1_pre_when_active 384
 rhs relu_1_14_2_pre_when_active 384
 rhs relu_1_14_3_pre_when_active 384
BOUNDS
 LO bnd u_0_0 -64
 UP bnd u_0_0 64
 LO bnd u_0_1 -64
 UP bnd u_0_1 64
 LO bnd u_1_0 -64
 UP bnd u_1_0 64
 LO bnd u_1_1 -64
 UP bnd u_1_1 64
 LO bnd u_2_0 -64
 UP bnd u_2_0 64
 LO bnd u_2_1 -64
 UP bnd u_2_1 64
 LO bnd u_3_0 -64
 UP bnd u_3_0 64
 LO bnd u_3_1 -64
 UP bnd u_3_1 64
 LO bnd pre_1_0_0 -128
 UP bnd pre_1_0_0 128
 LO bnd pre_1_0_1 -128
 UP bnd pre_1_0_1 128
 LO bnd pre_1_0_2 -128
 UP bnd pre_1_0_2 128
 LO bnd pre_1_0_3 -128
 UP bnd pre_1_0_3 128
 LO bnd pre_1_1_0 -112
 UP bnd pre_1_1_0 112
 LO bnd pre_1_1_1 -112
 UP bnd pre_1_1_1 112
 LO bnd pre_1_1_2 -112
 UP bnd pre_1_1_2 112
 LO bnd pre_1_1_3 -112
 UP bnd pre_1_1_3 112
 LO bnd pre_1_2_0 -96
 UP bnd pre_1_2_0 96
 LO bnd pre_1_2_1 -96
 UP bnd pre_1_2_1 96
 LO bnd pre_1_2_2 -96
 UP bnd pre_1_2_2 96
 LO bnd pre_1_2_3 -96
 UP bnd pre_1_2_3 96
 LO bnd pre_1_3_0 -72
 UP bnd pre_1_3_0 72
 LO bnd pre_1_3_1 -72
 UP bnd pre_1_3_1 72
 LO bnd pre_1_3_2 -72
 UP bnd pre_1_3_2 72
 LO bnd pre_1_3_3 -72
 UP bnd pre_1_3_3 72
 LO bnd pre_1_4_0 -80
 UP bnd pre_1_4_0 80
 LO bnd pre_1_4_1 -80
 UP bnd pre_1_4_1 80
 LO bnd pre_1_4_2 -80
 UP bnd pre_1_4_2 80
 LO bnd pre_1_4_3 -80
 UP bnd pre_1_4_3 80
 LO bnd pre_1_5_0 -88
 UP bnd pre_1_5_0 88
 LO bnd pre_1_5_1 -88
 UP bnd pre_1_5_1 88
 LO bnd pre_1_5_2 -88
 UP bnd pre_1_5_2 88
 LO bnd pre_1_5_3 -88
 UP bnd pre_1_5_3 88
 LO bnd pre_1_6_0 -96
 UP bnd pre_1_6_0 96
 LO bnd pre_1_6_1 -96
 UP bnd pre_1_6_1 96
 LO bnd pre_1_6_2 -96
 UP bnd pre_1_6_2 96
 LO bnd pre_1_6_3 -96
 UP bnd pre_1_6_3 96
 LO bnd pre_1_7_0 -192
 UP bnd pre_1_7_0 192
 LO bnd pre_1_7_1 -192
 UP bnd pre_1_7_1 192
 LO bnd pre_1_7_2 -192
 UP bnd pre_1_7_2 192
 LO bnd pre_1_7_3 -192
 UP bnd pre_1_7_3 192
 LO bnd pre_1_8_0 -288
 UP bnd pre_1_8_0 288
 LO bnd pre_1_8_1 -288
 UP bnd pre_1_8_1 288
 LO bnd pre_1_8_2 -288
 UP bnd pre_1_8_2 288
 LO bnd pre_1_8_3 -288
 UP bnd pre_1_8_3 288
 LO bnd pre_1_9_0 -296
 UP bnd pre_1_9_0 296
 LO bnd pre_1_9_1 -296
 UP bnd pre_1_9_1 296
 LO bnd pre_1_9_2 -296
 UP bnd pre_1_9_2 296
 LO bnd pre_1_9_3 -296
 UP bnd pre_1_9_3 296
 LO bnd pre_1_10_0 -304
 UP bnd pre_1_10_0 304
 LO bnd pre_1_10_1 -304
 UP bnd pre_1_10_1 304
 LO bnd pre_1_10_2 -304
 UP bnd pre_1_10_2 304
 LO bnd pre_1_10_3 -304
 UP bnd pre_1_10_3 304
 LO bnd pre_1_11_0 -312
 UP bnd pre_1_11_0 312
 LO bnd pre_1_11_1 -312
 UP bnd pre_1_11_1 312
 LO bnd pre_1_11_2 -312
 UP bnd pre_1_11_2 312
 LO bnd pre_1_11_3 -312
 UP bnd pre_1_11_3 312
 LO bnd pre_1_12_0 -352
 UP bnd pre_1_12_0 352
 LO bnd pre_1_12_1 -352
 UP bnd pre_1_12_1 352
 LO bnd pre_1_12_2 -352
 UP bnd pre_1_12_2 352
 LO bnd pre_1_12_3 -352
 UP bnd pre_1_12_3 352
 LO bnd pre_1_13_0 -368
 UP bnd pre_1_13_0 368
 LO bnd pre_1_13_1 -368
 UP bnd pre_1_13_1 368
 LO bnd pre_1_13_2 -368
 UP bnd pre_1_13_2 368
 LO bnd pre_1_13_3 -368
 UP bnd pre_1_13_3 368
 LO bnd pre_1_14_0 -384
 UP bnd pre_1_14_0 384
 LO bnd pre_1_14_1 -384
 UP bnd pre_1_14_1 384
 LO bnd pre_1_14_2 -384
 UP bnd pre_1_14_2 384
 LO bnd pre_1_14_3 -384
 UP bnd pre_1_14_3 384
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 128
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 128
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 128
 LO bnd post_1_0_3 0
 UP bnd post_1_0_3 128
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 112
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 112
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 112
 LO bnd post_1_1_3 0
 UP bnd post_1_1_3 112
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 96
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 96
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 96
 LO bnd post_1_2_3 0
 UP bnd post_1_2_3 96
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 72
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 72
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 72
 LO bnd post_1_3_3 0
 UP bnd post_1_3_3 72
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 80
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 80
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 80
 LO bnd post_1_4_3 0
 UP bnd post_1_4_3 80
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 88
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 88
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 88
 LO bnd post_1_5_3 0
 UP bnd post_1_5_3 88
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 96
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 96
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 96
 LO bnd post_1_6_3 0
 UP bnd post_1_6_3 96
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 192
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 192
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 192
 LO bnd post_1_7_3 0
 UP bnd post_1_7_3 192
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 288
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 288
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 288
 LO bnd post_1_8_3 0
 UP bnd post_1_8_3 288
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 296
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 296
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 296
 LO bnd post_1_9_3 0
 UP bnd post_1_9_3 296
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 304
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 304
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 304
 LO bnd post_1_10_3 0
 UP bnd post_1_10_3 304
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 312
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 312
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 312
 LO bnd post_1_11_3 0
 UP bnd post_1_11_3 312
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 352
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 352
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 352
 LO bnd post_1_12_3 0
 UP bnd post_1_12_3 352
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 368
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 368
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 368
 LO bnd post_1_13_3 0
 UP bnd post_1_13_3 368
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 384
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 384
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 384
 LO bnd post_1_14_3 0
 UP bnd post_1_14_3 384
 LO bnd b_2_0 -8
 UP bnd b_2_0 8
 LO bnd out_0_0 -520
 UP bnd out_0_0 520
 LO bnd out_1_0 -456
 UP bnd out_1_0 456
 LO bnd out_2_0 -392
 UP bnd out_2_0 392
 LO bnd out_3_0 -296
 UP bnd out_3_0 296
 LO bnd out_4_0 -328
 UP bnd out_4_0 328
 LO bnd out_5_0 -360
 UP bnd out_5_0 360
 LO bnd out_6_0 -392
 UP bnd out_6_0 392
 LO bnd out_7_0 -776
 UP bnd out_7_0 776
 LO bnd out_8_0 -1160
 UP bnd out_8_0 1160
 LO bnd out_9_0 -1192
 UP bnd out_9_0 1192
 LO bnd out_10_0 -1224
 UP bnd out_10_0 1224
 LO bnd out_11_0 -1256
 UP bnd out_11_0 1256
 LO bnd out_12_0 -1416
 UP bnd out_12_0 1416
 LO bnd out_13_0 -1480
 UP bnd out_13_0 1480
 LO bnd out_14_0 -1544
 UP bnd out_14_0 1544
 BV bnd sign_0
 BV bnd sign_1
 BV bnd sign_2
 BV bnd sign_3
 LO bnd post_positive_0_0 0
 UP bnd post_positive_0_0 128
 LO bnd post_positive_0_1 0
 UP bnd post_positive_0_1 128
 LO bnd post_positive_0_2 0
 UP bnd post_positive_0_2 128
 LO bnd post_positive_0_3 0
 UP bnd post_positive_0_3 128
 LO bnd post_positive_1_0 0
 UP bnd post_positive_1_0 112
 LO bnd post_positive_1_1 0
 UP bnd post_positive_1_1 112
 LO bnd post_positive_1_2 0
 UP bnd post_positive_1_2 112
 LO bnd post_positive_1_3 0
 UP bnd post_positive_1_3 112
 LO bnd post_positive_2_0 0
 UP bnd post_positive_2_0 96
 LO bnd post_positive_2_1 0
 UP bnd post_positive_2_1 96
 LO bnd post_positive_2_2 0
 UP bnd post_positive_2_2 96
 LO bnd post_positive_2_3 0
 UP bnd post_positive_2_3 96
 LO bnd post_positive_3_0 0
 UP bnd post_positive_3_0 72
 LO bnd post_positive_3_1 0
 UP bnd post_positive_3_1 72
 LO bnd post_positive_3_2 0
 UP bnd post_positive_3_2 72
 LO bnd post_positive_3_3 0
 UP bnd post_positive_3_3 72
 LO bnd post_positive_4_0 0
 UP bnd post_positive_4_0 80
 LO bnd post_positive_4_1 0
 UP bnd post_positive_4_1 80
 LO bnd post_positive_4_2 0
 UP bnd post_positive_4_2 80
 LO bnd post_positive_4_3 0
 UP bnd post_positive_4_3 80
 LO bnd post_positive_5_0 0
 UP bnd post_positive_5_0 88
 LO bnd post_positive_5_1 0
 UP bnd post_positive_5_1 88
 LO bnd post_positive_5_2 0
 UP bnd post_positive_5_2 88
 LO bnd post_positive_5_3 0
 UP bnd post_positive_5_3 88
 LO bnd post_positive_6_0 0
 UP bnd post_positive_6_0 96
 LO bnd post_positive_6_1 0
 UP bnd post_positive_6_1 96
 LO bnd post_positive_6_2 0
 UP bnd post_positive_6_2 96
 LO bnd post_positive_6_3 0
 UP bnd post_positive_6_3 96
 LO bnd post_positive_7_0 0
 UP bnd post_positive_7_0 192
 LO bnd post_positive_7_1 0
 UP bnd post_positive_7_1 192
 LO bnd post_positive_7_2 0
 UP bnd post_positive_7_2 192
 LO bnd post_positive_7_3 0
 UP bnd post_positive_7_3 192
 LO bnd post_positive_8_0 0
 UP bnd post_positive_8_0 288
 LO bnd post_positive_8_1 0
 UP bnd post_positive_8_1 288
 LO bnd post_positive_8_2 0
 UP bnd post_positive_8_2 288
 LO bnd post_positive_8_3 0
 UP bnd post_positive_8_3 288
 LO bnd post_positive_9_0 0
 UP bnd post_positive_9_0 296
 LO bnd post_positive_9_1 0
 UP bnd post_positive_9_1 296
 LO bnd post_positive_9_2 0
 UP bnd post_positive_9_2 296
 LO bnd post_positive_9_3 0
 UP bnd post_positive_9_3 296
 LO bnd post_positive_10_0 0
 UP bnd post_positive_10_0 304
 LO bnd post_positive_10_1 0
 UP bnd post_positive_10_1 304
 LO bnd post_positive_10_2 0
 UP bnd post_positive_10_2 304
 LO bnd post_positive_10_3 0
 UP bnd post_positive_10_3 304
 LO bnd post_positive_11_0 0
 UP bnd post_positive_11_0 312
 LO bnd post_positive_11_1 0
 UP bnd post_positive_11_1 312
 LO bnd post_positive_11_2 0
 UP bnd post_positive_11_2 312
 LO bnd post_positive_11_3 0
 UP bnd post_positive_11_3 312
 LO bnd post_positive_12_0 0
 UP bnd post_positive_12_0 352
 LO bnd post_positive_12_1 0
 UP bnd post_positive_12_1 352
 LO bnd post_positive_12_2 0
 UP bnd post_positive_12_2 352
 LO bnd post_positive_12_3 0
 UP bnd post_positive_12_3 352
 LO bnd post_positive_13_0 0
 UP bnd post_positive_13_0 368
 LO bnd post_positive_13_1 0
 UP bnd post_positive_13_1 368
 LO bnd post_positive_13_2 0
 UP bnd post_positive_13_2 368
 LO bnd post_positive_13_3 0
 UP bnd post_positive_13_3 368
 LO bnd post_positive_14_0 0
 UP bnd post_positive_14_0 384
 LO bnd post_positive_14_1 0
 UP bnd post_positive_14_1 384
 LO bnd post_positive_14_2 0
 UP bnd post_positive_14_2 384
 LO bnd post_positive_14_3 0
 UP bnd post_positive_14_3 384
 LO bnd post_negative_0_0 0
 UP bnd post_negative_0_0 128
 LO bnd post_negative_0_1 0
 UP bnd post_negative_0_1 128
 LO bnd post_negative_0_2 0
 UP bnd post_negative_0_2 128
 LO bnd post_negative_0_3 0
 UP bnd post_negative_0_3 128
 LO bnd post_negative_1_0 0
 UP bnd post_negative_1_0 112
 LO bnd post_negative_1_1 0
 UP bnd post_negative_1_1 112
 LO bnd post_negative_1_2 0
 UP bnd post_negative_1_2 112
 LO bnd post_negative_1_3 0
 UP bnd post_negative_1_3 112
 LO bnd post_negative_2_0 0
 UP bnd post_negative_2_0 96
 LO bnd post_negative_2_1 0
 UP bnd post_negative_2_1 96
 LO bnd post_negative_2_2 0
 UP bnd post_negative_2_2 96
 LO bnd post_negative_2_3 0
 UP bnd post_negative_2_3 96
 LO bnd post_negative_3_0 0
 UP bnd post_negative_3_0 72
 LO bnd post_negative_3_1 0
 UP bnd post_negative_3_1 72
 LO bnd post_negative_3_2 0
 UP bnd post_negative_3_2 72
 LO bnd post_negative_3_3 0
 UP bnd post_negative_3_3 72
 LO bnd post_negative_4_0 0
 UP bnd post_negative_4_0 80
 LO bnd post_negative_4_1 0
 UP bnd post_negative_4_1 80
 LO bnd post_negative_4_2 0
 UP bnd post_negative_4_2 80
 LO bnd post_negative_4_3 0
 UP bnd post_negative_4_3 80
 LO bnd post_negative_5_0 0
 UP bnd post_negative_5_0 88
 LO bnd post_negative_5_1 0
 UP bnd post_negative_5_1 88
 LO bnd post_negative_5_2 0
 UP bnd post_negative_5_2 88
 LO bnd post_negative_5_3 0
 UP bnd post_negative_5_3 88
 LO bnd post_negative_6_0 0
 UP bnd post_negative_6_0 96
 LO bnd post_negative_6_1 0
 UP bnd post_negative_6_1 96
 LO bnd post_negative_6_2 0
 UP bnd post_negative_6_2 96
 LO bnd post_negative_6_3 0
 UP bnd post_negative_6_3 96
 LO bnd post_negative_7_0 0
 UP bnd post_negative_7_0 192
 LO bnd post_negative_7_1 0
 UP bnd post_negative_7_1 192
 LO bnd post_negative_7_2 0
 UP bnd post_negative_7_2 192
 LO bnd post_negative_7_3 0
 UP bnd post_negative_7_3 192
 LO bnd post_negative_8_0 0
 UP bnd post_negative_8_0 288
 LO bnd post_negative_8_1 0
 UP bnd post_negative_8_1 288
 LO bnd post_negative_8_2 0
 UP bnd post_negative_8_2 288
 LO bnd post_negative_8_3 0
 UP bnd post_negative_8_3 288
 LO bnd post_negative_9_0 0
 UP bnd post_negative_9_0 296
 LO bnd post_negative_9_1 0
 UP bnd post_negative_9_1 296
 LO bnd post_negative_9_2 0
 UP bnd post_negative_9_2 296
 LO bnd post_negative_9_3 0
 UP bnd post_negative_9_3 296
 LO bnd post_negative_10_0 0
 UP bnd post_negative_10_0 304
 LO bnd post_negative_10_1 0
 UP bnd post_negative_10_1 304
 LO bnd post_negative_10_2 0
 UP bnd post_negative_10_2 304
 LO bnd post_negative_10_3 0
 UP bnd post_negative_10_3 304
 LO bnd post_negative_11_0 0
 UP bnd post_negative_11_0 312
 LO bnd post_negative_11_1 0
 UP bnd post_negative_11_1 312
 LO bnd post_negative_11_2 0
 UP bnd post_negative_11_2 312
 LO bnd post_negative_11_3 0
 UP bnd post_negative_11_3 312
 LO bnd post_negative_12_0 0
 UP bnd post_negative_12_0 352
 LO bnd post_negative_12_1 0
 UP bnd post_negative_12_1 352
 LO bnd post_negative_12_2 0
 UP bnd post_negative_12_2 352
 LO bnd post_negative_12_3 0
 UP bnd post_negative_12_3 352
 LO bnd post_negative_13_0 0
 UP bnd post_negative_13_0 368
 LO bnd post_negative_13_1 0
 UP bnd post_negative_13_1 368
 LO bnd post_negative_13_2 0
 UP bnd post_negative_13_2 368
 LO bnd post_negative_13_3 0
 UP bnd post_negative_13_3 368
 LO bnd post_negative_14_0 0
 UP bnd post_negative_14_0 384
 LO bnd post_negative_14_1 0
 UP bnd post_negative_14_1 384
 LO bnd post_negative_14_2 0
 UP bnd post_negative_14_2 384
 LO bnd post_negative_14_3 0
 UP bnd post_negative_14_3 384
 BV bnd relu_1_0_0_on
 BV bnd relu_1_0_1_on
 BV bnd relu_1_0_2_on
 BV bnd relu_1_0_3_on
 BV bnd relu_1_1_0_on
 BV bnd relu_1_1_1_on
 BV bnd relu_1_1_2_on
 BV bnd relu_1_1_3_on
 BV bnd relu_1_2_0_on
 BV bnd relu_1_2_1_on
 BV bnd relu_1_2_2_on
 BV bnd relu_1_2_3_on
 BV bnd relu_1_3_0_on
 BV bnd relu_1_3_1_on
 BV bnd relu_1_3_2_on
 BV bnd relu_1_3_3_on
 BV bnd relu_1_4_0_on
 BV bnd relu_1_4_1_on
 BV bnd relu_1_4_2_on
 BV bnd relu_1_4_3_on
 BV bnd relu_1_5_0_on
 BV bnd relu_1_5_1_on
 BV bnd relu_1_5_2_on
 BV bnd relu_1_5_3_on
 BV bnd relu_1_6_0_on
 BV bnd relu_1_6_1_on
 BV bnd relu_1_6_2_on
 BV bnd relu_1_6_3_on
 BV bnd relu_1_7_0_on
 BV bnd relu_1_7_1_on
 BV bnd relu_1_7_2_on
 BV bnd relu_1_7_3_on
 BV bnd relu_1_8_0_on
 BV bnd relu_1_8_1_on
 BV bnd relu_1_8_2_on
 BV bnd relu_1_8_3_on
 BV bnd relu_1_9_0_on
 BV bnd relu_1_9_1_on
 BV bnd relu_1_9_2_on
 BV bnd relu_1_9_3_on
 BV bnd relu_1_10_0_on
 BV bnd relu_1_10_1_on
 BV bnd relu_1_10_2_on
 BV bnd relu_1_10_3_on
 BV bnd relu_1_11_0_on
 BV bnd relu_1_11_1_on
 BV bnd relu_1_11_2_on
 BV bnd relu_1_11_3_on
 BV bnd relu_1_12_0_on
 BV bnd relu_1_12_1_on
 BV bnd relu_1_12_2_on
 BV bnd relu_1_12_3_on
 BV bnd relu_1_13_0_on
 BV bnd relu_1_13_1_on
 BV bnd relu_1_13_2_on
 BV bnd relu_1_13_3_on
 BV bnd relu_1_14_0_on
 BV bnd relu_1_14_1_on
 BV bnd relu_1_14_2_on
 BV bnd relu_1_14_3_on
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
ENDATA
