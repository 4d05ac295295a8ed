* teacher-N8-n2-m2-p2-s0-p1-plain-sos1  (relu-opt library: teacher-N8-n2-m2-p2-s0, problem 1, plain-sos1; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N8-n2-m2-p2-s0-p1-plain-sos1
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
RHS
 rhs obj -15.21848312125218
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
 LO bnd relu_1_0_0_slack 0
 UP bnd relu_1_0_0_slack 7.94291220769263
 LO bnd relu_1_0_1_slack 0
 UP bnd relu_1_0_1_slack 7.94291220769263
 LO bnd relu_1_1_0_slack 0
 UP bnd relu_1_1_0_slack 6.32399895496431
 LO bnd relu_1_1_1_slack 0
 UP bnd relu_1_1_1_slack 6.32399895496431
 LO bnd relu_1_2_0_slack 0
 UP bnd relu_1_2_0_slack 5.427840855593869
 LO bnd relu_1_2_1_slack 0
 UP bnd relu_1_2_1_slack 5.427840855593869
 LO bnd relu_1_3_0_slack 0
 UP bnd relu_1_3_0_slack 4.665605329589741
 LO bnd relu_1_3_1_slack 0
 UP bnd relu_1_3_1_slack 4.665605329589741
 LO bnd relu_1_4_0_slack 0
 UP bnd relu_1_4_0_slack 8.084382314129838
 LO bnd relu_1_4_1_slack 0
 UP bnd relu_1_4_1_slack 8.084382314129838
 LO bnd relu_1_5_0_slack 0
 UP bnd relu_1_5_0_slack 4.906883557607283
 LO bnd relu_1_5_1_slack 0
 UP bnd relu_1_5_1_slack 4.906883557607283
 LO bnd relu_1_6_0_slack 0
 UP bnd relu_1_6_0_slack 4.390245343316223
 LO bnd relu_1_6_1_slack 0
 UP bnd relu_1_6_1_slack 4.390245343316223
 LO bnd relu_1_7_0_slack 0
 UP bnd relu_1_7_0_slack 8.868271647392646
 LO bnd relu_1_7_1_slack 0
 UP bnd relu_1_7_1_slack 8.868271647392646
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
