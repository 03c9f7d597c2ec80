"""Small QKeras networks and on-grid inputs for tests and benchmarks (test scaffolding, not installed).

Training on random data gives weights that are arbitrary but realistic in range, which is all a bit-exactness
check needs. Everything is seeded.
"""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np


def on_grid(x: np.ndarray, precision: tuple[bool, int, int]) -> np.ndarray:
    """Round (half to even) to the ``(signed, width, integer)`` grid and saturate."""
    signed, width, integer = precision
    frac = width - integer
    lo, hi = (-(2 ** (width - 1)), 2 ** (width - 1) - 1) if signed else (0, 2**width - 1)
    return np.clip(np.rint(np.asarray(x, np.float64) * 2.0**frac), lo, hi) * 2.0**-frac


def random_inputs(
    n: int, shape: tuple[int, ...], precision: tuple[bool, int, int] = (True, 16, 6), seed: int = 0, scale=2.0
) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return on_grid(rng.normal(0.0, scale, size=(n, *shape)), precision)


def dense_model(
    hidden: tuple[int, ...] = (16,),
    n_in: int = 16,
    n_out: int = 5,
    bits: int = 6,
    act_integer: int = 0,
    epochs: int = 1,
    seed: int = 0,
) -> Any:
    """QKeras MLP ``n_in -> hidden... -> n_out`` with ``bits``-bit weights/biases and ``quantized_relu``."""
    from fpgaml._keras import keras, qkeras, tf

    k, q = keras(), qkeras()
    tf().random.set_seed(seed)
    wq = q.quantized_bits(bits, 0, alpha=1)
    inp = k.Input(shape=(n_in,), name="inputs")
    x = inp
    for i, units in enumerate(hidden, start=1):
        x = q.QDense(units, kernel_quantizer=wq, bias_quantizer=wq, name=f"fc{i}")(x)
        x = q.QActivation(q.quantized_relu(bits, act_integer), name=f"relu{i}")(x)
    x = q.QDense(n_out, kernel_quantizer=wq, bias_quantizer=wq, name="logits")(x)
    model = k.Model(inp, x)
    _fit(model, (n_in,), n_out, epochs, seed)
    return model


def conv1d_model(
    length: int = 16,
    channels: int = 3,
    filters: int = 4,
    bits: int = 6,
    padding: str = "valid",
    strides: int = 1,
    epochs: int = 1,
    seed: int = 0,
) -> Any:
    """QKeras Conv1D -> relu -> MaxPool -> Conv1D -> relu -> GlobalAveragePooling / Flatten -> Dense."""
    from fpgaml._keras import keras, qkeras, tf

    k, q = keras(), qkeras()
    tf().random.set_seed(seed)
    wq = q.quantized_bits(bits, 0, alpha=1)
    inp = k.Input(shape=(length, channels), name="inputs")
    x = q.QConv1D(
        filters, 3, strides=strides, padding=padding, kernel_quantizer=wq, bias_quantizer=wq, name="conv1"
    )(inp)
    x = q.QActivation(q.quantized_relu(bits, 0), name="relu1")(x)
    x = k.layers.MaxPooling1D(2, name="pool1")(x)
    x = q.QConv1D(filters, 3, padding="same", kernel_quantizer=wq, bias_quantizer=wq, name="conv2")(x)
    x = q.QActivation(q.quantized_relu(bits, 0), name="relu2")(x)
    x = k.layers.Flatten(name="flatten")(x)
    x = q.QDense(5, kernel_quantizer=wq, bias_quantizer=wq, name="logits")(x)
    model = k.Model(inp, x)
    _fit(model, (length, channels), 5, epochs, seed)
    return model


def _fit(model: Any, shape: tuple[int, ...], n_out: int, epochs: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, size=(512, *shape)).astype(np.float32)
    y = np.eye(n_out, dtype=np.float32)[rng.integers(0, n_out, 512)]
    from fpgaml._keras import keras

    model.compile(optimizer="adam", loss=keras().losses.CategoricalCrossentropy(from_logits=True))
    model.fit(x, y, epochs=epochs, batch_size=64, verbose=0)


