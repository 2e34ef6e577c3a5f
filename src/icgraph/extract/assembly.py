"""Event assembly across sentences: the people an item names outside the sentence that reports a
meeting join it, each on a side.

    "The meeting was attended by A and B."            (attendance cues, data/extraction/attendance_cues.txt)
    "Those present included A, foreign minister of X; B, ..."
    "X met with:" followed by list lines "• Mr. A, President"
    "The delegation included: A, B and C."            (the side named only as a group takes them)

An attendee joins the side whose people serve the same organization or country (their posts, or an
organization or country the side was named by); one that fits neither joins the side that was named
only as a group (a delegation, an organization), when there is one.

A side named only as an organization ("visited SESRIC Headquarters") is held by the people the item
gives a post in that organization ("... congratulated Ms. X, Director General of SESRIC").

Reads: the parse, mentions, entities, posts, meeting drafts. Writes: the sides of those drafts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from icgraph.errors import InputError
from icgraph.extract.context import ItemContext
from icgraph.extract.dates import GuardedPattern
from icgraph.extract.lexicon import EXTRACTION_DIR, _rows
from icgraph.extract.triggers import sentence_triggers
from icgraph.model import EntityKind, Post
from icgraph.textnorm import normalize_name

LIST_MARKS = r"[•·▪◦○●\-–—*]|\(?\d{1,2}[.)]|\(?[a-z][.)]"  # "•", "-", "1.", "2)", "(a)", "b."
LIST_MARK = re.compile(rf"^\s*(?:{LIST_MARKS})\s+")


CUE_KINDS = ("", "companion", "encounter", "side")


@lru_cache(maxsize=2)
def _cues(path: Path) -> tuple[GuardedPattern, ...]:
    """The cues of each kind of CUE_KINDS, of the table at `path`."""
    kinds: dict[str, list[str]] = {kind: [] for kind in CUE_KINDS}
    for number, row in enumerate(_rows(path), 1):
        phrase, kind = row[0], (row[1] if len(row) > 1 else "")
        if kind not in kinds:
            raise InputError(f"{path}: cue {number} ({phrase!r}): unknown kind {kind!r}; leave it empty or write "
                             "companion, encounter or side")
        try:
            re.compile(phrase)
        except re.error as error:
            raise InputError(f"{path}: cue {number} ({phrase!r}) is not a regular expression: {error}") from error
        kinds[kind].append(phrase)
    return tuple(_cues_of(kinds[kind]) for kind in CUE_KINDS)


def _cues_of(phrases: list[str]) -> GuardedPattern:
    """One case-blind pattern of the phrases, run only on a sentence that holds a word they need."""
    return GuardedPattern.of(re.compile(r"\b(?:" + "|".join(phrases) + r")\b" if phrases else r"(?!)", re.I))


@lru_cache(maxsize=2)
def attendance_cues(path: Path = EXTRACTION_DIR / "attendance_cues.txt") -> tuple[GuardedPattern, GuardedPattern]:
    """(attendance cues, companion cues) of the table at `path`; the cues that speak of the encounter
    itself are attendance cues too."""
    plain, companion, encounter, _ = _cues(path)
    return plain | encounter, companion


def encounter_cues(path: Path = EXTRACTION_DIR / "attendance_cues.txt") -> GuardedPattern:
    """Cues that name the encounter's own people without naming it ("The OECD was represented by A")."""
    return _cues(path)[2]


@lru_cache(maxsize=2)
def side_cues(path: Path = EXTRACTION_DIR / "attendance_cues.txt") -> GuardedPattern:
    """Cues that give who stood for one party of an encounter ("Canada was led by A"), and the
    encounter cues, which do so too ("The EU was represented by A")."""
    _, _, encounter, side = _cues(path)
    return encounter | side


