"""Posts (person, role, organization) from titles around a person's name.

* apposition:  "X, Director-General of Y (ACR), ..."; "X, Ambassador of A to B" (post in A)
* premodifier: "Tunisian Minister of Education X", "Japan's Ambassador to Egypt X",
               "ACR Secretary-General X", "Secretary-General of Y, X, ..."
A title naming several roles ("Chief Adviser and Director of Z", "UN Assistant Secretary-General and
UNDP Regional Director") gives one post per role. A unit ("Director of X's Culture Sector") keeps
the unit in the role and gives the post to the organization the unit belongs to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from icgraph.extract.context import ItemContext, Mention
from icgraph.extract.gazetteer import Gazetteer, RoleTerm, grouped_alternation
from icgraph.extract.assembly import listed_after
from icgraph.extract.dating import DATELINE_OPENS_WITHIN, opens_dateline
from icgraph.extract.lexicon import generic_name, news_medium, singular
from icgraph.extract.names import name_key_tokens
from icgraph.extract.represent import load_national_chambers
from icgraph.extract.organizations import GOVERNMENT_HEADS, add_country, add_known_organization, head_word, \
    organization_type
from icgraph.model import EntityKind, OrgType, Post
from icgraph.textnorm import folded, normalize_name

AGENTS = frozenset({EntityKind.ORGANIZATION, EntityKind.COUNTRY})
DIPLOMATIC = ("ambassador", "representative", "envoy", "delegate", "consul", "charg")
MAX_TITLE_TOKENS = 32
DASHES = frozenset({"-", "–", "—"})


def _diplomatic(ctx: ItemContext, role: str) -> bool:
    """The role's term is an envoy's ("Ambassador to Italy", "Permanent Representative"); not a word of its
    institution ("Speaker of the House of Representatives")."""
    return _diplomatic_role(ctx.gazetteer, ctx.lexicon.words_for("suffix"), role)


@lru_cache(maxsize=4096)
def _diplomatic_role(gazetteer: Gazetteer, suffixes: frozenset[str], role: str) -> bool:
    """`_diplomatic`, remembered per role text (the rules ask it of each post again and again; keyed by
    what `role_pattern` is made of, as `_role_terms_in`)."""
    term = _role_pattern(gazetteer, suffixes).search(role)
    head = (term.group(0) if term else role).lower()
    return any(w in head for w in DIPLOMATIC)


@lru_cache(maxsize=4)
def _role_pattern(gazetteer: Gazetteer, suffixes: frozenset[str]) -> re.Pattern:
    """One pattern per gazetteer (its role terms do not change), built on first use; a term may carry
    a hyphenated suffix of office ("Permanent Representative-designate", "Director-General-elect")."""
    parts = []
    for term in sorted((r.text for r in gazetteer.role_terms), key=len, reverse=True):
        words = [w for w in re.split(r"[\s\-]+", term.strip()) if w]
        parts.append((words[0][:1] if words else "", r"[\s\-]+".join(re.escape(w) for w in words)))
    suffix = "(?:-(?:" + "|".join(sorted(map(re.escape, suffixes))) + "))?" if suffixes else ""
    return re.compile(r"(?<![\w-])(?:" + grouped_alternation(parts) + r")" + suffix + r"(?![\w-])", re.I)


def role_pattern(ctx: ItemContext) -> re.Pattern:
    return _role_pattern(ctx.gazetteer, ctx.lexicon.words_for("suffix"))


@lru_cache(maxsize=4096)
def _role_terms_in(gazetteer: Gazetteer, suffixes: frozenset[str], title: str) -> tuple[re.Match, ...]:
    """The role terms of a title's text (`role_pattern`), found once: `find_posts` reads each title's roles
    twice (without and with the item's state). (Keyed by what the pattern is made of: hashing a compiled
    pattern hashes all its code.)"""
    return tuple(_role_pattern(gazetteer, suffixes).finditer(title))


@dataclass(frozen=True)
class Qualifiers:
    """How the qualifiers of data/extraction/post_words.tsv (`qualifier`) are found before a title."""

    right_before: re.Pattern  # "acting ", "Former ", "ex-" right before a title
    before_state: re.Pattern  # "Former Ghanaian President A", "the former Kenyan minister": before the state's word
    reach: int  # how far before a title its qualifier may start ("caretaker ")


@lru_cache(maxsize=4)
def _qualifiers(words: frozenset[str]) -> Qualifiers:
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"
    return Qualifiers(re.compile(rf"(?<![\w-])((?:{alternation})(?:\s+|-))$", re.I),
                      # case-insensitive only in the qualifier: "his former boss President A" holds no former post
                      re.compile(rf"(?<![\w-])((?i:{alternation}))\s+[A-Z][\w-]*(?:['’]s)?\s+$"),
                      max(map(len, words), default=0) + 1)


def qualifiers(ctx: ItemContext) -> Qualifiers:
    return _qualifiers(ctx.lexicon.words_for("qualifier"))


@dataclass(frozen=True)
class Title:
    """Tokens [start, end) that hold a title for `person`."""

    person: Mention
    start: int
    end: int
    before: bool  # premodifier (the title precedes the name)
    former: bool = False  # told as a post held before ("who served as President from 2016 to 2021")


def find_posts(ctx: ItemContext) -> list[Post]:
    posts: list[Post] = []
    seen: set[tuple[str, str, str | None]] = set()
    consumed: set[int] = set()
    people = [m for m in ctx.mentions if m.kind == EntityKind.PERSON]
    titles: list[Title] = []
    respective = _respective_titles(ctx)
    for title in respective:
        titles.append(title)
        consumed.update(range(title.start, title.end))
    for person in sorted(people, key=lambda m: m.start):
        if any(t.person == person for t in respective):
            continue
        after = _apposition(ctx, person) or _appointed_as(ctx, person) or _lines_title(ctx, person)
        if after:
            titles.append(after)
            consumed.update(range(after.start, after.end))
    for title in _pronoun_titles(ctx):
        titles.append(title)
        consumed.update(range(title.start, title.end))
    for person in sorted(people, key=lambda m: m.start):
        before = _premodifier(ctx, person, consumed)
        if before and _predecessor(ctx, person):
            # "She succeeds Ambassador A", "takes over from Minister of Finance B": the one succeeded held the
            # post before; a bare title is only how they are addressed
            if _bare_role(ctx, ctx.text_of(before.start, before.end)):
                continue
            before = replace(before, former=True)
        if before:
            titles.append(before)
    travellers = _travellers(ctx)
    publisher = _publisher_organization(ctx)

    def collect(fallback: str | None, envoys: bool = True) -> None:
        for title in titles:
            sentence = ctx.sentence_at(title.person.start)
            own = fallback
            if fallback is not None and (title.person.key, fallback) in travellers:
                # "Minister A, on a visit to Peru, ...": Peru is where A went, not A's country; in a state's
                # whole government's release ("New Zealand Government"), its own state
                own = _publisher_country(ctx) if _whole_government_publisher(ctx) else None
                if own is None or own == fallback:
                    continue
            # "President of the Government of Spain": a state's whole government is the state
            roles = [(role, ctx.as_state(org), confidence) for role, org, confidence in _roles(ctx, title, own, publisher)]
            if fallback is not None and any(org == fallback and _held_by_another(ctx, title, sentence, role, org, seen)
                                            for role, org, _ in roles):
                # the item's country has its Foreign Minister already (named, or unnamed in the same
                # sentence: "A held talks with the Japanese Foreign Minister"): this title serves another
                # country, the one other the item names ("While in Fiji, A will meet Prime Minister and
                # Minister of Foreign Affairs B"), or one the item does not say; the role stays known
                # ("the Prime Minister" refers to them)
                # ... or, when the item names no other, the publisher's ("attended a meeting in Luxembourg.
                # Later the Minister met the Foreign Minister of Poland" in Ireland's release) or the dateline's
                other = _other_country(ctx, fallback) or _publisher_country(ctx) or _dateline_country(ctx)
                other = None if other == fallback else other
                roles = [(role, other if org == fallback else org, confidence) for role, org, confidence in roles]
            for role, org, confidence in roles:
                if fallback is not None and org == fallback and _diplomatic(ctx, role) and (
                        not envoys or any(f[0] == title.person.key and f[2] is not None for f in seen)
                        or _sent_to(ctx, sentence, org)):
                    # an envoy reported in the dateline's state does not serve it; nor does "Ambassador
                    # A, EU Head of Delegation in Y" serve the item's state Y
                    continue
                if fallback is not None and org == fallback and _bare_role(ctx, role) \
                        and any(f[0] == title.person.key and f[2] not in {None, fallback} for f in seen):
                    # "Minister Conway" after "the Australian Minister for Development, Mr. Patrick Conway":
                    # a bare title of someone whose post the item has stated is that post, not the item's state's
                    continue
                if _bare_role(ctx, role) and any(f[0] == title.person.key and _covers(ctx, f[1], role)
                                                 for f in seen):
                    continue  # "Minister Whitmore" after "the Minister of Foreign Affairs of X, Rachel Whitmore"
                fact = (title.person.key, role.lower(), org)
                if fact in seen or any(f[:2] == fact[:2] for f in seen):
                    continue
                seen.add(fact)
                posts.append(Post(person=title.person.key, role=role, organization=org,
                                  evidence=ctx.evidence(sentence, confidence)))

    plural_words = list(_plural_title_words(ctx))
    listed = _states_before_plural(ctx, plural_words) + _states_paired_after_plural(ctx, plural_words) \
        + _bracketed_holders_before_plural(ctx, plural_words)
    taken = {person for person, _, _, _ in listed}
    plural = listed + [found for found in _plural_titles(ctx) + _respective_states(ctx) if found[0] not in taken]

    def collect_plural(fallback: str | None) -> None:
        for person, role, org, sentence in plural:
            org = org or (fallback if _governmental(ctx, role) else None)
            fact = (person.key, role.lower(), org)
            if org is None or any(f[:2] == fact[:2] for f in seen):
                continue
            seen.add(fact)
            posts.append(Post(person=person.key, role=role, organization=org, evidence=ctx.evidence(sentence, 0.6)))

    collect(None)
    collect_plural(None)
    for title, role, org in _sibling_titles(ctx, titles, posts) + _possessor_titles(ctx, titles, posts):
        if not any(f[0] == title.person.key for f in seen):
            seen.add((title.person.key, role.lower(), org))
            posts.append(Post(person=title.person.key, role=role, organization=org,
                              evidence=ctx.evidence(ctx.doc[title.person.start].sent, 0.5)))
    for person, role, org, sentence in _heading_verbs(ctx, people):
        if not any(f[0] == person.key and f[2] == org for f in seen):
            seen.add((person.key, role.lower(), org))
            posts.append(Post(person=person.key, role=role, organization=org, evidence=ctx.evidence(sentence, 0.6)))
    posts += _listed_posts(ctx, posts)
    counterparts = _counterparts(ctx, people)
    posts += _counterpart_posts(ctx, counterparts, posts, seen)
    # a government title naming no country belongs to the item's country, unless that country is
    # an envoy's sending state ("the Foreign Minister received the Ambassador of Brazil") or a
    # counterpart's ("met her Indonesian counterpart")
    # ... nor a country whose government another person of the item already serves ("met Canadian
    # Prime Minister Colin Ashdown": "President Budi Santosa" is not Canada's)
    served = {p.organization for p in posts if p.organization and _governmental(ctx, p.role)
              and ctx.entity(p.organization).kind == EntityKind.COUNTRY}
    visitors = _visitors_states(ctx, posts)
    across = _counterpart_states(ctx) | _other_side_states(ctx)
    others = {country.key for _, country in counterparts} | visitors | across
    hosts_only = False
    fallback_country = _salient_country(ctx, others | served) if _stateless_medium(ctx) else \
        _salient_country(ctx, others) or _salient_country(ctx, others | served)
    envoys_states = {p.organization for p in posts if _diplomatic(ctx, p.role)
                     and not _posted_elsewhere(ctx, p.role)} | visitors
    if fallback_country is None and not others:
        # "Minister A opened the school" in a release of a state's ministry that names no state: the
        # publisher's state
        fallback_country = _publisher_country(ctx)
    elif fallback_country is None and others <= across and (published := _publisher_country(ctx)) not in others:
        # "At the request of the Kenyan side, Deputy Minister A met B" in the release of another state's
        # body: the only state named is the other side's; A serves the publisher's
        fallback_country = published
    elif fallback_country is None and visitors:
        # "A delegation from Kenya visited the Ministry ... the Minister of Trade, A": only the guests'
        # state is named; the untitled hosts serve the dateline's state, or the publisher's
        dated = _dateline_country(ctx) or _publisher_country(ctx)
        if dated not in envoys_states | others:
            fallback_country, hosts_only = dated, True
    if fallback_country in envoys_states:
        # "NAIROBI - Foreign Minister A received the Ambassador of Japan": the one state named is the
        # envoy's; the untitled host serves the state of the dateline, or the publisher's
        dated = _dateline_country(ctx) or _publisher_country(ctx)
        if dated not in envoys_states | others:
            fallback_country, hosts_only = dated, True
    if fallback_country and fallback_country not in envoys_states:
        collect(fallback_country, envoys=not hosts_only)
        collect_plural(fallback_country)
        # "President A hosted his Ugandan counterpart B": A's role came from the item's state just now
        posts += _counterpart_posts(ctx, counterparts, posts, seen)
        # "Governor of the Central Bank": an organization the item only describes is the country's
        posts = [replace(p, organization=fallback_country) if p.organization and _described(ctx, p.organization) else p
                 for p in posts]
    return posts


def _covers(ctx: ItemContext, held: str, bare: str) -> bool:
    """A fuller post the person holds, which a later bare title refers to whatever state the title alone
    would take: "Minister for Foreign Affairs" (or "Foreign Minister") covers "Minister"; another bare
    title ("Prime Minister") covers nothing."""
    held_term, bare_term = ctx.gazetteer.role(held), ctx.gazetteer.role(bare)
    held, bare = normalize_name(held), normalize_name(bare)
    if held_term is None or bare_term is None or normalize_name(bare_term.text) != bare:
        return False
    return held.startswith(f"{bare} of ") or held.startswith(f"{bare} for ") or \
        held.endswith(f" {bare}") and _portfolio_of(ctx, held_term, bare_term)


ENVOY_DESTINATION = re.compile(r"(?<![\w-])to\s+(?:the\s+)?(.+)$", re.I)


def _posted_elsewhere(ctx: ItemContext, role: str) -> bool:
    """An envoy's title names a state it is sent to that is not where the item is filed ("UAE Ambassador to
    Italy" in an Abu Dhabi release): the envoy serves the item's own state abroad, which stays the state of
    the item's untitled hosts; "Ambassador of Italy to the UAE" there is a guest's."""
    destination = ENVOY_DESTINATION.search(role)
    if destination is None:
        return False
    sent_to = {m.entry.iso3 for m in ctx.gazetteer.find(destination.group(1), [EntityKind.COUNTRY])}
    scene = (_dateline_state(ctx) or _publisher_country(ctx)) if sent_to else None
    return scene is not None and ctx.entity(scene).iso_code not in sent_to


def _stateless_medium(ctx: ItemContext) -> bool:
    """The item is a news medium's whose name names no state ("Reuters", not "Saudi Press Agency"): its
    bare titles are of no state by the publisher's side, and a state whose officials it marks by their state
    ("Kazakh President A") is not the state of one it leaves unmarked ("Secretary of State B")."""
    publisher = ctx.item.publisher or ""
    return news_medium((publisher,), ctx.lexicon) and not ctx.gazetteer.find(publisher, [EntityKind.COUNTRY])


def _other_country(ctx: ItemContext, country: str) -> str | None:
    """The one country other than `country` that the item's text names (not as a topic: "the
    situation in Venezuela", nor as a venue: "a meeting in Luxembourg")."""
    others = set(_countries_named(ctx)) - {country}
    return others.pop() if len(others) == 1 else None


def _countries_named(ctx: ItemContext) -> list[str]:
    """The countries the item's text names, in order, not as a topic nor as a venue."""
    visited = {state for _, state in _travellers(ctx)}
    return [m.key for m in ctx.mentions if m.kind == EntityKind.COUNTRY and not ctx.named_as_topic(m)
            and not _venue(ctx, m, visited)]


TRAVEL_LEMMAS = frozenset({"visit", "arrive", "travel"})


def _travellers(ctx: ItemContext) -> frozenset[tuple[str, str]]:
    """(person, country) of a person set beside their visit to a country ("A, on a visit to Peru,",
    "A, who is visiting Peru,", "A arrived in Peru"): the nearest person named before the visit. Read
    once while the item's mentions stay as they are (the rules of a title ask it again and again)."""
    changes, found = ctx.readings.get("travellers", (None, frozenset()))
    if changes != ctx.mention_changes:
        found = _travellers_read(ctx)
        ctx.readings["travellers"] = (ctx.mention_changes, found)
    return found


def _travellers_read(ctx: ItemContext) -> frozenset[tuple[str, str]]:
    """`_travellers`, read from the item's visits."""
    found: set[tuple[str, str]] = set()
    for i, lemma in [(i, lemma) for i, lemma in enumerate(ctx.lemmas) if lemma in TRAVEL_LEMMAS]:
        token = ctx.tokens[i]
        if lemma == "visit" and token.pos_ == "NOUN":
            preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"]
            targets = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        elif token.pos_ == "VERB":
            targets = [c for c in token.children if c.dep_ == "dobj"] + \
                [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "to"} for g in c.children
                 if g.dep_ == "pobj"]
        else:
            continue
        targets += [c for t in targets for c in t.conjuncts]  # "visited Kenya and Tanzania"
        countries = [ctx.mention_at(t.i) for t in targets]
        countries = [m.key for m in countries if m is not None and m.kind == EntityKind.COUNTRY]
        people = ctx.mentions_in(ctx.sentence_at(i).start, i, frozenset({EntityKind.PERSON}))
        if countries and people:
            found |= {(people[-1].key, country) for country in countries}
    return frozenset(found)


def _visitors_states(ctx: ItemContext, posts: list[Post]) -> set[str]:
    """Countries of people introduced as visiting ("the visiting Foreign Minister of Chile, A",
    "visiting Chilean Minister B"): a guest's country, not the one the item's untitled hosts serve."""
    doc = ctx.tokens
    states: set[str] = set()
    for token in [doc[i] for i, lower in enumerate(ctx.lowers) if lower == "visiting"]:
        if any(c.dep_ == "dobj" for c in token.children):
            continue  # "while visiting Portugal": a verb, whose object is the visited
        for i in range(token.i + 1, min(token.i + 12, ctx.sentence_at(token.i).end)):
            if doc[i].pos_ in {"VERB", "AUX"}:
                break
            mention = ctx.mention_at(i)
            if mention is not None and mention.kind == EntityKind.PERSON:
                for post in posts:
                    if post.person == mention.key and post.organization:
                        entity = ctx.entity(post.organization)
                        states.add(post.organization if entity.kind == EntityKind.COUNTRY else entity.country or "")
                break
    for token in [doc[i] for i, lemma in enumerate(ctx.lemmas) if lemma == "delegation"]:
        # "received a delegation from Japan", "a delegation from Japan visited": the guests' state
        if token.dep_ not in {"dobj", "pobj", "nsubj"} \
                or token.i + 2 >= len(doc) or ctx.lowers[token.i + 1] not in {"from", "of"}:
            continue
        mention = ctx.mention_at(token.i + 2 + (ctx.lowers[token.i + 2] == "the"))
        if mention is not None and mention.kind == EntityKind.COUNTRY:
            states.add(mention.key)
    return states - {""}


