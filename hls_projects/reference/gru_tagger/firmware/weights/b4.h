//Numpy array shape [16]
//Min -0.281250000000
//Max 0.375000000000
//Number of zeros 0

#ifndef B4_H_
#define B4_H_

#ifndef __SYNTHESIS__
bias4_t b4[16];
#else
bias4_t b4[16] = {-0.15625, 0.03125, 0.25000, 0.37500, 0.03125, -0.15625, -0.15625, -0.09375, 0.12500, -0.12500, 0.06250, -0.28125, 0.18750, 0.12500, 0.34375, -0.09375};

#endif

#endif
