"""Run an ONNX graph with ONNX Runtime on the best execution provider there is, and say which one ran.

Providers are tried in the order TensorRT, CUDA, CPU (:data:`fpgaml.gpu.config.PREFERRED_PROVIDERS`);
``AzureExecutionProvider`` (listed first by the CPU build) is never selected. ONNX Runtime falls back to
the CPU *silently* when a provider's libraries (CUDA, cuDNN, TensorRT) are missing at session creation:
:class:`OnnxRunner` compares what it asked for with ``session.get_providers()`` and warns
(:class:`ProviderFallbackWarning`, also logged at WARNING) when a GPU provider was not taken.
"""

from __future__ import annotations

import difflib
import logging
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from fpgaml.errors import ConfigError, InputError
from fpgaml.gpu.config import PREFERRED_PROVIDERS

log = logging.getLogger(__name__)

GPU_PROVIDERS: frozenset[str] = frozenset({"TensorrtExecutionProvider", "CUDAExecutionProvider"})
CPU_PROVIDER = "CPUExecutionProvider"


class ProviderFallbackWarning(UserWarning):
    """A GPU execution provider was asked for but ONNX Runtime did not (or could not) use it."""


class UnknownProviderWarning(ProviderFallbackWarning):
    """``gpu.providers`` names a provider this onnxruntime does not know (misspelt?) or its build lacks."""


def _warn(message: str, category: type[Warning] = ProviderFallbackWarning) -> None:
    log.warning(message)
    warnings.warn(message, category, stacklevel=3)


def available_providers() -> list[str]:
    import onnxruntime as ort  # optional heavy dependency: imported on first use

    return list(ort.get_available_providers())


def known_providers() -> list[str]:
    """Every provider name the installed onnxruntime knows of (built in or not)."""
    try:
        import onnxruntime as ort  # optional heavy dependency: imported on first use

        return list(ort.get_all_providers())
    except (ImportError, AttributeError):  # pragma: no cover - onnxruntime is a dependency
        return [*PREFERRED_PROVIDERS, "AzureExecutionProvider"]


def _closest_provider(name: str, known: Sequence[str]) -> str | None:
    """The known provider ``name`` was probably meant to be: same letters in another case, or a close
    spelling of the part before ``ExecutionProvider``."""
    stem = {p.lower().removesuffix("executionprovider"): p for p in known}
    key = name.lower().removesuffix("executionprovider")
    if key in stem:
        return stem[key]
    close = difflib.get_close_matches(key, list(stem), n=1, cutoff=0.75)
    if close:
        return stem[close[0]]
    full = {p.lower(): p for p in known}  # a typo in the suffix: CUDAExecutionProviders
    close = difflib.get_close_matches(name.lower(), list(full), n=1, cutoff=0.93)
    return full[close[0]] if close else None


def _runs_on(chosen: list[str]) -> str:
    rest = f" (falling back to {', '.join(chosen[1:])})" if len(chosen) > 1 else ""
    return f"ONNX Runtime will run on {chosen[0]}{rest}"


def choose_providers(
    requested: str | Sequence[str] = "auto", available: Sequence[str] | None = None
) -> list[str]:
    """The providers to hand to ONNX Runtime, best first, always ending with the CPU one.

    ``requested="auto"``: TensorRT, CUDA, CPU, those the installed build has (no warning when the build has
    no GPU provider at all: that is a CPU install, chosen by the user). An explicit list is honoured in its
    order; each GPU provider in it that the build lacks is warned about.
    """
    available = list(available_providers() if available is None else available)
    auto = isinstance(requested, str)
    if auto and requested != "auto":
        raise ConfigError(f"providers: expected 'auto' or a list of provider names, got {requested!r}")
    wanted = list(PREFERRED_PROVIDERS) if auto else list(requested)
    if any(p.startswith("Azure") for p in wanted):
        raise ConfigError("AzureExecutionProvider runs nothing locally; fpgaml never selects it")
    chosen = [p for p in wanted if p in available]
    if CPU_PROVIDER not in chosen:
        chosen.append(CPU_PROVIDER)
    missing_gpu = [p for p in wanted if p in GPU_PROVIDERS and p not in available]
    if not auto:
        known = known_providers()
        unknown = [p for p in wanted if p not in available and p not in known]
        if unknown:
            meant = [f"{p} -> {h}" for p in unknown if (h := _closest_provider(p, known))]
            _warn(
                f"gpu.providers: unknown ONNX Runtime provider(s) {', '.join(unknown)}, ignored"
                + (f" (did you mean: {'; '.join(meant)}?)" if meant else "")
                + f"; {_runs_on(chosen)}. This onnxruntime build has: {', '.join(available)}",
                UnknownProviderWarning,
            )
        absent = [p for p in wanted if p in known and p not in available and p not in GPU_PROVIDERS]
        if absent:
            _warn(
                f"gpu.providers: {', '.join(absent)} not in this onnxruntime build (it has: "
                f"{', '.join(available)}), ignored; {_runs_on(chosen)}",
                UnknownProviderWarning,
            )
    if missing_gpu and not auto:
        _warn(
            f"requested ONNX Runtime provider(s) {', '.join(missing_gpu)} not available in this onnxruntime "
            f"build (it has: {', '.join(available)}); running on {chosen[0]}. "
            "Install onnxruntime-gpu (and CUDA/cuDNN/TensorRT) to run on the GPU."
        )
    elif missing_gpu and any(p in GPU_PROVIDERS for p in available):
        log.info("providers not in this build: %s", ", ".join(missing_gpu))
    return chosen


