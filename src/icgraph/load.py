"""Bulk-load an RDF dump (N-Quads, TriG; N-Triples or Turtle into one named graph) into the store.

The dump is parsed whole into a staging store in memory first: a syntax error stops the load with
the file and line, and nothing is stored. What the store already says about the nodes the dump
describes (and the types of the nodes it points to) is added to the staging store beside the
dump, and the whole is checked against the shapes at once (`icgraph.check`, set-based SPARQL); a
named graph stating a node with a Violation is reported, written to the quarantine file and not
stored, like an item at ingest. The rest goes into the store through Oxigraph's bulk loader
(straight from the file when every graph passed). Into a store that holds nothing yet, the bulk
loader takes the file while it is parsed and checked, side by side (`_LoadAhead`), and what the
checks refuse is removed again before the load returns; the store held nothing, so nothing stored
is lost. With `jobs` > 1 (the default of `icgraph load`: the machine's CPU count) what is loaded
is cut at line ends (an N-Quads or N-Triples file, else the N-Quads of what passed) into parts
that Oxigraph's bulk loader takes side by side: it parses and writes without holding Python's
lock. Quads are added to what is stored (an RDF merge, as Oxigraph's own loader does): nothing
stored is removed, and loading the same dump twice changes nothing.

A store that holds news items of an older graph model is not loaded into (`icgraph.model_version`):
its graphs and the dump's would follow two models. A dump is loaded as it is, whatever model its
ontology graph states (a dump is a copy of a store, old ones included); after loading an older one,
the store is of the older model, so queries that need the current one, and later ingests and
loads, say so and refuse.
"""

from __future__ import annotations

import io
import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import URIRef

from icgraph.check import find_issues
from icgraph.errors import InputError, StoreError
from icgraph.model_version import check_current
from icgraph.progress import Progress
from icgraph.store import EmbeddedStore
from icgraph.validate import Issue

LOAD_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "turtle": ox.RdfFormat.TURTLE,
}
TRIPLE_FORMATS = ("ntriples", "turtle")
LINE_FORMATS = ("nquads", "ntriples")  # a line is a whole quad: a file splits into parts at line ends
_PART_BYTES = 4 << 20  # below this a part is not worth a thread of its own
_STORED = ox.NamedNode("urn:icgraph:load:stored")  # in the staging store only: what the store says already
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SUFFIXES = {".nq": "nquads", ".nquads": "nquads", ".trig": "trig", ".nt": "ntriples", ".ttl": "turtle"}


