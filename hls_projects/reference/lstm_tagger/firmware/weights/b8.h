//Numpy array shape [5]
//Min -0.375000000000
//Max 0.250000000000
//Number of zeros 0

#ifndef B8_H_
#define B8_H_

#ifndef __SYNTHESIS__
bias8_t b8[5];
#else
bias8_t b8[5] = {0.1796875, -0.2031250, 0.1406250, 0.2500000, -0.3750000};

#endif

#endif
