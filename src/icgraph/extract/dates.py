"""Dates in news text, found with anchored regular expressions (no free-text date guessing).

Absolute dates ("18 April 2025", "Thursday, April 17, 2025", "the 30th of October 2017"),
ranges ("from 8 to 12 April 2025", "December 28-29, 2022", "between 30 March and 2 April 2025"),
numeric dates ("15/03/2019" day first, "2024-11-05"), months ("May 2024"), years ("in 2015"),
and expressions that need a reference date: a day without a year ("on September 18") or a month
("on the 14th"), "today", "two days ago", "last night",
"yesterday", "tomorrow", weekdays ("on Tuesday", "last Friday"). Without a reference date these
yield nothing: a date is never invented.
"""

from __future__ import annotations

import re
import re._constants as _regex
import re._parser as _regex_parser
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable, Iterator

from icgraph.textnorm import folded

__all__ = ["DateMention", "MONTH_NAMES", "find_dates", "find_dateline", "dateline_mention", "reference_date", "states_a_plan", "headline_date"]


@dataclass(frozen=True)
class DateMention:
    """A date (or a range `first`..`last`) named at `start`:`end` of a text.

    `precision` is "day", "month" (first = the 1st of the month) or "year" (first = 1 January).
    `relative` is set when the date was resolved against the reference date.
    """

    start: int
    end: int
    text: str
    first: date
    last: date | None = None
    relative: bool = False
    precision: str = "day"


# --------------------------------------------------------------------------- patterns run only where they may match

