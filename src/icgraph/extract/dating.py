"""When and where an event took place: the dates, city and venue named in its sentence or, for a
meeting, in a nearby sentence of the same paragraph that speaks of it ("The meeting, held on ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span

from icgraph.extract.context import ItemContext, Mention
from icgraph.extract.dates import MONTH_NAMES, DateMention, GuardedPattern, states_a_plan
from icgraph.extract.lexicon import singular
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


NARRATIVE_BEFORE = 31  # days before the report's day that a date may still set its narrative time
REPORTING = frozenset({"said", "reported", "announced", "stated", "added", "noted", "reports", "says",
                       "announces", "published", "issued"})


def _in(ctx: ItemContext, start: int, end: int, anchor: int | None = None) -> list[DateMention]:
    """Day dates between `start` and `end`, nearest to `anchor` first (single days before ranges).
    The dateline and "said today" date the report, not the event."""
    text = ctx.item.text
    found = []
    for m in ctx.dates:
        if not (start <= m.start and m.end <= end and m.precision == "day" and m.first):
            continue
        if ctx.dateline is not None and m.start == ctx.dateline.start or _dateline_like(text, m):
            continue
        before = text[max(0, m.start - 20):m.start].lower().split()
        if m.relative and before and before[-1].strip(",") in REPORTING and not AFTER_IT.match(text, m.end):
            continue  # "said on Tuesday after meeting B" dates the meeting; "said on Tuesday" alone does not
        found.append(m)
    if anchor is not None:
        found.sort(key=lambda m: (m.last is not None, abs(m.start - anchor)))
    return found


AFTER_IT = re.compile(r",?\s+(?:shortly\s+|just\s+|right\s+)?after\s", re.I)
DATELINE_END = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:–|—|--|-|/)")


def _dateline_like(text: str, mention: DateMention) -> bool:
    """ "MANILA 25 March 2025 – The Department ...": a date opening a paragraph after a city and
    before a dash dates the report, wherever the paragraph is."""
    paragraph_start = text.rfind("\n", 0, mention.start) + 1
    return mention.start - paragraph_start <= 40 and DATELINE_END.match(text, mention.end) is not None


def _same_paragraph(text: str, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    between = text[lo:hi]
    return "\n\n" not in between and "\n" not in between.strip()


def _talks_about_event(ctx: ItemContext, sentence: Span) -> bool:
    return not EVENT_WORDS.isdisjoint(ctx.lemmas[sentence.start:sentence.end]) \
        or not EVENT_WORDS.isdisjoint(ctx.lowers[sentence.start:sentence.end])


DAYS_AFTER = GuardedPattern.of(re.compile(r"\b(?P<count>a|one|the|two|three)\s+days?\s+(?P<after>after)\s+[^,;:()]*$", re.I))
DAY_COUNTS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3}


def _days_after(ctx: ItemContext, sentence: Span, anchor: int) -> list[DateMention]:
    """ "The announcement came a day after A met B", "A said on Tuesday, two days after meeting B":
    an encounter told as the days before what the sentence reports took place that many days before
    the day of the report's clause (a day the sentence names before, else the narrative's), unless
    the "after" clause dates it itself."""
    text = ctx.item.text
    match = DAYS_AFTER.search(text, sentence.start_char, anchor)
    if match is None or any(match.end() <= m.start < sentence.end_char for m in ctx.dates):
        return []
    after = ctx.doc.char_span(match.start("after"), match.end("after"))
    event = ctx.doc.char_span(anchor, anchor + 1, alignment_mode="expand")
    if after is None or event is None or not (event[0] == after[0].head or event[0] in after[0].subtree):
        return []  # "The day after the summit ended, A met B": the clause after "after" is another event's
    named = [m for m in ctx.dates if sentence.start_char <= m.start and m.end <= match.start()
             and m.precision == "day" and m.first and m.last is None]
    return _moved(named[-1:] or _narrative_date(ctx, sentence), match, -DAY_COUNTS[match.group("count").lower()])


DAYS_AWAY = GuardedPattern.of(re.compile(
    r"\b(?:the\s+(?P<next>following|next)\s+(?:day|morning|afternoon|evening)|the\s+(?P<previous>previous|preceding)\s+day"
    r"|(?P<count>a|one|two|three)\s+days?\s+(?P<way>later|earlier|before(?=\s*[,.;]))"
    r"|the\s+day\s+(?P<side>after|before)(?=\s*[,.;])|the\s+(?P<eve>eve)\s+of)\b", re.I))
DAY_OF_VISIT = GuardedPattern.of(re.compile(
    r"\b(?:on\s+)?(?:the\s+(?P<ordinal>second|third|fourth|fifth|last|final|closing)\s+day|day\s+(?P<number>two|three|four|five|[2-5])\b)"
    r"(?:\s+of\s+(?:his|her|their|the|its)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stay|mission)\b|\s*,)", re.I))
COUNTS = DAY_COUNTS | {"second": 1, "third": 2, "fourth": 3, "fifth": 4}  # "the third day": two after the first
DAY_NUMBERS = {"two": 1, "three": 2, "four": 3, "five": 4} | {str(n): n - 1 for n in range(2, 6)}  # "day two": the second
LAST_DAY = frozenset({"last", "final", "closing"})


def _days_later(ctx: ItemContext, sentence: Span) -> list[DateMention]:
    """ "The following day, A was received by B", "Two days later, he met C", "The day before, she had
    met D", "On the eve of the opening, B received D": the day that many days from the one the narrative last set before the sentence (a day it
    names, or the report's own day for a day before it); "On the third day of her visit", "on day two
    of the visit": from the visit's first day; "on the last day of the visit": the last of its range."""
    text = ctx.item.text
    match = DAYS_AWAY.search(text, sentence.start_char, sentence.end_char)
    if match is not None:
        count = COUNTS[match.group("count").lower()] if match.group("count") else 1
        # "On the eve of the opening": the day before the one the narrative set for what it names
        backwards = match.group("previous") or match.group("eve") \
            or (match.group("way") or match.group("side") or "").lower() in {"earlier", "before"}
        # the report's own day (a textless mention) is a base only looking back: "A day earlier, he met
        # C" after an undated encounter; a day after it would be one the report had not yet seen
        base = [m for m in _narrative_date(ctx, sentence) if m.text or backwards]
        return _moved(base, match, -count if backwards else count)
    match = DAY_OF_VISIT.search(text, sentence.start_char, sentence.end_char)
    if match is None:
        return []
    before = _in(ctx, 0, sentence.start_char)
    ranges = [m for m in before if m.last is not None][:1]
    ordinal = (match.group("ordinal") or "").lower()
    if ordinal in LAST_DAY:  # "On the final day of her visit": the last day of the visit's range
        return [DateMention(match.start(), match.end(), match.group(), ranges[0].last, None, True)] if ranges else []
    days = COUNTS[ordinal] if ordinal else DAY_NUMBERS[match.group("number").lower()]
    return _moved(ranges or before[:1], match, days, from_first=True)


