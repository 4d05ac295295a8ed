* teacher-N8-n2-m2-p1-s1-p1-plain-indicator  (relu-opt library: teacher-N8-n2-m2-p1-s1, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
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

e_obj.. - objvar + 0.4570303845330703*out_0_0 - 0.1634203322812056*out_1_0 - 0.11393666837696725*out_2_0 - 0.2411033501919602*out_3_0 - 0.24183913689675068*out_4_0 - 0.4748676930409419*out_5_0 + 0.07220266823680058*out_6_0
    - 0.7497285023568104*out_7_0 + 1*sqr(out_0_0) + 1*sqr(out_1_0) + 1*sqr(out_2_0) + 1*sqr(out_3_0) + 1*sqr(out_4_0) + 1*sqr(out_5_0) + 1*sqr(out_6_0)
    + 1*sqr(out_7_0) + 0.2894967284599167 =e= 0;
pre_definition_1_0_0.. + 0.9448817735138633*w_1_0_0 - 0.5070262173496132*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. + 0.9448817735138633*w_1_1_0 - 0.5070262173496132*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.07628662643855644*w_1_0_0 + 0.34053656700181567*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.07628662643855644*w_1_1_0 + 0.34053656700181567*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.5768574068568086*w_1_0_0 + 0.39361034141671003*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.5768574068568086*w_1_1_0 + 0.39361034141671003*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.09300422103869699*w_1_0_0 + 0.7319166055056705*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.09300422103869699*w_1_1_0 + 0.7319166055056705*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
pre_definition_1_4_0.. + 0.19377402710574154*w_1_0_0 + 0.5930895186477008*w_1_0_1 - 1*b_1_0 + 1*pre_1_4_0 =e= 0;
pre_definition_1_4_1.. + 0.19377402710574154*w_1_1_0 + 0.5930895186477008*w_1_1_1 - 1*b_1_1 + 1*pre_1_4_1 =e= 0;
pre_definition_1_5_0.. + 0.475373319116301*w_1_0_0 - 0.5007293452601052*w_1_0_1 - 1*b_1_0 + 1*pre_1_5_0 =e= 0;
pre_definition_1_5_1.. + 0.475373319116301*w_1_1_0 - 0.5007293452601052*w_1_1_1 - 1*b_1_1 + 1*pre_1_5_1 =e= 0;
pre_definition_1_6_0.. + 0.43918248402792015*w_1_0_0 + 0.029618051136729884*w_1_0_1 - 1*b_1_0 + 1*pre_1_6_0 =e= 0;
pre_definition_1_6_1.. + 0.43918248402792015*w_1_1_0 + 0.029618051136729884*w_1_1_1 - 1*b_1_1 + 1*pre_1_6_1 =e= 0;
pre_definition_1_7_0.. - 0.9614743996024773*w_1_0_0 - 0.9233143873275735*w_1_0_1 - 1*b_1_0 + 1*pre_1_7_0 =e= 0;
pre_definition_1_7_1.. - 0.9614743996024773*w_1_1_0 - 0.9233143873275735*w_1_1_1 - 1*b_1_1 + 1*pre_1_7_1 =e= 0;
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
e27_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.355723972590429*relu_1_0_0_on_binary_indicator_var =g= -7.355723972590429;
e28_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 14.711447945180858*relu_1_0_0_on_binary_indicator_var =l= 14.711447945180858;
e29_.. + 1*post_1_0_0 =g= 0;
e30_.. + 1*post_1_0_0 + 7.355723972590429*relu_1_0_0_off_binary_indicator_var =l= 7.355723972590429;
e31_.. + 1*pre_1_0_0 + 7.355723972590429*relu_1_0_0_off_binary_indicator_var =l= 7.355723972590429;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e34_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.355723972590429*relu_1_0_1_on_binary_indicator_var =g= -7.355723972590429;
e35_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 14.711447945180858*relu_1_0_1_on_binary_indicator_var =l= 14.711447945180858;
e36_.. + 1*post_1_0_1 =g= 0;
e37_.. + 1*post_1_0_1 + 7.355723972590429*relu_1_0_1_off_binary_indicator_var =l= 7.355723972590429;
e38_.. + 1*pre_1_0_1 + 7.355723972590429*relu_1_0_1_off_binary_indicator_var =l= 7.355723972590429;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e41_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 4.250469580321116*relu_1_1_0_on_binary_indicator_var =g= -4.250469580321116;
e42_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 8.500939160642233*relu_1_1_0_on_binary_indicator_var =l= 8.500939160642233;
e43_.. + 1*post_1_1_0 =g= 0;
e44_.. + 1*post_1_1_0 + 4.250469580321116*relu_1_1_0_off_binary_indicator_var =l= 4.250469580321116;
e45_.. + 1*pre_1_1_0 + 4.250469580321116*relu_1_1_0_off_binary_indicator_var =l= 4.250469580321116;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e48_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 4.250469580321116*relu_1_1_1_on_binary_indicator_var =g= -4.250469580321116;
e49_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 8.500939160642233*relu_1_1_1_on_binary_indicator_var =l= 8.500939160642233;
e50_.. + 1*post_1_1_1 =g= 0;
e51_.. + 1*post_1_1_1 + 4.250469580321116*relu_1_1_1_off_binary_indicator_var =l= 4.250469580321116;
e52_.. + 1*pre_1_1_1 + 4.250469580321116*relu_1_1_1_off_binary_indicator_var =l= 4.250469580321116;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e55_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 5.911403244820556*relu_1_2_0_on_binary_indicator_var =g= -5.911403244820556;
e56_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 11.822806489641112*relu_1_2_0_on_binary_indicator_var =l= 11.822806489641112;
e57_.. + 1*post_1_2_0 =g= 0;
e58_.. + 1*post_1_2_0 + 5.911403244820556*relu_1_2_0_off_binary_indicator_var =l= 5.911403244820556;
e59_.. + 1*pre_1_2_0 + 5.911403244820556*relu_1_2_0_off_binary_indicator_var =l= 5.911403244820556;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e62_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 5.911403244820556*relu_1_2_1_on_binary_indicator_var =g= -5.911403244820556;
e63_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 11.822806489641112*relu_1_2_1_on_binary_indicator_var =l= 11.822806489641112;
e64_.. + 1*post_1_2_1 =g= 0;
e65_.. + 1*post_1_2_1 + 5.911403244820556*relu_1_2_1_off_binary_indicator_var =l= 5.911403244820556;
e66_.. + 1*pre_1_2_1 + 5.911403244820556*relu_1_2_1_off_binary_indicator_var =l= 5.911403244820556;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e69_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 5.474762479633102*relu_1_3_0_on_binary_indicator_var =g= -5.474762479633102;
e70_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 10.949524959266205*relu_1_3_0_on_binary_indicator_var =l= 10.949524959266205;
e71_.. + 1*post_1_3_0 =g= 0;
e72_.. + 1*post_1_3_0 + 5.474762479633102*relu_1_3_0_off_binary_indicator_var =l= 5.474762479633102;
e73_.. + 1*pre_1_3_0 + 5.474762479633102*relu_1_3_0_off_binary_indicator_var =l= 5.474762479633102;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e76_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 5.474762479633102*relu_1_3_1_on_binary_indicator_var =g= -5.474762479633102;
e77_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 10.949524959266205*relu_1_3_1_on_binary_indicator_var =l= 10.949524959266205;
e78_.. + 1*post_1_3_1 =g= 0;
e79_.. + 1*post_1_3_1 + 5.474762479633102*relu_1_3_1_off_binary_indicator_var =l= 5.474762479633102;
e80_.. + 1*pre_1_3_1 + 5.474762479633102*relu_1_3_1_off_binary_indicator_var =l= 5.474762479633102;
relu_1_4_0_above_pre.. + 1*pre_1_4_0 - 1*post_1_4_0 =l= 0;
relu_1_4_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_0_on_binary_indicator_var + 1*relu_1_4_0_off_binary_indicator_var =e= 1;
e83_.. - 1*pre_1_4_0 + 1*post_1_4_0 - 5.3605906372603265*relu_1_4_0_on_binary_indicator_var =g= -5.3605906372603265;
e84_.. - 1*pre_1_4_0 + 1*post_1_4_0 + 10.721181274520653*relu_1_4_0_on_binary_indicator_var =l= 10.721181274520653;
e85_.. + 1*post_1_4_0 =g= 0;
e86_.. + 1*post_1_4_0 + 5.3605906372603265*relu_1_4_0_off_binary_indicator_var =l= 5.3605906372603265;
e87_.. + 1*pre_1_4_0 + 5.3605906372603265*relu_1_4_0_off_binary_indicator_var =l= 5.3605906372603265;
relu_1_4_1_above_pre.. + 1*pre_1_4_1 - 1*post_1_4_1 =l= 0;
relu_1_4_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_4_1_on_binary_indicator_var + 1*relu_1_4_1_off_binary_indicator_var =e= 1;
e90_.. - 1*pre_1_4_1 + 1*post_1_4_1 - 5.3605906372603265*relu_1_4_1_on_binary_indicator_var =g= -5.3605906372603265;
e91_.. - 1*pre_1_4_1 + 1*post_1_4_1 + 10.721181274520653*relu_1_4_1_on_binary_indicator_var =l= 10.721181274520653;
e92_.. + 1*post_1_4_1 =g= 0;
e93_.. + 1*post_1_4_1 + 5.3605906372603265*relu_1_4_1_off_binary_indicator_var =l= 5.3605906372603265;
e94_.. + 1*pre_1_4_1 + 5.3605906372603265*relu_1_4_1_off_binary_indicator_var =l= 5.3605906372603265;
relu_1_5_0_above_pre.. + 1*pre_1_5_0 - 1*post_1_5_0 =l= 0;
relu_1_5_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_0_on_binary_indicator_var + 1*relu_1_5_0_off_binary_indicator_var =e= 1;
e97_.. - 1*pre_1_5_0 + 1*post_1_5_0 - 5.928307993129218*relu_1_5_0_on_binary_indicator_var =g= -5.928307993129218;
e98_.. - 1*pre_1_5_0 + 1*post_1_5_0 + 11.856615986258436*relu_1_5_0_on_binary_indicator_var =l= 11.856615986258436;
e99_.. + 1*post_1_5_0 =g= 0;
e100_.. + 1*post_1_5_0 + 5.928307993129218*relu_1_5_0_off_binary_indicator_var =l= 5.928307993129218;
e101_.. + 1*pre_1_5_0 + 5.928307993129218*relu_1_5_0_off_binary_indicator_var =l= 5.928307993129218;
relu_1_5_1_above_pre.. + 1*pre_1_5_1 - 1*post_1_5_1 =l= 0;
relu_1_5_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_5_1_on_binary_indicator_var + 1*relu_1_5_1_off_binary_indicator_var =e= 1;
e104_.. - 1*pre_1_5_1 + 1*post_1_5_1 - 5.928307993129218*relu_1_5_1_on_binary_indicator_var =g= -5.928307993129218;
e105_.. - 1*pre_1_5_1 + 1*post_1_5_1 + 11.856615986258436*relu_1_5_1_on_binary_indicator_var =l= 11.856615986258436;
e106_.. + 1*post_1_5_1 =g= 0;
e107_.. + 1*post_1_5_1 + 5.928307993129218*relu_1_5_1_off_binary_indicator_var =l= 5.928307993129218;
e108_.. + 1*pre_1_5_1 + 5.928307993129218*relu_1_5_1_off_binary_indicator_var =l= 5.928307993129218;
relu_1_6_0_above_pre.. + 1*pre_1_6_0 - 1*post_1_6_0 =l= 0;
relu_1_6_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_0_on_binary_indicator_var + 1*relu_1_6_0_off_binary_indicator_var =e= 1;
e111_.. - 1*pre_1_6_0 + 1*post_1_6_0 - 4.40640160549395*relu_1_6_0_on_binary_indicator_var =g= -4.40640160549395;
e112_.. - 1*pre_1_6_0 + 1*post_1_6_0 + 8.8128032109879*relu_1_6_0_on_binary_indicator_var =l= 8.8128032109879;
e113_.. + 1*post_1_6_0 =g= 0;
e114_.. + 1*post_1_6_0 + 4.40640160549395*relu_1_6_0_off_binary_indicator_var =l= 4.40640160549395;
e115_.. + 1*pre_1_6_0 + 4.40640160549395*relu_1_6_0_off_binary_indicator_var =l= 4.40640160549395;
relu_1_6_1_above_pre.. + 1*pre_1_6_1 - 1*post_1_6_1 =l= 0;
relu_1_6_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_6_1_on_binary_indicator_var + 1*relu_1_6_1_off_binary_indicator_var =e= 1;
e118_.. - 1*pre_1_6_1 + 1*post_1_6_1 - 4.40640160549395*relu_1_6_1_on_binary_indicator_var =g= -4.40640160549395;
e119_.. - 1*pre_1_6_1 + 1*post_1_6_1 + 8.8128032109879*relu_1_6_1_on_binary_indicator_var =l= 8.8128032109879;
e120_.. + 1*post_1_6_1 =g= 0;
e121_.. + 1*post_1_6_1 + 4.40640160549395*relu_1_6_1_off_binary_indicator_var =l= 4.40640160549395;
e122_.. + 1*pre_1_6_1 + 4.40640160549395*relu_1_6_1_off_binary_indicator_var =l= 4.40640160549395;
relu_1_7_0_above_pre.. + 1*pre_1_7_0 - 1*post_1_7_0 =l= 0;
relu_1_7_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_0_on_binary_indicator_var + 1*relu_1_7_0_off_binary_indicator_var =e= 1;
e125_.. - 1*pre_1_7_0 + 1*post_1_7_0 - 8.654366360790153*relu_1_7_0_on_binary_indicator_var =g= -8.654366360790153;
e126_.. - 1*pre_1_7_0 + 1*post_1_7_0 + 17.308732721580306*relu_1_7_0_on_binary_indicator_var =l= 17.308732721580306;
e127_.. + 1*post_1_7_0 =g= 0;
e128_.. + 1*post_1_7_0 + 8.654366360790153*relu_1_7_0_off_binary_indicator_var =l= 8.654366360790153;
e129_.. + 1*pre_1_7_0 + 8.654366360790153*relu_1_7_0_off_binary_indicator_var =l= 8.654366360790153;
relu_1_7_1_above_pre.. + 1*pre_1_7_1 - 1*post_1_7_1 =l= 0;
relu_1_7_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_7_1_on_binary_indicator_var + 1*relu_1_7_1_off_binary_indicator_var =e= 1;
e132_.. - 1*pre_1_7_1 + 1*post_1_7_1 - 8.654366360790153*relu_1_7_1_on_binary_indicator_var =g= -8.654366360790153;
e133_.. - 1*pre_1_7_1 + 1*post_1_7_1 + 17.308732721580306*relu_1_7_1_on_binary_indicator_var =l= 17.308732721580306;
e134_.. + 1*post_1_7_1 =g= 0;
e135_.. + 1*post_1_7_1 + 8.654366360790153*relu_1_7_1_off_binary_indicator_var =l= 8.654366360790153;
e136_.. + 1*pre_1_7_1 + 8.654366360790153*relu_1_7_1_off_binary_indicator_var =l= 8.654366360790153;

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
pre_1_0_0.lo = -7.355723972590429;
pre_1_0_0.up = 7.355723972590429;
pre_1_0_1.lo = -7.355723972590429;
pre_1_0_1.up = 7.355723972590429;
pre_1_1_0.lo = -4.250469580321116;
pre_1_1_0.up = 4.250469580321116;
pre_1_1_1.lo = -4.250469580321116;
pre_1_1_1.up = 4.250469580321116;
pre_1_2_0.lo = -5.911403244820556;
pre_1_2_0.up = 5.911403244820556;
pre_1_2_1.lo = -5.911403244820556;
pre_1_2_1.up = 5.911403244820556;
pre_1_3_0.lo = -5.474762479633102;
pre_1_3_0.up = 5.474762479633102;
pre_1_3_1.lo = -5.474762479633102;
pre_1_3_1.up = 5.474762479633102;
pre_1_4_0.lo = -5.3605906372603265;
pre_1_4_0.up = 5.3605906372603265;
pre_1_4_1.lo = -5.3605906372603265;
pre_1_4_1.up = 5.3605906372603265;
pre_1_5_0.lo = -5.928307993129218;
pre_1_5_0.up = 5.928307993129218;
pre_1_5_1.lo = -5.928307993129218;
pre_1_5_1.up = 5.928307993129218;
pre_1_6_0.lo = -4.40640160549395;
pre_1_6_0.up = 4.40640160549395;
pre_1_6_1.lo = -4.40640160549395;
pre_1_6_1.up = 4.40640160549395;
pre_1_7_0.lo = -8.654366360790153;
pre_1_7_0.up = 8.654366360790153;
pre_1_7_1.lo = -8.654366360790153;
pre_1_7_1.up = 8.654366360790153;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.355723972590429;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.355723972590429;
post_1_1_0.lo = 0;
post_1_1_0.up = 4.250469580321116;
post_1_1_1.lo = 0;
post_1_1_1.up = 4.250469580321116;
post_1_2_0.lo = 0;
post_1_2_0.up = 5.911403244820556;
post_1_2_1.lo = 0;
post_1_2_1.up = 5.911403244820556;
post_1_3_0.lo = 0;
post_1_3_0.up = 5.474762479633102;
post_1_3_1.lo = 0;
post_1_3_1.up = 5.474762479633102;
post_1_4_0.lo = 0;
post_1_4_0.up = 5.3605906372603265;
post_1_4_1.lo = 0;
post_1_4_1.up = 5.3605906372603265;
post_1_5_0.lo = 0;
post_1_5_0.up = 5.928307993129218;
post_1_5_1.lo = 0;
post_1_5_1.up = 5.928307993129218;
post_1_6_0.lo = 0;
post_1_6_0.up = 4.40640160549395;
post_1_6_1.lo = 0;
post_1_6_1.up = 4.40640160549395;
post_1_7_0.lo = 0;
post_1_7_0.up = 8.654366360790153;
post_1_7_1.lo = 0;
post_1_7_1.up = 8.654366360790153;
out_0_0.lo = -47.13434383554257;
out_0_0.up = 47.13434383554257;
out_1_0.lo = -28.502817481926698;
out_1_0.up = 28.502817481926698;
out_2_0.lo = -38.46841946892334;
out_2_0.up = 38.46841946892334;
out_3_0.lo = -35.84857487779861;
out_3_0.up = 35.84857487779861;
out_4_0.lo = -35.16354382356196;
out_4_0.up = 35.16354382356196;
out_5_0.lo = -38.56984795877531;
out_5_0.up = 38.56984795877531;
out_6_0.lo = -29.438409632963698;
out_6_0.up = 29.438409632963698;
out_7_0.lo = -54.92619816474092;
out_7_0.up = 54.92619816474092;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
