//Numpy array shape [8]
//Min -0.140625000000
//Max 0.328125000000
//Number of zeros 0

#ifndef B34_H_
#define B34_H_

#ifndef __SYNTHESIS__
node_fc1_bias_t b34[8];
#else
node_fc1_bias_t b34[8] = {0.0234375, -0.0234375, 0.3125000, 0.2656250, 0.0859375, 0.3281250, 0.1953125, -0.1406250};

#endif

#endif
