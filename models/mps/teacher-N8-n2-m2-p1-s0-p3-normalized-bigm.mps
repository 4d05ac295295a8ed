* teacher-N8-n2-m2-p1-s0-p3-normalized-bigm  (relu-opt library: teacher-N8-n2-m2-p1-s0, problem 3, normalized-bigm; {"hidden": [2], "bound": 3.0, "loss": "linf"})
NAME teacher-N8-n2-m2-p1-s0-p3-normalized-bigm
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
 E out_definition_0_0
 E out_definition_1_0
 E out_definition_2_0
 E out_definition_3_0
 E out_definition_4_0
 E out_definition_5_0
 E out_definition_6_0
 E out_definition_7_0
 L residual_upper_0_0
 L residual_upper_1_0
 L residual_upper_2_0
 L residual_upper_3_0
 L residual_upper_4_0
 L residual_upper_5_0
 L residual_upper_6_0
 L residual_upper_7_0
 L residual_lower_0_0
 L residual_lower_1_0
 L residual_lower_2_0
 L residual_lower_3_0
 L residual_lower_4_0
 L residual_lower_5_0
 L residual_lower_6_0
 L residual_lower_7_0
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
COLUMNS
 u_0_0 pre_definition_1_0_0 -0.8701448475755365
 u_0_0 pre_definition_1_1_0 0.9945229996597038
 u_0_0 pre_definition_1_2_0 0.9328288493890713
 u_0_0 pre_definition_1_3_0 0.648688758794882
 u_0_0 pre_definition_1_4_0 -0.08292244049818343
 u_0_0 pre_definition_1_5_0 0.1546255576046831
 u_0_0 pre_definition_1_6_0 0.7514334470008721
 u_0_0 pre_definition_1_7_0 -0.2943790231485002
 u_0_1 pre_definition_1_0_0 -0.6317071082430643
 u_0_1 pre_definition_1_1_0 -0.7148085531751387
 u_0_1 pre_definition_1_2_0 -0.45931089285988813
 u_0_1 pre_definition_1_3_0 -0.7263578446997732
 u_0_1 pre_definition_1_4_0 0.40057621892523043
 u_0_1 pre_definition_1_5_0 0.9433606577090741
 u_0_1 pre_definition_1_6_0 -0.34124882938726064
 u_0_1 pre_definition_1_7_0 -0.2307702229625077
 u_0_2 pre_definition_1_0_0 -1
 u_0_2 pre_definition_1_1_0 -1
 u_0_2 pre_definition_1_2_0 -1
 u_0_2 pre_definition_1_3_0 -1
 u_0_2 pre_definition_1_4_0 -1
 u_0_2 pre_definition_1_5_0 -1
 u_0_2 pre_definition_1_6_0 -1
 u_0_2 pre_definition_1_7_0 -1
 u_1_0 pre_definition_1_0_1 -0.8701448475755365
 u_1_0 pre_definition_1_1_1 0.9945229996597038
 u_1_0 pre_definition_1_2_1 0.9328288493890713
 u_1_0 pre_definition_1_3_1 0.648688758794882
 u_1_0 pre_definition_1_4_1 -0.08292244049818343
 u_1_0 pre_definition_1_5_1 0.1546255576046831
 u_1_0 pre_definition_1_6_1 0.7514334470008721
 u_1_0 pre_definition_1_7_1 -0.2943790231485002
 u_1_1 pre_definition_1_0_1 -0.6317071082430643
 u_1_1 pre_definition_1_1_1 -0.7148085531751387
 u_1_1 pre_definition_1_2_1 -0.45931089285988813
 u_1_1 pre_definition_1_3_1 -0.7263578446997732
 u_1_1 pre_definition_1_4_1 0.40057621892523043
 u_1_1 pre_definition_1_5_1 0.9433606577090741
 u_1_1 pre_definition_1_6_1 -0.34124882938726064
 u_1_1 pre_definition_1_7_1 -0.2307702229625077
 u_1_2 pre_definition_1_0_1 -1
 u_1_2 pre_definition_1_1_1 -1
 u_1_2 pre_definition_1_2_1 -1
 u_1_2 pre_definition_1_3_1 -1
 u_1_2 pre_definition_1_4_1 -1
 u_1_2 pre_definition_1_5_1 -1
 u_1_2 pre_definition_1_6_1 -1
 u_1_2 pre_definition_1_7_1 -1
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
 b_2_0 out_definition_0_0 -1
 b_2_0 out_definition_1_0 -1
 b_2_0 out_definition_2_0 -1
 b_2_0 out_definition_3_0 -1
 b_2_0 out_definition_4_0 -1
 b_2_0 out_definition_5_0 -1
 b_2_0 out_definition_6_0 -1
 b_2_0 out_definition_7_0 -1
 out_0_0 out_definition_0_0 1
 out_0_0 residual_upper_0_0 1
 out_0_0 residual_lower_0_0 -1
 out_1_0 out_definition_1_0 1
 out_1_0 residual_upper_1_0 1
 out_1_0 residual_lower_1_0 -1
 out_2_0 out_definition_2_0 1
 out_2_0 residual_upper_2_0 1
 out_2_0 residual_lower_2_0 -1
 out_3_0 out_definition_3_0 1
 out_3_0 residual_upper_3_0 1
 out_3_0 residual_lower_3_0 -1
 out_4_0 out_definition_4_0 1
 out_4_0 residual_upper_4_0 1
 out_4_0 residual_lower_4_0 -1
 out_5_0 out_definition_5_0 1
 out_5_0 residual_upper_5_0 1
 out_5_0 residual_lower_5_0 -1
 out_6_0 out_definition_6_0 1
 out_6_0 residual_upper_6_0 1
 out_6_0 residual_lower_6_0 -1
 out_7_0 out_definition_7_0 1
 out_7_0 residual_upper_7_0 1
 out_7_0 residual_lower_7_0 -1
 M47 'MARKER' 'INTORG'
 sign_0 positive_if_sign_0_0 -22.516667602367406
 sign_0 positive_if_sign_1_0 -24.383983975513583
 sign_0 positive_if_sign_2_0 -21.529257680240633
 sign_0 positive_if_sign_3_0 -21.375419431451895
 sign_0 positive_if_sign_4_0 -13.351487934810724
 sign_0 positive_if_sign_5_0 -18.881875937823814
 sign_0 positive_if_sign_6_0 -18.834140487493194
 sign_0 positive_if_sign_7_0 -13.726343214999071
 sign_0 negative_unless_sign_0_0 22.516667602367406
 sign_0 negative_unless_sign_1_0 24.383983975513583
 sign_0 negative_unless_sign_2_0 21.529257680240633
 sign_0 negative_unless_sign_3_0 21.375419431451895
 sign_0 negative_unless_sign_4_0 13.351487934810724
 sign_0 negative_unless_sign_5_0 18.881875937823814
 sign_0 negative_unless_sign_6_0 18.834140487493194
 sign_0 negative_unless_sign_7_0 13.726343214999071
 sign_1 positive_if_sign_0_1 -22.516667602367406
 sign_1 positive_if_sign_1_1 -24.383983975513583
 sign_1 positive_if_sign_2_1 -21.529257680240633
 sign_1 positive_if_sign_3_1 -21.375419431451895
 sign_1 positive_if_sign_4_1 -13.351487934810724
 sign_1 positive_if_sign_5_1 -18.881875937823814
 sign_1 positive_if_sign_6_1 -18.834140487493194
 sign_1 positive_if_sign_7_1 -13.726343214999071
 sign_1 negative_unless_sign_0_1 22.516667602367406
 sign_1 negative_unless_sign_1_1 24.383983975513583
 sign_1 negative_unless_sign_2_1 21.529257680240633
 sign_1 negative_unless_sign_3_1 21.375419431451895
 sign_1 negative_unless_sign_4_1 13.351487934810724
 sign_1 negative_unless_sign_5_1 18.881875937823814
 sign_1 negative_unless_sign_6_1 18.834140487493194
 sign_1 negative_unless_sign_7_1 13.726343214999071
 M49 'MARKER' 'INTEND'
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
 max_residual obj 1
 max_residual residual_upper_0_0 -1
 max_residual residual_upper_1_0 -1
 max_residual residual_upper_2_0 -1
 max_residual residual_upper_3_0 -1
 max_residual residual_upper_4_0 -1
 max_residual residual_upper_5_0 -1
 max_residual residual_upper_6_0 -1
 max_residual residual_upper_7_0 -1
 max_residual residual_lower_0_0 -1
 max_residual residual_lower_1_0 -1
 max_residual residual_lower_2_0 -1
 max_residual residual_lower_3_0 -1
 max_residual residual_lower_4_0 -1
 max_residual residual_lower_5_0 -1
 max_residual residual_lower_6_0 -1
 max_residual residual_lower_7_0 -1
 M82 'MARKER' 'INTORG'
 relu_1_0_0_on relu_1_0_0_off_when_inactive -22.516667602367406
 relu_1_0_0_on relu_1_0_0_pre_when_active 22.516667602367406
 relu_1_0_1_on relu_1_0_1_off_when_inactive -22.516667602367406
 relu_1_0_1_on relu_1_0_1_pre_when_active 22.516667602367406
 relu_1_1_0_on relu_1_1_0_off_when_inactive -24.383983975513583
 relu_1_1_0_on relu_1_1_0_pre_when_active 24.383983975513583
 relu_1_1_1_on relu_1_1_1_off_when_inactive -24.383983975513583
 relu_1_1_1_on relu_1_1_1_pre_when_active 24.383983975513583
 relu_1_2_0_on relu_1_2_0_off_when_inactive -21.529257680240633
 relu_1_2_0_on relu_1_2_0_pre_when_active 21.529257680240633
 relu_1_2_1_on relu_1_2_1_off_when_inactive -21.529257680240633
 relu_1_2_1_on relu_1_2_1_pre_when_active 21.529257680240633
 relu_1_3_0_on relu_1_3_0_off_when_inactive -21.375419431451895
 relu_1_3_0_on relu_1_3_0_pre_when_active 21.375419431451895
 relu_1_3_1_on relu_1_3_1_off_when_inactive -21.375419431451895
 relu_1_3_1_on relu_1_3_1_pre_when_active 21.375419431451895
 relu_1_4_0_on relu_1_4_0_off_when_inactive -13.351487934810724
 relu_1_4_0_on relu_1_4_0_pre_when_active 13.351487934810724
 relu_1_4_1_on relu_1_4_1_off_when_inactive -13.351487934810724
 relu_1_4_1_on relu_1_4_1_pre_when_active 13.351487934810724
 relu_1_5_0_on relu_1_5_0_off_when_inactive -18.881875937823814
 relu_1_5_0_on relu_1_5_0_pre_when_active 18.881875937823814
 relu_1_5_1_on relu_1_5_1_off_when_inactive -18.881875937823814
 relu_1_5_1_on relu_1_5_1_pre_when_active 18.881875937823814
 relu_1_6_0_on relu_1_6_0_off_when_inactive -18.834140487493194
 relu_1_6_0_on relu_1_6_0_pre_when_active 18.834140487493194
 relu_1_6_1_on relu_1_6_1_off_when_inactive -18.834140487493194
 relu_1_6_1_on relu_1_6_1_pre_when_active 18.834140487493194
 relu_1_7_0_on relu_1_7_0_off_when_inactive -13.726343214999071
 relu_1_7_0_on relu_1_7_0_pre_when_active 13.726343214999071
 relu_1_7_1_on relu_1_7_1_off_when_inactive -13.726343214999071
 relu_1_7_1_on relu_1_7_1_pre_when_active 13.726343214999071
 M98 'MARKER' 'INTEND'
