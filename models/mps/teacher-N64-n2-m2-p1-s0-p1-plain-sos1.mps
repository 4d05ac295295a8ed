* teacher-N64-n2-m2-p1-s0-p1-plain-sos1  (relu-opt library: teacher-N64-n2-m2-p1-s0, problem 1, plain-sos1; {"hidden": [2], "bound": 3.0, "loss": "squared"})
NAME teacher-N64-n2-m2-p1-s0-p1-plain-sos1
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
 E pre_definition_1_24_0
 E pre_definition_1_24_1
 E pre_definition_1_25_0
 E pre_definition_1_25_1
 E pre_definition_1_26_0
 E pre_definition_1_26_1
 E pre_definition_1_27_0
 E pre_definition_1_27_1
 E pre_definition_1_28_0
 E pre_definition_1_28_1
 E pre_definition_1_29_0
 E pre_definition_1_29_1
 E pre_definition_1_30_0
 E pre_definition_1_30_1
 E pre_definition_1_31_0
 E pre_definition_1_31_1
 E pre_definition_1_32_0
 E pre_definition_1_32_1
 E pre_definition_1_33_0
 E pre_definition_1_33_1
 E pre_definition_1_34_0
 E pre_definition_1_34_1
 E pre_definition_1_35_0
 E pre_definition_1_35_1
 E pre_definition_1_36_0
 E pre_definition_1_36_1
 E pre_definition_1_37_0
 E pre_definition_1_37_1
 E pre_definition_1_38_0
 E pre_definition_1_38_1
 E pre_definition_1_39_0
 E pre_definition_1_39_1
 E pre_definition_1_40_0
 E pre_definition_1_40_1
 E pre_definition_1_41_0
 E pre_definition_1_41_1
 E pre_definition_1_42_0
 E pre_definition_1_42_1
 E pre_definition_1_43_0
 E pre_definition_1_43_1
 E pre_definition_1_44_0
 E pre_definition_1_44_1
 E pre_definition_1_45_0
 E pre_definition_1_45_1
 E pre_definition_1_46_0
 E pre_definition_1_46_1
 E pre_definition_1_47_0
 E pre_definition_1_47_1
 E pre_definition_1_48_0
 E pre_definition_1_48_1
 E pre_definition_1_49_0
 E pre_definition_1_49_1
 E pre_definition_1_50_0
 E pre_definition_1_50_1
 E pre_definition_1_51_0
 E pre_definition_1_51_1
 E pre_definition_1_52_0
 E pre_definition_1_52_1
 E pre_definition_1_53_0
 E pre_definition_1_53_1
 E pre_definition_1_54_0
 E pre_definition_1_54_1
 E pre_definition_1_55_0
 E pre_definition_1_55_1
 E pre_definition_1_56_0
 E pre_definition_1_56_1
 E pre_definition_1_57_0
 E pre_definition_1_57_1
 E pre_definition_1_58_0
 E pre_definition_1_58_1
 E pre_definition_1_59_0
 E pre_definition_1_59_1
 E pre_definition_1_60_0
 E pre_definition_1_60_1
 E pre_definition_1_61_0
 E pre_definition_1_61_1
 E pre_definition_1_62_0
 E pre_definition_1_62_1
 E pre_definition_1_63_0
 E pre_definition_1_63_1
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
 E out_definition_48_0
 E out_definition_49_0
 E out_definition_50_0
 E out_definition_51_0
 E out_definition_52_0
 E out_definition_53_0
 E out_definition_54_0
 E out_definition_55_0
 E out_definition_56_0
 E out_definition_57_0
 E out_definition_58_0
 E out_definition_59_0
 E out_definition_60_0
 E out_definition_61_0
 E out_definition_62_0
 E out_definition_63_0
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
 E relu_1_16_0_slack_definition
 E relu_1_16_1_slack_definition
 E relu_1_17_0_slack_definition
 E relu_1_17_1_slack_definition
 E relu_1_18_0_slack_definition
 E relu_1_18_1_slack_definition
 E relu_1_19_0_slack_definition
 E relu_1_19_1_slack_definition
 E relu_1_20_0_slack_definition
 E relu_1_20_1_slack_definition
 E relu_1_21_0_slack_definition
 E relu_1_21_1_slack_definition
 E relu_1_22_0_slack_definition
 E relu_1_22_1_slack_definition
 E relu_1_23_0_slack_definition
 E relu_1_23_1_slack_definition
 E relu_1_24_0_slack_definition
 E relu_1_24_1_slack_definition
 E relu_1_25_0_slack_definition
 E relu_1_25_1_slack_definition
 E relu_1_26_0_slack_definition
 E relu_1_26_1_slack_definition
 E relu_1_27_0_slack_definition
 E relu_1_27_1_slack_definition
 E relu_1_28_0_slack_definition
 E relu_1_28_1_slack_definition
 E relu_1_29_0_slack_definition
 E relu_1_29_1_slack_definition
 E relu_1_30_0_slack_definition
 E relu_1_30_1_slack_definition
 E relu_1_31_0_slack_definition
 E relu_1_31_1_slack_definition
 E relu_1_32_0_slack_definition
 E relu_1_32_1_slack_definition
 E relu_1_33_0_slack_definition
 E relu_1_33_1_slack_definition
 E relu_1_34_0_slack_definition
 E relu_1_34_1_slack_definition
 E relu_1_35_0_slack_definition
 E relu_1_35_1_slack_definition
 E relu_1_36_0_slack_definition
 E relu_1_36_1_slack_definition
 E relu_1_37_0_slack_definition
 E relu_1_37_1_slack_definition
 E relu_1_38_0_slack_definition
 E relu_1_38_1_slack_definition
 E relu_1_39_0_slack_definition
 E relu_1_39_1_slack_definition
 E relu_1_40_0_slack_definition
 E relu_1_40_1_slack_definition
 E relu_1_41_0_slack_definition
 E relu_1_41_1_slack_definition
 E relu_1_42_0_slack_definition
 E relu_1_42_1_slack_definition
 E relu_1_43_0_slack_definition
 E relu_1_43_1_slack_definition
 E relu_1_44_0_slack_definition
 E relu_1_44_1_slack_definition
 E relu_1_45_0_slack_definition
 E relu_1_45_1_slack_definition
 E relu_1_46_0_slack_definition
 E relu_1_46_1_slack_definition
 E relu_1_47_0_slack_definition
 E relu_1_47_1_slack_definition
 E relu_1_48_0_slack_definition
 E relu_1_48_1_slack_definition
 E relu_1_49_0_slack_definition
 E relu_1_49_1_slack_definition
 E relu_1_50_0_slack_definition
 E relu_1_50_1_slack_definition
 E relu_1_51_0_slack_definition
 E relu_1_51_1_slack_definition
 E relu_1_52_0_slack_definition
 E relu_1_52_1_slack_definition
 E relu_1_53_0_slack_definition
 E relu_1_53_1_slack_definition
 E relu_1_54_0_slack_definition
 E relu_1_54_1_slack_definition
 E relu_1_55_0_slack_definition
 E relu_1_55_1_slack_definition
 E relu_1_56_0_slack_definition
 E relu_1_56_1_slack_definition
 E relu_1_57_0_slack_definition
 E relu_1_57_1_slack_definition
 E relu_1_58_0_slack_definition
 E relu_1_58_1_slack_definition
 E relu_1_59_0_slack_definition
 E relu_1_59_1_slack_definition
 E relu_1_60_0_slack_definition
 E relu_1_60_1_slack_definition
 E relu_1_61_0_slack_definition
 E relu_1_61_1_slack_definition
 E relu_1_62_0_slack_definition
 E relu_1_62_1_slack_definition
 E relu_1_63_0_slack_definition
 E relu_1_63_1_slack_definition
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
 w_1_0_0 pre_definition_1_24_0 -0.5926485405745885
 w_1_0_0 pre_definition_1_25_0 0.8959573978711808
 w_1_0_0 pre_definition_1_26_0 0.6029739109814893
 w_1_0_0 pre_definition_1_27_0 -0.16066477197370133
 w_1_0_0 pre_definition_1_28_0 -0.34398975591271874
 w_1_0_0 pre_definition_1_29_0 -0.8842262210129956
 w_1_0_0 pre_definition_1_30_0 0.789009440859541
 w_1_0_0 pre_definition_1_31_0 -0.8543091061357349
 w_1_0_0 pre_definition_1_32_0 -0.9091809873814745
 w_1_0_0 pre_definition_1_33_0 0.14954275030184894
 w_1_0_0 pre_definition_1_34_0 -0.9901930104706482
 w_1_0_0 pre_definition_1_35_0 0.07990972138180785
 w_1_0_0 pre_definition_1_36_0 0.005154609024762058
 w_1_0_0 pre_definition_1_37_0 -0.571571401427615
 w_1_0_0 pre_definition_1_38_0 -0.4689671435774587
 w_1_0_0 pre_definition_1_39_0 -0.8641193732267565
 w_1_0_0 pre_definition_1_40_0 -0.4580302341526188
 w_1_0_0 pre_definition_1_41_0 -0.9358523798492928
 w_1_0_0 pre_definition_1_42_0 -0.7272801804911515
 w_1_0_0 pre_definition_1_43_0 -0.9144203592219271
 w_1_0_0 pre_definition_1_44_0 -0.9452576276459099
 w_1_0_0 pre_definition_1_45_0 -0.6447476550861408
 w_1_0_0 pre_definition_1_46_0 0.5352541607213923
 w_1_0_0 pre_definition_1_47_0 -0.8470603195669391
 w_1_0_0 pre_definition_1_48_0 -0.07786881524437383
 w_1_0_0 pre_definition_1_49_0 -0.86203463196231
 w_1_0_0 pre_definition_1_50_0 -0.46401239131312155
 w_1_0_0 pre_definition_1_51_0 0.9432692697729579
 w_1_0_0 pre_definition_1_52_0 0.968016540952856
 w_1_0_0 pre_definition_1_53_0 -0.025517446524156107
 w_1_0_0 pre_definition_1_54_0 0.8678350065518505
 w_1_0_0 pre_definition_1_55_0 0.8666199824657972
 w_1_0_0 pre_definition_1_56_0 0.1394025361043334
 w_1_0_0 pre_definition_1_57_0 -0.12446368445691403
 w_1_0_0 pre_definition_1_58_0 0.5166485718113101
 w_1_0_0 pre_definition_1_59_0 0.5482611431653512
 w_1_0_0 pre_definition_1_60_0 0.4233384859848448
 w_1_0_0 pre_definition_1_61_0 -0.10818100434653566
 w_1_0_0 pre_definition_1_62_0 -0.12095190401237166
 w_1_0_0 pre_definition_1_63_0 0.1742073146382146
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
 w_1_0_1 pre_definition_1_24_0 0.5387155820125051
 w_1_0_1 pre_definition_1_25_0 0.1908963203569436
 w_1_0_1 pre_definition_1_26_0 0.8184939087617562
 w_1_0_1 pre_definition_1_27_0 0.4026077343621548
 w_1_0_1 pre_definition_1_28_0 0.6009691120635734
 w_1_0_1 pre_definition_1_29_0 0.2697796635103429
 w_1_0_1 pre_definition_1_30_0 -0.25821630307941845
 w_1_0_1 pre_definition_1_31_0 0.11924569056843204
 w_1_0_1 pre_definition_1_32_0 0.00020837262470596585
 w_1_0_1 pre_definition_1_33_0 -0.24042690403075562
 w_1_0_1 pre_definition_1_34_0 -0.8978873498755306
 w_1_0_1 pre_definition_1_35_0 -0.5154576906165829
 w_1_0_1 pre_definition_1_36_0 -0.05862432039354082
 w_1_0_1 pre_definition_1_37_0 0.17068830128865842
 w_1_0_1 pre_definition_1_38_0 -0.4222857559794997
 w_1_0_1 pre_definition_1_39_0 0.7701347334381896
 w_1_0_1 pre_definition_1_40_0 -0.8548478572491198
 w_1_0_1 pre_definition_1_41_0 0.9705873900692614
 w_1_0_1 pre_definition_1_42_0 -0.9623900801326886
 w_1_0_1 pre_definition_1_43_0 0.7024719755350042
 w_1_0_1 pre_definition_1_44_0 -0.7798711114410413
 w_1_0_1 pre_definition_1_45_0 0.040024152384335654
 w_1_0_1 pre_definition_1_46_0 -0.6037611574366157
 w_1_0_1 pre_definition_1_47_0 0.46773945541541484
 w_1_0_1 pre_definition_1_48_0 0.114494342050937
 w_1_0_1 pre_definition_1_49_0 0.9189785776231307
 w_1_0_1 pre_definition_1_50_0 -0.22874649389799329
 w_1_0_1 pre_definition_1_51_0 -0.43843954565348064
 w_1_0_1 pre_definition_1_52_0 -0.5159020047128562
 w_1_0_1 pre_definition_1_53_0 -0.8582084415940123
 w_1_0_1 pre_definition_1_54_0 -0.6826345592247665
 w_1_0_1 pre_definition_1_55_0 0.31138004239174966
 w_1_0_1 pre_definition_1_56_0 -0.9321241615681404
 w_1_0_1 pre_definition_1_57_0 0.4822708136581355
 w_1_0_1 pre_definition_1_58_0 -0.7762366413183597
 w_1_0_1 pre_definition_1_59_0 0.750890588329433
 w_1_0_1 pre_definition_1_60_0 -0.1722461296254656
 w_1_0_1 pre_definition_1_61_0 -0.6194215518255555
 w_1_0_1 pre_definition_1_62_0 0.423157571137579
 w_1_0_1 pre_definition_1_63_0 -0.6362419419418208
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
 w_1_1_0 pre_definition_1_24_1 -0.5926485405745885
 w_1_1_0 pre_definition_1_25_1 0.8959573978711808
 w_1_1_0 pre_definition_1_26_1 0.6029739109814893
 w_1_1_0 pre_definition_1_27_1 -0.16066477197370133
 w_1_1_0 pre_definition_1_28_1 -0.34398975591271874
 w_1_1_0 pre_definition_1_29_1 -0.8842262210129956
 w_1_1_0 pre_definition_1_30_1 0.789009440859541
 w_1_1_0 pre_definition_1_31_1 -0.8543091061357349
 w_1_1_0 pre_definition_1_32_1 -0.9091809873814745
 w_1_1_0 pre_definition_1_33_1 0.14954275030184894
 w_1_1_0 pre_definition_1_34_1 -0.9901930104706482
 w_1_1_0 pre_definition_1_35_1 0.07990972138180785
 w_1_1_0 pre_definition_1_36_1 0.005154609024762058
 w_1_1_0 pre_definition_1_37_1 -0.571571401427615
 w_1_1_0 pre_definition_1_38_1 -0.4689671435774587
 w_1_1_0 pre_definition_1_39_1 -0.8641193732267565
 w_1_1_0 pre_definition_1_40_1 -0.4580302341526188
 w_1_1_0 pre_definition_1_41_1 -0.9358523798492928
 w_1_1_0 pre_definition_1_42_1 -0.7272801804911515
 w_1_1_0 pre_definition_1_43_1 -0.9144203592219271
 w_1_1_0 pre_definition_1_44_1 -0.9452576276459099
 w_1_1_0 pre_definition_1_45_1 -0.6447476550861408
 w_1_1_0 pre_definition_1_46_1 0.5352541607213923
 w_1_1_0 pre_definition_1_47_1 -0.8470603195669391
 w_1_1_0 pre_definition_1_48_1 -0.07786881524437383
 w_1_1_0 pre_definition_1_49_1 -0.86203463196231
 w_1_1_0 pre_definition_1_50_1 -0.46401239131312155
 w_1_1_0 pre_definition_1_51_1 0.9432692697729579
 w_1_1_0 pre_definition_1_52_1 0.968016540952856
 w_1_1_0 pre_definition_1_53_1 -0.025517446524156107
 w_1_1_0 pre_definition_1_54_1 0.8678350065518505
 w_1_1_0 pre_definition_1_55_1 0.8666199824657972
 w_1_1_0 pre_definition_1_56_1 0.1394025361043334
 w_1_1_0 pre_definition_1_57_1 -0.12446368445691403
 w_1_1_0 pre_definition_1_58_1 0.5166485718113101
 w_1_1_0 pre_definition_1_59_1 0.5482611431653512
 w_1_1_0 pre_definition_1_60_1 0.4233384859848448
 w_1_1_0 pre_definition_1_61_1 -0.10818100434653566
 w_1_1_0 pre_definition_1_62_1 -0.12095190401237166
 w_1_1_0 pre_definition_1_63_1 0.1742073146382146
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
 w_1_1_1 pre_definition_1_24_1 0.5387155820125051
 w_1_1_1 pre_definition_1_25_1 0.1908963203569436
 w_1_1_1 pre_definition_1_26_1 0.8184939087617562
 w_1_1_1 pre_definition_1_27_1 0.4026077343621548
 w_1_1_1 pre_definition_1_28_1 0.6009691120635734
 w_1_1_1 pre_definition_1_29_1 0.2697796635103429
 w_1_1_1 pre_definition_1_30_1 -0.25821630307941845
 w_1_1_1 pre_definition_1_31_1 0.11924569056843204
 w_1_1_1 pre_definition_1_32_1 0.00020837262470596585
 w_1_1_1 pre_definition_1_33_1 -0.24042690403075562
 w_1_1_1 pre_definition_1_34_1 -0.8978873498755306
 w_1_1_1 pre_definition_1_35_1 -0.5154576906165829
 w_1_1_1 pre_definition_1_36_1 -0.05862432039354082
 w_1_1_1 pre_definition_1_37_1 0.17068830128865842
 w_1_1_1 pre_definition_1_38_1 -0.4222857559794997
 w_1_1_1 pre_definition_1_39_1 0.7701347334381896
 w_1_1_1 pre_definition_1_40_1 -0.8548478572491198
 w_1_1_1 pre_definition_1_41_1 0.9705873900692614
 w_1_1_1 pre_definition_1_42_1 -0.9623900801326886
 w_1_1_1 pre_definition_1_43_1 0.7024719755350042
 w_1_1_1 pre_definition_1_44_1 -0.7798711114410413
 w_1_1_1 pre_definition_1_45_1 0.040024152384335654
 w_1_1_1 pre_definition_1_46_1 -0.6037611574366157
 w_1_1_1 pre_definition_1_47_1 0.46773945541541484
 w_1_1_1 pre_definition_1_48_1 0.114494342050937
 w_1_1_1 pre_definition_1_49_1 0.9189785776231307
 w_1_1_1 pre_definition_1_50_1 -0.22874649389799329
 w_1_1_1 pre_definition_1_51_1 -0.43843954565348064
 w_1_1_1 pre_definition_1_52_1 -0.5159020047128562
 w_1_1_1 pre_definition_1_53_1 -0.8582084415940123
 w_1_1_1 pre_definition_1_54_1 -0.6826345592247665
 w_1_1_1 pre_definition_1_55_1 0.31138004239174966
 w_1_1_1 pre_definition_1_56_1 -0.9321241615681404
 w_1_1_1 pre_definition_1_57_1 0.4822708136581355
 w_1_1_1 pre_definition_1_58_1 -0.7762366413183597
 w_1_1_1 pre_definition_1_59_1 0.750890588329433
 w_1_1_1 pre_definition_1_60_1 -0.1722461296254656
 w_1_1_1 pre_definition_1_61_1 -0.6194215518255555
 w_1_1_1 pre_definition_1_62_1 0.423157571137579
 w_1_1_1 pre_definition_1_63_1 -0.6362419419418208
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
 b_1_0 pre_definition_1_48_0 -1
 b_1_0 pre_definition_1_49_0 -1
 b_1_0 pre_definition_1_50_0 -1
 b_1_0 pre_definition_1_51_0 -1
 b_1_0 pre_definition_1_52_0 -1
 b_1_0 pre_definition_1_53_0 -1
 b_1_0 pre_definition_1_54_0 -1
 b_1_0 pre_definition_1_55_0 -1
 b_1_0 pre_definition_1_56_0 -1
 b_1_0 pre_definition_1_57_0 -1
 b_1_0 pre_definition_1_58_0 -1
 b_1_0 pre_definition_1_59_0 -1
 b_1_0 pre_definition_1_60_0 -1
 b_1_0 pre_definition_1_61_0 -1
 b_1_0 pre_definition_1_62_0 -1
 b_1_0 pre_definition_1_63_0 -1
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
 b_1_1 pre_definition_1_48_1 -1
 b_1_1 pre_definition_1_49_1 -1
 b_1_1 pre_definition_1_50_1 -1
 b_1_1 pre_definition_1_51_1 -1
 b_1_1 pre_definition_1_52_1 -1
 b_1_1 pre_definition_1_53_1 -1
 b_1_1 pre_definition_1_54_1 -1
 b_1_1 pre_definition_1_55_1 -1
 b_1_1 pre_definition_1_56_1 -1
 b_1_1 pre_definition_1_57_1 -1
 b_1_1 pre_definition_1_58_1 -1
 b_1_1 pre_definition_1_59_1 -1
 b_1_1 pre_definition_1_60_1 -1
 b_1_1 pre_definition_1_61_1 -1
 b_1_1 pre_definition_1_62_1 -1
 b_1_1 pre_definition_1_63_1 -1
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
 b_2_0 out_definition_48_0 -1
 b_2_0 out_definition_49_0 -1
 b_2_0 out_definition_50_0 -1
 b_2_0 out_definition_51_0 -1
 b_2_0 out_definition_52_0 -1
 b_2_0 out_definition_53_0 -1
 b_2_0 out_definition_54_0 -1
 b_2_0 out_definition_55_0 -1
 b_2_0 out_definition_56_0 -1
 b_2_0 out_definition_57_0 -1
 b_2_0 out_definition_58_0 -1
 b_2_0 out_definition_59_0 -1
 b_2_0 out_definition_60_0 -1
 b_2_0 out_definition_61_0 -1
 b_2_0 out_definition_62_0 -1
 b_2_0 out_definition_63_0 -1
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
 pre_1_16_0 pre_definition_1_16_0 1
 pre_1_16_0 relu_1_16_0_slack_definition 1
 pre_1_16_1 pre_definition_1_16_1 1
 pre_1_16_1 relu_1_16_1_slack_definition 1
 pre_1_17_0 pre_definition_1_17_0 1
 pre_1_17_0 relu_1_17_0_slack_definition 1
 pre_1_17_1 pre_definition_1_17_1 1
 pre_1_17_1 relu_1_17_1_slack_definition 1
 pre_1_18_0 pre_definition_1_18_0 1
 pre_1_18_0 relu_1_18_0_slack_definition 1
 pre_1_18_1 pre_definition_1_18_1 1
 pre_1_18_1 relu_1_18_1_slack_definition 1
 pre_1_19_0 pre_definition_1_19_0 1
 pre_1_19_0 relu_1_19_0_slack_definition 1
 pre_1_19_1 pre_definition_1_19_1 1
 pre_1_19_1 relu_1_19_1_slack_definition 1
 pre_1_20_0 pre_definition_1_20_0 1
 pre_1_20_0 relu_1_20_0_slack_definition 1
 pre_1_20_1 pre_definition_1_20_1 1
 pre_1_20_1 relu_1_20_1_slack_definition 1
 pre_1_21_0 pre_definition_1_21_0 1
 pre_1_21_0 relu_1_21_0_slack_definition 1
 pre_1_21_1 pre_definition_1_21_1 1
 pre_1_21_1 relu_1_21_1_slack_definition 1
 pre_1_22_0 pre_definition_1_22_0 1
 pre_1_22_0 relu_1_22_0_slack_definition 1
 pre_1_22_1 pre_definition_1_22_1 1
 pre_1_22_1 relu_1_22_1_slack_definition 1
 pre_1_23_0 pre_definition_1_23_0 1
 pre_1_23_0 relu_1_23_0_slack_definition 1
 pre_1_23_1 pre_definition_1_23_1 1
 pre_1_23_1 relu_1_23_1_slack_definition 1
 pre_1_24_0 pre_definition_1_24_0 1
 pre_1_24_0 relu_1_24_0_slack_definition 1
 pre_1_24_1 pre_definition_1_24_1 1
 pre_1_24_1 relu_1_24_1_slack_definition 1
 pre_1_25_0 pre_definition_1_25_0 1
 pre_1_25_0 relu_1_25_0_slack_definition 1
 pre_1_25_1 pre_definition_1_25_1 1
 pre_1_25_1 relu_1_25_1_slack_definition 1
 pre_1_26_0 pre_definition_1_26_0 1
 pre_1_26_0 relu_1_26_0_slack_definition 1
 pre_1_26_1 pre_definition_1_26_1 1
 pre_1_26_1 relu_1_26_1_slack_definition 1
 pre_1_27_0 pre_definition_1_27_0 1
 pre_1_27_0 relu_1_27_0_slack_definition 1
 pre_1_27_1 pre_definition_1_27_1 1
 pre_1_27_1 relu_1_27_1_slack_definition 1
 pre_1_28_0 pre_definition_1_28_0 1
 pre_1_28_0 relu_1_28_0_slack_definition 1
 pre_1_28_1 pre_definition_1_28_1 1
 pre_1_28_1 relu_1_28_1_slack_definition 1
 pre_1_29_0 pre_definition_1_29_0 1
 pre_1_29_0 relu_1_29_0_slack_definition 1
 pre_1_29_1 pre_definition_1_29_1 1
 pre_1_29_1 relu_1_29_1_slack_definition 1
 pre_1_30_0 pre_definition_1_30_0 1
 pre_1_30_0 relu_1_30_0_slack_definition 1
 pre_1_30_1 pre_definition_1_30_1 1
 pre_1_30_1 relu_1_30_1_slack_definition 1
 pre_1_31_0 pre_definition_1_31_0 1
 pre_1_31_0 relu_1_31_0_slack_definition 1
 pre_1_31_1 pre_definition_1_31_1 1
 pre_1_31_1 relu_1_31_1_slack_definition 1
 pre_1_32_0 pre_definition_1_32_0 1
 pre_1_32_0 relu_1_32_0_slack_definition 1
 pre_1_32_1 pre_definition_1_32_1 1
 pre_1_32_1 relu_1_32_1_slack_definition 1
 pre_1_33_0 pre_definition_1_33_0 1
 pre_1_33_0 relu_1_33_0_slack_definition 1
 pre_1_33_1 pre_definition_1_33_1 1
 pre_1_33_1 relu_1_33_1_slack_definition 1
 pre_1_34_0 pre_definition_1_34_0 1
 pre_1_34_0 relu_1_34_0_slack_definition 1
 pre_1_34_1 pre_definition_1_34_1 1
 pre_1_34_1 relu_1_34_1_slack_definition 1
 pre_1_35_0 pre_definition_1_35_0 1
 pre_1_35_0 relu_1_35_0_slack_definition 1
 pre_1_35_1 pre_definition_1_35_1 1
 pre_1_35_1 relu_1_35_1_slack_definition 1
 pre_1_36_0 pre_definition_1_36_0 1
 pre_1_36_0 relu_1_36_0_slack_definition 1
 pre_1_36_1 pre_definition_1_36_1 1
 pre_1_36_1 relu_1_36_1_slack_definition 1
 pre_1_37_0 pre_definition_1_37_0 1
 pre_1_37_0 relu_1_37_0_slack_definition 1
 pre_1_37_1 pre_definition_1_37_1 1
 pre_1_37_1 relu_1_37_1_slack_definition 1
 pre_1_38_0 pre_definition_1_38_0 1
 pre_1_38_0 relu_1_38_0_slack_definition 1
 pre_1_38_1 pre_definition_1_38_1 1
 pre_1_38_1 relu_1_38_1_slack_definition 1
 pre_1_39_0 pre_definition_1_39_0 1
 pre_1_39_0 relu_1_39_0_slack_definition 1
 pre_1_39_1 pre_definition_1_39_1 1
 pre_1_39_1 relu_1_39_1_slack_definition 1
 pre_1_40_0 pre_definition_1_40_0 1
 pre_1_40_0 relu_1_40_0_slack_definition 1
 pre_1_40_1 pre_definition_1_40_1 1
 pre_1_40_1 relu_1_40_1_slack_definition 1
 pre_1_41_0 pre_definition_1_41_0 1
 pre_1_41_0 relu_1_41_0_slack_definition 1
 pre_1_41_1 pre_definition_1_41_1 1
 pre_1_41_1 relu_1_41_1_slack_definition 1
 pre_1_42_0 pre_definition_1_42_0 1
 pre_1_42_0 relu_1_42_0_slack_definition 1
 pre_1_42_1 pre_definition_1_42_1 1
 pre_1_42_1 relu_1_42_1_slack_definition 1
 pre_1_43_0 pre_definition_1_43_0 1
 pre_1_43_0 relu_1_43_0_slack_definition 1
 pre_1_43_1 pre_definition_1_43_1 1
 pre_1_43_1 relu_1_43_1_slack_definition 1
 pre_1_44_0 pre_definition_1_44_0 1
 pre_1_44_0 relu_1_44_0_slack_definition 1
 pre_1_44_1 pre_definition_1_44_1 1
 pre_1_44_1 relu_1_44_1_slack_definition 1
 pre_1_45_0 pre_definition_1_45_0 1
 pre_1_45_0 relu_1_45_0_slack_definition 1
 pre_1_45_1 pre_definition_1_45_1 1
 pre_1_45_1 relu_1_45_1_slack_definition 1
 pre_1_46_0 pre_definition_1_46_0 1
 pre_1_46_0 relu_1_46_0_slack_definition 1
 pre_1_46_1 pre_definition_1_46_1 1
 pre_1_46_1 relu_1_46_1_slack_definition 1
 pre_1_47_0 pre_definition_1_47_0 1
 pre_1_47_0 relu_1_47_0_slack_definition 1
 pre_1_47_1 pre_definition_1_47_1 1
 pre_1_47_1 relu_1_47_1_slack_definition 1
 pre_1_48_0 pre_definition_1_48_0 1
 pre_1_48_0 relu_1_48_0_slack_definition 1
 pre_1_48_1 pre_definition_1_48_1 1
 pre_1_48_1 relu_1_48_1_slack_definition 1
 pre_1_49_0 pre_definition_1_49_0 1
 pre_1_49_0 relu_1_49_0_slack_definition 1
 pre_1_49_1 pre_definition_1_49_1 1
 pre_1_49_1 relu_1_49_1_slack_definition 1
 pre_1_50_0 pre_definition_1_50_0 1
 pre_1_50_0 relu_1_50_0_slack_definition 1
 pre_1_50_1 pre_definition_1_50_1 1
 pre_1_50_1 relu_1_50_1_slack_definition 1
 pre_1_51_0 pre_definition_1_51_0 1
 pre_1_51_0 relu_1_51_0_slack_definition 1
 pre_1_51_1 pre_definition_1_51_1 1
 pre_1_51_1 relu_1_51_1_slack_definition 1
 pre_1_52_0 pre_definition_1_52_0 1
 pre_1_52_0 relu_1_52_0_slack_definition 1
 pre_1_52_1 pre_definition_1_52_1 1
 pre_1_52_1 relu_1_52_1_slack_definition 1
 pre_1_53_0 pre_definition_1_53_0 1
 pre_1_53_0 relu_1_53_0_slack_definition 1
 pre_1_53_1 pre_definition_1_53_1 1
 pre_1_53_1 relu_1_53_1_slack_definition 1
 pre_1_54_0 pre_definition_1_54_0 1
 pre_1_54_0 relu_1_54_0_slack_definition 1
 pre_1_54_1 pre_definition_1_54_1 1
 pre_1_54_1 relu_1_54_1_slack_definition 1
 pre_1_55_0 pre_definition_1_55_0 1
 pre_1_55_0 relu_1_55_0_slack_definition 1
 pre_1_55_1 pre_definition_1_55_1 1
 pre_1_55_1 relu_1_55_1_slack_definition 1
 pre_1_56_0 pre_definition_1_56_0 1
 pre_1_56_0 relu_1_56_0_slack_definition 1
 pre_1_56_1 pre_definition_1_56_1 1
 pre_1_56_1 relu_1_56_1_slack_definition 1
 pre_1_57_0 pre_definition_1_57_0 1
 pre_1_57_0 relu_1_57_0_slack_definition 1
 pre_1_57_1 pre_definition_1_57_1 1
 pre_1_57_1 relu_1_57_1_slack_definition 1
 pre_1_58_0 pre_definition_1_58_0 1
 pre_1_58_0 relu_1_58_0_slack_definition 1
 pre_1_58_1 pre_definition_1_58_1 1
 pre_1_58_1 relu_1_58_1_slack_definition 1
 pre_1_59_0 pre_definition_1_59_0 1
 pre_1_59_0 relu_1_59_0_slack_definition 1
 pre_1_59_1 pre_definition_1_59_1 1
 pre_1_59_1 relu_1_59_1_slack_definition 1
 pre_1_60_0 pre_definition_1_60_0 1
 pre_1_60_0 relu_1_60_0_slack_definition 1
 pre_1_60_1 pre_definition_1_60_1 1
 pre_1_60_1 relu_1_60_1_slack_definition 1
 pre_1_61_0 pre_definition_1_61_0 1
 pre_1_61_0 relu_1_61_0_slack_definition 1
 pre_1_61_1 pre_definition_1_61_1 1
 pre_1_61_1 relu_1_61_1_slack_definition 1
 pre_1_62_0 pre_definition_1_62_0 1
 pre_1_62_0 relu_1_62_0_slack_definition 1
 pre_1_62_1 pre_definition_1_62_1 1
 pre_1_62_1 relu_1_62_1_slack_definition 1
 pre_1_63_0 pre_definition_1_63_0 1
 pre_1_63_0 relu_1_63_0_slack_definition 1
 pre_1_63_1 pre_definition_1_63_1 1
 pre_1_63_1 relu_1_63_1_slack_definition 1
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
 post_1_16_0 relu_1_16_0_slack_definition -1
 post_1_16_1 relu_1_16_1_slack_definition -1
 post_1_17_0 relu_1_17_0_slack_definition -1
 post_1_17_1 relu_1_17_1_slack_definition -1
 post_1_18_0 relu_1_18_0_slack_definition -1
 post_1_18_1 relu_1_18_1_slack_definition -1
 post_1_19_0 relu_1_19_0_slack_definition -1
 post_1_19_1 relu_1_19_1_slack_definition -1
 post_1_20_0 relu_1_20_0_slack_definition -1
 post_1_20_1 relu_1_20_1_slack_definition -1
 post_1_21_0 relu_1_21_0_slack_definition -1
 post_1_21_1 relu_1_21_1_slack_definition -1
 post_1_22_0 relu_1_22_0_slack_definition -1
 post_1_22_1 relu_1_22_1_slack_definition -1
 post_1_23_0 relu_1_23_0_slack_definition -1
 post_1_23_1 relu_1_23_1_slack_definition -1
 post_1_24_0 relu_1_24_0_slack_definition -1
 post_1_24_1 relu_1_24_1_slack_definition -1
 post_1_25_0 relu_1_25_0_slack_definition -1
 post_1_25_1 relu_1_25_1_slack_definition -1
 post_1_26_0 relu_1_26_0_slack_definition -1
 post_1_26_1 relu_1_26_1_slack_definition -1
 post_1_27_0 relu_1_27_0_slack_definition -1
 post_1_27_1 relu_1_27_1_slack_definition -1
 post_1_28_0 relu_1_28_0_slack_definition -1
 post_1_28_1 relu_1_28_1_slack_definition -1
 post_1_29_0 relu_1_29_0_slack_definition -1
 post_1_29_1 relu_1_29_1_slack_definition -1
 post_1_30_0 relu_1_30_0_slack_definition -1
 post_1_30_1 relu_1_30_1_slack_definition -1
 post_1_31_0 relu_1_31_0_slack_definition -1
 post_1_31_1 relu_1_31_1_slack_definition -1
 post_1_32_0 relu_1_32_0_slack_definition -1
 post_1_32_1 relu_1_32_1_slack_definition -1
 post_1_33_0 relu_1_33_0_slack_definition -1
 post_1_33_1 relu_1_33_1_slack_definition -1
 post_1_34_0 relu_1_34_0_slack_definition -1
 post_1_34_1 relu_1_34_1_slack_definition -1
 post_1_35_0 relu_1_35_0_slack_definition -1
 post_1_35_1 relu_1_35_1_slack_definition -1
 post_1_36_0 relu_1_36_0_slack_definition -1
 post_1_36_1 relu_1_36_1_slack_definition -1
 post_1_37_0 relu_1_37_0_slack_definition -1
 post_1_37_1 relu_1_37_1_slack_definition -1
 post_1_38_0 relu_1_38_0_slack_definition -1
 post_1_38_1 relu_1_38_1_slack_definition -1
 post_1_39_0 relu_1_39_0_slack_definition -1
 post_1_39_1 relu_1_39_1_slack_definition -1
 post_1_40_0 relu_1_40_0_slack_definition -1
 post_1_40_1 relu_1_40_1_slack_definition -1
 post_1_41_0 relu_1_41_0_slack_definition -1
 post_1_41_1 relu_1_41_1_slack_definition -1
 post_1_42_0 relu_1_42_0_slack_definition -1
 post_1_42_1 relu_1_42_1_slack_definition -1
 post_1_43_0 relu_1_43_0_slack_definition -1
 post_1_43_1 relu_1_43_1_slack_definition -1
 post_1_44_0 relu_1_44_0_slack_definition -1
 post_1_44_1 relu_1_44_1_slack_definition -1
 post_1_45_0 relu_1_45_0_slack_definition -1
 post_1_45_1 relu_1_45_1_slack_definition -1
 post_1_46_0 relu_1_46_0_slack_definition -1
 post_1_46_1 relu_1_46_1_slack_definition -1
 post_1_47_0 relu_1_47_0_slack_definition -1
 post_1_47_1 relu_1_47_1_slack_definition -1
 post_1_48_0 relu_1_48_0_slack_definition -1
 post_1_48_1 relu_1_48_1_slack_definition -1
 post_1_49_0 relu_1_49_0_slack_definition -1
 post_1_49_1 relu_1_49_1_slack_definition -1
 post_1_50_0 relu_1_50_0_slack_definition -1
 post_1_50_1 relu_1_50_1_slack_definition -1
 post_1_51_0 relu_1_51_0_slack_definition -1
 post_1_51_1 relu_1_51_1_slack_definition -1
 post_1_52_0 relu_1_52_0_slack_definition -1
 post_1_52_1 relu_1_52_1_slack_definition -1
 post_1_53_0 relu_1_53_0_slack_definition -1
 post_1_53_1 relu_1_53_1_slack_definition -1
 post_1_54_0 relu_1_54_0_slack_definition -1
 post_1_54_1 relu_1_54_1_slack_definition -1
 post_1_55_0 relu_1_55_0_slack_definition -1
 post_1_55_1 relu_1_55_1_slack_definition -1
 post_1_56_0 relu_1_56_0_slack_definition -1
 post_1_56_1 relu_1_56_1_slack_definition -1
 post_1_57_0 relu_1_57_0_slack_definition -1
 post_1_57_1 relu_1_57_1_slack_definition -1
 post_1_58_0 relu_1_58_0_slack_definition -1
 post_1_58_1 relu_1_58_1_slack_definition -1
 post_1_59_0 relu_1_59_0_slack_definition -1
 post_1_59_1 relu_1_59_1_slack_definition -1
 post_1_60_0 relu_1_60_0_slack_definition -1
 post_1_60_1 relu_1_60_1_slack_definition -1
 post_1_61_0 relu_1_61_0_slack_definition -1
 post_1_61_1 relu_1_61_1_slack_definition -1
 post_1_62_0 relu_1_62_0_slack_definition -1
 post_1_62_1 relu_1_62_1_slack_definition -1
 post_1_63_0 relu_1_63_0_slack_definition -1
 post_1_63_1 relu_1_63_1_slack_definition -1
 out_0_0 obj -0.41656930306720585
 out_0_0 out_definition_0_0 1
 out_1_0 obj -1.354989724992853
 out_1_0 out_definition_1_0 1
 out_2_0 obj -1.6592578138433056
 out_2_0 out_definition_2_0 1
 out_3_0 obj -1.1130871367139519
 out_3_0 out_definition_3_0 1
 out_4_0 obj -1.1005366788388045
 out_4_0 out_definition_4_0 1
 out_5_0 obj -2.580171656804515
 out_5_0 out_definition_5_0 1
 out_6_0 obj -1.4430335860064851
 out_6_0 out_definition_6_0 1
 out_7_0 obj -0.8204503549802041
 out_7_0 out_definition_7_0 1
 out_8_0 obj -0.3646967079587168
 out_8_0 out_definition_8_0 1
 out_9_0 obj -0.5577818003144132
 out_9_0 out_definition_9_0 1
 out_10_0 obj -0.6364292340300106
 out_10_0 out_definition_10_0 1
 out_11_0 obj -2.0801753956160756
 out_11_0 out_definition_11_0 1
 out_12_0 obj -0.4426918605532268
 out_12_0 out_definition_12_0 1
 out_13_0 obj -1.48397970245269
 out_13_0 out_definition_13_0 1
 out_14_0 obj -0.20153057498086377
 out_14_0 out_definition_14_0 1
 out_15_0 obj -1.466964133022745
 out_15_0 out_definition_15_0 1
 out_16_0 obj -1.1959693316224724
 out_16_0 out_definition_16_0 1
 out_17_0 obj -1.686553680540043
 out_17_0 out_definition_17_0 1
 out_18_0 obj -1.0545581245862419
 out_18_0 out_definition_18_0 1
 out_19_0 obj -1.8204646925472618
 out_19_0 out_definition_19_0 1
 out_20_0 obj -0.40440474709114954
 out_20_0 out_definition_20_0 1
 out_21_0 obj -0.46462990865198556
 out_21_0 out_definition_21_0 1
 out_22_0 obj -2.2558891201929874
 out_22_0 out_definition_22_0 1
 out_23_0 obj -1.793745680595705
 out_23_0 out_definition_23_0 1
 out_24_0 obj -1.1161809326575773
 out_24_0 out_definition_24_0 1
 out_25_0 obj -1.5772391129894983
 out_25_0 out_definition_25_0 1
 out_26_0 obj -2.6271505427183732
 out_26_0 out_definition_26_0 1
 out_27_0 obj -1.4598481815852284
 out_27_0 out_definition_27_0 1
 out_28_0 obj -1.4953144868629675
 out_28_0 out_definition_28_0 1
 out_29_0 obj -0.8028963309483983
 out_29_0 out_definition_29_0 1
 out_30_0 obj -1.855691992480968
 out_30_0 out_definition_30_0 1
 out_31_0 obj -0.6987005853011455
 out_31_0 out_definition_31_0 1
 out_32_0 obj -0.5653400823104033
 out_32_0 out_definition_32_0 1
 out_33_0 obj -0.750064971821737
 out_33_0 out_definition_33_0 1
 out_34_0 obj -0.7105708813712106
 out_34_0 out_definition_34_0 1
 out_35_0 obj -0.8822864923259176
 out_35_0 out_definition_35_0 1
 out_36_0 obj -1.3531324350322145
 out_36_0 out_definition_36_0 1
 out_37_0 obj -0.9792057646013065
 out_37_0 out_definition_37_0 1
 out_38_0 obj -0.5969381728866083
 out_38_0 out_definition_38_0 1
 out_39_0 obj -1.4813143611362962
 out_39_0 out_definition_39_0 1
 out_40_0 obj -0.4500155202378165
 out_40_0 out_definition_40_0 1
 out_41_0 obj -1.5419114314820104
 out_41_0 out_definition_41_0 1
 out_42_0 obj -0.042938904308258474
 out_42_0 out_definition_42_0 1
 out_43_0 obj -1.5030326667908056
 out_43_0 out_definition_43_0 1
 out_44_0 obj -0.01203830398895217
 out_44_0 out_definition_44_0 1
 out_45_0 obj -0.7269194427991512
 out_45_0 out_definition_45_0 1
 out_46_0 obj -0.8927040300697947
 out_46_0 out_definition_46_0 1
 out_47_0 obj -0.8831297878577514
 out_47_0 out_definition_47_0 1
 out_48_0 obj -1.3897682076897369
 out_48_0 out_definition_48_0 1
 out_49_0 obj -1.5299241578172167
 out_49_0 out_definition_49_0 1
 out_50_0 obj -0.5273759798470332
 out_50_0 out_definition_50_0 1
 out_51_0 obj -1.512977347681307
 out_51_0 out_definition_51_0 1
 out_52_0 obj -1.247685809772777
 out_52_0 out_definition_52_0 1
 out_53_0 obj -0.5539788597961708
 out_53_0 out_definition_53_0 1
 out_54_0 obj -1.1598251537495599
 out_54_0 out_definition_54_0 1
 out_55_0 obj -2.071330896022751
 out_55_0 out_definition_55_0 1
 out_56_0 obj 0.0985575964483057
 out_56_0 out_definition_56_0 1
 out_57_0 obj -1.3704509038873947
 out_57_0 out_definition_57_0 1
 out_58_0 obj -0.9504992746598354
 out_58_0 out_definition_58_0 1
 out_59_0 obj -2.4014179386366394
 out_59_0 out_definition_59_0 1
 out_60_0 obj -1.2635185531680881
 out_60_0 out_definition_60_0 1
 out_61_0 obj -0.7782000929677937
 out_61_0 out_definition_61_0 1
 out_62_0 obj -1.3139402163034681
 out_62_0 out_definition_62_0 1
 out_63_0 obj -0.519175627346528
 out_63_0 out_definition_63_0 1
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
 relu_1_16_0_slack relu_1_16_0_slack_definition 1
 relu_1_16_1_slack relu_1_16_1_slack_definition 1
 relu_1_17_0_slack relu_1_17_0_slack_definition 1
 relu_1_17_1_slack relu_1_17_1_slack_definition 1
 relu_1_18_0_slack relu_1_18_0_slack_definition 1
 relu_1_18_1_slack relu_1_18_1_slack_definition 1
 relu_1_19_0_slack relu_1_19_0_slack_definition 1
 relu_1_19_1_slack relu_1_19_1_slack_definition 1
 relu_1_20_0_slack relu_1_20_0_slack_definition 1
 relu_1_20_1_slack relu_1_20_1_slack_definition 1
 relu_1_21_0_slack relu_1_21_0_slack_definition 1
 relu_1_21_1_slack relu_1_21_1_slack_definition 1
 relu_1_22_0_slack relu_1_22_0_slack_definition 1
 relu_1_22_1_slack relu_1_22_1_slack_definition 1
 relu_1_23_0_slack relu_1_23_0_slack_definition 1
 relu_1_23_1_slack relu_1_23_1_slack_definition 1
 relu_1_24_0_slack relu_1_24_0_slack_definition 1
 relu_1_24_1_slack relu_1_24_1_slack_definition 1
 relu_1_25_0_slack relu_1_25_0_slack_definition 1
 relu_1_25_1_slack relu_1_25_1_slack_definition 1
 relu_1_26_0_slack relu_1_26_0_slack_definition 1
 relu_1_26_1_slack relu_1_26_1_slack_definition 1
 relu_1_27_0_slack relu_1_27_0_slack_definition 1
 relu_1_27_1_slack relu_1_27_1_slack_definition 1
 relu_1_28_0_slack relu_1_28_0_slack_definition 1
 relu_1_28_1_slack relu_1_28_1_slack_definition 1
 relu_1_29_0_slack relu_1_29_0_slack_definition 1
 relu_1_29_1_slack relu_1_29_1_slack_definition 1
 relu_1_30_0_slack relu_1_30_0_slack_definition 1
 relu_1_30_1_slack relu_1_30_1_slack_definition 1
 relu_1_31_0_slack relu_1_31_0_slack_definition 1
 relu_1_31_1_slack relu_1_31_1_slack_definition 1
 relu_1_32_0_slack relu_1_32_0_slack_definition 1
 relu_1_32_1_slack relu_1_32_1_slack_definition 1
 relu_1_33_0_slack relu_1_33_0_slack_definition 1
 relu_1_33_1_slack relu_1_33_1_slack_definition 1
 relu_1_34_0_slack relu_1_34_0_slack_definition 1
 relu_1_34_1_slack relu_1_34_1_slack_definition 1
 relu_1_35_0_slack relu_1_35_0_slack_definition 1
 relu_1_35_1_slack relu_1_35_1_slack_definition 1
 relu_1_36_0_slack relu_1_36_0_slack_definition 1
 relu_1_36_1_slack relu_1_36_1_slack_definition 1
 relu_1_37_0_slack relu_1_37_0_slack_definition 1
 relu_1_37_1_slack relu_1_37_1_slack_definition 1
 relu_1_38_0_slack relu_1_38_0_slack_definition 1
 relu_1_38_1_slack relu_1_38_1_slack_definition 1
 relu_1_39_0_slack relu_1_39_0_slack_definition 1
 relu_1_39_1_slack relu_1_39_1_slack_definition 1
 relu_1_40_0_slack relu_1_40_0_slack_definition 1
 relu_1_40_1_slack relu_1_40_1_slack_definition 1
 relu_1_41_0_slack relu_1_41_0_slack_definition 1
 relu_1_41_1_slack relu_1_41_1_slack_definition 1
 relu_1_42_0_slack relu_1_42_0_slack_definition 1
 relu_1_42_1_slack relu_1_42_1_slack_definition 1
 relu_1_43_0_slack relu_1_43_0_slack_definition 1
 relu_1_43_1_slack relu_1_43_1_slack_definition 1
 relu_1_44_0_slack relu_1_44_0_slack_definition 1
 relu_1_44_1_slack relu_1_44_1_slack_definition 1
 relu_1_45_0_slack relu_1_45_0_slack_definition 1
 relu_1_45_1_slack relu_1_45_1_slack_definition 1
 relu_1_46_0_slack relu_1_46_0_slack_definition 1
 relu_1_46_1_slack relu_1_46_1_slack_definition 1
 relu_1_47_0_slack relu_1_47_0_slack_definition 1
 relu_1_47_1_slack relu_1_47_1_slack_definition 1
 relu_1_48_0_slack relu_1_48_0_slack_definition 1
 relu_1_48_1_slack relu_1_48_1_slack_definition 1
 relu_1_49_0_slack relu_1_49_0_slack_definition 1
 relu_1_49_1_slack relu_1_49_1_slack_definition 1
 relu_1_50_0_slack relu_1_50_0_slack_definition 1
 relu_1_50_1_slack relu_1_50_1_slack_definition 1
 relu_1_51_0_slack relu_1_51_0_slack_definition 1
 relu_1_51_1_slack relu_1_51_1_slack_definition 1
 relu_1_52_0_slack relu_1_52_0_slack_definition 1
 relu_1_52_1_slack relu_1_52_1_slack_definition 1
 relu_1_53_0_slack relu_1_53_0_slack_definition 1
 relu_1_53_1_slack relu_1_53_1_slack_definition 1
 relu_1_54_0_slack relu_1_54_0_slack_definition 1
 relu_1_54_1_slack relu_1_54_1_slack_definition 1
 relu_1_55_0_slack relu_1_55_0_slack_definition 1
 relu_1_55_1_slack relu_1_55_1_slack_definition 1
 relu_1_56_0_slack relu_1_56_0_slack_definition 1
 relu_1_56_1_slack relu_1_56_1_slack_definition 1
 relu_1_57_0_slack relu_1_57_0_slack_definition 1
 relu_1_57_1_slack relu_1_57_1_slack_definition 1
 relu_1_58_0_slack relu_1_58_0_slack_definition 1
 relu_1_58_1_slack relu_1_58_1_slack_definition 1
 relu_1_59_0_slack relu_1_59_0_slack_definition 1
 relu_1_59_1_slack relu_1_59_1_slack_definition 1
 relu_1_60_0_slack relu_1_60_0_slack_definition 1
 relu_1_60_1_slack relu_1_60_1_slack_definition 1
 relu_1_61_0_slack relu_1_61_0_slack_definition 1
 relu_1_61_1_slack relu_1_61_1_slack_definition 1
 relu_1_62_0_slack relu_1_62_0_slack_definition 1
 relu_1_62_1_slack relu_1_62_1_slack_definition 1
 relu_1_63_0_slack relu_1_63_0_slack_definition 1
 relu_1_63_1_slack relu_1_63_1_slack_definition 1
