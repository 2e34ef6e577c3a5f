"""The actor network projected from the hand-written fixture (tests/data/network-fixture.trig).

The fixture: WCS's Director-General Ana Lima meets REL's Secretary-General Omar Haddad twice (the
first meeting reported by two items), receives Japan's ambassador, signs an MoU with DP's
representative; WCS and the Ministry of Culture organize a conference attended by Ana Lima, Lena
Berg (President of Northern University), Austria and a second Omar Haddad (no post); Morocco is a
member of WCS; Lena Berg holds undated talks with Sara Klein (no post).
"""

from __future__ import annotations

import gc
import threading
from datetime import date

import networkx as nx
import pyoxigraph as ox
import pytest

from icgraph import network
from icgraph.network import (
    NetworkError,
    central,
    centralities,
    communities,
    ego,
    find_actor,
    path,
    project,
    summary,
)
from icgraph.store import EmbeddedStore
from network_fixture import B, FIXTURE, OxigraphSource

WCS, REL, DP, NU, MOCUL = (f"{B}organization/{slug}" for slug in ("wcs", "rel", "dp", "nu", "mocul"))
JPN, AUT, MAR = (f"{B}country/{code}" for code in ("jpn", "aut", "mar"))
ANA, OMAR, OMAR2, MEI, LENA, PAUL, SARA = (
    f"{B}person/{slug}" for slug in ("ana-lima", "omar-haddad", "omar-haddad-2", "mei-tanaka", "lena-berg", "paul-okafor", "sara-klein")
)
FIRST_MEETING = f"{B}event/2025-03-10-meeting-aaaa0001"
SECOND_MEETING = f"{B}event/2025-05-02-meeting-eeee0001"
SIGNING = f"{B}event/2025-04-11-signing-cccc0001"


@pytest.fixture(scope="module")
def source() -> OxigraphSource:
    return OxigraphSource.from_trig()


@pytest.fixture(scope="module")
def organizations(source: OxigraphSource) -> nx.Graph:
    return project(source, level="organization")


def ties(graph: nx.Graph) -> dict[frozenset[str], list[str]]:
    return {frozenset((a, b)): data["kinds"] for a, b, data in graph.edges(data=True)}


def test_organization_level_lifts_people_to_the_organizations_they_represent(organizations: nx.Graph) -> None:
    assert ties(organizations) == {
        frozenset((WCS, REL)): ["met"],
        frozenset((WCS, JPN)): ["met"],  # the ambassador's post is in a country
        frozenset((WCS, DP)): ["signed-with"],
        frozenset((WCS, MOCUL)): ["co-organized"],
        frozenset((WCS, NU)): ["took-part-together"],
        frozenset((WCS, AUT)): ["took-part-together"],
        frozenset((MOCUL, NU)): ["took-part-together"],
        frozenset((MOCUL, AUT)): ["took-part-together"],
        frozenset((NU, AUT)): ["took-part-together"],
        frozenset((MAR, WCS)): ["member-of"],
    }
    assert {data["kind"] for _, data in organizations.nodes(data=True)} == {"organization", "country"}
    assert SARA not in organizations and OMAR2 not in organizations  # no post: nothing to lift to
    assert organizations.nodes[WCS]["posts"] == ["Ana Lima, Director-General"]
    assert organizations.nodes[JPN]["posts"] == ["Mei Tanaka, Ambassador"]


def test_an_event_reported_twice_counts_once_and_keeps_both_sources(organizations: nx.Graph) -> None:
    tie = organizations.edges[WCS, REL]
    assert tie["weight"] == 2
    assert tie["events"] == [FIRST_MEETING, SECOND_MEETING]
    assert (tie["first"], tie["last"]) == ("2025-03-10", "2025-05-02")
    assert tie["sources"] == [f"{B}item/a", f"{B}item/e", f"{B}item/g"]
    first = tie["occasions"][0]
    assert first["via"] == ["Ana Lima", "Omar Haddad"]
    assert {source["quote"] for source in first["sources"]} == {
        "Ana Lima, Director-General of WCS, met Omar Haddad, Secretary-General of REL, on 10 March 2025.",
        "REL's Omar Haddad held a meeting with Ana Lima at WCS on Monday.",
    }
    assert {source["url"] for source in first["sources"]} == {"https://example.org/news/a", "https://example.org/news/g"}


