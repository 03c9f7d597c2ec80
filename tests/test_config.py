from __future__ import annotations

from pathlib import Path

import pytest

from fpgaml.config import FlowConfig, dump_config, from_dict, load_config
from fpgaml.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent


def test_defaults_are_the_benchmark_tagger() -> None:
    cfg = FlowConfig()
    assert cfg.model.family == "dense"
    assert cfg.model.input_fixed.as_tuple == (True, 16, 6)
    assert cfg.convert.clock_period_ns == 5.0
    assert cfg.stage_dir("convert") == Path("hls_projects/dense_tagger")
    assert cfg.stage_dir("csim") == Path("runs/dense_tagger/csim")


def test_shipped_configs_validate() -> None:
    configs = sorted((REPO / "configs").glob("*.yaml"))
    assert configs
    for path in configs:
        load_config(path)


def test_every_shipped_config_and_sweep_point_validates_back_from_its_dump() -> None:
    """`fpgaml sweep` hands each point to its worker as ``model_dump(mode="json")``, which carries every
    default: a config that does not validate back from it cannot be swept (a scalar ``train.bit_cost.beta``
    was refused once its dump carried the ramp's defaults: "keep: belongs to a ramp")."""
    from fpgaml.sweep import load_sweep

    configs = [load_config(p) for p in sorted((REPO / "configs").glob("*.yaml"))]
    sweeps = sorted((REPO / "configs" / "sweeps").glob("*.yaml"))
    assert sweeps
    configs += [p.config for s in sweeps for p in load_sweep(s).points]
    assert any(c.train.bit_cost is not None and not c.train.bit_cost.ramping for c in configs)
    for cfg in configs:
        assert from_dict(cfg.model_dump(mode="json")) == cfg, cfg.name


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


# ---- nonsense is caught when the config is loaded, before any stage runs ---------------------------------
def _cli_config(
    tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, str]:
    from fpgaml.cli import main

    path = tmp_path / "c.yaml"
    path.write_text(text)
    rc = main(["config", str(path), *extra])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return rc, err


@pytest.mark.parametrize("text", ["", "\n\n", "# a comment only\n# another\n"])
def test_empty_config_file_is_an_error(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> None:
    rc, err = _cli_config(tmp_path, text, capsys)
    assert rc == 2
    assert "is empty" in err and "configs/dense_tagger.yaml" in err
    rc, _ = _cli_config(tmp_path, "name: x\n", capsys)
    assert rc == 0


@pytest.mark.parametrize(
    ("precision", "words"),
    [
        ("fixed<70,6>", "70 bits is more than the 64"),
        ("fixed<8,10>", "10 integer bits do not fit in 8 bits"),
        ("ufixed<0,0>", "at least 1 bit"),
        ("fixed<16;6>", "not a fixed-point (ap_fixed) type"),
    ],
)
def test_input_precision_bounds(precision: str, words: str) -> None:
    with pytest.raises(ConfigError, match=r"model\.input_precision") as exc:
        from_dict({"model": {"input_precision": precision}})
    assert words in str(exc.value)


def test_input_precision_edges_are_accepted() -> None:
    edge = from_dict({"model": {"input_precision": "fixed<64,64>"}}).model.input_fixed
    assert edge.as_tuple == (True, 64, 64)
    # one grammar with fpgaml.ir.FixedType (the ap_ prefix of hls4ml's spelling included), one canonical text
    assert from_dict({"model": {"input_precision": "ap_ufixed<8,3>"}}).model.input_precision == "ufixed<8,3>"
    assert (
        from_dict({"model": {"input_precision": " ufixed< 1 , 0 > "}}).model.input_precision == "ufixed<1,0>"
    )
    assert from_dict({"model": {"input_precision": "fixed<8,-2>"}}).model.input_fixed.as_tuple == (
        True,
        8,
        -2,
    )


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("fixed<24,30>", "30 integer bits do not fit in 24 bits"),
        ("ap_fixed<65,10>", "65 bits is more than the 64"),
        ("fixed<18,8,RND_CONV,SATT>", "unknown overflow mode 'SATT'"),
        ("fixed<18,8,ROUND>", "unknown rounding mode 'ROUND'"),
        ("int<8,RND>", "an integer type has only a width"),
        ("float", "not a precision hls4ml understands"),
    ],
)
def test_layer_precision_values_are_checked(value: str, words: str) -> None:
    with pytest.raises(ConfigError, match=r"convert\.layer_precision\.fc1\.accum") as exc:
        from_dict({"convert": {"layer_precision": {"fc1": {"accum": value}}}})
    assert words in str(exc.value)


def test_layer_precision_good_values() -> None:
    good = {"accum": "fixed<24,10,RND_CONV,SAT>", "result": "ap_ufixed<8,3>", "weight": "int<8>",
            "bias": "auto", "table": "ap_fixed<18,8,AP_TRN,AP_WRAP>", "exp_table": "fixed<18,8,RND,SAT,0>"}  # fmt: skip
    cfg = from_dict({"convert": {"layer_precision": {"fc1": good}}})
    assert cfg.convert.layer_precision["fc1"] == good


