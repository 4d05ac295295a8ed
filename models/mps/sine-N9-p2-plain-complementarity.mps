* sine-N9-p2-plain-complementarity  (relu-opt library: sine-N9, problem 2, plain-complementarity; {"hidden": [2], "bound": 4.0, "loss": "l1"})
NAME sine-N9-p2-plain-complementarity
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
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
 E out_definition_4_0
 E out_definition_5_0
 E out_definition_6_0
 E out_definition_7_0
 E out_definition_8_0
 L residual_upper_0_0
 L residual_upper_1_0
 L residual_upper_2_0
 L residual_upper_3_0
 L residual_upper_4_0
 L residual_upper_5_0
 L residual_upper_6_0
 L residual_upper_7_0
 L residual_upper_8_0
 L residual_lower_0_0
 L residual_lower_1_0
 L residual_lower_2_0
 L residual_lower_3_0
 L residual_lower_4_0
 L residual_lower_5_0
 L residual_lower_6_0
 L residual_lower_7_0
 L residual_lower_8_0
 G relu_1_0_0_above_pre
 E relu_1_0_0_complementary
 G relu_1_0_1_above_pre
 E relu_1_0_1_complementary
 G relu_1_1_0_above_pre
 E relu_1_1_0_complementary
 G relu_1_1_1_above_pre
 E relu_1_1_1_complementary
 G relu_1_2_0_above_pre
 E relu_1_2_0_complementary
 G relu_1_2_1_above_pre
 E relu_1_2_1_complementary
 G relu_1_3_0_above_pre
 E relu_1_3_0_complementary
 G relu_1_3_1_above_pre
 E relu_1_3_1_complementary
 G relu_1_4_0_above_pre
 E relu_1_4_0_complementary
 G relu_1_4_1_above_pre
 E relu_1_4_1_complementary
 G relu_1_5_0_above_pre
 E relu_1_5_0_complementary
 G relu_1_5_1_above_pre
 E relu_1_5_1_complementary
 G relu_1_6_0_above_pre
 E relu_1_6_0_complementary
 G relu_1_6_1_above_pre
 E relu_1_6_1_complementary
 G relu_1_7_0_above_pre
 E relu_1_7_0_complementary
 G relu_1_7_1_above_pre
 E relu_1_7_1_complementary
 G relu_1_8_0_above_pre
 E relu_1_8_0_complementary
 G relu_1_8_1_above_pre
 E relu_1_8_1_complementary
COLUMNS
 w_1_0_0 pre_definition_1_0_0 1
 w_1_0_0 pre_definition_1_1_0 0.75
 w_1_0_0 pre_definition_1_2_0 0.5
 w_1_0_0 pre_definition_1_3_0 0.25
 w_1_0_0 pre_definition_1_5_0 -0.25
 w_1_0_0 pre_definition_1_6_0 -0.5
 w_1_0_0 pre_definition_1_7_0 -0.75
 w_1_0_0 pre_definition_1_8_0 -1
 w_1_1_0 pre_definition_1_0_1 1
 w_1_1_0 pre_definition_1_1_1 0.75
 w_1_1_0 pre_definition_1_2_1 0.5
 w_1_1_0 pre_definition_1_3_1 0.25
 w_1_1_0 pre_definition_1_5_1 -0.25
 w_1_1_0 pre_definition_1_6_1 -0.5
 w_1_1_0 pre_definition_1_7_1 -0.75
 w_1_1_0 pre_definition_1_8_1 -1
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 b_1_0 pre_definition_1_0_0 -1
 b_1_0 pre_definition_1_1_0 -1
 b_1_0 pre_definition_1_2_0 -1
 b_1_0 pre_definition_1_3_0 -1
 b_1_0 pre_definition_1_4_0 -1
 b_1_0 pre_definition_1_5_0 -1
 b_1_0 pre_definition_1_6_0 -1
 b_1_0 pre_definition_1_7_0 -1
 b_1_0 pre_definition_1_8_0 -1
 b_1_1 pre_definition_1_0_1 -1
 b_1_1 pre_definition_1_1_1 -1
 b_1_1 pre_definition_1_2_1 -1
 b_1_1 pre_definition_1_3_1 -1
 b_1_1 pre_definition_1_4_1 -1
 b_1_1 pre_definition_1_5_1 -1
 b_1_1 pre_definition_1_6_1 -1
 b_1_1 pre_definition_1_7_1 -1
 b_1_1 pre_definition_1_8_1 -1
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
 b_2_0 out_definition_4_0 -1
 b_2_0 out_definition_5_0 -1
 b_2_0 out_definition_6_0 -1
 b_2_0 out_definition_7_0 -1
 b_2_0 out_definition_8_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre -1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre -1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre -1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre -1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre -1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre -1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre -1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre -1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre -1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre -1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre -1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre -1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre -1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre -1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre -1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre -1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre -1
 post_1_0_0 relu_1_0_0_above_pre 1
 post_1_0_1 relu_1_0_1_above_pre 1
 post_1_1_0 relu_1_1_0_above_pre 1
 post_1_1_1 relu_1_1_1_above_pre 1
 post_1_2_0 relu_1_2_0_above_pre 1
 post_1_2_1 relu_1_2_1_above_pre 1
 post_1_3_0 relu_1_3_0_above_pre 1
 post_1_3_1 relu_1_3_1_above_pre 1
 post_1_4_0 relu_1_4_0_above_pre 1
 post_1_4_1 relu_1_4_1_above_pre 1
 post_1_5_0 relu_1_5_0_above_pre 1
 post_1_5_1 relu_1_5_1_above_pre 1
 post_1_6_0 relu_1_6_0_above_pre 1
 post_1_6_1 relu_1_6_1_above_pre 1
 post_1_7_0 relu_1_7_0_above_pre 1
 post_1_7_1 relu_1_7_1_above_pre 1
 post_1_8_0 relu_1_8_0_above_pre 1
 post_1_8_1 relu_1_8_1_above_pre 1
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
 out_8_0 out_definition_8_0 1
 out_8_0 residual_upper_8_0 1
 out_8_0 residual_lower_8_0 -1
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
 abs_residual_8_0 obj 1
 abs_residual_8_0 residual_upper_8_0 -1
 abs_residual_8_0 residual_lower_8_0 -1
