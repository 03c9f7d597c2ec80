//Numpy array shape [1, 8, 1]
//Min 1.000000000000
//Max 1.000000000000
//Number of zeros 0

#ifndef W35_H_
#define W35_H_

#ifndef __SYNTHESIS__
pool_weight_t w35[8];
#else
pool_weight_t w35[8] = {1, 1, 1, 1, 1, 1, 1, 1};

#endif

#endif
