"""Saved queries on the hand-written fixture, safe parameters, output formats and the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from icgraph.bindings import bind_values
from icgraph.errors import QueryError, QuerySyntaxError
from icgraph.query import (
    bindings_for,
    find_query,
    format_output,
    parse_header,
    run_query,
    run_sparql,
    saved_queries,
)
from icgraph.store import open_store

FIXTURE = Path(__file__).resolve().parent / "data" / "graph-fixture.trig"
B = "https://w3id.org/icgraph/id/"
ALMALIK = URIRef(B + "person/salim-m-almalik")
OULD_AMAR = URIRef(B + "person/mohamed-ould-amar")
ICESCO = URIRef(B + "organization/icesco")
UNDP = URIRef(B + "organization/undp")
MEETING = URIRef(B + "event/2025-04-18-meeting-1a2b3c4d")

CONTRACT = {
    "who-met-whom": ["a", "aLabel", "b", "bLabel", "date", "place", "placeLabel", "event", "source"],
    "posts": ["person", "personLabel", "role", "organization", "organizationLabel", "source"],
    "agreements": ["agreement", "type", "date", "party", "partyLabel", "signatory", "signatoryLabel", "source"],
    "participations": ["agent", "agentLabel", "role", "event", "eventLabel", "eventType", "date", "endDate", "place", "placeLabel", "source"],
    "entities": ["entity", "label", "type", "alias"],
}
LIBRARY = {"meetings-of", "partners-of", "timeline", "agreements-by", "officials-of", "members-of", "co-participants", "sources-of"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("q") / "store") as opened:
        opened.load(FIXTURE)
        yield opened


def rows(store, name, **params):
    return run_query(store, name, params).rows


def test_the_library_has_every_query_with_a_header():
    library = saved_queries()
    assert set(CONTRACT) | LIBRARY <= set(library)
    for query in library.values():
        assert query.title and query.description, query.name
        assert query.example or not any(p.required for p in query.parameters), query.name
        for parameter in query.parameters:
            assert parameter.type in ("iri", "date", "string", "integer") and parameter.description


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_queries_return_exactly_the_agreed_variables(store, name):
    assert run_query(store, name, {}).variables == CONTRACT[name]


@pytest.mark.parametrize("name", sorted(set(CONTRACT) | LIBRARY))
def test_every_query_runs_with_its_example(store, name):
    query = find_query(name)
    params = {**query.example, **({"event": str(MEETING)} if "event" in query.example else {})}  # examples name the sample's events
    result = run_query(store, query, params)
    assert result.rows, f"{name} {params} gave no rows on the fixture"


def test_who_met_whom(store):
    result = rows(store, "who-met-whom")
    pairs = {(r["a"], r["b"], r["date"], r["source"]) for r in result}
    date = Literal("2025-04-18", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))
    assert (OULD_AMAR, ALMALIK, date, URIRef(B + "item/news-1")) in pairs
    assert (OULD_AMAR, ALMALIK, date, URIRef(B + "item/news-3")) in pairs
    assert all(str(r["a"]) < str(r["b"]) for r in result)
    assert {r["aLabel"].value for r in result} >= {"Mohamed Ould Amar"}
    assert all(r["placeLabel"] == Literal("Rabat") for r in result)
    assert len(result) == 3  # the shared meeting from two items, and the visit
    assert len(rows(store, "who-met-whom", since="2025-05-01")) == 1
    assert rows(store, "who-met-whom", type="ic:Visit")[0]["date"].toPython().isoformat() == "2025-05-02"
    assert rows(store, "who-met-whom", until="2025-01-01") == []


CONFERENCE = """
PREFIX ic: <https://w3id.org/icgraph/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX id: <https://w3id.org/icgraph/id/>
PREFIX vocab: <https://w3id.org/icgraph/vocab/>
<https://w3id.org/icgraph/graph/item/news-9> {
  id:event\\/c9 a ic:Conference , ic:Event , schema:Event ; schema:startDate "2025-04-20"^^<http://www.w3.org/2001/XMLSchema#date> ;
      ic:participant id:person\\/li-wei , id:person\\/salim-m-almalik ;
      ic:qualifiedParticipation id:event\\/c9\\/participation\\/p1 , id:event\\/c9\\/participation\\/p2 .
  id:event\\/c9\\/participation\\/p1 ic:agent id:person\\/li-wei ; ic:onBehalfOf id:country\\/chn ; ic:role vocab:role\\/participant .
  id:event\\/c9\\/participation\\/p2 ic:agent id:person\\/salim-m-almalik ; ic:onBehalfOf id:organization\\/icesco ; ic:role vocab:role\\/participant .
}
"""


def test_who_met_whom_lists_meetings_only_whatever_class_is_asked_for(tmp_path):
    """Two delegates at a conference did not meet each other: the class asked for narrows the meetings."""
    with open_store(tmp_path / "store") as store:
        store.load(FIXTURE)
        store.load(io.BytesIO(CONFERENCE.encode()), "trig")
        every = rows(store, "who-met-whom")
        assert len(every) == 3 and not any("c9" in str(r["event"]) for r in every)
        assert rows(store, "who-met-whom", type="ic:Event") == every
        assert rows(store, "who-met-whom", type="ic:Conference") == []
        assert rows(store, "who-met-whom", level="organization", type="ic:Conference") == []
        assert not any("c9" in str(r["event"]) for r in rows(store, "who-met-whom", level="organization"))


def test_posts_and_officials(store):
    posts = rows(store, "posts", person=str(OULD_AMAR))
    assert [(r["role"].value, r["organizationLabel"].value) for r in posts] == [("Minister of Culture", "Ministry of Culture of Mauritania")]
    officials = rows(store, "officials-of", organization=str(ICESCO))
    assert {r["personLabel"].value for r in officials} == {"Salim M. AlMalik"}


def test_agreements_one_row_per_party_with_signatory(store):
    result = rows(store, "agreements")
    by_party = {r["partyLabel"].value: r.get("signatoryLabel") for r in result}
    assert by_party == {
        "Islamic World Educational, Scientific and Cultural Organization": Literal("Salim M. AlMalik"),
        "United Nations Development Programme": Literal("Abdallah Al Dardari"),
    }
    assert rows(store, "agreements-by", party=str(UNDP), type="ic:MemorandumOfUnderstanding")[0]["counterpart"] == ICESCO
    assert rows(store, "agreements-by", type="ic:Protocol") == []


def test_participations_roles(store):
    result = rows(store, "participations", event=str(URIRef(B + "event/2025-05-03-forum-d0d0d0d0")))
    roles = {(r["agentLabel"].value, r["role"].value) for r in result}
    assert roles == {
        ("Islamic World Educational, Scientific and Cultural Organization", "organizer"),
        ("United Nations Development Programme", "partner"),
        ("Heritage Circle", "partner"),
        ("China", "participant"),
        ("Mauritania", "participant"),
    }
    assert all("placeLabel" not in r for r in result)  # the forum has no place: no stray labels


def test_entities_types_aliases_and_search(store):
    result = rows(store, "entities")
    types = {r["entity"]: r["type"] for r in result}
    assert types[URIRef(B + "organization/heritage-circle")] == URIRef("http://www.w3.org/ns/org#Organization")
    assert types[ICESCO] == URIRef("https://w3id.org/icgraph/ontology#IntergovernmentalOrganization")
    assert {r["alias"].value for r in result if r["entity"] == ALMALIK} == {"AlMalik", "Salim Al-Malik"}
    assert {r["entity"] for r in rows(store, "entities", search="icesco")} == {ICESCO}


def test_library_queries_on_the_fixture(store):
    met = rows(store, "meetings-of", entity=str(ALMALIK))
    assert {r["other"] for r in met} == {OULD_AMAR}
    partners = {r["partnerLabel"].value: r for r in rows(store, "partners-of", organization=str(ICESCO))}
    assert set(partners) == {"United Nations Development Programme", "Heritage Circle", "Ministry of Culture of Mauritania"}
    assert int(partners["United Nations Development Programme"]["agreements"]) == 1
    assert int(partners["United Nations Development Programme"]["coOrganized"]) == 1
    assert int(partners["Ministry of Culture of Mauritania"]["meetings"]) == 1
    timeline = rows(store, "timeline", entity=str(ALMALIK))
    assert [r["date"].value.isoformat() for r in timeline] == sorted(r["date"].value.isoformat() for r in timeline)
    assert {r["role"].value for r in timeline} >= {"host", "signatory", "participant"}
    members = rows(store, "members-of", organization=str(ICESCO))
    assert {r["code"].value for r in members} == {"MAR", "MRT"}
    co = rows(store, "co-participants", event=str(MEETING))
    assert {(r["agentLabel"].value, r["role"].value) for r in co} >= {("Salim M. AlMalik", "host"), ("Mohamed Ould Amar", "guest")}
    sources = rows(store, "sources-of", subject=str(MEETING))
    assert {r["source"] for r in sources} == {URIRef(B + "item/news-1"), URIRef(B + "item/news-3")}
    assert all(r["quote"].value for r in sources)


HOSTILE = ['} ; DROP ALL ; {', 'a"b', "a'b", 'x" } } ; CLEAR ALL ; SELECT * { "', "line\nbreak", "back\\slash", "{{}}", "عبد الله", "李伟"]


@pytest.mark.parametrize("value", HOSTILE)
def test_string_parameters_are_inert(store, value):
    before = store.stats().triples
    result = rows(store, "entities", search=value)
    expected = {"عبد الله": {B + "person/abdallah-al-dardari"}, "李伟": {B + "person/li-wei"}}.get(value, set())
    assert {str(r["entity"]) for r in result} == expected
    assert store.stats().triples == before


def test_non_latin_iri_parameters(store):
    assert rows(store, "meetings-of", entity=B + "person/李伟") == []
    assert {r["entity"] for r in rows(store, "entities", search="中国")} == {URIRef(B + "country/chn")}


@pytest.mark.parametrize("value", ["http://x> } ; DROP ALL ; { <y", "not an iri", "http://a b", 'http://a"b', "javascript"])
def test_malformed_iris_are_refused(store, value):
    with pytest.raises(QueryError, match="entity"):
        run_query(store, "meetings-of", {"entity": value})


def test_parameter_errors(store):
    with pytest.raises(QueryError, match="needs --param entity"):
        run_query(store, "meetings-of", {})
    with pytest.raises(QueryError, match="not a valid date"):
        run_query(store, "who-met-whom", {"since": "2025-13-45"})
    with pytest.raises(QueryError, match="has no parameter colour"):
        run_query(store, "who-met-whom", {"colour": "red"})
    with pytest.raises(QueryError, match="unknown query"):
        run_query(store, "no-such-query", {})


def test_bound_text_parses_and_keeps_the_value():
    text = bind_values("SELECT ?x WHERE { ?s ?p ?x }", {"x": Literal('} ; DROP ALL ; {"\n')})
    solutions = list(ox.Store().query(text.replace("?s ?p ?x", "")))
    assert solutions[0]["x"].value == '} ; DROP ALL ; {"\n'


def test_prefixed_and_relative_iris():
    query = find_query("meetings-of")
    assert bindings_for(query, {"entity": "id/person/x", "type": "ic:Visit"}) == {
        "entity": URIRef(B + "person/x"),
        "since": None,
        "until": None,
        "type": URIRef("https://w3id.org/icgraph/ontology#Visit"),
    }


def test_header_parsing():
    header = parse_header(
        "# title: T\n# description: first line\n#   second: line\n# param: n (integer, default 5): how many\n# example: n=3\nSELECT * {}",
        "x.rq",
    )
    assert header["description"] == "first line second: line"
    assert header["parameters"][0].default == "5" and header["example"] == {"n": "3"}
    assert not header["requires_current_model"]
    assert parse_header("# requires: current graph model\nSELECT * {}", "x.rq")["requires_current_model"]
    with pytest.raises(QueryError, match="unknown requirement 'ic:Encounter'"):
        parse_header("# requires: ic:Encounter\nSELECT * {}", "x.rq")


def test_syntax_error_has_line_and_column(store, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?s\nWHERE { ?s ?p }")
    with pytest.raises(QuerySyntaxError, match=r"bad.rq: syntax error at line 2, column"):
        run_query(store, bad, {})


# ------------------------------------------------------------------ formats


def test_json_is_sparql_results_json(store):
    document = json.loads(format_output(run_query(store, "who-met-whom", {}), "json"))
    assert document["head"]["vars"] == CONTRACT["who-met-whom"]
    first = document["results"]["bindings"][0]
    assert first["a"]["type"] == "uri"
    assert first["date"] == {"type": "literal", "value": first["date"]["value"], "datatype": "http://www.w3.org/2001/XMLSchema#date"}
    assert json.loads(format_output(run_sparql(store, "ASK { ?s ?p ?o }"), "json")) == {"head": {}, "boolean": True}


def test_csv_tsv_and_table(store):
    result = run_query(store, "posts", {})
    table = list(csv.reader(io.StringIO(format_output(result, "csv"))))
    assert table[0] == CONTRACT["posts"] and len(table) == len(result.rows) + 1
    tsv = format_output(result, "tsv").splitlines()
    assert tsv[0].split("\t")[0] == "?person" and tsv[1].split("\t")[0].startswith("<https://")
    text = format_output(run_query(store, "who-met-whom", {}), "table")
    header = text.splitlines()[0].split()
    assert header[:2] == ["a", "b"] and "aLabel" not in header
    assert "Mohamed Ould Amar" in text and B + "person/mohamed-ould-amar" not in text
    assert "(3 rows)" in text
    long_title = format_output(run_query(store, "agreements", {}), "table")
    assert "…" in long_title and max(len(cell) for line in long_title.splitlines() for cell in line.split("  ")) <= 48


def test_graph_formats(store):
    graph = run_sparql(store, "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/icgraph/graph/entities> { ?s ?p ?o } }")
    assert isinstance(graph, Graph) and len(graph) > 20
    for fmt, parser in (("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")):
        assert len(Graph().parse(data=format_output(graph, fmt), format=parser)) == len(graph)
    with pytest.raises(QueryError):
        format_output(graph, "csv")


# ------------------------------------------------------------------ CLI


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli") / "store"
    with open_store(folder) as opened:
        opened.load(FIXTURE)
    return str(folder)


def invoke(*args):
    from icgraph.cli import cli

    return CliRunner().invoke(cli, list(args))


def test_cli_query_json_and_params(store_dir):
    result = invoke("query", "who-met-whom", "--format", "json", "--store", store_dir)
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["results"]["bindings"]) == 3
    result = invoke("query", "meetings-of", "-p", "entity=id/person/salim-m-almalik", "--store", store_dir)
    assert result.exit_code == 0 and "Mohamed Ould Amar" in result.stdout


def test_cli_errors_are_one_line(store_dir, tmp_path):
    missing = invoke("query", "meetings-of", "--store", store_dir)
    assert missing.exit_code == 2 and "needs --param entity" in missing.stderr and "Traceback" not in missing.stderr
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?s WHERE { ?s ?p }")
    syntax = invoke("query", str(bad), "--store", store_dir)
    assert syntax.exit_code == 2 and "line 1, column" in syntax.stderr
    nostore = invoke("stats", "--store", str(tmp_path / "nothing"))
    assert nostore.exit_code == 1 and "no store at" in nostore.stderr


def test_cli_stats_export_queries(store_dir):
    stats = invoke("stats", "--format", "json", "--store", store_dir)
    assert json.loads(stats.stdout)["items"] == 4
    export = invoke("export", "--format", "nquads", "--store", store_dir)
    assert export.exit_code == 0 and len(export.stdout.strip().splitlines()) == json.loads(stats.stdout)["triples"]
    listing = invoke("queries")
    assert "meetings-of" in listing.stdout and "--param entity=<iri>" in listing.stdout
