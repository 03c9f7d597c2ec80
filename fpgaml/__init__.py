"""fpgaml: quantized neural networks for the L1 trigger, from QKeras training to verified FPGA firmware.

The flow is a list of named stages (see ``docs/architecture.md``)::

    data -> train -> convert -> csim -> verify -> rtl -> profile -> export

Each stage is a module with one public entry point ``run(cfg, force=False)`` that reads the artifact
directories of earlier stages and writes its own. Import heavy dependencies (TensorFlow, hls4ml) lazily:
``import fpgaml`` stays cheap.
"""

__version__ = "0.1.0"
