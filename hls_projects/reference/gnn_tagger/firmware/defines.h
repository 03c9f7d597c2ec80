#ifndef DEFINES_H_
#define DEFINES_H_

#include "ap_fixed.h"
#include "ap_int.h"
#include "nnet_utils/nnet_types.h"
#include <array>
#include <cstddef>
#include <cstdio>
#include <tuple>
#include <tuple>


// hls-fpga-machine-learning insert numbers

// hls-fpga-machine-learning insert layer-precision
typedef ap_fixed<10,4> input_t;
typedef ap_fixed<10,4> layer2_t;
typedef ap_fixed<10,4> receivers_accum_t;
typedef ap_fixed<10,4> layer30_t;
typedef ap_ufixed<1,1> receivers_weight_t;
typedef ap_uint<1> bias30_t;
typedef ap_fixed<16,6> layer4_t;
typedef ap_fixed<18,8> receivers_linear_table_t;
typedef ap_fixed<10,4> senders_accum_t;
typedef ap_fixed<10,4> layer31_t;
typedef ap_ufixed<1,1> senders_weight_t;
typedef ap_uint<1> bias31_t;
typedef ap_fixed<16,6> layer6_t;
typedef ap_fixed<18,8> senders_linear_table_t;
typedef ap_fixed<16,6> layer7_t;
typedef ap_fixed<16,6> layer8_t;
typedef ap_fixed<10,4> layer9_t;
typedef ap_fixed<24,11> edge_fc1_accum_t;
typedef ap_fixed<24,11> edge_fc1_result_t;
typedef ap_fixed<8,1> edge_fc1_weight_t;
typedef ap_fixed<8,1> edge_fc1_bias_t;
typedef ap_ufixed<8,0,AP_RND_CONV,AP_SAT,0> layer12_t;
typedef ap_fixed<18,8> edge_fc1_relu_table_t;
typedef ap_ufixed<8,0,AP_RND_CONV,AP_SAT,0> layer13_t;
typedef ap_ufixed<11,3> aggregate_accum_t;
typedef ap_ufixed<11,3> layer33_t;
typedef ap_ufixed<1,1> aggregate_weight_t;
typedef ap_uint<1> bias33_t;
typedef ap_ufixed<11,3> layer16_t;
typedef ap_fixed<12,4> layer17_t;
typedef ap_fixed<26,11> node_fc1_accum_t;
typedef ap_fixed<26,11> node_fc1_result_t;
typedef ap_fixed<8,1> node_fc1_weight_t;
typedef ap_fixed<8,1> node_fc1_bias_t;
typedef ap_ufixed<8,0,AP_RND_CONV,AP_SAT,0> layer20_t;
typedef ap_fixed<18,8> node_fc1_relu_table_t;
typedef ap_ufixed<8,0,AP_RND_CONV,AP_SAT,0> layer21_t;
typedef ap_ufixed<11,3> pool_accum_t;
typedef ap_ufixed<11,3> layer35_t;
typedef ap_ufixed<1,1> pool_weight_t;
typedef ap_uint<1> bias35_t;
typedef ap_fixed<23,8> fc1_accum_t;
typedef ap_fixed<23,8> fc1_result_t;
typedef ap_fixed<8,1> weight25_t;
typedef ap_fixed<8,1> bias25_t;
typedef ap_uint<1> layer25_index;
typedef ap_ufixed<8,0,AP_RND_CONV,AP_SAT,0> layer27_t;
typedef ap_fixed<18,8> fc1_relu_table_t;
typedef ap_fixed<21,6> logits_accum_t;
typedef ap_fixed<21,6> result_t;
typedef ap_fixed<8,1> weight28_t;
typedef ap_fixed<8,1> bias28_t;
typedef ap_uint<1> layer28_index;

// hls-fpga-machine-learning insert emulator-defines


#endif
