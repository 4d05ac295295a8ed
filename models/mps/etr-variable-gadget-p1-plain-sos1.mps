* etr-variable-gadget-p1-plain-sos1  (relu-opt library: etr-variable-gadget, problem 1, plain-sos1; {"hidden": [4], "bound": 8.0, "loss": "squared"})
NAME etr-variable-gadget-p1-plain-sos1
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
 E relu_1_0_0_slack_definition
 E relu_1_0_1_slack_definition
 E relu_1_0_2_slack_definition
 E relu_1_0_3_slack_definition
 E relu_1_1_0_slack_definition
 E relu_1_1_1_slack_definition
 E relu_1_1_2_slack_definition
 E relu_1_1_3_slack_definition
 E relu_1_2_0_slack_definition
 E relu_1_2_1_slack_definition
 E relu_1_2_2_slack_definition
 E relu_1_2_3_slack_definition
 E relu_1_3_0_slack_definition
 E relu_1_3_1_slack_definition
 E relu_1_3_2_slack_definition
 E relu_1_3_3_slack_definition
 E relu_1_4_0_slack_definition
 E relu_1_4_1_slack_definition
 E relu_1_4_2_slack_definition
 E relu_1_4_3_slack_definition
 E relu_1_5_0_slack_definition
 E relu_1_5_1_slack_definition
 E relu_1_5_2_slack_definition
 E relu_1_5_3_slack_definition
 E relu_1_6_0_slack_definition
 E relu_1_6_1_slack_definition
 E relu_1_6_2_slack_definition
 E relu_1_6_3_slack_definition
 E relu_1_7_0_slack_definition
 E relu_1_7_1_slack_definition
 E relu_1_7_2_slack_definition
 E relu_1_7_3_slack_definition
 E relu_1_8_0_slack_definition
 E relu_1_8_1_slack_definition
 E relu_1_8_2_slack_definition
 E relu_1_8_3_slack_definition
 E relu_1_9_0_slack_definition
 E relu_1_9_1_slack_definition
 E relu_1_9_2_slack_definition
 E relu_1_9_3_slack_definition
 E relu_1_10_0_slack_definition
 E relu_1_10_1_slack_definition
 E relu_1_10_2_slack_definition
 E relu_1_10_3_slack_definition
 E relu_1_11_0_slack_definition
 E relu_1_11_1_slack_definition
 E relu_1_11_2_slack_definition
 E relu_1_11_3_slack_definition
 E relu_1_12_0_slack_definition
 E relu_1_12_1_slack_definition
 E relu_1_12_2_slack_definition
 E relu_1_12_3_slack_definition
 E relu_1_13_0_slack_definition
 E relu_1_13_1_slack_definition
 E relu_1_13_2_slack_definition
 E relu_1_13_3_slack_definition
 E relu_1_14_0_slack_definition
 E relu_1_14_1_slack_definition
 E relu_1_14_2_slack_definition
 E relu_1_14_3_slack_definition
