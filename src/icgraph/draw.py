"""Diagrams of the actor network: one self-contained interactive HTML file, static PNG/SVG, and the
timeline of one actor.

The HTML page inlines cytoscape.js (vendored from npm into `assets/`, with its licence) and the
network as JSON, so it works with the network cut. Positions come from the seeded layout of
`icgraph.export.layout`, so the same graph always looks the same. The static images and the
timeline image are drawn by Graphviz (Debian package `graphviz`).
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date as day
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import pydot

from icgraph.errors import IcgraphError
from icgraph.export import edge_width, layout, node_sizes, sorted_edges, to_pydot
from icgraph.network import ACTOR_KINDS, TIE_KINDS, add_details, find_actor
from icgraph.palette import KIND_COLORS, TIE_COLORS, TIE_STYLES, display_label

ALWAYS_LABELLED = 25  # the most connected actors keep their label at any zoom; the others show on zoom or hover


class DrawError(IcgraphError):
    pass


def _asset(name: str) -> str:
    return resources.files("icgraph").joinpath("assets", name).read_text(encoding="utf-8")


def _script_safe(text: str) -> str:
    return text.replace("</", "<\\/")


def _html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _json_in_html(data: Any) -> str:
    # No label may end the <script> element or open a comment in it.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def kinds_present(graph: nx.Graph) -> tuple[list[str], list[str]]:
    """The actor kinds and tie kinds that occur in the network, in their canonical order."""
    actors = {data["kind"] for _, data in graph.nodes(data=True)}
    ties = {kind for _, _, data in graph.edges(data=True) for kind in data["kinds"]}
    return [kind for kind in ACTOR_KINDS if kind in actors], [kind for kind in TIE_KINDS if kind in ties]


def period(graph: nx.Graph) -> tuple[str, str]:
    firsts = [data["first"] for _, _, data in graph.edges(data=True) if data["first"]]
    lasts = [data["last"] for _, _, data in graph.edges(data=True) if data["last"]]
    return min(firsts, default=""), max(lasts, default="")


def _period_text(first: str, last: str) -> str:
    if not first:
        return "undated"
    return first if first == last else f"{first} to {last}"


# ------------------------------------------------------------------------------ HTML


def page_data(graph: nx.Graph) -> dict[str, Any]:
    positions, sizes = layout(graph), node_sizes(graph, 16, 56)
    degrees = dict(graph.degree(weight="weight"))
    ranking = {node: rank for rank, node in enumerate(sorted(graph, key=lambda node: (-degrees[node], node)))}
    nodes = [
        {
            "data": {
                "id": node, "label": data["label"], "display": display_label(data["label"], data["aliases"]),
                "kind": data["kind"], "aliases": data["aliases"], "posts": data["posts"], "first": data["first"],
                "last": data["last"], "size": round(sizes[node], 1), "rank": ranking[node],
                "font": 14 if ranking[node] < ALWAYS_LABELLED else 12,
            },
            "position": {"x": positions[node][0], "y": positions[node][1]},
            "classes": data["kind"] + (" key" if ranking[node] < ALWAYS_LABELLED else ""),
        }
        for node, data in sorted(graph.nodes(data=True))
    ]
    edges = [
        {
            "data": {
                "id": f"e{index}", "source": a, "target": b, "kinds": data["kinds"], "kind": data["kinds"][0],
                "weight": data["weight"], "width": edge_width(data["weight"]), "first": data["first"], "last": data["last"],
                "occasions": data["occasions"],
            },
            "classes": data["kinds"][0],
        }
        for index, (a, b, data) in enumerate(sorted_edges(graph))
    ]
    actor_kinds, tie_kinds = kinds_present(graph)
    days = sorted({occasion["date"] for _, _, data in graph.edges(data=True) for occasion in data["occasions"] if occasion["date"]})
    return {
        "elements": {"nodes": nodes, "edges": edges},
        "kinds": {kind: KIND_COLORS[kind] for kind in actor_kinds},
        "ties": {kind: TIE_COLORS[kind] for kind in tie_kinds},
        "dashed": [kind for kind in tie_kinds if TIE_STYLES.get(kind) == "dashed"],
        "days": days,
    }


def render_html(graph: nx.Graph, *, title: str = "Actor network") -> str:
    page = _asset("network.html")
    page = page.replace("__TITLE__", _html_text(title)).replace("__DATA__", _json_in_html(page_data(graph)))
    return page.replace("__CYTOSCAPE__", _script_safe(_asset("cytoscape.min.js")))


def _write_text(path: Path, text: str) -> Path:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise DrawError(f"cannot write {path}: {error.strerror}") from error
    return path


def draw_html(graph: nx.Graph, path: str | Path, *, title: str = "Actor network") -> Path:
    """Write the network as one self-contained interactive HTML page."""
    return _write_text(Path(path), render_html(graph, title=title))


# ------------------------------------------------------------------------------ static images


def _legend(actor_kinds: list[str], tie_kinds: list[str]) -> str:
    kinds = "".join(f'<td bgcolor="{KIND_COLORS[kind]}" width="14"> </td><td align="left">{kind}   </td>' for kind in actor_kinds)
    ties = "".join(
        f'<td><font color="{TIE_COLORS[tie]}">{"╍╍" if TIE_STYLES.get(tie) == "dashed" else "━━"}</font></td><td align="left">{tie}   </td>'
        for tie in tie_kinds
    )
    return f"<tr><td><table border=\"0\" cellspacing=\"3\"><tr>{kinds}</tr><tr>{ties}</tr></table></td></tr>"


def static_dot(graph: nx.Graph, *, title: str = "Actor network") -> pydot.Dot:
    """The network styled for a report: labels inside their actors, a title with the period, a legend
    of the kinds present; SVG tooltips name the actors and ties."""
    dot = to_pydot(graph)
    actor_kinds, tie_kinds = kinds_present(graph)
    first, last = period(graph)
    heading = f'<tr><td><font point-size="18"><b>{_html_text(title)}</b></font></td></tr>'
    subtitle = (f"<tr><td>{graph.number_of_nodes()} actors, {graph.number_of_edges()} ties · "
                f"{_html_text(_period_text(first, last))}</td></tr>")
    dot.set("label", f'<<table border="0" cellspacing="2">{heading}{subtitle}{_legend(actor_kinds, tie_kinds)}</table>>')
    dot.set("labelloc", "t")
    dot.set("tooltip", f'"{_html_text(title)}"')
    return dot


def _graphviz(dot: pydot.Dot, path: Path, fmt: str, program: str, *options: str) -> Path:
    if shutil.which(program) is None:
        raise DrawError(f"Graphviz's {program} is not installed (Debian package graphviz); it is needed to draw {path}")
    try:
        image = dot.create(prog=[program, *options] if options else program, format=fmt)
    except (OSError, AssertionError) as error:
        raise DrawError(f"Graphviz could not draw {path}: {error}") from error
    try:
        path.write_bytes(image)
    except OSError as error:
        raise DrawError(f"cannot write {path}: {error.strerror}") from error
    return path


def _image_format(path: Path, fmt: str | None) -> str:
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in ("png", "svg"):
        raise DrawError(f"cannot draw {path}: the image format must be png or svg")
    return fmt


def draw_static(graph: nx.Graph, path: str | Path, *, fmt: str | None = None, title: str = "Actor network") -> Path:
    """Write the network as a PNG or SVG image (format from the suffix unless given)."""
    path = Path(path)
    fmt = _image_format(path, fmt)
    dot = static_dot(graph, title=title)
    return _graphviz(dot, path, fmt, str(dot.get("layout")))


# ------------------------------------------------------------------------------ timeline of one actor


@dataclass(frozen=True)
class Mark:
    """One occasion on an actor's timeline, with the sentences and items that report it."""

    id: str
    date: str
    tie: str
    label: str
    type: str
    counterparts: list[str]
    sources: list[dict[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Timeline:
    iri: str
    label: str
    kind: str
    marks: list[Mark]

    @property
    def dated(self) -> list[Mark]:
        return [mark for mark in self.marks if mark.date]


def timeline(graph: nx.Graph, entity: str) -> Timeline:
    """The meetings, agreements, events and posts of ENTITY (IRI, name or alias) along time: one
    mark per occasion, naming the actors it shares it with. Best read on the `both` level."""
    node = find_actor(graph, entity)
    add_details(graph, [(node, other) for other in graph[node]])
    counterparts: dict[str, set[str]] = {}
    records: dict[str, dict[str, Any]] = {}
    for other in graph[node]:
        for occasion in graph.edges[node, other]["occasions"]:
            records.setdefault(occasion["id"], occasion)
            counterparts.setdefault(occasion["id"], set()).add(graph.nodes[other]["label"])
    marks = [
        Mark(iri, record["date"], record["tie"], record["label"], record["type"], sorted(counterparts[iri]), list(record["sources"]))
        for iri, record in records.items()
    ]
    marks.sort(key=lambda mark: (mark.date or "9999", TIE_KINDS.index(mark.tie), mark.label))
    data = graph.nodes[node]
    return Timeline(node, data["label"], data["kind"], marks)


def render_timeline_html(line: Timeline, *, title: str | None = None) -> str:
    data = {"entity": {"iri": line.iri, "label": line.label, "kind": line.kind}, "marks": [asdict(mark) for mark in line.marks],
            "ties": {kind: TIE_COLORS[kind] for kind in TIE_KINDS if any(mark.tie == kind for mark in line.marks)}}
    page = _asset("timeline.html")
    return page.replace("__TITLE__", _html_text(title or f"Timeline of {line.label}")).replace("__DATA__", _json_in_html(data))


def draw_timeline_html(line: Timeline, path: str | Path, *, title: str | None = None) -> Path:
    """Write the timeline as one self-contained HTML page (no script library, no request)."""
    return _write_text(Path(path), render_timeline_html(line, title=title))


TIMELINE_WIDTH = 900.0  # points
ROW_HEIGHT = 70.0


def timeline_dot(line: Timeline, *, title: str | None = None) -> pydot.Dot:
    """The timeline for Graphviz (`neato -n`): one row per tie kind, a mark per occasion placed by its
    date, labelled with the counterparts; each mark links to its first source."""
    dated = line.dated
    dot = pydot.Dot(graph_type="graph", strict=False)
    for name, value in {"fontname": '"DejaVu Sans"', "pad": "0.4", "splines": "false", "outputorder": "edgesfirst"}.items():
        dot.set(name, value)
    dot.set_node_defaults(fontname='"DejaVu Sans"')
    rows = [kind for kind in TIE_KINDS if any(mark.tie == kind for mark in dated)]
    first, last = (dated[0].date, dated[-1].date) if dated else ("", "")
    heading = _html_text(title or f"Timeline of {line.label}")
    dot.set("label", f'<<font point-size="18"><b>{heading}</b></font><br/>{len(dated)} dated occasions · '
                     f'{_html_text(_period_text(first, last))}{f" · {len(line.marks) - len(dated)} undated" if len(dated) < len(line.marks) else ""}>')
    dot.set("labelloc", "t")
    if not dated:
        dot.add_node(pydot.Node("empty", label='"no dated occasion"', shape="plaintext", pos='"0,0!"'))
        return dot
    start, end = day.fromisoformat(first).toordinal(), day.fromisoformat(last).toordinal()
    span = max(end - start, 1)

    def x_of(iso: str) -> float:
        return 160.0 + TIMELINE_WIDTH * (day.fromisoformat(iso).toordinal() - start) / span

    bottom = -ROW_HEIGHT * len(rows)
    for index, kind in enumerate(rows):
        y = -ROW_HEIGHT * index
        dot.add_node(pydot.Node(f"row{index}", label=f'"{kind}"', shape="plaintext", fontcolor=TIE_COLORS[kind], pos=f'"60,{y}!"'))
        dot.add_node(pydot.Node(f"rowend{index}", label='""', shape="point", width="0.01", pos=f'"{160 + TIMELINE_WIDTH},{y}!"'))
        dot.add_edge(pydot.Edge(f"row{index}", f"rowend{index}", color="#dddddd"))
    dot.add_node(pydot.Node("axis0", label=f'"{first}"', shape="plaintext", fontsize="10", pos=f'"160,{bottom}!"'))
    dot.add_node(pydot.Node("axis1", label=f'"{last}"', shape="plaintext", fontsize="10", pos=f'"{160 + TIMELINE_WIDTH},{bottom}!"'))
    years = range(int(first[:4]) + 1, int(last[:4]) + 1)
    for year in years if len(years) <= 12 else ():
        x = x_of(f"{year}-01-01")
        if 200 < x < 120 + TIMELINE_WIDTH:  # clear of the first and last dates
            dot.add_node(pydot.Node(f"year{year}", label=f'"{year}"', shape="plaintext", fontsize="10", fontcolor="#555555", pos=f'"{x:.1f},{bottom}!"'))
    crowd: Counter[tuple[str, str]] = Counter()
    for number, mark in enumerate(dated):
        row = rows.index(mark.tie)
        crowd[(mark.tie, mark.date)] += 1
        y = -ROW_HEIGHT * row + 14 * (crowd[(mark.tie, mark.date)] - 1)
        source = mark.sources[0] if mark.sources else {}
        who = ", ".join(mark.counterparts[:3]) + (" …" if len(mark.counterparts) > 3 else "")
        tooltip = f"{mark.date} {mark.tie}: {mark.label} — {source.get('quote', '')}"
        attributes = {
            "shape": "circle", "style": "filled", "fillcolor": TIE_COLORS[mark.tie], "width": "0.16", "label": '""',
            "xlabel": '"' + _dot_escape(who) + '"', "fontsize": "9", "pos": f'"{x_of(mark.date):.1f},{y:.1f}!"',
            "tooltip": '"' + _dot_escape(tooltip) + '"',
        }
        if source.get("url"):
            attributes["URL"] = '"' + _dot_escape(source["url"]) + '"'
        dot.add_node(pydot.Node(f"m{number}", **attributes))
    return dot


def _dot_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def draw_timeline_static(line: Timeline, path: str | Path, *, fmt: str | None = None, title: str | None = None) -> Path:
    """Write the timeline as a PNG or SVG image (Graphviz); in SVG each mark links to its source."""
    path = Path(path)
    return _graphviz(timeline_dot(line, title=title), path, _image_format(path, fmt), "neato", "-n2")
