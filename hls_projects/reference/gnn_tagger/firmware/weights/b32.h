//Numpy array shape [8]
//Min -0.554687500000
//Max 0.062500000000
//Number of zeros 0

#ifndef B32_H_
#define B32_H_

#ifndef __SYNTHESIS__
edge_fc1_bias_t b32[8];
#else
edge_fc1_bias_t b32[8] = {-0.2421875, -0.2500000, -0.3281250, 0.0234375, -0.5546875, 0.0625000, -0.4687500, -0.4062500};

#endif

#endif
