//Numpy array shape [24]
//Min -0.375000000000
//Max 0.968750000000
//Number of zeros 0

#ifndef BR2_H_
#define BR2_H_

#ifndef __SYNTHESIS__
gru_recurrent_bias_t br2[24];
#else
gru_recurrent_bias_t br2[24] = {0.50000, 0.96875, 0.59375, 0.18750, 0.21875, 0.18750, 0.65625, 0.87500, 0.25000, 0.43750, 0.25000, -0.12500, 0.59375, -0.06250, 0.25000, -0.37500, 0.06250, -0.03125, 0.28125, 0.06250, 0.06250, 0.15625, -0.09375, 0.15625};

#endif

#endif
