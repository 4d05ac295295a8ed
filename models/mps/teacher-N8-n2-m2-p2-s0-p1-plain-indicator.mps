* teacher-N8-n2-m2-p2-s0-p1-plain-indicator  (relu-opt library: teacher-N8-n2-m2-p2-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N8-n2-m2-p2-s0-p1-plain-indicator
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
 E pre_definition_1_6_0
 E pre_definition_1_6_1
 E pre_definition_1_7_0
 E pre_definition_1_7_1
 E out_definition_0_0
 E out_definition_0_1
 E out_definition_1_0
 E out_definition_1_1
 E out_definition_2_0
 E out_definition_2_1
 E out_definition_3_0
 E out_definition_3_1
 E out_definition_4_0
 E out_definition_4_1
 E out_definition_5_0
 E out_definition_5_1
 E out_definition_6_0
 E out_definition_6_1
 E out_definition_7_0
 E out_definition_7_1
 L relu_1_0_0_above_pre
 E relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor
 G e35_
 L e36_
 G e37_
 L e38_
 L e39_
 L relu_1_0_1_above_pre
 E relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor
 G e42_
 L e43_
 G e44_
 L e45_
 L e46_
 L relu_1_1_0_above_pre
 E relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor
 G e49_
 L e50_
 G e51_
 L e52_
 L e53_
 L relu_1_1_1_above_pre
 E relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor
 G e56_
 L e57_
 G e58_
 L e59_
 L e60_
 L relu_1_2_0_above_pre
 E relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor
 G e63_
 L e64_
 G e65_
 L e66_
 L e67_
 L relu_1_2_1_above_pre
 E relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor
 G e70_
 L e71_
 G e72_
 L e73_
 L e74_
 L relu_1_3_0_above_pre
 E relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor
 G e77_
 L e78_
 G e79_
 L e80_
 L e81_
 L relu_1_3_1_above_pre
 E relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor
 G e84_
 L e85_
 G e86_
 L e87_
 L e88_
 L relu_1_4_0_above_pre
 E relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor
 G e91_
 L e92_
 G e93_
 L e94_
 L e95_
 L relu_1_4_1_above_pre
 E relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor
 G e98_
 L e99_
 G e100_
 L e101_
 L e102_
 L relu_1_5_0_above_pre
 E relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor
 G e105_
 L e106_
 G e107_
 L e108_
 L e109_
 L relu_1_5_1_above_pre
 E relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor
 G e112_
 L e113_
 G e114_
 L e115_
 L e116_
 L relu_1_6_0_above_pre
 E relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor
 G e119_
 L e120_
 G e121_
 L e122_
 L e123_
 L relu_1_6_1_above_pre
 E relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor
 G e126_
 L e127_
 G e128_
 L e129_
 L e130_
 L relu_1_7_0_above_pre
 E relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor
 G e133_
 L e134_
 G e135_
 L e136_
 L e137_
 L relu_1_7_1_above_pre
 E relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor
 G e140_
 L e141_
 G e142_
 L e143_
 L e144_
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -0.7148085531751387
 w_1_0_0 pre_definition_1_1_0 -0.45931089285988813
 w_1_0_0 pre_definition_1_2_0 -0.7263578446997732
 w_1_0_0 pre_definition_1_3_0 0.40057621892523043
 w_1_0_0 pre_definition_1_4_0 0.9433606577090741
 w_1_0_0 pre_definition_1_5_0 -0.34124882938726064
 w_1_0_0 pre_definition_1_6_0 -0.2307702229625077
 w_1_0_0 pre_definition_1_7_0 -0.994419871578422
 w_1_0_1 pre_definition_1_0_0 0.9328288493890713
 w_1_0_1 pre_definition_1_1_0 0.648688758794882
 w_1_0_1 pre_definition_1_2_0 -0.08292244049818343
 w_1_0_1 pre_definition_1_3_0 0.1546255576046831
 w_1_0_1 pre_definition_1_4_0 0.7514334470008721
 w_1_0_1 pre_definition_1_5_0 -0.2943790231485002
 w_1_0_1 pre_definition_1_6_0 0.23264489147623313
 w_1_0_1 pre_definition_1_7_0 -0.9616706775524602
 w_1_1_0 pre_definition_1_0_1 -0.7148085531751387
 w_1_1_0 pre_definition_1_1_1 -0.45931089285988813
 w_1_1_0 pre_definition_1_2_1 -0.7263578446997732
 w_1_1_0 pre_definition_1_3_1 0.40057621892523043
 w_1_1_0 pre_definition_1_4_1 0.9433606577090741
 w_1_1_0 pre_definition_1_5_1 -0.34124882938726064
 w_1_1_0 pre_definition_1_6_1 -0.2307702229625077
 w_1_1_0 pre_definition_1_7_1 -0.994419871578422
 w_1_1_1 pre_definition_1_0_1 0.9328288493890713
 w_1_1_1 pre_definition_1_1_1 0.648688758794882
 w_1_1_1 pre_definition_1_2_1 -0.08292244049818343
 w_1_1_1 pre_definition_1_3_1 0.1546255576046831
 w_1_1_1 pre_definition_1_4_1 0.7514334470008721
 w_1_1_1 pre_definition_1_5_1 -0.2943790231485002
 w_1_1_1 pre_definition_1_6_1 0.23264489147623313
 w_1_1_1 pre_definition_1_7_1 -0.9616706775524602
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_1_0 obj 0
 w_2_1_1 obj 0
 b_1_0 pre_definition_1_0_0 -1
 b_1_0 pre_definition_1_1_0 -1
 b_1_0 pre_definition_1_2_0 -1
 b_1_0 pre_definition_1_3_0 -1
 b_1_0 pre_definition_1_4_0 -1
 b_1_0 pre_definition_1_5_0 -1
 b_1_0 pre_definition_1_6_0 -1
 b_1_0 pre_definition_1_7_0 -1
 b_1_1 pre_definition_1_0_1 -1
 b_1_1 pre_definition_1_1_1 -1
 b_1_1 pre_definition_1_2_1 -1
 b_1_1 pre_definition_1_3_1 -1
 b_1_1 pre_definition_1_4_1 -1
 b_1_1 pre_definition_1_5_1 -1
 b_1_1 pre_definition_1_6_1 -1
 b_1_1 pre_definition_1_7_1 -1
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
 b_2_0 out_definition_4_0 -1
 b_2_0 out_definition_5_0 -1
 b_2_0 out_definition_6_0 -1
 b_2_0 out_definition_7_0 -1
 b_2_1 out_definition_0_1 -1
 b_2_1 out_definition_1_1 -1
 b_2_1 out_definition_2_1 -1
 b_2_1 out_definition_3_1 -1
 b_2_1 out_definition_4_1 -1
 b_2_1 out_definition_5_1 -1
 b_2_1 out_definition_6_1 -1
 b_2_1 out_definition_7_1 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 e35_ -1
 pre_1_0_0 e36_ -1
 pre_1_0_0 e39_ 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 e42_ -1
 pre_1_0_1 e43_ -1
 pre_1_0_1 e46_ 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 e49_ -1
 pre_1_1_0 e50_ -1
 pre_1_1_0 e53_ 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 e56_ -1
 pre_1_1_1 e57_ -1
 pre_1_1_1 e60_ 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 e63_ -1
 pre_1_2_0 e64_ -1
 pre_1_2_0 e67_ 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 e70_ -1
 pre_1_2_1 e71_ -1
 pre_1_2_1 e74_ 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 e77_ -1
 pre_1_3_0 e78_ -1
 pre_1_3_0 e81_ 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 e84_ -1
 pre_1_3_1 e85_ -1
 pre_1_3_1 e88_ 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 e91_ -1
 pre_1_4_0 e92_ -1
 pre_1_4_0 e95_ 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 e98_ -1
 pre_1_4_1 e99_ -1
 pre_1_4_1 e102_ 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 e105_ -1
 pre_1_5_0 e106_ -1
 pre_1_5_0 e109_ 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 e112_ -1
 pre_1_5_1 e113_ -1
 pre_1_5_1 e116_ 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 e119_ -1
 pre_1_6_0 e120_ -1
 pre_1_6_0 e123_ 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 e126_ -1
 pre_1_6_1 e127_ -1
 pre_1_6_1 e130_ 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 e133_ -1
 pre_1_7_0 e134_ -1
 pre_1_7_0 e137_ 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 e140_ -1
 pre_1_7_1 e141_ -1
 pre_1_7_1 e144_ 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 e35_ 1
 post_1_0_0 e36_ 1
 post_1_0_0 e37_ 1
 post_1_0_0 e38_ 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 e42_ 1
 post_1_0_1 e43_ 1
 post_1_0_1 e44_ 1
 post_1_0_1 e45_ 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 e49_ 1
 post_1_1_0 e50_ 1
 post_1_1_0 e51_ 1
 post_1_1_0 e52_ 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 e56_ 1
 post_1_1_1 e57_ 1
 post_1_1_1 e58_ 1
 post_1_1_1 e59_ 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 e63_ 1
 post_1_2_0 e64_ 1
 post_1_2_0 e65_ 1
 post_1_2_0 e66_ 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 e70_ 1
 post_1_2_1 e71_ 1
 post_1_2_1 e72_ 1
 post_1_2_1 e73_ 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 e77_ 1
 post_1_3_0 e78_ 1
 post_1_3_0 e79_ 1
 post_1_3_0 e80_ 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 e84_ 1
 post_1_3_1 e85_ 1
 post_1_3_1 e86_ 1
 post_1_3_1 e87_ 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 e91_ 1
 post_1_4_0 e92_ 1
 post_1_4_0 e93_ 1
 post_1_4_0 e94_ 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 e98_ 1
 post_1_4_1 e99_ 1
 post_1_4_1 e100_ 1
 post_1_4_1 e101_ 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 e105_ 1
 post_1_5_0 e106_ 1
 post_1_5_0 e107_ 1
 post_1_5_0 e108_ 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 e112_ 1
 post_1_5_1 e113_ 1
 post_1_5_1 e114_ 1
 post_1_5_1 e115_ 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 e119_ 1
 post_1_6_0 e120_ 1
 post_1_6_0 e121_ 1
 post_1_6_0 e122_ 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 e126_ 1
 post_1_6_1 e127_ 1
 post_1_6_1 e128_ 1
 post_1_6_1 e129_ 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 e133_ 1
 post_1_7_0 e134_ 1
 post_1_7_0 e135_ 1
 post_1_7_0 e136_ 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 e140_ 1
 post_1_7_1 e141_ 1
 post_1_7_1 e142_ 1
 post_1_7_1 e143_ 1
 out_0_0 obj -2.6892476792460793
 out_0_0 out_definition_0_0 1
 out_0_1 obj -0.13776483528568906
 out_0_1 out_definition_0_1 1
 out_1_0 obj -2.4563225874672576
 out_1_0 out_definition_1_0 1
 out_1_1 obj 0.05308875246398964
 out_1_1 out_definition_1_1 1
 out_2_0 obj -1.6394553139266959
 out_2_0 out_definition_2_0 1
 out_2_1 obj 1.6068846705366586
 out_2_1 out_definition_2_1 1
 out_3_0 obj -2.789805997032872
 out_3_0 out_definition_3_0 1
 out_3_1 obj -0.5214544630936573
 out_3_1 out_definition_3_1 1
 out_4_0 obj -3.657086339436776
 out_4_0 out_definition_4_0 1
 out_4_1 obj -2.3179440958401725
 out_4_1 out_definition_4_1 1
 out_5_0 obj -1.8784276206113633
 out_5_0 out_definition_5_0 1
 out_5_1 obj 1.1923162564624679
 out_5_1 out_definition_5_1 1
 out_6_0 obj -2.1213297387323444
 out_6_0 out_definition_6_0 1
 out_6_1 obj 0.08778904237078244
 out_6_1 out_definition_6_1 1
 out_7_0 obj -1.7271597492759405
 out_7_0 out_definition_7_0 1
 out_7_1 obj 1.753184409531022
 out_7_1 out_definition_7_1 1
 M60 'MARKER' 'INTORG'
 relu_1_0_0_on_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_on_binary_indicator_var e35_ -7.94291220769263
 relu_1_0_0_on_binary_indicator_var e36_ 15.88582441538526
 relu_1_0_0_off_binary_indicator_var relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_0_off_binary_indicator_var e38_ 7.94291220769263
 relu_1_0_0_off_binary_indicator_var e39_ 7.94291220769263
 relu_1_0_1_on_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_on_binary_indicator_var e42_ -7.94291220769263
 relu_1_0_1_on_binary_indicator_var e43_ 15.88582441538526
 relu_1_0_1_off_binary_indicator_var relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_0_1_off_binary_indicator_var e45_ 7.94291220769263
 relu_1_0_1_off_binary_indicator_var e46_ 7.94291220769263
 relu_1_1_0_on_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_on_binary_indicator_var e49_ -6.32399895496431
 relu_1_1_0_on_binary_indicator_var e50_ 12.64799790992862
 relu_1_1_0_off_binary_indicator_var relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_0_off_binary_indicator_var e52_ 6.32399895496431
 relu_1_1_0_off_binary_indicator_var e53_ 6.32399895496431
 relu_1_1_1_on_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_on_binary_indicator_var e56_ -6.32399895496431
 relu_1_1_1_on_binary_indicator_var e57_ 12.64799790992862
 relu_1_1_1_off_binary_indicator_var relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_1_1_off_binary_indicator_var e59_ 6.32399895496431
 relu_1_1_1_off_binary_indicator_var e60_ 6.32399895496431
 relu_1_2_0_on_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_on_binary_indicator_var e63_ -5.427840855593869
 relu_1_2_0_on_binary_indicator_var e64_ 10.855681711187739
 relu_1_2_0_off_binary_indicator_var relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_0_off_binary_indicator_var e66_ 5.427840855593869
 relu_1_2_0_off_binary_indicator_var e67_ 5.427840855593869
 relu_1_2_1_on_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_on_binary_indicator_var e70_ -5.427840855593869
 relu_1_2_1_on_binary_indicator_var e71_ 10.855681711187739
 relu_1_2_1_off_binary_indicator_var relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_2_1_off_binary_indicator_var e73_ 5.427840855593869
 relu_1_2_1_off_binary_indicator_var e74_ 5.427840855593869
 relu_1_3_0_on_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_on_binary_indicator_var e77_ -4.665605329589741
 relu_1_3_0_on_binary_indicator_var e78_ 9.331210659179481
 relu_1_3_0_off_binary_indicator_var relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_0_off_binary_indicator_var e80_ 4.665605329589741
 relu_1_3_0_off_binary_indicator_var e81_ 4.665605329589741
 relu_1_3_1_on_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_on_binary_indicator_var e84_ -4.665605329589741
 relu_1_3_1_on_binary_indicator_var e85_ 9.331210659179481
 relu_1_3_1_off_binary_indicator_var relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_3_1_off_binary_indicator_var e87_ 4.665605329589741
 relu_1_3_1_off_binary_indicator_var e88_ 4.665605329589741
 relu_1_4_0_on_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_on_binary_indicator_var e91_ -8.084382314129838
 relu_1_4_0_on_binary_indicator_var e92_ 16.168764628259677
 relu_1_4_0_off_binary_indicator_var relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_0_off_binary_indicator_var e94_ 8.084382314129838
 relu_1_4_0_off_binary_indicator_var e95_ 8.084382314129838
 relu_1_4_1_on_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_on_binary_indicator_var e98_ -8.084382314129838
 relu_1_4_1_on_binary_indicator_var e99_ 16.168764628259677
 relu_1_4_1_off_binary_indicator_var relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_4_1_off_binary_indicator_var e101_ 8.084382314129838
 relu_1_4_1_off_binary_indicator_var e102_ 8.084382314129838
 relu_1_5_0_on_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_on_binary_indicator_var e105_ -4.906883557607283
 relu_1_5_0_on_binary_indicator_var e106_ 9.813767115214565
 relu_1_5_0_off_binary_indicator_var relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_0_off_binary_indicator_var e108_ 4.906883557607283
 relu_1_5_0_off_binary_indicator_var e109_ 4.906883557607283
 relu_1_5_1_on_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_on_binary_indicator_var e112_ -4.906883557607283
 relu_1_5_1_on_binary_indicator_var e113_ 9.813767115214565
 relu_1_5_1_off_binary_indicator_var relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_5_1_off_binary_indicator_var e115_ 4.906883557607283
 relu_1_5_1_off_binary_indicator_var e116_ 4.906883557607283
 relu_1_6_0_on_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_on_binary_indicator_var e119_ -4.390245343316223
 relu_1_6_0_on_binary_indicator_var e120_ 8.780490686632445
 relu_1_6_0_off_binary_indicator_var relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_0_off_binary_indicator_var e122_ 4.390245343316223
 relu_1_6_0_off_binary_indicator_var e123_ 4.390245343316223
 relu_1_6_1_on_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_on_binary_indicator_var e126_ -4.390245343316223
 relu_1_6_1_on_binary_indicator_var e127_ 8.780490686632445
 relu_1_6_1_off_binary_indicator_var relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_6_1_off_binary_indicator_var e129_ 4.390245343316223
 relu_1_6_1_off_binary_indicator_var e130_ 4.390245343316223
 relu_1_7_0_on_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_on_binary_indicator_var e133_ -8.868271647392646
 relu_1_7_0_on_binary_indicator_var e134_ 17.736543294785292
 relu_1_7_0_off_binary_indicator_var relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_0_off_binary_indicator_var e136_ 8.868271647392646
 relu_1_7_0_off_binary_indicator_var e137_ 8.868271647392646
 relu_1_7_1_on_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_on_binary_indicator_var e140_ -8.868271647392646
 relu_1_7_1_on_binary_indicator_var e141_ 17.736543294785292
 relu_1_7_1_off_binary_indicator_var relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 relu_1_7_1_off_binary_indicator_var e143_ 8.868271647392646
 relu_1_7_1_off_binary_indicator_var e144_ 8.868271647392646
 M92 'MARKER' 'INTEND'
RHS
 rhs obj -15.21848312125218
 rhs relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e35_ -7.94291220769263
 rhs e36_ 15.88582441538526
 rhs e38_ 7.94291220769263
 rhs e39_ 7.94291220769263
 rhs relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e42_ -7.94291220769263
 rhs e43_ 15.88582441538526
 rhs e45_ 7.94291220769263
 rhs e46_ 7.94291220769263
 rhs relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e49_ -6.32399895496431
 rhs e50_ 12.64799790992862
 rhs e52_ 6.32399895496431
 rhs e53_ 6.32399895496431
 rhs relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e56_ -6.32399895496431
 rhs e57_ 12.64799790992862
 rhs e59_ 6.32399895496431
 rhs e60_ 6.32399895496431
 rhs relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e63_ -5.427840855593869
 rhs e64_ 10.855681711187739
 rhs e66_ 5.427840855593869
 rhs e67_ 5.427840855593869
 rhs relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e70_ -5.427840855593869
 rhs e71_ 10.855681711187739
 rhs e73_ 5.427840855593869
 rhs e74_ 5.427840855593869
 rhs relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e77_ -4.665605329589741
 rhs e78_ 9.331210659179481
 rhs e80_ 4.665605329589741
 rhs e81_ 4.665605329589741
 rhs relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e84_ -4.665605329589741
 rhs e85_ 9.331210659179481
 rhs e87_ 4.665605329589741
 rhs e88_ 4.665605329589741
 rhs relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e91_ -8.084382314129838
 rhs e92_ 16.168764628259677
 rhs e94_ 8.084382314129838
 rhs e95_ 8.084382314129838
 rhs relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e98_ -8.084382314129838
 rhs e99_ 16.168764628259677
 rhs e101_ 8.084382314129838
 rhs e102_ 8.084382314129838
 rhs relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e105_ -4.906883557607283
 rhs e106_ 9.813767115214565
 rhs e108_ 4.906883557607283
 rhs e109_ 4.906883557607283
 rhs relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e112_ -4.906883557607283
 rhs e113_ 9.813767115214565
 rhs e115_ 4.906883557607283
 rhs e116_ 4.906883557607283
 rhs relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e119_ -4.390245343316223
 rhs e120_ 8.780490686632445
 rhs e122_ 4.390245343316223
 rhs e123_ 4.390245343316223
 rhs relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e126_ -4.390245343316223
 rhs e127_ 8.780490686632445
 rhs e129_ 4.390245343316223
 rhs e130_ 4.390245343316223
 rhs relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e133_ -8.868271647392646
 rhs e134_ 17.736543294785292
 rhs e136_ 8.868271647392646
 rhs e137_ 8.868271647392646
 rhs relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor 1
 rhs e140_ -8.868271647392646
 rhs e141_ 17.736543294785292
 rhs e143_ 8.868271647392646
 rhs e144_ 8.868271647392646
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
 LO bnd pre_1_4_0 -8.084382314129838
 UP bnd pre_1_4_0 8.084382314129838
 LO bnd pre_1_4_1 -8.084382314129838
 UP bnd pre_1_4_1 8.084382314129838
 LO bnd pre_1_5_0 -4.906883557607283
 UP bnd pre_1_5_0 4.906883557607283
 LO bnd pre_1_5_1 -4.906883557607283
 UP bnd pre_1_5_1 4.906883557607283
 LO bnd pre_1_6_0 -4.390245343316223
 UP bnd pre_1_6_0 4.390245343316223
 LO bnd pre_1_6_1 -4.390245343316223
 UP bnd pre_1_6_1 4.390245343316223
 LO bnd pre_1_7_0 -8.868271647392646
 UP bnd pre_1_7_0 8.868271647392646
 LO bnd pre_1_7_1 -8.868271647392646
 UP bnd pre_1_7_1 8.868271647392646
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
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 8.084382314129838
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 8.084382314129838
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 4.906883557607283
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 4.906883557607283
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 4.390245343316223
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 4.390245343316223
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 8.868271647392646
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 8.868271647392646
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
 LO bnd out_4_0 -51.506293884779026
 UP bnd out_4_0 51.506293884779026
 LO bnd out_4_1 -51.506293884779026
 UP bnd out_4_1 51.506293884779026
 LO bnd out_5_0 -32.441301345643694
 UP bnd out_5_0 32.441301345643694
 LO bnd out_5_1 -32.441301345643694
 UP bnd out_5_1 32.441301345643694
 LO bnd out_6_0 -29.341472059897335
 UP bnd out_6_0 29.341472059897335
 LO bnd out_6_1 -29.341472059897335
 UP bnd out_6_1 29.341472059897335
 LO bnd out_7_0 -56.20962988435588
 UP bnd out_7_0 56.20962988435588
 LO bnd out_7_1 -56.20962988435588
 UP bnd out_7_1 56.20962988435588
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
 BV bnd relu_1_6_0_on_binary_indicator_var
 BV bnd relu_1_6_0_off_binary_indicator_var
 BV bnd relu_1_6_1_on_binary_indicator_var
 BV bnd relu_1_6_1_off_binary_indicator_var
 BV bnd relu_1_7_0_on_binary_indicator_var
 BV bnd relu_1_7_0_off_binary_indicator_var
 BV bnd relu_1_7_1_on_binary_indicator_var
 BV bnd relu_1_7_1_off_binary_indicator_var
QUADOBJ
 out_0_0 out_0_0 2
 out_0_1 out_0_1 2
 out_1_0 out_1_0 2
 out_1_1 out_1_1 2
 out_2_0 out_2_0 2
 out_2_1 out_2_1 2
 out_3_0 out_3_0 2
 out_3_1 out_3_1 2
 out_4_0 out_4_0 2
 out_4_1 out_4_1 2
 out_5_0 out_5_0 2
 out_5_1 out_5_1 2
 out_6_0 out_6_0 2
 out_6_1 out_6_1 2
 out_7_0 out_7_0 2
 out_7_1 out_7_1 2
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
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
QCMATRIX out_definition_4_1
 w_2_1_0 post_1_4_0 -0.5
 post_1_4_0 w_2_1_0 -0.5
 w_2_1_1 post_1_4_1 -0.5
 post_1_4_1 w_2_1_1 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
QCMATRIX out_definition_5_1
 w_2_1_0 post_1_5_0 -0.5
 post_1_5_0 w_2_1_0 -0.5
 w_2_1_1 post_1_5_1 -0.5
 post_1_5_1 w_2_1_1 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
QCMATRIX out_definition_6_1
 w_2_1_0 post_1_6_0 -0.5
 post_1_6_0 w_2_1_0 -0.5
 w_2_1_1 post_1_6_1 -0.5
 post_1_6_1 w_2_1_1 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
QCMATRIX out_definition_7_1
 w_2_1_0 post_1_7_0 -0.5
 post_1_7_0 w_2_1_0 -0.5
 w_2_1_1 post_1_7_1 -0.5
 post_1_7_1 w_2_1_1 -0.5
ENDATA