def _heading_verbs(ctx: ItemContext, people: list[Mention]) -> list[tuple[Mention, str, str, Span]]:
    """ "A, who heads the ILO," / "A chairs the Council of X": a verb that is a role's word (data/roles.tsv:
    "Head", "Chair") with an organization as its object states the post."""
    doc = ctx.tokens
    found = []
    for person in people:
        sentence = ctx.sentence_at(person.start)
        i = person.end
        if i + 1 < sentence.end and ctx.texts[i] == "," and ctx.lowers[i + 1] == "who":
            i += 2
        earlier = False
        while i < sentence.end and doc[i].pos_ == "ADV":
            earlier = earlier or ctx.lowers[i] in EARLIER_WORDS
            i += 1  # "who currently heads"; "who previously headed": a former post
        if i >= sentence.end or doc[i].pos_ != "VERB" or doc[i].tag_ not in {"VBZ", "VBD"}:
            continue
        word = doc[i].lemma_.capitalize()
        term = ctx.gazetteer.role(word)
        if term is None or normalize_name(term.text) != normalize_name(word):
            continue
        role = f"Former {term.text}" if earlier else term.text
        j = i + 1 + (i + 1 < sentence.end and ctx.lowers[i + 1] == "the")
        org = ctx.mention_at(j) if j < sentence.end else None
        if org is not None and org.start == j and org.kind in AGENTS:
            found.append((person, role, _owner_key(ctx, org), sentence))
        elif org is None and j < sentence.end and ctx.lowers[j - 1] == "the" and \
                (j + 1 == sentence.end or doc[j + 1].is_punct):
            # "A, who heads the agency": the one organization of the item with that head word
            key = _headed_organization(ctx, ctx.texts[j], _publisher_organization(ctx))
            if key is not None:
                found.append((person, role, key, sentence))
    return found


def _plural_titles(ctx: ItemContext) -> list[tuple[Mention, str, str | None, Span]]:
    """ "Ministers A (Trade) and B (Finance)", "Ambassadors A of Chile, B of Peru and C of Spain": a role
    in the plural before a list of people gives each of them the role, in the state or organization
    named right after their name ("of Chile") or before the title ("Portuguese Ministers A and B")."""
    doc, lowers = ctx.tokens, ctx.lowers
    qualifier_words = ctx.lexicon.words_for("qualifier")
    found = []
    for index, text in enumerate(ctx.texts):
        if not text.endswith("s") or singular(text) == text:
            continue
        term = ctx.gazetteer.role(singular(text))
        if term is None or normalize_name(term.text) != normalize_name(singular(text)) \
                or any(lower in qualifier_words or lower == "late" for lower in lowers[max(0, index - 2):index]):
            continue  # "the late former Foreign Ministers A and B": no post they hold
        capitalised = text[:1].isupper()
        counted = index > 0 and (doc[index - 1].tag_ == "CD" or lowers[index - 1] == "both")
        opened = None if capitalised or counted else _opened_list(ctx, index + 1, ctx.sentence_at(index))
        if not (capitalised or counted or opened):
            continue  # "Ministers A and B", "the two ministers, A of Y and B of Z", "ambassadors: A of Y"
        role, first = term.text, index
        for k in (2, 1):  # "Foreign Ministers": the role's words before the plural
            words = f"{ctx.text_of(index - k, index)} {term.text}" if index >= k else ""
            longer = ctx.gazetteer.role(words) if words else None
            if longer is not None and normalize_name(longer.text) == normalize_name(words):
                role, first = longer.text, index - k
                break
        owner = ctx.mention_at(first - 1) if first > 0 else None
        owner_key = owner.key if owner is not None and owner.kind in AGENTS else None
        i, sentence = index + 1, ctx.sentence_at(index)
        if counted and i + 1 < sentence.end and ctx.texts[i] == "," and _next_person_at(ctx, i + 1):
            i += 1
        if opened:
            portfolio_end, i = opened
            if ctx.lowers[index + 1] in {"of", "for"} and not ctx.mentions_in(index + 1, portfolio_end, AGENTS):
                role = _trim_role(f"{role} {ctx.text_of(index + 1, portfolio_end)}")  # "ministers of trade:"
            found += [entry for entry in _listed_holders(ctx, i, sentence, role, by_comma=True) if entry[2]]
            continue
        if i < sentence.end and ctx.lowers[i] in {"of", "for"}:
            # "Deputy Ministers of Economy of Georgia, A and B": the portfolio and the state before a comma
            comma = next((t.i for t in doc[i:min(i + 16, sentence.end)]
                          if t.text in {",", ":"} or t.pos_ in {"VERB", "AUX"}), None)
            if comma is None or ctx.texts[comma] not in {",", ":"} or not _next_person_at(ctx, comma + 1):
                continue
            agents = ctx.mentions_in(i, comma, AGENTS)
            if len(agents) > 1:
                continue  # "The Ambassadors of Japan and Korea, A and B, respectively": one state each
            end = comma
            if agents and agents[-1].end == comma:
                owner_key = _owner_key(ctx, agents[-1])
                end = agents[-1].start
            portfolio = ctx.text_of(i, end)
            both = BOTH_STATES.search(portfolio)
            role = _trim_role(f"{role} {portfolio[:both.start()] if both else portfolio}")
            if both:
                holders = _listed_holders(ctx, comma + 1, sentence, role, by_comma=False)
                states = _states_introduced(ctx) if len(holders) == 2 else []
                found += [(person, role, state, sent) for (person, role, _, sent), state
                          in zip(holders, states if len(states) == 2 else [None, None])]
                continue
            i = comma + 1
        found += [(person, role, org or owner_key, sent) for person, role, org, sent
                  in _listed_holders(ctx, i, sentence, role, by_comma=False)]
    return found


BOTH_STATES = re.compile(r"(?:^|\s+)(?:of|from)\s+(?:both|the\s+two)\s+(?:countries|states|nations)$", re.IGNORECASE)
"""After a plural title before its holders: "the Ministers of Foreign Affairs of both countries, A and B"."""


def _states_introduced(ctx: ItemContext) -> list[str]:
    """The states an item introduces, in order: the publisher's first (it introduces the item), then those
    its text names (not as a topic nor as a venue)."""
    states = _countries_named(ctx)
    published = (_publishers_named_state(ctx) or _publisher_country(ctx)) if len(set(states)) < 2 else None
    return list(dict.fromkeys(([published] if published else []) + states))


def _opened_list(ctx: ItemContext, index: int, sentence: Span) -> tuple[int, int] | None:
    """ "ambassadors: A", "ministers of trade, namely A", "ministers from the region, including A": where the
    words after a plural title end and where the list of names a colon or an opener word
    (data/extraction/post_words.tsv) starts, within a few words with no verb."""
    doc = ctx.tokens
    openers = ctx.lexicon.words_for("opener")
    for k in range(index, min(index + 8, sentence.end - 1)):
        if ctx.texts[k] == ":" or ctx.lowers[k] in openers:
            start = k + 1 + (ctx.texts[k + 1] == ",")
            end = k - (k > index and ctx.texts[k - 1] == ",")
            return (end, start) if _next_person_at(ctx, start) else None
        if doc[k].pos_ in {"VERB", "AUX"} or doc[k].is_punct and ctx.texts[k] != ",":
            return None
    return None


def _listed_holders(ctx: ItemContext, i: int, sentence: Span, role: str,
                    by_comma: bool) -> list[tuple[Mention, str, str | None, Span]]:
    """From `i`, the names of a list, each with the state or organization right after it: "A of Chile",
    "B (Ghana)" and, `by_comma`, "C, Peru," (none when none follows)."""
    doc = ctx.doc
    found = []
    while i < sentence.end:
        while i < sentence.end and not _person_start(ctx, i) and _is_honorific(ctx, i):
            i += 1
        if not _person_start(ctx, i):
            break
        person = ctx.mention_at(i)
        i = person.end
        org = None
        if i + 1 < sentence.end and ctx.lowers[i] == "of":
            after = ctx.mention_at(i + 2 if ctx.lowers[i + 1] == "the" else i + 1)
            if after is not None and after.kind in AGENTS:
                org, i = after.key, after.end
        elif i < sentence.end and ctx.texts[i] == "(":
            close = next((t.i for t in doc[i:min(i + 8, sentence.end)] if t.text == ")"), None)
            if close is None:
                break
            inside = ctx.mention_at(i + 1)
            if inside is not None and inside.kind in AGENTS and (inside.start, inside.end) == (i + 1, close):
                org = _owner_key(ctx, inside)  # "Heads of delegation: A (Ghana), B (Senegal)": the state
            i = close + 1  # "(Trade)": the portfolio
        elif by_comma and i + 1 < sentence.end and ctx.texts[i] == ",":
            state = _state_at(ctx, i + 1)
            if state is not None and (state.end >= sentence.end or ctx.texts[state.end] in {",", ";", "."}
                                      or ctx.lowers[state.end] == "and"):
                org, i = _owner_key(ctx, state), state.end  # "A, Chile, and B, Kenya"
        found.append((person, role, org, sentence))
        while i < sentence.end and ctx.lowers[i] in {",", ";", "and"}:
            i += 1
    return found


def _plural_role_at(ctx: ItemContext, index: int) -> tuple[str, int] | None:
    """The role in the singular of a plural title word at `index` with the role words before it
    ("foreign ministers" -> "foreign minister"), and the token the title starts at."""
    word = ctx.texts[index]
    term = _plural_role_term(ctx.gazetteer, word)
    if term is None:
        return None
    for k in (2, 1):
        if index >= k:
            words = f"{ctx.text_of(index - k, index)} {term.text}"
            longer = ctx.gazetteer.role(words)
            if longer is not None and normalize_name(longer.text) == normalize_name(words):
                space = " " if ctx.tokens[index - 1].whitespace_ else ""  # "Vice-Chairs" -> "Vice-Chair"
                return f"{ctx.text_of(index - k, index)}{space}{_singular_title_word(word)}", index - k
    return _singular_title_word(word), index


@lru_cache(maxsize=65536)
def _plural_role_term(gazetteer: Gazetteer, word: str) -> RoleTerm | None:
    """The role term a word is the plural of ("Ministers": Minister, not "Affairs"), remembered per word
    (every word of every item ending in "s" is asked)."""
    if not word.endswith("s") or singular(word) == word.lower():
        return None
    term = gazetteer.role(singular(word))
    if term is None or normalize_name(term.text) != normalize_name(singular(word)):
        return None
    return term


def _plural_title_words(ctx: ItemContext) -> Iterator[tuple[Token, str, int]]:
    """Each plural title of the item: its last word, the singular role and where the title starts."""
    for index, word in enumerate(ctx.texts):
        if not word.endswith("s"):
            continue  # (the test `_plural_role_at` opens with, before the cost of its call)
        plural = _plural_role_at(ctx, index)
        if plural is not None:
            yield ctx.tokens[index], *plural


def _states_before_plural(ctx: ItemContext, plural_words: list[tuple[Token, str, int]]) -> list[tuple[Mention, str, str | None, Span]]:
    """ "the Ugandan and Kenyan foreign ministers, A and B", "Kenyan and Ugandan Ministers A and B": states
    listed before a plural title, then as many people, give each person the title in the state of the
    same place in its list."""
    found = []
    for token, role, first in plural_words:
        sent = ctx.sentence_at(token.i)
        states: list[Mention] = []
        i = first - 1
        while i >= sent.start:
            mention = ctx.mention_at(i)
            if mention is not None and mention.kind in AGENTS and mention.end == i + 1:
                states.insert(0, mention)
                i = mention.start - 1
            elif states and ctx.texts[i] == "," or ctx.lowers[i] == "and" and states \
                    or not states and i == first - 1 and ctx.texts[i] in {"'s", "’s"}:
                i -= 1  # "Qatar and Egypt's foreign ministers"
            else:
                break
        if len(states) < 2 or any(ctx.mention_at(k) is None for k in range(states[0].start, states[-1].end)
                                   if ctx.texts[k] != "," and ctx.lowers[k] != "and"):
            continue
        i = token.i + 1
        if i < sent.end and ctx.texts[i] == ",":
            i += 1
        people: list[Mention] = []
        while i < sent.end:
            while i < sent.end and not _person_start(ctx, i) and _is_honorific(ctx, i):
                i += 1
            if not _person_start(ctx, i):
                break
            people.append(ctx.mention_at(i))
            i = people[-1].end
            while i < sent.end and ctx.lowers[i] in {",", "and"}:
                i += 1
        if len(people) == len(states):
            found += [(person, role, _owner_key(ctx, state), sent) for person, state in zip(people, states)]
    return found


def _states_paired_after_plural(ctx: ItemContext, plural_words: list[tuple[Token, str, int]]) -> list[tuple[Mention, str, str | None, Span]]:
    """ "the ambassadors of Japan, A, and Korea, B", "the ministers of health of Kenya, A; Uganda, B": a plural
    title whose states each come with their holder right after them gives each holder the title in the
    state just before their name."""
    doc = ctx.doc
    found = []
    for token, role, _ in plural_words:
        sent = ctx.sentence_at(token.i)
        i = token.i + 1
        portfolio_end = next((k for k in range(i, min(i + 8, sent.end - 1)) if ctx.lowers[k] == "of"
                              and _state_at(ctx, k + 1 + (ctx.lowers[k + 1] == "the")) is not None), None)
        if portfolio_end is None or any(doc[k].is_punct or doc[k].pos_ in {"VERB", "AUX"}
                                        for k in range(i, portfolio_end)):
            continue
        if portfolio_end > i:
            role = _trim_role(f"{role} {ctx.text_of(i, portfolio_end)}")
        pairs = _state_holder_pairs(ctx, portfolio_end, sent)
        if len(pairs) >= 2:
            found += [(person, role, _owner_key(ctx, state), sent) for state, person in pairs]
    return found


def _bracketed_holders_before_plural(ctx: ItemContext, plural_words: list[tuple[Token, str, int]]) \
        -> list[tuple[Mention, str, str | None, Span]]:
    """ "A (Norway), B (Ghana) and C (Japan) were elected Vice-Chairs", "A (Norway) and B (Poland), the two
    foreign ministers": people listed each with a state or organization in brackets, then the plural title
    they are elected or appointed to (data/extraction/appointment_words.txt) or set off after a comma,
    give each person the title in the state in their brackets."""
    doc = ctx.doc
    found = []
    for _, role, first in plural_words:
        sent = ctx.sentence_at(first)
        i = first - 1
        while i >= sent.start and (ctx.lowers[i] in {"the", "both", "as", ","} or doc[i].tag_ == "CD"
                                   or doc[i].pos_ == "AUX"
                                   or doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in ctx.lexicon.appointment_words):
            i -= 1
        if not any(ctx.texts[k] == "," or doc[k].pos_ == "VERB" for k in range(i + 1, first)):
            continue  # nothing skipped, or no comma or verb of appointment between the list and the title
        listed: list[tuple[Mention, Mention]] = []
        while i - 3 >= sent.start and ctx.texts[i] == ")":
            agent, person = ctx.mention_at(i - 1), ctx.mention_at(i - 3)
            if agent is None or agent.kind not in AGENTS or agent.end != i or ctx.texts[agent.start - 1] != "(" \
                    or person is None or person.kind != EntityKind.PERSON or person.end != agent.start - 1:
                break
            listed.insert(0, (person, agent))
            i = person.start - 1
            while i >= sent.start and _is_honorific(ctx, i):
                i -= 1
            while i >= sent.start and ctx.lowers[i] in {",", "and"}:
                i -= 1
        if len(listed) >= 2:
            found += [(person, role, _owner_key(ctx, agent), sent) for person, agent in listed]
    return found


def _state_at(ctx: ItemContext, index: int) -> Mention | None:
    mention = ctx.mention_at(index)
    return mention if mention is not None and mention.kind in AGENTS and mention.start == index else None


def _state_holder_pairs(ctx: ItemContext, i: int, sent: Span) -> list[tuple[Mention, Mention]]:
    """From `i`, the runs "(of) (the) State, Holder" joined by commas, semicolons and "and"."""
    pairs: list[tuple[Mention, Mention]] = []
    while i < sent.end:
        while i < sent.end and ctx.lowers[i] in {"of", "the", "and", ",", ";"}:
            i += 1
        state = _state_at(ctx, i) if i < sent.end else None
        if state is None or state.end >= sent.end or ctx.texts[state.end] != ",":
            break
        i = state.end + 1
        while i < sent.end and not _person_start(ctx, i) and _is_honorific(ctx, i):
            i += 1
        if i >= sent.end or not _person_start(ctx, i):
            break
        person = ctx.mention_at(i)
        pairs.append((state, person))
        i = person.end
        if i >= sent.end or ctx.texts[i] not in {",", ";"}:
            break
    return pairs


def _singular_role(words: list[str]) -> str:
    """The role of a plural title: its first plural word in the singular, the portfolio after it as written
    ("Ministers of Foreign Affairs" -> "Minister of Foreign Affairs")."""
    for k, word in enumerate(words):
        if _is_plural_title_word(word):
            return " ".join(words[:k] + [_singular_title_word(word)] + words[k + 1:])
    return " ".join(words)


def _is_plural_title_word(word: str) -> bool:
    return _singular_title_word(word).lower() != word.lower()


def _singular_title_word(word: str) -> str:
    """The singular of a title word as written; a hyphenated title takes the plural on its first part
    ("Directors-General" -> "Director-General")."""
    first, hyphen, rest = word.partition("-")
    head = singular(first)
    return (head[:1].upper() + head[1:] if first[:1].isupper() else head) + hyphen + rest


def _joins_title_word(token: Token) -> bool:
    """A hyphen inside a word ("Directors-General")."""
    return token.text == "-" and token.whitespace_ == "" and token.i > 0 and token.doc[token.i - 1].whitespace_ == ""


def _respective_states(ctx: ItemContext) -> list[tuple[Mention, str, str | None, Span]]:
    """ "The foreign ministers of X, Y and Z, A, B and C respectively": a plural title whose states are
    listed, then as many people and "respectively" (or the comma that closes them as an apposition: "The
    foreign ministers of X and Y, A and B, met ..."), gives each person the title in the state of the same
    place in its list."""
    doc = ctx.doc
    found = []
    for index, text in enumerate(ctx.texts):
        closing = text == "," and index > 0 and ctx.mention_at(index - 1) is not None \
            and ctx.mention_at(index - 1).kind == EntityKind.PERSON
        if ctx.lowers[index] != "respectively" and not closing:
            continue
        token = ctx.tokens[index]
        sent = ctx.sentence_at(index)
        people: list[Mention] = []
        i = token.i - 1 - (not closing and ctx.texts[token.i - 1] == ",")
        while i >= sent.start:  # the people right before: names, honorifics, commas and "and"
            mention = ctx.mention_at(i)
            if mention is not None and mention.kind == EntityKind.PERSON:
                people.insert(0, mention)
                i = mention.start - 1
            elif ctx.texts[i] == "," and not people or ctx.lowers[i] == "and" or _is_honorific(ctx, i):
                i -= 1
            elif ctx.texts[i] == "," and i - 1 >= sent.start and ctx.mention_at(i - 1) is not None \
                    and ctx.mention_at(i - 1).kind == EntityKind.PERSON:
                i -= 1
            else:
                break
        if len(people) < 2 or i < sent.start or ctx.texts[i] != ",":
            continue
        states: list[Mention] = []
        i -= 1
        while i >= sent.start:  # the states before the comma: "of Azerbaijan, Turkey and Georgia"
            mention = ctx.mention_at(i)
            if mention is not None and mention.kind in AGENTS:
                states.insert(0, mention)
                i = mention.start - 1
            elif ctx.texts[i] == "," or ctx.lowers[i] in {"and", "the"}:
                i -= 1  # "of the IMF and the World Bank"
            else:
                break
        if len(states) != len(people) or i < sent.start or ctx.lowers[i] != "of":
            continue
        end, start = i, i
        while start > sent.start and (ctx.lowers[start - 1] == "of" or _joins_title_word(doc[start - 1]) or not (
                doc[start - 1].is_punct or ctx.lowers[start - 1] in {"the", "a"}
                or doc[start - 1].pos_ in {"VERB", "AUX", "ADP"})):
            start -= 1  # the title back to its article: "The ministers of health", "The Directors-General"
        words = ctx.text_of(start, end).split()
        if not words or not _is_plural_title_word(words[-1]) and not _is_plural_title_word(words[0]):
            continue  # no title in the plural
        role = _singular_role(words)
        if not role_pattern(ctx).search(role):
            continue
        found += [(person, role, _owner_key(ctx, state), sent) for person, state in zip(people, states)]
    return found


