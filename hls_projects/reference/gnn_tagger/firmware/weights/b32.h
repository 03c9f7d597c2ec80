//Numpy array shape [8]
//Min -0.578125000000
//Max 0.046875000000
//Number of zeros 0

#ifndef B32_H_
#define B32_H_

#ifndef __SYNTHESIS__
edge_fc1_bias_t b32[8];
#else
edge_fc1_bias_t b32[8] = {-0.4218750, -0.0546875, -0.0546875, 0.0156250, -0.5781250, 0.0468750, -0.3281250, -0.4296875};

#endif

#endif
