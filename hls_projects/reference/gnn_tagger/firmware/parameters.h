#ifndef PARAMETERS_H_
#define PARAMETERS_H_

#include "ap_fixed.h"
#include "ap_int.h"

#include "nnet_utils/nnet_code_gen.h"
#include "nnet_utils/nnet_helpers.h"
// hls-fpga-machine-learning insert includes
#include "nnet_utils/nnet_activation.h"
#include "nnet_utils/nnet_activation_stream.h"
#include "nnet_utils/nnet_conv1d.h"
#include "nnet_utils/nnet_dense.h"
#include "nnet_utils/nnet_dense_compressed.h"
#include "nnet_utils/nnet_dense_stream.h"
#include "nnet_utils/nnet_merge.h"
#include "nnet_utils/nnet_merge_stream.h"
#include "nnet_utils/nnet_sepconv1d_stream.h"
#include "nnet_utils/nnet_transpose.h"
#include "nnet_utils/nnet_transpose_stream.h"

// hls-fpga-machine-learning insert weights
#include "weights/w30.h"
#include "weights/b30.h"
#include "weights/w31.h"
#include "weights/b31.h"
#include "weights/w32.h"
#include "weights/b32.h"
#include "weights/w33.h"
#include "weights/b33.h"
#include "weights/w34.h"
#include "weights/b34.h"
#include "weights/w35.h"
#include "weights/b35.h"
#include "weights/w25.h"
#include "weights/b25.h"
#include "weights/w28.h"
#include "weights/b28.h"


// hls-fpga-machine-learning insert layer-config
// particles_t
struct config2 {
    static const unsigned dims = 2;
    static const unsigned N = 80;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config2_from_shape[2] = {8, 10};
unsigned config2_to_shape[2] = {10, 8};
unsigned config2_perm[2] = {1, 0};
unsigned config2_perm_strides[2] = {1, 10};

const unsigned* const config2::from_shape = config2_from_shape;
const unsigned* const config2::to_shape = config2_to_shape;
const unsigned* const config2::perm = config2_perm;
const unsigned* const config2::perm_strides = config2_perm_strides;

// receivers
struct config36_mult : nnet::dense_config {
    static const unsigned n_in = 8;
    static const unsigned n_out = 56;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 392;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef receivers_accum_t accum_t;
    typedef bias30_t bias_t;
    typedef receivers_weight_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config36 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 10;
    static const unsigned n_chan = 8;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 56;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 10;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 392;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 10;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 10;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = nnet::fill_buffer_36<data_T, CONFIG_T>;
    typedef receivers_accum_t accum_t;
    typedef bias30_t bias_t;
    typedef receivers_weight_t weight_t;
    typedef config36_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::Conv1DLatency<data_T, res_T, CONFIG_T>;
};
const ap_uint<config36::filt_width> config36::pixels[] = {0};

// receivers_linear
struct linear_config4 : nnet::activ_config {
    static const unsigned n_in = 560;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef receivers_linear_table_t table_t;
};

// senders
struct config37_mult : nnet::dense_config {
    static const unsigned n_in = 8;
    static const unsigned n_out = 56;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 392;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef senders_accum_t accum_t;
    typedef bias31_t bias_t;
    typedef senders_weight_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config37 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 10;
    static const unsigned n_chan = 8;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 56;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 10;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 392;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 10;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 10;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = nnet::fill_buffer_37<data_T, CONFIG_T>;
    typedef senders_accum_t accum_t;
    typedef bias31_t bias_t;
    typedef senders_weight_t weight_t;
    typedef config37_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::Conv1DLatency<data_T, res_T, CONFIG_T>;
};
const ap_uint<config37::filt_width> config37::pixels[] = {0};

// senders_linear
struct linear_config6 : nnet::activ_config {
    static const unsigned n_in = 560;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef senders_linear_table_t table_t;
};

// receivers_t
struct config7 {
    static const unsigned dims = 2;
    static const unsigned N = 560;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config7_from_shape[2] = {10, 56};
unsigned config7_to_shape[2] = {56, 10};
unsigned config7_perm[2] = {1, 0};
unsigned config7_perm_strides[2] = {1, 56};

const unsigned* const config7::from_shape = config7_from_shape;
const unsigned* const config7::to_shape = config7_to_shape;
const unsigned* const config7::perm = config7_perm;
const unsigned* const config7::perm_strides = config7_perm_strides;

// senders_t
struct config8 {
    static const unsigned dims = 2;
    static const unsigned N = 560;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config8_from_shape[2] = {10, 56};
unsigned config8_to_shape[2] = {56, 10};
unsigned config8_perm[2] = {1, 0};
unsigned config8_perm_strides[2] = {1, 56};

const unsigned* const config8::from_shape = config8_from_shape;
const unsigned* const config8::to_shape = config8_to_shape;
const unsigned* const config8::perm = config8_perm;
const unsigned* const config8::perm_strides = config8_perm_strides;

// edges
struct config9 : nnet::concat_config {
    static const unsigned n_elem1_0 = 56;
    static const unsigned n_elem1_1 = 10;
    static const unsigned n_elem1_2 = 0;
    static const unsigned n_elem2_0 = 56;
    static const unsigned n_elem2_1 = 10;
    static const unsigned n_elem2_2 = 0;

