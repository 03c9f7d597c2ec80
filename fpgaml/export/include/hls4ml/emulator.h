// fpgaml's minimal stand-in for hls4ml/emulator.h of hls4mlEmulatorExtras (github.com/cms-hls4ml).
//
// It declares only the interface a model library implements and the CMSSW loader calls: the abstract
// hls4mlEmulator::Model and the signatures of the two C entry points every model library exports. Inside
// CMSSW the real header of the hls4mlEmulatorExtras external is used instead (it adds ModelLoader, which
// dlopen()s "<model name>.so" with RTLD_LAZY | RTLD_LOCAL and calls create_model / destroy_model).
#ifndef FPGAML_HLS4ML_EMULATOR_H_
#define FPGAML_HLS4ML_EMULATOR_H_

#include <any>

namespace hls4mlEmulator {

class Model {
  public:
    // input: a pointer to the model's input array (input_t*), as the producer fills it
    virtual void prepare_input(std::any input) = 0;
    virtual void predict() = 0;
    // result: a pointer to the caller's result array (result_t*), filled here
    virtual void read_result(std::any result) = 0;
    virtual ~Model() = default;
};

// extern "C" Model* create_model();  extern "C" void destroy_model(Model*);
typedef Model* create_model_cls();
typedef void destroy_model_cls(Model*);

} // namespace hls4mlEmulator

#endif
