//Numpy array shape [5]
//Min -0.125000000000
//Max 0.171875000000
//Number of zeros 0

#ifndef B14_H_
#define B14_H_

#ifndef __SYNTHESIS__
bias14_t b14[5];
#else
bias14_t b14[5] = {0.0390625, 0.1718750, -0.0468750, -0.0625000, -0.1250000};

#endif

#endif
