"""InputScale: the input standardisation ``(x - mean) / std`` done by the firmware, in fixed point.

With ``data.standardize: firmware`` the network fpgaml builds takes the *physical* inputs (on the trigger's
raw type, ``model.input_precision``) and its first layer is this one. Per feature ``f``:

* ``offset[f]``: the training split's mean, rounded onto the raw grid (so ``x - offset`` is exact);
* ``scale[f]``: ``1 / std``, rounded to ``model.scaling.scale_bits`` significant bits (``1``: a power of
  two, a plain shift in hardware);
* ``y = Q((x - offset[f]) * scale[f])`` with ``Q`` = ``model.scaling.precision``, rounded half to even
  and saturated (``RND_CONV, SAT``): the type the rest of the network was trained on;
* ``pad_zero`` (constituent inputs): a particle whose raw features are all 0 is padding and stays 0.

Everything about this layer lives in this file: the Keras layer the family builders put first (the float
reference uses the same layer with ``quantized=False``: the float standardisation), its IR record
(integer evaluation, da4ml trace, ONNX fold) and its hls4ml extension (a ``FpgamlInputScale`` layer with a
small HLS function, registered with hls4ml's extension API before each conversion).
"""

from __future__ import annotations

import functools
import math
from typing import Any

import numpy as np

from fpgaml._keras import keras, tf
from fpgaml.errors import ConfigError
from fpgaml.ir.core import FixedType, IntValue, Layer, LayerKind, Quantizer, register_kind
from fpgaml.ir.integer import align, check_width, dyadic_frac
from fpgaml.ir.parse import ParseContext
from fpgaml.ir.trace_ops import quantize

KERAS_CLASS = "InputScale"
HLS_CLASS = "FpgamlInputScale"
HEADER = "nnet_fpgaml_input_scale.h"


# ---- the constants ---------------------------------------------------------------------------------------------
def scaling_constants(
    mean: list[float], std: list[float], raw: FixedType, scale_bits: int
) -> tuple[np.ndarray, np.ndarray, int]:
    """(offset codes on the raw grid, scale integers, scale fraction bits) for per-feature mean/std.

    Each ``1/std`` is rounded to ``scale_bits`` significant bits (half to even); all scales share the
    finest fraction any of them needs, so one ``ap_fixed`` type holds them exactly."""
    mean_a = np.asarray(mean, np.float64)
    inv = 1.0 / np.asarray(std, np.float64)
    if not (np.all(np.isfinite(mean_a)) and np.all(np.isfinite(inv)) and np.all(inv > 0)):
        raise ConfigError(
            "data standardisation has a non-finite mean or a std <= 0: cannot scale in firmware"
        )
    offset = np.rint(mean_a * 2.0**raw.frac).astype(np.int64)
    lo, hi = raw.int_range
    bad = np.flatnonzero((offset < lo) | (offset > hi))
    if bad.size:
        raise ConfigError(
            f"model.input_precision {raw} cannot hold the mean of input feature(s) {bad.tolist()} "
            f"({mean_a[bad].tolist()}): give the raw type more integer bits"
        )
    # fraction bits that give each 1/std `scale_bits` significant bits: 2**(bits-1) <= inv * 2**f < 2**bits
    fracs = [int(scale_bits) - 1 - math.floor(math.log2(v)) for v in inv]
    frac = max(fracs)
    ints = np.array(
        [int(np.rint(v * 2.0**f)) << (frac - f) for v, f in zip(inv, fracs, strict=True)], dtype=np.int64
    )
    if int(ints.max()).bit_length() > 60:
        raise ConfigError("the inputs' std values span too many octaves for a fixed-point scale (> 60 bits)")
    return offset, ints, frac


def output_quantizer(precision: str) -> Quantizer:
    """What the scaling rounds to: ``precision`` with RND_CONV rounding and SAT overflow."""
    return Quantizer(type=FixedType.parse(precision), rounding="RND_CONV", overflow="SAT")


