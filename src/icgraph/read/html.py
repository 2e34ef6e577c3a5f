"""HTML pages as publishers publish them: the article of a page, or each article of a listing.

trafilatura finds a page's main content, leaving out what a CMS puts around it (menus, cookie
banners, breadcrumbs, bylines, share buttons, figure captions, related links, comments, footers),
and its metadata (title, publication date, site name); this module maps its result to a NewsItem.
A page whose main content runs over several `<article>` elements, each with its heading (a
listing: "Latest news" and a teaser under each headline), gives one item per article, as does a
listing of `<div>` or `<li>` teasers whose headings link to stories of their own. A fragment
without a title of its own ("<h3>Council meets</h3><p>The Council met…</p>"), or a page in which
trafilatura finds no prose, is split like a text page: a heading followed by prose starts an item.
The page is parsed once, by lxml, as trafilatura parses it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from lxml import etree
from lxml.html import HTMLParser, HtmlElement, document_fromstring

from icgraph.model import NewsItem
from icgraph.read import Reader, ReadResult, register, stable_item_id
from icgraph.read.clean import clean_text
from icgraph.read.jsonl import parse_published
from icgraph.read.page import Block, blocks_from_lines, items_from_blocks

if TYPE_CHECKING:
    from trafilatura.settings import Document

NOISE = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe", "template")
BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "dd", "dt", "figcaption")
HEADINGS = ("h1", "h2", "h3")
TEASER_HEADINGS = ("h2", "h3", "h4")
DATE_LINE = re.compile(r"^(?:(?:posted|published|updated|date)(?: on)?:?\s+)?(?=.*\b(?:19|20)\d\d\b)(?=.*\b\d{1,2}\b)([\w ,./:-]{6,40})$",
                       re.IGNORECASE)
"""A line that may be a date and nothing else ("14.05.2025", "Tuesday, 3 March 2025", "Posted on
March 3, 2025"): a year, a day, a few words; dateparser decides (it is slow on lines that are not dates)."""
TITLE_SEPARATORS = re.compile(r"\s+[|\-–—]\s+")
"""Between an article's title and its site's name in a page's <title>: "Title | Site", "Site - Title"."""
NOT_A_NAME = re.compile(r"^https?:|^\S+\.\S+$")
"""A "site name" that is a URL or a host name ("https://facebook.com/mfa", "mfa.gov.example")."""
UTF8 = HTMLParser(encoding="utf-8", huge_tree=True)
"""huge_tree: page builders nest `<div>`s deeper than the 255 levels libxml2 keeps by default (the rest
of the page was cut off: no article)."""
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML forbids, which lxml parses but refuses in a tree's text when it is edited."""


def parse(text: str) -> HtmlElement | None:
    """The page as lxml's HTML parser reads it (given as UTF-8, so that an XML declaration naming
    another encoding is not obeyed twice); None when it holds no element (empty, a lone comment).
    The characters XML forbids are dropped first (the readers drop control characters anyway)."""
    try:
        return document_fromstring(NOT_XML.sub("", text).encode("utf-8", "replace"), parser=UTF8)
    except etree.ParserError:
        return None


def drop_noise(tree: HtmlElement) -> None:
    """Scripts, navigation, page headers and footers, forms… out; an article's own `<header>` stays:
    it holds the article's heading."""
    for element in list(tree.iter(*NOISE)):
        if not (element.tag == "header" and next(element.iterancestors("article"), None) is not None):
            element.drop_tree()


def element_text(element: HtmlElement) -> str:
    return clean_text(" ".join(element.itertext()))


def text_lines(root: HtmlElement) -> list[tuple[int, str]]:
    """The text of each block element, bullets marked, numbered by the source line of the element."""
    lines = []
    for element in root.iter(*BLOCKS):
        if next(element.iterdescendants(*BLOCKS), None) is not None:  # the innermost blocks carry the text
            continue
        if text := element_text(element):
            lines.append((element.sourceline or 0, f"• {text}" if element.tag == "li" else text))
    return lines


def html_to_text(fragment: str) -> str:
    """Paragraph text of an HTML fragment (feeds carry their items' bodies as HTML)."""
    tree = parse(fragment)
    if tree is None:
        return ""
    drop_noise(tree)
    lines = text_lines(tree)
    return "\n\n".join(line for _, line in lines) if lines else element_text(tree)


def meta(tree: HtmlElement, *names: str) -> str | None:
    for name in names:
        for content in tree.xpath("//meta[@property=$name or @name=$name]/@content", name=name):
            if value := clean_text(content):
                return value
    return None


def canonical_url(tree: HtmlElement) -> str | None:
    for href in tree.xpath("//link[@rel='canonical']/@href"):
        if href.strip():
            return href.strip()
    return meta(tree, "og:url")


def main_content(tree: HtmlElement) -> Document | None:
    """trafilatura's reading of a page (of its own copy of the tree): its main text, a paragraph a
    line, and metadata.

    Precision over recall: a byline or a caption left in the text would become people and events.
    The date comes from the page's markup only (meta tags, JSON-LD, `<time>`, the URL), never
    guessed from its prose, whose dates are those of the events it reports."""
    from trafilatura import bare_extraction  # imported on the first page: most commands read no HTML

    return bare_extraction(
        tree,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def first(root: HtmlElement, *tags: str) -> HtmlElement | None:
    return next(root.iter(*tags), None)


def squeezed(text: str) -> str:
    """Text without its white space, to compare what two readings made of the same markup."""
    return "".join(text.split())


def listing_articles(tree: HtmlElement, document: Document | None) -> list[HtmlElement]:
    """The page's `<article>` elements that are news items of a listing: outermost (a comment is an
    article inside the post's), with a heading, and, when trafilatura found a main text, part of it
    (the teasers of "Related stories" under an article are not)."""
    articles = [a for a in tree.iter("article") if first(a, *HEADINGS) is not None and next(a.iterancestors("article"), None) is None]
    if document is None or not document.text:
        return articles
    main = squeezed(document.text)
    return [a for a in articles if in_main_text(a, main)]


def in_main_text(element: HtmlElement, main: str) -> bool:
    """Whether a sentence of `element` is in `main`, the main text trafilatura found (`squeezed`)."""
    return any(squeezed(line) in main for _, line in text_lines(element) if len(line.split()) > 3)


def listing_teasers(tree: HtmlElement, document: Document | None) -> list[HtmlElement]:
    """The teasers of a listing built of `<div>`s or `<li>`s rather than `<article>`s: the largest
    group of sibling elements of one tag and class that each hold one heading linking to a page of
    its own (`<div class="views-row"><h3><a href="…/minister-met-…">…</a></h3><p>…</p></div>`
    again and again). The sections of one article (`<div class="section"><h2>Background</h2>…`)
    link nowhere; the "Related stories" around an article are not in its main text, a listing is."""
    teasers: list[HtmlElement] = []
    for parent in tree.iter():
        groups: dict[tuple[str, str | None], list[HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str):
                groups.setdefault((child.tag, child.get("class")), []).append(child)
        teasers = max([teasers, *(group for group in groups.values() if len(group) > 1 and link_apart(group))], key=len)
    if teasers and document is not None and document.text:
        main = squeezed(document.text)
        if not any(in_main_text(teaser, main) for teaser in teasers):
            return []
    return teasers


def link_apart(group: list[HtmlElement]) -> bool:
    """Each element holds one heading, which links to a page no other element's heading links to."""
    links = set()
    for element in group:
        headings = list(element.iter(*TEASER_HEADINGS))
        if len(headings) != 1:
            return False
        link = next((a.get("href") for a in headings[0].iter("a") if a.get("href")), None)
        if link is None or link in links:
            return False
        links.add(link)
    return True


def date_of_line(line: str) -> date | None:
    """The date a line gives when it is a date and nothing else ("14.05.2025", "3 March 2025")."""
    found = DATE_LINE.match(line.strip())
    if found is None:
        return None
    import dateparser  # imported on the first line that may be a date: its languages load slowly

    # English, as the news icgraph reads: guessing the language of "Brussels, 3 March 2025" costs a second
    parsed = dateparser.parse(found.group(1), languages=["en"], settings={"STRICT_PARSING": True, "DATE_ORDER": "DMY",
                                                                          "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def teaser_date(teaser: HtmlElement) -> date | None:
    """A teaser's date: its `<time>` (datetime attribute or text), else an element whose class says
    it holds the date (`<span class="date">14.05.2025</span>`), which is then dropped as furniture."""
    time = first(teaser, "time")
    if time is not None:
        return parse_published(time.get("datetime")) or date_of_line(element_text(time))
    for element in teaser.iter():
        if isinstance(element.tag, str) and "date" in (element.get("class") or "").lower():
            if found := date_of_line(element_text(element)):
                element.drop_tree()
                return found
    return None


def article_item(article: HtmlElement, source: str, publisher: str | None) -> NewsItem | None:
    heading = first(article, *HEADINGS, "h4")
    title = element_text(heading) if heading is not None else None
    published = teaser_date(article)
    links = [str(a.get("href")) for a in article.iter("a") if a.get("href") is not None]
    url = links[0] if links and re.match(r"https?://", links[0]) else None
    for furniture in [heading, *article.iter("header")]:  # the heading, date and byline are no text
        if furniture is not None:
            furniture.drop_tree()
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


def paragraphs(document: Document, headlines: set[str | None]) -> list[str]:
    """trafilatura's text a paragraph a line, without the headline it starts with; its list items
    ("- trade") marked as the other readers mark them ("• trade")."""
    lines = [line for line in map(clean_text, (document.text or "").split("\n")) if line]
    if lines and lines[0] in headlines:
        lines = lines[1:]
    return [f"• {line[2:]}" if line.startswith("- ") else line for line in lines]


def site_name(tree: HtmlElement, document: Document | None) -> str | None:
    """og:site_name, JSON-LD `publisher.name` or a publisher meta tag, as trafilatura's sitename
    finds them; not a URL (article:publisher), the host name it falls back to nor a social media
    handle (twitter:site)."""
    name = clean_text(document.sitename) if document and document.sitename else meta(tree, "og:site_name")
    if name and name.removeprefix("@") in social_media_handles(tree):
        return None  # trafilatura reads <meta name="twitter:site" content="@MinComHU"> as "MinComHU"
    return name if name and not NOT_A_NAME.search(name) else None


def social_media_handles(tree: HtmlElement) -> set[str]:
    """The handles ("@MinComHU") that a page gives as its site's name, without their "@"."""
    values = (meta(tree, name) for name in ("og:site_name", "twitter:site"))
    return {value[1:] for value in values if value and value.startswith("@")}


def publisher_of(tree: HtmlElement, document: Document, title: str | None) -> str | None:
    """The site's name, else the part of the page's <title> that is not the article's title
    ("Foreign Minister meets counterpart | Ministry of Foreign Affairs")."""
    if name := site_name(tree, document):
        return name
    page_title = first(tree, "title")
    parts = [clean_text(part) for part in TITLE_SEPARATORS.split(element_text(page_title) if page_title is not None else "")]
    if len(parts) < 2 or title not in (parts[0], parts[-1]):
        return None
    return parts[-1] if parts[0] == title else parts[0]


def page_item(tree: HtmlElement, document: Document, source: str) -> NewsItem | None:
    """The page's one article, if trafilatura found one with prose (not a lone "Contact us.")."""
    title = clean_text(document.title or "") or None
    h1 = first(tree, "h1")
    body = paragraphs(document, {title, element_text(h1) if h1 is not None else None})
    if not any(Block(line, 0).is_prose for line in body):
        return None
    dated = date_of_line(body[0])  # "12 March 2026" standing alone above the text: the page's date
    if dated:
        body = body[1:]
    text = "\n\n".join(body)
    url = canonical_url(tree)
    headline = next((h for h in tree.iter(*HEADINGS) if element_text(h) == title), None)
    return NewsItem(
        id=url or stable_item_id(title, text),
        text=text,
        title=title,
        url=url,
        publisher=publisher_of(tree, document, title),
        published=parse_published(document.date) or dated,
        origin=f"{source} line {headline.sourceline}" if headline is not None and headline.sourceline else source,
    )


def is_fragment(tree: HtmlElement) -> bool:
    """A page without a title of its own (no <title>, og:title or <h1>): a snippet of one or more
    news ("<h3>Museum opens wing</h3><p>…</p><h3>Embassy hosts reception</h3><p>…</p>")."""
    return first(tree, "title", "h1") is None and meta(tree, "og:title") is None


def read_html(text: str, source: str) -> Iterator[ReadResult]:
    tree = parse(text)
    if tree is None:
        return
    document = None if is_fragment(tree) else main_content(tree)
    drop_noise(tree)
    articles = listing_articles(tree, document)
    if len(articles) < 2:
        articles = listing_teasers(tree, document)
    if len(articles) > 1:
        items = (article_item(article, source, site_name(tree, document)) for article in articles)
        yield from (item for item in items if item is not None)
        return
    item = page_item(tree, document, source) if document else None
    if item is not None:
        yield item
        return
    yield from items_from_blocks(blocks_from_lines(text_lines(tree)), source)


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
