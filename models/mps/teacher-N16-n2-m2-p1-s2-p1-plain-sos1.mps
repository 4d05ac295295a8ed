* teacher-N16-n2-m2-p1-s2-p1-plain-sos1  (relu-opt library: teacher-N16-n2-m2-p1-s2, problem 1, plain-sos1; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n2-m2-p1-s2-p1-plain-sos1
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
 E pre_definition_1_13_0
 E pre_definition_1_13_1
 E pre_definition_1_14_0
 E pre_definition_1_14_1
 E pre_definition_1_15_0
 E pre_definition_1_15_1
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
 E out_definition_13_0
 E out_definition_14_0
 E out_definition_15_0
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
 E relu_1_13_0_slack_definition
 E relu_1_13_1_slack_definition
 E relu_1_14_0_slack_definition
 E relu_1_14_1_slack_definition
 E relu_1_15_0_slack_definition
 E relu_1_15_1_slack_definition
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -0.31486602975118516
 w_1_0_0 pre_definition_1_1_0 0.6998754733893278
 w_1_0_0 pre_definition_1_2_0 -0.3385945971490405
 w_1_0_0 pre_definition_1_3_0 -0.2663687985482328
 w_1_0_0 pre_definition_1_4_0 -0.36612964461925057
 w_1_0_0 pre_definition_1_5_0 0.6254948605598039
 w_1_0_0 pre_definition_1_6_0 -0.022131947139154118
 w_1_0_0 pre_definition_1_7_0 -0.5511278849453789
 w_1_0_0 pre_definition_1_8_0 -0.8484337930136483
 w_1_0_0 pre_definition_1_9_0 -0.3875176844044601
 w_1_0_0 pre_definition_1_10_0 0.790912883134117
 w_1_0_0 pre_definition_1_11_0 -0.768899347376587
 w_1_0_0 pre_definition_1_12_0 -0.6984726472288691
 w_1_0_0 pre_definition_1_13_0 0.18691520464892708
 w_1_0_0 pre_definition_1_14_0 -0.1868870355118124
 w_1_0_0 pre_definition_1_15_0 0.12362766768175004
 w_1_0_1 pre_definition_1_0_0 -0.124531325560856
 w_1_0_1 pre_definition_1_1_0 0.13473841839042566
 w_1_0_1 pre_definition_1_2_0 0.15443065345974438
 w_1_0_1 pre_definition_1_3_0 -0.9348719049873533
 w_1_0_1 pre_definition_1_4_0 0.21675033383994768
 w_1_0_1 pre_definition_1_5_0 0.3080786688565338
 w_1_0_1 pre_definition_1_6_0 -0.7824188190011583
 w_1_0_1 pre_definition_1_7_0 0.36370679876925127
 w_1_0_1 pre_definition_1_8_0 0.058180229168484976
 w_1_0_1 pre_definition_1_9_0 0.7855853830928239
 w_1_0_1 pre_definition_1_10_0 0.5961851049410993
 w_1_0_1 pre_definition_1_11_0 -0.3596229229691672
 w_1_0_1 pre_definition_1_12_0 -0.2888725384110351
 w_1_0_1 pre_definition_1_13_0 -0.03315638824999345
 w_1_0_1 pre_definition_1_14_0 -0.7242359698152563
 w_1_0_1 pre_definition_1_15_0 -0.7844802199332859
 w_1_1_0 pre_definition_1_0_1 -0.31486602975118516
 w_1_1_0 pre_definition_1_1_1 0.6998754733893278
 w_1_1_0 pre_definition_1_2_1 -0.3385945971490405
 w_1_1_0 pre_definition_1_3_1 -0.2663687985482328
 w_1_1_0 pre_definition_1_4_1 -0.36612964461925057
 w_1_1_0 pre_definition_1_5_1 0.6254948605598039
 w_1_1_0 pre_definition_1_6_1 -0.022131947139154118
 w_1_1_0 pre_definition_1_7_1 -0.5511278849453789
 w_1_1_0 pre_definition_1_8_1 -0.8484337930136483
 w_1_1_0 pre_definition_1_9_1 -0.3875176844044601
 w_1_1_0 pre_definition_1_10_1 0.790912883134117
 w_1_1_0 pre_definition_1_11_1 -0.768899347376587
 w_1_1_0 pre_definition_1_12_1 -0.6984726472288691
 w_1_1_0 pre_definition_1_13_1 0.18691520464892708
 w_1_1_0 pre_definition_1_14_1 -0.1868870355118124
 w_1_1_0 pre_definition_1_15_1 0.12362766768175004
 w_1_1_1 pre_definition_1_0_1 -0.124531325560856
 w_1_1_1 pre_definition_1_1_1 0.13473841839042566
 w_1_1_1 pre_definition_1_2_1 0.15443065345974438
 w_1_1_1 pre_definition_1_3_1 -0.9348719049873533
 w_1_1_1 pre_definition_1_4_1 0.21675033383994768
 w_1_1_1 pre_definition_1_5_1 0.3080786688565338
 w_1_1_1 pre_definition_1_6_1 -0.7824188190011583
 w_1_1_1 pre_definition_1_7_1 0.36370679876925127
 w_1_1_1 pre_definition_1_8_1 0.058180229168484976
 w_1_1_1 pre_definition_1_9_1 0.7855853830928239
 w_1_1_1 pre_definition_1_10_1 0.5961851049410993
 w_1_1_1 pre_definition_1_11_1 -0.3596229229691672
 w_1_1_1 pre_definition_1_12_1 -0.2888725384110351
 w_1_1_1 pre_definition_1_13_1 -0.03315638824999345
 w_1_1_1 pre_definition_1_14_1 -0.7242359698152563
 w_1_1_1 pre_definition_1_15_1 -0.7844802199332859
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
 b_1_0 pre_definition_1_13_0 -1
 b_1_0 pre_definition_1_14_0 -1
 b_1_0 pre_definition_1_15_0 -1
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
 b_1_1 pre_definition_1_13_1 -1
 b_1_1 pre_definition_1_14_1 -1
 b_1_1 pre_definition_1_15_1 -1
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
 b_2_0 out_definition_13_0 -1
 b_2_0 out_definition_14_0 -1
 b_2_0 out_definition_15_0 -1
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
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_slack_definition 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_slack_definition 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_slack_definition 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_slack_definition 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_slack_definition 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_slack_definition 1
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
 post_1_13_0 relu_1_13_0_slack_definition -1
 post_1_13_1 relu_1_13_1_slack_definition -1
 post_1_14_0 relu_1_14_0_slack_definition -1
 post_1_14_1 relu_1_14_1_slack_definition -1
 post_1_15_0 relu_1_15_0_slack_definition -1
 post_1_15_1 relu_1_15_1_slack_definition -1
 out_0_0 obj 1.5244956362767803
 out_0_0 out_definition_0_0 1
 out_1_0 obj 2.013739828867477
 out_1_0 out_definition_1_0 1
 out_2_0 obj 2.6583586264972214
 out_2_0 out_definition_2_0 1
 out_3_0 obj 1.0127799680766552
 out_3_0 out_definition_3_0 1
 out_4_0 obj 2.3849563910551326
 out_4_0 out_definition_4_0 1
 out_5_0 obj 2.2857084507905565
 out_5_0 out_definition_5_0 1
 out_6_0 obj 0.6352531245284562
 out_6_0 out_definition_6_0 1
 out_7_0 obj 3.3374463266436702
 out_7_0 out_definition_7_0 1
 out_8_0 obj 2.521102785930888
 out_8_0 out_definition_8_0 1
 out_9_0 obj 3.495339954832161
 out_9_0 out_definition_9_0 1
 out_10_0 obj 2.9992860938348933
 out_10_0 out_definition_10_0 1
 out_11_0 obj 2.0203739012636786
 out_11_0 out_definition_11_0 1
 out_12_0 obj 1.8319331531511662
 out_12_0 out_definition_12_0 1
 out_13_0 obj 1.7832715689026186
 out_13_0 out_definition_13_0 1
 out_14_0 obj 0.7001822439454916
 out_14_0 out_definition_14_0 1
 out_15_0 obj 0.42514514571241885
 out_15_0 out_definition_15_0 1
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
 relu_1_13_0_slack relu_1_13_0_slack_definition 1
 relu_1_13_1_slack relu_1_13_1_slack_definition 1
 relu_1_14_0_slack relu_1_14_0_slack_definition 1
 relu_1_14_1_slack relu_1_14_1_slack_definition 1
 relu_1_15_0_slack relu_1_15_0_slack_definition 1
 relu_1_15_1_slack relu_1_15_1_slack_definition 1
RHS
 rhs obj -18.946108021321955
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
 LO bnd pre_1_8_0 -5.7198420665464
 UP bnd pre_1_8_0 5.7198420665464
 LO bnd pre_1_8_1 -5.7198420665464
 UP bnd pre_1_8_1 5.7198420665464
 LO bnd pre_1_9_0 -6.519309202491852
 UP bnd pre_1_9_0 6.519309202491852
 LO bnd pre_1_9_1 -6.519309202491852
 UP bnd pre_1_9_1 6.519309202491852
 LO bnd pre_1_10_0 -7.161293964225649
 UP bnd pre_1_10_0 7.161293964225649
 LO bnd pre_1_10_1 -7.161293964225649
 UP bnd pre_1_10_1 7.161293964225649
 LO bnd pre_1_11_0 -6.385566811037263
 UP bnd pre_1_11_0 6.385566811037263
 LO bnd pre_1_11_1 -6.385566811037263
 UP bnd pre_1_11_1 6.385566811037263
 LO bnd pre_1_12_0 -5.962035556919712
 UP bnd pre_1_12_0 5.962035556919712
 LO bnd pre_1_12_1 -5.962035556919712
 UP bnd pre_1_12_1 5.962035556919712
 LO bnd pre_1_13_0 -3.6602147786967616
 UP bnd pre_1_13_0 3.6602147786967616
 LO bnd pre_1_13_1 -3.6602147786967616
 UP bnd pre_1_13_1 3.6602147786967616
 LO bnd pre_1_14_0 -5.733369015981206
 UP bnd pre_1_14_0 5.733369015981206
 LO bnd pre_1_14_1 -5.733369015981206
 UP bnd pre_1_14_1 5.733369015981206
 LO bnd pre_1_15_0 -5.724323662845108
 UP bnd pre_1_15_0 5.724323662845108
 LO bnd pre_1_15_1 -5.724323662845108
 UP bnd pre_1_15_1 5.724323662845108
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
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 5.7198420665464
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 5.7198420665464
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 6.519309202491852
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 6.519309202491852
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 7.161293964225649
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 7.161293964225649
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 6.385566811037263
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 6.385566811037263
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 5.962035556919712
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 5.962035556919712
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 3.6602147786967616
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 3.6602147786967616
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 5.733369015981206
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 5.733369015981206
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 5.724323662845108
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 5.724323662845108
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
 LO bnd out_8_0 -37.319052399278405
 UP bnd out_8_0 37.319052399278405
 LO bnd out_9_0 -42.11585521495111
 UP bnd out_9_0 42.11585521495111
 LO bnd out_10_0 -45.967763785353895
 UP bnd out_10_0 45.967763785353895
 LO bnd out_11_0 -41.313400866223574
 UP bnd out_11_0 41.313400866223574
 LO bnd out_12_0 -38.772213341518274
 UP bnd out_12_0 38.772213341518274
 LO bnd out_13_0 -24.96128867218057
 UP bnd out_13_0 24.96128867218057
 LO bnd out_14_0 -37.400214095887236
 UP bnd out_14_0 37.400214095887236
 LO bnd out_15_0 -37.345941977070645
 UP bnd out_15_0 37.345941977070645
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
 LO bnd relu_1_8_0_slack 0
 UP bnd relu_1_8_0_slack 5.7198420665464
 LO bnd relu_1_8_1_slack 0
 UP bnd relu_1_8_1_slack 5.7198420665464
 LO bnd relu_1_9_0_slack 0
 UP bnd relu_1_9_0_slack 6.519309202491852
 LO bnd relu_1_9_1_slack 0
 UP bnd relu_1_9_1_slack 6.519309202491852
 LO bnd relu_1_10_0_slack 0
 UP bnd relu_1_10_0_slack 7.161293964225649
 LO bnd relu_1_10_1_slack 0
 UP bnd relu_1_10_1_slack 7.161293964225649
 LO bnd relu_1_11_0_slack 0
 UP bnd relu_1_11_0_slack 6.385566811037263
 LO bnd relu_1_11_1_slack 0
 UP bnd relu_1_11_1_slack 6.385566811037263
 LO bnd relu_1_12_0_slack 0
 UP bnd relu_1_12_0_slack 5.962035556919712
 LO bnd relu_1_12_1_slack 0
 UP bnd relu_1_12_1_slack 5.962035556919712
 LO bnd relu_1_13_0_slack 0
 UP bnd relu_1_13_0_slack 3.6602147786967616
 LO bnd relu_1_13_1_slack 0
 UP bnd relu_1_13_1_slack 3.6602147786967616
 LO bnd relu_1_14_0_slack 0
 UP bnd relu_1_14_0_slack 5.733369015981206
 LO bnd relu_1_14_1_slack 0
 UP bnd relu_1_14_1_slack 5.733369015981206
 LO bnd relu_1_15_0_slack 0
 UP bnd relu_1_15_0_slack 5.724323662845108
 LO bnd relu_1_15_1_slack 0
 UP bnd relu_1_15_1_slack 5.724323662845108
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
 S1 SOS s27 1
    post_1_13_0 1
    relu_1_13_0_slack 2
 S1 SOS s28 1
    post_1_13_1 1
    relu_1_13_1_slack 2
 S1 SOS s29 1
    post_1_14_0 1
    relu_1_14_0_slack 2
 S1 SOS s30 1
    post_1_14_1 1
    relu_1_14_1_slack 2
 S1 SOS s31 1
    post_1_15_0 1
    relu_1_15_0_slack 2
 S1 SOS s32 1
    post_1_15_1 1
    relu_1_15_1_slack 2
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
 out_13_0 out_13_0 2
 out_14_0 out_14_0 2
 out_15_0 out_15_0 2
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
QCMATRIX out_definition_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
QCMATRIX out_definition_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
QCMATRIX out_definition_15_0
 w_2_0_0 post_1_15_0 -0.5
 post_1_15_0 w_2_0_0 -0.5
 w_2_0_1 post_1_15_1 -0.5
 post_1_15_1 w_2_0_1 -0.5
ENDATA
