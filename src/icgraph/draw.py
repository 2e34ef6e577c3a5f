"""Diagrams of the actor network: one self-contained interactive HTML file, and static PNG/SVG.

The HTML page inlines cytoscape.js (vendored from npm into `assets/`, with its licence) and the
network as JSON, so it works with the network cut. The static images are laid out by Graphviz
(`neato`, or `sfdp` for large networks; Debian package `graphviz`).
"""

from __future__ import annotations

import json
import math
import shutil
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import pydot

from icgraph.errors import IcgraphError
from icgraph.export import dot_ids, to_pydot
from icgraph.network import ACTOR_KINDS, TIE_KINDS

KIND_COLORS = {"person": "#f28e2b", "organization": "#4e79a7", "country": "#59a14f"}
TIE_COLORS = {
    "met": "#1f77b4",
    "signed-with": "#d62728",
    "co-organized": "#2ca02c",
    "took-part-together": "#8c8c8c",
    "member-of": "#9467bd",
}
SHORT_LABEL_AFTER = 30
COSE_LIMIT = 1500  # beyond this, the force layout is too slow in a browser; use concentric rings
SFDP_AFTER = 300


class DrawError(IcgraphError):
    pass


def display_label(label: str, aliases: list[str]) -> str:
    """A long name is shown by its acronym when it has one ("ICESCO" rather than the full name)."""
    if len(label) <= SHORT_LABEL_AFTER:
        return label
    acronyms = [alias for alias in aliases if " " not in alias and alias.isupper() and len(alias) <= 12]
    return min(acronyms, key=len) if acronyms else label


def _sizes(graph: nx.Graph, smallest: float, largest: float) -> dict[str, float]:
    degrees = dict(graph.degree())
    top = max(degrees.values(), default=0) or 1
    return {node: smallest + (largest - smallest) * math.sqrt(degree / top) for node, degree in degrees.items()}


def _asset(name: str) -> str:
    return resources.files("icgraph").joinpath("assets", name).read_text(encoding="utf-8")


def _script_safe(text: str) -> str:
    return text.replace("</", "<\\/")


def page_data(graph: nx.Graph) -> dict[str, Any]:
    sizes = _sizes(graph, 18, 64)
    positions = nx.circular_layout(sorted(graph), scale=400) if graph.number_of_nodes() else {}
    nodes = [
        {
            "data": {
                "id": node,
                "label": data["label"],
                "display": display_label(data["label"], data["aliases"]),
                "kind": data["kind"],
                "aliases": data["aliases"],
                "posts": data["posts"],
                "first": data["first"],
                "last": data["last"],
                "size": round(sizes[node], 1),
            },
            "position": {"x": float(positions[node][0]), "y": float(positions[node][1])},
        }
        for node, data in sorted(graph.nodes(data=True))
    ]
    edges = [
        {
            "data": {
                "id": f"e{index}",
                "source": a,
                "target": b,
                "kinds": data["kinds"],
                "weight": data["weight"],
                "width": round(min(1.5 + 1.5 * math.log2(data["weight"]), 8), 1),
                "first": data["first"],
                "last": data["last"],
                "occasions": data["occasions"],
            },
            "classes": data["kinds"][0],
        }
        for index, (a, b, data) in enumerate(sorted(graph.edges(data=True), key=lambda edge: (edge[0], edge[1])))
    ]
    firsts = [data["first"] for _, _, data in graph.edges(data=True) if data["first"]]
    lasts = [data["last"] for _, _, data in graph.edges(data=True) if data["last"]]
    if graph.number_of_nodes() <= COSE_LIMIT:
        layout = {"name": "cose", "animate": False, "randomize": False, "fit": True, "padding": 30, "nodeRepulsion": 60000, "idealEdgeLength": 90}
    else:
        layout = {"name": "concentric", "animate": False, "minNodeSpacing": 4}
    return {
        "elements": {"nodes": nodes, "edges": edges},
        "style": {"kinds": {kind: KIND_COLORS[kind] for kind in ACTOR_KINDS}, "ties": {tie: TIE_COLORS[tie] for tie in TIE_KINDS}},
        "range": {"first": min(firsts, default=""), "last": max(lasts, default="")},
        "layout": layout,
    }


