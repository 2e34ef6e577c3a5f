"""`explain` and `icgraph explain` on a small graph written as docs/graph-model.md describes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from icgraph.cli import cli
from icgraph.explain import explain
from icgraph.store import EmbeddedStore, open_store

B = "https://w3id.org/icgraph/"
PREFIXES = f"""
@prefix ic: <https://w3id.org/icgraph/ontology#> . @prefix schema: <http://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix id: <{B}id/> .
"""

ENTITIES = PREFIXES + """
<https://w3id.org/icgraph/id/person/salim-m-almalik> a ic:Person ; skos:prefLabel "Salim M. AlMalik" ; skos:altLabel "AlMalik" , "Salim Al-Malik" .
<https://w3id.org/icgraph/id/person/mohamed-ould-amar> a ic:Person ; skos:prefLabel "Mohamed Ould Amar" .
<https://w3id.org/icgraph/id/person/abdallah-al-dardari> a ic:Person ; skos:prefLabel "Abdallah Al Dardari" .
<https://w3id.org/icgraph/id/organization/icesco> a ic:IntergovernmentalOrganization , org:Organization ;
    skos:prefLabel "Islamic World Educational, Scientific and Cultural Organization" ; skos:altLabel "ICESCO" .
<https://w3id.org/icgraph/id/organization/undp> a org:Organization ; skos:prefLabel "United Nations Development Programme" ; skos:altLabel "UNDP" .
<https://w3id.org/icgraph/id/place/rabat> a ic:Place ; skos:prefLabel "Rabat" .
"""

ITEM_1 = PREFIXES + """
<https://w3id.org/icgraph/id/item/news-1> a ic:NewsItem ; dcterms:identifier "news-1" ; dcterms:title "ICESCO and ALECSO Discuss Cooperation" .
<https://w3id.org/icgraph/id/event/2025-04-18-meeting-1a2b3c4d> a ic:Meeting , ic:Event ;
    ic:eventType <https://w3id.org/icgraph/vocab/event-type/meeting> ;
    skos:prefLabel "Meeting of Salim M. AlMalik and Mohamed Ould Amar" ;
    schema:startDate "2025-04-18"^^xsd:date ; schema:location <https://w3id.org/icgraph/id/place/rabat> ; ic:venue "ICESCO headquarters" ;
    ic:participant <https://w3id.org/icgraph/id/person/salim-m-almalik> , <https://w3id.org/icgraph/id/person/mohamed-ould-amar> ;
    ic:host <https://w3id.org/icgraph/id/person/salim-m-almalik> ; ic:guest <https://w3id.org/icgraph/id/person/mohamed-ould-amar> ;
    prov:wasDerivedFrom <https://w3id.org/icgraph/id/item/news-1> ;
    prov:qualifiedDerivation <https://w3id.org/icgraph/id/event/2025-04-18-meeting-1a2b3c4d/evidence/00000001> .
<https://w3id.org/icgraph/id/event/2025-04-18-meeting-1a2b3c4d/evidence/00000001> a prov:Derivation ;
    prov:entity <https://w3id.org/icgraph/id/item/news-1> ;
    ic:quote "Dr. Salim M. AlMalik met with Mohamed Ould Amar at ICESCO headquarters in Rabat." ;
    ic:charStart 0 ; ic:charEnd 82 ; ic:confidence 0.9 .
<https://w3id.org/icgraph/id/post/9a8b7c6d> a org:Membership , ic:Post ;
    org:member <https://w3id.org/icgraph/id/person/salim-m-almalik> ; org:organization <https://w3id.org/icgraph/id/organization/icesco> ;
    org:role <https://w3id.org/icgraph/vocab/role/director-general> ; ic:roleLabel "Director-General" ;
    prov:wasDerivedFrom <https://w3id.org/icgraph/id/item/news-1> ;
    prov:qualifiedDerivation <https://w3id.org/icgraph/id/post/9a8b7c6d/evidence/00000001> .
<https://w3id.org/icgraph/id/post/9a8b7c6d/evidence/00000001> a prov:Derivation ; prov:entity <https://w3id.org/icgraph/id/item/news-1> ;
    ic:quote "Salim M. AlMalik, Director-General of ICESCO, said." ; ic:charStart 90 ; ic:charEnd 140 ; ic:confidence 0.8 .
