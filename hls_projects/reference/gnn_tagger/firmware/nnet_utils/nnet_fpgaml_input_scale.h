#ifndef NNET_FPGAML_INPUT_SCALE_H_
#define NNET_FPGAML_INPUT_SCALE_H_

// fpgaml's input scaling: res = Q((data - offset[f]) * scale[f]) per feature f (the last axis), rounded and
// saturated by res_T; with pad_zero, a row (particle) whose raw features are all 0 stays 0.
#include "nnet_common.h"

namespace nnet {

struct fpgaml_input_scale_config {
    static const unsigned n_in = 1;
    static const unsigned n_feat = 1;
    static const bool pad_zero = false;
    typedef ap_fixed<16, 6> offset_t;
    typedef ap_fixed<16, 6> scale_t;
    typedef ap_fixed<17, 7> diff_t;
};

template <class data_T, class res_T, typename CONFIG_T>
void fpgaml_input_scale(data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in],
                        const typename CONFIG_T::offset_t offset[CONFIG_T::n_feat],
                        const typename CONFIG_T::scale_t scale[CONFIG_T::n_feat]) {
    #pragma HLS INLINE
    for (unsigned r = 0; r < CONFIG_T::n_in / CONFIG_T::n_feat; r++) {
        #pragma HLS UNROLL
        bool present = !CONFIG_T::pad_zero;
        for (unsigned f = 0; f < CONFIG_T::n_feat; f++) {
            #pragma HLS UNROLL
            if (data[r * CONFIG_T::n_feat + f] != 0) present = true;
        }
        for (unsigned f = 0; f < CONFIG_T::n_feat; f++) {
            #pragma HLS UNROLL
            typename CONFIG_T::diff_t d = data[r * CONFIG_T::n_feat + f] - offset[f];  // exact
            res_T y = d * scale[f];  // the full product, rounded and saturated once by res_T
            res[r * CONFIG_T::n_feat + f] = present ? y : res_T(0);
        }
    }
}

} // namespace nnet

#endif
