* teacher-N48-n2-m3-p1-s0-p1-plain-sos1  (relu-opt library: teacher-N48-n2-m3-p1-s0, problem 1, plain-sos1; {"hidden": [3], "bound": 3.0, "loss": "squared"})
NAME teacher-N48-n2-m3-p1-s0-p1-plain-sos1
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
 E pre_definition_1_20_0
 E pre_definition_1_20_1
 E pre_definition_1_20_2
 E pre_definition_1_21_0
 E pre_definition_1_21_1
 E pre_definition_1_21_2
 E pre_definition_1_22_0
 E pre_definition_1_22_1
 E pre_definition_1_22_2
 E pre_definition_1_23_0
 E pre_definition_1_23_1
 E pre_definition_1_23_2
 E pre_definition_1_24_0
 E pre_definition_1_24_1
 E pre_definition_1_24_2
 E pre_definition_1_25_0
 E pre_definition_1_25_1
 E pre_definition_1_25_2
 E pre_definition_1_26_0
 E pre_definition_1_26_1
 E pre_definition_1_26_2
 E pre_definition_1_27_0
 E pre_definition_1_27_1
 E pre_definition_1_27_2
 E pre_definition_1_28_0
 E pre_definition_1_28_1
 E pre_definition_1_28_2
 E pre_definition_1_29_0
 E pre_definition_1_29_1
 E pre_definition_1_29_2
 E pre_definition_1_30_0
 E pre_definition_1_30_1
 E pre_definition_1_30_2
 E pre_definition_1_31_0
 E pre_definition_1_31_1
 E pre_definition_1_31_2
 E pre_definition_1_32_0
 E pre_definition_1_32_1
 E pre_definition_1_32_2
 E pre_definition_1_33_0
 E pre_definition_1_33_1
 E pre_definition_1_33_2
 E pre_definition_1_34_0
 E pre_definition_1_34_1
 E pre_definition_1_34_2
 E pre_definition_1_35_0
 E pre_definition_1_35_1
 E pre_definition_1_35_2
 E pre_definition_1_36_0
 E pre_definition_1_36_1
 E pre_definition_1_36_2
 E pre_definition_1_37_0
 E pre_definition_1_37_1
 E pre_definition_1_37_2
 E pre_definition_1_38_0
 E pre_definition_1_38_1
 E pre_definition_1_38_2
 E pre_definition_1_39_0
 E pre_definition_1_39_1
 E pre_definition_1_39_2
 E pre_definition_1_40_0
 E pre_definition_1_40_1
 E pre_definition_1_40_2
 E pre_definition_1_41_0
 E pre_definition_1_41_1
 E pre_definition_1_41_2
 E pre_definition_1_42_0
 E pre_definition_1_42_1
 E pre_definition_1_42_2
 E pre_definition_1_43_0
 E pre_definition_1_43_1
 E pre_definition_1_43_2
 E pre_definition_1_44_0
 E pre_definition_1_44_1
 E pre_definition_1_44_2
 E pre_definition_1_45_0
 E pre_definition_1_45_1
 E pre_definition_1_45_2
 E pre_definition_1_46_0
 E pre_definition_1_46_1
 E pre_definition_1_46_2
 E pre_definition_1_47_0
 E pre_definition_1_47_1
 E pre_definition_1_47_2
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
 E out_definition_24_0
 E out_definition_25_0
 E out_definition_26_0
 E out_definition_27_0
 E out_definition_28_0
 E out_definition_29_0
 E out_definition_30_0
 E out_definition_31_0
 E out_definition_32_0
 E out_definition_33_0
 E out_definition_34_0
 E out_definition_35_0
 E out_definition_36_0
 E out_definition_37_0
 E out_definition_38_0
 E out_definition_39_0
 E out_definition_40_0
 E out_definition_41_0
 E out_definition_42_0
 E out_definition_43_0
 E out_definition_44_0
 E out_definition_45_0
 E out_definition_46_0
 E out_definition_47_0
 E relu_1_0_0_slack_definition
 E relu_1_0_1_slack_definition
 E relu_1_0_2_slack_definition
 E relu_1_1_0_slack_definition
 E relu_1_1_1_slack_definition
 E relu_1_1_2_slack_definition
 E relu_1_2_0_slack_definition
 E relu_1_2_1_slack_definition
 E relu_1_2_2_slack_definition
 E relu_1_3_0_slack_definition
 E relu_1_3_1_slack_definition
 E relu_1_3_2_slack_definition
 E relu_1_4_0_slack_definition
 E relu_1_4_1_slack_definition
 E relu_1_4_2_slack_definition
 E relu_1_5_0_slack_definition
 E relu_1_5_1_slack_definition
 E relu_1_5_2_slack_definition
 E relu_1_6_0_slack_definition
 E relu_1_6_1_slack_definition
 E relu_1_6_2_slack_definition
 E relu_1_7_0_slack_definition
 E relu_1_7_1_slack_definition
 E relu_1_7_2_slack_definition
 E relu_1_8_0_slack_definition
 E relu_1_8_1_slack_definition
 E relu_1_8_2_slack_definition
 E relu_1_9_0_slack_definition
 E relu_1_9_1_slack_definition
 E relu_1_9_2_slack_definition
 E relu_1_10_0_slack_definition
 E relu_1_10_1_slack_definition
 E relu_1_10_2_slack_definition
 E relu_1_11_0_slack_definition
 E relu_1_11_1_slack_definition
 E relu_1_11_2_slack_definition
 E relu_1_12_0_slack_definition
 E relu_1_12_1_slack_definition
 E relu_1_12_2_slack_definition
 E relu_1_13_0_slack_definition
 E relu_1_13_1_slack_definition
 E relu_1_13_2_slack_definition
 E relu_1_14_0_slack_definition
 E relu_1_14_1_slack_definition
 E relu_1_14_2_slack_definition
 E relu_1_15_0_slack_definition
 E relu_1_15_1_slack_definition
 E relu_1_15_2_slack_definition
 E relu_1_16_0_slack_definition
 E relu_1_16_1_slack_definition
 E relu_1_16_2_slack_definition
 E relu_1_17_0_slack_definition
 E relu_1_17_1_slack_definition
 E relu_1_17_2_slack_definition
 E relu_1_18_0_slack_definition
 E relu_1_18_1_slack_definition
 E relu_1_18_2_slack_definition
 E relu_1_19_0_slack_definition
 E relu_1_19_1_slack_definition
 E relu_1_19_2_slack_definition
 E relu_1_20_0_slack_definition
 E relu_1_20_1_slack_definition
 E relu_1_20_2_slack_definition
 E relu_1_21_0_slack_definition
 E relu_1_21_1_slack_definition
 E relu_1_21_2_slack_definition
 E relu_1_22_0_slack_definition
 E relu_1_22_1_slack_definition
 E relu_1_22_2_slack_definition
 E relu_1_23_0_slack_definition
 E relu_1_23_1_slack_definition
 E relu_1_23_2_slack_definition
 E relu_1_24_0_slack_definition
 E relu_1_24_1_slack_definition
 E relu_1_24_2_slack_definition
 E relu_1_25_0_slack_definition
 E relu_1_25_1_slack_definition
 E relu_1_25_2_slack_definition
 E relu_1_26_0_slack_definition
 E relu_1_26_1_slack_definition
 E relu_1_26_2_slack_definition
 E relu_1_27_0_slack_definition
 E relu_1_27_1_slack_definition
 E relu_1_27_2_slack_definition
 E relu_1_28_0_slack_definition
 E relu_1_28_1_slack_definition
 E relu_1_28_2_slack_definition
 E relu_1_29_0_slack_definition
 E relu_1_29_1_slack_definition
 E relu_1_29_2_slack_definition
 E relu_1_30_0_slack_definition
 E relu_1_30_1_slack_definition
 E relu_1_30_2_slack_definition
 E relu_1_31_0_slack_definition
 E relu_1_31_1_slack_definition
 E relu_1_31_2_slack_definition
 E relu_1_32_0_slack_definition
 E relu_1_32_1_slack_definition
 E relu_1_32_2_slack_definition
 E relu_1_33_0_slack_definition
 E relu_1_33_1_slack_definition
 E relu_1_33_2_slack_definition
 E relu_1_34_0_slack_definition
 E relu_1_34_1_slack_definition
 E relu_1_34_2_slack_definition
 E relu_1_35_0_slack_definition
 E relu_1_35_1_slack_definition
 E relu_1_35_2_slack_definition
 E relu_1_36_0_slack_definition
 E relu_1_36_1_slack_definition
 E relu_1_36_2_slack_definition
 E relu_1_37_0_slack_definition
 E relu_1_37_1_slack_definition
 E relu_1_37_2_slack_definition
 E relu_1_38_0_slack_definition
 E relu_1_38_1_slack_definition
 E relu_1_38_2_slack_definition
 E relu_1_39_0_slack_definition
 E relu_1_39_1_slack_definition
 E relu_1_39_2_slack_definition
 E relu_1_40_0_slack_definition
 E relu_1_40_1_slack_definition
 E relu_1_40_2_slack_definition
 E relu_1_41_0_slack_definition
 E relu_1_41_1_slack_definition
 E relu_1_41_2_slack_definition
 E relu_1_42_0_slack_definition
 E relu_1_42_1_slack_definition
 E relu_1_42_2_slack_definition
 E relu_1_43_0_slack_definition
 E relu_1_43_1_slack_definition
 E relu_1_43_2_slack_definition
 E relu_1_44_0_slack_definition
 E relu_1_44_1_slack_definition
 E relu_1_44_2_slack_definition
 E relu_1_45_0_slack_definition
 E relu_1_45_1_slack_definition
 E relu_1_45_2_slack_definition
 E relu_1_46_0_slack_definition
 E relu_1_46_1_slack_definition
 E relu_1_46_2_slack_definition
 E relu_1_47_0_slack_definition
 E relu_1_47_1_slack_definition
 E relu_1_47_2_slack_definition
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
 w_1_0_0 pre_definition_1_16_0 -0.7805487040095846
 w_1_0_0 pre_definition_1_17_0 -0.24637428937208483
 w_1_0_0 pre_definition_1_18_0 -0.6652882953067956
 w_1_0_0 pre_definition_1_19_0 0.5212611140140957
 w_1_0_0 pre_definition_1_20_0 0.8828639303896113
 w_1_0_0 pre_definition_1_21_0 0.6994410662103219
 w_1_0_0 pre_definition_1_22_0 -0.5926485405745885
 w_1_0_0 pre_definition_1_23_0 0.8959573978711808
 w_1_0_0 pre_definition_1_24_0 0.6029739109814893
 w_1_0_0 pre_definition_1_25_0 -0.16066477197370133
 w_1_0_0 pre_definition_1_26_0 -0.34398975591271874
 w_1_0_0 pre_definition_1_27_0 -0.8842262210129956
 w_1_0_0 pre_definition_1_28_0 0.789009440859541
 w_1_0_0 pre_definition_1_29_0 -0.8543091061357349
 w_1_0_0 pre_definition_1_30_0 -0.9091809873814745
 w_1_0_0 pre_definition_1_31_0 0.14954275030184894
 w_1_0_0 pre_definition_1_32_0 -0.9901930104706482
 w_1_0_0 pre_definition_1_33_0 0.07990972138180785
 w_1_0_0 pre_definition_1_34_0 0.005154609024762058
 w_1_0_0 pre_definition_1_35_0 -0.571571401427615
 w_1_0_0 pre_definition_1_36_0 -0.4689671435774587
 w_1_0_0 pre_definition_1_37_0 -0.8641193732267565
 w_1_0_0 pre_definition_1_38_0 -0.4580302341526188
 w_1_0_0 pre_definition_1_39_0 -0.9358523798492928
 w_1_0_0 pre_definition_1_40_0 -0.7272801804911515
 w_1_0_0 pre_definition_1_41_0 -0.9144203592219271
 w_1_0_0 pre_definition_1_42_0 -0.9452576276459099
 w_1_0_0 pre_definition_1_43_0 -0.6447476550861408
 w_1_0_0 pre_definition_1_44_0 0.5352541607213923
 w_1_0_0 pre_definition_1_45_0 -0.8470603195669391
 w_1_0_0 pre_definition_1_46_0 -0.07786881524437383
 w_1_0_0 pre_definition_1_47_0 -0.86203463196231
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
 w_1_0_1 pre_definition_1_16_0 0.5456848129332406
 w_1_0_1 pre_definition_1_17_0 0.8319693128352303
 w_1_0_1 pre_definition_1_18_0 -0.5741966149773667
 w_1_0_1 pre_definition_1_19_0 -0.7529684616214076
 w_1_0_1 pre_definition_1_20_0 0.32776587890867925
 w_1_0_1 pre_definition_1_21_0 0.09932126670142605
 w_1_0_1 pre_definition_1_22_0 0.5387155820125051
 w_1_0_1 pre_definition_1_23_0 0.1908963203569436
 w_1_0_1 pre_definition_1_24_0 0.8184939087617562
 w_1_0_1 pre_definition_1_25_0 0.4026077343621548
 w_1_0_1 pre_definition_1_26_0 0.6009691120635734
 w_1_0_1 pre_definition_1_27_0 0.2697796635103429
 w_1_0_1 pre_definition_1_28_0 -0.25821630307941845
 w_1_0_1 pre_definition_1_29_0 0.11924569056843204
 w_1_0_1 pre_definition_1_30_0 0.00020837262470596585
 w_1_0_1 pre_definition_1_31_0 -0.24042690403075562
 w_1_0_1 pre_definition_1_32_0 -0.8978873498755306
 w_1_0_1 pre_definition_1_33_0 -0.5154576906165829
 w_1_0_1 pre_definition_1_34_0 -0.05862432039354082
 w_1_0_1 pre_definition_1_35_0 0.17068830128865842
 w_1_0_1 pre_definition_1_36_0 -0.4222857559794997
 w_1_0_1 pre_definition_1_37_0 0.7701347334381896
 w_1_0_1 pre_definition_1_38_0 -0.8548478572491198
 w_1_0_1 pre_definition_1_39_0 0.9705873900692614
 w_1_0_1 pre_definition_1_40_0 -0.9623900801326886
 w_1_0_1 pre_definition_1_41_0 0.7024719755350042
 w_1_0_1 pre_definition_1_42_0 -0.7798711114410413
 w_1_0_1 pre_definition_1_43_0 0.040024152384335654
 w_1_0_1 pre_definition_1_44_0 -0.6037611574366157
 w_1_0_1 pre_definition_1_45_0 0.46773945541541484
 w_1_0_1 pre_definition_1_46_0 0.114494342050937
 w_1_0_1 pre_definition_1_47_0 0.9189785776231307
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
 w_1_1_0 pre_definition_1_16_1 -0.7805487040095846
 w_1_1_0 pre_definition_1_17_1 -0.24637428937208483
 w_1_1_0 pre_definition_1_18_1 -0.6652882953067956
 w_1_1_0 pre_definition_1_19_1 0.5212611140140957
 w_1_1_0 pre_definition_1_20_1 0.8828639303896113
 w_1_1_0 pre_definition_1_21_1 0.6994410662103219
 w_1_1_0 pre_definition_1_22_1 -0.5926485405745885
 w_1_1_0 pre_definition_1_23_1 0.8959573978711808
 w_1_1_0 pre_definition_1_24_1 0.6029739109814893
 w_1_1_0 pre_definition_1_25_1 -0.16066477197370133
 w_1_1_0 pre_definition_1_26_1 -0.34398975591271874
 w_1_1_0 pre_definition_1_27_1 -0.8842262210129956
 w_1_1_0 pre_definition_1_28_1 0.789009440859541
 w_1_1_0 pre_definition_1_29_1 -0.8543091061357349
 w_1_1_0 pre_definition_1_30_1 -0.9091809873814745
 w_1_1_0 pre_definition_1_31_1 0.14954275030184894
 w_1_1_0 pre_definition_1_32_1 -0.9901930104706482
 w_1_1_0 pre_definition_1_33_1 0.07990972138180785
 w_1_1_0 pre_definition_1_34_1 0.005154609024762058
 w_1_1_0 pre_definition_1_35_1 -0.571571401427615
 w_1_1_0 pre_definition_1_36_1 -0.4689671435774587
 w_1_1_0 pre_definition_1_37_1 -0.8641193732267565
 w_1_1_0 pre_definition_1_38_1 -0.4580302341526188
 w_1_1_0 pre_definition_1_39_1 -0.9358523798492928
 w_1_1_0 pre_definition_1_40_1 -0.7272801804911515
 w_1_1_0 pre_definition_1_41_1 -0.9144203592219271
 w_1_1_0 pre_definition_1_42_1 -0.9452576276459099
 w_1_1_0 pre_definition_1_43_1 -0.6447476550861408
 w_1_1_0 pre_definition_1_44_1 0.5352541607213923
 w_1_1_0 pre_definition_1_45_1 -0.8470603195669391
 w_1_1_0 pre_definition_1_46_1 -0.07786881524437383
 w_1_1_0 pre_definition_1_47_1 -0.86203463196231
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
 w_1_1_1 pre_definition_1_16_1 0.5456848129332406
 w_1_1_1 pre_definition_1_17_1 0.8319693128352303
 w_1_1_1 pre_definition_1_18_1 -0.5741966149773667
 w_1_1_1 pre_definition_1_19_1 -0.7529684616214076
 w_1_1_1 pre_definition_1_20_1 0.32776587890867925
 w_1_1_1 pre_definition_1_21_1 0.09932126670142605
 w_1_1_1 pre_definition_1_22_1 0.5387155820125051
 w_1_1_1 pre_definition_1_23_1 0.1908963203569436
 w_1_1_1 pre_definition_1_24_1 0.8184939087617562
 w_1_1_1 pre_definition_1_25_1 0.4026077343621548
 w_1_1_1 pre_definition_1_26_1 0.6009691120635734
 w_1_1_1 pre_definition_1_27_1 0.2697796635103429
 w_1_1_1 pre_definition_1_28_1 -0.25821630307941845
 w_1_1_1 pre_definition_1_29_1 0.11924569056843204
 w_1_1_1 pre_definition_1_30_1 0.00020837262470596585
 w_1_1_1 pre_definition_1_31_1 -0.24042690403075562
 w_1_1_1 pre_definition_1_32_1 -0.8978873498755306
 w_1_1_1 pre_definition_1_33_1 -0.5154576906165829
 w_1_1_1 pre_definition_1_34_1 -0.05862432039354082
 w_1_1_1 pre_definition_1_35_1 0.17068830128865842
 w_1_1_1 pre_definition_1_36_1 -0.4222857559794997
 w_1_1_1 pre_definition_1_37_1 0.7701347334381896
 w_1_1_1 pre_definition_1_38_1 -0.8548478572491198
 w_1_1_1 pre_definition_1_39_1 0.9705873900692614
 w_1_1_1 pre_definition_1_40_1 -0.9623900801326886
 w_1_1_1 pre_definition_1_41_1 0.7024719755350042
 w_1_1_1 pre_definition_1_42_1 -0.7798711114410413
 w_1_1_1 pre_definition_1_43_1 0.040024152384335654
 w_1_1_1 pre_definition_1_44_1 -0.6037611574366157
 w_1_1_1 pre_definition_1_45_1 0.46773945541541484
 w_1_1_1 pre_definition_1_46_1 0.114494342050937
 w_1_1_1 pre_definition_1_47_1 0.9189785776231307
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
 w_1_2_0 pre_definition_1_16_2 -0.7805487040095846
 w_1_2_0 pre_definition_1_17_2 -0.24637428937208483
 w_1_2_0 pre_definition_1_18_2 -0.6652882953067956
 w_1_2_0 pre_definition_1_19_2 0.5212611140140957
 w_1_2_0 pre_definition_1_20_2 0.8828639303896113
 w_1_2_0 pre_definition_1_21_2 0.6994410662103219
 w_1_2_0 pre_definition_1_22_2 -0.5926485405745885
 w_1_2_0 pre_definition_1_23_2 0.8959573978711808
 w_1_2_0 pre_definition_1_24_2 0.6029739109814893
 w_1_2_0 pre_definition_1_25_2 -0.16066477197370133
 w_1_2_0 pre_definition_1_26_2 -0.34398975591271874
 w_1_2_0 pre_definition_1_27_2 -0.8842262210129956
 w_1_2_0 pre_definition_1_28_2 0.789009440859541
 w_1_2_0 pre_definition_1_29_2 -0.8543091061357349
 w_1_2_0 pre_definition_1_30_2 -0.9091809873814745
 w_1_2_0 pre_definition_1_31_2 0.14954275030184894
 w_1_2_0 pre_definition_1_32_2 -0.9901930104706482
 w_1_2_0 pre_definition_1_33_2 0.07990972138180785
 w_1_2_0 pre_definition_1_34_2 0.005154609024762058
 w_1_2_0 pre_definition_1_35_2 -0.571571401427615
 w_1_2_0 pre_definition_1_36_2 -0.4689671435774587
 w_1_2_0 pre_definition_1_37_2 -0.8641193732267565
 w_1_2_0 pre_definition_1_38_2 -0.4580302341526188
 w_1_2_0 pre_definition_1_39_2 -0.9358523798492928
 w_1_2_0 pre_definition_1_40_2 -0.7272801804911515
 w_1_2_0 pre_definition_1_41_2 -0.9144203592219271
 w_1_2_0 pre_definition_1_42_2 -0.9452576276459099
 w_1_2_0 pre_definition_1_43_2 -0.6447476550861408
 w_1_2_0 pre_definition_1_44_2 0.5352541607213923
 w_1_2_0 pre_definition_1_45_2 -0.8470603195669391
 w_1_2_0 pre_definition_1_46_2 -0.07786881524437383
 w_1_2_0 pre_definition_1_47_2 -0.86203463196231
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
 w_1_2_1 pre_definition_1_16_2 0.5456848129332406
 w_1_2_1 pre_definition_1_17_2 0.8319693128352303
 w_1_2_1 pre_definition_1_18_2 -0.5741966149773667
 w_1_2_1 pre_definition_1_19_2 -0.7529684616214076
 w_1_2_1 pre_definition_1_20_2 0.32776587890867925
 w_1_2_1 pre_definition_1_21_2 0.09932126670142605
 w_1_2_1 pre_definition_1_22_2 0.5387155820125051
 w_1_2_1 pre_definition_1_23_2 0.1908963203569436
 w_1_2_1 pre_definition_1_24_2 0.8184939087617562
 w_1_2_1 pre_definition_1_25_2 0.4026077343621548
 w_1_2_1 pre_definition_1_26_2 0.6009691120635734
 w_1_2_1 pre_definition_1_27_2 0.2697796635103429
 w_1_2_1 pre_definition_1_28_2 -0.25821630307941845
 w_1_2_1 pre_definition_1_29_2 0.11924569056843204
 w_1_2_1 pre_definition_1_30_2 0.00020837262470596585
 w_1_2_1 pre_definition_1_31_2 -0.24042690403075562
 w_1_2_1 pre_definition_1_32_2 -0.8978873498755306
 w_1_2_1 pre_definition_1_33_2 -0.5154576906165829
 w_1_2_1 pre_definition_1_34_2 -0.05862432039354082
 w_1_2_1 pre_definition_1_35_2 0.17068830128865842
 w_1_2_1 pre_definition_1_36_2 -0.4222857559794997
 w_1_2_1 pre_definition_1_37_2 0.7701347334381896
 w_1_2_1 pre_definition_1_38_2 -0.8548478572491198
 w_1_2_1 pre_definition_1_39_2 0.9705873900692614
 w_1_2_1 pre_definition_1_40_2 -0.9623900801326886
 w_1_2_1 pre_definition_1_41_2 0.7024719755350042
 w_1_2_1 pre_definition_1_42_2 -0.7798711114410413
 w_1_2_1 pre_definition_1_43_2 0.040024152384335654
 w_1_2_1 pre_definition_1_44_2 -0.6037611574366157
 w_1_2_1 pre_definition_1_45_2 0.46773945541541484
 w_1_2_1 pre_definition_1_46_2 0.114494342050937
 w_1_2_1 pre_definition_1_47_2 0.9189785776231307
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
 b_1_0 pre_definition_1_16_0 -1
 b_1_0 pre_definition_1_17_0 -1
 b_1_0 pre_definition_1_18_0 -1
 b_1_0 pre_definition_1_19_0 -1
 b_1_0 pre_definition_1_20_0 -1
 b_1_0 pre_definition_1_21_0 -1
 b_1_0 pre_definition_1_22_0 -1
 b_1_0 pre_definition_1_23_0 -1
 b_1_0 pre_definition_1_24_0 -1
 b_1_0 pre_definition_1_25_0 -1
 b_1_0 pre_definition_1_26_0 -1
 b_1_0 pre_definition_1_27_0 -1
 b_1_0 pre_definition_1_28_0 -1
 b_1_0 pre_definition_1_29_0 -1
 b_1_0 pre_definition_1_30_0 -1
 b_1_0 pre_definition_1_31_0 -1
 b_1_0 pre_definition_1_32_0 -1
 b_1_0 pre_definition_1_33_0 -1
 b_1_0 pre_definition_1_34_0 -1
 b_1_0 pre_definition_1_35_0 -1
 b_1_0 pre_definition_1_36_0 -1
 b_1_0 pre_definition_1_37_0 -1
 b_1_0 pre_definition_1_38_0 -1
 b_1_0 pre_definition_1_39_0 -1
 b_1_0 pre_definition_1_40_0 -1
 b_1_0 pre_definition_1_41_0 -1
 b_1_0 pre_definition_1_42_0 -1
 b_1_0 pre_definition_1_43_0 -1
 b_1_0 pre_definition_1_44_0 -1
 b_1_0 pre_definition_1_45_0 -1
 b_1_0 pre_definition_1_46_0 -1
 b_1_0 pre_definition_1_47_0 -1
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
 b_1_1 pre_definition_1_24_1 -1
 b_1_1 pre_definition_1_25_1 -1
 b_1_1 pre_definition_1_26_1 -1
 b_1_1 pre_definition_1_27_1 -1
 b_1_1 pre_definition_1_28_1 -1
 b_1_1 pre_definition_1_29_1 -1
 b_1_1 pre_definition_1_30_1 -1
 b_1_1 pre_definition_1_31_1 -1
 b_1_1 pre_definition_1_32_1 -1
 b_1_1 pre_definition_1_33_1 -1
 b_1_1 pre_definition_1_34_1 -1
 b_1_1 pre_definition_1_35_1 -1
 b_1_1 pre_definition_1_36_1 -1
 b_1_1 pre_definition_1_37_1 -1
 b_1_1 pre_definition_1_38_1 -1
 b_1_1 pre_definition_1_39_1 -1
 b_1_1 pre_definition_1_40_1 -1
 b_1_1 pre_definition_1_41_1 -1
 b_1_1 pre_definition_1_42_1 -1
 b_1_1 pre_definition_1_43_1 -1
 b_1_1 pre_definition_1_44_1 -1
 b_1_1 pre_definition_1_45_1 -1
 b_1_1 pre_definition_1_46_1 -1
 b_1_1 pre_definition_1_47_1 -1
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
 b_1_2 pre_definition_1_16_2 -1
 b_1_2 pre_definition_1_17_2 -1
 b_1_2 pre_definition_1_18_2 -1
 b_1_2 pre_definition_1_19_2 -1
 b_1_2 pre_definition_1_20_2 -1
 b_1_2 pre_definition_1_21_2 -1
 b_1_2 pre_definition_1_22_2 -1
 b_1_2 pre_definition_1_23_2 -1
 b_1_2 pre_definition_1_24_2 -1
 b_1_2 pre_definition_1_25_2 -1
 b_1_2 pre_definition_1_26_2 -1
 b_1_2 pre_definition_1_27_2 -1
 b_1_2 pre_definition_1_28_2 -1
 b_1_2 pre_definition_1_29_2 -1
 b_1_2 pre_definition_1_30_2 -1
 b_1_2 pre_definition_1_31_2 -1
 b_1_2 pre_definition_1_32_2 -1
 b_1_2 pre_definition_1_33_2 -1
 b_1_2 pre_definition_1_34_2 -1
 b_1_2 pre_definition_1_35_2 -1
 b_1_2 pre_definition_1_36_2 -1
 b_1_2 pre_definition_1_37_2 -1
 b_1_2 pre_definition_1_38_2 -1
 b_1_2 pre_definition_1_39_2 -1
 b_1_2 pre_definition_1_40_2 -1
 b_1_2 pre_definition_1_41_2 -1
 b_1_2 pre_definition_1_42_2 -1
 b_1_2 pre_definition_1_43_2 -1
 b_1_2 pre_definition_1_44_2 -1
 b_1_2 pre_definition_1_45_2 -1
 b_1_2 pre_definition_1_46_2 -1
 b_1_2 pre_definition_1_47_2 -1
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
 b_2_0 out_definition_24_0 -1
 b_2_0 out_definition_25_0 -1
 b_2_0 out_definition_26_0 -1
 b_2_0 out_definition_27_0 -1
 b_2_0 out_definition_28_0 -1
 b_2_0 out_definition_29_0 -1
 b_2_0 out_definition_30_0 -1
 b_2_0 out_definition_31_0 -1
 b_2_0 out_definition_32_0 -1
 b_2_0 out_definition_33_0 -1
 b_2_0 out_definition_34_0 -1
 b_2_0 out_definition_35_0 -1
 b_2_0 out_definition_36_0 -1
 b_2_0 out_definition_37_0 -1
 b_2_0 out_definition_38_0 -1
 b_2_0 out_definition_39_0 -1
 b_2_0 out_definition_40_0 -1
 b_2_0 out_definition_41_0 -1
 b_2_0 out_definition_42_0 -1
 b_2_0 out_definition_43_0 -1
 b_2_0 out_definition_44_0 -1
 b_2_0 out_definition_45_0 -1
 b_2_0 out_definition_46_0 -1
 b_2_0 out_definition_47_0 -1
 pre_1_0_0 pre_definition_1_0_0 1
 pre_1_0_0 relu_1_0_0_slack_definition 1
 pre_1_0_1 pre_definition_1_0_1 1
 pre_1_0_1 relu_1_0_1_slack_definition 1
 pre_1_0_2 pre_definition_1_0_2 1
 pre_1_0_2 relu_1_0_2_slack_definition 1
 pre_1_1_0 pre_definition_1_1_0 1
 pre_1_1_0 relu_1_1_0_slack_definition 1
 pre_1_1_1 pre_definition_1_1_1 1
 pre_1_1_1 relu_1_1_1_slack_definition 1
 pre_1_1_2 pre_definition_1_1_2 1
 pre_1_1_2 relu_1_1_2_slack_definition 1
 pre_1_2_0 pre_definition_1_2_0 1
 pre_1_2_0 relu_1_2_0_slack_definition 1
 pre_1_2_1 pre_definition_1_2_1 1
 pre_1_2_1 relu_1_2_1_slack_definition 1
 pre_1_2_2 pre_definition_1_2_2 1
 pre_1_2_2 relu_1_2_2_slack_definition 1
 pre_1_3_0 pre_definition_1_3_0 1
 pre_1_3_0 relu_1_3_0_slack_definition 1
 pre_1_3_1 pre_definition_1_3_1 1
 pre_1_3_1 relu_1_3_1_slack_definition 1
 pre_1_3_2 pre_definition_1_3_2 1
 pre_1_3_2 relu_1_3_2_slack_definition 1
 pre_1_4_0 pre_definition_1_4_0 1
 pre_1_4_0 relu_1_4_0_slack_definition 1
 pre_1_4_1 pre_definition_1_4_1 1
 pre_1_4_1 relu_1_4_1_slack_definition 1
 pre_1_4_2 pre_definition_1_4_2 1
 pre_1_4_2 relu_1_4_2_slack_definition 1
 pre_1_5_0 pre_definition_1_5_0 1
 pre_1_5_0 relu_1_5_0_slack_definition 1
 pre_1_5_1 pre_definition_1_5_1 1
 pre_1_5_1 relu_1_5_1_slack_definition 1
 pre_1_5_2 pre_definition_1_5_2 1
 pre_1_5_2 relu_1_5_2_slack_definition 1
 pre_1_6_0 pre_definition_1_6_0 1
 pre_1_6_0 relu_1_6_0_slack_definition 1
 pre_1_6_1 pre_definition_1_6_1 1
 pre_1_6_1 relu_1_6_1_slack_definition 1
 pre_1_6_2 pre_definition_1_6_2 1
 pre_1_6_2 relu_1_6_2_slack_definition 1
 pre_1_7_0 pre_definition_1_7_0 1
 pre_1_7_0 relu_1_7_0_slack_definition 1
 pre_1_7_1 pre_definition_1_7_1 1
 pre_1_7_1 relu_1_7_1_slack_definition 1
 pre_1_7_2 pre_definition_1_7_2 1
 pre_1_7_2 relu_1_7_2_slack_definition 1
 pre_1_8_0 pre_definition_1_8_0 1
 pre_1_8_0 relu_1_8_0_slack_definition 1
 pre_1_8_1 pre_definition_1_8_1 1
 pre_1_8_1 relu_1_8_1_slack_definition 1
 pre_1_8_2 pre_definition_1_8_2 1
 pre_1_8_2 relu_1_8_2_slack_definition 1
 pre_1_9_0 pre_definition_1_9_0 1
 pre_1_9_0 relu_1_9_0_slack_definition 1
 pre_1_9_1 pre_definition_1_9_1 1
 pre_1_9_1 relu_1_9_1_slack_definition 1
 pre_1_9_2 pre_definition_1_9_2 1
 pre_1_9_2 relu_1_9_2_slack_definition 1
 pre_1_10_0 pre_definition_1_10_0 1
 pre_1_10_0 relu_1_10_0_slack_definition 1
 pre_1_10_1 pre_definition_1_10_1 1
 pre_1_10_1 relu_1_10_1_slack_definition 1
 pre_1_10_2 pre_definition_1_10_2 1
 pre_1_10_2 relu_1_10_2_slack_definition 1
 pre_1_11_0 pre_definition_1_11_0 1
 pre_1_11_0 relu_1_11_0_slack_definition 1
 pre_1_11_1 pre_definition_1_11_1 1
 pre_1_11_1 relu_1_11_1_slack_definition 1
 pre_1_11_2 pre_definition_1_11_2 1
 pre_1_11_2 relu_1_11_2_slack_definition 1
 pre_1_12_0 pre_definition_1_12_0 1
 pre_1_12_0 relu_1_12_0_slack_definition 1
 pre_1_12_1 pre_definition_1_12_1 1
 pre_1_12_1 relu_1_12_1_slack_definition 1
 pre_1_12_2 pre_definition_1_12_2 1
 pre_1_12_2 relu_1_12_2_slack_definition 1
 pre_1_13_0 pre_definition_1_13_0 1
 pre_1_13_0 relu_1_13_0_slack_definition 1
 pre_1_13_1 pre_definition_1_13_1 1
 pre_1_13_1 relu_1_13_1_slack_definition 1
 pre_1_13_2 pre_definition_1_13_2 1
 pre_1_13_2 relu_1_13_2_slack_definition 1
 pre_1_14_0 pre_definition_1_14_0 1
 pre_1_14_0 relu_1_14_0_slack_definition 1
 pre_1_14_1 pre_definition_1_14_1 1
 pre_1_14_1 relu_1_14_1_slack_definition 1
 pre_1_14_2 pre_definition_1_14_2 1
 pre_1_14_2 relu_1_14_2_slack_definition 1
 pre_1_15_0 pre_definition_1_15_0 1
 pre_1_15_0 relu_1_15_0_slack_definition 1
 pre_1_15_1 pre_definition_1_15_1 1
 pre_1_15_1 relu_1_15_1_slack_definition 1
 pre_1_15_2 pre_definition_1_15_2 1
 pre_1_15_2 relu_1_15_2_slack_definition 1
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_slack_definition 1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_slack_definition 1
 pre_1_16_2 pre_definition_1_16_2 1
 pre_1_16_2 relu_1_16_2_slack_definition 1
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_slack_definition 1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_slack_definition 1
 pre_1_17_2 pre_definition_1_17_2 1
 pre_1_17_2 relu_1_17_2_slack_definition 1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_slack_definition 1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_slack_definition 1
 pre_1_18_2 pre_definition_1_18_2 1
 pre_1_18_2 relu_1_18_2_slack_definition 1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_slack_definition 1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_slack_definition 1
 pre_1_19_2 pre_definition_1_19_2 1
 pre_1_19_2 relu_1_19_2_slack_definition 1
 pre_1_20_0 pre_definition_1_20_0 1
 pre_1_20_0 relu_1_20_0_slack_definition 1
 pre_1_20_1 pre_definition_1_20_1 1
 pre_1_20_1 relu_1_20_1_slack_definition 1
 pre_1_20_2 pre_definition_1_20_2 1
 pre_1_20_2 relu_1_20_2_slack_definition 1
 pre_1_21_0 pre_definition_1_21_0 1
 pre_1_21_0 relu_1_21_0_slack_definition 1
 pre_1_21_1 pre_definition_1_21_1 1
 pre_1_21_1 relu_1_21_1_slack_definition 1
 pre_1_21_2 pre_definition_1_21_2 1
 pre_1_21_2 relu_1_21_2_slack_definition 1
 pre_1_22_0 pre_definition_1_22_0 1
 pre_1_22_0 relu_1_22_0_slack_definition 1
 pre_1_22_1 pre_definition_1_22_1 1
 pre_1_22_1 relu_1_22_1_slack_definition 1
 pre_1_22_2 pre_definition_1_22_2 1
 pre_1_22_2 relu_1_22_2_slack_definition 1
 pre_1_23_0 pre_definition_1_23_0 1
 pre_1_23_0 relu_1_23_0_slack_definition 1
 pre_1_23_1 pre_definition_1_23_1 1
 pre_1_23_1 relu_1_23_1_slack_definition 1
 pre_1_23_2 pre_definition_1_23_2 1
 pre_1_23_2 relu_1_23_2_slack_definition 1
 pre_1_24_0 pre_definition_1_24_0 1
 pre_1_24_0 relu_1_24_0_slack_definition 1
 pre_1_24_1 pre_definition_1_24_1 1
 pre_1_24_1 relu_1_24_1_slack_definition 1
 pre_1_24_2 pre_definition_1_24_2 1
 pre_1_24_2 relu_1_24_2_slack_definition 1
 pre_1_25_0 pre_definition_1_25_0 1
 pre_1_25_0 relu_1_25_0_slack_definition 1
 pre_1_25_1 pre_definition_1_25_1 1
 pre_1_25_1 relu_1_25_1_slack_definition 1
 pre_1_25_2 pre_definition_1_25_2 1
 pre_1_25_2 relu_1_25_2_slack_definition 1
 pre_1_26_0 pre_definition_1_26_0 1
 pre_1_26_0 relu_1_26_0_slack_definition 1
 pre_1_26_1 pre_definition_1_26_1 1
 pre_1_26_1 relu_1_26_1_slack_definition 1
 pre_1_26_2 pre_definition_1_26_2 1
 pre_1_26_2 relu_1_26_2_slack_definition 1
 pre_1_27_0 pre_definition_1_27_0 1
 pre_1_27_0 relu_1_27_0_slack_definition 1
 pre_1_27_1 pre_definition_1_27_1 1
 pre_1_27_1 relu_1_27_1_slack_definition 1
 pre_1_27_2 pre_definition_1_27_2 1
 pre_1_27_2 relu_1_27_2_slack_definition 1
 pre_1_28_0 pre_definition_1_28_0 1
 pre_1_28_0 relu_1_28_0_slack_definition 1
 pre_1_28_1 pre_definition_1_28_1 1
 pre_1_28_1 relu_1_28_1_slack_definition 1
 pre_1_28_2 pre_definition_1_28_2 1
 pre_1_28_2 relu_1_28_2_slack_definition 1
 pre_1_29_0 pre_definition_1_29_0 1
 pre_1_29_0 relu_1_29_0_slack_definition 1
 pre_1_29_1 pre_definition_1_29_1 1
 pre_1_29_1 relu_1_29_1_slack_definition 1
 pre_1_29_2 pre_definition_1_29_2 1
 pre_1_29_2 relu_1_29_2_slack_definition 1
 pre_1_30_0 pre_definition_1_30_0 1
 pre_1_30_0 relu_1_30_0_slack_definition 1
 pre_1_30_1 pre_definition_1_30_1 1
 pre_1_30_1 relu_1_30_1_slack_definition 1
 pre_1_30_2 pre_definition_1_30_2 1
 pre_1_30_2 relu_1_30_2_slack_definition 1
 pre_1_31_0 pre_definition_1_31_0 1
 pre_1_31_0 relu_1_31_0_slack_definition 1
 pre_1_31_1 pre_definition_1_31_1 1
 pre_1_31_1 relu_1_31_1_slack_definition 1
 pre_1_31_2 pre_definition_1_31_2 1
 pre_1_31_2 relu_1_31_2_slack_definition 1
 pre_1_32_0 pre_definition_1_32_0 1
 pre_1_32_0 relu_1_32_0_slack_definition 1
 pre_1_32_1 pre_definition_1_32_1 1
 pre_1_32_1 relu_1_32_1_slack_definition 1
 pre_1_32_2 pre_definition_1_32_2 1
 pre_1_32_2 relu_1_32_2_slack_definition 1
 pre_1_33_0 pre_definition_1_33_0 1
 pre_1_33_0 relu_1_33_0_slack_definition 1
 pre_1_33_1 pre_definition_1_33_1 1
 pre_1_33_1 relu_1_33_1_slack_definition 1
 pre_1_33_2 pre_definition_1_33_2 1
 pre_1_33_2 relu_1_33_2_slack_definition 1
 pre_1_34_0 pre_definition_1_34_0 1
 pre_1_34_0 relu_1_34_0_slack_definition 1
 pre_1_34_1 pre_definition_1_34_1 1
 pre_1_34_1 relu_1_34_1_slack_definition 1
 pre_1_34_2 pre_definition_1_34_2 1
 pre_1_34_2 relu_1_34_2_slack_definition 1
 pre_1_35_0 pre_definition_1_35_0 1
 pre_1_35_0 relu_1_35_0_slack_definition 1
 pre_1_35_1 pre_definition_1_35_1 1
 pre_1_35_1 relu_1_35_1_slack_definition 1
 pre_1_35_2 pre_definition_1_35_2 1
 pre_1_35_2 relu_1_35_2_slack_definition 1
 pre_1_36_0 pre_definition_1_36_0 1
 pre_1_36_0 relu_1_36_0_slack_definition 1
 pre_1_36_1 pre_definition_1_36_1 1
 pre_1_36_1 relu_1_36_1_slack_definition 1
 pre_1_36_2 pre_definition_1_36_2 1
 pre_1_36_2 relu_1_36_2_slack_definition 1
 pre_1_37_0 pre_definition_1_37_0 1
 pre_1_37_0 relu_1_37_0_slack_definition 1
 pre_1_37_1 pre_definition_1_37_1 1
 pre_1_37_1 relu_1_37_1_slack_definition 1
 pre_1_37_2 pre_definition_1_37_2 1
 pre_1_37_2 relu_1_37_2_slack_definition 1
 pre_1_38_0 pre_definition_1_38_0 1
 pre_1_38_0 relu_1_38_0_slack_definition 1
 pre_1_38_1 pre_definition_1_38_1 1
 pre_1_38_1 relu_1_38_1_slack_definition 1
 pre_1_38_2 pre_definition_1_38_2 1
 pre_1_38_2 relu_1_38_2_slack_definition 1
 pre_1_39_0 pre_definition_1_39_0 1
 pre_1_39_0 relu_1_39_0_slack_definition 1
 pre_1_39_1 pre_definition_1_39_1 1
 pre_1_39_1 relu_1_39_1_slack_definition 1
 pre_1_39_2 pre_definition_1_39_2 1
 pre_1_39_2 relu_1_39_2_slack_definition 1
 pre_1_40_0 pre_definition_1_40_0 1
 pre_1_40_0 relu_1_40_0_slack_definition 1
 pre_1_40_1 pre_definition_1_40_1 1
 pre_1_40_1 relu_1_40_1_slack_definition 1
 pre_1_40_2 pre_definition_1_40_2 1
 pre_1_40_2 relu_1_40_2_slack_definition 1
 pre_1_41_0 pre_definition_1_41_0 1
 pre_1_41_0 relu_1_41_0_slack_definition 1
 pre_1_41_1 pre_definition_1_41_1 1
 pre_1_41_1 relu_1_41_1_slack_definition 1
 pre_1_41_2 pre_definition_1_41_2 1
 pre_1_41_2 relu_1_41_2_slack_definition 1
 pre_1_42_0 pre_definition_1_42_0 1
 pre_1_42_0 relu_1_42_0_slack_definition 1
 pre_1_42_1 pre_definition_1_42_1 1
 pre_1_42_1 relu_1_42_1_slack_definition 1
 pre_1_42_2 pre_definition_1_42_2 1
 pre_1_42_2 relu_1_42_2_slack_definition 1
 pre_1_43_0 pre_definition_1_43_0 1
 pre_1_43_0 relu_1_43_0_slack_definition 1
 pre_1_43_1 pre_definition_1_43_1 1
 pre_1_43_1 relu_1_43_1_slack_definition 1
 pre_1_43_2 pre_definition_1_43_2 1
 pre_1_43_2 relu_1_43_2_slack_definition 1
 pre_1_44_0 pre_definition_1_44_0 1
 pre_1_44_0 relu_1_44_0_slack_definition 1
 pre_1_44_1 pre_definition_1_44_1 1
 pre_1_44_1 relu_1_44_1_slack_definition 1
 pre_1_44_2 pre_definition_1_44_2 1
 pre_1_44_2 relu_1_44_2_slack_definition 1
 pre_1_45_0 pre_definition_1_45_0 1
 pre_1_45_0 relu_1_45_0_slack_definition 1
 pre_1_45_1 pre_definition_1_45_1 1
 pre_1_45_1 relu_1_45_1_slack_definition 1
 pre_1_45_2 pre_definition_1_45_2 1
 pre_1_45_2 relu_1_45_2_slack_definition 1
 pre_1_46_0 pre_definition_1_46_0 1
 pre_1_46_0 relu_1_46_0_slack_definition 1
 pre_1_46_1 pre_definition_1_46_1 1
 pre_1_46_1 relu_1_46_1_slack_definition 1
 pre_1_46_2 pre_definition_1_46_2 1
 pre_1_46_2 relu_1_46_2_slack_definition 1
 pre_1_47_0 pre_definition_1_47_0 1
 pre_1_47_0 relu_1_47_0_slack_definition 1
 pre_1_47_1 pre_definition_1_47_1 1
 pre_1_47_1 relu_1_47_1_slack_definition 1
 pre_1_47_2 pre_definition_1_47_2 1
 pre_1_47_2 relu_1_47_2_slack_definition 1
 post_1_0_0 relu_1_0_0_slack_definition -1
 post_1_0_1 relu_1_0_1_slack_definition -1
 post_1_0_2 relu_1_0_2_slack_definition -1
 post_1_1_0 relu_1_1_0_slack_definition -1
 post_1_1_1 relu_1_1_1_slack_definition -1
 post_1_1_2 relu_1_1_2_slack_definition -1
 post_1_2_0 relu_1_2_0_slack_definition -1
 post_1_2_1 relu_1_2_1_slack_definition -1
 post_1_2_2 relu_1_2_2_slack_definition -1
 post_1_3_0 relu_1_3_0_slack_definition -1
 post_1_3_1 relu_1_3_1_slack_definition -1
 post_1_3_2 relu_1_3_2_slack_definition -1
 post_1_4_0 relu_1_4_0_slack_definition -1
 post_1_4_1 relu_1_4_1_slack_definition -1
 post_1_4_2 relu_1_4_2_slack_definition -1
 post_1_5_0 relu_1_5_0_slack_definition -1
 post_1_5_1 relu_1_5_1_slack_definition -1
 post_1_5_2 relu_1_5_2_slack_definition -1
 post_1_6_0 relu_1_6_0_slack_definition -1
 post_1_6_1 relu_1_6_1_slack_definition -1
 post_1_6_2 relu_1_6_2_slack_definition -1
 post_1_7_0 relu_1_7_0_slack_definition -1
 post_1_7_1 relu_1_7_1_slack_definition -1
 post_1_7_2 relu_1_7_2_slack_definition -1
 post_1_8_0 relu_1_8_0_slack_definition -1
 post_1_8_1 relu_1_8_1_slack_definition -1
 post_1_8_2 relu_1_8_2_slack_definition -1
 post_1_9_0 relu_1_9_0_slack_definition -1
 post_1_9_1 relu_1_9_1_slack_definition -1
 post_1_9_2 relu_1_9_2_slack_definition -1
 post_1_10_0 relu_1_10_0_slack_definition -1
 post_1_10_1 relu_1_10_1_slack_definition -1
 post_1_10_2 relu_1_10_2_slack_definition -1
 post_1_11_0 relu_1_11_0_slack_definition -1
 post_1_11_1 relu_1_11_1_slack_definition -1
 post_1_11_2 relu_1_11_2_slack_definition -1
 post_1_12_0 relu_1_12_0_slack_definition -1
 post_1_12_1 relu_1_12_1_slack_definition -1
 post_1_12_2 relu_1_12_2_slack_definition -1
 post_1_13_0 relu_1_13_0_slack_definition -1
 post_1_13_1 relu_1_13_1_slack_definition -1
 post_1_13_2 relu_1_13_2_slack_definition -1
 post_1_14_0 relu_1_14_0_slack_definition -1
 post_1_14_1 relu_1_14_1_slack_definition -1
 post_1_14_2 relu_1_14_2_slack_definition -1
 post_1_15_0 relu_1_15_0_slack_definition -1
 post_1_15_1 relu_1_15_1_slack_definition -1
 post_1_15_2 relu_1_15_2_slack_definition -1
 post_1_16_0 relu_1_16_0_slack_definition -1
 post_1_16_1 relu_1_16_1_slack_definition -1
 post_1_16_2 relu_1_16_2_slack_definition -1
 post_1_17_0 relu_1_17_0_slack_definition -1
 post_1_17_1 relu_1_17_1_slack_definition -1
 post_1_17_2 relu_1_17_2_slack_definition -1
 post_1_18_0 relu_1_18_0_slack_definition -1
 post_1_18_1 relu_1_18_1_slack_definition -1
 post_1_18_2 relu_1_18_2_slack_definition -1
 post_1_19_0 relu_1_19_0_slack_definition -1
 post_1_19_1 relu_1_19_1_slack_definition -1
 post_1_19_2 relu_1_19_2_slack_definition -1
 post_1_20_0 relu_1_20_0_slack_definition -1
 post_1_20_1 relu_1_20_1_slack_definition -1
 post_1_20_2 relu_1_20_2_slack_definition -1
 post_1_21_0 relu_1_21_0_slack_definition -1
 post_1_21_1 relu_1_21_1_slack_definition -1
 post_1_21_2 relu_1_21_2_slack_definition -1
 post_1_22_0 relu_1_22_0_slack_definition -1
 post_1_22_1 relu_1_22_1_slack_definition -1
 post_1_22_2 relu_1_22_2_slack_definition -1
 post_1_23_0 relu_1_23_0_slack_definition -1
 post_1_23_1 relu_1_23_1_slack_definition -1
 post_1_23_2 relu_1_23_2_slack_definition -1
 post_1_24_0 relu_1_24_0_slack_definition -1
 post_1_24_1 relu_1_24_1_slack_definition -1
 post_1_24_2 relu_1_24_2_slack_definition -1
 post_1_25_0 relu_1_25_0_slack_definition -1
 post_1_25_1 relu_1_25_1_slack_definition -1
 post_1_25_2 relu_1_25_2_slack_definition -1
 post_1_26_0 relu_1_26_0_slack_definition -1
 post_1_26_1 relu_1_26_1_slack_definition -1
 post_1_26_2 relu_1_26_2_slack_definition -1
 post_1_27_0 relu_1_27_0_slack_definition -1
 post_1_27_1 relu_1_27_1_slack_definition -1
 post_1_27_2 relu_1_27_2_slack_definition -1
 post_1_28_0 relu_1_28_0_slack_definition -1
 post_1_28_1 relu_1_28_1_slack_definition -1
 post_1_28_2 relu_1_28_2_slack_definition -1
 post_1_29_0 relu_1_29_0_slack_definition -1
 post_1_29_1 relu_1_29_1_slack_definition -1
 post_1_29_2 relu_1_29_2_slack_definition -1
 post_1_30_0 relu_1_30_0_slack_definition -1
 post_1_30_1 relu_1_30_1_slack_definition -1
 post_1_30_2 relu_1_30_2_slack_definition -1
 post_1_31_0 relu_1_31_0_slack_definition -1
 post_1_31_1 relu_1_31_1_slack_definition -1
 post_1_31_2 relu_1_31_2_slack_definition -1
 post_1_32_0 relu_1_32_0_slack_definition -1
 post_1_32_1 relu_1_32_1_slack_definition -1
 post_1_32_2 relu_1_32_2_slack_definition -1
 post_1_33_0 relu_1_33_0_slack_definition -1
 post_1_33_1 relu_1_33_1_slack_definition -1
 post_1_33_2 relu_1_33_2_slack_definition -1
 post_1_34_0 relu_1_34_0_slack_definition -1
 post_1_34_1 relu_1_34_1_slack_definition -1
 post_1_34_2 relu_1_34_2_slack_definition -1
 post_1_35_0 relu_1_35_0_slack_definition -1
 post_1_35_1 relu_1_35_1_slack_definition -1
 post_1_35_2 relu_1_35_2_slack_definition -1
 post_1_36_0 relu_1_36_0_slack_definition -1
 post_1_36_1 relu_1_36_1_slack_definition -1
 post_1_36_2 relu_1_36_2_slack_definition -1
 post_1_37_0 relu_1_37_0_slack_definition -1
 post_1_37_1 relu_1_37_1_slack_definition -1
 post_1_37_2 relu_1_37_2_slack_definition -1
 post_1_38_0 relu_1_38_0_slack_definition -1
 post_1_38_1 relu_1_38_1_slack_definition -1
 post_1_38_2 relu_1_38_2_slack_definition -1
 post_1_39_0 relu_1_39_0_slack_definition -1
 post_1_39_1 relu_1_39_1_slack_definition -1
 post_1_39_2 relu_1_39_2_slack_definition -1
 post_1_40_0 relu_1_40_0_slack_definition -1
 post_1_40_1 relu_1_40_1_slack_definition -1
 post_1_40_2 relu_1_40_2_slack_definition -1
 post_1_41_0 relu_1_41_0_slack_definition -1
 post_1_41_1 relu_1_41_1_slack_definition -1
 post_1_41_2 relu_1_41_2_slack_definition -1
 post_1_42_0 relu_1_42_0_slack_definition -1
 post_1_42_1 relu_1_42_1_slack_definition -1
 post_1_42_2 relu_1_42_2_slack_definition -1
 post_1_43_0 relu_1_43_0_slack_definition -1
 post_1_43_1 relu_1_43_1_slack_definition -1
 post_1_43_2 relu_1_43_2_slack_definition -1
 post_1_44_0 relu_1_44_0_slack_definition -1
 post_1_44_1 relu_1_44_1_slack_definition -1
 post_1_44_2 relu_1_44_2_slack_definition -1
 post_1_45_0 relu_1_45_0_slack_definition -1
 post_1_45_1 relu_1_45_1_slack_definition -1
 post_1_45_2 relu_1_45_2_slack_definition -1
 post_1_46_0 relu_1_46_0_slack_definition -1
 post_1_46_1 relu_1_46_1_slack_definition -1
 post_1_46_2 relu_1_46_2_slack_definition -1
 post_1_47_0 relu_1_47_0_slack_definition -1
 post_1_47_1 relu_1_47_1_slack_definition -1
 post_1_47_2 relu_1_47_2_slack_definition -1
 out_0_0 obj -2.6545717713824035
 out_0_0 out_definition_0_0 1
 out_1_0 obj -0.8667313260223538
 out_1_0 out_definition_1_0 1
 out_2_0 obj -3.2116297798100386
 out_2_0 out_definition_2_0 1
 out_3_0 obj -4.278328055394707
 out_3_0 out_definition_3_0 1
 out_4_0 obj -2.486057754590653
 out_4_0 out_definition_4_0 1
 out_5_0 obj -0.8217281558766389
 out_5_0 out_definition_5_0 1
 out_6_0 obj 0.046395233852005904
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.1193917418704552
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.3231458928347486
 out_8_0 out_definition_8_0 1
 out_9_0 obj -4.292984980293711
 out_9_0 out_definition_9_0 1
 out_10_0 obj -1.3118257987143402
 out_10_0 out_definition_10_0 1
 out_11_0 obj -2.866000498231644
 out_11_0 out_definition_11_0 1
 out_12_0 obj 0.8601892402101066
 out_12_0 out_definition_12_0 1
 out_13_0 obj -2.3890807779041383
 out_13_0 out_definition_13_0 1
 out_14_0 obj -2.372107535735497
 out_14_0 out_definition_14_0 1
 out_15_0 obj -3.0557523582228074
 out_15_0 out_definition_15_0 1
 out_16_0 obj -2.415669741980031
 out_16_0 out_definition_16_0 1
 out_17_0 obj -3.868357485464237
 out_17_0 out_definition_17_0 1
 out_18_0 obj 0.44153187590198917
 out_18_0 out_definition_18_0 1
 out_19_0 obj -0.6494046829343197
 out_19_0 out_definition_19_0 1
 out_20_0 obj -3.6985576159821636
 out_20_0 out_definition_20_0 1
 out_21_0 obj -2.9457203778751424
 out_21_0 out_definition_21_0 1
 out_22_0 obj -2.8320552933739136
 out_22_0 out_definition_22_0 1
 out_23_0 obj -3.1703348015335098
 out_23_0 out_definition_23_0 1
 out_24_0 obj -4.502043721132246
 out_24_0 out_definition_24_0 1
 out_25_0 obj -3.157088231215124
 out_25_0 out_definition_25_0 1
 out_26_0 obj -3.6258729199744675
 out_26_0 out_definition_26_0 1
 out_27_0 obj -1.6031622974602697
 out_27_0 out_definition_27_0 1
 out_28_0 obj -2.817590282291485
 out_28_0 out_definition_28_0 1
 out_29_0 obj -1.5416268455833315
 out_29_0 out_definition_29_0 1
 out_30_0 obj -1.1581438915911908
 out_30_0 out_definition_30_0 1
 out_31_0 obj -1.1414493011925206
 out_31_0 out_definition_31_0 1
 out_32_0 obj 1.082769314853436
 out_32_0 out_definition_32_0 1
 out_33_0 obj -0.6200851973475748
 out_33_0 out_definition_33_0 1
 out_34_0 obj -2.086972450807233
 out_34_0 out_definition_34_0 1
 out_35_0 obj -1.8041419925365847
 out_35_0 out_definition_35_0 1
 out_36_0 obj -0.311150936330829
 out_36_0 out_definition_36_0 1
 out_37_0 obj -3.4121344136024634
 out_37_0 out_definition_37_0 1
 out_38_0 obj 0.7901580236833646
 out_38_0 out_definition_38_0 1
 out_39_0 obj -3.324419462890082
 out_39_0 out_definition_39_0 1
 out_40_0 obj 1.25228453443972
 out_40_0 out_definition_40_0 1
 out_41_0 obj -2.8565974828499727
 out_41_0 out_definition_41_0 1
 out_42_0 obj 0.7895512710634888
 out_42_0 out_definition_42_0 1
 out_43_0 obj -1.1711221482939655
 out_43_0 out_definition_43_0 1
 out_44_0 obj -1.411591481174123
 out_44_0 out_definition_44_0 1
 out_45_0 obj -2.117113792373134
 out_45_0 out_definition_45_0 1
 out_46_0 obj -2.374372673719489
 out_46_0 out_definition_46_0 1
 out_47_0 obj -3.6484694818676235
 out_47_0 out_definition_47_0 1
 relu_1_0_0_slack relu_1_0_0_slack_definition 1
 relu_1_0_1_slack relu_1_0_1_slack_definition 1
 relu_1_0_2_slack relu_1_0_2_slack_definition 1
 relu_1_1_0_slack relu_1_1_0_slack_definition 1
 relu_1_1_1_slack relu_1_1_1_slack_definition 1
 relu_1_1_2_slack relu_1_1_2_slack_definition 1
 relu_1_2_0_slack relu_1_2_0_slack_definition 1
 relu_1_2_1_slack relu_1_2_1_slack_definition 1
 relu_1_2_2_slack relu_1_2_2_slack_definition 1
 relu_1_3_0_slack relu_1_3_0_slack_definition 1
 relu_1_3_1_slack relu_1_3_1_slack_definition 1
 relu_1_3_2_slack relu_1_3_2_slack_definition 1
 relu_1_4_0_slack relu_1_4_0_slack_definition 1
 relu_1_4_1_slack relu_1_4_1_slack_definition 1
 relu_1_4_2_slack relu_1_4_2_slack_definition 1
 relu_1_5_0_slack relu_1_5_0_slack_definition 1
 relu_1_5_1_slack relu_1_5_1_slack_definition 1
 relu_1_5_2_slack relu_1_5_2_slack_definition 1
 relu_1_6_0_slack relu_1_6_0_slack_definition 1
 relu_1_6_1_slack relu_1_6_1_slack_definition 1
 relu_1_6_2_slack relu_1_6_2_slack_definition 1
 relu_1_7_0_slack relu_1_7_0_slack_definition 1
 relu_1_7_1_slack relu_1_7_1_slack_definition 1
 relu_1_7_2_slack relu_1_7_2_slack_definition 1
 relu_1_8_0_slack relu_1_8_0_slack_definition 1
 relu_1_8_1_slack relu_1_8_1_slack_definition 1
 relu_1_8_2_slack relu_1_8_2_slack_definition 1
 relu_1_9_0_slack relu_1_9_0_slack_definition 1
 relu_1_9_1_slack relu_1_9_1_slack_definition 1
 relu_1_9_2_slack relu_1_9_2_slack_definition 1
 relu_1_10_0_slack relu_1_10_0_slack_definition 1
 relu_1_10_1_slack relu_1_10_1_slack_definition 1
 relu_1_10_2_slack relu_1_10_2_slack_definition 1
 relu_1_11_0_slack relu_1_11_0_slack_definition 1
 relu_1_11_1_slack relu_1_11_1_slack_definition 1
 relu_1_11_2_slack relu_1_11_2_slack_definition 1
 relu_1_12_0_slack relu_1_12_0_slack_definition 1
 relu_1_12_1_slack relu_1_12_1_slack_definition 1
 relu_1_12_2_slack relu_1_12_2_slack_definition 1
 relu_1_13_0_slack relu_1_13_0_slack_definition 1
 relu_1_13_1_slack relu_1_13_1_slack_definition 1
 relu_1_13_2_slack relu_1_13_2_slack_definition 1
 relu_1_14_0_slack relu_1_14_0_slack_definition 1
 relu_1_14_1_slack relu_1_14_1_slack_definition 1
 relu_1_14_2_slack relu_1_14_2_slack_definition 1
 relu_1_15_0_slack relu_1_15_0_slack_definition 1
 relu_1_15_1_slack relu_1_15_1_slack_definition 1
 relu_1_15_2_slack relu_1_15_2_slack_definition 1
 relu_1_16_0_slack relu_1_16_0_slack_definition 1
 relu_1_16_1_slack relu_1_16_1_slack_definition 1
 relu_1_16_2_slack relu_1_16_2_slack_definition 1
 relu_1_17_0_slack relu_1_17_0_slack_definition 1
 relu_1_17_1_slack relu_1_17_1_slack_definition 1
 relu_1_17_2_slack relu_1_17_2_slack_definition 1
 relu_1_18_0_slack relu_1_18_0_slack_definition 1
 relu_1_18_1_slack relu_1_18_1_slack_definition 1
 relu_1_18_2_slack relu_1_18_2_slack_definition 1
 relu_1_19_0_slack relu_1_19_0_slack_definition 1
 relu_1_19_1_slack relu_1_19_1_slack_definition 1
 relu_1_19_2_slack relu_1_19_2_slack_definition 1
 relu_1_20_0_slack relu_1_20_0_slack_definition 1
 relu_1_20_1_slack relu_1_20_1_slack_definition 1
 relu_1_20_2_slack relu_1_20_2_slack_definition 1
 relu_1_21_0_slack relu_1_21_0_slack_definition 1
 relu_1_21_1_slack relu_1_21_1_slack_definition 1
 relu_1_21_2_slack relu_1_21_2_slack_definition 1
 relu_1_22_0_slack relu_1_22_0_slack_definition 1
 relu_1_22_1_slack relu_1_22_1_slack_definition 1
 relu_1_22_2_slack relu_1_22_2_slack_definition 1
 relu_1_23_0_slack relu_1_23_0_slack_definition 1
 relu_1_23_1_slack relu_1_23_1_slack_definition 1
 relu_1_23_2_slack relu_1_23_2_slack_definition 1
 relu_1_24_0_slack relu_1_24_0_slack_definition 1
 relu_1_24_1_slack relu_1_24_1_slack_definition 1
 relu_1_24_2_slack relu_1_24_2_slack_definition 1
 relu_1_25_0_slack relu_1_25_0_slack_definition 1
 relu_1_25_1_slack relu_1_25_1_slack_definition 1
 relu_1_25_2_slack relu_1_25_2_slack_definition 1
 relu_1_26_0_slack relu_1_26_0_slack_definition 1
 relu_1_26_1_slack relu_1_26_1_slack_definition 1
 relu_1_26_2_slack relu_1_26_2_slack_definition 1
 relu_1_27_0_slack relu_1_27_0_slack_definition 1
 relu_1_27_1_slack relu_1_27_1_slack_definition 1
 relu_1_27_2_slack relu_1_27_2_slack_definition 1
 relu_1_28_0_slack relu_1_28_0_slack_definition 1
 relu_1_28_1_slack relu_1_28_1_slack_definition 1
 relu_1_28_2_slack relu_1_28_2_slack_definition 1
 relu_1_29_0_slack relu_1_29_0_slack_definition 1
 relu_1_29_1_slack relu_1_29_1_slack_definition 1
 relu_1_29_2_slack relu_1_29_2_slack_definition 1
 relu_1_30_0_slack relu_1_30_0_slack_definition 1
 relu_1_30_1_slack relu_1_30_1_slack_definition 1
 relu_1_30_2_slack relu_1_30_2_slack_definition 1
 relu_1_31_0_slack relu_1_31_0_slack_definition 1
 relu_1_31_1_slack relu_1_31_1_slack_definition 1
 relu_1_31_2_slack relu_1_31_2_slack_definition 1
 relu_1_32_0_slack relu_1_32_0_slack_definition 1
 relu_1_32_1_slack relu_1_32_1_slack_definition 1
 relu_1_32_2_slack relu_1_32_2_slack_definition 1
 relu_1_33_0_slack relu_1_33_0_slack_definition 1
 relu_1_33_1_slack relu_1_33_1_slack_definition 1
 relu_1_33_2_slack relu_1_33_2_slack_definition 1
 relu_1_34_0_slack relu_1_34_0_slack_definition 1
 relu_1_34_1_slack relu_1_34_1_slack_definition 1
 relu_1_34_2_slack relu_1_34_2_slack_definition 1
 relu_1_35_0_slack relu_1_35_0_slack_definition 1
 relu_1_35_1_slack relu_1_35_1_slack_definition 1
 relu_1_35_2_slack relu_1_35_2_slack_definition 1
 relu_1_36_0_slack relu_1_36_0_slack_definition 1
 relu_1_36_1_slack relu_1_36_1_slack_definition 1
 relu_1_36_2_slack relu_1_36_2_slack_definition 1
 relu_1_37_0_slack relu_1_37_0_slack_definition 1
 relu_1_37_1_slack relu_1_37_1_slack_definition 1
 relu_1_37_2_slack relu_1_37_2_slack_definition 1
 relu_1_38_0_slack relu_1_38_0_slack_definition 1
 relu_1_38_1_slack relu_1_38_1_slack_definition 1
 relu_1_38_2_slack relu_1_38_2_slack_definition 1
 relu_1_39_0_slack relu_1_39_0_slack_definition 1
 relu_1_39_1_slack relu_1_39_1_slack_definition 1
 relu_1_39_2_slack relu_1_39_2_slack_definition 1
 relu_1_40_0_slack relu_1_40_0_slack_definition 1
 relu_1_40_1_slack relu_1_40_1_slack_definition 1
 relu_1_40_2_slack relu_1_40_2_slack_definition 1
 relu_1_41_0_slack relu_1_41_0_slack_definition 1
 relu_1_41_1_slack relu_1_41_1_slack_definition 1
 relu_1_41_2_slack relu_1_41_2_slack_definition 1
 relu_1_42_0_slack relu_1_42_0_slack_definition 1
 relu_1_42_1_slack relu_1_42_1_slack_definition 1
 relu_1_42_2_slack relu_1_42_2_slack_definition 1
 relu_1_43_0_slack relu_1_43_0_slack_definition 1
 relu_1_43_1_slack relu_1_43_1_slack_definition 1
 relu_1_43_2_slack relu_1_43_2_slack_definition 1
 relu_1_44_0_slack relu_1_44_0_slack_definition 1
 relu_1_44_1_slack relu_1_44_1_slack_definition 1
 relu_1_44_2_slack relu_1_44_2_slack_definition 1
 relu_1_45_0_slack relu_1_45_0_slack_definition 1
 relu_1_45_1_slack relu_1_45_1_slack_definition 1
 relu_1_45_2_slack relu_1_45_2_slack_definition 1
 relu_1_46_0_slack relu_1_46_0_slack_definition 1
 relu_1_46_1_slack relu_1_46_1_slack_definition 1
 relu_1_46_2_slack relu_1_46_2_slack_definition 1
 relu_1_47_0_slack relu_1_47_0_slack_definition 1
 relu_1_47_1_slack relu_1_47_1_slack_definition 1
 relu_1_47_2_slack relu_1_47_2_slack_definition 1