RHS
 rhs residual_upper_0_0 -1.2246467991473532e-16
 rhs residual_upper_1_0 -0.7071067811865476
 rhs residual_upper_2_0 -1
 rhs residual_upper_3_0 -0.7071067811865475
 rhs residual_upper_5_0 0.7071067811865475
 rhs residual_upper_6_0 1
 rhs residual_upper_7_0 0.7071067811865476
 rhs residual_upper_8_0 1.2246467991473532e-16
 rhs residual_lower_0_0 1.2246467991473532e-16
 rhs residual_lower_1_0 0.7071067811865476
 rhs residual_lower_2_0 1
 rhs residual_lower_3_0 0.7071067811865475
 rhs residual_lower_5_0 -0.7071067811865475
 rhs residual_lower_6_0 -1
 rhs residual_lower_7_0 -0.7071067811865476
 rhs residual_lower_8_0 -1.2246467991473532e-16
BOUNDS
 LO bnd w_1_0_0 -4
 UP bnd w_1_0_0 4
 LO bnd w_1_1_0 -4
 UP bnd w_1_1_0 4
 LO bnd w_2_0_0 -4
 UP bnd w_2_0_0 4
 LO bnd w_2_0_1 -4
 UP bnd w_2_0_1 4
 LO bnd b_1_0 -4
 UP bnd b_1_0 4
 LO bnd b_1_1 -4
 UP bnd b_1_1 4
 LO bnd b_2_0 -4
 UP bnd b_2_0 4
 LO bnd pre_1_0_0 -8
 UP bnd pre_1_0_0 8
 LO bnd pre_1_0_1 -8
 UP bnd pre_1_0_1 8
 LO bnd pre_1_1_0 -7
 UP bnd pre_1_1_0 7
 LO bnd pre_1_1_1 -7
 UP bnd pre_1_1_1 7
 LO bnd pre_1_2_0 -6
 UP bnd pre_1_2_0 6
 LO bnd pre_1_2_1 -6
 UP bnd pre_1_2_1 6
 LO bnd pre_1_3_0 -5
 UP bnd pre_1_3_0 5
 LO bnd pre_1_3_1 -5
 UP bnd pre_1_3_1 5
 LO bnd pre_1_4_0 -4
 UP bnd pre_1_4_0 4
 LO bnd pre_1_4_1 -4
 UP bnd pre_1_4_1 4
 LO bnd pre_1_5_0 -5
 UP bnd pre_1_5_0 5
 LO bnd pre_1_5_1 -5
 UP bnd pre_1_5_1 5
 LO bnd pre_1_6_0 -6
 UP bnd pre_1_6_0 6
 LO bnd pre_1_6_1 -6
 UP bnd pre_1_6_1 6
 LO bnd pre_1_7_0 -7
 UP bnd pre_1_7_0 7
 LO bnd pre_1_7_1 -7
 UP bnd pre_1_7_1 7
 LO bnd pre_1_8_0 -8
 UP bnd pre_1_8_0 8
 LO bnd pre_1_8_1 -8
 UP bnd pre_1_8_1 8
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 8
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 8
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 7
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 7
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 6
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 6
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 5
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 5
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 4
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 4
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 5
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 5
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 6
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 6
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 7
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 7
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 8
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 8
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
 LO bnd abs_residual_0_0 0
 UP bnd abs_residual_0_0 68
 LO bnd abs_residual_1_0 0
 UP bnd abs_residual_1_0 60.707106781186546
 LO bnd abs_residual_2_0 0
 UP bnd abs_residual_2_0 53
 LO bnd abs_residual_3_0 0
 UP bnd abs_residual_3_0 44.707106781186546
 LO bnd abs_residual_4_0 0
 UP bnd abs_residual_4_0 36
 LO bnd abs_residual_5_0 0
 UP bnd abs_residual_5_0 44.707106781186546
 LO bnd abs_residual_6_0 0
 UP bnd abs_residual_6_0 53
 LO bnd abs_residual_7_0 0
 UP bnd abs_residual_7_0 60.707106781186546
 LO bnd abs_residual_8_0 0
 UP bnd abs_residual_8_0 68
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
QCMATRIX out_definition_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
QCMATRIX relu_1_0_0_complementary
 pre_1_0_0 post_1_0_0 -0.5
 post_1_0_0 pre_1_0_0 -0.5
 post_1_0_0 post_1_0_0 1
