"""Queries with real limits: each runs in a worker process (`icgraph.worker`) that is killed at its
deadline and whose memory is capped, with a cap on how many run at once.

    pool = WorkerPool("icgraph-store", Limits(timeout=30, memory_mb=1024), workers=2)
    reply = pool.run({"query": "SELECT …", "accept": "text/csv"})    # ("http", media, body)
    with BoundedStore(pool) as store:                                  # for run_query / run_sparql
        rows = run_query(store, "who-met-whom").rows

Oxigraph cannot cancel a query from Python; killing the process that runs it is what stops the
CPU and frees the memory. Workers are reused between queries and replaced when killed.
"""

from __future__ import annotations

import queue
import select
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from icgraph.bindings import bind_values
from icgraph.errors import QueryError, StoreError
from icgraph.store import SelectResult, Stats, _compute_stats, _syntax_error, check_syntax
from icgraph.worker import read_frame, write_frame

DEFAULT_TIMEOUT = 30.0
DEFAULT_MEMORY_MB = 1024


@dataclass(frozen=True)
class Limits:
    """Per query: seconds before its worker is killed, and the ceiling of its worker's heap (MiB).
    None means no limit."""

    timeout: float | None = DEFAULT_TIMEOUT
    memory_mb: int | None = DEFAULT_MEMORY_MB


class QueryStopped(QueryError):
    """The query was stopped by a limit (time or memory); the server answers 503."""


class QueryTimeout(QueryStopped):
    pass


class QueryMemoryExceeded(QueryStopped):
    pass


class Busy(QueryError):
    """Every worker is busy and none freed up in time; the server answers 503 with Retry-After."""


class NotAcceptable(QueryError):
    pass


class _WorkerDied(Exception):
    pass


class _Worker:
    def __init__(self, store: Path, memory_mb: int | None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "icgraph.worker", str(store), str(memory_mb or 0)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            close_fds=True,
        )
        self.busy_since: float | None = None

    @property
    def pid(self) -> int:
        return self.process.pid

    def call(self, request: dict, deadline: float | None) -> tuple[tuple, float]:
        assert self.process.stdin is not None and self.process.stdout is not None
        try:
            write_frame(self.process.stdin, request)
        except (BrokenPipeError, OSError):
            raise _WorkerDied() from None
        fd = self.process.stdout.fileno()
        while True:
            wait = None if deadline is None else deadline - time.monotonic()
            if wait is not None and wait <= 0:
                raise TimeoutError()
            ready, _, _ = select.select([fd], [], [], wait)
            if ready:
                break
        message = read_frame(self.process.stdout)
        if message is None:
            raise _WorkerDied()
        return message  # type: ignore[return-value]

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass

    def died_of(self) -> int | None:
        return self.process.wait()


class _Spawner:
    """Starts the workers from one thread that lives as long as the pool: Linux sends a worker its
    parent-death signal when the *thread* that started it ends, so not from a request's thread."""

    def __init__(self) -> None:
        self._requests: queue.Queue = queue.Queue()
        self._lock = threading.Lock()
        self._stopped = False
        threading.Thread(target=self._loop, daemon=True, name="icgraph-worker-spawner").start()

    def _loop(self) -> None:
        while True:
            job = self._requests.get()
            if job is None:
                return
            (store, memory_mb), box = job
            try:
                box.put(_Worker(store, memory_mb))
            except OSError as error:
                box.put(error)

    def start(self, store: Path, memory_mb: int | None) -> _Worker:
        box: queue.Queue = queue.Queue(maxsize=1)
        with self._lock:
            if self._stopped:
                raise StoreError("the query workers are shut down")
            self._requests.put(((store, memory_mb), box))
        started = box.get()
        if isinstance(started, OSError):
            raise StoreError(f"cannot start a query worker: {started}")
        return started

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            self._requests.put(None)  # after every start already asked for