@dataclass(frozen=True)
class GuardedPattern:
    """A pattern with the words one of which any text it matches holds (`needed_words`): most
    sentences hold none, and looking for them costs far less than a search with the pattern."""

    pattern: re.Pattern[str]
    needs: frozenset[str] | None  # in lower case; None: no word is needed

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> "GuardedPattern":
        return cls(pattern, needed_words(pattern))

    def may_match(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether `text[start:end]` holds a needed word, as a case-insensitive pattern sees it (`folded`)."""
        if self.needs is None:
            return True
        lowered = folded(text[start:end])
        return any(word in lowered for word in self.needs)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """`pattern.search(text, start, end)`, run only when that part of the text holds a needed word."""
        if not self.may_match(text, start, end):
            return None
        return self.pattern.search(text, start, len(text) if end is None else end)

    def __or__(self, other: "GuardedPattern") -> "GuardedPattern":
        """A text matches the pattern made of both when it matches either."""
        return GuardedPattern.of(re.compile(f"{self.pattern.pattern}|{other.pattern.pattern}",
                                            self.pattern.flags | other.pattern.flags))


def needed_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Words (in lower case) one of which every text `pattern` matches holds, read from its parse:
    "attended by" for "attended by"; "attending" or "present at" for "(?:also )?(?:attending|present
    at) the meeting"; None when it may match with no plain word."""
    needed = _needed(_regex_parser.parse(pattern.pattern, pattern.flags))
    return None if needed is None else frozenset(w for w in needed if not any(o != w and o in w for o in needed))


def _needed(items) -> frozenset[str] | None:
    """The most telling (longest shortest word) of what the parsed expression `items` always
    matches: a run of ASCII characters, or the words that a group or an alternation it always
    matches needs (an alternation: one word of each of its branches)."""
    options: list[frozenset[str]] = []
    run = ""
    for op, value in [*items, (None, None)]:
        if op is _regex.LITERAL and value < 128:
            run += chr(value).lower()
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        if op is _regex.BRANCH:
            branches = [_needed(branch) for branch in value[1]]
            if all(branches):
                options.append(frozenset().union(*branches))
        elif op is _regex.SUBPATTERN:
            inner = _needed(value[-1])
            options += [inner] if inner else []
        elif op in (_regex.MAX_REPEAT, _regex.MIN_REPEAT) and value[0] >= 1:
            inner = _needed(value[-1])
            options += [inner] if inner else []
    return max(reversed(options), key=lambda words: min(map(len, words)), default=None)


# --------------------------------------------------------------------------- vocabulary

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
_WEEKDAY_ABBREVIATIONS = ("mon", "tues", "tue", "wed", "thurs", "thur", "thu", "fri", "sat", "sun")
_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
MONTH_NAMES = tuple(name.capitalize() for name in _FULL_MONTHS)


def _month_pattern(group: str) -> str:
    """A month name, capitalised or in capitals; an abbreviation may take a dot ("Sept.")."""
    full = "|".join(f"{name.capitalize()}|{name.upper()}" for name in _FULL_MONTHS)
    short = "|".join(name.capitalize() for name in sorted(_MONTHS, key=len, reverse=True) if name not in _FULL_MONTHS)
    return rf"(?P<{group}>(?:{full})\b|(?:{short})\b\.?)"


def _day_pattern(group: str) -> str:
    return rf"(?P<{group}>[0-3]?\d)(?:st|nd|rd|th)?\b"


_YEAR = r"(?P<year>(?:1[89]|20)\d{2})\b(?![.,]?\d)"
_WEEKDAY_NAMES = "|".join(day.capitalize() for day in _WEEKDAYS)
_WEEKDAY_ABBR = "|".join(day.capitalize() for day in _WEEKDAY_ABBREVIATIONS)
_LEADING_WEEKDAY = rf"(?:(?:{_WEEKDAY_NAMES}|(?:{_WEEKDAY_ABBR})\.?),?\s+(?:the\s+)?)?"
_RANGE_SEP = r"\s*(?:-|–|—|to|until|till|through|and)\s*"
_OF = r"(?:\s+of)?"
_COMMA = r",?\s+"
_NO_DIGIT_BEFORE = r"(?<![\d/.\-])"
_NO_DIGIT_AFTER = r"(?![\d/])"

# What a date starts with: a day with a digit, a month with its name, and either may follow a
# weekday's name (every form of a month's or a weekday's name begins with its first three letters,
# capitalised or, for a month, in capitals). Each pattern is tried only where what it starts with
# stands (found by scans that the regex engine runs fast), not at every position of the text.
_STARTERS = {
    "digit": re.compile(r"[0-9]"),
    "month": re.compile("|".join(sorted({form for name in _FULL_MONTHS for form in (name[:3].capitalize(), name[:3].upper())}))),
    "weekday": re.compile("|".join(sorted({name[:3].capitalize() for name in _WEEKDAYS}))),
}

D1, D2, M1, M2 = _day_pattern("d1"), _day_pattern("d2"), _month_pattern("m1"), _month_pattern("m2")
_OPT_YEAR = rf"(?:{_COMMA}{_YEAR})?"

# Each pattern's groups: d1/m1 (first day), d2/m2 (last day, optional), year (optional); before each
# pattern what its matches start with (_STARTERS; "year": see _year_starts).
_PATTERNS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    # 30 March 2025 - 2 April 2025, between 30 March and 2 April 2025
    ("range", ("digit", "weekday"), rf"{_NO_DIGIT_BEFORE}{_LEADING_WEEKDAY}{D1}{_OF}\s+{M1}(?:{_COMMA}(?P<year1>(?:19|20)\d{{2}}))?"
              rf"{_RANGE_SEP}{_LEADING_WEEKDAY}{D2}{_OF}\s+{M2}{_OPT_YEAR}"),
    # March 30 - April 2, 2025
    ("range", ("month", "weekday"), rf"{_LEADING_WEEKDAY}{M1}\s+{D1}(?:{_COMMA}(?P<year1>(?:19|20)\d{{2}}))?"
              rf"{_RANGE_SEP}{_LEADING_WEEKDAY}{M2}\s+{D2}{_OPT_YEAR}"),
    # 8-12 April 2025, from 8 to 12 April 2025, 8 and 9 April
    ("range", ("digit",), rf"{_NO_DIGIT_BEFORE}{D1}{_RANGE_SEP}{D2}{_OF}\s+{M1}{_OPT_YEAR}"),
    # December 28-29, 2022
    ("range", ("month",), rf"{M1}\s+{D1}{_RANGE_SEP}{D2}{_OPT_YEAR}{_NO_DIGIT_AFTER}"),
    # Friday, 18 April 2025; the 30th of October 2017; 18th September, 2019; 4 May
    ("day", ("digit", "weekday"), rf"{_NO_DIGIT_BEFORE}{_LEADING_WEEKDAY}{D1}{_OF}\s+{M1}{_OPT_YEAR}"),
    # Thursday, April 17, 2025; Jan 11, 2018; September 18
    ("day", ("month", "weekday"), rf"{_LEADING_WEEKDAY}{M1}\s+(?:the\s+)?{D1}{_OPT_YEAR}{_NO_DIGIT_AFTER}"),
    # 15/03/2019, 15.03.2019, 15-03-2019 (day first)
    ("numeric", ("digit",), rf"{_NO_DIGIT_BEFORE}(?P<a>\d{{1,2}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep){_YEAR}"),
    # 2024-11-05
    ("iso", ("digit",), r"(?<![\d/.\-])(?P<year>(?:19|20)\d{2})-(?P<b>\d{2})-(?P<a>\d{2})(?![\d\-])"),
    # May 2024, in the month of May 2024
    ("month", ("month",), rf"{M1}{_COMMA}{_YEAR}"),
    # in 2015, the 2024 Capital of Culture, early 2019 (a bare number is a count: "2000 participants")
    ("year", ("year",), r"(?:\b(?:[Ii]n|[Oo]f|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]o|[Tt]hrough|[Dd]uring|[Ff]or|"
             r"[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id|[Tt]he|[Yy]ear|[Ii]ts|[Aa]nd|[Oo]r|[Bb]etween|[Vv]ision)\s+"
             r"|\b[Mm]id-|\()(?P<year>(?:19|20)\d{2})\b(?![%/\-]|[.,]\d)"),
)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _places(pattern: re.Pattern[str], text: str) -> list[int]:
    """Where `pattern` matches in `text`, overlapping matches too ("JANOVEMBER")."""
    places = []
    match = pattern.search(text)
    while match is not None:
        places.append(match.start())
        match = pattern.search(text, match.start() + 1)
    return places


