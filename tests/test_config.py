from __future__ import annotations

from pathlib import Path

import pytest

from fpgaml.config import FlowConfig, dump_config, from_dict, load_config
from fpgaml.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent


def test_defaults_are_the_benchmark_tagger() -> None:
    cfg = FlowConfig()
    assert cfg.model.family == "dense"
    assert cfg.model.input_fixed == (True, 16, 6)
    assert cfg.convert.clock_period_ns == 5.0
    assert cfg.stage_dir("convert") == Path("hls_projects/dense_tagger")
    assert cfg.stage_dir("csim") == Path("runs/dense_tagger/csim")


def test_shipped_configs_validate() -> None:
    configs = sorted((REPO / "configs").glob("*.yaml"))
    assert configs
    for path in configs:
        load_config(path)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"model": {"weight_bits": "six"}}, "model.weight_bits"),
        ({"model": {"wieght_bits": 6}}, "model.wieght_bits"),
        ({"train": {"epochs": 0}}, "train.epochs"),
        ({"convert": {"backend": "Quartus"}}, "convert.backend"),
        ({"data": {"split": [0.5, 0.5, 0.5]}}, "data.split"),
        ({"model": {"input_precision": "int16"}}, "model.input_precision"),
    ],
)
def test_errors_name_the_key(raw: dict, key: str) -> None:
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        from_dict(raw)


def test_unknown_family_lists_the_options() -> None:
    with pytest.raises(ConfigError, match=r"model\.family.*available: .*dense"):
        from_dict({"model": {"family": "transformer"}})


def test_overrides_and_roundtrip(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("name: x\nmodel: {weight_bits: 6}\n")
    cfg = load_config(path, ["model.weight_bits=8", "train.epochs=3", "data.split=[0.5, 0.25, 0.25]"])
    assert (cfg.model.weight_bits, cfg.train.epochs, cfg.data.split) == (8, 3, (0.5, 0.25, 0.25))
    again = tmp_path / "again.yaml"
    again.write_text(dump_config(cfg))
    assert load_config(again) == cfg


def test_bad_yaml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("model: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(bad)