def _listed_posts(ctx: ItemContext, posts: list[Post]) -> list[Post]:
    """ "The following Ambassadors attended:" / "• H.E. A of the Republic of B": a list under a
    header that names a role gives each person without a post that role in what follows "of"."""
    holders = {p.person for p in posts}
    found: list[Post] = []
    for sentence in ctx.sentences:
        if not ctx.text_of(sentence.start, sentence.end).rstrip().endswith(":"):
            continue
        term = next((t for t in (ctx.gazetteer.role(singular(w.text)) for w in sentence
                                 if w.text[:1].isupper() and singular(w.text) != w.lower_) if t), None)
        if term is None:
            continue
        for key in listed_after(ctx, sentence):
            mention = next((m for m in ctx.mentions if m.key == key and m.start >= sentence.end), None)
            if key in holders or mention is None or mention.end + 1 >= len(ctx.doc) \
                    or ctx.lowers[mention.end] != "of":
                continue
            following = ctx.mention_at(mention.end + 1) or ctx.mention_at(mention.end + 2)
            if following is None or following.kind not in AGENTS:
                continue
            holders.add(key)
            line = ctx.doc[mention.start].sent
            found.append(Post(person=key, role=term.text, organization=following.key, evidence=ctx.evidence(line, 0.6)))
    return found


def _described(ctx: ItemContext, key: str) -> bool:
    entity = ctx.entity(key)
    return entity.kind == EntityKind.ORGANIZATION and not (entity.gazetteer_id or entity.parent or entity.country) \
        and generic_name(entity.name, ctx.lexicon)


# ---------------------------------------------------------------------------------------------
# where titles are

def _person_start(ctx: ItemContext, index: int) -> bool:
    mention = ctx.mention_at(index)
    return mention is not None and mention.kind == EntityKind.PERSON and mention.start == index


def _listed_under_state(ctx: ItemContext, title: Title) -> str | None:
    """ "heads of delegation: Benin – Mr. A, Minister of Trade; Ghana – Hon. B, ...": the state that opens
    the holder's list entry, before a dash or a colon and the honorifics, is the one the title serves."""
    texts = ctx.texts
    i = title.person.start - 1
    while i >= 0 and _is_honorific(ctx, i):
        i -= 1
    if i < 1 or texts[i] not in DASHES | {":"}:
        return None
    state = ctx.mention_at(i - 1)
    if state is None or state.end != i or state.kind != EntityKind.COUNTRY:
        return None
    opens_entry = state.start == ctx.sentence_at(state.start).start or texts[state.start - 1] in {";", ":", ","} \
        or not texts[state.start - 1].strip()
    return state.key if opens_entry else None


def _is_honorific(ctx: ItemContext, index: int) -> bool:
    word = ctx.texts[index]
    if not word[:1].isupper() and not (word in {"'", "’"} and index > 0 and not ctx.tokens[index - 1].whitespace_):
        return False  # the apostrophe of "Dato' Sri", a token of its own, is a letter of the honorific
    honorific = ctx.gazetteer.honorific
    if honorific(word) is not None:
        return True
    # a word of a honorific of several words: "Datuk Seri", "Tan Sri"
    text_of, last = ctx.text_of, min(len(ctx.texts), index + 3)
    return any(honorific(text_of(start, end)) is not None
               for start in range(max(0, index - 2), index + 1)
               for end in range(max(index + 1, start + 2), last + 1))


def _inside_name_list(ctx: ItemContext, index: int) -> bool:
    """A comma or "and" between two capitalised words of one name, not between two people."""
    doc = ctx.tokens
    if index < 1 or index + 1 >= len(doc):
        return False
    before, after = doc[index - 1], doc[index + 1]
    if after.lower_ == "the" and index + 2 < len(doc):
        after = doc[index + 2]  # "Regional Representative for Latin America and the Caribbean"
    if not (before.text[:1].isupper() and after.text[:1].isupper()):
        return False
    for j in (index - 1, after.i):
        mention = ctx.mention_at(j)
        if mention is not None and mention.kind == EntityKind.PERSON or _is_honorific(ctx, j):
            return False
    owner = ctx.mention_at(after.i)
    if owner is not None and owner.kind in AGENTS and owner.start == after.i and owner.end < len(doc) \
            and doc[owner.end].tag_ == "POS":
        return False  # "..., B and Botswana's Minister of X, C": a new title starts after "and"
    return True


def _title_goes_on(ctx: ItemContext, index: int) -> bool:
    """A title word that is also a honorific opens a portfolio, not a name ("A, MP, Minister of Health
    of Y": "Minister of" continues A's title)."""
    return _is_title(ctx, index) and index + 1 < len(ctx.doc) and ctx.lowers[index + 1] in {"of", "for"}


def _is_title(ctx: ItemContext, index: int) -> bool:
    """An honorific that is also a role ("Minister", "Ambassador", "President", the "Duke" of "Grand
    Duke") belongs to the title."""
    honorific = ctx.gazetteer.honorific(ctx.texts[index])
    if bool(honorific and honorific.role) or ctx.gazetteer.role(ctx.texts[index]) is not None:
        return True
    spans = (ctx.gazetteer.honorific(ctx.text_of(start, index + 1)) for start in range(max(0, index - 2), index))
    return any(h is not None and h.role for h in spans)


def _apposition(ctx: ItemContext, person: Mention) -> Title | None:
    doc = ctx.doc
    sent = ctx.sentence_at(person.start)
    i = _after_photo_position(ctx, person.end, sent.end)
    if i >= sent.end:
        return None
    first = None  # "A (Ghana), Minister of Trade": the state in brackets is the title's
    stated = ctx.mention_at(i + 1) if ctx.texts[i] == "(" and i + 1 < sent.end else None
    if stated is not None and stated.start == i + 1 and stated.kind == EntityKind.COUNTRY \
            and stated.end + 1 < sent.end and ctx.texts[stated.end] == ")" and ctx.texts[stated.end + 1] == ",":
        first, i = i, stated.end + 1
    if ctx.texts[i] != "," and doc[i].lemma_ == "be" and i + 1 < sent.end and doc[i].dep_ in {"ROOT", "ccomp"}:
        i += 1  # "X is the Director-General of Y"
        if not role_pattern(ctx).match(ctx.text_of(i + 1 if ctx.lowers[i] in {"the", "a", "an"} else i, sent.end)) \
                and not _possessed_role_at(ctx, i, sent.end):
            return None  # "X is the Director-General of Y", "X is Y's Ambassador to Z"
        i -= 1 if ctx.lowers[i] not in {"the", "a", "an"} else 0
    elif ctx.texts[i] == "(" and i + 1 < sent.end and role_pattern(ctx).search(ctx.text_of(i + 1, min(i + 12, sent.end))):
        pass  # "X (Chile's Foreign Minister)": the title in brackets, up to the closing one
    elif ctx.texts[i] in DASHES and doc[i - 1].whitespace_ and i + 1 < sent.end \
            and role_pattern(ctx).match(ctx.text_of(i + 1 if ctx.lowers[i + 1] != "the" else i + 2, sent.end)):
        pass  # "X – Minister of Trade of Y": a list's dash between the name and the title
    elif ctx.texts[i] != ",":
        # "Ambassador X the Permanent Representative of Y": an apposition without its comma
        if not (ctx.lowers[i] == "the" and i + 1 < sent.end and role_pattern(ctx).match(ctx.text_of(i + 1, sent.end))):
            return None
    also = 1 if i + 4 < sent.end and doc[i + 3].pos_ == "ADV" and ctx.lowers[i + 1] == "who" else 0
    if ctx.texts[i] == "," and i + 3 + also < sent.end and ctx.lowers[i + 1] == "who" and doc[i + 2].lemma_ == "be" \
            and doc[i + 2].tag_ == "VBZ" and (role_pattern(ctx).match(
                ctx.text_of(i + 4 + also if ctx.lowers[i + 3 + also] in {"the", "a", "an"} else i + 3 + also, sent.end))
                                               or _possessed_role_at(ctx, i + 3 + also, sent.end)):
        i += 2 + also  # "X, who is the Minister of Culture of Y, ...", "X, who is also Y's Minister of Culture, ..."
    j, depth = i + 1, 0
    if j < sent.end and ctx.lowers[j] in {"and", "or", "while", "but"}:
        return None  # "X, and the Rector of Y, Z": the next person's title, not X's
    if j + 1 < sent.end and doc[j].tag_ == "VBN" and ctx.lowers[j + 1] == "by":
        return None  # "X, accompanied by his Chief of Staff, Z": the title of the one who accompanies
    texts = ctx.texts
    while j < sent.end and j - i < MAX_TITLE_TOKENS:
        token, text = ctx.tokens[j], texts[j]
        if _person_start(ctx, j) or (j > i + 1 and texts[j - 1] == "," and _is_honorific(ctx, j)
                                     and not _title_goes_on(ctx, j)):
            break
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
            if depth < 0:
                break
        elif text in {";", ":"} or text in {"who", "which", "that", "whose"}:  # not "WHO"
            break
        elif token.pos_ in {"VERB", "AUX"} and token.tag_ not in {"VBN"} and token.dep_ not in {"amod", "compound"} \
                and not (text[:1].isupper() and _is_title(ctx, j)):  # "A - Head of Legal Affairs": no verb
            break
        elif token.tag_ in {"VBN", "VBD"} and (token.dep_ == "ROOT" or any(c.dep_ == "dobj" for c in token.children)
                                               or j == i + 1 and _determined_title_after(ctx, j + 1, sent.end)):
            break  # "X, on Tuesday received in audience the Ambassador of Y, Z": a verb with its object (also
            # one the parser took for a modifier: "The Minister of Health, A, held talks with the Minister of ...")
        elif text == "," and depth == 0:
            if j + 1 >= sent.end or _person_start(ctx, j + 1) or _is_honorific(ctx, j + 1) and not _title_goes_on(ctx, j + 1):
                break
            if ctx.lowers[j + 1] == "and":
                if j + 2 < sent.end and (_person_start(ctx, j + 2) or _is_honorific(ctx, j + 2)
                                         or doc[j + 2].tag_ == "PRP$"):  # ", and her Swedish counterpart"
                    break
            elif not texts[j + 1][:1].isupper():
                break
        elif ctx.lowers[j] == "and" and j + 1 < sent.end and (_person_start(ctx, j + 1) or _is_honorific(ctx, j + 1)
                                                             and not _title_goes_on(ctx, j + 1)):
            break  # "A, Minister of X and Minister B": the next person; "and Minister of Y" goes on
        j += 1
    if j <= i + 1 or not _role_terms_in(ctx.gazetteer, ctx.lexicon.words_for("suffix"), ctx.text_of(i + 1, j)):
        return None  # (the title's role terms, which `_roles` reads again)
    owner = ctx.mention_at(i + 1)
    if owner is not None and owner.kind in AGENTS and owner.start == i + 1 and owner.end < sent.end \
            and doc[owner.end].tag_ == "POS" and _premodifier(ctx, person, set()) is not None:
        # "Executive Secretary, His Excellency A, Malawi's Minister of Foreign Affairs, B": A has
        # their title before the name; the possessive title after it introduces the next person
        return None
    if j < sent.end and _person_start(ctx, j) and _runs_into_name(ctx, j):
        return None  # "A, Energy Minister B", "A, Minister for Foreign Affairs B": the next name's title
    if ctx.lowers[i + 1] == "the" and j + 1 < sent.end and ctx.texts[j] == "," and _next_person_at(ctx, j + 1):
        return None  # "The Assistant Minister, X, the Deputy Minister, Y": the title introduces Y
    return Title(person, i + 1 if first is None else first, j, before=False)


def _determined_title_after(ctx: ItemContext, start: int, end: int) -> bool:
    """An article and a title follow within a short phrase from `start` ("received in his office the Minister
    of X"): the object of the verb before, which the parser may leave unattached; not "appointed Minister"."""
    for k in range(start, min(start + 5, end - 1)):
        if ctx.lowers[k] in {"the", "a", "an"} and role_pattern(ctx).match(ctx.text_of(k + 1, end)):
            return True
        if ctx.doc[k].is_punct:
            return False
    return False


def _runs_into_name(ctx: ItemContext, name: int) -> bool:
    """The words before the name at `name` run into it with no comma: a capitalised word ("Minister for
    Foreign Affairs B") or a role word ("foreign minister B") ends the title there."""
    last = ctx.doc[name - 1]
    if last.is_punct or not last.text[:1].isalpha():
        return False
    return last.text[:1].isupper() or role_pattern(ctx).search(last.text) is not None


PERSONAL_PRONOUNS = frozenset({"he", "she"})