RHS
 rhs obj -70.91414714837002
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
 LO bnd pre_1_16_0 -6.978700550828476
 UP bnd pre_1_16_0 6.978700550828476
 LO bnd pre_1_16_1 -6.978700550828476
 UP bnd pre_1_16_1 6.978700550828476
 LO bnd pre_1_16_2 -6.978700550828476
 UP bnd pre_1_16_2 6.978700550828476
 LO bnd pre_1_17_0 -6.235030806621945
 UP bnd pre_1_17_0 6.235030806621945
 LO bnd pre_1_17_1 -6.235030806621945
 UP bnd pre_1_17_1 6.235030806621945
 LO bnd pre_1_17_2 -6.235030806621945
 UP bnd pre_1_17_2 6.235030806621945
 LO bnd pre_1_18_0 -6.718454730852487
 UP bnd pre_1_18_0 6.718454730852487
 LO bnd pre_1_18_1 -6.718454730852487
 UP bnd pre_1_18_1 6.718454730852487
 LO bnd pre_1_18_2 -6.718454730852487
 UP bnd pre_1_18_2 6.718454730852487
 LO bnd pre_1_19_0 -6.8226887269065095
 UP bnd pre_1_19_0 6.8226887269065095
 LO bnd pre_1_19_1 -6.8226887269065095
 UP bnd pre_1_19_1 6.8226887269065095
 LO bnd pre_1_19_2 -6.8226887269065095
 UP bnd pre_1_19_2 6.8226887269065095
 LO bnd pre_1_20_0 -6.631889427894872
 UP bnd pre_1_20_0 6.631889427894872
 LO bnd pre_1_20_1 -6.631889427894872
 UP bnd pre_1_20_1 6.631889427894872
 LO bnd pre_1_20_2 -6.631889427894872
 UP bnd pre_1_20_2 6.631889427894872
 LO bnd pre_1_21_0 -5.396286998735244
 UP bnd pre_1_21_0 5.396286998735244
 LO bnd pre_1_21_1 -5.396286998735244
 UP bnd pre_1_21_1 5.396286998735244
 LO bnd pre_1_21_2 -5.396286998735244
 UP bnd pre_1_21_2 5.396286998735244
 LO bnd pre_1_22_0 -6.394092367761281
 UP bnd pre_1_22_0 6.394092367761281
 LO bnd pre_1_22_1 -6.394092367761281
 UP bnd pre_1_22_1 6.394092367761281
 LO bnd pre_1_22_2 -6.394092367761281
 UP bnd pre_1_22_2 6.394092367761281
 LO bnd pre_1_23_0 -6.260561154684373
 UP bnd pre_1_23_0 6.260561154684373
 LO bnd pre_1_23_1 -6.260561154684373
 UP bnd pre_1_23_1 6.260561154684373
 LO bnd pre_1_23_2 -6.260561154684373
 UP bnd pre_1_23_2 6.260561154684373
 LO bnd pre_1_24_0 -7.264403459229737
 UP bnd pre_1_24_0 7.264403459229737
 LO bnd pre_1_24_1 -7.264403459229737
 UP bnd pre_1_24_1 7.264403459229737
 LO bnd pre_1_24_2 -7.264403459229737
 UP bnd pre_1_24_2 7.264403459229737
 LO bnd pre_1_25_0 -4.689817519007568
 UP bnd pre_1_25_0 4.689817519007568
 LO bnd pre_1_25_1 -4.689817519007568
 UP bnd pre_1_25_1 4.689817519007568
 LO bnd pre_1_25_2 -4.689817519007568
 UP bnd pre_1_25_2 4.689817519007568
 LO bnd pre_1_26_0 -5.834876603928876
 UP bnd pre_1_26_0 5.834876603928876
 LO bnd pre_1_26_1 -5.834876603928876
 UP bnd pre_1_26_1 5.834876603928876
 LO bnd pre_1_26_2 -5.834876603928876
 UP bnd pre_1_26_2 5.834876603928876
 LO bnd pre_1_27_0 -6.462017653570015
 UP bnd pre_1_27_0 6.462017653570015
 LO bnd pre_1_27_1 -6.462017653570015
 UP bnd pre_1_27_1 6.462017653570015
 LO bnd pre_1_27_2 -6.462017653570015
 UP bnd pre_1_27_2 6.462017653570015
 LO bnd pre_1_28_0 -6.141677231816878
 UP bnd pre_1_28_0 6.141677231816878
 LO bnd pre_1_28_1 -6.141677231816878
 UP bnd pre_1_28_1 6.141677231816878
 LO bnd pre_1_28_2 -6.141677231816878
 UP bnd pre_1_28_2 6.141677231816878
 LO bnd pre_1_29_0 -5.920664390112501
 UP bnd pre_1_29_0 5.920664390112501
 LO bnd pre_1_29_1 -5.920664390112501
 UP bnd pre_1_29_1 5.920664390112501
 LO bnd pre_1_29_2 -5.920664390112501
 UP bnd pre_1_29_2 5.920664390112501
 LO bnd pre_1_30_0 -5.728168080018541
 UP bnd pre_1_30_0 5.728168080018541
 LO bnd pre_1_30_1 -5.728168080018541
 UP bnd pre_1_30_1 5.728168080018541
 LO bnd pre_1_30_2 -5.728168080018541
 UP bnd pre_1_30_2 5.728168080018541
 LO bnd pre_1_31_0 -4.169908962997813
 UP bnd pre_1_31_0 4.169908962997813
 LO bnd pre_1_31_1 -4.169908962997813
 UP bnd pre_1_31_1 4.169908962997813
 LO bnd pre_1_31_2 -4.169908962997813
 UP bnd pre_1_31_2 4.169908962997813
 LO bnd pre_1_32_0 -8.664241081038536
 UP bnd pre_1_32_0 8.664241081038536
 LO bnd pre_1_32_1 -8.664241081038536
 UP bnd pre_1_32_1 8.664241081038536
 LO bnd pre_1_32_2 -8.664241081038536
 UP bnd pre_1_32_2 8.664241081038536
 LO bnd pre_1_33_0 -4.786102235995172
 UP bnd pre_1_33_0 4.786102235995172
 LO bnd pre_1_33_1 -4.786102235995172
 UP bnd pre_1_33_1 4.786102235995172
 LO bnd pre_1_33_2 -4.786102235995172
 UP bnd pre_1_33_2 4.786102235995172
 LO bnd pre_1_34_0 -3.1913367882549086
 UP bnd pre_1_34_0 3.1913367882549086
 LO bnd pre_1_34_1 -3.1913367882549086
 UP bnd pre_1_34_1 3.1913367882549086
 LO bnd pre_1_34_2 -3.1913367882549086
 UP bnd pre_1_34_2 3.1913367882549086
 LO bnd pre_1_35_0 -5.22677910814882
 UP bnd pre_1_35_0 5.22677910814882
 LO bnd pre_1_35_1 -5.22677910814882
 UP bnd pre_1_35_1 5.22677910814882
 LO bnd pre_1_35_2 -5.22677910814882
 UP bnd pre_1_35_2 5.22677910814882
 LO bnd pre_1_36_0 -5.673758698670875
 UP bnd pre_1_36_0 5.673758698670875
 LO bnd pre_1_36_1 -5.673758698670875
 UP bnd pre_1_36_1 5.673758698670875
 LO bnd pre_1_36_2 -5.673758698670875
 UP bnd pre_1_36_2 5.673758698670875
 LO bnd pre_1_37_0 -7.902762319994838
 UP bnd pre_1_37_0 7.902762319994838
 LO bnd pre_1_37_1 -7.902762319994838
 UP bnd pre_1_37_1 7.902762319994838
 LO bnd pre_1_37_2 -7.902762319994838
 UP bnd pre_1_37_2 7.902762319994838
 LO bnd pre_1_38_0 -6.938634274205215
 UP bnd pre_1_38_0 6.938634274205215
 LO bnd pre_1_38_1 -6.938634274205215
 UP bnd pre_1_38_1 6.938634274205215
 LO bnd pre_1_38_2 -6.938634274205215
 UP bnd pre_1_38_2 6.938634274205215
 LO bnd pre_1_39_0 -8.719319309755662
 UP bnd pre_1_39_0 8.719319309755662
 LO bnd pre_1_39_1 -8.719319309755662
 UP bnd pre_1_39_1 8.719319309755662
 LO bnd pre_1_39_2 -8.719319309755662
 UP bnd pre_1_39_2 8.719319309755662
 LO bnd pre_1_40_0 -8.069010781871519
 UP bnd pre_1_40_0 8.069010781871519
 LO bnd pre_1_40_1 -8.069010781871519
 UP bnd pre_1_40_1 8.069010781871519
 LO bnd pre_1_40_2 -8.069010781871519
 UP bnd pre_1_40_2 8.069010781871519
 LO bnd pre_1_41_0 -7.8506770042707945
 UP bnd pre_1_41_0 7.8506770042707945
 LO bnd pre_1_41_1 -7.8506770042707945
 UP bnd pre_1_41_1 7.8506770042707945
 LO bnd pre_1_41_2 -7.8506770042707945
 UP bnd pre_1_41_2 7.8506770042707945
 LO bnd pre_1_42_0 -8.175386217260854
 UP bnd pre_1_42_0 8.175386217260854
 LO bnd pre_1_42_1 -8.175386217260854
 UP bnd pre_1_42_1 8.175386217260854
 LO bnd pre_1_42_2 -8.175386217260854
 UP bnd pre_1_42_2 8.175386217260854
 LO bnd pre_1_43_0 -5.054315422411429
 UP bnd pre_1_43_0 5.054315422411429
 LO bnd pre_1_43_1 -5.054315422411429
 UP bnd pre_1_43_1 5.054315422411429
 LO bnd pre_1_43_2 -5.054315422411429
 UP bnd pre_1_43_2 5.054315422411429
 LO bnd pre_1_44_0 -6.417045954474024
 UP bnd pre_1_44_0 6.417045954474024
 LO bnd pre_1_44_1 -6.417045954474024
 UP bnd pre_1_44_1 6.417045954474024
 LO bnd pre_1_44_2 -6.417045954474024
 UP bnd pre_1_44_2 6.417045954474024
 LO bnd pre_1_45_0 -6.944399324947062
 UP bnd pre_1_45_0 6.944399324947062
 LO bnd pre_1_45_1 -6.944399324947062
 UP bnd pre_1_45_1 6.944399324947062
 LO bnd pre_1_45_2 -6.944399324947062
 UP bnd pre_1_45_2 6.944399324947062
 LO bnd pre_1_46_0 -3.5770894718859325
 UP bnd pre_1_46_0 3.5770894718859325
 LO bnd pre_1_46_1 -3.5770894718859325
 UP bnd pre_1_46_1 3.5770894718859325
 LO bnd pre_1_46_2 -3.5770894718859325
 UP bnd pre_1_46_2 3.5770894718859325
 LO bnd pre_1_47_0 -8.343039628756323
 UP bnd pre_1_47_0 8.343039628756323
 LO bnd pre_1_47_1 -8.343039628756323
 UP bnd pre_1_47_1 8.343039628756323
 LO bnd pre_1_47_2 -8.343039628756323
 UP bnd pre_1_47_2 8.343039628756323
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
 LO bnd post_1_16_0 0
 UP bnd post_1_16_0 6.978700550828476
 LO bnd post_1_16_1 0
 UP bnd post_1_16_1 6.978700550828476
 LO bnd post_1_16_2 0
 UP bnd post_1_16_2 6.978700550828476
 LO bnd post_1_17_0 0
 UP bnd post_1_17_0 6.235030806621945
 LO bnd post_1_17_1 0
 UP bnd post_1_17_1 6.235030806621945
 LO bnd post_1_17_2 0
 UP bnd post_1_17_2 6.235030806621945
 LO bnd post_1_18_0 0
 UP bnd post_1_18_0 6.718454730852487
 LO bnd post_1_18_1 0
 UP bnd post_1_18_1 6.718454730852487
 LO bnd post_1_18_2 0
 UP bnd post_1_18_2 6.718454730852487
 LO bnd post_1_19_0 0
 UP bnd post_1_19_0 6.8226887269065095
 LO bnd post_1_19_1 0
 UP bnd post_1_19_1 6.8226887269065095
 LO bnd post_1_19_2 0
 UP bnd post_1_19_2 6.8226887269065095
 LO bnd post_1_20_0 0
 UP bnd post_1_20_0 6.631889427894872
 LO bnd post_1_20_1 0
 UP bnd post_1_20_1 6.631889427894872
 LO bnd post_1_20_2 0
 UP bnd post_1_20_2 6.631889427894872
 LO bnd post_1_21_0 0
 UP bnd post_1_21_0 5.396286998735244
 LO bnd post_1_21_1 0
 UP bnd post_1_21_1 5.396286998735244
 LO bnd post_1_21_2 0
 UP bnd post_1_21_2 5.396286998735244
 LO bnd post_1_22_0 0
 UP bnd post_1_22_0 6.394092367761281
 LO bnd post_1_22_1 0
 UP bnd post_1_22_1 6.394092367761281
 LO bnd post_1_22_2 0
 UP bnd post_1_22_2 6.394092367761281
 LO bnd post_1_23_0 0
 UP bnd post_1_23_0 6.260561154684373
 LO bnd post_1_23_1 0
 UP bnd post_1_23_1 6.260561154684373
 LO bnd post_1_23_2 0
 UP bnd post_1_23_2 6.260561154684373
 LO bnd post_1_24_0 0
 UP bnd post_1_24_0 7.264403459229737
 LO bnd post_1_24_1 0
 UP bnd post_1_24_1 7.264403459229737
 LO bnd post_1_24_2 0
 UP bnd post_1_24_2 7.264403459229737
 LO bnd post_1_25_0 0
 UP bnd post_1_25_0 4.689817519007568
 LO bnd post_1_25_1 0
 UP bnd post_1_25_1 4.689817519007568
 LO bnd post_1_25_2 0
 UP bnd post_1_25_2 4.689817519007568
 LO bnd post_1_26_0 0
 UP bnd post_1_26_0 5.834876603928876
 LO bnd post_1_26_1 0
 UP bnd post_1_26_1 5.834876603928876
 LO bnd post_1_26_2 0
 UP bnd post_1_26_2 5.834876603928876
 LO bnd post_1_27_0 0
 UP bnd post_1_27_0 6.462017653570015
 LO bnd post_1_27_1 0
 UP bnd post_1_27_1 6.462017653570015
 LO bnd post_1_27_2 0
 UP bnd post_1_27_2 6.462017653570015
 LO bnd post_1_28_0 0
 UP bnd post_1_28_0 6.141677231816878
 LO bnd post_1_28_1 0
 UP bnd post_1_28_1 6.141677231816878
 LO bnd post_1_28_2 0
 UP bnd post_1_28_2 6.141677231816878
 LO bnd post_1_29_0 0
 UP bnd post_1_29_0 5.920664390112501
 LO bnd post_1_29_1 0
 UP bnd post_1_29_1 5.920664390112501
 LO bnd post_1_29_2 0
 UP bnd post_1_29_2 5.920664390112501
 LO bnd post_1_30_0 0
 UP bnd post_1_30_0 5.728168080018541
 LO bnd post_1_30_1 0
 UP bnd post_1_30_1 5.728168080018541
 LO bnd post_1_30_2 0
 UP bnd post_1_30_2 5.728168080018541
 LO bnd post_1_31_0 0
 UP bnd post_1_31_0 4.169908962997813
 LO bnd post_1_31_1 0
 UP bnd post_1_31_1 4.169908962997813
 LO bnd post_1_31_2 0
 UP bnd post_1_31_2 4.169908962997813
 LO bnd post_1_32_0 0
 UP bnd post_1_32_0 8.664241081038536
 LO bnd post_1_32_1 0
 UP bnd post_1_32_1 8.664241081038536
 LO bnd post_1_32_2 0
 UP bnd post_1_32_2 8.664241081038536
 LO bnd post_1_33_0 0
 UP bnd post_1_33_0 4.786102235995172
 LO bnd post_1_33_1 0
 UP bnd post_1_33_1 4.786102235995172
 LO bnd post_1_33_2 0
 UP bnd post_1_33_2 4.786102235995172
 LO bnd post_1_34_0 0
 UP bnd post_1_34_0 3.1913367882549086
 LO bnd post_1_34_1 0
 UP bnd post_1_34_1 3.1913367882549086
 LO bnd post_1_34_2 0
 UP bnd post_1_34_2 3.1913367882549086
 LO bnd post_1_35_0 0
 UP bnd post_1_35_0 5.22677910814882
 LO bnd post_1_35_1 0
 UP bnd post_1_35_1 5.22677910814882
 LO bnd post_1_35_2 0
 UP bnd post_1_35_2 5.22677910814882
 LO bnd post_1_36_0 0
 UP bnd post_1_36_0 5.673758698670875
 LO bnd post_1_36_1 0
 UP bnd post_1_36_1 5.673758698670875
 LO bnd post_1_36_2 0
 UP bnd post_1_36_2 5.673758698670875
 LO bnd post_1_37_0 0
 UP bnd post_1_37_0 7.902762319994838
 LO bnd post_1_37_1 0
 UP bnd post_1_37_1 7.902762319994838
 LO bnd post_1_37_2 0
 UP bnd post_1_37_2 7.902762319994838
 LO bnd post_1_38_0 0
 UP bnd post_1_38_0 6.938634274205215
 LO bnd post_1_38_1 0
 UP bnd post_1_38_1 6.938634274205215
 LO bnd post_1_38_2 0
 UP bnd post_1_38_2 6.938634274205215
 LO bnd post_1_39_0 0
 UP bnd post_1_39_0 8.719319309755662
 LO bnd post_1_39_1 0
 UP bnd post_1_39_1 8.719319309755662
 LO bnd post_1_39_2 0
 UP bnd post_1_39_2 8.719319309755662
 LO bnd post_1_40_0 0
 UP bnd post_1_40_0 8.069010781871519
 LO bnd post_1_40_1 0
 UP bnd post_1_40_1 8.069010781871519
 LO bnd post_1_40_2 0
 UP bnd post_1_40_2 8.069010781871519
 LO bnd post_1_41_0 0
 UP bnd post_1_41_0 7.8506770042707945
 LO bnd post_1_41_1 0
 UP bnd post_1_41_1 7.8506770042707945
 LO bnd post_1_41_2 0
 UP bnd post_1_41_2 7.8506770042707945
 LO bnd post_1_42_0 0
 UP bnd post_1_42_0 8.175386217260854
 LO bnd post_1_42_1 0
 UP bnd post_1_42_1 8.175386217260854
 LO bnd post_1_42_2 0
 UP bnd post_1_42_2 8.175386217260854
 LO bnd post_1_43_0 0
 UP bnd post_1_43_0 5.054315422411429
 LO bnd post_1_43_1 0
 UP bnd post_1_43_1 5.054315422411429
 LO bnd post_1_43_2 0
 UP bnd post_1_43_2 5.054315422411429
 LO bnd post_1_44_0 0
 UP bnd post_1_44_0 6.417045954474024
 LO bnd post_1_44_1 0
 UP bnd post_1_44_1 6.417045954474024
 LO bnd post_1_44_2 0
 UP bnd post_1_44_2 6.417045954474024
 LO bnd post_1_45_0 0
 UP bnd post_1_45_0 6.944399324947062
 LO bnd post_1_45_1 0
 UP bnd post_1_45_1 6.944399324947062
 LO bnd post_1_45_2 0
 UP bnd post_1_45_2 6.944399324947062
 LO bnd post_1_46_0 0
 UP bnd post_1_46_0 3.5770894718859325
 LO bnd post_1_46_1 0
 UP bnd post_1_46_1 3.5770894718859325
 LO bnd post_1_46_2 0
 UP bnd post_1_46_2 3.5770894718859325
 LO bnd post_1_47_0 0
 UP bnd post_1_47_0 8.343039628756323
 LO bnd post_1_47_1 0
 UP bnd post_1_47_1 8.343039628756323
 LO bnd post_1_47_2 0
 UP bnd post_1_47_2 8.343039628756323
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
 LO bnd out_16_0 -65.80830495745627
 UP bnd out_16_0 65.80830495745627
 LO bnd out_17_0 -59.115277259597505
 UP bnd out_17_0 59.115277259597505
 LO bnd out_18_0 -63.46609257767239
 UP bnd out_18_0 63.46609257767239
 LO bnd out_19_0 -64.40419854215858
 UP bnd out_19_0 64.40419854215858
 LO bnd out_20_0 -62.68700485105384
 UP bnd out_20_0 62.68700485105384
 LO bnd out_21_0 -51.5665829886172
 UP bnd out_21_0 51.5665829886172
 LO bnd out_22_0 -60.54683130985153
 UP bnd out_22_0 60.54683130985153
 LO bnd out_23_0 -59.34505039215935
 UP bnd out_23_0 59.34505039215935
 LO bnd out_24_0 -68.37963113306763
 UP bnd out_24_0 68.37963113306763
 LO bnd out_25_0 -45.208357671068114
 UP bnd out_25_0 45.208357671068114
 LO bnd out_26_0 -55.513889435359886
 UP bnd out_26_0 55.513889435359886
 LO bnd out_27_0 -61.15815888213014
 UP bnd out_27_0 61.15815888213014
 LO bnd out_28_0 -58.275095086351904
 UP bnd out_28_0 58.275095086351904
 LO bnd out_29_0 -56.28597951101251
 UP bnd out_29_0 56.28597951101251
 LO bnd out_30_0 -54.55351272016687
 UP bnd out_30_0 54.55351272016687
 LO bnd out_31_0 -40.529180666980324
 UP bnd out_31_0 40.529180666980324
 LO bnd out_32_0 -80.97816972934683
 UP bnd out_32_0 80.97816972934683
 LO bnd out_33_0 -46.074920123956545
 UP bnd out_33_0 46.074920123956545
 LO bnd out_34_0 -31.72203109429418
 UP bnd out_34_0 31.72203109429418
 LO bnd out_35_0 -50.04101197333938
 UP bnd out_35_0 50.04101197333938
 LO bnd out_36_0 -54.06382828803788
 UP bnd out_36_0 54.06382828803788
 LO bnd out_37_0 -74.12486087995353
 UP bnd out_37_0 74.12486087995353
 LO bnd out_38_0 -65.44770846784695
 UP bnd out_38_0 65.44770846784695
 LO bnd out_39_0 -81.47387378780095
 UP bnd out_39_0 81.47387378780095
 LO bnd out_40_0 -75.62109703684368
 UP bnd out_40_0 75.62109703684368
 LO bnd out_41_0 -73.65609303843715
 UP bnd out_41_0 73.65609303843715
 LO bnd out_42_0 -76.57847595534768
 UP bnd out_42_0 76.57847595534768
 LO bnd out_43_0 -48.48883880170286
 UP bnd out_43_0 48.48883880170286
 LO bnd out_44_0 -60.75341359026622
 UP bnd out_44_0 60.75341359026622
 LO bnd out_45_0 -65.49959392452355
 UP bnd out_45_0 65.49959392452355
 LO bnd out_46_0 -35.1938052469734
 UP bnd out_46_0 35.1938052469734
 LO bnd out_47_0 -78.0873566588069
 UP bnd out_47_0 78.0873566588069
 LO bnd relu_1_0_0_slack 0
 UP bnd relu_1_0_0_slack 7.176419226746878
 LO bnd relu_1_0_1_slack 0
 UP bnd relu_1_0_1_slack 7.176419226746878
 LO bnd relu_1_0_2_slack 0
 UP bnd relu_1_0_2_slack 7.176419226746878
 LO bnd relu_1_1_0_slack 0
 UP bnd relu_1_1_0_slack 7.125139810483965
 LO bnd relu_1_1_1_slack 0
 UP bnd relu_1_1_1_slack 7.125139810483965
 LO bnd relu_1_1_2_slack 0
 UP bnd relu_1_1_2_slack 7.125139810483965
 LO bnd relu_1_2_0_slack 0
 UP bnd relu_1_2_0_slack 4.450495978270242
 LO bnd relu_1_2_1_slack 0
 UP bnd relu_1_2_1_slack 4.450495978270242
 LO bnd relu_1_2_2_slack 0
 UP bnd relu_1_2_2_slack 4.450495978270242
 LO bnd relu_1_3_0_slack 0
 UP bnd relu_1_3_0_slack 6.293958645941272
 LO bnd relu_1_3_1_slack 0
 UP bnd relu_1_3_1_slack 6.293958645941272
 LO bnd relu_1_3_2_slack 0
 UP bnd relu_1_3_2_slack 6.293958645941272
 LO bnd relu_1_4_0_slack 0
 UP bnd relu_1_4_0_slack 6.278046829164398
 LO bnd relu_1_4_1_slack 0
 UP bnd relu_1_4_1_slack 6.278046829164398
 LO bnd relu_1_4_2_slack 0
 UP bnd relu_1_4_2_slack 6.278046829164398
 LO bnd relu_1_5_0_slack 0
 UP bnd relu_1_5_0_slack 4.575447738333024
 LO bnd relu_1_5_1_slack 0
 UP bnd relu_1_5_1_slack 4.575447738333024
 LO bnd relu_1_5_2_slack 0
 UP bnd relu_1_5_2_slack 4.575447738333024
 LO bnd relu_1_6_0_slack 0
 UP bnd relu_1_6_0_slack 6.681194289163965
 LO bnd relu_1_6_1_slack 0
 UP bnd relu_1_6_1_slack 6.681194289163965
 LO bnd relu_1_6_2_slack 0
 UP bnd relu_1_6_2_slack 6.681194289163965
 LO bnd relu_1_7_0_slack 0
 UP bnd relu_1_7_0_slack 6.998263939541548
 LO bnd relu_1_7_1_slack 0
 UP bnd relu_1_7_1_slack 6.998263939541548
 LO bnd relu_1_7_2_slack 0
 UP bnd relu_1_7_2_slack 6.998263939541548
 LO bnd relu_1_8_0_slack 0
 UP bnd relu_1_8_0_slack 5.033436041032538
 LO bnd relu_1_8_1_slack 0
 UP bnd relu_1_8_1_slack 5.033436041032538
 LO bnd relu_1_8_2_slack 0
 UP bnd relu_1_8_2_slack 5.033436041032538
 LO bnd relu_1_9_0_slack 0
 UP bnd relu_1_9_0_slack 5.85589242599091
 LO bnd relu_1_9_1_slack 0
 UP bnd relu_1_9_1_slack 5.85589242599091
 LO bnd relu_1_9_2_slack 0
 UP bnd relu_1_9_2_slack 5.85589242599091
 LO bnd relu_1_10_0_slack 0
 UP bnd relu_1_10_0_slack 4.481055976018846
 LO bnd relu_1_10_1_slack 0
 UP bnd relu_1_10_1_slack 4.481055976018846
 LO bnd relu_1_10_2_slack 0
 UP bnd relu_1_10_2_slack 4.481055976018846
 LO bnd relu_1_11_0_slack 0
 UP bnd relu_1_11_0_slack 4.223536593655531
 LO bnd relu_1_11_1_slack 0
 UP bnd relu_1_11_1_slack 4.223536593655531
 LO bnd relu_1_11_2_slack 0
 UP bnd relu_1_11_2_slack 4.223536593655531
 LO bnd relu_1_12_0_slack 0
 UP bnd relu_1_12_0_slack 7.9411881018315
 LO bnd relu_1_12_1_slack 0
 UP bnd relu_1_12_1_slack 7.9411881018315
 LO bnd relu_1_12_2_slack 0
 UP bnd relu_1_12_2_slack 7.9411881018315
 LO bnd relu_1_13_0_slack 0
 UP bnd relu_1_13_0_slack 4.282407804124144
 LO bnd relu_1_13_1_slack 0
 UP bnd relu_1_13_1_slack 4.282407804124144
 LO bnd relu_1_13_2_slack 0
 UP bnd relu_1_13_2_slack 4.282407804124144
 LO bnd relu_1_14_0_slack 0
 UP bnd relu_1_14_0_slack 4.634583834742528
 LO bnd relu_1_14_1_slack 0
 UP bnd relu_1_14_1_slack 4.634583834742528
 LO bnd relu_1_14_2_slack 0
 UP bnd relu_1_14_2_slack 4.634583834742528
 LO bnd relu_1_15_0_slack 0
 UP bnd relu_1_15_0_slack 4.622818643788233
 LO bnd relu_1_15_1_slack 0
 UP bnd relu_1_15_1_slack 4.622818643788233
 LO bnd relu_1_15_2_slack 0
 UP bnd relu_1_15_2_slack 4.622818643788233
 LO bnd relu_1_16_0_slack 0
 UP bnd relu_1_16_0_slack 6.978700550828476
 LO bnd relu_1_16_1_slack 0
 UP bnd relu_1_16_1_slack 6.978700550828476
 LO bnd relu_1_16_2_slack 0
 UP bnd relu_1_16_2_slack 6.978700550828476
 LO bnd relu_1_17_0_slack 0
 UP bnd relu_1_17_0_slack 6.235030806621945
 LO bnd relu_1_17_1_slack 0
 UP bnd relu_1_17_1_slack 6.235030806621945
 LO bnd relu_1_17_2_slack 0
 UP bnd relu_1_17_2_slack 6.235030806621945
 LO bnd relu_1_18_0_slack 0
 UP bnd relu_1_18_0_slack 6.718454730852487
 LO bnd relu_1_18_1_slack 0
 UP bnd relu_1_18_1_slack 6.718454730852487
 LO bnd relu_1_18_2_slack 0
 UP bnd relu_1_18_2_slack 6.718454730852487
 LO bnd relu_1_19_0_slack 0
 UP bnd relu_1_19_0_slack 6.8226887269065095
 LO bnd relu_1_19_1_slack 0
 UP bnd relu_1_19_1_slack 6.8226887269065095
 LO bnd relu_1_19_2_slack 0
 UP bnd relu_1_19_2_slack 6.8226887269065095
 LO bnd relu_1_20_0_slack 0
 UP bnd relu_1_20_0_slack 6.631889427894872
 LO bnd relu_1_20_1_slack 0
 UP bnd relu_1_20_1_slack 6.631889427894872
 LO bnd relu_1_20_2_slack 0
 UP bnd relu_1_20_2_slack 6.631889427894872
 LO bnd relu_1_21_0_slack 0
 UP bnd relu_1_21_0_slack 5.396286998735244
 LO bnd relu_1_21_1_slack 0
 UP bnd relu_1_21_1_slack 5.396286998735244
 LO bnd relu_1_21_2_slack 0
 UP bnd relu_1_21_2_slack 5.396286998735244
 LO bnd relu_1_22_0_slack 0
 UP bnd relu_1_22_0_slack 6.394092367761281
 LO bnd relu_1_22_1_slack 0
 UP bnd relu_1_22_1_slack 6.394092367761281
 LO bnd relu_1_22_2_slack 0
 UP bnd relu_1_22_2_slack 6.394092367761281
 LO bnd relu_1_23_0_slack 0
 UP bnd relu_1_23_0_slack 6.260561154684373
 LO bnd relu_1_23_1_slack 0
 UP bnd relu_1_23_1_slack 6.260561154684373
 LO bnd relu_1_23_2_slack 0
 UP bnd relu_1_23_2_slack 6.260561154684373
 LO bnd relu_1_24_0_slack 0
 UP bnd relu_1_24_0_slack 7.264403459229737
 LO bnd relu_1_24_1_slack 0
 UP bnd relu_1_24_1_slack 7.264403459229737
 LO bnd relu_1_24_2_slack 0
 UP bnd relu_1_24_2_slack 7.264403459229737
 LO bnd relu_1_25_0_slack 0
 UP bnd relu_1_25_0_slack 4.689817519007568
 LO bnd relu_1_25_1_slack 0
 UP bnd relu_1_25_1_slack 4.689817519007568
 LO bnd relu_1_25_2_slack 0
 UP bnd relu_1_25_2_slack 4.689817519007568
 LO bnd relu_1_26_0_slack 0
 UP bnd relu_1_26_0_slack 5.834876603928876
 LO bnd relu_1_26_1_slack 0
 UP bnd relu_1_26_1_slack 5.834876603928876
 LO bnd relu_1_26_2_slack 0
 UP bnd relu_1_26_2_slack 5.834876603928876
 LO bnd relu_1_27_0_slack 0
 UP bnd relu_1_27_0_slack 6.462017653570015
 LO bnd relu_1_27_1_slack 0
 UP bnd relu_1_27_1_slack 6.462017653570015
 LO bnd relu_1_27_2_slack 0
 UP bnd relu_1_27_2_slack 6.462017653570015
 LO bnd relu_1_28_0_slack 0
 UP bnd relu_1_28_0_slack 6.141677231816878
 LO bnd relu_1_28_1_slack 0
 UP bnd relu_1_28_1_slack 6.141677231816878
 LO bnd relu_1_28_2_slack 0
 UP bnd relu_1_28_2_slack 6.141677231816878
 LO bnd relu_1_29_0_slack 0
 UP bnd relu_1_29_0_slack 5.920664390112501
 LO bnd relu_1_29_1_slack 0
 UP bnd relu_1_29_1_slack 5.920664390112501
 LO bnd relu_1_29_2_slack 0
 UP bnd relu_1_29_2_slack 5.920664390112501
 LO bnd relu_1_30_0_slack 0
 UP bnd relu_1_30_0_slack 5.728168080018541
 LO bnd relu_1_30_1_slack 0
 UP bnd relu_1_30_1_slack 5.728168080018541
 LO bnd relu_1_30_2_slack 0
 UP bnd relu_1_30_2_slack 5.728168080018541
 LO bnd relu_1_31_0_slack 0
 UP bnd relu_1_31_0_slack 4.169908962997813
 LO bnd relu_1_31_1_slack 0
 UP bnd relu_1_31_1_slack 4.169908962997813
 LO bnd relu_1_31_2_slack 0
 UP bnd relu_1_31_2_slack 4.169908962997813
 LO bnd relu_1_32_0_slack 0
 UP bnd relu_1_32_0_slack 8.664241081038536
 LO bnd relu_1_32_1_slack 0
 UP bnd relu_1_32_1_slack 8.664241081038536
 LO bnd relu_1_32_2_slack 0
 UP bnd relu_1_32_2_slack 8.664241081038536
 LO bnd relu_1_33_0_slack 0
 UP bnd relu_1_33_0_slack 4.786102235995172
 LO bnd relu_1_33_1_slack 0
 UP bnd relu_1_33_1_slack 4.786102235995172
 LO bnd relu_1_33_2_slack 0
 UP bnd relu_1_33_2_slack 4.786102235995172
 LO bnd relu_1_34_0_slack 0
 UP bnd relu_1_34_0_slack 3.1913367882549086
 LO bnd relu_1_34_1_slack 0
 UP bnd relu_1_34_1_slack 3.1913367882549086
 LO bnd relu_1_34_2_slack 0
 UP bnd relu_1_34_2_slack 3.1913367882549086
 LO bnd relu_1_35_0_slack 0
 UP bnd relu_1_35_0_slack 5.22677910814882
 LO bnd relu_1_35_1_slack 0
 UP bnd relu_1_35_1_slack 5.22677910814882
 LO bnd relu_1_35_2_slack 0
 UP bnd relu_1_35_2_slack 5.22677910814882
 LO bnd relu_1_36_0_slack 0
 UP bnd relu_1_36_0_slack 5.673758698670875
 LO bnd relu_1_36_1_slack 0
 UP bnd relu_1_36_1_slack 5.673758698670875
 LO bnd relu_1_36_2_slack 0
 UP bnd relu_1_36_2_slack 5.673758698670875
 LO bnd relu_1_37_0_slack 0
 UP bnd relu_1_37_0_slack 7.902762319994838
 LO bnd relu_1_37_1_slack 0
 UP bnd relu_1_37_1_slack 7.902762319994838
 LO bnd relu_1_37_2_slack 0
 UP bnd relu_1_37_2_slack 7.902762319994838
 LO bnd relu_1_38_0_slack 0
 UP bnd relu_1_38_0_slack 6.938634274205215
 LO bnd relu_1_38_1_slack 0
 UP bnd relu_1_38_1_slack 6.938634274205215
 LO bnd relu_1_38_2_slack 0
 UP bnd relu_1_38_2_slack 6.938634274205215
 LO bnd relu_1_39_0_slack 0
 UP bnd relu_1_39_0_slack 8.719319309755662
 LO bnd relu_1_39_1_slack 0
 UP bnd relu_1_39_1_slack 8.719319309755662
 LO bnd relu_1_39_2_slack 0
 UP bnd relu_1_39_2_slack 8.719319309755662
 LO bnd relu_1_40_0_slack 0
 UP bnd relu_1_40_0_slack 8.069010781871519
 LO bnd relu_1_40_1_slack 0
 UP bnd relu_1_40_1_slack 8.069010781871519
 LO bnd relu_1_40_2_slack 0
 UP bnd relu_1_40_2_slack 8.069010781871519
 LO bnd relu_1_41_0_slack 0
 UP bnd relu_1_41_0_slack 7.8506770042707945
 LO bnd relu_1_41_1_slack 0
 UP bnd relu_1_41_1_slack 7.8506770042707945
 LO bnd relu_1_41_2_slack 0
 UP bnd relu_1_41_2_slack 7.8506770042707945
 LO bnd relu_1_42_0_slack 0
 UP bnd relu_1_42_0_slack 8.175386217260854
 LO bnd relu_1_42_1_slack 0
 UP bnd relu_1_42_1_slack 8.175386217260854
 LO bnd relu_1_42_2_slack 0
 UP bnd relu_1_42_2_slack 8.175386217260854
 LO bnd relu_1_43_0_slack 0
 UP bnd relu_1_43_0_slack 5.054315422411429
 LO bnd relu_1_43_1_slack 0
 UP bnd relu_1_43_1_slack 5.054315422411429
 LO bnd relu_1_43_2_slack 0
 UP bnd relu_1_43_2_slack 5.054315422411429
 LO bnd relu_1_44_0_slack 0
 UP bnd relu_1_44_0_slack 6.417045954474024
 LO bnd relu_1_44_1_slack 0
 UP bnd relu_1_44_1_slack 6.417045954474024
 LO bnd relu_1_44_2_slack 0
 UP bnd relu_1_44_2_slack 6.417045954474024
 LO bnd relu_1_45_0_slack 0
 UP bnd relu_1_45_0_slack 6.944399324947062
 LO bnd relu_1_45_1_slack 0
 UP bnd relu_1_45_1_slack 6.944399324947062
 LO bnd relu_1_45_2_slack 0
 UP bnd relu_1_45_2_slack 6.944399324947062
 LO bnd relu_1_46_0_slack 0
 UP bnd relu_1_46_0_slack 3.5770894718859325
 LO bnd relu_1_46_1_slack 0
 UP bnd relu_1_46_1_slack 3.5770894718859325
 LO bnd relu_1_46_2_slack 0
 UP bnd relu_1_46_2_slack 3.5770894718859325
 LO bnd relu_1_47_0_slack 0
 UP bnd relu_1_47_0_slack 8.343039628756323
 LO bnd relu_1_47_1_slack 0
 UP bnd relu_1_47_1_slack 8.343039628756323
 LO bnd relu_1_47_2_slack 0
 UP bnd relu_1_47_2_slack 8.343039628756323
