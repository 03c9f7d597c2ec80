//Numpy array shape [56]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 56

#ifndef B31_H_
#define B31_H_

#ifndef __SYNTHESIS__
bias31_t b31[56];
#else
bias31_t b31[56] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

#endif

#endif
