"""Config of the GPU path (`fpgaml gpu export|bench`): ONNX export, ONNX Runtime, benchmark, Triton."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from fpgaml.errors import KeyedValueError

#: The order in which fpgaml tries ONNX Runtime execution providers ("auto").
PREFERRED_PROVIDERS: tuple[str, ...] = (
    "TensorrtExecutionProvider",
    "CUDAExecutionProvider",
    "CPUExecutionProvider",
)


class GpuConfig(BaseModel):
    """The GPU path for models that are not for the trigger: ONNX + ONNX Runtime (+ Triton)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    opset: int = Field(17, ge=13, le=21, description="ONNX opset of the exported graphs")
    models: list[Literal["quantized", "float"]] = Field(
        default_factory=lambda: ["quantized", "float"],
        min_length=1,
        description="which trained models to export (the float one only where it was trained)",
    )
    providers: Literal["auto"] | list[str] = Field(
        "auto",
        description="ONNX Runtime execution providers in order of preference; 'auto': TensorRT, CUDA, CPU "
        "(those this onnxruntime build has). A provider named here but not taken is warned about.",
    )
    intra_op_threads: int = Field(0, ge=0, description="ONNX Runtime intra-op threads (0: its default)")
    allow_spinning: bool = Field(
        True, description="ORT worker threads spin-wait (fastest alone; set false on shared/busy CPUs)"
    )

    # ---- agreement of the ONNX graphs with TensorFlow --------------------------------------------
    max_jets: int | None = Field(None, gt=0, description="compare at most this many test jets")
    float_max_rel_diff: float = Field(
        1e-5,
        gt=0,
        description="largest allowed |ONNX - TF| of the float model, divided by the largest |TF output| "
        "(float32 summation order differs; ~80 ulps)",
    )
    quantized_min_identical: float = Field(
        0.99, ge=0, le=1, description="fraction of quantized-model outputs that must equal QKeras exactly"
    )
    quantized_max_lsb: float | None = Field(
        None, ge=0, description="largest allowed quantized-model difference in output LSBs (None: no limit)"
    )

    # ---- throughput benchmark ---------------------------------------------------------------------
    bench_batch_sizes: list[int] = Field(
        default_factory=lambda: [1, 4, 16, 64, 256, 1024, 4096, 16384], description="batch sizes to time"
    )
    bench_min_seconds: float = Field(0.25, gt=0, description="time each (backend, batch size) at least this")
    bench_backends: list[Literal["onnxruntime", "tf_predict", "tf_call", "tf_function"]] = Field(
        default_factory=lambda: ["onnxruntime", "tf_predict", "tf_call", "tf_function"], min_length=1
    )

    # ---- Triton model repository ------------------------------------------------------------------
    triton_max_batch_size: int = Field(16384, ge=1)
    triton_preferred_batch_sizes: list[int] = Field(default_factory=lambda: [1024, 4096])
    triton_max_queue_delay_us: int = Field(100, ge=0)
    triton_instance_kind: Literal["auto", "KIND_GPU", "KIND_CPU"] = Field(
        "auto", description="'auto' leaves instance_group out: Triton uses the GPUs it finds"
    )
    triton_tensorrt: bool = Field(False, description="ask Triton's ORT backend for its TensorRT accelerator")

    @field_validator("providers")
    @classmethod
    def _providers_named(cls, v: str | list[str]) -> str | list[str]:
        if isinstance(v, str):
            return v
        if not v:
            raise ValueError("give at least one provider, or 'auto'")
        for name in v:
            if not name.endswith("ExecutionProvider"):
                raise ValueError(
                    f"{name!r} is not an ONNX Runtime provider name (e.g. 'CUDAExecutionProvider')"
                )
            if name.startswith("Azure"):
                raise ValueError("AzureExecutionProvider runs nothing locally; fpgaml never selects it")
        return v

    @field_validator("bench_batch_sizes", "triton_preferred_batch_sizes")
    @classmethod
    def _positive_sizes(cls, v: list[int], info: ValidationInfo) -> list[int]:
        if info.field_name == "bench_batch_sizes" and not v:
            raise ValueError("no batch sizes to time; give at least one, e.g. [1, 256, 16384]")
        bad = [b for b in v if b < 1]
        if bad:
            raise ValueError(f"batch sizes must be >= 1, got {bad}")
        return sorted(set(v))

    @model_validator(mode="after")
    def _preferred_fit(self) -> GpuConfig:
        too_big = [b for b in self.triton_preferred_batch_sizes if b > self.triton_max_batch_size]
        if too_big:
            raise KeyedValueError(
                "triton_preferred_batch_sizes",
                f"{too_big} exceed gpu.triton_max_batch_size ({self.triton_max_batch_size}); Triton refuses such a "
                "model config: lower them or raise triton_max_batch_size",
            )
        return self
