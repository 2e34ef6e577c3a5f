"""Exit codes as the README states them: 2 for a usage error of any command (one table covers every
command), 1 for a failure or invalid data; a one-line message on stderr, never a traceback."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from icgraph.cli import cli
from icgraph.store import open_store

from facts_fixture import B, graphs

# (command path, arguments after it, words the message must contain); {store} and {tmp} are filled in.
USAGE_ERRORS = [
    ("", ["no-such-command"], "No such command"),
    ("ingest", [], "Missing argument"),
    ("ingest", ["--format", "pdf", "x.txt"], "Invalid value for '--format'"),
    ("ingest", ["--jobs", "0", "x.txt"], "Invalid value for '--jobs'"),
    ("validate", ["--no-such-option"], "No such option"),
    ("validate", ["--jobs", "0", "--store", "{store}"], "Invalid value for '--jobs'"),
    ("load", [], "Missing argument"),
    ("load", ["-", "--store", "{tmp}/load-store"], "pass --format"),
    ("load", ["{tmp}/dump.xyz", "--store", "{tmp}/load-store"], "cannot tell the format"),
    ("load", ["{tmp}/people.nt", "--store", "{tmp}/load-store"], "pass --graph"),
    ("query", [], "Missing argument"),
    ("query", ["no-such-query", "--store", "{store}"], "unknown query 'no-such-query'"),
    ("query", ["{tmp}/missing.rq", "--store", "{store}"], "no query file"),
    ("query", ["meetings-of", "--store", "{store}"], "needs --param entity="),
    ("query", ["who-met-whom", "-p", "nobody=1", "--store", "{store}"], "has no parameter nobody"),
    ("query", ["who-met-whom", "-p", "since", "--store", "{store}"], "is not name=value"),
    ("query", ["meetings-of", "-p", "entity=id/organization/icesco", "-p", "since=last-year", "--store", "{store}"], "parameter since: 'last-year' is not a valid date"),
    ("query", ["meetings-of", "-p", "entity=not an iri", "--store", "{store}"], "parameter entity"),
    ("query", ["who-met-whom", "--format", "turtle", "--store", "{store}"], "rows are written as"),
    ("query", ["who-met-whom", "--format", "xml", "--store", "{store}"], "Invalid value for '-f' / '--format'"),
    ("query", ["-", "-p", "entity=x", "--store", "{store}"], "parameters are for saved queries"),
    ("queries", ["--format", "xml"], "Invalid value for '-f' / '--format'"),
    ("stats", ["--format", "xml", "--store", "{store}"], "Invalid value for '-f' / '--format'"),
    ("export", ["--format", "rdfxml", "--store", "{store}"], "Invalid value for '-f' / '--format'"),
    ("push", ["--store", "{store}"], "Missing option '--endpoint'"),
    ("push", ["--endpoint", "notaurl", "--store", "{store}"], "Invalid value for '--endpoint'"),
    ("push", ["--endpoint", "http://127.0.0.1:9/sparql", "--timeout", "0", "--store", "{store}"], "Invalid value for '--timeout'"),
    ("stats", ["--endpoint", "ftp://127.0.0.1/sparql"], "Invalid value for '--endpoint'"),
    ("export", ["--endpoint", "http://127.0.0.1:port/query"], "Invalid value for '--endpoint'"),
    ("query", ["who-met-whom", "--endpoint", "http://127.0.0.1:9/sparql", "--update-endpoint", "update"], "Invalid value for '--update-endpoint'"),
    ("serve", ["--port", "70000", "--store", "{store}"], "Invalid value for '--port'"),
    ("explain", [], "Missing argument"),
    ("explain", ["ICESCO", "--format", "xml", "--store", "{store}"], "Invalid value for '--format'"),
    ("evaluate", ["{tmp}/corpus.txt"], "Missing option '--gold'"),
    ("evaluate", ["--gold", "{tmp}/gold.json", "--min", "beauty=1", "{tmp}/corpus.txt"], "expected FIGURE=VALUE"),
    ("network", ["no-such-analysis"], "No such command"),
    ("network summary", ["--level", "galaxy", "--store", "{store}"], "Invalid value for '--level'"),
    ("network central", ["--by", "fame", "--store", "{store}"], "Invalid value for '--by'"),
    ("network communities", ["--resolution", "high", "--store", "{store}"], "Invalid value for '--resolution'"),
    ("network path", ["ICESCO", "--store", "{store}"], "Missing argument"),
    ("network ego", ["--store", "{store}"], "Missing argument"),
    ("network summary", ["--depth", "1", "--store", "{store}"], "--depth needs --around"),
    ("network export", ["--store", "{store}"], "give --format when writing to stdout"),
    ("network export", ["-o", "{tmp}/partners.xyz", "--store", "{store}"], "cannot tell the export format"),
    ("network export", ["--format", "pdf", "--store", "{store}"], "Invalid value for '--format'"),
    ("draw", ["--store", "{store}"], "give --html FILE"),
]

# Failures and invalid data: exit 1.
FAILURES = [
    ("query", ["who-met-whom", "--store", "{tmp}/no-store"], "no store at"),
    ("validate", ["--store", "{tmp}/no-store"], "no store at"),
    ("explain", ["Nobody at all", "--store", "{store}", "--base", B], "no entity or event named"),
    ("ingest", ["--store", "{tmp}/new-store", "{tmp}/corpus.txt"], "empty input"),
    ("load", ["{tmp}/missing.nq", "--store", "{tmp}/load-store"], "cannot read"),
    ("network path", ["ICESCO", "Nobody at all", "--store", "{store}"], "no actor 'Nobody at all'"),
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("usage")
    with open_store(tmp / "store", base=B) as store:
        store.replace_graphs(graphs())
    (tmp / "gold.json").write_text('{"articles": []}', encoding="utf-8")
    (tmp / "corpus.txt").write_text("", encoding="utf-8")
    return tmp


def invoke(folder: Path, command: str, args: list[str]):
    filled = [arg.format(store=folder / "store", tmp=folder) for arg in args]
    return CliRunner().invoke(cli, [*command.split(), *filled], input="")


@pytest.mark.parametrize(("command", "args", "message"), USAGE_ERRORS, ids=[f"{c or 'icgraph'}: {m}" for c, _, m in USAGE_ERRORS])
def test_usage_errors_exit_2_with_a_message(folder: Path, command: str, args: list[str], message: str) -> None:
    result = invoke(folder, command, args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr


@pytest.mark.parametrize(("command", "args", "message"), FAILURES, ids=[f"{c}: {m}" for c, _, m in FAILURES])
def test_failures_and_invalid_data_exit_1(folder: Path, command: str, args: list[str], message: str) -> None:
    result = invoke(folder, command, args)
    assert result.exit_code == 1, result.output
    assert message in result.stderr and "Traceback" not in result.stderr


def command_paths(group: click.Group, prefix: str = "") -> set[str]:
    paths = set()
    for name, command in group.commands.items():
        path = f"{prefix}{name}"
        paths.add(path)
        if isinstance(command, click.Group):
            paths |= command_paths(command, f"{path} ")
    return paths


def test_the_table_covers_every_command() -> None:
    assert command_paths(cli) <= {command for command, _, _ in USAGE_ERRORS}
