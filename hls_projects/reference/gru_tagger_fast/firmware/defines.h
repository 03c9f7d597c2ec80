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
typedef ap_fixed<40,12,AP_RND_CONV,AP_SAT,0> gru_accum_t;
typedef ap_fixed<12,2,AP_RND_CONV,AP_SAT,0> gru_table_t;
typedef ap_fixed<10,1,AP_RND_CONV,AP_SAT,0> layer2_t;
typedef ap_fixed<6,1,AP_RND_CONV,AP_SAT,0> gru_weight_t;
typedef ap_fixed<6,1,AP_RND_CONV,AP_SAT,0> gru_recurrent_weight_t;
typedef ap_fixed<6,1,AP_RND_CONV,AP_SAT,0> gru_bias_t;
typedef ap_fixed<6,1,AP_RND_CONV,AP_SAT,0> gru_recurrent_bias_t;
typedef ap_uint<1> layer2_index;
typedef ap_fixed<20,6> fc1_accum_t;
typedef ap_fixed<20,6> fc1_result_t;
typedef ap_fixed<6,1> weight4_t;
typedef ap_fixed<6,1> bias4_t;
typedef ap_uint<1> layer4_index;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer6_t;
typedef ap_fixed<18,8> fc1_relu_table_t;
typedef ap_fixed<17,6> logits_accum_t;
typedef ap_fixed<17,6> result_t;
typedef ap_fixed<6,1> weight7_t;
typedef ap_fixed<6,1> bias7_t;
typedef ap_uint<1> layer7_index;

// hls-fpga-machine-learning insert emulator-defines


#endif
