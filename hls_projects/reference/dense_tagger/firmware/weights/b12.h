//Numpy array shape [5]
//Min -0.156250000000
//Max 0.125000000000
//Number of zeros 1

#ifndef B12_H_
#define B12_H_

#ifndef __SYNTHESIS__
bias12_t b12[5];
#else
bias12_t b12[5] = {-0.15625, 0.00000, 0.12500, 0.03125, 0.06250};

#endif

#endif
