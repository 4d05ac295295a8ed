* step-N8-p3-normalized-bigm  (relu-opt library: step-N8, problem 3, normalized-bigm; {"hidden": [1], "bound": 4.0, "loss": "l1"})
NAME step-N8-p3-normalized-bigm
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_1_0
 E pre_definition_1_2_0
 E pre_definition_1_3_0
 E pre_definition_1_4_0
 E pre_definition_1_5_0
 E pre_definition_1_6_0
 E pre_definition_1_7_0
 E post_split_0_0
 E post_split_1_0
 E post_split_2_0
 E post_split_3_0
 E post_split_4_0
 E post_split_5_0
 E post_split_6_0
 E post_split_7_0
 L positive_if_sign_0_0
 L positive_if_sign_1_0
 L positive_if_sign_2_0
 L positive_if_sign_3_0
 L positive_if_sign_4_0
 L positive_if_sign_5_0
 L positive_if_sign_6_0
 L positive_if_sign_7_0
 L negative_unless_sign_0_0
 L negative_unless_sign_1_0
 L negative_unless_sign_2_0
 L negative_unless_sign_3_0
 L negative_unless_sign_4_0
 L negative_unless_sign_5_0
 L negative_unless_sign_6_0
 L negative_unless_sign_7_0
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
 E out_definition_4_0
 E out_definition_5_0
 E out_definition_6_0
 E out_definition_7_0
 L residual_upper_0_0
 L residual_upper_1_0
 L residual_upper_2_0
 L residual_upper_3_0
 L residual_upper_4_0
 L residual_upper_5_0
 L residual_upper_6_0
 L residual_upper_7_0
 L residual_lower_0_0
 L residual_lower_1_0
 L residual_lower_2_0
 L residual_lower_3_0
 L residual_lower_4_0
 L residual_lower_5_0
 L residual_lower_6_0
 L residual_lower_7_0
 L relu_1_0_0_above_pre
 L relu_1_0_0_off_when_inactive
 L relu_1_0_0_pre_when_active
 L relu_1_1_0_above_pre
 L relu_1_1_0_off_when_inactive
 L relu_1_1_0_pre_when_active
 L relu_1_2_0_above_pre
 L relu_1_2_0_off_when_inactive
 L relu_1_2_0_pre_when_active
 L relu_1_3_0_above_pre
 L relu_1_3_0_off_when_inactive
 L relu_1_3_0_pre_when_active
 L relu_1_4_0_above_pre
 L relu_1_4_0_off_when_inactive
 L relu_1_4_0_pre_when_active
 L relu_1_5_0_above_pre
 L relu_1_5_0_off_when_inactive
 L relu_1_5_0_pre_when_active
 L relu_1_6_0_above_pre
 L relu_1_6_0_off_when_inactive
 L relu_1_6_0_pre_when_active
 L relu_1_7_0_above_pre
 L relu_1_7_0_off_when_inactive
 L relu_1_7_0_pre_when_active
