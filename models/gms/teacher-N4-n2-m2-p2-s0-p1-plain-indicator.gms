* teacher-N4-n2-m2-p2-s0-p1-plain-indicator  (relu-opt library: teacher-N4-n2-m2-p2-s0, problem 1, plain-indicator; {"hidden": [2], "bound": 3.0, "loss": "squared"})
$offlisting
$offdigit

Variables
  objvar, w_1_0_0, w_1_0_1, w_1_1_0, w_1_1_1, w_2_0_0, w_2_0_1, w_2_1_0,
  w_2_1_1, b_1_0, b_1_1, b_2_0, b_2_1, pre_1_0_0, pre_1_0_1, pre_1_1_0,
  pre_1_1_1, pre_1_2_0, pre_1_2_1, pre_1_3_0, pre_1_3_1, post_1_0_0, post_1_0_1, post_1_1_0,
  post_1_1_1, post_1_2_0, post_1_2_1, post_1_3_0, post_1_3_1, out_0_0, out_0_1, out_1_0,
  out_1_1, out_2_0, out_2_1, out_3_0, out_3_1;

Binary Variables
  relu_1_0_0_on_binary_indicator_var, relu_1_0_0_off_binary_indicator_var, relu_1_0_1_on_binary_indicator_var, relu_1_0_1_off_binary_indicator_var, relu_1_1_0_on_binary_indicator_var, relu_1_1_0_off_binary_indicator_var, relu_1_1_1_on_binary_indicator_var, relu_1_1_1_off_binary_indicator_var,
  relu_1_2_0_on_binary_indicator_var, relu_1_2_0_off_binary_indicator_var, relu_1_2_1_on_binary_indicator_var, relu_1_2_1_off_binary_indicator_var, relu_1_3_0_on_binary_indicator_var, relu_1_3_0_off_binary_indicator_var, relu_1_3_1_on_binary_indicator_var, relu_1_3_1_off_binary_indicator_var;

Equations
  e_obj, pre_definition_1_0_0, pre_definition_1_0_1, pre_definition_1_1_0, pre_definition_1_1_1, pre_definition_1_2_0, pre_definition_1_2_1, pre_definition_1_3_0,
  pre_definition_1_3_1, out_definition_0_0, out_definition_0_1, out_definition_1_0, out_definition_1_1, out_definition_2_0, out_definition_2_1, out_definition_3_0,
  out_definition_3_1, relu_1_0_0_above_pre, relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor, e19_, e20_, e21_, e22_, e23_,
  relu_1_0_1_above_pre, relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor, e26_, e27_, e28_, e29_, e30_, relu_1_1_0_above_pre,
  relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor, e33_, e34_, e35_, e36_, e37_, relu_1_1_1_above_pre, relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor,
  e40_, e41_, e42_, e43_, e44_, relu_1_2_0_above_pre, relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor, e47_,
  e48_, e49_, e50_, e51_, relu_1_2_1_above_pre, relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor, e54_, e55_,
  e56_, e57_, e58_, relu_1_3_0_above_pre, relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor, e61_, e62_, e63_,
  e64_, e65_, relu_1_3_1_above_pre, relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor, e68_, e69_, e70_, e71_,
  e72_;

e_obj.. - objvar - 2.75508591179074*out_0_0 - 0.36701850470161634*out_0_1 - 2.5252072894776822*out_1_0 - 0.05904837652895692*out_1_1 - 1.8519943522399531*out_2_0 + 1.6962513279216451*out_2_1 - 2.5981743226608423*out_3_0
    - 0.2660348460339891*out_3_1 + 1*sqr(out_0_0) + 1*sqr(out_0_1) + 1*sqr(out_1_0) + 1*sqr(out_1_1) + 1*sqr(out_2_0) + 1*sqr(out_2_1) + 1*sqr(out_3_0)
    + 1*sqr(out_3_1) + 6.808448882046558 =e= 0;
