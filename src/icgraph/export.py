"""Writers of the actor network (see `icgraph.network`) for the tools people already use.

Every exporter writes bytes to a binary stream; `export_network` also takes a path. Each format is
written the way its tool reads it:

* GraphML: `n0, n1, …` node ids (an IRI is no XML id) with the IRI in the `iri` key, one key id per
  domain (`node-label`, `edge-label`, …), and yEd's graphics keys (shape, colour, position, label).
* GEXF 1.2 (valid against its schema, which puts `color`, `position`, `size` and `thickness` in the
  GEXF namespace, as Gephi and graphology read them), `mode="dynamic"`: each node and tie has one spell per day it took part in something,
  and a dynamic weight (occasions that day, attribute `weight` titled "Weight") besides its total
  `weight`, so Gephi's timeline shows
  the network as it stood at a date or over a period. Undated ties have no spell: always present.
* Cytoscape `.cyjs` as Cytoscape desktop writes it: a `data` object, `elements.nodes/edges`, and a
  `position` per node from the same seeded layout as the HTML diagram.
* CSV with Gephi's import columns (`Id`, `Label`; `Source`, `Target`, `Type`, `Weight`).
* DOT styled by kind (colour, shape, pen width by occasions) with a layout hint for Graphviz.

Flat formats carry text and numbers only: an attribute without a value is left out, lists are
joined with "|", dates are ISO strings. The node-link JSON keeps everything, occasions included.
"""

from __future__ import annotations

import csv
import io
import json
import math
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree import ElementTree as ET

import networkx as nx
import numpy as np
import pydot

from icgraph.errors import IcgraphError, UsageError
from icgraph.palette import KIND_COLORS, KIND_SHAPES, TIE_COLORS, TIE_STYLES, display_label, rgb

LIST_SEPARATOR = "|"
NODE_ATTRIBUTES = ("label", "kind", "aliases", "posts", "first", "last")
EDGE_ATTRIBUTES = ("kinds", "weight", "first", "last", "events", "sources")
GEPHI_NODE_COLUMNS = ("Id", "Label", "kind", "aliases", "posts", "first", "last")
GEPHI_EDGE_COLUMNS = ("Source", "Target", "Type", "Weight", "Label", "kind", "kinds", "first", "last", "events", "sources")
CSV_TABLES = ("nodes", "edges")
LAYOUT_SEED = 7
SPRING_LAYOUT_LIMIT = 500  # beyond this, the force layout (dense, without SciPy) is too slow: actors go on a circle
SEPARATE_LIMIT = 500  # groups up to this size get their overlapping actors pushed apart
DETAILED_LAYOUT_LIMIT = 2000  # beyond this many actors (no longer a picture to read), every group goes on a circle
SFDP_AFTER = 300  # Graphviz: neato up to here, sfdp beyond

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
YED_NS = "http://www.yworks.com/xml/graphml"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
GEXF_NS = "http://www.gexf.net/1.2"


class ExportError(IcgraphError):
    pass


class ExportFormatError(ExportError, UsageError):
    """No export format, an unknown one, or a file suffix that names none (exit 2)."""

    exit_code = 2


# ------------------------------------------------------------------------------ shared pieces


def _flat_value(value: Any) -> str | int | float | bool | None:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, (list, tuple, set)):
        return LIST_SEPARATOR.join(str(part) for part in value)
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def flat_node(data: dict[str, Any]) -> dict[str, Any]:
    flat = {name: _flat_value(data.get(name)) for name in NODE_ATTRIBUTES}
    return {name: value for name, value in flat.items() if value is not None}


def flat_edge(data: dict[str, Any]) -> dict[str, Any]:
    flat = {name: _flat_value(data.get(name)) for name in EDGE_ATTRIBUTES}
    flat = {name: value for name, value in flat.items() if value is not None}
    flat["label"] = ", ".join(data.get("kinds", []))
    return flat


