"""The whole pipeline on real input: a page of news items in, a validated graph out."""

from __future__ import annotations

import json
import multiprocessing
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from icgraph.cli import cli
from icgraph.config import Settings
from icgraph.extract import RuleExtractor
from icgraph.iri import item_graph_iri
from icgraph.model import Agreement, AgreementKind, Entity, EntityKind, Evidence, Extraction, NewsItem
from icgraph.check import check_store
from icgraph.pipeline import IngestReport, ingest, store_batch
from icgraph.query import run_query
from icgraph.resolve import KnownEntities
from icgraph.store import open_store
from icgraph.validate import blocking

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLE_PAGE = SHARED / "corpus" / "000_9d4d6b1e05b12518.txt"
SETTINGS = Settings()


@dataclass(frozen=True)
class PostsOnly:
    """An extractor of a user's own: the rules' extractions without their events."""

    rules: RuleExtractor

    def __call__(self, items):
        return [replace(extraction, events=()) for extraction in self.rules(items)]


@dataclass
class SlowToStart:
    """The rules, whose copies in worker processes are ready only once this process has extracted
    items itself (it writes `signal`); `calls` counts the items extracted by the copy at hand."""

    rules: RuleExtractor
    signal: Path
    calls: list[int] = field(default_factory=list)

    def __call__(self, items):
        if multiprocessing.parent_process() is not None:
            deadline = time.monotonic() + 60  # a worker waits for the main process to have extracted
            while not self.signal.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
        elif items:
            self.signal.touch()
        self.calls.append(len(items))
        return self.rules(items)


def triple_count(store) -> int:
    return sum(len(store.graph(name)) for name in store.graph_names())


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory, nlp):
    path = tmp_path_factory.mktemp("store") / "store"
    with open_store(path) as store:
        report = ingest([SAMPLE_PAGE], store, settings=SETTINGS, nlp=nlp)
    assert report.ok, report.problems
    return path, report


def test_sample_page_is_stored_item_by_item(sample_store):
    path, report = sample_store
    assert (report.items_read, report.items_stored) == (10, 10)
    with open_store(path) as store:
        names = set(store.graph_names())
    assert len([name for name in names if "/graph/item/" in str(name)]) == 10


def test_who_met_whom_on_the_sample_has_the_dated_meeting(sample_store):
    path, _ = sample_store
    with open_store(path) as store:
        result = run_query(store, "who-met-whom", {})
    pairs = {
        (frozenset({str(row["aLabel"]), str(row["bLabel"])}), str(row.get("date", "")))
        for row in result.rows
    }
    assert (frozenset({"Salim M. AlMalik", "Mohamed Ould Amar"}), "2025-04-18") in pairs


def test_ingesting_the_same_items_twice_changes_nothing(sample_store, nlp, tmp_path):
    path, _ = sample_store
    with open_store(path) as store:
        before = triple_count(store)
        ingest([SAMPLE_PAGE], store, settings=SETTINGS, nlp=nlp)
        assert triple_count(store) == before


def test_the_stored_sample_conforms_to_the_shapes(sample_store):
    path, _ = sample_store
    with open_store(path) as store:
        assert blocking(check_store(store)) == []


def test_an_item_that_breaks_building_is_reported_and_the_rest_stored(nlp, tmp_path, monkeypatch):
    import icgraph.pipeline as pipeline

    real_build = pipeline.item_triples

    def build_failing_on_one(resolution, base):
        if "Suriname" in (resolution.extraction.item.title or ""):
            raise RuntimeError("boom")
        return real_build(resolution, base)

    monkeypatch.setattr(pipeline, "item_triples", build_failing_on_one)
    with open_store(tmp_path / "store") as store:
        report = ingest([SAMPLE_PAGE], store, settings=SETTINGS, nlp=nlp)
        assert report.items_stored == 9
        [problem] = report.problems
        assert problem.origin.endswith("line 64") and "boom" in problem.message


