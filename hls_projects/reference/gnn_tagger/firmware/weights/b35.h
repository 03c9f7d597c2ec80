//Numpy array shape [1]
//Min 0.000000000000
//Max 0.000000000000
//Number of zeros 1

#ifndef B35_H_
#define B35_H_

#ifndef __SYNTHESIS__
bias35_t b35[1];
#else
bias35_t b35[1] = {0};

#endif

#endif