RHS
 rhs obj -26.22642239898261
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
 LO bnd pre_1_24_0 -6.394092367761281
 UP bnd pre_1_24_0 6.394092367761281
 LO bnd pre_1_24_1 -6.394092367761281
 UP bnd pre_1_24_1 6.394092367761281
 LO bnd pre_1_25_0 -6.260561154684373
 UP bnd pre_1_25_0 6.260561154684373
 LO bnd pre_1_25_1 -6.260561154684373
 UP bnd pre_1_25_1 6.260561154684373
 LO bnd pre_1_26_0 -7.264403459229737
 UP bnd pre_1_26_0 7.264403459229737
 LO bnd pre_1_26_1 -7.264403459229737
 UP bnd pre_1_26_1 7.264403459229737
 LO bnd pre_1_27_0 -4.689817519007568
 UP bnd pre_1_27_0 4.689817519007568
 LO bnd pre_1_27_1 -4.689817519007568
 UP bnd pre_1_27_1 4.689817519007568
 LO bnd pre_1_28_0 -5.834876603928876
 UP bnd pre_1_28_0 5.834876603928876
 LO bnd pre_1_28_1 -5.834876603928876
 UP bnd pre_1_28_1 5.834876603928876
 LO bnd pre_1_29_0 -6.462017653570015
 UP bnd pre_1_29_0 6.462017653570015
 LO bnd pre_1_29_1 -6.462017653570015
 UP bnd pre_1_29_1 6.462017653570015
 LO bnd pre_1_30_0 -6.141677231816878
 UP bnd pre_1_30_0 6.141677231816878
 LO bnd pre_1_30_1 -6.141677231816878
 UP bnd pre_1_30_1 6.141677231816878
 LO bnd pre_1_31_0 -5.920664390112501
 UP bnd pre_1_31_0 5.920664390112501
 LO bnd pre_1_31_1 -5.920664390112501
 UP bnd pre_1_31_1 5.920664390112501
 LO bnd pre_1_32_0 -5.728168080018541
 UP bnd pre_1_32_0 5.728168080018541
 LO bnd pre_1_32_1 -5.728168080018541
 UP bnd pre_1_32_1 5.728168080018541
 LO bnd pre_1_33_0 -4.169908962997813
 UP bnd pre_1_33_0 4.169908962997813
 LO bnd pre_1_33_1 -4.169908962997813
 UP bnd pre_1_33_1 4.169908962997813
 LO bnd pre_1_34_0 -8.664241081038536
 UP bnd pre_1_34_0 8.664241081038536
 LO bnd pre_1_34_1 -8.664241081038536
 UP bnd pre_1_34_1 8.664241081038536
 LO bnd pre_1_35_0 -4.786102235995172
 UP bnd pre_1_35_0 4.786102235995172
 LO bnd pre_1_35_1 -4.786102235995172
 UP bnd pre_1_35_1 4.786102235995172
 LO bnd pre_1_36_0 -3.1913367882549086
 UP bnd pre_1_36_0 3.1913367882549086
 LO bnd pre_1_36_1 -3.1913367882549086
 UP bnd pre_1_36_1 3.1913367882549086
 LO bnd pre_1_37_0 -5.22677910814882
 UP bnd pre_1_37_0 5.22677910814882
 LO bnd pre_1_37_1 -5.22677910814882
 UP bnd pre_1_37_1 5.22677910814882
 LO bnd pre_1_38_0 -5.673758698670875
 UP bnd pre_1_38_0 5.673758698670875
 LO bnd pre_1_38_1 -5.673758698670875
 UP bnd pre_1_38_1 5.673758698670875
 LO bnd pre_1_39_0 -7.902762319994838
 UP bnd pre_1_39_0 7.902762319994838
 LO bnd pre_1_39_1 -7.902762319994838
 UP bnd pre_1_39_1 7.902762319994838
 LO bnd pre_1_40_0 -6.938634274205215
 UP bnd pre_1_40_0 6.938634274205215
 LO bnd pre_1_40_1 -6.938634274205215
 UP bnd pre_1_40_1 6.938634274205215
 LO bnd pre_1_41_0 -8.719319309755662
 UP bnd pre_1_41_0 8.719319309755662
 LO bnd pre_1_41_1 -8.719319309755662
 UP bnd pre_1_41_1 8.719319309755662
 LO bnd pre_1_42_0 -8.069010781871519
 UP bnd pre_1_42_0 8.069010781871519
 LO bnd pre_1_42_1 -8.069010781871519
 UP bnd pre_1_42_1 8.069010781871519
 LO bnd pre_1_43_0 -7.8506770042707945
 UP bnd pre_1_43_0 7.8506770042707945
 LO bnd pre_1_43_1 -7.8506770042707945
 UP bnd pre_1_43_1 7.8506770042707945
 LO bnd pre_1_44_0 -8.175386217260854
 UP bnd pre_1_44_0 8.175386217260854
 LO bnd pre_1_44_1 -8.175386217260854
 UP bnd pre_1_44_1 8.175386217260854
 LO bnd pre_1_45_0 -5.054315422411429
 UP bnd pre_1_45_0 5.054315422411429
 LO bnd pre_1_45_1 -5.054315422411429
 UP bnd pre_1_45_1 5.054315422411429
 LO bnd pre_1_46_0 -6.417045954474024
 UP bnd pre_1_46_0 6.417045954474024
 LO bnd pre_1_46_1 -6.417045954474024
 UP bnd pre_1_46_1 6.417045954474024
 LO bnd pre_1_47_0 -6.944399324947062
 UP bnd pre_1_47_0 6.944399324947062
 LO bnd pre_1_47_1 -6.944399324947062
 UP bnd pre_1_47_1 6.944399324947062
 LO bnd pre_1_48_0 -3.5770894718859325
 UP bnd pre_1_48_0 3.5770894718859325
 LO bnd pre_1_48_1 -3.5770894718859325
 UP bnd pre_1_48_1 3.5770894718859325
 LO bnd pre_1_49_0 -8.343039628756323
 UP bnd pre_1_49_0 8.343039628756323
 LO bnd pre_1_49_1 -8.343039628756323
 UP bnd pre_1_49_1 8.343039628756323
 LO bnd pre_1_50_0 -5.078276655633345
 UP bnd pre_1_50_0 5.078276655633345
 LO bnd pre_1_50_1 -5.078276655633345
 UP bnd pre_1_50_1 5.078276655633345
 LO bnd pre_1_51_0 -7.145126446279315
 UP bnd pre_1_51_0 7.145126446279315
 LO bnd pre_1_51_1 -7.145126446279315
 UP bnd pre_1_51_1 7.145126446279315
 LO bnd pre_1_52_0 -7.451755636997136
 UP bnd pre_1_52_0 7.451755636997136
 LO bnd pre_1_52_1 -7.451755636997136
 UP bnd pre_1_52_1 7.451755636997136
 LO bnd pre_1_53_0 -5.651177664354505
 UP bnd pre_1_53_0 5.651177664354505
 LO bnd pre_1_53_1 -5.651177664354505
 UP bnd pre_1_53_1 5.651177664354505
 LO bnd pre_1_54_0 -7.651408697329851
 UP bnd pre_1_54_0 7.651408697329851
 LO bnd pre_1_54_1 -7.651408697329851
 UP bnd pre_1_54_1 7.651408697329851
 LO bnd pre_1_55_0 -6.53400007457264
 UP bnd pre_1_55_0 6.53400007457264
 LO bnd pre_1_55_1 -6.53400007457264
 UP bnd pre_1_55_1 6.53400007457264
 LO bnd pre_1_56_0 -6.214580093017421
 UP bnd pre_1_56_0 6.214580093017421
 LO bnd pre_1_56_1 -6.214580093017421
 UP bnd pre_1_56_1 6.214580093017421
 LO bnd pre_1_57_0 -4.820203494345149
 UP bnd pre_1_57_0 4.820203494345149
 LO bnd pre_1_57_1 -4.820203494345149
 UP bnd pre_1_57_1 4.820203494345149
 LO bnd pre_1_58_0 -6.8786556393890095
 UP bnd pre_1_58_0 6.8786556393890095
 LO bnd pre_1_58_1 -6.8786556393890095
 UP bnd pre_1_58_1 6.8786556393890095
 LO bnd pre_1_59_0 -6.897455194484353
 UP bnd pre_1_59_0 6.897455194484353
 LO bnd pre_1_59_1 -6.897455194484353
 UP bnd pre_1_59_1 6.897455194484353
 LO bnd pre_1_60_0 -4.786753846830932
 UP bnd pre_1_60_0 4.786753846830932
 LO bnd pre_1_60_1 -4.786753846830932
 UP bnd pre_1_60_1 4.786753846830932
 LO bnd pre_1_61_0 -5.182807668516274
 UP bnd pre_1_61_0 5.182807668516274
 LO bnd pre_1_61_1 -5.182807668516274
 UP bnd pre_1_61_1 5.182807668516274
 LO bnd pre_1_62_0 -4.6323284254498525
 UP bnd pre_1_62_0 4.6323284254498525
 LO bnd pre_1_62_1 -4.6323284254498525
 UP bnd pre_1_62_1 4.6323284254498525
 LO bnd pre_1_63_0 -5.431347769740106
 UP bnd pre_1_63_0 5.431347769740106
 LO bnd pre_1_63_1 -5.431347769740106
 UP bnd pre_1_63_1 5.431347769740106
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
 LO bnd post_1_24_0 0
 UP bnd post_1_24_0 6.394092367761281
 LO bnd post_1_24_1 0
 UP bnd post_1_24_1 6.394092367761281
 LO bnd post_1_25_0 0
 UP bnd post_1_25_0 6.260561154684373
 LO bnd post_1_25_1 0
 UP bnd post_1_25_1 6.260561154684373
 LO bnd post_1_26_0 0
 UP bnd post_1_26_0 7.264403459229737
 LO bnd post_1_26_1 0
 UP bnd post_1_26_1 7.264403459229737
 LO bnd post_1_27_0 0
 UP bnd post_1_27_0 4.689817519007568
 LO bnd post_1_27_1 0
 UP bnd post_1_27_1 4.689817519007568
 LO bnd post_1_28_0 0
 UP bnd post_1_28_0 5.834876603928876
 LO bnd post_1_28_1 0
 UP bnd post_1_28_1 5.834876603928876
 LO bnd post_1_29_0 0
 UP bnd post_1_29_0 6.462017653570015
 LO bnd post_1_29_1 0
 UP bnd post_1_29_1 6.462017653570015
 LO bnd post_1_30_0 0
 UP bnd post_1_30_0 6.141677231816878
 LO bnd post_1_30_1 0
 UP bnd post_1_30_1 6.141677231816878
 LO bnd post_1_31_0 0
 UP bnd post_1_31_0 5.920664390112501
 LO bnd post_1_31_1 0
 UP bnd post_1_31_1 5.920664390112501
 LO bnd post_1_32_0 0
 UP bnd post_1_32_0 5.728168080018541
 LO bnd post_1_32_1 0
 UP bnd post_1_32_1 5.728168080018541
 LO bnd post_1_33_0 0
 UP bnd post_1_33_0 4.169908962997813
 LO bnd post_1_33_1 0
 UP bnd post_1_33_1 4.169908962997813
 LO bnd post_1_34_0 0
 UP bnd post_1_34_0 8.664241081038536
 LO bnd post_1_34_1 0
 UP bnd post_1_34_1 8.664241081038536
 LO bnd post_1_35_0 0
 UP bnd post_1_35_0 4.786102235995172
 LO bnd post_1_35_1 0
 UP bnd post_1_35_1 4.786102235995172
 LO bnd post_1_36_0 0
 UP bnd post_1_36_0 3.1913367882549086
 LO bnd post_1_36_1 0
 UP bnd post_1_36_1 3.1913367882549086
 LO bnd post_1_37_0 0
 UP bnd post_1_37_0 5.22677910814882
 LO bnd post_1_37_1 0
 UP bnd post_1_37_1 5.22677910814882
 LO bnd post_1_38_0 0
 UP bnd post_1_38_0 5.673758698670875
 LO bnd post_1_38_1 0
 UP bnd post_1_38_1 5.673758698670875
 LO bnd post_1_39_0 0
 UP bnd post_1_39_0 7.902762319994838
 LO bnd post_1_39_1 0
 UP bnd post_1_39_1 7.902762319994838
 LO bnd post_1_40_0 0
 UP bnd post_1_40_0 6.938634274205215
 LO bnd post_1_40_1 0
 UP bnd post_1_40_1 6.938634274205215
 LO bnd post_1_41_0 0
 UP bnd post_1_41_0 8.719319309755662
 LO bnd post_1_41_1 0
 UP bnd post_1_41_1 8.719319309755662
 LO bnd post_1_42_0 0
 UP bnd post_1_42_0 8.069010781871519
 LO bnd post_1_42_1 0
 UP bnd post_1_42_1 8.069010781871519
 LO bnd post_1_43_0 0
 UP bnd post_1_43_0 7.8506770042707945
 LO bnd post_1_43_1 0
 UP bnd post_1_43_1 7.8506770042707945
 LO bnd post_1_44_0 0
 UP bnd post_1_44_0 8.175386217260854
 LO bnd post_1_44_1 0
 UP bnd post_1_44_1 8.175386217260854
 LO bnd post_1_45_0 0
 UP bnd post_1_45_0 5.054315422411429
 LO bnd post_1_45_1 0
 UP bnd post_1_45_1 5.054315422411429
 LO bnd post_1_46_0 0
 UP bnd post_1_46_0 6.417045954474024
 LO bnd post_1_46_1 0
 UP bnd post_1_46_1 6.417045954474024
 LO bnd post_1_47_0 0
 UP bnd post_1_47_0 6.944399324947062
 LO bnd post_1_47_1 0
 UP bnd post_1_47_1 6.944399324947062
 LO bnd post_1_48_0 0
 UP bnd post_1_48_0 3.5770894718859325
 LO bnd post_1_48_1 0
 UP bnd post_1_48_1 3.5770894718859325
 LO bnd post_1_49_0 0
 UP bnd post_1_49_0 8.343039628756323
 LO bnd post_1_49_1 0
 UP bnd post_1_49_1 8.343039628756323
 LO bnd post_1_50_0 0
 UP bnd post_1_50_0 5.078276655633345
 LO bnd post_1_50_1 0
 UP bnd post_1_50_1 5.078276655633345
 LO bnd post_1_51_0 0
 UP bnd post_1_51_0 7.145126446279315
 LO bnd post_1_51_1 0
 UP bnd post_1_51_1 7.145126446279315
 LO bnd post_1_52_0 0
 UP bnd post_1_52_0 7.451755636997136
 LO bnd post_1_52_1 0
 UP bnd post_1_52_1 7.451755636997136
 LO bnd post_1_53_0 0
 UP bnd post_1_53_0 5.651177664354505
 LO bnd post_1_53_1 0
 UP bnd post_1_53_1 5.651177664354505
 LO bnd post_1_54_0 0
 UP bnd post_1_54_0 7.651408697329851
 LO bnd post_1_54_1 0
 UP bnd post_1_54_1 7.651408697329851
 LO bnd post_1_55_0 0
 UP bnd post_1_55_0 6.53400007457264
 LO bnd post_1_55_1 0
 UP bnd post_1_55_1 6.53400007457264
 LO bnd post_1_56_0 0
 UP bnd post_1_56_0 6.214580093017421
 LO bnd post_1_56_1 0
 UP bnd post_1_56_1 6.214580093017421
 LO bnd post_1_57_0 0
 UP bnd post_1_57_0 4.820203494345149
 LO bnd post_1_57_1 0
 UP bnd post_1_57_1 4.820203494345149
 LO bnd post_1_58_0 0
 UP bnd post_1_58_0 6.8786556393890095
 LO bnd post_1_58_1 0
 UP bnd post_1_58_1 6.8786556393890095
 LO bnd post_1_59_0 0
 UP bnd post_1_59_0 6.897455194484353
 LO bnd post_1_59_1 0
 UP bnd post_1_59_1 6.897455194484353
 LO bnd post_1_60_0 0
 UP bnd post_1_60_0 4.786753846830932
 LO bnd post_1_60_1 0
 UP bnd post_1_60_1 4.786753846830932
 LO bnd post_1_61_0 0
 UP bnd post_1_61_0 5.182807668516274
 LO bnd post_1_61_1 0
 UP bnd post_1_61_1 5.182807668516274
 LO bnd post_1_62_0 0
 UP bnd post_1_62_0 4.6323284254498525
 LO bnd post_1_62_1 0
 UP bnd post_1_62_1 4.6323284254498525
 LO bnd post_1_63_0 0
 UP bnd post_1_63_0 5.431347769740106
 LO bnd post_1_63_1 0
 UP bnd post_1_63_1 5.431347769740106
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
 LO bnd out_24_0 -41.36455420656768
 UP bnd out_24_0 41.36455420656768
 LO bnd out_25_0 -40.563366928106234
 UP bnd out_25_0 40.563366928106234
 LO bnd out_26_0 -46.58642075537842
 UP bnd out_26_0 46.58642075537842
 LO bnd out_27_0 -31.138905114045407
 UP bnd out_27_0 31.138905114045407
 LO bnd out_28_0 -38.00925962357326
 UP bnd out_28_0 38.00925962357326
 LO bnd out_29_0 -41.77210592142009
 UP bnd out_29_0 41.77210592142009
 LO bnd out_30_0 -39.85006339090127
 UP bnd out_30_0 39.85006339090127
 LO bnd out_31_0 -38.52398634067501
 UP bnd out_31_0 38.52398634067501
 LO bnd out_32_0 -37.36900848011125
 UP bnd out_32_0 37.36900848011125
 LO bnd out_33_0 -28.019453777986882
 UP bnd out_33_0 28.019453777986882
 LO bnd out_34_0 -54.98544648623122
 UP bnd out_34_0 54.98544648623122
 LO bnd out_35_0 -31.716613415971032
 UP bnd out_35_0 31.716613415971032
 LO bnd out_36_0 -22.148020729529453
 UP bnd out_36_0 22.148020729529453
 LO bnd out_37_0 -34.360674648892925
 UP bnd out_37_0 34.360674648892925
 LO bnd out_38_0 -37.042552192025255
 UP bnd out_38_0 37.042552192025255
 LO bnd out_39_0 -50.416573919969025
 UP bnd out_39_0 50.416573919969025
 LO bnd out_40_0 -44.631805645231296
 UP bnd out_40_0 44.631805645231296
 LO bnd out_41_0 -55.31591585853397
 UP bnd out_41_0 55.31591585853397
 LO bnd out_42_0 -51.414064691229115
 UP bnd out_42_0 51.414064691229115
 LO bnd out_43_0 -50.10406202562477
 UP bnd out_43_0 50.10406202562477
 LO bnd out_44_0 -52.052317303565125
 UP bnd out_44_0 52.052317303565125
 LO bnd out_45_0 -33.32589253446858
 UP bnd out_45_0 33.32589253446858
 LO bnd out_46_0 -41.50227572684415
 UP bnd out_46_0 41.50227572684415
 LO bnd out_47_0 -44.66639594968237
 UP bnd out_47_0 44.66639594968237
 LO bnd out_48_0 -24.462536831315596
 UP bnd out_48_0 24.462536831315596
 LO bnd out_49_0 -53.058237772537936
 UP bnd out_49_0 53.058237772537936
 LO bnd out_50_0 -33.46965993380007
 UP bnd out_50_0 33.46965993380007
 LO bnd out_51_0 -45.870758677675894
 UP bnd out_51_0 45.870758677675894
 LO bnd out_52_0 -47.71053382198282
 UP bnd out_52_0 47.71053382198282
 LO bnd out_53_0 -36.90706598612703
 UP bnd out_53_0 36.90706598612703
 LO bnd out_54_0 -48.90845218397911
 UP bnd out_54_0 48.90845218397911
 LO bnd out_55_0 -42.204000447435845
 UP bnd out_55_0 42.204000447435845
 LO bnd out_56_0 -40.28748055810453
 UP bnd out_56_0 40.28748055810453
 LO bnd out_57_0 -31.921220966070894
 UP bnd out_57_0 31.921220966070894
 LO bnd out_58_0 -44.27193383633406
 UP bnd out_58_0 44.27193383633406
 LO bnd out_59_0 -44.38473116690612
 UP bnd out_59_0 44.38473116690612
 LO bnd out_60_0 -31.72052308098559
 UP bnd out_60_0 31.72052308098559
 LO bnd out_61_0 -34.09684601109764
 UP bnd out_61_0 34.09684601109764
 LO bnd out_62_0 -30.793970552699115
 UP bnd out_62_0 30.793970552699115
 LO bnd out_63_0 -35.588086618440634
 UP bnd out_63_0 35.588086618440634
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
 LO bnd relu_1_16_0_slack 0
 UP bnd relu_1_16_0_slack 4.634583834742528
 LO bnd relu_1_16_1_slack 0
 UP bnd relu_1_16_1_slack 4.634583834742528
 LO bnd relu_1_17_0_slack 0
 UP bnd relu_1_17_0_slack 4.622818643788233
 LO bnd relu_1_17_1_slack 0
 UP bnd relu_1_17_1_slack 4.622818643788233
 LO bnd relu_1_18_0_slack 0
 UP bnd relu_1_18_0_slack 6.978700550828476
 LO bnd relu_1_18_1_slack 0
 UP bnd relu_1_18_1_slack 6.978700550828476
 LO bnd relu_1_19_0_slack 0
 UP bnd relu_1_19_0_slack 6.235030806621945
 LO bnd relu_1_19_1_slack 0
 UP bnd relu_1_19_1_slack 6.235030806621945
 LO bnd relu_1_20_0_slack 0
 UP bnd relu_1_20_0_slack 6.718454730852487
 LO bnd relu_1_20_1_slack 0
 UP bnd relu_1_20_1_slack 6.718454730852487
 LO bnd relu_1_21_0_slack 0
 UP bnd relu_1_21_0_slack 6.8226887269065095
 LO bnd relu_1_21_1_slack 0
 UP bnd relu_1_21_1_slack 6.8226887269065095
 LO bnd relu_1_22_0_slack 0
 UP bnd relu_1_22_0_slack 6.631889427894872
 LO bnd relu_1_22_1_slack 0
 UP bnd relu_1_22_1_slack 6.631889427894872
 LO bnd relu_1_23_0_slack 0
 UP bnd relu_1_23_0_slack 5.396286998735244
 LO bnd relu_1_23_1_slack 0
 UP bnd relu_1_23_1_slack 5.396286998735244
 LO bnd relu_1_24_0_slack 0
 UP bnd relu_1_24_0_slack 6.394092367761281
 LO bnd relu_1_24_1_slack 0
 UP bnd relu_1_24_1_slack 6.394092367761281
 LO bnd relu_1_25_0_slack 0
 UP bnd relu_1_25_0_slack 6.260561154684373
 LO bnd relu_1_25_1_slack 0
 UP bnd relu_1_25_1_slack 6.260561154684373
 LO bnd relu_1_26_0_slack 0
 UP bnd relu_1_26_0_slack 7.264403459229737
 LO bnd relu_1_26_1_slack 0
 UP bnd relu_1_26_1_slack 7.264403459229737
 LO bnd relu_1_27_0_slack 0
 UP bnd relu_1_27_0_slack 4.689817519007568
 LO bnd relu_1_27_1_slack 0
 UP bnd relu_1_27_1_slack 4.689817519007568
 LO bnd relu_1_28_0_slack 0
 UP bnd relu_1_28_0_slack 5.834876603928876
 LO bnd relu_1_28_1_slack 0
 UP bnd relu_1_28_1_slack 5.834876603928876
 LO bnd relu_1_29_0_slack 0
 UP bnd relu_1_29_0_slack 6.462017653570015
 LO bnd relu_1_29_1_slack 0
 UP bnd relu_1_29_1_slack 6.462017653570015
 LO bnd relu_1_30_0_slack 0
 UP bnd relu_1_30_0_slack 6.141677231816878
 LO bnd relu_1_30_1_slack 0
 UP bnd relu_1_30_1_slack 6.141677231816878
 LO bnd relu_1_31_0_slack 0
 UP bnd relu_1_31_0_slack 5.920664390112501
 LO bnd relu_1_31_1_slack 0
 UP bnd relu_1_31_1_slack 5.920664390112501
 LO bnd relu_1_32_0_slack 0
 UP bnd relu_1_32_0_slack 5.728168080018541
 LO bnd relu_1_32_1_slack 0
 UP bnd relu_1_32_1_slack 5.728168080018541
 LO bnd relu_1_33_0_slack 0
 UP bnd relu_1_33_0_slack 4.169908962997813
 LO bnd relu_1_33_1_slack 0
 UP bnd relu_1_33_1_slack 4.169908962997813
 LO bnd relu_1_34_0_slack 0
 UP bnd relu_1_34_0_slack 8.664241081038536
 LO bnd relu_1_34_1_slack 0
 UP bnd relu_1_34_1_slack 8.664241081038536
 LO bnd relu_1_35_0_slack 0
 UP bnd relu_1_35_0_slack 4.786102235995172
 LO bnd relu_1_35_1_slack 0
 UP bnd relu_1_35_1_slack 4.786102235995172
 LO bnd relu_1_36_0_slack 0
 UP bnd relu_1_36_0_slack 3.1913367882549086
 LO bnd relu_1_36_1_slack 0
 UP bnd relu_1_36_1_slack 3.1913367882549086
 LO bnd relu_1_37_0_slack 0
 UP bnd relu_1_37_0_slack 5.22677910814882
 LO bnd relu_1_37_1_slack 0
 UP bnd relu_1_37_1_slack 5.22677910814882
 LO bnd relu_1_38_0_slack 0
 UP bnd relu_1_38_0_slack 5.673758698670875
 LO bnd relu_1_38_1_slack 0
 UP bnd relu_1_38_1_slack 5.673758698670875
 LO bnd relu_1_39_0_slack 0
 UP bnd relu_1_39_0_slack 7.902762319994838
 LO bnd relu_1_39_1_slack 0
 UP bnd relu_1_39_1_slack 7.902762319994838
 LO bnd relu_1_40_0_slack 0
 UP bnd relu_1_40_0_slack 6.938634274205215
 LO bnd relu_1_40_1_slack 0
 UP bnd relu_1_40_1_slack 6.938634274205215
 LO bnd relu_1_41_0_slack 0
 UP bnd relu_1_41_0_slack 8.719319309755662
 LO bnd relu_1_41_1_slack 0
 UP bnd relu_1_41_1_slack 8.719319309755662
 LO bnd relu_1_42_0_slack 0
 UP bnd relu_1_42_0_slack 8.069010781871519
 LO bnd relu_1_42_1_slack 0
 UP bnd relu_1_42_1_slack 8.069010781871519
 LO bnd relu_1_43_0_slack 0
 UP bnd relu_1_43_0_slack 7.8506770042707945
 LO bnd relu_1_43_1_slack 0
 UP bnd relu_1_43_1_slack 7.8506770042707945
 LO bnd relu_1_44_0_slack 0
 UP bnd relu_1_44_0_slack 8.175386217260854
 LO bnd relu_1_44_1_slack 0
 UP bnd relu_1_44_1_slack 8.175386217260854
 LO bnd relu_1_45_0_slack 0
 UP bnd relu_1_45_0_slack 5.054315422411429
 LO bnd relu_1_45_1_slack 0
 UP bnd relu_1_45_1_slack 5.054315422411429
 LO bnd relu_1_46_0_slack 0
 UP bnd relu_1_46_0_slack 6.417045954474024
 LO bnd relu_1_46_1_slack 0
 UP bnd relu_1_46_1_slack 6.417045954474024
 LO bnd relu_1_47_0_slack 0
 UP bnd relu_1_47_0_slack 6.944399324947062
 LO bnd relu_1_47_1_slack 0
 UP bnd relu_1_47_1_slack 6.944399324947062
 LO bnd relu_1_48_0_slack 0
 UP bnd relu_1_48_0_slack 3.5770894718859325
 LO bnd relu_1_48_1_slack 0
 UP bnd relu_1_48_1_slack 3.5770894718859325
 LO bnd relu_1_49_0_slack 0
 UP bnd relu_1_49_0_slack 8.343039628756323
 LO bnd relu_1_49_1_slack 0
 UP bnd relu_1_49_1_slack 8.343039628756323
 LO bnd relu_1_50_0_slack 0
 UP bnd relu_1_50_0_slack 5.078276655633345
 LO bnd relu_1_50_1_slack 0
 UP bnd relu_1_50_1_slack 5.078276655633345
 LO bnd relu_1_51_0_slack 0
 UP bnd relu_1_51_0_slack 7.145126446279315
 LO bnd relu_1_51_1_slack 0
 UP bnd relu_1_51_1_slack 7.145126446279315
 LO bnd relu_1_52_0_slack 0
 UP bnd relu_1_52_0_slack 7.451755636997136
 LO bnd relu_1_52_1_slack 0
 UP bnd relu_1_52_1_slack 7.451755636997136
 LO bnd relu_1_53_0_slack 0
 UP bnd relu_1_53_0_slack 5.651177664354505
 LO bnd relu_1_53_1_slack 0
 UP bnd relu_1_53_1_slack 5.651177664354505
 LO bnd relu_1_54_0_slack 0
 UP bnd relu_1_54_0_slack 7.651408697329851
 LO bnd relu_1_54_1_slack 0
 UP bnd relu_1_54_1_slack 7.651408697329851
 LO bnd relu_1_55_0_slack 0
 UP bnd relu_1_55_0_slack 6.53400007457264
 LO bnd relu_1_55_1_slack 0
 UP bnd relu_1_55_1_slack 6.53400007457264
 LO bnd relu_1_56_0_slack 0
 UP bnd relu_1_56_0_slack 6.214580093017421
 LO bnd relu_1_56_1_slack 0
 UP bnd relu_1_56_1_slack 6.214580093017421
 LO bnd relu_1_57_0_slack 0
 UP bnd relu_1_57_0_slack 4.820203494345149
 LO bnd relu_1_57_1_slack 0
 UP bnd relu_1_57_1_slack 4.820203494345149
 LO bnd relu_1_58_0_slack 0
 UP bnd relu_1_58_0_slack 6.8786556393890095
 LO bnd relu_1_58_1_slack 0
 UP bnd relu_1_58_1_slack 6.8786556393890095
 LO bnd relu_1_59_0_slack 0
 UP bnd relu_1_59_0_slack 6.897455194484353
 LO bnd relu_1_59_1_slack 0
 UP bnd relu_1_59_1_slack 6.897455194484353
 LO bnd relu_1_60_0_slack 0
 UP bnd relu_1_60_0_slack 4.786753846830932
 LO bnd relu_1_60_1_slack 0
 UP bnd relu_1_60_1_slack 4.786753846830932
 LO bnd relu_1_61_0_slack 0
 UP bnd relu_1_61_0_slack 5.182807668516274
 LO bnd relu_1_61_1_slack 0
 UP bnd relu_1_61_1_slack 5.182807668516274
 LO bnd relu_1_62_0_slack 0
 UP bnd relu_1_62_0_slack 4.6323284254498525
 LO bnd relu_1_62_1_slack 0
 UP bnd relu_1_62_1_slack 4.6323284254498525
 LO bnd relu_1_63_0_slack 0
 UP bnd relu_1_63_0_slack 5.431347769740106
 LO bnd relu_1_63_1_slack 0
 UP bnd relu_1_63_1_slack 5.431347769740106
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
 S1 SOS s33 1
    post_1_16_0 1
    relu_1_16_0_slack 2
 S1 SOS s34 1
    post_1_16_1 1
    relu_1_16_1_slack 2
 S1 SOS s35 1
    post_1_17_0 1
    relu_1_17_0_slack 2
 S1 SOS s36 1
    post_1_17_1 1
    relu_1_17_1_slack 2
 S1 SOS s37 1
    post_1_18_0 1
    relu_1_18_0_slack 2
 S1 SOS s38 1
    post_1_18_1 1
    relu_1_18_1_slack 2
 S1 SOS s39 1
    post_1_19_0 1
    relu_1_19_0_slack 2
 S1 SOS s40 1
    post_1_19_1 1
    relu_1_19_1_slack 2
 S1 SOS s41 1
    post_1_20_0 1
    relu_1_20_0_slack 2
 S1 SOS s42 1
    post_1_20_1 1
    relu_1_20_1_slack 2
 S1 SOS s43 1
    post_1_21_0 1
    relu_1_21_0_slack 2
 S1 SOS s44 1
    post_1_21_1 1
    relu_1_21_1_slack 2
 S1 SOS s45 1
    post_1_22_0 1
    relu_1_22_0_slack 2
 S1 SOS s46 1
    post_1_22_1 1
    relu_1_22_1_slack 2
 S1 SOS s47 1
    post_1_23_0 1
    relu_1_23_0_slack 2
 S1 SOS s48 1
    post_1_23_1 1
    relu_1_23_1_slack 2
 S1 SOS s49 1
    post_1_24_0 1
    relu_1_24_0_slack 2
 S1 SOS s50 1
    post_1_24_1 1
    relu_1_24_1_slack 2
 S1 SOS s51 1
    post_1_25_0 1
    relu_1_25_0_slack 2
 S1 SOS s52 1
    post_1_25_1 1
    relu_1_25_1_slack 2
 S1 SOS s53 1
    post_1_26_0 1
    relu_1_26_0_slack 2
 S1 SOS s54 1
    post_1_26_1 1
    relu_1_26_1_slack 2
 S1 SOS s55 1
    post_1_27_0 1
    relu_1_27_0_slack 2
 S1 SOS s56 1
    post_1_27_1 1
    relu_1_27_1_slack 2
 S1 SOS s57 1
    post_1_28_0 1
    relu_1_28_0_slack 2
 S1 SOS s58 1
    post_1_28_1 1
    relu_1_28_1_slack 2
 S1 SOS s59 1
    post_1_29_0 1
    relu_1_29_0_slack 2
 S1 SOS s60 1
    post_1_29_1 1
    relu_1_29_1_slack 2
 S1 SOS s61 1
    post_1_30_0 1
    relu_1_30_0_slack 2
 S1 SOS s62 1
    post_1_30_1 1
    relu_1_30_1_slack 2
 S1 SOS s63 1
    post_1_31_0 1
    relu_1_31_0_slack 2
 S1 SOS s64 1
    post_1_31_1 1
    relu_1_31_1_slack 2
 S1 SOS s65 1
    post_1_32_0 1
    relu_1_32_0_slack 2
 S1 SOS s66 1
    post_1_32_1 1
    relu_1_32_1_slack 2
 S1 SOS s67 1
    post_1_33_0 1
    relu_1_33_0_slack 2
 S1 SOS s68 1
    post_1_33_1 1
    relu_1_33_1_slack 2
 S1 SOS s69 1
    post_1_34_0 1
    relu_1_34_0_slack 2
 S1 SOS s70 1
    post_1_34_1 1
    relu_1_34_1_slack 2
 S1 SOS s71 1
    post_1_35_0 1
    relu_1_35_0_slack 2
 S1 SOS s72 1
    post_1_35_1 1
    relu_1_35_1_slack 2
 S1 SOS s73 1
    post_1_36_0 1
    relu_1_36_0_slack 2
 S1 SOS s74 1
    post_1_36_1 1
    relu_1_36_1_slack 2
 S1 SOS s75 1
    post_1_37_0 1
    relu_1_37_0_slack 2
 S1 SOS s76 1
    post_1_37_1 1
    relu_1_37_1_slack 2
 S1 SOS s77 1
    post_1_38_0 1
    relu_1_38_0_slack 2
 S1 SOS s78 1
    post_1_38_1 1
    relu_1_38_1_slack 2
 S1 SOS s79 1
    post_1_39_0 1
    relu_1_39_0_slack 2
 S1 SOS s80 1
    post_1_39_1 1
    relu_1_39_1_slack 2
 S1 SOS s81 1
    post_1_40_0 1
    relu_1_40_0_slack 2
 S1 SOS s82 1
    post_1_40_1 1
    relu_1_40_1_slack 2
 S1 SOS s83 1
    post_1_41_0 1
    relu_1_41_0_slack 2
 S1 SOS s84 1
    post_1_41_1 1
    relu_1_41_1_slack 2
 S1 SOS s85 1
    post_1_42_0 1
    relu_1_42_0_slack 2
 S1 SOS s86 1
    post_1_42_1 1
    relu_1_42_1_slack 2
 S1 SOS s87 1
    post_1_43_0 1
    relu_1_43_0_slack 2
 S1 SOS s88 1
    post_1_43_1 1
    relu_1_43_1_slack 2
 S1 SOS s89 1
    post_1_44_0 1
    relu_1_44_0_slack 2
 S1 SOS s90 1
    post_1_44_1 1
    relu_1_44_1_slack 2
 S1 SOS s91 1
    post_1_45_0 1
    relu_1_45_0_slack 2
 S1 SOS s92 1
    post_1_45_1 1
    relu_1_45_1_slack 2
 S1 SOS s93 1
    post_1_46_0 1
    relu_1_46_0_slack 2
 S1 SOS s94 1
    post_1_46_1 1
    relu_1_46_1_slack 2
 S1 SOS s95 1
    post_1_47_0 1
    relu_1_47_0_slack 2
 S1 SOS s96 1
    post_1_47_1 1
    relu_1_47_1_slack 2
 S1 SOS s97 1
    post_1_48_0 1
    relu_1_48_0_slack 2
 S1 SOS s98 1
    post_1_48_1 1
    relu_1_48_1_slack 2
 S1 SOS s99 1
    post_1_49_0 1
    relu_1_49_0_slack 2
 S1 SOS s100 1
    post_1_49_1 1
    relu_1_49_1_slack 2
 S1 SOS s101 1
    post_1_50_0 1
    relu_1_50_0_slack 2
 S1 SOS s102 1
    post_1_50_1 1
    relu_1_50_1_slack 2
 S1 SOS s103 1
    post_1_51_0 1
    relu_1_51_0_slack 2
 S1 SOS s104 1
    post_1_51_1 1
    relu_1_51_1_slack 2
 S1 SOS s105 1
    post_1_52_0 1
    relu_1_52_0_slack 2
 S1 SOS s106 1
    post_1_52_1 1
    relu_1_52_1_slack 2
 S1 SOS s107 1
    post_1_53_0 1
    relu_1_53_0_slack 2
 S1 SOS s108 1
    post_1_53_1 1
    relu_1_53_1_slack 2
 S1 SOS s109 1
    post_1_54_0 1
    relu_1_54_0_slack 2
 S1 SOS s110 1
    post_1_54_1 1
    relu_1_54_1_slack 2
 S1 SOS s111 1
    post_1_55_0 1
    relu_1_55_0_slack 2
 S1 SOS s112 1
    post_1_55_1 1
    relu_1_55_1_slack 2
 S1 SOS s113 1
    post_1_56_0 1
    relu_1_56_0_slack 2
 S1 SOS s114 1
    post_1_56_1 1
    relu_1_56_1_slack 2
 S1 SOS s115 1
    post_1_57_0 1
    relu_1_57_0_slack 2
 S1 SOS s116 1
    post_1_57_1 1
    relu_1_57_1_slack 2
 S1 SOS s117 1
    post_1_58_0 1
    relu_1_58_0_slack 2
 S1 SOS s118 1
    post_1_58_1 1
    relu_1_58_1_slack 2
 S1 SOS s119 1
    post_1_59_0 1
    relu_1_59_0_slack 2
 S1 SOS s120 1
    post_1_59_1 1
    relu_1_59_1_slack 2
 S1 SOS s121 1
    post_1_60_0 1
    relu_1_60_0_slack 2
 S1 SOS s122 1
    post_1_60_1 1
    relu_1_60_1_slack 2
 S1 SOS s123 1
    post_1_61_0 1
    relu_1_61_0_slack 2
 S1 SOS s124 1
    post_1_61_1 1
    relu_1_61_1_slack 2
 S1 SOS s125 1
    post_1_62_0 1
    relu_1_62_0_slack 2
 S1 SOS s126 1
    post_1_62_1 1
    relu_1_62_1_slack 2
 S1 SOS s127 1
    post_1_63_0 1
    relu_1_63_0_slack 2
 S1 SOS s128 1
    post_1_63_1 1
    relu_1_63_1_slack 2
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
 out_48_0 out_48_0 2
 out_49_0 out_49_0 2
 out_50_0 out_50_0 2
 out_51_0 out_51_0 2
 out_52_0 out_52_0 2
 out_53_0 out_53_0 2
 out_54_0 out_54_0 2
 out_55_0 out_55_0 2
 out_56_0 out_56_0 2
 out_57_0 out_57_0 2
 out_58_0 out_58_0 2
 out_59_0 out_59_0 2
 out_60_0 out_60_0 2
 out_61_0 out_61_0 2
 out_62_0 out_62_0 2
 out_63_0 out_63_0 2
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
QCMATRIX out_definition_24_0
 w_2_0_0 post_1_24_0 -0.5
 post_1_24_0 w_2_0_0 -0.5
 w_2_0_1 post_1_24_1 -0.5
 post_1_24_1 w_2_0_1 -0.5