def test_a_failed_write_leaves_the_stored_graph_as_it_was(sample_store, nlp, dev_news, tmp_path, monkeypatch):
    path, _ = sample_store
    with open_store(path) as store:
        before = triple_count(store)

        def refuse(graphs, changes=None):
            raise OSError("disk full")

        monkeypatch.setattr(store, "replace_graphs", refuse)
        with pytest.raises(OSError):
            ingest([dev_news], store, settings=SETTINGS, nlp=nlp)
        monkeypatch.undo()
        assert triple_count(store) == before


def test_an_item_violating_a_shape_is_quarantined_not_stored(tmp_path):
    item = NewsItem(id="q-1", text="The Foundation signed a memorandum of understanding.", title="Q", origin="q.jsonl line 1")
    evidence = Evidence(item.text, 0, len(item.text), 0.5)
    extraction = Extraction(
        item=item,
        entities=(Entity("e1", EntityKind.ORGANIZATION, "Example Foundation"),),
        agreements=(Agreement("a1", AgreementKind.MEMORANDUM_OF_UNDERSTANDING, (), evidence, signatories=()),),
    )
    quarantine = tmp_path / "quarantine.jsonl"
    report = IngestReport()
    with open_store(tmp_path / "store") as store:
        store_batch([extraction], store, Graph(), KnownEntities(), SETTINGS.base, report, quarantine)
        assert item_graph_iri("q-1", SETTINGS.base) not in store.graph_names()
    assert report.items_stored == 0 and report.quarantined[0][0] == item
    record = json.loads(quarantine.read_text())
    assert record["id"] == "q-1" and record["text"] == item.text
    assert any("names no party" in message for message in record["issues"])


def test_in_a_batch_only_the_item_violating_a_shape_is_quarantined(tmp_path):
    """The batch is validated as one graph; each issue goes back to the item it is about."""
    evidence = Evidence("The Foundation signed an agreement.", 0, 35, 0.5)
    broken = Extraction(
        item=NewsItem(id="q-2", text="The Foundation signed an agreement.", title="Q2"),
        entities=(Entity("e1", EntityKind.ORGANIZATION, "Example Foundation"),),
        agreements=(Agreement("a1", AgreementKind.MEMORANDUM_OF_UNDERSTANDING, (), evidence, signatories=()),),
    )
    sound = Extraction(
        item=NewsItem(id="q-3", text="The Foundation and the Institute signed an agreement.", title="Q3"),
        entities=(Entity("e1", EntityKind.ORGANIZATION, "Example Foundation"), Entity("e2", EntityKind.ORGANIZATION, "Example Institute")),
        agreements=(Agreement("a1", AgreementKind.MEMORANDUM_OF_UNDERSTANDING, ("e1", "e2"), evidence, signatories=()),),
    )
    report = IngestReport()
    with open_store(tmp_path / "store") as store:
        store_batch([broken, sound], store, Graph(), KnownEntities(), SETTINGS.base, report, None)
        assert item_graph_iri("q-3", SETTINGS.base) in store.graph_names()
        assert item_graph_iri("q-2", SETTINGS.base) not in store.graph_names()
    assert report.items_stored == 1 and [item.id for item, _ in report.quarantined] == ["q-2"]
    assert any("names no party" in issue.message for issue in report.quarantined[0][1])


