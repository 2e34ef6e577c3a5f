"""Whom each participant represents: one item's extraction records in, the same records out with
each participation's `on_behalf_of` set (the organizations or states the agent acts for in that
event). Pure: reads only the item (text, headline, publisher), the records and what it is given,
the extraction's gazetteer and lexicon (`represent(extraction, ctx.gazetteer, ctx.lexicon)`); the
phrases come from `data/extraction/representation.tsv`.

For a person, in this order (the first that applies):

1. an explicit phrase in the event's passage: "B, on behalf of the African Union, ...", "On behalf
   of UNDP, B signed ..."; the delegation they head or belong to: "the Omani delegation led by B",
   "a delegation from Ghana including B and C", "B, who led the ASEAN delegation", "senior DFA
   officials, including B and C"; a bare "the delegation ... included B, C" is the visiting
   organization's, the one the item's first sentence names; an institution in brackets right after
   the name or owning it right before ("Foreign Ministers B (Kenya), C (Uganda)", "Kenya's B",
   "WHO's Dr B");
2. a post the item states for them in the event's passage (the counterpart pattern "met her
   Indonesian counterpart B" is a post that extraction reads); of several, the one whose
   institution is named right before the name; a state named right before a title that runs up to
   the name ("CAIRO (Reuters) - U.S. Secretary of State B") beats a post in another state; an
   organization named only in the dateline's credit ("HIROSHIMA (PTI) Prime Minister B") reports
   the item and is no one's post;
3. a phrase of step 1 anywhere in the item, then a post stated anywhere in it;
4. a country adjective or possessive before their role: "the Saudi Minister of Culture, B",
   "Botswana's Minister of International Affairs and Cooperation, B" (not the other side's group:
   "At the initiative of the Jordanian side, Minister B held talks with C", extract/other_side.py);
5. a title of an institution before the name: "his counterpart from X, Mr. B", "the new Ambassador
   of X accredited to Y, B", "Minister of State (MoS) for X B";
6. another title holder's representative: "B, the President's Special Representative";
7. a government title naming no institution ("PM B", "Minister B", "B, Minister Responsible for
   Foreign Affairs"): the publisher's government body ("Ministry of Science and Technology of
   China"; added, with its initials, when the item does not name it), or its state for a head of
   state or government and when the publisher names only a state;
8. for a short name, the same for the fuller name of the item that contains it ("Prince Nasser");
9. "his/her country" in the passage when the passage names exactly one state no other participant
   acts for; "his counterpart B" with no state named: the state visited, the dateline city's or the
   publisher's, not the other side's; and for the one participant still without, the state whose
   official the item names only by title ("the visit of the Russian Foreign Minister"), else the one
   state the headline names that no participant acts for ("Jordanian FM holds talks with Saudi
   counterpart"). A person whose side came from a bare title (or none) acts for the state the headline
   gives that title ("Visiting Omani FM meets Iranian President"), when no other participant holds it;
   a bare title's state of the dateline's city that neither text nor headline names gives way to the
   publisher's state, else to the one state the headline names that nobody else acts for. Filed from
   abroad ("Nairobi, Kenya — President A held talks with President B" in Somalia's release), people of
   the two sides known by bare titles only are the publisher's own officials (the guests, else the side
   of the one named first) and the hosts of the dateline city's state.

Two people on different sides do not act for one institution when one has it only from a post
extraction inferred (a bare title given the item's country, a title whose state another sentence
names), or from a post while holding another in an unrelated institution ("The Head of State, A,
received the President of X, B" read as "President of X" for A too): that one acts for their other
post, the publisher's body or state, the state visited, the dateline city's state, the one state
the publisher names or the one state the headline names that neither acts for. A title of a state's legislative chamber ("Speaker of the House of
Representatives B", "the Senate Chairman B") acts for the chamber and through it the state.

Before 6, a government title of a place within a state ("the Governor of Punjab, B", "B, Deputy Emir
of Makkah Region") gives that state. Whom a person acts for is then named as the graph names it: a
state's whole government ("on behalf of the Government of X", "of the people of X") is the state; the
second portfolio of a minister's title ("Minister of Foreign Affairs and International Cooperation
of X") is no body of its own but X, and one the gazetteer does not know ("Minister for Foreign Affairs
and East African Cooperation of X", "Minister of Education, Science and Technology") is no one's
post (its holder, when nothing else says, acts for the publisher's or the dateline city's state); an
organization whose organ the person's title names ("The AUC Chairperson") is that organ; a state whose minister's title names a ministry the item names in
full ("Minister of Water and Sanitation" ... "The Ministry of Water and Sanitation leads ...", not as
the venue) is that ministry (and, through it, the state). A body the item also names in full with its state ("State Supervisory
Council ... of Türkiye"), and in an item that names no state a government body of its dateline's
city ("New Delhi: ... Ministry of ..."), belongs to that state; "Party of X" is not a body of X. A unit
whose name ends with a government body ("Asia Department of the Ministry of Foreign Affairs") is a unit
of that body: the publisher, the item's body of that name, or the body of the state named right after.

A person acts for that institution and for those that answer for it: a unit's organization
("ICESCO's Culture Sector" -> the sector and ICESCO), a government body's state ("Azerbaijani
Ministry of Culture" -> the ministry and Azerbaijan; a body a minister's title names with its state
after it is that state's), an organ named after its organization ("ECOWAS Commission" -> ECOWAS). An
organization or state taking part in its own name acts for itself (and for those that answer for
it). At an encounter named for its parties ("the EU-Japan summit"), a body's people also act for
the party the body belongs to (the President of the European Council: the Council and the EU).
A delegation of a state's legislative chamber ("a delegation of the German Bundestag", "the Kenyan
National Assembly delegation", "a Senate delegation from X", "a delegation of the Senate of X") is the
chamber's, and through it the state's. Where a sentence of the encounter that names no one sets bodies
of two states against each other ("The Ministry of Health of X and the Ministry of Health of Y held
consultations", "... held talks with the Ministry of ... of Y"), those who act there for X or Y (not a
head of state or government) act for its body. Unknown stays empty.

Posts follow the sides: a post extraction only inferred (a bare title given the item's state) in the
state an encounter's other side acts for, of someone who acts there for the publisher's state, becomes
the publisher's state's ("Deputy Foreign Minister A and Hungarian State Secretary B co-chaired ..."
in Viet Nam's release headed "... with Hungary").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from icgraph.config import DATA_DIR
from icgraph.errors import InputError
from icgraph.extract.gazetteer import Gazetteer, KnownOrganization, RoleTerm, default_government_seats
from icgraph.extract.lexicon import Lexicon, singular
from icgraph.extract.other_side import OtherSideGroups, other_side_groups
from icgraph.model import Entity, EntityKind, Event, Evidence, Extraction, OrgType, Post, Role
from icgraph.textnorm import folded

PHRASES_FILE = DATA_DIR / "extraction" / "representation.tsv"
CHAMBERS_FILE = DATA_DIR / "extraction" / "national_chambers.tsv"
CUES = ("on-behalf", "delegation", "delegation-of", "led-by", "leads", "own-country", "title-of", "state-title", "not-state-body",
        "chamber", "chamber-title", "respectively", "mission", "mission-title")
LIST_CUES = frozenset({"comprising", "including", "included", "which included", "that included", "comprised",
                       "comprised of", "consisted of"})
"""led-by phrases that introduce members rather than one leader: every person after them counts."""

INSTITUTIONS = frozenset({EntityKind.ORGANIZATION, EntityKind.COUNTRY})
STATED_CONFIDENCE = 0.8
"""The confidence of a post the item states for the person (extract/posts.py); below it, inferred
(0.5: a bare government title given the item's country, not anything the item says of the person)."""
INFERRED_CONFIDENCE = 0.5
"""The confidence of a post extraction inferred (a bare government title given the item's country); at most
this, nothing the item says of the person."""
DATELINE = re.compile(r"\s*([A-Z][A-Za-z.' -]{1,40}?)\s*(?:\[[^\[\]\n]{2,40}\]\s*)?(?:,|\(|:|–|—|-)")
"""A dateline's city, before punctuation or its state in brackets ("New Delhi [India], May 12 (ANI):")."""
CREDIT = re.compile(r"\s*[A-Z][A-Za-z.' -]{1,40}?(?:,[^()\n]{1,30}?)?\s*\(([^()\n]{1,60})\)")
"""A dateline with the credit of the agency that reports the item: "HIROSHIMA (PTI)", "ASTANA, May 12 (Kazinform)"."""
SIDE_ROLES = frozenset({Role.HOST, Role.GUEST})
HONORIFIC_BEFORE = re.compile(r"\b(?:H\.\s?E\.|His Excellency|Her Excellency|Excellency|Hon\.|Amb\.)\s*$")
VISIT_TO = re.compile(r"\b(?:visits?|visited|visiting|trip|tour|arrived|arrives|travell?ed)\s+(?:to|in|of)\s+(?:the\s+)?$", re.I)
BRACKET_OPEN = re.compile(r"\s*\(\s*")
BRACKET_CLOSE = re.compile(r"\s*\)")
POSSESSIVE_MARK = re.compile(r"['’]s\s+")
"""A possessive before a name: "Kenya's B", "Kenya's Dr B" (honorifics of the gazetteer between)."""
WINDOW = 160  # characters around a cue in which its person is looked for
CLAUSE_END = re.compile(r"[;.!?](?:(?<=;)\s|(?<!\b[A-Z][.!?])(?<!\b[A-Z][a-z][.!?])(?<!\b[A-Z][a-z][a-z][.!?])(?<=[.!?])\s)")
"""A semicolon or a full stop ending a sentence, not an abbreviation's ("H.E. Mr. B"). (The stop is
read first and the abbreviation looked for behind it, so that a scan jumps from stop to stop.)"""
SEAT_TITLE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){1,4}")  # " foreign policy aide ", "'s spokesman ": a title's words
PORTFOLIO_AND = re.compile(r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*?[A-Z][\w-]*)?\s+and\s+")
"""The rest of a government title up to the "and" that joins a second portfolio to it."""
PORTFOLIO_COMMA = re.compile(r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*?[A-Z][\w-]*)?,\s+")
"""The rest of a government title up to the comma that joins its last portfolios to it ("Minister of
Education, Science and Technology")."""
PEOPLE_OF = re.compile(r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:people|government|leadership|nation)s?\s+of\s+(?:the\s+)?", re.IGNORECASE)
"""After "on behalf of": "the (Senate and) people of", "the government and people of" a state."""
WHOLE_GOVERNMENT = re.compile(r"(?:the\s+)?government\s+of\s", re.IGNORECASE)
"""The name of a state's whole government: "Government of Jordan"."""
TITLE_OF = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*?[A-Z][\w'’.-]*\s+of\s+(?:the\s+)?")
"""Capitalised title words up to the "of" before the institution they belong to ("the Prime Minister of ")."""
VENUE_BEFORE = re.compile(r"\b(?:at|in|inside|outside)\s+the\s+$", re.IGNORECASE)
NEW_CLAUSE = re.compile(r"\b(?:was|were|is|are|has|have|had)\s")
"""An auxiliary between a delegation's "led by" and a name: the name belongs to the next clause."""
SENTENCE_END = re.compile(r"[.!?](?<!\b[A-Z][.!?])(?<!\b[A-Z][a-z][.!?])(?<!\b[A-Z][a-z][a-z][.!?])\s")
"""A full stop ending a sentence, not an abbreviation's ("Mr.", "Dr.", "H.E.", "Ma."), read as CLAUSE_END is."""
TITLE_STOP = re.compile(rf"[;:]\s|\n|{SENTENCE_END.pattern}")
"""What ends the words before a name that can hold its title: a clause's or a sentence's end, a line's."""
ACCREDITED_TO = re.compile(r"\s+to\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’.-]*,?\s+(?:[A-Z][\w.]*\s+){0,2}")
"""After a diplomatic title, the state it is accredited to and honorifics up to the name ("to Jordan, Ms. ")."""
SITS_IN = re.compile(r"\b(?:in|to)\s+(?:the\s+)?$", re.IGNORECASE)  # "Embassy of India in " + "Kenya"
LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")
"""What stands between two items of a coordinated list ("X, Y and Z")."""


def whole_words(name: str, text: str) -> Iterator[tuple[int, int]]:
    r"""(start, end) of each place where `name` stands in `text` as whole words, left to right
    without overlaps: what re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) finds,
    without compiling a pattern per name."""
    start = text.find(name) if name else -1
    while start != -1:
        end = start + len(name)
        if (start == 0 or not _word_char(text[start - 1])) and (end == len(text) or not _word_char(text[end])):
            yield start, end
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what a word character is to a str pattern


@dataclass(frozen=True)
class Phrases:
    by_cue: dict[str, tuple[str, ...]]
    _patterns: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)
    _cue_words: dict[str, tuple[tuple[str | None, ...], tuple[str | None, ...]]] = field(
        default_factory=dict, compare=False, repr=False)

    def pattern(self, cue: str) -> re.Pattern[str]:
        pattern = self._patterns.get(cue)
        if pattern is None:
            words = sorted(self.by_cue.get(cue, ()), key=len, reverse=True)
            pattern = self._patterns[cue] = re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)", re.IGNORECASE)
        return pattern

    def finditer(self, cue: str, text: str, folded: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """`pattern(cue).finditer(text, start, end)` (a case-insensitive scan of every position, slow),
        tried only where a phrase's first word is written, and not at all over a stretch that holds
        no phrase's longest word; `folded` is `folded(text)`."""
        longest, first = self._words(cue)
        if not any(word is None or folded.find(word, start, end) >= 0 for word in longest):
            return
        pattern = self.pattern(cue)
        if None in first:
            yield from pattern.finditer(text, start, end)
            return
        resume = start
        for position in sorted({at for word in first for at in _places(folded, word, start, end)}):
            found = pattern.match(text, position, end) if position >= resume else None
            if found is not None:
                yield found
                resume = found.end()

    def _words(self, cue: str) -> tuple[tuple[str | None, ...], tuple[str | None, ...]]:
        """The longest and the first word of each phrase of `cue` (what a match of it holds, and opens
        with), None for one not in ASCII."""
        words = self._cue_words.get(cue)
        if words is None:
            phrases = [phrase.split() for phrase in self.by_cue.get(cue, ())]
            words = self._cue_words[cue] = (tuple(_ascii(max(phrase, key=len)) for phrase in phrases),
                                            tuple(_ascii(phrase[0]) for phrase in phrases))
        return words


def _ascii(word: str) -> str | None:
    return word if word.isascii() else None


def _places(text: str, word: str, start: int, end: int) -> Iterator[int]:
    """Where `word` is written in text[start:end]."""
    at = text.find(word, start, end)
    while at >= 0:
        yield at
        at = text.find(word, at + 1, end)


@lru_cache(maxsize=2)
def load_phrases(path: Path = PHRASES_FILE) -> Phrases:
    by_cue: dict[str, list[str]] = defaultdict(list)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != 2 or cells[0] not in CUES or not cells[1]:
            raise InputError(f"{path}:{number}: expected 'cue<TAB>phrase' with cue one of {', '.join(CUES)}")
        by_cue[cells[0]].append(cells[1].lower())
    missing = [cue for cue in CUES if cue not in by_cue]
    if missing:
        raise InputError(f"{path}: no phrases for {', '.join(missing)}")
    return Phrases({cue: tuple(words) for cue, words in by_cue.items()})


@lru_cache(maxsize=2)
def country_codes(countries_path: Path = DATA_DIR / "countries.tsv") -> frozenset[str]:
    """The ISO3 codes of data/countries.tsv (its first column), to check a data file's codes against."""
    return frozenset(line.split("\t", 1)[0] for line in countries_path.read_text(encoding="utf-8").splitlines()[1:]
                     if line.strip())


def entry_iso3(entry) -> str | None:
    """The ISO3 code of the state a gazetteer entry is (a country) or lies in (a place)."""
    return getattr(entry, "country_iso3", None) or getattr(entry, "iso3", None)


@lru_cache(maxsize=2)
def load_national_chambers(path: Path = CHAMBERS_FILE, phrases_path: Path = PHRASES_FILE,
                           countries_path: Path = DATA_DIR / "countries.tsv") -> dict[str, str]:
    """Chamber -> ISO3 code of its state; a chamber that is no "chamber" phrase of representation.tsv, or a
    code data/countries.tsv lacks, fails with its line."""
    chambers = set(load_phrases(phrases_path).by_cue["chamber"])
    codes = country_codes(countries_path)
    found = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != 2 or cells[0].lower() not in chambers or cells[1] not in codes:
            raise InputError(f"{path}:{number}: expected a chamber of {phrases_path.name} and the ISO3 code of its "
                             f"state in {countries_path.name}, got {line!r}")
        found[cells[0].lower()] = cells[1]
    return found


@dataclass(frozen=True)
class Occurrence:
    key: str
    kind: EntityKind
    start: int
    end: int


class _Item:
    """The item's text with where each of its entities is named, and what representation reads
    besides: the gazetteer (states, organizations, places, titles), the lexicon (organization head
    words, the words of a whole government) and the phrases of representation.tsv."""

    def __init__(self, extraction: Extraction, gazetteer: Gazetteer, lexicon: Lexicon, phrases: Phrases) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.phrases = phrases
        self.text = extraction.item.text
        self.publisher = extraction.item.publisher or ""
        self.title = extraction.item.title or ""
        self.entities: dict[str, Entity] = {entity.key: entity for entity in extraction.entities}
        self.added: list[Entity] = []
        self.completed: set[str] = set()  # the item's entities this step gave the state they belong to
        self.explicit: dict[str, str] = {}  # person -> institution, from phrases anywhere in the item
        self.unsettled: dict[str, tuple[str, str | None]] = {}  # person -> (state given by a bare title, what instead)
        self.national_chambers = load_national_chambers()
        self.chambers: dict[str, str] = {}  # person -> the legislative chamber "on behalf of the Senate and people of X" names
        self.respective: dict[str, str] = {}  # person -> institution, from a "respectively" list
        self._read_per_person: dict[tuple[Callable[[_Item, str], str | None], str], str | None] = {}
        self.government_roles: dict[int, RoleTerm | None] = {}  # where a person is named -> their untitled government role
        self.other_side: OtherSideGroups = other_side_groups(self.text, lexicon)  # "At the initiative of the X side"
        self.publisher_body = self._publisher_body()
        self.occurrences = self._occurrences()
        self.credited = self._credited()
        self._complete_ministries()
        self._seat_bodies()
        self._dateline_bodies()
        self._chamber_bodies()
        self._known_parents()
        self._unit_bodies()
        self.portfolios, self.portfolio_names = self._portfolios()
        self.portfolio_holders: set[str] = set()  # people whose title's later portfolios were read as their post's organization

    def _known_parents(self) -> None:
        """An organ the gazetteer places in an organization the item does not name ("ECOWAS
        Commission" -> ECOWAS), or one named after a known organization with an organ head word
        ("Pacific Islands Forum Secretariat"), answers to that organization here; the item's entity
        is left as read."""
        gazetteer = self.gazetteer
        for entity in list(self.entities.values()):
            if entity.kind != EntityKind.ORGANIZATION or entity.parent in self.entities:
                continue
            known = gazetteer.organization_by_id(entity.gazetteer_id) if entity.gazetteer_id else None
            parent = gazetteer.organization_by_id(known.parent) if known and known.parent else None
            if parent is None and not entity.gazetteer_id:
                parent = self._named_organization_of(entity.name)
            if parent is None:
                continue
            key = next((e.key for e in self.entities.values() if e.gazetteer_id == parent.id), None)
            if key is None:
                key = f"r{len(self.added) + 1}"
                added = Entity(key=key, kind=EntityKind.ORGANIZATION, name=parent.name, aliases=parent.acronyms + parent.aliases,
                               org_type=parent.org_type, gazetteer_id=parent.id)
                self.entities[key] = added
                self.added.append(added)
            self.entities[entity.key] = replace(entity, parent=key)

    def _named_organization_of(self, name: str) -> KnownOrganization | None:
        """The known organization an organ's name ("PIF Secretariat") opens with, before its head word."""
        known_name, _, head = name.rpartition(" ")
        if not known_name or singular(head.lower()) not in self.lexicon.organ_heads:
            return None
        return self.gazetteer.organization(known_name)

    def _unit_bodies(self) -> None:
        """A unit whose name ends with the government body it belongs to ("Asia Department of the Ministry
        of Foreign Affairs", read without the state after it) is a unit of that body: the one the
        publisher is, the item's body of that name, or the body of the state the text names right after
        the unit ("... of the Ministry of Foreign Affairs of Kazakhstan")."""
        heads = self.lexicon.org_heads
        for entity in list(self.entities.values()):
            if entity.kind != EntityKind.ORGANIZATION or entity.org_type != OrgType.UNIT or entity.parent or entity.country:
                continue
            body = next((entity.name[m.end() :] for m in re.finditer(r"\s+of\s+(?:the\s+)?", entity.name)
                         if entity.name[m.end() :][:1].isupper() and singular(entity.name[m.end() :].split()[0].lower()) in heads), None)
            if body is None:
                continue
            # the state named right after the unit first: "the South Asia Division of the Ministry of Foreign
            # Affairs of Pakistan" in a release that named Kazakhstan's ministry before
            parent = None
            for occurrence in self.occurrences:
                after = re.match(r"\s+(?:of|for)\s+(?:the\s+)?", self.text[occurrence.end : occurrence.end + 12]) \
                    if occurrence.key == entity.key else None
                state = next((o for o in self.occurrences if after and o.start == occurrence.end + after.end()
                              and o.kind == EntityKind.COUNTRY), None)
                if state is not None:
                    parent = self.body(body, state.key, beside_other_states=True)
                    break
            named = [key for key, other in self.entities.items() if other.kind == EntityKind.ORGANIZATION and key != entity.key
                     and other.org_type == OrgType.GOVERNMENT and other.name.lower() == body.lower()]
            if parent is None:
                parent = self.publisher_body if self.publisher_body in named else (named[0] if len(named) == 1 else None)
            if parent is not None:
                self.entities[entity.key] = replace(entity, parent=parent)
                self.completed.add(entity.key)

    def _seat_bodies(self) -> None:
        """An institution named after a seat of government ("White House National Security Council",
        "Kremlin Press Service") is a body of that seat's state."""
        seats = default_government_seats()
        for entity in list(self.entities.values()):
            if entity.kind != EntityKind.ORGANIZATION or entity.country or entity.parent or entity.gazetteer_id:
                continue
            iso3 = seats.at_start(entity.name)
            country = self.gazetteer.country_by_code(iso3) if iso3 else None
            if country is not None:
                self.entities[entity.key] = replace(entity, org_type=OrgType.GOVERNMENT, country=self.country_key(country))
                self.completed.add(entity.key)

    def _dateline_bodies(self) -> None:
        """A government body whose name opens with a state's name or adjective ("Japan International
        Cooperation Agency", "Turkish Cooperation and Coordination Agency") is that state's; in an item
        that names no state, another government body with no state is that of the city its dateline
        names ("New Delhi: ... between the Ministry of Development of North Eastern Region and UNDP")."""
        gazetteer = self.gazetteer
        stateless = [e for e in self.entities.values() if e.kind == EntityKind.ORGANIZATION and e.org_type == OrgType.GOVERNMENT and not e.country]
        for entity in list(stateless):
            opening = gazetteer.find(entity.name, kinds=[EntityKind.COUNTRY])
            if opening and opening[0].start == 0:
                self.entities[entity.key] = replace(entity, country=self.country_key(opening[0].entry))
                self.completed.add(entity.key)
                stateless.remove(entity)
        if not stateless or any(o.kind == EntityKind.COUNTRY for o in self.occurrences):
            return
        dateline = DATELINE.match(self.text)
        places = gazetteer.find(dateline.group(1), kinds=[EntityKind.PLACE]) if dateline else []
        if len(places) != 1 or places[0].start != 0 or places[0].end != len(dateline.group(1)):
            return
        country = gazetteer.country_by_code(places[0].entry.country_iso3)
        if country is None:
            return
        state = self.country_key(country)
        for entity in stateless:
            self.entities[entity.key] = replace(entity, country=state)
            self.completed.add(entity.key)

    def _chamber_bodies(self) -> None:
        """A legislative chamber named with its state's name or adjective before it ("Kenyan National
        Assembly", "the Polish Sejm", "Iraqi Parliament") is a body of that state, however its type was read."""
        chamber = self.phrases.pattern("chamber")
        for entity in list(self.entities.values()):
            if entity.kind != EntityKind.ORGANIZATION or entity.org_type == OrgType.GOVERNMENT or entity.parent:
                continue
            opening = self.gazetteer.find(entity.name, kinds=[EntityKind.COUNTRY])
            rest = entity.name[opening[0].end :].strip() if opening and opening[0].start == 0 else ""
            if not (chamber.fullmatch(rest) or rest.lower() == "parliament"):
                continue
            state = self.country_key(opening[0].entry)
            if entity.country in (None, state):
                self.entities[entity.key] = replace(entity, org_type=OrgType.GOVERNMENT, country=state)
                self.completed.add(entity.key)

    def _portfolios(self) -> tuple[set[str], frozenset[str]]:
        """Organizations the item names only as a later portfolio of a minister's title, read in one pass:
        government bodies of a state named as the second half of it ("Minister of Foreign Affairs and
        International Cooperation of Cambodia"): a title's words, not an institution of their own (whoever
        holds the title acts for the state); and organizations the gazetteer does not know ("Minister for
        Foreign Affairs and East African Cooperation of Tanzania", "Minister of Education, Science and
        Technology"): a title's words, for which no one acts (its holder acts for whom the title's other
        words or the item say)."""
        bodies, bodies_elsewhere, names, names_elsewhere = set(), set(), set(), set()
        for occurrence in self.occurrences:
            entity = self.entities[occurrence.key]
            if entity.kind != EntityKind.ORGANIZATION:
                continue
            before = self.text[max(0, occurrence.start - 80) : occurrence.start]
            roles = [end for _, end, term in self.gazetteer.find_roles(before) if term.governmental]
            rest = before[roles[-1] :] if roles else None
            by_and = rest is not None and PORTFOLIO_AND.fullmatch(rest) is not None
            if entity.org_type == OrgType.GOVERNMENT and entity.country in self.entities:
                (bodies if by_and else bodies_elsewhere).add(occurrence.key)
            joined = by_and or (rest is not None and " and " in entity.name and PORTFOLIO_COMMA.fullmatch(rest))
            if joined and not entity.gazetteer_id and entity.org_type != OrgType.GOVERNMENT:
                names.add(occurrence.key)
            else:
                names_elsewhere.add(occurrence.key)
        return bodies - bodies_elsewhere, frozenset(names - names_elsewhere)

    def _publisher_body(self) -> str | None:
        """The government body that publishes the item, when its publisher is one body of one state
        ("Department of Foreign Affairs of the Philippines (dfa.gov.ph)"): the item's entity of that
        name, else one added (named also by its initials, "DFA"), with the state it belongs to."""
        parts = re.split(r"\s*[/;]\s*|,\s+", re.sub(r"\([^)]*\)", "", self.publisher))
        bodies = []
        for part in parts:
            named = re.fullmatch(r"(?P<name>(?P<head>\w+)\s+of\s+.+?)\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w\s]+?)\s*", part)
            if named is None or singular(named["head"]) not in self.lexicon.org_heads:
                continue
            states = self.gazetteer.find(named["state"], kinds=[EntityKind.COUNTRY])
            if len(states) == 1 and states[0].start == 0 and states[0].end == len(named["state"]):
                bodies.append((named["name"], states[0].entry))
        if len(bodies) != 1:
            return None
        name, state = bodies[0]
        for entity in self.entities.values():
            if entity.kind == EntityKind.ORGANIZATION and entity.name.lower() == name.lower():
                if entity.country is None and entity.org_type in (None, OrgType.GOVERNMENT):  # the publisher says whose it is
                    self.entities[entity.key] = replace(entity, org_type=OrgType.GOVERNMENT, country=self.country_key(state))
                    self.completed.add(entity.key)
                return entity.key
        initials = "".join(word[0] for word in name.split() if word[0].isupper())
        country = self.country_key(state)
        key = f"r{len(self.added) + 1}"
        entity = Entity(key=key, kind=EntityKind.ORGANIZATION, name=name, aliases=(initials,) if len(initials) >= 3 else (),
                        org_type=OrgType.GOVERNMENT, country=country)
        self.entities[key] = entity
        self.added.append(entity)
        return key

    def _complete_ministries(self) -> None:
        """A body a minister's title names with its state after it ("Minister of Trade
        and Industry for the Republic of Botswana", "Chairman of the Senate of Kazakhstan", even when
        read as a company) is that state's, when the item says no other."""
        gazetteer = self.gazetteer
        for occurrence in self.occurrences:
            entity = self.entities[occurrence.key]
            if entity.kind != EntityKind.ORGANIZATION or entity.country \
                    or entity.org_type not in (None, OrgType.OTHER, OrgType.GOVERNMENT, OrgType.COMPANY):
                continue
            before = self.text[max(0, occurrence.start - 40) : occurrence.end]
            named = len(before) - (occurrence.end - occurrence.start)
            titled = [term for start, end, term in gazetteer.find_roles(before) if term.governmental and start < named
                      and (re.fullmatch(r"\s+of\s+(?:the\s+)?", before[end:named]) or end == len(before))]  # "Chairman of the Senate"
            after = re.match(r"\s+(?:for|of)\s+(?:the\s+)?", self.text[occurrence.end : occurrence.end + 12])
            state = next((o for o in self.occurrences if after and o.start == occurrence.end + after.end() and o.kind == EntityKind.COUNTRY), None)
            if titled and state is not None:
                self.entities[entity.key] = replace(entity, org_type=OrgType.GOVERNMENT, country=state.key)
                self.completed.add(entity.key)
        for entity in list(self.entities.values()):
            # a body whose own name ends with its state ("State Supervisory Council of the Republic
            # of Türkiye", "Central Bank of Egypt", "National Assembly of Vietnam") is that state's
            if entity.kind != EntityKind.ORGANIZATION or entity.parent or entity.org_type not in (None, OrgType.OTHER) \
                    or (entity.org_type == OrgType.GOVERNMENT and entity.country):
                continue
            tail = re.search(r"\s+of\s+(?:the\s+)?(\S.*)$", entity.name)
            if tail and (entity.name[: tail.start()].split() or [""])[-1].lower() in self.phrases.by_cue["not-state-body"]:
                continue  # "Communist Party of China": a party of the state, not one of its bodies
            states = gazetteer.find(tail.group(1), kinds=[EntityKind.COUNTRY]) if tail else []
            if len(states) == 1 and states[0].start == 0 and states[0].end == len(tail.group(1)) and states[0].form != "demonym":
                state = self.country_key(states[0].entry)
                if entity.country in (None, state):
                    self.entities[entity.key] = replace(entity, org_type=OrgType.GOVERNMENT, country=state)
                    self.completed.add(entity.key)

        for entity in list(self.entities.values()):
            # a body the item also names in full with its state ("State Supervisory Council" after
            # "the State Supervisory Council of Türkiye") is that state's
            if entity.kind != EntityKind.ORGANIZATION or entity.parent or entity.country or entity.org_type not in (None, OrgType.OTHER):
                continue
            states = {other.country for other in self.entities.values() if other.kind == EntityKind.ORGANIZATION
                      and other.org_type == OrgType.GOVERNMENT and other.country and other.name.startswith(entity.name + " of ")}
            if len(states) == 1:
                self.entities[entity.key] = replace(entity, org_type=OrgType.GOVERNMENT, country=states.pop())
                self.completed.add(entity.key)

    def _occurrences(self) -> list[Occurrence]:
        found: list[Occurrence] = []
        for entity in self.entities.values():
            names = {entity.name, *entity.aliases}
            if entity.kind == EntityKind.PERSON:
                names |= {rest for name in names if (rest := _untitled(name, self.gazetteer))}
            for name in names:
                if len(name) < 2 or name not in self.text:  # no pattern to build for a name not written
                    continue
                for start, end in whole_words(name, self.text):
                    found.append(Occurrence(entity.key, entity.kind, start, end))
        found.sort(key=lambda o: (o.start, -(o.end - o.start)))
        kept: list[Occurrence] = []
        for occurrence in found:  # longest first at each place, no overlaps
            if kept and occurrence.start < kept[-1].end:
                continue
            kept.append(occurrence)
        for match in self.gazetteer.find(self.text, kinds=[EntityKind.COUNTRY]):
            if not any(o.start < match.end and match.start < o.end for o in kept):
                key = self.country_key(match.entry)
                kept.append(Occurrence(key, EntityKind.COUNTRY, match.start, match.end))
        return sorted(kept, key=lambda o: o.start)

    def _credited(self) -> frozenset[str]:
        """The organizations the item names only in its dateline's credit ("HIROSHIMA (PTI) Prime
        Minister B ..."): the agency that reports the item, for which no one in it acts."""
        credit = CREDIT.match(self.text)
        if credit is None:
            return frozenset()
        inside = {o.key for o in self.occurrences if o.kind == EntityKind.ORGANIZATION and credit.start(1) <= o.start and o.end <= credit.end(1)}
        return frozenset(inside - {o.key for o in self.occurrences if o.start >= credit.end(1)})

    def country_key(self, country) -> str:
        """The key of the item's entity for a gazetteer country, added when the item has none."""
        for entity in self.entities.values():
            if entity.kind == EntityKind.COUNTRY and entity.iso_code == country.iso3:
                return entity.key
        key = f"r{len(self.added) + 1}"
        entity = Entity(key=key, kind=EntityKind.COUNTRY, name=country.name, iso_code=country.iso3)
        self.entities[key] = entity
        self.added.append(entity)
        return key

    def body(self, name: str, state: str, beside_other_states: bool = False) -> str | None:
        """The item's organization of that name as a body of `state` (given it when it has no state),
        else one added; None when the item's entity of that name belongs to another state, unless the
        item names that body of more states (`beside_other_states`: "the Ministry of Foreign Affairs of
        Kazakhstan" and "... of Pakistan"), where the one added is named with its state, as no other body is."""
        for key, entity in self.entities.items():
            if entity.kind == EntityKind.ORGANIZATION and entity.name.lower() == name.lower():
                if entity.country is None:
                    self.entities[key] = replace(entity, org_type=OrgType.GOVERNMENT, country=state)
                    self.completed.add(key)
                if self.entities[key].country == state or not beside_other_states:
                    return key if self.entities[key].country == state else None
                return self.body(f"{name} of {self.entities[state].name}", state)
        key = f"r{len(self.added) + 1}"
        added = Entity(key=key, kind=EntityKind.ORGANIZATION, name=name, org_type=OrgType.GOVERNMENT, country=state)
        self.entities[key] = added
        self.added.append(added)
        return key

    def once_per_person(self, read: Callable[[_Item, str], str | None], person: str) -> str | None:
        """`read(self, person)`, read once per person: what is read from the text around the places
        the person is named (which stay as found), asked again at each of their participations."""
        key = (read, person)
        if key not in self._read_per_person:
            self._read_per_person[key] = read(self, person)
        return self._read_per_person[key]

    def answering(self, key: str) -> tuple[str, ...]:
        return answering(self.entities, key, self.lexicon)

    @cached_property
    def titles(self) -> list[tuple[int, int]]:
        """(start, end) of every title in the text (a "title-of" phrase, a role term), last first:
        read once for all the people of the item."""
        titles = [(m.start(), m.end()) for m in self.phrases.finditer("title-of", self.text, self.folded, 0, len(self.text))]
        titles += [(a, b) for a, b, _ in self.gazetteer.find_roles(self.text)]
        return sorted(titles, reverse=True)

    @cached_property
    def publisher_states(self) -> dict:
        """The states the publisher names as its own (`_publisher_states`), read once for all the people."""
        return _publisher_states(self)

    @cached_property
    def folded(self) -> str:
        """The text as the case-insensitive patterns of phrases see it (`folded`), made once."""
        return folded(self.text)

    @cached_property
    def names_national_chamber(self) -> bool:
        """Whether the text names a chamber of national_chambers.tsv at all: read once, so that a person's
        title is looked for one only then."""
        text = " ".join(self.text.lower().split())
        return any(chamber in text for chamber in self.national_chambers)

    @cached_property
    def _occurrence_starts(self) -> list[int]:
        return [o.start for o in self.occurrences]

    def within(self, start: int, end: int, kinds: frozenset[EntityKind]) -> list[Occurrence]:
        """The occurrences of `kinds` inside [start, end): the occurrences do not overlap and are in
        text order, so their ends are too, and those inside are the ones from the first that starts
        at `start` or later up to the last that ends by `end`."""
        found, occurrences = [], self.occurrences
        for i in range(bisect_left(self._occurrence_starts, start), len(occurrences)):
            occurrence = occurrences[i]
            if occurrence.end > end:
                break
            if occurrence.kind in kinds:
                found.append(occurrence)
        return found

    def used(self, keys: Iterable[str]) -> list[Entity]:
        """Entities this step added that a participation now refers to (with the state a body added
        belongs to)."""
        wanted = set(keys)
        wanted |= {self.entities[key].country for key in wanted if key in self.entities and self.entities[key].country}
        return [entity for entity in self.added if entity.key in wanted]


def _untitled(name: str, gazetteer: Gazetteer) -> str | None:
    """A person's name without a title the parser ran into it ("Pm Pham Quoc Thinh" -> "Pham Quoc Thinh")."""
    first, _, rest = name.partition(" ")
    for form in (first, first.upper()):
        if rest and gazetteer.is_role(form):
            return rest
    return None


def _organ_of(entity: Entity, parent: Entity, lexicon: Lexicon) -> bool:
    """An organ named after its organization: "ECOWAS Commission", "African Union Commission"."""
    return any(
        name.startswith(parent_name + " ") and singular(name[len(parent_name) + 1 :]) in lexicon.org_heads
        for name in (entity.name, *entity.aliases) for parent_name in (parent.name, *parent.aliases)
    )


def answering(entities: dict[str, Entity], key: str, lexicon: Lexicon) -> tuple[str, ...]:
    """`key` and the institutions that answer for it, nearest first: a unit's organization, a
    government body's state ("Ministry of Culture" -> the ministry and Azerbaijan), an organ's
    organization ("ECOWAS Commission" -> the commission and ECOWAS)."""
    found = [key]
    entity = entities[key]
    while True:
        if entity.kind == EntityKind.ORGANIZATION and entity.org_type == OrgType.UNIT and entity.parent in entities:
            following = entity.parent
        elif entity.kind == EntityKind.ORGANIZATION and entity.org_type == OrgType.GOVERNMENT and entity.country in entities:
            following = entity.country
        elif entity.kind == EntityKind.ORGANIZATION and entity.parent in entities and _organ_of(entity, entities[entity.parent], lexicon):
            following = entity.parent
        else:
            return tuple(found)
        if following in found:
            return tuple(found)
        found.append(following)
        entity = entities[following]


def _whole_government(item: _Item, key: str) -> str:
    """A state's whole government ("the Government of Nigeria", "the Royal Government of X", "the X
    Government") is acted for as the state itself; any other institution as itself."""
    entities = item.entities
    entity = entities[key]
    if entity.kind != EntityKind.ORGANIZATION or entity.country not in entities:
        return key
    words = item.lexicon.words_for("government")
    name = entity.name.split()
    rest = [word for word in name if word.lower() not in words]
    while rest and rest[0].lower() in {"of", "the"}:
        rest = rest[1:]
    if len(rest) == len(name) or not rest:
        return key  # no government word: a ministry, an agency, an embassy
    country = item.gazetteer.country(" ".join(rest))
    return entity.country if country is not None and country.iso3 == entities[entity.country].iso_code else key


def _organ_party(item: _Item, person: str, party: str, posts: list[Post]) -> str | None:
    """The organ of `party` named after it ("African Union Commission") whose title the item gives
    the person's post ("The AUC Chairperson", "Chairperson of the AU Commission"): the person acts
    for the organ, and through it for the organization."""
    roles = {post.role for post in posts if post.person == person and post.organization == party}
    organs = [key for key, entity in item.entities.items() if entity.kind == EntityKind.ORGANIZATION
              and entity.parent == party and _organ_of(entity, item.entities[party], item.lexicon)]
    for key in organs:
        organ = item.entities[key]
        for name in (organ.name, *organ.aliases):
            for role in roles:
                if re.search(rf"{_opening(re.escape(name))}['’]?s?\s+{re.escape(role)}(?!\w)", item.text) or \
                        re.search(rf"{_opening(re.escape(role))}\s+of\s+(?:the\s+)?{re.escape(name)}(?!\w)", item.text):
                    return key
    return None


def _opening(literal: str) -> str:
    r"""A pattern of `literal` (a fixed string, escaped) that no word character comes before: what
    `(?<!\w)` and the literal match, the literal read first, so that a scan of a text jumps from one
    place it is written to the next instead of trying every position."""
    return rf"{literal}(?<!\w{literal})"


def _ministry_of_title(item: _Item, person: str, state: str, posts: list[Post]) -> str | None:
    """The ministry a minister's title names and the item names in full ("Minister of International
    Affairs and Cooperation" ... "The Ministry of International Affairs and Cooperation serves ..."):
    the item's entity of that name, else one added as the state's body."""
    for post in posts:
        title = re.fullmatch(r"(?:[A-Z][\w-]*\s+)*?Minister\s+(of|for)\s+(?:the\s+)?(.+)", post.role) \
            if post.person == person and post.organization == state else None
        if title is None:
            continue
        portfolio = r"\s+".join(re.escape(word) for word in title.group(2).split())
        named = next((m for m in re.finditer(rf"{_opening('Ministry')}\s+(?:of|for)\s+(?:the\s+)?{portfolio}(?!\w)", item.text)
                      if not VENUE_BEFORE.search(item.text, max(0, m.start() - 12), m.start())), None)
        if named is None:  # a ministry named only as the venue ("received B at the Ministry of Health") is no side
            continue
        return item.body(" ".join(named.group().split()), state)
    return None


def _chamber_of_title(item: _Item, person: str, state: str, posts: list[Post]) -> str | None:
    """The legislative chamber of the state whose title the person holds ("Speaker of the House of
    Representatives B", "B, Chairman of the Senate", "the Senate Chairman, B", a post "Chairman of
    the Senate" of the state, "on behalf of the Senate and people of X"): the item's entity of that
    name, else one added as the state's body."""
    pattern = item.phrases.pattern("chamber")
    name = item.chambers.get(person)
    for post in posts:
        chamber = pattern.search(post.role) if name is None and post.person == person and post.organization == state else None
        if chamber is not None and re.search(r"\bof\s+(?:the\s+)?$", post.role[: chamber.start()]):
            name = chamber.group()
    name = name or _chamber_in_title(item, person)
    if name is None:
        return _publisher_chamber(item, person, state, posts)
    name = " ".join(word[:1].upper() + word[1:] for word in name.split()) if name.islower() else " ".join(name.split())
    return item.body(name, state)


def _publisher_chamber(item: _Item, person: str, state: str, posts: list[Post]) -> str | None:
    """ "Speaker of Parliament A received ..." in an item the Parliament of Finland publishes: a
    chamber's title that names no chamber ("chamber-title" phrases), of someone who acts for the
    publisher's state, is held in the publisher's chamber ("Parliament of Finland", "National Assembly of Kenya", "the
    Polish Sejm"), a body of that state."""
    titled = item.phrases.pattern("chamber-title")
    if not any(post.person == person and titled.search(post.role) for post in posts):
        return None
    chamber = item.phrases.pattern("chamber")
    for part in re.split(r"\s*[/;]\s*|,\s+", re.sub(r"\([^)]*\)", "", item.publisher)):
        name = re.sub(r"^the\s+", "", part.strip(), flags=re.IGNORECASE)
        of_state = re.fullmatch(r"(?P<chamber>.+?)\s+of\s+(?:the\s+)?(?P<state>.+)", name)
        states = item.gazetteer.find(name, kinds=[EntityKind.COUNTRY])
        if of_state is not None and (chamber.fullmatch(of_state["chamber"]) or of_state["chamber"].lower() == "parliament"):
            found = [s for s in states if s.start == of_state.start("state") and s.end == len(name)]
        else:
            # "the Polish Sejm", "Kenyan National Assembly": the state's name or adjective, then the chamber
            found = [s for s in states if s.start == 0 and (chamber.fullmatch(name[s.end :].strip())
                                                            or name[s.end :].strip().lower() == "parliament")]
        if len(found) == 1 and getattr(found[0].entry, "iso3", None) == item.entities[state].iso_code:
            return item.body(name, state)
    return None


def _chamber_in_title(item: _Item, person: str) -> str | None:
    """The chamber the person's title names in the text, before the name or in apposition after it
    (read once per person: a participant's state and the body they act for both ask it)."""
    return item.once_per_person(_read_chamber_in_title, person)


def _read_chamber_in_title(item: _Item, person: str) -> str | None:
    pattern = item.phrases.pattern("chamber")
    gazetteer = item.gazetteer
    for occurrence in item.within(0, len(item.text), frozenset({EntityKind.PERSON})):
        if occurrence.key != person:
            continue
        name = None
        low = max(0, occurrence.start - 80)
        # a clause's or sentence's end, not an honorific's full stop ("the Speaker of the Sejm, Mr. B")
        stops = [m.end() for m in TITLE_STOP.finditer(item.text[low : occurrence.start])]
        low += stops[-1] if stops else 0
        before = item.text[low : occurrence.start]
        roles = gazetteer.find_roles(before)
        for chamber in pattern.finditer(before):
            tail = before[chamber.end() :]
            titled = any((b <= chamber.start() and re.fullmatch(r"\s+of\s+(?:the\s+)?", before[b : chamber.start()])
                          or a < chamber.start() < b)  # "Speaker of the House" (a title) "of Representatives"
                         and re.fullmatch(r"[\s,]*(?:[A-Z][\w.]*\s+){0,3}", tail) for a, b, _ in roles) \
                or any(a >= chamber.end() and re.fullmatch(r"['’]?s?\s+", before[chamber.end() : a])
                       and re.fullmatch(r"[\s,]*(?:[A-Z][\w.]*\s+){0,3}", before[b:]) for a, b, _ in roles)
            if titled:
                name = chamber.group()
        apposition = re.match(r",\s+(?:the\s+)?", item.text[occurrence.end : occurrence.end + 10])
        if name is None and apposition is not None:
            start = occurrence.end + apposition.end()
            after = re.split(r"[,;.\n]", item.text[start : start + 100])[0]
            for a, b, _ in gazetteer.find_roles(after):
                chamber = pattern.match(after, b + len(re.match(r"\s+of\s+(?:the\s+)?|", after[b:]).group())) if a == 0 else None
                if chamber is not None and chamber.start() > b and not after[chamber.end() :].strip():
                    name = chamber.group()
                    break
        if name is not None:
            return name
    return None


def _chamber_state(item: _Item, person: str) -> str | None:
    """ "the Speaker of the Sejm, B", "B, President of the Storting": a chamber named by its own word is of
    one state (data/extraction/national_chambers.tsv), whom the title's holder acts for."""
    name = _chamber_in_title(item, person) if item.names_national_chamber else None
    country = item.gazetteer.country_by_code(item.national_chambers.get(" ".join(name.lower().split()), "")) if name else None
    return item.country_key(country) if country is not None else None


def _acting(item: _Item, party: str, person: str | None, posts: list[Post]) -> str:
    """The institution a participant acts for, as the graph names it: a state's whole government is
    the state; a title's second portfolio is its state; an organization whose organ the person's
    title names is that organ (and, through it, the organization)."""
    party = _whole_government(item, party)
    if party in item.portfolios:
        party = item.entities[party].country
    if person is not None and item.entities[party].kind == EntityKind.COUNTRY:
        return _ministry_of_title(item, person, party, posts) or _chamber_of_title(item, person, party, posts) or party
    return (person is not None and _organ_party(item, person, party, posts)) or party


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of `text` around [start, end) that no sentence or clause end crosses."""
    before = [m.end() for m in CLAUSE_END.finditer(text, max(0, start - WINDOW), start)]
    after = CLAUSE_END.search(text, end, min(len(text), end + WINDOW))
    return (before[-1] if before else max(0, start - WINDOW), after.start() if after else min(len(text), end + WINDOW))


def _institution_at(item: _Item, position: int, limit: int = 6) -> Occurrence | None:
    """The organization or state named right at `position` (after "the" or an adjective)."""
    for occurrence in item.within(position, position + WINDOW, INSTITUTIONS):
        gap = item.text[position : occurrence.start]
        return occurrence if len(gap.split()) <= limit and not re.search(r"[,;.]", gap) else None
    return None


def _institution_of_title(item: _Item, position: int) -> Occurrence | None:
    """The institution a title right at `position` names after "of": "(on behalf of) the Prime
    Minister of Japan", "the Secretary-General of the United Nations"."""
    occurrence = _institution_at(item, position, limit=8)
    if occurrence is None or not TITLE_OF.fullmatch(item.text, position, occurrence.start):
        return None
    return occurrence


def _explicit(item: _Item, passage: Evidence, phrases: Phrases) -> dict[str, str]:
    """person key -> institution key, read from on-behalf and delegation phrases in the passage."""
    text, found = item.text, {}
    start, end = passage.start, passage.end
    for cue in phrases.finditer("on-behalf", text, item.folded, start, end):
        party = _institution_at(item, cue.end(), limit=1) or _institution_of_title(item, cue.end())
        people_of = PEOPLE_OF.match(text, cue.end()) if party is None else None
        if people_of is not None:  # "on behalf of the Senate and people of X": the state X
            party = _institution_at(item, people_of.end(), limit=0)
            party = party if party is not None and party.kind == EntityKind.COUNTRY else None
        if party is None:
            continue
        low, high = _clause(text, cue.start(), party.end)
        people_before = item.within(low, cue.start(), frozenset({EntityKind.PERSON}))
        people_after = item.within(party.end, high, frozenset({EntityKind.PERSON}))
        person = people_before[-1] if people_before else (people_after[0] if people_after else None)
        if person is not None:
            found.setdefault(person.key, party.key)
            chamber = phrases.pattern("chamber").search(text, cue.end(), people_of.end()) if people_of is not None else None
            if chamber is not None:  # "on behalf of the Senate and people of X": X's Senate
                item.chambers.setdefault(person.key, " ".join(chamber.group().split()))
    for delegation, party in _delegations(item, passage, phrases):
        for person in _delegation_people(item, delegation, phrases, end):
            found.setdefault(person.key, party.key)
    return found


def _respectively(item: _Item, phrases: Phrases) -> list[tuple[str, str]]:
    """ "the representatives of UNICEF and WFP in Yemen, Mr. A and Mr. B, respectively": the people
    listed right before the cue, after the sentence's last institution, each act for the institution
    at the same place of a list of as many institutions before them (the last such list) that follows
    a plural noun and "of", the titles the people hold (not places where things happened: "his visits
    to Egypt and Jordan, where he met A and B respectively")."""
    text, found = item.text, []
    people_kind = frozenset({EntityKind.PERSON})
    for cue in phrases.finditer("respectively", text, item.folded, 0, len(text)):
        stops = [m.end() for m in SENTENCE_END.finditer(text, max(0, cue.start() - 2 * WINDOW), cue.start())]
        low = stops[-1] if stops else max(0, cue.start() - 2 * WINDOW)
        institutions = item.within(low, cue.start(), INSTITUTIONS)
        people = [o for o in item.within(institutions[-1].end if institutions else low, cue.start(), people_kind)]
        if len({o.key for o in people}) != len(people) or len(people) < 2 or not re.fullmatch(r"[\s,]*", text[people[-1].end : cue.start()]) \
                or not all(_honorifics_only(item.gazetteer, text, LIST_GAP.match(text, a.end, b.start).end(), b.start)
                           for a, b in zip(people, people[1:])):
            continue  # the cue closes a list of people and nothing else ("Mr. A and Mr. B, respectively")
        institutions = [o for o in institutions if o.end <= people[0].start]
        runs: list[list[Occurrence]] = []
        for occurrence in institutions:
            if runs and LIST_GAP.fullmatch(text, runs[-1][-1].end, occurrence.start):
                runs[-1].append(occurrence)
            else:
                runs.append([occurrence])
        matching = [run for run in runs if len(run) == len(people) and len({o.key for o in run}) == len(run)
                    and re.search(r"\b[a-z]+s\s+of\s+(?:the\s+)?$", text[max(low, run[0].start - 40) : run[0].start])]
        if matching:
            found += [(person.key, party.key) for person, party in zip(people, matching[-1])]
    return found


def _delegations(item: _Item, passage: Evidence, phrases: Phrases) -> list[tuple[tuple[int, int], Occurrence]]:
    """((start, end) of the delegation phrase, the institution it belongs to) in the passage. A
    bare "the delegation" is the one the item named before with its institution ("A delegation from
    the Council of X ... The delegation, which included A, ..."), else the visiting organization's:
    the one the item's lead sentence names ("The Executive Board of X visited Y ... The delegation to
    Y included A, B")."""
    text, found = item.text, []
    for cue in phrases.finditer("delegation", text, item.folded, passage.start, passage.end):
        named = _named_delegation(item, cue, passage.start, phrases)
        if named is not None:
            found.append(named)
            continue
        if re.search(r"(?<!\w)the\s+$", text[max(0, cue.start() - 5) : cue.start()], re.IGNORECASE):
            earlier = [d for c in phrases.finditer("delegation", text, item.folded, 0, cue.start())
                       if (d := _named_delegation(item, c, 0, phrases)) is not None]
            visitor = earlier[-1][1] if earlier else _lead_organization(item)
            if visitor is not None:
                found.append(((cue.start(), cue.end()), visitor))
    return found


def _named_delegation(item: _Item, cue: re.Match, low: int, phrases: Phrases) -> tuple[tuple[int, int], Occurrence] | None:
    """The delegation at `cue` with the institution it names: "the Omani delegation", "ASEAN's
    high-level delegation", "an International Monetary Fund (IMF) team", "a delegation from Ghana"."""
    text = item.text
    before = [o for o in item.within(max(low, cue.start() - 60), cue.start(), INSTITUTIONS)]
    if before and re.fullmatch(r"\)?(?:'s|’s)?(?:[^\S\n]+\([^()\n]{1,20}\))?[^\S\n]+(?:\w+[^\S\n]+){0,2}", text[before[-1].end : cue.start()]):
        return (before[-1].start, cue.end()), _state_chamber(item, before[-1], cue.start())
    of = phrases.pattern("delegation-of").match(text, cue.end() + 1) if text[cue.end() : cue.end() + 1] == " " else None
    if of is not None:
        party = _institution_at(item, of.end(), limit=2)
        if party is not None:
            chamber = _state_chamber(item, party, len(text))
            # "a delegation of the Senate of Kenya", "a Senate delegation from Kenya": the chamber named before the state
            named_before = CHAMBER_OF.fullmatch(text, of.end(), party.start) or CHAMBER_BEFORE.search(text, max(0, cue.start() - 40), cue.start())
            if chamber is party and named_before is not None:
                chamber = _chamber_body(item, party, named_before.group("chamber"), party.end)
            return (cue.start(), chamber.end), chamber
    return None


CHAMBER_OF = re.compile(r"\s*(?:the\s+)?(?P<chamber>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+of\s+(?:the\s+)?")
"""Between "delegation of the" and a state: a chamber's name and "of" ("a delegation of the Senate of Kenya")."""
CHAMBER_BEFORE = re.compile(r"(?<![\w-])(?P<chamber>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+$")
"""The capitalised words right before a delegation's noun: "a Senate delegation from Kenya"."""


def _state_chamber(item: _Item, party: Occurrence, limit: int) -> Occurrence:
    """The legislative chamber a state's name or adjective opens ("a delegation of the German Bundestag",
    "the Polish Sejm delegation"), as that state's body; else `party` itself."""
    chamber = item.phrases.pattern("chamber").match(item.text, party.end + 1) \
        if party.kind == EntityKind.COUNTRY and item.text[party.end : party.end + 1] == " " else None
    if chamber is None or chamber.end() > limit or item.text[chamber.end() : chamber.end() + 1].isalnum():
        return party
    return _chamber_body(item, party, chamber.group(), chamber.end())


def _chamber_body(item: _Item, party: Occurrence, words: str, end: int) -> Occurrence:
    """The state `party`'s legislative chamber named by `words` (a `chamber` phrase of representation.tsv), as an
    occurrence up to `end`; `party` itself when the words name no chamber or the item's chamber of that name is
    another state's."""
    words = re.sub(r"^(?:an?|the)\s+", "", words.strip(), flags=re.IGNORECASE)
    if party.kind != EntityKind.COUNTRY or not item.phrases.pattern("chamber").fullmatch(words):
        return party
    name = " ".join(word[:1].upper() + word[1:] for word in words.split())
    key = item.body(name, party.key)
    return Occurrence(key, EntityKind.ORGANIZATION, party.start, end) if key is not None else party


def _lead_organization(item: _Item) -> Occurrence | None:
    """The one organization (not a state, not a state's body) the item's first sentence names."""
    first = CLAUSE_END.search(item.text)
    named = [o for o in item.within(0, first.start() if first else len(item.text), frozenset({EntityKind.ORGANIZATION}))]
    named = [o for o in named if item.entities[o.key].org_type != OrgType.GOVERNMENT]
    return named[0] if len({o.key for o in named}) == 1 else None


def _delegation_people(item: _Item, delegation: tuple[int, int], phrases: Phrases, limit: int) -> list[Occurrence]:
    """Who leads or belongs to the delegation at `delegation`: "... led by B", "B led the ..."."""
    text = item.text
    start, end = delegation
    people = frozenset({EntityKind.PERSON})
    low, high = _clause(text, start, end)
    # the cue within the next few words ("delegation of senior officials led by", "delegation was headed by")
    position = end + len(text[end:high]) - len(text[end:high].lstrip(" ,"))
    cue = None
    for _ in range(4):
        cue = phrases.pattern("led-by").match(text, position)
        word = re.match(r"\w+\s+", text[position:high])
        if cue is not None or word is None:
            break
        position += word.end()
    if cue is None:
        cue = phrases.pattern("led-by").match(text, end + len(text[end:high]) - len(text[end:high].lstrip(" ,")))
    if cue is None:
        # "the X delegation was headed by A, and the Y delegation by B": the verb left out
        cue = re.compile(r"\s+by\s+").match(text, end)
    if cue is None:
        # "a delegation from the Council of the Republic of X, led by B": the rest of the institution's
        # name, then the cue after a comma
        later = re.compile(r",\s*").search(text, end, min(high, end + WINDOW // 2))
        if later is not None and not item.within(end, later.start(), people):
            cue = phrases.pattern("led-by").match(text, later.end())
    if cue is not None:
        if " ".join(cue.group().lower().split()) in LIST_CUES:  # a list runs to the sentence end, across "A, Title; B, Title"
            reach = min(len(text), cue.end() + 4 * WINDOW)
            stop = SENTENCE_END.search(text, cue.end(), reach)
            return item.within(cue.end(), min(stop.start() if stop else reach, limit), people)
        following = [o for o in item.within(cue.end(), min(high, limit), people)[:1]
                     if not NEW_CLAUSE.search(text, cue.end(), o.start)]  # "led by B was received by C": not C
        # "... was headed by A, and included B and C": the members the same clause lists after the leader
        members = next((m for m in phrases.pattern("led-by").finditer(text, cue.end(), min(high, limit))
                        if " ".join(m.group().lower().split()) in LIST_CUES), None)
        if members is not None:
            following += [o for o in item.within(members.end(), min(high, limit), people) if o not in following]
        return following
    lead = [m for m in phrases.pattern("leads").finditer(text, max(low, start - 40), start)]
    if lead:
        before = item.within(low, lead[-1].start(), people)
        return before[-1:]
    return []


def _ancestors(entities: dict[str, Entity], key: str) -> set[str]:
    found: set[str] = set()
    parent = entities[key].parent
    while parent in entities and parent not in found:
        found.add(parent)
        parent = entities[parent].parent
    return found


def _post_party(item: _Item, person: str, passage: Evidence, posts: list[Post], inside_only: bool = False) -> str | None:
    """The institution of the person's post: one stated in the passage first, else the first one;
    of posts in an organization and in a body of its system, the body's ("UN Assistant
    Secretary-General and UNDP Regional Director" acts for UNDP)."""
    held = [post for post in posts if post.person == person and post.organization in item.entities]
    if not held:
        return None
    inside = [p for p in held if passage.start <= p.evidence.start < passage.end or p.evidence.start <= passage.start < p.evidence.end]
    if inside_only and not inside:
        return None
    chosen = inside or held
    broader = set().union(*(_ancestors(item.entities, post.organization) for post in chosen))
    specific = [post for post in chosen if post.organization not in broader] or chosen
    if len({post.organization for post in specific}) > 1:  # "X Executive Secretary, B, Y's Minister ..., C": the title before B
        before = _titling_before(item, person, passage)
        specific = [post for post in specific if post.organization in before] or specific
    return specific[0].organization


def _honorifics_only(gazetteer: Gazetteer, text: str, start: int, end: int) -> bool:
    """Nothing but honorifics of the gazetteer ("Mr.", "H.E. Dr.", "Sheikh") from `start` to `end` of `text`."""
    text = text[:end]
    while start < end:
        stop = gazetteer.honorific_at(text, start)
        if stop is None or stop < end and not text[stop].isspace():
            return False
        start = len(text) - len(text[stop:].lstrip())
    return True


def _state_of_title(item: _Item, person: str) -> str | None:
    """ "U.S. Secretary of State B", "US Defense Secretary B", "British Foreign Secretary B",
    "Egypt's President B": the state the item names (in any form) right before a title that runs up
    to the person's name, the same at every such place (read once per person: each of their
    participations asks it, twice)."""
    return item.once_per_person(_read_state_of_title, person)


def _read_state_of_title(item: _Item, person: str) -> str | None:
    gazetteer = item.gazetteer
    states = set()
    for occurrence in item.occurrences:
        if occurrence.key != person:
            continue
        low = max(0, occurrence.start - 80)
        before = item.text[low : occurrence.start]
        roles = gazetteer.find_roles(before)
        if not roles or not _honorifics_only(gazetteer, before, re.compile(r"[\s,]*").match(before, roles[-1][1]).end(),
                                             len(before)):
            continue
        first = roles[-1][0]
        while True:  # the title's first word: "Defense Secretary", "Secretary of State" and "Deputy Foreign Minister" are one title
            earlier = [role for role in roles if role[1] <= first and re.fullmatch(r"\s*(?:of\s+)?", before[role[1] : first])]
            if not earlier:
                break
            first = earlier[-1][0]
        countries = [m for m in gazetteer.find(before[:first], kinds=[EntityKind.COUNTRY])
                     if re.fullmatch(r"(?:['’]s)?\s+", before[m.end : first])]
        if countries:
            states.add(item.country_key(countries[-1].entry))
    return states.pop() if len(states) == 1 else None


def _titled_post(item: _Item, person: str, party: str | None) -> str | None:
    """The institution of the person's post, unless the state named right before their title is
    another ("CAIRO (Reuters) - U.S. Secretary of State B ... He met Egyptian President C": not
    Egypt's): that state."""
    stated = _state_of_title(item, person) if party is not None else None
    return stated if stated is not None and stated not in item.answering(party) else party


def _titling_before(item: _Item, person: str, passage: Evidence) -> set[str]:
    """The institutions named between the person's name and the nearest person, clause end or
    passage start before it ("SADC Executive Secretary, His Excellency B")."""
    found: set[str] = set()
    for occurrence in item.within(passage.start, passage.end, frozenset({EntityKind.PERSON})):
        if occurrence.key != person:
            continue
        low, _ = _clause(item.text, occurrence.start, occurrence.end)
        others = [o for o in item.within(max(low, passage.start), occurrence.start, frozenset({EntityKind.PERSON})) if o.key != person]
        low = others[-1].end if others else max(low, passage.start)
        found |= {o.key for o in item.within(low, occurrence.start, INSTITUTIONS)}
    return found


def _adjective_party(item: _Item, person: str, passage: Evidence) -> str | None:
    """ "the Saudi Minister of Culture, B", "Botswana's Minister of International Affairs, B": a
    country adjective or possessive before the person's role (a body named in the role may stand
    between)."""
    gazetteer = item.gazetteer
    for occurrence in item.within(passage.start, passage.end, frozenset({EntityKind.PERSON})):
        if occurrence.key != person:
            continue
        low = max(passage.start, occurrence.start - 80)
        for match in reversed(gazetteer.find(item.text[low : occurrence.start], kinds=[EntityKind.COUNTRY])):
            possessive = re.match(r"['’]s\s", item.text[low + match.end : occurrence.start])
            if match.form != "demonym" and not possessive:
                continue
            if item.other_side.holds(low + match.start):
                break  # "At the initiative of the Jordanian side, Minister A": the side across from A
            between = item.text[low + match.end : occurrence.start]
            if CLAUSE_END.search(between) or item.within(low + match.end, occurrence.start, frozenset({EntityKind.COUNTRY, EntityKind.PERSON})):
                break
            if gazetteer.find_roles(between) or "counterpart" in between.lower():
                return item.country_key(match.entry)
            break
    return None


def _adjective_over_inferred_post(item: _Item, person: str, passage: Evidence, posts: list[Post]) -> str | None:
    """ "A received his Uruguayan counterpart, Minister B": a country adjective before the role says whom B
    acts for more surely than the post of a bare title, which extraction gave the item's country."""
    posted = _post_party(item, person, passage, posts, inside_only=True)
    if posted is None or _support(person, posted, posts) >= STATED_CONFIDENCE:
        return None
    return _adjective_party(item, person, passage)


def _seat_party(item: _Item, person: str, passage: Evidence) -> str | None:
    """ "Kremlin foreign policy aide B", "White House spokeswoman B": a title qualified by a seat of
    government (data/government_seats.tsv) right before the name is that seat's state's."""
    seats = default_government_seats()
    for occurrence in item.within(passage.start, passage.end, frozenset({EntityKind.PERSON})):
        if occurrence.key != person:
            continue
        low = max(passage.start, occurrence.start - 60)
        found = seats.found_in(item.text[low : occurrence.start])
        if not found:
            continue
        end, iso3 = low + found[-1][1], found[-1][2]
        between = item.text[end : occurrence.start]
        if SEAT_TITLE.fullmatch(between) and item.gazetteer.find_roles(between):
            country = item.gazetteer.country_by_code(iso3)
            return item.country_key(country) if country is not None else None
    return None


def _marked_party(item: _Item, person: str) -> str | None:
    """ "Foreign Ministers B (Kenya), C (Uganda)", "Kenya's B", "UNICEF's Dr B", "the heads of delegation of
    Kenya (Mr. B, Minister of Trade) and ...": an institution that fills the brackets right after the name,
    owns it right before or opens the brackets it begins, with no title between."""
    for occurrence in item.within(0, len(item.text), frozenset({EntityKind.PERSON})):
        if occurrence.key != person:
            continue
        after = item.within(occurrence.end, occurrence.end + WINDOW, INSTITUTIONS)[:1]
        if after and BRACKET_OPEN.fullmatch(item.text, occurrence.end, after[0].start) \
                and BRACKET_CLOSE.match(item.text, after[0].end):
            return after[0].key
        before = item.within(max(0, occurrence.start - WINDOW), occurrence.start, INSTITUTIONS)[-1:]
        mark = POSSESSIVE_MARK.match(item.text, before[0].end, occurrence.start) if before else None
        mark = mark or (BRACKET_OPEN.match(item.text, before[0].end, occurrence.start) if before else None)
        if mark and _honorifics_only(item.gazetteer, item.text, mark.end(), occurrence.start):
            return before[0].key
    return None


def _of_after_titled_name(item: _Item, person: str) -> str | None:
    """ "Ambassador B of X", "H.E. B of the Republic of X": a title or honorific right before the
    name and the institution right after it."""
    gazetteer = item.gazetteer
    for occurrence in item.within(0, len(item.text), frozenset({EntityKind.PERSON})):
        if occurrence.key != person:
            continue
        of = re.match(r"\s+of\s+(?:the\s+)?", item.text[occurrence.end : occurrence.end + 12])
        before = item.text[max(0, occurrence.start - 40) : occurrence.start]
        titled = [b for _, b, _ in gazetteer.find_roles(before) if not before[b:].strip()] or HONORIFIC_BEFORE.search(before)
        if of is None or not titled:
            continue
        party = _institution_at(item, occurrence.end + of.end(), limit=0)
        if party is not None:
            return party.key
    return None


def _titled_party(item: _Item, person: str) -> str | None:
    """ "the Director General of X, B", "his counterpart from X, Mr. B", "the new Ambassador of X
    accredited to Y, B", "Minister of State (MoS) for X B": a title of an institution the person's
    name follows in the same clause, in any sentence of the item ("for" only of an organization:
    "the Special Envoy for Syria" does not act for Syria)."""
    people = frozenset({EntityKind.PERSON})
    for occurrence in item.within(0, len(item.text), people):
        if occurrence.key != person:
            continue
        for start, end in item.titles:
            if end > occurrence.start or occurrence.start - end > 2 * WINDOW:
                continue
            party = None
            for of in re.finditer(r"(?:\s*\([^)]*\))?\s+(of|from|at|for)\s+(?:the\s+)?", item.text[end : occurrence.start]):
                if len(item.text[end : end + of.start()].split()) > 3 or "," in item.text[end : end + of.start()] \
                        or item.within(end, end + of.start(), people):
                    # "Minister of State (MoS) for X": a few words of the title may come first, but
                    # not another person's name ("Ambassador A of X, Ambassador B": X is A's)
                    break
                party = _institution_at(item, end + of.end(), limit=0)
                if party is not None and (of.group(1) != "for" or party.kind == EntityKind.ORGANIZATION):
                    break
                party = None
            if party is None or party.end > occurrence.start:
                continue
            between = item.text[party.end : occurrence.start]
            if SENTENCE_END.search(between) or ";" in between or item.within(party.end, occurrence.start, people) \
                    or not re.fullmatch(r"(?:\s*\([^)]*\))?(?:.*,\s*(?:\S+\s+){0,3}|\s+)", between, re.DOTALL):
                continue
            return party.key
    return None


def _untitled_government_role(item: _Item, occurrence: Occurrence) -> RoleTerm | None:
    """A government title right before the name ("PM B", "President, Dr B") or set after it in
    apposition ("B, Minister Responsible for Foreign Affairs, said") that names no institution, read
    once per place a person is named (the publisher's party is asked it at each participation)."""
    if occurrence.start not in item.government_roles:
        item.government_roles[occurrence.start] = _read_untitled_government_role(item, occurrence)
    return item.government_roles[occurrence.start]


def _read_untitled_government_role(item: _Item, occurrence: Occurrence) -> RoleTerm | None:
    gazetteer = item.gazetteer
    low = max(0, occurrence.start - 40)
    before = item.text[low : occurrence.start]
    roles = [term for a, b, term in gazetteer.find_roles(before) if term.governmental
             and re.fullmatch(r"[\s,]*(?:[A-Z][\w.]*\s+){0,2}", before[b:]) and not SENTENCE_END.search(before[b:])]
    if roles:
        return roles[-1]
    comma = re.match(r",\s+(?:the\s+)?", item.text[occurrence.end : occurrence.end + 10])
    if comma is None:
        return None
    start = occurrence.end + comma.end()
    stop = re.search(r"[,;.]|\s(?:said|says|stated|noted)\b", item.text[start : start + 120])
    title = item.text[start : start + (stop.start() if stop else 120)]
    after = [term for a, b, term in gazetteer.find_roles(title) if a == 0 and term.governmental]
    if after and not item.within(start, start + len(title), INSTITUTIONS):
        return after[0]
    return None


def _publisher_party(item: _Item, person: str, phrases: Phrases) -> str | None:
    """ "PM B receives ...", "Minister B met ...", "B, Minister Responsible for Foreign Affairs": a
    government title (in any sentence of the item) that names no institution is the publisher's:
    the government body that publishes the item ("Ministry of Science and Technology of China"), or
    for a head of state or government (`state-title`) and when the publisher names only a state
    ("Viet Nam Government Portal", "..., source: Oman News Agency"), that state."""
    states = item.publisher_states
    body = item.publisher_body
    if len(states) != 1 and body is None:
        return None
    for occurrence in item.within(0, len(item.text), frozenset({EntityKind.PERSON})):
        if occurrence.key != person:
            continue
        role = _untitled_government_role(item, occurrence)
        if role is None:
            continue
        if body is not None and role.role_id not in phrases.by_cue["state-title"]:
            return body
        state = item.entities[body].country if body is not None else None
        return state or item.country_key(next(iter(states.values())))
    return None


def _mission_head_party(item: _Item, person: str, phrases: Phrases) -> str | None:
    """ "Ambassador A met the Minister of Energy" in a release of "U.S. Embassy in Ghana", "HM Ambassador to
    Jordan, Ms. A" in the British Embassy's: a diplomatic title (`mission-title`) that names no state, or only
    the state it is accredited to, is the publishing mission's head's, who acts for the state that sends the
    mission, not the host state of the dateline."""
    if not any(next(whole_words(phrase, item.publisher.lower()), None) for phrase in phrases.by_cue["mission"]):
        return None
    states = item.publisher_states
    if len(states) != 1:
        return None
    for occurrence in item.within(0, len(item.text), frozenset({EntityKind.PERSON})):
        if occurrence.key != person:
            continue
        role = _untitled_government_role(item, occurrence)
        before = item.text[max(0, occurrence.start - 60) : occurrence.start]
        accredited = [term for a, b, term in item.gazetteer.find_roles(before) if ACCREDITED_TO.fullmatch(before[b:])]
        if any(term.role_id in phrases.by_cue["mission-title"] for term in ([role] if role else []) + accredited[-1:]):
            return item.country_key(next(iter(states.values())))
    return None


def _subnational_party(item: _Item, person: str) -> str | None:
    """ "The Governor of Punjab, B", "B, Deputy Emir of Makkah Region,": a government title of a place
    within a state (a province, a region, a city) acts for that state."""
    gazetteer = item.gazetteer
    for occurrence in item.within(0, len(item.text), frozenset({EntityKind.PERSON})):
        if occurrence.key != person:
            continue
        low = max(0, occurrence.start - 80)
        before = item.text[low : occurrence.start]
        titles = [(low + a, low + b) for a, b, term in gazetteer.find_roles(before) if term.governmental]
        apposition = re.match(r",\s+(?:the\s+)?", item.text[occurrence.end : occurrence.end + 10])
        if apposition is not None:
            start = occurrence.end + apposition.end()
            titles += [(start + a, start + b) for a, b, term in gazetteer.find_roles(item.text[start : start + 60])
                       if a == 0 and term.governmental]
        for start, end in titles:
            iso3 = _subdivision_before(item, start) if end < occurrence.start \
                and re.fullmatch(r"\s*,?\s*(?:[A-Z][\w.]*\s+){0,3}", item.text[end : occurrence.start]) else None
            of = re.match(r"\s+(?:of|for)\s+(?:the\s+)?", item.text[end : end + 12])
            if iso3 is None and of is not None:
                iso3, place_end = _place_within_a_state(item, end + of.end())
                between = item.text[place_end : occurrence.start]
                if end < occurrence.start and not re.fullmatch(r"[^,;.]*,\s*(?:[A-Z][\w.]*\s+){0,3}", between):
                    continue  # a title before the name: its place, then the name after a comma (and an honorific)
            country = gazetteer.country_by_code(iso3) if iso3 else None
            if country is not None:
                return item.country_key(country)
    return None


def _place_within_a_state(item: _Item, start: int) -> tuple[str | None, int]:
    """(ISO3 code of the state, end) of the city or subdivision named at `start` ("Punjab, B", "Kano
    State, B"), else (None, start)."""
    rest = item.text[start : start + 60]
    places = item.gazetteer.find(rest, kinds=[EntityKind.PLACE])
    if places and places[0].start == 0 and getattr(places[0].entry, "country_iso3", None):
        return places[0].entry.country_iso3, start + places[0].end
    subdivision = item.gazetteer.subdivision_at(rest)
    return (subdivision[0].country_iso3, start + subdivision[1]) if subdivision else (None, start)


def _subdivision_before(item: _Item, title_start: int) -> str | None:
    """ISO3 code of the state of the subdivision named right before a title ("Bavaria's
    Minister-President", "Ontario Premier", "Kano State Governor")."""
    words = re.search(r"(?:[A-Z][\w.’'-]*\s+){1,4}$", item.text[max(0, title_start - 50) : title_start])
    if words is None:
        return None
    phrase = words.group()
    for opening in re.finditer(r"(?:^|\s)(?=[A-Z])", phrase):
        subdivision = item.gazetteer.subdivision_at(phrase[opening.end():])
        if subdivision and not phrase[opening.end() + subdivision[1]:].strip():
            return subdivision[0].country_iso3
    return None


def _principal_party(item: _Item, person: str, posts: list[Post]) -> str | None:
    """ "B, the President's Special Representative for X": whom the one holder of that title in the
    item acts for."""
    for occurrence in item.within(0, len(item.text), frozenset({EntityKind.PERSON})):
        if occurrence.key != person:
            continue
        near = item.text[occurrence.end : occurrence.end + 60]
        owner = re.match(r",\s+(?:the\s+)?([A-Z][\w -]*?)['’]s\s", near)
        if owner is None:
            continue
        title = owner.group(1).lower()
        held = {post.organization for post in posts if post.person != person and post.role.lower() == title}
        if len(held) == 1 and (organization := held.pop()) in item.entities:
            return organization
    return None


def _named_in_full(item: _Item, person: str) -> str | None:
    """The one other person of the item whose name contains this one's ("Prince Nasser" after
    "Prince Nasser bin Omran bin Hilal")."""
    words = item.entities[person].name.split()
    fuller = [e.key for e in item.entities.values() if e.kind == EntityKind.PERSON and e.key != person
              and len(e.name.split()) > len(words) and words in (e.name.split()[: len(words)], e.name.split()[-len(words) :])]
    return fuller[0] if len(fuller) == 1 else None


def _own_country(item: _Item, passage: Evidence, phrases: Phrases, taken: set[str]) -> str | None:
    """The one state a passage names (not as a topic) that no other participant acts for, when it says
    "his country"."""
    if next(phrases.finditer("own-country", item.text, item.folded, passage.start, passage.end), None) is None:
        return None
    states = {o.key for o in item.within(passage.start, passage.end, frozenset({EntityKind.COUNTRY}))
              if not item.lexicon.names_topic(item.text, o.start, o.end)} - taken
    return states.pop() if len(states) == 1 else None


def _counterpart_state(item: _Item, person: str, phrases: Phrases, taken: set[str]) -> str | None:
    """ "A met his counterpart B in Prague" (no state named for B): the state the encounter is
    reported from (the state visited, the dateline's city's) or the publisher's, when it is not one
    the other participants act for."""
    cue = phrases.pattern("title-of")
    for occurrence in item.within(0, len(item.text), frozenset({EntityKind.PERSON})):
        if occurrence.key != person:
            continue
        before = item.text[max(0, occurrence.start - 40) : occurrence.start]
        named = [m for m in cue.finditer(before) if re.fullmatch(r"[\s,]*(?:[A-Z][\w.]*\s+){0,2}", before[m.end() :])]
        if named and re.search(r"\b(?:his|her|their|its)\s+$", before[: named[-1].start()], re.IGNORECASE):
            return _visited_state(item, taken) or _dateline_state(item, taken) or _publisher_state(item, taken)
    return None


def _headline_state(item: _Item, taken: set[str]) -> str | None:
    """The one state the headline names (by name or adjective, not as the place visited nor as a
    topic) that no participant acts for ("Jordanian FM holds talks with Saudi counterpart in Riyadh")."""
    title = item.title
    states = {item.country_key(m.entry) for m in item.gazetteer.find(title, kinds=[EntityKind.COUNTRY])
              if not VISIT_TO.search(title[max(0, m.start - 40) : m.start]) and not re.search(r"\b(?:in|to)\s+$", title[: m.start])
              and not item.lexicon.names_topic(title, m.start, m.end)}
    states -= taken
    return states.pop() if len(states) == 1 else None


def _headline_title_state(item: _Item, person: str, event: Event, posts: list[Post]) -> str | None:
    """ "Visiting Omani FM meets Iranian President": the state the headline gives, by an adjective or
    possessive right before it, the one role of the person's posts (read through the role ids of
    data/roles.tsv: "FM" is "Foreign Minister"), when the headline gives that role one state only and
    no other participant of the event holds it ("Zambian President in Harare": not for two presidents)."""
    gazetteer, title = item.gazetteer, item.title
    titled: dict[str, set[str]] = defaultdict(set)  # role id -> states
    for match in gazetteer.find(title, kinds=[EntityKind.COUNTRY]):
        roles = gazetteer.find_roles(title[match.end : match.end + 60])
        if match.form != "demonym" and not re.match(r"['’]s\s", title[match.end :]):
            continue
        if roles and re.fullmatch(r"(?:['’]s)?\s+", title[match.end : match.end + roles[0][0]]):
            titled[roles[0][2].role_id].add(item.country_key(match.entry))
    if not titled:
        return None  # the headline gives no role a state
    held = {term.role_id for post in posts if post.person == person for _, _, term in gazetteer.find_roles(post.role)[:1]
            if gazetteer.is_role(post.role)}
    states = {state for role in held for state in titled.get(role, ())}
    if len(held) != 1 or len(states) != 1 or len(titled[next(iter(held))]) != 1:
        return None
    others = {p.agent for p in event.participations if p.agent != person}
    if any(post.person in others and gazetteer.is_role(post.role) and gazetteer.find_roles(post.role)[0][2].role_id in held for post in posts):
        return None
    return states.pop()


def _stated_elsewhere(item: _Item, person: str, posts: list[Post]) -> set[str]:
    """The institutions (and those that answer for them) of the posts the item states for people
    other than `person`."""
    return {key for post in posts if post.person != person and post.organization in item.entities
            and post.evidence.confidence >= STATED_CONFIDENCE for key in item.answering(post.organization)}


def _untaken_title_state(item: _Item, taken: set[str]) -> str | None:
    """The one state whose official the item names only by title ("the official visit of the Spanish
    Foreign Minister to Hanoi", no name after it) and no participant acts for."""
    gazetteer = item.gazetteer
    people = frozenset({EntityKind.PERSON})
    states = set()
    for match in gazetteer.find(item.text, kinds=[EntityKind.COUNTRY]):
        if match.form != "demonym":
            continue
        roles = gazetteer.find_roles(item.text[match.end : match.end + 60])
        if not roles or roles[0][0] != 1 or not roles[0][2].governmental:
            continue
        end = match.end + roles[0][1]
        if item.within(end, end + 40, people) and re.match(r"[\s,]*(?:[A-Z][\w.]*\s+){0,2}$", item.text[end : item.within(end, end + 40, people)[0].start]):
            continue  # "the Uzbek Foreign Minister Bakhtiyor Rustamov": the title of a named person
        states.add(item.country_key(match.entry))
    states -= taken
    return states.pop() if len(states) == 1 else None


def _person_party(item: _Item, person: str, event: Event, posts: list[Post], phrases: Phrases, explicit: dict[str, str]) -> str | None:
    """Whom a person acts for in the event: what its passage says (a phrase, a post), then what the
    rest of the item says (a delegation, a post), then a title around the name (a state's, an
    institution's, another title holder's, the publisher's)."""
    passage = event.evidence
    return (
        explicit.get(person)
        or item.once_per_person(_marked_party, person)
        or _mission_head_party(item, person, phrases)
        or _chamber_state(item, person)
        or _adjective_over_inferred_post(item, person, passage, posts)
        or _titled_post(item, person, _post_party(item, person, passage, posts, inside_only=True))
        or item.explicit.get(person)
        or _titled_post(item, person, _post_party(item, person, passage, posts))
        or item.respective.get(person)
        or _adjective_party(item, person, passage)
        or _seat_party(item, person, passage)
        or item.once_per_person(_titled_party, person)
        or item.once_per_person(_of_after_titled_name, person)
        or _subnational_party(item, person)
        or _principal_party(item, person, posts)
        or _publisher_party(item, person, phrases)
    )


def _support(person: str, party: str, posts: list[Post]) -> float:
    """How surely the item says the person acts for `party`: the highest confidence of their posts
    there (below a stated post's: inferred, e.g. a bare title given the item's country, a title
    whose state another sentence names); 1 when no post gave it (a phrase, an adjective, a title)."""
    held = [post.evidence.confidence for post in posts if post.person == person and post.organization == party]
    return max(held) if held else 1.0


def _opposite(event: Event, a: int, b: int, people: list[int]) -> bool:
    """Two participants on different sides: a host and a guest, two the report puts on different sides,
    or the two people of a meeting of two (not a signatory and a state that signs beside them)."""
    one, other = event.participations[a], event.participations[b]
    roles = {one.role, other.role}
    sides = {one.side, other.side}
    return roles == SIDE_ROLES or (None not in sides and len(sides) == 2) \
        or (len(people) == 2 and {a, b} == set(people) and not roles & SIDE_ROLES)


def _facing_the_others(event: Event, index: int, parties: list[str | None]) -> bool:
    """Every other participant acts for someone, and is on the other side from the one at `index`."""
    people = list(range(len(event.participations)))
    others = [other for other in people if other != index]
    return bool(others) and all(parties[other] is not None and _opposite(event, index, other, people) for other in others)


def _visited_state(item: _Item, excluded: set[str], places: bool = False) -> str | None:
    """The one state the item says someone went to ("paid a working visit to Japan", "arrived in
    Peru", with `places` also by its city: "arrived in Nairobi"), other than `excluded`."""
    gazetteer = item.gazetteer
    kinds = [EntityKind.COUNTRY, EntityKind.PLACE] if places else [EntityKind.COUNTRY]
    states = {_state_of_entry(item, m.entry) for m in gazetteer.find(item.text, kinds=kinds)
              if m.form != "demonym" and VISIT_TO.search(item.text[max(0, m.start - 40) : m.start])}
    states -= excluded | {None}
    return states.pop() if len(states) == 1 else None


def _state_of_entry(item: _Item, entry) -> str | None:
    """The key of the state a gazetteer entry is (a country) or lies in (a place)."""
    iso3 = entry_iso3(entry)
    country = item.gazetteer.country_by_code(iso3) if iso3 else None
    return item.country_key(country) if country is not None else None


def _dateline_state(item: _Item, excluded: set[str]) -> str | None:
    """The state of the city the item's dateline names ("ASTANA, May 12 (Kazinform) –"), other than
    `excluded`: where the report is filed."""
    dateline = DATELINE.match(item.text)
    if dateline is None:
        return None
    places = item.gazetteer.find(dateline.group(1), kinds=[EntityKind.PLACE, EntityKind.COUNTRY])
    if len(places) != 1:
        return None
    key = _state_of_entry(item, places[0].entry)
    return key if key not in excluded else None


def _publisher_states(item: _Item) -> dict:
    """The states the publisher names as its own, by ISO code: a state after "in" or "to" ("Embassy of India
    in Kenya", "U.S. Embassy in Ghana") is where the publisher sits or whom it is accredited to, when the
    name gives another state before it. Read once per item (`_Item.publisher_states`)."""
    found = item.gazetteer.find(item.publisher or "", kinds=[EntityKind.COUNTRY])
    own = [m for m in found if not SITS_IN.search(item.publisher[:m.start])]
    return {m.entry.iso3: m.entry for m in (own or found)}


def _publisher_state(item: _Item, excluded: set[str]) -> str | None:
    """The one state the publisher names ("Sri Lanka News (Sri Lanka)", "Petra News Agency, Jordan"),
    other than `excluded`."""
    states = item.publisher_states
    if len(states) != 1:
        return None
    key = item.country_key(next(iter(states.values())))
    return key if key not in excluded else None


def _reported_from_abroad(item: _Item, person: str, party: str, posts: list[Post], others: set[str]) -> str | None:
    """ "GENEVA – Minister A met the High Commissioner for Refugees" in a release of a state's news
    agency or ministry: a bare title gave A the state of the dateline's city, which neither the text
    nor the headline names; A is the official of the one state the publisher names, else of the one
    state the headline names that no other participant acts for ("IMF chief meets Argentine
    minister": "WASHINGTON – ... met Economy Minister B")."""
    if item.entities[party].kind != EntityKind.COUNTRY or _support(person, party, posts) >= STATED_CONFIDENCE:
        return None
    if any(o.key == party or _whole_government_of(item, o.key) == party for o in item.occurrences) or any(
            m.entry.iso3 == item.entities[party].iso_code for m in item.gazetteer.find(item.title, kinds=[EntityKind.COUNTRY])):
        return None
    if item.entities[party].iso_code in {m.entry.iso3 for m in item.gazetteer.find(item.publisher, kinds=[EntityKind.COUNTRY])}:
        # "ATHENS – Foreign Minister A met ..." in the Greek ministry's release, "ACCRA – the Minister of Energy"
        # in the release of "U.S. Embassy in Ghana": at home
        return None
    publisher = _publisher_state(item, set())
    if publisher is not None and publisher in others:
        # the publisher's own official is the one across ("NAIROBI - Minister for Foreign Affairs A of the
        # Japanese ministry's release held talks with the Cabinet Secretary B"): B hosts at the dateline
        return None
    # not a state the headline names for another person's post ("... meets Egyptian and Jordanian counterparts")
    return publisher or _headline_state(item, {party} | others | _stated_elsewhere(item, person, posts))


def _home_and_host(item: _Item, event: Event, parties: list[str | None], posts: list[Post], phrases: Phrases,
                   explicit: dict[str, str]) -> None:
    """ "Nairobi, Kenya — President A held talks with President B" in a release of Somalia's government:
    filed from abroad, the people of an encounter whose state comes from a bare title only (a title that
    names no state, a post extraction inferred) are the publisher's own officials on one side and the hosts
    of the dateline city's state on the other. The publisher's side is the guests', else the side of the
    one the release names first. They act so in the item's other events too."""
    home = _publisher_state(item, set())
    abroad = _dateline_state(item, {home}) if home is not None else None
    if abroad is None:
        return
    stated = [post for post in posts if post.evidence.confidence >= STATED_CONFIDENCE]
    bare: dict[int, str] = {}  # index -> the publisher's party the bare title gives
    for index, participation in enumerate(event.participations):
        person = participation.agent
        if item.entities[person].kind != EntityKind.PERSON:
            continue
        inferred = any(post.person == person and post.evidence.confidence < STATED_CONFIDENCE for post in posts)
        own = _publisher_party(item, person, phrases) or (home if inferred else None)
        if own is None or parties[index] not in {None, own, home, abroad}:
            continue
        if _person_party(item, person, event, stated, phrases, explicit) in {None, own}:
            bare[index] = own
    sides = {event.participations[index].side for index in bare}
    if len(sides) != 2 or None in sides:
        return
    guests = [index for index in bare if event.participations[index].role == Role.GUEST]
    if guests:
        home_side = event.participations[guests[0]].side
    else:
        first = {}
        for occurrence in item.occurrences:
            first.setdefault(occurrence.key, occurrence.start)
        home_side = event.participations[min(bare, key=lambda index: first.get(event.participations[index].agent, len(item.text)))].side
    for index, own in bare.items():
        party = own if event.participations[index].side == home_side else abroad
        if parties[index] is not None and parties[index] != party:
            item.unsettled[event.participations[index].agent] = (parties[index], party)  # the same in the item's other events
        parties[index] = party


def _whole_government_of(item: _Item, key: str) -> str | None:
    """The state whose whole government `key` is ("the Government of Jordan" names Jordan)."""
    entity = item.entities.get(key)
    if entity is None or entity.kind != EntityKind.ORGANIZATION or not entity.country:
        return None
    return entity.country if WHOLE_GOVERNMENT.match(entity.name) else None


def _settle_shared_states(item: _Item, event: Event, parties: list[str | None], posts: list[Post], phrases: Phrases) -> None:
    """Two people on different sides of an encounter do not act for one state when one of them has it
    only from a bare title that extraction gave the item's country ("Secretary of State A met
    Indonesian Foreign Minister B" in an item whose headline names Indonesia; "On 12 May, Minister A
    held talks with the Minister of Economy, B" in a Finnish ministry's report of a visit to Japan):
    that one acts for what else the item says of them (the publisher's body or state, the state
    visited, the state of the dateline's city, the one state the publisher names, the state of the
    city visited: "arrived in Nairobi"), or the item does not say."""
    people = [i for i, p in enumerate(event.participations)
              if p.agent in item.entities and item.entities[p.agent].kind == EntityKind.PERSON]
    for i in people:
        party = parties[i]
        person = event.participations[i].agent
        support = _support(person, party, posts) if party is not None else 1.0
        related = {party, *_ancestors(item.entities, party)} if party in item.entities else {party}
        elsewhere = any(post.person == person and post.organization in item.entities and post.organization not in related
                        and party not in _ancestors(item.entities, post.organization) for post in posts)
        if support >= STATED_CONFIDENCE and not (support < 1.0 and elsewhere):
            continue  # a stated post, unless the person holds another ("The Head of State, A, received the President of X, B")
        mine = set(item.answering(party))
        rivals = [j for j in range(len(parties)) if j != i and parties[j] and _opposite(event, i, j, people)
                  and mine & set(item.answering(parties[j]))
                  and _support(event.participations[j].agent, parties[j], posts) > support]
        if not rivals:
            continue
        others = [post for post in posts if not (post.person == person and post.organization == party)]
        alternative = _person_party(item, person, event, others, phrases, {})
        if alternative is None or mine & set(item.answering(alternative)):
            alternative = _visited_state(item, mine) or _dateline_state(item, mine) or _publisher_state(item, mine) \
                or _headline_state(item, mine | {key for j in rivals for key in item.answering(parties[j])}) \
                or _visited_state(item, mine, places=True)
        parties[i] = alternative
        item.unsettled[person] = (party, alternative)  # the same in the item's other events


def _resettled(item: _Item, event: Event) -> Event:
    """The event with the state that a bare title gave a person, and that another encounter of the
    item showed not to be theirs, replaced by what was found there instead."""
    participations = []
    for participation in event.participations:
        unsettled = item.unsettled.get(participation.agent)
        if unsettled and participation.on_behalf_of[:1] == (unsettled[0],):
            participation = replace(participation, on_behalf_of=item.answering(unsettled[1]) if unsettled[1] else ())
        participations.append(participation)
    return replace(event, participations=tuple(participations))


def _represent_event(item: _Item, event: Event, posts: list[Post], phrases: Phrases) -> Event:
    explicit = _explicit(item, event.evidence, phrases)
    parties: list[str | None] = []
    for participation in event.participations:
        agent = item.entities.get(participation.agent)
        party: str | None = None
        if agent is not None and agent.kind in INSTITUTIONS:
            party = participation.agent
        elif agent is not None and agent.kind == EntityKind.PERSON:
            party = _person_party(item, agent.key, event, posts, phrases, explicit)
            fuller = _named_in_full(item, agent.key) if party is None else None
            if fuller is not None:
                party = _person_party(item, fuller, event, posts, phrases, explicit)
        parties.append(party)
    taken = {key for party in parties if party for key in item.answering(party)}
    for index, participation in enumerate(event.participations):
        agent = item.entities.get(participation.agent)
        if parties[index] is None and agent is not None and agent.kind == EntityKind.PERSON:
            parties[index] = _own_country(item, event.evidence, phrases, taken)
    unknown = [index for index, party in enumerate(parties) if party is None and event.participations[index].agent in item.entities
               and item.entities[event.participations[index].agent].kind == EntityKind.PERSON]
    for index in unknown:
        parties[index] = _counterpart_state(item, event.participations[index].agent, phrases, taken)
    unknown = [index for index in unknown if parties[index] is None]
    if len(unknown) == 1:  # the one participant the item does not name whom for, and a state's official named by title only
        # nor a state the item states another person's post in (the guest of the item's other meeting)
        stated = _stated_elsewhere(item, event.participations[unknown[0]].agent, posts)
        parties[unknown[0]] = _untaken_title_state(item, taken | stated) or _headline_state(item, taken | stated)
        if parties[unknown[0]] is None and _facing_the_others(event, unknown[0], parties):
            # "President A of Norway arrived in Nairobi ... the two presidents, A and B, held talks": the
            # one participant of no stated state, facing the visitors, is of the state visited
            parties[unknown[0]] = _visited_state(item, taken | stated, places=True)
    for index in unknown:  # a minister's title of several portfolios and no state: the publisher's or the dateline city's
        if parties[index] is None and event.participations[index].agent in item.portfolio_holders:
            parties[index] = _publisher_state(item, taken) or _dateline_state(item, taken)
    for index, participation in enumerate(event.participations):  # a bare title the headline gives a state
        agent = participation.agent
        if item.entities[agent].kind == EntityKind.PERSON and (parties[index] is None or _support(agent, parties[index], posts) < STATED_CONFIDENCE):
            state = _headline_title_state(item, agent, event, posts)
            if state is not None and (parties[index] is None or state not in item.answering(parties[index])):
                parties[index] = state
    for index, participation in enumerate(event.participations):
        if parties[index] is not None and item.entities[participation.agent].kind == EntityKind.PERSON:
            others = {key for other, party in enumerate(parties) if other != index and party for key in item.answering(party)}
            parties[index] = _reported_from_abroad(item, participation.agent, parties[index], posts, others) or parties[index]
    _home_and_host(item, event, parties, posts, phrases, explicit)
    _settle_shared_states(item, event, parties, posts, phrases)
    parties = [_acting(item, party, participation.agent if item.entities[participation.agent].kind == EntityKind.PERSON else None, posts)
               if party else None for participation, party in zip(event.participations, parties)]
    meeting_bodies = _meeting_bodies(item, event.evidence)
    parties = [meeting_bodies[party] if party in meeting_bodies and item.entities[participation.agent].kind == EntityKind.PERSON
               and not _heads_a_state(item, participation.agent, posts) else party
               for participation, party in zip(event.participations, parties)]
    named = _parties_named(item, event.evidence)
    participations = tuple(
        replace(participation, on_behalf_of=_with_named_party(item, item.answering(party), named) if party else ())
        for participation, party in zip(event.participations, parties)
    )
    return replace(event, participations=participations)


BODIES_JOINED = re.compile(r"\s*,?\s+and\s+(?:the\s+)?|\s+(?:[a-z-]+\s+){1,4}with\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}")
"""Between two institutions that meet: "A and the B", "A held consultations with the B", "A met with its B"."""


def _meeting_bodies(item: _Item, passage: Evidence) -> dict[str, str]:
    """state -> its government body, when a sentence of the encounter's passage sets bodies of two
    states against each other, joined by "and" or by an act "with" the second ("The Ministry of Health
    of Kenya and the Ministry of Health of Uganda held consultations", "The Ministry of Trade of X held
    talks with the Ministry of Economy of Y"), each the one body of its state the sentence names: those
    who act there for the state act for its body (not for a body that reports it: "..., the Foreign
    Ministry said"); a sentence that names people leaves them to their titles."""
    found: dict[str, str] = {}
    for low, high in _sentences(item.text, passage.start, passage.end):
        if item.within(low, high, frozenset({EntityKind.PERSON})):
            continue  # the people the sentence names act as their own titles say
        bodies = [o for o in item.within(low, high, frozenset({EntityKind.ORGANIZATION}))
                  if item.entities[o.key].org_type == OrgType.GOVERNMENT and item.entities[o.key].country in item.entities]
        states = [item.entities[o.key].country for o in bodies]
        for (first, first_state), (second, second_state) in zip(zip(bodies, states), zip(bodies[1:], states[1:])):
            if first_state != second_state and states.count(first_state) == states.count(second_state) == 1 \
                    and BODIES_JOINED.fullmatch(item.text, first.end, second.start):
                found.update({first_state: first.key, second_state: second.key})
    return found


def _heads_a_state(item: _Item, person: str, posts: list[Post]) -> bool:
    """Whether one of the person's posts is a head of state's or government's (`state-title`): they act
    for the state, not for a body of it that meets."""
    heads = item.phrases.by_cue["state-title"]
    return any(term.role_id in heads for post in posts if post.person == person for _, _, term in item.gazetteer.find_roles(post.role))


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The [start, end) of each sentence of text[start:end]."""
    low = start
    for stop in CLAUSE_END.finditer(text, start, end):
        yield low, stop.start()
        low = stop.end()
    yield low, end


PARTY_JOIN = re.compile(r"\s*[-–]\s*")
WORDS_AFTER = re.compile(r"(?:\s+[a-z]+\b){1,3}")
"""The lower-case words after a pair of names, up to three ("EU-Japan business forum")."""


def _parties_named(item: _Item, passage: Evidence) -> frozenset[str]:
    """Institutions an encounter's name sets against each other ("the annual EU-Japan summit", "the
    Kazakhstan-Hungary talks"): two names joined by a dash before an event or encounter noun."""
    found: set[str] = set()
    named = item.within(passage.start, passage.end, INSTITUTIONS)
    for first, second in zip(named, named[1:]):
        if not PARTY_JOIN.fullmatch(item.text, first.end, second.start):
            continue
        words = WORDS_AFTER.match(item.text, second.end)
        if words and any(singular(word) in item.lexicon.event_nouns or word in item.lexicon.encounter_nouns
                         for word in words.group(0).split()):
            found |= {first.key, second.key}
    return frozenset(found)


def _with_named_party(item: _Item, chain: tuple[str, ...], named: frozenset[str]) -> tuple[str, ...]:
    """`chain` and the party the encounter's name gives, when a body of the chain belongs to it though
    it does not answer for it there: the President of the European Council at the "EU-Japan summit"
    acts for the European Union too."""
    above = {ancestor for key in chain for ancestor in _ancestors(item.entities, key)}
    return chain + tuple(sorted(key for key in named - set(chain) if key in above))


def represent(extraction: Extraction, gazetteer: Gazetteer, lexicon: Lexicon, phrases: Phrases | None = None) -> Extraction:
    """`extraction` with every participation's `on_behalf_of` set where the item tells it, read with
    the extraction's gazetteer and lexicon and the phrases of representation.tsv."""
    phrases = phrases or load_phrases()
    item = _Item(extraction, gazetteer, lexicon, phrases)
    item.explicit = _explicit(item, Evidence(item.text, 0, len(item.text)), phrases)
    item.respective = dict(_respectively(item, phrases))
    set_aside = item.credited | item.portfolio_names
    posts = [post for post in extraction.posts if post.organization not in set_aside]
    item.portfolio_holders = {post.person for post in extraction.posts if post.organization in item.portfolio_names}
    events = tuple(_represent_event(item, event, posts, phrases) for event in extraction.events)
    if item.unsettled:  # a person acts for one institution throughout the item
        events = tuple(_resettled(item, event) for event in events)
    posts = _inferred_posts_across_the_table(item, extraction.posts, events)
    added = item.used([*(party for event in events for p in event.participations for party in p.on_behalf_of),
                       *item.completed, *(post.organization for post in posts if post.organization)])
    entities = tuple(item.entities[e.key] if e.key in item.completed else e for e in extraction.entities)
    return replace(extraction, events=events, posts=posts, entities=entities + tuple(added))


def _inferred_posts_across_the_table(item: _Item, posts: tuple[Post, ...], events: tuple[Event, ...]) -> tuple[Post, ...]:
    """A post extraction inferred (a bare title given the item's state, not a state the item says) in a state
    that an encounter's other side acts for, of someone who acts there for the publisher's state, is the
    publisher's state's: "Deputy Foreign Minister A and Hungarian State Secretary B co-chaired the
    consultations" in Viet Nam's foreign ministry's release headed "Consultations with Hungary" (A is not
    Hungary's). A head of state the publisher's readout reports on keeps a post no encounter contradicts.
    The other way round, such a post in the publisher's state of someone who acts only for the state across
    from the publisher's official is that state's ("Kampala — Minister of Health A met Minister of Health B"
    in Somalia's release: B hosts for Uganda)."""
    publisher = _publisher_state(item, set())
    if publisher is None:
        return posts
    across: set[tuple[str, str]] = set()  # (one acting for the publisher's state, a party across from them)
    facing: dict[str, set[str]] = defaultdict(set)  # one facing the publisher's state -> the states they act for
    for event in events:
        for one in event.participations:
            if one.side is None or publisher not in one.on_behalf_of:
                continue
            for other in event.participations:
                if other.side is not None and other.side != one.side:
                    across.update((one.agent, party) for party in other.on_behalf_of if party != publisher)
                    facing[other.agent] |= set(other.on_behalf_of)
    kept: dict[tuple[str, str, str | None], Post] = {}  # the first post of each (person, role, organization)
    for post in posts:
        inferred = post.organization in item.entities and post.evidence.confidence <= INFERRED_CONFIDENCE \
            and item.entities[post.organization].kind == EntityKind.COUNTRY
        states = {key for key in facing.get(post.person, ()) if item.entities[key].kind == EntityKind.COUNTRY}
        if inferred and (post.person, post.organization) in across:
            post = replace(post, organization=publisher)
        elif inferred and post.organization == publisher and len(states) == 1 and publisher not in states:
            post = replace(post, organization=states.pop())
        kept.setdefault((post.person, post.role, post.organization), post)
    return tuple(kept.values())
