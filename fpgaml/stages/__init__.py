"""The flow's named stages, in order. Each module exposes ``run(cfg: FlowConfig, *, force=False) -> dict``.

``run`` reads earlier stages' artifact directories (``cfg.stage_dir(name)``), writes its own atomically
(see :mod:`fpgaml.artifacts`) and returns a JSON-serialisable summary. Stages hold no heavy logic: that lives
in the library modules (``fpgaml.data``, ``fpgaml.models``, ``fpgaml.hls``, ``fpgaml.csim``, ``fpgaml.rtl``,
``fpgaml.profile``, ``fpgaml.gpu``).
"""

STAGES: tuple[str, ...] = ("data", "train", "convert", "csim", "verify", "rtl", "profile")
