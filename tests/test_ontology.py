"""The ontology, vocabularies and shapes in ontology/: well-formed, documented, consistent with the code."""

from __future__ import annotations


import pytest
from pyshacl.entrypoints import meta_validate
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import SH

from icgraph.build import (
    AGREEMENT_CLASSES,
    ENTITY_CLASSES,
    EVENT_CLASSES,
    ORGANIZATION_CLASSES,
    ROLE_PROPERTIES,
    ontology_graph,
)
from icgraph.config import DEFAULT_BASE, ONTOLOGY_DIR
from icgraph.model import AgreementKind, EventKind, Role
from icgraph.vocab import CAMEO, IC, OWL, RDF, RDFS, SKOS

ONTOLOGY_FILES = sorted(ONTOLOGY_DIR.glob("*.ttl"))
PLOVER = "https://w3id.org/icgraph/vocab/plover/"


def parse(name: str) -> Graph:
    return Graph().parse(ONTOLOGY_DIR / name, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return parse("icgraph.ttl")


@pytest.fixture(scope="module")
def vocabulary() -> Graph:
    return parse("vocab.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return parse("shapes.ttl")


def ic_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and s.startswith(str(IC))}


def test_every_ontology_file_parses_and_none_uses_https_schema_org():
    assert {path.name for path in ONTOLOGY_FILES} >= {"icgraph.ttl", "imports.ttl", "vocab.ttl", "shapes.ttl"}
    for path in ONTOLOGY_FILES:
        assert len(Graph().parse(path, format="turtle")) > 0, path.name
        assert "https://schema.org" not in path.read_text(encoding="utf-8"), path.name


def test_every_ic_term_is_labelled_commented_and_anchored(ontology):
    terms = ic_terms(ontology)
    assert len(terms) > 50
    for term in terms:
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, RDFS.comment) is not None, term
        kinds = set(ontology.objects(term, RDF.type))
        if OWL.Class in kinds:
            assert ontology.value(term, RDFS.subClassOf) is not None, term
        else:
            assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, term
            assert ontology.value(term, RDFS.subPropertyOf) is not None, term


