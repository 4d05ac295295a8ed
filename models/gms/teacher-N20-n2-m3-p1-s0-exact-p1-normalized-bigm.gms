* teacher-N20-n2-m3-p1-s0-exact-p1-normalized-bigm  (relu-opt library: teacher-N20-n2-m3-p1-s0-exact, problem 1, normalized-bigm; {"hidden": [3], "bound": 1.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, u_0_2, u_1_0, u_1_1, u_1_2, u_2_0,
  u_2_1, u_2_2, pre_1_0_0, pre_1_0_1, pre_1_0_2, pre_1_1_0, pre_1_1_1, pre_1_1_2,
  pre_1_2_0, pre_1_2_1, pre_1_2_2, pre_1_3_0, pre_1_3_1, pre_1_3_2, pre_1_4_0, pre_1_4_1,
  pre_1_4_2, pre_1_5_0, pre_1_5_1, pre_1_5_2, pre_1_6_0, pre_1_6_1, pre_1_6_2, pre_1_7_0,
  pre_1_7_1, pre_1_7_2, pre_1_8_0, pre_1_8_1, pre_1_8_2, pre_1_9_0, pre_1_9_1, pre_1_9_2,
  pre_1_10_0, pre_1_10_1, pre_1_10_2, pre_1_11_0, pre_1_11_1, pre_1_11_2, pre_1_12_0, pre_1_12_1,
  pre_1_12_2, pre_1_13_0, pre_1_13_1, pre_1_13_2, pre_1_14_0, pre_1_14_1, pre_1_14_2, pre_1_15_0,
  pre_1_15_1, pre_1_15_2, pre_1_16_0, pre_1_16_1, pre_1_16_2, pre_1_17_0, pre_1_17_1, pre_1_17_2,
  pre_1_18_0, pre_1_18_1, pre_1_18_2, pre_1_19_0, pre_1_19_1, pre_1_19_2, post_1_0_0, post_1_0_1,
  post_1_0_2, post_1_1_0, post_1_1_1, post_1_1_2, post_1_2_0, post_1_2_1, post_1_2_2, post_1_3_0,
  post_1_3_1, post_1_3_2, post_1_4_0, post_1_4_1, post_1_4_2, post_1_5_0, post_1_5_1, post_1_5_2,
  post_1_6_0, post_1_6_1, post_1_6_2, post_1_7_0, post_1_7_1, post_1_7_2, post_1_8_0, post_1_8_1,
  post_1_8_2, post_1_9_0, post_1_9_1, post_1_9_2, post_1_10_0, post_1_10_1, post_1_10_2, post_1_11_0,
  post_1_11_1, post_1_11_2, post_1_12_0, post_1_12_1, post_1_12_2, post_1_13_0, post_1_13_1, post_1_13_2,
  post_1_14_0, post_1_14_1, post_1_14_2, post_1_15_0, post_1_15_1, post_1_15_2, post_1_16_0, post_1_16_1,
  post_1_16_2, post_1_17_0, post_1_17_1, post_1_17_2, post_1_18_0, post_1_18_1, post_1_18_2, post_1_19_0,
  post_1_19_1, post_1_19_2, b_2_0, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0,
  out_5_0, out_6_0, out_7_0, out_8_0, out_9_0, out_10_0, out_11_0, out_12_0,
  out_13_0, out_14_0, out_15_0, out_16_0, out_17_0, out_18_0, out_19_0, post_positive_0_0,
  post_positive_0_1, post_positive_0_2, post_positive_1_0, post_positive_1_1, post_positive_1_2, post_positive_2_0, post_positive_2_1, post_positive_2_2,
  post_positive_3_0, post_positive_3_1, post_positive_3_2, post_positive_4_0, post_positive_4_1, post_positive_4_2, post_positive_5_0, post_positive_5_1,
  post_positive_5_2, post_positive_6_0, post_positive_6_1, post_positive_6_2, post_positive_7_0, post_positive_7_1, post_positive_7_2, post_positive_8_0,
  post_positive_8_1, post_positive_8_2, post_positive_9_0, post_positive_9_1, post_positive_9_2, post_positive_10_0, post_positive_10_1, post_positive_10_2,
  post_positive_11_0, post_positive_11_1, post_positive_11_2, post_positive_12_0, post_positive_12_1, post_positive_12_2, post_positive_13_0, post_positive_13_1,
  post_positive_13_2, post_positive_14_0, post_positive_14_1, post_positive_14_2, post_positive_15_0, post_positive_15_1, post_positive_15_2, post_positive_16_0,
  post_positive_16_1, post_positive_16_2, post_positive_17_0, post_positive_17_1, post_positive_17_2, post_positive_18_0, post_positive_18_1, post_positive_18_2,
  post_positive_19_0, post_positive_19_1, post_positive_19_2, post_negative_0_0, post_negative_0_1, post_negative_0_2, post_negative_1_0, post_negative_1_1,
  post_negative_1_2, post_negative_2_0, post_negative_2_1, post_negative_2_2, post_negative_3_0, post_negative_3_1, post_negative_3_2, post_negative_4_0,
  post_negative_4_1, post_negative_4_2, post_negative_5_0, post_negative_5_1, post_negative_5_2, post_negative_6_0, post_negative_6_1, post_negative_6_2,
  post_negative_7_0, post_negative_7_1, post_negative_7_2, post_negative_8_0, post_negative_8_1, post_negative_8_2, post_negative_9_0, post_negative_9_1,
  post_negative_9_2, post_negative_10_0, post_negative_10_1, post_negative_10_2, post_negative_11_0, post_negative_11_1, post_negative_11_2, post_negative_12_0,
  post_negative_12_1, post_negative_12_2, post_negative_13_0, post_negative_13_1, post_negative_13_2, post_negative_14_0, post_negative_14_1, post_negative_14_2,
  post_negative_15_0, post_negative_15_1, post_negative_15_2, post_negative_16_0, post_negative_16_1, post_negative_16_2, post_negative_17_0, post_negative_17_1,
  post_negative_17_2, post_negative_18_0, post_negative_18_1, post_negative_18_2, post_negative_19_0, post_negative_19_1, post_negative_19_2;

Binary Variables
  sign_0, sign_1, sign_2, relu_1_0_0_on, relu_1_0_1_on, relu_1_0_2_on, relu_1_1_0_on, relu_1_1_1_on,
  relu_1_1_2_on, relu_1_2_0_on, relu_1_2_1_on, relu_1_2_2_on, relu_1_3_0_on, relu_1_3_1_on, relu_1_3_2_on, relu_1_4_0_on,
  relu_1_4_1_on, relu_1_4_2_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_5_2_on, relu_1_6_0_on, relu_1_6_1_on, relu_1_6_2_on,
  relu_1_7_0_on, relu_1_7_1_on, relu_1_7_2_on, relu_1_8_0_on, relu_1_8_1_on, relu_1_8_2_on, relu_1_9_0_on, relu_1_9_1_on,
  relu_1_9_2_on, relu_1_10_0_on, relu_1_10_1_on, relu_1_10_2_on, relu_1_11_0_on, relu_1_11_1_on, relu_1_11_2_on, relu_1_12_0_on,
  relu_1_12_1_on, relu_1_12_2_on, relu_1_13_0_on, relu_1_13_1_on, relu_1_13_2_on, relu_1_14_0_on, relu_1_14_1_on, relu_1_14_2_on,
  relu_1_15_0_on, relu_1_15_1_on, relu_1_15_2_on, relu_1_16_0_on, relu_1_16_1_on, relu_1_16_2_on, relu_1_17_0_on, relu_1_17_1_on,
  relu_1_17_2_on, relu_1_18_0_on, relu_1_18_1_on, relu_1_18_2_on, relu_1_19_0_on, relu_1_19_1_on, relu_1_19_2_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_0_2, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_1_2, pre_definition_1_2_0,
  pre_definition_1_2_1, pre_definition_1_2_2, pre_definition_1_3_0, pre_definition_1_3_1, pre_definition_1_3_2, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_4_2,
  pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_5_2, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_6_2, pre_definition_1_7_0, pre_definition_1_7_1,
  pre_definition_1_7_2, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_8_2, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_9_2, pre_definition_1_10_0,
  pre_definition_1_10_1, pre_definition_1_10_2, pre_definition_1_11_0, pre_definition_1_11_1, pre_definition_1_11_2, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_12_2,
  pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_13_2, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_14_2, pre_definition_1_15_0, pre_definition_1_15_1,
  pre_definition_1_15_2, pre_definition_1_16_0, pre_definition_1_16_1, pre_definition_1_16_2, pre_definition_1_17_0, pre_definition_1_17_1, pre_definition_1_17_2, pre_definition_1_18_0,
  pre_definition_1_18_1, pre_definition_1_18_2, pre_definition_1_19_0, pre_definition_1_19_1, pre_definition_1_19_2, post_split_0_0, post_split_0_1, post_split_0_2,
  post_split_1_0, post_split_1_1, post_split_1_2, post_split_2_0, post_split_2_1, post_split_2_2, post_split_3_0, post_split_3_1,
  post_split_3_2, post_split_4_0, post_split_4_1, post_split_4_2, post_split_5_0, post_split_5_1, post_split_5_2, post_split_6_0,
  post_split_6_1, post_split_6_2, post_split_7_0, post_split_7_1, post_split_7_2, post_split_8_0, post_split_8_1, post_split_8_2,
  post_split_9_0, post_split_9_1, post_split_9_2, post_split_10_0, post_split_10_1, post_split_10_2, post_split_11_0, post_split_11_1,
  post_split_11_2, post_split_12_0, post_split_12_1, post_split_12_2, post_split_13_0, post_split_13_1, post_split_13_2, post_split_14_0,
  post_split_14_1, post_split_14_2, post_split_15_0, post_split_15_1, post_split_15_2, post_split_16_0, post_split_16_1, post_split_16_2,
  post_split_17_0, post_split_17_1, post_split_17_2, post_split_18_0, post_split_18_1, post_split_18_2, post_split_19_0, post_split_19_1,
  post_split_19_2, positive_if_sign_0_0, positive_if_sign_0_1, positive_if_sign_0_2, positive_if_sign_1_0, positive_if_sign_1_1, positive_if_sign_1_2, positive_if_sign_2_0,
  positive_if_sign_2_1, positive_if_sign_2_2, positive_if_sign_3_0, positive_if_sign_3_1, positive_if_sign_3_2, positive_if_sign_4_0, positive_if_sign_4_1, positive_if_sign_4_2,
  positive_if_sign_5_0, positive_if_sign_5_1, positive_if_sign_5_2, positive_if_sign_6_0, positive_if_sign_6_1, positive_if_sign_6_2, positive_if_sign_7_0, positive_if_sign_7_1,
  positive_if_sign_7_2, positive_if_sign_8_0, positive_if_sign_8_1, positive_if_sign_8_2, positive_if_sign_9_0, positive_if_sign_9_1, positive_if_sign_9_2, positive_if_sign_10_0,
  positive_if_sign_10_1, positive_if_sign_10_2, positive_if_sign_11_0, positive_if_sign_11_1, positive_if_sign_11_2, positive_if_sign_12_0, positive_if_sign_12_1, positive_if_sign_12_2,
  positive_if_sign_13_0, positive_if_sign_13_1, positive_if_sign_13_2, positive_if_sign_14_0, positive_if_sign_14_1, positive_if_sign_14_2, positive_if_sign_15_0, positive_if_sign_15_1,
  positive_if_sign_15_2, positive_if_sign_16_0, positive_if_sign_16_1, positive_if_sign_16_2, positive_if_sign_17_0, positive_if_sign_17_1, positive_if_sign_17_2, positive_if_sign_18_0,
  positive_if_sign_18_1, positive_if_sign_18_2, positive_if_sign_19_0, positive_if_sign_19_1, positive_if_sign_19_2, negative_unless_sign_0_0, negative_unless_sign_0_1, negative_unless_sign_0_2,
  negative_unless_sign_1_0, negative_unless_sign_1_1, negative_unless_sign_1_2, negative_unless_sign_2_0, negative_unless_sign_2_1, negative_unless_sign_2_2, negative_unless_sign_3_0, negative_unless_sign_3_1,
  negative_unless_sign_3_2, negative_unless_sign_4_0, negative_unless_sign_4_1, negative_unless_sign_4_2, negative_unless_sign_5_0, negative_unless_sign_5_1, negative_unless_sign_5_2, negative_unless_sign_6_0,
  negative_unless_sign_6_1, negative_unless_sign_6_2, negative_unless_sign_7_0, negative_unless_sign_7_1, negative_unless_sign_7_2, negative_unless_sign_8_0, negative_unless_sign_8_1, negative_unless_sign_8_2,
  negative_unless_sign_9_0, negative_unless_sign_9_1, negative_unless_sign_9_2, negative_unless_sign_10_0, negative_unless_sign_10_1, negative_unless_sign_10_2, negative_unless_sign_11_0, negative_unless_sign_11_1,
  negative_unless_sign_11_2, negative_unless_sign_12_0, negative_unless_sign_12_1, negative_unless_sign_12_2, negative_unless_sign_13_0, negative_unless_sign_13_1, negative_unless_sign_13_2, negative_unless_sign_14_0,
  negative_unless_sign_14_1, negative_unless_sign_14_2, negative_unless_sign_15_0, negative_unless_sign_15_1, negative_unless_sign_15_2, negative_unless_sign_16_0, negative_unless_sign_16_1, negative_unless_sign_16_2,
  negative_unless_sign_17_0, negative_unless_sign_17_1, negative_unless_sign_17_2, negative_unless_sign_18_0, negative_unless_sign_18_1, negative_unless_sign_18_2, negative_unless_sign_19_0, negative_unless_sign_19_1,
  negative_unless_sign_19_2, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, out_definition_16_0, out_definition_17_0, out_definition_18_0, out_definition_19_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active,
  relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_0_2_above_pre, relu_1_0_2_off_when_inactive, relu_1_0_2_pre_when_active, relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive,
  relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_1_2_above_pre, relu_1_1_2_off_when_inactive, relu_1_1_2_pre_when_active, relu_1_2_0_above_pre,
  relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active, relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_2_2_above_pre, relu_1_2_2_off_when_inactive, relu_1_2_2_pre_when_active,
  relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive, relu_1_3_1_pre_when_active, relu_1_3_2_above_pre, relu_1_3_2_off_when_inactive,
  relu_1_3_2_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_4_2_above_pre,
  relu_1_4_2_off_when_inactive, relu_1_4_2_pre_when_active, relu_1_5_0_above_pre, relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active,
  relu_1_5_2_above_pre, relu_1_5_2_off_when_inactive, relu_1_5_2_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active, relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive,
  relu_1_6_1_pre_when_active, relu_1_6_2_above_pre, relu_1_6_2_off_when_inactive, relu_1_6_2_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre,
  relu_1_7_1_off_when_inactive, relu_1_7_1_pre_when_active, relu_1_7_2_above_pre, relu_1_7_2_off_when_inactive, relu_1_7_2_pre_when_active, relu_1_8_0_above_pre, relu_1_8_0_off_when_inactive, relu_1_8_0_pre_when_active,
  relu_1_8_1_above_pre, relu_1_8_1_off_when_inactive, relu_1_8_1_pre_when_active, relu_1_8_2_above_pre, relu_1_8_2_off_when_inactive, relu_1_8_2_pre_when_active, relu_1_9_0_above_pre, relu_1_9_0_off_when_inactive,
  relu_1_9_0_pre_when_active, relu_1_9_1_above_pre, relu_1_9_1_off_when_inactive, relu_1_9_1_pre_when_active, relu_1_9_2_above_pre, relu_1_9_2_off_when_inactive, relu_1_9_2_pre_when_active, relu_1_10_0_above_pre,
  relu_1_10_0_off_when_inactive, relu_1_10_0_pre_when_active, relu_1_10_1_above_pre, relu_1_10_1_off_when_inactive, relu_1_10_1_pre_when_active, relu_1_10_2_above_pre, relu_1_10_2_off_when_inactive, relu_1_10_2_pre_when_active,
  relu_1_11_0_above_pre, relu_1_11_0_off_when_inactive, relu_1_11_0_pre_when_active, relu_1_11_1_above_pre, relu_1_11_1_off_when_inactive, relu_1_11_1_pre_when_active, relu_1_11_2_above_pre, relu_1_11_2_off_when_inactive,
  relu_1_11_2_pre_when_active, relu_1_12_0_above_pre, relu_1_12_0_off_when_inactive, relu_1_12_0_pre_when_active, relu_1_12_1_above_pre, relu_1_12_1_off_when_inactive, relu_1_12_1_pre_when_active, relu_1_12_2_above_pre,
  relu_1_12_2_off_when_inactive, relu_1_12_2_pre_when_active, relu_1_13_0_above_pre, relu_1_13_0_off_when_inactive, relu_1_13_0_pre_when_active, relu_1_13_1_above_pre, relu_1_13_1_off_when_inactive, relu_1_13_1_pre_when_active,
  relu_1_13_2_above_pre, relu_1_13_2_off_when_inactive, relu_1_13_2_pre_when_active, relu_1_14_0_above_pre, relu_1_14_0_off_when_inactive, relu_1_14_0_pre_when_active, relu_1_14_1_above_pre, relu_1_14_1_off_when_inactive,
  relu_1_14_1_pre_when_active, relu_1_14_2_above_pre, relu_1_14_2_off_when_inactive, relu_1_14_2_pre_when_active, relu_1_15_0_above_pre, relu_1_15_0_off_when_inactive, relu_1_15_0_pre_when_active, relu_1_15_1_above_pre,
  relu_1_15_1_off_when_inactive, relu_1_15_1_pre_when_active, relu_1_15_2_above_pre, relu_1_15_2_off_when_inactive, relu_1_15_2_pre_when_active, relu_1_16_0_above_pre, relu_1_16_0_off_when_inactive, relu_1_16_0_pre_when_active,
  relu_1_16_1_above_pre, relu_1_16_1_off_when_inactive, relu_1_16_1_pre_when_active, relu_1_16_2_above_pre, relu_1_16_2_off_when_inactive, relu_1_16_2_pre_when_active, relu_1_17_0_above_pre, relu_1_17_0_off_when_inactive,
  relu_1_17_0_pre_when_active, relu_1_17_1_above_pre, relu_1_17_1_off_when_inactive, relu_1_17_1_pre_when_active, relu_1_17_2_above_pre, relu_1_17_2_off_when_inactive, relu_1_17_2_pre_when_active, relu_1_18_0_above_pre,
  relu_1_18_0_off_when_inactive, relu_1_18_0_pre_when_active, relu_1_18_1_above_pre, relu_1_18_1_off_when_inactive, relu_1_18_1_pre_when_active, relu_1_18_2_above_pre, relu_1_18_2_off_when_inactive, relu_1_18_2_pre_when_active,
  relu_1_19_0_above_pre, relu_1_19_0_off_when_inactive, relu_1_19_0_pre_when_active, relu_1_19_1_above_pre, relu_1_19_1_off_when_inactive, relu_1_19_1_pre_when_active, relu_1_19_2_above_pre, relu_1_19_2_off_when_inactive,
  relu_1_19_2_pre_when_active;

e_obj.. - objvar - 2.530368200674384*out_0_0 - 1.3167595607372722*out_1_0 - 3.1343558602967776*out_2_0 - 4.394656222676607*out_3_0 - 2.46420181509509*out_4_0 - 0.8368684611208036*out_5_0 + 0.08681811286079788*out_6_0
    + 0.01944264547094643*out_7_0 - 0.4748198430144305*out_8_0 - 4.0087885758313275*out_9_0 - 1.1666070409247873*out_10_0 - 2.69725396577099*out_11_0 + 1.0931620364323122*out_12_0 - 2.231563133562964*out_13_0 - 2.2032917996197785*out_14_0
    - 3.0406336360742303*out_15_0 - 2.7010245121779777*out_16_0 - 3.8953665054716398*out_17_0 + 0.28762894786664805*out_18_0 - 0.9339530366374025*out_19_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0)
    + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0)
    + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0) + 1*sqr(out_15_0) + 1*sqr(out_16_0) + 1*sqr(out_17_0) + 1*sqr(out_18_0)
    + 1*sqr(out_19_0) + 28.171397915181668 =e= 0;
