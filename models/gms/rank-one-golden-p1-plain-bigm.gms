* rank-one-golden-p1-plain-bigm  (relu-opt library: rank-one-golden, problem 1, plain-bigm; {"hidden": [1], "output_bias": false, "bound": 10.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_2_0_0, w_2_1_0, b_1_0, pre_1_0_0, pre_1_1_0, post_1_0_0,
  post_1_1_0, out_0_0, out_0_1, out_1_0, out_1_1;

Binary Variables
  relu_1_0_0_on, relu_1_1_0_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_1_0, out_definition_0_0, out_definition_0_1, out_definition_1_0, out_definition_1_1, relu_1_0_0_above_pre,
  relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active;

e_obj.. - objvar - 2*out_0_0 - 2*out_1_0 - 2*out_1_1 + 1*sqr(out_0_0) + 1*sqr(out_0_1) + 1*sqr(out_1_0) + 1*sqr(out_1_1)
    + 3 =e= 0;
pre_definition_1_0_0.. - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_1_0.. - 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
out_definition_0_0.. + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 =e= 0;
out_definition_0_1.. + 1*out_0_1 - 1*w_2_1_0*post_1_0_0 =e= 0;
out_definition_1_0.. + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 =e= 0;
out_definition_1_1.. + 1*out_1_1 - 1*w_2_1_0*post_1_1_0 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 10*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 10*relu_1_0_0_on =l= 10;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 20*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 20*relu_1_1_0_on =l= 20;

w_1_0_0.lo = -10;
w_1_0_0.up = 10;
w_2_0_0.lo = -10;
w_2_0_0.up = 10;
w_2_1_0.lo = -10;
w_2_1_0.up = 10;
b_1_0.lo = -10;
b_1_0.up = 10;
pre_1_0_0.lo = -10;
pre_1_0_0.up = 10;
pre_1_1_0.lo = -20;
pre_1_1_0.up = 20;
post_1_0_0.lo = 0;
post_1_0_0.up = 10;
post_1_1_0.lo = 0;
post_1_1_0.up = 20;
out_0_0.lo = -100;
out_0_0.up = 100;
out_0_1.lo = -100;
out_0_1.up = 100;
out_1_0.lo = -200;
out_1_0.up = 200;
out_1_1.lo = -200;
out_1_1.up = 200;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
