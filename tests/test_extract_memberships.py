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
    ("Timor-Leste, ASEAN's newest member, attended the retreat of foreign ministers in Manila.",
     {("Timor-Leste", "Association of Southeast Asian Nations")}),
    ("As a member state of the Organisation of Islamic Cooperation, Malaysia supports the resolution, Foreign "
     "Minister Aziz Rahman said.", {("Malaysia", "Organisation of Islamic Cooperation")}),
    ("As a candidate member state of the European Union, Albania aligns its laws, Minister Ema Dervishi said.", set()),
    ("Georgia became an Associate Member State of CERN on 14 January 2026, while Slovakia became the 23rd Member "
     "State of CERN in 2025.", {("Slovakia", "European Organization for Nuclear Research")}),
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


def run_item(nlp, text: str, publisher: str) -> Extraction:
    return extract(NewsItem(id="t", text=text, publisher=publisher, title="News"), nlp)


@pytest.mark.parametrize("publisher, text, expected", [
    ("ASEAN Secretariat", "JAKARTA, 27 October 2025 – Timor-Leste was formally admitted as the eleventh Member State "
     "of ASEAN at the 47th ASEAN Summit, Secretary-General Anan Prakorn announced.",
     {("Timor-Leste", "Association of Southeast Asian Nations")}),
    ("Government Offices of Sweden", "Sweden today became the 32nd member of the North Atlantic Treaty Organization "
     "after depositing its instrument of accession in Washington.", {("Sweden", "North Atlantic Treaty Organization")}),
    ("Wire", "PODGORICA (Wire) - Montenegro on Monday was admitted to NATO, Foreign Minister Darko Ilinov said.",
     {("Montenegro", "North Atlantic Treaty Organization")}),
    ("United Nations", "In 2006 Montenegro was admitted as a member of the United Nations by the General Assembly.",
     {("Montenegro", "United Nations")}),
    ("Ministry of Foreign Affairs of North Macedonia", "North Macedonia officially became NATO's 30th member "
     "in March 2020, Minister Elena Strovska recalled.", {("North Macedonia", "North Atlantic Treaty Organization")}),
    ("Wire", "Finland formally joined the alliance's ranks when Finland joined NATO on 4 April 2023.",
     {("Finland", "North Atlantic Treaty Organization")}),
    ("Ministry of Foreign and European Affairs of Croatia", "Croatia's admission to the European Union in 2013 "
     "was recalled by State Secretary Ivana Marković.", {("Croatia", "European Union")}),
    ("UNESCO", "The United States rejoined UNESCO in July 2023, Assistant Director-General Lena Forsberg noted.",
     {("United States", "United Nations Educational, Scientific and Cultural Organization")}),
    ("SADC Secretariat", "The Council also welcomed the Union of the Comoros, which joined SADC in 2017, to the "
     "committee of senior officials.", {("Comoros", "Southern African Development Community")}),
    ("Wire", "Leaders greeted Sweden, which has joined NATO, at the summit.",
     {("Sweden", "North Atlantic Treaty Organization")}),
])
def test_accession_frames(nlp, publisher, text, expected):
    assert members(run_item(nlp, text, publisher)) == expected


@pytest.mark.parametrize("publisher, text, expected", [
    ("African Union Commission", "The member states of the African Union — Ghana, Kenya and Senegal — adopted "
     "the roadmap, Commissioner Amara Doumbe said.",
     {("Ghana", "African Union"), ("Kenya", "African Union"), ("Senegal", "African Union")}),
    ("Ministry of External Relations of Brazil", "The BRICS summit opened under the chairmanship of Brazil.\n\n"
     "Member countries Brazil, Russia, India, China and South Africa met in Rio de Janeiro on Sunday.",
     {(state, "BRICS") for state in ("Brazil", "Russia", "India", "China", "South Africa")}),
    ("Ministry of External Relations of Brazil", "BRICS leaders met in Rio de Janeiro. The Ministry of External "
     "Relations said member countries Brazil, India and China backed the text.",
     {(state, "BRICS") for state in ("Brazil", "India", "China")}),
    ("Wire", "Leaders of the Association of Southeast Asian Nations met in Kuala Lumpur. The member states, "
     "including Malaysia, Thailand and Viet Nam, backed the statement read by Chairman Kamal Ridzuan.",
     {(state, "Association of Southeast Asian Nations") for state in ("Malaysia", "Thailand", "Vietnam")}),
])
def test_lists_after_a_member_noun(nlp, publisher, text, expected):
    assert members(run_item(nlp, text, publisher)) == expected


