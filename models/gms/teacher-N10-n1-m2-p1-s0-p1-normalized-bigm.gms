* teacher-N10-n1-m2-p1-s0-p1-normalized-bigm  (relu-opt library: teacher-N10-n1-m2-p1-s0, problem 1, normalized-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, u_1_0, u_1_1, pre_1_0_0, pre_1_0_1, pre_1_1_0,
  pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0,
  pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1, pre_1_8_0, pre_1_8_1, pre_1_9_0,
  pre_1_9_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0,
  post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0,
  post_1_7_1, post_1_8_0, post_1_8_1, post_1_9_0, post_1_9_1, b_2_0, out_0_0, out_1_0,
  out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, out_8_0, out_9_0,
  post_positive_0_0, post_positive_0_1, post_positive_1_0, post_positive_1_1, post_positive_2_0, post_positive_2_1, post_positive_3_0, post_positive_3_1,
  post_positive_4_0, post_positive_4_1, post_positive_5_0, post_positive_5_1, post_positive_6_0, post_positive_6_1, post_positive_7_0, post_positive_7_1,
  post_positive_8_0, post_positive_8_1, post_positive_9_0, post_positive_9_1, post_negative_0_0, post_negative_0_1, post_negative_1_0, post_negative_1_1,
  post_negative_2_0, post_negative_2_1, post_negative_3_0, post_negative_3_1, post_negative_4_0, post_negative_4_1, post_negative_5_0, post_negative_5_1,
  post_negative_6_0, post_negative_6_1, post_negative_7_0, post_negative_7_1, post_negative_8_0, post_negative_8_1, post_negative_9_0, post_negative_9_1;

Binary Variables
  sign_0, sign_1, relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on,
  relu_1_3_0_on, relu_1_3_1_on, relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on,
  relu_1_7_0_on, relu_1_7_1_on, relu_1_8_0_on, relu_1_8_1_on, relu_1_9_0_on, relu_1_9_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, post_split_0_0, post_split_0_1, post_split_1_0,
  post_split_1_1, post_split_2_0, post_split_2_1, post_split_3_0, post_split_3_1, post_split_4_0, post_split_4_1, post_split_5_0,
  post_split_5_1, post_split_6_0, post_split_6_1, post_split_7_0, post_split_7_1, post_split_8_0, post_split_8_1, post_split_9_0,
  post_split_9_1, positive_if_sign_0_0, positive_if_sign_0_1, positive_if_sign_1_0, positive_if_sign_1_1, positive_if_sign_2_0, positive_if_sign_2_1, positive_if_sign_3_0,
  positive_if_sign_3_1, positive_if_sign_4_0, positive_if_sign_4_1, positive_if_sign_5_0, positive_if_sign_5_1, positive_if_sign_6_0, positive_if_sign_6_1, positive_if_sign_7_0,
  positive_if_sign_7_1, positive_if_sign_8_0, positive_if_sign_8_1, positive_if_sign_9_0, positive_if_sign_9_1, negative_unless_sign_0_0, negative_unless_sign_0_1, negative_unless_sign_1_0,
  negative_unless_sign_1_1, negative_unless_sign_2_0, negative_unless_sign_2_1, negative_unless_sign_3_0, negative_unless_sign_3_1, negative_unless_sign_4_0, negative_unless_sign_4_1, negative_unless_sign_5_0,
  negative_unless_sign_5_1, negative_unless_sign_6_0, negative_unless_sign_6_1, negative_unless_sign_7_0, negative_unless_sign_7_1, negative_unless_sign_8_0, negative_unless_sign_8_1, negative_unless_sign_9_0,
  negative_unless_sign_9_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, out_definition_8_0, out_definition_9_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive,
  relu_1_0_1_pre_when_active, relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre,
  relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active, relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active,
  relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive, relu_1_3_1_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive,
  relu_1_4_1_pre_when_active, relu_1_5_0_above_pre, relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_6_0_above_pre,
  relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active, relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active,
  relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive, relu_1_7_1_pre_when_active, relu_1_8_0_above_pre, relu_1_8_0_off_when_inactive, relu_1_8_0_pre_when_active, relu_1_8_1_above_pre, relu_1_8_1_off_when_inactive,
  relu_1_8_1_pre_when_active, relu_1_9_0_above_pre, relu_1_9_0_off_when_inactive, relu_1_9_0_pre_when_active, relu_1_9_1_above_pre, relu_1_9_1_off_when_inactive, relu_1_9_1_pre_when_active;

e_obj.. - objvar - 0.36328307179488856*out_0_0 - 0.508869210343546*out_1_0 - 0.635045776957255*out_2_0 - 0.4008361704799126*out_3_0 - 0.6998357971786566*out_4_0 - 0.2935041683713967*out_5_0 - 0.4968451170873234*out_6_0
    - 0.6072371393990812*out_7_0 - 0.44534556262089436*out_8_0 - 0.2778432531979578*out_9_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0)
    + 1*sqr(out_5_0) + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 0.6054779087703878 =e= 0;
