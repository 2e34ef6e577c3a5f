"""A store of an older graph model (its ontology graph states an older owl:versionInfo, or none)
that holds news items is neither written into by ingest or load nor asked a query that needs the
current model: each says so and changes nothing, instead of answers with old meetings missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal

from icgraph.cli import cli
from icgraph.config import Settings
from icgraph.errors import OutdatedStoreError
from icgraph.iri import ontology_graph_iri
from icgraph.load import load_dump
from icgraph.model import Extraction
from icgraph.model_version import ONTOLOGY, package_model_version, parse_version, stored_model_version
from icgraph.pipeline import ingest
from icgraph.query import run_query
from icgraph.store import open_store
from icgraph.vocab import OWL

FIXTURE = Path(__file__).resolve().parent / "data" / "graph-fixture.trig"
OLD_ONTOLOGIES = {
    "no version": Graph(),
    "version 0.1.0": Graph().add((ONTOLOGY, OWL.versionInfo, Literal("0.1.0"))),
}


def nothing_found(items):
    return [Extraction(item) for item in items]


@pytest.fixture
def news(tmp_path) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "new-1", "title": "A new item", "text": "Nothing happened.", "published": "2025-05-01"}) + "\n", encoding="utf-8")
    return path


@pytest.fixture(params=sorted(OLD_ONTOLOGIES))
def old_store(request, tmp_path) -> Path:
    """The fixture's items under an ontology graph of an older model."""
    path = tmp_path / "old"
    with open_store(path) as store:
        store.load(FIXTURE)
        store.replace_graphs({ontology_graph_iri(): OLD_ONTOLOGIES[request.param]})
    return path


def quads(path: Path) -> set:
    with open_store(path, read_only=True) as store:
        return set(store.native)


def test_the_package_model_version_is_the_ontologys_version_info():
    assert package_model_version() == parse_version("0.2.0")


def test_ingest_into_an_old_store_refuses_and_writes_nothing(old_store, news):
    before = quads(old_store)
    with open_store(old_store) as store, pytest.raises(OutdatedStoreError, match=f"{old_store}.*builds 0.2.0.*new store"):
        ingest([news], store, settings=Settings(), extractor=nothing_found)
    assert quads(old_store) == before
    result = CliRunner().invoke(cli, ["ingest", str(news), "--store", str(old_store)])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "Ingest the news into a new store" in result.stderr
    assert quads(old_store) == before


def test_load_into_an_old_store_refuses_and_writes_nothing(old_store, tmp_path):
    before = quads(old_store)
    result = CliRunner().invoke(cli, ["load", str(FIXTURE), "--store", str(old_store)])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "nothing was loaded" in result.stderr
    assert quads(old_store) == before


def test_a_query_needing_the_current_model_refuses_an_old_store_others_answer(old_store):
    """Refused whether or not the query would find rows (this store has some encounters)."""
    with open_store(old_store, read_only=True) as store:
        with pytest.raises(OutdatedStoreError, match="who-met-whom"):
            run_query(store, "who-met-whom", {})
        assert run_query(store, "posts", {}).rows
    result = CliRunner().invoke(cli, ["query", "who-met-whom", "--store", str(old_store)])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and f"the store {old_store} " in result.stderr


def test_a_usage_error_is_reported_before_the_store_is_read(old_store):
    """Rows asked for as a graph format: exit 2 on any store, old or missing, not the store's error."""
    for store in (old_store, old_store.parent / "missing"):
        result = CliRunner().invoke(cli, ["query", "who-met-whom", "--format", "turtle", "--store", str(store)])
        assert result.exit_code == 2 and "rows are written as" in result.stderr, result.stderr


def test_an_empty_store_and_a_current_one_are_ingested_into(news, tmp_path):
    with open_store(tmp_path / "empty") as store:
        assert ingest([news], store, settings=Settings(), extractor=nothing_found).items_stored == 1
        assert stored_model_version(store) == package_model_version()
        assert run_query(store, "who-met-whom", {}).rows == []
    with open_store(tmp_path / "current") as store:
        store.load(FIXTURE)
        assert ingest([news], store, settings=Settings(), extractor=nothing_found).items_stored == 1
        assert run_query(store, "who-met-whom", {}).rows


def test_a_store_of_an_old_model_without_items_is_written(news, tmp_path):
    with open_store(tmp_path / "no-items") as store:
        store.replace_graphs({ontology_graph_iri(): OLD_ONTOLOGIES["version 0.1.0"]})
        assert ingest([news], store, settings=Settings(), extractor=nothing_found).items_stored == 1
        assert stored_model_version(store) == package_model_version()


def test_a_dump_of_an_old_store_loads_and_then_queries_and_ingests_say_it_is_old(old_store, news, tmp_path):
    """The choice for load: a dump is copied as it is; the store it fills is then of the old model."""
    dump = tmp_path / "old.nq"
    with open_store(old_store, read_only=True) as store, dump.open("wb") as out:
        store.dump(out, "nquads")
    with open_store(tmp_path / "copy") as copy:
        assert not load_dump(dump, copy).quarantined
        assert set(copy.native) == quads(old_store)
        with pytest.raises(OutdatedStoreError):
            run_query(copy, "who-met-whom", {})
        with pytest.raises(OutdatedStoreError):
            ingest([news], copy, settings=Settings(), extractor=nothing_found)
    with open_store(tmp_path / "current") as current:
        load_dump(FIXTURE, current)
        assert run_query(current, "who-met-whom", {}).rows
