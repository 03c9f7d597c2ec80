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
typedef ap_fixed<16,6> input_t;
typedef ap_fixed<40,12,AP_RND_CONV,AP_SAT,0> layer2_t;
typedef ap_fixed<18,8> lstm_input_table_t;
typedef ap_fixed<40,12,AP_RND_CONV,AP_SAT,0> lstm_accum_t;
typedef ap_fixed<12,2,AP_RND_CONV,AP_SAT,0> lstm_table_t;
typedef ap_fixed<40,12,AP_RND_CONV,AP_SAT,0> layer3_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> lstm_weight_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> lstm_recurrent_weight_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> lstm_bias_t;
typedef ap_fixed<8,1,AP_RND_CONV,AP_SAT,0> lstm_recurrent_bias_t;
typedef ap_uint<1> layer3_index;
typedef ap_fixed<10,1,AP_RND_CONV,AP_SAT,0> layer4_t;
typedef ap_fixed<18,8> lstm_state_table_t;
typedef ap_fixed<23,7> fc1_accum_t;
typedef ap_fixed<23,7> fc1_result_t;
typedef ap_fixed<8,1> weight5_t;
typedef ap_fixed<8,1> bias5_t;
typedef ap_uint<1> layer5_index;
typedef ap_ufixed<8,0,AP_RND_CONV,AP_SAT,0> layer7_t;
typedef ap_fixed<18,8> fc1_relu_table_t;
typedef ap_fixed<21,6> logits_accum_t;
typedef ap_fixed<21,6> result_t;
typedef ap_fixed<8,1> weight8_t;
typedef ap_fixed<8,1> bias8_t;
typedef ap_uint<1> layer8_index;

// hls-fpga-machine-learning insert emulator-defines


#endif
