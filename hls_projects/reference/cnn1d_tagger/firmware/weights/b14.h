//Numpy array shape [5]
//Min -0.171875000000
//Max 0.164062500000
//Number of zeros 0

#ifndef B14_H_
#define B14_H_

#ifndef __SYNTHESIS__
bias14_t b14[5];
#else
bias14_t b14[5] = {-0.0156250, 0.1640625, -0.1718750, 0.1250000, -0.0546875};

#endif

#endif