#: g++ optimisation of hls4ml's own C-simulation library in the tests (its build_lib.sh compiles at -O3). The
#: firmware is integer fixed point, so -O1 computes the same outputs (every use compares them exactly with
#: QKeras, the IR or fpgaml's C-sim); it compiles ~20 % faster (a GRU project: 7.6 -> 6.1 s CPU).
HLS4ML_CFLAGS = "-O1"
_HLS4ML_O3 = 'CFLAGS="-O3 -fPIC"'
#: build_lib.sh compiles the firmware and the bridge in two translation units, each parsing ap_fixed and the
#: nnet templates again, then links them: in the tests one unit that includes both (as fpgaml's batched C-sim
#: library does) builds the same library, ~20 % less g++ (the dense tagger: 5.8 -> 4.6 s CPU). And as fpgaml's
#: C-sim does, the library is compiled once per C++ text (preprocessed) into the run's build cache and each
#: project gets a copy (its own static weights): the weights directory is found at run time, next to the
#: library's own file (firmware/weights), instead of being compiled in. The same network built in two tests, or
#: compiled again by trace(), is compiled once.
_HLS4ML_TWO_UNITS = """\
${CC} ${CFLAGS} ${INCFLAGS} -D WEIGHTS_DIR="${WEIGHTS_DIR}" -c firmware/${PROJECT}.cpp -o ${PROJECT}.o
${CC} ${CFLAGS} ${INCFLAGS} -D WEIGHTS_DIR="${WEIGHTS_DIR}" -c ${PROJECT}_bridge.cpp -o ${PROJECT}_bridge.o
${CC} ${CFLAGS} ${INCFLAGS} -shared ${PROJECT}.o ${PROJECT}_bridge.o -o firmware/${PROJECT}-${LIB_STAMP}.so
"""
_HLS4ML_ONE_UNIT = """\
set -o pipefail  # a failed preprocessing must not key the hash of nothing
UNIT_FLAGS="${CFLAGS} ${INCFLAGS} -fmacro-prefix-map=${BASEDIR}=. -D WEIGHTS_DIR=fpgaml_weights_dir()"
KEY=$(${CC} ${UNIT_FLAGS} -E -P ${PROJECT}_unit.cpp | sha256sum | cut -c1-32)
TEXT_LIB="%(cache)s/${KEY}.so"
if [ ! -f "${TEXT_LIB}" ]; then
  ${CC} ${UNIT_FLAGS} -shared ${PROJECT}_unit.cpp -o "${TEXT_LIB}.tmp-$$"
  mv -f "${TEXT_LIB}.tmp-$$" "${TEXT_LIB}"
fi
cp "${TEXT_LIB}" firmware/${PROJECT}-${LIB_STAMP}.so
"""
_UNIT = """\
// the tests' one translation unit (tests/examples.py): the weights directory is firmware/weights beside this
// library's file, wherever the library was copied to
#include <dlfcn.h>
#include <string>
static std::string fpgaml_weights_dir() {
    Dl_info info;
    dladdr(reinterpret_cast<void*>(&fpgaml_weights_dir), &info);
    std::string lib(info.dli_fname);
    return lib.substr(0, lib.rfind('/')) + "/weights";
}
#include "firmware/%(project)s.cpp"
#include "%(project)s_bridge.cpp"
"""


def _hls4ml_text_cache() -> Path:
    """Where the tests keep hls4ml's C-sim libraries by C++ text: the run's build cache ($FPGAML_CACHE)."""
    root = Path(os.environ.get("FPGAML_CACHE") or tempfile.gettempdir())
    cache = root / "hls4ml-csim"
    cache.mkdir(parents=True, exist_ok=True)
    return cache


def at_test_flags(hm: Any) -> Any:
    """``hm`` (an hls4ml ModelGraph), from now on built at :data:`HLS4ML_CFLAGS` in one translation unit,
    compiled once per C++ text: each time it writes its project (``compile()``, and ``trace()``, which
    recompiles with tracing) its build_lib.sh is rewritten."""
    if "write" in vars(hm):  # already
        return hm
    write = hm.write

    def write_at_test_flags() -> None:
        write()
        out = Path(hm.config.get_output_dir())
        script = out / "build_lib.sh"
        text = script.read_text()
        for expected in (_HLS4ML_O3, _HLS4ML_TWO_UNITS):  # another hls4ml: say so, build nothing unchosen
            if expected not in text:
                raise AssertionError(f"{script} has no {expected!r}: update tests/examples.at_test_flags")
        text = text.replace(_HLS4ML_O3, f'CFLAGS="{HLS4ML_CFLAGS} -fPIC"', 1)
        project = hm.config.get_project_name()
        (out / f"{project}_unit.cpp").write_text(_UNIT % {"project": project})
        one = _HLS4ML_ONE_UNIT % {"cache": _hls4ml_text_cache()}
        script.write_text(text.replace(_HLS4ML_TWO_UNITS, one, 1))

    hm.write = write_at_test_flags
    return hm