def int_type(values: np.ndarray, frac: int) -> FixedType:
    """The narrowest signed type holding the integers ``values`` with ``frac`` fraction bits."""
    m = int(np.max(np.abs(values), initial=0))
    width = max(m.bit_length() + 1, 2)
    return FixedType(True, width, width - frac)


# ---- the Keras layer -------------------------------------------------------------------------------------------
@functools.cache
def keras_layer_class() -> type:
    """The Keras layer (defined on first use: Keras is imported lazily)."""

    k, t = keras(), tf()

    class InputScale(k.layers.Layer):
        """``Q((q_raw(x) - offset) * scale)``, padding kept 0; or the float ``(x - offset) * scale``."""

        def __init__(
            self,
            offset: list[float],
            scale: list[float],
            raw_precision: str,
            precision: str,
            pad_zero: bool = False,
            quantized: bool = True,
            **kwargs: Any,
        ) -> None:
            super().__init__(**kwargs)
            self.offset = [float(v) for v in offset]
            self.scale = [float(v) for v in scale]
            self.raw_precision = str(raw_precision)
            self.precision = str(precision)
            self.pad_zero = bool(pad_zero)
            self.quantized = bool(quantized)

        def _q(self, x: Any, text: str) -> Any:
            ft = FixedType.parse(text)
            lo, hi = ft.int_range
            step = 2.0**ft.frac
            return t.clip_by_value(t.round(x * step), float(lo), float(hi)) / step  # tf.round: half to even

        def call(self, inputs: Any) -> Any:
            offset = t.constant(self.offset, dtype=inputs.dtype)
            scale = t.constant(self.scale, dtype=inputs.dtype)
            x = self._q(inputs, self.raw_precision) if self.quantized else inputs
            y = (x - offset) * scale
            if self.quantized:
                y = self._q(y, self.precision)
            if self.pad_zero:
                present = t.reduce_any(t.not_equal(x, 0.0), axis=-1, keepdims=True)
                y = t.where(present, y, t.zeros_like(y))
            return y

        def compute_output_shape(self, input_shape: Any) -> Any:
            return input_shape

        def get_config(self) -> dict[str, Any]:
            return {
                **super().get_config(),
                "offset": self.offset,
                "scale": self.scale,
                "raw_precision": self.raw_precision,
                "precision": self.precision,
                "pad_zero": self.pad_zero,
                "quantized": self.quantized,
            }

    InputScale.__name__ = KERAS_CLASS
    InputScale.__qualname__ = KERAS_CLASS
    return InputScale


def input_scale_layer(
    standardization: dict[str, Any],
    raw_precision: str,
    precision: str,
    scale_bits: int,
    pad_zero: bool,
    quantized: bool,
    name: str = "input_scale",
) -> Any:
    """The first layer of a network fed raw inputs: the firmware's fixed-point scaling (``quantized``) or,
    for the float reference, the float standardisation with the same statistics."""
    cls = keras_layer_class()
    mean, std = standardization["mean"], standardization["std"]
    if not quantized:
        return cls(mean, [1.0 / float(s) for s in std], raw_precision, precision, pad_zero, False, name=name)
    raw = FixedType.parse(raw_precision)
    offset, ints, frac = scaling_constants(mean, std, raw, scale_bits)
    return cls(
        (offset * 2.0**-raw.frac).tolist(), (ints * 2.0**-frac).tolist(), raw_precision, precision, pad_zero,
        True, name=name,
    )  # fmt: skip


