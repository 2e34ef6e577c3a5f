"""The ingest pipeline: read -> extract -> resolve -> build RDF -> validate -> store.

Items go through in batches. Each batch is written to the store in one transaction, so a failure
never loses what is already stored. One bad item never sinks a batch: an item that cannot be read or
extracted is reported, an item whose graph violates a shape is written to the quarantine file, and
the others are stored.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import sys
import threading
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, islice
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.term import Node

from icgraph.bindings import term_to_sparql
from icgraph.check import check_native, issue_order
from icgraph.build import Triple, entity_triples, item_triples, ontology_triples
from icgraph.config import Settings
from icgraph.curated import memberships_graphs
from icgraph.extract import DEFAULT_BATCH_SIZE, Extractor, RuleExtractor
from icgraph.iri import entities_graph_iri, entity_iri, item_graph_iri, item_slug, ontology_graph_iri
from icgraph.model import Extraction, NewsItem, Resolution, ResolvedEntity
from icgraph.model_version import check_current
from icgraph.progress import Progress, Step
from icgraph.read import ReadProblem, read_source
from icgraph.resolve import KnownEntities, resolve
from icgraph.store import ConvertedTriples, GraphStore, native_triples
from icgraph.stored_entities import entities_in_graph, entity_id
from icgraph.validate import Issue, blocking
from icgraph.vocab import IC

BATCH_SIZE = 2 * DEFAULT_BATCH_SIZE
"""Items resolved, validated and stored together (one transaction): whole batches of the language
model's (a batch cut short costs it time per text)."""
STARTING_CHUNK = DEFAULT_BATCH_SIZE // 4
"""Items this process extracts at a time while its workers start (it looks whether one is ready
between them)."""


@dataclass
class IngestReport:
    items_read: int = 0
    items_stored: int = 0
    quarantined: list[tuple[NewsItem, list[Issue]]] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
    warnings: list[tuple[NewsItem, Issue]] = field(default_factory=list)
    replaced: list[ReadProblem] = field(default_factory=list)  # duplicates dropped for a later item

    @property
    def ok(self) -> bool:
        return not self.problems and not self.quarantined

    def summary(self) -> str:
        return (
            f"{self.items_read} items read, {self.items_stored} stored, "
            f"{len(self.quarantined)} quarantined, {len(self.problems)} problems"
        )


def read_items(sources: Iterable[str | Path], fmt: str | None, report: IngestReport) -> list[NewsItem]:
    """Every readable item of every source, in a canonical order (published date, then id) so that
    one run builds the same graph whatever the order of its input.

    A later item with the same id, or with the same content (title and text, see
    `content_fingerprint`) under another id, replaces the earlier one; `report.replaced` names both.
    Two distinct ids whose IRIs would still collide are an error naming both; the later is skipped.
    """
    by_id: dict[str, NewsItem] = {}
    id_of_content: dict[str, str] = {}
    id_of_slug: dict[str, str] = {}
    for source in sources:
        for result in read_source(source, fmt):
            if isinstance(result, ReadProblem):
                report.problems.append(result)
                continue
            slug_owner = id_of_slug.setdefault(item_slug(result.id), result.id)
            if slug_owner != result.id:
                report.problems.append(
                    ReadProblem(result.origin, f"id {result.id!r} gets the same IRI as id {slug_owner!r} ({by_id[slug_owner].origin}); item skipped")
                )
                continue
            earlier = by_id.pop(result.id, None)
            if earlier is not None:
                report.replaced.append(ReadProblem(result.origin, f"duplicate id {result.id!r}: replaces the item at {earlier.origin}"))
            fingerprint = result.fingerprint
            twin_id = id_of_content.get(fingerprint)
            if twin_id is not None and twin_id in by_id:
                twin = by_id.pop(twin_id)
                report.replaced.append(
                    ReadProblem(result.origin, f"same title and text as the item at {twin.origin} (id {twin_id!r}): replaces it")
                )
            id_of_content[fingerprint] = result.id
            by_id[result.id] = result
    report.items_read = len(by_id)
    return sorted(by_id.values(), key=lambda item: (item.published or date.min, item.id))


