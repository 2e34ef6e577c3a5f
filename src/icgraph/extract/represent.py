"""Whom each participant represents: one item's extraction records in, the same records out with
each participation's `on_behalf_of` set (the organization or state the agent acts for in that
event). Pure: reads only the item text and the records; the phrases come from
`data/extraction/representation.tsv`.

For a person, in this order (the first that applies):

1. an explicit phrase in the event's passage: "B, on behalf of the African Union, ...", "On behalf
   of UNDP, B signed ..."; the delegation they head or belong to: "the Omani delegation led by B",
   "a delegation from Ghana including B and C", "B, who led the ASEAN delegation";
2. a post the item states for them ("B, Director-General of ALECSO"; the counterpart pattern "met
   her Indonesian counterpart B" is a post that extraction reads): preferably one stated in the
   event's passage;
3. a country adjective before their role: "the Saudi Minister of Culture, B";
4. "his/her country" in the passage when the passage names exactly one state.

What a person acts for is lifted to the institution that answers for it: a unit to the
organization it belongs to ("ICESCO's Culture Sector" -> ICESCO), a government body to its state
("Azerbaijani Ministry of Culture" -> Azerbaijan). An organization or state taking part in its own
name acts for itself (lifted the same way). Unknown stays None.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from icgraph.config import DATA_DIR
from icgraph.errors import InputError
from icgraph.extract.gazetteer import default_gazetteer
from icgraph.model import Entity, EntityKind, Event, Evidence, Extraction, OrgType, Post

PHRASES_FILE = DATA_DIR / "extraction" / "representation.tsv"
CUES = ("on-behalf", "delegation", "delegation-of", "led-by", "leads", "own-country")
LIST_CUES = frozenset({"comprising", "including", "which included", "that included"})
"""led-by phrases that introduce members rather than one leader: every person after them counts."""

INSTITUTIONS = frozenset({EntityKind.ORGANIZATION, EntityKind.COUNTRY})
WINDOW = 160  # characters around a cue in which its person is looked for
CLAUSE_END = re.compile(r"[.;!?]\s")


@dataclass(frozen=True)
class Phrases:
    by_cue: dict[str, tuple[str, ...]]

    def pattern(self, cue: str) -> re.Pattern[str]:
        words = sorted(self.by_cue.get(cue, ()), key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)", re.IGNORECASE)


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


@dataclass(frozen=True)
class Occurrence:
    key: str
    kind: EntityKind
    start: int
    end: int


class _Item:
    """The item's text with where each of its entities is named."""

    def __init__(self, extraction: Extraction) -> None:
        self.text = extraction.item.text
        self.entities: dict[str, Entity] = {entity.key: entity for entity in extraction.entities}
        self.added: list[Entity] = []
        self.occurrences = self._occurrences()

    def _occurrences(self) -> list[Occurrence]:
        found: list[Occurrence] = []
        for entity in self.entities.values():
            for name in {entity.name, *entity.aliases}:
                if len(name) < 2:
                    continue
                for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", self.text):
                    found.append(Occurrence(entity.key, entity.kind, match.start(), match.end()))
        found.sort(key=lambda o: (o.start, -(o.end - o.start)))
        kept: list[Occurrence] = []
        for occurrence in found:  # longest first at each place, no overlaps
            if kept and occurrence.start < kept[-1].end:
                continue
            kept.append(occurrence)
        for match in default_gazetteer().find(self.text, kinds=[EntityKind.COUNTRY]):
            if not any(o.start < match.end and match.start < o.end for o in kept):
                key = self.country_key(match.entry)
                kept.append(Occurrence(key, EntityKind.COUNTRY, match.start, match.end))
        return sorted(kept, key=lambda o: o.start)

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

    def within(self, start: int, end: int, kinds: frozenset[EntityKind]) -> list[Occurrence]:
        return [o for o in self.occurrences if o.start >= start and o.end <= end and o.kind in kinds]

    def used(self, keys: Iterable[str]) -> list[Entity]:
        """Countries this step added that a participation now refers to."""
        wanted = set(keys)
        return [entity for entity in self.added if entity.key in wanted]


def lift(entities: dict[str, Entity], key: str) -> str:
    """The institution that answers for `key`: a unit's organization, a government body's state."""
    seen = {key}
    entity = entities[key]
    while True:
        if entity.kind == EntityKind.ORGANIZATION and entity.org_type == OrgType.UNIT and entity.parent in entities:
            following = entity.parent
        elif entity.kind == EntityKind.ORGANIZATION and entity.org_type == OrgType.GOVERNMENT and entity.country in entities:
            following = entity.country
        else:
            return entity.key
        if following in seen:
            return entity.key
        seen.add(following)
        entity = entities[following]


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


def _explicit(item: _Item, passage: Evidence, phrases: Phrases) -> dict[str, str]:
    """person key -> institution key, read from on-behalf and delegation phrases in the passage."""
    text, found = item.text, {}
    start, end = passage.start, passage.end
    for cue in phrases.pattern("on-behalf").finditer(text, start, end):
        party = _institution_at(item, cue.end(), limit=1)
        if party is None:
            continue
        low, high = _clause(text, cue.start(), party.end)
        people_before = item.within(low, cue.start(), frozenset({EntityKind.PERSON}))
        people_after = item.within(party.end, high, frozenset({EntityKind.PERSON}))
        person = people_before[-1] if people_before else (people_after[0] if people_after else None)
        if person is not None:
            found.setdefault(person.key, party.key)
    for delegation, party in _delegations(item, passage, phrases):
        for person in _delegation_people(item, delegation, phrases, end):
            found.setdefault(person.key, party.key)
    return found