SOS
 S1 SOS s1 1
    post_1_0_0 1
    relu_1_0_0_slack 2
 S1 SOS s2 1
    post_1_0_1 1
    relu_1_0_1_slack 2
 S1 SOS s3 1
    post_1_0_2 1
    relu_1_0_2_slack 2
 S1 SOS s4 1
    post_1_1_0 1
    relu_1_1_0_slack 2
 S1 SOS s5 1
    post_1_1_1 1
    relu_1_1_1_slack 2
 S1 SOS s6 1
    post_1_1_2 1
    relu_1_1_2_slack 2
 S1 SOS s7 1
    post_1_2_0 1
    relu_1_2_0_slack 2
 S1 SOS s8 1
    post_1_2_1 1
    relu_1_2_1_slack 2
 S1 SOS s9 1
    post_1_2_2 1
    relu_1_2_2_slack 2
 S1 SOS s10 1
    post_1_3_0 1
    relu_1_3_0_slack 2
 S1 SOS s11 1
    post_1_3_1 1
    relu_1_3_1_slack 2
 S1 SOS s12 1
    post_1_3_2 1
    relu_1_3_2_slack 2
 S1 SOS s13 1
    post_1_4_0 1
    relu_1_4_0_slack 2
 S1 SOS s14 1
    post_1_4_1 1
    relu_1_4_1_slack 2
 S1 SOS s15 1
    post_1_4_2 1
    relu_1_4_2_slack 2
 S1 SOS s16 1
    post_1_5_0 1
    relu_1_5_0_slack 2
 S1 SOS s17 1
    post_1_5_1 1
    relu_1_5_1_slack 2
 S1 SOS s18 1
    post_1_5_2 1
    relu_1_5_2_slack 2
 S1 SOS s19 1
    post_1_6_0 1
    relu_1_6_0_slack 2
 S1 SOS s20 1
    post_1_6_1 1
    relu_1_6_1_slack 2
 S1 SOS s21 1
    post_1_6_2 1
    relu_1_6_2_slack 2
 S1 SOS s22 1
    post_1_7_0 1
    relu_1_7_0_slack 2
 S1 SOS s23 1
    post_1_7_1 1
    relu_1_7_1_slack 2
 S1 SOS s24 1
    post_1_7_2 1
    relu_1_7_2_slack 2
 S1 SOS s25 1
    post_1_8_0 1
    relu_1_8_0_slack 2
 S1 SOS s26 1
    post_1_8_1 1
    relu_1_8_1_slack 2
 S1 SOS s27 1
    post_1_8_2 1
    relu_1_8_2_slack 2
 S1 SOS s28 1
    post_1_9_0 1
    relu_1_9_0_slack 2
 S1 SOS s29 1
    post_1_9_1 1
    relu_1_9_1_slack 2
 S1 SOS s30 1
    post_1_9_2 1
    relu_1_9_2_slack 2
 S1 SOS s31 1
    post_1_10_0 1
    relu_1_10_0_slack 2
 S1 SOS s32 1
    post_1_10_1 1
    relu_1_10_1_slack 2
 S1 SOS s33 1
    post_1_10_2 1
    relu_1_10_2_slack 2
 S1 SOS s34 1
    post_1_11_0 1
    relu_1_11_0_slack 2
 S1 SOS s35 1
    post_1_11_1 1
    relu_1_11_1_slack 2
 S1 SOS s36 1
    post_1_11_2 1
    relu_1_11_2_slack 2
 S1 SOS s37 1
    post_1_12_0 1
    relu_1_12_0_slack 2
 S1 SOS s38 1
    post_1_12_1 1
    relu_1_12_1_slack 2
 S1 SOS s39 1
    post_1_12_2 1
    relu_1_12_2_slack 2
 S1 SOS s40 1
    post_1_13_0 1
    relu_1_13_0_slack 2
 S1 SOS s41 1
    post_1_13_1 1
    relu_1_13_1_slack 2
 S1 SOS s42 1
    post_1_13_2 1
    relu_1_13_2_slack 2
 S1 SOS s43 1
    post_1_14_0 1
    relu_1_14_0_slack 2
 S1 SOS s44 1
    post_1_14_1 1
    relu_1_14_1_slack 2
 S1 SOS s45 1
    post_1_14_2 1
    relu_1_14_2_slack 2
 S1 SOS s46 1
    post_1_15_0 1
    relu_1_15_0_slack 2
 S1 SOS s47 1
    post_1_15_1 1
    relu_1_15_1_slack 2
 S1 SOS s48 1
    post_1_15_2 1
    relu_1_15_2_slack 2
 S1 SOS s49 1
    post_1_16_0 1
    relu_1_16_0_slack 2
 S1 SOS s50 1
    post_1_16_1 1
    relu_1_16_1_slack 2
 S1 SOS s51 1
    post_1_16_2 1
    relu_1_16_2_slack 2
 S1 SOS s52 1
    post_1_17_0 1
    relu_1_17_0_slack 2
 S1 SOS s53 1
    post_1_17_1 1
    relu_1_17_1_slack 2
 S1 SOS s54 1
    post_1_17_2 1
    relu_1_17_2_slack 2
 S1 SOS s55 1
    post_1_18_0 1
    relu_1_18_0_slack 2
 S1 SOS s56 1
    post_1_18_1 1
    relu_1_18_1_slack 2
 S1 SOS s57 1
    post_1_18_2 1
    relu_1_18_2_slack 2
 S1 SOS s58 1
    post_1_19_0 1
    relu_1_19_0_slack 2
 S1 SOS s59 1
    post_1_19_1 1
    relu_1_19_1_slack 2
 S1 SOS s60 1
    post_1_19_2 1
    relu_1_19_2_slack 2
 S1 SOS s61 1
    post_1_20_0 1
    relu_1_20_0_slack 2
 S1 SOS s62 1
    post_1_20_1 1
    relu_1_20_1_slack 2
 S1 SOS s63 1
    post_1_20_2 1
    relu_1_20_2_slack 2
 S1 SOS s64 1
    post_1_21_0 1
    relu_1_21_0_slack 2
 S1 SOS s65 1
    post_1_21_1 1
    relu_1_21_1_slack 2
 S1 SOS s66 1
    post_1_21_2 1
    relu_1_21_2_slack 2
 S1 SOS s67 1
    post_1_22_0 1
    relu_1_22_0_slack 2
 S1 SOS s68 1
    post_1_22_1 1
    relu_1_22_1_slack 2
 S1 SOS s69 1
    post_1_22_2 1
    relu_1_22_2_slack 2
 S1 SOS s70 1
    post_1_23_0 1
    relu_1_23_0_slack 2
 S1 SOS s71 1
    post_1_23_1 1
    relu_1_23_1_slack 2
 S1 SOS s72 1
    post_1_23_2 1
    relu_1_23_2_slack 2
 S1 SOS s73 1
    post_1_24_0 1
    relu_1_24_0_slack 2
 S1 SOS s74 1
    post_1_24_1 1
    relu_1_24_1_slack 2
 S1 SOS s75 1
    post_1_24_2 1
    relu_1_24_2_slack 2
 S1 SOS s76 1
    post_1_25_0 1
    relu_1_25_0_slack 2
 S1 SOS s77 1
    post_1_25_1 1
    relu_1_25_1_slack 2
 S1 SOS s78 1
    post_1_25_2 1
    relu_1_25_2_slack 2
 S1 SOS s79 1
    post_1_26_0 1
    relu_1_26_0_slack 2
 S1 SOS s80 1
    post_1_26_1 1
    relu_1_26_1_slack 2
 S1 SOS s81 1
    post_1_26_2 1
    relu_1_26_2_slack 2
 S1 SOS s82 1
    post_1_27_0 1
    relu_1_27_0_slack 2
 S1 SOS s83 1
    post_1_27_1 1
    relu_1_27_1_slack 2
 S1 SOS s84 1
    post_1_27_2 1
    relu_1_27_2_slack 2
 S1 SOS s85 1
    post_1_28_0 1
    relu_1_28_0_slack 2
 S1 SOS s86 1
    post_1_28_1 1
    relu_1_28_1_slack 2
 S1 SOS s87 1
    post_1_28_2 1
    relu_1_28_2_slack 2
 S1 SOS s88 1
    post_1_29_0 1
    relu_1_29_0_slack 2
 S1 SOS s89 1
    post_1_29_1 1
    relu_1_29_1_slack 2
 S1 SOS s90 1
    post_1_29_2 1
    relu_1_29_2_slack 2
 S1 SOS s91 1
    post_1_30_0 1
    relu_1_30_0_slack 2
 S1 SOS s92 1
    post_1_30_1 1
    relu_1_30_1_slack 2
 S1 SOS s93 1
    post_1_30_2 1
    relu_1_30_2_slack 2
 S1 SOS s94 1
    post_1_31_0 1
    relu_1_31_0_slack 2
 S1 SOS s95 1
    post_1_31_1 1
    relu_1_31_1_slack 2
 S1 SOS s96 1
    post_1_31_2 1
    relu_1_31_2_slack 2
 S1 SOS s97 1
    post_1_32_0 1
    relu_1_32_0_slack 2
 S1 SOS s98 1
    post_1_32_1 1
    relu_1_32_1_slack 2
 S1 SOS s99 1
    post_1_32_2 1
    relu_1_32_2_slack 2
 S1 SOS s100 1
    post_1_33_0 1
    relu_1_33_0_slack 2
 S1 SOS s101 1
    post_1_33_1 1
    relu_1_33_1_slack 2
 S1 SOS s102 1
    post_1_33_2 1
    relu_1_33_2_slack 2
 S1 SOS s103 1
    post_1_34_0 1
    relu_1_34_0_slack 2
 S1 SOS s104 1
    post_1_34_1 1
    relu_1_34_1_slack 2
 S1 SOS s105 1
    post_1_34_2 1
    relu_1_34_2_slack 2
 S1 SOS s106 1
    post_1_35_0 1
    relu_1_35_0_slack 2
 S1 SOS s107 1
    post_1_35_1 1
    relu_1_35_1_slack 2
 S1 SOS s108 1
    post_1_35_2 1
    relu_1_35_2_slack 2
 S1 SOS s109 1
    post_1_36_0 1
    relu_1_36_0_slack 2
 S1 SOS s110 1
    post_1_36_1 1
    relu_1_36_1_slack 2
 S1 SOS s111 1
    post_1_36_2 1
    relu_1_36_2_slack 2
 S1 SOS s112 1
    post_1_37_0 1
    relu_1_37_0_slack 2
 S1 SOS s113 1
    post_1_37_1 1
    relu_1_37_1_slack 2
 S1 SOS s114 1
    post_1_37_2 1
    relu_1_37_2_slack 2
 S1 SOS s115 1
    post_1_38_0 1
    relu_1_38_0_slack 2
 S1 SOS s116 1
    post_1_38_1 1
    relu_1_38_1_slack 2
 S1 SOS s117 1
    post_1_38_2 1
    relu_1_38_2_slack 2
 S1 SOS s118 1
    post_1_39_0 1
    relu_1_39_0_slack 2
 S1 SOS s119 1
    post_1_39_1 1
    relu_1_39_1_slack 2
 S1 SOS s120 1
    post_1_39_2 1
    relu_1_39_2_slack 2
 S1 SOS s121 1
    post_1_40_0 1
    relu_1_40_0_slack 2
 S1 SOS s122 1
    post_1_40_1 1
    relu_1_40_1_slack 2
 S1 SOS s123 1
    post_1_40_2 1
    relu_1_40_2_slack 2
 S1 SOS s124 1
    post_1_41_0 1
    relu_1_41_0_slack 2
 S1 SOS s125 1
    post_1_41_1 1
    relu_1_41_1_slack 2
 S1 SOS s126 1
    post_1_41_2 1
    relu_1_41_2_slack 2
 S1 SOS s127 1
    post_1_42_0 1
    relu_1_42_0_slack 2
 S1 SOS s128 1
    post_1_42_1 1
    relu_1_42_1_slack 2
 S1 SOS s129 1
    post_1_42_2 1
    relu_1_42_2_slack 2
 S1 SOS s130 1
    post_1_43_0 1
    relu_1_43_0_slack 2
 S1 SOS s131 1
    post_1_43_1 1
    relu_1_43_1_slack 2
 S1 SOS s132 1
    post_1_43_2 1
    relu_1_43_2_slack 2
 S1 SOS s133 1
    post_1_44_0 1
    relu_1_44_0_slack 2
 S1 SOS s134 1
    post_1_44_1 1
    relu_1_44_1_slack 2
 S1 SOS s135 1
    post_1_44_2 1
    relu_1_44_2_slack 2
 S1 SOS s136 1
    post_1_45_0 1
    relu_1_45_0_slack 2
 S1 SOS s137 1
    post_1_45_1 1
    relu_1_45_1_slack 2
 S1 SOS s138 1
    post_1_45_2 1
    relu_1_45_2_slack 2
 S1 SOS s139 1
    post_1_46_0 1
    relu_1_46_0_slack 2
 S1 SOS s140 1
    post_1_46_1 1
    relu_1_46_1_slack 2
 S1 SOS s141 1
    post_1_46_2 1
    relu_1_46_2_slack 2
 S1 SOS s142 1
    post_1_47_0 1
    relu_1_47_0_slack 2
 S1 SOS s143 1
    post_1_47_1 1
    relu_1_47_1_slack 2
 S1 SOS s144 1
    post_1_47_2 1
    relu_1_47_2_slack 2
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
 out_24_0 out_24_0 2
 out_25_0 out_25_0 2
 out_26_0 out_26_0 2
 out_27_0 out_27_0 2
 out_28_0 out_28_0 2
 out_29_0 out_29_0 2
 out_30_0 out_30_0 2
 out_31_0 out_31_0 2
 out_32_0 out_32_0 2
 out_33_0 out_33_0 2
 out_34_0 out_34_0 2
 out_35_0 out_35_0 2
 out_36_0 out_36_0 2
 out_37_0 out_37_0 2
 out_38_0 out_38_0 2
 out_39_0 out_39_0 2
 out_40_0 out_40_0 2
 out_41_0 out_41_0 2
 out_42_0 out_42_0 2
 out_43_0 out_43_0 2
 out_44_0 out_44_0 2
 out_45_0 out_45_0 2
 out_46_0 out_46_0 2
 out_47_0 out_47_0 2
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
QCMATRIX out_definition_16_0
 w_2_0_0 post_1_16_0 -0.5
 post_1_16_0 w_2_0_0 -0.5
 w_2_0_1 post_1_16_1 -0.5
 post_1_16_1 w_2_0_1 -0.5
 w_2_0_2 post_1_16_2 -0.5
 post_1_16_2 w_2_0_2 -0.5