COLUMNS
 w_1_0_0 pre_definition_1_0_0 1
 w_1_0_0 pre_definition_1_1_0 0.75
 w_1_0_0 pre_definition_1_2_0 0.5
 w_1_0_0 pre_definition_1_3_0 -0.125
 w_1_0_0 pre_definition_1_4_0 -0.25
 w_1_0_0 pre_definition_1_5_0 -0.375
 w_1_0_0 pre_definition_1_6_0 -0.5
 w_1_0_0 pre_definition_1_7_0 -2
 w_1_0_0 pre_definition_1_8_0 -3.5
 w_1_0_0 pre_definition_1_9_0 -3.625
 w_1_0_0 pre_definition_1_10_0 -3.75
 w_1_0_0 pre_definition_1_11_0 -3.875
 w_1_0_0 pre_definition_1_12_0 -4.5
 w_1_0_0 pre_definition_1_13_0 -4.75
 w_1_0_0 pre_definition_1_14_0 -5
 w_1_1_0 pre_definition_1_0_1 1
 w_1_1_0 pre_definition_1_1_1 0.75
 w_1_1_0 pre_definition_1_2_1 0.5
 w_1_1_0 pre_definition_1_3_1 -0.125
 w_1_1_0 pre_definition_1_4_1 -0.25
 w_1_1_0 pre_definition_1_5_1 -0.375
 w_1_1_0 pre_definition_1_6_1 -0.5
 w_1_1_0 pre_definition_1_7_1 -2
 w_1_1_0 pre_definition_1_8_1 -3.5
 w_1_1_0 pre_definition_1_9_1 -3.625
 w_1_1_0 pre_definition_1_10_1 -3.75
 w_1_1_0 pre_definition_1_11_1 -3.875
 w_1_1_0 pre_definition_1_12_1 -4.5
 w_1_1_0 pre_definition_1_13_1 -4.75
 w_1_1_0 pre_definition_1_14_1 -5
 w_1_2_0 pre_definition_1_0_2 1
 w_1_2_0 pre_definition_1_1_2 0.75
 w_1_2_0 pre_definition_1_2_2 0.5
 w_1_2_0 pre_definition_1_3_2 -0.125
 w_1_2_0 pre_definition_1_4_2 -0.25
 w_1_2_0 pre_definition_1_5_2 -0.375
 w_1_2_0 pre_definition_1_6_2 -0.5
 w_1_2_0 pre_definition_1_7_2 -2
 w_1_2_0 pre_definition_1_8_2 -3.5
 w_1_2_0 pre_definition_1_9_2 -3.625
 w_1_2_0 pre_definition_1_10_2 -3.75
 w_1_2_0 pre_definition_1_11_2 -3.875
 w_1_2_0 pre_definition_1_12_2 -4.5
 w_1_2_0 pre_definition_1_13_2 -4.75
 w_1_2_0 pre_definition_1_14_2 -5
 w_1_3_0 pre_definition_1_0_3 1
 w_1_3_0 pre_definition_1_1_3 0.75
 w_1_3_0 pre_definition_1_2_3 0.5
 w_1_3_0 pre_definition_1_3_3 -0.125
 w_1_3_0 pre_definition_1_4_3 -0.25
 w_1_3_0 pre_definition_1_5_3 -0.375
 w_1_3_0 pre_definition_1_6_3 -0.5
 w_1_3_0 pre_definition_1_7_3 -2
 w_1_3_0 pre_definition_1_8_3 -3.5
 w_1_3_0 pre_definition_1_9_3 -3.625
 w_1_3_0 pre_definition_1_10_3 -3.75
 w_1_3_0 pre_definition_1_11_3 -3.875
 w_1_3_0 pre_definition_1_12_3 -4.5
 w_1_3_0 pre_definition_1_13_3 -4.75
 w_1_3_0 pre_definition_1_14_3 -5
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_0_2 obj 0
 w_2_0_3 obj 0
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
 b_1_3 pre_definition_1_0_3 -1
 b_1_3 pre_definition_1_1_3 -1
 b_1_3 pre_definition_1_2_3 -1
 b_1_3 pre_definition_1_3_3 -1
 b_1_3 pre_definition_1_4_3 -1
 b_1_3 pre_definition_1_5_3 -1
 b_1_3 pre_definition_1_6_3 -1
 b_1_3 pre_definition_1_7_3 -1
 b_1_3 pre_definition_1_8_3 -1
 b_1_3 pre_definition_1_9_3 -1
 b_1_3 pre_definition_1_10_3 -1
 b_1_3 pre_definition_1_11_3 -1
 b_1_3 pre_definition_1_12_3 -1
 b_1_3 pre_definition_1_13_3 -1
 b_1_3 pre_definition_1_14_3 -1
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
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_slack_definition 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_slack_definition 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_slack_definition 1
 pre_1_0_3 pre_definition_1_0_3 1
 pre_1_0_3 relu_1_0_3_slack_definition 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_slack_definition 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_slack_definition 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_slack_definition 1
 pre_1_1_3 pre_definition_1_1_3 1
 pre_1_1_3 relu_1_1_3_slack_definition 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_slack_definition 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_slack_definition 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_slack_definition 1
 pre_1_2_3 pre_definition_1_2_3 1
 pre_1_2_3 relu_1_2_3_slack_definition 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_slack_definition 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_slack_definition 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_slack_definition 1
 pre_1_3_3 pre_definition_1_3_3 1
 pre_1_3_3 relu_1_3_3_slack_definition 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_slack_definition 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_slack_definition 1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_slack_definition 1
 pre_1_4_3 pre_definition_1_4_3 1
 pre_1_4_3 relu_1_4_3_slack_definition 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_slack_definition 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_slack_definition 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_slack_definition 1
 pre_1_5_3 pre_definition_1_5_3 1
 pre_1_5_3 relu_1_5_3_slack_definition 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_slack_definition 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_slack_definition 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_slack_definition 1
 pre_1_6_3 pre_definition_1_6_3 1
 pre_1_6_3 relu_1_6_3_slack_definition 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_slack_definition 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_slack_definition 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_slack_definition 1
 pre_1_7_3 pre_definition_1_7_3 1
 pre_1_7_3 relu_1_7_3_slack_definition 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_slack_definition 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_slack_definition 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_slack_definition 1
 pre_1_8_3 pre_definition_1_8_3 1
 pre_1_8_3 relu_1_8_3_slack_definition 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_slack_definition 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_slack_definition 1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_slack_definition 1
 pre_1_9_3 pre_definition_1_9_3 1
 pre_1_9_3 relu_1_9_3_slack_definition 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_slack_definition 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_slack_definition 1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_slack_definition 1
 pre_1_10_3 pre_definition_1_10_3 1
 pre_1_10_3 relu_1_10_3_slack_definition 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_slack_definition 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_slack_definition 1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_slack_definition 1
 pre_1_11_3 pre_definition_1_11_3 1
 pre_1_11_3 relu_1_11_3_slack_definition 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_slack_definition 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_slack_definition 1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_slack_definition 1
 pre_1_12_3 pre_definition_1_12_3 1
 pre_1_12_3 relu_1_12_3_slack_definition 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_slack_definition 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_slack_definition 1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_slack_definition 1
 pre_1_13_3 pre_definition_1_13_3 1
 pre_1_13_3 relu_1_13_3_slack_definition 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_slack_definition 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_slack_definition 1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_slack_definition 1
 pre_1_14_3 pre_definition_1_14_3 1
 pre_1_14_3 relu_1_14_3_slack_definition 1
 post_1_0_0 relu_1_0_0_slack_definition -1
 post_1_0_1 relu_1_0_1_slack_definition -1
 post_1_0_2 relu_1_0_2_slack_definition -1
 post_1_0_3 relu_1_0_3_slack_definition -1
 post_1_1_0 relu_1_1_0_slack_definition -1
 post_1_1_1 relu_1_1_1_slack_definition -1
 post_1_1_2 relu_1_1_2_slack_definition -1
 post_1_1_3 relu_1_1_3_slack_definition -1
 post_1_2_0 relu_1_2_0_slack_definition -1
 post_1_2_1 relu_1_2_1_slack_definition -1
 post_1_2_2 relu_1_2_2_slack_definition -1
 post_1_2_3 relu_1_2_3_slack_definition -1
 post_1_3_0 relu_1_3_0_slack_definition -1
 post_1_3_1 relu_1_3_1_slack_definition -1
 post_1_3_2 relu_1_3_2_slack_definition -1
 post_1_3_3 relu_1_3_3_slack_definition -1
 post_1_4_0 relu_1_4_0_slack_definition -1
 post_1_4_1 relu_1_4_1_slack_definition -1
 post_1_4_2 relu_1_4_2_slack_definition -1
 post_1_4_3 relu_1_4_3_slack_definition -1
 post_1_5_0 relu_1_5_0_slack_definition -1
 post_1_5_1 relu_1_5_1_slack_definition -1
 post_1_5_2 relu_1_5_2_slack_definition -1
 post_1_5_3 relu_1_5_3_slack_definition -1
 post_1_6_0 relu_1_6_0_slack_definition -1
 post_1_6_1 relu_1_6_1_slack_definition -1
 post_1_6_2 relu_1_6_2_slack_definition -1
 post_1_6_3 relu_1_6_3_slack_definition -1
 post_1_7_0 relu_1_7_0_slack_definition -1
 post_1_7_1 relu_1_7_1_slack_definition -1
 post_1_7_2 relu_1_7_2_slack_definition -1
 post_1_7_3 relu_1_7_3_slack_definition -1
 post_1_8_0 relu_1_8_0_slack_definition -1
 post_1_8_1 relu_1_8_1_slack_definition -1
 post_1_8_2 relu_1_8_2_slack_definition -1
 post_1_8_3 relu_1_8_3_slack_definition -1
 post_1_9_0 relu_1_9_0_slack_definition -1
 post_1_9_1 relu_1_9_1_slack_definition -1
 post_1_9_2 relu_1_9_2_slack_definition -1
 post_1_9_3 relu_1_9_3_slack_definition -1
 post_1_10_0 relu_1_10_0_slack_definition -1
 post_1_10_1 relu_1_10_1_slack_definition -1
 post_1_10_2 relu_1_10_2_slack_definition -1
 post_1_10_3 relu_1_10_3_slack_definition -1
 post_1_11_0 relu_1_11_0_slack_definition -1
 post_1_11_1 relu_1_11_1_slack_definition -1
 post_1_11_2 relu_1_11_2_slack_definition -1
 post_1_11_3 relu_1_11_3_slack_definition -1
 post_1_12_0 relu_1_12_0_slack_definition -1
 post_1_12_1 relu_1_12_1_slack_definition -1
 post_1_12_2 relu_1_12_2_slack_definition -1
 post_1_12_3 relu_1_12_3_slack_definition -1
 post_1_13_0 relu_1_13_0_slack_definition -1
 post_1_13_1 relu_1_13_1_slack_definition -1
 post_1_13_2 relu_1_13_2_slack_definition -1
 post_1_13_3 relu_1_13_3_slack_definition -1
 post_1_14_0 relu_1_14_0_slack_definition -1
 post_1_14_1 relu_1_14_1_slack_definition -1
 post_1_14_2 relu_1_14_2_slack_definition -1
 post_1_14_3 relu_1_14_3_slack_definition -1
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
 relu_1_0_0_slack relu_1_0_0_slack_definition 1
 relu_1_0_1_slack relu_1_0_1_slack_definition 1
 relu_1_0_2_slack relu_1_0_2_slack_definition 1
 relu_1_0_3_slack relu_1_0_3_slack_definition 1
 relu_1_1_0_slack relu_1_1_0_slack_definition 1
 relu_1_1_1_slack relu_1_1_1_slack_definition 1
 relu_1_1_2_slack relu_1_1_2_slack_definition 1
 relu_1_1_3_slack relu_1_1_3_slack_definition 1
 relu_1_2_0_slack relu_1_2_0_slack_definition 1
 relu_1_2_1_slack relu_1_2_1_slack_definition 1
 relu_1_2_2_slack relu_1_2_2_slack_definition 1
 relu_1_2_3_slack relu_1_2_3_slack_definition 1
 relu_1_3_0_slack relu_1_3_0_slack_definition 1
 relu_1_3_1_slack relu_1_3_1_slack_definition 1
 relu_1_3_2_slack relu_1_3_2_slack_definition 1
 relu_1_3_3_slack relu_1_3_3_slack_definition 1
 relu_1_4_0_slack relu_1_4_0_slack_definition 1
 relu_1_4_1_slack relu_1_4_1_slack_definition 1
 relu_1_4_2_slack relu_1_4_2_slack_definition 1
 relu_1_4_3_slack relu_1_4_3_slack_definition 1
 relu_1_5_0_slack relu_1_5_0_slack_definition 1
 relu_1_5_1_slack relu_1_5_1_slack_definition 1
 relu_1_5_2_slack relu_1_5_2_slack_definition 1
 relu_1_5_3_slack relu_1_5_3_slack_definition 1
 relu_1_6_0_slack relu_1_6_0_slack_definition 1
 relu_1_6_1_slack relu_1_6_1_slack_definition 1
 relu_1_6_2_slack relu_1_6_2_slack_definition 1
 relu_1_6_3_slack relu_1_6_3_slack_definition 1
 relu_1_7_0_slack relu_1_7_0_slack_definition 1
 relu_1_7_1_slack relu_1_7_1_slack_definition 1
 relu_1_7_2_slack relu_1_7_2_slack_definition 1
 relu_1_7_3_slack relu_1_7_3_slack_definition 1
 relu_1_8_0_slack relu_1_8_0_slack_definition 1
 relu_1_8_1_slack relu_1_8_1_slack_definition 1
 relu_1_8_2_slack relu_1_8_2_slack_definition 1
 relu_1_8_3_slack relu_1_8_3_slack_definition 1
 relu_1_9_0_slack relu_1_9_0_slack_definition 1
 relu_1_9_1_slack relu_1_9_1_slack_definition 1
 relu_1_9_2_slack relu_1_9_2_slack_definition 1
 relu_1_9_3_slack relu_1_9_3_slack_definition 1
 relu_1_10_0_slack relu_1_10_0_slack_definition 1
 relu_1_10_1_slack relu_1_10_1_slack_definition 1
 relu_1_10_2_slack relu_1_10_2_slack_definition 1
 relu_1_10_3_slack relu_1_10_3_slack_definition 1
 relu_1_11_0_slack relu_1_11_0_slack_definition 1
 relu_1_11_1_slack relu_1_11_1_slack_definition 1
 relu_1_11_2_slack relu_1_11_2_slack_definition 1
 relu_1_11_3_slack relu_1_11_3_slack_definition 1
 relu_1_12_0_slack relu_1_12_0_slack_definition 1
 relu_1_12_1_slack relu_1_12_1_slack_definition 1
 relu_1_12_2_slack relu_1_12_2_slack_definition 1
 relu_1_12_3_slack relu_1_12_3_slack_definition 1
 relu_1_13_0_slack relu_1_13_0_slack_definition 1
 relu_1_13_1_slack relu_1_13_1_slack_definition 1
 relu_1_13_2_slack relu_1_13_2_slack_definition 1
 relu_1_13_3_slack relu_1_13_3_slack_definition 1
 relu_1_14_0_slack relu_1_14_0_slack_definition 1
 relu_1_14_1_slack relu_1_14_1_slack_definition 1
 relu_1_14_2_slack relu_1_14_2_slack_definition 1
 relu_1_14_3_slack relu_1_14_3_slack_definition 1
