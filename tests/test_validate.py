"""SHACL validation: the sample conforms, and each important shape catches its broken variant
with the intended severity, focus node and message."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from icgraph.build import build_entity_graph, build_item_graph, ontology_axioms
from icgraph.iri import evidence_iri, item_iri, post_iri
from icgraph.model import Event, EventKind, Participation, Post, Role
from icgraph.validate import Issue, blocking, shapes_graph, validate_graph
from icgraph.vocab import DCTERMS, IC, ORG, PROV, RDF, SCHEMA, SKOS, XSD
from resolution_fixtures import ITEM, MEETING, RESOLVED, other_item_resolution, sample_resolution, span

B = "https://w3id.org/icgraph/"
ALMALIK = URIRef(B + "id/person/salim-m-almalik")
ICESCO = URIRef(B + "id/organization/icesco")
RABAT = URIRef(B + "id/place/rabat")
MAURITANIA = URIRef(B + "id/country/mrt")
ITEM_NODE = item_iri(ITEM.id)


def sample_graph(**changes) -> Graph:
    resolution = sample_resolution(**changes)
    return build_item_graph(resolution) + build_entity_graph(resolution.entities)


def node_of(graph: Graph, rdf_class: URIRef) -> URIRef:
    return next(iter(graph.subjects(RDF.type, rdf_class)))


def issues_of(graph: Graph, shape: str) -> list[Issue]:
    return [issue for issue in validate_graph(graph) if issue.shape == shape]


def one_issue(graph: Graph, shape: str) -> Issue:
    found = issues_of(graph, shape)
    assert len(found) == 1, validate_graph(graph)
    return found[0]


def short(node: URIRef) -> str:
    return str(node)


def test_the_sample_item_with_its_entities_conforms():
    assert validate_graph(sample_graph()) == []


def test_end_before_start_is_a_violation_on_the_event():
    graph = sample_graph()
    event = node_of(graph, IC.Reception)
    graph.add((event, SCHEMA.endDate, Literal(date(2025, 4, 17))))
    issue = one_issue(graph, "icsh:Event-dates-order")
    assert issue.severity == "Violation"
    assert issue.focus == short(event)
    assert issue.path == "schema:startDate"
    assert "ends before it starts" in issue.message
    assert blocking([issue]) == [issue]


def test_subclass_targets_come_from_the_ontology_not_from_materialised_types():
    graph = sample_graph()
    event = node_of(graph, IC.Reception)
    for supertype in (IC.Meeting, IC.Event, SCHEMA.Event):
        graph.remove((event, RDF.type, supertype))
    graph.add((event, SCHEMA.endDate, Literal(date(2025, 4, 17))))
    assert one_issue(graph, "icsh:Event-dates-order").focus == short(event)


def test_a_datetime_where_a_date_belongs_is_a_violation():
    graph = sample_graph()
    event = node_of(graph, IC.Reception)
    graph.set((event, SCHEMA.startDate, Literal("2025-04-18T10:00:00", datatype=XSD.dateTime)))
    issue = one_issue(graph, "icsh:Event-startDate-datatype")
    assert issue.severity == "Violation" and issue.value == "2025-04-18T10:00:00"


def test_an_event_without_type_or_label_is_a_violation():
    graph = sample_graph()
    event = node_of(graph, IC.Reception)
    graph.remove((event, IC.eventType, None))
    graph.remove((event, SKOS.prefLabel, None))
    assert one_issue(graph, "icsh:Event-type").severity == "Violation"
    assert one_issue(graph, "icsh:Event-prefLabel-required").severity == "Violation"


def test_an_event_with_nobody_in_it_is_a_violation():
    empty = replace(MEETING, kind=EventKind.CEREMONY, participations=())
    issue = one_issue(sample_graph(events=(empty,)), "icsh:EventAgentsShape")
    assert issue.severity == "Violation"
    assert "names nobody" in issue.message


def test_an_event_only_organized_by_somebody_is_fine():
    organized = Event("c", EventKind.CONFERENCE, (Participation("e3", Role.ORGANIZER),), span("ICESCO"), start=date(2025, 4, 1))
    assert blocking(validate_graph(sample_graph(events=(organized,)))) == []


def test_a_meeting_with_one_participant_is_a_warning_not_a_blocker():
    alone = replace(MEETING, participations=(Participation("e1", Role.HOST),))
    issues = validate_graph(sample_graph(events=(alone,)))
    assert [issue.shape for issue in issues] == ["icsh:Meeting-two-sides"]
    assert issues[0].severity == "Warning"
    assert blocking(issues) == []


def test_an_undated_event_is_a_warning():
    undated = replace(MEETING, start=None)
    issue = one_issue(sample_graph(events=(undated,)), "icsh:Event-startDate-present")
    assert issue.severity == "Warning"


def test_a_place_taking_part_is_a_violation():
    odd = replace(MEETING, participations=(*MEETING.participations, Participation("e5", Role.PARTICIPANT)))
    issue = one_issue(sample_graph(events=(odd,)), "icsh:Event-participant")
    assert issue.severity == "Violation" and issue.value == short(RABAT)


def test_a_person_as_location_is_a_violation():
    graph = sample_graph()
    event = node_of(graph, IC.Reception)
    graph.set((event, SCHEMA.location, ALMALIK))
    issue = one_issue(graph, "icsh:Event-location")
    assert issue.severity == "Violation" and issue.value == short(ALMALIK)


def test_agreement_parties():
    graph = sample_graph()
    agreement = node_of(graph, IC.Agreement)
    graph.remove((agreement, IC.party, URIRef(B + "id/organization/undp")))
    issue = one_issue(graph, "icsh:Agreement-two-parties")
    assert issue.severity == "Warning" and issue.focus == short(agreement)
    graph.remove((agreement, IC.party, None))
    assert one_issue(graph, "icsh:Agreement-party-required").severity == "Violation"


def test_a_person_as_party_is_only_a_warning():
    graph = sample_graph()
    agreement = node_of(graph, IC.Agreement)
    graph.add((agreement, IC.party, ALMALIK))
    issue = one_issue(graph, "icsh:Agreement-party-organization")
    assert issue.severity == "Warning"
    assert not issues_of(graph, "icsh:Agreement-party-agent")


def test_a_post_without_organization_is_a_warning():
    posts = (Post("e1", "Ambassador", None, span("Dr. Salim M. AlMalik")),)
    issues = validate_graph(sample_graph(posts=posts))
    assert [(i.shape, i.severity) for i in issues] == [("icsh:Membership-organization-present", "Warning")]
    assert issues[0].focus == short(post_iri(ALMALIK, None, "ambassador"))


def test_a_post_held_by_an_organization_or_without_role_is_a_violation():
    graph = sample_graph()
    post = post_iri(ALMALIK, ICESCO, "director-general")
    graph.set((post, ORG.member, ICESCO))
    assert one_issue(graph, "icsh:Post-holder").severity == "Violation"
    graph.remove((post, ORG.role, None))
    assert one_issue(graph, "icsh:Post-role").severity == "Violation"


def test_a_fact_without_its_news_item_is_a_violation():
    graph = sample_graph()
    event = node_of(graph, IC.Reception)
    graph.remove((event, PROV.wasDerivedFrom, None))
    issue = one_issue(graph, "icsh:Fact-source")
    assert issue.severity == "Violation" and issue.focus == short(event)
    assert "news item" in issue.message


def test_a_source_that_is_not_a_news_item_is_a_violation():
    graph = sample_graph()
    post = post_iri(ALMALIK, ICESCO, "director-general")
    graph.set((post, PROV.wasDerivedFrom, ICESCO))
    assert one_issue(graph, "icsh:Fact-source").value == short(ICESCO)


def test_missing_evidence_is_a_warning():
    graph = sample_graph()
    event = node_of(graph, IC.Reception)
    graph.remove((event, PROV.qualifiedDerivation, None))
    assert one_issue(graph, "icsh:Fact-evidence-present").severity == "Warning"


@pytest.mark.parametrize(
    ("predicate", "value", "shape"),
    [
        (IC.confidence, Literal("1.5", datatype=XSD.decimal), "icsh:Evidence-confidence"),
        (IC.confidence, Literal(0.5), "icsh:Evidence-confidence"),
        (IC.charStart, Literal(500), "icsh:Evidence-offsets-order"),
        (IC.charEnd, Literal(-1), "icsh:Evidence-charEnd"),
        (IC.quote, Literal(""), "icsh:Evidence-quote"),
    ],
)
def test_malformed_evidence_is_a_violation(predicate, value, shape):
    graph = sample_graph()
    evidence = evidence_iri(node_of(graph, IC.Reception), ITEM_NODE)
    graph.set((evidence, predicate, value))
    issue = one_issue(graph, shape)
    assert issue.severity == "Violation" and issue.focus == short(evidence)


def test_evidence_nodes_are_closed():
    graph = sample_graph()
    evidence = evidence_iri(node_of(graph, IC.Reception), ITEM_NODE)
    graph.add((evidence, SKOS.note, Literal("extra")))
    issue = one_issue(graph, "icsh:EvidenceShape")
    assert issue.severity == "Violation" and issue.path == "skos:note"


def test_entity_labels():
    graph = sample_graph()
    graph.add((ALMALIK, SKOS.prefLabel, Literal("Salim AlMalik")))
    issue = one_issue(graph, "icsh:Entity-prefLabel-single")
    assert issue.severity == "Violation" and issue.focus == short(ALMALIK)
    graph.remove((ICESCO, SKOS.prefLabel, None))
    assert one_issue(graph, "icsh:Entity-prefLabel-required").focus == short(ICESCO)


def test_a_person_typed_as_organization_is_a_violation():
    graph = sample_graph()
    graph.add((ALMALIK, RDF.type, ORG.Organization))
    issue = one_issue(graph, "icsh:PersonShape")
    assert issue.severity == "Violation" and issue.focus == short(ALMALIK)
    assert str(issue) == f"Violation: {ALMALIK}: {issue.message} [icsh:PersonShape]"


def test_country_codes():
    graph = sample_graph()
    graph.set((MAURITANIA, SKOS.notation, Literal("Mauritania")))
    assert one_issue(graph, "icsh:Country-notation-format").severity == "Warning"
    graph.remove((MAURITANIA, SKOS.notation, None))
    assert one_issue(graph, "icsh:Country-notation-present").severity == "Info"


def test_news_item_dates_and_identifier():
    graph = sample_graph()
    graph.set((ITEM_NODE, DCTERMS.issued, Literal("19 April 2025")))
    assert one_issue(graph, "icsh:NewsItem-issued-datatype").severity == "Violation"
    graph.remove((ITEM_NODE, DCTERMS.issued, None))
    assert one_issue(graph, "icsh:NewsItem-issued-present").severity == "Info"
    graph.remove((ITEM_NODE, DCTERMS.identifier, None))
    assert one_issue(graph, "icsh:NewsItem-identifier").severity == "Violation"


def test_a_location_in_an_unknown_country_is_a_warning():
    graph = sample_graph()
    graph.set((RABAT, IC.country, ICESCO))
    issue = one_issue(graph, "icsh:Located-country")
    assert issue.severity == "Warning" and issue.focus == short(RABAT)


def test_focus_nodes_restrict_validation():
    graph = sample_graph()
    event = node_of(graph, IC.Reception)
    graph.add((event, SCHEMA.endDate, Literal(date(2025, 4, 17))))
    assert validate_graph(graph, focus_nodes=[ALMALIK]) == []
    assert [i.shape for i in validate_graph(graph, focus_nodes=[event])] == ["icsh:Event-dates-order"]


def test_a_dataset_is_validated_as_the_union_of_its_graphs():
    resolution = sample_resolution()
    dataset = Dataset()
    dataset.graph(URIRef(B + "graph/item/x")).__iadd__(build_item_graph(resolution))
    dataset.graph(URIRef(B + "graph/entities")).__iadd__(build_entity_graph(RESOLVED))
    assert validate_graph(dataset) == []
    dataset.graph(URIRef(B + "graph/entities")).remove((ICESCO, SKOS.prefLabel, None))
    assert [i.shape for i in validate_graph(dataset)] == ["icsh:Entity-prefLabel-required"]


def test_issues_read_well_and_violations_come_first():
    alone = replace(MEETING, participations=(Participation("e1", Role.HOST),))
    graph = sample_graph(events=(alone,))
    graph.add((node_of(graph, IC.Reception), SCHEMA.endDate, Literal(date(2025, 4, 1))))
    issues = validate_graph(graph)
    assert [i.severity for i in issues] == ["Violation", "Warning"]
    text = str(issues[0])
    assert text.startswith("Violation: https://w3id.org/icgraph/id/event/2025-04-18-reception-")
    assert "schema:startDate" in text and "ends before it starts" in text and "[icsh:Event-dates-order]" in text


def test_validation_leaves_the_data_untouched_and_callers_cannot_corrupt_the_shapes():
    graph = sample_graph()
    size = len(graph)
    validate_graph(graph)
    assert len(graph) == size
    shapes, axioms = shapes_graph(), ontology_axioms()
    shapes.remove((None, None, None))
    axioms.remove((None, None, None))
    graph.add((node_of(graph, IC.Reception), SCHEMA.endDate, Literal(date(2025, 4, 1))))
    assert [i.shape for i in validate_graph(graph)] == ["icsh:Event-dates-order"]


def _agreement(graph: Graph) -> URIRef:
    return node_of(graph, IC.Agreement)


def _reception(graph: Graph) -> URIRef:
    return node_of(graph, IC.Reception)


def _post(graph: Graph) -> URIRef:
    return post_iri(ALMALIK, ICESCO, "director-general")


UNDP = URIRef(B + "id/organization/undp")

BROKEN_VARIANTS = [
    # (what is broken, how, shape that must report it, severity)
    ("alias as a link", lambda g: g.add((ALMALIK, SKOS.altLabel, ICESCO)), "icsh:Entity-altLabel", "Violation"),
    ("parent not an organization", lambda g: g.add((UNDP, ORG.subOrganizationOf, RABAT)), "icsh:Organization-parent", "Warning"),
    ("unit without parent", lambda g: g.add((UNDP, RDF.type, ORG.OrganizationalUnit)), "icsh:Unit-unitOf", "Warning"),
    ("item without text", lambda g: g.remove((ITEM_NODE, IC.text, None)), "icsh:NewsItem-text", "Violation"),
    ("item with two titles", lambda g: g.add((ITEM_NODE, DCTERMS.title, Literal("Another title"))), "icsh:NewsItem-title", "Warning"),
    ("event end as a string", lambda g: g.add((_reception(g), SCHEMA.endDate, Literal("2025-04-19"))), "icsh:Event-endDate-datatype", "Violation"),
    ("event with two end dates", lambda g: g.add((_reception(g), SCHEMA.endDate, Literal(date(2025, 4, 19)))).add((_reception(g), SCHEMA.endDate, Literal(date(2025, 4, 20)))), "icsh:Event-endDate-single", "Warning"),
    ("event with two labels", lambda g: g.add((_reception(g), SKOS.prefLabel, Literal("Talks in Rabat"))), "icsh:Event-prefLabel-single", "Warning"),
    ("venue as a link", lambda g: g.add((_reception(g), IC.venue, RABAT)), "icsh:Event-venue", "Violation"),
    ("organizer is a place", lambda g: g.add((_reception(g), IC.organizer, RABAT)), "icsh:Event-organizer", "Violation"),
    ("partner is a place", lambda g: g.add((_reception(g), IC.partner, RABAT)), "icsh:Event-partner", "Violation"),
    ("patron is a place", lambda g: g.add((_reception(g), IC.patron, RABAT)), "icsh:Event-patron", "Violation"),
    ("signing signed a person", lambda g: g.set((node_of(g, IC.Signing), IC.agreement, ALMALIK)), "icsh:Signing-agreement", "Violation"),
    ("agreement without type", lambda g: g.remove((_agreement(g), IC.agreementType, None)), "icsh:Agreement-type", "Violation"),
    ("agreement without label", lambda g: g.remove((_agreement(g), SKOS.prefLabel, None)), "icsh:Agreement-prefLabel-required", "Violation"),
    ("agreement with two labels", lambda g: g.add((_agreement(g), SKOS.prefLabel, Literal("MoU"))), "icsh:Agreement-prefLabel-single", "Warning"),
    ("signatory is a place", lambda g: g.add((_agreement(g), IC.signatory, RABAT)), "icsh:Agreement-signatory", "Violation"),
    ("party is a place", lambda g: g.add((_agreement(g), IC.party, RABAT)), "icsh:Agreement-party-agent", "Violation"),
    ("agreement date as a string", lambda g: g.set((_agreement(g), SCHEMA.dateCreated, Literal("11 April"))), "icsh:Agreement-date", "Violation"),
    ("agreement signed in a person", lambda g: g.add((_agreement(g), SCHEMA.location, ALMALIK)), "icsh:Agreement-location", "Violation"),
    ("post with two holders", lambda g: g.add((_post(g), ORG.member, URIRef(B + "id/person/mohamed-ould-amar"))), "icsh:Membership-member", "Violation"),
    ("post in two organizations", lambda g: g.add((_post(g), ORG.organization, UNDP)), "icsh:Membership-organization", "Violation"),
    ("post observed on a string", lambda g: g.set((_post(g), IC.observedOn, Literal("April"))), "icsh:Membership-observedOn", "Violation"),
    ("post without role wording", lambda g: g.remove((_post(g), IC.roleLabel, None)), "icsh:Post-roleLabel", "Violation"),
    ("evidence as text", lambda g: g.add((_post(g), PROV.qualifiedDerivation, Literal("a sentence"))), "icsh:Fact-evidence-node", "Violation"),
]


@pytest.mark.parametrize(("broken", "mutate", "shape", "severity"), BROKEN_VARIANTS, ids=[v[0] for v in BROKEN_VARIANTS])
def test_each_shape_reports_its_broken_variant(broken, mutate, shape, severity):
    graph = sample_graph()
    mutate(graph)
    found = issues_of(graph, shape)
    assert found, broken
    assert {issue.severity for issue in found} == {severity}
    assert all(issue.message for issue in found)


def test_two_items_naming_one_event_differently_is_only_a_warning_in_the_union():
    named = replace(MEETING, name="Cultural cooperation talks")
    other = other_item_resolution()
    union = sample_graph(events=(named,)) + build_item_graph(other)
    issues = validate_graph(union)
    assert [(i.shape, i.severity) for i in issues] == [("icsh:Event-prefLabel-single", "Warning")]


def test_the_shapes_as_run_find_what_the_shapes_as_written_find():
    """validate_graph gives property shapes their node shape's targets (pySHACL runs them once for
    all focus nodes instead of once per node): the results must be those of shapes.ttl as written."""
    import pyshacl

    from icgraph.validate import compact

    alone = replace(MEETING, participations=(Participation("e1", Role.HOST),))
    graph = sample_graph(events=(alone,))
    event = node_of(graph, IC.Reception)
    evidence = evidence_iri(event, ITEM_NODE)
    graph.add((event, SCHEMA.endDate, Literal(date(2025, 4, 1))))
    graph.add((evidence, SKOS.note, Literal("extra")))
    graph.set((evidence, IC.confidence, Literal("1.5", datatype=XSD.decimal)))
    graph.add((ALMALIK, SKOS.prefLabel, Literal("Salim AlMalik")))
    graph.remove((ICESCO, SKOS.prefLabel, None))
    graph.add((ICESCO, ORG.subOrganizationOf, RABAT))
    _, report, _ = pyshacl.validate(graph, shacl_graph=shapes_graph(), ont_graph=ontology_axioms(), inference="none",
                                    allow_infos=True, allow_warnings=True)
    SH = pyshacl.consts.SH
    written = sorted(
        (compact(report.value(r, SH.sourceShape)), compact(report.value(r, SH.focusNode)), compact(report.value(r, SH.resultPath)),
         compact(report.value(r, SH.value)), str(report.value(r, SH.resultSeverity)).removeprefix(str(SH)))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    )
    run = sorted((i.shape, i.focus, i.path, i.value, i.severity) for i in validate_graph(graph))
    assert run == written
    assert {shape for shape, *_ in run} >= {"icsh:Event-dates-order", "icsh:EvidenceShape", "icsh:Evidence-confidence",
                                             "icsh:Entity-prefLabel-single", "icsh:Entity-prefLabel-required",
                                             "icsh:Organization-parent"}
