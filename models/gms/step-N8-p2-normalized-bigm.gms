* step-N8-p2-normalized-bigm  (relu-opt library: step-N8, problem 2, normalized-bigm; {"hidden": [2], "bound": 4.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, u_0_0, u_0_1, u_1_0, u_1_1, pre_1_0_0, pre_1_0_1, pre_1_1_0,
  pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0,
  pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1, post_1_0_0, post_1_0_1, post_1_1_0,
  post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0,
  post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1, b_2_0, out_0_0, out_1_0,
  out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0, post_positive_0_0, post_positive_0_1,
  post_positive_1_0, post_positive_1_1, post_positive_2_0, post_positive_2_1, post_positive_3_0, post_positive_3_1, post_positive_4_0, post_positive_4_1,
  post_positive_5_0, post_positive_5_1, post_positive_6_0, post_positive_6_1, post_positive_7_0, post_positive_7_1, post_negative_0_0, post_negative_0_1,
  post_negative_1_0, post_negative_1_1, post_negative_2_0, post_negative_2_1, post_negative_3_0, post_negative_3_1, post_negative_4_0, post_negative_4_1,
  post_negative_5_0, post_negative_5_1, post_negative_6_0, post_negative_6_1, post_negative_7_0, post_negative_7_1;

Binary Variables
  sign_0, sign_1, relu_1_0_0_on, relu_1_0_1_on, relu_1_1_0_on, relu_1_1_1_on, relu_1_2_0_on, relu_1_2_1_on,
  relu_1_3_0_on, relu_1_3_1_on, relu_1_4_0_on, relu_1_4_1_on, relu_1_5_0_on, relu_1_5_1_on, relu_1_6_0_on, relu_1_6_1_on,
  relu_1_7_0_on, relu_1_7_1_on;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, post_split_0_0, post_split_0_1, post_split_1_0, post_split_1_1, post_split_2_0, post_split_2_1, post_split_3_0,
  post_split_3_1, post_split_4_0, post_split_4_1, post_split_5_0, post_split_5_1, post_split_6_0, post_split_6_1, post_split_7_0,
  post_split_7_1, positive_if_sign_0_0, positive_if_sign_0_1, positive_if_sign_1_0, positive_if_sign_1_1, positive_if_sign_2_0, positive_if_sign_2_1, positive_if_sign_3_0,
  positive_if_sign_3_1, positive_if_sign_4_0, positive_if_sign_4_1, positive_if_sign_5_0, positive_if_sign_5_1, positive_if_sign_6_0, positive_if_sign_6_1, positive_if_sign_7_0,
  positive_if_sign_7_1, negative_unless_sign_0_0, negative_unless_sign_0_1, negative_unless_sign_1_0, negative_unless_sign_1_1, negative_unless_sign_2_0, negative_unless_sign_2_1, negative_unless_sign_3_0,
  negative_unless_sign_3_1, negative_unless_sign_4_0, negative_unless_sign_4_1, negative_unless_sign_5_0, negative_unless_sign_5_1, negative_unless_sign_6_0, negative_unless_sign_6_1, negative_unless_sign_7_0,
  negative_unless_sign_7_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, relu_1_0_0_above_pre, relu_1_0_0_off_when_inactive, relu_1_0_0_pre_when_active, relu_1_0_1_above_pre, relu_1_0_1_off_when_inactive, relu_1_0_1_pre_when_active, relu_1_1_0_above_pre,
  relu_1_1_0_off_when_inactive, relu_1_1_0_pre_when_active, relu_1_1_1_above_pre, relu_1_1_1_off_when_inactive, relu_1_1_1_pre_when_active, relu_1_2_0_above_pre, relu_1_2_0_off_when_inactive, relu_1_2_0_pre_when_active,
  relu_1_2_1_above_pre, relu_1_2_1_off_when_inactive, relu_1_2_1_pre_when_active, relu_1_3_0_above_pre, relu_1_3_0_off_when_inactive, relu_1_3_0_pre_when_active, relu_1_3_1_above_pre, relu_1_3_1_off_when_inactive,
  relu_1_3_1_pre_when_active, relu_1_4_0_above_pre, relu_1_4_0_off_when_inactive, relu_1_4_0_pre_when_active, relu_1_4_1_above_pre, relu_1_4_1_off_when_inactive, relu_1_4_1_pre_when_active, relu_1_5_0_above_pre,
  relu_1_5_0_off_when_inactive, relu_1_5_0_pre_when_active, relu_1_5_1_above_pre, relu_1_5_1_off_when_inactive, relu_1_5_1_pre_when_active, relu_1_6_0_above_pre, relu_1_6_0_off_when_inactive, relu_1_6_0_pre_when_active,
  relu_1_6_1_above_pre, relu_1_6_1_off_when_inactive, relu_1_6_1_pre_when_active, relu_1_7_0_above_pre, relu_1_7_0_off_when_inactive, relu_1_7_0_pre_when_active, relu_1_7_1_above_pre, relu_1_7_1_off_when_inactive,
  relu_1_7_1_pre_when_active;

e_obj.. - objvar - 2*out_4_0 - 2*out_5_0 - 2*out_6_0 - 2*out_7_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0)
    + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 4 =e= 0;
pre_definition_1_0_0.. + 1*u_0_0 - 1*u_0_1 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*u_1_0 - 1*u_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.7142857142857143*u_0_0 - 1*u_0_1 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.7142857142857143*u_1_0 - 1*u_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.4285714285714286*u_0_0 - 1*u_0_1 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.4285714285714286*u_1_0 - 1*u_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.1428571428571429*u_0_0 - 1*u_0_1 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.1428571428571429*u_1_0 - 1*u_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.1428571428571428*u_0_0 - 1*u_0_1 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.1428571428571428*u_1_0 - 1*u_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. - 0.4285714285714284*u_0_0 - 1*u_0_1 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.4285714285714284*u_1_0 - 1*u_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 0.7142857142857142*u_0_0 - 1*u_0_1 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.7142857142857142*u_1_0 - 1*u_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 1*u_0_0 - 1*u_0_1 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 1*u_1_0 - 1*u_1_1 + 1*pre_1_7_1 =e= 0;
post_split_0_0.. + 1*post_1_0_0 - 1*post_positive_0_0 - 1*post_negative_0_0 =e= 0;
post_split_0_1.. + 1*post_1_0_1 - 1*post_positive_0_1 - 1*post_negative_0_1 =e= 0;
post_split_1_0.. + 1*post_1_1_0 - 1*post_positive_1_0 - 1*post_negative_1_0 =e= 0;
post_split_1_1.. + 1*post_1_1_1 - 1*post_positive_1_1 - 1*post_negative_1_1 =e= 0;
post_split_2_0.. + 1*post_1_2_0 - 1*post_positive_2_0 - 1*post_negative_2_0 =e= 0;
post_split_2_1.. + 1*post_1_2_1 - 1*post_positive_2_1 - 1*post_negative_2_1 =e= 0;
post_split_3_0.. + 1*post_1_3_0 - 1*post_positive_3_0 - 1*post_negative_3_0 =e= 0;
post_split_3_1.. + 1*post_1_3_1 - 1*post_positive_3_1 - 1*post_negative_3_1 =e= 0;
post_split_4_0.. + 1*post_1_4_0 - 1*post_positive_4_0 - 1*post_negative_4_0 =e= 0;
post_split_4_1.. + 1*post_1_4_1 - 1*post_positive_4_1 - 1*post_negative_4_1 =e= 0;
post_split_5_0.. + 1*post_1_5_0 - 1*post_positive_5_0 - 1*post_negative_5_0 =e= 0;
post_split_5_1.. + 1*post_1_5_1 - 1*post_positive_5_1 - 1*post_negative_5_1 =e= 0;
post_split_6_0.. + 1*post_1_6_0 - 1*post_positive_6_0 - 1*post_negative_6_0 =e= 0;
post_split_6_1.. + 1*post_1_6_1 - 1*post_positive_6_1 - 1*post_negative_6_1 =e= 0;
post_split_7_0.. + 1*post_1_7_0 - 1*post_positive_7_0 - 1*post_negative_7_0 =e= 0;
post_split_7_1.. + 1*post_1_7_1 - 1*post_positive_7_1 - 1*post_negative_7_1 =e= 0;
positive_if_sign_0_0.. - 32*sign_0 + 1*post_positive_0_0 =l= 0;
positive_if_sign_0_1.. - 32*sign_1 + 1*post_positive_0_1 =l= 0;
positive_if_sign_1_0.. - 27.42857142857143*sign_0 + 1*post_positive_1_0 =l= 0;
positive_if_sign_1_1.. - 27.42857142857143*sign_1 + 1*post_positive_1_1 =l= 0;
positive_if_sign_2_0.. - 22.857142857142858*sign_0 + 1*post_positive_2_0 =l= 0;
positive_if_sign_2_1.. - 22.857142857142858*sign_1 + 1*post_positive_2_1 =l= 0;
positive_if_sign_3_0.. - 18.285714285714285*sign_0 + 1*post_positive_3_0 =l= 0;
positive_if_sign_3_1.. - 18.285714285714285*sign_1 + 1*post_positive_3_1 =l= 0;
positive_if_sign_4_0.. - 18.285714285714285*sign_0 + 1*post_positive_4_0 =l= 0;
positive_if_sign_4_1.. - 18.285714285714285*sign_1 + 1*post_positive_4_1 =l= 0;
positive_if_sign_5_0.. - 22.857142857142854*sign_0 + 1*post_positive_5_0 =l= 0;
positive_if_sign_5_1.. - 22.857142857142854*sign_1 + 1*post_positive_5_1 =l= 0;
positive_if_sign_6_0.. - 27.428571428571427*sign_0 + 1*post_positive_6_0 =l= 0;
positive_if_sign_6_1.. - 27.428571428571427*sign_1 + 1*post_positive_6_1 =l= 0;
positive_if_sign_7_0.. - 32*sign_0 + 1*post_positive_7_0 =l= 0;
positive_if_sign_7_1.. - 32*sign_1 + 1*post_positive_7_1 =l= 0;
negative_unless_sign_0_0.. + 32*sign_0 + 1*post_negative_0_0 =l= 32;
negative_unless_sign_0_1.. + 32*sign_1 + 1*post_negative_0_1 =l= 32;
negative_unless_sign_1_0.. + 27.42857142857143*sign_0 + 1*post_negative_1_0 =l= 27.42857142857143;
negative_unless_sign_1_1.. + 27.42857142857143*sign_1 + 1*post_negative_1_1 =l= 27.42857142857143;
negative_unless_sign_2_0.. + 22.857142857142858*sign_0 + 1*post_negative_2_0 =l= 22.857142857142858;
negative_unless_sign_2_1.. + 22.857142857142858*sign_1 + 1*post_negative_2_1 =l= 22.857142857142858;
negative_unless_sign_3_0.. + 18.285714285714285*sign_0 + 1*post_negative_3_0 =l= 18.285714285714285;
negative_unless_sign_3_1.. + 18.285714285714285*sign_1 + 1*post_negative_3_1 =l= 18.285714285714285;
negative_unless_sign_4_0.. + 18.285714285714285*sign_0 + 1*post_negative_4_0 =l= 18.285714285714285;
negative_unless_sign_4_1.. + 18.285714285714285*sign_1 + 1*post_negative_4_1 =l= 18.285714285714285;
negative_unless_sign_5_0.. + 22.857142857142854*sign_0 + 1*post_negative_5_0 =l= 22.857142857142854;
negative_unless_sign_5_1.. + 22.857142857142854*sign_1 + 1*post_negative_5_1 =l= 22.857142857142854;
negative_unless_sign_6_0.. + 27.428571428571427*sign_0 + 1*post_negative_6_0 =l= 27.428571428571427;
negative_unless_sign_6_1.. + 27.428571428571427*sign_1 + 1*post_negative_6_1 =l= 27.428571428571427;
negative_unless_sign_7_0.. + 32*sign_0 + 1*post_negative_7_0 =l= 32;
negative_unless_sign_7_1.. + 32*sign_1 + 1*post_negative_7_1 =l= 32;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*post_positive_0_0 - 1*post_positive_0_1 + 1*post_negative_0_0 + 1*post_negative_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*post_positive_1_0 - 1*post_positive_1_1 + 1*post_negative_1_0 + 1*post_negative_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*post_positive_2_0 - 1*post_positive_2_1 + 1*post_negative_2_0 + 1*post_negative_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*post_positive_3_0 - 1*post_positive_3_1 + 1*post_negative_3_0 + 1*post_negative_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*post_positive_4_0 - 1*post_positive_4_1 + 1*post_negative_4_0 + 1*post_negative_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*post_positive_5_0 - 1*post_positive_5_1 + 1*post_negative_5_0 + 1*post_negative_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*post_positive_6_0 - 1*post_positive_6_1 + 1*post_negative_6_0 + 1*post_negative_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*post_positive_7_0 - 1*post_positive_7_1 + 1*post_negative_7_0 + 1*post_negative_7_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0_off_when_inactive.. + 1*post_1_0_0 - 32*relu_1_0_0_on =l= 0;
relu_1_0_0_pre_when_active.. - 1*pre_1_0_0 + 1*post_1_0_0 + 32*relu_1_0_0_on =l= 32;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1_off_when_inactive.. + 1*post_1_0_1 - 32*relu_1_0_1_on =l= 0;
relu_1_0_1_pre_when_active.. - 1*pre_1_0_1 + 1*post_1_0_1 + 32*relu_1_0_1_on =l= 32;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0_off_when_inactive.. + 1*post_1_1_0 - 27.42857142857143*relu_1_1_0_on =l= 0;
relu_1_1_0_pre_when_active.. - 1*pre_1_1_0 + 1*post_1_1_0 + 27.42857142857143*relu_1_1_0_on =l= 27.42857142857143;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1_off_when_inactive.. + 1*post_1_1_1 - 27.42857142857143*relu_1_1_1_on =l= 0;
relu_1_1_1_pre_when_active.. - 1*pre_1_1_1 + 1*post_1_1_1 + 27.42857142857143*relu_1_1_1_on =l= 27.42857142857143;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0_off_when_inactive.. + 1*post_1_2_0 - 22.857142857142858*relu_1_2_0_on =l= 0;
relu_1_2_0_pre_when_active.. - 1*pre_1_2_0 + 1*post_1_2_0 + 22.857142857142858*relu_1_2_0_on =l= 22.857142857142858;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1_off_when_inactive.. + 1*post_1_2_1 - 22.857142857142858*relu_1_2_1_on =l= 0;
relu_1_2_1_pre_when_active.. - 1*pre_1_2_1 + 1*post_1_2_1 + 22.857142857142858*relu_1_2_1_on =l= 22.857142857142858;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0_off_when_inactive.. + 1*post_1_3_0 - 18.285714285714285*relu_1_3_0_on =l= 0;
relu_1_3_0_pre_when_active.. - 1*pre_1_3_0 + 1*post_1_3_0 + 18.285714285714285*relu_1_3_0_on =l= 18.285714285714285;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1_off_when_inactive.. + 1*post_1_3_1 - 18.285714285714285*relu_1_3_1_on =l= 0;
relu_1_3_1_pre_when_active.. - 1*pre_1_3_1 + 1*post_1_3_1 + 18.285714285714285*relu_1_3_1_on =l= 18.285714285714285;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0_off_when_inactive.. + 1*post_1_4_0 - 18.285714285714285*relu_1_4_0_on =l= 0;
relu_1_4_0_pre_when_active.. - 1*pre_1_4_0 + 1*post_1_4_0 + 18.285714285714285*relu_1_4_0_on =l= 18.285714285714285;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1_off_when_inactive.. + 1*post_1_4_1 - 18.285714285714285*relu_1_4_1_on =l= 0;
relu_1_4_1_pre_when_active.. - 1*pre_1_4_1 + 1*post_1_4_1 + 18.285714285714285*relu_1_4_1_on =l= 18.285714285714285;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0_off_when_inactive.. + 1*post_1_5_0 - 22.857142857142854*relu_1_5_0_on =l= 0;
relu_1_5_0_pre_when_active.. - 1*pre_1_5_0 + 1*post_1_5_0 + 22.857142857142854*relu_1_5_0_on =l= 22.857142857142854;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1_off_when_inactive.. + 1*post_1_5_1 - 22.857142857142854*relu_1_5_1_on =l= 0;
relu_1_5_1_pre_when_active.. - 1*pre_1_5_1 + 1*post_1_5_1 + 22.857142857142854*relu_1_5_1_on =l= 22.857142857142854;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0_off_when_inactive.. + 1*post_1_6_0 - 27.428571428571427*relu_1_6_0_on =l= 0;
relu_1_6_0_pre_when_active.. - 1*pre_1_6_0 + 1*post_1_6_0 + 27.428571428571427*relu_1_6_0_on =l= 27.428571428571427;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1_off_when_inactive.. + 1*post_1_6_1 - 27.428571428571427*relu_1_6_1_on =l= 0;
relu_1_6_1_pre_when_active.. - 1*pre_1_6_1 + 1*post_1_6_1 + 27.428571428571427*relu_1_6_1_on =l= 27.428571428571427;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0_off_when_inactive.. + 1*post_1_7_0 - 32*relu_1_7_0_on =l= 0;
relu_1_7_0_pre_when_active.. - 1*pre_1_7_0 + 1*post_1_7_0 + 32*relu_1_7_0_on =l= 32;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1_off_when_inactive.. + 1*post_1_7_1 - 32*relu_1_7_1_on =l= 0;
relu_1_7_1_pre_when_active.. - 1*pre_1_7_1 + 1*post_1_7_1 + 32*relu_1_7_1_on =l= 32;

u_0_0.lo = -16;
u_0_0.up = 16;
u_0_1.lo = -16;
u_0_1.up = 16;
u_1_0.lo = -16;
u_1_0.up = 16;
u_1_1.lo = -16;
u_1_1.up = 16;
pre_1_0_0.lo = -32;
pre_1_0_0.up = 32;
pre_1_0_1.lo = -32;
pre_1_0_1.up = 32;
pre_1_1_0.lo = -27.42857142857143;
pre_1_1_0.up = 27.42857142857143;
pre_1_1_1.lo = -27.42857142857143;
pre_1_1_1.up = 27.42857142857143;
pre_1_2_0.lo = -22.857142857142858;
pre_1_2_0.up = 22.857142857142858;
pre_1_2_1.lo = -22.857142857142858;
pre_1_2_1.up = 22.857142857142858;
pre_1_3_0.lo = -18.285714285714285;
pre_1_3_0.up = 18.285714285714285;
pre_1_3_1.lo = -18.285714285714285;
pre_1_3_1.up = 18.285714285714285;
pre_1_4_0.lo = -18.285714285714285;
pre_1_4_0.up = 18.285714285714285;
pre_1_4_1.lo = -18.285714285714285;
pre_1_4_1.up = 18.285714285714285;
pre_1_5_0.lo = -22.857142857142854;
pre_1_5_0.up = 22.857142857142854;
pre_1_5_1.lo = -22.857142857142854;
pre_1_5_1.up = 22.857142857142854;
pre_1_6_0.lo = -27.428571428571427;
pre_1_6_0.up = 27.428571428571427;
pre_1_6_1.lo = -27.428571428571427;
pre_1_6_1.up = 27.428571428571427;
pre_1_7_0.lo = -32;
pre_1_7_0.up = 32;
pre_1_7_1.lo = -32;
pre_1_7_1.up = 32;
post_1_0_0.lo = 0;
post_1_0_0.up = 32;
post_1_0_1.lo = 0;
post_1_0_1.up = 32;
post_1_1_0.lo = 0;
post_1_1_0.up = 27.42857142857143;
post_1_1_1.lo = 0;
post_1_1_1.up = 27.42857142857143;
post_1_2_0.lo = 0;
post_1_2_0.up = 22.857142857142858;
post_1_2_1.lo = 0;
post_1_2_1.up = 22.857142857142858;
post_1_3_0.lo = 0;
post_1_3_0.up = 18.285714285714285;
post_1_3_1.lo = 0;
post_1_3_1.up = 18.285714285714285;
post_1_4_0.lo = 0;
post_1_4_0.up = 18.285714285714285;
post_1_4_1.lo = 0;
post_1_4_1.up = 18.285714285714285;
post_1_5_0.lo = 0;
post_1_5_0.up = 22.857142857142854;
post_1_5_1.lo = 0;
post_1_5_1.up = 22.857142857142854;
post_1_6_0.lo = 0;
post_1_6_0.up = 27.428571428571427;
post_1_6_1.lo = 0;
post_1_6_1.up = 27.428571428571427;
post_1_7_0.lo = 0;
post_1_7_0.up = 32;
post_1_7_1.lo = 0;
post_1_7_1.up = 32;
b_2_0.lo = -4;
b_2_0.up = 4;
out_0_0.lo = -68;
out_0_0.up = 68;
out_1_0.lo = -58.85714285714286;
out_1_0.up = 58.85714285714286;
out_2_0.lo = -49.714285714285715;
out_2_0.up = 49.714285714285715;
out_3_0.lo = -40.57142857142857;
out_3_0.up = 40.57142857142857;
out_4_0.lo = -40.57142857142857;
out_4_0.up = 40.57142857142857;
out_5_0.lo = -49.71428571428571;
out_5_0.up = 49.71428571428571;
out_6_0.lo = -58.857142857142854;
out_6_0.up = 58.857142857142854;
out_7_0.lo = -68;
out_7_0.up = 68;
post_positive_0_0.lo = 0;
post_positive_0_0.up = 32;
post_positive_0_1.lo = 0;
post_positive_0_1.up = 32;
post_positive_1_0.lo = 0;
post_positive_1_0.up = 27.42857142857143;
post_positive_1_1.lo = 0;
post_positive_1_1.up = 27.42857142857143;
post_positive_2_0.lo = 0;
post_positive_2_0.up = 22.857142857142858;
post_positive_2_1.lo = 0;
post_positive_2_1.up = 22.857142857142858;
post_positive_3_0.lo = 0;
post_positive_3_0.up = 18.285714285714285;
post_positive_3_1.lo = 0;
post_positive_3_1.up = 18.285714285714285;
post_positive_4_0.lo = 0;
post_positive_4_0.up = 18.285714285714285;
post_positive_4_1.lo = 0;
post_positive_4_1.up = 18.285714285714285;
post_positive_5_0.lo = 0;
post_positive_5_0.up = 22.857142857142854;
post_positive_5_1.lo = 0;
post_positive_5_1.up = 22.857142857142854;
post_positive_6_0.lo = 0;
post_positive_6_0.up = 27.428571428571427;
post_positive_6_1.lo = 0;
post_positive_6_1.up = 27.428571428571427;
post_positive_7_0.lo = 0;
post_positive_7_0.up = 32;
post_positive_7_1.lo = 0;
post_positive_7_1.up = 32;
post_negative_0_0.lo = 0;
post_negative_0_0.up = 32;
post_negative_0_1.lo = 0;
post_negative_0_1.up = 32;
post_negative_1_0.lo = 0;
post_negative_1_0.up = 27.42857142857143;
post_negative_1_1.lo = 0;
post_negative_1_1.up = 27.42857142857143;
post_negative_2_0.lo = 0;
post_negative_2_0.up = 22.857142857142858;
post_negative_2_1.lo = 0;
post_negative_2_1.up = 22.857142857142858;
post_negative_3_0.lo = 0;
post_negative_3_0.up = 18.285714285714285;
post_negative_3_1.lo = 0;
post_negative_3_1.up = 18.285714285714285;
post_negative_4_0.lo = 0;
post_negative_4_0.up = 18.285714285714285;
post_negative_4_1.lo = 0;
post_negative_4_1.up = 18.285714285714285;
post_negative_5_0.lo = 0;
post_negative_5_0.up = 22.857142857142854;
post_negative_5_1.lo = 0;
post_negative_5_1.up = 22.857142857142854;
post_negative_6_0.lo = 0;
post_negative_6_0.up = 27.428571428571427;
post_negative_6_1.lo = 0;
post_negative_6_1.up = 27.428571428571427;
post_negative_7_0.lo = 0;
post_negative_7_0.up = 32;
post_negative_7_1.lo = 0;
post_negative_7_1.up = 32;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