RHS
 rhs obj -1.9375
BOUNDS
 LO bnd w_1_0_0 -8
 UP bnd w_1_0_0 8
 LO bnd w_1_1_0 -8
 UP bnd w_1_1_0 8
 LO bnd w_1_2_0 -8
 UP bnd w_1_2_0 8
 LO bnd w_1_3_0 -8
 UP bnd w_1_3_0 8
 LO bnd w_2_0_0 -8
 UP bnd w_2_0_0 8
 LO bnd w_2_0_1 -8
 UP bnd w_2_0_1 8
 LO bnd w_2_0_2 -8
 UP bnd w_2_0_2 8
 LO bnd w_2_0_3 -8
 UP bnd w_2_0_3 8
 LO bnd b_1_0 -8
 UP bnd b_1_0 8
 LO bnd b_1_1 -8
 UP bnd b_1_1 8
 LO bnd b_1_2 -8
 UP bnd b_1_2 8
 LO bnd b_1_3 -8
 UP bnd b_1_3 8
 LO bnd b_2_0 -8
 UP bnd b_2_0 8
 LO bnd pre_1_0_0 -16
 UP bnd pre_1_0_0 16
 LO bnd pre_1_0_1 -16
 UP bnd pre_1_0_1 16
 LO bnd pre_1_0_2 -16
 UP bnd pre_1_0_2 16
 LO bnd pre_1_0_3 -16
 UP bnd pre_1_0_3 16
 LO bnd pre_1_1_0 -14
 UP bnd pre_1_1_0 14
 LO bnd pre_1_1_1 -14
 UP bnd pre_1_1_1 14
 LO bnd pre_1_1_2 -14
 UP bnd pre_1_1_2 14
 LO bnd pre_1_1_3 -14
 UP bnd pre_1_1_3 14
 LO bnd pre_1_2_0 -12
 UP bnd pre_1_2_0 12
 LO bnd pre_1_2_1 -12
 UP bnd pre_1_2_1 12
 LO bnd pre_1_2_2 -12
 UP bnd pre_1_2_2 12
 LO bnd pre_1_2_3 -12
 UP bnd pre_1_2_3 12
 LO bnd pre_1_3_0 -9
 UP bnd pre_1_3_0 9
 LO bnd pre_1_3_1 -9
 UP bnd pre_1_3_1 9
 LO bnd pre_1_3_2 -9
 UP bnd pre_1_3_2 9
 LO bnd pre_1_3_3 -9
 UP bnd pre_1_3_3 9
 LO bnd pre_1_4_0 -10
 UP bnd pre_1_4_0 10
 LO bnd pre_1_4_1 -10
 UP bnd pre_1_4_1 10
 LO bnd pre_1_4_2 -10
 UP bnd pre_1_4_2 10
 LO bnd pre_1_4_3 -10
 UP bnd pre_1_4_3 10
 LO bnd pre_1_5_0 -11
 UP bnd pre_1_5_0 11
 LO bnd pre_1_5_1 -11
 UP bnd pre_1_5_1 11
 LO bnd pre_1_5_2 -11
 UP bnd pre_1_5_2 11
 LO bnd pre_1_5_3 -11
 UP bnd pre_1_5_3 11
 LO bnd pre_1_6_0 -12
 UP bnd pre_1_6_0 12
 LO bnd pre_1_6_1 -12
 UP bnd pre_1_6_1 12
 LO bnd pre_1_6_2 -12
 UP bnd pre_1_6_2 12
 LO bnd pre_1_6_3 -12
 UP bnd pre_1_6_3 12
 LO bnd pre_1_7_0 -24
 UP bnd pre_1_7_0 24
 LO bnd pre_1_7_1 -24
 UP bnd pre_1_7_1 24
 LO bnd pre_1_7_2 -24
 UP bnd pre_1_7_2 24
 LO bnd pre_1_7_3 -24
 UP bnd pre_1_7_3 24
 LO bnd pre_1_8_0 -36
 UP bnd pre_1_8_0 36
 LO bnd pre_1_8_1 -36
 UP bnd pre_1_8_1 36
 LO bnd pre_1_8_2 -36
 UP bnd pre_1_8_2 36
 LO bnd pre_1_8_3 -36
 UP bnd pre_1_8_3 36
 LO bnd pre_1_9_0 -37
 UP bnd pre_1_9_0 37
 LO bnd pre_1_9_1 -37
 UP bnd pre_1_9_1 37
 LO bnd pre_1_9_2 -37
 UP bnd pre_1_9_2 37
 LO bnd pre_1_9_3 -37
 UP bnd pre_1_9_3 37
 LO bnd pre_1_10_0 -38
 UP bnd pre_1_10_0 38
 LO bnd pre_1_10_1 -38
 UP bnd pre_1_10_1 38
 LO bnd pre_1_10_2 -38
 UP bnd pre_1_10_2 38
 LO bnd pre_1_10_3 -38
 UP bnd pre_1_10_3 38
 LO bnd pre_1_11_0 -39
 UP bnd pre_1_11_0 39
 LO bnd pre_1_11_1 -39
 UP bnd pre_1_11_1 39
 LO bnd pre_1_11_2 -39
 UP bnd pre_1_11_2 39
 LO bnd pre_1_11_3 -39
 UP bnd pre_1_11_3 39
 LO bnd pre_1_12_0 -44
 UP bnd pre_1_12_0 44
 LO bnd pre_1_12_1 -44
 UP bnd pre_1_12_1 44
 LO bnd pre_1_12_2 -44
 UP bnd pre_1_12_2 44
 LO bnd pre_1_12_3 -44
 UP bnd pre_1_12_3 44
 LO bnd pre_1_13_0 -46
 UP bnd pre_1_13_0 46
 LO bnd pre_1_13_1 -46
 UP bnd pre_1_13_1 46
 LO bnd pre_1_13_2 -46
 UP bnd pre_1_13_2 46
 LO bnd pre_1_13_3 -46
 UP bnd pre_1_13_3 46
 LO bnd pre_1_14_0 -48
 UP bnd pre_1_14_0 48
 LO bnd pre_1_14_1 -48
 UP bnd pre_1_14_1 48
 LO bnd pre_1_14_2 -48
 UP bnd pre_1_14_2 48
 LO bnd pre_1_14_3 -48
 UP bnd pre_1_14_3 48
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 16
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 16
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 16
 LO bnd post_1_0_3 0
 UP bnd post_1_0_3 16
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 14
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 14
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 14
 LO bnd post_1_1_3 0
 UP bnd post_1_1_3 14
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 12
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 12
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 12
 LO bnd post_1_2_3 0
 UP bnd post_1_2_3 12
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 9
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 9
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 9
 LO bnd post_1_3_3 0
 UP bnd post_1_3_3 9
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 10
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 10
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 10
 LO bnd post_1_4_3 0
 UP bnd post_1_4_3 10
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 11
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 11
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 11
 LO bnd post_1_5_3 0
 UP bnd post_1_5_3 11
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 12
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 12
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 12
 LO bnd post_1_6_3 0
 UP bnd post_1_6_3 12
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 24
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 24
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 24
 LO bnd post_1_7_3 0
 UP bnd post_1_7_3 24
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 36
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 36
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 36
 LO bnd post_1_8_3 0
 UP bnd post_1_8_3 36
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 37
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 37
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 37
 LO bnd post_1_9_3 0
 UP bnd post_1_9_3 37
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 38
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 38
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 38
 LO bnd post_1_10_3 0
 UP bnd post_1_10_3 38
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 39
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 39
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 39
 LO bnd post_1_11_3 0
 UP bnd post_1_11_3 39
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 44
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 44
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 44
 LO bnd post_1_12_3 0
 UP bnd post_1_12_3 44
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 46
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 46
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 46
 LO bnd post_1_13_3 0
 UP bnd post_1_13_3 46
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 48
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 48
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 48
 LO bnd post_1_14_3 0
 UP bnd post_1_14_3 48
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
 LO bnd relu_1_0_0_slack 0
 UP bnd relu_1_0_0_slack 16
 LO bnd relu_1_0_1_slack 0
 UP bnd relu_1_0_1_slack 16
 LO bnd relu_1_0_2_slack 0
 UP bnd relu_1_0_2_slack 16
 LO bnd relu_1_0_3_slack 0
 UP bnd relu_1_0_3_slack 16
 LO bnd relu_1_1_0_slack 0
 UP bnd relu_1_1_0_slack 14
 LO bnd relu_1_1_1_slack 0
 UP bnd relu_1_1_1_slack 14
 LO bnd relu_1_1_2_slack 0
 UP bnd relu_1_1_2_slack 14
 LO bnd relu_1_1_3_slack 0
 UP bnd relu_1_1_3_slack 14
 LO bnd relu_1_2_0_slack 0
 UP bnd relu_1_2_0_slack 12
 LO bnd relu_1_2_1_slack 0
 UP bnd relu_1_2_1_slack 12
 LO bnd relu_1_2_2_slack 0
 UP bnd relu_1_2_2_slack 12
 LO bnd relu_1_2_3_slack 0
 UP bnd relu_1_2_3_slack 12
 LO bnd relu_1_3_0_slack 0
 UP bnd relu_1_3_0_slack 9
 LO bnd relu_1_3_1_slack 0
 UP bnd relu_1_3_1_slack 9
 LO bnd relu_1_3_2_slack 0
 UP bnd relu_1_3_2_slack 9
 LO bnd relu_1_3_3_slack 0
 UP bnd relu_1_3_3_slack 9
 LO bnd relu_1_4_0_slack 0
 UP bnd relu_1_4_0_slack 10
 LO bnd relu_1_4_1_slack 0
 UP bnd relu_1_4_1_slack 10
 LO bnd relu_1_4_2_slack 0
 UP bnd relu_1_4_2_slack 10
 LO bnd relu_1_4_3_slack 0
 UP bnd relu_1_4_3_slack 10
 LO bnd relu_1_5_0_slack 0
 UP bnd relu_1_5_0_slack 11
 LO bnd relu_1_5_1_slack 0
 UP bnd relu_1_5_1_slack 11
 LO bnd relu_1_5_2_slack 0
 UP bnd relu_1_5_2_slack 11
 LO bnd relu_1_5_3_slack 0
 UP bnd relu_1_5_3_slack 11
 LO bnd relu_1_6_0_slack 0
 UP bnd relu_1_6_0_slack 12
 LO bnd relu_1_6_1_slack 0
 UP bnd relu_1_6_1_slack 12
 LO bnd relu_1_6_2_slack 0
 UP bnd relu_1_6_2_slack 12
 LO bnd relu_1_6_3_slack 0
 UP bnd relu_1_6_3_slack 12
 LO bnd relu_1_7_0_slack 0
 UP bnd relu_1_7_0_slack 24
 LO bnd relu_1_7_1_slack 0
 UP bnd relu_1_7_1_slack 24
 LO bnd relu_1_7_2_slack 0
 UP bnd relu_1_7_2_slack 24
 LO bnd relu_1_7_3_slack 0
 UP bnd relu_1_7_3_slack 24
 LO bnd relu_1_8_0_slack 0
 UP bnd relu_1_8_0_slack 36
 LO bnd relu_1_8_1_slack 0
 UP bnd relu_1_8_1_slack 36
 LO bnd relu_1_8_2_slack 0
 UP bnd relu_1_8_2_slack 36
 LO bnd relu_1_8_3_slack 0
 UP bnd relu_1_8_3_slack 36
 LO bnd relu_1_9_0_slack 0
 UP bnd relu_1_9_0_slack 37
 LO bnd relu_1_9_1_slack 0
 UP bnd relu_1_9_1_slack 37
 LO bnd relu_1_9_2_slack 0
 UP bnd relu_1_9_2_slack 37
 LO bnd relu_1_9_3_slack 0
 UP bnd relu_1_9_3_slack 37
 LO bnd relu_1_10_0_slack 0
 UP bnd relu_1_10_0_slack 38
 LO bnd relu_1_10_1_slack 0
 UP bnd relu_1_10_1_slack 38
 LO bnd relu_1_10_2_slack 0
 UP bnd relu_1_10_2_slack 38
 LO bnd relu_1_10_3_slack 0
 UP bnd relu_1_10_3_slack 38
 LO bnd relu_1_11_0_slack 0
 UP bnd relu_1_11_0_slack 39
 LO bnd relu_1_11_1_slack 0
 UP bnd relu_1_11_1_slack 39
 LO bnd relu_1_11_2_slack 0
 UP bnd relu_1_11_2_slack 39
 LO bnd relu_1_11_3_slack 0
 UP bnd relu_1_11_3_slack 39
 LO bnd relu_1_12_0_slack 0
 UP bnd relu_1_12_0_slack 44
 LO bnd relu_1_12_1_slack 0
 UP bnd relu_1_12_1_slack 44
 LO bnd relu_1_12_2_slack 0
 UP bnd relu_1_12_2_slack 44
 LO bnd relu_1_12_3_slack 0
 UP bnd relu_1_12_3_slack 44
 LO bnd relu_1_13_0_slack 0
 UP bnd relu_1_13_0_slack 46
 LO bnd relu_1_13_1_slack 0
 UP bnd relu_1_13_1_slack 46
 LO bnd relu_1_13_2_slack 0
 UP bnd relu_1_13_2_slack 46
 LO bnd relu_1_13_3_slack 0
 UP bnd relu_1_13_3_slack 46
 LO bnd relu_1_14_0_slack 0
 UP bnd relu_1_14_0_slack 48
 LO bnd relu_1_14_1_slack 0
 UP bnd relu_1_14_1_slack 48
 LO bnd relu_1_14_2_slack 0
 UP bnd relu_1_14_2_slack 48
 LO bnd relu_1_14_3_slack 0
 UP bnd relu_1_14_3_slack 48