QCMATRIX out_definition_25_0
 w_2_0_0 post_1_25_0 -0.5
 post_1_25_0 w_2_0_0 -0.5
 w_2_0_1 post_1_25_1 -0.5
 post_1_25_1 w_2_0_1 -0.5
QCMATRIX out_definition_26_0
 w_2_0_0 post_1_26_0 -0.5
 post_1_26_0 w_2_0_0 -0.5
 w_2_0_1 post_1_26_1 -0.5
 post_1_26_1 w_2_0_1 -0.5
QCMATRIX out_definition_27_0
 w_2_0_0 post_1_27_0 -0.5
 post_1_27_0 w_2_0_0 -0.5
 w_2_0_1 post_1_27_1 -0.5
 post_1_27_1 w_2_0_1 -0.5
QCMATRIX out_definition_28_0
 w_2_0_0 post_1_28_0 -0.5
 post_1_28_0 w_2_0_0 -0.5
 w_2_0_1 post_1_28_1 -0.5
 post_1_28_1 w_2_0_1 -0.5
QCMATRIX out_definition_29_0
 w_2_0_0 post_1_29_0 -0.5
 post_1_29_0 w_2_0_0 -0.5
 w_2_0_1 post_1_29_1 -0.5
 post_1_29_1 w_2_0_1 -0.5
