* blog-quadratic-p2-plain-bigm  (relu-opt library: blog-quadratic, problem 2, plain-bigm; {"hidden": [1], "hidden_bias": false, "output_bias": false, "bound": 10.0, "loss": "l1"})
NAME blog-quadratic-p2-plain-bigm
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_1_0
 E pre_definition_1_2_0
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 L residual_upper_0_0
 L residual_upper_1_0
 L residual_upper_2_0
 L residual_lower_0_0
 L residual_lower_1_0
 L residual_lower_2_0
 L relu_1_0_0_above_pre
 L relu_1_0_0_off_when_inactive
 L relu_1_0_0_pre_when_active
 L relu_1_1_0_above_pre
 L relu_1_1_0_off_when_inactive
 L relu_1_1_0_pre_when_active
 L relu_1_2_0_above_pre
 L relu_1_2_0_off_when_inactive
 L relu_1_2_0_pre_when_active
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -1
 w_1_0_0 pre_definition_1_1_0 -2
 w_1_0_0 pre_definition_1_2_0 -3
 w_2_0_0 obj 0
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 relu_1_0_0_pre_when_active -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 relu_1_1_0_pre_when_active -1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 relu_1_2_0_pre_when_active -1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 relu_1_0_0_off_when_inactive 1
 post_1_0_0 relu_1_0_0_pre_when_active 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 relu_1_1_0_off_when_inactive 1
 post_1_1_0 relu_1_1_0_pre_when_active 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 relu_1_2_0_off_when_inactive 1
 post_1_2_0 relu_1_2_0_pre_when_active 1
 out_0_0 out_definition_0_0 1
 out_0_0 residual_upper_0_0 1
 out_0_0 residual_lower_0_0 -1
 out_1_0 out_definition_1_0 1
 out_1_0 residual_upper_1_0 1
 out_1_0 residual_lower_1_0 -1
 out_2_0 out_definition_2_0 1
 out_2_0 residual_upper_2_0 1
 out_2_0 residual_lower_2_0 -1
 abs_residual_0_0 obj 1
 abs_residual_0_0 residual_upper_0_0 -1
 abs_residual_0_0 residual_lower_0_0 -1
 abs_residual_1_0 obj 1
 abs_residual_1_0 residual_upper_1_0 -1
 abs_residual_1_0 residual_lower_1_0 -1
 abs_residual_2_0 obj 1
 abs_residual_2_0 residual_upper_2_0 -1
 abs_residual_2_0 residual_lower_2_0 -1
 M14 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -10
 relu_1_0_0_on relu_1_0_0_pre_when_active 10
 relu_1_1_0_on relu_1_1_0_off_when_inactive -20
 relu_1_1_0_on relu_1_1_0_pre_when_active 20
 relu_1_2_0_on relu_1_2_0_off_when_inactive -30
 relu_1_2_0_on relu_1_2_0_pre_when_active 30
 M17 'MARKER' 'INTEND'
RHS
 rhs residual_upper_0_0 1
 rhs residual_upper_1_0 4
 rhs residual_upper_2_0 9
 rhs residual_lower_0_0 -1
 rhs residual_lower_1_0 -4
 rhs residual_lower_2_0 -9
 rhs relu_1_0_0_pre_when_active 10
 rhs relu_1_1_0_pre_when_active 20
 rhs relu_1_2_0_pre_when_active 30
BOUNDS
 LO bnd w_1_0_0 -10
 UP bnd w_1_0_0 10
 LO bnd w_2_0_0 -10
 UP bnd w_2_0_0 10
 LO bnd pre_1_0_0 -10
 UP bnd pre_1_0_0 10
 LO bnd pre_1_1_0 -20
 UP bnd pre_1_1_0 20
 LO bnd pre_1_2_0 -30
 UP bnd pre_1_2_0 30
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 10
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 20
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 30
 LO bnd out_0_0 -100
 UP bnd out_0_0 100
 LO bnd out_1_0 -200
 UP bnd out_1_0 200
 LO bnd out_2_0 -300
 UP bnd out_2_0 300
 LO bnd abs_residual_0_0 0
 UP bnd abs_residual_0_0 101
 LO bnd abs_residual_1_0 0
 UP bnd abs_residual_1_0 204
 LO bnd abs_residual_2_0 0
 UP bnd abs_residual_2_0 309
 BV bnd relu_1_0_0_on
 BV bnd relu_1_1_0_on
 BV bnd relu_1_2_0_on
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
ENDATA
