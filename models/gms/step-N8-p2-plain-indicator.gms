* step-N8-p2-plain-indicator  (relu-opt library: step-N8, problem 2, plain-indicator; {"hidden": [2], "bound": 4.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_1_0, w_2_0_0, w_2_0_1, b_1_0, b_1_1, b_2_0,
  pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1,
  pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1, pre_1_7_0, pre_1_7_1,
  post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1,
  post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1, post_1_7_0, post_1_7_1,
  out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0, out_6_0, out_7_0;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var,
  relu_1_4_0_on_binary_indicator_var, relu_1_4_0_off_binary_indicator_var, relu_1_4_1_on_binary_indicator_var, relu_1_4_1_off_binary_indicator_var, relu_1_5_0_on_binary_indicator_var, relu_1_5_0_off_binary_indicator_var, relu_1_5_1_on_binary_indicator_var, relu_1_5_1_off_binary_indicator_var,
  relu_1_6_0_on_binary_indicator_var, relu_1_6_0_off_binary_indicator_var, relu_1_6_1_on_binary_indicator_var, relu_1_6_1_off_binary_indicator_var, relu_1_7_0_on_binary_indicator_var, relu_1_7_0_off_binary_indicator_var, relu_1_7_1_on_binary_indicator_var, relu_1_7_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, pre_definition_1_4_0, pre_definition_1_4_1, pre_definition_1_5_0, pre_definition_1_5_1, pre_definition_1_6_0, pre_definition_1_6_1, pre_definition_1_7_0,
  pre_definition_1_7_1, out_definition_0_0, out_definition_1_0, out_definition_2_0, out_definition_3_0, out_definition_4_0, out_definition_5_0, out_definition_6_0,
  out_definition_7_0, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e27_, e28_, e29_, e30_, e31_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e34_, e35_, e36_, e37_, e38_, relu_1_1_0_above_pre,
  relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e41_, e42_, e43_, e44_, e45_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor,
  e48_, e49_, e50_, e51_, e52_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e55_,
  e56_, e57_, e58_, e59_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e62_, e63_,
  e64_, e65_, e66_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e69_, e70_, e71_,
  e72_, e73_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e76_, e77_, e78_, e79_,
  e80_, relu_1_4_0_above_pre, relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor, e83_, e84_, e85_, e86_, e87_,
  relu_1_4_1_above_pre, relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor, e90_, e91_, e92_, e93_, e94_, relu_1_5_0_above_pre,
  relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor, e97_, e98_, e99_, e100_, e101_, relu_1_5_1_above_pre, relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor,
  e104_, e105_, e106_, e107_, e108_, relu_1_6_0_above_pre, relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor, e111_,
  e112_, e113_, e114_, e115_, relu_1_6_1_above_pre, relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor, e118_, e119_,
  e120_, e121_, e122_, relu_1_7_0_above_pre, relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor, e125_, e126_, e127_,
  e128_, e129_, relu_1_7_1_above_pre, relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor, e132_, e133_, e134_, e135_,
  e136_;

e_obj.. - objvar - 2*out_4_0 - 2*out_5_0 - 2*out_6_0 - 2*out_7_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0)
    + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0) + 1*sqr(out_7_0) + 4 =e= 0;
