#!/usr/bin/env python
"""What the test suite costs: CPU seconds (every process it started, compilers and workers included), wall
time, and pytest's per-test durations summed per file, from one run of the README's test command.

    python benchmarks/bench_suite.py                  # runs `python -m pytest --durations=0 -p no:cacheprovider`
    python benchmarks/bench_suite.py -- -m "not slow"  # extra pytest arguments after `--`
    python benchmarks/bench_suite.py --coverage       # the same run with line coverage (fails under 88 %)
    python benchmarks/bench_suite.py --log run.txt [--time time.txt]   # read an earlier run instead

The run's output is kept in ``--keep`` (default ``runs/bench_suite.log``). ``--time`` reads the report of
``/usr/bin/time -v`` for an earlier run's CPU seconds. CPU seconds are the measure of work on a shared
machine; wall time depends on the machine's load (give ``uptime``'s load average with it). Under xdist a
test's duration is the time its worker spent on it, so the durations add up to the workers' busy time.
``--coverage`` measures the suite's line coverage of fpgaml (``--cov``, the settings in pyproject.toml): what
it costs is the difference of the two runs' CPU seconds.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# "12.34s call     tests/test_x.py::test_y[a-b]@group"
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)s (setup|call|teardown)\s+(\S.*?)\s*$")
_SUMMARY = re.compile(r"^=+ (.*\d+ (?:passed|failed).*) in ([\d.]+)s")
_COVERAGE = re.compile(r"^TOTAL\s+\d+\s+\d+\s+(\d+)%")


def parse_durations(text: str) -> dict[str, dict[str, float]]:
    """``{test id: {phase: seconds}}`` from pytest's ``--durations`` table (the xdist group suffix removed)."""
    tests: dict[str, dict[str, float]] = defaultdict(dict)
    for line in text.splitlines():
        m = _DURATION.match(line)
        if m:
            seconds, phase, nodeid = float(m[1]), m[2], m[3]
            if "@" in nodeid and nodeid.rfind("@") > nodeid.rfind("]"):
                nodeid = nodeid[: nodeid.rfind("@")]
            tests[nodeid][phase] = tests[nodeid].get(phase, 0.0) + seconds
    return dict(tests)


def parse_time_v(text: str) -> dict[str, float]:
    """User, system and wall seconds and the peak RSS from ``/usr/bin/time -v``."""
    out: dict[str, float] = {}
    for key, label in (("user", "User time (seconds)"), ("sys", "System time (seconds)")):
        m = re.search(re.escape(label) + r":\s*([\d.]+)", text)
        if m:
            out[key] = float(m[1])
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\):\s*([\d:.]+)", text)
    if m:
        wall = 0.0
        for part in m[1].split(":"):
            wall = wall * 60 + float(part)
        out["wall"] = wall
    m = re.search(r"Maximum resident set size \(kbytes\):\s*(\d+)", text)
    if m:
        out["max_rss_mb"] = int(m[1]) / 1024
    return out


def run(pytest_args: list[str], keep: Path) -> tuple[str, dict[str, float]]:
    """Run pytest (output shown and kept) and measure the CPU seconds of it and everything it started."""
    cmd = [sys.executable, "-m", "pytest", "--durations=0", "-p", "no:cacheprovider", *pytest_args]
    print("$", " ".join(cmd), flush=True)
    keep.parent.mkdir(parents=True, exist_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    lines = []
    with subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            sys.stdout.write(line)
            lines.append(line)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    text = "".join(lines)
    keep.write_text(text)
    return text, {
        "user": after.ru_utime - before.ru_utime,
        "sys": after.ru_stime - before.ru_stime,
        "wall": wall,
        "max_rss_mb": after.ru_maxrss / 1024,
        "returncode": proc.returncode,
    }


def report(text: str, usage: dict[str, float], top: int) -> None:
    tests = parse_durations(text)
    total = {nodeid: sum(p.values()) for nodeid, p in tests.items()}
    per_file: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for nodeid, seconds in total.items():
        f = per_file[nodeid.split("::", 1)[0]]
        f[0] += 1
        f[1] += seconds
    busy = sum(total.values())
    print("\n== per file (setup + call + teardown, summed) ==")
    print(f"{'seconds':>9} {'share':>6} {'tests':>6}  file")
    for name, (n, seconds) in sorted(per_file.items(), key=lambda kv: -kv[1][1]):
        print(f"{seconds:9.1f} {100 * seconds / max(busy, 1e-9):5.1f}% {n:6d}  {name}")
    print(f"{busy:9.1f} 100.0% {len(total):6d}  (sum of the durations)")
    print(f"\n== slowest {top} tests (setup + call + teardown) ==")
    print(f"{'seconds':>9} {'setup':>8} {'call':>8}  test")
    for nodeid, seconds in sorted(total.items(), key=lambda kv: -kv[1])[:top]:
        p = tests[nodeid]
        print(f"{seconds:9.1f} {p.get('setup', 0):8.1f} {p.get('call', 0):8.1f}  {nodeid}")
    print("\n== run ==")
    summary = [m for m in map(_SUMMARY.match, text.splitlines()) if m]
    if summary:
        print(f"result: {summary[-1][1]} (pytest's wall time {float(summary[-1][2]):.0f} s)")
    cov = [m for m in map(_COVERAGE.match, text.splitlines()) if m]
    if cov:
        print(f"coverage: {cov[-1][1]} %")
    if "user" in usage:
        cpu = usage["user"] + usage.get("sys", 0.0)
        print(f"CPU seconds (user + sys, children included): {cpu:.0f} "
              f"(user {usage['user']:.0f}, sys {usage.get('sys', 0):.0f})")  # fmt: skip
    if "wall" in usage:
        print(f"wall seconds: {usage['wall']:.0f}")
    if "max_rss_mb" in usage:
        print(f"largest process RSS: {usage['max_rss_mb']:.0f} MB")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--log", type=Path, help="read this pytest output instead of running the suite")
    ap.add_argument("--time", type=Path, help="with --log: the /usr/bin/time -v report of that run")
    ap.add_argument(
        "--keep", type=Path, default=ROOT / "runs" / "bench_suite.log", help="where the output goes"
    )
    ap.add_argument("--top", type=int, default=25, help="how many of the slowest tests to list")
    ap.add_argument(
        "--coverage", action="store_true", help="measure line coverage too (pytest --cov; fails under 88 %%)"
    )
    ap.add_argument("pytest_args", nargs="*", help="after `--`: passed to pytest")
    args = ap.parse_args()
    if args.log:
        text = args.log.read_text(errors="replace")
        usage = parse_time_v(args.time.read_text()) if args.time else {}
        code = 0
    else:
        text, usage = run((["--cov"] if args.coverage else []) + args.pytest_args, args.keep)
        code = int(usage.pop("returncode"))
    report(text, usage, args.top)
    if not args.log:  # (an earlier run's load is not known here)
        with contextlib.suppress(OSError):
            print("load average at the end:", Path("/proc/loadavg").read_text().split()[:3])
    return code


if __name__ == "__main__":
    sys.exit(main())
