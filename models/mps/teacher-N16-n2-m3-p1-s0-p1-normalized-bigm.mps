* teacher-N16-n2-m3-p1-s0-p1-normalized-bigm  (relu-opt library: teacher-N16-n2-m3-p1-s0, problem 1, normalized-bigm; {"hidden": [3], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n2-m3-p1-s0-p1-normalized-bigm
ROWS
 N obj
 E pre_definition_1_0_0
 E pre_definition_1_0_1
 E pre_definition_1_0_2
 E pre_definition_1_1_0
 E pre_definition_1_1_1
 E pre_definition_1_1_2
 E pre_definition_1_2_0
 E pre_definition_1_2_1
 E pre_definition_1_2_2
 E pre_definition_1_3_0
 E pre_definition_1_3_1
 E pre_definition_1_3_2
 E pre_definition_1_4_0
 E pre_definition_1_4_1
 E pre_definition_1_4_2
 E pre_definition_1_5_0
 E pre_definition_1_5_1
 E pre_definition_1_5_2
 E pre_definition_1_6_0
 E pre_definition_1_6_1
 E pre_definition_1_6_2
 E pre_definition_1_7_0
 E pre_definition_1_7_1
 E pre_definition_1_7_2
 E pre_definition_1_8_0
 E pre_definition_1_8_1
 E pre_definition_1_8_2
 E pre_definition_1_9_0
 E pre_definition_1_9_1
 E pre_definition_1_9_2
 E pre_definition_1_10_0
 E pre_definition_1_10_1
 E pre_definition_1_10_2
 E pre_definition_1_11_0
 E pre_definition_1_11_1
 E pre_definition_1_11_2
 E pre_definition_1_12_0
 E pre_definition_1_12_1
 E pre_definition_1_12_2
 E pre_definition_1_13_0
 E pre_definition_1_13_1
 E pre_definition_1_13_2
 E pre_definition_1_14_0
 E pre_definition_1_14_1
 E pre_definition_1_14_2
 E pre_definition_1_15_0
 E pre_definition_1_15_1
 E pre_definition_1_15_2
 E post_split_0_0
 E post_split_0_1
 E post_split_0_2
 E post_split_1_0
 E post_split_1_1
 E post_split_1_2
 E post_split_2_0
 E post_split_2_1
 E post_split_2_2
 E post_split_3_0
 E post_split_3_1
 E post_split_3_2
 E post_split_4_0
 E post_split_4_1
 E post_split_4_2
 E post_split_5_0
 E post_split_5_1
 E post_split_5_2
 E post_split_6_0
 E post_split_6_1
 E post_split_6_2
 E post_split_7_0
 E post_split_7_1
 E post_split_7_2
 E post_split_8_0
 E post_split_8_1
 E post_split_8_2
 E post_split_9_0
 E post_split_9_1
 E post_split_9_2
 E post_split_10_0
 E post_split_10_1
 E post_split_10_2
 E post_split_11_0
 E post_split_11_1
 E post_split_11_2
 E post_split_12_0
 E post_split_12_1
 E post_split_12_2
 E post_split_13_0
 E post_split_13_1
 E post_split_13_2
 E post_split_14_0
 E post_split_14_1
 E post_split_14_2
 E post_split_15_0
 E post_split_15_1
 E post_split_15_2
 L positive_if_sign_0_0
 L positive_if_sign_0_1
 L positive_if_sign_0_2
 L positive_if_sign_1_0
 L positive_if_sign_1_1
 L positive_if_sign_1_2
 L positive_if_sign_2_0
 L positive_if_sign_2_1
 L positive_if_sign_2_2
 L positive_if_sign_3_0
 L positive_if_sign_3_1
 L positive_if_sign_3_2
 L positive_if_sign_4_0
 L positive_if_sign_4_1
 L positive_if_sign_4_2
 L positive_if_sign_5_0
 L positive_if_sign_5_1
 L positive_if_sign_5_2
 L positive_if_sign_6_0
 L positive_if_sign_6_1
 L positive_if_sign_6_2
 L positive_if_sign_7_0
 L positive_if_sign_7_1
 L positive_if_sign_7_2
 L positive_if_sign_8_0
 L positive_if_sign_8_1
 L positive_if_sign_8_2
 L positive_if_sign_9_0
 L positive_if_sign_9_1
 L positive_if_sign_9_2
 L positive_if_sign_10_0
 L positive_if_sign_10_1
 L positive_if_sign_10_2
 L positive_if_sign_11_0
 L positive_if_sign_11_1
 L positive_if_sign_11_2
 L positive_if_sign_12_0
 L positive_if_sign_12_1
 L positive_if_sign_12_2
 L positive_if_sign_13_0
 L positive_if_sign_13_1
 L positive_if_sign_13_2
 L positive_if_sign_14_0
 L positive_if_sign_14_1
 L positive_if_sign_14_2
 L positive_if_sign_15_0
 L positive_if_sign_15_1
 L positive_if_sign_15_2
 L negative_unless_sign_0_0
 L negative_unless_sign_0_1
 L negative_unless_sign_0_2
 L negative_unless_sign_1_0
 L negative_unless_sign_1_1
 L negative_unless_sign_1_2
 L negative_unless_sign_2_0
 L negative_unless_sign_2_1
 L negative_unless_sign_2_2
 L negative_unless_sign_3_0
 L negative_unless_sign_3_1
 L negative_unless_sign_3_2
 L negative_unless_sign_4_0
 L negative_unless_sign_4_1
 L negative_unless_sign_4_2
 L negative_unless_sign_5_0
 L negative_unless_sign_5_1
 L negative_unless_sign_5_2
 L negative_unless_sign_6_0
 L negative_unless_sign_6_1
 L negative_unless_sign_6_2
 L negative_unless_sign_7_0
 L negative_unless_sign_7_1
 L negative_unless_sign_7_2
 L negative_unless_sign_8_0
 L negative_unless_sign_8_1
 L negative_unless_sign_8_2
 L negative_unless_sign_9_0
 L negative_unless_sign_9_1
 L negative_unless_sign_9_2
 L negative_unless_sign_10_0
 L negative_unless_sign_10_1
 L negative_unless_sign_10_2
 L negative_unless_sign_11_0
 L negative_unless_sign_11_1
 L negative_unless_sign_11_2
 L negative_unless_sign_12_0
 L negative_unless_sign_12_1
 L negative_unless_sign_12_2
 L negative_unless_sign_13_0
 L negative_unless_sign_13_1
 L negative_unless_sign_13_2
 L negative_unless_sign_14_0
 L negative_unless_sign_14_1
 L negative_unless_sign_14_2
 L negative_unless_sign_15_0
 L negative_unless_sign_15_1
 L negative_unless_sign_15_2
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
 L relu_1_0_2_above_pre
 L relu_1_0_2_off_when_inactive
 L relu_1_0_2_pre_when_active
 L relu_1_1_0_above_pre
 L relu_1_1_0_off_when_inactive
 L relu_1_1_0_pre_when_active
 L relu_1_1_1_above_pre
 L relu_1_1_1_off_when_inactive
 L relu_1_1_1_pre_when_active
 L relu_1_1_2_above_pre
 L relu_1_1_2_off_when_inactive
 L relu_1_1_2_pre_when_active
 L relu_1_2_0_above_pre
 L relu_1_2_0_off_when_inactive
 L relu_1_2_0_pre_when_active
 L relu_1_2_1_above_pre
 L relu_1_2_1_off_when_inactive
 L relu_1_2_1_pre_when_active
 L relu_1_2_2_above_pre
 L relu_1_2_2_off_when_inactive
 L relu_1_2_2_pre_when_active
 L relu_1_3_0_above_pre
 L relu_1_3_0_off_when_inactive
 L relu_1_3_0_pre_when_active
 L relu_1_3_1_above_pre
 L relu_1_3_1_off_when_inactive
 L relu_1_3_1_pre_when_active
 L relu_1_3_2_above_pre
 L relu_1_3_2_off_when_inactive
 L relu_1_3_2_pre_when_active
 L relu_1_4_0_above_pre
 L relu_1_4_0_off_when_inactive
 L relu_1_4_0_pre_when_active
 L relu_1_4_1_above_pre
 L relu_1_4_1_off_when_inactive
 L relu_1_4_1_pre_when_active
 L relu_1_4_2_above_pre
 L relu_1_4_2_off_when_inactive
 L relu_1_4_2_pre_when_active
 L relu_1_5_0_above_pre
 L relu_1_5_0_off_when_inactive
 L relu_1_5_0_pre_when_active
 L relu_1_5_1_above_pre
 L relu_1_5_1_off_when_inactive
 L relu_1_5_1_pre_when_active
 L relu_1_5_2_above_pre
 L relu_1_5_2_off_when_inactive
 L relu_1_5_2_pre_when_active
 L relu_1_6_0_above_pre
 L relu_1_6_0_off_when_inactive
 L relu_1_6_0_pre_when_active
 L relu_1_6_1_above_pre
 L relu_1_6_1_off_when_inactive
 L relu_1_6_1_pre_when_active
 L relu_1_6_2_above_pre
 L relu_1_6_2_off_when_inactive
 L relu_1_6_2_pre_when_active
 L relu_1_7_0_above_pre
 L relu_1_7_0_off_when_inactive
 L relu_1_7_0_pre_when_active
 L relu_1_7_1_above_pre
 L relu_1_7_1_off_when_inactive
 L relu_1_7_1_pre_when_active
 L relu_1_7_2_above_pre
 L relu_1_7_2_off_when_inactive
 L relu_1_7_2_pre_when_active
 L relu_1_8_0_above_pre
 L relu_1_8_0_off_when_inactive
 L relu_1_8_0_pre_when_active
 L relu_1_8_1_above_pre
 L relu_1_8_1_off_when_inactive
 L relu_1_8_1_pre_when_active
 L relu_1_8_2_above_pre
 L relu_1_8_2_off_when_inactive
 L relu_1_8_2_pre_when_active
 L relu_1_9_0_above_pre
 L relu_1_9_0_off_when_inactive
 L relu_1_9_0_pre_when_active
 L relu_1_9_1_above_pre
 L relu_1_9_1_off_when_inactive
 L relu_1_9_1_pre_when_active
 L relu_1_9_2_above_pre
 L relu_1_9_2_off_when_inactive
 L relu_1_9_2_pre_when_active
 L relu_1_10_0_above_pre
 L relu_1_10_0_off_when_inactive
 L relu_1_10_0_pre_when_active
 L relu_1_10_1_above_pre
 L relu_1_10_1_off_when_inactive
 L relu_1_10_1_pre_when_active
 L relu_1_10_2_above_pre
 L relu_1_10_2_off_when_inactive
 L relu_1_10_2_pre_when_active
 L relu_1_11_0_above_pre
 L relu_1_11_0_off_when_inactive
 L relu_1_11_0_pre_when_active
 L relu_1_11_1_above_pre
 L relu_1_11_1_off_when_inactive
 L relu_1_11_1_pre_when_active
 L relu_1_11_2_above_pre
 L relu_1_11_2_off_when_inactive
 L relu_1_11_2_pre_when_active
 L relu_1_12_0_above_pre
 L relu_1_12_0_off_when_inactive
 L relu_1_12_0_pre_when_active
 L relu_1_12_1_above_pre
 L relu_1_12_1_off_when_inactive
 L relu_1_12_1_pre_when_active
 L relu_1_12_2_above_pre
 L relu_1_12_2_off_when_inactive
 L relu_1_12_2_pre_when_active
 L relu_1_13_0_above_pre
 L relu_1_13_0_off_when_inactive
 L relu_1_13_0_pre_when_active
 L relu_1_13_1_above_pre
 L relu_1_13_1_off_when_inactive
 L relu_1_13_1_pre_when_active
 L relu_1_13_2_above_pre
 L relu_1_13_2_off_when_inactive
 L relu_1_13_2_pre_when_active
 L relu_1_14_0_above_pre
 L relu_1_14_0_off_when_inactive
 L relu_1_14_0_pre_when_active
 L relu_1_14_1_above_pre
 L relu_1_14_1_off_when_inactive
 L relu_1_14_1_pre_when_active
 L relu_1_14_2_above_pre
 L relu_1_14_2_off_when_inactive
 L relu_1_14_2_pre_when_active
 L relu_1_15_0_above_pre
 L relu_1_15_0_off_when_inactive
 L relu_1_15_0_pre_when_active
 L relu_1_15_1_above_pre
 L relu_1_15_1_off_when_inactive
 L relu_1_15_1_pre_when_active
 L relu_1_15_2_above_pre
 L relu_1_15_2_off_when_inactive
 L relu_1_15_2_pre_when_active
COLUMNS
 u_0_0 pre_definition_1_0_0 0.9328288493890713
 u_0_0 pre_definition_1_1_0 0.648688758794882
 u_0_0 pre_definition_1_2_0 -0.08292244049818343
 u_0_0 pre_definition_1_3_0 0.1546255576046831
 u_0_0 pre_definition_1_4_0 0.7514334470008721
 u_0_0 pre_definition_1_5_0 -0.2943790231485002
 u_0_0 pre_definition_1_6_0 0.23264489147623313
 u_0_0 pre_definition_1_7_0 -0.9616706775524602
 u_0_0 pre_definition_1_8_0 -0.3009185525356326
 u_0_0 pre_definition_1_9_0 0.22215715204179243
 u_0_0 pre_definition_1_10_0 -0.4429766803881634
 u_0_0 pre_definition_1_11_0 0.3795162488820887
 u_0_0 pre_definition_1_12_0 -0.7789756686980005
 u_0_0 pre_definition_1_13_0 0.28440960658185954
 u_0_0 pre_definition_1_14_0 0.3562612178481157
 u_0_0 pre_definition_1_15_0 0.3241775489857335
 u_0_1 pre_definition_1_0_0 -0.45931089285988813
 u_0_1 pre_definition_1_1_0 -0.7263578446997732
 u_0_1 pre_definition_1_2_0 0.40057621892523043
 u_0_1 pre_definition_1_3_0 0.9433606577090741
 u_0_1 pre_definition_1_4_0 -0.34124882938726064
 u_0_1 pre_definition_1_5_0 -0.2307702229625077
 u_0_1 pre_definition_1_6_0 -0.994419871578422
 u_0_1 pre_definition_1_7_0 -0.3710839689613894
 u_0_1 pre_definition_1_8_0 -0.37689346114188016
 u_0_1 pre_definition_1_9_0 0.7298069899551776
 u_0_1 pre_definition_1_10_0 -0.050708644951451776
 u_0_1 pre_definition_1_11_0 0.028329282336421846
 u_0_1 pre_definition_1_12_0 -0.8680870319124994
 u_0_1 pre_definition_1_13_0 -0.14305966145952187
 u_0_1 pre_definition_1_14_0 -0.1886000603993936
 u_0_1 pre_definition_1_15_0 0.21676199894367754
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
 u_1_0 pre_definition_1_0_1 0.9328288493890713
 u_1_0 pre_definition_1_1_1 0.648688758794882
 u_1_0 pre_definition_1_2_1 -0.08292244049818343
 u_1_0 pre_definition_1_3_1 0.1546255576046831
 u_1_0 pre_definition_1_4_1 0.7514334470008721
 u_1_0 pre_definition_1_5_1 -0.2943790231485002
 u_1_0 pre_definition_1_6_1 0.23264489147623313
 u_1_0 pre_definition_1_7_1 -0.9616706775524602
 u_1_0 pre_definition_1_8_1 -0.3009185525356326
 u_1_0 pre_definition_1_9_1 0.22215715204179243
 u_1_0 pre_definition_1_10_1 -0.4429766803881634
 u_1_0 pre_definition_1_11_1 0.3795162488820887
 u_1_0 pre_definition_1_12_1 -0.7789756686980005
 u_1_0 pre_definition_1_13_1 0.28440960658185954
 u_1_0 pre_definition_1_14_1 0.3562612178481157
 u_1_0 pre_definition_1_15_1 0.3241775489857335
 u_1_1 pre_definition_1_0_1 -0.45931089285988813
 u_1_1 pre_definition_1_1_1 -0.7263578446997732
 u_1_1 pre_definition_1_2_1 0.40057621892523043
 u_1_1 pre_definition_1_3_1 0.9433606577090741
 u_1_1 pre_definition_1_4_1 -0.34124882938726064
 u_1_1 pre_definition_1_5_1 -0.2307702229625077
 u_1_1 pre_definition_1_6_1 -0.994419871578422
 u_1_1 pre_definition_1_7_1 -0.3710839689613894
 u_1_1 pre_definition_1_8_1 -0.37689346114188016
 u_1_1 pre_definition_1_9_1 0.7298069899551776
 u_1_1 pre_definition_1_10_1 -0.050708644951451776
 u_1_1 pre_definition_1_11_1 0.028329282336421846
 u_1_1 pre_definition_1_12_1 -0.8680870319124994
 u_1_1 pre_definition_1_13_1 -0.14305966145952187
 u_1_1 pre_definition_1_14_1 -0.1886000603993936
 u_1_1 pre_definition_1_15_1 0.21676199894367754
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
 u_2_0 pre_definition_1_0_2 0.9328288493890713
 u_2_0 pre_definition_1_1_2 0.648688758794882
 u_2_0 pre_definition_1_2_2 -0.08292244049818343
 u_2_0 pre_definition_1_3_2 0.1546255576046831
 u_2_0 pre_definition_1_4_2 0.7514334470008721
 u_2_0 pre_definition_1_5_2 -0.2943790231485002
 u_2_0 pre_definition_1_6_2 0.23264489147623313
 u_2_0 pre_definition_1_7_2 -0.9616706775524602
 u_2_0 pre_definition_1_8_2 -0.3009185525356326
 u_2_0 pre_definition_1_9_2 0.22215715204179243
 u_2_0 pre_definition_1_10_2 -0.4429766803881634
 u_2_0 pre_definition_1_11_2 0.3795162488820887
 u_2_0 pre_definition_1_12_2 -0.7789756686980005
 u_2_0 pre_definition_1_13_2 0.28440960658185954
 u_2_0 pre_definition_1_14_2 0.3562612178481157
 u_2_0 pre_definition_1_15_2 0.3241775489857335
 u_2_1 pre_definition_1_0_2 -0.45931089285988813
 u_2_1 pre_definition_1_1_2 -0.7263578446997732
 u_2_1 pre_definition_1_2_2 0.40057621892523043
 u_2_1 pre_definition_1_3_2 0.9433606577090741
 u_2_1 pre_definition_1_4_2 -0.34124882938726064
 u_2_1 pre_definition_1_5_2 -0.2307702229625077
 u_2_1 pre_definition_1_6_2 -0.994419871578422
 u_2_1 pre_definition_1_7_2 -0.3710839689613894
 u_2_1 pre_definition_1_8_2 -0.37689346114188016
 u_2_1 pre_definition_1_9_2 0.7298069899551776
 u_2_1 pre_definition_1_10_2 -0.050708644951451776
 u_2_1 pre_definition_1_11_2 0.028329282336421846
 u_2_1 pre_definition_1_12_2 -0.8680870319124994
 u_2_1 pre_definition_1_13_2 -0.14305966145952187
 u_2_1 pre_definition_1_14_2 -0.1886000603993936
 u_2_1 pre_definition_1_15_2 0.21676199894367754
 u_2_2 pre_definition_1_0_2 -1
 u_2_2 pre_definition_1_1_2 -1
 u_2_2 pre_definition_1_2_2 -1
 u_2_2 pre_definition_1_3_2 -1
 u_2_2 pre_definition_1_4_2 -1
 u_2_2 pre_definition_1_5_2 -1
 u_2_2 pre_definition_1_6_2 -1
 u_2_2 pre_definition_1_7_2 -1
 u_2_2 pre_definition_1_8_2 -1
 u_2_2 pre_definition_1_9_2 -1
 u_2_2 pre_definition_1_10_2 -1
 u_2_2 pre_definition_1_11_2 -1
 u_2_2 pre_definition_1_12_2 -1
 u_2_2 pre_definition_1_13_2 -1
 u_2_2 pre_definition_1_14_2 -1
 u_2_2 pre_definition_1_15_2 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_above_pre 1
 pre_1_0_0 relu_1_0_0_pre_when_active -1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre 1
 pre_1_0_1 relu_1_0_1_pre_when_active -1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre 1
 pre_1_0_2 relu_1_0_2_pre_when_active -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre 1
 pre_1_1_0 relu_1_1_0_pre_when_active -1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre 1
 pre_1_1_1 relu_1_1_1_pre_when_active -1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre 1
 pre_1_1_2 relu_1_1_2_pre_when_active -1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre 1
 pre_1_2_0 relu_1_2_0_pre_when_active -1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre 1
 pre_1_2_1 relu_1_2_1_pre_when_active -1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre 1
 pre_1_2_2 relu_1_2_2_pre_when_active -1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre 1
 pre_1_3_0 relu_1_3_0_pre_when_active -1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre 1
 pre_1_3_1 relu_1_3_1_pre_when_active -1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre 1
 pre_1_3_2 relu_1_3_2_pre_when_active -1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre 1
 pre_1_4_0 relu_1_4_0_pre_when_active -1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre 1
 pre_1_4_1 relu_1_4_1_pre_when_active -1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre 1
 pre_1_4_2 relu_1_4_2_pre_when_active -1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre 1
 pre_1_5_0 relu_1_5_0_pre_when_active -1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre 1
 pre_1_5_1 relu_1_5_1_pre_when_active -1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre 1
 pre_1_5_2 relu_1_5_2_pre_when_active -1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre 1
 pre_1_6_0 relu_1_6_0_pre_when_active -1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre 1
 pre_1_6_1 relu_1_6_1_pre_when_active -1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre 1
 pre_1_6_2 relu_1_6_2_pre_when_active -1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre 1
 pre_1_7_0 relu_1_7_0_pre_when_active -1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre 1
 pre_1_7_1 relu_1_7_1_pre_when_active -1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre 1
 pre_1_7_2 relu_1_7_2_pre_when_active -1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre 1
 pre_1_8_0 relu_1_8_0_pre_when_active -1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre 1
 pre_1_8_1 relu_1_8_1_pre_when_active -1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre 1
 pre_1_8_2 relu_1_8_2_pre_when_active -1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre 1
 pre_1_9_0 relu_1_9_0_pre_when_active -1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre 1
 pre_1_9_1 relu_1_9_1_pre_when_active -1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre 1
 pre_1_9_2 relu_1_9_2_pre_when_active -1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre 1
 pre_1_10_0 relu_1_10_0_pre_when_active -1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre 1
 pre_1_10_1 relu_1_10_1_pre_when_active -1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre 1
 pre_1_10_2 relu_1_10_2_pre_when_active -1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre 1
 pre_1_11_0 relu_1_11_0_pre_when_active -1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre 1
 pre_1_11_1 relu_1_11_1_pre_when_active -1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre 1
 pre_1_11_2 relu_1_11_2_pre_when_active -1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre 1
 pre_1_12_0 relu_1_12_0_pre_when_active -1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre 1
 pre_1_12_1 relu_1_12_1_pre_when_active -1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre 1
 pre_1_12_2 relu_1_12_2_pre_when_active -1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre 1
 pre_1_13_0 relu_1_13_0_pre_when_active -1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre 1
 pre_1_13_1 relu_1_13_1_pre_when_active -1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre 1
 pre_1_13_2 relu_1_13_2_pre_when_active -1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre 1
 pre_1_14_0 relu_1_14_0_pre_when_active -1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre 1
 pre_1_14_1 relu_1_14_1_pre_when_active -1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre 1
 pre_1_14_2 relu_1_14_2_pre_when_active -1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre 1
 pre_1_15_0 relu_1_15_0_pre_when_active -1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre 1
 pre_1_15_1 relu_1_15_1_pre_when_active -1
 pre_1_15_2 pre_definition_1_15_2 1
 pre_1_15_2 relu_1_15_2_above_pre 1
 pre_1_15_2 relu_1_15_2_pre_when_active -1
 post_1_0_0 post_split_0_0 1
 post_1_0_0 relu_1_0_0_above_pre -1
 post_1_0_0 relu_1_0_0_off_when_inactive 1
 post_1_0_0 relu_1_0_0_pre_when_active 1
 post_1_0_1 post_split_0_1 1
 post_1_0_1 relu_1_0_1_above_pre -1
 post_1_0_1 relu_1_0_1_off_when_inactive 1
 post_1_0_1 relu_1_0_1_pre_when_active 1
 post_1_0_2 post_split_0_2 1
 post_1_0_2 relu_1_0_2_above_pre -1
 post_1_0_2 relu_1_0_2_off_when_inactive 1
 post_1_0_2 relu_1_0_2_pre_when_active 1
 post_1_1_0 post_split_1_0 1
 post_1_1_0 relu_1_1_0_above_pre -1
 post_1_1_0 relu_1_1_0_off_when_inactive 1
 post_1_1_0 relu_1_1_0_pre_when_active 1
 post_1_1_1 post_split_1_1 1
 post_1_1_1 relu_1_1_1_above_pre -1
 post_1_1_1 relu_1_1_1_off_when_inactive 1
 post_1_1_1 relu_1_1_1_pre_when_active 1
 post_1_1_2 post_split_1_2 1
 post_1_1_2 relu_1_1_2_above_pre -1
 post_1_1_2 relu_1_1_2_off_when_inactive 1
 post_1_1_2 relu_1_1_2_pre_when_active 1
 post_1_2_0 post_split_2_0 1
 post_1_2_0 relu_1_2_0_above_pre -1
 post_1_2_0 relu_1_2_0_off_when_inactive 1
 post_1_2_0 relu_1_2_0_pre_when_active 1
 post_1_2_1 post_split_2_1 1
 post_1_2_1 relu_1_2_1_above_pre -1
 post_1_2_1 relu_1_2_1_off_when_inactive 1
 post_1_2_1 relu_1_2_1_pre_when_active 1
 post_1_2_2 post_split_2_2 1
 post_1_2_2 relu_1_2_2_above_pre -1
 post_1_2_2 relu_1_2_2_off_when_inactive 1
 post_1_2_2 relu_1_2_2_pre_when_active 1
 post_1_3_0 post_split_3_0 1
 post_1_3_0 relu_1_3_0_above_pre -1
 post_1_3_0 relu_1_3_0_off_when_inactive 1
 post_1_3_0 relu_1_3_0_pre_when_active 1
 post_1_3_1 post_split_3_1 1
 post_1_3_1 relu_1_3_1_above_pre -1
 post_1_3_1 relu_1_3_1_off_when_inactive 1
 post_1_3_1 relu_1_3_1_pre_when_active 1
 post_1_3_2 post_split_3_2 1
 post_1_3_2 relu_1_3_2_above_pre -1
 post_1_3_2 relu_1_3_2_off_when_inactive 1
 post_1_3_2 relu_1_3_2_pre_when_active 1
 post_1_4_0 post_split_4_0 1
 post_1_4_0 relu_1_4_0_above_pre -1
 post_1_4_0 relu_1_4_0_off_when_inactive 1
 post_1_4_0 relu_1_4_0_pre_when_active 1
 post_1_4_1 post_split_4_1 1
 post_1_4_1 relu_1_4_1_above_pre -1
 post_1_4_1 relu_1_4_1_off_when_inactive 1
 post_1_4_1 relu_1_4_1_pre_when_active 1
 post_1_4_2 post_split_4_2 1
 post_1_4_2 relu_1_4_2_above_pre -1
 post_1_4_2 relu_1_4_2_off_when_inactive 1
 post_1_4_2 relu_1_4_2_pre_when_active 1
 post_1_5_0 post_split_5_0 1
 post_1_5_0 relu_1_5_0_above_pre -1
 post_1_5_0 relu_1_5_0_off_when_inactive 1
 post_1_5_0 relu_1_5_0_pre_when_active 1
 post_1_5_1 post_split_5_1 1
 post_1_5_1 relu_1_5_1_above_pre -1
 post_1_5_1 relu_1_5_1_off_when_inactive 1
 post_1_5_1 relu_1_5_1_pre_when_active 1
 post_1_5_2 post_split_5_2 1
 post_1_5_2 relu_1_5_2_above_pre -1
 post_1_5_2 relu_1_5_2_off_when_inactive 1
 post_1_5_2 relu_1_5_2_pre_when_active 1
 post_1_6_0 post_split_6_0 1
 post_1_6_0 relu_1_6_0_above_pre -1
 post_1_6_0 relu_1_6_0_off_when_inactive 1
 post_1_6_0 relu_1_6_0_pre_when_active 1
 post_1_6_1 post_split_6_1 1
 post_1_6_1 relu_1_6_1_above_pre -1
 post_1_6_1 relu_1_6_1_off_when_inactive 1
 post_1_6_1 relu_1_6_1_pre_when_active 1
 post_1_6_2 post_split_6_2 1
 post_1_6_2 relu_1_6_2_above_pre -1
 post_1_6_2 relu_1_6_2_off_when_inactive 1
 post_1_6_2 relu_1_6_2_pre_when_active 1
 post_1_7_0 post_split_7_0 1
 post_1_7_0 relu_1_7_0_above_pre -1
 post_1_7_0 relu_1_7_0_off_when_inactive 1
 post_1_7_0 relu_1_7_0_pre_when_active 1
 post_1_7_1 post_split_7_1 1
 post_1_7_1 relu_1_7_1_above_pre -1
 post_1_7_1 relu_1_7_1_off_when_inactive 1
 post_1_7_1 relu_1_7_1_pre_when_active 1
 post_1_7_2 post_split_7_2 1
 post_1_7_2 relu_1_7_2_above_pre -1
 post_1_7_2 relu_1_7_2_off_when_inactive 1
 post_1_7_2 relu_1_7_2_pre_when_active 1
 post_1_8_0 post_split_8_0 1
 post_1_8_0 relu_1_8_0_above_pre -1
 post_1_8_0 relu_1_8_0_off_when_inactive 1
 post_1_8_0 relu_1_8_0_pre_when_active 1
 post_1_8_1 post_split_8_1 1
 post_1_8_1 relu_1_8_1_above_pre -1
 post_1_8_1 relu_1_8_1_off_when_inactive 1
 post_1_8_1 relu_1_8_1_pre_when_active 1
 post_1_8_2 post_split_8_2 1
 post_1_8_2 relu_1_8_2_above_pre -1
 post_1_8_2 relu_1_8_2_off_when_inactive 1
 post_1_8_2 relu_1_8_2_pre_when_active 1
 post_1_9_0 post_split_9_0 1
 post_1_9_0 relu_1_9_0_above_pre -1
 post_1_9_0 relu_1_9_0_off_when_inactive 1
 post_1_9_0 relu_1_9_0_pre_when_active 1
 post_1_9_1 post_split_9_1 1
 post_1_9_1 relu_1_9_1_above_pre -1
 post_1_9_1 relu_1_9_1_off_when_inactive 1
 post_1_9_1 relu_1_9_1_pre_when_active 1
 post_1_9_2 post_split_9_2 1
 post_1_9_2 relu_1_9_2_above_pre -1
 post_1_9_2 relu_1_9_2_off_when_inactive 1
 post_1_9_2 relu_1_9_2_pre_when_active 1
 post_1_10_0 post_split_10_0 1
 post_1_10_0 relu_1_10_0_above_pre -1
 post_1_10_0 relu_1_10_0_off_when_inactive 1
 post_1_10_0 relu_1_10_0_pre_when_active 1
 post_1_10_1 post_split_10_1 1
 post_1_10_1 relu_1_10_1_above_pre -1
 post_1_10_1 relu_1_10_1_off_when_inactive 1
 post_1_10_1 relu_1_10_1_pre_when_active 1
 post_1_10_2 post_split_10_2 1
 post_1_10_2 relu_1_10_2_above_pre -1
 post_1_10_2 relu_1_10_2_off_when_inactive 1
 post_1_10_2 relu_1_10_2_pre_when_active 1
 post_1_11_0 post_split_11_0 1
 post_1_11_0 relu_1_11_0_above_pre -1
 post_1_11_0 relu_1_11_0_off_when_inactive 1
 post_1_11_0 relu_1_11_0_pre_when_active 1
 post_1_11_1 post_split_11_1 1
 post_1_11_1 relu_1_11_1_above_pre -1
 post_1_11_1 relu_1_11_1_off_when_inactive 1
 post_1_11_1 relu_1_11_1_pre_when_active 1
 post_1_11_2 post_split_11_2 1
 post_1_11_2 relu_1_11_2_above_pre -1
 post_1_11_2 relu_1_11_2_off_when_inactive 1
 post_1_11_2 relu_1_11_2_pre_when_active 1
 post_1_12_0 post_split_12_0 1
 post_1_12_0 relu_1_12_0_above_pre -1
 post_1_12_0 relu_1_12_0_off_when_inactive 1
 post_1_12_0 relu_1_12_0_pre_when_active 1
 post_1_12_1 post_split_12_1 1
 post_1_12_1 relu_1_12_1_above_pre -1
 post_1_12_1 relu_1_12_1_off_when_inactive 1
 post_1_12_1 relu_1_12_1_pre_when_active 1
 post_1_12_2 post_split_12_2 1
 post_1_12_2 relu_1_12_2_above_pre -1
 post_1_12_2 relu_1_12_2_off_when_inactive 1
 post_1_12_2 relu_1_12_2_pre_when_active 1
 post_1_13_0 post_split_13_0 1
 post_1_13_0 relu_1_13_0_above_pre -1
 post_1_13_0 relu_1_13_0_off_when_inactive 1
 post_1_13_0 relu_1_13_0_pre_when_active 1
 post_1_13_1 post_split_13_1 1
 post_1_13_1 relu_1_13_1_above_pre -1
 post_1_13_1 relu_1_13_1_off_when_inactive 1
 post_1_13_1 relu_1_13_1_pre_when_active 1
 post_1_13_2 post_split_13_2 1
 post_1_13_2 relu_1_13_2_above_pre -1
 post_1_13_2 relu_1_13_2_off_when_inactive 1
 post_1_13_2 relu_1_13_2_pre_when_active 1
 post_1_14_0 post_split_14_0 1
 post_1_14_0 relu_1_14_0_above_pre -1
 post_1_14_0 relu_1_14_0_off_when_inactive 1
 post_1_14_0 relu_1_14_0_pre_when_active 1
 post_1_14_1 post_split_14_1 1
 post_1_14_1 relu_1_14_1_above_pre -1
 post_1_14_1 relu_1_14_1_off_when_inactive 1
 post_1_14_1 relu_1_14_1_pre_when_active 1
 post_1_14_2 post_split_14_2 1
 post_1_14_2 relu_1_14_2_above_pre -1
 post_1_14_2 relu_1_14_2_off_when_inactive 1
 post_1_14_2 relu_1_14_2_pre_when_active 1
 post_1_15_0 post_split_15_0 1
 post_1_15_0 relu_1_15_0_above_pre -1
 post_1_15_0 relu_1_15_0_off_when_inactive 1
 post_1_15_0 relu_1_15_0_pre_when_active 1
 post_1_15_1 post_split_15_1 1
 post_1_15_1 relu_1_15_1_above_pre -1
 post_1_15_1 relu_1_15_1_off_when_inactive 1
 post_1_15_1 relu_1_15_1_pre_when_active 1
 post_1_15_2 post_split_15_2 1
 post_1_15_2 relu_1_15_2_above_pre -1
 post_1_15_2 relu_1_15_2_off_when_inactive 1
 post_1_15_2 relu_1_15_2_pre_when_active 1
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
 out_0_0 obj -2.4675836377670985
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.608363697444664
 out_1_0 out_definition_1_0 1
 out_2_0 obj -3.5264075235867707
 out_2_0 out_definition_2_0 1
 out_3_0 obj -4.754983196649833
 out_3_0 out_definition_3_0 1
 out_4_0 obj -2.727222568041964
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.9083445432525948
 out_5_0 out_definition_5_0 1
 out_6_0 obj 0.3284818393172322
 out_6_0 out_definition_6_0 1
 out_7_0 obj 0.020333472094963074
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.6061148300296977
 out_8_0 out_definition_8_0 1
 out_9_0 obj -3.7511162830814166
 out_9_0 out_definition_9_0 1
 out_10_0 obj -1.245631452961189
 out_10_0 out_definition_10_0 1
 out_11_0 obj -2.783226704735436
 out_11_0 out_definition_11_0 1
 out_12_0 obj 0.9539534916397385
 out_12_0 out_definition_12_0 1
 out_13_0 obj -1.9947395402115264
 out_13_0 out_definition_13_0 1
 out_14_0 obj -2.0709512852119714
 out_14_0 out_definition_14_0 1
 out_15_0 obj -2.953346586645586
 out_15_0 out_definition_15_0 1
 M122 'MARKER' 'INTORG'
 sign_0 positive_if_sign_0_0 -21.529257680240633
 sign_0 positive_if_sign_1_0 -21.375419431451895
 sign_0 positive_if_sign_2_0 -13.351487934810724
 sign_0 positive_if_sign_3_0 -18.881875937823814
 sign_0 positive_if_sign_4_0 -18.834140487493194
 sign_0 positive_if_sign_5_0 -13.726343214999071
 sign_0 positive_if_sign_6_0 -20.0435828674919
 sign_0 positive_if_sign_7_0 -20.99479181862465
 sign_0 positive_if_sign_8_0 -15.100308123097616
 sign_0 positive_if_sign_9_0 -17.567677277972727
 sign_0 positive_if_sign_10_0 -13.443167928056535
 sign_0 positive_if_sign_11_0 -12.670609780966595
 sign_0 positive_if_sign_12_0 -23.8235643054945
 sign_0 positive_if_sign_13_0 -12.847223412372433
 sign_0 positive_if_sign_14_0 -13.903751504227584
 sign_0 positive_if_sign_15_0 -13.8684559313647
 sign_0 negative_unless_sign_0_0 21.529257680240633
 sign_0 negative_unless_sign_1_0 21.375419431451895
 sign_0 negative_unless_sign_2_0 13.351487934810724
 sign_0 negative_unless_sign_3_0 18.881875937823814
 sign_0 negative_unless_sign_4_0 18.834140487493194
 sign_0 negative_unless_sign_5_0 13.726343214999071
 sign_0 negative_unless_sign_6_0 20.0435828674919
 sign_0 negative_unless_sign_7_0 20.99479181862465
 sign_0 negative_unless_sign_8_0 15.100308123097616
 sign_0 negative_unless_sign_9_0 17.567677277972727
 sign_0 negative_unless_sign_10_0 13.443167928056535
 sign_0 negative_unless_sign_11_0 12.670609780966595
 sign_0 negative_unless_sign_12_0 23.8235643054945
 sign_0 negative_unless_sign_13_0 12.847223412372433
 sign_0 negative_unless_sign_14_0 13.903751504227584
 sign_0 negative_unless_sign_15_0 13.8684559313647
 sign_1 positive_if_sign_0_1 -21.529257680240633
 sign_1 positive_if_sign_1_1 -21.375419431451895
 sign_1 positive_if_sign_2_1 -13.351487934810724
 sign_1 positive_if_sign_3_1 -18.881875937823814
 sign_1 positive_if_sign_4_1 -18.834140487493194
 sign_1 positive_if_sign_5_1 -13.726343214999071
 sign_1 positive_if_sign_6_1 -20.0435828674919
 sign_1 positive_if_sign_7_1 -20.99479181862465
 sign_1 positive_if_sign_8_1 -15.100308123097616
 sign_1 positive_if_sign_9_1 -17.567677277972727
 sign_1 positive_if_sign_10_1 -13.443167928056535
 sign_1 positive_if_sign_11_1 -12.670609780966595
 sign_1 positive_if_sign_12_1 -23.8235643054945
 sign_1 positive_if_sign_13_1 -12.847223412372433
 sign_1 positive_if_sign_14_1 -13.903751504227584
 sign_1 positive_if_sign_15_1 -13.8684559313647
 sign_1 negative_unless_sign_0_1 21.529257680240633
 sign_1 negative_unless_sign_1_1 21.375419431451895
 sign_1 negative_unless_sign_2_1 13.351487934810724
 sign_1 negative_unless_sign_3_1 18.881875937823814
 sign_1 negative_unless_sign_4_1 18.834140487493194
 sign_1 negative_unless_sign_5_1 13.726343214999071
 sign_1 negative_unless_sign_6_1 20.0435828674919
 sign_1 negative_unless_sign_7_1 20.99479181862465
 sign_1 negative_unless_sign_8_1 15.100308123097616
 sign_1 negative_unless_sign_9_1 17.567677277972727
 sign_1 negative_unless_sign_10_1 13.443167928056535
 sign_1 negative_unless_sign_11_1 12.670609780966595
 sign_1 negative_unless_sign_12_1 23.8235643054945
 sign_1 negative_unless_sign_13_1 12.847223412372433
 sign_1 negative_unless_sign_14_1 13.903751504227584
 sign_1 negative_unless_sign_15_1 13.8684559313647
 sign_2 positive_if_sign_0_2 -21.529257680240633
 sign_2 positive_if_sign_1_2 -21.375419431451895
 sign_2 positive_if_sign_2_2 -13.351487934810724
 sign_2 positive_if_sign_3_2 -18.881875937823814
 sign_2 positive_if_sign_4_2 -18.834140487493194
 sign_2 positive_if_sign_5_2 -13.726343214999071
 sign_2 positive_if_sign_6_2 -20.0435828674919
 sign_2 positive_if_sign_7_2 -20.99479181862465
 sign_2 positive_if_sign_8_2 -15.100308123097616
 sign_2 positive_if_sign_9_2 -17.567677277972727
 sign_2 positive_if_sign_10_2 -13.443167928056535
 sign_2 positive_if_sign_11_2 -12.670609780966595
 sign_2 positive_if_sign_12_2 -23.8235643054945
 sign_2 positive_if_sign_13_2 -12.847223412372433
 sign_2 positive_if_sign_14_2 -13.903751504227584
 sign_2 positive_if_sign_15_2 -13.8684559313647
 sign_2 negative_unless_sign_0_2 21.529257680240633
 sign_2 negative_unless_sign_1_2 21.375419431451895
 sign_2 negative_unless_sign_2_2 13.351487934810724
 sign_2 negative_unless_sign_3_2 18.881875937823814
 sign_2 negative_unless_sign_4_2 18.834140487493194
 sign_2 negative_unless_sign_5_2 13.726343214999071
 sign_2 negative_unless_sign_6_2 20.0435828674919
 sign_2 negative_unless_sign_7_2 20.99479181862465
 sign_2 negative_unless_sign_8_2 15.100308123097616
 sign_2 negative_unless_sign_9_2 17.567677277972727
 sign_2 negative_unless_sign_10_2 13.443167928056535
 sign_2 negative_unless_sign_11_2 12.670609780966595
 sign_2 negative_unless_sign_12_2 23.8235643054945
 sign_2 negative_unless_sign_13_2 12.847223412372433
 sign_2 negative_unless_sign_14_2 13.903751504227584
 sign_2 negative_unless_sign_15_2 13.8684559313647
 M125 'MARKER' 'INTEND'
 post_positive_0_0 post_split_0_0 -1
 post_positive_0_0 positive_if_sign_0_0 1
 post_positive_0_0 out_definition_0_0 -1
 post_positive_0_1 post_split_0_1 -1
 post_positive_0_1 positive_if_sign_0_1 1
 post_positive_0_1 out_definition_0_0 -1
 post_positive_0_2 post_split_0_2 -1
 post_positive_0_2 positive_if_sign_0_2 1
 post_positive_0_2 out_definition_0_0 -1
 post_positive_1_0 post_split_1_0 -1
 post_positive_1_0 positive_if_sign_1_0 1
 post_positive_1_0 out_definition_1_0 -1
 post_positive_1_1 post_split_1_1 -1
 post_positive_1_1 positive_if_sign_1_1 1
 post_positive_1_1 out_definition_1_0 -1
 post_positive_1_2 post_split_1_2 -1
 post_positive_1_2 positive_if_sign_1_2 1
 post_positive_1_2 out_definition_1_0 -1
 post_positive_2_0 post_split_2_0 -1
 post_positive_2_0 positive_if_sign_2_0 1
 post_positive_2_0 out_definition_2_0 -1
 post_positive_2_1 post_split_2_1 -1
 post_positive_2_1 positive_if_sign_2_1 1
 post_positive_2_1 out_definition_2_0 -1
 post_positive_2_2 post_split_2_2 -1
 post_positive_2_2 positive_if_sign_2_2 1
 post_positive_2_2 out_definition_2_0 -1
 post_positive_3_0 post_split_3_0 -1
 post_positive_3_0 positive_if_sign_3_0 1
 post_positive_3_0 out_definition_3_0 -1
 post_positive_3_1 post_split_3_1 -1
 post_positive_3_1 positive_if_sign_3_1 1
 post_positive_3_1 out_definition_3_0 -1
 post_positive_3_2 post_split_3_2 -1
 post_positive_3_2 positive_if_sign_3_2 1
 post_positive_3_2 out_definition_3_0 -1
 post_positive_4_0 post_split_4_0 -1
 post_positive_4_0 positive_if_sign_4_0 1
 post_positive_4_0 out_definition_4_0 -1
 post_positive_4_1 post_split_4_1 -1
 post_positive_4_1 positive_if_sign_4_1 1
 post_positive_4_1 out_definition_4_0 -1
 post_positive_4_2 post_split_4_2 -1
 post_positive_4_2 positive_if_sign_4_2 1
 post_positive_4_2 out_definition_4_0 -1
 post_positive_5_0 post_split_5_0 -1
 post_positive_5_0 positive_if_sign_5_0 1
 post_positive_5_0 out_definition_5_0 -1
 post_positive_5_1 post_split_5_1 -1
 post_positive_5_1 positive_if_sign_5_1 1
 post_positive_5_1 out_definition_5_0 -1
 post_positive_5_2 post_split_5_2 -1
 post_positive_5_2 positive_if_sign_5_2 1
 post_positive_5_2 out_definition_5_0 -1
 post_positive_6_0 post_split_6_0 -1
 post_positive_6_0 positive_if_sign_6_0 1
 post_positive_6_0 out_definition_6_0 -1
 post_positive_6_1 post_split_6_1 -1
 post_positive_6_1 positive_if_sign_6_1 1
 post_positive_6_1 out_definition_6_0 -1
 post_positive_6_2 post_split_6_2 -1
 post_positive_6_2 positive_if_sign_6_2 1
 post_positive_6_2 out_definition_6_0 -1
 post_positive_7_0 post_split_7_0 -1
 post_positive_7_0 positive_if_sign_7_0 1
 post_positive_7_0 out_definition_7_0 -1
 post_positive_7_1 post_split_7_1 -1
 post_positive_7_1 positive_if_sign_7_1 1
 post_positive_7_1 out_definition_7_0 -1
 post_positive_7_2 post_split_7_2 -1
 post_positive_7_2 positive_if_sign_7_2 1
 post_positive_7_2 out_definition_7_0 -1
 post_positive_8_0 post_split_8_0 -1
 post_positive_8_0 positive_if_sign_8_0 1
 post_positive_8_0 out_definition_8_0 -1
 post_positive_8_1 post_split_8_1 -1
 post_positive_8_1 positive_if_sign_8_1 1
 post_positive_8_1 out_definition_8_0 -1
 post_positive_8_2 post_split_8_2 -1
 post_positive_8_2 positive_if_sign_8_2 1
 post_positive_8_2 out_definition_8_0 -1
 post_positive_9_0 post_split_9_0 -1
 post_positive_9_0 positive_if_sign_9_0 1
 post_positive_9_0 out_definition_9_0 -1
 post_positive_9_1 post_split_9_1 -1
 post_positive_9_1 positive_if_sign_9_1 1
 post_positive_9_1 out_definition_9_0 -1
 post_positive_9_2 post_split_9_2 -1
 post_positive_9_2 positive_if_sign_9_2 1
 post_positive_9_2 out_definition_9_0 -1
 post_positive_10_0 post_split_10_0 -1
 post_positive_10_0 positive_if_sign_10_0 1
 post_positive_10_0 out_definition_10_0 -1
 post_positive_10_1 post_split_10_1 -1
 post_positive_10_1 positive_if_sign_10_1 1
 post_positive_10_1 out_definition_10_0 -1
 post_positive_10_2 post_split_10_2 -1
 post_positive_10_2 positive_if_sign_10_2 1
 post_positive_10_2 out_definition_10_0 -1
 post_positive_11_0 post_split_11_0 -1
 post_positive_11_0 positive_if_sign_11_0 1
 post_positive_11_0 out_definition_11_0 -1
 post_positive_11_1 post_split_11_1 -1
 post_positive_11_1 positive_if_sign_11_1 1
 post_positive_11_1 out_definition_11_0 -1
 post_positive_11_2 post_split_11_2 -1
 post_positive_11_2 positive_if_sign_11_2 1
 post_positive_11_2 out_definition_11_0 -1
 post_positive_12_0 post_split_12_0 -1
 post_positive_12_0 positive_if_sign_12_0 1
 post_positive_12_0 out_definition_12_0 -1
 post_positive_12_1 post_split_12_1 -1
 post_positive_12_1 positive_if_sign_12_1 1
 post_positive_12_1 out_definition_12_0 -1
 post_positive_12_2 post_split_12_2 -1
 post_positive_12_2 positive_if_sign_12_2 1
 post_positive_12_2 out_definition_12_0 -1
 post_positive_13_0 post_split_13_0 -1
 post_positive_13_0 positive_if_sign_13_0 1
 post_positive_13_0 out_definition_13_0 -1
 post_positive_13_1 post_split_13_1 -1
 post_positive_13_1 positive_if_sign_13_1 1
 post_positive_13_1 out_definition_13_0 -1
 post_positive_13_2 post_split_13_2 -1
 post_positive_13_2 positive_if_sign_13_2 1
 post_positive_13_2 out_definition_13_0 -1
 post_positive_14_0 post_split_14_0 -1
 post_positive_14_0 positive_if_sign_14_0 1
 post_positive_14_0 out_definition_14_0 -1
 post_positive_14_1 post_split_14_1 -1
 post_positive_14_1 positive_if_sign_14_1 1
 post_positive_14_1 out_definition_14_0 -1
 post_positive_14_2 post_split_14_2 -1
 post_positive_14_2 positive_if_sign_14_2 1
 post_positive_14_2 out_definition_14_0 -1
 post_positive_15_0 post_split_15_0 -1
 post_positive_15_0 positive_if_sign_15_0 1
 post_positive_15_0 out_definition_15_0 -1
 post_positive_15_1 post_split_15_1 -1
 post_positive_15_1 positive_if_sign_15_1 1
 post_positive_15_1 out_definition_15_0 -1
 post_positive_15_2 post_split_15_2 -1
 post_positive_15_2 positive_if_sign_15_2 1
 post_positive_15_2 out_definition_15_0 -1
 post_negative_0_0 post_split_0_0 -1
 post_negative_0_0 negative_unless_sign_0_0 1
 post_negative_0_0 out_definition_0_0 1
 post_negative_0_1 post_split_0_1 -1
 post_negative_0_1 negative_unless_sign_0_1 1
 post_negative_0_1 out_definition_0_0 1
 post_negative_0_2 post_split_0_2 -1
 post_negative_0_2 negative_unless_sign_0_2 1
 post_negative_0_2 out_definition_0_0 1
 post_negative_1_0 post_split_1_0 -1
 post_negative_1_0 negative_unless_sign_1_0 1
 post_negative_1_0 out_definition_1_0 1
 post_negative_1_1 post_split_1_1 -1
 post_negative_1_1 negative_unless_sign_1_1 1
 post_negative_1_1 out_definition_1_0 1
 post_negative_1_2 post_split_1_2 -1
 post_negative_1_2 negative_unless_sign_1_2 1
 post_negative_1_2 out_definition_1_0 1
 post_negative_2_0 post_split_2_0 -1
 post_negative_2_0 negative_unless_sign_2_0 1
 post_negative_2_0 out_definition_2_0 1
 post_negative_2_1 post_split_2_1 -1
 post_negative_2_1 negative_unless_sign_2_1 1
 post_negative_2_1 out_definition_2_0 1
 post_negative_2_2 post_split_2_2 -1
 post_negative_2_2 negative_unless_sign_2_2 1
 post_negative_2_2 out_definition_2_0 1
 post_negative_3_0 post_split_3_0 -1
 post_negative_3_0 negative_unless_sign_3_0 1
 post_negative_3_0 out_definition_3_0 1
 post_negative_3_1 post_split_3_1 -1
 post_negative_3_1 negative_unless_sign_3_1 1
 post_negative_3_1 out_definition_3_0 1
 post_negative_3_2 post_split_3_2 -1
 post_negative_3_2 negative_unless_sign_3_2 1
 post_negative_3_2 out_definition_3_0 1
 post_negative_4_0 post_split_4_0 -1
 post_negative_4_0 negative_unless_sign_4_0 1
 post_negative_4_0 out_definition_4_0 1
 post_negative_4_1 post_split_4_1 -1
 post_negative_4_1 negative_unless_sign_4_1 1
 post_negative_4_1 out_definition_4_0 1
 post_negative_4_2 post_split_4_2 -1
 post_negative_4_2 negative_unless_sign_4_2 1
 post_negative_4_2 out_definition_4_0 1
 post_negative_5_0 post_split_5_0 -1
 post_negative_5_0 negative_unless_sign_5_0 1
 post_negative_5_0 out_definition_5_0 1
 post_negative_5_1 post_split_5_1 -1
 post_negative_5_1 negative_unless_sign_5_1 1
 post_negative_5_1 out_definition_5_0 1
 post_negative_5_2 post_split_5_2 -1
 post_negative_5_2 negative_unless_sign_5_2 1
 post_negative_5_2 out_definition_5_0 1
 post_negative_6_0 post_split_6_0 -1
 post_negative_6_0 negative_unless_sign_6_0 1
 post_negative_6_0 out_definition_6_0 1
 post_negative_6_1 post_split_6_1 -1
 post_negative_6_1 negative_unless_sign_6_1 1
 post_negative_6_1 out_definition_6_0 1
 post_negative_6_2 post_split_6_2 -1
 post_negative_6_2 negative_unless_sign_6_2 1
 post_negative_6_2 out_definition_6_0 1
 post_negative_7_0 post_split_7_0 -1
 post_negative_7_0 negative_unless_sign_7_0 1
 post_negative_7_0 out_definition_7_0 1
 post_negative_7_1 post_split_7_1 -1
 post_negative_7_1 negative_unless_sign_7_1 1
 post_negative_7_1 out_definition_7_0 1
 post_negative_7_2 post_split_7_2 -1
 post_negative_7_2 negative_unless_sign_7_2 1
 post_negative_7_2 out_definition_7_0 1
 post_negative_8_0 post_split_8_0 -1
 post_negative_8_0 negative_unless_sign_8_0 1
 post_negative_8_0 out_definition_8_0 1
 post_negative_8_1 post_split_8_1 -1
 post_negative_8_1 negative_unless_sign_8_1 1
 post_negative_8_1 out_definition_8_0 1
 post_negative_8_2 post_split_8_2 -1
 post_negative_8_2 negative_unless_sign_8_2 1
 post_negative_8_2 out_definition_8_0 1
 post_negative_9_0 post_split_9_0 -1
 post_negative_9_0 negative_unless_sign_9_0 1
 post_negative_9_0 out_definition_9_0 1
 post_negative_9_1 post_split_9_1 -1
 post_negative_9_1 negative_unless_sign_9_1 1
 post_negative_9_1 out_definition_9_0 1
 post_negative_9_2 post_split_9_2 -1
 post_negative_9_2 negative_unless_sign_9_2 1
 post_negative_9_2 out_definition_9_0 1
 post_negative_10_0 post_split_10_0 -1
 post_negative_10_0 negative_unless_sign_10_0 1
 post_negative_10_0 out_definition_10_0 1
 post_negative_10_1 post_split_10_1 -1
 post_negative_10_1 negative_unless_sign_10_1 1
 post_negative_10_1 out_definition_10_0 1
 post_negative_10_2 post_split_10_2 -1
 post_negative_10_2 negative_unless_sign_10_2 1
 post_negative_10_2 out_definition_10_0 1
 post_negative_11_0 post_split_11_0 -1
 post_negative_11_0 negative_unless_sign_11_0 1
 post_negative_11_0 out_definition_11_0 1
 post_negative_11_1 post_split_11_1 -1
 post_negative_11_1 negative_unless_sign_11_1 1
 post_negative_11_1 out_definition_11_0 1
 post_negative_11_2 post_split_11_2 -1
 post_negative_11_2 negative_unless_sign_11_2 1
 post_negative_11_2 out_definition_11_0 1
 post_negative_12_0 post_split_12_0 -1
 post_negative_12_0 negative_unless_sign_12_0 1
 post_negative_12_0 out_definition_12_0 1
 post_negative_12_1 post_split_12_1 -1
 post_negative_12_1 negative_unless_sign_12_1 1
 post_negative_12_1 out_definition_12_0 1
 post_negative_12_2 post_split_12_2 -1
 post_negative_12_2 negative_unless_sign_12_2 1
 post_negative_12_2 out_definition_12_0 1
 post_negative_13_0 post_split_13_0 -1
 post_negative_13_0 negative_unless_sign_13_0 1
 post_negative_13_0 out_definition_13_0 1
 post_negative_13_1 post_split_13_1 -1
 post_negative_13_1 negative_unless_sign_13_1 1
 post_negative_13_1 out_definition_13_0 1
 post_negative_13_2 post_split_13_2 -1
 post_negative_13_2 negative_unless_sign_13_2 1
 post_negative_13_2 out_definition_13_0 1
 post_negative_14_0 post_split_14_0 -1
 post_negative_14_0 negative_unless_sign_14_0 1
 post_negative_14_0 out_definition_14_0 1
 post_negative_14_1 post_split_14_1 -1
 post_negative_14_1 negative_unless_sign_14_1 1
 post_negative_14_1 out_definition_14_0 1
 post_negative_14_2 post_split_14_2 -1
 post_negative_14_2 negative_unless_sign_14_2 1
 post_negative_14_2 out_definition_14_0 1
 post_negative_15_0 post_split_15_0 -1
 post_negative_15_0 negative_unless_sign_15_0 1
 post_negative_15_0 out_definition_15_0 1
 post_negative_15_1 post_split_15_1 -1
 post_negative_15_1 negative_unless_sign_15_1 1
 post_negative_15_1 out_definition_15_0 1
 post_negative_15_2 post_split_15_2 -1
 post_negative_15_2 negative_unless_sign_15_2 1
 post_negative_15_2 out_definition_15_0 1
 M221 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -21.529257680240633
 relu_1_0_0_on relu_1_0_0_pre_when_active 21.529257680240633
 relu_1_0_1_on relu_1_0_1_off_when_inactive -21.529257680240633
 relu_1_0_1_on relu_1_0_1_pre_when_active 21.529257680240633
 relu_1_0_2_on relu_1_0_2_off_when_inactive -21.529257680240633
 relu_1_0_2_on relu_1_0_2_pre_when_active 21.529257680240633
 relu_1_1_0_on relu_1_1_0_off_when_inactive -21.375419431451895
 relu_1_1_0_on relu_1_1_0_pre_when_active 21.375419431451895
 relu_1_1_1_on relu_1_1_1_off_when_inactive -21.375419431451895
 relu_1_1_1_on relu_1_1_1_pre_when_active 21.375419431451895
 relu_1_1_2_on relu_1_1_2_off_when_inactive -21.375419431451895
 relu_1_1_2_on relu_1_1_2_pre_when_active 21.375419431451895
 relu_1_2_0_on relu_1_2_0_off_when_inactive -13.351487934810724
 relu_1_2_0_on relu_1_2_0_pre_when_active 13.351487934810724
 relu_1_2_1_on relu_1_2_1_off_when_inactive -13.351487934810724
 relu_1_2_1_on relu_1_2_1_pre_when_active 13.351487934810724
 relu_1_2_2_on relu_1_2_2_off_when_inactive -13.351487934810724
 relu_1_2_2_on relu_1_2_2_pre_when_active 13.351487934810724
 relu_1_3_0_on relu_1_3_0_off_when_inactive -18.881875937823814
 relu_1_3_0_on relu_1_3_0_pre_when_active 18.881875937823814
 relu_1_3_1_on relu_1_3_1_off_when_inactive -18.881875937823814
 relu_1_3_1_on relu_1_3_1_pre_when_active 18.881875937823814
 relu_1_3_2_on relu_1_3_2_off_when_inactive -18.881875937823814
 relu_1_3_2_on relu_1_3_2_pre_when_active 18.881875937823814
 relu_1_4_0_on relu_1_4_0_off_when_inactive -18.834140487493194
 relu_1_4_0_on relu_1_4_0_pre_when_active 18.834140487493194
 relu_1_4_1_on relu_1_4_1_off_when_inactive -18.834140487493194
 relu_1_4_1_on relu_1_4_1_pre_when_active 18.834140487493194
 relu_1_4_2_on relu_1_4_2_off_when_inactive -18.834140487493194
 relu_1_4_2_on relu_1_4_2_pre_when_active 18.834140487493194
 relu_1_5_0_on relu_1_5_0_off_when_inactive -13.726343214999071
 relu_1_5_0_on relu_1_5_0_pre_when_active 13.726343214999071
 relu_1_5_1_on relu_1_5_1_off_when_inactive -13.726343214999071
 relu_1_5_1_on relu_1_5_1_pre_when_active 13.726343214999071
 relu_1_5_2_on relu_1_5_2_off_when_inactive -13.726343214999071
 relu_1_5_2_on relu_1_5_2_pre_when_active 13.726343214999071
 relu_1_6_0_on relu_1_6_0_off_when_inactive -20.0435828674919
 relu_1_6_0_on relu_1_6_0_pre_when_active 20.0435828674919
 relu_1_6_1_on relu_1_6_1_off_when_inactive -20.0435828674919
 relu_1_6_1_on relu_1_6_1_pre_when_active 20.0435828674919
 relu_1_6_2_on relu_1_6_2_off_when_inactive -20.0435828674919
 relu_1_6_2_on relu_1_6_2_pre_when_active 20.0435828674919
 relu_1_7_0_on relu_1_7_0_off_when_inactive -20.99479181862465
 relu_1_7_0_on relu_1_7_0_pre_when_active 20.99479181862465
 relu_1_7_1_on relu_1_7_1_off_when_inactive -20.99479181862465
 relu_1_7_1_on relu_1_7_1_pre_when_active 20.99479181862465
 relu_1_7_2_on relu_1_7_2_off_when_inactive -20.99479181862465
 relu_1_7_2_on relu_1_7_2_pre_when_active 20.99479181862465
 relu_1_8_0_on relu_1_8_0_off_when_inactive -15.100308123097616
 relu_1_8_0_on relu_1_8_0_pre_when_active 15.100308123097616
 relu_1_8_1_on relu_1_8_1_off_when_inactive -15.100308123097616
 relu_1_8_1_on relu_1_8_1_pre_when_active 15.100308123097616
 relu_1_8_2_on relu_1_8_2_off_when_inactive -15.100308123097616
 relu_1_8_2_on relu_1_8_2_pre_when_active 15.100308123097616
 relu_1_9_0_on relu_1_9_0_off_when_inactive -17.567677277972727
 relu_1_9_0_on relu_1_9_0_pre_when_active 17.567677277972727
 relu_1_9_1_on relu_1_9_1_off_when_inactive -17.567677277972727
 relu_1_9_1_on relu_1_9_1_pre_when_active 17.567677277972727
 relu_1_9_2_on relu_1_9_2_off_when_inactive -17.567677277972727
 relu_1_9_2_on relu_1_9_2_pre_when_active 17.567677277972727
 relu_1_10_0_on relu_1_10_0_off_when_inactive -13.443167928056535
 relu_1_10_0_on relu_1_10_0_pre_when_active 13.443167928056535
 relu_1_10_1_on relu_1_10_1_off_when_inactive -13.443167928056535
 relu_1_10_1_on relu_1_10_1_pre_when_active 13.443167928056535
 relu_1_10_2_on relu_1_10_2_off_when_inactive -13.443167928056535
 relu_1_10_2_on relu_1_10_2_pre_when_active 13.443167928056535
 relu_1_11_0_on relu_1_11_0_off_when_inactive -12.670609780966595
 relu_1_11_0_on relu_1_11_0_pre_when_active 12.670609780966595
 relu_1_11_1_on relu_1_11_1_off_when_inactive -12.670609780966595
 relu_1_11_1_on relu_1_11_1_pre_when_active 12.670609780966595
 relu_1_11_2_on relu_1_11_2_off_when_inactive -12.670609780966595
 relu_1_11_2_on relu_1_11_2_pre_when_active 12.670609780966595
 relu_1_12_0_on relu_1_12_0_off_when_inactive -23.8235643054945
 relu_1_12_0_on relu_1_12_0_pre_when_active 23.8235643054945
 relu_1_12_1_on relu_1_12_1_off_when_inactive -23.8235643054945
 relu_1_12_1_on relu_1_12_1_pre_when_active 23.8235643054945
 relu_1_12_2_on relu_1_12_2_off_when_inactive -23.8235643054945
 relu_1_12_2_on relu_1_12_2_pre_when_active 23.8235643054945
 relu_1_13_0_on relu_1_13_0_off_when_inactive -12.847223412372433
 relu_1_13_0_on relu_1_13_0_pre_when_active 12.847223412372433
 relu_1_13_1_on relu_1_13_1_off_when_inactive -12.847223412372433
 relu_1_13_1_on relu_1_13_1_pre_when_active 12.847223412372433
 relu_1_13_2_on relu_1_13_2_off_when_inactive -12.847223412372433
 relu_1_13_2_on relu_1_13_2_pre_when_active 12.847223412372433
 relu_1_14_0_on relu_1_14_0_off_when_inactive -13.903751504227584
 relu_1_14_0_on relu_1_14_0_pre_when_active 13.903751504227584
 relu_1_14_1_on relu_1_14_1_off_when_inactive -13.903751504227584
 relu_1_14_1_on relu_1_14_1_pre_when_active 13.903751504227584
 relu_1_14_2_on relu_1_14_2_off_when_inactive -13.903751504227584
 relu_1_14_2_on relu_1_14_2_pre_when_active 13.903751504227584
 relu_1_15_0_on relu_1_15_0_off_when_inactive -13.8684559313647
 relu_1_15_0_on relu_1_15_0_pre_when_active 13.8684559313647
 relu_1_15_1_on relu_1_15_1_off_when_inactive -13.8684559313647
 relu_1_15_1_on relu_1_15_1_pre_when_active 13.8684559313647
 relu_1_15_2_on relu_1_15_2_off_when_inactive -13.8684559313647
 relu_1_15_2_on relu_1_15_2_pre_when_active 13.8684559313647
 M269 'MARKER' 'INTEND'
RHS
 rhs obj -23.43216751905365
 rhs negative_unless_sign_0_0 21.529257680240633
 rhs negative_unless_sign_0_1 21.529257680240633
 rhs negative_unless_sign_0_2 21.529257680240633
 rhs negative_unless_sign_1_0 21.375419431451895
 rhs negative_unless_sign_1_1 21.375419431451895
 rhs negative_unless_sign_1_2 21.375419431451895
 rhs negative_unless_sign_2_0 13.351487934810724
 rhs negative_unless_sign_2_1 13.351487934810724
 rhs negative_unless_sign_2_2 13.351487934810724
 rhs negative_unless_sign_3_0 18.881875937823814
 rhs negative_unless_sign_3_1 18.881875937823814
 rhs negative_unless_sign_3_2 18.881875937823814
 rhs negative_unless_sign_4_0 18.834140487493194
 rhs negative_unless_sign_4_1 18.834140487493194
 rhs negative_unless_sign_4_2 18.834140487493194
 rhs negative_unless_sign_5_0 13.726343214999071
 rhs negative_unless_sign_5_1 13.726343214999071
 rhs negative_unless_sign_5_2 13.726343214999071
 rhs negative_unless_sign_6_0 20.0435828674919
 rhs negative_unless_sign_6_1 20.0435828674919
 rhs negative_unless_sign_6_2 20.0435828674919
 rhs negative_unless_sign_7_0 20.99479181862465
 rhs negative_unless_sign_7_1 20.99479181862465
 rhs negative_unless_sign_7_2 20.99479181862465
 rhs negative_unless_sign_8_0 15.100308123097616
 rhs negative_unless_sign_8_1 15.100308123097616
 rhs negative_unless_sign_8_2 15.100308123097616
 rhs negative_unless_sign_9_0 17.567677277972727
 rhs negative_unless_sign_9_1 17.567677277972727
 rhs negative_unless_sign_9_2 17.567677277972727
 rhs negative_unless_sign_10_0 13.443167928056535
 rhs negative_unless_sign_10_1 13.443167928056535
 rhs negative_unless_sign_10_2 13.443167928056535
 rhs negative_unless_sign_11_0 12.670609780966595
 rhs negative_unless_sign_11_1 12.670609780966595
 rhs negative_unless_sign_11_2 12.670609780966595
 rhs negative_unless_sign_12_0 23.8235643054945
 rhs negative_unless_sign_12_1 23.8235643054945
 rhs negative_unless_sign_12_2 23.8235643054945
 rhs negative_unless_sign_13_0 12.847223412372433
 rhs negative_unless_sign_13_1 12.847223412372433
 rhs negative_unless_sign_13_2 12.847223412372433
 rhs negative_unless_sign_14_0 13.903751504227584
 rhs negative_unless_sign_14_1 13.903751504227584
 rhs negative_unless_sign_14_2 13.903751504227584
 rhs negative_unless_sign_15_0 13.8684559313647
 rhs negative_unless_sign_15_1 13.8684559313647
 rhs negative_unless_sign_15_2 13.8684559313647
 rhs relu_1_0_0_pre_when_active 21.529257680240633
 rhs relu_1_0_1_pre_when_active 21.529257680240633
 rhs relu_1_0_2_pre_when_active 21.529257680240633
 rhs relu_1_1_0_pre_when_active 21.375419431451895
 rhs relu_1_1_1_pre_when_active 21.375419431451895
 rhs relu_1_1_2_pre_when_active 21.375419431451895
 rhs relu_1_2_0_pre_when_active 13.351487934810724
 rhs relu_1_2_1_pre_when_active 13.351487934810724
 rhs relu_1_2_2_pre_when_active 13.351487934810724
 rhs relu_1_3_0_pre_when_active 18.881875937823814
 rhs relu_1_3_1_pre_when_active 18.881875937823814
 rhs relu_1_3_2_pre_when_active 18.881875937823814
 rhs relu_1_4_0_pre_when_active 18.834140487493194
 rhs relu_1_4_1_pre_when_active 18.834140487493194
 rhs relu_1_4_2_pre_when_active 18.834140487493194
 rhs relu_1_5_0_pre_when_active 13.726343214999071
 rhs relu_1_5_1_pre_when_active 13.726343214999071
 rhs relu_1_5_2_pre_when_active 13.726343214999071
 rhs relu_1_6_0_pre_when_active 20.0435828674919
 rhs relu_1_6_1_pre_when_active 20.0435828674919
 rhs relu_1_6_2_pre_when_active 20.0435828674919
 rhs relu_1_7_0_pre_when_active 20.99479181862465
 rhs relu_1_7_1_pre_when_active 20.99479181862465
 rhs relu_1_7_2_pre_when_active 20.99479181862465
 rhs relu_1_8_0_pre_when_active 15.100308123097616
 rhs relu_1_8_1_pre_when_active 15.100308123097616
 rhs relu_1_8_2_pre_when_active 15.100308123097616
 rhs relu_1_9_0_pre_when_active 17.567677277972727
 rhs relu_1_9_1_pre_when_active 17.567677277972727
 rhs relu_1_9_2_pre_when_active 17.567677277972727
 rhs relu_1_10_0_pre_when_active 13.443167928056535
 rhs relu_1_10_1_pre_when_active 13.443167928056535
 rhs relu_1_10_2_pre_when_active 13.443167928056535
 rhs relu_1_11_0_pre_when_active 12.670609780966595
 rhs relu_1_11_1_pre_when_active 12.670609780966595
 rhs relu_1_11_2_pre_when_active 12.670609780966595
 rhs relu_1_12_0_pre_when_active 23.8235643054945
 rhs relu_1_12_1_pre_when_active 23.8235643054945
 rhs relu_1_12_2_pre_when_active 23.8235643054945
 rhs relu_1_13_0_pre_when_active 12.847223412372433
 rhs relu_1_13_1_pre_when_active 12.847223412372433
 rhs relu_1_13_2_pre_when_active 12.847223412372433
 rhs relu_1_14_0_pre_when_active 13.903751504227584
 rhs relu_1_14_1_pre_when_active 13.903751504227584
 rhs relu_1_14_2_pre_when_active 13.903751504227584
 rhs relu_1_15_0_pre_when_active 13.8684559313647
 rhs relu_1_15_1_pre_when_active 13.8684559313647
 rhs relu_1_15_2_pre_when_active 13.8684559313647
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
 LO bnd u_2_0 -9
 UP bnd u_2_0 9
 LO bnd u_2_1 -9
 UP bnd u_2_1 9
 LO bnd u_2_2 -9
 UP bnd u_2_2 9
 LO bnd pre_1_0_0 -21.529257680240633
 UP bnd pre_1_0_0 21.529257680240633
 LO bnd pre_1_0_1 -21.529257680240633
 UP bnd pre_1_0_1 21.529257680240633
 LO bnd pre_1_0_2 -21.529257680240633
 UP bnd pre_1_0_2 21.529257680240633
 LO bnd pre_1_1_0 -21.375419431451895
 UP bnd pre_1_1_0 21.375419431451895
 LO bnd pre_1_1_1 -21.375419431451895
 UP bnd pre_1_1_1 21.375419431451895
 LO bnd pre_1_1_2 -21.375419431451895
 UP bnd pre_1_1_2 21.375419431451895
 LO bnd pre_1_2_0 -13.351487934810724
 UP bnd pre_1_2_0 13.351487934810724
 LO bnd pre_1_2_1 -13.351487934810724
 UP bnd pre_1_2_1 13.351487934810724
 LO bnd pre_1_2_2 -13.351487934810724
 UP bnd pre_1_2_2 13.351487934810724
 LO bnd pre_1_3_0 -18.881875937823814
 UP bnd pre_1_3_0 18.881875937823814
 LO bnd pre_1_3_1 -18.881875937823814
 UP bnd pre_1_3_1 18.881875937823814
 LO bnd pre_1_3_2 -18.881875937823814
 UP bnd pre_1_3_2 18.881875937823814
 LO bnd pre_1_4_0 -18.834140487493194
 UP bnd pre_1_4_0 18.834140487493194
 LO bnd pre_1_4_1 -18.834140487493194
 UP bnd pre_1_4_1 18.834140487493194
 LO bnd pre_1_4_2 -18.834140487493194
 UP bnd pre_1_4_2 18.834140487493194
 LO bnd pre_1_5_0 -13.726343214999071
 UP bnd pre_1_5_0 13.726343214999071
 LO bnd pre_1_5_1 -13.726343214999071
 UP bnd pre_1_5_1 13.726343214999071
 LO bnd pre_1_5_2 -13.726343214999071
 UP bnd pre_1_5_2 13.726343214999071
 LO bnd pre_1_6_0 -20.0435828674919
 UP bnd pre_1_6_0 20.0435828674919
 LO bnd pre_1_6_1 -20.0435828674919
 UP bnd pre_1_6_1 20.0435828674919
 LO bnd pre_1_6_2 -20.0435828674919
 UP bnd pre_1_6_2 20.0435828674919
 LO bnd pre_1_7_0 -20.99479181862465
 UP bnd pre_1_7_0 20.99479181862465
 LO bnd pre_1_7_1 -20.99479181862465
 UP bnd pre_1_7_1 20.99479181862465
 LO bnd pre_1_7_2 -20.99479181862465
 UP bnd pre_1_7_2 20.99479181862465
 LO bnd pre_1_8_0 -15.100308123097616
 UP bnd pre_1_8_0 15.100308123097616
 LO bnd pre_1_8_1 -15.100308123097616
 UP bnd pre_1_8_1 15.100308123097616
 LO bnd pre_1_8_2 -15.100308123097616
 UP bnd pre_1_8_2 15.100308123097616
 LO bnd pre_1_9_0 -17.567677277972727
 UP bnd pre_1_9_0 17.567677277972727
 LO bnd pre_1_9_1 -17.567677277972727
 UP bnd pre_1_9_1 17.567677277972727
 LO bnd pre_1_9_2 -17.567677277972727
 UP bnd pre_1_9_2 17.567677277972727
 LO bnd pre_1_10_0 -13.443167928056535
 UP bnd pre_1_10_0 13.443167928056535
 LO bnd pre_1_10_1 -13.443167928056535
 UP bnd pre_1_10_1 13.443167928056535
 LO bnd pre_1_10_2 -13.443167928056535
 UP bnd pre_1_10_2 13.443167928056535
 LO bnd pre_1_11_0 -12.670609780966595
 UP bnd pre_1_11_0 12.670609780966595
 LO bnd pre_1_11_1 -12.670609780966595
 UP bnd pre_1_11_1 12.670609780966595
 LO bnd pre_1_11_2 -12.670609780966595
 UP bnd pre_1_11_2 12.670609780966595
 LO bnd pre_1_12_0 -23.8235643054945
 UP bnd pre_1_12_0 23.8235643054945
 LO bnd pre_1_12_1 -23.8235643054945
 UP bnd pre_1_12_1 23.8235643054945
 LO bnd pre_1_12_2 -23.8235643054945
 UP bnd pre_1_12_2 23.8235643054945
 LO bnd pre_1_13_0 -12.847223412372433
 UP bnd pre_1_13_0 12.847223412372433
 LO bnd pre_1_13_1 -12.847223412372433
 UP bnd pre_1_13_1 12.847223412372433
 LO bnd pre_1_13_2 -12.847223412372433
 UP bnd pre_1_13_2 12.847223412372433
 LO bnd pre_1_14_0 -13.903751504227584
 UP bnd pre_1_14_0 13.903751504227584
 LO bnd pre_1_14_1 -13.903751504227584
 UP bnd pre_1_14_1 13.903751504227584
 LO bnd pre_1_14_2 -13.903751504227584
 UP bnd pre_1_14_2 13.903751504227584
 LO bnd pre_1_15_0 -13.8684559313647
 UP bnd pre_1_15_0 13.8684559313647
 LO bnd pre_1_15_1 -13.8684559313647
 UP bnd pre_1_15_1 13.8684559313647
 LO bnd pre_1_15_2 -13.8684559313647
 UP bnd pre_1_15_2 13.8684559313647
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 21.529257680240633
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 21.529257680240633
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 21.529257680240633
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 21.375419431451895
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 21.375419431451895
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 21.375419431451895
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 13.351487934810724
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 13.351487934810724
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 13.351487934810724
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 18.881875937823814
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 18.881875937823814
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 18.881875937823814
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 18.834140487493194
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 18.834140487493194
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 18.834140487493194
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 13.726343214999071
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 13.726343214999071
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 13.726343214999071
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 20.0435828674919
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 20.0435828674919
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 20.0435828674919
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 20.99479181862465
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 20.99479181862465
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 20.99479181862465
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 15.100308123097616
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 15.100308123097616
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 15.100308123097616
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 17.567677277972727
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 17.567677277972727
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 17.567677277972727
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 13.443167928056535
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 13.443167928056535
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 13.443167928056535
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 12.670609780966595
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 12.670609780966595
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 12.670609780966595
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 23.8235643054945
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 23.8235643054945
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 23.8235643054945
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 12.847223412372433
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 12.847223412372433
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 12.847223412372433
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 13.903751504227584
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 13.903751504227584
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 13.903751504227584
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 13.8684559313647
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 13.8684559313647
 LO bnd post_1_15_2 0
 UP bnd post_1_15_2 13.8684559313647
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd out_0_0 -67.5877730407219
 UP bnd out_0_0 67.5877730407219
 LO bnd out_1_0 -67.1262582943557
 UP bnd out_1_0 67.1262582943557
 LO bnd out_2_0 -43.054463804432174
 UP bnd out_2_0 43.054463804432174
 LO bnd out_3_0 -59.64562781347144
 UP bnd out_3_0 59.64562781347144
 LO bnd out_4_0 -59.50242146247958
 UP bnd out_4_0 59.50242146247958
 LO bnd out_5_0 -44.179029644997215
 UP bnd out_5_0 44.179029644997215
 LO bnd out_6_0 -63.1307486024757
 UP bnd out_6_0 63.1307486024757
 LO bnd out_7_0 -65.98437545587394
 UP bnd out_7_0 65.98437545587394
 LO bnd out_8_0 -48.300924369292844
 UP bnd out_8_0 48.300924369292844
 LO bnd out_9_0 -55.70303183391818
 UP bnd out_9_0 55.70303183391818
 LO bnd out_10_0 -43.3295037841696
 UP bnd out_10_0 43.3295037841696
 LO bnd out_11_0 -41.01182934289979
 UP bnd out_11_0 41.01182934289979
 LO bnd out_12_0 -74.4706929164835
 UP bnd out_12_0 74.4706929164835
 LO bnd out_13_0 -41.5416702371173
 UP bnd out_13_0 41.5416702371173
 LO bnd out_14_0 -44.71125451268275
 UP bnd out_14_0 44.71125451268275
 LO bnd out_15_0 -44.6053677940941
 UP bnd out_15_0 44.6053677940941
 BV bnd sign_0
 BV bnd sign_1
 BV bnd sign_2
 LO bnd post_positive_0_0 0
 UP bnd post_positive_0_0 21.529257680240633
 LO bnd post_positive_0_1 0
 UP bnd post_positive_0_1 21.529257680240633
 LO bnd post_positive_0_2 0
 UP bnd post_positive_0_2 21.529257680240633
 LO bnd post_positive_1_0 0
 UP bnd post_positive_1_0 21.375419431451895
 LO bnd post_positive_1_1 0
 UP bnd post_positive_1_1 21.375419431451895
 LO bnd post_positive_1_2 0
 UP bnd post_positive_1_2 21.375419431451895
 LO bnd post_positive_2_0 0
 UP bnd post_positive_2_0 13.351487934810724
 LO bnd post_positive_2_1 0
 UP bnd post_positive_2_1 13.351487934810724
 LO bnd post_positive_2_2 0
 UP bnd post_positive_2_2 13.351487934810724
 LO bnd post_positive_3_0 0
 UP bnd post_positive_3_0 18.881875937823814
 LO bnd post_positive_3_1 0
 UP bnd post_positive_3_1 18.881875937823814
 LO bnd post_positive_3_2 0
 UP bnd post_positive_3_2 18.881875937823814
 LO bnd post_positive_4_0 0
 UP bnd post_positive_4_0 18.834140487493194
 LO bnd post_positive_4_1 0
 UP bnd post_positive_4_1 18.834140487493194
 LO bnd post_positive_4_2 0
 UP bnd post_positive_4_2 18.834140487493194
 LO bnd post_positive_5_0 0
 UP bnd post_positive_5_0 13.726343214999071
 LO bnd post_positive_5_1 0
 UP bnd post_positive_5_1 13.726343214999071
 LO bnd post_positive_5_2 0
 UP bnd post_positive_5_2 13.726343214999071
 LO bnd post_positive_6_0 0
 UP bnd post_positive_6_0 20.0435828674919
 LO bnd post_positive_6_1 0
 UP bnd post_positive_6_1 20.0435828674919
 LO bnd post_positive_6_2 0
 UP bnd post_positive_6_2 20.0435828674919
 LO bnd post_positive_7_0 0
 UP bnd post_positive_7_0 20.99479181862465
 LO bnd post_positive_7_1 0
 UP bnd post_positive_7_1 20.99479181862465
 LO bnd post_positive_7_2 0
 UP bnd post_positive_7_2 20.99479181862465
 LO bnd post_positive_8_0 0
 UP bnd post_positive_8_0 15.100308123097616
 LO bnd post_positive_8_1 0
 UP bnd post_positive_8_1 15.100308123097616
 LO bnd post_positive_8_2 0
 UP bnd post_positive_8_2 15.100308123097616
 LO bnd post_positive_9_0 0
 UP bnd post_positive_9_0 17.567677277972727
 LO bnd post_positive_9_1 0
 UP bnd post_positive_9_1 17.567677277972727
 LO bnd post_positive_9_2 0
 UP bnd post_positive_9_2 17.567677277972727
 LO bnd post_positive_10_0 0
 UP bnd post_positive_10_0 13.443167928056535
 LO bnd post_positive_10_1 0
 UP bnd post_positive_10_1 13.443167928056535
 LO bnd post_positive_10_2 0
 UP bnd post_positive_10_2 13.443167928056535
 LO bnd post_positive_11_0 0
 UP bnd post_positive_11_0 12.670609780966595
 LO bnd post_positive_11_1 0
 UP bnd post_positive_11_1 12.670609780966595
 LO bnd post_positive_11_2 0
 UP bnd post_positive_11_2 12.670609780966595
 LO bnd post_positive_12_0 0
 UP bnd post_positive_12_0 23.8235643054945
 LO bnd post_positive_12_1 0
 UP bnd post_positive_12_1 23.8235643054945
 LO bnd post_positive_12_2 0
 UP bnd post_positive_12_2 23.8235643054945
 LO bnd post_positive_13_0 0
 UP bnd post_positive_13_0 12.847223412372433
 LO bnd post_positive_13_1 0
 UP bnd post_positive_13_1 12.847223412372433
 LO bnd post_positive_13_2 0
 UP bnd post_positive_13_2 12.847223412372433
 LO bnd post_positive_14_0 0
 UP bnd post_positive_14_0 13.903751504227584
 LO bnd post_positive_14_1 0
 UP bnd post_positive_14_1 13.903751504227584
 LO bnd post_positive_14_2 0
 UP bnd post_positive_14_2 13.903751504227584
 LO bnd post_positive_15_0 0
 UP bnd post_positive_15_0 13.8684559313647
 LO bnd post_positive_15_1 0
 UP bnd post_positive_15_1 13.8684559313647
 LO bnd post_positive_15_2 0
 UP bnd post_positive_15_2 13.8684559313647
 LO bnd post_negative_0_0 0
 UP bnd post_negative_0_0 21.529257680240633
 LO bnd post_negative_0_1 0
 UP bnd post_negative_0_1 21.529257680240633
 LO bnd post_negative_0_2 0
 UP bnd post_negative_0_2 21.529257680240633
 LO bnd post_negative_1_0 0
 UP bnd post_negative_1_0 21.375419431451895
 LO bnd post_negative_1_1 0
 UP bnd post_negative_1_1 21.375419431451895
 LO bnd post_negative_1_2 0
 UP bnd post_negative_1_2 21.375419431451895
 LO bnd post_negative_2_0 0
 UP bnd post_negative_2_0 13.351487934810724
 LO bnd post_negative_2_1 0
 UP bnd post_negative_2_1 13.351487934810724
 LO bnd post_negative_2_2 0
 UP bnd post_negative_2_2 13.351487934810724
 LO bnd post_negative_3_0 0
 UP bnd post_negative_3_0 18.881875937823814
 LO bnd post_negative_3_1 0
 UP bnd post_negative_3_1 18.881875937823814
 LO bnd post_negative_3_2 0
 UP bnd post_negative_3_2 18.881875937823814
 LO bnd post_negative_4_0 0
 UP bnd post_negative_4_0 18.834140487493194
 LO bnd post_negative_4_1 0
 UP bnd post_negative_4_1 18.834140487493194
 LO bnd post_negative_4_2 0
 UP bnd post_negative_4_2 18.834140487493194
 LO bnd post_negative_5_0 0
 UP bnd post_negative_5_0 13.726343214999071
 LO bnd post_negative_5_1 0
 UP bnd post_negative_5_1 13.726343214999071
 LO bnd post_negative_5_2 0
 UP bnd post_negative_5_2 13.726343214999071
 LO bnd post_negative_6_0 0
 UP bnd post_negative_6_0 20.0435828674919
 LO bnd post_negative_6_1 0
 UP bnd post_negative_6_1 20.0435828674919
 LO bnd post_negative_6_2 0
 UP bnd post_negative_6_2 20.0435828674919
 LO bnd post_negative_7_0 0
 UP bnd post_negative_7_0 20.99479181862465
 LO bnd post_negative_7_1 0
 UP bnd post_negative_7_1 20.99479181862465
 LO bnd post_negative_7_2 0
 UP bnd post_negative_7_2 20.99479181862465
 LO bnd post_negative_8_0 0
 UP bnd post_negative_8_0 15.100308123097616
 LO bnd post_negative_8_1 0
 UP bnd post_negative_8_1 15.100308123097616
 LO bnd post_negative_8_2 0
 UP bnd post_negative_8_2 15.100308123097616
 LO bnd post_negative_9_0 0
 UP bnd post_negative_9_0 17.567677277972727
 LO bnd post_negative_9_1 0
 UP bnd post_negative_9_1 17.567677277972727
 LO bnd post_negative_9_2 0
 UP bnd post_negative_9_2 17.567677277972727
 LO bnd post_negative_10_0 0
 UP bnd post_negative_10_0 13.443167928056535
 LO bnd post_negative_10_1 0
 UP bnd post_negative_10_1 13.443167928056535
 LO bnd post_negative_10_2 0
 UP bnd post_negative_10_2 13.443167928056535
 LO bnd post_negative_11_0 0
 UP bnd post_negative_11_0 12.670609780966595
 LO bnd post_negative_11_1 0
 UP bnd post_negative_11_1 12.670609780966595
 LO bnd post_negative_11_2 0
 UP bnd post_negative_11_2 12.670609780966595
 LO bnd post_negative_12_0 0
 UP bnd post_negative_12_0 23.8235643054945
 LO bnd post_negative_12_1 0
 UP bnd post_negative_12_1 23.8235643054945
 LO bnd post_negative_12_2 0
 UP bnd post_negative_12_2 23.8235643054945
 LO bnd post_negative_13_0 0
 UP bnd post_negative_13_0 12.847223412372433
 LO bnd post_negative_13_1 0
 UP bnd post_negative_13_1 12.847223412372433
 LO bnd post_negative_13_2 0
 UP bnd post_negative_13_2 12.847223412372433
 LO bnd post_negative_14_0 0
 UP bnd post_negative_14_0 13.903751504227584
 LO bnd post_negative_14_1 0
 UP bnd post_negative_14_1 13.903751504227584
 LO bnd post_negative_14_2 0
 UP bnd post_negative_14_2 13.903751504227584
 LO bnd post_negative_15_0 0
 UP bnd post_negative_15_0 13.8684559313647
 LO bnd post_negative_15_1 0
 UP bnd post_negative_15_1 13.8684559313647
 LO bnd post_negative_15_2 0
 UP bnd post_negative_15_2 13.8684559313647
 BV bnd relu_1_0_0_on
 BV bnd relu_1_0_1_on
 BV bnd relu_1_0_2_on
 BV bnd relu_1_1_0_on
 BV bnd relu_1_1_1_on
 BV bnd relu_1_1_2_on
 BV bnd relu_1_2_0_on
 BV bnd relu_1_2_1_on
 BV bnd relu_1_2_2_on
 BV bnd relu_1_3_0_on
 BV bnd relu_1_3_1_on
 BV bnd relu_1_3_2_on
 BV bnd relu_1_4_0_on
 BV bnd relu_1_4_1_on
 BV bnd relu_1_4_2_on
 BV bnd relu_1_5_0_on
 BV bnd relu_1_5_1_on
 BV bnd relu_1_5_2_on
 BV bnd relu_1_6_0_on
 BV bnd relu_1_6_1_on
 BV bnd relu_1_6_2_on
 BV bnd relu_1_7_0_on
 BV bnd relu_1_7_1_on
 BV bnd relu_1_7_2_on
 BV bnd relu_1_8_0_on
 BV bnd relu_1_8_1_on
 BV bnd relu_1_8_2_on
 BV bnd relu_1_9_0_on
 BV bnd relu_1_9_1_on
 BV bnd relu_1_9_2_on
 BV bnd relu_1_10_0_on
 BV bnd relu_1_10_1_on
 BV bnd relu_1_10_2_on
 BV bnd relu_1_11_0_on
 BV bnd relu_1_11_1_on
 BV bnd relu_1_11_2_on
 BV bnd relu_1_12_0_on
 BV bnd relu_1_12_1_on
 BV bnd relu_1_12_2_on
 BV bnd relu_1_13_0_on
 BV bnd relu_1_13_1_on
 BV bnd relu_1_13_2_on
 BV bnd relu_1_14_0_on
 BV bnd relu_1_14_1_on
 BV bnd relu_1_14_2_on
 BV bnd relu_1_15_0_on
 BV bnd relu_1_15_1_on
 BV bnd relu_1_15_2_on
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
