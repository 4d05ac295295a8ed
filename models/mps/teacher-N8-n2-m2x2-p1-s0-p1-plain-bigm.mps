* teacher-N8-n2-m2x2-p1-s0-p1-plain-bigm  (relu-opt library: teacher-N8-n2-m2x2-p1-s0, problem 1, plain-bigm; {"hidden": [2, 2], "bound": 3.0, "loss": "squared"})
NAME teacher-N8-n2-m2x2-p1-s0-p1-plain-bigm
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
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
 E out_definition_4_0
 E out_definition_5_0
 E out_definition_6_0
 E out_definition_7_0
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
 L relu_2_0_0_above_pre
 L relu_2_0_0_off_when_inactive
 L relu_2_0_0_pre_when_active
 L relu_2_0_1_above_pre
 L relu_2_0_1_off_when_inactive
 L relu_2_0_1_pre_when_active
 L relu_2_1_0_above_pre
 L relu_2_1_0_off_when_inactive
 L relu_2_1_0_pre_when_active
 L relu_2_1_1_above_pre
 L relu_2_1_1_off_when_inactive
 L relu_2_1_1_pre_when_active
 L relu_2_2_0_above_pre
 L relu_2_2_0_off_when_inactive
 L relu_2_2_0_pre_when_active
 L relu_2_2_1_above_pre
 L relu_2_2_1_off_when_inactive
 L relu_2_2_1_pre_when_active
 L relu_2_3_0_above_pre
 L relu_2_3_0_off_when_inactive
 L relu_2_3_0_pre_when_active
 L relu_2_3_1_above_pre
 L relu_2_3_1_off_when_inactive
 L relu_2_3_1_pre_when_active
 L relu_2_4_0_above_pre
 L relu_2_4_0_off_when_inactive
 L relu_2_4_0_pre_when_active
 L relu_2_4_1_above_pre
 L relu_2_4_1_off_when_inactive
 L relu_2_4_1_pre_when_active
 L relu_2_5_0_above_pre
 L relu_2_5_0_off_when_inactive
 L relu_2_5_0_pre_when_active
 L relu_2_5_1_above_pre
 L relu_2_5_1_off_when_inactive
 L relu_2_5_1_pre_when_active
 L relu_2_6_0_above_pre
 L relu_2_6_0_off_when_inactive
 L relu_2_6_0_pre_when_active
 L relu_2_6_1_above_pre
 L relu_2_6_1_off_when_inactive
 L relu_2_6_1_pre_when_active
 L relu_2_7_0_above_pre
 L relu_2_7_0_off_when_inactive
 L relu_2_7_0_pre_when_active
 L relu_2_7_1_above_pre
 L relu_2_7_1_off_when_inactive
 L relu_2_7_1_pre_when_active