QCMATRIX out_definition_30_0
 w_2_0_0 post_1_30_0 -0.5
 post_1_30_0 w_2_0_0 -0.5
 w_2_0_1 post_1_30_1 -0.5
 post_1_30_1 w_2_0_1 -0.5
QCMATRIX out_definition_31_0
 w_2_0_0 post_1_31_0 -0.5
 post_1_31_0 w_2_0_0 -0.5
 w_2_0_1 post_1_31_1 -0.5
 post_1_31_1 w_2_0_1 -0.5
QCMATRIX out_definition_32_0
 w_2_0_0 post_1_32_0 -0.5
 post_1_32_0 w_2_0_0 -0.5
 w_2_0_1 post_1_32_1 -0.5
 post_1_32_1 w_2_0_1 -0.5
QCMATRIX out_definition_33_0
 w_2_0_0 post_1_33_0 -0.5
 post_1_33_0 w_2_0_0 -0.5
 w_2_0_1 post_1_33_1 -0.5
 post_1_33_1 w_2_0_1 -0.5
QCMATRIX out_definition_34_0
 w_2_0_0 post_1_34_0 -0.5
 post_1_34_0 w_2_0_0 -0.5
 w_2_0_1 post_1_34_1 -0.5
 post_1_34_1 w_2_0_1 -0.5