QCMATRIX out_definition_17_0
 w_2_0_0 post_1_17_0 -0.5
 post_1_17_0 w_2_0_0 -0.5
 w_2_0_1 post_1_17_1 -0.5
 post_1_17_1 w_2_0_1 -0.5
 w_2_0_2 post_1_17_2 -0.5
 post_1_17_2 w_2_0_2 -0.5
QCMATRIX out_definition_18_0
 w_2_0_0 post_1_18_0 -0.5
 post_1_18_0 w_2_0_0 -0.5
 w_2_0_1 post_1_18_1 -0.5
 post_1_18_1 w_2_0_1 -0.5
 w_2_0_2 post_1_18_2 -0.5
 post_1_18_2 w_2_0_2 -0.5
QCMATRIX out_definition_19_0
 w_2_0_0 post_1_19_0 -0.5
 post_1_19_0 w_2_0_0 -0.5
 w_2_0_1 post_1_19_1 -0.5
 post_1_19_1 w_2_0_1 -0.5
 w_2_0_2 post_1_19_2 -0.5
 post_1_19_2 w_2_0_2 -0.5
QCMATRIX out_definition_20_0
 w_2_0_0 post_1_20_0 -0.5
 post_1_20_0 w_2_0_0 -0.5
 w_2_0_1 post_1_20_1 -0.5
 post_1_20_1 w_2_0_1 -0.5
 w_2_0_2 post_1_20_2 -0.5
 post_1_20_2 w_2_0_2 -0.5
