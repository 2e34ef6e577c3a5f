"""CLI commands over the actor network: `network summary|central|communities|path|ego|export`, `draw`."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import click
import networkx as nx

from icgraph import network as nw
from icgraph.cli.common import error_boundary, say, store_option
from icgraph.draw import draw_html, draw_static, draw_timeline_html, draw_timeline_static, timeline
from icgraph.export import CSV_TABLES, EXPORTERS, csv_table, export_network, format_for_path
from icgraph.store import open_store

F = TypeVar("F", bound=Callable[..., Any])
DATE = click.DateTime(formats=["%Y-%m-%d"])


def projection_options(func: F) -> F:
    options = [
        store_option,
        click.option("--level", type=click.Choice(nw.LEVELS), default="organization", show_default=True,
                     help="Actors: organizations and countries (people lifted to them through their posts), people, or both."),
        click.option("--since", type=DATE, help="Only occasions on or after this day (YYYY-MM-DD); undated ones drop out."),
        click.option("--until", type=DATE, help="Only occasions on or before this day (YYYY-MM-DD); undated ones drop out."),
        click.option("--kind", "kinds", multiple=True, type=click.Choice(nw.TIE_KINDS), help="Only ties of this kind (repeatable)."),
        click.option("--around", metavar="ENTITY", help="Only the actors near this one (IRI, name or alias)."),
        click.option("--depth", type=click.IntRange(0), default=None, help="With --around: how many ties away (default 1)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@contextmanager
def opened_network(store_path: str, level: str, since: datetime | None, until: datetime | None,
                   kinds: Sequence[str], around: str | None, depth: int | None, details: bool = True) -> Iterator[nx.Graph]:
    """The network, with its store open while the caller reads the details of the ties it shows (`nw.add_details`)."""
    if depth is not None and around is None:
        raise click.UsageError("--depth needs --around ENTITY")
    with open_store(store_path, read_only=True, create=False) as store:
        graph = nw.project(
            store,
            level=level,
            since=since.date() if since else None,
            until=until.date() if until else None,
            kinds=kinds or None,
            around=around,
            depth=depth,
            details=details,
        )
        say(f"{level}-level network: {graph.number_of_nodes()} actors, {graph.number_of_edges()} ties")
        yield graph
    graph.unread = None  # the store is closed: nothing more to read, and the facts kept for it can go


def load_network(store_path: str, level: str, since: datetime | None, until: datetime | None,
                 kinds: Sequence[str], around: str | None, depth: int | None, details: bool = True) -> nx.Graph:
    with opened_network(store_path, level, since, until, kinds, around, depth, details) as graph:
        return graph


def output_format_option(func: F) -> F:
    return click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
                        help="Aligned table or JSON on stdout.")(func)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max([len(header)] + [len(row[index]) for row in cells]) for index, header in enumerate(headers)]
    for row in [list(headers), ["-" * width for width in widths], *cells]:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _dates(first: str, last: str) -> str:
    if not first:
        return "undated"
    return first if first == last else f"{first} to {last}"


@click.group("network")
def network_group() -> None:
    """Analyse the network of actors tied by meetings, agreements, co-organized events and posts."""


@network_group.command("summary")
@projection_options
@output_format_option
@error_boundary
def summary_command(fmt: str, **projection: Any) -> None:
    """Size, density and components of the network, actors by kind, ties by kind."""
    result = nw.summary(load_network(**projection, details=False))
    if fmt == "json":
        print_json(asdict(result))
        return
    rows: list[tuple[str, Any]] = [
        ("level", result.level), ("actors", result.nodes), ("ties", result.edges), ("density", f"{result.density:.4f}"),
        ("components", result.components), ("largest component", result.largest_component),
        ("period", _dates(result.first, result.last)),
    ]
    rows += [(f"actors: {kind}", count) for kind, count in result.nodes_by_kind.items()]
    rows += [(f"ties: {kind}", count) for kind, count in result.edges_by_tie.items()]
    print_table(("measure", "value"), rows)


@network_group.command("central")
@projection_options
@click.option("--top", default=10, show_default=True, type=click.IntRange(1), help="How many actors to list.")
@click.option("--by", type=click.Choice(nw.CENTRALITY_MEASURES), default="degree", show_default=True, help="Rank by this measure.")
@output_format_option
@error_boundary
def central_command(top: int, by: str, fmt: str, **projection: Any) -> None:
    """The most central actors: degree, betweenness (sampled on large networks) and eigenvector."""
    rows = nw.central(load_network(**projection, details=False), top=top, by=by)
    if fmt == "json":
        print_json([asdict(row) for row in rows])
        return
    print_table(
        ("actor", "kind", "ties", "degree", "betweenness", "eigenvector", "iri"),
        [(row.label, row.kind, row.degree, f"{row.degree_centrality:.3f}", f"{row.betweenness:.3f}", f"{row.eigenvector:.3f}", row.node) for row in rows],
    )


@network_group.command("communities")
@projection_options
@click.option("--seed", default=0, show_default=True, help="Seed of the Louvain method (same seed, same communities).")
@click.option("--resolution", default=1.0, show_default=True, help="Above 1: smaller communities; below 1: larger ones.")
@output_format_option
@error_boundary
def communities_command(seed: int, resolution: float, fmt: str, **projection: Any) -> None:
    """Communities of actors (Louvain), largest first, with their members."""
    found = nw.communities(load_network(**projection, details=False), seed=seed, resolution=resolution)
    if fmt == "json":
        print_json([{"community": c.index, "size": c.size, "modularity": c.modularity,
                     "members": [{"iri": iri, "label": label} for iri, label in c.members]} for c in found])
        return
    if found:
        say(f"modularity {found[0].modularity:.3f}")
    print_table(("community", "size", "members"), [(c.index, c.size, "; ".join(label for _, label in c.members)) for c in found])


@network_group.command("path")
@click.argument("start")
@click.argument("end")
@projection_options
@output_format_option
@error_boundary
def path_command(start: str, end: str, fmt: str, **projection: Any) -> None:
    """The shortest chain of ties from START to END (IRIs, names or aliases), with the events along it."""
    with opened_network(**projection, details=False) as graph:
        hops = nw.path(graph, start, end)  # the details of the hops' ties only
    if fmt == "json":
        print_json([asdict(hop) for hop in hops])
        return
    rows = []
    for number, hop in enumerate(hops, 1):
        for occasion in hop.occasions:
            for source in occasion["sources"] or [{}]:
                rows.append((number, hop.source_label, hop.target_label, occasion["tie"], occasion["date"] or "undated",
                             occasion["label"], source.get("url") or source.get("item", ""), source.get("quote", "")))
    print_table(("hop", "from", "to", "tie", "date", "occasion", "source", "sentence"), rows)


@network_group.command("ego")
@click.argument("entity")
@projection_options
@output_format_option
@error_boundary
def ego_command(entity: str, fmt: str, store_path: str, level: str, since: datetime | None, until: datetime | None,
                kinds: Sequence[str], around: str | None, depth: int | None) -> None:
    """ENTITY's neighbourhood: the actors it is tied to (within --depth ties), with kinds, counts and dates."""
    with opened_network(store_path, level, since, until, kinds, around, None, details=False) as graph:
        sub = nw.ego(graph, entity, radius=1 if depth is None else depth)
        center = sub.graph["center"]
        if fmt == "json":  # the ties are listed with their occasions
            nw.add_details(graph, [(center, other) for other in graph[center]])
    ties = {other: graph.edges[center, other] if graph.has_edge(center, other) else None for other in sub if other != center}
    order = sorted(ties, key=lambda other: (-(ties[other]["weight"] if ties[other] else 0), sub.nodes[other]["label"]))
    if fmt == "json":
        print_json({"center": {"iri": center, "label": sub.nodes[center]["label"]},
                    "neighbours": [{"iri": other, "label": sub.nodes[other]["label"], "kind": sub.nodes[other]["kind"],
                                    "tie": ties[other]} for other in order]})
        return
    say(f"{sub.nodes[center]['label']} <{center}>: {len(order)} actors within {1 if depth is None else depth} tie(s)")
    rows = []
    for other in order:
        tie = ties[other]
        described = (", ".join(tie["kinds"]), tie["weight"], _dates(tie["first"], tie["last"])) if tie else ("(further away)", "", "")
        rows.append((sub.nodes[other]["label"], sub.nodes[other]["kind"], *described, other))
    print_table(("actor", "kind", "tie", "occasions", "dates", "iri"), rows)


