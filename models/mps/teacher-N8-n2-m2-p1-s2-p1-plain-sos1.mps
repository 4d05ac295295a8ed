* teacher-N8-n2-m2-p1-s2-p1-plain-sos1  (relu-opt library: teacher-N8-n2-m2-p1-s2, problem 1, plain-sos1; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N8-n2-m2-p1-s2-p1-plain-sos1
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
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
 E out_definition_4_0
 E out_definition_5_0
 E out_definition_6_0
 E out_definition_7_0
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
 w_1_0_0 pre_definition_1_0_0 -0.31486602975118516
 w_1_0_0 pre_definition_1_1_0 0.6998754733893278
 w_1_0_0 pre_definition_1_2_0 -0.3385945971490405
 w_1_0_0 pre_definition_1_3_0 -0.2663687985482328
 w_1_0_0 pre_definition_1_4_0 -0.36612964461925057
 w_1_0_0 pre_definition_1_5_0 0.6254948605598039
 w_1_0_0 pre_definition_1_6_0 -0.022131947139154118
 w_1_0_0 pre_definition_1_7_0 -0.5511278849453789
 w_1_0_1 pre_definition_1_0_0 -0.124531325560856
 w_1_0_1 pre_definition_1_1_0 0.13473841839042566
 w_1_0_1 pre_definition_1_2_0 0.15443065345974438
 w_1_0_1 pre_definition_1_3_0 -0.9348719049873533
 w_1_0_1 pre_definition_1_4_0 0.21675033383994768
 w_1_0_1 pre_definition_1_5_0 0.3080786688565338
 w_1_0_1 pre_definition_1_6_0 -0.7824188190011583
 w_1_0_1 pre_definition_1_7_0 0.36370679876925127
 w_1_1_0 pre_definition_1_0_1 -0.31486602975118516
 w_1_1_0 pre_definition_1_1_1 0.6998754733893278
 w_1_1_0 pre_definition_1_2_1 -0.3385945971490405
 w_1_1_0 pre_definition_1_3_1 -0.2663687985482328
 w_1_1_0 pre_definition_1_4_1 -0.36612964461925057
 w_1_1_0 pre_definition_1_5_1 0.6254948605598039
 w_1_1_0 pre_definition_1_6_1 -0.022131947139154118
 w_1_1_0 pre_definition_1_7_1 -0.5511278849453789
 w_1_1_1 pre_definition_1_0_1 -0.124531325560856
 w_1_1_1 pre_definition_1_1_1 0.13473841839042566
 w_1_1_1 pre_definition_1_2_1 0.15443065345974438
 w_1_1_1 pre_definition_1_3_1 -0.9348719049873533
 w_1_1_1 pre_definition_1_4_1 0.21675033383994768
 w_1_1_1 pre_definition_1_5_1 0.3080786688565338
 w_1_1_1 pre_definition_1_6_1 -0.7824188190011583
 w_1_1_1 pre_definition_1_7_1 0.36370679876925127
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
 out_0_0 obj 1.7281436087378315
 out_0_0 out_definition_0_0 1
 out_1_0 obj 1.4495064420549233
 out_1_0 out_definition_1_0 1
 out_2_0 obj 2.7702350353169383
 out_2_0 out_definition_2_0 1
 out_3_0 obj 1.2460048218067439
 out_3_0 out_definition_3_0 1
 out_4_0 obj 2.879777114055629
 out_4_0 out_definition_4_0 1
 out_5_0 obj 2.0704155707213916
 out_5_0 out_definition_5_0 1
 out_6_0 obj 0.8743793968810339
 out_6_0 out_definition_6_0 1
 out_7_0 obj 2.7472719349746058
 out_7_0 out_definition_7_0 1
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
 rhs obj -8.801514675339137
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
 LO bnd b_1_0 -3
 UP bnd b_1_0 3
 LO bnd b_1_1 -3
 UP bnd b_1_1 3
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd pre_1_0_0 -4.318192065936124
 UP bnd pre_1_0_0 4.318192065936124
 LO bnd pre_1_0_1 -4.318192065936124
 UP bnd pre_1_0_1 4.318192065936124
 LO bnd pre_1_1_0 -5.5038416753392605
 UP bnd pre_1_1_0 5.5038416753392605
 LO bnd pre_1_1_1 -5.5038416753392605
 UP bnd pre_1_1_1 5.5038416753392605
 LO bnd pre_1_2_0 -4.479075751826355
 UP bnd pre_1_2_0 4.479075751826355
 LO bnd pre_1_2_1 -4.479075751826355
 UP bnd pre_1_2_1 4.479075751826355
 LO bnd pre_1_3_0 -6.603722110606759
 UP bnd pre_1_3_0 6.603722110606759
 LO bnd pre_1_3_1 -6.603722110606759
 UP bnd pre_1_3_1 6.603722110606759
 LO bnd pre_1_4_0 -4.748639935377595
 UP bnd pre_1_4_0 4.748639935377595
 LO bnd pre_1_4_1 -4.748639935377595
 UP bnd pre_1_4_1 4.748639935377595
 LO bnd pre_1_5_0 -5.800720588249013
 UP bnd pre_1_5_0 5.800720588249013
 LO bnd pre_1_5_1 -5.800720588249013
 UP bnd pre_1_5_1 5.800720588249013
 LO bnd pre_1_6_0 -5.413652298420937
 UP bnd pre_1_6_0 5.413652298420937
 LO bnd pre_1_6_1 -5.413652298420937
 UP bnd pre_1_6_1 5.413652298420937
 LO bnd pre_1_7_0 -5.74450405114389
 UP bnd pre_1_7_0 5.74450405114389
 LO bnd pre_1_7_1 -5.74450405114389
 UP bnd pre_1_7_1 5.74450405114389
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 4.318192065936124
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 4.318192065936124
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 5.5038416753392605
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 5.5038416753392605
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 4.479075751826355
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 4.479075751826355
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6.603722110606759
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 6.603722110606759
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 4.748639935377595
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 4.748639935377595
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 5.800720588249013
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 5.800720588249013
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 5.413652298420937
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 5.413652298420937
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 5.74450405114389
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 5.74450405114389
 LO bnd out_0_0 -28.909152395616744
 UP bnd out_0_0 28.909152395616744
 LO bnd out_1_0 -36.023050052035565
 UP bnd out_1_0 36.023050052035565
 LO bnd out_2_0 -29.87445451095813
 UP bnd out_2_0 29.87445451095813
 LO bnd out_3_0 -42.62233266364055
 UP bnd out_3_0 42.62233266364055
 LO bnd out_4_0 -31.49183961226557
 UP bnd out_4_0 31.49183961226557
 LO bnd out_5_0 -37.80432352949408
 UP bnd out_5_0 37.80432352949408
 LO bnd out_6_0 -35.481913790525624
 UP bnd out_6_0 35.481913790525624
 LO bnd out_7_0 -37.46702430686334
 UP bnd out_7_0 37.46702430686334
 LO bnd relu_1_0_0_slack 0
 UP bnd relu_1_0_0_slack 4.318192065936124
 LO bnd relu_1_0_1_slack 0
 UP bnd relu_1_0_1_slack 4.318192065936124
 LO bnd relu_1_1_0_slack 0
 UP bnd relu_1_1_0_slack 5.5038416753392605
 LO bnd relu_1_1_1_slack 0
 UP bnd relu_1_1_1_slack 5.5038416753392605
 LO bnd relu_1_2_0_slack 0
 UP bnd relu_1_2_0_slack 4.479075751826355
 LO bnd relu_1_2_1_slack 0
 UP bnd relu_1_2_1_slack 4.479075751826355
 LO bnd relu_1_3_0_slack 0
 UP bnd relu_1_3_0_slack 6.603722110606759
 LO bnd relu_1_3_1_slack 0
 UP bnd relu_1_3_1_slack 6.603722110606759
 LO bnd relu_1_4_0_slack 0
 UP bnd relu_1_4_0_slack 4.748639935377595
 LO bnd relu_1_4_1_slack 0
 UP bnd relu_1_4_1_slack 4.748639935377595
 LO bnd relu_1_5_0_slack 0
 UP bnd relu_1_5_0_slack 5.800720588249013
 LO bnd relu_1_5_1_slack 0
 UP bnd relu_1_5_1_slack 5.800720588249013
 LO bnd relu_1_6_0_slack 0
 UP bnd relu_1_6_0_slack 5.413652298420937
 LO bnd relu_1_6_1_slack 0
 UP bnd relu_1_6_1_slack 5.413652298420937
 LO bnd relu_1_7_0_slack 0
 UP bnd relu_1_7_0_slack 5.74450405114389
 LO bnd relu_1_7_1_slack 0
 UP bnd relu_1_7_1_slack 5.74450405114389
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
ENDATA
