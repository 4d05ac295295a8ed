* teacher-N8-n2-m2-p1-s0-p2-plain-indicator  (relu-opt library: teacher-N8-n2-m2-p1-s0, problem 2, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "l1"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, b_1_0,
  b_1_1, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1,
  pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1,
  pre_1_7_0, pre_1_7_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0, abs_residual_0_0, abs_residual_1_0, abs_residual_2_0, abs_residual_3_0, abs_residual_4_0, abs_residual_5_0,
  abs_residual_6_0, abs_residual_7_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var,
  relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, residual_upper_0_0, residual_upper_1_0, residual_upper_2_0, residual_upper_3_0, residual_upper_4_0, residual_upper_5_0, residual_upper_6_0,
  residual_upper_7_0, residual_lower_0_0, residual_lower_1_0, residual_lower_2_0, residual_lower_3_0, residual_lower_4_0, residual_lower_5_0, residual_lower_6_0,
  residual_lower_7_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e43_, e44_, e45_, e46_, e47_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e50_, e51_, e52_, e53_, e54_, relu_1_1_0_above_pre,
  relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e57_, e58_, e59_, e60_, e61_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor,
  e64_, e65_, e66_, e67_, e68_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e71_,
  e72_, e73_, e74_, e75_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e78_, e79_,
  e80_, e81_, e82_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e85_, e86_, e87_,
  e88_, e89_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e92_, e93_, e94_, e95_,
  e96_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e99_, e100_, e101_, e102_, e103_,
  relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e106_, e107_, e108_, e109_, e110_, relu_1_5_0_above_pre,
  relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e113_, e114_, e115_, e116_, e117_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor,
  e120_, e121_, e122_, e123_, e124_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e127_,
  e128_, e129_, e130_, e131_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e134_, e135_,
  e136_, e137_, e138_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e141_, e142_, e143_,
  e144_, e145_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e148_, e149_, e150_, e151_,
  e152_;

e_obj.. - objvar + 1*abs_residual_0_0 + 1*abs_residual_1_0 + 1*abs_residual_2_0 + 1*abs_residual_3_0 + 1*abs_residual_4_0 + 1*abs_residual_5_0 + 1*abs_residual_6_0
    + 1*abs_residual_7_0 =e= 0;
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
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
residual_upper_0_0.. + 1*out_0_0 - 1*abs_residual_0_0 =l= 0.21907734816209976;
residual_upper_1_0.. + 1*out_1_0 - 1*abs_residual_1_0 =l= 0.49896096163976345;
residual_upper_2_0.. + 1*out_2_0 - 1*abs_residual_2_0 =l= 0.5972298866185586;
residual_upper_3_0.. + 1*out_3_0 - 1*abs_residual_3_0 =l= 0.3957544221752728;
residual_upper_4_0.. + 1*out_4_0 - 1*abs_residual_4_0 =l= 0.8088182423941046;
residual_upper_5_0.. + 1*out_5_0 - 1*abs_residual_5_0 =l= 1.066255638128042;
residual_upper_6_0.. + 1*out_6_0 - 1*abs_residual_6_0 =l= 0.6666372346912071;
residual_upper_7_0.. + 1*out_7_0 - 1*abs_residual_7_0 =l= 0.3519255412133196;
residual_lower_0_0.. - 1*out_0_0 - 1*abs_residual_0_0 =l= -0.21907734816209976;
residual_lower_1_0.. - 1*out_1_0 - 1*abs_residual_1_0 =l= -0.49896096163976345;
residual_lower_2_0.. - 1*out_2_0 - 1*abs_residual_2_0 =l= -0.5972298866185586;
residual_lower_3_0.. - 1*out_3_0 - 1*abs_residual_3_0 =l= -0.3957544221752728;
residual_lower_4_0.. - 1*out_4_0 - 1*abs_residual_4_0 =l= -0.8088182423941046;
residual_lower_5_0.. - 1*out_5_0 - 1*abs_residual_5_0 =l= -1.066255638128042;
residual_lower_6_0.. - 1*out_6_0 - 1*abs_residual_6_0 =l= -0.6666372346912071;
residual_lower_7_0.. - 1*out_7_0 - 1*abs_residual_7_0 =l= -0.3519255412133196;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e43_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.5055558674558025*relu_1_0_0_on_binary_indicator_var =g= -7.5055558674558025;
e44_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 15.011111734911605*relu_1_0_0_on_binary_indicator_var =l= 15.011111734911605;
e45_.. + 1*post_1_0_0 =g= 0;
e46_.. + 1*post_1_0_0 + 7.5055558674558025*relu_1_0_0_off_binary_indicator_var =l= 7.5055558674558025;
e47_.. + 1*pre_1_0_0 + 7.5055558674558025*relu_1_0_0_off_binary_indicator_var =l= 7.5055558674558025;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e50_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.5055558674558025*relu_1_0_1_on_binary_indicator_var =g= -7.5055558674558025;
e51_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 15.011111734911605*relu_1_0_1_on_binary_indicator_var =l= 15.011111734911605;
e52_.. + 1*post_1_0_1 =g= 0;
e53_.. + 1*post_1_0_1 + 7.5055558674558025*relu_1_0_1_off_binary_indicator_var =l= 7.5055558674558025;
e54_.. + 1*pre_1_0_1 + 7.5055558674558025*relu_1_0_1_off_binary_indicator_var =l= 7.5055558674558025;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e57_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 8.127994658504527*relu_1_1_0_on_binary_indicator_var =g= -8.127994658504527;
e58_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 16.255989317009053*relu_1_1_0_on_binary_indicator_var =l= 16.255989317009053;
e59_.. + 1*post_1_1_0 =g= 0;
e60_.. + 1*post_1_1_0 + 8.127994658504527*relu_1_1_0_off_binary_indicator_var =l= 8.127994658504527;
e61_.. + 1*pre_1_1_0 + 8.127994658504527*relu_1_1_0_off_binary_indicator_var =l= 8.127994658504527;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e64_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 8.127994658504527*relu_1_1_1_on_binary_indicator_var =g= -8.127994658504527;
e65_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 16.255989317009053*relu_1_1_1_on_binary_indicator_var =l= 16.255989317009053;
e66_.. + 1*post_1_1_1 =g= 0;
e67_.. + 1*post_1_1_1 + 8.127994658504527*relu_1_1_1_off_binary_indicator_var =l= 8.127994658504527;
e68_.. + 1*pre_1_1_1 + 8.127994658504527*relu_1_1_1_off_binary_indicator_var =l= 8.127994658504527;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e71_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 7.176419226746878*relu_1_2_0_on_binary_indicator_var =g= -7.176419226746878;
e72_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 14.352838453493757*relu_1_2_0_on_binary_indicator_var =l= 14.352838453493757;
e73_.. + 1*post_1_2_0 =g= 0;
e74_.. + 1*post_1_2_0 + 7.176419226746878*relu_1_2_0_off_binary_indicator_var =l= 7.176419226746878;
e75_.. + 1*pre_1_2_0 + 7.176419226746878*relu_1_2_0_off_binary_indicator_var =l= 7.176419226746878;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e78_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 7.176419226746878*relu_1_2_1_on_binary_indicator_var =g= -7.176419226746878;
e79_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 14.352838453493757*relu_1_2_1_on_binary_indicator_var =l= 14.352838453493757;
e80_.. + 1*post_1_2_1 =g= 0;
e81_.. + 1*post_1_2_1 + 7.176419226746878*relu_1_2_1_off_binary_indicator_var =l= 7.176419226746878;
e82_.. + 1*pre_1_2_1 + 7.176419226746878*relu_1_2_1_off_binary_indicator_var =l= 7.176419226746878;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e85_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 7.125139810483965*relu_1_3_0_on_binary_indicator_var =g= -7.125139810483965;
e86_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 14.25027962096793*relu_1_3_0_on_binary_indicator_var =l= 14.25027962096793;
e87_.. + 1*post_1_3_0 =g= 0;
e88_.. + 1*post_1_3_0 + 7.125139810483965*relu_1_3_0_off_binary_indicator_var =l= 7.125139810483965;
e89_.. + 1*pre_1_3_0 + 7.125139810483965*relu_1_3_0_off_binary_indicator_var =l= 7.125139810483965;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e92_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 7.125139810483965*relu_1_3_1_on_binary_indicator_var =g= -7.125139810483965;
e93_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 14.25027962096793*relu_1_3_1_on_binary_indicator_var =l= 14.25027962096793;
e94_.. + 1*post_1_3_1 =g= 0;
e95_.. + 1*post_1_3_1 + 7.125139810483965*relu_1_3_1_off_binary_indicator_var =l= 7.125139810483965;
e96_.. + 1*pre_1_3_1 + 7.125139810483965*relu_1_3_1_off_binary_indicator_var =l= 7.125139810483965;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e99_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4.450495978270242*relu_1_4_0_on_binary_indicator_var =g= -4.450495978270242;
e100_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 8.900991956540484*relu_1_4_0_on_binary_indicator_var =l= 8.900991956540484;
e101_.. + 1*post_1_4_0 =g= 0;
e102_.. + 1*post_1_4_0 + 4.450495978270242*relu_1_4_0_off_binary_indicator_var =l= 4.450495978270242;
e103_.. + 1*pre_1_4_0 + 4.450495978270242*relu_1_4_0_off_binary_indicator_var =l= 4.450495978270242;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e106_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 4.450495978270242*relu_1_4_1_on_binary_indicator_var =g= -4.450495978270242;
e107_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 8.900991956540484*relu_1_4_1_on_binary_indicator_var =l= 8.900991956540484;
e108_.. + 1*post_1_4_1 =g= 0;
e109_.. + 1*post_1_4_1 + 4.450495978270242*relu_1_4_1_off_binary_indicator_var =l= 4.450495978270242;
e110_.. + 1*pre_1_4_1 + 4.450495978270242*relu_1_4_1_off_binary_indicator_var =l= 4.450495978270242;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e113_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 6.293958645941272*relu_1_5_0_on_binary_indicator_var =g= -6.293958645941272;
e114_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 12.587917291882544*relu_1_5_0_on_binary_indicator_var =l= 12.587917291882544;
e115_.. + 1*post_1_5_0 =g= 0;
e116_.. + 1*post_1_5_0 + 6.293958645941272*relu_1_5_0_off_binary_indicator_var =l= 6.293958645941272;
e117_.. + 1*pre_1_5_0 + 6.293958645941272*relu_1_5_0_off_binary_indicator_var =l= 6.293958645941272;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e120_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 6.293958645941272*relu_1_5_1_on_binary_indicator_var =g= -6.293958645941272;
e121_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 12.587917291882544*relu_1_5_1_on_binary_indicator_var =l= 12.587917291882544;
e122_.. + 1*post_1_5_1 =g= 0;
e123_.. + 1*post_1_5_1 + 6.293958645941272*relu_1_5_1_off_binary_indicator_var =l= 6.293958645941272;
e124_.. + 1*pre_1_5_1 + 6.293958645941272*relu_1_5_1_off_binary_indicator_var =l= 6.293958645941272;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e127_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6.278046829164398*relu_1_6_0_on_binary_indicator_var =g= -6.278046829164398;
e128_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 12.556093658328797*relu_1_6_0_on_binary_indicator_var =l= 12.556093658328797;
e129_.. + 1*post_1_6_0 =g= 0;
e130_.. + 1*post_1_6_0 + 6.278046829164398*relu_1_6_0_off_binary_indicator_var =l= 6.278046829164398;
e131_.. + 1*pre_1_6_0 + 6.278046829164398*relu_1_6_0_off_binary_indicator_var =l= 6.278046829164398;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e134_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6.278046829164398*relu_1_6_1_on_binary_indicator_var =g= -6.278046829164398;
e135_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 12.556093658328797*relu_1_6_1_on_binary_indicator_var =l= 12.556093658328797;
e136_.. + 1*post_1_6_1 =g= 0;
e137_.. + 1*post_1_6_1 + 6.278046829164398*relu_1_6_1_off_binary_indicator_var =l= 6.278046829164398;
e138_.. + 1*pre_1_6_1 + 6.278046829164398*relu_1_6_1_off_binary_indicator_var =l= 6.278046829164398;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e141_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 4.575447738333024*relu_1_7_0_on_binary_indicator_var =g= -4.575447738333024;
e142_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 9.150895476666047*relu_1_7_0_on_binary_indicator_var =l= 9.150895476666047;
e143_.. + 1*post_1_7_0 =g= 0;
e144_.. + 1*post_1_7_0 + 4.575447738333024*relu_1_7_0_off_binary_indicator_var =l= 4.575447738333024;
e145_.. + 1*pre_1_7_0 + 4.575447738333024*relu_1_7_0_off_binary_indicator_var =l= 4.575447738333024;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e148_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 4.575447738333024*relu_1_7_1_on_binary_indicator_var =g= -4.575447738333024;
e149_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 9.150895476666047*relu_1_7_1_on_binary_indicator_var =l= 9.150895476666047;
e150_.. + 1*post_1_7_1 =g= 0;
e151_.. + 1*post_1_7_1 + 4.575447738333024*relu_1_7_1_off_binary_indicator_var =l= 4.575447738333024;
e152_.. + 1*pre_1_7_1 + 4.575447738333024*relu_1_7_1_off_binary_indicator_var =l= 4.575447738333024;

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
pre_1_0_0.lo = -7.5055558674558025;
pre_1_0_0.up = 7.5055558674558025;
pre_1_0_1.lo = -7.5055558674558025;
pre_1_0_1.up = 7.5055558674558025;
pre_1_1_0.lo = -8.127994658504527;
pre_1_1_0.up = 8.127994658504527;
pre_1_1_1.lo = -8.127994658504527;
pre_1_1_1.up = 8.127994658504527;
pre_1_2_0.lo = -7.176419226746878;
pre_1_2_0.up = 7.176419226746878;
pre_1_2_1.lo = -7.176419226746878;
pre_1_2_1.up = 7.176419226746878;
pre_1_3_0.lo = -7.125139810483965;
pre_1_3_0.up = 7.125139810483965;
pre_1_3_1.lo = -7.125139810483965;
pre_1_3_1.up = 7.125139810483965;
pre_1_4_0.lo = -4.450495978270242;
pre_1_4_0.up = 4.450495978270242;
pre_1_4_1.lo = -4.450495978270242;
pre_1_4_1.up = 4.450495978270242;
pre_1_5_0.lo = -6.293958645941272;
pre_1_5_0.up = 6.293958645941272;
pre_1_5_1.lo = -6.293958645941272;
pre_1_5_1.up = 6.293958645941272;
pre_1_6_0.lo = -6.278046829164398;
pre_1_6_0.up = 6.278046829164398;
pre_1_6_1.lo = -6.278046829164398;
pre_1_6_1.up = 6.278046829164398;
pre_1_7_0.lo = -4.575447738333024;
pre_1_7_0.up = 4.575447738333024;
pre_1_7_1.lo = -4.575447738333024;
pre_1_7_1.up = 4.575447738333024;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.5055558674558025;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.5055558674558025;
post_1_1_0.lo = 0;
post_1_1_0.up = 8.127994658504527;
post_1_1_1.lo = 0;
post_1_1_1.up = 8.127994658504527;
post_1_2_0.lo = 0;
post_1_2_0.up = 7.176419226746878;
post_1_2_1.lo = 0;
post_1_2_1.up = 7.176419226746878;
post_1_3_0.lo = 0;
post_1_3_0.up = 7.125139810483965;
post_1_3_1.lo = 0;
post_1_3_1.up = 7.125139810483965;
post_1_4_0.lo = 0;
post_1_4_0.up = 4.450495978270242;
post_1_4_1.lo = 0;
post_1_4_1.up = 4.450495978270242;
post_1_5_0.lo = 0;
post_1_5_0.up = 6.293958645941272;
post_1_5_1.lo = 0;
post_1_5_1.up = 6.293958645941272;
post_1_6_0.lo = 0;
post_1_6_0.up = 6.278046829164398;
post_1_6_1.lo = 0;
post_1_6_1.up = 6.278046829164398;
post_1_7_0.lo = 0;
post_1_7_0.up = 4.575447738333024;
post_1_7_1.lo = 0;
post_1_7_1.up = 4.575447738333024;
out_0_0.lo = -48.03333520473481;
out_0_0.up = 48.03333520473481;
out_1_0.lo = -51.76796795102716;
out_1_0.up = 51.76796795102716;
out_2_0.lo = -46.058515360481266;
out_2_0.up = 46.058515360481266;
out_3_0.lo = -45.75083886290379;
out_3_0.up = 45.75083886290379;
out_4_0.lo = -29.70297586962145;
out_4_0.up = 29.70297586962145;
out_5_0.lo = -40.76375187564763;
out_5_0.up = 40.76375187564763;
out_6_0.lo = -40.66828097498639;
out_6_0.up = 40.66828097498639;
out_7_0.lo = -30.452686429998142;
out_7_0.up = 30.452686429998142;
abs_residual_0_0.lo = 0;
abs_residual_0_0.up = 48.252412552896914;
abs_residual_1_0.lo = 0;
abs_residual_1_0.up = 52.26692891266692;
abs_residual_2_0.lo = 0;
abs_residual_2_0.up = 46.65574524709982;
abs_residual_3_0.lo = 0;
abs_residual_3_0.up = 46.146593285079064;
abs_residual_4_0.lo = 0;
abs_residual_4_0.up = 30.511794112015554;
abs_residual_5_0.lo = 0;
abs_residual_5_0.up = 41.83000751377567;
abs_residual_6_0.lo = 0;
abs_residual_6_0.up = 41.334918209677596;
abs_residual_7_0.lo = 0;
abs_residual_7_0.up = 30.80461197121146;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