def _delegations(item: _Item, passage: Evidence, phrases: Phrases) -> list[tuple[tuple[int, int], Occurrence]]:
    """((start, end) of the delegation phrase, the institution it belongs to) in the passage."""
    text, found = item.text, []
    of_words = phrases.pattern("delegation-of")
    for cue in phrases.pattern("delegation").finditer(text, passage.start, passage.end):
        before = [o for o in item.within(max(passage.start, cue.start() - 60), cue.start(), INSTITUTIONS)]
        if before and re.fullmatch(r"(?:'s|’s)?\s+(?:\w+\s+){0,2}", text[before[-1].end : cue.start()]):
            found.append(((before[-1].start, cue.end()), before[-1]))  # "the Omani delegation", "ASEAN's high-level delegation"
            continue
        of = of_words.match(text, cue.end() + 1) if text[cue.end() : cue.end() + 1] == " " else None
        if of is not None:
            party = _institution_at(item, of.end(), limit=2)
            if party is not None:
                found.append(((cue.start(), party.end), party))
    return found


def _delegation_people(item: _Item, delegation: tuple[int, int], phrases: Phrases, limit: int) -> list[Occurrence]:
    """Who leads or belongs to the delegation at `delegation`: "... led by B", "B led the ..."."""
    text = item.text
    start, end = delegation
    people = frozenset({EntityKind.PERSON})
    low, high = _clause(text, start, end)
    after = re.match(r"[\s,]*(?:\w+\s+){0,2}", text[end:high])
    cue = phrases.pattern("led-by").match(text, end + (after.end() if after else 0))
    if cue is None:
        cue = phrases.pattern("led-by").match(text, end + len(text[end:high]) - len(text[end:high].lstrip(" ,")))
    if cue is not None:
        following = item.within(cue.end(), min(high, limit), people)
        if " ".join(cue.group().lower().split()) in LIST_CUES:
            return following
        return following[:1]
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


def _post_party(item: _Item, person: str, passage: Evidence, posts: list[Post]) -> str | None:
    """The institution of the person's post: one stated in the passage first, else the first one;
    of posts in an organization and in a body of its system, the body's ("UN Assistant
    Secretary-General and UNDP Regional Director" acts for UNDP)."""
    held = [post for post in posts if post.person == person and post.organization in item.entities]
    if not held:
        return None
    inside = [p for p in held if passage.start <= p.evidence.start < passage.end or p.evidence.start <= passage.start < p.evidence.end]
    chosen = inside or held
    broader = set().union(*(_ancestors(item.entities, post.organization) for post in chosen))
    specific = [post for post in chosen if post.organization not in broader]
    return (specific or chosen)[0].organization


def _adjective_party(item: _Item, person: str, passage: Evidence) -> str | None:
    """ "the Saudi Minister of Culture, B": a country adjective before the person's role."""
    gazetteer = default_gazetteer()
    for occurrence in item.within(passage.start, passage.end, frozenset({EntityKind.PERSON})):
        if occurrence.key != person:
            continue
        low = max(passage.start, occurrence.start - 80)
        for match in reversed(gazetteer.find(item.text[low : occurrence.start], kinds=[EntityKind.COUNTRY])):
            if match.form != "demonym":
                continue
            between = item.text[low + match.end : occurrence.start]
            if CLAUSE_END.search(between) or item.within(low + match.end, occurrence.start, INSTITUTIONS | {EntityKind.PERSON}):
                break
            if gazetteer.find_roles(between) or "counterpart" in between.lower():
                return item.country_key(match.entry)
            break
    return None


def _own_country(item: _Item, passage: Evidence, phrases: Phrases, taken: set[str]) -> str | None:
    """The one state a passage names that no other participant acts for, when it says "his country"."""
    if not phrases.pattern("own-country").search(item.text, passage.start, passage.end):
        return None
    states = {o.key for o in item.within(passage.start, passage.end, frozenset({EntityKind.COUNTRY}))} - taken
    return states.pop() if len(states) == 1 else None


def _represent_event(item: _Item, event: Event, posts: list[Post], phrases: Phrases) -> Event:
    explicit = _explicit(item, event.evidence, phrases)
    parties: list[str | None] = []
    for participation in event.participations:
        agent = item.entities.get(participation.agent)
        party: str | None = None
        if agent is not None and agent.kind in INSTITUTIONS:
            party = participation.agent
        elif agent is not None and agent.kind == EntityKind.PERSON:
            party = (
                explicit.get(agent.key)
                or _post_party(item, agent.key, event.evidence, posts)
                or _adjective_party(item, agent.key, event.evidence)
            )
        parties.append(party)
    taken = {party for party in parties if party}
    for index, participation in enumerate(event.participations):
        agent = item.entities.get(participation.agent)
        if parties[index] is None and agent is not None and agent.kind == EntityKind.PERSON:
            parties[index] = _own_country(item, event.evidence, phrases, taken)
    participations = tuple(
        replace(participation, on_behalf_of=lift(item.entities, party) if party else None)
        for participation, party in zip(event.participations, parties)
    )
    return replace(event, participations=participations)


def represent(extraction: Extraction, phrases: Phrases | None = None) -> Extraction:
    """`extraction` with every participation's `on_behalf_of` set where the item tells it."""
    phrases = phrases or load_phrases()
    item = _Item(extraction)
    posts = list(extraction.posts)
    events = tuple(_represent_event(item, event, posts, phrases) for event in extraction.events)
    added = item.used(p.on_behalf_of for event in events for p in event.participations if p.on_behalf_of)
    return replace(extraction, events=events, entities=extraction.entities + tuple(added))