QCMATRIX out_definition_35_0
 w_2_0_0 post_1_35_0 -0.5
 post_1_35_0 w_2_0_0 -0.5
 w_2_0_1 post_1_35_1 -0.5
 post_1_35_1 w_2_0_1 -0.5
QCMATRIX out_definition_36_0
 w_2_0_0 post_1_36_0 -0.5
 post_1_36_0 w_2_0_0 -0.5
 w_2_0_1 post_1_36_1 -0.5
 post_1_36_1 w_2_0_1 -0.5
QCMATRIX out_definition_37_0
 w_2_0_0 post_1_37_0 -0.5
 post_1_37_0 w_2_0_0 -0.5
 w_2_0_1 post_1_37_1 -0.5
 post_1_37_1 w_2_0_1 -0.5
QCMATRIX out_definition_38_0
 w_2_0_0 post_1_38_0 -0.5
 post_1_38_0 w_2_0_0 -0.5
 w_2_0_1 post_1_38_1 -0.5
 post_1_38_1 w_2_0_1 -0.5
QCMATRIX out_definition_39_0
 w_2_0_0 post_1_39_0 -0.5
 post_1_39_0 w_2_0_0 -0.5
 w_2_0_1 post_1_39_1 -0.5
 post_1_39_1 w_2_0_1 -0.5