QCMATRIX out_definition_21_0
 w_2_0_0 post_1_21_0 -0.5
 post_1_21_0 w_2_0_0 -0.5
 w_2_0_1 post_1_21_1 -0.5
 post_1_21_1 w_2_0_1 -0.5
 w_2_0_2 post_1_21_2 -0.5
 post_1_21_2 w_2_0_2 -0.5
QCMATRIX out_definition_22_0
 w_2_0_0 post_1_22_0 -0.5
 post_1_22_0 w_2_0_0 -0.5
 w_2_0_1 post_1_22_1 -0.5
 post_1_22_1 w_2_0_1 -0.5
 w_2_0_2 post_1_22_2 -0.5
 post_1_22_2 w_2_0_2 -0.5
QCMATRIX out_definition_23_0
 w_2_0_0 post_1_23_0 -0.5
 post_1_23_0 w_2_0_0 -0.5
 w_2_0_1 post_1_23_1 -0.5
 post_1_23_1 w_2_0_1 -0.5
 w_2_0_2 post_1_23_2 -0.5
 post_1_23_2 w_2_0_2 -0.5
QCMATRIX out_definition_24_0
 w_2_0_0 post_1_24_0 -0.5
 post_1_24_0 w_2_0_0 -0.5
 w_2_0_1 post_1_24_1 -0.5
 post_1_24_1 w_2_0_1 -0.5
 w_2_0_2 post_1_24_2 -0.5
 post_1_24_2 w_2_0_2 -0.5
