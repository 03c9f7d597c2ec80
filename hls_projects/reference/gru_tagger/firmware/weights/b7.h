//Numpy array shape [5]
//Min -0.781250000000
//Max 0.375000000000
//Number of zeros 0

#ifndef B7_H_
#define B7_H_

#ifndef __SYNTHESIS__
bias7_t b7[5];
#else
bias7_t b7[5] = {0.21875, -0.09375, 0.21875, 0.37500, -0.78125};

#endif

#endif