COLUMNS
 u_0_0 pre_definition_1_0_0 1
 u_0_0 pre_definition_1_1_0 0.7142857142857143
 u_0_0 pre_definition_1_2_0 0.4285714285714286
 u_0_0 pre_definition_1_3_0 0.1428571428571429
 u_0_0 pre_definition_1_4_0 -0.1428571428571428
 u_0_0 pre_definition_1_5_0 -0.4285714285714284
 u_0_0 pre_definition_1_6_0 -0.7142857142857142
 u_0_0 pre_definition_1_7_0 -1
 u_0_1 pre_definition_1_0_0 -1
 u_0_1 pre_definition_1_1_0 -1
 u_0_1 pre_definition_1_2_0 -1
 u_0_1 pre_definition_1_3_0 -1
 u_0_1 pre_definition_1_4_0 -1
 u_0_1 pre_definition_1_5_0 -1
 u_0_1 pre_definition_1_6_0 -1
 u_0_1 pre_definition_1_7_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 relu_1_0_0_pre_when_active -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 relu_1_1_0_pre_when_active -1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 relu_1_2_0_pre_when_active -1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 relu_1_3_0_pre_when_active -1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 relu_1_4_0_pre_when_active -1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 relu_1_5_0_pre_when_active -1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 relu_1_6_0_pre_when_active -1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 relu_1_7_0_pre_when_active -1
 post_1_0_0 post_split_0_0 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 relu_1_0_0_off_when_inactive 1
 post_1_0_0 relu_1_0_0_pre_when_active 1
 post_1_1_0 post_split_1_0 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 relu_1_1_0_off_when_inactive 1
 post_1_1_0 relu_1_1_0_pre_when_active 1
 post_1_2_0 post_split_2_0 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 relu_1_2_0_off_when_inactive 1
 post_1_2_0 relu_1_2_0_pre_when_active 1
 post_1_3_0 post_split_3_0 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 relu_1_3_0_off_when_inactive 1
 post_1_3_0 relu_1_3_0_pre_when_active 1
 post_1_4_0 post_split_4_0 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 relu_1_4_0_off_when_inactive 1
 post_1_4_0 relu_1_4_0_pre_when_active 1
 post_1_5_0 post_split_5_0 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 relu_1_5_0_off_when_inactive 1
 post_1_5_0 relu_1_5_0_pre_when_active 1
 post_1_6_0 post_split_6_0 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 relu_1_6_0_off_when_inactive 1
 post_1_6_0 relu_1_6_0_pre_when_active 1
 post_1_7_0 post_split_7_0 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 relu_1_7_0_off_when_inactive 1
 post_1_7_0 relu_1_7_0_pre_when_active 1
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
 b_2_0 out_definition_4_0 -1
 b_2_0 out_definition_5_0 -1
 b_2_0 out_definition_6_0 -1
 b_2_0 out_definition_7_0 -1
 out_0_0 out_definition_0_0 1
 out_0_0 residual_upper_0_0 1
 out_0_0 residual_lower_0_0 -1
 out_1_0 out_definition_1_0 1
 out_1_0 residual_upper_1_0 1
 out_1_0 residual_lower_1_0 -1
 out_2_0 out_definition_2_0 1
 out_2_0 residual_upper_2_0 1
 out_2_0 residual_lower_2_0 -1
 out_3_0 out_definition_3_0 1
 out_3_0 residual_upper_3_0 1
 out_3_0 residual_lower_3_0 -1
 out_4_0 out_definition_4_0 1
 out_4_0 residual_upper_4_0 1
 out_4_0 residual_lower_4_0 -1
 out_5_0 out_definition_5_0 1
 out_5_0 residual_upper_5_0 1
 out_5_0 residual_lower_5_0 -1
 out_6_0 out_definition_6_0 1
 out_6_0 residual_upper_6_0 1
 out_6_0 residual_lower_6_0 -1
 out_7_0 out_definition_7_0 1
 out_7_0 residual_upper_7_0 1
 out_7_0 residual_lower_7_0 -1
 M27 'MARKER' 'INTORG'
 sign_0 positive_if_sign_0_0 -32
 sign_0 positive_if_sign_1_0 -27.42857142857143
 sign_0 positive_if_sign_2_0 -22.857142857142858
 sign_0 positive_if_sign_3_0 -18.285714285714285
 sign_0 positive_if_sign_4_0 -18.285714285714285
 sign_0 positive_if_sign_5_0 -22.857142857142854
 sign_0 positive_if_sign_6_0 -27.428571428571427
 sign_0 positive_if_sign_7_0 -32
 sign_0 negative_unless_sign_0_0 32
 sign_0 negative_unless_sign_1_0 27.42857142857143
 sign_0 negative_unless_sign_2_0 22.857142857142858
 sign_0 negative_unless_sign_3_0 18.285714285714285
 sign_0 negative_unless_sign_4_0 18.285714285714285
 sign_0 negative_unless_sign_5_0 22.857142857142854
 sign_0 negative_unless_sign_6_0 27.428571428571427
 sign_0 negative_unless_sign_7_0 32
 M28 'MARKER' 'INTEND'
 post_positive_0_0 post_split_0_0 -1
 post_positive_0_0 positive_if_sign_0_0 1
 post_positive_0_0 out_definition_0_0 -1
 post_positive_1_0 post_split_1_0 -1
 post_positive_1_0 positive_if_sign_1_0 1
 post_positive_1_0 out_definition_1_0 -1
 post_positive_2_0 post_split_2_0 -1
 post_positive_2_0 positive_if_sign_2_0 1
 post_positive_2_0 out_definition_2_0 -1
 post_positive_3_0 post_split_3_0 -1
 post_positive_3_0 positive_if_sign_3_0 1
 post_positive_3_0 out_definition_3_0 -1
 post_positive_4_0 post_split_4_0 -1
 post_positive_4_0 positive_if_sign_4_0 1
 post_positive_4_0 out_definition_4_0 -1
 post_positive_5_0 post_split_5_0 -1
 post_positive_5_0 positive_if_sign_5_0 1
 post_positive_5_0 out_definition_5_0 -1
 post_positive_6_0 post_split_6_0 -1
 post_positive_6_0 positive_if_sign_6_0 1
 post_positive_6_0 out_definition_6_0 -1
 post_positive_7_0 post_split_7_0 -1
 post_positive_7_0 positive_if_sign_7_0 1
 post_positive_7_0 out_definition_7_0 -1
 post_negative_0_0 post_split_0_0 -1
 post_negative_0_0 negative_unless_sign_0_0 1
 post_negative_0_0 out_definition_0_0 1
 post_negative_1_0 post_split_1_0 -1
 post_negative_1_0 negative_unless_sign_1_0 1
 post_negative_1_0 out_definition_1_0 1
 post_negative_2_0 post_split_2_0 -1
 post_negative_2_0 negative_unless_sign_2_0 1
 post_negative_2_0 out_definition_2_0 1
 post_negative_3_0 post_split_3_0 -1
 post_negative_3_0 negative_unless_sign_3_0 1
 post_negative_3_0 out_definition_3_0 1
 post_negative_4_0 post_split_4_0 -1
 post_negative_4_0 negative_unless_sign_4_0 1
 post_negative_4_0 out_definition_4_0 1
 post_negative_5_0 post_split_5_0 -1
 post_negative_5_0 negative_unless_sign_5_0 1
 post_negative_5_0 out_definition_5_0 1
 post_negative_6_0 post_split_6_0 -1
 post_negative_6_0 negative_unless_sign_6_0 1
 post_negative_6_0 out_definition_6_0 1
 post_negative_7_0 post_split_7_0 -1
 post_negative_7_0 negative_unless_sign_7_0 1
 post_negative_7_0 out_definition_7_0 1
 abs_residual_0_0 obj 1
 abs_residual_0_0 residual_upper_0_0 -1
 abs_residual_0_0 residual_lower_0_0 -1
 abs_residual_1_0 obj 1
 abs_residual_1_0 residual_upper_1_0 -1
 abs_residual_1_0 residual_lower_1_0 -1
 abs_residual_2_0 obj 1
 abs_residual_2_0 residual_upper_2_0 -1
 abs_residual_2_0 residual_lower_2_0 -1
 abs_residual_3_0 obj 1
 abs_residual_3_0 residual_upper_3_0 -1
 abs_residual_3_0 residual_lower_3_0 -1
 abs_residual_4_0 obj 1
 abs_residual_4_0 residual_upper_4_0 -1
 abs_residual_4_0 residual_lower_4_0 -1
 abs_residual_5_0 obj 1
 abs_residual_5_0 residual_upper_5_0 -1
 abs_residual_5_0 residual_lower_5_0 -1
 abs_residual_6_0 obj 1
 abs_residual_6_0 residual_upper_6_0 -1
 abs_residual_6_0 residual_lower_6_0 -1
 abs_residual_7_0 obj 1
 abs_residual_7_0 residual_upper_7_0 -1
 abs_residual_7_0 residual_lower_7_0 -1
 M52 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -32
 relu_1_0_0_on relu_1_0_0_pre_when_active 32
 relu_1_1_0_on relu_1_1_0_off_when_inactive -27.42857142857143
 relu_1_1_0_on relu_1_1_0_pre_when_active 27.42857142857143
 relu_1_2_0_on relu_1_2_0_off_when_inactive -22.857142857142858
 relu_1_2_0_on relu_1_2_0_pre_when_active 22.857142857142858
 relu_1_3_0_on relu_1_3_0_off_when_inactive -18.285714285714285
 relu_1_3_0_on relu_1_3_0_pre_when_active 18.285714285714285
 relu_1_4_0_on relu_1_4_0_off_when_inactive -18.285714285714285
 relu_1_4_0_on relu_1_4_0_pre_when_active 18.285714285714285
 relu_1_5_0_on relu_1_5_0_off_when_inactive -22.857142857142854
 relu_1_5_0_on relu_1_5_0_pre_when_active 22.857142857142854
 relu_1_6_0_on relu_1_6_0_off_when_inactive -27.428571428571427
 relu_1_6_0_on relu_1_6_0_pre_when_active 27.428571428571427
 relu_1_7_0_on relu_1_7_0_off_when_inactive -32
 relu_1_7_0_on relu_1_7_0_pre_when_active 32
 M60 'MARKER' 'INTEND'
