* blog-quadratic-p1-plain-complementarity  (relu-opt library: blog-quadratic, problem 1, plain-complementarity; {"hidden": [1], "hidden_bias": false, "output_bias": false, "bound": 10.0, "loss": "squared"})
NAME blog-quadratic-p1-plain-complementarity
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_1_0
 E pre_definition_1_2_0
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 G relu_1_0_0_above_pre
 E relu_1_0_0_complementary
 G relu_1_1_0_above_pre
 E relu_1_1_0_complementary
 G relu_1_2_0_above_pre
 E relu_1_2_0_complementary
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -1
 w_1_0_0 pre_definition_1_1_0 -2
 w_1_0_0 pre_definition_1_2_0 -3
 w_2_0_0 obj 0
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre -1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre -1
 post_1_0_0 relu_1_0_0_above_pre 1
 post_1_1_0 relu_1_1_0_above_pre 1
 post_1_2_0 relu_1_2_0_above_pre 1
 out_0_0 obj -2
 out_0_0 out_definition_0_0 1
 out_1_0 obj -8
 out_1_0 out_definition_1_0 1
 out_2_0 obj -18
 out_2_0 out_definition_2_0 1
RHS
 rhs obj -98
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
QUADOBJ
 out_0_0 out_0_0 2
 out_1_0 out_1_0 2
 out_2_0 out_2_0 2
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
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
ENDATA
