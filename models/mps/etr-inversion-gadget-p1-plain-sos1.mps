* etr-inversion-gadget-p1-plain-sos1  (relu-opt library: etr-inversion-gadget, problem 1, plain-sos1; {"hidden": [5], "bound": 8.0, "loss": "squared"})
NAME etr-inversion-gadget-p1-plain-sos1
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_0_1
 E pre_definition_1_0_2
 E pre_definition_1_0_3
 E pre_definition_1_0_4
 E pre_definition_1_1_0
 E pre_definition_1_1_1
 E pre_definition_1_1_2
 E pre_definition_1_1_3
 E pre_definition_1_1_4
 E pre_definition_1_2_0
 E pre_definition_1_2_1
 E pre_definition_1_2_2
 E pre_definition_1_2_3
 E pre_definition_1_2_4
 E pre_definition_1_3_0
 E pre_definition_1_3_1
 E pre_definition_1_3_2
 E pre_definition_1_3_3
 E pre_definition_1_3_4
 E pre_definition_1_4_0
 E pre_definition_1_4_1
 E pre_definition_1_4_2
 E pre_definition_1_4_3
 E pre_definition_1_4_4
 E pre_definition_1_5_0
 E pre_definition_1_5_1
 E pre_definition_1_5_2
 E pre_definition_1_5_3
 E pre_definition_1_5_4
 E pre_definition_1_6_0
 E pre_definition_1_6_1
 E pre_definition_1_6_2
 E pre_definition_1_6_3
 E pre_definition_1_6_4
 E pre_definition_1_7_0
 E pre_definition_1_7_1
 E pre_definition_1_7_2
 E pre_definition_1_7_3
 E pre_definition_1_7_4
 E pre_definition_1_8_0
 E pre_definition_1_8_1
 E pre_definition_1_8_2
 E pre_definition_1_8_3
 E pre_definition_1_8_4
 E pre_definition_1_9_0
 E pre_definition_1_9_1
 E pre_definition_1_9_2
 E pre_definition_1_9_3
 E pre_definition_1_9_4
 E pre_definition_1_10_0
 E pre_definition_1_10_1
 E pre_definition_1_10_2
 E pre_definition_1_10_3
 E pre_definition_1_10_4
 E pre_definition_1_11_0
 E pre_definition_1_11_1
 E pre_definition_1_11_2
 E pre_definition_1_11_3
 E pre_definition_1_11_4
 E pre_definition_1_12_0
 E pre_definition_1_12_1
 E pre_definition_1_12_2
 E pre_definition_1_12_3
 E pre_definition_1_12_4
 E pre_definition_1_13_0
 E pre_definition_1_13_1
 E pre_definition_1_13_2
 E pre_definition_1_13_3
 E pre_definition_1_13_4
 E pre_definition_1_14_0
 E pre_definition_1_14_1
 E pre_definition_1_14_2
 E pre_definition_1_14_3
 E pre_definition_1_14_4
 E out_definition_0_0
 E out_definition_0_1
 E out_definition_1_0
 E out_definition_1_1
 E out_definition_2_0
 E out_definition_2_1
 E out_definition_3_0
 E out_definition_3_1
 E out_definition_4_0
 E out_definition_4_1
 E out_definition_5_0
 E out_definition_5_1
 E out_definition_6_0
 E out_definition_6_1
 E out_definition_7_0
 E out_definition_7_1
 E out_definition_8_0
 E out_definition_8_1
 E out_definition_9_0
 E out_definition_9_1
 E out_definition_10_0
 E out_definition_10_1
 E out_definition_11_0
 E out_definition_11_1
 E out_definition_12_0
 E out_definition_12_1
 E out_definition_13_0
 E out_definition_13_1
 E out_definition_14_0
 E out_definition_14_1
 E relu_1_0_0_slack_definition
 E relu_1_0_1_slack_definition
 E relu_1_0_2_slack_definition
 E relu_1_0_3_slack_definition
 E relu_1_0_4_slack_definition
 E relu_1_1_0_slack_definition
 E relu_1_1_1_slack_definition
 E relu_1_1_2_slack_definition
 E relu_1_1_3_slack_definition
 E relu_1_1_4_slack_definition
 E relu_1_2_0_slack_definition
 E relu_1_2_1_slack_definition
 E relu_1_2_2_slack_definition
 E relu_1_2_3_slack_definition
 E relu_1_2_4_slack_definition
 E relu_1_3_0_slack_definition
 E relu_1_3_1_slack_definition
 E relu_1_3_2_slack_definition
 E relu_1_3_3_slack_definition
 E relu_1_3_4_slack_definition
 E relu_1_4_0_slack_definition
 E relu_1_4_1_slack_definition
 E relu_1_4_2_slack_definition
 E relu_1_4_3_slack_definition
 E relu_1_4_4_slack_definition
 E relu_1_5_0_slack_definition
 E relu_1_5_1_slack_definition
 E relu_1_5_2_slack_definition
 E relu_1_5_3_slack_definition
 E relu_1_5_4_slack_definition
 E relu_1_6_0_slack_definition
 E relu_1_6_1_slack_definition
 E relu_1_6_2_slack_definition
 E relu_1_6_3_slack_definition
 E relu_1_6_4_slack_definition
 E relu_1_7_0_slack_definition
 E relu_1_7_1_slack_definition
 E relu_1_7_2_slack_definition
 E relu_1_7_3_slack_definition
 E relu_1_7_4_slack_definition
 E relu_1_8_0_slack_definition
 E relu_1_8_1_slack_definition
 E relu_1_8_2_slack_definition
 E relu_1_8_3_slack_definition
 E relu_1_8_4_slack_definition
 E relu_1_9_0_slack_definition
 E relu_1_9_1_slack_definition
 E relu_1_9_2_slack_definition
 E relu_1_9_3_slack_definition
 E relu_1_9_4_slack_definition
 E relu_1_10_0_slack_definition
 E relu_1_10_1_slack_definition
 E relu_1_10_2_slack_definition
 E relu_1_10_3_slack_definition
 E relu_1_10_4_slack_definition
 E relu_1_11_0_slack_definition
 E relu_1_11_1_slack_definition
 E relu_1_11_2_slack_definition
 E relu_1_11_3_slack_definition
 E relu_1_11_4_slack_definition
 E relu_1_12_0_slack_definition
 E relu_1_12_1_slack_definition
 E relu_1_12_2_slack_definition
 E relu_1_12_3_slack_definition
 E relu_1_12_4_slack_definition
 E relu_1_13_0_slack_definition
 E relu_1_13_1_slack_definition
 E relu_1_13_2_slack_definition
 E relu_1_13_3_slack_definition
 E relu_1_13_4_slack_definition
 E relu_1_14_0_slack_definition
 E relu_1_14_1_slack_definition
 E relu_1_14_2_slack_definition
 E relu_1_14_3_slack_definition
 E relu_1_14_4_slack_definition
