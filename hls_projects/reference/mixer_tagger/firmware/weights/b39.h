//Numpy array shape [16]
//Min -0.250000000000
//Max 0.343750000000
//Number of zeros 2

#ifndef B39_H_
#define B39_H_

#ifndef __SYNTHESIS__
c_fc2_bias_t b39[16];
#else
c_fc2_bias_t b39[16] = {0.00000, 0.09375, -0.18750, 0.12500, -0.15625, -0.09375, 0.28125, 0.12500, -0.03125, -0.12500, 0.34375, -0.25000, 0.00000, 0.21875, 0.03125, 0.34375};

#endif

#endif