def _pronoun_titles(ctx: ItemContext) -> list[Title]:
    """ "A opened the fair. He is the Minister of Trade of Ghana.", "She, Sweden's Ambassador, said":
    a title stated of "he" or "she", the subject of its sentence, is the title of the one person the
    last sentence before it that names people names, within three sentences (of two, the pronoun's
    gender would have to choose)."""
    titles = []
    sentences = ctx.sentences
    for number, sentence in enumerate(sentences):
        if PERSONAL_PRONOUNS.isdisjoint(ctx.lowers[sentence.start:sentence.end]):
            continue  # (no "he" nor "she" in it: the cheap test before the sentence's root is found)
        pronoun = next((c for c in sentence.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if pronoun is None or pronoun.lower_ not in PERSONAL_PRONOUNS or ctx.taken(pronoun.i):
            continue
        person = _person_spoken_of(ctx, sentences[max(0, number - 3):number])
        title = _apposition(ctx, Mention(person, EntityKind.PERSON, pronoun.i, pronoun.i + 1)) if person else None
        if title is not None:
            titles.append(title)
    return titles


def _person_spoken_of(ctx: ItemContext, sentences) -> str | None:
    """The one person the last of `sentences` that names people names."""
    for sentence in reversed(sentences):
        people = ctx.mentions_in(sentence.start, sentence.end, frozenset({EntityKind.PERSON}))
        if not people:
            continue
        return people[0].key if len({m.key for m in people}) == 1 else None
    return None


def _lines_title(ctx: ItemContext, person: Mention) -> Title | None:
    """A signature or a contact set on lines of their own: the name alone on its line (after honorifics),
    the title on the next line, and the organization on the line after that when it is a name alone
    ("Anna Holm\\nDirector General\\nInternational Organization for Migration")."""
    doc, text = ctx.doc, ctx.item.text
    start, end = doc[person.start].idx, doc[person.end - 1].idx + len(ctx.texts[person.end - 1])
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip() or \
            any(not t.is_space and not _is_honorific(ctx, t.i) for t in doc if text.rfind("\n", 0, start) < t.idx < start):
        return None
    lines = text[line_end + 1:].split("\n")[:2]
    role = lines[0].strip()
    match = role_pattern(ctx).search(role)
    if not role or match is None or _modified_start(ctx, role, 0, match.start()) != 0:
        return None
    stop = line_end + 1 + len(lines[0])
    if len(lines) > 1 and lines[1].strip():
        first = line_end + 2 + len(lines[0]) + len(lines[1]) - len(lines[1].lstrip())
        organization = next((m for m in ctx.mentions if m.kind in AGENTS and doc[m.start].idx == first), None)
        if organization is not None and doc[organization.end - 1].idx + len(ctx.texts[organization.end - 1]) \
                == line_end + 2 + len(lines[0]) + len(lines[1].rstrip()):
            stop = line_end + 2 + len(lines[0]) + len(lines[1].rstrip())
    tokens = [t.i for t in doc if line_end < t.idx < stop and not t.is_space]
    if not tokens or any(ctx.mention_at(i) is not None and ctx.mention_at(i).kind == EntityKind.PERSON for i in tokens):
        return None
    return Title(person, tokens[0], tokens[-1] + 1, before=False)


def _party_line_owner(ctx: ItemContext, title: Title) -> str | None:
    """ "For the Government of Japan\nKenji Sato\nAmbassador ...": in a signature block, the state or
    organization on the line right before the name's, after "For" or "On behalf of", is the signer's."""
    doc, text = ctx.doc, ctx.item.text
    start = doc[title.person.start].idx
    line_start = text.rfind("\n", 0, start) + 1
    if title.before or line_start == 0 or text[line_start:start].strip() and \
            not all(_is_honorific(ctx, t.i) for t in doc if line_start <= t.idx < start and not t.is_space):
        return None
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    line = text[previous_start:line_start - 1]
    if not re.match(r"\s*(?:For|On behalf of)\s", line):
        return None
    agents = [m for m in ctx.mentions if m.kind in AGENTS and previous_start <= doc[m.start].idx < line_start - 1]
    return _owner_key(ctx, agents[-1]) if agents else None


def _after_photo_position(ctx: ItemContext, i: int, end: int) -> int:
    """After a caption's position in brackets right after a name ("A (R), Minister of Trade", "B (2nd left)";
    data/extraction/post_words.tsv), else `i`."""
    doc = ctx.doc
    if i >= end or ctx.texts[i] != "(":
        return i
    close = next((t.i for t in doc[i + 1:min(i + 5, end)] if t.text == ")"), None)
    positions = ctx.lexicon.words_for("position")
    if close is None or close == i + 1 or not all(t.lower_.rstrip(".") in positions for t in doc[i + 1:close]):
        return i
    return close + 1


def _respective_titles(ctx: ItemContext) -> list[Title]:
    """ "A and B, respectively Minister of Trade and Minister of Finance of Y": the titles after
    "respectively", one per person of the list before it, in order."""
    doc = ctx.doc
    found: list[Title] = []
    for index, lower in enumerate(ctx.lowers):
        if lower != "respectively" or index < 2 or ctx.texts[index - 1] != ",":
            continue
        sent = ctx.sentence_at(index)
        people: list[Mention] = []
        i = index - 2
        while i >= sent.start:  # the list right before: names, honorifics, commas and "and"
            mention = ctx.mention_at(i)
            if mention is not None and mention.kind == EntityKind.PERSON:
                people.insert(0, mention)
                i = mention.start - 1
            elif ctx.texts[i] == "," or ctx.lowers[i] == "and" or _is_honorific(ctx, i):
                i -= 1
            else:
                break
        end = index + 1
        while end < sent.end and doc[end].pos_ not in {"VERB", "AUX"} and ctx.texts[end] not in {";", ":", "."}:
            end += 1
        while end > index + 1 and ctx.texts[end - 1] == ",":
            end -= 1
        starts = [index + 1]
        for j in range(index + 2, end):
            k = j + 1 if ctx.lowers[j + 1 if j + 1 < end else j] == "the" else j
            if ctx.lowers[j] in {"and", ","} and k + 1 < end and role_pattern(ctx).match(ctx.text_of(k + 1, end)):
                starts.append(j + 1)
        if len(people) < 2 or len(starts) != len(people):
            continue
        for person, start, stop in zip(people, starts, starts[1:] + [end + 1]):
            first = start + (ctx.lowers[start] == "the")
            last = stop - 1
            if first < last:
                found.append(Title(person, first, last, before=False))
    return found


def _appointed_as(ctx: ItemContext, person: Mention) -> Title | None:
    """ "congratulated X on her new appointment as the Director General of Y", "X, appointed as
    Y's Ambassador, ...", "X, in his capacity as Chair of Y", "X was sworn in as Minister of Z",
    "X, who serves as ...": the title after "as"; "X was elected President of Y": the role right
    after the verb (data/extraction/appointment_words.txt)."""
    doc = ctx.doc
    sent = ctx.sentence_at(person.start)
    limit = min(person.end + 8, sent.end)
    words = ctx.lexicon.appointment_words
    as_token = next((ctx.tokens[i] for i in range(person.end, limit) if ctx.lowers[i] == "as"), None)
    if as_token is None:
        # "X was elected President of Y": the role is the verb's complement
        as_token = next((t for t in ctx.tokens[person.end:limit] if ctx.lemmas[t.i] in words and t.pos_ == "VERB"
                         and t.i + 1 < sent.end and (_complement_at(doc[t.i + 1])
                                                     or _possessed_role_at(ctx, t.i + 1, sent.end))), None)
    if as_token is None:
        # "X holds the position of Deputy Director-General of Y", "was appointed to the post of ...": the
        # title after the "of" of an office noun (data/extraction/post_words.tsv) that such a verb governs
        as_token = next((ctx.tokens[i] for i in range(person.end + 1, limit) if ctx.lowers[i] == "of"
                         and ctx.lemmas[i - 1] in ctx.lexicon.words_for("office")
                         and _governing_verb(doc[i - 1]) in words), None)
    if as_token is None:
        as_token = _copula_of(ctx, person, limit)
    if as_token is None or ctx.mentions_in(person.end, as_token.i, frozenset({EntityKind.PERSON})):
        return None
    verb = _verb_of_as(as_token, words) if as_token.lower_ == "as" else as_token
    if as_token.lower_ != "of" and verb.lemma_.lower() not in words and verb.lemma_ != "be" \
            or _appoints_another(ctx, person, verb):
        return None
    start = as_token.i + 1
    while start < sent.end and ctx.lowers[start] in EARLIER_WORDS | {"most", "recently"}:
        start += 1  # "who was previously Deputy Director General", "was most recently ..."
    while start < sent.end and ctx.lowers[start] in {"the", "a", "an"} | ctx.lexicon.words_for("tenure"):
        start += 1  # "appointed as the new Director-General"
    role_at = start
    while role_at < sent.end and ctx.lowers[role_at] in ctx.lexicon.words_for("qualifier") | {"his", "her"}:
        role_at += 1  # "appointed acting Director-General": the role keeps its qualifier; "appointed B as his
        # Chief of Staff": the title keeps its possessive, whose owner's organization it serves (`_possessor_titles`)
    end = start
    while end < sent.end and end - start < MAX_TITLE_TOKENS:
        token = doc[end]
        if token.text in {",", ";", ":", "(", ")"} or _person_start(ctx, end) or _period_at(ctx, end, sent.end) \
                or (token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"amod", "compound"}) \
                or (token.lower_ in {"and", "on", "in", "at", "to", "for", "with", "during", "since", "after", "before",
                                     "following", "until", "upon"} and not token.text[:1].isupper()
                    and not (token.lower_ in {"for", "and"} and end + 1 < sent.end and ctx.texts[end + 1][:1].isupper())
                    and not (token.lower_ == "for" and end + 2 < sent.end and ctx.lowers[end + 1] == "the"
                             and ctx.texts[end + 2][:1].isupper())):  # "as Regional Director for the Eastern Mediterranean"
            break
        end += 1
    if end <= role_at or not (role_pattern(ctx).match(ctx.text_of(role_at, end)) or _possessed_role_at(ctx, role_at, end)
                              or _named_role_at(ctx, role_at, end)):
        return None
    return Title(person, start, end, before=False, former=_held_before(ctx, verb, end, sent.end))


PERIOD_WORDS = frozenset({"from", "between", "until", "till"})
EARLIER_WORDS = frozenset({"previously", "formerly", "earlier", "once"})


def _period_at(ctx: ItemContext, index: int, end: int) -> bool:
    """ "served as President from 2016 to 2021": a period of time opens at `index`, after the title."""
    return ctx.lowers[index] in PERIOD_WORDS and index + 1 < end \
        and (ctx.tokens[index + 1].ent_type_ == "DATE" or ctx.tokens[index + 1].like_num)


def _held_before(ctx: ItemContext, verb: Token, title_end: int, sentence_end: int) -> bool:
    """The title after the verb is one its holder held before, not the current one: "A, who served as
    President from 2016 to 2021", "B had served as Minister of Health", "C previously served as Ambassador"
    (not "D, who serves as Chair", "E has served as Director since 2019")."""
    earlier = EARLIER_WORDS | {"recently"} if ctx.lemmas[verb.i] == "be" else EARLIER_WORDS
    if any(ctx.lowers[child.i] in earlier for child in verb.children if child.dep_ == "advmod"):
        return True  # "previously served as", "was most recently Assistant Deputy Minister" (not "was recently appointed")
    if ctx.lemmas[verb.i] != "serve" or verb.tag_ not in {"VBD", "VBN"}:
        return False
    helpers = [ctx.lowers[child.i] for child in verb.children if child.dep_ == "aux"]
    if verb.tag_ == "VBN" and helpers != ["had"]:
        return False  # "has served as Director since 2019": the post goes on
    return not (title_end < sentence_end and ctx.lowers[title_end] == "since")


def _copula_of(ctx: ItemContext, person: Mention, limit: int) -> Token | None:
    """ "A is the new Ambassador of Y to Z", "A, who was previously Deputy Director General of X": the copula
    whose subject is the person (or "who" after the name) and whose complement is a title; in the past only
    with an adverb of an earlier time (the post is then a former one, `_held_before`)."""
    name = ctx.tokens[person.end - 1]
    for index in range(person.end, limit):
        if ctx.lemmas[index] != "be":
            continue  # (the lower-cased lemma: the cheap test before the token's own)
        token = ctx.tokens[index]
        if token.lemma_ != "be" or token.pos_ != "AUX" or not any(c.dep_ == "attr" for c in token.children):
            continue
        if not any(c.dep_ == "nsubj" and (c.i == name.i or ctx.lowers[c.i] == "who" and token.head.i == name.i)
                   for c in token.children):
            return None
        earlier = any(c.dep_ == "advmod" and ctx.lowers[c.i] in EARLIER_WORDS | {"recently"} for c in token.children)
        return token if token.tag_ in {"VBZ", "VBP"} or earlier else None
    return None


def _verb_of_as(as_token: Token, words: frozenset[str]) -> Token:
    """The word an "as" tells the office of: its head ("appointed as", "the appointment of A as"), or the verb
    whose object its head is ("took up her duties as", "assumed office as")."""
    head = as_token.head
    if head.pos_ == "NOUN" and head.lemma_.lower() not in words and head.dep_ == "dobj" \
            and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return head


def _named_role_at(ctx: ItemContext, index: int, end: int) -> bool:
    """ "appointed UNICEF Representative in Mali", "as the new WFP Country Director": an organization's or a
    state's name, then a role."""
    owner = ctx.mention_at(index)
    return owner is not None and owner.start == index and owner.kind in AGENTS and owner.end < end \
        and bool(role_pattern(ctx).match(ctx.text_of(owner.end, end)))


SUCCEEDING_VERBS = frozenset({"succeed", "replace"})


def _predecessor(ctx: ItemContext, person: Mention) -> bool:
    """The person is the one someone succeeds: the object of "succeed" or "replace", or after the "from" of
    "take over from"."""
    name = ctx.tokens[person.end - 1]
    if name.dep_ == "dobj":
        return ctx.lemmas[name.head.i] in SUCCEEDING_VERBS
    if name.dep_ != "pobj" or ctx.lowers[name.head.i] != "from":
        return False
    verb = name.head.head
    return any(child.dep_ == "prt" and ctx.lowers[child.i] == "over" for child in verb.children)


def _appoints_another(ctx: ItemContext, person: Mention, verb: Token) -> bool:
    """ "President A appointed B as Minister of X", "... appointed the diplomat as", "nominated her as":
    the person is the subject of an active verb of appointment whose object is another person, so
    the title is the object's, not the appointer's ("took office as", "assumed his duties as" keep it:
    their object names an office)."""
    if verb.pos_ not in {"VERB", "AUX"} or not any(
            t.dep_ == "nsubj" and t.head.i == verb.i for t in ctx.doc[person.start:person.end]):
        return False
    return any(child.dep_ == "dobj" and (
        child.pos_ in {"PROPN", "PRON"} or any(c.dep_ == "det" for c in child.children)
        and ctx.lemmas[child.i] not in ctx.lexicon.words_for("office")) for child in verb.children)


def _complement_at(token: Token) -> bool:
    """The token is, or opens ("Vice" of "Vice-Chair"), the verb's complement: "was elected Vice-Chair"."""
    while token.dep_ in {"compound", "amod"} and token.head.i > token.i:
        token = token.head
    return token.dep_ in {"oprd", "attr"}


def _governing_verb(token) -> str:
    """The lemma of the verb a noun depends on, over a preposition ("appointed to the post")."""
    head = token.head
    while head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() if head.pos_ in {"VERB", "AUX"} else ""


def _role_ends_at(ctx: ItemContext, end: int) -> bool:
    """A whole role term ends right before token `end` ("President" in "President and Group Chairman")."""
    for size in range(1, 4):
        if end - size < 0:
            break
        text = ctx.text_of(end - size, end)
        if text[:1].isupper() and ctx.gazetteer.is_role(text):
            return True
    return False


def _undetermined_role_ends_at(ctx: ItemContext, end: int) -> bool:
    """A whole role term ends right before token `end` and no article opens it ("Prime Minister and",
    not "the Prime Minister and")."""
    for size in range(3, 0, -1):
        start = end - size
        if start < 0:
            continue
        text = ctx.text_of(start, end)
        term = ctx.gazetteer.role(text) if text[:1].isupper() else None
        if term is not None and normalize_name(term.text) == normalize_name(text):
            while start > 0 and ctx.texts[start - 1][:1].isupper() \
                    and ctx.lowers[start - 1] in ctx.lexicon.words_for("modifier"):
                start -= 1  # "Deputy Prime Minister and ..."
            return start == 0 or ctx.lowers[start - 1] not in {"the", "a", "an"}
    return False


def _possessed_role_at(ctx: ItemContext, index: int, end: int) -> bool:
    """ "appointed Ghana's ambassador to Japan": a state's or organization's possessive, then a role."""
    owner = ctx.mention_at(index)
    if owner is None or owner.start != index or owner.kind not in AGENTS or owner.end + 1 >= end \
            or ctx.doc[owner.end].tag_ != "POS":
        return False
    return bool(role_pattern(ctx).match(ctx.text_of(owner.end + 1, end)))


def _next_person_at(ctx: ItemContext, index: int) -> bool:
    """A person's name, maybe after honorifics, starts at `index`."""
    while index < len(ctx.doc) and not _person_start(ctx, index) and _is_honorific(ctx, index):
        index += 1
    return index < len(ctx.doc) and _person_start(ctx, index)


def _premodifier(ctx: ItemContext, person: Mention, consumed: set[int]) -> Title | None:
    texts = ctx.texts
    sent = ctx.sentence_at(person.start)
    j = person.start
    while j > sent.start and _is_honorific(ctx, j - 1) and not (j - 2 >= 0 and texts[j - 2] == "-") \
            and not _is_title(ctx, j - 1):
        j -= 1
    k = j
    while k > sent.start and (_is_honorific(ctx, k - 1) or ctx.lowers[k - 1] == "the" and k < person.start
                              and _is_honorific(ctx, k)):
        k -= 1  # "the Speaker, the Hon. A", "the President of the Senate, Senator the Hon. B"
    if k < j and k > sent.start and texts[k - 1] == ",":
        # "the Minister of Culture, Prince X": a royal or honorific title starts the name; unless no
        # title stands before the comma ("On 14 May, Minister X met ..."): then the title is its own
        title = _title_before(ctx, person, sent, k, consumed)
        if title is not None:
            return title
    if _rank_after_title(ctx, j - 1, sent.start):
        # "State Minister of Foreign Affairs Ambassador A": the rank addresses A, the title before it is the post
        title = _title_before(ctx, person, sent, j - 1, consumed)
        if title is not None:
            return title
    return _title_before(ctx, person, sent, j, consumed)


def _rank_after_title(ctx: ItemContext, index: int, floor: int) -> bool:
    """The word at `index` is a rank that is also a form of address (data/titles.tsv: "Ambassador",
    "Senator") right after a capitalised word that is no modifier or qualifier of it: a title may end there
    ("State Minister of Foreign Affairs Ambassador A", "Special Envoy Ambassador B"; not "Deputy Ambassador
    C", "Former Ambassador D", "Director General F"; "Goodwill Ambassador E" ends no title)."""
    if index - 1 <= floor or ctx.gazetteer.honorific(ctx.texts[index]) is None or not _is_title(ctx, index):
        return False
    if any(ctx.gazetteer.is_role(ctx.text_of(start, index + 1)) for start in range(max(floor, index - 2), index)):
        return False  # "Director General A", "Attorney General B": the rank ends a longer title
    before = ctx.lowers[index - 1]
    return ctx.texts[index - 1][:1].isupper() \
        and not any(before in ctx.lexicon.words_for(use) for use in ("modifier", "qualifier", "tenure")) \
        and not _is_honorific(ctx, index - 1)


def _title_before(ctx: ItemContext, person: Mention, sent: Span, j: int, consumed: set[int]) -> Title | None:
    """The title that ends right before token `j` (the name, or its honorifics), or before a comma there."""
    doc, texts, lowers = ctx.doc, ctx.texts, ctx.lowers
    end = j
    comma_form = j > sent.start and (texts[j - 1] == "," or texts[j - 1] == "(" and person.end < sent.end
                                     and texts[person.end] == ")")  # "The Minister of Health of Y (Dr. A)"
    if comma_form:
        end = j - 1
    i = end
    while i > sent.start:
        token, text = ctx.tokens[i - 1], texts[i - 1]
        lower = "and" if text == "&" else lowers[i - 1]  # "Minister of Industry & Trade"
        if (i - 1) in consumed:
            break
        mention = ctx.mention_at(i - 1)
        if mention is not None:
            if mention.kind == EntityKind.PERSON:
                if mention.end < end and doc[mention.end].tag_ == "POS" and mention.end + 1 < end:
                    i = mention.start  # "Volkov's deputy, Pavel Orlov": the possessor's, read by `_possessor_titles`
                break
            i = mention.start
            continue
        if text == ")" and i - 3 >= sent.start and texts[i - 3] == "(" and ctx.mention_at(i - 2):
            i -= 3
            continue
        if text == "-" and token.whitespace_ and i - 2 >= sent.start and doc[i - 2].whitespace_:
            break  # "WASHINGTON (Reuters) - State Department spokesperson A": a dateline's dash ends the title
        if text == "-" and i - 2 >= sent.start and lowers[i - 2] in ctx.lexicon.words_for("qualifier") \
                and not doc[i - 2].whitespace_:
            break  # "Ex-President A": the title starts after the qualifier, which the role keeps (`qualifiers`)
        if token.tag_ == "POS" or text == "-":
            i -= 1
            continue
        if (text == "," or lower == "and") and _inside_name_list(ctx, i - 1):
            i -= 1  # "Minister of Education, Science and Sport"
            continue
        if lower == "and" and (comma_form or _undetermined_role_ends_at(ctx, i - 1)) \
                and _role_ends_at(ctx, i - 1) and role_pattern(ctx).match(ctx.text_of(i, end)):
            # "IsDB President and Group Chairman, A", "Prime Minister and Minister of Foreign Affairs A":
            # two roles of one title (not "the Prime Minister and Foreign Minister A", two people)
            i -= 1
            continue
        if lower == "and" and _second_place_of_post(ctx, i - 1, sent):
            i -= 1  # "accredited to Ethiopia and to the African Union": the post's second place
            continue
        if _post_participle(ctx, i - 1, end) or text == "," and _post_participle(ctx, i, end):
            i -= 1  # "The Ambassador of Chile(,) accredited to Peru, A": where the post is held
            continue
        if comma_form and text == "," and _role_ends_at(ctx, i - 1) and _agent_starts_at(ctx, i):
            i -= 1  # "the Permanent Secretary, Ministry of Trade, A": the title's institution between commas
            continue
        if comma_form and text == "," and _agent_starts_at(ctx, i) and _titled_unit_before(ctx, i - 1):
            i -= 1  # "the First Secretary, Political Section, Embassy of Japan, A": a unit, then its institution
            continue
        if token.pos_ == "VERB" and i == end and not comma_form and ctx.gazetteer.is_role(text):
            i -= 1  # "WHO chief A": a role word right before the name, which the tagger took for a verb
            continue
        if token.is_punct or token.pos_ in {"VERB", "AUX"} or lower in {"and", "with", "by", "from", "between"}:
            break
        if token.pos_ == "ADP" and _after_a_phrase(ctx, i - 1, end):
            break  # "bade farewell to the outgoing Ambassador of X, A": the title starts after "to"
        if token.pos_ == "ADP" and lower not in {"of", "for", "to", "in", "at", "on"} \
                and not (text[:1].isupper() and role_pattern(ctx).match(ctx.text_of(i - 1, end))):
            break  # "under the high patronage of King X": the title starts after the preposition (not "Under Secretary")
        i -= 1
    if i < end and ctx.tokens[i].pos_ == "ADP" and (ands := [k for k in range(i, end) if lowers[k] == "and"]):
        i = ands[-1] + 1  # "Director A of X and Director B": the walk passed A's own "of" phrase; B's title follows "and"
    if i >= end or not _role_terms_in(ctx.gazetteer, ctx.lexicon.words_for("suffix"), ctx.text_of(i, end)):
        return None  # (the title's role terms, which `_roles` reads again)
    if comma_form and not (i == sent.start or doc[i - 1].is_punct or doc[i - 1].pos_ in {"VERB", "AUX", "ADP", "CCONJ"}):
        return None
    if comma_form and "behalf" in lowers[max(sent.start, i - 2):end]:
        return None  # "On behalf of the Director-General of X, A, Assistant Director-General, ...": not A's title
    return Title(person, i, end, before=True)


def _after_a_phrase(ctx: ItemContext, index: int, end: int) -> bool:
    """The preposition at `index` follows a lower-case word that is no role nor a preposition's object
    ("farewell to", not "Ambassador to" nor "Adviser on gender to"), and a role follows it: the phrase
    before it is no part of the title."""
    doc = ctx.doc
    if index < 2 or ctx.lowers[index] not in {"to", "in", "at", "on"}:
        return False
    word = doc[index - 1]
    if not (word.is_alpha and word.text.islower()) or ctx.gazetteer.is_role(word.text) or doc[index - 2].pos_ == "ADP":
        return False
    return role_pattern(ctx).search(ctx.text_of(index + 1, end)) is not None


def _titled_unit_before(ctx: ItemContext, comma: int) -> bool:
    """An organization ends right before the comma at `comma`, and a role term and a comma stand right
    before it ("First Secretary, Political Section,")."""
    unit = ctx.mention_at(comma - 1) if comma > 0 else None
    return unit is not None and unit.kind == EntityKind.ORGANIZATION and unit.end == comma and unit.start >= 2 \
        and ctx.texts[unit.start - 1] == "," and _role_ends_at(ctx, unit.start - 1)


def _agent_starts_at(ctx: ItemContext, index: int) -> bool:
    """A state or an organization is named from token `index`."""
    mention = ctx.mention_at(index)
    return mention is not None and mention.kind in AGENTS and mention.start == index


def _second_place_of_post(ctx: ItemContext, index: int, sent: Span) -> bool:
    """The "and" at `index` joins a second place to a participle that places a post ("accredited to Y and
    to Z"): "to" or "in" again after it, and that participle a few words before."""
    doc, lowers = ctx.doc, ctx.lowers
    if index + 1 >= sent.end or lowers[index + 1] not in {"to", "in"}:
        return False
    return any(doc[k].tag_ in {"VBN", "VBD"} and lowers[k + 1] == lowers[index + 1]
               for k in range(max(sent.start, index - 8), index - 1))


def _post_participle(ctx: ItemContext, index: int, end: int) -> bool:
    """A participle that places a post ("accredited to Y", "based in Z") right after an institution or a
    title word, maybe after a comma (the tagger often reads it as a past tense)."""
    doc = ctx.doc
    token = doc[index]
    if token.tag_ not in {"VBN", "VBD"} or index + 1 >= end or ctx.lowers[index + 1] not in {"to", "in"} or index == 0:
        return False
    last = index - 2 if ctx.texts[index - 1] == "," and index >= 2 else index - 1  # "the Ambassador of X, accredited to Y"
    before = ctx.mention_at(last)
    return before is not None and before.kind in AGENTS or bool(role_pattern(ctx).fullmatch(ctx.texts[last]))


# ---------------------------------------------------------------------------------------------
# roles and organizations inside a title

def _roles(ctx: ItemContext, title: Title, fallback_country: str | None, publisher: str | None = None):
    doc = ctx.tokens
    text = ctx.text_of(title.start, title.end)
    matches = _role_terms_in(ctx.gazetteer, ctx.lexicon.words_for("suffix"), text)
    if not matches:
        return []
    base = doc[title.start].idx
    # segments: cut before a later role when " and " / ", " separates it from the previous one
    cuts = [0]
    for prev, cur in zip(matches, matches[1:]):
        between = text[prev.end():cur.start()]
        k = max(between.rfind(" and "), between.rfind(", "))
        if k >= 0:
            cuts.append(prev.end() + k)
    cuts.append(len(text))
    segments = []
    for a, b in zip(cuts, cuts[1:]):
        seg_matches = [m for m in matches if a <= m.start() < b]
        if seg_matches:
            segments.append((a, b, seg_matches[0]))
    results = []
    pending_roles: list[str] = []
    for a, b, match in segments:
        seg_start_char, seg_end_char = base + a, base + b
        # "At the invitation of the Government of Ghana, Deputy Minister A": the other side's, not A's
        agents = [m for m in ctx.mentions_in(title.start, title.end, AGENTS)
                  if doc[m.start].idx >= seg_start_char and doc[m.end - 1].idx < seg_end_char
                  and not _portfolio_subject(ctx, m) and not _mandate_state(ctx, m)
                  and not ctx.other_side.holds(doc[m.start].idx)
                  and not _inside_institution_term(ctx, match, base, doc[m.start].idx)]
        role_start = _modified_start(ctx, ctx.item.text, seg_start_char, base + match.start())
        if title.before:
            role_start = _portfolio_start(ctx, title, agents, seg_start_char, role_start)
        elif CAPITALISED_WORDS.fullmatch(ctx.item.text[seg_start_char:role_start]) and \
                not any(doc[m.start].idx < role_start for m in agents):
            role_start = seg_start_char + len(ctx.item.text[seg_start_char:role_start]) - \
                len(ctx.item.text[seg_start_char:role_start].lstrip())  # "A, Communications Officer, UNICEF"
        # the qualifier may stand just before the title's first word ("Kenya's acting Foreign Minister A")
        floor = seg_start_char if a > 0 else max(0, seg_start_char - qualifiers(ctx).reach)
        qualifier = qualifiers(ctx).right_before.search(ctx.item.text, floor, role_start)
        if qualifier:
            role_start = qualifier.start(1)  # "Former Prime Minister", "acting Foreign Minister"
        if _outside_state(ctx, ctx.item.text[role_start:base + match.start()]):
            continue  # "Kenyan opposition leader A": not a post of Kenya
        org, role_text = _choose(ctx, agents, role_start, seg_end_char, match.group(0))
        role_text = _qualified(ctx, ctx.item.text[seg_start_char:role_start], _before_unit(ctx, role_text or match.group(0)))
        if title.former and not qualifiers(ctx).right_before.search(role_text.split()[0] + " "):
            role_text = f"Former {role_text}"  # "who served as President from 2016 to 2021": "Former President"
        if org is not None:
            # "Apostolic Nuncio to Kenya": the Holy See's; an organization the title names stays its
            # own ("Special Envoy of the Secretary-General of the OIC")
            if ctx.entity(org).kind == EntityKind.COUNTRY:
                org = _named_institution(ctx, role_text) or org
        elif _governmental(ctx, role_text):
            after = next((t.i for t in doc[title.start:title.end] if t.idx >= base + match.end()), title.end)
            org = _city_state(ctx, after, title.end)  # "the Mayor of Rotterdam, A"
        if org is None:
            pending_roles.append(role_text)
            continue
        for role in pending_roles:
            # "Minister of X and Chairman of the Egyptian Commission": a government role goes to
            # the country, other roles share the organization that follows them
            if _governmental(ctx, role) and not (_bare_role(ctx, role) and not _governmental(ctx, role_text)
                                                 and ctx.entity(org).kind == EntityKind.ORGANIZATION
                                                 and ctx.entity(org).org_type != OrgType.GOVERNMENT
                                                 and not _described(ctx, org)):
                # ("President and CEO of the Export-Import Bank of X": both the bank's)
                country = ctx.entity(org).country if ctx.entity(org).kind == EntityKind.ORGANIZATION else org
                country = country or fallback_country
                if country:
                    results.append((_tidy(ctx, role), country, 0.6))
            else:
                results.append((_tidy(ctx, role), org, 0.7))
        results.append((_tidy(ctx, role_text), org, 0.8))
        pending_roles = []
    for role in pending_roles:
        stated = _named_institution(ctx, role) or _stated_after_name(ctx, title) or _listed_under_state(ctx, title) or \
            (_city_state(ctx, title.person.end, len(doc)) if title.before and _governmental(ctx, role) else None) or \
            _group_owner(ctx, title) or _visiting_group_owner(ctx, title) or _party_line_owner(ctx, title) or \
            _its_organization(ctx, title) or \
            _the_head_named(ctx, role, publisher) or _the_heads_title(ctx, title, role, publisher) or \
            (_visited_scene_state(ctx, title) or _country_stated_elsewhere(ctx, role, title.person)
             or _state_of_portfolio(ctx, role)
             if _governmental(ctx, role)
             else _organization_described(ctx, role) if title.before else None)
        # the publishing ministry's minister abroad: before the dateline's state a scene or a title's words gave
        own = _publishing_ministers_state(ctx, title, role) if not results and _governmental(ctx, role) and (
            stated is None or ctx.entity(stated).kind == EntityKind.COUNTRY and _dateline_country(ctx) == stated) else None
        if own:
            results.append((_tidy(ctx, role), own, 0.5))  # inferred from the publisher, as a bare title's state
        elif results:
            # "Ambassador of Niger to Ethiopia and Permanent Representative to the AU": same sending state
            results.append((_tidy(ctx, role), results[0][1], 0.6))
        elif stated:
            # "... the Foreign Minister of Peru said"
            role = _portfolio_title_stated(ctx, role, stated) or role
            results.append((_tidy(ctx, role), _state_of_government(ctx, stated, role), 0.6))
        elif publisher and _publishers_title(ctx, title, role, publisher):
            # "Director-General A" in the WHO's own release, "Minister A" in the ministry's: a bare
            # title that names no organization is the publisher's
            results.append((_tidy(ctx, role), publisher, 0.5))
        elif publisher and not _governmental(ctx, role) and _organization_just_before(ctx, title) == publisher:
            # "The UNICEF team in Yemen, led by Representative A, ...": in the publisher's release, a title
            # that names no organization, right after the publisher in its sentence, is the publisher's
            results.append((_tidy(ctx, role), publisher, 0.5))
        elif fallback_country and _governmental(ctx, role) and not _owned_by_the_unnamed(ctx, title):
            # a bare "King" or "President" before a name is a form of address, not a stated post;
            # after it ("Mr. A, President") it states one
            results.append((_tidy(ctx, role), fallback_country, 0.5))
        elif _bare_role(ctx, role) and not _governmental(ctx, role) and not _form_of_address(ctx, title, role) \
                and not _diplomatic(ctx, role) and _government_publisher(ctx):
            # "Joining the Minister were A, Chief Director, and ...", "Chief of Protocol B welcomed the
            # guests" in a ministry's release: its staff
            results.append((_tidy(ctx, role), _publisher_country(ctx), 0.4))
    return results


def _inside_institution_term(ctx: ItemContext, match: re.Match, base: int, char: int) -> bool:
    """A name inside a role term that names its institution (data/roles.tsv: "High Representative of the Union
    for Foreign Affairs and Security Policy" is the EU's): a word of the term, not the employer."""
    term = ctx.gazetteer.role(match.group(0))
    return term is not None and bool(term.institution) and base + match.start() <= char < base + match.end()


def _portfolio_subject(ctx: ItemContext, mention: Mention) -> bool:
    """An organization or state named before a word such as "Affairs" (data/extraction/post_words.tsv,
    `subject`) is what a portfolio or unit is about, not an employer: "Department of ASEAN Affairs",
    "Director General for American and European Affairs" (other capitalised words of the same list may
    stand between); so is a state after "of" or "in" before a field of study or of a collection (`field`:
    "Professor of Chinese History")."""
    if mention.kind not in {EntityKind.ORGANIZATION, EntityKind.COUNTRY}:
        return False
    if mention.start > 0 and ctx.lowers[mention.start - 1] in {"of", "in"}:
        fields = ctx.lexicon.words_for("field")
        for i in range(mention.end, min(mention.end + 3, len(ctx.lowers))):
            if ctx.lowers[i] in fields:
                return True  # "Curator of Egyptian Written Culture", "Lecturer in Korean Studies": a field of study
            if not ctx.texts[i][:1].isupper():
                break
    subjects = ctx.lexicon.words_for("subject")
    if _listed_in_portfolio(ctx, mention, subjects):
        return True
    for i in range(mention.end, min(mention.end + 4, len(ctx.lowers))):
        if ctx.lowers[i] in subjects:
            return True
        if ctx.lowers[i] not in {"and", ","} and not ctx.texts[i][:1].isupper():
            return False
    return False


def _listed_in_portfolio(ctx: ItemContext, mention: Mention, subjects: frozenset[str]) -> bool:
    """ "Minister of Foreign Affairs, European Union and Cooperation, A": an organization or state listed
    after a portfolio's subject word ("Affairs") and a comma, the list going on with "and" and a capitalised
    word, is one more field of the portfolio, not the minister's employer."""
    before, after = mention.start - 1, mention.end
    return before >= 1 and ctx.texts[before] == "," and ctx.lowers[before - 1] in subjects \
        and after + 1 < len(ctx.texts) and ctx.lowers[after] == "and" and ctx.texts[after + 1][:1].isupper()


def _mandate_state(ctx: ItemContext, mention: Mention) -> bool:
    """A state after "for" that follows an office holder's "of" ("Special Envoy of the Secretary-General
    for Yemen", "of the Chairperson of the Commission for Somalia"): where the mandate lies; the envoy
    serves the office holder's organization."""
    before = mention.start - 1
    if mention.kind != EntityKind.COUNTRY or before < 1 or ctx.lowers[before] != "for":
        return False
    if _mandate_role_ends_at(ctx, before):
        return True  # "the rapporteur for Ukraine, A": the mandate's state, not the post's
    j = before
    while j > max(0, before - 10):
        if ctx.lowers[j - 1] in {"of", "the"}:
            j -= 1
            continue
        if _office_of_ends_at(ctx, j):
            return True
        held = ctx.mention_at(j - 1)
        if held is not None and held.kind == EntityKind.ORGANIZATION:
            j = held.start
        elif ctx.texts[j - 1][:1].isupper():
            j -= 1  # "of the Commission"
        else:
            return False
    return False


def _mandate_role_ends_at(ctx: ItemContext, end: int) -> bool:
    """A role term whose holder serves a mandate about a state (data/extraction/post_words.tsv, `mandate`:
    "Special Envoy", "rapporteur") ends right before token `end`."""
    mandates = ctx.lexicon.words_for("mandate")
    for size in range(1, 4):
        if end - size < 0:
            break
        term = ctx.gazetteer.role(ctx.text_of(end - size, end))
        if term is not None and normalize_name(term.text) == normalize_name(ctx.text_of(end - size, end)):
            return term.role_id in mandates
    return False


def _office_of_ends_at(ctx: ItemContext, end: int) -> bool:
    """A role term ends right before token `end`, after "of" ("of the Secretary-General", "of the UN
    Secretary-General"): an office holder the title is of."""
    for size in range(3, 0, -1):
        start = end - size
        if start < 1 or not ctx.texts[start][:1].isupper() or not ctx.gazetteer.is_role(ctx.text_of(start, end)):
            continue
        k = start - 1
        while k > 0 and (ctx.lowers[k] == "the" or ctx.mention_at(k) is not None):
            k = k - 1 if ctx.lowers[k] == "the" else ctx.mention_at(k).start - 1  # "of the UN Secretary-General"
        return k >= 0 and ctx.lowers[k] == "of"
    return False


def _named_institution(ctx: ItemContext, role: str) -> str | None:
    """The institution a title names by itself ("the European Commissioner for Energy", "Apostolic
    Nuncio"; data/roles.tsv, `institution`)."""
    term = ctx.gazetteer.role(role)
    if term is None or not term.institution:
        return None
    organization = ctx.gazetteer.organization_by_id(term.institution)
    if organization is not None:
        return add_known_organization(ctx, organization, organization.name)
    country = ctx.gazetteer.country_by_code(term.institution)
    return _country_key(ctx, country.iso3) or add_country(ctx, country, country.name)


def _outside_state(ctx: ItemContext, words_before_term: str) -> bool:
    """A lower-case word before the role term names a group outside the state's institutions
    ("opposition leader", "rebel commander"; data/extraction/post_words.tsv)."""
    outside = ctx.lexicon.words_for("outside")
    return any(word in outside for word in words_before_term.split())


def _possessor_titles(ctx: ItemContext, titles: list[Title], posts: list[Post]) -> list[tuple[Title, str, str]]:
    """ "Volkov's deputy, Pavel Orlov," / "A, the minister's adviser,": a bare title of someone's that
    names no organization serves the organization of that someone's post."""
    found = []
    held = {p.person: p for p in posts if p.organization}
    for title in titles:
        if title.person.key in held:
            continue
        doc = ctx.doc
        i = title.start + (ctx.lowers[title.start] == "the")
        if ctx.lowers[i] in {"his", "her"} and i + 1 < title.end:
            owner = _pronoun_owner(ctx, i, held, title.person.key)
            role = _trim_role(ctx.text_of(i + 1, title.end))
            if owner is not None and owner.key != title.person.key and _bare_role(ctx, role):
                found.append((title, role, held[owner.key].organization))
            continue
        owner = ctx.mention_at(i)
        if owner is None or owner.kind != EntityKind.PERSON or owner.start != i or owner.end >= title.end \
                or doc[owner.end].tag_ != "POS" or owner.key not in held:
            continue
        role = _trim_role(ctx.text_of(owner.end + 1, title.end))
        if _bare_role(ctx, role):
            found.append((title, role, held[owner.key].organization))
    return found


def _pronoun_owner(ctx: ItemContext, index: int, held: dict[str, Post], holder: str) -> Mention | None:
    """The one whom "his"/"her" at `index` refers to: the last person before it in its sentence but the title's
    holder, when that person holds a post the item states ("the Secretary General of X, A, accompanied by his
    Chief of Staff", "A appointed B as his Chief of Staff")."""
    sent = ctx.sentence_at(index)
    people = [m for m in ctx.mentions_in(sent.start, index, frozenset({EntityKind.PERSON})) if m.key != holder]
    return people[-1] if people and people[-1].key in held else None


def _sent_to(ctx: ItemContext, sentence: Span, country: str) -> bool:
    """ "A, who was appointed ambassador to Ghana": the sentence names the country as where someone is sent."""
    return any(m.key == country and m.start > 0 and ctx.doc[m.start - 1 - (ctx.lowers[m.start - 1] == "the")].lower_ == "to"
               for m in ctx.mentions_in(sentence.start, sentence.end, frozenset({EntityKind.COUNTRY})))


def _owned_by_the_unnamed(ctx: ItemContext, title: Title) -> bool:
    """ "The Festival's President, A", "the orchestra's President A": a title owned by an event or an
    institution that is no government body and that the item does not name is that one's, not the item's
    state's ("the country's finance minister" is)."""
    doc = ctx.doc
    owned = next((t for t in doc[title.start + 1:title.end] if t.tag_ == "POS"), None)
    if owned is None or ctx.mention_at(owned.i - 1) is not None:
        return False
    owner = singular(ctx.texts[owned.i - 1])
    return owner in ctx.lexicon.event_nouns or owner in ctx.lexicon.org_heads and owner not in GOVERNMENT_HEADS


def _sibling_titles(ctx: ItemContext, titles: list[Title], posts: list[Post]) -> list[tuple[Title, str, str]]:
    """ "A, Director-General of the X Bureau, and B, Deputy Director-General": a bare title after a name,
    next in a list to someone whose title of the same term names the organization, is of that organization."""
    found = []
    held = {p.person: p for p in posts if p.organization}
    ordered = sorted((t for t in titles if not t.before), key=lambda t: t.start)
    for previous, title in zip(ordered, ordered[1:]):
        post = held.get(previous.person.key)
        role = _trim_role(ctx.text_of(title.start, title.end))
        if post is None or title.person.key in held or not _bare_role(ctx, role) \
                or any(ctx.lowers[k] not in {",", "and"} and not _is_honorific(ctx, k)
                       for k in range(previous.end, title.person.start)):
            continue
        words = role.split()
        while len(words) > 1 and words[0].lower() in ctx.lexicon.words_for("modifier"):
            words = words[1:]  # "Deputy Director-General" beside a "Director-General of X"
        if re.search(r"(?<![\w-])" + re.escape(" ".join(words)) + r"(?![\w-])", post.role, re.I):
            found.append((title, role, post.organization))
    return found


def _government_publisher(ctx: ItemContext) -> bool:
    """The item is a ministry's or a government's own release of one state ("Ministry of Foreign Affairs of
    Ghana", "Government of X press release"), whose staff a title that names nothing refers to."""
    words = {singular(w) for w in normalize_name(ctx.item.publisher or "").split()}
    return bool(words & (ctx.lexicon.words_for("ministry") | ctx.lexicon.words_for("government"))) \
        and not words & ctx.lexicon.words_for("media") and _publisher_country(ctx) is not None


def _whole_government_publisher(ctx: ItemContext) -> bool:
    """The item is the release of one state's whole government ("New Zealand Government", "Government of
    Ireland"), not of one of its ministries (whose minister abroad the representation reads as the ministry's)."""
    words = {singular(w) for w in normalize_name(ctx.item.publisher or "").split()}
    return bool(words & ctx.lexicon.words_for("government")) and not words & ctx.lexicon.words_for("ministry") \
        and _government_publisher(ctx)


def _publishers_title(ctx: ItemContext, title: Title, role: str, publisher: str) -> bool:
    """A bare title ("Director-General", "Executive Director"; no portfolio or unit) that names no
    organization, of a person who is not someone's staff ("his Director of Cabinet A") nor the one
    a visit is led by ("a delegation from X, led by Chairman A"; data/extraction/post_words.tsv, `leading`;
    "accompanied by" or "received by" a title names the publisher's own), in the publisher's own release:
    not a government's title (a state's), unless the publisher is a ministry and the title is its
    minister's ("Minister A", "Deputy Minister B"). An office of an intergovernmental organization's
    secretariat may name its portfolio ("the Assistant Secretary General for Political Affairs, A")."""
    secretariat = _secretariat_role(ctx, role, publisher)
    if not (_bare_role(ctx, role) or secretariat) or _diplomatic(ctx, role) and not secretariat:
        return False
    before = ctx.doc[title.start - 1] if title.start > 0 else None
    if before is not None and (before.tag_ == "PRP$" or before.lower_ == "by" and title.start > 1
                               and ctx.lemmas[title.start - 2] in ctx.lexicon.words_for("leading")):
        return False
    if not _governmental(ctx, role) or not _bare_role(ctx, role):
        return True  # a secretariat office with its portfolio: "Vice-President for Agriculture A" of a bank
    ministry = ctx.entity(publisher)
    term = role_pattern(ctx).search(role)
    return term is not None and normalize_name(term.group(0)) == "minister" and ministry.org_type == OrgType.GOVERNMENT \
        and normalize_name(ministry.name).split()[0] in ctx.lexicon.words_for("ministry")


def _organization_just_before(ctx: ItemContext, title: Title) -> str | None:
    """The organization named last before a title in its sentence, with no person named between."""
    sentence = ctx.doc[title.start].sent
    named = ctx.mentions_in(sentence.start, title.start, frozenset({EntityKind.ORGANIZATION, EntityKind.PERSON}))
    if not named or named[-1].kind != EntityKind.ORGANIZATION:
        return None
    return ctx.top_organization(named[-1].key)


def _secretariat_role(ctx: ItemContext, role: str, publisher: str) -> bool:
    """An office of an intergovernmental organization's secretariat with its portfolio ("Assistant Secretary
    General for Political Affairs", "Assistant Director-General for Culture"; data/extraction/post_words.tsv)
    in an intergovernmental organization's release."""
    term = ctx.gazetteer.role(role)
    return term is not None and term.role_id in ctx.lexicon.words_for("secretariat") \
        and ctx.entity(publisher).org_type == OrgType.INTERGOVERNMENTAL \
        and not re.search(r"(?<![\w-])to(?![\w-])", role)  # "representative to SICA": a state's envoy


def _form_of_address(ctx: ItemContext, title: Title, role: str) -> bool:
    """ "Professor A", "Engineer B": before the name, a rank that data/titles.tsv lists as an honorific
    implying no post addresses the person; it is no post in the publisher's service."""
    honorific = ctx.gazetteer.honorific(role.strip())
    return title.before and honorific is not None and not honorific.role


def _bare_role(ctx: ItemContext, role: str) -> bool:
    """The role's words are a role term and its modifiers only ("Regional Director"), no portfolio
    or unit ("Director of the Arabization Bureau", "Co-ordinator for the Lisbon Strategy")."""
    return _is_bare_role(ctx.gazetteer, ctx.lexicon.words_for("suffix"), ctx.lexicon.words_for("modifier"), role)


@lru_cache(maxsize=4096)
def _is_bare_role(gazetteer: Gazetteer, suffixes: frozenset[str], modifiers: frozenset[str], role: str) -> bool:
    """`_bare_role` by the role terms and modifier words it reads, remembered per role: the rules ask it of
    the same roles again and again."""
    return any(match.end() == len(role.rstrip()) and  # "Chief Director": "Chief" is a role term too
               _start_of_modifiers(modifiers, role, 0, match.start()) == len(role) - len(role.lstrip())
               for match in _role_pattern(gazetteer, suffixes).finditer(role))


def _publisher_organization(ctx: ItemContext) -> str | None:
    """The organization that publishes the item, when its publisher names one: an organization the
    item names (not a company nor a news medium), else an intergovernmental one the gazetteer knows."""
    publisher = ctx.item.publisher or ""
    if not publisher:
        return None
    media = ctx.lexicon.words_for("media")
    wanted = f" {normalize_name(publisher)} "
    for key, entity in ctx.table.entities.items():
        if entity.kind == EntityKind.ORGANIZATION and entity.org_type not in {OrgType.COMPANY, OrgType.UNIT} \
                and any(f" {normalize_name(n)} " in wanted for n in (entity.name, *entity.aliases) if n) \
                and not any(w in media for w in normalize_name(entity.name).split()):
            return ctx.top_organization(key)
    for match in ctx.gazetteer.find(publisher, [EntityKind.ORGANIZATION]):
        if match.entry.org_type == OrgType.INTERGOVERNMENTAL.value:
            return add_known_organization(ctx, match.entry, match.entry.name)
    return _publishing_institution(ctx, publisher)


def _publishing_institution(ctx: ItemContext, publisher: str) -> str | None:
    """A museum, library, university or academy that publishes its own release, which may never name it
    ("the museum's General Director, A"): the publisher's first part, named by its head word."""
    first = PUBLISHER_PART.match(publisher)
    name = first.group(0).strip() if first else ""
    kind = organization_type(ctx, name) if name[:1].isupper() else None
    if kind not in {OrgType.CULTURAL, OrgType.EDUCATIONAL}:
        return None
    return ctx.table.add(EntityKind.ORGANIZATION, name, org_type=kind)


def _named_by_publisher(ctx: ItemContext, entity: Entity) -> bool:
    """The publisher's name holds the body's ("German Federal Foreign Office (...)" for "the Federal Foreign
    Office"): the institution that publishes, which is no unit of another the item names."""
    publisher = f" {normalize_name(ctx.item.publisher or '')} "
    return len(entity.name.split()) >= 2 and f" {normalize_name(entity.name)} " in publisher


PUBLISHER_PART = re.compile(r"[^(),/;]+")
STATE_DOMAIN = re.compile(r"(?<![\w-])(?:[a-z0-9-]+\.)+(?:gov|go|gob|gouv|govt|gv)\.([a-z]{2})(?![\w.-])")


def _publisher_country(ctx: ItemContext) -> str | None:
    """The one country whose institution publishes the item ("Ministry of Foreign Affairs of Kenya",
    "New Zealand Government"; not "Oman Observer", a paper, nor "Emirates News Agency", a medium),
    added to the item's entities when its text does not name it."""
    heads, media = ctx.lexicon.org_heads, ctx.lexicon.words_for("media")
    found = {}
    for part in PUBLISHER_PART.finditer(ctx.item.publisher or ""):
        words = {f for w in normalize_name(part.group()).split() for f in (w, singular(w))}
        chamber_states = _national_chamber_states(part.group())
        if not (words & heads or chamber_states) or words & media:
            continue
        found |= {m.entry.iso3: m.entry for m in ctx.gazetteer.find(part.group(), [EntityKind.COUNTRY])}
        if not found:
            # "Knesset": a state's legislative chamber named by its own word is that state's institution
            found |= {c.iso3: c for c in map(ctx.gazetteer.country_by_code, chamber_states) if c}
        if not found and words & (ctx.lexicon.words_for("ministry") | ctx.lexicon.words_for("government")):
            # "Ministry of Foreign Affairs (mfa.gov.gh)": a government's publisher names its state by its domain
            found |= {c.iso3: c for c in map(ctx.gazetteer.country_by_code, STATE_DOMAIN.findall(ctx.item.publisher)) if c}
    if not found and _ministry_part(ctx):
        # "Ministry of External Affairs, India": a government's publisher names its state in a part of its own
        parts = [part.group().strip() for part in PUBLISHER_PART.finditer(ctx.item.publisher or "")]
        found = {m.entry.iso3: m.entry for part in parts for m in ctx.gazetteer.find(part, [EntityKind.COUNTRY])
                 if part == part[m.start:m.end]}
    if len(found) != 1:
        return None
    country = next(iter(found.values()))
    return _country_key(ctx, country.iso3) or add_country(ctx, country, country.name)


def _national_chamber_states(text: str) -> set[str]:
    """The ISO3 codes of the states whose legislative chamber, named by a word of its own
    (data/extraction/national_chambers.tsv: "Sejm", "Storting"), the text names."""
    words = f" {normalize_name(text)} "
    return {code for chamber, code in load_national_chambers().items() if f" {normalize_name(chamber)} " in words}


def _ministry_part(ctx: ItemContext) -> bool:
    """A part of the publisher's name is a ministry's or a government's ("Ministry of External Affairs")."""
    wanted = ctx.lexicon.words_for("ministry") | ctx.lexicon.words_for("government")
    return any({singular(w) for w in normalize_name(part.group()).split()} & wanted
               for part in PUBLISHER_PART.finditer(ctx.item.publisher or ""))


CAPITALISED_WORDS = re.compile(r"\s*(?:[A-Z][a-z]+\s+)+")
MODIFIER_WORD = re.compile(r"([A-Z][\w]*)[\s\-]+$")
LOWER_MODIFIER_WORD = re.compile(r"(?<![\w-])([a-z]\w*)[\s\-]+$")


def _modified_start(ctx: ItemContext, text: str, floor: int, start: int) -> int:
    """Where a role begins with the capitalised modifiers right before its term ("Deputy President",
    "Regional Representative", "Senior Vice President"; data/extraction/post_words.tsv)."""
    return _start_of_modifiers(ctx.lexicon.words_for("modifier"), text, floor, start)


def _start_of_modifiers(modifiers: frozenset[str], text: str, floor: int, start: int) -> int:
    """`_modified_start` with the modifier words given."""
    pattern = LOWER_MODIFIER_WORD if text[start:start + 1].islower() else MODIFIER_WORD
    while start > floor:
        word = pattern.search(text, floor, start)  # "the deputy finance minister": lower case beside lower case
        if word is None or word.group(1).lower() not in modifiers:
            break
        start = word.start(1)
    return start


PORTFOLIO_STOP = frozenset({"the", "its", "his", "her", "their", "our", "my", "your", "a", "an", "and", "&"})


def _portfolio_start(ctx: ItemContext, title: Title, agents: list[Mention], floor: int, start: int) -> int:
    """Where a title before a name begins with the capitalised portfolio before its role term ("Unification
    Minister A", "Energy and Natural Resources Minister B"): the capitalised words right before the term,
    after the title's last state or organization, not honorifics, qualifiers or words in capitals."""
    tokens = ctx.tokens
    for mention in agents:
        if tokens[mention.start].idx < start:
            floor = max(floor, tokens[mention.end - 1].idx + len(ctx.texts[mention.end - 1]))
    at = next((t.i for t in tokens[title.start:title.end] if t.idx >= start), None)
    if at is None:
        return start
    first, k = at, at - 1
    lower = ctx.texts[at].islower()
    bodies = ctx.lexicon.words_for("body")
    qualifier_words = ctx.lexicon.words_for("qualifier")
    while k >= 0 and tokens[k].idx >= floor:
        word, text, lowered = tokens[k], ctx.texts[k], ctx.lowers[k]
        if lowered in {"and", "&"} and k + 1 < at and first == k + 1 and k - 1 >= 0 and tokens[k - 1].idx >= floor:
            k -= 1  # "Energy and Natural Resources": the "and" inside a portfolio
            continue
        if lower and text.islower() and word.is_alpha and word.pos_ in {"ADJ", "NOUN"} \
                and lowered not in PORTFOLIO_STOP and lowered not in qualifier_words:
            first = k  # "South Korea's top nuclear envoy A": lower-case words before a lower-case term
            k -= 1
            continue
        if not (text[:1].isupper() and not text.isupper() and word.is_alpha) \
                or lowered in PORTFOLIO_STOP or lowered in qualifier_words or _is_honorific(ctx, k) \
                or ctx.gazetteer.role(text) is not None or (first == at and lowered in bodies):
            break  # "Turkish Parliament Speaker A": the body, not a portfolio
        first = k
        k -= 1
    while first < at and ctx.lowers[first] in {"and", "&"}:
        first += 1
    return tokens[first].idx if first < at else start


def _before_unit(ctx: ItemContext, role: str) -> str:
    """ "Director, Trade Policy Division": a whole role term before a comma, then the unit it heads."""
    head, comma, _ = role.partition(", ")
    if comma:
        match = role_pattern(ctx).search(head)
        if match is not None and match.end() == len(head) and _modified_start(ctx, head, 0, match.start()) == 0:
            return head
    return role


def _stated_after_name(ctx: ItemContext, title: Title) -> str | None:
    """ "President Julien Marchetti of France", "King Tarek II of Jordan", "Ambassador Anna Berg (Norway)":
    the country or organization after a name whose title comes before it, after "of" or alone in brackets."""
    doc = ctx.tokens
    i = title.person.end
    if not title.before or i + 1 >= len(doc) or ctx.lowers[i] != "of" and ctx.texts[i] != "(":
        return None
    bracketed = ctx.texts[i] == "("
    i += 2 if ctx.lowers[i + 1] == "the" else 1
    mention = ctx.mention_at(i) if i < len(doc) else None
    if mention is None or mention.start != i or mention.kind not in AGENTS \
            or bracketed and (mention.end >= len(doc) or ctx.texts[mention.end] != ")"):
        return None
    return _owner_key(ctx, mention)


LOCAL_GOVERNMENT_WORDS = frozenset({"the", "city", "town", "municipality"})


def _city_state(ctx: ItemContext, i: int, end: int) -> str | None:
    """ "the Mayor of Rotterdam, A", "Mayor A of the City of Johannesburg", "the Governor of Rivers State,
    A": a government title "of" a city the gazetteer places in a state, or of a state's subdivision
    (data/subdivisions.tsv), is a post of that state (the gold's convention for a city's or a region's
    office, which accepts the state)."""
    doc = ctx.tokens
    if i + 1 >= min(end, len(doc)) or ctx.lowers[i] != "of":
        return None
    i += 1
    while i < min(end, len(doc)) - 1 and (ctx.lowers[i] in LOCAL_GOVERNMENT_WORDS
                                          or ctx.lowers[i] == "of" and ctx.lowers[i - 1] in LOCAL_GOVERNMENT_WORDS):
        i += 1
    mention = ctx.mention_at(i)
    if mention is None or mention.start != i or mention.kind != EntityKind.PLACE:
        subdivision = ctx.gazetteer.subdivision_at(ctx.item.text[doc[i].idx : doc[i].idx + 120]) if mention is None else None
        country = ctx.gazetteer.country_by_code(subdivision[0].country_iso3) if subdivision else None
        return add_country(ctx, country, country.name) if country else None
    return ctx.entity(mention.key).country


def _visited_scene_state(ctx: ItemContext, title: Title) -> str | None:
    """The visited state a sentence sets its encounter in, for a bare government title of someone who
    is not its visitor: "A visited Kenya and Tanzania. In Nairobi, A met with President B" (B serves
    Kenya, not the item's other visited state nor the publisher's), "A paid a visit to Tbilisi, where she
    met President B". A place of a state nobody visits ("attended a meeting in Luxembourg") is only a venue."""
    travellers = _travellers(ctx)
    visited = {state for _, state in travellers}
    sentence = ctx.sentence_at(title.person.start)
    # the last scene set before the title ("In Lusaka, A met Minister B; in Lilongwe ..."); one after it
    # belongs to the title ("his counterpart, the Minister of Foreign Affairs in Senegal")
    scenes = []
    for mention in ctx.mentions_in(sentence.start, title.start, SCENES):
        state = mention.key if mention.kind == EntityKind.COUNTRY else ctx.entity(mention.key).country
        if VISITED_BEFORE.search(ctx.item.text, ctx.doc[sentence.start].idx, ctx.doc[mention.start].idx):
            # the sentence's own visit goes there; of several places ("visits to Egypt and Jordan, where he met
            # A and B, respectively") none is the one scene
            scenes.append(None if _listed_place(ctx, mention, sentence) else state)
        elif mention.start > sentence.start and ctx.lowers[mention.start - 1] == "in":
            scenes.append(state if state in visited else None)
    state = scenes[-1] if scenes else None
    return None if state is None or (title.person.key, state) in travellers else state


def _listed_place(ctx: ItemContext, mention: Mention, sentence: Span) -> bool:
    """A place followed by another of a list: "Egypt and Jordan", "Egypt, Jordan" (not "Tbilisi, where")."""
    if mention.end + 1 >= sentence.end or ctx.lowers[mention.end] not in {"and", ","}:
        return False
    following = ctx.mention_at(mention.end + 1)
    return ctx.lowers[mention.end] == "and" or (following is not None and following.kind in SCENES)


SCENES = frozenset({EntityKind.PLACE, EntityKind.COUNTRY})
VISITED_BEFORE = re.compile(r"\b(?:visit(?:s|ed)?(?:\s+to)?|arriv(?:e|es|ed)\s+in|trip\s+to|tour\s+of)\s+(?:the\s+)?$",
                            re.IGNORECASE)
"""Before a place a sentence's visitor goes to: "paid an official visit to Tbilisi, where she met President B"."""


def _country_stated_elsewhere(ctx: ItemContext, role: str, person: Mention) -> str | None:
    """The one country the item names right after this role elsewhere ("Foreign Minister X ...
    the Foreign Minister of Peru ..."), for a title that names none; not a title another person of the
    item holds ("Ambassador A ... received B, Ambassador of Sri Lanka"), nor a title whose own phrase
    follows its term ("President of the Transition" is not the "President of Ghana")."""
    match = role_pattern(ctx).search(role)
    if match is None or re.match(r"\s+(?:of|for)\s", role[match.end():], re.I):
        return None
    found = [(m.start(), m.end()) for m in _term_before_of(ctx.item.text, match.group(0))
             if not _in_a_longer_title(ctx, m.start())]
    countries = set()
    for title_start, start in found:  # the countries whose mention starts there
        token = ctx.token_starting_at(start)
        mention = ctx.mention_at(token) if token is not None else None
        if mention is not None and mention.start == token and mention.kind == EntityKind.COUNTRY \
                and not _title_of_another(ctx, ctx.token_starting_at(title_start), mention, person):
            countries.add(mention.key)
    return countries.pop() if len(countries) == 1 else None


WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _in_a_longer_title(ctx: ItemContext, title_start: int) -> bool:
    """The role term written at `title_start` ends another, longer title: "the Deputy Finance Minister
    of Uganda" states no country of "Finance Minister A" (a modifier word of data/extraction/post_words.tsv
    right before it)."""
    before = WORD_BEFORE.search(ctx.item.text, max(0, title_start - 40), title_start)
    return before is not None and before.group(1).lower() in ctx.lexicon.words_for("modifier")


def _term_before_of(text: str, term: str) -> list[re.Match]:
    """Each place `text` writes the role term `term` before "of", in any case ("the Foreign Minister of
    the ", "Director-General of "). The text is tried only where its folded lower case holds the term's
    first word (a scan of the whole text that ignores case tries every place of it)."""
    words = [w for w in re.split(r"[\s\-]+", term) if w]
    pattern = re.compile(r"(?<![\w-])" + r"[\s\-]+".join(map(re.escape, words)) + r"\s+of\s+(?:the\s+)?", re.I)
    if not words or not words[0].isascii():
        return list(pattern.finditer(text))
    lowered, first = folded(text), words[0].lower()
    found: list[re.Match] = []
    at = lowered.find(first)
    while at >= 0:
        match = pattern.match(text, at)
        if match is not None:
            found.append(match)
        at = lowered.find(first, match.end() if match is not None else at + 1)
    return found


def _title_of_another(ctx: ItemContext, title_start: int | None, state: Mention, person: Mention) -> bool:
    """The title "<role> of <state>" is set off beside another person's name ("B, Ambassador of Sri
    Lanka", "B, former President of Ghana", "the Ambassador of Sri Lanka, B", "the Prime Minister of Y, Hon. B")."""
    near = ctx.mentions_in(state.end, min(state.end + 3, len(ctx.tokens)), frozenset({EntityKind.PERSON}))
    after = state.end + (state.end < len(ctx.tokens) and ctx.texts[state.end] == ",")
    while after < len(ctx.tokens) and not _person_start(ctx, after) and _is_honorific(ctx, after):
        after += 1  # "the Prime Minister of Y, Hon. B"
    named = ctx.mention_at(after) if after < len(ctx.tokens) else None
    if named is not None and named.kind == EntityKind.PERSON and named.start == after:
        near.append(named)
    while title_start is not None and title_start >= 3 and ctx.lowers[title_start - 1] in ctx.lexicon.words_for("qualifier"):
        title_start -= 1
    if title_start is not None and title_start >= 2 and ctx.texts[title_start - 1] == ",":
        before = ctx.mention_at(title_start - 2)
        if before is not None and before.kind == EntityKind.PERSON:
            near.append(before)
    return any(not _may_be_one_person(ctx, m.key, person.key) for m in near)


def _may_be_one_person(ctx: ItemContext, a: str, b: str) -> bool:
    """The two person entities are one, or one's name holds all the other's words ("Okoro" and
    "Daniel Okoro Eze": the item's entities are merged by resolution later)."""
    if a == b:
        return True
    words_a, words_b = (set(name_key_tokens(ctx.entity(k).name)) for k in (a, b))
    return words_a <= words_b or words_b <= words_a


def _portfolio_title_stated(ctx: ItemContext, role: str, country: str) -> str | None:
    """ "The Foreign Minister of Chile arrived ... Minister A said": the one fuller title with the bare title's
    words last that the item states for the same state, with no holder named after it, when it is the bare
    title with a portfolio (a term of the same role in data/roles.tsv, or of a role written there also as
    "<bare title> of/for ..."), not another post ("Prime Minister")."""
    bare = ctx.gazetteer.role(role)
    if bare is None or normalize_name(bare.text) != normalize_name(role):
        return None
    fuller = set()
    for match in re.finditer(rf"(?<![\w-])((?:[A-Z][\w-]*\s+){{1,3}}){re.escape(role)}\s+of\s+(?:the\s+)?", ctx.item.text):
        token = ctx.token_starting_at(match.end())
        state = ctx.mention_at(token) if token is not None else None
        if state is None or state.start != token or state.key != country \
                or ctx.mentions_in(state.end, min(state.end + 3, len(ctx.tokens)), frozenset({EntityKind.PERSON})):
            continue
        words = match.group(1).split()
        for k in range(len(words)):
            text = " ".join(words[k:] + [role])
            term = ctx.gazetteer.role(text)
            if term is not None and normalize_name(term.text) == normalize_name(text):
                if _portfolio_of(ctx, term, bare):
                    fuller.add(text)
                break
    return fuller.pop() if len(fuller) == 1 else None


def _portfolio_of(ctx: ItemContext, term, bare) -> bool:
    """The role term is the bare one with a portfolio: "Health Minister" (the same role as "Minister"),
    "Foreign Minister" (a role also written "Minister of Foreign Affairs")."""
    written_with_of = re.compile(rf"{re.escape(bare.text)}\s+(?:of|for)\s", re.I)
    return term.role_id == bare.role_id or any(t.role_id == term.role_id and written_with_of.match(t.text)
                                               for t in ctx.gazetteer.role_terms)


MINISTERS_PORTFOLIO = re.compile(r"(?:(?:deputy|vice)[\s-]+)?minister\s+((?:of|for)\s.+)$", re.I)


PUBLISHING_MINISTRY = re.compile(r"(\w+)\s+(?:of|for)\s+(?:the\s+)?(.+?)(?:\s+of\s.*)?$")


def _publishing_ministers_state(ctx: ItemContext, title: Title, role: str) -> str | None:
    """ "External Affairs Minister A" in a release of the "Ministry of External Affairs, India" datelined
    abroad: the first title of the publishing ministry's own portfolio in the item is its minister's, who
    serves the publisher's state, not the state the release is filed in nor the one its hosts serve (a later
    "Foreign Minister B" is a counterpart)."""
    first = PUBLISHER_PART.match(ctx.item.publisher or "")
    ministry = PUBLISHING_MINISTRY.match(normalize_name(first.group(0))) if first else None
    if ministry is None or singular(ministry.group(1)) not in ctx.lexicon.words_for("ministry") \
            or not _government_publisher(ctx) or any(person == title.person.key for person, _ in _travellers(ctx)):
        return None  # a visitor the item says travelled keeps the reading of travellers
    portfolio = ministry.group(2)
    written = [f"minister of {portfolio}", f"minister for {portfolio}", f"{portfolio} minister"]
    term = ctx.gazetteer.role(f"Minister of {portfolio}")
    if term is not None and term.role_id != "minister" and normalize_name(term.text) in written:
        written += [normalize_name(t.text) for t in ctx.gazetteer.role_terms if t.role_id == term.role_id]
    if normalize_name(role) not in written:
        return None
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in written) + r")(?![\w-])",
                         re.IGNORECASE)
    found = pattern.search(ctx.item.text)
    span = ctx.doc[title.start:title.end]
    return _publisher_country(ctx) if found and span.start_char <= found.start() < span.end_char else None


