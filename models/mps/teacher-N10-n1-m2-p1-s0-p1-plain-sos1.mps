* teacher-N10-n1-m2-p1-s0-p1-plain-sos1  (relu-opt library: teacher-N10-n1-m2-p1-s0, problem 1, plain-sos1; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N10-n1-m2-p1-s0-p1-plain-sos1
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
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -0.4589931219679968
 w_1_0_0 pre_definition_1_1_0 -0.08724998293084574
 w_1_0_0 pre_definition_1_2_0 -0.8701448475755365
 w_1_0_0 pre_definition_1_3_0 -0.6317071082430643
 w_1_0_0 pre_definition_1_4_0 0.9945229996597038
 w_1_0_0 pre_definition_1_5_0 -0.7148085531751387
 w_1_0_0 pre_definition_1_6_0 0.9328288493890713
 w_1_0_0 pre_definition_1_7_0 -0.45931089285988813
 w_1_0_0 pre_definition_1_8_0 0.648688758794882
 w_1_0_0 pre_definition_1_9_0 -0.7263578446997732
 w_1_1_0 pre_definition_1_0_1 -0.4589931219679968
 w_1_1_0 pre_definition_1_1_1 -0.08724998293084574
 w_1_1_0 pre_definition_1_2_1 -0.8701448475755365
 w_1_1_0 pre_definition_1_3_1 -0.6317071082430643
 w_1_1_0 pre_definition_1_4_1 0.9945229996597038
 w_1_1_0 pre_definition_1_5_1 -0.7148085531751387
 w_1_1_0 pre_definition_1_6_1 0.9328288493890713
 w_1_1_0 pre_definition_1_7_1 -0.45931089285988813
 w_1_1_0 pre_definition_1_8_1 0.648688758794882
 w_1_1_0 pre_definition_1_9_1 -0.7263578446997732
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
 out_0_0 obj -0.36328307179488856
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.508869210343546
 out_1_0 out_definition_1_0 1
 out_2_0 obj -0.635045776957255
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.4008361704799126
 out_3_0 out_definition_3_0 1
 out_4_0 obj -0.6998357971786566
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.2935041683713967
 out_5_0 out_definition_5_0 1
 out_6_0 obj -0.4968451170873234
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.6072371393990812
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.44534556262089436
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.2778432531979578
 out_9_0 out_definition_9_0 1
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
RHS
 rhs obj -0.6054779087703878
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
 LO bnd pre_1_6_0 -5.798486548167213
 UP bnd pre_1_6_0 5.798486548167213
 LO bnd pre_1_6_1 -5.798486548167213
 UP bnd pre_1_6_1 5.798486548167213
 LO bnd pre_1_7_0 -4.377932678579665
 UP bnd pre_1_7_0 4.377932678579665
 LO bnd pre_1_7_1 -4.377932678579665
 UP bnd pre_1_7_1 4.377932678579665
 LO bnd pre_1_8_0 -4.946066276384646
 UP bnd pre_1_8_0 4.946066276384646
 LO bnd pre_1_8_1 -4.946066276384646
 UP bnd pre_1_8_1 4.946066276384646
 LO bnd pre_1_9_0 -5.179073534099319
 UP bnd pre_1_9_0 5.179073534099319
 LO bnd pre_1_9_1 -5.179073534099319
 UP bnd pre_1_9_1 5.179073534099319
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
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 5.798486548167213
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 5.798486548167213
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 4.377932678579665
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 4.377932678579665
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 4.946066276384646
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 4.946066276384646
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 5.179073534099319
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 5.179073534099319
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
 LO bnd out_6_0 -37.790919289003284
 UP bnd out_6_0 37.790919289003284
 LO bnd out_7_0 -29.26759607147799
 UP bnd out_7_0 29.26759607147799
 LO bnd out_8_0 -32.67639765830788
 UP bnd out_8_0 32.67639765830788
 LO bnd out_9_0 -34.074441204595914
 UP bnd out_9_0 34.074441204595914
 LO bnd relu_1_0_0_slack 0
 UP bnd relu_1_0_0_slack 4.37697936590399
 LO bnd relu_1_0_1_slack 0
 UP bnd relu_1_0_1_slack 4.37697936590399
 LO bnd relu_1_1_0_slack 0
 UP bnd relu_1_1_0_slack 3.261749948792537
 LO bnd relu_1_1_1_slack 0
 UP bnd relu_1_1_1_slack 3.261749948792537
 LO bnd relu_1_2_0_slack 0
 UP bnd relu_1_2_0_slack 5.610434542726609
 LO bnd relu_1_2_1_slack 0
 UP bnd relu_1_2_1_slack 5.610434542726609
 LO bnd relu_1_3_0_slack 0
 UP bnd relu_1_3_0_slack 4.8951213247291925
 LO bnd relu_1_3_1_slack 0
 UP bnd relu_1_3_1_slack 4.8951213247291925
 LO bnd relu_1_4_0_slack 0
 UP bnd relu_1_4_0_slack 5.983568998979111
 LO bnd relu_1_4_1_slack 0
 UP bnd relu_1_4_1_slack 5.983568998979111
 LO bnd relu_1_5_0_slack 0
 UP bnd relu_1_5_0_slack 5.144425659525416
 LO bnd relu_1_5_1_slack 0
 UP bnd relu_1_5_1_slack 5.144425659525416
 LO bnd relu_1_6_0_slack 0
 UP bnd relu_1_6_0_slack 5.798486548167213
 LO bnd relu_1_6_1_slack 0
 UP bnd relu_1_6_1_slack 5.798486548167213
 LO bnd relu_1_7_0_slack 0
 UP bnd relu_1_7_0_slack 4.377932678579665
 LO bnd relu_1_7_1_slack 0
 UP bnd relu_1_7_1_slack 4.377932678579665
 LO bnd relu_1_8_0_slack 0
 UP bnd relu_1_8_0_slack 4.946066276384646
 LO bnd relu_1_8_1_slack 0
 UP bnd relu_1_8_1_slack 4.946066276384646
 LO bnd relu_1_9_0_slack 0
 UP bnd relu_1_9_0_slack 5.179073534099319
 LO bnd relu_1_9_1_slack 0
 UP bnd relu_1_9_1_slack 5.179073534099319
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
ENDATA
