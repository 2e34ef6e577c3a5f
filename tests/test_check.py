"""Whole-store validation batch by batch: the same issues as one pySHACL run over the union of the
named graphs, whatever the batch size, with progress reported after each batch."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from icgraph.check import check_store
from icgraph.cli import cli
from icgraph.store import open_store
from icgraph.validate import blocking, validate_graph
from icgraph.vocab import SCHEMA

FIXTURE = Path(__file__).resolve().parent / "data" / "graph-fixture.trig"
B = "https://w3id.org/icgraph/"
SHARED_MEETING = URIRef(B + "id/event/2025-04-18-meeting-1a2b3c4d")  # reported by news-1 and news-3
FORUM = URIRef(B + "id/event/2025-05-03-forum-d0d0d0d0")
UNDP = URIRef(B + "id/organization/undp")


def union(store) -> Graph:
    graph = Graph()
    for name in store.graph_names():
        graph += store.graph(name)
    return graph


@pytest.fixture
def broken_store(tmp_path):
    """The fixture with a problem inside one item graph, one in the entities graph, and one that
    only shows when two item graphs are seen together."""
    path = tmp_path / "store"
    with open_store(path) as store:
        store.load(FIXTURE)
        news3, news4, entities = (URIRef(B + f"graph/{name}") for name in ("item/news-3", "item/news-4", "entities"))
        graphs = {name: store.graph(name) for name in (news3, news4, entities)}
        graphs[news3].add((SHARED_MEETING, SKOS.prefLabel, Literal("A different name for the same meeting")))
        graphs[news4].add((FORUM, SCHEMA.endDate, Literal(date(2025, 5, 1))))
        graphs[entities].remove((UNDP, SKOS.prefLabel, None))
        store.replace_graphs(graphs)
    return path


@pytest.mark.parametrize("batch_triples", [1, 120, 10**9])
def test_batches_find_what_the_union_finds(broken_store, batch_triples):
    with open_store(broken_store) as store:
        expected = validate_graph(union(store))
        assert check_store(store, batch_triples=batch_triples) == expected
    shapes = {(issue.shape, issue.focus) for issue in expected}
    assert ("icsh:Event-prefLabel-single", str(SHARED_MEETING)) in shapes
    assert ("icsh:Event-dates-order", str(FORUM)) in shapes
    assert ("icsh:Entity-prefLabel-required", str(UNDP)) in shapes


def test_progress_is_reported_before_the_first_batch_and_after_each(broken_store):
    steps = []
    with open_store(broken_store) as store:
        total = len(store.graph_names())
        check_store(store, batch_triples=1, progress=steps.append)
    assert [step.done for step in steps] == list(range(0, total + 1))
    assert {(step.task, step.total, step.unit) for step in steps} == {("validate", total, "graphs")}


def test_cli_validate_exits_1_on_violations_and_prints_them(broken_store, tmp_path):
    result = CliRunner().invoke(cli, ["validate", "--store", str(broken_store)])
    assert result.exit_code == 1
    assert f"Violation: {FORUM} schema:startDate" in result.stdout
    assert "validate: 5/5 graphs" in result.stderr
    with open_store(tmp_path / "clean") as store:
        store.load(FIXTURE)
        assert blocking(check_store(store)) == []
    assert CliRunner().invoke(cli, ["validate", "--store", str(tmp_path / "clean")]).exit_code == 0


def test_two_processes_find_the_same_issues(broken_store):
    with open_store(broken_store) as store:
        assert check_store(store, batch_triples=60, jobs=2) == check_store(store, batch_triples=60)