pre_definition_1_0_0.. + 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.7142857142857143*w_1_0_0 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.7142857142857143*w_1_1_0 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. + 0.4285714285714286*w_1_0_0 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. + 0.4285714285714286*w_1_1_0 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.1428571428571429*w_1_0_0 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.1428571428571429*w_1_1_0 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.1428571428571428*w_1_0_0 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.1428571428571428*w_1_1_0 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. - 0.4285714285714284*w_1_0_0 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. - 0.4285714285714284*w_1_1_0 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 0.7142857142857142*w_1_0_0 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.7142857142857142*w_1_1_0 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 1*w_1_0_0 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 1*w_1_1_0 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_4_0.. - 1*b_2_0 + 1*out_4_0 - 1*w_2_0_0*post_1_4_0 - 1*w_2_0_1*post_1_4_1 =e= 0;
out_definition_5_0.. - 1*b_2_0 + 1*out_5_0 - 1*w_2_0_0*post_1_5_0 - 1*w_2_0_1*post_1_5_1 =e= 0;
out_definition_6_0.. - 1*b_2_0 + 1*out_6_0 - 1*w_2_0_0*post_1_6_0 - 1*w_2_0_1*post_1_6_1 =e= 0;
out_definition_7_0.. - 1*b_2_0 + 1*out_7_0 - 1*w_2_0_0*post_1_7_0 - 1*w_2_0_1*post_1_7_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e27_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 8*relu_1_0_0_on_binary_indicator_var =g= -8;
e28_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 16*relu_1_0_0_on_binary_indicator_var =l= 16;
e29_.. + 1*post_1_0_0 =g= 0;
e30_.. + 1*post_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
e31_.. + 1*pre_1_0_0 + 8*relu_1_0_0_off_binary_indicator_var =l= 8;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e34_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 8*relu_1_0_1_on_binary_indicator_var =g= -8;
e35_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 16*relu_1_0_1_on_binary_indicator_var =l= 16;
e36_.. + 1*post_1_0_1 =g= 0;
e37_.. + 1*post_1_0_1 + 8*relu_1_0_1_off_binary_indicator_var =l= 8;
e38_.. + 1*pre_1_0_1 + 8*relu_1_0_1_off_binary_indicator_var =l= 8;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e41_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 6.857142857142858*relu_1_1_0_on_binary_indicator_var =g= -6.857142857142858;
e42_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 13.714285714285715*relu_1_1_0_on_binary_indicator_var =l= 13.714285714285715;
e43_.. + 1*post_1_1_0 =g= 0;
e44_.. + 1*post_1_1_0 + 6.857142857142858*relu_1_1_0_off_binary_indicator_var =l= 6.857142857142858;
e45_.. + 1*pre_1_1_0 + 6.857142857142858*relu_1_1_0_off_binary_indicator_var =l= 6.857142857142858;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e48_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 6.857142857142858*relu_1_1_1_on_binary_indicator_var =g= -6.857142857142858;
e49_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 13.714285714285715*relu_1_1_1_on_binary_indicator_var =l= 13.714285714285715;
e50_.. + 1*post_1_1_1 =g= 0;
e51_.. + 1*post_1_1_1 + 6.857142857142858*relu_1_1_1_off_binary_indicator_var =l= 6.857142857142858;
e52_.. + 1*pre_1_1_1 + 6.857142857142858*relu_1_1_1_off_binary_indicator_var =l= 6.857142857142858;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e55_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 5.714285714285714*relu_1_2_0_on_binary_indicator_var =g= -5.714285714285714;
e56_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 11.428571428571429*relu_1_2_0_on_binary_indicator_var =l= 11.428571428571429;
e57_.. + 1*post_1_2_0 =g= 0;
e58_.. + 1*post_1_2_0 + 5.714285714285714*relu_1_2_0_off_binary_indicator_var =l= 5.714285714285714;
e59_.. + 1*pre_1_2_0 + 5.714285714285714*relu_1_2_0_off_binary_indicator_var =l= 5.714285714285714;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e62_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 5.714285714285714*relu_1_2_1_on_binary_indicator_var =g= -5.714285714285714;
e63_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 11.428571428571429*relu_1_2_1_on_binary_indicator_var =l= 11.428571428571429;
e64_.. + 1*post_1_2_1 =g= 0;
e65_.. + 1*post_1_2_1 + 5.714285714285714*relu_1_2_1_off_binary_indicator_var =l= 5.714285714285714;
e66_.. + 1*pre_1_2_1 + 5.714285714285714*relu_1_2_1_off_binary_indicator_var =l= 5.714285714285714;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e69_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 4.571428571428571*relu_1_3_0_on_binary_indicator_var =g= -4.571428571428571;
e70_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 9.142857142857142*relu_1_3_0_on_binary_indicator_var =l= 9.142857142857142;
e71_.. + 1*post_1_3_0 =g= 0;
e72_.. + 1*post_1_3_0 + 4.571428571428571*relu_1_3_0_off_binary_indicator_var =l= 4.571428571428571;
e73_.. + 1*pre_1_3_0 + 4.571428571428571*relu_1_3_0_off_binary_indicator_var =l= 4.571428571428571;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e76_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 4.571428571428571*relu_1_3_1_on_binary_indicator_var =g= -4.571428571428571;
e77_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 9.142857142857142*relu_1_3_1_on_binary_indicator_var =l= 9.142857142857142;
e78_.. + 1*post_1_3_1 =g= 0;
e79_.. + 1*post_1_3_1 + 4.571428571428571*relu_1_3_1_off_binary_indicator_var =l= 4.571428571428571;
e80_.. + 1*pre_1_3_1 + 4.571428571428571*relu_1_3_1_off_binary_indicator_var =l= 4.571428571428571;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e83_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4.571428571428571*relu_1_4_0_on_binary_indicator_var =g= -4.571428571428571;
e84_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 9.142857142857142*relu_1_4_0_on_binary_indicator_var =l= 9.142857142857142;
e85_.. + 1*post_1_4_0 =g= 0;
e86_.. + 1*post_1_4_0 + 4.571428571428571*relu_1_4_0_off_binary_indicator_var =l= 4.571428571428571;
e87_.. + 1*pre_1_4_0 + 4.571428571428571*relu_1_4_0_off_binary_indicator_var =l= 4.571428571428571;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e90_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 4.571428571428571*relu_1_4_1_on_binary_indicator_var =g= -4.571428571428571;
e91_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 9.142857142857142*relu_1_4_1_on_binary_indicator_var =l= 9.142857142857142;
e92_.. + 1*post_1_4_1 =g= 0;
e93_.. + 1*post_1_4_1 + 4.571428571428571*relu_1_4_1_off_binary_indicator_var =l= 4.571428571428571;
e94_.. + 1*pre_1_4_1 + 4.571428571428571*relu_1_4_1_off_binary_indicator_var =l= 4.571428571428571;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e97_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 5.7142857142857135*relu_1_5_0_on_binary_indicator_var =g= -5.7142857142857135;
e98_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 11.428571428571427*relu_1_5_0_on_binary_indicator_var =l= 11.428571428571427;
e99_.. + 1*post_1_5_0 =g= 0;
e100_.. + 1*post_1_5_0 + 5.7142857142857135*relu_1_5_0_off_binary_indicator_var =l= 5.7142857142857135;
e101_.. + 1*pre_1_5_0 + 5.7142857142857135*relu_1_5_0_off_binary_indicator_var =l= 5.7142857142857135;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e104_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 5.7142857142857135*relu_1_5_1_on_binary_indicator_var =g= -5.7142857142857135;
e105_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 11.428571428571427*relu_1_5_1_on_binary_indicator_var =l= 11.428571428571427;
e106_.. + 1*post_1_5_1 =g= 0;
e107_.. + 1*post_1_5_1 + 5.7142857142857135*relu_1_5_1_off_binary_indicator_var =l= 5.7142857142857135;
e108_.. + 1*pre_1_5_1 + 5.7142857142857135*relu_1_5_1_off_binary_indicator_var =l= 5.7142857142857135;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e111_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 6.857142857142857*relu_1_6_0_on_binary_indicator_var =g= -6.857142857142857;
e112_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 13.714285714285714*relu_1_6_0_on_binary_indicator_var =l= 13.714285714285714;
e113_.. + 1*post_1_6_0 =g= 0;
e114_.. + 1*post_1_6_0 + 6.857142857142857*relu_1_6_0_off_binary_indicator_var =l= 6.857142857142857;
e115_.. + 1*pre_1_6_0 + 6.857142857142857*relu_1_6_0_off_binary_indicator_var =l= 6.857142857142857;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e118_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 6.857142857142857*relu_1_6_1_on_binary_indicator_var =g= -6.857142857142857;
e119_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 13.714285714285714*relu_1_6_1_on_binary_indicator_var =l= 13.714285714285714;
e120_.. + 1*post_1_6_1 =g= 0;
e121_.. + 1*post_1_6_1 + 6.857142857142857*relu_1_6_1_off_binary_indicator_var =l= 6.857142857142857;
e122_.. + 1*pre_1_6_1 + 6.857142857142857*relu_1_6_1_off_binary_indicator_var =l= 6.857142857142857;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e125_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 8*relu_1_7_0_on_binary_indicator_var =g= -8;
e126_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 16*relu_1_7_0_on_binary_indicator_var =l= 16;
e127_.. + 1*post_1_7_0 =g= 0;
e128_.. + 1*post_1_7_0 + 8*relu_1_7_0_off_binary_indicator_var =l= 8;
e129_.. + 1*pre_1_7_0 + 8*relu_1_7_0_off_binary_indicator_var =l= 8;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e132_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 8*relu_1_7_1_on_binary_indicator_var =g= -8;
e133_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 16*relu_1_7_1_on_binary_indicator_var =l= 16;
e134_.. + 1*post_1_7_1 =g= 0;
e135_.. + 1*post_1_7_1 + 8*relu_1_7_1_off_binary_indicator_var =l= 8;
e136_.. + 1*pre_1_7_1 + 8*relu_1_7_1_off_binary_indicator_var =l= 8;

