"""Bulk-load an RDF dump (N-Quads, TriG; N-Triples or Turtle into one named graph) into the store.

The dump is parsed whole into a staging store in memory first: a syntax error stops the load with
the file and line before anything is written. Its named graphs are then checked against the shapes
batch by batch (`icgraph.check`, together with what the store already says about the same nodes);
a graph with a Violation is reported, written to the quarantine file and not loaded, like an item
at ingest. The other graphs go into the store through Oxigraph's bulk loader. Quads are added to
what is stored (an RDF merge, as Oxigraph's own loader does): nothing stored is removed, and loading
the same dump twice changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import URIRef

from icgraph.check import check_graphs
from icgraph.errors import InputError, StoreError
from icgraph.progress import Progress
from icgraph.store import EmbeddedStore
from icgraph.validate import Issue, blocking

LOAD_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "turtle": ox.RdfFormat.TURTLE,
}
TRIPLE_FORMATS = ("ntriples", "turtle")
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
    messages refer to a stream; `jobs` processes run the shapes. Raises InputError (with the file
    and line) for a dump that does not parse; nothing is written then.
    """
    label = name or str(source)
    fmt = fmt or (guess_format(str(source)) if isinstance(source, (str, Path)) else None)
    if fmt not in LOAD_FORMATS:
        raise InputError(f"{label}: unknown dump format {fmt!r} (one of {', '.join(LOAD_FORMATS)})")
    if fmt in TRIPLE_FORMATS and not graph:
        raise InputError(f"{label}: {fmt} has no named graphs; name the graph its triples go to")
    if store.read_only:
        raise StoreError(f"the store {store.path} is open read-only")
    say = progress or (lambda event: None)
    staging = _stage(source, label, LOAD_FORMATS[fmt], ox.NamedNode(graph) if graph else None)
    say(f"{label}: {len(staging)} quads read; checking each graph against the shapes")
    report = LoadReport(source=label, outside_graphs=sum(1 for _ in staging.quads_for_pattern(None, None, None, ox.DefaultGraph())))
    accepted: list[ox.NamedNode] = []
    for batch in check_graphs([staging, store.native], jobs=jobs, task="check", progress=progress):
        report.graphs_read += len(batch.graphs)
        violations = blocking(batch.issues)
        report.warnings += len(batch.issues) - len(violations)
        rejected: dict[URIRef, list[Issue]] = {}
        for issue in violations:
            for stating in batch.graphs_of(issue):
                rejected.setdefault(stating, []).append(issue)
        for graph_name in batch.graphs:
            if graph_name in rejected:
                report.quarantined.append((graph_name, rejected[graph_name]))
                _write_quarantine(quarantine, staging, label, graph_name, rejected[graph_name])
            else:
                accepted.append(ox.NamedNode(str(graph_name)))
    say(f"writing {len(accepted)} graphs to the store")
    counted = _counting(quad for g in accepted for quad in staging.quads_for_pattern(None, None, None, g))
    try:
        store.native.bulk_extend(counted)
    except OSError as error:
        raise StoreError(f"writing to the store {store.path} failed: {error}") from None
    report.graphs_loaded = len(accepted)
    report.triples_loaded = counted.count
    return report


def _stage(source: str | Path | BinaryIO, label: str, fmt: ox.RdfFormat, graph: ox.NamedNode | None) -> ox.Store:
    staging = ox.Store()
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


class _counting:
    """An iterator of quads that counts what went through it."""

    def __init__(self, quads: Iterator[ox.Quad]) -> None:
        self.quads = quads
        self.count = 0

    def __iter__(self) -> "_counting":
        return self

    def __next__(self) -> ox.Quad:
        quad = next(self.quads)
        self.count += 1
        return quad


def _write_quarantine(path: Path | None, staging: ox.Store, source: str, graph: URIRef, issues: list[Issue]) -> None:
    if path is None:
        return
    quads = ox.serialize(staging.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))), format=ox.RdfFormat.N_QUADS)
    record = {"graph": str(graph), "source": source, "issues": [str(issue) for issue in issues], "nquads": quads.decode("utf-8")}
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


__all__ = ["LOAD_FORMATS", "LoadReport", "guess_format", "load_dump"]
