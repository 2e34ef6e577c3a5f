"""The same commands against real SPARQL servers: push, every saved query, stats, export, errors.

Oxigraph's server always runs; Virtuoso runs when `virtuoso-t` is installed (.ci/run installs it).
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from icgraph.config import Settings
from icgraph.errors import EndpointError, OutdatedStoreError, QuerySyntaxError
from icgraph.iri import ontology_graph_iri
from icgraph.model import Extraction
from icgraph.pipeline import ingest
from icgraph.push import push
from icgraph.query import run_query, saved_queries
from icgraph.store import open_store
from servers import free_port, oxigraph_server, virtuoso_available, virtuoso_server

pytestmark = pytest.mark.server

FIXTURE = Path(__file__).resolve().parent / "data" / "graph-fixture.trig"
SERVERS = {"oxigraph": oxigraph_server, "virtuoso": virtuoso_server}


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    folder = tmp_path_factory.mktemp("local") / "store"
    with open_store(folder) as store:
        store.load(FIXTURE)
    with open_store(folder, read_only=True) as store:
        yield store


@pytest.fixture(scope="module", params=sorted(SERVERS))
def server(request, tmp_path_factory):
    if request.param == "virtuoso" and not virtuoso_available():
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    with SERVERS[request.param](tmp_path_factory.mktemp(request.param)) as running:
        yield running


def remote_store(server, **options):
    return open_store(endpoint=server.query_url, update_endpoint=server.update_url, auth=server.auth, auth_scheme=server.auth_scheme, **options)


@pytest.fixture(scope="module")
def remote(server, local):
    store = remote_store(server)
    push(local, store)
    return store


def canonical(result):
    return sorted(sorted((name, term.n3()) for name, term in row.items()) for row in result.rows)


def test_push_is_idempotent(server, local, remote):
    first = remote.stats()
    report = push(local, remote)
    assert report.graphs == 6 and report.triples == local.stats().triples
    assert remote.stats() == first == local.stats()


def test_push_by_sparql_update(server, local):
    store = remote_store(server)
    report = push(local, store, use_graph_store=False)
    assert report.method == "update"
    assert store.stats() == local.stats()


def test_one_url_finds_the_query_update_and_graph_store_services(server, local):
    """The server's base URL (or its query URL) is enough: the rest is discovered."""
    for url in (server.query_url, server.query_url.rsplit("/", 1)[0] + "/"):
        if server.auth and url.endswith("/"):
            continue  # Virtuoso's authenticated services are not below its root
        store = open_store(endpoint=url, auth=server.auth, auth_scheme=server.auth_scheme)
        report = push(local, store)
        if server.name == "oxigraph":  # Virtuoso's Graph Store answers no probe: it is used when named
            assert report.method == "graph-store"
            assert store.client.graph_store_endpoint == server.graph_store_url
        assert store.stats() == local.stats()
        store = open_store(endpoint=url, auth=server.auth, auth_scheme=server.auth_scheme)
        assert push(local, store, use_graph_store=False).method == "update"
        assert store.client.update_endpoint == server.update_url


# The examples name events of the sample page; the fixture's meeting stands in for them here.
FIXTURE_EVENT = "https://w3id.org/icgraph/id/event/2025-04-18-meeting-1a2b3c4d"


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_gives_the_same_answer(name, local, remote):
    query = saved_queries()[name]
    params = {**query.example, **({"event": FIXTURE_EVENT} if "event" in query.example else {})}
    here = run_query(local, query, params)
    there = run_query(remote, query, params)
    assert there.variables == here.variables
    assert canonical(there) == canonical(here)
    assert here.rows


# Parameters change how a saved query is evaluated (a date window or class tested early, a level
# switching a branch off): each combination must give the same answer on every server.
PARAMETER_CASES = [
    ("who-met-whom", {}), ("who-met-whom", {"type": "ic:Visit"}), ("who-met-whom", {"until": "2025-04-01"}),
    ("who-met-whom", {"level": "organization", "type": "ic:Meeting"}), ("who-met-whom", {"level": "organization"}),
    ("meetings-of", {"entity": "id/organization/icesco", "since": "2025-01-01", "type": "ic:Meeting"}),
    ("participations", {"since": "2025-04-01", "type": "ic:Meeting"}), ("participations", {}),
    ("agreements", {"since": "2025-04-01", "until": "2025-04-30"}), ("agreements-by", {}),
    ("entities", {"class": "ic:Person"}), ("timeline", {"entity": "id/organization/icesco", "since": "2025-01-01"}),
    ("members-of", {"organization": "id/organization/icesco"}), ("partners-of", {"organization": "id/organization/icesco"}),
]


@pytest.mark.parametrize("name,params", PARAMETER_CASES, ids=[f"{n}-{'-'.join(p) or 'none'}" for n, p in PARAMETER_CASES])
def test_parameters_give_the_same_answer(name, params, local, remote):
    assert canonical(run_query(remote, name, params)) == canonical(run_query(local, name, params))


