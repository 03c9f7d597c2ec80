//Numpy array shape [5]
//Min -0.218750000000
//Max 0.164062500000
//Number of zeros 1

#ifndef B28_H_
#define B28_H_

#ifndef __SYNTHESIS__
bias28_t b28[5];
#else
bias28_t b28[5] = {0.0546875, 0.0781250, 0.0000000, -0.2187500, 0.1640625};

#endif

#endif