pre_definition_1_0_0.. + 0.9328288493890713*u_0_0 - 0.45931089285988813*u_0_1 - 1*u_0_2 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.9328288493890713*u_1_0 - 0.45931089285988813*u_1_1 - 1*u_1_2 + 1*pre_1_0_1 =e= 0;
pre_definition_1_0_2.. + 0.9328288493890713*u_2_0 - 0.45931089285988813*u_2_1 - 1*u_2_2 + 1*pre_1_0_2 =e= 0;
pre_definition_1_1_0.. + 0.648688758794882*u_0_0 - 0.7263578446997732*u_0_1 - 1*u_0_2 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.648688758794882*u_1_0 - 0.7263578446997732*u_1_1 - 1*u_1_2 + 1*pre_1_1_1 =e= 0;
pre_definition_1_1_2.. + 0.648688758794882*u_2_0 - 0.7263578446997732*u_2_1 - 1*u_2_2 + 1*pre_1_1_2 =e= 0;
pre_definition_1_2_0.. - 0.08292244049818343*u_0_0 + 0.40057621892523043*u_0_1 - 1*u_0_2 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.08292244049818343*u_1_0 + 0.40057621892523043*u_1_1 - 1*u_1_2 + 1*pre_1_2_1 =e= 0;
pre_definition_1_2_2.. - 0.08292244049818343*u_2_0 + 0.40057621892523043*u_2_1 - 1*u_2_2 + 1*pre_1_2_2 =e= 0;
pre_definition_1_3_0.. + 0.1546255576046831*u_0_0 + 0.9433606577090741*u_0_1 - 1*u_0_2 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.1546255576046831*u_1_0 + 0.9433606577090741*u_1_1 - 1*u_1_2 + 1*pre_1_3_1 =e= 0;
pre_definition_1_3_2.. + 0.1546255576046831*u_2_0 + 0.9433606577090741*u_2_1 - 1*u_2_2 + 1*pre_1_3_2 =e= 0;
pre_definition_1_4_0.. + 0.7514334470008721*u_0_0 - 0.34124882938726064*u_0_1 - 1*u_0_2 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.7514334470008721*u_1_0 - 0.34124882938726064*u_1_1 - 1*u_1_2 + 1*pre_1_4_1 =e= 0;
pre_definition_1_4_2.. + 0.7514334470008721*u_2_0 - 0.34124882938726064*u_2_1 - 1*u_2_2 + 1*pre_1_4_2 =e= 0;
pre_definition_1_5_0.. - 0.2943790231485002*u_0_0 - 0.2307702229625077*u_0_1 - 1*u_0_2 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.2943790231485002*u_1_0 - 0.2307702229625077*u_1_1 - 1*u_1_2 + 1*pre_1_5_1 =e= 0;
pre_definition_1_5_2.. - 0.2943790231485002*u_2_0 - 0.2307702229625077*u_2_1 - 1*u_2_2 + 1*pre_1_5_2 =e= 0;
pre_definition_1_6_0.. + 0.23264489147623313*u_0_0 - 0.994419871578422*u_0_1 - 1*u_0_2 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.23264489147623313*u_1_0 - 0.994419871578422*u_1_1 - 1*u_1_2 + 1*pre_1_6_1 =e= 0;
pre_definition_1_6_2.. + 0.23264489147623313*u_2_0 - 0.994419871578422*u_2_1 - 1*u_2_2 + 1*pre_1_6_2 =e= 0;
pre_definition_1_7_0.. - 0.9616706775524602*u_0_0 - 0.3710839689613894*u_0_1 - 1*u_0_2 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.9616706775524602*u_1_0 - 0.3710839689613894*u_1_1 - 1*u_1_2 + 1*pre_1_7_1 =e= 0;
pre_definition_1_7_2.. - 0.9616706775524602*u_2_0 - 0.3710839689613894*u_2_1 - 1*u_2_2 + 1*pre_1_7_2 =e= 0;
pre_definition_1_8_0.. - 0.3009185525356326*u_0_0 - 0.37689346114188016*u_0_1 - 1*u_0_2 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 0.3009185525356326*u_1_0 - 0.37689346114188016*u_1_1 - 1*u_1_2 + 1*pre_1_8_1 =e= 0;
pre_definition_1_8_2.. - 0.3009185525356326*u_2_0 - 0.37689346114188016*u_2_1 - 1*u_2_2 + 1*pre_1_8_2 =e= 0;
pre_definition_1_9_0.. + 0.22215715204179243*u_0_0 + 0.7298069899551776*u_0_1 - 1*u_0_2 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. + 0.22215715204179243*u_1_0 + 0.7298069899551776*u_1_1 - 1*u_1_2 + 1*pre_1_9_1 =e= 0;
pre_definition_1_9_2.. + 0.22215715204179243*u_2_0 + 0.7298069899551776*u_2_1 - 1*u_2_2 + 1*pre_1_9_2 =e= 0;
pre_definition_1_10_0.. - 0.4429766803881634*u_0_0 - 0.050708644951451776*u_0_1 - 1*u_0_2 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.4429766803881634*u_1_0 - 0.050708644951451776*u_1_1 - 1*u_1_2 + 1*pre_1_10_1 =e= 0;
pre_definition_1_10_2.. - 0.4429766803881634*u_2_0 - 0.050708644951451776*u_2_1 - 1*u_2_2 + 1*pre_1_10_2 =e= 0;
pre_definition_1_11_0.. + 0.3795162488820887*u_0_0 + 0.028329282336421846*u_0_1 - 1*u_0_2 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 0.3795162488820887*u_1_0 + 0.028329282336421846*u_1_1 - 1*u_1_2 + 1*pre_1_11_1 =e= 0;
pre_definition_1_11_2.. + 0.3795162488820887*u_2_0 + 0.028329282336421846*u_2_1 - 1*u_2_2 + 1*pre_1_11_2 =e= 0;
pre_definition_1_12_0.. - 0.7789756686980005*u_0_0 - 0.8680870319124994*u_0_1 - 1*u_0_2 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.7789756686980005*u_1_0 - 0.8680870319124994*u_1_1 - 1*u_1_2 + 1*pre_1_12_1 =e= 0;
pre_definition_1_12_2.. - 0.7789756686980005*u_2_0 - 0.8680870319124994*u_2_1 - 1*u_2_2 + 1*pre_1_12_2 =e= 0;
pre_definition_1_13_0.. + 0.28440960658185954*u_0_0 - 0.14305966145952187*u_0_1 - 1*u_0_2 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.28440960658185954*u_1_0 - 0.14305966145952187*u_1_1 - 1*u_1_2 + 1*pre_1_13_1 =e= 0;
pre_definition_1_13_2.. + 0.28440960658185954*u_2_0 - 0.14305966145952187*u_2_1 - 1*u_2_2 + 1*pre_1_13_2 =e= 0;
pre_definition_1_14_0.. + 0.3562612178481157*u_0_0 - 0.1886000603993936*u_0_1 - 1*u_0_2 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. + 0.3562612178481157*u_1_0 - 0.1886000603993936*u_1_1 - 1*u_1_2 + 1*pre_1_14_1 =e= 0;
pre_definition_1_14_2.. + 0.3562612178481157*u_2_0 - 0.1886000603993936*u_2_1 - 1*u_2_2 + 1*pre_1_14_2 =e= 0;
pre_definition_1_15_0.. + 0.3241775489857335*u_0_0 + 0.21676199894367754*u_0_1 - 1*u_0_2 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.3241775489857335*u_1_0 + 0.21676199894367754*u_1_1 - 1*u_1_2 + 1*pre_1_15_1 =e= 0;
pre_definition_1_15_2.. + 0.3241775489857335*u_2_0 + 0.21676199894367754*u_2_1 - 1*u_2_2 + 1*pre_1_15_2 =e= 0;
pre_definition_1_16_0.. - 0.7805487040095846*u_0_0 + 0.5456848129332406*u_0_1 - 1*u_0_2 + 1*pre_1_16_0 =e= 0;
pre_definition_1_16_1.. - 0.7805487040095846*u_1_0 + 0.5456848129332406*u_1_1 - 1*u_1_2 + 1*pre_1_16_1 =e= 0;
pre_definition_1_16_2.. - 0.7805487040095846*u_2_0 + 0.5456848129332406*u_2_1 - 1*u_2_2 + 1*pre_1_16_2 =e= 0;
pre_definition_1_17_0.. - 0.24637428937208483*u_0_0 + 0.8319693128352303*u_0_1 - 1*u_0_2 + 1*pre_1_17_0 =e= 0;
pre_definition_1_17_1.. - 0.24637428937208483*u_1_0 + 0.8319693128352303*u_1_1 - 1*u_1_2 + 1*pre_1_17_1 =e= 0;
pre_definition_1_17_2.. - 0.24637428937208483*u_2_0 + 0.8319693128352303*u_2_1 - 1*u_2_2 + 1*pre_1_17_2 =e= 0;
pre_definition_1_18_0.. - 0.6652882953067956*u_0_0 - 0.5741966149773667*u_0_1 - 1*u_0_2 + 1*pre_1_18_0 =e= 0;
pre_definition_1_18_1.. - 0.6652882953067956*u_1_0 - 0.5741966149773667*u_1_1 - 1*u_1_2 + 1*pre_1_18_1 =e= 0;
pre_definition_1_18_2.. - 0.6652882953067956*u_2_0 - 0.5741966149773667*u_2_1 - 1*u_2_2 + 1*pre_1_18_2 =e= 0;
pre_definition_1_19_0.. + 0.5212611140140957*u_0_0 - 0.7529684616214076*u_0_1 - 1*u_0_2 + 1*pre_1_19_0 =e= 0;
pre_definition_1_19_1.. + 0.5212611140140957*u_1_0 - 0.7529684616214076*u_1_1 - 1*u_1_2 + 1*pre_1_19_1 =e= 0;
pre_definition_1_19_2.. + 0.5212611140140957*u_2_0 - 0.7529684616214076*u_2_1 - 1*u_2_2 + 1*pre_1_19_2 =e= 0;
post_split_0_0.. + 1*post_1_0_0 - 1*post_positive_0_0 - 1*post_negative_0_0 =e= 0;
post_split_0_1.. + 1*post_1_0_1 - 1*post_positive_0_1 - 1*post_negative_0_1 =e= 0;
post_split_0_2.. + 1*post_1_0_2 - 1*post_positive_0_2 - 1*post_negative_0_2 =e= 0;
post_split_1_0.. + 1*post_1_1_0 - 1*post_positive_1_0 - 1*post_negative_1_0 =e= 0;
post_split_1_1.. + 1*post_1_1_1 - 1*post_positive_1_1 - 1*post_negative_1_1 =e= 0;
post_split_1_2.. + 1*post_1_1_2 - 1*post_positive_1_2 - 1*post_negative_1_2 =e= 0;
post_split_2_0.. + 1*post_1_2_0 - 1*post_positive_2_0 - 1*post_negative_2_0 =e= 0;
post_split_2_1.. + 1*post_1_2_1 - 1*post_positive_2_1 - 1*post_negative_2_1 =e= 0;
post_split_2_2.. + 1*post_1_2_2 - 1*post_positive_2_2 - 1*post_negative_2_2 =e= 0;
post_split_3_0.. + 1*post_1_3_0 - 1*post_positive_3_0 - 1*post_negative_3_0 =e= 0;
post_split_3_1.. + 1*post_1_3_1 - 1*post_positive_3_1 - 1*post_negative_3_1 =e= 0;
post_split_3_2.. + 1*post_1_3_2 - 1*post_positive_3_2 - 1*post_negative_3_2 =e= 0;
post_split_4_0.. + 1*post_1_4_0 - 1*post_positive_4_0 - 1*post_negative_4_0 =e= 0;
post_split_4_1.. + 1*post_1_4_1 - 1*post_positive_4_1 - 1*post_negative_4_1 =e= 0;
post_split_4_2.. + 1*post_1_4_2 - 1*post_positive_4_2 - 1*post_negative_4_2 =e= 0;
post_split_5_0.. + 1*post_1_5_0 - 1*post_positive_5_0 - 1*post_negative_5_0 =e= 0;
post_split_5_1.. + 1*post_1_5_1 - 1*post_positive_5_1 - 1*post_negative_5_1 =e= 0;
post_split_5_2.. + 1*post_1_5_2 - 1*post_positive_5_2 - 1*post_negative_5_2 =e= 0;
post_split_6_0.. + 1*post_1_6_0 - 1*post_positive_6_0 - 1*post_negative_6_0 =e= 0;
post_split_6_1.. + 1*post_1_6_1 - 1*post_positive_6_1 - 1*post_negative_6_1 =e= 0;
post_split_6_2.. + 1*post_1_6_2 - 1*post_positive_6_2 - 1*post_negative_6_2 =e= 0;
post_split_7_0.. + 1*post_1_7_0 - 1*post_positive_7_0 - 1*post_negative_7_0 =e= 0;
post_split_7_1.. + 1*post_1_7_1 - 1*post_positive_7_1 - 1*post_negative_7_1 =e= 0;
post_split_7_2.. + 1*post_1_7_2 - 1*post_positive_7_2 - 1*post_negative_7_2 =e= 0;
post_split_8_0.. + 1*post_1_8_0 - 1*post_positive_8_0 - 1*post_negative_8_0 =e= 0;
post_split_8_1.. + 1*post_1_8_1 - 1*post_positive_8_1 - 1*post_negative_8_1 =e= 0;
post_split_8_2.. + 1*post_1_8_2 - 1*post_positive_8_2 - 1*post_negative_8_2 =e= 0;
post_split_9_0.. + 1*post_1_9_0 - 1*post_positive_9_0 - 1*post_negative_9_0 =e= 0;
post_split_9_1.. + 1*post_1_9_1 - 1*post_positive_9_1 - 1*post_negative_9_1 =e= 0;
post_split_9_2.. + 1*post_1_9_2 - 1*post_positive_9_2 - 1*post_negative_9_2 =e= 0;
post_split_10_0.. + 1*post_1_10_0 - 1*post_positive_10_0 - 1*post_negative_10_0 =e= 0;
post_split_10_1.. + 1*post_1_10_1 - 1*post_positive_10_1 - 1*post_negative_10_1 =e= 0;
post_split_10_2.. + 1*post_1_10_2 - 1*post_positive_10_2 - 1*post_negative_10_2 =e= 0;
post_split_11_0.. + 1*post_1_11_0 - 1*post_positive_11_0 - 1*post_negative_11_0 =e= 0;
post_split_11_1.. + 1*post_1_11_1 - 1*post_positive_11_1 - 1*post_negative_11_1 =e= 0;
post_split_11_2.. + 1*post_1_11_2 - 1*post_positive_11_2 - 1*post_negative_11_2 =e= 0;
post_split_12_0.. + 1*post_1_12_0 - 1*post_positive_12_0 - 1*post_negative_12_0 =e= 0;
post_split_12_1.. + 1*post_1_12_1 - 1*post_positive_12_1 - 1*post_negative_12_1 =e= 0;
post_split_12_2.. + 1*post_1_12_2 - 1*post_positive_12_2 - 1*post_negative_12_2 =e= 0;
post_split_13_0.. + 1*post_1_13_0 - 1*post_positive_13_0 - 1*post_negative_13_0 =e= 0;
post_split_13_1.. + 1*post_1_13_1 - 1*post_positive_13_1 - 1*post_negative_13_1 =e= 0;
post_split_13_2.. + 1*post_1_13_2 - 1*post_positive_13_2 - 1*post_negative_13_2 =e= 0;
post_split_14_0.. + 1*post_1_14_0 - 1*post_positive_14_0 - 1*post_negative_14_0 =e= 0;
post_split_14_1.. + 1*post_1_14_1 - 1*post_positive_14_1 - 1*post_negative_14_1 =e= 0;
post_split_14_2.. + 1*post_1_14_2 - 1*post_positive_14_2 - 1*post_negative_14_2 =e= 0;
post_split_15_0.. + 1*post_1_15_0 - 1*post_positive_15_0 - 1*post_negative_15_0 =e= 0;
post_split_15_1.. + 1*post_1_15_1 - 1*post_positive_15_1 - 1*post_negative_15_1 =e= 0;
post_split_15_2.. + 1*post_1_15_2 - 1*post_positive_15_2 - 1*post_negative_15_2 =e= 0;
post_split_16_0.. + 1*post_1_16_0 - 1*post_positive_16_0 - 1*post_negative_16_0 =e= 0;
post_split_16_1.. + 1*post_1_16_1 - 1*post_positive_16_1 - 1*post_negative_16_1 =e= 0;
post_split_16_2.. + 1*post_1_16_2 - 1*post_positive_16_2 - 1*post_negative_16_2 =e= 0;
post_split_17_0.. + 1*post_1_17_0 - 1*post_positive_17_0 - 1*post_negative_17_0 =e= 0;
post_split_17_1.. + 1*post_1_17_1 - 1*post_positive_17_1 - 1*post_negative_17_1 =e= 0;
post_split_17_2.. + 1*post_1_17_2 - 1*post_positive_17_2 - 1*post_negative_17_2 =e= 0;
post_split_18_0.. + 1*post_1_18_0 - 1*post_positive_18_0 - 1*post_negative_18_0 =e= 0;
post_split_18_1.. + 1*post_1_18_1 - 1*post_positive_18_1 - 1*post_negative_18_1 =e= 0;
post_split_18_2.. + 1*post_1_18_2 - 1*post_positive_18_2 - 1*post_negative_18_2 =e= 0;
post_split_19_0.. + 1*post_1_19_0 - 1*post_positive_19_0 - 1*post_negative_19_0 =e= 0;
post_split_19_1.. + 1*post_1_19_1 - 1*post_positive_19_1 - 1*post_negative_19_1 =e= 0;
post_split_19_2.. + 1*post_1_19_2 - 1*post_positive_19_2 - 1*post_negative_19_2 =e= 0;
positive_if_sign_0_0.. - 2.3921397422489594*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_0_1.. - 2.3921397422489594*sign_1 + 1*post_positive_0_1 =l= 0;
positive_if_sign_0_2.. - 2.3921397422489594*sign_2 + 1*post_positive_0_2 =l= 0;
positive_if_sign_1_0.. - 2.3750466034946554*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_1_1.. - 2.3750466034946554*sign_1 + 1*post_positive_1_1 =l= 0;
positive_if_sign_1_2.. - 2.3750466034946554*sign_2 + 1*post_positive_1_2 =l= 0;
positive_if_sign_2_0.. - 1.4834986594234139*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_2_1.. - 1.4834986594234139*sign_1 + 1*post_positive_2_1 =l= 0;
positive_if_sign_2_2.. - 1.4834986594234139*sign_2 + 1*post_positive_2_2 =l= 0;
positive_if_sign_3_0.. - 2.097986215313757*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_3_1.. - 2.097986215313757*sign_1 + 1*post_positive_3_1 =l= 0;
positive_if_sign_3_2.. - 2.097986215313757*sign_2 + 1*post_positive_3_2 =l= 0;
positive_if_sign_4_0.. - 2.0926822763881328*sign_0 + 1*post_positive_4_0 =l= 0;
positive_if_sign_4_1.. - 2.0926822763881328*sign_1 + 1*post_positive_4_1 =l= 0;
positive_if_sign_4_2.. - 2.0926822763881328*sign_2 + 1*post_positive_4_2 =l= 0;
positive_if_sign_5_0.. - 1.5251492461110079*sign_0 + 1*post_positive_5_0 =l= 0;
positive_if_sign_5_1.. - 1.5251492461110079*sign_1 + 1*post_positive_5_1 =l= 0;
positive_if_sign_5_2.. - 1.5251492461110079*sign_2 + 1*post_positive_5_2 =l= 0;
positive_if_sign_6_0.. - 2.2270647630546554*sign_0 + 1*post_positive_6_0 =l= 0;
positive_if_sign_6_1.. - 2.2270647630546554*sign_1 + 1*post_positive_6_1 =l= 0;
positive_if_sign_6_2.. - 2.2270647630546554*sign_2 + 1*post_positive_6_2 =l= 0;
positive_if_sign_7_0.. - 2.3327546465138496*sign_0 + 1*post_positive_7_0 =l= 0;
positive_if_sign_7_1.. - 2.3327546465138496*sign_1 + 1*post_positive_7_1 =l= 0;
positive_if_sign_7_2.. - 2.3327546465138496*sign_2 + 1*post_positive_7_2 =l= 0;
positive_if_sign_8_0.. - 1.6778120136775128*sign_0 + 1*post_positive_8_0 =l= 0;
positive_if_sign_8_1.. - 1.6778120136775128*sign_1 + 1*post_positive_8_1 =l= 0;
positive_if_sign_8_2.. - 1.6778120136775128*sign_2 + 1*post_positive_8_2 =l= 0;
positive_if_sign_9_0.. - 1.95196414199697*sign_0 + 1*post_positive_9_0 =l= 0;
positive_if_sign_9_1.. - 1.95196414199697*sign_1 + 1*post_positive_9_1 =l= 0;
positive_if_sign_9_2.. - 1.95196414199697*sign_2 + 1*post_positive_9_2 =l= 0;
positive_if_sign_10_0.. - 1.4936853253396152*sign_0 + 1*post_positive_10_0 =l= 0;
positive_if_sign_10_1.. - 1.4936853253396152*sign_1 + 1*post_positive_10_1 =l= 0;
positive_if_sign_10_2.. - 1.4936853253396152*sign_2 + 1*post_positive_10_2 =l= 0;
positive_if_sign_11_0.. - 1.4078455312185105*sign_0 + 1*post_positive_11_0 =l= 0;
positive_if_sign_11_1.. - 1.4078455312185105*sign_1 + 1*post_positive_11_1 =l= 0;
positive_if_sign_11_2.. - 1.4078455312185105*sign_2 + 1*post_positive_11_2 =l= 0;
positive_if_sign_12_0.. - 2.6470627006105*sign_0 + 1*post_positive_12_0 =l= 0;
positive_if_sign_12_1.. - 2.6470627006105*sign_1 + 1*post_positive_12_1 =l= 0;
positive_if_sign_12_2.. - 2.6470627006105*sign_2 + 1*post_positive_12_2 =l= 0;
positive_if_sign_13_0.. - 1.4274692680413814*sign_0 + 1*post_positive_13_0 =l= 0;
positive_if_sign_13_1.. - 1.4274692680413814*sign_1 + 1*post_positive_13_1 =l= 0;
positive_if_sign_13_2.. - 1.4274692680413814*sign_2 + 1*post_positive_13_2 =l= 0;
positive_if_sign_14_0.. - 1.5448612782475093*sign_0 + 1*post_positive_14_0 =l= 0;
positive_if_sign_14_1.. - 1.5448612782475093*sign_1 + 1*post_positive_14_1 =l= 0;
positive_if_sign_14_2.. - 1.5448612782475093*sign_2 + 1*post_positive_14_2 =l= 0;
positive_if_sign_15_0.. - 1.540939547929411*sign_0 + 1*post_positive_15_0 =l= 0;
positive_if_sign_15_1.. - 1.540939547929411*sign_1 + 1*post_positive_15_1 =l= 0;
positive_if_sign_15_2.. - 1.540939547929411*sign_2 + 1*post_positive_15_2 =l= 0;
positive_if_sign_16_0.. - 2.326233516942825*sign_0 + 1*post_positive_16_0 =l= 0;
positive_if_sign_16_1.. - 2.326233516942825*sign_1 + 1*post_positive_16_1 =l= 0;
positive_if_sign_16_2.. - 2.326233516942825*sign_2 + 1*post_positive_16_2 =l= 0;
positive_if_sign_17_0.. - 2.0783436022073154*sign_0 + 1*post_positive_17_0 =l= 0;
positive_if_sign_17_1.. - 2.0783436022073154*sign_1 + 1*post_positive_17_1 =l= 0;
positive_if_sign_17_2.. - 2.0783436022073154*sign_2 + 1*post_positive_17_2 =l= 0;
positive_if_sign_18_0.. - 2.2394849102841623*sign_0 + 1*post_positive_18_0 =l= 0;
positive_if_sign_18_1.. - 2.2394849102841623*sign_1 + 1*post_positive_18_1 =l= 0;
positive_if_sign_18_2.. - 2.2394849102841623*sign_2 + 1*post_positive_18_2 =l= 0;
positive_if_sign_19_0.. - 2.2742295756355033*sign_0 + 1*post_positive_19_0 =l= 0;
positive_if_sign_19_1.. - 2.2742295756355033*sign_1 + 1*post_positive_19_1 =l= 0;
positive_if_sign_19_2.. - 2.2742295756355033*sign_2 + 1*post_positive_19_2 =l= 0;
negative_unless_sign_0_0.. + 2.3921397422489594*sign_0 + 1*post_negative_0_0 =l= 2.3921397422489594;
negative_unless_sign_0_1.. + 2.3921397422489594*sign_1 + 1*post_negative_0_1 =l= 2.3921397422489594;
negative_unless_sign_0_2.. + 2.3921397422489594*sign_2 + 1*post_negative_0_2 =l= 2.3921397422489594;
negative_unless_sign_1_0.. + 2.3750466034946554*sign_0 + 1*post_negative_1_0 =l= 2.3750466034946554;
negative_unless_sign_1_1.. + 2.3750466034946554*sign_1 + 1*post_negative_1_1 =l= 2.3750466034946554;
negative_unless_sign_1_2.. + 2.3750466034946554*sign_2 + 1*post_negative_1_2 =l= 2.3750466034946554;
negative_unless_sign_2_0.. + 1.4834986594234139*sign_0 + 1*post_negative_2_0 =l= 1.4834986594234139;
negative_unless_sign_2_1.. + 1.4834986594234139*sign_1 + 1*post_negative_2_1 =l= 1.4834986594234139;
negative_unless_sign_2_2.. + 1.4834986594234139*sign_2 + 1*post_negative_2_2 =l= 1.4834986594234139;
negative_unless_sign_3_0.. + 2.097986215313757*sign_0 + 1*post_negative_3_0 =l= 2.097986215313757;
negative_unless_sign_3_1.. + 2.097986215313757*sign_1 + 1*post_negative_3_1 =l= 2.097986215313757;
negative_unless_sign_3_2.. + 2.097986215313757*sign_2 + 1*post_negative_3_2 =l= 2.097986215313757;
negative_unless_sign_4_0.. + 2.0926822763881328*sign_0 + 1*post_negative_4_0 =l= 2.0926822763881328;
negative_unless_sign_4_1.. + 2.0926822763881328*sign_1 + 1*post_negative_4_1 =l= 2.0926822763881328;
negative_unless_sign_4_2.. + 2.0926822763881328*sign_2 + 1*post_negative_4_2 =l= 2.0926822763881328;
negative_unless_sign_5_0.. + 1.5251492461110079*sign_0 + 1*post_negative_5_0 =l= 1.5251492461110079;
negative_unless_sign_5_1.. + 1.5251492461110079*sign_1 + 1*post_negative_5_1 =l= 1.5251492461110079;
negative_unless_sign_5_2.. + 1.5251492461110079*sign_2 + 1*post_negative_5_2 =l= 1.5251492461110079;
negative_unless_sign_6_0.. + 2.2270647630546554*sign_0 + 1*post_negative_6_0 =l= 2.2270647630546554;
negative_unless_sign_6_1.. + 2.2270647630546554*sign_1 + 1*post_negative_6_1 =l= 2.2270647630546554;
negative_unless_sign_6_2.. + 2.2270647630546554*sign_2 + 1*post_negative_6_2 =l= 2.2270647630546554;
negative_unless_sign_7_0.. + 2.3327546465138496*sign_0 + 1*post_negative_7_0 =l= 2.3327546465138496;
negative_unless_sign_7_1.. + 2.3327546465138496*sign_1 + 1*post_negative_7_1 =l= 2.3327546465138496;
negative_unless_sign_7_2.. + 2.3327546465138496*sign_2 + 1*post_negative_7_2 =l= 2.3327546465138496;
negative_unless_sign_8_0.. + 1.6778120136775128*sign_0 + 1*post_negative_8_0 =l= 1.6778120136775128;
negative_unless_sign_8_1.. + 1.6778120136775128*sign_1 + 1*post_negative_8_1 =l= 1.6778120136775128;
negative_unless_sign_8_2.. + 1.6778120136775128*sign_2 + 1*post_negative_8_2 =l= 1.6778120136775128;
negative_unless_sign_9_0.. + 1.95196414199697*sign_0 + 1*post_negative_9_0 =l= 1.95196414199697;
negative_unless_sign_9_1.. + 1.95196414199697*sign_1 + 1*post_negative_9_1 =l= 1.95196414199697;
negative_unless_sign_9_2.. + 1.95196414199697*sign_2 + 1*post_negative_9_2 =l= 1.95196414199697;
negative_unless_sign_10_0.. + 1.4936853253396152*sign_0 + 1*post_negative_10_0 =l= 1.4936853253396152;
negative_unless_sign_10_1.. + 1.4936853253396152*sign_1 + 1*post_negative_10_1 =l= 1.4936853253396152;
negative_unless_sign_10_2.. + 1.4936853253396152*sign_2 + 1*post_negative_10_2 =l= 1.4936853253396152;
negative_unless_sign_11_0.. + 1.4078455312185105*sign_0 + 1*post_negative_11_0 =l= 1.4078455312185105;
negative_unless_sign_11_1.. + 1.4078455312185105*sign_1 + 1*post_negative_11_1 =l= 1.4078455312185105;
negative_unless_sign_11_2.. + 1.4078455312185105*sign_2 + 1*post_negative_11_2 =l= 1.4078455312185105;
negative_unless_sign_12_0.. + 2.6470627006105*sign_0 + 1*post_negative_12_0 =l= 2.6470627006105;
negative_unless_sign_12_1.. + 2.6470627006105*sign_1 + 1*post_negative_12_1 =l= 2.6470627006105;
negative_unless_sign_12_2.. + 2.6470627006105*sign_2 + 1*post_negative_12_2 =l= 2.6470627006105;
negative_unless_sign_13_0.. + 1.4274692680413814*sign_0 + 1*post_negative_13_0 =l= 1.4274692680413814;
negative_unless_sign_13_1.. + 1.4274692680413814*sign_1 + 1*post_negative_13_1 =l= 1.4274692680413814;
negative_unless_sign_13_2.. + 1.4274692680413814*sign_2 + 1*post_negative_13_2 =l= 1.4274692680413814;
negative_unless_sign_14_0.. + 1.5448612782475093*sign_0 + 1*post_negative_14_0 =l= 1.5448612782475093;
negative_unless_sign_14_1.. + 1.5448612782475093*sign_1 + 1*post_negative_14_1 =l= 1.5448612782475093;
negative_unless_sign_14_2.. + 1.5448612782475093*sign_2 + 1*post_negative_14_2 =l= 1.5448612782475093;
negative_unless_sign_15_0.. + 1.540939547929411*sign_0 + 1*post_negative_15_0 =l= 1.540939547929411;
negative_unless_sign_15_1.. + 1.540939547929411*sign_1 + 1*post_negative_15_1 =l= 1.540939547929411;
negative_unless_sign_15_2.. + 1.540939547929411*sign_2 + 1*post_negative_15_2 =l= 1.540939547929411;
negative_unless_sign_16_0.. + 2.326233516942825*sign_0 + 1*post_negative_16_0 =l= 2.326233516942825;
negative_unless_sign_16_1.. + 2.326233516942825*sign_1 + 1*post_negative_16_1 =l= 2.326233516942825;
negative_unless_sign_16_2.. + 2.326233516942825*sign_2 + 1*post_negative_16_2 =l= 2.326233516942825;
negative_unless_sign_17_0.. + 2.0783436022073154*sign_0 + 1*post_negative_17_0 =l= 2.0783436022073154;
negative_unless_sign_17_1.. + 2.0783436022073154*sign_1 + 1*post_negative_17_1 =l= 2.0783436022073154;
negative_unless_sign_17_2.. + 2.0783436022073154*sign_2 + 1*post_negative_17_2 =l= 2.0783436022073154;
negative_unless_sign_18_0.. + 2.2394849102841623*sign_0 + 1*post_negative_18_0 =l= 2.2394849102841623;
negative_unless_sign_18_1.. + 2.2394849102841623*sign_1 + 1*post_negative_18_1 =l= 2.2394849102841623;
negative_unless_sign_18_2.. + 2.2394849102841623*sign_2 + 1*post_negative_18_2 =l= 2.2394849102841623;
negative_unless_sign_19_0.. + 2.2742295756355033*sign_0 + 1*post_negative_19_0 =l= 2.2742295756355033;
negative_unless_sign_19_1.. + 2.2742295756355033*sign_1 + 1*post_negative_19_1 =l= 2.2742295756355033;
negative_unless_sign_19_2.. + 2.2742295756355033*sign_2 + 1*post_negative_19_2 =l= 2.2742295756355033;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*post_positive_0_0 - 1*post_positive_0_1 - 1*post_positive_0_2 + 1*post_negative_0_0 + 1*post_negative_0_1 + 1*post_negative_0_2 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*post_positive_1_0 - 1*post_positive_1_1 - 1*post_positive_1_2 + 1*post_negative_1_0 + 1*post_negative_1_1 + 1*post_negative_1_2 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*post_positive_2_0 - 1*post_positive_2_1 - 1*post_positive_2_2 + 1*post_negative_2_0 + 1*post_negative_2_1 + 1*post_negative_2_2 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*post_positive_3_0 - 1*post_positive_3_1 - 1*post_positive_3_2 + 1*post_negative_3_0 + 1*post_negative_3_1 + 1*post_negative_3_2 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*post_positive_4_0 - 1*post_positive_4_1 - 1*post_positive_4_2 + 1*post_negative_4_0 + 1*post_negative_4_1 + 1*post_negative_4_2 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*post_positive_5_0 - 1*post_positive_5_1 - 1*post_positive_5_2 + 1*post_negative_5_0 + 1*post_negative_5_1 + 1*post_negative_5_2 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*post_positive_6_0 - 1*post_positive_6_1 - 1*post_positive_6_2 + 1*post_negative_6_0 + 1*post_negative_6_1 + 1*post_negative_6_2 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*post_positive_7_0 - 1*post_positive_7_1 - 1*post_positive_7_2 + 1*post_negative_7_0 + 1*post_negative_7_1 + 1*post_negative_7_2 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*post_positive_8_0 - 1*post_positive_8_1 - 1*post_positive_8_2 + 1*post_negative_8_0 + 1*post_negative_8_1 + 1*post_negative_8_2 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*post_positive_9_0 - 1*post_positive_9_1 - 1*post_positive_9_2 + 1*post_negative_9_0 + 1*post_negative_9_1 + 1*post_negative_9_2 =e= 0;
out_definition_10_0.. - 1*b_2_0 + 1*out_10_0 - 1*post_positive_10_0 - 1*post_positive_10_1 - 1*post_positive_10_2 + 1*post_negative_10_0 + 1*post_negative_10_1 + 1*post_negative_10_2 =e= 0;
out_definition_11_0.. - 1*b_2_0 + 1*out_11_0 - 1*post_positive_11_0 - 1*post_positive_11_1 - 1*post_positive_11_2 + 1*post_negative_11_0 + 1*post_negative_11_1 + 1*post_negative_11_2 =e= 0;
out_definition_12_0.. - 1*b_2_0 + 1*out_12_0 - 1*post_positive_12_0 - 1*post_positive_12_1 - 1*post_positive_12_2 + 1*post_negative_12_0 + 1*post_negative_12_1 + 1*post_negative_12_2 =e= 0;
out_definition_13_0.. - 1*b_2_0 + 1*out_13_0 - 1*post_positive_13_0 - 1*post_positive_13_1 - 1*post_positive_13_2 + 1*post_negative_13_0 + 1*post_negative_13_1 + 1*post_negative_13_2 =e= 0;
out_definition_14_0.. - 1*b_2_0 + 1*out_14_0 - 1*post_positive_14_0 - 1*post_positive_14_1 - 1*post_positive_14_2 + 1*post_negative_14_0 + 1*post_negative_14_1 + 1*post_negative_14_2 =e= 0;
out_definition_15_0.. - 1*b_2_0 + 1*out_15_0 - 1*post_positive_15_0 - 1*post_positive_15_1 - 1*post_positive_15_2 + 1*post_negative_15_0 + 1*post_negative_15_1 + 1*post_negative_15_2 =e= 0;
out_definition_16_0.. - 1*b_2_0 + 1*out_16_0 - 1*post_positive_16_0 - 1*post_positive_16_1 - 1*post_positive_16_2 + 1*post_negative_16_0 + 1*post_negative_16_1 + 1*post_negative_16_2 =e= 0;
out_definition_17_0.. - 1*b_2_0 + 1*out_17_0 - 1*post_positive_17_0 - 1*post_positive_17_1 - 1*post_positive_17_2 + 1*post_negative_17_0 + 1*post_negative_17_1 + 1*post_negative_17_2 =e= 0;
out_definition_18_0.. - 1*b_2_0 + 1*out_18_0 - 1*post_positive_18_0 - 1*post_positive_18_1 - 1*post_positive_18_2 + 1*post_negative_18_0 + 1*post_negative_18_1 + 1*post_negative_18_2 =e= 0;
out_definition_19_0.. - 1*b_2_0 + 1*out_19_0 - 1*post_positive_19_0 - 1*post_positive_19_1 - 1*post_positive_19_2 + 1*post_negative_19_0 + 1*post_negative_19_1 + 1*post_negative_19_2 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 2.3921397422489594*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 2.3921397422489594*relu_1_0_0_on =l= 2.3921397422489594;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 2.3921397422489594*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 2.3921397422489594*relu_1_0_1_on =l= 2.3921397422489594;
relu_1_0_2_above_pre.. + 1*pre_1_0_2 - 1*post_1_0_2 =l= 0;
relu_1_0_2_off_when_inactive.. + 1*post_1_0_2 - 2.3921397422489594*relu_1_0_2_on =l= 0;
relu_1_0_2_pre_when_active.. - 1*pre_1_0_2 + 1*post_1_0_2 + 2.3921397422489594*relu_1_0_2_on =l= 2.3921397422489594;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 2.3750466034946554*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 2.3750466034946554*relu_1_1_0_on =l= 2.3750466034946554;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 2.3750466034946554*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 2.3750466034946554*relu_1_1_1_on =l= 2.3750466034946554;
relu_1_1_2_above_pre.. + 1*pre_1_1_2 - 1*post_1_1_2 =l= 0;
relu_1_1_2_off_when_inactive.. + 1*post_1_1_2 - 2.3750466034946554*relu_1_1_2_on =l= 0;
relu_1_1_2_pre_when_active.. - 1*pre_1_1_2 + 1*post_1_1_2 + 2.3750466034946554*relu_1_1_2_on =l= 2.3750466034946554;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 1.4834986594234139*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 1.4834986594234139*relu_1_2_0_on =l= 1.4834986594234139;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 1.4834986594234139*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 1.4834986594234139*relu_1_2_1_on =l= 1.4834986594234139;
relu_1_2_2_above_pre.. + 1*pre_1_2_2 - 1*post_1_2_2 =l= 0;
relu_1_2_2_off_when_inactive.. + 1*post_1_2_2 - 1.4834986594234139*relu_1_2_2_on =l= 0;
relu_1_2_2_pre_when_active.. - 1*pre_1_2_2 + 1*post_1_2_2 + 1.4834986594234139*relu_1_2_2_on =l= 1.4834986594234139;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 2.097986215313757*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 2.097986215313757*relu_1_3_0_on =l= 2.097986215313757;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 2.097986215313757*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 2.097986215313757*relu_1_3_1_on =l= 2.097986215313757;
relu_1_3_2_above_pre.. + 1*pre_1_3_2 - 1*post_1_3_2 =l= 0;
relu_1_3_2_off_when_inactive.. + 1*post_1_3_2 - 2.097986215313757*relu_1_3_2_on =l= 0;
relu_1_3_2_pre_when_active.. - 1*pre_1_3_2 + 1*post_1_3_2 + 2.097986215313757*relu_1_3_2_on =l= 2.097986215313757;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 2.0926822763881328*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 2.0926822763881328*relu_1_4_0_on =l= 2.0926822763881328;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 2.0926822763881328*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 2.0926822763881328*relu_1_4_1_on =l= 2.0926822763881328;
relu_1_4_2_above_pre.. + 1*pre_1_4_2 - 1*post_1_4_2 =l= 0;
relu_1_4_2_off_when_inactive.. + 1*post_1_4_2 - 2.0926822763881328*relu_1_4_2_on =l= 0;
relu_1_4_2_pre_when_active.. - 1*pre_1_4_2 + 1*post_1_4_2 + 2.0926822763881328*relu_1_4_2_on =l= 2.0926822763881328;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 1.5251492461110079*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 1.5251492461110079*relu_1_5_0_on =l= 1.5251492461110079;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 1.5251492461110079*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 1.5251492461110079*relu_1_5_1_on =l= 1.5251492461110079;
relu_1_5_2_above_pre.. + 1*pre_1_5_2 - 1*post_1_5_2 =l= 0;
relu_1_5_2_off_when_inactive.. + 1*post_1_5_2 - 1.5251492461110079*relu_1_5_2_on =l= 0;
relu_1_5_2_pre_when_active.. - 1*pre_1_5_2 + 1*post_1_5_2 + 1.5251492461110079*relu_1_5_2_on =l= 1.5251492461110079;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 2.2270647630546554*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 2.2270647630546554*relu_1_6_0_on =l= 2.2270647630546554;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 2.2270647630546554*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 2.2270647630546554*relu_1_6_1_on =l= 2.2270647630546554;
relu_1_6_2_above_pre.. + 1*pre_1_6_2 - 1*post_1_6_2 =l= 0;
relu_1_6_2_off_when_inactive.. + 1*post_1_6_2 - 2.2270647630546554*relu_1_6_2_on =l= 0;
relu_1_6_2_pre_when_active.. - 1*pre_1_6_2 + 1*post_1_6_2 + 2.2270647630546554*relu_1_6_2_on =l= 2.2270647630546554;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 2.3327546465138496*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 2.3327546465138496*relu_1_7_0_on =l= 2.3327546465138496;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 2.3327546465138496*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 2.3327546465138496*relu_1_7_1_on =l= 2.3327546465138496;
relu_1_7_2_above_pre.. + 1*pre_1_7_2 - 1*post_1_7_2 =l= 0;
relu_1_7_2_off_when_inactive.. + 1*post_1_7_2 - 2.3327546465138496*relu_1_7_2_on =l= 0;
relu_1_7_2_pre_when_active.. - 1*pre_1_7_2 + 1*post_1_7_2 + 2.3327546465138496*relu_1_7_2_on =l= 2.3327546465138496;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 1.6778120136775128*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 1.6778120136775128*relu_1_8_0_on =l= 1.6778120136775128;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 1.6778120136775128*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 1.6778120136775128*relu_1_8_1_on =l= 1.6778120136775128;
relu_1_8_2_above_pre.. + 1*pre_1_8_2 - 1*post_1_8_2 =l= 0;
relu_1_8_2_off_when_inactive.. + 1*post_1_8_2 - 1.6778120136775128*relu_1_8_2_on =l= 0;
relu_1_8_2_pre_when_active.. - 1*pre_1_8_2 + 1*post_1_8_2 + 1.6778120136775128*relu_1_8_2_on =l= 1.6778120136775128;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 1.95196414199697*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 1.95196414199697*relu_1_9_0_on =l= 1.95196414199697;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 1.95196414199697*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 1.95196414199697*relu_1_9_1_on =l= 1.95196414199697;
relu_1_9_2_above_pre.. + 1*pre_1_9_2 - 1*post_1_9_2 =l= 0;
relu_1_9_2_off_when_inactive.. + 1*post_1_9_2 - 1.95196414199697*relu_1_9_2_on =l= 0;
relu_1_9_2_pre_when_active.. - 1*pre_1_9_2 + 1*post_1_9_2 + 1.95196414199697*relu_1_9_2_on =l= 1.95196414199697;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 1.4936853253396152*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 1.4936853253396152*relu_1_10_0_on =l= 1.4936853253396152;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 1.4936853253396152*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 1.4936853253396152*relu_1_10_1_on =l= 1.4936853253396152;
relu_1_10_2_above_pre.. + 1*pre_1_10_2 - 1*post_1_10_2 =l= 0;
relu_1_10_2_off_when_inactive.. + 1*post_1_10_2 - 1.4936853253396152*relu_1_10_2_on =l= 0;
relu_1_10_2_pre_when_active.. - 1*pre_1_10_2 + 1*post_1_10_2 + 1.4936853253396152*relu_1_10_2_on =l= 1.4936853253396152;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 1.4078455312185105*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 1.4078455312185105*relu_1_11_0_on =l= 1.4078455312185105;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 1.4078455312185105*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 1.4078455312185105*relu_1_11_1_on =l= 1.4078455312185105;
relu_1_11_2_above_pre.. + 1*pre_1_11_2 - 1*post_1_11_2 =l= 0;
relu_1_11_2_off_when_inactive.. + 1*post_1_11_2 - 1.4078455312185105*relu_1_11_2_on =l= 0;
relu_1_11_2_pre_when_active.. - 1*pre_1_11_2 + 1*post_1_11_2 + 1.4078455312185105*relu_1_11_2_on =l= 1.4078455312185105;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 2.6470627006105*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 2.6470627006105*relu_1_12_0_on =l= 2.6470627006105;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 2.6470627006105*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 2.6470627006105*relu_1_12_1_on =l= 2.6470627006105;
relu_1_12_2_above_pre.. + 1*pre_1_12_2 - 1*post_1_12_2 =l= 0;
relu_1_12_2_off_when_inactive.. + 1*post_1_12_2 - 2.6470627006105*relu_1_12_2_on =l= 0;
relu_1_12_2_pre_when_active.. - 1*pre_1_12_2 + 1*post_1_12_2 + 2.6470627006105*relu_1_12_2_on =l= 2.6470627006105;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 1.4274692680413814*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 1.4274692680413814*relu_1_13_0_on =l= 1.4274692680413814;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 1.4274692680413814*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 1.4274692680413814*relu_1_13_1_on =l= 1.4274692680413814;
relu_1_13_2_above_pre.. + 1*pre_1_13_2 - 1*post_1_13_2 =l= 0;
relu_1_13_2_off_when_inactive.. + 1*post_1_13_2 - 1.4274692680413814*relu_1_13_2_on =l= 0;
relu_1_13_2_pre_when_active.. - 1*pre_1_13_2 + 1*post_1_13_2 + 1.4274692680413814*relu_1_13_2_on =l= 1.4274692680413814;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 1.5448612782475093*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 1.5448612782475093*relu_1_14_0_on =l= 1.5448612782475093;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 1.5448612782475093*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 1.5448612782475093*relu_1_14_1_on =l= 1.5448612782475093;
relu_1_14_2_above_pre.. + 1*pre_1_14_2 - 1*post_1_14_2 =l= 0;
relu_1_14_2_off_when_inactive.. + 1*post_1_14_2 - 1.5448612782475093*relu_1_14_2_on =l= 0;
relu_1_14_2_pre_when_active.. - 1*pre_1_14_2 + 1*post_1_14_2 + 1.5448612782475093*relu_1_14_2_on =l= 1.5448612782475093;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0_off_when_inactive.. + 1*post_1_15_0 - 1.540939547929411*relu_1_15_0_on =l= 0;
relu_1_15_0_pre_when_active.. - 1*pre_1_15_0 + 1*post_1_15_0 + 1.540939547929411*relu_1_15_0_on =l= 1.540939547929411;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1_off_when_inactive.. + 1*post_1_15_1 - 1.540939547929411*relu_1_15_1_on =l= 0;
relu_1_15_1_pre_when_active.. - 1*pre_1_15_1 + 1*post_1_15_1 + 1.540939547929411*relu_1_15_1_on =l= 1.540939547929411;
relu_1_15_2_above_pre.. + 1*pre_1_15_2 - 1*post_1_15_2 =l= 0;
relu_1_15_2_off_when_inactive.. + 1*post_1_15_2 - 1.540939547929411*relu_1_15_2_on =l= 0;
relu_1_15_2_pre_when_active.. - 1*pre_1_15_2 + 1*post_1_15_2 + 1.540939547929411*relu_1_15_2_on =l= 1.540939547929411;
relu_1_16_0_above_pre.. + 1*pre_1_16_0 - 1*post_1_16_0 =l= 0;
relu_1_16_0_off_when_inactive.. + 1*post_1_16_0 - 2.326233516942825*relu_1_16_0_on =l= 0;
relu_1_16_0_pre_when_active.. - 1*pre_1_16_0 + 1*post_1_16_0 + 2.326233516942825*relu_1_16_0_on =l= 2.326233516942825;
relu_1_16_1_above_pre.. + 1*pre_1_16_1 - 1*post_1_16_1 =l= 0;
relu_1_16_1_off_when_inactive.. + 1*post_1_16_1 - 2.326233516942825*relu_1_16_1_on =l= 0;
relu_1_16_1_pre_when_active.. - 1*pre_1_16_1 + 1*post_1_16_1 + 2.326233516942825*relu_1_16_1_on =l= 2.326233516942825;
relu_1_16_2_above_pre.. + 1*pre_1_16_2 - 1*post_1_16_2 =l= 0;
relu_1_16_2_off_when_inactive.. + 1*post_1_16_2 - 2.326233516942825*relu_1_16_2_on =l= 0;
relu_1_16_2_pre_when_active.. - 1*pre_1_16_2 + 1*post_1_16_2 + 2.326233516942825*relu_1_16_2_on =l= 2.326233516942825;
relu_1_17_0_above_pre.. + 1*pre_1_17_0 - 1*post_1_17_0 =l= 0;
relu_1_17_0_off_when_inactive.. + 1*post_1_17_0 - 2.0783436022073154*relu_1_17_0_on =l= 0;
relu_1_17_0_pre_when_active.. - 1*pre_1_17_0 + 1*post_1_17_0 + 2.0783436022073154*relu_1_17_0_on =l= 2.0783436022073154;
relu_1_17_1_above_pre.. + 1*pre_1_17_1 - 1*post_1_17_1 =l= 0;
relu_1_17_1_off_when_inactive.. + 1*post_1_17_1 - 2.0783436022073154*relu_1_17_1_on =l= 0;
relu_1_17_1_pre_when_active.. - 1*pre_1_17_1 + 1*post_1_17_1 + 2.0783436022073154*relu_1_17_1_on =l= 2.0783436022073154;
relu_1_17_2_above_pre.. + 1*pre_1_17_2 - 1*post_1_17_2 =l= 0;
relu_1_17_2_off_when_inactive.. + 1*post_1_17_2 - 2.0783436022073154*relu_1_17_2_on =l= 0;
relu_1_17_2_pre_when_active.. - 1*pre_1_17_2 + 1*post_1_17_2 + 2.0783436022073154*relu_1_17_2_on =l= 2.0783436022073154;
relu_1_18_0_above_pre.. + 1*pre_1_18_0 - 1*post_1_18_0 =l= 0;
relu_1_18_0_off_when_inactive.. + 1*post_1_18_0 - 2.2394849102841623*relu_1_18_0_on =l= 0;
relu_1_18_0_pre_when_active.. - 1*pre_1_18_0 + 1*post_1_18_0 + 2.2394849102841623*relu_1_18_0_on =l= 2.2394849102841623;
relu_1_18_1_above_pre.. + 1*pre_1_18_1 - 1*post_1_18_1 =l= 0;
relu_1_18_1_off_when_inactive.. + 1*post_1_18_1 - 2.2394849102841623*relu_1_18_1_on =l= 0;
relu_1_18_1_pre_when_active.. - 1*pre_1_18_1 + 1*post_1_18_1 + 2.2394849102841623*relu_1_18_1_on =l= 2.2394849102841623;
relu_1_18_2_above_pre.. + 1*pre_1_18_2 - 1*post_1_18_2 =l= 0;
relu_1_18_2_off_when_inactive.. + 1*post_1_18_2 - 2.2394849102841623*relu_1_18_2_on =l= 0;
relu_1_18_2_pre_when_active.. - 1*pre_1_18_2 + 1*post_1_18_2 + 2.2394849102841623*relu_1_18_2_on =l= 2.2394849102841623;
relu_1_19_0_above_pre.. + 1*pre_1_19_0 - 1*post_1_19_0 =l= 0;
relu_1_19_0_off_when_inactive.. + 1*post_1_19_0 - 2.2742295756355033*relu_1_19_0_on =l= 0;
relu_1_19_0_pre_when_active.. - 1*pre_1_19_0 + 1*post_1_19_0 + 2.2742295756355033*relu_1_19_0_on =l= 2.2742295756355033;
relu_1_19_1_above_pre.. + 1*pre_1_19_1 - 1*post_1_19_1 =l= 0;
relu_1_19_1_off_when_inactive.. + 1*post_1_19_1 - 2.2742295756355033*relu_1_19_1_on =l= 0;
relu_1_19_1_pre_when_active.. - 1*pre_1_19_1 + 1*post_1_19_1 + 2.2742295756355033*relu_1_19_1_on =l= 2.2742295756355033;
relu_1_19_2_above_pre.. + 1*pre_1_19_2 - 1*post_1_19_2 =l= 0;
relu_1_19_2_off_when_inactive.. + 1*post_1_19_2 - 2.2742295756355033*relu_1_19_2_on =l= 0;
relu_1_19_2_pre_when_active.. - 1*pre_1_19_2 + 1*post_1_19_2 + 2.2742295756355033*relu_1_19_2_on =l= 2.2742295756355033;

