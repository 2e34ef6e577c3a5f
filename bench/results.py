"""The figures a bench measured, kept as JSON for bench/report.py (imported by the benches).

A bench ends with one call:

    from results import Figure, record      # bench/results.py, next to the benches
    record("network", [Figure("100k-seconds", 3.2, "s", anchor=2.9, note="organization level")])

which merges the figures into bench/results/network.json, each with the command that measured it
(this process's command line) and when. A figure measured again replaces its earlier value; the
others stay, so a quick run at one size does not erase the figures of a longer run at another.
`anchor` is what the figure is compared with, measured in the same run and the same unit (spaCy
alone, the hand-written query, Oxigraph's bulk loader, ...); bench/report.py divides by it.
"""

from __future__ import annotations

import json
import shlex
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str = ""
    anchor: float | None = None
    note: str = ""


def command_line(argv: list[str] | None = None) -> str:
    """How to run this measurement again from the repository root ("python bench/x.py --sizes 10")."""
    script, *args = sys.argv if argv is None else argv
    path = Path(script).resolve()
    shown = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else script
    return shlex.join([".venv/bin/python", shown, *args])


def record(bench: str, figures: Iterable[Figure], *, folder: Path = RESULTS, argv: list[str] | None = None) -> Path:
    """Merge `figures` into `folder`/`bench`.json (see the module doc); returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{bench}.json"
    known = read(bench, folder=folder)
    when = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%MZ")
    command = command_line(argv)
    for figure in figures:
        known[figure.name] = {**asdict(figure), "command": command, "measured": when}
    text = json.dumps({"bench": bench, "figures": dict(sorted(known.items()))}, indent=1, ensure_ascii=False) + "\n"
    partial = target.with_suffix(".json.partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(target)
    print(f"figures written to {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}", file=sys.stderr)
    return target


def read(bench: str, *, folder: Path = RESULTS) -> dict[str, dict[str, Any]]:
    """The figures last recorded for `bench`, by name ({} when it never ran)."""
    source = folder / f"{bench}.json"
    if not source.exists():
        return {}
    return dict(json.loads(source.read_text(encoding="utf-8"))["figures"])
