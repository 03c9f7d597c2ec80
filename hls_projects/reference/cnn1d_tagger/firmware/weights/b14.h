//Numpy array shape [5]
//Min -0.101562500000
//Max 0.195312500000
//Number of zeros 0

#ifndef B14_H_
#define B14_H_

#ifndef __SYNTHESIS__
bias14_t b14[5];
#else
bias14_t b14[5] = {0.1953125, -0.1015625, -0.0156250, 0.0546875, -0.1015625};

#endif

#endif
