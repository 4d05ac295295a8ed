* teacher-N6-n1-m2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N6-n1-m2-p1-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N6-n1-m2-p1-s0-p1-plain-indicator
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
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
 E out_definition_4_0
 E out_definition_5_0
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e21_
 L e22_
 G e23_
 L e24_
 L e25_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e28_
 L e29_
 G e30_
 L e31_
 L e32_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e35_
 L e36_
 G e37_
 L e38_
 L e39_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
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
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e56_
 L e57_
 G e58_
 L e59_
 L e60_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e63_
 L e64_
 G e65_
 L e66_
 L e67_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e70_
 L e71_
 G e72_
 L e73_
 L e74_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e77_
 L e78_
 G e79_
 L e80_
 L e81_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e84_
 L e85_
 G e86_
 L e87_
 L e88_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e91_
 L e92_
 G e93_
 L e94_
 L e95_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e98_
 L e99_
 G e100_
 L e101_
 L e102_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -0.4589931219679968
 w_1_0_0 pre_definition_1_1_0 -0.08724998293084574
 w_1_0_0 pre_definition_1_2_0 -0.8701448475755365
 w_1_0_0 pre_definition_1_3_0 -0.6317071082430643
 w_1_0_0 pre_definition_1_4_0 0.9945229996597038
 w_1_0_0 pre_definition_1_5_0 -0.7148085531751387
 w_1_1_0 pre_definition_1_0_1 -0.4589931219679968
 w_1_1_0 pre_definition_1_1_1 -0.08724998293084574
 w_1_1_0 pre_definition_1_2_1 -0.8701448475755365
 w_1_1_0 pre_definition_1_3_1 -0.6317071082430643
 w_1_1_0 pre_definition_1_4_1 0.9945229996597038
 w_1_1_0 pre_definition_1_5_1 -0.7148085531751387
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 b_1_0 pre_definition_1_0_0 -1
 b_1_0 pre_definition_1_1_0 -1
 b_1_0 pre_definition_1_2_0 -1
 b_1_0 pre_definition_1_3_0 -1
 b_1_0 pre_definition_1_4_0 -1
 b_1_0 pre_definition_1_5_0 -1
 b_1_1 pre_definition_1_0_1 -1
 b_1_1 pre_definition_1_1_1 -1
 b_1_1 pre_definition_1_2_1 -1
 b_1_1 pre_definition_1_3_1 -1
 b_1_1 pre_definition_1_4_1 -1
 b_1_1 pre_definition_1_5_1 -1
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
 b_2_0 out_definition_4_0 -1
 b_2_0 out_definition_5_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e21_ -1
 pre_1_0_0 e22_ -1
 pre_1_0_0 e25_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e28_ -1
 pre_1_0_1 e29_ -1
 pre_1_0_1 e32_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e35_ -1
 pre_1_1_0 e36_ -1
 pre_1_1_0 e39_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e42_ -1
 pre_1_1_1 e43_ -1
 pre_1_1_1 e46_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e49_ -1
 pre_1_2_0 e50_ -1
 pre_1_2_0 e53_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e56_ -1
 pre_1_2_1 e57_ -1
 pre_1_2_1 e60_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e63_ -1
 pre_1_3_0 e64_ -1
 pre_1_3_0 e67_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e70_ -1
 pre_1_3_1 e71_ -1
 pre_1_3_1 e74_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e77_ -1
 pre_1_4_0 e78_ -1
 pre_1_4_0 e81_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e84_ -1
 pre_1_4_1 e85_ -1
 pre_1_4_1 e88_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e91_ -1
 pre_1_5_0 e92_ -1
 pre_1_5_0 e95_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e98_ -1
 pre_1_5_1 e99_ -1
 pre_1_5_1 e102_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e21_ 1
 post_1_0_0 e22_ 1
 post_1_0_0 e23_ 1
 post_1_0_0 e24_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e28_ 1
 post_1_0_1 e29_ 1
 post_1_0_1 e30_ 1
 post_1_0_1 e31_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e35_ 1
 post_1_1_0 e36_ 1
 post_1_1_0 e37_ 1
 post_1_1_0 e38_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e42_ 1
 post_1_1_1 e43_ 1
 post_1_1_1 e44_ 1
 post_1_1_1 e45_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e49_ 1
 post_1_2_0 e50_ 1
 post_1_2_0 e51_ 1
 post_1_2_0 e52_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e56_ 1
 post_1_2_1 e57_ 1
 post_1_2_1 e58_ 1
 post_1_2_1 e59_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e63_ 1
 post_1_3_0 e64_ 1
 post_1_3_0 e65_ 1
 post_1_3_0 e66_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e70_ 1
 post_1_3_1 e71_ 1
 post_1_3_1 e72_ 1
 post_1_3_1 e73_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e77_ 1
 post_1_4_0 e78_ 1
 post_1_4_0 e79_ 1
 post_1_4_0 e80_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e84_ 1
 post_1_4_1 e85_ 1
 post_1_4_1 e86_ 1
 post_1_4_1 e87_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e91_ 1
 post_1_5_0 e92_ 1
 post_1_5_0 e93_ 1
 post_1_5_0 e94_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e98_ 1
 post_1_5_1 e99_ 1
 post_1_5_1 e100_ 1
 post_1_5_1 e101_ 1
 out_0_0 obj -0.3827847702822103
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.1773609136181064
 out_1_0 out_definition_1_0 1
 out_2_0 obj -0.2800896321280291
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.31769130649725746
 out_3_0 out_definition_3_0 1
 out_4_0 obj -0.36328307179488856
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.508869210343546
 out_5_0 out_definition_5_0 1
 M37 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e21_ -4.37697936590399
 relu_1_0_0_on_binary_indicator_var e22_ 8.75395873180798
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e24_ 4.37697936590399
 relu_1_0_0_off_binary_indicator_var e25_ 4.37697936590399
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e28_ -4.37697936590399
 relu_1_0_1_on_binary_indicator_var e29_ 8.75395873180798
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e31_ 4.37697936590399
 relu_1_0_1_off_binary_indicator_var e32_ 4.37697936590399
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e35_ -3.261749948792537
 relu_1_1_0_on_binary_indicator_var e36_ 6.523499897585074
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e38_ 3.261749948792537
 relu_1_1_0_off_binary_indicator_var e39_ 3.261749948792537
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e42_ -3.261749948792537
 relu_1_1_1_on_binary_indicator_var e43_ 6.523499897585074
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e45_ 3.261749948792537
 relu_1_1_1_off_binary_indicator_var e46_ 3.261749948792537
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e49_ -5.610434542726609
 relu_1_2_0_on_binary_indicator_var e50_ 11.220869085453218
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e52_ 5.610434542726609
 relu_1_2_0_off_binary_indicator_var e53_ 5.610434542726609
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e56_ -5.610434542726609
 relu_1_2_1_on_binary_indicator_var e57_ 11.220869085453218
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e59_ 5.610434542726609
 relu_1_2_1_off_binary_indicator_var e60_ 5.610434542726609
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e63_ -4.8951213247291925
 relu_1_3_0_on_binary_indicator_var e64_ 9.790242649458385
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e66_ 4.8951213247291925
 relu_1_3_0_off_binary_indicator_var e67_ 4.8951213247291925
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e70_ -4.8951213247291925
 relu_1_3_1_on_binary_indicator_var e71_ 9.790242649458385
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e73_ 4.8951213247291925
 relu_1_3_1_off_binary_indicator_var e74_ 4.8951213247291925
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e77_ -5.983568998979111
 relu_1_4_0_on_binary_indicator_var e78_ 11.967137997958222
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e80_ 5.983568998979111
 relu_1_4_0_off_binary_indicator_var e81_ 5.983568998979111
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e84_ -5.983568998979111
 relu_1_4_1_on_binary_indicator_var e85_ 11.967137997958222
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e87_ 5.983568998979111
 relu_1_4_1_off_binary_indicator_var e88_ 5.983568998979111
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e91_ -5.144425659525416
 relu_1_5_0_on_binary_indicator_var e92_ 10.288851319050831
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e94_ 5.144425659525416
 relu_1_5_0_off_binary_indicator_var e95_ 5.144425659525416
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e98_ -5.144425659525416
 relu_1_5_1_on_binary_indicator_var e99_ 10.288851319050831
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e101_ 5.144425659525416
 relu_1_5_1_off_binary_indicator_var e102_ 5.144425659525416
 M61 'MARKER' 'INTEND'
