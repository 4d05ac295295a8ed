* abs-N9-p1-normalized-bigm  (relu-opt library: abs-N9, problem 1, normalized-bigm; {"hidden": [2], "bound": 4.0, "loss": "squared"})
NAME abs-N9-p1-normalized-bigm
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
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
 E out_definition_4_0
 E out_definition_5_0
 E out_definition_6_0
 E out_definition_7_0
 E out_definition_8_0
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
COLUMNS
 u_0_0 pre_definition_1_0_0 1
 u_0_0 pre_definition_1_1_0 0.75
 u_0_0 pre_definition_1_2_0 0.5
 u_0_0 pre_definition_1_3_0 0.25
 u_0_0 pre_definition_1_5_0 -0.25
 u_0_0 pre_definition_1_6_0 -0.5
 u_0_0 pre_definition_1_7_0 -0.75
 u_0_0 pre_definition_1_8_0 -1
 u_0_1 pre_definition_1_0_0 -1
 u_0_1 pre_definition_1_1_0 -1
 u_0_1 pre_definition_1_2_0 -1
 u_0_1 pre_definition_1_3_0 -1
 u_0_1 pre_definition_1_4_0 -1
 u_0_1 pre_definition_1_5_0 -1
 u_0_1 pre_definition_1_6_0 -1
 u_0_1 pre_definition_1_7_0 -1
 u_0_1 pre_definition_1_8_0 -1
 u_1_0 pre_definition_1_0_1 1
 u_1_0 pre_definition_1_1_1 0.75
 u_1_0 pre_definition_1_2_1 0.5
 u_1_0 pre_definition_1_3_1 0.25
 u_1_0 pre_definition_1_5_1 -0.25
 u_1_0 pre_definition_1_6_1 -0.5
 u_1_0 pre_definition_1_7_1 -0.75
 u_1_0 pre_definition_1_8_1 -1
 u_1_1 pre_definition_1_0_1 -1
 u_1_1 pre_definition_1_1_1 -1
 u_1_1 pre_definition_1_2_1 -1
 u_1_1 pre_definition_1_3_1 -1
 u_1_1 pre_definition_1_4_1 -1
 u_1_1 pre_definition_1_5_1 -1
 u_1_1 pre_definition_1_6_1 -1
 u_1_1 pre_definition_1_7_1 -1
 u_1_1 pre_definition_1_8_1 -1
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
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
 b_2_0 out_definition_4_0 -1
 b_2_0 out_definition_5_0 -1
 b_2_0 out_definition_6_0 -1
 b_2_0 out_definition_7_0 -1
 b_2_0 out_definition_8_0 -1
 out_0_0 obj -2
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.5
 out_1_0 out_definition_1_0 1
 out_2_0 obj -1
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.5
 out_3_0 out_definition_3_0 1
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.5
 out_5_0 out_definition_5_0 1
 out_6_0 obj -1
 out_6_0 out_definition_6_0 1
 out_7_0 obj -1.5
 out_7_0 out_definition_7_0 1
 out_8_0 obj -2
 out_8_0 out_definition_8_0 1
 M50 'MARKER' 'INTORG'
 sign_0 positive_if_sign_0_0 -32
 sign_0 positive_if_sign_1_0 -28
 sign_0 positive_if_sign_2_0 -24
 sign_0 positive_if_sign_3_0 -20
 sign_0 positive_if_sign_4_0 -16
 sign_0 positive_if_sign_5_0 -20
 sign_0 positive_if_sign_6_0 -24
 sign_0 positive_if_sign_7_0 -28
 sign_0 positive_if_sign_8_0 -32
 sign_0 negative_unless_sign_0_0 32
 sign_0 negative_unless_sign_1_0 28
 sign_0 negative_unless_sign_2_0 24
 sign_0 negative_unless_sign_3_0 20
 sign_0 negative_unless_sign_4_0 16
 sign_0 negative_unless_sign_5_0 20
 sign_0 negative_unless_sign_6_0 24
 sign_0 negative_unless_sign_7_0 28
 sign_0 negative_unless_sign_8_0 32
 sign_1 positive_if_sign_0_1 -32
 sign_1 positive_if_sign_1_1 -28
 sign_1 positive_if_sign_2_1 -24
 sign_1 positive_if_sign_3_1 -20
 sign_1 positive_if_sign_4_1 -16
 sign_1 positive_if_sign_5_1 -20
 sign_1 positive_if_sign_6_1 -24
 sign_1 positive_if_sign_7_1 -28
 sign_1 positive_if_sign_8_1 -32
 sign_1 negative_unless_sign_0_1 32
 sign_1 negative_unless_sign_1_1 28
 sign_1 negative_unless_sign_2_1 24
 sign_1 negative_unless_sign_3_1 20
 sign_1 negative_unless_sign_4_1 16
 sign_1 negative_unless_sign_5_1 20
 sign_1 negative_unless_sign_6_1 24
 sign_1 negative_unless_sign_7_1 28
 sign_1 negative_unless_sign_8_1 32
 M52 'MARKER' 'INTEND'
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
 M88 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -32
 relu_1_0_0_on relu_1_0_0_pre_when_active 32
 relu_1_0_1_on relu_1_0_1_off_when_inactive -32
 relu_1_0_1_on relu_1_0_1_pre_when_active 32
 relu_1_1_0_on relu_1_1_0_off_when_inactive -28
 relu_1_1_0_on relu_1_1_0_pre_when_active 28
 relu_1_1_1_on relu_1_1_1_off_when_inactive -28
 relu_1_1_1_on relu_1_1_1_pre_when_active 28
 relu_1_2_0_on relu_1_2_0_off_when_inactive -24
 relu_1_2_0_on relu_1_2_0_pre_when_active 24
 relu_1_2_1_on relu_1_2_1_off_when_inactive -24
 relu_1_2_1_on relu_1_2_1_pre_when_active 24
 relu_1_3_0_on relu_1_3_0_off_when_inactive -20
 relu_1_3_0_on relu_1_3_0_pre_when_active 20
 relu_1_3_1_on relu_1_3_1_off_when_inactive -20
 relu_1_3_1_on relu_1_3_1_pre_when_active 20
 relu_1_4_0_on relu_1_4_0_off_when_inactive -16
 relu_1_4_0_on relu_1_4_0_pre_when_active 16
 relu_1_4_1_on relu_1_4_1_off_when_inactive -16
 relu_1_4_1_on relu_1_4_1_pre_when_active 16
 relu_1_5_0_on relu_1_5_0_off_when_inactive -20
 relu_1_5_0_on relu_1_5_0_pre_when_active 20
 relu_1_5_1_on relu_1_5_1_off_when_inactive -20
 relu_1_5_1_on relu_1_5_1_pre_when_active 20
 relu_1_6_0_on relu_1_6_0_off_when_inactive -24
 relu_1_6_0_on relu_1_6_0_pre_when_active 24
 relu_1_6_1_on relu_1_6_1_off_when_inactive -24
 relu_1_6_1_on relu_1_6_1_pre_when_active 24
 relu_1_7_0_on relu_1_7_0_off_when_inactive -28
 relu_1_7_0_on relu_1_7_0_pre_when_active 28
 relu_1_7_1_on relu_1_7_1_off_when_inactive -28
 relu_1_7_1_on relu_1_7_1_pre_when_active 28
 relu_1_8_0_on relu_1_8_0_off_when_inactive -32
 relu_1_8_0_on relu_1_8_0_pre_when_active 32
 relu_1_8_1_on relu_1_8_1_off_when_inactive -32
 relu_1_8_1_on relu_1_8_1_pre_when_active 32
 M106 'MARKER' 'INTEND'
