* teacher-N10-n1-m2-p1-s0-p1-normalized-bigm  (relu-opt library: teacher-N10-n1-m2-p1-s0, problem 1, normalized-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N10-n1-m2-p1-s0-p1-normalized-bigm
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
 E post_split_0_0
 E post_split_0_1
 E post_split_1_0
 E post_split_1_1
 E post_split_2_0
 E post_split_2_1
 E post_split_3_0
 E post_split_3_1
 E post_split_4_0
 E post_split_4_1
 E post_split_5_0
 E post_split_5_1
 E post_split_6_0
 E post_split_6_1
 E post_split_7_0
 E post_split_7_1
 E post_split_8_0
 E post_split_8_1
 E post_split_9_0
 E post_split_9_1
 L positive_if_sign_0_0
 L positive_if_sign_0_1
 L positive_if_sign_1_0
 L positive_if_sign_1_1
 L positive_if_sign_2_0
 L positive_if_sign_2_1
 L positive_if_sign_3_0
 L positive_if_sign_3_1
 L positive_if_sign_4_0
 L positive_if_sign_4_1
 L positive_if_sign_5_0
 L positive_if_sign_5_1
 L positive_if_sign_6_0
 L positive_if_sign_6_1
 L positive_if_sign_7_0
 L positive_if_sign_7_1
 L positive_if_sign_8_0
 L positive_if_sign_8_1
 L positive_if_sign_9_0
 L positive_if_sign_9_1
 L negative_unless_sign_0_0
 L negative_unless_sign_0_1
 L negative_unless_sign_1_0
 L negative_unless_sign_1_1
 L negative_unless_sign_2_0
 L negative_unless_sign_2_1
 L negative_unless_sign_3_0
 L negative_unless_sign_3_1
 L negative_unless_sign_4_0
 L negative_unless_sign_4_1
 L negative_unless_sign_5_0
 L negative_unless_sign_5_1
 L negative_unless_sign_6_0
 L negative_unless_sign_6_1
 L negative_unless_sign_7_0
 L negative_unless_sign_7_1
 L negative_unless_sign_8_0
 L negative_unless_sign_8_1
 L negative_unless_sign_9_0
 L negative_unless_sign_9_1
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
COLUMNS
 u_0_0 pre_definition_1_0_0 -0.4589931219679968
 u_0_0 pre_definition_1_1_0 -0.08724998293084574
 u_0_0 pre_definition_1_2_0 -0.8701448475755365
 u_0_0 pre_definition_1_3_0 -0.6317071082430643
 u_0_0 pre_definition_1_4_0 0.9945229996597038
 u_0_0 pre_definition_1_5_0 -0.7148085531751387
 u_0_0 pre_definition_1_6_0 0.9328288493890713
 u_0_0 pre_definition_1_7_0 -0.45931089285988813
 u_0_0 pre_definition_1_8_0 0.648688758794882
 u_0_0 pre_definition_1_9_0 -0.7263578446997732
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
 u_1_0 pre_definition_1_0_1 -0.4589931219679968
 u_1_0 pre_definition_1_1_1 -0.08724998293084574
 u_1_0 pre_definition_1_2_1 -0.8701448475755365
 u_1_0 pre_definition_1_3_1 -0.6317071082430643
 u_1_0 pre_definition_1_4_1 0.9945229996597038
 u_1_0 pre_definition_1_5_1 -0.7148085531751387
 u_1_0 pre_definition_1_6_1 0.9328288493890713
 u_1_0 pre_definition_1_7_1 -0.45931089285988813
 u_1_0 pre_definition_1_8_1 0.648688758794882
 u_1_0 pre_definition_1_9_1 -0.7263578446997732
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
 post_1_0_0 post_split_0_0 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 relu_1_0_0_off_when_inactive 1
 post_1_0_0 relu_1_0_0_pre_when_active 1
 post_1_0_1 post_split_0_1 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 relu_1_0_1_off_when_inactive 1
 post_1_0_1 relu_1_0_1_pre_when_active 1
 post_1_1_0 post_split_1_0 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 relu_1_1_0_off_when_inactive 1
 post_1_1_0 relu_1_1_0_pre_when_active 1
 post_1_1_1 post_split_1_1 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 relu_1_1_1_off_when_inactive 1
 post_1_1_1 relu_1_1_1_pre_when_active 1
 post_1_2_0 post_split_2_0 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 relu_1_2_0_off_when_inactive 1
 post_1_2_0 relu_1_2_0_pre_when_active 1
 post_1_2_1 post_split_2_1 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 relu_1_2_1_off_when_inactive 1
 post_1_2_1 relu_1_2_1_pre_when_active 1
 post_1_3_0 post_split_3_0 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 relu_1_3_0_off_when_inactive 1
 post_1_3_0 relu_1_3_0_pre_when_active 1
 post_1_3_1 post_split_3_1 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 relu_1_3_1_off_when_inactive 1
 post_1_3_1 relu_1_3_1_pre_when_active 1
 post_1_4_0 post_split_4_0 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 relu_1_4_0_off_when_inactive 1
 post_1_4_0 relu_1_4_0_pre_when_active 1
 post_1_4_1 post_split_4_1 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 relu_1_4_1_off_when_inactive 1
 post_1_4_1 relu_1_4_1_pre_when_active 1
 post_1_5_0 post_split_5_0 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 relu_1_5_0_off_when_inactive 1
 post_1_5_0 relu_1_5_0_pre_when_active 1
 post_1_5_1 post_split_5_1 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 relu_1_5_1_off_when_inactive 1
 post_1_5_1 relu_1_5_1_pre_when_active 1
 post_1_6_0 post_split_6_0 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 relu_1_6_0_off_when_inactive 1
 post_1_6_0 relu_1_6_0_pre_when_active 1
 post_1_6_1 post_split_6_1 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 relu_1_6_1_off_when_inactive 1
 post_1_6_1 relu_1_6_1_pre_when_active 1
 post_1_7_0 post_split_7_0 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 relu_1_7_0_off_when_inactive 1
 post_1_7_0 relu_1_7_0_pre_when_active 1
 post_1_7_1 post_split_7_1 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 relu_1_7_1_off_when_inactive 1
 post_1_7_1 relu_1_7_1_pre_when_active 1
 post_1_8_0 post_split_8_0 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 relu_1_8_0_off_when_inactive 1
 post_1_8_0 relu_1_8_0_pre_when_active 1
 post_1_8_1 post_split_8_1 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 relu_1_8_1_off_when_inactive 1
 post_1_8_1 relu_1_8_1_pre_when_active 1
 post_1_9_0 post_split_9_0 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 relu_1_9_0_off_when_inactive 1
 post_1_9_0 relu_1_9_0_pre_when_active 1
 post_1_9_1 post_split_9_1 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 relu_1_9_1_off_when_inactive 1
 post_1_9_1 relu_1_9_1_pre_when_active 1
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
 out_0_0 obj -0.36328307179488856
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.508869210343546
 out_1_0 out_definition_1_0 1
 out_2_0 obj -0.635045776957255
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.4008361704799126
 out_3_0 out_definition_3_0 1
 out_4_0 obj -0.6998357971786566
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.2935041683713967
 out_5_0 out_definition_5_0 1
 out_6_0 obj -0.4968451170873234
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.6072371393990812
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.44534556262089436
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.2778432531979578
 out_9_0 out_definition_9_0 1
 M55 'MARKER' 'INTORG'
 sign_0 positive_if_sign_0_0 -13.13093809771197
 sign_0 positive_if_sign_1_0 -9.785249846377612
 sign_0 positive_if_sign_2_0 -16.83130362817983
 sign_0 positive_if_sign_3_0 -14.68536397418758
 sign_0 positive_if_sign_4_0 -17.950706996937335
 sign_0 positive_if_sign_5_0 -15.433276978576249
 sign_0 positive_if_sign_6_0 -17.395459644501642
 sign_0 positive_if_sign_7_0 -13.133798035738993
 sign_0 positive_if_sign_8_0 -14.838198829153939
 sign_0 positive_if_sign_9_0 -15.537220602297959
 sign_0 negative_unless_sign_0_0 13.13093809771197
 sign_0 negative_unless_sign_1_0 9.785249846377612
 sign_0 negative_unless_sign_2_0 16.83130362817983
 sign_0 negative_unless_sign_3_0 14.68536397418758
 sign_0 negative_unless_sign_4_0 17.950706996937335
 sign_0 negative_unless_sign_5_0 15.433276978576249
 sign_0 negative_unless_sign_6_0 17.395459644501642
 sign_0 negative_unless_sign_7_0 13.133798035738993
 sign_0 negative_unless_sign_8_0 14.838198829153939
 sign_0 negative_unless_sign_9_0 15.537220602297959
 sign_1 positive_if_sign_0_1 -13.13093809771197
 sign_1 positive_if_sign_1_1 -9.785249846377612
 sign_1 positive_if_sign_2_1 -16.83130362817983
 sign_1 positive_if_sign_3_1 -14.68536397418758
 sign_1 positive_if_sign_4_1 -17.950706996937335
 sign_1 positive_if_sign_5_1 -15.433276978576249
 sign_1 positive_if_sign_6_1 -17.395459644501642
 sign_1 positive_if_sign_7_1 -13.133798035738993
 sign_1 positive_if_sign_8_1 -14.838198829153939
 sign_1 positive_if_sign_9_1 -15.537220602297959
 sign_1 negative_unless_sign_0_1 13.13093809771197
 sign_1 negative_unless_sign_1_1 9.785249846377612
 sign_1 negative_unless_sign_2_1 16.83130362817983
 sign_1 negative_unless_sign_3_1 14.68536397418758
 sign_1 negative_unless_sign_4_1 17.950706996937335
 sign_1 negative_unless_sign_5_1 15.433276978576249
 sign_1 negative_unless_sign_6_1 17.395459644501642
 sign_1 negative_unless_sign_7_1 13.133798035738993
 sign_1 negative_unless_sign_8_1 14.838198829153939
 sign_1 negative_unless_sign_9_1 15.537220602297959
 M57 'MARKER' 'INTEND'
 post_positive_0_0 post_split_0_0 -1
 post_positive_0_0 positive_if_sign_0_0 1
 post_positive_0_0 out_definition_0_0 -1
 post_positive_0_1 post_split_0_1 -1
 post_positive_0_1 positive_if_sign_0_1 1
 post_positive_0_1 out_definition_0_0 -1
 post_positive_1_0 post_split_1_0 -1
 post_positive_1_0 positive_if_sign_1_0 1
 post_positive_1_0 out_definition_1_0 -1
 post_positive_1_1 post_split_1_1 -1
 post_positive_1_1 positive_if_sign_1_1 1
 post_positive_1_1 out_definition_1_0 -1
 post_positive_2_0 post_split_2_0 -1
 post_positive_2_0 positive_if_sign_2_0 1
 post_positive_2_0 out_definition_2_0 -1
 post_positive_2_1 post_split_2_1 -1
 post_positive_2_1 positive_if_sign_2_1 1
 post_positive_2_1 out_definition_2_0 -1
 post_positive_3_0 post_split_3_0 -1
 post_positive_3_0 positive_if_sign_3_0 1
 post_positive_3_0 out_definition_3_0 -1
 post_positive_3_1 post_split_3_1 -1
 post_positive_3_1 positive_if_sign_3_1 1
 post_positive_3_1 out_definition_3_0 -1
 post_positive_4_0 post_split_4_0 -1
 post_positive_4_0 positive_if_sign_4_0 1
 post_positive_4_0 out_definition_4_0 -1
 post_positive_4_1 post_split_4_1 -1
 post_positive_4_1 positive_if_sign_4_1 1
 post_positive_4_1 out_definition_4_0 -1
 post_positive_5_0 post_split_5_0 -1
 post_positive_5_0 positive_if_sign_5_0 1
 post_positive_5_0 out_definition_5_0 -1
 post_positive_5_1 post_split_5_1 -1
 post_positive_5_1 positive_if_sign_5_1 1
 post_positive_5_1 out_definition_5_0 -1
 post_positive_6_0 post_split_6_0 -1
 post_positive_6_0 positive_if_sign_6_0 1
 post_positive_6_0 out_definition_6_0 -1
 post_positive_6_1 post_split_6_1 -1
 post_positive_6_1 positive_if_sign_6_1 1
 post_positive_6_1 out_definition_6_0 -1
 post_positive_7_0 post_split_7_0 -1
 post_positive_7_0 positive_if_sign_7_0 1
 post_positive_7_0 out_definition_7_0 -1
 post_positive_7_1 post_split_7_1 -1
 post_positive_7_1 positive_if_sign_7_1 1
 post_positive_7_1 out_definition_7_0 -1
 post_positive_8_0 post_split_8_0 -1
 post_positive_8_0 positive_if_sign_8_0 1
 post_positive_8_0 out_definition_8_0 -1
 post_positive_8_1 post_split_8_1 -1
 post_positive_8_1 positive_if_sign_8_1 1
 post_positive_8_1 out_definition_8_0 -1
 post_positive_9_0 post_split_9_0 -1
 post_positive_9_0 positive_if_sign_9_0 1
 post_positive_9_0 out_definition_9_0 -1
 post_positive_9_1 post_split_9_1 -1
 post_positive_9_1 positive_if_sign_9_1 1
 post_positive_9_1 out_definition_9_0 -1
 post_negative_0_0 post_split_0_0 -1
 post_negative_0_0 negative_unless_sign_0_0 1
 post_negative_0_0 out_definition_0_0 1
 post_negative_0_1 post_split_0_1 -1
 post_negative_0_1 negative_unless_sign_0_1 1
 post_negative_0_1 out_definition_0_0 1
 post_negative_1_0 post_split_1_0 -1
 post_negative_1_0 negative_unless_sign_1_0 1
 post_negative_1_0 out_definition_1_0 1
 post_negative_1_1 post_split_1_1 -1
 post_negative_1_1 negative_unless_sign_1_1 1
 post_negative_1_1 out_definition_1_0 1
 post_negative_2_0 post_split_2_0 -1
 post_negative_2_0 negative_unless_sign_2_0 1
 post_negative_2_0 out_definition_2_0 1
 post_negative_2_1 post_split_2_1 -1
 post_negative_2_1 negative_unless_sign_2_1 1
 post_negative_2_1 out_definition_2_0 1
 post_negative_3_0 post_split_3_0 -1
 post_negative_3_0 negative_unless_sign_3_0 1
 post_negative_3_0 out_definition_3_0 1
 post_negative_3_1 post_split_3_1 -1
 post_negative_3_1 negative_unless_sign_3_1 1
 post_negative_3_1 out_definition_3_0 1
 post_negative_4_0 post_split_4_0 -1
 post_negative_4_0 negative_unless_sign_4_0 1
 post_negative_4_0 out_definition_4_0 1
 post_negative_4_1 post_split_4_1 -1
 post_negative_4_1 negative_unless_sign_4_1 1
 post_negative_4_1 out_definition_4_0 1
 post_negative_5_0 post_split_5_0 -1
 post_negative_5_0 negative_unless_sign_5_0 1
 post_negative_5_0 out_definition_5_0 1
 post_negative_5_1 post_split_5_1 -1
 post_negative_5_1 negative_unless_sign_5_1 1
 post_negative_5_1 out_definition_5_0 1
 post_negative_6_0 post_split_6_0 -1
 post_negative_6_0 negative_unless_sign_6_0 1
 post_negative_6_0 out_definition_6_0 1
 post_negative_6_1 post_split_6_1 -1
 post_negative_6_1 negative_unless_sign_6_1 1
 post_negative_6_1 out_definition_6_0 1
 post_negative_7_0 post_split_7_0 -1
 post_negative_7_0 negative_unless_sign_7_0 1
 post_negative_7_0 out_definition_7_0 1
 post_negative_7_1 post_split_7_1 -1
 post_negative_7_1 negative_unless_sign_7_1 1
 post_negative_7_1 out_definition_7_0 1
 post_negative_8_0 post_split_8_0 -1
 post_negative_8_0 negative_unless_sign_8_0 1
 post_negative_8_0 out_definition_8_0 1
 post_negative_8_1 post_split_8_1 -1
 post_negative_8_1 negative_unless_sign_8_1 1
 post_negative_8_1 out_definition_8_0 1
 post_negative_9_0 post_split_9_0 -1
 post_negative_9_0 negative_unless_sign_9_0 1
 post_negative_9_0 out_definition_9_0 1
 post_negative_9_1 post_split_9_1 -1
 post_negative_9_1 negative_unless_sign_9_1 1
 post_negative_9_1 out_definition_9_0 1
 M97 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -13.13093809771197
 relu_1_0_0_on relu_1_0_0_pre_when_active 13.13093809771197
 relu_1_0_1_on relu_1_0_1_off_when_inactive -13.13093809771197
 relu_1_0_1_on relu_1_0_1_pre_when_active 13.13093809771197
 relu_1_1_0_on relu_1_1_0_off_when_inactive -9.785249846377612
 relu_1_1_0_on relu_1_1_0_pre_when_active 9.785249846377612
 relu_1_1_1_on relu_1_1_1_off_when_inactive -9.785249846377612
 relu_1_1_1_on relu_1_1_1_pre_when_active 9.785249846377612
 relu_1_2_0_on relu_1_2_0_off_when_inactive -16.83130362817983
 relu_1_2_0_on relu_1_2_0_pre_when_active 16.83130362817983
 relu_1_2_1_on relu_1_2_1_off_when_inactive -16.83130362817983
 relu_1_2_1_on relu_1_2_1_pre_when_active 16.83130362817983
 relu_1_3_0_on relu_1_3_0_off_when_inactive -14.68536397418758
 relu_1_3_0_on relu_1_3_0_pre_when_active 14.68536397418758
 relu_1_3_1_on relu_1_3_1_off_when_inactive -14.68536397418758
 relu_1_3_1_on relu_1_3_1_pre_when_active 14.68536397418758
 relu_1_4_0_on relu_1_4_0_off_when_inactive -17.950706996937335
 relu_1_4_0_on relu_1_4_0_pre_when_active 17.950706996937335
 relu_1_4_1_on relu_1_4_1_off_when_inactive -17.950706996937335
 relu_1_4_1_on relu_1_4_1_pre_when_active 17.950706996937335
 relu_1_5_0_on relu_1_5_0_off_when_inactive -15.433276978576249
 relu_1_5_0_on relu_1_5_0_pre_when_active 15.433276978576249
 relu_1_5_1_on relu_1_5_1_off_when_inactive -15.433276978576249
 relu_1_5_1_on relu_1_5_1_pre_when_active 15.433276978576249
 relu_1_6_0_on relu_1_6_0_off_when_inactive -17.395459644501642
 relu_1_6_0_on relu_1_6_0_pre_when_active 17.395459644501642
 relu_1_6_1_on relu_1_6_1_off_when_inactive -17.395459644501642
 relu_1_6_1_on relu_1_6_1_pre_when_active 17.395459644501642
 relu_1_7_0_on relu_1_7_0_off_when_inactive -13.133798035738993
 relu_1_7_0_on relu_1_7_0_pre_when_active 13.133798035738993
 relu_1_7_1_on relu_1_7_1_off_when_inactive -13.133798035738993
 relu_1_7_1_on relu_1_7_1_pre_when_active 13.133798035738993
 relu_1_8_0_on relu_1_8_0_off_when_inactive -14.838198829153939
 relu_1_8_0_on relu_1_8_0_pre_when_active 14.838198829153939
 relu_1_8_1_on relu_1_8_1_off_when_inactive -14.838198829153939
 relu_1_8_1_on relu_1_8_1_pre_when_active 14.838198829153939
 relu_1_9_0_on relu_1_9_0_off_when_inactive -15.537220602297959
 relu_1_9_0_on relu_1_9_0_pre_when_active 15.537220602297959
 relu_1_9_1_on relu_1_9_1_off_when_inactive -15.537220602297959
 relu_1_9_1_on relu_1_9_1_pre_when_active 15.537220602297959
 M117 'MARKER' 'INTEND'
RHS
 rhs obj -0.6054779087703878
 rhs negative_unless_sign_0_0 13.13093809771197
 rhs negative_unless_sign_0_1 13.13093809771197
 rhs negative_unless_sign_1_0 9.785249846377612
 rhs negative_unless_sign_1_1 9.785249846377612
 rhs negative_unless_sign_2_0 16.83130362817983
 rhs negative_unless_sign_2_1 16.83130362817983
 rhs negative_unless_sign_3_0 14.68536397418758
 rhs negative_unless_sign_3_1 14.68536397418758
 rhs negative_unless_sign_4_0 17.950706996937335
 rhs negative_unless_sign_4_1 17.950706996937335
 rhs negative_unless_sign_5_0 15.433276978576249
 rhs negative_unless_sign_5_1 15.433276978576249
 rhs negative_unless_sign_6_0 17.395459644501642
 rhs negative_unless_sign_6_1 17.395459644501642
 rhs negative_unless_sign_7_0 13.133798035738993
 rhs negative_unless_sign_7_1 13.133798035738993
 rhs negative_unless_sign_8_0 14.838198829153939
 rhs negative_unless_sign_8_1 14.838198829153939
 rhs negative_unless_sign_9_0 15.537220602297959
 rhs negative_unless_sign_9_1 15.537220602297959
 rhs relu_1_0_0_pre_when_active 13.13093809771197
 rhs relu_1_0_1_pre_when_active 13.13093809771197
 rhs relu_1_1_0_pre_when_active 9.785249846377612
 rhs relu_1_1_1_pre_when_active 9.785249846377612
 rhs relu_1_2_0_pre_when_active 16.83130362817983
 rhs relu_1_2_1_pre_when_active 16.83130362817983
 rhs relu_1_3_0_pre_when_active 14.68536397418758
 rhs relu_1_3_1_pre_when_active 14.68536397418758
 rhs relu_1_4_0_pre_when_active 17.950706996937335
 rhs relu_1_4_1_pre_when_active 17.950706996937335
 rhs relu_1_5_0_pre_when_active 15.433276978576249
 rhs relu_1_5_1_pre_when_active 15.433276978576249
 rhs relu_1_6_0_pre_when_active 17.395459644501642
 rhs relu_1_6_1_pre_when_active 17.395459644501642
 rhs relu_1_7_0_pre_when_active 13.133798035738993
 rhs relu_1_7_1_pre_when_active 13.133798035738993
 rhs relu_1_8_0_pre_when_active 14.838198829153939
 rhs relu_1_8_1_pre_when_active 14.838198829153939
 rhs relu_1_9_0_pre_when_active 15.537220602297959
 rhs relu_1_9_1_pre_when_active 15.537220602297959
BOUNDS
 LO bnd u_0_0 -9
 UP bnd u_0_0 9
 LO bnd u_0_1 -9
 UP bnd u_0_1 9
 LO bnd u_1_0 -9
 UP bnd u_1_0 9
 LO bnd u_1_1 -9
 UP bnd u_1_1 9
 LO bnd pre_1_0_0 -13.13093809771197
 UP bnd pre_1_0_0 13.13093809771197
 LO bnd pre_1_0_1 -13.13093809771197
 UP bnd pre_1_0_1 13.13093809771197
 LO bnd pre_1_1_0 -9.785249846377612
 UP bnd pre_1_1_0 9.785249846377612
 LO bnd pre_1_1_1 -9.785249846377612
 UP bnd pre_1_1_1 9.785249846377612
 LO bnd pre_1_2_0 -16.83130362817983
 UP bnd pre_1_2_0 16.83130362817983
 LO bnd pre_1_2_1 -16.83130362817983
 UP bnd pre_1_2_1 16.83130362817983
 LO bnd pre_1_3_0 -14.68536397418758
 UP bnd pre_1_3_0 14.68536397418758
 LO bnd pre_1_3_1 -14.68536397418758
 UP bnd pre_1_3_1 14.68536397418758
 LO bnd pre_1_4_0 -17.950706996937335
 UP bnd pre_1_4_0 17.950706996937335
 LO bnd pre_1_4_1 -17.950706996937335
 UP bnd pre_1_4_1 17.950706996937335
 LO bnd pre_1_5_0 -15.433276978576249
 UP bnd pre_1_5_0 15.433276978576249
 LO bnd pre_1_5_1 -15.433276978576249
 UP bnd pre_1_5_1 15.433276978576249
 LO bnd pre_1_6_0 -17.395459644501642
 UP bnd pre_1_6_0 17.395459644501642
 LO bnd pre_1_6_1 -17.395459644501642
 UP bnd pre_1_6_1 17.395459644501642
 LO bnd pre_1_7_0 -13.133798035738993
 UP bnd pre_1_7_0 13.133798035738993
 LO bnd pre_1_7_1 -13.133798035738993
 UP bnd pre_1_7_1 13.133798035738993
 LO bnd pre_1_8_0 -14.838198829153939
 UP bnd pre_1_8_0 14.838198829153939
 LO bnd pre_1_8_1 -14.838198829153939
 UP bnd pre_1_8_1 14.838198829153939
 LO bnd pre_1_9_0 -15.537220602297959
 UP bnd pre_1_9_0 15.537220602297959
 LO bnd pre_1_9_1 -15.537220602297959
 UP bnd pre_1_9_1 15.537220602297959
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 13.13093809771197
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 13.13093809771197
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 9.785249846377612
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 9.785249846377612
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 16.83130362817983
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 16.83130362817983
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 14.68536397418758
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 14.68536397418758
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 17.950706996937335
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 17.950706996937335
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 15.433276978576249
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 15.433276978576249
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 17.395459644501642
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 17.395459644501642
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 13.133798035738993
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 13.133798035738993
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 14.838198829153939
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 14.838198829153939
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 15.537220602297959
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 15.537220602297959
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd out_0_0 -29.26187619542394
 UP bnd out_0_0 29.26187619542394
 LO bnd out_1_0 -22.570499692755224
 UP bnd out_1_0 22.570499692755224
 LO bnd out_2_0 -36.66260725635966
 UP bnd out_2_0 36.66260725635966
 LO bnd out_3_0 -32.37072794837516
 UP bnd out_3_0 32.37072794837516
 LO bnd out_4_0 -38.90141399387467
 UP bnd out_4_0 38.90141399387467
 LO bnd out_5_0 -33.8665539571525
 UP bnd out_5_0 33.8665539571525
 LO bnd out_6_0 -37.790919289003284
 UP bnd out_6_0 37.790919289003284
 LO bnd out_7_0 -29.267596071477985
 UP bnd out_7_0 29.267596071477985
 LO bnd out_8_0 -32.67639765830788
 UP bnd out_8_0 32.67639765830788
 LO bnd out_9_0 -34.074441204595914
 UP bnd out_9_0 34.074441204595914
 BV bnd sign_0
 BV bnd sign_1
 LO bnd post_positive_0_0 0
 UP bnd post_positive_0_0 13.13093809771197
 LO bnd post_positive_0_1 0
 UP bnd post_positive_0_1 13.13093809771197
 LO bnd post_positive_1_0 0
 UP bnd post_positive_1_0 9.785249846377612
 LO bnd post_positive_1_1 0
 UP bnd post_positive_1_1 9.785249846377612
 LO bnd post_positive_2_0 0
 UP bnd post_positive_2_0 16.83130362817983
 LO bnd post_positive_2_1 0
 UP bnd post_positive_2_1 16.83130362817983
 LO bnd post_positive_3_0 0
 UP bnd post_positive_3_0 14.68536397418758
 LO bnd post_positive_3_1 0
 UP bnd post_positive_3_1 14.68536397418758
 LO bnd post_positive_4_0 0
 UP bnd post_positive_4_0 17.950706996937335
 LO bnd post_positive_4_1 0
 UP bnd post_positive_4_1 17.950706996937335
 LO bnd post_positive_5_0 0
 UP bnd post_positive_5_0 15.433276978576249
 LO bnd post_positive_5_1 0
 UP bnd post_positive_5_1 15.433276978576249
 LO bnd post_positive_6_0 0
 UP bnd post_positive_6_0 17.395459644501642
 LO bnd post_positive_6_1 0
 UP bnd post_positive_6_1 17.395459644501642
 LO bnd post_positive_7_0 0
 UP bnd post_positive_7_0 13.133798035738993
 LO bnd post_positive_7_1 0
 UP bnd post_positive_7_1 13.133798035738993
 LO bnd post_positive_8_0 0
 UP bnd post_positive_8_0 14.838198829153939
 LO bnd post_positive_8_1 0
 UP bnd post_positive_8_1 14.838198829153939
 LO bnd post_positive_9_0 0
 UP bnd post_positive_9_0 15.537220602297959
 LO bnd post_positive_9_1 0
 UP bnd post_positive_9_1 15.537220602297959
 LO bnd post_negative_0_0 0
 UP bnd post_negative_0_0 13.13093809771197
 LO bnd post_negative_0_1 0
 UP bnd post_negative_0_1 13.13093809771197
 LO bnd post_negative_1_0 0
 UP bnd post_negative_1_0 9.785249846377612
 LO bnd post_negative_1_1 0
 UP bnd post_negative_1_1 9.785249846377612
 LO bnd post_negative_2_0 0
 UP bnd post_negative_2_0 16.83130362817983
 LO bnd post_negative_2_1 0
 UP bnd post_negative_2_1 16.83130362817983
 LO bnd post_negative_3_0 0
 UP bnd post_negative_3_0 14.68536397418758
 LO bnd post_negative_3_1 0
 UP bnd post_negative_3_1 14.68536397418758
 LO bnd post_negative_4_0 0
 UP bnd post_negative_4_0 17.950706996937335
 LO bnd post_negative_4_1 0
 UP bnd post_negative_4_1 17.950706996937335
 LO bnd post_negative_5_0 0
 UP bnd post_negative_5_0 15.433276978576249
 LO bnd post_negative_5_1 0
 UP bnd post_negative_5_1 15.433276978576249
 LO bnd post_negative_6_0 0
 UP bnd post_negative_6_0 17.395459644501642
 LO bnd post_negative_6_1 0
 UP bnd post_negative_6_1 17.395459644501642
 LO bnd post_negative_7_0 0
 UP bnd post_negative_7_0 13.133798035738993
 LO bnd post_negative_7_1 0
 UP bnd post_negative_7_1 13.133798035738993
 LO bnd post_negative_8_0 0
 UP bnd post_negative_8_0 14.838198829153939
 LO bnd post_negative_8_1 0
 UP bnd post_negative_8_1 14.838198829153939
 LO bnd post_negative_9_0 0
 UP bnd post_negative_9_0 15.537220602297959
 LO bnd post_negative_9_1 0
 UP bnd post_negative_9_1 15.537220602297959
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
ENDATA