RHS
 rhs obj -0.18707037644434932
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e21_ -4.37697936590399
 rhs e22_ 8.75395873180798
 rhs e24_ 4.37697936590399
 rhs e25_ 4.37697936590399
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e28_ -4.37697936590399
 rhs e29_ 8.75395873180798
 rhs e31_ 4.37697936590399
 rhs e32_ 4.37697936590399
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e35_ -3.261749948792537
 rhs e36_ 6.523499897585074
 rhs e38_ 3.261749948792537
 rhs e39_ 3.261749948792537
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e42_ -3.261749948792537
 rhs e43_ 6.523499897585074
 rhs e45_ 3.261749948792537
 rhs e46_ 3.261749948792537
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e49_ -5.610434542726609
 rhs e50_ 11.220869085453218
 rhs e52_ 5.610434542726609
 rhs e53_ 5.610434542726609
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e56_ -5.610434542726609
 rhs e57_ 11.220869085453218
 rhs e59_ 5.610434542726609
 rhs e60_ 5.610434542726609
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e63_ -4.8951213247291925
 rhs e64_ 9.790242649458385
 rhs e66_ 4.8951213247291925
 rhs e67_ 4.8951213247291925
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e70_ -4.8951213247291925
 rhs e71_ 9.790242649458385
 rhs e73_ 4.8951213247291925
 rhs e74_ 4.8951213247291925
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e77_ -5.983568998979111
 rhs e78_ 11.967137997958222
 rhs e80_ 5.983568998979111
 rhs e81_ 5.983568998979111
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e84_ -5.983568998979111
 rhs e85_ 11.967137997958222
 rhs e87_ 5.983568998979111
 rhs e88_ 5.983568998979111
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e91_ -5.144425659525416
 rhs e92_ 10.288851319050831
 rhs e94_ 5.144425659525416
 rhs e95_ 5.144425659525416
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e98_ -5.144425659525416
 rhs e99_ 10.288851319050831
 rhs e101_ 5.144425659525416
 rhs e102_ 5.144425659525416
