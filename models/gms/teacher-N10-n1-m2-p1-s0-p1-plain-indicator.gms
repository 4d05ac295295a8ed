* teacher-N10-n1-m2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N10-n1-m2-p1-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
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
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e33_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 4.37697936590399*relu_1_0_0_on_binary_indicator_var =g= -4.37697936590399;
e34_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 8.75395873180798*relu_1_0_0_on_binary_indicator_var =l= 8.75395873180798;
e35_.. + 1*post_1_0_0 =g= 0;
e36_.. + 1*post_1_0_0 + 4.37697936590399*relu_1_0_0_off_binary_indicator_var =l= 4.37697936590399;
e37_.. + 1*pre_1_0_0 + 4.37697936590399*relu_1_0_0_off_binary_indicator_var =l= 4.37697936590399;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e40_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 4.37697936590399*relu_1_0_1_on_binary_indicator_var =g= -4.37697936590399;
e41_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 8.75395873180798*relu_1_0_1_on_binary_indicator_var =l= 8.75395873180798;
e42_.. + 1*post_1_0_1 =g= 0;
e43_.. + 1*post_1_0_1 + 4.37697936590399*relu_1_0_1_off_binary_indicator_var =l= 4.37697936590399;
e44_.. + 1*pre_1_0_1 + 4.37697936590399*relu_1_0_1_off_binary_indicator_var =l= 4.37697936590399;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e47_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 3.261749948792537*relu_1_1_0_on_binary_indicator_var =g= -3.261749948792537;
e48_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 6.523499897585074*relu_1_1_0_on_binary_indicator_var =l= 6.523499897585074;
e49_.. + 1*post_1_1_0 =g= 0;
e50_.. + 1*post_1_1_0 + 3.261749948792537*relu_1_1_0_off_binary_indicator_var =l= 3.261749948792537;
e51_.. + 1*pre_1_1_0 + 3.261749948792537*relu_1_1_0_off_binary_indicator_var =l= 3.261749948792537;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e54_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 3.261749948792537*relu_1_1_1_on_binary_indicator_var =g= -3.261749948792537;
e55_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 6.523499897585074*relu_1_1_1_on_binary_indicator_var =l= 6.523499897585074;
e56_.. + 1*post_1_1_1 =g= 0;
e57_.. + 1*post_1_1_1 + 3.261749948792537*relu_1_1_1_off_binary_indicator_var =l= 3.261749948792537;
e58_.. + 1*pre_1_1_1 + 3.261749948792537*relu_1_1_1_off_binary_indicator_var =l= 3.261749948792537;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e61_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 5.610434542726609*relu_1_2_0_on_binary_indicator_var =g= -5.610434542726609;
e62_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 11.220869085453218*relu_1_2_0_on_binary_indicator_var =l= 11.220869085453218;
e63_.. + 1*post_1_2_0 =g= 0;
e64_.. + 1*post_1_2_0 + 5.610434542726609*relu_1_2_0_off_binary_indicator_var =l= 5.610434542726609;
e65_.. + 1*pre_1_2_0 + 5.610434542726609*relu_1_2_0_off_binary_indicator_var =l= 5.610434542726609;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e68_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 5.610434542726609*relu_1_2_1_on_binary_indicator_var =g= -5.610434542726609;
e69_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 11.220869085453218*relu_1_2_1_on_binary_indicator_var =l= 11.220869085453218;
e70_.. + 1*post_1_2_1 =g= 0;
e71_.. + 1*post_1_2_1 + 5.610434542726609*relu_1_2_1_off_binary_indicator_var =l= 5.610434542726609;
e72_.. + 1*pre_1_2_1 + 5.610434542726609*relu_1_2_1_off_binary_indicator_var =l= 5.610434542726609;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e75_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 4.8951213247291925*relu_1_3_0_on_binary_indicator_var =g= -4.8951213247291925;
e76_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 9.790242649458385*relu_1_3_0_on_binary_indicator_var =l= 9.790242649458385;
e77_.. + 1*post_1_3_0 =g= 0;
e78_.. + 1*post_1_3_0 + 4.8951213247291925*relu_1_3_0_off_binary_indicator_var =l= 4.8951213247291925;
e79_.. + 1*pre_1_3_0 + 4.8951213247291925*relu_1_3_0_off_binary_indicator_var =l= 4.8951213247291925;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e82_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 4.8951213247291925*relu_1_3_1_on_binary_indicator_var =g= -4.8951213247291925;
e83_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 9.790242649458385*relu_1_3_1_on_binary_indicator_var =l= 9.790242649458385;
e84_.. + 1*post_1_3_1 =g= 0;
e85_.. + 1*post_1_3_1 + 4.8951213247291925*relu_1_3_1_off_binary_indicator_var =l= 4.8951213247291925;
e86_.. + 1*pre_1_3_1 + 4.8951213247291925*relu_1_3_1_off_binary_indicator_var =l= 4.8951213247291925;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e89_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 5.983568998979111*relu_1_4_0_on_binary_indicator_var =g= -5.983568998979111;
e90_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 11.967137997958222*relu_1_4_0_on_binary_indicator_var =l= 11.967137997958222;
e91_.. + 1*post_1_4_0 =g= 0;
e92_.. + 1*post_1_4_0 + 5.983568998979111*relu_1_4_0_off_binary_indicator_var =l= 5.983568998979111;
e93_.. + 1*pre_1_4_0 + 5.983568998979111*relu_1_4_0_off_binary_indicator_var =l= 5.983568998979111;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e96_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 5.983568998979111*relu_1_4_1_on_binary_indicator_var =g= -5.983568998979111;
e97_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 11.967137997958222*relu_1_4_1_on_binary_indicator_var =l= 11.967137997958222;
e98_.. + 1*post_1_4_1 =g= 0;
e99_.. + 1*post_1_4_1 + 5.983568998979111*relu_1_4_1_off_binary_indicator_var =l= 5.983568998979111;
e100_.. + 1*pre_1_4_1 + 5.983568998979111*relu_1_4_1_off_binary_indicator_var =l= 5.983568998979111;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e103_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 5.144425659525416*relu_1_5_0_on_binary_indicator_var =g= -5.144425659525416;
e104_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 10.288851319050831*relu_1_5_0_on_binary_indicator_var =l= 10.288851319050831;
e105_.. + 1*post_1_5_0 =g= 0;
e106_.. + 1*post_1_5_0 + 5.144425659525416*relu_1_5_0_off_binary_indicator_var =l= 5.144425659525416;
e107_.. + 1*pre_1_5_0 + 5.144425659525416*relu_1_5_0_off_binary_indicator_var =l= 5.144425659525416;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e110_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 5.144425659525416*relu_1_5_1_on_binary_indicator_var =g= -5.144425659525416;
e111_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 10.288851319050831*relu_1_5_1_on_binary_indicator_var =l= 10.288851319050831;
e112_.. + 1*post_1_5_1 =g= 0;
e113_.. + 1*post_1_5_1 + 5.144425659525416*relu_1_5_1_off_binary_indicator_var =l= 5.144425659525416;
e114_.. + 1*pre_1_5_1 + 5.144425659525416*relu_1_5_1_off_binary_indicator_var =l= 5.144425659525416;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e117_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 5.798486548167213*relu_1_6_0_on_binary_indicator_var =g= -5.798486548167213;
e118_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 11.596973096334427*relu_1_6_0_on_binary_indicator_var =l= 11.596973096334427;
e119_.. + 1*post_1_6_0 =g= 0;
e120_.. + 1*post_1_6_0 + 5.798486548167213*relu_1_6_0_off_binary_indicator_var =l= 5.798486548167213;
e121_.. + 1*pre_1_6_0 + 5.798486548167213*relu_1_6_0_off_binary_indicator_var =l= 5.798486548167213;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e124_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 5.798486548167213*relu_1_6_1_on_binary_indicator_var =g= -5.798486548167213;
e125_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 11.596973096334427*relu_1_6_1_on_binary_indicator_var =l= 11.596973096334427;
e126_.. + 1*post_1_6_1 =g= 0;
e127_.. + 1*post_1_6_1 + 5.798486548167213*relu_1_6_1_off_binary_indicator_var =l= 5.798486548167213;
e128_.. + 1*pre_1_6_1 + 5.798486548167213*relu_1_6_1_off_binary_indicator_var =l= 5.798486548167213;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e131_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 4.377932678579665*relu_1_7_0_on_binary_indicator_var =g= -4.377932678579665;
e132_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 8.75586535715933*relu_1_7_0_on_binary_indicator_var =l= 8.75586535715933;
e133_.. + 1*post_1_7_0 =g= 0;
e134_.. + 1*post_1_7_0 + 4.377932678579665*relu_1_7_0_off_binary_indicator_var =l= 4.377932678579665;
e135_.. + 1*pre_1_7_0 + 4.377932678579665*relu_1_7_0_off_binary_indicator_var =l= 4.377932678579665;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e138_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 4.377932678579665*relu_1_7_1_on_binary_indicator_var =g= -4.377932678579665;
e139_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 8.75586535715933*relu_1_7_1_on_binary_indicator_var =l= 8.75586535715933;
e140_.. + 1*post_1_7_1 =g= 0;
e141_.. + 1*post_1_7_1 + 4.377932678579665*relu_1_7_1_off_binary_indicator_var =l= 4.377932678579665;
e142_.. + 1*pre_1_7_1 + 4.377932678579665*relu_1_7_1_off_binary_indicator_var =l= 4.377932678579665;
relu_1_8_0_above_pre.. + 1*pre_1_8_0 - 1*post_1_8_0 =l= 0;
relu_1_8_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_0_on_binary_indicator_var + 1*relu_1_8_0_off_binary_indicator_var =e= 1;
e145_.. - 1*pre_1_8_0 + 1*post_1_8_0 - 4.946066276384646*relu_1_8_0_on_binary_indicator_var =g= -4.946066276384646;
e146_.. - 1*pre_1_8_0 + 1*post_1_8_0 + 9.892132552769292*relu_1_8_0_on_binary_indicator_var =l= 9.892132552769292;
e147_.. + 1*post_1_8_0 =g= 0;
e148_.. + 1*post_1_8_0 + 4.946066276384646*relu_1_8_0_off_binary_indicator_var =l= 4.946066276384646;
e149_.. + 1*pre_1_8_0 + 4.946066276384646*relu_1_8_0_off_binary_indicator_var =l= 4.946066276384646;
relu_1_8_1_above_pre.. + 1*pre_1_8_1 - 1*post_1_8_1 =l= 0;
relu_1_8_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_8_1_on_binary_indicator_var + 1*relu_1_8_1_off_binary_indicator_var =e= 1;
e152_.. - 1*pre_1_8_1 + 1*post_1_8_1 - 4.946066276384646*relu_1_8_1_on_binary_indicator_var =g= -4.946066276384646;
e153_.. - 1*pre_1_8_1 + 1*post_1_8_1 + 9.892132552769292*relu_1_8_1_on_binary_indicator_var =l= 9.892132552769292;
e154_.. + 1*post_1_8_1 =g= 0;
e155_.. + 1*post_1_8_1 + 4.946066276384646*relu_1_8_1_off_binary_indicator_var =l= 4.946066276384646;
e156_.. + 1*pre_1_8_1 + 4.946066276384646*relu_1_8_1_off_binary_indicator_var =l= 4.946066276384646;
relu_1_9_0_above_pre.. + 1*pre_1_9_0 - 1*post_1_9_0 =l= 0;
relu_1_9_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_0_on_binary_indicator_var + 1*relu_1_9_0_off_binary_indicator_var =e= 1;
e159_.. - 1*pre_1_9_0 + 1*post_1_9_0 - 5.179073534099319*relu_1_9_0_on_binary_indicator_var =g= -5.179073534099319;
e160_.. - 1*pre_1_9_0 + 1*post_1_9_0 + 10.358147068198639*relu_1_9_0_on_binary_indicator_var =l= 10.358147068198639;
e161_.. + 1*post_1_9_0 =g= 0;
e162_.. + 1*post_1_9_0 + 5.179073534099319*relu_1_9_0_off_binary_indicator_var =l= 5.179073534099319;
e163_.. + 1*pre_1_9_0 + 5.179073534099319*relu_1_9_0_off_binary_indicator_var =l= 5.179073534099319;
relu_1_9_1_above_pre.. + 1*pre_1_9_1 - 1*post_1_9_1 =l= 0;
relu_1_9_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_9_1_on_binary_indicator_var + 1*relu_1_9_1_off_binary_indicator_var =e= 1;
e166_.. - 1*pre_1_9_1 + 1*post_1_9_1 - 5.179073534099319*relu_1_9_1_on_binary_indicator_var =g= -5.179073534099319;
e167_.. - 1*pre_1_9_1 + 1*post_1_9_1 + 10.358147068198639*relu_1_9_1_on_binary_indicator_var =l= 10.358147068198639;
e168_.. + 1*post_1_9_1 =g= 0;
e169_.. + 1*post_1_9_1 + 5.179073534099319*relu_1_9_1_off_binary_indicator_var =l= 5.179073534099319;
e170_.. + 1*pre_1_9_1 + 5.179073534099319*relu_1_9_1_off_binary_indicator_var =l= 5.179073534099319;

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
