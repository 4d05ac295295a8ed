* teacher-N8-n2-m2-p1-s2-p1-plain-indicator  (relu-opt library: teacher-N8-n2-m2-p1-s2, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, b_1_0,
  b_1_1, b_2_0, pre_1_0_0, pre_1_0_1, pre_1_1_0, pre_1_1_1, pre_1_2_0, pre_1_2_1,
  pre_1_3_0, pre_1_3_1, pre_1_4_0, pre_1_4_1, pre_1_5_0, pre_1_5_1, pre_1_6_0, pre_1_6_1,
  pre_1_7_0, pre_1_7_1, post_1_0_0, post_1_0_1, post_1_1_0, post_1_1_1, post_1_2_0, post_1_2_1,
  post_1_3_0, post_1_3_1, post_1_4_0, post_1_4_1, post_1_5_0, post_1_5_1, post_1_6_0, post_1_6_1,
  post_1_7_0, post_1_7_1, out_0_0, out_1_0, out_2_0, out_3_0, out_4_0, out_5_0,
  out_6_0, out_7_0;

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

e_obj.. - objvar + 1.7281436087378315*out_0_0 + 1.4495064420549233*out_1_0 + 2.7702350353169383*out_2_0 + 1.2460048218067439*out_3_0 + 2.879777114055629*out_4_0 + 2.0704155707213916*out_5_0 + 0.8743793968810339*out_6_0
    + 2.7472719349746058*out_7_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 8.801514675339137 =e= 0;
pre_definition_1_0_0.. - 0.31486602975118516*w_1_0_0 - 0.124531325560856*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.31486602975118516*w_1_1_0 - 0.124531325560856*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. + 0.6998754733893278*w_1_0_0 + 0.13473841839042566*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. + 0.6998754733893278*w_1_1_0 + 0.13473841839042566*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.3385945971490405*w_1_0_0 + 0.15443065345974438*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.3385945971490405*w_1_1_0 + 0.15443065345974438*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. - 0.2663687985482328*w_1_0_0 - 0.9348719049873533*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. - 0.2663687985482328*w_1_1_0 - 0.9348719049873533*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. - 0.36612964461925057*w_1_0_0 + 0.21675033383994768*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. - 0.36612964461925057*w_1_1_0 + 0.21675033383994768*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.6254948605598039*w_1_0_0 + 0.3080786688565338*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.6254948605598039*w_1_1_0 + 0.3080786688565338*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. - 0.022131947139154118*w_1_0_0 - 0.7824188190011583*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. - 0.022131947139154118*w_1_1_0 - 0.7824188190011583*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.5511278849453789*w_1_0_0 + 0.36370679876925127*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.5511278849453789*w_1_1_0 + 0.36370679876925127*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
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
e27_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 4.318192065936124*relu_1_0_0_on_binary_indicator_var =g= -4.318192065936124;
e28_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 8.636384131872248*relu_1_0_0_on_binary_indicator_var =l= 8.636384131872248;
e29_.. + 1*post_1_0_0 =g= 0;
e30_.. + 1*post_1_0_0 + 4.318192065936124*relu_1_0_0_off_binary_indicator_var =l= 4.318192065936124;
e31_.. + 1*pre_1_0_0 + 4.318192065936124*relu_1_0_0_off_binary_indicator_var =l= 4.318192065936124;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e34_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 4.318192065936124*relu_1_0_1_on_binary_indicator_var =g= -4.318192065936124;
e35_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 8.636384131872248*relu_1_0_1_on_binary_indicator_var =l= 8.636384131872248;
e36_.. + 1*post_1_0_1 =g= 0;
e37_.. + 1*post_1_0_1 + 4.318192065936124*relu_1_0_1_off_binary_indicator_var =l= 4.318192065936124;
e38_.. + 1*pre_1_0_1 + 4.318192065936124*relu_1_0_1_off_binary_indicator_var =l= 4.318192065936124;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e41_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 5.5038416753392605*relu_1_1_0_on_binary_indicator_var =g= -5.5038416753392605;
e42_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 11.007683350678521*relu_1_1_0_on_binary_indicator_var =l= 11.007683350678521;
e43_.. + 1*post_1_1_0 =g= 0;
e44_.. + 1*post_1_1_0 + 5.5038416753392605*relu_1_1_0_off_binary_indicator_var =l= 5.5038416753392605;
e45_.. + 1*pre_1_1_0 + 5.5038416753392605*relu_1_1_0_off_binary_indicator_var =l= 5.5038416753392605;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e48_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 5.5038416753392605*relu_1_1_1_on_binary_indicator_var =g= -5.5038416753392605;
e49_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 11.007683350678521*relu_1_1_1_on_binary_indicator_var =l= 11.007683350678521;
e50_.. + 1*post_1_1_1 =g= 0;
e51_.. + 1*post_1_1_1 + 5.5038416753392605*relu_1_1_1_off_binary_indicator_var =l= 5.5038416753392605;
e52_.. + 1*pre_1_1_1 + 5.5038416753392605*relu_1_1_1_off_binary_indicator_var =l= 5.5038416753392605;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e55_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 4.479075751826355*relu_1_2_0_on_binary_indicator_var =g= -4.479075751826355;
e56_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 8.95815150365271*relu_1_2_0_on_binary_indicator_var =l= 8.95815150365271;
e57_.. + 1*post_1_2_0 =g= 0;
e58_.. + 1*post_1_2_0 + 4.479075751826355*relu_1_2_0_off_binary_indicator_var =l= 4.479075751826355;
e59_.. + 1*pre_1_2_0 + 4.479075751826355*relu_1_2_0_off_binary_indicator_var =l= 4.479075751826355;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e62_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 4.479075751826355*relu_1_2_1_on_binary_indicator_var =g= -4.479075751826355;
e63_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 8.95815150365271*relu_1_2_1_on_binary_indicator_var =l= 8.95815150365271;
e64_.. + 1*post_1_2_1 =g= 0;
e65_.. + 1*post_1_2_1 + 4.479075751826355*relu_1_2_1_off_binary_indicator_var =l= 4.479075751826355;
e66_.. + 1*pre_1_2_1 + 4.479075751826355*relu_1_2_1_off_binary_indicator_var =l= 4.479075751826355;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e69_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 6.603722110606759*relu_1_3_0_on_binary_indicator_var =g= -6.603722110606759;
e70_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 13.207444221213517*relu_1_3_0_on_binary_indicator_var =l= 13.207444221213517;
e71_.. + 1*post_1_3_0 =g= 0;
e72_.. + 1*post_1_3_0 + 6.603722110606759*relu_1_3_0_off_binary_indicator_var =l= 6.603722110606759;
e73_.. + 1*pre_1_3_0 + 6.603722110606759*relu_1_3_0_off_binary_indicator_var =l= 6.603722110606759;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e76_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 6.603722110606759*relu_1_3_1_on_binary_indicator_var =g= -6.603722110606759;
e77_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 13.207444221213517*relu_1_3_1_on_binary_indicator_var =l= 13.207444221213517;
e78_.. + 1*post_1_3_1 =g= 0;
e79_.. + 1*post_1_3_1 + 6.603722110606759*relu_1_3_1_off_binary_indicator_var =l= 6.603722110606759;
e80_.. + 1*pre_1_3_1 + 6.603722110606759*relu_1_3_1_off_binary_indicator_var =l= 6.603722110606759;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e83_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 4.748639935377595*relu_1_4_0_on_binary_indicator_var =g= -4.748639935377595;
e84_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 9.49727987075519*relu_1_4_0_on_binary_indicator_var =l= 9.49727987075519;
e85_.. + 1*post_1_4_0 =g= 0;
e86_.. + 1*post_1_4_0 + 4.748639935377595*relu_1_4_0_off_binary_indicator_var =l= 4.748639935377595;
e87_.. + 1*pre_1_4_0 + 4.748639935377595*relu_1_4_0_off_binary_indicator_var =l= 4.748639935377595;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e90_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 4.748639935377595*relu_1_4_1_on_binary_indicator_var =g= -4.748639935377595;
e91_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 9.49727987075519*relu_1_4_1_on_binary_indicator_var =l= 9.49727987075519;
e92_.. + 1*post_1_4_1 =g= 0;
e93_.. + 1*post_1_4_1 + 4.748639935377595*relu_1_4_1_off_binary_indicator_var =l= 4.748639935377595;
e94_.. + 1*pre_1_4_1 + 4.748639935377595*relu_1_4_1_off_binary_indicator_var =l= 4.748639935377595;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e97_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 5.800720588249013*relu_1_5_0_on_binary_indicator_var =g= -5.800720588249013;
e98_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 11.601441176498026*relu_1_5_0_on_binary_indicator_var =l= 11.601441176498026;
e99_.. + 1*post_1_5_0 =g= 0;
e100_.. + 1*post_1_5_0 + 5.800720588249013*relu_1_5_0_off_binary_indicator_var =l= 5.800720588249013;
e101_.. + 1*pre_1_5_0 + 5.800720588249013*relu_1_5_0_off_binary_indicator_var =l= 5.800720588249013;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e104_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 5.800720588249013*relu_1_5_1_on_binary_indicator_var =g= -5.800720588249013;
e105_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 11.601441176498026*relu_1_5_1_on_binary_indicator_var =l= 11.601441176498026;
e106_.. + 1*post_1_5_1 =g= 0;
e107_.. + 1*post_1_5_1 + 5.800720588249013*relu_1_5_1_off_binary_indicator_var =l= 5.800720588249013;
e108_.. + 1*pre_1_5_1 + 5.800720588249013*relu_1_5_1_off_binary_indicator_var =l= 5.800720588249013;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e111_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 5.413652298420937*relu_1_6_0_on_binary_indicator_var =g= -5.413652298420937;
e112_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 10.827304596841874*relu_1_6_0_on_binary_indicator_var =l= 10.827304596841874;
e113_.. + 1*post_1_6_0 =g= 0;
e114_.. + 1*post_1_6_0 + 5.413652298420937*relu_1_6_0_off_binary_indicator_var =l= 5.413652298420937;
e115_.. + 1*pre_1_6_0 + 5.413652298420937*relu_1_6_0_off_binary_indicator_var =l= 5.413652298420937;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e118_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 5.413652298420937*relu_1_6_1_on_binary_indicator_var =g= -5.413652298420937;
e119_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 10.827304596841874*relu_1_6_1_on_binary_indicator_var =l= 10.827304596841874;
e120_.. + 1*post_1_6_1 =g= 0;
e121_.. + 1*post_1_6_1 + 5.413652298420937*relu_1_6_1_off_binary_indicator_var =l= 5.413652298420937;
e122_.. + 1*pre_1_6_1 + 5.413652298420937*relu_1_6_1_off_binary_indicator_var =l= 5.413652298420937;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e125_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 5.74450405114389*relu_1_7_0_on_binary_indicator_var =g= -5.74450405114389;
e126_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 11.48900810228778*relu_1_7_0_on_binary_indicator_var =l= 11.48900810228778;
e127_.. + 1*post_1_7_0 =g= 0;
e128_.. + 1*post_1_7_0 + 5.74450405114389*relu_1_7_0_off_binary_indicator_var =l= 5.74450405114389;
e129_.. + 1*pre_1_7_0 + 5.74450405114389*relu_1_7_0_off_binary_indicator_var =l= 5.74450405114389;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e132_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 5.74450405114389*relu_1_7_1_on_binary_indicator_var =g= -5.74450405114389;
e133_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 11.48900810228778*relu_1_7_1_on_binary_indicator_var =l= 11.48900810228778;
e134_.. + 1*post_1_7_1 =g= 0;
e135_.. + 1*post_1_7_1 + 5.74450405114389*relu_1_7_1_off_binary_indicator_var =l= 5.74450405114389;
e136_.. + 1*pre_1_7_1 + 5.74450405114389*relu_1_7_1_off_binary_indicator_var =l= 5.74450405114389;

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
pre_1_0_0.lo = -4.318192065936124;
pre_1_0_0.up = 4.318192065936124;
pre_1_0_1.lo = -4.318192065936124;
pre_1_0_1.up = 4.318192065936124;
pre_1_1_0.lo = -5.5038416753392605;
pre_1_1_0.up = 5.5038416753392605;
pre_1_1_1.lo = -5.5038416753392605;
pre_1_1_1.up = 5.5038416753392605;
pre_1_2_0.lo = -4.479075751826355;
pre_1_2_0.up = 4.479075751826355;
pre_1_2_1.lo = -4.479075751826355;
pre_1_2_1.up = 4.479075751826355;
pre_1_3_0.lo = -6.603722110606759;
pre_1_3_0.up = 6.603722110606759;
pre_1_3_1.lo = -6.603722110606759;
pre_1_3_1.up = 6.603722110606759;
pre_1_4_0.lo = -4.748639935377595;
pre_1_4_0.up = 4.748639935377595;
pre_1_4_1.lo = -4.748639935377595;
pre_1_4_1.up = 4.748639935377595;
pre_1_5_0.lo = -5.800720588249013;
pre_1_5_0.up = 5.800720588249013;
pre_1_5_1.lo = -5.800720588249013;
pre_1_5_1.up = 5.800720588249013;
pre_1_6_0.lo = -5.413652298420937;
pre_1_6_0.up = 5.413652298420937;
pre_1_6_1.lo = -5.413652298420937;
pre_1_6_1.up = 5.413652298420937;
pre_1_7_0.lo = -5.74450405114389;
pre_1_7_0.up = 5.74450405114389;
pre_1_7_1.lo = -5.74450405114389;
pre_1_7_1.up = 5.74450405114389;
post_1_0_0.lo = 0;
post_1_0_0.up = 4.318192065936124;
post_1_0_1.lo = 0;
post_1_0_1.up = 4.318192065936124;
post_1_1_0.lo = 0;
post_1_1_0.up = 5.5038416753392605;
post_1_1_1.lo = 0;
post_1_1_1.up = 5.5038416753392605;
post_1_2_0.lo = 0;
post_1_2_0.up = 4.479075751826355;
post_1_2_1.lo = 0;
post_1_2_1.up = 4.479075751826355;
post_1_3_0.lo = 0;
post_1_3_0.up = 6.603722110606759;
post_1_3_1.lo = 0;
post_1_3_1.up = 6.603722110606759;
post_1_4_0.lo = 0;
post_1_4_0.up = 4.748639935377595;
post_1_4_1.lo = 0;
post_1_4_1.up = 4.748639935377595;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.800720588249013;
post_1_5_1.lo = 0;
post_1_5_1.up = 5.800720588249013;
post_1_6_0.lo = 0;
post_1_6_0.up = 5.413652298420937;
post_1_6_1.lo = 0;
post_1_6_1.up = 5.413652298420937;
post_1_7_0.lo = 0;
post_1_7_0.up = 5.74450405114389;
post_1_7_1.lo = 0;
post_1_7_1.up = 5.74450405114389;
out_0_0.lo = -28.909152395616744;
out_0_0.up = 28.909152395616744;
out_1_0.lo = -36.023050052035565;
out_1_0.up = 36.023050052035565;
out_2_0.lo = -29.87445451095813;
out_2_0.up = 29.87445451095813;
out_3_0.lo = -42.62233266364055;
out_3_0.up = 42.62233266364055;
out_4_0.lo = -31.49183961226557;
out_4_0.up = 31.49183961226557;
out_5_0.lo = -37.80432352949408;
out_5_0.up = 37.80432352949408;
out_6_0.lo = -35.481913790525624;
out_6_0.up = 35.481913790525624;
out_7_0.lo = -37.46702430686334;
out_7_0.up = 37.46702430686334;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
