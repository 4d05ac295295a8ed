* teacher-N6-n1-m2-p1-s0-p1-plain-bigm  (relu-opt library: teacher-N6-n1-m2-p1-s0, problem 1, plain-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N6-n1-m2-p1-s0-p1-plain-bigm
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
 L relu_1_0_0_off_when_inactive
 L relu_1_0_0_pre_when_active
 L relu_1_0_1_above_pre
 L relu_1_0_1_off_when_inactive
 L relu_1_0_1_pre_when_active
 L relu_1_1_0_above_pre
 L relu_1_1_0_off_when_inactive
 L relu_1_1_0_pre_when_active
 L relu_1_1_1_above_pre
 L relu_1_1_1_off_when_inactive
 L relu_1_1_1_pre_when_active
 L relu_1_2_0_above_pre
 L relu_1_2_0_off_when_inactive
 L relu_1_2_0_pre_when_active
 L relu_1_2_1_above_pre
 L relu_1_2_1_off_when_inactive
 L relu_1_2_1_pre_when_active
 L relu_1_3_0_above_pre
 L relu_1_3_0_off_when_inactive
 L relu_1_3_0_pre_when_active
 L relu_1_3_1_above_pre
 L relu_1_3_1_off_when_inactive
 L relu_1_3_1_pre_when_active
 L relu_1_4_0_above_pre
 L relu_1_4_0_off_when_inactive
 L relu_1_4_0_pre_when_active
 L relu_1_4_1_above_pre
 L relu_1_4_1_off_when_inactive
 L relu_1_4_1_pre_when_active
 L relu_1_5_0_above_pre
 L relu_1_5_0_off_when_inactive
 L relu_1_5_0_pre_when_active
 L relu_1_5_1_above_pre
 L relu_1_5_1_off_when_inactive
 L relu_1_5_1_pre_when_active
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
 pre_1_0_0 relu_1_0_0_pre_when_active -1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 relu_1_0_1_pre_when_active -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 relu_1_1_0_pre_when_active -1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 relu_1_1_1_pre_when_active -1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 relu_1_2_0_pre_when_active -1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 relu_1_2_1_pre_when_active -1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 relu_1_3_0_pre_when_active -1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 relu_1_3_1_pre_when_active -1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 relu_1_4_0_pre_when_active -1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 relu_1_4_1_pre_when_active -1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 relu_1_5_0_pre_when_active -1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 relu_1_5_1_pre_when_active -1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 relu_1_0_0_off_when_inactive 1
 post_1_0_0 relu_1_0_0_pre_when_active 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 relu_1_0_1_off_when_inactive 1
 post_1_0_1 relu_1_0_1_pre_when_active 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 relu_1_1_0_off_when_inactive 1
 post_1_1_0 relu_1_1_0_pre_when_active 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 relu_1_1_1_off_when_inactive 1
 post_1_1_1 relu_1_1_1_pre_when_active 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 relu_1_2_0_off_when_inactive 1
 post_1_2_0 relu_1_2_0_pre_when_active 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 relu_1_2_1_off_when_inactive 1
 post_1_2_1 relu_1_2_1_pre_when_active 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 relu_1_3_0_off_when_inactive 1
 post_1_3_0 relu_1_3_0_pre_when_active 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 relu_1_3_1_off_when_inactive 1
 post_1_3_1 relu_1_3_1_pre_when_active 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 relu_1_4_0_off_when_inactive 1
 post_1_4_0 relu_1_4_0_pre_when_active 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 relu_1_4_1_off_when_inactive 1
 post_1_4_1 relu_1_4_1_pre_when_active 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 relu_1_5_0_off_when_inactive 1
 post_1_5_0 relu_1_5_0_pre_when_active 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 relu_1_5_1_off_when_inactive 1
 post_1_5_1 relu_1_5_1_pre_when_active 1
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
 relu_1_0_0_on relu_1_0_0_off_when_inactive -4.37697936590399
 relu_1_0_0_on relu_1_0_0_pre_when_active 4.37697936590399
 relu_1_0_1_on relu_1_0_1_off_when_inactive -4.37697936590399
 relu_1_0_1_on relu_1_0_1_pre_when_active 4.37697936590399
 relu_1_1_0_on relu_1_1_0_off_when_inactive -3.261749948792537
 relu_1_1_0_on relu_1_1_0_pre_when_active 3.261749948792537
 relu_1_1_1_on relu_1_1_1_off_when_inactive -3.261749948792537
 relu_1_1_1_on relu_1_1_1_pre_when_active 3.261749948792537
 relu_1_2_0_on relu_1_2_0_off_when_inactive -5.610434542726609
 relu_1_2_0_on relu_1_2_0_pre_when_active 5.610434542726609
 relu_1_2_1_on relu_1_2_1_off_when_inactive -5.610434542726609
 relu_1_2_1_on relu_1_2_1_pre_when_active 5.610434542726609
 relu_1_3_0_on relu_1_3_0_off_when_inactive -4.8951213247291925
 relu_1_3_0_on relu_1_3_0_pre_when_active 4.8951213247291925
 relu_1_3_1_on relu_1_3_1_off_when_inactive -4.8951213247291925
 relu_1_3_1_on relu_1_3_1_pre_when_active 4.8951213247291925
 relu_1_4_0_on relu_1_4_0_off_when_inactive -5.983568998979111
 relu_1_4_0_on relu_1_4_0_pre_when_active 5.983568998979111
 relu_1_4_1_on relu_1_4_1_off_when_inactive -5.983568998979111
 relu_1_4_1_on relu_1_4_1_pre_when_active 5.983568998979111
 relu_1_5_0_on relu_1_5_0_off_when_inactive -5.144425659525416
 relu_1_5_0_on relu_1_5_0_pre_when_active 5.144425659525416
 relu_1_5_1_on relu_1_5_1_off_when_inactive -5.144425659525416
 relu_1_5_1_on relu_1_5_1_pre_when_active 5.144425659525416
 M49 'MARKER' 'INTEND'
RHS
 rhs obj -0.18707037644434932
 rhs relu_1_0_0_pre_when_active 4.37697936590399
 rhs relu_1_0_1_pre_when_active 4.37697936590399
 rhs relu_1_1_0_pre_when_active 3.261749948792537
 rhs relu_1_1_1_pre_when_active 3.261749948792537
 rhs relu_1_2_0_pre_when_active 5.610434542726609
 rhs relu_1_2_1_pre_when_active 5.610434542726609
 rhs relu_1_3_0_pre_when_active 4.8951213247291925
 rhs relu_1_3_1_pre_when_active 4.8951213247291925
 rhs relu_1_4_0_pre_when_active 5.983568998979111
 rhs relu_1_4_1_pre_when_active 5.983568998979111
 rhs relu_1_5_0_pre_when_active 5.144425659525416
 rhs relu_1_5_1_pre_when_active 5.144425659525416
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
 BV bnd relu_1_0_0_on
 BV bnd relu_1_0_1_on
 BV bnd relu_1_1_0_on
 BV bnd relu_1_1_1_on
 BV bnd relu_1_2_0_on
 BV bnd relu_1_2_1_on
 BV bnd relu_1_3_0_on
 BV bnd relu_1_3_1_on
 BV bnd relu_1_4_0_on
 BV bnd relu_1_4_1_on
 BV bnd relu_1_5_0_on
 BV bnd relu_1_5_1_on
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
