//Numpy array shape [8]
//Min -0.531250000000
//Max 0.367187500000
//Number of zeros 0

#ifndef B34_H_
#define B34_H_

#ifndef __SYNTHESIS__
node_fc1_bias_t b34[8];
#else
node_fc1_bias_t b34[8] = {-0.0703125, 0.0468750, 0.2265625, -0.2500000, 0.1406250, -0.1093750, -0.5312500, 0.3671875};

#endif

#endif
