"""The ingest pipeline: read -> extract -> resolve -> build RDF -> validate -> store.

Items go through in batches. Each batch is written to the store in one transaction, so a failure
never loses what is already stored. One bad item never sinks a batch: an item that cannot be read or
extracted is reported, an item whose graph violates a shape is written to the quarantine file, and
the others are stored.
"""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from rdflib import RDF, Graph, URIRef

from icgraph.build import build_entity_graph, build_item_graph, ontology_graph
from icgraph.config import Settings
from icgraph.extract import extract, extract_many, load_nlp
from icgraph.iri import entities_graph_iri, entity_iri, item_graph_iri, ontology_graph_iri
from icgraph.model import Extraction, NewsItem, Resolution, ResolvedEntity
from icgraph.progress import Progress, Step
from icgraph.read import ReadProblem, read_source
from icgraph.resolve import resolve
from icgraph.store import GraphStore
from icgraph.stored_entities import entities_in_graph
from icgraph.validate import Issue, blocking, validate_graph

BATCH_SIZE = 25


@dataclass
class IngestReport:
    items_read: int = 0
    items_stored: int = 0
    quarantined: list[tuple[NewsItem, list[Issue]]] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
    warnings: list[tuple[NewsItem, Issue]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.quarantined

    def summary(self) -> str:
        return (
            f"{self.items_read} items read, {self.items_stored} stored, "
            f"{len(self.quarantined)} quarantined, {len(self.problems)} problems"
        )


def read_items(sources: Iterable[str | Path], fmt: str | None, report: IngestReport) -> list[NewsItem]:
    """Every readable item of every source; a later item with the same id replaces an earlier one."""
    items: dict[str, NewsItem] = {}
    for source in sources:
        for result in read_source(source, fmt):
            if isinstance(result, ReadProblem):
                report.problems.append(result)
            else:
                items[result.id] = result
    report.items_read = len(items)
    return list(items.values())


def batched(values: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(values)
    while batch := list(islice(iterator, size)):
        yield batch


def stored_entities(store: GraphStore, base: str) -> tuple[Graph, list[ResolvedEntity]]:
    graph = store.graph(entities_graph_iri(base))
    return graph, entities_in_graph(graph, base)


def entity_changes(current: Graph, entities: Sequence[ResolvedEntity], base: str) -> tuple[Graph, Graph]:
    """(triples to delete, triples to insert) that replace the given entities' descriptions in the
    entities graph by their new ones; the cost is that of the entities, not of the graph."""
    fresh = build_entity_graph(entities, base)
    removed, added = Graph(), Graph()
    for entity in entities:
        for triple in current.triples((entity_iri(entity.id, base), None, None)):
            if triple not in fresh:
                removed.add(triple)
    for triple in fresh:
        if triple not in current:
            added.add(triple)
    return removed, added


def entity_stubs(described: Sequence[Graph], item_graph: Graph) -> Graph:
    """The descriptions of the entities an item graph mentions, and of the entities those link to
    (a country, a parent organization): what the item's shapes need to see. Each node is
    described by the first of the `described` graphs that has it."""
    stubs = Graph()
    frontier = {node for node in item_graph.objects() if isinstance(node, URIRef)}
    seen: set[URIRef] = set()
    while frontier:
        node = frontier.pop()
        seen.add(node)
        triples: list = []
        for graph in described:
            triples = list(graph.triples((node, None, None)))
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
) -> IngestReport:
    """Read, extract, validate and store the news items of `sources`. Problems are not reported
    through `progress` but collected in the returned report, once each."""
    settings = settings or Settings.from_env()
    base = settings.base
    say = progress or (lambda message: None)
    report = IngestReport()
    items = read_items(sources, fmt, report)
    if not items:
        return report
    say(f"read {len(items)} items; loading the language model {settings.model}")
    entities_graph, known = stored_entities(store, base)
    store.replace_graphs({ontology_graph_iri(base): ontology_graph(base)})
    done = 0
    say(Step("ingest", done, len(items), "items"))
    for extractions, size in extracted_batches(items, nlp, settings.model, jobs, report):
        entities_graph, known = store_batch(extractions, store, entities_graph, known, base, report, quarantine)
        done += size
        say(Step("ingest", done, len(items), "items"))
    return report


def extracted_batches(
    items: list[NewsItem], nlp: Any, model: str, jobs: int, report: IngestReport
) -> Iterator[tuple[list[Extraction], int]]:
    """(extractions, number of items) per batch, in order. With several jobs, worker processes
    (each with its own copy of the model) extract while this process resolves, builds, validates
    and stores the batches they have finished."""
    chunks = batched(items, BATCH_SIZE)
    if jobs == 1:
        nlp = nlp or load_nlp(model)
        for chunk in chunks:
            yield extract_isolated(chunk, nlp, report), len(chunk)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(model,)) as pool:
        for extractions, problems, size in pool.map(_extract_in_worker, chunks):
            report.problems.extend(problems)
            yield extractions, size


