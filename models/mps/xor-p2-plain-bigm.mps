* xor-p2-plain-bigm  (relu-opt library: xor, problem 2, plain-bigm; {"hidden": [1], "bound": 2.0, "loss": "squared"})
NAME xor-p2-plain-bigm
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_1_0
 E pre_definition_1_2_0
 E pre_definition_1_3_0
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
 w_1_0_0 pre_definition_1_2_0 -1
 w_1_0_0 pre_definition_1_3_0 -1
 w_1_0_1 pre_definition_1_1_0 -1
 w_1_0_1 pre_definition_1_3_0 -1
 w_2_0_0 obj 0
 b_1_0 pre_definition_1_0_0 -1
 b_1_0 pre_definition_1_1_0 -1
 b_1_0 pre_definition_1_2_0 -1
 b_1_0 pre_definition_1_3_0 -1
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
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
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 relu_1_0_0_off_when_inactive 1
 post_1_0_0 relu_1_0_0_pre_when_active 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 relu_1_1_0_off_when_inactive 1
 post_1_1_0 relu_1_1_0_pre_when_active 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 relu_1_2_0_off_when_inactive 1
 post_1_2_0 relu_1_2_0_pre_when_active 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 relu_1_3_0_off_when_inactive 1
 post_1_3_0 relu_1_3_0_pre_when_active 1
 out_0_0 out_definition_0_0 1
 out_1_0 obj -2
 out_1_0 out_definition_1_0 1
 out_2_0 obj -2
 out_2_0 out_definition_2_0 1
 out_3_0 out_definition_3_0 1
 M17 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -2
 relu_1_0_0_on relu_1_0_0_pre_when_active 2
 relu_1_1_0_on relu_1_1_0_off_when_inactive -4
 relu_1_1_0_on relu_1_1_0_pre_when_active 4
 relu_1_2_0_on relu_1_2_0_off_when_inactive -4
 relu_1_2_0_on relu_1_2_0_pre_when_active 4
 relu_1_3_0_on relu_1_3_0_off_when_inactive -6
 relu_1_3_0_on relu_1_3_0_pre_when_active 6
 M21 'MARKER' 'INTEND'
RHS
 rhs obj -2
 rhs relu_1_0_0_pre_when_active 2
 rhs relu_1_1_0_pre_when_active 4
 rhs relu_1_2_0_pre_when_active 4
 rhs relu_1_3_0_pre_when_active 6
BOUNDS
 LO bnd w_1_0_0 -2
 UP bnd w_1_0_0 2
 LO bnd w_1_0_1 -2
 UP bnd w_1_0_1 2
 LO bnd w_2_0_0 -2
 UP bnd w_2_0_0 2
 LO bnd b_1_0 -2
 UP bnd b_1_0 2
 LO bnd b_2_0 -2
 UP bnd b_2_0 2
 LO bnd pre_1_0_0 -2
 UP bnd pre_1_0_0 2
 LO bnd pre_1_1_0 -4
 UP bnd pre_1_1_0 4
 LO bnd pre_1_2_0 -4
 UP bnd pre_1_2_0 4
 LO bnd pre_1_3_0 -6
 UP bnd pre_1_3_0 6
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 2
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 4
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 4
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6
 LO bnd out_0_0 -6
 UP bnd out_0_0 6
 LO bnd out_1_0 -10
 UP bnd out_1_0 10
 LO bnd out_2_0 -10
 UP bnd out_2_0 10
 LO bnd out_3_0 -14
 UP bnd out_3_0 14
 BV bnd relu_1_0_0_on
 BV bnd relu_1_1_0_on
 BV bnd relu_1_2_0_on
 BV bnd relu_1_3_0_on
QUADOBJ
 out_0_0 out_0_0 2
 out_1_0 out_1_0 2
 out_2_0 out_2_0 2
 out_3_0 out_3_0 2
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
ENDATA