COLUMNS
 w_1_0_0 pre_definition_1_0_0 1
 w_1_0_0 pre_definition_1_1_0 0.75
 w_1_0_0 pre_definition_1_2_0 0.5
 w_1_0_0 pre_definition_1_3_0 -0.125
 w_1_0_0 pre_definition_1_4_0 -0.25
 w_1_0_0 pre_definition_1_5_0 -0.375
 w_1_0_0 pre_definition_1_6_0 -0.5
 w_1_0_0 pre_definition_1_7_0 -2
 w_1_0_0 pre_definition_1_8_0 -4.571428571428571
 w_1_0_0 pre_definition_1_9_0 -5.5
 w_1_0_0 pre_definition_1_10_0 -5.625
 w_1_0_0 pre_definition_1_11_0 -5.75
 w_1_0_0 pre_definition_1_12_0 -6.5
 w_1_0_0 pre_definition_1_13_0 -6.75
 w_1_0_0 pre_definition_1_14_0 -7
 w_1_1_0 pre_definition_1_0_1 1
 w_1_1_0 pre_definition_1_1_1 0.75
 w_1_1_0 pre_definition_1_2_1 0.5
 w_1_1_0 pre_definition_1_3_1 -0.125
 w_1_1_0 pre_definition_1_4_1 -0.25
 w_1_1_0 pre_definition_1_5_1 -0.375
 w_1_1_0 pre_definition_1_6_1 -0.5
 w_1_1_0 pre_definition_1_7_1 -2
 w_1_1_0 pre_definition_1_8_1 -4.571428571428571
 w_1_1_0 pre_definition_1_9_1 -5.5
 w_1_1_0 pre_definition_1_10_1 -5.625
 w_1_1_0 pre_definition_1_11_1 -5.75
 w_1_1_0 pre_definition_1_12_1 -6.5
 w_1_1_0 pre_definition_1_13_1 -6.75
 w_1_1_0 pre_definition_1_14_1 -7
 w_1_2_0 pre_definition_1_0_2 1
 w_1_2_0 pre_definition_1_1_2 0.75
 w_1_2_0 pre_definition_1_2_2 0.5
 w_1_2_0 pre_definition_1_3_2 -0.125
 w_1_2_0 pre_definition_1_4_2 -0.25
 w_1_2_0 pre_definition_1_5_2 -0.375
 w_1_2_0 pre_definition_1_6_2 -0.5
 w_1_2_0 pre_definition_1_7_2 -2
 w_1_2_0 pre_definition_1_8_2 -4.571428571428571
 w_1_2_0 pre_definition_1_9_2 -5.5
 w_1_2_0 pre_definition_1_10_2 -5.625
 w_1_2_0 pre_definition_1_11_2 -5.75
 w_1_2_0 pre_definition_1_12_2 -6.5
 w_1_2_0 pre_definition_1_13_2 -6.75
 w_1_2_0 pre_definition_1_14_2 -7
 w_1_3_0 pre_definition_1_0_3 1
 w_1_3_0 pre_definition_1_1_3 0.75
 w_1_3_0 pre_definition_1_2_3 0.5
 w_1_3_0 pre_definition_1_3_3 -0.125
 w_1_3_0 pre_definition_1_4_3 -0.25
 w_1_3_0 pre_definition_1_5_3 -0.375
 w_1_3_0 pre_definition_1_6_3 -0.5
 w_1_3_0 pre_definition_1_7_3 -2
 w_1_3_0 pre_definition_1_8_3 -4.571428571428571
 w_1_3_0 pre_definition_1_9_3 -5.5
 w_1_3_0 pre_definition_1_10_3 -5.625
 w_1_3_0 pre_definition_1_11_3 -5.75
 w_1_3_0 pre_definition_1_12_3 -6.5
 w_1_3_0 pre_definition_1_13_3 -6.75
 w_1_3_0 pre_definition_1_14_3 -7
 w_1_4_0 pre_definition_1_0_4 1
 w_1_4_0 pre_definition_1_1_4 0.75
 w_1_4_0 pre_definition_1_2_4 0.5
 w_1_4_0 pre_definition_1_3_4 -0.125
 w_1_4_0 pre_definition_1_4_4 -0.25
 w_1_4_0 pre_definition_1_5_4 -0.375
 w_1_4_0 pre_definition_1_6_4 -0.5
 w_1_4_0 pre_definition_1_7_4 -2
 w_1_4_0 pre_definition_1_8_4 -4.571428571428571
 w_1_4_0 pre_definition_1_9_4 -5.5
 w_1_4_0 pre_definition_1_10_4 -5.625
 w_1_4_0 pre_definition_1_11_4 -5.75
 w_1_4_0 pre_definition_1_12_4 -6.5
 w_1_4_0 pre_definition_1_13_4 -6.75
 w_1_4_0 pre_definition_1_14_4 -7
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_0_2 obj 0
 w_2_0_3 obj 0
 w_2_0_4 obj 0
 w_2_1_0 obj 0
 w_2_1_1 obj 0
 w_2_1_2 obj 0
 w_2_1_3 obj 0
 w_2_1_4 obj 0
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
 b_1_4 pre_definition_1_0_4 -1
 b_1_4 pre_definition_1_1_4 -1
 b_1_4 pre_definition_1_2_4 -1
 b_1_4 pre_definition_1_3_4 -1
 b_1_4 pre_definition_1_4_4 -1
 b_1_4 pre_definition_1_5_4 -1
 b_1_4 pre_definition_1_6_4 -1
 b_1_4 pre_definition_1_7_4 -1
 b_1_4 pre_definition_1_8_4 -1
 b_1_4 pre_definition_1_9_4 -1
 b_1_4 pre_definition_1_10_4 -1
 b_1_4 pre_definition_1_11_4 -1
 b_1_4 pre_definition_1_12_4 -1
 b_1_4 pre_definition_1_13_4 -1
 b_1_4 pre_definition_1_14_4 -1
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
 b_2_1 out_definition_0_1 -1
 b_2_1 out_definition_1_1 -1
 b_2_1 out_definition_2_1 -1
 b_2_1 out_definition_3_1 -1
 b_2_1 out_definition_4_1 -1
 b_2_1 out_definition_5_1 -1
 b_2_1 out_definition_6_1 -1
 b_2_1 out_definition_7_1 -1
 b_2_1 out_definition_8_1 -1
 b_2_1 out_definition_9_1 -1
 b_2_1 out_definition_10_1 -1
 b_2_1 out_definition_11_1 -1
 b_2_1 out_definition_12_1 -1
 b_2_1 out_definition_13_1 -1
 b_2_1 out_definition_14_1 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_slack_definition 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_slack_definition 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_slack_definition 1
 pre_1_0_3 pre_definition_1_0_3 1
 pre_1_0_3 relu_1_0_3_slack_definition 1
 pre_1_0_4 pre_definition_1_0_4 1
 pre_1_0_4 relu_1_0_4_slack_definition 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_slack_definition 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_slack_definition 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_slack_definition 1
 pre_1_1_3 pre_definition_1_1_3 1
 pre_1_1_3 relu_1_1_3_slack_definition 1
 pre_1_1_4 pre_definition_1_1_4 1
 pre_1_1_4 relu_1_1_4_slack_definition 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_slack_definition 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_slack_definition 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_slack_definition 1
 pre_1_2_3 pre_definition_1_2_3 1
 pre_1_2_3 relu_1_2_3_slack_definition 1
 pre_1_2_4 pre_definition_1_2_4 1
 pre_1_2_4 relu_1_2_4_slack_definition 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_slack_definition 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_slack_definition 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_slack_definition 1
 pre_1_3_3 pre_definition_1_3_3 1
 pre_1_3_3 relu_1_3_3_slack_definition 1
 pre_1_3_4 pre_definition_1_3_4 1
 pre_1_3_4 relu_1_3_4_slack_definition 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_slack_definition 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_slack_definition 1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_slack_definition 1
 pre_1_4_3 pre_definition_1_4_3 1
 pre_1_4_3 relu_1_4_3_slack_definition 1
 pre_1_4_4 pre_definition_1_4_4 1
 pre_1_4_4 relu_1_4_4_slack_definition 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_slack_definition 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_slack_definition 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_slack_definition 1
 pre_1_5_3 pre_definition_1_5_3 1
 pre_1_5_3 relu_1_5_3_slack_definition 1
 pre_1_5_4 pre_definition_1_5_4 1
 pre_1_5_4 relu_1_5_4_slack_definition 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_slack_definition 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_slack_definition 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_slack_definition 1
 pre_1_6_3 pre_definition_1_6_3 1
 pre_1_6_3 relu_1_6_3_slack_definition 1
 pre_1_6_4 pre_definition_1_6_4 1
 pre_1_6_4 relu_1_6_4_slack_definition 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_slack_definition 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_slack_definition 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_slack_definition 1
 pre_1_7_3 pre_definition_1_7_3 1
 pre_1_7_3 relu_1_7_3_slack_definition 1
 pre_1_7_4 pre_definition_1_7_4 1
 pre_1_7_4 relu_1_7_4_slack_definition 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_slack_definition 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_slack_definition 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_slack_definition 1
 pre_1_8_3 pre_definition_1_8_3 1
 pre_1_8_3 relu_1_8_3_slack_definition 1
 pre_1_8_4 pre_definition_1_8_4 1
 pre_1_8_4 relu_1_8_4_slack_definition 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_slack_definition 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_slack_definition 1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_slack_definition 1
 pre_1_9_3 pre_definition_1_9_3 1
 pre_1_9_3 relu_1_9_3_slack_definition 1
 pre_1_9_4 pre_definition_1_9_4 1
 pre_1_9_4 relu_1_9_4_slack_definition 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_slack_definition 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_slack_definition 1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_slack_definition 1
 pre_1_10_3 pre_definition_1_10_3 1
 pre_1_10_3 relu_1_10_3_slack_definition 1
 pre_1_10_4 pre_definition_1_10_4 1
 pre_1_10_4 relu_1_10_4_slack_definition 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_slack_definition 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_slack_definition 1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_slack_definition 1
 pre_1_11_3 pre_definition_1_11_3 1
 pre_1_11_3 relu_1_11_3_slack_definition 1
 pre_1_11_4 pre_definition_1_11_4 1
 pre_1_11_4 relu_1_11_4_slack_definition 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_slack_definition 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_slack_definition 1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_slack_definition 1
 pre_1_12_3 pre_definition_1_12_3 1
 pre_1_12_3 relu_1_12_3_slack_definition 1
 pre_1_12_4 pre_definition_1_12_4 1
 pre_1_12_4 relu_1_12_4_slack_definition 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_slack_definition 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_slack_definition 1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_slack_definition 1
 pre_1_13_3 pre_definition_1_13_3 1
 pre_1_13_3 relu_1_13_3_slack_definition 1
 pre_1_13_4 pre_definition_1_13_4 1
 pre_1_13_4 relu_1_13_4_slack_definition 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_slack_definition 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_slack_definition 1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_slack_definition 1
 pre_1_14_3 pre_definition_1_14_3 1
 pre_1_14_3 relu_1_14_3_slack_definition 1
 pre_1_14_4 pre_definition_1_14_4 1
 pre_1_14_4 relu_1_14_4_slack_definition 1
 post_1_0_0 relu_1_0_0_slack_definition -1
 post_1_0_1 relu_1_0_1_slack_definition -1
 post_1_0_2 relu_1_0_2_slack_definition -1
 post_1_0_3 relu_1_0_3_slack_definition -1
 post_1_0_4 relu_1_0_4_slack_definition -1
 post_1_1_0 relu_1_1_0_slack_definition -1
 post_1_1_1 relu_1_1_1_slack_definition -1
 post_1_1_2 relu_1_1_2_slack_definition -1
 post_1_1_3 relu_1_1_3_slack_definition -1
 post_1_1_4 relu_1_1_4_slack_definition -1
 post_1_2_0 relu_1_2_0_slack_definition -1
 post_1_2_1 relu_1_2_1_slack_definition -1
 post_1_2_2 relu_1_2_2_slack_definition -1
 post_1_2_3 relu_1_2_3_slack_definition -1
 post_1_2_4 relu_1_2_4_slack_definition -1
 post_1_3_0 relu_1_3_0_slack_definition -1
 post_1_3_1 relu_1_3_1_slack_definition -1
 post_1_3_2 relu_1_3_2_slack_definition -1
 post_1_3_3 relu_1_3_3_slack_definition -1
 post_1_3_4 relu_1_3_4_slack_definition -1
 post_1_4_0 relu_1_4_0_slack_definition -1
 post_1_4_1 relu_1_4_1_slack_definition -1
 post_1_4_2 relu_1_4_2_slack_definition -1
 post_1_4_3 relu_1_4_3_slack_definition -1
 post_1_4_4 relu_1_4_4_slack_definition -1
 post_1_5_0 relu_1_5_0_slack_definition -1
 post_1_5_1 relu_1_5_1_slack_definition -1
 post_1_5_2 relu_1_5_2_slack_definition -1
 post_1_5_3 relu_1_5_3_slack_definition -1
 post_1_5_4 relu_1_5_4_slack_definition -1
 post_1_6_0 relu_1_6_0_slack_definition -1
 post_1_6_1 relu_1_6_1_slack_definition -1
 post_1_6_2 relu_1_6_2_slack_definition -1
 post_1_6_3 relu_1_6_3_slack_definition -1
 post_1_6_4 relu_1_6_4_slack_definition -1
 post_1_7_0 relu_1_7_0_slack_definition -1
 post_1_7_1 relu_1_7_1_slack_definition -1
 post_1_7_2 relu_1_7_2_slack_definition -1
 post_1_7_3 relu_1_7_3_slack_definition -1
 post_1_7_4 relu_1_7_4_slack_definition -1
 post_1_8_0 relu_1_8_0_slack_definition -1
 post_1_8_1 relu_1_8_1_slack_definition -1
 post_1_8_2 relu_1_8_2_slack_definition -1
 post_1_8_3 relu_1_8_3_slack_definition -1
 post_1_8_4 relu_1_8_4_slack_definition -1
 post_1_9_0 relu_1_9_0_slack_definition -1
 post_1_9_1 relu_1_9_1_slack_definition -1
 post_1_9_2 relu_1_9_2_slack_definition -1
 post_1_9_3 relu_1_9_3_slack_definition -1
 post_1_9_4 relu_1_9_4_slack_definition -1
 post_1_10_0 relu_1_10_0_slack_definition -1
 post_1_10_1 relu_1_10_1_slack_definition -1
 post_1_10_2 relu_1_10_2_slack_definition -1
 post_1_10_3 relu_1_10_3_slack_definition -1
 post_1_10_4 relu_1_10_4_slack_definition -1
 post_1_11_0 relu_1_11_0_slack_definition -1
 post_1_11_1 relu_1_11_1_slack_definition -1
 post_1_11_2 relu_1_11_2_slack_definition -1
 post_1_11_3 relu_1_11_3_slack_definition -1
 post_1_11_4 relu_1_11_4_slack_definition -1
 post_1_12_0 relu_1_12_0_slack_definition -1
 post_1_12_1 relu_1_12_1_slack_definition -1
 post_1_12_2 relu_1_12_2_slack_definition -1
 post_1_12_3 relu_1_12_3_slack_definition -1
 post_1_12_4 relu_1_12_4_slack_definition -1
 post_1_13_0 relu_1_13_0_slack_definition -1
 post_1_13_1 relu_1_13_1_slack_definition -1
 post_1_13_2 relu_1_13_2_slack_definition -1
 post_1_13_3 relu_1_13_3_slack_definition -1
 post_1_13_4 relu_1_13_4_slack_definition -1
 post_1_14_0 relu_1_14_0_slack_definition -1
 post_1_14_1 relu_1_14_1_slack_definition -1
 post_1_14_2 relu_1_14_2_slack_definition -1
 post_1_14_3 relu_1_14_3_slack_definition -1
 post_1_14_4 relu_1_14_4_slack_definition -1
 out_0_0 out_definition_0_0 1
 out_0_1 out_definition_0_1 1
 out_1_0 out_definition_1_0 1
 out_1_1 out_definition_1_1 1
 out_2_0 out_definition_2_0 1
 out_2_1 out_definition_2_1 1
 out_3_0 obj -0.25
 out_3_0 out_definition_3_0 1
 out_3_1 out_definition_3_1 1
 out_4_0 obj -0.5
 out_4_0 out_definition_4_0 1
 out_4_1 out_definition_4_1 1
 out_5_0 obj -0.75
 out_5_0 out_definition_5_0 1
 out_5_1 out_definition_5_1 1
 out_6_0 obj -1
 out_6_0 out_definition_6_0 1
 out_6_1 out_definition_6_1 1
 out_7_0 obj -2
 out_7_0 out_definition_7_0 1
 out_7_1 out_definition_7_1 1
 out_8_0 obj -1.4285714285714286
 out_8_0 out_definition_8_0 1
 out_8_1 obj -2.938775510204082
 out_8_1 out_definition_8_1 1
 out_9_0 obj -0.5
 out_9_0 out_definition_9_0 1
 out_9_1 obj -4
 out_9_1 out_definition_9_1 1
 out_10_0 obj -0.375
 out_10_0 out_definition_10_0 1
 out_10_1 obj -3
 out_10_1 out_definition_10_1 1
 out_11_0 obj -0.25
 out_11_0 out_definition_11_0 1
 out_11_1 obj -2
 out_11_1 out_definition_11_1 1
 out_12_0 out_definition_12_0 1
 out_12_1 out_definition_12_1 1
 out_13_0 out_definition_13_0 1
 out_13_1 out_definition_13_1 1
 out_14_0 out_definition_14_0 1
 out_14_1 out_definition_14_1 1
 relu_1_0_0_slack relu_1_0_0_slack_definition 1
 relu_1_0_1_slack relu_1_0_1_slack_definition 1
 relu_1_0_2_slack relu_1_0_2_slack_definition 1
 relu_1_0_3_slack relu_1_0_3_slack_definition 1
 relu_1_0_4_slack relu_1_0_4_slack_definition 1
 relu_1_1_0_slack relu_1_1_0_slack_definition 1
 relu_1_1_1_slack relu_1_1_1_slack_definition 1
 relu_1_1_2_slack relu_1_1_2_slack_definition 1
 relu_1_1_3_slack relu_1_1_3_slack_definition 1
 relu_1_1_4_slack relu_1_1_4_slack_definition 1
 relu_1_2_0_slack relu_1_2_0_slack_definition 1
 relu_1_2_1_slack relu_1_2_1_slack_definition 1
 relu_1_2_2_slack relu_1_2_2_slack_definition 1
 relu_1_2_3_slack relu_1_2_3_slack_definition 1
 relu_1_2_4_slack relu_1_2_4_slack_definition 1
 relu_1_3_0_slack relu_1_3_0_slack_definition 1
 relu_1_3_1_slack relu_1_3_1_slack_definition 1
 relu_1_3_2_slack relu_1_3_2_slack_definition 1
 relu_1_3_3_slack relu_1_3_3_slack_definition 1
 relu_1_3_4_slack relu_1_3_4_slack_definition 1
 relu_1_4_0_slack relu_1_4_0_slack_definition 1
 relu_1_4_1_slack relu_1_4_1_slack_definition 1
 relu_1_4_2_slack relu_1_4_2_slack_definition 1
 relu_1_4_3_slack relu_1_4_3_slack_definition 1
 relu_1_4_4_slack relu_1_4_4_slack_definition 1
 relu_1_5_0_slack relu_1_5_0_slack_definition 1
 relu_1_5_1_slack relu_1_5_1_slack_definition 1
 relu_1_5_2_slack relu_1_5_2_slack_definition 1
 relu_1_5_3_slack relu_1_5_3_slack_definition 1
 relu_1_5_4_slack relu_1_5_4_slack_definition 1
 relu_1_6_0_slack relu_1_6_0_slack_definition 1
 relu_1_6_1_slack relu_1_6_1_slack_definition 1
 relu_1_6_2_slack relu_1_6_2_slack_definition 1
 relu_1_6_3_slack relu_1_6_3_slack_definition 1
 relu_1_6_4_slack relu_1_6_4_slack_definition 1
 relu_1_7_0_slack relu_1_7_0_slack_definition 1
 relu_1_7_1_slack relu_1_7_1_slack_definition 1
 relu_1_7_2_slack relu_1_7_2_slack_definition 1
 relu_1_7_3_slack relu_1_7_3_slack_definition 1
 relu_1_7_4_slack relu_1_7_4_slack_definition 1
 relu_1_8_0_slack relu_1_8_0_slack_definition 1
 relu_1_8_1_slack relu_1_8_1_slack_definition 1
 relu_1_8_2_slack relu_1_8_2_slack_definition 1
 relu_1_8_3_slack relu_1_8_3_slack_definition 1
 relu_1_8_4_slack relu_1_8_4_slack_definition 1
 relu_1_9_0_slack relu_1_9_0_slack_definition 1
 relu_1_9_1_slack relu_1_9_1_slack_definition 1
 relu_1_9_2_slack relu_1_9_2_slack_definition 1
 relu_1_9_3_slack relu_1_9_3_slack_definition 1
 relu_1_9_4_slack relu_1_9_4_slack_definition 1
 relu_1_10_0_slack relu_1_10_0_slack_definition 1
 relu_1_10_1_slack relu_1_10_1_slack_definition 1
 relu_1_10_2_slack relu_1_10_2_slack_definition 1
 relu_1_10_3_slack relu_1_10_3_slack_definition 1
 relu_1_10_4_slack relu_1_10_4_slack_definition 1
 relu_1_11_0_slack relu_1_11_0_slack_definition 1
 relu_1_11_1_slack relu_1_11_1_slack_definition 1
 relu_1_11_2_slack relu_1_11_2_slack_definition 1
 relu_1_11_3_slack relu_1_11_3_slack_definition 1
 relu_1_11_4_slack relu_1_11_4_slack_definition 1
 relu_1_12_0_slack relu_1_12_0_slack_definition 1
 relu_1_12_1_slack relu_1_12_1_slack_definition 1
 relu_1_12_2_slack relu_1_12_2_slack_definition 1
 relu_1_12_3_slack relu_1_12_3_slack_definition 1
 relu_1_12_4_slack relu_1_12_4_slack_definition 1
 relu_1_13_0_slack relu_1_13_0_slack_definition 1
 relu_1_13_1_slack relu_1_13_1_slack_definition 1
 relu_1_13_2_slack relu_1_13_2_slack_definition 1
 relu_1_13_3_slack relu_1_13_3_slack_definition 1
 relu_1_13_4_slack relu_1_13_4_slack_definition 1
 relu_1_14_0_slack relu_1_14_0_slack_definition 1
 relu_1_14_1_slack relu_1_14_1_slack_definition 1
 relu_1_14_2_slack relu_1_14_2_slack_definition 1
 relu_1_14_3_slack relu_1_14_3_slack_definition 1
 relu_1_14_4_slack relu_1_14_4_slack_definition 1
