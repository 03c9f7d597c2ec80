#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    input_t constituents[32*10],
    result_t layer8_out[5]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=constituents complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer8_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=constituents,layer8_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<lstm_weight_t, 480>(w3, "w3.txt");
        nnet::load_weights_from_txt<lstm_recurrent_weight_t, 576>(wr3, "wr3.txt");
        nnet::load_weights_from_txt<lstm_bias_t, 48>(b3, "b3.txt");
        nnet::load_weights_from_txt<lstm_recurrent_bias_t, 48>(br3, "br3.txt");
        nnet::load_weights_from_txt<weight5_t, 192>(w5, "w5.txt");
        nnet::load_weights_from_txt<bias5_t, 16>(b5, "b5.txt");
        nnet::load_weights_from_txt<weight8_t, 80>(w8, "w8.txt");
        nnet::load_weights_from_txt<bias8_t, 5>(b8, "b8.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer2_t layer2_out[32*10];
    #pragma HLS ARRAY_PARTITION variable=layer2_out complete dim=0

    layer3_t layer3_out[12];
    #pragma HLS ARRAY_PARTITION variable=layer3_out complete dim=0

    layer4_t layer4_out[12];
    #pragma HLS ARRAY_PARTITION variable=layer4_out complete dim=0

    fc1_result_t layer5_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer5_out complete dim=0

    layer7_t layer7_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer7_out complete dim=0

    nnet::linear<input_t, layer2_t, linear_config2>(constituents, layer2_out); // lstm_input

    nnet::lstm_stack<layer2_t, layer3_t, config3>(layer2_out, layer3_out, w3, wr3, b3, br3); // lstm

    nnet::linear<layer3_t, layer4_t, linear_config4>(layer3_out, layer4_out); // lstm_state

    nnet::dense<layer4_t, fc1_result_t, config5>(layer4_out, layer5_out, w5, b5); // fc1

    nnet::relu<fc1_result_t, layer7_t, relu_config7>(layer5_out, layer7_out); // fc1_relu

    nnet::dense<layer7_t, result_t, config8>(layer7_out, layer8_out, w8, b8); // logits

}

