* teacher-N8-n2-m2-p1-s0-p3-normalized-bigm  (relu-opt library: teacher-N8-n2-m2-p1-s0, problem 3, normalized-bigm; {"hidden": [2], "bound": 3.0, "loss": "linf"})
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
  post_negative_4_0, post_negative_4_1, post_negative_5_0, post_negative_5_1, post_negative_6_0, post_negative_6_1, post_negative_7_0, post_negative_7_1,
  max_residual;

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
  out_definition_7_0, residual_upper_0_0, residual_upper_1_0, residual_upper_2_0, residual_upper_3_0, residual_upper_4_0, residual_upper_5_0, residual_upper_6_0,
  residual_upper_7_0, residual_lower_0_0, residual_lower_1_0, residual_lower_2_0, residual_lower_3_0, residual_lower_4_0, residual_lower_5_0, residual_lower_6_0,
  residual_lower_7_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre,
  relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active,
  relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive,
  relu_1_3_1_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_5_0_above_pre,
  relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active,
  relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive,
  relu_1_7_1_pre_when_active;

e_obj.. - objvar + 1*max_residual =e= 0;
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
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*post_positive_0_0 - 1*post_positive_0_1 + 1*post_negative_0_0 + 1*post_negative_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*post_positive_1_0 - 1*post_positive_1_1 + 1*post_negative_1_0 + 1*post_negative_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*post_positive_2_0 - 1*post_positive_2_1 + 1*post_negative_2_0 + 1*post_negative_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*post_positive_3_0 - 1*post_positive_3_1 + 1*post_negative_3_0 + 1*post_negative_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*post_positive_4_0 - 1*post_positive_4_1 + 1*post_negative_4_0 + 1*post_negative_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*post_positive_5_0 - 1*post_positive_5_1 + 1*post_negative_5_0 + 1*post_negative_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*post_positive_6_0 - 1*post_positive_6_1 + 1*post_negative_6_0 + 1*post_negative_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*post_positive_7_0 - 1*post_positive_7_1 + 1*post_negative_7_0 + 1*post_negative_7_1 =e= 0;
residual_upper_0_0.. + 1*out_0_0 - 1*max_residual =l= 0.21907734816209976;
residual_upper_1_0.. + 1*out_1_0 - 1*max_residual =l= 0.49896096163976345;
residual_upper_2_0.. + 1*out_2_0 - 1*max_residual =l= 0.5972298866185586;
residual_upper_3_0.. + 1*out_3_0 - 1*max_residual =l= 0.3957544221752728;
residual_upper_4_0.. + 1*out_4_0 - 1*max_residual =l= 0.8088182423941046;
residual_upper_5_0.. + 1*out_5_0 - 1*max_residual =l= 1.066255638128042;
residual_upper_6_0.. + 1*out_6_0 - 1*max_residual =l= 0.6666372346912071;
residual_upper_7_0.. + 1*out_7_0 - 1*max_residual =l= 0.3519255412133196;
residual_lower_0_0.. - 1*out_0_0 - 1*max_residual =l= -0.21907734816209976;
residual_lower_1_0.. - 1*out_1_0 - 1*max_residual =l= -0.49896096163976345;
residual_lower_2_0.. - 1*out_2_0 - 1*max_residual =l= -0.5972298866185586;
residual_lower_3_0.. - 1*out_3_0 - 1*max_residual =l= -0.3957544221752728;
residual_lower_4_0.. - 1*out_4_0 - 1*max_residual =l= -0.8088182423941046;
residual_lower_5_0.. - 1*out_5_0 - 1*max_residual =l= -1.066255638128042;
residual_lower_6_0.. - 1*out_6_0 - 1*max_residual =l= -0.6666372346912071;
residual_lower_7_0.. - 1*out_7_0 - 1*max_residual =l= -0.3519255412133196;
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
max_residual.lo = 0;
max_residual.up = 52.26692891266693;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIP minimizing objvar;
