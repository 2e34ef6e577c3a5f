"""The headline as context: the people it names by title, for the body that names them less fully.

    "Nodar Beridzeishvili Met IMF Division Chief, Karim Haddadin"   headline
    "... Minister of Regional Development and Infrastructure Nodar Beridzeishvili held talks with ..."
        -> the body's "Nodar Beridzeishvili", which the parser read into an organization's name, is
           the person the headline names (`names_from_headline`, with the people of the body)
    "President Jean Mugisha receives Belgian Foreign Minister Sofie Claes"   headline
    "The President today received the Minister of Foreign Affairs of Belgium."   body
        -> "the Minister of Foreign Affairs of Belgium" is Sofie Claes, the one person the headline
           gives that role (of that state); the body names nobody (`headline_descriptions`, with the
           references)

    "Anna Berg, Karl Lind hold talks in Rome"   headline
    "Swedish Foreign Minister Anna Berg and her Norwegian counterpart Karl Lind discussed ..."   body
        -> the headline states the encounter the body does not report in words the rules read
           (`headline_encounter`; events.headline_meeting adds it, after the body's encounters)

The headline is not parsed: a name in it is a run of two to four capitalised words after a title of
data/roles.tsv (and its honorifics, or followed by "of" and a state: "Ambassador of Canada"), the run
that opens it when more words follow, or one right after a name and a comma or "and", or after a
verb of encounter; a run ends at a comma, a word in lower case, a title, a country, a known
organization, a head word of an institution, place or event, or a form of a verb of encounter of
data/extraction/triggers.tsv ("Meets", "Receives", "Met": irregular forms in
data/extraction/verb_forms.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from icgraph.extract.context import ItemContext, Mention
from icgraph.extract.lexicon import Frame, Lexicon, singular
from icgraph.extract.triggers import MAX_GAP
from icgraph.model import EntityKind, EventKind
from icgraph.textnorm import normalize_name, unify_punctuation

WORD = re.compile(r"[^\s,;:|]+|[,;:|]")
NAME_WORD = re.compile(r"^[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*$")
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4
FUNCTION_WORDS = frozenset({"with", "and", "of", "the", "to", "on", "in", "at", "for", "from", "by"})  # "Meets With B"


@dataclass(frozen=True)
class HeadlineName:
    """A person the headline names: the words of the name, the title before it (None when the name
    opens the headline) and the state the title is qualified by ("Belgian Foreign Minister")."""

    words: tuple[str, ...]
    title: str | None
    country: str | None
    start: int = field(default=0, compare=False)  # the index of its first word among the headline's

    @property
    def name(self) -> str:
        return " ".join(self.words)


def _verb_form(word: str, lexicon: Lexicon) -> bool:
    return bool(_lemmas(word.lower(), lexicon) & lexicon.trigger_verbs)


@lru_cache(maxsize=2)
def _title_words(gazetteer) -> frozenset[str]:
    """The words of the titles of data/roles.tsv ("deputy", "prime", "minister")."""
    return frozenset(w for term in gazetteer.role_terms for w in normalize_name(term.text).split() if len(w) > 2)


def _known_word(gazetteer, lexicon: Lexicon, word: str) -> bool:
    """A word of a title, an honorific, a state or known organization, or a head word of an
    institution, a place, an event or a gathering ("Summit", "Ministry", "Airport"): no word of a
    name ("Deputy Prime Minister meets ..." opens with a title, not a name)."""
    lower = singular(word.lower())
    return bool(gazetteer.is_role(word) or normalize_name(word) in _title_words(gazetteer)
                or gazetteer.honorific(word) is not None
                or gazetteer.country(word) is not None or gazetteer.organization(word) is not None
                or lower in lexicon.org_heads or lower in lexicon.unit_heads or lower in lexicon.place_heads
                or lower in lexicon.event_nouns or lower in lexicon.gatherings or lower in lexicon.generic_org_words)


def _heads_a_name(lexicon: Lexicon, word: str) -> bool:
    """A capitalised head word of an institution, a place or an event ("Fair", "Airport", "Institute")."""
    lower = singular(word.lower())
    return word[:1].isupper() and (lower in lexicon.org_heads or lower in lexicon.place_heads
                                   or lower in lexicon.event_nouns)


def _name_word(gazetteer, lexicon: Lexicon, word: str) -> bool:
    """A word that may be (part of) a person's name in a headline: capitalised, and no function word,
    known word (`_known_word`) or form of a verb of encounter."""
    return bool(NAME_WORD.match(word)) and word.lower() not in FUNCTION_WORDS \
        and not _known_word(gazetteer, lexicon, word) and not _verb_form(word, lexicon)


def _name_words(gazetteer, lexicon: Lexicon, words: list[tuple[str, int, int]]) -> list[bool]:
    """`_name_word` of each of a headline's words, each distinct word read once (the readers of
    names ask it of the same words again and again)."""
    answers: dict[str, bool] = {}
    for word, _, _ in words:
        if word not in answers:
            answers[word] = _name_word(gazetteer, lexicon, word)
    return [answers[word] for word, _, _ in words]


def headline_names(headline: str | None, gazetteer, lexicon: Lexicon) -> tuple[HeadlineName, ...]:
    """The people a headline names, in order (see the module's docstring); read once per item, when
    its context is made (`ItemContext.headline`)."""
    title = unify_punctuation(headline or "")
    if not title:
        return ()
    words = headline_words(title)
    name_words = _name_words(gazetteer, lexicon, words)
    role_ends = _role_ends(gazetteer, title)
    found: list[HeadlineName] = []
    index = 0
    while index < len(words):
        role = _title_before(gazetteer, title, words, index, role_ends)
        name: list[str] = []
        j = index
        if role is not None or index == 0 or _coordinated(found, words, index) or _after_verb(words, index, lexicon):
            while j < len(words) and len(name) < MAX_NAME_WORDS:
                if not name_words[j]:
                    break
                name.append(words[j][0])
                j += 1
        if len(name) < MIN_NAME_WORDS or role is None and index == 0 and j == len(words):
            index += 1  # a headline that is only capitalised words ("Africa Water Summit") names no one
            continue
        if j < len(words) and _heads_a_name(lexicon, words[j][0]):
            index = j + 1  # "Lisbon Book Fair opens ...": the words begin the name of an event, place or institution
            continue
        country = None
        if role is not None:
            qualifier = title[:role[0]].split()
            hit = gazetteer.country(qualifier[-1]) if qualifier else None
            country = hit.name if hit is not None else role[2]
        found.append(HeadlineName(tuple(name), role[1] if role else None, country, index))
        index = j
    return tuple(found)


def family_names(headline: str | None, gazetteer, lexicon: Lexicon,
                 names: tuple[HeadlineName, ...]) -> tuple[HeadlineName, ...]:
    """`names` and the people a headline names by one word after a title ("President Addo holds talks
    with Prime Minister Rana"), in order: for the encounter the headline states, whom the body names
    in full (`headline_encounter`), not for reading the body's names."""
    title = unify_punctuation(headline or "")
    words = headline_words(title)
    name_words = _name_words(gazetteer, lexicon, words)
    role_ends = _role_ends(gazetteer, title)
    taken = {i for h in names for i in range(h.start, h.start + len(h.words))}
    found = list(names)
    for index in range(len(words)):
        if index in taken or not name_words[index] or index + 1 < len(words) and name_words[index + 1]:
            continue
        role = _title_before(gazetteer, title, words, index, role_ends)
        if role is not None:
            found.append(HeadlineName((words[index][0],), role[1], role[2], index))
    return tuple(sorted(found, key=lambda h: h.start))


OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s*){1,4})")