RHS
 rhs negative_unless_sign_0_0 22.516667602367406
 rhs negative_unless_sign_0_1 22.516667602367406
 rhs negative_unless_sign_1_0 24.383983975513583
 rhs negative_unless_sign_1_1 24.383983975513583
 rhs negative_unless_sign_2_0 21.529257680240633
 rhs negative_unless_sign_2_1 21.529257680240633
 rhs negative_unless_sign_3_0 21.375419431451895
 rhs negative_unless_sign_3_1 21.375419431451895
 rhs negative_unless_sign_4_0 13.351487934810724
 rhs negative_unless_sign_4_1 13.351487934810724
 rhs negative_unless_sign_5_0 18.881875937823814
 rhs negative_unless_sign_5_1 18.881875937823814
 rhs negative_unless_sign_6_0 18.834140487493194
 rhs negative_unless_sign_6_1 18.834140487493194
 rhs negative_unless_sign_7_0 13.726343214999071
 rhs negative_unless_sign_7_1 13.726343214999071
 rhs residual_upper_0_0 0.21907734816209976
 rhs residual_upper_1_0 0.49896096163976345
 rhs residual_upper_2_0 0.5972298866185586
 rhs residual_upper_3_0 0.3957544221752728
 rhs residual_upper_4_0 0.8088182423941046
 rhs residual_upper_5_0 1.066255638128042
 rhs residual_upper_6_0 0.6666372346912071
 rhs residual_upper_7_0 0.3519255412133196
 rhs residual_lower_0_0 -0.21907734816209976
 rhs residual_lower_1_0 -0.49896096163976345
 rhs residual_lower_2_0 -0.5972298866185586
 rhs residual_lower_3_0 -0.3957544221752728
 rhs residual_lower_4_0 -0.8088182423941046
 rhs residual_lower_5_0 -1.066255638128042
 rhs residual_lower_6_0 -0.6666372346912071
 rhs residual_lower_7_0 -0.3519255412133196
 rhs relu_1_0_0_pre_when_active 22.516667602367406
 rhs relu_1_0_1_pre_when_active 22.516667602367406
 rhs relu_1_1_0_pre_when_active 24.383983975513583
 rhs relu_1_1_1_pre_when_active 24.383983975513583
 rhs relu_1_2_0_pre_when_active 21.529257680240633
 rhs relu_1_2_1_pre_when_active 21.529257680240633
 rhs relu_1_3_0_pre_when_active 21.375419431451895
 rhs relu_1_3_1_pre_when_active 21.375419431451895
 rhs relu_1_4_0_pre_when_active 13.351487934810724
 rhs relu_1_4_1_pre_when_active 13.351487934810724
 rhs relu_1_5_0_pre_when_active 18.881875937823814
 rhs relu_1_5_1_pre_when_active 18.881875937823814
 rhs relu_1_6_0_pre_when_active 18.834140487493194
 rhs relu_1_6_1_pre_when_active 18.834140487493194
 rhs relu_1_7_0_pre_when_active 13.726343214999071
 rhs relu_1_7_1_pre_when_active 13.726343214999071
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
 LO bnd pre_1_0_0 -22.516667602367406
 UP bnd pre_1_0_0 22.516667602367406
 LO bnd pre_1_0_1 -22.516667602367406
 UP bnd pre_1_0_1 22.516667602367406
 LO bnd pre_1_1_0 -24.383983975513583
 UP bnd pre_1_1_0 24.383983975513583
 LO bnd pre_1_1_1 -24.383983975513583
 UP bnd pre_1_1_1 24.383983975513583
 LO bnd pre_1_2_0 -21.529257680240633
 UP bnd pre_1_2_0 21.529257680240633
 LO bnd pre_1_2_1 -21.529257680240633
 UP bnd pre_1_2_1 21.529257680240633
 LO bnd pre_1_3_0 -21.375419431451895
 UP bnd pre_1_3_0 21.375419431451895
 LO bnd pre_1_3_1 -21.375419431451895
 UP bnd pre_1_3_1 21.375419431451895
 LO bnd pre_1_4_0 -13.351487934810724
 UP bnd pre_1_4_0 13.351487934810724
 LO bnd pre_1_4_1 -13.351487934810724
 UP bnd pre_1_4_1 13.351487934810724
 LO bnd pre_1_5_0 -18.881875937823814
 UP bnd pre_1_5_0 18.881875937823814
 LO bnd pre_1_5_1 -18.881875937823814
 UP bnd pre_1_5_1 18.881875937823814
 LO bnd pre_1_6_0 -18.834140487493194
 UP bnd pre_1_6_0 18.834140487493194
 LO bnd pre_1_6_1 -18.834140487493194
 UP bnd pre_1_6_1 18.834140487493194
 LO bnd pre_1_7_0 -13.726343214999071
 UP bnd pre_1_7_0 13.726343214999071
 LO bnd pre_1_7_1 -13.726343214999071
 UP bnd pre_1_7_1 13.726343214999071
 LO bnd post_1_0_0 0
 UP bnd post_1_0_0 22.516667602367406
 LO bnd post_1_0_1 0
 UP bnd post_1_0_1 22.516667602367406
 LO bnd post_1_1_0 0
 UP bnd post_1_1_0 24.383983975513583
 LO bnd post_1_1_1 0
 UP bnd post_1_1_1 24.383983975513583
 LO bnd post_1_2_0 0
 UP bnd post_1_2_0 21.529257680240633
 LO bnd post_1_2_1 0
 UP bnd post_1_2_1 21.529257680240633
 LO bnd post_1_3_0 0
 UP bnd post_1_3_0 21.375419431451895
 LO bnd post_1_3_1 0
 UP bnd post_1_3_1 21.375419431451895
 LO bnd post_1_4_0 0
 UP bnd post_1_4_0 13.351487934810724
 LO bnd post_1_4_1 0
 UP bnd post_1_4_1 13.351487934810724
 LO bnd post_1_5_0 0
 UP bnd post_1_5_0 18.881875937823814
 LO bnd post_1_5_1 0
 UP bnd post_1_5_1 18.881875937823814
 LO bnd post_1_6_0 0
 UP bnd post_1_6_0 18.834140487493194
 LO bnd post_1_6_1 0
 UP bnd post_1_6_1 18.834140487493194
 LO bnd post_1_7_0 0
 UP bnd post_1_7_0 13.726343214999071
 LO bnd post_1_7_1 0
 UP bnd post_1_7_1 13.726343214999071
 LO bnd b_2_0 -3
 UP bnd b_2_0 3
 LO bnd out_0_0 -48.03333520473481
 UP bnd out_0_0 48.03333520473481
 LO bnd out_1_0 -51.76796795102717
 UP bnd out_1_0 51.76796795102717
 LO bnd out_2_0 -46.058515360481266
 UP bnd out_2_0 46.058515360481266
 LO bnd out_3_0 -45.75083886290379
 UP bnd out_3_0 45.75083886290379
 LO bnd out_4_0 -29.702975869621447
 UP bnd out_4_0 29.702975869621447
 LO bnd out_5_0 -40.76375187564763
 UP bnd out_5_0 40.76375187564763
 LO bnd out_6_0 -40.66828097498639
 UP bnd out_6_0 40.66828097498639
 LO bnd out_7_0 -30.452686429998142
 UP bnd out_7_0 30.452686429998142
 BV bnd sign_0
 BV bnd sign_1
 LO bnd post_positive_0_0 0
 UP bnd post_positive_0_0 22.516667602367406
 LO bnd post_positive_0_1 0
 UP bnd post_positive_0_1 22.516667602367406
 LO bnd post_positive_1_0 0
 UP bnd post_positive_1_0 24.383983975513583
 LO bnd post_positive_1_1 0
 UP bnd post_positive_1_1 24.383983975513583
 LO bnd post_positive_2_0 0
 UP bnd post_positive_2_0 21.529257680240633
 LO bnd post_positive_2_1 0
 UP bnd post_positive_2_1 21.529257680240633
 LO bnd post_positive_3_0 0
 UP bnd post_positive_3_0 21.375419431451895
 LO bnd post_positive_3_1 0
 UP bnd post_positive_3_1 21.375419431451895
 LO bnd post_positive_4_0 0
 UP bnd post_positive_4_0 13.351487934810724
 LO bnd post_positive_4_1 0
 UP bnd post_positive_4_1 13.351487934810724
 LO bnd post_positive_5_0 0
 UP bnd post_positive_5_0 18.881875937823814
 LO bnd post_positive_5_1 0
 UP bnd post_positive_5_1 18.881875937823814
 LO bnd post_positive_6_0 0
 UP bnd post_positive_6_0 18.834140487493194
 LO bnd post_positive_6_1 0
 UP bnd post_positive_6_1 18.834140487493194
 LO bnd post_positive_7_0 0
 UP bnd post_positive_7_0 13.726343214999071
 LO bnd post_positive_7_1 0
 UP bnd post_positive_7_1 13.726343214999071
 LO bnd post_negative_0_0 0
 UP bnd post_negative_0_0 22.516667602367406
 LO bnd post_negative_0_1 0
 UP bnd post_negative_0_1 22.516667602367406
 LO bnd post_negative_1_0 0
 UP bnd post_negative_1_0 24.383983975513583
 LO bnd post_negative_1_1 0
 UP bnd post_negative_1_1 24.383983975513583
 LO bnd post_negative_2_0 0
 UP bnd post_negative_2_0 21.529257680240633
 LO bnd post_negative_2_1 0
 UP bnd post_negative_2_1 21.529257680240633
 LO bnd post_negative_3_0 0
 UP bnd post_negative_3_0 21.375419431451895
 LO bnd post_negative_3_1 0
 UP bnd post_negative_3_1 21.375419431451895
 LO bnd post_negative_4_0 0
 UP bnd post_negative_4_0 13.351487934810724
 LO bnd post_negative_4_1 0
 UP bnd post_negative_4_1 13.351487934810724
 LO bnd post_negative_5_0 0
 UP bnd post_negative_5_0 18.881875937823814
 LO bnd post_negative_5_1 0
 UP bnd post_negative_5_1 18.881875937823814
 LO bnd post_negative_6_0 0
 UP bnd post_negative_6_0 18.834140487493194
 LO bnd post_negative_6_1 0
 UP bnd post_negative_6_1 18.834140487493194
 LO bnd post_negative_7_0 0
 UP bnd post_negative_7_0 13.726343214999071
 LO bnd post_negative_7_1 0
 UP bnd post_negative_7_1 13.726343214999071
 LO bnd max_residual 0
 UP bnd max_residual 52.26692891266693
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
ENDATA