u_0_0.lo = -1;
u_0_0.up = 1;
u_0_1.lo = -1;
u_0_1.up = 1;
u_0_2.lo = -1;
u_0_2.up = 1;
u_1_0.lo = -1;
u_1_0.up = 1;
u_1_1.lo = -1;
u_1_1.up = 1;
u_1_2.lo = -1;
u_1_2.up = 1;
u_2_0.lo = -1;
u_2_0.up = 1;
u_2_1.lo = -1;
u_2_1.up = 1;
u_2_2.lo = -1;
u_2_2.up = 1;
pre_1_0_0.lo = -2.3921397422489594;
pre_1_0_0.up = 2.3921397422489594;
pre_1_0_1.lo = -2.3921397422489594;
pre_1_0_1.up = 2.3921397422489594;
pre_1_0_2.lo = -2.3921397422489594;
pre_1_0_2.up = 2.3921397422489594;
pre_1_1_0.lo = -2.3750466034946554;
pre_1_1_0.up = 2.3750466034946554;
pre_1_1_1.lo = -2.3750466034946554;
pre_1_1_1.up = 2.3750466034946554;
pre_1_1_2.lo = -2.3750466034946554;
pre_1_1_2.up = 2.3750466034946554;
pre_1_2_0.lo = -1.4834986594234139;
pre_1_2_0.up = 1.4834986594234139;
pre_1_2_1.lo = -1.4834986594234139;
pre_1_2_1.up = 1.4834986594234139;
pre_1_2_2.lo = -1.4834986594234139;
pre_1_2_2.up = 1.4834986594234139;
pre_1_3_0.lo = -2.097986215313757;
pre_1_3_0.up = 2.097986215313757;
pre_1_3_1.lo = -2.097986215313757;
pre_1_3_1.up = 2.097986215313757;
pre_1_3_2.lo = -2.097986215313757;
pre_1_3_2.up = 2.097986215313757;
pre_1_4_0.lo = -2.0926822763881328;
pre_1_4_0.up = 2.0926822763881328;
pre_1_4_1.lo = -2.0926822763881328;
pre_1_4_1.up = 2.0926822763881328;
pre_1_4_2.lo = -2.0926822763881328;
pre_1_4_2.up = 2.0926822763881328;
pre_1_5_0.lo = -1.5251492461110079;
pre_1_5_0.up = 1.5251492461110079;
pre_1_5_1.lo = -1.5251492461110079;
pre_1_5_1.up = 1.5251492461110079;
pre_1_5_2.lo = -1.5251492461110079;
pre_1_5_2.up = 1.5251492461110079;
pre_1_6_0.lo = -2.2270647630546554;
pre_1_6_0.up = 2.2270647630546554;
pre_1_6_1.lo = -2.2270647630546554;
pre_1_6_1.up = 2.2270647630546554;
pre_1_6_2.lo = -2.2270647630546554;
pre_1_6_2.up = 2.2270647630546554;
pre_1_7_0.lo = -2.3327546465138496;
pre_1_7_0.up = 2.3327546465138496;
pre_1_7_1.lo = -2.3327546465138496;
pre_1_7_1.up = 2.3327546465138496;
pre_1_7_2.lo = -2.3327546465138496;
pre_1_7_2.up = 2.3327546465138496;
pre_1_8_0.lo = -1.6778120136775128;
pre_1_8_0.up = 1.6778120136775128;
pre_1_8_1.lo = -1.6778120136775128;
pre_1_8_1.up = 1.6778120136775128;
pre_1_8_2.lo = -1.6778120136775128;
pre_1_8_2.up = 1.6778120136775128;
pre_1_9_0.lo = -1.95196414199697;
pre_1_9_0.up = 1.95196414199697;
pre_1_9_1.lo = -1.95196414199697;
pre_1_9_1.up = 1.95196414199697;
pre_1_9_2.lo = -1.95196414199697;
pre_1_9_2.up = 1.95196414199697;
pre_1_10_0.lo = -1.4936853253396152;
pre_1_10_0.up = 1.4936853253396152;
pre_1_10_1.lo = -1.4936853253396152;
pre_1_10_1.up = 1.4936853253396152;
pre_1_10_2.lo = -1.4936853253396152;
pre_1_10_2.up = 1.4936853253396152;
pre_1_11_0.lo = -1.4078455312185105;
pre_1_11_0.up = 1.4078455312185105;
pre_1_11_1.lo = -1.4078455312185105;
pre_1_11_1.up = 1.4078455312185105;
pre_1_11_2.lo = -1.4078455312185105;
pre_1_11_2.up = 1.4078455312185105;
pre_1_12_0.lo = -2.6470627006105;
pre_1_12_0.up = 2.6470627006105;
pre_1_12_1.lo = -2.6470627006105;
pre_1_12_1.up = 2.6470627006105;
pre_1_12_2.lo = -2.6470627006105;
pre_1_12_2.up = 2.6470627006105;
pre_1_13_0.lo = -1.4274692680413814;
pre_1_13_0.up = 1.4274692680413814;
pre_1_13_1.lo = -1.4274692680413814;
pre_1_13_1.up = 1.4274692680413814;
pre_1_13_2.lo = -1.4274692680413814;
pre_1_13_2.up = 1.4274692680413814;
pre_1_14_0.lo = -1.5448612782475093;
pre_1_14_0.up = 1.5448612782475093;
pre_1_14_1.lo = -1.5448612782475093;
pre_1_14_1.up = 1.5448612782475093;
pre_1_14_2.lo = -1.5448612782475093;
pre_1_14_2.up = 1.5448612782475093;
pre_1_15_0.lo = -1.540939547929411;
pre_1_15_0.up = 1.540939547929411;
pre_1_15_1.lo = -1.540939547929411;
pre_1_15_1.up = 1.540939547929411;
pre_1_15_2.lo = -1.540939547929411;
pre_1_15_2.up = 1.540939547929411;
pre_1_16_0.lo = -2.326233516942825;
pre_1_16_0.up = 2.326233516942825;
pre_1_16_1.lo = -2.326233516942825;
pre_1_16_1.up = 2.326233516942825;
pre_1_16_2.lo = -2.326233516942825;
pre_1_16_2.up = 2.326233516942825;
pre_1_17_0.lo = -2.0783436022073154;
pre_1_17_0.up = 2.0783436022073154;
pre_1_17_1.lo = -2.0783436022073154;
pre_1_17_1.up = 2.0783436022073154;
pre_1_17_2.lo = -2.0783436022073154;
pre_1_17_2.up = 2.0783436022073154;
pre_1_18_0.lo = -2.2394849102841623;
pre_1_18_0.up = 2.2394849102841623;
pre_1_18_1.lo = -2.2394849102841623;
pre_1_18_1.up = 2.2394849102841623;
pre_1_18_2.lo = -2.2394849102841623;
pre_1_18_2.up = 2.2394849102841623;
pre_1_19_0.lo = -2.2742295756355033;
pre_1_19_0.up = 2.2742295756355033;
pre_1_19_1.lo = -2.2742295756355033;
pre_1_19_1.up = 2.2742295756355033;
pre_1_19_2.lo = -2.2742295756355033;
pre_1_19_2.up = 2.2742295756355033;
post_1_0_0.lo = 0;
post_1_0_0.up = 2.3921397422489594;
post_1_0_1.lo = 0;
post_1_0_1.up = 2.3921397422489594;
post_1_0_2.lo = 0;
post_1_0_2.up = 2.3921397422489594;
post_1_1_0.lo = 0;
post_1_1_0.up = 2.3750466034946554;
post_1_1_1.lo = 0;
post_1_1_1.up = 2.3750466034946554;
post_1_1_2.lo = 0;
post_1_1_2.up = 2.3750466034946554;
post_1_2_0.lo = 0;
post_1_2_0.up = 1.4834986594234139;
post_1_2_1.lo = 0;
post_1_2_1.up = 1.4834986594234139;
post_1_2_2.lo = 0;
post_1_2_2.up = 1.4834986594234139;
post_1_3_0.lo = 0;
post_1_3_0.up = 2.097986215313757;
post_1_3_1.lo = 0;
post_1_3_1.up = 2.097986215313757;
post_1_3_2.lo = 0;
post_1_3_2.up = 2.097986215313757;
post_1_4_0.lo = 0;
post_1_4_0.up = 2.0926822763881328;
post_1_4_1.lo = 0;
post_1_4_1.up = 2.0926822763881328;
post_1_4_2.lo = 0;
post_1_4_2.up = 2.0926822763881328;
post_1_5_0.lo = 0;
post_1_5_0.up = 1.5251492461110079;
post_1_5_1.lo = 0;
post_1_5_1.up = 1.5251492461110079;
post_1_5_2.lo = 0;
post_1_5_2.up = 1.5251492461110079;
post_1_6_0.lo = 0;
post_1_6_0.up = 2.2270647630546554;
post_1_6_1.lo = 0;
post_1_6_1.up = 2.2270647630546554;
post_1_6_2.lo = 0;
post_1_6_2.up = 2.2270647630546554;
post_1_7_0.lo = 0;
post_1_7_0.up = 2.3327546465138496;
post_1_7_1.lo = 0;
post_1_7_1.up = 2.3327546465138496;
post_1_7_2.lo = 0;
post_1_7_2.up = 2.3327546465138496;
post_1_8_0.lo = 0;
post_1_8_0.up = 1.6778120136775128;
post_1_8_1.lo = 0;
post_1_8_1.up = 1.6778120136775128;
post_1_8_2.lo = 0;
post_1_8_2.up = 1.6778120136775128;
post_1_9_0.lo = 0;
post_1_9_0.up = 1.95196414199697;
post_1_9_1.lo = 0;
post_1_9_1.up = 1.95196414199697;
post_1_9_2.lo = 0;
post_1_9_2.up = 1.95196414199697;
post_1_10_0.lo = 0;
post_1_10_0.up = 1.4936853253396152;
post_1_10_1.lo = 0;
post_1_10_1.up = 1.4936853253396152;
post_1_10_2.lo = 0;
post_1_10_2.up = 1.4936853253396152;
post_1_11_0.lo = 0;
post_1_11_0.up = 1.4078455312185105;
post_1_11_1.lo = 0;
post_1_11_1.up = 1.4078455312185105;
post_1_11_2.lo = 0;
post_1_11_2.up = 1.4078455312185105;
post_1_12_0.lo = 0;
post_1_12_0.up = 2.6470627006105;
post_1_12_1.lo = 0;
post_1_12_1.up = 2.6470627006105;
post_1_12_2.lo = 0;
post_1_12_2.up = 2.6470627006105;
post_1_13_0.lo = 0;
post_1_13_0.up = 1.4274692680413814;
post_1_13_1.lo = 0;
post_1_13_1.up = 1.4274692680413814;
post_1_13_2.lo = 0;
post_1_13_2.up = 1.4274692680413814;
post_1_14_0.lo = 0;
post_1_14_0.up = 1.5448612782475093;
post_1_14_1.lo = 0;
post_1_14_1.up = 1.5448612782475093;
post_1_14_2.lo = 0;
post_1_14_2.up = 1.5448612782475093;
post_1_15_0.lo = 0;
post_1_15_0.up = 1.540939547929411;
post_1_15_1.lo = 0;
post_1_15_1.up = 1.540939547929411;
post_1_15_2.lo = 0;
post_1_15_2.up = 1.540939547929411;
post_1_16_0.lo = 0;
post_1_16_0.up = 2.326233516942825;
post_1_16_1.lo = 0;
post_1_16_1.up = 2.326233516942825;
post_1_16_2.lo = 0;
post_1_16_2.up = 2.326233516942825;
post_1_17_0.lo = 0;
post_1_17_0.up = 2.0783436022073154;
post_1_17_1.lo = 0;
post_1_17_1.up = 2.0783436022073154;
post_1_17_2.lo = 0;
post_1_17_2.up = 2.0783436022073154;
post_1_18_0.lo = 0;
post_1_18_0.up = 2.2394849102841623;
post_1_18_1.lo = 0;
post_1_18_1.up = 2.2394849102841623;
post_1_18_2.lo = 0;
post_1_18_2.up = 2.2394849102841623;
post_1_19_0.lo = 0;
post_1_19_0.up = 2.2742295756355033;
post_1_19_1.lo = 0;
post_1_19_1.up = 2.2742295756355033;
post_1_19_2.lo = 0;
post_1_19_2.up = 2.2742295756355033;
b_2_0.lo = -1;
b_2_0.up = 1;
out_0_0.lo = -8.176419226746878;
out_0_0.up = 8.176419226746878;
out_1_0.lo = -8.125139810483965;
out_1_0.up = 8.125139810483965;
out_2_0.lo = -5.450495978270242;
out_2_0.up = 5.450495978270242;
out_3_0.lo = -7.293958645941272;
out_3_0.up = 7.293958645941272;
out_4_0.lo = -7.278046829164398;
out_4_0.up = 7.278046829164398;
out_5_0.lo = -5.575447738333024;
out_5_0.up = 5.575447738333024;
out_6_0.lo = -7.681194289163966;
out_6_0.up = 7.681194289163966;
out_7_0.lo = -7.998263939541548;
out_7_0.up = 7.998263939541548;
out_8_0.lo = -6.033436041032538;
out_8_0.up = 6.033436041032538;
out_9_0.lo = -6.85589242599091;
out_9_0.up = 6.85589242599091;
out_10_0.lo = -5.481055976018846;
out_10_0.up = 5.481055976018846;
out_11_0.lo = -5.223536593655531;
out_11_0.up = 5.223536593655531;
out_12_0.lo = -8.9411881018315;
out_12_0.up = 8.9411881018315;
out_13_0.lo = -5.282407804124144;
out_13_0.up = 5.282407804124144;
out_14_0.lo = -5.634583834742528;
out_14_0.up = 5.634583834742528;
out_15_0.lo = -5.622818643788233;
out_15_0.up = 5.622818643788233;
out_16_0.lo = -7.978700550828476;
out_16_0.up = 7.978700550828476;
out_17_0.lo = -7.235030806621946;
out_17_0.up = 7.235030806621946;
out_18_0.lo = -7.718454730852487;
out_18_0.up = 7.718454730852487;
out_19_0.lo = -7.8226887269065095;
out_19_0.up = 7.8226887269065095;
post_positive_0_0.lo = 0;
post_positive_0_0.up = 2.3921397422489594;
post_positive_0_1.lo = 0;
post_positive_0_1.up = 2.3921397422489594;
post_positive_0_2.lo = 0;
post_positive_0_2.up = 2.3921397422489594;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 2.3750466034946554;
post_positive_1_1.lo = 0;
post_positive_1_1.up = 2.3750466034946554;
post_positive_1_2.lo = 0;
post_positive_1_2.up = 2.3750466034946554;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 1.4834986594234139;
post_positive_2_1.lo = 0;
post_positive_2_1.up = 1.4834986594234139;
post_positive_2_2.lo = 0;
post_positive_2_2.up = 1.4834986594234139;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 2.097986215313757;
post_positive_3_1.lo = 0;
post_positive_3_1.up = 2.097986215313757;
post_positive_3_2.lo = 0;
post_positive_3_2.up = 2.097986215313757;
post_positive_4_0.lo = 0;
post_positive_4_0.up = 2.0926822763881328;
post_positive_4_1.lo = 0;
post_positive_4_1.up = 2.0926822763881328;
post_positive_4_2.lo = 0;
post_positive_4_2.up = 2.0926822763881328;
post_positive_5_0.lo = 0;
post_positive_5_0.up = 1.5251492461110079;
post_positive_5_1.lo = 0;
post_positive_5_1.up = 1.5251492461110079;
post_positive_5_2.lo = 0;
post_positive_5_2.up = 1.5251492461110079;
post_positive_6_0.lo = 0;
post_positive_6_0.up = 2.2270647630546554;
post_positive_6_1.lo = 0;
post_positive_6_1.up = 2.2270647630546554;
post_positive_6_2.lo = 0;
post_positive_6_2.up = 2.2270647630546554;
post_positive_7_0.lo = 0;
post_positive_7_0.up = 2.3327546465138496;
post_positive_7_1.lo = 0;
post_positive_7_1.up = 2.3327546465138496;
post_positive_7_2.lo = 0;
post_positive_7_2.up = 2.3327546465138496;
post_positive_8_0.lo = 0;
post_positive_8_0.up = 1.6778120136775128;
post_positive_8_1.lo = 0;
post_positive_8_1.up = 1.6778120136775128;
post_positive_8_2.lo = 0;
post_positive_8_2.up = 1.6778120136775128;
post_positive_9_0.lo = 0;
post_positive_9_0.up = 1.95196414199697;
post_positive_9_1.lo = 0;
post_positive_9_1.up = 1.95196414199697;
post_positive_9_2.lo = 0;
post_positive_9_2.up = 1.95196414199697;
post_positive_10_0.lo = 0;
post_positive_10_0.up = 1.4936853253396152;
post_positive_10_1.lo = 0;
post_positive_10_1.up = 1.4936853253396152;
post_positive_10_2.lo = 0;
post_positive_10_2.up = 1.4936853253396152;
post_positive_11_0.lo = 0;
post_positive_11_0.up = 1.4078455312185105;
post_positive_11_1.lo = 0;
post_positive_11_1.up = 1.4078455312185105;
post_positive_11_2.lo = 0;
post_positive_11_2.up = 1.4078455312185105;
post_positive_12_0.lo = 0;
post_positive_12_0.up = 2.6470627006105;
post_positive_12_1.lo = 0;
post_positive_12_1.up = 2.6470627006105;
post_positive_12_2.lo = 0;
post_positive_12_2.up = 2.6470627006105;
post_positive_13_0.lo = 0;
post_positive_13_0.up = 1.4274692680413814;
post_positive_13_1.lo = 0;
post_positive_13_1.up = 1.4274692680413814;
post_positive_13_2.lo = 0;
post_positive_13_2.up = 1.4274692680413814;
post_positive_14_0.lo = 0;
post_positive_14_0.up = 1.5448612782475093;
post_positive_14_1.lo = 0;
post_positive_14_1.up = 1.5448612782475093;
post_positive_14_2.lo = 0;
post_positive_14_2.up = 1.5448612782475093;
post_positive_15_0.lo = 0;
post_positive_15_0.up = 1.540939547929411;
post_positive_15_1.lo = 0;
post_positive_15_1.up = 1.540939547929411;
post_positive_15_2.lo = 0;
post_positive_15_2.up = 1.540939547929411;
post_positive_16_0.lo = 0;
post_positive_16_0.up = 2.326233516942825;
post_positive_16_1.lo = 0;
post_positive_16_1.up = 2.326233516942825;
post_positive_16_2.lo = 0;
post_positive_16_2.up = 2.326233516942825;
post_positive_17_0.lo = 0;
post_positive_17_0.up = 2.0783436022073154;
post_positive_17_1.lo = 0;
post_positive_17_1.up = 2.0783436022073154;
post_positive_17_2.lo = 0;
post_positive_17_2.up = 2.0783436022073154;
post_positive_18_0.lo = 0;
post_positive_18_0.up = 2.2394849102841623;
post_positive_18_1.lo = 0;
post_positive_18_1.up = 2.2394849102841623;
post_positive_18_2.lo = 0;
post_positive_18_2.up = 2.2394849102841623;
post_positive_19_0.lo = 0;
post_positive_19_0.up = 2.2742295756355033;
post_positive_19_1.lo = 0;
post_positive_19_1.up = 2.2742295756355033;
post_positive_19_2.lo = 0;
post_positive_19_2.up = 2.2742295756355033;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 2.3921397422489594;
post_negative_0_1.lo = 0;
post_negative_0_1.up = 2.3921397422489594;
post_negative_0_2.lo = 0;
post_negative_0_2.up = 2.3921397422489594;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 2.3750466034946554;
post_negative_1_1.lo = 0;
post_negative_1_1.up = 2.3750466034946554;
post_negative_1_2.lo = 0;
post_negative_1_2.up = 2.3750466034946554;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 1.4834986594234139;
post_negative_2_1.lo = 0;
post_negative_2_1.up = 1.4834986594234139;
post_negative_2_2.lo = 0;
post_negative_2_2.up = 1.4834986594234139;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 2.097986215313757;
post_negative_3_1.lo = 0;
post_negative_3_1.up = 2.097986215313757;
post_negative_3_2.lo = 0;
post_negative_3_2.up = 2.097986215313757;
post_negative_4_0.lo = 0;
post_negative_4_0.up = 2.0926822763881328;
post_negative_4_1.lo = 0;
post_negative_4_1.up = 2.0926822763881328;
post_negative_4_2.lo = 0;
post_negative_4_2.up = 2.0926822763881328;
post_negative_5_0.lo = 0;
post_negative_5_0.up = 1.5251492461110079;
post_negative_5_1.lo = 0;
post_negative_5_1.up = 1.5251492461110079;
post_negative_5_2.lo = 0;
post_negative_5_2.up = 1.5251492461110079;
post_negative_6_0.lo = 0;
post_negative_6_0.up = 2.2270647630546554;
post_negative_6_1.lo = 0;
post_negative_6_1.up = 2.2270647630546554;
post_negative_6_2.lo = 0;
post_negative_6_2.up = 2.2270647630546554;
post_negative_7_0.lo = 0;
post_negative_7_0.up = 2.3327546465138496;
post_negative_7_1.lo = 0;
post_negative_7_1.up = 2.3327546465138496;
post_negative_7_2.lo = 0;
post_negative_7_2.up = 2.3327546465138496;
post_negative_8_0.lo = 0;
post_negative_8_0.up = 1.6778120136775128;
post_negative_8_1.lo = 0;
post_negative_8_1.up = 1.6778120136775128;
post_negative_8_2.lo = 0;
post_negative_8_2.up = 1.6778120136775128;
post_negative_9_0.lo = 0;
post_negative_9_0.up = 1.95196414199697;
post_negative_9_1.lo = 0;
post_negative_9_1.up = 1.95196414199697;
post_negative_9_2.lo = 0;
post_negative_9_2.up = 1.95196414199697;
post_negative_10_0.lo = 0;
post_negative_10_0.up = 1.4936853253396152;
post_negative_10_1.lo = 0;
post_negative_10_1.up = 1.4936853253396152;
post_negative_10_2.lo = 0;
post_negative_10_2.up = 1.4936853253396152;
post_negative_11_0.lo = 0;
post_negative_11_0.up = 1.4078455312185105;
post_negative_11_1.lo = 0;
post_negative_11_1.up = 1.4078455312185105;
post_negative_11_2.lo = 0;
post_negative_11_2.up = 1.4078455312185105;
post_negative_12_0.lo = 0;
post_negative_12_0.up = 2.6470627006105;
post_negative_12_1.lo = 0;
post_negative_12_1.up = 2.6470627006105;
post_negative_12_2.lo = 0;
post_negative_12_2.up = 2.6470627006105;
post_negative_13_0.lo = 0;
post_negative_13_0.up = 1.4274692680413814;
post_negative_13_1.lo = 0;
post_negative_13_1.up = 1.4274692680413814;
post_negative_13_2.lo = 0;
post_negative_13_2.up = 1.4274692680413814;
post_negative_14_0.lo = 0;
post_negative_14_0.up = 1.5448612782475093;
post_negative_14_1.lo = 0;
post_negative_14_1.up = 1.5448612782475093;
post_negative_14_2.lo = 0;
post_negative_14_2.up = 1.5448612782475093;
post_negative_15_0.lo = 0;
post_negative_15_0.up = 1.540939547929411;
post_negative_15_1.lo = 0;
post_negative_15_1.up = 1.540939547929411;
post_negative_15_2.lo = 0;
post_negative_15_2.up = 1.540939547929411;
post_negative_16_0.lo = 0;
post_negative_16_0.up = 2.326233516942825;
post_negative_16_1.lo = 0;
post_negative_16_1.up = 2.326233516942825;
post_negative_16_2.lo = 0;
post_negative_16_2.up = 2.326233516942825;
post_negative_17_0.lo = 0;
post_negative_17_0.up = 2.0783436022073154;
post_negative_17_1.lo = 0;
post_negative_17_1.up = 2.0783436022073154;
post_negative_17_2.lo = 0;
post_negative_17_2.up = 2.0783436022073154;
post_negative_18_0.lo = 0;
post_negative_18_0.up = 2.2394849102841623;
post_negative_18_1.lo = 0;
post_negative_18_1.up = 2.2394849102841623;
post_negative_18_2.lo = 0;
post_negative_18_2.up = 2.2394849102841623;
post_negative_19_0.lo = 0;
post_negative_19_0.up = 2.2742295756355033;
post_negative_19_1.lo = 0;
post_negative_19_1.up = 2.2742295756355033;
post_negative_19_2.lo = 0;
post_negative_19_2.up = 2.2742295756355033;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
