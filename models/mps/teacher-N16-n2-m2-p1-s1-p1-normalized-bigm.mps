* teacher-N16-n2-m2-p1-s1-p1-normalized-bigm  (relu-opt library: teacher-N16-n2-m2-p1-s1, problem 1, normalized-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n2-m2-p1-s1-p1-normalized-bigm
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
 u_0_0 pre_definition_1_0_0 0.9448817735138633
 u_0_0 pre_definition_1_1_0 -0.07628662643855644
 u_0_0 pre_definition_1_2_0 -0.5768574068568086
 u_0_0 pre_definition_1_3_0 0.09300422103869699
 u_0_0 pre_definition_1_4_0 0.19377402710574154
 u_0_0 pre_definition_1_5_0 0.475373319116301
 u_0_0 pre_definition_1_6_0 0.43918248402792015
 u_0_0 pre_definition_1_7_0 -0.9614743996024773
 u_0_0 pre_definition_1_8_0 -0.4495798815470673
 u_0_0 pre_definition_1_9_0 0.44621759190925836
 u_0_0 pre_definition_1_10_0 -0.9398508264322651
 u_0_0 pre_definition_1_11_0 0.7682687750584594
 u_0_0 pre_definition_1_12_0 -0.553366228684596
 u_0_0 pre_definition_1_13_0 -0.8345954095818053
 u_0_0 pre_definition_1_14_0 -0.057178526520043294
 u_0_0 pre_definition_1_15_0 0.8753008417002488
 u_0_1 pre_definition_1_0_0 -0.5070262173496132
 u_0_1 pre_definition_1_1_0 0.34053656700181567
 u_0_1 pre_definition_1_2_0 0.39361034141671003
 u_0_1 pre_definition_1_3_0 0.7319166055056705
 u_0_1 pre_definition_1_4_0 0.5930895186477008
 u_0_1 pre_definition_1_5_0 -0.5007293452601052
 u_0_1 pre_definition_1_6_0 0.029618051136729884
 u_0_1 pre_definition_1_7_0 -0.9233143873275735
 u_0_1 pre_definition_1_8_0 -0.08245371109486843
 u_0_1 pre_definition_1_9_0 0.6786959824497463
 u_0_1 pre_definition_1_10_0 -0.03213717109575742
 u_0_1 pre_definition_1_11_0 -0.24697951107500082
 u_0_1 pre_definition_1_12_0 -0.22600660210608092
 u_0_1 pre_definition_1_13_0 0.9208142466715943
 u_0_1 pre_definition_1_14_0 0.08132823422919255
 u_0_1 pre_definition_1_15_0 -0.2826563382787499
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
 u_1_0 pre_definition_1_0_1 0.9448817735138633
 u_1_0 pre_definition_1_1_1 -0.07628662643855644
 u_1_0 pre_definition_1_2_1 -0.5768574068568086
 u_1_0 pre_definition_1_3_1 0.09300422103869699
 u_1_0 pre_definition_1_4_1 0.19377402710574154
 u_1_0 pre_definition_1_5_1 0.475373319116301
 u_1_0 pre_definition_1_6_1 0.43918248402792015
 u_1_0 pre_definition_1_7_1 -0.9614743996024773
 u_1_0 pre_definition_1_8_1 -0.4495798815470673
 u_1_0 pre_definition_1_9_1 0.44621759190925836
 u_1_0 pre_definition_1_10_1 -0.9398508264322651
 u_1_0 pre_definition_1_11_1 0.7682687750584594
 u_1_0 pre_definition_1_12_1 -0.553366228684596
 u_1_0 pre_definition_1_13_1 -0.8345954095818053
 u_1_0 pre_definition_1_14_1 -0.057178526520043294
 u_1_0 pre_definition_1_15_1 0.8753008417002488
 u_1_1 pre_definition_1_0_1 -0.5070262173496132
 u_1_1 pre_definition_1_1_1 0.34053656700181567
 u_1_1 pre_definition_1_2_1 0.39361034141671003
 u_1_1 pre_definition_1_3_1 0.7319166055056705
 u_1_1 pre_definition_1_4_1 0.5930895186477008
 u_1_1 pre_definition_1_5_1 -0.5007293452601052
 u_1_1 pre_definition_1_6_1 0.029618051136729884
 u_1_1 pre_definition_1_7_1 -0.9233143873275735
 u_1_1 pre_definition_1_8_1 -0.08245371109486843
 u_1_1 pre_definition_1_9_1 0.6786959824497463
 u_1_1 pre_definition_1_10_1 -0.03213717109575742
 u_1_1 pre_definition_1_11_1 -0.24697951107500082
 u_1_1 pre_definition_1_12_1 -0.22600660210608092
 u_1_1 pre_definition_1_13_1 0.9208142466715943
 u_1_1 pre_definition_1_14_1 0.08132823422919255
 u_1_1 pre_definition_1_15_1 -0.2826563382787499
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
 out_0_0 obj 0.3246981461884506
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.061729418336125524
 out_1_0 out_definition_1_0 1
 out_2_0 obj -0.1839660147467925
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.009424426080082482
 out_3_0 out_definition_3_0 1
 out_4_0 obj -0.17872075712179453
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.07039654752462307
 out_5_0 out_definition_5_0 1
 out_6_0 obj -0.15731873171275285
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.723991172119347
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.31712436504940256
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.3766081415487037
 out_9_0 out_definition_9_0 1
 out_10_0 obj -0.26254441160555075
 out_10_0 out_definition_10_0 1
 out_11_0 obj 0.18865211821842057
 out_11_0 out_definition_11_0 1
 out_12_0 obj -0.34470520744932615
 out_12_0 out_definition_12_0 1
 out_13_0 obj -0.09808674699882751
 out_13_0 out_definition_13_0 1
 out_14_0 obj -0.374206874349835
 out_14_0 out_definition_14_0 1
 out_15_0 obj 0.27865688226737595
 out_15_0 out_definition_15_0 1
 M87 'MARKER' 'INTORG'
 sign_0 positive_if_sign_0_0 -22.06717191777129
 sign_0 positive_if_sign_1_0 -12.751408740963349
 sign_0 positive_if_sign_2_0 -17.73420973446167
 sign_0 positive_if_sign_3_0 -16.424287438899306
 sign_0 positive_if_sign_4_0 -16.081771911780983
 sign_0 positive_if_sign_5_0 -17.784923979387656
 sign_0 positive_if_sign_6_0 -13.21920481648185
 sign_0 positive_if_sign_7_0 -25.96309908237046
 sign_0 positive_if_sign_8_0 -13.788302333777422
 sign_0 positive_if_sign_9_0 -19.12422216923104
 sign_0 positive_if_sign_10_0 -17.747891977752204
 sign_0 positive_if_sign_11_0 -18.13723457520114
 sign_0 positive_if_sign_12_0 -16.01435547711609
 sign_0 positive_if_sign_13_0 -24.798686906280594
 sign_0 positive_if_sign_14_0 -10.246560846743122
 sign_0 positive_if_sign_15_0 -19.42161461981099
 sign_0 negative_unless_sign_0_0 22.06717191777129
 sign_0 negative_unless_sign_1_0 12.751408740963349
 sign_0 negative_unless_sign_2_0 17.73420973446167
 sign_0 negative_unless_sign_3_0 16.424287438899306
 sign_0 negative_unless_sign_4_0 16.081771911780983
 sign_0 negative_unless_sign_5_0 17.784923979387656
 sign_0 negative_unless_sign_6_0 13.21920481648185
 sign_0 negative_unless_sign_7_0 25.96309908237046
 sign_0 negative_unless_sign_8_0 13.788302333777422
 sign_0 negative_unless_sign_9_0 19.12422216923104
 sign_0 negative_unless_sign_10_0 17.747891977752204
 sign_0 negative_unless_sign_11_0 18.13723457520114
 sign_0 negative_unless_sign_12_0 16.01435547711609
 sign_0 negative_unless_sign_13_0 24.798686906280594
 sign_0 negative_unless_sign_14_0 10.246560846743122
 sign_0 negative_unless_sign_15_0 19.42161461981099
 sign_1 positive_if_sign_0_1 -22.06717191777129
 sign_1 positive_if_sign_1_1 -12.751408740963349
 sign_1 positive_if_sign_2_1 -17.73420973446167
 sign_1 positive_if_sign_3_1 -16.424287438899306
 sign_1 positive_if_sign_4_1 -16.081771911780983
 sign_1 positive_if_sign_5_1 -17.784923979387656
 sign_1 positive_if_sign_6_1 -13.21920481648185
 sign_1 positive_if_sign_7_1 -25.96309908237046
 sign_1 positive_if_sign_8_1 -13.788302333777422
 sign_1 positive_if_sign_9_1 -19.12422216923104
 sign_1 positive_if_sign_10_1 -17.747891977752204
 sign_1 positive_if_sign_11_1 -18.13723457520114
 sign_1 positive_if_sign_12_1 -16.01435547711609
 sign_1 positive_if_sign_13_1 -24.798686906280594
 sign_1 positive_if_sign_14_1 -10.246560846743122
 sign_1 positive_if_sign_15_1 -19.42161461981099
 sign_1 negative_unless_sign_0_1 22.06717191777129
 sign_1 negative_unless_sign_1_1 12.751408740963349
 sign_1 negative_unless_sign_2_1 17.73420973446167
 sign_1 negative_unless_sign_3_1 16.424287438899306
 sign_1 negative_unless_sign_4_1 16.081771911780983
 sign_1 negative_unless_sign_5_1 17.784923979387656
 sign_1 negative_unless_sign_6_1 13.21920481648185
 sign_1 negative_unless_sign_7_1 25.96309908237046
 sign_1 negative_unless_sign_8_1 13.788302333777422
 sign_1 negative_unless_sign_9_1 19.12422216923104
 sign_1 negative_unless_sign_10_1 17.747891977752204
 sign_1 negative_unless_sign_11_1 18.13723457520114
 sign_1 negative_unless_sign_12_1 16.01435547711609
 sign_1 negative_unless_sign_13_1 24.798686906280594
 sign_1 negative_unless_sign_14_1 10.246560846743122
 sign_1 negative_unless_sign_15_1 19.42161461981099
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
 relu_1_0_0_on relu_1_0_0_off_when_inactive -22.06717191777129
 relu_1_0_0_on relu_1_0_0_pre_when_active 22.06717191777129
 relu_1_0_1_on relu_1_0_1_off_when_inactive -22.06717191777129
 relu_1_0_1_on relu_1_0_1_pre_when_active 22.06717191777129
 relu_1_1_0_on relu_1_1_0_off_when_inactive -12.751408740963349
 relu_1_1_0_on relu_1_1_0_pre_when_active 12.751408740963349
 relu_1_1_1_on relu_1_1_1_off_when_inactive -12.751408740963349
 relu_1_1_1_on relu_1_1_1_pre_when_active 12.751408740963349
 relu_1_2_0_on relu_1_2_0_off_when_inactive -17.73420973446167
 relu_1_2_0_on relu_1_2_0_pre_when_active 17.73420973446167
 relu_1_2_1_on relu_1_2_1_off_when_inactive -17.73420973446167
 relu_1_2_1_on relu_1_2_1_pre_when_active 17.73420973446167
 relu_1_3_0_on relu_1_3_0_off_when_inactive -16.424287438899306
 relu_1_3_0_on relu_1_3_0_pre_when_active 16.424287438899306
 relu_1_3_1_on relu_1_3_1_off_when_inactive -16.424287438899306
 relu_1_3_1_on relu_1_3_1_pre_when_active 16.424287438899306
 relu_1_4_0_on relu_1_4_0_off_when_inactive -16.081771911780983
 relu_1_4_0_on relu_1_4_0_pre_when_active 16.081771911780983
 relu_1_4_1_on relu_1_4_1_off_when_inactive -16.081771911780983
 relu_1_4_1_on relu_1_4_1_pre_when_active 16.081771911780983
 relu_1_5_0_on relu_1_5_0_off_when_inactive -17.784923979387656
 relu_1_5_0_on relu_1_5_0_pre_when_active 17.784923979387656
 relu_1_5_1_on relu_1_5_1_off_when_inactive -17.784923979387656
 relu_1_5_1_on relu_1_5_1_pre_when_active 17.784923979387656
 relu_1_6_0_on relu_1_6_0_off_when_inactive -13.21920481648185
 relu_1_6_0_on relu_1_6_0_pre_when_active 13.21920481648185
 relu_1_6_1_on relu_1_6_1_off_when_inactive -13.21920481648185
 relu_1_6_1_on relu_1_6_1_pre_when_active 13.21920481648185
 relu_1_7_0_on relu_1_7_0_off_when_inactive -25.96309908237046
 relu_1_7_0_on relu_1_7_0_pre_when_active 25.96309908237046
 relu_1_7_1_on relu_1_7_1_off_when_inactive -25.96309908237046
 relu_1_7_1_on relu_1_7_1_pre_when_active 25.96309908237046
 relu_1_8_0_on relu_1_8_0_off_when_inactive -13.788302333777422
 relu_1_8_0_on relu_1_8_0_pre_when_active 13.788302333777422
 relu_1_8_1_on relu_1_8_1_off_when_inactive -13.788302333777422
 relu_1_8_1_on relu_1_8_1_pre_when_active 13.788302333777422
 relu_1_9_0_on relu_1_9_0_off_when_inactive -19.12422216923104
 relu_1_9_0_on relu_1_9_0_pre_when_active 19.12422216923104
 relu_1_9_1_on relu_1_9_1_off_when_inactive -19.12422216923104
 relu_1_9_1_on relu_1_9_1_pre_when_active 19.12422216923104
 relu_1_10_0_on relu_1_10_0_off_when_inactive -17.747891977752204
 relu_1_10_0_on relu_1_10_0_pre_when_active 17.747891977752204
 relu_1_10_1_on relu_1_10_1_off_when_inactive -17.747891977752204
 relu_1_10_1_on relu_1_10_1_pre_when_active 17.747891977752204
 relu_1_11_0_on relu_1_11_0_off_when_inactive -18.13723457520114
 relu_1_11_0_on relu_1_11_0_pre_when_active 18.13723457520114
 relu_1_11_1_on relu_1_11_1_off_when_inactive -18.13723457520114
 relu_1_11_1_on relu_1_11_1_pre_when_active 18.13723457520114
 relu_1_12_0_on relu_1_12_0_off_when_inactive -16.01435547711609
 relu_1_12_0_on relu_1_12_0_pre_when_active 16.01435547711609
 relu_1_12_1_on relu_1_12_1_off_when_inactive -16.01435547711609
 relu_1_12_1_on relu_1_12_1_pre_when_active 16.01435547711609
 relu_1_13_0_on relu_1_13_0_off_when_inactive -24.798686906280594
 relu_1_13_0_on relu_1_13_0_pre_when_active 24.798686906280594
 relu_1_13_1_on relu_1_13_1_off_when_inactive -24.798686906280594
 relu_1_13_1_on relu_1_13_1_pre_when_active 24.798686906280594
 relu_1_14_0_on relu_1_14_0_off_when_inactive -10.246560846743122
 relu_1_14_0_on relu_1_14_0_pre_when_active 10.246560846743122
 relu_1_14_1_on relu_1_14_1_off_when_inactive -10.246560846743122
 relu_1_14_1_on relu_1_14_1_pre_when_active 10.246560846743122
 relu_1_15_0_on relu_1_15_0_off_when_inactive -19.42161461981099
 relu_1_15_0_on relu_1_15_0_pre_when_active 19.42161461981099
 relu_1_15_1_on relu_1_15_1_off_when_inactive -19.42161461981099
 relu_1_15_1_on relu_1_15_1_pre_when_active 19.42161461981099
 M185 'MARKER' 'INTEND'
RHS
 rhs obj -0.35550619574665426
 rhs negative_unless_sign_0_0 22.06717191777129
 rhs negative_unless_sign_0_1 22.06717191777129
 rhs negative_unless_sign_1_0 12.751408740963349
 rhs negative_unless_sign_1_1 12.751408740963349
 rhs negative_unless_sign_2_0 17.73420973446167
 rhs negative_unless_sign_2_1 17.73420973446167
 rhs negative_unless_sign_3_0 16.424287438899306
 rhs negative_unless_sign_3_1 16.424287438899306
 rhs negative_unless_sign_4_0 16.081771911780983
 rhs negative_unless_sign_4_1 16.081771911780983
 rhs negative_unless_sign_5_0 17.784923979387656
 rhs negative_unless_sign_5_1 17.784923979387656
 rhs negative_unless_sign_6_0 13.21920481648185
 rhs negative_unless_sign_6_1 13.21920481648185
 rhs negative_unless_sign_7_0 25.96309908237046
 rhs negative_unless_sign_7_1 25.96309908237046
 rhs negative_unless_sign_8_0 13.788302333777422
 rhs negative_unless_sign_8_1 13.788302333777422
 rhs negative_unless_sign_9_0 19.12422216923104
 rhs negative_unless_sign_9_1 19.12422216923104
 rhs negative_unless_sign_10_0 17.747891977752204
 rhs negative_unless_sign_10_1 17.747891977752204
 rhs negative_unless_sign_11_0 18.13723457520114
 rhs negative_unless_sign_11_1 18.13723457520114
 rhs negative_unless_sign_12_0 16.01435547711609
 rhs negative_unless_sign_12_1 16.01435547711609
 rhs negative_unless_sign_13_0 24.798686906280594
 rhs negative_unless_sign_13_1 24.798686906280594
 rhs negative_unless_sign_14_0 10.246560846743122
 rhs negative_unless_sign_14_1 10.246560846743122
 rhs negative_unless_sign_15_0 19.42161461981099
 rhs negative_unless_sign_15_1 19.42161461981099
 rhs relu_1_0_0_pre_when_active 22.06717191777129
 rhs relu_1_0_1_pre_when_active 22.06717191777129
 rhs relu_1_1_0_pre_when_active 12.751408740963349
 rhs relu_1_1_1_pre_when_active 12.751408740963349
 rhs relu_1_2_0_pre_when_active 17.73420973446167
 rhs relu_1_2_1_pre_when_active 17.73420973446167
 rhs relu_1_3_0_pre_when_active 16.424287438899306
 rhs relu_1_3_1_pre_when_active 16.424287438899306
 rhs relu_1_4_0_pre_when_active 16.081771911780983
 rhs relu_1_4_1_pre_when_active 16.081771911780983
 rhs relu_1_5_0_pre_when_active 17.784923979387656
 rhs relu_1_5_1_pre_when_active 17.784923979387656
 rhs relu_1_6_0_pre_when_active 13.21920481648185
 rhs relu_1_6_1_pre_when_active 13.21920481648185
 rhs relu_1_7_0_pre_when_active 25.96309908237046
 rhs relu_1_7_1_pre_when_active 25.96309908237046
 rhs relu_1_8_0_pre_when_active 13.788302333777422
 rhs relu_1_8_1_pre_when_active 13.788302333777422
 rhs relu_1_9_0_pre_when_active 19.12422216923104
 rhs relu_1_9_1_pre_when_active 19.12422216923104
 rhs relu_1_10_0_pre_when_active 17.747891977752204
 rhs relu_1_10_1_pre_when_active 17.747891977752204
 rhs relu_1_11_0_pre_when_active 18.13723457520114
 rhs relu_1_11_1_pre_when_active 18.13723457520114
 rhs relu_1_12_0_pre_when_active 16.01435547711609
 rhs relu_1_12_1_pre_when_active 16.01435547711609
 rhs relu_1_13_0_pre_when_active 24.798686906280594
 rhs relu_1_13_1_pre_when_active 24.798686906280594
 rhs relu_1_14_0_pre_when_active 10.246560846743122
 rhs relu_1_14_1_pre_when_active 10.246560846743122
 rhs relu_1_15_0_pre_when_active 19.42161461981099
 rhs relu_1_15_1_pre_when_active 19.42161461981099
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
 LO bnd pre_1_0_0 -22.06717191777129
 UP bnd pre_1_0_0 22.06717191777129
 LO bnd pre_1_0_1 -22.06717191777129
 UP bnd pre_1_0_1 22.06717191777129
 LO bnd pre_1_1_0 -12.751408740963349
 UP bnd pre_1_1_0 12.751408740963349
 LO bnd pre_1_1_1 -12.751408740963349
 UP bnd pre_1_1_1 12.751408740963349
 LO bnd pre_1_2_0 -17.73420973446167
 UP bnd pre_1_2_0 17.73420973446167
 LO bnd pre_1_2_1 -17.73420973446167
 UP bnd pre_1_2_1 17.73420973446167
 LO bnd pre_1_3_0 -16.424287438899306
 UP bnd pre_1_3_0 16.424287438899306
 LO bnd pre_1_3_1 -16.424287438899306
 UP bnd pre_1_3_1 16.424287438899306
 LO bnd pre_1_4_0 -16.081771911780983
 UP bnd pre_1_4_0 16.081771911780983
 LO bnd pre_1_4_1 -16.081771911780983
 UP bnd pre_1_4_1 16.081771911780983
 LO bnd pre_1_5_0 -17.784923979387656
 UP bnd pre_1_5_0 17.784923979387656
 LO bnd pre_1_5_1 -17.784923979387656
 UP bnd pre_1_5_1 17.784923979387656
 LO bnd pre_1_6_0 -13.21920481648185
 UP bnd pre_1_6_0 13.21920481648185
 LO bnd pre_1_6_1 -13.21920481648185
 UP bnd pre_1_6_1 13.21920481648185
 LO bnd pre_1_7_0 -25.96309908237046
 UP bnd pre_1_7_0 25.96309908237046
 LO bnd pre_1_7_1 -25.96309908237046
 UP bnd pre_1_7_1 25.96309908237046
 LO bnd pre_1_8_0 -13.788302333777422
 UP bnd pre_1_8_0 13.788302333777422
 LO bnd pre_1_8_1 -13.788302333777422
 UP bnd pre_1_8_1 13.788302333777422
 LO bnd pre_1_9_0 -19.12422216923104
 UP bnd pre_1_9_0 19.12422216923104
 LO bnd pre_1_9_1 -19.12422216923104
 UP bnd pre_1_9_1 19.12422216923104
 LO bnd pre_1_10_0 -17.747891977752204
 UP bnd pre_1_10_0 17.747891977752204
 LO bnd pre_1_10_1 -17.747891977752204
 UP bnd pre_1_10_1 17.747891977752204
 LO bnd pre_1_11_0 -18.13723457520114
 UP bnd pre_1_11_0 18.13723457520114
 LO bnd pre_1_11_1 -18.13723457520114
 UP bnd pre_1_11_1 18.13723457520114
 LO bnd pre_1_12_0 -16.01435547711609
 UP bnd pre_1_12_0 16.01435547711609
 LO bnd pre_1_12_1 -16.01435547711609
 UP bnd pre_1_12_1 16.01435547711609
 LO bnd pre_1_13_0 -24.798686906280594
 UP bnd pre_1_13_0 24.798686906280594
 LO bnd pre_1_13_1 -24.798686906280594
 UP bnd pre_1_13_1 24.798686906280594
 LO bnd pre_1_14_0 -10.246560846743122
 UP bnd pre_1_14_0 10.246560846743122
 LO bnd pre_1_14_1 -10.246560846743122
 UP bnd pre_1_14_1 10.246560846743122
 LO bnd pre_1_15_0 -19.42161461981099
 UP bnd pre_1_15_0 19.42161461981099
 LO bnd pre_1_15_1 -19.42161461981099
 UP bnd pre_1_15_1 19.42161461981099
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 22.06717191777129
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 22.06717191777129
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 12.751408740963349
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 12.751408740963349
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 17.73420973446167
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 17.73420973446167
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 16.424287438899306
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 16.424287438899306
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 16.081771911780983
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 16.081771911780983
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 17.784923979387656
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 17.784923979387656
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 13.21920481648185
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 13.21920481648185
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 25.96309908237046
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 25.96309908237046
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 13.788302333777422
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 13.788302333777422
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 19.12422216923104
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 19.12422216923104
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 17.747891977752204
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 17.747891977752204
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 18.13723457520114
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 18.13723457520114
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 16.01435547711609
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 16.01435547711609
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 24.798686906280594
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 24.798686906280594
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 10.246560846743122
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 10.246560846743122
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 19.42161461981099
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 19.42161461981099
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd out_0_0 -47.13434383554258
 UP bnd out_0_0 47.13434383554258
 LO bnd out_1_0 -28.502817481926698
 UP bnd out_1_0 28.502817481926698
 LO bnd out_2_0 -38.46841946892334
 UP bnd out_2_0 38.46841946892334
 LO bnd out_3_0 -35.84857487779861
 UP bnd out_3_0 35.84857487779861
 LO bnd out_4_0 -35.163543823561966
 UP bnd out_4_0 35.163543823561966
 LO bnd out_5_0 -38.56984795877531
 UP bnd out_5_0 38.56984795877531
 LO bnd out_6_0 -29.4384096329637
 UP bnd out_6_0 29.4384096329637
 LO bnd out_7_0 -54.92619816474092
 UP bnd out_7_0 54.92619816474092
 LO bnd out_8_0 -30.576604667554843
 UP bnd out_8_0 30.576604667554843
 LO bnd out_9_0 -41.24844433846208
 UP bnd out_9_0 41.24844433846208
 LO bnd out_10_0 -38.49578395550441
 UP bnd out_10_0 38.49578395550441
 LO bnd out_11_0 -39.27446915040228
 UP bnd out_11_0 39.27446915040228
 LO bnd out_12_0 -35.02871095423218
 UP bnd out_12_0 35.02871095423218
 LO bnd out_13_0 -52.59737381256119
 UP bnd out_13_0 52.59737381256119
 LO bnd out_14_0 -23.493121693486245
 UP bnd out_14_0 23.493121693486245
 LO bnd out_15_0 -41.84322923962198
 UP bnd out_15_0 41.84322923962198
 BV bnd sign_0
 BV bnd sign_1
 LO bnd post_positive_0_0 0
 UP bnd post_positive_0_0 22.06717191777129
 LO bnd post_positive_0_1 0
 UP bnd post_positive_0_1 22.06717191777129
 LO bnd post_positive_1_0 0
 UP bnd post_positive_1_0 12.751408740963349
 LO bnd post_positive_1_1 0
 UP bnd post_positive_1_1 12.751408740963349
 LO bnd post_positive_2_0 0
 UP bnd post_positive_2_0 17.73420973446167
 LO bnd post_positive_2_1 0
 UP bnd post_positive_2_1 17.73420973446167
 LO bnd post_positive_3_0 0
 UP bnd post_positive_3_0 16.424287438899306
 LO bnd post_positive_3_1 0
 UP bnd post_positive_3_1 16.424287438899306
 LO bnd post_positive_4_0 0
 UP bnd post_positive_4_0 16.081771911780983
 LO bnd post_positive_4_1 0
 UP bnd post_positive_4_1 16.081771911780983
 LO bnd post_positive_5_0 0
 UP bnd post_positive_5_0 17.784923979387656
 LO bnd post_positive_5_1 0
 UP bnd post_positive_5_1 17.784923979387656
 LO bnd post_positive_6_0 0
 UP bnd post_positive_6_0 13.21920481648185
 LO bnd post_positive_6_1 0
 UP bnd post_positive_6_1 13.21920481648185
 LO bnd post_positive_7_0 0
 UP bnd post_positive_7_0 25.96309908237046
 LO bnd post_positive_7_1 0
 UP bnd post_positive_7_1 25.96309908237046
 LO bnd post_positive_8_0 0
 UP bnd post_positive_8_0 13.788302333777422
 LO bnd post_positive_8_1 0
 UP bnd post_positive_8_1 13.788302333777422
 LO bnd post_positive_9_0 0
 UP bnd post_positive_9_0 19.12422216923104
 LO bnd post_positive_9_1 0
 UP bnd post_positive_9_1 19.12422216923104
 LO bnd post_positive_10_0 0
 UP bnd post_positive_10_0 17.747891977752204
 LO bnd post_positive_10_1 0
 UP bnd post_positive_10_1 17.747891977752204
 LO bnd post_positive_11_0 0
 UP bnd post_positive_11_0 18.13723457520114
 LO bnd post_positive_11_1 0
 UP bnd post_positive_11_1 18.13723457520114
 LO bnd post_positive_12_0 0
 UP bnd post_positive_12_0 16.01435547711609
 LO bnd post_positive_12_1 0
 UP bnd post_positive_12_1 16.01435547711609
 LO bnd post_positive_13_0 0
 UP bnd post_positive_13_0 24.798686906280594
 LO bnd post_positive_13_1 0
 UP bnd post_positive_13_1 24.798686906280594
 LO bnd post_positive_14_0 0
 UP bnd post_positive_14_0 10.246560846743122
 LO bnd post_positive_14_1 0
 UP bnd post_positive_14_1 10.246560846743122
 LO bnd post_positive_15_0 0
 UP bnd post_positive_15_0 19.42161461981099
 LO bnd post_positive_15_1 0
 UP bnd post_positive_15_1 19.42161461981099
 LO bnd post_negative_0_0 0
 UP bnd post_negative_0_0 22.06717191777129
 LO bnd post_negative_0_1 0
 UP bnd post_negative_0_1 22.06717191777129
 LO bnd post_negative_1_0 0
 UP bnd post_negative_1_0 12.751408740963349
 LO bnd post_negative_1_1 0
 UP bnd post_negative_1_1 12.751408740963349
 LO bnd post_negative_2_0 0
 UP bnd post_negative_2_0 17.73420973446167
 LO bnd post_negative_2_1 0
 UP bnd post_negative_2_1 17.73420973446167
 LO bnd post_negative_3_0 0
 UP bnd post_negative_3_0 16.424287438899306
 LO bnd post_negative_3_1 0
 UP bnd post_negative_3_1 16.424287438899306
 LO bnd post_negative_4_0 0
 UP bnd post_negative_4_0 16.081771911780983
 LO bnd post_negative_4_1 0
 UP bnd post_negative_4_1 16.081771911780983
 LO bnd post_negative_5_0 0
 UP bnd post_negative_5_0 17.784923979387656
 LO bnd post_negative_5_1 0
 UP bnd post_negative_5_1 17.784923979387656
 LO bnd post_negative_6_0 0
 UP bnd post_negative_6_0 13.21920481648185
 LO bnd post_negative_6_1 0
 UP bnd post_negative_6_1 13.21920481648185
 LO bnd post_negative_7_0 0
 UP bnd post_negative_7_0 25.96309908237046
 LO bnd post_negative_7_1 0
 UP bnd post_negative_7_1 25.96309908237046
 LO bnd post_negative_8_0 0
 UP bnd post_negative_8_0 13.788302333777422
 LO bnd post_negative_8_1 0
 UP bnd post_negative_8_1 13.788302333777422
 LO bnd post_negative_9_0 0
 UP bnd post_negative_9_0 19.12422216923104
 LO bnd post_negative_9_1 0
 UP bnd post_negative_9_1 19.12422216923104
 LO bnd post_negative_10_0 0
 UP bnd post_negative_10_0 17.747891977752204
 LO bnd post_negative_10_1 0
 UP bnd post_negative_10_1 17.747891977752204
 LO bnd post_negative_11_0 0
 UP bnd post_negative_11_0 18.13723457520114
 LO bnd post_negative_11_1 0
 UP bnd post_negative_11_1 18.13723457520114
 LO bnd post_negative_12_0 0
 UP bnd post_negative_12_0 16.01435547711609
 LO bnd post_negative_12_1 0
 UP bnd post_negative_12_1 16.01435547711609
 LO bnd post_negative_13_0 0
 UP bnd post_negative_13_0 24.798686906280594
 LO bnd post_negative_13_1 0
 UP bnd post_negative_13_1 24.798686906280594
 LO bnd post_negative_14_0 0
 UP bnd post_negative_14_0 10.246560846743122
 LO bnd post_negative_14_1 0
 UP bnd post_negative_14_1 10.246560846743122
 LO bnd post_negative_15_0 0
 UP bnd post_negative_15_0 19.42161461981099
 LO bnd post_negative_15_1 0
 UP bnd post_negative_15_1 19.42161461981099
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
