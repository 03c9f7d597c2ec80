#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    input_t constituents[32*10],
    result_t layer33_out[5]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=constituents complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer33_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=constituents,layer33_out 
    #pragma HLS DATAFLOW

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<p_fc1_weight_t, 240>(w35, "w35.txt");
        nnet::load_weights_from_txt<p_fc1_bias_t, 24>(b35, "b35.txt");
        nnet::load_weights_from_txt<p_fc2_weight_t, 384>(w36, "w36.txt");
        nnet::load_weights_from_txt<p_fc2_bias_t, 16>(b36, "b36.txt");
        nnet::load_weights_from_txt<m_fc1_weight_t, 1024>(w37, "w37.txt");
        nnet::load_weights_from_txt<m_fc1_bias_t, 32>(b37, "b37.txt");
        nnet::load_weights_from_txt<c_fc1_weight_t, 384>(w38, "w38.txt");
        nnet::load_weights_from_txt<c_fc1_bias_t, 24>(b38, "b38.txt");
        nnet::load_weights_from_txt<c_fc2_weight_t, 384>(w39, "w39.txt");
        nnet::load_weights_from_txt<c_fc2_bias_t, 16>(b39, "b39.txt");
        nnet::load_weights_from_txt<pool_weight_t, 32>(w40, "w40.txt");
        nnet::load_weights_from_txt<pool_bias_t, 1>(b40, "b40.txt");
        nnet::load_weights_from_txt<weight24_t, 384>(w24, "w24.txt");
        nnet::load_weights_from_txt<bias24_t, 24>(b24, "b24.txt");
        nnet::load_weights_from_txt<weight27_t, 384>(w27, "w27.txt");
        nnet::load_weights_from_txt<bias27_t, 16>(b27, "b27.txt");
        nnet::load_weights_from_txt<weight30_t, 256>(w30, "w30.txt");
        nnet::load_weights_from_txt<bias30_t, 16>(b30, "b30.txt");
        nnet::load_weights_from_txt<weight33_t, 80>(w33, "w33.txt");
        nnet::load_weights_from_txt<bias33_t, 5>(b33, "b33.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    p_fc1_result_t layer35_out[32*24];
    #pragma HLS ARRAY_PARTITION variable=layer35_out complete dim=0

    layer4_t layer4_out[32*24];
    #pragma HLS ARRAY_PARTITION variable=layer4_out complete dim=0

    p_fc2_result_t layer36_out[32*16];
    #pragma HLS ARRAY_PARTITION variable=layer36_out complete dim=0

    layer7_t layer7_out[32*16];
    #pragma HLS ARRAY_PARTITION variable=layer7_out complete dim=0

    layer8_t layer8_out[16*32];
    #pragma HLS ARRAY_PARTITION variable=layer8_out complete dim=0

    m_fc1_result_t layer37_out[16*32];
    #pragma HLS ARRAY_PARTITION variable=layer37_out complete dim=0

    layer11_t layer11_out[16*32];
    #pragma HLS ARRAY_PARTITION variable=layer11_out complete dim=0

    layer12_t layer12_out[32*16];
    #pragma HLS ARRAY_PARTITION variable=layer12_out complete dim=0

    c_fc1_result_t layer38_out[32*24];
    #pragma HLS ARRAY_PARTITION variable=layer38_out complete dim=0

    layer15_t layer15_out[32*24];
    #pragma HLS ARRAY_PARTITION variable=layer15_out complete dim=0

    c_fc2_result_t layer39_out[32*16];
    #pragma HLS ARRAY_PARTITION variable=layer39_out complete dim=0

    layer18_t layer18_out[32*16];
    #pragma HLS ARRAY_PARTITION variable=layer18_out complete dim=0

    layer19_t layer19_out[16*32];
    #pragma HLS ARRAY_PARTITION variable=layer19_out complete dim=0

    pool_result_t layer40_out[16*1];
    #pragma HLS ARRAY_PARTITION variable=layer40_out complete dim=0

    layer22_t layer22_out[16*1];
    #pragma HLS ARRAY_PARTITION variable=layer22_out complete dim=0

    auto& layer23_out = layer22_out;
    fc1_result_t layer24_out[24];
    #pragma HLS ARRAY_PARTITION variable=layer24_out complete dim=0

    layer26_t layer26_out[24];
    #pragma HLS ARRAY_PARTITION variable=layer26_out complete dim=0

    fc2_result_t layer27_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer27_out complete dim=0

    layer29_t layer29_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer29_out complete dim=0

    fc3_result_t layer30_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer30_out complete dim=0

    layer32_t layer32_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer32_out complete dim=0

    nnet::pointwise_conv_1d_cl<input_t, p_fc1_result_t, config41>(constituents, layer35_out, w35, b35); // p_fc1

    nnet::relu<p_fc1_result_t, layer4_t, relu_config4>(layer35_out, layer4_out); // p_fc1_relu

    nnet::pointwise_conv_1d_cl<layer4_t, p_fc2_result_t, config42>(layer4_out, layer36_out, w36, b36); // p_fc2

    nnet::relu<p_fc2_result_t, layer7_t, relu_config7>(layer36_out, layer7_out); // p_fc2_relu

    nnet::transpose<layer7_t, layer8_t, config8>(layer7_out, layer8_out); // mix_t

    nnet::pointwise_conv_1d_cl<layer8_t, m_fc1_result_t, config43>(layer8_out, layer37_out, w37, b37); // m_fc1

    nnet::relu<m_fc1_result_t, layer11_t, relu_config11>(layer37_out, layer11_out); // m_fc1_relu

    nnet::transpose<layer11_t, layer12_t, config12>(layer11_out, layer12_out); // mix_back

    nnet::pointwise_conv_1d_cl<layer12_t, c_fc1_result_t, config44>(layer12_out, layer38_out, w38, b38); // c_fc1

    nnet::relu<c_fc1_result_t, layer15_t, relu_config15>(layer38_out, layer15_out); // c_fc1_relu

    nnet::pointwise_conv_1d_cl<layer15_t, c_fc2_result_t, config45>(layer15_out, layer39_out, w39, b39); // c_fc2

    nnet::relu<c_fc2_result_t, layer18_t, relu_config18>(layer39_out, layer18_out); // c_fc2_relu

    nnet::transpose<layer18_t, layer19_t, config19>(layer18_out, layer19_out); // pool_t

    nnet::pointwise_conv_1d_cl<layer19_t, pool_result_t, config46>(layer19_out, layer40_out, w40, b40); // pool

    nnet::relu<pool_result_t, layer22_t, relu_config22>(layer40_out, layer22_out); // pool_relu

    nnet::dense<layer22_t, fc1_result_t, config24>(layer23_out, layer24_out, w24, b24); // fc1

    nnet::relu<fc1_result_t, layer26_t, relu_config26>(layer24_out, layer26_out); // fc1_relu

    nnet::dense<layer26_t, fc2_result_t, config27>(layer26_out, layer27_out, w27, b27); // fc2

    nnet::relu<fc2_result_t, layer29_t, relu_config29>(layer27_out, layer29_out); // fc2_relu

    nnet::dense<layer29_t, fc3_result_t, config30>(layer29_out, layer30_out, w30, b30); // fc3

    nnet::relu<fc3_result_t, layer32_t, relu_config32>(layer30_out, layer32_out); // fc3_relu

    nnet::dense<layer32_t, result_t, config33>(layer32_out, layer33_out, w33, b33); // logits

}

