"""The command group: every command is found under its name, and a command loads only what it needs."""

from __future__ import annotations

import subprocess
import sys

import click
from click.testing import CliRunner

from icgraph.cli import COMMANDS, cli


def test_every_command_is_found_under_its_name() -> None:
    context = click.Context(cli)
    for name in COMMANDS:
        command = cli.get_command(context, name)
        assert command is not None and command.name == name


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    listed = {line.split()[0] for line in result.output.split("Commands:")[1].splitlines() if line.strip()}
    assert listed == set(COMMANDS)


def test_an_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["quer"])
    assert result.exit_code == 2
    assert "No such command 'quer'" in result.output


def test_a_query_does_not_load_the_language_pipeline_or_the_validator() -> None:
    probe = (
        "import sys, click\n"
        "from icgraph.cli import cli\n"
        "cli.get_command(click.Context(cli), 'query')\n"
        "print(sorted(name for name in ('spacy', 'pyshacl', 'networkx') if name in sys.modules))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
