* blog-quadratic-p3-plain-sos1  (relu-opt library: blog-quadratic, problem 3, plain-sos1; {"hidden": [1], "hidden_bias": false, "output_bias": false, "bound": 10.0, "loss": "linf"})
NAME blog-quadratic-p3-plain-sos1
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
 E relu_1_0_0_slack_definition
 E relu_1_1_0_slack_definition
 E relu_1_2_0_slack_definition
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -1
 w_1_0_0 pre_definition_1_1_0 -2
 w_1_0_0 pre_definition_1_2_0 -3
 w_2_0_0 obj 0
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_slack_definition 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_slack_definition 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_slack_definition 1
 post_1_0_0 relu_1_0_0_slack_definition -1
 post_1_1_0 relu_1_1_0_slack_definition -1
 post_1_2_0 relu_1_2_0_slack_definition -1
 out_0_0 out_definition_0_0 1
 out_0_0 residual_upper_0_0 1
 out_0_0 residual_lower_0_0 -1
 out_1_0 out_definition_1_0 1
 out_1_0 residual_upper_1_0 1
 out_1_0 residual_lower_1_0 -1
 out_2_0 out_definition_2_0 1
 out_2_0 residual_upper_2_0 1
 out_2_0 residual_lower_2_0 -1
 max_residual obj 1
 max_residual residual_upper_0_0 -1
 max_residual residual_upper_1_0 -1
 max_residual residual_upper_2_0 -1
 max_residual residual_lower_0_0 -1
 max_residual residual_lower_1_0 -1
 max_residual residual_lower_2_0 -1
 relu_1_0_0_slack relu_1_0_0_slack_definition 1
 relu_1_1_0_slack relu_1_1_0_slack_definition 1
 relu_1_2_0_slack relu_1_2_0_slack_definition 1
RHS
 rhs residual_upper_0_0 1
 rhs residual_upper_1_0 4
 rhs residual_upper_2_0 9
 rhs residual_lower_0_0 -1
 rhs residual_lower_1_0 -4
 rhs residual_lower_2_0 -9
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
 LO bnd max_residual 0
 UP bnd max_residual 309
 LO bnd relu_1_0_0_slack 0
 UP bnd relu_1_0_0_slack 10
 LO bnd relu_1_1_0_slack 0
 UP bnd relu_1_1_0_slack 20
 LO bnd relu_1_2_0_slack 0
 UP bnd relu_1_2_0_slack 30
SOS
 S1 SOS s1 1
    post_1_0_0 1
    relu_1_0_0_slack 2
 S1 SOS s2 1
    post_1_1_0 1
    relu_1_1_0_slack 2
 S1 SOS s3 1
    post_1_2_0 1
    relu_1_2_0_slack 2
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
