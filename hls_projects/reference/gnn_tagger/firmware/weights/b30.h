//Numpy array shape [56]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 56

#ifndef B30_H_
#define B30_H_

#ifndef __SYNTHESIS__
bias30_t b30[56];
#else
bias30_t b30[56] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

#endif

#endif
