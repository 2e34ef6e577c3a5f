"""One table of the performance figures of issue 14: target, measured, anchor, ratio, met?

    .venv/bin/python bench/report.py                    # the figures the benches last recorded
    .venv/bin/python bench/report.py --run quick        # first rerun the quick benches (a minute or two)
    .venv/bin/python bench/report.py --run network load # first rerun these benches (see RUNS)
    .venv/bin/python bench/report.py --run all          # every bench, one after the other (about an hour)

Each bench keeps its figures in bench/results/NAME.json (bench/results.py) with the command that
measured them and when; this script reads them and prints a Markdown table on stdout. The anchor
of a figure was measured in the same run as the figure (spaCy alone, the hand-written query,
Oxigraph's bulk loader, streaming the participation quads); "before" is the figure issue 14 started
from. A figure no bench has recorded shows as "not measured" with the command that measures it.
Exit code 1 when a bench run by --run fails, else 0.
"""

from __future__ import annotations

import argparse
import fnmatch
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from results import ROOT, RESULTS, read

BENCH = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Target:
    figure: str
    bench: str
    name: str  # the figure's name in bench/results/BENCH.json; a pattern (fnmatch) gives a row per match
    on: str  # what the limit applies to: "value", "ratio" (value / anchor) or "speed-up" (anchor / value)
    limit: float
    at_most: bool = True
    before: str = ""
    args: tuple[str, ...] | None = None  # of the bench command that measures it, when not the last of RUNS[bench]

    @property
    def goal(self) -> str:
        sign = "≤" if self.at_most else "≥"
        unit = {"value": "", "ratio": "× the anchor", "speed-up": "× faster than the anchor"}[self.on]
        return f"{sign} {self.limit:g}{unit}"

    def met(self, figure: dict[str, Any]) -> bool | None:
        measured = compared(figure, self.on)
        if measured is None:
            return None
        return measured <= self.limit if self.at_most else measured >= self.limit


TARGETS = (
    Target("ingest: the pipeline around spaCy, 1 process (s)", "ingest", "around-spacy", "ratio", 0.35, before="1.01×"),
    Target("ingest: --jobs 2 against 1 process (s)", "ingest", "jobs2", "speed-up", 1.8, at_most=False, before="1.57×"),
    Target("ingest: is 1.8× within the host's reach? two processes of spaCy alone at once vs one (s; context of --jobs 2, not a target of its own)", "ingest", "host-bound-jobs2",
           "speed-up", 1.8, at_most=False, args=("--items", "600", "--repeat", "3")),
    Target("ingest: SHACL per item (ms)", "ingest", "shacl-per-item", "value", 5, before="26 ms"),
    Target("validate: SHACL per busy synthetic item (ms)", "validate", "per-item", "value", 5, args=()),
    Target("resolve: feed to 50k entities, last vs first slice", "resolve", "feed-50000", "ratio", 1.25, before="grows with the graph"),
    Target("resolve: one batch, 50k vs 0 known entities (ms)", "resolve", "batch-50000", "ratio", 1.25, before="7.1 s vs 13 ms (546×)"),
    Target("queries: slowest saved query vs hand-written, 1M on disk", "queries", "worst-1000000", "ratio", 2, before="7×"),
    Target("queries: full who-met-whom, 1M on disk (s)", "queries", "who-met-whom-1000000", "value", 1, before="2.0 s"),
    Target("validate: whole store, 1M triples (s)", "validate", "whole-1000000-jobs*-time", "value", 60, before="143 s"),
    Target("validate: whole store, 1M triples, peak memory (GB)", "validate", "whole-1000000-jobs*-memory", "value", 1, before="2.25 GB"),
    Target("network: organization network, 100k actors (s)", "network", "100000-organization", "value", 5, before="25.6 s (6.4× the anchor)"),
    Target("network: the same with the occasion details of every tie, as export and draw read them (s)", "network",
           "100000-organization-details", "value", 5, before="25.6 s"),
    Target("network: the same without details, then a path with its ties' occasions, as network path reads them (s)", "network",
           "100000-organization-path", "value", 5),
    Target("network: person network, 100k actors (s)", "network", "100000-person", "value", 5),
    Target("network: the same with the occasion details of every tie, as export and draw read them (s)", "network",
           "100000-person-details", "value", 5),
    Target("network: the same without details, then a path with its ties' occasions, as network path reads them (s)", "network",
           "100000-person-path", "value", 5),
    Target("load: icgraph load vs Oxigraph, 1M quads (s)", "load", "1000000-*-time", "ratio", 1.5, before="3.2×"),
    Target("load: icgraph load vs Oxigraph, 1M quads, peak memory (MB)", "load", "1000000-*-memory", "ratio", 1.5, before="1.8×"),
)

