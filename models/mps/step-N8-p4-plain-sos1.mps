* step-N8-p4-plain-sos1  (relu-opt library: step-N8, problem 4, plain-sos1; {"hidden": [1], "bound": 4.0, "loss": "linf"})
NAME step-N8-p4-plain-sos1
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
 E relu_1_0_0_slack_definition
 E relu_1_1_0_slack_definition
 E relu_1_2_0_slack_definition
 E relu_1_3_0_slack_definition
 E relu_1_4_0_slack_definition
 E relu_1_5_0_slack_definition
 E relu_1_6_0_slack_definition
 E relu_1_7_0_slack_definition
COLUMNS
 w_1_0_0 pre_definition_1_0_0 1
 w_1_0_0 pre_definition_1_1_0 0.7142857142857143
 w_1_0_0 pre_definition_1_2_0 0.4285714285714286
 w_1_0_0 pre_definition_1_3_0 0.1428571428571429
 w_1_0_0 pre_definition_1_4_0 -0.1428571428571428
 w_1_0_0 pre_definition_1_5_0 -0.4285714285714284
 w_1_0_0 pre_definition_1_6_0 -0.7142857142857142
 w_1_0_0 pre_definition_1_7_0 -1
 w_2_0_0 obj 0
 b_1_0 pre_definition_1_0_0 -1
 b_1_0 pre_definition_1_1_0 -1
 b_1_0 pre_definition_1_2_0 -1
 b_1_0 pre_definition_1_3_0 -1
 b_1_0 pre_definition_1_4_0 -1
 b_1_0 pre_definition_1_5_0 -1
 b_1_0 pre_definition_1_6_0 -1
 b_1_0 pre_definition_1_7_0 -1
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
 b_2_0 out_definition_4_0 -1
 b_2_0 out_definition_5_0 -1
 b_2_0 out_definition_6_0 -1
 b_2_0 out_definition_7_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_slack_definition 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_slack_definition 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_slack_definition 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_slack_definition 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_slack_definition 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_slack_definition 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_slack_definition 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_slack_definition 1
 post_1_0_0 relu_1_0_0_slack_definition -1
 post_1_1_0 relu_1_1_0_slack_definition -1
 post_1_2_0 relu_1_2_0_slack_definition -1
 post_1_3_0 relu_1_3_0_slack_definition -1
 post_1_4_0 relu_1_4_0_slack_definition -1
 post_1_5_0 relu_1_5_0_slack_definition -1
 post_1_6_0 relu_1_6_0_slack_definition -1
 post_1_7_0 relu_1_7_0_slack_definition -1
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
 max_residual obj 1
 max_residual residual_upper_0_0 -1
 max_residual residual_upper_1_0 -1
 max_residual residual_upper_2_0 -1
 max_residual residual_upper_3_0 -1
 max_residual residual_upper_4_0 -1
 max_residual residual_upper_5_0 -1
 max_residual residual_upper_6_0 -1
 max_residual residual_upper_7_0 -1
 max_residual residual_lower_0_0 -1
 max_residual residual_lower_1_0 -1
 max_residual residual_lower_2_0 -1
 max_residual residual_lower_3_0 -1
 max_residual residual_lower_4_0 -1
 max_residual residual_lower_5_0 -1
 max_residual residual_lower_6_0 -1
 max_residual residual_lower_7_0 -1
 relu_1_0_0_slack relu_1_0_0_slack_definition 1
 relu_1_1_0_slack relu_1_1_0_slack_definition 1
 relu_1_2_0_slack relu_1_2_0_slack_definition 1
 relu_1_3_0_slack relu_1_3_0_slack_definition 1
 relu_1_4_0_slack relu_1_4_0_slack_definition 1
 relu_1_5_0_slack relu_1_5_0_slack_definition 1
 relu_1_6_0_slack relu_1_6_0_slack_definition 1
 relu_1_7_0_slack relu_1_7_0_slack_definition 1
RHS
 rhs residual_upper_4_0 1
 rhs residual_upper_5_0 1
 rhs residual_upper_6_0 1
 rhs residual_upper_7_0 1
 rhs residual_lower_4_0 -1
 rhs residual_lower_5_0 -1
 rhs residual_lower_6_0 -1
 rhs residual_lower_7_0 -1
BOUNDS
 LO bnd w_1_0_0 -4
 UP bnd w_1_0_0 4
 LO bnd w_2_0_0 -4
 UP bnd w_2_0_0 4
 LO bnd b_1_0 -4
 UP bnd b_1_0 4
 LO bnd b_2_0 -4
 UP bnd b_2_0 4
 LO bnd pre_1_0_0 -8
 UP bnd pre_1_0_0 8
 LO bnd pre_1_1_0 -6.857142857142858
 UP bnd pre_1_1_0 6.857142857142858
 LO bnd pre_1_2_0 -5.714285714285714
 UP bnd pre_1_2_0 5.714285714285714
 LO bnd pre_1_3_0 -4.571428571428571
 UP bnd pre_1_3_0 4.571428571428571
 LO bnd pre_1_4_0 -4.571428571428571
 UP bnd pre_1_4_0 4.571428571428571
 LO bnd pre_1_5_0 -5.7142857142857135
 UP bnd pre_1_5_0 5.7142857142857135
 LO bnd pre_1_6_0 -6.857142857142857
 UP bnd pre_1_6_0 6.857142857142857
 LO bnd pre_1_7_0 -8
 UP bnd pre_1_7_0 8
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 8
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 6.857142857142858
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 5.714285714285714
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 4.571428571428571
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 4.571428571428571
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 5.7142857142857135
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 6.857142857142857
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 8
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
 LO bnd max_residual 0
 UP bnd max_residual 37
 LO bnd relu_1_0_0_slack 0
 UP bnd relu_1_0_0_slack 8
 LO bnd relu_1_1_0_slack 0
 UP bnd relu_1_1_0_slack 6.857142857142858
 LO bnd relu_1_2_0_slack 0
 UP bnd relu_1_2_0_slack 5.714285714285714
 LO bnd relu_1_3_0_slack 0
 UP bnd relu_1_3_0_slack 4.571428571428571
 LO bnd relu_1_4_0_slack 0
 UP bnd relu_1_4_0_slack 4.571428571428571
 LO bnd relu_1_5_0_slack 0
 UP bnd relu_1_5_0_slack 5.7142857142857135
 LO bnd relu_1_6_0_slack 0
 UP bnd relu_1_6_0_slack 6.857142857142857
 LO bnd relu_1_7_0_slack 0
 UP bnd relu_1_7_0_slack 8
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
 S1 SOS s4 1
    post_1_3_0 1
    relu_1_3_0_slack 2
 S1 SOS s5 1
    post_1_4_0 1
    relu_1_4_0_slack 2
 S1 SOS s6 1
    post_1_5_0 1
    relu_1_5_0_slack 2
 S1 SOS s7 1
    post_1_6_0 1
    relu_1_6_0_slack 2
 S1 SOS s8 1
    post_1_7_0 1
    relu_1_7_0_slack 2
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
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
ENDATA
