"""The scoring rules of `icgraph evaluate`, on small hand-made gold files and system rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from icgraph.errors import InputError
from icgraph.evaluate import (
    AGREEMENTS,
    ENTITIES,
    MEETING_DATES,
    MEETINGS,
    PARTICIPATIONS,
    POSTS,
    NameMatcher,
    SystemFacts,
    gold_from_dict,
    load_gold,
    read_ids,
    render_json,
    render_table,
    role_words_match,
    score,
)

ITEM = "https://w3id.org/icgraph/id/item/news-1"
P = "https://w3id.org/icgraph/id/person/"
O = "https://w3id.org/icgraph/id/organization/"
C = "https://w3id.org/icgraph/id/country/"

ENTITIES_GOLD = [
    {"id": "almalik", "type": "Person", "name": "Salim M. AlMalik", "aliases": ["AlMalik"]},
    {"id": "ouldamar", "type": "Person", "name": "Mohamed Ould Amar", "aliases": []},
    {"id": "rusz", "type": "Person", "name": "Regina Rusz", "aliases": []},
    {"id": "jankovic", "type": "Person", "name": "Anna Jankovic", "aliases": []},
    {"id": "bodour", "type": "Person", "name": "Bodour bint Sultan Al Qasimi", "aliases": []},
    {"id": "icesco", "type": "Organization", "name": "Islamic World Educational, Scientific and Cultural Organization", "aliases": ["ICESCO"]},
    {"id": "undp", "type": "Organization", "name": "United Nations Development Programme", "aliases": ["UNDP"]},
    {"id": "un", "type": "Organization", "name": "United Nations", "aliases": ["UN"]},
    {"id": "austria", "type": "Country", "name": "Austria", "aliases": []},
    {"id": "moc", "type": "Organization", "name": "Ministry of Culture", "aliases": [], "optional": True},
    {"id": "rabat", "type": "Place", "name": "Rabat", "aliases": []},
]


def gold_with(article: dict, entities: list | None = None) -> object:
    return gold_from_dict(
        {"corpus": "t", "entities": entities or ENTITIES_GOLD, "articles": [{"id": "news-1", "title": "A title", **article}]}
    )


def entity_rows(*entities: tuple[str, str, str]) -> list[dict[str, str]]:
    return [{"entity": iri, "label": label, "type": kind, "alias": ""} for iri, label, kind in entities]


ITEMS = [{"item": ITEM, "id": "news-1", "title": "A title"}]


def meeting_row(a: str, a_label: str, b: str, b_label: str, date: str | None = "2025-04-18", quote: str = "They met.") -> dict[str, str]:
    row = {"a": a, "aLabel": a_label, "b": b, "bLabel": b_label, "event": "e1", "source": ITEM, "quote": quote}
    if date:
        row["date"] = date
    return row


# ---------------------------------------------------------------------------------------------
# names


def test_names_match_ignoring_case_accents_punctuation_and_honorifics() -> None:
    matcher = NameMatcher(gold_from_dict({"entities": ENTITIES_GOLD, "articles": []}).entities)
    assert matcher.match(["H.E. Dr. Salim M. Al-Malik"]) == {"almalik"}
    assert matcher.match(["al malik"]) == {"almalik"}
    assert matcher.match(["HH Sheikha Bodour bint Sultan Al-Qasimi"]) == {"bodour"}
    assert matcher.match(["Regína Rúsz"]) == {"rusz"}
    assert matcher.match(["Mohamed Salah"]) == frozenset()


def test_a_multiword_gold_name_matches_a_label_that_contains_its_words() -> None:
    matcher = NameMatcher(gold_from_dict({"entities": ENTITIES_GOLD, "articles": []}).entities)
    assert matcher.match(["Mohamed Ould Amar, Director-General"]) == {"ouldamar"}
    # an exact name wins over containment: UNDP is not also the United Nations
    assert matcher.match(["United Nations Development Programme"]) == {"undp"}
    # a one-word gold name is never matched by containment
    assert matcher.match(["Austria Culture Forum"]) == frozenset()


def test_role_words() -> None:
    assert role_words_match("Director", "Director of the Regional Office in Baku")
    assert role_words_match("Secretary-General", "Secretary General")
    assert not role_words_match("Minister", "Deputy Minister for European and International Affairs")
    assert not role_words_match("Ambassador", "Permanent Representative")
    # words of the organization's names are not role words
    icesco_words = ["islamic", "world", "educational", "scientific", "cultural", "organization", "icesco"]
    assert role_words_match("Director of ICESCO Regional Office", "Director of the Regional Office in Baku", icesco_words)
    assert not role_words_match("Director of ICESCO Regional Office", "Director of the Regional Office in Baku")
    assert not role_words_match("Minister of Culture", "Assistant Minister of Culture", ["ministry", "culture"])


# ---------------------------------------------------------------------------------------------
# meetings


def test_meeting_pairs_are_the_cross_product_of_the_sides_and_in_side_pairs_are_neutral() -> None:
    gold = gold_with({"meetings": [{"date": "2025-04-08", "sides": [["almalik"], ["rusz", "jankovic"]]}]})
    system = SystemFacts(
        meetings=[
            meeting_row(P + "almalik", "Salim M. AlMalik", P + "rusz", "Regina Rusz", "2025-04-08"),
            meeting_row(P + "jankovic", "Anna Jankovic", P + "rusz", "Regina Rusz", "2025-04-08"),  # inside one side
        ],
        items=ITEMS,
    )
    report = score(gold, system)
    pairs = report.score(MEETINGS)
    assert (pairs.gold_total, pairs.gold_found, pairs.system_total, pairs.system_correct) == (2, 1, 1, 1)
    assert pairs.precision == 1.0 and pairs.recall == 0.5
    [miss] = [m for m in report.misses if m.kind == MEETINGS]
    assert miss.fact == "Salim M. AlMalik - Anna Jankovic" and miss.article == "A title"


def test_misses_are_listed_in_the_same_order_from_run_to_run() -> None:
    """The pairs are scored from sets; the report sorts an article's findings so that two runs can be diffed."""
    gold = gold_with({"meetings": [{"date": "2025-04-08", "sides": [["almalik"], ["rusz", "jankovic", "ouldamar", "bodour"]]}]})
    report = score(gold, SystemFacts(meetings=[], items=ITEMS))
    facts = [m.fact for m in report.misses if m.kind == MEETINGS]
    assert len(facts) == 4 and facts == sorted(facts)


