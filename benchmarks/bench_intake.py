"""What fpgaml's model intake adds to a plain hls4ml conversion, measured in one run.

For a small user model saved as ``.h5`` (a QKeras 16 -> 16 -> 5 tagger, and a float one with batch-norm that
goes through post-training quantization), it times, interleaved and repeated:

* ``plain``: what a user of hls4ml alone does: ``tf_keras.models.load_model`` (with QKeras' custom objects),
  ``config_from_keras_model`` and ``convert_from_keras_model(...).write()``;
* ``fpgaml``: ``fpgaml.modelio.load_model`` (the allowlist reader), PTQ for the float model, and
  ``fpgaml.hls.convert`` (the support check, the IR, hls4ml, the type pins and a second conversion where
  hls4ml 1.3.0 needs one, the quantizer check, write).

Prints the median seconds of each, the difference (the issue's goal: under 5 s) and the ratio.

Usage::

    python benchmarks/bench_intake.py            # ~2 min on 2 cores
    python benchmarks/bench_intake.py --repeat 5
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np


def _models(tmp: Path) -> dict[str, tuple[Path, np.ndarray]]:
    from fpgaml._keras import keras, qkeras

    k, q = keras(), qkeras()
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2000, 16)).astype(np.float32)
    y = rng.integers(0, 5, 2000)
    bits = q.quantized_bits(8, 0, alpha=1)
    quant = k.Sequential(
        [
            k.Input((16,)),
            q.QDense(16, kernel_quantizer=bits, bias_quantizer=bits, name="fc1"),
            q.QActivation(q.quantized_relu(8, 2), name="relu1"),
            q.QDense(5, kernel_quantizer=bits, bias_quantizer=bits, name="out"),
        ]
    )
    inp = k.Input((16,))
    h = k.layers.Dense(16, name="fc1")(inp)
    h = k.layers.BatchNormalization(name="bn")(h)
    h = k.layers.Activation("relu", name="relu1")(h)
    floated = k.Model(inp, k.layers.Dense(5, name="out")(h))
    out = {}
    for name, model in (("qkeras", quant), ("float+bn", floated)):
        model.compile("adam", k.losses.SparseCategoricalCrossentropy(from_logits=True))
        model.fit(x, y, epochs=1, verbose=0)
        path = tmp / f"{name}.h5"
        model.save(path)
        out[name] = (path, x)
    return out


def _plain(path: Path, out: Path) -> None:
    import hls4ml

    from fpgaml._keras import keras, keras2_as_keras, qkeras

    qkeras()  # (imports QKeras under tf_keras)
    from qkeras.utils import _add_supported_quantized_objects

    objects: dict[str, Any] = {}
    _add_supported_quantized_objects(objects)
    model = keras().models.load_model(path, custom_objects=objects, compile=False)
    with keras2_as_keras():
        cfg = hls4ml.utils.config_from_keras_model(model, granularity="name", backend="Vitis")
        hls4ml.converters.convert_from_keras_model(
            model, hls_config=cfg, output_dir=str(out), backend="Vitis", io_type="io_parallel"
        ).write()


def _fpgaml(path: Path, x: np.ndarray, out: Path) -> None:
    from fpgaml import hls, ptq
    from fpgaml.config import ConvertConfig, ModelConfig, PtqConfig
    from fpgaml.modelio import load_model, without_softmax

    model = load_model(path)
    if ptq.is_float_model(model):
        model = ptq.quantize(model, x, PtqConfig())[0]
    hls.convert(without_softmax(model), ModelConfig(), ConvertConfig(), out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed repetitions of each (default 3)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        models = _models(tmp)
        for name, (path, x) in models.items():
            times: dict[str, list[float]] = {"plain": [], "fpgaml": []}
            for i in range(args.repeat + 1):  # the first round warms imports and caches up: not counted
                for mode in ("plain", "fpgaml"):
                    t0 = time.perf_counter()
                    if mode == "plain":
                        _plain(path, tmp / f"{name}-{mode}-{i}")
                    else:
                        _fpgaml(path, x, tmp / f"{name}-{mode}-{i}")
                    if i:
                        times[mode].append(time.perf_counter() - t0)
            plain, ours = statistics.median(times["plain"]), statistics.median(times["fpgaml"])
            print(
                f"{name:9s} plain hls4ml {plain:6.2f} s   fpgaml intake+convert {ours:6.2f} s   "
                f"added {ours - plain:+5.2f} s   ratio {ours / plain:4.2f}   (median of {args.repeat})"
            )


if __name__ == "__main__":
    main()
