"""`explain` and `icgraph explain` on a small graph written as docs/graph-model.md describes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from icgraph.cli import cli
from icgraph.cli.evaluate import render_explanation
from icgraph.explain import explain
from icgraph.store import EmbeddedStore, open_store

from facts_fixture import B, PREFIXES, graphs


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


def test_an_event_without_a_location_shows_no_place() -> None:
    """Regression (issue 8): an unbound location used to pick an arbitrary label as the place."""
    unlocated = Graph().parse(data=PREFIXES + """
        <https://w3id.org/icgraph/id/item/news-3> a ic:NewsItem ; dcterms:identifier "news-3" .
        <https://w3id.org/icgraph/id/event/2025-05-02-meeting-5e6f7a8b> a ic:Meeting , ic:Event ;
            skos:prefLabel "Meeting of Mohamed Ould Amar and Abdallah Al Dardari" ; schema:startDate "2025-05-02"^^xsd:date ;
            ic:participant <https://w3id.org/icgraph/id/person/mohamed-ould-amar> , <https://w3id.org/icgraph/id/person/abdallah-al-dardari> ;
            prov:wasDerivedFrom <https://w3id.org/icgraph/id/item/news-3> .
        """, format="turtle")
    store = EmbeddedStore(None, base=B)
    store.replace_graphs({**graphs(), URIRef(B + "graph/item/news-3"): unlocated})
    [person] = explain(store, "Abdallah Al Dardari", base=B)
    [meeting] = person.events
    assert (meeting.date, meeting.place, meeting.venue) == ("2025-05-02", None, None)
    [located] = explain(store, "Salim M. AlMalik", base=B)[0].events
    assert located.place == "Rabat"
    assert "(at " not in render_explanation(person)