@lru_cache(maxsize=2)
def _role_ends(gazetteer, title: str) -> dict[int, tuple[int, str, str | None]]:
    """End -> (start, text, state) of the titles of the headline; a title followed by "of" and a
    state is read with it ("Ambassador of Canada Ian Reid": the title "Ambassador of Canada", of
    Canada), the longest run of capitalised words after "of" that names a state. Remembered for the
    headline being read (its names and its family names both ask); not to be changed by its readers."""
    ends: dict[int, tuple[int, str, str | None]] = {}
    for start, end, _ in gazetteer.find_roles(title):
        ends[end] = (start, title[start:end], None)
        qualifier = OF_STATE.match(title, end)
        if qualifier is None:
            continue
        words = qualifier.group(1).split()
        for size in range(len(words), 0, -1):
            hit = gazetteer.country(" ".join(words[:size]))
            if hit is not None:
                stop = title.index(words[size - 1], qualifier.start(1)) + len(words[size - 1])
                ends[stop] = (start, title[start:stop], hit.name)
                break
    return ends


def _after_verb(words: list[tuple[str, int, int]], index: int, lexicon: Lexicon) -> bool:
    """A name right after a verb of encounter, or its "with" ("A meets B", "A Meets With B")."""
    before = [w for w, _, _ in words[max(0, index - 2):index]]
    if before and before[-1].lower() == "with":
        before = before[:-1]
    return bool(before) and _verb_form(before[-1], lexicon)


def _coordinated(found: list[HeadlineName], words: list[tuple[str, int, int]], index: int) -> bool:
    """A name right after a name and a comma or "and" ("Anna Berg, Karl Lind hold talks")."""
    if not found or index < 1 or words[index - 1][0].lower() not in {",", "and", "&"}:
        return False
    last = found[-1]
    return last.start + len(last.words) == index - 1


