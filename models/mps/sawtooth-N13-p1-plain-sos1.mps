* sawtooth-N13-p1-plain-sos1  (relu-opt library: sawtooth-N13, problem 1, plain-sos1; {"hidden": [2], "bound": 4.0, "loss": "squared"})
NAME sawtooth-N13-p1-plain-sos1
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
 E pre_definition_1_8_0
 E pre_definition_1_8_1
 E pre_definition_1_9_0
 E pre_definition_1_9_1
 E pre_definition_1_10_0
 E pre_definition_1_10_1
 E pre_definition_1_11_0
 E pre_definition_1_11_1
 E pre_definition_1_12_0
 E pre_definition_1_12_1
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
 E out_definition_4_0
 E out_definition_5_0
 E out_definition_6_0
 E out_definition_7_0
 E out_definition_8_0
 E out_definition_9_0
 E out_definition_10_0
 E out_definition_11_0
 E out_definition_12_0
 E relu_1_0_0_slack_definition
 E relu_1_0_1_slack_definition
 E relu_1_1_0_slack_definition
 E relu_1_1_1_slack_definition
 E relu_1_2_0_slack_definition
 E relu_1_2_1_slack_definition
 E relu_1_3_0_slack_definition
 E relu_1_3_1_slack_definition
 E relu_1_4_0_slack_definition
 E relu_1_4_1_slack_definition
 E relu_1_5_0_slack_definition
 E relu_1_5_1_slack_definition
 E relu_1_6_0_slack_definition
 E relu_1_6_1_slack_definition
 E relu_1_7_0_slack_definition
 E relu_1_7_1_slack_definition
 E relu_1_8_0_slack_definition
 E relu_1_8_1_slack_definition
 E relu_1_9_0_slack_definition
 E relu_1_9_1_slack_definition
 E relu_1_10_0_slack_definition
 E relu_1_10_1_slack_definition
 E relu_1_11_0_slack_definition
 E relu_1_11_1_slack_definition
 E relu_1_12_0_slack_definition
 E relu_1_12_1_slack_definition
