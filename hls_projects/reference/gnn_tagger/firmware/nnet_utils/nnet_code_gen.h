#ifndef NNET_INSTR_GEN_H_
#define NNET_INSTR_GEN_H_

#include "nnet_conv1d_latency.h"
#include "nnet_helpers.h"

#include "hls_stream.h"
#include "nnet_common.h"
#include "nnet_function_stubs.h"
#include "nnet_mult.h"

namespace nnet {

template <class data_T, class res_T, typename CONFIG_T> class PointwiseConv1D {
  public:
    static void pointwise_conv(data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
                               res_T res[CONFIG_T::out_width * CONFIG_T::n_filt],
                               typename CONFIG_T::weight_t weights[CONFIG_T::n_chan * CONFIG_T::n_filt],
                               typename CONFIG_T::bias_t biases[CONFIG_T::n_filt]) {
        // To be implemented in subclasses
    }
};

// hls4ml insert code
template<class data_T, typename CONFIG_T>
class fill_buffer_36 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7]; buffer[0][8] =    data[8]; buffer[0][9] =    data[9]; buffer[0][10] =   data[10]; buffer[0][11] =   data[11]; buffer[0][12] =   data[12]; buffer[0][13] =   data[13]; buffer[0][14] =   data[14]; buffer[0][15] =   data[15];

        }
        if (partition ==   1) {
            buffer[0][0] =   data[16]; buffer[0][1] =   data[17]; buffer[0][2] =   data[18]; buffer[0][3] =   data[19]; buffer[0][4] =   data[20]; buffer[0][5] =   data[21]; buffer[0][6] =   data[22]; buffer[0][7] =   data[23]; buffer[0][8] =   data[24]; buffer[0][9] =   data[25]; buffer[0][10] =   data[26]; buffer[0][11] =   data[27]; buffer[0][12] =   data[28]; buffer[0][13] =   data[29]; buffer[0][14] =   data[30]; buffer[0][15] =   data[31];

        }
        if (partition ==   2) {
            buffer[0][0] =   data[32]; buffer[0][1] =   data[33]; buffer[0][2] =   data[34]; buffer[0][3] =   data[35]; buffer[0][4] =   data[36]; buffer[0][5] =   data[37]; buffer[0][6] =   data[38]; buffer[0][7] =   data[39]; buffer[0][8] =   data[40]; buffer[0][9] =   data[41]; buffer[0][10] =   data[42]; buffer[0][11] =   data[43]; buffer[0][12] =   data[44]; buffer[0][13] =   data[45]; buffer[0][14] =   data[46]; buffer[0][15] =   data[47];

        }
        if (partition ==   3) {
            buffer[0][0] =   data[48]; buffer[0][1] =   data[49]; buffer[0][2] =   data[50]; buffer[0][3] =   data[51]; buffer[0][4] =   data[52]; buffer[0][5] =   data[53]; buffer[0][6] =   data[54]; buffer[0][7] =   data[55]; buffer[0][8] =   data[56]; buffer[0][9] =   data[57]; buffer[0][10] =   data[58]; buffer[0][11] =   data[59]; buffer[0][12] =   data[60]; buffer[0][13] =   data[61]; buffer[0][14] =   data[62]; buffer[0][15] =   data[63];

        }
        if (partition ==   4) {
            buffer[0][0] =   data[64]; buffer[0][1] =   data[65]; buffer[0][2] =   data[66]; buffer[0][3] =   data[67]; buffer[0][4] =   data[68]; buffer[0][5] =   data[69]; buffer[0][6] =   data[70]; buffer[0][7] =   data[71]; buffer[0][8] =   data[72]; buffer[0][9] =   data[73]; buffer[0][10] =   data[74]; buffer[0][11] =   data[75]; buffer[0][12] =   data[76]; buffer[0][13] =   data[77]; buffer[0][14] =   data[78]; buffer[0][15] =   data[79];

        }
        if (partition ==   5) {
            buffer[0][0] =   data[80]; buffer[0][1] =   data[81]; buffer[0][2] =   data[82]; buffer[0][3] =   data[83]; buffer[0][4] =   data[84]; buffer[0][5] =   data[85]; buffer[0][6] =   data[86]; buffer[0][7] =   data[87]; buffer[0][8] =   data[88]; buffer[0][9] =   data[89]; buffer[0][10] =   data[90]; buffer[0][11] =   data[91]; buffer[0][12] =   data[92]; buffer[0][13] =   data[93]; buffer[0][14] =   data[94]; buffer[0][15] =   data[95];

        }
        if (partition ==   6) {
            buffer[0][0] =   data[96]; buffer[0][1] =   data[97]; buffer[0][2] =   data[98]; buffer[0][3] =   data[99]; buffer[0][4] =  data[100]; buffer[0][5] =  data[101]; buffer[0][6] =  data[102]; buffer[0][7] =  data[103]; buffer[0][8] =  data[104]; buffer[0][9] =  data[105]; buffer[0][10] =  data[106]; buffer[0][11] =  data[107]; buffer[0][12] =  data[108]; buffer[0][13] =  data[109]; buffer[0][14] =  data[110]; buffer[0][15] =  data[111];

        }
        if (partition ==   7) {
            buffer[0][0] =  data[112]; buffer[0][1] =  data[113]; buffer[0][2] =  data[114]; buffer[0][3] =  data[115]; buffer[0][4] =  data[116]; buffer[0][5] =  data[117]; buffer[0][6] =  data[118]; buffer[0][7] =  data[119]; buffer[0][8] =  data[120]; buffer[0][9] =  data[121]; buffer[0][10] =  data[122]; buffer[0][11] =  data[123]; buffer[0][12] =  data[124]; buffer[0][13] =  data[125]; buffer[0][14] =  data[126]; buffer[0][15] =  data[127];

        }
        if (partition ==   8) {
            buffer[0][0] =  data[128]; buffer[0][1] =  data[129]; buffer[0][2] =  data[130]; buffer[0][3] =  data[131]; buffer[0][4] =  data[132]; buffer[0][5] =  data[133]; buffer[0][6] =  data[134]; buffer[0][7] =  data[135]; buffer[0][8] =  data[136]; buffer[0][9] =  data[137]; buffer[0][10] =  data[138]; buffer[0][11] =  data[139]; buffer[0][12] =  data[140]; buffer[0][13] =  data[141]; buffer[0][14] =  data[142]; buffer[0][15] =  data[143];

        }
        if (partition ==   9) {
            buffer[0][0] =  data[144]; buffer[0][1] =  data[145]; buffer[0][2] =  data[146]; buffer[0][3] =  data[147]; buffer[0][4] =  data[148]; buffer[0][5] =  data[149]; buffer[0][6] =  data[150]; buffer[0][7] =  data[151]; buffer[0][8] =  data[152]; buffer[0][9] =  data[153]; buffer[0][10] =  data[154]; buffer[0][11] =  data[155]; buffer[0][12] =  data[156]; buffer[0][13] =  data[157]; buffer[0][14] =  data[158]; buffer[0][15] =  data[159];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_37 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7]; buffer[0][8] =    data[8]; buffer[0][9] =    data[9]; buffer[0][10] =   data[10]; buffer[0][11] =   data[11]; buffer[0][12] =   data[12]; buffer[0][13] =   data[13]; buffer[0][14] =   data[14]; buffer[0][15] =   data[15];

        }
        if (partition ==   1) {
            buffer[0][0] =   data[16]; buffer[0][1] =   data[17]; buffer[0][2] =   data[18]; buffer[0][3] =   data[19]; buffer[0][4] =   data[20]; buffer[0][5] =   data[21]; buffer[0][6] =   data[22]; buffer[0][7] =   data[23]; buffer[0][8] =   data[24]; buffer[0][9] =   data[25]; buffer[0][10] =   data[26]; buffer[0][11] =   data[27]; buffer[0][12] =   data[28]; buffer[0][13] =   data[29]; buffer[0][14] =   data[30]; buffer[0][15] =   data[31];

        }
        if (partition ==   2) {
            buffer[0][0] =   data[32]; buffer[0][1] =   data[33]; buffer[0][2] =   data[34]; buffer[0][3] =   data[35]; buffer[0][4] =   data[36]; buffer[0][5] =   data[37]; buffer[0][6] =   data[38]; buffer[0][7] =   data[39]; buffer[0][8] =   data[40]; buffer[0][9] =   data[41]; buffer[0][10] =   data[42]; buffer[0][11] =   data[43]; buffer[0][12] =   data[44]; buffer[0][13] =   data[45]; buffer[0][14] =   data[46]; buffer[0][15] =   data[47];

        }
        if (partition ==   3) {
            buffer[0][0] =   data[48]; buffer[0][1] =   data[49]; buffer[0][2] =   data[50]; buffer[0][3] =   data[51]; buffer[0][4] =   data[52]; buffer[0][5] =   data[53]; buffer[0][6] =   data[54]; buffer[0][7] =   data[55]; buffer[0][8] =   data[56]; buffer[0][9] =   data[57]; buffer[0][10] =   data[58]; buffer[0][11] =   data[59]; buffer[0][12] =   data[60]; buffer[0][13] =   data[61]; buffer[0][14] =   data[62]; buffer[0][15] =   data[63];

        }
        if (partition ==   4) {
            buffer[0][0] =   data[64]; buffer[0][1] =   data[65]; buffer[0][2] =   data[66]; buffer[0][3] =   data[67]; buffer[0][4] =   data[68]; buffer[0][5] =   data[69]; buffer[0][6] =   data[70]; buffer[0][7] =   data[71]; buffer[0][8] =   data[72]; buffer[0][9] =   data[73]; buffer[0][10] =   data[74]; buffer[0][11] =   data[75]; buffer[0][12] =   data[76]; buffer[0][13] =   data[77]; buffer[0][14] =   data[78]; buffer[0][15] =   data[79];

        }
        if (partition ==   5) {
            buffer[0][0] =   data[80]; buffer[0][1] =   data[81]; buffer[0][2] =   data[82]; buffer[0][3] =   data[83]; buffer[0][4] =   data[84]; buffer[0][5] =   data[85]; buffer[0][6] =   data[86]; buffer[0][7] =   data[87]; buffer[0][8] =   data[88]; buffer[0][9] =   data[89]; buffer[0][10] =   data[90]; buffer[0][11] =   data[91]; buffer[0][12] =   data[92]; buffer[0][13] =   data[93]; buffer[0][14] =   data[94]; buffer[0][15] =   data[95];

        }
        if (partition ==   6) {
            buffer[0][0] =   data[96]; buffer[0][1] =   data[97]; buffer[0][2] =   data[98]; buffer[0][3] =   data[99]; buffer[0][4] =  data[100]; buffer[0][5] =  data[101]; buffer[0][6] =  data[102]; buffer[0][7] =  data[103]; buffer[0][8] =  data[104]; buffer[0][9] =  data[105]; buffer[0][10] =  data[106]; buffer[0][11] =  data[107]; buffer[0][12] =  data[108]; buffer[0][13] =  data[109]; buffer[0][14] =  data[110]; buffer[0][15] =  data[111];

        }
        if (partition ==   7) {
            buffer[0][0] =  data[112]; buffer[0][1] =  data[113]; buffer[0][2] =  data[114]; buffer[0][3] =  data[115]; buffer[0][4] =  data[116]; buffer[0][5] =  data[117]; buffer[0][6] =  data[118]; buffer[0][7] =  data[119]; buffer[0][8] =  data[120]; buffer[0][9] =  data[121]; buffer[0][10] =  data[122]; buffer[0][11] =  data[123]; buffer[0][12] =  data[124]; buffer[0][13] =  data[125]; buffer[0][14] =  data[126]; buffer[0][15] =  data[127];

        }
        if (partition ==   8) {
            buffer[0][0] =  data[128]; buffer[0][1] =  data[129]; buffer[0][2] =  data[130]; buffer[0][3] =  data[131]; buffer[0][4] =  data[132]; buffer[0][5] =  data[133]; buffer[0][6] =  data[134]; buffer[0][7] =  data[135]; buffer[0][8] =  data[136]; buffer[0][9] =  data[137]; buffer[0][10] =  data[138]; buffer[0][11] =  data[139]; buffer[0][12] =  data[140]; buffer[0][13] =  data[141]; buffer[0][14] =  data[142]; buffer[0][15] =  data[143];

        }
        if (partition ==   9) {
            buffer[0][0] =  data[144]; buffer[0][1] =  data[145]; buffer[0][2] =  data[146]; buffer[0][3] =  data[147]; buffer[0][4] =  data[148]; buffer[0][5] =  data[149]; buffer[0][6] =  data[150]; buffer[0][7] =  data[151]; buffer[0][8] =  data[152]; buffer[0][9] =  data[153]; buffer[0][10] =  data[154]; buffer[0][11] =  data[155]; buffer[0][12] =  data[156]; buffer[0][13] =  data[157]; buffer[0][14] =  data[158]; buffer[0][15] =  data[159];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_38 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7]; buffer[0][8] =    data[8]; buffer[0][9] =    data[9]; buffer[0][10] =   data[10]; buffer[0][11] =   data[11]; buffer[0][12] =   data[12]; buffer[0][13] =   data[13]; buffer[0][14] =   data[14]; buffer[0][15] =   data[15]; buffer[0][16] =   data[16]; buffer[0][17] =   data[17]; buffer[0][18] =   data[18]; buffer[0][19] =   data[19];

        }
        if (partition ==   1) {
            buffer[0][0] =   data[20]; buffer[0][1] =   data[21]; buffer[0][2] =   data[22]; buffer[0][3] =   data[23]; buffer[0][4] =   data[24]; buffer[0][5] =   data[25]; buffer[0][6] =   data[26]; buffer[0][7] =   data[27]; buffer[0][8] =   data[28]; buffer[0][9] =   data[29]; buffer[0][10] =   data[30]; buffer[0][11] =   data[31]; buffer[0][12] =   data[32]; buffer[0][13] =   data[33]; buffer[0][14] =   data[34]; buffer[0][15] =   data[35]; buffer[0][16] =   data[36]; buffer[0][17] =   data[37]; buffer[0][18] =   data[38]; buffer[0][19] =   data[39];

        }
        if (partition ==   2) {
            buffer[0][0] =   data[40]; buffer[0][1] =   data[41]; buffer[0][2] =   data[42]; buffer[0][3] =   data[43]; buffer[0][4] =   data[44]; buffer[0][5] =   data[45]; buffer[0][6] =   data[46]; buffer[0][7] =   data[47]; buffer[0][8] =   data[48]; buffer[0][9] =   data[49]; buffer[0][10] =   data[50]; buffer[0][11] =   data[51]; buffer[0][12] =   data[52]; buffer[0][13] =   data[53]; buffer[0][14] =   data[54]; buffer[0][15] =   data[55]; buffer[0][16] =   data[56]; buffer[0][17] =   data[57]; buffer[0][18] =   data[58]; buffer[0][19] =   data[59];

        }
        if (partition ==   3) {
            buffer[0][0] =   data[60]; buffer[0][1] =   data[61]; buffer[0][2] =   data[62]; buffer[0][3] =   data[63]; buffer[0][4] =   data[64]; buffer[0][5] =   data[65]; buffer[0][6] =   data[66]; buffer[0][7] =   data[67]; buffer[0][8] =   data[68]; buffer[0][9] =   data[69]; buffer[0][10] =   data[70]; buffer[0][11] =   data[71]; buffer[0][12] =   data[72]; buffer[0][13] =   data[73]; buffer[0][14] =   data[74]; buffer[0][15] =   data[75]; buffer[0][16] =   data[76]; buffer[0][17] =   data[77]; buffer[0][18] =   data[78]; buffer[0][19] =   data[79];

        }
        if (partition ==   4) {
            buffer[0][0] =   data[80]; buffer[0][1] =   data[81]; buffer[0][2] =   data[82]; buffer[0][3] =   data[83]; buffer[0][4] =   data[84]; buffer[0][5] =   data[85]; buffer[0][6] =   data[86]; buffer[0][7] =   data[87]; buffer[0][8] =   data[88]; buffer[0][9] =   data[89]; buffer[0][10] =   data[90]; buffer[0][11] =   data[91]; buffer[0][12] =   data[92]; buffer[0][13] =   data[93]; buffer[0][14] =   data[94]; buffer[0][15] =   data[95]; buffer[0][16] =   data[96]; buffer[0][17] =   data[97]; buffer[0][18] =   data[98]; buffer[0][19] =   data[99];

        }
        if (partition ==   5) {
            buffer[0][0] =  data[100]; buffer[0][1] =  data[101]; buffer[0][2] =  data[102]; buffer[0][3] =  data[103]; buffer[0][4] =  data[104]; buffer[0][5] =  data[105]; buffer[0][6] =  data[106]; buffer[0][7] =  data[107]; buffer[0][8] =  data[108]; buffer[0][9] =  data[109]; buffer[0][10] =  data[110]; buffer[0][11] =  data[111]; buffer[0][12] =  data[112]; buffer[0][13] =  data[113]; buffer[0][14] =  data[114]; buffer[0][15] =  data[115]; buffer[0][16] =  data[116]; buffer[0][17] =  data[117]; buffer[0][18] =  data[118]; buffer[0][19] =  data[119];

        }
        if (partition ==   6) {
            buffer[0][0] =  data[120]; buffer[0][1] =  data[121]; buffer[0][2] =  data[122]; buffer[0][3] =  data[123]; buffer[0][4] =  data[124]; buffer[0][5] =  data[125]; buffer[0][6] =  data[126]; buffer[0][7] =  data[127]; buffer[0][8] =  data[128]; buffer[0][9] =  data[129]; buffer[0][10] =  data[130]; buffer[0][11] =  data[131]; buffer[0][12] =  data[132]; buffer[0][13] =  data[133]; buffer[0][14] =  data[134]; buffer[0][15] =  data[135]; buffer[0][16] =  data[136]; buffer[0][17] =  data[137]; buffer[0][18] =  data[138]; buffer[0][19] =  data[139];

        }
        if (partition ==   7) {
            buffer[0][0] =  data[140]; buffer[0][1] =  data[141]; buffer[0][2] =  data[142]; buffer[0][3] =  data[143]; buffer[0][4] =  data[144]; buffer[0][5] =  data[145]; buffer[0][6] =  data[146]; buffer[0][7] =  data[147]; buffer[0][8] =  data[148]; buffer[0][9] =  data[149]; buffer[0][10] =  data[150]; buffer[0][11] =  data[151]; buffer[0][12] =  data[152]; buffer[0][13] =  data[153]; buffer[0][14] =  data[154]; buffer[0][15] =  data[155]; buffer[0][16] =  data[156]; buffer[0][17] =  data[157]; buffer[0][18] =  data[158]; buffer[0][19] =  data[159];

        }
        if (partition ==   8) {
            buffer[0][0] =  data[160]; buffer[0][1] =  data[161]; buffer[0][2] =  data[162]; buffer[0][3] =  data[163]; buffer[0][4] =  data[164]; buffer[0][5] =  data[165]; buffer[0][6] =  data[166]; buffer[0][7] =  data[167]; buffer[0][8] =  data[168]; buffer[0][9] =  data[169]; buffer[0][10] =  data[170]; buffer[0][11] =  data[171]; buffer[0][12] =  data[172]; buffer[0][13] =  data[173]; buffer[0][14] =  data[174]; buffer[0][15] =  data[175]; buffer[0][16] =  data[176]; buffer[0][17] =  data[177]; buffer[0][18] =  data[178]; buffer[0][19] =  data[179];

        }
        if (partition ==   9) {
            buffer[0][0] =  data[180]; buffer[0][1] =  data[181]; buffer[0][2] =  data[182]; buffer[0][3] =  data[183]; buffer[0][4] =  data[184]; buffer[0][5] =  data[185]; buffer[0][6] =  data[186]; buffer[0][7] =  data[187]; buffer[0][8] =  data[188]; buffer[0][9] =  data[189]; buffer[0][10] =  data[190]; buffer[0][11] =  data[191]; buffer[0][12] =  data[192]; buffer[0][13] =  data[193]; buffer[0][14] =  data[194]; buffer[0][15] =  data[195]; buffer[0][16] =  data[196]; buffer[0][17] =  data[197]; buffer[0][18] =  data[198]; buffer[0][19] =  data[199];

        }
        if (partition ==  10) {
            buffer[0][0] =  data[200]; buffer[0][1] =  data[201]; buffer[0][2] =  data[202]; buffer[0][3] =  data[203]; buffer[0][4] =  data[204]; buffer[0][5] =  data[205]; buffer[0][6] =  data[206]; buffer[0][7] =  data[207]; buffer[0][8] =  data[208]; buffer[0][9] =  data[209]; buffer[0][10] =  data[210]; buffer[0][11] =  data[211]; buffer[0][12] =  data[212]; buffer[0][13] =  data[213]; buffer[0][14] =  data[214]; buffer[0][15] =  data[215]; buffer[0][16] =  data[216]; buffer[0][17] =  data[217]; buffer[0][18] =  data[218]; buffer[0][19] =  data[219];

        }
        if (partition ==  11) {
            buffer[0][0] =  data[220]; buffer[0][1] =  data[221]; buffer[0][2] =  data[222]; buffer[0][3] =  data[223]; buffer[0][4] =  data[224]; buffer[0][5] =  data[225]; buffer[0][6] =  data[226]; buffer[0][7] =  data[227]; buffer[0][8] =  data[228]; buffer[0][9] =  data[229]; buffer[0][10] =  data[230]; buffer[0][11] =  data[231]; buffer[0][12] =  data[232]; buffer[0][13] =  data[233]; buffer[0][14] =  data[234]; buffer[0][15] =  data[235]; buffer[0][16] =  data[236]; buffer[0][17] =  data[237]; buffer[0][18] =  data[238]; buffer[0][19] =  data[239];

        }
        if (partition ==  12) {
            buffer[0][0] =  data[240]; buffer[0][1] =  data[241]; buffer[0][2] =  data[242]; buffer[0][3] =  data[243]; buffer[0][4] =  data[244]; buffer[0][5] =  data[245]; buffer[0][6] =  data[246]; buffer[0][7] =  data[247]; buffer[0][8] =  data[248]; buffer[0][9] =  data[249]; buffer[0][10] =  data[250]; buffer[0][11] =  data[251]; buffer[0][12] =  data[252]; buffer[0][13] =  data[253]; buffer[0][14] =  data[254]; buffer[0][15] =  data[255]; buffer[0][16] =  data[256]; buffer[0][17] =  data[257]; buffer[0][18] =  data[258]; buffer[0][19] =  data[259];

        }
        if (partition ==  13) {
            buffer[0][0] =  data[260]; buffer[0][1] =  data[261]; buffer[0][2] =  data[262]; buffer[0][3] =  data[263]; buffer[0][4] =  data[264]; buffer[0][5] =  data[265]; buffer[0][6] =  data[266]; buffer[0][7] =  data[267]; buffer[0][8] =  data[268]; buffer[0][9] =  data[269]; buffer[0][10] =  data[270]; buffer[0][11] =  data[271]; buffer[0][12] =  data[272]; buffer[0][13] =  data[273]; buffer[0][14] =  data[274]; buffer[0][15] =  data[275]; buffer[0][16] =  data[276]; buffer[0][17] =  data[277]; buffer[0][18] =  data[278]; buffer[0][19] =  data[279];

        }
        if (partition ==  14) {
            buffer[0][0] =  data[280]; buffer[0][1] =  data[281]; buffer[0][2] =  data[282]; buffer[0][3] =  data[283]; buffer[0][4] =  data[284]; buffer[0][5] =  data[285]; buffer[0][6] =  data[286]; buffer[0][7] =  data[287]; buffer[0][8] =  data[288]; buffer[0][9] =  data[289]; buffer[0][10] =  data[290]; buffer[0][11] =  data[291]; buffer[0][12] =  data[292]; buffer[0][13] =  data[293]; buffer[0][14] =  data[294]; buffer[0][15] =  data[295]; buffer[0][16] =  data[296]; buffer[0][17] =  data[297]; buffer[0][18] =  data[298]; buffer[0][19] =  data[299];

        }
        if (partition ==  15) {
            buffer[0][0] =  data[300]; buffer[0][1] =  data[301]; buffer[0][2] =  data[302]; buffer[0][3] =  data[303]; buffer[0][4] =  data[304]; buffer[0][5] =  data[305]; buffer[0][6] =  data[306]; buffer[0][7] =  data[307]; buffer[0][8] =  data[308]; buffer[0][9] =  data[309]; buffer[0][10] =  data[310]; buffer[0][11] =  data[311]; buffer[0][12] =  data[312]; buffer[0][13] =  data[313]; buffer[0][14] =  data[314]; buffer[0][15] =  data[315]; buffer[0][16] =  data[316]; buffer[0][17] =  data[317]; buffer[0][18] =  data[318]; buffer[0][19] =  data[319];

        }
        if (partition ==  16) {
            buffer[0][0] =  data[320]; buffer[0][1] =  data[321]; buffer[0][2] =  data[322]; buffer[0][3] =  data[323]; buffer[0][4] =  data[324]; buffer[0][5] =  data[325]; buffer[0][6] =  data[326]; buffer[0][7] =  data[327]; buffer[0][8] =  data[328]; buffer[0][9] =  data[329]; buffer[0][10] =  data[330]; buffer[0][11] =  data[331]; buffer[0][12] =  data[332]; buffer[0][13] =  data[333]; buffer[0][14] =  data[334]; buffer[0][15] =  data[335]; buffer[0][16] =  data[336]; buffer[0][17] =  data[337]; buffer[0][18] =  data[338]; buffer[0][19] =  data[339];

        }
        if (partition ==  17) {
            buffer[0][0] =  data[340]; buffer[0][1] =  data[341]; buffer[0][2] =  data[342]; buffer[0][3] =  data[343]; buffer[0][4] =  data[344]; buffer[0][5] =  data[345]; buffer[0][6] =  data[346]; buffer[0][7] =  data[347]; buffer[0][8] =  data[348]; buffer[0][9] =  data[349]; buffer[0][10] =  data[350]; buffer[0][11] =  data[351]; buffer[0][12] =  data[352]; buffer[0][13] =  data[353]; buffer[0][14] =  data[354]; buffer[0][15] =  data[355]; buffer[0][16] =  data[356]; buffer[0][17] =  data[357]; buffer[0][18] =  data[358]; buffer[0][19] =  data[359];

        }
        if (partition ==  18) {
            buffer[0][0] =  data[360]; buffer[0][1] =  data[361]; buffer[0][2] =  data[362]; buffer[0][3] =  data[363]; buffer[0][4] =  data[364]; buffer[0][5] =  data[365]; buffer[0][6] =  data[366]; buffer[0][7] =  data[367]; buffer[0][8] =  data[368]; buffer[0][9] =  data[369]; buffer[0][10] =  data[370]; buffer[0][11] =  data[371]; buffer[0][12] =  data[372]; buffer[0][13] =  data[373]; buffer[0][14] =  data[374]; buffer[0][15] =  data[375]; buffer[0][16] =  data[376]; buffer[0][17] =  data[377]; buffer[0][18] =  data[378]; buffer[0][19] =  data[379];

        }
        if (partition ==  19) {
            buffer[0][0] =  data[380]; buffer[0][1] =  data[381]; buffer[0][2] =  data[382]; buffer[0][3] =  data[383]; buffer[0][4] =  data[384]; buffer[0][5] =  data[385]; buffer[0][6] =  data[386]; buffer[0][7] =  data[387]; buffer[0][8] =  data[388]; buffer[0][9] =  data[389]; buffer[0][10] =  data[390]; buffer[0][11] =  data[391]; buffer[0][12] =  data[392]; buffer[0][13] =  data[393]; buffer[0][14] =  data[394]; buffer[0][15] =  data[395]; buffer[0][16] =  data[396]; buffer[0][17] =  data[397]; buffer[0][18] =  data[398]; buffer[0][19] =  data[399];

        }
        if (partition ==  20) {
            buffer[0][0] =  data[400]; buffer[0][1] =  data[401]; buffer[0][2] =  data[402]; buffer[0][3] =  data[403]; buffer[0][4] =  data[404]; buffer[0][5] =  data[405]; buffer[0][6] =  data[406]; buffer[0][7] =  data[407]; buffer[0][8] =  data[408]; buffer[0][9] =  data[409]; buffer[0][10] =  data[410]; buffer[0][11] =  data[411]; buffer[0][12] =  data[412]; buffer[0][13] =  data[413]; buffer[0][14] =  data[414]; buffer[0][15] =  data[415]; buffer[0][16] =  data[416]; buffer[0][17] =  data[417]; buffer[0][18] =  data[418]; buffer[0][19] =  data[419];

        }
        if (partition ==  21) {
            buffer[0][0] =  data[420]; buffer[0][1] =  data[421]; buffer[0][2] =  data[422]; buffer[0][3] =  data[423]; buffer[0][4] =  data[424]; buffer[0][5] =  data[425]; buffer[0][6] =  data[426]; buffer[0][7] =  data[427]; buffer[0][8] =  data[428]; buffer[0][9] =  data[429]; buffer[0][10] =  data[430]; buffer[0][11] =  data[431]; buffer[0][12] =  data[432]; buffer[0][13] =  data[433]; buffer[0][14] =  data[434]; buffer[0][15] =  data[435]; buffer[0][16] =  data[436]; buffer[0][17] =  data[437]; buffer[0][18] =  data[438]; buffer[0][19] =  data[439];

        }
        if (partition ==  22) {
            buffer[0][0] =  data[440]; buffer[0][1] =  data[441]; buffer[0][2] =  data[442]; buffer[0][3] =  data[443]; buffer[0][4] =  data[444]; buffer[0][5] =  data[445]; buffer[0][6] =  data[446]; buffer[0][7] =  data[447]; buffer[0][8] =  data[448]; buffer[0][9] =  data[449]; buffer[0][10] =  data[450]; buffer[0][11] =  data[451]; buffer[0][12] =  data[452]; buffer[0][13] =  data[453]; buffer[0][14] =  data[454]; buffer[0][15] =  data[455]; buffer[0][16] =  data[456]; buffer[0][17] =  data[457]; buffer[0][18] =  data[458]; buffer[0][19] =  data[459];

        }
        if (partition ==  23) {
            buffer[0][0] =  data[460]; buffer[0][1] =  data[461]; buffer[0][2] =  data[462]; buffer[0][3] =  data[463]; buffer[0][4] =  data[464]; buffer[0][5] =  data[465]; buffer[0][6] =  data[466]; buffer[0][7] =  data[467]; buffer[0][8] =  data[468]; buffer[0][9] =  data[469]; buffer[0][10] =  data[470]; buffer[0][11] =  data[471]; buffer[0][12] =  data[472]; buffer[0][13] =  data[473]; buffer[0][14] =  data[474]; buffer[0][15] =  data[475]; buffer[0][16] =  data[476]; buffer[0][17] =  data[477]; buffer[0][18] =  data[478]; buffer[0][19] =  data[479];

        }
        if (partition ==  24) {
            buffer[0][0] =  data[480]; buffer[0][1] =  data[481]; buffer[0][2] =  data[482]; buffer[0][3] =  data[483]; buffer[0][4] =  data[484]; buffer[0][5] =  data[485]; buffer[0][6] =  data[486]; buffer[0][7] =  data[487]; buffer[0][8] =  data[488]; buffer[0][9] =  data[489]; buffer[0][10] =  data[490]; buffer[0][11] =  data[491]; buffer[0][12] =  data[492]; buffer[0][13] =  data[493]; buffer[0][14] =  data[494]; buffer[0][15] =  data[495]; buffer[0][16] =  data[496]; buffer[0][17] =  data[497]; buffer[0][18] =  data[498]; buffer[0][19] =  data[499];

        }
        if (partition ==  25) {
            buffer[0][0] =  data[500]; buffer[0][1] =  data[501]; buffer[0][2] =  data[502]; buffer[0][3] =  data[503]; buffer[0][4] =  data[504]; buffer[0][5] =  data[505]; buffer[0][6] =  data[506]; buffer[0][7] =  data[507]; buffer[0][8] =  data[508]; buffer[0][9] =  data[509]; buffer[0][10] =  data[510]; buffer[0][11] =  data[511]; buffer[0][12] =  data[512]; buffer[0][13] =  data[513]; buffer[0][14] =  data[514]; buffer[0][15] =  data[515]; buffer[0][16] =  data[516]; buffer[0][17] =  data[517]; buffer[0][18] =  data[518]; buffer[0][19] =  data[519];

        }
        if (partition ==  26) {
            buffer[0][0] =  data[520]; buffer[0][1] =  data[521]; buffer[0][2] =  data[522]; buffer[0][3] =  data[523]; buffer[0][4] =  data[524]; buffer[0][5] =  data[525]; buffer[0][6] =  data[526]; buffer[0][7] =  data[527]; buffer[0][8] =  data[528]; buffer[0][9] =  data[529]; buffer[0][10] =  data[530]; buffer[0][11] =  data[531]; buffer[0][12] =  data[532]; buffer[0][13] =  data[533]; buffer[0][14] =  data[534]; buffer[0][15] =  data[535]; buffer[0][16] =  data[536]; buffer[0][17] =  data[537]; buffer[0][18] =  data[538]; buffer[0][19] =  data[539];

        }
        if (partition ==  27) {
            buffer[0][0] =  data[540]; buffer[0][1] =  data[541]; buffer[0][2] =  data[542]; buffer[0][3] =  data[543]; buffer[0][4] =  data[544]; buffer[0][5] =  data[545]; buffer[0][6] =  data[546]; buffer[0][7] =  data[547]; buffer[0][8] =  data[548]; buffer[0][9] =  data[549]; buffer[0][10] =  data[550]; buffer[0][11] =  data[551]; buffer[0][12] =  data[552]; buffer[0][13] =  data[553]; buffer[0][14] =  data[554]; buffer[0][15] =  data[555]; buffer[0][16] =  data[556]; buffer[0][17] =  data[557]; buffer[0][18] =  data[558]; buffer[0][19] =  data[559];

        }
        if (partition ==  28) {
            buffer[0][0] =  data[560]; buffer[0][1] =  data[561]; buffer[0][2] =  data[562]; buffer[0][3] =  data[563]; buffer[0][4] =  data[564]; buffer[0][5] =  data[565]; buffer[0][6] =  data[566]; buffer[0][7] =  data[567]; buffer[0][8] =  data[568]; buffer[0][9] =  data[569]; buffer[0][10] =  data[570]; buffer[0][11] =  data[571]; buffer[0][12] =  data[572]; buffer[0][13] =  data[573]; buffer[0][14] =  data[574]; buffer[0][15] =  data[575]; buffer[0][16] =  data[576]; buffer[0][17] =  data[577]; buffer[0][18] =  data[578]; buffer[0][19] =  data[579];

        }
        if (partition ==  29) {
            buffer[0][0] =  data[580]; buffer[0][1] =  data[581]; buffer[0][2] =  data[582]; buffer[0][3] =  data[583]; buffer[0][4] =  data[584]; buffer[0][5] =  data[585]; buffer[0][6] =  data[586]; buffer[0][7] =  data[587]; buffer[0][8] =  data[588]; buffer[0][9] =  data[589]; buffer[0][10] =  data[590]; buffer[0][11] =  data[591]; buffer[0][12] =  data[592]; buffer[0][13] =  data[593]; buffer[0][14] =  data[594]; buffer[0][15] =  data[595]; buffer[0][16] =  data[596]; buffer[0][17] =  data[597]; buffer[0][18] =  data[598]; buffer[0][19] =  data[599];

        }
        if (partition ==  30) {
            buffer[0][0] =  data[600]; buffer[0][1] =  data[601]; buffer[0][2] =  data[602]; buffer[0][3] =  data[603]; buffer[0][4] =  data[604]; buffer[0][5] =  data[605]; buffer[0][6] =  data[606]; buffer[0][7] =  data[607]; buffer[0][8] =  data[608]; buffer[0][9] =  data[609]; buffer[0][10] =  data[610]; buffer[0][11] =  data[611]; buffer[0][12] =  data[612]; buffer[0][13] =  data[613]; buffer[0][14] =  data[614]; buffer[0][15] =  data[615]; buffer[0][16] =  data[616]; buffer[0][17] =  data[617]; buffer[0][18] =  data[618]; buffer[0][19] =  data[619];

        }
        if (partition ==  31) {
            buffer[0][0] =  data[620]; buffer[0][1] =  data[621]; buffer[0][2] =  data[622]; buffer[0][3] =  data[623]; buffer[0][4] =  data[624]; buffer[0][5] =  data[625]; buffer[0][6] =  data[626]; buffer[0][7] =  data[627]; buffer[0][8] =  data[628]; buffer[0][9] =  data[629]; buffer[0][10] =  data[630]; buffer[0][11] =  data[631]; buffer[0][12] =  data[632]; buffer[0][13] =  data[633]; buffer[0][14] =  data[634]; buffer[0][15] =  data[635]; buffer[0][16] =  data[636]; buffer[0][17] =  data[637]; buffer[0][18] =  data[638]; buffer[0][19] =  data[639];

        }
        if (partition ==  32) {
            buffer[0][0] =  data[640]; buffer[0][1] =  data[641]; buffer[0][2] =  data[642]; buffer[0][3] =  data[643]; buffer[0][4] =  data[644]; buffer[0][5] =  data[645]; buffer[0][6] =  data[646]; buffer[0][7] =  data[647]; buffer[0][8] =  data[648]; buffer[0][9] =  data[649]; buffer[0][10] =  data[650]; buffer[0][11] =  data[651]; buffer[0][12] =  data[652]; buffer[0][13] =  data[653]; buffer[0][14] =  data[654]; buffer[0][15] =  data[655]; buffer[0][16] =  data[656]; buffer[0][17] =  data[657]; buffer[0][18] =  data[658]; buffer[0][19] =  data[659];

        }
        if (partition ==  33) {
            buffer[0][0] =  data[660]; buffer[0][1] =  data[661]; buffer[0][2] =  data[662]; buffer[0][3] =  data[663]; buffer[0][4] =  data[664]; buffer[0][5] =  data[665]; buffer[0][6] =  data[666]; buffer[0][7] =  data[667]; buffer[0][8] =  data[668]; buffer[0][9] =  data[669]; buffer[0][10] =  data[670]; buffer[0][11] =  data[671]; buffer[0][12] =  data[672]; buffer[0][13] =  data[673]; buffer[0][14] =  data[674]; buffer[0][15] =  data[675]; buffer[0][16] =  data[676]; buffer[0][17] =  data[677]; buffer[0][18] =  data[678]; buffer[0][19] =  data[679];

        }
        if (partition ==  34) {
            buffer[0][0] =  data[680]; buffer[0][1] =  data[681]; buffer[0][2] =  data[682]; buffer[0][3] =  data[683]; buffer[0][4] =  data[684]; buffer[0][5] =  data[685]; buffer[0][6] =  data[686]; buffer[0][7] =  data[687]; buffer[0][8] =  data[688]; buffer[0][9] =  data[689]; buffer[0][10] =  data[690]; buffer[0][11] =  data[691]; buffer[0][12] =  data[692]; buffer[0][13] =  data[693]; buffer[0][14] =  data[694]; buffer[0][15] =  data[695]; buffer[0][16] =  data[696]; buffer[0][17] =  data[697]; buffer[0][18] =  data[698]; buffer[0][19] =  data[699];

        }
        if (partition ==  35) {
            buffer[0][0] =  data[700]; buffer[0][1] =  data[701]; buffer[0][2] =  data[702]; buffer[0][3] =  data[703]; buffer[0][4] =  data[704]; buffer[0][5] =  data[705]; buffer[0][6] =  data[706]; buffer[0][7] =  data[707]; buffer[0][8] =  data[708]; buffer[0][9] =  data[709]; buffer[0][10] =  data[710]; buffer[0][11] =  data[711]; buffer[0][12] =  data[712]; buffer[0][13] =  data[713]; buffer[0][14] =  data[714]; buffer[0][15] =  data[715]; buffer[0][16] =  data[716]; buffer[0][17] =  data[717]; buffer[0][18] =  data[718]; buffer[0][19] =  data[719];

        }
        if (partition ==  36) {
            buffer[0][0] =  data[720]; buffer[0][1] =  data[721]; buffer[0][2] =  data[722]; buffer[0][3] =  data[723]; buffer[0][4] =  data[724]; buffer[0][5] =  data[725]; buffer[0][6] =  data[726]; buffer[0][7] =  data[727]; buffer[0][8] =  data[728]; buffer[0][9] =  data[729]; buffer[0][10] =  data[730]; buffer[0][11] =  data[731]; buffer[0][12] =  data[732]; buffer[0][13] =  data[733]; buffer[0][14] =  data[734]; buffer[0][15] =  data[735]; buffer[0][16] =  data[736]; buffer[0][17] =  data[737]; buffer[0][18] =  data[738]; buffer[0][19] =  data[739];

        }
        if (partition ==  37) {
            buffer[0][0] =  data[740]; buffer[0][1] =  data[741]; buffer[0][2] =  data[742]; buffer[0][3] =  data[743]; buffer[0][4] =  data[744]; buffer[0][5] =  data[745]; buffer[0][6] =  data[746]; buffer[0][7] =  data[747]; buffer[0][8] =  data[748]; buffer[0][9] =  data[749]; buffer[0][10] =  data[750]; buffer[0][11] =  data[751]; buffer[0][12] =  data[752]; buffer[0][13] =  data[753]; buffer[0][14] =  data[754]; buffer[0][15] =  data[755]; buffer[0][16] =  data[756]; buffer[0][17] =  data[757]; buffer[0][18] =  data[758]; buffer[0][19] =  data[759];

        }
        if (partition ==  38) {
            buffer[0][0] =  data[760]; buffer[0][1] =  data[761]; buffer[0][2] =  data[762]; buffer[0][3] =  data[763]; buffer[0][4] =  data[764]; buffer[0][5] =  data[765]; buffer[0][6] =  data[766]; buffer[0][7] =  data[767]; buffer[0][8] =  data[768]; buffer[0][9] =  data[769]; buffer[0][10] =  data[770]; buffer[0][11] =  data[771]; buffer[0][12] =  data[772]; buffer[0][13] =  data[773]; buffer[0][14] =  data[774]; buffer[0][15] =  data[775]; buffer[0][16] =  data[776]; buffer[0][17] =  data[777]; buffer[0][18] =  data[778]; buffer[0][19] =  data[779];

        }
        if (partition ==  39) {
            buffer[0][0] =  data[780]; buffer[0][1] =  data[781]; buffer[0][2] =  data[782]; buffer[0][3] =  data[783]; buffer[0][4] =  data[784]; buffer[0][5] =  data[785]; buffer[0][6] =  data[786]; buffer[0][7] =  data[787]; buffer[0][8] =  data[788]; buffer[0][9] =  data[789]; buffer[0][10] =  data[790]; buffer[0][11] =  data[791]; buffer[0][12] =  data[792]; buffer[0][13] =  data[793]; buffer[0][14] =  data[794]; buffer[0][15] =  data[795]; buffer[0][16] =  data[796]; buffer[0][17] =  data[797]; buffer[0][18] =  data[798]; buffer[0][19] =  data[799];

        }
        if (partition ==  40) {
            buffer[0][0] =  data[800]; buffer[0][1] =  data[801]; buffer[0][2] =  data[802]; buffer[0][3] =  data[803]; buffer[0][4] =  data[804]; buffer[0][5] =  data[805]; buffer[0][6] =  data[806]; buffer[0][7] =  data[807]; buffer[0][8] =  data[808]; buffer[0][9] =  data[809]; buffer[0][10] =  data[810]; buffer[0][11] =  data[811]; buffer[0][12] =  data[812]; buffer[0][13] =  data[813]; buffer[0][14] =  data[814]; buffer[0][15] =  data[815]; buffer[0][16] =  data[816]; buffer[0][17] =  data[817]; buffer[0][18] =  data[818]; buffer[0][19] =  data[819];

        }
        if (partition ==  41) {
            buffer[0][0] =  data[820]; buffer[0][1] =  data[821]; buffer[0][2] =  data[822]; buffer[0][3] =  data[823]; buffer[0][4] =  data[824]; buffer[0][5] =  data[825]; buffer[0][6] =  data[826]; buffer[0][7] =  data[827]; buffer[0][8] =  data[828]; buffer[0][9] =  data[829]; buffer[0][10] =  data[830]; buffer[0][11] =  data[831]; buffer[0][12] =  data[832]; buffer[0][13] =  data[833]; buffer[0][14] =  data[834]; buffer[0][15] =  data[835]; buffer[0][16] =  data[836]; buffer[0][17] =  data[837]; buffer[0][18] =  data[838]; buffer[0][19] =  data[839];

        }
        if (partition ==  42) {
            buffer[0][0] =  data[840]; buffer[0][1] =  data[841]; buffer[0][2] =  data[842]; buffer[0][3] =  data[843]; buffer[0][4] =  data[844]; buffer[0][5] =  data[845]; buffer[0][6] =  data[846]; buffer[0][7] =  data[847]; buffer[0][8] =  data[848]; buffer[0][9] =  data[849]; buffer[0][10] =  data[850]; buffer[0][11] =  data[851]; buffer[0][12] =  data[852]; buffer[0][13] =  data[853]; buffer[0][14] =  data[854]; buffer[0][15] =  data[855]; buffer[0][16] =  data[856]; buffer[0][17] =  data[857]; buffer[0][18] =  data[858]; buffer[0][19] =  data[859];

        }
        if (partition ==  43) {
            buffer[0][0] =  data[860]; buffer[0][1] =  data[861]; buffer[0][2] =  data[862]; buffer[0][3] =  data[863]; buffer[0][4] =  data[864]; buffer[0][5] =  data[865]; buffer[0][6] =  data[866]; buffer[0][7] =  data[867]; buffer[0][8] =  data[868]; buffer[0][9] =  data[869]; buffer[0][10] =  data[870]; buffer[0][11] =  data[871]; buffer[0][12] =  data[872]; buffer[0][13] =  data[873]; buffer[0][14] =  data[874]; buffer[0][15] =  data[875]; buffer[0][16] =  data[876]; buffer[0][17] =  data[877]; buffer[0][18] =  data[878]; buffer[0][19] =  data[879];

        }
        if (partition ==  44) {
            buffer[0][0] =  data[880]; buffer[0][1] =  data[881]; buffer[0][2] =  data[882]; buffer[0][3] =  data[883]; buffer[0][4] =  data[884]; buffer[0][5] =  data[885]; buffer[0][6] =  data[886]; buffer[0][7] =  data[887]; buffer[0][8] =  data[888]; buffer[0][9] =  data[889]; buffer[0][10] =  data[890]; buffer[0][11] =  data[891]; buffer[0][12] =  data[892]; buffer[0][13] =  data[893]; buffer[0][14] =  data[894]; buffer[0][15] =  data[895]; buffer[0][16] =  data[896]; buffer[0][17] =  data[897]; buffer[0][18] =  data[898]; buffer[0][19] =  data[899];

        }
        if (partition ==  45) {
            buffer[0][0] =  data[900]; buffer[0][1] =  data[901]; buffer[0][2] =  data[902]; buffer[0][3] =  data[903]; buffer[0][4] =  data[904]; buffer[0][5] =  data[905]; buffer[0][6] =  data[906]; buffer[0][7] =  data[907]; buffer[0][8] =  data[908]; buffer[0][9] =  data[909]; buffer[0][10] =  data[910]; buffer[0][11] =  data[911]; buffer[0][12] =  data[912]; buffer[0][13] =  data[913]; buffer[0][14] =  data[914]; buffer[0][15] =  data[915]; buffer[0][16] =  data[916]; buffer[0][17] =  data[917]; buffer[0][18] =  data[918]; buffer[0][19] =  data[919];

        }
        if (partition ==  46) {
            buffer[0][0] =  data[920]; buffer[0][1] =  data[921]; buffer[0][2] =  data[922]; buffer[0][3] =  data[923]; buffer[0][4] =  data[924]; buffer[0][5] =  data[925]; buffer[0][6] =  data[926]; buffer[0][7] =  data[927]; buffer[0][8] =  data[928]; buffer[0][9] =  data[929]; buffer[0][10] =  data[930]; buffer[0][11] =  data[931]; buffer[0][12] =  data[932]; buffer[0][13] =  data[933]; buffer[0][14] =  data[934]; buffer[0][15] =  data[935]; buffer[0][16] =  data[936]; buffer[0][17] =  data[937]; buffer[0][18] =  data[938]; buffer[0][19] =  data[939];

        }
        if (partition ==  47) {
            buffer[0][0] =  data[940]; buffer[0][1] =  data[941]; buffer[0][2] =  data[942]; buffer[0][3] =  data[943]; buffer[0][4] =  data[944]; buffer[0][5] =  data[945]; buffer[0][6] =  data[946]; buffer[0][7] =  data[947]; buffer[0][8] =  data[948]; buffer[0][9] =  data[949]; buffer[0][10] =  data[950]; buffer[0][11] =  data[951]; buffer[0][12] =  data[952]; buffer[0][13] =  data[953]; buffer[0][14] =  data[954]; buffer[0][15] =  data[955]; buffer[0][16] =  data[956]; buffer[0][17] =  data[957]; buffer[0][18] =  data[958]; buffer[0][19] =  data[959];

        }
        if (partition ==  48) {
            buffer[0][0] =  data[960]; buffer[0][1] =  data[961]; buffer[0][2] =  data[962]; buffer[0][3] =  data[963]; buffer[0][4] =  data[964]; buffer[0][5] =  data[965]; buffer[0][6] =  data[966]; buffer[0][7] =  data[967]; buffer[0][8] =  data[968]; buffer[0][9] =  data[969]; buffer[0][10] =  data[970]; buffer[0][11] =  data[971]; buffer[0][12] =  data[972]; buffer[0][13] =  data[973]; buffer[0][14] =  data[974]; buffer[0][15] =  data[975]; buffer[0][16] =  data[976]; buffer[0][17] =  data[977]; buffer[0][18] =  data[978]; buffer[0][19] =  data[979];

        }
        if (partition ==  49) {
            buffer[0][0] =  data[980]; buffer[0][1] =  data[981]; buffer[0][2] =  data[982]; buffer[0][3] =  data[983]; buffer[0][4] =  data[984]; buffer[0][5] =  data[985]; buffer[0][6] =  data[986]; buffer[0][7] =  data[987]; buffer[0][8] =  data[988]; buffer[0][9] =  data[989]; buffer[0][10] =  data[990]; buffer[0][11] =  data[991]; buffer[0][12] =  data[992]; buffer[0][13] =  data[993]; buffer[0][14] =  data[994]; buffer[0][15] =  data[995]; buffer[0][16] =  data[996]; buffer[0][17] =  data[997]; buffer[0][18] =  data[998]; buffer[0][19] =  data[999];

        }
        if (partition ==  50) {
            buffer[0][0] = data[1000]; buffer[0][1] = data[1001]; buffer[0][2] = data[1002]; buffer[0][3] = data[1003]; buffer[0][4] = data[1004]; buffer[0][5] = data[1005]; buffer[0][6] = data[1006]; buffer[0][7] = data[1007]; buffer[0][8] = data[1008]; buffer[0][9] = data[1009]; buffer[0][10] = data[1010]; buffer[0][11] = data[1011]; buffer[0][12] = data[1012]; buffer[0][13] = data[1013]; buffer[0][14] = data[1014]; buffer[0][15] = data[1015]; buffer[0][16] = data[1016]; buffer[0][17] = data[1017]; buffer[0][18] = data[1018]; buffer[0][19] = data[1019];

        }
        if (partition ==  51) {
            buffer[0][0] = data[1020]; buffer[0][1] = data[1021]; buffer[0][2] = data[1022]; buffer[0][3] = data[1023]; buffer[0][4] = data[1024]; buffer[0][5] = data[1025]; buffer[0][6] = data[1026]; buffer[0][7] = data[1027]; buffer[0][8] = data[1028]; buffer[0][9] = data[1029]; buffer[0][10] = data[1030]; buffer[0][11] = data[1031]; buffer[0][12] = data[1032]; buffer[0][13] = data[1033]; buffer[0][14] = data[1034]; buffer[0][15] = data[1035]; buffer[0][16] = data[1036]; buffer[0][17] = data[1037]; buffer[0][18] = data[1038]; buffer[0][19] = data[1039];

        }
        if (partition ==  52) {
            buffer[0][0] = data[1040]; buffer[0][1] = data[1041]; buffer[0][2] = data[1042]; buffer[0][3] = data[1043]; buffer[0][4] = data[1044]; buffer[0][5] = data[1045]; buffer[0][6] = data[1046]; buffer[0][7] = data[1047]; buffer[0][8] = data[1048]; buffer[0][9] = data[1049]; buffer[0][10] = data[1050]; buffer[0][11] = data[1051]; buffer[0][12] = data[1052]; buffer[0][13] = data[1053]; buffer[0][14] = data[1054]; buffer[0][15] = data[1055]; buffer[0][16] = data[1056]; buffer[0][17] = data[1057]; buffer[0][18] = data[1058]; buffer[0][19] = data[1059];

        }
        if (partition ==  53) {
            buffer[0][0] = data[1060]; buffer[0][1] = data[1061]; buffer[0][2] = data[1062]; buffer[0][3] = data[1063]; buffer[0][4] = data[1064]; buffer[0][5] = data[1065]; buffer[0][6] = data[1066]; buffer[0][7] = data[1067]; buffer[0][8] = data[1068]; buffer[0][9] = data[1069]; buffer[0][10] = data[1070]; buffer[0][11] = data[1071]; buffer[0][12] = data[1072]; buffer[0][13] = data[1073]; buffer[0][14] = data[1074]; buffer[0][15] = data[1075]; buffer[0][16] = data[1076]; buffer[0][17] = data[1077]; buffer[0][18] = data[1078]; buffer[0][19] = data[1079];

        }
        if (partition ==  54) {
            buffer[0][0] = data[1080]; buffer[0][1] = data[1081]; buffer[0][2] = data[1082]; buffer[0][3] = data[1083]; buffer[0][4] = data[1084]; buffer[0][5] = data[1085]; buffer[0][6] = data[1086]; buffer[0][7] = data[1087]; buffer[0][8] = data[1088]; buffer[0][9] = data[1089]; buffer[0][10] = data[1090]; buffer[0][11] = data[1091]; buffer[0][12] = data[1092]; buffer[0][13] = data[1093]; buffer[0][14] = data[1094]; buffer[0][15] = data[1095]; buffer[0][16] = data[1096]; buffer[0][17] = data[1097]; buffer[0][18] = data[1098]; buffer[0][19] = data[1099];

        }
        if (partition ==  55) {
            buffer[0][0] = data[1100]; buffer[0][1] = data[1101]; buffer[0][2] = data[1102]; buffer[0][3] = data[1103]; buffer[0][4] = data[1104]; buffer[0][5] = data[1105]; buffer[0][6] = data[1106]; buffer[0][7] = data[1107]; buffer[0][8] = data[1108]; buffer[0][9] = data[1109]; buffer[0][10] = data[1110]; buffer[0][11] = data[1111]; buffer[0][12] = data[1112]; buffer[0][13] = data[1113]; buffer[0][14] = data[1114]; buffer[0][15] = data[1115]; buffer[0][16] = data[1116]; buffer[0][17] = data[1117]; buffer[0][18] = data[1118]; buffer[0][19] = data[1119];

        }
        if (partition ==  56) {
            buffer[0][0] = data[1120]; buffer[0][1] = data[1121]; buffer[0][2] = data[1122]; buffer[0][3] = data[1123]; buffer[0][4] = data[1124]; buffer[0][5] = data[1125]; buffer[0][6] = data[1126]; buffer[0][7] = data[1127]; buffer[0][8] = data[1128]; buffer[0][9] = data[1129]; buffer[0][10] = data[1130]; buffer[0][11] = data[1131]; buffer[0][12] = data[1132]; buffer[0][13] = data[1133]; buffer[0][14] = data[1134]; buffer[0][15] = data[1135]; buffer[0][16] = data[1136]; buffer[0][17] = data[1137]; buffer[0][18] = data[1138]; buffer[0][19] = data[1139];

        }
        if (partition ==  57) {
            buffer[0][0] = data[1140]; buffer[0][1] = data[1141]; buffer[0][2] = data[1142]; buffer[0][3] = data[1143]; buffer[0][4] = data[1144]; buffer[0][5] = data[1145]; buffer[0][6] = data[1146]; buffer[0][7] = data[1147]; buffer[0][8] = data[1148]; buffer[0][9] = data[1149]; buffer[0][10] = data[1150]; buffer[0][11] = data[1151]; buffer[0][12] = data[1152]; buffer[0][13] = data[1153]; buffer[0][14] = data[1154]; buffer[0][15] = data[1155]; buffer[0][16] = data[1156]; buffer[0][17] = data[1157]; buffer[0][18] = data[1158]; buffer[0][19] = data[1159];

        }
        if (partition ==  58) {
            buffer[0][0] = data[1160]; buffer[0][1] = data[1161]; buffer[0][2] = data[1162]; buffer[0][3] = data[1163]; buffer[0][4] = data[1164]; buffer[0][5] = data[1165]; buffer[0][6] = data[1166]; buffer[0][7] = data[1167]; buffer[0][8] = data[1168]; buffer[0][9] = data[1169]; buffer[0][10] = data[1170]; buffer[0][11] = data[1171]; buffer[0][12] = data[1172]; buffer[0][13] = data[1173]; buffer[0][14] = data[1174]; buffer[0][15] = data[1175]; buffer[0][16] = data[1176]; buffer[0][17] = data[1177]; buffer[0][18] = data[1178]; buffer[0][19] = data[1179];

        }
        if (partition ==  59) {
            buffer[0][0] = data[1180]; buffer[0][1] = data[1181]; buffer[0][2] = data[1182]; buffer[0][3] = data[1183]; buffer[0][4] = data[1184]; buffer[0][5] = data[1185]; buffer[0][6] = data[1186]; buffer[0][7] = data[1187]; buffer[0][8] = data[1188]; buffer[0][9] = data[1189]; buffer[0][10] = data[1190]; buffer[0][11] = data[1191]; buffer[0][12] = data[1192]; buffer[0][13] = data[1193]; buffer[0][14] = data[1194]; buffer[0][15] = data[1195]; buffer[0][16] = data[1196]; buffer[0][17] = data[1197]; buffer[0][18] = data[1198]; buffer[0][19] = data[1199];

        }
        if (partition ==  60) {
            buffer[0][0] = data[1200]; buffer[0][1] = data[1201]; buffer[0][2] = data[1202]; buffer[0][3] = data[1203]; buffer[0][4] = data[1204]; buffer[0][5] = data[1205]; buffer[0][6] = data[1206]; buffer[0][7] = data[1207]; buffer[0][8] = data[1208]; buffer[0][9] = data[1209]; buffer[0][10] = data[1210]; buffer[0][11] = data[1211]; buffer[0][12] = data[1212]; buffer[0][13] = data[1213]; buffer[0][14] = data[1214]; buffer[0][15] = data[1215]; buffer[0][16] = data[1216]; buffer[0][17] = data[1217]; buffer[0][18] = data[1218]; buffer[0][19] = data[1219];

        }
        if (partition ==  61) {
            buffer[0][0] = data[1220]; buffer[0][1] = data[1221]; buffer[0][2] = data[1222]; buffer[0][3] = data[1223]; buffer[0][4] = data[1224]; buffer[0][5] = data[1225]; buffer[0][6] = data[1226]; buffer[0][7] = data[1227]; buffer[0][8] = data[1228]; buffer[0][9] = data[1229]; buffer[0][10] = data[1230]; buffer[0][11] = data[1231]; buffer[0][12] = data[1232]; buffer[0][13] = data[1233]; buffer[0][14] = data[1234]; buffer[0][15] = data[1235]; buffer[0][16] = data[1236]; buffer[0][17] = data[1237]; buffer[0][18] = data[1238]; buffer[0][19] = data[1239];

        }
        if (partition ==  62) {
            buffer[0][0] = data[1240]; buffer[0][1] = data[1241]; buffer[0][2] = data[1242]; buffer[0][3] = data[1243]; buffer[0][4] = data[1244]; buffer[0][5] = data[1245]; buffer[0][6] = data[1246]; buffer[0][7] = data[1247]; buffer[0][8] = data[1248]; buffer[0][9] = data[1249]; buffer[0][10] = data[1250]; buffer[0][11] = data[1251]; buffer[0][12] = data[1252]; buffer[0][13] = data[1253]; buffer[0][14] = data[1254]; buffer[0][15] = data[1255]; buffer[0][16] = data[1256]; buffer[0][17] = data[1257]; buffer[0][18] = data[1258]; buffer[0][19] = data[1259];

        }
        if (partition ==  63) {
            buffer[0][0] = data[1260]; buffer[0][1] = data[1261]; buffer[0][2] = data[1262]; buffer[0][3] = data[1263]; buffer[0][4] = data[1264]; buffer[0][5] = data[1265]; buffer[0][6] = data[1266]; buffer[0][7] = data[1267]; buffer[0][8] = data[1268]; buffer[0][9] = data[1269]; buffer[0][10] = data[1270]; buffer[0][11] = data[1271]; buffer[0][12] = data[1272]; buffer[0][13] = data[1273]; buffer[0][14] = data[1274]; buffer[0][15] = data[1275]; buffer[0][16] = data[1276]; buffer[0][17] = data[1277]; buffer[0][18] = data[1278]; buffer[0][19] = data[1279];

        }
        if (partition ==  64) {
            buffer[0][0] = data[1280]; buffer[0][1] = data[1281]; buffer[0][2] = data[1282]; buffer[0][3] = data[1283]; buffer[0][4] = data[1284]; buffer[0][5] = data[1285]; buffer[0][6] = data[1286]; buffer[0][7] = data[1287]; buffer[0][8] = data[1288]; buffer[0][9] = data[1289]; buffer[0][10] = data[1290]; buffer[0][11] = data[1291]; buffer[0][12] = data[1292]; buffer[0][13] = data[1293]; buffer[0][14] = data[1294]; buffer[0][15] = data[1295]; buffer[0][16] = data[1296]; buffer[0][17] = data[1297]; buffer[0][18] = data[1298]; buffer[0][19] = data[1299];

        }
        if (partition ==  65) {
            buffer[0][0] = data[1300]; buffer[0][1] = data[1301]; buffer[0][2] = data[1302]; buffer[0][3] = data[1303]; buffer[0][4] = data[1304]; buffer[0][5] = data[1305]; buffer[0][6] = data[1306]; buffer[0][7] = data[1307]; buffer[0][8] = data[1308]; buffer[0][9] = data[1309]; buffer[0][10] = data[1310]; buffer[0][11] = data[1311]; buffer[0][12] = data[1312]; buffer[0][13] = data[1313]; buffer[0][14] = data[1314]; buffer[0][15] = data[1315]; buffer[0][16] = data[1316]; buffer[0][17] = data[1317]; buffer[0][18] = data[1318]; buffer[0][19] = data[1319];

        }
        if (partition ==  66) {
            buffer[0][0] = data[1320]; buffer[0][1] = data[1321]; buffer[0][2] = data[1322]; buffer[0][3] = data[1323]; buffer[0][4] = data[1324]; buffer[0][5] = data[1325]; buffer[0][6] = data[1326]; buffer[0][7] = data[1327]; buffer[0][8] = data[1328]; buffer[0][9] = data[1329]; buffer[0][10] = data[1330]; buffer[0][11] = data[1331]; buffer[0][12] = data[1332]; buffer[0][13] = data[1333]; buffer[0][14] = data[1334]; buffer[0][15] = data[1335]; buffer[0][16] = data[1336]; buffer[0][17] = data[1337]; buffer[0][18] = data[1338]; buffer[0][19] = data[1339];

        }
        if (partition ==  67) {
            buffer[0][0] = data[1340]; buffer[0][1] = data[1341]; buffer[0][2] = data[1342]; buffer[0][3] = data[1343]; buffer[0][4] = data[1344]; buffer[0][5] = data[1345]; buffer[0][6] = data[1346]; buffer[0][7] = data[1347]; buffer[0][8] = data[1348]; buffer[0][9] = data[1349]; buffer[0][10] = data[1350]; buffer[0][11] = data[1351]; buffer[0][12] = data[1352]; buffer[0][13] = data[1353]; buffer[0][14] = data[1354]; buffer[0][15] = data[1355]; buffer[0][16] = data[1356]; buffer[0][17] = data[1357]; buffer[0][18] = data[1358]; buffer[0][19] = data[1359];

        }
        if (partition ==  68) {
            buffer[0][0] = data[1360]; buffer[0][1] = data[1361]; buffer[0][2] = data[1362]; buffer[0][3] = data[1363]; buffer[0][4] = data[1364]; buffer[0][5] = data[1365]; buffer[0][6] = data[1366]; buffer[0][7] = data[1367]; buffer[0][8] = data[1368]; buffer[0][9] = data[1369]; buffer[0][10] = data[1370]; buffer[0][11] = data[1371]; buffer[0][12] = data[1372]; buffer[0][13] = data[1373]; buffer[0][14] = data[1374]; buffer[0][15] = data[1375]; buffer[0][16] = data[1376]; buffer[0][17] = data[1377]; buffer[0][18] = data[1378]; buffer[0][19] = data[1379];

        }
        if (partition ==  69) {
            buffer[0][0] = data[1380]; buffer[0][1] = data[1381]; buffer[0][2] = data[1382]; buffer[0][3] = data[1383]; buffer[0][4] = data[1384]; buffer[0][5] = data[1385]; buffer[0][6] = data[1386]; buffer[0][7] = data[1387]; buffer[0][8] = data[1388]; buffer[0][9] = data[1389]; buffer[0][10] = data[1390]; buffer[0][11] = data[1391]; buffer[0][12] = data[1392]; buffer[0][13] = data[1393]; buffer[0][14] = data[1394]; buffer[0][15] = data[1395]; buffer[0][16] = data[1396]; buffer[0][17] = data[1397]; buffer[0][18] = data[1398]; buffer[0][19] = data[1399];

        }
        if (partition ==  70) {
            buffer[0][0] = data[1400]; buffer[0][1] = data[1401]; buffer[0][2] = data[1402]; buffer[0][3] = data[1403]; buffer[0][4] = data[1404]; buffer[0][5] = data[1405]; buffer[0][6] = data[1406]; buffer[0][7] = data[1407]; buffer[0][8] = data[1408]; buffer[0][9] = data[1409]; buffer[0][10] = data[1410]; buffer[0][11] = data[1411]; buffer[0][12] = data[1412]; buffer[0][13] = data[1413]; buffer[0][14] = data[1414]; buffer[0][15] = data[1415]; buffer[0][16] = data[1416]; buffer[0][17] = data[1417]; buffer[0][18] = data[1418]; buffer[0][19] = data[1419];

        }
        if (partition ==  71) {
            buffer[0][0] = data[1420]; buffer[0][1] = data[1421]; buffer[0][2] = data[1422]; buffer[0][3] = data[1423]; buffer[0][4] = data[1424]; buffer[0][5] = data[1425]; buffer[0][6] = data[1426]; buffer[0][7] = data[1427]; buffer[0][8] = data[1428]; buffer[0][9] = data[1429]; buffer[0][10] = data[1430]; buffer[0][11] = data[1431]; buffer[0][12] = data[1432]; buffer[0][13] = data[1433]; buffer[0][14] = data[1434]; buffer[0][15] = data[1435]; buffer[0][16] = data[1436]; buffer[0][17] = data[1437]; buffer[0][18] = data[1438]; buffer[0][19] = data[1439];

        }
        if (partition ==  72) {
            buffer[0][0] = data[1440]; buffer[0][1] = data[1441]; buffer[0][2] = data[1442]; buffer[0][3] = data[1443]; buffer[0][4] = data[1444]; buffer[0][5] = data[1445]; buffer[0][6] = data[1446]; buffer[0][7] = data[1447]; buffer[0][8] = data[1448]; buffer[0][9] = data[1449]; buffer[0][10] = data[1450]; buffer[0][11] = data[1451]; buffer[0][12] = data[1452]; buffer[0][13] = data[1453]; buffer[0][14] = data[1454]; buffer[0][15] = data[1455]; buffer[0][16] = data[1456]; buffer[0][17] = data[1457]; buffer[0][18] = data[1458]; buffer[0][19] = data[1459];

        }
        if (partition ==  73) {
            buffer[0][0] = data[1460]; buffer[0][1] = data[1461]; buffer[0][2] = data[1462]; buffer[0][3] = data[1463]; buffer[0][4] = data[1464]; buffer[0][5] = data[1465]; buffer[0][6] = data[1466]; buffer[0][7] = data[1467]; buffer[0][8] = data[1468]; buffer[0][9] = data[1469]; buffer[0][10] = data[1470]; buffer[0][11] = data[1471]; buffer[0][12] = data[1472]; buffer[0][13] = data[1473]; buffer[0][14] = data[1474]; buffer[0][15] = data[1475]; buffer[0][16] = data[1476]; buffer[0][17] = data[1477]; buffer[0][18] = data[1478]; buffer[0][19] = data[1479];

        }
        if (partition ==  74) {
            buffer[0][0] = data[1480]; buffer[0][1] = data[1481]; buffer[0][2] = data[1482]; buffer[0][3] = data[1483]; buffer[0][4] = data[1484]; buffer[0][5] = data[1485]; buffer[0][6] = data[1486]; buffer[0][7] = data[1487]; buffer[0][8] = data[1488]; buffer[0][9] = data[1489]; buffer[0][10] = data[1490]; buffer[0][11] = data[1491]; buffer[0][12] = data[1492]; buffer[0][13] = data[1493]; buffer[0][14] = data[1494]; buffer[0][15] = data[1495]; buffer[0][16] = data[1496]; buffer[0][17] = data[1497]; buffer[0][18] = data[1498]; buffer[0][19] = data[1499];

        }
        if (partition ==  75) {
            buffer[0][0] = data[1500]; buffer[0][1] = data[1501]; buffer[0][2] = data[1502]; buffer[0][3] = data[1503]; buffer[0][4] = data[1504]; buffer[0][5] = data[1505]; buffer[0][6] = data[1506]; buffer[0][7] = data[1507]; buffer[0][8] = data[1508]; buffer[0][9] = data[1509]; buffer[0][10] = data[1510]; buffer[0][11] = data[1511]; buffer[0][12] = data[1512]; buffer[0][13] = data[1513]; buffer[0][14] = data[1514]; buffer[0][15] = data[1515]; buffer[0][16] = data[1516]; buffer[0][17] = data[1517]; buffer[0][18] = data[1518]; buffer[0][19] = data[1519];

        }
        if (partition ==  76) {
            buffer[0][0] = data[1520]; buffer[0][1] = data[1521]; buffer[0][2] = data[1522]; buffer[0][3] = data[1523]; buffer[0][4] = data[1524]; buffer[0][5] = data[1525]; buffer[0][6] = data[1526]; buffer[0][7] = data[1527]; buffer[0][8] = data[1528]; buffer[0][9] = data[1529]; buffer[0][10] = data[1530]; buffer[0][11] = data[1531]; buffer[0][12] = data[1532]; buffer[0][13] = data[1533]; buffer[0][14] = data[1534]; buffer[0][15] = data[1535]; buffer[0][16] = data[1536]; buffer[0][17] = data[1537]; buffer[0][18] = data[1538]; buffer[0][19] = data[1539];

        }
        if (partition ==  77) {
            buffer[0][0] = data[1540]; buffer[0][1] = data[1541]; buffer[0][2] = data[1542]; buffer[0][3] = data[1543]; buffer[0][4] = data[1544]; buffer[0][5] = data[1545]; buffer[0][6] = data[1546]; buffer[0][7] = data[1547]; buffer[0][8] = data[1548]; buffer[0][9] = data[1549]; buffer[0][10] = data[1550]; buffer[0][11] = data[1551]; buffer[0][12] = data[1552]; buffer[0][13] = data[1553]; buffer[0][14] = data[1554]; buffer[0][15] = data[1555]; buffer[0][16] = data[1556]; buffer[0][17] = data[1557]; buffer[0][18] = data[1558]; buffer[0][19] = data[1559];

        }
        if (partition ==  78) {
            buffer[0][0] = data[1560]; buffer[0][1] = data[1561]; buffer[0][2] = data[1562]; buffer[0][3] = data[1563]; buffer[0][4] = data[1564]; buffer[0][5] = data[1565]; buffer[0][6] = data[1566]; buffer[0][7] = data[1567]; buffer[0][8] = data[1568]; buffer[0][9] = data[1569]; buffer[0][10] = data[1570]; buffer[0][11] = data[1571]; buffer[0][12] = data[1572]; buffer[0][13] = data[1573]; buffer[0][14] = data[1574]; buffer[0][15] = data[1575]; buffer[0][16] = data[1576]; buffer[0][17] = data[1577]; buffer[0][18] = data[1578]; buffer[0][19] = data[1579];

        }
        if (partition ==  79) {
            buffer[0][0] = data[1580]; buffer[0][1] = data[1581]; buffer[0][2] = data[1582]; buffer[0][3] = data[1583]; buffer[0][4] = data[1584]; buffer[0][5] = data[1585]; buffer[0][6] = data[1586]; buffer[0][7] = data[1587]; buffer[0][8] = data[1588]; buffer[0][9] = data[1589]; buffer[0][10] = data[1590]; buffer[0][11] = data[1591]; buffer[0][12] = data[1592]; buffer[0][13] = data[1593]; buffer[0][14] = data[1594]; buffer[0][15] = data[1595]; buffer[0][16] = data[1596]; buffer[0][17] = data[1597]; buffer[0][18] = data[1598]; buffer[0][19] = data[1599];

        }
        if (partition ==  80) {
            buffer[0][0] = data[1600]; buffer[0][1] = data[1601]; buffer[0][2] = data[1602]; buffer[0][3] = data[1603]; buffer[0][4] = data[1604]; buffer[0][5] = data[1605]; buffer[0][6] = data[1606]; buffer[0][7] = data[1607]; buffer[0][8] = data[1608]; buffer[0][9] = data[1609]; buffer[0][10] = data[1610]; buffer[0][11] = data[1611]; buffer[0][12] = data[1612]; buffer[0][13] = data[1613]; buffer[0][14] = data[1614]; buffer[0][15] = data[1615]; buffer[0][16] = data[1616]; buffer[0][17] = data[1617]; buffer[0][18] = data[1618]; buffer[0][19] = data[1619];

        }
        if (partition ==  81) {
            buffer[0][0] = data[1620]; buffer[0][1] = data[1621]; buffer[0][2] = data[1622]; buffer[0][3] = data[1623]; buffer[0][4] = data[1624]; buffer[0][5] = data[1625]; buffer[0][6] = data[1626]; buffer[0][7] = data[1627]; buffer[0][8] = data[1628]; buffer[0][9] = data[1629]; buffer[0][10] = data[1630]; buffer[0][11] = data[1631]; buffer[0][12] = data[1632]; buffer[0][13] = data[1633]; buffer[0][14] = data[1634]; buffer[0][15] = data[1635]; buffer[0][16] = data[1636]; buffer[0][17] = data[1637]; buffer[0][18] = data[1638]; buffer[0][19] = data[1639];

        }
        if (partition ==  82) {
            buffer[0][0] = data[1640]; buffer[0][1] = data[1641]; buffer[0][2] = data[1642]; buffer[0][3] = data[1643]; buffer[0][4] = data[1644]; buffer[0][5] = data[1645]; buffer[0][6] = data[1646]; buffer[0][7] = data[1647]; buffer[0][8] = data[1648]; buffer[0][9] = data[1649]; buffer[0][10] = data[1650]; buffer[0][11] = data[1651]; buffer[0][12] = data[1652]; buffer[0][13] = data[1653]; buffer[0][14] = data[1654]; buffer[0][15] = data[1655]; buffer[0][16] = data[1656]; buffer[0][17] = data[1657]; buffer[0][18] = data[1658]; buffer[0][19] = data[1659];

        }
        if (partition ==  83) {
            buffer[0][0] = data[1660]; buffer[0][1] = data[1661]; buffer[0][2] = data[1662]; buffer[0][3] = data[1663]; buffer[0][4] = data[1664]; buffer[0][5] = data[1665]; buffer[0][6] = data[1666]; buffer[0][7] = data[1667]; buffer[0][8] = data[1668]; buffer[0][9] = data[1669]; buffer[0][10] = data[1670]; buffer[0][11] = data[1671]; buffer[0][12] = data[1672]; buffer[0][13] = data[1673]; buffer[0][14] = data[1674]; buffer[0][15] = data[1675]; buffer[0][16] = data[1676]; buffer[0][17] = data[1677]; buffer[0][18] = data[1678]; buffer[0][19] = data[1679];

        }
        if (partition ==  84) {
            buffer[0][0] = data[1680]; buffer[0][1] = data[1681]; buffer[0][2] = data[1682]; buffer[0][3] = data[1683]; buffer[0][4] = data[1684]; buffer[0][5] = data[1685]; buffer[0][6] = data[1686]; buffer[0][7] = data[1687]; buffer[0][8] = data[1688]; buffer[0][9] = data[1689]; buffer[0][10] = data[1690]; buffer[0][11] = data[1691]; buffer[0][12] = data[1692]; buffer[0][13] = data[1693]; buffer[0][14] = data[1694]; buffer[0][15] = data[1695]; buffer[0][16] = data[1696]; buffer[0][17] = data[1697]; buffer[0][18] = data[1698]; buffer[0][19] = data[1699];

        }
        if (partition ==  85) {
            buffer[0][0] = data[1700]; buffer[0][1] = data[1701]; buffer[0][2] = data[1702]; buffer[0][3] = data[1703]; buffer[0][4] = data[1704]; buffer[0][5] = data[1705]; buffer[0][6] = data[1706]; buffer[0][7] = data[1707]; buffer[0][8] = data[1708]; buffer[0][9] = data[1709]; buffer[0][10] = data[1710]; buffer[0][11] = data[1711]; buffer[0][12] = data[1712]; buffer[0][13] = data[1713]; buffer[0][14] = data[1714]; buffer[0][15] = data[1715]; buffer[0][16] = data[1716]; buffer[0][17] = data[1717]; buffer[0][18] = data[1718]; buffer[0][19] = data[1719];

        }
        if (partition ==  86) {
            buffer[0][0] = data[1720]; buffer[0][1] = data[1721]; buffer[0][2] = data[1722]; buffer[0][3] = data[1723]; buffer[0][4] = data[1724]; buffer[0][5] = data[1725]; buffer[0][6] = data[1726]; buffer[0][7] = data[1727]; buffer[0][8] = data[1728]; buffer[0][9] = data[1729]; buffer[0][10] = data[1730]; buffer[0][11] = data[1731]; buffer[0][12] = data[1732]; buffer[0][13] = data[1733]; buffer[0][14] = data[1734]; buffer[0][15] = data[1735]; buffer[0][16] = data[1736]; buffer[0][17] = data[1737]; buffer[0][18] = data[1738]; buffer[0][19] = data[1739];

        }
        if (partition ==  87) {
            buffer[0][0] = data[1740]; buffer[0][1] = data[1741]; buffer[0][2] = data[1742]; buffer[0][3] = data[1743]; buffer[0][4] = data[1744]; buffer[0][5] = data[1745]; buffer[0][6] = data[1746]; buffer[0][7] = data[1747]; buffer[0][8] = data[1748]; buffer[0][9] = data[1749]; buffer[0][10] = data[1750]; buffer[0][11] = data[1751]; buffer[0][12] = data[1752]; buffer[0][13] = data[1753]; buffer[0][14] = data[1754]; buffer[0][15] = data[1755]; buffer[0][16] = data[1756]; buffer[0][17] = data[1757]; buffer[0][18] = data[1758]; buffer[0][19] = data[1759];

        }
        if (partition ==  88) {
            buffer[0][0] = data[1760]; buffer[0][1] = data[1761]; buffer[0][2] = data[1762]; buffer[0][3] = data[1763]; buffer[0][4] = data[1764]; buffer[0][5] = data[1765]; buffer[0][6] = data[1766]; buffer[0][7] = data[1767]; buffer[0][8] = data[1768]; buffer[0][9] = data[1769]; buffer[0][10] = data[1770]; buffer[0][11] = data[1771]; buffer[0][12] = data[1772]; buffer[0][13] = data[1773]; buffer[0][14] = data[1774]; buffer[0][15] = data[1775]; buffer[0][16] = data[1776]; buffer[0][17] = data[1777]; buffer[0][18] = data[1778]; buffer[0][19] = data[1779];

        }
        if (partition ==  89) {
            buffer[0][0] = data[1780]; buffer[0][1] = data[1781]; buffer[0][2] = data[1782]; buffer[0][3] = data[1783]; buffer[0][4] = data[1784]; buffer[0][5] = data[1785]; buffer[0][6] = data[1786]; buffer[0][7] = data[1787]; buffer[0][8] = data[1788]; buffer[0][9] = data[1789]; buffer[0][10] = data[1790]; buffer[0][11] = data[1791]; buffer[0][12] = data[1792]; buffer[0][13] = data[1793]; buffer[0][14] = data[1794]; buffer[0][15] = data[1795]; buffer[0][16] = data[1796]; buffer[0][17] = data[1797]; buffer[0][18] = data[1798]; buffer[0][19] = data[1799];

        }
        if (partition ==  90) {
            buffer[0][0] = data[1800]; buffer[0][1] = data[1801]; buffer[0][2] = data[1802]; buffer[0][3] = data[1803]; buffer[0][4] = data[1804]; buffer[0][5] = data[1805]; buffer[0][6] = data[1806]; buffer[0][7] = data[1807]; buffer[0][8] = data[1808]; buffer[0][9] = data[1809]; buffer[0][10] = data[1810]; buffer[0][11] = data[1811]; buffer[0][12] = data[1812]; buffer[0][13] = data[1813]; buffer[0][14] = data[1814]; buffer[0][15] = data[1815]; buffer[0][16] = data[1816]; buffer[0][17] = data[1817]; buffer[0][18] = data[1818]; buffer[0][19] = data[1819];

        }
        if (partition ==  91) {
            buffer[0][0] = data[1820]; buffer[0][1] = data[1821]; buffer[0][2] = data[1822]; buffer[0][3] = data[1823]; buffer[0][4] = data[1824]; buffer[0][5] = data[1825]; buffer[0][6] = data[1826]; buffer[0][7] = data[1827]; buffer[0][8] = data[1828]; buffer[0][9] = data[1829]; buffer[0][10] = data[1830]; buffer[0][11] = data[1831]; buffer[0][12] = data[1832]; buffer[0][13] = data[1833]; buffer[0][14] = data[1834]; buffer[0][15] = data[1835]; buffer[0][16] = data[1836]; buffer[0][17] = data[1837]; buffer[0][18] = data[1838]; buffer[0][19] = data[1839];

        }
        if (partition ==  92) {
            buffer[0][0] = data[1840]; buffer[0][1] = data[1841]; buffer[0][2] = data[1842]; buffer[0][3] = data[1843]; buffer[0][4] = data[1844]; buffer[0][5] = data[1845]; buffer[0][6] = data[1846]; buffer[0][7] = data[1847]; buffer[0][8] = data[1848]; buffer[0][9] = data[1849]; buffer[0][10] = data[1850]; buffer[0][11] = data[1851]; buffer[0][12] = data[1852]; buffer[0][13] = data[1853]; buffer[0][14] = data[1854]; buffer[0][15] = data[1855]; buffer[0][16] = data[1856]; buffer[0][17] = data[1857]; buffer[0][18] = data[1858]; buffer[0][19] = data[1859];

        }
        if (partition ==  93) {
            buffer[0][0] = data[1860]; buffer[0][1] = data[1861]; buffer[0][2] = data[1862]; buffer[0][3] = data[1863]; buffer[0][4] = data[1864]; buffer[0][5] = data[1865]; buffer[0][6] = data[1866]; buffer[0][7] = data[1867]; buffer[0][8] = data[1868]; buffer[0][9] = data[1869]; buffer[0][10] = data[1870]; buffer[0][11] = data[1871]; buffer[0][12] = data[1872]; buffer[0][13] = data[1873]; buffer[0][14] = data[1874]; buffer[0][15] = data[1875]; buffer[0][16] = data[1876]; buffer[0][17] = data[1877]; buffer[0][18] = data[1878]; buffer[0][19] = data[1879];

        }
        if (partition ==  94) {
            buffer[0][0] = data[1880]; buffer[0][1] = data[1881]; buffer[0][2] = data[1882]; buffer[0][3] = data[1883]; buffer[0][4] = data[1884]; buffer[0][5] = data[1885]; buffer[0][6] = data[1886]; buffer[0][7] = data[1887]; buffer[0][8] = data[1888]; buffer[0][9] = data[1889]; buffer[0][10] = data[1890]; buffer[0][11] = data[1891]; buffer[0][12] = data[1892]; buffer[0][13] = data[1893]; buffer[0][14] = data[1894]; buffer[0][15] = data[1895]; buffer[0][16] = data[1896]; buffer[0][17] = data[1897]; buffer[0][18] = data[1898]; buffer[0][19] = data[1899];

        }
        if (partition ==  95) {
            buffer[0][0] = data[1900]; buffer[0][1] = data[1901]; buffer[0][2] = data[1902]; buffer[0][3] = data[1903]; buffer[0][4] = data[1904]; buffer[0][5] = data[1905]; buffer[0][6] = data[1906]; buffer[0][7] = data[1907]; buffer[0][8] = data[1908]; buffer[0][9] = data[1909]; buffer[0][10] = data[1910]; buffer[0][11] = data[1911]; buffer[0][12] = data[1912]; buffer[0][13] = data[1913]; buffer[0][14] = data[1914]; buffer[0][15] = data[1915]; buffer[0][16] = data[1916]; buffer[0][17] = data[1917]; buffer[0][18] = data[1918]; buffer[0][19] = data[1919];

        }
        if (partition ==  96) {
            buffer[0][0] = data[1920]; buffer[0][1] = data[1921]; buffer[0][2] = data[1922]; buffer[0][3] = data[1923]; buffer[0][4] = data[1924]; buffer[0][5] = data[1925]; buffer[0][6] = data[1926]; buffer[0][7] = data[1927]; buffer[0][8] = data[1928]; buffer[0][9] = data[1929]; buffer[0][10] = data[1930]; buffer[0][11] = data[1931]; buffer[0][12] = data[1932]; buffer[0][13] = data[1933]; buffer[0][14] = data[1934]; buffer[0][15] = data[1935]; buffer[0][16] = data[1936]; buffer[0][17] = data[1937]; buffer[0][18] = data[1938]; buffer[0][19] = data[1939];

        }
        if (partition ==  97) {
            buffer[0][0] = data[1940]; buffer[0][1] = data[1941]; buffer[0][2] = data[1942]; buffer[0][3] = data[1943]; buffer[0][4] = data[1944]; buffer[0][5] = data[1945]; buffer[0][6] = data[1946]; buffer[0][7] = data[1947]; buffer[0][8] = data[1948]; buffer[0][9] = data[1949]; buffer[0][10] = data[1950]; buffer[0][11] = data[1951]; buffer[0][12] = data[1952]; buffer[0][13] = data[1953]; buffer[0][14] = data[1954]; buffer[0][15] = data[1955]; buffer[0][16] = data[1956]; buffer[0][17] = data[1957]; buffer[0][18] = data[1958]; buffer[0][19] = data[1959];

        }
        if (partition ==  98) {
            buffer[0][0] = data[1960]; buffer[0][1] = data[1961]; buffer[0][2] = data[1962]; buffer[0][3] = data[1963]; buffer[0][4] = data[1964]; buffer[0][5] = data[1965]; buffer[0][6] = data[1966]; buffer[0][7] = data[1967]; buffer[0][8] = data[1968]; buffer[0][9] = data[1969]; buffer[0][10] = data[1970]; buffer[0][11] = data[1971]; buffer[0][12] = data[1972]; buffer[0][13] = data[1973]; buffer[0][14] = data[1974]; buffer[0][15] = data[1975]; buffer[0][16] = data[1976]; buffer[0][17] = data[1977]; buffer[0][18] = data[1978]; buffer[0][19] = data[1979];

        }
        if (partition ==  99) {
            buffer[0][0] = data[1980]; buffer[0][1] = data[1981]; buffer[0][2] = data[1982]; buffer[0][3] = data[1983]; buffer[0][4] = data[1984]; buffer[0][5] = data[1985]; buffer[0][6] = data[1986]; buffer[0][7] = data[1987]; buffer[0][8] = data[1988]; buffer[0][9] = data[1989]; buffer[0][10] = data[1990]; buffer[0][11] = data[1991]; buffer[0][12] = data[1992]; buffer[0][13] = data[1993]; buffer[0][14] = data[1994]; buffer[0][15] = data[1995]; buffer[0][16] = data[1996]; buffer[0][17] = data[1997]; buffer[0][18] = data[1998]; buffer[0][19] = data[1999];

        }
        if (partition == 100) {
            buffer[0][0] = data[2000]; buffer[0][1] = data[2001]; buffer[0][2] = data[2002]; buffer[0][3] = data[2003]; buffer[0][4] = data[2004]; buffer[0][5] = data[2005]; buffer[0][6] = data[2006]; buffer[0][7] = data[2007]; buffer[0][8] = data[2008]; buffer[0][9] = data[2009]; buffer[0][10] = data[2010]; buffer[0][11] = data[2011]; buffer[0][12] = data[2012]; buffer[0][13] = data[2013]; buffer[0][14] = data[2014]; buffer[0][15] = data[2015]; buffer[0][16] = data[2016]; buffer[0][17] = data[2017]; buffer[0][18] = data[2018]; buffer[0][19] = data[2019];

        }
        if (partition == 101) {
            buffer[0][0] = data[2020]; buffer[0][1] = data[2021]; buffer[0][2] = data[2022]; buffer[0][3] = data[2023]; buffer[0][4] = data[2024]; buffer[0][5] = data[2025]; buffer[0][6] = data[2026]; buffer[0][7] = data[2027]; buffer[0][8] = data[2028]; buffer[0][9] = data[2029]; buffer[0][10] = data[2030]; buffer[0][11] = data[2031]; buffer[0][12] = data[2032]; buffer[0][13] = data[2033]; buffer[0][14] = data[2034]; buffer[0][15] = data[2035]; buffer[0][16] = data[2036]; buffer[0][17] = data[2037]; buffer[0][18] = data[2038]; buffer[0][19] = data[2039];

        }
        if (partition == 102) {
            buffer[0][0] = data[2040]; buffer[0][1] = data[2041]; buffer[0][2] = data[2042]; buffer[0][3] = data[2043]; buffer[0][4] = data[2044]; buffer[0][5] = data[2045]; buffer[0][6] = data[2046]; buffer[0][7] = data[2047]; buffer[0][8] = data[2048]; buffer[0][9] = data[2049]; buffer[0][10] = data[2050]; buffer[0][11] = data[2051]; buffer[0][12] = data[2052]; buffer[0][13] = data[2053]; buffer[0][14] = data[2054]; buffer[0][15] = data[2055]; buffer[0][16] = data[2056]; buffer[0][17] = data[2057]; buffer[0][18] = data[2058]; buffer[0][19] = data[2059];

        }
        if (partition == 103) {
            buffer[0][0] = data[2060]; buffer[0][1] = data[2061]; buffer[0][2] = data[2062]; buffer[0][3] = data[2063]; buffer[0][4] = data[2064]; buffer[0][5] = data[2065]; buffer[0][6] = data[2066]; buffer[0][7] = data[2067]; buffer[0][8] = data[2068]; buffer[0][9] = data[2069]; buffer[0][10] = data[2070]; buffer[0][11] = data[2071]; buffer[0][12] = data[2072]; buffer[0][13] = data[2073]; buffer[0][14] = data[2074]; buffer[0][15] = data[2075]; buffer[0][16] = data[2076]; buffer[0][17] = data[2077]; buffer[0][18] = data[2078]; buffer[0][19] = data[2079];

        }
        if (partition == 104) {
            buffer[0][0] = data[2080]; buffer[0][1] = data[2081]; buffer[0][2] = data[2082]; buffer[0][3] = data[2083]; buffer[0][4] = data[2084]; buffer[0][5] = data[2085]; buffer[0][6] = data[2086]; buffer[0][7] = data[2087]; buffer[0][8] = data[2088]; buffer[0][9] = data[2089]; buffer[0][10] = data[2090]; buffer[0][11] = data[2091]; buffer[0][12] = data[2092]; buffer[0][13] = data[2093]; buffer[0][14] = data[2094]; buffer[0][15] = data[2095]; buffer[0][16] = data[2096]; buffer[0][17] = data[2097]; buffer[0][18] = data[2098]; buffer[0][19] = data[2099];

        }
        if (partition == 105) {
            buffer[0][0] = data[2100]; buffer[0][1] = data[2101]; buffer[0][2] = data[2102]; buffer[0][3] = data[2103]; buffer[0][4] = data[2104]; buffer[0][5] = data[2105]; buffer[0][6] = data[2106]; buffer[0][7] = data[2107]; buffer[0][8] = data[2108]; buffer[0][9] = data[2109]; buffer[0][10] = data[2110]; buffer[0][11] = data[2111]; buffer[0][12] = data[2112]; buffer[0][13] = data[2113]; buffer[0][14] = data[2114]; buffer[0][15] = data[2115]; buffer[0][16] = data[2116]; buffer[0][17] = data[2117]; buffer[0][18] = data[2118]; buffer[0][19] = data[2119];

        }
        if (partition == 106) {
            buffer[0][0] = data[2120]; buffer[0][1] = data[2121]; buffer[0][2] = data[2122]; buffer[0][3] = data[2123]; buffer[0][4] = data[2124]; buffer[0][5] = data[2125]; buffer[0][6] = data[2126]; buffer[0][7] = data[2127]; buffer[0][8] = data[2128]; buffer[0][9] = data[2129]; buffer[0][10] = data[2130]; buffer[0][11] = data[2131]; buffer[0][12] = data[2132]; buffer[0][13] = data[2133]; buffer[0][14] = data[2134]; buffer[0][15] = data[2135]; buffer[0][16] = data[2136]; buffer[0][17] = data[2137]; buffer[0][18] = data[2138]; buffer[0][19] = data[2139];

        }
        if (partition == 107) {
            buffer[0][0] = data[2140]; buffer[0][1] = data[2141]; buffer[0][2] = data[2142]; buffer[0][3] = data[2143]; buffer[0][4] = data[2144]; buffer[0][5] = data[2145]; buffer[0][6] = data[2146]; buffer[0][7] = data[2147]; buffer[0][8] = data[2148]; buffer[0][9] = data[2149]; buffer[0][10] = data[2150]; buffer[0][11] = data[2151]; buffer[0][12] = data[2152]; buffer[0][13] = data[2153]; buffer[0][14] = data[2154]; buffer[0][15] = data[2155]; buffer[0][16] = data[2156]; buffer[0][17] = data[2157]; buffer[0][18] = data[2158]; buffer[0][19] = data[2159];

        }
        if (partition == 108) {
            buffer[0][0] = data[2160]; buffer[0][1] = data[2161]; buffer[0][2] = data[2162]; buffer[0][3] = data[2163]; buffer[0][4] = data[2164]; buffer[0][5] = data[2165]; buffer[0][6] = data[2166]; buffer[0][7] = data[2167]; buffer[0][8] = data[2168]; buffer[0][9] = data[2169]; buffer[0][10] = data[2170]; buffer[0][11] = data[2171]; buffer[0][12] = data[2172]; buffer[0][13] = data[2173]; buffer[0][14] = data[2174]; buffer[0][15] = data[2175]; buffer[0][16] = data[2176]; buffer[0][17] = data[2177]; buffer[0][18] = data[2178]; buffer[0][19] = data[2179];

        }
        if (partition == 109) {
            buffer[0][0] = data[2180]; buffer[0][1] = data[2181]; buffer[0][2] = data[2182]; buffer[0][3] = data[2183]; buffer[0][4] = data[2184]; buffer[0][5] = data[2185]; buffer[0][6] = data[2186]; buffer[0][7] = data[2187]; buffer[0][8] = data[2188]; buffer[0][9] = data[2189]; buffer[0][10] = data[2190]; buffer[0][11] = data[2191]; buffer[0][12] = data[2192]; buffer[0][13] = data[2193]; buffer[0][14] = data[2194]; buffer[0][15] = data[2195]; buffer[0][16] = data[2196]; buffer[0][17] = data[2197]; buffer[0][18] = data[2198]; buffer[0][19] = data[2199];

        }
        if (partition == 110) {
            buffer[0][0] = data[2200]; buffer[0][1] = data[2201]; buffer[0][2] = data[2202]; buffer[0][3] = data[2203]; buffer[0][4] = data[2204]; buffer[0][5] = data[2205]; buffer[0][6] = data[2206]; buffer[0][7] = data[2207]; buffer[0][8] = data[2208]; buffer[0][9] = data[2209]; buffer[0][10] = data[2210]; buffer[0][11] = data[2211]; buffer[0][12] = data[2212]; buffer[0][13] = data[2213]; buffer[0][14] = data[2214]; buffer[0][15] = data[2215]; buffer[0][16] = data[2216]; buffer[0][17] = data[2217]; buffer[0][18] = data[2218]; buffer[0][19] = data[2219];

        }
        if (partition == 111) {
            buffer[0][0] = data[2220]; buffer[0][1] = data[2221]; buffer[0][2] = data[2222]; buffer[0][3] = data[2223]; buffer[0][4] = data[2224]; buffer[0][5] = data[2225]; buffer[0][6] = data[2226]; buffer[0][7] = data[2227]; buffer[0][8] = data[2228]; buffer[0][9] = data[2229]; buffer[0][10] = data[2230]; buffer[0][11] = data[2231]; buffer[0][12] = data[2232]; buffer[0][13] = data[2233]; buffer[0][14] = data[2234]; buffer[0][15] = data[2235]; buffer[0][16] = data[2236]; buffer[0][17] = data[2237]; buffer[0][18] = data[2238]; buffer[0][19] = data[2239];

        }
        if (partition == 112) {
            buffer[0][0] = data[2240]; buffer[0][1] = data[2241]; buffer[0][2] = data[2242]; buffer[0][3] = data[2243]; buffer[0][4] = data[2244]; buffer[0][5] = data[2245]; buffer[0][6] = data[2246]; buffer[0][7] = data[2247]; buffer[0][8] = data[2248]; buffer[0][9] = data[2249]; buffer[0][10] = data[2250]; buffer[0][11] = data[2251]; buffer[0][12] = data[2252]; buffer[0][13] = data[2253]; buffer[0][14] = data[2254]; buffer[0][15] = data[2255]; buffer[0][16] = data[2256]; buffer[0][17] = data[2257]; buffer[0][18] = data[2258]; buffer[0][19] = data[2259];

        }
        if (partition == 113) {
            buffer[0][0] = data[2260]; buffer[0][1] = data[2261]; buffer[0][2] = data[2262]; buffer[0][3] = data[2263]; buffer[0][4] = data[2264]; buffer[0][5] = data[2265]; buffer[0][6] = data[2266]; buffer[0][7] = data[2267]; buffer[0][8] = data[2268]; buffer[0][9] = data[2269]; buffer[0][10] = data[2270]; buffer[0][11] = data[2271]; buffer[0][12] = data[2272]; buffer[0][13] = data[2273]; buffer[0][14] = data[2274]; buffer[0][15] = data[2275]; buffer[0][16] = data[2276]; buffer[0][17] = data[2277]; buffer[0][18] = data[2278]; buffer[0][19] = data[2279];

        }
        if (partition == 114) {
            buffer[0][0] = data[2280]; buffer[0][1] = data[2281]; buffer[0][2] = data[2282]; buffer[0][3] = data[2283]; buffer[0][4] = data[2284]; buffer[0][5] = data[2285]; buffer[0][6] = data[2286]; buffer[0][7] = data[2287]; buffer[0][8] = data[2288]; buffer[0][9] = data[2289]; buffer[0][10] = data[2290]; buffer[0][11] = data[2291]; buffer[0][12] = data[2292]; buffer[0][13] = data[2293]; buffer[0][14] = data[2294]; buffer[0][15] = data[2295]; buffer[0][16] = data[2296]; buffer[0][17] = data[2297]; buffer[0][18] = data[2298]; buffer[0][19] = data[2299];

        }
        if (partition == 115) {
            buffer[0][0] = data[2300]; buffer[0][1] = data[2301]; buffer[0][2] = data[2302]; buffer[0][3] = data[2303]; buffer[0][4] = data[2304]; buffer[0][5] = data[2305]; buffer[0][6] = data[2306]; buffer[0][7] = data[2307]; buffer[0][8] = data[2308]; buffer[0][9] = data[2309]; buffer[0][10] = data[2310]; buffer[0][11] = data[2311]; buffer[0][12] = data[2312]; buffer[0][13] = data[2313]; buffer[0][14] = data[2314]; buffer[0][15] = data[2315]; buffer[0][16] = data[2316]; buffer[0][17] = data[2317]; buffer[0][18] = data[2318]; buffer[0][19] = data[2319];

        }
        if (partition == 116) {
            buffer[0][0] = data[2320]; buffer[0][1] = data[2321]; buffer[0][2] = data[2322]; buffer[0][3] = data[2323]; buffer[0][4] = data[2324]; buffer[0][5] = data[2325]; buffer[0][6] = data[2326]; buffer[0][7] = data[2327]; buffer[0][8] = data[2328]; buffer[0][9] = data[2329]; buffer[0][10] = data[2330]; buffer[0][11] = data[2331]; buffer[0][12] = data[2332]; buffer[0][13] = data[2333]; buffer[0][14] = data[2334]; buffer[0][15] = data[2335]; buffer[0][16] = data[2336]; buffer[0][17] = data[2337]; buffer[0][18] = data[2338]; buffer[0][19] = data[2339];

        }
        if (partition == 117) {
            buffer[0][0] = data[2340]; buffer[0][1] = data[2341]; buffer[0][2] = data[2342]; buffer[0][3] = data[2343]; buffer[0][4] = data[2344]; buffer[0][5] = data[2345]; buffer[0][6] = data[2346]; buffer[0][7] = data[2347]; buffer[0][8] = data[2348]; buffer[0][9] = data[2349]; buffer[0][10] = data[2350]; buffer[0][11] = data[2351]; buffer[0][12] = data[2352]; buffer[0][13] = data[2353]; buffer[0][14] = data[2354]; buffer[0][15] = data[2355]; buffer[0][16] = data[2356]; buffer[0][17] = data[2357]; buffer[0][18] = data[2358]; buffer[0][19] = data[2359];

        }
        if (partition == 118) {
            buffer[0][0] = data[2360]; buffer[0][1] = data[2361]; buffer[0][2] = data[2362]; buffer[0][3] = data[2363]; buffer[0][4] = data[2364]; buffer[0][5] = data[2365]; buffer[0][6] = data[2366]; buffer[0][7] = data[2367]; buffer[0][8] = data[2368]; buffer[0][9] = data[2369]; buffer[0][10] = data[2370]; buffer[0][11] = data[2371]; buffer[0][12] = data[2372]; buffer[0][13] = data[2373]; buffer[0][14] = data[2374]; buffer[0][15] = data[2375]; buffer[0][16] = data[2376]; buffer[0][17] = data[2377]; buffer[0][18] = data[2378]; buffer[0][19] = data[2379];

        }
        if (partition == 119) {
            buffer[0][0] = data[2380]; buffer[0][1] = data[2381]; buffer[0][2] = data[2382]; buffer[0][3] = data[2383]; buffer[0][4] = data[2384]; buffer[0][5] = data[2385]; buffer[0][6] = data[2386]; buffer[0][7] = data[2387]; buffer[0][8] = data[2388]; buffer[0][9] = data[2389]; buffer[0][10] = data[2390]; buffer[0][11] = data[2391]; buffer[0][12] = data[2392]; buffer[0][13] = data[2393]; buffer[0][14] = data[2394]; buffer[0][15] = data[2395]; buffer[0][16] = data[2396]; buffer[0][17] = data[2397]; buffer[0][18] = data[2398]; buffer[0][19] = data[2399];

        }
        if (partition == 120) {
            buffer[0][0] = data[2400]; buffer[0][1] = data[2401]; buffer[0][2] = data[2402]; buffer[0][3] = data[2403]; buffer[0][4] = data[2404]; buffer[0][5] = data[2405]; buffer[0][6] = data[2406]; buffer[0][7] = data[2407]; buffer[0][8] = data[2408]; buffer[0][9] = data[2409]; buffer[0][10] = data[2410]; buffer[0][11] = data[2411]; buffer[0][12] = data[2412]; buffer[0][13] = data[2413]; buffer[0][14] = data[2414]; buffer[0][15] = data[2415]; buffer[0][16] = data[2416]; buffer[0][17] = data[2417]; buffer[0][18] = data[2418]; buffer[0][19] = data[2419];

        }
        if (partition == 121) {
            buffer[0][0] = data[2420]; buffer[0][1] = data[2421]; buffer[0][2] = data[2422]; buffer[0][3] = data[2423]; buffer[0][4] = data[2424]; buffer[0][5] = data[2425]; buffer[0][6] = data[2426]; buffer[0][7] = data[2427]; buffer[0][8] = data[2428]; buffer[0][9] = data[2429]; buffer[0][10] = data[2430]; buffer[0][11] = data[2431]; buffer[0][12] = data[2432]; buffer[0][13] = data[2433]; buffer[0][14] = data[2434]; buffer[0][15] = data[2435]; buffer[0][16] = data[2436]; buffer[0][17] = data[2437]; buffer[0][18] = data[2438]; buffer[0][19] = data[2439];

        }
        if (partition == 122) {
            buffer[0][0] = data[2440]; buffer[0][1] = data[2441]; buffer[0][2] = data[2442]; buffer[0][3] = data[2443]; buffer[0][4] = data[2444]; buffer[0][5] = data[2445]; buffer[0][6] = data[2446]; buffer[0][7] = data[2447]; buffer[0][8] = data[2448]; buffer[0][9] = data[2449]; buffer[0][10] = data[2450]; buffer[0][11] = data[2451]; buffer[0][12] = data[2452]; buffer[0][13] = data[2453]; buffer[0][14] = data[2454]; buffer[0][15] = data[2455]; buffer[0][16] = data[2456]; buffer[0][17] = data[2457]; buffer[0][18] = data[2458]; buffer[0][19] = data[2459];

        }
        if (partition == 123) {
            buffer[0][0] = data[2460]; buffer[0][1] = data[2461]; buffer[0][2] = data[2462]; buffer[0][3] = data[2463]; buffer[0][4] = data[2464]; buffer[0][5] = data[2465]; buffer[0][6] = data[2466]; buffer[0][7] = data[2467]; buffer[0][8] = data[2468]; buffer[0][9] = data[2469]; buffer[0][10] = data[2470]; buffer[0][11] = data[2471]; buffer[0][12] = data[2472]; buffer[0][13] = data[2473]; buffer[0][14] = data[2474]; buffer[0][15] = data[2475]; buffer[0][16] = data[2476]; buffer[0][17] = data[2477]; buffer[0][18] = data[2478]; buffer[0][19] = data[2479];

        }
        if (partition == 124) {
            buffer[0][0] = data[2480]; buffer[0][1] = data[2481]; buffer[0][2] = data[2482]; buffer[0][3] = data[2483]; buffer[0][4] = data[2484]; buffer[0][5] = data[2485]; buffer[0][6] = data[2486]; buffer[0][7] = data[2487]; buffer[0][8] = data[2488]; buffer[0][9] = data[2489]; buffer[0][10] = data[2490]; buffer[0][11] = data[2491]; buffer[0][12] = data[2492]; buffer[0][13] = data[2493]; buffer[0][14] = data[2494]; buffer[0][15] = data[2495]; buffer[0][16] = data[2496]; buffer[0][17] = data[2497]; buffer[0][18] = data[2498]; buffer[0][19] = data[2499];

        }
        if (partition == 125) {
            buffer[0][0] = data[2500]; buffer[0][1] = data[2501]; buffer[0][2] = data[2502]; buffer[0][3] = data[2503]; buffer[0][4] = data[2504]; buffer[0][5] = data[2505]; buffer[0][6] = data[2506]; buffer[0][7] = data[2507]; buffer[0][8] = data[2508]; buffer[0][9] = data[2509]; buffer[0][10] = data[2510]; buffer[0][11] = data[2511]; buffer[0][12] = data[2512]; buffer[0][13] = data[2513]; buffer[0][14] = data[2514]; buffer[0][15] = data[2515]; buffer[0][16] = data[2516]; buffer[0][17] = data[2517]; buffer[0][18] = data[2518]; buffer[0][19] = data[2519];

        }
        if (partition == 126) {
            buffer[0][0] = data[2520]; buffer[0][1] = data[2521]; buffer[0][2] = data[2522]; buffer[0][3] = data[2523]; buffer[0][4] = data[2524]; buffer[0][5] = data[2525]; buffer[0][6] = data[2526]; buffer[0][7] = data[2527]; buffer[0][8] = data[2528]; buffer[0][9] = data[2529]; buffer[0][10] = data[2530]; buffer[0][11] = data[2531]; buffer[0][12] = data[2532]; buffer[0][13] = data[2533]; buffer[0][14] = data[2534]; buffer[0][15] = data[2535]; buffer[0][16] = data[2536]; buffer[0][17] = data[2537]; buffer[0][18] = data[2538]; buffer[0][19] = data[2539];

        }
        if (partition == 127) {
            buffer[0][0] = data[2540]; buffer[0][1] = data[2541]; buffer[0][2] = data[2542]; buffer[0][3] = data[2543]; buffer[0][4] = data[2544]; buffer[0][5] = data[2545]; buffer[0][6] = data[2546]; buffer[0][7] = data[2547]; buffer[0][8] = data[2548]; buffer[0][9] = data[2549]; buffer[0][10] = data[2550]; buffer[0][11] = data[2551]; buffer[0][12] = data[2552]; buffer[0][13] = data[2553]; buffer[0][14] = data[2554]; buffer[0][15] = data[2555]; buffer[0][16] = data[2556]; buffer[0][17] = data[2557]; buffer[0][18] = data[2558]; buffer[0][19] = data[2559];

        }
        if (partition == 128) {
            buffer[0][0] = data[2560]; buffer[0][1] = data[2561]; buffer[0][2] = data[2562]; buffer[0][3] = data[2563]; buffer[0][4] = data[2564]; buffer[0][5] = data[2565]; buffer[0][6] = data[2566]; buffer[0][7] = data[2567]; buffer[0][8] = data[2568]; buffer[0][9] = data[2569]; buffer[0][10] = data[2570]; buffer[0][11] = data[2571]; buffer[0][12] = data[2572]; buffer[0][13] = data[2573]; buffer[0][14] = data[2574]; buffer[0][15] = data[2575]; buffer[0][16] = data[2576]; buffer[0][17] = data[2577]; buffer[0][18] = data[2578]; buffer[0][19] = data[2579];

        }
        if (partition == 129) {
            buffer[0][0] = data[2580]; buffer[0][1] = data[2581]; buffer[0][2] = data[2582]; buffer[0][3] = data[2583]; buffer[0][4] = data[2584]; buffer[0][5] = data[2585]; buffer[0][6] = data[2586]; buffer[0][7] = data[2587]; buffer[0][8] = data[2588]; buffer[0][9] = data[2589]; buffer[0][10] = data[2590]; buffer[0][11] = data[2591]; buffer[0][12] = data[2592]; buffer[0][13] = data[2593]; buffer[0][14] = data[2594]; buffer[0][15] = data[2595]; buffer[0][16] = data[2596]; buffer[0][17] = data[2597]; buffer[0][18] = data[2598]; buffer[0][19] = data[2599];

        }
        if (partition == 130) {
            buffer[0][0] = data[2600]; buffer[0][1] = data[2601]; buffer[0][2] = data[2602]; buffer[0][3] = data[2603]; buffer[0][4] = data[2604]; buffer[0][5] = data[2605]; buffer[0][6] = data[2606]; buffer[0][7] = data[2607]; buffer[0][8] = data[2608]; buffer[0][9] = data[2609]; buffer[0][10] = data[2610]; buffer[0][11] = data[2611]; buffer[0][12] = data[2612]; buffer[0][13] = data[2613]; buffer[0][14] = data[2614]; buffer[0][15] = data[2615]; buffer[0][16] = data[2616]; buffer[0][17] = data[2617]; buffer[0][18] = data[2618]; buffer[0][19] = data[2619];

        }
        if (partition == 131) {
            buffer[0][0] = data[2620]; buffer[0][1] = data[2621]; buffer[0][2] = data[2622]; buffer[0][3] = data[2623]; buffer[0][4] = data[2624]; buffer[0][5] = data[2625]; buffer[0][6] = data[2626]; buffer[0][7] = data[2627]; buffer[0][8] = data[2628]; buffer[0][9] = data[2629]; buffer[0][10] = data[2630]; buffer[0][11] = data[2631]; buffer[0][12] = data[2632]; buffer[0][13] = data[2633]; buffer[0][14] = data[2634]; buffer[0][15] = data[2635]; buffer[0][16] = data[2636]; buffer[0][17] = data[2637]; buffer[0][18] = data[2638]; buffer[0][19] = data[2639];

        }
        if (partition == 132) {
            buffer[0][0] = data[2640]; buffer[0][1] = data[2641]; buffer[0][2] = data[2642]; buffer[0][3] = data[2643]; buffer[0][4] = data[2644]; buffer[0][5] = data[2645]; buffer[0][6] = data[2646]; buffer[0][7] = data[2647]; buffer[0][8] = data[2648]; buffer[0][9] = data[2649]; buffer[0][10] = data[2650]; buffer[0][11] = data[2651]; buffer[0][12] = data[2652]; buffer[0][13] = data[2653]; buffer[0][14] = data[2654]; buffer[0][15] = data[2655]; buffer[0][16] = data[2656]; buffer[0][17] = data[2657]; buffer[0][18] = data[2658]; buffer[0][19] = data[2659];

        }
        if (partition == 133) {
            buffer[0][0] = data[2660]; buffer[0][1] = data[2661]; buffer[0][2] = data[2662]; buffer[0][3] = data[2663]; buffer[0][4] = data[2664]; buffer[0][5] = data[2665]; buffer[0][6] = data[2666]; buffer[0][7] = data[2667]; buffer[0][8] = data[2668]; buffer[0][9] = data[2669]; buffer[0][10] = data[2670]; buffer[0][11] = data[2671]; buffer[0][12] = data[2672]; buffer[0][13] = data[2673]; buffer[0][14] = data[2674]; buffer[0][15] = data[2675]; buffer[0][16] = data[2676]; buffer[0][17] = data[2677]; buffer[0][18] = data[2678]; buffer[0][19] = data[2679];

        }
        if (partition == 134) {
            buffer[0][0] = data[2680]; buffer[0][1] = data[2681]; buffer[0][2] = data[2682]; buffer[0][3] = data[2683]; buffer[0][4] = data[2684]; buffer[0][5] = data[2685]; buffer[0][6] = data[2686]; buffer[0][7] = data[2687]; buffer[0][8] = data[2688]; buffer[0][9] = data[2689]; buffer[0][10] = data[2690]; buffer[0][11] = data[2691]; buffer[0][12] = data[2692]; buffer[0][13] = data[2693]; buffer[0][14] = data[2694]; buffer[0][15] = data[2695]; buffer[0][16] = data[2696]; buffer[0][17] = data[2697]; buffer[0][18] = data[2698]; buffer[0][19] = data[2699];

        }
        if (partition == 135) {
            buffer[0][0] = data[2700]; buffer[0][1] = data[2701]; buffer[0][2] = data[2702]; buffer[0][3] = data[2703]; buffer[0][4] = data[2704]; buffer[0][5] = data[2705]; buffer[0][6] = data[2706]; buffer[0][7] = data[2707]; buffer[0][8] = data[2708]; buffer[0][9] = data[2709]; buffer[0][10] = data[2710]; buffer[0][11] = data[2711]; buffer[0][12] = data[2712]; buffer[0][13] = data[2713]; buffer[0][14] = data[2714]; buffer[0][15] = data[2715]; buffer[0][16] = data[2716]; buffer[0][17] = data[2717]; buffer[0][18] = data[2718]; buffer[0][19] = data[2719];

        }
        if (partition == 136) {
            buffer[0][0] = data[2720]; buffer[0][1] = data[2721]; buffer[0][2] = data[2722]; buffer[0][3] = data[2723]; buffer[0][4] = data[2724]; buffer[0][5] = data[2725]; buffer[0][6] = data[2726]; buffer[0][7] = data[2727]; buffer[0][8] = data[2728]; buffer[0][9] = data[2729]; buffer[0][10] = data[2730]; buffer[0][11] = data[2731]; buffer[0][12] = data[2732]; buffer[0][13] = data[2733]; buffer[0][14] = data[2734]; buffer[0][15] = data[2735]; buffer[0][16] = data[2736]; buffer[0][17] = data[2737]; buffer[0][18] = data[2738]; buffer[0][19] = data[2739];

        }
        if (partition == 137) {
            buffer[0][0] = data[2740]; buffer[0][1] = data[2741]; buffer[0][2] = data[2742]; buffer[0][3] = data[2743]; buffer[0][4] = data[2744]; buffer[0][5] = data[2745]; buffer[0][6] = data[2746]; buffer[0][7] = data[2747]; buffer[0][8] = data[2748]; buffer[0][9] = data[2749]; buffer[0][10] = data[2750]; buffer[0][11] = data[2751]; buffer[0][12] = data[2752]; buffer[0][13] = data[2753]; buffer[0][14] = data[2754]; buffer[0][15] = data[2755]; buffer[0][16] = data[2756]; buffer[0][17] = data[2757]; buffer[0][18] = data[2758]; buffer[0][19] = data[2759];

        }
        if (partition == 138) {
            buffer[0][0] = data[2760]; buffer[0][1] = data[2761]; buffer[0][2] = data[2762]; buffer[0][3] = data[2763]; buffer[0][4] = data[2764]; buffer[0][5] = data[2765]; buffer[0][6] = data[2766]; buffer[0][7] = data[2767]; buffer[0][8] = data[2768]; buffer[0][9] = data[2769]; buffer[0][10] = data[2770]; buffer[0][11] = data[2771]; buffer[0][12] = data[2772]; buffer[0][13] = data[2773]; buffer[0][14] = data[2774]; buffer[0][15] = data[2775]; buffer[0][16] = data[2776]; buffer[0][17] = data[2777]; buffer[0][18] = data[2778]; buffer[0][19] = data[2779];

        }
        if (partition == 139) {
            buffer[0][0] = data[2780]; buffer[0][1] = data[2781]; buffer[0][2] = data[2782]; buffer[0][3] = data[2783]; buffer[0][4] = data[2784]; buffer[0][5] = data[2785]; buffer[0][6] = data[2786]; buffer[0][7] = data[2787]; buffer[0][8] = data[2788]; buffer[0][9] = data[2789]; buffer[0][10] = data[2790]; buffer[0][11] = data[2791]; buffer[0][12] = data[2792]; buffer[0][13] = data[2793]; buffer[0][14] = data[2794]; buffer[0][15] = data[2795]; buffer[0][16] = data[2796]; buffer[0][17] = data[2797]; buffer[0][18] = data[2798]; buffer[0][19] = data[2799];

        }
        if (partition == 140) {
            buffer[0][0] = data[2800]; buffer[0][1] = data[2801]; buffer[0][2] = data[2802]; buffer[0][3] = data[2803]; buffer[0][4] = data[2804]; buffer[0][5] = data[2805]; buffer[0][6] = data[2806]; buffer[0][7] = data[2807]; buffer[0][8] = data[2808]; buffer[0][9] = data[2809]; buffer[0][10] = data[2810]; buffer[0][11] = data[2811]; buffer[0][12] = data[2812]; buffer[0][13] = data[2813]; buffer[0][14] = data[2814]; buffer[0][15] = data[2815]; buffer[0][16] = data[2816]; buffer[0][17] = data[2817]; buffer[0][18] = data[2818]; buffer[0][19] = data[2819];

        }
        if (partition == 141) {
            buffer[0][0] = data[2820]; buffer[0][1] = data[2821]; buffer[0][2] = data[2822]; buffer[0][3] = data[2823]; buffer[0][4] = data[2824]; buffer[0][5] = data[2825]; buffer[0][6] = data[2826]; buffer[0][7] = data[2827]; buffer[0][8] = data[2828]; buffer[0][9] = data[2829]; buffer[0][10] = data[2830]; buffer[0][11] = data[2831]; buffer[0][12] = data[2832]; buffer[0][13] = data[2833]; buffer[0][14] = data[2834]; buffer[0][15] = data[2835]; buffer[0][16] = data[2836]; buffer[0][17] = data[2837]; buffer[0][18] = data[2838]; buffer[0][19] = data[2839];

        }
        if (partition == 142) {
            buffer[0][0] = data[2840]; buffer[0][1] = data[2841]; buffer[0][2] = data[2842]; buffer[0][3] = data[2843]; buffer[0][4] = data[2844]; buffer[0][5] = data[2845]; buffer[0][6] = data[2846]; buffer[0][7] = data[2847]; buffer[0][8] = data[2848]; buffer[0][9] = data[2849]; buffer[0][10] = data[2850]; buffer[0][11] = data[2851]; buffer[0][12] = data[2852]; buffer[0][13] = data[2853]; buffer[0][14] = data[2854]; buffer[0][15] = data[2855]; buffer[0][16] = data[2856]; buffer[0][17] = data[2857]; buffer[0][18] = data[2858]; buffer[0][19] = data[2859];

        }
        if (partition == 143) {
            buffer[0][0] = data[2860]; buffer[0][1] = data[2861]; buffer[0][2] = data[2862]; buffer[0][3] = data[2863]; buffer[0][4] = data[2864]; buffer[0][5] = data[2865]; buffer[0][6] = data[2866]; buffer[0][7] = data[2867]; buffer[0][8] = data[2868]; buffer[0][9] = data[2869]; buffer[0][10] = data[2870]; buffer[0][11] = data[2871]; buffer[0][12] = data[2872]; buffer[0][13] = data[2873]; buffer[0][14] = data[2874]; buffer[0][15] = data[2875]; buffer[0][16] = data[2876]; buffer[0][17] = data[2877]; buffer[0][18] = data[2878]; buffer[0][19] = data[2879];

        }
        if (partition == 144) {
            buffer[0][0] = data[2880]; buffer[0][1] = data[2881]; buffer[0][2] = data[2882]; buffer[0][3] = data[2883]; buffer[0][4] = data[2884]; buffer[0][5] = data[2885]; buffer[0][6] = data[2886]; buffer[0][7] = data[2887]; buffer[0][8] = data[2888]; buffer[0][9] = data[2889]; buffer[0][10] = data[2890]; buffer[0][11] = data[2891]; buffer[0][12] = data[2892]; buffer[0][13] = data[2893]; buffer[0][14] = data[2894]; buffer[0][15] = data[2895]; buffer[0][16] = data[2896]; buffer[0][17] = data[2897]; buffer[0][18] = data[2898]; buffer[0][19] = data[2899];

        }
        if (partition == 145) {
            buffer[0][0] = data[2900]; buffer[0][1] = data[2901]; buffer[0][2] = data[2902]; buffer[0][3] = data[2903]; buffer[0][4] = data[2904]; buffer[0][5] = data[2905]; buffer[0][6] = data[2906]; buffer[0][7] = data[2907]; buffer[0][8] = data[2908]; buffer[0][9] = data[2909]; buffer[0][10] = data[2910]; buffer[0][11] = data[2911]; buffer[0][12] = data[2912]; buffer[0][13] = data[2913]; buffer[0][14] = data[2914]; buffer[0][15] = data[2915]; buffer[0][16] = data[2916]; buffer[0][17] = data[2917]; buffer[0][18] = data[2918]; buffer[0][19] = data[2919];

        }
        if (partition == 146) {
            buffer[0][0] = data[2920]; buffer[0][1] = data[2921]; buffer[0][2] = data[2922]; buffer[0][3] = data[2923]; buffer[0][4] = data[2924]; buffer[0][5] = data[2925]; buffer[0][6] = data[2926]; buffer[0][7] = data[2927]; buffer[0][8] = data[2928]; buffer[0][9] = data[2929]; buffer[0][10] = data[2930]; buffer[0][11] = data[2931]; buffer[0][12] = data[2932]; buffer[0][13] = data[2933]; buffer[0][14] = data[2934]; buffer[0][15] = data[2935]; buffer[0][16] = data[2936]; buffer[0][17] = data[2937]; buffer[0][18] = data[2938]; buffer[0][19] = data[2939];

        }
        if (partition == 147) {
            buffer[0][0] = data[2940]; buffer[0][1] = data[2941]; buffer[0][2] = data[2942]; buffer[0][3] = data[2943]; buffer[0][4] = data[2944]; buffer[0][5] = data[2945]; buffer[0][6] = data[2946]; buffer[0][7] = data[2947]; buffer[0][8] = data[2948]; buffer[0][9] = data[2949]; buffer[0][10] = data[2950]; buffer[0][11] = data[2951]; buffer[0][12] = data[2952]; buffer[0][13] = data[2953]; buffer[0][14] = data[2954]; buffer[0][15] = data[2955]; buffer[0][16] = data[2956]; buffer[0][17] = data[2957]; buffer[0][18] = data[2958]; buffer[0][19] = data[2959];

        }
        if (partition == 148) {
            buffer[0][0] = data[2960]; buffer[0][1] = data[2961]; buffer[0][2] = data[2962]; buffer[0][3] = data[2963]; buffer[0][4] = data[2964]; buffer[0][5] = data[2965]; buffer[0][6] = data[2966]; buffer[0][7] = data[2967]; buffer[0][8] = data[2968]; buffer[0][9] = data[2969]; buffer[0][10] = data[2970]; buffer[0][11] = data[2971]; buffer[0][12] = data[2972]; buffer[0][13] = data[2973]; buffer[0][14] = data[2974]; buffer[0][15] = data[2975]; buffer[0][16] = data[2976]; buffer[0][17] = data[2977]; buffer[0][18] = data[2978]; buffer[0][19] = data[2979];

        }
        if (partition == 149) {
            buffer[0][0] = data[2980]; buffer[0][1] = data[2981]; buffer[0][2] = data[2982]; buffer[0][3] = data[2983]; buffer[0][4] = data[2984]; buffer[0][5] = data[2985]; buffer[0][6] = data[2986]; buffer[0][7] = data[2987]; buffer[0][8] = data[2988]; buffer[0][9] = data[2989]; buffer[0][10] = data[2990]; buffer[0][11] = data[2991]; buffer[0][12] = data[2992]; buffer[0][13] = data[2993]; buffer[0][14] = data[2994]; buffer[0][15] = data[2995]; buffer[0][16] = data[2996]; buffer[0][17] = data[2997]; buffer[0][18] = data[2998]; buffer[0][19] = data[2999];

        }
        if (partition == 150) {
            buffer[0][0] = data[3000]; buffer[0][1] = data[3001]; buffer[0][2] = data[3002]; buffer[0][3] = data[3003]; buffer[0][4] = data[3004]; buffer[0][5] = data[3005]; buffer[0][6] = data[3006]; buffer[0][7] = data[3007]; buffer[0][8] = data[3008]; buffer[0][9] = data[3009]; buffer[0][10] = data[3010]; buffer[0][11] = data[3011]; buffer[0][12] = data[3012]; buffer[0][13] = data[3013]; buffer[0][14] = data[3014]; buffer[0][15] = data[3015]; buffer[0][16] = data[3016]; buffer[0][17] = data[3017]; buffer[0][18] = data[3018]; buffer[0][19] = data[3019];

        }
        if (partition == 151) {
            buffer[0][0] = data[3020]; buffer[0][1] = data[3021]; buffer[0][2] = data[3022]; buffer[0][3] = data[3023]; buffer[0][4] = data[3024]; buffer[0][5] = data[3025]; buffer[0][6] = data[3026]; buffer[0][7] = data[3027]; buffer[0][8] = data[3028]; buffer[0][9] = data[3029]; buffer[0][10] = data[3030]; buffer[0][11] = data[3031]; buffer[0][12] = data[3032]; buffer[0][13] = data[3033]; buffer[0][14] = data[3034]; buffer[0][15] = data[3035]; buffer[0][16] = data[3036]; buffer[0][17] = data[3037]; buffer[0][18] = data[3038]; buffer[0][19] = data[3039];

        }
        if (partition == 152) {
            buffer[0][0] = data[3040]; buffer[0][1] = data[3041]; buffer[0][2] = data[3042]; buffer[0][3] = data[3043]; buffer[0][4] = data[3044]; buffer[0][5] = data[3045]; buffer[0][6] = data[3046]; buffer[0][7] = data[3047]; buffer[0][8] = data[3048]; buffer[0][9] = data[3049]; buffer[0][10] = data[3050]; buffer[0][11] = data[3051]; buffer[0][12] = data[3052]; buffer[0][13] = data[3053]; buffer[0][14] = data[3054]; buffer[0][15] = data[3055]; buffer[0][16] = data[3056]; buffer[0][17] = data[3057]; buffer[0][18] = data[3058]; buffer[0][19] = data[3059];

        }
        if (partition == 153) {
            buffer[0][0] = data[3060]; buffer[0][1] = data[3061]; buffer[0][2] = data[3062]; buffer[0][3] = data[3063]; buffer[0][4] = data[3064]; buffer[0][5] = data[3065]; buffer[0][6] = data[3066]; buffer[0][7] = data[3067]; buffer[0][8] = data[3068]; buffer[0][9] = data[3069]; buffer[0][10] = data[3070]; buffer[0][11] = data[3071]; buffer[0][12] = data[3072]; buffer[0][13] = data[3073]; buffer[0][14] = data[3074]; buffer[0][15] = data[3075]; buffer[0][16] = data[3076]; buffer[0][17] = data[3077]; buffer[0][18] = data[3078]; buffer[0][19] = data[3079];

        }
        if (partition == 154) {
            buffer[0][0] = data[3080]; buffer[0][1] = data[3081]; buffer[0][2] = data[3082]; buffer[0][3] = data[3083]; buffer[0][4] = data[3084]; buffer[0][5] = data[3085]; buffer[0][6] = data[3086]; buffer[0][7] = data[3087]; buffer[0][8] = data[3088]; buffer[0][9] = data[3089]; buffer[0][10] = data[3090]; buffer[0][11] = data[3091]; buffer[0][12] = data[3092]; buffer[0][13] = data[3093]; buffer[0][14] = data[3094]; buffer[0][15] = data[3095]; buffer[0][16] = data[3096]; buffer[0][17] = data[3097]; buffer[0][18] = data[3098]; buffer[0][19] = data[3099];

        }
        if (partition == 155) {
            buffer[0][0] = data[3100]; buffer[0][1] = data[3101]; buffer[0][2] = data[3102]; buffer[0][3] = data[3103]; buffer[0][4] = data[3104]; buffer[0][5] = data[3105]; buffer[0][6] = data[3106]; buffer[0][7] = data[3107]; buffer[0][8] = data[3108]; buffer[0][9] = data[3109]; buffer[0][10] = data[3110]; buffer[0][11] = data[3111]; buffer[0][12] = data[3112]; buffer[0][13] = data[3113]; buffer[0][14] = data[3114]; buffer[0][15] = data[3115]; buffer[0][16] = data[3116]; buffer[0][17] = data[3117]; buffer[0][18] = data[3118]; buffer[0][19] = data[3119];

        }
        if (partition == 156) {
            buffer[0][0] = data[3120]; buffer[0][1] = data[3121]; buffer[0][2] = data[3122]; buffer[0][3] = data[3123]; buffer[0][4] = data[3124]; buffer[0][5] = data[3125]; buffer[0][6] = data[3126]; buffer[0][7] = data[3127]; buffer[0][8] = data[3128]; buffer[0][9] = data[3129]; buffer[0][10] = data[3130]; buffer[0][11] = data[3131]; buffer[0][12] = data[3132]; buffer[0][13] = data[3133]; buffer[0][14] = data[3134]; buffer[0][15] = data[3135]; buffer[0][16] = data[3136]; buffer[0][17] = data[3137]; buffer[0][18] = data[3138]; buffer[0][19] = data[3139];

        }
        if (partition == 157) {
            buffer[0][0] = data[3140]; buffer[0][1] = data[3141]; buffer[0][2] = data[3142]; buffer[0][3] = data[3143]; buffer[0][4] = data[3144]; buffer[0][5] = data[3145]; buffer[0][6] = data[3146]; buffer[0][7] = data[3147]; buffer[0][8] = data[3148]; buffer[0][9] = data[3149]; buffer[0][10] = data[3150]; buffer[0][11] = data[3151]; buffer[0][12] = data[3152]; buffer[0][13] = data[3153]; buffer[0][14] = data[3154]; buffer[0][15] = data[3155]; buffer[0][16] = data[3156]; buffer[0][17] = data[3157]; buffer[0][18] = data[3158]; buffer[0][19] = data[3159];

        }
        if (partition == 158) {
            buffer[0][0] = data[3160]; buffer[0][1] = data[3161]; buffer[0][2] = data[3162]; buffer[0][3] = data[3163]; buffer[0][4] = data[3164]; buffer[0][5] = data[3165]; buffer[0][6] = data[3166]; buffer[0][7] = data[3167]; buffer[0][8] = data[3168]; buffer[0][9] = data[3169]; buffer[0][10] = data[3170]; buffer[0][11] = data[3171]; buffer[0][12] = data[3172]; buffer[0][13] = data[3173]; buffer[0][14] = data[3174]; buffer[0][15] = data[3175]; buffer[0][16] = data[3176]; buffer[0][17] = data[3177]; buffer[0][18] = data[3178]; buffer[0][19] = data[3179];

        }
        if (partition == 159) {
            buffer[0][0] = data[3180]; buffer[0][1] = data[3181]; buffer[0][2] = data[3182]; buffer[0][3] = data[3183]; buffer[0][4] = data[3184]; buffer[0][5] = data[3185]; buffer[0][6] = data[3186]; buffer[0][7] = data[3187]; buffer[0][8] = data[3188]; buffer[0][9] = data[3189]; buffer[0][10] = data[3190]; buffer[0][11] = data[3191]; buffer[0][12] = data[3192]; buffer[0][13] = data[3193]; buffer[0][14] = data[3194]; buffer[0][15] = data[3195]; buffer[0][16] = data[3196]; buffer[0][17] = data[3197]; buffer[0][18] = data[3198]; buffer[0][19] = data[3199];

        }
        if (partition == 160) {
            buffer[0][0] = data[3200]; buffer[0][1] = data[3201]; buffer[0][2] = data[3202]; buffer[0][3] = data[3203]; buffer[0][4] = data[3204]; buffer[0][5] = data[3205]; buffer[0][6] = data[3206]; buffer[0][7] = data[3207]; buffer[0][8] = data[3208]; buffer[0][9] = data[3209]; buffer[0][10] = data[3210]; buffer[0][11] = data[3211]; buffer[0][12] = data[3212]; buffer[0][13] = data[3213]; buffer[0][14] = data[3214]; buffer[0][15] = data[3215]; buffer[0][16] = data[3216]; buffer[0][17] = data[3217]; buffer[0][18] = data[3218]; buffer[0][19] = data[3219];

        }
        if (partition == 161) {
            buffer[0][0] = data[3220]; buffer[0][1] = data[3221]; buffer[0][2] = data[3222]; buffer[0][3] = data[3223]; buffer[0][4] = data[3224]; buffer[0][5] = data[3225]; buffer[0][6] = data[3226]; buffer[0][7] = data[3227]; buffer[0][8] = data[3228]; buffer[0][9] = data[3229]; buffer[0][10] = data[3230]; buffer[0][11] = data[3231]; buffer[0][12] = data[3232]; buffer[0][13] = data[3233]; buffer[0][14] = data[3234]; buffer[0][15] = data[3235]; buffer[0][16] = data[3236]; buffer[0][17] = data[3237]; buffer[0][18] = data[3238]; buffer[0][19] = data[3239];

        }
        if (partition == 162) {
            buffer[0][0] = data[3240]; buffer[0][1] = data[3241]; buffer[0][2] = data[3242]; buffer[0][3] = data[3243]; buffer[0][4] = data[3244]; buffer[0][5] = data[3245]; buffer[0][6] = data[3246]; buffer[0][7] = data[3247]; buffer[0][8] = data[3248]; buffer[0][9] = data[3249]; buffer[0][10] = data[3250]; buffer[0][11] = data[3251]; buffer[0][12] = data[3252]; buffer[0][13] = data[3253]; buffer[0][14] = data[3254]; buffer[0][15] = data[3255]; buffer[0][16] = data[3256]; buffer[0][17] = data[3257]; buffer[0][18] = data[3258]; buffer[0][19] = data[3259];

        }
        if (partition == 163) {
            buffer[0][0] = data[3260]; buffer[0][1] = data[3261]; buffer[0][2] = data[3262]; buffer[0][3] = data[3263]; buffer[0][4] = data[3264]; buffer[0][5] = data[3265]; buffer[0][6] = data[3266]; buffer[0][7] = data[3267]; buffer[0][8] = data[3268]; buffer[0][9] = data[3269]; buffer[0][10] = data[3270]; buffer[0][11] = data[3271]; buffer[0][12] = data[3272]; buffer[0][13] = data[3273]; buffer[0][14] = data[3274]; buffer[0][15] = data[3275]; buffer[0][16] = data[3276]; buffer[0][17] = data[3277]; buffer[0][18] = data[3278]; buffer[0][19] = data[3279];

        }
        if (partition == 164) {
            buffer[0][0] = data[3280]; buffer[0][1] = data[3281]; buffer[0][2] = data[3282]; buffer[0][3] = data[3283]; buffer[0][4] = data[3284]; buffer[0][5] = data[3285]; buffer[0][6] = data[3286]; buffer[0][7] = data[3287]; buffer[0][8] = data[3288]; buffer[0][9] = data[3289]; buffer[0][10] = data[3290]; buffer[0][11] = data[3291]; buffer[0][12] = data[3292]; buffer[0][13] = data[3293]; buffer[0][14] = data[3294]; buffer[0][15] = data[3295]; buffer[0][16] = data[3296]; buffer[0][17] = data[3297]; buffer[0][18] = data[3298]; buffer[0][19] = data[3299];

        }
        if (partition == 165) {
            buffer[0][0] = data[3300]; buffer[0][1] = data[3301]; buffer[0][2] = data[3302]; buffer[0][3] = data[3303]; buffer[0][4] = data[3304]; buffer[0][5] = data[3305]; buffer[0][6] = data[3306]; buffer[0][7] = data[3307]; buffer[0][8] = data[3308]; buffer[0][9] = data[3309]; buffer[0][10] = data[3310]; buffer[0][11] = data[3311]; buffer[0][12] = data[3312]; buffer[0][13] = data[3313]; buffer[0][14] = data[3314]; buffer[0][15] = data[3315]; buffer[0][16] = data[3316]; buffer[0][17] = data[3317]; buffer[0][18] = data[3318]; buffer[0][19] = data[3319];

        }
        if (partition == 166) {
            buffer[0][0] = data[3320]; buffer[0][1] = data[3321]; buffer[0][2] = data[3322]; buffer[0][3] = data[3323]; buffer[0][4] = data[3324]; buffer[0][5] = data[3325]; buffer[0][6] = data[3326]; buffer[0][7] = data[3327]; buffer[0][8] = data[3328]; buffer[0][9] = data[3329]; buffer[0][10] = data[3330]; buffer[0][11] = data[3331]; buffer[0][12] = data[3332]; buffer[0][13] = data[3333]; buffer[0][14] = data[3334]; buffer[0][15] = data[3335]; buffer[0][16] = data[3336]; buffer[0][17] = data[3337]; buffer[0][18] = data[3338]; buffer[0][19] = data[3339];

        }
        if (partition == 167) {
            buffer[0][0] = data[3340]; buffer[0][1] = data[3341]; buffer[0][2] = data[3342]; buffer[0][3] = data[3343]; buffer[0][4] = data[3344]; buffer[0][5] = data[3345]; buffer[0][6] = data[3346]; buffer[0][7] = data[3347]; buffer[0][8] = data[3348]; buffer[0][9] = data[3349]; buffer[0][10] = data[3350]; buffer[0][11] = data[3351]; buffer[0][12] = data[3352]; buffer[0][13] = data[3353]; buffer[0][14] = data[3354]; buffer[0][15] = data[3355]; buffer[0][16] = data[3356]; buffer[0][17] = data[3357]; buffer[0][18] = data[3358]; buffer[0][19] = data[3359];

        }
        if (partition == 168) {
            buffer[0][0] = data[3360]; buffer[0][1] = data[3361]; buffer[0][2] = data[3362]; buffer[0][3] = data[3363]; buffer[0][4] = data[3364]; buffer[0][5] = data[3365]; buffer[0][6] = data[3366]; buffer[0][7] = data[3367]; buffer[0][8] = data[3368]; buffer[0][9] = data[3369]; buffer[0][10] = data[3370]; buffer[0][11] = data[3371]; buffer[0][12] = data[3372]; buffer[0][13] = data[3373]; buffer[0][14] = data[3374]; buffer[0][15] = data[3375]; buffer[0][16] = data[3376]; buffer[0][17] = data[3377]; buffer[0][18] = data[3378]; buffer[0][19] = data[3379];

        }
        if (partition == 169) {
            buffer[0][0] = data[3380]; buffer[0][1] = data[3381]; buffer[0][2] = data[3382]; buffer[0][3] = data[3383]; buffer[0][4] = data[3384]; buffer[0][5] = data[3385]; buffer[0][6] = data[3386]; buffer[0][7] = data[3387]; buffer[0][8] = data[3388]; buffer[0][9] = data[3389]; buffer[0][10] = data[3390]; buffer[0][11] = data[3391]; buffer[0][12] = data[3392]; buffer[0][13] = data[3393]; buffer[0][14] = data[3394]; buffer[0][15] = data[3395]; buffer[0][16] = data[3396]; buffer[0][17] = data[3397]; buffer[0][18] = data[3398]; buffer[0][19] = data[3399];

        }
        if (partition == 170) {
            buffer[0][0] = data[3400]; buffer[0][1] = data[3401]; buffer[0][2] = data[3402]; buffer[0][3] = data[3403]; buffer[0][4] = data[3404]; buffer[0][5] = data[3405]; buffer[0][6] = data[3406]; buffer[0][7] = data[3407]; buffer[0][8] = data[3408]; buffer[0][9] = data[3409]; buffer[0][10] = data[3410]; buffer[0][11] = data[3411]; buffer[0][12] = data[3412]; buffer[0][13] = data[3413]; buffer[0][14] = data[3414]; buffer[0][15] = data[3415]; buffer[0][16] = data[3416]; buffer[0][17] = data[3417]; buffer[0][18] = data[3418]; buffer[0][19] = data[3419];

        }
        if (partition == 171) {
            buffer[0][0] = data[3420]; buffer[0][1] = data[3421]; buffer[0][2] = data[3422]; buffer[0][3] = data[3423]; buffer[0][4] = data[3424]; buffer[0][5] = data[3425]; buffer[0][6] = data[3426]; buffer[0][7] = data[3427]; buffer[0][8] = data[3428]; buffer[0][9] = data[3429]; buffer[0][10] = data[3430]; buffer[0][11] = data[3431]; buffer[0][12] = data[3432]; buffer[0][13] = data[3433]; buffer[0][14] = data[3434]; buffer[0][15] = data[3435]; buffer[0][16] = data[3436]; buffer[0][17] = data[3437]; buffer[0][18] = data[3438]; buffer[0][19] = data[3439];

        }
        if (partition == 172) {
            buffer[0][0] = data[3440]; buffer[0][1] = data[3441]; buffer[0][2] = data[3442]; buffer[0][3] = data[3443]; buffer[0][4] = data[3444]; buffer[0][5] = data[3445]; buffer[0][6] = data[3446]; buffer[0][7] = data[3447]; buffer[0][8] = data[3448]; buffer[0][9] = data[3449]; buffer[0][10] = data[3450]; buffer[0][11] = data[3451]; buffer[0][12] = data[3452]; buffer[0][13] = data[3453]; buffer[0][14] = data[3454]; buffer[0][15] = data[3455]; buffer[0][16] = data[3456]; buffer[0][17] = data[3457]; buffer[0][18] = data[3458]; buffer[0][19] = data[3459];

        }
        if (partition == 173) {
            buffer[0][0] = data[3460]; buffer[0][1] = data[3461]; buffer[0][2] = data[3462]; buffer[0][3] = data[3463]; buffer[0][4] = data[3464]; buffer[0][5] = data[3465]; buffer[0][6] = data[3466]; buffer[0][7] = data[3467]; buffer[0][8] = data[3468]; buffer[0][9] = data[3469]; buffer[0][10] = data[3470]; buffer[0][11] = data[3471]; buffer[0][12] = data[3472]; buffer[0][13] = data[3473]; buffer[0][14] = data[3474]; buffer[0][15] = data[3475]; buffer[0][16] = data[3476]; buffer[0][17] = data[3477]; buffer[0][18] = data[3478]; buffer[0][19] = data[3479];

        }
        if (partition == 174) {
            buffer[0][0] = data[3480]; buffer[0][1] = data[3481]; buffer[0][2] = data[3482]; buffer[0][3] = data[3483]; buffer[0][4] = data[3484]; buffer[0][5] = data[3485]; buffer[0][6] = data[3486]; buffer[0][7] = data[3487]; buffer[0][8] = data[3488]; buffer[0][9] = data[3489]; buffer[0][10] = data[3490]; buffer[0][11] = data[3491]; buffer[0][12] = data[3492]; buffer[0][13] = data[3493]; buffer[0][14] = data[3494]; buffer[0][15] = data[3495]; buffer[0][16] = data[3496]; buffer[0][17] = data[3497]; buffer[0][18] = data[3498]; buffer[0][19] = data[3499];

        }
        if (partition == 175) {
            buffer[0][0] = data[3500]; buffer[0][1] = data[3501]; buffer[0][2] = data[3502]; buffer[0][3] = data[3503]; buffer[0][4] = data[3504]; buffer[0][5] = data[3505]; buffer[0][6] = data[3506]; buffer[0][7] = data[3507]; buffer[0][8] = data[3508]; buffer[0][9] = data[3509]; buffer[0][10] = data[3510]; buffer[0][11] = data[3511]; buffer[0][12] = data[3512]; buffer[0][13] = data[3513]; buffer[0][14] = data[3514]; buffer[0][15] = data[3515]; buffer[0][16] = data[3516]; buffer[0][17] = data[3517]; buffer[0][18] = data[3518]; buffer[0][19] = data[3519];

        }
        if (partition == 176) {
            buffer[0][0] = data[3520]; buffer[0][1] = data[3521]; buffer[0][2] = data[3522]; buffer[0][3] = data[3523]; buffer[0][4] = data[3524]; buffer[0][5] = data[3525]; buffer[0][6] = data[3526]; buffer[0][7] = data[3527]; buffer[0][8] = data[3528]; buffer[0][9] = data[3529]; buffer[0][10] = data[3530]; buffer[0][11] = data[3531]; buffer[0][12] = data[3532]; buffer[0][13] = data[3533]; buffer[0][14] = data[3534]; buffer[0][15] = data[3535]; buffer[0][16] = data[3536]; buffer[0][17] = data[3537]; buffer[0][18] = data[3538]; buffer[0][19] = data[3539];

        }
        if (partition == 177) {
            buffer[0][0] = data[3540]; buffer[0][1] = data[3541]; buffer[0][2] = data[3542]; buffer[0][3] = data[3543]; buffer[0][4] = data[3544]; buffer[0][5] = data[3545]; buffer[0][6] = data[3546]; buffer[0][7] = data[3547]; buffer[0][8] = data[3548]; buffer[0][9] = data[3549]; buffer[0][10] = data[3550]; buffer[0][11] = data[3551]; buffer[0][12] = data[3552]; buffer[0][13] = data[3553]; buffer[0][14] = data[3554]; buffer[0][15] = data[3555]; buffer[0][16] = data[3556]; buffer[0][17] = data[3557]; buffer[0][18] = data[3558]; buffer[0][19] = data[3559];

        }
        if (partition == 178) {
            buffer[0][0] = data[3560]; buffer[0][1] = data[3561]; buffer[0][2] = data[3562]; buffer[0][3] = data[3563]; buffer[0][4] = data[3564]; buffer[0][5] = data[3565]; buffer[0][6] = data[3566]; buffer[0][7] = data[3567]; buffer[0][8] = data[3568]; buffer[0][9] = data[3569]; buffer[0][10] = data[3570]; buffer[0][11] = data[3571]; buffer[0][12] = data[3572]; buffer[0][13] = data[3573]; buffer[0][14] = data[3574]; buffer[0][15] = data[3575]; buffer[0][16] = data[3576]; buffer[0][17] = data[3577]; buffer[0][18] = data[3578]; buffer[0][19] = data[3579];

        }
        if (partition == 179) {
            buffer[0][0] = data[3580]; buffer[0][1] = data[3581]; buffer[0][2] = data[3582]; buffer[0][3] = data[3583]; buffer[0][4] = data[3584]; buffer[0][5] = data[3585]; buffer[0][6] = data[3586]; buffer[0][7] = data[3587]; buffer[0][8] = data[3588]; buffer[0][9] = data[3589]; buffer[0][10] = data[3590]; buffer[0][11] = data[3591]; buffer[0][12] = data[3592]; buffer[0][13] = data[3593]; buffer[0][14] = data[3594]; buffer[0][15] = data[3595]; buffer[0][16] = data[3596]; buffer[0][17] = data[3597]; buffer[0][18] = data[3598]; buffer[0][19] = data[3599];

        }
        if (partition == 180) {
            buffer[0][0] = data[3600]; buffer[0][1] = data[3601]; buffer[0][2] = data[3602]; buffer[0][3] = data[3603]; buffer[0][4] = data[3604]; buffer[0][5] = data[3605]; buffer[0][6] = data[3606]; buffer[0][7] = data[3607]; buffer[0][8] = data[3608]; buffer[0][9] = data[3609]; buffer[0][10] = data[3610]; buffer[0][11] = data[3611]; buffer[0][12] = data[3612]; buffer[0][13] = data[3613]; buffer[0][14] = data[3614]; buffer[0][15] = data[3615]; buffer[0][16] = data[3616]; buffer[0][17] = data[3617]; buffer[0][18] = data[3618]; buffer[0][19] = data[3619];

        }
        if (partition == 181) {
            buffer[0][0] = data[3620]; buffer[0][1] = data[3621]; buffer[0][2] = data[3622]; buffer[0][3] = data[3623]; buffer[0][4] = data[3624]; buffer[0][5] = data[3625]; buffer[0][6] = data[3626]; buffer[0][7] = data[3627]; buffer[0][8] = data[3628]; buffer[0][9] = data[3629]; buffer[0][10] = data[3630]; buffer[0][11] = data[3631]; buffer[0][12] = data[3632]; buffer[0][13] = data[3633]; buffer[0][14] = data[3634]; buffer[0][15] = data[3635]; buffer[0][16] = data[3636]; buffer[0][17] = data[3637]; buffer[0][18] = data[3638]; buffer[0][19] = data[3639];

        }
        if (partition == 182) {
            buffer[0][0] = data[3640]; buffer[0][1] = data[3641]; buffer[0][2] = data[3642]; buffer[0][3] = data[3643]; buffer[0][4] = data[3644]; buffer[0][5] = data[3645]; buffer[0][6] = data[3646]; buffer[0][7] = data[3647]; buffer[0][8] = data[3648]; buffer[0][9] = data[3649]; buffer[0][10] = data[3650]; buffer[0][11] = data[3651]; buffer[0][12] = data[3652]; buffer[0][13] = data[3653]; buffer[0][14] = data[3654]; buffer[0][15] = data[3655]; buffer[0][16] = data[3656]; buffer[0][17] = data[3657]; buffer[0][18] = data[3658]; buffer[0][19] = data[3659];

        }
        if (partition == 183) {
            buffer[0][0] = data[3660]; buffer[0][1] = data[3661]; buffer[0][2] = data[3662]; buffer[0][3] = data[3663]; buffer[0][4] = data[3664]; buffer[0][5] = data[3665]; buffer[0][6] = data[3666]; buffer[0][7] = data[3667]; buffer[0][8] = data[3668]; buffer[0][9] = data[3669]; buffer[0][10] = data[3670]; buffer[0][11] = data[3671]; buffer[0][12] = data[3672]; buffer[0][13] = data[3673]; buffer[0][14] = data[3674]; buffer[0][15] = data[3675]; buffer[0][16] = data[3676]; buffer[0][17] = data[3677]; buffer[0][18] = data[3678]; buffer[0][19] = data[3679];

        }
        if (partition == 184) {
            buffer[0][0] = data[3680]; buffer[0][1] = data[3681]; buffer[0][2] = data[3682]; buffer[0][3] = data[3683]; buffer[0][4] = data[3684]; buffer[0][5] = data[3685]; buffer[0][6] = data[3686]; buffer[0][7] = data[3687]; buffer[0][8] = data[3688]; buffer[0][9] = data[3689]; buffer[0][10] = data[3690]; buffer[0][11] = data[3691]; buffer[0][12] = data[3692]; buffer[0][13] = data[3693]; buffer[0][14] = data[3694]; buffer[0][15] = data[3695]; buffer[0][16] = data[3696]; buffer[0][17] = data[3697]; buffer[0][18] = data[3698]; buffer[0][19] = data[3699];

        }
        if (partition == 185) {
            buffer[0][0] = data[3700]; buffer[0][1] = data[3701]; buffer[0][2] = data[3702]; buffer[0][3] = data[3703]; buffer[0][4] = data[3704]; buffer[0][5] = data[3705]; buffer[0][6] = data[3706]; buffer[0][7] = data[3707]; buffer[0][8] = data[3708]; buffer[0][9] = data[3709]; buffer[0][10] = data[3710]; buffer[0][11] = data[3711]; buffer[0][12] = data[3712]; buffer[0][13] = data[3713]; buffer[0][14] = data[3714]; buffer[0][15] = data[3715]; buffer[0][16] = data[3716]; buffer[0][17] = data[3717]; buffer[0][18] = data[3718]; buffer[0][19] = data[3719];

        }
        if (partition == 186) {
            buffer[0][0] = data[3720]; buffer[0][1] = data[3721]; buffer[0][2] = data[3722]; buffer[0][3] = data[3723]; buffer[0][4] = data[3724]; buffer[0][5] = data[3725]; buffer[0][6] = data[3726]; buffer[0][7] = data[3727]; buffer[0][8] = data[3728]; buffer[0][9] = data[3729]; buffer[0][10] = data[3730]; buffer[0][11] = data[3731]; buffer[0][12] = data[3732]; buffer[0][13] = data[3733]; buffer[0][14] = data[3734]; buffer[0][15] = data[3735]; buffer[0][16] = data[3736]; buffer[0][17] = data[3737]; buffer[0][18] = data[3738]; buffer[0][19] = data[3739];

        }
        if (partition == 187) {
            buffer[0][0] = data[3740]; buffer[0][1] = data[3741]; buffer[0][2] = data[3742]; buffer[0][3] = data[3743]; buffer[0][4] = data[3744]; buffer[0][5] = data[3745]; buffer[0][6] = data[3746]; buffer[0][7] = data[3747]; buffer[0][8] = data[3748]; buffer[0][9] = data[3749]; buffer[0][10] = data[3750]; buffer[0][11] = data[3751]; buffer[0][12] = data[3752]; buffer[0][13] = data[3753]; buffer[0][14] = data[3754]; buffer[0][15] = data[3755]; buffer[0][16] = data[3756]; buffer[0][17] = data[3757]; buffer[0][18] = data[3758]; buffer[0][19] = data[3759];

        }
        if (partition == 188) {
            buffer[0][0] = data[3760]; buffer[0][1] = data[3761]; buffer[0][2] = data[3762]; buffer[0][3] = data[3763]; buffer[0][4] = data[3764]; buffer[0][5] = data[3765]; buffer[0][6] = data[3766]; buffer[0][7] = data[3767]; buffer[0][8] = data[3768]; buffer[0][9] = data[3769]; buffer[0][10] = data[3770]; buffer[0][11] = data[3771]; buffer[0][12] = data[3772]; buffer[0][13] = data[3773]; buffer[0][14] = data[3774]; buffer[0][15] = data[3775]; buffer[0][16] = data[3776]; buffer[0][17] = data[3777]; buffer[0][18] = data[3778]; buffer[0][19] = data[3779];

        }
        if (partition == 189) {
            buffer[0][0] = data[3780]; buffer[0][1] = data[3781]; buffer[0][2] = data[3782]; buffer[0][3] = data[3783]; buffer[0][4] = data[3784]; buffer[0][5] = data[3785]; buffer[0][6] = data[3786]; buffer[0][7] = data[3787]; buffer[0][8] = data[3788]; buffer[0][9] = data[3789]; buffer[0][10] = data[3790]; buffer[0][11] = data[3791]; buffer[0][12] = data[3792]; buffer[0][13] = data[3793]; buffer[0][14] = data[3794]; buffer[0][15] = data[3795]; buffer[0][16] = data[3796]; buffer[0][17] = data[3797]; buffer[0][18] = data[3798]; buffer[0][19] = data[3799];

        }
        if (partition == 190) {
            buffer[0][0] = data[3800]; buffer[0][1] = data[3801]; buffer[0][2] = data[3802]; buffer[0][3] = data[3803]; buffer[0][4] = data[3804]; buffer[0][5] = data[3805]; buffer[0][6] = data[3806]; buffer[0][7] = data[3807]; buffer[0][8] = data[3808]; buffer[0][9] = data[3809]; buffer[0][10] = data[3810]; buffer[0][11] = data[3811]; buffer[0][12] = data[3812]; buffer[0][13] = data[3813]; buffer[0][14] = data[3814]; buffer[0][15] = data[3815]; buffer[0][16] = data[3816]; buffer[0][17] = data[3817]; buffer[0][18] = data[3818]; buffer[0][19] = data[3819];

        }
        if (partition == 191) {
            buffer[0][0] = data[3820]; buffer[0][1] = data[3821]; buffer[0][2] = data[3822]; buffer[0][3] = data[3823]; buffer[0][4] = data[3824]; buffer[0][5] = data[3825]; buffer[0][6] = data[3826]; buffer[0][7] = data[3827]; buffer[0][8] = data[3828]; buffer[0][9] = data[3829]; buffer[0][10] = data[3830]; buffer[0][11] = data[3831]; buffer[0][12] = data[3832]; buffer[0][13] = data[3833]; buffer[0][14] = data[3834]; buffer[0][15] = data[3835]; buffer[0][16] = data[3836]; buffer[0][17] = data[3837]; buffer[0][18] = data[3838]; buffer[0][19] = data[3839];

        }
        if (partition == 192) {
            buffer[0][0] = data[3840]; buffer[0][1] = data[3841]; buffer[0][2] = data[3842]; buffer[0][3] = data[3843]; buffer[0][4] = data[3844]; buffer[0][5] = data[3845]; buffer[0][6] = data[3846]; buffer[0][7] = data[3847]; buffer[0][8] = data[3848]; buffer[0][9] = data[3849]; buffer[0][10] = data[3850]; buffer[0][11] = data[3851]; buffer[0][12] = data[3852]; buffer[0][13] = data[3853]; buffer[0][14] = data[3854]; buffer[0][15] = data[3855]; buffer[0][16] = data[3856]; buffer[0][17] = data[3857]; buffer[0][18] = data[3858]; buffer[0][19] = data[3859];

        }
        if (partition == 193) {
            buffer[0][0] = data[3860]; buffer[0][1] = data[3861]; buffer[0][2] = data[3862]; buffer[0][3] = data[3863]; buffer[0][4] = data[3864]; buffer[0][5] = data[3865]; buffer[0][6] = data[3866]; buffer[0][7] = data[3867]; buffer[0][8] = data[3868]; buffer[0][9] = data[3869]; buffer[0][10] = data[3870]; buffer[0][11] = data[3871]; buffer[0][12] = data[3872]; buffer[0][13] = data[3873]; buffer[0][14] = data[3874]; buffer[0][15] = data[3875]; buffer[0][16] = data[3876]; buffer[0][17] = data[3877]; buffer[0][18] = data[3878]; buffer[0][19] = data[3879];

        }
        if (partition == 194) {
            buffer[0][0] = data[3880]; buffer[0][1] = data[3881]; buffer[0][2] = data[3882]; buffer[0][3] = data[3883]; buffer[0][4] = data[3884]; buffer[0][5] = data[3885]; buffer[0][6] = data[3886]; buffer[0][7] = data[3887]; buffer[0][8] = data[3888]; buffer[0][9] = data[3889]; buffer[0][10] = data[3890]; buffer[0][11] = data[3891]; buffer[0][12] = data[3892]; buffer[0][13] = data[3893]; buffer[0][14] = data[3894]; buffer[0][15] = data[3895]; buffer[0][16] = data[3896]; buffer[0][17] = data[3897]; buffer[0][18] = data[3898]; buffer[0][19] = data[3899];

        }
        if (partition == 195) {
            buffer[0][0] = data[3900]; buffer[0][1] = data[3901]; buffer[0][2] = data[3902]; buffer[0][3] = data[3903]; buffer[0][4] = data[3904]; buffer[0][5] = data[3905]; buffer[0][6] = data[3906]; buffer[0][7] = data[3907]; buffer[0][8] = data[3908]; buffer[0][9] = data[3909]; buffer[0][10] = data[3910]; buffer[0][11] = data[3911]; buffer[0][12] = data[3912]; buffer[0][13] = data[3913]; buffer[0][14] = data[3914]; buffer[0][15] = data[3915]; buffer[0][16] = data[3916]; buffer[0][17] = data[3917]; buffer[0][18] = data[3918]; buffer[0][19] = data[3919];

        }
        if (partition == 196) {
            buffer[0][0] = data[3920]; buffer[0][1] = data[3921]; buffer[0][2] = data[3922]; buffer[0][3] = data[3923]; buffer[0][4] = data[3924]; buffer[0][5] = data[3925]; buffer[0][6] = data[3926]; buffer[0][7] = data[3927]; buffer[0][8] = data[3928]; buffer[0][9] = data[3929]; buffer[0][10] = data[3930]; buffer[0][11] = data[3931]; buffer[0][12] = data[3932]; buffer[0][13] = data[3933]; buffer[0][14] = data[3934]; buffer[0][15] = data[3935]; buffer[0][16] = data[3936]; buffer[0][17] = data[3937]; buffer[0][18] = data[3938]; buffer[0][19] = data[3939];

        }
        if (partition == 197) {
            buffer[0][0] = data[3940]; buffer[0][1] = data[3941]; buffer[0][2] = data[3942]; buffer[0][3] = data[3943]; buffer[0][4] = data[3944]; buffer[0][5] = data[3945]; buffer[0][6] = data[3946]; buffer[0][7] = data[3947]; buffer[0][8] = data[3948]; buffer[0][9] = data[3949]; buffer[0][10] = data[3950]; buffer[0][11] = data[3951]; buffer[0][12] = data[3952]; buffer[0][13] = data[3953]; buffer[0][14] = data[3954]; buffer[0][15] = data[3955]; buffer[0][16] = data[3956]; buffer[0][17] = data[3957]; buffer[0][18] = data[3958]; buffer[0][19] = data[3959];

        }
        if (partition == 198) {
            buffer[0][0] = data[3960]; buffer[0][1] = data[3961]; buffer[0][2] = data[3962]; buffer[0][3] = data[3963]; buffer[0][4] = data[3964]; buffer[0][5] = data[3965]; buffer[0][6] = data[3966]; buffer[0][7] = data[3967]; buffer[0][8] = data[3968]; buffer[0][9] = data[3969]; buffer[0][10] = data[3970]; buffer[0][11] = data[3971]; buffer[0][12] = data[3972]; buffer[0][13] = data[3973]; buffer[0][14] = data[3974]; buffer[0][15] = data[3975]; buffer[0][16] = data[3976]; buffer[0][17] = data[3977]; buffer[0][18] = data[3978]; buffer[0][19] = data[3979];

        }
        if (partition == 199) {
            buffer[0][0] = data[3980]; buffer[0][1] = data[3981]; buffer[0][2] = data[3982]; buffer[0][3] = data[3983]; buffer[0][4] = data[3984]; buffer[0][5] = data[3985]; buffer[0][6] = data[3986]; buffer[0][7] = data[3987]; buffer[0][8] = data[3988]; buffer[0][9] = data[3989]; buffer[0][10] = data[3990]; buffer[0][11] = data[3991]; buffer[0][12] = data[3992]; buffer[0][13] = data[3993]; buffer[0][14] = data[3994]; buffer[0][15] = data[3995]; buffer[0][16] = data[3996]; buffer[0][17] = data[3997]; buffer[0][18] = data[3998]; buffer[0][19] = data[3999];

        }
        if (partition == 200) {
            buffer[0][0] = data[4000]; buffer[0][1] = data[4001]; buffer[0][2] = data[4002]; buffer[0][3] = data[4003]; buffer[0][4] = data[4004]; buffer[0][5] = data[4005]; buffer[0][6] = data[4006]; buffer[0][7] = data[4007]; buffer[0][8] = data[4008]; buffer[0][9] = data[4009]; buffer[0][10] = data[4010]; buffer[0][11] = data[4011]; buffer[0][12] = data[4012]; buffer[0][13] = data[4013]; buffer[0][14] = data[4014]; buffer[0][15] = data[4015]; buffer[0][16] = data[4016]; buffer[0][17] = data[4017]; buffer[0][18] = data[4018]; buffer[0][19] = data[4019];

        }
        if (partition == 201) {
            buffer[0][0] = data[4020]; buffer[0][1] = data[4021]; buffer[0][2] = data[4022]; buffer[0][3] = data[4023]; buffer[0][4] = data[4024]; buffer[0][5] = data[4025]; buffer[0][6] = data[4026]; buffer[0][7] = data[4027]; buffer[0][8] = data[4028]; buffer[0][9] = data[4029]; buffer[0][10] = data[4030]; buffer[0][11] = data[4031]; buffer[0][12] = data[4032]; buffer[0][13] = data[4033]; buffer[0][14] = data[4034]; buffer[0][15] = data[4035]; buffer[0][16] = data[4036]; buffer[0][17] = data[4037]; buffer[0][18] = data[4038]; buffer[0][19] = data[4039];

        }
        if (partition == 202) {
            buffer[0][0] = data[4040]; buffer[0][1] = data[4041]; buffer[0][2] = data[4042]; buffer[0][3] = data[4043]; buffer[0][4] = data[4044]; buffer[0][5] = data[4045]; buffer[0][6] = data[4046]; buffer[0][7] = data[4047]; buffer[0][8] = data[4048]; buffer[0][9] = data[4049]; buffer[0][10] = data[4050]; buffer[0][11] = data[4051]; buffer[0][12] = data[4052]; buffer[0][13] = data[4053]; buffer[0][14] = data[4054]; buffer[0][15] = data[4055]; buffer[0][16] = data[4056]; buffer[0][17] = data[4057]; buffer[0][18] = data[4058]; buffer[0][19] = data[4059];

        }
        if (partition == 203) {
            buffer[0][0] = data[4060]; buffer[0][1] = data[4061]; buffer[0][2] = data[4062]; buffer[0][3] = data[4063]; buffer[0][4] = data[4064]; buffer[0][5] = data[4065]; buffer[0][6] = data[4066]; buffer[0][7] = data[4067]; buffer[0][8] = data[4068]; buffer[0][9] = data[4069]; buffer[0][10] = data[4070]; buffer[0][11] = data[4071]; buffer[0][12] = data[4072]; buffer[0][13] = data[4073]; buffer[0][14] = data[4074]; buffer[0][15] = data[4075]; buffer[0][16] = data[4076]; buffer[0][17] = data[4077]; buffer[0][18] = data[4078]; buffer[0][19] = data[4079];

        }
        if (partition == 204) {
            buffer[0][0] = data[4080]; buffer[0][1] = data[4081]; buffer[0][2] = data[4082]; buffer[0][3] = data[4083]; buffer[0][4] = data[4084]; buffer[0][5] = data[4085]; buffer[0][6] = data[4086]; buffer[0][7] = data[4087]; buffer[0][8] = data[4088]; buffer[0][9] = data[4089]; buffer[0][10] = data[4090]; buffer[0][11] = data[4091]; buffer[0][12] = data[4092]; buffer[0][13] = data[4093]; buffer[0][14] = data[4094]; buffer[0][15] = data[4095]; buffer[0][16] = data[4096]; buffer[0][17] = data[4097]; buffer[0][18] = data[4098]; buffer[0][19] = data[4099];

        }
        if (partition == 205) {
            buffer[0][0] = data[4100]; buffer[0][1] = data[4101]; buffer[0][2] = data[4102]; buffer[0][3] = data[4103]; buffer[0][4] = data[4104]; buffer[0][5] = data[4105]; buffer[0][6] = data[4106]; buffer[0][7] = data[4107]; buffer[0][8] = data[4108]; buffer[0][9] = data[4109]; buffer[0][10] = data[4110]; buffer[0][11] = data[4111]; buffer[0][12] = data[4112]; buffer[0][13] = data[4113]; buffer[0][14] = data[4114]; buffer[0][15] = data[4115]; buffer[0][16] = data[4116]; buffer[0][17] = data[4117]; buffer[0][18] = data[4118]; buffer[0][19] = data[4119];

        }
        if (partition == 206) {
            buffer[0][0] = data[4120]; buffer[0][1] = data[4121]; buffer[0][2] = data[4122]; buffer[0][3] = data[4123]; buffer[0][4] = data[4124]; buffer[0][5] = data[4125]; buffer[0][6] = data[4126]; buffer[0][7] = data[4127]; buffer[0][8] = data[4128]; buffer[0][9] = data[4129]; buffer[0][10] = data[4130]; buffer[0][11] = data[4131]; buffer[0][12] = data[4132]; buffer[0][13] = data[4133]; buffer[0][14] = data[4134]; buffer[0][15] = data[4135]; buffer[0][16] = data[4136]; buffer[0][17] = data[4137]; buffer[0][18] = data[4138]; buffer[0][19] = data[4139];

        }
        if (partition == 207) {
            buffer[0][0] = data[4140]; buffer[0][1] = data[4141]; buffer[0][2] = data[4142]; buffer[0][3] = data[4143]; buffer[0][4] = data[4144]; buffer[0][5] = data[4145]; buffer[0][6] = data[4146]; buffer[0][7] = data[4147]; buffer[0][8] = data[4148]; buffer[0][9] = data[4149]; buffer[0][10] = data[4150]; buffer[0][11] = data[4151]; buffer[0][12] = data[4152]; buffer[0][13] = data[4153]; buffer[0][14] = data[4154]; buffer[0][15] = data[4155]; buffer[0][16] = data[4156]; buffer[0][17] = data[4157]; buffer[0][18] = data[4158]; buffer[0][19] = data[4159];

        }
        if (partition == 208) {
            buffer[0][0] = data[4160]; buffer[0][1] = data[4161]; buffer[0][2] = data[4162]; buffer[0][3] = data[4163]; buffer[0][4] = data[4164]; buffer[0][5] = data[4165]; buffer[0][6] = data[4166]; buffer[0][7] = data[4167]; buffer[0][8] = data[4168]; buffer[0][9] = data[4169]; buffer[0][10] = data[4170]; buffer[0][11] = data[4171]; buffer[0][12] = data[4172]; buffer[0][13] = data[4173]; buffer[0][14] = data[4174]; buffer[0][15] = data[4175]; buffer[0][16] = data[4176]; buffer[0][17] = data[4177]; buffer[0][18] = data[4178]; buffer[0][19] = data[4179];

        }
        if (partition == 209) {
            buffer[0][0] = data[4180]; buffer[0][1] = data[4181]; buffer[0][2] = data[4182]; buffer[0][3] = data[4183]; buffer[0][4] = data[4184]; buffer[0][5] = data[4185]; buffer[0][6] = data[4186]; buffer[0][7] = data[4187]; buffer[0][8] = data[4188]; buffer[0][9] = data[4189]; buffer[0][10] = data[4190]; buffer[0][11] = data[4191]; buffer[0][12] = data[4192]; buffer[0][13] = data[4193]; buffer[0][14] = data[4194]; buffer[0][15] = data[4195]; buffer[0][16] = data[4196]; buffer[0][17] = data[4197]; buffer[0][18] = data[4198]; buffer[0][19] = data[4199];

        }
        if (partition == 210) {
            buffer[0][0] = data[4200]; buffer[0][1] = data[4201]; buffer[0][2] = data[4202]; buffer[0][3] = data[4203]; buffer[0][4] = data[4204]; buffer[0][5] = data[4205]; buffer[0][6] = data[4206]; buffer[0][7] = data[4207]; buffer[0][8] = data[4208]; buffer[0][9] = data[4209]; buffer[0][10] = data[4210]; buffer[0][11] = data[4211]; buffer[0][12] = data[4212]; buffer[0][13] = data[4213]; buffer[0][14] = data[4214]; buffer[0][15] = data[4215]; buffer[0][16] = data[4216]; buffer[0][17] = data[4217]; buffer[0][18] = data[4218]; buffer[0][19] = data[4219];

        }
        if (partition == 211) {
            buffer[0][0] = data[4220]; buffer[0][1] = data[4221]; buffer[0][2] = data[4222]; buffer[0][3] = data[4223]; buffer[0][4] = data[4224]; buffer[0][5] = data[4225]; buffer[0][6] = data[4226]; buffer[0][7] = data[4227]; buffer[0][8] = data[4228]; buffer[0][9] = data[4229]; buffer[0][10] = data[4230]; buffer[0][11] = data[4231]; buffer[0][12] = data[4232]; buffer[0][13] = data[4233]; buffer[0][14] = data[4234]; buffer[0][15] = data[4235]; buffer[0][16] = data[4236]; buffer[0][17] = data[4237]; buffer[0][18] = data[4238]; buffer[0][19] = data[4239];

        }
        if (partition == 212) {
            buffer[0][0] = data[4240]; buffer[0][1] = data[4241]; buffer[0][2] = data[4242]; buffer[0][3] = data[4243]; buffer[0][4] = data[4244]; buffer[0][5] = data[4245]; buffer[0][6] = data[4246]; buffer[0][7] = data[4247]; buffer[0][8] = data[4248]; buffer[0][9] = data[4249]; buffer[0][10] = data[4250]; buffer[0][11] = data[4251]; buffer[0][12] = data[4252]; buffer[0][13] = data[4253]; buffer[0][14] = data[4254]; buffer[0][15] = data[4255]; buffer[0][16] = data[4256]; buffer[0][17] = data[4257]; buffer[0][18] = data[4258]; buffer[0][19] = data[4259];

        }
        if (partition == 213) {
            buffer[0][0] = data[4260]; buffer[0][1] = data[4261]; buffer[0][2] = data[4262]; buffer[0][3] = data[4263]; buffer[0][4] = data[4264]; buffer[0][5] = data[4265]; buffer[0][6] = data[4266]; buffer[0][7] = data[4267]; buffer[0][8] = data[4268]; buffer[0][9] = data[4269]; buffer[0][10] = data[4270]; buffer[0][11] = data[4271]; buffer[0][12] = data[4272]; buffer[0][13] = data[4273]; buffer[0][14] = data[4274]; buffer[0][15] = data[4275]; buffer[0][16] = data[4276]; buffer[0][17] = data[4277]; buffer[0][18] = data[4278]; buffer[0][19] = data[4279];

        }
        if (partition == 214) {
            buffer[0][0] = data[4280]; buffer[0][1] = data[4281]; buffer[0][2] = data[4282]; buffer[0][3] = data[4283]; buffer[0][4] = data[4284]; buffer[0][5] = data[4285]; buffer[0][6] = data[4286]; buffer[0][7] = data[4287]; buffer[0][8] = data[4288]; buffer[0][9] = data[4289]; buffer[0][10] = data[4290]; buffer[0][11] = data[4291]; buffer[0][12] = data[4292]; buffer[0][13] = data[4293]; buffer[0][14] = data[4294]; buffer[0][15] = data[4295]; buffer[0][16] = data[4296]; buffer[0][17] = data[4297]; buffer[0][18] = data[4298]; buffer[0][19] = data[4299];

        }
        if (partition == 215) {
            buffer[0][0] = data[4300]; buffer[0][1] = data[4301]; buffer[0][2] = data[4302]; buffer[0][3] = data[4303]; buffer[0][4] = data[4304]; buffer[0][5] = data[4305]; buffer[0][6] = data[4306]; buffer[0][7] = data[4307]; buffer[0][8] = data[4308]; buffer[0][9] = data[4309]; buffer[0][10] = data[4310]; buffer[0][11] = data[4311]; buffer[0][12] = data[4312]; buffer[0][13] = data[4313]; buffer[0][14] = data[4314]; buffer[0][15] = data[4315]; buffer[0][16] = data[4316]; buffer[0][17] = data[4317]; buffer[0][18] = data[4318]; buffer[0][19] = data[4319];

        }
        if (partition == 216) {
            buffer[0][0] = data[4320]; buffer[0][1] = data[4321]; buffer[0][2] = data[4322]; buffer[0][3] = data[4323]; buffer[0][4] = data[4324]; buffer[0][5] = data[4325]; buffer[0][6] = data[4326]; buffer[0][7] = data[4327]; buffer[0][8] = data[4328]; buffer[0][9] = data[4329]; buffer[0][10] = data[4330]; buffer[0][11] = data[4331]; buffer[0][12] = data[4332]; buffer[0][13] = data[4333]; buffer[0][14] = data[4334]; buffer[0][15] = data[4335]; buffer[0][16] = data[4336]; buffer[0][17] = data[4337]; buffer[0][18] = data[4338]; buffer[0][19] = data[4339];

        }
        if (partition == 217) {
            buffer[0][0] = data[4340]; buffer[0][1] = data[4341]; buffer[0][2] = data[4342]; buffer[0][3] = data[4343]; buffer[0][4] = data[4344]; buffer[0][5] = data[4345]; buffer[0][6] = data[4346]; buffer[0][7] = data[4347]; buffer[0][8] = data[4348]; buffer[0][9] = data[4349]; buffer[0][10] = data[4350]; buffer[0][11] = data[4351]; buffer[0][12] = data[4352]; buffer[0][13] = data[4353]; buffer[0][14] = data[4354]; buffer[0][15] = data[4355]; buffer[0][16] = data[4356]; buffer[0][17] = data[4357]; buffer[0][18] = data[4358]; buffer[0][19] = data[4359];

        }
        if (partition == 218) {
            buffer[0][0] = data[4360]; buffer[0][1] = data[4361]; buffer[0][2] = data[4362]; buffer[0][3] = data[4363]; buffer[0][4] = data[4364]; buffer[0][5] = data[4365]; buffer[0][6] = data[4366]; buffer[0][7] = data[4367]; buffer[0][8] = data[4368]; buffer[0][9] = data[4369]; buffer[0][10] = data[4370]; buffer[0][11] = data[4371]; buffer[0][12] = data[4372]; buffer[0][13] = data[4373]; buffer[0][14] = data[4374]; buffer[0][15] = data[4375]; buffer[0][16] = data[4376]; buffer[0][17] = data[4377]; buffer[0][18] = data[4378]; buffer[0][19] = data[4379];

        }
        if (partition == 219) {
            buffer[0][0] = data[4380]; buffer[0][1] = data[4381]; buffer[0][2] = data[4382]; buffer[0][3] = data[4383]; buffer[0][4] = data[4384]; buffer[0][5] = data[4385]; buffer[0][6] = data[4386]; buffer[0][7] = data[4387]; buffer[0][8] = data[4388]; buffer[0][9] = data[4389]; buffer[0][10] = data[4390]; buffer[0][11] = data[4391]; buffer[0][12] = data[4392]; buffer[0][13] = data[4393]; buffer[0][14] = data[4394]; buffer[0][15] = data[4395]; buffer[0][16] = data[4396]; buffer[0][17] = data[4397]; buffer[0][18] = data[4398]; buffer[0][19] = data[4399];

        }
        if (partition == 220) {
            buffer[0][0] = data[4400]; buffer[0][1] = data[4401]; buffer[0][2] = data[4402]; buffer[0][3] = data[4403]; buffer[0][4] = data[4404]; buffer[0][5] = data[4405]; buffer[0][6] = data[4406]; buffer[0][7] = data[4407]; buffer[0][8] = data[4408]; buffer[0][9] = data[4409]; buffer[0][10] = data[4410]; buffer[0][11] = data[4411]; buffer[0][12] = data[4412]; buffer[0][13] = data[4413]; buffer[0][14] = data[4414]; buffer[0][15] = data[4415]; buffer[0][16] = data[4416]; buffer[0][17] = data[4417]; buffer[0][18] = data[4418]; buffer[0][19] = data[4419];

        }
        if (partition == 221) {
            buffer[0][0] = data[4420]; buffer[0][1] = data[4421]; buffer[0][2] = data[4422]; buffer[0][3] = data[4423]; buffer[0][4] = data[4424]; buffer[0][5] = data[4425]; buffer[0][6] = data[4426]; buffer[0][7] = data[4427]; buffer[0][8] = data[4428]; buffer[0][9] = data[4429]; buffer[0][10] = data[4430]; buffer[0][11] = data[4431]; buffer[0][12] = data[4432]; buffer[0][13] = data[4433]; buffer[0][14] = data[4434]; buffer[0][15] = data[4435]; buffer[0][16] = data[4436]; buffer[0][17] = data[4437]; buffer[0][18] = data[4438]; buffer[0][19] = data[4439];

        }
        if (partition == 222) {
            buffer[0][0] = data[4440]; buffer[0][1] = data[4441]; buffer[0][2] = data[4442]; buffer[0][3] = data[4443]; buffer[0][4] = data[4444]; buffer[0][5] = data[4445]; buffer[0][6] = data[4446]; buffer[0][7] = data[4447]; buffer[0][8] = data[4448]; buffer[0][9] = data[4449]; buffer[0][10] = data[4450]; buffer[0][11] = data[4451]; buffer[0][12] = data[4452]; buffer[0][13] = data[4453]; buffer[0][14] = data[4454]; buffer[0][15] = data[4455]; buffer[0][16] = data[4456]; buffer[0][17] = data[4457]; buffer[0][18] = data[4458]; buffer[0][19] = data[4459];

        }
        if (partition == 223) {
            buffer[0][0] = data[4460]; buffer[0][1] = data[4461]; buffer[0][2] = data[4462]; buffer[0][3] = data[4463]; buffer[0][4] = data[4464]; buffer[0][5] = data[4465]; buffer[0][6] = data[4466]; buffer[0][7] = data[4467]; buffer[0][8] = data[4468]; buffer[0][9] = data[4469]; buffer[0][10] = data[4470]; buffer[0][11] = data[4471]; buffer[0][12] = data[4472]; buffer[0][13] = data[4473]; buffer[0][14] = data[4474]; buffer[0][15] = data[4475]; buffer[0][16] = data[4476]; buffer[0][17] = data[4477]; buffer[0][18] = data[4478]; buffer[0][19] = data[4479];

        }
        if (partition == 224) {
            buffer[0][0] = data[4480]; buffer[0][1] = data[4481]; buffer[0][2] = data[4482]; buffer[0][3] = data[4483]; buffer[0][4] = data[4484]; buffer[0][5] = data[4485]; buffer[0][6] = data[4486]; buffer[0][7] = data[4487]; buffer[0][8] = data[4488]; buffer[0][9] = data[4489]; buffer[0][10] = data[4490]; buffer[0][11] = data[4491]; buffer[0][12] = data[4492]; buffer[0][13] = data[4493]; buffer[0][14] = data[4494]; buffer[0][15] = data[4495]; buffer[0][16] = data[4496]; buffer[0][17] = data[4497]; buffer[0][18] = data[4498]; buffer[0][19] = data[4499];

        }
        if (partition == 225) {
            buffer[0][0] = data[4500]; buffer[0][1] = data[4501]; buffer[0][2] = data[4502]; buffer[0][3] = data[4503]; buffer[0][4] = data[4504]; buffer[0][5] = data[4505]; buffer[0][6] = data[4506]; buffer[0][7] = data[4507]; buffer[0][8] = data[4508]; buffer[0][9] = data[4509]; buffer[0][10] = data[4510]; buffer[0][11] = data[4511]; buffer[0][12] = data[4512]; buffer[0][13] = data[4513]; buffer[0][14] = data[4514]; buffer[0][15] = data[4515]; buffer[0][16] = data[4516]; buffer[0][17] = data[4517]; buffer[0][18] = data[4518]; buffer[0][19] = data[4519];

        }
        if (partition == 226) {
            buffer[0][0] = data[4520]; buffer[0][1] = data[4521]; buffer[0][2] = data[4522]; buffer[0][3] = data[4523]; buffer[0][4] = data[4524]; buffer[0][5] = data[4525]; buffer[0][6] = data[4526]; buffer[0][7] = data[4527]; buffer[0][8] = data[4528]; buffer[0][9] = data[4529]; buffer[0][10] = data[4530]; buffer[0][11] = data[4531]; buffer[0][12] = data[4532]; buffer[0][13] = data[4533]; buffer[0][14] = data[4534]; buffer[0][15] = data[4535]; buffer[0][16] = data[4536]; buffer[0][17] = data[4537]; buffer[0][18] = data[4538]; buffer[0][19] = data[4539];

        }
        if (partition == 227) {
            buffer[0][0] = data[4540]; buffer[0][1] = data[4541]; buffer[0][2] = data[4542]; buffer[0][3] = data[4543]; buffer[0][4] = data[4544]; buffer[0][5] = data[4545]; buffer[0][6] = data[4546]; buffer[0][7] = data[4547]; buffer[0][8] = data[4548]; buffer[0][9] = data[4549]; buffer[0][10] = data[4550]; buffer[0][11] = data[4551]; buffer[0][12] = data[4552]; buffer[0][13] = data[4553]; buffer[0][14] = data[4554]; buffer[0][15] = data[4555]; buffer[0][16] = data[4556]; buffer[0][17] = data[4557]; buffer[0][18] = data[4558]; buffer[0][19] = data[4559];

        }
        if (partition == 228) {
            buffer[0][0] = data[4560]; buffer[0][1] = data[4561]; buffer[0][2] = data[4562]; buffer[0][3] = data[4563]; buffer[0][4] = data[4564]; buffer[0][5] = data[4565]; buffer[0][6] = data[4566]; buffer[0][7] = data[4567]; buffer[0][8] = data[4568]; buffer[0][9] = data[4569]; buffer[0][10] = data[4570]; buffer[0][11] = data[4571]; buffer[0][12] = data[4572]; buffer[0][13] = data[4573]; buffer[0][14] = data[4574]; buffer[0][15] = data[4575]; buffer[0][16] = data[4576]; buffer[0][17] = data[4577]; buffer[0][18] = data[4578]; buffer[0][19] = data[4579];

        }
        if (partition == 229) {
            buffer[0][0] = data[4580]; buffer[0][1] = data[4581]; buffer[0][2] = data[4582]; buffer[0][3] = data[4583]; buffer[0][4] = data[4584]; buffer[0][5] = data[4585]; buffer[0][6] = data[4586]; buffer[0][7] = data[4587]; buffer[0][8] = data[4588]; buffer[0][9] = data[4589]; buffer[0][10] = data[4590]; buffer[0][11] = data[4591]; buffer[0][12] = data[4592]; buffer[0][13] = data[4593]; buffer[0][14] = data[4594]; buffer[0][15] = data[4595]; buffer[0][16] = data[4596]; buffer[0][17] = data[4597]; buffer[0][18] = data[4598]; buffer[0][19] = data[4599];

        }
        if (partition == 230) {
            buffer[0][0] = data[4600]; buffer[0][1] = data[4601]; buffer[0][2] = data[4602]; buffer[0][3] = data[4603]; buffer[0][4] = data[4604]; buffer[0][5] = data[4605]; buffer[0][6] = data[4606]; buffer[0][7] = data[4607]; buffer[0][8] = data[4608]; buffer[0][9] = data[4609]; buffer[0][10] = data[4610]; buffer[0][11] = data[4611]; buffer[0][12] = data[4612]; buffer[0][13] = data[4613]; buffer[0][14] = data[4614]; buffer[0][15] = data[4615]; buffer[0][16] = data[4616]; buffer[0][17] = data[4617]; buffer[0][18] = data[4618]; buffer[0][19] = data[4619];

        }
        if (partition == 231) {
            buffer[0][0] = data[4620]; buffer[0][1] = data[4621]; buffer[0][2] = data[4622]; buffer[0][3] = data[4623]; buffer[0][4] = data[4624]; buffer[0][5] = data[4625]; buffer[0][6] = data[4626]; buffer[0][7] = data[4627]; buffer[0][8] = data[4628]; buffer[0][9] = data[4629]; buffer[0][10] = data[4630]; buffer[0][11] = data[4631]; buffer[0][12] = data[4632]; buffer[0][13] = data[4633]; buffer[0][14] = data[4634]; buffer[0][15] = data[4635]; buffer[0][16] = data[4636]; buffer[0][17] = data[4637]; buffer[0][18] = data[4638]; buffer[0][19] = data[4639];

        }
        if (partition == 232) {
            buffer[0][0] = data[4640]; buffer[0][1] = data[4641]; buffer[0][2] = data[4642]; buffer[0][3] = data[4643]; buffer[0][4] = data[4644]; buffer[0][5] = data[4645]; buffer[0][6] = data[4646]; buffer[0][7] = data[4647]; buffer[0][8] = data[4648]; buffer[0][9] = data[4649]; buffer[0][10] = data[4650]; buffer[0][11] = data[4651]; buffer[0][12] = data[4652]; buffer[0][13] = data[4653]; buffer[0][14] = data[4654]; buffer[0][15] = data[4655]; buffer[0][16] = data[4656]; buffer[0][17] = data[4657]; buffer[0][18] = data[4658]; buffer[0][19] = data[4659];

        }
        if (partition == 233) {
            buffer[0][0] = data[4660]; buffer[0][1] = data[4661]; buffer[0][2] = data[4662]; buffer[0][3] = data[4663]; buffer[0][4] = data[4664]; buffer[0][5] = data[4665]; buffer[0][6] = data[4666]; buffer[0][7] = data[4667]; buffer[0][8] = data[4668]; buffer[0][9] = data[4669]; buffer[0][10] = data[4670]; buffer[0][11] = data[4671]; buffer[0][12] = data[4672]; buffer[0][13] = data[4673]; buffer[0][14] = data[4674]; buffer[0][15] = data[4675]; buffer[0][16] = data[4676]; buffer[0][17] = data[4677]; buffer[0][18] = data[4678]; buffer[0][19] = data[4679];

        }
        if (partition == 234) {
            buffer[0][0] = data[4680]; buffer[0][1] = data[4681]; buffer[0][2] = data[4682]; buffer[0][3] = data[4683]; buffer[0][4] = data[4684]; buffer[0][5] = data[4685]; buffer[0][6] = data[4686]; buffer[0][7] = data[4687]; buffer[0][8] = data[4688]; buffer[0][9] = data[4689]; buffer[0][10] = data[4690]; buffer[0][11] = data[4691]; buffer[0][12] = data[4692]; buffer[0][13] = data[4693]; buffer[0][14] = data[4694]; buffer[0][15] = data[4695]; buffer[0][16] = data[4696]; buffer[0][17] = data[4697]; buffer[0][18] = data[4698]; buffer[0][19] = data[4699];

        }
        if (partition == 235) {
            buffer[0][0] = data[4700]; buffer[0][1] = data[4701]; buffer[0][2] = data[4702]; buffer[0][3] = data[4703]; buffer[0][4] = data[4704]; buffer[0][5] = data[4705]; buffer[0][6] = data[4706]; buffer[0][7] = data[4707]; buffer[0][8] = data[4708]; buffer[0][9] = data[4709]; buffer[0][10] = data[4710]; buffer[0][11] = data[4711]; buffer[0][12] = data[4712]; buffer[0][13] = data[4713]; buffer[0][14] = data[4714]; buffer[0][15] = data[4715]; buffer[0][16] = data[4716]; buffer[0][17] = data[4717]; buffer[0][18] = data[4718]; buffer[0][19] = data[4719];

        }
        if (partition == 236) {
            buffer[0][0] = data[4720]; buffer[0][1] = data[4721]; buffer[0][2] = data[4722]; buffer[0][3] = data[4723]; buffer[0][4] = data[4724]; buffer[0][5] = data[4725]; buffer[0][6] = data[4726]; buffer[0][7] = data[4727]; buffer[0][8] = data[4728]; buffer[0][9] = data[4729]; buffer[0][10] = data[4730]; buffer[0][11] = data[4731]; buffer[0][12] = data[4732]; buffer[0][13] = data[4733]; buffer[0][14] = data[4734]; buffer[0][15] = data[4735]; buffer[0][16] = data[4736]; buffer[0][17] = data[4737]; buffer[0][18] = data[4738]; buffer[0][19] = data[4739];

        }
        if (partition == 237) {
            buffer[0][0] = data[4740]; buffer[0][1] = data[4741]; buffer[0][2] = data[4742]; buffer[0][3] = data[4743]; buffer[0][4] = data[4744]; buffer[0][5] = data[4745]; buffer[0][6] = data[4746]; buffer[0][7] = data[4747]; buffer[0][8] = data[4748]; buffer[0][9] = data[4749]; buffer[0][10] = data[4750]; buffer[0][11] = data[4751]; buffer[0][12] = data[4752]; buffer[0][13] = data[4753]; buffer[0][14] = data[4754]; buffer[0][15] = data[4755]; buffer[0][16] = data[4756]; buffer[0][17] = data[4757]; buffer[0][18] = data[4758]; buffer[0][19] = data[4759];

        }
        if (partition == 238) {
            buffer[0][0] = data[4760]; buffer[0][1] = data[4761]; buffer[0][2] = data[4762]; buffer[0][3] = data[4763]; buffer[0][4] = data[4764]; buffer[0][5] = data[4765]; buffer[0][6] = data[4766]; buffer[0][7] = data[4767]; buffer[0][8] = data[4768]; buffer[0][9] = data[4769]; buffer[0][10] = data[4770]; buffer[0][11] = data[4771]; buffer[0][12] = data[4772]; buffer[0][13] = data[4773]; buffer[0][14] = data[4774]; buffer[0][15] = data[4775]; buffer[0][16] = data[4776]; buffer[0][17] = data[4777]; buffer[0][18] = data[4778]; buffer[0][19] = data[4779];

        }
        if (partition == 239) {
            buffer[0][0] = data[4780]; buffer[0][1] = data[4781]; buffer[0][2] = data[4782]; buffer[0][3] = data[4783]; buffer[0][4] = data[4784]; buffer[0][5] = data[4785]; buffer[0][6] = data[4786]; buffer[0][7] = data[4787]; buffer[0][8] = data[4788]; buffer[0][9] = data[4789]; buffer[0][10] = data[4790]; buffer[0][11] = data[4791]; buffer[0][12] = data[4792]; buffer[0][13] = data[4793]; buffer[0][14] = data[4794]; buffer[0][15] = data[4795]; buffer[0][16] = data[4796]; buffer[0][17] = data[4797]; buffer[0][18] = data[4798]; buffer[0][19] = data[4799];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_39 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7]; buffer[0][8] =    data[8]; buffer[0][9] =    data[9]; buffer[0][10] =   data[10]; buffer[0][11] =   data[11]; buffer[0][12] =   data[12]; buffer[0][13] =   data[13]; buffer[0][14] =   data[14]; buffer[0][15] =   data[15]; buffer[0][16] =   data[16]; buffer[0][17] =   data[17]; buffer[0][18] =   data[18]; buffer[0][19] =   data[19]; buffer[0][20] =   data[20]; buffer[0][21] =   data[21]; buffer[0][22] =   data[22]; buffer[0][23] =   data[23]; buffer[0][24] =   data[24]; buffer[0][25] =   data[25]; buffer[0][26] =   data[26]; buffer[0][27] =   data[27]; buffer[0][28] =   data[28]; buffer[0][29] =   data[29]; buffer[0][30] =   data[30]; buffer[0][31] =   data[31]; buffer[0][32] =   data[32]; buffer[0][33] =   data[33]; buffer[0][34] =   data[34]; buffer[0][35] =   data[35]; buffer[0][36] =   data[36]; buffer[0][37] =   data[37]; buffer[0][38] =   data[38]; buffer[0][39] =   data[39]; buffer[0][40] =   data[40]; buffer[0][41] =   data[41]; buffer[0][42] =   data[42]; buffer[0][43] =   data[43]; buffer[0][44] =   data[44]; buffer[0][45] =   data[45]; buffer[0][46] =   data[46]; buffer[0][47] =   data[47]; buffer[0][48] =   data[48]; buffer[0][49] =   data[49]; buffer[0][50] =   data[50]; buffer[0][51] =   data[51]; buffer[0][52] =   data[52]; buffer[0][53] =   data[53]; buffer[0][54] =   data[54]; buffer[0][55] =   data[55]; buffer[0][56] =   data[56]; buffer[0][57] =   data[57]; buffer[0][58] =   data[58]; buffer[0][59] =   data[59]; buffer[0][60] =   data[60]; buffer[0][61] =   data[61]; buffer[0][62] =   data[62]; buffer[0][63] =   data[63]; buffer[0][64] =   data[64]; buffer[0][65] =   data[65]; buffer[0][66] =   data[66]; buffer[0][67] =   data[67]; buffer[0][68] =   data[68]; buffer[0][69] =   data[69]; buffer[0][70] =   data[70]; buffer[0][71] =   data[71]; buffer[0][72] =   data[72]; buffer[0][73] =   data[73]; buffer[0][74] =   data[74]; buffer[0][75] =   data[75]; buffer[0][76] =   data[76]; buffer[0][77] =   data[77]; buffer[0][78] =   data[78]; buffer[0][79] =   data[79]; buffer[0][80] =   data[80]; buffer[0][81] =   data[81]; buffer[0][82] =   data[82]; buffer[0][83] =   data[83]; buffer[0][84] =   data[84]; buffer[0][85] =   data[85]; buffer[0][86] =   data[86]; buffer[0][87] =   data[87]; buffer[0][88] =   data[88]; buffer[0][89] =   data[89]; buffer[0][90] =   data[90]; buffer[0][91] =   data[91]; buffer[0][92] =   data[92]; buffer[0][93] =   data[93]; buffer[0][94] =   data[94]; buffer[0][95] =   data[95]; buffer[0][96] =   data[96]; buffer[0][97] =   data[97]; buffer[0][98] =   data[98]; buffer[0][99] =   data[99]; buffer[0][100] =  data[100]; buffer[0][101] =  data[101]; buffer[0][102] =  data[102]; buffer[0][103] =  data[103]; buffer[0][104] =  data[104]; buffer[0][105] =  data[105]; buffer[0][106] =  data[106]; buffer[0][107] =  data[107]; buffer[0][108] =  data[108]; buffer[0][109] =  data[109]; buffer[0][110] =  data[110]; buffer[0][111] =  data[111]; buffer[0][112] =  data[112]; buffer[0][113] =  data[113]; buffer[0][114] =  data[114]; buffer[0][115] =  data[115]; buffer[0][116] =  data[116]; buffer[0][117] =  data[117]; buffer[0][118] =  data[118]; buffer[0][119] =  data[119]; buffer[0][120] =  data[120]; buffer[0][121] =  data[121]; buffer[0][122] =  data[122]; buffer[0][123] =  data[123]; buffer[0][124] =  data[124]; buffer[0][125] =  data[125]; buffer[0][126] =  data[126]; buffer[0][127] =  data[127]; buffer[0][128] =  data[128]; buffer[0][129] =  data[129]; buffer[0][130] =  data[130]; buffer[0][131] =  data[131]; buffer[0][132] =  data[132]; buffer[0][133] =  data[133]; buffer[0][134] =  data[134]; buffer[0][135] =  data[135]; buffer[0][136] =  data[136]; buffer[0][137] =  data[137]; buffer[0][138] =  data[138]; buffer[0][139] =  data[139]; buffer[0][140] =  data[140]; buffer[0][141] =  data[141]; buffer[0][142] =  data[142]; buffer[0][143] =  data[143]; buffer[0][144] =  data[144]; buffer[0][145] =  data[145]; buffer[0][146] =  data[146]; buffer[0][147] =  data[147]; buffer[0][148] =  data[148]; buffer[0][149] =  data[149]; buffer[0][150] =  data[150]; buffer[0][151] =  data[151]; buffer[0][152] =  data[152]; buffer[0][153] =  data[153]; buffer[0][154] =  data[154]; buffer[0][155] =  data[155]; buffer[0][156] =  data[156]; buffer[0][157] =  data[157]; buffer[0][158] =  data[158]; buffer[0][159] =  data[159]; buffer[0][160] =  data[160]; buffer[0][161] =  data[161]; buffer[0][162] =  data[162]; buffer[0][163] =  data[163]; buffer[0][164] =  data[164]; buffer[0][165] =  data[165]; buffer[0][166] =  data[166]; buffer[0][167] =  data[167]; buffer[0][168] =  data[168]; buffer[0][169] =  data[169]; buffer[0][170] =  data[170]; buffer[0][171] =  data[171]; buffer[0][172] =  data[172]; buffer[0][173] =  data[173]; buffer[0][174] =  data[174]; buffer[0][175] =  data[175]; buffer[0][176] =  data[176]; buffer[0][177] =  data[177]; buffer[0][178] =  data[178]; buffer[0][179] =  data[179]; buffer[0][180] =  data[180]; buffer[0][181] =  data[181]; buffer[0][182] =  data[182]; buffer[0][183] =  data[183]; buffer[0][184] =  data[184]; buffer[0][185] =  data[185]; buffer[0][186] =  data[186]; buffer[0][187] =  data[187]; buffer[0][188] =  data[188]; buffer[0][189] =  data[189]; buffer[0][190] =  data[190]; buffer[0][191] =  data[191]; buffer[0][192] =  data[192]; buffer[0][193] =  data[193]; buffer[0][194] =  data[194]; buffer[0][195] =  data[195]; buffer[0][196] =  data[196]; buffer[0][197] =  data[197]; buffer[0][198] =  data[198]; buffer[0][199] =  data[199]; buffer[0][200] =  data[200]; buffer[0][201] =  data[201]; buffer[0][202] =  data[202]; buffer[0][203] =  data[203]; buffer[0][204] =  data[204]; buffer[0][205] =  data[205]; buffer[0][206] =  data[206]; buffer[0][207] =  data[207]; buffer[0][208] =  data[208]; buffer[0][209] =  data[209]; buffer[0][210] =  data[210]; buffer[0][211] =  data[211]; buffer[0][212] =  data[212]; buffer[0][213] =  data[213]; buffer[0][214] =  data[214]; buffer[0][215] =  data[215]; buffer[0][216] =  data[216]; buffer[0][217] =  data[217]; buffer[0][218] =  data[218]; buffer[0][219] =  data[219]; buffer[0][220] =  data[220]; buffer[0][221] =  data[221]; buffer[0][222] =  data[222]; buffer[0][223] =  data[223]; buffer[0][224] =  data[224]; buffer[0][225] =  data[225]; buffer[0][226] =  data[226]; buffer[0][227] =  data[227]; buffer[0][228] =  data[228]; buffer[0][229] =  data[229]; buffer[0][230] =  data[230]; buffer[0][231] =  data[231]; buffer[0][232] =  data[232]; buffer[0][233] =  data[233]; buffer[0][234] =  data[234]; buffer[0][235] =  data[235]; buffer[0][236] =  data[236]; buffer[0][237] =  data[237]; buffer[0][238] =  data[238]; buffer[0][239] =  data[239];

        }
        if (partition ==   1) {
            buffer[0][0] =  data[240]; buffer[0][1] =  data[241]; buffer[0][2] =  data[242]; buffer[0][3] =  data[243]; buffer[0][4] =  data[244]; buffer[0][5] =  data[245]; buffer[0][6] =  data[246]; buffer[0][7] =  data[247]; buffer[0][8] =  data[248]; buffer[0][9] =  data[249]; buffer[0][10] =  data[250]; buffer[0][11] =  data[251]; buffer[0][12] =  data[252]; buffer[0][13] =  data[253]; buffer[0][14] =  data[254]; buffer[0][15] =  data[255]; buffer[0][16] =  data[256]; buffer[0][17] =  data[257]; buffer[0][18] =  data[258]; buffer[0][19] =  data[259]; buffer[0][20] =  data[260]; buffer[0][21] =  data[261]; buffer[0][22] =  data[262]; buffer[0][23] =  data[263]; buffer[0][24] =  data[264]; buffer[0][25] =  data[265]; buffer[0][26] =  data[266]; buffer[0][27] =  data[267]; buffer[0][28] =  data[268]; buffer[0][29] =  data[269]; buffer[0][30] =  data[270]; buffer[0][31] =  data[271]; buffer[0][32] =  data[272]; buffer[0][33] =  data[273]; buffer[0][34] =  data[274]; buffer[0][35] =  data[275]; buffer[0][36] =  data[276]; buffer[0][37] =  data[277]; buffer[0][38] =  data[278]; buffer[0][39] =  data[279]; buffer[0][40] =  data[280]; buffer[0][41] =  data[281]; buffer[0][42] =  data[282]; buffer[0][43] =  data[283]; buffer[0][44] =  data[284]; buffer[0][45] =  data[285]; buffer[0][46] =  data[286]; buffer[0][47] =  data[287]; buffer[0][48] =  data[288]; buffer[0][49] =  data[289]; buffer[0][50] =  data[290]; buffer[0][51] =  data[291]; buffer[0][52] =  data[292]; buffer[0][53] =  data[293]; buffer[0][54] =  data[294]; buffer[0][55] =  data[295]; buffer[0][56] =  data[296]; buffer[0][57] =  data[297]; buffer[0][58] =  data[298]; buffer[0][59] =  data[299]; buffer[0][60] =  data[300]; buffer[0][61] =  data[301]; buffer[0][62] =  data[302]; buffer[0][63] =  data[303]; buffer[0][64] =  data[304]; buffer[0][65] =  data[305]; buffer[0][66] =  data[306]; buffer[0][67] =  data[307]; buffer[0][68] =  data[308]; buffer[0][69] =  data[309]; buffer[0][70] =  data[310]; buffer[0][71] =  data[311]; buffer[0][72] =  data[312]; buffer[0][73] =  data[313]; buffer[0][74] =  data[314]; buffer[0][75] =  data[315]; buffer[0][76] =  data[316]; buffer[0][77] =  data[317]; buffer[0][78] =  data[318]; buffer[0][79] =  data[319]; buffer[0][80] =  data[320]; buffer[0][81] =  data[321]; buffer[0][82] =  data[322]; buffer[0][83] =  data[323]; buffer[0][84] =  data[324]; buffer[0][85] =  data[325]; buffer[0][86] =  data[326]; buffer[0][87] =  data[327]; buffer[0][88] =  data[328]; buffer[0][89] =  data[329]; buffer[0][90] =  data[330]; buffer[0][91] =  data[331]; buffer[0][92] =  data[332]; buffer[0][93] =  data[333]; buffer[0][94] =  data[334]; buffer[0][95] =  data[335]; buffer[0][96] =  data[336]; buffer[0][97] =  data[337]; buffer[0][98] =  data[338]; buffer[0][99] =  data[339]; buffer[0][100] =  data[340]; buffer[0][101] =  data[341]; buffer[0][102] =  data[342]; buffer[0][103] =  data[343]; buffer[0][104] =  data[344]; buffer[0][105] =  data[345]; buffer[0][106] =  data[346]; buffer[0][107] =  data[347]; buffer[0][108] =  data[348]; buffer[0][109] =  data[349]; buffer[0][110] =  data[350]; buffer[0][111] =  data[351]; buffer[0][112] =  data[352]; buffer[0][113] =  data[353]; buffer[0][114] =  data[354]; buffer[0][115] =  data[355]; buffer[0][116] =  data[356]; buffer[0][117] =  data[357]; buffer[0][118] =  data[358]; buffer[0][119] =  data[359]; buffer[0][120] =  data[360]; buffer[0][121] =  data[361]; buffer[0][122] =  data[362]; buffer[0][123] =  data[363]; buffer[0][124] =  data[364]; buffer[0][125] =  data[365]; buffer[0][126] =  data[366]; buffer[0][127] =  data[367]; buffer[0][128] =  data[368]; buffer[0][129] =  data[369]; buffer[0][130] =  data[370]; buffer[0][131] =  data[371]; buffer[0][132] =  data[372]; buffer[0][133] =  data[373]; buffer[0][134] =  data[374]; buffer[0][135] =  data[375]; buffer[0][136] =  data[376]; buffer[0][137] =  data[377]; buffer[0][138] =  data[378]; buffer[0][139] =  data[379]; buffer[0][140] =  data[380]; buffer[0][141] =  data[381]; buffer[0][142] =  data[382]; buffer[0][143] =  data[383]; buffer[0][144] =  data[384]; buffer[0][145] =  data[385]; buffer[0][146] =  data[386]; buffer[0][147] =  data[387]; buffer[0][148] =  data[388]; buffer[0][149] =  data[389]; buffer[0][150] =  data[390]; buffer[0][151] =  data[391]; buffer[0][152] =  data[392]; buffer[0][153] =  data[393]; buffer[0][154] =  data[394]; buffer[0][155] =  data[395]; buffer[0][156] =  data[396]; buffer[0][157] =  data[397]; buffer[0][158] =  data[398]; buffer[0][159] =  data[399]; buffer[0][160] =  data[400]; buffer[0][161] =  data[401]; buffer[0][162] =  data[402]; buffer[0][163] =  data[403]; buffer[0][164] =  data[404]; buffer[0][165] =  data[405]; buffer[0][166] =  data[406]; buffer[0][167] =  data[407]; buffer[0][168] =  data[408]; buffer[0][169] =  data[409]; buffer[0][170] =  data[410]; buffer[0][171] =  data[411]; buffer[0][172] =  data[412]; buffer[0][173] =  data[413]; buffer[0][174] =  data[414]; buffer[0][175] =  data[415]; buffer[0][176] =  data[416]; buffer[0][177] =  data[417]; buffer[0][178] =  data[418]; buffer[0][179] =  data[419]; buffer[0][180] =  data[420]; buffer[0][181] =  data[421]; buffer[0][182] =  data[422]; buffer[0][183] =  data[423]; buffer[0][184] =  data[424]; buffer[0][185] =  data[425]; buffer[0][186] =  data[426]; buffer[0][187] =  data[427]; buffer[0][188] =  data[428]; buffer[0][189] =  data[429]; buffer[0][190] =  data[430]; buffer[0][191] =  data[431]; buffer[0][192] =  data[432]; buffer[0][193] =  data[433]; buffer[0][194] =  data[434]; buffer[0][195] =  data[435]; buffer[0][196] =  data[436]; buffer[0][197] =  data[437]; buffer[0][198] =  data[438]; buffer[0][199] =  data[439]; buffer[0][200] =  data[440]; buffer[0][201] =  data[441]; buffer[0][202] =  data[442]; buffer[0][203] =  data[443]; buffer[0][204] =  data[444]; buffer[0][205] =  data[445]; buffer[0][206] =  data[446]; buffer[0][207] =  data[447]; buffer[0][208] =  data[448]; buffer[0][209] =  data[449]; buffer[0][210] =  data[450]; buffer[0][211] =  data[451]; buffer[0][212] =  data[452]; buffer[0][213] =  data[453]; buffer[0][214] =  data[454]; buffer[0][215] =  data[455]; buffer[0][216] =  data[456]; buffer[0][217] =  data[457]; buffer[0][218] =  data[458]; buffer[0][219] =  data[459]; buffer[0][220] =  data[460]; buffer[0][221] =  data[461]; buffer[0][222] =  data[462]; buffer[0][223] =  data[463]; buffer[0][224] =  data[464]; buffer[0][225] =  data[465]; buffer[0][226] =  data[466]; buffer[0][227] =  data[467]; buffer[0][228] =  data[468]; buffer[0][229] =  data[469]; buffer[0][230] =  data[470]; buffer[0][231] =  data[471]; buffer[0][232] =  data[472]; buffer[0][233] =  data[473]; buffer[0][234] =  data[474]; buffer[0][235] =  data[475]; buffer[0][236] =  data[476]; buffer[0][237] =  data[477]; buffer[0][238] =  data[478]; buffer[0][239] =  data[479];

        }
        if (partition ==   2) {
            buffer[0][0] =  data[480]; buffer[0][1] =  data[481]; buffer[0][2] =  data[482]; buffer[0][3] =  data[483]; buffer[0][4] =  data[484]; buffer[0][5] =  data[485]; buffer[0][6] =  data[486]; buffer[0][7] =  data[487]; buffer[0][8] =  data[488]; buffer[0][9] =  data[489]; buffer[0][10] =  data[490]; buffer[0][11] =  data[491]; buffer[0][12] =  data[492]; buffer[0][13] =  data[493]; buffer[0][14] =  data[494]; buffer[0][15] =  data[495]; buffer[0][16] =  data[496]; buffer[0][17] =  data[497]; buffer[0][18] =  data[498]; buffer[0][19] =  data[499]; buffer[0][20] =  data[500]; buffer[0][21] =  data[501]; buffer[0][22] =  data[502]; buffer[0][23] =  data[503]; buffer[0][24] =  data[504]; buffer[0][25] =  data[505]; buffer[0][26] =  data[506]; buffer[0][27] =  data[507]; buffer[0][28] =  data[508]; buffer[0][29] =  data[509]; buffer[0][30] =  data[510]; buffer[0][31] =  data[511]; buffer[0][32] =  data[512]; buffer[0][33] =  data[513]; buffer[0][34] =  data[514]; buffer[0][35] =  data[515]; buffer[0][36] =  data[516]; buffer[0][37] =  data[517]; buffer[0][38] =  data[518]; buffer[0][39] =  data[519]; buffer[0][40] =  data[520]; buffer[0][41] =  data[521]; buffer[0][42] =  data[522]; buffer[0][43] =  data[523]; buffer[0][44] =  data[524]; buffer[0][45] =  data[525]; buffer[0][46] =  data[526]; buffer[0][47] =  data[527]; buffer[0][48] =  data[528]; buffer[0][49] =  data[529]; buffer[0][50] =  data[530]; buffer[0][51] =  data[531]; buffer[0][52] =  data[532]; buffer[0][53] =  data[533]; buffer[0][54] =  data[534]; buffer[0][55] =  data[535]; buffer[0][56] =  data[536]; buffer[0][57] =  data[537]; buffer[0][58] =  data[538]; buffer[0][59] =  data[539]; buffer[0][60] =  data[540]; buffer[0][61] =  data[541]; buffer[0][62] =  data[542]; buffer[0][63] =  data[543]; buffer[0][64] =  data[544]; buffer[0][65] =  data[545]; buffer[0][66] =  data[546]; buffer[0][67] =  data[547]; buffer[0][68] =  data[548]; buffer[0][69] =  data[549]; buffer[0][70] =  data[550]; buffer[0][71] =  data[551]; buffer[0][72] =  data[552]; buffer[0][73] =  data[553]; buffer[0][74] =  data[554]; buffer[0][75] =  data[555]; buffer[0][76] =  data[556]; buffer[0][77] =  data[557]; buffer[0][78] =  data[558]; buffer[0][79] =  data[559]; buffer[0][80] =  data[560]; buffer[0][81] =  data[561]; buffer[0][82] =  data[562]; buffer[0][83] =  data[563]; buffer[0][84] =  data[564]; buffer[0][85] =  data[565]; buffer[0][86] =  data[566]; buffer[0][87] =  data[567]; buffer[0][88] =  data[568]; buffer[0][89] =  data[569]; buffer[0][90] =  data[570]; buffer[0][91] =  data[571]; buffer[0][92] =  data[572]; buffer[0][93] =  data[573]; buffer[0][94] =  data[574]; buffer[0][95] =  data[575]; buffer[0][96] =  data[576]; buffer[0][97] =  data[577]; buffer[0][98] =  data[578]; buffer[0][99] =  data[579]; buffer[0][100] =  data[580]; buffer[0][101] =  data[581]; buffer[0][102] =  data[582]; buffer[0][103] =  data[583]; buffer[0][104] =  data[584]; buffer[0][105] =  data[585]; buffer[0][106] =  data[586]; buffer[0][107] =  data[587]; buffer[0][108] =  data[588]; buffer[0][109] =  data[589]; buffer[0][110] =  data[590]; buffer[0][111] =  data[591]; buffer[0][112] =  data[592]; buffer[0][113] =  data[593]; buffer[0][114] =  data[594]; buffer[0][115] =  data[595]; buffer[0][116] =  data[596]; buffer[0][117] =  data[597]; buffer[0][118] =  data[598]; buffer[0][119] =  data[599]; buffer[0][120] =  data[600]; buffer[0][121] =  data[601]; buffer[0][122] =  data[602]; buffer[0][123] =  data[603]; buffer[0][124] =  data[604]; buffer[0][125] =  data[605]; buffer[0][126] =  data[606]; buffer[0][127] =  data[607]; buffer[0][128] =  data[608]; buffer[0][129] =  data[609]; buffer[0][130] =  data[610]; buffer[0][131] =  data[611]; buffer[0][132] =  data[612]; buffer[0][133] =  data[613]; buffer[0][134] =  data[614]; buffer[0][135] =  data[615]; buffer[0][136] =  data[616]; buffer[0][137] =  data[617]; buffer[0][138] =  data[618]; buffer[0][139] =  data[619]; buffer[0][140] =  data[620]; buffer[0][141] =  data[621]; buffer[0][142] =  data[622]; buffer[0][143] =  data[623]; buffer[0][144] =  data[624]; buffer[0][145] =  data[625]; buffer[0][146] =  data[626]; buffer[0][147] =  data[627]; buffer[0][148] =  data[628]; buffer[0][149] =  data[629]; buffer[0][150] =  data[630]; buffer[0][151] =  data[631]; buffer[0][152] =  data[632]; buffer[0][153] =  data[633]; buffer[0][154] =  data[634]; buffer[0][155] =  data[635]; buffer[0][156] =  data[636]; buffer[0][157] =  data[637]; buffer[0][158] =  data[638]; buffer[0][159] =  data[639]; buffer[0][160] =  data[640]; buffer[0][161] =  data[641]; buffer[0][162] =  data[642]; buffer[0][163] =  data[643]; buffer[0][164] =  data[644]; buffer[0][165] =  data[645]; buffer[0][166] =  data[646]; buffer[0][167] =  data[647]; buffer[0][168] =  data[648]; buffer[0][169] =  data[649]; buffer[0][170] =  data[650]; buffer[0][171] =  data[651]; buffer[0][172] =  data[652]; buffer[0][173] =  data[653]; buffer[0][174] =  data[654]; buffer[0][175] =  data[655]; buffer[0][176] =  data[656]; buffer[0][177] =  data[657]; buffer[0][178] =  data[658]; buffer[0][179] =  data[659]; buffer[0][180] =  data[660]; buffer[0][181] =  data[661]; buffer[0][182] =  data[662]; buffer[0][183] =  data[663]; buffer[0][184] =  data[664]; buffer[0][185] =  data[665]; buffer[0][186] =  data[666]; buffer[0][187] =  data[667]; buffer[0][188] =  data[668]; buffer[0][189] =  data[669]; buffer[0][190] =  data[670]; buffer[0][191] =  data[671]; buffer[0][192] =  data[672]; buffer[0][193] =  data[673]; buffer[0][194] =  data[674]; buffer[0][195] =  data[675]; buffer[0][196] =  data[676]; buffer[0][197] =  data[677]; buffer[0][198] =  data[678]; buffer[0][199] =  data[679]; buffer[0][200] =  data[680]; buffer[0][201] =  data[681]; buffer[0][202] =  data[682]; buffer[0][203] =  data[683]; buffer[0][204] =  data[684]; buffer[0][205] =  data[685]; buffer[0][206] =  data[686]; buffer[0][207] =  data[687]; buffer[0][208] =  data[688]; buffer[0][209] =  data[689]; buffer[0][210] =  data[690]; buffer[0][211] =  data[691]; buffer[0][212] =  data[692]; buffer[0][213] =  data[693]; buffer[0][214] =  data[694]; buffer[0][215] =  data[695]; buffer[0][216] =  data[696]; buffer[0][217] =  data[697]; buffer[0][218] =  data[698]; buffer[0][219] =  data[699]; buffer[0][220] =  data[700]; buffer[0][221] =  data[701]; buffer[0][222] =  data[702]; buffer[0][223] =  data[703]; buffer[0][224] =  data[704]; buffer[0][225] =  data[705]; buffer[0][226] =  data[706]; buffer[0][227] =  data[707]; buffer[0][228] =  data[708]; buffer[0][229] =  data[709]; buffer[0][230] =  data[710]; buffer[0][231] =  data[711]; buffer[0][232] =  data[712]; buffer[0][233] =  data[713]; buffer[0][234] =  data[714]; buffer[0][235] =  data[715]; buffer[0][236] =  data[716]; buffer[0][237] =  data[717]; buffer[0][238] =  data[718]; buffer[0][239] =  data[719];

        }
        if (partition ==   3) {
            buffer[0][0] =  data[720]; buffer[0][1] =  data[721]; buffer[0][2] =  data[722]; buffer[0][3] =  data[723]; buffer[0][4] =  data[724]; buffer[0][5] =  data[725]; buffer[0][6] =  data[726]; buffer[0][7] =  data[727]; buffer[0][8] =  data[728]; buffer[0][9] =  data[729]; buffer[0][10] =  data[730]; buffer[0][11] =  data[731]; buffer[0][12] =  data[732]; buffer[0][13] =  data[733]; buffer[0][14] =  data[734]; buffer[0][15] =  data[735]; buffer[0][16] =  data[736]; buffer[0][17] =  data[737]; buffer[0][18] =  data[738]; buffer[0][19] =  data[739]; buffer[0][20] =  data[740]; buffer[0][21] =  data[741]; buffer[0][22] =  data[742]; buffer[0][23] =  data[743]; buffer[0][24] =  data[744]; buffer[0][25] =  data[745]; buffer[0][26] =  data[746]; buffer[0][27] =  data[747]; buffer[0][28] =  data[748]; buffer[0][29] =  data[749]; buffer[0][30] =  data[750]; buffer[0][31] =  data[751]; buffer[0][32] =  data[752]; buffer[0][33] =  data[753]; buffer[0][34] =  data[754]; buffer[0][35] =  data[755]; buffer[0][36] =  data[756]; buffer[0][37] =  data[757]; buffer[0][38] =  data[758]; buffer[0][39] =  data[759]; buffer[0][40] =  data[760]; buffer[0][41] =  data[761]; buffer[0][42] =  data[762]; buffer[0][43] =  data[763]; buffer[0][44] =  data[764]; buffer[0][45] =  data[765]; buffer[0][46] =  data[766]; buffer[0][47] =  data[767]; buffer[0][48] =  data[768]; buffer[0][49] =  data[769]; buffer[0][50] =  data[770]; buffer[0][51] =  data[771]; buffer[0][52] =  data[772]; buffer[0][53] =  data[773]; buffer[0][54] =  data[774]; buffer[0][55] =  data[775]; buffer[0][56] =  data[776]; buffer[0][57] =  data[777]; buffer[0][58] =  data[778]; buffer[0][59] =  data[779]; buffer[0][60] =  data[780]; buffer[0][61] =  data[781]; buffer[0][62] =  data[782]; buffer[0][63] =  data[783]; buffer[0][64] =  data[784]; buffer[0][65] =  data[785]; buffer[0][66] =  data[786]; buffer[0][67] =  data[787]; buffer[0][68] =  data[788]; buffer[0][69] =  data[789]; buffer[0][70] =  data[790]; buffer[0][71] =  data[791]; buffer[0][72] =  data[792]; buffer[0][73] =  data[793]; buffer[0][74] =  data[794]; buffer[0][75] =  data[795]; buffer[0][76] =  data[796]; buffer[0][77] =  data[797]; buffer[0][78] =  data[798]; buffer[0][79] =  data[799]; buffer[0][80] =  data[800]; buffer[0][81] =  data[801]; buffer[0][82] =  data[802]; buffer[0][83] =  data[803]; buffer[0][84] =  data[804]; buffer[0][85] =  data[805]; buffer[0][86] =  data[806]; buffer[0][87] =  data[807]; buffer[0][88] =  data[808]; buffer[0][89] =  data[809]; buffer[0][90] =  data[810]; buffer[0][91] =  data[811]; buffer[0][92] =  data[812]; buffer[0][93] =  data[813]; buffer[0][94] =  data[814]; buffer[0][95] =  data[815]; buffer[0][96] =  data[816]; buffer[0][97] =  data[817]; buffer[0][98] =  data[818]; buffer[0][99] =  data[819]; buffer[0][100] =  data[820]; buffer[0][101] =  data[821]; buffer[0][102] =  data[822]; buffer[0][103] =  data[823]; buffer[0][104] =  data[824]; buffer[0][105] =  data[825]; buffer[0][106] =  data[826]; buffer[0][107] =  data[827]; buffer[0][108] =  data[828]; buffer[0][109] =  data[829]; buffer[0][110] =  data[830]; buffer[0][111] =  data[831]; buffer[0][112] =  data[832]; buffer[0][113] =  data[833]; buffer[0][114] =  data[834]; buffer[0][115] =  data[835]; buffer[0][116] =  data[836]; buffer[0][117] =  data[837]; buffer[0][118] =  data[838]; buffer[0][119] =  data[839]; buffer[0][120] =  data[840]; buffer[0][121] =  data[841]; buffer[0][122] =  data[842]; buffer[0][123] =  data[843]; buffer[0][124] =  data[844]; buffer[0][125] =  data[845]; buffer[0][126] =  data[846]; buffer[0][127] =  data[847]; buffer[0][128] =  data[848]; buffer[0][129] =  data[849]; buffer[0][130] =  data[850]; buffer[0][131] =  data[851]; buffer[0][132] =  data[852]; buffer[0][133] =  data[853]; buffer[0][134] =  data[854]; buffer[0][135] =  data[855]; buffer[0][136] =  data[856]; buffer[0][137] =  data[857]; buffer[0][138] =  data[858]; buffer[0][139] =  data[859]; buffer[0][140] =  data[860]; buffer[0][141] =  data[861]; buffer[0][142] =  data[862]; buffer[0][143] =  data[863]; buffer[0][144] =  data[864]; buffer[0][145] =  data[865]; buffer[0][146] =  data[866]; buffer[0][147] =  data[867]; buffer[0][148] =  data[868]; buffer[0][149] =  data[869]; buffer[0][150] =  data[870]; buffer[0][151] =  data[871]; buffer[0][152] =  data[872]; buffer[0][153] =  data[873]; buffer[0][154] =  data[874]; buffer[0][155] =  data[875]; buffer[0][156] =  data[876]; buffer[0][157] =  data[877]; buffer[0][158] =  data[878]; buffer[0][159] =  data[879]; buffer[0][160] =  data[880]; buffer[0][161] =  data[881]; buffer[0][162] =  data[882]; buffer[0][163] =  data[883]; buffer[0][164] =  data[884]; buffer[0][165] =  data[885]; buffer[0][166] =  data[886]; buffer[0][167] =  data[887]; buffer[0][168] =  data[888]; buffer[0][169] =  data[889]; buffer[0][170] =  data[890]; buffer[0][171] =  data[891]; buffer[0][172] =  data[892]; buffer[0][173] =  data[893]; buffer[0][174] =  data[894]; buffer[0][175] =  data[895]; buffer[0][176] =  data[896]; buffer[0][177] =  data[897]; buffer[0][178] =  data[898]; buffer[0][179] =  data[899]; buffer[0][180] =  data[900]; buffer[0][181] =  data[901]; buffer[0][182] =  data[902]; buffer[0][183] =  data[903]; buffer[0][184] =  data[904]; buffer[0][185] =  data[905]; buffer[0][186] =  data[906]; buffer[0][187] =  data[907]; buffer[0][188] =  data[908]; buffer[0][189] =  data[909]; buffer[0][190] =  data[910]; buffer[0][191] =  data[911]; buffer[0][192] =  data[912]; buffer[0][193] =  data[913]; buffer[0][194] =  data[914]; buffer[0][195] =  data[915]; buffer[0][196] =  data[916]; buffer[0][197] =  data[917]; buffer[0][198] =  data[918]; buffer[0][199] =  data[919]; buffer[0][200] =  data[920]; buffer[0][201] =  data[921]; buffer[0][202] =  data[922]; buffer[0][203] =  data[923]; buffer[0][204] =  data[924]; buffer[0][205] =  data[925]; buffer[0][206] =  data[926]; buffer[0][207] =  data[927]; buffer[0][208] =  data[928]; buffer[0][209] =  data[929]; buffer[0][210] =  data[930]; buffer[0][211] =  data[931]; buffer[0][212] =  data[932]; buffer[0][213] =  data[933]; buffer[0][214] =  data[934]; buffer[0][215] =  data[935]; buffer[0][216] =  data[936]; buffer[0][217] =  data[937]; buffer[0][218] =  data[938]; buffer[0][219] =  data[939]; buffer[0][220] =  data[940]; buffer[0][221] =  data[941]; buffer[0][222] =  data[942]; buffer[0][223] =  data[943]; buffer[0][224] =  data[944]; buffer[0][225] =  data[945]; buffer[0][226] =  data[946]; buffer[0][227] =  data[947]; buffer[0][228] =  data[948]; buffer[0][229] =  data[949]; buffer[0][230] =  data[950]; buffer[0][231] =  data[951]; buffer[0][232] =  data[952]; buffer[0][233] =  data[953]; buffer[0][234] =  data[954]; buffer[0][235] =  data[955]; buffer[0][236] =  data[956]; buffer[0][237] =  data[957]; buffer[0][238] =  data[958]; buffer[0][239] =  data[959];

        }
        if (partition ==   4) {
            buffer[0][0] =  data[960]; buffer[0][1] =  data[961]; buffer[0][2] =  data[962]; buffer[0][3] =  data[963]; buffer[0][4] =  data[964]; buffer[0][5] =  data[965]; buffer[0][6] =  data[966]; buffer[0][7] =  data[967]; buffer[0][8] =  data[968]; buffer[0][9] =  data[969]; buffer[0][10] =  data[970]; buffer[0][11] =  data[971]; buffer[0][12] =  data[972]; buffer[0][13] =  data[973]; buffer[0][14] =  data[974]; buffer[0][15] =  data[975]; buffer[0][16] =  data[976]; buffer[0][17] =  data[977]; buffer[0][18] =  data[978]; buffer[0][19] =  data[979]; buffer[0][20] =  data[980]; buffer[0][21] =  data[981]; buffer[0][22] =  data[982]; buffer[0][23] =  data[983]; buffer[0][24] =  data[984]; buffer[0][25] =  data[985]; buffer[0][26] =  data[986]; buffer[0][27] =  data[987]; buffer[0][28] =  data[988]; buffer[0][29] =  data[989]; buffer[0][30] =  data[990]; buffer[0][31] =  data[991]; buffer[0][32] =  data[992]; buffer[0][33] =  data[993]; buffer[0][34] =  data[994]; buffer[0][35] =  data[995]; buffer[0][36] =  data[996]; buffer[0][37] =  data[997]; buffer[0][38] =  data[998]; buffer[0][39] =  data[999]; buffer[0][40] = data[1000]; buffer[0][41] = data[1001]; buffer[0][42] = data[1002]; buffer[0][43] = data[1003]; buffer[0][44] = data[1004]; buffer[0][45] = data[1005]; buffer[0][46] = data[1006]; buffer[0][47] = data[1007]; buffer[0][48] = data[1008]; buffer[0][49] = data[1009]; buffer[0][50] = data[1010]; buffer[0][51] = data[1011]; buffer[0][52] = data[1012]; buffer[0][53] = data[1013]; buffer[0][54] = data[1014]; buffer[0][55] = data[1015]; buffer[0][56] = data[1016]; buffer[0][57] = data[1017]; buffer[0][58] = data[1018]; buffer[0][59] = data[1019]; buffer[0][60] = data[1020]; buffer[0][61] = data[1021]; buffer[0][62] = data[1022]; buffer[0][63] = data[1023]; buffer[0][64] = data[1024]; buffer[0][65] = data[1025]; buffer[0][66] = data[1026]; buffer[0][67] = data[1027]; buffer[0][68] = data[1028]; buffer[0][69] = data[1029]; buffer[0][70] = data[1030]; buffer[0][71] = data[1031]; buffer[0][72] = data[1032]; buffer[0][73] = data[1033]; buffer[0][74] = data[1034]; buffer[0][75] = data[1035]; buffer[0][76] = data[1036]; buffer[0][77] = data[1037]; buffer[0][78] = data[1038]; buffer[0][79] = data[1039]; buffer[0][80] = data[1040]; buffer[0][81] = data[1041]; buffer[0][82] = data[1042]; buffer[0][83] = data[1043]; buffer[0][84] = data[1044]; buffer[0][85] = data[1045]; buffer[0][86] = data[1046]; buffer[0][87] = data[1047]; buffer[0][88] = data[1048]; buffer[0][89] = data[1049]; buffer[0][90] = data[1050]; buffer[0][91] = data[1051]; buffer[0][92] = data[1052]; buffer[0][93] = data[1053]; buffer[0][94] = data[1054]; buffer[0][95] = data[1055]; buffer[0][96] = data[1056]; buffer[0][97] = data[1057]; buffer[0][98] = data[1058]; buffer[0][99] = data[1059]; buffer[0][100] = data[1060]; buffer[0][101] = data[1061]; buffer[0][102] = data[1062]; buffer[0][103] = data[1063]; buffer[0][104] = data[1064]; buffer[0][105] = data[1065]; buffer[0][106] = data[1066]; buffer[0][107] = data[1067]; buffer[0][108] = data[1068]; buffer[0][109] = data[1069]; buffer[0][110] = data[1070]; buffer[0][111] = data[1071]; buffer[0][112] = data[1072]; buffer[0][113] = data[1073]; buffer[0][114] = data[1074]; buffer[0][115] = data[1075]; buffer[0][116] = data[1076]; buffer[0][117] = data[1077]; buffer[0][118] = data[1078]; buffer[0][119] = data[1079]; buffer[0][120] = data[1080]; buffer[0][121] = data[1081]; buffer[0][122] = data[1082]; buffer[0][123] = data[1083]; buffer[0][124] = data[1084]; buffer[0][125] = data[1085]; buffer[0][126] = data[1086]; buffer[0][127] = data[1087]; buffer[0][128] = data[1088]; buffer[0][129] = data[1089]; buffer[0][130] = data[1090]; buffer[0][131] = data[1091]; buffer[0][132] = data[1092]; buffer[0][133] = data[1093]; buffer[0][134] = data[1094]; buffer[0][135] = data[1095]; buffer[0][136] = data[1096]; buffer[0][137] = data[1097]; buffer[0][138] = data[1098]; buffer[0][139] = data[1099]; buffer[0][140] = data[1100]; buffer[0][141] = data[1101]; buffer[0][142] = data[1102]; buffer[0][143] = data[1103]; buffer[0][144] = data[1104]; buffer[0][145] = data[1105]; buffer[0][146] = data[1106]; buffer[0][147] = data[1107]; buffer[0][148] = data[1108]; buffer[0][149] = data[1109]; buffer[0][150] = data[1110]; buffer[0][151] = data[1111]; buffer[0][152] = data[1112]; buffer[0][153] = data[1113]; buffer[0][154] = data[1114]; buffer[0][155] = data[1115]; buffer[0][156] = data[1116]; buffer[0][157] = data[1117]; buffer[0][158] = data[1118]; buffer[0][159] = data[1119]; buffer[0][160] = data[1120]; buffer[0][161] = data[1121]; buffer[0][162] = data[1122]; buffer[0][163] = data[1123]; buffer[0][164] = data[1124]; buffer[0][165] = data[1125]; buffer[0][166] = data[1126]; buffer[0][167] = data[1127]; buffer[0][168] = data[1128]; buffer[0][169] = data[1129]; buffer[0][170] = data[1130]; buffer[0][171] = data[1131]; buffer[0][172] = data[1132]; buffer[0][173] = data[1133]; buffer[0][174] = data[1134]; buffer[0][175] = data[1135]; buffer[0][176] = data[1136]; buffer[0][177] = data[1137]; buffer[0][178] = data[1138]; buffer[0][179] = data[1139]; buffer[0][180] = data[1140]; buffer[0][181] = data[1141]; buffer[0][182] = data[1142]; buffer[0][183] = data[1143]; buffer[0][184] = data[1144]; buffer[0][185] = data[1145]; buffer[0][186] = data[1146]; buffer[0][187] = data[1147]; buffer[0][188] = data[1148]; buffer[0][189] = data[1149]; buffer[0][190] = data[1150]; buffer[0][191] = data[1151]; buffer[0][192] = data[1152]; buffer[0][193] = data[1153]; buffer[0][194] = data[1154]; buffer[0][195] = data[1155]; buffer[0][196] = data[1156]; buffer[0][197] = data[1157]; buffer[0][198] = data[1158]; buffer[0][199] = data[1159]; buffer[0][200] = data[1160]; buffer[0][201] = data[1161]; buffer[0][202] = data[1162]; buffer[0][203] = data[1163]; buffer[0][204] = data[1164]; buffer[0][205] = data[1165]; buffer[0][206] = data[1166]; buffer[0][207] = data[1167]; buffer[0][208] = data[1168]; buffer[0][209] = data[1169]; buffer[0][210] = data[1170]; buffer[0][211] = data[1171]; buffer[0][212] = data[1172]; buffer[0][213] = data[1173]; buffer[0][214] = data[1174]; buffer[0][215] = data[1175]; buffer[0][216] = data[1176]; buffer[0][217] = data[1177]; buffer[0][218] = data[1178]; buffer[0][219] = data[1179]; buffer[0][220] = data[1180]; buffer[0][221] = data[1181]; buffer[0][222] = data[1182]; buffer[0][223] = data[1183]; buffer[0][224] = data[1184]; buffer[0][225] = data[1185]; buffer[0][226] = data[1186]; buffer[0][227] = data[1187]; buffer[0][228] = data[1188]; buffer[0][229] = data[1189]; buffer[0][230] = data[1190]; buffer[0][231] = data[1191]; buffer[0][232] = data[1192]; buffer[0][233] = data[1193]; buffer[0][234] = data[1194]; buffer[0][235] = data[1195]; buffer[0][236] = data[1196]; buffer[0][237] = data[1197]; buffer[0][238] = data[1198]; buffer[0][239] = data[1199];

        }
        if (partition ==   5) {
            buffer[0][0] = data[1200]; buffer[0][1] = data[1201]; buffer[0][2] = data[1202]; buffer[0][3] = data[1203]; buffer[0][4] = data[1204]; buffer[0][5] = data[1205]; buffer[0][6] = data[1206]; buffer[0][7] = data[1207]; buffer[0][8] = data[1208]; buffer[0][9] = data[1209]; buffer[0][10] = data[1210]; buffer[0][11] = data[1211]; buffer[0][12] = data[1212]; buffer[0][13] = data[1213]; buffer[0][14] = data[1214]; buffer[0][15] = data[1215]; buffer[0][16] = data[1216]; buffer[0][17] = data[1217]; buffer[0][18] = data[1218]; buffer[0][19] = data[1219]; buffer[0][20] = data[1220]; buffer[0][21] = data[1221]; buffer[0][22] = data[1222]; buffer[0][23] = data[1223]; buffer[0][24] = data[1224]; buffer[0][25] = data[1225]; buffer[0][26] = data[1226]; buffer[0][27] = data[1227]; buffer[0][28] = data[1228]; buffer[0][29] = data[1229]; buffer[0][30] = data[1230]; buffer[0][31] = data[1231]; buffer[0][32] = data[1232]; buffer[0][33] = data[1233]; buffer[0][34] = data[1234]; buffer[0][35] = data[1235]; buffer[0][36] = data[1236]; buffer[0][37] = data[1237]; buffer[0][38] = data[1238]; buffer[0][39] = data[1239]; buffer[0][40] = data[1240]; buffer[0][41] = data[1241]; buffer[0][42] = data[1242]; buffer[0][43] = data[1243]; buffer[0][44] = data[1244]; buffer[0][45] = data[1245]; buffer[0][46] = data[1246]; buffer[0][47] = data[1247]; buffer[0][48] = data[1248]; buffer[0][49] = data[1249]; buffer[0][50] = data[1250]; buffer[0][51] = data[1251]; buffer[0][52] = data[1252]; buffer[0][53] = data[1253]; buffer[0][54] = data[1254]; buffer[0][55] = data[1255]; buffer[0][56] = data[1256]; buffer[0][57] = data[1257]; buffer[0][58] = data[1258]; buffer[0][59] = data[1259]; buffer[0][60] = data[1260]; buffer[0][61] = data[1261]; buffer[0][62] = data[1262]; buffer[0][63] = data[1263]; buffer[0][64] = data[1264]; buffer[0][65] = data[1265]; buffer[0][66] = data[1266]; buffer[0][67] = data[1267]; buffer[0][68] = data[1268]; buffer[0][69] = data[1269]; buffer[0][70] = data[1270]; buffer[0][71] = data[1271]; buffer[0][72] = data[1272]; buffer[0][73] = data[1273]; buffer[0][74] = data[1274]; buffer[0][75] = data[1275]; buffer[0][76] = data[1276]; buffer[0][77] = data[1277]; buffer[0][78] = data[1278]; buffer[0][79] = data[1279]; buffer[0][80] = data[1280]; buffer[0][81] = data[1281]; buffer[0][82] = data[1282]; buffer[0][83] = data[1283]; buffer[0][84] = data[1284]; buffer[0][85] = data[1285]; buffer[0][86] = data[1286]; buffer[0][87] = data[1287]; buffer[0][88] = data[1288]; buffer[0][89] = data[1289]; buffer[0][90] = data[1290]; buffer[0][91] = data[1291]; buffer[0][92] = data[1292]; buffer[0][93] = data[1293]; buffer[0][94] = data[1294]; buffer[0][95] = data[1295]; buffer[0][96] = data[1296]; buffer[0][97] = data[1297]; buffer[0][98] = data[1298]; buffer[0][99] = data[1299]; buffer[0][100] = data[1300]; buffer[0][101] = data[1301]; buffer[0][102] = data[1302]; buffer[0][103] = data[1303]; buffer[0][104] = data[1304]; buffer[0][105] = data[1305]; buffer[0][106] = data[1306]; buffer[0][107] = data[1307]; buffer[0][108] = data[1308]; buffer[0][109] = data[1309]; buffer[0][110] = data[1310]; buffer[0][111] = data[1311]; buffer[0][112] = data[1312]; buffer[0][113] = data[1313]; buffer[0][114] = data[1314]; buffer[0][115] = data[1315]; buffer[0][116] = data[1316]; buffer[0][117] = data[1317]; buffer[0][118] = data[1318]; buffer[0][119] = data[1319]; buffer[0][120] = data[1320]; buffer[0][121] = data[1321]; buffer[0][122] = data[1322]; buffer[0][123] = data[1323]; buffer[0][124] = data[1324]; buffer[0][125] = data[1325]; buffer[0][126] = data[1326]; buffer[0][127] = data[1327]; buffer[0][128] = data[1328]; buffer[0][129] = data[1329]; buffer[0][130] = data[1330]; buffer[0][131] = data[1331]; buffer[0][132] = data[1332]; buffer[0][133] = data[1333]; buffer[0][134] = data[1334]; buffer[0][135] = data[1335]; buffer[0][136] = data[1336]; buffer[0][137] = data[1337]; buffer[0][138] = data[1338]; buffer[0][139] = data[1339]; buffer[0][140] = data[1340]; buffer[0][141] = data[1341]; buffer[0][142] = data[1342]; buffer[0][143] = data[1343]; buffer[0][144] = data[1344]; buffer[0][145] = data[1345]; buffer[0][146] = data[1346]; buffer[0][147] = data[1347]; buffer[0][148] = data[1348]; buffer[0][149] = data[1349]; buffer[0][150] = data[1350]; buffer[0][151] = data[1351]; buffer[0][152] = data[1352]; buffer[0][153] = data[1353]; buffer[0][154] = data[1354]; buffer[0][155] = data[1355]; buffer[0][156] = data[1356]; buffer[0][157] = data[1357]; buffer[0][158] = data[1358]; buffer[0][159] = data[1359]; buffer[0][160] = data[1360]; buffer[0][161] = data[1361]; buffer[0][162] = data[1362]; buffer[0][163] = data[1363]; buffer[0][164] = data[1364]; buffer[0][165] = data[1365]; buffer[0][166] = data[1366]; buffer[0][167] = data[1367]; buffer[0][168] = data[1368]; buffer[0][169] = data[1369]; buffer[0][170] = data[1370]; buffer[0][171] = data[1371]; buffer[0][172] = data[1372]; buffer[0][173] = data[1373]; buffer[0][174] = data[1374]; buffer[0][175] = data[1375]; buffer[0][176] = data[1376]; buffer[0][177] = data[1377]; buffer[0][178] = data[1378]; buffer[0][179] = data[1379]; buffer[0][180] = data[1380]; buffer[0][181] = data[1381]; buffer[0][182] = data[1382]; buffer[0][183] = data[1383]; buffer[0][184] = data[1384]; buffer[0][185] = data[1385]; buffer[0][186] = data[1386]; buffer[0][187] = data[1387]; buffer[0][188] = data[1388]; buffer[0][189] = data[1389]; buffer[0][190] = data[1390]; buffer[0][191] = data[1391]; buffer[0][192] = data[1392]; buffer[0][193] = data[1393]; buffer[0][194] = data[1394]; buffer[0][195] = data[1395]; buffer[0][196] = data[1396]; buffer[0][197] = data[1397]; buffer[0][198] = data[1398]; buffer[0][199] = data[1399]; buffer[0][200] = data[1400]; buffer[0][201] = data[1401]; buffer[0][202] = data[1402]; buffer[0][203] = data[1403]; buffer[0][204] = data[1404]; buffer[0][205] = data[1405]; buffer[0][206] = data[1406]; buffer[0][207] = data[1407]; buffer[0][208] = data[1408]; buffer[0][209] = data[1409]; buffer[0][210] = data[1410]; buffer[0][211] = data[1411]; buffer[0][212] = data[1412]; buffer[0][213] = data[1413]; buffer[0][214] = data[1414]; buffer[0][215] = data[1415]; buffer[0][216] = data[1416]; buffer[0][217] = data[1417]; buffer[0][218] = data[1418]; buffer[0][219] = data[1419]; buffer[0][220] = data[1420]; buffer[0][221] = data[1421]; buffer[0][222] = data[1422]; buffer[0][223] = data[1423]; buffer[0][224] = data[1424]; buffer[0][225] = data[1425]; buffer[0][226] = data[1426]; buffer[0][227] = data[1427]; buffer[0][228] = data[1428]; buffer[0][229] = data[1429]; buffer[0][230] = data[1430]; buffer[0][231] = data[1431]; buffer[0][232] = data[1432]; buffer[0][233] = data[1433]; buffer[0][234] = data[1434]; buffer[0][235] = data[1435]; buffer[0][236] = data[1436]; buffer[0][237] = data[1437]; buffer[0][238] = data[1438]; buffer[0][239] = data[1439];

        }
        if (partition ==   6) {
            buffer[0][0] = data[1440]; buffer[0][1] = data[1441]; buffer[0][2] = data[1442]; buffer[0][3] = data[1443]; buffer[0][4] = data[1444]; buffer[0][5] = data[1445]; buffer[0][6] = data[1446]; buffer[0][7] = data[1447]; buffer[0][8] = data[1448]; buffer[0][9] = data[1449]; buffer[0][10] = data[1450]; buffer[0][11] = data[1451]; buffer[0][12] = data[1452]; buffer[0][13] = data[1453]; buffer[0][14] = data[1454]; buffer[0][15] = data[1455]; buffer[0][16] = data[1456]; buffer[0][17] = data[1457]; buffer[0][18] = data[1458]; buffer[0][19] = data[1459]; buffer[0][20] = data[1460]; buffer[0][21] = data[1461]; buffer[0][22] = data[1462]; buffer[0][23] = data[1463]; buffer[0][24] = data[1464]; buffer[0][25] = data[1465]; buffer[0][26] = data[1466]; buffer[0][27] = data[1467]; buffer[0][28] = data[1468]; buffer[0][29] = data[1469]; buffer[0][30] = data[1470]; buffer[0][31] = data[1471]; buffer[0][32] = data[1472]; buffer[0][33] = data[1473]; buffer[0][34] = data[1474]; buffer[0][35] = data[1475]; buffer[0][36] = data[1476]; buffer[0][37] = data[1477]; buffer[0][38] = data[1478]; buffer[0][39] = data[1479]; buffer[0][40] = data[1480]; buffer[0][41] = data[1481]; buffer[0][42] = data[1482]; buffer[0][43] = data[1483]; buffer[0][44] = data[1484]; buffer[0][45] = data[1485]; buffer[0][46] = data[1486]; buffer[0][47] = data[1487]; buffer[0][48] = data[1488]; buffer[0][49] = data[1489]; buffer[0][50] = data[1490]; buffer[0][51] = data[1491]; buffer[0][52] = data[1492]; buffer[0][53] = data[1493]; buffer[0][54] = data[1494]; buffer[0][55] = data[1495]; buffer[0][56] = data[1496]; buffer[0][57] = data[1497]; buffer[0][58] = data[1498]; buffer[0][59] = data[1499]; buffer[0][60] = data[1500]; buffer[0][61] = data[1501]; buffer[0][62] = data[1502]; buffer[0][63] = data[1503]; buffer[0][64] = data[1504]; buffer[0][65] = data[1505]; buffer[0][66] = data[1506]; buffer[0][67] = data[1507]; buffer[0][68] = data[1508]; buffer[0][69] = data[1509]; buffer[0][70] = data[1510]; buffer[0][71] = data[1511]; buffer[0][72] = data[1512]; buffer[0][73] = data[1513]; buffer[0][74] = data[1514]; buffer[0][75] = data[1515]; buffer[0][76] = data[1516]; buffer[0][77] = data[1517]; buffer[0][78] = data[1518]; buffer[0][79] = data[1519]; buffer[0][80] = data[1520]; buffer[0][81] = data[1521]; buffer[0][82] = data[1522]; buffer[0][83] = data[1523]; buffer[0][84] = data[1524]; buffer[0][85] = data[1525]; buffer[0][86] = data[1526]; buffer[0][87] = data[1527]; buffer[0][88] = data[1528]; buffer[0][89] = data[1529]; buffer[0][90] = data[1530]; buffer[0][91] = data[1531]; buffer[0][92] = data[1532]; buffer[0][93] = data[1533]; buffer[0][94] = data[1534]; buffer[0][95] = data[1535]; buffer[0][96] = data[1536]; buffer[0][97] = data[1537]; buffer[0][98] = data[1538]; buffer[0][99] = data[1539]; buffer[0][100] = data[1540]; buffer[0][101] = data[1541]; buffer[0][102] = data[1542]; buffer[0][103] = data[1543]; buffer[0][104] = data[1544]; buffer[0][105] = data[1545]; buffer[0][106] = data[1546]; buffer[0][107] = data[1547]; buffer[0][108] = data[1548]; buffer[0][109] = data[1549]; buffer[0][110] = data[1550]; buffer[0][111] = data[1551]; buffer[0][112] = data[1552]; buffer[0][113] = data[1553]; buffer[0][114] = data[1554]; buffer[0][115] = data[1555]; buffer[0][116] = data[1556]; buffer[0][117] = data[1557]; buffer[0][118] = data[1558]; buffer[0][119] = data[1559]; buffer[0][120] = data[1560]; buffer[0][121] = data[1561]; buffer[0][122] = data[1562]; buffer[0][123] = data[1563]; buffer[0][124] = data[1564]; buffer[0][125] = data[1565]; buffer[0][126] = data[1566]; buffer[0][127] = data[1567]; buffer[0][128] = data[1568]; buffer[0][129] = data[1569]; buffer[0][130] = data[1570]; buffer[0][131] = data[1571]; buffer[0][132] = data[1572]; buffer[0][133] = data[1573]; buffer[0][134] = data[1574]; buffer[0][135] = data[1575]; buffer[0][136] = data[1576]; buffer[0][137] = data[1577]; buffer[0][138] = data[1578]; buffer[0][139] = data[1579]; buffer[0][140] = data[1580]; buffer[0][141] = data[1581]; buffer[0][142] = data[1582]; buffer[0][143] = data[1583]; buffer[0][144] = data[1584]; buffer[0][145] = data[1585]; buffer[0][146] = data[1586]; buffer[0][147] = data[1587]; buffer[0][148] = data[1588]; buffer[0][149] = data[1589]; buffer[0][150] = data[1590]; buffer[0][151] = data[1591]; buffer[0][152] = data[1592]; buffer[0][153] = data[1593]; buffer[0][154] = data[1594]; buffer[0][155] = data[1595]; buffer[0][156] = data[1596]; buffer[0][157] = data[1597]; buffer[0][158] = data[1598]; buffer[0][159] = data[1599]; buffer[0][160] = data[1600]; buffer[0][161] = data[1601]; buffer[0][162] = data[1602]; buffer[0][163] = data[1603]; buffer[0][164] = data[1604]; buffer[0][165] = data[1605]; buffer[0][166] = data[1606]; buffer[0][167] = data[1607]; buffer[0][168] = data[1608]; buffer[0][169] = data[1609]; buffer[0][170] = data[1610]; buffer[0][171] = data[1611]; buffer[0][172] = data[1612]; buffer[0][173] = data[1613]; buffer[0][174] = data[1614]; buffer[0][175] = data[1615]; buffer[0][176] = data[1616]; buffer[0][177] = data[1617]; buffer[0][178] = data[1618]; buffer[0][179] = data[1619]; buffer[0][180] = data[1620]; buffer[0][181] = data[1621]; buffer[0][182] = data[1622]; buffer[0][183] = data[1623]; buffer[0][184] = data[1624]; buffer[0][185] = data[1625]; buffer[0][186] = data[1626]; buffer[0][187] = data[1627]; buffer[0][188] = data[1628]; buffer[0][189] = data[1629]; buffer[0][190] = data[1630]; buffer[0][191] = data[1631]; buffer[0][192] = data[1632]; buffer[0][193] = data[1633]; buffer[0][194] = data[1634]; buffer[0][195] = data[1635]; buffer[0][196] = data[1636]; buffer[0][197] = data[1637]; buffer[0][198] = data[1638]; buffer[0][199] = data[1639]; buffer[0][200] = data[1640]; buffer[0][201] = data[1641]; buffer[0][202] = data[1642]; buffer[0][203] = data[1643]; buffer[0][204] = data[1644]; buffer[0][205] = data[1645]; buffer[0][206] = data[1646]; buffer[0][207] = data[1647]; buffer[0][208] = data[1648]; buffer[0][209] = data[1649]; buffer[0][210] = data[1650]; buffer[0][211] = data[1651]; buffer[0][212] = data[1652]; buffer[0][213] = data[1653]; buffer[0][214] = data[1654]; buffer[0][215] = data[1655]; buffer[0][216] = data[1656]; buffer[0][217] = data[1657]; buffer[0][218] = data[1658]; buffer[0][219] = data[1659]; buffer[0][220] = data[1660]; buffer[0][221] = data[1661]; buffer[0][222] = data[1662]; buffer[0][223] = data[1663]; buffer[0][224] = data[1664]; buffer[0][225] = data[1665]; buffer[0][226] = data[1666]; buffer[0][227] = data[1667]; buffer[0][228] = data[1668]; buffer[0][229] = data[1669]; buffer[0][230] = data[1670]; buffer[0][231] = data[1671]; buffer[0][232] = data[1672]; buffer[0][233] = data[1673]; buffer[0][234] = data[1674]; buffer[0][235] = data[1675]; buffer[0][236] = data[1676]; buffer[0][237] = data[1677]; buffer[0][238] = data[1678]; buffer[0][239] = data[1679];

        }
        if (partition ==   7) {
            buffer[0][0] = data[1680]; buffer[0][1] = data[1681]; buffer[0][2] = data[1682]; buffer[0][3] = data[1683]; buffer[0][4] = data[1684]; buffer[0][5] = data[1685]; buffer[0][6] = data[1686]; buffer[0][7] = data[1687]; buffer[0][8] = data[1688]; buffer[0][9] = data[1689]; buffer[0][10] = data[1690]; buffer[0][11] = data[1691]; buffer[0][12] = data[1692]; buffer[0][13] = data[1693]; buffer[0][14] = data[1694]; buffer[0][15] = data[1695]; buffer[0][16] = data[1696]; buffer[0][17] = data[1697]; buffer[0][18] = data[1698]; buffer[0][19] = data[1699]; buffer[0][20] = data[1700]; buffer[0][21] = data[1701]; buffer[0][22] = data[1702]; buffer[0][23] = data[1703]; buffer[0][24] = data[1704]; buffer[0][25] = data[1705]; buffer[0][26] = data[1706]; buffer[0][27] = data[1707]; buffer[0][28] = data[1708]; buffer[0][29] = data[1709]; buffer[0][30] = data[1710]; buffer[0][31] = data[1711]; buffer[0][32] = data[1712]; buffer[0][33] = data[1713]; buffer[0][34] = data[1714]; buffer[0][35] = data[1715]; buffer[0][36] = data[1716]; buffer[0][37] = data[1717]; buffer[0][38] = data[1718]; buffer[0][39] = data[1719]; buffer[0][40] = data[1720]; buffer[0][41] = data[1721]; buffer[0][42] = data[1722]; buffer[0][43] = data[1723]; buffer[0][44] = data[1724]; buffer[0][45] = data[1725]; buffer[0][46] = data[1726]; buffer[0][47] = data[1727]; buffer[0][48] = data[1728]; buffer[0][49] = data[1729]; buffer[0][50] = data[1730]; buffer[0][51] = data[1731]; buffer[0][52] = data[1732]; buffer[0][53] = data[1733]; buffer[0][54] = data[1734]; buffer[0][55] = data[1735]; buffer[0][56] = data[1736]; buffer[0][57] = data[1737]; buffer[0][58] = data[1738]; buffer[0][59] = data[1739]; buffer[0][60] = data[1740]; buffer[0][61] = data[1741]; buffer[0][62] = data[1742]; buffer[0][63] = data[1743]; buffer[0][64] = data[1744]; buffer[0][65] = data[1745]; buffer[0][66] = data[1746]; buffer[0][67] = data[1747]; buffer[0][68] = data[1748]; buffer[0][69] = data[1749]; buffer[0][70] = data[1750]; buffer[0][71] = data[1751]; buffer[0][72] = data[1752]; buffer[0][73] = data[1753]; buffer[0][74] = data[1754]; buffer[0][75] = data[1755]; buffer[0][76] = data[1756]; buffer[0][77] = data[1757]; buffer[0][78] = data[1758]; buffer[0][79] = data[1759]; buffer[0][80] = data[1760]; buffer[0][81] = data[1761]; buffer[0][82] = data[1762]; buffer[0][83] = data[1763]; buffer[0][84] = data[1764]; buffer[0][85] = data[1765]; buffer[0][86] = data[1766]; buffer[0][87] = data[1767]; buffer[0][88] = data[1768]; buffer[0][89] = data[1769]; buffer[0][90] = data[1770]; buffer[0][91] = data[1771]; buffer[0][92] = data[1772]; buffer[0][93] = data[1773]; buffer[0][94] = data[1774]; buffer[0][95] = data[1775]; buffer[0][96] = data[1776]; buffer[0][97] = data[1777]; buffer[0][98] = data[1778]; buffer[0][99] = data[1779]; buffer[0][100] = data[1780]; buffer[0][101] = data[1781]; buffer[0][102] = data[1782]; buffer[0][103] = data[1783]; buffer[0][104] = data[1784]; buffer[0][105] = data[1785]; buffer[0][106] = data[1786]; buffer[0][107] = data[1787]; buffer[0][108] = data[1788]; buffer[0][109] = data[1789]; buffer[0][110] = data[1790]; buffer[0][111] = data[1791]; buffer[0][112] = data[1792]; buffer[0][113] = data[1793]; buffer[0][114] = data[1794]; buffer[0][115] = data[1795]; buffer[0][116] = data[1796]; buffer[0][117] = data[1797]; buffer[0][118] = data[1798]; buffer[0][119] = data[1799]; buffer[0][120] = data[1800]; buffer[0][121] = data[1801]; buffer[0][122] = data[1802]; buffer[0][123] = data[1803]; buffer[0][124] = data[1804]; buffer[0][125] = data[1805]; buffer[0][126] = data[1806]; buffer[0][127] = data[1807]; buffer[0][128] = data[1808]; buffer[0][129] = data[1809]; buffer[0][130] = data[1810]; buffer[0][131] = data[1811]; buffer[0][132] = data[1812]; buffer[0][133] = data[1813]; buffer[0][134] = data[1814]; buffer[0][135] = data[1815]; buffer[0][136] = data[1816]; buffer[0][137] = data[1817]; buffer[0][138] = data[1818]; buffer[0][139] = data[1819]; buffer[0][140] = data[1820]; buffer[0][141] = data[1821]; buffer[0][142] = data[1822]; buffer[0][143] = data[1823]; buffer[0][144] = data[1824]; buffer[0][145] = data[1825]; buffer[0][146] = data[1826]; buffer[0][147] = data[1827]; buffer[0][148] = data[1828]; buffer[0][149] = data[1829]; buffer[0][150] = data[1830]; buffer[0][151] = data[1831]; buffer[0][152] = data[1832]; buffer[0][153] = data[1833]; buffer[0][154] = data[1834]; buffer[0][155] = data[1835]; buffer[0][156] = data[1836]; buffer[0][157] = data[1837]; buffer[0][158] = data[1838]; buffer[0][159] = data[1839]; buffer[0][160] = data[1840]; buffer[0][161] = data[1841]; buffer[0][162] = data[1842]; buffer[0][163] = data[1843]; buffer[0][164] = data[1844]; buffer[0][165] = data[1845]; buffer[0][166] = data[1846]; buffer[0][167] = data[1847]; buffer[0][168] = data[1848]; buffer[0][169] = data[1849]; buffer[0][170] = data[1850]; buffer[0][171] = data[1851]; buffer[0][172] = data[1852]; buffer[0][173] = data[1853]; buffer[0][174] = data[1854]; buffer[0][175] = data[1855]; buffer[0][176] = data[1856]; buffer[0][177] = data[1857]; buffer[0][178] = data[1858]; buffer[0][179] = data[1859]; buffer[0][180] = data[1860]; buffer[0][181] = data[1861]; buffer[0][182] = data[1862]; buffer[0][183] = data[1863]; buffer[0][184] = data[1864]; buffer[0][185] = data[1865]; buffer[0][186] = data[1866]; buffer[0][187] = data[1867]; buffer[0][188] = data[1868]; buffer[0][189] = data[1869]; buffer[0][190] = data[1870]; buffer[0][191] = data[1871]; buffer[0][192] = data[1872]; buffer[0][193] = data[1873]; buffer[0][194] = data[1874]; buffer[0][195] = data[1875]; buffer[0][196] = data[1876]; buffer[0][197] = data[1877]; buffer[0][198] = data[1878]; buffer[0][199] = data[1879]; buffer[0][200] = data[1880]; buffer[0][201] = data[1881]; buffer[0][202] = data[1882]; buffer[0][203] = data[1883]; buffer[0][204] = data[1884]; buffer[0][205] = data[1885]; buffer[0][206] = data[1886]; buffer[0][207] = data[1887]; buffer[0][208] = data[1888]; buffer[0][209] = data[1889]; buffer[0][210] = data[1890]; buffer[0][211] = data[1891]; buffer[0][212] = data[1892]; buffer[0][213] = data[1893]; buffer[0][214] = data[1894]; buffer[0][215] = data[1895]; buffer[0][216] = data[1896]; buffer[0][217] = data[1897]; buffer[0][218] = data[1898]; buffer[0][219] = data[1899]; buffer[0][220] = data[1900]; buffer[0][221] = data[1901]; buffer[0][222] = data[1902]; buffer[0][223] = data[1903]; buffer[0][224] = data[1904]; buffer[0][225] = data[1905]; buffer[0][226] = data[1906]; buffer[0][227] = data[1907]; buffer[0][228] = data[1908]; buffer[0][229] = data[1909]; buffer[0][230] = data[1910]; buffer[0][231] = data[1911]; buffer[0][232] = data[1912]; buffer[0][233] = data[1913]; buffer[0][234] = data[1914]; buffer[0][235] = data[1915]; buffer[0][236] = data[1916]; buffer[0][237] = data[1917]; buffer[0][238] = data[1918]; buffer[0][239] = data[1919];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_40 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7]; buffer[0][8] =    data[8]; buffer[0][9] =    data[9]; buffer[0][10] =   data[10]; buffer[0][11] =   data[11]; buffer[0][12] =   data[12]; buffer[0][13] =   data[13]; buffer[0][14] =   data[14]; buffer[0][15] =   data[15]; buffer[0][16] =   data[16]; buffer[0][17] =   data[17];

        }
        if (partition ==   1) {
            buffer[0][0] =   data[18]; buffer[0][1] =   data[19]; buffer[0][2] =   data[20]; buffer[0][3] =   data[21]; buffer[0][4] =   data[22]; buffer[0][5] =   data[23]; buffer[0][6] =   data[24]; buffer[0][7] =   data[25]; buffer[0][8] =   data[26]; buffer[0][9] =   data[27]; buffer[0][10] =   data[28]; buffer[0][11] =   data[29]; buffer[0][12] =   data[30]; buffer[0][13] =   data[31]; buffer[0][14] =   data[32]; buffer[0][15] =   data[33]; buffer[0][16] =   data[34]; buffer[0][17] =   data[35];

        }
        if (partition ==   2) {
            buffer[0][0] =   data[36]; buffer[0][1] =   data[37]; buffer[0][2] =   data[38]; buffer[0][3] =   data[39]; buffer[0][4] =   data[40]; buffer[0][5] =   data[41]; buffer[0][6] =   data[42]; buffer[0][7] =   data[43]; buffer[0][8] =   data[44]; buffer[0][9] =   data[45]; buffer[0][10] =   data[46]; buffer[0][11] =   data[47]; buffer[0][12] =   data[48]; buffer[0][13] =   data[49]; buffer[0][14] =   data[50]; buffer[0][15] =   data[51]; buffer[0][16] =   data[52]; buffer[0][17] =   data[53];

        }
        if (partition ==   3) {
            buffer[0][0] =   data[54]; buffer[0][1] =   data[55]; buffer[0][2] =   data[56]; buffer[0][3] =   data[57]; buffer[0][4] =   data[58]; buffer[0][5] =   data[59]; buffer[0][6] =   data[60]; buffer[0][7] =   data[61]; buffer[0][8] =   data[62]; buffer[0][9] =   data[63]; buffer[0][10] =   data[64]; buffer[0][11] =   data[65]; buffer[0][12] =   data[66]; buffer[0][13] =   data[67]; buffer[0][14] =   data[68]; buffer[0][15] =   data[69]; buffer[0][16] =   data[70]; buffer[0][17] =   data[71];

        }
        if (partition ==   4) {
            buffer[0][0] =   data[72]; buffer[0][1] =   data[73]; buffer[0][2] =   data[74]; buffer[0][3] =   data[75]; buffer[0][4] =   data[76]; buffer[0][5] =   data[77]; buffer[0][6] =   data[78]; buffer[0][7] =   data[79]; buffer[0][8] =   data[80]; buffer[0][9] =   data[81]; buffer[0][10] =   data[82]; buffer[0][11] =   data[83]; buffer[0][12] =   data[84]; buffer[0][13] =   data[85]; buffer[0][14] =   data[86]; buffer[0][15] =   data[87]; buffer[0][16] =   data[88]; buffer[0][17] =   data[89];

        }
        if (partition ==   5) {
            buffer[0][0] =   data[90]; buffer[0][1] =   data[91]; buffer[0][2] =   data[92]; buffer[0][3] =   data[93]; buffer[0][4] =   data[94]; buffer[0][5] =   data[95]; buffer[0][6] =   data[96]; buffer[0][7] =   data[97]; buffer[0][8] =   data[98]; buffer[0][9] =   data[99]; buffer[0][10] =  data[100]; buffer[0][11] =  data[101]; buffer[0][12] =  data[102]; buffer[0][13] =  data[103]; buffer[0][14] =  data[104]; buffer[0][15] =  data[105]; buffer[0][16] =  data[106]; buffer[0][17] =  data[107];

        }
        if (partition ==   6) {
            buffer[0][0] =  data[108]; buffer[0][1] =  data[109]; buffer[0][2] =  data[110]; buffer[0][3] =  data[111]; buffer[0][4] =  data[112]; buffer[0][5] =  data[113]; buffer[0][6] =  data[114]; buffer[0][7] =  data[115]; buffer[0][8] =  data[116]; buffer[0][9] =  data[117]; buffer[0][10] =  data[118]; buffer[0][11] =  data[119]; buffer[0][12] =  data[120]; buffer[0][13] =  data[121]; buffer[0][14] =  data[122]; buffer[0][15] =  data[123]; buffer[0][16] =  data[124]; buffer[0][17] =  data[125];

        }
        if (partition ==   7) {
            buffer[0][0] =  data[126]; buffer[0][1] =  data[127]; buffer[0][2] =  data[128]; buffer[0][3] =  data[129]; buffer[0][4] =  data[130]; buffer[0][5] =  data[131]; buffer[0][6] =  data[132]; buffer[0][7] =  data[133]; buffer[0][8] =  data[134]; buffer[0][9] =  data[135]; buffer[0][10] =  data[136]; buffer[0][11] =  data[137]; buffer[0][12] =  data[138]; buffer[0][13] =  data[139]; buffer[0][14] =  data[140]; buffer[0][15] =  data[141]; buffer[0][16] =  data[142]; buffer[0][17] =  data[143];

        }
        if (partition ==   8) {
            buffer[0][0] =  data[144]; buffer[0][1] =  data[145]; buffer[0][2] =  data[146]; buffer[0][3] =  data[147]; buffer[0][4] =  data[148]; buffer[0][5] =  data[149]; buffer[0][6] =  data[150]; buffer[0][7] =  data[151]; buffer[0][8] =  data[152]; buffer[0][9] =  data[153]; buffer[0][10] =  data[154]; buffer[0][11] =  data[155]; buffer[0][12] =  data[156]; buffer[0][13] =  data[157]; buffer[0][14] =  data[158]; buffer[0][15] =  data[159]; buffer[0][16] =  data[160]; buffer[0][17] =  data[161];

        }
        if (partition ==   9) {
            buffer[0][0] =  data[162]; buffer[0][1] =  data[163]; buffer[0][2] =  data[164]; buffer[0][3] =  data[165]; buffer[0][4] =  data[166]; buffer[0][5] =  data[167]; buffer[0][6] =  data[168]; buffer[0][7] =  data[169]; buffer[0][8] =  data[170]; buffer[0][9] =  data[171]; buffer[0][10] =  data[172]; buffer[0][11] =  data[173]; buffer[0][12] =  data[174]; buffer[0][13] =  data[175]; buffer[0][14] =  data[176]; buffer[0][15] =  data[177]; buffer[0][16] =  data[178]; buffer[0][17] =  data[179];

        }
        if (partition ==  10) {
            buffer[0][0] =  data[180]; buffer[0][1] =  data[181]; buffer[0][2] =  data[182]; buffer[0][3] =  data[183]; buffer[0][4] =  data[184]; buffer[0][5] =  data[185]; buffer[0][6] =  data[186]; buffer[0][7] =  data[187]; buffer[0][8] =  data[188]; buffer[0][9] =  data[189]; buffer[0][10] =  data[190]; buffer[0][11] =  data[191]; buffer[0][12] =  data[192]; buffer[0][13] =  data[193]; buffer[0][14] =  data[194]; buffer[0][15] =  data[195]; buffer[0][16] =  data[196]; buffer[0][17] =  data[197];

        }
        if (partition ==  11) {
            buffer[0][0] =  data[198]; buffer[0][1] =  data[199]; buffer[0][2] =  data[200]; buffer[0][3] =  data[201]; buffer[0][4] =  data[202]; buffer[0][5] =  data[203]; buffer[0][6] =  data[204]; buffer[0][7] =  data[205]; buffer[0][8] =  data[206]; buffer[0][9] =  data[207]; buffer[0][10] =  data[208]; buffer[0][11] =  data[209]; buffer[0][12] =  data[210]; buffer[0][13] =  data[211]; buffer[0][14] =  data[212]; buffer[0][15] =  data[213]; buffer[0][16] =  data[214]; buffer[0][17] =  data[215];

        }
        if (partition ==  12) {
            buffer[0][0] =  data[216]; buffer[0][1] =  data[217]; buffer[0][2] =  data[218]; buffer[0][3] =  data[219]; buffer[0][4] =  data[220]; buffer[0][5] =  data[221]; buffer[0][6] =  data[222]; buffer[0][7] =  data[223]; buffer[0][8] =  data[224]; buffer[0][9] =  data[225]; buffer[0][10] =  data[226]; buffer[0][11] =  data[227]; buffer[0][12] =  data[228]; buffer[0][13] =  data[229]; buffer[0][14] =  data[230]; buffer[0][15] =  data[231]; buffer[0][16] =  data[232]; buffer[0][17] =  data[233];

        }
        if (partition ==  13) {
            buffer[0][0] =  data[234]; buffer[0][1] =  data[235]; buffer[0][2] =  data[236]; buffer[0][3] =  data[237]; buffer[0][4] =  data[238]; buffer[0][5] =  data[239]; buffer[0][6] =  data[240]; buffer[0][7] =  data[241]; buffer[0][8] =  data[242]; buffer[0][9] =  data[243]; buffer[0][10] =  data[244]; buffer[0][11] =  data[245]; buffer[0][12] =  data[246]; buffer[0][13] =  data[247]; buffer[0][14] =  data[248]; buffer[0][15] =  data[249]; buffer[0][16] =  data[250]; buffer[0][17] =  data[251];

        }
        if (partition ==  14) {
            buffer[0][0] =  data[252]; buffer[0][1] =  data[253]; buffer[0][2] =  data[254]; buffer[0][3] =  data[255]; buffer[0][4] =  data[256]; buffer[0][5] =  data[257]; buffer[0][6] =  data[258]; buffer[0][7] =  data[259]; buffer[0][8] =  data[260]; buffer[0][9] =  data[261]; buffer[0][10] =  data[262]; buffer[0][11] =  data[263]; buffer[0][12] =  data[264]; buffer[0][13] =  data[265]; buffer[0][14] =  data[266]; buffer[0][15] =  data[267]; buffer[0][16] =  data[268]; buffer[0][17] =  data[269];

        }
        if (partition ==  15) {
            buffer[0][0] =  data[270]; buffer[0][1] =  data[271]; buffer[0][2] =  data[272]; buffer[0][3] =  data[273]; buffer[0][4] =  data[274]; buffer[0][5] =  data[275]; buffer[0][6] =  data[276]; buffer[0][7] =  data[277]; buffer[0][8] =  data[278]; buffer[0][9] =  data[279]; buffer[0][10] =  data[280]; buffer[0][11] =  data[281]; buffer[0][12] =  data[282]; buffer[0][13] =  data[283]; buffer[0][14] =  data[284]; buffer[0][15] =  data[285]; buffer[0][16] =  data[286]; buffer[0][17] =  data[287];

        }
    }
};
template<class data_T, typename CONFIG_T>
class fill_buffer_41 : public nnet::FillConv1DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7]; buffer[0][8] =    data[8]; buffer[0][9] =    data[9]; buffer[0][10] =   data[10]; buffer[0][11] =   data[11]; buffer[0][12] =   data[12]; buffer[0][13] =   data[13]; buffer[0][14] =   data[14]; buffer[0][15] =   data[15];

        }
        if (partition ==   1) {
            buffer[0][0] =   data[16]; buffer[0][1] =   data[17]; buffer[0][2] =   data[18]; buffer[0][3] =   data[19]; buffer[0][4] =   data[20]; buffer[0][5] =   data[21]; buffer[0][6] =   data[22]; buffer[0][7] =   data[23]; buffer[0][8] =   data[24]; buffer[0][9] =   data[25]; buffer[0][10] =   data[26]; buffer[0][11] =   data[27]; buffer[0][12] =   data[28]; buffer[0][13] =   data[29]; buffer[0][14] =   data[30]; buffer[0][15] =   data[31];

        }
        if (partition ==   2) {
            buffer[0][0] =   data[32]; buffer[0][1] =   data[33]; buffer[0][2] =   data[34]; buffer[0][3] =   data[35]; buffer[0][4] =   data[36]; buffer[0][5] =   data[37]; buffer[0][6] =   data[38]; buffer[0][7] =   data[39]; buffer[0][8] =   data[40]; buffer[0][9] =   data[41]; buffer[0][10] =   data[42]; buffer[0][11] =   data[43]; buffer[0][12] =   data[44]; buffer[0][13] =   data[45]; buffer[0][14] =   data[46]; buffer[0][15] =   data[47];

        }
        if (partition ==   3) {
            buffer[0][0] =   data[48]; buffer[0][1] =   data[49]; buffer[0][2] =   data[50]; buffer[0][3] =   data[51]; buffer[0][4] =   data[52]; buffer[0][5] =   data[53]; buffer[0][6] =   data[54]; buffer[0][7] =   data[55]; buffer[0][8] =   data[56]; buffer[0][9] =   data[57]; buffer[0][10] =   data[58]; buffer[0][11] =   data[59]; buffer[0][12] =   data[60]; buffer[0][13] =   data[61]; buffer[0][14] =   data[62]; buffer[0][15] =   data[63];

        }
        if (partition ==   4) {
            buffer[0][0] =   data[64]; buffer[0][1] =   data[65]; buffer[0][2] =   data[66]; buffer[0][3] =   data[67]; buffer[0][4] =   data[68]; buffer[0][5] =   data[69]; buffer[0][6] =   data[70]; buffer[0][7] =   data[71]; buffer[0][8] =   data[72]; buffer[0][9] =   data[73]; buffer[0][10] =   data[74]; buffer[0][11] =   data[75]; buffer[0][12] =   data[76]; buffer[0][13] =   data[77]; buffer[0][14] =   data[78]; buffer[0][15] =   data[79];

        }
        if (partition ==   5) {
            buffer[0][0] =   data[80]; buffer[0][1] =   data[81]; buffer[0][2] =   data[82]; buffer[0][3] =   data[83]; buffer[0][4] =   data[84]; buffer[0][5] =   data[85]; buffer[0][6] =   data[86]; buffer[0][7] =   data[87]; buffer[0][8] =   data[88]; buffer[0][9] =   data[89]; buffer[0][10] =   data[90]; buffer[0][11] =   data[91]; buffer[0][12] =   data[92]; buffer[0][13] =   data[93]; buffer[0][14] =   data[94]; buffer[0][15] =   data[95];

        }
        if (partition ==   6) {
            buffer[0][0] =   data[96]; buffer[0][1] =   data[97]; buffer[0][2] =   data[98]; buffer[0][3] =   data[99]; buffer[0][4] =  data[100]; buffer[0][5] =  data[101]; buffer[0][6] =  data[102]; buffer[0][7] =  data[103]; buffer[0][8] =  data[104]; buffer[0][9] =  data[105]; buffer[0][10] =  data[106]; buffer[0][11] =  data[107]; buffer[0][12] =  data[108]; buffer[0][13] =  data[109]; buffer[0][14] =  data[110]; buffer[0][15] =  data[111];

        }
        if (partition ==   7) {
            buffer[0][0] =  data[112]; buffer[0][1] =  data[113]; buffer[0][2] =  data[114]; buffer[0][3] =  data[115]; buffer[0][4] =  data[116]; buffer[0][5] =  data[117]; buffer[0][6] =  data[118]; buffer[0][7] =  data[119]; buffer[0][8] =  data[120]; buffer[0][9] =  data[121]; buffer[0][10] =  data[122]; buffer[0][11] =  data[123]; buffer[0][12] =  data[124]; buffer[0][13] =  data[125]; buffer[0][14] =  data[126]; buffer[0][15] =  data[127];

        }
    }
};

} // namespace nnet

#endif
