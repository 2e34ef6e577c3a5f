"""Input that real feeds produce is stored item by item: nothing lost, nothing duplicated, no
traceback, whatever the ids, the bytes, the nesting, the order or the repetition."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from icgraph.cli import cli
from icgraph.config import Settings
from icgraph.iri import entity_iri
from icgraph.model import NewsItem
from icgraph.pipeline import ingest
from icgraph.read import ReadProblem, read_source
from icgraph.store import open_store

SHARED = Path(__file__).resolve().parents[2] / "shared"
SETTINGS = Settings()

CHILE = "The Secretary-General of the United Nations, António Guterres, received on 6 May 2024 Mr. Juan Pérez, Ambassador of Chile to the United Nations."
PERU = "The Director-General of UNESCO, Claire Dufresne, met on 8 May 2024 Ms. Rosa Quispe, Ambassador of Peru to France."
KENYA = "The President of the African Union Commission, Issa Djibrine Mahamat, received on 9 May 2024 Mr. John Otieno, Minister of Foreign Affairs of Kenya."
GHANA = "The Secretary-General of the Commonwealth, Patricia Scotland, met on 10 May 2024 Mr. Kofi Mensah, Minister of Trade of Ghana."


def write_jsonl(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


def stored_items(store) -> dict[str, str]:
    rows = store.select(
        "PREFIX ic: <https://w3id.org/icgraph/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
        "SELECT ?id ?text WHERE { GRAPH ?g { ?i a ic:NewsItem ; dcterms:identifier ?id ; ic:text ?text } }"
    ).rows
    return {str(row["id"]): str(row["text"]) for row in rows}


def run_ingest(tmp_path, nlp, *sources, store="store"):
    with open_store(tmp_path / store) as target:
        report = ingest(list(sources), target, settings=SETTINGS, nlp=nlp)
        return report, stored_items(target)


def test_ids_that_slugify_alike_are_four_items(tmp_path, nlp):
    source = write_jsonl(tmp_path / "ids.jsonl", [
        {"id": "https://ex.org/news?id=A7", "text": CHILE},
        {"id": "https://ex.org/news?id=a7", "text": PERU},
        {"id": "新闻-1", "text": KENYA},
        {"id": "新聞-1", "text": GHANA},
    ])
    report, items = run_ingest(tmp_path, nlp, source)
    assert report.ok and report.items_stored == 4
    assert set(items) == {"https://ex.org/news?id=A7", "https://ex.org/news?id=a7", "新闻-1", "新聞-1"}


@pytest.mark.parametrize("field", ["title", "publisher", "url", "id"])
def test_a_lone_surrogate_is_repaired_and_every_item_stored(tmp_path, nlp, field):
    bad = {"id": "bad", "title": "Ambassador of Peru", "text": PERU, field: "Half an emoji \ud83d here"}
    lines = [json.dumps({"id": "first", "text": CHILE}), json.dumps(bad), json.dumps({"id": "last", "text": KENYA})]
    source = write_jsonl(tmp_path / "surrogate.jsonl", lines)
    report, items = run_ingest(tmp_path, nlp, source)
    assert report.ok, report.problems
    assert report.items_stored == 3 and len(items) == 3
    assert "first" in items and "last" in items


def test_deep_nesting_is_one_problem_and_the_rest_go_in(tmp_path, nlp):
    deep = "[" * 100000 + "]" * 100000
    source = write_jsonl(tmp_path / "deep.jsonl", [{"id": "a", "text": CHILE}, deep, {"id": "b", "text": PERU}])
    report, items = run_ingest(tmp_path, nlp, source)
    assert set(items) == {"a", "b"}
    [problem] = report.problems
    assert problem.origin == f"{source} line 2" and "nested deeper than" in problem.message


def test_an_invalid_utf8_line_is_reported_by_number_and_the_others_go_in(tmp_path, nlp):
    good = [json.dumps({"id": str(n), "text": text}).encode() for n, text in enumerate([CHILE, PERU, KENYA, GHANA], 1)]
    source = tmp_path / "latin1.jsonl"
    source.write_bytes(b"\n".join([good[0], good[1], '{"id": "x", "text": "Caf\xe9 Ol\xe9"}'.encode("latin-1"), good[2], good[3]]) + b"\n")
    report, items = run_ingest(tmp_path, nlp, source)
    assert set(items) == {"1", "2", "3", "4"}
    [problem] = report.problems
    assert problem.origin == f"{source} line 3" and problem.message.startswith("not UTF-8 text")


def test_a_duplicate_id_keeps_the_last_with_a_warning_naming_both_lines(tmp_path, nlp):
    source = write_jsonl(tmp_path / "dup.jsonl", [{"id": "same", "text": CHILE}, {"id": "other", "text": KENYA}, {"id": "same", "text": PERU}])
    report, items = run_ingest(tmp_path, nlp, source)
    assert items == {"same": PERU, "other": KENYA}
    [warning] = report.replaced
    assert warning.origin == f"{source} line 3" and f"{source} line 1" in warning.message
    result = CliRunner().invoke(cli, ["ingest", "-q", "--store", str(tmp_path / "cli-store"), str(source)])
    assert result.exit_code == 0, result.output
    assert result.stderr.count(f"warning: {source} line 3: duplicate id 'same': replaces the item at {source} line 1") == 1


@pytest.mark.parametrize("value", [["The Minister…", "x"], True, 42, {"a": 1}])
def test_non_string_fields_reject_their_item_only(tmp_path, value):
    source = write_jsonl(tmp_path / "types.jsonl", [{"id": "a", "text": value}, {"id": "b", "title": value, "text": CHILE}, {"id": "c", "text": PERU}])
    results = list(read_source(source))
    assert [r.id for r in results if isinstance(r, NewsItem)] == ["c"]
    problems = [r for r in results if isinstance(r, ReadProblem)]
    assert [p.origin for p in problems] == [f"{source} line 1", f"{source} line 2"]
    assert "text is" in problems[0].message and "title is" in problems[1].message


@pytest.mark.parametrize("content", [
    "The Minister met the Ambassador of Chile in Santiago on Monday to talk about trade.\n",  # prose, no title
    "<html><body><nav>Home</nav><p>Contact us.</p></body></html>",
])
def test_an_input_without_items_is_a_warning_and_exit_1(tmp_path, content):
    source = tmp_path / "nothing.txt"
    source.write_text(content)
    result = CliRunner().invoke(cli, ["ingest", "--store", str(tmp_path / "store"), str(source)])
    assert result.exit_code == 1
    assert f"{source}: no news items found" in result.stderr
    assert "Traceback" not in result.output


def test_the_same_article_under_another_id_or_none_replaces_the_earlier(tmp_path, nlp):
    first = write_jsonl(tmp_path / "first.jsonl", [{"id": "a-1", "title": "Chile", "text": CHILE}])
    again = write_jsonl(tmp_path / "again.jsonl", [
        {"id": "b-2", "title": "Chile", "text": CHILE},
        {"title": "CHILE", "text": "  " + CHILE.replace(" ", "  ")},  # same article, other spacing and case
    ])
    run_ingest(tmp_path, nlp, first)
    report, items = run_ingest(tmp_path, nlp, again)
    assert len(items) == 1, items
    assert len(report.replaced) == 1
    with open_store(tmp_path / "store") as store:
        assert len([g for g in store.graph_names() if "/graph/item/" in str(g)]) == 1


def test_an_edited_item_leaves_no_orphan_entities(tmp_path, nlp):
    run_ingest(tmp_path, nlp, write_jsonl(tmp_path / "v1.jsonl", [{"id": "n", "text": CHILE}, {"id": "m", "text": PERU}]))
    with open_store(tmp_path / "store") as store:
        before = set(store.graph(URIRef_entities()).subjects())
    assert entity_iri("person/juan-perez") in before
    run_ingest(tmp_path, nlp, write_jsonl(tmp_path / "v2.jsonl", [{"id": "n", "text": KENYA}]))
    with open_store(tmp_path / "store") as store:
        after = set(store.graph(URIRef_entities()).subjects())
        mentioned = {o for name in store.graph_names() if "/graph/item/" in str(name) for o in store.graph(name).objects()}
    assert entity_iri("person/juan-perez") not in after
    assert entity_iri("person/john-otieno") in after
    assert entity_iri("person/rosa-quispe") in after  # item m still names her
    described_people = {e for e in after if "/id/person/" in str(e)}
    assert described_people <= mentioned


def URIRef_entities():
    from icgraph.iri import entities_graph_iri

    return entities_graph_iri(SETTINGS.base)


def nquads(path: Path) -> list[str]:
    result = CliRunner().invoke(cli, ["export", "--store", str(path), "--format", "nquads"])
    assert result.exit_code == 0, result.output
    return sorted(result.stdout.splitlines())


def test_reversed_and_shuffled_input_gives_the_same_nquads(tmp_path, nlp):
    lines = [line for name in ("dev-news.jsonl", "dev-news-2.jsonl") for line in (SHARED / "corpus" / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    orders = {"given": lines, "reversed": lines[::-1], "shuffled": random.Random(11).sample(lines, len(lines))}
    dumps = {}
    for name, order in orders.items():
        source = tmp_path / f"{name}.jsonl"
        source.write_text("\n".join(order) + "\n", encoding="utf-8")
        report, _ = run_ingest(tmp_path, nlp, source, store=name)
        assert report.ok and report.items_stored == len(lines)
        dumps[name] = nquads(tmp_path / name)
    assert dumps["reversed"] == dumps["given"]
    assert dumps["shuffled"] == dumps["given"]


def test_ids_whose_iris_still_collide_are_an_error_naming_both(tmp_path, monkeypatch):
    """No two ids share an IRI (a 48-bit hash of the exact id is in it); should two ever do, the
    later item is refused with both ids and places named, and the earlier is kept."""
    import icgraph.pipeline as pipeline
    from icgraph.pipeline import IngestReport, read_items

    monkeypatch.setattr(pipeline, "item_slug", lambda item_id: "same-slug")
    source = write_jsonl(tmp_path / "clash.jsonl", [{"id": "x-1", "text": CHILE}, {"id": "x-2", "text": PERU}])
    report = IngestReport()
    items = read_items([source], None, report)
    assert [item.id for item in items] == ["x-1"]
    [problem] = report.problems
    assert problem.origin == f"{source} line 2"
    assert "'x-2' gets the same IRI as id 'x-1'" in problem.message and f"{source} line 1" in problem.message


def test_an_entity_keeps_its_iri_across_runs_and_takes_a_better_name(tmp_path, nlp):
    run_ingest(tmp_path, nlp, write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": CHILE}]))
    later = CHILE.replace("Mr. Juan Pérez", "Mr. Juan Carlos Pérez").replace("6 May", "7 May")
    run_ingest(tmp_path, nlp, write_jsonl(tmp_path / "b.jsonl", [{"id": "b", "text": later}]))
    with open_store(tmp_path / "store") as store:
        entities = store.graph(URIRef_entities())
    from rdflib.namespace import SKOS

    perez = entity_iri("person/juan-perez")
    assert str(entities.value(perez, SKOS.prefLabel)) == "Juan Carlos Pérez"
    assert "Juan Pérez" in {str(label) for label in entities.objects(perez, SKOS.altLabel)}
    assert not [s for s in entities.subjects() if "juan-carlos" in str(s)]