    static const int axis = -1;
};

// edge_fc1
struct config38_mult : nnet::dense_config {
    static const unsigned n_in = 20;
    static const unsigned n_out = 8;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 128;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef edge_fc1_accum_t accum_t;
    typedef edge_fc1_bias_t bias_t;
    typedef edge_fc1_weight_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config38 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 56;
    static const unsigned n_chan = 20;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 8;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 56;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 128;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 56;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 56;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = nnet::fill_buffer_38<data_T, CONFIG_T>;
    typedef edge_fc1_accum_t accum_t;
    typedef edge_fc1_bias_t bias_t;
    typedef edge_fc1_weight_t weight_t;
    typedef config38_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::Conv1DLatency<data_T, res_T, CONFIG_T>;
};
const ap_uint<config38::filt_width> config38::pixels[] = {0};

// edge_fc1_relu
struct relu_config12 : nnet::activ_config {
    static const unsigned n_in = 448;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef edge_fc1_relu_table_t table_t;
};

// messages_t
struct config13 {
    static const unsigned dims = 2;
    static const unsigned N = 448;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config13_from_shape[2] = {56, 8};
unsigned config13_to_shape[2] = {8, 56};
unsigned config13_perm[2] = {1, 0};
unsigned config13_perm_strides[2] = {1, 8};

const unsigned* const config13::from_shape = config13_from_shape;
const unsigned* const config13::to_shape = config13_to_shape;
const unsigned* const config13::perm = config13_perm;
const unsigned* const config13::perm_strides = config13_perm_strides;

// aggregate
struct config39_mult : nnet::dense_config {
    static const unsigned n_in = 56;
    static const unsigned n_out = 8;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 392;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef aggregate_accum_t accum_t;
    typedef bias33_t bias_t;
    typedef aggregate_weight_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config39 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 8;
    static const unsigned n_chan = 56;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 8;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 8;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 392;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 8;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 8;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = nnet::fill_buffer_39<data_T, CONFIG_T>;
    typedef aggregate_accum_t accum_t;
    typedef bias33_t bias_t;
    typedef aggregate_weight_t weight_t;
    typedef config39_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::Conv1DLatency<data_T, res_T, CONFIG_T>;
};
const ap_uint<config39::filt_width> config39::pixels[] = {0};

// aggregate_t
struct config16 {
    static const unsigned dims = 2;
    static const unsigned N = 64;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config16_from_shape[2] = {8, 8};
unsigned config16_to_shape[2] = {8, 8};
unsigned config16_perm[2] = {1, 0};
unsigned config16_perm_strides[2] = {1, 8};

const unsigned* const config16::from_shape = config16_from_shape;
const unsigned* const config16::to_shape = config16_to_shape;
const unsigned* const config16::perm = config16_perm;
const unsigned* const config16::perm_strides = config16_perm_strides;

// nodes
struct config17 : nnet::concat_config {
    static const unsigned n_elem1_0 = 8;
    static const unsigned n_elem1_1 = 10;
    static const unsigned n_elem1_2 = 0;
    static const unsigned n_elem2_0 = 8;
    static const unsigned n_elem2_1 = 8;
    static const unsigned n_elem2_2 = 0;