def _state_of_portfolio(ctx: ItemContext, role: str) -> str | None:
    """ "visited the Ministry of Finance of Senegal ... was received by the Minister of Finance, A": a
    minister's title that names no state serves the state of the one ministry of the same portfolio that
    the item names (its first word a `ministry` word of data/extraction/post_words.tsv)."""
    match = MINISTERS_PORTFOLIO.match(role)
    if match is None:
        return None
    portfolio = normalize_name(match.group(1))
    states = set()
    for mention in ctx.mentions:
        entity = ctx.entity(mention.key)
        words = normalize_name(entity.name).split()
        if entity.kind == EntityKind.ORGANIZATION and entity.country and words \
                and words[0] in ctx.lexicon.words_for("ministry") and f"{' '.join(words[1:])} ".startswith(f"{portfolio} "):
            states.add(entity.country)
    return states.pop() if len(states) == 1 else None


def _its_organization(ctx: ItemContext, title: Title) -> str | None:
    """ "The WHO opened the office. Its Director-General, A, said ...": a title after "its" or "their"
    is the organization named last before it, in its sentence or the one before; with none, the state of an
    institution named by no known name ("a delegation of the Parliament of Indonesia, led by its Deputy
    Speaker, A")."""
    doc = ctx.doc
    at = next((i for i in (title.start, title.start - 1) if i >= 0 and ctx.lowers[i] in {"its", "their"}), None)
    if at is None or not role_pattern(ctx).match(ctx.text_of(at + 1, max(title.end, at + 1))):
        return None
    sentence = doc[at].sent
    earlier = [s for s in ctx.sentences if s.end <= sentence.start][-1:]
    start = earlier[0].start if earlier else sentence.start
    named = ctx.mentions_in(start, at, frozenset({EntityKind.ORGANIZATION}))
    if named:
        return _owner_key(ctx, named[-1])
    states = ctx.mentions_in(start, at, frozenset({EntityKind.COUNTRY}))
    return states[-1].key if states and states[-1].start > 0 and ctx.lowers[states[-1].start - 1] == "of" else None