# The commands that measure the figures above (arguments of bench/NAME.py), in the order --run all takes.
RUNS: dict[str, list[list[str]]] = {
    "validate": [[], ["--store-sizes", "1000000"]],
    "resolve": [[]],
    "network": [["--sizes", "100000"]],
    "load": [["--sizes", "1000000"]],
    "queries": [["--sizes", "1000000"]],
    "ingest": [[]],
}
QUICK: dict[str, list[list[str]]] = {"validate": [[]], "resolve": [["--skip-feed"]]}


def compared(figure: dict[str, Any], on: str) -> float | None:
    value, anchor = figure["value"], figure.get("anchor")
    if on == "value":
        return value
    if not anchor or not value:
        return None
    return value / anchor if on == "ratio" else anchor / value


def amount(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit in ("s", "GB"):
        return f"{value:.2f} {unit}"
    if unit in ("ms", "MB") or unit.endswith("ms/item"):
        return f"{value:,.1f} {unit}" if value < 100 else f"{value:,.0f} {unit}"
    return f"{value:.3g} {unit}".rstrip()


def rows(folder: Path = RESULTS) -> list[list[str]]:
    table = []
    for target in TARGETS:
        recorded = read(target.bench, folder=folder)
        matches = [recorded[name] for name in sorted(recorded) if fnmatch.fnmatchcase(name, target.name)]
        if not matches:
            args = RUNS[target.bench][-1] if target.args is None else target.args
            command = " ".join([".venv/bin/python", f"bench/{target.bench}.py", *args])
            table.append([target.figure, target.goal, target.before, "not measured", "", "", "—", f"`{command}`"])
        for figure in matches:
            ratio = compared(figure, "speed-up" if target.on == "speed-up" else "ratio")
            met = target.met(figure)
            label = f"{target.figure} [{figure['note']}]" if figure.get("note") else target.figure
            table.append([
                label,
                target.goal,
                target.before,
                amount(figure["value"], figure["unit"]),
                amount(figure.get("anchor"), figure["unit"]),
                "" if ratio is None else f"{ratio:.2f}×",
                {True: "yes", False: "NO", None: "—"}[met],
                f"`{figure['command']}` ({figure['measured']})",
            ])
    return table


def markdown(header: Sequence[str], body: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in body]
    return "\n".join(lines)


def run(benches: dict[str, list[list[str]]]) -> bool:
    """Run each command (a fresh process, one at a time); False when one fails."""
    ok = True
    for bench, commands in benches.items():
        for arguments in commands:
            command = [sys.executable, str(BENCH / f"{bench}.py"), *arguments]
            print(f"running {' '.join(['bench/' + bench + '.py', *arguments])} ...", file=sys.stderr, flush=True)
            done = subprocess.run(command, cwd=ROOT, stdout=sys.stderr)
            if done.returncode != 0:
                print(f"bench/{bench}.py {' '.join(arguments)} failed (exit {done.returncode})", file=sys.stderr)
                ok = False
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", nargs="+", metavar="BENCH", choices=["quick", "all", *RUNS],
                        help="rerun these benches first: quick, all, or names among " + ", ".join(RUNS))
    args = parser.parse_args(argv)
    ok = True
    if args.run:
        chosen = set(args.run)
        if "all" in chosen:
            ok = run(RUNS)
        else:
            selected = {bench: RUNS[bench] for bench in RUNS if bench in chosen}
            if "quick" in chosen:
                selected = {**{bench: commands for bench, commands in QUICK.items() if bench not in selected}, **selected}
            ok = run(selected)
    print(markdown(["figure", "target", "before (issue 14)", "measured", "anchor", "ratio", "met?", "command (when, UTC)"], rows()))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
