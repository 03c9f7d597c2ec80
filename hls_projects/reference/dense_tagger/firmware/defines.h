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
typedef ap_fixed<26,11> input_t;
typedef ap_fixed<16,6,AP_RND_CONV,AP_SAT,0> layer2_t;
typedef ap_fixed<26,11> offset2_t;
typedef ap_fixed<25,7> scale2_t;
typedef ap_fixed<27,12> fc1_accum_t;
typedef ap_fixed<27,12> fc1_result_t;
typedef ap_fixed<6,1> weight3_t;
typedef ap_fixed<6,1> bias3_t;
typedef ap_uint<1> layer3_index;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer5_t;
typedef ap_fixed<18,8> relu1_table_t;
typedef ap_fixed<19,8> fc2_accum_t;
typedef ap_fixed<19,8> fc2_result_t;
typedef ap_fixed<6,1> weight6_t;
typedef ap_fixed<6,1> bias6_t;
typedef ap_uint<1> layer6_index;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer8_t;
typedef ap_fixed<18,8> relu2_table_t;
typedef ap_fixed<18,7> fc3_accum_t;
typedef ap_fixed<18,7> fc3_result_t;
typedef ap_fixed<6,1> weight9_t;
typedef ap_fixed<6,1> bias9_t;
typedef ap_uint<1> layer9_index;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer11_t;
typedef ap_fixed<18,8> relu3_table_t;
typedef ap_fixed<18,7> logits_accum_t;
typedef ap_fixed<18,7> result_t;
typedef ap_fixed<6,1> weight12_t;
typedef ap_fixed<6,1> bias12_t;
typedef ap_uint<1> layer12_index;

// hls-fpga-machine-learning insert emulator-defines


#endif