def test_a_signing_and_its_agreement_are_one_occasion(organizations: nx.Graph) -> None:
    tie = organizations.edges[WCS, DP]
    assert tie["weight"] == 1
    assert tie["events"] == [SIGNING]
    assert tie["first"] == "2025-04-11"


def test_person_level_keeps_people_and_undated_ties(source: OxigraphSource) -> None:
    graph = project(source, level="person")
    assert set(graph) == {ANA, OMAR, OMAR2, MEI, LENA, PAUL, SARA}
    assert graph.edges[ANA, OMAR]["kinds"] == ["met"] and graph.edges[ANA, OMAR]["weight"] == 2
    assert graph.edges[ANA, PAUL]["kinds"] == ["signed-with"]
    assert graph.edges[LENA, SARA]["kinds"] == ["met"]
    assert graph.edges[LENA, SARA]["first"] == ""
    assert graph.nodes[ANA]["posts"] == ["Director-General, World Culture Secretariat"]
    assert graph.nodes[MEI]["posts"] == ["Ambassador, Japan"]


def test_both_level_adds_posts_and_keeps_direct_ties(source: OxigraphSource) -> None:
    graph = project(source, level="both")
    assert graph.edges[ANA, WCS]["kinds"] == ["signed-with", "took-part-together", "member-of"]
    assert graph.edges[MEI, JPN]["kinds"] == ["member-of"]
    assert graph.edges[WCS, DP]["kinds"] == ["signed-with"]
    assert graph.edges[ANA, OMAR]["kinds"] == ["met"]
    assert not graph.has_edge(REL, WCS)  # at this level meetings stay between the people


def test_date_window_drops_earlier_later_and_undated_occasions(source: OxigraphSource) -> None:
    graph = project(source, level="organization", since=date(2025, 4, 1), until=date(2025, 4, 30))
    assert frozenset((WCS, REL)) not in ties(graph)
    assert frozenset((MAR, WCS)) not in ties(graph)  # undated membership
    assert frozenset((WCS, DP)) in ties(graph)
    later = project(source, level="organization", since=date(2025, 5, 1))
    assert ties(later) == {frozenset((WCS, REL)): ["met"]}
    assert later.edges[WCS, REL]["weight"] == 1 and later.edges[WCS, REL]["first"] == "2025-05-02"


def test_kind_filter(source: OxigraphSource) -> None:
    graph = project(source, level="organization", kinds=["met", "signed-with"])
    assert ties(graph) == {frozenset((WCS, REL)): ["met"], frozenset((WCS, JPN)): ["met"], frozenset((WCS, DP)): ["signed-with"]}
    with pytest.raises(NetworkError, match="unknown tie kind shook-hands"):
        project(source, kinds=["shook-hands"])


def test_around_and_depth(source: OxigraphSource) -> None:
    near = project(source, level="person", around="Mei Tanaka", depth=1)
    assert set(near) == {MEI, ANA}
    further = project(source, level="person", around="Mei Tanaka", depth=2)
    assert set(further) == {MEI, ANA, OMAR, LENA, PAUL, OMAR2}


def test_actors_are_found_by_iri_label_or_alias_case_insensitively(organizations: nx.Graph) -> None:
    assert find_actor(organizations, WCS) == WCS
    assert find_actor(organizations, "world culture SECRETARIAT") == WCS
    assert find_actor(organizations, "wcs") == WCS
    assert find_actor(organizations, "Northern") == f"{B}organization/nu"  # the only name with that word
    with pytest.raises(NetworkError, match="no actor 'Atlantis'"):
        find_actor(organizations, "Atlantis")


def test_an_ambiguous_name_lists_the_candidates(source: OxigraphSource) -> None:
    graph = project(source, level="person")
    with pytest.raises(NetworkError) as error:
        find_actor(graph, "omar haddad")
    assert OMAR in str(error.value) and OMAR2 in str(error.value)
    with pytest.raises(NetworkError, match="'haddad' names 2 actors"):
        find_actor(graph, "haddad")


def test_summary(organizations: nx.Graph) -> None:
    result = summary(organizations)
    assert (result.nodes, result.edges, result.components, result.largest_component) == (8, 10, 1, 8)
    assert result.density == pytest.approx(10 / 28)
    assert result.nodes_by_kind == {"person": 0, "organization": 5, "country": 3}
    assert result.edges_by_tie["took-part-together"] == 5
    assert (result.first, result.last) == ("2025-03-10", "2025-05-02")