def test_other_pairs_are_false_hits_with_their_sentence() -> None:
    gold = gold_with({"meetings": [{"date": "2025-04-18", "sides": [["almalik"], ["ouldamar"]], "organization_sides": [["icesco"], ["un"]]}]})
    system = SystemFacts(
        meetings=[
            meeting_row(P + "almalik", "AlMalik", P + "ouldamar", "Mohamed Ould Amar"),
            meeting_row(O + "icesco", "ICESCO", P + "ouldamar", "Mohamed Ould Amar", quote="ICESCO received him."),
            meeting_row(P + "almalik", "AlMalik", O + "capital", "Capital of Culture", quote="Capital of Culture sentence."),
        ],
        items=ITEMS,
    )
    report = score(gold, system)
    pairs = report.score(MEETINGS)
    assert (pairs.system_total, pairs.system_correct, pairs.gold_found) == (3, 1, 1)
    sentences = {f.fact: f.sentence for f in report.false_hits if f.kind == MEETINGS}
    assert sentences == {
        "ICESCO - Mohamed Ould Amar": "ICESCO received him.",
        "AlMalik - Capital of Culture": "Capital of Culture sentence.",
    }


def test_optional_meetings_are_neither_required_nor_penalised() -> None:
    gold = gold_with(
        {
            "meetings": [
                {"date": "2025-04-11", "sides": [["almalik"], ["ouldamar"]]},
                {"date": "2025-04-11", "optional": True, "sides": [["almalik"], ["rusz"]]},
            ]
        }
    )
    system = SystemFacts(meetings=[meeting_row(P + "almalik", "AlMalik", P + "rusz", "Regina Rusz", "2025-04-11")], items=ITEMS)
    pairs = score(gold, system).score(MEETINGS)
    assert (pairs.gold_total, pairs.gold_found, pairs.system_total) == (1, 0, 0)


