//Numpy array shape [8]
//Min -0.625000000000
//Max 0.109375000000
//Number of zeros 0

#ifndef B32_H_
#define B32_H_

#ifndef __SYNTHESIS__
edge_fc1_bias_t b32[8];
#else
edge_fc1_bias_t b32[8] = {-0.6093750, -0.6250000, -0.3984375, -0.1015625, -0.5078125, 0.0390625, 0.1093750, -0.2187500};

#endif

#endif
