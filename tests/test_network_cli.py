"""`icgraph network …` and `icgraph draw` on an embedded store holding the network fixture."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pytest
from click.testing import CliRunner

from icgraph.cli import cli
from icgraph.network import project
from icgraph.store import open_store
from network_fixture import B, FIXTURE

WCS, REL, JPN = f"{B}organization/wcs", f"{B}organization/rel", f"{B}country/jpn"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("network") / "store"
    with open_store(path) as opened:
        opened.load(FIXTURE)
    return str(path)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_summary_as_table_and_json(store: str) -> None:
    table = run("network", "summary", "--store", store)
    assert table.exit_code == 0, table.stderr
    assert any(line.split() == ["actors", "8"] for line in table.stdout.splitlines())
    assert "organization-level network: 8 actors, 10 ties" in table.stderr
    data = json.loads(run("network", "summary", "--store", store, "--level", "person", "--format", "json").stdout)
    assert (data["nodes"], data["edges"], data["level"]) == (7, 7, "person")


def test_filters_reach_the_projection(store: str) -> None:
    result = run("network", "summary", "--store", store, "--since", "2025-05-01", "--format", "json")
    assert json.loads(result.stdout)["edges"] == 1
    result = run("network", "summary", "--store", store, "--kind", "met", "--kind", "signed-with", "--format", "json")
    assert json.loads(result.stdout)["edges"] == 3
    result = run("network", "summary", "--store", store, "--around", "Japan", "--format", "json")
    assert json.loads(result.stdout)["nodes"] == 2


def test_central_and_communities(store: str) -> None:
    top = json.loads(run("network", "central", "--store", store, "--top", "1", "--by", "betweenness", "--format", "json").stdout)
    assert [row["node"] for row in top] == [WCS]
    found = json.loads(run("network", "communities", "--store", store, "--format", "json").stdout)
    assert sum(community["size"] for community in found) == 8
    table = run("network", "communities", "--store", store)
    assert "World Culture Secretariat" in table.stdout and "modularity" in table.stderr


def test_path_lists_the_events_with_dates_and_sentences(store: str) -> None:
    result = run("network", "path", "REL", "Japan", "--store", store)
    assert result.exit_code == 0, result.stderr
    assert "2025-03-20" in result.stdout
    assert "Ana Lima received Mei Tanaka, Ambassador of Japan, on 20 March 2025." in result.stdout
    hops = json.loads(run("network", "path", "rel", "japan", "--store", store, "--format", "json").stdout)
    assert [(hop["source"], hop["target"]) for hop in hops] == [(REL, WCS), (WCS, JPN)]


def test_ego_and_an_ambiguous_name(store: str) -> None:
    result = run("network", "ego", "WCS", "--store", store)
    assert result.exit_code == 0
    assert "Regional Education League" in result.stdout and "2025-03-10 to 2025-05-02" in result.stdout
    ambiguous = run("network", "ego", "Omar Haddad", "--level", "person", "--store", store)
    assert ambiguous.exit_code == 1
    assert f"{B}person/omar-haddad>" in ambiguous.stderr and f"{B}person/omar-haddad-2>" in ambiguous.stderr
    assert "Traceback" not in ambiguous.stderr


def test_ego_as_json_lists_each_tie_with_its_occasions(store: str) -> None:
    data = json.loads(run("network", "ego", "Japan", "--store", store, "--format", "json").stdout)
    assert data["center"]["iri"] == JPN
    (neighbour,) = data["neighbours"]
    with open_store(store, read_only=True, create=False) as opened:
        assert neighbour["tie"] == project(opened, level="organization").edges[JPN, WCS]
    assert neighbour["tie"]["occasions"][0]["sources"][0]["quote"] == "Ana Lima received Mei Tanaka, Ambassador of Japan, on 20 March 2025."


def test_export_to_stdout_and_to_files(store: str, tmp_path: Path) -> None:
    result = run("network", "export", "--store", store, "--format", "graphml")
    assert result.exit_code == 0
    read = nx.read_graphml(io.BytesIO(result.stdout_bytes))
    assert read.number_of_nodes() == 8 and read.number_of_edges() == 10
    tables = tmp_path / "tables"
    assert run("network", "export", "--store", store, "-o", str(tables)).exit_code == 0
    assert (tables / "edges.csv").read_text(encoding="utf-8").count("\n") == 11
    gexf = tmp_path / "network.gexf"
    assert run("network", "export", "--store", store, "--level", "both", "-o", str(gexf)).exit_code == 0
    assert len(ElementTree.parse(gexf).findall(".//{http://www.gexf.net/1.2}node")) == 15


def test_csv_to_stdout_is_one_table_or_a_zip_never_binary_on_a_terminal(store: str) -> None:
    edges = run("network", "export", "--store", store, "--format", "csv", "--table", "edges")
    assert edges.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(edges.stdout)))
    assert len(rows) == 10 and list(rows[0])[:4] == ["Source", "Target", "Type", "Weight"]
    archive = run("network", "export", "--store", store, "--format", "csv")  # stdout is not a terminal here
    assert archive.exit_code == 0 and zipfile.ZipFile(io.BytesIO(archive.stdout_bytes)).namelist() == ["nodes.csv", "edges.csv"]
    assert run("network", "export", "--store", store, "--format", "gexf", "--table", "nodes").exit_code == 2
    # on a real terminal the zip is refused with a clear message, before any work is done
    main, secondary = pty.openpty()
    done = subprocess.run([str(Path(sys.executable).with_name("icgraph")), "network", "export", "--store", store, "--format", "csv"],
                          stdout=secondary, stderr=subprocess.PIPE, text=True, timeout=120)
    os.close(secondary)
    os.close(main)
    assert done.returncode == 2 and "zip archive, not text" in done.stderr


def test_draw_a_timeline(store: str, tmp_path: Path) -> None:
    html, svg = tmp_path / "ana.html", tmp_path / "ana.svg"
    result = run("draw", "--store", store, "--timeline", "Ana Lima", "--html", str(html), "--svg", str(svg))
    assert result.exit_code == 0, result.stderr
    assert f"Ana Lima <{B}person/ana-lima>: 6 occasions, 6 dated" in result.stderr
    assert "<title>Timeline of Ana Lima</title>" in html.read_text(encoding="utf-8")
    links = [element.get("{http://www.w3.org/1999/xlink}href") for element in ElementTree.parse(svg).iter("{http://www.w3.org/2000/svg}a")]
    assert len(links) == 6 and all(link.startswith("https://") for link in links)
    unknown = run("draw", "--store", store, "--timeline", "Nobody Known", "--html", str(html))
    assert unknown.exit_code == 1 and "no actor 'Nobody Known'" in unknown.stderr


def test_draw_writes_html_and_images(store: str, tmp_path: Path) -> None:
    html, svg = tmp_path / "network.html", tmp_path / "network.svg"
    result = run("draw", "--store", store, "--html", str(html), "--svg", str(svg), "--title", "WCS partners")
    assert result.exit_code == 0, result.stderr
    assert f"diagram written to {html}" in result.stderr
    assert "<title>WCS partners</title>" in html.read_text(encoding="utf-8")
    assert "World Culture Secretariat" in svg.read_text(encoding="utf-8")


def test_usage_and_input_errors(store: str, tmp_path: Path) -> None:
    assert run("draw", "--store", store).exit_code == 2
    assert run("network", "export", "--store", store).exit_code == 2  # stdout needs --format
    assert run("network", "summary", "--store", store, "--depth", "2").exit_code == 2
    assert run("network", "summary", "--store", store, "--since", "18 April").exit_code == 2
    reversed_window = run("network", "summary", "--store", store, "--since", "2025-05-01", "--until", "2025-04-01")
    assert reversed_window.exit_code == 1 and "is after" in reversed_window.stderr
    missing = run("network", "summary", "--store", str(tmp_path / "nothing"))
    assert missing.exit_code == 1 and "no store at" in missing.stderr
