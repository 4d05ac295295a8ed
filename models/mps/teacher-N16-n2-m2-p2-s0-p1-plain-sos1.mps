* teacher-N16-n2-m2-p2-s0-p1-plain-sos1  (relu-opt library: teacher-N16-n2-m2-p2-s0, problem 1, plain-sos1; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N16-n2-m2-p2-s0-p1-plain-sos1
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
 E out_definition_0_1
 E out_definition_1_0
 E out_definition_1_1
 E out_definition_2_0
 E out_definition_2_1
 E out_definition_3_0
 E out_definition_3_1
 E out_definition_4_0
 E out_definition_4_1
 E out_definition_5_0
 E out_definition_5_1
 E out_definition_6_0
 E out_definition_6_1
 E out_definition_7_0
 E out_definition_7_1
 E out_definition_8_0
 E out_definition_8_1
 E out_definition_9_0
 E out_definition_9_1
 E out_definition_10_0
 E out_definition_10_1
 E out_definition_11_0
 E out_definition_11_1
 E out_definition_12_0
 E out_definition_12_1
 E out_definition_13_0
 E out_definition_13_1
 E out_definition_14_0
 E out_definition_14_1
 E out_definition_15_0
 E out_definition_15_1
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
 w_1_0_0 pre_definition_1_0_0 -0.7148085531751387
 w_1_0_0 pre_definition_1_1_0 -0.45931089285988813
 w_1_0_0 pre_definition_1_2_0 -0.7263578446997732
 w_1_0_0 pre_definition_1_3_0 0.40057621892523043
 w_1_0_0 pre_definition_1_4_0 0.9433606577090741
 w_1_0_0 pre_definition_1_5_0 -0.34124882938726064
 w_1_0_0 pre_definition_1_6_0 -0.2307702229625077
 w_1_0_0 pre_definition_1_7_0 -0.994419871578422
 w_1_0_0 pre_definition_1_8_0 -0.3710839689613894
 w_1_0_0 pre_definition_1_9_0 -0.37689346114188016
 w_1_0_0 pre_definition_1_10_0 0.7298069899551776
 w_1_0_0 pre_definition_1_11_0 -0.050708644951451776
 w_1_0_0 pre_definition_1_12_0 0.028329282336421846
 w_1_0_0 pre_definition_1_13_0 -0.8680870319124994
 w_1_0_0 pre_definition_1_14_0 -0.14305966145952187
 w_1_0_0 pre_definition_1_15_0 -0.1886000603993936
 w_1_0_1 pre_definition_1_0_0 0.9328288493890713
 w_1_0_1 pre_definition_1_1_0 0.648688758794882
 w_1_0_1 pre_definition_1_2_0 -0.08292244049818343
 w_1_0_1 pre_definition_1_3_0 0.1546255576046831
 w_1_0_1 pre_definition_1_4_0 0.7514334470008721
 w_1_0_1 pre_definition_1_5_0 -0.2943790231485002
 w_1_0_1 pre_definition_1_6_0 0.23264489147623313
 w_1_0_1 pre_definition_1_7_0 -0.9616706775524602
 w_1_0_1 pre_definition_1_8_0 -0.3009185525356326
 w_1_0_1 pre_definition_1_9_0 0.22215715204179243
 w_1_0_1 pre_definition_1_10_0 -0.4429766803881634
 w_1_0_1 pre_definition_1_11_0 0.3795162488820887
 w_1_0_1 pre_definition_1_12_0 -0.7789756686980005
 w_1_0_1 pre_definition_1_13_0 0.28440960658185954
 w_1_0_1 pre_definition_1_14_0 0.3562612178481157
 w_1_0_1 pre_definition_1_15_0 0.3241775489857335
 w_1_1_0 pre_definition_1_0_1 -0.7148085531751387
 w_1_1_0 pre_definition_1_1_1 -0.45931089285988813
 w_1_1_0 pre_definition_1_2_1 -0.7263578446997732
 w_1_1_0 pre_definition_1_3_1 0.40057621892523043
 w_1_1_0 pre_definition_1_4_1 0.9433606577090741
 w_1_1_0 pre_definition_1_5_1 -0.34124882938726064
 w_1_1_0 pre_definition_1_6_1 -0.2307702229625077
 w_1_1_0 pre_definition_1_7_1 -0.994419871578422
 w_1_1_0 pre_definition_1_8_1 -0.3710839689613894
 w_1_1_0 pre_definition_1_9_1 -0.37689346114188016
 w_1_1_0 pre_definition_1_10_1 0.7298069899551776
 w_1_1_0 pre_definition_1_11_1 -0.050708644951451776
 w_1_1_0 pre_definition_1_12_1 0.028329282336421846
 w_1_1_0 pre_definition_1_13_1 -0.8680870319124994
 w_1_1_0 pre_definition_1_14_1 -0.14305966145952187
 w_1_1_0 pre_definition_1_15_1 -0.1886000603993936
 w_1_1_1 pre_definition_1_0_1 0.9328288493890713
 w_1_1_1 pre_definition_1_1_1 0.648688758794882
 w_1_1_1 pre_definition_1_2_1 -0.08292244049818343
 w_1_1_1 pre_definition_1_3_1 0.1546255576046831
 w_1_1_1 pre_definition_1_4_1 0.7514334470008721
 w_1_1_1 pre_definition_1_5_1 -0.2943790231485002
 w_1_1_1 pre_definition_1_6_1 0.23264489147623313
 w_1_1_1 pre_definition_1_7_1 -0.9616706775524602
 w_1_1_1 pre_definition_1_8_1 -0.3009185525356326
 w_1_1_1 pre_definition_1_9_1 0.22215715204179243
 w_1_1_1 pre_definition_1_10_1 -0.4429766803881634
 w_1_1_1 pre_definition_1_11_1 0.3795162488820887
 w_1_1_1 pre_definition_1_12_1 -0.7789756686980005
 w_1_1_1 pre_definition_1_13_1 0.28440960658185954
 w_1_1_1 pre_definition_1_14_1 0.3562612178481157
 w_1_1_1 pre_definition_1_15_1 0.3241775489857335
 w_2_0_0 obj 0
 w_2_0_1 obj 0
 w_2_1_0 obj 0
 w_2_1_1 obj 0
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
 b_2_1 out_definition_0_1 -1
 b_2_1 out_definition_1_1 -1
 b_2_1 out_definition_2_1 -1
 b_2_1 out_definition_3_1 -1
 b_2_1 out_definition_4_1 -1
 b_2_1 out_definition_5_1 -1
 b_2_1 out_definition_6_1 -1
 b_2_1 out_definition_7_1 -1
 b_2_1 out_definition_8_1 -1
 b_2_1 out_definition_9_1 -1
 b_2_1 out_definition_10_1 -1
 b_2_1 out_definition_11_1 -1
 b_2_1 out_definition_12_1 -1
 b_2_1 out_definition_13_1 -1
 b_2_1 out_definition_14_1 -1
 b_2_1 out_definition_15_1 -1
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
 out_0_0 obj -2.8336839704454078
 out_0_0 out_definition_0_0 1
 out_0_1 obj -0.030941247684393616
 out_0_1 out_definition_0_1 1
 out_1_0 obj -2.9498503608823965
 out_1_0 out_definition_1_0 1
 out_1_1 obj -0.38079802580034594
 out_1_1 out_definition_1_1 1
 out_2_0 obj -2.0316272898828163
 out_2_0 out_definition_2_0 1
 out_2_1 obj 1.452033034526946
 out_2_1 out_definition_2_1 1
 out_3_0 obj -2.8183502546633954
 out_3_0 out_definition_3_0 1
 out_3_1 obj -0.20871619482923864
 out_3_1 out_definition_3_1 1
 out_4_0 obj -3.786961234696427
 out_4_0 out_definition_4_0 1
 out_4_1 obj -2.4751618095939936
 out_4_1 out_definition_4_1 1
 out_5_0 obj -1.4639602338491864
 out_5_0 out_definition_5_0 1
 out_5_1 obj 1.4119780734702183
 out_5_1 out_definition_5_1 1
 out_6_0 obj -2.4591155841176144
 out_6_0 out_definition_6_0 1
 out_6_1 obj 0.25136525252602127
 out_6_1 out_definition_6_1 1
 out_7_0 obj -1.2211610711680418
 out_7_0 out_definition_7_0 1
 out_7_1 obj 2.0417872040789145
 out_7_1 out_definition_7_1 1
 out_8_0 obj -1.6055984864845072
 out_8_0 out_definition_8_0 1
 out_8_1 obj 1.782733606606207
 out_8_1 out_definition_8_1 1
 out_9_0 obj -2.6035735973124186
 out_9_0 out_definition_9_0 1
 out_9_1 obj 0.7347202253836062
 out_9_1 out_definition_9_1 1
 out_10_0 obj -2.4038422636517915
 out_10_0 out_definition_10_0 1
 out_10_1 obj 0.14470441023221547
 out_10_1 out_definition_10_1 1
 out_11_0 obj -2.9797612022081346
 out_11_0 out_definition_11_0 1
 out_11_1 obj -0.4115220829817355
 out_11_1 out_definition_11_1 1
 out_12_0 obj -1.5912680269783523
 out_12_0 out_definition_12_0 1
 out_12_1 obj 2.21329970353739
 out_12_1 out_definition_12_1 1
 out_13_0 obj -1.9770224120934736
 out_13_0 out_definition_13_0 1
 out_13_1 obj 1.150333359215494
 out_13_1 out_definition_13_1 1
 out_14_0 obj -2.7716102668632403
 out_14_0 out_definition_14_0 1
 out_14_1 obj 0.16026551562217242
 out_14_1 out_definition_14_1 1
 out_15_0 obj -2.8673817650533517
 out_15_0 out_definition_15_0 1
 out_15_1 obj 0.42791936970796934
 out_15_1 out_definition_15_1 1
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
 rhs obj -31.043069396054673
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
 LO bnd w_2_1_0 -3
 UP bnd w_2_1_0 3
 LO bnd w_2_1_1 -3
 UP bnd w_2_1_1 3
 LO bnd b_1_0 -3
 UP bnd b_1_0 3
 LO bnd b_1_1 -3
 UP bnd b_1_1 3
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd b_2_1 -3
 UP bnd b_2_1 3
 LO bnd pre_1_0_0 -7.94291220769263
 UP bnd pre_1_0_0 7.94291220769263
 LO bnd pre_1_0_1 -7.94291220769263
 UP bnd pre_1_0_1 7.94291220769263
 LO bnd pre_1_1_0 -6.32399895496431
 UP bnd pre_1_1_0 6.32399895496431
 LO bnd pre_1_1_1 -6.32399895496431
 UP bnd pre_1_1_1 6.32399895496431
 LO bnd pre_1_2_0 -5.427840855593869
 UP bnd pre_1_2_0 5.427840855593869
 LO bnd pre_1_2_1 -5.427840855593869
 UP bnd pre_1_2_1 5.427840855593869
 LO bnd pre_1_3_0 -4.665605329589741
 UP bnd pre_1_3_0 4.665605329589741
 LO bnd pre_1_3_1 -4.665605329589741
 UP bnd pre_1_3_1 4.665605329589741
 LO bnd pre_1_4_0 -8.084382314129838
 UP bnd pre_1_4_0 8.084382314129838
 LO bnd pre_1_4_1 -8.084382314129838
 UP bnd pre_1_4_1 8.084382314129838
 LO bnd pre_1_5_0 -4.906883557607283
 UP bnd pre_1_5_0 4.906883557607283
 LO bnd pre_1_5_1 -4.906883557607283
 UP bnd pre_1_5_1 4.906883557607283
 LO bnd pre_1_6_0 -4.390245343316223
 UP bnd pre_1_6_0 4.390245343316223
 LO bnd pre_1_6_1 -4.390245343316223
 UP bnd pre_1_6_1 4.390245343316223
 LO bnd pre_1_7_0 -8.868271647392646
 UP bnd pre_1_7_0 8.868271647392646
 LO bnd pre_1_7_1 -8.868271647392646
 UP bnd pre_1_7_1 8.868271647392646
 LO bnd pre_1_8_0 -5.0160075644910656
 UP bnd pre_1_8_0 5.0160075644910656
 LO bnd pre_1_8_1 -5.0160075644910656
 UP bnd pre_1_8_1 5.0160075644910656
 LO bnd pre_1_9_0 -4.7971518395510175
 UP bnd pre_1_9_0 4.7971518395510175
 LO bnd pre_1_9_1 -4.7971518395510175
 UP bnd pre_1_9_1 4.7971518395510175
 LO bnd pre_1_10_0 -6.518351011030023
 UP bnd pre_1_10_0 6.518351011030023
 LO bnd pre_1_10_1 -6.518351011030023
 UP bnd pre_1_10_1 6.518351011030023
 LO bnd pre_1_11_0 -4.290674681500621
 UP bnd pre_1_11_0 4.290674681500621
 LO bnd pre_1_11_1 -4.290674681500621
 UP bnd pre_1_11_1 4.290674681500621
 LO bnd pre_1_12_0 -5.421914853103267
 UP bnd pre_1_12_0 5.421914853103267
 LO bnd pre_1_12_1 -5.421914853103267
 UP bnd pre_1_12_1 5.421914853103267
 LO bnd pre_1_13_0 -6.457489915483077
 UP bnd pre_1_13_0 6.457489915483077
 LO bnd pre_1_13_1 -6.457489915483077
 UP bnd pre_1_13_1 6.457489915483077
 LO bnd pre_1_14_0 -4.497962637922913
 UP bnd pre_1_14_0 4.497962637922913
 LO bnd pre_1_14_1 -4.497962637922913
 UP bnd pre_1_14_1 4.497962637922913
 LO bnd pre_1_15_0 -4.538332828155381
 UP bnd pre_1_15_0 4.538332828155381
 LO bnd pre_1_15_1 -4.538332828155381
 UP bnd pre_1_15_1 4.538332828155381
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 7.94291220769263
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 7.94291220769263
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 6.32399895496431
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 6.32399895496431
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 5.427840855593869
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 5.427840855593869
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 4.665605329589741
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 4.665605329589741
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 8.084382314129838
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 8.084382314129838
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 4.906883557607283
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 4.906883557607283
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 4.390245343316223
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 4.390245343316223
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 8.868271647392646
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 8.868271647392646
 LO bnd post_1_8_0 0
 UP bnd post_1_8_0 5.0160075644910656
 LO bnd post_1_8_1 0
 UP bnd post_1_8_1 5.0160075644910656
 LO bnd post_1_9_0 0
 UP bnd post_1_9_0 4.7971518395510175
 LO bnd post_1_9_1 0
 UP bnd post_1_9_1 4.7971518395510175
 LO bnd post_1_10_0 0
 UP bnd post_1_10_0 6.518351011030023
 LO bnd post_1_10_1 0
 UP bnd post_1_10_1 6.518351011030023
 LO bnd post_1_11_0 0
 UP bnd post_1_11_0 4.290674681500621
 LO bnd post_1_11_1 0
 UP bnd post_1_11_1 4.290674681500621
 LO bnd post_1_12_0 0
 UP bnd post_1_12_0 5.421914853103267
 LO bnd post_1_12_1 0
 UP bnd post_1_12_1 5.421914853103267
 LO bnd post_1_13_0 0
 UP bnd post_1_13_0 6.457489915483077
 LO bnd post_1_13_1 0
 UP bnd post_1_13_1 6.457489915483077
 LO bnd post_1_14_0 0
 UP bnd post_1_14_0 4.497962637922913
 LO bnd post_1_14_1 0
 UP bnd post_1_14_1 4.497962637922913
 LO bnd post_1_15_0 0
 UP bnd post_1_15_0 4.538332828155381
 LO bnd post_1_15_1 0
 UP bnd post_1_15_1 4.538332828155381
 LO bnd out_0_0 -50.65747324615578
 UP bnd out_0_0 50.65747324615578
 LO bnd out_0_1 -50.65747324615578
 UP bnd out_0_1 50.65747324615578
 LO bnd out_1_0 -40.94399372978586
 UP bnd out_1_0 40.94399372978586
 LO bnd out_1_1 -40.94399372978586
 UP bnd out_1_1 40.94399372978586
 LO bnd out_2_0 -35.56704513356321
 UP bnd out_2_0 35.56704513356321
 LO bnd out_2_1 -35.56704513356321
 UP bnd out_2_1 35.56704513356321
 LO bnd out_3_0 -30.993631977538442
 UP bnd out_3_0 30.993631977538442
 LO bnd out_3_1 -30.993631977538442
 UP bnd out_3_1 30.993631977538442
 LO bnd out_4_0 -51.506293884779026
 UP bnd out_4_0 51.506293884779026
 LO bnd out_4_1 -51.506293884779026
 UP bnd out_4_1 51.506293884779026
 LO bnd out_5_0 -32.441301345643694
 UP bnd out_5_0 32.441301345643694
 LO bnd out_5_1 -32.441301345643694
 UP bnd out_5_1 32.441301345643694
 LO bnd out_6_0 -29.341472059897335
 UP bnd out_6_0 29.341472059897335
 LO bnd out_6_1 -29.341472059897335
 UP bnd out_6_1 29.341472059897335
 LO bnd out_7_0 -56.20962988435588
 UP bnd out_7_0 56.20962988435588
 LO bnd out_7_1 -56.20962988435588
 UP bnd out_7_1 56.20962988435588
 LO bnd out_8_0 -33.09604538694639
 UP bnd out_8_0 33.09604538694639
 LO bnd out_8_1 -33.09604538694639
 UP bnd out_8_1 33.09604538694639
 LO bnd out_9_0 -31.782911037306107
 UP bnd out_9_0 31.782911037306107
 LO bnd out_9_1 -31.782911037306107
 UP bnd out_9_1 31.782911037306107
 LO bnd out_10_0 -42.11010606618014
 UP bnd out_10_0 42.11010606618014
 LO bnd out_10_1 -42.11010606618014
 UP bnd out_10_1 42.11010606618014
 LO bnd out_11_0 -28.744048089003726
 UP bnd out_11_0 28.744048089003726
 LO bnd out_11_1 -28.744048089003726
 UP bnd out_11_1 28.744048089003726
 LO bnd out_12_0 -35.531489118619604
 UP bnd out_12_0 35.531489118619604
 LO bnd out_12_1 -35.531489118619604
 UP bnd out_12_1 35.531489118619604
 LO bnd out_13_0 -41.74493949289846
 UP bnd out_13_0 41.74493949289846
 LO bnd out_13_1 -41.74493949289846
 UP bnd out_13_1 41.74493949289846
 LO bnd out_14_0 -29.987775827537476
 UP bnd out_14_0 29.987775827537476
 LO bnd out_14_1 -29.987775827537476
 UP bnd out_14_1 29.987775827537476
 LO bnd out_15_0 -30.229996968932287
 UP bnd out_15_0 30.229996968932287
 LO bnd out_15_1 -30.229996968932287
 UP bnd out_15_1 30.229996968932287
 LO bnd relu_1_0_0_slack 0
 UP bnd relu_1_0_0_slack 7.94291220769263
 LO bnd relu_1_0_1_slack 0
 UP bnd relu_1_0_1_slack 7.94291220769263
 LO bnd relu_1_1_0_slack 0
 UP bnd relu_1_1_0_slack 6.32399895496431
 LO bnd relu_1_1_1_slack 0
 UP bnd relu_1_1_1_slack 6.32399895496431
 LO bnd relu_1_2_0_slack 0
 UP bnd relu_1_2_0_slack 5.427840855593869
 LO bnd relu_1_2_1_slack 0
 UP bnd relu_1_2_1_slack 5.427840855593869
 LO bnd relu_1_3_0_slack 0
 UP bnd relu_1_3_0_slack 4.665605329589741
 LO bnd relu_1_3_1_slack 0
 UP bnd relu_1_3_1_slack 4.665605329589741
 LO bnd relu_1_4_0_slack 0
 UP bnd relu_1_4_0_slack 8.084382314129838
 LO bnd relu_1_4_1_slack 0
 UP bnd relu_1_4_1_slack 8.084382314129838
 LO bnd relu_1_5_0_slack 0
 UP bnd relu_1_5_0_slack 4.906883557607283
 LO bnd relu_1_5_1_slack 0
 UP bnd relu_1_5_1_slack 4.906883557607283
 LO bnd relu_1_6_0_slack 0
 UP bnd relu_1_6_0_slack 4.390245343316223
 LO bnd relu_1_6_1_slack 0
 UP bnd relu_1_6_1_slack 4.390245343316223
 LO bnd relu_1_7_0_slack 0
 UP bnd relu_1_7_0_slack 8.868271647392646
 LO bnd relu_1_7_1_slack 0
 UP bnd relu_1_7_1_slack 8.868271647392646
 LO bnd relu_1_8_0_slack 0
 UP bnd relu_1_8_0_slack 5.0160075644910656
 LO bnd relu_1_8_1_slack 0
 UP bnd relu_1_8_1_slack 5.0160075644910656
 LO bnd relu_1_9_0_slack 0
 UP bnd relu_1_9_0_slack 4.7971518395510175
 LO bnd relu_1_9_1_slack 0
 UP bnd relu_1_9_1_slack 4.7971518395510175
 LO bnd relu_1_10_0_slack 0
 UP bnd relu_1_10_0_slack 6.518351011030023
 LO bnd relu_1_10_1_slack 0
 UP bnd relu_1_10_1_slack 6.518351011030023
 LO bnd relu_1_11_0_slack 0
 UP bnd relu_1_11_0_slack 4.290674681500621
 LO bnd relu_1_11_1_slack 0
 UP bnd relu_1_11_1_slack 4.290674681500621
 LO bnd relu_1_12_0_slack 0
 UP bnd relu_1_12_0_slack 5.421914853103267
 LO bnd relu_1_12_1_slack 0
 UP bnd relu_1_12_1_slack 5.421914853103267
 LO bnd relu_1_13_0_slack 0
 UP bnd relu_1_13_0_slack 6.457489915483077
 LO bnd relu_1_13_1_slack 0
 UP bnd relu_1_13_1_slack 6.457489915483077
 LO bnd relu_1_14_0_slack 0
 UP bnd relu_1_14_0_slack 4.497962637922913
 LO bnd relu_1_14_1_slack 0
 UP bnd relu_1_14_1_slack 4.497962637922913
 LO bnd relu_1_15_0_slack 0
 UP bnd relu_1_15_0_slack 4.538332828155381
 LO bnd relu_1_15_1_slack 0
 UP bnd relu_1_15_1_slack 4.538332828155381
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
 out_0_1 out_0_1 2
 out_1_0 out_1_0 2
 out_1_1 out_1_1 2
 out_2_0 out_2_0 2
 out_2_1 out_2_1 2
 out_3_0 out_3_0 2
 out_3_1 out_3_1 2
 out_4_0 out_4_0 2
 out_4_1 out_4_1 2
 out_5_0 out_5_0 2
 out_5_1 out_5_1 2
 out_6_0 out_6_0 2
 out_6_1 out_6_1 2
 out_7_0 out_7_0 2
 out_7_1 out_7_1 2
 out_8_0 out_8_0 2
 out_8_1 out_8_1 2
 out_9_0 out_9_0 2
 out_9_1 out_9_1 2
 out_10_0 out_10_0 2
 out_10_1 out_10_1 2
 out_11_0 out_11_0 2
 out_11_1 out_11_1 2
 out_12_0 out_12_0 2
 out_12_1 out_12_1 2
 out_13_0 out_13_0 2
 out_13_1 out_13_1 2
 out_14_0 out_14_0 2
 out_14_1 out_14_1 2
 out_15_0 out_15_0 2
 out_15_1 out_15_1 2
QCMATRIX out_definition_0_0
 w_2_0_0 post_1_0_0 -0.5
 post_1_0_0 w_2_0_0 -0.5
 w_2_0_1 post_1_0_1 -0.5
 post_1_0_1 w_2_0_1 -0.5
QCMATRIX out_definition_0_1
 w_2_1_0 post_1_0_0 -0.5
 post_1_0_0 w_2_1_0 -0.5
 w_2_1_1 post_1_0_1 -0.5
 post_1_0_1 w_2_1_1 -0.5
QCMATRIX out_definition_1_0
 w_2_0_0 post_1_1_0 -0.5
 post_1_1_0 w_2_0_0 -0.5
 w_2_0_1 post_1_1_1 -0.5
 post_1_1_1 w_2_0_1 -0.5
QCMATRIX out_definition_1_1
 w_2_1_0 post_1_1_0 -0.5
 post_1_1_0 w_2_1_0 -0.5
 w_2_1_1 post_1_1_1 -0.5
 post_1_1_1 w_2_1_1 -0.5
QCMATRIX out_definition_2_0
 w_2_0_0 post_1_2_0 -0.5
 post_1_2_0 w_2_0_0 -0.5
 w_2_0_1 post_1_2_1 -0.5
 post_1_2_1 w_2_0_1 -0.5
QCMATRIX out_definition_2_1
 w_2_1_0 post_1_2_0 -0.5
 post_1_2_0 w_2_1_0 -0.5
 w_2_1_1 post_1_2_1 -0.5
 post_1_2_1 w_2_1_1 -0.5
QCMATRIX out_definition_3_0
 w_2_0_0 post_1_3_0 -0.5
 post_1_3_0 w_2_0_0 -0.5
 w_2_0_1 post_1_3_1 -0.5
 post_1_3_1 w_2_0_1 -0.5
QCMATRIX out_definition_3_1
 w_2_1_0 post_1_3_0 -0.5
 post_1_3_0 w_2_1_0 -0.5
 w_2_1_1 post_1_3_1 -0.5
 post_1_3_1 w_2_1_1 -0.5
QCMATRIX out_definition_4_0
 w_2_0_0 post_1_4_0 -0.5
 post_1_4_0 w_2_0_0 -0.5
 w_2_0_1 post_1_4_1 -0.5
 post_1_4_1 w_2_0_1 -0.5
QCMATRIX out_definition_4_1
 w_2_1_0 post_1_4_0 -0.5
 post_1_4_0 w_2_1_0 -0.5
 w_2_1_1 post_1_4_1 -0.5
 post_1_4_1 w_2_1_1 -0.5
QCMATRIX out_definition_5_0
 w_2_0_0 post_1_5_0 -0.5
 post_1_5_0 w_2_0_0 -0.5
 w_2_0_1 post_1_5_1 -0.5
 post_1_5_1 w_2_0_1 -0.5
QCMATRIX out_definition_5_1
 w_2_1_0 post_1_5_0 -0.5
 post_1_5_0 w_2_1_0 -0.5
 w_2_1_1 post_1_5_1 -0.5
 post_1_5_1 w_2_1_1 -0.5
QCMATRIX out_definition_6_0
 w_2_0_0 post_1_6_0 -0.5
 post_1_6_0 w_2_0_0 -0.5
 w_2_0_1 post_1_6_1 -0.5
 post_1_6_1 w_2_0_1 -0.5
QCMATRIX out_definition_6_1
 w_2_1_0 post_1_6_0 -0.5
 post_1_6_0 w_2_1_0 -0.5
 w_2_1_1 post_1_6_1 -0.5
 post_1_6_1 w_2_1_1 -0.5
QCMATRIX out_definition_7_0
 w_2_0_0 post_1_7_0 -0.5
 post_1_7_0 w_2_0_0 -0.5
 w_2_0_1 post_1_7_1 -0.5
 post_1_7_1 w_2_0_1 -0.5
QCMATRIX out_definition_7_1
 w_2_1_0 post_1_7_0 -0.5
 post_1_7_0 w_2_1_0 -0.5
 w_2_1_1 post_1_7_1 -0.5
 post_1_7_1 w_2_1_1 -0.5
QCMATRIX out_definition_8_0
 w_2_0_0 post_1_8_0 -0.5
 post_1_8_0 w_2_0_0 -0.5
 w_2_0_1 post_1_8_1 -0.5
 post_1_8_1 w_2_0_1 -0.5
QCMATRIX out_definition_8_1
 w_2_1_0 post_1_8_0 -0.5
 post_1_8_0 w_2_1_0 -0.5
 w_2_1_1 post_1_8_1 -0.5
 post_1_8_1 w_2_1_1 -0.5
QCMATRIX out_definition_9_0
 w_2_0_0 post_1_9_0 -0.5
 post_1_9_0 w_2_0_0 -0.5
 w_2_0_1 post_1_9_1 -0.5
 post_1_9_1 w_2_0_1 -0.5
QCMATRIX out_definition_9_1
 w_2_1_0 post_1_9_0 -0.5
 post_1_9_0 w_2_1_0 -0.5
 w_2_1_1 post_1_9_1 -0.5
 post_1_9_1 w_2_1_1 -0.5
QCMATRIX out_definition_10_0
 w_2_0_0 post_1_10_0 -0.5
 post_1_10_0 w_2_0_0 -0.5
 w_2_0_1 post_1_10_1 -0.5
 post_1_10_1 w_2_0_1 -0.5
QCMATRIX out_definition_10_1
 w_2_1_0 post_1_10_0 -0.5
 post_1_10_0 w_2_1_0 -0.5
 w_2_1_1 post_1_10_1 -0.5
 post_1_10_1 w_2_1_1 -0.5
QCMATRIX out_definition_11_0
 w_2_0_0 post_1_11_0 -0.5
 post_1_11_0 w_2_0_0 -0.5
 w_2_0_1 post_1_11_1 -0.5
 post_1_11_1 w_2_0_1 -0.5
QCMATRIX out_definition_11_1
 w_2_1_0 post_1_11_0 -0.5
 post_1_11_0 w_2_1_0 -0.5
 w_2_1_1 post_1_11_1 -0.5
 post_1_11_1 w_2_1_1 -0.5
QCMATRIX out_definition_12_0
 w_2_0_0 post_1_12_0 -0.5
 post_1_12_0 w_2_0_0 -0.5
 w_2_0_1 post_1_12_1 -0.5
 post_1_12_1 w_2_0_1 -0.5
QCMATRIX out_definition_12_1
 w_2_1_0 post_1_12_0 -0.5
 post_1_12_0 w_2_1_0 -0.5
 w_2_1_1 post_1_12_1 -0.5
 post_1_12_1 w_2_1_1 -0.5
QCMATRIX out_definition_13_0
 w_2_0_0 post_1_13_0 -0.5
 post_1_13_0 w_2_0_0 -0.5
 w_2_0_1 post_1_13_1 -0.5
 post_1_13_1 w_2_0_1 -0.5
QCMATRIX out_definition_13_1
 w_2_1_0 post_1_13_0 -0.5
 post_1_13_0 w_2_1_0 -0.5
 w_2_1_1 post_1_13_1 -0.5
 post_1_13_1 w_2_1_1 -0.5
QCMATRIX out_definition_14_0
 w_2_0_0 post_1_14_0 -0.5
 post_1_14_0 w_2_0_0 -0.5
 w_2_0_1 post_1_14_1 -0.5
 post_1_14_1 w_2_0_1 -0.5
QCMATRIX out_definition_14_1
 w_2_1_0 post_1_14_0 -0.5
 post_1_14_0 w_2_1_0 -0.5
 w_2_1_1 post_1_14_1 -0.5
 post_1_14_1 w_2_1_1 -0.5
QCMATRIX out_definition_15_0
 w_2_0_0 post_1_15_0 -0.5
 post_1_15_0 w_2_0_0 -0.5
 w_2_0_1 post_1_15_1 -0.5
 post_1_15_1 w_2_0_1 -0.5
QCMATRIX out_definition_15_1
 w_2_1_0 post_1_15_0 -0.5
 post_1_15_0 w_2_1_0 -0.5
 w_2_1_1 post_1_15_1 -0.5
 post_1_15_1 w_2_1_1 -0.5
ENDATA