pre_definition_1_0_0.. - 0.4589931219679968*u_0_0 - 1*u_0_1 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.4589931219679968*u_1_0 - 1*u_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.08724998293084574*u_0_0 - 1*u_0_1 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.08724998293084574*u_1_0 - 1*u_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.8701448475755365*u_0_0 - 1*u_0_1 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.8701448475755365*u_1_0 - 1*u_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. - 0.6317071082430643*u_0_0 - 1*u_0_1 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 0.6317071082430643*u_1_0 - 1*u_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. + 0.9945229996597038*u_0_0 - 1*u_0_1 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.9945229996597038*u_1_0 - 1*u_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. - 0.7148085531751387*u_0_0 - 1*u_0_1 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.7148085531751387*u_1_0 - 1*u_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.9328288493890713*u_0_0 - 1*u_0_1 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.9328288493890713*u_1_0 - 1*u_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.45931089285988813*u_0_0 - 1*u_0_1 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.45931089285988813*u_1_0 - 1*u_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. + 0.648688758794882*u_0_0 - 1*u_0_1 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. + 0.648688758794882*u_1_0 - 1*u_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.7263578446997732*u_0_0 - 1*u_0_1 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.7263578446997732*u_1_0 - 1*u_1_1 + 1*pre_1_9_1 =e= 0;
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
positive_if_sign_0_0.. - 13.13093809771197*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_0_1.. - 13.13093809771197*sign_1 + 1*post_positive_0_1 =l= 0;
positive_if_sign_1_0.. - 9.785249846377612*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_1_1.. - 9.785249846377612*sign_1 + 1*post_positive_1_1 =l= 0;
positive_if_sign_2_0.. - 16.83130362817983*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_2_1.. - 16.83130362817983*sign_1 + 1*post_positive_2_1 =l= 0;
positive_if_sign_3_0.. - 14.68536397418758*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_3_1.. - 14.68536397418758*sign_1 + 1*post_positive_3_1 =l= 0;
positive_if_sign_4_0.. - 17.950706996937335*sign_0 + 1*post_positive_4_0 =l= 0;
positive_if_sign_4_1.. - 17.950706996937335*sign_1 + 1*post_positive_4_1 =l= 0;
positive_if_sign_5_0.. - 15.433276978576249*sign_0 + 1*post_positive_5_0 =l= 0;
positive_if_sign_5_1.. - 15.433276978576249*sign_1 + 1*post_positive_5_1 =l= 0;
positive_if_sign_6_0.. - 17.395459644501642*sign_0 + 1*post_positive_6_0 =l= 0;
positive_if_sign_6_1.. - 17.395459644501642*sign_1 + 1*post_positive_6_1 =l= 0;
positive_if_sign_7_0.. - 13.133798035738993*sign_0 + 1*post_positive_7_0 =l= 0;
positive_if_sign_7_1.. - 13.133798035738993*sign_1 + 1*post_positive_7_1 =l= 0;
positive_if_sign_8_0.. - 14.838198829153939*sign_0 + 1*post_positive_8_0 =l= 0;
positive_if_sign_8_1.. - 14.838198829153939*sign_1 + 1*post_positive_8_1 =l= 0;
positive_if_sign_9_0.. - 15.537220602297959*sign_0 + 1*post_positive_9_0 =l= 0;
positive_if_sign_9_1.. - 15.537220602297959*sign_1 + 1*post_positive_9_1 =l= 0;
negative_unless_sign_0_0.. + 13.13093809771197*sign_0 + 1*post_negative_0_0 =l= 13.13093809771197;
negative_unless_sign_0_1.. + 13.13093809771197*sign_1 + 1*post_negative_0_1 =l= 13.13093809771197;
negative_unless_sign_1_0.. + 9.785249846377612*sign_0 + 1*post_negative_1_0 =l= 9.785249846377612;
negative_unless_sign_1_1.. + 9.785249846377612*sign_1 + 1*post_negative_1_1 =l= 9.785249846377612;
negative_unless_sign_2_0.. + 16.83130362817983*sign_0 + 1*post_negative_2_0 =l= 16.83130362817983;
negative_unless_sign_2_1.. + 16.83130362817983*sign_1 + 1*post_negative_2_1 =l= 16.83130362817983;
negative_unless_sign_3_0.. + 14.68536397418758*sign_0 + 1*post_negative_3_0 =l= 14.68536397418758;
negative_unless_sign_3_1.. + 14.68536397418758*sign_1 + 1*post_negative_3_1 =l= 14.68536397418758;
negative_unless_sign_4_0.. + 17.950706996937335*sign_0 + 1*post_negative_4_0 =l= 17.950706996937335;
negative_unless_sign_4_1.. + 17.950706996937335*sign_1 + 1*post_negative_4_1 =l= 17.950706996937335;
negative_unless_sign_5_0.. + 15.433276978576249*sign_0 + 1*post_negative_5_0 =l= 15.433276978576249;
negative_unless_sign_5_1.. + 15.433276978576249*sign_1 + 1*post_negative_5_1 =l= 15.433276978576249;
negative_unless_sign_6_0.. + 17.395459644501642*sign_0 + 1*post_negative_6_0 =l= 17.395459644501642;
negative_unless_sign_6_1.. + 17.395459644501642*sign_1 + 1*post_negative_6_1 =l= 17.395459644501642;
negative_unless_sign_7_0.. + 13.133798035738993*sign_0 + 1*post_negative_7_0 =l= 13.133798035738993;
negative_unless_sign_7_1.. + 13.133798035738993*sign_1 + 1*post_negative_7_1 =l= 13.133798035738993;
negative_unless_sign_8_0.. + 14.838198829153939*sign_0 + 1*post_negative_8_0 =l= 14.838198829153939;
negative_unless_sign_8_1.. + 14.838198829153939*sign_1 + 1*post_negative_8_1 =l= 14.838198829153939;
negative_unless_sign_9_0.. + 15.537220602297959*sign_0 + 1*post_negative_9_0 =l= 15.537220602297959;
negative_unless_sign_9_1.. + 15.537220602297959*sign_1 + 1*post_negative_9_1 =l= 15.537220602297959;
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
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 13.13093809771197*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 13.13093809771197*relu_1_0_0_on =l= 13.13093809771197;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 13.13093809771197*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 13.13093809771197*relu_1_0_1_on =l= 13.13093809771197;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 9.785249846377612*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 9.785249846377612*relu_1_1_0_on =l= 9.785249846377612;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 9.785249846377612*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 9.785249846377612*relu_1_1_1_on =l= 9.785249846377612;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 16.83130362817983*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 16.83130362817983*relu_1_2_0_on =l= 16.83130362817983;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 16.83130362817983*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 16.83130362817983*relu_1_2_1_on =l= 16.83130362817983;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 14.68536397418758*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 14.68536397418758*relu_1_3_0_on =l= 14.68536397418758;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 14.68536397418758*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 14.68536397418758*relu_1_3_1_on =l= 14.68536397418758;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 17.950706996937335*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 17.950706996937335*relu_1_4_0_on =l= 17.950706996937335;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 17.950706996937335*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 17.950706996937335*relu_1_4_1_on =l= 17.950706996937335;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 15.433276978576249*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 15.433276978576249*relu_1_5_0_on =l= 15.433276978576249;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 15.433276978576249*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 15.433276978576249*relu_1_5_1_on =l= 15.433276978576249;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 17.395459644501642*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 17.395459644501642*relu_1_6_0_on =l= 17.395459644501642;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 17.395459644501642*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 17.395459644501642*relu_1_6_1_on =l= 17.395459644501642;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 13.133798035738993*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 13.133798035738993*relu_1_7_0_on =l= 13.133798035738993;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 13.133798035738993*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 13.133798035738993*relu_1_7_1_on =l= 13.133798035738993;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 14.838198829153939*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 14.838198829153939*relu_1_8_0_on =l= 14.838198829153939;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 14.838198829153939*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 14.838198829153939*relu_1_8_1_on =l= 14.838198829153939;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 15.537220602297959*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 15.537220602297959*relu_1_9_0_on =l= 15.537220602297959;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 15.537220602297959*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 15.537220602297959*relu_1_9_1_on =l= 15.537220602297959;