def test_parameters_stay_inert_on_the_server(local, remote):
    for value in ['} ; DROP ALL ; {', 'a"b\n', "عبد الله", "李伟"]:
        assert canonical(run_query(remote, "entities", {"search": value})) == canonical(run_query(local, "entities", {"search": value}))
    assert remote.stats() == local.stats()


def test_graphs_and_export(local, remote):
    assert remote.graph_names() == local.graph_names()
    name = URIRef("https://w3id.org/icgraph/graph/entities")
    assert set(remote.graph(name)) == set(local.graph(name))
    out = io.BytesIO()
    remote.dump(out, "trig")
    dataset = Dataset()
    dataset.parse(data=out.getvalue(), format="trig")
    assert len(list(dataset.quads())) == local.stats().triples


def test_replace_graphs_on_the_server(server):
    store = remote_store(server)
    name = URIRef("https://w3id.org/icgraph/graph/item/scratch")
    graph = Graph()
    graph.add((URIRef("https://w3id.org/icgraph/id/person/x"), SKOS.prefLabel, Literal('quote " brace }')))
    store.replace_graphs({name: graph})
    store.replace_graphs({name: graph})
    assert set(store.graph(name)) == set(graph)
    store.replace_graphs({name: Graph()})
    assert len(store.graph(name)) == 0


def test_a_malformed_query_is_a_syntax_error(remote):
    with pytest.raises(QuerySyntaxError, match="line 1, column"):
        remote.select("SELECT ?s WHERE { ?s ?p }")


def test_unreachable_server_is_one_clear_error():
    store = open_store(endpoint=f"http://127.0.0.1:{free_port()}/sparql", timeout=5)
    with pytest.raises(EndpointError, match="cannot reach"):
        store.stats()


def test_bad_credentials(server):
    if server.auth is None:
        pytest.skip("this server runs without authentication")
    store = open_store(endpoint=server.query_url, auth=("dba", "wrong"), auth_scheme=server.auth_scheme)
    with pytest.raises(EndpointError, match="credentials"):
        store.stats()


def test_cli_against_the_server(server, local, remote, tmp_path):
    from icgraph.cli import cli

    runner = CliRunner()
    store_dir = str(local.path)
    env = {"ICGRAPH_ENDPOINT_USER": server.auth[0], "ICGRAPH_ENDPOINT_PASSWORD": server.auth[1]} if server.auth else {}
    auth = ["--auth", server.auth_scheme] if server.auth else []
    target = ["--endpoint", server.query_url, "--update-endpoint", server.update_url, *auth]
    for _ in range(2):
        pushed = runner.invoke(cli, ["push", *target, "--store", store_dir], env=env)
        assert pushed.exit_code == 0, pushed.stderr
        assert "pushed 6 graphs" in pushed.stderr
    stats = runner.invoke(cli, ["stats", "--format", "json", *target], env=env)
    assert json.loads(stats.stdout)["triples"] == local.stats().triples
    query = runner.invoke(cli, ["query", "who-met-whom", "--format", "json", *target], env=env)
    assert len(json.loads(query.stdout)["results"]["bindings"]) == 3
    if not server.auth:
        base = ["--endpoint", server.query_url.rsplit("/", 1)[0]]
        for command in (["push", "--store", store_dir], ["stats"], ["export", "--format", "nquads"], ["query", "who-met-whom"]):
            result = runner.invoke(cli, [*command, *base])
            assert result.exit_code == 0, (command, result.stderr)
    down = runner.invoke(cli, ["query", "who-met-whom", "--endpoint", f"http://127.0.0.1:{free_port()}/sparql"])
    assert down.exit_code == 1 and down.stderr.count("\n") == 1 and "cannot reach" in down.stderr


