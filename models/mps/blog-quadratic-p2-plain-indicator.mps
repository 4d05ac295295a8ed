* blog-quadratic-p2-plain-indicator  (relu-opt library: blog-quadratic, problem 2, plain-indicator; {"hidden": [1], "hidden_bias": false, "output_bias": false, "bound": 10.0, "loss": "l1"})
NAME blog-quadratic-p2-plain-indicator
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
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e15_
 L e16_
 G e17_
 L e18_
 L e19_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e22_
 L e23_
 G e24_
 L e25_
 L e26_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e29_
 L e30_
 G e31_
 L e32_
 L e33_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -1
 w_1_0_0 pre_definition_1_1_0 -2
 w_1_0_0 pre_definition_1_2_0 -3
 w_2_0_0 obj 0
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e15_ -1
 pre_1_0_0 e16_ -1
 pre_1_0_0 e19_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e22_ -1
 pre_1_1_0 e23_ -1
 pre_1_1_0 e26_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e29_ -1
 pre_1_2_0 e30_ -1
 pre_1_2_0 e33_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e15_ 1
 post_1_0_0 e16_ 1
 post_1_0_0 e17_ 1
 post_1_0_0 e18_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e22_ 1
 post_1_1_0 e23_ 1
 post_1_1_0 e24_ 1
 post_1_1_0 e25_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e29_ 1
 post_1_2_0 e30_ 1
 post_1_2_0 e31_ 1
 post_1_2_0 e32_ 1
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
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e15_ -10
 relu_1_0_0_on_binary_indicator_var e16_ 20
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e18_ 10
 relu_1_0_0_off_binary_indicator_var e19_ 10
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e22_ -20
 relu_1_1_0_on_binary_indicator_var e23_ 40
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e25_ 20
 relu_1_1_0_off_binary_indicator_var e26_ 20
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e29_ -30
 relu_1_2_0_on_binary_indicator_var e30_ 60
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e32_ 30
 relu_1_2_0_off_binary_indicator_var e33_ 30
 M20 'MARKER' 'INTEND'
RHS
 rhs residual_upper_0_0 1
 rhs residual_upper_1_0 4
 rhs residual_upper_2_0 9
 rhs residual_lower_0_0 -1
 rhs residual_lower_1_0 -4
 rhs residual_lower_2_0 -9
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e15_ -10
 rhs e16_ 20
 rhs e18_ 10
 rhs e19_ 10
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e22_ -20
 rhs e23_ 40
 rhs e25_ 20
 rhs e26_ 20
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e29_ -30
 rhs e30_ 60
 rhs e32_ 30
 rhs e33_ 30
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
 BV bnd relu_1_0_0_on_binary_indicator_var
 BV bnd relu_1_0_0_off_binary_indicator_var
 BV bnd relu_1_1_0_on_binary_indicator_var
 BV bnd relu_1_1_0_off_binary_indicator_var
 BV bnd relu_1_2_0_on_binary_indicator_var
 BV bnd relu_1_2_0_off_binary_indicator_var
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
