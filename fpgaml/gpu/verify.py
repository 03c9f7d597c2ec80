"""Do the ONNX graphs compute what the TensorFlow models compute? Measured on arrays, reported as numbers.

Float model: the largest |ONNX - TF| (float32 sums in a different order differ by ulps), also relative to the
largest |TF output| (``max_rel_diff``), which is what the stage's threshold uses.
Quantized model against the firmware (:func:`compare_with_csim`): the ONNX and QONNX graphs run on the
C-simulated test inputs and compared with the C-simulated outputs, exactly — the check that says the graph
is the firmware.
Quantized model: the fraction of outputs identical to QKeras and the largest difference in *output LSBs*.
The LSB is the step of the finest power-of-two grid that every QKeras output on the compared jets lies on
(for logits of a QDense after a quantized_relu(b, i) with weights of f_w fractional bits: 2^-(b-i+f_w));
None when the outputs lie on no such grid (e.g. a float softmax), and then only the absolute difference
is meaningful.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def tf_outputs(model: Any, x: np.ndarray, *, batch_size: int = 4096) -> np.ndarray:
    """The model's (first) output on ``x`` with TensorFlow, batched, as float32 numpy."""
    out = model.predict(np.asarray(x, dtype=np.float32), batch_size=batch_size, verbose=0)
    if isinstance(out, (list, tuple)):
        out = out[0]
    return np.asarray(out, dtype=np.float32)


def output_lsb(values: np.ndarray, max_frac_bits: int = 30) -> float | None:
    """The step of the finest power-of-two grid all ``values`` lie on (see the module doc), or None."""
    v = np.asarray(values, dtype=np.float64).ravel()
    v = v[v != 0]
    if v.size == 0:
        return None
    for k in range(-8, max_frac_bits + 1):
        scaled = v * 2.0**k
        if np.all(scaled == np.round(scaled)):
            return float(2.0**-k)
    return None


def compare(reference: np.ndarray, candidate: np.ndarray, *, quantized: bool = False) -> dict[str, Any]:
    """Agreement of ``candidate`` (ONNX) with ``reference`` (TensorFlow/QKeras) on the same inputs."""
    ref = np.asarray(reference, dtype=np.float32)
    cand = np.asarray(candidate, dtype=np.float32)
    if ref.shape != cand.shape:
        raise ValueError(f"output shapes differ: reference {ref.shape}, candidate {cand.shape}")
    diff = np.abs(ref.astype(np.float64) - cand.astype(np.float64))
    out: dict[str, Any] = {
        "n_jets": int(ref.shape[0]),
        "n_outputs": int(ref.size),
        "max_abs_diff": float(diff.max()),
        "max_abs_reference": float(np.abs(ref).max()),
        # |diff| relative to the output scale: float32 rounding differences grow with the magnitudes summed
        "max_rel_diff": float(diff.max() / max(float(np.abs(ref).max()), np.finfo(np.float32).tiny)),
        "mean_abs_diff": float(diff.mean()),
        "identical_fraction": float(np.mean(ref == cand)),
        "argmax_agreement": float(np.mean(ref.argmax(-1) == cand.argmax(-1))) if ref.ndim == 2 else None,
    }
    if quantized:
        lsb = output_lsb(ref)
        out["output_lsb"] = lsb
        out["max_lsb_diff"] = float(diff.max() / lsb) if lsb else None
        out["jets_all_identical_fraction"] = float(
            np.mean(np.all(ref.reshape(len(ref), -1) == cand.reshape(len(cand), -1), axis=1))
        )
    return out


def check_agreement(
    tf_model: Any, runner: Any, x: np.ndarray, *, quantized: bool, batch_size: int = 4096
) -> dict[str, Any]:
    """Run ``x`` through TensorFlow and through the :class:`~fpgaml.gpu.runtime.OnnxRunner`; compare."""
    x = np.asarray(x, dtype=np.float32)
    ref = tf_outputs(tf_model, x, batch_size=batch_size)
    cand = np.concatenate([runner(x[i : i + batch_size]) for i in range(0, len(x), batch_size)])
    result = compare(ref, cand, quantized=quantized)
    result["provider"] = runner.provider
    return result


def compare_with_csim(
    outputs: np.ndarray, csim_x: np.ndarray, csim_y: np.ndarray, lsb: float
) -> dict[str, Any]:
    """``outputs`` (a graph run on the C-simulated inputs ``csim_x`` as float32) against the C-simulated
    firmware outputs ``csim_y``, exactly: counts of equal outputs and jets, the differing jets, the largest
    difference in output LSBs, and how many inputs float32 cannot hold exactly (the graphs take float32)."""
    x = np.asarray(csim_x, np.float64)
    y = np.asarray(csim_y, np.float64).reshape(len(x), -1)
    out = np.asarray(outputs, np.float64).reshape(len(x), -1)
    if out.shape != y.shape:
        raise ValueError(f"output shapes differ: graph {out.shape}, C-sim {y.shape}")
    equal = out == y
    jets = np.all(equal, axis=1)
    diff = np.abs(out - y) / lsb
    return {
        "n_jets": len(x),
        "n_outputs": int(y.size),
        "n_equal": int(equal.sum()),
        "identical_fraction": float(equal.mean()),
        "jets_identical": int(jets.sum()),
        "differing_jets": np.flatnonzero(~jets)[:20].tolist(),
        "max_lsb_diff": float(diff.max(initial=0.0)),
        "inputs_not_float32_exact": int(np.sum(x.astype(np.float32).astype(np.float64) != x)),
    }
