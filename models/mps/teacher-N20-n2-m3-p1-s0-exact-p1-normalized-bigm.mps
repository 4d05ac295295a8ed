* teacher-N20-n2-m3-p1-s0-exact-p1-normalized-bigm  (relu-opt library: teacher-N20-n2-m3-p1-s0-exact, problem 1, normalized-bigm; {"hidden": [3], "bound": 1.0, "loss": "squared"})
NAME teacher-N20-n2-m3-p1-s0-exact-p1-normalized-bigm
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
 E pre_definition_1_16_0
 E pre_definition_1_16_1
 E pre_definition_1_16_2
 E pre_definition_1_17_0
 E pre_definition_1_17_1
 E pre_definition_1_17_2
 E pre_definition_1_18_0
 E pre_definition_1_18_1
 E pre_definition_1_18_2
 E pre_definition_1_19_0
 E pre_definition_1_19_1
 E pre_definition_1_19_2
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
 E post_split_16_0
 E post_split_16_1
 E post_split_16_2
 E post_split_17_0
 E post_split_17_1
 E post_split_17_2
 E post_split_18_0
 E post_split_18_1
 E post_split_18_2
 E post_split_19_0
 E post_split_19_1
 E post_split_19_2
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
 L positive_if_sign_16_0
 L positive_if_sign_16_1
 L positive_if_sign_16_2
 L positive_if_sign_17_0
 L positive_if_sign_17_1
 L positive_if_sign_17_2
 L positive_if_sign_18_0
 L positive_if_sign_18_1
 L positive_if_sign_18_2
 L positive_if_sign_19_0
 L positive_if_sign_19_1
 L positive_if_sign_19_2
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
 L negative_unless_sign_16_0
 L negative_unless_sign_16_1
 L negative_unless_sign_16_2
 L negative_unless_sign_17_0
 L negative_unless_sign_17_1
 L negative_unless_sign_17_2
 L negative_unless_sign_18_0
 L negative_unless_sign_18_1
 L negative_unless_sign_18_2
 L negative_unless_sign_19_0
 L negative_unless_sign_19_1
 L negative_unless_sign_19_2
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
 E out_definition_16_0
 E out_definition_17_0
 E out_definition_18_0
 E out_definition_19_0
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
 L relu_1_16_0_above_pre
 L relu_1_16_0_off_when_inactive
 L relu_1_16_0_pre_when_active
 L relu_1_16_1_above_pre
 L relu_1_16_1_off_when_inactive
 L relu_1_16_1_pre_when_active
 L relu_1_16_2_above_pre
 L relu_1_16_2_off_when_inactive
 L relu_1_16_2_pre_when_active
 L relu_1_17_0_above_pre
 L relu_1_17_0_off_when_inactive
 L relu_1_17_0_pre_when_active
 L relu_1_17_1_above_pre
 L relu_1_17_1_off_when_inactive
 L relu_1_17_1_pre_when_active
 L relu_1_17_2_above_pre
 L relu_1_17_2_off_when_inactive
 L relu_1_17_2_pre_when_active
 L relu_1_18_0_above_pre
 L relu_1_18_0_off_when_inactive
 L relu_1_18_0_pre_when_active
 L relu_1_18_1_above_pre
 L relu_1_18_1_off_when_inactive
 L relu_1_18_1_pre_when_active
 L relu_1_18_2_above_pre
 L relu_1_18_2_off_when_inactive
 L relu_1_18_2_pre_when_active
 L relu_1_19_0_above_pre
 L relu_1_19_0_off_when_inactive
 L relu_1_19_0_pre_when_active
 L relu_1_19_1_above_pre
 L relu_1_19_1_off_when_inactive
 L relu_1_19_1_pre_when_active
 L relu_1_19_2_above_pre
 L relu_1_19_2_off_when_inactive
 L relu_1_19_2_pre_when_active
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
 u_0_0 pre_definition_1_16_0 -0.7805487040095846
 u_0_0 pre_definition_1_17_0 -0.24637428937208483
 u_0_0 pre_definition_1_18_0 -0.6652882953067956
 u_0_0 pre_definition_1_19_0 0.5212611140140957
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
 u_0_1 pre_definition_1_16_0 0.5456848129332406
 u_0_1 pre_definition_1_17_0 0.8319693128352303
 u_0_1 pre_definition_1_18_0 -0.5741966149773667
 u_0_1 pre_definition_1_19_0 -0.7529684616214076
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
 u_0_2 pre_definition_1_16_0 -1
 u_0_2 pre_definition_1_17_0 -1
 u_0_2 pre_definition_1_18_0 -1
 u_0_2 pre_definition_1_19_0 -1
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
 u_1_0 pre_definition_1_16_1 -0.7805487040095846
 u_1_0 pre_definition_1_17_1 -0.24637428937208483
 u_1_0 pre_definition_1_18_1 -0.6652882953067956
 u_1_0 pre_definition_1_19_1 0.5212611140140957
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
 u_1_1 pre_definition_1_16_1 0.5456848129332406
 u_1_1 pre_definition_1_17_1 0.8319693128352303
 u_1_1 pre_definition_1_18_1 -0.5741966149773667
 u_1_1 pre_definition_1_19_1 -0.7529684616214076
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
 u_1_2 pre_definition_1_16_1 -1
 u_1_2 pre_definition_1_17_1 -1
 u_1_2 pre_definition_1_18_1 -1
 u_1_2 pre_definition_1_19_1 -1
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
 u_2_0 pre_definition_1_16_2 -0.7805487040095846
 u_2_0 pre_definition_1_17_2 -0.24637428937208483
 u_2_0 pre_definition_1_18_2 -0.6652882953067956
 u_2_0 pre_definition_1_19_2 0.5212611140140957
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
 u_2_1 pre_definition_1_16_2 0.5456848129332406
 u_2_1 pre_definition_1_17_2 0.8319693128352303
 u_2_1 pre_definition_1_18_2 -0.5741966149773667
 u_2_1 pre_definition_1_19_2 -0.7529684616214076
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
 u_2_2 pre_definition_1_16_2 -1
 u_2_2 pre_definition_1_17_2 -1
 u_2_2 pre_definition_1_18_2 -1
 u_2_2 pre_definition_1_19_2 -1
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
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_above_pre 1
 pre_1_16_0 relu_1_16_0_pre_when_active -1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_above_pre 1
 pre_1_16_1 relu_1_16_1_pre_when_active -1
 pre_1_16_2 pre_definition_1_16_2 1
 pre_1_16_2 relu_1_16_2_above_pre 1
 pre_1_16_2 relu_1_16_2_pre_when_active -1
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_above_pre 1
 pre_1_17_0 relu_1_17_0_pre_when_active -1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_above_pre 1
 pre_1_17_1 relu_1_17_1_pre_when_active -1
 pre_1_17_2 pre_definition_1_17_2 1
 pre_1_17_2 relu_1_17_2_above_pre 1
 pre_1_17_2 relu_1_17_2_pre_when_active -1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_above_pre 1
 pre_1_18_0 relu_1_18_0_pre_when_active -1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_above_pre 1
 pre_1_18_1 relu_1_18_1_pre_when_active -1
 pre_1_18_2 pre_definition_1_18_2 1
 pre_1_18_2 relu_1_18_2_above_pre 1
 pre_1_18_2 relu_1_18_2_pre_when_active -1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_above_pre 1
 pre_1_19_0 relu_1_19_0_pre_when_active -1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_above_pre 1
 pre_1_19_1 relu_1_19_1_pre_when_active -1
 pre_1_19_2 pre_definition_1_19_2 1
 pre_1_19_2 relu_1_19_2_above_pre 1
 pre_1_19_2 relu_1_19_2_pre_when_active -1
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
 post_1_16_0 post_split_16_0 1
 post_1_16_0 relu_1_16_0_above_pre -1
 post_1_16_0 relu_1_16_0_off_when_inactive 1
 post_1_16_0 relu_1_16_0_pre_when_active 1
 post_1_16_1 post_split_16_1 1
 post_1_16_1 relu_1_16_1_above_pre -1
 post_1_16_1 relu_1_16_1_off_when_inactive 1
 post_1_16_1 relu_1_16_1_pre_when_active 1
 post_1_16_2 post_split_16_2 1
 post_1_16_2 relu_1_16_2_above_pre -1
 post_1_16_2 relu_1_16_2_off_when_inactive 1
 post_1_16_2 relu_1_16_2_pre_when_active 1
 post_1_17_0 post_split_17_0 1
 post_1_17_0 relu_1_17_0_above_pre -1
 post_1_17_0 relu_1_17_0_off_when_inactive 1
 post_1_17_0 relu_1_17_0_pre_when_active 1
 post_1_17_1 post_split_17_1 1
 post_1_17_1 relu_1_17_1_above_pre -1
 post_1_17_1 relu_1_17_1_off_when_inactive 1
 post_1_17_1 relu_1_17_1_pre_when_active 1
 post_1_17_2 post_split_17_2 1
 post_1_17_2 relu_1_17_2_above_pre -1
 post_1_17_2 relu_1_17_2_off_when_inactive 1
 post_1_17_2 relu_1_17_2_pre_when_active 1
 post_1_18_0 post_split_18_0 1
 post_1_18_0 relu_1_18_0_above_pre -1
 post_1_18_0 relu_1_18_0_off_when_inactive 1
 post_1_18_0 relu_1_18_0_pre_when_active 1
 post_1_18_1 post_split_18_1 1
 post_1_18_1 relu_1_18_1_above_pre -1
 post_1_18_1 relu_1_18_1_off_when_inactive 1
 post_1_18_1 relu_1_18_1_pre_when_active 1
 post_1_18_2 post_split_18_2 1
 post_1_18_2 relu_1_18_2_above_pre -1
 post_1_18_2 relu_1_18_2_off_when_inactive 1
 post_1_18_2 relu_1_18_2_pre_when_active 1
 post_1_19_0 post_split_19_0 1
 post_1_19_0 relu_1_19_0_above_pre -1
 post_1_19_0 relu_1_19_0_off_when_inactive 1
 post_1_19_0 relu_1_19_0_pre_when_active 1
 post_1_19_1 post_split_19_1 1
 post_1_19_1 relu_1_19_1_above_pre -1
 post_1_19_1 relu_1_19_1_off_when_inactive 1
 post_1_19_1 relu_1_19_1_pre_when_active 1
 post_1_19_2 post_split_19_2 1
 post_1_19_2 relu_1_19_2_above_pre -1
 post_1_19_2 relu_1_19_2_off_when_inactive 1
 post_1_19_2 relu_1_19_2_pre_when_active 1
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
 b_2_0 out_definition_16_0 -1
 b_2_0 out_definition_17_0 -1
 b_2_0 out_definition_18_0 -1
 b_2_0 out_definition_19_0 -1
 out_0_0 obj -2.530368200674384
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.3167595607372722
 out_1_0 out_definition_1_0 1
 out_2_0 obj -3.1343558602967776
 out_2_0 out_definition_2_0 1
 out_3_0 obj -4.394656222676607
 out_3_0 out_definition_3_0 1
 out_4_0 obj -2.46420181509509
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.8368684611208036
 out_5_0 out_definition_5_0 1
 out_6_0 obj 0.08681811286079788
 out_6_0 out_definition_6_0 1
 out_7_0 obj 0.01944264547094643
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.4748198430144305
 out_8_0 out_definition_8_0 1
 out_9_0 obj -4.0087885758313275
 out_9_0 out_definition_9_0 1
 out_10_0 obj -1.1666070409247873
 out_10_0 out_definition_10_0 1
 out_11_0 obj -2.69725396577099
 out_11_0 out_definition_11_0 1
 out_12_0 obj 1.0931620364323122
 out_12_0 out_definition_12_0 1
 out_13_0 obj -2.231563133562964
 out_13_0 out_definition_13_0 1
 out_14_0 obj -2.2032917996197785
 out_14_0 out_definition_14_0 1
 out_15_0 obj -3.0406336360742303
 out_15_0 out_definition_15_0 1
 out_16_0 obj -2.7010245121779777
 out_16_0 out_definition_16_0 1
 out_17_0 obj -3.8953665054716398
 out_17_0 out_definition_17_0 1
 out_18_0 obj 0.28762894786664805
 out_18_0 out_definition_18_0 1
 out_19_0 obj -0.9339530366374025
 out_19_0 out_definition_19_0 1
 M150 'MARKER' 'INTORG'
 sign_0 positive_if_sign_0_0 -2.3921397422489594
 sign_0 positive_if_sign_1_0 -2.3750466034946554
 sign_0 positive_if_sign_2_0 -1.4834986594234139
 sign_0 positive_if_sign_3_0 -2.097986215313757
 sign_0 positive_if_sign_4_0 -2.0926822763881328
 sign_0 positive_if_sign_5_0 -1.5251492461110079
 sign_0 positive_if_sign_6_0 -2.2270647630546554
 sign_0 positive_if_sign_7_0 -2.3327546465138496
 sign_0 positive_if_sign_8_0 -1.6778120136775128
 sign_0 positive_if_sign_9_0 -1.95196414199697
 sign_0 positive_if_sign_10_0 -1.4936853253396152
 sign_0 positive_if_sign_11_0 -1.4078455312185105
 sign_0 positive_if_sign_12_0 -2.6470627006105
 sign_0 positive_if_sign_13_0 -1.4274692680413814
 sign_0 positive_if_sign_14_0 -1.5448612782475093
 sign_0 positive_if_sign_15_0 -1.540939547929411
 sign_0 positive_if_sign_16_0 -2.326233516942825
 sign_0 positive_if_sign_17_0 -2.0783436022073154
 sign_0 positive_if_sign_18_0 -2.2394849102841623
 sign_0 positive_if_sign_19_0 -2.2742295756355033
 sign_0 negative_unless_sign_0_0 2.3921397422489594
 sign_0 negative_unless_sign_1_0 2.3750466034946554
 sign_0 negative_unless_sign_2_0 1.4834986594234139
 sign_0 negative_unless_sign_3_0 2.097986215313757
 sign_0 negative_unless_sign_4_0 2.0926822763881328
 sign_0 negative_unless_sign_5_0 1.5251492461110079
 sign_0 negative_unless_sign_6_0 2.2270647630546554
 sign_0 negative_unless_sign_7_0 2.3327546465138496
 sign_0 negative_unless_sign_8_0 1.6778120136775128
 sign_0 negative_unless_sign_9_0 1.95196414199697
 sign_0 negative_unless_sign_10_0 1.4936853253396152
 sign_0 negative_unless_sign_11_0 1.4078455312185105
 sign_0 negative_unless_sign_12_0 2.6470627006105
 sign_0 negative_unless_sign_13_0 1.4274692680413814
 sign_0 negative_unless_sign_14_0 1.5448612782475093
 sign_0 negative_unless_sign_15_0 1.540939547929411
 sign_0 negative_unless_sign_16_0 2.326233516942825
 sign_0 negative_unless_sign_17_0 2.0783436022073154
 sign_0 negative_unless_sign_18_0 2.2394849102841623
 sign_0 negative_unless_sign_19_0 2.2742295756355033
 sign_1 positive_if_sign_0_1 -2.3921397422489594
 sign_1 positive_if_sign_1_1 -2.3750466034946554
 sign_1 positive_if_sign_2_1 -1.4834986594234139
 sign_1 positive_if_sign_3_1 -2.097986215313757
 sign_1 positive_if_sign_4_1 -2.0926822763881328
 sign_1 positive_if_sign_5_1 -1.5251492461110079
 sign_1 positive_if_sign_6_1 -2.2270647630546554
 sign_1 positive_if_sign_7_1 -2.3327546465138496
 sign_1 positive_if_sign_8_1 -1.6778120136775128
 sign_1 positive_if_sign_9_1 -1.95196414199697
 sign_1 positive_if_sign_10_1 -1.4936853253396152
 sign_1 positive_if_sign_11_1 -1.4078455312185105
 sign_1 positive_if_sign_12_1 -2.6470627006105
 sign_1 positive_if_sign_13_1 -1.4274692680413814
 sign_1 positive_if_sign_14_1 -1.5448612782475093
 sign_1 positive_if_sign_15_1 -1.540939547929411
 sign_1 positive_if_sign_16_1 -2.326233516942825
 sign_1 positive_if_sign_17_1 -2.0783436022073154
 sign_1 positive_if_sign_18_1 -2.2394849102841623
 sign_1 positive_if_sign_19_1 -2.2742295756355033
 sign_1 negative_unless_sign_0_1 2.3921397422489594
 sign_1 negative_unless_sign_1_1 2.3750466034946554
 sign_1 negative_unless_sign_2_1 1.4834986594234139
 sign_1 negative_unless_sign_3_1 2.097986215313757
 sign_1 negative_unless_sign_4_1 2.0926822763881328
 sign_1 negative_unless_sign_5_1 1.5251492461110079
 sign_1 negative_unless_sign_6_1 2.2270647630546554
 sign_1 negative_unless_sign_7_1 2.3327546465138496
 sign_1 negative_unless_sign_8_1 1.6778120136775128
 sign_1 negative_unless_sign_9_1 1.95196414199697
 sign_1 negative_unless_sign_10_1 1.4936853253396152
 sign_1 negative_unless_sign_11_1 1.4078455312185105
 sign_1 negative_unless_sign_12_1 2.6470627006105
 sign_1 negative_unless_sign_13_1 1.4274692680413814
 sign_1 negative_unless_sign_14_1 1.5448612782475093
 sign_1 negative_unless_sign_15_1 1.540939547929411
 sign_1 negative_unless_sign_16_1 2.326233516942825
 sign_1 negative_unless_sign_17_1 2.0783436022073154
 sign_1 negative_unless_sign_18_1 2.2394849102841623
 sign_1 negative_unless_sign_19_1 2.2742295756355033
 sign_2 positive_if_sign_0_2 -2.3921397422489594
 sign_2 positive_if_sign_1_2 -2.3750466034946554
 sign_2 positive_if_sign_2_2 -1.4834986594234139
 sign_2 positive_if_sign_3_2 -2.097986215313757
 sign_2 positive_if_sign_4_2 -2.0926822763881328
 sign_2 positive_if_sign_5_2 -1.5251492461110079
 sign_2 positive_if_sign_6_2 -2.2270647630546554
 sign_2 positive_if_sign_7_2 -2.3327546465138496
 sign_2 positive_if_sign_8_2 -1.6778120136775128
 sign_2 positive_if_sign_9_2 -1.95196414199697
 sign_2 positive_if_sign_10_2 -1.4936853253396152
 sign_2 positive_if_sign_11_2 -1.4078455312185105
 sign_2 positive_if_sign_12_2 -2.6470627006105
 sign_2 positive_if_sign_13_2 -1.4274692680413814
 sign_2 positive_if_sign_14_2 -1.5448612782475093
 sign_2 positive_if_sign_15_2 -1.540939547929411
 sign_2 positive_if_sign_16_2 -2.326233516942825
 sign_2 positive_if_sign_17_2 -2.0783436022073154
 sign_2 positive_if_sign_18_2 -2.2394849102841623
 sign_2 positive_if_sign_19_2 -2.2742295756355033
 sign_2 negative_unless_sign_0_2 2.3921397422489594
 sign_2 negative_unless_sign_1_2 2.3750466034946554
 sign_2 negative_unless_sign_2_2 1.4834986594234139
 sign_2 negative_unless_sign_3_2 2.097986215313757
 sign_2 negative_unless_sign_4_2 2.0926822763881328
 sign_2 negative_unless_sign_5_2 1.5251492461110079
 sign_2 negative_unless_sign_6_2 2.2270647630546554
 sign_2 negative_unless_sign_7_2 2.3327546465138496
 sign_2 negative_unless_sign_8_2 1.6778120136775128
 sign_2 negative_unless_sign_9_2 1.95196414199697
 sign_2 negative_unless_sign_10_2 1.4936853253396152
 sign_2 negative_unless_sign_11_2 1.4078455312185105
 sign_2 negative_unless_sign_12_2 2.6470627006105
 sign_2 negative_unless_sign_13_2 1.4274692680413814
 sign_2 negative_unless_sign_14_2 1.5448612782475093
 sign_2 negative_unless_sign_15_2 1.540939547929411
 sign_2 negative_unless_sign_16_2 2.326233516942825
 sign_2 negative_unless_sign_17_2 2.0783436022073154
 sign_2 negative_unless_sign_18_2 2.2394849102841623
 sign_2 negative_unless_sign_19_2 2.2742295756355033
 M153 'MARKER' 'INTEND'
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
 post_positive_16_0 post_split_16_0 -1
 post_positive_16_0 positive_if_sign_16_0 1
 post_positive_16_0 out_definition_16_0 -1
 post_positive_16_1 post_split_16_1 -1
 post_positive_16_1 positive_if_sign_16_1 1
 post_positive_16_1 out_definition_16_0 -1
 post_positive_16_2 post_split_16_2 -1
 post_positive_16_2 positive_if_sign_16_2 1
 post_positive_16_2 out_definition_16_0 -1
 post_positive_17_0 post_split_17_0 -1
 post_positive_17_0 positive_if_sign_17_0 1
 post_positive_17_0 out_definition_17_0 -1
 post_positive_17_1 post_split_17_1 -1
 post_positive_17_1 positive_if_sign_17_1 1
 post_positive_17_1 out_definition_17_0 -1
 post_positive_17_2 post_split_17_2 -1
 post_positive_17_2 positive_if_sign_17_2 1
 post_positive_17_2 out_definition_17_0 -1
 post_positive_18_0 post_split_18_0 -1
 post_positive_18_0 positive_if_sign_18_0 1
 post_positive_18_0 out_definition_18_0 -1
 post_positive_18_1 post_split_18_1 -1
 post_positive_18_1 positive_if_sign_18_1 1
 post_positive_18_1 out_definition_18_0 -1
 post_positive_18_2 post_split_18_2 -1
 post_positive_18_2 positive_if_sign_18_2 1
 post_positive_18_2 out_definition_18_0 -1
 post_positive_19_0 post_split_19_0 -1
 post_positive_19_0 positive_if_sign_19_0 1
 post_positive_19_0 out_definition_19_0 -1
 post_positive_19_1 post_split_19_1 -1
 post_positive_19_1 positive_if_sign_19_1 1
 post_positive_19_1 out_definition_19_0 -1
 post_positive_19_2 post_split_19_2 -1
 post_positive_19_2 positive_if_sign_19_2 1
 post_positive_19_2 out_definition_19_0 -1
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
 post_negative_16_0 post_split_16_0 -1
 post_negative_16_0 negative_unless_sign_16_0 1
 post_negative_16_0 out_definition_16_0 1
 post_negative_16_1 post_split_16_1 -1
 post_negative_16_1 negative_unless_sign_16_1 1
 post_negative_16_1 out_definition_16_0 1
 post_negative_16_2 post_split_16_2 -1
 post_negative_16_2 negative_unless_sign_16_2 1
 post_negative_16_2 out_definition_16_0 1
 post_negative_17_0 post_split_17_0 -1
 post_negative_17_0 negative_unless_sign_17_0 1
 post_negative_17_0 out_definition_17_0 1
 post_negative_17_1 post_split_17_1 -1
 post_negative_17_1 negative_unless_sign_17_1 1
 post_negative_17_1 out_definition_17_0 1
 post_negative_17_2 post_split_17_2 -1
 post_negative_17_2 negative_unless_sign_17_2 1
 post_negative_17_2 out_definition_17_0 1
 post_negative_18_0 post_split_18_0 -1
 post_negative_18_0 negative_unless_sign_18_0 1
 post_negative_18_0 out_definition_18_0 1
 post_negative_18_1 post_split_18_1 -1
 post_negative_18_1 negative_unless_sign_18_1 1
 post_negative_18_1 out_definition_18_0 1
 post_negative_18_2 post_split_18_2 -1
 post_negative_18_2 negative_unless_sign_18_2 1
 post_negative_18_2 out_definition_18_0 1
 post_negative_19_0 post_split_19_0 -1
 post_negative_19_0 negative_unless_sign_19_0 1
 post_negative_19_0 out_definition_19_0 1
 post_negative_19_1 post_split_19_1 -1
 post_negative_19_1 negative_unless_sign_19_1 1
 post_negative_19_1 out_definition_19_0 1
 post_negative_19_2 post_split_19_2 -1
 post_negative_19_2 negative_unless_sign_19_2 1
 post_negative_19_2 out_definition_19_0 1
 M273 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -2.3921397422489594
 relu_1_0_0_on relu_1_0_0_pre_when_active 2.3921397422489594
 relu_1_0_1_on relu_1_0_1_off_when_inactive -2.3921397422489594
 relu_1_0_1_on relu_1_0_1_pre_when_active 2.3921397422489594
 relu_1_0_2_on relu_1_0_2_off_when_inactive -2.3921397422489594
 relu_1_0_2_on relu_1_0_2_pre_when_active 2.3921397422489594
 relu_1_1_0_on relu_1_1_0_off_when_inactive -2.3750466034946554
 relu_1_1_0_on relu_1_1_0_pre_when_active 2.3750466034946554
 relu_1_1_1_on relu_1_1_1_off_when_inactive -2.3750466034946554
 relu_1_1_1_on relu_1_1_1_pre_when_active 2.3750466034946554
 relu_1_1_2_on relu_1_1_2_off_when_inactive -2.3750466034946554
 relu_1_1_2_on relu_1_1_2_pre_when_active 2.3750466034946554
 relu_1_2_0_on relu_1_2_0_off_when_inactive -1.4834986594234139
 relu_1_2_0_on relu_1_2_0_pre_when_active 1.4834986594234139
 relu_1_2_1_on relu_1_2_1_off_when_inactive -1.4834986594234139
 relu_1_2_1_on relu_1_2_1_pre_when_active 1.4834986594234139
 relu_1_2_2_on relu_1_2_2_off_when_inactive -1.4834986594234139
 relu_1_2_2_on relu_1_2_2_pre_when_active 1.4834986594234139
 relu_1_3_0_on relu_1_3_0_off_when_inactive -2.097986215313757
 relu_1_3_0_on relu_1_3_0_pre_when_active 2.097986215313757
 relu_1_3_1_on relu_1_3_1_off_when_inactive -2.097986215313757
 relu_1_3_1_on relu_1_3_1_pre_when_active 2.097986215313757
 relu_1_3_2_on relu_1_3_2_off_when_inactive -2.097986215313757
 relu_1_3_2_on relu_1_3_2_pre_when_active 2.097986215313757
 relu_1_4_0_on relu_1_4_0_off_when_inactive -2.0926822763881328
 relu_1_4_0_on relu_1_4_0_pre_when_active 2.0926822763881328
 relu_1_4_1_on relu_1_4_1_off_when_inactive -2.0926822763881328
 relu_1_4_1_on relu_1_4_1_pre_when_active 2.0926822763881328
 relu_1_4_2_on relu_1_4_2_off_when_inactive -2.0926822763881328
 relu_1_4_2_on relu_1_4_2_pre_when_active 2.0926822763881328
 relu_1_5_0_on relu_1_5_0_off_when_inactive -1.5251492461110079
 relu_1_5_0_on relu_1_5_0_pre_when_active 1.5251492461110079
 relu_1_5_1_on relu_1_5_1_off_when_inactive -1.5251492461110079
 relu_1_5_1_on relu_1_5_1_pre_when_active 1.5251492461110079
 relu_1_5_2_on relu_1_5_2_off_when_inactive -1.5251492461110079
 relu_1_5_2_on relu_1_5_2_pre_when_active 1.5251492461110079
 relu_1_6_0_on relu_1_6_0_off_when_inactive -2.2270647630546554
 relu_1_6_0_on relu_1_6_0_pre_when_active 2.2270647630546554
 relu_1_6_1_on relu_1_6_1_off_when_inactive -2.2270647630546554
 relu_1_6_1_on relu_1_6_1_pre_when_active 2.2270647630546554
 relu_1_6_2_on relu_1_6_2_off_when_inactive -2.2270647630546554
 relu_1_6_2_on relu_1_6_2_pre_when_active 2.2270647630546554
 relu_1_7_0_on relu_1_7_0_off_when_inactive -2.3327546465138496
 relu_1_7_0_on relu_1_7_0_pre_when_active 2.3327546465138496
 relu_1_7_1_on relu_1_7_1_off_when_inactive -2.3327546465138496
 relu_1_7_1_on relu_1_7_1_pre_when_active 2.3327546465138496
 relu_1_7_2_on relu_1_7_2_off_when_inactive -2.3327546465138496
 relu_1_7_2_on relu_1_7_2_pre_when_active 2.3327546465138496
 relu_1_8_0_on relu_1_8_0_off_when_inactive -1.6778120136775128
 relu_1_8_0_on relu_1_8_0_pre_when_active 1.6778120136775128
 relu_1_8_1_on relu_1_8_1_off_when_inactive -1.6778120136775128
 relu_1_8_1_on relu_1_8_1_pre_when_active 1.6778120136775128
 relu_1_8_2_on relu_1_8_2_off_when_inactive -1.6778120136775128
 relu_1_8_2_on relu_1_8_2_pre_when_active 1.6778120136775128
 relu_1_9_0_on relu_1_9_0_off_when_inactive -1.95196414199697
 relu_1_9_0_on relu_1_9_0_pre_when_active 1.95196414199697
 relu_1_9_1_on relu_1_9_1_off_when_inactive -1.95196414199697
 relu_1_9_1_on relu_1_9_1_pre_when_active 1.95196414199697
 relu_1_9_2_on relu_1_9_2_off_when_inactive -1.95196414199697
 relu_1_9_2_on relu_1_9_2_pre_when_active 1.95196414199697
 relu_1_10_0_on relu_1_10_0_off_when_inactive -1.4936853253396152
 relu_1_10_0_on relu_1_10_0_pre_when_active 1.4936853253396152
 relu_1_10_1_on relu_1_10_1_off_when_inactive -1.4936853253396152
 relu_1_10_1_on relu_1_10_1_pre_when_active 1.4936853253396152
 relu_1_10_2_on relu_1_10_2_off_when_inactive -1.4936853253396152
 relu_1_10_2_on relu_1_10_2_pre_when_active 1.4936853253396152
 relu_1_11_0_on relu_1_11_0_off_when_inactive -1.4078455312185105
 relu_1_11_0_on relu_1_11_0_pre_when_active 1.4078455312185105
 relu_1_11_1_on relu_1_11_1_off_when_inactive -1.4078455312185105
 relu_1_11_1_on relu_1_11_1_pre_when_active 1.4078455312185105
 relu_1_11_2_on relu_1_11_2_off_when_inactive -1.4078455312185105
 relu_1_11_2_on relu_1_11_2_pre_when_active 1.4078455312185105
 relu_1_12_0_on relu_1_12_0_off_when_inactive -2.6470627006105
 relu_1_12_0_on relu_1_12_0_pre_when_active 2.6470627006105
 relu_1_12_1_on relu_1_12_1_off_when_inactive -2.6470627006105
 relu_1_12_1_on relu_1_12_1_pre_when_active 2.6470627006105
 relu_1_12_2_on relu_1_12_2_off_when_inactive -2.6470627006105
 relu_1_12_2_on relu_1_12_2_pre_when_active 2.6470627006105
 relu_1_13_0_on relu_1_13_0_off_when_inactive -1.4274692680413814
 relu_1_13_0_on relu_1_13_0_pre_when_active 1.4274692680413814
 relu_1_13_1_on relu_1_13_1_off_when_inactive -1.4274692680413814
 relu_1_13_1_on relu_1_13_1_pre_when_active 1.4274692680413814
 relu_1_13_2_on relu_1_13_2_off_when_inactive -1.4274692680413814
 relu_1_13_2_on relu_1_13_2_pre_when_active 1.4274692680413814
 relu_1_14_0_on relu_1_14_0_off_when_inactive -1.5448612782475093
 relu_1_14_0_on relu_1_14_0_pre_when_active 1.5448612782475093
 relu_1_14_1_on relu_1_14_1_off_when_inactive -1.5448612782475093
 relu_1_14_1_on relu_1_14_1_pre_when_active 1.5448612782475093
 relu_1_14_2_on relu_1_14_2_off_when_inactive -1.5448612782475093
 relu_1_14_2_on relu_1_14_2_pre_when_active 1.5448612782475093
 relu_1_15_0_on relu_1_15_0_off_when_inactive -1.540939547929411
 relu_1_15_0_on relu_1_15_0_pre_when_active 1.540939547929411
 relu_1_15_1_on relu_1_15_1_off_when_inactive -1.540939547929411
 relu_1_15_1_on relu_1_15_1_pre_when_active 1.540939547929411
 relu_1_15_2_on relu_1_15_2_off_when_inactive -1.540939547929411
 relu_1_15_2_on relu_1_15_2_pre_when_active 1.540939547929411
 relu_1_16_0_on relu_1_16_0_off_when_inactive -2.326233516942825
 relu_1_16_0_on relu_1_16_0_pre_when_active 2.326233516942825
 relu_1_16_1_on relu_1_16_1_off_when_inactive -2.326233516942825
 relu_1_16_1_on relu_1_16_1_pre_when_active 2.326233516942825
 relu_1_16_2_on relu_1_16_2_off_when_inactive -2.326233516942825
 relu_1_16_2_on relu_1_16_2_pre_when_active 2.326233516942825
 relu_1_17_0_on relu_1_17_0_off_when_inactive -2.0783436022073154
 relu_1_17_0_on relu_1_17_0_pre_when_active 2.0783436022073154
 relu_1_17_1_on relu_1_17_1_off_when_inactive -2.0783436022073154
 relu_1_17_1_on relu_1_17_1_pre_when_active 2.0783436022073154
 relu_1_17_2_on relu_1_17_2_off_when_inactive -2.0783436022073154
 relu_1_17_2_on relu_1_17_2_pre_when_active 2.0783436022073154
 relu_1_18_0_on relu_1_18_0_off_when_inactive -2.2394849102841623
 relu_1_18_0_on relu_1_18_0_pre_when_active 2.2394849102841623
 relu_1_18_1_on relu_1_18_1_off_when_inactive -2.2394849102841623
 relu_1_18_1_on relu_1_18_1_pre_when_active 2.2394849102841623
 relu_1_18_2_on relu_1_18_2_off_when_inactive -2.2394849102841623
 relu_1_18_2_on relu_1_18_2_pre_when_active 2.2394849102841623
 relu_1_19_0_on relu_1_19_0_off_when_inactive -2.2742295756355033
 relu_1_19_0_on relu_1_19_0_pre_when_active 2.2742295756355033
 relu_1_19_1_on relu_1_19_1_off_when_inactive -2.2742295756355033
 relu_1_19_1_on relu_1_19_1_pre_when_active 2.2742295756355033
 relu_1_19_2_on relu_1_19_2_off_when_inactive -2.2742295756355033
 relu_1_19_2_on relu_1_19_2_pre_when_active 2.2742295756355033
 M333 'MARKER' 'INTEND'