def _moved(base: list[DateMention], match: re.Match, days: int, from_first: bool = False) -> list[DateMention]:
    """The day `days` from the day of `base` (from the first day of a range when `from_first`)."""
    if not base or (base[0].last is not None and not from_first):
        return []
    return [DateMention(match.start(), match.end(), match.group(), base[0].first + timedelta(days=days), None, True)]


OCCASION_NAME = re.compile(r"\s*(?:the\s+)?(?P<name>[A-Z0-9][\w'’&-]*(?:\s+(?:(?:of|on|for|and|the)\s+)*[A-Z0-9][\w'’&-]*)*)")


def _occasion_dates(ctx: ItemContext, sentence: Span) -> list[DateMention]:
    """ "A met B on the sidelines of the G20 Summit" ("on the margins of COP29", "during the G20 Summit")
    where another sentence of the item dates the summit ("The G20 Summit was held on 18 and 19
    November"): the encounter took place during that occasion, on its first day. A day far from the
    report's dates something else ("APEC was founded on 6 November 1989")."""
    text = ctx.item.text
    for name in _occasion_names(ctx, sentence):
        named = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        for other in ctx.sentences:
            at = named.search(text, other.start_char, other.end_char)
            if other.start == sentence.start or at is None:
                continue
            found = [m for m in _in(ctx, other.start_char, other.end_char, at.start())
                     if ctx.reference is None or _near(ctx.reference, m)]
            if found:
                return found[:1]
    return []


