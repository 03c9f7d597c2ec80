//Numpy array shape [5]
//Min -0.242187500000
//Max 0.179687500000
//Number of zeros 0

#ifndef B8_H_
#define B8_H_

#ifndef __SYNTHESIS__
bias8_t b8[5];
#else
bias8_t b8[5] = {0.1562500, 0.1796875, -0.1562500, 0.0546875, -0.2421875};

#endif

#endif
