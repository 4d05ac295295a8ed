* teacher-N16-n2-m2-p1-s1-p1-normalized-bigm  (relu-opt library: teacher-N16-n2-m2-p1-s1, problem 1, normalized-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, u_0_2, u_1_0, u_1_1, u_1_2, pre_1_0_0,
  pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1, pre_1_4_0,
  pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1, pre_1_8_0,
  pre_1_8_1, pre_1_9_0, pre_1_9_1, pre_1_10_0, pre_1_10_1, pre_1_11_0, pre_1_11_1, pre_1_12_0,
  pre_1_12_1, pre_1_13_0, pre_1_13_1, pre_1_14_0, pre_1_14_1, pre_1_15_0, pre_1_15_1, post_1_0_0,
  post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, post_1_4_0,
  post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1, post_1_8_0,
  post_1_8_1, post_1_9_0, post_1_9_1, post_1_10_0, post_1_10_1, post_1_11_0, post_1_11_1, post_1_12_0,
  post_1_12_1, post_1_13_0, post_1_13_1, post_1_14_0, post_1_14_1, post_1_15_0, post_1_15_1, b_2_0,
  out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0,
  out_8_0, out_9_0, out_10_0, out_11_0, out_12_0, out_13_0, out_14_0, out_15_0,
  post_positive_0_0, post_positive_0_1, post_positive_1_0, post_positive_1_1, post_positive_2_0, post_positive_2_1, post_positive_3_0, post_positive_3_1,
  post_positive_4_0, post_positive_4_1, post_positive_5_0, post_positive_5_1, post_positive_6_0, post_positive_6_1, post_positive_7_0, post_positive_7_1,
  post_positive_8_0, post_positive_8_1, post_positive_9_0, post_positive_9_1, post_positive_10_0, post_positive_10_1, post_positive_11_0, post_positive_11_1,
  post_positive_12_0, post_positive_12_1, post_positive_13_0, post_positive_13_1, post_positive_14_0, post_positive_14_1, post_positive_15_0, post_positive_15_1,
  post_negative_0_0, post_negative_0_1, post_negative_1_0, post_negative_1_1, post_negative_2_0, post_negative_2_1, post_negative_3_0, post_negative_3_1,
  post_negative_4_0, post_negative_4_1, post_negative_5_0, post_negative_5_1, post_negative_6_0, post_negative_6_1, post_negative_7_0, post_negative_7_1,
  post_negative_8_0, post_negative_8_1, post_negative_9_0, post_negative_9_1, post_negative_10_0, post_negative_10_1, post_negative_11_0, post_negative_11_1,
  post_negative_12_0, post_negative_12_1, post_negative_13_0, post_negative_13_1, post_negative_14_0, post_negative_14_1, post_negative_15_0, post_negative_15_1;

Binary Variables
  sign_0, sign_1, relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on,
  relu_1_3_0_on, relu_1_3_1_on, relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on,
  relu_1_7_0_on, relu_1_7_1_on, relu_1_8_0_on, relu_1_8_1_on, relu_1_9_0_on, relu_1_9_1_on, relu_1_10_0_on, relu_1_10_1_on,
  relu_1_11_0_on, relu_1_11_1_on, relu_1_12_0_on, relu_1_12_1_on, relu_1_13_0_on, relu_1_13_1_on, relu_1_14_0_on, relu_1_14_1_on,
  relu_1_15_0_on, relu_1_15_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, pre_definition_1_10_0, pre_definition_1_10_1, pre_definition_1_11_0,
  pre_definition_1_11_1, pre_definition_1_12_0, pre_definition_1_12_1, pre_definition_1_13_0, pre_definition_1_13_1, pre_definition_1_14_0, pre_definition_1_14_1, pre_definition_1_15_0,
  pre_definition_1_15_1, post_split_0_0, post_split_0_1, post_split_1_0, post_split_1_1, post_split_2_0, post_split_2_1, post_split_3_0,
  post_split_3_1, post_split_4_0, post_split_4_1, post_split_5_0, post_split_5_1, post_split_6_0, post_split_6_1, post_split_7_0,
  post_split_7_1, post_split_8_0, post_split_8_1, post_split_9_0, post_split_9_1, post_split_10_0, post_split_10_1, post_split_11_0,
  post_split_11_1, post_split_12_0, post_split_12_1, post_split_13_0, post_split_13_1, post_split_14_0, post_split_14_1, post_split_15_0,
  post_split_15_1, positive_if_sign_0_0, positive_if_sign_0_1, positive_if_sign_1_0, positive_if_sign_1_1, positive_if_sign_2_0, positive_if_sign_2_1, positive_if_sign_3_0,
  positive_if_sign_3_1, positive_if_sign_4_0, positive_if_sign_4_1, positive_if_sign_5_0, positive_if_sign_5_1, positive_if_sign_6_0, positive_if_sign_6_1, positive_if_sign_7_0,
  positive_if_sign_7_1, positive_if_sign_8_0, positive_if_sign_8_1, positive_if_sign_9_0, positive_if_sign_9_1, positive_if_sign_10_0, positive_if_sign_10_1, positive_if_sign_11_0,
  positive_if_sign_11_1, positive_if_sign_12_0, positive_if_sign_12_1, positive_if_sign_13_0, positive_if_sign_13_1, positive_if_sign_14_0, positive_if_sign_14_1, positive_if_sign_15_0,
  positive_if_sign_15_1, negative_unless_sign_0_0, negative_unless_sign_0_1, negative_unless_sign_1_0, negative_unless_sign_1_1, negative_unless_sign_2_0, negative_unless_sign_2_1, negative_unless_sign_3_0,
  negative_unless_sign_3_1, negative_unless_sign_4_0, negative_unless_sign_4_1, negative_unless_sign_5_0, negative_unless_sign_5_1, negative_unless_sign_6_0, negative_unless_sign_6_1, negative_unless_sign_7_0,
  negative_unless_sign_7_1, negative_unless_sign_8_0, negative_unless_sign_8_1, negative_unless_sign_9_0, negative_unless_sign_9_1, negative_unless_sign_10_0, negative_unless_sign_10_1, negative_unless_sign_11_0,
  negative_unless_sign_11_1, negative_unless_sign_12_0, negative_unless_sign_12_1, negative_unless_sign_13_0, negative_unless_sign_13_1, negative_unless_sign_14_0, negative_unless_sign_14_1, negative_unless_sign_15_0,
  negative_unless_sign_15_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, out_definition_10_0, out_definition_11_0, out_definition_12_0, out_definition_13_0, out_definition_14_0,
  out_definition_15_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre,
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
  relu_1_15_1_pre_when_active;

e_obj.. - objvar + 0.3246981461884506*out_0_0 - 0.061729418336125524*out_1_0 - 0.1839660147467925*out_2_0 - 0.009424426080082482*out_3_0 - 0.17872075712179453*out_4_0 - 0.07039654752462307*out_5_0 - 0.15731873171275285*out_6_0
    - 0.723991172119347*out_7_0 - 0.31712436504940256*out_8_0 - 0.3766081415487037*out_9_0 - 0.26254441160555075*out_10_0 + 0.18865211821842057*out_11_0 - 0.34470520744932615*out_12_0 - 0.09808674699882751*out_13_0 - 0.374206874349835*out_14_0
    + 0.27865688226737595*out_15_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 0.35550619574665426 =e= 0;
pre_definition_1_0_0.. + 0.9448817735138633*u_0_0 - 0.5070262173496132*u_0_1 - 1*u_0_2 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.9448817735138633*u_1_0 - 0.5070262173496132*u_1_1 - 1*u_1_2 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.07628662643855644*u_0_0 + 0.34053656700181567*u_0_1 - 1*u_0_2 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.07628662643855644*u_1_0 + 0.34053656700181567*u_1_1 - 1*u_1_2 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.5768574068568086*u_0_0 + 0.39361034141671003*u_0_1 - 1*u_0_2 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.5768574068568086*u_1_0 + 0.39361034141671003*u_1_1 - 1*u_1_2 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.09300422103869699*u_0_0 + 0.7319166055056705*u_0_1 - 1*u_0_2 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.09300422103869699*u_1_0 + 0.7319166055056705*u_1_1 - 1*u_1_2 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. + 0.19377402710574154*u_0_0 + 0.5930895186477008*u_0_1 - 1*u_0_2 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.19377402710574154*u_1_0 + 0.5930895186477008*u_1_1 - 1*u_1_2 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.475373319116301*u_0_0 - 0.5007293452601052*u_0_1 - 1*u_0_2 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.475373319116301*u_1_0 - 0.5007293452601052*u_1_1 - 1*u_1_2 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.43918248402792015*u_0_0 + 0.029618051136729884*u_0_1 - 1*u_0_2 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.43918248402792015*u_1_0 + 0.029618051136729884*u_1_1 - 1*u_1_2 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.9614743996024773*u_0_0 - 0.9233143873275735*u_0_1 - 1*u_0_2 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.9614743996024773*u_1_0 - 0.9233143873275735*u_1_1 - 1*u_1_2 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. - 0.4495798815470673*u_0_0 - 0.08245371109486843*u_0_1 - 1*u_0_2 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 0.4495798815470673*u_1_0 - 0.08245371109486843*u_1_1 - 1*u_1_2 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. + 0.44621759190925836*u_0_0 + 0.6786959824497463*u_0_1 - 1*u_0_2 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. + 0.44621759190925836*u_1_0 + 0.6786959824497463*u_1_1 - 1*u_1_2 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. - 0.9398508264322651*u_0_0 - 0.03213717109575742*u_0_1 - 1*u_0_2 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. - 0.9398508264322651*u_1_0 - 0.03213717109575742*u_1_1 - 1*u_1_2 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. + 0.7682687750584594*u_0_0 - 0.24697951107500082*u_0_1 - 1*u_0_2 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. + 0.7682687750584594*u_1_0 - 0.24697951107500082*u_1_1 - 1*u_1_2 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. - 0.553366228684596*u_0_0 - 0.22600660210608092*u_0_1 - 1*u_0_2 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.553366228684596*u_1_0 - 0.22600660210608092*u_1_1 - 1*u_1_2 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. - 0.8345954095818053*u_0_0 + 0.9208142466715943*u_0_1 - 1*u_0_2 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. - 0.8345954095818053*u_1_0 + 0.9208142466715943*u_1_1 - 1*u_1_2 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. - 0.057178526520043294*u_0_0 + 0.08132823422919255*u_0_1 - 1*u_0_2 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.057178526520043294*u_1_0 + 0.08132823422919255*u_1_1 - 1*u_1_2 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. + 0.8753008417002488*u_0_0 - 0.2826563382787499*u_0_1 - 1*u_0_2 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.8753008417002488*u_1_0 - 0.2826563382787499*u_1_1 - 1*u_1_2 + 1*pre_1_15_1 =e= 0;
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
positive_if_sign_0_0.. - 22.06717191777129*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_0_1.. - 22.06717191777129*sign_1 + 1*post_positive_0_1 =l= 0;
positive_if_sign_1_0.. - 12.751408740963349*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_1_1.. - 12.751408740963349*sign_1 + 1*post_positive_1_1 =l= 0;
positive_if_sign_2_0.. - 17.73420973446167*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_2_1.. - 17.73420973446167*sign_1 + 1*post_positive_2_1 =l= 0;
positive_if_sign_3_0.. - 16.424287438899306*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_3_1.. - 16.424287438899306*sign_1 + 1*post_positive_3_1 =l= 0;
positive_if_sign_4_0.. - 16.081771911780983*sign_0 + 1*post_positive_4_0 =l= 0;
positive_if_sign_4_1.. - 16.081771911780983*sign_1 + 1*post_positive_4_1 =l= 0;
positive_if_sign_5_0.. - 17.784923979387656*sign_0 + 1*post_positive_5_0 =l= 0;
positive_if_sign_5_1.. - 17.784923979387656*sign_1 + 1*post_positive_5_1 =l= 0;
positive_if_sign_6_0.. - 13.21920481648185*sign_0 + 1*post_positive_6_0 =l= 0;
positive_if_sign_6_1.. - 13.21920481648185*sign_1 + 1*post_positive_6_1 =l= 0;
positive_if_sign_7_0.. - 25.96309908237046*sign_0 + 1*post_positive_7_0 =l= 0;
positive_if_sign_7_1.. - 25.96309908237046*sign_1 + 1*post_positive_7_1 =l= 0;
positive_if_sign_8_0.. - 13.788302333777422*sign_0 + 1*post_positive_8_0 =l= 0;
positive_if_sign_8_1.. - 13.788302333777422*sign_1 + 1*post_positive_8_1 =l= 0;
positive_if_sign_9_0.. - 19.12422216923104*sign_0 + 1*post_positive_9_0 =l= 0;
positive_if_sign_9_1.. - 19.12422216923104*sign_1 + 1*post_positive_9_1 =l= 0;
positive_if_sign_10_0.. - 17.747891977752204*sign_0 + 1*post_positive_10_0 =l= 0;
positive_if_sign_10_1.. - 17.747891977752204*sign_1 + 1*post_positive_10_1 =l= 0;
positive_if_sign_11_0.. - 18.13723457520114*sign_0 + 1*post_positive_11_0 =l= 0;
positive_if_sign_11_1.. - 18.13723457520114*sign_1 + 1*post_positive_11_1 =l= 0;
positive_if_sign_12_0.. - 16.01435547711609*sign_0 + 1*post_positive_12_0 =l= 0;
positive_if_sign_12_1.. - 16.01435547711609*sign_1 + 1*post_positive_12_1 =l= 0;
positive_if_sign_13_0.. - 24.798686906280594*sign_0 + 1*post_positive_13_0 =l= 0;
positive_if_sign_13_1.. - 24.798686906280594*sign_1 + 1*post_positive_13_1 =l= 0;
positive_if_sign_14_0.. - 10.246560846743122*sign_0 + 1*post_positive_14_0 =l= 0;
positive_if_sign_14_1.. - 10.246560846743122*sign_1 + 1*post_positive_14_1 =l= 0;
positive_if_sign_15_0.. - 19.42161461981099*sign_0 + 1*post_positive_15_0 =l= 0;
positive_if_sign_15_1.. - 19.42161461981099*sign_1 + 1*post_positive_15_1 =l= 0;
negative_unless_sign_0_0.. + 22.06717191777129*sign_0 + 1*post_negative_0_0 =l= 22.06717191777129;
negative_unless_sign_0_1.. + 22.06717191777129*sign_1 + 1*post_negative_0_1 =l= 22.06717191777129;
negative_unless_sign_1_0.. + 12.751408740963349*sign_0 + 1*post_negative_1_0 =l= 12.751408740963349;
negative_unless_sign_1_1.. + 12.751408740963349*sign_1 + 1*post_negative_1_1 =l= 12.751408740963349;
negative_unless_sign_2_0.. + 17.73420973446167*sign_0 + 1*post_negative_2_0 =l= 17.73420973446167;
negative_unless_sign_2_1.. + 17.73420973446167*sign_1 + 1*post_negative_2_1 =l= 17.73420973446167;
negative_unless_sign_3_0.. + 16.424287438899306*sign_0 + 1*post_negative_3_0 =l= 16.424287438899306;
negative_unless_sign_3_1.. + 16.424287438899306*sign_1 + 1*post_negative_3_1 =l= 16.424287438899306;
negative_unless_sign_4_0.. + 16.081771911780983*sign_0 + 1*post_negative_4_0 =l= 16.081771911780983;
negative_unless_sign_4_1.. + 16.081771911780983*sign_1 + 1*post_negative_4_1 =l= 16.081771911780983;
negative_unless_sign_5_0.. + 17.784923979387656*sign_0 + 1*post_negative_5_0 =l= 17.784923979387656;
negative_unless_sign_5_1.. + 17.784923979387656*sign_1 + 1*post_negative_5_1 =l= 17.784923979387656;
negative_unless_sign_6_0.. + 13.21920481648185*sign_0 + 1*post_negative_6_0 =l= 13.21920481648185;
negative_unless_sign_6_1.. + 13.21920481648185*sign_1 + 1*post_negative_6_1 =l= 13.21920481648185;
negative_unless_sign_7_0.. + 25.96309908237046*sign_0 + 1*post_negative_7_0 =l= 25.96309908237046;
negative_unless_sign_7_1.. + 25.96309908237046*sign_1 + 1*post_negative_7_1 =l= 25.96309908237046;
negative_unless_sign_8_0.. + 13.788302333777422*sign_0 + 1*post_negative_8_0 =l= 13.788302333777422;
negative_unless_sign_8_1.. + 13.788302333777422*sign_1 + 1*post_negative_8_1 =l= 13.788302333777422;
negative_unless_sign_9_0.. + 19.12422216923104*sign_0 + 1*post_negative_9_0 =l= 19.12422216923104;
negative_unless_sign_9_1.. + 19.12422216923104*sign_1 + 1*post_negative_9_1 =l= 19.12422216923104;
negative_unless_sign_10_0.. + 17.747891977752204*sign_0 + 1*post_negative_10_0 =l= 17.747891977752204;
negative_unless_sign_10_1.. + 17.747891977752204*sign_1 + 1*post_negative_10_1 =l= 17.747891977752204;
negative_unless_sign_11_0.. + 18.13723457520114*sign_0 + 1*post_negative_11_0 =l= 18.13723457520114;
negative_unless_sign_11_1.. + 18.13723457520114*sign_1 + 1*post_negative_11_1 =l= 18.13723457520114;
negative_unless_sign_12_0.. + 16.01435547711609*sign_0 + 1*post_negative_12_0 =l= 16.01435547711609;
negative_unless_sign_12_1.. + 16.01435547711609*sign_1 + 1*post_negative_12_1 =l= 16.01435547711609;
negative_unless_sign_13_0.. + 24.798686906280594*sign_0 + 1*post_negative_13_0 =l= 24.798686906280594;
negative_unless_sign_13_1.. + 24.798686906280594*sign_1 + 1*post_negative_13_1 =l= 24.798686906280594;
negative_unless_sign_14_0.. + 10.246560846743122*sign_0 + 1*post_negative_14_0 =l= 10.246560846743122;
negative_unless_sign_14_1.. + 10.246560846743122*sign_1 + 1*post_negative_14_1 =l= 10.246560846743122;
negative_unless_sign_15_0.. + 19.42161461981099*sign_0 + 1*post_negative_15_0 =l= 19.42161461981099;
negative_unless_sign_15_1.. + 19.42161461981099*sign_1 + 1*post_negative_15_1 =l= 19.42161461981099;
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
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 22.06717191777129*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 22.06717191777129*relu_1_0_0_on =l= 22.06717191777129;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 22.06717191777129*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 22.06717191777129*relu_1_0_1_on =l= 22.06717191777129;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 12.751408740963349*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 12.751408740963349*relu_1_1_0_on =l= 12.751408740963349;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 12.751408740963349*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 12.751408740963349*relu_1_1_1_on =l= 12.751408740963349;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 17.73420973446167*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 17.73420973446167*relu_1_2_0_on =l= 17.73420973446167;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 17.73420973446167*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 17.73420973446167*relu_1_2_1_on =l= 17.73420973446167;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 16.424287438899306*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 16.424287438899306*relu_1_3_0_on =l= 16.424287438899306;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 16.424287438899306*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 16.424287438899306*relu_1_3_1_on =l= 16.424287438899306;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 16.081771911780983*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 16.081771911780983*relu_1_4_0_on =l= 16.081771911780983;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 16.081771911780983*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 16.081771911780983*relu_1_4_1_on =l= 16.081771911780983;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 17.784923979387656*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 17.784923979387656*relu_1_5_0_on =l= 17.784923979387656;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 17.784923979387656*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 17.784923979387656*relu_1_5_1_on =l= 17.784923979387656;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 13.21920481648185*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 13.21920481648185*relu_1_6_0_on =l= 13.21920481648185;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 13.21920481648185*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 13.21920481648185*relu_1_6_1_on =l= 13.21920481648185;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 25.96309908237046*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 25.96309908237046*relu_1_7_0_on =l= 25.96309908237046;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 25.96309908237046*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 25.96309908237046*relu_1_7_1_on =l= 25.96309908237046;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 13.788302333777422*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 13.788302333777422*relu_1_8_0_on =l= 13.788302333777422;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 13.788302333777422*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 13.788302333777422*relu_1_8_1_on =l= 13.788302333777422;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 19.12422216923104*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 19.12422216923104*relu_1_9_0_on =l= 19.12422216923104;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 19.12422216923104*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 19.12422216923104*relu_1_9_1_on =l= 19.12422216923104;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 17.747891977752204*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 17.747891977752204*relu_1_10_0_on =l= 17.747891977752204;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 17.747891977752204*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 17.747891977752204*relu_1_10_1_on =l= 17.747891977752204;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 18.13723457520114*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 18.13723457520114*relu_1_11_0_on =l= 18.13723457520114;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 18.13723457520114*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 18.13723457520114*relu_1_11_1_on =l= 18.13723457520114;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 16.01435547711609*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 16.01435547711609*relu_1_12_0_on =l= 16.01435547711609;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 16.01435547711609*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 16.01435547711609*relu_1_12_1_on =l= 16.01435547711609;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 24.798686906280594*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 24.798686906280594*relu_1_13_0_on =l= 24.798686906280594;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 24.798686906280594*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 24.798686906280594*relu_1_13_1_on =l= 24.798686906280594;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 10.246560846743122*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 10.246560846743122*relu_1_14_0_on =l= 10.246560846743122;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 10.246560846743122*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 10.246560846743122*relu_1_14_1_on =l= 10.246560846743122;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0_off_when_inactive.. + 1*post_1_15_0 - 19.42161461981099*relu_1_15_0_on =l= 0;
relu_1_15_0_pre_when_active.. - 1*pre_1_15_0 + 1*post_1_15_0 + 19.42161461981099*relu_1_15_0_on =l= 19.42161461981099;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1_off_when_inactive.. + 1*post_1_15_1 - 19.42161461981099*relu_1_15_1_on =l= 0;
relu_1_15_1_pre_when_active.. - 1*pre_1_15_1 + 1*post_1_15_1 + 19.42161461981099*relu_1_15_1_on =l= 19.42161461981099;

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
pre_1_0_0.lo = -22.06717191777129;
pre_1_0_0.up = 22.06717191777129;
pre_1_0_1.lo = -22.06717191777129;
pre_1_0_1.up = 22.06717191777129;
pre_1_1_0.lo = -12.751408740963349;
pre_1_1_0.up = 12.751408740963349;
pre_1_1_1.lo = -12.751408740963349;
pre_1_1_1.up = 12.751408740963349;
pre_1_2_0.lo = -17.73420973446167;
pre_1_2_0.up = 17.73420973446167;
pre_1_2_1.lo = -17.73420973446167;
pre_1_2_1.up = 17.73420973446167;
pre_1_3_0.lo = -16.424287438899306;
pre_1_3_0.up = 16.424287438899306;
pre_1_3_1.lo = -16.424287438899306;
pre_1_3_1.up = 16.424287438899306;
pre_1_4_0.lo = -16.081771911780983;
pre_1_4_0.up = 16.081771911780983;
pre_1_4_1.lo = -16.081771911780983;
pre_1_4_1.up = 16.081771911780983;
pre_1_5_0.lo = -17.784923979387656;
pre_1_5_0.up = 17.784923979387656;
pre_1_5_1.lo = -17.784923979387656;
pre_1_5_1.up = 17.784923979387656;
pre_1_6_0.lo = -13.21920481648185;
pre_1_6_0.up = 13.21920481648185;
pre_1_6_1.lo = -13.21920481648185;
pre_1_6_1.up = 13.21920481648185;
pre_1_7_0.lo = -25.96309908237046;
pre_1_7_0.up = 25.96309908237046;
pre_1_7_1.lo = -25.96309908237046;
pre_1_7_1.up = 25.96309908237046;
pre_1_8_0.lo = -13.788302333777422;
pre_1_8_0.up = 13.788302333777422;
pre_1_8_1.lo = -13.788302333777422;
pre_1_8_1.up = 13.788302333777422;
pre_1_9_0.lo = -19.12422216923104;
pre_1_9_0.up = 19.12422216923104;
pre_1_9_1.lo = -19.12422216923104;
pre_1_9_1.up = 19.12422216923104;
pre_1_10_0.lo = -17.747891977752204;
pre_1_10_0.up = 17.747891977752204;
pre_1_10_1.lo = -17.747891977752204;
pre_1_10_1.up = 17.747891977752204;
pre_1_11_0.lo = -18.13723457520114;
pre_1_11_0.up = 18.13723457520114;
pre_1_11_1.lo = -18.13723457520114;
pre_1_11_1.up = 18.13723457520114;
pre_1_12_0.lo = -16.01435547711609;
pre_1_12_0.up = 16.01435547711609;
pre_1_12_1.lo = -16.01435547711609;
pre_1_12_1.up = 16.01435547711609;
pre_1_13_0.lo = -24.798686906280594;
pre_1_13_0.up = 24.798686906280594;
pre_1_13_1.lo = -24.798686906280594;
pre_1_13_1.up = 24.798686906280594;
pre_1_14_0.lo = -10.246560846743122;
pre_1_14_0.up = 10.246560846743122;
pre_1_14_1.lo = -10.246560846743122;
pre_1_14_1.up = 10.246560846743122;
pre_1_15_0.lo = -19.42161461981099;
pre_1_15_0.up = 19.42161461981099;
pre_1_15_1.lo = -19.42161461981099;
pre_1_15_1.up = 19.42161461981099;
post_1_0_0.lo = 0;
post_1_0_0.up = 22.06717191777129;
post_1_0_1.lo = 0;
post_1_0_1.up = 22.06717191777129;
post_1_1_0.lo = 0;
post_1_1_0.up = 12.751408740963349;
post_1_1_1.lo = 0;
post_1_1_1.up = 12.751408740963349;
post_1_2_0.lo = 0;
post_1_2_0.up = 17.73420973446167;
post_1_2_1.lo = 0;
post_1_2_1.up = 17.73420973446167;
post_1_3_0.lo = 0;
post_1_3_0.up = 16.424287438899306;
post_1_3_1.lo = 0;
post_1_3_1.up = 16.424287438899306;
post_1_4_0.lo = 0;
post_1_4_0.up = 16.081771911780983;
post_1_4_1.lo = 0;
post_1_4_1.up = 16.081771911780983;
post_1_5_0.lo = 0;
post_1_5_0.up = 17.784923979387656;
post_1_5_1.lo = 0;
post_1_5_1.up = 17.784923979387656;
post_1_6_0.lo = 0;
post_1_6_0.up = 13.21920481648185;
post_1_6_1.lo = 0;
post_1_6_1.up = 13.21920481648185;
post_1_7_0.lo = 0;
post_1_7_0.up = 25.96309908237046;
post_1_7_1.lo = 0;
post_1_7_1.up = 25.96309908237046;
post_1_8_0.lo = 0;
post_1_8_0.up = 13.788302333777422;
post_1_8_1.lo = 0;
post_1_8_1.up = 13.788302333777422;
post_1_9_0.lo = 0;
post_1_9_0.up = 19.12422216923104;
post_1_9_1.lo = 0;
post_1_9_1.up = 19.12422216923104;
post_1_10_0.lo = 0;
post_1_10_0.up = 17.747891977752204;
post_1_10_1.lo = 0;
post_1_10_1.up = 17.747891977752204;
post_1_11_0.lo = 0;
post_1_11_0.up = 18.13723457520114;
post_1_11_1.lo = 0;
post_1_11_1.up = 18.13723457520114;
post_1_12_0.lo = 0;
post_1_12_0.up = 16.01435547711609;
post_1_12_1.lo = 0;
post_1_12_1.up = 16.01435547711609;
post_1_13_0.lo = 0;
post_1_13_0.up = 24.798686906280594;
post_1_13_1.lo = 0;
post_1_13_1.up = 24.798686906280594;
post_1_14_0.lo = 0;
post_1_14_0.up = 10.246560846743122;
post_1_14_1.lo = 0;
post_1_14_1.up = 10.246560846743122;
post_1_15_0.lo = 0;
post_1_15_0.up = 19.42161461981099;
post_1_15_1.lo = 0;
post_1_15_1.up = 19.42161461981099;
b_2_0.lo = -3;
b_2_0.up = 3;
out_0_0.lo = -47.13434383554258;
out_0_0.up = 47.13434383554258;
out_1_0.lo = -28.502817481926698;
out_1_0.up = 28.502817481926698;
out_2_0.lo = -38.46841946892334;
out_2_0.up = 38.46841946892334;
out_3_0.lo = -35.84857487779861;
out_3_0.up = 35.84857487779861;
out_4_0.lo = -35.163543823561966;
out_4_0.up = 35.163543823561966;
out_5_0.lo = -38.56984795877531;
out_5_0.up = 38.56984795877531;
out_6_0.lo = -29.4384096329637;
out_6_0.up = 29.4384096329637;
out_7_0.lo = -54.92619816474092;
out_7_0.up = 54.92619816474092;
out_8_0.lo = -30.576604667554843;
out_8_0.up = 30.576604667554843;
out_9_0.lo = -41.24844433846208;
out_9_0.up = 41.24844433846208;
out_10_0.lo = -38.49578395550441;
out_10_0.up = 38.49578395550441;
out_11_0.lo = -39.27446915040228;
out_11_0.up = 39.27446915040228;
out_12_0.lo = -35.02871095423218;
out_12_0.up = 35.02871095423218;
out_13_0.lo = -52.59737381256119;
out_13_0.up = 52.59737381256119;
out_14_0.lo = -23.493121693486245;
out_14_0.up = 23.493121693486245;
out_15_0.lo = -41.84322923962198;
out_15_0.up = 41.84322923962198;
post_positive_0_0.lo = 0;
post_positive_0_0.up = 22.06717191777129;
post_positive_0_1.lo = 0;
post_positive_0_1.up = 22.06717191777129;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 12.751408740963349;
post_positive_1_1.lo = 0;
post_positive_1_1.up = 12.751408740963349;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 17.73420973446167;
post_positive_2_1.lo = 0;
post_positive_2_1.up = 17.73420973446167;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 16.424287438899306;
post_positive_3_1.lo = 0;
post_positive_3_1.up = 16.424287438899306;
post_positive_4_0.lo = 0;
post_positive_4_0.up = 16.081771911780983;
post_positive_4_1.lo = 0;
post_positive_4_1.up = 16.081771911780983;
post_positive_5_0.lo = 0;
post_positive_5_0.up = 17.784923979387656;
post_positive_5_1.lo = 0;
post_positive_5_1.up = 17.784923979387656;
post_positive_6_0.lo = 0;
post_positive_6_0.up = 13.21920481648185;
post_positive_6_1.lo = 0;
post_positive_6_1.up = 13.21920481648185;
post_positive_7_0.lo = 0;
post_positive_7_0.up = 25.96309908237046;
post_positive_7_1.lo = 0;
post_positive_7_1.up = 25.96309908237046;
post_positive_8_0.lo = 0;
post_positive_8_0.up = 13.788302333777422;
post_positive_8_1.lo = 0;
post_positive_8_1.up = 13.788302333777422;
post_positive_9_0.lo = 0;
post_positive_9_0.up = 19.12422216923104;
post_positive_9_1.lo = 0;
post_positive_9_1.up = 19.12422216923104;
post_positive_10_0.lo = 0;
post_positive_10_0.up = 17.747891977752204;
post_positive_10_1.lo = 0;
post_positive_10_1.up = 17.747891977752204;
post_positive_11_0.lo = 0;
post_positive_11_0.up = 18.13723457520114;
post_positive_11_1.lo = 0;
post_positive_11_1.up = 18.13723457520114;
post_positive_12_0.lo = 0;
post_positive_12_0.up = 16.01435547711609;
post_positive_12_1.lo = 0;
post_positive_12_1.up = 16.01435547711609;
post_positive_13_0.lo = 0;
post_positive_13_0.up = 24.798686906280594;
post_positive_13_1.lo = 0;
post_positive_13_1.up = 24.798686906280594;
post_positive_14_0.lo = 0;
post_positive_14_0.up = 10.246560846743122;
post_positive_14_1.lo = 0;
post_positive_14_1.up = 10.246560846743122;
post_positive_15_0.lo = 0;
post_positive_15_0.up = 19.42161461981099;
post_positive_15_1.lo = 0;
post_positive_15_1.up = 19.42161461981099;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 22.06717191777129;
post_negative_0_1.lo = 0;
post_negative_0_1.up = 22.06717191777129;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 12.751408740963349;
post_negative_1_1.lo = 0;
post_negative_1_1.up = 12.751408740963349;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 17.73420973446167;
post_negative_2_1.lo = 0;
post_negative_2_1.up = 17.73420973446167;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 16.424287438899306;
post_negative_3_1.lo = 0;
post_negative_3_1.up = 16.424287438899306;
post_negative_4_0.lo = 0;
post_negative_4_0.up = 16.081771911780983;
post_negative_4_1.lo = 0;
post_negative_4_1.up = 16.081771911780983;
post_negative_5_0.lo = 0;
post_negative_5_0.up = 17.784923979387656;
post_negative_5_1.lo = 0;
post_negative_5_1.up = 17.784923979387656;
post_negative_6_0.lo = 0;
post_negative_6_0.up = 13.21920481648185;
post_negative_6_1.lo = 0;
post_negative_6_1.up = 13.21920481648185;
post_negative_7_0.lo = 0;
post_negative_7_0.up = 25.96309908237046;
post_negative_7_1.lo = 0;
post_negative_7_1.up = 25.96309908237046;
post_negative_8_0.lo = 0;
post_negative_8_0.up = 13.788302333777422;
post_negative_8_1.lo = 0;
post_negative_8_1.up = 13.788302333777422;
post_negative_9_0.lo = 0;
post_negative_9_0.up = 19.12422216923104;
post_negative_9_1.lo = 0;
post_negative_9_1.up = 19.12422216923104;
post_negative_10_0.lo = 0;
post_negative_10_0.up = 17.747891977752204;
post_negative_10_1.lo = 0;
post_negative_10_1.up = 17.747891977752204;
post_negative_11_0.lo = 0;
post_negative_11_0.up = 18.13723457520114;
post_negative_11_1.lo = 0;
post_negative_11_1.up = 18.13723457520114;
post_negative_12_0.lo = 0;
post_negative_12_0.up = 16.01435547711609;
post_negative_12_1.lo = 0;
post_negative_12_1.up = 16.01435547711609;
post_negative_13_0.lo = 0;
post_negative_13_0.up = 24.798686906280594;
post_negative_13_1.lo = 0;
post_negative_13_1.up = 24.798686906280594;
post_negative_14_0.lo = 0;
post_negative_14_0.up = 10.246560846743122;
post_negative_14_1.lo = 0;
post_negative_14_1.up = 10.246560846743122;
post_negative_15_0.lo = 0;
post_negative_15_0.up = 19.42161461981099;
post_negative_15_1.lo = 0;
post_negative_15_1.up = 19.42161461981099;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