    static const int axis = -1;
};

// node_fc1
struct config40_mult : nnet::dense_config {
    static const unsigned n_in = 18;
    static const unsigned n_out = 8;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 72;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef node_fc1_accum_t accum_t;
    typedef node_fc1_bias_t bias_t;
    typedef node_fc1_weight_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config40 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 8;
    static const unsigned n_chan = 18;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 8;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 8;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 72;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 8;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 8;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = nnet::fill_buffer_40<data_T, CONFIG_T>;
    typedef node_fc1_accum_t accum_t;
    typedef node_fc1_bias_t bias_t;
    typedef node_fc1_weight_t weight_t;
    typedef config40_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::Conv1DLatency<data_T, res_T, CONFIG_T>;
};
const ap_uint<config40::filt_width> config40::pixels[] = {0};

// node_fc1_relu
struct relu_config20 : nnet::activ_config {
    static const unsigned n_in = 64;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef node_fc1_relu_table_t table_t;
};

// node_t
struct config21 {
    static const unsigned dims = 2;
    static const unsigned N = 64;
    static const unsigned* const from_shape;
    static const unsigned* const to_shape;
    static const unsigned* const perm;
    static const unsigned* const perm_strides;
};

unsigned config21_from_shape[2] = {8, 8};
unsigned config21_to_shape[2] = {8, 8};
unsigned config21_perm[2] = {1, 0};
unsigned config21_perm_strides[2] = {1, 8};

const unsigned* const config21::from_shape = config21_from_shape;
const unsigned* const config21::to_shape = config21_to_shape;
const unsigned* const config21::perm = config21_perm;
const unsigned* const config21::perm_strides = config21_perm_strides;

// pool
struct config41_mult : nnet::dense_config {
    static const unsigned n_in = 8;
    static const unsigned n_out = 1;
    static const unsigned reuse_factor = 1;
    static const unsigned strategy = nnet::latency;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    typedef pool_accum_t accum_t;
    typedef bias35_t bias_t;
    typedef pool_weight_t weight_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

struct config41 : nnet::conv1d_config {
    static const unsigned pad_left = 0;
    static const unsigned pad_right = 0;
    static const unsigned in_width = 8;
    static const unsigned n_chan = 8;
    static const unsigned filt_width = 1;
    static const unsigned kernel_size = filt_width;
    static const unsigned n_filt = 1;
    static const unsigned stride_width = 1;
    static const unsigned dilation = 1;
    static const unsigned out_width = 8;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned multiplier_limit =
        DIV_ROUNDUP(kernel_size * n_chan * n_filt, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    static const unsigned strategy = nnet::latency;
    static const nnet::conv_implementation implementation = nnet::conv_implementation::linebuffer;
    static const unsigned min_width = 8;
    static const ap_uint<filt_width> pixels[min_width];
    static const unsigned n_partitions = 8;
    static const unsigned n_pixels = out_width / n_partitions;
    template<class data_T, class CONFIG_T>
    using fill_buffer = nnet::fill_buffer_41<data_T, CONFIG_T>;
    typedef pool_accum_t accum_t;
    typedef bias35_t bias_t;
    typedef pool_weight_t weight_t;
    typedef config41_mult mult_config;
    template<unsigned K, unsigned S, unsigned W>
    using scale_index = nnet::scale_index_regular<K, S, W>;
    template<class data_T, class res_T, class CONFIG_T>
    using conv_kernel = nnet::Conv1DLatency<data_T, res_T, CONFIG_T>;
};
const ap_uint<config41::filt_width> config41::pixels[] = {0};

// fc1
struct config25 : nnet::dense_config {
    static const unsigned n_in = 8;
    static const unsigned n_out = 16;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 65;
    static const unsigned n_nonzeros = 63;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef fc1_accum_t accum_t;
    typedef bias25_t bias_t;
    typedef weight25_t weight_t;
    typedef layer25_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};

// fc1_relu
struct relu_config27 : nnet::activ_config {
    static const unsigned n_in = 16;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef fc1_relu_table_t table_t;
};

// logits
struct config28 : nnet::dense_config {
    static const unsigned n_in = 16;
    static const unsigned n_out = 5;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned strategy = nnet::latency;
    static const unsigned reuse_factor = 1;
    static const unsigned n_zeros = 0;
    static const unsigned n_nonzeros = 80;
    static const unsigned multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor;
    static const bool store_weights_in_bram = false;
    typedef logits_accum_t accum_t;
    typedef bias28_t bias_t;
    typedef weight28_t weight_t;
    typedef layer28_index index_t;
    template<class data_T, class res_T, class CONFIG_T>
    using kernel = nnet::DenseLatency<data_T, res_T, CONFIG_T>;
    template<class x_T, class y_T>
    using product = nnet::product::mult<x_T, y_T>;
};



#endif
