* teacher-N10-n2-m2-p1-s0-exact-p1-plain-indicator  (relu-opt library: teacher-N10-n2-m2-p1-s0-exact, problem 1, plain-indicator; {"hidden": [2], "bound": 1.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, b_1_0,
  b_1_1, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1,
  pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1,
  pre_1_7_0, pre_1_7_1, pre_1_8_0, pre_1_8_1, pre_1_9_0, pre_1_9_1, post_1_0_0, post_1_0_1,
  post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1,
  post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1, post_1_8_0, post_1_8_1,
  post_1_9_0, post_1_9_1, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0, out_8_0, out_9_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var,
  relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var,
  relu_1_8_0_on_binary_indicator_var, relu_1_8_0_off_binary_indicator_var, relu_1_8_1_on_binary_indicator_var, relu_1_8_1_off_binary_indicator_var, relu_1_9_0_on_binary_indicator_var, relu_1_9_0_off_binary_indicator_var, relu_1_9_1_on_binary_indicator_var, relu_1_9_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, pre_definition_1_8_0, pre_definition_1_8_1, pre_definition_1_9_0, pre_definition_1_9_1, out_definition_0_0, out_definition_1_0, out_definition_2_0,
  out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0, out_definition_7_0, out_definition_8_0, out_definition_9_0, relu_1_0_0_above_pre,
  relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e33_, e34_, e35_, e36_, e37_, relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor,
  e40_, e41_, e42_, e43_, e44_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e47_,
  e48_, e49_, e50_, e51_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e54_, e55_,
  e56_, e57_, e58_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e61_, e62_, e63_,
  e64_, e65_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e68_, e69_, e70_, e71_,
  e72_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e75_, e76_, e77_, e78_, e79_,
  relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e82_, e83_, e84_, e85_, e86_, relu_1_4_0_above_pre,
  relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e89_, e90_, e91_, e92_, e93_, relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor,
  e96_, e97_, e98_, e99_, e100_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e103_,
  e104_, e105_, e106_, e107_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e110_, e111_,
  e112_, e113_, e114_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e117_, e118_, e119_,
  e120_, e121_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e124_, e125_, e126_, e127_,
  e128_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e131_, e132_, e133_, e134_, e135_,
  relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e138_, e139_, e140_, e141_, e142_, relu_1_8_0_above_pre,
  relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor, e145_, e146_, e147_, e148_, e149_, relu_1_8_1_above_pre, relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor,
  e152_, e153_, e154_, e155_, e156_, relu_1_9_0_above_pre, relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor, e159_,
  e160_, e161_, e162_, e163_, relu_1_9_1_above_pre, relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor, e166_, e167_,
  e168_, e169_, e170_;

e_obj.. - objvar - 0.4193522367720246*out_0_0 - 1.1466217731502886*out_1_0 - 1.3788048484888011*out_2_0 - 0.8830540094840134*out_3_0 - 1.5735974600941993*out_4_0 - 2.334434912963831*out_5_0 - 1.3751095843567567*out_6_0
    - 0.7356960844095347*out_7_0 - 0.29045122441146504*out_8_0 - 0.481230368260261*out_9_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0)
    + 1*sqr(out_5_0) + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 1*sqr(out_8_0) + 1*sqr(out_9_0) + 3.7113499977531887 =e= 0;
pre_definition_1_0_0.. - 0.8701448475755365*w_1_0_0 - 0.6317071082430643*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.8701448475755365*w_1_1_0 - 0.6317071082430643*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.9945229996597038*w_1_0_0 - 0.7148085531751387*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.9945229996597038*w_1_1_0 - 0.7148085531751387*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.9328288493890713*w_1_0_0 - 0.45931089285988813*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.9328288493890713*w_1_1_0 - 0.45931089285988813*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.648688758794882*w_1_0_0 - 0.7263578446997732*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.648688758794882*w_1_1_0 - 0.7263578446997732*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.08292244049818343*w_1_0_0 + 0.40057621892523043*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.08292244049818343*w_1_1_0 + 0.40057621892523043*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.1546255576046831*w_1_0_0 + 0.9433606577090741*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.1546255576046831*w_1_1_0 + 0.9433606577090741*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.7514334470008721*w_1_0_0 - 0.34124882938726064*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.7514334470008721*w_1_1_0 - 0.34124882938726064*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.2943790231485002*w_1_0_0 - 0.2307702229625077*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.2943790231485002*w_1_1_0 - 0.2307702229625077*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
pre_definition_1_8_0.. + 0.23264489147623313*w_1_0_0 - 0.994419871578422*w_1_0_1 - 1*b_1_0 + 1*pre_1_8_0 =e= 0;
pre_definition_1_8_1.. + 0.23264489147623313*w_1_1_0 - 0.994419871578422*w_1_1_1 - 1*b_1_1 + 1*pre_1_8_1 =e= 0;
pre_definition_1_9_0.. - 0.9616706775524602*w_1_0_0 - 0.3710839689613894*w_1_0_1 - 1*b_1_0 + 1*pre_1_9_0 =e= 0;
pre_definition_1_9_1.. - 0.9616706775524602*w_1_1_0 - 0.3710839689613894*w_1_1_1 - 1*b_1_1 + 1*pre_1_9_1 =e= 0;
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
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e33_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 2.5018519558186005*relu_1_0_0_on_binary_indicator_var =g= -2.5018519558186005;
e34_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 5.003703911637201*relu_1_0_0_on_binary_indicator_var =l= 5.003703911637201;
e35_.. + 1*post_1_0_0 =g= 0;
e36_.. + 1*post_1_0_0 + 2.5018519558186005*relu_1_0_0_off_binary_indicator_var =l= 2.5018519558186005;
e37_.. + 1*pre_1_0_0 + 2.5018519558186005*relu_1_0_0_off_binary_indicator_var =l= 2.5018519558186005;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e40_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 2.5018519558186005*relu_1_0_1_on_binary_indicator_var =g= -2.5018519558186005;
e41_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 5.003703911637201*relu_1_0_1_on_binary_indicator_var =l= 5.003703911637201;
e42_.. + 1*post_1_0_1 =g= 0;
e43_.. + 1*post_1_0_1 + 2.5018519558186005*relu_1_0_1_off_binary_indicator_var =l= 2.5018519558186005;
e44_.. + 1*pre_1_0_1 + 2.5018519558186005*relu_1_0_1_off_binary_indicator_var =l= 2.5018519558186005;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e47_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 2.7093315528348425*relu_1_1_0_on_binary_indicator_var =g= -2.7093315528348425;
e48_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 5.418663105669685*relu_1_1_0_on_binary_indicator_var =l= 5.418663105669685;
e49_.. + 1*post_1_1_0 =g= 0;
e50_.. + 1*post_1_1_0 + 2.7093315528348425*relu_1_1_0_off_binary_indicator_var =l= 2.7093315528348425;
e51_.. + 1*pre_1_1_0 + 2.7093315528348425*relu_1_1_0_off_binary_indicator_var =l= 2.7093315528348425;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e54_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 2.7093315528348425*relu_1_1_1_on_binary_indicator_var =g= -2.7093315528348425;
e55_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 5.418663105669685*relu_1_1_1_on_binary_indicator_var =l= 5.418663105669685;
e56_.. + 1*post_1_1_1 =g= 0;
e57_.. + 1*post_1_1_1 + 2.7093315528348425*relu_1_1_1_off_binary_indicator_var =l= 2.7093315528348425;
e58_.. + 1*pre_1_1_1 + 2.7093315528348425*relu_1_1_1_off_binary_indicator_var =l= 2.7093315528348425;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e61_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 2.3921397422489594*relu_1_2_0_on_binary_indicator_var =g= -2.3921397422489594;
e62_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 4.784279484497919*relu_1_2_0_on_binary_indicator_var =l= 4.784279484497919;
e63_.. + 1*post_1_2_0 =g= 0;
e64_.. + 1*post_1_2_0 + 2.3921397422489594*relu_1_2_0_off_binary_indicator_var =l= 2.3921397422489594;
e65_.. + 1*pre_1_2_0 + 2.3921397422489594*relu_1_2_0_off_binary_indicator_var =l= 2.3921397422489594;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e68_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 2.3921397422489594*relu_1_2_1_on_binary_indicator_var =g= -2.3921397422489594;
e69_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 4.784279484497919*relu_1_2_1_on_binary_indicator_var =l= 4.784279484497919;
e70_.. + 1*post_1_2_1 =g= 0;
e71_.. + 1*post_1_2_1 + 2.3921397422489594*relu_1_2_1_off_binary_indicator_var =l= 2.3921397422489594;
e72_.. + 1*pre_1_2_1 + 2.3921397422489594*relu_1_2_1_off_binary_indicator_var =l= 2.3921397422489594;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e75_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 2.3750466034946554*relu_1_3_0_on_binary_indicator_var =g= -2.3750466034946554;
e76_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 4.750093206989311*relu_1_3_0_on_binary_indicator_var =l= 4.750093206989311;
e77_.. + 1*post_1_3_0 =g= 0;
e78_.. + 1*post_1_3_0 + 2.3750466034946554*relu_1_3_0_off_binary_indicator_var =l= 2.3750466034946554;
e79_.. + 1*pre_1_3_0 + 2.3750466034946554*relu_1_3_0_off_binary_indicator_var =l= 2.3750466034946554;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e82_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 2.3750466034946554*relu_1_3_1_on_binary_indicator_var =g= -2.3750466034946554;
e83_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 4.750093206989311*relu_1_3_1_on_binary_indicator_var =l= 4.750093206989311;
e84_.. + 1*post_1_3_1 =g= 0;
e85_.. + 1*post_1_3_1 + 2.3750466034946554*relu_1_3_1_off_binary_indicator_var =l= 2.3750466034946554;
e86_.. + 1*pre_1_3_1 + 2.3750466034946554*relu_1_3_1_off_binary_indicator_var =l= 2.3750466034946554;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e89_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 1.4834986594234139*relu_1_4_0_on_binary_indicator_var =g= -1.4834986594234139;
e90_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 2.9669973188468277*relu_1_4_0_on_binary_indicator_var =l= 2.9669973188468277;
e91_.. + 1*post_1_4_0 =g= 0;
e92_.. + 1*post_1_4_0 + 1.4834986594234139*relu_1_4_0_off_binary_indicator_var =l= 1.4834986594234139;
e93_.. + 1*pre_1_4_0 + 1.4834986594234139*relu_1_4_0_off_binary_indicator_var =l= 1.4834986594234139;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e96_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 1.4834986594234139*relu_1_4_1_on_binary_indicator_var =g= -1.4834986594234139;
e97_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 2.9669973188468277*relu_1_4_1_on_binary_indicator_var =l= 2.9669973188468277;
e98_.. + 1*post_1_4_1 =g= 0;
e99_.. + 1*post_1_4_1 + 1.4834986594234139*relu_1_4_1_off_binary_indicator_var =l= 1.4834986594234139;
e100_.. + 1*pre_1_4_1 + 1.4834986594234139*relu_1_4_1_off_binary_indicator_var =l= 1.4834986594234139;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e103_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 2.097986215313757*relu_1_5_0_on_binary_indicator_var =g= -2.097986215313757;
e104_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 4.195972430627514*relu_1_5_0_on_binary_indicator_var =l= 4.195972430627514;
e105_.. + 1*post_1_5_0 =g= 0;
e106_.. + 1*post_1_5_0 + 2.097986215313757*relu_1_5_0_off_binary_indicator_var =l= 2.097986215313757;
e107_.. + 1*pre_1_5_0 + 2.097986215313757*relu_1_5_0_off_binary_indicator_var =l= 2.097986215313757;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e110_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 2.097986215313757*relu_1_5_1_on_binary_indicator_var =g= -2.097986215313757;
e111_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 4.195972430627514*relu_1_5_1_on_binary_indicator_var =l= 4.195972430627514;
e112_.. + 1*post_1_5_1 =g= 0;
e113_.. + 1*post_1_5_1 + 2.097986215313757*relu_1_5_1_off_binary_indicator_var =l= 2.097986215313757;
e114_.. + 1*pre_1_5_1 + 2.097986215313757*relu_1_5_1_off_binary_indicator_var =l= 2.097986215313757;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e117_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 2.0926822763881328*relu_1_6_0_on_binary_indicator_var =g= -2.0926822763881328;
e118_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 4.1853645527762655*relu_1_6_0_on_binary_indicator_var =l= 4.1853645527762655;
e119_.. + 1*post_1_6_0 =g= 0;
e120_.. + 1*post_1_6_0 + 2.0926822763881328*relu_1_6_0_off_binary_indicator_var =l= 2.0926822763881328;
e121_.. + 1*pre_1_6_0 + 2.0926822763881328*relu_1_6_0_off_binary_indicator_var =l= 2.0926822763881328;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e124_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 2.0926822763881328*relu_1_6_1_on_binary_indicator_var =g= -2.0926822763881328;
e125_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 4.1853645527762655*relu_1_6_1_on_binary_indicator_var =l= 4.1853645527762655;
e126_.. + 1*post_1_6_1 =g= 0;
e127_.. + 1*post_1_6_1 + 2.0926822763881328*relu_1_6_1_off_binary_indicator_var =l= 2.0926822763881328;
e128_.. + 1*pre_1_6_1 + 2.0926822763881328*relu_1_6_1_off_binary_indicator_var =l= 2.0926822763881328;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e131_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 1.5251492461110079*relu_1_7_0_on_binary_indicator_var =g= -1.5251492461110079;
e132_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 3.0502984922220158*relu_1_7_0_on_binary_indicator_var =l= 3.0502984922220158;
e133_.. + 1*post_1_7_0 =g= 0;
e134_.. + 1*post_1_7_0 + 1.5251492461110079*relu_1_7_0_off_binary_indicator_var =l= 1.5251492461110079;
e135_.. + 1*pre_1_7_0 + 1.5251492461110079*relu_1_7_0_off_binary_indicator_var =l= 1.5251492461110079;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e138_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 1.5251492461110079*relu_1_7_1_on_binary_indicator_var =g= -1.5251492461110079;
e139_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 3.0502984922220158*relu_1_7_1_on_binary_indicator_var =l= 3.0502984922220158;
e140_.. + 1*post_1_7_1 =g= 0;
e141_.. + 1*post_1_7_1 + 1.5251492461110079*relu_1_7_1_off_binary_indicator_var =l= 1.5251492461110079;
e142_.. + 1*pre_1_7_1 + 1.5251492461110079*relu_1_7_1_off_binary_indicator_var =l= 1.5251492461110079;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e145_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 2.2270647630546554*relu_1_8_0_on_binary_indicator_var =g= -2.2270647630546554;
e146_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 4.454129526109311*relu_1_8_0_on_binary_indicator_var =l= 4.454129526109311;
e147_.. + 1*post_1_8_0 =g= 0;
e148_.. + 1*post_1_8_0 + 2.2270647630546554*relu_1_8_0_off_binary_indicator_var =l= 2.2270647630546554;
e149_.. + 1*pre_1_8_0 + 2.2270647630546554*relu_1_8_0_off_binary_indicator_var =l= 2.2270647630546554;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e152_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 2.2270647630546554*relu_1_8_1_on_binary_indicator_var =g= -2.2270647630546554;
e153_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 4.454129526109311*relu_1_8_1_on_binary_indicator_var =l= 4.454129526109311;
e154_.. + 1*post_1_8_1 =g= 0;
e155_.. + 1*post_1_8_1 + 2.2270647630546554*relu_1_8_1_off_binary_indicator_var =l= 2.2270647630546554;
e156_.. + 1*pre_1_8_1 + 2.2270647630546554*relu_1_8_1_off_binary_indicator_var =l= 2.2270647630546554;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e159_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 2.3327546465138496*relu_1_9_0_on_binary_indicator_var =g= -2.3327546465138496;
e160_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 4.665509293027699*relu_1_9_0_on_binary_indicator_var =l= 4.665509293027699;
e161_.. + 1*post_1_9_0 =g= 0;
e162_.. + 1*post_1_9_0 + 2.3327546465138496*relu_1_9_0_off_binary_indicator_var =l= 2.3327546465138496;
e163_.. + 1*pre_1_9_0 + 2.3327546465138496*relu_1_9_0_off_binary_indicator_var =l= 2.3327546465138496;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e166_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 2.3327546465138496*relu_1_9_1_on_binary_indicator_var =g= -2.3327546465138496;
e167_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 4.665509293027699*relu_1_9_1_on_binary_indicator_var =l= 4.665509293027699;
e168_.. + 1*post_1_9_1 =g= 0;
e169_.. + 1*post_1_9_1 + 2.3327546465138496*relu_1_9_1_off_binary_indicator_var =l= 2.3327546465138496;
e170_.. + 1*pre_1_9_1 + 2.3327546465138496*relu_1_9_1_off_binary_indicator_var =l= 2.3327546465138496;

w_1_0_0.lo = -1;
w_1_0_0.up = 1;
w_1_0_1.lo = -1;
w_1_0_1.up = 1;
w_1_1_0.lo = -1;
w_1_1_0.up = 1;
w_1_1_1.lo = -1;
w_1_1_1.up = 1;
w_2_0_0.lo = -1;
w_2_0_0.up = 1;
w_2_0_1.lo = -1;
w_2_0_1.up = 1;
b_1_0.lo = -1;
b_1_0.up = 1;
b_1_1.lo = -1;
b_1_1.up = 1;
b_2_0.lo = -1;
b_2_0.up = 1;
pre_1_0_0.lo = -2.5018519558186005;
pre_1_0_0.up = 2.5018519558186005;
pre_1_0_1.lo = -2.5018519558186005;
pre_1_0_1.up = 2.5018519558186005;
pre_1_1_0.lo = -2.7093315528348425;
pre_1_1_0.up = 2.7093315528348425;
pre_1_1_1.lo = -2.7093315528348425;
pre_1_1_1.up = 2.7093315528348425;
pre_1_2_0.lo = -2.3921397422489594;
pre_1_2_0.up = 2.3921397422489594;
pre_1_2_1.lo = -2.3921397422489594;
pre_1_2_1.up = 2.3921397422489594;
pre_1_3_0.lo = -2.3750466034946554;
pre_1_3_0.up = 2.3750466034946554;
pre_1_3_1.lo = -2.3750466034946554;
pre_1_3_1.up = 2.3750466034946554;
pre_1_4_0.lo = -1.4834986594234139;
pre_1_4_0.up = 1.4834986594234139;
pre_1_4_1.lo = -1.4834986594234139;
pre_1_4_1.up = 1.4834986594234139;
pre_1_5_0.lo = -2.097986215313757;
pre_1_5_0.up = 2.097986215313757;
pre_1_5_1.lo = -2.097986215313757;
pre_1_5_1.up = 2.097986215313757;
pre_1_6_0.lo = -2.0926822763881328;
pre_1_6_0.up = 2.0926822763881328;
pre_1_6_1.lo = -2.0926822763881328;
pre_1_6_1.up = 2.0926822763881328;
pre_1_7_0.lo = -1.5251492461110079;
pre_1_7_0.up = 1.5251492461110079;
pre_1_7_1.lo = -1.5251492461110079;
pre_1_7_1.up = 1.5251492461110079;
pre_1_8_0.lo = -2.2270647630546554;
pre_1_8_0.up = 2.2270647630546554;
pre_1_8_1.lo = -2.2270647630546554;
pre_1_8_1.up = 2.2270647630546554;
pre_1_9_0.lo = -2.3327546465138496;
pre_1_9_0.up = 2.3327546465138496;
pre_1_9_1.lo = -2.3327546465138496;
pre_1_9_1.up = 2.3327546465138496;
post_1_0_0.lo = 0;
post_1_0_0.up = 2.5018519558186005;
post_1_0_1.lo = 0;
post_1_0_1.up = 2.5018519558186005;
post_1_1_0.lo = 0;
post_1_1_0.up = 2.7093315528348425;
post_1_1_1.lo = 0;
post_1_1_1.up = 2.7093315528348425;
post_1_2_0.lo = 0;
post_1_2_0.up = 2.3921397422489594;
post_1_2_1.lo = 0;
post_1_2_1.up = 2.3921397422489594;
post_1_3_0.lo = 0;
post_1_3_0.up = 2.3750466034946554;
post_1_3_1.lo = 0;
post_1_3_1.up = 2.3750466034946554;
post_1_4_0.lo = 0;
post_1_4_0.up = 1.4834986594234139;
post_1_4_1.lo = 0;
post_1_4_1.up = 1.4834986594234139;
post_1_5_0.lo = 0;
post_1_5_0.up = 2.097986215313757;
post_1_5_1.lo = 0;
post_1_5_1.up = 2.097986215313757;
post_1_6_0.lo = 0;
post_1_6_0.up = 2.0926822763881328;
post_1_6_1.lo = 0;
post_1_6_1.up = 2.0926822763881328;
post_1_7_0.lo = 0;
post_1_7_0.up = 1.5251492461110079;
post_1_7_1.lo = 0;
post_1_7_1.up = 1.5251492461110079;
post_1_8_0.lo = 0;
post_1_8_0.up = 2.2270647630546554;
post_1_8_1.lo = 0;
post_1_8_1.up = 2.2270647630546554;
post_1_9_0.lo = 0;
post_1_9_0.up = 2.3327546465138496;
post_1_9_1.lo = 0;
post_1_9_1.up = 2.3327546465138496;
out_0_0.lo = -6.003703911637201;
out_0_0.up = 6.003703911637201;
out_1_0.lo = -6.418663105669685;
out_1_0.up = 6.418663105669685;
out_2_0.lo = -5.784279484497919;
out_2_0.up = 5.784279484497919;
out_3_0.lo = -5.750093206989311;
out_3_0.up = 5.750093206989311;
out_4_0.lo = -3.9669973188468277;
out_4_0.up = 3.9669973188468277;
out_5_0.lo = -5.195972430627514;
out_5_0.up = 5.195972430627514;
out_6_0.lo = -5.1853645527762655;
out_6_0.up = 5.1853645527762655;
out_7_0.lo = -4.050298492222016;
out_7_0.up = 4.050298492222016;
out_8_0.lo = -5.454129526109311;
out_8_0.up = 5.454129526109311;
out_9_0.lo = -5.665509293027699;
out_9_0.up = 5.665509293027699;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
