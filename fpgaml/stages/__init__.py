"""The flow's named stages: one module per stage, each declaring ``STAGE = fpgaml.stage.Stage(...)``.

A stage's ``produce(ctx, out_dir) -> Outcome`` reads earlier stages' artifacts and writes its own into
``out_dir``; :func:`fpgaml.stage.run_stage` does everything else (fingerprint, up-to-date check, refusal to
overwrite, atomic output, failed checks, timing). Adding a stage = adding one module here: it is found by
:func:`fpgaml.stage.all_stages` and ordered by what it ``reads``. Stages hold no heavy logic: that lives in
the library modules (``fpgaml.data``, ``fpgaml.models``, ``fpgaml.hls``, ``fpgaml.csim``, ``fpgaml.rtl``,
``fpgaml.profile``, ``fpgaml.gpu``).
"""
