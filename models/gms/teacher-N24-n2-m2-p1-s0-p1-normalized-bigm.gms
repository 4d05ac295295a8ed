* teacher-N24-n2-m2-p1-s0-p1-normalized-bigm  (relu-opt library: teacher-N24-n2-m2-p1-s0, problem 1, normalized-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, u_0_2, u_1_0, u_1_1, u_1_2, pre_1_0_0,
  pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1, pre_1_4_0,
  pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1, pre_1_8_0,
  pre_1_8_1, pre_1_9_0, pre_1_9_1, pre_1_10_0, pre_1_10_1, pre_1_11_0, pre_1_11_1, pre_1_12_0,
  pre_1_12_1, pre_1_13_0, pre_1_13_1, pre_1_14_0, pre_1_14_1, pre_1_15_0, pre_1_15_1, pre_1_16_0,
  pre_1_16_1, pre_1_17_0, pre_1_17_1, pre_1_18_0, pre_1_18_1, pre_1_19_0, pre_1_19_1, pre_1_20_0,
  pre_1_20_1, pre_1_21_0, pre_1_21_1, pre_1_22_0, pre_1_22_1, pre_1_23_0, pre_1_23_1, post_1_0_0,
  post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, post_1_4_0,
  post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1, post_1_8_0,
  post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1, post_1_11_0, post_1_11_1, post_1_12_0,
  post_1_12_1, post_1_13_0, post_1_13_1, post_1_14_0, post_1_14_1, post_1_15_0, post_1_15_1, post_1_16_0,
  post_1_16_1, post_1_17_0, post_1_17_1, post_1_18_0, post_1_18_1, post_1_19_0, post_1_19_1, post_1_20_0,
  post_1_20_1, post_1_21_0, post_1_21_1, post_1_22_0, post_1_22_1, post_1_23_0, post_1_23_1, b_2_0,
  out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0,
  out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0, out_14_0, out_15_0,
  out_16_0, out_17_0, out_18_0, out_19_0, out_20_0, out_21_0, out_22_0, out_23_0,
  post_positive_0_0, post_positive_0_1, post_positive_1_0, post_positive_1_1, post_positive_2_0, post_positive_2_1, post_positive_3_0, post_positive_3_1,
  post_positive_4_0, post_positive_4_1, post_positive_5_0, post_positive_5_1, post_positive_6_0, post_positive_6_1, post_positive_7_0, post_positive_7_1,
  post_positive_8_0, post_positive_8_1, post_positive_9_0, post_positive_9_1, post_positive_10_0, post_positive_10_1, post_positive_11_0, post_positive_11_1,
  post_positive_12_0, post_positive_12_1, post_positive_13_0, post_positive_13_1, post_positive_14_0, post_positive_14_1, post_positive_15_0, post_positive_15_1,
  post_positive_16_0, post_positive_16_1, post_positive_17_0, post_positive_17_1, post_positive_18_0, post_positive_18_1, post_positive_19_0, post_positive_19_1,
  post_positive_20_0, post_positive_20_1, post_positive_21_0, post_positive_21_1, post_positive_22_0, post_positive_22_1, post_positive_23_0, post_positive_23_1,
  post_negative_0_0, post_negative_0_1, post_negative_1_0, post_negative_1_1, post_negative_2_0, post_negative_2_1, post_negative_3_0, post_negative_3_1,
  post_negative_4_0, post_negative_4_1, post_negative_5_0, post_negative_5_1, post_negative_6_0, post_negative_6_1, post_negative_7_0, post_negative_7_1,
  post_negative_8_0, post_negative_8_1, post_negative_9_0, post_negative_9_1, post_negative_10_0, post_negative_10_1, post_negative_11_0, post_negative_11_1,
  post_negative_12_0, post_negative_12_1, post_negative_13_0, post_negative_13_1, post_negative_14_0, post_negative_14_1, post_negative_15_0, post_negative_15_1,
  post_negative_16_0, post_negative_16_1, post_negative_17_0, post_negative_17_1, post_negative_18_0, post_negative_18_1, post_negative_19_0, post_negative_19_1,
  post_negative_20_0, post_negative_20_1, post_negative_21_0, post_negative_21_1, post_negative_22_0, post_negative_22_1, post_negative_23_0, post_negative_23_1;

Binary Variables
  sign_0, sign_1, relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on,
  relu_1_3_0_on, relu_1_3_1_on, relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on,
  relu_1_7_0_on, relu_1_7_1_on, relu_1_8_0_on, relu_1_8_1_on, relu_1_9_0_on, relu_1_9_1_on, relu_1_10_0_on, relu_1_10_1_on,
  relu_1_11_0_on, relu_1_11_1_on, relu_1_12_0_on, relu_1_12_1_on, relu_1_13_0_on, relu_1_13_1_on, relu_1_14_0_on, relu_1_14_1_on,
  relu_1_15_0_on, relu_1_15_1_on, relu_1_16_0_on, relu_1_16_1_on, relu_1_17_0_on, relu_1_17_1_on, relu_1_18_0_on, relu_1_18_1_on,
  relu_1_19_0_on, relu_1_19_1_on, relu_1_20_0_on, relu_1_20_1_on, relu_1_21_0_on, relu_1_21_1_on, relu_1_22_0_on, relu_1_22_1_on,
  relu_1_23_0_on, relu_1_23_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_15_0,
  pre_definition_1_15_1, pre_definition_1_16_0, pre_definition_1_16_1, pre_definition_1_17_0, pre_definition_1_17_1, pre_definition_1_18_0, pre_definition_1_18_1, pre_definition_1_19_0,
  pre_definition_1_19_1, pre_definition_1_20_0, pre_definition_1_20_1, pre_definition_1_21_0, pre_definition_1_21_1, pre_definition_1_22_0, pre_definition_1_22_1, pre_definition_1_23_0,
  pre_definition_1_23_1, post_split_0_0, post_split_0_1, post_split_1_0, post_split_1_1, post_split_2_0, post_split_2_1, post_split_3_0,
  post_split_3_1, post_split_4_0, post_split_4_1, post_split_5_0, post_split_5_1, post_split_6_0, post_split_6_1, post_split_7_0,
  post_split_7_1, post_split_8_0, post_split_8_1, post_split_9_0, post_split_9_1, post_split_10_0, post_split_10_1, post_split_11_0,
  post_split_11_1, post_split_12_0, post_split_12_1, post_split_13_0, post_split_13_1, post_split_14_0, post_split_14_1, post_split_15_0,
  post_split_15_1, post_split_16_0, post_split_16_1, post_split_17_0, post_split_17_1, post_split_18_0, post_split_18_1, post_split_19_0,
  post_split_19_1, post_split_20_0, post_split_20_1, post_split_21_0, post_split_21_1, post_split_22_0, post_split_22_1, post_split_23_0,
  post_split_23_1, positive_if_sign_0_0, positive_if_sign_0_1, positive_if_sign_1_0, positive_if_sign_1_1, positive_if_sign_2_0, positive_if_sign_2_1, positive_if_sign_3_0,
  positive_if_sign_3_1, positive_if_sign_4_0, positive_if_sign_4_1, positive_if_sign_5_0, positive_if_sign_5_1, positive_if_sign_6_0, positive_if_sign_6_1, positive_if_sign_7_0,
  positive_if_sign_7_1, positive_if_sign_8_0, positive_if_sign_8_1, positive_if_sign_9_0, positive_if_sign_9_1, positive_if_sign_10_0, positive_if_sign_10_1, positive_if_sign_11_0,
  positive_if_sign_11_1, positive_if_sign_12_0, positive_if_sign_12_1, positive_if_sign_13_0, positive_if_sign_13_1, positive_if_sign_14_0, positive_if_sign_14_1, positive_if_sign_15_0,
  positive_if_sign_15_1, positive_if_sign_16_0, positive_if_sign_16_1, positive_if_sign_17_0, positive_if_sign_17_1, positive_if_sign_18_0, positive_if_sign_18_1, positive_if_sign_19_0,
  positive_if_sign_19_1, positive_if_sign_20_0, positive_if_sign_20_1, positive_if_sign_21_0, positive_if_sign_21_1, positive_if_sign_22_0, positive_if_sign_22_1, positive_if_sign_23_0,
  positive_if_sign_23_1, negative_unless_sign_0_0, negative_unless_sign_0_1, negative_unless_sign_1_0, negative_unless_sign_1_1, negative_unless_sign_2_0, negative_unless_sign_2_1, negative_unless_sign_3_0,
  negative_unless_sign_3_1, negative_unless_sign_4_0, negative_unless_sign_4_1, negative_unless_sign_5_0, negative_unless_sign_5_1, negative_unless_sign_6_0, negative_unless_sign_6_1, negative_unless_sign_7_0,
  negative_unless_sign_7_1, negative_unless_sign_8_0, negative_unless_sign_8_1, negative_unless_sign_9_0, negative_unless_sign_9_1, negative_unless_sign_10_0, negative_unless_sign_10_1, negative_unless_sign_11_0,
  negative_unless_sign_11_1, negative_unless_sign_12_0, negative_unless_sign_12_1, negative_unless_sign_13_0, negative_unless_sign_13_1, negative_unless_sign_14_0, negative_unless_sign_14_1, negative_unless_sign_15_0,
  negative_unless_sign_15_1, negative_unless_sign_16_0, negative_unless_sign_16_1, negative_unless_sign_17_0, negative_unless_sign_17_1, negative_unless_sign_18_0, negative_unless_sign_18_1, negative_unless_sign_19_0,
  negative_unless_sign_19_1, negative_unless_sign_20_0, negative_unless_sign_20_1, negative_unless_sign_21_0, negative_unless_sign_21_1, negative_unless_sign_22_0, negative_unless_sign_22_1, negative_unless_sign_23_0,
  negative_unless_sign_23_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, out_definition_16_0, out_definition_17_0, out_definition_18_0, out_definition_19_0, out_definition_20_0, out_definition_21_0, out_definition_22_0,
  out_definition_23_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre,
  relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active,
  relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive,
  relu_1_3_1_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_5_0_above_pre,
  relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active,
  relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive,
  relu_1_7_1_pre_when_active, relu_1_8_0_above_pre, relu_1_8_0_off_when_inactive, relu_1_8_0_pre_when_active, relu_1_8_1_above_pre, relu_1_8_1_off_when_inactive, relu_1_8_1_pre_when_active, relu_1_9_0_above_pre,
  relu_1_9_0_off_when_inactive, relu_1_9_0_pre_when_active, relu_1_9_1_above_pre, relu_1_9_1_off_when_inactive, relu_1_9_1_pre_when_active, relu_1_10_0_above_pre, relu_1_10_0_off_when_inactive, relu_1_10_0_pre_when_active,
  relu_1_10_1_above_pre, relu_1_10_1_off_when_inactive, relu_1_10_1_pre_when_active, relu_1_11_0_above_pre, relu_1_11_0_off_when_inactive, relu_1_11_0_pre_when_active, relu_1_11_1_above_pre, relu_1_11_1_off_when_inactive,
  relu_1_11_1_pre_when_active, relu_1_12_0_above_pre, relu_1_12_0_off_when_inactive, relu_1_12_0_pre_when_active, relu_1_12_1_above_pre, relu_1_12_1_off_when_inactive, relu_1_12_1_pre_when_active, relu_1_13_0_above_pre,
  relu_1_13_0_off_when_inactive, relu_1_13_0_pre_when_active, relu_1_13_1_above_pre, relu_1_13_1_off_when_inactive, relu_1_13_1_pre_when_active, relu_1_14_0_above_pre, relu_1_14_0_off_when_inactive, relu_1_14_0_pre_when_active,
  relu_1_14_1_above_pre, relu_1_14_1_off_when_inactive, relu_1_14_1_pre_when_active, relu_1_15_0_above_pre, relu_1_15_0_off_when_inactive, relu_1_15_0_pre_when_active, relu_1_15_1_above_pre, relu_1_15_1_off_when_inactive,
  relu_1_15_1_pre_when_active, relu_1_16_0_above_pre, relu_1_16_0_off_when_inactive, relu_1_16_0_pre_when_active, relu_1_16_1_above_pre, relu_1_16_1_off_when_inactive, relu_1_16_1_pre_when_active, relu_1_17_0_above_pre,
  relu_1_17_0_off_when_inactive, relu_1_17_0_pre_when_active, relu_1_17_1_above_pre, relu_1_17_1_off_when_inactive, relu_1_17_1_pre_when_active, relu_1_18_0_above_pre, relu_1_18_0_off_when_inactive, relu_1_18_0_pre_when_active,
  relu_1_18_1_above_pre, relu_1_18_1_off_when_inactive, relu_1_18_1_pre_when_active, relu_1_19_0_above_pre, relu_1_19_0_off_when_inactive, relu_1_19_0_pre_when_active, relu_1_19_1_above_pre, relu_1_19_1_off_when_inactive,
  relu_1_19_1_pre_when_active, relu_1_20_0_above_pre, relu_1_20_0_off_when_inactive, relu_1_20_0_pre_when_active, relu_1_20_1_above_pre, relu_1_20_1_off_when_inactive, relu_1_20_1_pre_when_active, relu_1_21_0_above_pre,
  relu_1_21_0_off_when_inactive, relu_1_21_0_pre_when_active, relu_1_21_1_above_pre, relu_1_21_1_off_when_inactive, relu_1_21_1_pre_when_active, relu_1_22_0_above_pre, relu_1_22_0_off_when_inactive, relu_1_22_0_pre_when_active,
  relu_1_22_1_above_pre, relu_1_22_1_off_when_inactive, relu_1_22_1_pre_when_active, relu_1_23_0_above_pre, relu_1_23_0_off_when_inactive, relu_1_23_0_pre_when_active, relu_1_23_1_above_pre, relu_1_23_1_off_when_inactive,
  relu_1_23_1_pre_when_active;

e_obj.. - objvar - 0.5585607815645983*out_0_0 - 0.9097981797988508*out_1_0 - 1.2464643340809942*out_2_0 - 0.7957669600553691*out_3_0 - 1.3396370785396265*out_4_0 - 2.682308488389858*out_5_0 - 1.2759274386683264*out_6_0
    - 0.8014900103015752*out_7_0 - 0.23873671531668023*out_8_0 - 0.7979249440206855*out_9_0 - 0.8366185873959022*out_10_0 - 2.2786285818887824*out_11_0 - 0.38231694409909556*out_12_0 - 1.516168442886152*out_13_0 - 0.49901418284030596*out_14_0
    - 1.4517237656836017*out_15_0 - 1.1301412238800277*out_16_0 - 2.0342608819843058*out_17_0 - 0.9603931217056119*out_18_0 - 1.7902835817638434*out_19_0 - 0.5937213570512714*out_20_0 - 0.7715158682697569*out_21_0 - 2.5962306140631175*out_22_0
    - 1.8526639697877483*out_23_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 1*sqr(out_17_0) + 1*sqr(out_18_0) + 1*sqr(out_19_0) + 1*sqr(out_20_0) + 1*sqr(out_21_0) + 1*sqr(out_22_0)
    + 1*sqr(out_23_0) + 11.659264688586173 =e= 0;
pre_definition_1_0_0.. - 0.8701448475755365*u_0_0 - 0.6317071082430643*u_0_1 - 1*u_0_2 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.8701448475755365*u_1_0 - 0.6317071082430643*u_1_1 - 1*u_1_2 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.9945229996597038*u_0_0 - 0.7148085531751387*u_0_1 - 1*u_0_2 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.9945229996597038*u_1_0 - 0.7148085531751387*u_1_1 - 1*u_1_2 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.9328288493890713*u_0_0 - 0.45931089285988813*u_0_1 - 1*u_0_2 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.9328288493890713*u_1_0 - 0.45931089285988813*u_1_1 - 1*u_1_2 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.648688758794882*u_0_0 - 0.7263578446997732*u_0_1 - 1*u_0_2 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.648688758794882*u_1_0 - 0.7263578446997732*u_1_1 - 1*u_1_2 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.08292244049818343*u_0_0 + 0.40057621892523043*u_0_1 - 1*u_0_2 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.08292244049818343*u_1_0 + 0.40057621892523043*u_1_1 - 1*u_1_2 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.1546255576046831*u_0_0 + 0.9433606577090741*u_0_1 - 1*u_0_2 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.1546255576046831*u_1_0 + 0.9433606577090741*u_1_1 - 1*u_1_2 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.7514334470008721*u_0_0 - 0.34124882938726064*u_0_1 - 1*u_0_2 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.7514334470008721*u_1_0 - 0.34124882938726064*u_1_1 - 1*u_1_2 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.2943790231485002*u_0_0 - 0.2307702229625077*u_0_1 - 1*u_0_2 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.2943790231485002*u_1_0 - 0.2307702229625077*u_1_1 - 1*u_1_2 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. + 0.23264489147623313*u_0_0 - 0.994419871578422*u_0_1 - 1*u_0_2 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. + 0.23264489147623313*u_1_0 - 0.994419871578422*u_1_1 - 1*u_1_2 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.9616706775524602*u_0_0 - 0.3710839689613894*u_0_1 - 1*u_0_2 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.9616706775524602*u_1_0 - 0.3710839689613894*u_1_1 - 1*u_1_2 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. - 0.3009185525356326*u_0_0 - 0.37689346114188016*u_0_1 - 1*u_0_2 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.3009185525356326*u_1_0 - 0.37689346114188016*u_1_1 - 1*u_1_2 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. + 0.22215715204179243*u_0_0 + 0.7298069899551776*u_0_1 - 1*u_0_2 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 0.22215715204179243*u_1_0 + 0.7298069899551776*u_1_1 - 1*u_1_2 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. - 0.4429766803881634*u_0_0 - 0.050708644951451776*u_0_1 - 1*u_0_2 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.4429766803881634*u_1_0 - 0.050708644951451776*u_1_1 - 1*u_1_2 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. + 0.3795162488820887*u_0_0 + 0.028329282336421846*u_0_1 - 1*u_0_2 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.3795162488820887*u_1_0 + 0.028329282336421846*u_1_1 - 1*u_1_2 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. - 0.7789756686980005*u_0_0 - 0.8680870319124994*u_0_1 - 1*u_0_2 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.7789756686980005*u_1_0 - 0.8680870319124994*u_1_1 - 1*u_1_2 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. + 0.28440960658185954*u_0_0 - 0.14305966145952187*u_0_1 - 1*u_0_2 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.28440960658185954*u_1_0 - 0.14305966145952187*u_1_1 - 1*u_1_2 + 1*pre_1_15_1 =e= 0;
pre_definition_1_16_0.. + 0.3562612178481157*u_0_0 - 0.1886000603993936*u_0_1 - 1*u_0_2 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. + 0.3562612178481157*u_1_0 - 0.1886000603993936*u_1_1 - 1*u_1_2 + 1*pre_1_16_1 =e= 0;
pre_definition_1_17_0.. + 0.3241775489857335*u_0_0 + 0.21676199894367754*u_0_1 - 1*u_0_2 + 1*pre_1_17_0 =e= 0;
pre_definition_1_17_1.. + 0.3241775489857335*u_1_0 + 0.21676199894367754*u_1_1 - 1*u_1_2 + 1*pre_1_17_1 =e= 0;
pre_definition_1_18_0.. - 0.7805487040095846*u_0_0 + 0.5456848129332406*u_0_1 - 1*u_0_2 + 1*pre_1_18_0 =e= 0;
pre_definition_1_18_1.. - 0.7805487040095846*u_1_0 + 0.5456848129332406*u_1_1 - 1*u_1_2 + 1*pre_1_18_1 =e= 0;
pre_definition_1_19_0.. - 0.24637428937208483*u_0_0 + 0.8319693128352303*u_0_1 - 1*u_0_2 + 1*pre_1_19_0 =e= 0;
pre_definition_1_19_1.. - 0.24637428937208483*u_1_0 + 0.8319693128352303*u_1_1 - 1*u_1_2 + 1*pre_1_19_1 =e= 0;
pre_definition_1_20_0.. - 0.6652882953067956*u_0_0 - 0.5741966149773667*u_0_1 - 1*u_0_2 + 1*pre_1_20_0 =e= 0;
pre_definition_1_20_1.. - 0.6652882953067956*u_1_0 - 0.5741966149773667*u_1_1 - 1*u_1_2 + 1*pre_1_20_1 =e= 0;
pre_definition_1_21_0.. + 0.5212611140140957*u_0_0 - 0.7529684616214076*u_0_1 - 1*u_0_2 + 1*pre_1_21_0 =e= 0;
pre_definition_1_21_1.. + 0.5212611140140957*u_1_0 - 0.7529684616214076*u_1_1 - 1*u_1_2 + 1*pre_1_21_1 =e= 0;
pre_definition_1_22_0.. + 0.8828639303896113*u_0_0 + 0.32776587890867925*u_0_1 - 1*u_0_2 + 1*pre_1_22_0 =e= 0;
pre_definition_1_22_1.. + 0.8828639303896113*u_1_0 + 0.32776587890867925*u_1_1 - 1*u_1_2 + 1*pre_1_22_1 =e= 0;
pre_definition_1_23_0.. + 0.6994410662103219*u_0_0 + 0.09932126670142605*u_0_1 - 1*u_0_2 + 1*pre_1_23_0 =e= 0;
pre_definition_1_23_1.. + 0.6994410662103219*u_1_0 + 0.09932126670142605*u_1_1 - 1*u_1_2 + 1*pre_1_23_1 =e= 0;
post_split_0_0.. + 1*post_1_0_0 - 1*post_positive_0_0 - 1*post_negative_0_0 =e= 0;
post_split_0_1.. + 1*post_1_0_1 - 1*post_positive_0_1 - 1*post_negative_0_1 =e= 0;
post_split_1_0.. + 1*post_1_1_0 - 1*post_positive_1_0 - 1*post_negative_1_0 =e= 0;
post_split_1_1.. + 1*post_1_1_1 - 1*post_positive_1_1 - 1*post_negative_1_1 =e= 0;
post_split_2_0.. + 1*post_1_2_0 - 1*post_positive_2_0 - 1*post_negative_2_0 =e= 0;
post_split_2_1.. + 1*post_1_2_1 - 1*post_positive_2_1 - 1*post_negative_2_1 =e= 0;
post_split_3_0.. + 1*post_1_3_0 - 1*post_positive_3_0 - 1*post_negative_3_0 =e= 0;
post_split_3_1.. + 1*post_1_3_1 - 1*post_positive_3_1 - 1*post_negative_3_1 =e= 0;
post_split_4_0.. + 1*post_1_4_0 - 1*post_positive_4_0 - 1*post_negative_4_0 =e= 0;
post_split_4_1.. + 1*post_1_4_1 - 1*post_positive_4_1 - 1*post_negative_4_1 =e= 0;
post_split_5_0.. + 1*post_1_5_0 - 1*post_positive_5_0 - 1*post_negative_5_0 =e= 0;
post_split_5_1.. + 1*post_1_5_1 - 1*post_positive_5_1 - 1*post_negative_5_1 =e= 0;
post_split_6_0.. + 1*post_1_6_0 - 1*post_positive_6_0 - 1*post_negative_6_0 =e= 0;
post_split_6_1.. + 1*post_1_6_1 - 1*post_positive_6_1 - 1*post_negative_6_1 =e= 0;
post_split_7_0.. + 1*post_1_7_0 - 1*post_positive_7_0 - 1*post_negative_7_0 =e= 0;
post_split_7_1.. + 1*post_1_7_1 - 1*post_positive_7_1 - 1*post_negative_7_1 =e= 0;
post_split_8_0.. + 1*post_1_8_0 - 1*post_positive_8_0 - 1*post_negative_8_0 =e= 0;
post_split_8_1.. + 1*post_1_8_1 - 1*post_positive_8_1 - 1*post_negative_8_1 =e= 0;
post_split_9_0.. + 1*post_1_9_0 - 1*post_positive_9_0 - 1*post_negative_9_0 =e= 0;
post_split_9_1.. + 1*post_1_9_1 - 1*post_positive_9_1 - 1*post_negative_9_1 =e= 0;
post_split_10_0.. + 1*post_1_10_0 - 1*post_positive_10_0 - 1*post_negative_10_0 =e= 0;
post_split_10_1.. + 1*post_1_10_1 - 1*post_positive_10_1 - 1*post_negative_10_1 =e= 0;
post_split_11_0.. + 1*post_1_11_0 - 1*post_positive_11_0 - 1*post_negative_11_0 =e= 0;
post_split_11_1.. + 1*post_1_11_1 - 1*post_positive_11_1 - 1*post_negative_11_1 =e= 0;
post_split_12_0.. + 1*post_1_12_0 - 1*post_positive_12_0 - 1*post_negative_12_0 =e= 0;
post_split_12_1.. + 1*post_1_12_1 - 1*post_positive_12_1 - 1*post_negative_12_1 =e= 0;
post_split_13_0.. + 1*post_1_13_0 - 1*post_positive_13_0 - 1*post_negative_13_0 =e= 0;
post_split_13_1.. + 1*post_1_13_1 - 1*post_positive_13_1 - 1*post_negative_13_1 =e= 0;
post_split_14_0.. + 1*post_1_14_0 - 1*post_positive_14_0 - 1*post_negative_14_0 =e= 0;
post_split_14_1.. + 1*post_1_14_1 - 1*post_positive_14_1 - 1*post_negative_14_1 =e= 0;
post_split_15_0.. + 1*post_1_15_0 - 1*post_positive_15_0 - 1*post_negative_15_0 =e= 0;
post_split_15_1.. + 1*post_1_15_1 - 1*post_positive_15_1 - 1*post_negative_15_1 =e= 0;
post_split_16_0.. + 1*post_1_16_0 - 1*post_positive_16_0 - 1*post_negative_16_0 =e= 0;
post_split_16_1.. + 1*post_1_16_1 - 1*post_positive_16_1 - 1*post_negative_16_1 =e= 0;
post_split_17_0.. + 1*post_1_17_0 - 1*post_positive_17_0 - 1*post_negative_17_0 =e= 0;
post_split_17_1.. + 1*post_1_17_1 - 1*post_positive_17_1 - 1*post_negative_17_1 =e= 0;
post_split_18_0.. + 1*post_1_18_0 - 1*post_positive_18_0 - 1*post_negative_18_0 =e= 0;
post_split_18_1.. + 1*post_1_18_1 - 1*post_positive_18_1 - 1*post_negative_18_1 =e= 0;
post_split_19_0.. + 1*post_1_19_0 - 1*post_positive_19_0 - 1*post_negative_19_0 =e= 0;
post_split_19_1.. + 1*post_1_19_1 - 1*post_positive_19_1 - 1*post_negative_19_1 =e= 0;
post_split_20_0.. + 1*post_1_20_0 - 1*post_positive_20_0 - 1*post_negative_20_0 =e= 0;
post_split_20_1.. + 1*post_1_20_1 - 1*post_positive_20_1 - 1*post_negative_20_1 =e= 0;
post_split_21_0.. + 1*post_1_21_0 - 1*post_positive_21_0 - 1*post_negative_21_0 =e= 0;
post_split_21_1.. + 1*post_1_21_1 - 1*post_positive_21_1 - 1*post_negative_21_1 =e= 0;
post_split_22_0.. + 1*post_1_22_0 - 1*post_positive_22_0 - 1*post_negative_22_0 =e= 0;
post_split_22_1.. + 1*post_1_22_1 - 1*post_positive_22_1 - 1*post_negative_22_1 =e= 0;
post_split_23_0.. + 1*post_1_23_0 - 1*post_positive_23_0 - 1*post_negative_23_0 =e= 0;
post_split_23_1.. + 1*post_1_23_1 - 1*post_positive_23_1 - 1*post_negative_23_1 =e= 0;
positive_if_sign_0_0.. - 22.516667602367406*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_0_1.. - 22.516667602367406*sign_1 + 1*post_positive_0_1 =l= 0;
positive_if_sign_1_0.. - 24.383983975513583*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_1_1.. - 24.383983975513583*sign_1 + 1*post_positive_1_1 =l= 0;
positive_if_sign_2_0.. - 21.529257680240633*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_2_1.. - 21.529257680240633*sign_1 + 1*post_positive_2_1 =l= 0;
positive_if_sign_3_0.. - 21.375419431451895*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_3_1.. - 21.375419431451895*sign_1 + 1*post_positive_3_1 =l= 0;
positive_if_sign_4_0.. - 13.351487934810724*sign_0 + 1*post_positive_4_0 =l= 0;
positive_if_sign_4_1.. - 13.351487934810724*sign_1 + 1*post_positive_4_1 =l= 0;
positive_if_sign_5_0.. - 18.881875937823814*sign_0 + 1*post_positive_5_0 =l= 0;
positive_if_sign_5_1.. - 18.881875937823814*sign_1 + 1*post_positive_5_1 =l= 0;
positive_if_sign_6_0.. - 18.834140487493194*sign_0 + 1*post_positive_6_0 =l= 0;
positive_if_sign_6_1.. - 18.834140487493194*sign_1 + 1*post_positive_6_1 =l= 0;
positive_if_sign_7_0.. - 13.726343214999071*sign_0 + 1*post_positive_7_0 =l= 0;
positive_if_sign_7_1.. - 13.726343214999071*sign_1 + 1*post_positive_7_1 =l= 0;
positive_if_sign_8_0.. - 20.0435828674919*sign_0 + 1*post_positive_8_0 =l= 0;
positive_if_sign_8_1.. - 20.0435828674919*sign_1 + 1*post_positive_8_1 =l= 0;
positive_if_sign_9_0.. - 20.99479181862465*sign_0 + 1*post_positive_9_0 =l= 0;
positive_if_sign_9_1.. - 20.99479181862465*sign_1 + 1*post_positive_9_1 =l= 0;
positive_if_sign_10_0.. - 15.100308123097616*sign_0 + 1*post_positive_10_0 =l= 0;
positive_if_sign_10_1.. - 15.100308123097616*sign_1 + 1*post_positive_10_1 =l= 0;
positive_if_sign_11_0.. - 17.567677277972727*sign_0 + 1*post_positive_11_0 =l= 0;
positive_if_sign_11_1.. - 17.567677277972727*sign_1 + 1*post_positive_11_1 =l= 0;
positive_if_sign_12_0.. - 13.443167928056535*sign_0 + 1*post_positive_12_0 =l= 0;
positive_if_sign_12_1.. - 13.443167928056535*sign_1 + 1*post_positive_12_1 =l= 0;
positive_if_sign_13_0.. - 12.670609780966595*sign_0 + 1*post_positive_13_0 =l= 0;
positive_if_sign_13_1.. - 12.670609780966595*sign_1 + 1*post_positive_13_1 =l= 0;
positive_if_sign_14_0.. - 23.8235643054945*sign_0 + 1*post_positive_14_0 =l= 0;
positive_if_sign_14_1.. - 23.8235643054945*sign_1 + 1*post_positive_14_1 =l= 0;
positive_if_sign_15_0.. - 12.847223412372433*sign_0 + 1*post_positive_15_0 =l= 0;
positive_if_sign_15_1.. - 12.847223412372433*sign_1 + 1*post_positive_15_1 =l= 0;
positive_if_sign_16_0.. - 13.903751504227584*sign_0 + 1*post_positive_16_0 =l= 0;
positive_if_sign_16_1.. - 13.903751504227584*sign_1 + 1*post_positive_16_1 =l= 0;
positive_if_sign_17_0.. - 13.8684559313647*sign_0 + 1*post_positive_17_0 =l= 0;
positive_if_sign_17_1.. - 13.8684559313647*sign_1 + 1*post_positive_17_1 =l= 0;
positive_if_sign_18_0.. - 20.936101652485426*sign_0 + 1*post_positive_18_0 =l= 0;
positive_if_sign_18_1.. - 20.936101652485426*sign_1 + 1*post_positive_18_1 =l= 0;
positive_if_sign_19_0.. - 18.705092419865835*sign_0 + 1*post_positive_19_0 =l= 0;
positive_if_sign_19_1.. - 18.705092419865835*sign_1 + 1*post_positive_19_1 =l= 0;
positive_if_sign_20_0.. - 20.15536419255746*sign_0 + 1*post_positive_20_0 =l= 0;
positive_if_sign_20_1.. - 20.15536419255746*sign_1 + 1*post_positive_20_1 =l= 0;
positive_if_sign_21_0.. - 20.468066180719532*sign_0 + 1*post_positive_21_0 =l= 0;
positive_if_sign_21_1.. - 20.468066180719532*sign_1 + 1*post_positive_21_1 =l= 0;
positive_if_sign_22_0.. - 19.895668283684614*sign_0 + 1*post_positive_22_0 =l= 0;
positive_if_sign_22_1.. - 19.895668283684614*sign_1 + 1*post_positive_22_1 =l= 0;
positive_if_sign_23_0.. - 16.188860996205733*sign_0 + 1*post_positive_23_0 =l= 0;
positive_if_sign_23_1.. - 16.188860996205733*sign_1 + 1*post_positive_23_1 =l= 0;
negative_unless_sign_0_0.. + 22.516667602367406*sign_0 + 1*post_negative_0_0 =l= 22.516667602367406;
negative_unless_sign_0_1.. + 22.516667602367406*sign_1 + 1*post_negative_0_1 =l= 22.516667602367406;
negative_unless_sign_1_0.. + 24.383983975513583*sign_0 + 1*post_negative_1_0 =l= 24.383983975513583;
negative_unless_sign_1_1.. + 24.383983975513583*sign_1 + 1*post_negative_1_1 =l= 24.383983975513583;
negative_unless_sign_2_0.. + 21.529257680240633*sign_0 + 1*post_negative_2_0 =l= 21.529257680240633;
negative_unless_sign_2_1.. + 21.529257680240633*sign_1 + 1*post_negative_2_1 =l= 21.529257680240633;
negative_unless_sign_3_0.. + 21.375419431451895*sign_0 + 1*post_negative_3_0 =l= 21.375419431451895;
negative_unless_sign_3_1.. + 21.375419431451895*sign_1 + 1*post_negative_3_1 =l= 21.375419431451895;
negative_unless_sign_4_0.. + 13.351487934810724*sign_0 + 1*post_negative_4_0 =l= 13.351487934810724;
negative_unless_sign_4_1.. + 13.351487934810724*sign_1 + 1*post_negative_4_1 =l= 13.351487934810724;
negative_unless_sign_5_0.. + 18.881875937823814*sign_0 + 1*post_negative_5_0 =l= 18.881875937823814;
negative_unless_sign_5_1.. + 18.881875937823814*sign_1 + 1*post_negative_5_1 =l= 18.881875937823814;
negative_unless_sign_6_0.. + 18.834140487493194*sign_0 + 1*post_negative_6_0 =l= 18.834140487493194;
negative_unless_sign_6_1.. + 18.834140487493194*sign_1 + 1*post_negative_6_1 =l= 18.834140487493194;
negative_unless_sign_7_0.. + 13.726343214999071*sign_0 + 1*post_negative_7_0 =l= 13.726343214999071;
negative_unless_sign_7_1.. + 13.726343214999071*sign_1 + 1*post_negative_7_1 =l= 13.726343214999071;
negative_unless_sign_8_0.. + 20.0435828674919*sign_0 + 1*post_negative_8_0 =l= 20.0435828674919;
negative_unless_sign_8_1.. + 20.0435828674919*sign_1 + 1*post_negative_8_1 =l= 20.0435828674919;
negative_unless_sign_9_0.. + 20.99479181862465*sign_0 + 1*post_negative_9_0 =l= 20.99479181862465;
negative_unless_sign_9_1.. + 20.99479181862465*sign_1 + 1*post_negative_9_1 =l= 20.99479181862465;
negative_unless_sign_10_0.. + 15.100308123097616*sign_0 + 1*post_negative_10_0 =l= 15.100308123097616;
negative_unless_sign_10_1.. + 15.100308123097616*sign_1 + 1*post_negative_10_1 =l= 15.100308123097616;
negative_unless_sign_11_0.. + 17.567677277972727*sign_0 + 1*post_negative_11_0 =l= 17.567677277972727;
negative_unless_sign_11_1.. + 17.567677277972727*sign_1 + 1*post_negative_11_1 =l= 17.567677277972727;
negative_unless_sign_12_0.. + 13.443167928056535*sign_0 + 1*post_negative_12_0 =l= 13.443167928056535;
negative_unless_sign_12_1.. + 13.443167928056535*sign_1 + 1*post_negative_12_1 =l= 13.443167928056535;
negative_unless_sign_13_0.. + 12.670609780966595*sign_0 + 1*post_negative_13_0 =l= 12.670609780966595;
negative_unless_sign_13_1.. + 12.670609780966595*sign_1 + 1*post_negative_13_1 =l= 12.670609780966595;
negative_unless_sign_14_0.. + 23.8235643054945*sign_0 + 1*post_negative_14_0 =l= 23.8235643054945;
negative_unless_sign_14_1.. + 23.8235643054945*sign_1 + 1*post_negative_14_1 =l= 23.8235643054945;
negative_unless_sign_15_0.. + 12.847223412372433*sign_0 + 1*post_negative_15_0 =l= 12.847223412372433;
negative_unless_sign_15_1.. + 12.847223412372433*sign_1 + 1*post_negative_15_1 =l= 12.847223412372433;
negative_unless_sign_16_0.. + 13.903751504227584*sign_0 + 1*post_negative_16_0 =l= 13.903751504227584;
negative_unless_sign_16_1.. + 13.903751504227584*sign_1 + 1*post_negative_16_1 =l= 13.903751504227584;
negative_unless_sign_17_0.. + 13.8684559313647*sign_0 + 1*post_negative_17_0 =l= 13.8684559313647;
negative_unless_sign_17_1.. + 13.8684559313647*sign_1 + 1*post_negative_17_1 =l= 13.8684559313647;
negative_unless_sign_18_0.. + 20.936101652485426*sign_0 + 1*post_negative_18_0 =l= 20.936101652485426;
negative_unless_sign_18_1.. + 20.936101652485426*sign_1 + 1*post_negative_18_1 =l= 20.936101652485426;
negative_unless_sign_19_0.. + 18.705092419865835*sign_0 + 1*post_negative_19_0 =l= 18.705092419865835;
negative_unless_sign_19_1.. + 18.705092419865835*sign_1 + 1*post_negative_19_1 =l= 18.705092419865835;
negative_unless_sign_20_0.. + 20.15536419255746*sign_0 + 1*post_negative_20_0 =l= 20.15536419255746;
negative_unless_sign_20_1.. + 20.15536419255746*sign_1 + 1*post_negative_20_1 =l= 20.15536419255746;
negative_unless_sign_21_0.. + 20.468066180719532*sign_0 + 1*post_negative_21_0 =l= 20.468066180719532;
negative_unless_sign_21_1.. + 20.468066180719532*sign_1 + 1*post_negative_21_1 =l= 20.468066180719532;
negative_unless_sign_22_0.. + 19.895668283684614*sign_0 + 1*post_negative_22_0 =l= 19.895668283684614;
negative_unless_sign_22_1.. + 19.895668283684614*sign_1 + 1*post_negative_22_1 =l= 19.895668283684614;
negative_unless_sign_23_0.. + 16.188860996205733*sign_0 + 1*post_negative_23_0 =l= 16.188860996205733;
negative_unless_sign_23_1.. + 16.188860996205733*sign_1 + 1*post_negative_23_1 =l= 16.188860996205733;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*post_positive_0_0 - 1*post_positive_0_1 + 1*post_negative_0_0 + 1*post_negative_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*post_positive_1_0 - 1*post_positive_1_1 + 1*post_negative_1_0 + 1*post_negative_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*post_positive_2_0 - 1*post_positive_2_1 + 1*post_negative_2_0 + 1*post_negative_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*post_positive_3_0 - 1*post_positive_3_1 + 1*post_negative_3_0 + 1*post_negative_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*post_positive_4_0 - 1*post_positive_4_1 + 1*post_negative_4_0 + 1*post_negative_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*post_positive_5_0 - 1*post_positive_5_1 + 1*post_negative_5_0 + 1*post_negative_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*post_positive_6_0 - 1*post_positive_6_1 + 1*post_negative_6_0 + 1*post_negative_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*post_positive_7_0 - 1*post_positive_7_1 + 1*post_negative_7_0 + 1*post_negative_7_1 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*post_positive_8_0 - 1*post_positive_8_1 + 1*post_negative_8_0 + 1*post_negative_8_1 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*post_positive_9_0 - 1*post_positive_9_1 + 1*post_negative_9_0 + 1*post_negative_9_1 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*post_positive_10_0 - 1*post_positive_10_1 + 1*post_negative_10_0 + 1*post_negative_10_1 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*post_positive_11_0 - 1*post_positive_11_1 + 1*post_negative_11_0 + 1*post_negative_11_1 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*post_positive_12_0 - 1*post_positive_12_1 + 1*post_negative_12_0 + 1*post_negative_12_1 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*post_positive_13_0 - 1*post_positive_13_1 + 1*post_negative_13_0 + 1*post_negative_13_1 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*post_positive_14_0 - 1*post_positive_14_1 + 1*post_negative_14_0 + 1*post_negative_14_1 =e= 0;
out_definition_15_0.. - 1*b_2_0 + 1*out_15_0 - 1*post_positive_15_0 - 1*post_positive_15_1 + 1*post_negative_15_0 + 1*post_negative_15_1 =e= 0;
out_definition_16_0.. - 1*b_2_0 + 1*out_16_0 - 1*post_positive_16_0 - 1*post_positive_16_1 + 1*post_negative_16_0 + 1*post_negative_16_1 =e= 0;
out_definition_17_0.. - 1*b_2_0 + 1*out_17_0 - 1*post_positive_17_0 - 1*post_positive_17_1 + 1*post_negative_17_0 + 1*post_negative_17_1 =e= 0;
out_definition_18_0.. - 1*b_2_0 + 1*out_18_0 - 1*post_positive_18_0 - 1*post_positive_18_1 + 1*post_negative_18_0 + 1*post_negative_18_1 =e= 0;
out_definition_19_0.. - 1*b_2_0 + 1*out_19_0 - 1*post_positive_19_0 - 1*post_positive_19_1 + 1*post_negative_19_0 + 1*post_negative_19_1 =e= 0;
out_definition_20_0.. - 1*b_2_0 + 1*out_20_0 - 1*post_positive_20_0 - 1*post_positive_20_1 + 1*post_negative_20_0 + 1*post_negative_20_1 =e= 0;
out_definition_21_0.. - 1*b_2_0 + 1*out_21_0 - 1*post_positive_21_0 - 1*post_positive_21_1 + 1*post_negative_21_0 + 1*post_negative_21_1 =e= 0;
out_definition_22_0.. - 1*b_2_0 + 1*out_22_0 - 1*post_positive_22_0 - 1*post_positive_22_1 + 1*post_negative_22_0 + 1*post_negative_22_1 =e= 0;
out_definition_23_0.. - 1*b_2_0 + 1*out_23_0 - 1*post_positive_23_0 - 1*post_positive_23_1 + 1*post_negative_23_0 + 1*post_negative_23_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 22.516667602367406*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 22.516667602367406*relu_1_0_0_on =l= 22.516667602367406;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 22.516667602367406*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 22.516667602367406*relu_1_0_1_on =l= 22.516667602367406;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 24.383983975513583*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 24.383983975513583*relu_1_1_0_on =l= 24.383983975513583;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 24.383983975513583*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 24.383983975513583*relu_1_1_1_on =l= 24.383983975513583;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 21.529257680240633*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 21.529257680240633*relu_1_2_0_on =l= 21.529257680240633;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 21.529257680240633*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 21.529257680240633*relu_1_2_1_on =l= 21.529257680240633;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 21.375419431451895*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 21.375419431451895*relu_1_3_0_on =l= 21.375419431451895;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 21.375419431451895*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 21.375419431451895*relu_1_3_1_on =l= 21.375419431451895;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 13.351487934810724*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 13.351487934810724*relu_1_4_0_on =l= 13.351487934810724;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 13.351487934810724*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 13.351487934810724*relu_1_4_1_on =l= 13.351487934810724;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 18.881875937823814*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 18.881875937823814*relu_1_5_0_on =l= 18.881875937823814;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 18.881875937823814*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 18.881875937823814*relu_1_5_1_on =l= 18.881875937823814;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 18.834140487493194*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 18.834140487493194*relu_1_6_0_on =l= 18.834140487493194;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 18.834140487493194*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 18.834140487493194*relu_1_6_1_on =l= 18.834140487493194;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 13.726343214999071*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 13.726343214999071*relu_1_7_0_on =l= 13.726343214999071;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 13.726343214999071*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 13.726343214999071*relu_1_7_1_on =l= 13.726343214999071;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 20.0435828674919*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 20.0435828674919*relu_1_8_0_on =l= 20.0435828674919;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 20.0435828674919*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 20.0435828674919*relu_1_8_1_on =l= 20.0435828674919;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 20.99479181862465*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 20.99479181862465*relu_1_9_0_on =l= 20.99479181862465;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 20.99479181862465*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 20.99479181862465*relu_1_9_1_on =l= 20.99479181862465;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 15.100308123097616*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 15.100308123097616*relu_1_10_0_on =l= 15.100308123097616;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 15.100308123097616*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 15.100308123097616*relu_1_10_1_on =l= 15.100308123097616;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 17.567677277972727*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 17.567677277972727*relu_1_11_0_on =l= 17.567677277972727;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 17.567677277972727*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 17.567677277972727*relu_1_11_1_on =l= 17.567677277972727;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 13.443167928056535*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 13.443167928056535*relu_1_12_0_on =l= 13.443167928056535;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 13.443167928056535*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 13.443167928056535*relu_1_12_1_on =l= 13.443167928056535;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 12.670609780966595*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 12.670609780966595*relu_1_13_0_on =l= 12.670609780966595;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 12.670609780966595*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 12.670609780966595*relu_1_13_1_on =l= 12.670609780966595;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 23.8235643054945*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 23.8235643054945*relu_1_14_0_on =l= 23.8235643054945;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 23.8235643054945*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 23.8235643054945*relu_1_14_1_on =l= 23.8235643054945;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0_off_when_inactive.. + 1*post_1_15_0 - 12.847223412372433*relu_1_15_0_on =l= 0;
relu_1_15_0_pre_when_active.. - 1*pre_1_15_0 + 1*post_1_15_0 + 12.847223412372433*relu_1_15_0_on =l= 12.847223412372433;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1_off_when_inactive.. + 1*post_1_15_1 - 12.847223412372433*relu_1_15_1_on =l= 0;
relu_1_15_1_pre_when_active.. - 1*pre_1_15_1 + 1*post_1_15_1 + 12.847223412372433*relu_1_15_1_on =l= 12.847223412372433;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0_off_when_inactive.. + 1*post_1_16_0 - 13.903751504227584*relu_1_16_0_on =l= 0;
relu_1_16_0_pre_when_active.. - 1*pre_1_16_0 + 1*post_1_16_0 + 13.903751504227584*relu_1_16_0_on =l= 13.903751504227584;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1_off_when_inactive.. + 1*post_1_16_1 - 13.903751504227584*relu_1_16_1_on =l= 0;
relu_1_16_1_pre_when_active.. - 1*pre_1_16_1 + 1*post_1_16_1 + 13.903751504227584*relu_1_16_1_on =l= 13.903751504227584;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0_off_when_inactive.. + 1*post_1_17_0 - 13.8684559313647*relu_1_17_0_on =l= 0;
relu_1_17_0_pre_when_active.. - 1*pre_1_17_0 + 1*post_1_17_0 + 13.8684559313647*relu_1_17_0_on =l= 13.8684559313647;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1_off_when_inactive.. + 1*post_1_17_1 - 13.8684559313647*relu_1_17_1_on =l= 0;
relu_1_17_1_pre_when_active.. - 1*pre_1_17_1 + 1*post_1_17_1 + 13.8684559313647*relu_1_17_1_on =l= 13.8684559313647;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0_off_when_inactive.. + 1*post_1_18_0 - 20.936101652485426*relu_1_18_0_on =l= 0;
relu_1_18_0_pre_when_active.. - 1*pre_1_18_0 + 1*post_1_18_0 + 20.936101652485426*relu_1_18_0_on =l= 20.936101652485426;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1_off_when_inactive.. + 1*post_1_18_1 - 20.936101652485426*relu_1_18_1_on =l= 0;
relu_1_18_1_pre_when_active.. - 1*pre_1_18_1 + 1*post_1_18_1 + 20.936101652485426*relu_1_18_1_on =l= 20.936101652485426;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0_off_when_inactive.. + 1*post_1_19_0 - 18.705092419865835*relu_1_19_0_on =l= 0;
relu_1_19_0_pre_when_active.. - 1*pre_1_19_0 + 1*post_1_19_0 + 18.705092419865835*relu_1_19_0_on =l= 18.705092419865835;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1_off_when_inactive.. + 1*post_1_19_1 - 18.705092419865835*relu_1_19_1_on =l= 0;
relu_1_19_1_pre_when_active.. - 1*pre_1_19_1 + 1*post_1_19_1 + 18.705092419865835*relu_1_19_1_on =l= 18.705092419865835;
relu_1_20_0_above_pre.. + 1*pre_1_20_0 - 1*post_1_20_0 =l= 0;
relu_1_20_0_off_when_inactive.. + 1*post_1_20_0 - 20.15536419255746*relu_1_20_0_on =l= 0;
relu_1_20_0_pre_when_active.. - 1*pre_1_20_0 + 1*post_1_20_0 + 20.15536419255746*relu_1_20_0_on =l= 20.15536419255746;
relu_1_20_1_above_pre.. + 1*pre_1_20_1 - 1*post_1_20_1 =l= 0;
relu_1_20_1_off_when_inactive.. + 1*post_1_20_1 - 20.15536419255746*relu_1_20_1_on =l= 0;
relu_1_20_1_pre_when_active.. - 1*pre_1_20_1 + 1*post_1_20_1 + 20.15536419255746*relu_1_20_1_on =l= 20.15536419255746;
relu_1_21_0_above_pre.. + 1*pre_1_21_0 - 1*post_1_21_0 =l= 0;
relu_1_21_0_off_when_inactive.. + 1*post_1_21_0 - 20.468066180719532*relu_1_21_0_on =l= 0;
relu_1_21_0_pre_when_active.. - 1*pre_1_21_0 + 1*post_1_21_0 + 20.468066180719532*relu_1_21_0_on =l= 20.468066180719532;
relu_1_21_1_above_pre.. + 1*pre_1_21_1 - 1*post_1_21_1 =l= 0;
relu_1_21_1_off_when_inactive.. + 1*post_1_21_1 - 20.468066180719532*relu_1_21_1_on =l= 0;
relu_1_21_1_pre_when_active.. - 1*pre_1_21_1 + 1*post_1_21_1 + 20.468066180719532*relu_1_21_1_on =l= 20.468066180719532;
relu_1_22_0_above_pre.. + 1*pre_1_22_0 - 1*post_1_22_0 =l= 0;
relu_1_22_0_off_when_inactive.. + 1*post_1_22_0 - 19.895668283684614*relu_1_22_0_on =l= 0;
relu_1_22_0_pre_when_active.. - 1*pre_1_22_0 + 1*post_1_22_0 + 19.895668283684614*relu_1_22_0_on =l= 19.895668283684614;
relu_1_22_1_above_pre.. + 1*pre_1_22_1 - 1*post_1_22_1 =l= 0;
relu_1_22_1_off_when_inactive.. + 1*post_1_22_1 - 19.895668283684614*relu_1_22_1_on =l= 0;
relu_1_22_1_pre_when_active.. - 1*pre_1_22_1 + 1*post_1_22_1 + 19.895668283684614*relu_1_22_1_on =l= 19.895668283684614;
relu_1_23_0_above_pre.. + 1*pre_1_23_0 - 1*post_1_23_0 =l= 0;
relu_1_23_0_off_when_inactive.. + 1*post_1_23_0 - 16.188860996205733*relu_1_23_0_on =l= 0;
relu_1_23_0_pre_when_active.. - 1*pre_1_23_0 + 1*post_1_23_0 + 16.188860996205733*relu_1_23_0_on =l= 16.188860996205733;
relu_1_23_1_above_pre.. + 1*pre_1_23_1 - 1*post_1_23_1 =l= 0;
relu_1_23_1_off_when_inactive.. + 1*post_1_23_1 - 16.188860996205733*relu_1_23_1_on =l= 0;
relu_1_23_1_pre_when_active.. - 1*pre_1_23_1 + 1*post_1_23_1 + 16.188860996205733*relu_1_23_1_on =l= 16.188860996205733;

u_0_0.lo = -9;
u_0_0.up = 9;
u_0_1.lo = -9;
u_0_1.up = 9;
u_0_2.lo = -9;
u_0_2.up = 9;
u_1_0.lo = -9;
u_1_0.up = 9;
u_1_1.lo = -9;
u_1_1.up = 9;
u_1_2.lo = -9;
u_1_2.up = 9;
pre_1_0_0.lo = -22.516667602367406;
pre_1_0_0.up = 22.516667602367406;
pre_1_0_1.lo = -22.516667602367406;
pre_1_0_1.up = 22.516667602367406;
pre_1_1_0.lo = -24.383983975513583;
pre_1_1_0.up = 24.383983975513583;
pre_1_1_1.lo = -24.383983975513583;
pre_1_1_1.up = 24.383983975513583;
pre_1_2_0.lo = -21.529257680240633;
pre_1_2_0.up = 21.529257680240633;
pre_1_2_1.lo = -21.529257680240633;
pre_1_2_1.up = 21.529257680240633;
pre_1_3_0.lo = -21.375419431451895;
pre_1_3_0.up = 21.375419431451895;
pre_1_3_1.lo = -21.375419431451895;
pre_1_3_1.up = 21.375419431451895;
pre_1_4_0.lo = -13.351487934810724;
pre_1_4_0.up = 13.351487934810724;
pre_1_4_1.lo = -13.351487934810724;
pre_1_4_1.up = 13.351487934810724;
pre_1_5_0.lo = -18.881875937823814;
pre_1_5_0.up = 18.881875937823814;
pre_1_5_1.lo = -18.881875937823814;
pre_1_5_1.up = 18.881875937823814;
pre_1_6_0.lo = -18.834140487493194;
pre_1_6_0.up = 18.834140487493194;
pre_1_6_1.lo = -18.834140487493194;
pre_1_6_1.up = 18.834140487493194;
pre_1_7_0.lo = -13.726343214999071;
pre_1_7_0.up = 13.726343214999071;
pre_1_7_1.lo = -13.726343214999071;
pre_1_7_1.up = 13.726343214999071;
pre_1_8_0.lo = -20.0435828674919;
pre_1_8_0.up = 20.0435828674919;
pre_1_8_1.lo = -20.0435828674919;
pre_1_8_1.up = 20.0435828674919;
pre_1_9_0.lo = -20.99479181862465;
pre_1_9_0.up = 20.99479181862465;
pre_1_9_1.lo = -20.99479181862465;
pre_1_9_1.up = 20.99479181862465;
pre_1_10_0.lo = -15.100308123097616;
pre_1_10_0.up = 15.100308123097616;
pre_1_10_1.lo = -15.100308123097616;
pre_1_10_1.up = 15.100308123097616;
pre_1_11_0.lo = -17.567677277972727;
pre_1_11_0.up = 17.567677277972727;
pre_1_11_1.lo = -17.567677277972727;
pre_1_11_1.up = 17.567677277972727;
pre_1_12_0.lo = -13.443167928056535;
pre_1_12_0.up = 13.443167928056535;
pre_1_12_1.lo = -13.443167928056535;
pre_1_12_1.up = 13.443167928056535;
pre_1_13_0.lo = -12.670609780966595;
pre_1_13_0.up = 12.670609780966595;
pre_1_13_1.lo = -12.670609780966595;
pre_1_13_1.up = 12.670609780966595;
pre_1_14_0.lo = -23.8235643054945;
pre_1_14_0.up = 23.8235643054945;
pre_1_14_1.lo = -23.8235643054945;
pre_1_14_1.up = 23.8235643054945;
pre_1_15_0.lo = -12.847223412372433;
pre_1_15_0.up = 12.847223412372433;
pre_1_15_1.lo = -12.847223412372433;
pre_1_15_1.up = 12.847223412372433;
pre_1_16_0.lo = -13.903751504227584;
pre_1_16_0.up = 13.903751504227584;
pre_1_16_1.lo = -13.903751504227584;
pre_1_16_1.up = 13.903751504227584;
pre_1_17_0.lo = -13.8684559313647;
pre_1_17_0.up = 13.8684559313647;
pre_1_17_1.lo = -13.8684559313647;
pre_1_17_1.up = 13.8684559313647;
pre_1_18_0.lo = -20.936101652485426;
pre_1_18_0.up = 20.936101652485426;
pre_1_18_1.lo = -20.936101652485426;
pre_1_18_1.up = 20.936101652485426;
pre_1_19_0.lo = -18.705092419865835;
pre_1_19_0.up = 18.705092419865835;
pre_1_19_1.lo = -18.705092419865835;
pre_1_19_1.up = 18.705092419865835;
pre_1_20_0.lo = -20.15536419255746;
pre_1_20_0.up = 20.15536419255746;
pre_1_20_1.lo = -20.15536419255746;
pre_1_20_1.up = 20.15536419255746;
pre_1_21_0.lo = -20.468066180719532;
pre_1_21_0.up = 20.468066180719532;
pre_1_21_1.lo = -20.468066180719532;
pre_1_21_1.up = 20.468066180719532;
pre_1_22_0.lo = -19.895668283684614;
pre_1_22_0.up = 19.895668283684614;
pre_1_22_1.lo = -19.895668283684614;
pre_1_22_1.up = 19.895668283684614;
pre_1_23_0.lo = -16.188860996205733;
pre_1_23_0.up = 16.188860996205733;
pre_1_23_1.lo = -16.188860996205733;
pre_1_23_1.up = 16.188860996205733;
post_1_0_0.lo = 0;
post_1_0_0.up = 22.516667602367406;
post_1_0_1.lo = 0;
post_1_0_1.up = 22.516667602367406;
post_1_1_0.lo = 0;
post_1_1_0.up = 24.383983975513583;
post_1_1_1.lo = 0;
post_1_1_1.up = 24.383983975513583;
post_1_2_0.lo = 0;
post_1_2_0.up = 21.529257680240633;
post_1_2_1.lo = 0;
post_1_2_1.up = 21.529257680240633;
post_1_3_0.lo = 0;
post_1_3_0.up = 21.375419431451895;
post_1_3_1.lo = 0;
post_1_3_1.up = 21.375419431451895;
post_1_4_0.lo = 0;
post_1_4_0.up = 13.351487934810724;
post_1_4_1.lo = 0;
post_1_4_1.up = 13.351487934810724;
post_1_5_0.lo = 0;
post_1_5_0.up = 18.881875937823814;
post_1_5_1.lo = 0;
post_1_5_1.up = 18.881875937823814;
post_1_6_0.lo = 0;
post_1_6_0.up = 18.834140487493194;
post_1_6_1.lo = 0;
post_1_6_1.up = 18.834140487493194;
post_1_7_0.lo = 0;
post_1_7_0.up = 13.726343214999071;
post_1_7_1.lo = 0;
post_1_7_1.up = 13.726343214999071;
post_1_8_0.lo = 0;
post_1_8_0.up = 20.0435828674919;
post_1_8_1.lo = 0;
post_1_8_1.up = 20.0435828674919;
post_1_9_0.lo = 0;
post_1_9_0.up = 20.99479181862465;
post_1_9_1.lo = 0;
post_1_9_1.up = 20.99479181862465;
post_1_10_0.lo = 0;
post_1_10_0.up = 15.100308123097616;
post_1_10_1.lo = 0;
post_1_10_1.up = 15.100308123097616;
post_1_11_0.lo = 0;
post_1_11_0.up = 17.567677277972727;
post_1_11_1.lo = 0;
post_1_11_1.up = 17.567677277972727;
post_1_12_0.lo = 0;
post_1_12_0.up = 13.443167928056535;
post_1_12_1.lo = 0;
post_1_12_1.up = 13.443167928056535;
post_1_13_0.lo = 0;
post_1_13_0.up = 12.670609780966595;
post_1_13_1.lo = 0;
post_1_13_1.up = 12.670609780966595;
post_1_14_0.lo = 0;
post_1_14_0.up = 23.8235643054945;
post_1_14_1.lo = 0;
post_1_14_1.up = 23.8235643054945;
post_1_15_0.lo = 0;
post_1_15_0.up = 12.847223412372433;
post_1_15_1.lo = 0;
post_1_15_1.up = 12.847223412372433;
post_1_16_0.lo = 0;
post_1_16_0.up = 13.903751504227584;
post_1_16_1.lo = 0;
post_1_16_1.up = 13.903751504227584;
post_1_17_0.lo = 0;
post_1_17_0.up = 13.8684559313647;
post_1_17_1.lo = 0;
post_1_17_1.up = 13.8684559313647;
post_1_18_0.lo = 0;
post_1_18_0.up = 20.936101652485426;
post_1_18_1.lo = 0;
post_1_18_1.up = 20.936101652485426;
post_1_19_0.lo = 0;
post_1_19_0.up = 18.705092419865835;
post_1_19_1.lo = 0;
post_1_19_1.up = 18.705092419865835;
post_1_20_0.lo = 0;
post_1_20_0.up = 20.15536419255746;
post_1_20_1.lo = 0;
post_1_20_1.up = 20.15536419255746;
post_1_21_0.lo = 0;
post_1_21_0.up = 20.468066180719532;
post_1_21_1.lo = 0;
post_1_21_1.up = 20.468066180719532;
post_1_22_0.lo = 0;
post_1_22_0.up = 19.895668283684614;
post_1_22_1.lo = 0;
post_1_22_1.up = 19.895668283684614;
post_1_23_0.lo = 0;
post_1_23_0.up = 16.188860996205733;
post_1_23_1.lo = 0;
post_1_23_1.up = 16.188860996205733;
b_2_0.lo = -3;
b_2_0.up = 3;
out_0_0.lo = -48.03333520473481;
out_0_0.up = 48.03333520473481;
out_1_0.lo = -51.76796795102717;
out_1_0.up = 51.76796795102717;
out_2_0.lo = -46.058515360481266;
out_2_0.up = 46.058515360481266;
out_3_0.lo = -45.75083886290379;
out_3_0.up = 45.75083886290379;
out_4_0.lo = -29.702975869621447;
out_4_0.up = 29.702975869621447;
out_5_0.lo = -40.76375187564763;
out_5_0.up = 40.76375187564763;
out_6_0.lo = -40.66828097498639;
out_6_0.up = 40.66828097498639;
out_7_0.lo = -30.452686429998142;
out_7_0.up = 30.452686429998142;
out_8_0.lo = -43.0871657349838;
out_8_0.up = 43.0871657349838;
out_9_0.lo = -44.9895836372493;
out_9_0.up = 44.9895836372493;
out_10_0.lo = -33.20061624619523;
out_10_0.up = 33.20061624619523;
out_11_0.lo = -38.135354555945455;
out_11_0.up = 38.135354555945455;
out_12_0.lo = -29.88633585611307;
out_12_0.up = 29.88633585611307;
out_13_0.lo = -28.34121956193319;
out_13_0.up = 28.34121956193319;
out_14_0.lo = -50.647128610989;
out_14_0.up = 50.647128610989;
out_15_0.lo = -28.694446824744865;
out_15_0.up = 28.694446824744865;
out_16_0.lo = -30.807503008455168;
out_16_0.up = 30.807503008455168;
out_17_0.lo = -30.7369118627294;
out_17_0.up = 30.7369118627294;
out_18_0.lo = -44.87220330497085;
out_18_0.up = 44.87220330497085;
out_19_0.lo = -40.41018483973167;
out_19_0.up = 40.41018483973167;
out_20_0.lo = -43.31072838511492;
out_20_0.up = 43.31072838511492;
out_21_0.lo = -43.936132361439064;
out_21_0.up = 43.936132361439064;
out_22_0.lo = -42.79133656736923;
out_22_0.up = 42.79133656736923;
out_23_0.lo = -35.377721992411466;
out_23_0.up = 35.377721992411466;
post_positive_0_0.lo = 0;
post_positive_0_0.up = 22.516667602367406;
post_positive_0_1.lo = 0;
post_positive_0_1.up = 22.516667602367406;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 24.383983975513583;
post_positive_1_1.lo = 0;
post_positive_1_1.up = 24.383983975513583;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 21.529257680240633;
post_positive_2_1.lo = 0;
post_positive_2_1.up = 21.529257680240633;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 21.375419431451895;
post_positive_3_1.lo = 0;
post_positive_3_1.up = 21.375419431451895;
post_positive_4_0.lo = 0;
post_positive_4_0.up = 13.351487934810724;
post_positive_4_1.lo = 0;
post_positive_4_1.up = 13.351487934810724;
post_positive_5_0.lo = 0;
post_positive_5_0.up = 18.881875937823814;
post_positive_5_1.lo = 0;
post_positive_5_1.up = 18.881875937823814;
post_positive_6_0.lo = 0;
post_positive_6_0.up = 18.834140487493194;
post_positive_6_1.lo = 0;
post_positive_6_1.up = 18.834140487493194;
post_positive_7_0.lo = 0;
post_positive_7_0.up = 13.726343214999071;
post_positive_7_1.lo = 0;
post_positive_7_1.up = 13.726343214999071;
post_positive_8_0.lo = 0;
post_positive_8_0.up = 20.0435828674919;
post_positive_8_1.lo = 0;
post_positive_8_1.up = 20.0435828674919;
post_positive_9_0.lo = 0;
post_positive_9_0.up = 20.99479181862465;
post_positive_9_1.lo = 0;
post_positive_9_1.up = 20.99479181862465;
post_positive_10_0.lo = 0;
post_positive_10_0.up = 15.100308123097616;
post_positive_10_1.lo = 0;
post_positive_10_1.up = 15.100308123097616;
post_positive_11_0.lo = 0;
post_positive_11_0.up = 17.567677277972727;
post_positive_11_1.lo = 0;
post_positive_11_1.up = 17.567677277972727;
post_positive_12_0.lo = 0;
post_positive_12_0.up = 13.443167928056535;
post_positive_12_1.lo = 0;
post_positive_12_1.up = 13.443167928056535;
post_positive_13_0.lo = 0;
post_positive_13_0.up = 12.670609780966595;
post_positive_13_1.lo = 0;
post_positive_13_1.up = 12.670609780966595;
post_positive_14_0.lo = 0;
post_positive_14_0.up = 23.8235643054945;
post_positive_14_1.lo = 0;
post_positive_14_1.up = 23.8235643054945;
post_positive_15_0.lo = 0;
post_positive_15_0.up = 12.847223412372433;
post_positive_15_1.lo = 0;
post_positive_15_1.up = 12.847223412372433;
post_positive_16_0.lo = 0;
post_positive_16_0.up = 13.903751504227584;
post_positive_16_1.lo = 0;
post_positive_16_1.up = 13.903751504227584;
post_positive_17_0.lo = 0;
post_positive_17_0.up = 13.8684559313647;
post_positive_17_1.lo = 0;
post_positive_17_1.up = 13.8684559313647;
post_positive_18_0.lo = 0;
post_positive_18_0.up = 20.936101652485426;
post_positive_18_1.lo = 0;
post_positive_18_1.up = 20.936101652485426;
post_positive_19_0.lo = 0;
post_positive_19_0.up = 18.705092419865835;
post_positive_19_1.lo = 0;
post_positive_19_1.up = 18.705092419865835;
post_positive_20_0.lo = 0;
post_positive_20_0.up = 20.15536419255746;
post_positive_20_1.lo = 0;
post_positive_20_1.up = 20.15536419255746;
post_positive_21_0.lo = 0;
post_positive_21_0.up = 20.468066180719532;
post_positive_21_1.lo = 0;
post_positive_21_1.up = 20.468066180719532;
post_positive_22_0.lo = 0;
post_positive_22_0.up = 19.895668283684614;
post_positive_22_1.lo = 0;
post_positive_22_1.up = 19.895668283684614;
post_positive_23_0.lo = 0;
post_positive_23_0.up = 16.188860996205733;
post_positive_23_1.lo = 0;
post_positive_23_1.up = 16.188860996205733;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 22.516667602367406;
post_negative_0_1.lo = 0;
post_negative_0_1.up = 22.516667602367406;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 24.383983975513583;
post_negative_1_1.lo = 0;
post_negative_1_1.up = 24.383983975513583;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 21.529257680240633;
post_negative_2_1.lo = 0;
post_negative_2_1.up = 21.529257680240633;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 21.375419431451895;
post_negative_3_1.lo = 0;
post_negative_3_1.up = 21.375419431451895;
post_negative_4_0.lo = 0;
post_negative_4_0.up = 13.351487934810724;
post_negative_4_1.lo = 0;
post_negative_4_1.up = 13.351487934810724;
post_negative_5_0.lo = 0;
post_negative_5_0.up = 18.881875937823814;
post_negative_5_1.lo = 0;
post_negative_5_1.up = 18.881875937823814;
post_negative_6_0.lo = 0;
post_negative_6_0.up = 18.834140487493194;
post_negative_6_1.lo = 0;
post_negative_6_1.up = 18.834140487493194;
post_negative_7_0.lo = 0;
post_negative_7_0.up = 13.726343214999071;
post_negative_7_1.lo = 0;
post_negative_7_1.up = 13.726343214999071;
post_negative_8_0.lo = 0;
post_negative_8_0.up = 20.0435828674919;
post_negative_8_1.lo = 0;
post_negative_8_1.up = 20.0435828674919;
post_negative_9_0.lo = 0;
post_negative_9_0.up = 20.99479181862465;
post_negative_9_1.lo = 0;
post_negative_9_1.up = 20.99479181862465;
post_negative_10_0.lo = 0;
post_negative_10_0.up = 15.100308123097616;
post_negative_10_1.lo = 0;
post_negative_10_1.up = 15.100308123097616;
post_negative_11_0.lo = 0;
post_negative_11_0.up = 17.567677277972727;
post_negative_11_1.lo = 0;
post_negative_11_1.up = 17.567677277972727;
post_negative_12_0.lo = 0;
post_negative_12_0.up = 13.443167928056535;
post_negative_12_1.lo = 0;
post_negative_12_1.up = 13.443167928056535;
post_negative_13_0.lo = 0;
post_negative_13_0.up = 12.670609780966595;
post_negative_13_1.lo = 0;
post_negative_13_1.up = 12.670609780966595;
post_negative_14_0.lo = 0;
post_negative_14_0.up = 23.8235643054945;
post_negative_14_1.lo = 0;
post_negative_14_1.up = 23.8235643054945;
post_negative_15_0.lo = 0;
post_negative_15_0.up = 12.847223412372433;
post_negative_15_1.lo = 0;
post_negative_15_1.up = 12.847223412372433;
post_negative_16_0.lo = 0;
post_negative_16_0.up = 13.903751504227584;
post_negative_16_1.lo = 0;
post_negative_16_1.up = 13.903751504227584;
post_negative_17_0.lo = 0;
post_negative_17_0.up = 13.8684559313647;
post_negative_17_1.lo = 0;
post_negative_17_1.up = 13.8684559313647;
post_negative_18_0.lo = 0;
post_negative_18_0.up = 20.936101652485426;
post_negative_18_1.lo = 0;
post_negative_18_1.up = 20.936101652485426;
post_negative_19_0.lo = 0;
post_negative_19_0.up = 18.705092419865835;
post_negative_19_1.lo = 0;
post_negative_19_1.up = 18.705092419865835;
post_negative_20_0.lo = 0;
post_negative_20_0.up = 20.15536419255746;
post_negative_20_1.lo = 0;
post_negative_20_1.up = 20.15536419255746;
post_negative_21_0.lo = 0;
post_negative_21_0.up = 20.468066180719532;
post_negative_21_1.lo = 0;
post_negative_21_1.up = 20.468066180719532;
post_negative_22_0.lo = 0;
post_negative_22_0.up = 19.895668283684614;
post_negative_22_1.lo = 0;
post_negative_22_1.up = 19.895668283684614;
post_negative_23_0.lo = 0;
post_negative_23_0.up = 16.188860996205733;
post_negative_23_1.lo = 0;
post_negative_23_1.up = 16.188860996205733;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
