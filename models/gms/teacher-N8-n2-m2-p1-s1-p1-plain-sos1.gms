* teacher-N8-n2-m2-p1-s1-p1-plain-sos1  (relu-opt library: teacher-N8-n2-m2-p1-s1, problem 1, plain-sos1; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, b_1_0,
  b_1_1, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1,
  pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1,
  pre_1_7_0, pre_1_7_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0, relu_1_0_0_slack, relu_1_0_1_slack, relu_1_1_0_slack, relu_1_1_1_slack, relu_1_2_0_slack, relu_1_2_1_slack,
  relu_1_3_0_slack, relu_1_3_1_slack, relu_1_4_0_slack, relu_1_4_1_slack, relu_1_5_0_slack, relu_1_5_1_slack, relu_1_6_0_slack, relu_1_6_1_slack,
  relu_1_7_0_slack, relu_1_7_1_slack;

Set sosset / s1*s16 /;
Set sosmember / k1*k2 /;
SOS1 Variable sosvar(sosset, sosmember);

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, relu_1_0_0_slack_definition, relu_1_0_1_slack_definition, relu_1_1_0_slack_definition, relu_1_1_1_slack_definition, relu_1_2_0_slack_definition, relu_1_2_1_slack_definition, relu_1_3_0_slack_definition,
  relu_1_3_1_slack_definition, relu_1_4_0_slack_definition, relu_1_4_1_slack_definition, relu_1_5_0_slack_definition, relu_1_5_1_slack_definition, relu_1_6_0_slack_definition, relu_1_6_1_slack_definition, relu_1_7_0_slack_definition,
  relu_1_7_1_slack_definition, e_sos_1_1, e_sos_1_2, e_sos_2_1, e_sos_2_2, e_sos_3_1, e_sos_3_2, e_sos_4_1,
  e_sos_4_2, e_sos_5_1, e_sos_5_2, e_sos_6_1, e_sos_6_2, e_sos_7_1, e_sos_7_2, e_sos_8_1,
  e_sos_8_2, e_sos_9_1, e_sos_9_2, e_sos_10_1, e_sos_10_2, e_sos_11_1, e_sos_11_2, e_sos_12_1,
  e_sos_12_2, e_sos_13_1, e_sos_13_2, e_sos_14_1, e_sos_14_2, e_sos_15_1, e_sos_15_2, e_sos_16_1,
  e_sos_16_2;

e_obj.. - objvar + 0.4570303845330703*out_0_0 - 0.1634203322812056*out_1_0 - 0.11393666837696725*out_2_0 - 0.2411033501919602*out_3_0 - 0.24183913689675068*out_4_0 - 0.4748676930409419*out_5_0 + 0.07220266823680058*out_6_0
    - 0.7497285023568104*out_7_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 0.2894967284599167 =e= 0;
pre_definition_1_0_0.. + 0.9448817735138633*w_1_0_0 - 0.5070262173496132*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.9448817735138633*w_1_1_0 - 0.5070262173496132*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.07628662643855644*w_1_0_0 + 0.34053656700181567*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.07628662643855644*w_1_1_0 + 0.34053656700181567*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.5768574068568086*w_1_0_0 + 0.39361034141671003*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.5768574068568086*w_1_1_0 + 0.39361034141671003*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.09300422103869699*w_1_0_0 + 0.7319166055056705*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.09300422103869699*w_1_1_0 + 0.7319166055056705*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. + 0.19377402710574154*w_1_0_0 + 0.5930895186477008*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.19377402710574154*w_1_1_0 + 0.5930895186477008*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.475373319116301*w_1_0_0 - 0.5007293452601052*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.475373319116301*w_1_1_0 - 0.5007293452601052*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.43918248402792015*w_1_0_0 + 0.029618051136729884*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.43918248402792015*w_1_1_0 + 0.029618051136729884*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.9614743996024773*w_1_0_0 - 0.9233143873275735*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.9614743996024773*w_1_1_0 - 0.9233143873275735*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
relu_1_0_0_slack_definition.. + 1*pre_1_0_0 - 1*post_1_0_0 + 1*relu_1_0_0_slack =e= 0;
relu_1_0_1_slack_definition.. + 1*pre_1_0_1 - 1*post_1_0_1 + 1*relu_1_0_1_slack =e= 0;
relu_1_1_0_slack_definition.. + 1*pre_1_1_0 - 1*post_1_1_0 + 1*relu_1_1_0_slack =e= 0;
relu_1_1_1_slack_definition.. + 1*pre_1_1_1 - 1*post_1_1_1 + 1*relu_1_1_1_slack =e= 0;
relu_1_2_0_slack_definition.. + 1*pre_1_2_0 - 1*post_1_2_0 + 1*relu_1_2_0_slack =e= 0;
relu_1_2_1_slack_definition.. + 1*pre_1_2_1 - 1*post_1_2_1 + 1*relu_1_2_1_slack =e= 0;
relu_1_3_0_slack_definition.. + 1*pre_1_3_0 - 1*post_1_3_0 + 1*relu_1_3_0_slack =e= 0;
relu_1_3_1_slack_definition.. + 1*pre_1_3_1 - 1*post_1_3_1 + 1*relu_1_3_1_slack =e= 0;
relu_1_4_0_slack_definition.. + 1*pre_1_4_0 - 1*post_1_4_0 + 1*relu_1_4_0_slack =e= 0;
relu_1_4_1_slack_definition.. + 1*pre_1_4_1 - 1*post_1_4_1 + 1*relu_1_4_1_slack =e= 0;
relu_1_5_0_slack_definition.. + 1*pre_1_5_0 - 1*post_1_5_0 + 1*relu_1_5_0_slack =e= 0;
relu_1_5_1_slack_definition.. + 1*pre_1_5_1 - 1*post_1_5_1 + 1*relu_1_5_1_slack =e= 0;
relu_1_6_0_slack_definition.. + 1*pre_1_6_0 - 1*post_1_6_0 + 1*relu_1_6_0_slack =e= 0;
relu_1_6_1_slack_definition.. + 1*pre_1_6_1 - 1*post_1_6_1 + 1*relu_1_6_1_slack =e= 0;
relu_1_7_0_slack_definition.. + 1*pre_1_7_0 - 1*post_1_7_0 + 1*relu_1_7_0_slack =e= 0;
relu_1_7_1_slack_definition.. + 1*pre_1_7_1 - 1*post_1_7_1 + 1*relu_1_7_1_slack =e= 0;
e_sos_1_1.. sosvar('s1','k1') - post_1_0_0 =e= 0;
e_sos_1_2.. sosvar('s1','k2') - relu_1_0_0_slack =e= 0;
e_sos_2_1.. sosvar('s2','k1') - post_1_0_1 =e= 0;
e_sos_2_2.. sosvar('s2','k2') - relu_1_0_1_slack =e= 0;
e_sos_3_1.. sosvar('s3','k1') - post_1_1_0 =e= 0;
e_sos_3_2.. sosvar('s3','k2') - relu_1_1_0_slack =e= 0;
e_sos_4_1.. sosvar('s4','k1') - post_1_1_1 =e= 0;
e_sos_4_2.. sosvar('s4','k2') - relu_1_1_1_slack =e= 0;
e_sos_5_1.. sosvar('s5','k1') - post_1_2_0 =e= 0;
e_sos_5_2.. sosvar('s5','k2') - relu_1_2_0_slack =e= 0;
e_sos_6_1.. sosvar('s6','k1') - post_1_2_1 =e= 0;
e_sos_6_2.. sosvar('s6','k2') - relu_1_2_1_slack =e= 0;
e_sos_7_1.. sosvar('s7','k1') - post_1_3_0 =e= 0;
e_sos_7_2.. sosvar('s7','k2') - relu_1_3_0_slack =e= 0;
e_sos_8_1.. sosvar('s8','k1') - post_1_3_1 =e= 0;
e_sos_8_2.. sosvar('s8','k2') - relu_1_3_1_slack =e= 0;
e_sos_9_1.. sosvar('s9','k1') - post_1_4_0 =e= 0;
e_sos_9_2.. sosvar('s9','k2') - relu_1_4_0_slack =e= 0;
e_sos_10_1.. sosvar('s10','k1') - post_1_4_1 =e= 0;
e_sos_10_2.. sosvar('s10','k2') - relu_1_4_1_slack =e= 0;
e_sos_11_1.. sosvar('s11','k1') - post_1_5_0 =e= 0;
e_sos_11_2.. sosvar('s11','k2') - relu_1_5_0_slack =e= 0;
e_sos_12_1.. sosvar('s12','k1') - post_1_5_1 =e= 0;
e_sos_12_2.. sosvar('s12','k2') - relu_1_5_1_slack =e= 0;
e_sos_13_1.. sosvar('s13','k1') - post_1_6_0 =e= 0;
e_sos_13_2.. sosvar('s13','k2') - relu_1_6_0_slack =e= 0;
e_sos_14_1.. sosvar('s14','k1') - post_1_6_1 =e= 0;
e_sos_14_2.. sosvar('s14','k2') - relu_1_6_1_slack =e= 0;
e_sos_15_1.. sosvar('s15','k1') - post_1_7_0 =e= 0;
e_sos_15_2.. sosvar('s15','k2') - relu_1_7_0_slack =e= 0;
e_sos_16_1.. sosvar('s16','k1') - post_1_7_1 =e= 0;
e_sos_16_2.. sosvar('s16','k2') - relu_1_7_1_slack =e= 0;

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
pre_1_0_0.lo = -7.355723972590429;
pre_1_0_0.up = 7.355723972590429;
pre_1_0_1.lo = -7.355723972590429;
pre_1_0_1.up = 7.355723972590429;
pre_1_1_0.lo = -4.250469580321116;
pre_1_1_0.up = 4.250469580321116;
pre_1_1_1.lo = -4.250469580321116;
pre_1_1_1.up = 4.250469580321116;
pre_1_2_0.lo = -5.911403244820556;
pre_1_2_0.up = 5.911403244820556;
pre_1_2_1.lo = -5.911403244820556;
pre_1_2_1.up = 5.911403244820556;
pre_1_3_0.lo = -5.474762479633102;
pre_1_3_0.up = 5.474762479633102;
pre_1_3_1.lo = -5.474762479633102;
pre_1_3_1.up = 5.474762479633102;
pre_1_4_0.lo = -5.3605906372603265;
pre_1_4_0.up = 5.3605906372603265;
pre_1_4_1.lo = -5.3605906372603265;
pre_1_4_1.up = 5.3605906372603265;
pre_1_5_0.lo = -5.928307993129218;
pre_1_5_0.up = 5.928307993129218;
pre_1_5_1.lo = -5.928307993129218;
pre_1_5_1.up = 5.928307993129218;
pre_1_6_0.lo = -4.40640160549395;
pre_1_6_0.up = 4.40640160549395;
pre_1_6_1.lo = -4.40640160549395;
pre_1_6_1.up = 4.40640160549395;
pre_1_7_0.lo = -8.654366360790153;
pre_1_7_0.up = 8.654366360790153;
pre_1_7_1.lo = -8.654366360790153;
pre_1_7_1.up = 8.654366360790153;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.355723972590429;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.355723972590429;
post_1_1_0.lo = 0;
post_1_1_0.up = 4.250469580321116;
post_1_1_1.lo = 0;
post_1_1_1.up = 4.250469580321116;
post_1_2_0.lo = 0;
post_1_2_0.up = 5.911403244820556;
post_1_2_1.lo = 0;
post_1_2_1.up = 5.911403244820556;
post_1_3_0.lo = 0;
post_1_3_0.up = 5.474762479633102;
post_1_3_1.lo = 0;
post_1_3_1.up = 5.474762479633102;
post_1_4_0.lo = 0;
post_1_4_0.up = 5.3605906372603265;
post_1_4_1.lo = 0;
post_1_4_1.up = 5.3605906372603265;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.928307993129218;
post_1_5_1.lo = 0;
post_1_5_1.up = 5.928307993129218;
post_1_6_0.lo = 0;
post_1_6_0.up = 4.40640160549395;
post_1_6_1.lo = 0;
post_1_6_1.up = 4.40640160549395;
post_1_7_0.lo = 0;
post_1_7_0.up = 8.654366360790153;
post_1_7_1.lo = 0;
post_1_7_1.up = 8.654366360790153;
out_0_0.lo = -47.13434383554257;
out_0_0.up = 47.13434383554257;
out_1_0.lo = -28.502817481926698;
out_1_0.up = 28.502817481926698;
out_2_0.lo = -38.46841946892334;
out_2_0.up = 38.46841946892334;
out_3_0.lo = -35.84857487779861;
out_3_0.up = 35.84857487779861;
out_4_0.lo = -35.16354382356196;
out_4_0.up = 35.16354382356196;
out_5_0.lo = -38.56984795877531;
out_5_0.up = 38.56984795877531;
out_6_0.lo = -29.438409632963698;
out_6_0.up = 29.438409632963698;
out_7_0.lo = -54.92619816474092;
out_7_0.up = 54.92619816474092;
relu_1_0_0_slack.lo = 0;
relu_1_0_0_slack.up = 7.355723972590429;
relu_1_0_1_slack.lo = 0;
relu_1_0_1_slack.up = 7.355723972590429;
relu_1_1_0_slack.lo = 0;
relu_1_1_0_slack.up = 4.250469580321116;
relu_1_1_1_slack.lo = 0;
relu_1_1_1_slack.up = 4.250469580321116;
relu_1_2_0_slack.lo = 0;
relu_1_2_0_slack.up = 5.911403244820556;
relu_1_2_1_slack.lo = 0;
relu_1_2_1_slack.up = 5.911403244820556;
relu_1_3_0_slack.lo = 0;
relu_1_3_0_slack.up = 5.474762479633102;
relu_1_3_1_slack.lo = 0;
relu_1_3_1_slack.up = 5.474762479633102;
relu_1_4_0_slack.lo = 0;
relu_1_4_0_slack.up = 5.3605906372603265;
relu_1_4_1_slack.lo = 0;
relu_1_4_1_slack.up = 5.3605906372603265;
relu_1_5_0_slack.lo = 0;
relu_1_5_0_slack.up = 5.928307993129218;
relu_1_5_1_slack.lo = 0;
relu_1_5_1_slack.up = 5.928307993129218;
relu_1_6_0_slack.lo = 0;
relu_1_6_0_slack.up = 4.40640160549395;
relu_1_6_1_slack.lo = 0;
relu_1_6_1_slack.up = 4.40640160549395;
relu_1_7_0_slack.lo = 0;
relu_1_7_0_slack.up = 8.654366360790153;
relu_1_7_1_slack.lo = 0;
relu_1_7_1_slack.up = 8.654366360790153;
sosvar.lo('s1','k1') = 0;
sosvar.up('s1','k1') = 7.355723972590429;
sosvar.lo('s1','k2') = 0;
sosvar.up('s1','k2') = 7.355723972590429;
sosvar.lo('s2','k1') = 0;
sosvar.up('s2','k1') = 7.355723972590429;
sosvar.lo('s2','k2') = 0;
sosvar.up('s2','k2') = 7.355723972590429;
sosvar.lo('s3','k1') = 0;
sosvar.up('s3','k1') = 4.250469580321116;
sosvar.lo('s3','k2') = 0;
sosvar.up('s3','k2') = 4.250469580321116;
sosvar.lo('s4','k1') = 0;
sosvar.up('s4','k1') = 4.250469580321116;
sosvar.lo('s4','k2') = 0;
sosvar.up('s4','k2') = 4.250469580321116;
sosvar.lo('s5','k1') = 0;
sosvar.up('s5','k1') = 5.911403244820556;
sosvar.lo('s5','k2') = 0;
sosvar.up('s5','k2') = 5.911403244820556;
sosvar.lo('s6','k1') = 0;
sosvar.up('s6','k1') = 5.911403244820556;
sosvar.lo('s6','k2') = 0;
sosvar.up('s6','k2') = 5.911403244820556;
sosvar.lo('s7','k1') = 0;
sosvar.up('s7','k1') = 5.474762479633102;
sosvar.lo('s7','k2') = 0;
sosvar.up('s7','k2') = 5.474762479633102;
sosvar.lo('s8','k1') = 0;
sosvar.up('s8','k1') = 5.474762479633102;
sosvar.lo('s8','k2') = 0;
sosvar.up('s8','k2') = 5.474762479633102;
sosvar.lo('s9','k1') = 0;
sosvar.up('s9','k1') = 5.3605906372603265;
sosvar.lo('s9','k2') = 0;
sosvar.up('s9','k2') = 5.3605906372603265;
sosvar.lo('s10','k1') = 0;
sosvar.up('s10','k1') = 5.3605906372603265;
sosvar.lo('s10','k2') = 0;
sosvar.up('s10','k2') = 5.3605906372603265;
sosvar.lo('s11','k1') = 0;
sosvar.up('s11','k1') = 5.928307993129218;
sosvar.lo('s11','k2') = 0;
sosvar.up('s11','k2') = 5.928307993129218;
sosvar.lo('s12','k1') = 0;
sosvar.up('s12','k1') = 5.928307993129218;
sosvar.lo('s12','k2') = 0;
sosvar.up('s12','k2') = 5.928307993129218;
sosvar.lo('s13','k1') = 0;
sosvar.up('s13','k1') = 4.40640160549395;
sosvar.lo('s13','k2') = 0;
sosvar.up('s13','k2') = 4.40640160549395;
sosvar.lo('s14','k1') = 0;
sosvar.up('s14','k1') = 4.40640160549395;
sosvar.lo('s14','k2') = 0;
sosvar.up('s14','k2') = 4.40640160549395;
sosvar.lo('s15','k1') = 0;
sosvar.up('s15','k1') = 8.654366360790153;
sosvar.lo('s15','k2') = 0;
sosvar.up('s15','k2') = 8.654366360790153;
sosvar.lo('s16','k1') = 0;
sosvar.up('s16','k1') = 8.654366360790153;
sosvar.lo('s16','k2') = 0;
sosvar.up('s16','k2') = 8.654366360790153;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