RHS
 rhs obj -28.171397915181668
 rhs negative_unless_sign_0_0 2.3921397422489594
 rhs negative_unless_sign_0_1 2.3921397422489594
 rhs negative_unless_sign_0_2 2.3921397422489594
 rhs negative_unless_sign_1_0 2.3750466034946554
 rhs negative_unless_sign_1_1 2.3750466034946554
 rhs negative_unless_sign_1_2 2.3750466034946554
 rhs negative_unless_sign_2_0 1.4834986594234139
 rhs negative_unless_sign_2_1 1.4834986594234139
 rhs negative_unless_sign_2_2 1.4834986594234139
 rhs negative_unless_sign_3_0 2.097986215313757
 rhs negative_unless_sign_3_1 2.097986215313757
 rhs negative_unless_sign_3_2 2.097986215313757
 rhs negative_unless_sign_4_0 2.0926822763881328
 rhs negative_unless_sign_4_1 2.0926822763881328
 rhs negative_unless_sign_4_2 2.0926822763881328
 rhs negative_unless_sign_5_0 1.5251492461110079
 rhs negative_unless_sign_5_1 1.5251492461110079
 rhs negative_unless_sign_5_2 1.5251492461110079
 rhs negative_unless_sign_6_0 2.2270647630546554
 rhs negative_unless_sign_6_1 2.2270647630546554
 rhs negative_unless_sign_6_2 2.2270647630546554
 rhs negative_unless_sign_7_0 2.3327546465138496
 rhs negative_unless_sign_7_1 2.3327546465138496
 rhs negative_unless_sign_7_2 2.3327546465138496
 rhs negative_unless_sign_8_0 1.6778120136775128
 rhs negative_unless_sign_8_1 1.6778120136775128
 rhs negative_unless_sign_8_2 1.6778120136775128
 rhs negative_unless_sign_9_0 1.95196414199697
 rhs negative_unless_sign_9_1 1.95196414199697
 rhs negative_unless_sign_9_2 1.95196414199697
 rhs negative_unless_sign_10_0 1.4936853253396152
 rhs negative_unless_sign_10_1 1.4936853253396152
 rhs negative_unless_sign_10_2 1.4936853253396152
 rhs negative_unless_sign_11_0 1.4078455312185105
 rhs negative_unless_sign_11_1 1.4078455312185105
 rhs negative_unless_sign_11_2 1.4078455312185105
 rhs negative_unless_sign_12_0 2.6470627006105
 rhs negative_unless_sign_12_1 2.6470627006105
 rhs negative_unless_sign_12_2 2.6470627006105
 rhs negative_unless_sign_13_0 1.4274692680413814
 rhs negative_unless_sign_13_1 1.4274692680413814
 rhs negative_unless_sign_13_2 1.4274692680413814
 rhs negative_unless_sign_14_0 1.5448612782475093
 rhs negative_unless_sign_14_1 1.5448612782475093
 rhs negative_unless_sign_14_2 1.5448612782475093
 rhs negative_unless_sign_15_0 1.540939547929411
 rhs negative_unless_sign_15_1 1.540939547929411
 rhs negative_unless_sign_15_2 1.540939547929411
 rhs negative_unless_sign_16_0 2.326233516942825
 rhs negative_unless_sign_16_1 2.326233516942825
 rhs negative_unless_sign_16_2 2.326233516942825
 rhs negative_unless_sign_17_0 2.0783436022073154
 rhs negative_unless_sign_17_1 2.0783436022073154
 rhs negative_unless_sign_17_2 2.0783436022073154
 rhs negative_unless_sign_18_0 2.2394849102841623
 rhs negative_unless_sign_18_1 2.2394849102841623
 rhs negative_unless_sign_18_2 2.2394849102841623
 rhs negative_unless_sign_19_0 2.2742295756355033
 rhs negative_unless_sign_19_1 2.2742295756355033
 rhs negative_unless_sign_19_2 2.2742295756355033
 rhs relu_1_0_0_pre_when_active 2.3921397422489594
 rhs relu_1_0_1_pre_when_active 2.3921397422489594
 rhs relu_1_0_2_pre_when_active 2.3921397422489594
 rhs relu_1_1_0_pre_when_active 2.3750466034946554
 rhs relu_1_1_1_pre_when_active 2.3750466034946554
 rhs relu_1_1_2_pre_when_active 2.3750466034946554
 rhs relu_1_2_0_pre_when_active 1.4834986594234139
 rhs relu_1_2_1_pre_when_active 1.4834986594234139
 rhs relu_1_2_2_pre_when_active 1.4834986594234139
 rhs relu_1_3_0_pre_when_active 2.097986215313757
 rhs relu_1_3_1_pre_when_active 2.097986215313757
 rhs relu_1_3_2_pre_when_active 2.097986215313757
 rhs relu_1_4_0_pre_when_active 2.0926822763881328
 rhs relu_1_4_1_pre_when_active 2.0926822763881328
 rhs relu_1_4_2_pre_when_active 2.0926822763881328
 rhs relu_1_5_0_pre_when_active 1.5251492461110079
 rhs relu_1_5_1_pre_when_active 1.5251492461110079
 rhs relu_1_5_2_pre_when_active 1.5251492461110079
 rhs relu_1_6_0_pre_when_active 2.2270647630546554
 rhs relu_1_6_1_pre_when_active 2.2270647630546554
 rhs relu_1_6_2_pre_when_active 2.2270647630546554
 rhs relu_1_7_0_pre_when_active 2.3327546465138496
 rhs relu_1_7_1_pre_when_active 2.3327546465138496
 rhs relu_1_7_2_pre_when_active 2.3327546465138496
 rhs relu_1_8_0_pre_when_active 1.6778120136775128
 rhs relu_1_8_1_pre_when_active 1.6778120136775128
 rhs relu_1_8_2_pre_when_active 1.6778120136775128
 rhs relu_1_9_0_pre_when_active 1.95196414199697
 rhs relu_1_9_1_pre_when_active 1.95196414199697
 rhs relu_1_9_2_pre_when_active 1.95196414199697
 rhs relu_1_10_0_pre_when_active 1.4936853253396152
 rhs relu_1_10_1_pre_when_active 1.4936853253396152
 rhs relu_1_10_2_pre_when_active 1.4936853253396152
 rhs relu_1_11_0_pre_when_active 1.4078455312185105
 rhs relu_1_11_1_pre_when_active 1.4078455312185105
 rhs relu_1_11_2_pre_when_active 1.4078455312185105
 rhs relu_1_12_0_pre_when_active 2.6470627006105
 rhs relu_1_12_1_pre_when_active 2.6470627006105
 rhs relu_1_12_2_pre_when_active 2.6470627006105
 rhs relu_1_13_0_pre_when_active 1.4274692680413814
 rhs relu_1_13_1_pre_when_active 1.4274692680413814
 rhs relu_1_13_2_pre_when_active 1.4274692680413814
 rhs relu_1_14_0_pre_when_active 1.5448612782475093
 rhs relu_1_14_1_pre_when_active 1.5448612782475093
 rhs relu_1_14_2_pre_when_active 1.5448612782475093
 rhs relu_1_15_0_pre_when_active 1.540939547929411
 rhs relu_1_15_1_pre_when_active 1.540939547929411
 rhs relu_1_15_2_pre_when_active 1.540939547929411
 rhs relu_1_16_0_pre_when_active 2.326233516942825
 rhs relu_1_16_1_pre_when_active 2.326233516942825
 rhs relu_1_16_2_pre_when_active 2.326233516942825
 rhs relu_1_17_0_pre_when_active 2.0783436022073154
 rhs relu_1_17_1_pre_when_active 2.0783436022073154
 rhs relu_1_17_2_pre_when_active 2.0783436022073154
 rhs relu_1_18_0_pre_when_active 2.2394849102841623
 rhs relu_1_18_1_pre_when_active 2.2394849102841623
 rhs relu_1_18_2_pre_when_active 2.2394849102841623
 rhs relu_1_19_0_pre_when_active 2.2742295756355033
 rhs relu_1_19_1_pre_when_active 2.2742295756355033
 rhs relu_1_19_2_pre_when_active 2.2742295756355033
