// fpgaml's implementation of hls4mlEmulator::ModelLoader (see include/hls4ml/emulator.h).
#include "hls4ml/emulator.h"

#include <dlfcn.h>

#include <stdexcept>

namespace hls4mlEmulator {

ModelLoader::ModelLoader(std::string const& model_name) : model_name_(model_name) {}

ModelLoader::~ModelLoader() { reset(); }

void ModelLoader::reset(std::string const& model_name) {
    if (library_ != nullptr) {
        dlclose(library_);
        library_ = nullptr;
    }
    model_name_ = model_name;
}

std::shared_ptr<Model> ModelLoader::load_model() {
    if (model_name_.empty()) {
        throw std::runtime_error("hls4mlEmulator::ModelLoader: no model name given");
    }
    const std::string file = model_name_ + ".so";
    void* library = dlopen(file.c_str(), RTLD_LAZY | RTLD_LOCAL);
    if (library == nullptr) {
        const char* why = dlerror();
        throw std::runtime_error("hls4mlEmulator::ModelLoader: cannot open " + file + ": " + (why ? why : "?"));
    }
    dlerror();
    auto* create = reinterpret_cast<create_model_cls*>(dlsym(library, "create_model"));
    auto* destroy = reinterpret_cast<destroy_model_cls*>(dlsym(library, "destroy_model"));
    if (create == nullptr || destroy == nullptr) {
        dlclose(library);
        throw std::runtime_error("hls4mlEmulator::ModelLoader: " + file + " lacks create_model / destroy_model");
    }
    if (library_ != nullptr) {
        dlclose(library_);
    }
    library_ = library;
    return std::shared_ptr<Model>(create(), [destroy](Model* m) {
        if (m != nullptr) {
            destroy(m);
        }
    });
}

} // namespace hls4mlEmulator
