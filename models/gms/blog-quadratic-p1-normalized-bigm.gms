* blog-quadratic-p1-normalized-bigm  (relu-opt library: blog-quadratic, problem 1, normalized-bigm; {"hidden": [1], "hidden_bias": false, "output_bias": false, "bound": 10.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, pre_1_0_0, pre_1_1_0, pre_1_2_0, post_1_0_0, post_1_1_0, post_1_2_0,
  out_0_0, out_1_0, out_2_0, post_positive_0_0, post_positive_1_0, post_positive_2_0, post_negative_0_0, post_negative_1_0,
  post_negative_2_0;

Binary Variables
  sign_0, relu_1_0_0_on, relu_1_1_0_on, relu_1_2_0_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_1_0, pre_definition_1_2_0, post_split_0_0, post_split_1_0, post_split_2_0, positive_if_sign_0_0,
  positive_if_sign_1_0, positive_if_sign_2_0, negative_unless_sign_0_0, negative_unless_sign_1_0, negative_unless_sign_2_0, out_definition_0_0, out_definition_1_0, out_definition_2_0,
  relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive,
  relu_1_2_0_pre_when_active;

e_obj.. - objvar - 2*out_0_0 - 8*out_1_0 - 18*out_2_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 98 =e= 0;
pre_definition_1_0_0.. - 1*u_0_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_1_0.. - 2*u_0_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_2_0.. - 3*u_0_0 + 1*pre_1_2_0 =e= 0;
post_split_0_0.. + 1*post_1_0_0 - 1*post_positive_0_0 - 1*post_negative_0_0 =e= 0;
post_split_1_0.. + 1*post_1_1_0 - 1*post_positive_1_0 - 1*post_negative_1_0 =e= 0;
post_split_2_0.. + 1*post_1_2_0 - 1*post_positive_2_0 - 1*post_negative_2_0 =e= 0;
positive_if_sign_0_0.. - 100*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_1_0.. - 200*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_2_0.. - 300*sign_0 + 1*post_positive_2_0 =l= 0;
negative_unless_sign_0_0.. + 100*sign_0 + 1*post_negative_0_0 =l= 100;
negative_unless_sign_1_0.. + 200*sign_0 + 1*post_negative_1_0 =l= 200;
negative_unless_sign_2_0.. + 300*sign_0 + 1*post_negative_2_0 =l= 300;
out_definition_0_0.. + 1*out_0_0 - 1*post_positive_0_0 + 1*post_negative_0_0 =e= 0;
out_definition_1_0.. + 1*out_1_0 - 1*post_positive_1_0 + 1*post_negative_1_0 =e= 0;
out_definition_2_0.. + 1*out_2_0 - 1*post_positive_2_0 + 1*post_negative_2_0 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 100*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 100*relu_1_0_0_on =l= 100;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 200*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 200*relu_1_1_0_on =l= 200;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 300*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 300*relu_1_2_0_on =l= 300;

u_0_0.lo = -100;
u_0_0.up = 100;
pre_1_0_0.lo = -100;
pre_1_0_0.up = 100;
pre_1_1_0.lo = -200;
pre_1_1_0.up = 200;
pre_1_2_0.lo = -300;
pre_1_2_0.up = 300;
post_1_0_0.lo = 0;
post_1_0_0.up = 100;
post_1_1_0.lo = 0;
post_1_1_0.up = 200;
post_1_2_0.lo = 0;
post_1_2_0.up = 300;
out_0_0.lo = -100;
out_0_0.up = 100;
out_1_0.lo = -200;
out_1_0.up = 200;
out_2_0.lo = -300;
out_2_0.up = 300;
post_positive_0_0.lo = 0;
post_positive_0_0.up = 100;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 200;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 300;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 100;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 200;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 300;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