SOS
 S1 SOS s1 1
    post_1_0_0 1
    relu_1_0_0_slack 2
 S1 SOS s2 1
    post_1_0_1 1
    relu_1_0_1_slack 2
 S1 SOS s3 1
    post_1_0_2 1
    relu_1_0_2_slack 2
 S1 SOS s4 1
    post_1_0_3 1
    relu_1_0_3_slack 2
 S1 SOS s5 1
    post_1_1_0 1
    relu_1_1_0_slack 2
 S1 SOS s6 1
    post_1_1_1 1
    relu_1_1_1_slack 2
 S1 SOS s7 1
    post_1_1_2 1
    relu_1_1_2_slack 2
 S1 SOS s8 1
    post_1_1_3 1
    relu_1_1_3_slack 2
 S1 SOS s9 1
    post_1_2_0 1
    relu_1_2_0_slack 2
 S1 SOS s10 1
    post_1_2_1 1
    relu_1_2_1_slack 2
 S1 SOS s11 1
    post_1_2_2 1
    relu_1_2_2_slack 2
 S1 SOS s12 1
    post_1_2_3 1
    relu_1_2_3_slack 2
 S1 SOS s13 1
    post_1_3_0 1
    relu_1_3_0_slack 2
 S1 SOS s14 1
    post_1_3_1 1
    relu_1_3_1_slack 2
 S1 SOS s15 1
    post_1_3_2 1
    relu_1_3_2_slack 2
 S1 SOS s16 1
    post_1_3_3 1
    relu_1_3_3_slack 2
 S1 SOS s17 1
    post_1_4_0 1
    relu_1_4_0_slack 2
 S1 SOS s18 1
    post_1_4_1 1
    relu_1_4_1_slack 2
 S1 SOS s19 1
    post_1_4_2 1
    relu_1_4_2_slack 2
 S1 SOS s20 1
    post_1_4_3 1
    relu_1_4_3_slack 2
 S1 SOS s21 1
    post_1_5_0 1
    relu_1_5_0_slack 2
 S1 SOS s22 1
    post_1_5_1 1
    relu_1_5_1_slack 2
 S1 SOS s23 1
    post_1_5_2 1
    relu_1_5_2_slack 2
 S1 SOS s24 1
    post_1_5_3 1
    relu_1_5_3_slack 2
 S1 SOS s25 1
    post_1_6_0 1
    relu_1_6_0_slack 2
 S1 SOS s26 1
    post_1_6_1 1
    relu_1_6_1_slack 2
 S1 SOS s27 1
    post_1_6_2 1
    relu_1_6_2_slack 2
 S1 SOS s28 1
    post_1_6_3 1
    relu_1_6_3_slack 2
 S1 SOS s29 1
    post_1_7_0 1
    relu_1_7_0_slack 2
 S1 SOS s30 1
    post_1_7_1 1
    relu_1_7_1_slack 2
 S1 SOS s31 1
    post_1_7_2 1
    relu_1_7_2_slack 2
 S1 SOS s32 1
    post_1_7_3 1
    relu_1_7_3_slack 2
 S1 SOS s33 1
    post_1_8_0 1
    relu_1_8_0_slack 2
 S1 SOS s34 1
    post_1_8_1 1
    relu_1_8_1_slack 2
 S1 SOS s35 1
    post_1_8_2 1
    relu_1_8_2_slack 2
 S1 SOS s36 1
    post_1_8_3 1
    relu_1_8_3_slack 2
 S1 SOS s37 1
    post_1_9_0 1
    relu_1_9_0_slack 2
 S1 SOS s38 1
    post_1_9_1 1
    relu_1_9_1_slack 2
 S1 SOS s39 1
    post_1_9_2 1
    relu_1_9_2_slack 2
 S1 SOS s40 1
    post_1_9_3 1
    relu_1_9_3_slack 2
 S1 SOS s41 1
    post_1_10_0 1
    relu_1_10_0_slack 2
 S1 SOS s42 1
    post_1_10_1 1
    relu_1_10_1_slack 2
 S1 SOS s43 1
    post_1_10_2 1
    relu_1_10_2_slack 2
 S1 SOS s44 1
    post_1_10_3 1
    relu_1_10_3_slack 2
 S1 SOS s45 1
    post_1_11_0 1
    relu_1_11_0_slack 2
 S1 SOS s46 1
    post_1_11_1 1
    relu_1_11_1_slack 2
 S1 SOS s47 1
    post_1_11_2 1
    relu_1_11_2_slack 2
 S1 SOS s48 1
    post_1_11_3 1
    relu_1_11_3_slack 2
 S1 SOS s49 1
    post_1_12_0 1
    relu_1_12_0_slack 2
 S1 SOS s50 1
    post_1_12_1 1
    relu_1_12_1_slack 2
 S1 SOS s51 1
    post_1_12_2 1
    relu_1_12_2_slack 2
 S1 SOS s52 1
    post_1_12_3 1
    relu_1_12_3_slack 2
 S1 SOS s53 1
    post_1_13_0 1
    relu_1_13_0_slack 2
 S1 SOS s54 1
    post_1_13_1 1
    relu_1_13_1_slack 2
 S1 SOS s55 1
    post_1_13_2 1
    relu_1_13_2_slack 2
 S1 SOS s56 1
    post_1_13_3 1
    relu_1_13_3_slack 2
 S1 SOS s57 1
    post_1_14_0 1
    relu_1_14_0_slack 2
 S1 SOS s58 1
    post_1_14_1 1
    relu_1_14_1_slack 2
 S1 SOS s59 1
    post_1_14_2 1
    relu_1_14_2_slack 2
 S1 SOS s60 1
    post_1_14_3 1
    relu_1_14_3_slack 2
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
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
 w_2_0_2 post_1_0_2 -0.5
 post_1_0_2 w_2_0_2 -0.5
 w_2_0_3 post_1_0_3 -0.5
 post_1_0_3 w_2_0_3 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
 w_2_0_2 post_1_1_2 -0.5
 post_1_1_2 w_2_0_2 -0.5
 w_2_0_3 post_1_1_3 -0.5
 post_1_1_3 w_2_0_3 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
 w_2_0_2 post_1_2_2 -0.5
 post_1_2_2 w_2_0_2 -0.5
 w_2_0_3 post_1_2_3 -0.5
 post_1_2_3 w_2_0_3 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
 w_2_0_2 post_1_3_2 -0.5
 post_1_3_2 w_2_0_2 -0.5
 w_2_0_3 post_1_3_3 -0.5
 post_1_3_3 w_2_0_3 -0.5
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
 w_2_0_2 post_1_4_2 -0.5
 post_1_4_2 w_2_0_2 -0.5
 w_2_0_3 post_1_4_3 -0.5
 post_1_4_3 w_2_0_3 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
 w_2_0_2 post_1_5_2 -0.5
 post_1_5_2 w_2_0_2 -0.5
 w_2_0_3 post_1_5_3 -0.5
 post_1_5_3 w_2_0_3 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
 w_2_0_2 post_1_6_2 -0.5
 post_1_6_2 w_2_0_2 -0.5
 w_2_0_3 post_1_6_3 -0.5
 post_1_6_3 w_2_0_3 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
 w_2_0_2 post_1_7_2 -0.5
 post_1_7_2 w_2_0_2 -0.5
 w_2_0_3 post_1_7_3 -0.5
 post_1_7_3 w_2_0_3 -0.5