def test_the_class_hierarchy_the_contract_names(ontology):
    expected = [
        (IC.Visit, IC.Meeting),
        (IC.PhoneCall, IC.Meeting),
        (IC.Meeting, IC.Event),
        (IC.Signing, IC.Event),
        (IC.MemorandumOfUnderstanding, IC.Agreement),
        (IC.Post, URIRef("http://www.w3.org/ns/org#Membership")),
        (IC.Country, URIRef("http://www.w3.org/ns/org#FormalOrganization")),
        (IC.Country, URIRef("http://schema.org/Country")),
        (IC.NewsItem, URIRef("http://schema.org/NewsArticle")),
        (IC.Event, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")),
        (IC.Event, URIRef("http://linkedevents.org/ontology/Event")),
    ]
    for child, parent in expected:
        assert (child, RDFS.subClassOf, parent) in ontology
    for role in (IC.host, IC.guest, IC.chair, IC.signatory):
        assert (role, RDFS.subPropertyOf, IC.participant) in ontology
    for not_direct in (IC.organizer, IC.partner, IC.patron):
        assert (not_direct, RDFS.subPropertyOf, IC.participant) not in ontology


def test_every_class_and_property_the_builder_uses_is_declared(ontology):
    declared = ic_terms(ontology)
    tables = (EVENT_CLASSES, AGREEMENT_CLASSES, ENTITY_CLASSES, ORGANIZATION_CLASSES, ROLE_PROPERTIES)
    used = {term for table in tables for term in table.values() if term.startswith(str(IC))}
    assert used <= declared
    assert set(EVENT_CLASSES) == set(EventKind)
    assert set(AGREEMENT_CLASSES) == set(AgreementKind)
    assert set(ROLE_PROPERTIES) == set(Role)


def concept(scheme: str, value: str) -> URIRef:
    return URIRef(f"{DEFAULT_BASE}vocab/{scheme}/{value}")


def test_one_concept_per_event_kind_role_and_agreement_kind(vocabulary):
    for scheme, values in (("event-type", EventKind), ("role", Role), ("agreement-type", AgreementKind)):
        scheme_iri = URIRef(f"{DEFAULT_BASE}vocab/{scheme}")
        assert (scheme_iri, RDF.type, SKOS.ConceptScheme) in vocabulary
        for value in values:
            node = concept(scheme, value.value)
            assert (node, RDF.type, SKOS.Concept) in vocabulary, node
            assert (node, SKOS.inScheme, scheme_iri) in vocabulary, node
            assert len(list(vocabulary.objects(node, SKOS.prefLabel))) == 1, node


def test_post_roles_are_org_roles(vocabulary):
    org_role = URIRef("http://www.w3.org/ns/org#Role")
    for slug in ("director-general", "secretary-general", "minister", "ambassador", "president"):
        assert (concept("role", slug), RDF.type, org_role) in vocabulary


def test_event_types_map_to_cameo_and_plover(vocabulary):
    assert (concept("event-type", "meeting"), SKOS.closeMatch, CAMEO["040"]) in vocabulary
    assert (concept("event-type", "meeting"), SKOS.closeMatch, URIRef(PLOVER + "CONSULT")) in vocabulary
    assert (concept("event-type", "signing"), SKOS.closeMatch, CAMEO["057"]) in vocabulary
    assert (concept("event-type", "signing"), SKOS.closeMatch, URIRef(PLOVER + "AGREE")) in vocabulary
    assert (concept("event-type", "phone-call"), SKOS.closeMatch, CAMEO["041"]) in vocabulary
    assert (concept("event-type", "visit"), SKOS.closeMatch, CAMEO["042"]) in vocabulary
    assert (concept("event-type", "reception"), SKOS.closeMatch, CAMEO["043"]) in vocabulary
    # every code used in a mapping is itself described (notation and label)
    for predicate in (SKOS.closeMatch, SKOS.relatedMatch):
        for code in vocabulary.objects(None, predicate):
            assert vocabulary.value(code, SKOS.notation) is not None, code
            assert vocabulary.value(code, SKOS.prefLabel) is not None, code


def test_ontology_graph_moves_vocabulary_concepts_to_another_base_only():
    base = "http://example.org/kg/"
    graph = ontology_graph(base)
    assert (URIRef(f"{base}vocab/event-type/meeting"), SKOS.closeMatch, CAMEO["040"]) in graph
    assert not list(graph.triples((concept("event-type", "meeting"), None, None)))
    assert (IC.Visit, RDFS.subClassOf, IC.Meeting) in graph
    assert not any(isinstance(node, BNode) for triple in graph for node in triple)


def test_ontology_graph_returns_a_copy_callers_cannot_corrupt():
    first = ontology_graph()
    size = len(first)
    first.remove((None, None, None))
    assert len(ontology_graph()) == size


def test_shapes_use_only_shacl_terms_and_pass_the_shacl_meta_shapes(shapes):
    used = {node for triple in shapes for node in triple if isinstance(node, URIRef) and node.startswith(str(SH))}
    unknown = {node for node in used if node not in SH}
    assert not unknown
    conforms, _, text = meta_validate(shapes)
    assert conforms, text


def test_shapes_are_named_and_carry_severity_and_message(shapes):
    property_shapes = set(shapes.objects(None, SH.property))
    assert property_shapes and all(isinstance(shape, URIRef) for shape in property_shapes)
    for shape in property_shapes | set(shapes.subjects(RDF.type, SH.NodeShape)):
        if (shape, RDF.type, SH.NodeShape) in shapes and not (shapes.value(shape, SH.message)):
            continue  # a node shape that only groups its property shapes
        assert shapes.value(shape, SH.severity) in {SH.Violation, SH.Warning, SH.Info}, shape
        message = shapes.value(shape, SH.message)
        assert message is not None and message.language == "en", shape


def test_date_shapes_demand_xsd_date_so_order_checks_cannot_pass_silently(shapes):
    schema = "http://schema.org/"
    xsd_date = URIRef("http://www.w3.org/2001/XMLSchema#date")
    for path in ("startDate", "endDate", "dateCreated"):
        shapes_on_path = set(shapes.subjects(SH.path, URIRef(schema + path)))
        assert any(shapes.value(shape, SH.datatype) == xsd_date for shape in shapes_on_path), path
