* teacher-N16-n2-m2-p1-s2-p1-normalized-bigm  (relu-opt library: teacher-N16-n2-m2-p1-s2, problem 1, normalized-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
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

e_obj.. - objvar + 1.5244956362767803*out_0_0 + 2.013739828867477*out_1_0 + 2.6583586264972214*out_2_0 + 1.0127799680766552*out_3_0 + 2.3849563910551326*out_4_0 + 2.2857084507905565*out_5_0 + 0.6352531245284562*out_6_0
    + 3.3374463266436702*out_7_0 + 2.521102785930888*out_8_0 + 3.495339954832161*out_9_0 + 2.9992860938348933*out_10_0 + 2.0203739012636786*out_11_0 + 1.8319331531511662*out_12_0 + 1.7832715689026186*out_13_0 + 0.7001822439454916*out_14_0
    + 0.42514514571241885*out_15_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 1*sqr(out_10_0) + 1*sqr(out_11_0) + 1*sqr(out_12_0) + 1*sqr(out_13_0) + 1*sqr(out_14_0)
    + 1*sqr(out_15_0) + 18.946108021321955 =e= 0;
pre_definition_1_0_0.. - 0.31486602975118516*u_0_0 - 0.124531325560856*u_0_1 - 1*u_0_2 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.31486602975118516*u_1_0 - 0.124531325560856*u_1_1 - 1*u_1_2 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.6998754733893278*u_0_0 + 0.13473841839042566*u_0_1 - 1*u_0_2 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.6998754733893278*u_1_0 + 0.13473841839042566*u_1_1 - 1*u_1_2 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.3385945971490405*u_0_0 + 0.15443065345974438*u_0_1 - 1*u_0_2 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.3385945971490405*u_1_0 + 0.15443065345974438*u_1_1 - 1*u_1_2 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. - 0.2663687985482328*u_0_0 - 0.9348719049873533*u_0_1 - 1*u_0_2 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 0.2663687985482328*u_1_0 - 0.9348719049873533*u_1_1 - 1*u_1_2 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.36612964461925057*u_0_0 + 0.21675033383994768*u_0_1 - 1*u_0_2 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.36612964461925057*u_1_0 + 0.21675033383994768*u_1_1 - 1*u_1_2 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.6254948605598039*u_0_0 + 0.3080786688565338*u_0_1 - 1*u_0_2 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.6254948605598039*u_1_0 + 0.3080786688565338*u_1_1 - 1*u_1_2 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 0.022131947139154118*u_0_0 - 0.7824188190011583*u_0_1 - 1*u_0_2 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.022131947139154118*u_1_0 - 0.7824188190011583*u_1_1 - 1*u_1_2 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.5511278849453789*u_0_0 + 0.36370679876925127*u_0_1 - 1*u_0_2 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.5511278849453789*u_1_0 + 0.36370679876925127*u_1_1 - 1*u_1_2 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. - 0.8484337930136483*u_0_0 + 0.058180229168484976*u_0_1 - 1*u_0_2 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. - 0.8484337930136483*u_1_0 + 0.058180229168484976*u_1_1 - 1*u_1_2 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.3875176844044601*u_0_0 + 0.7855853830928239*u_0_1 - 1*u_0_2 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.3875176844044601*u_1_0 + 0.7855853830928239*u_1_1 - 1*u_1_2 + 1*pre_1_9_1 =e= 0;
pre_definition_1_10_0.. + 0.790912883134117*u_0_0 + 0.5961851049410993*u_0_1 - 1*u_0_2 + 1*pre_1_10_0 =e= 0;
pre_definition_1_10_1.. + 0.790912883134117*u_1_0 + 0.5961851049410993*u_1_1 - 1*u_1_2 + 1*pre_1_10_1 =e= 0;
pre_definition_1_11_0.. - 0.768899347376587*u_0_0 - 0.3596229229691672*u_0_1 - 1*u_0_2 + 1*pre_1_11_0 =e= 0;
pre_definition_1_11_1.. - 0.768899347376587*u_1_0 - 0.3596229229691672*u_1_1 - 1*u_1_2 + 1*pre_1_11_1 =e= 0;
pre_definition_1_12_0.. - 0.6984726472288691*u_0_0 - 0.2888725384110351*u_0_1 - 1*u_0_2 + 1*pre_1_12_0 =e= 0;
pre_definition_1_12_1.. - 0.6984726472288691*u_1_0 - 0.2888725384110351*u_1_1 - 1*u_1_2 + 1*pre_1_12_1 =e= 0;
pre_definition_1_13_0.. + 0.18691520464892708*u_0_0 - 0.03315638824999345*u_0_1 - 1*u_0_2 + 1*pre_1_13_0 =e= 0;
pre_definition_1_13_1.. + 0.18691520464892708*u_1_0 - 0.03315638824999345*u_1_1 - 1*u_1_2 + 1*pre_1_13_1 =e= 0;
pre_definition_1_14_0.. - 0.1868870355118124*u_0_0 - 0.7242359698152563*u_0_1 - 1*u_0_2 + 1*pre_1_14_0 =e= 0;
pre_definition_1_14_1.. - 0.1868870355118124*u_1_0 - 0.7242359698152563*u_1_1 - 1*u_1_2 + 1*pre_1_14_1 =e= 0;
pre_definition_1_15_0.. + 0.12362766768175004*u_0_0 - 0.7844802199332859*u_0_1 - 1*u_0_2 + 1*pre_1_15_0 =e= 0;
pre_definition_1_15_1.. + 0.12362766768175004*u_1_0 - 0.7844802199332859*u_1_1 - 1*u_1_2 + 1*pre_1_15_1 =e= 0;
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
positive_if_sign_0_0.. - 12.95457619780837*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_0_1.. - 12.95457619780837*sign_1 + 1*post_positive_0_1 =l= 0;
positive_if_sign_1_0.. - 16.51152502601778*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_1_1.. - 16.51152502601778*sign_1 + 1*post_positive_1_1 =l= 0;
positive_if_sign_2_0.. - 13.437227255479064*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_2_1.. - 13.437227255479064*sign_1 + 1*post_positive_2_1 =l= 0;
positive_if_sign_3_0.. - 19.811166331820274*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_3_1.. - 19.811166331820274*sign_1 + 1*post_positive_3_1 =l= 0;
positive_if_sign_4_0.. - 14.245919806132784*sign_0 + 1*post_positive_4_0 =l= 0;
positive_if_sign_4_1.. - 14.245919806132784*sign_1 + 1*post_positive_4_1 =l= 0;
positive_if_sign_5_0.. - 17.40216176474704*sign_0 + 1*post_positive_5_0 =l= 0;
positive_if_sign_5_1.. - 17.40216176474704*sign_1 + 1*post_positive_5_1 =l= 0;
positive_if_sign_6_0.. - 16.240956895262812*sign_0 + 1*post_positive_6_0 =l= 0;
positive_if_sign_6_1.. - 16.240956895262812*sign_1 + 1*post_positive_6_1 =l= 0;
positive_if_sign_7_0.. - 17.233512153431672*sign_0 + 1*post_positive_7_0 =l= 0;
positive_if_sign_7_1.. - 17.233512153431672*sign_1 + 1*post_positive_7_1 =l= 0;
positive_if_sign_8_0.. - 17.1595261996392*sign_0 + 1*post_positive_8_0 =l= 0;
positive_if_sign_8_1.. - 17.1595261996392*sign_1 + 1*post_positive_8_1 =l= 0;
positive_if_sign_9_0.. - 19.557927607475555*sign_0 + 1*post_positive_9_0 =l= 0;
positive_if_sign_9_1.. - 19.557927607475555*sign_1 + 1*post_positive_9_1 =l= 0;
positive_if_sign_10_0.. - 21.483881892676948*sign_0 + 1*post_positive_10_0 =l= 0;
positive_if_sign_10_1.. - 21.483881892676948*sign_1 + 1*post_positive_10_1 =l= 0;
positive_if_sign_11_0.. - 19.156700433111787*sign_0 + 1*post_positive_11_0 =l= 0;
positive_if_sign_11_1.. - 19.156700433111787*sign_1 + 1*post_positive_11_1 =l= 0;
positive_if_sign_12_0.. - 17.88610667075914*sign_0 + 1*post_positive_12_0 =l= 0;
positive_if_sign_12_1.. - 17.88610667075914*sign_1 + 1*post_positive_12_1 =l= 0;
positive_if_sign_13_0.. - 10.980644336090284*sign_0 + 1*post_positive_13_0 =l= 0;
positive_if_sign_13_1.. - 10.980644336090284*sign_1 + 1*post_positive_13_1 =l= 0;
positive_if_sign_14_0.. - 17.200107047943618*sign_0 + 1*post_positive_14_0 =l= 0;
positive_if_sign_14_1.. - 17.200107047943618*sign_1 + 1*post_positive_14_1 =l= 0;
positive_if_sign_15_0.. - 17.172970988535326*sign_0 + 1*post_positive_15_0 =l= 0;
positive_if_sign_15_1.. - 17.172970988535326*sign_1 + 1*post_positive_15_1 =l= 0;
negative_unless_sign_0_0.. + 12.95457619780837*sign_0 + 1*post_negative_0_0 =l= 12.95457619780837;
negative_unless_sign_0_1.. + 12.95457619780837*sign_1 + 1*post_negative_0_1 =l= 12.95457619780837;
negative_unless_sign_1_0.. + 16.51152502601778*sign_0 + 1*post_negative_1_0 =l= 16.51152502601778;
negative_unless_sign_1_1.. + 16.51152502601778*sign_1 + 1*post_negative_1_1 =l= 16.51152502601778;
negative_unless_sign_2_0.. + 13.437227255479064*sign_0 + 1*post_negative_2_0 =l= 13.437227255479064;
negative_unless_sign_2_1.. + 13.437227255479064*sign_1 + 1*post_negative_2_1 =l= 13.437227255479064;
negative_unless_sign_3_0.. + 19.811166331820274*sign_0 + 1*post_negative_3_0 =l= 19.811166331820274;
negative_unless_sign_3_1.. + 19.811166331820274*sign_1 + 1*post_negative_3_1 =l= 19.811166331820274;
negative_unless_sign_4_0.. + 14.245919806132784*sign_0 + 1*post_negative_4_0 =l= 14.245919806132784;
negative_unless_sign_4_1.. + 14.245919806132784*sign_1 + 1*post_negative_4_1 =l= 14.245919806132784;
negative_unless_sign_5_0.. + 17.40216176474704*sign_0 + 1*post_negative_5_0 =l= 17.40216176474704;
negative_unless_sign_5_1.. + 17.40216176474704*sign_1 + 1*post_negative_5_1 =l= 17.40216176474704;
negative_unless_sign_6_0.. + 16.240956895262812*sign_0 + 1*post_negative_6_0 =l= 16.240956895262812;
negative_unless_sign_6_1.. + 16.240956895262812*sign_1 + 1*post_negative_6_1 =l= 16.240956895262812;
negative_unless_sign_7_0.. + 17.233512153431672*sign_0 + 1*post_negative_7_0 =l= 17.233512153431672;
negative_unless_sign_7_1.. + 17.233512153431672*sign_1 + 1*post_negative_7_1 =l= 17.233512153431672;
negative_unless_sign_8_0.. + 17.1595261996392*sign_0 + 1*post_negative_8_0 =l= 17.1595261996392;
negative_unless_sign_8_1.. + 17.1595261996392*sign_1 + 1*post_negative_8_1 =l= 17.1595261996392;
negative_unless_sign_9_0.. + 19.557927607475555*sign_0 + 1*post_negative_9_0 =l= 19.557927607475555;
negative_unless_sign_9_1.. + 19.557927607475555*sign_1 + 1*post_negative_9_1 =l= 19.557927607475555;
negative_unless_sign_10_0.. + 21.483881892676948*sign_0 + 1*post_negative_10_0 =l= 21.483881892676948;
negative_unless_sign_10_1.. + 21.483881892676948*sign_1 + 1*post_negative_10_1 =l= 21.483881892676948;
negative_unless_sign_11_0.. + 19.156700433111787*sign_0 + 1*post_negative_11_0 =l= 19.156700433111787;
negative_unless_sign_11_1.. + 19.156700433111787*sign_1 + 1*post_negative_11_1 =l= 19.156700433111787;
negative_unless_sign_12_0.. + 17.88610667075914*sign_0 + 1*post_negative_12_0 =l= 17.88610667075914;
negative_unless_sign_12_1.. + 17.88610667075914*sign_1 + 1*post_negative_12_1 =l= 17.88610667075914;
negative_unless_sign_13_0.. + 10.980644336090284*sign_0 + 1*post_negative_13_0 =l= 10.980644336090284;
negative_unless_sign_13_1.. + 10.980644336090284*sign_1 + 1*post_negative_13_1 =l= 10.980644336090284;
negative_unless_sign_14_0.. + 17.200107047943618*sign_0 + 1*post_negative_14_0 =l= 17.200107047943618;
negative_unless_sign_14_1.. + 17.200107047943618*sign_1 + 1*post_negative_14_1 =l= 17.200107047943618;
negative_unless_sign_15_0.. + 17.172970988535326*sign_0 + 1*post_negative_15_0 =l= 17.172970988535326;
negative_unless_sign_15_1.. + 17.172970988535326*sign_1 + 1*post_negative_15_1 =l= 17.172970988535326;
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
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 12.95457619780837*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 12.95457619780837*relu_1_0_0_on =l= 12.95457619780837;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 12.95457619780837*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 12.95457619780837*relu_1_0_1_on =l= 12.95457619780837;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 16.51152502601778*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 16.51152502601778*relu_1_1_0_on =l= 16.51152502601778;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 16.51152502601778*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 16.51152502601778*relu_1_1_1_on =l= 16.51152502601778;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 13.437227255479064*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 13.437227255479064*relu_1_2_0_on =l= 13.437227255479064;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 13.437227255479064*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 13.437227255479064*relu_1_2_1_on =l= 13.437227255479064;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 19.811166331820274*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 19.811166331820274*relu_1_3_0_on =l= 19.811166331820274;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 19.811166331820274*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 19.811166331820274*relu_1_3_1_on =l= 19.811166331820274;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 14.245919806132784*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 14.245919806132784*relu_1_4_0_on =l= 14.245919806132784;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 14.245919806132784*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 14.245919806132784*relu_1_4_1_on =l= 14.245919806132784;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 17.40216176474704*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 17.40216176474704*relu_1_5_0_on =l= 17.40216176474704;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 17.40216176474704*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 17.40216176474704*relu_1_5_1_on =l= 17.40216176474704;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 16.240956895262812*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 16.240956895262812*relu_1_6_0_on =l= 16.240956895262812;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 16.240956895262812*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 16.240956895262812*relu_1_6_1_on =l= 16.240956895262812;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 17.233512153431672*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 17.233512153431672*relu_1_7_0_on =l= 17.233512153431672;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 17.233512153431672*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 17.233512153431672*relu_1_7_1_on =l= 17.233512153431672;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 17.1595261996392*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 17.1595261996392*relu_1_8_0_on =l= 17.1595261996392;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 17.1595261996392*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 17.1595261996392*relu_1_8_1_on =l= 17.1595261996392;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 19.557927607475555*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 19.557927607475555*relu_1_9_0_on =l= 19.557927607475555;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 19.557927607475555*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 19.557927607475555*relu_1_9_1_on =l= 19.557927607475555;
relu_1_10_0_above_pre.. + 1*pre_1_10_0 - 1*post_1_10_0 =l= 0;
relu_1_10_0_off_when_inactive.. + 1*post_1_10_0 - 21.483881892676948*relu_1_10_0_on =l= 0;
relu_1_10_0_pre_when_active.. - 1*pre_1_10_0 + 1*post_1_10_0 + 21.483881892676948*relu_1_10_0_on =l= 21.483881892676948;
relu_1_10_1_above_pre.. + 1*pre_1_10_1 - 1*post_1_10_1 =l= 0;
relu_1_10_1_off_when_inactive.. + 1*post_1_10_1 - 21.483881892676948*relu_1_10_1_on =l= 0;
relu_1_10_1_pre_when_active.. - 1*pre_1_10_1 + 1*post_1_10_1 + 21.483881892676948*relu_1_10_1_on =l= 21.483881892676948;
relu_1_11_0_above_pre.. + 1*pre_1_11_0 - 1*post_1_11_0 =l= 0;
relu_1_11_0_off_when_inactive.. + 1*post_1_11_0 - 19.156700433111787*relu_1_11_0_on =l= 0;
relu_1_11_0_pre_when_active.. - 1*pre_1_11_0 + 1*post_1_11_0 + 19.156700433111787*relu_1_11_0_on =l= 19.156700433111787;
relu_1_11_1_above_pre.. + 1*pre_1_11_1 - 1*post_1_11_1 =l= 0;
relu_1_11_1_off_when_inactive.. + 1*post_1_11_1 - 19.156700433111787*relu_1_11_1_on =l= 0;
relu_1_11_1_pre_when_active.. - 1*pre_1_11_1 + 1*post_1_11_1 + 19.156700433111787*relu_1_11_1_on =l= 19.156700433111787;
relu_1_12_0_above_pre.. + 1*pre_1_12_0 - 1*post_1_12_0 =l= 0;
relu_1_12_0_off_when_inactive.. + 1*post_1_12_0 - 17.88610667075914*relu_1_12_0_on =l= 0;
relu_1_12_0_pre_when_active.. - 1*pre_1_12_0 + 1*post_1_12_0 + 17.88610667075914*relu_1_12_0_on =l= 17.88610667075914;
relu_1_12_1_above_pre.. + 1*pre_1_12_1 - 1*post_1_12_1 =l= 0;
relu_1_12_1_off_when_inactive.. + 1*post_1_12_1 - 17.88610667075914*relu_1_12_1_on =l= 0;
relu_1_12_1_pre_when_active.. - 1*pre_1_12_1 + 1*post_1_12_1 + 17.88610667075914*relu_1_12_1_on =l= 17.88610667075914;
relu_1_13_0_above_pre.. + 1*pre_1_13_0 - 1*post_1_13_0 =l= 0;
relu_1_13_0_off_when_inactive.. + 1*post_1_13_0 - 10.980644336090284*relu_1_13_0_on =l= 0;
relu_1_13_0_pre_when_active.. - 1*pre_1_13_0 + 1*post_1_13_0 + 10.980644336090284*relu_1_13_0_on =l= 10.980644336090284;
relu_1_13_1_above_pre.. + 1*pre_1_13_1 - 1*post_1_13_1 =l= 0;
relu_1_13_1_off_when_inactive.. + 1*post_1_13_1 - 10.980644336090284*relu_1_13_1_on =l= 0;
relu_1_13_1_pre_when_active.. - 1*pre_1_13_1 + 1*post_1_13_1 + 10.980644336090284*relu_1_13_1_on =l= 10.980644336090284;
relu_1_14_0_above_pre.. + 1*pre_1_14_0 - 1*post_1_14_0 =l= 0;
relu_1_14_0_off_when_inactive.. + 1*post_1_14_0 - 17.200107047943618*relu_1_14_0_on =l= 0;
relu_1_14_0_pre_when_active.. - 1*pre_1_14_0 + 1*post_1_14_0 + 17.200107047943618*relu_1_14_0_on =l= 17.200107047943618;
relu_1_14_1_above_pre.. + 1*pre_1_14_1 - 1*post_1_14_1 =l= 0;
relu_1_14_1_off_when_inactive.. + 1*post_1_14_1 - 17.200107047943618*relu_1_14_1_on =l= 0;
relu_1_14_1_pre_when_active.. - 1*pre_1_14_1 + 1*post_1_14_1 + 17.200107047943618*relu_1_14_1_on =l= 17.200107047943618;
relu_1_15_0_above_pre.. + 1*pre_1_15_0 - 1*post_1_15_0 =l= 0;
relu_1_15_0_off_when_inactive.. + 1*post_1_15_0 - 17.172970988535326*relu_1_15_0_on =l= 0;
relu_1_15_0_pre_when_active.. - 1*pre_1_15_0 + 1*post_1_15_0 + 17.172970988535326*relu_1_15_0_on =l= 17.172970988535326;
relu_1_15_1_above_pre.. + 1*pre_1_15_1 - 1*post_1_15_1 =l= 0;
relu_1_15_1_off_when_inactive.. + 1*post_1_15_1 - 17.172970988535326*relu_1_15_1_on =l= 0;
relu_1_15_1_pre_when_active.. - 1*pre_1_15_1 + 1*post_1_15_1 + 17.172970988535326*relu_1_15_1_on =l= 17.172970988535326;

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
pre_1_0_0.lo = -12.95457619780837;
pre_1_0_0.up = 12.95457619780837;
pre_1_0_1.lo = -12.95457619780837;
pre_1_0_1.up = 12.95457619780837;
pre_1_1_0.lo = -16.51152502601778;
pre_1_1_0.up = 16.51152502601778;
pre_1_1_1.lo = -16.51152502601778;
pre_1_1_1.up = 16.51152502601778;
pre_1_2_0.lo = -13.437227255479064;
pre_1_2_0.up = 13.437227255479064;
pre_1_2_1.lo = -13.437227255479064;
pre_1_2_1.up = 13.437227255479064;
pre_1_3_0.lo = -19.811166331820274;
pre_1_3_0.up = 19.811166331820274;
pre_1_3_1.lo = -19.811166331820274;
pre_1_3_1.up = 19.811166331820274;
pre_1_4_0.lo = -14.245919806132784;
pre_1_4_0.up = 14.245919806132784;
pre_1_4_1.lo = -14.245919806132784;
pre_1_4_1.up = 14.245919806132784;
pre_1_5_0.lo = -17.40216176474704;
pre_1_5_0.up = 17.40216176474704;
pre_1_5_1.lo = -17.40216176474704;
pre_1_5_1.up = 17.40216176474704;
pre_1_6_0.lo = -16.240956895262812;
pre_1_6_0.up = 16.240956895262812;
pre_1_6_1.lo = -16.240956895262812;
pre_1_6_1.up = 16.240956895262812;
pre_1_7_0.lo = -17.233512153431672;
pre_1_7_0.up = 17.233512153431672;
pre_1_7_1.lo = -17.233512153431672;
pre_1_7_1.up = 17.233512153431672;
pre_1_8_0.lo = -17.1595261996392;
pre_1_8_0.up = 17.1595261996392;
pre_1_8_1.lo = -17.1595261996392;
pre_1_8_1.up = 17.1595261996392;
pre_1_9_0.lo = -19.557927607475555;
pre_1_9_0.up = 19.557927607475555;
pre_1_9_1.lo = -19.557927607475555;
pre_1_9_1.up = 19.557927607475555;
pre_1_10_0.lo = -21.483881892676948;
pre_1_10_0.up = 21.483881892676948;
pre_1_10_1.lo = -21.483881892676948;
pre_1_10_1.up = 21.483881892676948;
pre_1_11_0.lo = -19.156700433111787;
pre_1_11_0.up = 19.156700433111787;
pre_1_11_1.lo = -19.156700433111787;
pre_1_11_1.up = 19.156700433111787;
pre_1_12_0.lo = -17.88610667075914;
pre_1_12_0.up = 17.88610667075914;
pre_1_12_1.lo = -17.88610667075914;
pre_1_12_1.up = 17.88610667075914;
pre_1_13_0.lo = -10.980644336090284;
pre_1_13_0.up = 10.980644336090284;
pre_1_13_1.lo = -10.980644336090284;
pre_1_13_1.up = 10.980644336090284;
pre_1_14_0.lo = -17.200107047943618;
pre_1_14_0.up = 17.200107047943618;
pre_1_14_1.lo = -17.200107047943618;
pre_1_14_1.up = 17.200107047943618;
pre_1_15_0.lo = -17.172970988535326;
pre_1_15_0.up = 17.172970988535326;
pre_1_15_1.lo = -17.172970988535326;
pre_1_15_1.up = 17.172970988535326;
post_1_0_0.lo = 0;
post_1_0_0.up = 12.95457619780837;
post_1_0_1.lo = 0;
post_1_0_1.up = 12.95457619780837;
post_1_1_0.lo = 0;
post_1_1_0.up = 16.51152502601778;
post_1_1_1.lo = 0;
post_1_1_1.up = 16.51152502601778;
post_1_2_0.lo = 0;
post_1_2_0.up = 13.437227255479064;
post_1_2_1.lo = 0;
post_1_2_1.up = 13.437227255479064;
post_1_3_0.lo = 0;
post_1_3_0.up = 19.811166331820274;
post_1_3_1.lo = 0;
post_1_3_1.up = 19.811166331820274;
post_1_4_0.lo = 0;
post_1_4_0.up = 14.245919806132784;
post_1_4_1.lo = 0;
post_1_4_1.up = 14.245919806132784;
post_1_5_0.lo = 0;
post_1_5_0.up = 17.40216176474704;
post_1_5_1.lo = 0;
post_1_5_1.up = 17.40216176474704;
post_1_6_0.lo = 0;
post_1_6_0.up = 16.240956895262812;
post_1_6_1.lo = 0;
post_1_6_1.up = 16.240956895262812;
post_1_7_0.lo = 0;
post_1_7_0.up = 17.233512153431672;
post_1_7_1.lo = 0;
post_1_7_1.up = 17.233512153431672;
post_1_8_0.lo = 0;
post_1_8_0.up = 17.1595261996392;
post_1_8_1.lo = 0;
post_1_8_1.up = 17.1595261996392;
post_1_9_0.lo = 0;
post_1_9_0.up = 19.557927607475555;
post_1_9_1.lo = 0;
post_1_9_1.up = 19.557927607475555;
post_1_10_0.lo = 0;
post_1_10_0.up = 21.483881892676948;
post_1_10_1.lo = 0;
post_1_10_1.up = 21.483881892676948;
post_1_11_0.lo = 0;
post_1_11_0.up = 19.156700433111787;
post_1_11_1.lo = 0;
post_1_11_1.up = 19.156700433111787;
post_1_12_0.lo = 0;
post_1_12_0.up = 17.88610667075914;
post_1_12_1.lo = 0;
post_1_12_1.up = 17.88610667075914;
post_1_13_0.lo = 0;
post_1_13_0.up = 10.980644336090284;
post_1_13_1.lo = 0;
post_1_13_1.up = 10.980644336090284;
post_1_14_0.lo = 0;
post_1_14_0.up = 17.200107047943618;
post_1_14_1.lo = 0;
post_1_14_1.up = 17.200107047943618;
post_1_15_0.lo = 0;
post_1_15_0.up = 17.172970988535326;
post_1_15_1.lo = 0;
post_1_15_1.up = 17.172970988535326;
b_2_0.lo = -3;
b_2_0.up = 3;
out_0_0.lo = -28.90915239561674;
out_0_0.up = 28.90915239561674;
out_1_0.lo = -36.02305005203556;
out_1_0.up = 36.02305005203556;
out_2_0.lo = -29.874454510958127;
out_2_0.up = 29.874454510958127;
out_3_0.lo = -42.62233266364055;
out_3_0.up = 42.62233266364055;
out_4_0.lo = -31.49183961226557;
out_4_0.up = 31.49183961226557;
out_5_0.lo = -37.80432352949408;
out_5_0.up = 37.80432352949408;
out_6_0.lo = -35.481913790525624;
out_6_0.up = 35.481913790525624;
out_7_0.lo = -37.467024306863344;
out_7_0.up = 37.467024306863344;
out_8_0.lo = -37.3190523992784;
out_8_0.up = 37.3190523992784;
out_9_0.lo = -42.11585521495111;
out_9_0.up = 42.11585521495111;
out_10_0.lo = -45.967763785353895;
out_10_0.up = 45.967763785353895;
out_11_0.lo = -41.313400866223574;
out_11_0.up = 41.313400866223574;
out_12_0.lo = -38.77221334151828;
out_12_0.up = 38.77221334151828;
out_13_0.lo = -24.96128867218057;
out_13_0.up = 24.96128867218057;
out_14_0.lo = -37.400214095887236;
out_14_0.up = 37.400214095887236;
out_15_0.lo = -37.34594197707065;
out_15_0.up = 37.34594197707065;
post_positive_0_0.lo = 0;
post_positive_0_0.up = 12.95457619780837;
post_positive_0_1.lo = 0;
post_positive_0_1.up = 12.95457619780837;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 16.51152502601778;
post_positive_1_1.lo = 0;
post_positive_1_1.up = 16.51152502601778;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 13.437227255479064;
post_positive_2_1.lo = 0;
post_positive_2_1.up = 13.437227255479064;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 19.811166331820274;
post_positive_3_1.lo = 0;
post_positive_3_1.up = 19.811166331820274;
post_positive_4_0.lo = 0;
post_positive_4_0.up = 14.245919806132784;
post_positive_4_1.lo = 0;
post_positive_4_1.up = 14.245919806132784;
post_positive_5_0.lo = 0;
post_positive_5_0.up = 17.40216176474704;
post_positive_5_1.lo = 0;
post_positive_5_1.up = 17.40216176474704;
post_positive_6_0.lo = 0;
post_positive_6_0.up = 16.240956895262812;
post_positive_6_1.lo = 0;
post_positive_6_1.up = 16.240956895262812;
post_positive_7_0.lo = 0;
post_positive_7_0.up = 17.233512153431672;
post_positive_7_1.lo = 0;
post_positive_7_1.up = 17.233512153431672;
post_positive_8_0.lo = 0;
post_positive_8_0.up = 17.1595261996392;
post_positive_8_1.lo = 0;
post_positive_8_1.up = 17.1595261996392;
post_positive_9_0.lo = 0;
post_positive_9_0.up = 19.557927607475555;
post_positive_9_1.lo = 0;
post_positive_9_1.up = 19.557927607475555;
post_positive_10_0.lo = 0;
post_positive_10_0.up = 21.483881892676948;
post_positive_10_1.lo = 0;
post_positive_10_1.up = 21.483881892676948;
post_positive_11_0.lo = 0;
post_positive_11_0.up = 19.156700433111787;
post_positive_11_1.lo = 0;
post_positive_11_1.up = 19.156700433111787;
post_positive_12_0.lo = 0;
post_positive_12_0.up = 17.88610667075914;
post_positive_12_1.lo = 0;
post_positive_12_1.up = 17.88610667075914;
post_positive_13_0.lo = 0;
post_positive_13_0.up = 10.980644336090284;
post_positive_13_1.lo = 0;
post_positive_13_1.up = 10.980644336090284;
post_positive_14_0.lo = 0;
post_positive_14_0.up = 17.200107047943618;
post_positive_14_1.lo = 0;
post_positive_14_1.up = 17.200107047943618;
post_positive_15_0.lo = 0;
post_positive_15_0.up = 17.172970988535326;
post_positive_15_1.lo = 0;
post_positive_15_1.up = 17.172970988535326;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 12.95457619780837;
post_negative_0_1.lo = 0;
post_negative_0_1.up = 12.95457619780837;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 16.51152502601778;
post_negative_1_1.lo = 0;
post_negative_1_1.up = 16.51152502601778;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 13.437227255479064;
post_negative_2_1.lo = 0;
post_negative_2_1.up = 13.437227255479064;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 19.811166331820274;
post_negative_3_1.lo = 0;
post_negative_3_1.up = 19.811166331820274;
post_negative_4_0.lo = 0;
post_negative_4_0.up = 14.245919806132784;
post_negative_4_1.lo = 0;
post_negative_4_1.up = 14.245919806132784;
post_negative_5_0.lo = 0;
post_negative_5_0.up = 17.40216176474704;
post_negative_5_1.lo = 0;
post_negative_5_1.up = 17.40216176474704;
post_negative_6_0.lo = 0;
post_negative_6_0.up = 16.240956895262812;
post_negative_6_1.lo = 0;
post_negative_6_1.up = 16.240956895262812;
post_negative_7_0.lo = 0;
post_negative_7_0.up = 17.233512153431672;
post_negative_7_1.lo = 0;
post_negative_7_1.up = 17.233512153431672;
post_negative_8_0.lo = 0;
post_negative_8_0.up = 17.1595261996392;
post_negative_8_1.lo = 0;
post_negative_8_1.up = 17.1595261996392;
post_negative_9_0.lo = 0;
post_negative_9_0.up = 19.557927607475555;
post_negative_9_1.lo = 0;
post_negative_9_1.up = 19.557927607475555;
post_negative_10_0.lo = 0;
post_negative_10_0.up = 21.483881892676948;
post_negative_10_1.lo = 0;
post_negative_10_1.up = 21.483881892676948;
post_negative_11_0.lo = 0;
post_negative_11_0.up = 19.156700433111787;
post_negative_11_1.lo = 0;
post_negative_11_1.up = 19.156700433111787;
post_negative_12_0.lo = 0;
post_negative_12_0.up = 17.88610667075914;
post_negative_12_1.lo = 0;
post_negative_12_1.up = 17.88610667075914;
post_negative_13_0.lo = 0;
post_negative_13_0.up = 10.980644336090284;
post_negative_13_1.lo = 0;
post_negative_13_1.up = 10.980644336090284;
post_negative_14_0.lo = 0;
post_negative_14_0.up = 17.200107047943618;
post_negative_14_1.lo = 0;
post_negative_14_1.up = 17.200107047943618;
post_negative_15_0.lo = 0;
post_negative_15_0.up = 17.172970988535326;
post_negative_15_1.lo = 0;
post_negative_15_1.up = 17.172970988535326;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