def listed_after(ctx: ItemContext, sentence: Span) -> list[str]:
    """People named on the list lines that follow a sentence ending with ":" ("met with:" /
    "• Mr. A, President" / "• Mr. B, Prime Minister"), in order."""
    text = ctx.item.text
    if not ctx.text_of(sentence.start, sentence.end).rstrip().endswith(":"):
        return []
    position = sentence.end_char
    spans: list[tuple[int, int]] = []
    while position < len(text):
        line_end = text.find("\n", position + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end].strip("\n")
        if line.strip():
            if not LIST_MARK.match(line):
                break
            spans.append((position, line_end))
        position = line_end
    people: list[str] = []
    for mention in ctx.mentions:
        if mention.kind != EntityKind.PERSON or mention.key in people:
            continue
        start = ctx.doc[mention.start].idx
        if any(a <= start < b for a, b in spans):
            people.append(mention.key)
    return sorted(people, key=lambda key: min(ctx.doc[m.start].idx for m in ctx.mentions if m.key == key))


def affiliations(ctx: ItemContext, posts: Iterable[Post]) -> dict[str, set[str]]:
    """Person -> the organizations (and their top organizations and countries) they serve."""
    posts = list(posts)
    served: dict[str, set[str]] = {}
    for post in posts:
        if post.organization and not _sole_title_held_by_another(ctx, post, posts):
            served.setdefault(post.person, set()).update(_around(ctx, post.organization))
    return served


def _sole_title_held_by_another(ctx: ItemContext, post: Post, posts: list[Post]) -> bool:
    """ "President A held talks with the President of Uzbekistan, B": a state has one president (data/
    extraction/fact_words.tsv, sole-title), so A's bare title, which extraction gave B's state less surely
    than B's stated one, does not make A one of that state's people."""
    role = post.role.strip().lower()
    return role in ctx.lexicon.words_for("sole-title") and any(
        other.person != post.person and other.organization == post.organization and other.role.strip().lower() == role
        and other.evidence.confidence > post.evidence.confidence for other in posts)


def _around(ctx: ItemContext, key: str) -> set[str]:
    entity = ctx.entity(key)
    keys = {key}
    if entity.kind == EntityKind.ORGANIZATION:
        keys.add(ctx.top_organization(key))
        keys |= {k for k in (entity.country, ctx.entity(ctx.top_organization(key)).country) if k}
    return keys


def side_affiliation(ctx: ItemContext, side: Iterable[str], served: dict[str, set[str]]) -> set[str]:
    keys: set[str] = set()
    for key in side:
        if ctx.entity(key).kind == EntityKind.PERSON:
            keys |= served.get(key, set())
        else:
            keys |= _around(ctx, key)
    return keys


def group_only(ctx: ItemContext, draft) -> list[list[str]]:
    """The sides of `draft` named only by an organization, a country or a delegation (no person)."""
    return [side for side, named in ((draft.host, draft.groups[0]), (draft.guest, draft.groups[1]))
            if named and not any(ctx.entity(k).kind == EntityKind.PERSON for k in side)]


