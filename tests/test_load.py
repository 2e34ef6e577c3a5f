"""icgraph load: an RDF dump from another store comes in through the bulk loader, graph by graph
checked against the shapes; bad dumps and bad graphs never damage what is stored."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from icgraph.cli import cli
from icgraph.config import Settings
from icgraph.curated import memberships_graphs
from icgraph.errors import InputError, StoreError
from icgraph.load import load_dump
from icgraph.pipeline import ingest
from icgraph.store import open_store

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLE_PAGE = SHARED / "corpus" / "000_9d4d6b1e05b12518.txt"
FIXTURE = Path(__file__).resolve().parent / "data" / "graph-fixture.trig"
IC_TEXT = "<https://w3id.org/icgraph/ontology#text>"
GRAPHS = 12 + len(memberships_graphs())  # ontology, entities, 10 items, and the curated member lists


@pytest.fixture(scope="module")
def sample_dump(tmp_path_factory, nlp) -> Path:
    """The N-Quads that `icgraph export` writes for an ingested sample store."""
    folder = tmp_path_factory.mktemp("dump")
    with open_store(folder / "store") as store:
        assert ingest([SAMPLE_PAGE], store, settings=Settings(), nlp=nlp).ok
    result = CliRunner().invoke(cli, ["export", "--store", str(folder / "store"), "--format", "nquads"])
    assert result.exit_code == 0
    dump = folder / "sample.nq"
    dump.write_text(result.stdout, encoding="utf-8")
    return dump


def nquads(store_path: Path) -> list[str]:
    result = CliRunner().invoke(cli, ["export", "--store", str(store_path), "--format", "nquads"])
    assert result.exit_code == 0, result.output
    return sorted(line for line in result.stdout.splitlines() if line)


def load(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(cli, ["load", *args], input=stdin)


def test_an_exported_store_loads_back_to_the_same_nquads(sample_dump, tmp_path):
    result = load(str(sample_dump), "--store", str(tmp_path / "copy"))
    assert result.exit_code == 0, result.output
    assert nquads(tmp_path / "copy") == sorted(line for line in sample_dump.read_text(encoding="utf-8").splitlines() if line)
    assert f"{GRAPHS} graphs read, {GRAPHS} loaded" in result.stderr
    with open_store(tmp_path / "copy") as store:
        assert len(store.select("SELECT * WHERE { GRAPH ?g { ?i a <https://w3id.org/icgraph/ontology#NewsItem> } }").rows) == 10


def test_trig_from_stdin_loads_like_the_file(sample_dump, tmp_path):
    assert load(str(sample_dump), "--store", str(tmp_path / "a")).exit_code == 0
    trig = CliRunner().invoke(cli, ["export", "--store", str(tmp_path / "a"), "--format", "trig"]).stdout_bytes
    result = load("-", "--format", "trig", "--store", str(tmp_path / "b"), stdin=trig)
    assert result.exit_code == 0, result.output
    assert nquads(tmp_path / "b") == nquads(tmp_path / "a")


def test_loading_adds_to_what_is_stored_and_twice_changes_nothing(sample_dump, tmp_path):
    store_path = tmp_path / "store"
    assert load(str(FIXTURE), "--store", str(store_path)).exit_code == 0
    fixture = nquads(store_path)
    assert load(str(sample_dump), "--store", str(store_path)).exit_code == 0
    once = nquads(store_path)
    assert set(fixture) <= set(once) and len(once) > len(fixture)
    assert load(str(sample_dump), "--store", str(store_path)).exit_code == 0
    assert nquads(store_path) == once


def test_a_dump_that_does_not_parse_names_file_and_line_and_loads_nothing(sample_dump, tmp_path):
    store_path = tmp_path / "store"
    assert load(str(FIXTURE), "--store", str(store_path)).exit_code == 0
    before = nquads(store_path)
    lines = sample_dump.read_text(encoding="utf-8").splitlines()
    lines[1500] = lines[1500][:-3]  # a quad cut short, far into the file
    broken = tmp_path / "broken.nq"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load(str(broken), "--store", str(store_path))
    assert result.exit_code == 1
    assert f"{broken}:1501:" in result.stderr and "nothing was loaded" in result.stderr
    assert nquads(store_path) == before


@pytest.mark.parametrize("stored_before", [False, True], ids=["empty store", "store holding graphs"])
def test_an_iri_the_strict_parser_refuses_loads_nothing(sample_dump, tmp_path, stored_before):
    """Oxigraph's bulk loader, which runs without checking IRIs, would take this dump whole: into
    an empty store it starts while the dump is parsed, and what it wrote goes again."""
    store_path = tmp_path / "store"
    if stored_before:
        assert load(str(FIXTURE), "--store", str(store_path)).exit_code == 0
    else:
        open_store(store_path).close()
    before = nquads(store_path)
    lines = sample_dump.read_text(encoding="utf-8").splitlines()
    lines[-3] = lines[-3].replace("<https://w3id.org/icgraph/", "<https://w3id.org/icgraph/{draft}/", 1)
    broken = tmp_path / "broken.nq"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load(str(broken), "--store", str(store_path))
    assert result.exit_code == 1
    assert f"{broken}:{len(lines) - 2}:" in result.stderr and "nothing was loaded" in result.stderr
    assert nquads(store_path) == before


def test_a_failure_while_checking_leaves_an_empty_store_empty(sample_dump, tmp_path, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("icgraph.load.find_issues", interrupted)
    with open_store(tmp_path / "store") as store:
        with pytest.raises(KeyboardInterrupt):
            load_dump(sample_dump, store, jobs=2)
        assert next(iter(store.native.quads_for_pattern(None, None, None)), None) is None


def test_a_write_that_fails_into_an_empty_store_leaves_it_empty(sample_dump, tmp_path, monkeypatch):
    from icgraph.load import _bulk_load

    def disk_full_at_the_end(*args):
        _bulk_load(*args)
        raise StoreError("writing to the store failed: No space left on device")

    monkeypatch.setattr("icgraph.load._bulk_load", disk_full_at_the_end)
    with open_store(tmp_path / "store") as store:
        with pytest.raises(StoreError, match="No space left"):
            load_dump(sample_dump, store)
        assert next(iter(store.native.quads_for_pattern(None, None, None)), None) is None


def test_a_violating_graph_is_quarantined_from_a_store_that_holds_graphs_already(sample_dump, tmp_path):
    store_path = tmp_path / "store"
    assert load(str(FIXTURE), "--store", str(store_path)).exit_code == 0
    fixture = nquads(store_path)
    lines = sample_dump.read_text(encoding="utf-8").splitlines()
    cut = next(line for line in lines if f" {IC_TEXT} " in line)
    graph = cut.rsplit(" ", 2)[-2].strip("<>")
    bad = tmp_path / "bad.nq"
    bad.write_text("\n".join(line for line in lines if line != cut) + "\n", encoding="utf-8")
    result = load(str(bad), "--store", str(store_path), "--quarantine", str(tmp_path / "q.jsonl"))
    assert result.exit_code == 1
    assert f"quarantined: {graph}: Violation:" in result.stderr
    stored = nquads(store_path)
    assert set(fixture) <= set(stored)
    assert not any(f"<{graph}>" in line for line in stored)
    assert set(stored) - set(fixture) == {line for line in lines if line and f"<{graph}>" not in line} - set(fixture)


def test_a_graph_that_violates_a_shape_is_quarantined_and_the_others_are_loaded(sample_dump, tmp_path):
    lines = sample_dump.read_text(encoding="utf-8").splitlines()
    cut = next(line for line in lines if f" {IC_TEXT} " in line)  # one item loses its text
    graph = cut.rsplit(" ", 2)[-2].strip("<>")
    bad = tmp_path / "bad.nq"
    bad.write_text("\n".join(line for line in lines if line != cut) + "\n", encoding="utf-8")
    quarantine = tmp_path / "q.jsonl"
    result = load(str(bad), "--store", str(tmp_path / "store"), "--quarantine", str(quarantine), "--jobs", "2")
    assert result.exit_code == 1
    assert f"quarantined: {graph}: Violation:" in result.stderr and "icsh:NewsItem-text" in result.stderr
    assert f"{GRAPHS} graphs read, {GRAPHS - 1} loaded" in result.stderr
    stored = nquads(tmp_path / "store")
    assert not any(f"<{graph}>" in line for line in stored)
    assert len({line.rsplit(" ", 2)[-2] for line in stored}) == GRAPHS - 1
    (record,) = [json.loads(line) for line in quarantine.read_text(encoding="utf-8").splitlines()]
    assert record["graph"] == graph and record["source"] == str(bad)
    assert any("icsh:NewsItem-text" in issue for issue in record["issues"])
    assert sorted(record["nquads"].splitlines()) == sorted(line for line in lines if f"<{graph}>" in line and line != cut)


def test_graphs_are_checked_with_what_the_store_already_holds(sample_dump, tmp_path):
    """Item graphs without the entities graph are fine where the store describes their entities,
    and quarantined where nobody says what their participants are."""
    lines = sample_dump.read_text(encoding="utf-8").splitlines()
    items_only = tmp_path / "items.nq"
    items_only.write_text("\n".join(line for line in lines if "/graph/item/" in line.rsplit(" ", 2)[-2]) + "\n", encoding="utf-8")
    entities_only = tmp_path / "entities.nq"
    entities_only.write_text("\n".join(line for line in lines if "/graph/item/" not in line.rsplit(" ", 2)[-2]) + "\n", encoding="utf-8")

    assert load(str(entities_only), "--store", str(tmp_path / "described")).exit_code == 0
    result = load(str(items_only), "--store", str(tmp_path / "described"))
    assert result.exit_code == 0, result.output
    assert "10 graphs read, 10 loaded" in result.stderr

    with open_store(tmp_path / "empty") as store:
        report = load_dump(items_only, store, quarantine=None)
    assert report.graphs_loaded < 10 and not report.ok
    assert any(issue.shape == "icsh:Event-participant" for _, issues in report.quarantined for issue in issues)


def test_triples_go_to_the_named_graph_given(tmp_path):
    triples = (
        b'<https://w3id.org/icgraph/id/person/x> <http://www.w3.org/2004/02/skos/core#prefLabel> "X" .\n'
        b"<https://w3id.org/icgraph/id/person/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/icgraph/ontology#Person> .\n"
    )
    dump = tmp_path / "people.nt"
    dump.write_bytes(triples)
    assert load(str(dump), "--store", str(tmp_path / "s")).exit_code == 2  # which graph?
    result = load(str(dump), "--store", str(tmp_path / "s"), "--graph", "https://w3id.org/icgraph/graph/people")
    assert result.exit_code == 0, result.output
    assert all(line.endswith("<https://w3id.org/icgraph/graph/people> .") for line in nquads(tmp_path / "s"))
    assert len(nquads(tmp_path / "s")) == 2


def test_default_graph_triples_of_a_dataset_are_reported_not_hidden(tmp_path):
    dump = tmp_path / "mixed.nq"
    dump.write_text('<https://w3id.org/icgraph/id/x> <http://www.w3.org/2004/02/skos/core#note> "outside" .\n', encoding="utf-8")
    result = load(str(dump), "--store", str(tmp_path / "s"))
    assert result.exit_code == 1
    assert "1 triples outside any named graph not loaded" in result.stderr
    assert nquads(tmp_path / "s") == []


def test_usage_errors(tmp_path):
    assert load("-", "--store", str(tmp_path / "s"), stdin=b"").exit_code == 2  # stdin needs --format
    assert load(str(tmp_path / "dump.xyz"), "--store", str(tmp_path / "s")).exit_code == 2
    assert load("--store", str(tmp_path / "s")).exit_code == 2


def test_the_library_refuses_a_stream_of_unknown_format(tmp_path):
    with open_store(tmp_path / "s") as store, pytest.raises(InputError, match="unknown dump format"):
        load_dump(io.BytesIO(b""), store, name="<stdin>")


@pytest.fixture
def small_parts(monkeypatch):
    """Parts of a few kilobytes, so that the sample dump is bulk-loaded in several parts side by
    side, as a dump of many megabytes is."""
    monkeypatch.setattr("icgraph.load._PART_BYTES", 8 << 10)


def test_a_dump_read_in_parts_loads_the_same_quads(sample_dump, tmp_path, small_parts):
    assert sample_dump.stat().st_size > 4 * (8 << 10)
    result = load(str(sample_dump), "--store", str(tmp_path / "copy"), "--jobs", "4")
    assert result.exit_code == 0, result.output
    assert nquads(tmp_path / "copy") == sorted(line for line in sample_dump.read_text(encoding="utf-8").splitlines() if line)
    assert f"{GRAPHS} graphs read, {GRAPHS} loaded" in result.stderr


def test_in_parts_a_violating_graph_is_still_quarantined_and_the_rest_loaded(sample_dump, tmp_path, small_parts):
    lines = sample_dump.read_text(encoding="utf-8").splitlines()
    cut = next(line for line in lines if f" {IC_TEXT} " in line)
    graph = cut.rsplit(" ", 2)[-2].strip("<>")
    bad = tmp_path / "bad.nq"
    bad.write_text("\n".join(line for line in lines if line != cut) + "\n", encoding="utf-8")
    result = load(str(bad), "--store", str(tmp_path / "store"), "--quarantine", str(tmp_path / "q.jsonl"), "--jobs", "3")
    assert result.exit_code == 1
    assert f"{GRAPHS} graphs read, {GRAPHS - 1} loaded" in result.stderr
    assert nquads(tmp_path / "store") == sorted(line for line in lines if line and f"<{graph}>" not in line)