def test_central_ranks_the_hub_first_by_every_measure(organizations: nx.Graph) -> None:
    for measure in ("degree", "betweenness", "eigenvector"):
        assert central(organizations, top=1, by=measure)[0].node == WCS
    assert len(central(organizations, top=3)) == 3
    scores = centralities(organizations)
    assert scores[WCS].degree == 7
    assert scores[JPN].betweenness == 0


def test_eigenvector_centrality_agrees_with_networkx(source: OxigraphSource) -> None:
    for level in ("organization", "both"):
        graph = project(source, level=level)
        expected = nx.eigenvector_centrality(graph, max_iter=1000, tol=1e-10, weight="weight")
        found = network.eigenvector_centrality(graph, tol=1e-10)
        assert found == pytest.approx(expected, abs=1e-6)


def test_betweenness_is_sampled_on_large_networks_and_still_finds_the_bridge(monkeypatch: pytest.MonkeyPatch) -> None:
    # two 1,100-node stars joined through one bridge node, with a small work budget: 11 sources
    monkeypatch.setattr(network, "BETWEENNESS_WORK", 50_000)
    graph = nx.Graph(level="person")
    for hub in ("a", "b"):
        for leaf in range(1100):
            graph.add_edge(f"{hub}", f"{hub}{leaf}")
    graph.add_edge("a", "bridge")
    graph.add_edge("bridge", "b")
    for node in graph:
        graph.nodes[node].update(label=node, kind="person")
    assert network.betweenness_sample(graph) == 11
    top = central(graph, top=3, by="betweenness")
    assert {row.node for row in top} == {"a", "b", "bridge"}


def test_communities_partition_the_actors_reproducibly(organizations: nx.Graph) -> None:
    found = communities(organizations, seed=1)
    members = [iri for community in found for iri, _ in community.members]
    assert sorted(members) == sorted(organizations)
    assert found == communities(organizations, seed=1)
    assert [community.index for community in found] == list(range(1, len(found) + 1))
    assert found[0].size >= found[-1].size


def test_path_gives_the_chain_with_events_dates_and_sources(organizations: nx.Graph) -> None:
    hops = path(organizations, "REL", "Japan")
    assert [(hop.source, hop.target) for hop in hops] == [(REL, WCS), (WCS, JPN)]
    reception = hops[1].occasions[0]
    assert reception["date"] == "2025-03-20"
    assert reception["sources"][0]["quote"] == "Ana Lima received Mei Tanaka, Ambassador of Japan, on 20 March 2025."


def test_path_between_unconnected_actors_says_so(source: OxigraphSource) -> None:
    graph = project(source, level="person", kinds=["signed-with", "met"])
    with pytest.raises(NetworkError, match="not connected"):
        path(graph, "Paul Okafor", "Sara Klein")


def test_ego(organizations: nx.Graph) -> None:
    assert set(ego(organizations, "Japan", radius=1)) == {JPN, WCS}
    assert set(ego(organizations, "Japan", radius=2)) == set(organizations)
    assert ego(organizations, "Japan").graph["center"] == JPN


def test_the_embedded_store_gives_the_same_network_as_any_sparql_source(source: OxigraphSource) -> None:
    # the embedded store is read straight from pyoxigraph, other sources through `select`
    embedded = EmbeddedStore(None)
    embedded.native.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    for level in network.LEVELS:
        through_select, native = project(source, level=level), project(embedded, level=level)
        assert dict(native.nodes(data=True)) == dict(through_select.nodes(data=True))
        assert edge_data(native) == edge_data(through_select)
    quotes = {source["quote"] for record in project(embedded).edges[WCS, REL]["occasions"] for source in record["sources"]}
    assert "REL's Omar Haddad held a meeting with Ana Lima at WCS on Monday." in quotes


def test_without_details_the_network_has_the_same_ties_and_no_occasion_records(source: OxigraphSource) -> None:
    for level in network.LEVELS:
        full, bare = project(source, level=level), project(source, level=level, details=False)
        assert {node: {k: v for k, v in data.items() if k != "posts"} for node, data in full.nodes(data=True)} == dict(bare.nodes(data=True))
        assert {pair: {k: v for k, v in data.items() if k not in ("sources", "occasions")} for pair, data in edge_data(full).items()} == edge_data(bare)
    assert summary(project(source, details=False)) == summary(project(source))


