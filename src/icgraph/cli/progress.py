"""Draws the progress the library reports (`icgraph.progress`) on stderr.

On a terminal each task gets a tqdm bar with count, rate and time left, and text lines go above it.
When stderr is a file or a pipe (a log, CI) bars would be noise: a plain line says how far a task
is when it starts, at most every `every` seconds while it runs, and when it ends.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO

from tqdm import tqdm

from icgraph.progress import Step


class ProgressDisplay:
    def __init__(self, *, quiet: bool = False, stream: TextIO | None = None, every: float = 10.0) -> None:
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.every = every
        self.bar: tqdm | None = None
        self.task: str | None = None
        self.started = 0.0
        self.last_line = 0.0

    def __call__(self, event: Step | str) -> None:
        if self.quiet:
            return
        if isinstance(event, str):
            self.say(event)
        elif self.stream.isatty():
            self._draw(event)
        else:
            self._line(event)

    def say(self, text: str) -> None:
        """A line of text, above the bar if one is drawn."""
        if self.bar is not None:
            self.bar.write(text, file=self.stream)
        else:
            print(text, file=self.stream, flush=True)

    def _draw(self, step: Step) -> None:
        if self.bar is None or step.task != self.task:
            self.close()
            self.task = step.task
            self.bar = tqdm(total=step.total, desc=step.task, unit=f" {step.unit}", file=self.stream, dynamic_ncols=True)
        self.bar.update(step.done - self.bar.n)
        if step.done >= step.total:
            self.close()

    def _line(self, step: Step) -> None:
        now = time.monotonic()
        if step.task != self.task:
            self.task, self.started, self.last_line = step.task, now, 0.0
        finished = step.done >= step.total
        if step.done and not finished and now - self.last_line < self.every:
            return
        self.last_line = now
        elapsed = now - self.started
        rate = f", {step.done / elapsed:.1f} {step.unit}/s" if step.done and elapsed > 0 else ""
        print(f"{step.task}: {step.done}/{step.total} {step.unit}{rate}", file=self.stream, flush=True)
        if finished:
            self.task = None

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        self.bar, self.task = None, None

    def __enter__(self) -> ProgressDisplay:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()
