"""The embedded store: transactional graph replacement, reading, dumps, statistics, errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SKOS, XSD

from icgraph.errors import QueryError, QuerySyntaxError, StoreError
from icgraph.store import SelectResult, open_store

FIXTURE = Path(__file__).resolve().parent / "data" / "graph-fixture.trig"
B = "https://w3id.org/icgraph/"
G1 = URIRef(B + "graph/item/one")
G2 = URIRef(B + "graph/item/two")


def graph_of(*labels: str) -> Graph:
    graph = Graph()
    for index, label in enumerate(labels):
        graph.add((URIRef(f"{B}id/person/p{index}"), SKOS.prefLabel, Literal(label)))
    return graph


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "store") as opened:
        yield opened


@pytest.fixture
def loaded(tmp_path):
    with open_store(tmp_path / "store") as opened:
        opened.load(FIXTURE)
        yield opened


def test_replace_graphs_writes_and_replaces_each_graph(store):
    store.replace_graphs({G1: graph_of("a", "b"), G2: graph_of("c")})
    assert store.graph_names() == [G1, G2]
    store.replace_graphs({G1: graph_of("z")})
    assert sorted(str(o) for o in store.graph(G1).objects()) == ["z"]
    assert sorted(str(o) for o in store.graph(G2).objects()) == ["c"]
    assert store.stats().triples == 2


def test_replace_graphs_is_one_transaction(store):
    store.replace_graphs({G1: graph_of("kept")})
    unwritable = Graph()
    unwritable.add((URIRef("http://example.org/has space"), SKOS.prefLabel, Literal("x")))
    relative = Graph()  # rdflib writes it, Oxigraph rejects it inside the transaction
    relative.add((URIRef("relative/iri"), SKOS.prefLabel, Literal("x")))
    for broken in (unwritable, relative):
        with pytest.raises(StoreError, match="nothing was changed"):
            store.replace_graphs({G1: graph_of("new"), G2: broken})
    assert [str(o) for o in store.graph(G1).objects()] == ["kept"]
    assert store.graph_names() == [G1]


def test_changes_delete_and_insert_triples_with_the_replaced_graphs(store):
    store.replace_graphs({G1: graph_of("a", "b"), G2: graph_of("c")})
    removed, added = graph_of("a"), Graph()
    added.add((URIRef(f"{B}id/person/p9"), SKOS.prefLabel, Literal("new")))
    store.replace_graphs({G2: graph_of("d")}, {G1: (removed, added)})
    assert sorted(str(o) for o in store.graph(G1).objects()) == ["b", "new"]
    assert sorted(str(o) for o in store.graph(G2).objects()) == ["d"]
    relative = Graph()
    relative.add((URIRef("relative/iri"), SKOS.prefLabel, Literal("x")))
    with pytest.raises(StoreError, match="nothing was changed"):
        store.replace_graphs({G2: graph_of("e")}, {G1: (graph_of("b"), relative)})
    assert sorted(str(o) for o in store.graph(G1).objects()) == ["b", "new"]
    assert sorted(str(o) for o in store.graph(G2).objects()) == ["d"]


def test_an_empty_graph_removes_the_named_graph(store):
    store.replace_graphs({G1: graph_of("a"), G2: graph_of("b")})
    store.replace_graphs({G1: Graph()})
    assert store.graph_names() == [G2]


def test_terms_survive_the_round_trip(store):
    graph = Graph()
    subject = URIRef(B + "id/person/x")
    values = [
        Literal("2025-04-18", datatype=XSD.date),
        Literal("عبد الله الدردري", lang="ar"),
        Literal('quote " and \\ backslash\nnew line'),
        Literal("42", datatype=XSD.integer),
        Literal("李伟"),
    ]
    for value in values:
        graph.add((subject, SKOS.note, value))
    store.replace_graphs({G1: graph})
    assert set(store.graph(G1).objects()) == set(values)


def varied_terms() -> Graph:
    """Every kind of term an item graph holds, and a few it may: language tags in capitals, an
    explicit xsd:string, escapes, a long text, an IRI with non-ASCII characters."""
    graph = Graph()
    subject = URIRef(B + "id/person/amara-okafor")
    values = [
        Literal("Amara Okafor"),
        Literal("Amara Okafor", datatype=XSD.string),
        Literal("Amara Okafor", lang="EN-gb"),
        Literal("أمارا أوكافور", lang="ar"),
        Literal("2031-05-04", datatype=XSD.date),
        Literal("0.85", datatype=XSD.decimal),
        Literal(17),
        Literal('a "quoted" word, a \\ backslash\na new line and a tab\t'),
        Literal("The minister met the delegation. " * 400),
        URIRef(B + "id/place/são-tomé"),
        URIRef("https://example.org/news?id=7&lang=en#top"),
    ]
    for value in values:
        graph.add((subject, SKOS.note, value))
    return graph


def test_new_graphs_are_stored_as_an_update_would_store_them(tmp_path):
    """A write that only adds (new item graphs, entity triples inserted) is stored as quads, one
    that replaces a graph through a SPARQL update: both store the same terms."""
    added, extra = varied_terms(), graph_of("x")
    with open_store(tmp_path / "added") as fresh, open_store(tmp_path / "replaced") as existing:
        existing.replace_graphs({G1: graph_of("old"), G2: graph_of("old")})
        existing.replace_graphs({G1: added}, {G2: (graph_of("old"), extra)})
        fresh.replace_graphs({G1: added}, {G2: (Graph(), extra)})
        assert set(fresh.native) == set(existing.native)
        assert len(fresh.graph(G1)) == len(added) - 1  # "Amara Okafor" with or without xsd:string: one literal


def test_a_failed_write_of_new_graphs_changes_nothing(store):
    store.replace_graphs({G1: graph_of("kept")})
    for broken_term in (URIRef("relative/iri"), URIRef("http://example.org/has space"), Literal("half an emoji \ud83d"),
                        Literal("x", datatype=URIRef("relative"))):
        broken = graph_of("new")
        broken.add((URIRef(B + "id/person/p9"), SKOS.note, broken_term))
        with pytest.raises(StoreError, match="nothing was changed"):
            store.replace_graphs({G2: graph_of("new")}, {G1: (Graph(), broken)})
        with pytest.raises(StoreError, match="nothing was changed"):
            store.replace_graphs({G2: broken})
    assert [str(o) for o in store.graph(G1).objects()] == ["kept"]
    assert store.graph_names() == [G1]


def test_each_write_makes_its_blank_nodes_new_ones(store):
    """As a SPARQL update does: the same label in two writes names two nodes."""
    graph = Graph()
    graph.add((BNode("b1"), SKOS.prefLabel, Literal("a")))
    store.replace_graphs({G1: graph})
    store.replace_graphs({G2: graph})
    assert len({quad.subject for quad in store.native}) == 2


def test_the_store_persists_and_is_locked_while_open(tmp_path):
    with open_store(tmp_path / "s") as first:
        first.replace_graphs({G1: graph_of("a")})
        with pytest.raises(StoreError, match="locked"):
            open_store(tmp_path / "s")
    with open_store(tmp_path / "s", read_only=True) as reader:
        assert reader.graph_names() == [G1]
        with pytest.raises(StoreError, match="read-only"):
            reader.replace_graphs({G2: graph_of("b")})
    with open_store(tmp_path / "s") as again:
        assert again.graph_names() == [G1]


def test_a_new_store_creates_its_missing_parent_folders(tmp_path):
    """`make demo` on a fresh clone: `--store out/demo-store` before anything made `out/`."""
    with open_store(tmp_path / "out" / "nested" / "store") as store:
        store.replace_graphs({G1: graph_of("a")})
    with open_store(tmp_path / "out" / "nested" / "store", read_only=True, create=False) as reader:
        assert reader.graph_names() == [G1]


def test_reading_commands_refuse_a_missing_store(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "missing", create=False)
    assert not (tmp_path / "missing").exists()


def test_select_ask_and_construct_use_the_union_of_graphs(loaded):
    rows = loaded.select("SELECT ?label WHERE { <%sid/person/li-wei> <%s> ?label }" % (B, SKOS.prefLabel)).rows
    assert rows == [{"label": Literal("李伟")}]
    assert loaded.select("ASK { ?s a <https://w3id.org/icgraph/ontology#Meeting> }").boolean is True
    graph = loaded.construct("CONSTRUCT { ?s <urn:label> ?l } WHERE { ?s <%s> ?l }" % SKOS.prefLabel)
    assert (URIRef(B + "id/place/rabat"), URIRef("urn:label"), Literal("Rabat")) in graph


def test_select_binds_values_as_terms(loaded):
    sparql = "SELECT ?e WHERE { GRAPH ?g { ?e <%s> ?label } }" % SKOS.altLabel
    result = loaded.select(sparql, {"label": Literal("中国")})
    assert result == SelectResult(["e"], [{"e": URIRef(B + "id/country/chn")}])
    assert loaded.select(sparql, {"label": Literal('"} ; DROP ALL ; {"')}).rows == []
    assert loaded.stats().triples > 0


def test_syntax_errors_name_line_and_column(loaded):
    with pytest.raises(QuerySyntaxError, match=r"line 2, column \d+"):
        loaded.select("SELECT ?s\nWHERE { ?s ?p }")
    with pytest.raises(QuerySyntaxError, match=r"line 2, column \d+"):
        loaded.select("SELECT ?s\nWHERE { ?s ?p }", {"s": URIRef("http://example.org/x")})


def test_a_query_past_its_timeout_is_abandoned(loaded):
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } }"
    with pytest.raises(QueryError, match="timed out after 0.01 s"):
        loaded.select(heavy, timeout=0.01)


def test_dump_formats_round_trip(loaded):
    total = loaded.stats().triples
    out = io.BytesIO()
    loaded.dump(out, "trig")
    dataset = Dataset()
    dataset.parse(data=out.getvalue(), format="trig")
    assert len(list(dataset.quads())) == total
    out = io.BytesIO()
    loaded.dump(out, "nquads")
    assert len(out.getvalue().decode().strip().splitlines()) == total
    out = io.BytesIO()
    loaded.dump(out, "turtle")
    union = Graph().parse(data=out.getvalue(), format="turtle")
    assert (URIRef(B + "id/country/mar"), SKOS.notation, Literal("MAR")) in union
    assert len(union) < total  # the meeting reported by two items is written once
    out = io.BytesIO()
    loaded.dump(out, "jsonld")
    assert isinstance(json.loads(out.getvalue()), (list, dict))
    assert len(Graph().parse(data=out.getvalue(), format="json-ld")) == len(union)
    with pytest.raises(StoreError, match="unknown export format"):
        loaded.dump(io.BytesIO(), "csv")


def test_stats_of_the_fixture(loaded):
    stats = loaded.stats()
    assert stats.graphs == 6
    assert stats.items == 4
    assert stats.posts == 4
    assert stats.agreements == 1
    assert stats.entities["Person"] == 4
    assert stats.entities["Country"] == 3
    assert stats.entities["Organization"] == 8
    assert stats.events == {"Event": 4, "Meeting": 2, "Forum": 1, "Signing": 1, "Visit": 1}