OCCASION_PREPOSITIONS = frozenset({"during", "at"})


def _occasion_names(ctx: ItemContext, sentence: Span) -> list[str]:
    """The names of the occasions a sentence sets its encounter in: any after "on the sidelines of",
    and after "during" or "at" one whose last word is an event's ("during the G20 Summit", not "at the
    Ministry")."""
    text, tokens, lowers = ctx.item.text, ctx.tokens, ctx.lowers
    names = []
    for i in range(sentence.start, sentence.end - 1):
        if lowers[i] in ctx.lexicon.sidelines and lowers[i + 1] == "of":
            match, of_an_event = OCCASION_NAME.match(text, tokens[i + 1].idx + 3), False
        elif lowers[i] in OCCASION_PREPOSITIONS:
            match, of_an_event = OCCASION_NAME.match(text, tokens[i].idx + len(ctx.texts[i])), True
        else:
            continue
        if match is None:
            continue
        if of_an_event and singular(match.group("name").split()[-1].lower()) not in ctx.lexicon.event_nouns:
            continue
        names.append(match.group("name"))
    return names


def dates_near(ctx: ItemContext, sentence: Span, meeting: bool = True, anchor: int | None = None,
               not_places: frozenset[int] = frozenset()):
    """(EventDates, place key, venue) for an event read from `sentence` (around char `anchor`); a place
    named at the tokens `not_places` is not where it was held (an instrument's subject, a party's seat,
    another event's name)."""
    sentence = ctx.read_span(sentence)  # an event's sentence is read word by word below
    found = _days_after(ctx, sentence, anchor) if meeting and anchor is not None else []
    found = found or [m for m in _in(ctx, sentence.start_char, sentence.end_char, anchor if meeting else None)
                      if not meeting or not _after_the_report(ctx, m)]
    found = found or _days_later(ctx, sentence) or _occasion_dates(ctx, sentence)
    source = sentence
    undated = not found and meeting and anchor is not None and vaguely_timed(ctx, sentence, anchor)
    if not found and not undated:
        planned = states_a_plan(sentence.text)
        sentences = list(ctx.sentences)
        # the item's sentence that holds the span ("with C." of "She met B, and with C": a gapped encounter's)
        index = next(i for i, s in enumerate(sentences) if s.start <= sentence.start < s.end)
        for other in sentences[index + 1:index + 3] + sentences[max(0, index - 1):index]:
            told_before = not meeting and other.start < sentence.start and _refers_back(ctx, sentence)
            if not _same_paragraph(ctx.item.text, sentence.start_char, other.start_char) and not told_before \
                    and (other.start < sentence.start or _after_its_paragraph_began(sentence) and not _refers_back(ctx, other)):
                # another paragraph's date is not this event's ("arrived on Tuesday. He was welcomed
                # at the airport by B." | "On Wednesday, the two presidents held talks ..."), unless
                # it speaks of the event again ("During the closing ceremony, held on April 2"), or
                # the event's sentence opens its paragraph or is a line without a full stop (a
                # headline, a caption) that the next paragraph tells; an event other than an encounter
                # named again ("The ceremony was attended by ...") is the one the sentence before told
                continue
            continued = other.start == sentence.end and _unfinished(sentence)
            if not continued and not _talks_about_event(ctx, other):
                continue
            if not planned and states_a_plan(other.text):
                continue  # "B welcomed him at the airport. He is expected to visit X on Monday."
            candidates = [m for m in _in(ctx, other.start_char, other.end_char) if _in_the_reports_time(ctx, m)]
            if candidates:
                found, source = candidates, other
                break
    if not found and not undated and ctx.dateline is not None and (_mentions_today(ctx, sentence) or _opens_with_dateline(ctx, sentence)):
        # "received here today" under a dated dateline; the lead sentence of a dated wire report
        found = [ctx.dateline]
    if not found and meeting and not undated:
        found = _narrative_date(ctx, sentence)
    dates = EventDates(found[0].first, found[0].last) if found else EventDates(None, None)
    place = _place(ctx, sentence, source, skip=not_places) if source is not sentence \
        else _place(ctx, sentence, skip=not_places)
    venue = _venue(sentence) or (_venue(source) if source is not sentence else None)
    return dates, place, venue