QCMATRIX out_definition_25_0
 w_2_0_0 post_1_25_0 -0.5
 post_1_25_0 w_2_0_0 -0.5
 w_2_0_1 post_1_25_1 -0.5
 post_1_25_1 w_2_0_1 -0.5
 w_2_0_2 post_1_25_2 -0.5
 post_1_25_2 w_2_0_2 -0.5
QCMATRIX out_definition_26_0
 w_2_0_0 post_1_26_0 -0.5
 post_1_26_0 w_2_0_0 -0.5
 w_2_0_1 post_1_26_1 -0.5
 post_1_26_1 w_2_0_1 -0.5
 w_2_0_2 post_1_26_2 -0.5
 post_1_26_2 w_2_0_2 -0.5
QCMATRIX out_definition_27_0
 w_2_0_0 post_1_27_0 -0.5
 post_1_27_0 w_2_0_0 -0.5
 w_2_0_1 post_1_27_1 -0.5
 post_1_27_1 w_2_0_1 -0.5
 w_2_0_2 post_1_27_2 -0.5
 post_1_27_2 w_2_0_2 -0.5
QCMATRIX out_definition_28_0
 w_2_0_0 post_1_28_0 -0.5
 post_1_28_0 w_2_0_0 -0.5
 w_2_0_1 post_1_28_1 -0.5
 post_1_28_1 w_2_0_1 -0.5
 w_2_0_2 post_1_28_2 -0.5
 post_1_28_2 w_2_0_2 -0.5