def node_ids(graph: nx.Graph) -> dict[str, str]:
    """XML- and Graphviz-safe node ids (`n0`, `n1`, … in IRI order)."""
    return {node: f"n{index}" for index, node in enumerate(sorted(graph))}



def sorted_edges(graph: nx.Graph) -> list[tuple[str, str, dict[str, Any]]]:
    return sorted(graph.edges(data=True), key=lambda edge: tuple(sorted((edge[0], edge[1]))))


def layout(graph: nx.Graph, *, seed: int = LAYOUT_SEED, spacing: float = 90.0) -> dict[str, tuple[float, float]]:
    """Seeded positions in pixels (y downwards): the same graph is always laid out the same way.
    Each connected group of actors is laid out on its own (force-directed, weighted by occasions, with
    overlapping actors pushed apart; on a circle for groups beyond SPRING_LAYOUT_LIMIT actors and in
    networks beyond DETAILED_LAYOUT_LIMIT) and the groups are packed in rows, largest first, so that
    small groups do not drift to the edges of the picture."""
    groups = sorted((sorted(part) for part in nx.connected_components(graph)), key=lambda part: (-len(part), part[0]))
    placed: list[tuple[dict[str, tuple[float, float]], float]] = []
    for part in groups:
        count = len(part)
        radius = spacing * 0.6 * math.sqrt(count) if count > 2 else spacing * 0.5 * (count - 1)
        if count <= 2:
            local = {node: (float(index), 0.0) for index, node in enumerate(part)}
        else:
            sub = nx.Graph()
            sub.add_nodes_from(part)
            sub.add_edges_from((a, b, {"weight": graph.edges[a, b].get("weight", 1)}) for a, b in sorted(graph.subgraph(part).edges()))
            if count > SPRING_LAYOUT_LIMIT or graph.number_of_nodes() > DETAILED_LAYOUT_LIMIT:
                local = {node: (float(x), float(y)) for node, (x, y) in nx.circular_layout(sub).items()}
            else:
                found = nx.spring_layout(sub, seed=seed, weight="weight", iterations=200, k=1.5 / math.sqrt(count))
                local = {node: (float(x), float(y)) for node, (x, y) in found.items()}
        xs, ys = [x for x, _ in local.values()], [y for _, y in local.values()]
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        extent = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
        scaled = {node: ((x - cx) / extent * radius, (y - cy) / extent * radius) for node, (x, y) in local.items()}
        if 2 < count <= SEPARATE_LIMIT and graph.number_of_nodes() <= DETAILED_LAYOUT_LIMIT:
            scaled = _separate(scaled, spacing * 0.75)
            radius = max(max(abs(x), abs(y)) for x, y in scaled.values())
        placed.append((scaled, radius))
    boxes = [2 * radius + spacing for _, radius in placed]
    row_width = max(max(boxes, default=0.0), math.sqrt(sum(box * box for box in boxes)) * 1.15)
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for (local, radius), box in zip(placed, boxes, strict=True):
        if x and x + box > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in local.items():
            positions[node] = (round(x + box / 2 + px, 1), round(y + box / 2 + py, 1))
        x, row_height = x + box, max(row_height, box)
    return positions


def _separate(positions: dict[str, tuple[float, float]], gap: float, rounds: int = 40) -> dict[str, tuple[float, float]]:
    """Push apart the actors closer than `gap` (the force layout packs dense groups into a blot)."""
    nodes = list(positions)
    points = np.array([positions[node] for node in nodes], dtype=float)
    for _ in range(rounds):
        delta = points[:, None, :] - points[None, :, :]
        distance = np.hypot(delta[..., 0], delta[..., 1])
        np.fill_diagonal(distance, np.inf)
        close = distance < gap
        if not close.any():
            break
        push = np.zeros_like(distance)
        push[close] = (gap - distance[close]) / 2 / np.maximum(distance[close], 1e-6)
        points += (delta * push[..., None]).sum(axis=1)
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, points, strict=True)}


