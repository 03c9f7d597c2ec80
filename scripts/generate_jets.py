#!/usr/bin/env python
"""Generate the five-class jet dataset (g, q, W, Z, t) with Pythia 8 + fjcore.

What happens, in order:

  1. build   Pythia 8.318 is compiled from the C++ sources of the pythia8mc sdist (fetched with
             `pip download --no-binary :all: --no-deps pythia8mc==8.318.0` unless --pythia-sdist is given)
             into --cache-dir (default ~/.cache/fpgaml/pythia-8.318). The first build compiles 107 files
             (~6-7 min on 2 cores); later runs reuse the object files. Needs g++.
  2. generate  pp collisions at 13 TeV, 800 < pTHat < 1300 GeV: QCD dijets (gluon and light-quark jets),
             W+jet with W -> q q', Z+jet with Z -> q qbar, hadronic t tbar. Jets: anti-kT R = 0.8,
             800 < pT < 1200 GeV, |eta| < 2. A jet is labelled by the hard parton / W / Z / top within
             dR < 0.8 of its axis; for W, Z and top all decay quarks must be inside dR < 0.8 too.
             Work is split into jobs with their own seeds, run --workers at a time (niced).
             The full output (up to --n-store constituents per jet, float32) goes to --out.
  3. sample  (with --sample-dir) the compact, versioned sample: 16 high-level features + the 32 hardest
             constituents in float16, and its recipe (settings, seeds, Pythia version, counts, timings)
             as JSON beside it.
  4. plot    a PNG grid of the 16 features per class (--plot, default next to the output).

Nothing is overwritten without --force; outputs are written under a temporary name and renamed when
complete, and an interrupted generation resumes from its finished jobs.

Examples:
  python scripts/generate_jets.py --build-only
  python scripts/generate_jets.py --jets-per-class 200 --out /tmp/jets_small.npz
  python scripts/generate_jets.py --jets-per-class 20000 --seed 1 --out /tmp/jets_full_v1.npz \\
      --sample-dir fpgaml/data/sample
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from fpgaml.data.errors import DataError


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="generate_jets.py",
        description=__doc__.split("\n\n")[0],
        epilog="\n\n".join(__doc__.split("\n\n")[1:]),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument(
        "--out", type=Path, default=Path("jets_full.npz"), help="full output npz (default: %(default)s)"
    )
    ap.add_argument(
        "--jets-per-class", type=int, default=20000, help="jets of each class (default: %(default)s)"
    )
    ap.add_argument("--classes", default="g,q,W,Z,t", help="comma-separated subset of g,q,W,Z,t")
    ap.add_argument("--seed", type=int, default=1, help="base seed; job k gets its own seed from it")
    ap.add_argument(
        "--workers", type=int, default=2, help="driver processes at a time (default: %(default)s)"
    )
    ap.add_argument("--jobs-per-class", type=int, default=4, help="jobs each class's quota is split into")
    ap.add_argument("--n-store", type=int, default=150, help="constituents stored per jet in --out (max 150)")
    ap.add_argument("--pthat", default="800,1300", help="PhaseSpace:pTHatMin,pTHatMax in GeV")
    ap.add_argument("--jet-pt", default="800,1200", help="jet pT window in GeV")
    ap.add_argument("--eta-max", type=float, default=2.0, help="|eta| cut on jets")
    ap.add_argument(
        "--set", action="append", default=[], metavar="'Key = value'", help="extra Pythia setting"
    )
    ap.add_argument("--nice", type=int, default=10, help="niceness of the driver processes")
    ap.add_argument("--pythia-sdist", type=Path, help="path of pythia8mc-8.318.0.tar.gz (else pip download)")
    ap.add_argument("--cache-dir", type=Path, help="build directory (default ~/.cache/fpgaml/pythia-8.318)")
    ap.add_argument("--build-only", action="store_true", help="only build the generator, then stop")
    ap.add_argument("--from-full", type=Path, help="skip generation: make sample/plot from this full npz")
    ap.add_argument("--sample-dir", type=Path, help="also write the compact sample jets_v<N>.npz/.json here")
    ap.add_argument("--n-constituents", type=int, default=32, help="constituents kept in the sample")
    ap.add_argument("--plot", type=Path, help="feature-grid PNG (default: <out stem>_hlf.png)")
    ap.add_argument("--force", action="store_true", help="overwrite existing outputs")
    ap.add_argument("--quiet", action="store_true", help="no progress bars")
    args = ap.parse_args(argv)

    from fpgaml.data import generate as gen

    try:
        if args.build_only:
            b = gen.build_generator(
                args.cache_dir, args.pythia_sdist, jobs=args.workers, verbose=not args.quiet
            )
            print(f"built {b.executable} in {b.seconds:.1f} s ({b.n_compiled} library sources compiled)")
            return 0
        full = args.from_full or args.out
        if args.from_full is None:
            cfg = gen.GenerationConfig(
                jets_per_class=args.jets_per_class,
                seed=args.seed,
                workers=args.workers,
                jobs_per_class=args.jobs_per_class,
                n_store=args.n_store,
                pthat=_pair(args.pthat),
                jet_pt=_pair(args.jet_pt),
                eta_max=args.eta_max,
                nice=args.nice,
                classes=tuple(c.strip() for c in args.classes.split(",") if c.strip()),
                pythia_settings=list(args.set),
            )
            recipe = gen.generate(
                args.out,
                cfg,
                cache_dir=args.cache_dir,
                sdist=args.pythia_sdist,
                force=args.force,
                progress=not args.quiet,
            )
            _summary(recipe)
        check = gen.crosscheck_ecfs(full)
        print(
            f"ECF cross-check C++ vs numpy on {int(check.pop('n_jets_checked'))} jets: "
            f"max relative difference {max(check.values()):.2e}"
        )
        table_src = full
        if args.sample_dir is not None:
            from fpgaml.data.sample import SAMPLE_NAME, write_sample

            out = args.sample_dir / f"{SAMPLE_NAME}.npz"
            t0 = time.perf_counter()
            r = write_sample(
                full,
                out,
                n_constituents=args.n_constituents,
                force=args.force,
                extra_recipe={"ecf_crosscheck_max_rel_diff": check},
            )
            print(
                f"sample {out}: {r['n_jets']} jets, {r['file_bytes'] / 1e6:.1f} MB "
                f"({time.perf_counter() - t0:.1f} s)"
            )
            table_src = out
        from fpgaml.data.plots import plot_hlf_grid
        from fpgaml.data.readers import read_jets

        table = read_jets(table_src, n_constituents=1)
        png = args.plot or Path(table_src).with_name(Path(table_src).stem + "_hlf.png")
        plot_hlf_grid(table.hlf, table.labels, png, title=f"{Path(table_src).name}: {len(table)} jets")
        print(f"feature grid: {png}")
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def _pair(s: str) -> tuple[float, float]:
    a, b = (float(v) for v in s.split(","))
    return a, b


def _summary(recipe: dict) -> None:
    print(json.dumps({k: recipe[k] for k in ("n_jets", "counts", "generation_seconds", "jets_per_s")}))
    for proc, d in recipe["per_process"].items():
        print(
            f"  {proc:6s} events {d['events']:7d}  jets {d['jets_written']:6d}  "
            f"labelling efficiency {d['labelling_efficiency']:.3f}  "
            f"{d['events_per_s_per_worker']:.0f} events/s and {d['jets_per_s_per_worker']:.0f} jets/s per worker"
        )


if __name__ == "__main__":
    sys.exit(main())
