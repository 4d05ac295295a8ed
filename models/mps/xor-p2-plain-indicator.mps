* xor-p2-plain-indicator  (relu-opt library: xor, problem 2, plain-indicator; {"hidden": [1], "bound": 2.0, "loss": "squared"})
NAME xor-p2-plain-indicator
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_1_0
 E pre_definition_1_2_0
 E pre_definition_1_3_0
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e11_
 L e12_
 G e13_
 L e14_
 L e15_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e18_
 L e19_
 G e20_
 L e21_
 L e22_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e25_
 L e26_
 G e27_
 L e28_
 L e29_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e32_
 L e33_
 G e34_
 L e35_
 L e36_
COLUMNS
 w_1_0_0 pre_definition_1_2_0 -1
 w_1_0_0 pre_definition_1_3_0 -1
 w_1_0_1 pre_definition_1_1_0 -1
 w_1_0_1 pre_definition_1_3_0 -1
 w_2_0_0 obj 0
 b_1_0 pre_definition_1_0_0 -1
 b_1_0 pre_definition_1_1_0 -1
 b_1_0 pre_definition_1_2_0 -1
 b_1_0 pre_definition_1_3_0 -1
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e11_ -1
 pre_1_0_0 e12_ -1
 pre_1_0_0 e15_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e18_ -1
 pre_1_1_0 e19_ -1
 pre_1_1_0 e22_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e25_ -1
 pre_1_2_0 e26_ -1
 pre_1_2_0 e29_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e32_ -1
 pre_1_3_0 e33_ -1
 pre_1_3_0 e36_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e11_ 1
 post_1_0_0 e12_ 1
 post_1_0_0 e13_ 1
 post_1_0_0 e14_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e18_ 1
 post_1_1_0 e19_ 1
 post_1_1_0 e20_ 1
 post_1_1_0 e21_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e25_ 1
 post_1_2_0 e26_ 1
 post_1_2_0 e27_ 1
 post_1_2_0 e28_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e32_ 1
 post_1_3_0 e33_ 1
 post_1_3_0 e34_ 1
 post_1_3_0 e35_ 1
 out_0_0 out_definition_0_0 1
 out_1_0 obj -2
 out_1_0 out_definition_1_0 1
 out_2_0 obj -2
 out_2_0 out_definition_2_0 1
 out_3_0 out_definition_3_0 1
 M17 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e11_ -2
 relu_1_0_0_on_binary_indicator_var e12_ 4
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e14_ 2
 relu_1_0_0_off_binary_indicator_var e15_ 2
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e18_ -4
 relu_1_1_0_on_binary_indicator_var e19_ 8
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e21_ 4
 relu_1_1_0_off_binary_indicator_var e22_ 4
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e25_ -4
 relu_1_2_0_on_binary_indicator_var e26_ 8
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e28_ 4
 relu_1_2_0_off_binary_indicator_var e29_ 4
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e32_ -6
 relu_1_3_0_on_binary_indicator_var e33_ 12
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e35_ 6
 relu_1_3_0_off_binary_indicator_var e36_ 6
 M25 'MARKER' 'INTEND'
RHS
 rhs obj -2
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e11_ -2
 rhs e12_ 4
 rhs e14_ 2
 rhs e15_ 2
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e18_ -4
 rhs e19_ 8
 rhs e21_ 4
 rhs e22_ 4
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e25_ -4
 rhs e26_ 8
 rhs e28_ 4
 rhs e29_ 4
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e32_ -6
 rhs e33_ 12
 rhs e35_ 6
 rhs e36_ 6
BOUNDS
 LO bnd w_1_0_0 -2
 UP bnd w_1_0_0 2
 LO bnd w_1_0_1 -2
 UP bnd w_1_0_1 2
 LO bnd w_2_0_0 -2
 UP bnd w_2_0_0 2
 LO bnd b_1_0 -2
 UP bnd b_1_0 2
 LO bnd b_2_0 -2
 UP bnd b_2_0 2
 LO bnd pre_1_0_0 -2
 UP bnd pre_1_0_0 2
 LO bnd pre_1_1_0 -4
 UP bnd pre_1_1_0 4
 LO bnd pre_1_2_0 -4
 UP bnd pre_1_2_0 4
 LO bnd pre_1_3_0 -6
 UP bnd pre_1_3_0 6
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 2
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 4
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 4
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6
 LO bnd out_0_0 -6
 UP bnd out_0_0 6
 LO bnd out_1_0 -10
 UP bnd out_1_0 10
 LO bnd out_2_0 -10
 UP bnd out_2_0 10
 LO bnd out_3_0 -14
 UP bnd out_3_0 14
 BV bnd relu_1_0_0_on_binary_indicator_var
 BV bnd relu_1_0_0_off_binary_indicator_var
 BV bnd relu_1_1_0_on_binary_indicator_var
 BV bnd relu_1_1_0_off_binary_indicator_var
 BV bnd relu_1_2_0_on_binary_indicator_var
 BV bnd relu_1_2_0_off_binary_indicator_var
 BV bnd relu_1_3_0_on_binary_indicator_var
 BV bnd relu_1_3_0_off_binary_indicator_var
QUADOBJ
 out_0_0 out_0_0 2
 out_1_0 out_1_0 2
 out_2_0 out_2_0 2
 out_3_0 out_3_0 2
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
ENDATA
