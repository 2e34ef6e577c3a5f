"""Memberships of states in intergovernmental organizations, on invented institutional-news
sentences, and through the whole pipeline to the `members-of` query."""

from __future__ import annotations

import json

import pytest

from icgraph.config import Settings
from icgraph.extract import extract
from icgraph.iri import item_iri
from icgraph.model import EntityKind, Extraction, NewsItem
from icgraph.pipeline import ingest
from icgraph.query import run_query
from icgraph.store import open_store


def run(nlp, text: str) -> Extraction:
    return extract(NewsItem(id="t", text=text), nlp)


def members(ex: Extraction) -> set[tuple[str, str]]:
    return {(ex.entity(m.member).name, ex.entity(m.organization).name) for m in ex.memberships}


def test_nth_member_with_evidence_of_the_sentence(nlp):
    text = "The summit opened in Kuala Lumpur. Timor-Leste became the eleventh member of ASEAN on 26 October 2025."
    ex = run(nlp, text)
    assert members(ex) == {("Timor-Leste", "Association of Southeast Asian Nations")}
    membership = ex.memberships[0]
    assert membership.evidence.quote == "Timor-Leste became the eleventh member of ASEAN on 26 October 2025."
    assert text[membership.evidence.start:membership.evidence.end] == membership.evidence.quote
    assert 0 < membership.evidence.confidence <= 1
    kept = {e.key for e in ex.entities}
    assert {membership.member, membership.organization} <= kept


@pytest.mark.parametrize("text, expected", [
    ("The Secretary-General received the Foreign Minister of Ghana, a member state of the African Union, "
     "in Addis Ababa.", {("Ghana", "African Union")}),
    ("Kenya, one of the founding members of the East African Community, hosted the summit.",
     {("Kenya", "East African Community")}),
    ("Brazil is a member of UNESCO and hosts a regional office.",
     {("Brazil", "United Nations Educational, Scientific and Cultural Organization")}),
    ("The European Union, a member of the G20, attended the meeting.", {("European Union", "Group of Twenty")}),
])
def test_member_named_before_the_organization(nlp, text, expected):
    assert members(run(nlp, text)) == expected


def test_lists_of_member_states(nlp):
    ex = run(nlp, "African Union member states Nigeria, Senegal and Kenya signed the declaration. "
                  "The member states of the Organisation of Islamic Cooperation, namely Egypt, Jordan and Morocco, "
                  "attended the session.")
    assert members(ex) == {("Nigeria", "African Union"), ("Senegal", "African Union"), ("Kenya", "African Union"),
                           ("Egypt", "Organisation of Islamic Cooperation"),
                           ("Jordan", "Organisation of Islamic Cooperation"),
                           ("Morocco", "Organisation of Islamic Cooperation")}


@pytest.mark.parametrize("text, expected", [
    ("Croatia joined NATO in 2009.", {("Croatia", "North Atlantic Treaty Organization")}),
    ("Finland's accession to NATO was completed in April 2023.", {("Finland", "North Atlantic Treaty Organization")}),
    ("The Pacific Islands Forum welcomed Tuvalu as its newest member.", {("Tuvalu", "Pacific Islands Forum")}),
    ("The leaders welcomed Tuvalu as a new member of the Pacific Islands Forum.",
     {("Tuvalu", "Pacific Islands Forum")}),
    ("Sweden's membership in NATO was celebrated in Stockholm.", {("Sweden", "North Atlantic Treaty Organization")}),
])
def test_joining_accession_and_membership(nlp, text, expected):
    assert members(run(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "Palestine is an observer state of the United Nations.",
    "Ukraine, a candidate country of the European Union, was represented at the forum.",
    "Ukraine will join the European Union.",
    "Ukraine applied to join the European Union in 2022.",
    "Finland's accession to NATO is expected next year.",
    "Norway is not a member of the European Union.",
    "Russia's membership in the Council of Europe was suspended in 2022.",
    "The Permanent Representative of Brazil to UNESCO met the Director-General.",
    "UNESCO Member States adopted the resolution.",
    "The Ambassador of Croatia joined the NATO delegation in Brussels.",
    "Croatia joined NATO in celebrating the anniversary of the alliance.",
])
def test_no_membership_for_observers_candidates_plans_and_other_relations(nlp, text):
    ex = run(nlp, text)
    assert ex.memberships == ()
    assert any(e.kind == EntityKind.ORGANIZATION for e in ex.entities)  # the organization was found


def test_only_intergovernmental_organizations_have_members(nlp):
    ex = run(nlp, "Peru, Chile and Colombia, members of the Lima Chamber of Commerce, agreed on a plan.")
    assert "Lima Chamber of Commerce" in {e.name for e in ex.entities if e.kind == EntityKind.ORGANIZATION}
    assert ex.memberships == ()


def test_membership_reaches_the_members_of_query(nlp, tmp_path):
    source = tmp_path / "items.jsonl"
    item = {"id": "asean-11", "title": "A new member", "published": "2025-10-27",
            "text": "Timor-Leste became the eleventh member of ASEAN on 26 October 2025, the Secretariat "
                    "announced in Jakarta."}
    source.write_text(json.dumps(item) + "\n", encoding="utf-8")
    settings = Settings()
    with open_store(tmp_path / "s") as store:
        report = ingest([source], store, settings=settings, nlp=nlp)
        assert report.items_stored == 1 and not report.quarantined
        result = run_query(store, "members-of", {"organization": f"{settings.base}id/organization/asean"})
    stated = [row for row in result.rows if str(row["provenance"]) == "stated"]
    assert [(str(row["memberLabel"]), str(row["code"]), str(row["source"])) for row in stated] == [
        ("Timor-Leste", "TLS", str(item_iri("asean-11", settings.base)))]
    assert "flag" not in stated[0]  # the curated list has Timor-Leste as a member too