_worker_nlp: Any = None


def _start_worker(model: str) -> None:
    global _worker_nlp
    _worker_nlp = load_nlp(model)


def _extract_in_worker(items: list[NewsItem]) -> tuple[list[Extraction], list[ReadProblem], int]:
    report = IngestReport()
    return extract_isolated(items, _worker_nlp, report), report.problems, len(items)


def extract_isolated(items: list[NewsItem], nlp: Any, report: IngestReport) -> list[Extraction]:
    """Extract a batch at full speed; if an item breaks extraction, redo the batch item by item so
    that only the bad item is reported and skipped."""
    try:
        return list(extract_many(items, nlp=nlp))
    except Exception:  # noqa: BLE001 - any failure of one item must not sink the batch
        pass
    extractions = []
    for item in items:
        try:
            extractions.append(extract(item, nlp=nlp))
        except Exception as error:  # noqa: BLE001
            report.problems.append(ReadProblem(item.origin or item.id, f"extraction failed: {error!r}"))
    return extractions


def store_batch(
    batch: list[Extraction],
    store: GraphStore,
    entities_graph: Graph,
    known: list[ResolvedEntity],
    base: str,
    report: IngestReport,
    quarantine: Path | None,
) -> tuple[Graph, list[ResolvedEntity]]:
    resolutions = resolve(batch, known)
    pending_entities = (build_entity_graph(all_entities(resolutions), base), entities_graph)
    built: list[tuple[Resolution, Graph]] = []
    for resolution in resolutions:
        try:
            built.append((resolution, build_item_graph(resolution, base)))
        except Exception as error:  # noqa: BLE001 - one bad item must not sink the batch
            item = resolution.extraction.item
            report.problems.append(ReadProblem(item.origin or item.id, f"could not build its graph: {error!r}"))
    accepted: list[Resolution] = []
    item_graphs: dict[URIRef, Graph] = {}
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
    new_entities = all_entities(accepted)
    removed, added = entity_changes(entities_graph, new_entities, base)
    store.replace_graphs(item_graphs, {entities_graph_iri(base): (removed, added)})
    entities_graph -= removed
    entities_graph += added
    report.items_stored += len(item_graphs)
    return entities_graph, merge_known(known, new_entities)


def validate_batch(graphs: list[Graph], entities: Sequence[Graph]) -> list[list[Issue]]:
    """The issues of each item graph, found in one validation of the whole batch (a pySHACL run
    costs about the same for one item as for 25) and given back to the items whose nodes they are
    about: the item that states a focus node, else every item that mentions it, else all of them."""
    union = Graph()
    for graph in graphs:
        union += graph
    issues = validate_graph(union + entity_stubs(entities, union))
    per_graph: list[list[Issue]] = [[] for _ in graphs]
    for issue in issues:
        focus = URIRef(issue.focus)
        owners = [i for i, graph in enumerate(graphs) if (focus, None, None) in graph]
        owners = owners or [i for i, graph in enumerate(graphs) if (None, None, focus) in graph]
        for index in owners or range(len(graphs)):  # a node no item names: nothing is stored unchecked
            per_graph[index].append(issue)
    return per_graph


def all_entities(resolutions: Iterable[Resolution]) -> list[ResolvedEntity]:
    merged: dict[str, ResolvedEntity] = {}
    for resolution in resolutions:
        for entity in resolution.entities:
            merged[entity.id] = entity
    return list(merged.values())


def merge_known(known: list[ResolvedEntity], new: list[ResolvedEntity]) -> list[ResolvedEntity]:
    by_id = {entity.id: entity for entity in known}
    by_id.update((entity.id, entity) for entity in new)
    return list(by_id.values())


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


def check_store(store: GraphStore, *, progress: Progress | None = None) -> list[Issue]:
    """Validate everything stored, as one graph (the union of the named graphs)."""
    union = Graph()
    names = store.graph_names()
    for index, name in enumerate(names):
        if progress:
            progress(Step("read graphs", index, len(names), "graphs"))
        union += store.graph(name)
    if progress:
        progress(Step("read graphs", len(names), len(names), "graphs"))
        progress(f"validating {len(union)} triples from {len(names)} graphs")
    return validate_graph(union)
