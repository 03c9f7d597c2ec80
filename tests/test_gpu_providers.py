"""An unknown ONNX Runtime provider in gpu.providers is not an error but a warning that names the
provider(s) that will actually run; a well-spelt list available in the build warns about nothing."""

from __future__ import annotations

import logging
import warnings

import pytest

from fpgaml.gpu.runtime import ProviderFallbackWarning, UnknownProviderWarning, choose_providers

CPU = "CPUExecutionProvider"
CPU_BUILD = ["AzureExecutionProvider", CPU]
GPU_BUILD = [*CPU_BUILD, "CUDAExecutionProvider", "TensorrtExecutionProvider"]


def test_misspelt_provider_warns_naming_what_runs(caplog: pytest.LogCaptureFixture) -> None:
    with (
        caplog.at_level(logging.WARNING, logger="fpgaml.gpu.runtime"),
        pytest.warns(UnknownProviderWarning) as record,
    ):
        chosen = choose_providers(["CudaExecutionProvider", CPU], GPU_BUILD)
    assert chosen == [CPU]
    msg = str(record[0].message)
    assert "unknown ONNX Runtime provider(s) CudaExecutionProvider" in msg
    assert "did you mean: CudaExecutionProvider -> CUDAExecutionProvider?" in msg
    assert "will run on CPUExecutionProvider" in msg
    assert issubclass(UnknownProviderWarning, ProviderFallbackWarning)  # existing filters still catch it
    assert any("CudaExecutionProvider" in r.getMessage() for r in caplog.records)


def test_unknown_provider_next_to_a_good_one_names_the_good_one() -> None:
    with pytest.warns(UnknownProviderWarning, match=r"FooExecutionProvider, ignored; ONNX Runtime will run on "
                      r"CUDAExecutionProvider \(falling back to CPUExecutionProvider\)"):  # fmt: skip
        chosen = choose_providers(["FooExecutionProvider", "CUDAExecutionProvider"], GPU_BUILD)
    assert chosen == ["CUDAExecutionProvider", CPU]


def test_known_provider_missing_from_this_build_warns() -> None:
    with pytest.warns(
        UnknownProviderWarning, match=r"OpenVINOExecutionProvider not in this onnxruntime build"
    ):
        assert choose_providers(["OpenVINOExecutionProvider", CPU], CPU_BUILD) == [CPU]


def test_well_spelt_available_providers_warn_about_nothing() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert choose_providers(["CUDAExecutionProvider", CPU], GPU_BUILD) == ["CUDAExecutionProvider", CPU]
        assert choose_providers([CPU], CPU_BUILD) == [CPU]
        assert choose_providers("auto", CPU_BUILD) == [CPU]