def test_a_pair_in_another_article_is_a_false_hit_there() -> None:
    gold = gold_from_dict(
        {
            "entities": ENTITIES_GOLD,
            "articles": [
                {"id": "news-1", "title": "One", "meetings": [{"date": "2025-04-18", "sides": [["almalik"], ["ouldamar"]]}]},
                {"id": "news-2", "title": "Two"},
            ],
        }
    )
    other = "https://w3id.org/icgraph/id/item/news-2"
    row = {**meeting_row(P + "almalik", "AlMalik", P + "ouldamar", "Mohamed Ould Amar"), "source": other}
    report = score(gold, SystemFacts(meetings=[row], items=[*ITEMS, {"item": other, "id": "news-2", "title": "Two"}]))
    assert [(f.article, f.kind) for f in report.false_hits] == [("Two", MEETINGS)]  # listed once
    assert report.score(MEETING_DATES).system_total == 1  # but counted under both kinds
    assert report.score(MEETINGS).gold_found == 0


@pytest.mark.parametrize(
    ("gold_date", "optional", "system_date", "right"),
    [
        ("2025-04-18", False, "2025-04-18", True),
        ("2025-04-18", False, "2025-04-17", False),
        ("2025-04-18", False, None, False),  # an unstated date is wrong where the gold states one
        ("2025-04-18", True, None, True),
        ("2025-04-18", True, "2025-04-17", False),
        (None, True, "2025-01-01", True),
        (None, True, None, True),
    ],
)
def test_meeting_dates(gold_date: str | None, optional: bool, system_date: str | None, right: bool) -> None:
    meeting = {"date": gold_date, "sides": [["almalik"], ["ouldamar"]]}
    if optional:
        meeting["date_optional"] = True
    gold = gold_with({"meetings": [meeting]})
    system = SystemFacts(meetings=[meeting_row(P + "almalik", "AlMalik", P + "ouldamar", "Mohamed Ould Amar", system_date)], items=ITEMS)
    report = score(gold, system)
    assert report.score(MEETINGS).f1 == 1.0
    assert report.score(MEETING_DATES).f1 == (1.0 if right else 0.0)
    wrong_dates = [f for f in report.false_hits if f.kind == MEETING_DATES]
    assert [f.fact for f in wrong_dates] == ([] if right else [f"AlMalik - Mohamed Ould Amar ({system_date or 'no date'})"])


# ---------------------------------------------------------------------------------------------
# posts


def post_row(person: str, person_label: str, org: str, org_label: str, role: str) -> dict[str, str]:
    return {"person": person, "personLabel": person_label, "organization": org, "organizationLabel": org_label, "role": role, "source": ITEM, "quote": f"{person_label}, {role}."}