w_1_0_0.lo = -4;
w_1_0_0.up = 4;
w_1_1_0.lo = -4;
w_1_1_0.up = 4;
w_2_0_0.lo = -4;
w_2_0_0.up = 4;
w_2_0_1.lo = -4;
w_2_0_1.up = 4;
b_1_0.lo = -4;
b_1_0.up = 4;
b_1_1.lo = -4;
b_1_1.up = 4;
b_2_0.lo = -4;
b_2_0.up = 4;
pre_1_0_0.lo = -8;
pre_1_0_0.up = 8;
pre_1_0_1.lo = -8;
pre_1_0_1.up = 8;
pre_1_1_0.lo = -6.857142857142858;
pre_1_1_0.up = 6.857142857142858;
pre_1_1_1.lo = -6.857142857142858;
pre_1_1_1.up = 6.857142857142858;
pre_1_2_0.lo = -5.714285714285714;
pre_1_2_0.up = 5.714285714285714;
pre_1_2_1.lo = -5.714285714285714;
pre_1_2_1.up = 5.714285714285714;
pre_1_3_0.lo = -4.571428571428571;
pre_1_3_0.up = 4.571428571428571;
pre_1_3_1.lo = -4.571428571428571;
pre_1_3_1.up = 4.571428571428571;
pre_1_4_0.lo = -4.571428571428571;
pre_1_4_0.up = 4.571428571428571;
pre_1_4_1.lo = -4.571428571428571;
pre_1_4_1.up = 4.571428571428571;
pre_1_5_0.lo = -5.7142857142857135;
pre_1_5_0.up = 5.7142857142857135;
pre_1_5_1.lo = -5.7142857142857135;
pre_1_5_1.up = 5.7142857142857135;
pre_1_6_0.lo = -6.857142857142857;
pre_1_6_0.up = 6.857142857142857;
pre_1_6_1.lo = -6.857142857142857;
pre_1_6_1.up = 6.857142857142857;
pre_1_7_0.lo = -8;
pre_1_7_0.up = 8;
pre_1_7_1.lo = -8;
pre_1_7_1.up = 8;
post_1_0_0.lo = 0;
post_1_0_0.up = 8;
post_1_0_1.lo = 0;
post_1_0_1.up = 8;
post_1_1_0.lo = 0;
post_1_1_0.up = 6.857142857142858;
post_1_1_1.lo = 0;
post_1_1_1.up = 6.857142857142858;
post_1_2_0.lo = 0;
post_1_2_0.up = 5.714285714285714;
post_1_2_1.lo = 0;
post_1_2_1.up = 5.714285714285714;
post_1_3_0.lo = 0;
post_1_3_0.up = 4.571428571428571;
post_1_3_1.lo = 0;
post_1_3_1.up = 4.571428571428571;
post_1_4_0.lo = 0;
post_1_4_0.up = 4.571428571428571;
post_1_4_1.lo = 0;
post_1_4_1.up = 4.571428571428571;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.7142857142857135;
post_1_5_1.lo = 0;
post_1_5_1.up = 5.7142857142857135;
post_1_6_0.lo = 0;
post_1_6_0.up = 6.857142857142857;
post_1_6_1.lo = 0;
post_1_6_1.up = 6.857142857142857;
post_1_7_0.lo = 0;
post_1_7_0.up = 8;
post_1_7_1.lo = 0;
post_1_7_1.up = 8;
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

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
