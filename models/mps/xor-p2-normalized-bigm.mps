* xor-p2-normalized-bigm  (relu-opt library: xor, problem 2, normalized-bigm; {"hidden": [1], "bound": 2.0, "loss": "squared"})
NAME xor-p2-normalized-bigm
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_1_0
 E pre_definition_1_2_0
 E pre_definition_1_3_0
 E post_split_0_0
 E post_split_1_0
 E post_split_2_0
 E post_split_3_0
 L positive_if_sign_0_0
 L positive_if_sign_1_0
 L positive_if_sign_2_0
 L positive_if_sign_3_0
 L negative_unless_sign_0_0
 L negative_unless_sign_1_0
 L negative_unless_sign_2_0
 L negative_unless_sign_3_0
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
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
COLUMNS
 u_0_0 pre_definition_1_2_0 -1
 u_0_0 pre_definition_1_3_0 -1
 u_0_1 pre_definition_1_1_0 -1
 u_0_1 pre_definition_1_3_0 -1
 u_0_2 pre_definition_1_0_0 -1
 u_0_2 pre_definition_1_1_0 -1
 u_0_2 pre_definition_1_2_0 -1
 u_0_2 pre_definition_1_3_0 -1
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
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
 out_0_0 out_definition_0_0 1
 out_1_0 obj -2
 out_1_0 out_definition_1_0 1
 out_2_0 obj -2
 out_2_0 out_definition_2_0 1
 out_3_0 out_definition_3_0 1
 M16 'MARKER' 'INTORG'
 sign_0 positive_if_sign_0_0 -4
 sign_0 positive_if_sign_1_0 -8
 sign_0 positive_if_sign_2_0 -8
 sign_0 positive_if_sign_3_0 -12
 sign_0 negative_unless_sign_0_0 4
 sign_0 negative_unless_sign_1_0 8
 sign_0 negative_unless_sign_2_0 8
 sign_0 negative_unless_sign_3_0 12
 M17 'MARKER' 'INTEND'
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
 M25 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -4
 relu_1_0_0_on relu_1_0_0_pre_when_active 4
 relu_1_1_0_on relu_1_1_0_off_when_inactive -8
 relu_1_1_0_on relu_1_1_0_pre_when_active 8
 relu_1_2_0_on relu_1_2_0_off_when_inactive -8
 relu_1_2_0_on relu_1_2_0_pre_when_active 8
 relu_1_3_0_on relu_1_3_0_off_when_inactive -12
 relu_1_3_0_on relu_1_3_0_pre_when_active 12
 M29 'MARKER' 'INTEND'
RHS
 rhs obj -2
 rhs negative_unless_sign_0_0 4
 rhs negative_unless_sign_1_0 8
 rhs negative_unless_sign_2_0 8
 rhs negative_unless_sign_3_0 12
 rhs relu_1_0_0_pre_when_active 4
 rhs relu_1_1_0_pre_when_active 8
 rhs relu_1_2_0_pre_when_active 8
 rhs relu_1_3_0_pre_when_active 12
BOUNDS
 LO bnd u_0_0 -4
 UP bnd u_0_0 4
 LO bnd u_0_1 -4
 UP bnd u_0_1 4
 LO bnd u_0_2 -4
 UP bnd u_0_2 4
 LO bnd pre_1_0_0 -4
 UP bnd pre_1_0_0 4
 LO bnd pre_1_1_0 -8
 UP bnd pre_1_1_0 8
 LO bnd pre_1_2_0 -8
 UP bnd pre_1_2_0 8
 LO bnd pre_1_3_0 -12
 UP bnd pre_1_3_0 12
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 4
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 8
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 8
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 12
 LO bnd b_2_0 -2
 UP bnd b_2_0 2
 LO bnd out_0_0 -6
 UP bnd out_0_0 6
 LO bnd out_1_0 -10
 UP bnd out_1_0 10
 LO bnd out_2_0 -10
 UP bnd out_2_0 10
 LO bnd out_3_0 -14
 UP bnd out_3_0 14
 BV bnd sign_0
 LO bnd post_positive_0_0 0
 UP bnd post_positive_0_0 4
 LO bnd post_positive_1_0 0
 UP bnd post_positive_1_0 8
 LO bnd post_positive_2_0 0
 UP bnd post_positive_2_0 8
 LO bnd post_positive_3_0 0
 UP bnd post_positive_3_0 12
 LO bnd post_negative_0_0 0
 UP bnd post_negative_0_0 4
 LO bnd post_negative_1_0 0
 UP bnd post_negative_1_0 8
 LO bnd post_negative_2_0 0
 UP bnd post_negative_2_0 8
 LO bnd post_negative_3_0 0
 UP bnd post_negative_3_0 12
 BV bnd relu_1_0_0_on
 BV bnd relu_1_1_0_on
 BV bnd relu_1_2_0_on
 BV bnd relu_1_3_0_on
QUADOBJ
 out_0_0 out_0_0 2
 out_1_0 out_1_0 2
 out_2_0 out_2_0 2
 out_3_0 out_3_0 2
ENDATA
