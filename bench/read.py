"""What reading an HTML news page costs, run by hand (not a test): CPU ms per page, against spaCy.

    .venv/bin/python bench/read.py                  # the invented CMS pages of tests/data/html, 20 rounds
    .venv/bin/python bench/read.py --rounds 50 --furniture 400

Two sets of pages, each read `--rounds` times by `icgraph.read.read_source` (after one warm-up
round: trafilatura is imported on the first page):

* **cms**: the invented pages of tests/data/html as they are (3-9 KB, a CMS's furniture kept short);
* **heavy**: the same pages with the weight a real CMS page carries around its article: a menu of
  `--furniture` links, as many "Related news" links, and 60 KB of inline script and style (a saved
  ministry or UN page is typically 50-300 KB).

For each page the reader's CPU time is shown with two of its parts: lxml's parse of the page
(`html.parse`, once per page) and trafilatura's extraction (main text and metadata, on its own copy
of the tree); the rest (noise removal, the `<article>` scan, mapping to a NewsItem, text repair) is
the remainder. The anchor is spaCy's parse of the items the pages give (`nlp.pipe`,
CPU ms per item): what the reader adds to each page's ingest.
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from pathlib import Path

from results import Figure, record

from icgraph.extract import load_nlp
from icgraph.model import NewsItem
from icgraph.read import html, read_source

PAGES = Path(__file__).resolve().parents[1] / "tests" / "data" / "html"
INLINE_WEIGHT = 60_000  # characters of inline script and style on a heavy page


def heavy(page: str, links: int) -> str:
    """The page with a real CMS's weight around its article: menu, related links, inline code."""
    menu = "".join(f'<li><a href="/section/{n}">Section {n} of the site</a></li>' for n in range(links))
    related = "".join(f'<li><a href="/news/{n}">Minister attends event number {n} in the capital</a></li>' for n in range(links))
    script = "var config = {" + ",".join(f'"key{n}": "value {n}"' for n in range(INLINE_WEIGHT // 40)) + "};"
    style = "".join(f".block-{n} {{ margin: {n % 9}px; color: #{n % 999:03d}; }}\n" for n in range(INLINE_WEIGHT // 80))
    head_extra = f"<style>{style}</style><script>{script}</script>"
    body_open = f'<div class="mega-menu"><ul>{menu}</ul></div>'
    body_close = f'<div class="related"><h3>More news</h3><ul>{related}</ul></div>'
    page = page.replace("</head>", head_extra + "</head>", 1)
    page = re.sub(r"(<body[^>]*>)", lambda match: match[1] + body_open, page, count=1)
    return page.replace("</body>", body_close + "</body>", 1)


def cpu_ms(function, *args) -> tuple[float, object]:
    start = time.process_time()
    result = function(*args)
    return (time.process_time() - start) * 1000, result


def measure(pages: dict[str, str], folder: Path, rounds: int) -> dict[str, float]:
    """Median CPU ms per page of the whole reader, lxml's parse and trafilatura's extraction."""
    paths = []
    for name, text in pages.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    totals, parses, extractions = [], [], []
    for round_ in range(rounds + 1):
        for path in paths:
            text = path.read_text(encoding="utf-8")
            total, _ = cpu_ms(lambda: list(read_source(path)))
            parse, tree = cpu_ms(html.parse, text)
            extraction, _ = cpu_ms(html.main_content, tree)
            if round_:  # the first round warms up (imports, caches)
                totals.append(total)
                parses.append(parse)
                extractions.append(extraction)
    return {"total": statistics.median(totals), "parse": statistics.median(parses), "trafilatura": statistics.median(extractions)}


def spacy_ms_per_item(items: list[NewsItem], rounds: int) -> float:
    nlp = load_nlp()
    texts = [item.text for item in items]
    list(nlp.pipe(texts))
    times = [cpu_ms(lambda: list(nlp.pipe(texts)))[0] / len(texts) for _ in range(max(3, rounds // 5))]
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20, help="times each page is read (after one warm-up round)")
    parser.add_argument("--furniture", type=int, default=300, help="menu and related links on a heavy page (each)")
    args = parser.parse_args()

    cms = {path.name: path.read_text(encoding="utf-8") for path in sorted(PAGES.glob("*.html"))}
    sets = {"cms": cms, "heavy": {name: heavy(text, args.furniture) for name, text in cms.items()}}
    items = [r for path in sorted(PAGES.glob("*.html")) for r in read_source(path) if isinstance(r, NewsItem)]
    anchor = spacy_ms_per_item(items, args.rounds)
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        for name, pages in sets.items():
            kilobytes = statistics.median(len(text.encode()) for text in pages.values()) / 1024
            ms = measure(pages, Path(folder), args.rounds)
            print(f"{name:6} pages (median {kilobytes:5.1f} KB): reader {ms['total']:6.1f} CPU ms/page "
                  f"(lxml parse {ms['parse']:5.1f}, trafilatura {ms['trafilatura']:5.1f}); "
                  f"spaCy {anchor:5.1f} CPU ms/item; reader/spaCy {ms['total'] / anchor:4.2f}")
            note = f"median page {kilobytes:.0f} KB; lxml parse {ms['parse']:.1f} ms, trafilatura {ms['trafilatura']:.1f} ms"
            figures.append(Figure(f"{name}-page", ms["total"], "CPU ms/page", anchor=anchor, note=note))
    record("read", figures)


if __name__ == "__main__":
    main()
