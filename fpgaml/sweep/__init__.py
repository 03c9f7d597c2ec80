"""Design-space sweeps: many points of one flow config, each an ordinary fpgaml run, on Dask ``distributed``.

Library first (the CLI ``fpgaml sweep`` only parses arguments)::

    from fpgaml.sweep import load_sweep, run_sweep, pick

    sweep = load_sweep("configs/sweeps/dense_pareto.yaml")   # every point's config, validated
    result = run_sweep(sweep)                                 # LocalCluster; scheduler="tcp://..." for others
    chosen = pick(sweep, max_lut=10_000, max_drop=0.8)       # writes the chosen point's config as YAML

See docs/sweeps.md: the sweep file (:mod:`fpgaml.sweep.spec`), execution (:mod:`fpgaml.sweep.runner`),
results and Pareto fronts (:mod:`fpgaml.sweep.results`) and picking (:mod:`fpgaml.sweep.pick`).
"""

from fpgaml.sweep.pick import NoPointMeets, Pick, pick
from fpgaml.sweep.results import pareto_front, read_results
from fpgaml.sweep.runner import SweepResult, run_point, run_sweep
from fpgaml.sweep.spec import Point, Sweep, SweepError, load_sweep, point_name

__all__ = [
    "NoPointMeets",
    "Pick",
    "Point",
    "Sweep",
    "SweepError",
    "SweepResult",
    "load_sweep",
    "pareto_front",
    "pick",
    "point_name",
    "read_results",
    "run_point",
    "run_sweep",
]
