"""HTML pages as publishers publish them: the article of a page, or each article of a listing.

trafilatura finds a page's main content, leaving out what a CMS puts around it (menus, cookie
banners, breadcrumbs, bylines, share buttons, figure captions, related links, comments, footers),
and its metadata (title, publication date, site name); this module maps its result to a NewsItem.
A page whose main content runs over several `<article>` elements, each with its heading (a
listing: "Latest news" and a teaser under each headline), gives one item per article. A fragment
without a title of its own ("<h3>Council meets</h3><p>The Council met…</p>"), or a page in which
trafilatura finds no prose, is split like a text page: a heading followed by prose starts an item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from bs4 import BeautifulSoup, ParserRejectedMarkup, Tag

from icgraph.model import NewsItem
from icgraph.read import Reader, ReadProblem, ReadResult, register, stable_item_id
from icgraph.read.clean import clean_text
from icgraph.read.jsonl import parse_published
from icgraph.read.page import Block, blocks_from_lines, items_from_blocks

if TYPE_CHECKING:
    from trafilatura.settings import Document

NOISE = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe", "template")
BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "dd", "dt", "figcaption")
HEADINGS = ("h1", "h2", "h3")
TITLE_SEPARATORS = re.compile(r"\s+[|\-–—]\s+")
"""Between an article's title and its site's name in a page's <title>: "Title | Site", "Site - Title"."""
NOT_A_NAME = re.compile(r"^https?:|^\S+\.\S+$")
"""A "site name" that is a URL or a host name ("https://facebook.com/mfa", "mfa.gov.example")."""


def soup_of(text: str) -> BeautifulSoup:
    """The parsed page without its noise; an article's own `<header>` stays: it holds its heading."""
    soup = BeautifulSoup(text, "html.parser")
    for element in soup.find_all(NOISE):
        if not (element.name == "header" and element.find_parent("article")):
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


def main_content(text: str) -> Document | None:
    """trafilatura's reading of a page: its main text (paragraphs a line each) and metadata.

    Precision over recall: a byline or a caption left in the text would become people and events.
    The date comes from the page's markup only (meta tags, JSON-LD, `<time>`, the URL), never
    guessed from its prose, whose dates are those of the events it reports."""
    from trafilatura import bare_extraction  # imported on the first page: most commands read no HTML

    return bare_extraction(
        text,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def squeezed(text: str) -> str:
    """Text without its white space, to compare what two parsers made of the same markup."""
    return "".join(text.split())


def listing_articles(soup: BeautifulSoup, document: Document | None) -> list[Tag]:
    """The page's `<article>` elements that are news items of a listing: outermost (a comment is an
    article inside the post's), with a heading, and, when trafilatura found a main text, part of it
    (the teasers of "Related stories" under an article are not)."""
    articles = [a for a in soup.find_all("article") if a.find(HEADINGS) and not a.find_parent("article")]
    if document is None or not document.text:
        return articles
    main = squeezed(document.text)
    return [a for a in articles if any(squeezed(line) in main for _, line in text_lines(a) if len(line.split()) > 3)]


def article_item(article: Tag, source: str, publisher: str | None) -> NewsItem | None:
    heading = article.find(HEADINGS)
    title = clean_text(heading.get_text(" ", strip=True)) if heading else None
    time = article.find("time")
    published = parse_published(time.get("datetime")) if isinstance(time, Tag) else None
    link = article.find("a", href=True)
    url = str(link["href"]) if isinstance(link, Tag) and re.match(r"https?://", str(link["href"])) else None
    for furniture in [heading, *article.find_all("header")]:  # the heading, date and byline are no text
        if furniture is not None:
            furniture.decompose()
    text = "\n\n".join(line for _, line in text_lines(article))
    if not text:
        return None
    return NewsItem(
        id=url or stable_item_id(title, text),
        text=text,
        title=title,
        url=url,
        publisher=publisher,
        published=published,
        origin=f"{source} line {article.sourceline or 0}",
    )


def paragraphs(document: Document, headlines: set[str]) -> list[str]:
    """trafilatura's text a paragraph a line, without the headline it starts with; its list items
    ("- trade") marked as the other readers mark them ("• trade")."""
    lines = [line for line in map(clean_text, (document.text or "").split("\n")) if line]
    if lines and lines[0] in headlines:
        lines = lines[1:]
    return [f"• {line[2:]}" if line.startswith("- ") else line for line in lines]


def site_name(soup: BeautifulSoup, document: Document | None) -> str | None:
    """og:site_name, JSON-LD `publisher.name` or a publisher meta tag, as trafilatura's sitename
    finds them; not a URL (article:publisher) nor the host name it falls back to."""
    name = clean_text(document.sitename) if document and document.sitename else meta(soup, "og:site_name")
    return name if name and not NOT_A_NAME.search(name) else None


def publisher_of(soup: BeautifulSoup, document: Document, title: str | None) -> str | None:
    """The site's name, else the part of the page's <title> that is not the article's title
    ("Foreign Minister meets counterpart | Ministry of Foreign Affairs")."""
    if name := site_name(soup, document):
        return name
    page_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    parts = [clean_text(part) for part in TITLE_SEPARATORS.split(page_title)]
    if len(parts) < 2 or title not in (parts[0], parts[-1]):
        return None
    return parts[-1] if parts[0] == title else parts[0]


def heading_line(soup: BeautifulSoup, title: str | None) -> int | None:
    """The source line of the heading that carries the title."""
    for heading in soup.find_all(HEADINGS):
        if clean_text(heading.get_text(" ", strip=True)) == title:
            return heading.sourceline
    return None


def page_item(soup: BeautifulSoup, document: Document, source: str) -> NewsItem | None:
    """The page's one article, if trafilatura found one with prose (not a lone "Contact us.")."""
    title = clean_text(document.title or "") or None
    h1 = soup.find("h1")
    body = paragraphs(document, {title, clean_text(h1.get_text(" ", strip=True)) if h1 else None} - {None})
    if not any(Block(line, 0).is_prose for line in body):
        return None
    text = "\n\n".join(body)
    url = canonical_url(soup)
    line = heading_line(soup, title)
    return NewsItem(
        id=url or stable_item_id(title, text),
        text=text,
        title=title,
        url=url,
        publisher=publisher_of(soup, document, title),
        published=parse_published(document.date),
        origin=f"{source} line {line}" if line else source,
    )


def is_fragment(soup: BeautifulSoup) -> bool:
    """A page without a title of its own (no <title>, og:title or <h1>): a snippet of one or more
    news ("<h3>Museum opens wing</h3><p>…</p><h3>Embassy hosts reception</h3><p>…</p>")."""
    return not (soup.title or soup.find("h1") or meta(soup, "og:title"))


REJECTED = "markup the HTML parser cannot read (e.g. an unterminated '<![' declaration)"


def read_html(text: str, source: str) -> Iterator[ReadResult]:
    try:
        soup = soup_of(text)
    except ParserRejectedMarkup:
        yield ReadProblem(source, REJECTED)
        return
    document = None if is_fragment(soup) else main_content(text)
    articles = listing_articles(soup, document)
    if len(articles) > 1:
        items = (article_item(article, source, site_name(soup, document)) for article in articles)
        yield from (item for item in items if item is not None)
        return
    item = page_item(soup, document, source) if document else None
    if item is not None:
        yield item
        return
    body = soup.body or soup
    yield from items_from_blocks(blocks_from_lines(text_lines(body)), source)


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
