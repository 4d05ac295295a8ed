* step-N8-p3-plain-indicator  (relu-opt library: step-N8, problem 3, plain-indicator; {"hidden": [1], "bound": 4.0, "loss": "l1"})
NAME step-N8-p3-plain-indicator
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
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e35_
 L e36_
 G e37_
 L e38_
 L e39_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e42_
 L e43_
 G e44_
 L e45_
 L e46_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e49_
 L e50_
 G e51_
 L e52_
 L e53_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e56_
 L e57_
 G e58_
 L e59_
 L e60_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e63_
 L e64_
 G e65_
 L e66_
 L e67_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e70_
 L e71_
 G e72_
 L e73_
 L e74_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e77_
 L e78_
 G e79_
 L e80_
 L e81_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e84_
 L e85_
 G e86_
 L e87_
 L e88_
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
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e35_ -1
 pre_1_0_0 e36_ -1
 pre_1_0_0 e39_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e42_ -1
 pre_1_1_0 e43_ -1
 pre_1_1_0 e46_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e49_ -1
 pre_1_2_0 e50_ -1
 pre_1_2_0 e53_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e56_ -1
 pre_1_3_0 e57_ -1
 pre_1_3_0 e60_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e63_ -1
 pre_1_4_0 e64_ -1
 pre_1_4_0 e67_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e70_ -1
 pre_1_5_0 e71_ -1
 pre_1_5_0 e74_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e77_ -1
 pre_1_6_0 e78_ -1
 pre_1_6_0 e81_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e84_ -1
 pre_1_7_0 e85_ -1
 pre_1_7_0 e88_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e35_ 1
 post_1_0_0 e36_ 1
 post_1_0_0 e37_ 1
 post_1_0_0 e38_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e42_ 1
 post_1_1_0 e43_ 1
 post_1_1_0 e44_ 1
 post_1_1_0 e45_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e49_ 1
 post_1_2_0 e50_ 1
 post_1_2_0 e51_ 1
 post_1_2_0 e52_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e56_ 1
 post_1_3_0 e57_ 1
 post_1_3_0 e58_ 1
 post_1_3_0 e59_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e63_ 1
 post_1_4_0 e64_ 1
 post_1_4_0 e65_ 1
 post_1_4_0 e66_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e70_ 1
 post_1_5_0 e71_ 1
 post_1_5_0 e72_ 1
 post_1_5_0 e73_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e77_ 1
 post_1_6_0 e78_ 1
 post_1_6_0 e79_ 1
 post_1_6_0 e80_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e84_ 1
 post_1_7_0 e85_ 1
 post_1_7_0 e86_ 1
 post_1_7_0 e87_ 1
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
 M36 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e35_ -8
 relu_1_0_0_on_binary_indicator_var e36_ 16
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e38_ 8
 relu_1_0_0_off_binary_indicator_var e39_ 8
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e42_ -6.857142857142858
 relu_1_1_0_on_binary_indicator_var e43_ 13.714285714285715
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e45_ 6.857142857142858
 relu_1_1_0_off_binary_indicator_var e46_ 6.857142857142858
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e49_ -5.714285714285714
 relu_1_2_0_on_binary_indicator_var e50_ 11.428571428571429
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e52_ 5.714285714285714
 relu_1_2_0_off_binary_indicator_var e53_ 5.714285714285714
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e56_ -4.571428571428571
 relu_1_3_0_on_binary_indicator_var e57_ 9.142857142857142
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e59_ 4.571428571428571
 relu_1_3_0_off_binary_indicator_var e60_ 4.571428571428571
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e63_ -4.571428571428571
 relu_1_4_0_on_binary_indicator_var e64_ 9.142857142857142
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e66_ 4.571428571428571
 relu_1_4_0_off_binary_indicator_var e67_ 4.571428571428571
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e70_ -5.7142857142857135
 relu_1_5_0_on_binary_indicator_var e71_ 11.428571428571427
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e73_ 5.7142857142857135
 relu_1_5_0_off_binary_indicator_var e74_ 5.7142857142857135
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e77_ -6.857142857142857
 relu_1_6_0_on_binary_indicator_var e78_ 13.714285714285714
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e80_ 6.857142857142857
 relu_1_6_0_off_binary_indicator_var e81_ 6.857142857142857
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e84_ -8
 relu_1_7_0_on_binary_indicator_var e85_ 16
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e87_ 8
 relu_1_7_0_off_binary_indicator_var e88_ 8
 M52 'MARKER' 'INTEND'