BOUNDS
 LO bnd w_1_0_0 -3
 UP bnd w_1_0_0 3
 LO bnd w_1_1_0 -3
 UP bnd w_1_1_0 3
 LO bnd w_2_0_0 -3
 UP bnd w_2_0_0 3
 LO bnd w_2_0_1 -3
 UP bnd w_2_0_1 3
 LO bnd b_1_0 -3
 UP bnd b_1_0 3
 LO bnd b_1_1 -3
 UP bnd b_1_1 3
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd pre_1_0_0 -4.37697936590399
 UP bnd pre_1_0_0 4.37697936590399
 LO bnd pre_1_0_1 -4.37697936590399
 UP bnd pre_1_0_1 4.37697936590399
 LO bnd pre_1_1_0 -3.261749948792537
 UP bnd pre_1_1_0 3.261749948792537
 LO bnd pre_1_1_1 -3.261749948792537
 UP bnd pre_1_1_1 3.261749948792537
 LO bnd pre_1_2_0 -5.610434542726609
 UP bnd pre_1_2_0 5.610434542726609
 LO bnd pre_1_2_1 -5.610434542726609
 UP bnd pre_1_2_1 5.610434542726609
 LO bnd pre_1_3_0 -4.8951213247291925
 UP bnd pre_1_3_0 4.8951213247291925
 LO bnd pre_1_3_1 -4.8951213247291925
 UP bnd pre_1_3_1 4.8951213247291925
 LO bnd pre_1_4_0 -5.983568998979111
 UP bnd pre_1_4_0 5.983568998979111
 LO bnd pre_1_4_1 -5.983568998979111
 UP bnd pre_1_4_1 5.983568998979111
 LO bnd pre_1_5_0 -5.144425659525416
 UP bnd pre_1_5_0 5.144425659525416
 LO bnd pre_1_5_1 -5.144425659525416
 UP bnd pre_1_5_1 5.144425659525416
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 4.37697936590399
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 4.37697936590399
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 3.261749948792537
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 3.261749948792537
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 5.610434542726609
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 5.610434542726609
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 4.8951213247291925
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 4.8951213247291925
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 5.983568998979111
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 5.983568998979111
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 5.144425659525416
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 5.144425659525416
 LO bnd out_0_0 -29.26187619542394
 UP bnd out_0_0 29.26187619542394
 LO bnd out_1_0 -22.57049969275522
 UP bnd out_1_0 22.57049969275522
 LO bnd out_2_0 -36.66260725635966
 UP bnd out_2_0 36.66260725635966
 LO bnd out_3_0 -32.370727948375155
 UP bnd out_3_0 32.370727948375155
 LO bnd out_4_0 -38.90141399387467
 UP bnd out_4_0 38.90141399387467
 LO bnd out_5_0 -33.86655395715249
 UP bnd out_5_0 33.86655395715249
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
 BV bnd relu_1_4_0_on_binary_indicator_var
 BV bnd relu_1_4_0_off_binary_indicator_var
 BV bnd relu_1_4_1_on_binary_indicator_var
 BV bnd relu_1_4_1_off_binary_indicator_var
 BV bnd relu_1_5_0_on_binary_indicator_var
 BV bnd relu_1_5_0_off_binary_indicator_var
 BV bnd relu_1_5_1_on_binary_indicator_var
 BV bnd relu_1_5_1_off_binary_indicator_var
QUADOBJ
 out_0_0 out_0_0 2
 out_1_0 out_1_0 2
 out_2_0 out_2_0 2
 out_3_0 out_3_0 2
 out_4_0 out_4_0 2
 out_5_0 out_5_0 2
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
ENDATA
