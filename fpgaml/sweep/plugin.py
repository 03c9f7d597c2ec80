"""The worker plugin that caps TensorFlow's threads in each Dask worker (imported only where Dask runs)."""

from __future__ import annotations

import logging
import os
from typing import Any

from distributed import WorkerPlugin

from fpgaml._keras import tf

log = logging.getLogger("fpgaml.sweep")


class TensorFlowThreads(WorkerPlugin):
    """Caps TensorFlow's intra- and inter-op thread pools of a worker to its Dask threads (or ``threads``).

    TensorFlow sizes its pools to every core at its first op and cannot change them afterwards, so this runs
    when the worker starts, before any point: N workers x 1 thread then use N cores, not N x all of them.
    Each point's record says the pools it ran with (``worker.tf_threads``)."""

    name = "fpgaml-tensorflow-threads"
    idempotent = True

    def __init__(self, threads: int | None = None) -> None:
        self.threads = threads

    def setup(self, worker: Any) -> None:
        state = getattr(worker, "state", None)
        n = self.threads or int(getattr(state, "nthreads", 0) or getattr(worker, "nthreads", 0) or 1)
        os.environ["FPGAML_NO_PROGRESS"] = "1"  # bars from workers would tear the sweep's own bar
        for var in ("TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS"):
            os.environ[var] = str(n)

        threading = tf().config.threading
        try:
            threading.set_intra_op_parallelism_threads(n)
            threading.set_inter_op_parallelism_threads(n)
        except RuntimeError as exc:  # TensorFlow already ran an op in this worker: its pools are fixed
            log.warning("worker %s: TensorFlow threads not capped to %d: %s", worker.address, n, exc)
