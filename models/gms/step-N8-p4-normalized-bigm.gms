* step-N8-p4-normalized-bigm  (relu-opt library: step-N8, problem 4, normalized-bigm; {"hidden": [1], "bound": 4.0, "loss": "linf"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, pre_1_0_0, pre_1_1_0, pre_1_2_0, pre_1_3_0, pre_1_4_0,
  pre_1_5_0, pre_1_6_0, pre_1_7_0, post_1_0_0, post_1_1_0, post_1_2_0, post_1_3_0, post_1_4_0,
  post_1_5_0, post_1_6_0, post_1_7_0, b_2_0, out_0_0, out_1_0, out_2_0, out_3_0,
  out_4_0, out_5_0, out_6_0, out_7_0, post_positive_0_0, post_positive_1_0, post_positive_2_0, post_positive_3_0,
  post_positive_4_0, post_positive_5_0, post_positive_6_0, post_positive_7_0, post_negative_0_0, post_negative_1_0, post_negative_2_0, post_negative_3_0,
  post_negative_4_0, post_negative_5_0, post_negative_6_0, post_negative_7_0, max_residual;

Binary Variables
  sign_0, relu_1_0_0_on, relu_1_1_0_on, relu_1_2_0_on, relu_1_3_0_on, relu_1_4_0_on, relu_1_5_0_on, relu_1_6_0_on,
  relu_1_7_0_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_1_0, pre_definition_1_2_0, pre_definition_1_3_0, pre_definition_1_4_0, pre_definition_1_5_0, pre_definition_1_6_0,
  pre_definition_1_7_0, post_split_0_0, post_split_1_0, post_split_2_0, post_split_3_0, post_split_4_0, post_split_5_0, post_split_6_0,
  post_split_7_0, positive_if_sign_0_0, positive_if_sign_1_0, positive_if_sign_2_0, positive_if_sign_3_0, positive_if_sign_4_0, positive_if_sign_5_0, positive_if_sign_6_0,
  positive_if_sign_7_0, negative_unless_sign_0_0, negative_unless_sign_1_0, negative_unless_sign_2_0, negative_unless_sign_3_0, negative_unless_sign_4_0, negative_unless_sign_5_0, negative_unless_sign_6_0,
  negative_unless_sign_7_0, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, residual_upper_0_0, residual_upper_1_0, residual_upper_2_0, residual_upper_3_0, residual_upper_4_0, residual_upper_5_0, residual_upper_6_0,
  residual_upper_7_0, residual_lower_0_0, residual_lower_1_0, residual_lower_2_0, residual_lower_3_0, residual_lower_4_0, residual_lower_5_0, residual_lower_6_0,
  residual_lower_7_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_1_0_above_pre, relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_2_0_above_pre,
  relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active,
  relu_1_5_0_above_pre, relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive,
  relu_1_7_0_pre_when_active;

e_obj.. - objvar + 1*max_residual =e= 0;
pre_definition_1_0_0.. + 1*u_0_0 - 1*u_0_1 + 1*pre_1_0_0 =e= 0;
pre_definition_1_1_0.. + 0.7142857142857143*u_0_0 - 1*u_0_1 + 1*pre_1_1_0 =e= 0;
pre_definition_1_2_0.. + 0.4285714285714286*u_0_0 - 1*u_0_1 + 1*pre_1_2_0 =e= 0;
pre_definition_1_3_0.. + 0.1428571428571429*u_0_0 - 1*u_0_1 + 1*pre_1_3_0 =e= 0;
pre_definition_1_4_0.. - 0.1428571428571428*u_0_0 - 1*u_0_1 + 1*pre_1_4_0 =e= 0;
pre_definition_1_5_0.. - 0.4285714285714284*u_0_0 - 1*u_0_1 + 1*pre_1_5_0 =e= 0;
pre_definition_1_6_0.. - 0.7142857142857142*u_0_0 - 1*u_0_1 + 1*pre_1_6_0 =e= 0;
pre_definition_1_7_0.. - 1*u_0_0 - 1*u_0_1 + 1*pre_1_7_0 =e= 0;
post_split_0_0.. + 1*post_1_0_0 - 1*post_positive_0_0 - 1*post_negative_0_0 =e= 0;
post_split_1_0.. + 1*post_1_1_0 - 1*post_positive_1_0 - 1*post_negative_1_0 =e= 0;
post_split_2_0.. + 1*post_1_2_0 - 1*post_positive_2_0 - 1*post_negative_2_0 =e= 0;
post_split_3_0.. + 1*post_1_3_0 - 1*post_positive_3_0 - 1*post_negative_3_0 =e= 0;
post_split_4_0.. + 1*post_1_4_0 - 1*post_positive_4_0 - 1*post_negative_4_0 =e= 0;
post_split_5_0.. + 1*post_1_5_0 - 1*post_positive_5_0 - 1*post_negative_5_0 =e= 0;
post_split_6_0.. + 1*post_1_6_0 - 1*post_positive_6_0 - 1*post_negative_6_0 =e= 0;
post_split_7_0.. + 1*post_1_7_0 - 1*post_positive_7_0 - 1*post_negative_7_0 =e= 0;
positive_if_sign_0_0.. - 32*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_1_0.. - 27.42857142857143*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_2_0.. - 22.857142857142858*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_3_0.. - 18.285714285714285*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_4_0.. - 18.285714285714285*sign_0 + 1*post_positive_4_0 =l= 0;
positive_if_sign_5_0.. - 22.857142857142854*sign_0 + 1*post_positive_5_0 =l= 0;
positive_if_sign_6_0.. - 27.428571428571427*sign_0 + 1*post_positive_6_0 =l= 0;
positive_if_sign_7_0.. - 32*sign_0 + 1*post_positive_7_0 =l= 0;
negative_unless_sign_0_0.. + 32*sign_0 + 1*post_negative_0_0 =l= 32;
negative_unless_sign_1_0.. + 27.42857142857143*sign_0 + 1*post_negative_1_0 =l= 27.42857142857143;
negative_unless_sign_2_0.. + 22.857142857142858*sign_0 + 1*post_negative_2_0 =l= 22.857142857142858;
negative_unless_sign_3_0.. + 18.285714285714285*sign_0 + 1*post_negative_3_0 =l= 18.285714285714285;
negative_unless_sign_4_0.. + 18.285714285714285*sign_0 + 1*post_negative_4_0 =l= 18.285714285714285;
negative_unless_sign_5_0.. + 22.857142857142854*sign_0 + 1*post_negative_5_0 =l= 22.857142857142854;
negative_unless_sign_6_0.. + 27.428571428571427*sign_0 + 1*post_negative_6_0 =l= 27.428571428571427;
negative_unless_sign_7_0.. + 32*sign_0 + 1*post_negative_7_0 =l= 32;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*post_positive_0_0 + 1*post_negative_0_0 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*post_positive_1_0 + 1*post_negative_1_0 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*post_positive_2_0 + 1*post_negative_2_0 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*post_positive_3_0 + 1*post_negative_3_0 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*post_positive_4_0 + 1*post_negative_4_0 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*post_positive_5_0 + 1*post_negative_5_0 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*post_positive_6_0 + 1*post_negative_6_0 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*post_positive_7_0 + 1*post_negative_7_0 =e= 0;
residual_upper_0_0.. + 1*out_0_0 - 1*max_residual =l= 0;
residual_upper_1_0.. + 1*out_1_0 - 1*max_residual =l= 0;
residual_upper_2_0.. + 1*out_2_0 - 1*max_residual =l= 0;
residual_upper_3_0.. + 1*out_3_0 - 1*max_residual =l= 0;
residual_upper_4_0.. + 1*out_4_0 - 1*max_residual =l= 1;
residual_upper_5_0.. + 1*out_5_0 - 1*max_residual =l= 1;
residual_upper_6_0.. + 1*out_6_0 - 1*max_residual =l= 1;
residual_upper_7_0.. + 1*out_7_0 - 1*max_residual =l= 1;
residual_lower_0_0.. - 1*out_0_0 - 1*max_residual =l= 0;
residual_lower_1_0.. - 1*out_1_0 - 1*max_residual =l= 0;
residual_lower_2_0.. - 1*out_2_0 - 1*max_residual =l= 0;
residual_lower_3_0.. - 1*out_3_0 - 1*max_residual =l= 0;
residual_lower_4_0.. - 1*out_4_0 - 1*max_residual =l= -1;
residual_lower_5_0.. - 1*out_5_0 - 1*max_residual =l= -1;
residual_lower_6_0.. - 1*out_6_0 - 1*max_residual =l= -1;
residual_lower_7_0.. - 1*out_7_0 - 1*max_residual =l= -1;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 32*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 32*relu_1_0_0_on =l= 32;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 27.42857142857143*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 27.42857142857143*relu_1_1_0_on =l= 27.42857142857143;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 22.857142857142858*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 22.857142857142858*relu_1_2_0_on =l= 22.857142857142858;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 18.285714285714285*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 18.285714285714285*relu_1_3_0_on =l= 18.285714285714285;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 18.285714285714285*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 18.285714285714285*relu_1_4_0_on =l= 18.285714285714285;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 22.857142857142854*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 22.857142857142854*relu_1_5_0_on =l= 22.857142857142854;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 27.428571428571427*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 27.428571428571427*relu_1_6_0_on =l= 27.428571428571427;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 32*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 32*relu_1_7_0_on =l= 32;

u_0_0.lo = -16;
u_0_0.up = 16;
u_0_1.lo = -16;
u_0_1.up = 16;
pre_1_0_0.lo = -32;
pre_1_0_0.up = 32;
pre_1_1_0.lo = -27.42857142857143;
pre_1_1_0.up = 27.42857142857143;
pre_1_2_0.lo = -22.857142857142858;
pre_1_2_0.up = 22.857142857142858;
pre_1_3_0.lo = -18.285714285714285;
pre_1_3_0.up = 18.285714285714285;
pre_1_4_0.lo = -18.285714285714285;
pre_1_4_0.up = 18.285714285714285;
pre_1_5_0.lo = -22.857142857142854;
pre_1_5_0.up = 22.857142857142854;
pre_1_6_0.lo = -27.428571428571427;
pre_1_6_0.up = 27.428571428571427;
pre_1_7_0.lo = -32;
pre_1_7_0.up = 32;
post_1_0_0.lo = 0;
post_1_0_0.up = 32;
post_1_1_0.lo = 0;
post_1_1_0.up = 27.42857142857143;
post_1_2_0.lo = 0;
post_1_2_0.up = 22.857142857142858;
post_1_3_0.lo = 0;
post_1_3_0.up = 18.285714285714285;
post_1_4_0.lo = 0;
post_1_4_0.up = 18.285714285714285;
post_1_5_0.lo = 0;
post_1_5_0.up = 22.857142857142854;
post_1_6_0.lo = 0;
post_1_6_0.up = 27.428571428571427;
post_1_7_0.lo = 0;
post_1_7_0.up = 32;
b_2_0.lo = -4;
b_2_0.up = 4;
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
post_positive_0_0.lo = 0;
post_positive_0_0.up = 32;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 27.42857142857143;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 22.857142857142858;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 18.285714285714285;
post_positive_4_0.lo = 0;
post_positive_4_0.up = 18.285714285714285;
post_positive_5_0.lo = 0;
post_positive_5_0.up = 22.857142857142854;
post_positive_6_0.lo = 0;
post_positive_6_0.up = 27.428571428571427;
post_positive_7_0.lo = 0;
post_positive_7_0.up = 32;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 32;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 27.42857142857143;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 22.857142857142858;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 18.285714285714285;
post_negative_4_0.lo = 0;
post_negative_4_0.up = 18.285714285714285;
post_negative_5_0.lo = 0;
post_negative_5_0.up = 22.857142857142854;
post_negative_6_0.lo = 0;
post_negative_6_0.up = 27.428571428571427;
post_negative_7_0.lo = 0;
post_negative_7_0.up = 32;
max_residual.lo = 0;
max_residual.up = 37;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIP minimizing objvar;
