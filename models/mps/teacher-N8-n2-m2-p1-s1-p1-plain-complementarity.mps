* teacher-N8-n2-m2-p1-s1-p1-plain-complementarity  (relu-opt library: teacher-N8-n2-m2-p1-s1, problem 1, plain-complementarity; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N8-n2-m2-p1-s1-p1-plain-complementarity
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
 G relu_1_0_0_above_pre
 E relu_1_0_0_complementary
 G relu_1_0_1_above_pre
 E relu_1_0_1_complementary
 G relu_1_1_0_above_pre
 E relu_1_1_0_complementary
 G relu_1_1_1_above_pre
 E relu_1_1_1_complementary
 G relu_1_2_0_above_pre
 E relu_1_2_0_complementary
 G relu_1_2_1_above_pre
 E relu_1_2_1_complementary
 G relu_1_3_0_above_pre
 E relu_1_3_0_complementary
 G relu_1_3_1_above_pre
 E relu_1_3_1_complementary
 G relu_1_4_0_above_pre
 E relu_1_4_0_complementary
 G relu_1_4_1_above_pre
 E relu_1_4_1_complementary
 G relu_1_5_0_above_pre
 E relu_1_5_0_complementary
 G relu_1_5_1_above_pre
 E relu_1_5_1_complementary
 G relu_1_6_0_above_pre
 E relu_1_6_0_complementary
 G relu_1_6_1_above_pre
 E relu_1_6_1_complementary
 G relu_1_7_0_above_pre
 E relu_1_7_0_complementary
 G relu_1_7_1_above_pre
 E relu_1_7_1_complementary
COLUMNS
 w_1_0_0 pre_definition_1_0_0 0.9448817735138633
 w_1_0_0 pre_definition_1_1_0 -0.07628662643855644
 w_1_0_0 pre_definition_1_2_0 -0.5768574068568086
 w_1_0_0 pre_definition_1_3_0 0.09300422103869699
 w_1_0_0 pre_definition_1_4_0 0.19377402710574154
 w_1_0_0 pre_definition_1_5_0 0.475373319116301
 w_1_0_0 pre_definition_1_6_0 0.43918248402792015
 w_1_0_0 pre_definition_1_7_0 -0.9614743996024773
 w_1_0_1 pre_definition_1_0_0 -0.5070262173496132
 w_1_0_1 pre_definition_1_1_0 0.34053656700181567
 w_1_0_1 pre_definition_1_2_0 0.39361034141671003
 w_1_0_1 pre_definition_1_3_0 0.7319166055056705
 w_1_0_1 pre_definition_1_4_0 0.5930895186477008
 w_1_0_1 pre_definition_1_5_0 -0.5007293452601052
 w_1_0_1 pre_definition_1_6_0 0.029618051136729884
 w_1_0_1 pre_definition_1_7_0 -0.9233143873275735
 w_1_1_0 pre_definition_1_0_1 0.9448817735138633
 w_1_1_0 pre_definition_1_1_1 -0.07628662643855644
 w_1_1_0 pre_definition_1_2_1 -0.5768574068568086
 w_1_1_0 pre_definition_1_3_1 0.09300422103869699
 w_1_1_0 pre_definition_1_4_1 0.19377402710574154
 w_1_1_0 pre_definition_1_5_1 0.475373319116301
 w_1_1_0 pre_definition_1_6_1 0.43918248402792015
 w_1_1_0 pre_definition_1_7_1 -0.9614743996024773
 w_1_1_1 pre_definition_1_0_1 -0.5070262173496132
 w_1_1_1 pre_definition_1_1_1 0.34053656700181567
 w_1_1_1 pre_definition_1_2_1 0.39361034141671003
 w_1_1_1 pre_definition_1_3_1 0.7319166055056705
 w_1_1_1 pre_definition_1_4_1 0.5930895186477008
 w_1_1_1 pre_definition_1_5_1 -0.5007293452601052
 w_1_1_1 pre_definition_1_6_1 0.029618051136729884
 w_1_1_1 pre_definition_1_7_1 -0.9233143873275735
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
 pre_1_0_0 relu_1_0_0_above_pre -1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre -1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre -1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre -1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre -1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre -1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre -1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre -1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre -1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre -1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre -1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre -1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre -1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre -1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre -1
 post_1_0_0 relu_1_0_0_above_pre 1
 post_1_0_1 relu_1_0_1_above_pre 1
 post_1_1_0 relu_1_1_0_above_pre 1
 post_1_1_1 relu_1_1_1_above_pre 1
 post_1_2_0 relu_1_2_0_above_pre 1
 post_1_2_1 relu_1_2_1_above_pre 1
 post_1_3_0 relu_1_3_0_above_pre 1
 post_1_3_1 relu_1_3_1_above_pre 1
 post_1_4_0 relu_1_4_0_above_pre 1
 post_1_4_1 relu_1_4_1_above_pre 1
 post_1_5_0 relu_1_5_0_above_pre 1
 post_1_5_1 relu_1_5_1_above_pre 1
 post_1_6_0 relu_1_6_0_above_pre 1
 post_1_6_1 relu_1_6_1_above_pre 1
 post_1_7_0 relu_1_7_0_above_pre 1
 post_1_7_1 relu_1_7_1_above_pre 1
 out_0_0 obj 0.4570303845330703
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.1634203322812056
 out_1_0 out_definition_1_0 1
 out_2_0 obj -0.11393666837696725
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.2411033501919602
 out_3_0 out_definition_3_0 1
 out_4_0 obj -0.24183913689675068
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.4748676930409419
 out_5_0 out_definition_5_0 1
 out_6_0 obj 0.07220266823680058
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.7497285023568104
 out_7_0 out_definition_7_0 1
RHS
 rhs obj -0.2894967284599167
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
 LO bnd pre_1_0_0 -7.355723972590429
 UP bnd pre_1_0_0 7.355723972590429
 LO bnd pre_1_0_1 -7.355723972590429
 UP bnd pre_1_0_1 7.355723972590429
 LO bnd pre_1_1_0 -4.250469580321116
 UP bnd pre_1_1_0 4.250469580321116
 LO bnd pre_1_1_1 -4.250469580321116
 UP bnd pre_1_1_1 4.250469580321116
 LO bnd pre_1_2_0 -5.911403244820556
 UP bnd pre_1_2_0 5.911403244820556
 LO bnd pre_1_2_1 -5.911403244820556
 UP bnd pre_1_2_1 5.911403244820556
 LO bnd pre_1_3_0 -5.474762479633102
 UP bnd pre_1_3_0 5.474762479633102
 LO bnd pre_1_3_1 -5.474762479633102
 UP bnd pre_1_3_1 5.474762479633102
 LO bnd pre_1_4_0 -5.3605906372603265
 UP bnd pre_1_4_0 5.3605906372603265
 LO bnd pre_1_4_1 -5.3605906372603265
 UP bnd pre_1_4_1 5.3605906372603265
 LO bnd pre_1_5_0 -5.928307993129218
 UP bnd pre_1_5_0 5.928307993129218
 LO bnd pre_1_5_1 -5.928307993129218
 UP bnd pre_1_5_1 5.928307993129218
 LO bnd pre_1_6_0 -4.40640160549395
 UP bnd pre_1_6_0 4.40640160549395
 LO bnd pre_1_6_1 -4.40640160549395
 UP bnd pre_1_6_1 4.40640160549395
 LO bnd pre_1_7_0 -8.654366360790153
 UP bnd pre_1_7_0 8.654366360790153
 LO bnd pre_1_7_1 -8.654366360790153
 UP bnd pre_1_7_1 8.654366360790153
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 7.355723972590429
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 7.355723972590429
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 4.250469580321116
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 4.250469580321116
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 5.911403244820556
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 5.911403244820556
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 5.474762479633102
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 5.474762479633102
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 5.3605906372603265
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 5.3605906372603265
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 5.928307993129218
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 5.928307993129218
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 4.40640160549395
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 4.40640160549395
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 8.654366360790153
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 8.654366360790153
 LO bnd out_0_0 -47.13434383554257
 UP bnd out_0_0 47.13434383554257
 LO bnd out_1_0 -28.502817481926698
 UP bnd out_1_0 28.502817481926698
 LO bnd out_2_0 -38.46841946892334
 UP bnd out_2_0 38.46841946892334
 LO bnd out_3_0 -35.84857487779861
 UP bnd out_3_0 35.84857487779861
 LO bnd out_4_0 -35.16354382356196
 UP bnd out_4_0 35.16354382356196
 LO bnd out_5_0 -38.56984795877531
 UP bnd out_5_0 38.56984795877531
 LO bnd out_6_0 -29.438409632963698
 UP bnd out_6_0 29.438409632963698
 LO bnd out_7_0 -54.92619816474092
 UP bnd out_7_0 54.92619816474092
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
QCMATRIX relu_1_0_0_complementary
 pre_1_0_0 post_1_0_0 -0.5
 post_1_0_0 pre_1_0_0 -0.5
 post_1_0_0 post_1_0_0 1
QCMATRIX relu_1_0_1_complementary
 pre_1_0_1 post_1_0_1 -0.5
 post_1_0_1 pre_1_0_1 -0.5
 post_1_0_1 post_1_0_1 1
QCMATRIX relu_1_1_0_complementary
 pre_1_1_0 post_1_1_0 -0.5
 post_1_1_0 pre_1_1_0 -0.5
 post_1_1_0 post_1_1_0 1
QCMATRIX relu_1_1_1_complementary
 pre_1_1_1 post_1_1_1 -0.5
 post_1_1_1 pre_1_1_1 -0.5
 post_1_1_1 post_1_1_1 1
QCMATRIX relu_1_2_0_complementary
 pre_1_2_0 post_1_2_0 -0.5
 post_1_2_0 pre_1_2_0 -0.5
 post_1_2_0 post_1_2_0 1
QCMATRIX relu_1_2_1_complementary
 pre_1_2_1 post_1_2_1 -0.5
 post_1_2_1 pre_1_2_1 -0.5
 post_1_2_1 post_1_2_1 1
QCMATRIX relu_1_3_0_complementary
 pre_1_3_0 post_1_3_0 -0.5
 post_1_3_0 pre_1_3_0 -0.5
 post_1_3_0 post_1_3_0 1
QCMATRIX relu_1_3_1_complementary
 pre_1_3_1 post_1_3_1 -0.5
 post_1_3_1 pre_1_3_1 -0.5
 post_1_3_1 post_1_3_1 1
QCMATRIX relu_1_4_0_complementary
 pre_1_4_0 post_1_4_0 -0.5
 post_1_4_0 pre_1_4_0 -0.5
 post_1_4_0 post_1_4_0 1
QCMATRIX relu_1_4_1_complementary
 pre_1_4_1 post_1_4_1 -0.5
 post_1_4_1 pre_1_4_1 -0.5
 post_1_4_1 post_1_4_1 1
QCMATRIX relu_1_5_0_complementary
 pre_1_5_0 post_1_5_0 -0.5
 post_1_5_0 pre_1_5_0 -0.5
 post_1_5_0 post_1_5_0 1
QCMATRIX relu_1_5_1_complementary
 pre_1_5_1 post_1_5_1 -0.5
 post_1_5_1 pre_1_5_1 -0.5
 post_1_5_1 post_1_5_1 1
QCMATRIX relu_1_6_0_complementary
 pre_1_6_0 post_1_6_0 -0.5
 post_1_6_0 pre_1_6_0 -0.5
 post_1_6_0 post_1_6_0 1
QCMATRIX relu_1_6_1_complementary
 pre_1_6_1 post_1_6_1 -0.5
 post_1_6_1 pre_1_6_1 -0.5
 post_1_6_1 post_1_6_1 1
QCMATRIX relu_1_7_0_complementary
 pre_1_7_0 post_1_7_0 -0.5
 post_1_7_0 pre_1_7_0 -0.5
 post_1_7_0 post_1_7_0 1
QCMATRIX relu_1_7_1_complementary
 pre_1_7_1 post_1_7_1 -0.5
 post_1_7_1 pre_1_7_1 -0.5
 post_1_7_1 post_1_7_1 1
ENDATA
