* teacher-N8-n2-m2-p1-s2-p1-normalized-bigm  (relu-opt library: teacher-N8-n2-m2-p1-s2, problem 1, normalized-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, u_0_2, u_1_0, u_1_1, u_1_2, pre_1_0_0,
  pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1, pre_1_4_0,
  pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1, post_1_0_0,
  post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, post_1_4_0,
  post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1, b_2_0,
  out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0,
  post_positive_0_0, post_positive_0_1, post_positive_1_0, post_positive_1_1, post_positive_2_0, post_positive_2_1, post_positive_3_0, post_positive_3_1,
  post_positive_4_0, post_positive_4_1, post_positive_5_0, post_positive_5_1, post_positive_6_0, post_positive_6_1, post_positive_7_0, post_positive_7_1,
  post_negative_0_0, post_negative_0_1, post_negative_1_0, post_negative_1_1, post_negative_2_0, post_negative_2_1, post_negative_3_0, post_negative_3_1,
  post_negative_4_0, post_negative_4_1, post_negative_5_0, post_negative_5_1, post_negative_6_0, post_negative_6_1, post_negative_7_0, post_negative_7_1;

Binary Variables
  sign_0, sign_1, relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on,
  relu_1_3_0_on, relu_1_3_1_on, relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on,
  relu_1_7_0_on, relu_1_7_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, post_split_0_0, post_split_0_1, post_split_1_0, post_split_1_1, post_split_2_0, post_split_2_1, post_split_3_0,
  post_split_3_1, post_split_4_0, post_split_4_1, post_split_5_0, post_split_5_1, post_split_6_0, post_split_6_1, post_split_7_0,
  post_split_7_1, positive_if_sign_0_0, positive_if_sign_0_1, positive_if_sign_1_0, positive_if_sign_1_1, positive_if_sign_2_0, positive_if_sign_2_1, positive_if_sign_3_0,
  positive_if_sign_3_1, positive_if_sign_4_0, positive_if_sign_4_1, positive_if_sign_5_0, positive_if_sign_5_1, positive_if_sign_6_0, positive_if_sign_6_1, positive_if_sign_7_0,
  positive_if_sign_7_1, negative_unless_sign_0_0, negative_unless_sign_0_1, negative_unless_sign_1_0, negative_unless_sign_1_1, negative_unless_sign_2_0, negative_unless_sign_2_1, negative_unless_sign_3_0,
  negative_unless_sign_3_1, negative_unless_sign_4_0, negative_unless_sign_4_1, negative_unless_sign_5_0, negative_unless_sign_5_1, negative_unless_sign_6_0, negative_unless_sign_6_1, negative_unless_sign_7_0,
  negative_unless_sign_7_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre,
  relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active,
  relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive,
  relu_1_3_1_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_5_0_above_pre,
  relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active,
  relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive,
  relu_1_7_1_pre_when_active;

e_obj.. - objvar + 1.7281436087378315*out_0_0 + 1.4495064420549233*out_1_0 + 2.7702350353169383*out_2_0 + 1.2460048218067439*out_3_0 + 2.879777114055629*out_4_0 + 2.0704155707213916*out_5_0 + 0.8743793968810339*out_6_0
    + 2.7472719349746058*out_7_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 8.801514675339137 =e= 0;
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
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*post_positive_0_0 - 1*post_positive_0_1 + 1*post_negative_0_0 + 1*post_negative_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*post_positive_1_0 - 1*post_positive_1_1 + 1*post_negative_1_0 + 1*post_negative_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*post_positive_2_0 - 1*post_positive_2_1 + 1*post_negative_2_0 + 1*post_negative_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*post_positive_3_0 - 1*post_positive_3_1 + 1*post_negative_3_0 + 1*post_negative_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*post_positive_4_0 - 1*post_positive_4_1 + 1*post_negative_4_0 + 1*post_negative_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*post_positive_5_0 - 1*post_positive_5_1 + 1*post_negative_5_0 + 1*post_negative_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*post_positive_6_0 - 1*post_positive_6_1 + 1*post_negative_6_0 + 1*post_negative_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*post_positive_7_0 - 1*post_positive_7_1 + 1*post_negative_7_0 + 1*post_negative_7_1 =e= 0;
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

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