pre_definition_1_0_0.. - 0.7148085531751387*w_1_0_0 + 0.9328288493890713*w_1_0_1 - 1*b_1_0 + 1*pre_1_0_0 =e= 0;
pre_definition_1_0_1.. - 0.7148085531751387*w_1_1_0 + 0.9328288493890713*w_1_1_1 - 1*b_1_1 + 1*pre_1_0_1 =e= 0;
pre_definition_1_1_0.. - 0.45931089285988813*w_1_0_0 + 0.648688758794882*w_1_0_1 - 1*b_1_0 + 1*pre_1_1_0 =e= 0;
pre_definition_1_1_1.. - 0.45931089285988813*w_1_1_0 + 0.648688758794882*w_1_1_1 - 1*b_1_1 + 1*pre_1_1_1 =e= 0;
pre_definition_1_2_0.. - 0.7263578446997732*w_1_0_0 - 0.08292244049818343*w_1_0_1 - 1*b_1_0 + 1*pre_1_2_0 =e= 0;
pre_definition_1_2_1.. - 0.7263578446997732*w_1_1_0 - 0.08292244049818343*w_1_1_1 - 1*b_1_1 + 1*pre_1_2_1 =e= 0;
pre_definition_1_3_0.. + 0.40057621892523043*w_1_0_0 + 0.1546255576046831*w_1_0_1 - 1*b_1_0 + 1*pre_1_3_0 =e= 0;
pre_definition_1_3_1.. + 0.40057621892523043*w_1_1_0 + 0.1546255576046831*w_1_1_1 - 1*b_1_1 + 1*pre_1_3_1 =e= 0;
out_definition_0_0.. - 1*b_2_0 + 1*out_0_0 - 1*w_2_0_0*post_1_0_0 - 1*w_2_0_1*post_1_0_1 =e= 0;
out_definition_0_1.. - 1*b_2_1 + 1*out_0_1 - 1*w_2_1_0*post_1_0_0 - 1*w_2_1_1*post_1_0_1 =e= 0;
out_definition_1_0.. - 1*b_2_0 + 1*out_1_0 - 1*w_2_0_0*post_1_1_0 - 1*w_2_0_1*post_1_1_1 =e= 0;
out_definition_1_1.. - 1*b_2_1 + 1*out_1_1 - 1*w_2_1_0*post_1_1_0 - 1*w_2_1_1*post_1_1_1 =e= 0;
out_definition_2_0.. - 1*b_2_0 + 1*out_2_0 - 1*w_2_0_0*post_1_2_0 - 1*w_2_0_1*post_1_2_1 =e= 0;
out_definition_2_1.. - 1*b_2_1 + 1*out_2_1 - 1*w_2_1_0*post_1_2_0 - 1*w_2_1_1*post_1_2_1 =e= 0;
out_definition_3_0.. - 1*b_2_0 + 1*out_3_0 - 1*w_2_0_0*post_1_3_0 - 1*w_2_0_1*post_1_3_1 =e= 0;
out_definition_3_1.. - 1*b_2_1 + 1*out_3_1 - 1*w_2_1_0*post_1_3_0 - 1*w_2_1_1*post_1_3_1 =e= 0;
relu_1_0_0_above_pre.. + 1*pre_1_0_0 - 1*post_1_0_0 =l= 0;
relu_1_0_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_0_on_binary_indicator_var + 1*relu_1_0_0_off_binary_indicator_var =e= 1;
e19_.. - 1*pre_1_0_0 + 1*post_1_0_0 - 7.94291220769263*relu_1_0_0_on_binary_indicator_var =g= -7.94291220769263;
e20_.. - 1*pre_1_0_0 + 1*post_1_0_0 + 15.88582441538526*relu_1_0_0_on_binary_indicator_var =l= 15.88582441538526;
e21_.. + 1*post_1_0_0 =g= 0;
e22_.. + 1*post_1_0_0 + 7.94291220769263*relu_1_0_0_off_binary_indicator_var =l= 7.94291220769263;
e23_.. + 1*pre_1_0_0 + 7.94291220769263*relu_1_0_0_off_binary_indicator_var =l= 7.94291220769263;
relu_1_0_1_above_pre.. + 1*pre_1_0_1 - 1*post_1_0_1 =l= 0;
relu_1_0_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_0_1_on_binary_indicator_var + 1*relu_1_0_1_off_binary_indicator_var =e= 1;
e26_.. - 1*pre_1_0_1 + 1*post_1_0_1 - 7.94291220769263*relu_1_0_1_on_binary_indicator_var =g= -7.94291220769263;
e27_.. - 1*pre_1_0_1 + 1*post_1_0_1 + 15.88582441538526*relu_1_0_1_on_binary_indicator_var =l= 15.88582441538526;
e28_.. + 1*post_1_0_1 =g= 0;
e29_.. + 1*post_1_0_1 + 7.94291220769263*relu_1_0_1_off_binary_indicator_var =l= 7.94291220769263;
e30_.. + 1*pre_1_0_1 + 7.94291220769263*relu_1_0_1_off_binary_indicator_var =l= 7.94291220769263;
relu_1_1_0_above_pre.. + 1*pre_1_1_0 - 1*post_1_1_0 =l= 0;
relu_1_1_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_0_on_binary_indicator_var + 1*relu_1_1_0_off_binary_indicator_var =e= 1;
e33_.. - 1*pre_1_1_0 + 1*post_1_1_0 - 6.32399895496431*relu_1_1_0_on_binary_indicator_var =g= -6.32399895496431;
e34_.. - 1*pre_1_1_0 + 1*post_1_1_0 + 12.64799790992862*relu_1_1_0_on_binary_indicator_var =l= 12.64799790992862;
e35_.. + 1*post_1_1_0 =g= 0;
e36_.. + 1*post_1_1_0 + 6.32399895496431*relu_1_1_0_off_binary_indicator_var =l= 6.32399895496431;
e37_.. + 1*pre_1_1_0 + 6.32399895496431*relu_1_1_0_off_binary_indicator_var =l= 6.32399895496431;
relu_1_1_1_above_pre.. + 1*pre_1_1_1 - 1*post_1_1_1 =l= 0;
relu_1_1_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_1_1_on_binary_indicator_var + 1*relu_1_1_1_off_binary_indicator_var =e= 1;
e40_.. - 1*pre_1_1_1 + 1*post_1_1_1 - 6.32399895496431*relu_1_1_1_on_binary_indicator_var =g= -6.32399895496431;
e41_.. - 1*pre_1_1_1 + 1*post_1_1_1 + 12.64799790992862*relu_1_1_1_on_binary_indicator_var =l= 12.64799790992862;
e42_.. + 1*post_1_1_1 =g= 0;
e43_.. + 1*post_1_1_1 + 6.32399895496431*relu_1_1_1_off_binary_indicator_var =l= 6.32399895496431;
e44_.. + 1*pre_1_1_1 + 6.32399895496431*relu_1_1_1_off_binary_indicator_var =l= 6.32399895496431;
relu_1_2_0_above_pre.. + 1*pre_1_2_0 - 1*post_1_2_0 =l= 0;
relu_1_2_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_0_on_binary_indicator_var + 1*relu_1_2_0_off_binary_indicator_var =e= 1;
e47_.. - 1*pre_1_2_0 + 1*post_1_2_0 - 5.427840855593869*relu_1_2_0_on_binary_indicator_var =g= -5.427840855593869;
e48_.. - 1*pre_1_2_0 + 1*post_1_2_0 + 10.855681711187739*relu_1_2_0_on_binary_indicator_var =l= 10.855681711187739;
e49_.. + 1*post_1_2_0 =g= 0;
e50_.. + 1*post_1_2_0 + 5.427840855593869*relu_1_2_0_off_binary_indicator_var =l= 5.427840855593869;
e51_.. + 1*pre_1_2_0 + 5.427840855593869*relu_1_2_0_off_binary_indicator_var =l= 5.427840855593869;
relu_1_2_1_above_pre.. + 1*pre_1_2_1 - 1*post_1_2_1 =l= 0;
relu_1_2_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_2_1_on_binary_indicator_var + 1*relu_1_2_1_off_binary_indicator_var =e= 1;
e54_.. - 1*pre_1_2_1 + 1*post_1_2_1 - 5.427840855593869*relu_1_2_1_on_binary_indicator_var =g= -5.427840855593869;
e55_.. - 1*pre_1_2_1 + 1*post_1_2_1 + 10.855681711187739*relu_1_2_1_on_binary_indicator_var =l= 10.855681711187739;
e56_.. + 1*post_1_2_1 =g= 0;
e57_.. + 1*post_1_2_1 + 5.427840855593869*relu_1_2_1_off_binary_indicator_var =l= 5.427840855593869;
e58_.. + 1*pre_1_2_1 + 5.427840855593869*relu_1_2_1_off_binary_indicator_var =l= 5.427840855593869;
relu_1_3_0_above_pre.. + 1*pre_1_3_0 - 1*post_1_3_0 =l= 0;
relu_1_3_0__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_0_on_binary_indicator_var + 1*relu_1_3_0_off_binary_indicator_var =e= 1;
e61_.. - 1*pre_1_3_0 + 1*post_1_3_0 - 4.665605329589741*relu_1_3_0_on_binary_indicator_var =g= -4.665605329589741;
e62_.. - 1*pre_1_3_0 + 1*post_1_3_0 + 9.331210659179481*relu_1_3_0_on_binary_indicator_var =l= 9.331210659179481;
e63_.. + 1*post_1_3_0 =g= 0;
e64_.. + 1*post_1_3_0 + 4.665605329589741*relu_1_3_0_off_binary_indicator_var =l= 4.665605329589741;
e65_.. + 1*pre_1_3_0 + 4.665605329589741*relu_1_3_0_off_binary_indicator_var =l= 4.665605329589741;
relu_1_3_1_above_pre.. + 1*pre_1_3_1 - 1*post_1_3_1 =l= 0;
relu_1_3_1__pyomo_gdp_bigm_reformulation_either_xor.. + 1*relu_1_3_1_on_binary_indicator_var + 1*relu_1_3_1_off_binary_indicator_var =e= 1;
e68_.. - 1*pre_1_3_1 + 1*post_1_3_1 - 4.665605329589741*relu_1_3_1_on_binary_indicator_var =g= -4.665605329589741;
e69_.. - 1*pre_1_3_1 + 1*post_1_3_1 + 9.331210659179481*relu_1_3_1_on_binary_indicator_var =l= 9.331210659179481;
e70_.. + 1*post_1_3_1 =g= 0;
e71_.. + 1*post_1_3_1 + 4.665605329589741*relu_1_3_1_off_binary_indicator_var =l= 4.665605329589741;
e72_.. + 1*pre_1_3_1 + 4.665605329589741*relu_1_3_1_off_binary_indicator_var =l= 4.665605329589741;

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
w_2_1_0.lo = -3;
w_2_1_0.up = 3;
w_2_1_1.lo = -3;
w_2_1_1.up = 3;
b_1_0.lo = -3;
b_1_0.up = 3;
b_1_1.lo = -3;
b_1_1.up = 3;
b_2_0.lo = -3;
b_2_0.up = 3;
b_2_1.lo = -3;
b_2_1.up = 3;
pre_1_0_0.lo = -7.94291220769263;
pre_1_0_0.up = 7.94291220769263;
pre_1_0_1.lo = -7.94291220769263;
pre_1_0_1.up = 7.94291220769263;
pre_1_1_0.lo = -6.32399895496431;
pre_1_1_0.up = 6.32399895496431;
pre_1_1_1.lo = -6.32399895496431;
pre_1_1_1.up = 6.32399895496431;
pre_1_2_0.lo = -5.427840855593869;
pre_1_2_0.up = 5.427840855593869;
pre_1_2_1.lo = -5.427840855593869;
pre_1_2_1.up = 5.427840855593869;
pre_1_3_0.lo = -4.665605329589741;
pre_1_3_0.up = 4.665605329589741;
pre_1_3_1.lo = -4.665605329589741;
pre_1_3_1.up = 4.665605329589741;
post_1_0_0.lo = 0;
post_1_0_0.up = 7.94291220769263;
post_1_0_1.lo = 0;
post_1_0_1.up = 7.94291220769263;
post_1_1_0.lo = 0;
post_1_1_0.up = 6.32399895496431;
post_1_1_1.lo = 0;
post_1_1_1.up = 6.32399895496431;
post_1_2_0.lo = 0;
post_1_2_0.up = 5.427840855593869;
post_1_2_1.lo = 0;
post_1_2_1.up = 5.427840855593869;
post_1_3_0.lo = 0;
post_1_3_0.up = 4.665605329589741;
post_1_3_1.lo = 0;
post_1_3_1.up = 4.665605329589741;
out_0_0.lo = -50.65747324615578;
out_0_0.up = 50.65747324615578;
out_0_1.lo = -50.65747324615578;
out_0_1.up = 50.65747324615578;
out_1_0.lo = -40.94399372978586;
out_1_0.up = 40.94399372978586;
out_1_1.lo = -40.94399372978586;
out_1_1.up = 40.94399372978586;
out_2_0.lo = -35.56704513356321;
out_2_0.up = 35.56704513356321;
out_2_1.lo = -35.56704513356321;
out_2_1.up = 35.56704513356321;
out_3_0.lo = -30.993631977538442;
out_3_0.up = 30.993631977538442;
out_3_1.lo = -30.993631977538442;
out_3_1.up = 30.993631977538442;

Model m / all /;
m.limrow = 0; m.limcol = 0;
m.optcr = 0;
Solve m using MIQCP minimizing objvar;