@pytest.mark.parametrize("text", [
    "The ten ASEAN Member States attended the 47th ASEAN Summit in Kuala Lumpur.",
    "The BRICS summit welcomed Nigeria and Vietnam as partner countries of the group.",
    "BRICS met in Rio de Janeiro. Partner countries Nigeria and Vietnam attended as guests.",
    "Georgia's bid to join NATO was discussed in Brussels.",
    "Bosnia and Herzegovina will join NATO, Minister Lejla Hadzic told reporters.",
    "The United Kingdom left the European Union in January 2020.",
    "Burkina Faso withdrew from ECOWAS in January 2025.",
    "Mali was suspended from the African Union after the coup.",
    "The African Union met in Addis Ababa. Non-member countries Norway and Iceland sent observers.",
    "Serbia was not admitted to the European Union in 2024.",
    "Norway almost joined the European Union in 1994.",
    "Ukraine, an applicant, was admitted as an observer to the African Union summit.",
])
def test_no_membership_for_bids_partners_and_leaving(nlp, text):
    ex = run(nlp, text)
    assert ex.memberships == ()


@pytest.mark.parametrize("publisher, text, expected", [
    ("Pacific Islands Forum Secretariat", "SUVA, 4 May 2026 – The Pacific Islands Forum has 18 members, including "
     "Australia, Fiji, Samoa and Tonga. Its leaders will meet in Honiara in September, Secretary General Mere "
     "Tuilagi said.", {(state, "Pacific Islands Forum") for state in ("Australia", "Fiji", "Samoa", "Tonga")}),
    ("Wire", "JAKARTA (Wire) – ASEAN held a ministerial retreat on trade on Friday. ASEAN's members include "
     "Indonesia, Malaysia and Viet Nam.",
     {(state, "Association of Southeast Asian Nations") for state in ("Indonesia", "Malaysia", "Vietnam")}),
    ("Ministry of Foreign Affairs of Kenya", "Nairobi, 9 March 2026. The East African Community held its summit "
     "on trade in Arusha. Its members include Kenya, Uganda and Tanzania, Cabinet Secretary Amani Otieno said.",
     {(state, "East African Community") for state in ("Kenya", "Uganda", "Tanzania")}),
    ("Wire", "The members of the African Union include Ghana and Senegal, the envoy Kofi Mensah told reporters.",
     {("Ghana", "African Union"), ("Senegal", "African Union")}),
    ("Organization of Turkic States", "Hungary has held observer status in the Organization of Turkic States "
     "since 2018. The organization's member states are Azerbaijan, Kazakhstan and Uzbekistan.",
     {(state, "Organization of Turkic States") for state in ("Azerbaijan", "Kazakhstan", "Uzbekistan")}),
    ("Wire", "The Andean Community met in Lima on Monday. The bloc's members include Bolivia, Colombia and Peru, "
     "its spokesman Ramiro Quispe said.", {(state, "Andean Community") for state in ("Bolivia", "Colombia", "Peru")}),
    ("Pacific Alliance", "Armenia was granted observer status in the Pacific Alliance on 19 August 2026. The Pacific "
     "Alliance's members are Chile, Colombia, Mexico and Peru.",
     {(state, "Pacific Alliance") for state in ("Chile", "Colombia", "Mexico", "Peru")}),
    ("ECOWAS Commission", "ABUJA – Burkina Faso's withdrawal from the Economic Community of West African States took "
     "effect on 29 January 2026. The remaining member states, among them Ghana and Togo, held a summit.",
     {("Ghana", "Economic Community of West African States"), ("Togo", "Economic Community of West African States")}),
    ("International Solar Alliance", "Suriname joined as the Alliance's 107th member after ratifying the Framework "
     "Agreement of the International Solar Alliance.", {("Suriname", "International Solar Alliance")}),
    ("Wire", "The International Solar Alliance met in New Delhi. Belize joined as its 108th member on Monday.",
     {("Belize", "International Solar Alliance")}),
    ("Wire", "The Gulf Cooperation Council, which groups Bahrain, Kuwait and Oman among others, met in Doha on Monday.",
     {(state, "Gulf Cooperation Council") for state in ("Bahrain", "Kuwait", "Oman")}),
    ("SADC Secretariat", "The Southern African Development Community's 16 member states include Angola, Botswana and "
     "Zambia.", {(state, "Southern African Development Community") for state in ("Angola", "Botswana", "Zambia")}),
    ("Wire", "Member countries of the Organisation of Eastern Caribbean States such as Dominica and Grenada attended "
     "the talks.", {(state, "Organisation of Eastern Caribbean States") for state in ("Dominica", "Grenada")}),
])
def test_an_organizations_count_of_members_and_members_include(nlp, publisher, text, expected):
    assert members(run_item(nlp, text, publisher)) == expected