@dataclass
class LoadReport:
    source: str
    graphs_read: int = 0
    graphs_loaded: int = 0
    triples_loaded: int = 0
    outside_graphs: int = 0
    warnings: int = 0
    quarantined: list[tuple[URIRef, list[Issue]]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.quarantined and not self.outside_graphs

    def summary(self) -> str:
        text = (
            f"{self.source}: {self.graphs_read} graphs read, {self.graphs_loaded} loaded "
            f"({self.triples_loaded} triples), {len(self.quarantined)} quarantined, {self.warnings} warnings"
        )
        if self.outside_graphs:
            text += f"; {self.outside_graphs} triples outside any named graph not loaded (name a graph for them with --graph)"
        return text


def cpu_count() -> int:
    """The CPUs this process may run on (at least 1): `icgraph load`'s default number of jobs."""
    counted = getattr(os, "process_cpu_count", None)  # Python 3.13
    if counted is not None:
        return max(1, counted() or 1)
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def guess_format(name: str) -> str | None:
    """The load format named by a file's suffix (`.nq`, `.trig`, `.nt`, `.ttl`), or None."""
    return SUFFIXES.get(Path(name).suffix.lower())


def load_dump(
    source: str | Path | BinaryIO,
    store: EmbeddedStore,
    *,
    fmt: str | None = None,
    graph: str | None = None,
    name: str | None = None,
    quarantine: Path | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> LoadReport:
    """Check and bulk-load the dump `source` (a path, or a binary stream with `fmt`) into `store`.

    `graph` names the graph that the triples of an N-Triples or Turtle file go to. `name` is how
    messages refer to a stream; `jobs` threads run the shape queries and bulk-load parts of the
    dump. Raises InputError (with the file and line) for a dump that does not parse; nothing is
    stored then.
    """
    label = name or str(source)
    fmt = fmt or (guess_format(str(source)) if isinstance(source, (str, Path)) else None)
    if fmt not in LOAD_FORMATS:
        raise InputError(f"{label}: unknown dump format {fmt!r} (one of {', '.join(LOAD_FORMATS)})")
    if fmt in TRIPLE_FORMATS and not graph:
        raise InputError(f"{label}: {fmt} has no named graphs; name the graph its triples go to")
    if store.read_only:
        raise StoreError(f"the store {store.path} is open read-only")
    check_current(store, "nothing was loaded")
    say = progress or (lambda event: None)
    to_graph = ox.NamedNode(graph) if graph else None
    ahead = None
    if isinstance(source, (str, Path)) and _holds_nothing(store.native):
        ahead = _LoadAhead(store, _file_parts(source, fmt, jobs), LOAD_FORMATS[fmt], to_graph)
    try:
        staging = _stage(source, label, LOAD_FORMATS[fmt], to_graph)
        say(f"{label}: {len(staging)} quads read; checking the graphs against the shapes")
        report, rejected = _check(staging, None if ahead else store.native, label, quarantine, jobs, progress)
        say(f"writing {report.graphs_loaded} graphs to the store")
        if ahead is not None:
            del staging  # its memory is free for the bulk loader
            ahead.finish(rejected, report.outside_graphs)
            return report
    except BaseException:
        if ahead is not None:
            ahead.undo()
        raise
    parts: list[_Part | str]
    if fmt in LINE_FORMATS and isinstance(source, (str, Path)) and not rejected and not report.outside_graphs:
        parts, bulk_format = _file_parts(source, fmt, jobs), LOAD_FORMATS[fmt]  # the file as checked, read again
    else:  # what passed, as N-Quads
        checked = staging.dump(format=ox.RdfFormat.N_QUADS)
        parts = [_Part(io.BytesIO(checked), start, end) for start, end in _cuts(io.BytesIO(checked), len(checked), jobs)]
        bulk_format, to_graph = ox.RdfFormat.N_QUADS, None
    del staging  # its memory is free for the bulk loader
    _bulk_load(store, parts, bulk_format, to_graph)
    return report


def _check(staging: ox.Store, stored: ox.Store | None, label: str, quarantine: Path | None, jobs: int, progress: Progress | None) -> tuple[LoadReport, list[ox.NamedNode]]:
    """Check the named graphs of the parsed dump `staging` against the shapes, together with what
    the store `stored` says about their nodes (None: it holds nothing); the report, and the graphs
    with a Violation (written to `quarantine`), which are then gone from `staging` as are the
    triples outside any named graph."""
    outside = sum(1 for _ in staging.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    staging.clear_graph(ox.DefaultGraph())
    names = sorted((g for g in staging.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
    report = LoadReport(source=label, graphs_read=len(names), outside_graphs=outside)
    with_stored = stored is not None and _add_what_is_stored(staging, stored)
    rejected: dict[ox.NamedNode, list[Issue]] = {}
    for node, issue in find_issues(staging, jobs=jobs, task="check", progress=progress):
        stating = {q.graph_name for q in staging.quads_for_pattern(node, None, None) if q.graph_name != _STORED}
        if not stating:
            continue  # about a node the dump only points to: the store's business
        if issue.severity != "Violation":
            report.warnings += 1
            continue
        for graph_name in stating:
            rejected.setdefault(graph_name, []).append(issue)  # type: ignore[arg-type]
    for graph_name in sorted(rejected, key=lambda g: g.value):
        report.quarantined.append((URIRef(graph_name.value), rejected[graph_name]))
        _write_quarantine(quarantine, staging, label, graph_name, rejected[graph_name])
        staging.clear_graph(graph_name)
    if with_stored:
        staging.clear_graph(_STORED)
    report.graphs_loaded = len(names) - len(rejected)
    report.triples_loaded = len(staging)
    return report, list(rejected)


class _LoadAhead:
    """Oxigraph's bulk loader taking the dump file into a store that holds nothing yet, in a thread
    (it runs without Python's lock), while this thread parses and checks the dump: the two take
    about as long, and side by side the load costs little more than the bulk load alone. Whatever
    the checks refuse is removed again before `load_dump` returns (everything, when the dump does
    not parse or the load is interrupted); the store held nothing before, so nothing is lost."""

    def __init__(self, store: EmbeddedStore, parts: list[_Part | str], fmt: ox.RdfFormat, to_graph: ox.NamedNode | None) -> None:
        self._store = store
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, args=(parts, fmt, to_graph), name="icgraph-load-ahead")
        self._thread.start()

    def _load(self, parts: list[_Part | str], fmt: ox.RdfFormat, to_graph: ox.NamedNode | None) -> None:
        try:
            _bulk_load(self._store, parts, fmt, to_graph)
        except BaseException as error:  # raised in the calling thread by finish()
            self._error = error

    def finish(self, rejected: list[ox.NamedNode], outside: int) -> None:
        """Wait for the loader, then remove the graphs the checks rejected and the triples outside
        any named graph (which `load_dump` does not load)."""
        self._thread.join()
        if isinstance(self._error, StoreError):
            raise self._error
        if self._error is not None:
            raise StoreError(f"writing to the store {self._store.path} failed: {self._error}")
        native = self._store.native
        for graph_name in rejected:
            native.remove_graph(graph_name)
        if outside:
            native.clear_graph(ox.DefaultGraph())
        native.flush()

    def undo(self) -> None:
        """Wait for the loader, then empty the store again (after a syntax error, a failed write or
        an interrupt: nothing of the dump stays, as when the store is written after the checks)."""
        self._thread.join()
        self._store.native.clear()
        self._store.native.flush()


def _holds_nothing(store: ox.Store) -> bool:
    return next(iter(store.quads_for_pattern(None, None, None)), None) is None and next(iter(store.named_graphs()), None) is None


def _file_parts(path: str | Path, fmt: str, jobs: int) -> list[_Part | str]:
    """The dump file as Oxigraph's bulk loader takes it: in up to `jobs` parts cut at line ends
    (N-Quads, N-Triples), else whole."""
    cuts = _line_cuts(path, jobs) if fmt in LINE_FORMATS else []
    if len(cuts) <= 1:
        return [str(path)]
    return [_Part(open(path, "rb"), start, end) for start, end in cuts]


def _bulk_load(store: EmbeddedStore, parts: list[_Part | str], fmt: ox.RdfFormat, to_graph: ox.NamedNode | None) -> None:
    """Oxigraph's bulk loader on each part (a stream, or a file path), in threads (it runs without
    Python's lock). The loader skips validating IRIs: the strict parse into the staging store
    judges the syntax (before the bulk load, or, for `_LoadAhead`, beside it)."""
    errors: list[OSError] = []

    def one(part: _Part | str) -> None:
        try:
            if isinstance(part, str):
                store.native.bulk_load(path=part, format=fmt, to_graph=to_graph, lenient=True)
            else:
                with part:
                    store.native.bulk_load(part, format=fmt, to_graph=to_graph, lenient=True)
        except OSError as error:
            errors.append(error)

    with ThreadPoolExecutor(max(1, len(parts) - 1)) as pool:
        others = [pool.submit(one, part) for part in parts[1:]]
        one(parts[0])  # in this thread, whose allocator holds the staging store's freed memory
        for other in others:
            other.result()
    try:
        if errors:
            raise errors[0]
        store.native.flush()
    except OSError as error:
        raise StoreError(f"writing to the store {store.path} failed: {error}") from None


class _Part(io.RawIOBase):
    """The bytes from `start` to `end` of a binary stream, as a stream of its own."""

    def __init__(self, stream: BinaryIO, start: int, end: int) -> None:
        super().__init__()
        self._stream = stream
        self._stream.seek(start)
        self._left = end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        data = self._stream.read(min(len(buffer), self._left))
        buffer[: len(data)] = data
        self._left -= len(data)
        return len(data)

    def close(self) -> None:
        self._stream.close()
        super().close()


def _line_cuts(path: str | Path, parts: int) -> list[tuple[int, int]]:
    """(start, end) byte ranges splitting the file at line ends into at most `parts` parts of at
    least _PART_BYTES each (lines are whole quads in N-Quads and N-Triples)."""
    try:
        size = Path(path).stat().st_size
        with open(path, "rb") as stream:
            return _cuts(stream, size, parts)
    except OSError as error:
        raise InputError(f"cannot read {path}: {error}") from None


def _cuts(stream: BinaryIO, size: int, parts: int) -> list[tuple[int, int]]:
    count = max(1, min(parts, size // _PART_BYTES))
    offsets = [0]
    for k in range(1, count):
        stream.seek(max(size * k // count, offsets[-1]))
        stream.readline()
        offsets.append(stream.tell())
    offsets.append(size)
    return [(start, end) for start, end in zip(offsets, offsets[1:]) if end > start] or [(0, size)]


def _add_what_is_stored(staging: ox.Store, stored: ox.Store) -> bool:
    """Copy into the graph _STORED of `staging` what `stored` says (in its named graphs) about the
    nodes the dump describes, and the types of the nodes the dump points to. False when the
    store is empty (nothing to add)."""
    if next(iter(stored.quads_for_pattern(None, None, None)), None) is None:
        return False
    query = "SELECT DISTINCT ?n ?described WHERE { { GRAPH ?g { ?n ?p ?o } BIND(true AS ?described) } UNION { GRAPH ?g { ?s ?p ?n } FILTER(!isLITERAL(?n)) BIND(false AS ?described) } }"
    context: list[ox.Quad] = []
    for row in staging.query(query):
        node = row["n"]
        described = row["described"].value == "true"
        for quad in stored.quads_for_pattern(node, None if described else _RDF_TYPE, None):
            if isinstance(quad.graph_name, ox.NamedNode):
                context.append(ox.Quad(quad.subject, quad.predicate, quad.object, _STORED))
    staging.extend(context)
    return True


def _stage(source: str | Path | BinaryIO, label: str, fmt: ox.RdfFormat, graph: ox.NamedNode | None) -> ox.Store:
    staging = ox.Store()  # one load: Oxigraph's memory store takes writers one at a time
    try:
        if isinstance(source, (str, Path)):
            staging.load(path=str(source), format=fmt, to_graph=graph)
        else:
            staging.load(source, format=fmt, to_graph=graph)
    except SyntaxError as error:
        raise InputError(f"{label}:{error.lineno}: {error.msg}; nothing was loaded") from None
    except OSError as error:
        raise InputError(f"cannot read {label}: {error}") from None
    return staging


def _write_quarantine(path: Path | None, staging: ox.Store, source: str, graph: ox.NamedNode, issues: list[Issue]) -> None:
    if path is None:
        return
    quads = ox.serialize(staging.quads_for_pattern(None, None, None, graph), format=ox.RdfFormat.N_QUADS)
    record = {"graph": graph.value, "source": source, "issues": [str(issue) for issue in issues], "nquads": quads.decode("utf-8")}
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


__all__ = ["LOAD_FORMATS", "LoadReport", "cpu_count", "guess_format", "load_dump"]
