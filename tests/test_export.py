"""Every network export is read by the tool that consumes it: igraph (GraphML), graphology's GEXF parser
(npm), Graphviz (DOT), the csv module with Gephi's column names; the .cyjs is loaded
by cytoscape.js in tests/test_draw.py."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import networkx as nx
import pydot
import pytest
from lxml import etree

from icgraph.export import EXPORTERS, ExportError, csv_table, cytoscape_json, export_network, flat_edge, flat_node, format_for_path, layout
from icgraph.network import project
from icgraph.palette import KIND_COLORS, TIE_COLORS, rgb
from network_fixture import B, OxigraphSource

JS = Path(__file__).resolve().parent / "js"
GRAPHML = "http://graphml.graphdrawing.org/xmlns"
YED = "http://www.yworks.com/xml/graphml"

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
    values = [value for _, data in graph.nodes(data=True) for value in flat_node(data).values()]
    values += [value for _, _, data in graph.edges(data=True) for value in flat_edge(data).values()]
    assert values and all(isinstance(value, (str, int, float, bool)) and value != "" for value in values)
    assert flat_edge(graph.edges[ANA, WCS])["kinds"] == "signed-with|took-part-together|member-of"
    assert "first" not in flat_edge(graph.edges[MAR, WCS])  # undated: left out, not None or ""


def test_graphml_has_xml_safe_ids_one_key_id_per_domain_and_yed_graphics(graph: nx.Graph, tmp_path: Path) -> None:
    target = tmp_path / "network.graphml"
    export_network(graph, target)
    root = etree.parse(str(target)).getroot()
    ns = {"g": GRAPHML, "y": YED}
    keys = root.findall("g:key", ns)
    assert len({key.get("id") for key in keys}) == len(keys)
    assert {key.get("for") for key in keys if key.get("attr.name") == "label"} == {"node", "edge"}  # one name, two ids
    nodes = root.findall("g:graph/g:node", ns)
    assert all(re.fullmatch(r"n\d+", node.get("id")) for node in nodes)  # an XML NCName, never an IRI
    wcs = next(node for node in nodes if node.findtext("g:data[@key='node-iri']", namespaces=ns) == WCS)
    assert wcs.findtext(".//y:NodeLabel", namespaces=ns) == "World Culture Secretariat"
    assert wcs.find(".//y:Fill", ns).get("color") == KIND_COLORS["organization"].upper()
    assert {key.get("yfiles.type") for key in keys} >= {"nodegraphics", "edgegraphics"}


def test_graphml_is_read_back_by_igraph_and_networkx(graph: nx.Graph, tmp_path: Path) -> None:
    import igraph

    target = tmp_path / "network.graphml"
    export_network(graph, target)
    read = igraph.Graph.Read_GraphML(str(target))
    assert (read.vcount(), read.ecount()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert set(read.vs["iri"]) == set(graph)
    by_iri = {vertex["iri"]: vertex for vertex in read.vs}
    assert by_iri[WCS]["label"] == "World Culture Secretariat" and by_iri[WCS]["aliases"] == "WCS"
    tie = read.es[read.get_eid(by_iri[ANA].index, by_iri[f"{B}person/omar-haddad"].index)]
    assert (tie["kinds"], tie["weight"], tie["first"], tie["last"]) == ("met", 2, "2025-03-10", "2025-05-02")
    assert nx.read_graphml(target).number_of_edges() == graph.number_of_edges()


def test_gexf_is_dynamic_with_spells_and_dynamic_weights(graph: nx.Graph, tmp_path: Path) -> None:
    target = tmp_path / "network.gexf"
    export_network(graph, target)
    document = etree.parse(str(target))
    ns = {"g": "http://www.gexf.net/1.2"}
    element = document.find("g:graph", ns)
    assert element.get("mode") == "dynamic" and element.get("timeformat") == "date" and element.get("name") is None
    assert (element.get("start"), element.get("end")) == ("2025-03-10", "2025-05-02")
    nodes = {node.get("id"): node for node in element.iterfind("g:nodes/g:node", ns)}
    assert [spell.get("start") for spell in nodes[ANA].iterfind("g:spells/g:spell", ns)] == \
        ["2025-03-10", "2025-03-20", "2025-04-11", "2025-04-17", "2025-05-02"]
    assert nodes[MAR].find("g:spells", ns) is None  # only undated ties: present all along
    edges = {frozenset((edge.get("source"), edge.get("target"))): edge for edge in element.iterfind("g:edges/g:edge", ns)}
    met = edges[frozenset((ANA, f"{B}person/omar-haddad"))]
    assert met.get("weight") == "2"
    assert [(spell.get("start"), spell.get("end")) for spell in met.iterfind("g:spells/g:spell", ns)] == \
        [("2025-03-10", "2025-03-10"), ("2025-05-02", "2025-05-02")]
    dynamic = [(value.get("value"), value.get("start")) for value in met.iterfind("g:attvalues/g:attvalue[@for='weight']", ns)]
    assert dynamic == [("1.0", "2025-03-10"), ("1.0", "2025-05-02")]
    # a non-trivial timeline: the ties appear on several different days
    starts = {spell.get("start") for edge in edges.values() for spell in edge.iterfind("g:spells/g:spell", ns)}
    assert len(starts) >= 4


def test_gexf_is_read_by_graphology(graph: nx.Graph, tmp_path: Path) -> None:
    if shutil.which("node") is None or not (JS / "node_modules" / "graphology-gexf").exists():
        pytest.fail("node and tests/js/node_modules are needed: run `make test` (it runs npm ci in tests/js)")
    target = tmp_path / "network.gexf"
    export_network(graph, target)
    done = subprocess.run(["node", str(JS / "read-gexf.js"), str(target)], capture_output=True, text=True, check=True)
    read = json.loads(done.stdout)
    assert (read["type"], read["order"], read["size"]) == ("undirected", graph.number_of_nodes(), graph.number_of_edges())
    nodes = {node["key"]: node["attributes"] for node in read["nodes"]}
    assert nodes[WCS]["label"] == "World Culture Secretariat" and nodes[WCS]["kind"] == "organization"
    assert nodes[WCS]["color"] == "rgb({},{},{})".format(*rgb(KIND_COLORS["organization"]))
    assert isinstance(nodes[WCS]["x"], (int, float)) and isinstance(nodes[WCS]["size"], (int, float))
    edges = {frozenset((edge["source"], edge["target"])): edge["attributes"] for edge in read["edges"]}
    assert edges[frozenset((ANA, WCS))]["kinds"] == "signed-with|took-part-together|member-of"


def test_cyjs_is_written_as_cytoscape_desktop_writes_it(graph: nx.Graph, tmp_path: Path) -> None:
    target = tmp_path / "network.cyjs"
    export_network(graph, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert isinstance(data["data"], dict) and data["data"]["name"] == "icgraph both-level network"
    assert data["format_version"] == "1.0"
    nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
    assert len(nodes) == graph.number_of_nodes() and len(edges) == graph.number_of_edges()
    assert all(isinstance(node["position"]["x"], float) and isinstance(node["position"]["y"], float) for node in nodes)
    assert len({(node["position"]["x"], node["position"]["y"]) for node in nodes}) == len(nodes)
    wcs = next(node["data"] for node in nodes if node["data"]["id"] == WCS)
    assert (wcs["name"], wcs["kind"], wcs["aliases"]) == ("World Culture Secretariat", "organization", ["WCS"])
    suids = [element["data"]["SUID"] for element in nodes + edges]
    assert len(set(suids)) == len(suids) and all(isinstance(suid, int) for suid in suids)
    tie = next(edge["data"] for edge in edges if {edge["data"]["source"], edge["data"]["target"]} == {ANA, f"{B}person/mei-tanaka"})
    assert tie["interaction"] == "met" and tie["quotes"] == ["Ana Lima received Mei Tanaka, Ambassador of Japan, on 20 March 2025."]
    assert json.loads(json.dumps(data)) == cytoscape_json(graph)  # the same layout every time: seeded


def test_node_link_json_uses_links_and_keeps_occasions(graph: nx.Graph, tmp_path: Path) -> None:
    target = tmp_path / "network.json"
    export_network(graph, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert "links" in data and "edges" not in data
    read = nx.node_link_graph(data, edges="links")
    assert_same_network(graph, read)
    assert read.edges[ANA, WCS]["kinds"] == ["signed-with", "took-part-together", "member-of"]
    tie = read.edges[ANA, f"{B}person/mei-tanaka"]
    assert tie["occasions"][0]["sources"][0]["quote"] == "Ana Lima received Mei Tanaka, Ambassador of Japan, on 20 March 2025."


def read_csv_tables(nodes: str, edges: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    return list(csv.DictReader(io.StringIO(nodes))), list(csv.DictReader(io.StringIO(edges)))


def check_csv_tables(graph: nx.Graph, nodes: list[dict[str, str]], edges: list[dict[str, str]]) -> None:
    assert list(nodes[0])[:3] == ["Id", "Label", "kind"]  # Gephi's spreadsheet import reads these names
    assert list(edges[0])[:4] == ["Source", "Target", "Type", "Weight"]
    assert len(nodes) == graph.number_of_nodes() and len(edges) == graph.number_of_edges()
    assert {row["Id"] for row in nodes} == set(graph)
    by_pair = {frozenset((row["Source"], row["Target"])): row for row in edges}
    tie = by_pair[frozenset((ANA, WCS))]
    assert (tie["Type"], tie["Weight"], tie["kind"]) == ("Undirected", "3", "signed-with")
    assert tie["kinds"] == "signed-with|took-part-together|member-of"
    assert by_pair[frozenset((MAR, WCS))]["first"] == ""


def test_csv_into_a_directory(graph: nx.Graph, tmp_path: Path) -> None:
    target = tmp_path / "tables"
    export_network(graph, target, "csv")
    nodes, edges = read_csv_tables((target / "nodes.csv").read_text(encoding="utf-8"), (target / "edges.csv").read_text(encoding="utf-8"))
    check_csv_tables(graph, nodes, edges)


def test_csv_into_a_zip_file_and_a_stream_and_one_table(graph: nx.Graph, tmp_path: Path) -> None:
    target = tmp_path / "tables.zip"
    export_network(graph, target)
    stream = io.BytesIO()
    export_network(graph, stream, "csv")
    for archive in (zipfile.ZipFile(target), zipfile.ZipFile(stream)):
        assert sorted(archive.namelist()) == ["edges.csv", "nodes.csv"]
        check_csv_tables(graph, *read_csv_tables(archive.read("nodes.csv").decode(), archive.read("edges.csv").decode()))
    check_csv_tables(graph, *read_csv_tables(csv_table(graph, "nodes").decode(), csv_table(graph, "edges").decode()))
    with pytest.raises(ExportError, match="unknown CSV table"):
        csv_table(graph, "ties")


@pytest.mark.filterwarnings("ignore::DeprecationWarning:pydot")  # pydot's parser uses old pyparsing names
def test_dot_is_styled_by_kind_and_rendered_by_graphviz(graph: nx.Graph, tmp_path: Path) -> None:
    target = tmp_path / "network.dot"
    export_network(graph, target)
    (dot,) = pydot.graph_from_dot_file(str(target))
    assert dot.get("layout") == "neato"
    nodes = [node for node in dot.get_nodes() if node.get_name() not in ("node", "edge", "graph")]
    assert len(nodes) == graph.number_of_nodes() and len(dot.get_edges()) == graph.number_of_edges()
    assert all(":" not in node.get_name() for node in nodes)
    iris = {node.get("iri").strip('"'): node for node in nodes}
    assert set(iris) == set(graph)
    assert iris[WCS].get("label").strip('"') == "World Culture Secretariat"
    assert (iris[WCS].get("shape"), iris[WCS].get("fillcolor").strip('"')) == ("box", KIND_COLORS["organization"])
    assert (iris[ANA].get("shape"), iris[MAR].get("shape")) == ("ellipse", "hexagon")
    widths = {float(edge.get("penwidth")) for edge in dot.get_edges()}
    assert len(widths) > 1  # pen width grows with the occasions
    colors = {edge.get("color").strip('"') for edge in dot.get_edges()}
    assert colors <= set(TIE_COLORS.values()) and len(colors) == len(TIE_COLORS)
    # Graphviz reads and lays it out: every actor is drawn, with its label in the SVG
    done = subprocess.run(["dot", "-Tsvg", str(target)], capture_output=True, check=True)  # the `layout` hint picks neato
    svg = etree.fromstring(done.stdout)
    texts = {text.text for text in svg.iter("{http://www.w3.org/2000/svg}text")}
    assert {"World Culture Secretariat", "Ana Lima", "Japan"} <= texts
    assert len(svg.findall(".//{http://www.w3.org/2000/svg}g[@class='node']")) == graph.number_of_nodes()


def test_layout_is_seeded_and_keeps_groups_apart(graph: nx.Graph) -> None:
    first, second = layout(graph), layout(graph.copy())
    assert first == second
    assert len(set(first.values())) == graph.number_of_nodes()
    both = nx.union(graph, nx.relabel_nodes(graph, lambda node: node + "-copy"))
    positions = layout(both)
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    assert 0.25 < width / height < 4  # two groups packed side by side, not flung to far corners


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