def _title_before(gazetteer, title: str, words: list[tuple[str, int, int]], index: int,
                  role_ends: dict[int, tuple[int, str, str | None]]) -> tuple[int, str, str | None] | None:
    """(start, text, state) of the title that ends right before word `index`, past its honorifics."""
    k = index
    while k >= 0:
        role = role_ends.get(len(title[:words[k][1]].rstrip()))
        if role is not None or k == 0 or gazetteer.honorific(words[k - 1][0]) is None:
            return role
        k -= 1
    return None


def names_from_headline(ctx: ItemContext) -> None:
    """A name the headline gives (or its first words: "Nodar Beridzeishvili Met ..." gives "Nodar
    Beridzeishvili" too) that the body writes out in proper nouns no mention has taken is that person
    there."""
    doc, texts = ctx.tokens, ctx.texts
    for headline in ctx.headline:
        for size in range(len(headline.words), MIN_NAME_WORDS - 1, -1):
            words = headline.words[:size]
            hits = [i for i in range(len(doc) - size + 1)
                    if texts[i] == words[0] and texts[i:i + size] == words
                    and not any(ctx.taken(i + n) for n in range(size))
                    and all(doc[i + n].pos_ == "PROPN" for n in range(size))]
            if not hits:
                continue
            key = _person_key(ctx, " ".join(words))
            for i in hits:
                ctx.add_mention(Mention(key, EntityKind.PERSON, i, i + size))
            break


def headline_descriptions(ctx: ItemContext, role_matches) -> None:
    """A description of the body ("the Minister of Foreign Affairs of Belgium", "the Foreign
    Minister", "the Head of State") that no one of the item holds stands for the one person the
    headline gives that role (the same words, the same role of data/roles.tsv or one its generic role
    describes, and the same state when both name one), when
    the body never names that person. `role_matches` are (span, state key or None) of the body's
    unresolved descriptions."""
    named = {normalize_name(ctx.entity(m.key).name) for m in ctx.mentions if m.kind == EntityKind.PERSON}
    people = [h for h in ctx.headline if h.title and normalize_name(h.name) not in named]
    if not people:
        return
    for span, state in role_matches:
        fitting = [h for h in people if _describes(ctx, span.text, h.title)
                   and (state is None or h.country is None or normalize_name(ctx.entity(state).name) == normalize_name(h.country))]
        if len(fitting) != 1:
            continue
        key = _person_key(ctx, fitting[0].name)
        ctx.add_mention(Mention(key, EntityKind.PERSON, span.start - 1, span.end))


def _describes(ctx: ItemContext, description: str, title: str) -> bool:
    """A description of the body fits a headline's title: the same role, or a generic role that
    describes it ("the Head of State" for "President", data/extraction/generic_roles.tsv)."""
    if ctx.gazetteer.same_role(title, description, whole_terms=False):
        return True
    generic, held = ctx.gazetteer.role(description), ctx.gazetteer.role(title)
    return generic is not None and held is not None and (generic.role_id, held.role_id) in ctx.lexicon.generic_roles


def _person_key(ctx: ItemContext, name: str) -> str:
    """The item's entity of the person named so, added when the body has none."""
    return ctx.table.find(EntityKind.PERSON, name) or \
        ctx.table.add(EntityKind.PERSON, name, ident="person:" + normalize_name(name))


ENCOUNTER_FRAMES = frozenset({Frame.MEET, Frame.RECEIVE, Frame.VISIT, Frame.CALL})
PLANNING_WORDS = frozenset({"to", "will", "shall", "set", "plans", "expected", "due"})


@dataclass(frozen=True)
class HeadlineEncounter:
    """An encounter the headline states: its kind and frame (of data/extraction/triggers.tsv), the
    people named before its verb and those named after it."""

    kind: EventKind
    frame: Frame
    before: tuple[HeadlineName, ...]
    after: tuple[HeadlineName, ...]


def headline_encounter(headline: str | None, names: tuple[HeadlineName, ...],
                       lexicon: Lexicon) -> HeadlineEncounter | None:
    """ "President A receives Foreign Minister B", "A meets B on trade", "A, B hold talks in Rome": the
    first trigger of an encounter (meet, receive, visit, call frames) among the headline's words, read
    as a verb of the present or past, with the people named on each side of it in the same clause (no
    colon or bar between: "A: talks with B were useful" quotes A). A headline that plans the encounter
    ("A to meet B", "A will visit C") states none."""
    words = [w for w, _, _ in headline_words(unify_punctuation(headline or ""))]
    hit = _first_trigger([w.lower() for w in words], lexicon)
    if hit is None or len(names) < 2:
        return None
    trigger, start, end = hit
    if start > 0 and words[start - 1].lower() in PLANNING_WORDS:
        return None
    before = tuple(h for h in names if h.start + len(h.words) <= start and not _clause_break(words[h.start:start]))
    after = tuple(h for h in names if h.start >= end and not _clause_break(words[end:h.start]))
    return HeadlineEncounter(trigger.kind, trigger.frame, before, after)