def test_weight_integer_must_leave_the_sign_bit() -> None:
    with pytest.raises(ConfigError, match=r"model\.weight_integer: 6 integer bits with weight_bits 6") as exc:
        from_dict({"model": {"weight_bits": 6, "weight_integer": 6}})
    assert "weight_integer <= weight_bits - 1" in str(exc.value)
    assert from_dict({"model": {"weight_bits": 6, "weight_integer": 5}}).model.weight_integer == 5


def test_act_integer_at_most_act_bits() -> None:
    """quantized_relu is unsigned: act_integer == act_bits is integer outputs (allowed), more is nonsense."""
    with pytest.raises(ConfigError, match=r"model\.act_integer: 5 integer bits with act_bits 4"):
        from_dict({"model": {"act_bits": 4, "act_integer": 5}})
    assert from_dict({"model": {"act_bits": 4, "act_integer": 4}}).model.act_integer == 4


@pytest.mark.parametrize(
    ("gpu", "key", "words"),
    [
        ({"bench_batch_sizes": []}, "gpu.bench_batch_sizes", "no batch sizes to time"),
        ({"bench_batch_sizes": [0, -4, 16]}, "gpu.bench_batch_sizes", "got [0, -4]"),
        ({"triton_preferred_batch_sizes": [0]}, "gpu.triton_preferred_batch_sizes", ">= 1"),
        ({"bench_backends": []}, "gpu.bench_backends", "at least 1"),
        ({"models": []}, "gpu.models", "at least 1"),
        ({"triton_max_batch_size": 0}, "gpu.triton_max_batch_size", "greater than or equal to 1"),
    ],
)
def test_gpu_batch_lists(gpu: dict, key: str, words: str) -> None:
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")) as exc:
        from_dict({"gpu": gpu})
    assert words in str(exc.value)


def test_triton_preferred_batch_sizes_fit_the_max() -> None:
    with pytest.raises(ConfigError, match=r"gpu\.triton_preferred_batch_sizes: \[32768\] exceed .*16384"):
        from_dict({"gpu": {"triton_preferred_batch_sizes": [1024, 32768]}})
    ok = from_dict({"gpu": {"triton_preferred_batch_sizes": [1024, 32768], "triton_max_batch_size": 32768}})
    assert ok.gpu.triton_preferred_batch_sizes == [1024, 32768]


def test_split_that_leaves_a_set_empty_for_n_jets() -> None:
    with pytest.raises(ConfigError, match=r"data\.n_jets: ") as exc:
        from_dict({"data": {"n_jets": 9}})
    msg = str(exc.value)
    assert "validation split empty" in msg and "train 5, validation 0, test 4" in msg
    assert "data.split" in msg and "at least 16" in msg
    with pytest.raises(ConfigError, match="test split empty"):
        from_dict({"data": {"n_jets": 100, "split": [0.9, 0.095, 0.005]}})
    assert from_dict({"data": {"n_jets": 16}}).data.n_jets == 16


def test_device_typo_is_a_config_error_listing_the_devices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(
        ConfigError, match=r"profile\.device: unknown device 'vu13'; did you mean 'vu13p'\?"
    ) as exc:
        from_dict({"profile": {"device": "vu13"}})
    for name in ("ku115", "ku15p", "vu13p", "vu9p"):
        assert name in str(exc.value)
    assert "--force" not in str(exc.value)
    # through the CLI flag of the profile stage: refused while loading the config, before any stage runs
    from fpgaml.cli import main

    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"name: t\npaths: {{runs: {tmp_path / 'runs'}, hls_projects: {tmp_path / 'hls'}}}\n")
    assert main(["profile", str(cfg), "--device", "vu13"]) == 2
    err = capsys.readouterr().err
    assert "profile.device" in err and "vu13p" in err and "--force" not in err and "Traceback" not in err
    assert not (tmp_path / "runs").exists()
    assert from_dict({"profile": {"device": "xcvu9p-flga2104-2L-e"}}).profile.device == "xcvu9p-flga2104-2L-e"