RHS
 rhs residual_upper_4_0 1
 rhs residual_upper_5_0 1
 rhs residual_upper_6_0 1
 rhs residual_upper_7_0 1
 rhs residual_lower_4_0 -1
 rhs residual_lower_5_0 -1
 rhs residual_lower_6_0 -1
 rhs residual_lower_7_0 -1
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e35_ -8
 rhs e36_ 16
 rhs e38_ 8
 rhs e39_ 8
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e42_ -6.857142857142858
 rhs e43_ 13.714285714285715
 rhs e45_ 6.857142857142858
 rhs e46_ 6.857142857142858
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e49_ -5.714285714285714
 rhs e50_ 11.428571428571429
 rhs e52_ 5.714285714285714
 rhs e53_ 5.714285714285714
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e56_ -4.571428571428571
 rhs e57_ 9.142857142857142
 rhs e59_ 4.571428571428571
 rhs e60_ 4.571428571428571
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e63_ -4.571428571428571
 rhs e64_ 9.142857142857142
 rhs e66_ 4.571428571428571
 rhs e67_ 4.571428571428571
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e70_ -5.7142857142857135
 rhs e71_ 11.428571428571427
 rhs e73_ 5.7142857142857135
 rhs e74_ 5.7142857142857135
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e77_ -6.857142857142857
 rhs e78_ 13.714285714285714
 rhs e80_ 6.857142857142857
 rhs e81_ 6.857142857142857
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e84_ -8
 rhs e85_ 16
 rhs e87_ 8
 rhs e88_ 8
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
 LO bnd abs_residual_0_0 0
 UP bnd abs_residual_0_0 36
 LO bnd abs_residual_1_0 0
 UP bnd abs_residual_1_0 31.42857142857143
 LO bnd abs_residual_2_0 0
 UP bnd abs_residual_2_0 26.857142857142858
 LO bnd abs_residual_3_0 0
 UP bnd abs_residual_3_0 22.285714285714285
 LO bnd abs_residual_4_0 0
 UP bnd abs_residual_4_0 23.285714285714285
 LO bnd abs_residual_5_0 0
 UP bnd abs_residual_5_0 27.857142857142854
 LO bnd abs_residual_6_0 0
 UP bnd abs_residual_6_0 32.42857142857143
 LO bnd abs_residual_7_0 0
 UP bnd abs_residual_7_0 37
 BV bnd relu_1_0_0_on_binary_indicator_var
 BV bnd relu_1_0_0_off_binary_indicator_var
 BV bnd relu_1_1_0_on_binary_indicator_var
 BV bnd relu_1_1_0_off_binary_indicator_var
 BV bnd relu_1_2_0_on_binary_indicator_var
 BV bnd relu_1_2_0_off_binary_indicator_var
 BV bnd relu_1_3_0_on_binary_indicator_var
 BV bnd relu_1_3_0_off_binary_indicator_var
 BV bnd relu_1_4_0_on_binary_indicator_var
 BV bnd relu_1_4_0_off_binary_indicator_var
 BV bnd relu_1_5_0_on_binary_indicator_var
 BV bnd relu_1_5_0_off_binary_indicator_var
 BV bnd relu_1_6_0_on_binary_indicator_var
 BV bnd relu_1_6_0_off_binary_indicator_var
 BV bnd relu_1_7_0_on_binary_indicator_var
 BV bnd relu_1_7_0_off_binary_indicator_var
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
