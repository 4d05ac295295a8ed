* rank-one-golden-p1-plain-indicator  (relu-opt library: rank-one-golden, problem 1, plain-indicator; {"hidden": [1], "output_bias": false, "bound": 10.0, "loss": "squared"})
NAME rank-one-golden-p1-plain-indicator
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_1_0
 E out_definition_0_0
 E out_definition_0_1
 E out_definition_1_0
 E out_definition_1_1
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
COLUMNS
 w_1_0_0 pre_definition_1_1_0 -1
 w_2_0_0 obj 0
 w_2_1_0 obj 0
 b_1_0 pre_definition_1_0_0 -1
 b_1_0 pre_definition_1_1_0 -1
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
 out_0_0 obj -2
 out_0_0 out_definition_0_0 1
 out_0_1 out_definition_0_1 1
 out_1_0 obj -2
 out_1_0 out_definition_1_0 1
 out_1_1 obj -2
 out_1_1 out_definition_1_1 1
 M12 'MARKER' 'INTORG'
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
 M16 'MARKER' 'INTEND'
RHS
 rhs obj -3
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
 BV bnd relu_1_0_0_on_binary_indicator_var
 BV bnd relu_1_0_0_off_binary_indicator_var
 BV bnd relu_1_1_0_on_binary_indicator_var
 BV bnd relu_1_1_0_off_binary_indicator_var
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
