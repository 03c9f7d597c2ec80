//Numpy array shape [5]
//Min -0.500000000000
//Max 0.343750000000
//Number of zeros 0

#ifndef B7_H_
#define B7_H_

#ifndef __SYNTHESIS__
bias7_t b7[5];
#else
bias7_t b7[5] = {-0.50000, -0.28125, 0.28125, 0.34375, 0.15625};

#endif

#endif
