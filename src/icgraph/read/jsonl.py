"""JSON Lines: one news item a line, with fields id, url, publisher, title, published, text."""

from __future__ import annotations

import json
import re
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


TEXT_FIELDS = ("id", "url", "publisher", "title", "published", "text")
MAX_DEPTH = 32
"""Nesting deeper than this in one line is refused before parsing (an item needs depth 1)."""

_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def nesting_depth(line: str) -> int:
    """How deep the arrays and objects of a JSON text nest (brackets inside strings not counted)."""
    depth = deepest = 0
    for bracket in _NOT_BRACKET.sub("", _JSON_STRING.sub("", line)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def optional_text(record: dict, field: str) -> str | None:
    value = record.get(field)
    if value is None:
        return None
    text = clean_text(value)
    return text or None


def item_from_record(record: dict, origin: str) -> ReadResult:
    wrong = [f"{field} is {type(record[field]).__name__}" for field in TEXT_FIELDS if record.get(field) is not None and not isinstance(record[field], str)]
    if wrong:
        return ReadProblem(origin, f"fields must be strings: {', '.join(wrong)}")
    text = clean_text(record.get("text") or "")
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
    for number, line in enumerate(text.split("\n"), start=1):  # not splitlines(): U+2028, \x1c… are not line ends here
        if not line.strip():
            continue
        origin = f"{source} line {number}"
        if nesting_depth(line) > MAX_DEPTH:
            yield ReadProblem(origin, f"JSON nested deeper than {MAX_DEPTH} levels, line skipped")
            continue
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