"""

ITEM_2 = PREFIXES + """
<https://w3id.org/icgraph/id/item/news-2> a ic:NewsItem ; dcterms:identifier "news-2" ; dcterms:title "ICESCO and UNDP Sign MoU" .
<https://w3id.org/icgraph/id/agreement/2025-04-11-memorandum-of-understanding-11112222> a ic:MemorandumOfUnderstanding , ic:Agreement ;
    ic:agreementType <https://w3id.org/icgraph/vocab/agreement-type/memorandum-of-understanding> ;
    skos:prefLabel "Memorandum of Understanding between ICESCO and UNDP" ;
    ic:party <https://w3id.org/icgraph/id/organization/icesco> , <https://w3id.org/icgraph/id/organization/undp> ;
    ic:signatory <https://w3id.org/icgraph/id/person/salim-m-almalik> , <https://w3id.org/icgraph/id/person/abdallah-al-dardari> ;
    schema:dateCreated "2025-04-11"^^xsd:date ;
    prov:qualifiedDerivation <https://w3id.org/icgraph/id/agreement/2025-04-11-memorandum-of-understanding-11112222/evidence/00000002> .
<https://w3id.org/icgraph/id/agreement/2025-04-11-memorandum-of-understanding-11112222/evidence/00000002> a prov:Derivation ;
    prov:entity <https://w3id.org/icgraph/id/item/news-2> ; ic:quote "ICESCO and UNDP signed a memorandum of understanding." .
"""


def graphs() -> dict[URIRef, Graph]:
    return {
        URIRef(B + "graph/entities"): Graph().parse(data=ENTITIES, format="turtle"),
        URIRef(B + "graph/item/news-1"): Graph().parse(data=ITEM_1, format="turtle"),
        URIRef(B + "graph/item/news-2"): Graph().parse(data=ITEM_2, format="turtle"),
    }


@pytest.fixture()
def store() -> EmbeddedStore:
    store = EmbeddedStore(None, base=B)
    store.replace_graphs(graphs())
    return store


def test_explain_a_person_by_label_any_case(store: EmbeddedStore) -> None:
    [person] = explain(store, "almalik", base=B)
    assert person.iri == B + "id/person/salim-m-almalik"
    assert person.label == "Salim M. AlMalik" and person.aliases == ("AlMalik", "Salim Al-Malik")
    [post] = person.posts
    assert (post.role, post.organization_label) == ("Director-General", "Islamic World Educational, Scientific and Cultural Organization")
    assert post.sources[0].quote == "Salim M. AlMalik, Director-General of ICESCO, said."
    [meeting] = person.events
    assert (meeting.date, meeting.place, meeting.venue, meeting.roles) == ("2025-04-18", "Rabat", "ICESCO headquarters", ("host",))
    assert [(a.label, a.roles) for a in meeting.agents] == [("Mohamed Ould Amar", ("guest",))]
    source = meeting.sources[0]
    assert (source.title, source.start, source.end, source.confidence) == ("ICESCO and ALECSO Discuss Cooperation", 0, 82, 0.9)
    [agreement] = person.agreements
    assert agreement.kind == "memorandum-of-understanding" and agreement.date == "2025-04-11"
    assert [a.label for a in agreement.signatories] == ["Abdallah Al Dardari", "Salim M. AlMalik"]
    assert agreement.sources[0].quote == "ICESCO and UNDP signed a memorandum of understanding."


def test_explain_an_organization_by_path_and_an_event_by_iri(store: EmbeddedStore) -> None:
    [icesco] = explain(store, "organization/icesco", base=B)
    assert [p.person_label for p in icesco.posts] == ["Salim M. AlMalik"]
    assert [a.label for a in icesco.agreements[0].parties] == [
        "Islamic World Educational, Scientific and Cultural Organization",
        "United Nations Development Programme",
    ]
    [event] = explain(store, B + "id/event/2025-04-18-meeting-1a2b3c4d", base=B)
    assert event.is_event
    [fact] = event.events
    assert [(a.label, a.roles) for a in fact.agents] == [("Mohamed Ould Amar", ("guest",)), ("Salim M. AlMalik", ("host",))]


def test_explain_an_unknown_name_finds_nothing(store: EmbeddedStore) -> None:
    assert explain(store, "Nobody at all", base=B) == []


def test_cli_prints_facts_with_sentences_and_fails_on_unknown(tmp_path: Path) -> None:
    with open_store(tmp_path / "store", base=B) as disk:
        disk.replace_graphs(graphs())
    runner = CliRunner()
    result = runner.invoke(cli, ["explain", "ICESCO", "--store", str(tmp_path / "store"), "--base", B])
    assert result.exit_code == 0, result.output
    assert "Director-General" in result.stdout
    assert '"ICESCO and UNDP signed a memorandum of understanding."' in result.stdout
    result = runner.invoke(cli, ["explain", "AlMalik", "--format", "json", "--store", str(tmp_path / "store"), "--base", B])
    assert json.loads(result.stdout)[0]["events"][0]["venue"] == "ICESCO headquarters"
    result = runner.invoke(cli, ["explain", "Nobody", "--store", str(tmp_path / "store"), "--base", B])
    assert result.exit_code == 1 and "no entity or event named 'Nobody'" in result.stderr
