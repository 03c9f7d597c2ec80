//Numpy array shape [8]
//Min -0.648437500000
//Max 0.429687500000
//Number of zeros 0

#ifndef B34_H_
#define B34_H_

#ifndef __SYNTHESIS__
node_fc1_bias_t b34[8];
#else
node_fc1_bias_t b34[8] = {0.1484375, -0.2109375, 0.3671875, 0.0234375, 0.3281250, -0.6484375, -0.1953125, 0.4296875};

#endif

#endif