COLUMNS
 w_1_0_0 pre_definition_1_0_0 0.648688758794882
 w_1_0_0 pre_definition_1_1_0 -0.08292244049818343
 w_1_0_0 pre_definition_1_2_0 0.1546255576046831
 w_1_0_0 pre_definition_1_3_0 0.7514334470008721
 w_1_0_0 pre_definition_1_4_0 -0.2943790231485002
 w_1_0_0 pre_definition_1_5_0 0.23264489147623313
 w_1_0_0 pre_definition_1_6_0 -0.9616706775524602
 w_1_0_0 pre_definition_1_7_0 -0.3009185525356326
 w_1_0_1 pre_definition_1_0_0 -0.7263578446997732
 w_1_0_1 pre_definition_1_1_0 0.40057621892523043
 w_1_0_1 pre_definition_1_2_0 0.9433606577090741
 w_1_0_1 pre_definition_1_3_0 -0.34124882938726064
 w_1_0_1 pre_definition_1_4_0 -0.2307702229625077
 w_1_0_1 pre_definition_1_5_0 -0.994419871578422
 w_1_0_1 pre_definition_1_6_0 -0.3710839689613894
 w_1_0_1 pre_definition_1_7_0 -0.37689346114188016
 w_1_1_0 pre_definition_1_0_1 0.648688758794882
 w_1_1_0 pre_definition_1_1_1 -0.08292244049818343
 w_1_1_0 pre_definition_1_2_1 0.1546255576046831
 w_1_1_0 pre_definition_1_3_1 0.7514334470008721
 w_1_1_0 pre_definition_1_4_1 -0.2943790231485002
 w_1_1_0 pre_definition_1_5_1 0.23264489147623313
 w_1_1_0 pre_definition_1_6_1 -0.9616706775524602
 w_1_1_0 pre_definition_1_7_1 -0.3009185525356326
 w_1_1_1 pre_definition_1_0_1 -0.7263578446997732
 w_1_1_1 pre_definition_1_1_1 0.40057621892523043
 w_1_1_1 pre_definition_1_2_1 0.9433606577090741
 w_1_1_1 pre_definition_1_3_1 -0.34124882938726064
 w_1_1_1 pre_definition_1_4_1 -0.2307702229625077
 w_1_1_1 pre_definition_1_5_1 -0.994419871578422
 w_1_1_1 pre_definition_1_6_1 -0.3710839689613894
 w_1_1_1 pre_definition_1_7_1 -0.37689346114188016
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
 b_1_1 pre_definition_1_0_1 -1
 b_1_1 pre_definition_1_1_1 -1
 b_1_1 pre_definition_1_2_1 -1
 b_1_1 pre_definition_1_3_1 -1
 b_1_1 pre_definition_1_4_1 -1
 b_1_1 pre_definition_1_5_1 -1
 b_1_1 pre_definition_1_6_1 -1
 b_1_1 pre_definition_1_7_1 -1
 b_2_0 pre_definition_2_0_0 -1
 b_2_0 pre_definition_2_1_0 -1
 b_2_0 pre_definition_2_2_0 -1
 b_2_0 pre_definition_2_3_0 -1
 b_2_0 pre_definition_2_4_0 -1
 b_2_0 pre_definition_2_5_0 -1
 b_2_0 pre_definition_2_6_0 -1
 b_2_0 pre_definition_2_7_0 -1
 b_2_1 pre_definition_2_0_1 -1
 b_2_1 pre_definition_2_1_1 -1
 b_2_1 pre_definition_2_2_1 -1
 b_2_1 pre_definition_2_3_1 -1
 b_2_1 pre_definition_2_4_1 -1
 b_2_1 pre_definition_2_5_1 -1
 b_2_1 pre_definition_2_6_1 -1
 b_2_1 pre_definition_2_7_1 -1
 b_3_0 out_definition_0_0 -1
 b_3_0 out_definition_1_0 -1
 b_3_0 out_definition_2_0 -1
 b_3_0 out_definition_3_0 -1
 b_3_0 out_definition_4_0 -1
 b_3_0 out_definition_5_0 -1
 b_3_0 out_definition_6_0 -1
 b_3_0 out_definition_7_0 -1
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
 pre_2_0_0 pre_definition_2_0_0 1
 pre_2_0_0 relu_2_0_0_above_pre 1
 pre_2_0_0 relu_2_0_0_pre_when_active -1
 pre_2_0_1 pre_definition_2_0_1 1
 pre_2_0_1 relu_2_0_1_above_pre 1
 pre_2_0_1 relu_2_0_1_pre_when_active -1
 pre_2_1_0 pre_definition_2_1_0 1
 pre_2_1_0 relu_2_1_0_above_pre 1
 pre_2_1_0 relu_2_1_0_pre_when_active -1
 pre_2_1_1 pre_definition_2_1_1 1
 pre_2_1_1 relu_2_1_1_above_pre 1
 pre_2_1_1 relu_2_1_1_pre_when_active -1
 pre_2_2_0 pre_definition_2_2_0 1
 pre_2_2_0 relu_2_2_0_above_pre 1
 pre_2_2_0 relu_2_2_0_pre_when_active -1
 pre_2_2_1 pre_definition_2_2_1 1
 pre_2_2_1 relu_2_2_1_above_pre 1
 pre_2_2_1 relu_2_2_1_pre_when_active -1
 pre_2_3_0 pre_definition_2_3_0 1
 pre_2_3_0 relu_2_3_0_above_pre 1
 pre_2_3_0 relu_2_3_0_pre_when_active -1
 pre_2_3_1 pre_definition_2_3_1 1
 pre_2_3_1 relu_2_3_1_above_pre 1
 pre_2_3_1 relu_2_3_1_pre_when_active -1
 pre_2_4_0 pre_definition_2_4_0 1
 pre_2_4_0 relu_2_4_0_above_pre 1
 pre_2_4_0 relu_2_4_0_pre_when_active -1
 pre_2_4_1 pre_definition_2_4_1 1
 pre_2_4_1 relu_2_4_1_above_pre 1
 pre_2_4_1 relu_2_4_1_pre_when_active -1
 pre_2_5_0 pre_definition_2_5_0 1
 pre_2_5_0 relu_2_5_0_above_pre 1
 pre_2_5_0 relu_2_5_0_pre_when_active -1
 pre_2_5_1 pre_definition_2_5_1 1
 pre_2_5_1 relu_2_5_1_above_pre 1
 pre_2_5_1 relu_2_5_1_pre_when_active -1
 pre_2_6_0 pre_definition_2_6_0 1
 pre_2_6_0 relu_2_6_0_above_pre 1
 pre_2_6_0 relu_2_6_0_pre_when_active -1
 pre_2_6_1 pre_definition_2_6_1 1
 pre_2_6_1 relu_2_6_1_above_pre 1
 pre_2_6_1 relu_2_6_1_pre_when_active -1
 pre_2_7_0 pre_definition_2_7_0 1
 pre_2_7_0 relu_2_7_0_above_pre 1
 pre_2_7_0 relu_2_7_0_pre_when_active -1
 pre_2_7_1 pre_definition_2_7_1 1
 pre_2_7_1 relu_2_7_1_above_pre 1
 pre_2_7_1 relu_2_7_1_pre_when_active -1
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
 post_2_0_0 relu_2_0_0_above_pre -1
 post_2_0_0 relu_2_0_0_off_when_inactive 1
 post_2_0_0 relu_2_0_0_pre_when_active 1
 post_2_0_1 relu_2_0_1_above_pre -1
 post_2_0_1 relu_2_0_1_off_when_inactive 1
 post_2_0_1 relu_2_0_1_pre_when_active 1
 post_2_1_0 relu_2_1_0_above_pre -1
 post_2_1_0 relu_2_1_0_off_when_inactive 1
 post_2_1_0 relu_2_1_0_pre_when_active 1
 post_2_1_1 relu_2_1_1_above_pre -1
 post_2_1_1 relu_2_1_1_off_when_inactive 1
 post_2_1_1 relu_2_1_1_pre_when_active 1
 post_2_2_0 relu_2_2_0_above_pre -1
 post_2_2_0 relu_2_2_0_off_when_inactive 1
 post_2_2_0 relu_2_2_0_pre_when_active 1
 post_2_2_1 relu_2_2_1_above_pre -1
 post_2_2_1 relu_2_2_1_off_when_inactive 1
 post_2_2_1 relu_2_2_1_pre_when_active 1
 post_2_3_0 relu_2_3_0_above_pre -1
 post_2_3_0 relu_2_3_0_off_when_inactive 1
 post_2_3_0 relu_2_3_0_pre_when_active 1
 post_2_3_1 relu_2_3_1_above_pre -1
 post_2_3_1 relu_2_3_1_off_when_inactive 1
 post_2_3_1 relu_2_3_1_pre_when_active 1
 post_2_4_0 relu_2_4_0_above_pre -1
 post_2_4_0 relu_2_4_0_off_when_inactive 1
 post_2_4_0 relu_2_4_0_pre_when_active 1
 post_2_4_1 relu_2_4_1_above_pre -1
 post_2_4_1 relu_2_4_1_off_when_inactive 1
 post_2_4_1 relu_2_4_1_pre_when_active 1
 post_2_5_0 relu_2_5_0_above_pre -1
 post_2_5_0 relu_2_5_0_off_when_inactive 1
 post_2_5_0 relu_2_5_0_pre_when_active 1
 post_2_5_1 relu_2_5_1_above_pre -1
 post_2_5_1 relu_2_5_1_off_when_inactive 1
 post_2_5_1 relu_2_5_1_pre_when_active 1
 post_2_6_0 relu_2_6_0_above_pre -1
 post_2_6_0 relu_2_6_0_off_when_inactive 1
 post_2_6_0 relu_2_6_0_pre_when_active 1
 post_2_6_1 relu_2_6_1_above_pre -1
 post_2_6_1 relu_2_6_1_off_when_inactive 1
 post_2_6_1 relu_2_6_1_pre_when_active 1
 post_2_7_0 relu_2_7_0_above_pre -1
 post_2_7_0 relu_2_7_0_off_when_inactive 1
 post_2_7_0 relu_2_7_0_pre_when_active 1
 post_2_7_1 relu_2_7_1_above_pre -1
 post_2_7_1 relu_2_7_1_off_when_inactive 1
 post_2_7_1 relu_2_7_1_pre_when_active 1
 out_0_0 obj -2.2863664496608505
 out_0_0 out_definition_0_0 1
 out_1_0 obj -2.664354326343199
 out_1_0 out_definition_1_0 1
 out_2_0 obj -2.1120756579802085
 out_2_0 out_definition_2_0 1
 out_3_0 obj -2.6110260788956303
 out_3_0 out_definition_3_0 1
 out_4_0 obj -2.293943401221799
 out_4_0 out_definition_4_0 1
 out_5_0 obj -1.7738383033462595
 out_5_0 out_definition_5_0 1
 out_6_0 obj -2.0150518622819233
 out_6_0 out_definition_6_0 1
 out_7_0 obj -2.2630431563996063
 out_7_0 out_definition_7_0 1
 M87 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -7.125139810483965
 relu_1_0_0_on relu_1_0_0_pre_when_active 7.125139810483965
 relu_1_0_1_on relu_1_0_1_off_when_inactive -7.125139810483965
 relu_1_0_1_on relu_1_0_1_pre_when_active 7.125139810483965
 relu_1_1_0_on relu_1_1_0_off_when_inactive -4.450495978270242
 relu_1_1_0_on relu_1_1_0_pre_when_active 4.450495978270242
 relu_1_1_1_on relu_1_1_1_off_when_inactive -4.450495978270242
 relu_1_1_1_on relu_1_1_1_pre_when_active 4.450495978270242
 relu_1_2_0_on relu_1_2_0_off_when_inactive -6.293958645941272
 relu_1_2_0_on relu_1_2_0_pre_when_active 6.293958645941272
 relu_1_2_1_on relu_1_2_1_off_when_inactive -6.293958645941272
 relu_1_2_1_on relu_1_2_1_pre_when_active 6.293958645941272
 relu_1_3_0_on relu_1_3_0_off_when_inactive -6.278046829164398
 relu_1_3_0_on relu_1_3_0_pre_when_active 6.278046829164398
 relu_1_3_1_on relu_1_3_1_off_when_inactive -6.278046829164398
 relu_1_3_1_on relu_1_3_1_pre_when_active 6.278046829164398
 relu_1_4_0_on relu_1_4_0_off_when_inactive -4.575447738333024
 relu_1_4_0_on relu_1_4_0_pre_when_active 4.575447738333024
 relu_1_4_1_on relu_1_4_1_off_when_inactive -4.575447738333024
 relu_1_4_1_on relu_1_4_1_pre_when_active 4.575447738333024
 relu_1_5_0_on relu_1_5_0_off_when_inactive -6.681194289163965
 relu_1_5_0_on relu_1_5_0_pre_when_active 6.681194289163965
 relu_1_5_1_on relu_1_5_1_off_when_inactive -6.681194289163965
 relu_1_5_1_on relu_1_5_1_pre_when_active 6.681194289163965
 relu_1_6_0_on relu_1_6_0_off_when_inactive -6.998263939541548
 relu_1_6_0_on relu_1_6_0_pre_when_active 6.998263939541548
 relu_1_6_1_on relu_1_6_1_off_when_inactive -6.998263939541548
 relu_1_6_1_on relu_1_6_1_pre_when_active 6.998263939541548
 relu_1_7_0_on relu_1_7_0_off_when_inactive -5.033436041032538
 relu_1_7_0_on relu_1_7_0_pre_when_active 5.033436041032538
 relu_1_7_1_on relu_1_7_1_off_when_inactive -5.033436041032538
 relu_1_7_1_on relu_1_7_1_pre_when_active 5.033436041032538
 relu_2_0_0_on relu_2_0_0_off_when_inactive -45.75083886290379
 relu_2_0_0_on relu_2_0_0_pre_when_active 45.75083886290379
 relu_2_0_1_on relu_2_0_1_off_when_inactive -45.75083886290379
 relu_2_0_1_on relu_2_0_1_pre_when_active 45.75083886290379
 relu_2_1_0_on relu_2_1_0_off_when_inactive -29.70297586962145
 relu_2_1_0_on relu_2_1_0_pre_when_active 29.70297586962145
 relu_2_1_1_on relu_2_1_1_off_when_inactive -29.70297586962145
 relu_2_1_1_on relu_2_1_1_pre_when_active 29.70297586962145
 relu_2_2_0_on relu_2_2_0_off_when_inactive -40.76375187564763
 relu_2_2_0_on relu_2_2_0_pre_when_active 40.76375187564763
 relu_2_2_1_on relu_2_2_1_off_when_inactive -40.76375187564763
 relu_2_2_1_on relu_2_2_1_pre_when_active 40.76375187564763
 relu_2_3_0_on relu_2_3_0_off_when_inactive -40.66828097498639
 relu_2_3_0_on relu_2_3_0_pre_when_active 40.66828097498639
 relu_2_3_1_on relu_2_3_1_off_when_inactive -40.66828097498639
 relu_2_3_1_on relu_2_3_1_pre_when_active 40.66828097498639
 relu_2_4_0_on relu_2_4_0_off_when_inactive -30.452686429998142
 relu_2_4_0_on relu_2_4_0_pre_when_active 30.452686429998142
 relu_2_4_1_on relu_2_4_1_off_when_inactive -30.452686429998142
 relu_2_4_1_on relu_2_4_1_pre_when_active 30.452686429998142
 relu_2_5_0_on relu_2_5_0_off_when_inactive -43.08716573498379
 relu_2_5_0_on relu_2_5_0_pre_when_active 43.08716573498379
 relu_2_5_1_on relu_2_5_1_off_when_inactive -43.08716573498379
 relu_2_5_1_on relu_2_5_1_pre_when_active 43.08716573498379
 relu_2_6_0_on relu_2_6_0_off_when_inactive -44.98958363724929
 relu_2_6_0_on relu_2_6_0_pre_when_active 44.98958363724929
 relu_2_6_1_on relu_2_6_1_off_when_inactive -44.98958363724929
 relu_2_6_1_on relu_2_6_1_pre_when_active 44.98958363724929
 relu_2_7_0_on relu_2_7_0_off_when_inactive -33.20061624619523
 relu_2_7_0_on relu_2_7_0_pre_when_active 33.20061624619523
 relu_2_7_1_on relu_2_7_1_off_when_inactive -33.20061624619523
 relu_2_7_1_on relu_2_7_1_pre_when_active 33.20061624619523
 M119 'MARKER' 'INTEND'
