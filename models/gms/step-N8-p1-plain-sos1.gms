* step-N8-p1-plain-sos1  (relu-opt library: step-N8, problem 1, plain-sos1; {"hidden": [1], "bound": 4.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_2_0_0, b_1_0, b_2_0, pre_1_0_0, pre_1_1_0, pre_1_2_0,
  pre_1_3_0, pre_1_4_0, pre_1_5_0, pre_1_6_0, pre_1_7_0, post_1_0_0, post_1_1_0, post_1_2_0,
  post_1_3_0, post_1_4_0, post_1_5_0, post_1_6_0, post_1_7_0, out_0_0, out_1_0, out_2_0,
  out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, relu_1_0_0_slack, relu_1_1_0_slack, relu_1_2_0_slack,
  relu_1_3_0_slack, relu_1_4_0_slack, relu_1_5_0_slack, relu_1_6_0_slack, relu_1_7_0_slack;

Set sosset / s1*s8 /;
Set sosmember / k1*k2 /;
SOS1 Variable sosvar(sosset, sosmember);

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_1_0, pre_definition_1_2_0, pre_definition_1_3_0, pre_definition_1_4_0, pre_definition_1_5_0, pre_definition_1_6_0,
  pre_definition_1_7_0, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, relu_1_0_0_slack_definition, relu_1_1_0_slack_definition, relu_1_2_0_slack_definition, relu_1_3_0_slack_definition, relu_1_4_0_slack_definition, relu_1_5_0_slack_definition, relu_1_6_0_slack_definition,
  relu_1_7_0_slack_definition, e_sos_1_1, e_sos_1_2, e_sos_2_1, e_sos_2_2, e_sos_3_1, e_sos_3_2, e_sos_4_1,
  e_sos_4_2, e_sos_5_1, e_sos_5_2, e_sos_6_1, e_sos_6_2, e_sos_7_1, e_sos_7_2, e_sos_8_1,
  e_sos_8_2;

e_obj.. - objvar - 2*out_4_0 - 2*out_5_0 - 2*out_6_0 - 2*out_7_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0)
    + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 4 =e= 0;
pre_definition_1_0_0.. + 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_1_0.. + 0.7142857142857143*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_2_0.. + 0.4285714285714286*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_3_0.. + 0.1428571428571429*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_4_0.. - 0.1428571428571428*w_1_0_0 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_5_0.. - 0.4285714285714284*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_6_0.. - 0.7142857142857142*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_7_0.. - 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 =e= 0;
relu_1_0_0_slack_definition.. + 1*pre_1_0_0 - 1*post_1_0_0 + 1*relu_1_0_0_slack =e= 0;
relu_1_1_0_slack_definition.. + 1*pre_1_1_0 - 1*post_1_1_0 + 1*relu_1_1_0_slack =e= 0;
relu_1_2_0_slack_definition.. + 1*pre_1_2_0 - 1*post_1_2_0 + 1*relu_1_2_0_slack =e= 0;
relu_1_3_0_slack_definition.. + 1*pre_1_3_0 - 1*post_1_3_0 + 1*relu_1_3_0_slack =e= 0;
relu_1_4_0_slack_definition.. + 1*pre_1_4_0 - 1*post_1_4_0 + 1*relu_1_4_0_slack =e= 0;
relu_1_5_0_slack_definition.. + 1*pre_1_5_0 - 1*post_1_5_0 + 1*relu_1_5_0_slack =e= 0;
relu_1_6_0_slack_definition.. + 1*pre_1_6_0 - 1*post_1_6_0 + 1*relu_1_6_0_slack =e= 0;
relu_1_7_0_slack_definition.. + 1*pre_1_7_0 - 1*post_1_7_0 + 1*relu_1_7_0_slack =e= 0;
e_sos_1_1.. sosvar('s1','k1') - post_1_0_0 =e= 0;
e_sos_1_2.. sosvar('s1','k2') - relu_1_0_0_slack =e= 0;
e_sos_2_1.. sosvar('s2','k1') - post_1_1_0 =e= 0;
e_sos_2_2.. sosvar('s2','k2') - relu_1_1_0_slack =e= 0;
e_sos_3_1.. sosvar('s3','k1') - post_1_2_0 =e= 0;
e_sos_3_2.. sosvar('s3','k2') - relu_1_2_0_slack =e= 0;
e_sos_4_1.. sosvar('s4','k1') - post_1_3_0 =e= 0;
e_sos_4_2.. sosvar('s4','k2') - relu_1_3_0_slack =e= 0;
e_sos_5_1.. sosvar('s5','k1') - post_1_4_0 =e= 0;
e_sos_5_2.. sosvar('s5','k2') - relu_1_4_0_slack =e= 0;
e_sos_6_1.. sosvar('s6','k1') - post_1_5_0 =e= 0;
e_sos_6_2.. sosvar('s6','k2') - relu_1_5_0_slack =e= 0;
e_sos_7_1.. sosvar('s7','k1') - post_1_6_0 =e= 0;
e_sos_7_2.. sosvar('s7','k2') - relu_1_6_0_slack =e= 0;
e_sos_8_1.. sosvar('s8','k1') - post_1_7_0 =e= 0;
e_sos_8_2.. sosvar('s8','k2') - relu_1_7_0_slack =e= 0;

w_1_0_0.lo = -4;
w_1_0_0.up = 4;
w_2_0_0.lo = -4;
w_2_0_0.up = 4;
b_1_0.lo = -4;
b_1_0.up = 4;
b_2_0.lo = -4;
b_2_0.up = 4;
pre_1_0_0.lo = -8;
pre_1_0_0.up = 8;
pre_1_1_0.lo = -6.857142857142858;
pre_1_1_0.up = 6.857142857142858;
pre_1_2_0.lo = -5.714285714285714;
pre_1_2_0.up = 5.714285714285714;
pre_1_3_0.lo = -4.571428571428571;
pre_1_3_0.up = 4.571428571428571;
pre_1_4_0.lo = -4.571428571428571;
pre_1_4_0.up = 4.571428571428571;
pre_1_5_0.lo = -5.7142857142857135;
pre_1_5_0.up = 5.7142857142857135;
pre_1_6_0.lo = -6.857142857142857;
pre_1_6_0.up = 6.857142857142857;
pre_1_7_0.lo = -8;
pre_1_7_0.up = 8;
post_1_0_0.lo = 0;
post_1_0_0.up = 8;
post_1_1_0.lo = 0;
post_1_1_0.up = 6.857142857142858;
post_1_2_0.lo = 0;
post_1_2_0.up = 5.714285714285714;
post_1_3_0.lo = 0;
post_1_3_0.up = 4.571428571428571;
post_1_4_0.lo = 0;
post_1_4_0.up = 4.571428571428571;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.7142857142857135;
post_1_6_0.lo = 0;
post_1_6_0.up = 6.857142857142857;
post_1_7_0.lo = 0;
post_1_7_0.up = 8;
out_0_0.lo = -36;
out_0_0.up = 36;
out_1_0.lo = -31.42857142857143;
out_1_0.up = 31.42857142857143;
out_2_0.lo = -26.857142857142858;
out_2_0.up = 26.857142857142858;
out_3_0.lo = -22.285714285714285;
out_3_0.up = 22.285714285714285;
out_4_0.lo = -22.285714285714285;
out_4_0.up = 22.285714285714285;
out_5_0.lo = -26.857142857142854;
out_5_0.up = 26.857142857142854;
out_6_0.lo = -31.428571428571427;
out_6_0.up = 31.428571428571427;
out_7_0.lo = -36;
out_7_0.up = 36;
relu_1_0_0_slack.lo = 0;
relu_1_0_0_slack.up = 8;
relu_1_1_0_slack.lo = 0;
relu_1_1_0_slack.up = 6.857142857142858;
relu_1_2_0_slack.lo = 0;
relu_1_2_0_slack.up = 5.714285714285714;
relu_1_3_0_slack.lo = 0;
relu_1_3_0_slack.up = 4.571428571428571;
relu_1_4_0_slack.lo = 0;
relu_1_4_0_slack.up = 4.571428571428571;
relu_1_5_0_slack.lo = 0;
relu_1_5_0_slack.up = 5.7142857142857135;
relu_1_6_0_slack.lo = 0;
relu_1_6_0_slack.up = 6.857142857142857;
relu_1_7_0_slack.lo = 0;
relu_1_7_0_slack.up = 8;
sosvar.lo('s1','k1') = 0;
sosvar.up('s1','k1') = 8;
sosvar.lo('s1','k2') = 0;
sosvar.up('s1','k2') = 8;
sosvar.lo('s2','k1') = 0;
sosvar.up('s2','k1') = 6.857142857142858;
sosvar.lo('s2','k2') = 0;
sosvar.up('s2','k2') = 6.857142857142858;
sosvar.lo('s3','k1') = 0;
sosvar.up('s3','k1') = 5.714285714285714;
sosvar.lo('s3','k2') = 0;
sosvar.up('s3','k2') = 5.714285714285714;
sosvar.lo('s4','k1') = 0;
sosvar.up('s4','k1') = 4.571428571428571;
sosvar.lo('s4','k2') = 0;
sosvar.up('s4','k2') = 4.571428571428571;
sosvar.lo('s5','k1') = 0;
sosvar.up('s5','k1') = 4.571428571428571;
sosvar.lo('s5','k2') = 0;
sosvar.up('s5','k2') = 4.571428571428571;
sosvar.lo('s6','k1') = 0;
sosvar.up('s6','k1') = 5.7142857142857135;
sosvar.lo('s6','k2') = 0;
sosvar.up('s6','k2') = 5.7142857142857135;
sosvar.lo('s7','k1') = 0;
sosvar.up('s7','k1') = 6.857142857142857;
sosvar.lo('s7','k2') = 0;
sosvar.up('s7','k2') = 6.857142857142857;
sosvar.lo('s8','k1') = 0;
sosvar.up('s8','k1') = 8;
sosvar.lo('s8','k2') = 0;
sosvar.up('s8','k2') = 8;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
