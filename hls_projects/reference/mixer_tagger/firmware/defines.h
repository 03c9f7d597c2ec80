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
typedef ap_fixed<9,5> input_t;
typedef ap_fixed<20,11> p_fc1_accum_t;
typedef ap_fixed<20,11> p_fc1_result_t;
typedef ap_fixed<6,1> p_fc1_weight_t;
typedef ap_fixed<6,1> p_fc1_bias_t;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer4_t;
typedef ap_fixed<18,8> p_fc1_relu_table_t;
typedef ap_fixed<18,7> p_fc2_accum_t;
typedef ap_fixed<18,7> p_fc2_result_t;
typedef ap_fixed<6,1> p_fc2_weight_t;
typedef ap_fixed<6,1> p_fc2_bias_t;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer7_t;
typedef ap_fixed<18,8> p_fc2_relu_table_t;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer8_t;
typedef ap_fixed<18,7> m_fc1_accum_t;
typedef ap_fixed<18,7> m_fc1_result_t;
typedef ap_fixed<6,1> m_fc1_weight_t;
typedef ap_fixed<6,1> m_fc1_bias_t;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer11_t;
typedef ap_fixed<18,8> m_fc1_relu_table_t;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer12_t;
typedef ap_fixed<17,6> c_fc1_accum_t;
typedef ap_fixed<17,6> c_fc1_result_t;
typedef ap_fixed<6,1> c_fc1_weight_t;
typedef ap_fixed<6,1> c_fc1_bias_t;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer15_t;
typedef ap_fixed<18,8> c_fc1_relu_table_t;
typedef ap_fixed<18,7> c_fc2_accum_t;
typedef ap_fixed<18,7> c_fc2_result_t;
typedef ap_fixed<6,1> c_fc2_weight_t;
typedef ap_fixed<6,1> c_fc2_bias_t;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer18_t;
typedef ap_fixed<18,8> c_fc2_relu_table_t;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer19_t;
typedef ap_fixed<18,7> pool_accum_t;
typedef ap_fixed<18,7> pool_result_t;
typedef ap_fixed<6,1> pool_weight_t;
typedef ap_fixed<6,1> pool_bias_t;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer22_t;
typedef ap_fixed<18,8> pool_relu_table_t;
typedef ap_fixed<17,6> fc1_accum_t;
typedef ap_fixed<17,6> fc1_result_t;
typedef ap_fixed<6,1> weight24_t;
typedef ap_fixed<6,1> bias24_t;
typedef ap_uint<1> layer24_index;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer26_t;
typedef ap_fixed<18,8> fc1_relu_table_t;
typedef ap_fixed<18,7> fc2_accum_t;
typedef ap_fixed<18,7> fc2_result_t;
typedef ap_fixed<6,1> weight27_t;
typedef ap_fixed<6,1> bias27_t;
typedef ap_uint<1> layer27_index;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer29_t;
typedef ap_fixed<18,8> fc2_relu_table_t;
typedef ap_fixed<17,6> fc3_accum_t;
typedef ap_fixed<17,6> fc3_result_t;
typedef ap_fixed<6,1> weight30_t;
typedef ap_fixed<6,1> bias30_t;
typedef ap_uint<1> layer30_index;
typedef ap_ufixed<6,0,AP_RND_CONV,AP_SAT,0> layer32_t;
typedef ap_fixed<18,8> fc3_relu_table_t;
typedef ap_fixed<17,6> logits_accum_t;
typedef ap_fixed<17,6> result_t;
typedef ap_fixed<6,1> weight33_t;
typedef ap_fixed<6,1> bias33_t;
typedef ap_uint<1> layer33_index;

// hls-fpga-machine-learning insert emulator-defines


#endif
