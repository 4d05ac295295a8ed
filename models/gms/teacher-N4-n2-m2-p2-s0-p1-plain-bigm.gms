* teacher-N4-n2-m2-p2-s0-p1-plain-bigm  (relu-opt library: teacher-N4-n2-m2-p2-s0, problem 1, plain-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, w_2_1_0,
  w_2_1_1, b_1_0, b_1_1, b_2_0, b_2_1, pre_1_0_0, pre_1_0_1, pre_1_1_0,
  pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1, post_1_0_0, post_1_0_1, post_1_1_0,
  post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, out_0_0, out_0_1, out_1_0,
  out_1_1, out_2_0, out_2_1, out_3_0, out_3_1;

Binary Variables
  relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on, relu_1_3_0_on, relu_1_3_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, out_definition_0_0, out_definition_0_1, out_definition_1_0, out_definition_1_1, out_definition_2_0, out_definition_2_1, out_definition_3_0,
  out_definition_3_1, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre,
  relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active,
  relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive,
  relu_1_3_1_pre_when_active;

e_obj.. - objvar - 2.75508591179074*out_0_0 - 0.36701850470161634*out_0_1 - 2.5252072894776822*out_1_0 - 0.05904837652895692*out_1_1 - 1.8519943522399531*out_2_0 + 1.6962513279216451*out_2_1 - 2.5981743226608423*out_3_0
    - 0.2660348460339891*out_3_1 + 1*sqr(out_0_0) + 1*sqr(out_0_1) + 1*sqr(out_1_0) + 1*sqr(out_1_1) + 1*sqr(out_2_0) + 1*sqr(out_2_1) + 1*sqr(out_3_0)
    + 1*sqr(out_3_1) + 6.808448882046558 =e= 0;
pre_definition_1_0_0.. - 0.7148085531751387*w_1_0_0 + 0.9328288493890713*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.7148085531751387*w_1_1_0 + 0.9328288493890713*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.45931089285988813*w_1_0_0 + 0.648688758794882*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.45931089285988813*w_1_1_0 + 0.648688758794882*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.7263578446997732*w_1_0_0 - 0.08292244049818343*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.7263578446997732*w_1_1_0 - 0.08292244049818343*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.40057621892523043*w_1_0_0 + 0.1546255576046831*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.40057621892523043*w_1_1_0 + 0.1546255576046831*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_0_1.. - 1*b_2_1 + 1*out_0_1 - 1*w_2_1_0*post_1_0_0 - 1*w_2_1_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_1_1.. - 1*b_2_1 + 1*out_1_1 - 1*w_2_1_0*post_1_1_0 - 1*w_2_1_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_2_1.. - 1*b_2_1 + 1*out_2_1 - 1*w_2_1_0*post_1_2_0 - 1*w_2_1_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_3_1.. - 1*b_2_1 + 1*out_3_1 - 1*w_2_1_0*post_1_3_0 - 1*w_2_1_1*post_1_3_1 =e= 0;
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

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