def test_posts_accept_any_listed_organization_and_check_roles_separately() -> None:
    gold = gold_with(
        {
            "posts": [
                {"person": "rusz", "role": "Deputy Minister for European and International Affairs", "organization": ["austria", "moc"]},
                {"person": "almalik", "role": "Director-General", "organization": "icesco"},
                {"person": "jankovic", "role": "Ambassador", "organization": "austria", "optional": True},
            ]
        }
    )
    system = SystemFacts(
        posts=[
            post_row(P + "rusz", "Regina Rusz", O + "moc", "Ministry of Culture", "Minister"),
            post_row(P + "almalik", "AlMalik", O + "icesco", "ICESCO", "Director-General"),
            post_row(P + "jankovic", "Anna Jankovic", C + "aut", "Austria", "Ambassador"),  # optional: neutral
            post_row(P + "ouldamar", "Mohamed Ould Amar", O + "icesco", "ICESCO", "Director-General"),  # not in gold
        ],
        items=ITEMS,
    )
    report = score(gold, system)
    posts = report.score(POSTS)
    assert (posts.gold_total, posts.gold_found, posts.system_total, posts.system_correct) == (2, 2, 3, 2)
    roles = {a.kind: (a.correct, a.checked) for a in report.accuracies}
    assert roles["post roles"] == (1, 2)
    [false_hit] = [f for f in report.false_hits if f.kind == POSTS]
    assert false_hit.fact.startswith("Mohamed Ould Amar - ICESCO") and false_hit.sentence == "Mohamed Ould Amar, Director-General."


# ---------------------------------------------------------------------------------------------
# agreements


def agreement_rows(iri: str, parties: list[tuple[str, str]], date: str | None) -> list[dict[str, str]]:
    rows = []
    for party, label in parties:
        row = {"agreement": iri, "type": "MemorandumOfUnderstanding", "party": party, "partyLabel": label, "source": ITEM, "quote": "They signed."}
        if date:
            row["date"] = date
        rows.append(row)
    return rows


def test_agreements_match_when_all_gold_parties_are_among_the_systems_and_dates_are_checked() -> None:
    gold = gold_with({"agreements": [{"type": "MemorandumOfUnderstanding", "parties": ["icesco", "undp"], "date": "2025-04-11"}]})
    extra_party = agreement_rows("ag1", [(O + "icesco", "ICESCO"), (O + "undp", "UNDP"), (C + "aut", "Austria")], "2025-04-10")
    report = score(gold, SystemFacts(agreements=extra_party, items=ITEMS))
    assert report.score(AGREEMENTS).f1 == 1.0
    dates = {a.kind: (a.correct, a.checked) for a in report.accuracies}["agreement dates"]
    assert dates == (0, 1)

    missing_party = agreement_rows("ag1", [(O + "icesco", "ICESCO"), (C + "aut", "Austria")], "2025-04-11")
    report = score(gold, SystemFacts(agreements=missing_party, items=ITEMS))
    assert (report.score(AGREEMENTS).gold_found, report.score(AGREEMENTS).system_total) == (0, 1)
    assert [f.fact for f in report.false_hits] == ["MemorandumOfUnderstanding between Austria, ICESCO"]


# ---------------------------------------------------------------------------------------------
# participations


def participation_row(agent: str, label: str, event_label: str, role: str = "participant", event_type: str = "fair", **extra: str) -> dict[str, str]:
    return {
        "agent": agent, "agentLabel": label, "role": f"https://w3id.org/icgraph/vocab/role/{role}",
        "event": "ev-" + event_label, "eventLabel": event_label,
        "eventType": f"https://w3id.org/icgraph/vocab/event-type/{event_type}", "source": ITEM, "quote": "q", **extra,
    }


def test_participations_and_organizers_match_by_agent_and_loose_event_name() -> None:
    gold = gold_with(
        {
            "participations": [
                {"agent": "almalik", "event": "International Book and Publishing Fair", "event_aliases": ["SIEL"]},
                {"agent": "icesco", "event": "Film Festival", "event_aliases": [], "date": "2025-04-08", "place": "rabat"},
            ],
            "organizers": [{"agent": "moc", "event": "International Book and Publishing Fair"}, {"agent": "austria", "event": "Book Fair"}],
        }
    )
    system = SystemFacts(
        participations=[
            participation_row(P + "almalik", "AlMalik", "30th International Book and Publishing Fair"),
            participation_row(O + "icesco", "ICESCO", "Children's screenings", event_type="festival", date="2025-04-08", placeLabel="Rabat"),
            participation_row(C + "aut", "Austria", "Book Fair", role="participant"),
            participation_row(P + "ouldamar", "Mohamed Ould Amar", "Book Fair"),  # not in the gold
            participation_row(P + "rusz", "Regina Rusz", "Meeting of X and Y", role="guest", event_type="meeting"),  # scored as a meeting
        ],
        items=ITEMS,
    )
    report = score(gold, system)
    participations = report.score(PARTICIPATIONS)
    assert (participations.gold_total, participations.gold_found) == (4, 3)  # no Ministry of Culture row
    assert (participations.system_total, participations.system_correct) == (4, 3)
    assert {a.kind: (a.correct, a.checked) for a in report.accuracies}["participation roles"] == (2, 3)


