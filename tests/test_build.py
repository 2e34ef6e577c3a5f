"""The RDF-building stage and the IRI policy, on hand-made Resolution records."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from icgraph.build import build_entity_graph, build_item_graph, ontology_graph
from icgraph.config import QUERIES_DIR
from icgraph.iri import (
    encounter_iri,
    entity_iri,
    event_iri,
    evidence_iri,
    item_graph_iri,
    item_iri,
    membership_iri,
    post_iri,
    slugify,
)
from icgraph.model import (
    EntityKind,
    Event,
    EventKind,
    Evidence,
    OrgType,
    Participation,
    Post,
    ResolvedEntity,
    Role,
)
from icgraph.vocab import DCTERMS, FOAF, IC, ORG, PROV, RDF, SCHEMA, SKOS, XSD
from resolution_fixtures import (
    ITEM,
    MEETING,
    RESOLVED,
    SIGNING,
    other_item_resolution,
    sample_resolution,
    span,
)

B = "https://w3id.org/icgraph/"
ALMALIK = URIRef(B + "id/person/salim-m-almalik")
OULD_AMAR = URIRef(B + "id/person/mohamed-ould-amar")
DARDARI = URIRef(B + "id/person/abdallah-al-dardari")
ICESCO = URIRef(B + "id/organization/icesco")
UNDP = URIRef(B + "id/organization/undp")
MAURITANIA = URIRef(B + "id/country/mrt")
RABAT = URIRef(B + "id/place/rabat")
ITEM_NODE = item_iri(ITEM.id)


def single(graph: Graph, predicate, obj) -> URIRef:
    subjects = list(graph.subjects(predicate, obj))
    assert len(subjects) == 1, subjects
    return subjects[0]


def meeting_node(graph: Graph) -> URIRef:
    return single(graph, RDF.type, IC.Reception)


# ---------------------------------------------------------------------------------------------
# IRI policy


def test_slugs_are_readable_transliterated_and_never_empty():
    assert slugify("Salim M. AlMalik") == "salim-m-almalik"
    assert slugify("Президент") == "prezident"
    assert slugify("!!!").startswith("x-") and len(slugify("!!!")) == 10
    assert slugify("!!!") != slugify("???")


def test_long_slugs_are_cut_and_keep_a_hash_so_they_stay_distinct():
    first = slugify("https://news.example.org/2025/04/18/" + "a-very-long-headline-" * 6 + "one")
    second = slugify("https://news.example.org/2025/04/18/" + "a-very-long-headline-" * 6 + "two")
    assert first != second
    assert len(first) <= 80 and first.startswith("https-news-example-org-2025-04-18-a-very-long-headline")


def test_entity_item_and_graph_iris_follow_the_contract():
    assert entity_iri("person/salim-m-almalik") == ALMALIK
    assert entity_iri("place/rabat", "http://example.org/kg/") == URIRef("http://example.org/kg/id/place/rabat")
    assert entity_iri("person/Salim Al Malik") == URIRef(B + "id/person/salim-al-malik")
    assert item_iri("item 42") == URIRef(B + "id/item/item-42-" + hashlib.sha1(b"item 42").hexdigest()[:12])
    assert item_graph_iri("item 42") == URIRef(B + "graph/item/item-42-" + hashlib.sha1(b"item 42").hexdigest()[:12])


@pytest.mark.parametrize("ids", [("https://ex.org/news?id=A7", "https://ex.org/news?id=a7"), ("新闻-1", "新聞-1"), ("a b", "a-b", "a_b")])
def test_item_ids_that_slugify_alike_get_distinct_iris(ids):
    assert len({item_iri(item_id) for item_id in ids}) == len(ids)
    assert len({item_graph_iri(item_id) for item_id in ids}) == len(ids)


def test_fact_iris_are_deterministic_and_order_free():
    day = date(2025, 4, 18)
    one = event_iri("meeting", day, [ALMALIK, OULD_AMAR])
    assert one == event_iri("meeting", day, [OULD_AMAR, ALMALIK])
    assert str(one).startswith(B + "id/event/2025-04-18-meeting-")
    assert one != event_iri("visit", day, [ALMALIK, OULD_AMAR])
    assert one != event_iri("meeting", date(2025, 4, 19), [ALMALIK, OULD_AMAR])
    assert str(event_iri("meeting", None, [ALMALIK])).startswith(B + "id/event/undated-meeting-")
    assert post_iri(ALMALIK, ICESCO, "director-general") == post_iri(ALMALIK, ICESCO, "director-general")
    assert post_iri(ALMALIK, ICESCO, "director-general") != post_iri(ALMALIK, None, "director-general")
    assert membership_iri(MAURITANIA, ICESCO) != membership_iri(ICESCO, MAURITANIA)
    assert str(evidence_iri(one, ITEM_NODE)).startswith(f"{one}/evidence/")


# ---------------------------------------------------------------------------------------------
# Item graphs


def test_item_metadata():
    graph = build_item_graph(sample_resolution())
    assert set(graph.objects(ITEM_NODE, RDF.type)) == {IC.NewsItem, SCHEMA.NewsArticle}
    assert (ITEM_NODE, DCTERMS.identifier, Literal(ITEM.id)) in graph
    assert (ITEM_NODE, DCTERMS.issued, Literal("2025-04-19", datatype=XSD.date)) in graph
    assert (ITEM_NODE, SCHEMA.url, URIRef(ITEM.url)) in graph
    assert (ITEM_NODE, DCTERMS.publisher, Literal("ICESCO")) in graph
    assert (ITEM_NODE, IC.text, Literal(ITEM.text)) in graph


def test_a_url_that_is_not_an_iri_is_kept_as_a_literal():
    item = replace(ITEM, url="https://icesco.example.org/en/a page with spaces")
    resolution = sample_resolution()
    graph = build_item_graph(replace(resolution, extraction=replace(resolution.extraction, item=item)))
    assert (ITEM_NODE, SCHEMA.url, Literal(item.url, datatype=XSD.anyURI)) in graph


def test_meeting_with_roles_dates_place_and_label():
    graph = build_item_graph(sample_resolution())
    event = meeting_node(graph)
    assert str(event).startswith(B + "id/event/2025-04-18-reception-")
    assert set(graph.objects(event, RDF.type)) == {IC.Reception, IC.Meeting, IC.Event, SCHEMA.Event}
    assert (event, IC.eventType, URIRef(B + "vocab/event-type/reception")) in graph
    assert (event, SCHEMA.startDate, Literal("2025-04-18", datatype=XSD.date)) in graph
    assert not list(graph.objects(event, SCHEMA.endDate))
    assert (event, SCHEMA.location, RABAT) in graph
    assert (event, IC.venue, Literal("ICESCO headquarters")) in graph
    assert set(graph.objects(event, IC.participant)) == {ALMALIK, OULD_AMAR}
    assert (event, IC.host, ALMALIK) in graph and (event, IC.guest, OULD_AMAR) in graph
    assert list(graph.objects(event, SKOS.prefLabel)) == [Literal("Reception of Salim M. AlMalik and Mohamed Ould Amar")]


def test_every_fact_has_its_source_and_evidence():
    resolution = sample_resolution()
    graph = build_item_graph(resolution)
    event = meeting_node(graph)
    evidence = evidence_iri(event, ITEM_NODE)
    assert (event, PROV.wasDerivedFrom, ITEM_NODE) in graph
    assert (event, PROV.qualifiedDerivation, evidence) in graph
    assert (evidence, RDF.type, PROV.Derivation) in graph
    assert (evidence, PROV.entity, ITEM_NODE) in graph
    assert (evidence, IC.quote, Literal(MEETING.evidence.quote)) in graph
    assert (evidence, IC.charStart, Literal(MEETING.evidence.start)) in graph
    assert (evidence, IC.charEnd, Literal(MEETING.evidence.end)) in graph
    assert (evidence, IC.confidence, Literal(Decimal("0.9"))) in graph
    facts = set(graph.subjects(RDF.type, IC.Event)) | set(graph.subjects(RDF.type, IC.Agreement))
    facts |= set(graph.subjects(RDF.type, ORG.Membership))
    assert len(facts) == 6  # reception, signing, MoU, two posts, one state membership
    for fact in facts:
        assert (fact, PROV.wasDerivedFrom, ITEM_NODE) in graph, fact
        assert len(list(graph.objects(fact, PROV.qualifiedDerivation))) == 1, fact


def test_agreement_and_the_signing_that_signed_it():
    graph = build_item_graph(sample_resolution())
    agreement = single(graph, RDF.type, IC.MemorandumOfUnderstanding)
    assert str(agreement).startswith(B + "id/agreement/2025-04-11-memorandum-of-understanding-")
    assert set(graph.objects(agreement, RDF.type)) == {IC.MemorandumOfUnderstanding, IC.Agreement, SCHEMA.CreativeWork}
    assert (agreement, IC.agreementType, URIRef(B + "vocab/agreement-type/memorandum-of-understanding")) in graph
    assert set(graph.objects(agreement, IC.party)) == {ICESCO, UNDP}
    assert set(graph.objects(agreement, IC.signatory)) == {ALMALIK, DARDARI}
    assert (agreement, SCHEMA.dateCreated, Literal("2025-04-11", datatype=XSD.date)) in graph
    assert (agreement, SKOS.prefLabel, Literal("Memorandum of understanding between ICESCO and UNDP")) in graph
    signing = single(graph, RDF.type, IC.Signing)
    assert (signing, IC.agreement, agreement) in graph
    assert set(graph.objects(signing, IC.participant)) == {ALMALIK, DARDARI}
    assert set(graph.objects(signing, IC.signatory)) == {ALMALIK, DARDARI}


def test_a_signing_on_another_day_is_not_linked_to_the_agreement():
    other_day = replace(SIGNING, start=date(2025, 3, 1))
    graph = build_item_graph(sample_resolution(events=(MEETING, other_day)))
    assert not list(graph.triples((None, IC.agreement, None)))


def test_posts_use_role_concepts_and_materialise_member_of():
    graph = build_item_graph(sample_resolution())
    post = post_iri(ALMALIK, ICESCO, "director-general")
    assert set(graph.objects(post, RDF.type)) == {IC.Post, ORG.Membership}
    assert (post, ORG.member, ALMALIK) in graph
    assert (post, ORG.organization, ICESCO) in graph
    assert (post, ORG.role, URIRef(B + "vocab/role/director-general")) in graph
    assert (post, IC.roleLabel, Literal("Director-General")) in graph
    # read in the meeting's sentence: observed on the meeting's date, not the publication date
    assert (post, IC.observedOn, Literal("2025-04-18", datatype=XSD.date)) in graph
    assert (ALMALIK, ORG.memberOf, ICESCO) in graph
    assert (OULD_AMAR, ORG.memberOf, MAURITANIA) in graph


def test_role_wordings_map_to_one_concept_and_unknown_roles_get_one_minted():
    posts = (
        Post("e1", "Director General", "e3", span("Director-General of ICESCO")),
        Post("e1", "Director-General", "e3", span("Dr. Salim M. AlMalik")),
        Post("e2", "Minister of Culture", "e4", span("Minister of Culture of Mauritania")),
    )
    graph = build_item_graph(sample_resolution(posts=posts))
    assert len(list(graph.subjects(RDF.type, IC.Post))) == 2
    minted = URIRef(B + "vocab/role/minister-of-culture")
    assert (single(graph, ORG.member, OULD_AMAR), ORG.role, minted) in graph
    assert {ORG.Role, SKOS.Concept} <= set(graph.objects(minted, RDF.type))
    assert (minted, SKOS.inScheme, URIRef(B + "vocab/role")) in graph
    assert graph.value(minted, SKOS.prefLabel) is not None
    # a vocabulary concept is not re-described in item graphs
    assert not list(graph.triples((URIRef(B + "vocab/role/director-general"), None, None)))


def test_a_post_without_organization_is_kept_without_the_shortcut():
    posts = (Post("e1", "Ambassador", None, span("Dr. Salim M. AlMalik")),)
    graph = build_item_graph(sample_resolution(posts=posts))
    post = post_iri(ALMALIK, None, "ambassador")
    assert (post, ORG.role, URIRef(B + "vocab/role/ambassador")) in graph
    assert not list(graph.objects(post, ORG.organization))
    assert not list(graph.objects(ALMALIK, ORG.memberOf))


def test_state_membership_and_its_shortcut():
    graph = build_item_graph(sample_resolution())
    membership = membership_iri(MAURITANIA, ICESCO)
    assert set(graph.objects(membership, RDF.type)) == {ORG.Membership}
    assert (membership, ORG.member, MAURITANIA) in graph
    assert (membership, ORG.organization, ICESCO) in graph
    assert (MAURITANIA, ORG.memberOf, ICESCO) in graph


def test_organizers_partners_and_patrons_are_not_participants():
    festival = Event(
        key="f",
        kind=EventKind.FESTIVAL,
        participations=(Participation("e3", Role.ORGANIZER), Participation("e6", Role.PARTNER), Participation("e4", Role.PATRON)),
        evidence=span("ICESCO and UNDP"),
        start=date(2025, 5, 1),
        end=date(2025, 5, 3),
    )
    graph = build_item_graph(sample_resolution(events=(festival,)))
    event = single(graph, RDF.type, IC.Festival)
    assert {SCHEMA.Festival, IC.Event, SCHEMA.Event} <= set(graph.objects(event, RDF.type))
    assert (event, IC.organizer, ICESCO) in graph and (event, IC.partner, UNDP) in graph
    assert (event, IC.patron, MAURITANIA) in graph
    assert not list(graph.objects(event, IC.participant))
    assert (event, SCHEMA.endDate, Literal("2025-05-03", datatype=XSD.date)) in graph
    assert (event, SKOS.prefLabel, Literal("Festival organized by ICESCO")) in graph


def encounters(graph: Graph, meeting: URIRef) -> set[tuple[URIRef, URIRef]]:
    """(first, second) of each ic:Encounter of the meeting, checking its type and IRI."""
    pairs = set()
    for node in graph.subjects(IC.meeting, meeting):
        assert (node, RDF.type, IC.Encounter) in graph
        first, second = graph.value(node, IC.first), graph.value(node, IC.second)
        assert str(first) < str(second) and node == encounter_iri(meeting, first, second)
        pairs.add((first, second))
    return pairs


def ordered(*pairs: tuple[URIRef, URIRef]) -> set[tuple[URIRef, URIRef]]:
    return {tuple(sorted(pair, key=str)) for pair in pairs}


def test_a_meeting_has_one_encounter_per_host_and_guest_and_none_within_a_side():
    # "Dr. Salim M. AlMalik and ICESCO received Mr. Mohamed Ould Amar and Abdallah Al Dardari"
    received = replace(MEETING, participations=(
        Participation("e1", Role.HOST), Participation("e3", Role.HOST),
        Participation("e2", Role.GUEST), Participation("e7", Role.GUEST),
    ))
    graph = build_item_graph(sample_resolution(events=(received,)))
    assert encounters(graph, meeting_node(graph)) == ordered(
        (ALMALIK, OULD_AMAR), (ALMALIK, DARDARI), (ICESCO, OULD_AMAR), (ICESCO, DARDARI))


def test_those_met_on_one_side_did_not_meet_each_other_but_a_shared_subject_did():
    # "AlMalik met Ould Amar, Al Dardari and Mauritania" / "AlMalik and Al Dardari met Ould Amar"
    met = replace(MEETING, kind=EventKind.MEETING, participations=(
        Participation("e1", side=1), Participation("e2", side=2), Participation("e7", side=2), Participation("e4", side=2)))
    together = replace(MEETING, kind=EventKind.MEETING, start=date(2025, 4, 20), participations=(
        Participation("e1", side=1), Participation("e7", side=1), Participation("e2", side=2)))
    graph = build_item_graph(sample_resolution(events=(met, together)))
    first, second = (single(graph, SCHEMA.startDate, Literal(day, datatype=XSD.date)) for day in ("2025-04-18", "2025-04-20"))
    assert encounters(graph, first) == ordered((ALMALIK, OULD_AMAR), (ALMALIK, DARDARI), (ALMALIK, MAURITANIA))
    assert encounters(graph, second) == ordered((ALMALIK, DARDARI), (ALMALIK, OULD_AMAR), (DARDARI, OULD_AMAR))


def test_no_encounter_with_oneself_nor_at_an_event_that_is_not_a_meeting():
    # the host named again as a participant; a signing is not a meeting
    twice = replace(MEETING, participations=(Participation("e1", Role.HOST), Participation("e1"), Participation("e2", Role.GUEST)))
    graph = build_item_graph(sample_resolution(events=(twice, SIGNING)))
    assert encounters(graph, meeting_node(graph)) == ordered((ALMALIK, OULD_AMAR))
    assert len(list(graph.subjects(RDF.type, IC.Encounter))) == 1


def test_an_event_name_from_the_text_is_its_label():
    named = replace(MEETING, name="Third ICESCO Cultural Dialogue")
    graph = build_item_graph(sample_resolution(events=(named,)))
    assert (meeting_node(graph), SKOS.prefLabel, Literal("Third ICESCO Cultural Dialogue")) in graph


def test_the_same_event_twice_in_one_item_is_one_node_with_one_label_and_evidence():
    again = replace(MEETING, key="v9", evidence=span("AlMalik"), participations=(Participation("e2", Role.PARTICIPANT), Participation("e1", Role.PARTICIPANT)))
    graph = build_item_graph(sample_resolution(events=(MEETING, again)))
    event = meeting_node(graph)
    assert len(list(graph.objects(event, SKOS.prefLabel))) == 1
    evidence = evidence_iri(event, ITEM_NODE)
    assert list(graph.objects(evidence, IC.quote)) == [Literal(MEETING.evidence.quote)]
    assert (event, IC.host, ALMALIK) in graph


def test_unresolved_keys_are_left_out():
    resolution = sample_resolution()
    ids = {key: value for key, value in resolution.ids.items() if key != "e5"}
    graph = build_item_graph(replace(resolution, ids=ids))
    assert not list(graph.objects(meeting_node(graph), SCHEMA.location))


def test_building_is_deterministic():
    first = build_item_graph(sample_resolution())
    second = build_item_graph(sample_resolution())
    assert isomorphic(first, second)
    assert set(first) == set(second)


def test_participant_order_does_not_change_the_event_iri():
    reversed_meeting = replace(MEETING, participations=tuple(reversed(MEETING.participations)))
    first = meeting_node(build_item_graph(sample_resolution(events=(MEETING,))))
    second = meeting_node(build_item_graph(sample_resolution(events=(reversed_meeting,))))
    assert first == second


def test_two_items_reporting_the_same_meeting_share_the_event_iri():
    first = build_item_graph(sample_resolution())
    second = build_item_graph(other_item_resolution())
    event = meeting_node(first)
    assert meeting_node(second) == event
    union = first + second
    assert set(union.objects(event, PROV.wasDerivedFrom)) == {ITEM_NODE, item_iri("other-item")}
    assert len(set(union.objects(event, PROV.qualifiedDerivation))) == 2


def test_undated_reports_from_two_items_stay_two_events():
    undated = (Participation("a", Role.GUEST), Participation("b", Role.HOST))
    first = other_item_resolution("item-a", undated)
    second = other_item_resolution("item-b", undated)
    strip = lambda r: replace(r, extraction=replace(r.extraction, events=tuple(replace(e, start=None) for e in r.extraction.events)))
    one = meeting_node(build_item_graph(strip(first)))
    two = meeting_node(build_item_graph(strip(second)))
    assert one != two
    assert str(one).startswith(B + "id/event/undated-reception-")


def test_another_base_moves_every_data_and_vocabulary_iri():
    base = "http://example.org/kg/"
    graph = build_item_graph(sample_resolution(), base) + build_entity_graph(RESOLVED, base)
    namespaces = ("http://schema.org/", "http://www.w3.org/", "http://purl.org/dc/", "http://xmlns.com/foaf/", "https://w3id.org/icgraph/ontology#")
    for triple in graph:
        for node in triple:
            if isinstance(node, URIRef) and not str(node).startswith(namespaces) and node != URIRef(ITEM.url):
                assert str(node).startswith(base), node
    concept = URIRef(base + "vocab/event-type/reception")
    assert (meeting_node(graph), IC.eventType, concept) in graph
    assert (concept, SKOS.prefLabel, None) in ontology_graph(base)


def test_no_blank_nodes_and_every_ic_term_used_is_declared():
    resolution = sample_resolution()
    graph = build_item_graph(resolution) + build_entity_graph(resolution.entities)
    assert not any(isinstance(node, BNode) for triple in graph for node in triple)
    ontology = ontology_graph()
    used = {p for _, p, _ in graph if p.startswith(str(IC))}
    used |= {o for _, p, o in graph if p == RDF.type and o.startswith(str(IC))}
    assert used
    for term in used:
        assert (term, RDF.type, None) in ontology, term


# ---------------------------------------------------------------------------------------------
# Entity graphs


def test_entity_types_are_materialised():
    graph = build_entity_graph(RESOLVED)
    assert set(graph.objects(MAURITANIA, RDF.type)) == {IC.Country, ORG.FormalOrganization, ORG.Organization, SCHEMA.Country, FOAF.Agent}
    assert set(graph.objects(ALMALIK, RDF.type)) == {IC.Person, FOAF.Person, SCHEMA.Person, FOAF.Agent}
    assert set(graph.objects(ICESCO, RDF.type)) == {IC.IntergovernmentalOrganization, ORG.FormalOrganization, ORG.Organization, FOAF.Agent}
    assert set(graph.objects(RABAT, RDF.type)) == {IC.Place, SCHEMA.Place}


def test_entity_labels_notation_country_and_parent():
    unit = ResolvedEntity("organization/icesco-culture-sector", EntityKind.ORGANIZATION, "Culture Sector", org_type=OrgType.UNIT, parent="organization/icesco")
    other = ResolvedEntity("organization/friends", EntityKind.ORGANIZATION, "Friends")
    graph = build_entity_graph((*RESOLVED, unit, other))
    assert list(graph.objects(ALMALIK, SKOS.prefLabel)) == [Literal("Salim M. AlMalik")]
    assert set(graph.objects(ALMALIK, SKOS.altLabel)) == {Literal("AlMalik"), Literal("Salim Al-Malik")}
    morocco = URIRef(B + "id/country/mar")
    assert (morocco, SKOS.notation, Literal("MAR")) in graph
    assert (RABAT, IC.country, morocco) in graph
    assert (ICESCO, IC.country, morocco) in graph
    node = URIRef(B + "id/organization/icesco-culture-sector")
    assert {ORG.OrganizationalUnit, ORG.Organization} <= set(graph.objects(node, RDF.type))
    assert (node, ORG.unitOf, ICESCO) in graph and (node, ORG.subOrganizationOf, ICESCO) in graph
    assert set(graph.objects(URIRef(B + "id/organization/friends"), RDF.type)) == {ORG.Organization, FOAF.Agent}


def test_an_entity_given_twice_keeps_one_preferred_label():
    renamed = replace(RESOLVED[0], name="Salim AlMalik")
    graph = build_entity_graph((RESOLVED[0], renamed))
    assert list(graph.objects(ALMALIK, SKOS.prefLabel)) == [Literal("Salim AlMalik")]


def test_evidence_with_an_empty_quote_takes_the_text_at_its_offsets():
    quiet = replace(MEETING, evidence=Evidence(quote="", start=0, end=20, confidence=1.0))
    graph = build_item_graph(sample_resolution(events=(quiet,)))
    evidence = evidence_iri(meeting_node(graph), ITEM_NODE)
    assert (evidence, IC.quote, Literal(ITEM.text[:20])) in graph
    assert graph.value(evidence, IC.confidence) == Literal(Decimal("1.0"))


# ---------------------------------------------------------------------------------------------
# The contract end to end: the saved queries read what the builder writes


def _store_with(*graphs: tuple[URIRef, Graph]) -> ox.Store:
    store = ox.Store()
    for name, graph in graphs:
        store.load(graph.serialize(format="nt").encode(), ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(name)))
    return store


def _rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    solutions = store.query((QUERIES_DIR / f"{query}.rq").read_text(encoding="utf-8"), use_default_graph_as_union=True)
    names = [variable.value for variable in solutions.variables]
    return [{name: row[name].value for name in names if row[name] is not None} for row in solutions]


def test_who_met_whom_reads_the_built_meeting_once_per_pair_with_both_sources():
    first, second = sample_resolution(), other_item_resolution()
    store = _store_with(
        (item_graph_iri(ITEM.id), build_item_graph(first)),
        (item_graph_iri("other-item"), build_item_graph(second)),
        (URIRef(B + "graph/entities"), build_entity_graph(RESOLVED)),
    )
    rows = [row for row in _rows(store, "who-met-whom") if row["date"] == "2025-04-18"]
    assert {row["source"] for row in rows} == {str(ITEM_NODE), str(item_iri("other-item"))}
    for row in rows:
        assert {row["aLabel"], row["bLabel"]} == {"Salim M. AlMalik", "Mohamed Ould Amar"}
        assert row["event"] == str(meeting_node(build_item_graph(first)))
    assert any(row.get("placeLabel") == "Rabat" for row in rows)


def test_posts_and_agreements_queries_read_the_built_facts():
    resolution = sample_resolution()
    store = _store_with((item_graph_iri(ITEM.id), build_item_graph(resolution)), (URIRef(B + "graph/entities"), build_entity_graph(RESOLVED)))
    posts = {(row["personLabel"], row["role"], row["organizationLabel"]) for row in _rows(store, "posts")}
    assert ("Salim M. AlMalik", "Director-General", "Islamic World Educational, Scientific and Cultural Organization") in posts
    parties = {(row["partyLabel"], row.get("signatoryLabel")) for row in _rows(store, "agreements")}
    assert "United Nations Development Programme" in {party for party, _ in parties}
    assert ("Islamic World Educational, Scientific and Cultural Organization", "Salim M. AlMalik") in parties


def test_vocabulary_terms_and_entity_iris_are_made_once():
    """A term of the project's vocabularies, and an entity's IRI, is one object however often it is
    named (building an item's graph names them again and again), equal to a plain URIRef."""
    from icgraph.vocab import IC, SCHEMA

    assert IC.Person is IC.Person and IC["Person"] is IC.Person
    assert type(IC.Person) is URIRef and IC.Person == URIRef("https://w3id.org/icgraph/ontology#Person")
    assert SCHEMA.name == URIRef("http://schema.org/name") and SCHEMA.name is not IC.name
    assert entity_iri("person/ines-varga") is entity_iri("person/ines-varga")
    assert entity_iri("person/ines-varga", "https://example.org/") == URIRef("https://example.org/id/person/ines-varga")