QCMATRIX out_definition_29_0
 w_2_0_0 post_1_29_0 -0.5
 post_1_29_0 w_2_0_0 -0.5
 w_2_0_1 post_1_29_1 -0.5
 post_1_29_1 w_2_0_1 -0.5
 w_2_0_2 post_1_29_2 -0.5
 post_1_29_2 w_2_0_2 -0.5
QCMATRIX out_definition_30_0
 w_2_0_0 post_1_30_0 -0.5
 post_1_30_0 w_2_0_0 -0.5
 w_2_0_1 post_1_30_1 -0.5
 post_1_30_1 w_2_0_1 -0.5
 w_2_0_2 post_1_30_2 -0.5
 post_1_30_2 w_2_0_2 -0.5
QCMATRIX out_definition_31_0
 w_2_0_0 post_1_31_0 -0.5
 post_1_31_0 w_2_0_0 -0.5
 w_2_0_1 post_1_31_1 -0.5
 post_1_31_1 w_2_0_1 -0.5
 w_2_0_2 post_1_31_2 -0.5
 post_1_31_2 w_2_0_2 -0.5
QCMATRIX out_definition_32_0
 w_2_0_0 post_1_32_0 -0.5
 post_1_32_0 w_2_0_0 -0.5
 w_2_0_1 post_1_32_1 -0.5
 post_1_32_1 w_2_0_1 -0.5
 w_2_0_2 post_1_32_2 -0.5
 post_1_32_2 w_2_0_2 -0.5
