* teacher-N16-n1-m2-p1-s0-p1-plain-bigm  (relu-opt library: teacher-N16-n1-m2-p1-s0, problem 1, plain-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n1-m2-p1-s0-p1-plain-bigm
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
 L relu_1_0_0_above_pre
 L relu_1_0_0_off_when_inactive
 L relu_1_0_0_pre_when_active
 L relu_1_0_1_above_pre
 L relu_1_0_1_off_when_inactive
 L relu_1_0_1_pre_when_active
 L relu_1_1_0_above_pre
 L relu_1_1_0_off_when_inactive
 L relu_1_1_0_pre_when_active
 L relu_1_1_1_above_pre
 L relu_1_1_1_off_when_inactive
 L relu_1_1_1_pre_when_active
 L relu_1_2_0_above_pre
 L relu_1_2_0_off_when_inactive
 L relu_1_2_0_pre_when_active
 L relu_1_2_1_above_pre
 L relu_1_2_1_off_when_inactive
 L relu_1_2_1_pre_when_active
 L relu_1_3_0_above_pre
 L relu_1_3_0_off_when_inactive
 L relu_1_3_0_pre_when_active
 L relu_1_3_1_above_pre
 L relu_1_3_1_off_when_inactive
 L relu_1_3_1_pre_when_active
 L relu_1_4_0_above_pre
 L relu_1_4_0_off_when_inactive
 L relu_1_4_0_pre_when_active
 L relu_1_4_1_above_pre
 L relu_1_4_1_off_when_inactive
 L relu_1_4_1_pre_when_active
 L relu_1_5_0_above_pre
 L relu_1_5_0_off_when_inactive
 L relu_1_5_0_pre_when_active
 L relu_1_5_1_above_pre
 L relu_1_5_1_off_when_inactive
 L relu_1_5_1_pre_when_active
 L relu_1_6_0_above_pre
 L relu_1_6_0_off_when_inactive
 L relu_1_6_0_pre_when_active
 L relu_1_6_1_above_pre
 L relu_1_6_1_off_when_inactive
 L relu_1_6_1_pre_when_active
 L relu_1_7_0_above_pre
 L relu_1_7_0_off_when_inactive
 L relu_1_7_0_pre_when_active
 L relu_1_7_1_above_pre
 L relu_1_7_1_off_when_inactive
 L relu_1_7_1_pre_when_active
 L relu_1_8_0_above_pre
 L relu_1_8_0_off_when_inactive
 L relu_1_8_0_pre_when_active
 L relu_1_8_1_above_pre
 L relu_1_8_1_off_when_inactive
 L relu_1_8_1_pre_when_active
 L relu_1_9_0_above_pre
 L relu_1_9_0_off_when_inactive
 L relu_1_9_0_pre_when_active
 L relu_1_9_1_above_pre
 L relu_1_9_1_off_when_inactive
 L relu_1_9_1_pre_when_active
 L relu_1_10_0_above_pre
 L relu_1_10_0_off_when_inactive
 L relu_1_10_0_pre_when_active
 L relu_1_10_1_above_pre
 L relu_1_10_1_off_when_inactive
 L relu_1_10_1_pre_when_active
 L relu_1_11_0_above_pre
 L relu_1_11_0_off_when_inactive
 L relu_1_11_0_pre_when_active
 L relu_1_11_1_above_pre
 L relu_1_11_1_off_when_inactive
 L relu_1_11_1_pre_when_active
 L relu_1_12_0_above_pre
 L relu_1_12_0_off_when_inactive
 L relu_1_12_0_pre_when_active
 L relu_1_12_1_above_pre
 L relu_1_12_1_off_when_inactive
 L relu_1_12_1_pre_when_active
 L relu_1_13_0_above_pre
 L relu_1_13_0_off_when_inactive
 L relu_1_13_0_pre_when_active
 L relu_1_13_1_above_pre
 L relu_1_13_1_off_when_inactive
 L relu_1_13_1_pre_when_active
 L relu_1_14_0_above_pre
 L relu_1_14_0_off_when_inactive
 L relu_1_14_0_pre_when_active
 L relu_1_14_1_above_pre
 L relu_1_14_1_off_when_inactive
 L relu_1_14_1_pre_when_active
 L relu_1_15_0_above_pre
 L relu_1_15_0_off_when_inactive
 L relu_1_15_0_pre_when_active
 L relu_1_15_1_above_pre
 L relu_1_15_1_off_when_inactive
 L relu_1_15_1_pre_when_active
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -0.4589931219679968
 w_1_0_0 pre_definition_1_1_0 -0.08724998293084574
 w_1_0_0 pre_definition_1_2_0 -0.8701448475755365
 w_1_0_0 pre_definition_1_3_0 -0.6317071082430643
 w_1_0_0 pre_definition_1_4_0 0.9945229996597038
 w_1_0_0 pre_definition_1_5_0 -0.7148085531751387
 w_1_0_0 pre_definition_1_6_0 0.9328288493890713
 w_1_0_0 pre_definition_1_7_0 -0.45931089285988813
 w_1_0_0 pre_definition_1_8_0 0.648688758794882
 w_1_0_0 pre_definition_1_9_0 -0.7263578446997732
 w_1_0_0 pre_definition_1_10_0 -0.08292244049818343
 w_1_0_0 pre_definition_1_11_0 0.40057621892523043
 w_1_0_0 pre_definition_1_12_0 0.1546255576046831
 w_1_0_0 pre_definition_1_13_0 0.9433606577090741
 w_1_0_0 pre_definition_1_14_0 0.7514334470008721
 w_1_0_0 pre_definition_1_15_0 -0.34124882938726064
 w_1_1_0 pre_definition_1_0_1 -0.4589931219679968
 w_1_1_0 pre_definition_1_1_1 -0.08724998293084574
 w_1_1_0 pre_definition_1_2_1 -0.8701448475755365
 w_1_1_0 pre_definition_1_3_1 -0.6317071082430643
 w_1_1_0 pre_definition_1_4_1 0.9945229996597038
 w_1_1_0 pre_definition_1_5_1 -0.7148085531751387
 w_1_1_0 pre_definition_1_6_1 0.9328288493890713
 w_1_1_0 pre_definition_1_7_1 -0.45931089285988813
 w_1_1_0 pre_definition_1_8_1 0.648688758794882
 w_1_1_0 pre_definition_1_9_1 -0.7263578446997732
 w_1_1_0 pre_definition_1_10_1 -0.08292244049818343
 w_1_1_0 pre_definition_1_11_1 0.40057621892523043
 w_1_1_0 pre_definition_1_12_1 0.1546255576046831
 w_1_1_0 pre_definition_1_13_1 0.9433606577090741
 w_1_1_0 pre_definition_1_14_1 0.7514334470008721
 w_1_1_0 pre_definition_1_15_1 -0.34124882938726064
 w_2_0_0 obj 0
 w_2_0_1 obj 0
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
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 relu_1_0_0_pre_when_active -1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 relu_1_0_1_pre_when_active -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 relu_1_1_0_pre_when_active -1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 relu_1_1_1_pre_when_active -1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 relu_1_2_0_pre_when_active -1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 relu_1_2_1_pre_when_active -1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 relu_1_3_0_pre_when_active -1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 relu_1_3_1_pre_when_active -1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 relu_1_4_0_pre_when_active -1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 relu_1_4_1_pre_when_active -1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 relu_1_5_0_pre_when_active -1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 relu_1_5_1_pre_when_active -1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 relu_1_6_0_pre_when_active -1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 relu_1_6_1_pre_when_active -1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 relu_1_7_0_pre_when_active -1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 relu_1_7_1_pre_when_active -1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 relu_1_8_0_pre_when_active -1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 relu_1_8_1_pre_when_active -1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 relu_1_9_0_pre_when_active -1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 relu_1_9_1_pre_when_active -1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 relu_1_10_0_pre_when_active -1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 relu_1_10_1_pre_when_active -1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 relu_1_11_0_pre_when_active -1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 relu_1_11_1_pre_when_active -1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 relu_1_12_0_pre_when_active -1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 relu_1_12_1_pre_when_active -1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 relu_1_13_0_pre_when_active -1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 relu_1_13_1_pre_when_active -1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 relu_1_14_0_pre_when_active -1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 relu_1_14_1_pre_when_active -1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 relu_1_15_0_pre_when_active -1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 relu_1_15_1_pre_when_active -1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 relu_1_0_0_off_when_inactive 1
 post_1_0_0 relu_1_0_0_pre_when_active 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 relu_1_0_1_off_when_inactive 1
 post_1_0_1 relu_1_0_1_pre_when_active 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 relu_1_1_0_off_when_inactive 1
 post_1_1_0 relu_1_1_0_pre_when_active 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 relu_1_1_1_off_when_inactive 1
 post_1_1_1 relu_1_1_1_pre_when_active 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 relu_1_2_0_off_when_inactive 1
 post_1_2_0 relu_1_2_0_pre_when_active 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 relu_1_2_1_off_when_inactive 1
 post_1_2_1 relu_1_2_1_pre_when_active 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 relu_1_3_0_off_when_inactive 1
 post_1_3_0 relu_1_3_0_pre_when_active 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 relu_1_3_1_off_when_inactive 1
 post_1_3_1 relu_1_3_1_pre_when_active 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 relu_1_4_0_off_when_inactive 1
 post_1_4_0 relu_1_4_0_pre_when_active 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 relu_1_4_1_off_when_inactive 1
 post_1_4_1 relu_1_4_1_pre_when_active 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 relu_1_5_0_off_when_inactive 1
 post_1_5_0 relu_1_5_0_pre_when_active 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 relu_1_5_1_off_when_inactive 1
 post_1_5_1 relu_1_5_1_pre_when_active 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 relu_1_6_0_off_when_inactive 1
 post_1_6_0 relu_1_6_0_pre_when_active 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 relu_1_6_1_off_when_inactive 1
 post_1_6_1 relu_1_6_1_pre_when_active 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 relu_1_7_0_off_when_inactive 1
 post_1_7_0 relu_1_7_0_pre_when_active 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 relu_1_7_1_off_when_inactive 1
 post_1_7_1 relu_1_7_1_pre_when_active 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 relu_1_8_0_off_when_inactive 1
 post_1_8_0 relu_1_8_0_pre_when_active 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 relu_1_8_1_off_when_inactive 1
 post_1_8_1 relu_1_8_1_pre_when_active 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 relu_1_9_0_off_when_inactive 1
 post_1_9_0 relu_1_9_0_pre_when_active 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 relu_1_9_1_off_when_inactive 1
 post_1_9_1 relu_1_9_1_pre_when_active 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 relu_1_10_0_off_when_inactive 1
 post_1_10_0 relu_1_10_0_pre_when_active 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 relu_1_10_1_off_when_inactive 1
 post_1_10_1 relu_1_10_1_pre_when_active 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 relu_1_11_0_off_when_inactive 1
 post_1_11_0 relu_1_11_0_pre_when_active 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 relu_1_11_1_off_when_inactive 1
 post_1_11_1 relu_1_11_1_pre_when_active 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 relu_1_12_0_off_when_inactive 1
 post_1_12_0 relu_1_12_0_pre_when_active 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 relu_1_12_1_off_when_inactive 1
 post_1_12_1 relu_1_12_1_pre_when_active 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 relu_1_13_0_off_when_inactive 1
 post_1_13_0 relu_1_13_0_pre_when_active 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 relu_1_13_1_off_when_inactive 1
 post_1_13_1 relu_1_13_1_pre_when_active 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 relu_1_14_0_off_when_inactive 1
 post_1_14_0 relu_1_14_0_pre_when_active 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 relu_1_14_1_off_when_inactive 1
 post_1_14_1 relu_1_14_1_pre_when_active 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 relu_1_15_0_off_when_inactive 1
 post_1_15_0 relu_1_15_0_pre_when_active 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 relu_1_15_1_off_when_inactive 1
 post_1_15_1 relu_1_15_1_pre_when_active 1
 out_0_0 obj -0.4968451170873234
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.6072371393990812
 out_1_0 out_definition_1_0 1
 out_2_0 obj -0.44534556262089436
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.2778432531979578
 out_3_0 out_definition_3_0 1
 out_4_0 obj -0.24219802781703556
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.3349979379352516
 out_5_0 out_definition_5_0 1
 out_6_0 obj -0.47058212776272934
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.22461946636097227
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.38470798809437684
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.3946981010858239
 out_9_0 out_definition_9_0 1
 out_10_0 obj -0.534712220005881
 out_10_0 out_definition_10_0 1
 out_11_0 obj -0.46947492756998765
 out_11_0 out_definition_11_0 1
 out_12_0 obj -0.49761764487670374
 out_12_0 out_definition_12_0 1
 out_13_0 obj -0.2957773811850516
 out_13_0 out_definition_13_0 1
 out_14_0 obj -0.40062037633016556
 out_14_0 out_definition_14_0 1
 out_15_0 obj -0.5833381970809853
 out_15_0 out_definition_15_0 1
 M87 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -4.37697936590399
 relu_1_0_0_on relu_1_0_0_pre_when_active 4.37697936590399
 relu_1_0_1_on relu_1_0_1_off_when_inactive -4.37697936590399
 relu_1_0_1_on relu_1_0_1_pre_when_active 4.37697936590399
 relu_1_1_0_on relu_1_1_0_off_when_inactive -3.261749948792537
 relu_1_1_0_on relu_1_1_0_pre_when_active 3.261749948792537
 relu_1_1_1_on relu_1_1_1_off_when_inactive -3.261749948792537
 relu_1_1_1_on relu_1_1_1_pre_when_active 3.261749948792537
 relu_1_2_0_on relu_1_2_0_off_when_inactive -5.610434542726609
 relu_1_2_0_on relu_1_2_0_pre_when_active 5.610434542726609
 relu_1_2_1_on relu_1_2_1_off_when_inactive -5.610434542726609
 relu_1_2_1_on relu_1_2_1_pre_when_active 5.610434542726609
 relu_1_3_0_on relu_1_3_0_off_when_inactive -4.8951213247291925
 relu_1_3_0_on relu_1_3_0_pre_when_active 4.8951213247291925
 relu_1_3_1_on relu_1_3_1_off_when_inactive -4.8951213247291925
 relu_1_3_1_on relu_1_3_1_pre_when_active 4.8951213247291925
 relu_1_4_0_on relu_1_4_0_off_when_inactive -5.983568998979111
 relu_1_4_0_on relu_1_4_0_pre_when_active 5.983568998979111
 relu_1_4_1_on relu_1_4_1_off_when_inactive -5.983568998979111
 relu_1_4_1_on relu_1_4_1_pre_when_active 5.983568998979111
 relu_1_5_0_on relu_1_5_0_off_when_inactive -5.144425659525416
 relu_1_5_0_on relu_1_5_0_pre_when_active 5.144425659525416
 relu_1_5_1_on relu_1_5_1_off_when_inactive -5.144425659525416
 relu_1_5_1_on relu_1_5_1_pre_when_active 5.144425659525416
 relu_1_6_0_on relu_1_6_0_off_when_inactive -5.798486548167213
 relu_1_6_0_on relu_1_6_0_pre_when_active 5.798486548167213
 relu_1_6_1_on relu_1_6_1_off_when_inactive -5.798486548167213
 relu_1_6_1_on relu_1_6_1_pre_when_active 5.798486548167213
 relu_1_7_0_on relu_1_7_0_off_when_inactive -4.377932678579665
 relu_1_7_0_on relu_1_7_0_pre_when_active 4.377932678579665
 relu_1_7_1_on relu_1_7_1_off_when_inactive -4.377932678579665
 relu_1_7_1_on relu_1_7_1_pre_when_active 4.377932678579665
 relu_1_8_0_on relu_1_8_0_off_when_inactive -4.946066276384646
 relu_1_8_0_on relu_1_8_0_pre_when_active 4.946066276384646
 relu_1_8_1_on relu_1_8_1_off_when_inactive -4.946066276384646
 relu_1_8_1_on relu_1_8_1_pre_when_active 4.946066276384646
 relu_1_9_0_on relu_1_9_0_off_when_inactive -5.179073534099319
 relu_1_9_0_on relu_1_9_0_pre_when_active 5.179073534099319
 relu_1_9_1_on relu_1_9_1_off_when_inactive -5.179073534099319
 relu_1_9_1_on relu_1_9_1_pre_when_active 5.179073534099319
 relu_1_10_0_on relu_1_10_0_off_when_inactive -3.24876732149455
 relu_1_10_0_on relu_1_10_0_pre_when_active 3.24876732149455
 relu_1_10_1_on relu_1_10_1_off_when_inactive -3.24876732149455
 relu_1_10_1_on relu_1_10_1_pre_when_active 3.24876732149455
 relu_1_11_0_on relu_1_11_0_off_when_inactive -4.201728656775691
 relu_1_11_0_on relu_1_11_0_pre_when_active 4.201728656775691
 relu_1_11_1_on relu_1_11_1_off_when_inactive -4.201728656775691
 relu_1_11_1_on relu_1_11_1_pre_when_active 4.201728656775691
 relu_1_12_0_on relu_1_12_0_off_when_inactive -3.4638766728140493
 relu_1_12_0_on relu_1_12_0_pre_when_active 3.4638766728140493
 relu_1_12_1_on relu_1_12_1_off_when_inactive -3.4638766728140493
 relu_1_12_1_on relu_1_12_1_pre_when_active 3.4638766728140493
 relu_1_13_0_on relu_1_13_0_off_when_inactive -5.830081973127222
 relu_1_13_0_on relu_1_13_0_pre_when_active 5.830081973127222
 relu_1_13_1_on relu_1_13_1_off_when_inactive -5.830081973127222
 relu_1_13_1_on relu_1_13_1_pre_when_active 5.830081973127222
 relu_1_14_0_on relu_1_14_0_off_when_inactive -5.254300341002616
 relu_1_14_0_on relu_1_14_0_pre_when_active 5.254300341002616
 relu_1_14_1_on relu_1_14_1_off_when_inactive -5.254300341002616
 relu_1_14_1_on relu_1_14_1_pre_when_active 5.254300341002616
 relu_1_15_0_on relu_1_15_0_off_when_inactive -4.023746488161782
 relu_1_15_0_on relu_1_15_0_pre_when_active 4.023746488161782
 relu_1_15_1_on relu_1_15_1_off_when_inactive -4.023746488161782
 relu_1_15_1_on relu_1_15_1_pre_when_active 4.023746488161782
 M119 'MARKER' 'INTEND'
RHS
 rhs obj -0.7449762287082355
 rhs relu_1_0_0_pre_when_active 4.37697936590399
 rhs relu_1_0_1_pre_when_active 4.37697936590399
 rhs relu_1_1_0_pre_when_active 3.261749948792537
 rhs relu_1_1_1_pre_when_active 3.261749948792537
 rhs relu_1_2_0_pre_when_active 5.610434542726609
 rhs relu_1_2_1_pre_when_active 5.610434542726609
 rhs relu_1_3_0_pre_when_active 4.8951213247291925
 rhs relu_1_3_1_pre_when_active 4.8951213247291925
 rhs relu_1_4_0_pre_when_active 5.983568998979111
 rhs relu_1_4_1_pre_when_active 5.983568998979111
 rhs relu_1_5_0_pre_when_active 5.144425659525416
 rhs relu_1_5_1_pre_when_active 5.144425659525416
 rhs relu_1_6_0_pre_when_active 5.798486548167213
 rhs relu_1_6_1_pre_when_active 5.798486548167213
 rhs relu_1_7_0_pre_when_active 4.377932678579665
 rhs relu_1_7_1_pre_when_active 4.377932678579665
 rhs relu_1_8_0_pre_when_active 4.946066276384646
 rhs relu_1_8_1_pre_when_active 4.946066276384646
 rhs relu_1_9_0_pre_when_active 5.179073534099319
 rhs relu_1_9_1_pre_when_active 5.179073534099319
 rhs relu_1_10_0_pre_when_active 3.24876732149455
 rhs relu_1_10_1_pre_when_active 3.24876732149455
 rhs relu_1_11_0_pre_when_active 4.201728656775691
 rhs relu_1_11_1_pre_when_active 4.201728656775691
 rhs relu_1_12_0_pre_when_active 3.4638766728140493
 rhs relu_1_12_1_pre_when_active 3.4638766728140493
 rhs relu_1_13_0_pre_when_active 5.830081973127222
 rhs relu_1_13_1_pre_when_active 5.830081973127222
 rhs relu_1_14_0_pre_when_active 5.254300341002616
 rhs relu_1_14_1_pre_when_active 5.254300341002616
 rhs relu_1_15_0_pre_when_active 4.023746488161782
 rhs relu_1_15_1_pre_when_active 4.023746488161782
BOUNDS
 LO bnd w_1_0_0 -3
 UP bnd w_1_0_0 3
 LO bnd w_1_1_0 -3
 UP bnd w_1_1_0 3
 LO bnd w_2_0_0 -3
 UP bnd w_2_0_0 3
 LO bnd w_2_0_1 -3
 UP bnd w_2_0_1 3
 LO bnd b_1_0 -3
 UP bnd b_1_0 3
 LO bnd b_1_1 -3
 UP bnd b_1_1 3
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd pre_1_0_0 -4.37697936590399
 UP bnd pre_1_0_0 4.37697936590399
 LO bnd pre_1_0_1 -4.37697936590399
 UP bnd pre_1_0_1 4.37697936590399
 LO bnd pre_1_1_0 -3.261749948792537
 UP bnd pre_1_1_0 3.261749948792537
 LO bnd pre_1_1_1 -3.261749948792537
 UP bnd pre_1_1_1 3.261749948792537
 LO bnd pre_1_2_0 -5.610434542726609
 UP bnd pre_1_2_0 5.610434542726609
 LO bnd pre_1_2_1 -5.610434542726609
 UP bnd pre_1_2_1 5.610434542726609
 LO bnd pre_1_3_0 -4.8951213247291925
 UP bnd pre_1_3_0 4.8951213247291925
 LO bnd pre_1_3_1 -4.8951213247291925
 UP bnd pre_1_3_1 4.8951213247291925
 LO bnd pre_1_4_0 -5.983568998979111
 UP bnd pre_1_4_0 5.983568998979111
 LO bnd pre_1_4_1 -5.983568998979111
 UP bnd pre_1_4_1 5.983568998979111
 LO bnd pre_1_5_0 -5.144425659525416
 UP bnd pre_1_5_0 5.144425659525416
 LO bnd pre_1_5_1 -5.144425659525416
 UP bnd pre_1_5_1 5.144425659525416
 LO bnd pre_1_6_0 -5.798486548167213
 UP bnd pre_1_6_0 5.798486548167213
 LO bnd pre_1_6_1 -5.798486548167213
 UP bnd pre_1_6_1 5.798486548167213
 LO bnd pre_1_7_0 -4.377932678579665
 UP bnd pre_1_7_0 4.377932678579665
 LO bnd pre_1_7_1 -4.377932678579665
 UP bnd pre_1_7_1 4.377932678579665
 LO bnd pre_1_8_0 -4.946066276384646
 UP bnd pre_1_8_0 4.946066276384646
 LO bnd pre_1_8_1 -4.946066276384646
 UP bnd pre_1_8_1 4.946066276384646
 LO bnd pre_1_9_0 -5.179073534099319
 UP bnd pre_1_9_0 5.179073534099319
 LO bnd pre_1_9_1 -5.179073534099319
 UP bnd pre_1_9_1 5.179073534099319
 LO bnd pre_1_10_0 -3.24876732149455
 UP bnd pre_1_10_0 3.24876732149455
 LO bnd pre_1_10_1 -3.24876732149455
 UP bnd pre_1_10_1 3.24876732149455
 LO bnd pre_1_11_0 -4.201728656775691
 UP bnd pre_1_11_0 4.201728656775691
 LO bnd pre_1_11_1 -4.201728656775691
 UP bnd pre_1_11_1 4.201728656775691
 LO bnd pre_1_12_0 -3.4638766728140493
 UP bnd pre_1_12_0 3.4638766728140493
 LO bnd pre_1_12_1 -3.4638766728140493
 UP bnd pre_1_12_1 3.4638766728140493
 LO bnd pre_1_13_0 -5.830081973127222
 UP bnd pre_1_13_0 5.830081973127222
 LO bnd pre_1_13_1 -5.830081973127222
 UP bnd pre_1_13_1 5.830081973127222
 LO bnd pre_1_14_0 -5.254300341002616
 UP bnd pre_1_14_0 5.254300341002616
 LO bnd pre_1_14_1 -5.254300341002616
 UP bnd pre_1_14_1 5.254300341002616
 LO bnd pre_1_15_0 -4.023746488161782
 UP bnd pre_1_15_0 4.023746488161782
 LO bnd pre_1_15_1 -4.023746488161782
 UP bnd pre_1_15_1 4.023746488161782
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 4.37697936590399
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 4.37697936590399
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 3.261749948792537
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 3.261749948792537
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 5.610434542726609
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 5.610434542726609
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 4.8951213247291925
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 4.8951213247291925
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 5.983568998979111
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 5.983568998979111
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 5.144425659525416
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 5.144425659525416
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 5.798486548167213
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 5.798486548167213
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 4.377932678579665
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 4.377932678579665
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 4.946066276384646
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 4.946066276384646
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 5.179073534099319
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 5.179073534099319
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 3.24876732149455
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 3.24876732149455
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 4.201728656775691
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 4.201728656775691
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 3.4638766728140493
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 3.4638766728140493
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 5.830081973127222
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 5.830081973127222
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 5.254300341002616
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 5.254300341002616
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 4.023746488161782
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 4.023746488161782
 LO bnd out_0_0 -29.26187619542394
 UP bnd out_0_0 29.26187619542394
 LO bnd out_1_0 -22.57049969275522
 UP bnd out_1_0 22.57049969275522
 LO bnd out_2_0 -36.66260725635966
 UP bnd out_2_0 36.66260725635966
 LO bnd out_3_0 -32.370727948375155
 UP bnd out_3_0 32.370727948375155
 LO bnd out_4_0 -38.90141399387467
 UP bnd out_4_0 38.90141399387467
 LO bnd out_5_0 -33.86655395715249
 UP bnd out_5_0 33.86655395715249
 LO bnd out_6_0 -37.790919289003284
 UP bnd out_6_0 37.790919289003284
 LO bnd out_7_0 -29.26759607147799
 UP bnd out_7_0 29.26759607147799
 LO bnd out_8_0 -32.67639765830788
 UP bnd out_8_0 32.67639765830788
 LO bnd out_9_0 -34.074441204595914
 UP bnd out_9_0 34.074441204595914
 LO bnd out_10_0 -22.4926039289673
 UP bnd out_10_0 22.4926039289673
 LO bnd out_11_0 -28.210371940654145
 UP bnd out_11_0 28.210371940654145
 LO bnd out_12_0 -23.783260036884297
 UP bnd out_12_0 23.783260036884297
 LO bnd out_13_0 -37.980491838763335
 UP bnd out_13_0 37.980491838763335
 LO bnd out_14_0 -34.5258020460157
 UP bnd out_14_0 34.5258020460157
 LO bnd out_15_0 -27.142478928970693
 UP bnd out_15_0 27.142478928970693
 BV bnd relu_1_0_0_on
 BV bnd relu_1_0_1_on
 BV bnd relu_1_1_0_on
 BV bnd relu_1_1_1_on
 BV bnd relu_1_2_0_on
 BV bnd relu_1_2_1_on
 BV bnd relu_1_3_0_on
 BV bnd relu_1_3_1_on
 BV bnd relu_1_4_0_on
 BV bnd relu_1_4_1_on
 BV bnd relu_1_5_0_on
 BV bnd relu_1_5_1_on
 BV bnd relu_1_6_0_on
 BV bnd relu_1_6_1_on
 BV bnd relu_1_7_0_on
 BV bnd relu_1_7_1_on
 BV bnd relu_1_8_0_on
 BV bnd relu_1_8_1_on
 BV bnd relu_1_9_0_on
 BV bnd relu_1_9_1_on
 BV bnd relu_1_10_0_on
 BV bnd relu_1_10_1_on
 BV bnd relu_1_11_0_on
 BV bnd relu_1_11_1_on
 BV bnd relu_1_12_0_on
 BV bnd relu_1_12_1_on
 BV bnd relu_1_13_0_on
 BV bnd relu_1_13_1_on
 BV bnd relu_1_14_0_on
 BV bnd relu_1_14_1_on
 BV bnd relu_1_15_0_on
 BV bnd relu_1_15_1_on
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
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
QCMATRIX out_definition_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
QCMATRIX out_definition_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
QCMATRIX out_definition_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
QCMATRIX out_definition_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
QCMATRIX out_definition_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
QCMATRIX out_definition_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
QCMATRIX out_definition_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
QCMATRIX out_definition_15_0
 w_2_0_0 post_1_15_0 -0.5
 post_1_15_0 w_2_0_0 -0.5
 w_2_0_1 post_1_15_1 -0.5
 post_1_15_1 w_2_0_1 -0.5
ENDATA
