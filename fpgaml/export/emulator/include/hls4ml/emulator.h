// fpgaml's own hls4ml/emulator.h: the interface of hls4mlEmulatorExtras (github.com/cms-hls4ml), written for
// fpgaml's export checks and for building a model library outside CMSSW.
//
// It declares what a model library implements (the abstract hls4mlEmulator::Model and the two C entry points
// every library exports) and what a CMSSW producer calls (hls4mlEmulator::ModelLoader, which opens
// "<model name>.so" with dlopen(RTLD_LAZY | RTLD_LOCAL), so the library is found through LD_LIBRARY_PATH, and
// hands out the model with destroy_model as its deleter). src/hls4ml/emulator.cc implements the loader; fpgaml
// builds it into lib64/libemulator_interface.so, laid out as the hls4mlEmulatorExtras external installs it.
// Inside CMSSW the header and library of the hls4mlEmulatorExtras external are used instead.
#ifndef HLS4ML_EMULATOR_H_
#define HLS4ML_EMULATOR_H_

#include <any>
#include <memory>
#include <string>

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

class ModelLoader {
  public:
    explicit ModelLoader(std::string const& model_name = "");
    ModelLoader(ModelLoader const&) = delete;
    ModelLoader& operator=(ModelLoader const&) = delete;
    ModelLoader(ModelLoader&&) = delete;
    ModelLoader& operator=(ModelLoader&&) = delete;
    ~ModelLoader();

    std::string const& model_name() const { return model_name_; }
    // forget the library opened before (closing it) and take another model name
    void reset(std::string const& model_name = "");
    // dlopen "<model name>.so" and create the model; throws std::runtime_error naming what failed
    std::shared_ptr<Model> load_model();

  private:
    std::string model_name_;
    void* library_ = nullptr;
};

} // namespace hls4mlEmulator

#endif