def _year_starts(text: str) -> list[int]:
    """Where the year pattern may match: before each year, at the bracket or "mid-" right before it,
    or at the word before the white space before it (the year itself follows no digit, so the scan
    for years misses none)."""
    starts = set()
    for year in _YEAR_DIGITS.finditer(text):
        at = year.start()
        gap = at
        while gap and text[gap - 1].isspace():
            gap -= 1
        word = gap
        while word and (text[word - 1].isalnum() or text[word - 1] == "_"):  # \w
            word -= 1
        starts.update(start for start in (at - 4, at - 1, word) if start >= 0)
    return sorted(starts)


def _starts(text: str) -> dict[str, list[int]]:
    """Where in `text` a date may start, by what it starts with (the names of _STARTERS, "year")."""
    found = {name: _places(pattern, text) for name, pattern in _STARTERS.items()}
    found["year"] = _year_starts(text)
    return found


_COMPILED = tuple((kind, re.compile(pattern), starters) for kind, starters, pattern in _PATTERNS)

_RELATIVE_WORD = GuardedPattern.of(re.compile(
    r"(?=[ty])\b(?P<word>today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))\b", re.IGNORECASE))
"""Run only over a text holding one of its words: most texts hold none."""
_RELATIVE_WEEKDAY = re.compile(  # the look-ahead: the first letters of what may start a match
    rf"(?=[LlNnTtOoSsMWF])(?<![Ee]very )(?<![Ee]ach )(?:\b(?P<qualifier>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Oo]n last|[Ss]ince)\s+)?"
    rf"\b(?P<weekday>{_WEEKDAY_NAMES})\b"
    r"(?!,?\s+(?:the\s+)?\d)(?P<next>\s+next\b)?(?P<last_week>\s+(?:of\s+)?last\s+week\b)?"
)
_DAYS_AGO = GuardedPattern.of(re.compile(  # "two days ago", "last night", "the day before yesterday" ("a week ago" gives no day)
    r"\b(?:(?P<count>a|one|two|three|four|five|six)\s+days?\s+ago|(?P<night>last\s+night)"
    r"|the\s+day\s+(?P<side>before\s+yesterday|after\s+tomorrow))\b", re.I))
"""Run only over a text holding "ago", "night", "yesterday" or "tomorrow": most texts hold none."""
_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_DAY_OF_MONTH = re.compile(  # "on the 14th", "On the 3rd, ...": a day of the report's month, named alone
    r"(?=[Oo])\b[Oo]n\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?:\s+of\s+this\s+month\b)?"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:with|in|at|and|by|to|from|when|after|before|during|for|as|the)\b)"
)


# --------------------------------------------------------------------------- resolution


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


UPCOMING_WINDOW = timedelta(days=60)


def _year_for(month: int, day: int, reference: date) -> int:
    """The year of a day named without one: the most recent such day on or before the reference,
    unless it falls at most `UPCOMING_WINDOW` after it (an event announced for the coming weeks:
    "Paris, November 8 -- ... runs through November 14")."""
    candidate = _safe_date(reference.year, month, day)
    if candidate is None or candidate <= reference or candidate - reference <= UPCOMING_WINDOW:
        return reference.year
    return reference.year - 1