@network_group.command("export")
@projection_options
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORTERS)), help="Format (default: from the output's suffix).")
@click.option("--output", "-o", default="-", show_default=True, help="File (a directory or .zip for csv); - for stdout.")
@click.option("--table", type=click.Choice(CSV_TABLES), help="With csv to stdout: write this one table as CSV text (else a zip of both).")
@error_boundary
def export_command(fmt: str | None, output: str, table: str | None, **projection: Any) -> None:
    """Write the network for Gephi (gexf, csv), yEd/Cytoscape (graphml, cyjs), D3 (node-link) or Graphviz (dot)."""
    if output == "-" and fmt is None:
        raise click.UsageError("give --format when writing to stdout")
    fmt = fmt or format_for_path(output)
    if table and (fmt != "csv" or output != "-"):
        raise click.UsageError("--table goes with --format csv to stdout (-o DIR writes both tables)")
    if output == "-" and EXPORTERS[fmt].binary and not table and sys.stdout.isatty():
        raise click.UsageError(f"{fmt} to stdout is a zip archive, not text: give -o DIR (or FILE.zip), "
                               "--table nodes|edges for one CSV table, or redirect stdout to a file")
    graph = load_network(**projection)
    if output == "-":
        sys.stdout.flush()
        if table:
            sys.stdout.buffer.write(csv_table(graph, table))
        else:
            export_network(graph, sys.stdout.buffer, fmt)
        sys.stdout.buffer.flush()
    else:
        export_network(graph, output, fmt)
        say(f"{fmt} written to {output}")