RHS
 rhs obj -11.501335706476468
BOUNDS
 LO bnd w_1_0_0 -8
 UP bnd w_1_0_0 8
 LO bnd w_1_1_0 -8
 UP bnd w_1_1_0 8
 LO bnd w_1_2_0 -8
 UP bnd w_1_2_0 8
 LO bnd w_1_3_0 -8
 UP bnd w_1_3_0 8
 LO bnd w_1_4_0 -8
 UP bnd w_1_4_0 8
 LO bnd w_2_0_0 -8
 UP bnd w_2_0_0 8
 LO bnd w_2_0_1 -8
 UP bnd w_2_0_1 8
 LO bnd w_2_0_2 -8
 UP bnd w_2_0_2 8
 LO bnd w_2_0_3 -8
 UP bnd w_2_0_3 8
 LO bnd w_2_0_4 -8
 UP bnd w_2_0_4 8
 LO bnd w_2_1_0 -8
 UP bnd w_2_1_0 8
 LO bnd w_2_1_1 -8
 UP bnd w_2_1_1 8
 LO bnd w_2_1_2 -8
 UP bnd w_2_1_2 8
 LO bnd w_2_1_3 -8
 UP bnd w_2_1_3 8
 LO bnd w_2_1_4 -8
 UP bnd w_2_1_4 8
 LO bnd b_1_0 -8
 UP bnd b_1_0 8
 LO bnd b_1_1 -8
 UP bnd b_1_1 8
 LO bnd b_1_2 -8
 UP bnd b_1_2 8
 LO bnd b_1_3 -8
 UP bnd b_1_3 8
 LO bnd b_1_4 -8
 UP bnd b_1_4 8
 LO bnd b_2_0 -8
 UP bnd b_2_0 8
 LO bnd b_2_1 -8
 UP bnd b_2_1 8
 LO bnd pre_1_0_0 -16
 UP bnd pre_1_0_0 16
 LO bnd pre_1_0_1 -16
 UP bnd pre_1_0_1 16
 LO bnd pre_1_0_2 -16
 UP bnd pre_1_0_2 16
 LO bnd pre_1_0_3 -16
 UP bnd pre_1_0_3 16
 LO bnd pre_1_0_4 -16
 UP bnd pre_1_0_4 16
 LO bnd pre_1_1_0 -14
 UP bnd pre_1_1_0 14
 LO bnd pre_1_1_1 -14
 UP bnd pre_1_1_1 14
 LO bnd pre_1_1_2 -14
 UP bnd pre_1_1_2 14
 LO bnd pre_1_1_3 -14
 UP bnd pre_1_1_3 14
 LO bnd pre_1_1_4 -14
 UP bnd pre_1_1_4 14
 LO bnd pre_1_2_0 -12
 UP bnd pre_1_2_0 12
 LO bnd pre_1_2_1 -12
 UP bnd pre_1_2_1 12
 LO bnd pre_1_2_2 -12
 UP bnd pre_1_2_2 12
 LO bnd pre_1_2_3 -12
 UP bnd pre_1_2_3 12
 LO bnd pre_1_2_4 -12
 UP bnd pre_1_2_4 12
 LO bnd pre_1_3_0 -9
 UP bnd pre_1_3_0 9
 LO bnd pre_1_3_1 -9
 UP bnd pre_1_3_1 9
 LO bnd pre_1_3_2 -9
 UP bnd pre_1_3_2 9
 LO bnd pre_1_3_3 -9
 UP bnd pre_1_3_3 9
 LO bnd pre_1_3_4 -9
 UP bnd pre_1_3_4 9
 LO bnd pre_1_4_0 -10
 UP bnd pre_1_4_0 10
 LO bnd pre_1_4_1 -10
 UP bnd pre_1_4_1 10
 LO bnd pre_1_4_2 -10
 UP bnd pre_1_4_2 10
 LO bnd pre_1_4_3 -10
 UP bnd pre_1_4_3 10
 LO bnd pre_1_4_4 -10
 UP bnd pre_1_4_4 10
 LO bnd pre_1_5_0 -11
 UP bnd pre_1_5_0 11
 LO bnd pre_1_5_1 -11
 UP bnd pre_1_5_1 11
 LO bnd pre_1_5_2 -11
 UP bnd pre_1_5_2 11
 LO bnd pre_1_5_3 -11
 UP bnd pre_1_5_3 11
 LO bnd pre_1_5_4 -11
 UP bnd pre_1_5_4 11
 LO bnd pre_1_6_0 -12
 UP bnd pre_1_6_0 12
 LO bnd pre_1_6_1 -12
 UP bnd pre_1_6_1 12
 LO bnd pre_1_6_2 -12
 UP bnd pre_1_6_2 12
 LO bnd pre_1_6_3 -12
 UP bnd pre_1_6_3 12
 LO bnd pre_1_6_4 -12
 UP bnd pre_1_6_4 12
 LO bnd pre_1_7_0 -24
 UP bnd pre_1_7_0 24
 LO bnd pre_1_7_1 -24
 UP bnd pre_1_7_1 24
 LO bnd pre_1_7_2 -24
 UP bnd pre_1_7_2 24
 LO bnd pre_1_7_3 -24
 UP bnd pre_1_7_3 24
 LO bnd pre_1_7_4 -24
 UP bnd pre_1_7_4 24
 LO bnd pre_1_8_0 -44.57142857142857
 UP bnd pre_1_8_0 44.57142857142857
 LO bnd pre_1_8_1 -44.57142857142857
 UP bnd pre_1_8_1 44.57142857142857
 LO bnd pre_1_8_2 -44.57142857142857
 UP bnd pre_1_8_2 44.57142857142857
 LO bnd pre_1_8_3 -44.57142857142857
 UP bnd pre_1_8_3 44.57142857142857
 LO bnd pre_1_8_4 -44.57142857142857
 UP bnd pre_1_8_4 44.57142857142857
 LO bnd pre_1_9_0 -52
 UP bnd pre_1_9_0 52
 LO bnd pre_1_9_1 -52
 UP bnd pre_1_9_1 52
 LO bnd pre_1_9_2 -52
 UP bnd pre_1_9_2 52
 LO bnd pre_1_9_3 -52
 UP bnd pre_1_9_3 52
 LO bnd pre_1_9_4 -52
 UP bnd pre_1_9_4 52
 LO bnd pre_1_10_0 -53
 UP bnd pre_1_10_0 53
 LO bnd pre_1_10_1 -53
 UP bnd pre_1_10_1 53
 LO bnd pre_1_10_2 -53
 UP bnd pre_1_10_2 53
 LO bnd pre_1_10_3 -53
 UP bnd pre_1_10_3 53
 LO bnd pre_1_10_4 -53
 UP bnd pre_1_10_4 53
 LO bnd pre_1_11_0 -54
 UP bnd pre_1_11_0 54
 LO bnd pre_1_11_1 -54
 UP bnd pre_1_11_1 54
 LO bnd pre_1_11_2 -54
 UP bnd pre_1_11_2 54
 LO bnd pre_1_11_3 -54
 UP bnd pre_1_11_3 54
 LO bnd pre_1_11_4 -54
 UP bnd pre_1_11_4 54
 LO bnd pre_1_12_0 -60
 UP bnd pre_1_12_0 60
 LO bnd pre_1_12_1 -60
 UP bnd pre_1_12_1 60
 LO bnd pre_1_12_2 -60
 UP bnd pre_1_12_2 60
 LO bnd pre_1_12_3 -60
 UP bnd pre_1_12_3 60
 LO bnd pre_1_12_4 -60
 UP bnd pre_1_12_4 60
 LO bnd pre_1_13_0 -62
 UP bnd pre_1_13_0 62
 LO bnd pre_1_13_1 -62
 UP bnd pre_1_13_1 62
 LO bnd pre_1_13_2 -62
 UP bnd pre_1_13_2 62
 LO bnd pre_1_13_3 -62
 UP bnd pre_1_13_3 62
 LO bnd pre_1_13_4 -62
 UP bnd pre_1_13_4 62
 LO bnd pre_1_14_0 -64
 UP bnd pre_1_14_0 64
 LO bnd pre_1_14_1 -64
 UP bnd pre_1_14_1 64
 LO bnd pre_1_14_2 -64
 UP bnd pre_1_14_2 64
 LO bnd pre_1_14_3 -64
 UP bnd pre_1_14_3 64
 LO bnd pre_1_14_4 -64
 UP bnd pre_1_14_4 64
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 16
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 16
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 16
 LO bnd post_1_0_3 0
 UP bnd post_1_0_3 16
 LO bnd post_1_0_4 0
 UP bnd post_1_0_4 16
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 14
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 14
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 14
 LO bnd post_1_1_3 0
 UP bnd post_1_1_3 14
 LO bnd post_1_1_4 0
 UP bnd post_1_1_4 14
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 12
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 12
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 12
 LO bnd post_1_2_3 0
 UP bnd post_1_2_3 12
 LO bnd post_1_2_4 0
 UP bnd post_1_2_4 12
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 9
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 9
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 9
 LO bnd post_1_3_3 0
 UP bnd post_1_3_3 9
 LO bnd post_1_3_4 0
 UP bnd post_1_3_4 9
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 10
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 10
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 10
 LO bnd post_1_4_3 0
 UP bnd post_1_4_3 10
 LO bnd post_1_4_4 0
 UP bnd post_1_4_4 10
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 11
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 11
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 11
 LO bnd post_1_5_3 0
 UP bnd post_1_5_3 11
 LO bnd post_1_5_4 0
 UP bnd post_1_5_4 11
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 12
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 12
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 12
 LO bnd post_1_6_3 0
 UP bnd post_1_6_3 12
 LO bnd post_1_6_4 0
 UP bnd post_1_6_4 12
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 24
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 24
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 24
 LO bnd post_1_7_3 0
 UP bnd post_1_7_3 24
 LO bnd post_1_7_4 0
 UP bnd post_1_7_4 24
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 44.57142857142857
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 44.57142857142857
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 44.57142857142857
 LO bnd post_1_8_3 0
 UP bnd post_1_8_3 44.57142857142857
 LO bnd post_1_8_4 0
 UP bnd post_1_8_4 44.57142857142857
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 52
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 52
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 52
 LO bnd post_1_9_3 0
 UP bnd post_1_9_3 52
 LO bnd post_1_9_4 0
 UP bnd post_1_9_4 52
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 53
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 53
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 53
 LO bnd post_1_10_3 0
 UP bnd post_1_10_3 53
 LO bnd post_1_10_4 0
 UP bnd post_1_10_4 53
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 54
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 54
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 54
 LO bnd post_1_11_3 0
 UP bnd post_1_11_3 54
 LO bnd post_1_11_4 0
 UP bnd post_1_11_4 54
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 60
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 60
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 60
 LO bnd post_1_12_3 0
 UP bnd post_1_12_3 60
 LO bnd post_1_12_4 0
 UP bnd post_1_12_4 60
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 62
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 62
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 62
 LO bnd post_1_13_3 0
 UP bnd post_1_13_3 62
 LO bnd post_1_13_4 0
 UP bnd post_1_13_4 62
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 64
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 64
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 64
 LO bnd post_1_14_3 0
 UP bnd post_1_14_3 64
 LO bnd post_1_14_4 0
 UP bnd post_1_14_4 64
 LO bnd out_0_0 -648
 UP bnd out_0_0 648
 LO bnd out_0_1 -648
 UP bnd out_0_1 648
 LO bnd out_1_0 -568
 UP bnd out_1_0 568
 LO bnd out_1_1 -568
 UP bnd out_1_1 568
 LO bnd out_2_0 -488
 UP bnd out_2_0 488
 LO bnd out_2_1 -488
 UP bnd out_2_1 488
 LO bnd out_3_0 -368
 UP bnd out_3_0 368
 LO bnd out_3_1 -368
 UP bnd out_3_1 368
 LO bnd out_4_0 -408
 UP bnd out_4_0 408
 LO bnd out_4_1 -408
 UP bnd out_4_1 408
 LO bnd out_5_0 -448
 UP bnd out_5_0 448
 LO bnd out_5_1 -448
 UP bnd out_5_1 448
 LO bnd out_6_0 -488
 UP bnd out_6_0 488
 LO bnd out_6_1 -488
 UP bnd out_6_1 488
 LO bnd out_7_0 -968
 UP bnd out_7_0 968
 LO bnd out_7_1 -968
 UP bnd out_7_1 968
 LO bnd out_8_0 -1790.8571428571427
 UP bnd out_8_0 1790.8571428571427
 LO bnd out_8_1 -1790.8571428571427
 UP bnd out_8_1 1790.8571428571427
 LO bnd out_9_0 -2088
 UP bnd out_9_0 2088
 LO bnd out_9_1 -2088
 UP bnd out_9_1 2088
 LO bnd out_10_0 -2128
 UP bnd out_10_0 2128
 LO bnd out_10_1 -2128
 UP bnd out_10_1 2128
 LO bnd out_11_0 -2168
 UP bnd out_11_0 2168
 LO bnd out_11_1 -2168
 UP bnd out_11_1 2168
 LO bnd out_12_0 -2408
 UP bnd out_12_0 2408
 LO bnd out_12_1 -2408
 UP bnd out_12_1 2408
 LO bnd out_13_0 -2488
 UP bnd out_13_0 2488
 LO bnd out_13_1 -2488
 UP bnd out_13_1 2488
 LO bnd out_14_0 -2568
 UP bnd out_14_0 2568
 LO bnd out_14_1 -2568
 UP bnd out_14_1 2568
 LO bnd relu_1_0_0_slack 0
 UP bnd relu_1_0_0_slack 16
 LO bnd relu_1_0_1_slack 0
 UP bnd relu_1_0_1_slack 16
 LO bnd relu_1_0_2_slack 0
 UP bnd relu_1_0_2_slack 16
 LO bnd relu_1_0_3_slack 0
 UP bnd relu_1_0_3_slack 16
 LO bnd relu_1_0_4_slack 0
 UP bnd relu_1_0_4_slack 16
 LO bnd relu_1_1_0_slack 0
 UP bnd relu_1_1_0_slack 14
 LO bnd relu_1_1_1_slack 0
 UP bnd relu_1_1_1_slack 14
 LO bnd relu_1_1_2_slack 0
 UP bnd relu_1_1_2_slack 14
 LO bnd relu_1_1_3_slack 0
 UP bnd relu_1_1_3_slack 14
 LO bnd relu_1_1_4_slack 0
 UP bnd relu_1_1_4_slack 14
 LO bnd relu_1_2_0_slack 0
 UP bnd relu_1_2_0_slack 12
 LO bnd relu_1_2_1_slack 0
 UP bnd relu_1_2_1_slack 12
 LO bnd relu_1_2_2_slack 0
 UP bnd relu_1_2_2_slack 12
 LO bnd relu_1_2_3_slack 0
 UP bnd relu_1_2_3_slack 12
 LO bnd relu_1_2_4_slack 0
 UP bnd relu_1_2_4_slack 12
 LO bnd relu_1_3_0_slack 0
 UP bnd relu_1_3_0_slack 9
 LO bnd relu_1_3_1_slack 0
 UP bnd relu_1_3_1_slack 9
 LO bnd relu_1_3_2_slack 0
 UP bnd relu_1_3_2_slack 9
 LO bnd relu_1_3_3_slack 0
 UP bnd relu_1_3_3_slack 9
 LO bnd relu_1_3_4_slack 0
 UP bnd relu_1_3_4_slack 9
 LO bnd relu_1_4_0_slack 0
 UP bnd relu_1_4_0_slack 10
 LO bnd relu_1_4_1_slack 0
 UP bnd relu_1_4_1_slack 10
 LO bnd relu_1_4_2_slack 0
 UP bnd relu_1_4_2_slack 10
 LO bnd relu_1_4_3_slack 0
 UP bnd relu_1_4_3_slack 10
 LO bnd relu_1_4_4_slack 0
 UP bnd relu_1_4_4_slack 10
 LO bnd relu_1_5_0_slack 0
 UP bnd relu_1_5_0_slack 11
 LO bnd relu_1_5_1_slack 0
 UP bnd relu_1_5_1_slack 11
 LO bnd relu_1_5_2_slack 0
 UP bnd relu_1_5_2_slack 11
 LO bnd relu_1_5_3_slack 0
 UP bnd relu_1_5_3_slack 11
 LO bnd relu_1_5_4_slack 0
 UP bnd relu_1_5_4_slack 11
 LO bnd relu_1_6_0_slack 0
 UP bnd relu_1_6_0_slack 12
 LO bnd relu_1_6_1_slack 0
 UP bnd relu_1_6_1_slack 12
 LO bnd relu_1_6_2_slack 0
 UP bnd relu_1_6_2_slack 12
 LO bnd relu_1_6_3_slack 0
 UP bnd relu_1_6_3_slack 12
 LO bnd relu_1_6_4_slack 0
 UP bnd relu_1_6_4_slack 12
 LO bnd relu_1_7_0_slack 0
 UP bnd relu_1_7_0_slack 24
 LO bnd relu_1_7_1_slack 0
 UP bnd relu_1_7_1_slack 24
 LO bnd relu_1_7_2_slack 0
 UP bnd relu_1_7_2_slack 24
 LO bnd relu_1_7_3_slack 0
 UP bnd relu_1_7_3_slack 24
 LO bnd relu_1_7_4_slack 0
 UP bnd relu_1_7_4_slack 24
 LO bnd relu_1_8_0_slack 0
 UP bnd relu_1_8_0_slack 44.57142857142857
 LO bnd relu_1_8_1_slack 0
 UP bnd relu_1_8_1_slack 44.57142857142857
 LO bnd relu_1_8_2_slack 0
 UP bnd relu_1_8_2_slack 44.57142857142857
 LO bnd relu_1_8_3_slack 0
 UP bnd relu_1_8_3_slack 44.57142857142857
 LO bnd relu_1_8_4_slack 0
 UP bnd relu_1_8_4_slack 44.57142857142857
 LO bnd relu_1_9_0_slack 0
 UP bnd relu_1_9_0_slack 52
 LO bnd relu_1_9_1_slack 0
 UP bnd relu_1_9_1_slack 52
 LO bnd relu_1_9_2_slack 0
 UP bnd relu_1_9_2_slack 52
 LO bnd relu_1_9_3_slack 0
 UP bnd relu_1_9_3_slack 52
 LO bnd relu_1_9_4_slack 0
 UP bnd relu_1_9_4_slack 52
 LO bnd relu_1_10_0_slack 0
 UP bnd relu_1_10_0_slack 53
 LO bnd relu_1_10_1_slack 0
 UP bnd relu_1_10_1_slack 53
 LO bnd relu_1_10_2_slack 0
 UP bnd relu_1_10_2_slack 53
 LO bnd relu_1_10_3_slack 0
 UP bnd relu_1_10_3_slack 53
 LO bnd relu_1_10_4_slack 0
 UP bnd relu_1_10_4_slack 53
 LO bnd relu_1_11_0_slack 0
 UP bnd relu_1_11_0_slack 54
 LO bnd relu_1_11_1_slack 0
 UP bnd relu_1_11_1_slack 54
 LO bnd relu_1_11_2_slack 0
 UP bnd relu_1_11_2_slack 54
 LO bnd relu_1_11_3_slack 0
 UP bnd relu_1_11_3_slack 54
 LO bnd relu_1_11_4_slack 0
 UP bnd relu_1_11_4_slack 54
 LO bnd relu_1_12_0_slack 0
 UP bnd relu_1_12_0_slack 60
 LO bnd relu_1_12_1_slack 0
 UP bnd relu_1_12_1_slack 60
 LO bnd relu_1_12_2_slack 0
 UP bnd relu_1_12_2_slack 60
 LO bnd relu_1_12_3_slack 0
 UP bnd relu_1_12_3_slack 60
 LO bnd relu_1_12_4_slack 0
 UP bnd relu_1_12_4_slack 60
 LO bnd relu_1_13_0_slack 0
 UP bnd relu_1_13_0_slack 62
 LO bnd relu_1_13_1_slack 0
 UP bnd relu_1_13_1_slack 62
 LO bnd relu_1_13_2_slack 0
 UP bnd relu_1_13_2_slack 62
 LO bnd relu_1_13_3_slack 0
 UP bnd relu_1_13_3_slack 62
 LO bnd relu_1_13_4_slack 0
 UP bnd relu_1_13_4_slack 62
 LO bnd relu_1_14_0_slack 0
 UP bnd relu_1_14_0_slack 64
 LO bnd relu_1_14_1_slack 0
 UP bnd relu_1_14_1_slack 64
 LO bnd relu_1_14_2_slack 0
 UP bnd relu_1_14_2_slack 64
 LO bnd relu_1_14_3_slack 0
 UP bnd relu_1_14_3_slack 64
 LO bnd relu_1_14_4_slack 0
 UP bnd relu_1_14_4_slack 64
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
    post_1_0_4 1
    relu_1_0_4_slack 2
 S1 SOS s6 1
    post_1_1_0 1
    relu_1_1_0_slack 2
 S1 SOS s7 1
    post_1_1_1 1
    relu_1_1_1_slack 2
 S1 SOS s8 1
    post_1_1_2 1
    relu_1_1_2_slack 2
 S1 SOS s9 1
    post_1_1_3 1
    relu_1_1_3_slack 2
 S1 SOS s10 1
    post_1_1_4 1
    relu_1_1_4_slack 2
 S1 SOS s11 1
    post_1_2_0 1
    relu_1_2_0_slack 2
 S1 SOS s12 1
    post_1_2_1 1
    relu_1_2_1_slack 2
 S1 SOS s13 1
    post_1_2_2 1
    relu_1_2_2_slack 2
 S1 SOS s14 1
    post_1_2_3 1
    relu_1_2_3_slack 2
 S1 SOS s15 1
    post_1_2_4 1
    relu_1_2_4_slack 2
 S1 SOS s16 1
    post_1_3_0 1
    relu_1_3_0_slack 2
 S1 SOS s17 1
    post_1_3_1 1
    relu_1_3_1_slack 2
 S1 SOS s18 1
    post_1_3_2 1
    relu_1_3_2_slack 2
 S1 SOS s19 1
    post_1_3_3 1
    relu_1_3_3_slack 2
 S1 SOS s20 1
    post_1_3_4 1
    relu_1_3_4_slack 2
 S1 SOS s21 1
    post_1_4_0 1
    relu_1_4_0_slack 2
 S1 SOS s22 1
    post_1_4_1 1
    relu_1_4_1_slack 2
 S1 SOS s23 1
    post_1_4_2 1
    relu_1_4_2_slack 2
 S1 SOS s24 1
    post_1_4_3 1
    relu_1_4_3_slack 2
 S1 SOS s25 1
    post_1_4_4 1
    relu_1_4_4_slack 2
 S1 SOS s26 1
    post_1_5_0 1
    relu_1_5_0_slack 2
 S1 SOS s27 1
    post_1_5_1 1
    relu_1_5_1_slack 2
 S1 SOS s28 1
    post_1_5_2 1
    relu_1_5_2_slack 2
 S1 SOS s29 1
    post_1_5_3 1
    relu_1_5_3_slack 2
 S1 SOS s30 1
    post_1_5_4 1
    relu_1_5_4_slack 2
 S1 SOS s31 1
    post_1_6_0 1
    relu_1_6_0_slack 2
 S1 SOS s32 1
    post_1_6_1 1
    relu_1_6_1_slack 2
 S1 SOS s33 1
    post_1_6_2 1
    relu_1_6_2_slack 2
 S1 SOS s34 1
    post_1_6_3 1
    relu_1_6_3_slack 2
 S1 SOS s35 1
    post_1_6_4 1
    relu_1_6_4_slack 2
 S1 SOS s36 1
    post_1_7_0 1
    relu_1_7_0_slack 2
 S1 SOS s37 1
    post_1_7_1 1
    relu_1_7_1_slack 2
 S1 SOS s38 1
    post_1_7_2 1
    relu_1_7_2_slack 2
 S1 SOS s39 1
    post_1_7_3 1
    relu_1_7_3_slack 2
 S1 SOS s40 1
    post_1_7_4 1
    relu_1_7_4_slack 2
 S1 SOS s41 1
    post_1_8_0 1
    relu_1_8_0_slack 2
 S1 SOS s42 1
    post_1_8_1 1
    relu_1_8_1_slack 2
 S1 SOS s43 1
    post_1_8_2 1
    relu_1_8_2_slack 2
 S1 SOS s44 1
    post_1_8_3 1
    relu_1_8_3_slack 2
 S1 SOS s45 1
    post_1_8_4 1
    relu_1_8_4_slack 2
 S1 SOS s46 1
    post_1_9_0 1
    relu_1_9_0_slack 2
 S1 SOS s47 1
    post_1_9_1 1
    relu_1_9_1_slack 2
 S1 SOS s48 1
    post_1_9_2 1
    relu_1_9_2_slack 2
 S1 SOS s49 1
    post_1_9_3 1
    relu_1_9_3_slack 2
 S1 SOS s50 1
    post_1_9_4 1
    relu_1_9_4_slack 2
 S1 SOS s51 1
    post_1_10_0 1
    relu_1_10_0_slack 2
 S1 SOS s52 1
    post_1_10_1 1
    relu_1_10_1_slack 2
 S1 SOS s53 1
    post_1_10_2 1
    relu_1_10_2_slack 2
 S1 SOS s54 1
    post_1_10_3 1
    relu_1_10_3_slack 2
 S1 SOS s55 1
    post_1_10_4 1
    relu_1_10_4_slack 2
 S1 SOS s56 1
    post_1_11_0 1
    relu_1_11_0_slack 2
 S1 SOS s57 1
    post_1_11_1 1
    relu_1_11_1_slack 2
 S1 SOS s58 1
    post_1_11_2 1
    relu_1_11_2_slack 2
 S1 SOS s59 1
    post_1_11_3 1
    relu_1_11_3_slack 2
 S1 SOS s60 1
    post_1_11_4 1
    relu_1_11_4_slack 2
 S1 SOS s61 1
    post_1_12_0 1
    relu_1_12_0_slack 2
 S1 SOS s62 1
    post_1_12_1 1
    relu_1_12_1_slack 2
 S1 SOS s63 1
    post_1_12_2 1
    relu_1_12_2_slack 2
 S1 SOS s64 1
    post_1_12_3 1
    relu_1_12_3_slack 2
 S1 SOS s65 1
    post_1_12_4 1
    relu_1_12_4_slack 2
 S1 SOS s66 1
    post_1_13_0 1
    relu_1_13_0_slack 2
 S1 SOS s67 1
    post_1_13_1 1
    relu_1_13_1_slack 2
 S1 SOS s68 1
    post_1_13_2 1
    relu_1_13_2_slack 2
 S1 SOS s69 1
    post_1_13_3 1
    relu_1_13_3_slack 2
 S1 SOS s70 1
    post_1_13_4 1
    relu_1_13_4_slack 2
 S1 SOS s71 1
    post_1_14_0 1
    relu_1_14_0_slack 2
 S1 SOS s72 1
    post_1_14_1 1
    relu_1_14_1_slack 2
 S1 SOS s73 1
    post_1_14_2 1
    relu_1_14_2_slack 2
 S1 SOS s74 1
    post_1_14_3 1
    relu_1_14_3_slack 2
 S1 SOS s75 1
    post_1_14_4 1
    relu_1_14_4_slack 2
