//Numpy array shape [5]
//Min -0.843750000000
//Max 0.437500000000
//Number of zeros 0

#ifndef B33_H_
#define B33_H_

#ifndef __SYNTHESIS__
bias33_t b33[5];
#else
bias33_t b33[5] = {-0.09375, -0.03125, 0.31250, 0.43750, -0.84375};

#endif

#endif
