//Numpy array shape [1]
//Min 0.156250000000
//Max 0.156250000000
//Number of zeros 0

#ifndef B40_H_
#define B40_H_

#ifndef __SYNTHESIS__
pool_bias_t b40[1];
#else
pool_bias_t b40[1] = {0.15625};

#endif

#endif
