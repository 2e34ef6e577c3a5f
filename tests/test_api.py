"""The public surface: the names a notebook user imports, and a documented CLI."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

import icgraph
from icgraph.cli import cli


@pytest.mark.parametrize("name", icgraph.__all__)
def test_every_public_name_is_importable_from_the_package(name):
    value = getattr(icgraph, name)
    assert callable(value)
    assert value.__name__ == name


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        icgraph.nope  # noqa: B018


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()):
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


@pytest.mark.parametrize("path", [path for path, _ in all_commands(cli)], ids=" ".join)
def test_every_command_has_help(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output
    command = dict(all_commands(cli))[path]
    assert command.help and len(command.help.strip()) > 20


def test_an_unknown_command_is_a_usage_error():
    result = CliRunner().invoke(cli, ["frobnicate"])
    assert result.exit_code == 2
