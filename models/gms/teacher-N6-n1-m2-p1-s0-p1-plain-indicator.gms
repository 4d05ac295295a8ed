* teacher-N6-n1-m2-p1-s0-p1-plain-indicator  (relu-opt library: teacher-N6-n1-m2-p1-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_2_0_0, w_2_0_1, b_1_0, b_1_1, b_2_0,
  pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1,
  pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1,
  post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1,
  out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, out_definition_0_0, out_definition_1_0, out_definition_2_0,
  out_definition_3_0, out_definition_4_0, out_definition_5_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e21_, e22_, e23_,
  e24_, e25_, relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e28_, e29_, e30_, e31_,
  e32_, relu_1_1_0_above_pre, relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e35_, e36_, e37_, e38_, e39_,
  relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor, e42_, e43_, e44_, e45_, e46_, relu_1_2_0_above_pre,
  relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e49_, e50_, e51_, e52_, e53_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor,
  e56_, e57_, e58_, e59_, e60_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e63_,
  e64_, e65_, e66_, e67_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e70_, e71_,
  e72_, e73_, e74_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e77_, e78_, e79_,
  e80_, e81_, relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e84_, e85_, e86_, e87_,
  e88_, relu_1_5_0_above_pre, relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e91_, e92_, e93_, e94_, e95_,
  relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor, e98_, e99_, e100_, e101_, e102_;

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
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e21_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 4.37697936590399*relu_1_0_0_on_binary_indicator_var =g= -4.37697936590399;
e22_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 8.75395873180798*relu_1_0_0_on_binary_indicator_var =l= 8.75395873180798;
e23_.. + 1*post_1_0_0 =g= 0;
e24_.. + 1*post_1_0_0 + 4.37697936590399*relu_1_0_0_off_binary_indicator_var =l= 4.37697936590399;
e25_.. + 1*pre_1_0_0 + 4.37697936590399*relu_1_0_0_off_binary_indicator_var =l= 4.37697936590399;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e28_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 4.37697936590399*relu_1_0_1_on_binary_indicator_var =g= -4.37697936590399;
e29_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 8.75395873180798*relu_1_0_1_on_binary_indicator_var =l= 8.75395873180798;
e30_.. + 1*post_1_0_1 =g= 0;
e31_.. + 1*post_1_0_1 + 4.37697936590399*relu_1_0_1_off_binary_indicator_var =l= 4.37697936590399;
e32_.. + 1*pre_1_0_1 + 4.37697936590399*relu_1_0_1_off_binary_indicator_var =l= 4.37697936590399;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e35_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 3.261749948792537*relu_1_1_0_on_binary_indicator_var =g= -3.261749948792537;
e36_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 6.523499897585074*relu_1_1_0_on_binary_indicator_var =l= 6.523499897585074;
e37_.. + 1*post_1_1_0 =g= 0;
e38_.. + 1*post_1_1_0 + 3.261749948792537*relu_1_1_0_off_binary_indicator_var =l= 3.261749948792537;
e39_.. + 1*pre_1_1_0 + 3.261749948792537*relu_1_1_0_off_binary_indicator_var =l= 3.261749948792537;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e42_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 3.261749948792537*relu_1_1_1_on_binary_indicator_var =g= -3.261749948792537;
e43_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 6.523499897585074*relu_1_1_1_on_binary_indicator_var =l= 6.523499897585074;
e44_.. + 1*post_1_1_1 =g= 0;
e45_.. + 1*post_1_1_1 + 3.261749948792537*relu_1_1_1_off_binary_indicator_var =l= 3.261749948792537;
e46_.. + 1*pre_1_1_1 + 3.261749948792537*relu_1_1_1_off_binary_indicator_var =l= 3.261749948792537;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e49_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 5.610434542726609*relu_1_2_0_on_binary_indicator_var =g= -5.610434542726609;
e50_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 11.220869085453218*relu_1_2_0_on_binary_indicator_var =l= 11.220869085453218;
e51_.. + 1*post_1_2_0 =g= 0;
e52_.. + 1*post_1_2_0 + 5.610434542726609*relu_1_2_0_off_binary_indicator_var =l= 5.610434542726609;
e53_.. + 1*pre_1_2_0 + 5.610434542726609*relu_1_2_0_off_binary_indicator_var =l= 5.610434542726609;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e56_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 5.610434542726609*relu_1_2_1_on_binary_indicator_var =g= -5.610434542726609;
e57_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 11.220869085453218*relu_1_2_1_on_binary_indicator_var =l= 11.220869085453218;
e58_.. + 1*post_1_2_1 =g= 0;
e59_.. + 1*post_1_2_1 + 5.610434542726609*relu_1_2_1_off_binary_indicator_var =l= 5.610434542726609;
e60_.. + 1*pre_1_2_1 + 5.610434542726609*relu_1_2_1_off_binary_indicator_var =l= 5.610434542726609;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e63_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 4.8951213247291925*relu_1_3_0_on_binary_indicator_var =g= -4.8951213247291925;
e64_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 9.790242649458385*relu_1_3_0_on_binary_indicator_var =l= 9.790242649458385;
e65_.. + 1*post_1_3_0 =g= 0;
e66_.. + 1*post_1_3_0 + 4.8951213247291925*relu_1_3_0_off_binary_indicator_var =l= 4.8951213247291925;
e67_.. + 1*pre_1_3_0 + 4.8951213247291925*relu_1_3_0_off_binary_indicator_var =l= 4.8951213247291925;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e70_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 4.8951213247291925*relu_1_3_1_on_binary_indicator_var =g= -4.8951213247291925;
e71_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 9.790242649458385*relu_1_3_1_on_binary_indicator_var =l= 9.790242649458385;
e72_.. + 1*post_1_3_1 =g= 0;
e73_.. + 1*post_1_3_1 + 4.8951213247291925*relu_1_3_1_off_binary_indicator_var =l= 4.8951213247291925;
e74_.. + 1*pre_1_3_1 + 4.8951213247291925*relu_1_3_1_off_binary_indicator_var =l= 4.8951213247291925;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e77_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 5.983568998979111*relu_1_4_0_on_binary_indicator_var =g= -5.983568998979111;
e78_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 11.967137997958222*relu_1_4_0_on_binary_indicator_var =l= 11.967137997958222;
e79_.. + 1*post_1_4_0 =g= 0;
e80_.. + 1*post_1_4_0 + 5.983568998979111*relu_1_4_0_off_binary_indicator_var =l= 5.983568998979111;
e81_.. + 1*pre_1_4_0 + 5.983568998979111*relu_1_4_0_off_binary_indicator_var =l= 5.983568998979111;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e84_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 5.983568998979111*relu_1_4_1_on_binary_indicator_var =g= -5.983568998979111;
e85_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 11.967137997958222*relu_1_4_1_on_binary_indicator_var =l= 11.967137997958222;
e86_.. + 1*post_1_4_1 =g= 0;
e87_.. + 1*post_1_4_1 + 5.983568998979111*relu_1_4_1_off_binary_indicator_var =l= 5.983568998979111;
e88_.. + 1*pre_1_4_1 + 5.983568998979111*relu_1_4_1_off_binary_indicator_var =l= 5.983568998979111;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e91_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 5.144425659525416*relu_1_5_0_on_binary_indicator_var =g= -5.144425659525416;
e92_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 10.288851319050831*relu_1_5_0_on_binary_indicator_var =l= 10.288851319050831;
e93_.. + 1*post_1_5_0 =g= 0;
e94_.. + 1*post_1_5_0 + 5.144425659525416*relu_1_5_0_off_binary_indicator_var =l= 5.144425659525416;
e95_.. + 1*pre_1_5_0 + 5.144425659525416*relu_1_5_0_off_binary_indicator_var =l= 5.144425659525416;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e98_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 5.144425659525416*relu_1_5_1_on_binary_indicator_var =g= -5.144425659525416;
e99_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 10.288851319050831*relu_1_5_1_on_binary_indicator_var =l= 10.288851319050831;
e100_.. + 1*post_1_5_1 =g= 0;
e101_.. + 1*post_1_5_1 + 5.144425659525416*relu_1_5_1_off_binary_indicator_var =l= 5.144425659525416;
e102_.. + 1*pre_1_5_1 + 5.144425659525416*relu_1_5_1_off_binary_indicator_var =l= 5.144425659525416;

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