RHS
 rhs obj -3.75
 rhs negative_unless_sign_0_0 32
 rhs negative_unless_sign_0_1 32
 rhs negative_unless_sign_1_0 28
 rhs negative_unless_sign_1_1 28
 rhs negative_unless_sign_2_0 24
 rhs negative_unless_sign_2_1 24
 rhs negative_unless_sign_3_0 20
 rhs negative_unless_sign_3_1 20
 rhs negative_unless_sign_4_0 16
 rhs negative_unless_sign_4_1 16
 rhs negative_unless_sign_5_0 20
 rhs negative_unless_sign_5_1 20
 rhs negative_unless_sign_6_0 24
 rhs negative_unless_sign_6_1 24
 rhs negative_unless_sign_7_0 28
 rhs negative_unless_sign_7_1 28
 rhs negative_unless_sign_8_0 32
 rhs negative_unless_sign_8_1 32
 rhs relu_1_0_0_pre_when_active 32
 rhs relu_1_0_1_pre_when_active 32
 rhs relu_1_1_0_pre_when_active 28
 rhs relu_1_1_1_pre_when_active 28
 rhs relu_1_2_0_pre_when_active 24
 rhs relu_1_2_1_pre_when_active 24
 rhs relu_1_3_0_pre_when_active 20
 rhs relu_1_3_1_pre_when_active 20
 rhs relu_1_4_0_pre_when_active 16
 rhs relu_1_4_1_pre_when_active 16
 rhs relu_1_5_0_pre_when_active 20
 rhs relu_1_5_1_pre_when_active 20
 rhs relu_1_6_0_pre_when_active 24
 rhs relu_1_6_1_pre_when_active 24
 rhs relu_1_7_0_pre_when_active 28
 rhs relu_1_7_1_pre_when_active 28
 rhs relu_1_8_0_pre_when_active 32
 rhs relu_1_8_1_pre_when_active 32
