"""The task-specific pieces of train and verify (data.task: classification, regression, autoencoder), on tiny
arrays whose expected values are worked out by hand in the comments."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from fpgaml.stages.train import _background_only, _output_problem, _task_metrics
from fpgaml.verify import (
    autoencoder_metrics,
    markdown,
    reconstruction_error,
    regression_metrics,
    residual_plot,
    robust_width,
    score_agreement,
    score_plot,
)


# ---- regression -------------------------------------------------------------------------------------------
def test_robust_width_is_half_the_16_84_percent_interval() -> None:
    assert robust_width(np.arange(101.0)) == 34.0  # percentiles 16 and 84 of 0..100 are 16 and 84
    # 4 values: the 16 % point lies 0.48 of the way from 1 to 2 (1.48), the 84 % point 0.52 from 3 to 10 (6.64)
    assert robust_width(np.array([3.0, 1.0, 10.0, 2.0])) == pytest.approx((6.64 - 1.48) / 2, abs=1e-12)


def test_regression_metrics_by_hand() -> None:
    pred = np.array([[1.0, 0.5], [2.0, 1.5], [3.0, 2.5], [10.0, 3.5]])
    true = np.array([[0.0, 0.0], [0.0, 1.0], [0.0, 2.0], [0.0, 3.0]])
    m = regression_metrics(pred, true, ["pt", "eta"])
    # pt: residuals 1, 2, 3, 10 -> mean 4, median 2.5, std sqrt((9 + 4 + 1 + 36) / 4), rmse sqrt((1+4+9+100)/4)
    assert m["pt"]["bias_mean"] == 4.0 and m["pt"]["bias_median"] == 2.5
    assert m["pt"]["resolution_std"] == pytest.approx(math.sqrt(12.5), abs=1e-12)
    assert m["pt"]["rmse"] == pytest.approx(math.sqrt(28.5), abs=1e-12)
    assert m["pt"]["resolution_robust"] == pytest.approx(2.58, abs=1e-12)
    # eta: every residual is 0.5 -> bias 0.5, no spread
    assert m["eta"] == {"bias_mean": 0.5, "bias_median": 0.5, "resolution_std": 0.0, "resolution_robust": 0.0,
                        "rmse": 0.5, "n": 4}  # fmt: skip
    with pytest.raises(ValueError, match="differ"):
        regression_metrics(pred, true[:, :1], ["pt", "eta"])


def test_train_summary_rmse_and_reconstruction_error() -> None:
    pred, y = np.array([[1.0, 0.0], [3.0, 0.0]]), np.array([[0.0, 0.0], [0.0, 1.0]])
    # residuals (1, 0) and (3, -1): rmse per target sqrt((1 + 9) / 2), sqrt(1 / 2); mean square (1+0+9+1)/4
    assert _task_metrics("regression", pred, y) == {"rmse": [math.sqrt(5.0), math.sqrt(0.5)]}
    assert _task_metrics("autoencoder", pred, y) == {"mean_reconstruction_mse": 11 / 4}


# ---- autoencoder ------------------------------------------------------------------------------------------
def test_reconstruction_error_is_the_mean_square_per_sample() -> None:
    out = np.array([[1.0, 2.0], [0.0, 0.0]])
    x = np.array([[[1.0], [0.0]], [[3.0], [4.0]]])  # any input shape, compared flattened
    np.testing.assert_array_equal(reconstruction_error(out, x), [(0 + 4) / 2, (9 + 16) / 2])
    with pytest.raises(ValueError, match="differ in size"):
        reconstruction_error(out, np.ones((2, 3)))


def test_score_agreement_by_hand() -> None:
    a = score_agreement(np.array([1.0, 2.0, 3.0, 4.0]), np.array([1.0, 2.0, 4.0, 3.0]), keep_fraction=0.25)
    assert a["identical_scores_fraction"] == 0.5 and a["identical_ranks_fraction"] == 0.5
    # Spearman: rank differences 0, 0, 1, 1 -> 1 - 6 * 2 / (4 * (16 - 1)) = 0.8
    assert a["spearman"] == pytest.approx(0.8, abs=1e-12)
    # threshold: the 75 % quantile of the reference 1..4 is 3.25; samples 3 and 4 are decided differently
    assert a["threshold_on_reference"] == 3.25 and a["decision_disagreement_fraction"] == 0.5
    same = score_agreement(np.array([1.0, 1.0, 2.0]), np.array([1.0, 1.0, 2.0]))
    assert same["identical_ranks_fraction"] == 1.0 and same["decision_disagreement_fraction"] == 0.0


def test_autoencoder_metrics_auc_per_signal_label() -> None:
    score = np.array([0.1, 0.5, 0.3, 0.4, 0.9, 0.2])
    labels = np.array([0, 0, 1, 0, 1, 2])
    m = autoencoder_metrics(score, labels, ["bkg", "s1", "s2", "s3"])
    # s1 {0.3, 0.9} against background {0.1, 0.5, 0.4}: 0.3 beats one, 0.9 all three -> 4 of 6 pairs
    assert m["auc"]["s1"] == pytest.approx(4 / 6, abs=1e-12)
    assert m["auc"]["s2"] == pytest.approx(1 / 3, abs=1e-12)  # 0.2 beats only 0.1
    assert m["auc"]["s3"] is None  # no sample of label 3
    assert m["mean"] == pytest.approx(0.4, abs=1e-12) and m["median"] == pytest.approx(0.35, abs=1e-12)
    assert m["q99"] == pytest.approx(0.5 + 0.95 * 0.4, abs=1e-12)  # 99 %: 0.95 of the way from 0.5 to 0.9
    assert autoencoder_metrics(score, None, [])["auc"] == {}


def test_background_only_keeps_label_0_for_training() -> None:
    data = {
        f"{k}_{s}": np.arange(4) * (1 if k == "x" else 10)
        for k in ("x", "y")
        for s in ("train", "val", "test")
    }
    out = _background_only(data, {"train": np.array([0, 1, 0, 2]), "val": np.array([1, 0, 0, 0])})
    np.testing.assert_array_equal(out["x_train"], [0, 2])
    np.testing.assert_array_equal(out["y_train"], [0, 20])
    np.testing.assert_array_equal(out["x_val"], [1, 2, 3])
    np.testing.assert_array_equal(out["x_test"], data["x_test"])  # the test split is untouched


# ---- what the network must output --------------------------------------------------------------------------
def test_output_problem_per_task() -> None:
    assert _output_problem("classification", (3,), (4,), ["a", "b", "c"], []) == ""
    assert "3 classes (a, b, c)" in _output_problem("classification", (2,), (4,), ["a", "b", "c"], [])
    assert _output_problem("regression", (2,), (4,), [], ["pt", "eta"]) == ""
    assert "2 regression target(s) (pt, eta)" in _output_problem("regression", (1,), (4,), [], ["pt", "eta"])
    assert _output_problem("autoencoder", (9, 9), (81,), [], []) == ""  # any shape with as many values
    assert "81 outputs are needed" in _output_problem("autoencoder", (80,), (9, 9), [], [])


# ---- the report ---------------------------------------------------------------------------------------------
def _report(task: str, **sections: object) -> dict:
    bit = {"n_outputs": 4, "n_different": 0, "exact_fraction": 1.0, "max_error_lsb": 0.0,
           "within_1lsb_fraction": 1.0, "argmax_agreement": 1.0}  # fmt: skip
    return {"name": "t", "family": "dense", "task": task, "unit": "samples", "n_jets": 4, "output_type": "x",
            "lsb": 0.5, "passed": True, "checks": [], "bit_accuracy": {"qkeras": bit, "float_reference": bit},
            "plot": "p.png", **sections}  # fmt: skip


def test_markdown_shows_the_task_section_and_no_argmax_for_values() -> None:
    m = regression_metrics(np.array([1.0, 2.0]), np.array([0.0, 0.0]), ["pt"])
    text = markdown(_report("regression", regression={"C-sim": m}))
    assert "## Regression" in text and "| pt | C-sim | 1.5 | 1.5 | 0.5 |" in text
    assert "| qkeras | 100.0000% (4/4) | 0 | 100.0000% | - |" in text and "float_reference" not in text
    assert "4 test samples" in text and "![p](p.png)" in text
    ae = {"scores": {"C-sim": autoencoder_metrics(np.array([1.0, 3.0]), np.array([0, 1]), ["bkg", "sig"])},
          "agreement_csim_vs_qkeras": score_agreement(np.array([1.0, 3.0]), np.array([1.0, 3.0]))}  # fmt: skip
    text = markdown(_report("autoencoder", autoencoder=ae))
    assert (
        "| model | mean | median | 99th percentile | AUC sig |" in text
        and "| C-sim | 2 | 2 | 2.98 | 1.0000 |" in text
    )
    assert "100.0000% identical ranks" in text


def test_plots_are_drawn(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    t = rng.normal(size=(200, 2))
    residual_plot({"C-sim": t + 0.1, "QKeras": t + 0.1}, t, ["a", "b"], tmp_path / "r.png")
    s = rng.exponential(size=200)
    score_plot({"C-sim": s, "QKeras": s}, (s > 2).astype(int), ["bkg", "sig"], tmp_path / "s.png")
    score_plot({"C-sim": s}, None, [], tmp_path / "s0.png")
    assert all((tmp_path / f).stat().st_size > 10_000 for f in ("r.png", "s.png", "s0.png"))