COLUMNS
 w_1_0_0 pre_definition_1_0_0 1
 w_1_0_0 pre_definition_1_1_0 0.8333333333333334
 w_1_0_0 pre_definition_1_2_0 0.6666666666666667
 w_1_0_0 pre_definition_1_3_0 0.5
 w_1_0_0 pre_definition_1_4_0 0.33333333333333337
 w_1_0_0 pre_definition_1_5_0 0.16666666666666674
 w_1_0_0 pre_definition_1_7_0 -0.16666666666666652
 w_1_0_0 pre_definition_1_8_0 -0.33333333333333326
 w_1_0_0 pre_definition_1_9_0 -0.5
 w_1_0_0 pre_definition_1_10_0 -0.6666666666666665
 w_1_0_0 pre_definition_1_11_0 -0.8333333333333333
 w_1_0_0 pre_definition_1_12_0 -1
 w_1_1_0 pre_definition_1_0_1 1
 w_1_1_0 pre_definition_1_1_1 0.8333333333333334
 w_1_1_0 pre_definition_1_2_1 0.6666666666666667
 w_1_1_0 pre_definition_1_3_1 0.5
 w_1_1_0 pre_definition_1_4_1 0.33333333333333337
 w_1_1_0 pre_definition_1_5_1 0.16666666666666674
 w_1_1_0 pre_definition_1_7_1 -0.16666666666666652
 w_1_1_0 pre_definition_1_8_1 -0.33333333333333326
 w_1_1_0 pre_definition_1_9_1 -0.5
 w_1_1_0 pre_definition_1_10_1 -0.6666666666666665
 w_1_1_0 pre_definition_1_11_1 -0.8333333333333333
 w_1_1_0 pre_definition_1_12_1 -1
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 b_1_0 pre_definition_1_0_0 -1
 b_1_0 pre_definition_1_1_0 -1
 b_1_0 pre_definition_1_2_0 -1
 b_1_0 pre_definition_1_3_0 -1
 b_1_0 pre_definition_1_4_0 -1
 b_1_0 pre_definition_1_5_0 -1
 b_1_0 pre_definition_1_6_0 -1
 b_1_0 pre_definition_1_7_0 -1
 b_1_0 pre_definition_1_8_0 -1
 b_1_0 pre_definition_1_9_0 -1
 b_1_0 pre_definition_1_10_0 -1
 b_1_0 pre_definition_1_11_0 -1
 b_1_0 pre_definition_1_12_0 -1
 b_1_1 pre_definition_1_0_1 -1
 b_1_1 pre_definition_1_1_1 -1
 b_1_1 pre_definition_1_2_1 -1
 b_1_1 pre_definition_1_3_1 -1
 b_1_1 pre_definition_1_4_1 -1
 b_1_1 pre_definition_1_5_1 -1
 b_1_1 pre_definition_1_6_1 -1
 b_1_1 pre_definition_1_7_1 -1
 b_1_1 pre_definition_1_8_1 -1
 b_1_1 pre_definition_1_9_1 -1
 b_1_1 pre_definition_1_10_1 -1
 b_1_1 pre_definition_1_11_1 -1
 b_1_1 pre_definition_1_12_1 -1
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
 b_2_0 out_definition_4_0 -1
 b_2_0 out_definition_5_0 -1
 b_2_0 out_definition_6_0 -1
 b_2_0 out_definition_7_0 -1
 b_2_0 out_definition_8_0 -1
 b_2_0 out_definition_9_0 -1
 b_2_0 out_definition_10_0 -1
 b_2_0 out_definition_11_0 -1
 b_2_0 out_definition_12_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_slack_definition 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_slack_definition 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_slack_definition 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_slack_definition 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_slack_definition 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_slack_definition 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_slack_definition 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_slack_definition 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_slack_definition 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_slack_definition 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_slack_definition 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_slack_definition 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_slack_definition 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_slack_definition 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_slack_definition 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_slack_definition 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_slack_definition 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_slack_definition 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_slack_definition 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_slack_definition 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_slack_definition 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_slack_definition 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_slack_definition 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_slack_definition 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_slack_definition 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_slack_definition 1
 post_1_0_0 relu_1_0_0_slack_definition -1
 post_1_0_1 relu_1_0_1_slack_definition -1
 post_1_1_0 relu_1_1_0_slack_definition -1
 post_1_1_1 relu_1_1_1_slack_definition -1
 post_1_2_0 relu_1_2_0_slack_definition -1
 post_1_2_1 relu_1_2_1_slack_definition -1
 post_1_3_0 relu_1_3_0_slack_definition -1
 post_1_3_1 relu_1_3_1_slack_definition -1
 post_1_4_0 relu_1_4_0_slack_definition -1
 post_1_4_1 relu_1_4_1_slack_definition -1
 post_1_5_0 relu_1_5_0_slack_definition -1
 post_1_5_1 relu_1_5_1_slack_definition -1
 post_1_6_0 relu_1_6_0_slack_definition -1
 post_1_6_1 relu_1_6_1_slack_definition -1
 post_1_7_0 relu_1_7_0_slack_definition -1
 post_1_7_1 relu_1_7_1_slack_definition -1
 post_1_8_0 relu_1_8_0_slack_definition -1
 post_1_8_1 relu_1_8_1_slack_definition -1
 post_1_9_0 relu_1_9_0_slack_definition -1
 post_1_9_1 relu_1_9_1_slack_definition -1
 post_1_10_0 relu_1_10_0_slack_definition -1
 post_1_10_1 relu_1_10_1_slack_definition -1
 post_1_11_0 relu_1_11_0_slack_definition -1
 post_1_11_1 relu_1_11_1_slack_definition -1
 post_1_12_0 relu_1_12_0_slack_definition -1
 post_1_12_1 relu_1_12_1_slack_definition -1
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.6666666666666665
 out_1_0 out_definition_1_0 1
 out_2_0 obj -1.333333333333333
 out_2_0 out_definition_2_0 1
 out_3_0 obj 2
 out_3_0 out_definition_3_0 1
 out_4_0 obj 1.3333333333333335
 out_4_0 out_definition_4_0 1
 out_5_0 obj 0.666666666666667
 out_5_0 out_definition_5_0 1
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.6666666666666661
 out_7_0 out_definition_7_0 1
 out_8_0 obj -1.333333333333333
 out_8_0 out_definition_8_0 1
 out_9_0 obj 2
 out_9_0 out_definition_9_0 1
 out_10_0 obj 1.333333333333334
 out_10_0 out_definition_10_0 1
 out_11_0 obj 0.666666666666667
 out_11_0 out_definition_11_0 1
 out_12_0 out_definition_12_0 1
 relu_1_0_0_slack relu_1_0_0_slack_definition 1
 relu_1_0_1_slack relu_1_0_1_slack_definition 1
 relu_1_1_0_slack relu_1_1_0_slack_definition 1
 relu_1_1_1_slack relu_1_1_1_slack_definition 1
 relu_1_2_0_slack relu_1_2_0_slack_definition 1
 relu_1_2_1_slack relu_1_2_1_slack_definition 1
 relu_1_3_0_slack relu_1_3_0_slack_definition 1
 relu_1_3_1_slack relu_1_3_1_slack_definition 1
 relu_1_4_0_slack relu_1_4_0_slack_definition 1
 relu_1_4_1_slack relu_1_4_1_slack_definition 1
 relu_1_5_0_slack relu_1_5_0_slack_definition 1
 relu_1_5_1_slack relu_1_5_1_slack_definition 1
 relu_1_6_0_slack relu_1_6_0_slack_definition 1
 relu_1_6_1_slack relu_1_6_1_slack_definition 1
 relu_1_7_0_slack relu_1_7_0_slack_definition 1
 relu_1_7_1_slack relu_1_7_1_slack_definition 1
 relu_1_8_0_slack relu_1_8_0_slack_definition 1
 relu_1_8_1_slack relu_1_8_1_slack_definition 1
 relu_1_9_0_slack relu_1_9_0_slack_definition 1
 relu_1_9_1_slack relu_1_9_1_slack_definition 1
 relu_1_10_0_slack relu_1_10_0_slack_definition 1
 relu_1_10_1_slack relu_1_10_1_slack_definition 1
 relu_1_11_0_slack relu_1_11_0_slack_definition 1
 relu_1_11_1_slack relu_1_11_1_slack_definition 1
 relu_1_12_0_slack relu_1_12_0_slack_definition 1
 relu_1_12_1_slack relu_1_12_1_slack_definition 1
