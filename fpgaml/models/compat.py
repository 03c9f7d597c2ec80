"""The compatibility shims now live in :mod:`fpgaml._compat` (below every layer that needs them); the names
stay importable from here."""

from __future__ import annotations

from fpgaml._compat import patch_hls4ml_numpy2, patch_qkeras_po2_float64, patch_qkeras_recurrent

__all__ = ["patch_hls4ml_numpy2", "patch_qkeras_po2_float64", "patch_qkeras_recurrent"]