def edge_data(graph: nx.Graph) -> dict[frozenset[str], dict]:
    return {frozenset((a, b)): data for a, b, data in graph.edges(data=True)}


def test_with_qualified_participations_only_a_state_membership_still_ties_it_without_details() -> None:
    """Once every occasion says whom its agents acted for, the organization level reads no post of a
    person (nothing to lift through), but a state's membership of an organization still makes a tie."""
    source = OxigraphSource.from_trig()
    source.store.update("""
        PREFIX ic: <https://w3id.org/icgraph/ontology#>
        INSERT { GRAPH ?g { ?occasion ic:qualifiedParticipation ?p . ?p a ic:Participation ; ic:agent ?agent ; ic:role ?role . } }
        WHERE {
          GRAPH ?g { ?occasion ic:participant|ic:organizer|ic:partner|ic:party|ic:signatory ?agent . }
          BIND (IRI(CONCAT(STR(?occasion), "/participation/", MD5(STR(?agent)))) AS ?p)
          BIND (<https://w3id.org/icgraph/vocab/role/participant> AS ?role)
        }""")
    full, bare = project(source, level="organization"), project(source, level="organization", details=False)
    assert ties(bare)[frozenset((MAR, WCS))] == ["member-of"]
    assert ties(bare) == ties(full)
    assert {pair: {k: v for k, v in data.items() if k not in ("sources", "occasions")} for pair, data in edge_data(full).items()} == edge_data(bare)


class RecordingSource(OxigraphSource):
    """The fixture, remembering every query it answers."""

    def __init__(self, store: ox.Store) -> None:
        super().__init__(store)
        self.asked: list[str] = []

    def select(self, sparql: str):
        self.asked.append(sparql)
        return super().select(sparql)


def test_the_details_of_the_ties_shown_are_those_of_the_network_with_every_detail(source: OxigraphSource) -> None:
    for level in network.LEVELS:
        full = project(source, level=level)
        for a, b in full.edges:
            bare = project(source, level=level, details=False)
            network.add_details(bare, [(b, a)])
            assert bare.edges[a, b] == full.edges[a, b]
            assert {node: bare.nodes[node] for node in (a, b)} == {node: full.nodes[node] for node in (a, b)}
            assert all("occasions" not in data for u, v, data in bare.edges(data=True) if {u, v} != {a, b})


def test_an_organization_level_tie_of_several_kinds_is_detailed_later_as_in_the_build() -> None:
    """A bare network keeps no ties per pair: an edge of several kinds has each occasion's tie, and the
    people behind each organization, told again when its details are read, as the build told them."""
    source = OxigraphSource.from_trig()
    source.store.update("""
        PREFIX ic: <https://w3id.org/icgraph/ontology#>
        PREFIX schema: <http://schema.org/>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        PREFIX id: <https://w3id.org/icgraph/id/>
        INSERT DATA { GRAPH <https://w3id.org/icgraph/graph/item/f> {
          id:item\\/f a ic:NewsItem ; dcterms:title "Northern University hosts WCS" ; dcterms:issued "2025-06-03"^^xsd:date .
          id:event\\/2025-06-03-meeting-ffff0001 a ic:Meeting , ic:Event ; skos:prefLabel "Meeting of Lena Berg and Ana Lima" ;
              schema:startDate "2025-06-03"^^xsd:date ; ic:participant id:person\\/lena-berg , id:person\\/ana-lima ;
              prov:wasDerivedFrom id:item\\/f .
        } }""")
    full = project(source, level="organization")
    assert full.edges[WCS, NU]["kinds"] == ["met", "took-part-together"]
    assert [occasion["via"] for occasion in full.edges[WCS, NU]["occasions"]] == [["Ana Lima", "Lena Berg"]] * 2
    bare = project(source, level="organization", details=False)
    network.add_details(bare, [(NU, WCS)])
    assert bare.edges[WCS, NU] == full.edges[WCS, NU]