RHS
 rhs obj -4.222222222222222
BOUNDS
 LO bnd w_1_0_0 -4
 UP bnd w_1_0_0 4
 LO bnd w_1_1_0 -4
 UP bnd w_1_1_0 4
 LO bnd w_2_0_0 -4
 UP bnd w_2_0_0 4
 LO bnd w_2_0_1 -4
 UP bnd w_2_0_1 4
 LO bnd b_1_0 -4
 UP bnd b_1_0 4
 LO bnd b_1_1 -4
 UP bnd b_1_1 4
 LO bnd b_2_0 -4
 UP bnd b_2_0 4
 LO bnd pre_1_0_0 -8
 UP bnd pre_1_0_0 8
 LO bnd pre_1_0_1 -8
 UP bnd pre_1_0_1 8
 LO bnd pre_1_1_0 -7.333333333333334
 UP bnd pre_1_1_0 7.333333333333334
 LO bnd pre_1_1_1 -7.333333333333334
 UP bnd pre_1_1_1 7.333333333333334
 LO bnd pre_1_2_0 -6.666666666666667
 UP bnd pre_1_2_0 6.666666666666667
 LO bnd pre_1_2_1 -6.666666666666667
 UP bnd pre_1_2_1 6.666666666666667
 LO bnd pre_1_3_0 -6
 UP bnd pre_1_3_0 6
 LO bnd pre_1_3_1 -6
 UP bnd pre_1_3_1 6
 LO bnd pre_1_4_0 -5.333333333333334
 UP bnd pre_1_4_0 5.333333333333334
 LO bnd pre_1_4_1 -5.333333333333334
 UP bnd pre_1_4_1 5.333333333333334
 LO bnd pre_1_5_0 -4.666666666666667
 UP bnd pre_1_5_0 4.666666666666667
 LO bnd pre_1_5_1 -4.666666666666667
 UP bnd pre_1_5_1 4.666666666666667
 LO bnd pre_1_6_0 -4
 UP bnd pre_1_6_0 4
 LO bnd pre_1_6_1 -4
 UP bnd pre_1_6_1 4
 LO bnd pre_1_7_0 -4.666666666666666
 UP bnd pre_1_7_0 4.666666666666666
 LO bnd pre_1_7_1 -4.666666666666666
 UP bnd pre_1_7_1 4.666666666666666
 LO bnd pre_1_8_0 -5.333333333333333
 UP bnd pre_1_8_0 5.333333333333333
 LO bnd pre_1_8_1 -5.333333333333333
 UP bnd pre_1_8_1 5.333333333333333
 LO bnd pre_1_9_0 -6
 UP bnd pre_1_9_0 6
 LO bnd pre_1_9_1 -6
 UP bnd pre_1_9_1 6
 LO bnd pre_1_10_0 -6.666666666666666
 UP bnd pre_1_10_0 6.666666666666666
 LO bnd pre_1_10_1 -6.666666666666666
 UP bnd pre_1_10_1 6.666666666666666
 LO bnd pre_1_11_0 -7.333333333333333
 UP bnd pre_1_11_0 7.333333333333333
 LO bnd pre_1_11_1 -7.333333333333333
 UP bnd pre_1_11_1 7.333333333333333
 LO bnd pre_1_12_0 -8
 UP bnd pre_1_12_0 8
 LO bnd pre_1_12_1 -8
 UP bnd pre_1_12_1 8
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 8
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 8
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 7.333333333333334
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 7.333333333333334
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 6.666666666666667
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 6.666666666666667
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 6
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 5.333333333333334
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 5.333333333333334
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 4.666666666666667
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 4.666666666666667
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 4
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 4
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 4.666666666666666
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 4.666666666666666
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 5.333333333333333
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 5.333333333333333
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 6
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 6
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 6.666666666666666
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 6.666666666666666
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 7.333333333333333
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 7.333333333333333
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 8
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 8
 LO bnd out_0_0 -68
 UP bnd out_0_0 68
 LO bnd out_1_0 -62.66666666666667
 UP bnd out_1_0 62.66666666666667
 LO bnd out_2_0 -57.333333333333336
 UP bnd out_2_0 57.333333333333336
 LO bnd out_3_0 -52
 UP bnd out_3_0 52
 LO bnd out_4_0 -46.66666666666667
 UP bnd out_4_0 46.66666666666667
 LO bnd out_5_0 -41.333333333333336
 UP bnd out_5_0 41.333333333333336
 LO bnd out_6_0 -36
 UP bnd out_6_0 36
 LO bnd out_7_0 -41.33333333333333
 UP bnd out_7_0 41.33333333333333
 LO bnd out_8_0 -46.666666666666664
 UP bnd out_8_0 46.666666666666664
 LO bnd out_9_0 -52
 UP bnd out_9_0 52
 LO bnd out_10_0 -57.33333333333333
 UP bnd out_10_0 57.33333333333333
 LO bnd out_11_0 -62.666666666666664
 UP bnd out_11_0 62.666666666666664
 LO bnd out_12_0 -68
 UP bnd out_12_0 68
 LO bnd relu_1_0_0_slack 0
 UP bnd relu_1_0_0_slack 8
 LO bnd relu_1_0_1_slack 0
 UP bnd relu_1_0_1_slack 8
 LO bnd relu_1_1_0_slack 0
 UP bnd relu_1_1_0_slack 7.333333333333334
 LO bnd relu_1_1_1_slack 0
 UP bnd relu_1_1_1_slack 7.333333333333334
 LO bnd relu_1_2_0_slack 0
 UP bnd relu_1_2_0_slack 6.666666666666667
 LO bnd relu_1_2_1_slack 0
 UP bnd relu_1_2_1_slack 6.666666666666667
 LO bnd relu_1_3_0_slack 0
 UP bnd relu_1_3_0_slack 6
 LO bnd relu_1_3_1_slack 0
 UP bnd relu_1_3_1_slack 6
 LO bnd relu_1_4_0_slack 0
 UP bnd relu_1_4_0_slack 5.333333333333334
 LO bnd relu_1_4_1_slack 0
 UP bnd relu_1_4_1_slack 5.333333333333334
 LO bnd relu_1_5_0_slack 0
 UP bnd relu_1_5_0_slack 4.666666666666667
 LO bnd relu_1_5_1_slack 0
 UP bnd relu_1_5_1_slack 4.666666666666667
 LO bnd relu_1_6_0_slack 0
 UP bnd relu_1_6_0_slack 4
 LO bnd relu_1_6_1_slack 0
 UP bnd relu_1_6_1_slack 4
 LO bnd relu_1_7_0_slack 0
 UP bnd relu_1_7_0_slack 4.666666666666666
 LO bnd relu_1_7_1_slack 0
 UP bnd relu_1_7_1_slack 4.666666666666666
 LO bnd relu_1_8_0_slack 0
 UP bnd relu_1_8_0_slack 5.333333333333333
 LO bnd relu_1_8_1_slack 0
 UP bnd relu_1_8_1_slack 5.333333333333333
 LO bnd relu_1_9_0_slack 0
 UP bnd relu_1_9_0_slack 6
 LO bnd relu_1_9_1_slack 0
 UP bnd relu_1_9_1_slack 6
 LO bnd relu_1_10_0_slack 0
 UP bnd relu_1_10_0_slack 6.666666666666666
 LO bnd relu_1_10_1_slack 0
 UP bnd relu_1_10_1_slack 6.666666666666666
 LO bnd relu_1_11_0_slack 0
 UP bnd relu_1_11_0_slack 7.333333333333333
 LO bnd relu_1_11_1_slack 0
 UP bnd relu_1_11_1_slack 7.333333333333333
 LO bnd relu_1_12_0_slack 0
 UP bnd relu_1_12_0_slack 8
 LO bnd relu_1_12_1_slack 0
 UP bnd relu_1_12_1_slack 8