# One item's graph: "Minister Hana Berg and Ambassador Omar Lind received Dr. Ines Sato and Mr. Karl
# Dahl" (two hosts, two guests), and "Ms. Rita Moss met Mr. Paul Ek and Ms. Lea Ford" (those met on side 2).
SIDED_MEETINGS = """@prefix ic: <https://w3id.org/icgraph/ontology#> .
@prefix id: <https://w3id.org/icgraph/id/> .
@prefix role: <https://w3id.org/icgraph/vocab/role/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
id:event\\/sides-1 a ic:Meeting , ic:Event ;
    ic:participant id:person\\/hana-berg , id:person\\/omar-lind , id:person\\/ines-sato , id:person\\/karl-dahl ;
    ic:host id:person\\/hana-berg , id:person\\/omar-lind ; ic:guest id:person\\/ines-sato , id:person\\/karl-dahl ;
    ic:qualifiedParticipation id:event\\/sides-1\\/participation\\/h1 , id:event\\/sides-1\\/participation\\/h2 ,
        id:event\\/sides-1\\/participation\\/g1 , id:event\\/sides-1\\/participation\\/g2 .
id:event\\/sides-1\\/participation\\/h1 a ic:Participation ; ic:agent id:person\\/hana-berg ; ic:role role:host ; ic:side 1 .
id:event\\/sides-1\\/participation\\/h2 a ic:Participation ; ic:agent id:person\\/omar-lind ; ic:role role:host ; ic:side 1 .
id:event\\/sides-1\\/participation\\/g1 a ic:Participation ; ic:agent id:person\\/ines-sato ; ic:role role:guest ; ic:side 2 .
id:event\\/sides-1\\/participation\\/g2 a ic:Participation ; ic:agent id:person\\/karl-dahl ; ic:role role:guest ; ic:side 2 .
id:event\\/sides-2 a ic:Meeting , ic:Event ;
    ic:participant id:person\\/rita-moss , id:person\\/paul-ek , id:person\\/lea-ford ;
    ic:qualifiedParticipation id:event\\/sides-2\\/participation\\/s , id:event\\/sides-2\\/participation\\/y ,
        id:event\\/sides-2\\/participation\\/z .
id:event\\/sides-2\\/participation\\/s a ic:Participation ; ic:agent id:person\\/rita-moss ; ic:role role:participant ; ic:side 1 .
id:event\\/sides-2\\/participation\\/y a ic:Participation ; ic:agent id:person\\/paul-ek ; ic:role role:participant ; ic:side 2 .
id:event\\/sides-2\\/participation\\/z a ic:Participation ; ic:agent id:person\\/lea-ford ; ic:role role:participant ; ic:side 2 .
id:event\\/sides-1\\/encounter\\/e0 a ic:Encounter ; ic:meeting id:event\\/sides-1 ; ic:first id:person\\/hana-berg ; ic:second id:person\\/ines-sato .
id:event\\/sides-1\\/encounter\\/e1 a ic:Encounter ; ic:meeting id:event\\/sides-1 ; ic:first id:person\\/hana-berg ; ic:second id:person\\/karl-dahl .
id:event\\/sides-1\\/encounter\\/e2 a ic:Encounter ; ic:meeting id:event\\/sides-1 ; ic:first id:person\\/ines-sato ; ic:second id:person\\/omar-lind .
id:event\\/sides-1\\/encounter\\/e3 a ic:Encounter ; ic:meeting id:event\\/sides-1 ; ic:first id:person\\/karl-dahl ; ic:second id:person\\/omar-lind .
id:event\\/sides-2\\/encounter\\/e0 a ic:Encounter ; ic:meeting id:event\\/sides-2 ; ic:first id:person\\/paul-ek ; ic:second id:person\\/rita-moss .
id:event\\/sides-2\\/encounter\\/e1 a ic:Encounter ; ic:meeting id:event\\/sides-2 ; ic:first id:person\\/lea-ford ; ic:second id:person\\/rita-moss .
id:person\\/hana-berg skos:prefLabel "Hana Berg" . id:person\\/omar-lind skos:prefLabel "Omar Lind" .
id:person\\/ines-sato skos:prefLabel "Ines Sato" . id:person\\/karl-dahl skos:prefLabel "Karl Dahl" .
id:person\\/rita-moss skos:prefLabel "Rita Moss" . id:person\\/paul-ek skos:prefLabel "Paul Ek" . id:person\\/lea-ford skos:prefLabel "Lea Ford" .
"""


def test_people_on_one_side_make_no_pair_on_the_server(server, remote, tmp_path):
    """who-met-whom's pairs (the encounters the build writes: not two hosts, two guests, two of those
    met) are the same on every server as on the embedded store."""
    name = URIRef("https://w3id.org/icgraph/graph/item/sides-scratch")
    graph = Graph().parse(data=SIDED_MEETINGS, format="turtle")
    with open_store(tmp_path / "store") as here:
        here.load(FIXTURE)
        here.replace_graphs({name: graph})
        expected = run_query(here, "who-met-whom", {})
    remote.replace_graphs({name: graph})
    try:
        assert canonical(run_query(remote, "who-met-whom", {})) == canonical(expected)
    finally:
        remote.replace_graphs({name: Graph()})
    pairs = {frozenset((str(row["aLabel"]), str(row["bLabel"]))) for row in expected.rows if "sides-" in str(row["event"])}
    host_guest = {frozenset((host, guest)) for host in ("Hana Berg", "Omar Lind") for guest in ("Ines Sato", "Karl Dahl")}
    assert pairs == host_guest | {frozenset(("Rita Moss", "Paul Ek")), frozenset(("Rita Moss", "Lea Ford"))}


def test_a_server_holding_items_of_an_older_model_is_neither_queried_nor_ingested_into(remote, tmp_path):
    name = ontology_graph_iri()
    current = remote.graph(name)
    news = tmp_path / "news.jsonl"
    news.write_text('{"id": "new-1", "text": "Nothing happened."}\n', encoding="utf-8")
    remote.replace_graphs({name: Graph()})
    try:
        with pytest.raises(OutdatedStoreError, match=re.escape(remote.endpoint)):
            run_query(remote, "who-met-whom", {})
        with pytest.raises(OutdatedStoreError, match="nothing was written"):
            ingest([news], remote, settings=Settings(), extractor=lambda items: [Extraction(item) for item in items])
        assert len(remote.graph(name)) == 0  # ingest writes the ontology graph first: nothing was written
    finally:
        remote.replace_graphs({name: current})
    assert run_query(remote, "who-met-whom", {}).rows