def _month(text: str | None) -> int | None:
    return _MONTHS.get(text.rstrip(".").lower()) if text else None


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    first: date
    last: date | None
    relative: bool
    precision: str


def _resolve_range(match: re.Match[str], reference: date | None) -> _Candidate | None:
    groups = match.groupdict()
    day1, day2 = int(groups["d1"]), int(groups["d2"])
    month1 = _month(groups.get("m1"))
    month2 = _month(groups.get("m2")) or month1
    if month1 is None or month2 is None:
        return None
    year2 = int(groups["year"]) if groups.get("year") else None
    year1 = int(groups["year1"]) if groups.get("year1") else None
    relative = year2 is None
    if year2 is None:
        if reference is None or year1 is not None:
            return None
        year1 = _year_for(month1, day1, reference)
        year2 = year1 + (1 if (month2, day2) < (month1, day1) else 0)
    elif year1 is None:
        year1 = year2 - (1 if (month1, day1) > (month2, day2) else 0)
    first, last = _safe_date(year1, month1, day1), _safe_date(year2, month2, day2)
    if first is None or last is None or last < first or (last - first).days > 366:
        return None
    return _Candidate(match.start(), match.end(), first, last, relative, "day")


def _resolve_day(match: re.Match[str], reference: date | None) -> _Candidate | None:
    groups = match.groupdict()
    day, month = int(groups["d1"]), _month(groups["m1"])
    if month is None:
        return None
    if groups.get("year"):
        found = _safe_date(int(groups["year"]), month, day)
        return _Candidate(match.start(), match.end(), found, None, False, "day") if found else None
    if reference is None:
        return None
    found = _safe_date(_year_for(month, day, reference), month, day)
    return _Candidate(match.start(), match.end(), found, None, True, "day") if found else None


def _resolve_numeric(match: re.Match[str], reference: date | None) -> _Candidate | None:
    """Day first ("15/03/2019"), unless only month-first makes a date ("03/15/2019")."""
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    found = _safe_date(year, b, a) or _safe_date(year, a, b)
    return _Candidate(match.start(), match.end(), found, None, False, "day") if found else None


def _resolve_iso(match: re.Match[str], reference: date | None) -> _Candidate | None:
    found = _safe_date(int(match.group("year")), int(match.group("b")), int(match.group("a")))
    return _Candidate(match.start(), match.end(), found, None, False, "day") if found else None


def _resolve_month(match: re.Match[str], reference: date | None) -> _Candidate | None:
    month = _month(match.group("m1"))
    if month is None:
        return None
    return _Candidate(match.start(), match.end(), date(int(match.group("year")), month, 1), None, False, "month")


def _resolve_year(match: re.Match[str], reference: date | None) -> _Candidate | None:
    year = date(int(match.group("year")), 1, 1)
    return _Candidate(match.start("year"), match.end("year"), year, None, False, "year")


_RESOLVERS: dict[str, Callable[[re.Match[str], date | None], _Candidate | None]] = {
    "range": _resolve_range,
    "day": _resolve_day,
    "numeric": _resolve_numeric,
    "iso": _resolve_iso,
    "month": _resolve_month,
    "year": _resolve_year,
}

_WORD_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _relative_candidates(text: str, reference: date) -> Iterator[_Candidate]:
    for match in _RELATIVE_WORD.pattern.finditer(text) if _RELATIVE_WORD.may_match(text) else ():
        word = match.group("word").lower()
        offset = _WORD_OFFSETS.get(word, 0)
        yield _Candidate(match.start(), match.end(), reference + timedelta(days=offset), None, True, "day")
    for match in _DAYS_AGO.pattern.finditer(text) if _DAYS_AGO.may_match(text) else ():
        yield _Candidate(match.start(), match.end(), reference + timedelta(days=_days_ago(match)), None, True, "day")
    for match in _DAY_OF_MONTH.finditer(text):
        found = _day_of_month(int(match.group("day")), reference)
        if found is not None:
            yield _Candidate(match.start(), match.end(), found, None, True, "day")
    if not any(day in text for day in _WEEKDAY_NAMES.split("|")):
        return  # what the pattern needs: most texts name no weekday
    for match in _RELATIVE_WEEKDAY.finditer(text):
        weekday = _WEEKDAYS[match.group("weekday").lower()]
        qualifier = (match.group("qualifier") or "").lower()
        if qualifier == "next" or match.group("next"):
            days = (weekday - reference.weekday()) % 7 or 7
        elif match.group("last_week"):  # "on Tuesday last week": that weekday of the week before the report's
            days = weekday - reference.weekday() - 7
        elif _planned(text, match.start(), match.end()):
            days = (weekday - reference.weekday()) % 7
        elif qualifier in {"last", "on last"}:  # "last Sunday" in a report of a Sunday: a week before
            days = -((reference.weekday() - weekday) % 7 or 7)
        else:
            days = -((reference.weekday() - weekday) % 7)
        yield _Candidate(match.start(), match.end(), reference + timedelta(days=days), None, True, "day")


