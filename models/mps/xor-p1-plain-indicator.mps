* xor-p1-plain-indicator  (relu-opt library: xor, problem 1, plain-indicator; {"hidden": [2], "bound": 2.0, "loss": "squared"})
NAME xor-p1-plain-indicator
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
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e15_
 L e16_
 G e17_
 L e18_
 L e19_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e22_
 L e23_
 G e24_
 L e25_
 L e26_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e29_
 L e30_
 G e31_
 L e32_
 L e33_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e36_
 L e37_
 G e38_
 L e39_
 L e40_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e43_
 L e44_
 G e45_
 L e46_
 L e47_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e50_
 L e51_
 G e52_
 L e53_
 L e54_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e57_
 L e58_
 G e59_
 L e60_
 L e61_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e64_
 L e65_
 G e66_
 L e67_
 L e68_
COLUMNS
 w_1_0_0 pre_definition_1_2_0 -1
 w_1_0_0 pre_definition_1_3_0 -1
 w_1_0_1 pre_definition_1_1_0 -1
 w_1_0_1 pre_definition_1_3_0 -1
 w_1_1_0 pre_definition_1_2_1 -1
 w_1_1_0 pre_definition_1_3_1 -1
 w_1_1_1 pre_definition_1_1_1 -1
 w_1_1_1 pre_definition_1_3_1 -1
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 b_1_0 pre_definition_1_0_0 -1
 b_1_0 pre_definition_1_1_0 -1
 b_1_0 pre_definition_1_2_0 -1
 b_1_0 pre_definition_1_3_0 -1
 b_1_1 pre_definition_1_0_1 -1
 b_1_1 pre_definition_1_1_1 -1
 b_1_1 pre_definition_1_2_1 -1
 b_1_1 pre_definition_1_3_1 -1
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e15_ -1
 pre_1_0_0 e16_ -1
 pre_1_0_0 e19_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e22_ -1
 pre_1_0_1 e23_ -1
 pre_1_0_1 e26_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e29_ -1
 pre_1_1_0 e30_ -1
 pre_1_1_0 e33_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e36_ -1
 pre_1_1_1 e37_ -1
 pre_1_1_1 e40_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e43_ -1
 pre_1_2_0 e44_ -1
 pre_1_2_0 e47_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e50_ -1
 pre_1_2_1 e51_ -1
 pre_1_2_1 e54_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e57_ -1
 pre_1_3_0 e58_ -1
 pre_1_3_0 e61_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e64_ -1
 pre_1_3_1 e65_ -1
 pre_1_3_1 e68_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e15_ 1
 post_1_0_0 e16_ 1
 post_1_0_0 e17_ 1
 post_1_0_0 e18_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e22_ 1
 post_1_0_1 e23_ 1
 post_1_0_1 e24_ 1
 post_1_0_1 e25_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e29_ 1
 post_1_1_0 e30_ 1
 post_1_1_0 e31_ 1
 post_1_1_0 e32_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e36_ 1
 post_1_1_1 e37_ 1
 post_1_1_1 e38_ 1
 post_1_1_1 e39_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e43_ 1
 post_1_2_0 e44_ 1
 post_1_2_0 e45_ 1
 post_1_2_0 e46_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e50_ 1
 post_1_2_1 e51_ 1
 post_1_2_1 e52_ 1
 post_1_2_1 e53_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e57_ 1
 post_1_3_0 e58_ 1
 post_1_3_0 e59_ 1
 post_1_3_0 e60_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e64_ 1
 post_1_3_1 e65_ 1
 post_1_3_1 e66_ 1
 post_1_3_1 e67_ 1
 out_0_0 out_definition_0_0 1
 out_1_0 obj -2
 out_1_0 out_definition_1_0 1
 out_2_0 obj -2
 out_2_0 out_definition_2_0 1
 out_3_0 out_definition_3_0 1
 M29 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e15_ -2
 relu_1_0_0_on_binary_indicator_var e16_ 4
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e18_ 2
 relu_1_0_0_off_binary_indicator_var e19_ 2
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e22_ -2
 relu_1_0_1_on_binary_indicator_var e23_ 4
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e25_ 2
 relu_1_0_1_off_binary_indicator_var e26_ 2
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e29_ -4
 relu_1_1_0_on_binary_indicator_var e30_ 8
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e32_ 4
 relu_1_1_0_off_binary_indicator_var e33_ 4
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e36_ -4
 relu_1_1_1_on_binary_indicator_var e37_ 8
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e39_ 4
 relu_1_1_1_off_binary_indicator_var e40_ 4
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e43_ -4
 relu_1_2_0_on_binary_indicator_var e44_ 8
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e46_ 4
 relu_1_2_0_off_binary_indicator_var e47_ 4
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e50_ -4
 relu_1_2_1_on_binary_indicator_var e51_ 8
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e53_ 4
 relu_1_2_1_off_binary_indicator_var e54_ 4
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e57_ -6
 relu_1_3_0_on_binary_indicator_var e58_ 12
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e60_ 6
 relu_1_3_0_off_binary_indicator_var e61_ 6
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e64_ -6
 relu_1_3_1_on_binary_indicator_var e65_ 12
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e67_ 6
 relu_1_3_1_off_binary_indicator_var e68_ 6
 M45 'MARKER' 'INTEND'
