"""The headline as context: the people it names by title, for the body that names them less fully.

    "Dimitry Kumsishvili Met IMF Department Director, Jihad Azour"   headline
    "... Minister of Economy and Sustainable Development Dimitry Kumsishvili had a meeting with ..."
        -> the body's "Dimitry Kumsishvili", which the parser read into an organization's name, is
           the person the headline names (`names_from_headline`, with the people of the body)
    "President Jean Mugisha receives Belgian Foreign Minister Sofie Claes"   headline
    "The President today received the Minister of Foreign Affairs of Belgium."   body
        -> "the Minister of Foreign Affairs of Belgium" is Sofie Claes, the one person the headline
           gives that role (of that state); the body names nobody (`headline_descriptions`, with the
           references)

The headline is not parsed: a name in it is a run of two to four capitalised words after a title of
data/roles.tsv (and its honorifics), or the run that opens it when more words follow; a run ends at
a comma, a word in lower case, a title, a country, a known organization, a head word of an
institution, place or event, or a form of a verb of encounter of data/extraction/triggers.tsv
("Meets", "Receives").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from icgraph.extract.context import ItemContext, Mention
from icgraph.extract.lexicon import Lexicon, singular
from icgraph.model import EntityKind
from icgraph.textnorm import normalize_name, unify_punctuation

WORD = re.compile(r"[^\s,;:|]+|[,;:|]")
NAME_WORD = re.compile(r"^[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*$")
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4


@dataclass(frozen=True)
class HeadlineName:
    """A person the headline names: the words of the name, the title before it (None when the name
    opens the headline) and the state the title is qualified by ("Belgian Foreign Minister")."""

    words: tuple[str, ...]
    title: str | None
    country: str | None

    @property
    def name(self) -> str:
        return " ".join(self.words)


def _verb_form(word: str, verbs: frozenset[str]) -> bool:
    lower = word.lower()
    return lower in verbs or any(lower.endswith(suffix) and lower[:-len(suffix)] in verbs for suffix in ("s", "es", "d", "ed"))


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


def headline_names(headline: str | None, gazetteer, lexicon: Lexicon) -> tuple[HeadlineName, ...]:
    """The people a headline names, in order (see the module's docstring); read once per item, when
    its context is made (`ItemContext.headline`)."""
    title = unify_punctuation(headline or "")
    if not title:
        return ()
    verbs = lexicon.trigger_verbs
    words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(title)]
    role_ends = {end: (start, title[start:end]) for start, end, _ in gazetteer.find_roles(title)}
    found: list[HeadlineName] = []
    index = 0
    while index < len(words):
        role = _title_before(gazetteer, title, words, index, role_ends)
        name: list[str] = []
        j = index
        if role is not None or index == 0:
            while j < len(words) and len(name) < MAX_NAME_WORDS:
                word = words[j][0]
                if not NAME_WORD.match(word) or _known_word(gazetteer, lexicon, word) or _verb_form(word, verbs):
                    break
                name.append(word)
                j += 1
        if len(name) < MIN_NAME_WORDS or role is None and j == len(words):
            index += 1  # a headline that is only capitalised words ("Africa Water Summit") names no one
            continue
        country = None
        if role is not None:
            qualifier = title[:role[0]].split()
            hit = gazetteer.country(qualifier[-1]) if qualifier else None
            country = hit.name if hit is not None else None
        found.append(HeadlineName(tuple(name), role[1] if role else None, country))
        index = j
    return tuple(found)


def _title_before(gazetteer, title: str, words: list[tuple[str, int, int]], index: int,
                  role_ends: dict[int, tuple[int, str]]) -> tuple[int, str] | None:
    """(start, text) of the title that ends right before word `index`, past its honorifics."""
    k = index
    while k >= 0:
        role = role_ends.get(len(title[:words[k][1]].rstrip()))
        if role is not None or k == 0 or gazetteer.honorific(words[k - 1][0]) is None:
            return role
        k -= 1
    return None


def names_from_headline(ctx: ItemContext) -> None:
    """A name the headline gives (or its first words: "Dimitry Kumsishvili Met ..." gives "Dimitry
    Kumsishvili" too) that the body writes out in proper nouns no mention has taken is that person
    there."""
    doc = ctx.tokens
    for headline in ctx.headline:
        for size in range(len(headline.words), MIN_NAME_WORDS - 1, -1):
            words = headline.words[:size]
            hits = [i for i in range(len(doc) - size + 1)
                    if all(doc[i + n].text == w for n, w in enumerate(words))
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
    Minister") that no one of the item holds stands for the one person the headline gives that role
    (the same words or the same role of data/roles.tsv, and the same state when both name one), when
    the body never names that person. `role_matches` are (span, state key or None) of the body's
    unresolved descriptions."""
    named = {normalize_name(ctx.entity(m.key).name) for m in ctx.mentions if m.kind == EntityKind.PERSON}
    people = [h for h in ctx.headline if h.title and normalize_name(h.name) not in named]
    if not people:
        return
    for span, state in role_matches:
        fitting = [h for h in people if ctx.gazetteer.same_role(h.title, span.text, whole_terms=False)
                   and (state is None or h.country is None or normalize_name(ctx.entity(state).name) == normalize_name(h.country))]
        if len(fitting) != 1:
            continue
        key = _person_key(ctx, fitting[0].name)
        ctx.add_mention(Mention(key, EntityKind.PERSON, span.start - 1, span.end))


def _person_key(ctx: ItemContext, name: str) -> str:
    """The item's entity of the person named so, added when the body has none."""
    return ctx.table.find(EntityKind.PERSON, name) or \
        ctx.table.add(EntityKind.PERSON, name, ident="person:" + normalize_name(name))

