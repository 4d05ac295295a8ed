* teacher-N8-n2-m2-p1-s0-p1-plain-complementarity  (relu-opt library: teacher-N8-n2-m2-p1-s0, problem 1, plain-complementarity; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, b_1_0,
  b_1_1, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1,
  pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1,
  pre_1_7_0, pre_1_7_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, relu_1_0_0_above_pre, relu_1_0_0_complementary, relu_1_0_1_above_pre, relu_1_0_1_complementary, relu_1_1_0_above_pre, relu_1_1_0_complementary, relu_1_1_1_above_pre,
  relu_1_1_1_complementary, relu_1_2_0_above_pre, relu_1_2_0_complementary, relu_1_2_1_above_pre, relu_1_2_1_complementary, relu_1_3_0_above_pre, relu_1_3_0_complementary, relu_1_3_1_above_pre,
  relu_1_3_1_complementary, relu_1_4_0_above_pre, relu_1_4_0_complementary, relu_1_4_1_above_pre, relu_1_4_1_complementary, relu_1_5_0_above_pre, relu_1_5_0_complementary, relu_1_5_1_above_pre,
  relu_1_5_1_complementary, relu_1_6_0_above_pre, relu_1_6_0_complementary, relu_1_6_1_above_pre, relu_1_6_1_complementary, relu_1_7_0_above_pre, relu_1_7_0_complementary, relu_1_7_1_above_pre,
  relu_1_7_1_complementary;

e_obj.. - objvar - 0.4381546963241995*out_0_0 - 0.9979219232795269*out_1_0 - 1.1944597732371172*out_2_0 - 0.7915088443505456*out_3_0 - 1.6176364847882092*out_4_0 - 2.132511276256084*out_5_0 - 1.3332744693824141*out_6_0
    - 0.7038510824266392*out_7_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 3.1696068501642696 =e= 0;
pre_definition_1_0_0.. - 0.8701448475755365*w_1_0_0 - 0.6317071082430643*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.8701448475755365*w_1_1_0 - 0.6317071082430643*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.9945229996597038*w_1_0_0 - 0.7148085531751387*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.9945229996597038*w_1_1_0 - 0.7148085531751387*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.9328288493890713*w_1_0_0 - 0.45931089285988813*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.9328288493890713*w_1_1_0 - 0.45931089285988813*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.648688758794882*w_1_0_0 - 0.7263578446997732*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.648688758794882*w_1_1_0 - 0.7263578446997732*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.08292244049818343*w_1_0_0 + 0.40057621892523043*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.08292244049818343*w_1_1_0 + 0.40057621892523043*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.1546255576046831*w_1_0_0 + 0.9433606577090741*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.1546255576046831*w_1_1_0 + 0.9433606577090741*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.7514334470008721*w_1_0_0 - 0.34124882938726064*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.7514334470008721*w_1_1_0 - 0.34124882938726064*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.2943790231485002*w_1_0_0 - 0.2307702229625077*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.2943790231485002*w_1_1_0 - 0.2307702229625077*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
relu_1_0_0_above_pre.. - 1*pre_1_0_0 + 1*post_1_0_0 =g= 0;
relu_1_0_0_complementary.. - 1*pre_1_0_0*post_1_0_0 + 1*sqr(post_1_0_0) =e= 0;
relu_1_0_1_above_pre.. - 1*pre_1_0_1 + 1*post_1_0_1 =g= 0;
relu_1_0_1_complementary.. - 1*pre_1_0_1*post_1_0_1 + 1*sqr(post_1_0_1) =e= 0;
relu_1_1_0_above_pre.. - 1*pre_1_1_0 + 1*post_1_1_0 =g= 0;
relu_1_1_0_complementary.. - 1*pre_1_1_0*post_1_1_0 + 1*sqr(post_1_1_0) =e= 0;
relu_1_1_1_above_pre.. - 1*pre_1_1_1 + 1*post_1_1_1 =g= 0;
relu_1_1_1_complementary.. - 1*pre_1_1_1*post_1_1_1 + 1*sqr(post_1_1_1) =e= 0;
relu_1_2_0_above_pre.. - 1*pre_1_2_0 + 1*post_1_2_0 =g= 0;
relu_1_2_0_complementary.. - 1*pre_1_2_0*post_1_2_0 + 1*sqr(post_1_2_0) =e= 0;
relu_1_2_1_above_pre.. - 1*pre_1_2_1 + 1*post_1_2_1 =g= 0;
relu_1_2_1_complementary.. - 1*pre_1_2_1*post_1_2_1 + 1*sqr(post_1_2_1) =e= 0;
relu_1_3_0_above_pre.. - 1*pre_1_3_0 + 1*post_1_3_0 =g= 0;
relu_1_3_0_complementary.. - 1*pre_1_3_0*post_1_3_0 + 1*sqr(post_1_3_0) =e= 0;
relu_1_3_1_above_pre.. - 1*pre_1_3_1 + 1*post_1_3_1 =g= 0;
relu_1_3_1_complementary.. - 1*pre_1_3_1*post_1_3_1 + 1*sqr(post_1_3_1) =e= 0;
relu_1_4_0_above_pre.. - 1*pre_1_4_0 + 1*post_1_4_0 =g= 0;
relu_1_4_0_complementary.. - 1*pre_1_4_0*post_1_4_0 + 1*sqr(post_1_4_0) =e= 0;
relu_1_4_1_above_pre.. - 1*pre_1_4_1 + 1*post_1_4_1 =g= 0;
relu_1_4_1_complementary.. - 1*pre_1_4_1*post_1_4_1 + 1*sqr(post_1_4_1) =e= 0;
relu_1_5_0_above_pre.. - 1*pre_1_5_0 + 1*post_1_5_0 =g= 0;
relu_1_5_0_complementary.. - 1*pre_1_5_0*post_1_5_0 + 1*sqr(post_1_5_0) =e= 0;
relu_1_5_1_above_pre.. - 1*pre_1_5_1 + 1*post_1_5_1 =g= 0;
relu_1_5_1_complementary.. - 1*pre_1_5_1*post_1_5_1 + 1*sqr(post_1_5_1) =e= 0;
relu_1_6_0_above_pre.. - 1*pre_1_6_0 + 1*post_1_6_0 =g= 0;
relu_1_6_0_complementary.. - 1*pre_1_6_0*post_1_6_0 + 1*sqr(post_1_6_0) =e= 0;
relu_1_6_1_above_pre.. - 1*pre_1_6_1 + 1*post_1_6_1 =g= 0;
relu_1_6_1_complementary.. - 1*pre_1_6_1*post_1_6_1 + 1*sqr(post_1_6_1) =e= 0;
relu_1_7_0_above_pre.. - 1*pre_1_7_0 + 1*post_1_7_0 =g= 0;
relu_1_7_0_complementary.. - 1*pre_1_7_0*post_1_7_0 + 1*sqr(post_1_7_0) =e= 0;
relu_1_7_1_above_pre.. - 1*pre_1_7_1 + 1*post_1_7_1 =g= 0;
relu_1_7_1_complementary.. - 1*pre_1_7_1*post_1_7_1 + 1*sqr(post_1_7_1) =e= 0;

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
b_1_0.lo = -3;
b_1_0.up = 3;
b_1_1.lo = -3;
b_1_1.up = 3;
b_2_0.lo = -3;
b_2_0.up = 3;
pre_1_0_0.lo = -7.5055558674558025;
pre_1_0_0.up = 7.5055558674558025;
pre_1_0_1.lo = -7.5055558674558025;
pre_1_0_1.up = 7.5055558674558025;
pre_1_1_0.lo = -8.127994658504527;
pre_1_1_0.up = 8.127994658504527;
pre_1_1_1.lo = -8.127994658504527;
pre_1_1_1.up = 8.127994658504527;
pre_1_2_0.lo = -7.176419226746878;
pre_1_2_0.up = 7.176419226746878;
pre_1_2_1.lo = -7.176419226746878;
pre_1_2_1.up = 7.176419226746878;
pre_1_3_0.lo = -7.125139810483965;
pre_1_3_0.up = 7.125139810483965;
pre_1_3_1.lo = -7.125139810483965;
pre_1_3_1.up = 7.125139810483965;
pre_1_4_0.lo = -4.450495978270242;
pre_1_4_0.up = 4.450495978270242;
pre_1_4_1.lo = -4.450495978270242;
pre_1_4_1.up = 4.450495978270242;
pre_1_5_0.lo = -6.293958645941272;
pre_1_5_0.up = 6.293958645941272;
pre_1_5_1.lo = -6.293958645941272;
pre_1_5_1.up = 6.293958645941272;
pre_1_6_0.lo = -6.278046829164398;
pre_1_6_0.up = 6.278046829164398;
pre_1_6_1.lo = -6.278046829164398;
pre_1_6_1.up = 6.278046829164398;
pre_1_7_0.lo = -4.575447738333024;
pre_1_7_0.up = 4.575447738333024;
pre_1_7_1.lo = -4.575447738333024;
pre_1_7_1.up = 4.575447738333024;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.5055558674558025;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.5055558674558025;
post_1_1_0.lo = 0;
post_1_1_0.up = 8.127994658504527;
post_1_1_1.lo = 0;
post_1_1_1.up = 8.127994658504527;
post_1_2_0.lo = 0;
post_1_2_0.up = 7.176419226746878;
post_1_2_1.lo = 0;
post_1_2_1.up = 7.176419226746878;
post_1_3_0.lo = 0;
post_1_3_0.up = 7.125139810483965;
post_1_3_1.lo = 0;
post_1_3_1.up = 7.125139810483965;
post_1_4_0.lo = 0;
post_1_4_0.up = 4.450495978270242;
post_1_4_1.lo = 0;
post_1_4_1.up = 4.450495978270242;
post_1_5_0.lo = 0;
post_1_5_0.up = 6.293958645941272;
post_1_5_1.lo = 0;
post_1_5_1.up = 6.293958645941272;
post_1_6_0.lo = 0;
post_1_6_0.up = 6.278046829164398;
post_1_6_1.lo = 0;
post_1_6_1.up = 6.278046829164398;
post_1_7_0.lo = 0;
post_1_7_0.up = 4.575447738333024;
post_1_7_1.lo = 0;
post_1_7_1.up = 4.575447738333024;
out_0_0.lo = -48.03333520473481;
out_0_0.up = 48.03333520473481;
out_1_0.lo = -51.76796795102716;
out_1_0.up = 51.76796795102716;
out_2_0.lo = -46.058515360481266;
out_2_0.up = 46.058515360481266;
out_3_0.lo = -45.75083886290379;
out_3_0.up = 45.75083886290379;
out_4_0.lo = -29.70297586962145;
out_4_0.up = 29.70297586962145;
out_5_0.lo = -40.76375187564763;
out_5_0.up = 40.76375187564763;
out_6_0.lo = -40.66828097498639;
out_6_0.up = 40.66828097498639;
out_7_0.lo = -30.452686429998142;
out_7_0.up = 30.452686429998142;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using QCP minimizing objvar;
