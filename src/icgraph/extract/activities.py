"""Participations, organizers, partners, patrons and chairs of events other than meetings
(ceremonies, conferences, forums, festivals, fairs, programmes, competitions, launches).

"X took part in / participated in / attended E", "X was represented at E by A and B",
"E, organized by X", "X organized E", "in partnership / collaboration / cooperation with X",
"under the (high) patronage of X", "presided over by X", "X launched E".
"the event", "the Festival" and the like refer back to the event last named in the item.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from icgraph.extract.context import ItemContext
from icgraph.extract.dating import dates_near
from icgraph.extract.events import Draft, _agents_in, _patronage, _prefer_people, _subjects, _token_set
from icgraph.extract.lexicon import singular
from icgraph.extract.triggers import TriggerMatch, is_planned, sentence_triggers
from icgraph.model import MEETING_KINDS, EntityKind, EventKind, Role

ROLE_OF_FRAME = {"participate": Role.PARTICIPANT, "organize": Role.ORGANIZER, "partner": Role.PARTNER,
                 "patron": Role.PATRON, "chair": Role.CHAIR, "launch": Role.ORGANIZER}
GENERIC_DETERMINERS = frozenset({"the", "this", "that", "its"})
CUT = re.compile(r",|\s(?:held|organi[sz]ed|which|that|where|under|on|from|at|by|with|featuring)\s")
NAMED_EVENT = re.compile(
    r"(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w'’&-]*(?:\s+(?:of|for|on|and|the|in|de|la)\s+|\s+)){0,10}"
    r"[A-Z][\w'’&-]*(?:\s+[a-z]+)?")


def _event_phrase(token: Token) -> Span:
    """The noun phrase of an event word, without trailing clauses."""
    subtree = list(token.subtree)
    span = token.doc[subtree[0].i:subtree[-1].i + 1]
    text = span.text
    match = CUT.search(text, pos=len(token.text) if text.startswith(token.text) else 0)
    if match:
        end_char = span.start_char + match.start()
        cut = token.doc.char_span(span.start_char, end_char, alignment_mode="contract")
        if cut is not None and len(cut) > 0:
            span = cut
    while len(span) > 1 and span[0].lower_ in {"the", "a", "an", "its", "their", "his", "her", "in", "at"}:
        span = span[1:]
    return span


def _event_word(ctx: ItemContext, token: Token) -> bool:
    return singular(token.lemma_) in ctx.lexicon.event_nouns or singular(token.text) in ctx.lexicon.event_nouns


def _event_token_in(ctx: ItemContext, tokens: list[Token]) -> Token | None:
    """The head of the event named among `tokens`: the word the others depend on."""
    candidates = [t for t in tokens if _event_word(ctx, t) or t.ent_type_ == "EVENT"]
    if not candidates:
        return None
    ids = {t.i for t in tokens}
    for token in candidates:
        node, top = token, True
        while node.head.i != node.i:
            node = node.head
            if node.i in ids and node in candidates:
                top = False
                break
            if node.i not in ids:
                break
        if top:
            return token
    return candidates[0]


def _kind(ctx: ItemContext, phrase: Span) -> EventKind:
    for token in reversed(list(phrase)):
        kind = ctx.lexicon.event_nouns.get(singular(token.text))
        if kind is not None and kind not in {EventKind.MEETING}:
            return kind
    return EventKind.OTHER


def _is_generic(phrase: Span) -> bool:
    """ "the event", "this edition", "the Festival": a reference back. "a seminar" is a new event."""
    words = [t for t in phrase if not t.is_punct]
    if phrase.start > 0 and phrase.doc[phrase.start - 1].lower_ in {"a", "an"}:
        return False
    return len(words) <= 2 and (not words or words[0].lower_ in GENERIC_DETERMINERS or len(words) == 1)


def _target(ctx: ItemContext, match: TriggerMatch) -> Token | None:
    head = match.head
    frame = match.trigger.frame
    if frame == "participate" and head.pos_ in {"NOUN", "PROPN"}:
        # "the Forum ... was held, featuring the participation of X": the event the clause is about
        node = head
        while node.head.i != node.i and node.pos_ not in {"VERB", "AUX"}:
            node = node.head
        while node.dep_ in {"advcl", "xcomp", "acl", "conj"} and node.head.i != node.i:
            node = node.head
        for subject in _subjects(node) if node.pos_ in {"VERB", "AUX"} else []:
            token = _event_token_in(ctx, list(subject.subtree))
            if token is not None:
                return token
        return _event_token_in(ctx, list(head.sent))
    if frame == "participate":
        for child in head.children:
            if child.dep_ == "dobj" and _event_word(ctx, child):
                return child
            if child.dep_ == "prep" and child.lower_ in {"in", "at"}:
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
        return None
    if frame in {"organize", "launch", "chair"}:
        passive = any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in head.children)
        if head.dep_ in {"acl", "amod"} and _event_word(ctx, head.head):
            return head.head
        if passive:
            subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
            if subjects:
                return subjects[0]
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if objects:
            return objects[0]
        return _event_token_in(ctx, list(head.sent))
    # partner, patron: the event the clause is about
    node = match.tokens[0]
    while node.head.i != node.i and node.pos_ not in {"VERB", "AUX"}:
        node = node.head
    if node.head.i != node.i and node.dep_ in {"acl", "relcl"} and _event_word(ctx, node.head):
        return node.head
    for subject in _subjects(node) if node.pos_ in {"VERB", "AUX"} else []:
        token = _event_token_in(ctx, list(subject.subtree))
        if token is not None:
            return token
    return _event_token_in(ctx, list(match.tokens[0].sent))


def _agents(ctx: ItemContext, match: TriggerMatch) -> list[str]:
    head = match.head
    frame = match.trigger.frame
    if frame in {"partner", "patron"} or match.tokens[-1].pos_ == "ADP":
        last = match.tokens[-1]
        tokens = _token_set(last.subtree) if last.dep_ == "prep" else set()
        if not tokens:
            for child in last.children:
                tokens |= _token_set(child.subtree)
        keys = [k for k in _agents_in(ctx, tokens) if not _in_parentheses(ctx, k, tokens)]
        if frame in {"patron", "participate"}:
            return _prefer_people(ctx, keys)
        organizations = [k for k in keys if ctx.entity(k).kind == EntityKind.ORGANIZATION]
        return organizations or keys
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children) or head.dep_ in {"acl", "amod"}
    tokens: set[int] = set()
    if passive:
        for child in head.children:
            if child.dep_ == "agent":
                tokens |= _token_set(child.subtree)
        if frame == "participate":
            for subject in _subjects(head):
                tokens |= _token_set(subject.subtree)
    else:
        for subject in _subjects(head):
            tokens |= _token_set(subject.subtree)
    keys = _agents_in(ctx, tokens - _patronage(head.sent))
    if frame == "participate" and passive:
        return keys
    if frame in {"organize", "launch"}:
        organizations = [k for k in keys if ctx.entity(k).kind != EntityKind.PERSON]
        return organizations or keys
    return _prefer_people(ctx, keys)


def _in_parentheses(ctx: ItemContext, key: str, tokens: set[int]) -> bool:
    """ "Brahmam Innovations (USA)": a country in brackets after a name only locates it."""
    doc = ctx.doc
    for mention in ctx.mentions:
        if mention.key == key and mention.start in tokens:
            if mention.start > 0 and doc[mention.start - 1].text == "(" and ctx.entity(key).kind == EntityKind.COUNTRY:
                return True
    return False


def named_events(ctx: ItemContext, text: str) -> list[tuple[int, str]]:
    """Capitalised names of events in a text ("International Book Fair", "App-a-Thon for Health
    initiative"), with their offsets: names whose head word is an event word."""
    found = []
    for match in NAMED_EVENT.finditer(text):
        name = match.group(0).strip()
        words = name.split()
        while words and words[0].lower() in GENERIC_DETERMINERS | {"a", "an", "these", "those"}:
            words = words[1:]  # "The event" at the start of a sentence is no name
        name = " ".join(words)
        proper = [w for w in words[:-1] if w[:1].isupper() and not w[:1].isdigit()]
        if len(words) < 2 or not proper:
            continue
        cut = max((i for i, w in enumerate(words[:-1]) if i > 0 and singular(w) in ctx.lexicon.event_nouns
                   and w[:1].isupper()), default=None)
        if cut is not None and singular(words[-1]) not in ctx.lexicon.event_nouns:
            words = words[:cut + 1]  # "... Youth Training Program in Cameroon": the name ends at its head
            name = " ".join(words)
        if words[-1].endswith("s") and singular(words[-1]) != words[-1].lower():
            continue  # "Youth Projects", "Cultural Industries": plural heads name no one event
        head = singular(words[-1])
        if head not in ctx.lexicon.event_nouns:
            if words[-1].islower():
                name = " ".join(words[:-1])
                head = singular(words[-2])
            if head not in ctx.lexicon.event_nouns or len(name.split()) < 2:
                continue
        found.append((match.start(), name))
    return found


def find_activities(ctx: ItemContext) -> list[Draft]:
    drafts: list[Draft] = []
    # names in the title come first: a generic phrase prefers the nearest name before it in the text
    ctx.named_events = [(-1, n) for _, n in named_events(ctx, ctx.item.title or "")] + named_events(ctx, ctx.item.text)
    for sentence in ctx.doc.sents:
        for match in sentence_triggers(ctx, sentence):
            frame = match.trigger.frame
            if frame not in ROLE_OF_FRAME or is_planned(match.head):
                continue
            target = _target(ctx, match)
            if target is None:
                continue
            phrase = _event_phrase(target)
            if frame == "participate" and not (_event_word(ctx, target) or target.ent_type_ == "EVENT"):
                continue  # "participating in the pavilion's programming" names no event
            if target.tag_ in {"NNS", "NNPS"} and not any(t.text[:1].isupper() for t in phrase):
                continue  # "the initiatives launched by X": no one event
            if frame in {"organize", "launch", "chair"} and not (
                    _event_word(ctx, target) or target.ent_type_ == "EVENT" or target.text[:1].isupper()):
                continue  # "hosted a delegation": not an event
            agents = _agents(ctx, match)
            if not agents:
                continue
            draft = _event_for(ctx, drafts, phrase, sentence)
            role = ROLE_OF_FRAME[frame]
            if role in {Role.ORGANIZER, Role.PARTNER}:
                # "implemented by X's Science Sector": the organization acts through its unit
                agents = list(dict.fromkeys(ctx.top_organization(k) if ctx.entity(k).kind == EntityKind.ORGANIZATION
                                            else k for k in agents))
            for key in agents:
                if (key, role) not in draft.others:
                    draft.others.append((key, role))
    _framing_events(ctx, drafts)
    return [d for d in drafts if d.others]


def _named_before(ctx: ItemContext, phrase: Span) -> str | None:
    """The named event a generic phrase ("the event", "this initiative", "the Festival") stands for:
    the last one named before it with the same head word, else the last one named before it."""
    head = singular(phrase[-1].text)
    before = [(start, name) for start, name in ctx.named_events if start < phrase.start_char]
    same_head = [name for _, name in before if head == singular(name.split()[-1])]
    if same_head:
        return same_head[-1]
    text_names = [name for start, name in before if start >= 0]  # title case makes titles unreliable here
    return text_names[-1] if text_names else None


def _event_for(ctx: ItemContext, drafts: list[Draft], phrase: Span, sentence: Span) -> Draft:
    name = phrase.text.strip()
    if _is_generic(phrase):
        named = _named_before(ctx, phrase)
        if named:
            name = named
        elif drafts:
            return drafts[-1]
    for draft in drafts:
        if draft.name and (name.lower() in draft.name.lower() or draft.name.lower() in name.lower()):
            if len(name) > len(draft.name):
                draft.name = name
            return draft
    dates, place, venue = dates_near(ctx, sentence, meeting=False)
    draft = Draft(kind=_kind(ctx, phrase), sentence=sentence, dates=dates, place=place, venue=venue, name=name,
                  confidence=0.7)
    drafts.append(draft)
    return draft


def _framing_events(ctx: ItemContext, drafts: list[Draft]) -> None:
    """ "During the closing ceremony, ... A and B ...", "At the opening of the Forum, A said ...":
    the people a sentence names take part in the event it opens with."""
    for sentence in ctx.doc.sents:
        first = sentence[0]
        if first.lower_ not in {"during", "at"} or len(sentence) < 4:
            continue
        pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
        if pobj is None or not _event_word(ctx, pobj):
            continue
        if ctx.lexicon.event_nouns.get(singular(pobj.text)) in MEETING_KINDS | {EventKind.MEETING}:
            continue  # "During the meeting, ..." is the meeting itself
        words = {t.lower_ for t in pobj.subtree}
        if words & {"signing", "visit", "meeting", "talks"} or "the" not in words and not pobj.text[:1].isupper():
            continue  # part of a signing or visit, or "a working session": no event of its own
        excluded = _token_set(first.subtree) | _patronage(sentence)
        people = [m.key for m in ctx.mentions_in(sentence.start, sentence.end, frozenset({EntityKind.PERSON}))
                  if m.start not in excluded]
        if not people:
            continue
        draft = _event_for(ctx, drafts, _event_phrase(pobj), sentence)
        for key in people:
            if not any(k == key for k, _ in draft.others):
                draft.others.append((key, Role.PARTICIPANT))
