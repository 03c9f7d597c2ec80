//Numpy array shape [5]
//Min -0.328125000000
//Max 0.179687500000
//Number of zeros 0

#ifndef B8_H_
#define B8_H_

#ifndef __SYNTHESIS__
bias8_t b8[5];
#else
bias8_t b8[5] = {0.0546875, 0.1015625, 0.1796875, -0.1015625, -0.3281250};

#endif

#endif