VAGUE_TIME = GuardedPattern.of(re.compile(
    r"\b(?:earlier\s+(?:this|in\s+the)\s+(?:week|month)|this\s+(?:week|month)(?!['’]s)|last\s+(?:week|month|weekend)|(?:this|the)\s+past\s+(?:week|weekend)"
    r"|(?:over|during|at|on)\s+the\s+weekend|this\s+weekend|in\s+recent\s+(?:days|weeks)|recently"
    r"|(?:a|one|two|three)\s+weeks?\s+ago|(?:(?:last|(?:earlier\s+)?this)\s+year|(?:last|this)\s+(?:spring|summer|autumn|fall|winter))(?!['’]s)"
    r"|(?:in|during)\s+(?:early\s+|mid-?|late\s+)?(?:19|20)\d\d\b"
    rf"|(?:(?:in|during)\s+(?:early\s+|mid-?|late\s+)?|last\s+|this\s+past\s+)(?-i:{'|'.join(MONTH_NAMES)})\b(?!\s+\d{{1,2}}\b))",
    re.I))


def vaguely_timed(ctx: ItemContext, sentence: Span, anchor: int) -> bool:
    """ "A met B earlier this week", "met this week", "A recently received B", "held talks in early May", "met over the
    weekend", "last year", "last October", "in 2024" (not "this year's Munich Security Conference": an event's name):
    the clause of the encounter (or the one its "when"/"where" clause belongs to: "paid a visit to X in
    October 2024, where he was received by B") gives its time as a stretch with no day in it, so neither
    the report's day nor a nearby sentence's dates it ("A received B to discuss the floods of last week"
    gives the floods' time, not the encounter's)."""
    if not VAGUE_TIME.may_match(ctx.item.text, sentence.start_char, sentence.end_char):
        return False  # (most sentences hold none of the words a stretch of time needs)
    event = ctx.doc.char_span(anchor, anchor + 1, alignment_mode="expand")
    if event is None:
        return False
    clauses = _clauses_in_time(_clause_verb(event[0]))
    for match in VAGUE_TIME.pattern.finditer(ctx.item.text, sentence.start_char, sentence.end_char):
        phrase = ctx.doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if phrase is not None and _clause_verb(phrase[-1]) in clauses:
            return True
    return False


def reports_day_within_anothers_days(ctx: ItemContext, sentence: Span, anchor: int, dates: EventDates) -> EventDates:
    """ "Riyadh, 8 February – A held a bilateral meeting with B on the margins of the Council, which runs
    from 7 to 9 February": days the sentence gives in a clause describing a noun are the stay's or the
    gathering's; the day the dateline files the report, among them, is the encounter's ("held talks ...
    from Dec. 11 to 12" keeps its two days)."""
    dateline = ctx.dateline
    if dateline is None or dates.first is None or dates.last is None or dates.last == dates.first \
            or not dates.first <= dateline.first <= dates.last:
        return dates
    event = ctx.doc.char_span(anchor, anchor + 1, alignment_mode="expand")
    stretch = next((m for m in ctx.dates if sentence.start_char <= m.start < sentence.end_char
                    and (m.first, m.last) == (dates.first, dates.last)), None)
    if event is None or stretch is None:
        return dates
    days = ctx.doc.char_span(stretch.start, stretch.end, alignment_mode="expand")
    if days is None or not _in_a_clause_describing_a_noun(days[0], _clause_verb(event[0])):
        return dates
    return EventDates(dateline.first, None)


def _in_a_clause_describing_a_noun(token, verb) -> bool:
    """Whether `token` stands in a relative or participial clause of a noun ("the Council, which runs
    from ...", "the Assembly, held from ...", "Beijing, where he is on a visit from ..."), below `verb`."""
    while token.head.i != token.i and token.i != verb.i:
        if token.dep_ in {"relcl", "acl"} and token.head.pos_ in {"NOUN", "PROPN"}:
            return True
        token = token.head
    return False