def place_attendees(ctx: ItemContext, draft, people: Iterable[str], served: dict[str, set[str]],
                    groups: list[list[str]], named: Iterable[str] = (), of_the_encounter: bool = False) -> None:
    """Each person joins the side of `draft` they fit (see the module's docstring); `groups` are the
    sides named only as a group when the meeting was read. People of one list whom no organization
    places go to the side of the country or organization the sentence names for them, when it fits
    one side only ("The Chilean delegation included A and B", "On the Peruvian side, ... C"), else
    where the others of the list went ("Also attending were Foreign Minister A, B and C"), else to the
    side named only as a group, else, at a gathering whose host is known, to its guests, else (people
    of no stated state or organization) to the one side that is not introduced by one either, else,
    when the sentence speaks of the encounter, to the host's side."""
    host_keys = side_affiliation(ctx, draft.host + draft.groups[0], served)
    guest_keys = side_affiliation(ctx, draft.guest + draft.groups[1], served)
    open_guests = bool(draft.host) and not draft.guest
    placed: list[list[str]] = []
    unplaced: list[str] = []
    for person in people:
        if person in draft.host + draft.guest:
            continue
        mine = served.get(person, set())
        fits = [side for side, keys in ((draft.host, host_keys), (draft.guest, guest_keys)) if mine & keys]
        if len(fits) == 1:
            fits[0].append(person)
            placed.append(fits[0])
        else:
            unplaced.append(person)
    hinted = [side for side, keys in ((draft.host, host_keys), (draft.guest, guest_keys))
              if keys & {k for key in named for k in _around(ctx, key)}]
    if len(hinted) == 1:
        fallback = hinted[0]
    elif placed and all(side is placed[0] for side in placed):
        fallback = placed[0]
    elif len(groups) == 1:
        fallback = groups[0]
    elif open_guests:
        fallback = draft.guest
    elif bool(host_keys) != bool(guest_keys) and draft.host and draft.guest:
        # "The meeting was also attended by Foreign Minister C": people named without their state or
        # organization are the publisher's own, on the side that is not introduced by one either
        # (or serving an institution neither side is introduced by: "The audience was attended by
        # the Minister of the Royal Court, C")
        fallback = draft.guest if host_keys else draft.host
        unplaced = [p for p in unplaced if not served.get(p, set()) & (host_keys | guest_keys)]
    elif (publisher_side := _publisher_side(ctx, draft, host_keys, guest_keys)) is not None \
            and any(not served.get(p) for p in unplaced):
        # "Present at the meeting from the ministry were A and B" in a release of one side's
        # ministry: people the item gives no state or organization are the publisher's own
        fallback = publisher_side
        unplaced = [p for p in unplaced if not served.get(p)]
    elif host_keys == guest_keys and draft.host and draft.guest:
        # "President A held talks with Prime Minister B. The talks were also attended by C and D": the
        # sides are given no state or organization that tells them apart; they took part all the same
        fallback = draft.host
    elif of_the_encounter and _has_people(ctx, draft.host) and _has_people(ctx, draft.guest):
        # "Kenyan President A received Ugandan Foreign Minister B. The meeting was also attended by C
        # and D": people the item places on neither side attended the encounter all the same; the
        # host's side, where a release's own people most often sit ("The lecture was attended by C"
        # names another event)
        fallback = draft.host
    else:
        return
    fallback.extend(p for p in unplaced if p not in draft.host + draft.guest)


def _publisher_side(ctx: ItemContext, draft, host_keys: set[str], guest_keys: set[str]) -> list[str] | None:
    """The side of `draft` whose states include the one state the item's publisher names ("Ministry
    of Energy of Ghana"), when it is one side's only."""
    publisher = f" {normalize_name(ctx.item.publisher or '')} "
    states = [k for k, e in ctx.table.entities.items()
              if e.kind == EntityKind.COUNTRY and f" {normalize_name(e.name)} " in publisher]
    if len(states) != 1 or not draft.host or not draft.guest:
        return None
    fits = [side for side, keys in ((draft.host, host_keys), (draft.guest, guest_keys)) if states[0] in keys]
    return fits[0] if len(fits) == 1 else None


def _another_event_attended(ctx: ItemContext, sentence: Span) -> bool:
    """ "The lecture was attended by C", "The ceremony was attended by C": the attended thing is named,
    and it is no encounter (data/extraction/encounter_nouns.tsv), so its attendees are not the meeting's."""
    for token in sentence:
        if ctx.lemmas[token.i] == "attend" and token.tag_ == "VBN":
            subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
            return any(s.pos_ == "NOUN" and ctx.lemmas[s.i] not in ctx.lexicon.encounter_nouns for s in subjects)
    return False


