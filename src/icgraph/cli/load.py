"""CLI command that bulk-loads an RDF dump: load."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from icgraph.cli.common import error_boundary, finish, quarantine_path, store_option
from icgraph.cli.progress import ProgressDisplay
from icgraph.load import LOAD_FORMATS, TRIPLE_FORMATS, cpu_count, guess_format, load_dump
from icgraph.store import open_store


@click.command("load")
@click.argument("source")
@store_option
@click.option("--format", "fmt", type=click.Choice(sorted(LOAD_FORMATS)), help="Format of SOURCE (default: from its suffix .nq .trig .nt .ttl; required for -).")
@click.option("--graph", help="Named graph for the triples of an N-Triples or Turtle file.")
@click.option("--quarantine", type=click.Path(dir_okay=False, path_type=Path), help="Where graphs that violate a shape go (JSON Lines). Default: beside the store.")
@click.option("--jobs", "-j", default=lambda: min(cpu_count(), 64), show_default=f"the CPU count, {cpu_count()} here", type=click.IntRange(1, 64), help="Threads running the shape queries; the bulk loader takes the dump in as many parts side by side.")
@click.option("--quiet", "-q", is_flag=True, help="No progress; problems and the summary still.")
@error_boundary
def load_command(source: str, store_path: str, fmt: str | None, graph: str | None, quarantine: Path | None, jobs: int, quiet: bool) -> None:
    """Bulk-load the RDF dump SOURCE (a file, or - for stdin) into the store.

    Each named graph is checked against the shapes; graphs with violations are reported, written to
    the quarantine file and not loaded. Exits 1 on a dump that does not parse (nothing is loaded) or
    when a graph was quarantined.
    """
    fmt = fmt or (None if source == "-" else guess_format(source))
    if fmt is None:
        raise click.UsageError("cannot tell the format of SOURCE from its name: pass --format")
    if fmt in TRIPLE_FORMATS and not graph:
        raise click.UsageError(f"{fmt} has no named graphs: pass --graph IRI for its triples")
    quarantine = quarantine_path(store_path, quarantine)
    stream = sys.stdin.buffer if source == "-" else Path(source)
    name = "<stdin>" if source == "-" else source
    with open_store(store_path) as store, ProgressDisplay(quiet=quiet) as progress:
        report = load_dump(stream, store, fmt=fmt, graph=graph, name=name, quarantine=quarantine, jobs=jobs, progress=progress)
    finish(((str(name), issues) for name, issues in report.quarantined), "graphs", quarantine, report.summary(), report.ok)