class OnnxRunner:
    """An ONNX Runtime session with input checks and a record of the provider that actually ran.

    ``model``: a path, serialized bytes or an ``onnx.ModelProto``. ``runner(x)`` returns the first output;
    :meth:`run` all of them. Inputs are checked (shape, finite values) unless ``check=False``.
    ``available`` overrides ``onnxruntime.get_available_providers()`` (for tests and diagnostics).
    """

    def __init__(
        self,
        model: str | Path | bytes | Any,
        *,
        providers: str | Sequence[str] = "auto",
        intra_op_threads: int = 0,
        allow_spinning: bool = True,
        available: Sequence[str] | None = None,
    ) -> None:
        import onnxruntime as ort  # optional heavy dependency: imported on first use

        if isinstance(model, (str, Path)):
            source: Any = str(model)
        elif isinstance(model, bytes):
            source = model
        else:
            source = model.SerializeToString()
        self.providers_requested = list(providers) if not isinstance(providers, str) else providers
        self.providers_chosen = choose_providers(providers, available)
        options = ort.SessionOptions()
        options.intra_op_num_threads = intra_op_threads
        # ORT's worker threads spin while waiting for work: fastest on an idle machine, much slower on
        # CPUs shared with other jobs (measured 2.5x at batch 16384 on a loaded 2-core machine)
        options.add_session_config_entry("session.intra_op.allow_spinning", "1" if allow_spinning else "0")
        options.log_severity_level = 3
        self.session = ort.InferenceSession(source, sess_options=options, providers=self.providers_chosen)
        self.providers_active: list[str] = list(self.session.get_providers())
        not_taken = [
            p for p in self.providers_chosen if p in GPU_PROVIDERS and p not in self.providers_active
        ]
        if not_taken:
            message = (
                f"ONNX Runtime did not take {', '.join(not_taken)} (its libraries failed to load: check "
                f"CUDA, cuDNN and TensorRT versions against onnxruntime {ort.__version__}); it runs on "
                f"{self.provider} instead"
            )
            if isinstance(providers, str) and self.on_gpu:
                log.warning(message)  # "auto" without TensorRT but on CUDA: still on the GPU, log only
            else:
                _warn(message)
        inputs = self.session.get_inputs()
        self.input_names = [i.name for i in inputs]
        self.input_shapes = [tuple(d if isinstance(d, int) else None for d in i.shape[1:]) for i in inputs]
        self.output_names = [o.name for o in self.session.get_outputs()]

    @property
    def provider(self) -> str:
        """The provider that runs the graph (the first one ONNX Runtime kept)."""
        return self.providers_active[0]

    @property
    def on_gpu(self) -> bool:
        return self.provider in GPU_PROVIDERS

    def feed(self, *xs: Any, check: bool = True) -> dict[str, np.ndarray]:
        """The input dict for ``session.run``: float32, C-contiguous, checked unless ``check=False``."""
        if len(xs) != len(self.input_names):
            raise InputError(
                f"the model takes {len(self.input_names)} input(s) {self.input_names}, got {len(xs)}"
            )
        out = {}
        for name, shape, x in zip(self.input_names, self.input_shapes, xs, strict=True):
            if check:
                x = check_input(x, shape, name)
            out[name] = np.ascontiguousarray(x, dtype=np.float32)
        return out

    def run(self, *xs: Any, check: bool = True) -> list[np.ndarray]:
        return self.session.run(self.output_names, self.feed(*xs, check=check))

    def __call__(self, *xs: Any, check: bool = True) -> np.ndarray:
        return self.run(*xs, check=check)[0]

    def describe(self) -> dict[str, Any]:
        import onnxruntime as ort  # optional heavy dependency: imported on first use

        return {
            "onnxruntime": ort.__version__,
            "device": ort.get_device(),
            "providers_available": available_providers(),
            "providers_requested": self.providers_requested,
            "providers_chosen": self.providers_chosen,
            "providers_active": self.providers_active,
            "provider": self.provider,
        }


def check_input(x: Any, feature_shape: Sequence[int | None], name: str = "input") -> np.ndarray:
    """``x`` as an array of shape ``(batch, *feature_shape)`` with finite values, else :class:`InputError`."""
    arr = np.asarray(x)
    if arr.dtype.kind not in "fiub":
        raise InputError(f"{name}: expected numbers, got an array of dtype {arr.dtype}")
    expected = "(batch, " + ", ".join("?" if d is None else str(d) for d in feature_shape) + ")"
    shape_ok = arr.ndim == len(feature_shape) + 1 and all(
        d is None or d == n for d, n in zip(feature_shape, arr.shape[1:], strict=False)
    )
    if not shape_ok:
        hint = " (a single jet? add the batch axis: x[None])" if arr.shape == tuple(feature_shape) else ""
        raise InputError(f"{name}: expected shape {expected}, got {arr.shape}{hint}")
    if arr.shape[0] == 0:
        raise InputError(f"{name}: empty batch (0 jets)")
    if arr.dtype.kind == "f":
        finite = np.isfinite(arr)
        if not finite.all():
            bad = np.argwhere(~finite)
            n_nan = int(np.isnan(arr).sum())
            raise InputError(
                f"{name}: {bad.shape[0]} non-finite value(s) ({n_nan} NaN, {bad.shape[0] - n_nan} Inf), "
                f"first at index {tuple(int(i) for i in bad[0])}; clean or drop those jets before inference"
            )
    return arr