def _clause_verb(token):
    """The verb whose clause `token` stands in (the token itself for a verb)."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def _clauses_in_time(verb) -> list:
    """The clause of `verb` and, when it is a "when" or "where" clause, the clauses it belongs to,
    whose time is its time."""
    clauses = [verb]
    while verb.dep_ in {"relcl", "advcl"} and verb.head.i != verb.i \
            and any(c.dep_ == "advmod" and c.lower_ in {"when", "where"} for c in verb.children):
        verb = _clause_verb(verb.head)
        clauses.append(verb)
    return clauses


def _after_the_report(ctx: ItemContext, mention: DateMention) -> bool:
    """A day named without its year more than a day after the report's: an encounter the report tells
    (not a planned one) took place before it, so such a day in its sentence is another's ("A, who will
    travel to Rome on 20 May, met B", "met B to prepare the visit of 2 June"). A day with its year
    stands even then: the item's publication date may be wrong, its text less often."""
    return mention.relative and ctx.reference is not None and (mention.first - ctx.reference).days > 1


def _in_the_reports_time(ctx: ItemContext, mention: DateMention) -> bool:
    """Whether a day another sentence names may be the event's: under a dateline, not one long before
    the report's day ("The Ambassador recalled the visit of X on 3 March 2024")."""
    return ctx.dateline is None or _near(ctx.dateline.first, mention)


def _near(reference: date, mention: DateMention) -> bool:
    """A day at most NARRATIVE_BEFORE days before the report's day `reference`, or the day after it."""
    return NARRATIVE_BEFORE >= (reference - mention.first).days >= -1


def _refers_back(ctx: ItemContext, sentence: Span) -> bool:
    """The sentence names an event as one already told ("the meeting", "this visit")."""
    lemmas, lowers = ctx.lemmas, ctx.lowers
    return any((lemmas[t.i] in EVENT_WORDS or lowers[t.i] in EVENT_WORDS)
               and any(c.dep_ == "det" and lowers[c.i] in {"the", "this", "that"} for c in t.children) for t in sentence)


def _after_its_paragraph_began(sentence: Span) -> bool:
    """A sentence with a full stop that another sentence of its paragraph comes before, whose time
    (or the report's) holds for it."""
    text = sentence.text.rstrip()
    return bool(text) and text[-1] in ".!?" and sentence.start > 0 \
        and "\n" not in sentence.doc[sentence.start - 1].text_with_ws


def _unfinished(sentence: Span) -> bool:
    """A sentence cut by the parser before its end ("... his meeting with PM" | "Nguyen ... on July 17.")."""
    text = sentence.text.rstrip()
    return bool(text) and text[-1] not in ".!?:;\"”’)" and "\n" not in sentence.text_with_ws


def _narrative_date(ctx: ItemContext, sentence: Span) -> list[DateMention]:
    """The time a report last set before the sentence holds until it sets another ("received X on
    Sunday. ... He later met Y"); an encounter the report dates nowhere took place on the report's
    own day (the day its headline names, else its dateline, else its publication date). A day far from
    that day before the sentence dates a past event, not the narrative."""
    reference = ctx.dateline.first if ctx.dateline is not None else ctx.reference
    for mention in reversed(_in(ctx, 0, sentence.start_char)):
        if _ahead(ctx, mention):
            continue  # "The visit continues until Wednesday": a day the narrative has not reached
        if reference is None or _near(reference, mention):
            return [mention]
    if ctx.headline_date is not None:
        return [ctx.headline_date]  # "Minister receives envoy (12 May 2025)" over a text that names no day
    if reference is None:
        return []
    return [DateMention(sentence.start_char, sentence.start_char, "", reference, None, True)]


def _ahead(ctx: ItemContext, mention: DateMention) -> bool:
    """A day after the report's that a sentence stating a plan names."""
    if ctx.reference is None or mention.first <= ctx.reference:
        return False
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and states_a_plan(span.sent.text)


def _opens_with_dateline(ctx: ItemContext, sentence: Span) -> bool:
    return ctx.dateline is not None and sentence.start_char <= ctx.dateline.start < sentence.end_char


TODAY_WORDS = frozenset({"today", "here"})


def _mentions_today(ctx: ItemContext, sentence: Span) -> bool:
    return not TODAY_WORDS.isdisjoint(ctx.lowers[sentence.start:sentence.end])