QCMATRIX out_definition_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
 w_2_0_2 post_1_8_2 -0.5
 post_1_8_2 w_2_0_2 -0.5
 w_2_0_3 post_1_8_3 -0.5
 post_1_8_3 w_2_0_3 -0.5
QCMATRIX out_definition_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
 w_2_0_2 post_1_9_2 -0.5
 post_1_9_2 w_2_0_2 -0.5
 w_2_0_3 post_1_9_3 -0.5
 post_1_9_3 w_2_0_3 -0.5
QCMATRIX out_definition_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
 w_2_0_2 post_1_10_2 -0.5
 post_1_10_2 w_2_0_2 -0.5
 w_2_0_3 post_1_10_3 -0.5
 post_1_10_3 w_2_0_3 -0.5
QCMATRIX out_definition_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
 w_2_0_2 post_1_11_2 -0.5
 post_1_11_2 w_2_0_2 -0.5
 w_2_0_3 post_1_11_3 -0.5
 post_1_11_3 w_2_0_3 -0.5
QCMATRIX out_definition_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
 w_2_0_2 post_1_12_2 -0.5
 post_1_12_2 w_2_0_2 -0.5
 w_2_0_3 post_1_12_3 -0.5
 post_1_12_3 w_2_0_3 -0.5
QCMATRIX out_definition_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
 w_2_0_2 post_1_13_2 -0.5
 post_1_13_2 w_2_0_2 -0.5
 w_2_0_3 post_1_13_3 -0.5
 post_1_13_3 w_2_0_3 -0.5
QCMATRIX out_definition_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
 w_2_0_2 post_1_14_2 -0.5
 post_1_14_2 w_2_0_2 -0.5
 w_2_0_3 post_1_14_3 -0.5
 post_1_14_3 w_2_0_3 -0.5
ENDATA