SOS
 S1 SOS s1 1
    post_1_0_0 1
    relu_1_0_0_slack 2
 S1 SOS s2 1
    post_1_0_1 1
    relu_1_0_1_slack 2
 S1 SOS s3 1
    post_1_1_0 1
    relu_1_1_0_slack 2
 S1 SOS s4 1
    post_1_1_1 1
    relu_1_1_1_slack 2
 S1 SOS s5 1
    post_1_2_0 1
    relu_1_2_0_slack 2
 S1 SOS s6 1
    post_1_2_1 1
    relu_1_2_1_slack 2
 S1 SOS s7 1
    post_1_3_0 1
    relu_1_3_0_slack 2
 S1 SOS s8 1
    post_1_3_1 1
    relu_1_3_1_slack 2
 S1 SOS s9 1
    post_1_4_0 1
    relu_1_4_0_slack 2
 S1 SOS s10 1
    post_1_4_1 1
    relu_1_4_1_slack 2
 S1 SOS s11 1
    post_1_5_0 1
    relu_1_5_0_slack 2
 S1 SOS s12 1
    post_1_5_1 1
    relu_1_5_1_slack 2
 S1 SOS s13 1
    post_1_6_0 1
    relu_1_6_0_slack 2
 S1 SOS s14 1
    post_1_6_1 1
    relu_1_6_1_slack 2
 S1 SOS s15 1
    post_1_7_0 1
    relu_1_7_0_slack 2
 S1 SOS s16 1
    post_1_7_1 1
    relu_1_7_1_slack 2
 S1 SOS s17 1
    post_1_8_0 1
    relu_1_8_0_slack 2
 S1 SOS s18 1
    post_1_8_1 1
    relu_1_8_1_slack 2
 S1 SOS s19 1
    post_1_9_0 1
    relu_1_9_0_slack 2
 S1 SOS s20 1
    post_1_9_1 1
    relu_1_9_1_slack 2
 S1 SOS s21 1
    post_1_10_0 1
    relu_1_10_0_slack 2
 S1 SOS s22 1
    post_1_10_1 1
    relu_1_10_1_slack 2
 S1 SOS s23 1
    post_1_11_0 1
    relu_1_11_0_slack 2
 S1 SOS s24 1
    post_1_11_1 1
    relu_1_11_1_slack 2
 S1 SOS s25 1
    post_1_12_0 1
    relu_1_12_0_slack 2
 S1 SOS s26 1
    post_1_12_1 1
    relu_1_12_1_slack 2
QUADOBJ
 out_0_0 out_0_0 2
 out_1_0 out_1_0 2
 out_2_0 out_2_0 2
 out_3_0 out_3_0 2
 out_4_0 out_4_0 2
 out_5_0 out_5_0 2
 out_6_0 out_6_0 2
 out_7_0 out_7_0 2
 out_8_0 out_8_0 2
 out_9_0 out_9_0 2
 out_10_0 out_10_0 2
 out_11_0 out_11_0 2
 out_12_0 out_12_0 2
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
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
QCMATRIX out_definition_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
QCMATRIX out_definition_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
QCMATRIX out_definition_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
QCMATRIX out_definition_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
QCMATRIX out_definition_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
ENDATA