class WorkerPool:
    """Up to `workers` queries at once over the store at `store`, each in its own worker process.

    A query waits at most `queue_wait` seconds for a free worker, then `Busy` is raised.
    """

    def __init__(self, store: str | Path, limits: Limits = Limits(), *, workers: int = 2, queue_wait: float = 5.0) -> None:
        self.store = Path(store)
        if not (self.store / "CURRENT").exists():
            raise StoreError(f"no store at {self.store} (run `icgraph ingest` first, or pass --store DIR)")
        self.limits = limits
        self.size = max(1, workers)
        self.queue_wait = queue_wait
        self._slots = threading.BoundedSemaphore(self.size)
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._spawner = _Spawner()

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> "WorkerPool":
        """Start every worker now rather than on first use."""
        with self._lock:
            while len(self._idle) + len(self._busy) < self.size:
                self._idle.append(self._spawner.start(self.store, self.limits.memory_mb))
        return self

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = self._idle + list(self._busy)
            self._idle = []
        self._spawner.stop()
        for worker in workers:
            worker.kill()

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def pids(self) -> dict[int, float | None]:
        """Each live worker's pid and since when (time.monotonic) it runs a query, None if idle."""
        with self._lock:
            return {w.pid: w.busy_since for w in [*self._idle, *self._busy]}

    # ------------------------------------------------------------------ running

    def run(self, request: dict[str, Any], timeout: float | None = None) -> tuple[tuple, float]:
        """The worker's reply to `request` and the query's time in the worker (seconds).

        Raises Busy, QueryTimeout, QueryMemoryExceeded. A `timeout` can only shorten the
        pool's time limit.
        """
        limit = self.limits.timeout
        if timeout is not None:
            limit = timeout if limit is None else min(limit, timeout)
        if not self._slots.acquire(timeout=self.queue_wait):
            raise Busy(f"all {self.size} query workers are busy; try again shortly")
        try:
            worker = self._take()
            deadline = None if limit is None else time.monotonic() + limit
            worker.busy_since = time.monotonic()
            done = False
            try:
                reply = worker.call(request, deadline)
                done = True
            except TimeoutError:
                raise QueryTimeout(f"query stopped after {limit:g} s (this endpoint's time limit)") from None
            except _WorkerDied:
                code = worker.died_of()
                raise QueryMemoryExceeded(self._death_message(code)) from None
            finally:
                worker.busy_since = None
                self._give_back(worker, done)
            return reply
        finally:
            self._slots.release()

    def _death_message(self, code: int | None) -> str:
        if self.limits.memory_mb:
            return f"query stopped: it needed more than this endpoint's memory limit of {self.limits.memory_mb} MiB (worker exit {code})"
        return f"query stopped: its worker ended unexpectedly (exit {code})"

    def _take(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise StoreError("the query workers are shut down")
            worker = self._idle.pop() if self._idle else None
            if worker is not None and worker.process.poll() is not None:
                worker = None
            if worker is None:
                worker = self._spawner.start(self.store, self.limits.memory_mb)
            self._busy.add(worker)
            return worker

    def _give_back(self, worker: _Worker, healthy: bool) -> None:
        with self._lock:
            self._busy.discard(worker)
            if healthy and not self._closed:
                self._idle.append(worker)
                return
        worker.kill()
        if not self._closed:  # have a replacement warm for the next query
            threading.Thread(target=self._replace, daemon=True).start()

    def _replace(self) -> None:
        try:
            fresh = self._spawner.start(self.store, self.limits.memory_mb)
        except StoreError:
            return  # the next query starts one itself, and reports why it cannot
        with self._lock:
            if not self._closed and len(self._idle) + len(self._busy) < self.size:
                self._idle.append(fresh)
                return
        fresh.kill()


# --------------------------------------------------------------------------- library view


def _rdf(term: tuple[str, ...] | None, cache: dict) -> Node | None:
    if term is None:
        return None
    node = cache.get(term)
    if node is None:
        kind, value = term[0], term[1]
        if kind == "uri":
            node = URIRef(value)
        elif kind == "bnode":
            node = BNode(value)
        elif term[2]:
            node = Literal(value, lang=term[2])
        else:
            node = Literal(value, datatype=URIRef(term[3]) if term[3] else None)
        cache[term] = node
    return node


class BoundedStore:
    """The read side of a store (`select`, `construct`, `stats`) answered by a WorkerPool, so
    `run_query` and `run_sparql` get the pool's limits: usable wherever those take a store."""

    def __init__(self, pool: WorkerPool, *, base: str | None = None) -> None:
        from icgraph.config import Settings

        self.pool = pool
        self.base = base or Settings.from_env().base

    @property
    def path(self) -> Path:
        """The store's folder (for messages)."""
        return self.pool.store

    def __enter__(self) -> "BoundedStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.pool.close()

    def _terms(self, sparql: str, bindings: Mapping[str, Node] | None, timeout: float | None) -> tuple:
        text = bind_values(sparql, bindings)
        reply, _ = self.pool.run({"query": text, "terms": True}, timeout)
        cache: dict = {}
        if reply[0] == "syntax":
            if text is not sparql:
                check_syntax(sparql)
            raise _syntax_error(reply[1])
        if reply[0] == "memory":
            raise QueryMemoryExceeded(reply[1])
        if reply[0] not in ("rows", "triples"):
            raise StoreError(reply[1])
        return reply, cache

    def select(self, sparql: str, bindings: Mapping[str, Node] | None = None, *, timeout: float | None = None) -> SelectResult:
        reply, cache = self._terms(sparql, bindings, timeout)
        if reply[0] != "rows":
            raise QueryError("this is a CONSTRUCT or DESCRIBE query: it returns a graph, not rows")
        _, variables, rows, boolean = reply
        if boolean is not None:
            return SelectResult([], [], boolean)
        records = [{name: _rdf(value, cache) for name, value in zip(variables, row) if value is not None} for row in rows]
        return SelectResult(variables, records)  # type: ignore[arg-type]

    def construct(self, sparql: str, bindings: Mapping[str, Node] | None = None, *, timeout: float | None = None) -> Graph:
        reply, cache = self._terms(sparql, bindings, timeout)
        if reply[0] != "triples":
            raise QueryError("this is a SELECT or ASK query: it returns rows, not a graph")
        graph = Graph()
        for triple in reply[1]:
            graph.add(tuple(_rdf(term, cache) for term in triple))  # type: ignore[arg-type]
        return graph

    def stats(self) -> Stats:
        return _compute_stats(self, f"{self.base}graph/")  # type: ignore[arg-type]