QCMATRIX relu_1_0_1_complementary
 pre_1_0_1 post_1_0_1 -0.5
 post_1_0_1 pre_1_0_1 -0.5
 post_1_0_1 post_1_0_1 1
QCMATRIX relu_1_1_0_complementary
 pre_1_1_0 post_1_1_0 -0.5
 post_1_1_0 pre_1_1_0 -0.5
 post_1_1_0 post_1_1_0 1
QCMATRIX relu_1_1_1_complementary
 pre_1_1_1 post_1_1_1 -0.5
 post_1_1_1 pre_1_1_1 -0.5
 post_1_1_1 post_1_1_1 1
QCMATRIX relu_1_2_0_complementary
 pre_1_2_0 post_1_2_0 -0.5
 post_1_2_0 pre_1_2_0 -0.5
 post_1_2_0 post_1_2_0 1
QCMATRIX relu_1_2_1_complementary
 pre_1_2_1 post_1_2_1 -0.5
 post_1_2_1 pre_1_2_1 -0.5
 post_1_2_1 post_1_2_1 1
QCMATRIX relu_1_3_0_complementary
 pre_1_3_0 post_1_3_0 -0.5
 post_1_3_0 pre_1_3_0 -0.5
 post_1_3_0 post_1_3_0 1
QCMATRIX relu_1_3_1_complementary
 pre_1_3_1 post_1_3_1 -0.5
 post_1_3_1 pre_1_3_1 -0.5
 post_1_3_1 post_1_3_1 1
QCMATRIX relu_1_4_0_complementary
 pre_1_4_0 post_1_4_0 -0.5
 post_1_4_0 pre_1_4_0 -0.5
 post_1_4_0 post_1_4_0 1
QCMATRIX relu_1_4_1_complementary
 pre_1_4_1 post_1_4_1 -0.5
 post_1_4_1 pre_1_4_1 -0.5
 post_1_4_1 post_1_4_1 1
QCMATRIX relu_1_5_0_complementary
 pre_1_5_0 post_1_5_0 -0.5
 post_1_5_0 pre_1_5_0 -0.5
 post_1_5_0 post_1_5_0 1
QCMATRIX relu_1_5_1_complementary
 pre_1_5_1 post_1_5_1 -0.5
 post_1_5_1 pre_1_5_1 -0.5
 post_1_5_1 post_1_5_1 1
QCMATRIX relu_1_6_0_complementary
 pre_1_6_0 post_1_6_0 -0.5
 post_1_6_0 pre_1_6_0 -0.5
 post_1_6_0 post_1_6_0 1
QCMATRIX relu_1_6_1_complementary
 pre_1_6_1 post_1_6_1 -0.5
 post_1_6_1 pre_1_6_1 -0.5
 post_1_6_1 post_1_6_1 1
QCMATRIX relu_1_7_0_complementary
 pre_1_7_0 post_1_7_0 -0.5
 post_1_7_0 pre_1_7_0 -0.5
 post_1_7_0 post_1_7_0 1
QCMATRIX relu_1_7_1_complementary
 pre_1_7_1 post_1_7_1 -0.5
 post_1_7_1 pre_1_7_1 -0.5
 post_1_7_1 post_1_7_1 1
QCMATRIX relu_1_8_0_complementary
 pre_1_8_0 post_1_8_0 -0.5
 post_1_8_0 pre_1_8_0 -0.5
 post_1_8_0 post_1_8_0 1
QCMATRIX relu_1_8_1_complementary
 pre_1_8_1 post_1_8_1 -0.5
 post_1_8_1 pre_1_8_1 -0.5
 post_1_8_1 post_1_8_1 1
ENDATA
