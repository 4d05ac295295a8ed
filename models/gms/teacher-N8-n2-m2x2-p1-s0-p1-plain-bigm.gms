* teacher-N8-n2-m2x2-p1-s0-p1-plain-bigm  (relu-opt library: teacher-N8-n2-m2x2-p1-s0, problem 1, plain-bigm; {"hidden": [2, 2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, w_2_1_0,
  w_2_1_1, w_3_0_0, w_3_0_1, b_1_0, b_1_1, b_2_0, b_2_1, b_3_0,
  pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1,
  pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1,
  pre_2_0_0, pre_2_0_1, pre_2_1_0, pre_2_1_1, pre_2_2_0, pre_2_2_1, pre_2_3_0, pre_2_3_1,
  pre_2_4_0, pre_2_4_1, pre_2_5_0, pre_2_5_1, pre_2_6_0, pre_2_6_1, pre_2_7_0, pre_2_7_1,
  post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1,
  post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1,
  post_2_0_0, post_2_0_1, post_2_1_0, post_2_1_1, post_2_2_0, post_2_2_1, post_2_3_0, post_2_3_1,
  post_2_4_0, post_2_4_1, post_2_5_0, post_2_5_1, post_2_6_0, post_2_6_1, post_2_7_0, post_2_7_1,
  out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0;

Binary Variables
  relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on, relu_1_3_0_on, relu_1_3_1_on,
  relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on, relu_1_7_0_on, relu_1_7_1_on,
  relu_2_0_0_on, relu_2_0_1_on, relu_2_1_0_on, relu_2_1_1_on, relu_2_2_0_on, relu_2_2_1_on, relu_2_3_0_on, relu_2_3_1_on,
  relu_2_4_0_on, relu_2_4_1_on, relu_2_5_0_on, relu_2_5_1_on, relu_2_6_0_on, relu_2_6_1_on, relu_2_7_0_on, relu_2_7_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_2_0_0, pre_definition_2_0_1, pre_definition_2_1_0, pre_definition_2_1_1, pre_definition_2_2_0, pre_definition_2_2_1, pre_definition_2_3_0,
  pre_definition_2_3_1, pre_definition_2_4_0, pre_definition_2_4_1, pre_definition_2_5_0, pre_definition_2_5_1, pre_definition_2_6_0, pre_definition_2_6_1, pre_definition_2_7_0,
  pre_definition_2_7_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre,
  relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active,
  relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive,
  relu_1_3_1_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_5_0_above_pre,
  relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active,
  relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive,
  relu_1_7_1_pre_when_active, relu_2_0_0_above_pre, relu_2_0_0_off_when_inactive, relu_2_0_0_pre_when_active, relu_2_0_1_above_pre, relu_2_0_1_off_when_inactive, relu_2_0_1_pre_when_active, relu_2_1_0_above_pre,
  relu_2_1_0_off_when_inactive, relu_2_1_0_pre_when_active, relu_2_1_1_above_pre, relu_2_1_1_off_when_inactive, relu_2_1_1_pre_when_active, relu_2_2_0_above_pre, relu_2_2_0_off_when_inactive, relu_2_2_0_pre_when_active,
  relu_2_2_1_above_pre, relu_2_2_1_off_when_inactive, relu_2_2_1_pre_when_active, relu_2_3_0_above_pre, relu_2_3_0_off_when_inactive, relu_2_3_0_pre_when_active, relu_2_3_1_above_pre, relu_2_3_1_off_when_inactive,
  relu_2_3_1_pre_when_active, relu_2_4_0_above_pre, relu_2_4_0_off_when_inactive, relu_2_4_0_pre_when_active, relu_2_4_1_above_pre, relu_2_4_1_off_when_inactive, relu_2_4_1_pre_when_active, relu_2_5_0_above_pre,
  relu_2_5_0_off_when_inactive, relu_2_5_0_pre_when_active, relu_2_5_1_above_pre, relu_2_5_1_off_when_inactive, relu_2_5_1_pre_when_active, relu_2_6_0_above_pre, relu_2_6_0_off_when_inactive, relu_2_6_0_pre_when_active,
  relu_2_6_1_above_pre, relu_2_6_1_off_when_inactive, relu_2_6_1_pre_when_active, relu_2_7_0_above_pre, relu_2_7_0_off_when_inactive, relu_2_7_0_pre_when_active, relu_2_7_1_above_pre, relu_2_7_1_off_when_inactive,
  relu_2_7_1_pre_when_active;

e_obj.. - objvar - 2.2863664496608505*out_0_0 - 2.664354326343199*out_1_0 - 2.1120756579802085*out_2_0 - 2.6110260788956303*out_3_0 - 2.293943401221799*out_4_0 - 1.7738383033462595*out_5_0 - 2.0150518622819233*out_6_0
    - 2.2630431563996063*out_7_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 10.298763319496103 =e= 0;
pre_definition_1_0_0.. + 0.648688758794882*w_1_0_0 - 0.7263578446997732*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.648688758794882*w_1_1_0 - 0.7263578446997732*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.08292244049818343*w_1_0_0 + 0.40057621892523043*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.08292244049818343*w_1_1_0 + 0.40057621892523043*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.1546255576046831*w_1_0_0 + 0.9433606577090741*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.1546255576046831*w_1_1_0 + 0.9433606577090741*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.7514334470008721*w_1_0_0 - 0.34124882938726064*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.7514334470008721*w_1_1_0 - 0.34124882938726064*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.2943790231485002*w_1_0_0 - 0.2307702229625077*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.2943790231485002*w_1_1_0 - 0.2307702229625077*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.23264489147623313*w_1_0_0 - 0.994419871578422*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.23264489147623313*w_1_1_0 - 0.994419871578422*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 0.9616706775524602*w_1_0_0 - 0.3710839689613894*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.9616706775524602*w_1_1_0 - 0.3710839689613894*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.3009185525356326*w_1_0_0 - 0.37689346114188016*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.3009185525356326*w_1_1_0 - 0.37689346114188016*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_2_0_0.. - 1*b_2_0 + 1*pre_2_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
pre_definition_2_0_1.. - 1*b_2_1 + 1*pre_2_0_1 - 1*w_2_1_0*post_1_0_0 - 1*w_2_1_1*post_1_0_1 =e= 0;
pre_definition_2_1_0.. - 1*b_2_0 + 1*pre_2_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
pre_definition_2_1_1.. - 1*b_2_1 + 1*pre_2_1_1 - 1*w_2_1_0*post_1_1_0 - 1*w_2_1_1*post_1_1_1 =e= 0;
pre_definition_2_2_0.. - 1*b_2_0 + 1*pre_2_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
pre_definition_2_2_1.. - 1*b_2_1 + 1*pre_2_2_1 - 1*w_2_1_0*post_1_2_0 - 1*w_2_1_1*post_1_2_1 =e= 0;
pre_definition_2_3_0.. - 1*b_2_0 + 1*pre_2_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
pre_definition_2_3_1.. - 1*b_2_1 + 1*pre_2_3_1 - 1*w_2_1_0*post_1_3_0 - 1*w_2_1_1*post_1_3_1 =e= 0;
pre_definition_2_4_0.. - 1*b_2_0 + 1*pre_2_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
pre_definition_2_4_1.. - 1*b_2_1 + 1*pre_2_4_1 - 1*w_2_1_0*post_1_4_0 - 1*w_2_1_1*post_1_4_1 =e= 0;
pre_definition_2_5_0.. - 1*b_2_0 + 1*pre_2_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
pre_definition_2_5_1.. - 1*b_2_1 + 1*pre_2_5_1 - 1*w_2_1_0*post_1_5_0 - 1*w_2_1_1*post_1_5_1 =e= 0;
pre_definition_2_6_0.. - 1*b_2_0 + 1*pre_2_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
pre_definition_2_6_1.. - 1*b_2_1 + 1*pre_2_6_1 - 1*w_2_1_0*post_1_6_0 - 1*w_2_1_1*post_1_6_1 =e= 0;
pre_definition_2_7_0.. - 1*b_2_0 + 1*pre_2_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
pre_definition_2_7_1.. - 1*b_2_1 + 1*pre_2_7_1 - 1*w_2_1_0*post_1_7_0 - 1*w_2_1_1*post_1_7_1 =e= 0;
out_definition_0_0.. - 1*b_3_0 + 1*out_0_0 - 1*w_3_0_0*post_2_0_0 - 1*w_3_0_1*post_2_0_1 =e= 0;
out_definition_1_0.. - 1*b_3_0 + 1*out_1_0 - 1*w_3_0_0*post_2_1_0 - 1*w_3_0_1*post_2_1_1 =e= 0;
out_definition_2_0.. - 1*b_3_0 + 1*out_2_0 - 1*w_3_0_0*post_2_2_0 - 1*w_3_0_1*post_2_2_1 =e= 0;
out_definition_3_0.. - 1*b_3_0 + 1*out_3_0 - 1*w_3_0_0*post_2_3_0 - 1*w_3_0_1*post_2_3_1 =e= 0;
out_definition_4_0.. - 1*b_3_0 + 1*out_4_0 - 1*w_3_0_0*post_2_4_0 - 1*w_3_0_1*post_2_4_1 =e= 0;
out_definition_5_0.. - 1*b_3_0 + 1*out_5_0 - 1*w_3_0_0*post_2_5_0 - 1*w_3_0_1*post_2_5_1 =e= 0;
out_definition_6_0.. - 1*b_3_0 + 1*out_6_0 - 1*w_3_0_0*post_2_6_0 - 1*w_3_0_1*post_2_6_1 =e= 0;
out_definition_7_0.. - 1*b_3_0 + 1*out_7_0 - 1*w_3_0_0*post_2_7_0 - 1*w_3_0_1*post_2_7_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 7.125139810483965*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 7.125139810483965*relu_1_0_0_on =l= 7.125139810483965;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 7.125139810483965*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 7.125139810483965*relu_1_0_1_on =l= 7.125139810483965;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 4.450495978270242*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 4.450495978270242*relu_1_1_0_on =l= 4.450495978270242;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 4.450495978270242*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 4.450495978270242*relu_1_1_1_on =l= 4.450495978270242;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 6.293958645941272*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 6.293958645941272*relu_1_2_0_on =l= 6.293958645941272;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 6.293958645941272*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 6.293958645941272*relu_1_2_1_on =l= 6.293958645941272;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 6.278046829164398*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 6.278046829164398*relu_1_3_0_on =l= 6.278046829164398;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 6.278046829164398*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 6.278046829164398*relu_1_3_1_on =l= 6.278046829164398;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 4.575447738333024*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 4.575447738333024*relu_1_4_0_on =l= 4.575447738333024;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 4.575447738333024*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 4.575447738333024*relu_1_4_1_on =l= 4.575447738333024;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 6.681194289163965*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 6.681194289163965*relu_1_5_0_on =l= 6.681194289163965;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 6.681194289163965*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 6.681194289163965*relu_1_5_1_on =l= 6.681194289163965;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 6.998263939541548*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 6.998263939541548*relu_1_6_0_on =l= 6.998263939541548;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 6.998263939541548*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 6.998263939541548*relu_1_6_1_on =l= 6.998263939541548;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 5.033436041032538*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 5.033436041032538*relu_1_7_0_on =l= 5.033436041032538;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 5.033436041032538*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 5.033436041032538*relu_1_7_1_on =l= 5.033436041032538;
relu_2_0_0_above_pre.. + 1*pre_2_0_0 - 1*post_2_0_0 =l= 0;
relu_2_0_0_off_when_inactive.. + 1*post_2_0_0 - 45.75083886290379*relu_2_0_0_on =l= 0;
relu_2_0_0_pre_when_active.. - 1*pre_2_0_0 + 1*post_2_0_0 + 45.75083886290379*relu_2_0_0_on =l= 45.75083886290379;
relu_2_0_1_above_pre.. + 1*pre_2_0_1 - 1*post_2_0_1 =l= 0;
relu_2_0_1_off_when_inactive.. + 1*post_2_0_1 - 45.75083886290379*relu_2_0_1_on =l= 0;
relu_2_0_1_pre_when_active.. - 1*pre_2_0_1 + 1*post_2_0_1 + 45.75083886290379*relu_2_0_1_on =l= 45.75083886290379;
relu_2_1_0_above_pre.. + 1*pre_2_1_0 - 1*post_2_1_0 =l= 0;
relu_2_1_0_off_when_inactive.. + 1*post_2_1_0 - 29.70297586962145*relu_2_1_0_on =l= 0;
relu_2_1_0_pre_when_active.. - 1*pre_2_1_0 + 1*post_2_1_0 + 29.70297586962145*relu_2_1_0_on =l= 29.70297586962145;
relu_2_1_1_above_pre.. + 1*pre_2_1_1 - 1*post_2_1_1 =l= 0;
relu_2_1_1_off_when_inactive.. + 1*post_2_1_1 - 29.70297586962145*relu_2_1_1_on =l= 0;
relu_2_1_1_pre_when_active.. - 1*pre_2_1_1 + 1*post_2_1_1 + 29.70297586962145*relu_2_1_1_on =l= 29.70297586962145;
relu_2_2_0_above_pre.. + 1*pre_2_2_0 - 1*post_2_2_0 =l= 0;
relu_2_2_0_off_when_inactive.. + 1*post_2_2_0 - 40.76375187564763*relu_2_2_0_on =l= 0;
relu_2_2_0_pre_when_active.. - 1*pre_2_2_0 + 1*post_2_2_0 + 40.76375187564763*relu_2_2_0_on =l= 40.76375187564763;
relu_2_2_1_above_pre.. + 1*pre_2_2_1 - 1*post_2_2_1 =l= 0;
relu_2_2_1_off_when_inactive.. + 1*post_2_2_1 - 40.76375187564763*relu_2_2_1_on =l= 0;
relu_2_2_1_pre_when_active.. - 1*pre_2_2_1 + 1*post_2_2_1 + 40.76375187564763*relu_2_2_1_on =l= 40.76375187564763;
relu_2_3_0_above_pre.. + 1*pre_2_3_0 - 1*post_2_3_0 =l= 0;
relu_2_3_0_off_when_inactive.. + 1*post_2_3_0 - 40.66828097498639*relu_2_3_0_on =l= 0;
relu_2_3_0_pre_when_active.. - 1*pre_2_3_0 + 1*post_2_3_0 + 40.66828097498639*relu_2_3_0_on =l= 40.66828097498639;
relu_2_3_1_above_pre.. + 1*pre_2_3_1 - 1*post_2_3_1 =l= 0;
relu_2_3_1_off_when_inactive.. + 1*post_2_3_1 - 40.66828097498639*relu_2_3_1_on =l= 0;
relu_2_3_1_pre_when_active.. - 1*pre_2_3_1 + 1*post_2_3_1 + 40.66828097498639*relu_2_3_1_on =l= 40.66828097498639;
relu_2_4_0_above_pre.. + 1*pre_2_4_0 - 1*post_2_4_0 =l= 0;
relu_2_4_0_off_when_inactive.. + 1*post_2_4_0 - 30.452686429998142*relu_2_4_0_on =l= 0;
relu_2_4_0_pre_when_active.. - 1*pre_2_4_0 + 1*post_2_4_0 + 30.452686429998142*relu_2_4_0_on =l= 30.452686429998142;
relu_2_4_1_above_pre.. + 1*pre_2_4_1 - 1*post_2_4_1 =l= 0;
relu_2_4_1_off_when_inactive.. + 1*post_2_4_1 - 30.452686429998142*relu_2_4_1_on =l= 0;
relu_2_4_1_pre_when_active.. - 1*pre_2_4_1 + 1*post_2_4_1 + 30.452686429998142*relu_2_4_1_on =l= 30.452686429998142;
relu_2_5_0_above_pre.. + 1*pre_2_5_0 - 1*post_2_5_0 =l= 0;
relu_2_5_0_off_when_inactive.. + 1*post_2_5_0 - 43.08716573498379*relu_2_5_0_on =l= 0;
relu_2_5_0_pre_when_active.. - 1*pre_2_5_0 + 1*post_2_5_0 + 43.08716573498379*relu_2_5_0_on =l= 43.08716573498379;
relu_2_5_1_above_pre.. + 1*pre_2_5_1 - 1*post_2_5_1 =l= 0;
relu_2_5_1_off_when_inactive.. + 1*post_2_5_1 - 43.08716573498379*relu_2_5_1_on =l= 0;
relu_2_5_1_pre_when_active.. - 1*pre_2_5_1 + 1*post_2_5_1 + 43.08716573498379*relu_2_5_1_on =l= 43.08716573498379;
relu_2_6_0_above_pre.. + 1*pre_2_6_0 - 1*post_2_6_0 =l= 0;
relu_2_6_0_off_when_inactive.. + 1*post_2_6_0 - 44.98958363724929*relu_2_6_0_on =l= 0;
relu_2_6_0_pre_when_active.. - 1*pre_2_6_0 + 1*post_2_6_0 + 44.98958363724929*relu_2_6_0_on =l= 44.98958363724929;
relu_2_6_1_above_pre.. + 1*pre_2_6_1 - 1*post_2_6_1 =l= 0;
relu_2_6_1_off_when_inactive.. + 1*post_2_6_1 - 44.98958363724929*relu_2_6_1_on =l= 0;
relu_2_6_1_pre_when_active.. - 1*pre_2_6_1 + 1*post_2_6_1 + 44.98958363724929*relu_2_6_1_on =l= 44.98958363724929;
relu_2_7_0_above_pre.. + 1*pre_2_7_0 - 1*post_2_7_0 =l= 0;
relu_2_7_0_off_when_inactive.. + 1*post_2_7_0 - 33.20061624619523*relu_2_7_0_on =l= 0;
relu_2_7_0_pre_when_active.. - 1*pre_2_7_0 + 1*post_2_7_0 + 33.20061624619523*relu_2_7_0_on =l= 33.20061624619523;
relu_2_7_1_above_pre.. + 1*pre_2_7_1 - 1*post_2_7_1 =l= 0;
relu_2_7_1_off_when_inactive.. + 1*post_2_7_1 - 33.20061624619523*relu_2_7_1_on =l= 0;
relu_2_7_1_pre_when_active.. - 1*pre_2_7_1 + 1*post_2_7_1 + 33.20061624619523*relu_2_7_1_on =l= 33.20061624619523;

w_1_0_0.lo = -3;
w_1_0_0.up = 3;
w_1_0_1.lo = -3;
w_1_0_1.up = 3;
w_1_1_0.lo = -3;
w_1_1_0.up = 3;
w_1_1_1.lo = -3;
w_1_1_1.up = 3;
w_2_0_0.lo = -3;
w_2_0_0.up = 3;
w_2_0_1.lo = -3;
w_2_0_1.up = 3;
w_2_1_0.lo = -3;
w_2_1_0.up = 3;
w_2_1_1.lo = -3;
w_2_1_1.up = 3;
w_3_0_0.lo = -3;
w_3_0_0.up = 3;
w_3_0_1.lo = -3;
w_3_0_1.up = 3;
b_1_0.lo = -3;
b_1_0.up = 3;
b_1_1.lo = -3;
b_1_1.up = 3;
b_2_0.lo = -3;
b_2_0.up = 3;
b_2_1.lo = -3;
b_2_1.up = 3;
b_3_0.lo = -3;
b_3_0.up = 3;
pre_1_0_0.lo = -7.125139810483965;
pre_1_0_0.up = 7.125139810483965;
pre_1_0_1.lo = -7.125139810483965;
pre_1_0_1.up = 7.125139810483965;
pre_1_1_0.lo = -4.450495978270242;
pre_1_1_0.up = 4.450495978270242;
pre_1_1_1.lo = -4.450495978270242;
pre_1_1_1.up = 4.450495978270242;
pre_1_2_0.lo = -6.293958645941272;
pre_1_2_0.up = 6.293958645941272;
pre_1_2_1.lo = -6.293958645941272;
pre_1_2_1.up = 6.293958645941272;
pre_1_3_0.lo = -6.278046829164398;
pre_1_3_0.up = 6.278046829164398;
pre_1_3_1.lo = -6.278046829164398;
pre_1_3_1.up = 6.278046829164398;
pre_1_4_0.lo = -4.575447738333024;
pre_1_4_0.up = 4.575447738333024;
pre_1_4_1.lo = -4.575447738333024;
pre_1_4_1.up = 4.575447738333024;
pre_1_5_0.lo = -6.681194289163965;
pre_1_5_0.up = 6.681194289163965;
pre_1_5_1.lo = -6.681194289163965;
pre_1_5_1.up = 6.681194289163965;
pre_1_6_0.lo = -6.998263939541548;
pre_1_6_0.up = 6.998263939541548;
pre_1_6_1.lo = -6.998263939541548;
pre_1_6_1.up = 6.998263939541548;
pre_1_7_0.lo = -5.033436041032538;
pre_1_7_0.up = 5.033436041032538;
pre_1_7_1.lo = -5.033436041032538;
pre_1_7_1.up = 5.033436041032538;
pre_2_0_0.lo = -45.75083886290379;
pre_2_0_0.up = 45.75083886290379;
pre_2_0_1.lo = -45.75083886290379;
pre_2_0_1.up = 45.75083886290379;
pre_2_1_0.lo = -29.70297586962145;
pre_2_1_0.up = 29.70297586962145;
pre_2_1_1.lo = -29.70297586962145;
pre_2_1_1.up = 29.70297586962145;
pre_2_2_0.lo = -40.76375187564763;
pre_2_2_0.up = 40.76375187564763;
pre_2_2_1.lo = -40.76375187564763;
pre_2_2_1.up = 40.76375187564763;
pre_2_3_0.lo = -40.66828097498639;
pre_2_3_0.up = 40.66828097498639;
pre_2_3_1.lo = -40.66828097498639;
pre_2_3_1.up = 40.66828097498639;
pre_2_4_0.lo = -30.452686429998142;
pre_2_4_0.up = 30.452686429998142;
pre_2_4_1.lo = -30.452686429998142;
pre_2_4_1.up = 30.452686429998142;
pre_2_5_0.lo = -43.08716573498379;
pre_2_5_0.up = 43.08716573498379;
pre_2_5_1.lo = -43.08716573498379;
pre_2_5_1.up = 43.08716573498379;
pre_2_6_0.lo = -44.98958363724929;
pre_2_6_0.up = 44.98958363724929;
pre_2_6_1.lo = -44.98958363724929;
pre_2_6_1.up = 44.98958363724929;
pre_2_7_0.lo = -33.20061624619523;
pre_2_7_0.up = 33.20061624619523;
pre_2_7_1.lo = -33.20061624619523;
pre_2_7_1.up = 33.20061624619523;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.125139810483965;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.125139810483965;
post_1_1_0.lo = 0;
post_1_1_0.up = 4.450495978270242;
post_1_1_1.lo = 0;
post_1_1_1.up = 4.450495978270242;
post_1_2_0.lo = 0;
post_1_2_0.up = 6.293958645941272;
post_1_2_1.lo = 0;
post_1_2_1.up = 6.293958645941272;
post_1_3_0.lo = 0;
post_1_3_0.up = 6.278046829164398;
post_1_3_1.lo = 0;
post_1_3_1.up = 6.278046829164398;
post_1_4_0.lo = 0;
post_1_4_0.up = 4.575447738333024;
post_1_4_1.lo = 0;
post_1_4_1.up = 4.575447738333024;
post_1_5_0.lo = 0;
post_1_5_0.up = 6.681194289163965;
post_1_5_1.lo = 0;
post_1_5_1.up = 6.681194289163965;
post_1_6_0.lo = 0;
post_1_6_0.up = 6.998263939541548;
post_1_6_1.lo = 0;
post_1_6_1.up = 6.998263939541548;
post_1_7_0.lo = 0;
post_1_7_0.up = 5.033436041032538;
post_1_7_1.lo = 0;
post_1_7_1.up = 5.033436041032538;
post_2_0_0.lo = 0;
post_2_0_0.up = 45.75083886290379;
post_2_0_1.lo = 0;
post_2_0_1.up = 45.75083886290379;
post_2_1_0.lo = 0;
post_2_1_0.up = 29.70297586962145;
post_2_1_1.lo = 0;
post_2_1_1.up = 29.70297586962145;
post_2_2_0.lo = 0;
post_2_2_0.up = 40.76375187564763;
post_2_2_1.lo = 0;
post_2_2_1.up = 40.76375187564763;
post_2_3_0.lo = 0;
post_2_3_0.up = 40.66828097498639;
post_2_3_1.lo = 0;
post_2_3_1.up = 40.66828097498639;
post_2_4_0.lo = 0;
post_2_4_0.up = 30.452686429998142;
post_2_4_1.lo = 0;
post_2_4_1.up = 30.452686429998142;
post_2_5_0.lo = 0;
post_2_5_0.up = 43.08716573498379;
post_2_5_1.lo = 0;
post_2_5_1.up = 43.08716573498379;
post_2_6_0.lo = 0;
post_2_6_0.up = 44.98958363724929;
post_2_6_1.lo = 0;
post_2_6_1.up = 44.98958363724929;
post_2_7_0.lo = 0;
post_2_7_0.up = 33.20061624619523;
post_2_7_1.lo = 0;
post_2_7_1.up = 33.20061624619523;
out_0_0.lo = -277.5050331774228;
out_0_0.up = 277.5050331774228;
out_1_0.lo = -181.2178552177287;
out_1_0.up = 181.2178552177287;
out_2_0.lo = -247.58251125388577;
out_2_0.up = 247.58251125388577;
out_3_0.lo = -247.00968584991833;
out_3_0.up = 247.00968584991833;
out_4_0.lo = -185.71611857998886;
out_4_0.up = 185.71611857998886;
out_5_0.lo = -261.52299440990276;
out_5_0.up = 261.52299440990276;
out_6_0.lo = -272.9375018234957;
out_6_0.up = 272.9375018234957;
out_7_0.lo = -202.20369747717137;
out_7_0.up = 202.20369747717137;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