# ---- the IR kind ---------------------------------------------------------------------------------------------
@register_kind
class InputScaleKind(LayerKind):
    name = "input_scale"
    keras_classes = (KERAS_CLASS,)
    hls_classes = (HLS_CLASS,)

    def keras_objects(self) -> dict[str, Any]:
        return {KERAS_CLASS: keras_layer_class()}

    def parse(self, keras_layer: Any, ctx: ParseContext) -> Layer:

        raw = FixedType.parse(keras_layer.raw_precision)
        offset = np.asarray(keras_layer.offset, np.float64)
        scale = np.asarray(keras_layer.scale, np.float64)
        s_frac = dyadic_frac(scale, 60) if keras_layer.quantized else None
        o_frac = dyadic_frac(offset, raw.frac) if keras_layer.quantized else None
        return ctx.layer(
            "input_scale",
            activation=output_quantizer(keras_layer.precision) if keras_layer.quantized else None,
            raw=str(raw),
            offset=offset.tolist(),
            scale=scale.tolist(),
            scale_frac=s_frac,
            offset_exact=o_frac is not None,
            pad_zero=bool(keras_layer.pad_zero),
            quantized=bool(keras_layer.quantized),
        )

    def _ints(self, layer: Layer) -> tuple[FixedType, np.ndarray, np.ndarray, int]:
        a = layer.attrs
        if not a["quantized"] or a["scale_frac"] is None or not a["offset_exact"]:
            raise self.not_yet(layer, "exact form", "the float standardisation of a float reference")
        raw = FixedType.parse(a["raw"])
        offset = np.rint(np.asarray(a["offset"]) * 2.0**raw.frac).astype(np.int64)
        frac = int(a["scale_frac"])
        scale = np.rint(np.asarray(a["scale"]) * 2.0**frac).astype(np.int64)
        return raw, offset, scale, frac

    def evaluate(self, layer: Layer, inputs: list[IntValue]) -> IntValue:
        raw, offset, scale, frac = self._ints(layer)
        v, f_in = inputs[0]
        f = max(f_in, raw.frac)
        prod = (align(v, f_in, f) - align(offset, raw.frac, f)) * scale
        check_width(prod, layer.where)
        q = layer.activation  # None: the product before rounding (ModelIR.saturation asks for it)
        out, f_out = q.apply_int(prod, f + frac) if isinstance(q, Quantizer) else (prod, f + frac)
        if layer.attrs["pad_zero"]:
            present = np.any(v != 0, axis=-1, keepdims=True)
            out = np.where(present, out, 0)
        return out, f_out

    def trace(self, layer: Layer, inputs: list[Any]) -> Any:
        from da4ml.trace import FixedVariableArray  # optional heavy dependency: imported on first use

        raw, offset, scale, frac = self._ints(layer)
        x = inputs[0]
        vars_ = x._vars
        n_feat = vars_.shape[-1]
        prod = np.empty(vars_.shape, dtype=object)
        for idx in np.ndindex(vars_.shape):
            f = idx[-1]
            prod[idx] = (vars_[idx] - float(offset[f]) * 2.0**-raw.frac) * (float(scale[f]) * 2.0**-frac)
        q = layer.activation
        assert isinstance(q, Quantizer)
        y = quantize(FixedVariableArray(prod, x.solver_options, hwconf=x.hwconf), q, layer.where)
        if not layer.attrs["pad_zero"]:
            return y
        out = np.empty(vars_.shape, dtype=object)
        for row in np.ndindex(vars_.shape[:-1]):
            present = None
            for f in range(n_feat):
                bit = vars_[(*row, f)].unary_bit_op("any")
                present = bit if present is None else (present | bit)
            for f in range(n_feat):
                out[(*row, f)] = present.msb_mux(y._vars[(*row, f)], 0.0)
        return FixedVariableArray(out, x.solver_options, hwconf=x.hwconf)

    def fold(self, layer: Layer, inputs: list[Any]) -> Any:
        a = layer.attrs
        q = layer.activation
        precision = str(q.type) if isinstance(q, Quantizer) else a["raw"]
        cls = keras_layer_class()
        return cls(
            a["offset"], a["scale"], a["raw"], precision, a["pad_zero"], a["quantized"], name=layer.name
        )(inputs[0])

    def problems(self, layer: Layer, backend: str, io_type: str) -> list[str]:
        if io_type != "io_parallel":
            return [
                f"the firmware input scaling is written for io_parallel only (convert.io_type is {io_type})"
            ]
        if not layer.attrs["quantized"]:
            return ["a float input standardisation layer: only the quantized network goes to firmware"]
        return []

    def cycles(self, hls_class: str, attrs: dict[str, Any], clock_period_ns: float) -> tuple[int, str]:
        return 1, ""

    def register_hls4ml(self) -> None:
        register_hls4ml()

    def hls4ml_sources(self) -> dict[str, str]:
        return {HEADER: _HLS_HEADER}


