"""RSS and Atom feeds: one item per entry, its body HTML reduced to paragraphs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import feedparser

from icgraph.model import NewsItem
from icgraph.read import Reader, ReadProblem, ReadResult, register, stable_item_id
from icgraph.read.clean import clean_text
from icgraph.read.html import html_to_text


def entry_date(entry: feedparser.FeedParserDict) -> date | None:
    for field in ("published_parsed", "updated_parsed"):
        parsed = entry.get(field)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def entry_body(entry: feedparser.FeedParserDict) -> str:
    contents = entry.get("content") or []
    html = max((part.get("value", "") for part in contents), key=len, default="") or entry.get("summary", "")
    return html_to_text(html) if html else ""


def read_feed(text: str, source: str) -> Iterator[ReadResult]:
    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        yield ReadProblem(source, f"not a readable RSS or Atom feed ({feed.bozo_exception})")
        return
    publisher = clean_text(feed.feed.get("title", "")) or None
    for number, entry in enumerate(feed.entries, start=1):
        origin = f"{source} entry {number}"
        title = clean_text(entry.get("title", "")) or None
        body = entry_body(entry)
        if not body:
            yield ReadProblem(origin, "entry has no text")
            continue
        url = entry.get("link") or None
        yield NewsItem(
            id=entry.get("id") or url or stable_item_id(title, body),
            text=body,
            title=title,
            url=url,
            publisher=publisher,
            published=entry_date(entry),
            origin=origin,
        )


def looks_like_feed(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return "<rss" in head or ("<feed" in head and "atom" in head)


FEED = register(
    Reader(
        name="feed",
        description="an RSS or Atom feed, one item per entry",
        extensions=(".rss", ".atom", ".xml"),
        sniff=looks_like_feed,
        read=read_feed,
    )
)
