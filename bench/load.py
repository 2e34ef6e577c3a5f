"""`icgraph load` against Oxigraph's own bulk loader on the same dump (run by hand, not in tests).

    .venv/bin/python bench/load.py                          # 100k quads
    .venv/bin/python bench/load.py --sizes 100000 1000000   # and 1M (minutes)

The dumps are bench stores (bench/stores.py: ingested news replicated with fresh IRIs and renamed
entities). Each run is a fresh process loading into a fresh on-disk store; time is wall-clock and
memory the peak resident size of the process and its workers. The anchor is pyoxigraph's
`Store(path).bulk_load` + `flush` of the same file; the target (issue 14) is 1.5x its time and
memory. `icgraph load` must quarantine nothing (exit 0) and store as many quads as the anchor.
The headline is `icgraph load` as a user runs it (--jobs left at its default, the CPU count);
`--jobs 1` is kept as a row (and other counts with --jobs).
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
from pathlib import Path

from icgraph.load import cpu_count
from results import Figure, record
from stores import Run, bench_store, run_measured, table, work_folder

PYTHON = sys.executable
ICGRAPH = str(Path(PYTHON).with_name("icgraph"))
ANCHOR = (
    "import sys, pyoxigraph as ox; s = ox.Store(sys.argv[2]); "
    "s.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_QUADS); s.flush(); print(len(s), file=sys.stderr)"
)


def measured(command: list[str], target: Path, repeat: int) -> list[Run]:
    runs = []
    for _ in range(repeat):
        shutil.rmtree(target, ignore_errors=True)
        run = run_measured(command)
        if run.returncode != 0:
            sys.exit(f"{' '.join(command)} failed ({run.returncode}):\n{run.stderr}")
        runs.append(run)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--jobs", nargs="+", default=["default", "1"], help="default: no --jobs (the CPU count)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per tool (medians are shown)")
    args = parser.parse_args()
    folder = work_folder()
    rows, figures = [], []
    for size in args.sizes:
        dump, _ = bench_store(size, folder)
        target = folder / "load-target"
        # interleaved would be fairer on a busy machine; runs of one tool follow each other here
        anchor = measured([PYTHON, "-c", ANCHOR, str(dump), str(target)], target, args.repeat)
        quads = int(anchor[-1].stderr.split()[-1])
        a_time = statistics.median(r.seconds for r in anchor)
        a_cpu = statistics.median(r.cpu for r in anchor)
        a_mem = statistics.median(r.peak_mb for r in anchor)
        rows.append([f"{quads:,}", "Oxigraph bulk_load (anchor)", f"{a_time:.1f} s", f"{a_cpu:.1f} s", f"{a_mem:.0f} MB", "1.0x", "1.0x", "1.0x", ""])
        for jobs in args.jobs:
            flags = [] if jobs == "default" else ["--jobs", jobs]
            runs = measured([ICGRAPH, "load", str(dump), "--store", str(target), "-q", *flags], target, args.repeat)
            summary = runs[-1].stderr.strip().splitlines()[-1]
            loaded = re.search(r"\((\d+) triples\), 0 quarantined", summary)
            if not loaded or int(loaded.group(1)) != quads:
                sys.exit(f"icgraph load did not store the {quads} quads of the anchor: {summary}")
            t = statistics.median(r.seconds for r in runs)
            c = statistics.median(r.cpu for r in runs)
            m = statistics.median(r.peak_mb for r in runs)
            figures += load_figures(size, jobs, quads, (t, a_time), (m, a_mem))
            loader = f"icgraph load (--jobs default: {cpu_count()} CPUs)" if jobs == "default" else f"icgraph load --jobs {jobs}"
            rows.append([f"{quads:,}", loader, f"{t:.1f} s", f"{c:.1f} s", f"{m:.0f} MB", f"{t / a_time:.1f}x", f"{c / a_cpu:.1f}x", f"{m / a_mem:.1f}x", summary.split(": ", 1)[-1]])
        shutil.rmtree(target, ignore_errors=True)
    record("load", figures)
    print(table(["quads", "loader", "wall time", "CPU time", "peak memory", "wall ratio (target 1.5x)", "CPU ratio", "memory ratio (target 1.5x)", "icgraph's summary"], rows))


def load_figures(size: int, jobs: str, quads: int, seconds: tuple[float, float], memory: tuple[float, float]) -> list[Figure]:
    """The figures of issue 14 for bench/report.py (see bench/results.py): (icgraph, anchor) pairs;
    `{size}-default-…` for --jobs left at its default (the headline), `{size}-jobsN-…` for --jobs N."""
    name = f"{size}-default" if jobs == "default" else f"{size}-jobs{jobs}"
    shown = f"--jobs default ({cpu_count()} CPUs)" if jobs == "default" else f"--jobs {jobs}"
    note = f"{quads:,} quads, {shown}; anchor: Oxigraph bulk_load"
    return [Figure(f"{name}-time", seconds[0], "s", seconds[1], note), Figure(f"{name}-memory", memory[0], "MB", memory[1], note)]



if __name__ == "__main__":
    main()