def attach_attendees(ctx: ItemContext, drafts: list, posts: list[Post], served: dict[str, set[str]] | None = None) -> None:
    """People named by an attendance cue join the latest meeting reported up to their sentence
    (`served`: the `affiliations` of the posts, when the caller has read them)."""
    if not drafts:
        return
    cues, companion_cues = attendance_cues()
    served = affiliations(ctx, posts) if served is None else served
    groups = {id(draft): group_only(ctx, draft) for draft in drafts}
    for sentence in ctx.sentences:
        draft = next((d for d in reversed(drafts) if d.sentence.start <= sentence.start), drafts[0])
        text = ctx.text_of(sentence.start, sentence.end)
        companion = companion_cues.search(text)
        if companion and _joins_both_sides(ctx, drafts, draft, sentence, served, sentence.start_char + companion.start(),
                                           sentence.start_char + companion.end()):
            continue
        if companion and _join_principal(ctx, draft, sentence, sentence.start_char + companion.start(),
                                         sentence.start_char + companion.end()):
            continue
        # a companion cue with no one of the encounter named before it attends the encounter itself
        # ("The two leaders were joined by A and B", "Accompanying the minister were A and B")
        if not (companion or cues.search(text) or attends_the_encounter_told(ctx, sentence, draft.sentence)) \
                or _another_event_attended(ctx, sentence):
            continue
        recipients = _recipients(ctx, sentence)
        mentions = [m for m in ctx.mentions_in(sentence.start, sentence.end) if m.start not in recipients]
        people = [m.key for m in mentions if m.kind == EntityKind.PERSON]
        first = min((m.start for m in mentions if m.kind == EntityKind.PERSON), default=sentence.end)
        # countries and organizations named before the first person, not inside anyone's title
        named = [m.key for m in mentions if m.start < first and m.kind in {EntityKind.COUNTRY, EntityKind.ORGANIZATION}]
        encounter = _names_an_encounter(ctx, sentence) or _right_after(ctx, draft.sentence, sentence)
        if not encounter and _another_activity_since(ctx, draft.sentence, sentence):
            continue  # "A met B. ... The minister later opened an exhibition. Present were C and D."
        place_attendees(ctx, draft, list(dict.fromkeys(people + listed_after(ctx, sentence))), served,
                        groups[id(draft)], named, of_the_encounter=encounter)


ATTENDING_VERBS = frozenset({"attend", "join"})


def attends_the_encounter_told(ctx: ItemContext, sentence: Span, reported: Span) -> bool:
    """ "A held a summit meeting with B. C and D also attended the summit": the object of a verb of
    attending is "the" word that qualified the encounter's noun in the sentence reporting it, which
    names that encounter again."""
    lemmas = ctx.lemmas
    if not any(lemma in ATTENDING_VERBS for lemma in lemmas[sentence.start:sentence.end]):
        return False  # no verb of attending: the encounter's words need not be read
    qualifiers = {ctx.lemmas[t.i] for t in reported if t.dep_ == "compound" and t.head.i == t.i + 1
                  and ctx.lemmas[t.head.i] in ctx.lexicon.encounter_nouns}
    return bool(qualifiers) and any(
        ctx.lemmas[t.i] in ATTENDING_VERBS and not t.tag_ == "VBN" and any(
            o.dep_ == "dobj" and ctx.lemmas[o.i] in qualifiers and any(d.lower_ == "the" for d in o.children)
            for o in t.children)
        for t in sentence)


RECIPIENT_PREPS = frozenset({"to", "on", "upon"})


def _recipients(ctx: ItemContext, sentence: Span) -> set[int]:
    """Tokens of whom an award, a prize or an honour goes to (data/extraction/fact_words.tsv `award`):
    "presented the National Prize to C and D, in the presence of B", "decorated C": C and D attended
    nothing; they received something."""
    words = ctx.lexicon.words_for("award")
    out: set[int] = set()
    for token in sentence:
        if ctx.lemmas[token.i] not in words or token.pos_ != "VERB":
            continue
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS \
                    or child.dep_ == "dobj" and ctx.mention_at(child.i) is not None:
                out |= ctx.subtree(child)
    return out


OTHER_ACTIVITY_FRAMES = frozenset({"participate", "launch", "speech", "organize", "chair", "preside", "patron", "hosting",
                                   "gather"})
"""Frames of what a person does at an event that is no encounter: taking part, opening, speaking, and
running it ("chaired a session of the Council", "presided over the graduation", "under the patronage of")."""


def _another_activity_since(ctx: ItemContext, reported: Span, sentence: Span) -> bool:
    """Whether a sentence between the report of the encounter and `sentence` tells of another
    activity of its people ("The minister later opened an exhibition"): an attendance cue that names
    no encounter then speaks of that activity."""
    cues, companion_cues = attendance_cues()
    for other in ctx.sentences:
        text = ctx.text_of(other.start, other.end)
        if not reported.start < other.start < sentence.start or _names_an_encounter(ctx, other) \
                or cues.search(text) or companion_cues.search(text):
            continue  # "The meeting was attended by C", "Those present included D", "joined by E"
        if any(match.trigger.frame in OTHER_ACTIVITY_FRAMES for match in sentence_triggers(ctx, other)):
            return True
    return False