# ---------------------------------------------------------------------------------------------
# entities


def test_entities_are_scored_over_the_corpus_and_unknown_ones_are_false_hits() -> None:
    gold = gold_with({})
    system = SystemFacts(
        entities=entity_rows(
            (P + "almalik", "Salim M. AlMalik", "Person"),
            (O + "icesco", "ICESCO", "IntergovernmentalOrganization"),
            (O + "capital-of-culture", "Capital of Culture", "Organization"),
            (O + "member-states", "Member States", "Organization"),
            (O + "moc", "Ministry of Culture", "GovernmentBody"),  # optional in the gold: neutral
            ("https://w3id.org/icgraph/id/place/casablanca", "Casablanca", "Place"),  # places are not scored
        ),
        items=ITEMS,
    )
    report = score(gold, system)
    entities = report.score(ENTITIES)
    assert (entities.system_total, entities.system_correct) == (4, 2)
    assert entities.gold_total == 9 and entities.gold_found == 2
    assert sorted(f.fact.split(" <")[0] for f in report.false_hits) == ["Capital of Culture", "Member States"]


# ---------------------------------------------------------------------------------------------
# articles, files, output


def test_articles_match_by_title_when_the_gold_has_no_ids() -> None:
    gold = gold_from_dict(
        {"entities": ENTITIES_GOLD, "articles": [{"title": "ICESCO and ALECSO Discuss", "meetings": [{"date": "2025-04-18", "sides": [["almalik"], ["ouldamar"]]}]}]}
    )
    items = [{"item": ITEM, "id": "9d4d6b1e", "title": "ICESCO and ALECSO discuss"}]
    report = score(gold, SystemFacts(meetings=[meeting_row(P + "a", "AlMalik", P + "b", "Mohamed Ould Amar")], items=items))
    assert report.score(MEETINGS).f1 == 1.0 and report.unmatched_articles == () and report.unmatched_items == ()


def test_a_gold_article_with_no_item_is_all_missed() -> None:
    gold = gold_with({"meetings": [{"date": "2025-04-18", "sides": [["almalik"], ["ouldamar"]]}]})
    report = score(gold, SystemFacts(items=[]))
    assert report.unmatched_articles == ("A title",)
    assert report.score(MEETINGS).recall == 0.0


def test_load_gold_reads_the_shared_files_and_names_a_bad_file(tmp_path: Path) -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "gold"
    gold = load_gold(shared / "000_9d4d6b1e05b12518.gold.json")
    assert len(gold.articles) == 10
    assert any(p.role == "organizer" for a in gold.articles for p in a.participations)
    bad = tmp_path / "bad.json"
    bad.write_text('{"articles": [', encoding="utf-8")
    with pytest.raises(InputError, match="bad.json: not JSON"):
        load_gold(bad)


def test_table_and_json_show_figures_misses_and_false_hits() -> None:
    gold = gold_with({"meetings": [{"date": "2025-04-18", "sides": [["almalik"], ["ouldamar"]]}]})
    system = SystemFacts(meetings=[meeting_row(P + "almalik", "AlMalik", O + "x", "Joint Efforts", quote="Joint Efforts met.")], items=ITEMS)
    report = score(gold, system)
    table = render_table(report)
    assert "meeting pairs" in table and "misses (10)" in table and "sentence: Joint Efforts met." in table
    data = json.loads(render_json(report))
    assert data["figures"]["meetings"] == 0.0
    assert data["false_hits"][0]["sentence"] == "Joint Efforts met."


