* teacher-N8-n2-m2-p2-s0-p1-plain-bigm  (relu-opt library: teacher-N8-n2-m2-p2-s0, problem 1, plain-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, w_2_1_0,
  w_2_1_1, b_1_0, b_1_1, b_2_0, b_2_1, pre_1_0_0, pre_1_0_1, pre_1_1_0,
  pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0,
  pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1, post_1_0_0, post_1_0_1, post_1_1_0,
  post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0,
  post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1, out_0_0, out_0_1, out_1_0,
  out_1_1, out_2_0, out_2_1, out_3_0, out_3_1, out_4_0, out_4_1, out_5_0,
  out_5_1, out_6_0, out_6_1, out_7_0, out_7_1;

Binary Variables
  relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on, relu_1_3_0_on, relu_1_3_1_on,
  relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on, relu_1_7_0_on, relu_1_7_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, out_definition_0_0, out_definition_0_1, out_definition_1_0, out_definition_1_1, out_definition_2_0, out_definition_2_1, out_definition_3_0,
  out_definition_3_1, out_definition_4_0, out_definition_4_1, out_definition_5_0, out_definition_5_1, out_definition_6_0, out_definition_6_1, out_definition_7_0,
  out_definition_7_1, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre,
  relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active,
  relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive,
  relu_1_3_1_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_5_0_above_pre,
  relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active,
  relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive,
  relu_1_7_1_pre_when_active;

e_obj.. - objvar - 2.6892476792460793*out_0_0 - 0.13776483528568906*out_0_1 - 2.4563225874672576*out_1_0 + 0.05308875246398964*out_1_1 - 1.6394553139266959*out_2_0 + 1.6068846705366586*out_2_1 - 2.789805997032872*out_3_0
    - 0.5214544630936573*out_3_1 - 3.657086339436776*out_4_0 - 2.3179440958401725*out_4_1 - 1.8784276206113633*out_5_0 + 1.1923162564624679*out_5_1 - 2.1213297387323444*out_6_0 + 0.08778904237078244*out_6_1 - 1.7271597492759405*out_7_0
    + 1.753184409531022*out_7_1 + 1*sqr(out_0_0) + 1*sqr(out_0_1) + 1*sqr(out_1_0) + 1*sqr(out_1_1) + 1*sqr(out_2_0) + 1*sqr(out_2_1) + 1*sqr(out_3_0)
    + 1*sqr(out_3_1) + 1*sqr(out_4_0) + 1*sqr(out_4_1) + 1*sqr(out_5_0) + 1*sqr(out_5_1) + 1*sqr(out_6_0) + 1*sqr(out_6_1) + 1*sqr(out_7_0)
    + 1*sqr(out_7_1) + 15.21848312125218 =e= 0;
pre_definition_1_0_0.. - 0.7148085531751387*w_1_0_0 + 0.9328288493890713*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.7148085531751387*w_1_1_0 + 0.9328288493890713*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.45931089285988813*w_1_0_0 + 0.648688758794882*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.45931089285988813*w_1_1_0 + 0.648688758794882*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.7263578446997732*w_1_0_0 - 0.08292244049818343*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.7263578446997732*w_1_1_0 - 0.08292244049818343*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.40057621892523043*w_1_0_0 + 0.1546255576046831*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.40057621892523043*w_1_1_0 + 0.1546255576046831*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. + 0.9433606577090741*w_1_0_0 + 0.7514334470008721*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.9433606577090741*w_1_1_0 + 0.7514334470008721*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. - 0.34124882938726064*w_1_0_0 - 0.2943790231485002*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.34124882938726064*w_1_1_0 - 0.2943790231485002*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 0.2307702229625077*w_1_0_0 + 0.23264489147623313*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.2307702229625077*w_1_1_0 + 0.23264489147623313*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.994419871578422*w_1_0_0 - 0.9616706775524602*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.994419871578422*w_1_1_0 - 0.9616706775524602*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_0_1.. - 1*b_2_1 + 1*out_0_1 - 1*w_2_1_0*post_1_0_0 - 1*w_2_1_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_1_1.. - 1*b_2_1 + 1*out_1_1 - 1*w_2_1_0*post_1_1_0 - 1*w_2_1_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_2_1.. - 1*b_2_1 + 1*out_2_1 - 1*w_2_1_0*post_1_2_0 - 1*w_2_1_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_3_1.. - 1*b_2_1 + 1*out_3_1 - 1*w_2_1_0*post_1_3_0 - 1*w_2_1_1*post_1_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
out_definition_4_1.. - 1*b_2_1 + 1*out_4_1 - 1*w_2_1_0*post_1_4_0 - 1*w_2_1_1*post_1_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
out_definition_5_1.. - 1*b_2_1 + 1*out_5_1 - 1*w_2_1_0*post_1_5_0 - 1*w_2_1_1*post_1_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
out_definition_6_1.. - 1*b_2_1 + 1*out_6_1 - 1*w_2_1_0*post_1_6_0 - 1*w_2_1_1*post_1_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
out_definition_7_1.. - 1*b_2_1 + 1*out_7_1 - 1*w_2_1_0*post_1_7_0 - 1*w_2_1_1*post_1_7_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 7.94291220769263*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 7.94291220769263*relu_1_0_0_on =l= 7.94291220769263;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 7.94291220769263*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 7.94291220769263*relu_1_0_1_on =l= 7.94291220769263;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 6.32399895496431*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 6.32399895496431*relu_1_1_0_on =l= 6.32399895496431;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 6.32399895496431*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 6.32399895496431*relu_1_1_1_on =l= 6.32399895496431;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 5.427840855593869*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 5.427840855593869*relu_1_2_0_on =l= 5.427840855593869;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 5.427840855593869*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 5.427840855593869*relu_1_2_1_on =l= 5.427840855593869;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 4.665605329589741*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 4.665605329589741*relu_1_3_0_on =l= 4.665605329589741;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 4.665605329589741*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 4.665605329589741*relu_1_3_1_on =l= 4.665605329589741;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 8.084382314129838*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 8.084382314129838*relu_1_4_0_on =l= 8.084382314129838;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 8.084382314129838*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 8.084382314129838*relu_1_4_1_on =l= 8.084382314129838;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 4.906883557607283*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 4.906883557607283*relu_1_5_0_on =l= 4.906883557607283;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 4.906883557607283*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 4.906883557607283*relu_1_5_1_on =l= 4.906883557607283;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 4.390245343316223*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 4.390245343316223*relu_1_6_0_on =l= 4.390245343316223;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 4.390245343316223*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 4.390245343316223*relu_1_6_1_on =l= 4.390245343316223;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 8.868271647392646*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 8.868271647392646*relu_1_7_0_on =l= 8.868271647392646;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 8.868271647392646*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 8.868271647392646*relu_1_7_1_on =l= 8.868271647392646;

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
b_1_0.lo = -3;
b_1_0.up = 3;
b_1_1.lo = -3;
b_1_1.up = 3;
b_2_0.lo = -3;
b_2_0.up = 3;
b_2_1.lo = -3;
b_2_1.up = 3;
pre_1_0_0.lo = -7.94291220769263;
pre_1_0_0.up = 7.94291220769263;
pre_1_0_1.lo = -7.94291220769263;
pre_1_0_1.up = 7.94291220769263;
pre_1_1_0.lo = -6.32399895496431;
pre_1_1_0.up = 6.32399895496431;
pre_1_1_1.lo = -6.32399895496431;
pre_1_1_1.up = 6.32399895496431;
pre_1_2_0.lo = -5.427840855593869;
pre_1_2_0.up = 5.427840855593869;
pre_1_2_1.lo = -5.427840855593869;
pre_1_2_1.up = 5.427840855593869;
pre_1_3_0.lo = -4.665605329589741;
pre_1_3_0.up = 4.665605329589741;
pre_1_3_1.lo = -4.665605329589741;
pre_1_3_1.up = 4.665605329589741;
pre_1_4_0.lo = -8.084382314129838;
pre_1_4_0.up = 8.084382314129838;
pre_1_4_1.lo = -8.084382314129838;
pre_1_4_1.up = 8.084382314129838;
pre_1_5_0.lo = -4.906883557607283;
pre_1_5_0.up = 4.906883557607283;
pre_1_5_1.lo = -4.906883557607283;
pre_1_5_1.up = 4.906883557607283;
pre_1_6_0.lo = -4.390245343316223;
pre_1_6_0.up = 4.390245343316223;
pre_1_6_1.lo = -4.390245343316223;
pre_1_6_1.up = 4.390245343316223;
pre_1_7_0.lo = -8.868271647392646;
pre_1_7_0.up = 8.868271647392646;
pre_1_7_1.lo = -8.868271647392646;
pre_1_7_1.up = 8.868271647392646;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.94291220769263;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.94291220769263;
post_1_1_0.lo = 0;
post_1_1_0.up = 6.32399895496431;
post_1_1_1.lo = 0;
post_1_1_1.up = 6.32399895496431;
post_1_2_0.lo = 0;
post_1_2_0.up = 5.427840855593869;
post_1_2_1.lo = 0;
post_1_2_1.up = 5.427840855593869;
post_1_3_0.lo = 0;
post_1_3_0.up = 4.665605329589741;
post_1_3_1.lo = 0;
post_1_3_1.up = 4.665605329589741;
post_1_4_0.lo = 0;
post_1_4_0.up = 8.084382314129838;
post_1_4_1.lo = 0;
post_1_4_1.up = 8.084382314129838;
post_1_5_0.lo = 0;
post_1_5_0.up = 4.906883557607283;
post_1_5_1.lo = 0;
post_1_5_1.up = 4.906883557607283;
post_1_6_0.lo = 0;
post_1_6_0.up = 4.390245343316223;
post_1_6_1.lo = 0;
post_1_6_1.up = 4.390245343316223;
post_1_7_0.lo = 0;
post_1_7_0.up = 8.868271647392646;
post_1_7_1.lo = 0;
post_1_7_1.up = 8.868271647392646;
out_0_0.lo = -50.65747324615578;
out_0_0.up = 50.65747324615578;
out_0_1.lo = -50.65747324615578;
out_0_1.up = 50.65747324615578;
out_1_0.lo = -40.94399372978586;
out_1_0.up = 40.94399372978586;
out_1_1.lo = -40.94399372978586;
out_1_1.up = 40.94399372978586;
out_2_0.lo = -35.56704513356321;
out_2_0.up = 35.56704513356321;
out_2_1.lo = -35.56704513356321;
out_2_1.up = 35.56704513356321;
out_3_0.lo = -30.993631977538442;
out_3_0.up = 30.993631977538442;
out_3_1.lo = -30.993631977538442;
out_3_1.up = 30.993631977538442;
out_4_0.lo = -51.506293884779026;
out_4_0.up = 51.506293884779026;
out_4_1.lo = -51.506293884779026;
out_4_1.up = 51.506293884779026;
out_5_0.lo = -32.441301345643694;
out_5_0.up = 32.441301345643694;
out_5_1.lo = -32.441301345643694;
out_5_1.up = 32.441301345643694;
out_6_0.lo = -29.341472059897335;
out_6_0.up = 29.341472059897335;
out_6_1.lo = -29.341472059897335;
out_6_1.up = 29.341472059897335;
out_7_0.lo = -56.20962988435588;
out_7_0.up = 56.20962988435588;
out_7_1.lo = -56.20962988435588;
out_7_1.up = 56.20962988435588;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