def render_html(graph: nx.Graph, *, title: str = "Actor network") -> str:
    data = json.dumps(page_data(graph), ensure_ascii=False)
    # No label may end the <script> element or open a comment in it.
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    escaped_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    page = _asset("network.html")
    page = page.replace("__TITLE__", escaped_title).replace("__DATA__", data)
    return page.replace("__CYTOSCAPE__", _script_safe(_asset("cytoscape.min.js")))


def draw_html(graph: nx.Graph, path: str | Path, *, title: str = "Actor network") -> Path:
    """Write the network as one self-contained interactive HTML page."""
    path = Path(path)
    try:
        path.write_text(render_html(graph, title=title), encoding="utf-8")
    except OSError as error:
        raise DrawError(f"cannot write {path}: {error.strerror}") from error
    return path


def static_dot(graph: nx.Graph) -> pydot.Dot:
    """The network styled for a report: colour by kind, size by degree, short labels, a legend."""
    dot = to_pydot(graph)
    ids = dot_ids(graph)
    sizes = _sizes(graph, 0.25, 0.9)
    for name, value in {"overlap": "prism", "splines": "true", "sep": "+10", "outputorder": "edgesfirst", "pad": "0.3", "fontname": "DejaVu Sans"}.items():
        dot.set(name, value)
    # Attributes go on each node and edge: pydot emits `node [...]` defaults after the nodes.
    for node, data in graph.nodes(data=True):
        dot_node = dot.get_node(ids[node])[0]
        for name, value in {
            "shape": "circle", "style": "filled", "fixedsize": "true", "fontname": "DejaVu Sans", "fontsize": "10",
            "penwidth": "0.8", "fillcolor": KIND_COLORS[data["kind"]], "width": f"{sizes[node]:.2f}",
            "xlabel": display_label(data["label"], data["aliases"]), "label": "",
        }.items():
            dot_node.set(name, value)
    for edge in dot.get_edges():
        kind = str(edge.get("kinds")).strip('"').split("|")[0]
        edge.set("color", TIE_COLORS[kind])
        edge.set("style", "dashed" if kind == "member-of" else "solid")
        edge.set("penwidth", "1.2")
        edge.set("label", "")
    dot.set("label", _legend())
    dot.set("labelloc", "b")
    return dot


def _legend() -> str:
    kinds = "".join(f'<td bgcolor="{KIND_COLORS[kind]}">  </td><td align="left">{kind}  </td>' for kind in ACTOR_KINDS)
    ties = "".join(f'<td><font color="{TIE_COLORS[tie]}">━━</font></td><td align="left">{tie}  </td>' for tie in TIE_KINDS)
    return f'<<table border="0" cellspacing="2"><tr>{kinds}</tr><tr>{ties}</tr></table>>'


def draw_static(graph: nx.Graph, path: str | Path, *, fmt: str | None = None) -> Path:
    """Write the network as a PNG or SVG image (format from the suffix unless given)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in ("png", "svg"):
        raise DrawError(f"cannot draw {path}: the image format must be png or svg")
    program = "sfdp" if graph.number_of_nodes() > SFDP_AFTER else "neato"
    if shutil.which(program) is None:
        raise DrawError(f"Graphviz's {program} is not installed (Debian package graphviz); it is needed to draw {path}")
    try:
        image = static_dot(graph).create(prog=program, format=fmt)
    except (OSError, AssertionError) as error:
        raise DrawError(f"Graphviz could not draw {path}: {error}") from error
    try:
        path.write_bytes(image)
    except OSError as error:
        raise DrawError(f"cannot write {path}: {error.strerror}") from error
    return path
