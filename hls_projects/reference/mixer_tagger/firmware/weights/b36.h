//Numpy array shape [16]
//Min -0.500000000000
//Max 0.281250000000
//Number of zeros 2

#ifndef B36_H_
#define B36_H_

#ifndef __SYNTHESIS__
p_fc2_bias_t b36[16];
#else
p_fc2_bias_t b36[16] = {-0.12500, -0.50000, -0.03125, 0.06250, 0.12500, 0.06250, 0.28125, -0.03125, -0.25000, 0.00000, 0.00000, -0.06250, 0.18750, -0.15625, 0.09375, -0.34375};

#endif

#endif