# ---------------------------------------------------------------------------------------------
# the runner's reading of a store (saved queries + evidence), no language model involved


def test_system_facts_reads_the_saved_queries_with_their_sentences() -> None:
    from facts_fixture import B, graphs

    from icgraph.evaluate import system_facts
    from icgraph.store import EmbeddedStore

    with EmbeddedStore(None, base=B) as store:
        store.replace_graphs(graphs())
        facts = system_facts(store)
    [meeting] = facts.meetings
    assert meeting["source"] == B + "id/item/news-1"
    assert meeting["quote"] == "Dr. Salim M. AlMalik met with Mohamed Ould Amar at ICESCO headquarters in Rabat."
    [post] = facts.posts
    assert post["quote"] == "Salim M. AlMalik, Director-General of ICESCO, said."
    assert {row["quote"] for row in facts.agreements} == {"ICESCO and UNDP signed a memorandum of understanding."}
    assert {row["id"] for row in facts.items} == {"news-1", "news-2"}

    gold = gold_from_dict(
        {
            "entities": ENTITIES_GOLD,
            "articles": [
                {"id": "news-1", "title": "ICESCO and ALECSO Discuss Cooperation",
                 "meetings": [{"date": "2025-04-18", "sides": [["almalik"], ["ouldamar"]]}],
                 "posts": [{"person": "almalik", "role": "Director-General", "organization": "icesco"}]},
                {"id": "news-2", "title": "ICESCO and UNDP Sign MoU",
                 "agreements": [{"type": "MemorandumOfUnderstanding", "parties": ["icesco", "undp"], "date": "2025-04-11"}]},
            ],
        }
    )
    figures = score(gold, facts).figures()
    assert {name: figures[name] for name in (MEETINGS, MEETING_DATES, POSTS, AGREEMENTS)} == {
        MEETINGS: 1.0, MEETING_DATES: 1.0, POSTS: 1.0, AGREEMENTS: 1.0
    }


# ---------------------------------------------------------------------------------------------
# subsets


def test_a_subset_scores_only_its_articles_and_the_entities_their_facts_name(tmp_path: Path) -> None:
    gold = gold_from_dict({"corpus": "t", "entities": ENTITIES_GOLD, "articles": [
        {"id": "news-1", "title": "One", "meetings": [{"date": "2025-04-18", "sides": [["almalik"], ["ouldamar"]]}]},
        {"id": "news-2", "title": "Two", "posts": [{"person": "rusz", "role": "Director", "organization": "undp"}]},
    ]})
    ids_file = tmp_path / "ids.txt"
    ids_file.write_text("# set aside\nnews-2  # the post\n\n", encoding="utf-8")
    kept = gold.subset(exclude=read_ids(ids_file))
    assert [a.id for a in kept.articles] == ["news-1"]
    system = SystemFacts(
        meetings=[meeting_row(P + "almalik", "Salim M. AlMalik", P + "ouldamar", "Mohamed Ould Amar")],
        entities=entity_rows((P + "almalik", "Salim M. AlMalik", "Person"), (P + "ouldamar", "Mohamed Ould Amar", "Person"),
                             (P + "rusz", "Regina Rusz", "Person")),
        items=ITEMS,
    )
    report = score(kept, system)
    entities = report.score(ENTITIES)
    # Regina Rusz is named only by the article left out: neither required nor a false hit
    assert (entities.gold_found, entities.gold_total, entities.system_correct, entities.system_total) == (2, 2, 2, 2)
    assert report.score(MEETINGS).recall == 1.0 and report.score(POSTS).gold_total == 0
    assert [a.id for a in gold.subset(ids={"news-2"}).articles] == ["news-2"]