QCMATRIX out_definition_40_0
 w_2_0_0 post_1_40_0 -0.5
 post_1_40_0 w_2_0_0 -0.5
 w_2_0_1 post_1_40_1 -0.5
 post_1_40_1 w_2_0_1 -0.5
QCMATRIX out_definition_41_0
 w_2_0_0 post_1_41_0 -0.5
 post_1_41_0 w_2_0_0 -0.5
 w_2_0_1 post_1_41_1 -0.5
 post_1_41_1 w_2_0_1 -0.5
QCMATRIX out_definition_42_0
 w_2_0_0 post_1_42_0 -0.5
 post_1_42_0 w_2_0_0 -0.5
 w_2_0_1 post_1_42_1 -0.5
 post_1_42_1 w_2_0_1 -0.5
QCMATRIX out_definition_43_0
 w_2_0_0 post_1_43_0 -0.5
 post_1_43_0 w_2_0_0 -0.5
 w_2_0_1 post_1_43_1 -0.5
 post_1_43_1 w_2_0_1 -0.5
QCMATRIX out_definition_44_0
 w_2_0_0 post_1_44_0 -0.5
 post_1_44_0 w_2_0_0 -0.5
 w_2_0_1 post_1_44_1 -0.5
 post_1_44_1 w_2_0_1 -0.5