THE_HEAD = re.compile(r"(?<![\w-])(?:of|at|in|for)\s+the\s+([A-Za-z][a-z]+)$")
THE_HEADS = re.compile(r"(?<![\w-])[Tt]he\s+([A-Za-z][a-z]+)\s*['’]s\s+$")  # "the bank's", "The museum's"


def _the_head_named(ctx: ItemContext, role: str, publisher: str | None) -> str | None:
    """ "the Chief Director of the Ministry, Mrs. A", "Director of Operations at the Bank", "A, a spokesperson
    for the ministry": an organization named by its head word alone (data/extraction/org_heads.txt) is the
    one organization of the item with that head word, the publisher first; a ministry of the publisher's
    state, when none is named."""
    match = THE_HEAD.search(role)
    return _headed_organization(ctx, match.group(1), publisher) if match else None


def _the_heads_title(ctx: ItemContext, title: Title, role: str, publisher: str | None) -> str | None:
    """ "A, the bank's president, said": the organization a possessive head word before the role names."""
    text = ctx.text_of(title.start, title.end)
    at = text.find(role)
    match = THE_HEADS.search(text[:at]) if at > 0 else None
    if match is None:
        return None
    return _headed_organization(ctx, match.group(1), publisher) or _possessing_publisher(ctx, match.group(1))


