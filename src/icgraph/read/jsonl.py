"""JSON Lines: one news item a line, with fields id, url, publisher, title, published, text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime

from icgraph.model import NewsItem
from icgraph.read import Reader, ReadProblem, ReadResult, register, stable_item_id
from icgraph.read.clean import clean_text


def parse_published(value: object) -> date | None:
    """An ISO date or date-time, as publishers write them; anything else is no date."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None


def optional_text(record: dict, field: str) -> str | None:
    value = record.get(field)
    if value is None:
        return None
    text = clean_text(str(value))
    return text or None


def item_from_record(record: dict, origin: str) -> ReadResult:
    text = clean_text(str(record.get("text") or ""))
    title = optional_text(record, "title")
    if not text:
        return ReadProblem(origin, "item has no text")
    url = optional_text(record, "url")
    item_id = optional_text(record, "id") or url or stable_item_id(title, text)
    published = parse_published(record.get("published"))
    if record.get("published") and published is None:
        return ReadProblem(origin, f"published is not an ISO date: {record['published']!r}")
    return NewsItem(
        id=item_id,
        text=text,
        title=title,
        url=url,
        publisher=optional_text(record, "publisher"),
        published=published,
        origin=origin,
    )


def read_jsonl(text: str, source: str) -> Iterator[ReadResult]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{source} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ReadProblem(origin, f"malformed JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield ReadProblem(origin, f"expected a JSON object, found {type(record).__name__}")
            continue
        yield item_from_record(record, origin)


def looks_like_jsonl(text: str) -> bool:
    return text.lstrip().startswith("{")


JSONL = register(
    Reader(
        name="jsonl",
        description="JSON Lines, one item a line: id, url, publisher, title, published, text",
        extensions=(".jsonl", ".ndjson", ".json"),
        sniff=looks_like_jsonl,
        read=read_jsonl,
    )
)
