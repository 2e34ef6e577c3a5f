"""Word lists and trigger patterns of the extraction rules, read from `data/extraction/`.

Rules live in data so that a new phrasing is a line in a file, not a code change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property, lru_cache
from pathlib import Path

from icgraph.config import DATA_DIR
from icgraph.errors import InputError
from icgraph.model import MEETING_KINDS, AgreementKind, EventKind

EXTRACTION_DIR = DATA_DIR / "extraction"


class Frame(StrEnum):
    """How a trigger's parties are read from its clause: the frames the rules implement. The table
    data/extraction/frames.tsv lists them with what each reads; triggers name one of them."""

    MEET = "meet"
    RECEIVE = "receive"
    VISIT = "visit"
    CALL = "call"
    SIGN = "sign"
    ADOPT = "adopt"
    PARTICIPATE = "participate"
    ORGANIZE = "organize"
    PARTNER = "partner"
    PATRON = "patron"
    CHAIR = "chair"
    LAUNCH = "launch"
    PARTICIPATION = "participation"
    HOSTING = "hosting"
    PRESIDE = "preside"
    INVITE = "invite"
    SPEECH = "speech"
    ELECT = "elect"
    GATHER = "gather"
    DISCUSS = "discuss"
    HAND = "hand"


TOPIC_PREPOSITIONS = ("in", "on", "over", "around", "of", "with", "against")
"""Prepositions that join a state to a noun of what is discussed ("the situation in X", "the war with X",
"sanctions against X")."""
ABOUT = ("about", "regarding", "concerning")
"""Prepositions whose object is what is said or discussed, whatever they follow ("talked about X")."""


NO_WORDS: frozenset[str] = frozenset()
"""The words of a use that has none."""


@dataclass(frozen=True)
class Trigger:
    """A lemma sequence that announces an event; "~" in `lemmas` allows a short gap."""

    lemmas: tuple[str, ...]
    kind: EventKind
    frame: Frame


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[Trigger, ...]
    agreement_terms: tuple[tuple[str, AgreementKind], ...]  # longest first
    event_nouns: dict[str, EventKind]
    encounter_nouns: dict[str, EventKind]  # "talks", "a bilateral": a noun naming an encounter of people
    # "Forum", "Joint Commission": the head of a named gathering two parties hold as an encounter
    bilateral_forums: dict[str, EventKind]
    org_heads: frozenset[str]
    unit_heads: frozenset[str]
    own_body_heads: frozenset[str]  # "Centre": a unit head whose name, defined with its acronym, is a body of its own
    organ_heads: frozenset[str]  # "Secretariat" after a known organization's name: its organ
    name_particles: frozenset[str]
    honorific_words: frozenset[str]
    gratitude_words: frozenset[str]  # "thanked X for ...": X did what the "for" phrase says
    generic_org_words: frozenset[str] = frozenset()  # with head words, a description, not a name
    place_heads: frozenset[str] = frozenset()  # "... International Airport": a place, not a person
    gatherings: frozenset[str] = frozenset()  # "reception", "dinner": a host's, for guests
    appointment_words: frozenset[str] = frozenset()  # "sworn in as X", "elected X": a post taken
    sidelines: frozenset[str] = frozenset()  # "on the sidelines of E": the sentence's people attend E
    # "City of" before, "City Council" after a city's name: its government (data/extraction/city_governments.tsv)
    city_government_words: dict[str, tuple[tuple[str, ...], ...]] | None = None
    news_media: frozenset[str] = frozenset()  # "the BBC", "a news agency": no counterpart of an encounter
    single_name_titles: frozenset[str] = frozenset()  # "King", "Emir": their holders are named by one word
    given_name_styles: frozenset[str] = frozenset()  # "Amir", "Sultan": honorifics that are also given names
    portfolio_words: frozenset[str] = frozenset()  # "Policy", "Community": a title's last word, before the name
    # use -> words (data/extraction/fact_words.tsv and post_words.tsv, whose uses differ)
    fact_words: dict[str, frozenset[str]] | None = None
    verb_forms: dict[str, str] | None = None  # irregular form -> lemma ("met" -> "meet"), for unparsed text
    generic_roles: frozenset[tuple[str, str]] = frozenset()  # (generic role id, role id it describes)
    noun_only_terms: frozenset[str] = frozenset()  # instruments read only as lower-case nouns ("a loan")
    exchanged_terms: frozenset[str] = frozenset()  # read only as what is exchanged for an instrument ("notes")
    company_cues: dict[str, frozenset[str]] | None = None  # kind -> cues (data/extraction/company_cues.tsv)
    foreign_org_heads: dict[str, str] | None = None  # "institut" -> "institute" (foreign_org_heads.tsv)
    # "congress" -> {"national", ...}: the words before an event noun that make the name an institution's
    institution_event_nouns: dict[str, frozenset[str]] | None = None

    def company_cue(self, kind: str) -> frozenset[str]:
        return (self.company_cues or {}).get(kind, frozenset())

    def words_for(self, use: str) -> frozenset[str]:
        return self.fact_words.get(use, NO_WORDS) if self.fact_words else NO_WORDS

    @cached_property
    def longest_news_medium(self) -> int:
        """How many words the longest phrase of `news_media` has."""
        return max((len(phrase.split(" ")) for phrase in self.news_media), default=0)

    @cached_property
    def news_medium_first_words(self) -> frozenset[str]:
        """The first word of each phrase of `news_media`: a name holds none of them unless a word of it is one."""
        return frozenset(phrase.split(" ")[0] for phrase in self.news_media)

    @cached_property
    def generic_name_words(self) -> frozenset[str]:
        """The words of a name that describes an organization without naming one (`generic_name`)."""
        return self.generic_org_words | self.org_heads | self.unit_heads

    @cached_property
    def trigger_verbs(self) -> frozenset[str]:
        """The first lemma of every trigger ("meet", "receive", "sign"): a word of encounter, not of a name."""
        return frozenset(t.lemmas[0] for t in self.triggers)

    @cached_property
    def prefixed_verbs(self) -> frozenset[tuple[str, str]]:
        """(prefix, verb) of the triggers of an encounter written as one hyphenated word ("co-chair":
        ("co", "chair")); the triggers of other frames ("co-organise") are read from three tokens."""
        return frozenset(tuple(t.lemmas[0].split("-", 1)) for t in self.triggers if t.frame == Frame.MEET
                         and len(t.lemmas[0].split("-")) == 2 and all(t.lemmas[0].split("-")))

    @cached_property
    def prefixed_triggers(self) -> frozenset[str]:
        """The lemmas of `prefixed_verbs` as the triggers write them ("co-chair")."""
        return frozenset(f"{prefix}-{verb}" for prefix, verb in self.prefixed_verbs)

    @cached_property
    def frame_verbs(self) -> dict[Frame, frozenset[str]]:
        """frame -> the first lemma of each of its triggers ("chair", "preside")."""
        found: dict[Frame, set[str]] = {}
        for trigger in self.triggers:
            found.setdefault(trigger.frame, set()).add(trigger.lemmas[0])
        return {frame: frozenset(lemmas) for frame, lemmas in found.items()}

    @cached_property
    def topic_before(self) -> re.Pattern[str]:
        """The end of a lower-case text that runs up to a state named as what is discussed ("the
        situation in ", "talked about ", "discussed the "; the words of uses "topic" and
        "discussing"), for text without a parse."""
        nouns = rf"\b(?:{self._alternation_of('topic')})s?"
        verbs = rf"\b(?:{self._alternation_of('discussing')})(?:e?s|e?d|ing)?"  # discusses, reviews, reviewed
        return re.compile(rf"(?:{nouns}\s+(?:{'|'.join(TOPIC_PREPOSITIONS)})\s+|\b(?:{'|'.join(ABOUT)})\s+|{verbs}\s+)"
                          r"(?:the\s+)?$")

    @cached_property
    def topic_after(self) -> re.Pattern[str]:
        """A noun of what is discussed right after a state's name ("the Sudan crisis"), in lower-case text."""
        return re.compile(rf"\s+(?:{self._alternation_of('topic')})s?\b")

    def _alternation_of(self, use: str) -> str:
        """The words of a use of fact_words.tsv as a regex alternation, longest first; one that
        matches nothing for a use with no words."""
        return literal_alternation(sorted(self.words_for(use), key=len, reverse=True)) or "(?!)"

    def names_topic(self, text: str, start: int, end: int) -> bool:
        """The state named at [start, end) of `text` (a headline, a passage) is what is discussed: "the
        situation in X", "discuss X", "X crisis"."""
        return bool(self.topic_before.search(text[max(0, start - 60) : start].lower())) \
            or self.topic_after.match(text[end : end + 30].lower()) is not None

    @cached_property
    def agreement_term_pattern(self) -> re.Pattern[str]:
        """Any instrument term (or the words before the "of" of an "X of Y" term), anywhere in a
        lower-case text: most sentences name none."""
        return re.compile(literal_alternation(needle for needle, _ in self.agreement_term_matchers.values()) or "(?!)")

    @cached_property
    def agreement_term_matchers(self) -> dict[str, tuple[str, re.Pattern[str]]]:
        """Each instrument term -> the literal words a lower-case text must hold for it, and its pattern.
        A term "X of Y" takes modifiers inside its "of" phrase ("programme of cultural cooperation",
        "exchange of diplomatic notes"), and both its nouns may be plural."""
        matchers = {}
        for term, _ in self.agreement_terms:
            head, of, tail = term.partition(" of ")
            if of:
                needle = head + of
                body = re.escape(head) + "s? of " + OF_MODIFIERS + re.escape(tail)
            else:
                needle, body = term, re.escape(term)
            matchers[term] = (needle, re.compile(r"(?<![\w-])" + body + r"s?(?![\w-])"))
        return matchers

    @cached_property
    def one_word_instruments(self) -> frozenset[str]:
        """The instrument terms of one word that are read in any case ("agreement", "accord")."""
        return frozenset(term for term, _ in self.agreement_terms if " " not in term and term not in self.noun_only_terms)

    @cached_property
    def encounter_noun_ends(self) -> frozenset[str]:
        """Every encounter noun and what follows each of its spaces ("talks"; "courtesy call" and
        "call"): a word whose lemma is none of them ends no encounter noun, alone or after a modifier."""
        return frozenset(noun[space + 1:] for noun in self.encounter_nouns
                         for space in (-1, *(i for i, ch in enumerate(noun) if ch == " ")))

    @cached_property
    def nominal_encounter_words(self) -> frozenset[str]:
        """The lemmas of a noun that may name an encounter: one that ends an encounter noun, or a
        conference (which may be one): a word with another lemma names none."""
        conferences = frozenset(noun for noun, kind in self.event_nouns.items() if kind == EventKind.CONFERENCE)
        return self.encounter_noun_ends | conferences

    @cached_property
    def trigger_words(self) -> tuple[frozenset[str], ...]:
        """The lemmas each trigger needs (its gaps "~" left out), in the order of `triggers`: a text
        that has not all of them holds no match of it."""
        return tuple(frozenset(lemma for lemma in t.lemmas if not lemma.startswith("~")) for t in self.triggers)

    @cached_property
    def one_word_triggers(self) -> dict[str, tuple[Trigger, ...]]:
        """lemma -> the triggers of that one word, in the table's order."""
        found: dict[str, list[Trigger]] = {}
        for trigger in self.triggers:
            if len(trigger.lemmas) == 1:
                found.setdefault(trigger.lemmas[0], []).append(trigger)
        return {lemma: tuple(triggers) for lemma, triggers in found.items()}


