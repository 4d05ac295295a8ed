* rank-one-golden-p1-plain-bigm  (relu-opt library: rank-one-golden, problem 1, plain-bigm; {"hidden": [1], "output_bias": false, "bound": 10.0, "loss": "squared"})
NAME rank-one-golden-p1-plain-bigm
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_1_0
 E out_definition_0_0
 E out_definition_0_1
 E out_definition_1_0
 E out_definition_1_1
 L relu_1_0_0_above_pre
 L relu_1_0_0_off_when_inactive
 L relu_1_0_0_pre_when_active
 L relu_1_1_0_above_pre
 L relu_1_1_0_off_when_inactive
 L relu_1_1_0_pre_when_active
COLUMNS
 w_1_0_0 pre_definition_1_1_0 -1
 w_2_0_0 obj 0
 w_2_1_0 obj 0
 b_1_0 pre_definition_1_0_0 -1
 b_1_0 pre_definition_1_1_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 relu_1_0_0_pre_when_active -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 relu_1_1_0_pre_when_active -1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 relu_1_0_0_off_when_inactive 1
 post_1_0_0 relu_1_0_0_pre_when_active 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 relu_1_1_0_off_when_inactive 1
 post_1_1_0 relu_1_1_0_pre_when_active 1
 out_0_0 obj -2
 out_0_0 out_definition_0_0 1
 out_0_1 out_definition_0_1 1
 out_1_0 obj -2
 out_1_0 out_definition_1_0 1
 out_1_1 obj -2
 out_1_1 out_definition_1_1 1
 M12 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -10
 relu_1_0_0_on relu_1_0_0_pre_when_active 10
 relu_1_1_0_on relu_1_1_0_off_when_inactive -20
 relu_1_1_0_on relu_1_1_0_pre_when_active 20
 M14 'MARKER' 'INTEND'
RHS
 rhs obj -3
 rhs relu_1_0_0_pre_when_active 10
 rhs relu_1_1_0_pre_when_active 20
BOUNDS
 LO bnd w_1_0_0 -10
 UP bnd w_1_0_0 10
 LO bnd w_2_0_0 -10
 UP bnd w_2_0_0 10
 LO bnd w_2_1_0 -10
 UP bnd w_2_1_0 10
 LO bnd b_1_0 -10
 UP bnd b_1_0 10
 LO bnd pre_1_0_0 -10
 UP bnd pre_1_0_0 10
 LO bnd pre_1_1_0 -20
 UP bnd pre_1_1_0 20
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 10
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 20
 LO bnd out_0_0 -100
 UP bnd out_0_0 100
 LO bnd out_0_1 -100
 UP bnd out_0_1 100
 LO bnd out_1_0 -200
 UP bnd out_1_0 200
 LO bnd out_1_1 -200
 UP bnd out_1_1 200
 BV bnd relu_1_0_0_on
 BV bnd relu_1_1_0_on
QUADOBJ
 out_0_0 out_0_0 2
 out_0_1 out_0_1 2
 out_1_0 out_1_0 2
 out_1_1 out_1_1 2
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
QCMATRIX out_definition_0_1
 w_2_1_0 post_1_0_0 -0.5
 post_1_0_0 w_2_1_0 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
QCMATRIX out_definition_1_1
 w_2_1_0 post_1_1_0 -0.5
 post_1_1_0 w_2_1_0 -0.5
ENDATA
