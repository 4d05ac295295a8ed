* teacher-N24-n2-m2-p1-s0-p1-plain-complementarity  (relu-opt library: teacher-N24-n2-m2-p1-s0, problem 1, plain-complementarity; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N24-n2-m2-p1-s0-p1-plain-complementarity
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
 E pre_definition_1_16_0
 E pre_definition_1_16_1
 E pre_definition_1_17_0
 E pre_definition_1_17_1
 E pre_definition_1_18_0
 E pre_definition_1_18_1
 E pre_definition_1_19_0
 E pre_definition_1_19_1
 E pre_definition_1_20_0
 E pre_definition_1_20_1
 E pre_definition_1_21_0
 E pre_definition_1_21_1
 E pre_definition_1_22_0
 E pre_definition_1_22_1
 E pre_definition_1_23_0
 E pre_definition_1_23_1
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
 E out_definition_20_0
 E out_definition_21_0
 E out_definition_22_0
 E out_definition_23_0
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
 G relu_1_8_0_above_pre
 E relu_1_8_0_complementary
 G relu_1_8_1_above_pre
 E relu_1_8_1_complementary
 G relu_1_9_0_above_pre
 E relu_1_9_0_complementary
 G relu_1_9_1_above_pre
 E relu_1_9_1_complementary
 G relu_1_10_0_above_pre
 E relu_1_10_0_complementary
 G relu_1_10_1_above_pre
 E relu_1_10_1_complementary
 G relu_1_11_0_above_pre
 E relu_1_11_0_complementary
 G relu_1_11_1_above_pre
 E relu_1_11_1_complementary
 G relu_1_12_0_above_pre
 E relu_1_12_0_complementary
 G relu_1_12_1_above_pre
 E relu_1_12_1_complementary
 G relu_1_13_0_above_pre
 E relu_1_13_0_complementary
 G relu_1_13_1_above_pre
 E relu_1_13_1_complementary
 G relu_1_14_0_above_pre
 E relu_1_14_0_complementary
 G relu_1_14_1_above_pre
 E relu_1_14_1_complementary
 G relu_1_15_0_above_pre
 E relu_1_15_0_complementary
 G relu_1_15_1_above_pre
 E relu_1_15_1_complementary
 G relu_1_16_0_above_pre
 E relu_1_16_0_complementary
 G relu_1_16_1_above_pre
 E relu_1_16_1_complementary
 G relu_1_17_0_above_pre
 E relu_1_17_0_complementary
 G relu_1_17_1_above_pre
 E relu_1_17_1_complementary
 G relu_1_18_0_above_pre
 E relu_1_18_0_complementary
 G relu_1_18_1_above_pre
 E relu_1_18_1_complementary
 G relu_1_19_0_above_pre
 E relu_1_19_0_complementary
 G relu_1_19_1_above_pre
 E relu_1_19_1_complementary
 G relu_1_20_0_above_pre
 E relu_1_20_0_complementary
 G relu_1_20_1_above_pre
 E relu_1_20_1_complementary
 G relu_1_21_0_above_pre
 E relu_1_21_0_complementary
 G relu_1_21_1_above_pre
 E relu_1_21_1_complementary
 G relu_1_22_0_above_pre
 E relu_1_22_0_complementary
 G relu_1_22_1_above_pre
 E relu_1_22_1_complementary
 G relu_1_23_0_above_pre
 E relu_1_23_0_complementary
 G relu_1_23_1_above_pre
 E relu_1_23_1_complementary
COLUMNS
 w_1_0_0 pre_definition_1_0_0 -0.8701448475755365
 w_1_0_0 pre_definition_1_1_0 0.9945229996597038
 w_1_0_0 pre_definition_1_2_0 0.9328288493890713
 w_1_0_0 pre_definition_1_3_0 0.648688758794882
 w_1_0_0 pre_definition_1_4_0 -0.08292244049818343
 w_1_0_0 pre_definition_1_5_0 0.1546255576046831
 w_1_0_0 pre_definition_1_6_0 0.7514334470008721
 w_1_0_0 pre_definition_1_7_0 -0.2943790231485002
 w_1_0_0 pre_definition_1_8_0 0.23264489147623313
 w_1_0_0 pre_definition_1_9_0 -0.9616706775524602
 w_1_0_0 pre_definition_1_10_0 -0.3009185525356326
 w_1_0_0 pre_definition_1_11_0 0.22215715204179243
 w_1_0_0 pre_definition_1_12_0 -0.4429766803881634
 w_1_0_0 pre_definition_1_13_0 0.3795162488820887
 w_1_0_0 pre_definition_1_14_0 -0.7789756686980005
 w_1_0_0 pre_definition_1_15_0 0.28440960658185954
 w_1_0_0 pre_definition_1_16_0 0.3562612178481157
 w_1_0_0 pre_definition_1_17_0 0.3241775489857335
 w_1_0_0 pre_definition_1_18_0 -0.7805487040095846
 w_1_0_0 pre_definition_1_19_0 -0.24637428937208483
 w_1_0_0 pre_definition_1_20_0 -0.6652882953067956
 w_1_0_0 pre_definition_1_21_0 0.5212611140140957
 w_1_0_0 pre_definition_1_22_0 0.8828639303896113
 w_1_0_0 pre_definition_1_23_0 0.6994410662103219
 w_1_0_1 pre_definition_1_0_0 -0.6317071082430643
 w_1_0_1 pre_definition_1_1_0 -0.7148085531751387
 w_1_0_1 pre_definition_1_2_0 -0.45931089285988813
 w_1_0_1 pre_definition_1_3_0 -0.7263578446997732
 w_1_0_1 pre_definition_1_4_0 0.40057621892523043
 w_1_0_1 pre_definition_1_5_0 0.9433606577090741
 w_1_0_1 pre_definition_1_6_0 -0.34124882938726064
 w_1_0_1 pre_definition_1_7_0 -0.2307702229625077
 w_1_0_1 pre_definition_1_8_0 -0.994419871578422
 w_1_0_1 pre_definition_1_9_0 -0.3710839689613894
 w_1_0_1 pre_definition_1_10_0 -0.37689346114188016
 w_1_0_1 pre_definition_1_11_0 0.7298069899551776
 w_1_0_1 pre_definition_1_12_0 -0.050708644951451776
 w_1_0_1 pre_definition_1_13_0 0.028329282336421846
 w_1_0_1 pre_definition_1_14_0 -0.8680870319124994
 w_1_0_1 pre_definition_1_15_0 -0.14305966145952187
 w_1_0_1 pre_definition_1_16_0 -0.1886000603993936
 w_1_0_1 pre_definition_1_17_0 0.21676199894367754
 w_1_0_1 pre_definition_1_18_0 0.5456848129332406
 w_1_0_1 pre_definition_1_19_0 0.8319693128352303
 w_1_0_1 pre_definition_1_20_0 -0.5741966149773667
 w_1_0_1 pre_definition_1_21_0 -0.7529684616214076
 w_1_0_1 pre_definition_1_22_0 0.32776587890867925
 w_1_0_1 pre_definition_1_23_0 0.09932126670142605
 w_1_1_0 pre_definition_1_0_1 -0.8701448475755365
 w_1_1_0 pre_definition_1_1_1 0.9945229996597038
 w_1_1_0 pre_definition_1_2_1 0.9328288493890713
 w_1_1_0 pre_definition_1_3_1 0.648688758794882
 w_1_1_0 pre_definition_1_4_1 -0.08292244049818343
 w_1_1_0 pre_definition_1_5_1 0.1546255576046831
 w_1_1_0 pre_definition_1_6_1 0.7514334470008721
 w_1_1_0 pre_definition_1_7_1 -0.2943790231485002
 w_1_1_0 pre_definition_1_8_1 0.23264489147623313
 w_1_1_0 pre_definition_1_9_1 -0.9616706775524602
 w_1_1_0 pre_definition_1_10_1 -0.3009185525356326
 w_1_1_0 pre_definition_1_11_1 0.22215715204179243
 w_1_1_0 pre_definition_1_12_1 -0.4429766803881634
 w_1_1_0 pre_definition_1_13_1 0.3795162488820887
 w_1_1_0 pre_definition_1_14_1 -0.7789756686980005
 w_1_1_0 pre_definition_1_15_1 0.28440960658185954
 w_1_1_0 pre_definition_1_16_1 0.3562612178481157
 w_1_1_0 pre_definition_1_17_1 0.3241775489857335
 w_1_1_0 pre_definition_1_18_1 -0.7805487040095846
 w_1_1_0 pre_definition_1_19_1 -0.24637428937208483
 w_1_1_0 pre_definition_1_20_1 -0.6652882953067956
 w_1_1_0 pre_definition_1_21_1 0.5212611140140957
 w_1_1_0 pre_definition_1_22_1 0.8828639303896113
 w_1_1_0 pre_definition_1_23_1 0.6994410662103219
 w_1_1_1 pre_definition_1_0_1 -0.6317071082430643
 w_1_1_1 pre_definition_1_1_1 -0.7148085531751387
 w_1_1_1 pre_definition_1_2_1 -0.45931089285988813
 w_1_1_1 pre_definition_1_3_1 -0.7263578446997732
 w_1_1_1 pre_definition_1_4_1 0.40057621892523043
 w_1_1_1 pre_definition_1_5_1 0.9433606577090741
 w_1_1_1 pre_definition_1_6_1 -0.34124882938726064
 w_1_1_1 pre_definition_1_7_1 -0.2307702229625077
 w_1_1_1 pre_definition_1_8_1 -0.994419871578422
 w_1_1_1 pre_definition_1_9_1 -0.3710839689613894
 w_1_1_1 pre_definition_1_10_1 -0.37689346114188016
 w_1_1_1 pre_definition_1_11_1 0.7298069899551776
 w_1_1_1 pre_definition_1_12_1 -0.050708644951451776
 w_1_1_1 pre_definition_1_13_1 0.028329282336421846
 w_1_1_1 pre_definition_1_14_1 -0.8680870319124994
 w_1_1_1 pre_definition_1_15_1 -0.14305966145952187
 w_1_1_1 pre_definition_1_16_1 -0.1886000603993936
 w_1_1_1 pre_definition_1_17_1 0.21676199894367754
 w_1_1_1 pre_definition_1_18_1 0.5456848129332406
 w_1_1_1 pre_definition_1_19_1 0.8319693128352303
 w_1_1_1 pre_definition_1_20_1 -0.5741966149773667
 w_1_1_1 pre_definition_1_21_1 -0.7529684616214076
 w_1_1_1 pre_definition_1_22_1 0.32776587890867925
 w_1_1_1 pre_definition_1_23_1 0.09932126670142605
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
 b_1_0 pre_definition_1_16_0 -1
 b_1_0 pre_definition_1_17_0 -1
 b_1_0 pre_definition_1_18_0 -1
 b_1_0 pre_definition_1_19_0 -1
 b_1_0 pre_definition_1_20_0 -1
 b_1_0 pre_definition_1_21_0 -1
 b_1_0 pre_definition_1_22_0 -1
 b_1_0 pre_definition_1_23_0 -1
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
 b_1_1 pre_definition_1_16_1 -1
 b_1_1 pre_definition_1_17_1 -1
 b_1_1 pre_definition_1_18_1 -1
 b_1_1 pre_definition_1_19_1 -1
 b_1_1 pre_definition_1_20_1 -1
 b_1_1 pre_definition_1_21_1 -1
 b_1_1 pre_definition_1_22_1 -1
 b_1_1 pre_definition_1_23_1 -1
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
 b_2_0 out_definition_20_0 -1
 b_2_0 out_definition_21_0 -1
 b_2_0 out_definition_22_0 -1
 b_2_0 out_definition_23_0 -1
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
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre -1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre -1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre -1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre -1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre -1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre -1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre -1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre -1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre -1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre -1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre -1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre -1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre -1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre -1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre -1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre -1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_above_pre -1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_above_pre -1
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_above_pre -1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_above_pre -1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_above_pre -1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_above_pre -1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_above_pre -1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_above_pre -1
 pre_1_20_0 pre_definition_1_20_0 1
 pre_1_20_0 relu_1_20_0_above_pre -1
 pre_1_20_1 pre_definition_1_20_1 1
 pre_1_20_1 relu_1_20_1_above_pre -1
 pre_1_21_0 pre_definition_1_21_0 1
 pre_1_21_0 relu_1_21_0_above_pre -1
 pre_1_21_1 pre_definition_1_21_1 1
 pre_1_21_1 relu_1_21_1_above_pre -1
 pre_1_22_0 pre_definition_1_22_0 1
 pre_1_22_0 relu_1_22_0_above_pre -1
 pre_1_22_1 pre_definition_1_22_1 1
 pre_1_22_1 relu_1_22_1_above_pre -1
 pre_1_23_0 pre_definition_1_23_0 1
 pre_1_23_0 relu_1_23_0_above_pre -1
 pre_1_23_1 pre_definition_1_23_1 1
 pre_1_23_1 relu_1_23_1_above_pre -1
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
 post_1_8_0 relu_1_8_0_above_pre 1
 post_1_8_1 relu_1_8_1_above_pre 1
 post_1_9_0 relu_1_9_0_above_pre 1
 post_1_9_1 relu_1_9_1_above_pre 1
 post_1_10_0 relu_1_10_0_above_pre 1
 post_1_10_1 relu_1_10_1_above_pre 1
 post_1_11_0 relu_1_11_0_above_pre 1
 post_1_11_1 relu_1_11_1_above_pre 1
 post_1_12_0 relu_1_12_0_above_pre 1
 post_1_12_1 relu_1_12_1_above_pre 1
 post_1_13_0 relu_1_13_0_above_pre 1
 post_1_13_1 relu_1_13_1_above_pre 1
 post_1_14_0 relu_1_14_0_above_pre 1
 post_1_14_1 relu_1_14_1_above_pre 1
 post_1_15_0 relu_1_15_0_above_pre 1
 post_1_15_1 relu_1_15_1_above_pre 1
 post_1_16_0 relu_1_16_0_above_pre 1
 post_1_16_1 relu_1_16_1_above_pre 1
 post_1_17_0 relu_1_17_0_above_pre 1
 post_1_17_1 relu_1_17_1_above_pre 1
 post_1_18_0 relu_1_18_0_above_pre 1
 post_1_18_1 relu_1_18_1_above_pre 1
 post_1_19_0 relu_1_19_0_above_pre 1
 post_1_19_1 relu_1_19_1_above_pre 1
 post_1_20_0 relu_1_20_0_above_pre 1
 post_1_20_1 relu_1_20_1_above_pre 1
 post_1_21_0 relu_1_21_0_above_pre 1
 post_1_21_1 relu_1_21_1_above_pre 1
 post_1_22_0 relu_1_22_0_above_pre 1
 post_1_22_1 relu_1_22_1_above_pre 1
 post_1_23_0 relu_1_23_0_above_pre 1
 post_1_23_1 relu_1_23_1_above_pre 1
 out_0_0 obj -0.5585607815645983
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.9097981797988508
 out_1_0 out_definition_1_0 1
 out_2_0 obj -1.2464643340809942
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.7957669600553691
 out_3_0 out_definition_3_0 1
 out_4_0 obj -1.3396370785396265
 out_4_0 out_definition_4_0 1
 out_5_0 obj -2.682308488389858
 out_5_0 out_definition_5_0 1
 out_6_0 obj -1.2759274386683264
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.8014900103015752
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.23873671531668023
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.7979249440206855
 out_9_0 out_definition_9_0 1
 out_10_0 obj -0.8366185873959022
 out_10_0 out_definition_10_0 1
 out_11_0 obj -2.2786285818887824
 out_11_0 out_definition_11_0 1
 out_12_0 obj -0.38231694409909556
 out_12_0 out_definition_12_0 1
 out_13_0 obj -1.516168442886152
 out_13_0 out_definition_13_0 1
 out_14_0 obj -0.49901418284030596
 out_14_0 out_definition_14_0 1
 out_15_0 obj -1.4517237656836017
 out_15_0 out_definition_15_0 1
 out_16_0 obj -1.1301412238800277
 out_16_0 out_definition_16_0 1
 out_17_0 obj -2.0342608819843058
 out_17_0 out_definition_17_0 1
 out_18_0 obj -0.9603931217056119
 out_18_0 out_definition_18_0 1
 out_19_0 obj -1.7902835817638434
 out_19_0 out_definition_19_0 1
 out_20_0 obj -0.5937213570512714
 out_20_0 out_definition_20_0 1
 out_21_0 obj -0.7715158682697569
 out_21_0 out_definition_21_0 1
 out_22_0 obj -2.5962306140631175
 out_22_0 out_definition_22_0 1
 out_23_0 obj -1.8526639697877483
 out_23_0 out_definition_23_0 1
RHS
 rhs obj -11.659264688586173
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
 LO bnd pre_1_0_0 -7.5055558674558025
 UP bnd pre_1_0_0 7.5055558674558025
 LO bnd pre_1_0_1 -7.5055558674558025
 UP bnd pre_1_0_1 7.5055558674558025
 LO bnd pre_1_1_0 -8.127994658504527
 UP bnd pre_1_1_0 8.127994658504527
 LO bnd pre_1_1_1 -8.127994658504527
 UP bnd pre_1_1_1 8.127994658504527
 LO bnd pre_1_2_0 -7.176419226746878
 UP bnd pre_1_2_0 7.176419226746878
 LO bnd pre_1_2_1 -7.176419226746878
 UP bnd pre_1_2_1 7.176419226746878
 LO bnd pre_1_3_0 -7.125139810483965
 UP bnd pre_1_3_0 7.125139810483965
 LO bnd pre_1_3_1 -7.125139810483965
 UP bnd pre_1_3_1 7.125139810483965
 LO bnd pre_1_4_0 -4.450495978270242
 UP bnd pre_1_4_0 4.450495978270242
 LO bnd pre_1_4_1 -4.450495978270242
 UP bnd pre_1_4_1 4.450495978270242
 LO bnd pre_1_5_0 -6.293958645941272
 UP bnd pre_1_5_0 6.293958645941272
 LO bnd pre_1_5_1 -6.293958645941272
 UP bnd pre_1_5_1 6.293958645941272
 LO bnd pre_1_6_0 -6.278046829164398
 UP bnd pre_1_6_0 6.278046829164398
 LO bnd pre_1_6_1 -6.278046829164398
 UP bnd pre_1_6_1 6.278046829164398
 LO bnd pre_1_7_0 -4.575447738333024
 UP bnd pre_1_7_0 4.575447738333024
 LO bnd pre_1_7_1 -4.575447738333024
 UP bnd pre_1_7_1 4.575447738333024
 LO bnd pre_1_8_0 -6.681194289163965
 UP bnd pre_1_8_0 6.681194289163965
 LO bnd pre_1_8_1 -6.681194289163965
 UP bnd pre_1_8_1 6.681194289163965
 LO bnd pre_1_9_0 -6.998263939541548
 UP bnd pre_1_9_0 6.998263939541548
 LO bnd pre_1_9_1 -6.998263939541548
 UP bnd pre_1_9_1 6.998263939541548
 LO bnd pre_1_10_0 -5.033436041032538
 UP bnd pre_1_10_0 5.033436041032538
 LO bnd pre_1_10_1 -5.033436041032538
 UP bnd pre_1_10_1 5.033436041032538
 LO bnd pre_1_11_0 -5.85589242599091
 UP bnd pre_1_11_0 5.85589242599091
 LO bnd pre_1_11_1 -5.85589242599091
 UP bnd pre_1_11_1 5.85589242599091
 LO bnd pre_1_12_0 -4.481055976018846
 UP bnd pre_1_12_0 4.481055976018846
 LO bnd pre_1_12_1 -4.481055976018846
 UP bnd pre_1_12_1 4.481055976018846
 LO bnd pre_1_13_0 -4.223536593655531
 UP bnd pre_1_13_0 4.223536593655531
 LO bnd pre_1_13_1 -4.223536593655531
 UP bnd pre_1_13_1 4.223536593655531
 LO bnd pre_1_14_0 -7.9411881018315
 UP bnd pre_1_14_0 7.9411881018315
 LO bnd pre_1_14_1 -7.9411881018315
 UP bnd pre_1_14_1 7.9411881018315
 LO bnd pre_1_15_0 -4.282407804124144
 UP bnd pre_1_15_0 4.282407804124144
 LO bnd pre_1_15_1 -4.282407804124144
 UP bnd pre_1_15_1 4.282407804124144
 LO bnd pre_1_16_0 -4.634583834742528
 UP bnd pre_1_16_0 4.634583834742528
 LO bnd pre_1_16_1 -4.634583834742528
 UP bnd pre_1_16_1 4.634583834742528
 LO bnd pre_1_17_0 -4.622818643788233
 UP bnd pre_1_17_0 4.622818643788233
 LO bnd pre_1_17_1 -4.622818643788233
 UP bnd pre_1_17_1 4.622818643788233
 LO bnd pre_1_18_0 -6.978700550828476
 UP bnd pre_1_18_0 6.978700550828476
 LO bnd pre_1_18_1 -6.978700550828476
 UP bnd pre_1_18_1 6.978700550828476
 LO bnd pre_1_19_0 -6.235030806621945
 UP bnd pre_1_19_0 6.235030806621945
 LO bnd pre_1_19_1 -6.235030806621945
 UP bnd pre_1_19_1 6.235030806621945
 LO bnd pre_1_20_0 -6.718454730852487
 UP bnd pre_1_20_0 6.718454730852487
 LO bnd pre_1_20_1 -6.718454730852487
 UP bnd pre_1_20_1 6.718454730852487
 LO bnd pre_1_21_0 -6.8226887269065095
 UP bnd pre_1_21_0 6.8226887269065095
 LO bnd pre_1_21_1 -6.8226887269065095
 UP bnd pre_1_21_1 6.8226887269065095
 LO bnd pre_1_22_0 -6.631889427894872
 UP bnd pre_1_22_0 6.631889427894872
 LO bnd pre_1_22_1 -6.631889427894872
 UP bnd pre_1_22_1 6.631889427894872
 LO bnd pre_1_23_0 -5.396286998735244
 UP bnd pre_1_23_0 5.396286998735244
 LO bnd pre_1_23_1 -5.396286998735244
 UP bnd pre_1_23_1 5.396286998735244
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 7.5055558674558025
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 7.5055558674558025
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 8.127994658504527
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 8.127994658504527
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 7.176419226746878
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 7.176419226746878
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 7.125139810483965
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 7.125139810483965
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 4.450495978270242
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 4.450495978270242
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 6.293958645941272
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 6.293958645941272
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 6.278046829164398
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 6.278046829164398
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 4.575447738333024
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 4.575447738333024
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 6.681194289163965
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 6.681194289163965
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 6.998263939541548
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 6.998263939541548
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 5.033436041032538
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 5.033436041032538
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 5.85589242599091
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 5.85589242599091
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 4.481055976018846
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 4.481055976018846
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 4.223536593655531
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 4.223536593655531
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 7.9411881018315
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 7.9411881018315
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 4.282407804124144
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 4.282407804124144
 LO bnd post_1_16_0 0
 UP bnd post_1_16_0 4.634583834742528
 LO bnd post_1_16_1 0
 UP bnd post_1_16_1 4.634583834742528
 LO bnd post_1_17_0 0
 UP bnd post_1_17_0 4.622818643788233
 LO bnd post_1_17_1 0
 UP bnd post_1_17_1 4.622818643788233
 LO bnd post_1_18_0 0
 UP bnd post_1_18_0 6.978700550828476
 LO bnd post_1_18_1 0
 UP bnd post_1_18_1 6.978700550828476
 LO bnd post_1_19_0 0
 UP bnd post_1_19_0 6.235030806621945
 LO bnd post_1_19_1 0
 UP bnd post_1_19_1 6.235030806621945
 LO bnd post_1_20_0 0
 UP bnd post_1_20_0 6.718454730852487
 LO bnd post_1_20_1 0
 UP bnd post_1_20_1 6.718454730852487
 LO bnd post_1_21_0 0
 UP bnd post_1_21_0 6.8226887269065095
 LO bnd post_1_21_1 0
 UP bnd post_1_21_1 6.8226887269065095
 LO bnd post_1_22_0 0
 UP bnd post_1_22_0 6.631889427894872
 LO bnd post_1_22_1 0
 UP bnd post_1_22_1 6.631889427894872
 LO bnd post_1_23_0 0
 UP bnd post_1_23_0 5.396286998735244
 LO bnd post_1_23_1 0
 UP bnd post_1_23_1 5.396286998735244
 LO bnd out_0_0 -48.03333520473481
 UP bnd out_0_0 48.03333520473481
 LO bnd out_1_0 -51.76796795102716
 UP bnd out_1_0 51.76796795102716
 LO bnd out_2_0 -46.058515360481266
 UP bnd out_2_0 46.058515360481266
 LO bnd out_3_0 -45.75083886290379
 UP bnd out_3_0 45.75083886290379
 LO bnd out_4_0 -29.70297586962145
 UP bnd out_4_0 29.70297586962145
 LO bnd out_5_0 -40.76375187564763
 UP bnd out_5_0 40.76375187564763
 LO bnd out_6_0 -40.66828097498639
 UP bnd out_6_0 40.66828097498639
 LO bnd out_7_0 -30.452686429998142
 UP bnd out_7_0 30.452686429998142
 LO bnd out_8_0 -43.08716573498379
 UP bnd out_8_0 43.08716573498379
 LO bnd out_9_0 -44.98958363724929
 UP bnd out_9_0 44.98958363724929
 LO bnd out_10_0 -33.20061624619523
 UP bnd out_10_0 33.20061624619523
 LO bnd out_11_0 -38.13535455594546
 UP bnd out_11_0 38.13535455594546
 LO bnd out_12_0 -29.886335856113075
 UP bnd out_12_0 29.886335856113075
 LO bnd out_13_0 -28.341219561933187
 UP bnd out_13_0 28.341219561933187
 LO bnd out_14_0 -50.647128610989
 UP bnd out_14_0 50.647128610989
 LO bnd out_15_0 -28.694446824744865
 UP bnd out_15_0 28.694446824744865
 LO bnd out_16_0 -30.807503008455164
 UP bnd out_16_0 30.807503008455164
 LO bnd out_17_0 -30.7369118627294
 UP bnd out_17_0 30.7369118627294
 LO bnd out_18_0 -44.87220330497085
 UP bnd out_18_0 44.87220330497085
 LO bnd out_19_0 -40.41018483973167
 UP bnd out_19_0 40.41018483973167
 LO bnd out_20_0 -43.31072838511493
 UP bnd out_20_0 43.31072838511493
 LO bnd out_21_0 -43.93613236143906
 UP bnd out_21_0 43.93613236143906
 LO bnd out_22_0 -42.79133656736923
 UP bnd out_22_0 42.79133656736923
 LO bnd out_23_0 -35.377721992411466
 UP bnd out_23_0 35.377721992411466
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
 out_20_0 out_20_0 2
 out_21_0 out_21_0 2
 out_22_0 out_22_0 2
 out_23_0 out_23_0 2
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
QCMATRIX out_definition_16_0
 w_2_0_0 post_1_16_0 -0.5
 post_1_16_0 w_2_0_0 -0.5
 w_2_0_1 post_1_16_1 -0.5
 post_1_16_1 w_2_0_1 -0.5
QCMATRIX out_definition_17_0
 w_2_0_0 post_1_17_0 -0.5
 post_1_17_0 w_2_0_0 -0.5
 w_2_0_1 post_1_17_1 -0.5
 post_1_17_1 w_2_0_1 -0.5
QCMATRIX out_definition_18_0
 w_2_0_0 post_1_18_0 -0.5
 post_1_18_0 w_2_0_0 -0.5
 w_2_0_1 post_1_18_1 -0.5
 post_1_18_1 w_2_0_1 -0.5
QCMATRIX out_definition_19_0
 w_2_0_0 post_1_19_0 -0.5
 post_1_19_0 w_2_0_0 -0.5
 w_2_0_1 post_1_19_1 -0.5
 post_1_19_1 w_2_0_1 -0.5
QCMATRIX out_definition_20_0
 w_2_0_0 post_1_20_0 -0.5
 post_1_20_0 w_2_0_0 -0.5
 w_2_0_1 post_1_20_1 -0.5
 post_1_20_1 w_2_0_1 -0.5
QCMATRIX out_definition_21_0
 w_2_0_0 post_1_21_0 -0.5
 post_1_21_0 w_2_0_0 -0.5
 w_2_0_1 post_1_21_1 -0.5
 post_1_21_1 w_2_0_1 -0.5
QCMATRIX out_definition_22_0
 w_2_0_0 post_1_22_0 -0.5
 post_1_22_0 w_2_0_0 -0.5
 w_2_0_1 post_1_22_1 -0.5
 post_1_22_1 w_2_0_1 -0.5
QCMATRIX out_definition_23_0
 w_2_0_0 post_1_23_0 -0.5
 post_1_23_0 w_2_0_0 -0.5
 w_2_0_1 post_1_23_1 -0.5
 post_1_23_1 w_2_0_1 -0.5
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
QCMATRIX relu_1_8_0_complementary
 pre_1_8_0 post_1_8_0 -0.5
 post_1_8_0 pre_1_8_0 -0.5
 post_1_8_0 post_1_8_0 1
QCMATRIX relu_1_8_1_complementary
 pre_1_8_1 post_1_8_1 -0.5
 post_1_8_1 pre_1_8_1 -0.5
 post_1_8_1 post_1_8_1 1
QCMATRIX relu_1_9_0_complementary
 pre_1_9_0 post_1_9_0 -0.5
 post_1_9_0 pre_1_9_0 -0.5
 post_1_9_0 post_1_9_0 1
QCMATRIX relu_1_9_1_complementary
 pre_1_9_1 post_1_9_1 -0.5
 post_1_9_1 pre_1_9_1 -0.5
 post_1_9_1 post_1_9_1 1
QCMATRIX relu_1_10_0_complementary
 pre_1_10_0 post_1_10_0 -0.5
 post_1_10_0 pre_1_10_0 -0.5
 post_1_10_0 post_1_10_0 1
QCMATRIX relu_1_10_1_complementary
 pre_1_10_1 post_1_10_1 -0.5
 post_1_10_1 pre_1_10_1 -0.5
 post_1_10_1 post_1_10_1 1
QCMATRIX relu_1_11_0_complementary
 pre_1_11_0 post_1_11_0 -0.5
 post_1_11_0 pre_1_11_0 -0.5
 post_1_11_0 post_1_11_0 1
QCMATRIX relu_1_11_1_complementary
 pre_1_11_1 post_1_11_1 -0.5
 post_1_11_1 pre_1_11_1 -0.5
 post_1_11_1 post_1_11_1 1
QCMATRIX relu_1_12_0_complementary
 pre_1_12_0 post_1_12_0 -0.5
 post_1_12_0 pre_1_12_0 -0.5
 post_1_12_0 post_1_12_0 1
QCMATRIX relu_1_12_1_complementary
 pre_1_12_1 post_1_12_1 -0.5
 post_1_12_1 pre_1_12_1 -0.5
 post_1_12_1 post_1_12_1 1
QCMATRIX relu_1_13_0_complementary
 pre_1_13_0 post_1_13_0 -0.5
 post_1_13_0 pre_1_13_0 -0.5
 post_1_13_0 post_1_13_0 1
QCMATRIX relu_1_13_1_complementary
 pre_1_13_1 post_1_13_1 -0.5
 post_1_13_1 pre_1_13_1 -0.5
 post_1_13_1 post_1_13_1 1
QCMATRIX relu_1_14_0_complementary
 pre_1_14_0 post_1_14_0 -0.5
 post_1_14_0 pre_1_14_0 -0.5
 post_1_14_0 post_1_14_0 1
QCMATRIX relu_1_14_1_complementary
 pre_1_14_1 post_1_14_1 -0.5
 post_1_14_1 pre_1_14_1 -0.5
 post_1_14_1 post_1_14_1 1
QCMATRIX relu_1_15_0_complementary
 pre_1_15_0 post_1_15_0 -0.5
 post_1_15_0 pre_1_15_0 -0.5
 post_1_15_0 post_1_15_0 1
QCMATRIX relu_1_15_1_complementary
 pre_1_15_1 post_1_15_1 -0.5
 post_1_15_1 pre_1_15_1 -0.5
 post_1_15_1 post_1_15_1 1
QCMATRIX relu_1_16_0_complementary
 pre_1_16_0 post_1_16_0 -0.5
 post_1_16_0 pre_1_16_0 -0.5
 post_1_16_0 post_1_16_0 1
QCMATRIX relu_1_16_1_complementary
 pre_1_16_1 post_1_16_1 -0.5
 post_1_16_1 pre_1_16_1 -0.5
 post_1_16_1 post_1_16_1 1
QCMATRIX relu_1_17_0_complementary
 pre_1_17_0 post_1_17_0 -0.5
 post_1_17_0 pre_1_17_0 -0.5
 post_1_17_0 post_1_17_0 1
QCMATRIX relu_1_17_1_complementary
 pre_1_17_1 post_1_17_1 -0.5
 post_1_17_1 pre_1_17_1 -0.5
 post_1_17_1 post_1_17_1 1
QCMATRIX relu_1_18_0_complementary
 pre_1_18_0 post_1_18_0 -0.5
 post_1_18_0 pre_1_18_0 -0.5
 post_1_18_0 post_1_18_0 1
QCMATRIX relu_1_18_1_complementary
 pre_1_18_1 post_1_18_1 -0.5
 post_1_18_1 pre_1_18_1 -0.5
 post_1_18_1 post_1_18_1 1
QCMATRIX relu_1_19_0_complementary
 pre_1_19_0 post_1_19_0 -0.5
 post_1_19_0 pre_1_19_0 -0.5
 post_1_19_0 post_1_19_0 1
QCMATRIX relu_1_19_1_complementary
 pre_1_19_1 post_1_19_1 -0.5
 post_1_19_1 pre_1_19_1 -0.5
 post_1_19_1 post_1_19_1 1
QCMATRIX relu_1_20_0_complementary
 pre_1_20_0 post_1_20_0 -0.5
 post_1_20_0 pre_1_20_0 -0.5
 post_1_20_0 post_1_20_0 1
QCMATRIX relu_1_20_1_complementary
 pre_1_20_1 post_1_20_1 -0.5
 post_1_20_1 pre_1_20_1 -0.5
 post_1_20_1 post_1_20_1 1
QCMATRIX relu_1_21_0_complementary
 pre_1_21_0 post_1_21_0 -0.5
 post_1_21_0 pre_1_21_0 -0.5
 post_1_21_0 post_1_21_0 1
QCMATRIX relu_1_21_1_complementary
 pre_1_21_1 post_1_21_1 -0.5
 post_1_21_1 pre_1_21_1 -0.5
 post_1_21_1 post_1_21_1 1
QCMATRIX relu_1_22_0_complementary
 pre_1_22_0 post_1_22_0 -0.5
 post_1_22_0 pre_1_22_0 -0.5
 post_1_22_0 post_1_22_0 1
QCMATRIX relu_1_22_1_complementary
 pre_1_22_1 post_1_22_1 -0.5
 post_1_22_1 pre_1_22_1 -0.5
 post_1_22_1 post_1_22_1 1
QCMATRIX relu_1_23_0_complementary
 pre_1_23_0 post_1_23_0 -0.5
 post_1_23_0 pre_1_23_0 -0.5
 post_1_23_0 post_1_23_0 1
QCMATRIX relu_1_23_1_complementary
 pre_1_23_1 post_1_23_1 -0.5
 post_1_23_1 pre_1_23_1 -0.5
 post_1_23_1 post_1_23_1 1
ENDATA