def _names_an_encounter(ctx: ItemContext, sentence: Span) -> bool:
    return any(ctx.lemmas[i] in ctx.lexicon.encounter_nouns for i in range(sentence.start, sentence.end)) \
        or encounter_cues().search(ctx.text_of(sentence.start, sentence.end)) is not None


def _right_after(ctx: ItemContext, reported: Span, sentence: Span) -> bool:
    """ "A met B. Among those present were C and D": the cue's sentence follows the report of the
    encounter, next to it, so it speaks of that encounter though it does not name it."""
    following = [s for s in ctx.sentences if s.start > reported.start]
    return bool(following) and following[0].start == sentence.start


def fill_awaited_groups(ctx: ItemContext, drafts: list) -> None:
    """A side given only as a group of people ("received the letters of credence of four new
    ambassadors") takes the people the first later sentence that names that group lists after it
    ("Presenting their credentials were Ambassador A of X, Ambassador B of Y ...", "The following
    Ambassadors attended the dinner:" and its list lines)."""
    for draft in drafts:
        if not draft.awaiting:
            continue
        empty = [side for side in (draft.host, draft.guest) if not _has_people(ctx, side)]
        if len(empty) == 2:
            _fill_institution_sides(ctx, draft)
            continue
        if len(empty) != 1:
            continue
        for sentence in ctx.sentences:
            if sentence.start <= draft.sentence.start:
                continue
            forms = {draft.awaiting, draft.awaiting + "s", draft.awaiting + "es"}  # "Ambassadors" tagged as a name
            named = next((t for t in sentence if t.lemma_.lower() in forms or t.lower_ in forms), None)
            if named is None:
                continue
            listed = [m.key for m in ctx.mentions_in(named.i, sentence.end, frozenset({EntityKind.PERSON}))]
            people = [k for k in dict.fromkeys(listed + listed_after(ctx, sentence)) if k not in draft.host + draft.guest]
            if people:
                empty[0].extend(people)
                break


def _fill_institution_sides(ctx: ItemContext, draft) -> None:
    """Both sides given as institutions' groups ("the delegations of X and Y"): each person a later
    sentence names after one of those institutions and that group, or a side cue ("The X delegation
    was headed by A, and the Y delegation by B", "X's delegation was led by A, while B headed the Y
    team", "X was represented by A") joins that institution's side."""
    forms = {draft.awaiting, draft.awaiting + "s", draft.awaiting + "es"}
    sides = [(side, {k for key in side for k in _around(ctx, key)}) for side in (draft.host, draft.guest)]
    cues = side_cues()
    for sentence in ctx.sentences:
        if sentence.start <= draft.sentence.start or not any(t.lemma_.lower() in forms or t.lower_ in forms for t in sentence) \
                and not cues.search(ctx.text_of(sentence.start, sentence.end)):
            continue
        institution, waiting, joined = None, None, None
        for mention in sorted(ctx.mentions_in(sentence.start, sentence.end), key=lambda m: m.start):
            if mention.kind in {EntityKind.COUNTRY, EntityKind.ORGANIZATION}:
                institution, joined = mention.key, None
                if waiting is not None and mention.end < sentence.end and ctx.lemmas[mention.end] in forms | TEAM_NOUNS:
                    _join_side_of(sides, draft, institution, waiting)  # "while B headed the U.S. team"
                    institution, waiting = None, None
            elif mention.kind == EntityKind.PERSON:
                if institution is None and joined is not None and _added_by_and(ctx, joined[1], mention.start):
                    institution = joined[0]  # "The EU was led by A and Director B, and Canada by C"
                if institution is None:
                    waiting = mention.key
                    continue
                _join_side_of(sides, draft, institution, mention.key)
                institution, waiting, joined = None, None, (institution, mention.end)
        if _has_people(ctx, draft.host) and _has_people(ctx, draft.guest):
            return


def _added_by_and(ctx: ItemContext, end: int, start: int) -> bool:
    """The person named at `start` is added by "and" to the one whose name ends at `end`, with at most
    a title between ("A and Director B")."""
    words = ctx.text_of(end, start).split()
    return bool(words) and words[0] == "and" and all(w[:1].isupper() for w in words[1:])


