* step-N8-p1-plain-indicator  (relu-opt library: step-N8, problem 1, plain-indicator; {"hidden": [1], "bound": 4.0, "loss": "squared"})
NAME step-N8-p1-plain-indicator
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
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e19_
 L e20_
 G e21_
 L e22_
 L e23_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e26_
 L e27_
 G e28_
 L e29_
 L e30_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e33_
 L e34_
 G e35_
 L e36_
 L e37_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e40_
 L e41_
 G e42_
 L e43_
 L e44_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e47_
 L e48_
 G e49_
 L e50_
 L e51_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e54_
 L e55_
 G e56_
 L e57_
 L e58_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e61_
 L e62_
 G e63_
 L e64_
 L e65_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e68_
 L e69_
 G e70_
 L e71_
 L e72_
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
 pre_1_0_0 e19_ -1
 pre_1_0_0 e20_ -1
 pre_1_0_0 e23_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e26_ -1
 pre_1_1_0 e27_ -1
 pre_1_1_0 e30_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e33_ -1
 pre_1_2_0 e34_ -1
 pre_1_2_0 e37_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e40_ -1
 pre_1_3_0 e41_ -1
 pre_1_3_0 e44_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e47_ -1
 pre_1_4_0 e48_ -1
 pre_1_4_0 e51_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e54_ -1
 pre_1_5_0 e55_ -1
 pre_1_5_0 e58_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e61_ -1
 pre_1_6_0 e62_ -1
 pre_1_6_0 e65_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e68_ -1
 pre_1_7_0 e69_ -1
 pre_1_7_0 e72_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e19_ 1
 post_1_0_0 e20_ 1
 post_1_0_0 e21_ 1
 post_1_0_0 e22_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e26_ 1
 post_1_1_0 e27_ 1
 post_1_1_0 e28_ 1
 post_1_1_0 e29_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e33_ 1
 post_1_2_0 e34_ 1
 post_1_2_0 e35_ 1
 post_1_2_0 e36_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e40_ 1
 post_1_3_0 e41_ 1
 post_1_3_0 e42_ 1
 post_1_3_0 e43_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e47_ 1
 post_1_4_0 e48_ 1
 post_1_4_0 e49_ 1
 post_1_4_0 e50_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e54_ 1
 post_1_5_0 e55_ 1
 post_1_5_0 e56_ 1
 post_1_5_0 e57_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e61_ 1
 post_1_6_0 e62_ 1
 post_1_6_0 e63_ 1
 post_1_6_0 e64_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e68_ 1
 post_1_7_0 e69_ 1
 post_1_7_0 e70_ 1
 post_1_7_0 e71_ 1
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
 M28 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e19_ -8
 relu_1_0_0_on_binary_indicator_var e20_ 16
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e22_ 8
 relu_1_0_0_off_binary_indicator_var e23_ 8
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e26_ -6.857142857142858
 relu_1_1_0_on_binary_indicator_var e27_ 13.714285714285715
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e29_ 6.857142857142858
 relu_1_1_0_off_binary_indicator_var e30_ 6.857142857142858
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e33_ -5.714285714285714
 relu_1_2_0_on_binary_indicator_var e34_ 11.428571428571429
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e36_ 5.714285714285714
 relu_1_2_0_off_binary_indicator_var e37_ 5.714285714285714
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e40_ -4.571428571428571
 relu_1_3_0_on_binary_indicator_var e41_ 9.142857142857142
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e43_ 4.571428571428571
 relu_1_3_0_off_binary_indicator_var e44_ 4.571428571428571
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e47_ -4.571428571428571
 relu_1_4_0_on_binary_indicator_var e48_ 9.142857142857142
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e50_ 4.571428571428571
 relu_1_4_0_off_binary_indicator_var e51_ 4.571428571428571
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e54_ -5.7142857142857135
 relu_1_5_0_on_binary_indicator_var e55_ 11.428571428571427
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e57_ 5.7142857142857135
 relu_1_5_0_off_binary_indicator_var e58_ 5.7142857142857135
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e61_ -6.857142857142857
 relu_1_6_0_on_binary_indicator_var e62_ 13.714285714285714
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e64_ 6.857142857142857
 relu_1_6_0_off_binary_indicator_var e65_ 6.857142857142857
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e68_ -8
 relu_1_7_0_on_binary_indicator_var e69_ 16
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e71_ 8
 relu_1_7_0_off_binary_indicator_var e72_ 8
 M44 'MARKER' 'INTEND'
RHS
 rhs obj -4
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e19_ -8
 rhs e20_ 16
 rhs e22_ 8
 rhs e23_ 8
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e26_ -6.857142857142858
 rhs e27_ 13.714285714285715
 rhs e29_ 6.857142857142858
 rhs e30_ 6.857142857142858
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e33_ -5.714285714285714
 rhs e34_ 11.428571428571429
 rhs e36_ 5.714285714285714
 rhs e37_ 5.714285714285714
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e40_ -4.571428571428571
 rhs e41_ 9.142857142857142
 rhs e43_ 4.571428571428571
 rhs e44_ 4.571428571428571
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e47_ -4.571428571428571
 rhs e48_ 9.142857142857142
 rhs e50_ 4.571428571428571
 rhs e51_ 4.571428571428571
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e54_ -5.7142857142857135
 rhs e55_ 11.428571428571427
 rhs e57_ 5.7142857142857135
 rhs e58_ 5.7142857142857135
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e61_ -6.857142857142857
 rhs e62_ 13.714285714285714
 rhs e64_ 6.857142857142857
 rhs e65_ 6.857142857142857
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e68_ -8
 rhs e69_ 16
 rhs e71_ 8
 rhs e72_ 8
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
ENDATA
