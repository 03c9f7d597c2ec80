//Numpy array shape [8]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 8

#ifndef B33_H_
#define B33_H_

#ifndef __SYNTHESIS__
bias33_t b33[8];
#else
bias33_t b33[8] = {0, 0, 0, 0, 0, 0, 0, 0};

#endif

#endif
