* blog-quadratic-p1-normalized-bigm  (relu-opt library: blog-quadratic, problem 1, normalized-bigm; {"hidden": [1], "hidden_bias": false, "output_bias": false, "bound": 10.0, "loss": "squared"})
NAME blog-quadratic-p1-normalized-bigm
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_1_0
 E pre_definition_1_2_0
 E post_split_0_0
 E post_split_1_0
 E post_split_2_0
 L positive_if_sign_0_0
 L positive_if_sign_1_0
 L positive_if_sign_2_0
 L negative_unless_sign_0_0
 L negative_unless_sign_1_0
 L negative_unless_sign_2_0
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
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
 u_0_0 pre_definition_1_0_0 -1
 u_0_0 pre_definition_1_1_0 -2
 u_0_0 pre_definition_1_2_0 -3
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 relu_1_0_0_pre_when_active -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 relu_1_1_0_pre_when_active -1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 relu_1_2_0_pre_when_active -1
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
 out_0_0 obj -2
 out_0_0 out_definition_0_0 1
 out_1_0 obj -8
 out_1_0 out_definition_1_0 1
 out_2_0 obj -18
 out_2_0 out_definition_2_0 1
 M10 'MARKER' 'INTORG'
 sign_0 positive_if_sign_0_0 -100
 sign_0 positive_if_sign_1_0 -200
 sign_0 positive_if_sign_2_0 -300
 sign_0 negative_unless_sign_0_0 100
 sign_0 negative_unless_sign_1_0 200
 sign_0 negative_unless_sign_2_0 300
 M11 'MARKER' 'INTEND'
 post_positive_0_0 post_split_0_0 -1
 post_positive_0_0 positive_if_sign_0_0 1
 post_positive_0_0 out_definition_0_0 -1
 post_positive_1_0 post_split_1_0 -1
 post_positive_1_0 positive_if_sign_1_0 1
 post_positive_1_0 out_definition_1_0 -1
 post_positive_2_0 post_split_2_0 -1
 post_positive_2_0 positive_if_sign_2_0 1
 post_positive_2_0 out_definition_2_0 -1
 post_negative_0_0 post_split_0_0 -1
 post_negative_0_0 negative_unless_sign_0_0 1
 post_negative_0_0 out_definition_0_0 1
 post_negative_1_0 post_split_1_0 -1
 post_negative_1_0 negative_unless_sign_1_0 1
 post_negative_1_0 out_definition_1_0 1
 post_negative_2_0 post_split_2_0 -1
 post_negative_2_0 negative_unless_sign_2_0 1
 post_negative_2_0 out_definition_2_0 1
 M17 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -100
 relu_1_0_0_on relu_1_0_0_pre_when_active 100
 relu_1_1_0_on relu_1_1_0_off_when_inactive -200
 relu_1_1_0_on relu_1_1_0_pre_when_active 200
 relu_1_2_0_on relu_1_2_0_off_when_inactive -300
 relu_1_2_0_on relu_1_2_0_pre_when_active 300
 M20 'MARKER' 'INTEND'
RHS
 rhs obj -98
 rhs negative_unless_sign_0_0 100
 rhs negative_unless_sign_1_0 200
 rhs negative_unless_sign_2_0 300
 rhs relu_1_0_0_pre_when_active 100
 rhs relu_1_1_0_pre_when_active 200
 rhs relu_1_2_0_pre_when_active 300
BOUNDS
 LO bnd u_0_0 -100
 UP bnd u_0_0 100
 LO bnd pre_1_0_0 -100
 UP bnd pre_1_0_0 100
 LO bnd pre_1_1_0 -200
 UP bnd pre_1_1_0 200
 LO bnd pre_1_2_0 -300
 UP bnd pre_1_2_0 300
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 100
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 200
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 300
 LO bnd out_0_0 -100
 UP bnd out_0_0 100
 LO bnd out_1_0 -200
 UP bnd out_1_0 200
 LO bnd out_2_0 -300
 UP bnd out_2_0 300
 BV bnd sign_0
 LO bnd post_positive_0_0 0
 UP bnd post_positive_0_0 100
 LO bnd post_positive_1_0 0
 UP bnd post_positive_1_0 200
 LO bnd post_positive_2_0 0
 UP bnd post_positive_2_0 300
 LO bnd post_negative_0_0 0
 UP bnd post_negative_0_0 100
 LO bnd post_negative_1_0 0
 UP bnd post_negative_1_0 200
 LO bnd post_negative_2_0 0
 UP bnd post_negative_2_0 300
 BV bnd relu_1_0_0_on
 BV bnd relu_1_1_0_on
 BV bnd relu_1_2_0_on
QUADOBJ
 out_0_0 out_0_0 2
 out_1_0 out_1_0 2
 out_2_0 out_2_0 2
ENDATA
