"""When and where an event took place: the dates, city and venue named in its sentence or, for a
meeting, in a nearby sentence of the same paragraph that speaks of it ("The meeting, held on ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span

from icgraph.extract.context import ItemContext
from icgraph.extract.dates import DateMention
from icgraph.model import EntityKind

EVENT_WORDS = frozenset({"meeting", "visit", "audience", "talks", "talk", "ceremony", "signing", "call",
                         "conversation", "session", "reception", "discussion", "event"})
VENUE = re.compile(
    r"\b(?:at|in)\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s+){0,6}?(?:[Hh]eadquarters|Palace|Hall|Centre|Center|"
    r"[Oo]ffice|Secretariat|Building|House|Ministry)(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s?)+)?)"
)


@dataclass(frozen=True)
class EventDates:
    first: date | None
    last: date | None


def _in(mentions: list[DateMention], start: int, end: int) -> list[DateMention]:
    return [m for m in mentions if start <= m.start and m.end <= end and m.precision == "day" and m.first]


def _same_paragraph(text: str, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return "\n\n" not in text[lo:hi] and "\n" not in text[lo:hi].strip()


def _talks_about_event(sentence: Span) -> bool:
    return any(t.lemma_.lower() in EVENT_WORDS or t.lower_ in EVENT_WORDS for t in sentence)


def dates_near(ctx: ItemContext, sentence: Span, meeting: bool = True):
    """(EventDates, place key, venue) for an event read from `sentence`."""
    mentions = ctx.dates
    found = _in(mentions, sentence.start_char, sentence.end_char)
    source = sentence
    if not found:
        sentences = list(ctx.doc.sents)
        index = next(i for i, s in enumerate(sentences) if s.start == sentence.start)
        for other in sentences[index + 1:index + 3] + sentences[max(0, index - 1):index]:
            if not _same_paragraph(ctx.item.text, sentence.start_char, other.start_char) and other.start < sentence.start:
                continue
            if not _talks_about_event(other):
                continue
            candidates = _in(mentions, other.start_char, other.end_char)
            if candidates:
                found, source = candidates, other
                break
    if not found and ctx.dateline is not None and _mentions_today(sentence):
        found = [ctx.dateline]
    dates = EventDates(found[0].first, found[0].last) if found else EventDates(None, None)
    place = _place(ctx, sentence) or (_place(ctx, source) if source is not sentence else None)
    venue = _venue(sentence) or (_venue(source) if source is not sentence else None)
    return dates, place, venue


def _mentions_today(sentence: Span) -> bool:
    return any(t.lower_ in {"today", "here"} for t in sentence)


def _place(ctx: ItemContext, sentence: Span) -> str | None:
    best = None
    for mention in ctx.mentions_in(sentence.start, sentence.end):
        if mention.kind not in {EntityKind.PLACE, EntityKind.COUNTRY}:
            continue
        prev = ctx.doc[mention.start - 1] if mention.start > 0 else None
        if prev is None or prev.lower_ not in {"in", "at", "the"}:
            continue
        if mention.kind == EntityKind.PLACE:
            return mention.key
        best = best or mention.key
    return best


def _venue(sentence: Span) -> str | None:
    match = VENUE.search(sentence.text)
    if match is None:
        return None
    return match.group(1).strip().rstrip(",")