def _days_ago(match: re.Match[str]) -> int:
    """How many days from the reference a match of _DAYS_AGO names (negative: before it)."""
    if match.group("night"):
        return -1
    if match.group("side"):
        return -2 if match.group("side").lower().startswith("before") else 2
    return -_COUNT_WORDS[match.group("count").lower()]


def _day_of_month(day: int, reference: date) -> date | None:
    """The day `day` of the reference's month, or of the month before when it falls after the reference
    ("on the 20th" in a report of 16 May is 20 April)."""
    if day <= reference.day:
        return _safe_date(reference.year, reference.month, day)
    previous = reference.replace(day=1) - timedelta(days=1)
    return _safe_date(previous.year, previous.month, day)


# what will happen, or what goes on until a day ahead ("the visit continues until Wednesday")
_PLAN = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:expected|scheduled|due|set|slated)\s+to|to\s+be\s+held|"
                   r"scheduled\s+for|(?:continues|runs|lasts|remains|stays)\s+(?:[\w-]+\s+){0,4}?(?:until|till))\s", re.I)
_STATED_PLAN = GuardedPattern.of(_PLAN)  # searched only in a sentence with "will", "expected", "held", ...
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_PLAN_AFTER_OPENING_WEEKDAY = 40  # characters: "On Tuesday, the President will ..."


def states_a_plan(text: str) -> bool:
    """Whether a sentence tells of what will happen ("is expected to visit", "will pay a call")."""
    return _STATED_PLAN.search(text) is not None


