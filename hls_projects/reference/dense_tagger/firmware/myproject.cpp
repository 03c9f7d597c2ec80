#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    input_t inputs[16],
    result_t layer12_out[5]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=inputs complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer12_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=inputs,layer12_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<offset2_t, 16>(so2, "so2.txt");
        nnet::load_weights_from_txt<scale2_t, 16>(ss2, "ss2.txt");
        nnet::load_weights_from_txt<weight3_t, 1024>(w3, "w3.txt");
        nnet::load_weights_from_txt<bias3_t, 64>(b3, "b3.txt");
        nnet::load_weights_from_txt<weight6_t, 2048>(w6, "w6.txt");
        nnet::load_weights_from_txt<bias6_t, 32>(b6, "b6.txt");
        nnet::load_weights_from_txt<weight9_t, 1024>(w9, "w9.txt");
        nnet::load_weights_from_txt<bias9_t, 32>(b9, "b9.txt");
        nnet::load_weights_from_txt<weight12_t, 160>(w12, "w12.txt");
        nnet::load_weights_from_txt<bias12_t, 5>(b12, "b12.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer2_t layer2_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer2_out complete dim=0

    fc1_result_t layer3_out[64];
    #pragma HLS ARRAY_PARTITION variable=layer3_out complete dim=0

    layer5_t layer5_out[64];
    #pragma HLS ARRAY_PARTITION variable=layer5_out complete dim=0

    fc2_result_t layer6_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer6_out complete dim=0

    layer8_t layer8_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer8_out complete dim=0

    fc3_result_t layer9_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer9_out complete dim=0

    layer11_t layer11_out[32];
    #pragma HLS ARRAY_PARTITION variable=layer11_out complete dim=0

    nnet::fpgaml_input_scale<input_t, layer2_t, config2>(inputs, layer2_out, so2, ss2); // input_scale

    nnet::dense<layer2_t, fc1_result_t, config3>(layer2_out, layer3_out, w3, b3); // fc1

    nnet::relu<fc1_result_t, layer5_t, relu_config5>(layer3_out, layer5_out); // relu1

    nnet::dense<layer5_t, fc2_result_t, config6>(layer5_out, layer6_out, w6, b6); // fc2

    nnet::relu<fc2_result_t, layer8_t, relu_config8>(layer6_out, layer8_out); // relu2

    nnet::dense<layer8_t, fc3_result_t, config9>(layer8_out, layer9_out, w9, b9); // fc3

    nnet::relu<fc3_result_t, layer11_t, relu_config11>(layer9_out, layer11_out); // relu3

    nnet::dense<layer11_t, result_t, config12>(layer11_out, layer12_out, w12, b12); // logits

}

