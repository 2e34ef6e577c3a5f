"""Progress as users see it: a bar with count, rate and time left on a terminal, plain lines in a
log, nothing with -q; the library only reports `Step`s and text."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

from click.testing import CliRunner

from icgraph.check import compiled_checks
from icgraph.cli import cli
from icgraph.cli.progress import ProgressDisplay
from icgraph.progress import Step
from icgraph.store import open_store

from facts_fixture import B, graphs


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_bar_with_count_rate_and_time_left() -> None:
    screen = Terminal()
    with ProgressDisplay(stream=screen) as show:
        for done in range(0, 5):
            show(Step("push", done, 4, "graphs"))
    assert "push: 100%" in screen.getvalue()
    assert "4/4 [" in screen.getvalue() and "graphs/s]" in screen.getvalue()
    assert "<" in screen.getvalue()  # elapsed<remaining


def test_a_log_gets_a_line_at_the_start_and_the_end_not_one_per_step() -> None:
    log = io.StringIO()
    with ProgressDisplay(stream=log, every=3600) as show:
        show("read 300 items")
        for done in range(0, 301, 25):
            show(Step("ingest", done, 300, "items"))
    lines = log.getvalue().splitlines()
    assert lines[:2] == ["read 300 items", "ingest: 0/300 items"]
    assert len(lines) == 3 and lines[2].startswith("ingest: 300/300 items, ") and lines[2].endswith(" items/s")


def test_quiet_shows_nothing() -> None:
    log = Terminal()
    with ProgressDisplay(stream=log, quiet=True) as show:
        show("loading")
        show(Step("ingest", 1, 2, "items"))
    assert log.getvalue() == ""


def test_validate_draws_a_bar_on_a_real_terminal(tmp_path: Path) -> None:
    with open_store(tmp_path / "store", base=B) as store:
        store.replace_graphs(graphs())
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    icgraph = Path(sys.executable).with_name("icgraph")
    try:
        finished = subprocess.run([str(icgraph), "validate", "--store", str(tmp_path / "store")],
                                  stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=terminal, timeout=120)
        os.close(terminal)
        screen = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            screen += chunk
    finally:
        os.close(controller)
    text = screen.decode("utf-8", "replace")
    assert finished.returncode in (0, 1), text
    checks = len(compiled_checks())  # validate counts its queries
    assert "validate: 100%" in text and f"{checks}/{checks} [" in text and "checks/s]" in text
    assert "violations" in text


def test_quiet_ingest_prints_each_problem_once_and_the_summary(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{broken\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", "-q", "--store", str(tmp_path / "store"), str(broken)])
    assert result.exit_code == 1
    problem, summary = result.stderr.splitlines()
    assert problem.startswith(f"error: {broken} line 1: malformed JSON")
    assert summary == "0 items read, 0 stored, 0 quarantined, 1 problems"
