* teacher-N4-n2-m2-p2-s0-p1-plain-indicator  (relu-opt library: teacher-N4-n2-m2-p2-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N4-n2-m2-p2-s0-p1-plain-indicator
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
 E out_definition_0_1
 E out_definition_1_0
 E out_definition_1_1
 E out_definition_2_0
 E out_definition_2_1
 E out_definition_3_0
 E out_definition_3_1
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e19_
 L e20_
 G e21_
 L e22_
 L e23_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e26_
 L e27_
 G e28_
 L e29_
 L e30_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e33_
 L e34_
 G e35_
 L e36_
 L e37_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e40_
 L e41_
 G e42_
 L e43_
 L e44_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e47_
 L e48_
 G e49_
 L e50_
 L e51_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e54_
 L e55_
 G e56_
 L e57_
 L e58_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e61_
 L e62_
 G e63_
 L e64_
 L e65_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e68_
 L e69_
 G e70_
 L e71_
 L e72_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -0.7148085531751387
 w_1_0_0 pre_definition_1_1_0 -0.45931089285988813
 w_1_0_0 pre_definition_1_2_0 -0.7263578446997732
 w_1_0_0 pre_definition_1_3_0 0.40057621892523043
 w_1_0_1 pre_definition_1_0_0 0.9328288493890713
 w_1_0_1 pre_definition_1_1_0 0.648688758794882
 w_1_0_1 pre_definition_1_2_0 -0.08292244049818343
 w_1_0_1 pre_definition_1_3_0 0.1546255576046831
 w_1_1_0 pre_definition_1_0_1 -0.7148085531751387
 w_1_1_0 pre_definition_1_1_1 -0.45931089285988813
 w_1_1_0 pre_definition_1_2_1 -0.7263578446997732
 w_1_1_0 pre_definition_1_3_1 0.40057621892523043
 w_1_1_1 pre_definition_1_0_1 0.9328288493890713
 w_1_1_1 pre_definition_1_1_1 0.648688758794882
 w_1_1_1 pre_definition_1_2_1 -0.08292244049818343
 w_1_1_1 pre_definition_1_3_1 0.1546255576046831
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_1_0 obj 0
 w_2_1_1 obj 0
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
 b_2_1 out_definition_0_1 -1
 b_2_1 out_definition_1_1 -1
 b_2_1 out_definition_2_1 -1
 b_2_1 out_definition_3_1 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e19_ -1
 pre_1_0_0 e20_ -1
 pre_1_0_0 e23_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e26_ -1
 pre_1_0_1 e27_ -1
 pre_1_0_1 e30_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e33_ -1
 pre_1_1_0 e34_ -1
 pre_1_1_0 e37_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e40_ -1
 pre_1_1_1 e41_ -1
 pre_1_1_1 e44_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e47_ -1
 pre_1_2_0 e48_ -1
 pre_1_2_0 e51_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e54_ -1
 pre_1_2_1 e55_ -1
 pre_1_2_1 e58_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e61_ -1
 pre_1_3_0 e62_ -1
 pre_1_3_0 e65_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e68_ -1
 pre_1_3_1 e69_ -1
 pre_1_3_1 e72_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e19_ 1
 post_1_0_0 e20_ 1
 post_1_0_0 e21_ 1
 post_1_0_0 e22_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e26_ 1
 post_1_0_1 e27_ 1
 post_1_0_1 e28_ 1
 post_1_0_1 e29_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e33_ 1
 post_1_1_0 e34_ 1
 post_1_1_0 e35_ 1
 post_1_1_0 e36_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e40_ 1
 post_1_1_1 e41_ 1
 post_1_1_1 e42_ 1
 post_1_1_1 e43_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e47_ 1
 post_1_2_0 e48_ 1
 post_1_2_0 e49_ 1
 post_1_2_0 e50_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e54_ 1
 post_1_2_1 e55_ 1
 post_1_2_1 e56_ 1
 post_1_2_1 e57_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e61_ 1
 post_1_3_0 e62_ 1
 post_1_3_0 e63_ 1
 post_1_3_0 e64_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e68_ 1
 post_1_3_1 e69_ 1
 post_1_3_1 e70_ 1
 post_1_3_1 e71_ 1
 out_0_0 obj -2.75508591179074
 out_0_0 out_definition_0_0 1
 out_0_1 obj -0.36701850470161634
 out_0_1 out_definition_0_1 1
 out_1_0 obj -2.5252072894776822
 out_1_0 out_definition_1_0 1
 out_1_1 obj -0.05904837652895692
 out_1_1 out_definition_1_1 1
 out_2_0 obj -1.8519943522399531
 out_2_0 out_definition_2_0 1
 out_2_1 obj 1.6962513279216451
 out_2_1 out_definition_2_1 1
 out_3_0 obj -2.5981743226608423
 out_3_0 out_definition_3_0 1
 out_3_1 obj -0.2660348460339891
 out_3_1 out_definition_3_1 1
 M36 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e19_ -7.94291220769263
 relu_1_0_0_on_binary_indicator_var e20_ 15.88582441538526
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e22_ 7.94291220769263
 relu_1_0_0_off_binary_indicator_var e23_ 7.94291220769263
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e26_ -7.94291220769263
 relu_1_0_1_on_binary_indicator_var e27_ 15.88582441538526
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e29_ 7.94291220769263
 relu_1_0_1_off_binary_indicator_var e30_ 7.94291220769263
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e33_ -6.32399895496431
 relu_1_1_0_on_binary_indicator_var e34_ 12.64799790992862
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e36_ 6.32399895496431
 relu_1_1_0_off_binary_indicator_var e37_ 6.32399895496431
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e40_ -6.32399895496431
 relu_1_1_1_on_binary_indicator_var e41_ 12.64799790992862
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e43_ 6.32399895496431
 relu_1_1_1_off_binary_indicator_var e44_ 6.32399895496431
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e47_ -5.427840855593869
 relu_1_2_0_on_binary_indicator_var e48_ 10.855681711187739
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e50_ 5.427840855593869
 relu_1_2_0_off_binary_indicator_var e51_ 5.427840855593869
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e54_ -5.427840855593869
 relu_1_2_1_on_binary_indicator_var e55_ 10.855681711187739
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e57_ 5.427840855593869
 relu_1_2_1_off_binary_indicator_var e58_ 5.427840855593869
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e61_ -4.665605329589741
 relu_1_3_0_on_binary_indicator_var e62_ 9.331210659179481
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e64_ 4.665605329589741
 relu_1_3_0_off_binary_indicator_var e65_ 4.665605329589741
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e68_ -4.665605329589741
 relu_1_3_1_on_binary_indicator_var e69_ 9.331210659179481
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e71_ 4.665605329589741
 relu_1_3_1_off_binary_indicator_var e72_ 4.665605329589741
 M52 'MARKER' 'INTEND'
RHS
 rhs obj -6.808448882046558
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e19_ -7.94291220769263
 rhs e20_ 15.88582441538526
 rhs e22_ 7.94291220769263
 rhs e23_ 7.94291220769263
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e26_ -7.94291220769263
 rhs e27_ 15.88582441538526
 rhs e29_ 7.94291220769263
 rhs e30_ 7.94291220769263
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e33_ -6.32399895496431
 rhs e34_ 12.64799790992862
 rhs e36_ 6.32399895496431
 rhs e37_ 6.32399895496431
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e40_ -6.32399895496431
 rhs e41_ 12.64799790992862
 rhs e43_ 6.32399895496431
 rhs e44_ 6.32399895496431
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e47_ -5.427840855593869
 rhs e48_ 10.855681711187739
 rhs e50_ 5.427840855593869
 rhs e51_ 5.427840855593869
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e54_ -5.427840855593869
 rhs e55_ 10.855681711187739
 rhs e57_ 5.427840855593869
 rhs e58_ 5.427840855593869
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e61_ -4.665605329589741
 rhs e62_ 9.331210659179481
 rhs e64_ 4.665605329589741
 rhs e65_ 4.665605329589741
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e68_ -4.665605329589741
 rhs e69_ 9.331210659179481
 rhs e71_ 4.665605329589741
 rhs e72_ 4.665605329589741
BOUNDS
 LO bnd w_1_0_0 -3
 UP bnd w_1_0_0 3
 LO bnd w_1_0_1 -3
 UP bnd w_1_0_1 3
 LO bnd w_1_1_0 -3
 UP bnd w_1_1_0 3
 LO bnd w_1_1_1 -3
 UP bnd w_1_1_1 3
 LO bnd w_2_0_0 -3
 UP bnd w_2_0_0 3
 LO bnd w_2_0_1 -3
 UP bnd w_2_0_1 3
 LO bnd w_2_1_0 -3
 UP bnd w_2_1_0 3
 LO bnd w_2_1_1 -3
 UP bnd w_2_1_1 3
 LO bnd b_1_0 -3
 UP bnd b_1_0 3
 LO bnd b_1_1 -3
 UP bnd b_1_1 3
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd b_2_1 -3
 UP bnd b_2_1 3
 LO bnd pre_1_0_0 -7.94291220769263
 UP bnd pre_1_0_0 7.94291220769263
 LO bnd pre_1_0_1 -7.94291220769263
 UP bnd pre_1_0_1 7.94291220769263
 LO bnd pre_1_1_0 -6.32399895496431
 UP bnd pre_1_1_0 6.32399895496431
 LO bnd pre_1_1_1 -6.32399895496431
 UP bnd pre_1_1_1 6.32399895496431
 LO bnd pre_1_2_0 -5.427840855593869
 UP bnd pre_1_2_0 5.427840855593869
 LO bnd pre_1_2_1 -5.427840855593869
 UP bnd pre_1_2_1 5.427840855593869
 LO bnd pre_1_3_0 -4.665605329589741
 UP bnd pre_1_3_0 4.665605329589741
 LO bnd pre_1_3_1 -4.665605329589741
 UP bnd pre_1_3_1 4.665605329589741
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 7.94291220769263
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 7.94291220769263
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 6.32399895496431
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 6.32399895496431
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 5.427840855593869
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 5.427840855593869
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 4.665605329589741
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 4.665605329589741
 LO bnd out_0_0 -50.65747324615578
 UP bnd out_0_0 50.65747324615578
 LO bnd out_0_1 -50.65747324615578
 UP bnd out_0_1 50.65747324615578
 LO bnd out_1_0 -40.94399372978586
 UP bnd out_1_0 40.94399372978586
 LO bnd out_1_1 -40.94399372978586
 UP bnd out_1_1 40.94399372978586
 LO bnd out_2_0 -35.56704513356321
 UP bnd out_2_0 35.56704513356321
 LO bnd out_2_1 -35.56704513356321
 UP bnd out_2_1 35.56704513356321
 LO bnd out_3_0 -30.993631977538442
 UP bnd out_3_0 30.993631977538442
 LO bnd out_3_1 -30.993631977538442
 UP bnd out_3_1 30.993631977538442
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
 out_0_1 out_0_1 2
 out_1_0 out_1_0 2
 out_1_1 out_1_1 2
 out_2_0 out_2_0 2
 out_2_1 out_2_1 2
 out_3_0 out_3_0 2
 out_3_1 out_3_1 2
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
QCMATRIX out_definition_0_1
 w_2_1_0 post_1_0_0 -0.5
 post_1_0_0 w_2_1_0 -0.5
 w_2_1_1 post_1_0_1 -0.5
 post_1_0_1 w_2_1_1 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
QCMATRIX out_definition_1_1
 w_2_1_0 post_1_1_0 -0.5
 post_1_1_0 w_2_1_0 -0.5
 w_2_1_1 post_1_1_1 -0.5
 post_1_1_1 w_2_1_1 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
QCMATRIX out_definition_2_1
 w_2_1_0 post_1_2_0 -0.5
 post_1_2_0 w_2_1_0 -0.5
 w_2_1_1 post_1_2_1 -0.5
 post_1_2_1 w_2_1_1 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
QCMATRIX out_definition_3_1
 w_2_1_0 post_1_3_0 -0.5
 post_1_3_0 w_2_1_0 -0.5
 w_2_1_1 post_1_3_1 -0.5
 post_1_3_1 w_2_1_1 -0.5
ENDATA