@click.command("draw")
@projection_options
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path), help="Interactive page, one file, works offline.")
@click.option("--png", "png_path", type=click.Path(dir_okay=False, path_type=Path), help="Static image (Graphviz).")
@click.option("--svg", "svg_path", type=click.Path(dir_okay=False, path_type=Path), help="Static vector image (Graphviz).")
@click.option("--title", help="Title of the page or image.  [default: Actor network, or Timeline of ENTITY]")
@click.option("--timeline", "entity", metavar="ENTITY",
              help="Draw ENTITY's meetings, agreements and events along time instead (IRI, name or alias; read on the both level).")
@error_boundary
def draw_command(html_path: Path | None, png_path: Path | None, svg_path: Path | None, title: str | None,
                 entity: str | None, **projection: Any) -> None:
    """Draw the network (interactive HTML page, PNG or SVG), or with --timeline one actor's timeline."""
    if not (html_path or png_path or svg_path):
        raise click.UsageError("give --html FILE, --png FILE or --svg FILE")
    if entity is not None:
        projection["level"] = "both"
        with opened_network(**projection, details=False) as graph:
            line = timeline(graph, entity)  # the details of the actor's ties only
        say(f"{line.label} <{line.iri}>: {len(line.marks)} occasions, {len(line.dated)} dated")
        if html_path:
            say(f"timeline written to {draw_timeline_html(line, html_path, title=title)}")
        for path, fmt in ((png_path, "png"), (svg_path, "svg")):
            if path:
                say(f"image written to {draw_timeline_static(line, path, fmt=fmt, title=title)}")
        return
    graph = load_network(**projection)
    title = title or "Actor network"
    if html_path:
        say(f"diagram written to {draw_html(graph, html_path, title=title)}")
    for path, fmt in ((png_path, "png"), (svg_path, "svg")):
        if path:
            say(f"image written to {draw_static(graph, path, fmt=fmt, title=title)}")
