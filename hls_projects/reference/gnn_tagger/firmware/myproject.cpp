#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    input_t constituents[8*10],
    result_t layer28_out[5]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=constituents complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer28_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=constituents,layer28_out 
    #pragma HLS DATAFLOW

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<receivers_weight_t, 448>(w30, "w30.txt");
        nnet::load_weights_from_txt<bias30_t, 56>(b30, "b30.txt");
        nnet::load_weights_from_txt<senders_weight_t, 448>(w31, "w31.txt");
        nnet::load_weights_from_txt<bias31_t, 56>(b31, "b31.txt");
        nnet::load_weights_from_txt<edge_fc1_weight_t, 160>(w32, "w32.txt");
        nnet::load_weights_from_txt<edge_fc1_bias_t, 8>(b32, "b32.txt");
        nnet::load_weights_from_txt<aggregate_weight_t, 448>(w33, "w33.txt");
        nnet::load_weights_from_txt<bias33_t, 8>(b33, "b33.txt");
        nnet::load_weights_from_txt<node_fc1_weight_t, 144>(w34, "w34.txt");
        nnet::load_weights_from_txt<node_fc1_bias_t, 8>(b34, "b34.txt");
        nnet::load_weights_from_txt<pool_weight_t, 8>(w35, "w35.txt");
        nnet::load_weights_from_txt<bias35_t, 1>(b35, "b35.txt");
        nnet::load_weights_from_txt<weight25_t, 128>(w25, "w25.txt");
        nnet::load_weights_from_txt<bias25_t, 16>(b25, "b25.txt");
        nnet::load_weights_from_txt<weight28_t, 80>(w28, "w28.txt");
        nnet::load_weights_from_txt<bias28_t, 5>(b28, "b28.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer2_t layer2_out[10*8];
    #pragma HLS ARRAY_PARTITION variable=layer2_out complete dim=0

    layer30_t layer30_out[10*56];
    #pragma HLS ARRAY_PARTITION variable=layer30_out complete dim=0

    layer4_t layer4_out[10*56];
    #pragma HLS ARRAY_PARTITION variable=layer4_out complete dim=0

    layer31_t layer31_out[10*56];
    #pragma HLS ARRAY_PARTITION variable=layer31_out complete dim=0

    layer6_t layer6_out[10*56];
    #pragma HLS ARRAY_PARTITION variable=layer6_out complete dim=0

    layer7_t layer7_out[56*10];
    #pragma HLS ARRAY_PARTITION variable=layer7_out complete dim=0

    layer8_t layer8_out[56*10];
    #pragma HLS ARRAY_PARTITION variable=layer8_out complete dim=0

    layer9_t layer9_out[56*20];
    #pragma HLS ARRAY_PARTITION variable=layer9_out complete dim=0

    edge_fc1_result_t layer32_out[56*8];
    #pragma HLS ARRAY_PARTITION variable=layer32_out complete dim=0

    layer12_t layer12_out[56*8];
    #pragma HLS ARRAY_PARTITION variable=layer12_out complete dim=0

    layer13_t layer13_out[8*56];
    #pragma HLS ARRAY_PARTITION variable=layer13_out complete dim=0

    layer33_t layer33_out[8*8];
    #pragma HLS ARRAY_PARTITION variable=layer33_out complete dim=0

    layer16_t layer16_out[8*8];
    #pragma HLS ARRAY_PARTITION variable=layer16_out complete dim=0

    layer17_t layer17_out[8*18];
    #pragma HLS ARRAY_PARTITION variable=layer17_out complete dim=0

    node_fc1_result_t layer34_out[8*8];
    #pragma HLS ARRAY_PARTITION variable=layer34_out complete dim=0

    layer20_t layer20_out[8*8];
    #pragma HLS ARRAY_PARTITION variable=layer20_out complete dim=0

    layer21_t layer21_out[8*8];
    #pragma HLS ARRAY_PARTITION variable=layer21_out complete dim=0

    layer35_t layer35_out[8*1];
    #pragma HLS ARRAY_PARTITION variable=layer35_out complete dim=0

    auto& layer24_out = layer35_out;
    fc1_result_t layer25_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer25_out complete dim=0

    layer27_t layer27_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer27_out complete dim=0

    nnet::transpose<input_t, layer2_t, config2>(constituents, layer2_out); // particles_t

    nnet::pointwise_conv_1d_cl<layer2_t, layer30_t, config36>(layer2_out, layer30_out, w30, b30); // receivers

    nnet::linear<layer30_t, layer4_t, linear_config4>(layer30_out, layer4_out); // receivers_linear

    nnet::pointwise_conv_1d_cl<layer2_t, layer31_t, config37>(layer2_out, layer31_out, w31, b31); // senders

    nnet::linear<layer31_t, layer6_t, linear_config6>(layer31_out, layer6_out); // senders_linear

    nnet::transpose<layer4_t, layer7_t, config7>(layer4_out, layer7_out); // receivers_t

    nnet::transpose<layer6_t, layer8_t, config8>(layer6_out, layer8_out); // senders_t

    nnet::concatenate2d<layer7_t, layer8_t, layer9_t, config9>(layer7_out, layer8_out, layer9_out); // edges

    nnet::pointwise_conv_1d_cl<layer9_t, edge_fc1_result_t, config38>(layer9_out, layer32_out, w32, b32); // edge_fc1

    nnet::relu<edge_fc1_result_t, layer12_t, relu_config12>(layer32_out, layer12_out); // edge_fc1_relu

    nnet::transpose<layer12_t, layer13_t, config13>(layer12_out, layer13_out); // messages_t

    nnet::pointwise_conv_1d_cl<layer13_t, layer33_t, config39>(layer13_out, layer33_out, w33, b33); // aggregate

    nnet::transpose<layer33_t, layer16_t, config16>(layer33_out, layer16_out); // aggregate_t

    nnet::concatenate2d<input_t, layer16_t, layer17_t, config17>(constituents, layer16_out, layer17_out); // nodes

    nnet::pointwise_conv_1d_cl<layer17_t, node_fc1_result_t, config40>(layer17_out, layer34_out, w34, b34); // node_fc1

    nnet::relu<node_fc1_result_t, layer20_t, relu_config20>(layer34_out, layer20_out); // node_fc1_relu

    nnet::transpose<layer20_t, layer21_t, config21>(layer20_out, layer21_out); // node_t

    nnet::pointwise_conv_1d_cl<layer21_t, layer35_t, config41>(layer21_out, layer35_out, w35, b35); // pool

    nnet::dense<layer35_t, fc1_result_t, config25>(layer24_out, layer25_out, w25, b25); // fc1

    nnet::relu<fc1_result_t, layer27_t, relu_config27>(layer25_out, layer27_out); // fc1_relu

    nnet::dense<layer27_t, result_t, config28>(layer27_out, layer28_out, w28, b28); // logits

}