QCMATRIX out_definition_45_0
 w_2_0_0 post_1_45_0 -0.5
 post_1_45_0 w_2_0_0 -0.5
 w_2_0_1 post_1_45_1 -0.5
 post_1_45_1 w_2_0_1 -0.5
QCMATRIX out_definition_46_0
 w_2_0_0 post_1_46_0 -0.5
 post_1_46_0 w_2_0_0 -0.5
 w_2_0_1 post_1_46_1 -0.5
 post_1_46_1 w_2_0_1 -0.5
QCMATRIX out_definition_47_0
 w_2_0_0 post_1_47_0 -0.5
 post_1_47_0 w_2_0_0 -0.5
 w_2_0_1 post_1_47_1 -0.5
 post_1_47_1 w_2_0_1 -0.5
QCMATRIX out_definition_48_0
 w_2_0_0 post_1_48_0 -0.5
 post_1_48_0 w_2_0_0 -0.5
 w_2_0_1 post_1_48_1 -0.5
 post_1_48_1 w_2_0_1 -0.5
QCMATRIX out_definition_49_0
 w_2_0_0 post_1_49_0 -0.5
 post_1_49_0 w_2_0_0 -0.5
 w_2_0_1 post_1_49_1 -0.5
 post_1_49_1 w_2_0_1 -0.5