QUADOBJ
 out_0_0 out_0_0 2
 out_0_1 out_0_1 2
 out_1_0 out_1_0 2
 out_1_1 out_1_1 2
 out_2_0 out_2_0 2
 out_2_1 out_2_1 2
 out_3_0 out_3_0 2
 out_3_1 out_3_1 2
 out_4_0 out_4_0 2
 out_4_1 out_4_1 2
 out_5_0 out_5_0 2
 out_5_1 out_5_1 2
 out_6_0 out_6_0 2
 out_6_1 out_6_1 2
 out_7_0 out_7_0 2
 out_7_1 out_7_1 2
 out_8_0 out_8_0 2
 out_8_1 out_8_1 2
 out_9_0 out_9_0 2
 out_9_1 out_9_1 2
 out_10_0 out_10_0 2
 out_10_1 out_10_1 2
 out_11_0 out_11_0 2
 out_11_1 out_11_1 2
 out_12_0 out_12_0 2
 out_12_1 out_12_1 2
 out_13_0 out_13_0 2
 out_13_1 out_13_1 2
 out_14_0 out_14_0 2
 out_14_1 out_14_1 2
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
 w_2_0_2 post_1_0_2 -0.5
 post_1_0_2 w_2_0_2 -0.5
 w_2_0_3 post_1_0_3 -0.5
 post_1_0_3 w_2_0_3 -0.5
 w_2_0_4 post_1_0_4 -0.5
 post_1_0_4 w_2_0_4 -0.5