def test_cli_ingest_reports_bad_inputs_and_stores_the_good_ones(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps(
            {
                "id": "g1",
                "published": "2024-05-07",
                "title": "Secretary-General Receives Ambassador of Chile",
                "text": "The Secretary-General of the United Nations, António Guterres, received on 6 May 2024 "
                "Mr. Juan Pérez, Ambassador of Chile to the United Nations.",
            }
        )
        + "\n{broken\n"
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    store = tmp_path / "store"
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", "--store", str(store), str(good), str(empty), str(binary)])
    assert result.exit_code == 1, result.output
    for problem in (f"{good} line 2: malformed JSON", f"{empty}: empty input", f"{binary}: binary file"):
        assert result.stderr.count(problem) == 1, result.stderr  # each problem reported once
    assert "ingest: 1/1 items" in result.stderr  # stderr is no terminal: plain progress lines
    assert "1 items read, 1 stored" in result.stderr
    assert "Traceback" not in result.output
    query = runner.invoke(cli, ["query", "who-met-whom", "--store", str(store), "--format", "json"])
    assert query.exit_code == 0, query.output
    document = json.loads(query.stdout)
    assert document["head"]["vars"] == ["a", "aLabel", "b", "bLabel", "date", "place", "placeLabel", "event", "source"]
    [row] = document["results"]["bindings"]
    assert {row["aLabel"]["value"], row["bLabel"]["value"]} == {"António Guterres", "Juan Pérez"}
    assert row["date"] == {"type": "literal", "datatype": "http://www.w3.org/2001/XMLSchema#date", "value": "2024-05-06"}


def test_cli_ingest_without_arguments_is_a_usage_error():
    result = CliRunner().invoke(cli, ["ingest"])
    assert result.exit_code == 2


def test_two_jobs_store_the_same_graph_as_one(sample_store, tmp_path):
    path, _ = sample_store
    with open_store(tmp_path / "parallel") as store:
        report = ingest([SAMPLE_PAGE], store, settings=SETTINGS, jobs=2)
        assert report.ok and report.items_stored == 10
        parallel = {name: store.graph(name) for name in store.graph_names()}
    with open_store(path) as store:
        serial = {name: store.graph(name) for name in store.graph_names()}
    assert parallel.keys() == serial.keys()
    for name in serial:
        assert set(parallel[name]) == set(serial[name]), name


def test_every_saved_query_runs_with_its_example_on_the_sample(sample_store):
    """Examples name entities of the sample; an event is named by its IRI, taken from who-met-whom."""
    from icgraph.query import saved_queries

    path, _ = sample_store
    empty = []
    with open_store(path) as store:
        meeting = str(run_query(store, "who-met-whom", {}).rows[0]["event"])
        for query in saved_queries().values():
            params = {**query.example, **({"event": meeting} if "event" in query.example else {})}
            if not run_query(store, query, params).rows:
                empty.append(query.name)
    assert empty == []  # members-of: ICESCO's curated member states (the sample page itself names none)


def test_while_workers_start_the_main_process_extracts_the_first_items_the_graph_is_the_same(nlp, tmp_path):
    news = SHARED / "corpus" / "dev-news.jsonl"
    with open_store(tmp_path / "one") as store:
        assert ingest([news], store, settings=SETTINGS, nlp=nlp).ok
        serial = {name: set(store.graph(name)) for name in store.graph_names()}
    extractor = SlowToStart(RuleExtractor(SETTINGS.model, nlp), tmp_path / "extracted")
    with open_store(tmp_path / "two") as store:
        report = ingest([news], store, settings=SETTINGS, jobs=2, extractor=extractor)
        parallel = {name: set(store.graph(name)) for name in store.graph_names()}
    assert report.ok and report.items_stored == report.items_read > 16
    assert 0 < sum(extractor.calls) < report.items_read  # the workers extracted the rest
    assert parallel == serial


def test_another_extractor_plugs_into_ingest_and_is_pickled_into_workers(nlp, tmp_path):
    """`extractor=`: any callable from items to extractions; the pipeline builds and stores what it
    returns. One that keeps only posts stores no events, with one job or two."""
    for jobs in (1, 2):
        with open_store(tmp_path / f"posts-only-{jobs}") as store:
            extractor = PostsOnly(RuleExtractor(SETTINGS.model, nlp if jobs == 1 else None))
            report = ingest([SAMPLE_PAGE], store, settings=SETTINGS, jobs=jobs, extractor=extractor)
            assert report.ok and report.items_stored == 10
            assert run_query(store, "posts", {}).rows
            assert not run_query(store, "who-met-whom", {}).rows


def test_select_ingests_only_the_items_it_accepts(nlp, tmp_path):
    with open_store(tmp_path / "one") as store:
        report = ingest([SAMPLE_PAGE], store, settings=SETTINGS, nlp=nlp, select=lambda item: item.id.endswith("1"))
        stored = [name for name in store.graph_names() if "/graph/item/" in str(name)]
    assert report.items_read == report.items_stored == len(stored) == 1