QCMATRIX out_definition_50_0
 w_2_0_0 post_1_50_0 -0.5
 post_1_50_0 w_2_0_0 -0.5
 w_2_0_1 post_1_50_1 -0.5
 post_1_50_1 w_2_0_1 -0.5
QCMATRIX out_definition_51_0
 w_2_0_0 post_1_51_0 -0.5
 post_1_51_0 w_2_0_0 -0.5
 w_2_0_1 post_1_51_1 -0.5
 post_1_51_1 w_2_0_1 -0.5
QCMATRIX out_definition_52_0
 w_2_0_0 post_1_52_0 -0.5
 post_1_52_0 w_2_0_0 -0.5
 w_2_0_1 post_1_52_1 -0.5
 post_1_52_1 w_2_0_1 -0.5
QCMATRIX out_definition_53_0
 w_2_0_0 post_1_53_0 -0.5
 post_1_53_0 w_2_0_0 -0.5
 w_2_0_1 post_1_53_1 -0.5
 post_1_53_1 w_2_0_1 -0.5
QCMATRIX out_definition_54_0
 w_2_0_0 post_1_54_0 -0.5
 post_1_54_0 w_2_0_0 -0.5
 w_2_0_1 post_1_54_1 -0.5
 post_1_54_1 w_2_0_1 -0.5
QCMATRIX out_definition_55_0
 w_2_0_0 post_1_55_0 -0.5
 post_1_55_0 w_2_0_0 -0.5
 w_2_0_1 post_1_55_1 -0.5
 post_1_55_1 w_2_0_1 -0.5
QCMATRIX out_definition_56_0
 w_2_0_0 post_1_56_0 -0.5
 post_1_56_0 w_2_0_0 -0.5
 w_2_0_1 post_1_56_1 -0.5
 post_1_56_1 w_2_0_1 -0.5
QCMATRIX out_definition_57_0
 w_2_0_0 post_1_57_0 -0.5
 post_1_57_0 w_2_0_0 -0.5
 w_2_0_1 post_1_57_1 -0.5
 post_1_57_1 w_2_0_1 -0.5
QCMATRIX out_definition_58_0
 w_2_0_0 post_1_58_0 -0.5
 post_1_58_0 w_2_0_0 -0.5
 w_2_0_1 post_1_58_1 -0.5
 post_1_58_1 w_2_0_1 -0.5
QCMATRIX out_definition_59_0
 w_2_0_0 post_1_59_0 -0.5
 post_1_59_0 w_2_0_0 -0.5
 w_2_0_1 post_1_59_1 -0.5
 post_1_59_1 w_2_0_1 -0.5
QCMATRIX out_definition_60_0
 w_2_0_0 post_1_60_0 -0.5
 post_1_60_0 w_2_0_0 -0.5
 w_2_0_1 post_1_60_1 -0.5
 post_1_60_1 w_2_0_1 -0.5
QCMATRIX out_definition_61_0
 w_2_0_0 post_1_61_0 -0.5
 post_1_61_0 w_2_0_0 -0.5
 w_2_0_1 post_1_61_1 -0.5
 post_1_61_1 w_2_0_1 -0.5
QCMATRIX out_definition_62_0
 w_2_0_0 post_1_62_0 -0.5
 post_1_62_0 w_2_0_0 -0.5
 w_2_0_1 post_1_62_1 -0.5
 post_1_62_1 w_2_0_1 -0.5
QCMATRIX out_definition_63_0
 w_2_0_0 post_1_63_0 -0.5
 post_1_63_0 w_2_0_0 -0.5
 w_2_0_1 post_1_63_1 -0.5
 post_1_63_1 w_2_0_1 -0.5
ENDATA