BOUNDS
 LO bnd u_0_0 -1
 UP bnd u_0_0 1
 LO bnd u_0_1 -1
 UP bnd u_0_1 1
 LO bnd u_0_2 -1
 UP bnd u_0_2 1
 LO bnd u_1_0 -1
 UP bnd u_1_0 1
 LO bnd u_1_1 -1
 UP bnd u_1_1 1
 LO bnd u_1_2 -1
 UP bnd u_1_2 1
 LO bnd u_2_0 -1
 UP bnd u_2_0 1
 LO bnd u_2_1 -1
 UP bnd u_2_1 1
 LO bnd u_2_2 -1
 UP bnd u_2_2 1
 LO bnd pre_1_0_0 -2.3921397422489594
 UP bnd pre_1_0_0 2.3921397422489594
 LO bnd pre_1_0_1 -2.3921397422489594
 UP bnd pre_1_0_1 2.3921397422489594
 LO bnd pre_1_0_2 -2.3921397422489594
 UP bnd pre_1_0_2 2.3921397422489594
 LO bnd pre_1_1_0 -2.3750466034946554
 UP bnd pre_1_1_0 2.3750466034946554
 LO bnd pre_1_1_1 -2.3750466034946554
 UP bnd pre_1_1_1 2.3750466034946554
 LO bnd pre_1_1_2 -2.3750466034946554
 UP bnd pre_1_1_2 2.3750466034946554
 LO bnd pre_1_2_0 -1.4834986594234139
 UP bnd pre_1_2_0 1.4834986594234139
 LO bnd pre_1_2_1 -1.4834986594234139
 UP bnd pre_1_2_1 1.4834986594234139
 LO bnd pre_1_2_2 -1.4834986594234139
 UP bnd pre_1_2_2 1.4834986594234139
 LO bnd pre_1_3_0 -2.097986215313757
 UP bnd pre_1_3_0 2.097986215313757
 LO bnd pre_1_3_1 -2.097986215313757
 UP bnd pre_1_3_1 2.097986215313757
 LO bnd pre_1_3_2 -2.097986215313757
 UP bnd pre_1_3_2 2.097986215313757
 LO bnd pre_1_4_0 -2.0926822763881328
 UP bnd pre_1_4_0 2.0926822763881328
 LO bnd pre_1_4_1 -2.0926822763881328
 UP bnd pre_1_4_1 2.0926822763881328
 LO bnd pre_1_4_2 -2.0926822763881328
 UP bnd pre_1_4_2 2.0926822763881328
 LO bnd pre_1_5_0 -1.5251492461110079
 UP bnd pre_1_5_0 1.5251492461110079
 LO bnd pre_1_5_1 -1.5251492461110079
 UP bnd pre_1_5_1 1.5251492461110079
 LO bnd pre_1_5_2 -1.5251492461110079
 UP bnd pre_1_5_2 1.5251492461110079
 LO bnd pre_1_6_0 -2.2270647630546554
 UP bnd pre_1_6_0 2.2270647630546554
 LO bnd pre_1_6_1 -2.2270647630546554
 UP bnd pre_1_6_1 2.2270647630546554
 LO bnd pre_1_6_2 -2.2270647630546554
 UP bnd pre_1_6_2 2.2270647630546554
 LO bnd pre_1_7_0 -2.3327546465138496
 UP bnd pre_1_7_0 2.3327546465138496
 LO bnd pre_1_7_1 -2.3327546465138496
 UP bnd pre_1_7_1 2.3327546465138496
 LO bnd pre_1_7_2 -2.3327546465138496
 UP bnd pre_1_7_2 2.3327546465138496
 LO bnd pre_1_8_0 -1.6778120136775128
 UP bnd pre_1_8_0 1.6778120136775128
 LO bnd pre_1_8_1 -1.6778120136775128
 UP bnd pre_1_8_1 1.6778120136775128
 LO bnd pre_1_8_2 -1.6778120136775128
 UP bnd pre_1_8_2 1.6778120136775128
 LO bnd pre_1_9_0 -1.95196414199697
 UP bnd pre_1_9_0 1.95196414199697
 LO bnd pre_1_9_1 -1.95196414199697
 UP bnd pre_1_9_1 1.95196414199697
 LO bnd pre_1_9_2 -1.95196414199697
 UP bnd pre_1_9_2 1.95196414199697
 LO bnd pre_1_10_0 -1.4936853253396152
 UP bnd pre_1_10_0 1.4936853253396152
 LO bnd pre_1_10_1 -1.4936853253396152
 UP bnd pre_1_10_1 1.4936853253396152
 LO bnd pre_1_10_2 -1.4936853253396152
 UP bnd pre_1_10_2 1.4936853253396152
 LO bnd pre_1_11_0 -1.4078455312185105
 UP bnd pre_1_11_0 1.4078455312185105
 LO bnd pre_1_11_1 -1.4078455312185105
 UP bnd pre_1_11_1 1.4078455312185105
 LO bnd pre_1_11_2 -1.4078455312185105
 UP bnd pre_1_11_2 1.4078455312185105
 LO bnd pre_1_12_0 -2.6470627006105
 UP bnd pre_1_12_0 2.6470627006105
 LO bnd pre_1_12_1 -2.6470627006105
 UP bnd pre_1_12_1 2.6470627006105
 LO bnd pre_1_12_2 -2.6470627006105
 UP bnd pre_1_12_2 2.6470627006105
 LO bnd pre_1_13_0 -1.4274692680413814
 UP bnd pre_1_13_0 1.4274692680413814
 LO bnd pre_1_13_1 -1.4274692680413814
 UP bnd pre_1_13_1 1.4274692680413814
 LO bnd pre_1_13_2 -1.4274692680413814
 UP bnd pre_1_13_2 1.4274692680413814
 LO bnd pre_1_14_0 -1.5448612782475093
 UP bnd pre_1_14_0 1.5448612782475093
 LO bnd pre_1_14_1 -1.5448612782475093
 UP bnd pre_1_14_1 1.5448612782475093
 LO bnd pre_1_14_2 -1.5448612782475093
 UP bnd pre_1_14_2 1.5448612782475093
 LO bnd pre_1_15_0 -1.540939547929411
 UP bnd pre_1_15_0 1.540939547929411
 LO bnd pre_1_15_1 -1.540939547929411
 UP bnd pre_1_15_1 1.540939547929411
 LO bnd pre_1_15_2 -1.540939547929411
 UP bnd pre_1_15_2 1.540939547929411
 LO bnd pre_1_16_0 -2.326233516942825
 UP bnd pre_1_16_0 2.326233516942825
 LO bnd pre_1_16_1 -2.326233516942825
 UP bnd pre_1_16_1 2.326233516942825
 LO bnd pre_1_16_2 -2.326233516942825
 UP bnd pre_1_16_2 2.326233516942825
 LO bnd pre_1_17_0 -2.0783436022073154
 UP bnd pre_1_17_0 2.0783436022073154
 LO bnd pre_1_17_1 -2.0783436022073154
 UP bnd pre_1_17_1 2.0783436022073154
 LO bnd pre_1_17_2 -2.0783436022073154
 UP bnd pre_1_17_2 2.0783436022073154
 LO bnd pre_1_18_0 -2.2394849102841623
 UP bnd pre_1_18_0 2.2394849102841623
 LO bnd pre_1_18_1 -2.2394849102841623
 UP bnd pre_1_18_1 2.2394849102841623
 LO bnd pre_1_18_2 -2.2394849102841623
 UP bnd pre_1_18_2 2.2394849102841623
 LO bnd pre_1_19_0 -2.2742295756355033
 UP bnd pre_1_19_0 2.2742295756355033
 LO bnd pre_1_19_1 -2.2742295756355033
 UP bnd pre_1_19_1 2.2742295756355033
 LO bnd pre_1_19_2 -2.2742295756355033
 UP bnd pre_1_19_2 2.2742295756355033
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 2.3921397422489594
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 2.3921397422489594
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 2.3921397422489594
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 2.3750466034946554
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 2.3750466034946554
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 2.3750466034946554
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 1.4834986594234139
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 1.4834986594234139
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 1.4834986594234139
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 2.097986215313757
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 2.097986215313757
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 2.097986215313757
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 2.0926822763881328
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 2.0926822763881328
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 2.0926822763881328
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 1.5251492461110079
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 1.5251492461110079
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 1.5251492461110079
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 2.2270647630546554
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 2.2270647630546554
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 2.2270647630546554
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 2.3327546465138496
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 2.3327546465138496
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 2.3327546465138496
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 1.6778120136775128
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 1.6778120136775128
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 1.6778120136775128
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 1.95196414199697
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 1.95196414199697
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 1.95196414199697
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 1.4936853253396152
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 1.4936853253396152
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 1.4936853253396152
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 1.4078455312185105
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 1.4078455312185105
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 1.4078455312185105
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 2.6470627006105
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 2.6470627006105
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 2.6470627006105
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 1.4274692680413814
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 1.4274692680413814
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 1.4274692680413814
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 1.5448612782475093
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 1.5448612782475093
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 1.5448612782475093
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 1.540939547929411
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 1.540939547929411
 LO bnd post_1_15_2 0
 UP bnd post_1_15_2 1.540939547929411
 LO bnd post_1_16_0 0
 UP bnd post_1_16_0 2.326233516942825
 LO bnd post_1_16_1 0
 UP bnd post_1_16_1 2.326233516942825
 LO bnd post_1_16_2 0
 UP bnd post_1_16_2 2.326233516942825
 LO bnd post_1_17_0 0
 UP bnd post_1_17_0 2.0783436022073154
 LO bnd post_1_17_1 0
 UP bnd post_1_17_1 2.0783436022073154
 LO bnd post_1_17_2 0
 UP bnd post_1_17_2 2.0783436022073154
 LO bnd post_1_18_0 0
 UP bnd post_1_18_0 2.2394849102841623
 LO bnd post_1_18_1 0
 UP bnd post_1_18_1 2.2394849102841623
 LO bnd post_1_18_2 0
 UP bnd post_1_18_2 2.2394849102841623
 LO bnd post_1_19_0 0
 UP bnd post_1_19_0 2.2742295756355033
 LO bnd post_1_19_1 0
 UP bnd post_1_19_1 2.2742295756355033
 LO bnd post_1_19_2 0
 UP bnd post_1_19_2 2.2742295756355033
 LO bnd b_2_0 -1
 UP bnd b_2_0 1
 LO bnd out_0_0 -8.176419226746878
 UP bnd out_0_0 8.176419226746878
 LO bnd out_1_0 -8.125139810483965
 UP bnd out_1_0 8.125139810483965
 LO bnd out_2_0 -5.450495978270242
 UP bnd out_2_0 5.450495978270242
 LO bnd out_3_0 -7.293958645941272
 UP bnd out_3_0 7.293958645941272
 LO bnd out_4_0 -7.278046829164398
 UP bnd out_4_0 7.278046829164398
 LO bnd out_5_0 -5.575447738333024
 UP bnd out_5_0 5.575447738333024
 LO bnd out_6_0 -7.681194289163966
 UP bnd out_6_0 7.681194289163966
 LO bnd out_7_0 -7.998263939541548
 UP bnd out_7_0 7.998263939541548
 LO bnd out_8_0 -6.033436041032538
 UP bnd out_8_0 6.033436041032538
 LO bnd out_9_0 -6.85589242599091
 UP bnd out_9_0 6.85589242599091
 LO bnd out_10_0 -5.481055976018846
 UP bnd out_10_0 5.481055976018846
 LO bnd out_11_0 -5.223536593655531
 UP bnd out_11_0 5.223536593655531
 LO bnd out_12_0 -8.9411881018315
 UP bnd out_12_0 8.9411881018315
 LO bnd out_13_0 -5.282407804124144
 UP bnd out_13_0 5.282407804124144
 LO bnd out_14_0 -5.634583834742528
 UP bnd out_14_0 5.634583834742528
 LO bnd out_15_0 -5.622818643788233
 UP bnd out_15_0 5.622818643788233
 LO bnd out_16_0 -7.978700550828476
 UP bnd out_16_0 7.978700550828476
 LO bnd out_17_0 -7.235030806621946
 UP bnd out_17_0 7.235030806621946
 LO bnd out_18_0 -7.718454730852487
 UP bnd out_18_0 7.718454730852487
 LO bnd out_19_0 -7.8226887269065095
 UP bnd out_19_0 7.8226887269065095
 BV bnd sign_0
 BV bnd sign_1
 BV bnd sign_2
 LO bnd post_positive_0_0 0
 UP bnd post_positive_0_0 2.3921397422489594
 LO bnd post_positive_0_1 0
 UP bnd post_positive_0_1 2.3921397422489594
 LO bnd post_positive_0_2 0
 UP bnd post_positive_0_2 2.3921397422489594
 LO bnd post_positive_1_0 0
 UP bnd post_positive_1_0 2.3750466034946554
 LO bnd post_positive_1_1 0
 UP bnd post_positive_1_1 2.3750466034946554
 LO bnd post_positive_1_2 0
 UP bnd post_positive_1_2 2.3750466034946554
 LO bnd post_positive_2_0 0
 UP bnd post_positive_2_0 1.4834986594234139
 LO bnd post_positive_2_1 0
 UP bnd post_positive_2_1 1.4834986594234139
 LO bnd post_positive_2_2 0
 UP bnd post_positive_2_2 1.4834986594234139
 LO bnd post_positive_3_0 0
 UP bnd post_positive_3_0 2.097986215313757
 LO bnd post_positive_3_1 0
 UP bnd post_positive_3_1 2.097986215313757
 LO bnd post_positive_3_2 0
 UP bnd post_positive_3_2 2.097986215313757
 LO bnd post_positive_4_0 0
 UP bnd post_positive_4_0 2.0926822763881328
 LO bnd post_positive_4_1 0
 UP bnd post_positive_4_1 2.0926822763881328
 LO bnd post_positive_4_2 0
 UP bnd post_positive_4_2 2.0926822763881328
 LO bnd post_positive_5_0 0
 UP bnd post_positive_5_0 1.5251492461110079
 LO bnd post_positive_5_1 0
 UP bnd post_positive_5_1 1.5251492461110079
 LO bnd post_positive_5_2 0
 UP bnd post_positive_5_2 1.5251492461110079
 LO bnd post_positive_6_0 0
 UP bnd post_positive_6_0 2.2270647630546554
 LO bnd post_positive_6_1 0
 UP bnd post_positive_6_1 2.2270647630546554
 LO bnd post_positive_6_2 0
 UP bnd post_positive_6_2 2.2270647630546554
 LO bnd post_positive_7_0 0
 UP bnd post_positive_7_0 2.3327546465138496
 LO bnd post_positive_7_1 0
 UP bnd post_positive_7_1 2.3327546465138496
 LO bnd post_positive_7_2 0
 UP bnd post_positive_7_2 2.3327546465138496
 LO bnd post_positive_8_0 0
 UP bnd post_positive_8_0 1.6778120136775128
 LO bnd post_positive_8_1 0
 UP bnd post_positive_8_1 1.6778120136775128
 LO bnd post_positive_8_2 0
 UP bnd post_positive_8_2 1.6778120136775128
 LO bnd post_positive_9_0 0
 UP bnd post_positive_9_0 1.95196414199697
 LO bnd post_positive_9_1 0
 UP bnd post_positive_9_1 1.95196414199697
 LO bnd post_positive_9_2 0
 UP bnd post_positive_9_2 1.95196414199697
 LO bnd post_positive_10_0 0
 UP bnd post_positive_10_0 1.4936853253396152
 LO bnd post_positive_10_1 0
 UP bnd post_positive_10_1 1.4936853253396152
 LO bnd post_positive_10_2 0
 UP bnd post_positive_10_2 1.4936853253396152
 LO bnd post_positive_11_0 0
 UP bnd post_positive_11_0 1.4078455312185105
 LO bnd post_positive_11_1 0
 UP bnd post_positive_11_1 1.4078455312185105
 LO bnd post_positive_11_2 0
 UP bnd post_positive_11_2 1.4078455312185105
 LO bnd post_positive_12_0 0
 UP bnd post_positive_12_0 2.6470627006105
 LO bnd post_positive_12_1 0
 UP bnd post_positive_12_1 2.6470627006105
 LO bnd post_positive_12_2 0
 UP bnd post_positive_12_2 2.6470627006105
 LO bnd post_positive_13_0 0
 UP bnd post_positive_13_0 1.4274692680413814
 LO bnd post_positive_13_1 0
 UP bnd post_positive_13_1 1.4274692680413814
 LO bnd post_positive_13_2 0
 UP bnd post_positive_13_2 1.4274692680413814
 LO bnd post_positive_14_0 0
 UP bnd post_positive_14_0 1.5448612782475093
 LO bnd post_positive_14_1 0
 UP bnd post_positive_14_1 1.5448612782475093
 LO bnd post_positive_14_2 0
 UP bnd post_positive_14_2 1.5448612782475093
 LO bnd post_positive_15_0 0
 UP bnd post_positive_15_0 1.540939547929411
 LO bnd post_positive_15_1 0
 UP bnd post_positive_15_1 1.540939547929411
 LO bnd post_positive_15_2 0
 UP bnd post_positive_15_2 1.540939547929411
 LO bnd post_positive_16_0 0
 UP bnd post_positive_16_0 2.326233516942825
 LO bnd post_positive_16_1 0
 UP bnd post_positive_16_1 2.326233516942825
 LO bnd post_positive_16_2 0
 UP bnd post_positive_16_2 2.326233516942825
 LO bnd post_positive_17_0 0
 UP bnd post_positive_17_0 2.0783436022073154
 LO bnd post_positive_17_1 0
 UP bnd post_positive_17_1 2.0783436022073154
 LO bnd post_positive_17_2 0
 UP bnd post_positive_17_2 2.0783436022073154
 LO bnd post_positive_18_0 0
 UP bnd post_positive_18_0 2.2394849102841623
 LO bnd post_positive_18_1 0
 UP bnd post_positive_18_1 2.2394849102841623
 LO bnd post_positive_18_2 0
 UP bnd post_positive_18_2 2.2394849102841623
 LO bnd post_positive_19_0 0
 UP bnd post_positive_19_0 2.2742295756355033
 LO bnd post_positive_19_1 0
 UP bnd post_positive_19_1 2.2742295756355033
 LO bnd post_positive_19_2 0
 UP bnd post_positive_19_2 2.2742295756355033
 LO bnd post_negative_0_0 0
 UP bnd post_negative_0_0 2.3921397422489594
 LO bnd post_negative_0_1 0
 UP bnd post_negative_0_1 2.3921397422489594
 LO bnd post_negative_0_2 0
 UP bnd post_negative_0_2 2.3921397422489594
 LO bnd post_negative_1_0 0
 UP bnd post_negative_1_0 2.3750466034946554
 LO bnd post_negative_1_1 0
 UP bnd post_negative_1_1 2.3750466034946554
 LO bnd post_negative_1_2 0
 UP bnd post_negative_1_2 2.3750466034946554
 LO bnd post_negative_2_0 0
 UP bnd post_negative_2_0 1.4834986594234139
 LO bnd post_negative_2_1 0
 UP bnd post_negative_2_1 1.4834986594234139
 LO bnd post_negative_2_2 0
 UP bnd post_negative_2_2 1.4834986594234139
 LO bnd post_negative_3_0 0
 UP bnd post_negative_3_0 2.097986215313757
 LO bnd post_negative_3_1 0
 UP bnd post_negative_3_1 2.097986215313757
 LO bnd post_negative_3_2 0
 UP bnd post_negative_3_2 2.097986215313757
 LO bnd post_negative_4_0 0
 UP bnd post_negative_4_0 2.0926822763881328
 LO bnd post_negative_4_1 0
 UP bnd post_negative_4_1 2.0926822763881328
 LO bnd post_negative_4_2 0
 UP bnd post_negative_4_2 2.0926822763881328
 LO bnd post_negative_5_0 0
 UP bnd post_negative_5_0 1.5251492461110079
 LO bnd post_negative_5_1 0
 UP bnd post_negative_5_1 1.5251492461110079
 LO bnd post_negative_5_2 0
 UP bnd post_negative_5_2 1.5251492461110079
 LO bnd post_negative_6_0 0
 UP bnd post_negative_6_0 2.2270647630546554
 LO bnd post_negative_6_1 0
 UP bnd post_negative_6_1 2.2270647630546554
 LO bnd post_negative_6_2 0
 UP bnd post_negative_6_2 2.2270647630546554
 LO bnd post_negative_7_0 0
 UP bnd post_negative_7_0 2.3327546465138496
 LO bnd post_negative_7_1 0
 UP bnd post_negative_7_1 2.3327546465138496
 LO bnd post_negative_7_2 0
 UP bnd post_negative_7_2 2.3327546465138496
 LO bnd post_negative_8_0 0
 UP bnd post_negative_8_0 1.6778120136775128
 LO bnd post_negative_8_1 0
 UP bnd post_negative_8_1 1.6778120136775128
 LO bnd post_negative_8_2 0
 UP bnd post_negative_8_2 1.6778120136775128
 LO bnd post_negative_9_0 0
 UP bnd post_negative_9_0 1.95196414199697
 LO bnd post_negative_9_1 0
 UP bnd post_negative_9_1 1.95196414199697
 LO bnd post_negative_9_2 0
 UP bnd post_negative_9_2 1.95196414199697
 LO bnd post_negative_10_0 0
 UP bnd post_negative_10_0 1.4936853253396152
 LO bnd post_negative_10_1 0
 UP bnd post_negative_10_1 1.4936853253396152
 LO bnd post_negative_10_2 0
 UP bnd post_negative_10_2 1.4936853253396152
 LO bnd post_negative_11_0 0
 UP bnd post_negative_11_0 1.4078455312185105
 LO bnd post_negative_11_1 0
 UP bnd post_negative_11_1 1.4078455312185105
 LO bnd post_negative_11_2 0
 UP bnd post_negative_11_2 1.4078455312185105
 LO bnd post_negative_12_0 0
 UP bnd post_negative_12_0 2.6470627006105
 LO bnd post_negative_12_1 0
 UP bnd post_negative_12_1 2.6470627006105
 LO bnd post_negative_12_2 0
 UP bnd post_negative_12_2 2.6470627006105
 LO bnd post_negative_13_0 0
 UP bnd post_negative_13_0 1.4274692680413814
 LO bnd post_negative_13_1 0
 UP bnd post_negative_13_1 1.4274692680413814
 LO bnd post_negative_13_2 0
 UP bnd post_negative_13_2 1.4274692680413814
 LO bnd post_negative_14_0 0
 UP bnd post_negative_14_0 1.5448612782475093
 LO bnd post_negative_14_1 0
 UP bnd post_negative_14_1 1.5448612782475093
 LO bnd post_negative_14_2 0
 UP bnd post_negative_14_2 1.5448612782475093
 LO bnd post_negative_15_0 0
 UP bnd post_negative_15_0 1.540939547929411
 LO bnd post_negative_15_1 0
 UP bnd post_negative_15_1 1.540939547929411
 LO bnd post_negative_15_2 0
 UP bnd post_negative_15_2 1.540939547929411
 LO bnd post_negative_16_0 0
 UP bnd post_negative_16_0 2.326233516942825
 LO bnd post_negative_16_1 0
 UP bnd post_negative_16_1 2.326233516942825
 LO bnd post_negative_16_2 0
 UP bnd post_negative_16_2 2.326233516942825
 LO bnd post_negative_17_0 0
 UP bnd post_negative_17_0 2.0783436022073154
 LO bnd post_negative_17_1 0
 UP bnd post_negative_17_1 2.0783436022073154
 LO bnd post_negative_17_2 0
 UP bnd post_negative_17_2 2.0783436022073154
 LO bnd post_negative_18_0 0
 UP bnd post_negative_18_0 2.2394849102841623
 LO bnd post_negative_18_1 0
 UP bnd post_negative_18_1 2.2394849102841623
 LO bnd post_negative_18_2 0
 UP bnd post_negative_18_2 2.2394849102841623
 LO bnd post_negative_19_0 0
 UP bnd post_negative_19_0 2.2742295756355033
 LO bnd post_negative_19_1 0
 UP bnd post_negative_19_1 2.2742295756355033
 LO bnd post_negative_19_2 0
 UP bnd post_negative_19_2 2.2742295756355033
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
 BV bnd relu_1_16_0_on
 BV bnd relu_1_16_1_on
 BV bnd relu_1_16_2_on
 BV bnd relu_1_17_0_on
 BV bnd relu_1_17_1_on
 BV bnd relu_1_17_2_on
 BV bnd relu_1_18_0_on
 BV bnd relu_1_18_1_on
 BV bnd relu_1_18_2_on
 BV bnd relu_1_19_0_on
 BV bnd relu_1_19_1_on
 BV bnd relu_1_19_2_on
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
 out_16_0 out_16_0 2
 out_17_0 out_17_0 2
 out_18_0 out_18_0 2
 out_19_0 out_19_0 2
ENDATA