def _rows(path: Path) -> list[list[str]]:
    return [row for _, row in _numbered_rows(path)]


def _numbered_rows(path: Path) -> list[tuple[int, list[str]]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            rows.append((number, [cell.strip() for cell in line.split("\t")]))
    return rows


def load_frames(path: Path) -> frozenset[Frame]:
    """The frames of the table at `path`; each must be one the rules implement, and all of them listed."""
    listed: set[Frame] = set()
    for number, row in _numbered_rows(path):
        try:
            listed.add(Frame(row[0]))
        except ValueError:
            raise InputError(f"{path}:{number}: unknown frame {row[0]!r}; the rules read "
                             f"{', '.join(f.value for f in Frame)}") from None
    missing = [f.value for f in Frame if f not in listed]
    if missing:
        raise InputError(f"{path}: frames the rules read are not described: {', '.join(missing)}")
    return frozenset(listed)


def load_triggers(path: Path, frames: frozenset[Frame]) -> tuple[Trigger, ...]:
    """The triggers of the table at `path` (lemmas, event kind, frame), each checked."""
    triggers = []
    for number, row in _numbered_rows(path):
        if len(row) != 3:
            raise InputError(f"{path}:{number}: expected 3 tab-separated columns (lemmas, event_kind, frame), got {len(row)}")
        lemmas, kind, frame = row
        if kind not in {k.value for k in EventKind}:
            raise InputError(f"{path}:{number}: unknown event kind {kind!r} for {lemmas!r}; "
                             f"one of {', '.join(k.value for k in EventKind)}")
        if frame not in {f.value for f in frames}:
            raise InputError(f"{path}:{number}: unknown frame {frame!r} for {lemmas!r}; "
                             f"frames (frames.tsv): {', '.join(sorted(f.value for f in frames))}")
        triggers.append(Trigger(tuple(lemmas.lower().split()), EventKind(kind), Frame(frame)))
    return tuple(triggers)


CITY_GOVERNMENT_POSITIONS = ("before", "after", "after-outside-places")


def load_city_government_words(path: Path) -> dict[str, tuple[tuple[str, ...], ...]]:
    """position ("before", "after", "after-outside-places") -> the capitalised words, longest first, that name a city's government
    with the city's name ("City of" Lyon, Kyoto "City Council")."""
    found: dict[str, list[tuple[str, ...]]] = {position: [] for position in CITY_GOVERNMENT_POSITIONS}
    for number, row in _numbered_rows(path):
        if len(row) != 2 or row[0] not in found or not row[1] or not row[1][0].isupper():
            raise InputError(f"{path}:{number}: expected a position ({' or '.join(CITY_GOVERNMENT_POSITIONS)}) "
                             f"and capitalised words, tab-separated; got {row!r}")
        found[row[0]].append(tuple(row[1].split()))
    return {position: tuple(sorted(words, key=len, reverse=True)) for position, words in found.items()}


def _words(path: Path) -> frozenset[str]:
    return frozenset(row[0].lower() for row in _rows(path))


@lru_cache(maxsize=4)
def load_lexicon(directory: Path = EXTRACTION_DIR) -> Lexicon:
    triggers = load_triggers(directory / "triggers.tsv", load_frames(directory / "frames.tsv"))
    terms, readings = load_agreement_terms(directory / "agreements.tsv")
    return Lexicon(
        triggers=triggers,
        agreement_terms=tuple(terms),
        event_nouns={row[0].lower(): EventKind(row[1]) for row in _rows(directory / "event_nouns.tsv")},
        encounter_nouns=load_encounter_nouns(directory / "encounter_nouns.tsv"),
        bilateral_forums=load_encounter_nouns(directory / "bilateral_forums.tsv"),
        org_heads=frozenset(singular(w) for w in _words(directory / "org_heads.txt")),
        unit_heads=frozenset(singular(w) for w in _words(directory / "unit_parents.txt")),
        own_body_heads=load_own_body_heads(directory / "own_body_heads.txt", directory / "unit_parents.txt"),
        organ_heads=load_organ_heads(directory / "organ_heads.txt", directory / "org_heads.txt"),
        name_particles=_words(directory / "name_particles.txt"),
        honorific_words=_words(directory / "honorific_words.txt"),
        gratitude_words=_words(directory / "gratitude_words.txt"),
        generic_org_words=frozenset(singular(w) for w in _words(directory / "generic_org_words.txt")),
        place_heads=_words(directory / "place_heads.txt"),
        gatherings=_words(directory / "gatherings.txt"),
        appointment_words=_words(directory / "appointment_words.txt"),
        sidelines=_words(directory / "sidelines.txt"),
        city_government_words=load_city_government_words(directory / "city_governments.tsv"),
        news_media=load_news_media(directory / "news_media.txt"),
        single_name_titles=_words(directory / "single_name_titles.txt"),
        given_name_styles=load_single_words(directory / "given_name_styles.txt"),
        portfolio_words=load_single_words(directory / "portfolio_words.txt"),
        fact_words={**load_fact_words(directory / "fact_words.tsv"),
                    **load_fact_words(directory / "post_words.tsv", POST_WORD_USES)},
        verb_forms=load_verb_forms(directory / "verb_forms.tsv"),
        generic_roles=load_generic_roles(directory / "generic_roles.tsv", DATA_DIR / "roles.tsv"),
        noun_only_terms=frozenset(t for t, reading in readings.items() if reading == "noun"),
        exchanged_terms=frozenset(t for t, reading in readings.items() if reading == "exchanged"),
        company_cues=load_company_cues(directory / "company_cues.tsv"),
        foreign_org_heads=load_foreign_org_heads(directory / "foreign_org_heads.tsv", directory / "org_heads.txt"),
        institution_event_nouns=load_institution_event_nouns(directory / "institution_event_nouns.tsv",
                                                             directory / "event_nouns.tsv"),
    )


def load_single_words(path: Path) -> frozenset[str]:
    """One lower-case word of letters a row; any other row fails with its line."""
    words = set()
    for number, row in _numbered_rows(path):
        if len(row) != 1 or not re.fullmatch(r"[a-z]+", row[0]):
            raise InputError(f"{path}:{number}: expected one lower-case word, got {chr(9).join(row)!r}")
        words.add(row[0])
    return frozenset(words)


def load_institution_event_nouns(path: Path, event_nouns_path: Path) -> dict[str, frozenset[str]]:
    """The event nouns that end an institution's name after one of their words; a noun that is no event
    noun, or a row without words, fails with its line."""
    event_nouns = {row[0].lower() for row in _rows(event_nouns_path)}
    found = {}
    for number, row in _numbered_rows(path):
        words = frozenset(w.strip().lower() for w in row[1].split("|") if w.strip()) if len(row) == 2 else frozenset()
        if row[0].lower() not in event_nouns or not words:
            raise InputError(f"{path}:{number}: expected an event noun of {event_nouns_path.name} and the words "
                             f"before it separated by '|', got {chr(9).join(row)!r}")
        found[row[0].lower()] = words
    return found


def load_foreign_org_heads(path: Path, org_heads_path: Path) -> dict[str, str]:
    """Foreign head word -> the English head word it stands for; a row of another shape, or an English
    word that is no organization head word, fails with its line."""
    org_heads = {singular(w) for w in _words(org_heads_path)}
    found: dict[str, str] = {}
    for number, row in _numbered_rows(path):
        if len(row) != 2 or singular(row[1].lower()) not in org_heads:
            raise InputError(f"{path}:{number}: expected a head word and the head word of {org_heads_path.name} "
                             f"it stands for, got {chr(9).join(row)!r}")
        found[row[0].lower()] = singular(row[1].lower())
    return found


def load_organ_heads(path: Path, org_heads_path: Path) -> frozenset[str]:
    """The organ head words; one that is no organization head word fails with its line."""
    return _head_words_among(path, org_heads_path, "organization head word")


def load_own_body_heads(path: Path, unit_heads_path: Path) -> frozenset[str]:
    """The unit head words that may head a body of its own; one that is no unit head word fails with its line."""
    return _head_words_among(path, unit_heads_path, "unit head word")


def _head_words_among(path: Path, heads_path: Path, what: str) -> frozenset[str]:
    """One head word a row of `path`, each one of the words of `heads_path` (singular forms compared)."""
    heads = {singular(w) for w in _words(heads_path)}
    found = set()
    for number, row in _numbered_rows(path):
        word = singular(row[0].lower())
        if len(row) != 1 or word not in heads:
            raise InputError(f"{path}:{number}: expected one {what} of {heads_path.name}, got {chr(9).join(row)!r}")
        found.add(word)
    return frozenset(found)


COMPANY_CUE_KINDS = ("suffix", "title", "description")


def load_company_cues(path: Path) -> dict[str, frozenset[str]]:
    """kind -> cues of data/extraction/company_cues.tsv; a row that is not a cue and a known kind
    fails with its line."""
    found: dict[str, set[str]] = {kind: set() for kind in COMPANY_CUE_KINDS}
    for number, row in _numbered_rows(path):
        if len(row) != 2 or row[1] not in COMPANY_CUE_KINDS:
            raise InputError(f"{path}:{number}: expected a cue and its kind (one of "
                             f"{', '.join(COMPANY_CUE_KINDS)}), got {chr(9).join(row)!r}")
        found[row[1]].add(row[0].lower())
    return {kind: frozenset(cues) for kind, cues in found.items()}


AGREEMENT_TERM_READINGS = ("noun", "exchanged")
# up to three lower-case modifiers inside an instrument's "of" phrase, no determiner nor preposition:
# "programme of economic, cultural cooperation", not "memorandum of the meeting on cooperation"
OF_MODIFIERS = r"(?:(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|of|for|on|in|with|between|to)\b)" \
               r"[a-z][a-z-]*,? ){0,3}"


def load_agreement_terms(path: Path) -> tuple[tuple[tuple[str, AgreementKind], ...], dict[str, str]]:
    """The instrument terms of data/extraction/agreements.tsv, longest first, and the reading the third
    column gives some of them; an unknown kind or reading fails at load."""
    terms: list[tuple[str, AgreementKind]] = []
    readings: dict[str, str] = {}
    for number, row in _numbered_rows(path):
        if len(row) not in {2, 3} or row[1] not in {k.value for k in AgreementKind}:
            raise InputError(f"{path}:{number}: expected a term, an agreement kind (one of "
                             f"{', '.join(k.value for k in AgreementKind)}) and an optional reading, got {row}")
        if len(row) == 3 and row[2] not in AGREEMENT_TERM_READINGS:
            raise InputError(f"{path}:{number}: {row[0]!r}: unknown reading {row[2]!r}, "
                             f"one of {', '.join(AGREEMENT_TERM_READINGS)}")
        terms.append((row[0].lower(), AgreementKind(row[1])))
        if len(row) == 3:
            readings[row[0].lower()] = row[2]
    return tuple(sorted(terms, key=lambda pair: -len(pair[0]))), readings


def load_generic_roles(path: Path, roles: Path) -> frozenset[tuple[str, str]]:
    """(generic role, role it describes) of data/extraction/generic_roles.tsv; a row that is not two
    role ids of data/roles.tsv fails with its line."""
    known = {row[1] for row in _rows(roles)[1:] if len(row) > 1}
    pairs = set()
    for number, row in _numbered_rows(path):
        if len(row) != 2 or not set(row) <= known:
            raise InputError(f"{path}:{number}: expected two role ids of {roles.name}, got {chr(9).join(row)!r}")
        pairs.add((row[0], row[1]))
    return frozenset(pairs)


def load_verb_forms(path: Path) -> dict[str, str]:
    """The irregular verb forms of data/extraction/verb_forms.tsv (form -> lemma); a row that is not
    two lower-case words fails with its line."""
    forms: dict[str, str] = {}
    for number, row in _numbered_rows(path):
        if len(row) != 2 or not all(cell and cell == cell.lower() and " " not in cell for cell in row):
            raise InputError(f"{path}:{number}: expected a form and its lemma, got {chr(9).join(row)!r}")
        forms[row[0]] = row[1]
    return forms


def load_encounter_nouns(path: Path) -> dict[str, EventKind]:
    """The nouns of data/extraction/encounter_nouns.tsv (or bilateral_forums.tsv) with their kinds; a
    kind outside the meeting family fails with its line."""
    nouns: dict[str, EventKind] = {}
    meeting_kinds = sorted(k.value for k in MEETING_KINDS)
    for number, row in _numbered_rows(path):
        if len(row) != 2 or row[1] not in meeting_kinds:
            raise InputError(f"{path}:{number}: expected a noun and a meeting kind ({', '.join(meeting_kinds)}), "
                             f"got {chr(9).join(row)!r}")
        nouns[row[0].lower()] = EventKind(row[1])
    return nouns


FACT_WORD_USES = ("government", "reference", "speech", "audience", "lineup", "sides", "press", "sitting", "unsigned",
                  "habitual", "arrival", "moment", "parties", "earlier", "national", "relation", "topic",
                  "discussing", "sole-title", "itinerary", "each-pair", "admitted", "award", "prize")


def load_fact_words(path: Path, uses: tuple[str, ...] = FACT_WORD_USES) -> dict[str, frozenset[str]]:
    """The words of data/extraction/fact_words.tsv (or post_words.tsv) by use; an unknown use fails
    with its line."""
    found: dict[str, set[str]] = {use: set() for use in uses}
    for number, row in _numbered_rows(path):
        if len(row) < 2 or row[1] not in found:
            raise InputError(f"{path}:{number}: {row[0]!r} needs a use, one of {', '.join(uses)}")
        found[row[1]].add(row[0].lower())
    return {use: frozenset(words) for use, words in found.items()}


POST_WORD_USES = ("modifier", "media", "ministry", "group", "office", "secretariat", "position", "outside", "body",
                  "subject", "shared", "suffix", "visitor", "qualifier", "tenure", "opener", "leading", "other-side",
                  "across", "mandate", "field")


def load_news_media(path: Path) -> frozenset[str]:
    """The phrases of data/extraction/news_media.txt; a line that is not one lower-case phrase, or
    that repeats another, fails with its line number."""
    found: set[str] = set()
    for number, row in _numbered_rows(path):
        phrase, line = row[0], "\t".join(row)
        if len(row) != 1 or phrase != phrase.lower() or phrase in found:
            raise InputError(f"{path}:{number}: expected one new lower-case phrase, got {line!r}")
        found.add(phrase)
    return frozenset(found)


def news_medium(names: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether an organization of these names (name and aliases) is a news medium: one of them holds a
    phrase of data/extraction/news_media.txt as whole words ("BBC", "Xinhua News Agency"): a run of its
    words is a phrase of the list (looked up by its runs of words from a phrase's first word, not by each
    phrase of the list)."""
    media, first_words, longest = lexicon.news_media, lexicon.news_medium_first_words, lexicon.longest_news_medium
    for name in names:
        words = name.lower().replace('.', '').split()
        for start, word in enumerate(words):
            if word in first_words and any(" ".join(words[start:start + length]) in media
                                           for length in range(1, longest + 1)):
                return True
    return False


def literal_alternation(words: Iterable[str]) -> str:
    """A pattern that matches what the alternation of `words` (as they are written, in their order)
    matches, its words grouped by their first character: at each place of a text the regex engine
    tries only the words that begin with the character there, instead of every word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def generic_name(name: str, lexicon: Lexicon) -> bool:
    """A name made only of head words and generic words ("the Executive Board", "Central Bank",
    "Council of Ministers"): it describes an organization without naming one."""
    generic = lexicon.generic_name_words
    return all(singular(word) in generic for word in name.replace("-", " ").split())


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """A rough English singular for matching head words ("Ministries" -> "ministry"), remembered
    per word (the rules ask it of the same words again and again)."""
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
