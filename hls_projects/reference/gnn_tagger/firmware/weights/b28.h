//Numpy array shape [5]
//Min -0.367187500000
//Max 0.281250000000
//Number of zeros 0

#ifndef B28_H_
#define B28_H_

#ifndef __SYNTHESIS__
bias28_t b28[5];
#else
bias28_t b28[5] = {0.0390625, 0.2812500, 0.0625000, -0.3671875, 0.0312500};

#endif

#endif
