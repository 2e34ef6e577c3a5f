"""Curated member states (data/memberships.tsv): checked at load, built into their own named graph,
answered by members-of beside the memberships news items state, contradictions flagged."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal

from icgraph.cli import cli
from icgraph.curated import load_memberships, memberships_graphs
from icgraph.errors import InputError
from icgraph.pipeline import ingest
from icgraph.query import run_query
from icgraph.store import open_store
from icgraph.validate import validate_graph
from icgraph.vocab import IC, RDF

HEADER = "organization\tmember\tstatus\tas_of\tsource\tnote\n"
REQUIRED = {"un", "oic", "arab-league", "au", "asean", "eu", "commonwealth", "alecso", "eco", "gcc", "sco", "ots",
            "cica", "ecowas", "sadc", "eac", "caricom", "oas", "icesco", "isdb"}


def test_the_curated_file_has_the_known_counts():
    rows = load_memberships()
    counts = Counter((row.organization, row.status) for row in rows)
    assert counts[("un", "member")] == 193 and counts[("un", "observer")] == 2
    assert counts[("eu", "member")] == 27 and counts[("oic", "member")] == 57 and counts[("arab-league", "member")] == 22
    assert counts[("gcc", "member")] == 6 and counts[("asean", "member")] == 11 and counts[("au", "member")] == 55
    assert {row.organization for row in rows} >= REQUIRED
    assert all(row.source.startswith("https://") and row.as_of.year >= 2022 for row in rows)
    un_members = {row.member for row in rows if row.organization == "un" and row.status == "member"}
    assert {row.member for row in rows if row.organization == "eu"} <= un_members
    assert "VAT" not in un_members and "PSE" not in un_members and "TWN" not in un_members
    oic_members = {row.member for row in rows if row.organization == "oic" and row.status == "member"}
    isdb = {row.member for row in rows if row.organization == "isdb"}
    icesco = {row.member for row in rows if row.organization == "icesco" and row.status == "member"}
    assert isdb == oic_members  # OIC membership is the bank's condition; all 57 hold shares
    assert counts[("icesco", "member")] == 54 and icesco < oic_members


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("oic\tXXX\tmember\t2024-12-31\thttps://example.org/x\t\n", "not an ISO 3166-1 alpha-3 code"),
        ("nato-typo\tFRA\tmember\t2024-12-31\thttps://example.org/x\t\n", "unknown organization"),
        ("oic\tMAR\tpartner\t2024-12-31\thttps://example.org/x\t\n", "status 'partner'"),
        ("oic\tMAR\tmember\t31/12/2024\thttps://example.org/x\t\n", "is not a date"),
        ("oic\tMAR\tmember\t2024-12-31\tsomewhere\t\n", "not an http\\(s\\) URL"),
        ("oic\tMAR\tmember\t2024-12-31\thttps://example.org/x\t\noic\tMAR\tmember\t2024-12-31\thttps://example.org/x\t\n", "listed twice"),
    ],
)
def test_a_malformed_row_is_refused_with_its_line(tmp_path: Path, row: str, message: str):
    path = tmp_path / "memberships.tsv"
    path.write_text(HEADER + row, encoding="utf-8")
    with pytest.raises(InputError, match=message) as error:
        load_memberships(path)
    assert f"memberships.tsv:{row.count(chr(10)) + 1}" in str(error.value)


def test_the_curated_graph_conforms_and_the_shapes_check_the_code():
    graphs = memberships_graphs()
    assert len(graphs) == len({row.organization for row in load_memberships()})
    assert max(len(graph) for graph in graphs.values()) < 2000  # one SPARQL Update request each, even for Virtuoso
    graph = Graph()
    for part in graphs.values():
        graph += part
    assert len(set(graph.subjects(RDF.type, IC.CuratedMembership))) == len(load_memberships())
    assert validate_graph(graph) == []
    node = next(graph.subjects(RDF.type, IC.CuratedMembership))
    graph.set((node, IC.memberCode, Literal("mar")))
    assert [issue.shape for issue in validate_graph(graph)] == ["icsh:CuratedMembership-code"]


def test_members_of_answers_from_both_sources_and_flags_a_contradiction(tmp_path: Path, nlp):
    items = [
        {"id": "m1", "title": "Rabat hosts", "text": "Morocco, a member state of the OIC, hosted the conference in Rabat on 3 March 2025."},
        {"id": "m2", "title": "Brasilia signs", "text": "Brazil, a member state of the OIC, signed the declaration in Brasilia on 4 March 2025."},
    ]
    source = tmp_path / "items.jsonl"
    source.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    store_dir = tmp_path / "store"
    with open_store(store_dir) as store:
        ingest([source], store, nlp=nlp)
        rows = [{k: str(v) for k, v in row.items()} for row in run_query(store, "members-of", {"organization": "OIC"}).rows]
    curated = [row for row in rows if row["provenance"] == "curated"]
    assert len([row for row in curated if row["status"] == "member"]) == 57
    assert {row["code"] for row in curated if row["status"] == "observer"} == {"BIH", "CAF", "RUS", "THA"}
    assert all(row["source"] == "https://www.oic-oci.org/states/?lan=en" for row in curated if row["status"] == "member")
    stated = {row["code"]: row for row in rows if row["provenance"] == "stated"}
    assert "/id/item/m1" in stated["MAR"]["source"] and "flag" not in stated["MAR"]
    assert stated["BRA"]["flag"] == "not a member in the curated list"  # kept, and flagged

    result = CliRunner().invoke(cli, ["query", "members-of", "-p", "organization=OIC", "--format", "csv"], env={"ICGRAPH_STORE": str(store_dir)})
    assert result.exit_code == 0, result.output
    assert "Morocco,MAR,member,curated,https://www.oic-oci.org/states/?lan=en,2024-12-31," in result.stdout