QCMATRIX out_definition_33_0
 w_2_0_0 post_1_33_0 -0.5
 post_1_33_0 w_2_0_0 -0.5
 w_2_0_1 post_1_33_1 -0.5
 post_1_33_1 w_2_0_1 -0.5
 w_2_0_2 post_1_33_2 -0.5
 post_1_33_2 w_2_0_2 -0.5
QCMATRIX out_definition_34_0
 w_2_0_0 post_1_34_0 -0.5
 post_1_34_0 w_2_0_0 -0.5
 w_2_0_1 post_1_34_1 -0.5
 post_1_34_1 w_2_0_1 -0.5
 w_2_0_2 post_1_34_2 -0.5
 post_1_34_2 w_2_0_2 -0.5
QCMATRIX out_definition_35_0
 w_2_0_0 post_1_35_0 -0.5
 post_1_35_0 w_2_0_0 -0.5
 w_2_0_1 post_1_35_1 -0.5
 post_1_35_1 w_2_0_1 -0.5
 w_2_0_2 post_1_35_2 -0.5
 post_1_35_2 w_2_0_2 -0.5
QCMATRIX out_definition_36_0
 w_2_0_0 post_1_36_0 -0.5
 post_1_36_0 w_2_0_0 -0.5
 w_2_0_1 post_1_36_1 -0.5
 post_1_36_1 w_2_0_1 -0.5
 w_2_0_2 post_1_36_2 -0.5
 post_1_36_2 w_2_0_2 -0.5
QCMATRIX out_definition_37_0
 w_2_0_0 post_1_37_0 -0.5
 post_1_37_0 w_2_0_0 -0.5
 w_2_0_1 post_1_37_1 -0.5
 post_1_37_1 w_2_0_1 -0.5
 w_2_0_2 post_1_37_2 -0.5
 post_1_37_2 w_2_0_2 -0.5
QCMATRIX out_definition_38_0
 w_2_0_0 post_1_38_0 -0.5
 post_1_38_0 w_2_0_0 -0.5
 w_2_0_1 post_1_38_1 -0.5
 post_1_38_1 w_2_0_1 -0.5
 w_2_0_2 post_1_38_2 -0.5
 post_1_38_2 w_2_0_2 -0.5
QCMATRIX out_definition_39_0
 w_2_0_0 post_1_39_0 -0.5
 post_1_39_0 w_2_0_0 -0.5
 w_2_0_1 post_1_39_1 -0.5
 post_1_39_1 w_2_0_1 -0.5
 w_2_0_2 post_1_39_2 -0.5
 post_1_39_2 w_2_0_2 -0.5
QCMATRIX out_definition_40_0
 w_2_0_0 post_1_40_0 -0.5
 post_1_40_0 w_2_0_0 -0.5
 w_2_0_1 post_1_40_1 -0.5
 post_1_40_1 w_2_0_1 -0.5
 w_2_0_2 post_1_40_2 -0.5
 post_1_40_2 w_2_0_2 -0.5
QCMATRIX out_definition_41_0
 w_2_0_0 post_1_41_0 -0.5
 post_1_41_0 w_2_0_0 -0.5
 w_2_0_1 post_1_41_1 -0.5
 post_1_41_1 w_2_0_1 -0.5
 w_2_0_2 post_1_41_2 -0.5
 post_1_41_2 w_2_0_2 -0.5
QCMATRIX out_definition_42_0
 w_2_0_0 post_1_42_0 -0.5
 post_1_42_0 w_2_0_0 -0.5
 w_2_0_1 post_1_42_1 -0.5
 post_1_42_1 w_2_0_1 -0.5
 w_2_0_2 post_1_42_2 -0.5
 post_1_42_2 w_2_0_2 -0.5
QCMATRIX out_definition_43_0
 w_2_0_0 post_1_43_0 -0.5
 post_1_43_0 w_2_0_0 -0.5
 w_2_0_1 post_1_43_1 -0.5
 post_1_43_1 w_2_0_1 -0.5
 w_2_0_2 post_1_43_2 -0.5
 post_1_43_2 w_2_0_2 -0.5
QCMATRIX out_definition_44_0
 w_2_0_0 post_1_44_0 -0.5
 post_1_44_0 w_2_0_0 -0.5
 w_2_0_1 post_1_44_1 -0.5
 post_1_44_1 w_2_0_1 -0.5
 w_2_0_2 post_1_44_2 -0.5
 post_1_44_2 w_2_0_2 -0.5
QCMATRIX out_definition_45_0
 w_2_0_0 post_1_45_0 -0.5
 post_1_45_0 w_2_0_0 -0.5
 w_2_0_1 post_1_45_1 -0.5
 post_1_45_1 w_2_0_1 -0.5
 w_2_0_2 post_1_45_2 -0.5
 post_1_45_2 w_2_0_2 -0.5
QCMATRIX out_definition_46_0
 w_2_0_0 post_1_46_0 -0.5
 post_1_46_0 w_2_0_0 -0.5
 w_2_0_1 post_1_46_1 -0.5
 post_1_46_1 w_2_0_1 -0.5
 w_2_0_2 post_1_46_2 -0.5
 post_1_46_2 w_2_0_2 -0.5
QCMATRIX out_definition_47_0
 w_2_0_0 post_1_47_0 -0.5
 post_1_47_0 w_2_0_0 -0.5
 w_2_0_1 post_1_47_1 -0.5
 post_1_47_1 w_2_0_1 -0.5
 w_2_0_2 post_1_47_2 -0.5
 post_1_47_2 w_2_0_2 -0.5
ENDATA