QCMATRIX out_definition_0_1
 w_2_1_0 post_1_0_0 -0.5
 post_1_0_0 w_2_1_0 -0.5
 w_2_1_1 post_1_0_1 -0.5
 post_1_0_1 w_2_1_1 -0.5
 w_2_1_2 post_1_0_2 -0.5
 post_1_0_2 w_2_1_2 -0.5
 w_2_1_3 post_1_0_3 -0.5
 post_1_0_3 w_2_1_3 -0.5
 w_2_1_4 post_1_0_4 -0.5
 post_1_0_4 w_2_1_4 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
 w_2_0_2 post_1_1_2 -0.5
 post_1_1_2 w_2_0_2 -0.5
 w_2_0_3 post_1_1_3 -0.5
 post_1_1_3 w_2_0_3 -0.5
 w_2_0_4 post_1_1_4 -0.5
 post_1_1_4 w_2_0_4 -0.5
QCMATRIX out_definition_1_1
 w_2_1_0 post_1_1_0 -0.5
 post_1_1_0 w_2_1_0 -0.5
 w_2_1_1 post_1_1_1 -0.5
 post_1_1_1 w_2_1_1 -0.5
 w_2_1_2 post_1_1_2 -0.5
 post_1_1_2 w_2_1_2 -0.5
 w_2_1_3 post_1_1_3 -0.5
 post_1_1_3 w_2_1_3 -0.5
 w_2_1_4 post_1_1_4 -0.5
 post_1_1_4 w_2_1_4 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
 w_2_0_2 post_1_2_2 -0.5
 post_1_2_2 w_2_0_2 -0.5
 w_2_0_3 post_1_2_3 -0.5
 post_1_2_3 w_2_0_3 -0.5
 w_2_0_4 post_1_2_4 -0.5
 post_1_2_4 w_2_0_4 -0.5