def batched(values: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(values)
    while batch := list(islice(iterator, size)):
        yield batch


def stored_entities(store: GraphStore, base: str) -> tuple[Graph, KnownEntities]:
    """The entities graph, and its entities indexed for resolution (read once per ingest run)."""
    graph = store.graph(entities_graph_iri(base))
    return graph, KnownEntities(entities_in_graph(graph, base))


def entity_changes(current: Graph, entities: Sequence[ResolvedEntity], base: str) -> tuple[set[Triple], set[Triple]]:
    """(triples to delete, triples to insert) that replace the given entities' descriptions in the
    entities graph by their new ones; the cost is that of the entities, not of the graph."""
    fresh = entity_triples(entities, base)
    removed: set[Triple] = set()
    for entity in entities:
        for triple in current.triples((entity_iri(entity.id, base), None, None)):
            if triple not in fresh:
                removed.add(triple)
    added = {triple for triple in fresh if triple not in current}
    return removed, added


Descriptions = Callable[[URIRef], list[Triple]]
"""The triples about a node (empty when it is not described)."""


def descriptions(triples: Iterable[Triple] | Graph) -> Descriptions:
    """Look-ups of the triples about a node, in an rdflib graph or in a set of triples."""
    if isinstance(triples, Graph):
        graph = triples
        return lambda node: list(graph.triples((node, None, None)))
    by_subject: dict[URIRef, list[Triple]] = {}
    for triple in triples:
        by_subject.setdefault(triple[0], []).append(triple)
    return lambda node: by_subject.get(node, [])


def entity_stubs(described: Sequence[Descriptions], mentioned: Iterable[Node]) -> set[Triple]:
    """The descriptions of the entities `mentioned` (the objects of item graphs), and of the
    entities those link to (a country, a parent organization): what the items' shapes need to
    see. Each node is described by the first of the `described` look-ups that has it."""
    stubs: set[Triple] = set()
    frontier = {node for node in mentioned if isinstance(node, URIRef)}
    seen: set[URIRef] = set()
    while frontier:
        node = frontier.pop()
        seen.add(node)
        triples: list = []
        for lookup in described:
            triples = lookup(node)
            if triples:
                break
        for subject, predicate, value in triples:
            stubs.add((subject, predicate, value))
            if isinstance(value, URIRef) and predicate != RDF.type and value not in seen:
                frontier.add(value)
    return stubs


def ingest(
    sources: Sequence[str | Path],
    store: GraphStore,
    *,
    settings: Settings | None = None,
    fmt: str | None = None,
    jobs: int = 1,
    quarantine: Path | None = None,
    progress: Progress | None = None,
    nlp: Any = None,
    extractor: Extractor | None = None,
    select: Callable[[NewsItem], bool] | None = None,
) -> IngestReport:
    """Read, extract, validate and store the news items of `sources` (those `select` accepts).
    Problems are not reported through `progress` but collected in the returned report, once each.

    `extractor` turns items into extractions (default: the rules of `icgraph.extract` over the
    spaCy pipeline `nlp`, else `settings.model`)."""
    settings = settings or Settings.from_env()
    base = settings.base
    say = progress or (lambda message: None)
    check_current(store, "nothing was written")
    report = IngestReport()
    extractor = extractor or RuleExtractor(settings.model, nlp)
    items = read_items(sources, fmt, report)
    if select is not None:
        items = [item for item in items if select(item)]
        report.items_read = len(items)
    if not items:
        return report
    say(f"read {len(items)} items; loading the language model {settings.model}")
    with worker_pool(extractor, jobs) if jobs > 1 else nullcontext() as workers:
        entities_graph, known = stored_entities(store, base)
        store.replace_graphs({ontology_graph_iri(base): ontology_triples(base), **memberships_graphs(base)})
        done = 0
        say(Step("ingest", done, len(items), "items"))
        if workers is None:
            extractor([])  # its models loaded now, to be left out of the collector's passes with the rest
        with long_lived_frozen():
            for extractions, size in extracted_batches(items, extractor, workers, report):
                entities_graph, known = store_batch(extractions, store, entities_graph, known, base, report, quarantine)
                done += size
                say(Step("ingest", done, len(items), "items"))
    return report


@contextmanager
def long_lived_frozen() -> Iterator[None]:
    """The objects alive when the block starts (the language model, gazetteers, the stored
    entities) are left out of the cyclic garbage collector's passes until it ends: its full passes
    would otherwise walk them all again and again while items are extracted (unless the caller
    froze objects of its own)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@dataclass(frozen=True)
class Workers:
    """A pool of extraction workers, and the futures that are done once each has loaded its models."""

    pool: ProcessPoolExecutor
    ready: list[Future]


@contextmanager
def worker_pool(extractor: Extractor, jobs: int) -> Iterator[Workers]:
    """`jobs` worker processes with a copy of `extractor` each. On leaving, work not yet started is
    dropped (an error in this process does not wait for the rest of the input).

    On Linux this process loads the extractor's models first (`extractor([])`) and the workers are
    forked from it: each starts with the language model and the lexicons in memory, shared with
    this process until written, instead of loading its own. Elsewhere (macOS, where forking a
    process that has loaded system frameworks is unsafe, and Windows) each worker is a fresh
    interpreter ("spawn") that loads them itself."""
    forked = sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
    if forked:
        extractor([])  # the models, loaded once here for every worker
    context = multiprocessing.get_context("fork" if forked else "spawn")
    # what the workers inherit stays out of the collector's passes here too (no copies of its pages)
    with long_lived_frozen() if forked else nullcontext():
        pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(extractor,))
        try:
            ready = [pool.submit(_warm_up) for _ in range(jobs)]  # a pool starts a worker per task waiting for one
            yield Workers(pool, ready)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def extracted_batches(
    items: list[NewsItem], extractor: Extractor, workers: Workers | None, report: IngestReport
) -> Iterator[tuple[list[Extraction], int]]:
    """(extractions, number of items) per batch, in order. With a pool of workers (each with its
    own copy of the model), they extract while this process resolves, builds, validates and stores
    the batches they have finished. Workers take a model batch at a time (at the end of the input
    neither waits long for the other), gathered here into store batches. Until the first worker has
    loaded its models, this process extracts the first items itself, a few at a time (with
    `extractor`, i.e. with a model of its own), instead of waiting."""
    if workers is None:
        for chunk in batched(items, BATCH_SIZE):
            yield extract_isolated(chunk, extractor, report), len(chunk)
        return
    own: list[tuple[list[Extraction], list[ReadProblem], int]] = []
    start = 0
    while start < len(items) - DEFAULT_BATCH_SIZE and not any(future.done() for future in workers.ready):
        few = items[start:start + STARTING_CHUNK]
        own.append((extract_isolated(few, extractor, report), [], len(few)))
        start += len(few)
    aligned = min(-(-start // DEFAULT_BATCH_SIZE) * DEFAULT_BATCH_SIZE, len(items))  # the workers' chunks as before
    chunks = ([items[start:aligned]] if aligned > start else []) + list(batched(items[aligned:], DEFAULT_BATCH_SIZE))
    parts = chain(own, workers.pool.map(_extract_in_worker, chunks))
    for group in _store_groups(parts):
        extractions: list[Extraction] = []
        for part, problems, _ in group:
            extractions.extend(part)
            report.problems.extend(problems)
        yield extractions, sum(size for _, _, size in group)


def _store_groups(parts: Iterable[tuple[list[Extraction], list[ReadProblem], int]]) -> Iterator[list[tuple[list[Extraction], list[ReadProblem], int]]]:
    """The parts (consecutive, none across a multiple of BATCH_SIZE items) of each store batch: the
    same batches whoever extracted them."""
    group, size = [], 0
    for part in parts:
        group.append(part)
        size += part[2]
        if size % BATCH_SIZE == 0:
            yield group
            group = []
    if group:
        yield group


_worker_extractor: Extractor | None = None


def _start_worker(extractor: Extractor) -> None:
    global _worker_extractor
    _exit_with_parent()
    _worker_extractor = extractor


def _exit_with_parent() -> None:
    """End this worker as soon as the process that started it is gone (even by `kill -9`, when no
    shutdown message can come): a thread waits on the parent's sentinel."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="icgraph-parent-watch").start()


def _warm_up() -> None:
    """Load the worker's models (an extractor loads them on its first call)."""
    assert _worker_extractor is not None, "worker started without an extractor"
    _worker_extractor([])
    gc.freeze()  # the models: out of the collector's passes for the worker's life (see long_lived_frozen)


def _extract_in_worker(items: list[NewsItem]) -> tuple[list[Extraction], list[ReadProblem], int]:
    report = IngestReport()
    assert _worker_extractor is not None, "worker started without an extractor"
    return extract_isolated(items, _worker_extractor, report), report.problems, len(items)


def extract_isolated(items: list[NewsItem], extractor: Extractor, report: IngestReport) -> list[Extraction]:
    """Extract a batch at full speed; if an item breaks extraction, redo the batch item by item so
    that only the bad item is reported and skipped."""
    try:
        return list(extractor(items))
    except Exception:  # noqa: BLE001 - any failure of one item must not sink the batch
        pass
    extractions = []
    for item in items:
        try:
            extractions.extend(extractor([item]))
        except Exception as error:  # noqa: BLE001
            report.problems.append(ReadProblem(item.origin or item.id, f"extraction failed: {error!r}"))
    return extractions


def store_batch(
    batch: list[Extraction],
    store: GraphStore,
    entities_graph: Graph,
    known: KnownEntities,
    base: str,
    report: IngestReport,
    quarantine: Path | None,
) -> tuple[Graph, KnownEntities]:
    """Resolve, build, validate and store one batch; `known` is updated with the entities it
    stores and loses those nothing mentions any more."""
    resolutions = resolve(batch, known, previously_named(store, [e.item for e in batch], base))
    pending_entities = (descriptions(entity_triples(all_entities(resolutions), base)), descriptions(entities_graph))
    built: list[tuple[Resolution, ConvertedTriples]] = []
    for resolution in resolutions:
        try:
            built.append((resolution, ConvertedTriples(item_triples(resolution, base))))  # converted once: checked, then stored
        except Exception as error:  # noqa: BLE001 - one bad item must not sink the batch
            item = resolution.extraction.item
            report.problems.append(ReadProblem(item.origin or item.id, f"could not build its graph: {error!r}"))
    accepted: list[Resolution] = []
    item_graphs: dict[URIRef, Collection[Triple]] = {}
    for (resolution, graph), issues in zip(built, validate_batch([g for _, g in built], pending_entities), strict=True):
        item = resolution.extraction.item
        violations = blocking(issues)
        if violations:
            report.quarantined.append((item, violations))
            write_quarantine(quarantine, item, violations)
            continue
        report.warnings.extend((item, issue) for issue in issues)
        item_graphs[item_graph_iri(item.id, base)] = graph
        accepted.append(resolution)
    stored = len(item_graphs)
    fingerprints = [r.extraction.item.fingerprint for r in accepted]
    item_graphs.update(stored_twins(store, item_graphs, fingerprints, base))
    new_entities = all_entities(accepted)
    removed, added = entity_changes(entities_graph, new_entities, base)
    orphans = orphaned_entities(store, entities_graph, added, item_graphs, base)
    for orphan in orphans:
        for triple in entities_graph.triples((orphan, None, None)):
            removed.add(triple)
    store.replace_graphs(item_graphs, {entities_graph_iri(base): (removed, added)})
    entities_graph -= removed
    entities_graph += added
    report.items_stored += stored
    known.update(new_entities)
    known.discard(identifier for orphan in orphans if (identifier := entity_id(orphan, base)) is not None)
    return entities_graph, known


def previously_named(store: GraphStore, items: Sequence[NewsItem], base: str) -> dict[str, set[str]]:
    """For each item already stored, the ids of the entities its stored graph names."""
    if not items:
        return {}
    ids_by_graph = {item_graph_iri(item.id, base): item.id for item in items}
    rows = store.select(f"SELECT DISTINCT ?g ?e WHERE {{ {_values('g', ids_by_graph)} GRAPH ?g {{ ?s ?p ?e }} FILTER(isIRI(?e)) }}").rows
    named: dict[str, set[str]] = {}
    for row in rows:
        entity = entity_id(URIRef(row["e"]), base)
        if entity is not None:
            named.setdefault(ids_by_graph[URIRef(row["g"])], set()).add(entity)
    return named


def _values(variable: str, terms: Iterable[URIRef | Literal]) -> str:
    return f"VALUES ?{variable} {{ {' '.join(term_to_sparql(term) for term in terms)} }}"


def stored_twins(
    store: GraphStore, item_graphs: Mapping[URIRef, Collection[Triple]], fingerprints: Iterable[str], base: str
) -> dict[URIRef, Collection[Triple]]:
    """Stored item graphs with the content of a new item under another id (their content
    fingerprints, those of the new items, are equal), each mapped to an empty graph: writing
    that drops them."""
    values = {Literal(fingerprint) for fingerprint in fingerprints}
    if not values:
        return {}
    sparql = (
        f"SELECT DISTINCT ?g WHERE {{ {_values('f', values)} GRAPH ?g {{ ?i <{IC.contentFingerprint}> ?f }} "
        f"FILTER(STRSTARTS(STR(?g), {term_to_sparql(Literal(f'{base}graph/item/'))})) }}"
    )
    names = {URIRef(row["g"]) for row in store.select(sparql).rows}
    return {name: set() for name in sorted(names - set(item_graphs))}


def orphaned_entities(
    store: GraphStore, entities_graph: Graph, added: Collection[Triple], item_graphs: Mapping[URIRef, Collection[Triple]], base: str
) -> set[URIRef]:
    """Entities that only the stored versions of the item graphs about to be replaced mention:
    nothing else will mention them, no other kept entity links to them (parent, country). The cost
    is that of the replaced graphs' entities, not of the entities graph."""
    if not item_graphs:
        return set()

    def described(node: URIRef) -> bool:
        return (node, None, None) in entities_graph

    replaced = _values("g", item_graphs)
    rows = store.select(f"SELECT DISTINCT ?e WHERE {{ {replaced} GRAPH ?g {{ ?s ?p ?e }} FILTER(isIRI(?e)) }}").rows
    candidates = {node for row in rows if described(node := URIRef(row["e"]))}
    frontier = set(candidates)
    while frontier:  # what the candidates link to may lose its last mention with them
        linked = {o for e in frontier for o in entities_graph.objects(e, None) if isinstance(o, URIRef) and described(o)}
        frontier = linked - candidates
        candidates |= frontier
    if not candidates:
        return set()
    still = store.select(
        f"SELECT DISTINCT ?e WHERE {{ {_values('e', candidates)} GRAPH ?g {{ ?s ?p ?e }} "
        f"FILTER(STRSTARTS(STR(?g), {term_to_sparql(Literal(f'{base}graph/item/'))}) && ?g NOT IN ({', '.join(term_to_sparql(g) for g in item_graphs)})) }}"
    ).rows
    used = {URIRef(row["e"]) for row in still}
    used |= {node for graph in item_graphs.values() for s, _, o in graph for node in (s, o) if isinstance(node, URIRef)}
    orphans = candidates - used
    added_referrers: dict[Node, set[Node]] = defaultdict(set)  # object -> the subjects of `added` linking to it
    for subject, _, value in added:
        added_referrers[value].add(subject)
    changed = True
    while changed:  # an entity a kept entity links to is kept
        changed = False
        for entity in sorted(orphans):
            referrers = set(entities_graph.subjects(None, entity)) | added_referrers.get(entity, set())
            if referrers - orphans:
                orphans.discard(entity)
                changed = True
    return orphans


def validate_batch(graphs: list[Collection[Triple]], entities: Sequence[Descriptions]) -> list[list[Issue]]:
    """The issues of each item graph, found in one validation of the whole batch with the entity
    descriptions it needs (the shapes compiled to SPARQL, `icgraph.check`: the issues pySHACL
    finds, at a fraction of its cost) and given back to the items whose nodes they are about: the
    item that states a focus node, else every item that mentions it, else all of them."""
    stubs = entity_stubs(entities, {o for graph in graphs for _, _, o in graph})
    found = check_native(chain(chain.from_iterable(native_triples(graph) for graph in graphs), native_triples(stubs)))
    per_graph: list[list[Issue]] = [[] for _ in graphs]
    subjects = [{s for s, _, _ in graph} for graph in graphs] if found else []
    objects = [{o for _, _, o in graph} for graph in graphs] if found else []
    for focus, issue in sorted(found, key=lambda pair: issue_order(pair[1])):
        owners = [i for i, nodes in enumerate(subjects) if focus in nodes]
        owners = owners or [i for i, nodes in enumerate(objects) if focus in nodes]
        for index in owners or range(len(graphs)):  # a node no item names: nothing is stored unchecked
            per_graph[index].append(issue)
    return per_graph


def all_entities(resolutions: Iterable[Resolution]) -> list[ResolvedEntity]:
    merged: dict[str, ResolvedEntity] = {}
    for resolution in resolutions:
        for entity in resolution.entities:
            merged[entity.id] = entity
    return list(merged.values())


def write_quarantine(path: Path | None, item: NewsItem, issues: list[Issue]) -> None:
    if path is None:
        return
    record = {
        "id": item.id,
        "origin": item.origin,
        "title": item.title,
        "url": item.url,
        "publisher": item.publisher,
        "published": item.published.isoformat() if item.published else None,
        "text": item.text,
        "issues": [str(issue) for issue in issues],
    }
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