ANY_INSTITUTION = frozenset({"organization", "organisation", "institution"})
"""Possessive words that name any kind of institution ("the organisation's Secretary-General")."""


def _possessing_publisher(ctx: ItemContext, word: str) -> str | None:
    """ "The institute's President, A" in the release of an institution the item names by no name of that
    head word: the publisher, when its name holds the word ("Goethe-Institut", "... Cooperation Agency") or
    the word names any institution; not a news medium's nor a government's release."""
    head = singular(word.lower())
    publisher = ctx.item.publisher or ""
    if head not in ctx.lexicon.org_heads or head in GOVERNMENT_HEADS or not publisher \
            or news_medium((publisher,), ctx.lexicon) or _government_publisher(ctx):
        return None
    if any(head in _end_words(ctx.entity(m.key).name) for m in ctx.mentions if m.kind == EntityKind.ORGANIZATION):
        return None  # "the bank's" of several banks the item names
    first = PUBLISHER_PART.match(publisher)
    name = first.group(0).strip() if first else ""
    words = re.split(r"[\s\-]+", name.lower())
    if not name[:1].isupper() or head not in ANY_INSTITUTION and not any(
            singular(w) == head or len(w) >= 6 and head.startswith(w) for w in words):
        return None
    known = [m.entry for m in ctx.gazetteer.find(name, [EntityKind.ORGANIZATION])
             if m.start == 0 and m.end == len(name)]
    if known:
        return add_known_organization(ctx, known[0], known[0].name)
    return ctx.table.add(EntityKind.ORGANIZATION, name, org_type=organization_type(ctx, name) or OrgType.OTHER)


def _headed_organization(ctx: ItemContext, word: str, publisher: str | None) -> str | None:
    """The organization "the Bank", "the agency" or "the ministry" refers to (see `_the_head_named`)."""
    head = singular(word.lower())
    if head not in ctx.lexicon.org_heads:
        return None

    def headed(key: str) -> bool:
        return head in _end_words(ctx.entity(key).name)

    if publisher is not None and headed(publisher):
        return publisher
    if publisher is not None and (body := _publishers_body(ctx, publisher, head)) is not None:
        return body
    tops = {ctx.top_organization(m.key) for m in ctx.mentions if m.kind == EntityKind.ORGANIZATION}
    tops = {key for key in tops if headed(key)}
    if len(tops) == 1:
        return tops.pop()
    if not tops and head in ctx.lexicon.words_for("ministry"):
        return _publisher_country(ctx)
    return None


def _publishers_body(ctx: ItemContext, publisher: str, head: str) -> str | None:
    """The one body of the publisher that the gazetteer knows by the head word `head`: "the Commission"
    in the African Union's release is the African Union Commission (none when several fit: the EU's
    "Council")."""
    known = ctx.entity(publisher).gazetteer_id
    if not known:
        return None
    bodies = [org for org in ctx.gazetteer.organizations if org.parent == known and head in _end_words(org.name)]
    return add_known_organization(ctx, bodies[0], bodies[0].name) if len(bodies) == 1 else None


def _end_words(name: str) -> set[str]:
    """The first and last words of a name and its head word, singular ("Commission" of "African Union
    Commission", "Museum" of "National Museum of African Art")."""
    words = [singular(w) for w in normalize_name(name).split()]
    return {words[0], words[-1], normalize_name(head_word(name))} if words else set()


def _state_of_government(ctx: ItemContext, key: str, role: str) -> str:
    """A government title of "the Government of Ghana" (data/extraction/fact_words.tsv, `government`) is Ghana's."""
    entity = ctx.entity(key)
    words = normalize_name(entity.name).split()
    if entity.kind == EntityKind.ORGANIZATION and entity.country and words and _governmental(ctx, role) \
            and words[0] in ctx.lexicon.words_for("government"):
        return entity.country
    return key


def _group_owner(ctx: ItemContext, title: Title) -> str | None:
    """The state or organization a group of people is introduced by, for a title in that group that
    names none: "The delegation of Ghana included: A, Minister of Trade; B, ...", "The Kenyan
    delegation comprised A, ...", "Participants from the Ministry of Health were:" and its list lines,
    "Representing the Ministry of Health was A, Director of Public Health"."""
    sentence = ctx.sentence_at(title.person.start)
    gapped = _gapped_group_owner(ctx, title, sentence)
    if gapped is not None:
        return _owner_key(ctx, gapped)
    headers = [sentence]
    previous = [s for s in ctx.sentences if s.end <= sentence.start]
    for earlier in reversed(previous[-8:]):  # the list lines back to the header that ends with ":"
        if earlier.text.rstrip().endswith(":"):
            headers.append(earlier)
            break
        if not ctx.mentions_in(earlier.start, earlier.end, frozenset({EntityKind.PERSON})) \
                and any(t.is_alpha for t in earlier):
            break  # not a list line (a bullet alone is one)
    groups, across_words = ctx.lexicon.words_for("group"), ctx.lexicon.words_for("across")
    for header in headers:
        end = min(title.person.start, header.end) if header is sentence else header.end
        for token in reversed(ctx.tokens[header.start:end]):  # the group nearest before the title
            lemma = ctx.lemmas[token.i]
            if lemma not in groups and lemma not in across_words:
                continue
            other_side = header is sentence and ctx.other_side.holds(token.idx)
            if lemma not in groups and not other_side:
                continue  # "counterpart" is a group only as the other side's
            if other_side:
                if not _verb_between(ctx, token.i, min(title.start, title.person.start)):
                    continue  # "At the initiative of the Jordanian side, Minister A held talks with B": not A's
            elif header is sentence and _beyond_group(ctx, token.i, title.person.start):
                break  # "The Zambian side, led by A, met the Minister of Finance, B": B is met, not in the side
            owner = _group_word_owner(ctx, token, end)
            if owner is None and header is sentence and token.i > 0 and ctx.lowers[token.i - 1] == "the":
                owner = _group_named_before(ctx, token, sentence)
            if owner is not None and owner.kind in AGENTS:
                return _owner_key(ctx, owner)
    return None


def _gapped_group_owner(ctx: ItemContext, title: Title, sentence: Span) -> Mention | None:
    """ "Kenya was represented by A, and Uganda by Minister B", "Indonesia represented by A and Malaysia by
    B": the state or organization of a conjunct whose verb of a group ("represented") is left out, right
    before the "by" that opens the title."""
    first = min(title.start, title.person.start)
    if first < 2 or ctx.lowers[first - 1] != "by":
        return None
    owner = ctx.mention_at(first - 2)
    if owner is None or owner.kind not in AGENTS or owner.end != first - 1 or owner.start <= sentence.start \
            or ctx.lowers[owner.start - 1] not in {"and", ",", ";"}:
        return None
    groups = ctx.lexicon.words_for("group")
    verbs = [i for i in range(sentence.start, owner.start)
             if ctx.lemmas[i] in groups and ctx.tokens[i].pos_ == "VERB" and ctx.lowers[i + 1] == "by"]
    return owner if verbs else None


def _visiting_group_owner(ctx: ItemContext, title: Title) -> str | None:
    """ "The Director-General received a delegation from the Ministry of Culture of Peru. The visiting
    Vice-Minister, A, ...": a title marked as a visitor's (data/extraction/post_words.tsv) that names
    no organization is of the group the item last introduced before it, by the state or organization
    the group comes from."""
    sentence = ctx.sentence_at(title.person.start)
    first = min(title.start, title.person.start)
    if not any(ctx.lowers[k] in ctx.lexicon.words_for("visitor")
               for k in range(max(sentence.start, first - 2), max(title.end, title.person.start))):
        return None
    groups = ctx.lexicon.words_for("group")
    earlier = [s for s in ctx.sentences if s.end <= sentence.start][-3:]
    for part in reversed(earlier + [sentence]):
        end = min(first, part.end)
        for token in reversed(ctx.tokens[part.start:end]):
            if ctx.lemmas[token.i] in groups:
                owner = _group_word_owner(ctx, token, end)
                return _owner_key(ctx, owner) if owner is not None and owner.kind in AGENTS else None
    return None


def _group_word_owner(ctx: ItemContext, token: Token, end: int) -> Mention | None:
    """The mention that owns the group word `token` before token `end`: "delegation of/from Ghana",
    "Representing the Ministry of Health", "the Kenyan delegation", "Ghana's delegation"."""
    doc = ctx.doc
    owner = None
    if token.i + 2 < end and ctx.lowers[token.i + 1] in {"of", "from"}:
        owner = ctx.mention_at(token.i + 2 + (ctx.lowers[token.i + 2] == "the"))
    elif token.pos_ == "VERB":
        # "The Government of Cambodia was represented by A": the passive's subject
        subjects = [ctx.mention_at(c.i) for c in token.children if c.dep_ == "nsubjpass"]
        owner = next((m for m in subjects if m is not None and m.kind in AGENTS), None)
        if owner is None and not subjects and token.i + 1 < end:
            owner = ctx.mention_at(token.i + 1 + (ctx.lowers[token.i + 1] == "the"))
    if owner is None and token.i > 0:
        owner = ctx.mention_at(token.i - 1 - (doc[token.i - 1].tag_ == "POS"))
    return owner


def _group_named_before(ctx: ItemContext, token: Token, sentence: Span) -> Mention | None:
    """ "The delegation" refers back to the item's last group of that word before its sentence, and
    has that group's owner: "The Director-General met a delegation from Kenya. The delegation was led
    by A, Minister of Trade" (A serves Kenya)."""
    lemma = ctx.lemmas[token.i]
    for earlier in reversed([s for s in ctx.sentences if s.end <= sentence.start]):
        for previous in reversed(ctx.tokens[earlier.start:earlier.end]):
            if ctx.lemmas[previous.i] == lemma:
                return _group_word_owner(ctx, previous, earlier.end)
    return None


GROUP_VERBS = frozenset({"include", "comprise", "consist", "compose", "be", "lead", "head", "chair", "represent",
                         "accompany", "join"})
"""Verbs that keep a person inside the group they follow ("the delegation, led by A, included B")."""


def _verb_between(ctx: ItemContext, start: int, end: int) -> bool:
    """Whether a verb stands between tokens `start` and `end`: a title after the other side's group
    with none between is the clause subject's, across from the group (extract/other_side.py)."""
    return any(ctx.doc[i].pos_ == "VERB" for i in range(start + 1, end))


def _beyond_group(ctx: ItemContext, group: int, person: int) -> bool:
    """Whether a verb of another action stands between a group word and a person: the person is
    that action's object, not one of the group."""
    return any(ctx.doc[i].pos_ == "VERB" and ctx.lemmas[i] not in GROUP_VERBS for i in range(group + 1, person))


def _organization_described(ctx: ItemContext, role: str) -> str | None:
    """The one organization the item describes this role of without naming its holder ("The Executive
    Director of the World Food Programme visited the camp. ... Executive Director A said"), for a
    title before a name that names none."""
    match = role_pattern(ctx).search(role)
    if match is None:
        return None
    starts = {m.end() for m in _term_before_of(ctx.item.text, match.group(0))}
    found = set()
    for mention in ctx.mentions:
        if mention.kind != EntityKind.ORGANIZATION or ctx.doc[mention.start].idx not in starts:
            continue
        after = mention.end + (mention.end < len(ctx.doc) and ctx.texts[mention.end] == ",")
        if _next_person_at(ctx, after):
            continue  # "the Executive Director of WFP, B": B's title
        found.add(_owner_key(ctx, mention))
    return found.pop() if len(found) == 1 else None


def _qualified(ctx: ItemContext, before_role: str, role: str) -> str:
    """The role with the qualifier the state's word separates from it ("Former Ghanaian President" ->
    "Former President"): a former post is not the current one, and the role says so."""
    qualifier = qualifiers(ctx).before_state.search(before_role)
    if qualifier is None or role.lower().startswith(qualifier.group(1).lower()):
        return role
    return f"{qualifier.group(1)} {role}"