u_0_0.lo = -9;
u_0_0.up = 9;
u_0_1.lo = -9;
u_0_1.up = 9;
u_1_0.lo = -9;
u_1_0.up = 9;
u_1_1.lo = -9;
u_1_1.up = 9;
pre_1_0_0.lo = -13.13093809771197;
pre_1_0_0.up = 13.13093809771197;
pre_1_0_1.lo = -13.13093809771197;
pre_1_0_1.up = 13.13093809771197;
pre_1_1_0.lo = -9.785249846377612;
pre_1_1_0.up = 9.785249846377612;
pre_1_1_1.lo = -9.785249846377612;
pre_1_1_1.up = 9.785249846377612;
pre_1_2_0.lo = -16.83130362817983;
pre_1_2_0.up = 16.83130362817983;
pre_1_2_1.lo = -16.83130362817983;
pre_1_2_1.up = 16.83130362817983;
pre_1_3_0.lo = -14.68536397418758;
pre_1_3_0.up = 14.68536397418758;
pre_1_3_1.lo = -14.68536397418758;
pre_1_3_1.up = 14.68536397418758;
pre_1_4_0.lo = -17.950706996937335;
pre_1_4_0.up = 17.950706996937335;
pre_1_4_1.lo = -17.950706996937335;
pre_1_4_1.up = 17.950706996937335;
pre_1_5_0.lo = -15.433276978576249;
pre_1_5_0.up = 15.433276978576249;
pre_1_5_1.lo = -15.433276978576249;
pre_1_5_1.up = 15.433276978576249;
pre_1_6_0.lo = -17.395459644501642;
pre_1_6_0.up = 17.395459644501642;
pre_1_6_1.lo = -17.395459644501642;
pre_1_6_1.up = 17.395459644501642;
pre_1_7_0.lo = -13.133798035738993;
pre_1_7_0.up = 13.133798035738993;
pre_1_7_1.lo = -13.133798035738993;
pre_1_7_1.up = 13.133798035738993;
pre_1_8_0.lo = -14.838198829153939;
pre_1_8_0.up = 14.838198829153939;
pre_1_8_1.lo = -14.838198829153939;
pre_1_8_1.up = 14.838198829153939;
pre_1_9_0.lo = -15.537220602297959;
pre_1_9_0.up = 15.537220602297959;
pre_1_9_1.lo = -15.537220602297959;
pre_1_9_1.up = 15.537220602297959;
post_1_0_0.lo = 0;
post_1_0_0.up = 13.13093809771197;
post_1_0_1.lo = 0;
post_1_0_1.up = 13.13093809771197;
post_1_1_0.lo = 0;
post_1_1_0.up = 9.785249846377612;
post_1_1_1.lo = 0;
post_1_1_1.up = 9.785249846377612;
post_1_2_0.lo = 0;
post_1_2_0.up = 16.83130362817983;
post_1_2_1.lo = 0;
post_1_2_1.up = 16.83130362817983;
post_1_3_0.lo = 0;
post_1_3_0.up = 14.68536397418758;
post_1_3_1.lo = 0;
post_1_3_1.up = 14.68536397418758;
post_1_4_0.lo = 0;
post_1_4_0.up = 17.950706996937335;
post_1_4_1.lo = 0;
post_1_4_1.up = 17.950706996937335;
post_1_5_0.lo = 0;
post_1_5_0.up = 15.433276978576249;
post_1_5_1.lo = 0;
post_1_5_1.up = 15.433276978576249;
post_1_6_0.lo = 0;
post_1_6_0.up = 17.395459644501642;
post_1_6_1.lo = 0;
post_1_6_1.up = 17.395459644501642;
post_1_7_0.lo = 0;
post_1_7_0.up = 13.133798035738993;
post_1_7_1.lo = 0;
post_1_7_1.up = 13.133798035738993;
post_1_8_0.lo = 0;
post_1_8_0.up = 14.838198829153939;
post_1_8_1.lo = 0;
post_1_8_1.up = 14.838198829153939;
post_1_9_0.lo = 0;
post_1_9_0.up = 15.537220602297959;
post_1_9_1.lo = 0;
post_1_9_1.up = 15.537220602297959;
b_2_0.lo = -3;
b_2_0.up = 3;
out_0_0.lo = -29.26187619542394;
out_0_0.up = 29.26187619542394;
out_1_0.lo = -22.570499692755224;
out_1_0.up = 22.570499692755224;
out_2_0.lo = -36.66260725635966;
out_2_0.up = 36.66260725635966;
out_3_0.lo = -32.37072794837516;
out_3_0.up = 32.37072794837516;
out_4_0.lo = -38.90141399387467;
out_4_0.up = 38.90141399387467;
out_5_0.lo = -33.8665539571525;
out_5_0.up = 33.8665539571525;
out_6_0.lo = -37.790919289003284;
out_6_0.up = 37.790919289003284;
out_7_0.lo = -29.267596071477985;
out_7_0.up = 29.267596071477985;
out_8_0.lo = -32.67639765830788;
out_8_0.up = 32.67639765830788;
out_9_0.lo = -34.074441204595914;
out_9_0.up = 34.074441204595914;
post_positive_0_0.lo = 0;
post_positive_0_0.up = 13.13093809771197;
post_positive_0_1.lo = 0;
post_positive_0_1.up = 13.13093809771197;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 9.785249846377612;
post_positive_1_1.lo = 0;
post_positive_1_1.up = 9.785249846377612;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 16.83130362817983;
post_positive_2_1.lo = 0;
post_positive_2_1.up = 16.83130362817983;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 14.68536397418758;
post_positive_3_1.lo = 0;
post_positive_3_1.up = 14.68536397418758;
post_positive_4_0.lo = 0;
post_positive_4_0.up = 17.950706996937335;
post_positive_4_1.lo = 0;
post_positive_4_1.up = 17.950706996937335;
post_positive_5_0.lo = 0;
post_positive_5_0.up = 15.433276978576249;
post_positive_5_1.lo = 0;
post_positive_5_1.up = 15.433276978576249;
post_positive_6_0.lo = 0;
post_positive_6_0.up = 17.395459644501642;
post_positive_6_1.lo = 0;
post_positive_6_1.up = 17.395459644501642;
post_positive_7_0.lo = 0;
post_positive_7_0.up = 13.133798035738993;
post_positive_7_1.lo = 0;
post_positive_7_1.up = 13.133798035738993;
post_positive_8_0.lo = 0;
post_positive_8_0.up = 14.838198829153939;
post_positive_8_1.lo = 0;
post_positive_8_1.up = 14.838198829153939;
post_positive_9_0.lo = 0;
post_positive_9_0.up = 15.537220602297959;
post_positive_9_1.lo = 0;
post_positive_9_1.up = 15.537220602297959;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 13.13093809771197;
post_negative_0_1.lo = 0;
post_negative_0_1.up = 13.13093809771197;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 9.785249846377612;
post_negative_1_1.lo = 0;
post_negative_1_1.up = 9.785249846377612;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 16.83130362817983;
post_negative_2_1.lo = 0;
post_negative_2_1.up = 16.83130362817983;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 14.68536397418758;
post_negative_3_1.lo = 0;
post_negative_3_1.up = 14.68536397418758;
post_negative_4_0.lo = 0;
post_negative_4_0.up = 17.950706996937335;
post_negative_4_1.lo = 0;
post_negative_4_1.up = 17.950706996937335;
post_negative_5_0.lo = 0;
post_negative_5_0.up = 15.433276978576249;
post_negative_5_1.lo = 0;
post_negative_5_1.up = 15.433276978576249;
post_negative_6_0.lo = 0;
post_negative_6_0.up = 17.395459644501642;
post_negative_6_1.lo = 0;
post_negative_6_1.up = 17.395459644501642;
post_negative_7_0.lo = 0;
post_negative_7_0.up = 13.133798035738993;
post_negative_7_1.lo = 0;
post_negative_7_1.up = 13.133798035738993;
post_negative_8_0.lo = 0;
post_negative_8_0.up = 14.838198829153939;
post_negative_8_1.lo = 0;
post_negative_8_1.up = 14.838198829153939;
post_negative_9_0.lo = 0;
post_negative_9_0.up = 15.537220602297959;
post_negative_9_1.lo = 0;
post_negative_9_1.up = 15.537220602297959;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