def _planned(text: str, start: int, end: int) -> bool:
    """Whether a weekday names the day of something planned: its clause says "will", "is expected
    to", ... before it ("is expected to visit on Monday", not "A, who will also go to B, met C on
    Monday"), or right after it when the weekday opens the sentence ("On Tuesday, A will pay a call"),
    so the coming day is meant. A plan reported after the weekday ("said on Tuesday that they will
    meet") keeps the past day."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0)
    if any("," not in text[plan.end():start] for plan in _PLAN.finditer(text, opening, start)):
        return True
    if text[opening:start].strip().lower() not in {"", "on"}:
        return False
    return _PLAN.search(text[end:end + _PLAN_AFTER_OPENING_WEEKDAY]) is not None


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` finds (none of the date patterns matches empty text), tried only
    at `starts`, ascending: the places where a match may begin."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            yield match
            end = match.end()


def _candidates(text: str, reference: date | None) -> Iterator[_Candidate]:
    starts = _starts(text)
    for kind, pattern, starters in _COMPILED:
        resolve = _RESOLVERS[kind]
        places = starts[starters[0]] if len(starters) == 1 else sorted({p for name in starters for p in starts[name]})
        for match in _matches_at(pattern, text, places):
            candidate = resolve(match, reference)
            if candidate is not None:
                yield candidate
    if reference is not None:
        yield from _relative_candidates(text, reference)


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def find_dates(text: str, reference: date | None = None) -> list[DateMention]:
    """Every date named in `text`, in text order, longest expression first where they overlap.

    `reference` (the item's published date or dateline) resolves yearless days, "today",
    "yesterday", "tomorrow" and weekdays; without it those are left out.
    """
    chosen: list[_Candidate] = []
    ordered = sorted(
        _candidates(text, reference),
        key=lambda c: (-(c.end - c.start), _PRECISION_RANK[c.precision], c.start),
    )
    for candidate in ordered:
        if all(candidate.end <= other.start or candidate.start >= other.end for other in chosen):
            chosen.append(candidate)
    return [
        DateMention(
            start=c.start,
            end=c.end,
            text=text[c.start:c.end],
            first=c.first,
            last=c.last,
            relative=c.relative,
            precision=c.precision,
        )
        for c in sorted(chosen, key=lambda c: c.start)
    ]


# --------------------------------------------------------------------------- datelines

_DATELINE_WINDOW = 240
# What may stand before the date of a dateline: a place ("Baku:", "Makkah Al-Mukarramah:",
# "Paris,", "MOSCOW (UrduPoint News / Sputnik -"), an agency in brackets, a Hijri date.
_PLACE = r"[A-Z][\w'’.\-]*(?:[ \-][A-Z][\w'’.\-]*){0,4}(?:,\s*[A-Z][\w'’.\-]*(?:[ \-][A-Z][\w'’.\-]*){0,3})?"
_AGENCY = r"\(\s*[^()\n]{1,60}?\s*[-–—]\s*"
_HIJRI = r"[A-Z][\w'’\- ]{1,20}\s+\d{1,2},\s*1[34]\d{2}\s*(?:AH|H)?\s*,\s*"
_LABEL = r"(?:Published|Posted|Updated|Issued|Dated|Date)(?:\s+on)?\s*:?\s*"
_DATELINE_PREFIX = re.compile(
    rf"\s*(?:(?:{_PLACE})(?:\s*(?:{_AGENCY}|[:,]\s*(?:{_HIJRI})?|[-–—]\s*|\(\s*)|[ \t]*\n\s*)|{_AGENCY}|{_LABEL})?",
)
"""Also a place alone on its line above the date ("Warsaw, Poland" and, below it, "August 19, 2026")."""
_DATELINE_SUFFIX = re.compile(r"\s*(?:$|[-–—:,()/|\n]|\.\s)")


_BYLINE = re.compile(r"\s*By\s+[A-Z][^\n.]{2,80}\n\s*")
"""A byline on the item's first line ("By Jane Phiri in Lilongwe"), before the dateline."""
_HEADING = re.compile(r"\s*[^\n]{3,200}(?<![.!?:;,\"”’])[ \t]*\n\s*")
"""A heading on the item's first line, a line that ends without a sentence's punctuation ("Joint Statement
by the Prime Ministers of X and Y", "Remarks by A at a joint press conference with B"), before the dateline."""


def dateline_mention(text: str, reference: date | None = None) -> DateMention | None:
    """The date of the dateline at the very start of an item (after a byline or a heading line, if any),
    as a mention with its offsets.

    "Baku: 15/03/2019", "Jeddah, Rabi'II 24, 1439, Jan 11, 2018, SPA --",
    "MOSCOW (UrduPoint News / Sputnik - 18th September, 2019)", "23/02/2017 - The ...",
    "Riyadh, September 11, 2023, ...", a date alone on the first line; "Paris, November 8 (RHC)--"
    only with a `reference` to take the year from.
    """
    byline = _BYLINE.match(text)
    opening = byline.end() if byline else 0
    found = _dateline_at(text, opening, reference)
    heading = _HEADING.match(text, opening) if found is None else None
    return _dateline_at(text, heading.end(), reference) if heading else found


def _dateline_at(text: str, opening: int, reference: date | None) -> DateMention | None:
    """The dateline that opens the text at `opening`, if one does."""
    head = text[opening:opening + _DATELINE_WINDOW]
    for mention in find_dates(head, reference):
        if mention.precision != "day" or mention.last is not None:
            continue
        if mention.relative and not any(ch.isdigit() for ch in mention.text):
            continue  # "Today, ..." is the sentence, not a dateline
        prefix = _DATELINE_PREFIX.fullmatch(head[: mention.start])
        suffix = _DATELINE_SUFFIX.match(head, mention.end)
        if prefix is not None and suffix is not None:
            return replace(mention, start=mention.start + opening, end=mention.end + opening)
        return None
    return None


def find_dateline(text: str, reference: date | None = None) -> date | None:
    """The date of the item's dateline (see `dateline_mention`), or None."""
    mention = dateline_mention(text, reference)
    return mention.first if mention else None


def headline_date(title: str | None, reference: date | None) -> DateMention | None:
    """The day (or days) a headline names in figures ("Minister receives envoy (12 May 2025)", "Visit
    to Senegal, 30 June - 2 July 2025"): the day of what the item tells where its text names none. A
    day after the report's is a plan, and "tonight" or "on Tuesday" in a headline is a manner of speaking."""
    for mention in find_dates(title or "", reference):
        if mention.precision != "day" or not any(ch.isdigit() for ch in mention.text):
            continue
        if reference is not None and mention.first > reference:
            return None
        return mention
    return None


def reference_date(text: str, published: date | None) -> date | None:
    """The date relative expressions refer to: the published date, else the dateline's date."""
    if published is not None:
        return published
    return find_dateline(text)