def test_a_path_reads_the_occasions_of_its_ties_only() -> None:
    recording = RecordingSource.from_trig()
    graph = project(recording, level="organization", details=False)
    assert not any("VALUES ?occasion" in query or "ic:quote" in query for query in recording.asked)  # no detail read yet
    recording.asked.clear()
    hops = path(graph, "REL", "Japan")
    asked = "\n".join(recording.asked)
    assert FIRST_MEETING in asked and SECOND_MEETING in asked  # REL - WCS
    assert SIGNING not in asked  # WCS - DP: not on the path
    assert "occasions" not in graph.edges[WCS, DP]
    assert hops == path(project(recording, level="organization"), "REL", "Japan")


def test_the_details_made_as_the_network_is_built_are_those_read_after_it(source: OxigraphSource,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Every tie detailed up front (export, draw) or afterwards, its occasions asked for by name
    (few IRIs) or read whole and filtered (many): the same network."""
    for level in network.LEVELS:
        built_detailed = project(source, level=level)
        assert getattr(built_detailed, "unread", None) is None  # nothing left to read
        asked_by_name = network.add_details(project(source, level=level, details=False))
        monkeypatch.setattr(network, "VALUES_LIMIT", 0)
        read_whole = network.add_details(project(source, level=level, details=False))
        monkeypatch.undo()
        expected = nx.node_link_data(built_detailed, edges="links")
        assert nx.node_link_data(asked_by_name, edges="links") == expected
        assert nx.node_link_data(read_whole, edges="links") == expected


def test_every_tie_detailed_up_front_reads_the_details_once_and_none_by_name() -> None:
    recording = RecordingSource.from_trig()
    project(recording, level="organization")
    assert sum("ic:quote" in query for query in recording.asked) == 1
    assert not any("VALUES ?occasion" in query or "VALUES ?fact" in query for query in recording.asked)


def test_around_an_actor_only_the_ties_kept_are_detailed_and_an_ego_network_reads_its_own(source: OxigraphSource) -> None:
    full = project(source, level="organization")
    near = project(source, level="organization", around="Japan")
    assert edge_data(near) == {pair: data for pair, data in edge_data(full).items() if pair == frozenset((WCS, JPN))}
    sub = ego(project(source, level="organization", details=False), "Japan")
    network.add_details(sub)
    assert edge_data(sub) == edge_data(near)


def test_filling_a_network_directly_equals_networkx_own_building():
    """The build fills NetworkX's adjacency itself (a tenth of the time at 100k actors): a NetworkX
    release that changes how a graph keeps its nodes and edges must fail here, not in users' exports."""
    nodes = [("b", {"label": "B"}), ("a", {"label": "A"}), ("c", {"label": "C"})]
    edges = [("a", "b", {"weight": 2}), ("c", "a", {"weight": 1})]
    filled, built = nx.Graph(), nx.Graph()
    network._fill(filled, nodes, edges)
    built.add_nodes_from(nodes)
    built.add_edges_from(edges)
    assert list(filled.nodes(data=True)) == list(built.nodes(data=True))
    assert list(filled.edges(data=True)) == list(built.edges(data=True))
    assert filled.degree("a") == 2 and nx.shortest_path(filled, "b", "c") == ["b", "a", "c"]
    filled.add_edge("b", "c")  # still an ordinary graph afterwards
    assert filled.number_of_edges() == 3 and nx.is_connected(filled)


def test_a_network_built_is_left_to_the_oldest_generation_of_the_cyclic_collector(source: OxigraphSource) -> None:
    """Its millions of containers at scale hold no cycle: the first young collections after the build
    would only scan them, so they go straight to the oldest generation (a full collection still sees them)."""
    assert gc.isenabled()
    graph = project(source, level="organization")
    young = {id(thing) for generation in (0, 1) for thing in gc.get_objects(generation=generation)}
    oldest = {id(thing) for thing in gc.get_objects(generation=2)}
    edges = [data for _, _, data in graph.edges(data=True)]
    assert edges and all(id(data) in oldest and id(data) not in young for data in edges)


# ---------------------------------------------------------------------------------------------
# Reading the embedded store: packed answers, read ahead in worker threads


def embedded_fixture() -> EmbeddedStore:
    embedded = EmbeddedStore(None)
    embedded.native.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return embedded


def one_by_one(store: ox.Store, sparql: str) -> list[tuple[str | None, ...]]:
    return [tuple(None if term is None else term.value for term in solution) for solution in store.query(sparql)]


READ_QUERIES = [network.ACTORS_QUERY, network.ALIASES_QUERY, network.INVOLVEMENTS_QUERY, network.REPRESENTATIONS_QUERY,
                network.SIDES_QUERY, network.MEMBERSHIPS_QUERY, network.INSTITUTION_MEMBERSHIPS_QUERY, network.QUOTES_QUERY,
                network.SOURCES_QUERY, *network._DETAIL_QUERIES, *network._fact_queries("organization", True),
                network._for_some(network.OCCASION_LABELS_QUERY, "occasion", [FIRST_MEETING, SIGNING])]


@pytest.mark.parametrize("sparql", READ_QUERIES)
def test_a_packed_answer_gives_the_rows_of_the_query_in_their_order(sparql: str) -> None:
    store = embedded_fixture().native
    assert network._packed_query(sparql) is not None  # every query the network reads is packed
    assert list(network._embedded_rows(store, sparql)) == one_by_one(store, sparql)


def test_a_packed_answer_that_cannot_tell_rows_apart_is_read_solution_by_solution() -> None:
    store = ox.Store()
    store.update("""INSERT DATA { GRAPH <urn:g> {
        <urn:a> <urn:label> "one\x1etwo" ; <urn:note> "" .
        <urn:b> <urn:label> "three" .
        <urn:c> <urn:label> "" .
    } }""")
    queries = [
        "SELECT ?s ?label WHERE { GRAPH ?g { ?s <urn:label> ?label } }",  # a value holding the separator
        "SELECT ?s ?note WHERE { GRAPH ?g { ?s <urn:label> ?label OPTIONAL { ?s <urn:note> ?note } } }",  # empty and unbound
        "SELECT ?s ?missing WHERE { GRAPH ?g { ?s <urn:label> ?label OPTIONAL { ?s <urn:none> ?missing } } }",  # unbound only
        "SELECT ?s WHERE { GRAPH ?g { ?s <urn:none> ?o } }",  # no solution
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",  # not of plain variables: not packed
    ]
    for sparql in queries:
        assert list(network._embedded_rows(store, sparql)) == one_by_one(store, sparql)
    assert {value for _, value in network._embedded_rows(store, queries[2])} == {None}


def read_ahead_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("icgraph-read-ahead")]