QCMATRIX out_definition_2_1
 w_2_1_0 post_1_2_0 -0.5
 post_1_2_0 w_2_1_0 -0.5
 w_2_1_1 post_1_2_1 -0.5
 post_1_2_1 w_2_1_1 -0.5
 w_2_1_2 post_1_2_2 -0.5
 post_1_2_2 w_2_1_2 -0.5
 w_2_1_3 post_1_2_3 -0.5
 post_1_2_3 w_2_1_3 -0.5
 w_2_1_4 post_1_2_4 -0.5
 post_1_2_4 w_2_1_4 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
 w_2_0_2 post_1_3_2 -0.5
 post_1_3_2 w_2_0_2 -0.5
 w_2_0_3 post_1_3_3 -0.5
 post_1_3_3 w_2_0_3 -0.5
 w_2_0_4 post_1_3_4 -0.5
 post_1_3_4 w_2_0_4 -0.5
QCMATRIX out_definition_3_1
 w_2_1_0 post_1_3_0 -0.5
 post_1_3_0 w_2_1_0 -0.5
 w_2_1_1 post_1_3_1 -0.5
 post_1_3_1 w_2_1_1 -0.5
 w_2_1_2 post_1_3_2 -0.5
 post_1_3_2 w_2_1_2 -0.5
 w_2_1_3 post_1_3_3 -0.5
 post_1_3_3 w_2_1_3 -0.5
 w_2_1_4 post_1_3_4 -0.5
 post_1_3_4 w_2_1_4 -0.5
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
 w_2_0_2 post_1_4_2 -0.5
 post_1_4_2 w_2_0_2 -0.5
 w_2_0_3 post_1_4_3 -0.5
 post_1_4_3 w_2_0_3 -0.5
 w_2_0_4 post_1_4_4 -0.5
 post_1_4_4 w_2_0_4 -0.5