# ---- the hls4ml extension ----------------------------------------------------------------------------------------
_HLS_HEADER = """#ifndef NNET_FPGAML_INPUT_SCALE_H_
#define NNET_FPGAML_INPUT_SCALE_H_

// fpgaml's input scaling: res = Q((data - offset[f]) * scale[f]) per feature f (the last axis), rounded and
// saturated by res_T; with pad_zero, a row (particle) whose raw features are all 0 stays 0.
#include "nnet_common.h"

namespace nnet {

struct fpgaml_input_scale_config {
    static const unsigned n_in = 1;
    static const unsigned n_feat = 1;
    static const bool pad_zero = false;
    typedef ap_fixed<16, 6> offset_t;
    typedef ap_fixed<16, 6> scale_t;
    typedef ap_fixed<17, 7> diff_t;
};

template <class data_T, class res_T, typename CONFIG_T>
void fpgaml_input_scale(data_T data[CONFIG_T::n_in], res_T res[CONFIG_T::n_in],
                        const typename CONFIG_T::offset_t offset[CONFIG_T::n_feat],
                        const typename CONFIG_T::scale_t scale[CONFIG_T::n_feat]) {
    #pragma HLS INLINE
    for (unsigned r = 0; r < CONFIG_T::n_in / CONFIG_T::n_feat; r++) {
        #pragma HLS UNROLL
        bool present = !CONFIG_T::pad_zero;
        for (unsigned f = 0; f < CONFIG_T::n_feat; f++) {
            #pragma HLS UNROLL
            if (data[r * CONFIG_T::n_feat + f] != 0) present = true;
        }
        for (unsigned f = 0; f < CONFIG_T::n_feat; f++) {
            #pragma HLS UNROLL
            typename CONFIG_T::diff_t d = data[r * CONFIG_T::n_feat + f] - offset[f];  // exact
            res_T y = d * scale[f];  // the full product, rounded and saturated once by res_T
            res[r * CONFIG_T::n_feat + f] = present ? y : res_T(0);
        }
    }
}

} // namespace nnet

#endif
"""

_CONFIG_TEMPLATE = """struct config{index} : nnet::fpgaml_input_scale_config {{
    static const unsigned n_in = {n_in};
    static const unsigned n_feat = {n_feat};
    static const bool pad_zero = {pad_zero};
    typedef {offset_t} offset_t;
    typedef {scale_t} scale_t;
    typedef {diff_t} diff_t;
}};\n"""

_FUNCTION_TEMPLATE = (
    "nnet::fpgaml_input_scale<{input_t}, {output_t}, {config}>({input}, {output}, {offset}, {scale});"
)


def _keras_handler(keras_layer: dict, input_names: Any, input_shapes: Any, data_reader: Any) -> tuple:
    cfg = keras_layer["config"]
    layer = {
        "class_name": HLS_CLASS,
        "name": cfg["name"],
        "offset_values": list(cfg["offset"]),
        "scale_values": list(cfg["scale"]),
        "raw_precision": cfg["raw_precision"],
        "out_precision": cfg["precision"],
        "pad_zero": bool(cfg["pad_zero"]),
        "quantized": bool(cfg.get("quantized", True)),
    }
    if input_names is not None:
        layer["inputs"] = input_names
    return layer, list(input_shapes[0])


