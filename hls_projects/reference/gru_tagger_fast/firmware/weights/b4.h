//Numpy array shape [16]
//Min -0.343750000000
//Max 0.625000000000
//Number of zeros 3

#ifndef B4_H_
#define B4_H_

#ifndef __SYNTHESIS__
bias4_t b4[16];
#else
bias4_t b4[16] = {-0.15625, 0.00000, 0.00000, 0.12500, 0.43750, 0.59375, 0.28125, 0.25000, -0.34375, -0.09375, 0.00000, -0.18750, -0.28125, 0.18750, -0.03125, 0.62500};

#endif

#endif
