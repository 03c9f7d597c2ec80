//Numpy array shape [5]
//Min -0.710937500000
//Max 0.390625000000
//Number of zeros 0

#ifndef B28_H_
#define B28_H_

#ifndef __SYNTHESIS__
bias28_t b28[5];
#else
bias28_t b28[5] = {-0.7109375, 0.3906250, 0.3515625, -0.3125000, 0.3437500};

#endif

#endif
