* sine-N17-p1-plain-bigm  (relu-opt library: sine-N17, problem 1, plain-bigm; {"hidden": [3], "bound": 4.0, "loss": "squared"})
NAME sine-N17-p1-plain-bigm
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
 w_1_0_0 pre_definition_1_0_0 1
 w_1_0_0 pre_definition_1_1_0 0.875
 w_1_0_0 pre_definition_1_2_0 0.75
 w_1_0_0 pre_definition_1_3_0 0.625
 w_1_0_0 pre_definition_1_4_0 0.5
 w_1_0_0 pre_definition_1_5_0 0.375
 w_1_0_0 pre_definition_1_6_0 0.25
 w_1_0_0 pre_definition_1_7_0 0.125
 w_1_0_0 pre_definition_1_9_0 -0.125
 w_1_0_0 pre_definition_1_10_0 -0.25
 w_1_0_0 pre_definition_1_11_0 -0.375
 w_1_0_0 pre_definition_1_12_0 -0.5
 w_1_0_0 pre_definition_1_13_0 -0.625
 w_1_0_0 pre_definition_1_14_0 -0.75
 w_1_0_0 pre_definition_1_15_0 -0.875
 w_1_0_0 pre_definition_1_16_0 -1
 w_1_1_0 pre_definition_1_0_1 1
 w_1_1_0 pre_definition_1_1_1 0.875
 w_1_1_0 pre_definition_1_2_1 0.75
 w_1_1_0 pre_definition_1_3_1 0.625
 w_1_1_0 pre_definition_1_4_1 0.5
 w_1_1_0 pre_definition_1_5_1 0.375
 w_1_1_0 pre_definition_1_6_1 0.25
 w_1_1_0 pre_definition_1_7_1 0.125
 w_1_1_0 pre_definition_1_9_1 -0.125
 w_1_1_0 pre_definition_1_10_1 -0.25
 w_1_1_0 pre_definition_1_11_1 -0.375
 w_1_1_0 pre_definition_1_12_1 -0.5
 w_1_1_0 pre_definition_1_13_1 -0.625
 w_1_1_0 pre_definition_1_14_1 -0.75
 w_1_1_0 pre_definition_1_15_1 -0.875
 w_1_1_0 pre_definition_1_16_1 -1
 w_1_2_0 pre_definition_1_0_2 1
 w_1_2_0 pre_definition_1_1_2 0.875
 w_1_2_0 pre_definition_1_2_2 0.75
 w_1_2_0 pre_definition_1_3_2 0.625
 w_1_2_0 pre_definition_1_4_2 0.5
 w_1_2_0 pre_definition_1_5_2 0.375
 w_1_2_0 pre_definition_1_6_2 0.25
 w_1_2_0 pre_definition_1_7_2 0.125
 w_1_2_0 pre_definition_1_9_2 -0.125
 w_1_2_0 pre_definition_1_10_2 -0.25
 w_1_2_0 pre_definition_1_11_2 -0.375
 w_1_2_0 pre_definition_1_12_2 -0.5
 w_1_2_0 pre_definition_1_13_2 -0.625
 w_1_2_0 pre_definition_1_14_2 -0.75
 w_1_2_0 pre_definition_1_15_2 -0.875
 w_1_2_0 pre_definition_1_16_2 -1
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_0_2 obj 0
 b_1_0 pre_definition_1_0_0 -1
 b_1_0 pre_definition_1_1_0 -1
 b_1_0 pre_definition_1_2_0 -1
 b_1_0 pre_definition_1_3_0 -1
 b_1_0 pre_definition_1_4_0 -1
 b_1_0 pre_definition_1_5_0 -1
 b_1_0 pre_definition_1_6_0 -1
 b_1_0 pre_definition_1_7_0 -1
 b_1_0 pre_definition_1_8_0 -1
 b_1_0 pre_definition_1_9_0 -1
 b_1_0 pre_definition_1_10_0 -1
 b_1_0 pre_definition_1_11_0 -1
 b_1_0 pre_definition_1_12_0 -1
 b_1_0 pre_definition_1_13_0 -1
 b_1_0 pre_definition_1_14_0 -1
 b_1_0 pre_definition_1_15_0 -1
 b_1_0 pre_definition_1_16_0 -1
 b_1_1 pre_definition_1_0_1 -1
 b_1_1 pre_definition_1_1_1 -1
 b_1_1 pre_definition_1_2_1 -1
 b_1_1 pre_definition_1_3_1 -1
 b_1_1 pre_definition_1_4_1 -1
 b_1_1 pre_definition_1_5_1 -1
 b_1_1 pre_definition_1_6_1 -1
 b_1_1 pre_definition_1_7_1 -1
 b_1_1 pre_definition_1_8_1 -1
 b_1_1 pre_definition_1_9_1 -1
 b_1_1 pre_definition_1_10_1 -1
 b_1_1 pre_definition_1_11_1 -1
 b_1_1 pre_definition_1_12_1 -1
 b_1_1 pre_definition_1_13_1 -1
 b_1_1 pre_definition_1_14_1 -1
 b_1_1 pre_definition_1_15_1 -1
 b_1_1 pre_definition_1_16_1 -1
 b_1_2 pre_definition_1_0_2 -1
 b_1_2 pre_definition_1_1_2 -1
 b_1_2 pre_definition_1_2_2 -1
 b_1_2 pre_definition_1_3_2 -1
 b_1_2 pre_definition_1_4_2 -1
 b_1_2 pre_definition_1_5_2 -1
 b_1_2 pre_definition_1_6_2 -1
 b_1_2 pre_definition_1_7_2 -1
 b_1_2 pre_definition_1_8_2 -1
 b_1_2 pre_definition_1_9_2 -1
 b_1_2 pre_definition_1_10_2 -1
 b_1_2 pre_definition_1_11_2 -1
 b_1_2 pre_definition_1_12_2 -1
 b_1_2 pre_definition_1_13_2 -1
 b_1_2 pre_definition_1_14_2 -1
 b_1_2 pre_definition_1_15_2 -1
 b_1_2 pre_definition_1_16_2 -1
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
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 relu_1_0_0_off_when_inactive 1
 post_1_0_0 relu_1_0_0_pre_when_active 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 relu_1_0_1_off_when_inactive 1
 post_1_0_1 relu_1_0_1_pre_when_active 1
 post_1_0_2 relu_1_0_2_above_pre -1
 post_1_0_2 relu_1_0_2_off_when_inactive 1
 post_1_0_2 relu_1_0_2_pre_when_active 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 relu_1_1_0_off_when_inactive 1
 post_1_1_0 relu_1_1_0_pre_when_active 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 relu_1_1_1_off_when_inactive 1
 post_1_1_1 relu_1_1_1_pre_when_active 1
 post_1_1_2 relu_1_1_2_above_pre -1
 post_1_1_2 relu_1_1_2_off_when_inactive 1
 post_1_1_2 relu_1_1_2_pre_when_active 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 relu_1_2_0_off_when_inactive 1
 post_1_2_0 relu_1_2_0_pre_when_active 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 relu_1_2_1_off_when_inactive 1
 post_1_2_1 relu_1_2_1_pre_when_active 1
 post_1_2_2 relu_1_2_2_above_pre -1
 post_1_2_2 relu_1_2_2_off_when_inactive 1
 post_1_2_2 relu_1_2_2_pre_when_active 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 relu_1_3_0_off_when_inactive 1
 post_1_3_0 relu_1_3_0_pre_when_active 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 relu_1_3_1_off_when_inactive 1
 post_1_3_1 relu_1_3_1_pre_when_active 1
 post_1_3_2 relu_1_3_2_above_pre -1
 post_1_3_2 relu_1_3_2_off_when_inactive 1
 post_1_3_2 relu_1_3_2_pre_when_active 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 relu_1_4_0_off_when_inactive 1
 post_1_4_0 relu_1_4_0_pre_when_active 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 relu_1_4_1_off_when_inactive 1
 post_1_4_1 relu_1_4_1_pre_when_active 1
 post_1_4_2 relu_1_4_2_above_pre -1
 post_1_4_2 relu_1_4_2_off_when_inactive 1
 post_1_4_2 relu_1_4_2_pre_when_active 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 relu_1_5_0_off_when_inactive 1
 post_1_5_0 relu_1_5_0_pre_when_active 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 relu_1_5_1_off_when_inactive 1
 post_1_5_1 relu_1_5_1_pre_when_active 1
 post_1_5_2 relu_1_5_2_above_pre -1
 post_1_5_2 relu_1_5_2_off_when_inactive 1
 post_1_5_2 relu_1_5_2_pre_when_active 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 relu_1_6_0_off_when_inactive 1
 post_1_6_0 relu_1_6_0_pre_when_active 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 relu_1_6_1_off_when_inactive 1
 post_1_6_1 relu_1_6_1_pre_when_active 1
 post_1_6_2 relu_1_6_2_above_pre -1
 post_1_6_2 relu_1_6_2_off_when_inactive 1
 post_1_6_2 relu_1_6_2_pre_when_active 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 relu_1_7_0_off_when_inactive 1
 post_1_7_0 relu_1_7_0_pre_when_active 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 relu_1_7_1_off_when_inactive 1
 post_1_7_1 relu_1_7_1_pre_when_active 1
 post_1_7_2 relu_1_7_2_above_pre -1
 post_1_7_2 relu_1_7_2_off_when_inactive 1
 post_1_7_2 relu_1_7_2_pre_when_active 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 relu_1_8_0_off_when_inactive 1
 post_1_8_0 relu_1_8_0_pre_when_active 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 relu_1_8_1_off_when_inactive 1
 post_1_8_1 relu_1_8_1_pre_when_active 1
 post_1_8_2 relu_1_8_2_above_pre -1
 post_1_8_2 relu_1_8_2_off_when_inactive 1
 post_1_8_2 relu_1_8_2_pre_when_active 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 relu_1_9_0_off_when_inactive 1
 post_1_9_0 relu_1_9_0_pre_when_active 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 relu_1_9_1_off_when_inactive 1
 post_1_9_1 relu_1_9_1_pre_when_active 1
 post_1_9_2 relu_1_9_2_above_pre -1
 post_1_9_2 relu_1_9_2_off_when_inactive 1
 post_1_9_2 relu_1_9_2_pre_when_active 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 relu_1_10_0_off_when_inactive 1
 post_1_10_0 relu_1_10_0_pre_when_active 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 relu_1_10_1_off_when_inactive 1
 post_1_10_1 relu_1_10_1_pre_when_active 1
 post_1_10_2 relu_1_10_2_above_pre -1
 post_1_10_2 relu_1_10_2_off_when_inactive 1
 post_1_10_2 relu_1_10_2_pre_when_active 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 relu_1_11_0_off_when_inactive 1
 post_1_11_0 relu_1_11_0_pre_when_active 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 relu_1_11_1_off_when_inactive 1
 post_1_11_1 relu_1_11_1_pre_when_active 1
 post_1_11_2 relu_1_11_2_above_pre -1
 post_1_11_2 relu_1_11_2_off_when_inactive 1
 post_1_11_2 relu_1_11_2_pre_when_active 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 relu_1_12_0_off_when_inactive 1
 post_1_12_0 relu_1_12_0_pre_when_active 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 relu_1_12_1_off_when_inactive 1
 post_1_12_1 relu_1_12_1_pre_when_active 1
 post_1_12_2 relu_1_12_2_above_pre -1
 post_1_12_2 relu_1_12_2_off_when_inactive 1
 post_1_12_2 relu_1_12_2_pre_when_active 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 relu_1_13_0_off_when_inactive 1
 post_1_13_0 relu_1_13_0_pre_when_active 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 relu_1_13_1_off_when_inactive 1
 post_1_13_1 relu_1_13_1_pre_when_active 1
 post_1_13_2 relu_1_13_2_above_pre -1
 post_1_13_2 relu_1_13_2_off_when_inactive 1
 post_1_13_2 relu_1_13_2_pre_when_active 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 relu_1_14_0_off_when_inactive 1
 post_1_14_0 relu_1_14_0_pre_when_active 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 relu_1_14_1_off_when_inactive 1
 post_1_14_1 relu_1_14_1_pre_when_active 1
 post_1_14_2 relu_1_14_2_above_pre -1
 post_1_14_2 relu_1_14_2_off_when_inactive 1
 post_1_14_2 relu_1_14_2_pre_when_active 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 relu_1_15_0_off_when_inactive 1
 post_1_15_0 relu_1_15_0_pre_when_active 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 relu_1_15_1_off_when_inactive 1
 post_1_15_1 relu_1_15_1_pre_when_active 1
 post_1_15_2 relu_1_15_2_above_pre -1
 post_1_15_2 relu_1_15_2_off_when_inactive 1
 post_1_15_2 relu_1_15_2_pre_when_active 1
 post_1_16_0 relu_1_16_0_above_pre -1
 post_1_16_0 relu_1_16_0_off_when_inactive 1
 post_1_16_0 relu_1_16_0_pre_when_active 1
 post_1_16_1 relu_1_16_1_above_pre -1
 post_1_16_1 relu_1_16_1_off_when_inactive 1
 post_1_16_1 relu_1_16_1_pre_when_active 1
 post_1_16_2 relu_1_16_2_above_pre -1
 post_1_16_2 relu_1_16_2_off_when_inactive 1
 post_1_16_2 relu_1_16_2_pre_when_active 1
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
 M129 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -8
 relu_1_0_0_on relu_1_0_0_pre_when_active 8
 relu_1_0_1_on relu_1_0_1_off_when_inactive -8
 relu_1_0_1_on relu_1_0_1_pre_when_active 8
 relu_1_0_2_on relu_1_0_2_off_when_inactive -8
 relu_1_0_2_on relu_1_0_2_pre_when_active 8
 relu_1_1_0_on relu_1_1_0_off_when_inactive -7.5
 relu_1_1_0_on relu_1_1_0_pre_when_active 7.5
 relu_1_1_1_on relu_1_1_1_off_when_inactive -7.5
 relu_1_1_1_on relu_1_1_1_pre_when_active 7.5
 relu_1_1_2_on relu_1_1_2_off_when_inactive -7.5
 relu_1_1_2_on relu_1_1_2_pre_when_active 7.5
 relu_1_2_0_on relu_1_2_0_off_when_inactive -7
 relu_1_2_0_on relu_1_2_0_pre_when_active 7
 relu_1_2_1_on relu_1_2_1_off_when_inactive -7
 relu_1_2_1_on relu_1_2_1_pre_when_active 7
 relu_1_2_2_on relu_1_2_2_off_when_inactive -7
 relu_1_2_2_on relu_1_2_2_pre_when_active 7
 relu_1_3_0_on relu_1_3_0_off_when_inactive -6.5
 relu_1_3_0_on relu_1_3_0_pre_when_active 6.5
 relu_1_3_1_on relu_1_3_1_off_when_inactive -6.5
 relu_1_3_1_on relu_1_3_1_pre_when_active 6.5
 relu_1_3_2_on relu_1_3_2_off_when_inactive -6.5
 relu_1_3_2_on relu_1_3_2_pre_when_active 6.5
 relu_1_4_0_on relu_1_4_0_off_when_inactive -6
 relu_1_4_0_on relu_1_4_0_pre_when_active 6
 relu_1_4_1_on relu_1_4_1_off_when_inactive -6
 relu_1_4_1_on relu_1_4_1_pre_when_active 6
 relu_1_4_2_on relu_1_4_2_off_when_inactive -6
 relu_1_4_2_on relu_1_4_2_pre_when_active 6
 relu_1_5_0_on relu_1_5_0_off_when_inactive -5.5
 relu_1_5_0_on relu_1_5_0_pre_when_active 5.5
 relu_1_5_1_on relu_1_5_1_off_when_inactive -5.5
 relu_1_5_1_on relu_1_5_1_pre_when_active 5.5
 relu_1_5_2_on relu_1_5_2_off_when_inactive -5.5
 relu_1_5_2_on relu_1_5_2_pre_when_active 5.5
 relu_1_6_0_on relu_1_6_0_off_when_inactive -5
 relu_1_6_0_on relu_1_6_0_pre_when_active 5
 relu_1_6_1_on relu_1_6_1_off_when_inactive -5
 relu_1_6_1_on relu_1_6_1_pre_when_active 5
 relu_1_6_2_on relu_1_6_2_off_when_inactive -5
 relu_1_6_2_on relu_1_6_2_pre_when_active 5
 relu_1_7_0_on relu_1_7_0_off_when_inactive -4.5
 relu_1_7_0_on relu_1_7_0_pre_when_active 4.5
 relu_1_7_1_on relu_1_7_1_off_when_inactive -4.5
 relu_1_7_1_on relu_1_7_1_pre_when_active 4.5
 relu_1_7_2_on relu_1_7_2_off_when_inactive -4.5
 relu_1_7_2_on relu_1_7_2_pre_when_active 4.5
 relu_1_8_0_on relu_1_8_0_off_when_inactive -4
 relu_1_8_0_on relu_1_8_0_pre_when_active 4
 relu_1_8_1_on relu_1_8_1_off_when_inactive -4
 relu_1_8_1_on relu_1_8_1_pre_when_active 4
 relu_1_8_2_on relu_1_8_2_off_when_inactive -4
 relu_1_8_2_on relu_1_8_2_pre_when_active 4
 relu_1_9_0_on relu_1_9_0_off_when_inactive -4.5
 relu_1_9_0_on relu_1_9_0_pre_when_active 4.5
 relu_1_9_1_on relu_1_9_1_off_when_inactive -4.5
 relu_1_9_1_on relu_1_9_1_pre_when_active 4.5
 relu_1_9_2_on relu_1_9_2_off_when_inactive -4.5
 relu_1_9_2_on relu_1_9_2_pre_when_active 4.5
 relu_1_10_0_on relu_1_10_0_off_when_inactive -5
 relu_1_10_0_on relu_1_10_0_pre_when_active 5
 relu_1_10_1_on relu_1_10_1_off_when_inactive -5
 relu_1_10_1_on relu_1_10_1_pre_when_active 5
 relu_1_10_2_on relu_1_10_2_off_when_inactive -5
 relu_1_10_2_on relu_1_10_2_pre_when_active 5
 relu_1_11_0_on relu_1_11_0_off_when_inactive -5.5
 relu_1_11_0_on relu_1_11_0_pre_when_active 5.5
 relu_1_11_1_on relu_1_11_1_off_when_inactive -5.5
 relu_1_11_1_on relu_1_11_1_pre_when_active 5.5
 relu_1_11_2_on relu_1_11_2_off_when_inactive -5.5
 relu_1_11_2_on relu_1_11_2_pre_when_active 5.5
 relu_1_12_0_on relu_1_12_0_off_when_inactive -6
 relu_1_12_0_on relu_1_12_0_pre_when_active 6
 relu_1_12_1_on relu_1_12_1_off_when_inactive -6
 relu_1_12_1_on relu_1_12_1_pre_when_active 6
 relu_1_12_2_on relu_1_12_2_off_when_inactive -6
 relu_1_12_2_on relu_1_12_2_pre_when_active 6
 relu_1_13_0_on relu_1_13_0_off_when_inactive -6.5
 relu_1_13_0_on relu_1_13_0_pre_when_active 6.5
 relu_1_13_1_on relu_1_13_1_off_when_inactive -6.5
 relu_1_13_1_on relu_1_13_1_pre_when_active 6.5
 relu_1_13_2_on relu_1_13_2_off_when_inactive -6.5
 relu_1_13_2_on relu_1_13_2_pre_when_active 6.5
 relu_1_14_0_on relu_1_14_0_off_when_inactive -7
 relu_1_14_0_on relu_1_14_0_pre_when_active 7
 relu_1_14_1_on relu_1_14_1_off_when_inactive -7
 relu_1_14_1_on relu_1_14_1_pre_when_active 7
 relu_1_14_2_on relu_1_14_2_off_when_inactive -7
 relu_1_14_2_on relu_1_14_2_pre_when_active 7
 relu_1_15_0_on relu_1_15_0_off_when_inactive -7.5
 relu_1_15_0_on relu_1_15_0_pre_when_active 7.5
 relu_1_15_1_on relu_1_15_1_off_when_inactive -7.5
 relu_1_15_1_on relu_1_15_1_pre_when_active 7.5
 relu_1_15_2_on relu_1_15_2_off_when_inactive -7.5
 relu_1_15_2_on relu_1_15_2_pre_when_active 7.5
 relu_1_16_0_on relu_1_16_0_off_when_inactive -8
 relu_1_16_0_on relu_1_16_0_pre_when_active 8
 relu_1_16_1_on relu_1_16_1_off_when_inactive -8
 relu_1_16_1_on relu_1_16_1_pre_when_active 8
 relu_1_16_2_on relu_1_16_2_off_when_inactive -8
 relu_1_16_2_on relu_1_16_2_pre_when_active 8
 M180 'MARKER' 'INTEND'
