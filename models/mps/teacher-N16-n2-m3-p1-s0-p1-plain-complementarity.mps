* teacher-N16-n2-m3-p1-s0-p1-plain-complementarity  (relu-opt library: teacher-N16-n2-m3-p1-s0, problem 1, plain-complementarity; {"hidden": [3], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n2-m3-p1-s0-p1-plain-complementarity
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
 G relu_1_0_0_above_pre
 E relu_1_0_0_complementary
 G relu_1_0_1_above_pre
 E relu_1_0_1_complementary
 G relu_1_0_2_above_pre
 E relu_1_0_2_complementary
 G relu_1_1_0_above_pre
 E relu_1_1_0_complementary
 G relu_1_1_1_above_pre
 E relu_1_1_1_complementary
 G relu_1_1_2_above_pre
 E relu_1_1_2_complementary
 G relu_1_2_0_above_pre
 E relu_1_2_0_complementary
 G relu_1_2_1_above_pre
 E relu_1_2_1_complementary
 G relu_1_2_2_above_pre
 E relu_1_2_2_complementary
 G relu_1_3_0_above_pre
 E relu_1_3_0_complementary
 G relu_1_3_1_above_pre
 E relu_1_3_1_complementary
 G relu_1_3_2_above_pre
 E relu_1_3_2_complementary
 G relu_1_4_0_above_pre
 E relu_1_4_0_complementary
 G relu_1_4_1_above_pre
 E relu_1_4_1_complementary
 G relu_1_4_2_above_pre
 E relu_1_4_2_complementary
 G relu_1_5_0_above_pre
 E relu_1_5_0_complementary
 G relu_1_5_1_above_pre
 E relu_1_5_1_complementary
 G relu_1_5_2_above_pre
 E relu_1_5_2_complementary
 G relu_1_6_0_above_pre
 E relu_1_6_0_complementary
 G relu_1_6_1_above_pre
 E relu_1_6_1_complementary
 G relu_1_6_2_above_pre
 E relu_1_6_2_complementary
 G relu_1_7_0_above_pre
 E relu_1_7_0_complementary
 G relu_1_7_1_above_pre
 E relu_1_7_1_complementary
 G relu_1_7_2_above_pre
 E relu_1_7_2_complementary
 G relu_1_8_0_above_pre
 E relu_1_8_0_complementary
 G relu_1_8_1_above_pre
 E relu_1_8_1_complementary
 G relu_1_8_2_above_pre
 E relu_1_8_2_complementary
 G relu_1_9_0_above_pre
 E relu_1_9_0_complementary
 G relu_1_9_1_above_pre
 E relu_1_9_1_complementary
 G relu_1_9_2_above_pre
 E relu_1_9_2_complementary
 G relu_1_10_0_above_pre
 E relu_1_10_0_complementary
 G relu_1_10_1_above_pre
 E relu_1_10_1_complementary
 G relu_1_10_2_above_pre
 E relu_1_10_2_complementary
 G relu_1_11_0_above_pre
 E relu_1_11_0_complementary
 G relu_1_11_1_above_pre
 E relu_1_11_1_complementary
 G relu_1_11_2_above_pre
 E relu_1_11_2_complementary
 G relu_1_12_0_above_pre
 E relu_1_12_0_complementary
 G relu_1_12_1_above_pre
 E relu_1_12_1_complementary
 G relu_1_12_2_above_pre
 E relu_1_12_2_complementary
 G relu_1_13_0_above_pre
 E relu_1_13_0_complementary
 G relu_1_13_1_above_pre
 E relu_1_13_1_complementary
 G relu_1_13_2_above_pre
 E relu_1_13_2_complementary
 G relu_1_14_0_above_pre
 E relu_1_14_0_complementary
 G relu_1_14_1_above_pre
 E relu_1_14_1_complementary
 G relu_1_14_2_above_pre
 E relu_1_14_2_complementary
 G relu_1_15_0_above_pre
 E relu_1_15_0_complementary
 G relu_1_15_1_above_pre
 E relu_1_15_1_complementary
 G relu_1_15_2_above_pre
 E relu_1_15_2_complementary
COLUMNS
 w_1_0_0 pre_definition_1_0_0 0.9328288493890713
 w_1_0_0 pre_definition_1_1_0 0.648688758794882
 w_1_0_0 pre_definition_1_2_0 -0.08292244049818343
 w_1_0_0 pre_definition_1_3_0 0.1546255576046831
 w_1_0_0 pre_definition_1_4_0 0.7514334470008721
 w_1_0_0 pre_definition_1_5_0 -0.2943790231485002
 w_1_0_0 pre_definition_1_6_0 0.23264489147623313
 w_1_0_0 pre_definition_1_7_0 -0.9616706775524602
 w_1_0_0 pre_definition_1_8_0 -0.3009185525356326
 w_1_0_0 pre_definition_1_9_0 0.22215715204179243
 w_1_0_0 pre_definition_1_10_0 -0.4429766803881634
 w_1_0_0 pre_definition_1_11_0 0.3795162488820887
 w_1_0_0 pre_definition_1_12_0 -0.7789756686980005
 w_1_0_0 pre_definition_1_13_0 0.28440960658185954
 w_1_0_0 pre_definition_1_14_0 0.3562612178481157
 w_1_0_0 pre_definition_1_15_0 0.3241775489857335
 w_1_0_1 pre_definition_1_0_0 -0.45931089285988813
 w_1_0_1 pre_definition_1_1_0 -0.7263578446997732
 w_1_0_1 pre_definition_1_2_0 0.40057621892523043
 w_1_0_1 pre_definition_1_3_0 0.9433606577090741
 w_1_0_1 pre_definition_1_4_0 -0.34124882938726064
 w_1_0_1 pre_definition_1_5_0 -0.2307702229625077
 w_1_0_1 pre_definition_1_6_0 -0.994419871578422
 w_1_0_1 pre_definition_1_7_0 -0.3710839689613894
 w_1_0_1 pre_definition_1_8_0 -0.37689346114188016
 w_1_0_1 pre_definition_1_9_0 0.7298069899551776
 w_1_0_1 pre_definition_1_10_0 -0.050708644951451776
 w_1_0_1 pre_definition_1_11_0 0.028329282336421846
 w_1_0_1 pre_definition_1_12_0 -0.8680870319124994
 w_1_0_1 pre_definition_1_13_0 -0.14305966145952187
 w_1_0_1 pre_definition_1_14_0 -0.1886000603993936
 w_1_0_1 pre_definition_1_15_0 0.21676199894367754
 w_1_1_0 pre_definition_1_0_1 0.9328288493890713
 w_1_1_0 pre_definition_1_1_1 0.648688758794882
 w_1_1_0 pre_definition_1_2_1 -0.08292244049818343
 w_1_1_0 pre_definition_1_3_1 0.1546255576046831
 w_1_1_0 pre_definition_1_4_1 0.7514334470008721
 w_1_1_0 pre_definition_1_5_1 -0.2943790231485002
 w_1_1_0 pre_definition_1_6_1 0.23264489147623313
 w_1_1_0 pre_definition_1_7_1 -0.9616706775524602
 w_1_1_0 pre_definition_1_8_1 -0.3009185525356326
 w_1_1_0 pre_definition_1_9_1 0.22215715204179243
 w_1_1_0 pre_definition_1_10_1 -0.4429766803881634
 w_1_1_0 pre_definition_1_11_1 0.3795162488820887
 w_1_1_0 pre_definition_1_12_1 -0.7789756686980005
 w_1_1_0 pre_definition_1_13_1 0.28440960658185954
 w_1_1_0 pre_definition_1_14_1 0.3562612178481157
 w_1_1_0 pre_definition_1_15_1 0.3241775489857335
 w_1_1_1 pre_definition_1_0_1 -0.45931089285988813
 w_1_1_1 pre_definition_1_1_1 -0.7263578446997732
 w_1_1_1 pre_definition_1_2_1 0.40057621892523043
 w_1_1_1 pre_definition_1_3_1 0.9433606577090741
 w_1_1_1 pre_definition_1_4_1 -0.34124882938726064
 w_1_1_1 pre_definition_1_5_1 -0.2307702229625077
 w_1_1_1 pre_definition_1_6_1 -0.994419871578422
 w_1_1_1 pre_definition_1_7_1 -0.3710839689613894
 w_1_1_1 pre_definition_1_8_1 -0.37689346114188016
 w_1_1_1 pre_definition_1_9_1 0.7298069899551776
 w_1_1_1 pre_definition_1_10_1 -0.050708644951451776
 w_1_1_1 pre_definition_1_11_1 0.028329282336421846
 w_1_1_1 pre_definition_1_12_1 -0.8680870319124994
 w_1_1_1 pre_definition_1_13_1 -0.14305966145952187
 w_1_1_1 pre_definition_1_14_1 -0.1886000603993936
 w_1_1_1 pre_definition_1_15_1 0.21676199894367754
 w_1_2_0 pre_definition_1_0_2 0.9328288493890713
 w_1_2_0 pre_definition_1_1_2 0.648688758794882
 w_1_2_0 pre_definition_1_2_2 -0.08292244049818343
 w_1_2_0 pre_definition_1_3_2 0.1546255576046831
 w_1_2_0 pre_definition_1_4_2 0.7514334470008721
 w_1_2_0 pre_definition_1_5_2 -0.2943790231485002
 w_1_2_0 pre_definition_1_6_2 0.23264489147623313
 w_1_2_0 pre_definition_1_7_2 -0.9616706775524602
 w_1_2_0 pre_definition_1_8_2 -0.3009185525356326
 w_1_2_0 pre_definition_1_9_2 0.22215715204179243
 w_1_2_0 pre_definition_1_10_2 -0.4429766803881634
 w_1_2_0 pre_definition_1_11_2 0.3795162488820887
 w_1_2_0 pre_definition_1_12_2 -0.7789756686980005
 w_1_2_0 pre_definition_1_13_2 0.28440960658185954
 w_1_2_0 pre_definition_1_14_2 0.3562612178481157
 w_1_2_0 pre_definition_1_15_2 0.3241775489857335
 w_1_2_1 pre_definition_1_0_2 -0.45931089285988813
 w_1_2_1 pre_definition_1_1_2 -0.7263578446997732
 w_1_2_1 pre_definition_1_2_2 0.40057621892523043
 w_1_2_1 pre_definition_1_3_2 0.9433606577090741
 w_1_2_1 pre_definition_1_4_2 -0.34124882938726064
 w_1_2_1 pre_definition_1_5_2 -0.2307702229625077
 w_1_2_1 pre_definition_1_6_2 -0.994419871578422
 w_1_2_1 pre_definition_1_7_2 -0.3710839689613894
 w_1_2_1 pre_definition_1_8_2 -0.37689346114188016
 w_1_2_1 pre_definition_1_9_2 0.7298069899551776
 w_1_2_1 pre_definition_1_10_2 -0.050708644951451776
 w_1_2_1 pre_definition_1_11_2 0.028329282336421846
 w_1_2_1 pre_definition_1_12_2 -0.8680870319124994
 w_1_2_1 pre_definition_1_13_2 -0.14305966145952187
 w_1_2_1 pre_definition_1_14_2 -0.1886000603993936
 w_1_2_1 pre_definition_1_15_2 0.21676199894367754
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_0_2 obj 0
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
 b_1_2 pre_definition_1_0_2 -1
 b_1_2 pre_definition_1_1_2 -1
 b_1_2 pre_definition_1_2_2 -1
 b_1_2 pre_definition_1_3_2 -1
 b_1_2 pre_definition_1_4_2 -1
 b_1_2 pre_definition_1_5_2 -1
 b_1_2 pre_definition_1_6_2 -1
 b_1_2 pre_definition_1_7_2 -1
 b_1_2 pre_definition_1_8_2 -1
 b_1_2 pre_definition_1_9_2 -1
 b_1_2 pre_definition_1_10_2 -1
 b_1_2 pre_definition_1_11_2 -1
 b_1_2 pre_definition_1_12_2 -1
 b_1_2 pre_definition_1_13_2 -1
 b_1_2 pre_definition_1_14_2 -1
 b_1_2 pre_definition_1_15_2 -1
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
 pre_1_0_0 relu_1_0_0_above_pre -1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_above_pre -1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_above_pre -1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_above_pre -1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_above_pre -1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_above_pre -1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_above_pre -1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_above_pre -1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_above_pre -1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_above_pre -1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_above_pre -1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_above_pre -1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_above_pre -1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_above_pre -1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_above_pre -1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_above_pre -1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_above_pre -1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_above_pre -1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_above_pre -1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_above_pre -1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_above_pre -1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_above_pre -1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_above_pre -1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_above_pre -1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_above_pre -1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_above_pre -1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_above_pre -1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_above_pre -1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_above_pre -1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_above_pre -1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_above_pre -1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_above_pre -1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_above_pre -1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_above_pre -1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_above_pre -1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_above_pre -1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_above_pre -1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_above_pre -1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_above_pre -1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_above_pre -1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_above_pre -1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_above_pre -1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_above_pre -1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_above_pre -1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_above_pre -1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_above_pre -1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_above_pre -1
 pre_1_15_2 pre_definition_1_15_2 1
 pre_1_15_2 relu_1_15_2_above_pre -1
 post_1_0_0 relu_1_0_0_above_pre 1
 post_1_0_1 relu_1_0_1_above_pre 1
 post_1_0_2 relu_1_0_2_above_pre 1
 post_1_1_0 relu_1_1_0_above_pre 1
 post_1_1_1 relu_1_1_1_above_pre 1
 post_1_1_2 relu_1_1_2_above_pre 1
 post_1_2_0 relu_1_2_0_above_pre 1
 post_1_2_1 relu_1_2_1_above_pre 1
 post_1_2_2 relu_1_2_2_above_pre 1
 post_1_3_0 relu_1_3_0_above_pre 1
 post_1_3_1 relu_1_3_1_above_pre 1
 post_1_3_2 relu_1_3_2_above_pre 1
 post_1_4_0 relu_1_4_0_above_pre 1
 post_1_4_1 relu_1_4_1_above_pre 1
 post_1_4_2 relu_1_4_2_above_pre 1
 post_1_5_0 relu_1_5_0_above_pre 1
 post_1_5_1 relu_1_5_1_above_pre 1
 post_1_5_2 relu_1_5_2_above_pre 1
 post_1_6_0 relu_1_6_0_above_pre 1
 post_1_6_1 relu_1_6_1_above_pre 1
 post_1_6_2 relu_1_6_2_above_pre 1
 post_1_7_0 relu_1_7_0_above_pre 1
 post_1_7_1 relu_1_7_1_above_pre 1
 post_1_7_2 relu_1_7_2_above_pre 1
 post_1_8_0 relu_1_8_0_above_pre 1
 post_1_8_1 relu_1_8_1_above_pre 1
 post_1_8_2 relu_1_8_2_above_pre 1
 post_1_9_0 relu_1_9_0_above_pre 1
 post_1_9_1 relu_1_9_1_above_pre 1
 post_1_9_2 relu_1_9_2_above_pre 1
 post_1_10_0 relu_1_10_0_above_pre 1
 post_1_10_1 relu_1_10_1_above_pre 1
 post_1_10_2 relu_1_10_2_above_pre 1
 post_1_11_0 relu_1_11_0_above_pre 1
 post_1_11_1 relu_1_11_1_above_pre 1
 post_1_11_2 relu_1_11_2_above_pre 1
 post_1_12_0 relu_1_12_0_above_pre 1
 post_1_12_1 relu_1_12_1_above_pre 1
 post_1_12_2 relu_1_12_2_above_pre 1
 post_1_13_0 relu_1_13_0_above_pre 1
 post_1_13_1 relu_1_13_1_above_pre 1
 post_1_13_2 relu_1_13_2_above_pre 1
 post_1_14_0 relu_1_14_0_above_pre 1
 post_1_14_1 relu_1_14_1_above_pre 1
 post_1_14_2 relu_1_14_2_above_pre 1
 post_1_15_0 relu_1_15_0_above_pre 1
 post_1_15_1 relu_1_15_1_above_pre 1
 post_1_15_2 relu_1_15_2_above_pre 1
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
RHS
 rhs obj -23.43216751905365
BOUNDS
 LO bnd w_1_0_0 -3
 UP bnd w_1_0_0 3
 LO bnd w_1_0_1 -3
 UP bnd w_1_0_1 3
 LO bnd w_1_1_0 -3
 UP bnd w_1_1_0 3
 LO bnd w_1_1_1 -3
 UP bnd w_1_1_1 3
 LO bnd w_1_2_0 -3
 UP bnd w_1_2_0 3
 LO bnd w_1_2_1 -3
 UP bnd w_1_2_1 3
 LO bnd w_2_0_0 -3
 UP bnd w_2_0_0 3
 LO bnd w_2_0_1 -3
 UP bnd w_2_0_1 3
 LO bnd w_2_0_2 -3
 UP bnd w_2_0_2 3
 LO bnd b_1_0 -3
 UP bnd b_1_0 3
 LO bnd b_1_1 -3
 UP bnd b_1_1 3
 LO bnd b_1_2 -3
 UP bnd b_1_2 3
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd pre_1_0_0 -7.176419226746878
 UP bnd pre_1_0_0 7.176419226746878
 LO bnd pre_1_0_1 -7.176419226746878
 UP bnd pre_1_0_1 7.176419226746878
 LO bnd pre_1_0_2 -7.176419226746878
 UP bnd pre_1_0_2 7.176419226746878
 LO bnd pre_1_1_0 -7.125139810483965
 UP bnd pre_1_1_0 7.125139810483965
 LO bnd pre_1_1_1 -7.125139810483965
 UP bnd pre_1_1_1 7.125139810483965
 LO bnd pre_1_1_2 -7.125139810483965
 UP bnd pre_1_1_2 7.125139810483965
 LO bnd pre_1_2_0 -4.450495978270242
 UP bnd pre_1_2_0 4.450495978270242
 LO bnd pre_1_2_1 -4.450495978270242
 UP bnd pre_1_2_1 4.450495978270242
 LO bnd pre_1_2_2 -4.450495978270242
 UP bnd pre_1_2_2 4.450495978270242
 LO bnd pre_1_3_0 -6.293958645941272
 UP bnd pre_1_3_0 6.293958645941272
 LO bnd pre_1_3_1 -6.293958645941272
 UP bnd pre_1_3_1 6.293958645941272
 LO bnd pre_1_3_2 -6.293958645941272
 UP bnd pre_1_3_2 6.293958645941272
 LO bnd pre_1_4_0 -6.278046829164398
 UP bnd pre_1_4_0 6.278046829164398
 LO bnd pre_1_4_1 -6.278046829164398
 UP bnd pre_1_4_1 6.278046829164398
 LO bnd pre_1_4_2 -6.278046829164398
 UP bnd pre_1_4_2 6.278046829164398
 LO bnd pre_1_5_0 -4.575447738333024
 UP bnd pre_1_5_0 4.575447738333024
 LO bnd pre_1_5_1 -4.575447738333024
 UP bnd pre_1_5_1 4.575447738333024
 LO bnd pre_1_5_2 -4.575447738333024
 UP bnd pre_1_5_2 4.575447738333024
 LO bnd pre_1_6_0 -6.681194289163965
 UP bnd pre_1_6_0 6.681194289163965
 LO bnd pre_1_6_1 -6.681194289163965
 UP bnd pre_1_6_1 6.681194289163965
 LO bnd pre_1_6_2 -6.681194289163965
 UP bnd pre_1_6_2 6.681194289163965
 LO bnd pre_1_7_0 -6.998263939541548
 UP bnd pre_1_7_0 6.998263939541548
 LO bnd pre_1_7_1 -6.998263939541548
 UP bnd pre_1_7_1 6.998263939541548
 LO bnd pre_1_7_2 -6.998263939541548
 UP bnd pre_1_7_2 6.998263939541548
 LO bnd pre_1_8_0 -5.033436041032538
 UP bnd pre_1_8_0 5.033436041032538
 LO bnd pre_1_8_1 -5.033436041032538
 UP bnd pre_1_8_1 5.033436041032538
 LO bnd pre_1_8_2 -5.033436041032538
 UP bnd pre_1_8_2 5.033436041032538
 LO bnd pre_1_9_0 -5.85589242599091
 UP bnd pre_1_9_0 5.85589242599091
 LO bnd pre_1_9_1 -5.85589242599091
 UP bnd pre_1_9_1 5.85589242599091
 LO bnd pre_1_9_2 -5.85589242599091
 UP bnd pre_1_9_2 5.85589242599091
 LO bnd pre_1_10_0 -4.481055976018846
 UP bnd pre_1_10_0 4.481055976018846
 LO bnd pre_1_10_1 -4.481055976018846
 UP bnd pre_1_10_1 4.481055976018846
 LO bnd pre_1_10_2 -4.481055976018846
 UP bnd pre_1_10_2 4.481055976018846
 LO bnd pre_1_11_0 -4.223536593655531
 UP bnd pre_1_11_0 4.223536593655531
 LO bnd pre_1_11_1 -4.223536593655531
 UP bnd pre_1_11_1 4.223536593655531
 LO bnd pre_1_11_2 -4.223536593655531
 UP bnd pre_1_11_2 4.223536593655531
 LO bnd pre_1_12_0 -7.9411881018315
 UP bnd pre_1_12_0 7.9411881018315
 LO bnd pre_1_12_1 -7.9411881018315
 UP bnd pre_1_12_1 7.9411881018315
 LO bnd pre_1_12_2 -7.9411881018315
 UP bnd pre_1_12_2 7.9411881018315
 LO bnd pre_1_13_0 -4.282407804124144
 UP bnd pre_1_13_0 4.282407804124144
 LO bnd pre_1_13_1 -4.282407804124144
 UP bnd pre_1_13_1 4.282407804124144
 LO bnd pre_1_13_2 -4.282407804124144
 UP bnd pre_1_13_2 4.282407804124144
 LO bnd pre_1_14_0 -4.634583834742528
 UP bnd pre_1_14_0 4.634583834742528
 LO bnd pre_1_14_1 -4.634583834742528
 UP bnd pre_1_14_1 4.634583834742528
 LO bnd pre_1_14_2 -4.634583834742528
 UP bnd pre_1_14_2 4.634583834742528
 LO bnd pre_1_15_0 -4.622818643788233
 UP bnd pre_1_15_0 4.622818643788233
 LO bnd pre_1_15_1 -4.622818643788233
 UP bnd pre_1_15_1 4.622818643788233
 LO bnd pre_1_15_2 -4.622818643788233
 UP bnd pre_1_15_2 4.622818643788233
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 7.176419226746878
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 7.176419226746878
 LO bnd post_1_0_2 0
 UP bnd post_1_0_2 7.176419226746878
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 7.125139810483965
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 7.125139810483965
 LO bnd post_1_1_2 0
 UP bnd post_1_1_2 7.125139810483965
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 4.450495978270242
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 4.450495978270242
 LO bnd post_1_2_2 0
 UP bnd post_1_2_2 4.450495978270242
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 6.293958645941272
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 6.293958645941272
 LO bnd post_1_3_2 0
 UP bnd post_1_3_2 6.293958645941272
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 6.278046829164398
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 6.278046829164398
 LO bnd post_1_4_2 0
 UP bnd post_1_4_2 6.278046829164398
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 4.575447738333024
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 4.575447738333024
 LO bnd post_1_5_2 0
 UP bnd post_1_5_2 4.575447738333024
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 6.681194289163965
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 6.681194289163965
 LO bnd post_1_6_2 0
 UP bnd post_1_6_2 6.681194289163965
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 6.998263939541548
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 6.998263939541548
 LO bnd post_1_7_2 0
 UP bnd post_1_7_2 6.998263939541548
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 5.033436041032538
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 5.033436041032538
 LO bnd post_1_8_2 0
 UP bnd post_1_8_2 5.033436041032538
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 5.85589242599091
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 5.85589242599091
 LO bnd post_1_9_2 0
 UP bnd post_1_9_2 5.85589242599091
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 4.481055976018846
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 4.481055976018846
 LO bnd post_1_10_2 0
 UP bnd post_1_10_2 4.481055976018846
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 4.223536593655531
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 4.223536593655531
 LO bnd post_1_11_2 0
 UP bnd post_1_11_2 4.223536593655531
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 7.9411881018315
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 7.9411881018315
 LO bnd post_1_12_2 0
 UP bnd post_1_12_2 7.9411881018315
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 4.282407804124144
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 4.282407804124144
 LO bnd post_1_13_2 0
 UP bnd post_1_13_2 4.282407804124144
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 4.634583834742528
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 4.634583834742528
 LO bnd post_1_14_2 0
 UP bnd post_1_14_2 4.634583834742528
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 4.622818643788233
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 4.622818643788233
 LO bnd post_1_15_2 0
 UP bnd post_1_15_2 4.622818643788233
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
 LO bnd out_6_0 -63.13074860247569
 UP bnd out_6_0 63.13074860247569
 LO bnd out_7_0 -65.98437545587393
 UP bnd out_7_0 65.98437545587393
 LO bnd out_8_0 -48.300924369292844
 UP bnd out_8_0 48.300924369292844
 LO bnd out_9_0 -55.70303183391819
 UP bnd out_9_0 55.70303183391819
 LO bnd out_10_0 -43.32950378416961
 UP bnd out_10_0 43.32950378416961
 LO bnd out_11_0 -41.01182934289978
 UP bnd out_11_0 41.01182934289978
 LO bnd out_12_0 -74.4706929164835
 UP bnd out_12_0 74.4706929164835
 LO bnd out_13_0 -41.5416702371173
 UP bnd out_13_0 41.5416702371173
 LO bnd out_14_0 -44.71125451268274
 UP bnd out_14_0 44.71125451268274
 LO bnd out_15_0 -44.6053677940941
 UP bnd out_15_0 44.6053677940941
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
 w_2_0_2 post_1_0_2 -0.5
 post_1_0_2 w_2_0_2 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
 w_2_0_2 post_1_1_2 -0.5
 post_1_1_2 w_2_0_2 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
 w_2_0_2 post_1_2_2 -0.5
 post_1_2_2 w_2_0_2 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
 w_2_0_2 post_1_3_2 -0.5
 post_1_3_2 w_2_0_2 -0.5
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
 w_2_0_2 post_1_4_2 -0.5
 post_1_4_2 w_2_0_2 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
 w_2_0_2 post_1_5_2 -0.5
 post_1_5_2 w_2_0_2 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
 w_2_0_2 post_1_6_2 -0.5
 post_1_6_2 w_2_0_2 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
 w_2_0_2 post_1_7_2 -0.5
 post_1_7_2 w_2_0_2 -0.5
QCMATRIX out_definition_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
 w_2_0_2 post_1_8_2 -0.5
 post_1_8_2 w_2_0_2 -0.5
QCMATRIX out_definition_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
 w_2_0_2 post_1_9_2 -0.5
 post_1_9_2 w_2_0_2 -0.5
QCMATRIX out_definition_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
 w_2_0_2 post_1_10_2 -0.5
 post_1_10_2 w_2_0_2 -0.5
QCMATRIX out_definition_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
 w_2_0_2 post_1_11_2 -0.5
 post_1_11_2 w_2_0_2 -0.5
QCMATRIX out_definition_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
 w_2_0_2 post_1_12_2 -0.5
 post_1_12_2 w_2_0_2 -0.5
QCMATRIX out_definition_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
 w_2_0_2 post_1_13_2 -0.5
 post_1_13_2 w_2_0_2 -0.5
QCMATRIX out_definition_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
 w_2_0_2 post_1_14_2 -0.5
 post_1_14_2 w_2_0_2 -0.5
QCMATRIX out_definition_15_0
 w_2_0_0 post_1_15_0 -0.5
 post_1_15_0 w_2_0_0 -0.5
 w_2_0_1 post_1_15_1 -0.5
 post_1_15_1 w_2_0_1 -0.5
 w_2_0_2 post_1_15_2 -0.5
 post_1_15_2 w_2_0_2 -0.5
QCMATRIX relu_1_0_0_complementary
 pre_1_0_0 post_1_0_0 -0.5
 post_1_0_0 pre_1_0_0 -0.5
 post_1_0_0 post_1_0_0 1
QCMATRIX relu_1_0_1_complementary
 pre_1_0_1 post_1_0_1 -0.5
 post_1_0_1 pre_1_0_1 -0.5
 post_1_0_1 post_1_0_1 1
QCMATRIX relu_1_0_2_complementary
 pre_1_0_2 post_1_0_2 -0.5
 post_1_0_2 pre_1_0_2 -0.5
 post_1_0_2 post_1_0_2 1
QCMATRIX relu_1_1_0_complementary
 pre_1_1_0 post_1_1_0 -0.5
 post_1_1_0 pre_1_1_0 -0.5
 post_1_1_0 post_1_1_0 1
QCMATRIX relu_1_1_1_complementary
 pre_1_1_1 post_1_1_1 -0.5
 post_1_1_1 pre_1_1_1 -0.5
 post_1_1_1 post_1_1_1 1
QCMATRIX relu_1_1_2_complementary
 pre_1_1_2 post_1_1_2 -0.5
 post_1_1_2 pre_1_1_2 -0.5
 post_1_1_2 post_1_1_2 1
QCMATRIX relu_1_2_0_complementary
 pre_1_2_0 post_1_2_0 -0.5
 post_1_2_0 pre_1_2_0 -0.5
 post_1_2_0 post_1_2_0 1
QCMATRIX relu_1_2_1_complementary
 pre_1_2_1 post_1_2_1 -0.5
 post_1_2_1 pre_1_2_1 -0.5
 post_1_2_1 post_1_2_1 1
QCMATRIX relu_1_2_2_complementary
 pre_1_2_2 post_1_2_2 -0.5
 post_1_2_2 pre_1_2_2 -0.5
 post_1_2_2 post_1_2_2 1
QCMATRIX relu_1_3_0_complementary
 pre_1_3_0 post_1_3_0 -0.5
 post_1_3_0 pre_1_3_0 -0.5
 post_1_3_0 post_1_3_0 1
QCMATRIX relu_1_3_1_complementary
 pre_1_3_1 post_1_3_1 -0.5
 post_1_3_1 pre_1_3_1 -0.5
 post_1_3_1 post_1_3_1 1
QCMATRIX relu_1_3_2_complementary
 pre_1_3_2 post_1_3_2 -0.5
 post_1_3_2 pre_1_3_2 -0.5
 post_1_3_2 post_1_3_2 1
QCMATRIX relu_1_4_0_complementary
 pre_1_4_0 post_1_4_0 -0.5
 post_1_4_0 pre_1_4_0 -0.5
 post_1_4_0 post_1_4_0 1
QCMATRIX relu_1_4_1_complementary
 pre_1_4_1 post_1_4_1 -0.5
 post_1_4_1 pre_1_4_1 -0.5
 post_1_4_1 post_1_4_1 1
QCMATRIX relu_1_4_2_complementary
 pre_1_4_2 post_1_4_2 -0.5
 post_1_4_2 pre_1_4_2 -0.5
 post_1_4_2 post_1_4_2 1
QCMATRIX relu_1_5_0_complementary
 pre_1_5_0 post_1_5_0 -0.5
 post_1_5_0 pre_1_5_0 -0.5
 post_1_5_0 post_1_5_0 1
QCMATRIX relu_1_5_1_complementary
 pre_1_5_1 post_1_5_1 -0.5
 post_1_5_1 pre_1_5_1 -0.5
 post_1_5_1 post_1_5_1 1
QCMATRIX relu_1_5_2_complementary
 pre_1_5_2 post_1_5_2 -0.5
 post_1_5_2 pre_1_5_2 -0.5
 post_1_5_2 post_1_5_2 1
QCMATRIX relu_1_6_0_complementary
 pre_1_6_0 post_1_6_0 -0.5
 post_1_6_0 pre_1_6_0 -0.5
 post_1_6_0 post_1_6_0 1
QCMATRIX relu_1_6_1_complementary
 pre_1_6_1 post_1_6_1 -0.5
 post_1_6_1 pre_1_6_1 -0.5
 post_1_6_1 post_1_6_1 1
QCMATRIX relu_1_6_2_complementary
 pre_1_6_2 post_1_6_2 -0.5
 post_1_6_2 pre_1_6_2 -0.5
 post_1_6_2 post_1_6_2 1
QCMATRIX relu_1_7_0_complementary
 pre_1_7_0 post_1_7_0 -0.5
 post_1_7_0 pre_1_7_0 -0.5
 post_1_7_0 post_1_7_0 1
QCMATRIX relu_1_7_1_complementary
 pre_1_7_1 post_1_7_1 -0.5
 post_1_7_1 pre_1_7_1 -0.5
 post_1_7_1 post_1_7_1 1
QCMATRIX relu_1_7_2_complementary
 pre_1_7_2 post_1_7_2 -0.5
 post_1_7_2 pre_1_7_2 -0.5
 post_1_7_2 post_1_7_2 1
QCMATRIX relu_1_8_0_complementary
 pre_1_8_0 post_1_8_0 -0.5
 post_1_8_0 pre_1_8_0 -0.5
 post_1_8_0 post_1_8_0 1
QCMATRIX relu_1_8_1_complementary
 pre_1_8_1 post_1_8_1 -0.5
 post_1_8_1 pre_1_8_1 -0.5
 post_1_8_1 post_1_8_1 1
QCMATRIX relu_1_8_2_complementary
 pre_1_8_2 post_1_8_2 -0.5
 post_1_8_2 pre_1_8_2 -0.5
 post_1_8_2 post_1_8_2 1
QCMATRIX relu_1_9_0_complementary
 pre_1_9_0 post_1_9_0 -0.5
 post_1_9_0 pre_1_9_0 -0.5
 post_1_9_0 post_1_9_0 1
QCMATRIX relu_1_9_1_complementary
 pre_1_9_1 post_1_9_1 -0.5
 post_1_9_1 pre_1_9_1 -0.5
 post_1_9_1 post_1_9_1 1
QCMATRIX relu_1_9_2_complementary
 pre_1_9_2 post_1_9_2 -0.5
 post_1_9_2 pre_1_9_2 -0.5
 post_1_9_2 post_1_9_2 1
QCMATRIX relu_1_10_0_complementary
 pre_1_10_0 post_1_10_0 -0.5
 post_1_10_0 pre_1_10_0 -0.5
 post_1_10_0 post_1_10_0 1
QCMATRIX relu_1_10_1_complementary
 pre_1_10_1 post_1_10_1 -0.5
 post_1_10_1 pre_1_10_1 -0.5
 post_1_10_1 post_1_10_1 1
QCMATRIX relu_1_10_2_complementary
 pre_1_10_2 post_1_10_2 -0.5
 post_1_10_2 pre_1_10_2 -0.5
 post_1_10_2 post_1_10_2 1
QCMATRIX relu_1_11_0_complementary
 pre_1_11_0 post_1_11_0 -0.5
 post_1_11_0 pre_1_11_0 -0.5
 post_1_11_0 post_1_11_0 1
QCMATRIX relu_1_11_1_complementary
 pre_1_11_1 post_1_11_1 -0.5
 post_1_11_1 pre_1_11_1 -0.5
 post_1_11_1 post_1_11_1 1
QCMATRIX relu_1_11_2_complementary
 pre_1_11_2 post_1_11_2 -0.5
 post_1_11_2 pre_1_11_2 -0.5
 post_1_11_2 post_1_11_2 1
QCMATRIX relu_1_12_0_complementary
 pre_1_12_0 post_1_12_0 -0.5
 post_1_12_0 pre_1_12_0 -0.5
 post_1_12_0 post_1_12_0 1
QCMATRIX relu_1_12_1_complementary
 pre_1_12_1 post_1_12_1 -0.5
 post_1_12_1 pre_1_12_1 -0.5
 post_1_12_1 post_1_12_1 1
QCMATRIX relu_1_12_2_complementary
 pre_1_12_2 post_1_12_2 -0.5
 post_1_12_2 pre_1_12_2 -0.5
 post_1_12_2 post_1_12_2 1
QCMATRIX relu_1_13_0_complementary
 pre_1_13_0 post_1_13_0 -0.5
 post_1_13_0 pre_1_13_0 -0.5
 post_1_13_0 post_1_13_0 1
QCMATRIX relu_1_13_1_complementary
 pre_1_13_1 post_1_13_1 -0.5
 post_1_13_1 pre_1_13_1 -0.5
 post_1_13_1 post_1_13_1 1
QCMATRIX relu_1_13_2_complementary
 pre_1_13_2 post_1_13_2 -0.5
 post_1_13_2 pre_1_13_2 -0.5
 post_1_13_2 post_1_13_2 1
QCMATRIX relu_1_14_0_complementary
 pre_1_14_0 post_1_14_0 -0.5
 post_1_14_0 pre_1_14_0 -0.5
 post_1_14_0 post_1_14_0 1
QCMATRIX relu_1_14_1_complementary
 pre_1_14_1 post_1_14_1 -0.5
 post_1_14_1 pre_1_14_1 -0.5
 post_1_14_1 post_1_14_1 1
QCMATRIX relu_1_14_2_complementary
 pre_1_14_2 post_1_14_2 -0.5
 post_1_14_2 pre_1_14_2 -0.5
 post_1_14_2 post_1_14_2 1
QCMATRIX relu_1_15_0_complementary
 pre_1_15_0 post_1_15_0 -0.5
 post_1_15_0 pre_1_15_0 -0.5
 post_1_15_0 post_1_15_0 1
QCMATRIX relu_1_15_1_complementary
 pre_1_15_1 post_1_15_1 -0.5
 post_1_15_1 pre_1_15_1 -0.5
 post_1_15_1 post_1_15_1 1
QCMATRIX relu_1_15_2_complementary
 pre_1_15_2 post_1_15_2 -0.5
 post_1_15_2 pre_1_15_2 -0.5
 post_1_15_2 post_1_15_2 1
ENDATA