RHS
 rhs negative_unless_sign_0_0 32
 rhs negative_unless_sign_1_0 27.42857142857143
 rhs negative_unless_sign_2_0 22.857142857142858
 rhs negative_unless_sign_3_0 18.285714285714285
 rhs negative_unless_sign_4_0 18.285714285714285
 rhs negative_unless_sign_5_0 22.857142857142854
 rhs negative_unless_sign_6_0 27.428571428571427
 rhs negative_unless_sign_7_0 32
 rhs residual_upper_4_0 1
 rhs residual_upper_5_0 1
 rhs residual_upper_6_0 1
 rhs residual_upper_7_0 1
 rhs residual_lower_4_0 -1
 rhs residual_lower_5_0 -1
 rhs residual_lower_6_0 -1
 rhs residual_lower_7_0 -1
 rhs relu_1_0_0_pre_when_active 32
 rhs relu_1_1_0_pre_when_active 27.42857142857143
 rhs relu_1_2_0_pre_when_active 22.857142857142858
 rhs relu_1_3_0_pre_when_active 18.285714285714285
 rhs relu_1_4_0_pre_when_active 18.285714285714285
 rhs relu_1_5_0_pre_when_active 22.857142857142854
 rhs relu_1_6_0_pre_when_active 27.428571428571427
 rhs relu_1_7_0_pre_when_active 32
