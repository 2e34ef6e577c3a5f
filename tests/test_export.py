"""Every network export is read back (NetworkX readers, pydot, the csv module) with equal counts and attributes."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pydot
import pytest

from icgraph.export import EXPORTERS, ExportError, export_network, flatten, format_for_path
from icgraph.network import project
from network_fixture import B, OxigraphSource

WCS, REL, MAR = f"{B}organization/wcs", f"{B}organization/rel", f"{B}country/mar"
ANA = f"{B}person/ana-lima"


@pytest.fixture(scope="module")
def graph() -> nx.Graph:
    """The `both` level: people, organizations and countries, every tie kind, an undated tie."""
    return project(OxigraphSource.from_trig(), level="both")


def assert_same_network(original: nx.Graph, read: nx.Graph) -> None:
    assert read.number_of_nodes() == original.number_of_nodes()
    assert read.number_of_edges() == original.number_of_edges()
    assert set(read) == set(original)


def test_the_registry_covers_the_promised_formats() -> None:
    assert set(EXPORTERS) == {"graphml", "gexf", "cyjs", "node-link", "csv", "dot"}


def test_flat_attributes_hold_no_missing_values_and_no_lists(graph: nx.Graph) -> None:
    flat = flatten(graph)
    values = [value for _, data in flat.nodes(data=True) for value in data.values()]
    values += [value for _, _, data in flat.edges(data=True) for value in data.values()]
    assert values and all(isinstance(value, (str, int, float, bool)) and value != "" for value in values)
    assert flat.edges[ANA, WCS]["kinds"] == "signed-with|took-part-together|member-of"
    assert "first" not in flat.edges[MAR, WCS]  # undated: left out, not None or ""


def test_graphml(graph: nx.Graph, tmp_path: Path) -> None:
    target = tmp_path / "network.graphml"
    export_network(graph, target)
    read = nx.read_graphml(target)
    assert_same_network(graph, read)
    assert read.nodes[WCS]["label"] == "World Culture Secretariat"
    assert read.nodes[WCS]["aliases"] == "WCS"
    tie = read.edges[ANA, f"{B}person/omar-haddad"]
    assert (tie["kinds"], tie["weight"], tie["first"], tie["last"]) == ("met", 2, "2025-03-10", "2025-05-02")


def test_gexf_carries_start_dates_for_the_timeline(graph: nx.Graph, tmp_path: Path) -> None:
    target = tmp_path / "network.gexf"
    export_network(graph, target)
    read = nx.read_gexf(target)
    assert_same_network(graph, read)
    assert read.nodes[ANA]["label"] == "Ana Lima"
    assert read.edges[ANA, f"{B}person/omar-haddad"]["weight"] == 2
    root = ElementTree.parse(target).getroot()
    namespace = {"g": "http://www.gexf.net/1.2draft"}
    element = root.find("g:graph", namespace)
    assert element.get("mode") == "dynamic" and element.get("timeformat") == "date"
    starts = {node.get("id"): node.get("start") for node in root.iterfind(".//g:node", namespace)}
    assert starts[ANA] == "2025-03-10"
    assert starts[MAR] is None  # only undated ties: present from the beginning
    edge_starts = {(edge.get("source"), edge.get("target")): edge.get("start") for edge in root.iterfind(".//g:edge", namespace)}
    assert "2025-04-11" in edge_starts.values()


def test_cytoscape_json_keeps_occasions_and_quotes(graph: nx.Graph, tmp_path: Path) -> None:
    target = tmp_path / "network.cyjs"
    export_network(graph, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    read = nx.cytoscape_graph(data, name="label")
    assert_same_network(graph, read)
    node_ids = {node["data"]["id"] for node in data["elements"]["nodes"]}
    assert WCS in node_ids
    tie = read.edges[ANA, f"{B}person/mei-tanaka"]
    assert tie["occasions"][0]["sources"][0]["quote"] == "Ana Lima received Mei Tanaka, Ambassador of Japan, on 20 March 2025."


def test_node_link_json_uses_links(graph: nx.Graph, tmp_path: Path) -> None:
    target = tmp_path / "network.json"
    export_network(graph, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert "links" in data and "edges" not in data
    read = nx.node_link_graph(data, edges="links")
    assert_same_network(graph, read)
    assert read.edges[ANA, WCS]["kinds"] == ["signed-with", "took-part-together", "member-of"]


def read_csv_tables(nodes: str, edges: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    return list(csv.DictReader(io.StringIO(nodes))), list(csv.DictReader(io.StringIO(edges)))


def check_csv_tables(graph: nx.Graph, nodes: list[dict[str, str]], edges: list[dict[str, str]]) -> None:
    assert len(nodes) == graph.number_of_nodes() and len(edges) == graph.number_of_edges()
    assert {row["id"] for row in nodes} == set(graph)
    by_pair = {frozenset((row["source"], row["target"])): row for row in edges}
    tie = by_pair[frozenset((ANA, WCS))]
    assert tie["kinds"] == "signed-with|took-part-together|member-of" and tie["weight"] == "3"
    assert by_pair[frozenset((MAR, WCS))]["first"] == ""


def test_csv_into_a_directory(graph: nx.Graph, tmp_path: Path) -> None:
    target = tmp_path / "tables"
    export_network(graph, target, "csv")
    nodes, edges = read_csv_tables((target / "nodes.csv").read_text(encoding="utf-8"), (target / "edges.csv").read_text(encoding="utf-8"))
    check_csv_tables(graph, nodes, edges)


def test_csv_into_a_zip_file_and_a_stream(graph: nx.Graph, tmp_path: Path) -> None:
    target = tmp_path / "tables.zip"
    export_network(graph, target)
    stream = io.BytesIO()
    export_network(graph, stream, "csv")
    for archive in (zipfile.ZipFile(target), zipfile.ZipFile(stream)):
        assert sorted(archive.namelist()) == ["edges.csv", "nodes.csv"]
        check_csv_tables(graph, *read_csv_tables(archive.read("nodes.csv").decode(), archive.read("edges.csv").decode()))


@pytest.mark.filterwarnings("ignore::DeprecationWarning:pydot")  # pydot's parser uses old pyparsing names
def test_dot_relabels_iris_and_keeps_them_as_attributes(graph: nx.Graph, tmp_path: Path) -> None:
    target = tmp_path / "network.dot"
    export_network(graph, target)
    (dot,) = pydot.graph_from_dot_file(str(target))
    nodes = [node for node in dot.get_nodes() if node.get_name() not in ("node", "edge", "graph")]
    assert len(nodes) == graph.number_of_nodes()
    assert len(dot.get_edges()) == graph.number_of_edges()
    assert all(":" not in node.get_name() for node in nodes)
    iris = {node.get("iri").strip('"'): node for node in nodes}
    assert set(iris) == set(graph)
    assert iris[WCS].get("label").strip('"') == "World Culture Secretariat"


def test_every_format_writes_to_a_stream(graph: nx.Graph) -> None:
    for name in EXPORTERS:
        stream = io.BytesIO()
        export_network(graph, stream, name)
        assert len(stream.getvalue()) > 500, name


def test_formats_are_told_from_suffixes_and_errors_are_clear(tmp_path: Path) -> None:
    assert format_for_path("a.graphml") == "graphml"
    assert format_for_path("a.GEXF") == "gexf"
    assert format_for_path("a.gv") == "dot"
    assert format_for_path("tables") == "csv"
    with pytest.raises(ExportError, match="cannot tell the export format of a.xlsx"):
        format_for_path("a.xlsx")
    with pytest.raises(ExportError, match="give the export format"):
        export_network(nx.Graph(), io.BytesIO())
    with pytest.raises(ExportError, match="cannot write"):
        export_network(nx.Graph(), tmp_path / "missing-dir" / "a.graphml")
