* step-N8-p1-plain-complementarity  (relu-opt library: step-N8, problem 1, plain-complementarity; {"hidden": [1], "bound": 4.0, "loss": "squared"})
NAME step-N8-p1-plain-complementarity
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
 G relu_1_0_0_above_pre
 E relu_1_0_0_complementary
 G relu_1_1_0_above_pre
 E relu_1_1_0_complementary
 G relu_1_2_0_above_pre
 E relu_1_2_0_complementary
 G relu_1_3_0_above_pre
 E relu_1_3_0_complementary
 G relu_1_4_0_above_pre
 E relu_1_4_0_complementary
 G relu_1_5_0_above_pre
 E relu_1_5_0_complementary
 G relu_1_6_0_above_pre
 E relu_1_6_0_complementary
 G relu_1_7_0_above_pre
 E relu_1_7_0_complementary
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
 pre_1_0_0 relu_1_0_0_above_pre -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre -1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre -1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre -1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre -1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre -1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre -1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre -1
 post_1_0_0 relu_1_0_0_above_pre 1
 post_1_1_0 relu_1_1_0_above_pre 1
 post_1_2_0 relu_1_2_0_above_pre 1
 post_1_3_0 relu_1_3_0_above_pre 1
 post_1_4_0 relu_1_4_0_above_pre 1
 post_1_5_0 relu_1_5_0_above_pre 1
 post_1_6_0 relu_1_6_0_above_pre 1
 post_1_7_0 relu_1_7_0_above_pre 1
 out_0_0 out_definition_0_0 1
 out_1_0 out_definition_1_0 1
 out_2_0 out_definition_2_0 1
 out_3_0 out_definition_3_0 1
 out_4_0 obj -2
 out_4_0 out_definition_4_0 1
 out_5_0 obj -2
 out_5_0 out_definition_5_0 1
 out_6_0 obj -2
 out_6_0 out_definition_6_0 1
 out_7_0 obj -2
 out_7_0 out_definition_7_0 1
RHS
 rhs obj -4
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
QUADOBJ
 out_0_0 out_0_0 2
 out_1_0 out_1_0 2
 out_2_0 out_2_0 2
 out_3_0 out_3_0 2
 out_4_0 out_4_0 2
 out_5_0 out_5_0 2
 out_6_0 out_6_0 2
 out_7_0 out_7_0 2
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
QCMATRIX relu_1_0_0_complementary
 pre_1_0_0 post_1_0_0 -0.5
 post_1_0_0 pre_1_0_0 -0.5
 post_1_0_0 post_1_0_0 1
QCMATRIX relu_1_1_0_complementary
 pre_1_1_0 post_1_1_0 -0.5
 post_1_1_0 pre_1_1_0 -0.5
 post_1_1_0 post_1_1_0 1
QCMATRIX relu_1_2_0_complementary
 pre_1_2_0 post_1_2_0 -0.5
 post_1_2_0 pre_1_2_0 -0.5
 post_1_2_0 post_1_2_0 1
QCMATRIX relu_1_3_0_complementary
 pre_1_3_0 post_1_3_0 -0.5
 post_1_3_0 pre_1_3_0 -0.5
 post_1_3_0 post_1_3_0 1
QCMATRIX relu_1_4_0_complementary
 pre_1_4_0 post_1_4_0 -0.5
 post_1_4_0 pre_1_4_0 -0.5
 post_1_4_0 post_1_4_0 1
QCMATRIX relu_1_5_0_complementary
 pre_1_5_0 post_1_5_0 -0.5
 post_1_5_0 pre_1_5_0 -0.5
 post_1_5_0 post_1_5_0 1
QCMATRIX relu_1_6_0_complementary
 pre_1_6_0 post_1_6_0 -0.5
 post_1_6_0 pre_1_6_0 -0.5
 post_1_6_0 post_1_6_0 1
QCMATRIX relu_1_7_0_complementary
 pre_1_7_0 post_1_7_0 -0.5
 post_1_7_0 pre_1_7_0 -0.5
 post_1_7_0 post_1_7_0 1
ENDATA