BOUNDS
 LO bnd u_0_0 -16
 UP bnd u_0_0 16
 LO bnd u_0_1 -16
 UP bnd u_0_1 16
 LO bnd pre_1_0_0 -32
 UP bnd pre_1_0_0 32
 LO bnd pre_1_1_0 -27.42857142857143
 UP bnd pre_1_1_0 27.42857142857143
 LO bnd pre_1_2_0 -22.857142857142858
 UP bnd pre_1_2_0 22.857142857142858
 LO bnd pre_1_3_0 -18.285714285714285
 UP bnd pre_1_3_0 18.285714285714285
 LO bnd pre_1_4_0 -18.285714285714285
 UP bnd pre_1_4_0 18.285714285714285
 LO bnd pre_1_5_0 -22.857142857142854
 UP bnd pre_1_5_0 22.857142857142854
 LO bnd pre_1_6_0 -27.428571428571427
 UP bnd pre_1_6_0 27.428571428571427
 LO bnd pre_1_7_0 -32
 UP bnd pre_1_7_0 32
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 32
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 27.42857142857143
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 22.857142857142858
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 18.285714285714285
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 18.285714285714285
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 22.857142857142854
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 27.428571428571427
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 32
 LO bnd b_2_0 -4
 UP bnd b_2_0 4
 LO bnd out_0_0 -36
 UP bnd out_0_0 36
 LO bnd out_1_0 -31.42857142857143
 UP bnd out_1_0 31.42857142857143
 LO bnd out_2_0 -26.857142857142858
 UP bnd out_2_0 26.857142857142858
 LO bnd out_3_0 -22.285714285714285
 UP bnd out_3_0 22.285714285714285
 LO bnd out_4_0 -22.285714285714285
 UP bnd out_4_0 22.285714285714285
 LO bnd out_5_0 -26.857142857142854
 UP bnd out_5_0 26.857142857142854
 LO bnd out_6_0 -31.428571428571427
 UP bnd out_6_0 31.428571428571427
 LO bnd out_7_0 -36
 UP bnd out_7_0 36
 BV bnd sign_0
 LO bnd post_positive_0_0 0
 UP bnd post_positive_0_0 32
 LO bnd post_positive_1_0 0
 UP bnd post_positive_1_0 27.42857142857143
 LO bnd post_positive_2_0 0
 UP bnd post_positive_2_0 22.857142857142858
 LO bnd post_positive_3_0 0
 UP bnd post_positive_3_0 18.285714285714285
 LO bnd post_positive_4_0 0
 UP bnd post_positive_4_0 18.285714285714285
 LO bnd post_positive_5_0 0
 UP bnd post_positive_5_0 22.857142857142854
 LO bnd post_positive_6_0 0
 UP bnd post_positive_6_0 27.428571428571427
 LO bnd post_positive_7_0 0
 UP bnd post_positive_7_0 32
 LO bnd post_negative_0_0 0
 UP bnd post_negative_0_0 32
 LO bnd post_negative_1_0 0
 UP bnd post_negative_1_0 27.42857142857143
 LO bnd post_negative_2_0 0
 UP bnd post_negative_2_0 22.857142857142858
 LO bnd post_negative_3_0 0
 UP bnd post_negative_3_0 18.285714285714285
 LO bnd post_negative_4_0 0
 UP bnd post_negative_4_0 18.285714285714285
 LO bnd post_negative_5_0 0
 UP bnd post_negative_5_0 22.857142857142854
 LO bnd post_negative_6_0 0
 UP bnd post_negative_6_0 27.428571428571427
 LO bnd post_negative_7_0 0
 UP bnd post_negative_7_0 32
 LO bnd abs_residual_0_0 0
 UP bnd abs_residual_0_0 36
 LO bnd abs_residual_1_0 0
 UP bnd abs_residual_1_0 31.42857142857143
 LO bnd abs_residual_2_0 0
 UP bnd abs_residual_2_0 26.857142857142858
 LO bnd abs_residual_3_0 0
 UP bnd abs_residual_3_0 22.285714285714285
 LO bnd abs_residual_4_0 0
 UP bnd abs_residual_4_0 23.285714285714285
 LO bnd abs_residual_5_0 0
 UP bnd abs_residual_5_0 27.857142857142854
 LO bnd abs_residual_6_0 0
 UP bnd abs_residual_6_0 32.42857142857143
 LO bnd abs_residual_7_0 0
 UP bnd abs_residual_7_0 37
 BV bnd relu_1_0_0_on
 BV bnd relu_1_1_0_on
 BV bnd relu_1_2_0_on
 BV bnd relu_1_3_0_on
 BV bnd relu_1_4_0_on
 BV bnd relu_1_5_0_on
 BV bnd relu_1_6_0_on
 BV bnd relu_1_7_0_on
ENDATA