@pytest.mark.parametrize(
    ("raw", "key", "words"),
    [
        ({"convert": {"clock_period_ns": 200}}, "convert.clock_period_ns", "did you give MHz?"),
        ({"convert": {"clock_period_ns": 0.1}}, "convert.clock_period_ns", "faster than any FPGA"),
        ({"rtl": {"clock_period_ns": 240}}, "rtl.clock_period_ns", "did you give MHz?"),
        ({"profile": {"budget": {"clock_mhz": 5}}}, "profile.budget.clock_mhz", "period in ns?"),
        (
            {"profile": {"budget": {"max_lut": "150%"}}},
            "profile.budget.max_lut",
            "more than the whole device",
        ),
        ({"profile": {"yosys_family": "xcvu"}}, "profile.yosys_family", "xcup"),
        (
            {"verify": {"max_accuracy_drop_pp": 150}},
            "verify.max_accuracy_drop_pp",
            "less than or equal to 100",
        ),
        ({"seed": -1}, "seed", "greater than or equal to 0"),
        ({"seed": 2**32}, "seed", "less than 4294967296"),
        (
            {"model": {"params": {"hiden": [8]}}},
            "model.params",
            "unknown key(s) ['hiden'] for family 'dense'",
        ),
        ({"data": {"features": "constituents"}}, "data.features", "'dense' takes 'hlf' features"),
        ({"model": {"family": "gnn"}, "convert": {"io_type": "io_stream"}}, "convert.io_type", "io_parallel"),
        ({"paths": {"runs": "out", "hls_projects": "out"}}, "paths.hls_projects", "overlap"),
        ({"convert": {"project_dir": "runs/dense_tagger/hls"}}, "convert.project_dir", "overlap"),
        ({"data": {"source": "jets.parquet"}}, "data.source", "cannot read '.parquet' files"),
        ({"data": {"source": ""}}, "data.source", "at least 1 character"),
        ({"model": {"wieght_bits": 6}}, "model.wieght_bits", "did you mean 'weight_bits'?"),
    ],
)
def test_more_nonsense_names_the_key(raw: dict, key: str, words: str) -> None:
    with pytest.raises(ConfigError, match=key.replace(".", r"\.") + ": ") as exc:
        from_dict(raw)
    assert words in str(exc.value)


def test_sensible_neighbours_of_the_nonsense_pass(tmp_path: Path) -> None:
    cfg = from_dict(
        {
            "convert": {"clock_period_ns": 25.0, "project_dir": str(tmp_path / "hls" / "x")},  # 40 MHz
            "profile": {"budget": {"clock_mhz": 40, "max_lut": "100%"}, "yosys_family": "xcu"},
            "model": {"family": "gnn"},
            "data": {"features": "constituents", "source": str(tmp_path / "jets.h5")},
            "seed": 0,
        }
    )
    assert cfg.features == "constituents"


def test_duplicate_key_in_yaml(tmp_path: Path) -> None:
    path = tmp_path / "dup.yaml"
    path.write_text("name: x\nmodel: {weight_bits: 4}\ntrain: {epochs: 3}\nmodel:\n  act_bits: 4\n")
    with pytest.raises(ConfigError, match=r"key 'model' appears twice \(lines 2 and 4\)"):
        load_config(path)
    path.write_text("name: x\nmodel: {weight_bits: 4, weight_bits: 5}\n")
    with pytest.raises(ConfigError, match="'weight_bits' appears twice"):
        load_config(path)
    # a YAML merge that a key then overrides is not a duplicate
    path.write_text("name: x\ntrain:\n  <<: {epochs: 3, batch_size: 64}\n  batch_size: 8\n")
    assert (load_config(path).train.epochs, load_config(path).train.batch_size) == (3, 8)


def test_files_the_later_stages_read_must_exist(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("name: x\nprofile: {budget_file: no_such_budget.yaml}\n")
    with pytest.raises(ConfigError, match=r"profile\.budget_file: file no_such_budget\.yaml does not exist"):
        load_config(path)
    path.write_text(f"name: x\ntrain: {{pretrained: {tmp_path / 'm.h5'}}}\n")
    with pytest.raises(ConfigError, match=r"train\.pretrained: file .*m\.h5 does not exist"):
        load_config(path)
    budget = tmp_path / "budget.yaml"
    budget.write_text("max_lutt: 5%\n")
    path.write_text(f"name: x\nprofile: {{budget_file: {budget}}}\n")
    with pytest.raises(ConfigError, match=r"(?s)profile\.budget_file: invalid budget .*max_lutt"):
        load_config(path)
    budget.write_text("max_lut: 5%\n")
    assert load_config(path).profile.resolved_budget().max_lut == "5%"


@pytest.mark.parametrize(
    "text",
    [
        "model: {weight_bits: 6, weight_integer: 7}\n",
        "gpu: {bench_batch_sizes: []}\n",
        "profile: {device: vu13}\n",
        "data: {n_jets: 5}\n",
        "model: {input_precision: 'fixed<8,9>'}\n",
    ],
)
def test_cli_config_errors_exit_2_without_traceback(
    tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, err = _cli_config(tmp_path, "name: x\n" + text, capsys)
    assert rc == 2 and err.startswith("fpgaml: error: invalid config")


def test_train_seed_defaults_to_the_top_level_seed() -> None:
    assert from_dict({"seed": 5}).train.seed_or(5) == 5
    cfg = from_dict({"seed": 5, "train": {"seed": 9}})
    assert cfg.train.seed_or(cfg.seed) == 9
    # only the training is reseeded: the data stage's fingerprint (its split) is unchanged
    from fpgaml.stage import fingerprint

    assert fingerprint("data", cfg) == fingerprint("data", from_dict({"seed": 5}))
    assert fingerprint("train", cfg) != fingerprint("train", from_dict({"seed": 5}))