QCMATRIX out_definition_4_1
 w_2_1_0 post_1_4_0 -0.5
 post_1_4_0 w_2_1_0 -0.5
 w_2_1_1 post_1_4_1 -0.5
 post_1_4_1 w_2_1_1 -0.5
 w_2_1_2 post_1_4_2 -0.5
 post_1_4_2 w_2_1_2 -0.5
 w_2_1_3 post_1_4_3 -0.5
 post_1_4_3 w_2_1_3 -0.5
 w_2_1_4 post_1_4_4 -0.5
 post_1_4_4 w_2_1_4 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
 w_2_0_2 post_1_5_2 -0.5
 post_1_5_2 w_2_0_2 -0.5
 w_2_0_3 post_1_5_3 -0.5
 post_1_5_3 w_2_0_3 -0.5
 w_2_0_4 post_1_5_4 -0.5
 post_1_5_4 w_2_0_4 -0.5
QCMATRIX out_definition_5_1
 w_2_1_0 post_1_5_0 -0.5
 post_1_5_0 w_2_1_0 -0.5
 w_2_1_1 post_1_5_1 -0.5
 post_1_5_1 w_2_1_1 -0.5
 w_2_1_2 post_1_5_2 -0.5
 post_1_5_2 w_2_1_2 -0.5
 w_2_1_3 post_1_5_3 -0.5
 post_1_5_3 w_2_1_3 -0.5
 w_2_1_4 post_1_5_4 -0.5
 post_1_5_4 w_2_1_4 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
 w_2_0_2 post_1_6_2 -0.5
 post_1_6_2 w_2_0_2 -0.5
 w_2_0_3 post_1_6_3 -0.5
 post_1_6_3 w_2_0_3 -0.5
 w_2_0_4 post_1_6_4 -0.5
 post_1_6_4 w_2_0_4 -0.5