def test_a_query_that_fails_in_a_reader_thread_fails_where_it_is_read_and_leaves_no_thread() -> None:
    embedded = embedded_fixture()
    with pytest.raises(SyntaxError):
        with network._reading_ahead(embedded, [network.ACTORS_QUERY, "SELECT ?x WHERE { ?x"]) as reader:
            assert list(network._rows(reader, network.ACTORS_QUERY)) == one_by_one(embedded.native, network.ACTORS_QUERY)
            network._rows(reader, "SELECT ?x WHERE { ?x")
    assert not read_ahead_threads()


@pytest.mark.parametrize("level", network.LEVELS)
@pytest.mark.parametrize("details", [True, False])
def test_the_network_reads_ahead_what_it_reads_and_leaves_no_thread(level: str, details: bool,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    read, left = [], []
    rows, close = network._ReadAhead.rows, network._ReadAhead.close

    def recording_rows(reader: network._ReadAhead, sparql: str):
        read.append((sparql, sparql in reader._ahead))
        return rows(reader, sparql)

    def recording_close(reader: network._ReadAhead) -> None:
        left.extend(reader._ahead)
        close(reader)

    monkeypatch.setattr(network._ReadAhead, "rows", recording_rows)
    monkeypatch.setattr(network._ReadAhead, "close", recording_close)
    embedded = embedded_fixture()
    graph = project(embedded, level=level, details=details)
    # every query is read ahead but what lifting people through their posts reads (the fixture's
    # occasions have no qualified participations): every post, and the items of the facts
    lifting = {network.MEMBERSHIPS_QUERY, network.DERIVATIONS_QUERY}
    assert read and all(ahead or sparql in lifting for sparql, ahead in read)
    assert set(left) <= {network.INSTITUTION_MEMBERSHIPS_QUERY}
    assert not read_ahead_threads()
    monkeypatch.undo()
    through_select = project(OxigraphSource.from_trig(), level=level, details=details)
    assert nx.node_link_data(graph, edges="links") == nx.node_link_data(through_select, edges="links")
    if not details:
        network.add_details(graph)
        assert nx.node_link_data(graph, edges="links") == nx.node_link_data(project(embedded, level=level), edges="links")
