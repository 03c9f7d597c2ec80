#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    input_t constituents[32*10],
    result_t layer7_out[5]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=constituents complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer7_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=constituents,layer7_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<gru_weight_t, 240>(w2, "w2.txt");
        nnet::load_weights_from_txt<gru_recurrent_weight_t, 192>(wr2, "wr2.txt");
        nnet::load_weights_from_txt<gru_bias_t, 24>(b2, "b2.txt");
        nnet::load_weights_from_txt<gru_recurrent_bias_t, 24>(br2, "br2.txt");
        nnet::load_weights_from_txt<weight4_t, 128>(w4, "w4.txt");
        nnet::load_weights_from_txt<bias4_t, 16>(b4, "b4.txt");
        nnet::load_weights_from_txt<weight7_t, 80>(w7, "w7.txt");
        nnet::load_weights_from_txt<bias7_t, 5>(b7, "b7.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer2_t layer2_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer2_out complete dim=0

    fc1_result_t layer4_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer4_out complete dim=0

    layer6_t layer6_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer6_out complete dim=0

    nnet::gru_stack<input_t, layer2_t, config2>(constituents, layer2_out, w2, wr2, b2, br2); // gru

    nnet::dense<layer2_t, fc1_result_t, config4>(layer2_out, layer4_out, w4, b4); // fc1

    nnet::relu<fc1_result_t, layer6_t, relu_config6>(layer4_out, layer6_out); // fc1_relu

    nnet::dense<layer6_t, result_t, config7>(layer6_out, layer7_out, w7, b7); // logits

}

