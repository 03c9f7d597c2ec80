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
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7];

        }
        if (partition ==   1) {
            buffer[0][0] =    data[8]; buffer[0][1] =    data[9]; buffer[0][2] =   data[10]; buffer[0][3] =   data[11]; buffer[0][4] =   data[12]; buffer[0][5] =   data[13]; buffer[0][6] =   data[14]; buffer[0][7] =   data[15];

        }
        if (partition ==   2) {
            buffer[0][0] =   data[16]; buffer[0][1] =   data[17]; buffer[0][2] =   data[18]; buffer[0][3] =   data[19]; buffer[0][4] =   data[20]; buffer[0][5] =   data[21]; buffer[0][6] =   data[22]; buffer[0][7] =   data[23];

        }
        if (partition ==   3) {
            buffer[0][0] =   data[24]; buffer[0][1] =   data[25]; buffer[0][2] =   data[26]; buffer[0][3] =   data[27]; buffer[0][4] =   data[28]; buffer[0][5] =   data[29]; buffer[0][6] =   data[30]; buffer[0][7] =   data[31];

        }
        if (partition ==   4) {
            buffer[0][0] =   data[32]; buffer[0][1] =   data[33]; buffer[0][2] =   data[34]; buffer[0][3] =   data[35]; buffer[0][4] =   data[36]; buffer[0][5] =   data[37]; buffer[0][6] =   data[38]; buffer[0][7] =   data[39];

        }
        if (partition ==   5) {
            buffer[0][0] =   data[40]; buffer[0][1] =   data[41]; buffer[0][2] =   data[42]; buffer[0][3] =   data[43]; buffer[0][4] =   data[44]; buffer[0][5] =   data[45]; buffer[0][6] =   data[46]; buffer[0][7] =   data[47];

        }
        if (partition ==   6) {
            buffer[0][0] =   data[48]; buffer[0][1] =   data[49]; buffer[0][2] =   data[50]; buffer[0][3] =   data[51]; buffer[0][4] =   data[52]; buffer[0][5] =   data[53]; buffer[0][6] =   data[54]; buffer[0][7] =   data[55];

        }
        if (partition ==   7) {
            buffer[0][0] =   data[56]; buffer[0][1] =   data[57]; buffer[0][2] =   data[58]; buffer[0][3] =   data[59]; buffer[0][4] =   data[60]; buffer[0][5] =   data[61]; buffer[0][6] =   data[62]; buffer[0][7] =   data[63];

        }
        if (partition ==   8) {
            buffer[0][0] =   data[64]; buffer[0][1] =   data[65]; buffer[0][2] =   data[66]; buffer[0][3] =   data[67]; buffer[0][4] =   data[68]; buffer[0][5] =   data[69]; buffer[0][6] =   data[70]; buffer[0][7] =   data[71];

        }
        if (partition ==   9) {
            buffer[0][0] =   data[72]; buffer[0][1] =   data[73]; buffer[0][2] =   data[74]; buffer[0][3] =   data[75]; buffer[0][4] =   data[76]; buffer[0][5] =   data[77]; buffer[0][6] =   data[78]; buffer[0][7] =   data[79];

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
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7];

        }
        if (partition ==   1) {
            buffer[0][0] =    data[8]; buffer[0][1] =    data[9]; buffer[0][2] =   data[10]; buffer[0][3] =   data[11]; buffer[0][4] =   data[12]; buffer[0][5] =   data[13]; buffer[0][6] =   data[14]; buffer[0][7] =   data[15];

        }
        if (partition ==   2) {
            buffer[0][0] =   data[16]; buffer[0][1] =   data[17]; buffer[0][2] =   data[18]; buffer[0][3] =   data[19]; buffer[0][4] =   data[20]; buffer[0][5] =   data[21]; buffer[0][6] =   data[22]; buffer[0][7] =   data[23];

        }
        if (partition ==   3) {
            buffer[0][0] =   data[24]; buffer[0][1] =   data[25]; buffer[0][2] =   data[26]; buffer[0][3] =   data[27]; buffer[0][4] =   data[28]; buffer[0][5] =   data[29]; buffer[0][6] =   data[30]; buffer[0][7] =   data[31];

        }
        if (partition ==   4) {
            buffer[0][0] =   data[32]; buffer[0][1] =   data[33]; buffer[0][2] =   data[34]; buffer[0][3] =   data[35]; buffer[0][4] =   data[36]; buffer[0][5] =   data[37]; buffer[0][6] =   data[38]; buffer[0][7] =   data[39];

        }
        if (partition ==   5) {
            buffer[0][0] =   data[40]; buffer[0][1] =   data[41]; buffer[0][2] =   data[42]; buffer[0][3] =   data[43]; buffer[0][4] =   data[44]; buffer[0][5] =   data[45]; buffer[0][6] =   data[46]; buffer[0][7] =   data[47];

        }
        if (partition ==   6) {
            buffer[0][0] =   data[48]; buffer[0][1] =   data[49]; buffer[0][2] =   data[50]; buffer[0][3] =   data[51]; buffer[0][4] =   data[52]; buffer[0][5] =   data[53]; buffer[0][6] =   data[54]; buffer[0][7] =   data[55];

        }
        if (partition ==   7) {
            buffer[0][0] =   data[56]; buffer[0][1] =   data[57]; buffer[0][2] =   data[58]; buffer[0][3] =   data[59]; buffer[0][4] =   data[60]; buffer[0][5] =   data[61]; buffer[0][6] =   data[62]; buffer[0][7] =   data[63];

        }
        if (partition ==   8) {
            buffer[0][0] =   data[64]; buffer[0][1] =   data[65]; buffer[0][2] =   data[66]; buffer[0][3] =   data[67]; buffer[0][4] =   data[68]; buffer[0][5] =   data[69]; buffer[0][6] =   data[70]; buffer[0][7] =   data[71];

        }
        if (partition ==   9) {
            buffer[0][0] =   data[72]; buffer[0][1] =   data[73]; buffer[0][2] =   data[74]; buffer[0][3] =   data[75]; buffer[0][4] =   data[76]; buffer[0][5] =   data[77]; buffer[0][6] =   data[78]; buffer[0][7] =   data[79];

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
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7]; buffer[0][8] =    data[8]; buffer[0][9] =    data[9]; buffer[0][10] =   data[10]; buffer[0][11] =   data[11]; buffer[0][12] =   data[12]; buffer[0][13] =   data[13]; buffer[0][14] =   data[14]; buffer[0][15] =   data[15]; buffer[0][16] =   data[16]; buffer[0][17] =   data[17]; buffer[0][18] =   data[18]; buffer[0][19] =   data[19]; buffer[0][20] =   data[20]; buffer[0][21] =   data[21]; buffer[0][22] =   data[22]; buffer[0][23] =   data[23]; buffer[0][24] =   data[24]; buffer[0][25] =   data[25]; buffer[0][26] =   data[26]; buffer[0][27] =   data[27]; buffer[0][28] =   data[28]; buffer[0][29] =   data[29]; buffer[0][30] =   data[30]; buffer[0][31] =   data[31]; buffer[0][32] =   data[32]; buffer[0][33] =   data[33]; buffer[0][34] =   data[34]; buffer[0][35] =   data[35]; buffer[0][36] =   data[36]; buffer[0][37] =   data[37]; buffer[0][38] =   data[38]; buffer[0][39] =   data[39]; buffer[0][40] =   data[40]; buffer[0][41] =   data[41]; buffer[0][42] =   data[42]; buffer[0][43] =   data[43]; buffer[0][44] =   data[44]; buffer[0][45] =   data[45]; buffer[0][46] =   data[46]; buffer[0][47] =   data[47]; buffer[0][48] =   data[48]; buffer[0][49] =   data[49]; buffer[0][50] =   data[50]; buffer[0][51] =   data[51]; buffer[0][52] =   data[52]; buffer[0][53] =   data[53]; buffer[0][54] =   data[54]; buffer[0][55] =   data[55];

        }
        if (partition ==   1) {
            buffer[0][0] =   data[56]; buffer[0][1] =   data[57]; buffer[0][2] =   data[58]; buffer[0][3] =   data[59]; buffer[0][4] =   data[60]; buffer[0][5] =   data[61]; buffer[0][6] =   data[62]; buffer[0][7] =   data[63]; buffer[0][8] =   data[64]; buffer[0][9] =   data[65]; buffer[0][10] =   data[66]; buffer[0][11] =   data[67]; buffer[0][12] =   data[68]; buffer[0][13] =   data[69]; buffer[0][14] =   data[70]; buffer[0][15] =   data[71]; buffer[0][16] =   data[72]; buffer[0][17] =   data[73]; buffer[0][18] =   data[74]; buffer[0][19] =   data[75]; buffer[0][20] =   data[76]; buffer[0][21] =   data[77]; buffer[0][22] =   data[78]; buffer[0][23] =   data[79]; buffer[0][24] =   data[80]; buffer[0][25] =   data[81]; buffer[0][26] =   data[82]; buffer[0][27] =   data[83]; buffer[0][28] =   data[84]; buffer[0][29] =   data[85]; buffer[0][30] =   data[86]; buffer[0][31] =   data[87]; buffer[0][32] =   data[88]; buffer[0][33] =   data[89]; buffer[0][34] =   data[90]; buffer[0][35] =   data[91]; buffer[0][36] =   data[92]; buffer[0][37] =   data[93]; buffer[0][38] =   data[94]; buffer[0][39] =   data[95]; buffer[0][40] =   data[96]; buffer[0][41] =   data[97]; buffer[0][42] =   data[98]; buffer[0][43] =   data[99]; buffer[0][44] =  data[100]; buffer[0][45] =  data[101]; buffer[0][46] =  data[102]; buffer[0][47] =  data[103]; buffer[0][48] =  data[104]; buffer[0][49] =  data[105]; buffer[0][50] =  data[106]; buffer[0][51] =  data[107]; buffer[0][52] =  data[108]; buffer[0][53] =  data[109]; buffer[0][54] =  data[110]; buffer[0][55] =  data[111];

        }
        if (partition ==   2) {
            buffer[0][0] =  data[112]; buffer[0][1] =  data[113]; buffer[0][2] =  data[114]; buffer[0][3] =  data[115]; buffer[0][4] =  data[116]; buffer[0][5] =  data[117]; buffer[0][6] =  data[118]; buffer[0][7] =  data[119]; buffer[0][8] =  data[120]; buffer[0][9] =  data[121]; buffer[0][10] =  data[122]; buffer[0][11] =  data[123]; buffer[0][12] =  data[124]; buffer[0][13] =  data[125]; buffer[0][14] =  data[126]; buffer[0][15] =  data[127]; buffer[0][16] =  data[128]; buffer[0][17] =  data[129]; buffer[0][18] =  data[130]; buffer[0][19] =  data[131]; buffer[0][20] =  data[132]; buffer[0][21] =  data[133]; buffer[0][22] =  data[134]; buffer[0][23] =  data[135]; buffer[0][24] =  data[136]; buffer[0][25] =  data[137]; buffer[0][26] =  data[138]; buffer[0][27] =  data[139]; buffer[0][28] =  data[140]; buffer[0][29] =  data[141]; buffer[0][30] =  data[142]; buffer[0][31] =  data[143]; buffer[0][32] =  data[144]; buffer[0][33] =  data[145]; buffer[0][34] =  data[146]; buffer[0][35] =  data[147]; buffer[0][36] =  data[148]; buffer[0][37] =  data[149]; buffer[0][38] =  data[150]; buffer[0][39] =  data[151]; buffer[0][40] =  data[152]; buffer[0][41] =  data[153]; buffer[0][42] =  data[154]; buffer[0][43] =  data[155]; buffer[0][44] =  data[156]; buffer[0][45] =  data[157]; buffer[0][46] =  data[158]; buffer[0][47] =  data[159]; buffer[0][48] =  data[160]; buffer[0][49] =  data[161]; buffer[0][50] =  data[162]; buffer[0][51] =  data[163]; buffer[0][52] =  data[164]; buffer[0][53] =  data[165]; buffer[0][54] =  data[166]; buffer[0][55] =  data[167];

        }
        if (partition ==   3) {
            buffer[0][0] =  data[168]; buffer[0][1] =  data[169]; buffer[0][2] =  data[170]; buffer[0][3] =  data[171]; buffer[0][4] =  data[172]; buffer[0][5] =  data[173]; buffer[0][6] =  data[174]; buffer[0][7] =  data[175]; buffer[0][8] =  data[176]; buffer[0][9] =  data[177]; buffer[0][10] =  data[178]; buffer[0][11] =  data[179]; buffer[0][12] =  data[180]; buffer[0][13] =  data[181]; buffer[0][14] =  data[182]; buffer[0][15] =  data[183]; buffer[0][16] =  data[184]; buffer[0][17] =  data[185]; buffer[0][18] =  data[186]; buffer[0][19] =  data[187]; buffer[0][20] =  data[188]; buffer[0][21] =  data[189]; buffer[0][22] =  data[190]; buffer[0][23] =  data[191]; buffer[0][24] =  data[192]; buffer[0][25] =  data[193]; buffer[0][26] =  data[194]; buffer[0][27] =  data[195]; buffer[0][28] =  data[196]; buffer[0][29] =  data[197]; buffer[0][30] =  data[198]; buffer[0][31] =  data[199]; buffer[0][32] =  data[200]; buffer[0][33] =  data[201]; buffer[0][34] =  data[202]; buffer[0][35] =  data[203]; buffer[0][36] =  data[204]; buffer[0][37] =  data[205]; buffer[0][38] =  data[206]; buffer[0][39] =  data[207]; buffer[0][40] =  data[208]; buffer[0][41] =  data[209]; buffer[0][42] =  data[210]; buffer[0][43] =  data[211]; buffer[0][44] =  data[212]; buffer[0][45] =  data[213]; buffer[0][46] =  data[214]; buffer[0][47] =  data[215]; buffer[0][48] =  data[216]; buffer[0][49] =  data[217]; buffer[0][50] =  data[218]; buffer[0][51] =  data[219]; buffer[0][52] =  data[220]; buffer[0][53] =  data[221]; buffer[0][54] =  data[222]; buffer[0][55] =  data[223];

        }
        if (partition ==   4) {
            buffer[0][0] =  data[224]; buffer[0][1] =  data[225]; buffer[0][2] =  data[226]; buffer[0][3] =  data[227]; buffer[0][4] =  data[228]; buffer[0][5] =  data[229]; buffer[0][6] =  data[230]; buffer[0][7] =  data[231]; buffer[0][8] =  data[232]; buffer[0][9] =  data[233]; buffer[0][10] =  data[234]; buffer[0][11] =  data[235]; buffer[0][12] =  data[236]; buffer[0][13] =  data[237]; buffer[0][14] =  data[238]; buffer[0][15] =  data[239]; buffer[0][16] =  data[240]; buffer[0][17] =  data[241]; buffer[0][18] =  data[242]; buffer[0][19] =  data[243]; buffer[0][20] =  data[244]; buffer[0][21] =  data[245]; buffer[0][22] =  data[246]; buffer[0][23] =  data[247]; buffer[0][24] =  data[248]; buffer[0][25] =  data[249]; buffer[0][26] =  data[250]; buffer[0][27] =  data[251]; buffer[0][28] =  data[252]; buffer[0][29] =  data[253]; buffer[0][30] =  data[254]; buffer[0][31] =  data[255]; buffer[0][32] =  data[256]; buffer[0][33] =  data[257]; buffer[0][34] =  data[258]; buffer[0][35] =  data[259]; buffer[0][36] =  data[260]; buffer[0][37] =  data[261]; buffer[0][38] =  data[262]; buffer[0][39] =  data[263]; buffer[0][40] =  data[264]; buffer[0][41] =  data[265]; buffer[0][42] =  data[266]; buffer[0][43] =  data[267]; buffer[0][44] =  data[268]; buffer[0][45] =  data[269]; buffer[0][46] =  data[270]; buffer[0][47] =  data[271]; buffer[0][48] =  data[272]; buffer[0][49] =  data[273]; buffer[0][50] =  data[274]; buffer[0][51] =  data[275]; buffer[0][52] =  data[276]; buffer[0][53] =  data[277]; buffer[0][54] =  data[278]; buffer[0][55] =  data[279];

        }
        if (partition ==   5) {
            buffer[0][0] =  data[280]; buffer[0][1] =  data[281]; buffer[0][2] =  data[282]; buffer[0][3] =  data[283]; buffer[0][4] =  data[284]; buffer[0][5] =  data[285]; buffer[0][6] =  data[286]; buffer[0][7] =  data[287]; buffer[0][8] =  data[288]; buffer[0][9] =  data[289]; buffer[0][10] =  data[290]; buffer[0][11] =  data[291]; buffer[0][12] =  data[292]; buffer[0][13] =  data[293]; buffer[0][14] =  data[294]; buffer[0][15] =  data[295]; buffer[0][16] =  data[296]; buffer[0][17] =  data[297]; buffer[0][18] =  data[298]; buffer[0][19] =  data[299]; buffer[0][20] =  data[300]; buffer[0][21] =  data[301]; buffer[0][22] =  data[302]; buffer[0][23] =  data[303]; buffer[0][24] =  data[304]; buffer[0][25] =  data[305]; buffer[0][26] =  data[306]; buffer[0][27] =  data[307]; buffer[0][28] =  data[308]; buffer[0][29] =  data[309]; buffer[0][30] =  data[310]; buffer[0][31] =  data[311]; buffer[0][32] =  data[312]; buffer[0][33] =  data[313]; buffer[0][34] =  data[314]; buffer[0][35] =  data[315]; buffer[0][36] =  data[316]; buffer[0][37] =  data[317]; buffer[0][38] =  data[318]; buffer[0][39] =  data[319]; buffer[0][40] =  data[320]; buffer[0][41] =  data[321]; buffer[0][42] =  data[322]; buffer[0][43] =  data[323]; buffer[0][44] =  data[324]; buffer[0][45] =  data[325]; buffer[0][46] =  data[326]; buffer[0][47] =  data[327]; buffer[0][48] =  data[328]; buffer[0][49] =  data[329]; buffer[0][50] =  data[330]; buffer[0][51] =  data[331]; buffer[0][52] =  data[332]; buffer[0][53] =  data[333]; buffer[0][54] =  data[334]; buffer[0][55] =  data[335];

        }
        if (partition ==   6) {
            buffer[0][0] =  data[336]; buffer[0][1] =  data[337]; buffer[0][2] =  data[338]; buffer[0][3] =  data[339]; buffer[0][4] =  data[340]; buffer[0][5] =  data[341]; buffer[0][6] =  data[342]; buffer[0][7] =  data[343]; buffer[0][8] =  data[344]; buffer[0][9] =  data[345]; buffer[0][10] =  data[346]; buffer[0][11] =  data[347]; buffer[0][12] =  data[348]; buffer[0][13] =  data[349]; buffer[0][14] =  data[350]; buffer[0][15] =  data[351]; buffer[0][16] =  data[352]; buffer[0][17] =  data[353]; buffer[0][18] =  data[354]; buffer[0][19] =  data[355]; buffer[0][20] =  data[356]; buffer[0][21] =  data[357]; buffer[0][22] =  data[358]; buffer[0][23] =  data[359]; buffer[0][24] =  data[360]; buffer[0][25] =  data[361]; buffer[0][26] =  data[362]; buffer[0][27] =  data[363]; buffer[0][28] =  data[364]; buffer[0][29] =  data[365]; buffer[0][30] =  data[366]; buffer[0][31] =  data[367]; buffer[0][32] =  data[368]; buffer[0][33] =  data[369]; buffer[0][34] =  data[370]; buffer[0][35] =  data[371]; buffer[0][36] =  data[372]; buffer[0][37] =  data[373]; buffer[0][38] =  data[374]; buffer[0][39] =  data[375]; buffer[0][40] =  data[376]; buffer[0][41] =  data[377]; buffer[0][42] =  data[378]; buffer[0][43] =  data[379]; buffer[0][44] =  data[380]; buffer[0][45] =  data[381]; buffer[0][46] =  data[382]; buffer[0][47] =  data[383]; buffer[0][48] =  data[384]; buffer[0][49] =  data[385]; buffer[0][50] =  data[386]; buffer[0][51] =  data[387]; buffer[0][52] =  data[388]; buffer[0][53] =  data[389]; buffer[0][54] =  data[390]; buffer[0][55] =  data[391];

        }
        if (partition ==   7) {
            buffer[0][0] =  data[392]; buffer[0][1] =  data[393]; buffer[0][2] =  data[394]; buffer[0][3] =  data[395]; buffer[0][4] =  data[396]; buffer[0][5] =  data[397]; buffer[0][6] =  data[398]; buffer[0][7] =  data[399]; buffer[0][8] =  data[400]; buffer[0][9] =  data[401]; buffer[0][10] =  data[402]; buffer[0][11] =  data[403]; buffer[0][12] =  data[404]; buffer[0][13] =  data[405]; buffer[0][14] =  data[406]; buffer[0][15] =  data[407]; buffer[0][16] =  data[408]; buffer[0][17] =  data[409]; buffer[0][18] =  data[410]; buffer[0][19] =  data[411]; buffer[0][20] =  data[412]; buffer[0][21] =  data[413]; buffer[0][22] =  data[414]; buffer[0][23] =  data[415]; buffer[0][24] =  data[416]; buffer[0][25] =  data[417]; buffer[0][26] =  data[418]; buffer[0][27] =  data[419]; buffer[0][28] =  data[420]; buffer[0][29] =  data[421]; buffer[0][30] =  data[422]; buffer[0][31] =  data[423]; buffer[0][32] =  data[424]; buffer[0][33] =  data[425]; buffer[0][34] =  data[426]; buffer[0][35] =  data[427]; buffer[0][36] =  data[428]; buffer[0][37] =  data[429]; buffer[0][38] =  data[430]; buffer[0][39] =  data[431]; buffer[0][40] =  data[432]; buffer[0][41] =  data[433]; buffer[0][42] =  data[434]; buffer[0][43] =  data[435]; buffer[0][44] =  data[436]; buffer[0][45] =  data[437]; buffer[0][46] =  data[438]; buffer[0][47] =  data[439]; buffer[0][48] =  data[440]; buffer[0][49] =  data[441]; buffer[0][50] =  data[442]; buffer[0][51] =  data[443]; buffer[0][52] =  data[444]; buffer[0][53] =  data[445]; buffer[0][54] =  data[446]; buffer[0][55] =  data[447];

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
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =    data[3]; buffer[0][4] =    data[4]; buffer[0][5] =    data[5]; buffer[0][6] =    data[6]; buffer[0][7] =    data[7];

        }
        if (partition ==   1) {
            buffer[0][0] =    data[8]; buffer[0][1] =    data[9]; buffer[0][2] =   data[10]; buffer[0][3] =   data[11]; buffer[0][4] =   data[12]; buffer[0][5] =   data[13]; buffer[0][6] =   data[14]; buffer[0][7] =   data[15];

        }
        if (partition ==   2) {
            buffer[0][0] =   data[16]; buffer[0][1] =   data[17]; buffer[0][2] =   data[18]; buffer[0][3] =   data[19]; buffer[0][4] =   data[20]; buffer[0][5] =   data[21]; buffer[0][6] =   data[22]; buffer[0][7] =   data[23];

        }
        if (partition ==   3) {
            buffer[0][0] =   data[24]; buffer[0][1] =   data[25]; buffer[0][2] =   data[26]; buffer[0][3] =   data[27]; buffer[0][4] =   data[28]; buffer[0][5] =   data[29]; buffer[0][6] =   data[30]; buffer[0][7] =   data[31];

        }
        if (partition ==   4) {
            buffer[0][0] =   data[32]; buffer[0][1] =   data[33]; buffer[0][2] =   data[34]; buffer[0][3] =   data[35]; buffer[0][4] =   data[36]; buffer[0][5] =   data[37]; buffer[0][6] =   data[38]; buffer[0][7] =   data[39];

        }
        if (partition ==   5) {
            buffer[0][0] =   data[40]; buffer[0][1] =   data[41]; buffer[0][2] =   data[42]; buffer[0][3] =   data[43]; buffer[0][4] =   data[44]; buffer[0][5] =   data[45]; buffer[0][6] =   data[46]; buffer[0][7] =   data[47];

        }
        if (partition ==   6) {
            buffer[0][0] =   data[48]; buffer[0][1] =   data[49]; buffer[0][2] =   data[50]; buffer[0][3] =   data[51]; buffer[0][4] =   data[52]; buffer[0][5] =   data[53]; buffer[0][6] =   data[54]; buffer[0][7] =   data[55];

        }
        if (partition ==   7) {
            buffer[0][0] =   data[56]; buffer[0][1] =   data[57]; buffer[0][2] =   data[58]; buffer[0][3] =   data[59]; buffer[0][4] =   data[60]; buffer[0][5] =   data[61]; buffer[0][6] =   data[62]; buffer[0][7] =   data[63];

        }
    }
};

} // namespace nnet

#endif