def test_a_count_of_members_of_a_body_that_is_no_intergovernmental_organization_gives_none(nlp):
    text = "The Andean Chess Federation has 12 members, including Peru and Chile. Its members include Bolivia."
    assert run(nlp, text).memberships == ()


@pytest.mark.parametrize("text", [
    "The Lima Chamber of Commerce met on Monday. Member countries Peru and Chile sent delegates.",
    "Leaders met at the United Nations on Monday. The Andean Chess Federation said member countries Peru and "
    "Chile would host the games.",
])
def test_a_list_without_organization_takes_only_an_intergovernmental_one_named_before(nlp, text):
    assert run(nlp, text).memberships == ()


@pytest.mark.parametrize("publisher, text, expected", [
    ("ASEAN Secretariat", "The ASEAN Secretariat published the report. Member States Malaysia and Thailand "
     "welcomed it.", {(state, "Association of Southeast Asian Nations") for state in ("Malaysia", "Thailand")}),
    ("ASEAN Secretariat", "JAKARTA, 14 July 2026 – The ASEAN Secretariat hosted a workshop on flood warning on "
     "Tuesday, attended by officials of Member States Indonesia, the Philippines and Laos.",
     {(state, "Association of Southeast Asian Nations") for state in ("Indonesia", "Philippines", "Laos")}),
    ("ECOWAS Commission", "Abuja, 3 March 2026. The ECOWAS Commission convened trade experts on Monday. "
     "Member States Ghana, Senegal and Togo presented national reports, Commissioner Ibrahim Sow said.",
     {(state, "Economic Community of West African States") for state in ("Ghana", "Senegal", "Togo")}),
    ("United Nations", "NEW YORK – The UN Secretariat briefed delegations on the budget. Member states, "
     "including Chile and Norway, asked for more detail.",
     {(state, "United Nations") for state in ("Chile", "Norway")}),
])
def test_a_secretariat_or_commission_speaks_for_its_organizations_member_states(nlp, publisher, text, expected):
    assert members(run_item(nlp, text, publisher)) == expected


@pytest.mark.parametrize("title, text, expected", [
    ("Pacific Islands Forum leaders adopt ocean statement",
     "SUVA, 4 May 2026 – Leaders gathered in Suva on Monday. Member countries Fiji, Samoa and Tonga backed the "
     "statement read by Chair Mere Tuilagi.", {(state, "Pacific Islands Forum") for state in ("Fiji", "Samoa", "Tonga")}),
    ("ECOWAS: ministers agree on customs roadmap",
     "Accra, 12 June 2026 – Trade ministers met in Accra on Thursday. The member states, including Ghana, "
     "Nigeria and Senegal, agreed to a common customs roadmap, Minister Kwesi Amoah said.",
     {(state, "Economic Community of West African States") for state in ("Ghana", "Nigeria", "Senegal")}),
])
def test_a_list_takes_the_intergovernmental_organization_of_the_headline(nlp, title, text, expected):
    assert members(extract(NewsItem(id="t", text=text, title=title, publisher="Wire"), nlp)) == expected


@pytest.mark.parametrize("title, text", [
    ("Andean Chess Federation meets in Lima", "Delegates met in Lima. Member countries Peru and Chile sent players."),
    ("ECOWAS summit opens", "The West African Chess Federation met on Monday. Member countries Ghana and Togo "
     "sent players."),
])
def test_the_headline_gives_no_organization_to_a_list_another_body_owns(nlp, title, text):
    assert extract(NewsItem(id="t", text=text, title=title, publisher="Wire"), nlp).memberships == ()


@pytest.mark.parametrize("row", [
    "{member} joined {org}\n",  # no confidence
    "{org} enlarged\t0.8\n",  # no member slot
    "{member} joined {organisation}\t0.8\n",  # unknown slot
])
def test_a_malformed_template_fails_at_load_naming_file_and_line(tmp_path, row):
    import shutil

    from icgraph.errors import InputError
    from icgraph.extract.lexicon import EXTRACTION_DIR
    from icgraph.extract.memberships import load_phrases

    shutil.copytree(EXTRACTION_DIR, tmp_path / "x")
    phrases = tmp_path / "x" / "membership_phrases.txt"
    phrases.write_text(phrases.read_text(encoding="utf-8") + row, encoding="utf-8")
    with pytest.raises(InputError, match=r"membership_phrases.txt:\d+: expected a template"):
        load_phrases(tmp_path / "x")
