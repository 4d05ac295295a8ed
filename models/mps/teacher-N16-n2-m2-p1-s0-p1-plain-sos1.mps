* teacher-N16-n2-m2-p1-s0-p1-plain-sos1  (relu-opt library: teacher-N16-n2-m2-p1-s0, problem 1, plain-sos1; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n2-m2-p1-s0-p1-plain-sos1
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
 out_0_0 obj -0.7221369917198371
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.4157968579067495
 out_1_0 out_definition_1_0 1
 out_2_0 obj -1.5350671286288866
 out_2_0 out_definition_2_0 1
 out_3_0 obj -0.935945135549874
 out_3_0 out_definition_3_0 1
 out_4_0 obj -1.5108128971869137
 out_4_0 out_definition_4_0 1
 out_5_0 obj -2.6260390496712227
 out_5_0 out_definition_5_0 1
 out_6_0 obj -1.7671612476467495
 out_6_0 out_definition_6_0 1
 out_7_0 obj -1.0960230583827597
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.553471977358339
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.5527064503920522
 out_9_0 out_definition_9_0 1
 out_10_0 obj -0.33088266352310014
 out_10_0 out_definition_10_0 1
 out_11_0 obj -2.1510672306997827
 out_11_0 out_definition_11_0 1
 out_12_0 obj -0.9543139072436929
 out_12_0 out_definition_12_0 1
 out_13_0 obj -1.2480903552842637
 out_13_0 out_definition_13_0 1
 out_14_0 obj -0.44130135672140075
 out_14_0 out_definition_14_0 1
 out_15_0 obj -1.3369041894796139
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
 rhs obj -7.265010642515474
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
 LO bnd relu_1_0_0_slack 0
 UP bnd relu_1_0_0_slack 7.5055558674558025
 LO bnd relu_1_0_1_slack 0
 UP bnd relu_1_0_1_slack 7.5055558674558025
 LO bnd relu_1_1_0_slack 0
 UP bnd relu_1_1_0_slack 8.127994658504527
 LO bnd relu_1_1_1_slack 0
 UP bnd relu_1_1_1_slack 8.127994658504527
 LO bnd relu_1_2_0_slack 0
 UP bnd relu_1_2_0_slack 7.176419226746878
 LO bnd relu_1_2_1_slack 0
 UP bnd relu_1_2_1_slack 7.176419226746878
 LO bnd relu_1_3_0_slack 0
 UP bnd relu_1_3_0_slack 7.125139810483965
 LO bnd relu_1_3_1_slack 0
 UP bnd relu_1_3_1_slack 7.125139810483965
 LO bnd relu_1_4_0_slack 0
 UP bnd relu_1_4_0_slack 4.450495978270242
 LO bnd relu_1_4_1_slack 0
 UP bnd relu_1_4_1_slack 4.450495978270242
 LO bnd relu_1_5_0_slack 0
 UP bnd relu_1_5_0_slack 6.293958645941272
 LO bnd relu_1_5_1_slack 0
 UP bnd relu_1_5_1_slack 6.293958645941272
 LO bnd relu_1_6_0_slack 0
 UP bnd relu_1_6_0_slack 6.278046829164398
 LO bnd relu_1_6_1_slack 0
 UP bnd relu_1_6_1_slack 6.278046829164398
 LO bnd relu_1_7_0_slack 0
 UP bnd relu_1_7_0_slack 4.575447738333024
 LO bnd relu_1_7_1_slack 0
 UP bnd relu_1_7_1_slack 4.575447738333024
 LO bnd relu_1_8_0_slack 0
 UP bnd relu_1_8_0_slack 6.681194289163965
 LO bnd relu_1_8_1_slack 0
 UP bnd relu_1_8_1_slack 6.681194289163965
 LO bnd relu_1_9_0_slack 0
 UP bnd relu_1_9_0_slack 6.998263939541548
 LO bnd relu_1_9_1_slack 0
 UP bnd relu_1_9_1_slack 6.998263939541548
 LO bnd relu_1_10_0_slack 0
 UP bnd relu_1_10_0_slack 5.033436041032538
 LO bnd relu_1_10_1_slack 0
 UP bnd relu_1_10_1_slack 5.033436041032538
 LO bnd relu_1_11_0_slack 0
 UP bnd relu_1_11_0_slack 5.85589242599091
 LO bnd relu_1_11_1_slack 0
 UP bnd relu_1_11_1_slack 5.85589242599091
 LO bnd relu_1_12_0_slack 0
 UP bnd relu_1_12_0_slack 4.481055976018846
 LO bnd relu_1_12_1_slack 0
 UP bnd relu_1_12_1_slack 4.481055976018846
 LO bnd relu_1_13_0_slack 0
 UP bnd relu_1_13_0_slack 4.223536593655531
 LO bnd relu_1_13_1_slack 0
 UP bnd relu_1_13_1_slack 4.223536593655531
 LO bnd relu_1_14_0_slack 0
 UP bnd relu_1_14_0_slack 7.9411881018315
 LO bnd relu_1_14_1_slack 0
 UP bnd relu_1_14_1_slack 7.9411881018315
 LO bnd relu_1_15_0_slack 0
 UP bnd relu_1_15_0_slack 4.282407804124144
 LO bnd relu_1_15_1_slack 0
 UP bnd relu_1_15_1_slack 4.282407804124144
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
