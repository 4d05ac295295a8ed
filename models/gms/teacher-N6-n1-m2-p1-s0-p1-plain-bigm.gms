* teacher-N6-n1-m2-p1-s0-p1-plain-bigm  (relu-opt library: teacher-N6-n1-m2-p1-s0, problem 1, plain-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_2_0_0, w_2_0_1, b_1_0, b_1_1, b_2_0,
  pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1,
  pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1,
  post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1,
  out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0;

Binary Variables
  relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on, relu_1_3_0_on, relu_1_3_1_on,
  relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, out_definition_0_0, out_definition_1_0, out_definition_2_0,
  out_definition_3_0, out_definition_4_0, out_definition_5_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive,
  relu_1_0_1_pre_when_active, relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre,
  relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active, relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active,
  relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive, relu_1_3_1_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive,
  relu_1_4_1_pre_when_active, relu_1_5_0_above_pre, relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active;

e_obj.. - objvar - 0.3827847702822103*out_0_0 - 0.1773609136181064*out_1_0 - 0.2800896321280291*out_2_0 - 0.31769130649725746*out_3_0 - 0.36328307179488856*out_4_0 - 0.508869210343546*out_5_0 + 1*sqr(out_0_0)
    + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 0.18707037644434932 =e= 0;
pre_definition_1_0_0.. - 0.4589931219679968*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.4589931219679968*w_1_1_0 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.08724998293084574*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.08724998293084574*w_1_1_0 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.8701448475755365*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.8701448475755365*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. - 0.6317071082430643*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 0.6317071082430643*w_1_1_0 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. + 0.9945229996597038*w_1_0_0 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.9945229996597038*w_1_1_0 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. - 0.7148085531751387*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.7148085531751387*w_1_1_0 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 4.37697936590399*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 4.37697936590399*relu_1_0_0_on =l= 4.37697936590399;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 4.37697936590399*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 4.37697936590399*relu_1_0_1_on =l= 4.37697936590399;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 3.261749948792537*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 3.261749948792537*relu_1_1_0_on =l= 3.261749948792537;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 3.261749948792537*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 3.261749948792537*relu_1_1_1_on =l= 3.261749948792537;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 5.610434542726609*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 5.610434542726609*relu_1_2_0_on =l= 5.610434542726609;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 5.610434542726609*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 5.610434542726609*relu_1_2_1_on =l= 5.610434542726609;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 4.8951213247291925*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 4.8951213247291925*relu_1_3_0_on =l= 4.8951213247291925;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 4.8951213247291925*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 4.8951213247291925*relu_1_3_1_on =l= 4.8951213247291925;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 5.983568998979111*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 5.983568998979111*relu_1_4_0_on =l= 5.983568998979111;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 5.983568998979111*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 5.983568998979111*relu_1_4_1_on =l= 5.983568998979111;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 5.144425659525416*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 5.144425659525416*relu_1_5_0_on =l= 5.144425659525416;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 5.144425659525416*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 5.144425659525416*relu_1_5_1_on =l= 5.144425659525416;

w_1_0_0.lo = -3;
w_1_0_0.up = 3;
w_1_1_0.lo = -3;
w_1_1_0.up = 3;
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
pre_1_0_0.lo = -4.37697936590399;
pre_1_0_0.up = 4.37697936590399;
pre_1_0_1.lo = -4.37697936590399;
pre_1_0_1.up = 4.37697936590399;
pre_1_1_0.lo = -3.261749948792537;
pre_1_1_0.up = 3.261749948792537;
pre_1_1_1.lo = -3.261749948792537;
pre_1_1_1.up = 3.261749948792537;
pre_1_2_0.lo = -5.610434542726609;
pre_1_2_0.up = 5.610434542726609;
pre_1_2_1.lo = -5.610434542726609;
pre_1_2_1.up = 5.610434542726609;
pre_1_3_0.lo = -4.8951213247291925;
pre_1_3_0.up = 4.8951213247291925;
pre_1_3_1.lo = -4.8951213247291925;
pre_1_3_1.up = 4.8951213247291925;
pre_1_4_0.lo = -5.983568998979111;
pre_1_4_0.up = 5.983568998979111;
pre_1_4_1.lo = -5.983568998979111;
pre_1_4_1.up = 5.983568998979111;
pre_1_5_0.lo = -5.144425659525416;
pre_1_5_0.up = 5.144425659525416;
pre_1_5_1.lo = -5.144425659525416;
pre_1_5_1.up = 5.144425659525416;
post_1_0_0.lo = 0;
post_1_0_0.up = 4.37697936590399;
post_1_0_1.lo = 0;
post_1_0_1.up = 4.37697936590399;
post_1_1_0.lo = 0;
post_1_1_0.up = 3.261749948792537;
post_1_1_1.lo = 0;
post_1_1_1.up = 3.261749948792537;
post_1_2_0.lo = 0;
post_1_2_0.up = 5.610434542726609;
post_1_2_1.lo = 0;
post_1_2_1.up = 5.610434542726609;
post_1_3_0.lo = 0;
post_1_3_0.up = 4.8951213247291925;
post_1_3_1.lo = 0;
post_1_3_1.up = 4.8951213247291925;
post_1_4_0.lo = 0;
post_1_4_0.up = 5.983568998979111;
post_1_4_1.lo = 0;
post_1_4_1.up = 5.983568998979111;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.144425659525416;
post_1_5_1.lo = 0;
post_1_5_1.up = 5.144425659525416;
out_0_0.lo = -29.26187619542394;
out_0_0.up = 29.26187619542394;
out_1_0.lo = -22.57049969275522;
out_1_0.up = 22.57049969275522;
out_2_0.lo = -36.66260725635966;
out_2_0.up = 36.66260725635966;
out_3_0.lo = -32.370727948375155;
out_3_0.up = 32.370727948375155;
out_4_0.lo = -38.90141399387467;
out_4_0.up = 38.90141399387467;
out_5_0.lo = -33.86655395715249;
out_5_0.up = 33.86655395715249;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
