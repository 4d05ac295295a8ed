* blog-quadratic-p1-plain-indicator  (relu-opt library: blog-quadratic, problem 1, plain-indicator; {"hidden": [1], "hidden_bias": false, "output_bias": false, "bound": 10.0, "loss": "squared"})
NAME blog-quadratic-p1-plain-indicator
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_1_0
 E pre_definition_1_2_0
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e9_
 L e10_
 G e11_
 L e12_
 L e13_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e16_
 L e17_
 G e18_
 L e19_
 L e20_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e23_
 L e24_
 G e25_
 L e26_
 L e27_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -1
 w_1_0_0 pre_definition_1_1_0 -2
 w_1_0_0 pre_definition_1_2_0 -3
 w_2_0_0 obj 0
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e9_ -1
 pre_1_0_0 e10_ -1
 pre_1_0_0 e13_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e16_ -1
 pre_1_1_0 e17_ -1
 pre_1_1_0 e20_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e23_ -1
 pre_1_2_0 e24_ -1
 pre_1_2_0 e27_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e9_ 1
 post_1_0_0 e10_ 1
 post_1_0_0 e11_ 1
 post_1_0_0 e12_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e16_ 1
 post_1_1_0 e17_ 1
 post_1_1_0 e18_ 1
 post_1_1_0 e19_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e23_ 1
 post_1_2_0 e24_ 1
 post_1_2_0 e25_ 1
 post_1_2_0 e26_ 1
 out_0_0 obj -2
 out_0_0 out_definition_0_0 1
 out_1_0 obj -8
 out_1_0 out_definition_1_0 1
 out_2_0 obj -18
 out_2_0 out_definition_2_0 1
 M11 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e9_ -10
 relu_1_0_0_on_binary_indicator_var e10_ 20
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e12_ 10
 relu_1_0_0_off_binary_indicator_var e13_ 10
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e16_ -20
 relu_1_1_0_on_binary_indicator_var e17_ 40
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e19_ 20
 relu_1_1_0_off_binary_indicator_var e20_ 20
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e23_ -30
 relu_1_2_0_on_binary_indicator_var e24_ 60
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e26_ 30
 relu_1_2_0_off_binary_indicator_var e27_ 30
 M17 'MARKER' 'INTEND'
RHS
 rhs obj -98
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e9_ -10
 rhs e10_ 20
 rhs e12_ 10
 rhs e13_ 10
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e16_ -20
 rhs e17_ 40
 rhs e19_ 20
 rhs e20_ 20
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e23_ -30
 rhs e24_ 60
 rhs e26_ 30
 rhs e27_ 30
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
 BV bnd relu_1_0_0_on_binary_indicator_var
 BV bnd relu_1_0_0_off_binary_indicator_var
 BV bnd relu_1_1_0_on_binary_indicator_var
 BV bnd relu_1_1_0_off_binary_indicator_var
 BV bnd relu_1_2_0_on_binary_indicator_var
 BV bnd relu_1_2_0_off_binary_indicator_var
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
ENDATA
