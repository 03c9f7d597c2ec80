//Numpy array shape [5]
//Min -0.156250000000
//Max 0.187500000000
//Number of zeros 2

#ifndef B11_H_
#define B11_H_

#ifndef __SYNTHESIS__
bias11_t b11[5];
#else
bias11_t b11[5] = {-0.09375, 0.00000, 0.18750, 0.00000, -0.15625};

#endif

#endif
