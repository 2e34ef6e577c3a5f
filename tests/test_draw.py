"""Diagrams: the self-contained HTML page (in a real headless Chromium, network blocked) and static images."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pytest

from icgraph.draw import DrawError, display_label, draw_html, draw_static, render_html
from icgraph.network import project
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
SCREENSHOT = Path(__file__).resolve().parents[1] / "out" / "network-browser-test.png"
WCS, REL, MAR = f"{B}organization/wcs", f"{B}organization/rel", f"{B}country/mar"
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


def test_the_page_is_self_contained(organizations: nx.Graph) -> None:
    page = render_html(organizations, title="Partners <of> WCS")
    assert not re.search(r"<script[^>]*\bsrc=|<link\b|@import|<iframe|<img", page, re.IGNORECASE)
    assert "Partners &lt;of&gt; WCS" in page
    assert HOSTILE_LABEL not in page and "window.pwned" in page  # present, but escaped
    assert page.count("</script>") == 3  # the data block, cytoscape.js, the page's own script


def test_long_names_are_shown_by_their_acronym() -> None:
    assert display_label("Islamic Organization of Very Long Names and Titles", ["IOVLNT", "Islamic Org"]) == "IOVLNT"
    assert display_label("Short Name", ["SN"]) == "Short Name"
    assert display_label("A Long Organization Name Without Any Acronym", ["Long Org"]) == "A Long Organization Name Without Any Acronym"


def test_static_png_and_svg(source: OxigraphSource, tmp_path: Path) -> None:
    graph = project(source, level="both")
    png = draw_static(graph, tmp_path / "network.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = draw_static(graph, tmp_path / "network.svg")
    texts = {element.text.strip() for element in ElementTree.parse(svg).iter() if element.tag.endswith("text") and element.text}
    assert {"Ana Lima", "World Culture Secretariat", "Japan", "member-of", "person"} <= texts
    with pytest.raises(DrawError, match="png or svg"):
        draw_static(graph, tmp_path / "network.gif")


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
    """Opens a diagram with every non-file request aborted and recorded."""
    attempts: list[str] = []
    pages = []

    def opener(graph: nx.Graph, name: str):
        path = draw_html(graph, tmp_path / f"{name}.html", title=name)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        pages.append(page)
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else (attempts.append(route.request.url), route.abort()))
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(path.as_uri())
        page.wait_for_function("window.icgraphReady === true", timeout=30000)
        assert errors == []
        return page

    yield opener, attempts
    for page in pages:
        page.close()


def click_edge(page, source: str, target: str) -> None:
    point = page.evaluate(
        """([a, b]) => {
            const edge = cy.edges().filter(e => (e.source().id() === a && e.target().id() === b) || (e.source().id() === b && e.target().id() === a))[0];
            const box = document.getElementById('cy').getBoundingClientRect();
            const p = edge.renderedMidpoint();
            return {x: box.left + p.x, y: box.top + p.y};
        }""",
        [source, target],
    )
    page.mouse.click(point["x"], point["y"])


@pytest.mark.browser
def test_the_diagram_works_offline(organizations: nx.Graph, source: OxigraphSource, open_page) -> None:
    opener, attempts = open_page
    page = opener(organizations, "organizations")

    assert page.evaluate("cy.nodes().length") == organizations.number_of_nodes()
    assert page.evaluate("cy.edges().length") == organizations.number_of_edges()
    assert page.inner_text("#counts") == f"{organizations.number_of_nodes()} actors, {organizations.number_of_edges()} ties shown"
    assert page.evaluate(f"cy.getElementById('{MAR}').data('label')") == HOSTILE_LABEL
    assert page.evaluate("window.pwned === undefined")

    click_edge(page, REL, WCS)
    details = page.inner_text("#details")
    assert "Ana Lima, Director-General of WCS, met Omar Haddad, Secretary-General of REL, on 10 March 2025." in details
    assert "REL's Omar Haddad held a meeting with Ana Lima at WCS on Monday." in details
    assert "2025-05-02" in details

    page.fill("#search", "wcs")
    assert page.evaluate(f"cy.getElementById('{WCS}').hasClass('match')")
    assert not page.evaluate(f"cy.getElementById('{REL}').hasClass('match')")
    page.fill("#search", "")

    page.fill("#since", "2025-04-01")
    page.dispatch_event("#since", "change")
    later = project(source, level="organization", since=date(2025, 4, 1))
    assert page.inner_text("#counts") == f"{later.number_of_nodes()} actors, {later.number_of_edges()} ties shown"
    page.click("#reset")
    assert page.inner_text("#counts").endswith(f"{organizations.number_of_edges()} ties shown")

    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    print(f"screenshot: {SCREENSHOT}")
    from PIL import Image

    with Image.open(SCREENSHOT) as image:
        histogram = image.convert("L").histogram()  # pixels per grey level, 0 = black
    assert sum(histogram[:200]) > 0.01 * sum(histogram)  # drawn, not a blank page
    assert attempts == []


@pytest.mark.browser
def test_hovering_a_person_shows_their_posts(source: OxigraphSource, open_page) -> None:
    opener, attempts = open_page
    graph = project(source, level="both")
    page = opener(graph, "both")
    point = page.evaluate(
        f"""() => {{
            const box = document.getElementById('cy').getBoundingClientRect();
            const p = cy.getElementById('{ANA}').renderedPosition();
            return {{x: box.left + p.x, y: box.top + p.y}};
        }}"""
    )
    page.mouse.move(point["x"], point["y"])
    page.wait_for_selector("#tooltip", state="visible")
    assert "Director-General, World Culture Secretariat" in page.inner_text("#tooltip")
    assert attempts == []
