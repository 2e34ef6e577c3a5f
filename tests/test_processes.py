"""Processes under faults: an ingest killed (`kill -9`) at any point leaves a store that opens,
holds only whole items and converges on re-ingest; its workers do not outlive it; a second
writer is told who holds the lock; reading commands never create a store."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from icgraph.cli import cli
from icgraph.config import Settings
from icgraph.pipeline import ingest
from icgraph.store import open_store

SHARED = Path(__file__).resolve().parents[2] / "shared"
ICGRAPH = str(Path(sys.executable).parent / "icgraph")
KILLS_PER_JOBS = int(os.environ.get("FAULT_KILLS", "2"))  # raise by hand for a longer fault run
ITEMS = 50  # two batches of the pipeline
# The library's ingest in a process of its own, saying on stderr each time a batch is stored (the
# CLI's plain progress lines are spaced in time, not by batch).
INGEST = """
import sys
from icgraph.pipeline import ingest
from icgraph.store import open_store
store, jobs, source = sys.argv[1:]
with open_store(store) as target:
    ingest([source], target, jobs=int(jobs), progress=lambda event: print(event, file=sys.stderr, flush=True))
"""


def children(pid: int) -> set[int]:
    found = set()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except (OSError, ValueError):
            continue
        if fields.get("PPid", "").strip() == str(pid):
            found.add(int(status.parent.name))
    return found


def descendants(pid: int) -> set[int]:
    """Children, their children and so on (where processes cannot be forked, ingest's workers are
    started by multiprocessing's helper processes)."""
    found, frontier = set(), {pid}
    while frontier:
        frontier = set().union(*(children(parent) for parent in frontier)) - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in state


def wait_until_gone(pids: set[int], seconds: float = 60) -> set[int]:
    deadline = time.monotonic() + seconds
    while (left := {pid for pid in pids if alive(pid)}) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


def dump(path: Path) -> dict[str, set[str]]:
    """Each named graph's N-Triples lines."""
    with open_store(path, read_only=True) as store:
        return {str(name): {" ".join(t.n3() for t in triple) for triple in store.graph(name)} for name in store.graph_names()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    lines = [line for name in ("dev-news.jsonl", "dev-news-2.jsonl") for line in (SHARED / "corpus" / name).read_text(encoding="utf-8").splitlines() if line.strip()][:ITEMS]
    source = folder / "news.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source, len(lines)


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory, nlp):
    source, count = corpus
    path = tmp_path_factory.mktemp("clean") / "store"
    with open_store(path) as store:
        report = ingest([source], store, settings=Settings(), nlp=nlp)
    assert report.ok and report.items_stored == count
    return dump(path)


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_ingest_killed_at_random_points_loses_nothing(corpus, clean, tmp_path, jobs, nlp):
    source, count = corpus
    chance = random.Random(1100 + jobs)
    for kill in range(KILLS_PER_JOBS):
        store = tmp_path / f"store-{kill}"
        process = subprocess.Popen([sys.executable, "-c", INGEST, str(store), str(jobs), str(source)], stderr=subprocess.PIPE, text=True)
        progress_lines = chance.randint(2, 3)  # "read N items", Step 0, then a Step per stored batch of 25
        for _ in range(progress_lines):
            if not process.stderr.readline():
                break
        time.sleep(chance.uniform(0, 1.5))
        workers = descendants(process.pid)
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stderr.close()
        assert not wait_until_gone(workers), "workers outlived the killed ingest"
        if not (store / "CURRENT").exists():
            continue  # killed before the store was created
        partial = dump(store)
        items = [name for name in partial if "/graph/item/" in name]
        print(f"jobs {jobs} kill {kill}: {len(items)} of {count} items stored when killed")
        for name in items:  # only whole items, each exactly as a clean ingest writes it
            assert partial[name] == clean[name], name
        with open_store(store) as target:
            report = ingest([source], target, settings=Settings(), nlp=nlp)
        assert report.ok and report.items_stored == count
        assert dump(store) == clean


def test_workers_exit_when_their_parent_is_killed(corpus, tmp_path):
    source, _ = corpus
    process = subprocess.Popen([ICGRAPH, "ingest", "--jobs", "2", "--store", str(tmp_path / "s"), str(source)], stderr=subprocess.PIPE, text=True)
    process.stderr.readline()  # items read: the pool starts now
    deadline = time.monotonic() + 60
    # the two workers it forks once it has loaded the language model
    while len(descendants(process.pid)) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.1)
    workers = descendants(process.pid)
    assert len(workers) >= 2
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stderr.close()
    assert not wait_until_gone(workers)


def test_the_lock_message_names_the_process_that_holds_it(tmp_path):
    store = tmp_path / "store"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import sys, pyoxigraph; s = pyoxigraph.Store({str(store)!r}); print('open', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        source = tmp_path / "one.jsonl"
        source.write_text('{"id": "a", "text": "The Minister met the Ambassador of Chile on 2 May 2024."}\n')
        result = CliRunner().invoke(cli, ["ingest", "--store", str(store), str(source)])
    finally:
        holder.stdin.close()
        holder.wait()
        holder.stdout.close()
    assert result.exit_code == 1
    assert f"locked by process {holder.pid} (" in result.stderr
    assert "icgraph serve" not in result.stderr.split("(reading")[0]


@pytest.mark.parametrize("command", [["validate"], ["query", "who-met-whom"], ["stats"], ["export"], ["explain", "X"], ["network", "summary"]])
def test_reading_commands_on_a_missing_store_fail_without_creating_it(tmp_path, command):
    missing = tmp_path / "mistyped-store"
    result = CliRunner().invoke(cli, [*command, "--store", str(missing)])
    assert result.exit_code == 1, result.output
    assert "no store at" in result.stderr
    assert not missing.exists()
