"""CLI commands that fill and check the store: ingest, validate."""

from __future__ import annotations

from pathlib import Path

import click

from icgraph.check import check_store
from icgraph.cli.common import error_boundary, finish, quarantine_path, say, store_option
from icgraph.cli.progress import ProgressDisplay
from icgraph.config import Settings
from icgraph.read import READERS
from icgraph.store import open_store
from icgraph.validate import blocking


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@store_option
@click.option("--format", "fmt", type=click.Choice(sorted(READERS)), help="Force the input format (default: detect).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes for the language model.")
@click.option("--quarantine", type=click.Path(dir_okay=False, path_type=Path), help="Where items that violate a shape go (JSON Lines). Default: beside the store.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or messages; problems and the summary still.")
@error_boundary
def ingest_command(sources: tuple[str, ...], store_path: str, fmt: str | None, jobs: int, quarantine: Path | None, quiet: bool) -> None:
    """Read news items from SOURCES (files, or - for stdin) into the store.

    Items already stored under the same id are replaced. Exits 1 if any input or item could not be
    read or was quarantined; the good items are stored all the same.
    """
    from icgraph.pipeline import ingest  # here, not above: the language model's libraries load in seconds

    settings = Settings.from_env()
    quarantine = quarantine_path(store_path, quarantine)
    with open_store(store_path) as store, ProgressDisplay(quiet=quiet) as progress:
        report = ingest(sources, store, settings=settings, fmt=fmt, jobs=jobs, quarantine=quarantine, progress=progress)
    for problem in report.problems:
        say(f"error: {problem}")
    for duplicate in report.replaced:
        say(f"warning: {duplicate}")
    finish(((item.origin or item.id, issues) for item, issues in report.quarantined), "items", quarantine, report.summary(), report.ok)


@click.command("validate")
@store_option
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64), help="Threads running the shape queries.")
@click.option("--quiet", "-q", is_flag=True, help="No progress; print only the summary.")
@error_boundary
def validate_command(store_path: str, jobs: int, quiet: bool) -> None:
    """Re-check everything in the store against the SHACL shapes, one SPARQL query per constraint.

    Exits 1 on violations."""
    with open_store(store_path, read_only=True, create=False) as store, ProgressDisplay(quiet=quiet) as progress:
        issues = check_store(store, jobs=jobs, progress=progress)
    if not quiet:
        for issue in issues:
            click.echo(str(issue))
    violations = blocking(issues)
    say(f"{len(violations)} violations, {len(issues) - len(violations)} warnings and notes")
    if violations:
        raise SystemExit(1)