def compile_hls(hm: Any) -> None:
    """``hm.compile()`` (write the project, build and load its library) at :data:`HLS4ML_CFLAGS`."""
    at_test_flags(hm).compile()


def hls4ml_csim(
    model: Any, x: np.ndarray, precision: tuple[bool, int, int], output_dir: str, backend: str = "Vitis"
) -> np.ndarray:
    """Convert with hls4ml (per-layer config, input type = ``precision``), compile, C-simulate ``x``."""
    import hls4ml

    from fpgaml._keras import keras2_as_keras

    signed, width, integer = precision
    in_type = f"{'' if signed else 'u'}fixed<{width},{integer}>"
    with keras2_as_keras():
        cfg = hls4ml.utils.config_from_keras_model(model, granularity="name", backend=backend)
        first = model.layers[0].name
        cfg["LayerName"][first]["Precision"]["result"] = in_type
        hm = hls4ml.converters.convert_from_keras_model(
            model, hls_config=cfg, output_dir=output_dir, backend=backend, io_type="io_parallel"
        )
        # written inside the context too: hls4ml's writer registers its YAML representer for `keras.Model`
        # as it finds it then; outside, an older registration (another project's, maybe a deleted directory)
        # would write this tf_keras model
        compile_hls(hm)
    y = hm.predict(np.ascontiguousarray(x, dtype=np.float64))
    return np.asarray(y, dtype=np.float64).reshape(len(x), -1)


@functools.cache
def cached_dense_model(
    hidden: tuple[int, ...] = (16,),
    n_in: int = 16,
    n_out: int = 5,
    bits: int = 6,
    epochs: int = 1,
    seed: int = 0,
) -> Any:
    """:func:`dense_model`, built once per process (tests share it; do not modify the returned model)."""
    return dense_model(hidden=hidden, n_in=n_in, n_out=n_out, bits=bits, epochs=epochs, seed=seed)


@functools.cache
def cached_conv1d_model(padding: str = "valid", strides: int = 1, seed: int = 0) -> Any:
    return conv1d_model(padding=padding, strides=strides, seed=seed)


_CSIM: dict[tuple, np.ndarray] = {}


def cached_csim(
    key: tuple, model: Any, x: np.ndarray, precision: tuple[bool, int, int], output_dir: str
) -> Any:
    """:func:`hls4ml_csim` once per ``key`` and process (hls4ml compilation takes ~15 s)."""
    if key not in _CSIM:
        _CSIM[key] = hls4ml_csim(model, x, precision, output_dir)
    return _CSIM[key]


#: The checkpoint plots (the data stage's features.png, verify's roc / residuals / scores.png: ~1 s of
#: matplotlib each) are drawn and looked at by test_flow, test_own_model and test_tasks; the other flows of
#: the suite leave them out (``data.plot`` / ``verify.plot`` false; a setting a config says itself wins).
NO_PLOTS: dict[str, dict[str, Any]] = {"data": {"plot": False}, "verify": {"plot": False}}


def without_plots(raw: dict[str, Any]) -> dict[str, Any]:
    """``raw`` (a flow config) with :data:`NO_PLOTS` under what it sets itself."""
    return {**raw, **{section: {**off, **(raw.get(section) or {})} for section, off in NO_PLOTS.items()}}


def run_flow_config(tmp: Path, raw: dict[str, Any], stages: list[str]) -> Any:
    """Write ``raw`` (a flow config without ``paths``) as ``tmp/<name>.yaml`` with its runs and HLS projects
    under ``tmp``, load it and run ``stages``; the loaded config."""
    import yaml

    from fpgaml.config import load_config
    from fpgaml.flow import run_flow

    path = tmp / f"{raw['name']}.yaml"
    path.write_text(
        yaml.safe_dump(
            {**without_plots(raw), "paths": {"runs": str(tmp / "runs"), "hls_projects": str(tmp / "hls")}}
        )
    )
    cfg = load_config(path)
    run_flow(cfg, stages=stages)
    return cfg


def errors_in_threads(work: Any, n_threads: int = 8) -> list[str]:
    """Run ``work(k)`` in ``n_threads`` threads at once, switching threads as often as the interpreter can (a
    race that needs a switch between two statements shows within a few thousand calls); the exceptions raised,
    as ``repr`` strings (what a caller would see)."""
    import sys
    import threading

    errors: list[str] = []

    def run(k: int) -> None:
        try:
            work(k)
        except Exception as exc:
            errors.append(repr(exc))

    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=run, args=(k,)) for k in range(n_threads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(switch)
    return errors
