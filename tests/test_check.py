"""Whole-store validation as SPARQL over the store: the same issues as one pySHACL run over the
union of the named graphs, on stores with violations of every kind of constraint the shapes use."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from icgraph.check import UnsupportedShape, check_native, check_store, check_triples, compile_shapes
from icgraph.cli import cli
from icgraph.config import Settings
from icgraph.pipeline import ingest
from icgraph.store import ConvertedTriples, native_triples, open_store
from icgraph.validate import SEVERITY_ORDER, blocking, shapes_graph, validate_graph

SAMPLE_PAGE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "000_9d4d6b1e05b12518.txt"
FIXTURE = Path(__file__).resolve().parent / "data" / "graph-fixture.trig"
B = "https://w3id.org/icgraph/"
SHARED_MEETING = URIRef(B + "id/event/2025-04-18-meeting-1a2b3c4d")  # reported by news-1 and news-3
FORUM = URIRef(B + "id/event/2025-05-03-forum-d0d0d0d0")
UNDP = URIRef(B + "id/organization/undp")
EVIDENCE = B + "id/event/2025-04-11-signing-5e6f7a8b/evidence/22222222"
POST = B + "id/post/aaaa0003"
PREFIXES = """
PREFIX ic: <https://w3id.org/icgraph/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX id: <https://w3id.org/icgraph/id/>
PREFIX g: <https://w3id.org/icgraph/graph/>
"""
# One break of each kind of constraint in shapes.ttl, spread over item graphs and the entities graph.
BREAKS = f"""
DELETE DATA {{ GRAPH g:entities {{ id:organization\\/undp skos:prefLabel "United Nations Development Programme" }} }} ;
INSERT DATA {{
  GRAPH <{B}graph/item/news-3> {{ <{SHARED_MEETING}> skos:prefLabel "A different name for the same meeting" }}
  GRAPH <{B}graph/item/news-4> {{ <{FORUM}> schema:endDate "2025-05-01"^^xsd:date }}
  GRAPH <{B}graph/item/news-2> {{
    <{EVIDENCE}> ic:confidence 1.5 ; ic:charStart 900 ; ic:quote "" ; skos:note "not allowed here" .
    <{POST}> ic:roleLabel <{B}vocab/role/minister> ; org:member id:country\\/mrt .
    id:agreement\\/2025-04-11-memorandum-of-understanding-9a9a9a9a schema:dateCreated "2025-13-45"^^xsd:date ;
        schema:location id:person\\/li-wei ; ic:party "a party by name" .
  }}
  GRAPH <{B}graph/item/news-1> {{
    <{SHARED_MEETING}> schema:startDate "18 April 2025" ; ic:participant id:country\\/xyz ;
        ic:qualifiedParticipation "by name" .
    <{B}id/event/2025-06-01-meeting-0e0e0e0e> a ic:Meeting , ic:Event ; ic:eventType <{B}vocab/event-type/meeting> ;
        skos:prefLabel "Meeting of nobody" ; prov:wasDerivedFrom <{B}id/item/news-1> .
    <{B}id/item/news-1> dcterms:identifier "a second identifier" .
  }}
  GRAPH g:entities {{
    id:person\\/li-wei a org:Organization .
    id:country\\/mar skos:notation "mar" .
    id:organization\\/icesco-culture-sector org:subOrganizationOf id:person\\/mohamed-ould-amar .
  }}
}}
"""


def union(store) -> Graph:
    graph = Graph()
    for name in store.graph_names():
        graph += store.graph(name)
    return graph


def ordered(issues):
    return sorted(issues, key=lambda i: (SEVERITY_ORDER[i.severity], i.focus, i.shape, i.value is not None, i.value or "", i.path or "", i.message))


@pytest.fixture
def broken_store(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as store:
        store.load(FIXTURE)
        store.native.update(PREFIXES + BREAKS)
    return path


def test_the_store_check_finds_what_pyshacl_finds_on_the_union(broken_store):
    with open_store(broken_store) as store:
        expected = ordered(validate_graph(union(store)))
        found = check_store(store)
    assert found == expected
    shapes = {issue.shape for issue in found}
    # every kind of constraint broken above was found (by both)
    for shape in (
        "icsh:Event-prefLabel-single", "icsh:Event-dates-order", "icsh:Entity-prefLabel-required",
        "icsh:Evidence-confidence", "icsh:Evidence-offsets-order", "icsh:Evidence-quote", "icsh:EvidenceShape",
        "icsh:Post-roleLabel", "icsh:Post-holder", "icsh:Agreement-date", "icsh:Agreement-location",
        "icsh:Agreement-party-agent", "icsh:Event-startDate-datatype", "icsh:Event-participant",
        "icsh:Event-qualifiedParticipation", "icsh:EventAgentsShape", "icsh:NewsItem-identifier",
        "icsh:PersonShape", "icsh:Country-notation-format", "icsh:Organization-parent", "icsh:Meeting-two-sides",
    ):
        assert shape in shapes, shape
    closed = next(i for i in found if i.shape == "icsh:EvidenceShape")
    assert (closed.path, closed.value) == ("skos:note", "not allowed here")


def test_a_set_of_triples_gets_the_issues_pyshacl_finds(broken_store):
    """What ingest validates a batch of items with: the triples in a store of their own."""
    with open_store(broken_store) as store:
        graph = union(store)
    found = check_triples(graph)
    assert ordered(issue for _, issue in found) == ordered(validate_graph(graph))
    assert URIRef(SHARED_MEETING) in {focus for focus, _ in found}
    converted = ConvertedTriples(set(graph))  # an item graph as ingest builds it: converted once, checked, stored
    again = check_native(native_triples(converted))
    assert ordered(issue for _, issue in again) == ordered(issue for _, issue in found)
    assert {focus for focus, _ in again} == {focus for focus, _ in found}
    assert len(converted) == len(graph) and next(iter(graph)) in converted


def test_a_clean_store_has_no_violation(tmp_path):
    with open_store(tmp_path / "clean") as store:
        store.load(FIXTURE)
        assert blocking(check_store(store)) == []
        assert check_store(store) == ordered(validate_graph(union(store)))


def test_an_ingested_sample_store_gets_the_issues_pyshacl_finds(tmp_path, nlp):
    """On what ingest writes for the sample page (with the warnings real news give)."""
    with open_store(tmp_path / "sample") as store:
        assert ingest([SAMPLE_PAGE], store, settings=Settings(), nlp=nlp).ok
        store.native.update(PREFIXES + 'INSERT { GRAPH ?g { ?e schema:endDate "2000-01-01"^^xsd:date } } WHERE { GRAPH ?g { ?e a ic:Meeting } }')
        expected = ordered(validate_graph(union(store)))
        assert check_store(store) == expected
    assert any(issue.shape == "icsh:Event-dates-order" for issue in expected)
    assert any(issue.severity == "Warning" for issue in expected)


def test_progress_is_reported_before_the_first_check_and_after_each(broken_store):
    steps = []
    with open_store(broken_store) as store:
        check_store(store, progress=steps.append)
    total = steps[0].total
    assert total > 20  # a query for the counts and one for the values of each node shape, one per comparison
    assert [step.done for step in steps] == list(range(0, total + 1))
    assert {(step.task, step.total, step.unit) for step in steps} == {("validate", total, "checks")}


def test_cli_validate_exits_1_on_violations_and_prints_them(broken_store, tmp_path):
    result = CliRunner().invoke(cli, ["validate", "--store", str(broken_store)])
    assert result.exit_code == 1
    assert f"Violation: {FORUM} schema:startDate" in result.stdout
    total = len(compile_shapes(shapes_graph()))
    assert f"validate: {total}/{total} checks" in result.stderr
    with open_store(tmp_path / "clean") as store:
        store.load(FIXTURE)
    assert CliRunner().invoke(cli, ["validate", "--store", str(tmp_path / "clean")]).exit_code == 0


def test_two_jobs_find_the_same_issues(broken_store):
    with open_store(broken_store) as store:
        assert check_store(store, jobs=2) == check_store(store)


def test_a_shape_the_store_check_cannot_compile_is_refused_not_skipped():
    shapes = shapes_graph()
    shapes.parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:x:Shape> a sh:NodeShape ; sh:targetClass <urn:x:C> ; sh:property <urn:x:P> .
        <urn:x:P> sh:path <urn:x:p> ; sh:uniqueLang true .""",
        format="turtle",
    )
    with pytest.raises(UnsupportedShape, match="uniqueLang"):
        compile_shapes(shapes)
    unexplained = shapes_graph()
    unexplained.parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:x:Shape> a sh:NodeShape ; sh:targetClass <urn:x:C> ; sh:property <urn:x:P> .
        <urn:x:P> sh:path <urn:x:p> ; sh:minCount 1 .""",
        format="turtle",
    )
    with pytest.raises(UnsupportedShape, match="no sh:message"):
        compile_shapes(unexplained)
