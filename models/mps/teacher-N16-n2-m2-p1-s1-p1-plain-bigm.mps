* teacher-N16-n2-m2-p1-s1-p1-plain-bigm  (relu-opt library: teacher-N16-n2-m2-p1-s1, problem 1, plain-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n2-m2-p1-s1-p1-plain-bigm
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
 w_1_0_0 pre_definition_1_0_0 0.9448817735138633
 w_1_0_0 pre_definition_1_1_0 -0.07628662643855644
 w_1_0_0 pre_definition_1_2_0 -0.5768574068568086
 w_1_0_0 pre_definition_1_3_0 0.09300422103869699
 w_1_0_0 pre_definition_1_4_0 0.19377402710574154
 w_1_0_0 pre_definition_1_5_0 0.475373319116301
 w_1_0_0 pre_definition_1_6_0 0.43918248402792015
 w_1_0_0 pre_definition_1_7_0 -0.9614743996024773
 w_1_0_0 pre_definition_1_8_0 -0.4495798815470673
 w_1_0_0 pre_definition_1_9_0 0.44621759190925836
 w_1_0_0 pre_definition_1_10_0 -0.9398508264322651
 w_1_0_0 pre_definition_1_11_0 0.7682687750584594
 w_1_0_0 pre_definition_1_12_0 -0.553366228684596
 w_1_0_0 pre_definition_1_13_0 -0.8345954095818053
 w_1_0_0 pre_definition_1_14_0 -0.057178526520043294
 w_1_0_0 pre_definition_1_15_0 0.8753008417002488
 w_1_0_1 pre_definition_1_0_0 -0.5070262173496132
 w_1_0_1 pre_definition_1_1_0 0.34053656700181567
 w_1_0_1 pre_definition_1_2_0 0.39361034141671003
 w_1_0_1 pre_definition_1_3_0 0.7319166055056705
 w_1_0_1 pre_definition_1_4_0 0.5930895186477008
 w_1_0_1 pre_definition_1_5_0 -0.5007293452601052
 w_1_0_1 pre_definition_1_6_0 0.029618051136729884
 w_1_0_1 pre_definition_1_7_0 -0.9233143873275735
 w_1_0_1 pre_definition_1_8_0 -0.08245371109486843
 w_1_0_1 pre_definition_1_9_0 0.6786959824497463
 w_1_0_1 pre_definition_1_10_0 -0.03213717109575742
 w_1_0_1 pre_definition_1_11_0 -0.24697951107500082
 w_1_0_1 pre_definition_1_12_0 -0.22600660210608092
 w_1_0_1 pre_definition_1_13_0 0.9208142466715943
 w_1_0_1 pre_definition_1_14_0 0.08132823422919255
 w_1_0_1 pre_definition_1_15_0 -0.2826563382787499
 w_1_1_0 pre_definition_1_0_1 0.9448817735138633
 w_1_1_0 pre_definition_1_1_1 -0.07628662643855644
 w_1_1_0 pre_definition_1_2_1 -0.5768574068568086
 w_1_1_0 pre_definition_1_3_1 0.09300422103869699
 w_1_1_0 pre_definition_1_4_1 0.19377402710574154
 w_1_1_0 pre_definition_1_5_1 0.475373319116301
 w_1_1_0 pre_definition_1_6_1 0.43918248402792015
 w_1_1_0 pre_definition_1_7_1 -0.9614743996024773
 w_1_1_0 pre_definition_1_8_1 -0.4495798815470673
 w_1_1_0 pre_definition_1_9_1 0.44621759190925836
 w_1_1_0 pre_definition_1_10_1 -0.9398508264322651
 w_1_1_0 pre_definition_1_11_1 0.7682687750584594
 w_1_1_0 pre_definition_1_12_1 -0.553366228684596
 w_1_1_0 pre_definition_1_13_1 -0.8345954095818053
 w_1_1_0 pre_definition_1_14_1 -0.057178526520043294
 w_1_1_0 pre_definition_1_15_1 0.8753008417002488
 w_1_1_1 pre_definition_1_0_1 -0.5070262173496132
 w_1_1_1 pre_definition_1_1_1 0.34053656700181567
 w_1_1_1 pre_definition_1_2_1 0.39361034141671003
 w_1_1_1 pre_definition_1_3_1 0.7319166055056705
 w_1_1_1 pre_definition_1_4_1 0.5930895186477008
 w_1_1_1 pre_definition_1_5_1 -0.5007293452601052
 w_1_1_1 pre_definition_1_6_1 0.029618051136729884
 w_1_1_1 pre_definition_1_7_1 -0.9233143873275735
 w_1_1_1 pre_definition_1_8_1 -0.08245371109486843
 w_1_1_1 pre_definition_1_9_1 0.6786959824497463
 w_1_1_1 pre_definition_1_10_1 -0.03213717109575742
 w_1_1_1 pre_definition_1_11_1 -0.24697951107500082
 w_1_1_1 pre_definition_1_12_1 -0.22600660210608092
 w_1_1_1 pre_definition_1_13_1 0.9208142466715943
 w_1_1_1 pre_definition_1_14_1 0.08132823422919255
 w_1_1_1 pre_definition_1_15_1 -0.2826563382787499
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
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 relu_1_6_0_off_when_inactive 1
 post_1_6_0 relu_1_6_0_pre_when_active 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 relu_1_6_1_off_when_inactive 1
 post_1_6_1 relu_1_6_1_pre_when_active 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 relu_1_7_0_off_when_inactive 1
 post_1_7_0 relu_1_7_0_pre_when_active 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 relu_1_7_1_off_when_inactive 1
 post_1_7_1 relu_1_7_1_pre_when_active 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 relu_1_8_0_off_when_inactive 1
 post_1_8_0 relu_1_8_0_pre_when_active 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 relu_1_8_1_off_when_inactive 1
 post_1_8_1 relu_1_8_1_pre_when_active 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 relu_1_9_0_off_when_inactive 1
 post_1_9_0 relu_1_9_0_pre_when_active 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 relu_1_9_1_off_when_inactive 1
 post_1_9_1 relu_1_9_1_pre_when_active 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 relu_1_10_0_off_when_inactive 1
 post_1_10_0 relu_1_10_0_pre_when_active 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 relu_1_10_1_off_when_inactive 1
 post_1_10_1 relu_1_10_1_pre_when_active 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 relu_1_11_0_off_when_inactive 1
 post_1_11_0 relu_1_11_0_pre_when_active 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 relu_1_11_1_off_when_inactive 1
 post_1_11_1 relu_1_11_1_pre_when_active 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 relu_1_12_0_off_when_inactive 1
 post_1_12_0 relu_1_12_0_pre_when_active 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 relu_1_12_1_off_when_inactive 1
 post_1_12_1 relu_1_12_1_pre_when_active 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 relu_1_13_0_off_when_inactive 1
 post_1_13_0 relu_1_13_0_pre_when_active 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 relu_1_13_1_off_when_inactive 1
 post_1_13_1 relu_1_13_1_pre_when_active 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 relu_1_14_0_off_when_inactive 1
 post_1_14_0 relu_1_14_0_pre_when_active 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 relu_1_14_1_off_when_inactive 1
 post_1_14_1 relu_1_14_1_pre_when_active 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 relu_1_15_0_off_when_inactive 1
 post_1_15_0 relu_1_15_0_pre_when_active 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 relu_1_15_1_off_when_inactive 1
 post_1_15_1 relu_1_15_1_pre_when_active 1
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
 M89 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -7.355723972590429
 relu_1_0_0_on relu_1_0_0_pre_when_active 7.355723972590429
 relu_1_0_1_on relu_1_0_1_off_when_inactive -7.355723972590429
 relu_1_0_1_on relu_1_0_1_pre_when_active 7.355723972590429
 relu_1_1_0_on relu_1_1_0_off_when_inactive -4.250469580321116
 relu_1_1_0_on relu_1_1_0_pre_when_active 4.250469580321116
 relu_1_1_1_on relu_1_1_1_off_when_inactive -4.250469580321116
 relu_1_1_1_on relu_1_1_1_pre_when_active 4.250469580321116
 relu_1_2_0_on relu_1_2_0_off_when_inactive -5.911403244820556
 relu_1_2_0_on relu_1_2_0_pre_when_active 5.911403244820556
 relu_1_2_1_on relu_1_2_1_off_when_inactive -5.911403244820556
 relu_1_2_1_on relu_1_2_1_pre_when_active 5.911403244820556
 relu_1_3_0_on relu_1_3_0_off_when_inactive -5.474762479633102
 relu_1_3_0_on relu_1_3_0_pre_when_active 5.474762479633102
 relu_1_3_1_on relu_1_3_1_off_when_inactive -5.474762479633102
 relu_1_3_1_on relu_1_3_1_pre_when_active 5.474762479633102
 relu_1_4_0_on relu_1_4_0_off_when_inactive -5.3605906372603265
 relu_1_4_0_on relu_1_4_0_pre_when_active 5.3605906372603265
 relu_1_4_1_on relu_1_4_1_off_when_inactive -5.3605906372603265
 relu_1_4_1_on relu_1_4_1_pre_when_active 5.3605906372603265
 relu_1_5_0_on relu_1_5_0_off_when_inactive -5.928307993129218
 relu_1_5_0_on relu_1_5_0_pre_when_active 5.928307993129218
 relu_1_5_1_on relu_1_5_1_off_when_inactive -5.928307993129218
 relu_1_5_1_on relu_1_5_1_pre_when_active 5.928307993129218
 relu_1_6_0_on relu_1_6_0_off_when_inactive -4.40640160549395
 relu_1_6_0_on relu_1_6_0_pre_when_active 4.40640160549395
 relu_1_6_1_on relu_1_6_1_off_when_inactive -4.40640160549395
 relu_1_6_1_on relu_1_6_1_pre_when_active 4.40640160549395
 relu_1_7_0_on relu_1_7_0_off_when_inactive -8.654366360790153
 relu_1_7_0_on relu_1_7_0_pre_when_active 8.654366360790153
 relu_1_7_1_on relu_1_7_1_off_when_inactive -8.654366360790153
 relu_1_7_1_on relu_1_7_1_pre_when_active 8.654366360790153
 relu_1_8_0_on relu_1_8_0_off_when_inactive -4.596100777925807
 relu_1_8_0_on relu_1_8_0_pre_when_active 4.596100777925807
 relu_1_8_1_on relu_1_8_1_off_when_inactive -4.596100777925807
 relu_1_8_1_on relu_1_8_1_pre_when_active 4.596100777925807
 relu_1_9_0_on relu_1_9_0_off_when_inactive -6.374740723077014
 relu_1_9_0_on relu_1_9_0_pre_when_active 6.374740723077014
 relu_1_9_1_on relu_1_9_1_off_when_inactive -6.374740723077014
 relu_1_9_1_on relu_1_9_1_pre_when_active 6.374740723077014
 relu_1_10_0_on relu_1_10_0_off_when_inactive -5.915963992584068
 relu_1_10_0_on relu_1_10_0_pre_when_active 5.915963992584068
 relu_1_10_1_on relu_1_10_1_off_when_inactive -5.915963992584068
 relu_1_10_1_on relu_1_10_1_pre_when_active 5.915963992584068
 relu_1_11_0_on relu_1_11_0_off_when_inactive -6.045744858400381
 relu_1_11_0_on relu_1_11_0_pre_when_active 6.045744858400381
 relu_1_11_1_on relu_1_11_1_off_when_inactive -6.045744858400381
 relu_1_11_1_on relu_1_11_1_pre_when_active 6.045744858400381
 relu_1_12_0_on relu_1_12_0_off_when_inactive -5.338118492372031
 relu_1_12_0_on relu_1_12_0_pre_when_active 5.338118492372031
 relu_1_12_1_on relu_1_12_1_off_when_inactive -5.338118492372031
 relu_1_12_1_on relu_1_12_1_pre_when_active 5.338118492372031
 relu_1_13_0_on relu_1_13_0_off_when_inactive -8.266228968760199
 relu_1_13_0_on relu_1_13_0_pre_when_active 8.266228968760199
 relu_1_13_1_on relu_1_13_1_off_when_inactive -8.266228968760199
 relu_1_13_1_on relu_1_13_1_pre_when_active 8.266228968760199
 relu_1_14_0_on relu_1_14_0_off_when_inactive -3.4155202822477078
 relu_1_14_0_on relu_1_14_0_pre_when_active 3.4155202822477078
 relu_1_14_1_on relu_1_14_1_off_when_inactive -3.4155202822477078
 relu_1_14_1_on relu_1_14_1_pre_when_active 3.4155202822477078
 relu_1_15_0_on relu_1_15_0_off_when_inactive -6.473871539936996
 relu_1_15_0_on relu_1_15_0_pre_when_active 6.473871539936996
 relu_1_15_1_on relu_1_15_1_off_when_inactive -6.473871539936996
 relu_1_15_1_on relu_1_15_1_pre_when_active 6.473871539936996
 M121 'MARKER' 'INTEND'
RHS
 rhs obj -0.35550619574665426
 rhs relu_1_0_0_pre_when_active 7.355723972590429
 rhs relu_1_0_1_pre_when_active 7.355723972590429
 rhs relu_1_1_0_pre_when_active 4.250469580321116
 rhs relu_1_1_1_pre_when_active 4.250469580321116
 rhs relu_1_2_0_pre_when_active 5.911403244820556
 rhs relu_1_2_1_pre_when_active 5.911403244820556
 rhs relu_1_3_0_pre_when_active 5.474762479633102
 rhs relu_1_3_1_pre_when_active 5.474762479633102
 rhs relu_1_4_0_pre_when_active 5.3605906372603265
 rhs relu_1_4_1_pre_when_active 5.3605906372603265
 rhs relu_1_5_0_pre_when_active 5.928307993129218
 rhs relu_1_5_1_pre_when_active 5.928307993129218
 rhs relu_1_6_0_pre_when_active 4.40640160549395
 rhs relu_1_6_1_pre_when_active 4.40640160549395
 rhs relu_1_7_0_pre_when_active 8.654366360790153
 rhs relu_1_7_1_pre_when_active 8.654366360790153
 rhs relu_1_8_0_pre_when_active 4.596100777925807
 rhs relu_1_8_1_pre_when_active 4.596100777925807
 rhs relu_1_9_0_pre_when_active 6.374740723077014
 rhs relu_1_9_1_pre_when_active 6.374740723077014
 rhs relu_1_10_0_pre_when_active 5.915963992584068
 rhs relu_1_10_1_pre_when_active 5.915963992584068
 rhs relu_1_11_0_pre_when_active 6.045744858400381
 rhs relu_1_11_1_pre_when_active 6.045744858400381
 rhs relu_1_12_0_pre_when_active 5.338118492372031
 rhs relu_1_12_1_pre_when_active 5.338118492372031
 rhs relu_1_13_0_pre_when_active 8.266228968760199
 rhs relu_1_13_1_pre_when_active 8.266228968760199
 rhs relu_1_14_0_pre_when_active 3.4155202822477078
 rhs relu_1_14_1_pre_when_active 3.4155202822477078
 rhs relu_1_15_0_pre_when_active 6.473871539936996
 rhs relu_1_15_1_pre_when_active 6.473871539936996
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
 LO bnd pre_1_8_0 -4.596100777925807
 UP bnd pre_1_8_0 4.596100777925807
 LO bnd pre_1_8_1 -4.596100777925807
 UP bnd pre_1_8_1 4.596100777925807
 LO bnd pre_1_9_0 -6.374740723077014
 UP bnd pre_1_9_0 6.374740723077014
 LO bnd pre_1_9_1 -6.374740723077014
 UP bnd pre_1_9_1 6.374740723077014
 LO bnd pre_1_10_0 -5.915963992584068
 UP bnd pre_1_10_0 5.915963992584068
 LO bnd pre_1_10_1 -5.915963992584068
 UP bnd pre_1_10_1 5.915963992584068
 LO bnd pre_1_11_0 -6.045744858400381
 UP bnd pre_1_11_0 6.045744858400381
 LO bnd pre_1_11_1 -6.045744858400381
 UP bnd pre_1_11_1 6.045744858400381
 LO bnd pre_1_12_0 -5.338118492372031
 UP bnd pre_1_12_0 5.338118492372031
 LO bnd pre_1_12_1 -5.338118492372031
 UP bnd pre_1_12_1 5.338118492372031
 LO bnd pre_1_13_0 -8.266228968760199
 UP bnd pre_1_13_0 8.266228968760199
 LO bnd pre_1_13_1 -8.266228968760199
 UP bnd pre_1_13_1 8.266228968760199
 LO bnd pre_1_14_0 -3.4155202822477078
 UP bnd pre_1_14_0 3.4155202822477078
 LO bnd pre_1_14_1 -3.4155202822477078
 UP bnd pre_1_14_1 3.4155202822477078
 LO bnd pre_1_15_0 -6.473871539936996
 UP bnd pre_1_15_0 6.473871539936996
 LO bnd pre_1_15_1 -6.473871539936996
 UP bnd pre_1_15_1 6.473871539936996
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
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 4.596100777925807
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 4.596100777925807
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 6.374740723077014
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 6.374740723077014
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 5.915963992584068
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 5.915963992584068
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 6.045744858400381
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 6.045744858400381
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 5.338118492372031
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 5.338118492372031
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 8.266228968760199
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 8.266228968760199
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 3.4155202822477078
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 3.4155202822477078
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 6.473871539936996
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 6.473871539936996
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
 LO bnd out_8_0 -30.576604667554843
 UP bnd out_8_0 30.576604667554843
 LO bnd out_9_0 -41.248444338462086
 UP bnd out_9_0 41.248444338462086
 LO bnd out_10_0 -38.49578395550441
 UP bnd out_10_0 38.49578395550441
 LO bnd out_11_0 -39.27446915040228
 UP bnd out_11_0 39.27446915040228
 LO bnd out_12_0 -35.02871095423218
 UP bnd out_12_0 35.02871095423218
 LO bnd out_13_0 -52.597373812561194
 UP bnd out_13_0 52.597373812561194
 LO bnd out_14_0 -23.493121693486245
 UP bnd out_14_0 23.493121693486245
 LO bnd out_15_0 -41.84322923962198
 UP bnd out_15_0 41.84322923962198
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
