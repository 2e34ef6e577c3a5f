"""HTML pages: one news article, or a listing of several, reduced to text blocks.

Navigation, headers, footers, forms, scripts and styles are dropped. A page with `<article>`
elements gives one item per article; otherwise its text blocks are split like a text page (a
heading followed by prose starts an item), with the page's own metadata (canonical URL, publisher,
publication date) when it holds a single item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, ParserRejectedMarkup, Tag

from icgraph.model import NewsItem
from icgraph.read import Reader, ReadProblem, ReadResult, register, stable_item_id
from icgraph.read.clean import clean_text
from icgraph.read.jsonl import parse_published
from icgraph.read.page import blocks_from_lines, items_from_blocks

NOISE = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe", "template")
BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "dd", "dt", "figcaption")
HEADINGS = ("h1", "h2", "h3")


def soup_of(text: str) -> BeautifulSoup:
    soup = BeautifulSoup(text, "html.parser")
    for element in soup.find_all(NOISE):
        element.decompose()
    return soup


def text_lines(root: Tag) -> list[tuple[int, str]]:
    """The text of each block element, bullets marked, numbered by the source line of the element."""
    lines = []
    for element in root.find_all(BLOCKS):
        if element.find(BLOCKS):  # the innermost blocks carry the text
            continue
        text = clean_text(element.get_text(" ", strip=True))
        if text:
            prefix = "• " if element.name == "li" else ""
            lines.append((element.sourceline or 0, prefix + text))
    return lines


def html_to_text(fragment: str) -> str:
    """Paragraph text of an HTML fragment (feeds carry their items' bodies as HTML)."""
    lines = text_lines(soup_of(fragment))
    if not lines:
        return clean_text(BeautifulSoup(fragment, "html.parser").get_text(" ", strip=True))
    return "\n\n".join(line for _, line in lines)


def meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if isinstance(tag, Tag) and tag.get("content"):
            return clean_text(str(tag["content"]))
    return None


def canonical_url(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", rel="canonical")
    if isinstance(link, Tag) and link.get("href"):
        return str(link["href"])
    return meta(soup, "og:url")


def article_items(soup: BeautifulSoup, source: str) -> Iterator[NewsItem]:
    for article in soup.find_all("article"):
        heading = article.find(HEADINGS)
        title = clean_text(heading.get_text(" ", strip=True)) if heading else None
        if heading:
            heading.decompose()
        text = "\n\n".join(line for _, line in text_lines(article))
        if not text:
            continue
        time = article.find("time")
        published = parse_published(time.get("datetime")) if isinstance(time, Tag) else None
        link = article.find("a", href=True)
        url = str(link["href"]) if isinstance(link, Tag) and re.match(r"https?://", str(link["href"])) else None
        yield NewsItem(
            id=url or stable_item_id(title, text),
            text=text,
            title=title,
            url=url,
            published=published,
            origin=f"{source} line {article.sourceline or 0}",
        )


REJECTED = "markup the HTML parser cannot read (e.g. an unterminated '<![' declaration)"


def read_html(text: str, source: str) -> Iterator[ReadResult]:
    try:
        soup = soup_of(text)
    except ParserRejectedMarkup:
        yield ReadProblem(source, REJECTED)
        return
    articles = list(article_items(soup, source))
    if len(articles) > 1:
        yield from articles
        return
    body = soup.body or soup
    items = list(items_from_blocks(blocks_from_lines(text_lines(body)), source))
    if len(items) != 1:
        yield from items
        return
    item = items[0]
    url = canonical_url(soup)
    yield NewsItem(
        id=url or item.id,
        text=item.text,
        title=item.title or meta(soup, "og:title"),
        url=url,
        publisher=meta(soup, "og:site_name", "publisher"),
        published=parse_published(meta(soup, "article:published_time", "date", "pubdate", "DC.date.issued")),
        origin=item.origin,
    )


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<article" in head


HTML = register(
    Reader(
        name="html",
        description="an HTML page holding one news article or a listing of several",
        extensions=(".html", ".htm", ".xhtml"),
        sniff=looks_like_html,
        read=read_html,
    )
)
