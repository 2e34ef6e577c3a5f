"""The `icgraph` command line: a thin layer over the library. Only this package imports click."""

from __future__ import annotations

import importlib

import click

# Each command's module is imported only when that command runs (or help lists it), so a quick
# `icgraph query` does not pay for spaCy, pySHACL and NetworkX. Name -> "module:attribute".
COMMANDS = {
    "ingest": "icgraph.cli.ingest:ingest_command",
    "validate": "icgraph.cli.ingest:validate_command",
    "load": "icgraph.cli.load:load_command",
    "query": "icgraph.cli.query:query_command",
    "queries": "icgraph.cli.query:queries_command",
    "stats": "icgraph.cli.query:stats_command",
    "export": "icgraph.cli.query:export_command",
    "push": "icgraph.cli.query:push_command",
    "serve": "icgraph.cli.query:serve_command",
    "network": "icgraph.cli.network:network_group",
    "draw": "icgraph.cli.network:draw_command",
    "evaluate": "icgraph.cli.evaluate:evaluate_command",
    "explain": "icgraph.cli.evaluate:explain_command",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use (click's documented lazy-loading pattern)."""

    def __init__(self, *args: object, lazy_commands: dict[str, str], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy_commands = lazy_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.lazy_commands:
            return super().get_command(ctx, cmd_name)
        module_name, attribute = self.lazy_commands[cmd_name].split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command) or command.name != cmd_name:
            raise RuntimeError(f"{self.lazy_commands[cmd_name]} is not the command {cmd_name!r}")
        return command


@click.group(cls=LazyGroup, lazy_commands=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="icgraph")
def cli() -> None:
    """Build and question a knowledge graph of institutional news."""


def main() -> None:
    cli(prog_name="icgraph")  # the same name in messages when started as `python -m icgraph`