def _place(ctx: ItemContext, *sentences: Span, skip: frozenset[int] = frozenset()) -> str | None:
    """The city (a known one first) or else the country an event is said to be in or at, over the
    sentences that describe it (the first sentence wins ties), but not at the tokens `skip`. "in the
    Kingdom of X" is a place; "Ambassador to the Kingdom of X" is not."""
    ranked = []
    for order, sentence in enumerate(sentences):
        for mention in ctx.mentions_in(sentence.start, sentence.end):
            if mention.kind not in {EntityKind.PLACE, EntityKind.COUNTRY} or mention.start in skip:
                continue
            if not _after_in_or_at(ctx, mention.start):
                continue
            entity = ctx.entity(mention.key)
            known_city = entity.kind == EntityKind.PLACE and entity.country is not None
            rank = 0 if known_city else 1 if entity.kind == EntityKind.PLACE else 2
            ranked.append((rank, order, mention.start, mention.key))
    return min(ranked)[3] if ranked else None


def _after_in_or_at(ctx: ItemContext, start: int) -> bool:
    """Whether the words before a name are "in", "at", "in the" or "at the"."""
    before = list(ctx.lowers[max(0, start - 2):start])
    if before[-1:] in (["in"], ["at"]):
        return True
    return before[-1:] == ["the"] and before[-2:-1] in (["in"], ["at"])


DATELINE_OPENS_WITHIN = 600  # characters: a dateline opens one of the item's first paragraphs
AFTER_DATELINE_CITY = re.compile(r"\s*(?:\[[^\[\]\n]{2,40}\]\s*)?(?:[,:/–—-]|\()|\.\s+[A-Z]")
"""What follows a dateline's city: punctuation, optionally after its state in brackets ("New Delhi [India],"),
or a full stop before a capital ("ASTANA. KAZINFORM -", "Geneva.\nThe session ...")."""


def dateline_place(ctx: ItemContext) -> str | None:
    """The city a dateline opens the item with ("TASHKENT –", "Dushanbe:", "Kigali, 3 March 2025 (RNA) –",
    "ASTANA. KAZINFORM -"): where the report is filed from, and so where an event it tells of without a
    place of its own was held. Of several cities ("LONDON/BAKU -"), the one the item names again."""
    cities = _dateline_cities(ctx)
    if len(cities) > 1:
        named_again = [c for c in cities if sum(m.key == c for m in ctx.mentions) > 1]
        return named_again[0] if len(named_again) == 1 else None
    return cities[0] if cities else None


def _dateline_cities(ctx: ItemContext) -> list[str]:
    """The cities that open a paragraph within the item's first characters before a dateline's
    punctuation, with those joined to the first by slashes ("LONDON/BAKU -")."""
    text = ctx.item.text
    mentions = ctx.mentions_in(0, len(ctx.doc), frozenset({EntityKind.PLACE}))
    for index, mention in enumerate(mentions):
        start = ctx.doc[mention.start].idx
        if start > DATELINE_OPENS_WITHIN:
            return []
        if not opens_dateline(ctx, mention, AFTER_DATELINE_CITY):
            continue
        cities, previous = [mention.key], mention
        for following in mentions[index + 1:]:
            if text[_end_char(ctx, previous):ctx.doc[following.start].idx].strip() != "/" \
                    or not AFTER_DATELINE_CITY.match(text, _end_char(ctx, following)):
                break
            cities.append(following.key)
            previous = following
        return cities
    return []


def opens_dateline(ctx: ItemContext, mention: Mention, closes: re.Pattern) -> bool:
    """Whether a place's name opens a dateline ("TASHKENT –", "ASTANA. KAZINFORM -", "LONDON/BAKU -",
    "Dushanbe:"): it begins a paragraph that starts within the item's first characters, and `closes`,
    the caller's reading of what may end a dateline's city, matches right after it."""
    text = ctx.item.text
    start = ctx.doc[mention.start].idx
    paragraph_start = text.rfind("\n", 0, start) + 1
    if paragraph_start > DATELINE_OPENS_WITHIN or text[paragraph_start:start].strip():
        return False
    return bool(closes.match(text, _end_char(ctx, mention)))


def _end_char(ctx: ItemContext, mention: Mention) -> int:
    last = ctx.doc[mention.end - 1]
    return last.idx + len(last.text)


def _venue(sentence: Span) -> str | None:
    match = VENUE.search(sentence.text)
    if match is None:
        return None
    return match.group(1).strip().rstrip(",")