def headline_words(title: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in WORD.finditer(title)]


def _clause_break(words: list[str]) -> bool:
    return any(w in {":", "|"} for w in words)


_TRIGGERS_BY_LEMMA: dict[int, tuple[Lexicon, dict[str, tuple[int, ...]]]] = {}


def _triggers_by_lemma(lexicon: Lexicon) -> dict[str, tuple[int, ...]]:
    """Lemma -> the positions in `lexicon.triggers` of the triggers whose first needed lemma
    (`lexicon.trigger_words`, in sorted order) it is, made once per lexicon."""
    made = _TRIGGERS_BY_LEMMA.get(id(lexicon))
    if made is None or made[0] is not lexicon:
        index: dict[str, list[int]] = {}
        for position, needed in enumerate(lexicon.trigger_words):
            index.setdefault(min(needed, default=""), []).append(position)
        made = _TRIGGERS_BY_LEMMA[id(lexicon)] = (lexicon, {lemma: tuple(found) for lemma, found in index.items()})
    return made[1]


def _possible_triggers(lexicon: Lexicon, present: set[str]):
    """(trigger, its needed lemmas) of the triggers all of whose needed lemmas are `present`, in the
    order of `lexicon.triggers`: only those whose first needed lemma is present are tried."""
    by_lemma = _triggers_by_lemma(lexicon)
    positions = sorted(p for lemma in present | {""} for p in by_lemma.get(lemma, ()))
    triggers, needs = lexicon.triggers, lexicon.trigger_words
    return [(triggers[p], needs[p]) for p in positions if needs[p] <= present]


def _first_trigger(lowers: list[str], lexicon: Lexicon):
    """(trigger, first word, word after it) of the earliest, then longest, trigger of an encounter.
    Each word's possible lemmas are found once; a trigger with a lemma no word may be is passed over."""
    forms = [_lemmas(word, lexicon) for word in lowers]
    present = set().union(*forms)
    best = None
    for trigger, needed in _possible_triggers(lexicon, present):
        if trigger.frame not in ENCOUNTER_FRAMES:
            continue
        for start in range(len(lowers)):
            end = _match_at(trigger.lemmas, lowers, forms, start)
            if end is not None and (best is None or (start, -end) < (best[1], -best[2])):
                best = (trigger, start, end)
            if end is not None:
                break
    return best


def trigger_starts(lowers: list[str], lexicon: Lexicon, frame: str) -> list[int]:
    """Where in a headline's lower-cased words a trigger of `frame` begins ("X, Y sign agreement"); a
    trigger with a lemma no word may be is passed over."""
    forms = [_lemmas(word, lexicon) for word in lowers]
    present = set().union(*forms)
    return [start for trigger, _ in _possible_triggers(lexicon, present) if trigger.frame == frame
            for start in range(len(lowers)) if _match_at(trigger.lemmas, lowers, forms, start) is not None]


def _match_at(lemmas: tuple[str, ...], lowers: list[str], forms: list[set[str]], start: int) -> int | None:
    """The index after the words from `start` that the trigger's lemmas match ("~" a short gap);
    `forms[k]` are the lemmas the word `lowers[k]` may be."""
    i = start
    gap = False
    for lemma in lemmas:
        if lemma.startswith("~"):
            gap = True
            continue
        limit = min(len(lowers), i + (MAX_GAP + 1 if gap else 1))
        at = next((k for k in range(i, limit) if lemma in forms[k]), None)
        if at is None or gap and any(not w.isalpha() for w in lowers[i:at]):
            return None
        i, gap = at + 1, False
    return i


def _lemmas(word: str, lexicon: Lexicon) -> frozenset[str]:
    """What an unparsed word may be the form of: itself, its irregular form's lemma
    (data/extraction/verb_forms.tsv), its stem without a regular ending."""
    return _forms(word, (lexicon.verb_forms or {}).get(word))


@lru_cache(maxsize=4096)
def _forms(word: str, irregular: str | None) -> frozenset[str]:
    """`_lemmas` of a word whose irregular form's lemma is `irregular` (None when it has none)."""
    found = {word, singular(word)}
    if irregular:
        found.add(irregular)
    for suffix in ("s", "es", "d", "ed"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            found.add(word[:-len(suffix)])
    return frozenset(found)
