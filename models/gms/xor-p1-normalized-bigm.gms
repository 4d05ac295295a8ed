* xor-p1-normalized-bigm  (relu-opt library: xor, problem 1, normalized-bigm; {"hidden": [2], "bound": 2.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, u_0_2, u_1_0, u_1_1, u_1_2, pre_1_0_0,
  pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1, post_1_0_0,
  post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, b_2_0,
  out_0_0, out_1_0, out_2_0, out_3_0, post_positive_0_0, post_positive_0_1, post_positive_1_0, post_positive_1_1,
  post_positive_2_0, post_positive_2_1, post_positive_3_0, post_positive_3_1, post_negative_0_0, post_negative_0_1, post_negative_1_0, post_negative_1_1,
  post_negative_2_0, post_negative_2_1, post_negative_3_0, post_negative_3_1;

Binary Variables
  sign_0, sign_1, relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on,
  relu_1_3_0_on, relu_1_3_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, post_split_0_0, post_split_0_1, post_split_1_0, post_split_1_1, post_split_2_0, post_split_2_1, post_split_3_0,
  post_split_3_1, positive_if_sign_0_0, positive_if_sign_0_1, positive_if_sign_1_0, positive_if_sign_1_1, positive_if_sign_2_0, positive_if_sign_2_1, positive_if_sign_3_0,
  positive_if_sign_3_1, negative_unless_sign_0_0, negative_unless_sign_0_1, negative_unless_sign_1_0, negative_unless_sign_1_1, negative_unless_sign_2_0, negative_unless_sign_2_1, negative_unless_sign_3_0,
  negative_unless_sign_3_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active,
  relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive,
  relu_1_1_1_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active, relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_3_0_above_pre,
  relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive, relu_1_3_1_pre_when_active;

e_obj.. - objvar - 2*out_1_0 - 2*out_2_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 2 =e= 0;
pre_definition_1_0_0.. - 1*u_0_2 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 1*u_1_2 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 1*u_0_1 - 1*u_0_2 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 1*u_1_1 - 1*u_1_2 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 1*u_0_0 - 1*u_0_2 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 1*u_1_0 - 1*u_1_2 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. - 1*u_0_0 - 1*u_0_1 - 1*u_0_2 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 1*u_1_0 - 1*u_1_1 - 1*u_1_2 + 1*pre_1_3_1 =e= 0;
post_split_0_0.. + 1*post_1_0_0 - 1*post_positive_0_0 - 1*post_negative_0_0 =e= 0;
post_split_0_1.. + 1*post_1_0_1 - 1*post_positive_0_1 - 1*post_negative_0_1 =e= 0;
post_split_1_0.. + 1*post_1_1_0 - 1*post_positive_1_0 - 1*post_negative_1_0 =e= 0;
post_split_1_1.. + 1*post_1_1_1 - 1*post_positive_1_1 - 1*post_negative_1_1 =e= 0;
post_split_2_0.. + 1*post_1_2_0 - 1*post_positive_2_0 - 1*post_negative_2_0 =e= 0;
post_split_2_1.. + 1*post_1_2_1 - 1*post_positive_2_1 - 1*post_negative_2_1 =e= 0;
post_split_3_0.. + 1*post_1_3_0 - 1*post_positive_3_0 - 1*post_negative_3_0 =e= 0;
post_split_3_1.. + 1*post_1_3_1 - 1*post_positive_3_1 - 1*post_negative_3_1 =e= 0;
positive_if_sign_0_0.. - 4*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_0_1.. - 4*sign_1 + 1*post_positive_0_1 =l= 0;
positive_if_sign_1_0.. - 8*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_1_1.. - 8*sign_1 + 1*post_positive_1_1 =l= 0;
positive_if_sign_2_0.. - 8*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_2_1.. - 8*sign_1 + 1*post_positive_2_1 =l= 0;
positive_if_sign_3_0.. - 12*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_3_1.. - 12*sign_1 + 1*post_positive_3_1 =l= 0;
negative_unless_sign_0_0.. + 4*sign_0 + 1*post_negative_0_0 =l= 4;
negative_unless_sign_0_1.. + 4*sign_1 + 1*post_negative_0_1 =l= 4;
negative_unless_sign_1_0.. + 8*sign_0 + 1*post_negative_1_0 =l= 8;
negative_unless_sign_1_1.. + 8*sign_1 + 1*post_negative_1_1 =l= 8;
negative_unless_sign_2_0.. + 8*sign_0 + 1*post_negative_2_0 =l= 8;
negative_unless_sign_2_1.. + 8*sign_1 + 1*post_negative_2_1 =l= 8;
negative_unless_sign_3_0.. + 12*sign_0 + 1*post_negative_3_0 =l= 12;
negative_unless_sign_3_1.. + 12*sign_1 + 1*post_negative_3_1 =l= 12;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*post_positive_0_0 - 1*post_positive_0_1 + 1*post_negative_0_0 + 1*post_negative_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*post_positive_1_0 - 1*post_positive_1_1 + 1*post_negative_1_0 + 1*post_negative_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*post_positive_2_0 - 1*post_positive_2_1 + 1*post_negative_2_0 + 1*post_negative_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*post_positive_3_0 - 1*post_positive_3_1 + 1*post_negative_3_0 + 1*post_negative_3_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 4*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 4*relu_1_0_0_on =l= 4;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 4*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 4*relu_1_0_1_on =l= 4;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 8*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 8*relu_1_1_0_on =l= 8;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 8*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 8*relu_1_1_1_on =l= 8;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 8*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 8*relu_1_2_0_on =l= 8;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 8*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 8*relu_1_2_1_on =l= 8;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 12*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 12*relu_1_3_0_on =l= 12;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 12*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 12*relu_1_3_1_on =l= 12;

u_0_0.lo = -4;
u_0_0.up = 4;
u_0_1.lo = -4;
u_0_1.up = 4;
u_0_2.lo = -4;
u_0_2.up = 4;
u_1_0.lo = -4;
u_1_0.up = 4;
u_1_1.lo = -4;
u_1_1.up = 4;
u_1_2.lo = -4;
u_1_2.up = 4;
pre_1_0_0.lo = -4;
pre_1_0_0.up = 4;
pre_1_0_1.lo = -4;
pre_1_0_1.up = 4;
pre_1_1_0.lo = -8;
pre_1_1_0.up = 8;
pre_1_1_1.lo = -8;
pre_1_1_1.up = 8;
pre_1_2_0.lo = -8;
pre_1_2_0.up = 8;
pre_1_2_1.lo = -8;
pre_1_2_1.up = 8;
pre_1_3_0.lo = -12;
pre_1_3_0.up = 12;
pre_1_3_1.lo = -12;
pre_1_3_1.up = 12;
post_1_0_0.lo = 0;
post_1_0_0.up = 4;
post_1_0_1.lo = 0;
post_1_0_1.up = 4;
post_1_1_0.lo = 0;
post_1_1_0.up = 8;
post_1_1_1.lo = 0;
post_1_1_1.up = 8;
post_1_2_0.lo = 0;
post_1_2_0.up = 8;
post_1_2_1.lo = 0;
post_1_2_1.up = 8;
post_1_3_0.lo = 0;
post_1_3_0.up = 12;
post_1_3_1.lo = 0;
post_1_3_1.up = 12;
b_2_0.lo = -2;
b_2_0.up = 2;
out_0_0.lo = -10;
out_0_0.up = 10;
out_1_0.lo = -18;
out_1_0.up = 18;
out_2_0.lo = -18;
out_2_0.up = 18;
out_3_0.lo = -26;
out_3_0.up = 26;
post_positive_0_0.lo = 0;
post_positive_0_0.up = 4;
post_positive_0_1.lo = 0;
post_positive_0_1.up = 4;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 8;
post_positive_1_1.lo = 0;
post_positive_1_1.up = 8;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 8;
post_positive_2_1.lo = 0;
post_positive_2_1.up = 8;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 12;
post_positive_3_1.lo = 0;
post_positive_3_1.up = 12;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 4;
post_negative_0_1.lo = 0;
post_negative_0_1.up = 4;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 8;
post_negative_1_1.lo = 0;
post_negative_1_1.up = 8;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 8;
post_negative_2_1.lo = 0;
post_negative_2_1.up = 8;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 12;
post_negative_3_1.lo = 0;
post_negative_3_1.up = 12;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
