"""Generalisation guard: extraction quality on held-out news in house styles the dev set lacks.

tests/data/heldout-news.jsonl holds ten items written in the styles of publishers absent from the
development corpora (EU Council, AU Commission, UNICEF, FAO, Japan's foreign ministry, ASEAN, a
presidential office, a university, Kyodo and ANTARA wires, one of them a planned visit that must
yield no meeting); tests/data/heldout-news.gold.json annotates them by hand in the gold format of
../shared/gold/README.md. The floors are the figures measured when the file was written, less 0.05.
tests/data/heldout-news-2.* holds 28 more (see FLOORS_2).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from icgraph.config import Settings
from icgraph.evaluate import render_table, run_evaluation
from icgraph.extract import load_nlp

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parent / "data"

FLOORS = {
    "meetings": 0.95,
    "meetings-dated": 0.95,
    "posts": 0.88,
    "agreements": 0.95,
    "entities-precision": 0.95,
    "entities-recall": 0.92,
}


def _evaluated(name: str):
    return run_evaluation(DATA / f"{name}.gold.json", [DATA / f"{name}.jsonl"], nlp=load_nlp(Settings.from_env().model))


@pytest.fixture(scope="module")
def report():
    return _evaluated("heldout-news")


# tests/data/heldout-news-2.*: 28 further invented items in 28 publishers' styles, written before stop 31's
# changes landed and scored then (meeting pairs 0.920, posts 0.972, agreements 0.857, participations 0.857);
# their faults were fixed as mechanisms afterwards, so they guard those mechanisms (floors: the figures after,
# less 0.05) and no longer estimate unseen news. docs/evaluation.md, "Stop 31", has both sets of figures.
FLOORS_2 = {
    "meetings": 0.95,
    "meetings-dated": 0.95,
    "organization-pairs-recall": 0.91,
    "posts": 0.95,
    "agreements": 0.95,
    "participations": 0.95,
    "entities-precision": 0.95,
    "entities-recall": 0.94,
}


@pytest.mark.parametrize("name, floors", [("heldout-news", FLOORS), ("heldout-news-2", FLOORS_2)])
def test_heldout_figures_hold_their_floors(name, floors, report) -> None:
    evaluated = report if name == "heldout-news" else _evaluated(name)
    figures = evaluated.figures()
    below = {kind: f"{figures[kind]:.3f} < {floor}" for kind, floor in floors.items() if figures[kind] < floor}
    assert not below, f"{name}: below floor: {below}\n\n{render_table(evaluated)}"
    assert not evaluated.unmatched_articles and not evaluated.unmatched_items


def test_a_planned_visit_yields_no_meeting(report) -> None:
    """The ANTARA item only announces a visit ("will visit", "is scheduled to meet"): any meeting
    reported for it is a false hit; and every held-out item was matched to its gold article."""
    planned_title = "Foreign Minister Sugiono to visit Australia next week"
    meetings = [f for f in report.false_hits if f.kind == "meetings" and f.article == planned_title]
    assert not meetings, meetings
    assert not report.unmatched_articles and not report.unmatched_items


# Single sentences in house styles the dev set lacks: each names the general rule it guards.

def _extract(nlp, text: str):
    from datetime import date

    from icgraph.extract import extract
    from icgraph.model import NewsItem

    extraction = extract(NewsItem(id="t", text=text, url=None, publisher=None, title=None,
                                  published=date(2025, 6, 3)), nlp)
    names = {e.key: e.name for e in extraction.entities}
    posts = {(names[p.person], p.role, names.get(p.organization)) for p in extraction.posts}
    meetings = [(e.kind.value, {names[p.agent]: p.role.value for p in e.participations})
                for e in extraction.events if e.kind.value != "signing"]
    return extraction, names, posts, meetings


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(Settings.from_env().model)


def test_family_name_in_capitals_and_phone_talk(nlp) -> None:
    _, names, posts, meetings = _extract(nlp, (
        "On February 20, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a telephone talk with "
        "H.E. Mr. Sugiono, Minister for Foreign Affairs of the Republic of Indonesia. Minister Iwaya said ..."))
    assert ("Iwaya Takeshi", "Minister for Foreign Affairs", "Japan") in posts
    assert [kind for kind, _ in meetings] == ["phone-call"]
    assert set(meetings[0][1]) == {"Iwaya Takeshi", "Sugiono"}
    assert "Iwaya" not in names.values()  # the short form joins the full name


def test_name_opening_with_particles_after_a_title_and_spoke_by_phone(nlp) -> None:
    _, _, _, meetings = _extract(nlp, "President von der Heyden spoke by phone today with the Prime Minister "
                                      "of India, Vikram Sethuraman.")
    assert meetings == [("phone-call", {"von der Heyden": "participant", "Vikram Sethuraman": "participant"})]


def test_companions_join_the_side_of_the_person_they_accompany(nlp) -> None:
    _, _, _, meetings = _extract(nlp, (
        "The Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, received today the "
        "Minister of Foreign Affairs of Ghana, Samuel Okudzeto Ablakwa. The Chairperson was accompanied by the "
        "Commissioner for Health, Ambassador Minata Samate Cessouma."))
    assert len(meetings) == 1
    sides = meetings[0][1]
    assert sides["Mahmoud Ali Youssouf"] == sides["Minata Samate Cessouma"] == "host"
    assert sides["Samuel Okudzeto Ablakwa"] == "guest"


def test_one_word_name_apposed_to_a_title(nlp) -> None:
    _, _, posts, meetings = _extract(nlp, (
        "Minister for Foreign Affairs of the Republic of Indonesia, Sugiono, received a courtesy call from the "
        "Ambassador of the Kingdom of the Netherlands to Indonesia, Marc Gerritsen, at the Pancasila Building."))
    assert ("Sugiono", "Minister for Foreign Affairs", "Indonesia") in posts
    assert meetings and meetings[0][1] == {"Sugiono": "host", "Marc Gerritsen": "guest"}


def test_surnames_that_are_place_names_and_signing_by_two_heads(nlp) -> None:
    extraction, names, posts, meetings = _extract(nlp, (
        "UNESCO Director-General Claire Dufresne and the Minister of Culture of Peru, Fabricio Valencia, signed a "
        "cooperation agreement in Paris on 12 March 2025."))
    assert ("Fabricio Valencia", "Minister of Culture", "Peru") in posts
    assert [sorted(names[k] for k in a.signatories) for a in extraction.agreements] == [
        ["Claire Dufresne", "Fabricio Valencia"]]
    assert "Valencia" not in names.values()


def test_hosting_a_person_is_a_reception_and_currency_is_no_state(nlp) -> None:
    _, names, _, meetings = _extract(nlp, (
        "On 5 February 2025, Prime Minister Luxon hosted his Australian counterpart Anthony Albanese in "
        "Queenstown. Australia pledged US$10 million."))
    assert meetings == [("reception", {"Luxon": "host", "Anthony Albanese": "guest"})]
    assert "United States" not in names.values()


def test_an_honorific_abbreviation_does_not_end_the_sentence(nlp) -> None:
    extraction, names, _, _ = _extract(nlp, (
        "WHO and the Government of Ghana signed a Host Country Agreement on 4 March 2025 in Accra. The agreement "
        "was signed by Dr Francis Kasolo, WHO Representative in Ghana, and Hon. Samuel Okudzeto Ablakwa, "
        "Minister for Foreign Affairs."))
    assert [sorted(names[k] for k in a.signatories) for a in extraction.agreements] == [
        ["Francis Kasolo", "Samuel Okudzeto Ablakwa"]]


def test_a_meeting_held_between_two_people_and_a_courtesy_call_on(nlp) -> None:
    _, _, _, meetings = _extract(nlp, (
        "A bilateral meeting was held on 4 April 2025 between the Minister of Foreign Affairs of Senegal, Yassine "
        "Fall, and the Minister of Foreign Affairs of Gambia, Mamadou Tangara."))
    assert [set(sides) for _, sides in meetings] == [{"Yassine Fall", "Mamadou Tangara"}]
    _, _, _, meetings = _extract(nlp, (
        "On 10 March 2025, Ambassador of Thailand to ASEAN Urawadee Sriphiromya paid a courtesy call on the "
        "Secretary-General of ASEAN, Dr. Kao Kim Hourn, at the ASEAN Secretariat."))
    assert meetings == [("visit", {"Kao Kim Hourn": "host", "Urawadee Sriphiromya": "guest"})]


def test_a_meeting_named_by_where_it_was_held_has_no_sides(nlp) -> None:
    _, _, _, meetings = _extract(nlp, "Minister Ahmed Ali said at the meeting held in Geneva on 3 May 2025 that "
                                      "President John Smith supports the plan.")
    assert meetings == []


def test_honorific_of_several_words_stays_out_of_name_and_title(nlp) -> None:
    _, names, posts, meetings = _extract(nlp, (
        "KUALA LUMPUR, 14 Feb (Bernama) -- Prime Minister Datuk Seri Hafiz Rahman today received a courtesy call "
        "from Singapore's Prime Minister Marcus Lim at Seri Perdana."))
    assert meetings == [("reception", {"Hafiz Rahman": "host", "Marcus Lim": "guest"})]
    # the dateline's state, not the other state the sentence names (Singapore)
    assert all(person != "Hafiz Rahman" or org in {None, "Malaysia"} for person, _, org in posts)


def test_an_untagged_host_after_an_honorific_is_not_replaced_by_the_credit_lines_agency(nlp) -> None:
    """The parser does not tag 'Azlan Harun' after 'Datuk Seri' as a person: the honorific of two words, whose
    last word alone is none, still marks the name (else the credit line's agency took the host's place)."""
    _, _, _, meetings = _extract(nlp, (
        "KUALA LUMPUR, 14 Feb (Bernama) -- Prime Minister Datuk Seri Azlan Harun today received a courtesy call "
        "from Singapore's Prime Minister Marcus Lim at Seri Perdana."))
    assert meetings == [("reception", {"Azlan Harun": "host", "Marcus Lim": "guest"})]


def test_particle_before_a_capitalised_particle_keeps_the_name_whole(nlp) -> None:
    """ "bint Al-Sayed": the chain of lower-case particles ("van der") must not cut a name whose
    particle is followed by a capitalised "Al-"."""
    _, names, _, _ = _extract(nlp, "The Minister of Health of Bahrain, Maryam bint Al-Sayed Ali Jaafar, met "
                                   "Dr. Khalid bin Nasser Al-Harthi on 3 May 2025.")
    assert "Maryam bint Al-Sayed Ali Jaafar" in names.values()


def test_the_institution_named_by_its_head_word_owns_the_title_after_it(nlp) -> None:
    _, _, posts, _ = _extract(nlp, (
        "The University of Leeds and the Royal Armouries have signed a memorandum of understanding. The MoU was "
        "signed on 3 October at a ceremony in Leeds by the University's Vice-Chancellor, Professor Shearer West, "
        "and the Director-General of the Royal Armouries, Nathaniel Jones."))
    assert ("Shearer West", "Vice-Chancellor", "University of Leeds") in posts