QCMATRIX out_definition_6_1
 w_2_1_0 post_1_6_0 -0.5
 post_1_6_0 w_2_1_0 -0.5
 w_2_1_1 post_1_6_1 -0.5
 post_1_6_1 w_2_1_1 -0.5
 w_2_1_2 post_1_6_2 -0.5
 post_1_6_2 w_2_1_2 -0.5
 w_2_1_3 post_1_6_3 -0.5
 post_1_6_3 w_2_1_3 -0.5
 w_2_1_4 post_1_6_4 -0.5
 post_1_6_4 w_2_1_4 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
 w_2_0_2 post_1_7_2 -0.5
 post_1_7_2 w_2_0_2 -0.5
 w_2_0_3 post_1_7_3 -0.5
 post_1_7_3 w_2_0_3 -0.5
 w_2_0_4 post_1_7_4 -0.5
 post_1_7_4 w_2_0_4 -0.5
QCMATRIX out_definition_7_1
 w_2_1_0 post_1_7_0 -0.5
 post_1_7_0 w_2_1_0 -0.5
 w_2_1_1 post_1_7_1 -0.5
 post_1_7_1 w_2_1_1 -0.5
 w_2_1_2 post_1_7_2 -0.5
 post_1_7_2 w_2_1_2 -0.5
 w_2_1_3 post_1_7_3 -0.5
 post_1_7_3 w_2_1_3 -0.5
 w_2_1_4 post_1_7_4 -0.5
 post_1_7_4 w_2_1_4 -0.5
QCMATRIX out_definition_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
 w_2_0_2 post_1_8_2 -0.5
 post_1_8_2 w_2_0_2 -0.5
 w_2_0_3 post_1_8_3 -0.5
 post_1_8_3 w_2_0_3 -0.5
 w_2_0_4 post_1_8_4 -0.5
 post_1_8_4 w_2_0_4 -0.5
QCMATRIX out_definition_8_1
 w_2_1_0 post_1_8_0 -0.5
 post_1_8_0 w_2_1_0 -0.5
 w_2_1_1 post_1_8_1 -0.5
 post_1_8_1 w_2_1_1 -0.5
 w_2_1_2 post_1_8_2 -0.5
 post_1_8_2 w_2_1_2 -0.5
 w_2_1_3 post_1_8_3 -0.5
 post_1_8_3 w_2_1_3 -0.5
 w_2_1_4 post_1_8_4 -0.5
 post_1_8_4 w_2_1_4 -0.5
QCMATRIX out_definition_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
 w_2_0_2 post_1_9_2 -0.5
 post_1_9_2 w_2_0_2 -0.5
 w_2_0_3 post_1_9_3 -0.5
 post_1_9_3 w_2_0_3 -0.5
 w_2_0_4 post_1_9_4 -0.5
 post_1_9_4 w_2_0_4 -0.5
QCMATRIX out_definition_9_1
 w_2_1_0 post_1_9_0 -0.5
 post_1_9_0 w_2_1_0 -0.5
 w_2_1_1 post_1_9_1 -0.5
 post_1_9_1 w_2_1_1 -0.5
 w_2_1_2 post_1_9_2 -0.5
 post_1_9_2 w_2_1_2 -0.5
 w_2_1_3 post_1_9_3 -0.5
 post_1_9_3 w_2_1_3 -0.5
 w_2_1_4 post_1_9_4 -0.5
 post_1_9_4 w_2_1_4 -0.5
QCMATRIX out_definition_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
 w_2_0_2 post_1_10_2 -0.5
 post_1_10_2 w_2_0_2 -0.5
 w_2_0_3 post_1_10_3 -0.5
 post_1_10_3 w_2_0_3 -0.5
 w_2_0_4 post_1_10_4 -0.5
 post_1_10_4 w_2_0_4 -0.5
QCMATRIX out_definition_10_1
 w_2_1_0 post_1_10_0 -0.5
 post_1_10_0 w_2_1_0 -0.5
 w_2_1_1 post_1_10_1 -0.5
 post_1_10_1 w_2_1_1 -0.5
 w_2_1_2 post_1_10_2 -0.5
 post_1_10_2 w_2_1_2 -0.5
 w_2_1_3 post_1_10_3 -0.5
 post_1_10_3 w_2_1_3 -0.5
 w_2_1_4 post_1_10_4 -0.5
 post_1_10_4 w_2_1_4 -0.5
QCMATRIX out_definition_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
 w_2_0_2 post_1_11_2 -0.5
 post_1_11_2 w_2_0_2 -0.5
 w_2_0_3 post_1_11_3 -0.5
 post_1_11_3 w_2_0_3 -0.5
 w_2_0_4 post_1_11_4 -0.5
 post_1_11_4 w_2_0_4 -0.5
QCMATRIX out_definition_11_1
 w_2_1_0 post_1_11_0 -0.5
 post_1_11_0 w_2_1_0 -0.5
 w_2_1_1 post_1_11_1 -0.5
 post_1_11_1 w_2_1_1 -0.5
 w_2_1_2 post_1_11_2 -0.5
 post_1_11_2 w_2_1_2 -0.5
 w_2_1_3 post_1_11_3 -0.5
 post_1_11_3 w_2_1_3 -0.5
 w_2_1_4 post_1_11_4 -0.5
 post_1_11_4 w_2_1_4 -0.5
QCMATRIX out_definition_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
 w_2_0_2 post_1_12_2 -0.5
 post_1_12_2 w_2_0_2 -0.5
 w_2_0_3 post_1_12_3 -0.5
 post_1_12_3 w_2_0_3 -0.5
 w_2_0_4 post_1_12_4 -0.5
 post_1_12_4 w_2_0_4 -0.5
QCMATRIX out_definition_12_1
 w_2_1_0 post_1_12_0 -0.5
 post_1_12_0 w_2_1_0 -0.5
 w_2_1_1 post_1_12_1 -0.5
 post_1_12_1 w_2_1_1 -0.5
 w_2_1_2 post_1_12_2 -0.5
 post_1_12_2 w_2_1_2 -0.5
 w_2_1_3 post_1_12_3 -0.5
 post_1_12_3 w_2_1_3 -0.5
 w_2_1_4 post_1_12_4 -0.5
 post_1_12_4 w_2_1_4 -0.5
QCMATRIX out_definition_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
 w_2_0_2 post_1_13_2 -0.5
 post_1_13_2 w_2_0_2 -0.5
 w_2_0_3 post_1_13_3 -0.5
 post_1_13_3 w_2_0_3 -0.5
 w_2_0_4 post_1_13_4 -0.5
 post_1_13_4 w_2_0_4 -0.5
QCMATRIX out_definition_13_1
 w_2_1_0 post_1_13_0 -0.5
 post_1_13_0 w_2_1_0 -0.5
 w_2_1_1 post_1_13_1 -0.5
 post_1_13_1 w_2_1_1 -0.5
 w_2_1_2 post_1_13_2 -0.5
 post_1_13_2 w_2_1_2 -0.5
 w_2_1_3 post_1_13_3 -0.5
 post_1_13_3 w_2_1_3 -0.5
 w_2_1_4 post_1_13_4 -0.5
 post_1_13_4 w_2_1_4 -0.5
QCMATRIX out_definition_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
 w_2_0_2 post_1_14_2 -0.5
 post_1_14_2 w_2_0_2 -0.5
 w_2_0_3 post_1_14_3 -0.5
 post_1_14_3 w_2_0_3 -0.5
 w_2_0_4 post_1_14_4 -0.5
 post_1_14_4 w_2_0_4 -0.5
QCMATRIX out_definition_14_1
 w_2_1_0 post_1_14_0 -0.5
 post_1_14_0 w_2_1_0 -0.5
 w_2_1_1 post_1_14_1 -0.5
 post_1_14_1 w_2_1_1 -0.5
 w_2_1_2 post_1_14_2 -0.5
 post_1_14_2 w_2_1_2 -0.5
 w_2_1_3 post_1_14_3 -0.5
 post_1_14_3 w_2_1_3 -0.5
 w_2_1_4 post_1_14_4 -0.5
 post_1_14_4 w_2_1_4 -0.5
ENDATA