RHS
 rhs obj -10.298763319496103
 rhs relu_1_0_0_pre_when_active 7.125139810483965
 rhs relu_1_0_1_pre_when_active 7.125139810483965
 rhs relu_1_1_0_pre_when_active 4.450495978270242
 rhs relu_1_1_1_pre_when_active 4.450495978270242
 rhs relu_1_2_0_pre_when_active 6.293958645941272
 rhs relu_1_2_1_pre_when_active 6.293958645941272
 rhs relu_1_3_0_pre_when_active 6.278046829164398
 rhs relu_1_3_1_pre_when_active 6.278046829164398
 rhs relu_1_4_0_pre_when_active 4.575447738333024
 rhs relu_1_4_1_pre_when_active 4.575447738333024
 rhs relu_1_5_0_pre_when_active 6.681194289163965
 rhs relu_1_5_1_pre_when_active 6.681194289163965
 rhs relu_1_6_0_pre_when_active 6.998263939541548
 rhs relu_1_6_1_pre_when_active 6.998263939541548
 rhs relu_1_7_0_pre_when_active 5.033436041032538
 rhs relu_1_7_1_pre_when_active 5.033436041032538
 rhs relu_2_0_0_pre_when_active 45.75083886290379
 rhs relu_2_0_1_pre_when_active 45.75083886290379
 rhs relu_2_1_0_pre_when_active 29.70297586962145
 rhs relu_2_1_1_pre_when_active 29.70297586962145
 rhs relu_2_2_0_pre_when_active 40.76375187564763
 rhs relu_2_2_1_pre_when_active 40.76375187564763
 rhs relu_2_3_0_pre_when_active 40.66828097498639
 rhs relu_2_3_1_pre_when_active 40.66828097498639
 rhs relu_2_4_0_pre_when_active 30.452686429998142
 rhs relu_2_4_1_pre_when_active 30.452686429998142
 rhs relu_2_5_0_pre_when_active 43.08716573498379
 rhs relu_2_5_1_pre_when_active 43.08716573498379
 rhs relu_2_6_0_pre_when_active 44.98958363724929
 rhs relu_2_6_1_pre_when_active 44.98958363724929
 rhs relu_2_7_0_pre_when_active 33.20061624619523
 rhs relu_2_7_1_pre_when_active 33.20061624619523
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
 BV bnd relu_2_0_0_on
 BV bnd relu_2_0_1_on
 BV bnd relu_2_1_0_on
 BV bnd relu_2_1_1_on
 BV bnd relu_2_2_0_on
 BV bnd relu_2_2_1_on
 BV bnd relu_2_3_0_on
 BV bnd relu_2_3_1_on
 BV bnd relu_2_4_0_on
 BV bnd relu_2_4_1_on
 BV bnd relu_2_5_0_on
 BV bnd relu_2_5_1_on
 BV bnd relu_2_6_0_on
 BV bnd relu_2_6_1_on
 BV bnd relu_2_7_0_on
 BV bnd relu_2_7_1_on
QUADOBJ
 out_0_0 out_0_0 2
 out_1_0 out_1_0 2
 out_2_0 out_2_0 2
 out_3_0 out_3_0 2
 out_4_0 out_4_0 2
 out_5_0 out_5_0 2
 out_6_0 out_6_0 2
 out_7_0 out_7_0 2
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
ENDATA
