* xor-p2-plain-sos1  (relu-opt library: xor, problem 2, plain-sos1; {"hidden": [1], "bound": 2.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_2_0_0, b_1_0, b_2_0, pre_1_0_0, pre_1_1_0,
  pre_1_2_0, pre_1_3_0, post_1_0_0, post_1_1_0, post_1_2_0, post_1_3_0, out_0_0, out_1_0,
  out_2_0, out_3_0, relu_1_0_0_slack, relu_1_1_0_slack, relu_1_2_0_slack, relu_1_3_0_slack;

Set sosset / s1*s4 /;
Set sosmember / k1*k2 /;
SOS1 Variable sosvar(sosset, sosmember);

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_1_0, pre_definition_1_2_0, pre_definition_1_3_0, out_definition_0_0, out_definition_1_0, out_definition_2_0,
  out_definition_3_0, relu_1_0_0_slack_definition, relu_1_1_0_slack_definition, relu_1_2_0_slack_definition, relu_1_3_0_slack_definition, e_sos_1_1, e_sos_1_2, e_sos_2_1,
  e_sos_2_2, e_sos_3_1, e_sos_3_2, e_sos_4_1, e_sos_4_2;

e_obj.. - objvar - 2*out_1_0 - 2*out_2_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 2 =e= 0;
pre_definition_1_0_0.. - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_1_0.. - 1*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_2_0.. - 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_3_0.. - 1*w_1_0_0 - 1*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 =e= 0;
relu_1_0_0_slack_definition.. + 1*pre_1_0_0 - 1*post_1_0_0 + 1*relu_1_0_0_slack =e= 0;
relu_1_1_0_slack_definition.. + 1*pre_1_1_0 - 1*post_1_1_0 + 1*relu_1_1_0_slack =e= 0;
relu_1_2_0_slack_definition.. + 1*pre_1_2_0 - 1*post_1_2_0 + 1*relu_1_2_0_slack =e= 0;
relu_1_3_0_slack_definition.. + 1*pre_1_3_0 - 1*post_1_3_0 + 1*relu_1_3_0_slack =e= 0;
e_sos_1_1.. sosvar('s1','k1') - post_1_0_0 =e= 0;
e_sos_1_2.. sosvar('s1','k2') - relu_1_0_0_slack =e= 0;
e_sos_2_1.. sosvar('s2','k1') - post_1_1_0 =e= 0;
e_sos_2_2.. sosvar('s2','k2') - relu_1_1_0_slack =e= 0;
e_sos_3_1.. sosvar('s3','k1') - post_1_2_0 =e= 0;
e_sos_3_2.. sosvar('s3','k2') - relu_1_2_0_slack =e= 0;
e_sos_4_1.. sosvar('s4','k1') - post_1_3_0 =e= 0;
e_sos_4_2.. sosvar('s4','k2') - relu_1_3_0_slack =e= 0;

w_1_0_0.lo = -2;
w_1_0_0.up = 2;
w_1_0_1.lo = -2;
w_1_0_1.up = 2;
w_2_0_0.lo = -2;
w_2_0_0.up = 2;
b_1_0.lo = -2;
b_1_0.up = 2;
b_2_0.lo = -2;
b_2_0.up = 2;
pre_1_0_0.lo = -2;
pre_1_0_0.up = 2;
pre_1_1_0.lo = -4;
pre_1_1_0.up = 4;
pre_1_2_0.lo = -4;
pre_1_2_0.up = 4;
pre_1_3_0.lo = -6;
pre_1_3_0.up = 6;
post_1_0_0.lo = 0;
post_1_0_0.up = 2;
post_1_1_0.lo = 0;
post_1_1_0.up = 4;
post_1_2_0.lo = 0;
post_1_2_0.up = 4;
post_1_3_0.lo = 0;
post_1_3_0.up = 6;
out_0_0.lo = -6;
out_0_0.up = 6;
out_1_0.lo = -10;
out_1_0.up = 10;
out_2_0.lo = -10;
out_2_0.up = 10;
out_3_0.lo = -14;
out_3_0.up = 14;
relu_1_0_0_slack.lo = 0;
relu_1_0_0_slack.up = 2;
relu_1_1_0_slack.lo = 0;
relu_1_1_0_slack.up = 4;
relu_1_2_0_slack.lo = 0;
relu_1_2_0_slack.up = 4;
relu_1_3_0_slack.lo = 0;
relu_1_3_0_slack.up = 6;
sosvar.lo('s1','k1') = 0;
sosvar.up('s1','k1') = 2;
sosvar.lo('s1','k2') = 0;
sosvar.up('s1','k2') = 2;
sosvar.lo('s2','k1') = 0;
sosvar.up('s2','k1') = 4;
sosvar.lo('s2','k2') = 0;
sosvar.up('s2','k2') = 4;
sosvar.lo('s3','k1') = 0;
sosvar.up('s3','k1') = 4;
sosvar.lo('s3','k2') = 0;
sosvar.up('s3','k2') = 4;
sosvar.lo('s4','k1') = 0;
sosvar.up('s4','k1') = 6;
sosvar.lo('s4','k2') = 0;
sosvar.up('s4','k2') = 6;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