RHS
 rhs obj -8
 rhs relu_1_0_0_pre_when_active 8
 rhs relu_1_0_1_pre_when_active 8
 rhs relu_1_0_2_pre_when_active 8
 rhs relu_1_1_0_pre_when_active 7.5
 rhs relu_1_1_1_pre_when_active 7.5
 rhs relu_1_1_2_pre_when_active 7.5
 rhs relu_1_2_0_pre_when_active 7
 rhs relu_1_2_1_pre_when_active 7
 rhs relu_1_2_2_pre_when_active 7
 rhs relu_1_3_0_pre_when_active 6.5
 rhs relu_1_3_1_pre_when_active 6.5
 rhs relu_1_3_2_pre_when_active 6.5
 rhs relu_1_4_0_pre_when_active 6
 rhs relu_1_4_1_pre_when_active 6
 rhs relu_1_4_2_pre_when_active 6
 rhs relu_1_5_0_pre_when_active 5.5
 rhs relu_1_5_1_pre_when_active 5.5
 rhs relu_1_5_2_pre_when_active 5.5
 rhs relu_1_6_0_pre_when_active 5
 rhs relu_1_6_1_pre_when_active 5
 rhs relu_1_6_2_pre_when_active 5
 rhs relu_1_7_0_pre_when_active 4.5
 rhs relu_1_7_1_pre_when_active 4.5
 rhs relu_1_7_2_pre_when_active 4.5
 rhs relu_1_8_0_pre_when_active 4
 rhs relu_1_8_1_pre_when_active 4
 rhs relu_1_8_2_pre_when_active 4
 rhs relu_1_9_0_pre_when_active 4.5
 rhs relu_1_9_1_pre_when_active 4.5
 rhs relu_1_9_2_pre_when_active 4.5
 rhs relu_1_10_0_pre_when_active 5
 rhs relu_1_10_1_pre_when_active 5
 rhs relu_1_10_2_pre_when_active 5
 rhs relu_1_11_0_pre_when_active 5.5
 rhs relu_1_11_1_pre_when_active 5.5
 rhs relu_1_11_2_pre_when_active 5.5
 rhs relu_1_12_0_pre_when_active 6
 rhs relu_1_12_1_pre_when_active 6
 rhs relu_1_12_2_pre_when_active 6
 rhs relu_1_13_0_pre_when_active 6.5
 rhs relu_1_13_1_pre_when_active 6.5
 rhs relu_1_13_2_pre_when_active 6.5
 rhs relu_1_14_0_pre_when_active 7
 rhs relu_1_14_1_pre_when_active 7
 rhs relu_1_14_2_pre_when_active 7
 rhs relu_1_15_0_pre_when_active 7.5
 rhs relu_1_15_1_pre_when_active 7.5
 rhs relu_1_15_2_pre_when_active 7.5
 rhs relu_1_16_0_pre_when_active 8
 rhs relu_1_16_1_pre_when_active 8
 rhs relu_1_16_2_pre_when_active 8
