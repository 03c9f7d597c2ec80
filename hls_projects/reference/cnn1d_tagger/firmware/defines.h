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
typedef ap_fixed<24,11> conv1_accum_t;
typedef ap_fixed<24,11> conv1_result_t;
typedef ap_fixed<8,1> weight2_t;
typedef ap_fixed<8,1> bias2_t;
typedef ap_ufixed<8,0,AP_RND_CONV,AP_SAT,0> layer4_t;
typedef ap_fixed<18,8> conv1_relu_table_t;
typedef ap_ufixed<8,0,AP_RND_CONV,AP_SAT,0> pool1_accum_t;
typedef ap_ufixed<8,0,AP_RND_CONV,AP_SAT,0> layer5_t;
typedef ap_fixed<23,8> conv2_accum_t;
typedef ap_fixed<23,8> conv2_result_t;
typedef ap_fixed<8,1> weight6_t;
typedef ap_fixed<8,1> bias6_t;
typedef ap_ufixed<8,0,AP_RND_CONV,AP_SAT,0> layer8_t;
typedef ap_fixed<18,8> conv2_relu_table_t;
typedef ap_ufixed<8,0,AP_RND_CONV,AP_SAT,0> pool2_accum_t;
typedef ap_ufixed<8,0,AP_RND_CONV,AP_SAT,0> layer9_t;
typedef ap_fixed<21,6> fc1_accum_t;
typedef ap_fixed<21,6> fc1_result_t;
typedef ap_fixed<8,1> weight11_t;
typedef ap_fixed<8,1> bias11_t;
typedef ap_uint<1> layer11_index;
typedef ap_ufixed<8,0,AP_RND_CONV,AP_SAT,0> layer13_t;
typedef ap_fixed<18,8> fc1_relu_table_t;
typedef ap_fixed<22,7> logits_accum_t;
typedef ap_fixed<22,7> result_t;
typedef ap_fixed<8,1> weight14_t;
typedef ap_fixed<8,1> bias14_t;
typedef ap_uint<1> layer14_index;

// hls-fpga-machine-learning insert emulator-defines


#endif
