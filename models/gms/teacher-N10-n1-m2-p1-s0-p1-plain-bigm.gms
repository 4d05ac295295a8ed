* teacher-N10-n1-m2-p1-s0-p1-plain-bigm  (relu-opt library: teacher-N10-n1-m2-p1-s0, problem 1, plain-bigm; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_2_0_0, w_2_0_1, b_1_0, b_1_1, b_2_0,
  pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1,
  pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1,
  pre_1_8_0, pre_1_8_1, pre_1_9_0, pre_1_9_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1,
  post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1,
  post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1, post_1_9_0, post_1_9_1,
  out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0,
  out_8_0, out_9_0;

Binary Variables
  relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on, relu_1_3_0_on, relu_1_3_1_on,
  relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on, relu_1_7_0_on, relu_1_7_1_on,
  relu_1_8_0_on, relu_1_8_1_on, relu_1_9_0_on, relu_1_9_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, out_definition_0_0, out_definition_1_0, out_definition_2_0,
  out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, out_definition_9_0, relu_1_0_0_above_pre,
  relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active,
  relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active, relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive,
  relu_1_2_1_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive, relu_1_3_1_pre_when_active, relu_1_4_0_above_pre,
  relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_5_0_above_pre, relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active,
  relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active, relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive,
  relu_1_6_1_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive, relu_1_7_1_pre_when_active, relu_1_8_0_above_pre,
  relu_1_8_0_off_when_inactive, relu_1_8_0_pre_when_active, relu_1_8_1_above_pre, relu_1_8_1_off_when_inactive, relu_1_8_1_pre_when_active, relu_1_9_0_above_pre, relu_1_9_0_off_when_inactive, relu_1_9_0_pre_when_active,
  relu_1_9_1_above_pre, relu_1_9_1_off_when_inactive, relu_1_9_1_pre_when_active;

e_obj.. - objvar - 0.36328307179488856*out_0_0 - 0.508869210343546*out_1_0 - 0.635045776957255*out_2_0 - 0.4008361704799126*out_3_0 - 0.6998357971786566*out_4_0 - 0.2935041683713967*out_5_0 - 0.4968451170873234*out_6_0
    - 0.6072371393990812*out_7_0 - 0.44534556262089436*out_8_0 - 0.2778432531979578*out_9_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0)
    + 1*sqr(out_5_0) + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 0.6054779087703878 =e= 0;
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
pre_definition_1_6_0.. + 0.9328288493890713*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.9328288493890713*w_1_1_0 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.45931089285988813*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.45931089285988813*w_1_1_0 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. + 0.648688758794882*w_1_0_0 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. + 0.648688758794882*w_1_1_0 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.7263578446997732*w_1_0_0 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.7263578446997732*w_1_1_0 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
out_definition_8_0.. - 1*b_2_0 + 1*out_8_0 - 1*w_2_0_0*post_1_8_0 - 1*w_2_0_1*post_1_8_1 =e= 0;
out_definition_9_0.. - 1*b_2_0 + 1*out_9_0 - 1*w_2_0_0*post_1_9_0 - 1*w_2_0_1*post_1_9_1 =e= 0;
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
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 5.798486548167213*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 5.798486548167213*relu_1_6_0_on =l= 5.798486548167213;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 5.798486548167213*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 5.798486548167213*relu_1_6_1_on =l= 5.798486548167213;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 4.377932678579665*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 4.377932678579665*relu_1_7_0_on =l= 4.377932678579665;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 4.377932678579665*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 4.377932678579665*relu_1_7_1_on =l= 4.377932678579665;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0_off_when_inactive.. + 1*post_1_8_0 - 4.946066276384646*relu_1_8_0_on =l= 0;
relu_1_8_0_pre_when_active.. - 1*pre_1_8_0 + 1*post_1_8_0 + 4.946066276384646*relu_1_8_0_on =l= 4.946066276384646;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1_off_when_inactive.. + 1*post_1_8_1 - 4.946066276384646*relu_1_8_1_on =l= 0;
relu_1_8_1_pre_when_active.. - 1*pre_1_8_1 + 1*post_1_8_1 + 4.946066276384646*relu_1_8_1_on =l= 4.946066276384646;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0_off_when_inactive.. + 1*post_1_9_0 - 5.179073534099319*relu_1_9_0_on =l= 0;
relu_1_9_0_pre_when_active.. - 1*pre_1_9_0 + 1*post_1_9_0 + 5.179073534099319*relu_1_9_0_on =l= 5.179073534099319;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1_off_when_inactive.. + 1*post_1_9_1 - 5.179073534099319*relu_1_9_1_on =l= 0;
relu_1_9_1_pre_when_active.. - 1*pre_1_9_1 + 1*post_1_9_1 + 5.179073534099319*relu_1_9_1_on =l= 5.179073534099319;

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
pre_1_6_0.lo = -5.798486548167213;
pre_1_6_0.up = 5.798486548167213;
pre_1_6_1.lo = -5.798486548167213;
pre_1_6_1.up = 5.798486548167213;
pre_1_7_0.lo = -4.377932678579665;
pre_1_7_0.up = 4.377932678579665;
pre_1_7_1.lo = -4.377932678579665;
pre_1_7_1.up = 4.377932678579665;
pre_1_8_0.lo = -4.946066276384646;
pre_1_8_0.up = 4.946066276384646;
pre_1_8_1.lo = -4.946066276384646;
pre_1_8_1.up = 4.946066276384646;
pre_1_9_0.lo = -5.179073534099319;
pre_1_9_0.up = 5.179073534099319;
pre_1_9_1.lo = -5.179073534099319;
pre_1_9_1.up = 5.179073534099319;
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
post_1_6_0.lo = 0;
post_1_6_0.up = 5.798486548167213;
post_1_6_1.lo = 0;
post_1_6_1.up = 5.798486548167213;
post_1_7_0.lo = 0;
post_1_7_0.up = 4.377932678579665;
post_1_7_1.lo = 0;
post_1_7_1.up = 4.377932678579665;
post_1_8_0.lo = 0;
post_1_8_0.up = 4.946066276384646;
post_1_8_1.lo = 0;
post_1_8_1.up = 4.946066276384646;
post_1_9_0.lo = 0;
post_1_9_0.up = 5.179073534099319;
post_1_9_1.lo = 0;
post_1_9_1.up = 5.179073534099319;
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
out_6_0.lo = -37.790919289003284;
out_6_0.up = 37.790919289003284;
out_7_0.lo = -29.26759607147799;
out_7_0.up = 29.26759607147799;
out_8_0.lo = -32.67639765830788;
out_8_0.up = 32.67639765830788;
out_9_0.lo = -34.074441204595914;
out_9_0.up = 34.074441204595914;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