TEAM_NOUNS = frozenset({"delegation", "team", "side"})  # a state's team that a person heads: "the U.S. team", "the Chinese side"


def _join_side_of(sides: list, draft, institution: str, person: str) -> None:
    """The person joins the one side whose institutions include `institution`."""
    fits = [side for side, keys in sides if institution in keys]
    if len(fits) == 1 and person not in draft.host + draft.guest:
        fits[0].append(person)


def _has_people(ctx: ItemContext, side: Iterable[str]) -> bool:
    return any(ctx.entity(k).kind == EntityKind.PERSON for k in side)


def staff_organization_sides(ctx: ItemContext, drafts: list, served: dict[str, set[str]]) -> None:
    """A side named only by organizations takes the people the item gives a post in them (`served`:
    the `affiliations` of the item's posts), when the other side names people."""
    for draft in drafts:
        for side, named, other in ((draft.host, draft.groups[0], draft.guest), (draft.guest, draft.groups[1], draft.host)):
            if any(ctx.entity(k).kind == EntityKind.PERSON for k in side) \
                    or not any(ctx.entity(k).kind == EntityKind.PERSON for k in other):
                continue
            organizations = {ctx.top_organization(k) for k in named if ctx.entity(k).kind == EntityKind.ORGANIZATION}
            staff = [person for person, keys in served.items()
                     if keys & organizations and person not in draft.host + draft.guest]
            side.extend(sorted(staff, key=lambda key: _first_mention(ctx, key)))


def _first_mention(ctx: ItemContext, key: str) -> int:
    return min((m.start for m in ctx.mentions if m.key == key), default=0)


def _joins_both_sides(ctx: ItemContext, drafts: list, draft, sentence: Span, served: dict[str, set[str]],
                      cue_char: int, cue_end: int) -> bool:
    """ "A and B held a bilateral meeting before being joined by C": the sentence names people of both
    sides of the draft before the cue, and C serves a third party (not their aide), so C met them both,
    in an encounter of its own kept apart from theirs (two sides cannot hold three parties). Each joiner
    has one of their own: "joined by C and D" says not which side C and D are on, nor that they are on
    one."""
    people = ctx.mentions_in(sentence.start, sentence.end, frozenset({EntityKind.PERSON}))
    before = {m.key for m in people if ctx.doc[m.start].idx < cue_char}
    joiners = [k for k in dict.fromkeys(m.key for m in people if ctx.doc[m.start].idx >= cue_end)
               if k not in draft.host + draft.guest]
    if not joiners or not before & set(draft.host) or not before & set(draft.guest):
        return False
    sides = side_affiliation(ctx, draft.host + draft.guest, served)
    if not all(served.get(k) and not served[k] & sides for k in joiners):
        return False  # "A and B held talks, joined by their foreign ministers C and D": each on their side
    drafts.extend(replace(draft, host=[joiner], guest=list(draft.host + draft.guest), others=[],
                          groups=([], []), joined=True, reported=frozenset()) for joiner in joiners)
    return True


def _join_principal(ctx: ItemContext, draft, sentence: Span, cue_char: int, cue_end: int) -> bool:
    """ "..., led by A, joined by B and C": B and C join the side of the last person of the draft
    named before the cue, or in it ("Accompanying President A were B and C"); False when the
    sentence names no such person ("Accompanying the minister were B and C": attendance)."""
    people = ctx.mentions_in(sentence.start, sentence.end, frozenset({EntityKind.PERSON}))
    before = [m.key for m in people if ctx.doc[m.start].idx < cue_end and m.key in draft.host + draft.guest]
    if not before:
        # a family name in the cue that no mention took ("Accompanying President Masire were")
        words = set(ctx.item.text[cue_char:cue_end].split())
        before = [k for k in draft.host + draft.guest
                  if ctx.entity(k).kind == EntityKind.PERSON and ctx.entity(k).name.split()[-1] in words]
    if not before:
        return False
    side = draft.host if before[-1] in draft.host else draft.guest
    side.extend(m.key for m in people if ctx.doc[m.start].idx >= cue_end and m.key not in draft.host + draft.guest)
    return True