BOUNDS
 LO bnd u_0_0 -16
 UP bnd u_0_0 16
 LO bnd u_0_1 -16
 UP bnd u_0_1 16
 LO bnd u_1_0 -16
 UP bnd u_1_0 16
 LO bnd u_1_1 -16
 UP bnd u_1_1 16
 LO bnd pre_1_0_0 -32
 UP bnd pre_1_0_0 32
 LO bnd pre_1_0_1 -32
 UP bnd pre_1_0_1 32
 LO bnd pre_1_1_0 -28
 UP bnd pre_1_1_0 28
 LO bnd pre_1_1_1 -28
 UP bnd pre_1_1_1 28
 LO bnd pre_1_2_0 -24
 UP bnd pre_1_2_0 24
 LO bnd pre_1_2_1 -24
 UP bnd pre_1_2_1 24
 LO bnd pre_1_3_0 -20
 UP bnd pre_1_3_0 20
 LO bnd pre_1_3_1 -20
 UP bnd pre_1_3_1 20
 LO bnd pre_1_4_0 -16
 UP bnd pre_1_4_0 16
 LO bnd pre_1_4_1 -16
 UP bnd pre_1_4_1 16
 LO bnd pre_1_5_0 -20
 UP bnd pre_1_5_0 20
 LO bnd pre_1_5_1 -20
 UP bnd pre_1_5_1 20
 LO bnd pre_1_6_0 -24
 UP bnd pre_1_6_0 24
 LO bnd pre_1_6_1 -24
 UP bnd pre_1_6_1 24
 LO bnd pre_1_7_0 -28
 UP bnd pre_1_7_0 28
 LO bnd pre_1_7_1 -28
 UP bnd pre_1_7_1 28
 LO bnd pre_1_8_0 -32
 UP bnd pre_1_8_0 32
 LO bnd pre_1_8_1 -32
 UP bnd pre_1_8_1 32
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 32
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 32
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 28
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 28
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 24
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 24
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 20
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 20
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 16
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 16
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 20
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 20
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 24
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 24
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 28
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 28
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 32
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 32
 LO bnd b_2_0 -4
 UP bnd b_2_0 4
 LO bnd out_0_0 -68
 UP bnd out_0_0 68
 LO bnd out_1_0 -60
 UP bnd out_1_0 60
 LO bnd out_2_0 -52
 UP bnd out_2_0 52
 LO bnd out_3_0 -44
 UP bnd out_3_0 44
 LO bnd out_4_0 -36
 UP bnd out_4_0 36
 LO bnd out_5_0 -44
 UP bnd out_5_0 44
 LO bnd out_6_0 -52
 UP bnd out_6_0 52
 LO bnd out_7_0 -60
 UP bnd out_7_0 60
 LO bnd out_8_0 -68
 UP bnd out_8_0 68
 BV bnd sign_0
 BV bnd sign_1
 LO bnd post_positive_0_0 0
 UP bnd post_positive_0_0 32
 LO bnd post_positive_0_1 0
 UP bnd post_positive_0_1 32
 LO bnd post_positive_1_0 0
 UP bnd post_positive_1_0 28
 LO bnd post_positive_1_1 0
 UP bnd post_positive_1_1 28
 LO bnd post_positive_2_0 0
 UP bnd post_positive_2_0 24
 LO bnd post_positive_2_1 0
 UP bnd post_positive_2_1 24
 LO bnd post_positive_3_0 0
 UP bnd post_positive_3_0 20
 LO bnd post_positive_3_1 0
 UP bnd post_positive_3_1 20
 LO bnd post_positive_4_0 0
 UP bnd post_positive_4_0 16
 LO bnd post_positive_4_1 0
 UP bnd post_positive_4_1 16
 LO bnd post_positive_5_0 0
 UP bnd post_positive_5_0 20
 LO bnd post_positive_5_1 0
 UP bnd post_positive_5_1 20
 LO bnd post_positive_6_0 0
 UP bnd post_positive_6_0 24
 LO bnd post_positive_6_1 0
 UP bnd post_positive_6_1 24
 LO bnd post_positive_7_0 0
 UP bnd post_positive_7_0 28
 LO bnd post_positive_7_1 0
 UP bnd post_positive_7_1 28
 LO bnd post_positive_8_0 0
 UP bnd post_positive_8_0 32
 LO bnd post_positive_8_1 0
 UP bnd post_positive_8_1 32
 LO bnd post_negative_0_0 0
 UP bnd post_negative_0_0 32
 LO bnd post_negative_0_1 0
 UP bnd post_negative_0_1 32
 LO bnd post_negative_1_0 0
 UP bnd post_negative_1_0 28
 LO bnd post_negative_1_1 0
 UP bnd post_negative_1_1 28
 LO bnd post_negative_2_0 0
 UP bnd post_negative_2_0 24
 LO bnd post_negative_2_1 0
 UP bnd post_negative_2_1 24
 LO bnd post_negative_3_0 0
 UP bnd post_negative_3_0 20
 LO bnd post_negative_3_1 0
 UP bnd post_negative_3_1 20
 LO bnd post_negative_4_0 0
 UP bnd post_negative_4_0 16
 LO bnd post_negative_4_1 0
 UP bnd post_negative_4_1 16
 LO bnd post_negative_5_0 0
 UP bnd post_negative_5_0 20
 LO bnd post_negative_5_1 0
 UP bnd post_negative_5_1 20
 LO bnd post_negative_6_0 0
 UP bnd post_negative_6_0 24
 LO bnd post_negative_6_1 0
 UP bnd post_negative_6_1 24
 LO bnd post_negative_7_0 0
 UP bnd post_negative_7_0 28
 LO bnd post_negative_7_1 0
 UP bnd post_negative_7_1 28
 LO bnd post_negative_8_0 0
 UP bnd post_negative_8_0 32
 LO bnd post_negative_8_1 0
 UP bnd post_negative_8_1 32
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
ENDATA
