"""Property-based tests (hypothesis) over the readers: whatever bytes, JSON or HTML come in, reading
never raises, every problem names its input (and line), every item can be written to the store.

The budget is bounded (EXAMPLES per property, no deadline) to keep `make test` short; raise it by
hand with HYPOTHESIS_EXAMPLES=2000 when changing a reader.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from icgraph.bindings import graph_update
from icgraph.build import build_item_graph
from icgraph.iri import item_graph_iri
from icgraph.model import Extraction, NewsItem, Resolution
from icgraph.read import ReadProblem, read_source

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "60"))
BUDGET = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

FIELDS = ("id", "url", "publisher", "title", "published", "text")
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)
records = st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=4), json_values | st.text(), max_size=7)
words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=40)
prose = st.lists(st.sampled_from(["The Minister", "met", "the Ambassador of Chile", "on 2 May 2024", "in Rabat", ".", "\u200b", "\ud83d", "\x07", "<b>", "&amp;", "é"]) | words, min_size=1, max_size=30).map(" ".join)


def read_all(path: Path, fmt: str | None = None):
    results = list(read_source(path, fmt))
    assert all(isinstance(r, (NewsItem, ReadProblem)) for r in results)
    return [r for r in results if isinstance(r, NewsItem)], [r for r in results if isinstance(r, ReadProblem)]


def assert_writable(items: list[NewsItem]) -> None:
    """An item as read can always be written: no text field stops its graph."""
    for item in items:
        assert item.text and item.id
        graph = build_item_graph(Resolution(extraction=Extraction(item=item)))
        assert graph_update({item_graph_iri(item.id): graph})


@BUDGET
@given(data=st.binary(max_size=2000))
def test_random_bytes_never_crash_and_problems_name_the_input(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "input.dat"
    path.write_bytes(data)
    items, problems = read_all(path)
    assert items or problems
    assert all(problem.origin.startswith(str(path)) for problem in problems)
    assert_writable(items)


@BUDGET
@given(lines=st.lists(records.map(json.dumps) | st.text(max_size=60) | st.binary(max_size=40).map(lambda b: b.decode("latin-1")), min_size=1, max_size=8))
def test_random_json_lines_are_reported_line_by_line(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("jsonl") / "input.jsonl"
    content = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines) + "\n"
    path.write_bytes(content.encode("utf-8", "surrogatepass"))
    items, problems = read_all(path, "jsonl")
    assert_writable(items)
    nonblank = [number for number, line in enumerate(content.split("\n"), 1) if line.strip()]
    if not nonblank or any(problem.origin == str(path) for problem in problems):
        return  # a problem of the whole input (binary, empty, no item)
    origins = [item.origin for item in items] + [problem.origin for problem in problems]
    placed = {origin for origin in origins if origin.startswith(f"{path} line ")}
    assert placed <= {f"{path} line {number}" for number in nonblank}
    assert len(placed) == len(nonblank)  # each non-blank line: one item or one problem naming it


@BUDGET
@given(records=st.lists(st.fixed_dictionaries({"id": st.text(max_size=12), "title": prose, "text": prose, "url": st.text(max_size=30), "publisher": words}), min_size=1, max_size=5))
def test_json_items_with_any_unicode_are_stored_or_named(tmp_path_factory, records):
    path = tmp_path_factory.mktemp("unicode") / "input.jsonl"
    path.write_text("\n".join(json.dumps(record) for record in records) + "\n", encoding="utf-8")
    items, problems = read_all(path)
    assert_writable(items)
    assert len(items) + len(problems) >= 1
    assert all(problem.origin.startswith(str(path)) for problem in problems)


tags = st.sampled_from(["p", "h1", "h2", "article", "div", "li", "ul", "nav", "script", "time", "a", "table", "td", "meta", "link"])


json_ld = st.recursive(
    st.none() | st.text(max_size=20) | st.integers(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.sampled_from(["@type", "publisher", "name", "headline", "datePublished", "author"]) | st.text(max_size=5), children, max_size=4),
    max_leaves=10,
).map(json.dumps)


@st.composite
def page_heads(draw):
    """A CMS page's head, whose metadata the reader reads: <title>, OpenGraph, JSON-LD (any JSON)."""
    parts = ["<head>"]
    if draw(st.booleans()):
        parts.append(f"<title>{draw(prose)} | {draw(words)}</title>")
    for name in draw(st.lists(st.sampled_from(["og:site_name", "og:title", "article:published_time", "article:publisher"]), max_size=3)):
        parts.append(f'<meta property="{name}" content="{draw(words)}">')
    if draw(st.booleans()):
        parts.append(f'<script type="application/ld+json">{draw(json_ld | words)}</script>')
    return "".join(parts) + "</head>"


@st.composite
def html_documents(draw):
    parts = ["<html>", draw(page_heads()) if draw(st.booleans()) else "", "<body>"]
    for _ in range(draw(st.integers(1, 12))):
        tag = draw(tags)
        if draw(st.booleans()):
            parts.append(f"<{tag}>{draw(prose)}</{tag}>")
        else:
            parts.append(draw(st.sampled_from([f"<{tag}>", f"</{tag}>", "<!--", "-->", "<![CDATA[", "&#xD800;", "&#0;", "<time datetime='x'>"])))
    if draw(st.booleans()):
        parts.append("</body></html>")
    return "".join(parts)


@BUDGET
@given(document=html_documents())
def test_random_html_never_crashes(tmp_path_factory, document):
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_text(document, encoding="utf-8", errors="surrogatepass")
    items, problems = read_all(path, "html")
    assert_writable(items)
    assert items or problems
    assert all(problem.origin.startswith(str(path)) for problem in problems)
