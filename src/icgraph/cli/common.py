"""Options and error handling shared by every command."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click

from icgraph.config import Settings
from icgraph.errors import IcgraphError

F = TypeVar("F", bound=Callable[..., Any])


def say(message: str) -> None:
    """A message for the user: stderr, so that stdout carries only data."""
    click.echo(message, err=True)


def quarantine_path(store_path: str, given: Path | None) -> Path:
    """Where quarantined items or graphs go: the path given, else beside the store."""
    return given or Path(f"{store_path.rstrip('/')}.quarantine.jsonl")


def finish(quarantined: Iterable[tuple[str, Iterable[object]]], what: str, quarantine: Path, summary: str, ok: bool) -> None:
    """Say what was quarantined and where, then the summary; exit 1 unless the run was clean."""
    listed = False
    for name, issues in quarantined:
        listed = True
        for issue in issues:
            say(f"quarantined: {name}: {issue}")
    if listed:
        say(f"quarantined {what} written to {quarantine}")
    say(summary)
    if not ok:
        raise SystemExit(1)


class ReportedError(click.ClickException):
    """An IcgraphError shown as one line on stderr with the error's own exit code."""

    def __init__(self, error: IcgraphError) -> None:
        super().__init__(str(error))
        self.exit_code = error.exit_code


def error_boundary(func: F) -> F:
    """Turn library errors into one-line messages and exit codes; a closed pipe is not an error."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except IcgraphError as error:
            raise ReportedError(error) from error
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)

    return wrapper  # type: ignore[return-value]


def store_option(func: F) -> F:
    return click.option(
        "--store",
        "store_path",
        default=lambda: Settings.from_env().store,
        show_default="./icgraph-store or $ICGRAPH_STORE",
        type=click.Path(file_okay=False),
        help="Directory of the embedded store.",
    )(func)


def base_option(func: F) -> F:
    return click.option(
        "--base",
        default=lambda: Settings.from_env().base,
        show_default="$ICGRAPH_BASE or https://w3id.org/icgraph/",
        help="Base IRI under which entity, event and item IRIs are minted.",
    )(func)
