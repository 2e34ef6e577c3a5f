"""Writers of the actor network (see `icgraph.network`) for the tools people already use.

Every exporter writes bytes to a binary stream; `export_network` also takes a path. Node ids are the
entity IRIs, except in DOT, where Graphviz would read the `:` of an IRI as a port: there nodes are
`n0, n1, …` in IRI order and the IRI is the node's `iri` attribute.

Flat formats (GraphML, GEXF, CSV, DOT) carry what they can hold: text, numbers, no missing values
(an attribute without a value is left out), lists joined with "|", dates as ISO strings. The JSON
formats (Cytoscape.js, node-link) keep lists and each tie's occasions with their sources and quotes.

CSV: two tables, `nodes.csv` and `edges.csv`, written into a directory — or, when the path ends in
`.zip` or the target is a stream, into a zip archive holding both.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx
import pydot

from icgraph.errors import IcgraphError, UsageError

LIST_SEPARATOR = "|"
NODE_COLUMNS = ("id", "label", "kind", "aliases", "posts", "first", "last")
EDGE_COLUMNS = ("source", "target", "kinds", "weight", "first", "last", "events", "sources")


class ExportError(IcgraphError):
    pass


class ExportFormatError(ExportError, UsageError):
    """No export format, an unknown one, or a file suffix that names none (exit 2)."""

    exit_code = 2


def _flat_value(value: Any) -> str | int | float | bool | None:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, (list, tuple, set)):
        return LIST_SEPARATOR.join(str(part) for part in value)
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def flat_node(data: dict[str, Any]) -> dict[str, Any]:
    flat = {name: _flat_value(data.get(name)) for name in NODE_COLUMNS if name != "id"}
    return {name: value for name, value in flat.items() if value is not None}


def flat_edge(data: dict[str, Any]) -> dict[str, Any]:
    flat = {name: _flat_value(data.get(name)) for name in EDGE_COLUMNS if name not in ("source", "target")}
    flat = {name: value for name, value in flat.items() if value is not None}
    flat["label"] = ", ".join(data.get("kinds", []))
    return flat


def flatten(graph: nx.Graph) -> nx.Graph:
    """A copy of the network with only flat attributes (no graph-level data, which GEXF mangles)."""
    flat = nx.Graph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **flat_node(data))
    for a, b, data in graph.edges(data=True):
        flat.add_edge(a, b, **flat_edge(data))
    return flat


def write_graphml(graph: nx.Graph, stream: BinaryIO) -> None:
    nx.write_graphml(flatten(graph), stream, named_key_ids=True)


def write_gexf(graph: nx.Graph, stream: BinaryIO) -> None:
    """GEXF 1.2 with each node and tie starting at its first date, so Gephi's timeline plays the growth."""
    flat = flatten(graph)
    for _, data in flat.nodes(data=True):
        if "first" in data:
            data["start"] = data["first"]
    for _, _, data in flat.edges(data=True):
        if "first" in data:
            data["start"] = data["first"]
    nx.write_gexf(flat, stream)


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def cytoscape_json(graph: nx.Graph) -> dict[str, Any]:
    data = nx.cytoscape_data(graph, name="label")
    data["data"] = [[key, str(value)] for key, value in graph.graph.items()]
    return data


def write_cyjs(graph: nx.Graph, stream: BinaryIO) -> None:
    stream.write(_json_bytes(cytoscape_json(graph)))


def write_node_link(graph: nx.Graph, stream: BinaryIO) -> None:
    stream.write(_json_bytes(nx.node_link_data(graph, edges="links")))


def _csv_bytes(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.DictWriter(text, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    return text.getvalue().encode("utf-8")


def csv_tables(graph: nx.Graph) -> dict[str, bytes]:
    nodes = [{"id": node, **flat_node(data)} for node, data in sorted(graph.nodes(data=True))]
    edges = []
    for a, b, data in sorted(graph.edges(data=True), key=lambda edge: (edge[0], edge[1])):
        row = {"source": a, "target": b, **flat_edge(data)}
        row.pop("label")
        edges.append(row)
    return {"nodes.csv": _csv_bytes(NODE_COLUMNS, nodes), "edges.csv": _csv_bytes(EDGE_COLUMNS, edges)}


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


def dot_ids(graph: nx.Graph) -> dict[str, str]:
    """Graphviz-safe node ids (`n0`, `n1`, … in IRI order)."""
    return {node: f"n{index}" for index, node in enumerate(sorted(graph))}


def to_pydot(graph: nx.Graph) -> pydot.Dot:
    ids = dot_ids(graph)
    dot = pydot.Dot(graph_type="graph", strict=True)
    for node in sorted(graph):
        dot.add_node(pydot.Node(ids[node], iri=node, **flat_node(graph.nodes[node])))
    for a, b, data in sorted(graph.edges(data=True), key=lambda edge: (ids[edge[0]], ids[edge[1]])):
        dot.add_edge(pydot.Edge(ids[a], ids[b], **flat_edge(data)))
    return dot


def write_dot(graph: nx.Graph, stream: BinaryIO) -> None:
    stream.write(to_pydot(graph).to_string().encode("utf-8"))


@dataclass(frozen=True)
class Exporter:
    name: str
    suffixes: tuple[str, ...]
    description: str
    write: Callable[[nx.Graph, BinaryIO], None]
    write_path: Callable[[nx.Graph, Path], None] | None = None


EXPORTERS: dict[str, Exporter] = {
    "graphml": Exporter("graphml", (".graphml",), "GraphML, for yEd, Cytoscape desktop and Gephi", write_graphml),
    "gexf": Exporter("gexf", (".gexf",), "GEXF 1.2 with start dates, for Gephi and its timeline", write_gexf),
    "cyjs": Exporter("cyjs", (".cyjs",), "Cytoscape.js JSON (elements with every attribute)", write_cyjs),
    "node-link": Exporter("node-link", (".json",), 'node-link JSON ("nodes" and "links"), for D3', write_node_link),
    "csv": Exporter("csv", (".zip",), "nodes.csv and edges.csv, in a directory or a .zip", write_csv_zip, write_csv_path),
    "dot": Exporter("dot", (".dot", ".gv"), "Graphviz DOT (nodes n0, n1, … with an iri attribute)", write_dot),
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