BOUNDS
 LO bnd w_1_0_0 -4
 UP bnd w_1_0_0 4
 LO bnd w_1_1_0 -4
 UP bnd w_1_1_0 4
 LO bnd w_1_2_0 -4
 UP bnd w_1_2_0 4
 LO bnd w_2_0_0 -4
 UP bnd w_2_0_0 4
 LO bnd w_2_0_1 -4
 UP bnd w_2_0_1 4
 LO bnd w_2_0_2 -4
 UP bnd w_2_0_2 4
 LO bnd b_1_0 -4
 UP bnd b_1_0 4
 LO bnd b_1_1 -4
 UP bnd b_1_1 4
 LO bnd b_1_2 -4
 UP bnd b_1_2 4
 LO bnd b_2_0 -4
 UP bnd b_2_0 4
 LO bnd pre_1_0_0 -8
 UP bnd pre_1_0_0 8
 LO bnd pre_1_0_1 -8
 UP bnd pre_1_0_1 8
 LO bnd pre_1_0_2 -8
 UP bnd pre_1_0_2 8
 LO bnd pre_1_1_0 -7.5
 UP bnd pre_1_1_0 7.5
 LO bnd pre_1_1_1 -7.5
 UP bnd pre_1_1_1 7.5
 LO bnd pre_1_1_2 -7.5
 UP bnd pre_1_1_2 7.5
 LO bnd pre_1_2_0 -7
 UP bnd pre_1_2_0 7
 LO bnd pre_1_2_1 -7
 UP bnd pre_1_2_1 7
 LO bnd pre_1_2_2 -7
 UP bnd pre_1_2_2 7
 LO bnd pre_1_3_0 -6.5
 UP bnd pre_1_3_0 6.5
 LO bnd pre_1_3_1 -6.5
 UP bnd pre_1_3_1 6.5
 LO bnd pre_1_3_2 -6.5
 UP bnd pre_1_3_2 6.5
 LO bnd pre_1_4_0 -6
 UP bnd pre_1_4_0 6
 LO bnd pre_1_4_1 -6
 UP bnd pre_1_4_1 6
 LO bnd pre_1_4_2 -6
 UP bnd pre_1_4_2 6
 LO bnd pre_1_5_0 -5.5
 UP bnd pre_1_5_0 5.5
 LO bnd pre_1_5_1 -5.5
 UP bnd pre_1_5_1 5.5
 LO bnd pre_1_5_2 -5.5
 UP bnd pre_1_5_2 5.5
 LO bnd pre_1_6_0 -5
 UP bnd pre_1_6_0 5
 LO bnd pre_1_6_1 -5
 UP bnd pre_1_6_1 5
 LO bnd pre_1_6_2 -5
 UP bnd pre_1_6_2 5
 LO bnd pre_1_7_0 -4.5
 UP bnd pre_1_7_0 4.5
 LO bnd pre_1_7_1 -4.5
 UP bnd pre_1_7_1 4.5
 LO bnd pre_1_7_2 -4.5
 UP bnd pre_1_7_2 4.5
 LO bnd pre_1_8_0 -4
 UP bnd pre_1_8_0 4
 LO bnd pre_1_8_1 -4
 UP bnd pre_1_8_1 4
 LO bnd pre_1_8_2 -4
 UP bnd pre_1_8_2 4
 LO bnd pre_1_9_0 -4.5
 UP bnd pre_1_9_0 4.5
 LO bnd pre_1_9_1 -4.5
 UP bnd pre_1_9_1 4.5
 LO bnd pre_1_9_2 -4.5
 UP bnd pre_1_9_2 4.5
 LO bnd pre_1_10_0 -5
 UP bnd pre_1_10_0 5
 LO bnd pre_1_10_1 -5
 UP bnd pre_1_10_1 5
 LO bnd pre_1_10_2 -5
 UP bnd pre_1_10_2 5
 LO bnd pre_1_11_0 -5.5
 UP bnd pre_1_11_0 5.5
 LO bnd pre_1_11_1 -5.5
 UP bnd pre_1_11_1 5.5
 LO bnd pre_1_11_2 -5.5
 UP bnd pre_1_11_2 5.5
 LO bnd pre_1_12_0 -6
 UP bnd pre_1_12_0 6
 LO bnd pre_1_12_1 -6
 UP bnd pre_1_12_1 6
 LO bnd pre_1_12_2 -6
 UP bnd pre_1_12_2 6
 LO bnd pre_1_13_0 -6.5
 UP bnd pre_1_13_0 6.5
 LO bnd pre_1_13_1 -6.5
 UP bnd pre_1_13_1 6.5
 LO bnd pre_1_13_2 -6.5
 UP bnd pre_1_13_2 6.5
 LO bnd pre_1_14_0 -7
 UP bnd pre_1_14_0 7
 LO bnd pre_1_14_1 -7
 UP bnd pre_1_14_1 7
 LO bnd pre_1_14_2 -7
 UP bnd pre_1_14_2 7
 LO bnd pre_1_15_0 -7.5
 UP bnd pre_1_15_0 7.5
 LO bnd pre_1_15_1 -7.5
 UP bnd pre_1_15_1 7.5
 LO bnd pre_1_15_2 -7.5
 UP bnd pre_1_15_2 7.5
 LO bnd pre_1_16_0 -8
 UP bnd pre_1_16_0 8
 LO bnd pre_1_16_1 -8
 UP bnd pre_1_16_1 8
 LO bnd pre_1_16_2 -8
 UP bnd pre_1_16_2 8
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 8
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 8
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 8
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 7.5
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 7.5
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 7.5
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 7
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 7
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 7
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6.5
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 6.5
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 6.5
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 6
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 6
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 6
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 5.5
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 5.5
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 5.5
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 5
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 5
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 5
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 4.5
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 4.5
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 4.5
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 4
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 4
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 4
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 4.5
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 4.5
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 4.5
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 5
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 5
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 5
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 5.5
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 5.5
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 5.5
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 6
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 6
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 6
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 6.5
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 6.5
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 6.5
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 7
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 7
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 7
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 7.5
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 7.5
 LO bnd post_1_15_2 0
 UP bnd post_1_15_2 7.5
 LO bnd post_1_16_0 0
 UP bnd post_1_16_0 8
 LO bnd post_1_16_1 0
 UP bnd post_1_16_1 8
 LO bnd post_1_16_2 0
 UP bnd post_1_16_2 8
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
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
 w_2_0_2 post_1_0_2 -0.5
 post_1_0_2 w_2_0_2 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
 w_2_0_2 post_1_1_2 -0.5
 post_1_1_2 w_2_0_2 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
 w_2_0_2 post_1_2_2 -0.5
 post_1_2_2 w_2_0_2 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
 w_2_0_2 post_1_3_2 -0.5
 post_1_3_2 w_2_0_2 -0.5
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
 w_2_0_2 post_1_4_2 -0.5
 post_1_4_2 w_2_0_2 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
 w_2_0_2 post_1_5_2 -0.5
 post_1_5_2 w_2_0_2 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
 w_2_0_2 post_1_6_2 -0.5
 post_1_6_2 w_2_0_2 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
 w_2_0_2 post_1_7_2 -0.5
 post_1_7_2 w_2_0_2 -0.5
