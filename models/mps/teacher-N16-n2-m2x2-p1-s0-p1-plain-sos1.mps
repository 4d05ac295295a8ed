* teacher-N16-n2-m2x2-p1-s0-p1-plain-sos1  (relu-opt library: teacher-N16-n2-m2x2-p1-s0, problem 1, plain-sos1; {"hidden": [2, 2], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n2-m2x2-p1-s0-p1-plain-sos1
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_0_1
 E pre_definition_1_1_0
 E pre_definition_1_1_1
 E pre_definition_1_2_0
 E pre_definition_1_2_1
 E pre_definition_1_3_0
 E pre_definition_1_3_1
 E pre_definition_1_4_0
 E pre_definition_1_4_1
 E pre_definition_1_5_0
 E pre_definition_1_5_1
 E pre_definition_1_6_0
 E pre_definition_1_6_1
 E pre_definition_1_7_0
 E pre_definition_1_7_1
 E pre_definition_1_8_0
 E pre_definition_1_8_1
 E pre_definition_1_9_0
 E pre_definition_1_9_1
 E pre_definition_1_10_0
 E pre_definition_1_10_1
 E pre_definition_1_11_0
 E pre_definition_1_11_1
 E pre_definition_1_12_0
 E pre_definition_1_12_1
 E pre_definition_1_13_0
 E pre_definition_1_13_1
 E pre_definition_1_14_0
 E pre_definition_1_14_1
 E pre_definition_1_15_0
 E pre_definition_1_15_1
 E pre_definition_2_0_0
 E pre_definition_2_0_1
 E pre_definition_2_1_0
 E pre_definition_2_1_1
 E pre_definition_2_2_0
 E pre_definition_2_2_1
 E pre_definition_2_3_0
 E pre_definition_2_3_1
 E pre_definition_2_4_0
 E pre_definition_2_4_1
 E pre_definition_2_5_0
 E pre_definition_2_5_1
 E pre_definition_2_6_0
 E pre_definition_2_6_1
 E pre_definition_2_7_0
 E pre_definition_2_7_1
 E pre_definition_2_8_0
 E pre_definition_2_8_1
 E pre_definition_2_9_0
 E pre_definition_2_9_1
 E pre_definition_2_10_0
 E pre_definition_2_10_1
 E pre_definition_2_11_0
 E pre_definition_2_11_1
 E pre_definition_2_12_0
 E pre_definition_2_12_1
 E pre_definition_2_13_0
 E pre_definition_2_13_1
 E pre_definition_2_14_0
 E pre_definition_2_14_1
 E pre_definition_2_15_0
 E pre_definition_2_15_1
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
 E relu_1_0_0_slack_definition
 E relu_1_0_1_slack_definition
 E relu_1_1_0_slack_definition
 E relu_1_1_1_slack_definition
 E relu_1_2_0_slack_definition
 E relu_1_2_1_slack_definition
 E relu_1_3_0_slack_definition
 E relu_1_3_1_slack_definition
 E relu_1_4_0_slack_definition
 E relu_1_4_1_slack_definition
 E relu_1_5_0_slack_definition
 E relu_1_5_1_slack_definition
 E relu_1_6_0_slack_definition
 E relu_1_6_1_slack_definition
 E relu_1_7_0_slack_definition
 E relu_1_7_1_slack_definition
 E relu_1_8_0_slack_definition
 E relu_1_8_1_slack_definition
 E relu_1_9_0_slack_definition
 E relu_1_9_1_slack_definition
 E relu_1_10_0_slack_definition
 E relu_1_10_1_slack_definition
 E relu_1_11_0_slack_definition
 E relu_1_11_1_slack_definition
 E relu_1_12_0_slack_definition
 E relu_1_12_1_slack_definition
 E relu_1_13_0_slack_definition
 E relu_1_13_1_slack_definition
 E relu_1_14_0_slack_definition
 E relu_1_14_1_slack_definition
 E relu_1_15_0_slack_definition
 E relu_1_15_1_slack_definition
 E relu_2_0_0_slack_definition
 E relu_2_0_1_slack_definition
 E relu_2_1_0_slack_definition
 E relu_2_1_1_slack_definition
 E relu_2_2_0_slack_definition
 E relu_2_2_1_slack_definition
 E relu_2_3_0_slack_definition
 E relu_2_3_1_slack_definition
 E relu_2_4_0_slack_definition
 E relu_2_4_1_slack_definition
 E relu_2_5_0_slack_definition
 E relu_2_5_1_slack_definition
 E relu_2_6_0_slack_definition
 E relu_2_6_1_slack_definition
 E relu_2_7_0_slack_definition
 E relu_2_7_1_slack_definition
 E relu_2_8_0_slack_definition
 E relu_2_8_1_slack_definition
 E relu_2_9_0_slack_definition
 E relu_2_9_1_slack_definition
 E relu_2_10_0_slack_definition
 E relu_2_10_1_slack_definition
 E relu_2_11_0_slack_definition
 E relu_2_11_1_slack_definition
 E relu_2_12_0_slack_definition
 E relu_2_12_1_slack_definition
 E relu_2_13_0_slack_definition
 E relu_2_13_1_slack_definition
 E relu_2_14_0_slack_definition
 E relu_2_14_1_slack_definition
 E relu_2_15_0_slack_definition
 E relu_2_15_1_slack_definition
COLUMNS
 w_1_0_0 pre_definition_1_0_0 0.648688758794882
 w_1_0_0 pre_definition_1_1_0 -0.08292244049818343
 w_1_0_0 pre_definition_1_2_0 0.1546255576046831
 w_1_0_0 pre_definition_1_3_0 0.7514334470008721
 w_1_0_0 pre_definition_1_4_0 -0.2943790231485002
 w_1_0_0 pre_definition_1_5_0 0.23264489147623313
 w_1_0_0 pre_definition_1_6_0 -0.9616706775524602
 w_1_0_0 pre_definition_1_7_0 -0.3009185525356326
 w_1_0_0 pre_definition_1_8_0 0.22215715204179243
 w_1_0_0 pre_definition_1_9_0 -0.4429766803881634
 w_1_0_0 pre_definition_1_10_0 0.3795162488820887
 w_1_0_0 pre_definition_1_11_0 -0.7789756686980005
 w_1_0_0 pre_definition_1_12_0 0.28440960658185954
 w_1_0_0 pre_definition_1_13_0 0.3562612178481157
 w_1_0_0 pre_definition_1_14_0 0.3241775489857335
 w_1_0_0 pre_definition_1_15_0 -0.7805487040095846
 w_1_0_1 pre_definition_1_0_0 -0.7263578446997732
 w_1_0_1 pre_definition_1_1_0 0.40057621892523043
 w_1_0_1 pre_definition_1_2_0 0.9433606577090741
 w_1_0_1 pre_definition_1_3_0 -0.34124882938726064
 w_1_0_1 pre_definition_1_4_0 -0.2307702229625077
 w_1_0_1 pre_definition_1_5_0 -0.994419871578422
 w_1_0_1 pre_definition_1_6_0 -0.3710839689613894
 w_1_0_1 pre_definition_1_7_0 -0.37689346114188016
 w_1_0_1 pre_definition_1_8_0 0.7298069899551776
 w_1_0_1 pre_definition_1_9_0 -0.050708644951451776
 w_1_0_1 pre_definition_1_10_0 0.028329282336421846
 w_1_0_1 pre_definition_1_11_0 -0.8680870319124994
 w_1_0_1 pre_definition_1_12_0 -0.14305966145952187
 w_1_0_1 pre_definition_1_13_0 -0.1886000603993936
 w_1_0_1 pre_definition_1_14_0 0.21676199894367754
 w_1_0_1 pre_definition_1_15_0 0.5456848129332406
 w_1_1_0 pre_definition_1_0_1 0.648688758794882
 w_1_1_0 pre_definition_1_1_1 -0.08292244049818343
 w_1_1_0 pre_definition_1_2_1 0.1546255576046831
 w_1_1_0 pre_definition_1_3_1 0.7514334470008721
 w_1_1_0 pre_definition_1_4_1 -0.2943790231485002
 w_1_1_0 pre_definition_1_5_1 0.23264489147623313
 w_1_1_0 pre_definition_1_6_1 -0.9616706775524602
 w_1_1_0 pre_definition_1_7_1 -0.3009185525356326
 w_1_1_0 pre_definition_1_8_1 0.22215715204179243
 w_1_1_0 pre_definition_1_9_1 -0.4429766803881634
 w_1_1_0 pre_definition_1_10_1 0.3795162488820887
 w_1_1_0 pre_definition_1_11_1 -0.7789756686980005
 w_1_1_0 pre_definition_1_12_1 0.28440960658185954
 w_1_1_0 pre_definition_1_13_1 0.3562612178481157
 w_1_1_0 pre_definition_1_14_1 0.3241775489857335
 w_1_1_0 pre_definition_1_15_1 -0.7805487040095846
 w_1_1_1 pre_definition_1_0_1 -0.7263578446997732
 w_1_1_1 pre_definition_1_1_1 0.40057621892523043
 w_1_1_1 pre_definition_1_2_1 0.9433606577090741
 w_1_1_1 pre_definition_1_3_1 -0.34124882938726064
 w_1_1_1 pre_definition_1_4_1 -0.2307702229625077
 w_1_1_1 pre_definition_1_5_1 -0.994419871578422
 w_1_1_1 pre_definition_1_6_1 -0.3710839689613894
 w_1_1_1 pre_definition_1_7_1 -0.37689346114188016
 w_1_1_1 pre_definition_1_8_1 0.7298069899551776
 w_1_1_1 pre_definition_1_9_1 -0.050708644951451776
 w_1_1_1 pre_definition_1_10_1 0.028329282336421846
 w_1_1_1 pre_definition_1_11_1 -0.8680870319124994
 w_1_1_1 pre_definition_1_12_1 -0.14305966145952187
 w_1_1_1 pre_definition_1_13_1 -0.1886000603993936
 w_1_1_1 pre_definition_1_14_1 0.21676199894367754
 w_1_1_1 pre_definition_1_15_1 0.5456848129332406
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_1_0 obj 0
 w_2_1_1 obj 0
 w_3_0_0 obj 0
 w_3_0_1 obj 0
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
 b_2_0 pre_definition_2_0_0 -1
 b_2_0 pre_definition_2_1_0 -1
 b_2_0 pre_definition_2_2_0 -1
 b_2_0 pre_definition_2_3_0 -1
 b_2_0 pre_definition_2_4_0 -1
 b_2_0 pre_definition_2_5_0 -1
 b_2_0 pre_definition_2_6_0 -1
 b_2_0 pre_definition_2_7_0 -1
 b_2_0 pre_definition_2_8_0 -1
 b_2_0 pre_definition_2_9_0 -1
 b_2_0 pre_definition_2_10_0 -1
 b_2_0 pre_definition_2_11_0 -1
 b_2_0 pre_definition_2_12_0 -1
 b_2_0 pre_definition_2_13_0 -1
 b_2_0 pre_definition_2_14_0 -1
 b_2_0 pre_definition_2_15_0 -1
 b_2_1 pre_definition_2_0_1 -1
 b_2_1 pre_definition_2_1_1 -1
 b_2_1 pre_definition_2_2_1 -1
 b_2_1 pre_definition_2_3_1 -1
 b_2_1 pre_definition_2_4_1 -1
 b_2_1 pre_definition_2_5_1 -1
 b_2_1 pre_definition_2_6_1 -1
 b_2_1 pre_definition_2_7_1 -1
 b_2_1 pre_definition_2_8_1 -1
 b_2_1 pre_definition_2_9_1 -1
 b_2_1 pre_definition_2_10_1 -1
 b_2_1 pre_definition_2_11_1 -1
 b_2_1 pre_definition_2_12_1 -1
 b_2_1 pre_definition_2_13_1 -1
 b_2_1 pre_definition_2_14_1 -1
 b_2_1 pre_definition_2_15_1 -1
 b_3_0 out_definition_0_0 -1
 b_3_0 out_definition_1_0 -1
 b_3_0 out_definition_2_0 -1
 b_3_0 out_definition_3_0 -1
 b_3_0 out_definition_4_0 -1
 b_3_0 out_definition_5_0 -1
 b_3_0 out_definition_6_0 -1
 b_3_0 out_definition_7_0 -1
 b_3_0 out_definition_8_0 -1
 b_3_0 out_definition_9_0 -1
 b_3_0 out_definition_10_0 -1
 b_3_0 out_definition_11_0 -1
 b_3_0 out_definition_12_0 -1
 b_3_0 out_definition_13_0 -1
 b_3_0 out_definition_14_0 -1
 b_3_0 out_definition_15_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_slack_definition 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_slack_definition 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_slack_definition 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_slack_definition 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_slack_definition 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_slack_definition 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_slack_definition 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_slack_definition 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_slack_definition 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_slack_definition 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_slack_definition 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_slack_definition 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_slack_definition 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_slack_definition 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_slack_definition 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_slack_definition 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_slack_definition 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_slack_definition 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_slack_definition 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_slack_definition 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_slack_definition 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_slack_definition 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_slack_definition 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_slack_definition 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_slack_definition 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_slack_definition 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_slack_definition 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_slack_definition 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_slack_definition 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_slack_definition 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_slack_definition 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_slack_definition 1
 pre_2_0_0 pre_definition_2_0_0 1
 pre_2_0_0 relu_2_0_0_slack_definition 1
 pre_2_0_1 pre_definition_2_0_1 1
 pre_2_0_1 relu_2_0_1_slack_definition 1
 pre_2_1_0 pre_definition_2_1_0 1
 pre_2_1_0 relu_2_1_0_slack_definition 1
 pre_2_1_1 pre_definition_2_1_1 1
 pre_2_1_1 relu_2_1_1_slack_definition 1
 pre_2_2_0 pre_definition_2_2_0 1
 pre_2_2_0 relu_2_2_0_slack_definition 1
 pre_2_2_1 pre_definition_2_2_1 1
 pre_2_2_1 relu_2_2_1_slack_definition 1
 pre_2_3_0 pre_definition_2_3_0 1
 pre_2_3_0 relu_2_3_0_slack_definition 1
 pre_2_3_1 pre_definition_2_3_1 1
 pre_2_3_1 relu_2_3_1_slack_definition 1
 pre_2_4_0 pre_definition_2_4_0 1
 pre_2_4_0 relu_2_4_0_slack_definition 1
 pre_2_4_1 pre_definition_2_4_1 1
 pre_2_4_1 relu_2_4_1_slack_definition 1
 pre_2_5_0 pre_definition_2_5_0 1
 pre_2_5_0 relu_2_5_0_slack_definition 1
 pre_2_5_1 pre_definition_2_5_1 1
 pre_2_5_1 relu_2_5_1_slack_definition 1
 pre_2_6_0 pre_definition_2_6_0 1
 pre_2_6_0 relu_2_6_0_slack_definition 1
 pre_2_6_1 pre_definition_2_6_1 1
 pre_2_6_1 relu_2_6_1_slack_definition 1
 pre_2_7_0 pre_definition_2_7_0 1
 pre_2_7_0 relu_2_7_0_slack_definition 1
 pre_2_7_1 pre_definition_2_7_1 1
 pre_2_7_1 relu_2_7_1_slack_definition 1
 pre_2_8_0 pre_definition_2_8_0 1
 pre_2_8_0 relu_2_8_0_slack_definition 1
 pre_2_8_1 pre_definition_2_8_1 1
 pre_2_8_1 relu_2_8_1_slack_definition 1
 pre_2_9_0 pre_definition_2_9_0 1
 pre_2_9_0 relu_2_9_0_slack_definition 1
 pre_2_9_1 pre_definition_2_9_1 1
 pre_2_9_1 relu_2_9_1_slack_definition 1
 pre_2_10_0 pre_definition_2_10_0 1
 pre_2_10_0 relu_2_10_0_slack_definition 1
 pre_2_10_1 pre_definition_2_10_1 1
 pre_2_10_1 relu_2_10_1_slack_definition 1
 pre_2_11_0 pre_definition_2_11_0 1
 pre_2_11_0 relu_2_11_0_slack_definition 1
 pre_2_11_1 pre_definition_2_11_1 1
 pre_2_11_1 relu_2_11_1_slack_definition 1
 pre_2_12_0 pre_definition_2_12_0 1
 pre_2_12_0 relu_2_12_0_slack_definition 1
 pre_2_12_1 pre_definition_2_12_1 1
 pre_2_12_1 relu_2_12_1_slack_definition 1
 pre_2_13_0 pre_definition_2_13_0 1
 pre_2_13_0 relu_2_13_0_slack_definition 1
 pre_2_13_1 pre_definition_2_13_1 1
 pre_2_13_1 relu_2_13_1_slack_definition 1
 pre_2_14_0 pre_definition_2_14_0 1
 pre_2_14_0 relu_2_14_0_slack_definition 1
 pre_2_14_1 pre_definition_2_14_1 1
 pre_2_14_1 relu_2_14_1_slack_definition 1
 pre_2_15_0 pre_definition_2_15_0 1
 pre_2_15_0 relu_2_15_0_slack_definition 1
 pre_2_15_1 pre_definition_2_15_1 1
 pre_2_15_1 relu_2_15_1_slack_definition 1
 post_1_0_0 relu_1_0_0_slack_definition -1
 post_1_0_1 relu_1_0_1_slack_definition -1
 post_1_1_0 relu_1_1_0_slack_definition -1
 post_1_1_1 relu_1_1_1_slack_definition -1
 post_1_2_0 relu_1_2_0_slack_definition -1
 post_1_2_1 relu_1_2_1_slack_definition -1
 post_1_3_0 relu_1_3_0_slack_definition -1
 post_1_3_1 relu_1_3_1_slack_definition -1
 post_1_4_0 relu_1_4_0_slack_definition -1
 post_1_4_1 relu_1_4_1_slack_definition -1
 post_1_5_0 relu_1_5_0_slack_definition -1
 post_1_5_1 relu_1_5_1_slack_definition -1
 post_1_6_0 relu_1_6_0_slack_definition -1
 post_1_6_1 relu_1_6_1_slack_definition -1
 post_1_7_0 relu_1_7_0_slack_definition -1
 post_1_7_1 relu_1_7_1_slack_definition -1
 post_1_8_0 relu_1_8_0_slack_definition -1
 post_1_8_1 relu_1_8_1_slack_definition -1
 post_1_9_0 relu_1_9_0_slack_definition -1
 post_1_9_1 relu_1_9_1_slack_definition -1
 post_1_10_0 relu_1_10_0_slack_definition -1
 post_1_10_1 relu_1_10_1_slack_definition -1
 post_1_11_0 relu_1_11_0_slack_definition -1
 post_1_11_1 relu_1_11_1_slack_definition -1
 post_1_12_0 relu_1_12_0_slack_definition -1
 post_1_12_1 relu_1_12_1_slack_definition -1
 post_1_13_0 relu_1_13_0_slack_definition -1
 post_1_13_1 relu_1_13_1_slack_definition -1
 post_1_14_0 relu_1_14_0_slack_definition -1
 post_1_14_1 relu_1_14_1_slack_definition -1
 post_1_15_0 relu_1_15_0_slack_definition -1
 post_1_15_1 relu_1_15_1_slack_definition -1
 post_2_0_0 relu_2_0_0_slack_definition -1
 post_2_0_1 relu_2_0_1_slack_definition -1
 post_2_1_0 relu_2_1_0_slack_definition -1
 post_2_1_1 relu_2_1_1_slack_definition -1
 post_2_2_0 relu_2_2_0_slack_definition -1
 post_2_2_1 relu_2_2_1_slack_definition -1
 post_2_3_0 relu_2_3_0_slack_definition -1
 post_2_3_1 relu_2_3_1_slack_definition -1
 post_2_4_0 relu_2_4_0_slack_definition -1
 post_2_4_1 relu_2_4_1_slack_definition -1
 post_2_5_0 relu_2_5_0_slack_definition -1
 post_2_5_1 relu_2_5_1_slack_definition -1
 post_2_6_0 relu_2_6_0_slack_definition -1
 post_2_6_1 relu_2_6_1_slack_definition -1
 post_2_7_0 relu_2_7_0_slack_definition -1
 post_2_7_1 relu_2_7_1_slack_definition -1
 post_2_8_0 relu_2_8_0_slack_definition -1
 post_2_8_1 relu_2_8_1_slack_definition -1
 post_2_9_0 relu_2_9_0_slack_definition -1
 post_2_9_1 relu_2_9_1_slack_definition -1
 post_2_10_0 relu_2_10_0_slack_definition -1
 post_2_10_1 relu_2_10_1_slack_definition -1
 post_2_11_0 relu_2_11_0_slack_definition -1
 post_2_11_1 relu_2_11_1_slack_definition -1
 post_2_12_0 relu_2_12_0_slack_definition -1
 post_2_12_1 relu_2_12_1_slack_definition -1
 post_2_13_0 relu_2_13_0_slack_definition -1
 post_2_13_1 relu_2_13_1_slack_definition -1
 post_2_14_0 relu_2_14_0_slack_definition -1
 post_2_14_1 relu_2_14_1_slack_definition -1
 post_2_15_0 relu_2_15_0_slack_definition -1
 post_2_15_1 relu_2_15_1_slack_definition -1
 out_0_0 obj -2.7202532279251863
 out_0_0 out_definition_0_0 1
 out_1_0 obj -3.0565263022993197
 out_1_0 out_definition_1_0 1
 out_2_0 obj -2.266927293989921
 out_2_0 out_definition_2_0 1
 out_3_0 obj -2.6395703365261536
 out_3_0 out_definition_3_0 1
 out_4_0 obj -1.9812051329573805
 out_4_0 out_definition_4_0 1
 out_5_0 obj -1.9037131986059108
 out_5_0 out_definition_5_0 1
 out_6_0 obj -2.1722695760357444
 out_6_0 out_definition_6_0 1
 out_7_0 obj -1.8485757696374296
 out_7_0 out_definition_7_0 1
 out_8_0 obj -2.206086785418303
 out_8_0 out_definition_8_0 1
 out_9_0 obj -2.371260708309112
 out_9_0 out_definition_9_0 1
 out_10_0 obj -2.7305648377487386
 out_10_0 out_definition_10_0 1
 out_11_0 obj -1.7191220710679769
 out_11_0 out_definition_11_0 1
 out_12_0 obj -2.458822991596638
 out_12_0 out_definition_12_0 1
 out_13_0 obj -2.5058716175618727
 out_13_0 out_definition_13_0 1
 out_14_0 obj -2.244789005439479
 out_14_0 out_definition_14_0 1
 out_15_0 obj -2.92012886922076
 out_15_0 out_definition_15_0 1
 relu_1_0_0_slack relu_1_0_0_slack_definition 1
 relu_1_0_1_slack relu_1_0_1_slack_definition 1
 relu_1_1_0_slack relu_1_1_0_slack_definition 1
 relu_1_1_1_slack relu_1_1_1_slack_definition 1
 relu_1_2_0_slack relu_1_2_0_slack_definition 1
 relu_1_2_1_slack relu_1_2_1_slack_definition 1
 relu_1_3_0_slack relu_1_3_0_slack_definition 1
 relu_1_3_1_slack relu_1_3_1_slack_definition 1
 relu_1_4_0_slack relu_1_4_0_slack_definition 1
 relu_1_4_1_slack relu_1_4_1_slack_definition 1
 relu_1_5_0_slack relu_1_5_0_slack_definition 1
 relu_1_5_1_slack relu_1_5_1_slack_definition 1
 relu_1_6_0_slack relu_1_6_0_slack_definition 1
 relu_1_6_1_slack relu_1_6_1_slack_definition 1
 relu_1_7_0_slack relu_1_7_0_slack_definition 1
 relu_1_7_1_slack relu_1_7_1_slack_definition 1
 relu_1_8_0_slack relu_1_8_0_slack_definition 1
 relu_1_8_1_slack relu_1_8_1_slack_definition 1
 relu_1_9_0_slack relu_1_9_0_slack_definition 1
 relu_1_9_1_slack relu_1_9_1_slack_definition 1
 relu_1_10_0_slack relu_1_10_0_slack_definition 1
 relu_1_10_1_slack relu_1_10_1_slack_definition 1
 relu_1_11_0_slack relu_1_11_0_slack_definition 1
 relu_1_11_1_slack relu_1_11_1_slack_definition 1
 relu_1_12_0_slack relu_1_12_0_slack_definition 1
 relu_1_12_1_slack relu_1_12_1_slack_definition 1
 relu_1_13_0_slack relu_1_13_0_slack_definition 1
 relu_1_13_1_slack relu_1_13_1_slack_definition 1
 relu_1_14_0_slack relu_1_14_0_slack_definition 1
 relu_1_14_1_slack relu_1_14_1_slack_definition 1
 relu_1_15_0_slack relu_1_15_0_slack_definition 1
 relu_1_15_1_slack relu_1_15_1_slack_definition 1
 relu_2_0_0_slack relu_2_0_0_slack_definition 1
 relu_2_0_1_slack relu_2_0_1_slack_definition 1
 relu_2_1_0_slack relu_2_1_0_slack_definition 1
 relu_2_1_1_slack relu_2_1_1_slack_definition 1
 relu_2_2_0_slack relu_2_2_0_slack_definition 1
 relu_2_2_1_slack relu_2_2_1_slack_definition 1
 relu_2_3_0_slack relu_2_3_0_slack_definition 1
 relu_2_3_1_slack relu_2_3_1_slack_definition 1
 relu_2_4_0_slack relu_2_4_0_slack_definition 1
 relu_2_4_1_slack relu_2_4_1_slack_definition 1
 relu_2_5_0_slack relu_2_5_0_slack_definition 1
 relu_2_5_1_slack relu_2_5_1_slack_definition 1
 relu_2_6_0_slack relu_2_6_0_slack_definition 1
 relu_2_6_1_slack relu_2_6_1_slack_definition 1
 relu_2_7_0_slack relu_2_7_0_slack_definition 1
 relu_2_7_1_slack relu_2_7_1_slack_definition 1
 relu_2_8_0_slack relu_2_8_0_slack_definition 1
 relu_2_8_1_slack relu_2_8_1_slack_definition 1
 relu_2_9_0_slack relu_2_9_0_slack_definition 1
 relu_2_9_1_slack relu_2_9_1_slack_definition 1
 relu_2_10_0_slack relu_2_10_0_slack_definition 1
 relu_2_10_1_slack relu_2_10_1_slack_definition 1
 relu_2_11_0_slack relu_2_11_0_slack_definition 1
 relu_2_11_1_slack relu_2_11_1_slack_definition 1
 relu_2_12_0_slack relu_2_12_0_slack_definition 1
 relu_2_12_1_slack relu_2_12_1_slack_definition 1
 relu_2_13_0_slack relu_2_13_0_slack_definition 1
 relu_2_13_1_slack relu_2_13_1_slack_definition 1
 relu_2_14_0_slack relu_2_14_0_slack_definition 1
 relu_2_14_1_slack relu_2_14_1_slack_definition 1
 relu_2_15_0_slack relu_2_15_0_slack_definition 1
 relu_2_15_1_slack relu_2_15_1_slack_definition 1
RHS
 rhs obj -22.83155035657749
BOUNDS
 LO bnd w_1_0_0 -3
 UP bnd w_1_0_0 3
 LO bnd w_1_0_1 -3
 UP bnd w_1_0_1 3
 LO bnd w_1_1_0 -3
 UP bnd w_1_1_0 3
 LO bnd w_1_1_1 -3
 UP bnd w_1_1_1 3
 LO bnd w_2_0_0 -3
 UP bnd w_2_0_0 3
 LO bnd w_2_0_1 -3
 UP bnd w_2_0_1 3
 LO bnd w_2_1_0 -3
 UP bnd w_2_1_0 3
 LO bnd w_2_1_1 -3
 UP bnd w_2_1_1 3
 LO bnd w_3_0_0 -3
 UP bnd w_3_0_0 3
 LO bnd w_3_0_1 -3
 UP bnd w_3_0_1 3
 LO bnd b_1_0 -3
 UP bnd b_1_0 3
 LO bnd b_1_1 -3
 UP bnd b_1_1 3
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd b_2_1 -3
 UP bnd b_2_1 3
 LO bnd b_3_0 -3
 UP bnd b_3_0 3
 LO bnd pre_1_0_0 -7.125139810483965
 UP bnd pre_1_0_0 7.125139810483965
 LO bnd pre_1_0_1 -7.125139810483965
 UP bnd pre_1_0_1 7.125139810483965
 LO bnd pre_1_1_0 -4.450495978270242
 UP bnd pre_1_1_0 4.450495978270242
 LO bnd pre_1_1_1 -4.450495978270242
 UP bnd pre_1_1_1 4.450495978270242
 LO bnd pre_1_2_0 -6.293958645941272
 UP bnd pre_1_2_0 6.293958645941272
 LO bnd pre_1_2_1 -6.293958645941272
 UP bnd pre_1_2_1 6.293958645941272
 LO bnd pre_1_3_0 -6.278046829164398
 UP bnd pre_1_3_0 6.278046829164398
 LO bnd pre_1_3_1 -6.278046829164398
 UP bnd pre_1_3_1 6.278046829164398
 LO bnd pre_1_4_0 -4.575447738333024
 UP bnd pre_1_4_0 4.575447738333024
 LO bnd pre_1_4_1 -4.575447738333024
 UP bnd pre_1_4_1 4.575447738333024
 LO bnd pre_1_5_0 -6.681194289163965
 UP bnd pre_1_5_0 6.681194289163965
 LO bnd pre_1_5_1 -6.681194289163965
 UP bnd pre_1_5_1 6.681194289163965
 LO bnd pre_1_6_0 -6.998263939541548
 UP bnd pre_1_6_0 6.998263939541548
 LO bnd pre_1_6_1 -6.998263939541548
 UP bnd pre_1_6_1 6.998263939541548
 LO bnd pre_1_7_0 -5.033436041032538
 UP bnd pre_1_7_0 5.033436041032538
 LO bnd pre_1_7_1 -5.033436041032538
 UP bnd pre_1_7_1 5.033436041032538
 LO bnd pre_1_8_0 -5.85589242599091
 UP bnd pre_1_8_0 5.85589242599091
 LO bnd pre_1_8_1 -5.85589242599091
 UP bnd pre_1_8_1 5.85589242599091
 LO bnd pre_1_9_0 -4.481055976018846
 UP bnd pre_1_9_0 4.481055976018846
 LO bnd pre_1_9_1 -4.481055976018846
 UP bnd pre_1_9_1 4.481055976018846
 LO bnd pre_1_10_0 -4.223536593655531
 UP bnd pre_1_10_0 4.223536593655531
 LO bnd pre_1_10_1 -4.223536593655531
 UP bnd pre_1_10_1 4.223536593655531
 LO bnd pre_1_11_0 -7.9411881018315
 UP bnd pre_1_11_0 7.9411881018315
 LO bnd pre_1_11_1 -7.9411881018315
 UP bnd pre_1_11_1 7.9411881018315
 LO bnd pre_1_12_0 -4.282407804124144
 UP bnd pre_1_12_0 4.282407804124144
 LO bnd pre_1_12_1 -4.282407804124144
 UP bnd pre_1_12_1 4.282407804124144
 LO bnd pre_1_13_0 -4.634583834742528
 UP bnd pre_1_13_0 4.634583834742528
 LO bnd pre_1_13_1 -4.634583834742528
 UP bnd pre_1_13_1 4.634583834742528
 LO bnd pre_1_14_0 -4.622818643788233
 UP bnd pre_1_14_0 4.622818643788233
 LO bnd pre_1_14_1 -4.622818643788233
 UP bnd pre_1_14_1 4.622818643788233
 LO bnd pre_1_15_0 -6.978700550828476
 UP bnd pre_1_15_0 6.978700550828476
 LO bnd pre_1_15_1 -6.978700550828476
 UP bnd pre_1_15_1 6.978700550828476
 LO bnd pre_2_0_0 -45.75083886290379
 UP bnd pre_2_0_0 45.75083886290379
 LO bnd pre_2_0_1 -45.75083886290379
 UP bnd pre_2_0_1 45.75083886290379
 LO bnd pre_2_1_0 -29.70297586962145
 UP bnd pre_2_1_0 29.70297586962145
 LO bnd pre_2_1_1 -29.70297586962145
 UP bnd pre_2_1_1 29.70297586962145
 LO bnd pre_2_2_0 -40.76375187564763
 UP bnd pre_2_2_0 40.76375187564763
 LO bnd pre_2_2_1 -40.76375187564763
 UP bnd pre_2_2_1 40.76375187564763
 LO bnd pre_2_3_0 -40.66828097498639
 UP bnd pre_2_3_0 40.66828097498639
 LO bnd pre_2_3_1 -40.66828097498639
 UP bnd pre_2_3_1 40.66828097498639
 LO bnd pre_2_4_0 -30.452686429998142
 UP bnd pre_2_4_0 30.452686429998142
 LO bnd pre_2_4_1 -30.452686429998142
 UP bnd pre_2_4_1 30.452686429998142
 LO bnd pre_2_5_0 -43.08716573498379
 UP bnd pre_2_5_0 43.08716573498379
 LO bnd pre_2_5_1 -43.08716573498379
 UP bnd pre_2_5_1 43.08716573498379
 LO bnd pre_2_6_0 -44.98958363724929
 UP bnd pre_2_6_0 44.98958363724929
 LO bnd pre_2_6_1 -44.98958363724929
 UP bnd pre_2_6_1 44.98958363724929
 LO bnd pre_2_7_0 -33.20061624619523
 UP bnd pre_2_7_0 33.20061624619523
 LO bnd pre_2_7_1 -33.20061624619523
 UP bnd pre_2_7_1 33.20061624619523
 LO bnd pre_2_8_0 -38.13535455594546
 UP bnd pre_2_8_0 38.13535455594546
 LO bnd pre_2_8_1 -38.13535455594546
 UP bnd pre_2_8_1 38.13535455594546
 LO bnd pre_2_9_0 -29.886335856113075
 UP bnd pre_2_9_0 29.886335856113075
 LO bnd pre_2_9_1 -29.886335856113075
 UP bnd pre_2_9_1 29.886335856113075
 LO bnd pre_2_10_0 -28.341219561933187
 UP bnd pre_2_10_0 28.341219561933187
 LO bnd pre_2_10_1 -28.341219561933187
 UP bnd pre_2_10_1 28.341219561933187
 LO bnd pre_2_11_0 -50.647128610989
 UP bnd pre_2_11_0 50.647128610989
 LO bnd pre_2_11_1 -50.647128610989
 UP bnd pre_2_11_1 50.647128610989
 LO bnd pre_2_12_0 -28.694446824744865
 UP bnd pre_2_12_0 28.694446824744865
 LO bnd pre_2_12_1 -28.694446824744865
 UP bnd pre_2_12_1 28.694446824744865
 LO bnd pre_2_13_0 -30.807503008455164
 UP bnd pre_2_13_0 30.807503008455164
 LO bnd pre_2_13_1 -30.807503008455164
 UP bnd pre_2_13_1 30.807503008455164
 LO bnd pre_2_14_0 -30.7369118627294
 UP bnd pre_2_14_0 30.7369118627294
 LO bnd pre_2_14_1 -30.7369118627294
 UP bnd pre_2_14_1 30.7369118627294
 LO bnd pre_2_15_0 -44.87220330497085
 UP bnd pre_2_15_0 44.87220330497085
 LO bnd pre_2_15_1 -44.87220330497085
 UP bnd pre_2_15_1 44.87220330497085
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 7.125139810483965
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 7.125139810483965
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 4.450495978270242
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 4.450495978270242
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 6.293958645941272
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 6.293958645941272
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6.278046829164398
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 6.278046829164398
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 4.575447738333024
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 4.575447738333024
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 6.681194289163965
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 6.681194289163965
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 6.998263939541548
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 6.998263939541548
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 5.033436041032538
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 5.033436041032538
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 5.85589242599091
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 5.85589242599091
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 4.481055976018846
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 4.481055976018846
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 4.223536593655531
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 4.223536593655531
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 7.9411881018315
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 7.9411881018315
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 4.282407804124144
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 4.282407804124144
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 4.634583834742528
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 4.634583834742528
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 4.622818643788233
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 4.622818643788233
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 6.978700550828476
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 6.978700550828476
 LO bnd post_2_0_0 0
 UP bnd post_2_0_0 45.75083886290379
 LO bnd post_2_0_1 0
 UP bnd post_2_0_1 45.75083886290379
 LO bnd post_2_1_0 0
 UP bnd post_2_1_0 29.70297586962145
 LO bnd post_2_1_1 0
 UP bnd post_2_1_1 29.70297586962145
 LO bnd post_2_2_0 0
 UP bnd post_2_2_0 40.76375187564763
 LO bnd post_2_2_1 0
 UP bnd post_2_2_1 40.76375187564763
 LO bnd post_2_3_0 0
 UP bnd post_2_3_0 40.66828097498639
 LO bnd post_2_3_1 0
 UP bnd post_2_3_1 40.66828097498639
 LO bnd post_2_4_0 0
 UP bnd post_2_4_0 30.452686429998142
 LO bnd post_2_4_1 0
 UP bnd post_2_4_1 30.452686429998142
 LO bnd post_2_5_0 0
 UP bnd post_2_5_0 43.08716573498379
 LO bnd post_2_5_1 0
 UP bnd post_2_5_1 43.08716573498379
 LO bnd post_2_6_0 0
 UP bnd post_2_6_0 44.98958363724929
 LO bnd post_2_6_1 0
 UP bnd post_2_6_1 44.98958363724929
 LO bnd post_2_7_0 0
 UP bnd post_2_7_0 33.20061624619523
 LO bnd post_2_7_1 0
 UP bnd post_2_7_1 33.20061624619523
 LO bnd post_2_8_0 0
 UP bnd post_2_8_0 38.13535455594546
 LO bnd post_2_8_1 0
 UP bnd post_2_8_1 38.13535455594546
 LO bnd post_2_9_0 0
 UP bnd post_2_9_0 29.886335856113075
 LO bnd post_2_9_1 0
 UP bnd post_2_9_1 29.886335856113075
 LO bnd post_2_10_0 0
 UP bnd post_2_10_0 28.341219561933187
 LO bnd post_2_10_1 0
 UP bnd post_2_10_1 28.341219561933187
 LO bnd post_2_11_0 0
 UP bnd post_2_11_0 50.647128610989
 LO bnd post_2_11_1 0
 UP bnd post_2_11_1 50.647128610989
 LO bnd post_2_12_0 0
 UP bnd post_2_12_0 28.694446824744865
 LO bnd post_2_12_1 0
 UP bnd post_2_12_1 28.694446824744865
 LO bnd post_2_13_0 0
 UP bnd post_2_13_0 30.807503008455164
 LO bnd post_2_13_1 0
 UP bnd post_2_13_1 30.807503008455164
 LO bnd post_2_14_0 0
 UP bnd post_2_14_0 30.7369118627294
 LO bnd post_2_14_1 0
 UP bnd post_2_14_1 30.7369118627294
 LO bnd post_2_15_0 0
 UP bnd post_2_15_0 44.87220330497085
 LO bnd post_2_15_1 0
 UP bnd post_2_15_1 44.87220330497085
 LO bnd out_0_0 -277.5050331774228
 UP bnd out_0_0 277.5050331774228
 LO bnd out_1_0 -181.2178552177287
 UP bnd out_1_0 181.2178552177287
 LO bnd out_2_0 -247.58251125388577
 UP bnd out_2_0 247.58251125388577
 LO bnd out_3_0 -247.00968584991833
 UP bnd out_3_0 247.00968584991833
 LO bnd out_4_0 -185.71611857998886
 UP bnd out_4_0 185.71611857998886
 LO bnd out_5_0 -261.52299440990276
 UP bnd out_5_0 261.52299440990276
 LO bnd out_6_0 -272.9375018234957
 UP bnd out_6_0 272.9375018234957
 LO bnd out_7_0 -202.20369747717137
 UP bnd out_7_0 202.20369747717137
 LO bnd out_8_0 -231.81212733567276
 UP bnd out_8_0 231.81212733567276
 LO bnd out_9_0 -182.31801513667844
 UP bnd out_9_0 182.31801513667844
 LO bnd out_10_0 -173.04731737159912
 UP bnd out_10_0 173.04731737159912
 LO bnd out_11_0 -306.882771665934
 UP bnd out_11_0 306.882771665934
 LO bnd out_12_0 -175.1666809484692
 UP bnd out_12_0 175.1666809484692
 LO bnd out_13_0 -187.84501805073097
 UP bnd out_13_0 187.84501805073097
 LO bnd out_14_0 -187.4214711763764
 UP bnd out_14_0 187.4214711763764
 LO bnd out_15_0 -272.2332198298251
 UP bnd out_15_0 272.2332198298251
 LO bnd relu_1_0_0_slack 0
 UP bnd relu_1_0_0_slack 7.125139810483965
 LO bnd relu_1_0_1_slack 0
 UP bnd relu_1_0_1_slack 7.125139810483965
 LO bnd relu_1_1_0_slack 0
 UP bnd relu_1_1_0_slack 4.450495978270242
 LO bnd relu_1_1_1_slack 0
 UP bnd relu_1_1_1_slack 4.450495978270242
 LO bnd relu_1_2_0_slack 0
 UP bnd relu_1_2_0_slack 6.293958645941272
 LO bnd relu_1_2_1_slack 0
 UP bnd relu_1_2_1_slack 6.293958645941272
 LO bnd relu_1_3_0_slack 0
 UP bnd relu_1_3_0_slack 6.278046829164398
 LO bnd relu_1_3_1_slack 0
 UP bnd relu_1_3_1_slack 6.278046829164398
 LO bnd relu_1_4_0_slack 0
 UP bnd relu_1_4_0_slack 4.575447738333024
 LO bnd relu_1_4_1_slack 0
 UP bnd relu_1_4_1_slack 4.575447738333024
 LO bnd relu_1_5_0_slack 0
 UP bnd relu_1_5_0_slack 6.681194289163965
 LO bnd relu_1_5_1_slack 0
 UP bnd relu_1_5_1_slack 6.681194289163965
 LO bnd relu_1_6_0_slack 0
 UP bnd relu_1_6_0_slack 6.998263939541548
 LO bnd relu_1_6_1_slack 0
 UP bnd relu_1_6_1_slack 6.998263939541548
 LO bnd relu_1_7_0_slack 0
 UP bnd relu_1_7_0_slack 5.033436041032538
 LO bnd relu_1_7_1_slack 0
 UP bnd relu_1_7_1_slack 5.033436041032538
 LO bnd relu_1_8_0_slack 0
 UP bnd relu_1_8_0_slack 5.85589242599091
 LO bnd relu_1_8_1_slack 0
 UP bnd relu_1_8_1_slack 5.85589242599091
 LO bnd relu_1_9_0_slack 0
 UP bnd relu_1_9_0_slack 4.481055976018846
 LO bnd relu_1_9_1_slack 0
 UP bnd relu_1_9_1_slack 4.481055976018846
 LO bnd relu_1_10_0_slack 0
 UP bnd relu_1_10_0_slack 4.223536593655531
 LO bnd relu_1_10_1_slack 0
 UP bnd relu_1_10_1_slack 4.223536593655531
 LO bnd relu_1_11_0_slack 0
 UP bnd relu_1_11_0_slack 7.9411881018315
 LO bnd relu_1_11_1_slack 0
 UP bnd relu_1_11_1_slack 7.9411881018315
 LO bnd relu_1_12_0_slack 0
 UP bnd relu_1_12_0_slack 4.282407804124144
 LO bnd relu_1_12_1_slack 0
 UP bnd relu_1_12_1_slack 4.282407804124144
 LO bnd relu_1_13_0_slack 0
 UP bnd relu_1_13_0_slack 4.634583834742528
 LO bnd relu_1_13_1_slack 0
 UP bnd relu_1_13_1_slack 4.634583834742528
 LO bnd relu_1_14_0_slack 0
 UP bnd relu_1_14_0_slack 4.622818643788233
 LO bnd relu_1_14_1_slack 0
 UP bnd relu_1_14_1_slack 4.622818643788233
 LO bnd relu_1_15_0_slack 0
 UP bnd relu_1_15_0_slack 6.978700550828476
 LO bnd relu_1_15_1_slack 0
 UP bnd relu_1_15_1_slack 6.978700550828476
 LO bnd relu_2_0_0_slack 0
 UP bnd relu_2_0_0_slack 45.75083886290379
 LO bnd relu_2_0_1_slack 0
 UP bnd relu_2_0_1_slack 45.75083886290379
 LO bnd relu_2_1_0_slack 0
 UP bnd relu_2_1_0_slack 29.70297586962145
 LO bnd relu_2_1_1_slack 0
 UP bnd relu_2_1_1_slack 29.70297586962145
 LO bnd relu_2_2_0_slack 0
 UP bnd relu_2_2_0_slack 40.76375187564763
 LO bnd relu_2_2_1_slack 0
 UP bnd relu_2_2_1_slack 40.76375187564763
 LO bnd relu_2_3_0_slack 0
 UP bnd relu_2_3_0_slack 40.66828097498639
 LO bnd relu_2_3_1_slack 0
 UP bnd relu_2_3_1_slack 40.66828097498639
 LO bnd relu_2_4_0_slack 0
 UP bnd relu_2_4_0_slack 30.452686429998142
 LO bnd relu_2_4_1_slack 0
 UP bnd relu_2_4_1_slack 30.452686429998142
 LO bnd relu_2_5_0_slack 0
 UP bnd relu_2_5_0_slack 43.08716573498379
 LO bnd relu_2_5_1_slack 0
 UP bnd relu_2_5_1_slack 43.08716573498379
 LO bnd relu_2_6_0_slack 0
 UP bnd relu_2_6_0_slack 44.98958363724929
 LO bnd relu_2_6_1_slack 0
 UP bnd relu_2_6_1_slack 44.98958363724929
 LO bnd relu_2_7_0_slack 0
 UP bnd relu_2_7_0_slack 33.20061624619523
 LO bnd relu_2_7_1_slack 0
 UP bnd relu_2_7_1_slack 33.20061624619523
 LO bnd relu_2_8_0_slack 0
 UP bnd relu_2_8_0_slack 38.13535455594546
 LO bnd relu_2_8_1_slack 0
 UP bnd relu_2_8_1_slack 38.13535455594546
 LO bnd relu_2_9_0_slack 0
 UP bnd relu_2_9_0_slack 29.886335856113075
 LO bnd relu_2_9_1_slack 0
 UP bnd relu_2_9_1_slack 29.886335856113075
 LO bnd relu_2_10_0_slack 0
 UP bnd relu_2_10_0_slack 28.341219561933187
 LO bnd relu_2_10_1_slack 0
 UP bnd relu_2_10_1_slack 28.341219561933187
 LO bnd relu_2_11_0_slack 0
 UP bnd relu_2_11_0_slack 50.647128610989
 LO bnd relu_2_11_1_slack 0
 UP bnd relu_2_11_1_slack 50.647128610989
 LO bnd relu_2_12_0_slack 0
 UP bnd relu_2_12_0_slack 28.694446824744865
 LO bnd relu_2_12_1_slack 0
 UP bnd relu_2_12_1_slack 28.694446824744865
 LO bnd relu_2_13_0_slack 0
 UP bnd relu_2_13_0_slack 30.807503008455164
 LO bnd relu_2_13_1_slack 0
 UP bnd relu_2_13_1_slack 30.807503008455164
 LO bnd relu_2_14_0_slack 0
 UP bnd relu_2_14_0_slack 30.7369118627294
 LO bnd relu_2_14_1_slack 0
 UP bnd relu_2_14_1_slack 30.7369118627294
 LO bnd relu_2_15_0_slack 0
 UP bnd relu_2_15_0_slack 44.87220330497085
 LO bnd relu_2_15_1_slack 0
 UP bnd relu_2_15_1_slack 44.87220330497085
SOS
 S1 SOS s1 1
    post_1_0_0 1
    relu_1_0_0_slack 2
 S1 SOS s2 1
    post_1_0_1 1
    relu_1_0_1_slack 2
 S1 SOS s3 1
    post_1_1_0 1
    relu_1_1_0_slack 2
 S1 SOS s4 1
    post_1_1_1 1
    relu_1_1_1_slack 2
 S1 SOS s5 1
    post_1_2_0 1
    relu_1_2_0_slack 2
 S1 SOS s6 1
    post_1_2_1 1
    relu_1_2_1_slack 2
 S1 SOS s7 1
    post_1_3_0 1
    relu_1_3_0_slack 2
 S1 SOS s8 1
    post_1_3_1 1
    relu_1_3_1_slack 2
 S1 SOS s9 1
    post_1_4_0 1
    relu_1_4_0_slack 2
 S1 SOS s10 1
    post_1_4_1 1
    relu_1_4_1_slack 2
 S1 SOS s11 1
    post_1_5_0 1
    relu_1_5_0_slack 2
 S1 SOS s12 1
    post_1_5_1 1
    relu_1_5_1_slack 2
 S1 SOS s13 1
    post_1_6_0 1
    relu_1_6_0_slack 2
 S1 SOS s14 1
    post_1_6_1 1
    relu_1_6_1_slack 2
 S1 SOS s15 1
    post_1_7_0 1
    relu_1_7_0_slack 2
 S1 SOS s16 1
    post_1_7_1 1
    relu_1_7_1_slack 2
 S1 SOS s17 1
    post_1_8_0 1
    relu_1_8_0_slack 2
 S1 SOS s18 1
    post_1_8_1 1
    relu_1_8_1_slack 2
 S1 SOS s19 1
    post_1_9_0 1
    relu_1_9_0_slack 2
 S1 SOS s20 1
    post_1_9_1 1
    relu_1_9_1_slack 2
 S1 SOS s21 1
    post_1_10_0 1
    relu_1_10_0_slack 2
 S1 SOS s22 1
    post_1_10_1 1
    relu_1_10_1_slack 2
 S1 SOS s23 1
    post_1_11_0 1
    relu_1_11_0_slack 2
 S1 SOS s24 1
    post_1_11_1 1
    relu_1_11_1_slack 2
 S1 SOS s25 1
    post_1_12_0 1
    relu_1_12_0_slack 2
 S1 SOS s26 1
    post_1_12_1 1
    relu_1_12_1_slack 2
 S1 SOS s27 1
    post_1_13_0 1
    relu_1_13_0_slack 2
 S1 SOS s28 1
    post_1_13_1 1
    relu_1_13_1_slack 2
 S1 SOS s29 1
    post_1_14_0 1
    relu_1_14_0_slack 2
 S1 SOS s30 1
    post_1_14_1 1
    relu_1_14_1_slack 2
 S1 SOS s31 1
    post_1_15_0 1
    relu_1_15_0_slack 2
 S1 SOS s32 1
    post_1_15_1 1
    relu_1_15_1_slack 2
 S1 SOS s33 1
    post_2_0_0 1
    relu_2_0_0_slack 2
 S1 SOS s34 1
    post_2_0_1 1
    relu_2_0_1_slack 2
 S1 SOS s35 1
    post_2_1_0 1
    relu_2_1_0_slack 2
 S1 SOS s36 1
    post_2_1_1 1
    relu_2_1_1_slack 2
 S1 SOS s37 1
    post_2_2_0 1
    relu_2_2_0_slack 2
 S1 SOS s38 1
    post_2_2_1 1
    relu_2_2_1_slack 2
 S1 SOS s39 1
    post_2_3_0 1
    relu_2_3_0_slack 2
 S1 SOS s40 1
    post_2_3_1 1
    relu_2_3_1_slack 2
 S1 SOS s41 1
    post_2_4_0 1
    relu_2_4_0_slack 2
 S1 SOS s42 1
    post_2_4_1 1
    relu_2_4_1_slack 2
 S1 SOS s43 1
    post_2_5_0 1
    relu_2_5_0_slack 2
 S1 SOS s44 1
    post_2_5_1 1
    relu_2_5_1_slack 2
 S1 SOS s45 1
    post_2_6_0 1
    relu_2_6_0_slack 2
 S1 SOS s46 1
    post_2_6_1 1
    relu_2_6_1_slack 2
 S1 SOS s47 1
    post_2_7_0 1
    relu_2_7_0_slack 2
 S1 SOS s48 1
    post_2_7_1 1
    relu_2_7_1_slack 2
 S1 SOS s49 1
    post_2_8_0 1
    relu_2_8_0_slack 2
 S1 SOS s50 1
    post_2_8_1 1
    relu_2_8_1_slack 2
 S1 SOS s51 1
    post_2_9_0 1
    relu_2_9_0_slack 2
 S1 SOS s52 1
    post_2_9_1 1
    relu_2_9_1_slack 2
 S1 SOS s53 1
    post_2_10_0 1
    relu_2_10_0_slack 2
 S1 SOS s54 1
    post_2_10_1 1
    relu_2_10_1_slack 2
 S1 SOS s55 1
    post_2_11_0 1
    relu_2_11_0_slack 2
 S1 SOS s56 1
    post_2_11_1 1
    relu_2_11_1_slack 2
 S1 SOS s57 1
    post_2_12_0 1
    relu_2_12_0_slack 2
 S1 SOS s58 1
    post_2_12_1 1
    relu_2_12_1_slack 2
 S1 SOS s59 1
    post_2_13_0 1
    relu_2_13_0_slack 2
 S1 SOS s60 1
    post_2_13_1 1
    relu_2_13_1_slack 2
 S1 SOS s61 1
    post_2_14_0 1
    relu_2_14_0_slack 2
 S1 SOS s62 1
    post_2_14_1 1
    relu_2_14_1_slack 2
 S1 SOS s63 1
    post_2_15_0 1
    relu_2_15_0_slack 2
 S1 SOS s64 1
    post_2_15_1 1
    relu_2_15_1_slack 2
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
QCMATRIX pre_definition_2_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_0_1
 w_2_1_0 post_1_0_0 -0.5
 post_1_0_0 w_2_1_0 -0.5
 w_2_1_1 post_1_0_1 -0.5
 post_1_0_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_1_1
 w_2_1_0 post_1_1_0 -0.5
 post_1_1_0 w_2_1_0 -0.5
 w_2_1_1 post_1_1_1 -0.5
 post_1_1_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_2_1
 w_2_1_0 post_1_2_0 -0.5
 post_1_2_0 w_2_1_0 -0.5
 w_2_1_1 post_1_2_1 -0.5
 post_1_2_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_3_1
 w_2_1_0 post_1_3_0 -0.5
 post_1_3_0 w_2_1_0 -0.5
 w_2_1_1 post_1_3_1 -0.5
 post_1_3_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_4_1
 w_2_1_0 post_1_4_0 -0.5
 post_1_4_0 w_2_1_0 -0.5
 w_2_1_1 post_1_4_1 -0.5
 post_1_4_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_5_1
 w_2_1_0 post_1_5_0 -0.5
 post_1_5_0 w_2_1_0 -0.5
 w_2_1_1 post_1_5_1 -0.5
 post_1_5_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_6_1
 w_2_1_0 post_1_6_0 -0.5
 post_1_6_0 w_2_1_0 -0.5
 w_2_1_1 post_1_6_1 -0.5
 post_1_6_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_7_1
 w_2_1_0 post_1_7_0 -0.5
 post_1_7_0 w_2_1_0 -0.5
 w_2_1_1 post_1_7_1 -0.5
 post_1_7_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_8_1
 w_2_1_0 post_1_8_0 -0.5
 post_1_8_0 w_2_1_0 -0.5
 w_2_1_1 post_1_8_1 -0.5
 post_1_8_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_9_1
 w_2_1_0 post_1_9_0 -0.5
 post_1_9_0 w_2_1_0 -0.5
 w_2_1_1 post_1_9_1 -0.5
 post_1_9_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_10_1
 w_2_1_0 post_1_10_0 -0.5
 post_1_10_0 w_2_1_0 -0.5
 w_2_1_1 post_1_10_1 -0.5
 post_1_10_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_11_1
 w_2_1_0 post_1_11_0 -0.5
 post_1_11_0 w_2_1_0 -0.5
 w_2_1_1 post_1_11_1 -0.5
 post_1_11_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_12_1
 w_2_1_0 post_1_12_0 -0.5
 post_1_12_0 w_2_1_0 -0.5
 w_2_1_1 post_1_12_1 -0.5
 post_1_12_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_13_1
 w_2_1_0 post_1_13_0 -0.5
 post_1_13_0 w_2_1_0 -0.5
 w_2_1_1 post_1_13_1 -0.5
 post_1_13_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_14_1
 w_2_1_0 post_1_14_0 -0.5
 post_1_14_0 w_2_1_0 -0.5
 w_2_1_1 post_1_14_1 -0.5
 post_1_14_1 w_2_1_1 -0.5
QCMATRIX pre_definition_2_15_0
 w_2_0_0 post_1_15_0 -0.5
 post_1_15_0 w_2_0_0 -0.5
 w_2_0_1 post_1_15_1 -0.5
 post_1_15_1 w_2_0_1 -0.5
QCMATRIX pre_definition_2_15_1
 w_2_1_0 post_1_15_0 -0.5
 post_1_15_0 w_2_1_0 -0.5
 w_2_1_1 post_1_15_1 -0.5
 post_1_15_1 w_2_1_1 -0.5
QCMATRIX out_definition_0_0
 w_3_0_0 post_2_0_0 -0.5
 post_2_0_0 w_3_0_0 -0.5
 w_3_0_1 post_2_0_1 -0.5
 post_2_0_1 w_3_0_1 -0.5
QCMATRIX out_definition_1_0
 w_3_0_0 post_2_1_0 -0.5
 post_2_1_0 w_3_0_0 -0.5
 w_3_0_1 post_2_1_1 -0.5
 post_2_1_1 w_3_0_1 -0.5
QCMATRIX out_definition_2_0
 w_3_0_0 post_2_2_0 -0.5
 post_2_2_0 w_3_0_0 -0.5
 w_3_0_1 post_2_2_1 -0.5
 post_2_2_1 w_3_0_1 -0.5
QCMATRIX out_definition_3_0
 w_3_0_0 post_2_3_0 -0.5
 post_2_3_0 w_3_0_0 -0.5
 w_3_0_1 post_2_3_1 -0.5
 post_2_3_1 w_3_0_1 -0.5
QCMATRIX out_definition_4_0
 w_3_0_0 post_2_4_0 -0.5
 post_2_4_0 w_3_0_0 -0.5
 w_3_0_1 post_2_4_1 -0.5
 post_2_4_1 w_3_0_1 -0.5
QCMATRIX out_definition_5_0
 w_3_0_0 post_2_5_0 -0.5
 post_2_5_0 w_3_0_0 -0.5
 w_3_0_1 post_2_5_1 -0.5
 post_2_5_1 w_3_0_1 -0.5
QCMATRIX out_definition_6_0
 w_3_0_0 post_2_6_0 -0.5
 post_2_6_0 w_3_0_0 -0.5
 w_3_0_1 post_2_6_1 -0.5
 post_2_6_1 w_3_0_1 -0.5
QCMATRIX out_definition_7_0
 w_3_0_0 post_2_7_0 -0.5
 post_2_7_0 w_3_0_0 -0.5
 w_3_0_1 post_2_7_1 -0.5
 post_2_7_1 w_3_0_1 -0.5
QCMATRIX out_definition_8_0
 w_3_0_0 post_2_8_0 -0.5
 post_2_8_0 w_3_0_0 -0.5
 w_3_0_1 post_2_8_1 -0.5
 post_2_8_1 w_3_0_1 -0.5
QCMATRIX out_definition_9_0
 w_3_0_0 post_2_9_0 -0.5
 post_2_9_0 w_3_0_0 -0.5
 w_3_0_1 post_2_9_1 -0.5
 post_2_9_1 w_3_0_1 -0.5
QCMATRIX out_definition_10_0
 w_3_0_0 post_2_10_0 -0.5
 post_2_10_0 w_3_0_0 -0.5
 w_3_0_1 post_2_10_1 -0.5
 post_2_10_1 w_3_0_1 -0.5
QCMATRIX out_definition_11_0
 w_3_0_0 post_2_11_0 -0.5
 post_2_11_0 w_3_0_0 -0.5
 w_3_0_1 post_2_11_1 -0.5
 post_2_11_1 w_3_0_1 -0.5
QCMATRIX out_definition_12_0
 w_3_0_0 post_2_12_0 -0.5
 post_2_12_0 w_3_0_0 -0.5
 w_3_0_1 post_2_12_1 -0.5
 post_2_12_1 w_3_0_1 -0.5
QCMATRIX out_definition_13_0
 w_3_0_0 post_2_13_0 -0.5
 post_2_13_0 w_3_0_0 -0.5
 w_3_0_1 post_2_13_1 -0.5
 post_2_13_1 w_3_0_1 -0.5
QCMATRIX out_definition_14_0
 w_3_0_0 post_2_14_0 -0.5
 post_2_14_0 w_3_0_0 -0.5
 w_3_0_1 post_2_14_1 -0.5
 post_2_14_1 w_3_0_1 -0.5
QCMATRIX out_definition_15_0
 w_3_0_0 post_2_15_0 -0.5
 post_2_15_0 w_3_0_0 -0.5
 w_3_0_1 post_2_15_1 -0.5
 post_2_15_1 w_3_0_1 -0.5
ENDATA