RHS
 rhs obj -2
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e15_ -2
 rhs e16_ 4
 rhs e18_ 2
 rhs e19_ 2
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e22_ -2
 rhs e23_ 4
 rhs e25_ 2
 rhs e26_ 2
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e29_ -4
 rhs e30_ 8
 rhs e32_ 4
 rhs e33_ 4
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e36_ -4
 rhs e37_ 8
 rhs e39_ 4
 rhs e40_ 4
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e43_ -4
 rhs e44_ 8
 rhs e46_ 4
 rhs e47_ 4
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e50_ -4
 rhs e51_ 8
 rhs e53_ 4
 rhs e54_ 4
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e57_ -6
 rhs e58_ 12
 rhs e60_ 6
 rhs e61_ 6
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e64_ -6
 rhs e65_ 12
 rhs e67_ 6
 rhs e68_ 6
BOUNDS
 LO bnd w_1_0_0 -2
 UP bnd w_1_0_0 2
 LO bnd w_1_0_1 -2
 UP bnd w_1_0_1 2
 LO bnd w_1_1_0 -2
 UP bnd w_1_1_0 2
 LO bnd w_1_1_1 -2
 UP bnd w_1_1_1 2
 LO bnd w_2_0_0 -2
 UP bnd w_2_0_0 2
 LO bnd w_2_0_1 -2
 UP bnd w_2_0_1 2
 LO bnd b_1_0 -2
 UP bnd b_1_0 2
 LO bnd b_1_1 -2
 UP bnd b_1_1 2
 LO bnd b_2_0 -2
 UP bnd b_2_0 2
 LO bnd pre_1_0_0 -2
 UP bnd pre_1_0_0 2
 LO bnd pre_1_0_1 -2
 UP bnd pre_1_0_1 2
 LO bnd pre_1_1_0 -4
 UP bnd pre_1_1_0 4
 LO bnd pre_1_1_1 -4
 UP bnd pre_1_1_1 4
 LO bnd pre_1_2_0 -4
 UP bnd pre_1_2_0 4
 LO bnd pre_1_2_1 -4
 UP bnd pre_1_2_1 4
 LO bnd pre_1_3_0 -6
 UP bnd pre_1_3_0 6
 LO bnd pre_1_3_1 -6
 UP bnd pre_1_3_1 6
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 2
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 2
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 4
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 4
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 4
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 4
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 6
 LO bnd out_0_0 -10
 UP bnd out_0_0 10
 LO bnd out_1_0 -18
 UP bnd out_1_0 18
 LO bnd out_2_0 -18
 UP bnd out_2_0 18
 LO bnd out_3_0 -26
 UP bnd out_3_0 26
 BV bnd relu_1_0_0_on_binary_indicator_var
 BV bnd relu_1_0_0_off_binary_indicator_var
 BV bnd relu_1_0_1_on_binary_indicator_var
 BV bnd relu_1_0_1_off_binary_indicator_var
 BV bnd relu_1_1_0_on_binary_indicator_var
 BV bnd relu_1_1_0_off_binary_indicator_var
 BV bnd relu_1_1_1_on_binary_indicator_var
 BV bnd relu_1_1_1_off_binary_indicator_var
 BV bnd relu_1_2_0_on_binary_indicator_var
 BV bnd relu_1_2_0_off_binary_indicator_var
 BV bnd relu_1_2_1_on_binary_indicator_var
 BV bnd relu_1_2_1_off_binary_indicator_var
 BV bnd relu_1_3_0_on_binary_indicator_var
 BV bnd relu_1_3_0_off_binary_indicator_var
 BV bnd relu_1_3_1_on_binary_indicator_var
 BV bnd relu_1_3_1_off_binary_indicator_var
QUADOBJ
 out_0_0 out_0_0 2
 out_1_0 out_1_0 2
 out_2_0 out_2_0 2
 out_3_0 out_3_0 2
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
ENDATA