def _choose(ctx: ItemContext, agents: list[Mention], role_start: int, seg_end: int, role_word: str):
    """The organization a role belongs to, and the role's words."""
    doc = ctx.tokens
    text_of = lambda a, b: ctx.item.text[a:b]  # noqa: E731
    before = [m for m in agents if doc[m.start].idx < role_start]
    after = [m for m in agents if doc[m.start].idx >= role_start]
    lowered_role = role_word.lower()
    diplomatic = any(word in lowered_role for word in DIPLOMATIC)
    chosen: Mention | None = None
    for m in after:
        prev = ctx.lowers[m.start - 1] if m.start > 0 else ""
        if prev == "the" and m.start > 1:
            prev = ctx.lowers[m.start - 2]
        if diplomatic and prev == "to":
            continue
        if prev == "in" and (before or chosen):
            continue
        if prev == "for" and ctx.entity(m.key).kind == EntityKind.COUNTRY and _employer_after(ctx, m, after):
            continue  # "senior director for Japan affairs of the NSC of X": Japan is the portfolio
        chosen = m
        break
    portfolio = chosen is not None and ctx.entity(chosen.key).kind == EntityKind.COUNTRY \
        and ctx.lowers[chosen.start - 1] == "for"  # "IMF mission chief for Ghana": Ghana is no employer
    if before and (chosen is None or doc[before[-1].end].idx >= role_start - 3 or portfolio
                   or ctx.entity(chosen.key).org_type == OrgType.UNIT):
        nearest = before[-1]
        if chosen is None or ctx.entity(chosen.key).kind == EntityKind.COUNTRY or diplomatic:
            chosen_after = chosen
            chosen = nearest
            end = doc[chosen_after.start].idx if chosen_after else seg_end
            return _owner_key(ctx, chosen), _trim_role(text_of(role_start, end))
    if chosen is None:
        return None, _trim_role(text_of(role_start, seg_end))
    owner = next((m for m in after if m.start in {chosen.end + 1, chosen.end + 2} and ctx.lowers[chosen.end] == "of"),
                 None)
    if owner is not None and _described(ctx, chosen.key):
        # "Chair of the Board of Directors of X": a body the item only describes, of the organization after it
        return _owner_key(ctx, owner), _trim_role(text_of(role_start, doc[owner.start].idx))
    unit = next((m for m in after if m.start > chosen.start and m.start - chosen.end <= 2
                 and ctx.entity(m.key).org_type == OrgType.UNIT), None)
    if unit is not None:
        chosen = unit  # "Director of UNESCO's Culture Sector": the unit, then its organization
    entity = ctx.entity(chosen.key)
    if entity.kind == EntityKind.ORGANIZATION and entity.org_type == OrgType.UNIT:
        _link_unit_to_next(ctx, chosen, after)
        role = text_of(role_start, doc[chosen.end - 1].idx + len(ctx.texts[chosen.end - 1]))
        role = role.replace("’s ", " ").replace("'s ", " ")
        return _owner_key(ctx, chosen), _trim_role(role)
    return _owner_key(ctx, chosen), _trim_role(text_of(role_start, doc[chosen.start].idx))


def _link_unit_to_next(ctx: ItemContext, unit: Mention, after: list[Mention]) -> None:
    """ "Director, Department of Trade Policy, Ministry of Commerce": a unit with no known parent, then an
    organization after a comma in the same title, is a unit of that organization."""
    doc = ctx.tokens
    if ctx.entity(unit.key).parent is not None or unit.end >= len(doc) or ctx.texts[unit.end] != ",":
        return
    parent = next((m for m in after if m.start == unit.end + 1), None)
    if parent is not None and ctx.entity(parent.key).kind == EntityKind.ORGANIZATION and parent.key != unit.key:
        ctx.table.update(unit.key, parent=parent.key)


def _employer_after(ctx: ItemContext, portfolio: Mention, after: list[Mention]) -> bool:
    """An organization or state introduced by "of" after the state a portfolio names ("Governor for X at
    the Bank" stays X's: at a body of states, "for" names the member served)."""
    for m in after:
        if m.start <= portfolio.start:
            continue
        prev = m.start - 1 - (ctx.lowers[m.start - 1] == "the")
        if ctx.lowers[prev] == "of":
            return True
    return False


def _owner_key(ctx: ItemContext, mention: Mention) -> str:
    entity = ctx.entity(mention.key)
    if entity.kind == EntityKind.ORGANIZATION and entity.org_type == OrgType.UNIT:
        top = ctx.top_organization(mention.key)
        if top != mention.key:
            return top
        dominant = dominant_organization(ctx)
        if dominant and not _named_by_publisher(ctx, entity):
            ctx.table.update(mention.key, parent=dominant)
            return dominant
    return mention.key


_TRAILING = re.compile(r"(?:[\s,]+(?:of|at|to|in|for|with|the|and|'s|’s|,))+\s*$", re.I)


@lru_cache(maxsize=4096)
def _trim_role(text: str) -> str:
    """The role without the words and commas that trail it ("Minister of the" -> "Minister"), remembered per
    text (each title's roles are read twice)."""
    text = text.strip(" ,;.")
    previous = None
    while previous != text:
        previous = text
        text = _TRAILING.sub("", " " + text).strip(" ,;")
    return text


def _tidy(ctx: ItemContext, role: str) -> str:
    """The role without the words before it that say when its holder holds it ("the outgoing ...")
    and without an honorific of the name after it ("Minister of Foreign Affairs Prince A": the
    honorific, data/titles.tsv, ends a whole role term, so it is the name's, not the role's)."""
    return _tidied(ctx.gazetteer, ctx.lexicon.words_for("suffix"), ctx.lexicon.words_for("tenure"),
                   ctx.lexicon.words_for("modifier"), role)


@lru_cache(maxsize=4096)
def _tidied(gazetteer: Gazetteer, suffixes: frozenset[str], tenure: frozenset[str], modifiers: frozenset[str],
            role: str) -> str:
    """`_tidy` by the words and terms it reads, remembered per role (each title's roles are read twice)."""
    words = role.split()
    while words and words[0].lower() in {"the"} | tenure:
        words = words[1:]
    if len(words) > 1 and gazetteer.honorific(words[-1]) is not None \
            and not all(w.lower() in modifiers for w in words[:-1]):
        # ("Deputy Ambassador A": a modifier of the rank, which is then the role's term)
        rest, whole = " ".join(words[:-1]), " ".join(words)
        last_word_at = len(rest) + 1
        pattern = _role_pattern(gazetteer, suffixes)
        if any(m.end() == len(rest) for m in pattern.finditer(rest)) and not any(
                m.end() == len(whole) and m.start() < last_word_at for m in pattern.finditer(whole)):
            words = words[:-1]  # not "Secretary General", "Governor General": one term
    return " ".join(words)


def _governmental(ctx: ItemContext, role: str) -> bool:
    return _governmental_role(ctx.gazetteer, ctx.lexicon.words_for("suffix"), role)


@lru_cache(maxsize=4096)
def _governmental_role(gazetteer: Gazetteer, suffixes: frozenset[str], role: str) -> bool:
    """The role is a government's (data/roles.tsv), remembered per role: the rules ask it of the same roles
    again and again."""
    # "MINISTER of Finance": a lead word in capitals is the role's word, not a short form
    role = " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in role.split(" "))
    term = gazetteer.role(role)
    if term is None:
        match = _role_pattern(gazetteer, suffixes).search(role)
        term = gazetteer.role(match.group(0)) if match else None
    return bool(term and term.governmental)


def dominant_organization(ctx: ItemContext) -> str | None:
    """The organization the item names most often, not a unit, nor a news agency it credits only
    ("WASHINGTON (Reuters) -", "MOSCOW, May 3. /TASS/.")."""
    marked = [(m.key, _credit(ctx, m)) for m in ctx.mentions]
    credited = {key for key, credit in marked if credit} - {key for key, credit in marked if not credit}
    counts = Counter(ctx.top_organization(m.key) for m in ctx.mentions
                     if m.kind == EntityKind.ORGANIZATION and m.key not in credited)
    for key, _ in counts.most_common():
        if ctx.entity(key).org_type != OrgType.UNIT:
            return key
    return None


def _credit(ctx: ItemContext, mention: Mention) -> bool:
    """A news agency credited after a dateline, between brackets or slashes, before the dash that opens
    the text ("NAIROBI (Reuters) -", "BEIJING, May 3 (Xinhua) --", "MOSCOW, May 3. /TASS/.")."""
    tokens, texts = ctx.tokens, ctx.texts
    if mention.start == 0 or mention.end >= len(tokens) or tokens[mention.start].idx > DATELINE_OPENS_WITHIN:
        return False
    pair = texts[mention.start - 1], texts[mention.end]
    if pair not in {("(", ")"), ("/", "/")}:
        return False
    return mention.end + 1 < len(tokens) and texts[mention.end + 1][:1] in DASHES | {".", ":"}


def _counterparts(ctx: ItemContext, people: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(person, country) for "her Indonesian counterpart(,) X" and "his counterpart from Brazil, X"."""
    found = []
    for person in people:
        i = person.start - 1
        while i >= 0 and _is_honorific(ctx, i):
            i -= 1
        if i >= 0 and ctx.texts[i] == ",":
            i -= 1
        if i < 1:
            continue
        country = None
        if ctx.lowers[i] == "counterpart":
            country = ctx.mention_at(i - 1)
        else:
            mention = ctx.mention_at(i)
            if mention is not None and mention.start >= 2 and ctx.lowers[mention.start - 1] in {"from", "of"} \
                    and ctx.lowers[mention.start - 2] == "counterpart":
                country = mention
        if country is not None and country.kind == EntityKind.COUNTRY:
            found.append((person, country))
    return found


def _held_by_another(ctx: ItemContext, title: Title, sentence: Span, role: str, country: str, seen: set) -> bool:
    """Someone other than `title`'s person holds `role` for `country`: a post found already, or a
    title with no name in the same sentence."""
    return not _shared_role(ctx, role) and any(
        f[2] == country and f[0] != title.person.key and ctx.gazetteer.same_role(f[1], role.lower(), whole_terms=True)
        for f in seen) or _unnamed_holder(ctx, sentence, country, role)


def _shared_role(ctx: ItemContext, role: str) -> bool:
    """A bare title that many people of one government hold at once ("Minister", "Senator";
    data/extraction/post_words.tsv, `shared`)."""
    term = ctx.gazetteer.role(role)
    return term is not None and normalize_name(term.text) == normalize_name(role) \
        and term.role_id in ctx.lexicon.words_for("shared")


def _unnamed_holder(ctx: ItemContext, sentence: Span, country: str, role: str) -> bool:
    """`sentence` names the holder of `role` for `country` by the title alone, with no name after it
    ("A held talks with the Japanese Minister of Trade")."""
    text = ctx.parsed_text
    for mention in ctx.mentions_in(sentence.start, sentence.end, AGENTS):
        if mention.key != country or mention.end >= sentence.end:
            continue
        found = role_pattern(ctx).match(text, ctx.doc[mention.end].idx, sentence.end_char)
        if found is None or not ctx.gazetteer.same_role(found.group(0), role, whole_terms=False):
            continue
        i = mention.end
        while i < sentence.end and ctx.doc[i].idx < found.end():
            i += 1
        while i < sentence.end and (ctx.lowers[i] in {"of", "for", "and", "&", "the"} or ctx.texts[i][:1].isupper()) \
                and ctx.mention_at(i) is None and not _is_honorific(ctx, i):
            i += 1  # the portfolio: "Minister of Trade"
        while i < sentence.end and (ctx.texts[i] == "," or _is_honorific(ctx, i)):
            i += 1
        named = ctx.mention_at(i)
        if named is None or named.kind != EntityKind.PERSON:
            return True
    return False


def _counterpart_states(ctx: ItemContext) -> set[str]:
    """States that qualify a counterpart, named or not ("his Ecuadorian counterpart", "her counterpart
    from Chile"): the other side's, never the state of this side's untitled people."""
    found = set()
    for i, lower in enumerate(ctx.lowers):
        if lower not in {"counterpart", "counterparts"}:
            continue
        qualifiers = [ctx.mention_at(i - 1)] if i > 0 else []
        if i + 2 < len(ctx.lowers) and ctx.lowers[i + 1] in {"from", "of"}:
            qualifiers.append(ctx.mention_at(i + 2))
        found |= {m.key for m in qualifiers if m is not None and m.kind == EntityKind.COUNTRY}
    return found


def _other_side_states(ctx: ItemContext) -> set[str]:
    """States that name the other side's group ("At the initiative of the Jordanian side, Minister A
    held talks with B"; extract/other_side.py): not the state of the subject's untitled people."""
    return {state for m in ctx.mentions if ctx.other_side.holds(ctx.doc[m.start].idx) and (state := _state_named(ctx, m))}


def _counterpart_posts(ctx: ItemContext, counterparts: list[tuple[Mention, Mention]], posts: list[Post],
                       seen: set) -> list[Post]:
    """A counterpart holds, for their country, the government role of the one they met."""
    found = []
    for person, country in counterparts:
        sentence = ctx.doc[person.start].sent
        # only a role someone holds for a country, so that "the Minister" later stays theirs
        roles = [p.role for p in posts if p.person != person.key and _governmental(ctx, p.role)
                 and p.evidence.start == sentence.start_char]
        if not roles or any(p.person == person.key for p in posts):
            continue
        seen.add((person.key, roles[0].lower(), country.key))
        found.append(Post(person=person.key, role=roles[0], organization=country.key,
                          evidence=ctx.evidence(sentence, 0.6)))
    return found


# a headline country that is where the subject goes ("Foreign Minister to visit X", "... arrives in X")
DESTINATION = re.compile(r"\b(?:visits?|visiting|arrives?\s+in|departs?\s+for|leaves?\s+for|travels?\s+to|"
                         r"trip\s+to|tour\s+of|tours)\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,\s*|\s+and\s+))*$",
                         re.IGNORECASE)
"""Before a state a headline names as visited, also after another one: "Minister visits Ghana and Togo"."""
VENUE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a state named in a headline as where something is held ("Minister attends meeting in Luxembourg"):
no one's state."""
COUNTERPART_AFTER = re.compile(r"\s+(?:counterparts?|peers?|envoys?|ambassadors?|delegations?|high\s+commissioners?)\b",
                               re.IGNORECASE)
"""After a state's name or adjective in a headline: the state of the one met ("FM receives Cypriot
counterpart", "Minister receives Japanese envoy"), not the one whose untitled minister the item reports."""


def _salient_country(ctx: ItemContext, excluded: set[str] = frozenset()) -> str | None:
    """The country an item is about, for a government title that names none ("the Minister of
    Health X"): the one country its title names, else the one country its text names (not as a
    topic: "discussed the situation in Venezuela")."""
    in_title = _headline_countries(ctx)
    if len(in_title) == 1:
        key = _country_key(ctx, next(iter(in_title)))
        if key and key not in excluded:
            return key
    # a publisher that names one country ("Government of X press release", "State House of X")
    # reports for that country's government, unless it files from another state, whose hosts the release's
    # bare titles name (its own minister has the publishing ministry's portfolio)
    key = _publishers_named_state(ctx)
    datelined = _dateline_country(ctx)
    if key and key not in excluded and (datelined in {None, key} or not _government_publisher(ctx)):
        return key
    visited = {state for _, state in _travellers(ctx)}
    named = Counter(state for m in ctx.mentions
                    if (state := _state_named(ctx, m)) and state not in excluded and not ctx.named_as_topic(m)
                    and not _venue(ctx, m, visited) and not _filed_abroad(ctx, m))
    ranked = named.most_common(2)
    if len(ranked) == 1 and ranked[0][1] == 1 and datelined and datelined not in excluded:
        return datelined  # "SEOUL - Unification Minister A called on North Korea to ...": the dateline's state
    if len(ranked) == 1:
        return ranked[0][0]
    if datelined and datelined not in excluded:
        return datelined
    # several countries: the one named clearly most often is the one the item is about
    if len(ranked) == 2 and ranked[0][1] >= 2 * ranked[1][1] and ranked[0][1] >= 3:
        return ranked[0][0]
    return None


def _headline_countries(ctx: ItemContext) -> frozenset[str]:
    """The ISO codes of the countries the item's headline names as what it is about (not as a destination,
    a venue, a counterpart's, a topic or a titled person's state), read once per item."""
    if "headline_countries" not in ctx.readings:
        title = ctx.item.title or ""
        ctx.readings["headline_countries"] = frozenset(
            m.entry.iso3 for m in ctx.gazetteer.find(title)
            if m.kind == EntityKind.COUNTRY and not DESTINATION.search(title[:m.start]) and not VENUE.search(title[:m.start])
            and not COUNTERPART_AFTER.match(title, m.end) and not ctx.lexicon.names_topic(title, m.start, m.end)
            and not _titled_in_headline(ctx, title, m.start))
    return ctx.readings["headline_countries"]


def _titled_in_headline(ctx: ItemContext, headline: str, start: int) -> bool:
    """A headline's state right after a title ("... receives Foreign Minister of Togo"): the titled
    person's, not the one the item's untitled officials serve. An envoy's ("meets Ambassador of Costa
    Rica") stays: the envoys' state is weighed with the item's envoys."""
    return any(TITLE_OF.fullmatch(headline, match.end(), start) and not any(w in match.group(0).lower() for w in DIPLOMATIC)
               for match in role_pattern(ctx).finditer(headline, 0, start))


TITLE_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _venue(ctx: ItemContext, mention: Mention, visited: set[str]) -> bool:
    """A state named only as where something is held ("attended a meeting in Luxembourg"), not as one
    visited: no one's state."""
    return mention.kind == EntityKind.COUNTRY and mention.start > 0 and ctx.lowers[mention.start - 1] == "in" \
        and mention.key not in visited


def _filed_abroad(ctx: ItemContext, mention: Mention) -> bool:
    """A state that opens the dateline of another state's government release ("LUXEMBOURG - The Minister
    for Foreign Affairs, A, attended the Council" from Ireland's ministry): where its minister went, not
    the state the release's untitled officials serve."""
    if mention.kind != EntityKind.COUNTRY or not opens_dateline(ctx, mention, AFTER_DATELINE_CITY_OR_LINE) \
            or not _government_publisher(ctx):
        return False
    return ctx.entity(_publisher_country(ctx)).iso_code != ctx.entity(mention.key).iso_code


def _publishers_named_state(ctx: ItemContext) -> str | None:
    """The one country the publisher's name names ("State House of X"), when the item has it."""
    by_publisher = {m.entry.iso3 for m in ctx.gazetteer.find(ctx.item.publisher or "") if m.kind == EntityKind.COUNTRY}
    return _country_key(ctx, by_publisher.pop()) if len(by_publisher) == 1 else None


def _state_named(ctx: ItemContext, mention: Mention) -> str | None:
    """The country a mention names: a country, or a state's whole government ("the Government of Kenya")."""
    if mention.kind == EntityKind.COUNTRY:
        return mention.key
    if mention.kind == EntityKind.ORGANIZATION and (state := ctx.as_state(mention.key)) != mention.key:
        return state
    return None


AFTER_DATELINE_CITY_OR_LINE = re.compile(r"\s*(?:\[[^\[\]\n]{2,40}\]\s*)?(?:[,:/–—-]|\(|\n|$)")
"""What follows a dateline's city for a post's state: punctuation, optionally after its state in brackets
("New Delhi [India],"), or the end of its line ("AMMAN\n"); not a full stop."""


def _dateline_country(ctx: ItemContext) -> str | None:
    """The country of the city a dateline opens with ("AMMAN:", "Bangkok (VNA) –", "SEOUL, Aug. 24"):
    where the report is filed, the government an untitled minister of several countries' item serves.
    Of several such cities, the first found that has a country."""
    for mention in ctx.mentions:
        if mention.kind == EntityKind.PLACE and opens_dateline(ctx, mention, AFTER_DATELINE_CITY_OR_LINE):
            country = ctx.entity(mention.key).country
            if country:
                return country
    return None


def _dateline_state(ctx: ItemContext) -> str | None:
    """The state of the dateline's city, or the state the dateline names itself ("KUWAIT, Feb 3 (KUNA) --")."""
    return _dateline_country(ctx) or next((m.key for m in ctx.mentions if m.kind == EntityKind.COUNTRY
                                           and opens_dateline(ctx, m, AFTER_DATELINE_CITY_OR_LINE)), None)


def _country_key(ctx: ItemContext, iso3: str) -> str | None:
    """The key of the country the item names with this code, if it names it."""
    return next((k for k, e in ctx.table.entities.items() if e.iso_code == iso3), None)