def node_sizes(graph: nx.Graph, smallest: float, largest: float) -> dict[str, float]:
    """Sizes by degree (square root, so areas grow with the number of ties)."""
    degrees = dict(graph.degree())
    top = max(degrees.values(), default=0) or 1
    return {node: smallest + (largest - smallest) * math.sqrt(degree / top) for node, degree in degrees.items()}


def edge_width(weight: int) -> float:
    return round(min(1.0 + 1.5 * math.log2(max(weight, 1)), 8.0), 1)


def occasion_days(data: dict[str, Any]) -> Counter[str]:
    """Occasions per day of a tie (undated ones left out)."""
    return Counter(occasion["date"] for occasion in data.get("occasions", []) if occasion["date"])


def _xml_bytes(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


# ------------------------------------------------------------------------------ GraphML


def _graphml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "double"
    return "string"


def graphml_tree(graph: nx.Graph) -> ET.Element:
    ET.register_namespace("", GRAPHML_NS)
    ET.register_namespace("y", YED_NS)
    ET.register_namespace("xsi", XSI_NS)
    root = ET.Element(f"{{{GRAPHML_NS}}}graphml", {
        f"{{{XSI_NS}}}schemaLocation": f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
    })
    ids = node_ids(graph)
    nodes = {node: {"iri": node, **flat_node(data)} for node, data in graph.nodes(data=True)}
    edges = [(a, b, flat_edge(data), data) for a, b, data in sorted_edges(graph)]

    def declare(domain: str, rows: list[dict[str, Any]], names: tuple[str, ...]) -> None:
        for name in names:
            values = [row[name] for row in rows if name in row]
            if values:
                ET.SubElement(root, f"{{{GRAPHML_NS}}}key", {
                    "id": f"{domain}-{name}", "for": domain, "attr.name": name, "attr.type": _graphml_type(values[0]),
                })

    declare("node", list(nodes.values()), ("iri", *NODE_ATTRIBUTES))
    declare("edge", [row for _, _, row, _ in edges], ("label", *EDGE_ATTRIBUTES))
    ET.SubElement(root, f"{{{GRAPHML_NS}}}key", {"id": "node-graphics", "for": "node", "yfiles.type": "nodegraphics"})
    ET.SubElement(root, f"{{{GRAPHML_NS}}}key", {"id": "edge-graphics", "for": "edge", "yfiles.type": "edgegraphics"})

    element = ET.SubElement(root, f"{{{GRAPHML_NS}}}graph", {"id": "network", "edgedefault": "undirected"})
    positions, sizes = layout(graph), node_sizes(graph, 30, 80)
    for node in sorted(graph):
        row = nodes[node]
        xml_node = ET.SubElement(element, f"{{{GRAPHML_NS}}}node", {"id": ids[node]})
        for name, value in row.items():
            ET.SubElement(xml_node, f"{{{GRAPHML_NS}}}data", {"key": f"node-{name}"}).text = str(value)
        data = graph.nodes[node]
        x, y = positions[node]
        label = display_label(data["label"], data["aliases"])
        width = max(sizes[node], 8.0 * len(label)) if data["kind"] == "organization" else sizes[node]
        graphics = ET.SubElement(ET.SubElement(xml_node, f"{{{GRAPHML_NS}}}data", {"key": "node-graphics"}), f"{{{YED_NS}}}ShapeNode")
        ET.SubElement(graphics, f"{{{YED_NS}}}Geometry", {"x": f"{x - width / 2:.1f}", "y": f"{y - sizes[node] / 2:.1f}",
                                                           "width": f"{width:.1f}", "height": f"{sizes[node]:.1f}"})
        ET.SubElement(graphics, f"{{{YED_NS}}}Fill", {"color": KIND_COLORS[data["kind"]].upper(), "transparent": "false"})
        ET.SubElement(graphics, f"{{{YED_NS}}}BorderStyle", {"color": "#333333", "type": "line", "width": "1.0"})
        ET.SubElement(graphics, f"{{{YED_NS}}}NodeLabel", {"fontSize": "12"}).text = label
        ET.SubElement(graphics, f"{{{YED_NS}}}Shape", {"type": {"box": "roundrectangle"}.get(KIND_SHAPES[data["kind"]], KIND_SHAPES[data["kind"]])})
    for index, (a, b, row, data) in enumerate(edges):
        xml_edge = ET.SubElement(element, f"{{{GRAPHML_NS}}}edge", {"id": f"e{index}", "source": ids[a], "target": ids[b]})
        for name, value in row.items():
            ET.SubElement(xml_edge, f"{{{GRAPHML_NS}}}data", {"key": f"edge-{name}"}).text = str(value)
        kind = data["kinds"][0]
        graphics = ET.SubElement(ET.SubElement(xml_edge, f"{{{GRAPHML_NS}}}data", {"key": "edge-graphics"}), f"{{{YED_NS}}}PolyLineEdge")
        ET.SubElement(graphics, f"{{{YED_NS}}}LineStyle", {"color": TIE_COLORS[kind].upper(), "type": "dashed" if TIE_STYLES.get(kind) else "line",
                                                            "width": f"{edge_width(data['weight']):.1f}"})
        ET.SubElement(graphics, f"{{{YED_NS}}}Arrows", {"source": "none", "target": "none"})
    return root


def write_graphml(graph: nx.Graph, stream: BinaryIO) -> None:
    stream.write(_xml_bytes(graphml_tree(graph)))


# ------------------------------------------------------------------------------ GEXF


def _spells(parent: ET.Element, days: list[str]) -> None:
    if days:
        spells = ET.SubElement(parent, f"{{{GEXF_NS}}}spells")
        for day in days:
            ET.SubElement(spells, f"{{{GEXF_NS}}}spell", {"start": day, "end": day})


def _viz_color(parent: ET.Element, color: str) -> None:
    r, g, b = rgb(color)
    ET.SubElement(parent, f"{{{GEXF_NS}}}color", {"r": str(r), "g": str(g), "b": str(b)})


def gexf_tree(graph: nx.Graph, *, today: date | None = None) -> ET.Element:
    ET.register_namespace("", GEXF_NS)
    ET.register_namespace("xsi", XSI_NS)
    root = ET.Element(f"{{{GEXF_NS}}}gexf", {
        "version": "1.2", f"{{{XSI_NS}}}schemaLocation": f"{GEXF_NS} http://www.gexf.net/1.2/gexf.xsd",
    })
    meta = ET.SubElement(root, f"{{{GEXF_NS}}}meta", {"lastmodifieddate": (today or date.today()).isoformat()})
    ET.SubElement(meta, f"{{{GEXF_NS}}}creator").text = "icgraph"
    level = graph.graph.get("level", "")
    ET.SubElement(meta, f"{{{GEXF_NS}}}description").text = f"{level}-level actor network".lstrip("-")
    edge_days = {(a, b): occasion_days(data) for a, b, data in sorted_edges(graph)}
    all_days = sorted({day for days in edge_days.values() for day in days})
    attributes = {"defaultedgetype": "undirected", "mode": "dynamic", "timeformat": "date"}
    if all_days:
        attributes.update(start=all_days[0], end=all_days[-1])
    element = ET.SubElement(root, f"{{{GEXF_NS}}}graph", attributes)

    node_model = ET.SubElement(element, f"{{{GEXF_NS}}}attributes", {"class": "node", "mode": "static"})
    for name in NODE_ATTRIBUTES[1:]:
        ET.SubElement(node_model, f"{{{GEXF_NS}}}attribute", {"id": name, "title": name, "type": "string"})
    edge_model = ET.SubElement(element, f"{{{GEXF_NS}}}attributes", {"class": "edge", "mode": "dynamic"})
    for name in EDGE_ATTRIBUTES:
        if name != "weight":  # the total is the edge's `weight`; the dynamic one is the `weight` attribute
            ET.SubElement(edge_model, f"{{{GEXF_NS}}}attribute", {"id": name, "title": name, "type": "string"})
    ET.SubElement(edge_model, f"{{{GEXF_NS}}}attribute", {"id": "weight", "title": "Weight", "type": "float"})

    positions, sizes = layout(graph), node_sizes(graph, 4, 24)
    nodes = ET.SubElement(element, f"{{{GEXF_NS}}}nodes", {"count": str(graph.number_of_nodes())})
    for node in sorted(graph):
        data = graph.nodes[node]
        xml_node = ET.SubElement(nodes, f"{{{GEXF_NS}}}node", {"id": node, "label": data["label"]})
        values = ET.SubElement(xml_node, f"{{{GEXF_NS}}}attvalues")
        for name, value in flat_node(data).items():
            if name != "label":
                ET.SubElement(values, f"{{{GEXF_NS}}}attvalue", {"for": name, "value": str(value)})
        days = sorted({day for (a, b), counts in edge_days.items() if node in (a, b) for day in counts})
        _spells(xml_node, days)
        _viz_color(xml_node, KIND_COLORS[data["kind"]])
        x, y = positions[node]
        ET.SubElement(xml_node, f"{{{GEXF_NS}}}position", {"x": str(x), "y": str(-y), "z": "0.0"})
        ET.SubElement(xml_node, f"{{{GEXF_NS}}}size", {"value": f"{sizes[node]:.1f}"})

    edges = ET.SubElement(element, f"{{{GEXF_NS}}}edges", {"count": str(graph.number_of_edges())})
    for index, (a, b, data) in enumerate(sorted_edges(graph)):
        flat = flat_edge(data)
        xml_edge = ET.SubElement(edges, f"{{{GEXF_NS}}}edge", {
            "id": f"e{index}", "source": a, "target": b, "weight": str(data["weight"]), "label": flat.pop("label"),
        })
        values = ET.SubElement(xml_edge, f"{{{GEXF_NS}}}attvalues")
        for name, value in flat.items():
            if name != "weight":
                ET.SubElement(values, f"{{{GEXF_NS}}}attvalue", {"for": name, "value": str(value)})
        counts = edge_days[(a, b)]
        for day in sorted(counts):
            ET.SubElement(values, f"{{{GEXF_NS}}}attvalue", {"for": "weight", "value": f"{counts[day]:.1f}", "start": day, "end": day})
        _spells(xml_edge, sorted(counts))
        _viz_color(xml_edge, TIE_COLORS[data["kinds"][0]])
        ET.SubElement(xml_edge, f"{{{GEXF_NS}}}thickness", {"value": f"{edge_width(data['weight']):.1f}"})
    return root


def write_gexf(graph: nx.Graph, stream: BinaryIO) -> None:
    stream.write(_xml_bytes(gexf_tree(graph)))


# ------------------------------------------------------------------------------ JSON


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def _occasion_line(occasion: dict[str, Any]) -> str:
    return f"{occasion['date'] or 'undated'} · {occasion['tie']} · {occasion['label']}"


def cytoscape_json(graph: nx.Graph) -> dict[str, Any]:
    """The network as Cytoscape desktop writes a `.cyjs` file (and cytoscape.js reads it)."""
    positions = layout(graph)
    level = graph.graph.get("level", "")
    name = f"icgraph {level}-level network" if level else "icgraph network"
    nodes = []
    for suid, node in enumerate(sorted(graph), start=1):
        data = graph.nodes[node]
        x, y = positions[node]
        nodes.append({
            "data": {"id": node, "SUID": suid, "name": data["label"], "shared_name": data["label"], "selected": False,
                     "iri": node, "kind": data["kind"], "aliases": list(data["aliases"]), "posts": list(data["posts"]),
                     "first": data["first"], "last": data["last"]},
            "position": {"x": x, "y": y},
            "selected": False,
        })
    edges = []
    for suid, (a, b, data) in enumerate(sorted_edges(graph), start=len(nodes) + 1):
        interaction = data["kinds"][0]
        label = f"{graph.nodes[a]['label']} ({interaction}) {graph.nodes[b]['label']}"
        occasions = data.get("occasions", [])
        edges.append({
            "data": {"id": f"e{suid}", "SUID": suid, "source": a, "target": b, "name": label, "shared_name": label,
                     "interaction": interaction, "shared_interaction": interaction, "selected": False,
                     "kinds": list(data["kinds"]), "weight": data["weight"], "first": data["first"], "last": data["last"],
                     "events": list(data["events"]), "sources": list(data["sources"]),
                     "occasions": [_occasion_line(occasion) for occasion in occasions],
                     "quotes": sorted({source["quote"] for occasion in occasions for source in occasion["sources"] if source.get("quote")})},
            "selected": False,
        })
    return {
        "format_version": "1.0",
        "generated_by": "icgraph",
        "target_cytoscapejs_version": "~2.1",
        "data": {"name": name, "shared_name": name, "SUID": 0, "selected": True, "level": level},
        "elements": {"nodes": nodes, "edges": edges},
    }


def write_cyjs(graph: nx.Graph, stream: BinaryIO) -> None:
    stream.write(_json_bytes(cytoscape_json(graph)))


def write_node_link(graph: nx.Graph, stream: BinaryIO) -> None:
    stream.write(_json_bytes(nx.node_link_data(graph, edges="links")))


# ------------------------------------------------------------------------------ CSV


def _csv_bytes(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.DictWriter(text, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    return text.getvalue().encode("utf-8")


def csv_tables(graph: nx.Graph) -> dict[str, bytes]:
    """`nodes.csv` and `edges.csv` with the column names Gephi's spreadsheet import recognises."""
    nodes = []
    for node, data in sorted(graph.nodes(data=True)):
        flat = flat_node(data)
        nodes.append({"Id": node, "Label": flat.pop("label"), **flat})
    edges = []
    for a, b, data in sorted_edges(graph):
        flat = flat_edge(data)
        weight = flat.pop("weight")
        edges.append({"Source": a, "Target": b, "Type": "Undirected", "Weight": weight, "Label": flat.pop("label"),
                      "kind": data["kinds"][0], **flat})
    return {"nodes.csv": _csv_bytes(GEPHI_NODE_COLUMNS, nodes), "edges.csv": _csv_bytes(GEPHI_EDGE_COLUMNS, edges)}


def csv_table(graph: nx.Graph, table: str) -> bytes:
    """One of the two CSV tables, `nodes` or `edges`."""
    if table not in CSV_TABLES:
        raise ExportError(f"unknown CSV table {table!r}; choose nodes or edges")
    return csv_tables(graph)[f"{table}.csv"]


def write_csv_zip(graph: nx.Graph, stream: BinaryIO) -> None:
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in csv_tables(graph).items():
            archive.writestr(name, content)


def write_csv_path(graph: nx.Graph, path: Path) -> None:
    if path.suffix.lower() == ".zip":
        with path.open("wb") as stream:
            write_csv_zip(graph, stream)
        return
    path.mkdir(parents=True, exist_ok=True)
    for name, content in csv_tables(graph).items():
        (path / name).write_bytes(content)


# ------------------------------------------------------------------------------ DOT


def _dot_text(text: str) -> str:
    """A value for pydot, which quotes it but leaves backslashes and quotes to the caller."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_pydot(graph: nx.Graph) -> pydot.Dot:
    """The network in Graphviz, styled by kind: actors filled and shaped by kind and sized by
    degree, ties coloured by kind with pen width by occasions, `layout` set for networks."""
    ids = node_ids(graph)
    dot = pydot.Dot(graph_type="graph", strict=True)
    for name, value in {
        "layout": "sfdp" if graph.number_of_nodes() > SFDP_AFTER else "neato", "overlap": "prism", "overlap_scaling": "2",
        "sep": "+8", "splines": "true", "outputorder": "edgesfirst", "pad": "0.3", "fontname": "DejaVu Sans",
    }.items():
        dot.set(name, value)
    sizes = node_sizes(graph, 10, 16)
    for node in sorted(graph):
        data = graph.nodes[node]
        flat = {name: _dot_text(str(value)) for name, value in flat_node(data).items() if name != "label"}
        dot.add_node(pydot.Node(
            ids[node], iri=_dot_text(node), **flat,
            label=_dot_text(display_label(data["label"], data["aliases"])), tooltip=_dot_text(data["label"]),
            shape=KIND_SHAPES[data["kind"]], style='"filled,rounded"' if data["kind"] == "organization" else "filled",
            fillcolor=KIND_COLORS[data["kind"]], color="#333333", fontname=_dot_text("DejaVu Sans"),
            fontsize=f"{sizes[node]:.0f}", fontcolor="white" if data["kind"] != "person" else "black", margin='"0.08,0.04"',
        ))
    for a, b, data in sorted_edges(graph):
        kind = data["kinds"][0]
        flat = {name: _dot_text(str(value)) for name, value in flat_edge(data).items()}
        flat["label"] = '""'
        dot.add_edge(pydot.Edge(
            ids[a], ids[b], **flat, color=TIE_COLORS[kind], style=TIE_STYLES.get(kind, "solid"),
            penwidth=f"{edge_width(data['weight']):.1f}",
            tooltip=_dot_text(f"{graph.nodes[a]['label']} – {graph.nodes[b]['label']}: {', '.join(data['kinds'])} ({data['weight']})"),
        ))
    return dot


def write_dot(graph: nx.Graph, stream: BinaryIO) -> None:
    stream.write(to_pydot(graph).to_string().encode("utf-8"))


# ------------------------------------------------------------------------------ registry


@dataclass(frozen=True)
class Exporter:
    name: str
    suffixes: tuple[str, ...]
    description: str
    write: Callable[[nx.Graph, BinaryIO], None]
    write_path: Callable[[nx.Graph, Path], None] | None = None
    binary: bool = False  # not text: refused on a terminal


EXPORTERS: dict[str, Exporter] = {
    "graphml": Exporter("graphml", (".graphml",), "GraphML with yEd's graphics, for yEd, Cytoscape desktop and Gephi", write_graphml),
    "gexf": Exporter("gexf", (".gexf",), "GEXF 1.2, dynamic (spells, dynamic weight), for Gephi and its timeline", write_gexf),
    "cyjs": Exporter("cyjs", (".cyjs",), "Cytoscape JSON as Cytoscape desktop writes it, with positions", write_cyjs),
    "node-link": Exporter("node-link", (".json",), 'node-link JSON ("nodes" and "links"), for D3', write_node_link),
    "csv": Exporter("csv", (".zip",), "nodes.csv and edges.csv (Gephi's columns), in a directory or a .zip", write_csv_zip, write_csv_path, binary=True),
    "dot": Exporter("dot", (".dot", ".gv"), "Graphviz DOT styled by kind (nodes n0, n1, … with an iri attribute)", write_dot),
}


def format_for_path(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    for exporter in EXPORTERS.values():
        if suffix in exporter.suffixes:
            return exporter.name
    if not suffix:
        return "csv"  # a directory of CSV tables
    raise ExportFormatError(f"cannot tell the export format of {path}; give one of {', '.join(EXPORTERS)}")


def export_network(graph: nx.Graph, target: str | Path | BinaryIO, fmt: str | None = None) -> None:
    """Write `graph` to a path or a binary stream in format `fmt` (by default, from the path's suffix)."""
    if fmt is None:
        if not isinstance(target, (str, Path)):
            raise ExportFormatError("give the export format when writing to a stream")
        fmt = format_for_path(target)
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise ExportFormatError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTERS)}")
    if not isinstance(target, (str, Path)):
        exporter.write(graph, target)
        return
    path = Path(target)
    try:
        if exporter.write_path is not None:
            exporter.write_path(graph, path)
        else:
            with path.open("wb") as stream:
                exporter.write(graph, stream)
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror}") from error