@functools.cache
def _hls_layer_class() -> type:
    from hls4ml.model.layers import Layer as HLayer  # optional heavy dependency: imported on first use
    from hls4ml.model.types import FixedPrecisionType  # optional heavy dependency: imported on first use

    def precision(t: FixedType, rounding: str | None = None, saturation: str | None = None) -> Any:
        return FixedPrecisionType(
            width=t.width,
            integer=t.integer,
            signed=t.signed,
            rounding_mode=rounding,
            saturation_mode=saturation,
        )

    class FpgamlInputScale(HLayer):
        def initialize(self) -> None:
            if not self.get_attr("quantized"):
                raise ConfigError(f"{self.name}: a float input standardisation cannot go to firmware")
            inp = self.get_input_variable()
            raw = FixedType.parse(self.get_attr("raw_precision"))
            out = FixedType.parse(self.get_attr("out_precision"))
            offset = np.asarray(self.get_attr("offset_values"), np.float64)
            scale = np.asarray(self.get_attr("scale_values"), np.float64)

            s_frac = dyadic_frac(scale, 60)
            assert s_frac is not None
            self.set_attr("n_in", int(np.prod(inp.shape)))
            self.set_attr("n_feat", int(inp.shape[-1]))
            self.set_attr("scale_type", int_type(np.rint(scale * 2.0**s_frac), s_frac))
            self.set_attr("offset_type", raw)
            self.set_attr("diff_type", FixedType(True, raw.width + 1, raw.integer + 1))
            self.add_output_variable(inp.shape, precision=precision(out, "RND_CONV", "SAT"))
            self.add_weights_variable(
                name="offset", var_name="so{index}", data=offset, precision=precision(raw)
            )
            self.add_weights_variable(
                name="scale",
                var_name="ss{index}",
                data=scale,
                precision=precision(self.get_attr("scale_type")),
            )

    FpgamlInputScale.__name__ = HLS_CLASS
    return FpgamlInputScale


@functools.cache
def register_hls4ml() -> None:
    """Register the layer, its parser and its templates with hls4ml (once per process). The header is not
    registered here: :func:`fpgaml.hls.extension_sources` adds it only while a project that uses the layer
    is written (a registered source would be copied into every project)."""
    import hls4ml  # optional heavy dependency: imported on first use
    from hls4ml.backends.template import (  # optional heavy dependency: imported on first use
        FunctionCallTemplate,
        LayerConfigTemplate,
    )

    cls = _hls_layer_class()
    hls4ml.converters.register_keras_v2_layer_handler(KERAS_CLASS, _keras_handler)
    hls4ml.model.layers.register_layer(HLS_CLASS, cls)

    class ConfigTemplate(LayerConfigTemplate):
        def __init__(self) -> None:
            super().__init__(cls)
            self.template = _CONFIG_TEMPLATE

        def format(self, node: Any) -> str:
            params = self._default_config_params(node)
            params["pad_zero"] = "true" if node.get_attr("pad_zero") else "false"
            params["offset_t"] = node.get_weights("offset").type.name
            params["scale_t"] = node.get_weights("scale").type.name
            params["diff_t"] = f"ap_{node.get_attr('diff_type')}"  # FixedType prints fixed<W,I>
            return self.template.format(**params)

    class FunctionTemplate(FunctionCallTemplate):
        def __init__(self) -> None:
            super().__init__(cls, include_header=[f"nnet_utils/{HEADER}"])
            self.template = _FUNCTION_TEMPLATE

        def format(self, node: Any) -> str:
            params = self._default_function_params(node)
            params["offset"] = node.get_weights("offset").name
            params["scale"] = node.get_weights("scale").name
            return self.template.format(**params)

    for name in ("Vivado", "Vitis"):
        backend = hls4ml.backends.get_backend(name)
        backend.register_template(ConfigTemplate)
        backend.register_template(FunctionTemplate)
