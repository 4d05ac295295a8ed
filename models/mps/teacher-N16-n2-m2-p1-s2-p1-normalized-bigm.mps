* teacher-N16-n2-m2-p1-s2-p1-normalized-bigm  (relu-opt library: teacher-N16-n2-m2-p1-s2, problem 1, normalized-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n2-m2-p1-s2-p1-normalized-bigm
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
 E post_split_0_0
 E post_split_0_1
 E post_split_1_0
 E post_split_1_1
 E post_split_2_0
 E post_split_2_1
 E post_split_3_0
 E post_split_3_1
 E post_split_4_0
 E post_split_4_1
 E post_split_5_0
 E post_split_5_1
 E post_split_6_0
 E post_split_6_1
 E post_split_7_0
 E post_split_7_1
 E post_split_8_0
 E post_split_8_1
 E post_split_9_0
 E post_split_9_1
 E post_split_10_0
 E post_split_10_1
 E post_split_11_0
 E post_split_11_1
 E post_split_12_0
 E post_split_12_1
 E post_split_13_0
 E post_split_13_1
 E post_split_14_0
 E post_split_14_1
 E post_split_15_0
 E post_split_15_1
 L positive_if_sign_0_0
 L positive_if_sign_0_1
 L positive_if_sign_1_0
 L positive_if_sign_1_1
 L positive_if_sign_2_0
 L positive_if_sign_2_1
 L positive_if_sign_3_0
 L positive_if_sign_3_1
 L positive_if_sign_4_0
 L positive_if_sign_4_1
 L positive_if_sign_5_0
 L positive_if_sign_5_1
 L positive_if_sign_6_0
 L positive_if_sign_6_1
 L positive_if_sign_7_0
 L positive_if_sign_7_1
 L positive_if_sign_8_0
 L positive_if_sign_8_1
 L positive_if_sign_9_0
 L positive_if_sign_9_1
 L positive_if_sign_10_0
 L positive_if_sign_10_1
 L positive_if_sign_11_0
 L positive_if_sign_11_1
 L positive_if_sign_12_0
 L positive_if_sign_12_1
 L positive_if_sign_13_0
 L positive_if_sign_13_1
 L positive_if_sign_14_0
 L positive_if_sign_14_1
 L positive_if_sign_15_0
 L positive_if_sign_15_1
 L negative_unless_sign_0_0
 L negative_unless_sign_0_1
 L negative_unless_sign_1_0
 L negative_unless_sign_1_1
 L negative_unless_sign_2_0
 L negative_unless_sign_2_1
 L negative_unless_sign_3_0
 L negative_unless_sign_3_1
 L negative_unless_sign_4_0
 L negative_unless_sign_4_1
 L negative_unless_sign_5_0
 L negative_unless_sign_5_1
 L negative_unless_sign_6_0
 L negative_unless_sign_6_1
 L negative_unless_sign_7_0
 L negative_unless_sign_7_1
 L negative_unless_sign_8_0
 L negative_unless_sign_8_1
 L negative_unless_sign_9_0
 L negative_unless_sign_9_1
 L negative_unless_sign_10_0
 L negative_unless_sign_10_1
 L negative_unless_sign_11_0
 L negative_unless_sign_11_1
 L negative_unless_sign_12_0
 L negative_unless_sign_12_1
 L negative_unless_sign_13_0
 L negative_unless_sign_13_1
 L negative_unless_sign_14_0
 L negative_unless_sign_14_1
 L negative_unless_sign_15_0
 L negative_unless_sign_15_1
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
 L relu_1_6_0_above_pre
 L relu_1_6_0_off_when_inactive
 L relu_1_6_0_pre_when_active
 L relu_1_6_1_above_pre
 L relu_1_6_1_off_when_inactive
 L relu_1_6_1_pre_when_active
 L relu_1_7_0_above_pre
 L relu_1_7_0_off_when_inactive
 L relu_1_7_0_pre_when_active
 L relu_1_7_1_above_pre
 L relu_1_7_1_off_when_inactive
 L relu_1_7_1_pre_when_active
 L relu_1_8_0_above_pre
 L relu_1_8_0_off_when_inactive
 L relu_1_8_0_pre_when_active
 L relu_1_8_1_above_pre
 L relu_1_8_1_off_when_inactive
 L relu_1_8_1_pre_when_active
 L relu_1_9_0_above_pre
 L relu_1_9_0_off_when_inactive
 L relu_1_9_0_pre_when_active
 L relu_1_9_1_above_pre
 L relu_1_9_1_off_when_inactive
 L relu_1_9_1_pre_when_active
 L relu_1_10_0_above_pre
 L relu_1_10_0_off_when_inactive
 L relu_1_10_0_pre_when_active
 L relu_1_10_1_above_pre
 L relu_1_10_1_off_when_inactive
 L relu_1_10_1_pre_when_active
 L relu_1_11_0_above_pre
 L relu_1_11_0_off_when_inactive
 L relu_1_11_0_pre_when_active
 L relu_1_11_1_above_pre
 L relu_1_11_1_off_when_inactive
 L relu_1_11_1_pre_when_active
 L relu_1_12_0_above_pre
 L relu_1_12_0_off_when_inactive
 L relu_1_12_0_pre_when_active
 L relu_1_12_1_above_pre
 L relu_1_12_1_off_when_inactive
 L relu_1_12_1_pre_when_active
 L relu_1_13_0_above_pre
 L relu_1_13_0_off_when_inactive
 L relu_1_13_0_pre_when_active
 L relu_1_13_1_above_pre
 L relu_1_13_1_off_when_inactive
 L relu_1_13_1_pre_when_active
 L relu_1_14_0_above_pre
 L relu_1_14_0_off_when_inactive
 L relu_1_14_0_pre_when_active
 L relu_1_14_1_above_pre
 L relu_1_14_1_off_when_inactive
 L relu_1_14_1_pre_when_active
 L relu_1_15_0_above_pre
 L relu_1_15_0_off_when_inactive
 L relu_1_15_0_pre_when_active
 L relu_1_15_1_above_pre
 L relu_1_15_1_off_when_inactive
 L relu_1_15_1_pre_when_active
COLUMNS
 u_0_0 pre_definition_1_0_0 -0.31486602975118516
 u_0_0 pre_definition_1_1_0 0.6998754733893278
 u_0_0 pre_definition_1_2_0 -0.3385945971490405
 u_0_0 pre_definition_1_3_0 -0.2663687985482328
 u_0_0 pre_definition_1_4_0 -0.36612964461925057
 u_0_0 pre_definition_1_5_0 0.6254948605598039
 u_0_0 pre_definition_1_6_0 -0.022131947139154118
 u_0_0 pre_definition_1_7_0 -0.5511278849453789
 u_0_0 pre_definition_1_8_0 -0.8484337930136483
 u_0_0 pre_definition_1_9_0 -0.3875176844044601
 u_0_0 pre_definition_1_10_0 0.790912883134117
 u_0_0 pre_definition_1_11_0 -0.768899347376587
 u_0_0 pre_definition_1_12_0 -0.6984726472288691
 u_0_0 pre_definition_1_13_0 0.18691520464892708
 u_0_0 pre_definition_1_14_0 -0.1868870355118124
 u_0_0 pre_definition_1_15_0 0.12362766768175004
 u_0_1 pre_definition_1_0_0 -0.124531325560856
 u_0_1 pre_definition_1_1_0 0.13473841839042566
 u_0_1 pre_definition_1_2_0 0.15443065345974438
 u_0_1 pre_definition_1_3_0 -0.9348719049873533
 u_0_1 pre_definition_1_4_0 0.21675033383994768
 u_0_1 pre_definition_1_5_0 0.3080786688565338
 u_0_1 pre_definition_1_6_0 -0.7824188190011583
 u_0_1 pre_definition_1_7_0 0.36370679876925127
 u_0_1 pre_definition_1_8_0 0.058180229168484976
 u_0_1 pre_definition_1_9_0 0.7855853830928239
 u_0_1 pre_definition_1_10_0 0.5961851049410993
 u_0_1 pre_definition_1_11_0 -0.3596229229691672
 u_0_1 pre_definition_1_12_0 -0.2888725384110351
 u_0_1 pre_definition_1_13_0 -0.03315638824999345
 u_0_1 pre_definition_1_14_0 -0.7242359698152563
 u_0_1 pre_definition_1_15_0 -0.7844802199332859
 u_0_2 pre_definition_1_0_0 -1
 u_0_2 pre_definition_1_1_0 -1
 u_0_2 pre_definition_1_2_0 -1
 u_0_2 pre_definition_1_3_0 -1
 u_0_2 pre_definition_1_4_0 -1
 u_0_2 pre_definition_1_5_0 -1
 u_0_2 pre_definition_1_6_0 -1
 u_0_2 pre_definition_1_7_0 -1
 u_0_2 pre_definition_1_8_0 -1
 u_0_2 pre_definition_1_9_0 -1
 u_0_2 pre_definition_1_10_0 -1
 u_0_2 pre_definition_1_11_0 -1
 u_0_2 pre_definition_1_12_0 -1
 u_0_2 pre_definition_1_13_0 -1
 u_0_2 pre_definition_1_14_0 -1
 u_0_2 pre_definition_1_15_0 -1
 u_1_0 pre_definition_1_0_1 -0.31486602975118516
 u_1_0 pre_definition_1_1_1 0.6998754733893278
 u_1_0 pre_definition_1_2_1 -0.3385945971490405
 u_1_0 pre_definition_1_3_1 -0.2663687985482328
 u_1_0 pre_definition_1_4_1 -0.36612964461925057
 u_1_0 pre_definition_1_5_1 0.6254948605598039
 u_1_0 pre_definition_1_6_1 -0.022131947139154118
 u_1_0 pre_definition_1_7_1 -0.5511278849453789
 u_1_0 pre_definition_1_8_1 -0.8484337930136483
 u_1_0 pre_definition_1_9_1 -0.3875176844044601
 u_1_0 pre_definition_1_10_1 0.790912883134117
 u_1_0 pre_definition_1_11_1 -0.768899347376587
 u_1_0 pre_definition_1_12_1 -0.6984726472288691
 u_1_0 pre_definition_1_13_1 0.18691520464892708
 u_1_0 pre_definition_1_14_1 -0.1868870355118124
 u_1_0 pre_definition_1_15_1 0.12362766768175004
 u_1_1 pre_definition_1_0_1 -0.124531325560856
 u_1_1 pre_definition_1_1_1 0.13473841839042566
 u_1_1 pre_definition_1_2_1 0.15443065345974438
 u_1_1 pre_definition_1_3_1 -0.9348719049873533
 u_1_1 pre_definition_1_4_1 0.21675033383994768
 u_1_1 pre_definition_1_5_1 0.3080786688565338
 u_1_1 pre_definition_1_6_1 -0.7824188190011583
 u_1_1 pre_definition_1_7_1 0.36370679876925127
 u_1_1 pre_definition_1_8_1 0.058180229168484976
 u_1_1 pre_definition_1_9_1 0.7855853830928239
 u_1_1 pre_definition_1_10_1 0.5961851049410993
 u_1_1 pre_definition_1_11_1 -0.3596229229691672
 u_1_1 pre_definition_1_12_1 -0.2888725384110351
 u_1_1 pre_definition_1_13_1 -0.03315638824999345
 u_1_1 pre_definition_1_14_1 -0.7242359698152563
 u_1_1 pre_definition_1_15_1 -0.7844802199332859
 u_1_2 pre_definition_1_0_1 -1
 u_1_2 pre_definition_1_1_1 -1
 u_1_2 pre_definition_1_2_1 -1
 u_1_2 pre_definition_1_3_1 -1
 u_1_2 pre_definition_1_4_1 -1
 u_1_2 pre_definition_1_5_1 -1
 u_1_2 pre_definition_1_6_1 -1
 u_1_2 pre_definition_1_7_1 -1
 u_1_2 pre_definition_1_8_1 -1
 u_1_2 pre_definition_1_9_1 -1
 u_1_2 pre_definition_1_10_1 -1
 u_1_2 pre_definition_1_11_1 -1
 u_1_2 pre_definition_1_12_1 -1
 u_1_2 pre_definition_1_13_1 -1
 u_1_2 pre_definition_1_14_1 -1
 u_1_2 pre_definition_1_15_1 -1
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
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 relu_1_6_0_pre_when_active -1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 relu_1_6_1_pre_when_active -1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 relu_1_7_0_pre_when_active -1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 relu_1_7_1_pre_when_active -1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 relu_1_8_0_pre_when_active -1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 relu_1_8_1_pre_when_active -1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 relu_1_9_0_pre_when_active -1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 relu_1_9_1_pre_when_active -1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 relu_1_10_0_pre_when_active -1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 relu_1_10_1_pre_when_active -1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 relu_1_11_0_pre_when_active -1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 relu_1_11_1_pre_when_active -1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 relu_1_12_0_pre_when_active -1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 relu_1_12_1_pre_when_active -1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 relu_1_13_0_pre_when_active -1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 relu_1_13_1_pre_when_active -1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 relu_1_14_0_pre_when_active -1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 relu_1_14_1_pre_when_active -1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 relu_1_15_0_pre_when_active -1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 relu_1_15_1_pre_when_active -1
 post_1_0_0 post_split_0_0 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 relu_1_0_0_off_when_inactive 1
 post_1_0_0 relu_1_0_0_pre_when_active 1
 post_1_0_1 post_split_0_1 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 relu_1_0_1_off_when_inactive 1
 post_1_0_1 relu_1_0_1_pre_when_active 1
 post_1_1_0 post_split_1_0 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 relu_1_1_0_off_when_inactive 1
 post_1_1_0 relu_1_1_0_pre_when_active 1
 post_1_1_1 post_split_1_1 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 relu_1_1_1_off_when_inactive 1
 post_1_1_1 relu_1_1_1_pre_when_active 1
 post_1_2_0 post_split_2_0 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 relu_1_2_0_off_when_inactive 1
 post_1_2_0 relu_1_2_0_pre_when_active 1
 post_1_2_1 post_split_2_1 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 relu_1_2_1_off_when_inactive 1
 post_1_2_1 relu_1_2_1_pre_when_active 1
 post_1_3_0 post_split_3_0 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 relu_1_3_0_off_when_inactive 1
 post_1_3_0 relu_1_3_0_pre_when_active 1
 post_1_3_1 post_split_3_1 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 relu_1_3_1_off_when_inactive 1
 post_1_3_1 relu_1_3_1_pre_when_active 1
 post_1_4_0 post_split_4_0 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 relu_1_4_0_off_when_inactive 1
 post_1_4_0 relu_1_4_0_pre_when_active 1
 post_1_4_1 post_split_4_1 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 relu_1_4_1_off_when_inactive 1
 post_1_4_1 relu_1_4_1_pre_when_active 1
 post_1_5_0 post_split_5_0 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 relu_1_5_0_off_when_inactive 1
 post_1_5_0 relu_1_5_0_pre_when_active 1
 post_1_5_1 post_split_5_1 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 relu_1_5_1_off_when_inactive 1
 post_1_5_1 relu_1_5_1_pre_when_active 1
 post_1_6_0 post_split_6_0 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 relu_1_6_0_off_when_inactive 1
 post_1_6_0 relu_1_6_0_pre_when_active 1
 post_1_6_1 post_split_6_1 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 relu_1_6_1_off_when_inactive 1
 post_1_6_1 relu_1_6_1_pre_when_active 1
 post_1_7_0 post_split_7_0 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 relu_1_7_0_off_when_inactive 1
 post_1_7_0 relu_1_7_0_pre_when_active 1
 post_1_7_1 post_split_7_1 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 relu_1_7_1_off_when_inactive 1
 post_1_7_1 relu_1_7_1_pre_when_active 1
 post_1_8_0 post_split_8_0 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 relu_1_8_0_off_when_inactive 1
 post_1_8_0 relu_1_8_0_pre_when_active 1
 post_1_8_1 post_split_8_1 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 relu_1_8_1_off_when_inactive 1
 post_1_8_1 relu_1_8_1_pre_when_active 1
 post_1_9_0 post_split_9_0 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 relu_1_9_0_off_when_inactive 1
 post_1_9_0 relu_1_9_0_pre_when_active 1
 post_1_9_1 post_split_9_1 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 relu_1_9_1_off_when_inactive 1
 post_1_9_1 relu_1_9_1_pre_when_active 1
 post_1_10_0 post_split_10_0 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 relu_1_10_0_off_when_inactive 1
 post_1_10_0 relu_1_10_0_pre_when_active 1
 post_1_10_1 post_split_10_1 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 relu_1_10_1_off_when_inactive 1
 post_1_10_1 relu_1_10_1_pre_when_active 1
 post_1_11_0 post_split_11_0 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 relu_1_11_0_off_when_inactive 1
 post_1_11_0 relu_1_11_0_pre_when_active 1
 post_1_11_1 post_split_11_1 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 relu_1_11_1_off_when_inactive 1
 post_1_11_1 relu_1_11_1_pre_when_active 1
 post_1_12_0 post_split_12_0 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 relu_1_12_0_off_when_inactive 1
 post_1_12_0 relu_1_12_0_pre_when_active 1
 post_1_12_1 post_split_12_1 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 relu_1_12_1_off_when_inactive 1
 post_1_12_1 relu_1_12_1_pre_when_active 1
 post_1_13_0 post_split_13_0 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 relu_1_13_0_off_when_inactive 1
 post_1_13_0 relu_1_13_0_pre_when_active 1
 post_1_13_1 post_split_13_1 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 relu_1_13_1_off_when_inactive 1
 post_1_13_1 relu_1_13_1_pre_when_active 1
 post_1_14_0 post_split_14_0 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 relu_1_14_0_off_when_inactive 1
 post_1_14_0 relu_1_14_0_pre_when_active 1
 post_1_14_1 post_split_14_1 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 relu_1_14_1_off_when_inactive 1
 post_1_14_1 relu_1_14_1_pre_when_active 1
 post_1_15_0 post_split_15_0 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 relu_1_15_0_off_when_inactive 1
 post_1_15_0 relu_1_15_0_pre_when_active 1
 post_1_15_1 post_split_15_1 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 relu_1_15_1_off_when_inactive 1
 post_1_15_1 relu_1_15_1_pre_when_active 1
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
 M87 'MARKER' 'INTORG'
 sign_0 positive_if_sign_0_0 -12.95457619780837
 sign_0 positive_if_sign_1_0 -16.51152502601778
 sign_0 positive_if_sign_2_0 -13.437227255479064
 sign_0 positive_if_sign_3_0 -19.811166331820274
 sign_0 positive_if_sign_4_0 -14.245919806132784
 sign_0 positive_if_sign_5_0 -17.40216176474704
 sign_0 positive_if_sign_6_0 -16.240956895262812
 sign_0 positive_if_sign_7_0 -17.233512153431672
 sign_0 positive_if_sign_8_0 -17.1595261996392
 sign_0 positive_if_sign_9_0 -19.557927607475555
 sign_0 positive_if_sign_10_0 -21.483881892676948
 sign_0 positive_if_sign_11_0 -19.156700433111787
 sign_0 positive_if_sign_12_0 -17.88610667075914
 sign_0 positive_if_sign_13_0 -10.980644336090284
 sign_0 positive_if_sign_14_0 -17.200107047943618
 sign_0 positive_if_sign_15_0 -17.172970988535326
 sign_0 negative_unless_sign_0_0 12.95457619780837
 sign_0 negative_unless_sign_1_0 16.51152502601778
 sign_0 negative_unless_sign_2_0 13.437227255479064
 sign_0 negative_unless_sign_3_0 19.811166331820274
 sign_0 negative_unless_sign_4_0 14.245919806132784
 sign_0 negative_unless_sign_5_0 17.40216176474704
 sign_0 negative_unless_sign_6_0 16.240956895262812
 sign_0 negative_unless_sign_7_0 17.233512153431672
 sign_0 negative_unless_sign_8_0 17.1595261996392
 sign_0 negative_unless_sign_9_0 19.557927607475555
 sign_0 negative_unless_sign_10_0 21.483881892676948
 sign_0 negative_unless_sign_11_0 19.156700433111787
 sign_0 negative_unless_sign_12_0 17.88610667075914
 sign_0 negative_unless_sign_13_0 10.980644336090284
 sign_0 negative_unless_sign_14_0 17.200107047943618
 sign_0 negative_unless_sign_15_0 17.172970988535326
 sign_1 positive_if_sign_0_1 -12.95457619780837
 sign_1 positive_if_sign_1_1 -16.51152502601778
 sign_1 positive_if_sign_2_1 -13.437227255479064
 sign_1 positive_if_sign_3_1 -19.811166331820274
 sign_1 positive_if_sign_4_1 -14.245919806132784
 sign_1 positive_if_sign_5_1 -17.40216176474704
 sign_1 positive_if_sign_6_1 -16.240956895262812
 sign_1 positive_if_sign_7_1 -17.233512153431672
 sign_1 positive_if_sign_8_1 -17.1595261996392
 sign_1 positive_if_sign_9_1 -19.557927607475555
 sign_1 positive_if_sign_10_1 -21.483881892676948
 sign_1 positive_if_sign_11_1 -19.156700433111787
 sign_1 positive_if_sign_12_1 -17.88610667075914
 sign_1 positive_if_sign_13_1 -10.980644336090284
 sign_1 positive_if_sign_14_1 -17.200107047943618
 sign_1 positive_if_sign_15_1 -17.172970988535326
 sign_1 negative_unless_sign_0_1 12.95457619780837
 sign_1 negative_unless_sign_1_1 16.51152502601778
 sign_1 negative_unless_sign_2_1 13.437227255479064
 sign_1 negative_unless_sign_3_1 19.811166331820274
 sign_1 negative_unless_sign_4_1 14.245919806132784
 sign_1 negative_unless_sign_5_1 17.40216176474704
 sign_1 negative_unless_sign_6_1 16.240956895262812
 sign_1 negative_unless_sign_7_1 17.233512153431672
 sign_1 negative_unless_sign_8_1 17.1595261996392
 sign_1 negative_unless_sign_9_1 19.557927607475555
 sign_1 negative_unless_sign_10_1 21.483881892676948
 sign_1 negative_unless_sign_11_1 19.156700433111787
 sign_1 negative_unless_sign_12_1 17.88610667075914
 sign_1 negative_unless_sign_13_1 10.980644336090284
 sign_1 negative_unless_sign_14_1 17.200107047943618
 sign_1 negative_unless_sign_15_1 17.172970988535326
 M89 'MARKER' 'INTEND'
 post_positive_0_0 post_split_0_0 -1
 post_positive_0_0 positive_if_sign_0_0 1
 post_positive_0_0 out_definition_0_0 -1
 post_positive_0_1 post_split_0_1 -1
 post_positive_0_1 positive_if_sign_0_1 1
 post_positive_0_1 out_definition_0_0 -1
 post_positive_1_0 post_split_1_0 -1
 post_positive_1_0 positive_if_sign_1_0 1
 post_positive_1_0 out_definition_1_0 -1
 post_positive_1_1 post_split_1_1 -1
 post_positive_1_1 positive_if_sign_1_1 1
 post_positive_1_1 out_definition_1_0 -1
 post_positive_2_0 post_split_2_0 -1
 post_positive_2_0 positive_if_sign_2_0 1
 post_positive_2_0 out_definition_2_0 -1
 post_positive_2_1 post_split_2_1 -1
 post_positive_2_1 positive_if_sign_2_1 1
 post_positive_2_1 out_definition_2_0 -1
 post_positive_3_0 post_split_3_0 -1
 post_positive_3_0 positive_if_sign_3_0 1
 post_positive_3_0 out_definition_3_0 -1
 post_positive_3_1 post_split_3_1 -1
 post_positive_3_1 positive_if_sign_3_1 1
 post_positive_3_1 out_definition_3_0 -1
 post_positive_4_0 post_split_4_0 -1
 post_positive_4_0 positive_if_sign_4_0 1
 post_positive_4_0 out_definition_4_0 -1
 post_positive_4_1 post_split_4_1 -1
 post_positive_4_1 positive_if_sign_4_1 1
 post_positive_4_1 out_definition_4_0 -1
 post_positive_5_0 post_split_5_0 -1
 post_positive_5_0 positive_if_sign_5_0 1
 post_positive_5_0 out_definition_5_0 -1
 post_positive_5_1 post_split_5_1 -1
 post_positive_5_1 positive_if_sign_5_1 1
 post_positive_5_1 out_definition_5_0 -1
 post_positive_6_0 post_split_6_0 -1
 post_positive_6_0 positive_if_sign_6_0 1
 post_positive_6_0 out_definition_6_0 -1
 post_positive_6_1 post_split_6_1 -1
 post_positive_6_1 positive_if_sign_6_1 1
 post_positive_6_1 out_definition_6_0 -1
 post_positive_7_0 post_split_7_0 -1
 post_positive_7_0 positive_if_sign_7_0 1
 post_positive_7_0 out_definition_7_0 -1
 post_positive_7_1 post_split_7_1 -1
 post_positive_7_1 positive_if_sign_7_1 1
 post_positive_7_1 out_definition_7_0 -1
 post_positive_8_0 post_split_8_0 -1
 post_positive_8_0 positive_if_sign_8_0 1
 post_positive_8_0 out_definition_8_0 -1
 post_positive_8_1 post_split_8_1 -1
 post_positive_8_1 positive_if_sign_8_1 1
 post_positive_8_1 out_definition_8_0 -1
 post_positive_9_0 post_split_9_0 -1
 post_positive_9_0 positive_if_sign_9_0 1
 post_positive_9_0 out_definition_9_0 -1
 post_positive_9_1 post_split_9_1 -1
 post_positive_9_1 positive_if_sign_9_1 1
 post_positive_9_1 out_definition_9_0 -1
 post_positive_10_0 post_split_10_0 -1
 post_positive_10_0 positive_if_sign_10_0 1
 post_positive_10_0 out_definition_10_0 -1
 post_positive_10_1 post_split_10_1 -1
 post_positive_10_1 positive_if_sign_10_1 1
 post_positive_10_1 out_definition_10_0 -1
 post_positive_11_0 post_split_11_0 -1
 post_positive_11_0 positive_if_sign_11_0 1
 post_positive_11_0 out_definition_11_0 -1
 post_positive_11_1 post_split_11_1 -1
 post_positive_11_1 positive_if_sign_11_1 1
 post_positive_11_1 out_definition_11_0 -1
 post_positive_12_0 post_split_12_0 -1
 post_positive_12_0 positive_if_sign_12_0 1
 post_positive_12_0 out_definition_12_0 -1
 post_positive_12_1 post_split_12_1 -1
 post_positive_12_1 positive_if_sign_12_1 1
 post_positive_12_1 out_definition_12_0 -1
 post_positive_13_0 post_split_13_0 -1
 post_positive_13_0 positive_if_sign_13_0 1
 post_positive_13_0 out_definition_13_0 -1
 post_positive_13_1 post_split_13_1 -1
 post_positive_13_1 positive_if_sign_13_1 1
 post_positive_13_1 out_definition_13_0 -1
 post_positive_14_0 post_split_14_0 -1
 post_positive_14_0 positive_if_sign_14_0 1
 post_positive_14_0 out_definition_14_0 -1
 post_positive_14_1 post_split_14_1 -1
 post_positive_14_1 positive_if_sign_14_1 1
 post_positive_14_1 out_definition_14_0 -1
 post_positive_15_0 post_split_15_0 -1
 post_positive_15_0 positive_if_sign_15_0 1
 post_positive_15_0 out_definition_15_0 -1
 post_positive_15_1 post_split_15_1 -1
 post_positive_15_1 positive_if_sign_15_1 1
 post_positive_15_1 out_definition_15_0 -1
 post_negative_0_0 post_split_0_0 -1
 post_negative_0_0 negative_unless_sign_0_0 1
 post_negative_0_0 out_definition_0_0 1
 post_negative_0_1 post_split_0_1 -1
 post_negative_0_1 negative_unless_sign_0_1 1
 post_negative_0_1 out_definition_0_0 1
 post_negative_1_0 post_split_1_0 -1
 post_negative_1_0 negative_unless_sign_1_0 1
 post_negative_1_0 out_definition_1_0 1
 post_negative_1_1 post_split_1_1 -1
 post_negative_1_1 negative_unless_sign_1_1 1
 post_negative_1_1 out_definition_1_0 1
 post_negative_2_0 post_split_2_0 -1
 post_negative_2_0 negative_unless_sign_2_0 1
 post_negative_2_0 out_definition_2_0 1
 post_negative_2_1 post_split_2_1 -1
 post_negative_2_1 negative_unless_sign_2_1 1
 post_negative_2_1 out_definition_2_0 1
 post_negative_3_0 post_split_3_0 -1
 post_negative_3_0 negative_unless_sign_3_0 1
 post_negative_3_0 out_definition_3_0 1
 post_negative_3_1 post_split_3_1 -1
 post_negative_3_1 negative_unless_sign_3_1 1
 post_negative_3_1 out_definition_3_0 1
 post_negative_4_0 post_split_4_0 -1
 post_negative_4_0 negative_unless_sign_4_0 1
 post_negative_4_0 out_definition_4_0 1
 post_negative_4_1 post_split_4_1 -1
 post_negative_4_1 negative_unless_sign_4_1 1
 post_negative_4_1 out_definition_4_0 1
 post_negative_5_0 post_split_5_0 -1
 post_negative_5_0 negative_unless_sign_5_0 1
 post_negative_5_0 out_definition_5_0 1
 post_negative_5_1 post_split_5_1 -1
 post_negative_5_1 negative_unless_sign_5_1 1
 post_negative_5_1 out_definition_5_0 1
 post_negative_6_0 post_split_6_0 -1
 post_negative_6_0 negative_unless_sign_6_0 1
 post_negative_6_0 out_definition_6_0 1
 post_negative_6_1 post_split_6_1 -1
 post_negative_6_1 negative_unless_sign_6_1 1
 post_negative_6_1 out_definition_6_0 1
 post_negative_7_0 post_split_7_0 -1
 post_negative_7_0 negative_unless_sign_7_0 1
 post_negative_7_0 out_definition_7_0 1
 post_negative_7_1 post_split_7_1 -1
 post_negative_7_1 negative_unless_sign_7_1 1
 post_negative_7_1 out_definition_7_0 1
 post_negative_8_0 post_split_8_0 -1
 post_negative_8_0 negative_unless_sign_8_0 1
 post_negative_8_0 out_definition_8_0 1
 post_negative_8_1 post_split_8_1 -1
 post_negative_8_1 negative_unless_sign_8_1 1
 post_negative_8_1 out_definition_8_0 1
 post_negative_9_0 post_split_9_0 -1
 post_negative_9_0 negative_unless_sign_9_0 1
 post_negative_9_0 out_definition_9_0 1
 post_negative_9_1 post_split_9_1 -1
 post_negative_9_1 negative_unless_sign_9_1 1
 post_negative_9_1 out_definition_9_0 1
 post_negative_10_0 post_split_10_0 -1
 post_negative_10_0 negative_unless_sign_10_0 1
 post_negative_10_0 out_definition_10_0 1
 post_negative_10_1 post_split_10_1 -1
 post_negative_10_1 negative_unless_sign_10_1 1
 post_negative_10_1 out_definition_10_0 1
 post_negative_11_0 post_split_11_0 -1
 post_negative_11_0 negative_unless_sign_11_0 1
 post_negative_11_0 out_definition_11_0 1
 post_negative_11_1 post_split_11_1 -1
 post_negative_11_1 negative_unless_sign_11_1 1
 post_negative_11_1 out_definition_11_0 1
 post_negative_12_0 post_split_12_0 -1
 post_negative_12_0 negative_unless_sign_12_0 1
 post_negative_12_0 out_definition_12_0 1
 post_negative_12_1 post_split_12_1 -1
 post_negative_12_1 negative_unless_sign_12_1 1
 post_negative_12_1 out_definition_12_0 1
 post_negative_13_0 post_split_13_0 -1
 post_negative_13_0 negative_unless_sign_13_0 1
 post_negative_13_0 out_definition_13_0 1
 post_negative_13_1 post_split_13_1 -1
 post_negative_13_1 negative_unless_sign_13_1 1
 post_negative_13_1 out_definition_13_0 1
 post_negative_14_0 post_split_14_0 -1
 post_negative_14_0 negative_unless_sign_14_0 1
 post_negative_14_0 out_definition_14_0 1
 post_negative_14_1 post_split_14_1 -1
 post_negative_14_1 negative_unless_sign_14_1 1
 post_negative_14_1 out_definition_14_0 1
 post_negative_15_0 post_split_15_0 -1
 post_negative_15_0 negative_unless_sign_15_0 1
 post_negative_15_0 out_definition_15_0 1
 post_negative_15_1 post_split_15_1 -1
 post_negative_15_1 negative_unless_sign_15_1 1
 post_negative_15_1 out_definition_15_0 1
 M153 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -12.95457619780837
 relu_1_0_0_on relu_1_0_0_pre_when_active 12.95457619780837
 relu_1_0_1_on relu_1_0_1_off_when_inactive -12.95457619780837
 relu_1_0_1_on relu_1_0_1_pre_when_active 12.95457619780837
 relu_1_1_0_on relu_1_1_0_off_when_inactive -16.51152502601778
 relu_1_1_0_on relu_1_1_0_pre_when_active 16.51152502601778
 relu_1_1_1_on relu_1_1_1_off_when_inactive -16.51152502601778
 relu_1_1_1_on relu_1_1_1_pre_when_active 16.51152502601778
 relu_1_2_0_on relu_1_2_0_off_when_inactive -13.437227255479064
 relu_1_2_0_on relu_1_2_0_pre_when_active 13.437227255479064
 relu_1_2_1_on relu_1_2_1_off_when_inactive -13.437227255479064
 relu_1_2_1_on relu_1_2_1_pre_when_active 13.437227255479064
 relu_1_3_0_on relu_1_3_0_off_when_inactive -19.811166331820274
 relu_1_3_0_on relu_1_3_0_pre_when_active 19.811166331820274
 relu_1_3_1_on relu_1_3_1_off_when_inactive -19.811166331820274
 relu_1_3_1_on relu_1_3_1_pre_when_active 19.811166331820274
 relu_1_4_0_on relu_1_4_0_off_when_inactive -14.245919806132784
 relu_1_4_0_on relu_1_4_0_pre_when_active 14.245919806132784
 relu_1_4_1_on relu_1_4_1_off_when_inactive -14.245919806132784
 relu_1_4_1_on relu_1_4_1_pre_when_active 14.245919806132784
 relu_1_5_0_on relu_1_5_0_off_when_inactive -17.40216176474704
 relu_1_5_0_on relu_1_5_0_pre_when_active 17.40216176474704
 relu_1_5_1_on relu_1_5_1_off_when_inactive -17.40216176474704
 relu_1_5_1_on relu_1_5_1_pre_when_active 17.40216176474704
 relu_1_6_0_on relu_1_6_0_off_when_inactive -16.240956895262812
 relu_1_6_0_on relu_1_6_0_pre_when_active 16.240956895262812
 relu_1_6_1_on relu_1_6_1_off_when_inactive -16.240956895262812
 relu_1_6_1_on relu_1_6_1_pre_when_active 16.240956895262812
 relu_1_7_0_on relu_1_7_0_off_when_inactive -17.233512153431672
 relu_1_7_0_on relu_1_7_0_pre_when_active 17.233512153431672
 relu_1_7_1_on relu_1_7_1_off_when_inactive -17.233512153431672
 relu_1_7_1_on relu_1_7_1_pre_when_active 17.233512153431672
 relu_1_8_0_on relu_1_8_0_off_when_inactive -17.1595261996392
 relu_1_8_0_on relu_1_8_0_pre_when_active 17.1595261996392
 relu_1_8_1_on relu_1_8_1_off_when_inactive -17.1595261996392
 relu_1_8_1_on relu_1_8_1_pre_when_active 17.1595261996392
 relu_1_9_0_on relu_1_9_0_off_when_inactive -19.557927607475555
 relu_1_9_0_on relu_1_9_0_pre_when_active 19.557927607475555
 relu_1_9_1_on relu_1_9_1_off_when_inactive -19.557927607475555
 relu_1_9_1_on relu_1_9_1_pre_when_active 19.557927607475555
 relu_1_10_0_on relu_1_10_0_off_when_inactive -21.483881892676948
 relu_1_10_0_on relu_1_10_0_pre_when_active 21.483881892676948
 relu_1_10_1_on relu_1_10_1_off_when_inactive -21.483881892676948
 relu_1_10_1_on relu_1_10_1_pre_when_active 21.483881892676948
 relu_1_11_0_on relu_1_11_0_off_when_inactive -19.156700433111787
 relu_1_11_0_on relu_1_11_0_pre_when_active 19.156700433111787
 relu_1_11_1_on relu_1_11_1_off_when_inactive -19.156700433111787
 relu_1_11_1_on relu_1_11_1_pre_when_active 19.156700433111787
 relu_1_12_0_on relu_1_12_0_off_when_inactive -17.88610667075914
 relu_1_12_0_on relu_1_12_0_pre_when_active 17.88610667075914
 relu_1_12_1_on relu_1_12_1_off_when_inactive -17.88610667075914
 relu_1_12_1_on relu_1_12_1_pre_when_active 17.88610667075914
 relu_1_13_0_on relu_1_13_0_off_when_inactive -10.980644336090284
 relu_1_13_0_on relu_1_13_0_pre_when_active 10.980644336090284
 relu_1_13_1_on relu_1_13_1_off_when_inactive -10.980644336090284
 relu_1_13_1_on relu_1_13_1_pre_when_active 10.980644336090284
 relu_1_14_0_on relu_1_14_0_off_when_inactive -17.200107047943618
 relu_1_14_0_on relu_1_14_0_pre_when_active 17.200107047943618
 relu_1_14_1_on relu_1_14_1_off_when_inactive -17.200107047943618
 relu_1_14_1_on relu_1_14_1_pre_when_active 17.200107047943618
 relu_1_15_0_on relu_1_15_0_off_when_inactive -17.172970988535326
 relu_1_15_0_on relu_1_15_0_pre_when_active 17.172970988535326
 relu_1_15_1_on relu_1_15_1_off_when_inactive -17.172970988535326
 relu_1_15_1_on relu_1_15_1_pre_when_active 17.172970988535326
 M185 'MARKER' 'INTEND'
RHS
 rhs obj -18.946108021321955
 rhs negative_unless_sign_0_0 12.95457619780837
 rhs negative_unless_sign_0_1 12.95457619780837
 rhs negative_unless_sign_1_0 16.51152502601778
 rhs negative_unless_sign_1_1 16.51152502601778
 rhs negative_unless_sign_2_0 13.437227255479064
 rhs negative_unless_sign_2_1 13.437227255479064
 rhs negative_unless_sign_3_0 19.811166331820274
 rhs negative_unless_sign_3_1 19.811166331820274
 rhs negative_unless_sign_4_0 14.245919806132784
 rhs negative_unless_sign_4_1 14.245919806132784
 rhs negative_unless_sign_5_0 17.40216176474704
 rhs negative_unless_sign_5_1 17.40216176474704
 rhs negative_unless_sign_6_0 16.240956895262812
 rhs negative_unless_sign_6_1 16.240956895262812
 rhs negative_unless_sign_7_0 17.233512153431672
 rhs negative_unless_sign_7_1 17.233512153431672
 rhs negative_unless_sign_8_0 17.1595261996392
 rhs negative_unless_sign_8_1 17.1595261996392
 rhs negative_unless_sign_9_0 19.557927607475555
 rhs negative_unless_sign_9_1 19.557927607475555
 rhs negative_unless_sign_10_0 21.483881892676948
 rhs negative_unless_sign_10_1 21.483881892676948
 rhs negative_unless_sign_11_0 19.156700433111787
 rhs negative_unless_sign_11_1 19.156700433111787
 rhs negative_unless_sign_12_0 17.88610667075914
 rhs negative_unless_sign_12_1 17.88610667075914
 rhs negative_unless_sign_13_0 10.980644336090284
 rhs negative_unless_sign_13_1 10.980644336090284
 rhs negative_unless_sign_14_0 17.200107047943618
 rhs negative_unless_sign_14_1 17.200107047943618
 rhs negative_unless_sign_15_0 17.172970988535326
 rhs negative_unless_sign_15_1 17.172970988535326
 rhs relu_1_0_0_pre_when_active 12.95457619780837
 rhs relu_1_0_1_pre_when_active 12.95457619780837
 rhs relu_1_1_0_pre_when_active 16.51152502601778
 rhs relu_1_1_1_pre_when_active 16.51152502601778
 rhs relu_1_2_0_pre_when_active 13.437227255479064
 rhs relu_1_2_1_pre_when_active 13.437227255479064
 rhs relu_1_3_0_pre_when_active 19.811166331820274
 rhs relu_1_3_1_pre_when_active 19.811166331820274
 rhs relu_1_4_0_pre_when_active 14.245919806132784
 rhs relu_1_4_1_pre_when_active 14.245919806132784
 rhs relu_1_5_0_pre_when_active 17.40216176474704
 rhs relu_1_5_1_pre_when_active 17.40216176474704
 rhs relu_1_6_0_pre_when_active 16.240956895262812
 rhs relu_1_6_1_pre_when_active 16.240956895262812
 rhs relu_1_7_0_pre_when_active 17.233512153431672
 rhs relu_1_7_1_pre_when_active 17.233512153431672
 rhs relu_1_8_0_pre_when_active 17.1595261996392
 rhs relu_1_8_1_pre_when_active 17.1595261996392
 rhs relu_1_9_0_pre_when_active 19.557927607475555
 rhs relu_1_9_1_pre_when_active 19.557927607475555
 rhs relu_1_10_0_pre_when_active 21.483881892676948
 rhs relu_1_10_1_pre_when_active 21.483881892676948
 rhs relu_1_11_0_pre_when_active 19.156700433111787
 rhs relu_1_11_1_pre_when_active 19.156700433111787
 rhs relu_1_12_0_pre_when_active 17.88610667075914
 rhs relu_1_12_1_pre_when_active 17.88610667075914
 rhs relu_1_13_0_pre_when_active 10.980644336090284
 rhs relu_1_13_1_pre_when_active 10.980644336090284
 rhs relu_1_14_0_pre_when_active 17.200107047943618
 rhs relu_1_14_1_pre_when_active 17.200107047943618
 rhs relu_1_15_0_pre_when_active 17.172970988535326
 rhs relu_1_15_1_pre_when_active 17.172970988535326
BOUNDS
 LO bnd u_0_0 -9
 UP bnd u_0_0 9
 LO bnd u_0_1 -9
 UP bnd u_0_1 9
 LO bnd u_0_2 -9
 UP bnd u_0_2 9
 LO bnd u_1_0 -9
 UP bnd u_1_0 9
 LO bnd u_1_1 -9
 UP bnd u_1_1 9
 LO bnd u_1_2 -9
 UP bnd u_1_2 9
 LO bnd pre_1_0_0 -12.95457619780837
 UP bnd pre_1_0_0 12.95457619780837
 LO bnd pre_1_0_1 -12.95457619780837
 UP bnd pre_1_0_1 12.95457619780837
 LO bnd pre_1_1_0 -16.51152502601778
 UP bnd pre_1_1_0 16.51152502601778
 LO bnd pre_1_1_1 -16.51152502601778
 UP bnd pre_1_1_1 16.51152502601778
 LO bnd pre_1_2_0 -13.437227255479064
 UP bnd pre_1_2_0 13.437227255479064
 LO bnd pre_1_2_1 -13.437227255479064
 UP bnd pre_1_2_1 13.437227255479064
 LO bnd pre_1_3_0 -19.811166331820274
 UP bnd pre_1_3_0 19.811166331820274
 LO bnd pre_1_3_1 -19.811166331820274
 UP bnd pre_1_3_1 19.811166331820274
 LO bnd pre_1_4_0 -14.245919806132784
 UP bnd pre_1_4_0 14.245919806132784
 LO bnd pre_1_4_1 -14.245919806132784
 UP bnd pre_1_4_1 14.245919806132784
 LO bnd pre_1_5_0 -17.40216176474704
 UP bnd pre_1_5_0 17.40216176474704
 LO bnd pre_1_5_1 -17.40216176474704
 UP bnd pre_1_5_1 17.40216176474704
 LO bnd pre_1_6_0 -16.240956895262812
 UP bnd pre_1_6_0 16.240956895262812
 LO bnd pre_1_6_1 -16.240956895262812
 UP bnd pre_1_6_1 16.240956895262812
 LO bnd pre_1_7_0 -17.233512153431672
 UP bnd pre_1_7_0 17.233512153431672
 LO bnd pre_1_7_1 -17.233512153431672
 UP bnd pre_1_7_1 17.233512153431672
 LO bnd pre_1_8_0 -17.1595261996392
 UP bnd pre_1_8_0 17.1595261996392
 LO bnd pre_1_8_1 -17.1595261996392
 UP bnd pre_1_8_1 17.1595261996392
 LO bnd pre_1_9_0 -19.557927607475555
 UP bnd pre_1_9_0 19.557927607475555
 LO bnd pre_1_9_1 -19.557927607475555
 UP bnd pre_1_9_1 19.557927607475555
 LO bnd pre_1_10_0 -21.483881892676948
 UP bnd pre_1_10_0 21.483881892676948
 LO bnd pre_1_10_1 -21.483881892676948
 UP bnd pre_1_10_1 21.483881892676948
 LO bnd pre_1_11_0 -19.156700433111787
 UP bnd pre_1_11_0 19.156700433111787
 LO bnd pre_1_11_1 -19.156700433111787
 UP bnd pre_1_11_1 19.156700433111787
 LO bnd pre_1_12_0 -17.88610667075914
 UP bnd pre_1_12_0 17.88610667075914
 LO bnd pre_1_12_1 -17.88610667075914
 UP bnd pre_1_12_1 17.88610667075914
 LO bnd pre_1_13_0 -10.980644336090284
 UP bnd pre_1_13_0 10.980644336090284
 LO bnd pre_1_13_1 -10.980644336090284
 UP bnd pre_1_13_1 10.980644336090284
 LO bnd pre_1_14_0 -17.200107047943618
 UP bnd pre_1_14_0 17.200107047943618
 LO bnd pre_1_14_1 -17.200107047943618
 UP bnd pre_1_14_1 17.200107047943618
 LO bnd pre_1_15_0 -17.172970988535326
 UP bnd pre_1_15_0 17.172970988535326
 LO bnd pre_1_15_1 -17.172970988535326
 UP bnd pre_1_15_1 17.172970988535326
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 12.95457619780837
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 12.95457619780837
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 16.51152502601778
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 16.51152502601778
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 13.437227255479064
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 13.437227255479064
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 19.811166331820274
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 19.811166331820274
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 14.245919806132784
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 14.245919806132784
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 17.40216176474704
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 17.40216176474704
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 16.240956895262812
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 16.240956895262812
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 17.233512153431672
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 17.233512153431672
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 17.1595261996392
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 17.1595261996392
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 19.557927607475555
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 19.557927607475555
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 21.483881892676948
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 21.483881892676948
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 19.156700433111787
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 19.156700433111787
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 17.88610667075914
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 17.88610667075914
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 10.980644336090284
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 10.980644336090284
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 17.200107047943618
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 17.200107047943618
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 17.172970988535326
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 17.172970988535326
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd out_0_0 -28.90915239561674
 UP bnd out_0_0 28.90915239561674
 LO bnd out_1_0 -36.02305005203556
 UP bnd out_1_0 36.02305005203556
 LO bnd out_2_0 -29.874454510958127
 UP bnd out_2_0 29.874454510958127
 LO bnd out_3_0 -42.62233266364055
 UP bnd out_3_0 42.62233266364055
 LO bnd out_4_0 -31.49183961226557
 UP bnd out_4_0 31.49183961226557
 LO bnd out_5_0 -37.80432352949408
 UP bnd out_5_0 37.80432352949408
 LO bnd out_6_0 -35.481913790525624
 UP bnd out_6_0 35.481913790525624
 LO bnd out_7_0 -37.467024306863344
 UP bnd out_7_0 37.467024306863344
 LO bnd out_8_0 -37.3190523992784
 UP bnd out_8_0 37.3190523992784
 LO bnd out_9_0 -42.11585521495111
 UP bnd out_9_0 42.11585521495111
 LO bnd out_10_0 -45.967763785353895
 UP bnd out_10_0 45.967763785353895
 LO bnd out_11_0 -41.313400866223574
 UP bnd out_11_0 41.313400866223574
 LO bnd out_12_0 -38.77221334151828
 UP bnd out_12_0 38.77221334151828
 LO bnd out_13_0 -24.96128867218057
 UP bnd out_13_0 24.96128867218057
 LO bnd out_14_0 -37.400214095887236
 UP bnd out_14_0 37.400214095887236
 LO bnd out_15_0 -37.34594197707065
 UP bnd out_15_0 37.34594197707065
 BV bnd sign_0
 BV bnd sign_1
 LO bnd post_positive_0_0 0
 UP bnd post_positive_0_0 12.95457619780837
 LO bnd post_positive_0_1 0
 UP bnd post_positive_0_1 12.95457619780837
 LO bnd post_positive_1_0 0
 UP bnd post_positive_1_0 16.51152502601778
 LO bnd post_positive_1_1 0
 UP bnd post_positive_1_1 16.51152502601778
 LO bnd post_positive_2_0 0
 UP bnd post_positive_2_0 13.437227255479064
 LO bnd post_positive_2_1 0
 UP bnd post_positive_2_1 13.437227255479064
 LO bnd post_positive_3_0 0
 UP bnd post_positive_3_0 19.811166331820274
 LO bnd post_positive_3_1 0
 UP bnd post_positive_3_1 19.811166331820274
 LO bnd post_positive_4_0 0
 UP bnd post_positive_4_0 14.245919806132784
 LO bnd post_positive_4_1 0
 UP bnd post_positive_4_1 14.245919806132784
 LO bnd post_positive_5_0 0
 UP bnd post_positive_5_0 17.40216176474704
 LO bnd post_positive_5_1 0
 UP bnd post_positive_5_1 17.40216176474704
 LO bnd post_positive_6_0 0
 UP bnd post_positive_6_0 16.240956895262812
 LO bnd post_positive_6_1 0
 UP bnd post_positive_6_1 16.240956895262812
 LO bnd post_positive_7_0 0
 UP bnd post_positive_7_0 17.233512153431672
 LO bnd post_positive_7_1 0
 UP bnd post_positive_7_1 17.233512153431672
 LO bnd post_positive_8_0 0
 UP bnd post_positive_8_0 17.1595261996392
 LO bnd post_positive_8_1 0
 UP bnd post_positive_8_1 17.1595261996392
 LO bnd post_positive_9_0 0
 UP bnd post_positive_9_0 19.557927607475555
 LO bnd post_positive_9_1 0
 UP bnd post_positive_9_1 19.557927607475555
 LO bnd post_positive_10_0 0
 UP bnd post_positive_10_0 21.483881892676948
 LO bnd post_positive_10_1 0
 UP bnd post_positive_10_1 21.483881892676948
 LO bnd post_positive_11_0 0
 UP bnd post_positive_11_0 19.156700433111787
 LO bnd post_positive_11_1 0
 UP bnd post_positive_11_1 19.156700433111787
 LO bnd post_positive_12_0 0
 UP bnd post_positive_12_0 17.88610667075914
 LO bnd post_positive_12_1 0
 UP bnd post_positive_12_1 17.88610667075914
 LO bnd post_positive_13_0 0
 UP bnd post_positive_13_0 10.980644336090284
 LO bnd post_positive_13_1 0
 UP bnd post_positive_13_1 10.980644336090284
 LO bnd post_positive_14_0 0
 UP bnd post_positive_14_0 17.200107047943618
 LO bnd post_positive_14_1 0
 UP bnd post_positive_14_1 17.200107047943618
 LO bnd post_positive_15_0 0
 UP bnd post_positive_15_0 17.172970988535326
 LO bnd post_positive_15_1 0
 UP bnd post_positive_15_1 17.172970988535326
 LO bnd post_negative_0_0 0
 UP bnd post_negative_0_0 12.95457619780837
 LO bnd post_negative_0_1 0
 UP bnd post_negative_0_1 12.95457619780837
 LO bnd post_negative_1_0 0
 UP bnd post_negative_1_0 16.51152502601778
 LO bnd post_negative_1_1 0
 UP bnd post_negative_1_1 16.51152502601778
 LO bnd post_negative_2_0 0
 UP bnd post_negative_2_0 13.437227255479064
 LO bnd post_negative_2_1 0
 UP bnd post_negative_2_1 13.437227255479064
 LO bnd post_negative_3_0 0
 UP bnd post_negative_3_0 19.811166331820274
 LO bnd post_negative_3_1 0
 UP bnd post_negative_3_1 19.811166331820274
 LO bnd post_negative_4_0 0
 UP bnd post_negative_4_0 14.245919806132784
 LO bnd post_negative_4_1 0
 UP bnd post_negative_4_1 14.245919806132784
 LO bnd post_negative_5_0 0
 UP bnd post_negative_5_0 17.40216176474704
 LO bnd post_negative_5_1 0
 UP bnd post_negative_5_1 17.40216176474704
 LO bnd post_negative_6_0 0
 UP bnd post_negative_6_0 16.240956895262812
 LO bnd post_negative_6_1 0
 UP bnd post_negative_6_1 16.240956895262812
 LO bnd post_negative_7_0 0
 UP bnd post_negative_7_0 17.233512153431672
 LO bnd post_negative_7_1 0
 UP bnd post_negative_7_1 17.233512153431672
 LO bnd post_negative_8_0 0
 UP bnd post_negative_8_0 17.1595261996392
 LO bnd post_negative_8_1 0
 UP bnd post_negative_8_1 17.1595261996392
 LO bnd post_negative_9_0 0
 UP bnd post_negative_9_0 19.557927607475555
 LO bnd post_negative_9_1 0
 UP bnd post_negative_9_1 19.557927607475555
 LO bnd post_negative_10_0 0
 UP bnd post_negative_10_0 21.483881892676948
 LO bnd post_negative_10_1 0
 UP bnd post_negative_10_1 21.483881892676948
 LO bnd post_negative_11_0 0
 UP bnd post_negative_11_0 19.156700433111787
 LO bnd post_negative_11_1 0
 UP bnd post_negative_11_1 19.156700433111787
 LO bnd post_negative_12_0 0
 UP bnd post_negative_12_0 17.88610667075914
 LO bnd post_negative_12_1 0
 UP bnd post_negative_12_1 17.88610667075914
 LO bnd post_negative_13_0 0
 UP bnd post_negative_13_0 10.980644336090284
 LO bnd post_negative_13_1 0
 UP bnd post_negative_13_1 10.980644336090284
 LO bnd post_negative_14_0 0
 UP bnd post_negative_14_0 17.200107047943618
 LO bnd post_negative_14_1 0
 UP bnd post_negative_14_1 17.200107047943618
 LO bnd post_negative_15_0 0
 UP bnd post_negative_15_0 17.172970988535326
 LO bnd post_negative_15_1 0
 UP bnd post_negative_15_1 17.172970988535326
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
 BV bnd relu_1_6_0_on
 BV bnd relu_1_6_1_on
 BV bnd relu_1_7_0_on
 BV bnd relu_1_7_1_on
 BV bnd relu_1_8_0_on
 BV bnd relu_1_8_1_on
 BV bnd relu_1_9_0_on
 BV bnd relu_1_9_1_on
 BV bnd relu_1_10_0_on
 BV bnd relu_1_10_1_on
 BV bnd relu_1_11_0_on
 BV bnd relu_1_11_1_on
 BV bnd relu_1_12_0_on
 BV bnd relu_1_12_1_on
 BV bnd relu_1_13_0_on
 BV bnd relu_1_13_1_on
 BV bnd relu_1_14_0_on
 BV bnd relu_1_14_1_on
 BV bnd relu_1_15_0_on
 BV bnd relu_1_15_1_on
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
ENDATA
