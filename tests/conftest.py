"""Shared fixtures. Tests never write into the repository: every run directory lives under tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("FPGAML_NO_PROGRESS", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
