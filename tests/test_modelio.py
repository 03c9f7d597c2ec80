from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from fpgaml._keras import keras
from fpgaml.config import ModelConfig
from fpgaml.errors import FpgamlError, UntrustedModelError
from fpgaml.modelio import load_model, save_model
from fpgaml.models import FAMILIES, BuildContext


def _lambda_model() -> object:
    k = keras()
    inp = k.Input((4,), name="inputs")
    x = k.layers.Lambda(lambda t: t * 2.0, name="double_it")(inp)
    return k.Model(inp, k.layers.Dense(2, name="out")(x))


def test_qkeras_model_roundtrip(tmp_path: Path) -> None:
    model = FAMILIES.get("dense").build(BuildContext((16,), 5, ModelConfig(), quantized=True))
    save_model(model, tmp_path / "m.h5")
    again = load_model(tmp_path / "m.h5")
    x = np.random.default_rng(0).normal(size=(8, 16)).astype("float32")
    np.testing.assert_array_equal(model(x).numpy(), again(x).numpy())


@pytest.mark.parametrize("suffix", [".h5", ".keras"])
def test_lambda_layer_is_refused_without_opt_in(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"m{suffix}"
    _lambda_model().save(path)
    with pytest.raises(UntrustedModelError, match=r"(?s)double_it \(Lambda\).*--trust-model-code"):
        load_model(path)


def test_lambda_layer_loads_with_opt_in(tmp_path: Path) -> None:
    path = tmp_path / "m.h5"
    _lambda_model().save(path)
    model = load_model(path, trust_model_code=True)
    assert [layer.name for layer in model.layers][1] == "double_it"


def test_unknown_custom_layer_is_refused(tmp_path: Path) -> None:
    import json

    import h5py

    path = tmp_path / "m.h5"
    FAMILIES.get("dense").build(BuildContext((16,), 5, ModelConfig(), quantized=True)).save(path)
    with h5py.File(path, "r+") as f:
        arch = json.loads(f.attrs["model_config"])
        arch["config"]["layers"][1]["class_name"] = "MyEvilLayer"
        f.attrs["model_config"] = json.dumps(arch)
    with pytest.raises(UntrustedModelError, match="MyEvilLayer"):
        load_model(path)


def test_corrupt_and_missing_files(tmp_path: Path) -> None:
    bad = tmp_path / "corrupt.h5"
    bad.write_bytes(b"\x89HDF\r\n\x1a\n truncated")
    with pytest.raises(FpgamlError, match=r"cannot read model file .*corrupt\.h5"):
        load_model(bad)
    with pytest.raises(FpgamlError, match="does not exist"):
        load_model(tmp_path / "nope.h5")


def test_qkeras_model_loads_in_a_fresh_process(tmp_path: Path) -> None:
    """QKeras nests quantizers inside QInitializer; loading must work without the classes registered by use."""
    import subprocess
    import sys

    model = FAMILIES.get("dense").build(BuildContext((16,), 5, ModelConfig(), quantized=True))
    save_model(model, tmp_path / "m.h5")
    code = "from fpgaml.modelio import load_model; import sys; print(load_model(sys.argv[1]).count_params())"
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "m.h5")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert int(out.stdout.strip().splitlines()[-1]) == model.count_params()
