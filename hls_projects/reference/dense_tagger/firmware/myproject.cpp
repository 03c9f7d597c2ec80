#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    input_t inputs[16],
    result_t layer11_out[5]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=inputs complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer11_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=inputs,layer11_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<weight2_t, 1024>(w2, "w2.txt");
        nnet::load_weights_from_txt<bias2_t, 64>(b2, "b2.txt");
        nnet::load_weights_from_txt<weight5_t, 2048>(w5, "w5.txt");
        nnet::load_weights_from_txt<bias5_t, 32>(b5, "b5.txt");
        nnet::load_weights_from_txt<weight8_t, 1024>(w8, "w8.txt");
        nnet::load_weights_from_txt<bias8_t, 32>(b8, "b8.txt");
        nnet::load_weights_from_txt<weight11_t, 160>(w11, "w11.txt");
        nnet::load_weights_from_txt<bias11_t, 5>(b11, "b11.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    fc1_result_t layer2_out[64];
    #pragma HLS ARRAY_PARTITION variable=layer2_out complete dim=0

    layer4_t layer4_out[64];
    #pragma HLS ARRAY_PARTITION variable=layer4_out complete dim=0

    fc2_result_t layer5_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer5_out complete dim=0

    layer7_t layer7_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer7_out complete dim=0

    fc3_result_t layer8_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer8_out complete dim=0

    layer10_t layer10_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer10_out complete dim=0

    nnet::dense<input_t, fc1_result_t, config2>(inputs, layer2_out, w2, b2); // fc1

    nnet::relu<fc1_result_t, layer4_t, relu_config4>(layer2_out, layer4_out); // relu1

    nnet::dense<layer4_t, fc2_result_t, config5>(layer4_out, layer5_out, w5, b5); // fc2

    nnet::relu<fc2_result_t, layer7_t, relu_config7>(layer5_out, layer7_out); // relu2

    nnet::dense<layer7_t, fc3_result_t, config8>(layer7_out, layer8_out, w8, b8); // fc3

    nnet::relu<fc3_result_t, layer10_t, relu_config10>(layer8_out, layer10_out); // relu3

    nnet::dense<layer10_t, result_t, config11>(layer10_out, layer11_out, w11, b11); // logits

}

