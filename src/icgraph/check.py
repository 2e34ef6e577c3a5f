"""Whole-store SHACL validation that streams: a batch of named graphs at a time, in bounded memory.

Every node that a named graph states something about (a subject) is checked once, in the batch
of the first graph (in name order) that states it. The data graph of a batch holds the whole
description of each of its nodes, from every named graph (two items reporting one event are seen
together, as in the union of the graphs), and the types of the nodes they point to (what
`sh:class` needs). Results about other nodes (those typed stubs) are not kept: each node is
judged in its own batch. So the issues are those of one pySHACL run over the union of the named
graphs, while memory is that of a batch, not of the store.

The graphs checked are those of the first source; further sources (the store a dump is loaded
into) add their descriptions of the same nodes, i.e. the nodes are checked as they will be once
the first source is added to the others.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from icgraph.progress import Progress, Step
from icgraph.store import EmbeddedStore, from_ox
from icgraph.validate import SEVERITY_ORDER, Issue, compact, validate_graph

BATCH_TRIPLES = 20_000
TYPES_CACHED = 100_000  # nodes whose types are remembered across batches
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


@dataclass(frozen=True)
class CheckedBatch:
    """The issues of a batch of graphs, and for each issue's focus node the graphs of the batch
    that state it (the graphs an issue is about)."""

    graphs: list[URIRef]
    issues: list[Issue]
    stated_in: dict[str, list[URIRef]]

    def graphs_of(self, issue: Issue) -> list[URIRef]:
        return self.stated_in.get(issue.focus, [])


def check_store(
    store: EmbeddedStore,
    *,
    batch_triples: int = BATCH_TRIPLES,
    jobs: int = 1,
    progress: Progress | None = None,
) -> list[Issue]:
    """Every SHACL result for the named graphs of the store, Violations first; a few batches of
    about `batch_triples` triples in memory at a time, validated by `jobs` processes. `progress`
    gets a `Step` of task "validate" (graphs done of all) before the first batch and after each."""
    issues: list[Issue] = []
    for batch in check_graphs([store.native], batch_triples=batch_triples, jobs=jobs, progress=progress):
        issues.extend(batch.issues)
    return sorted(issues, key=lambda i: (SEVERITY_ORDER.get(i.severity, 3), i.focus, i.shape, i.value or ""))


def check_graphs(
    sources: Sequence[ox.Store],
    *,
    batch_triples: int = BATCH_TRIPLES,
    jobs: int = 1,
    task: str = "validate",
    progress: Progress | None = None,
) -> Iterator[CheckedBatch]:
    """Check the named graphs of `sources[0]` batch by batch, in name order (see the module doc).

    This process reads each batch from the stores; with `jobs` > 1, worker processes run pySHACL on
    the batches meanwhile (at most two batches per worker wait in memory)."""
    first = sources[0]
    names = sorted((g for g in first.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
    @lru_cache(maxsize=TYPES_CACHED)
    def types_of(node: object) -> frozenset[object]:
        """The types named graphs give `node` (a node pointed to from many batches is read once)."""
        return frozenset(q.object for source in sources for q in source.quads_for_pattern(node, _RDF_TYPE, None) if isinstance(q.graph_name, ox.NamedNode))

    gathered = (_gather(sources, batch, types_of) for batch in _batches(first, names, batch_triples))
    say = progress or (lambda event: None)
    done = 0
    say(Step(task, done, len(names), "graphs"))
    for batch, issues in _validated(gathered, jobs):
        done += len(batch.graphs)
        say(Step(task, done, len(names), "graphs"))
        yield CheckedBatch(batch.graphs, issues, batch.stated_in)


def _batches(store: ox.Store, names: list[ox.NamedNode], batch_triples: int) -> Iterator[tuple[list[ox.NamedNode], int]]:
    batch: list[ox.NamedNode] = []
    size = 0
    for name in names:
        batch.append(name)
        size += sum(1 for _ in store.quads_for_pattern(None, None, None, name))
        if size >= batch_triples:
            yield batch, size
            batch, size = [], 0
    if batch:
        yield batch, size


@dataclass(frozen=True)
class _Gathered:
    """What one batch's validation needs: its graphs, the N-Triples of its nodes' descriptions and
    of the types of what they point to, and the graphs stating each of its nodes."""

    graphs: list[URIRef]
    size: int
    data: bytes
    stated_in: dict[str, list[URIRef]]


def _gather(sources: Sequence[ox.Store], batch: tuple[list[ox.NamedNode], int], types_of: Callable[[object], frozenset[object]]) -> _Gathered:
    names, size = batch
    first = sources[0]
    in_batch = {name.value for name in names}
    subjects: dict[object, None] = {}
    for name in names:
        for quad in first.quads_for_pattern(None, None, None, name):
            subjects[quad.subject] = None
    data: set[ox.Triple] = set()
    stated_in: dict[str, list[URIRef]] = {}
    owned: set[object] = set()
    pointed_to: set[object] = set()
    before = names[0].value  # the graphs of a batch follow each other in name order
    for subject in subjects:
        quads = _unless_stated_before(first.quads_for_pattern(subject, None, None), before)
        if quads is None:
            continue  # checked with the first graph that states it
        owned.add(subject)
        stated_in[compact(from_ox(subject)) or ""] = [URIRef(g) for g in sorted({q.graph_name.value for q in quads}) if g in in_batch]
        for source in sources[1:]:
            quads.extend(q for q in source.quads_for_pattern(subject, None, None) if isinstance(q.graph_name, ox.NamedNode))
        for quad in quads:
            data.add(quad.triple)
            if isinstance(quad.object, ox.NamedNode):
                pointed_to.add(quad.object)
    for node in pointed_to - owned:
        data.update(ox.Triple(node, _RDF_TYPE, type_) for type_ in types_of(node))
    text = ox.serialize(data, format=ox.RdfFormat.N_TRIPLES) if data else b""
    return _Gathered([URIRef(name.value) for name in names], size, text, stated_in)


def _unless_stated_before(quads: Iterator[ox.Quad], before: str) -> list[ox.Quad] | None:
    """The named-graph quads of `quads`, or None as soon as one is in a graph named before `before`
    (a node stated in a thousand graphs is only read whole by the batch of the first)."""
    kept = []
    for quad in quads:
        graph = quad.graph_name
        if isinstance(graph, ox.NamedNode):
            if graph.value < before:
                return None
            kept.append(quad)
    return kept


def _validated(gathered: Iterator[_Gathered], jobs: int) -> Iterator[tuple[_Gathered, list[Issue]]]:
    if jobs == 1:
        for batch in gathered:
            yield batch, validate_batch(batch.data, frozenset(batch.stated_in))
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        waiting: deque[tuple[_Gathered, Future[list[Issue]]]] = deque()
        for batch in gathered:
            waiting.append((batch, pool.submit(validate_batch, batch.data, frozenset(batch.stated_in))))
            if len(waiting) >= 2 * jobs:
                done, future = waiting.popleft()
                yield done, future.result()
        while waiting:
            done, future = waiting.popleft()
            yield done, future.result()


def validate_batch(data: bytes, focus: frozenset[str]) -> list[Issue]:
    """The issues about the nodes `focus` (as `Issue.focus` writes them) in the N-Triples `data`."""
    if not data:
        return []
    graph = Graph()
    terms: dict[object, Node] = {}

    def term(value: object) -> Node:
        converted = terms.get(value)
        if converted is None:
            converted = terms[value] = from_ox(value)
        return converted

    for triple in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
        graph.add((term(triple.subject), term(triple.predicate), term(triple.object)))
    return [issue for issue in validate_graph(graph, inplace=True) if issue.focus in focus]


__all__ = ["BATCH_TRIPLES", "CheckedBatch", "check_graphs", "check_store", "validate_batch"]
