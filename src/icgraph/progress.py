"""How long tasks report their progress. The library only reports; the CLI draws
(`icgraph.cli.progress`), and a notebook may pass any callable.

A task calls its `progress` callable with a `Step` as work advances (first with `done=0`) and with
a line of text for anything else worth saying while it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """`done` of `total` `unit` (items, graphs) of `task` are finished."""

    task: str
    done: int
    total: int
    unit: str


Progress = Callable[[Step | str], None]

__all__ = ["Progress", "Step"]
