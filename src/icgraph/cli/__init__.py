"""The `icgraph` command line: a thin layer over the library. Only this package imports click."""

from __future__ import annotations

import click

from icgraph.cli import evaluate, ingest, load, network, query

COMMAND_MODULES = (ingest, load, query, network, evaluate)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="icgraph")
def cli() -> None:
    """Build and question a knowledge graph of institutional news."""


for _module in COMMAND_MODULES:
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    cli(prog_name="icgraph")  # the same name in messages when started as `python -m icgraph`
