#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    input_t constituents[32*10],
    result_t layer14_out[5]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=constituents complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer14_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=constituents,layer14_out 
    #pragma HLS DATAFLOW

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<weight2_t, 480>(w2, "w2.txt");
        nnet::load_weights_from_txt<bias2_t, 16>(b2, "b2.txt");
        nnet::load_weights_from_txt<weight6_t, 768>(w6, "w6.txt");
        nnet::load_weights_from_txt<bias6_t, 16>(b6, "b6.txt");
        nnet::load_weights_from_txt<weight11_t, 512>(w11, "w11.txt");
        nnet::load_weights_from_txt<bias11_t, 32>(b11, "b11.txt");
        nnet::load_weights_from_txt<weight14_t, 160>(w14, "w14.txt");
        nnet::load_weights_from_txt<bias14_t, 5>(b14, "b14.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    conv1_result_t layer2_out[15*16];
    #pragma HLS ARRAY_PARTITION variable=layer2_out complete dim=0

    layer4_t layer4_out[15*16];
    #pragma HLS ARRAY_PARTITION variable=layer4_out complete dim=0

    layer5_t layer5_out[7*16];
    #pragma HLS ARRAY_PARTITION variable=layer5_out complete dim=0

    conv2_result_t layer6_out[3*16];
    #pragma HLS ARRAY_PARTITION variable=layer6_out complete dim=0

    layer8_t layer8_out[3*16];
    #pragma HLS ARRAY_PARTITION variable=layer8_out complete dim=0

    layer9_t layer9_out[1*16];
    #pragma HLS ARRAY_PARTITION variable=layer9_out complete dim=0

    auto& layer10_out = layer9_out;
    fc1_result_t layer11_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer11_out complete dim=0

    layer13_t layer13_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer13_out complete dim=0

    nnet::conv_1d_cl<input_t, conv1_result_t, config2>(constituents, layer2_out, w2, b2); // conv1

    nnet::relu<conv1_result_t, layer4_t, relu_config4>(layer2_out, layer4_out); // conv1_relu

    nnet::pooling1d_cl<layer4_t, layer5_t, config5>(layer4_out, layer5_out); // pool1

    nnet::conv_1d_cl<layer5_t, conv2_result_t, config6>(layer5_out, layer6_out, w6, b6); // conv2

    nnet::relu<conv2_result_t, layer8_t, relu_config8>(layer6_out, layer8_out); // conv2_relu

    nnet::pooling1d_cl<layer8_t, layer9_t, config9>(layer8_out, layer9_out); // pool2

    nnet::dense<layer9_t, fc1_result_t, config11>(layer10_out, layer11_out, w11, b11); // fc1

    nnet::relu<fc1_result_t, layer13_t, relu_config13>(layer11_out, layer13_out); // fc1_relu

    nnet::dense<layer13_t, result_t, config14>(layer13_out, layer14_out, w14, b14); // logits

}

