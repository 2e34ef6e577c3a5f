"""Diagrams: the self-contained HTML page driven in a real headless Chromium (network blocked), the
Cytoscape export loaded by cytoscape.js, static images rendered by Graphviz, and actor timelines.

The browser tests save screenshots under out/ for a reviewer: out/diagram-*.png, out/timeline-*.png.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pytest

from icgraph.draw import (
    DrawError,
    draw_html,
    draw_static,
    draw_timeline_html,
    draw_timeline_static,
    kinds_present,
    page_data,
    render_html,
    timeline,
)
from icgraph.export import cytoscape_json
from icgraph.network import project
from icgraph.palette import KIND_COLORS, TIE_COLORS, display_label
from network_fixture import B, OxigraphSource

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "out"
SHARED = ROOT.parent / "shared"
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
WCS, REL, MAR, DP = f"{B}organization/wcs", f"{B}organization/rel", f"{B}country/mar", f"{B}organization/dp"
ANA = f"{B}person/ana-lima"
HOSTILE_LABEL = "</script><script>window.pwned = 1</script><!-- & more"


@pytest.fixture(scope="module")
def source() -> OxigraphSource:
    return OxigraphSource.from_trig()


@pytest.fixture(scope="module")
def organizations(source: OxigraphSource) -> nx.Graph:
    graph = project(source, level="organization")
    graph.nodes[MAR]["label"] = HOSTILE_LABEL
    return graph


@pytest.fixture(scope="module")
def both(source: OxigraphSource) -> nx.Graph:
    return project(source, level="both")


def synthetic(actors: int, seed: int = 1) -> nx.Graph:
    """A network the size analysts draw (`actors` actors), with the attributes the projection gives."""
    shape = nx.powerlaw_cluster_graph(actors, 2, 0.3, seed=seed)
    graph = nx.Graph(level="organization")
    kinds = ("organization", "country")
    for node in shape:
        graph.add_node(f"{B}organization/o{node}", label=f"Organization Number {node} of the Region", kind=kinds[node % 2],
                       aliases=[f"ON{node}"], posts=[f"Person {node}, Director-General"], first="2024-01-01", last="2024-12-31")
    for index, (a, b) in enumerate(shape.edges()):
        day = f"2024-{index % 12 + 1:02d}-{index % 27 + 1:02d}"
        occasion = {"id": f"{B}event/e{index}", "label": f"Meeting {index}", "type": "meeting", "tie": "met", "date": day, "via": [],
                    "sources": [{"item": f"{B}item/i{index}", "title": f"News {index}", "url": f"https://example.org/news/{index}",
                                 "issued": day, "publisher": "Example", "quote": f"Organization {a} met organization {b} on {day}."}]}
        graph.add_edge(f"{B}organization/o{a}", f"{B}organization/o{b}", kinds=["met"], weight=1, first=day, last=day,
                       events=[occasion["id"]], sources=[occasion["sources"][0]["item"]], occasions=[occasion])
    return graph


def test_the_page_is_self_contained(organizations: nx.Graph) -> None:
    page = render_html(organizations, title="Partners <of> WCS")
    assert not re.search(r"<script[^>]*\bsrc=|<link\b|@import|<iframe|<img", page, re.IGNORECASE)
    assert "Partners &lt;of&gt; WCS" in page
    assert HOSTILE_LABEL not in page and "window.pwned" in page  # present, but escaped
    assert page.count("</script>") == 3  # the data block, cytoscape.js, the page's own script


def test_a_150_actor_page_stays_small_and_labels_only_the_main_actors() -> None:
    graph = synthetic(150)
    page = render_html(graph)
    library = (ROOT / "src" / "icgraph" / "assets" / "cytoscape.min.js").stat().st_size
    assert len(page.encode("utf-8")) - library < 1_000_000
    data = page_data(graph)
    always = [node for node in data["elements"]["nodes"] if "key" in node["classes"]]
    assert len(always) == 25  # the others are labelled when zoomed in, hovered, selected or found
    degrees = dict(graph.degree())
    assert min(degrees[node["data"]["id"]] for node in always) >= sorted(degrees.values())[-25]


def test_the_legend_lists_only_kinds_present_and_colours_never_share_a_meaning(organizations: nx.Graph, both: nx.Graph) -> None:
    assert not set(KIND_COLORS.values()) & set(TIE_COLORS.values())
    actor_kinds, tie_kinds = kinds_present(organizations)
    assert "person" not in actor_kinds
    data = page_data(organizations)
    assert list(data["kinds"]) == actor_kinds and list(data["ties"]) == tie_kinds
    assert set(kinds_present(both)[0]) == {"person", "organization", "country"}


def test_long_names_are_shown_by_their_acronym_or_cut() -> None:
    assert display_label("Islamic Organization of Very Long Names and Titles", ["IOVLNT", "Islamic Org"]) == "IOVLNT"
    assert display_label("Short Name", ["SN"]) == "Short Name"
    assert display_label("A Long Organization Name Without Any Acronym", ["Long Org"]) == "A Long Organization Name…"


def svg_tree(path: Path) -> ElementTree.Element:
    return ElementTree.parse(path).getroot()


def test_static_images_have_labels_in_their_nodes_a_title_legend_period_and_named_tooltips(both: nx.Graph, tmp_path: Path) -> None:
    png = draw_static(both, tmp_path / "network.png", title="Fixture partners")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = svg_tree(draw_static(both, tmp_path / "network.svg", title="Fixture partners"))
    texts = {element.text.strip() for element in svg.iter(f"{SVG}text") if element.text}
    assert {"Fixture partners", "15 actors, 27 ties · 2025-03-10 to 2025-05-02", "person", "organization", "country",
            "met", "member-of"} <= texts
    for group in svg.iter(f"{SVG}g"):
        if group.get("class") != "node":
            continue
        shape = next(element for element in group.iter() if element.tag in (f"{SVG}polygon", f"{SVG}ellipse", f"{SVG}path"))
        label = next(group.iter(f"{SVG}text"))
        x, y = float(label.get("x")), float(label.get("y"))
        if shape.tag == f"{SVG}ellipse":
            cx, cy, rx, ry = (float(shape.get(name)) for name in ("cx", "cy", "rx", "ry"))
            assert abs(x - cx) <= rx and abs(y - cy) <= ry, label.text  # the label is inside its node
        else:
            points = [tuple(map(float, point.split(","))) for point in re.findall(r"-?[\d.]+,-?[\d.]+", shape.get("points") or shape.get("d"))]
            assert min(p[0] for p in points) <= x <= max(p[0] for p in points) and min(p[1] for p in points) <= y <= max(p[1] for p in points)
    tooltips = {element.get(f"{XLINK}title") for element in svg.iter(f"{SVG}a")}
    assert "World Culture Secretariat" in tooltips
    assert any(tip and tip.startswith("Ana Lima – World Culture Secretariat") for tip in tooltips)
    assert not any(tip and re.search(r"\bn\d+--n\d+\b", tip) for tip in tooltips)
    with pytest.raises(DrawError, match="png or svg"):
        draw_static(both, tmp_path / "network.gif")


def test_a_timeline_lists_an_actors_occasions_in_order_with_their_sources(both: nx.Graph, tmp_path: Path) -> None:
    line = timeline(both, "ana lima")
    assert line.iri == ANA
    assert [(mark.date, mark.tie) for mark in line.marks] == [
        ("2025-03-10", "met"), ("2025-03-10", "member-of"), ("2025-03-20", "met"), ("2025-04-11", "signed-with"),
        ("2025-04-17", "took-part-together"), ("2025-05-02", "met"),
    ]
    assert line.marks[2].counterparts == ["Mei Tanaka"]
    assert line.marks[2].sources[0]["quote"] == "Ana Lima received Mei Tanaka, Ambassador of Japan, on 20 March 2025."
    svg = svg_tree(draw_timeline_static(line, tmp_path / "ana.svg"))
    links = {element.get(f"{XLINK}href") for element in svg.iter(f"{SVG}a")}
    assert {source["url"] for mark in line.marks for source in mark.sources[:1]} <= links
    texts = {element.text for element in svg.iter(f"{SVG}text")}
    assert {"Timeline of Ana Lima", "met", "signed-with", "Mei Tanaka"} <= texts
    assert draw_timeline_static(line, tmp_path / "ana.png").read_bytes()[:4] == b"\x89PNG"


def test_a_timeline_reads_the_occasions_of_the_actors_ties_only(source: OxigraphSource, both: nx.Graph) -> None:
    bare = project(source, level="both", details=False)
    assert timeline(bare, "Mei Tanaka") == timeline(both, "Mei Tanaka")
    detailed = {frozenset((a, b)) for a, b, data in bare.edges(data=True) if "occasions" in data}
    assert detailed == {frozenset((f"{B}person/mei-tanaka", other)) for other in bare[f"{B}person/mei-tanaka"]}


# ------------------------------------------------------------------------------ in a real browser


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium fonts-dejavu-core; `make test` does it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_page(browser, tmp_path: Path):
    """Opens an HTML file with every non-file request aborted and recorded; fails on a script error."""
    attempts: list[str] = []
    pages = []

    def opener(path: Path, width: int = 1400, height: int = 1000):
        page = browser.new_page(viewport={"width": width, "height": height})
        pages.append(page)
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else (attempts.append(route.request.url), route.abort()))
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(path.as_uri())
        page.wait_for_function("window.icgraphReady === true", timeout=30000)
        assert errors == []
        return page

    yield opener, attempts
    assert attempts == []
    for page in pages:
        page.close()


def screenshot(page, name: str) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / name
    page.screenshot(path=str(path))
    print(f"screenshot: {path}")
    from PIL import Image

    with Image.open(path) as image:
        histogram = image.convert("L").histogram()  # pixels per grey level, 0 = black
    assert sum(histogram[:200]) > 0.01 * sum(histogram)  # drawn, not a blank page
    return path


def on_screen(page, selector_js: str) -> dict[str, float]:
    return page.evaluate(
        f"""() => {{
            const element = {selector_js};
            const box = document.getElementById('cy').getBoundingClientRect();
            const p = element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
            return {{x: box.left + p.x, y: box.top + p.y}};
        }}"""
    )


def edge_js(a: str, b: str) -> str:
    return (f"cy.edges().filter(e => (e.source().id() === '{a}' && e.target().id() === '{b}') || "
            f"(e.source().id() === '{b}' && e.target().id() === '{a}'))[0]")


def counts(graph: nx.Graph) -> str:
    return f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} ties shown"


@pytest.mark.browser
def test_clicking_an_actor_shows_its_posts_ties_by_kind_and_counterpart_and_sources(both: nx.Graph, open_page, tmp_path: Path) -> None:
    opener, _ = open_page
    page = opener(draw_html(both, tmp_path / "both.html", title="Fixture, both levels"))
    assert page.evaluate("cy.nodes().length") == both.number_of_nodes()
    assert page.inner_text("#counts") == counts(both)

    point = on_screen(page, f"cy.getElementById('{ANA}')")
    page.mouse.click(point["x"], point["y"])
    details = page.inner_text("#details")
    assert details.startswith("Ana Lima")
    assert "Director-General, World Culture Secretariat" in details
    ties = details[details.index("Ties"):details.index("Sources")]
    assert ties.index("met") < ties.index("Omar Haddad") < ties.index("signed-with")  # grouped by kind, then counterpart
    assert "Omar Haddad · 2 × · 2025-03-10 to 2025-05-02" in ties
    assert "Mei Tanaka · 1 × · 2025-03-20" in ties
    sources = page.eval_on_selector_all("#details .source a", "links => links.map(a => a.href)")
    assert len(sources) >= 3 and all(link.startswith("https://") for link in sources)
    # the tap gesture of a touch screen does the same
    page.click("#reset")
    page.evaluate(f"cy.getElementById('{WCS}').emit('tap')")
    assert page.inner_text("#details").startswith("World Culture Secretariat")
    page.mouse.click(point["x"], point["y"])
    screenshot(page, "diagram-node-click.png")


@pytest.mark.browser
def test_clicking_a_tie_shows_its_events_with_dates_and_sentences(organizations: nx.Graph, open_page, tmp_path: Path) -> None:
    opener, _ = open_page
    page = opener(draw_html(organizations, tmp_path / "organizations.html", title="Fixture organizations"))
    assert page.evaluate(f"cy.getElementById('{MAR}').data('label')") == HOSTILE_LABEL
    assert page.evaluate("window.pwned === undefined")
    point = on_screen(page, edge_js(REL, WCS))
    page.mouse.click(point["x"], point["y"])
    details = page.inner_text("#details")
    assert "Ana Lima, Director-General of WCS, met Omar Haddad, Secretary-General of REL, on 10 March 2025." in details
    assert "REL's Omar Haddad held a meeting with Ana Lima at WCS on Monday." in details
    assert "2025-05-02" in details
    screenshot(page, "diagram-tie-click.png")


@pytest.mark.browser
def test_the_time_slider_and_play_show_the_network_as_it_stood(both: nx.Graph, source: OxigraphSource, open_page, tmp_path: Path) -> None:
    opener, _ = open_page
    page = opener(draw_html(both, tmp_path / "both.html"))
    days = page.evaluate("JSON.parse(document.getElementById('network-data').textContent).days")
    assert days == ["2025-03-10", "2025-03-20", "2025-04-11", "2025-04-17", "2025-05-02"]
    assert page.inner_text("#when") == "all dates, 2025-03-10 to 2025-05-02"

    page.fill("#time", "1")  # up to 2025-03-20
    assert page.inner_text("#when") == "up to 2025-03-20"
    assert page.inner_text("#counts") == counts(project(source, level="both", until=date(2025, 3, 20)))
    page.select_option("#window", "31")  # the 31 days up to the date
    page.fill("#time", "3")
    assert page.inner_text("#when") == "2025-03-18 to 2025-04-17"
    assert page.inner_text("#counts") == counts(project(source, level="both", since=date(2025, 3, 18), until=date(2025, 4, 17)))
    screenshot(page, "diagram-time-slider.png")

    page.click("#reset")  # the slider at its end: play starts from the first day
    page.click("#play")
    assert page.input_value("#time") == "0" and page.inner_text("#when") == "up to 2025-03-10"
    page.wait_for_function("document.getElementById('time').value === '2'", timeout=10000)
    page.click("#play")  # pause
    assert page.inner_text("#play").endswith("Play")
    page.click("#reset")
    assert page.inner_text("#counts") == counts(both)


@pytest.mark.browser
def test_filters_by_tie_kind_and_actor_kind_and_a_search_that_centres(both: nx.Graph, source: OxigraphSource, open_page, tmp_path: Path) -> None:
    opener, _ = open_page
    page = opener(draw_html(both, tmp_path / "both.html"))
    legend = page.eval_on_selector_all("#tie-filters label", "labels => labels.map(l => l.textContent)")
    assert legend == ["met", "signed-with", "co-organized", "took-part-together", "member-of"]
    assert page.eval_on_selector_all("#actor-filters label", "labels => labels.map(l => l.textContent)") == ["person", "organization", "country"]
    header, canvas = page.locator("header").bounding_box(), page.locator("#cy").bounding_box()
    assert header["y"] + header["height"] <= canvas["y"]  # the legend hides no actor

    page.uncheck("#tie-filters input[value=met]")
    kept = [kind for kind in ("signed-with", "co-organized", "took-part-together", "member-of")]
    assert page.inner_text("#counts") == counts(project(source, level="both", kinds=kept))
    page.uncheck("#actor-filters input[value=person]")
    without_people = project(source, level="both", kinds=kept)
    without_people.remove_nodes_from([node for node, data in list(without_people.nodes(data=True)) if data["kind"] == "person"])
    without_people.remove_nodes_from([node for node in list(without_people) if without_people.degree(node) == 0])
    assert page.inner_text("#counts") == counts(without_people)
    screenshot(page, "diagram-filters.png")
    page.click("#reset")

    page.fill("#search", "Development Programme")
    page.press("#search", "Enter")
    page.wait_for_timeout(100)
    point = on_screen(page, f"cy.getElementById('{DP}')")
    canvas_centre = (canvas["x"] + canvas["width"] / 2, canvas["y"] + canvas["height"] / 2)
    assert abs(point["x"] - canvas_centre[0]) < 2 and abs(point["y"] - canvas_centre[1]) < 2
    assert page.inner_text("#details").startswith("Development Programme")


SHOWN_LABEL = "n => n.style('label') !== '' && Number(n.style('text-opacity')) > 0"
LABEL_BOXES = f"""cy.nodes().filter({SHOWN_LABEL}).map(n => {{
    const b = n.renderedBoundingBox({{includeNodes: false, includeLabels: true, includeOverlays: false, includeUnderlays: false}}); return [b.x1, b.y1, b.x2, b.y2]; }})"""


def overlapping(boxes: list[list[float]]) -> int:
    return sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:] if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


@pytest.mark.browser
def test_labels_are_readable_at_150_actors(open_page, tmp_path: Path) -> None:
    """Labels never overlap: the label of a less connected actor waits until zooming in separates it."""
    opener, _ = open_page
    page = opener(draw_html(synthetic(150), tmp_path / "150.html", title="150 actors"))
    boxes = page.evaluate(LABEL_BOXES)
    assert len(boxes) >= 25 and overlapping(boxes) == 0
    assert float(page.evaluate("cy.nodes('.key')[0].renderedStyle('font-size')").rstrip("px")) >= 13
    screenshot(page, "diagram-150-actors.png")


@pytest.mark.browser
def test_the_layout_is_the_same_at_every_load(both: nx.Graph, open_page, tmp_path: Path) -> None:
    opener, _ = open_page
    positions = []
    for name in ("first", "second"):
        page = opener(draw_html(both.copy(), tmp_path / f"{name}.html"))
        positions.append(page.evaluate("Object.fromEntries(cy.nodes().map(n => [n.id(), n.position()]))"))
    assert positions[0] == positions[1]


@pytest.mark.browser
def test_cytoscape_js_loads_the_cyjs_export_with_its_positions(both: nx.Graph, open_page, tmp_path: Path) -> None:
    opener, _ = open_page
    exported = cytoscape_json(both)
    library = (ROOT / "src" / "icgraph" / "assets" / "cytoscape.min.js").read_text(encoding="utf-8")
    host = tmp_path / "cyjs.html"
    data = json.dumps(exported).replace("<", "\\u003c")
    host.write_text(
        f"<!DOCTYPE html><html><body><div id='cy' style='width:800px;height:600px'></div>"
        f"<script>{library.replace('</', '<' + chr(92) + '/')}</script>"
        f"<script>const file = {data}; window.cy = cytoscape({{container: document.getElementById('cy'),"
        f" elements: file.elements, layout: {{name: 'preset'}}}}); window.icgraphReady = true;</script></body></html>",
        encoding="utf-8",
    )
    page = opener(host)
    assert page.evaluate("cy.nodes().length") == both.number_of_nodes()
    assert page.evaluate("cy.edges().length") == both.number_of_edges()
    wcs = next(node for node in exported["elements"]["nodes"] if node["data"]["id"] == WCS)
    assert page.evaluate(f"cy.getElementById('{WCS}').position()") == wcs["position"]
    assert page.evaluate(f"cy.getElementById('{WCS}').data('name')") == "World Culture Secretariat"


@pytest.mark.browser
def test_a_timeline_page_links_each_mark_to_its_sentence(both: nx.Graph, open_page, tmp_path: Path) -> None:
    opener, _ = open_page
    page = opener(draw_timeline_html(timeline(both, ANA), tmp_path / "ana.html"), 1400, 900)
    assert page.locator("#chart a.mark").count() == 6
    page.locator("#chart a.mark").nth(2).click()
    target = page.locator("li:target")
    assert "Ana Lima received Mei Tanaka, Ambassador of Japan, on 20 March 2025." in target.inner_text()
    screenshot(page, "timeline-ana-lima.png")


@pytest.mark.browser
@pytest.mark.slow
def test_the_dev_news_diagram_is_readable(open_page, nlp, tmp_path: Path) -> None:
    """dev-news + dev-news-2 from ../shared, ingested for real, drawn at 1400×1000 for a reviewer."""
    from icgraph.pipeline import ingest
    from icgraph.store import open_store

    corpora = [SHARED / "corpus" / "dev-news.jsonl", SHARED / "corpus" / "dev-news-2.jsonl"]
    assert all(path.is_file() for path in corpora), "the repository must sit beside the shared/ folder"
    with open_store(tmp_path / "store") as store:
        ingest(corpora, store, nlp=nlp)
        graph = project(store, level="organization")
    opener, _ = open_page
    page = opener(draw_html(graph, tmp_path / "dev-news.html", title="dev-news + dev-news-2: organizations"))
    assert page.inner_text("#counts") == counts(graph)
    boxes = page.evaluate(LABEL_BOXES)
    assert len(boxes) >= min(25, graph.number_of_nodes()) and overlapping(boxes) == 0
    assert len(boxes) < graph.number_of_nodes()  # the labels that would overlap wait for a closer view
    font = page.evaluate("cy.nodes('.key')[0].renderedStyle('font-size')")
    assert float(font.rstrip("px")) >= 13  # readable at the size the page opens with
    screenshot(page, "diagram-dev-news.png")
    page.evaluate("cy.zoom({level: cy.zoom() * 2, renderedPosition: {x: 480, y: 450}})")
    page.wait_for_timeout(200)
    closer = page.evaluate(LABEL_BOXES)
    assert len(closer) > len(boxes) and overlapping(closer) == 0  # zoomed in: more labels, still apart
    draw_static(graph, OUT / "diagram-dev-news-static.png", title="dev-news + dev-news-2: organizations")