QCMATRIX out_definition_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
 w_2_0_2 post_1_8_2 -0.5
 post_1_8_2 w_2_0_2 -0.5
QCMATRIX out_definition_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
 w_2_0_2 post_1_9_2 -0.5
 post_1_9_2 w_2_0_2 -0.5
QCMATRIX out_definition_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
 w_2_0_2 post_1_10_2 -0.5
 post_1_10_2 w_2_0_2 -0.5
QCMATRIX out_definition_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
 w_2_0_2 post_1_11_2 -0.5
 post_1_11_2 w_2_0_2 -0.5
QCMATRIX out_definition_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
 w_2_0_2 post_1_12_2 -0.5
 post_1_12_2 w_2_0_2 -0.5
QCMATRIX out_definition_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
 w_2_0_2 post_1_13_2 -0.5
 post_1_13_2 w_2_0_2 -0.5
QCMATRIX out_definition_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
 w_2_0_2 post_1_14_2 -0.5
 post_1_14_2 w_2_0_2 -0.5
QCMATRIX out_definition_15_0
 w_2_0_0 post_1_15_0 -0.5
 post_1_15_0 w_2_0_0 -0.5
 w_2_0_1 post_1_15_1 -0.5
 post_1_15_1 w_2_0_1 -0.5
 w_2_0_2 post_1_15_2 -0.5
 post_1_15_2 w_2_0_2 -0.5
QCMATRIX out_definition_16_0
 w_2_0_0 post_1_16_0 -0.5
 post_1_16_0 w_2_0_0 -0.5
 w_2_0_1 post_1_16_1 -0.5
 post_1_16_1 w_2_0_1 -0.5
 w_2_0_2 post_1_16_2 -0.5
 post_1_16_2 w_2_0_2 -0.5
ENDATA
