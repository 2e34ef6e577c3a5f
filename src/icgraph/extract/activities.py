"""Participations, organizers, partners, patrons and chairs of events other than meetings
(ceremonies, conferences, forums, festivals, fairs, programmes, competitions, launches).

"X took part in / participated in / attended E", "X was represented at E by A and B",
"E, organized by X", "X organized E", "X sponsored E", "in partnership / collaboration / cooperation with X",
"under the (high) patronage of X", "presided over by X", "X launched E".
"the event", "the Festival" and the like refer back to the event last named in the item, and so does
a participation that names no event ("X and Y also took part", "X was represented by A", "Officers from
A and B participated").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from enum import Enum
from functools import lru_cache

from spacy.tokens import Span, Token

from icgraph.extract.assembly import affiliations, attach_attendees, attends_the_encounter_told
from icgraph.extract.context import ItemContext, credit_only
from icgraph.extract.dating import EventDates, _opens_with_dateline, dateline_place, dates_near
from icgraph.extract.events import Draft, _agents_in, _patronage, _prefer_people, _subjects, _token_set, encounter_kind
from icgraph.extract.lexicon import Trigger, singular
from icgraph.extract.triggers import TriggerMatch, is_planned, sentence_triggers
from icgraph.model import DIRECT_ROLES, MEETING_KINDS, EntityKind, EventKind, Post, Role

ROLE_OF_FRAME = {"participate": Role.PARTICIPANT, "organize": Role.ORGANIZER, "partner": Role.PARTNER,
                 "patron": Role.PATRON, "chair": Role.CHAIR, "launch": Role.ORGANIZER,
                 "preside": Role.CHAIR, "elect": Role.PARTICIPANT, "participation": Role.PARTICIPANT,
                 "hosting": Role.ORGANIZER, "invite": Role.ORGANIZER, "speech": Role.PARTICIPANT,
                 "gather": Role.PARTICIPANT}
INVITED_ACTS = frozenset({"participate", "attend", "take", "join"})  # "invites X to participate in E"
CHAIR_TITLES = frozenset({"president", "chair", "chairman", "chairperson", "chairwoman"})
COMPANION_WORDS = frozenset({"along", "together"})
DELEGATION = frozenset({"delegation", "delegations"})
NUMBER_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
PEOPLE = frozenset({EntityKind.PERSON})
GENERIC_DETERMINERS = frozenset({"the", "this", "that", "its", "both", "these", "those", "all"})
OPENING_DETERMINERS = GENERIC_DETERMINERS | {"a", "an"}  # words that open a phrase, not an event's name
QUOTES = frozenset("\"“‘'")
THEME_LINKS = frozenset({"of", "for", "and", "the", "in", "on"})
PLACE_LINKS = frozenset({"in", "at"})
CUT = re.compile(r",|\s(?:held|organi[sz]ed|which|that|where|under|on|from|at|by|with|alongside|featuring)\s")
NAMED_EVENT = re.compile(  # the look-ahead: what a name can start with, tested first at each position
    r"(?=[\dA-Z])(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w'’&-]*(?:(?:\s+(?:of|for|on|and|the|in|de|la)){1,2}\s+|\s+)){0,10}"
    r"[A-Z][\w'’&-]*(?:\s+[a-z]+)?")


def _theme_end(token: Token, end: int) -> int:
    """End of a theme the parser hung elsewhere: "the Forum on “Advancing Rural Schools”"."""
    doc = token.doc
    if not token.text[:1].isupper() or end != token.i + 1 or end + 1 >= len(doc) or doc[end].lower_ != "on":
        return end
    first = doc[end + 1]
    if first.ent_type_ in WHEN:
        return end  # "told the Forum on Wednesday": a day, no theme
    if first.text in QUOTES:
        for i in range(end + 2, min(end + 30, len(doc))):
            if doc[i].text in QUOTES or doc[i].text in {"”", "’"}:
                return i + 1
        return end
    i = end + 1
    while i < len(doc) and (doc[i].text[:1].isupper() or doc[i].lower_ in THEME_LINKS and i + 1 < len(doc)
                            and doc[i + 1].text[:1].isupper()):
        i += 1
    return i if i > end + 1 else end


NAME_LINKS = frozenset({"to"})  # "the Conference of the Parties [to the Convention on ...]"
OUTSIDE_NAMES = frozenset({"PERSON", "GPE", "DATE", "TIME"})


def _name_end(token: Token, end: int) -> int:
    """End of a capitalised name the parser cut: the rest of a quoted title ("the symposium “Heritage
    and Identity [in the Digital Age]”") and a "to the ..." part of the name that it hung on the verb
    ("addressed the Meeting of the Conference of the Parties [to the Convention on Biological
    Diversity]"); a person, state or date after "to" is no part of the name."""
    doc = token.doc
    opened = [t for t in doc[token.i:end] if t.text in {"“", "\""}]
    if opened and not any(t.text in {"”", "\""} for t in doc[opened[-1].i + 1:end]):
        close = next((t.i for t in doc[end:min(end + 15, len(doc))] if t.text in {"”", "\""}), None)
        if close is not None and not any(t.is_sent_start for t in doc[end:close + 1]):
            return close + 1
    if not doc[end - 1].text[:1].isupper() or end + 2 >= len(doc) or doc[end].lower_ not in NAME_LINKS:
        return end
    i = end + 1 + (doc[end + 1].lower_ == "the")
    if i >= len(doc) or not doc[i].text[:1].isupper() or doc[i].ent_type_ in OUTSIDE_NAMES:
        return end
    while i < len(doc) and (doc[i].text[:1].isupper() and not doc[i].is_sent_start or doc[i].lower_ in THEME_LINKS
                            and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()):
        i += 1
    return i


def _event_phrase(token: Token) -> Span:
    """The noun phrase of an event word, without trailing clauses, up to the first word outside it
    ("The ceremony [was attended by] A, ..., and B": the parser may hang B on the event word)."""
    subtree = list(token.subtree)
    span = token.doc[subtree[0].i:_name_end(token, _theme_end(token, _first_gap(token, subtree)))]
    text = span.text
    match = None
    for found in CUT.finditer(text, pos=len(token.text) if text.startswith(token.text) else 0):
        rest = text[found.end():found.end() + 1]
        if found.group(0).strip() == "on" and token.text[:1].isupper() and (rest.isupper() or rest in QUOTES) \
                and _after(span, found.end()).ent_type_ not in WHEN:
            continue  # a theme in the name: "the Forum on “Women's Leadership”", "Conference on Ocean Security"
        if found.group(0) == "," and _inside_a_name(span, span.start_char + found.start()):
            continue  # "the General Conference of the United Nations Educational, Scientific and Cultural Organization"
        match = found
        break
    if match:
        end_char = span.start_char + match.start()
        cut = token.doc.char_span(span.start_char, end_char, alignment_mode="contract")
        if cut is not None and len(cut) > 0:
            span = cut
    while len(span) > 1 and span[0].lower_ in {"the", "a", "an", "its", "their", "his", "her", "in", "at"}:
        span = span[1:]
    return _brackets_closed(span)


WHEN = frozenset({"DATE", "TIME"})
DASHES = frozenset({"-", "–", "—"})


def _first_gap(token: Token, subtree: list[Token]) -> int:
    """Where the words of an event word's phrase stop being its own: "The festival [was opened by A,
    and the Commissioner of Y, B]", whose title the parser hung on "festival", ends before "was"."""
    own = {t.i for t in subtree}
    return next((i for i in range(token.i + 1, subtree[-1].i + 1) if i not in own), subtree[-1].i + 1)


def _after(span: Span, offset: int) -> Token:
    """The token at a character offset of the span's text (its last token past the end)."""
    char = span.start_char + offset
    return next((t for t in span if t.idx + len(t.text) > char), span[-1])


def _brackets_closed(span: Span) -> Span:
    """A name cut inside its brackets ("... Asia and the Pacific (ESCAP") takes its closing bracket."""
    opened = [t.i for t in span if t.text == "("]
    if not opened or any(t.text == ")" for t in span.doc[opened[-1]:span.end]):
        return span
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == ")":
        return doc[span.start:span.end + 1]
    return doc[span.start:opened[-1]] if opened[-1] > span.start else span


def _inside_a_name(span: Span, char: int) -> bool:
    """The comma at `char` is inside a name the tagger read whole (an organization's)."""
    comma = span.doc.char_span(char, char + 1)
    return comma is not None and len(comma) == 1 and comma[0].ent_iob_ == "I" and comma[0].ent_type_ in {"ORG", "FAC"}


EDITION_NAME = re.compile(r"[A-Z]{3,8}\d{1,4}")
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


class _WordOfEvent(Enum):
    """What the parse alone says of a word as the name of an event (`_event_word`)."""

    NEVER = "an encounter's noun, or a word of a phrase naming whose act it is"
    EVENT = "an event noun, or a body's word numbered by an ordinal"
    EDITION = "an acronym with its edition's number, unless it names an entity"
    OTHER = "an event's word only as an acronym the item defines for one"


def _event_word(ctx: ItemContext, token: Token) -> bool:
    """A word naming an event: an event noun, an acronym with its edition's number ("COP29",
    "WUF12") that names no entity, a body's word numbered by an ordinal ("the 150th Assembly"), or an
    acronym the item defines for an event. What the parse says is read once per token (the rules ask
    it of the same words again and again); the entities and acronyms found so far at each call."""
    word = ctx.event_words.get(token.i)
    if word is None:
        word = ctx.event_words[token.i] = _word_of_event(ctx, token)
    if word is _WordOfEvent.EVENT:
        return True
    if word is _WordOfEvent.NEVER:
        return False
    return word is _WordOfEvent.EDITION and ctx.mention_at(token.i) is None or ctx.texts[token.i] in ctx.event_acronyms


def _word_of_event(ctx: ItemContext, token: Token) -> _WordOfEvent:
    if encounter_kind(ctx, token) is not None and ctx.lemmas[token.i] not in ctx.lexicon.encounter_nouns:
        return _WordOfEvent.NEVER  # "a video conference": an encounter, though its head names a gathering
    if _in_a_phrase_of_whose_act(ctx, token):
        return _WordOfEvent.NEVER
    text, nouns = ctx.texts[token.i], ctx.lexicon.event_nouns
    if singular(ctx.lemmas[token.i]) in nouns or singular(text) in nouns or ctx.lowers[token.i] in nouns \
            or _numbered_sitting(ctx, token):
        return _WordOfEvent.EVENT
    return _WordOfEvent.EDITION if EDITION_NAME.fullmatch(text) is not None else _WordOfEvent.OTHER


def _in_a_phrase_of_whose_act(ctx: ItemContext, token: Token) -> bool:
    """ "At the initiative of the Armenian side, a call took place": a word of a phrase that names who
    asked for the act (post_words.tsv `other-side`, those of several words) names no event."""
    lowers = ctx.lowers
    for k, words in _places_in_cues(ctx.lexicon.words_for("other-side")).get(lowers[token.i], ()):
        start = token.i - k
        if start >= 0 and lowers[start:start + len(words)] == words:
            return True
    return False


@lru_cache(maxsize=4)
def _places_in_cues(cues: frozenset[str]) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """word -> (its place, the cue's words) of each cue of several words it is in: the cues a word can
    open, close or sit inside, looked up by the word instead of tried one by one at every token."""
    places: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for cue in cues:
        words = tuple(cue.split())
        if len(words) > 1:
            for k, word in enumerate(words):
                places.setdefault(word, []).append((k, words))
    return {word: tuple(found) for word, found in places.items()}


def _numbered_sitting(ctx: ItemContext, token: Token) -> bool:
    """ "the 150th Assembly of the IPU", "the Seventh Congress": a capitalised sitting word
    (data/extraction/fact_words.tsv) with an ordinal among the words before it in its name."""
    if not token.text[:1].isupper() or token.lower_ not in ctx.lexicon.words_for("sitting"):
        return False
    return any(ORDINAL.fullmatch(t.text) or t.ent_type_ == "ORDINAL" for t in token.lefts)


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


def _sentence_event(ctx: ItemContext, sentence: Span) -> Token | None:
    """The event a sentence is about when the parse does not say: a subject, else a name."""
    candidates = [t for t in sentence if _event_word(ctx, t) or t.ent_type_ == "EVENT"]
    for token in candidates:
        if token.dep_ in {"nsubj", "nsubjpass"}:
            return token
    named = [t for t in candidates if t.text[:1].isupper()]
    return named[0] if named else _event_token_in(ctx, list(sentence))


def _kind(ctx: ItemContext, phrase: Span) -> EventKind:
    for token in reversed(list(phrase)):
        kind = ctx.lexicon.event_nouns.get(singular(token.text), ctx.lexicon.event_nouns.get(token.lower_))
        if kind is not None and kind not in {EventKind.MEETING}:
            return kind
        if _numbered_sitting(ctx, token):
            return EventKind.CONFERENCE
    return EventKind.OTHER


def _is_generic(phrase: Span) -> bool:
    """ "the event", "this edition", "the Festival": a reference back. "a seminar" is a new event."""
    words = [t for t in phrase if not t.is_punct]
    if phrase.start > 0 and phrase.doc[phrase.start - 1].lower_ in {"a", "an"}:
        return False
    return len(words) <= 2 and (not words or words[0].lower_ in GENERIC_DETERMINERS or len(words) == 1)


def _prep_object(token: Token, preps: set[str]) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _office(match: TriggerMatch) -> Token:
    """The office word of "took over the presidency of E": the last noun of the trigger."""
    return next((t for t in reversed(match.tokens) if t.pos_ in {"NOUN", "PROPN"}), match.tokens[-1])


def _target(ctx: ItemContext, match: TriggerMatch) -> Token | None:
    head = match.head
    frame = match.trigger.frame
    if frame == "participation":
        return _prep_object(head, {"in", "at"})  # "their participation in E"
    if frame == "gather":
        # "The Forum brought together ministers of A and B": the event is the subject
        return next((t for s in _subjects(head) if (t := _event_token_in(ctx, list(s.subtree))) is not None), None)
    if frame == "hosting":
        return _prep_object(head, {"of"})  # "the generous hosting of E"
    if frame == "preside":
        # "took over the presidency of E", "assumed the chairmanship of E in its 14th session"
        for token in (_prep_object(_office(match), {"of"}), _prep_object(head, {"in", "at"})):
            if token is not None and (_event_word(ctx, token) or token.ent_type_ == "EVENT"):
                return token
        return None
    if frame == "invite":
        # "X is inviting young developers to participate in E": X runs E
        for child in head.children:
            if child.dep_ in {"xcomp", "advcl"} and child.lemma_.lower() in INVITED_ACTS:
                objects = [c for c in child.children if c.dep_ == "dobj"]
                return _prep_object(child, {"in", "at"}) or (objects[0] if objects else None)
        return None
    if frame == "elect":
        # "X was elected Vice-President of the Conference", "the Conference elected X as Rapporteur":
        # a bureau is elected by a conference or session, not by a programme or a project
        candidates = [_event_token_in(ctx, [t for t in head.subtree if t.i > head.i])]
        candidates += [_event_token_in(ctx, list(subject.subtree)) for subject in _subjects(head)]
        return next((t for t in candidates if t is not None and _kind(ctx, t.doc[t.i:t.i + 1])
                     in {EventKind.CONFERENCE, EventKind.FORUM}), None)
    if frame in {"participate", "speech"} and head.pos_ in {"NOUN", "PROPN"}:
        # "the Forum ... was held, featuring the participation of X", "the ceremony commenced with a
        # speech by X": the event the clause is about
        node = head
        while node.head.i != node.i and node.pos_ not in {"VERB", "AUX"}:
            node = node.head
        while node.dep_ in {"advcl", "xcomp", "acl", "conj"} and node.head.i != node.i:
            node = node.head
        if node.pos_ in {"NOUN", "PROPN"} and _event_word(ctx, node):
            return node  # "The ceremony, held on ..., commenced with a speech by X" read as one phrase
        for subject in _subjects(node) if node.pos_ in {"VERB", "AUX"} else []:
            token = _event_token_in(ctx, list(subject.subtree))
            if token is not None:
                return token
        if frame == "speech":
            return _prep_object(head, {"at", "during"})  # "a speech by X at E"
        return _sentence_event(ctx, head.sent)
    if frame == "participate":
        # "took part in E", "attended E", "delivered a speech at E", "was present at E"; "E was opened by
        # A at the Institute": the passive subject (its "by" phrase at times hung on a place named before
        # it: "E was opened at the Stadium by A"); "E, which was attended by A": the noun described
        if any(c.dep_ in {"agent", "auxpass"} for c in head.children):
            if _describes_its_noun(head) and (described := _event_described(ctx, head)) is not None:
                return described
            subjects = [c for c in head.children if c.dep_ == "nsubjpass" and _event_word(ctx, c)]
            if subjects:
                return subjects[0]
        for node in dict.fromkeys((head,) + match.tokens):
            # "were among the participants of E": a noun of the trigger takes its event with "of" too
            preps = {"in", "at", "of"} if node.pos_ == "NOUN" and node.i != head.i else {"in", "at"}
            if any(t.lower_ in DELEGATION for t in match.tokens):
                preps = preps | {"to"}  # "led the delegation to E"
            for child in node.children:
                if child.dep_ == "dobj" and _event_word(ctx, named := _ordinal_apposition(ctx, child)):
                    return _whole_event(ctx, named)
                if child.dep_ == "dobj":
                    inner = _prep_object(child, {"at", "during"})  # "moderated a panel at E"
                    if inner is not None and (_event_word(ctx, inner) or inner.ent_type_ == "EVENT"):
                        return inner
                if child.dep_ in {"prep", "dative"} and child.lower_ in preps:  # "sent a delegation to E": dative
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    if objects and objects[0].tag_ == "WDT" and node.dep_ == "relcl" and _event_word(ctx, node.head):
                        return node.head  # "The Initiative, in which A took part, closed ..."
                    event = next((c for c in objects if _event_word(ctx, c) or c.ent_type_ == "EVENT"), None)
                    if event is None and objects:
                        # "a panel discussion at E", "took part in the work of E", "a panel on energy
                        # security at E", "took part in a panel discussion during E"
                        inner = _prep_object(objects[0], {"at", "during", "of"})
                        if inner is None or not _event_word(ctx, inner):
                            inner = _event_at(ctx, objects[0].subtree) or _event_at(ctx, node.children)
                        event = inner if inner is not None and _event_word(ctx, inner) else objects[0]
                    if event is not None:
                        return _whole_event(ctx, event)
        if any(c.dep_ == "agent" for c in head.children):
            # "The Forum was attended by the delegations of A, B and C": the event is the subject;
            # "X hosted a workshop on Tuesday, attended by A and B": the object of the verb it follows
            subjects = [c for c in head.children if c.dep_ == "nsubjpass" and _event_word(ctx, c)]
            if not subjects and head.dep_ == "advcl" and head.tag_ == "VBN":
                subjects = [c for c in head.head.children if c.dep_ == "dobj" and _event_word(ctx, c)]
            return subjects[0] if subjects else None
        return None
    if frame in {"organize", "launch", "chair"}:
        passive = any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in head.children)
        if head.dep_ in {"acl", "amod"} or _describes_its_noun(head):
            # "the Forum, organized by X", "the session of the Committee of Y, hosted by X", "E, which
            # was hosted by X": the event of the noun phrase; "the reforms implemented by X": no event
            node = _event_described(ctx, head)
            if node is not None:
                return node
            if head.head.pos_ == "NOUN":
                return None  # a thing, not an event, was organized or implemented
            # a participle the parser hung on a name elsewhere: the event the sentence names
        if passive:
            subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
            if subjects and _a_persons_title(ctx, subjects[0]):
                return None  # "The Foreign Minister, B, was hosted by A": a person, not an event, was hosted
            if subjects:
                return subjects[0]
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if objects and (_a_persons_title(ctx, objects[0]) or _an_agent(ctx, objects[0])):
            return None  # "Qatar hosted the African Union", "hosted the AU Chairperson, B": no event
        if objects:
            return _ordinal_apposition(ctx, objects[0])
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


def _ordinal_apposition(ctx: ItemContext, token: Token) -> Token:
    """ "inaugurated the 29th Dhaka International Trade Fair", parsed as "the 29th", with the name
    in apposition: the event is the name."""
    if not (ORDINAL.fullmatch(token.text) or token.ent_type_ == "ORDINAL"):
        return token
    return next((c for c in token.children if c.dep_ == "appos" and _event_word(ctx, c)), token)


def _whole_event(ctx: ItemContext, token: Token) -> Token:
    """ "took part in a panel session of the forum", "attended the opening ceremony of the festival":
    a part of an event that the item names again by a back-reference is that event."""
    whole = _prep_object(token, {"of"})
    if whole is not None and _event_word(ctx, whole) and whole.text.islower() \
            and any(c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in whole.children):
        return whole
    return token


def _named_after_be(head: Token) -> set[int]:
    """ "Also attending the forum were A and B", "Attending the ceremony were A and B": a participle put
    first, whose attendees follow "were" (parsed as its auxiliary, or as the verb it is the subject of)."""
    if head.tag_ != "VBG":
        return set()
    be = next((c for c in head.children if c.dep_ == "aux" and c.lemma_ == "be" and c.i > head.i), None)
    if be is not None:
        return _token_set(t for c in head.children if c.i > be.i and c.dep_ in ATTENDEE_DEPS for t in c.subtree)
    if head.dep_ == "csubj" and head.head.lemma_ == "be":
        return _token_set(t for c in head.head.children if c.i > head.i and c.dep_ in ATTENDEE_DEPS
                          for t in c.subtree)
    return set()


ATTENDEE_DEPS = frozenset({"dobj", "attr", "nsubj", "conj", "appos"})


def _dangling_conjunct(ctx: ItemContext, tokens: set[int]) -> set[int]:
    """ "Jointly organised by X and Y, the workshop ...": the parser leaves the "and" of the agents
    without its second name, which it makes the subject of the clause; the name right after it."""
    doc = ctx.tokens
    for i in sorted(tokens):
        token = doc[i]
        if token.dep_ != "cc" or any(c.dep_ == "conj" for c in token.head.children) or i + 1 >= len(doc):
            continue
        start = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        mention = ctx.mention_at(start)
        if mention is not None and mention.start == start:
            return set(range(mention.start, mention.end))
    return set()


def _describes_its_noun(head: Token) -> bool:
    """ "E, which was hosted by X", "E, which X organised": a relative clause whose subject or object
    is the relative pronoun."""
    return head.dep_ == "relcl" and any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.tag_ == "WDT"
                                        for c in head.children)


def _event_described(ctx: ItemContext, head: Token) -> Token | None:
    """The event of the noun phrase a participle or relative clause describes ("the Forum on Water
    Governance, which X organised": the Forum), through the words of its name."""
    node = head.head
    while not (_event_word(ctx, node) or node.ent_type_ == "EVENT"):
        if node.dep_ not in {"pobj", "prep", "appos", "compound"} or node.head.i == node.i:
            return None
        node = node.head
    return node


def _agents(ctx: ItemContext, match: TriggerMatch) -> list[str]:
    head = match.head
    frame = match.trigger.frame
    last = match.tokens[-1]
    event_object = frame == "chair" and last.pos_ == "ADP" and any(c.dep_ == "pobj" and _event_word(ctx, c)
                                                                   for c in last.children)
    if frame in {"partner", "patron"} or last.pos_ == "ADP" and not event_object:
        # "under the patronage of X", "in partnership with X"; not "presided over E", whose agent is
        # the subject
        tokens = _token_set(last.subtree) if last.dep_ == "prep" else set()
        if not tokens:
            for child in last.children:
                tokens |= _token_set(child.subtree)
        keys = [k for k in _agents_in(ctx, tokens) if not _in_parentheses(ctx, k, tokens)]
        if frame in {"patron", "participate", "speech", "chair"}:  # "under the chairmanship of A, Minister of X"
            return _prefer_people(ctx, keys)
        organizations = [k for k in keys if ctx.entity(k).kind == EntityKind.ORGANIZATION]
        return organizations or keys
    if frame == "gather":
        # "The workshop drew 80 participants from Nepal and India": the parse may hang "from" on the verb
        tokens = _token_set(t for c in head.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "from"
                            for t in c.subtree)
        return _prefer_people(ctx, _agents_in(ctx, tokens - _titles_of_people(ctx, tokens)))
    passive = any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in head.children) or head.dep_ in {"acl", "amod"}
    tokens: set[int] = set()
    absorbed: set[int] = set()
    dateline = dateline_tokens(ctx, head.sent)
    if passive:
        for child in head.children:
            if child.dep_ == "agent":
                tokens |= _token_set(child.subtree)
        if not tokens:
            # the noun's apposition after the "by" phrase is the agent's name ("by the Vice President of X, A")
            tokens = {i for by in _agent_hung_below(head) for i in range(by.i, by.head.right_edge.i + 1)}
        if tokens:
            # "co-chaired by A, Minister of X, and B": the parser hangs B on the verb, or on the subject
            # after the verb ("The ceremony was attended by A, Title, and the President of Y, B")
            # ("attended by officials of A, as well as representatives of B": a noun hung on the verb too)
            tokens |= _token_set(t for c in head.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"}
                                 for t in c.subtree)
            tokens |= _dangling_conjunct(ctx, tokens)
            tokens |= _people_hung_on_the_subject(ctx, head, min(tokens))
            tokens -= _titles_before_names(ctx, tokens)
        told_after = head.dep_ == "advcl" and not any(c.dep_ == "nsubjpass" for c in head.children)
        if frame == "participate" and not told_after:
            # "X was represented at E by A"; not "The Exhibition of Armenian Art was opened by A", nor "X
            # hosted E on Tuesday, attended by A", whose subject is the verb's before
            for subject in _subjects(head):
                if not _event_word(ctx, subject):
                    tokens |= _token_set(subject.subtree)
    else:
        # "MUSCAT – Under the auspices of A, the Ministry opened E": the dateline's city the parser took
        # for the subject is none
        subjects = [s for s in _subjects(head)
                    if (s.i not in dateline or _agents_in(ctx, _token_set(s.subtree) - dateline)) and not _an_encounter(ctx, s)]
        absorbed = set() if subjects else _token_set(t for a in _absorbed_subject(head) for t in a.subtree)
        tokens |= absorbed
        for subject in subjects:
            tokens |= _token_set(subject.subtree)
            described = ctx.mention_at(head.head.i) if head.dep_ == "relcl" and subject.tag_ == "WP" else None
            if described is not None:
                tokens |= set(range(described.start, described.end))  # "A, Minister of X, who is attending E"
        if frame == "participate":
            tokens |= _named_after_be(head)
            if any(s.tag_ == "NNS" for s in subjects):  # a group that names no agent of its own
                credited = credit_only(ctx)
                if all(ctx.entity(k).kind == EntityKind.PLACE or k in credited
                       for k in _agents_in(ctx, tokens - dateline)):
                    tokens |= _included_in_event(head)
    # "A, Director of X, and B, Minister of Y, opened the conference": both open a gathering
    gathering = frame == "participate" and any(c.dep_ == "dobj" and _event_word(ctx, c) and not _meeting_word(ctx, c)
                                               for c in head.children)
    titles = _titles_of_people(ctx, tokens, beside=gathering)
    keys = _agents_in(ctx, tokens - (_patronage(ctx, head.sent) - absorbed) - titles - _seats_of_bodies(ctx, tokens)
                      - dateline)
    if frame == "participate" and passive:
        return keys
    if frame in {"organize", "launch"}:
        titled = _agents_in(ctx, _titles_before_people(ctx, tokens))
        organizations = [k for k in keys if ctx.entity(k).kind != EntityKind.PERSON and k not in titled]
        return organizations or [k for k in keys if k not in titled] or keys
    return _prefer_people(ctx, keys)


def _an_encounter(ctx: ItemContext, noun: Token) -> bool:
    """ "A courtesy call on the President, A, opened the programme": an encounter that opens, closes or
    takes part in something is no agent, nor are the people named in it."""
    return noun.pos_ == "NOUN" and ctx.lemmas[noun.i] in ctx.lexicon.encounter_nouns


def _agent_hung_below(head: Token) -> list[Token]:
    """ "E was opened on Saturday at the Stadium by A": a passive verb's "by" phrase the parser hung
    on a noun after it (no verb in between), the first such."""
    for token in head.subtree:
        if token.i > head.i and token.lower_ == "by" and token.dep_ in {"agent", "prep"} \
                and token.head.pos_ in {"NOUN", "PROPN"} \
                and all(a.pos_ not in {"VERB", "AUX"} for a in token.ancestors if a.i != head.i and head in a.ancestors):
            return [token]
    return []


POSSESSOR = re.compile(r"[A-Z][\w .-]*['’]s ")  # "Italy's " before a title's role
TITLE_LINKS = THEME_LINKS | {"to", "-", "'s", "’s"}  # lower-case words inside a title


def _people_hung_on_the_subject(ctx: ItemContext, head: Token, agent_start: int) -> set[int]:
    """ "E was opened by A, Title, and the Commissioner of Y, B": the parser hangs the second title and B
    on E; B, after the agent's "by" and tied to the verb through nouns only, is an agent too."""
    out: set[int] = set()
    for mention in ctx.mentions_in(agent_start, head.sent.end, PEOPLE):
        path = []
        node = ctx.tokens[mention.end - 1]
        while node.i != head.i and node.head.i != node.i:
            node = node.head
            path.append(node)
        if node.i == head.i and not any(t.pos_ in {"VERB", "AUX", "ADP"} for t in path[:-1]):
            out |= set(range(mention.start, mention.end))
    return out


def _titles_before_names(ctx: ItemContext, tokens: set[int]) -> set[int]:
    """Tokens of titles written before a name and a comma ("by the Ambassador of France to Nigeria, A"):
    the states and bodies they name are the holder's, not agents of their own."""
    doc = ctx.tokens
    out: set[int] = set()
    for mention in ctx.mentions_in(min(tokens, default=0), max(tokens, default=-1) + 1, PEOPLE):
        comma = mention.start - 1
        if comma < 1 or doc[comma].text != ",":
            continue
        start = comma
        while start > 0 and start - 1 in tokens and doc[start - 1].text != "," and not (
                (m := ctx.mention_at(start - 1)) is not None and m.kind == EntityKind.PERSON and m.key != mention.key) \
                and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in TITLE_LINKS):
            start -= 1  # the title may be a mention of its holder ("the Ambassador")
        while start < comma and doc[start].lower_ in {"the", "and"}:
            start += 1
        text = ctx.text_of(start, comma)
        roles = ctx.gazetteer.find_roles(text) if start < comma else ()
        if roles and (roles[0][0] == 0 or POSSESSOR.fullmatch(text[:roles[0][0]])):
            out |= set(range(start, comma))  # "Italy's Minister of Culture, A"
    return out & tokens


def _titles_before_people(ctx: ItemContext, tokens: set[int]) -> set[int]:
    """Tokens of the titles written before people's names among `tokens` ("hosted by Argentine President
    A"): the state or body of such a title is the person's, who is the one acting."""
    doc = ctx.tokens
    out: set[int] = set()
    for mention in ctx.mentions_in(min(tokens, default=0), max(tokens, default=-1) + 1, PEOPLE):
        root = doc[mention.end - 1]
        out |= {t.i for c in root.children if c.dep_ == "compound" and c.i < mention.start for t in c.subtree}
    return out & tokens


def _included_in_event(head: Token) -> set[int]:
    """ "More than 300 delegates attended E, including A of X and B": those a group that takes part
    includes, the parser hanging the "including" phrase on the event's name or on the verb."""
    words = [head] + [o for o in head.children if o.dep_ == "dobj"]
    return {t.i for w in words for c in w.children if c.dep_ == "prep" and c.lower_ == "including" for t in c.subtree}


def dateline_tokens(ctx: ItemContext, sentence: Span) -> set[int]:
    """The tokens of the item's dateline when the sentence opens with it: its place and date report
    where and when: they sign, organise and attend nothing."""
    if not _opens_with_dateline(ctx, sentence):
        return set()
    return {t.i for t in sentence if t.idx < ctx.dateline.end}


def _absorbed_subject(head: Token) -> list[Token]:
    """ "Under the patronage of A, the Society organised E": a verb left without a subject whose
    opening phrase ends in an apposition set off by a comma right before the verb; the parser took
    the subject for a second name of the phrase's last noun."""
    opening = [c for c in head.children if c.dep_ == "prep" and c.i < head.i]
    return [t for c in opening for t in c.subtree if t.dep_ == "appos" and t.right_edge.i == head.i - 1
            and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","]


def _habitual(ctx: ItemContext, head: Token) -> bool:
    """ "X organises the forum every year", "X annually hosts E": what is done as a rule, no one event."""
    words = ctx.lexicon.words_for("habitual")
    return any(c.dep_ == "advmod" and c.lower_ in words
               or c.dep_ == "npadvmod" and any(d.dep_ == "det" and d.lower_ in words for d in c.children)
               for c in head.children)


def _prefix_planned(head: Token) -> bool:
    """ "is expected to co-organise E": the parser gives "to" to the prefix written before a hyphen."""
    doc = head.doc
    return head.i >= 2 and doc[head.i - 1].text == "-" and is_planned(doc[head.i - 2])


def _clause_planned(token: Token) -> bool:
    """The verb a phrase belongs to is planned ("will be organised ... in partnership with X")."""
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node.pos_ in {"VERB", "AUX"} and is_planned(node)


def _trip_taken(ctx: ItemContext, head: Token) -> Token | None:
    """The trip whose purpose a to-infinitive states, when the trip took place ("during his visit to
    attend E", "A arrived in Hiroshima on her visit to attend E"): the noun of a visit trigger
    (data/extraction/triggers.tsv), neither planned itself nor under a planned verb; or a verb of
    arrival (fact_words.tsv), not planned ("A arrived in Geneva to attend E")."""
    trip = head.head
    if head.dep_ not in {"acl", "relcl", "advcl", "xcomp"} or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return None
    if trip.pos_ == "VERB" and trip.lemma_.lower() in ctx.lexicon.words_for("arrival"):
        return None if is_planned(trip) or _prefix_planned(trip) else trip  # "arrived in Geneva to attend E"
    if trip.pos_ != "NOUN":
        return None
    visits = {t.lemmas[0] for t in ctx.lexicon.triggers if t.frame == "visit" and len(t.lemmas) == 1}
    if trip.lemma_.lower() not in visits or is_planned(trip):
        return None
    governor = trip.head if trip.dep_ in {"dobj", "pobj"} else None
    if governor is not None and governor.dep_ == "prep":
        governor = governor.head
    return None if governor is not None and governor.pos_ in {"VERB", "AUX"} and is_planned(governor) else trip


def _traveller(ctx: ItemContext, trip: Token) -> list[str]:
    """Who made the trip: its possessor ("his visit"), else the subject of the clause it is in."""
    for child in trip.children:
        if child.dep_ == "poss":
            mention = ctx.mention_at(child.i)
            if mention is None and child.pos_ == "PRON":
                # "A, Minister of X, in Hiroshima, during his visit to attend E": the person just named
                before = ctx.mentions_in(child.sent.start, child.i, PEOPLE)
                mention = before[-1] if before else None
            return [mention.key] if mention is not None and mention.kind == EntityKind.PERSON else []
    node = trip
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return [k for k in _agents_in(ctx, _clause_subject_tokens(node)) if ctx.entity(k).kind == EntityKind.PERSON]


def _a_persons_title(ctx: ItemContext, noun: Token) -> bool:
    """The noun is the title of the person named in apposition to it ("the Foreign Minister, B")."""
    return any(c.dep_ == "appos" and (m := ctx.mention_at(c.i)) is not None and m.kind == EntityKind.PERSON
               for c in noun.children)


def _an_agent(ctx: ItemContext, noun: Token) -> bool:
    """The noun is a word of the name of a person, an organization or a state, and names no event
    ("the 77th World Health Assembly": a sitting of the body)."""
    mention = ctx.mention_at(noun.i)
    return mention is not None and mention.kind in {EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.COUNTRY} \
        and not _event_word(ctx, noun)


def _titles_of_people(ctx: ItemContext, tokens: set[int], beside: bool = False) -> set[int]:
    """Tokens of the titles apposed to people among `tokens` ("attended by Ms. A, Minister of Culture
    of Uzbekistan"): the country or organization of a title is the person's, not another agent. With
    `beside`, a person the parser coordinates with a word of the title ("A, Director of X, and B, Deputy
    Secretary-General of Y, opened E") is no word of it: B is named beside A."""
    doc = ctx.tokens
    out: set[int] = set()
    for mention in ctx.mentions_in(min(tokens, default=0), max(tokens, default=-1) + 1, PEOPLE):
        for i in range(mention.start, mention.end):
            for child in doc[i].children:
                if child.dep_ == "appos" and child.i >= mention.end and ctx.mention_at(child.i) is None:
                    beside_it = _named_beside(ctx, child, EntityKind.PERSON) if beside else set()
                    out |= _token_set(child.subtree) - beside_it
    return out & tokens


def _seats_of_bodies(ctx: ItemContext, tokens: set[int]) -> set[int]:
    """Tokens of where a body among `tokens` sits ("the Embassy of Korea in Kazakhstan", "the UNESCO
    office in Almaty"): the host state of an office takes no part through it. A body the parser
    coordinates with the seat ("organised by the X Office in Astana and the Ministry of Y") is no
    part of it."""
    doc = ctx.tokens
    out: set[int] = set()
    for mention in ctx.mentions_in(min(tokens, default=0), max(tokens, default=-1) + 1,
                                   frozenset({EntityKind.ORGANIZATION})):
        for i in range(mention.start, mention.end):
            for child in doc[i].children:
                if child.dep_ == "prep" and child.lower_ == "in" and child.i >= mention.end:
                    out |= _token_set(child.subtree) - _named_beside(ctx, child, EntityKind.ORGANIZATION)
    return out & tokens


def _named_beside(ctx: ItemContext, phrase: Token, kind: EntityKind) -> set[int]:
    """The words of the people or bodies (`kind`) the parser coordinates with a word of a title or of
    a seat's place, with their own words."""
    return {t.i for c in phrase.subtree if c.dep_ == "conj" and (m := ctx.mention_at(c.i)) is not None
            and m.kind == kind for t in c.subtree}


def _frame_agents(ctx: ItemContext, match: TriggerMatch, meetings: list[Draft]) -> list[tuple[str, Role]]:
    """(agent, role) pairs of a trigger: the frame's readers, with a participle or a "for" phrase
    leaning on the words it belongs to ("the delegations participating in E", "thanked X for hosting E")."""
    frame, head = match.trigger.frame, match.head
    role = ROLE_OF_FRAME[frame]
    if frame == "preside":
        chairs = _prefer_people(ctx, _agents_in(ctx, _clause_subject_tokens(head)))
        handing = _token_set(t for c in head.subtree if c.i > head.i and c.dep_ == "prep" and c.lower_ == "from"
                             for t in c.subtree)
        outgoing = [k for k in _prefer_people(ctx, _agents_in(ctx, handing)) if k not in chairs]
        return [(k, Role.CHAIR) for k in chairs] + [(k, Role.PARTICIPANT) for k in outgoing]
    if frame == "elect":
        elected = _elected(ctx, head)
        return [(k, _elected_role(head, elected)) for k in elected]
    if frame == "invite":
        subjects = _agents_in(ctx, _clause_subject_tokens(head))
        if any(ctx.entity(k).kind == EntityKind.PERSON for k in subjects):
            return []  # a minister inviting someone to a fair need not run it
        return [(k, role) for k in subjects]
    if frame in {"participation", "hosting"}:
        keys = _possessor(ctx, head, meetings)
    else:
        keys = _agents(ctx, match)
    if frame == "participate" and head.pos_ not in {"NOUN", "PROPN"}:
        keys = _counted_people(ctx, head) or keys
        keys += [k for k in _delegation_senders(ctx, head) + _as_did(ctx, head) + _alongside(ctx, head)
                 if k not in keys]
    if not keys and frame == "participate" and head.dep_ == "acl":
        keys = _companions(ctx, head.head, meetings)
        opens = head.tag_ == "VBG" and head.left_edge.i > 0 and ctx.tokens[head.left_edge.i - 1].text in DASHES
        if opens or keys and all(ctx.entity(k).kind == EntityKind.PLACE for k in keys):
            # "RIO DE JANEIRO (AP) — Speaking at E, A, Prime Minister of X, called ...": the parser takes
            # the dateline for the noun the participle describes; the speaker follows the clause
            after = {t.i for t in head.head.subtree if t.i > head.right_edge.i}
            keys = [k for k in _prefer_people(ctx, _agents_in(ctx, after))
                    if ctx.entity(k).kind == EntityKind.PERSON] or (keys if opens else [])
    keys = [k for k in keys if ctx.entity(k).kind != EntityKind.PLACE]  # a city takes part in nothing
    if not keys and frame in {"participate", "organize"} and head.dep_ == "pcomp":
        keys = _thanked(ctx, head, meetings)  # "thanked X for participating in / hosting E"
    if frame == "organize" and _joint(head):
        # "X co-organized E with the Government of Y": Y organises too
        withs = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"]
        withs += [t for o in head.children if o.dep_ == "dobj" for t in o.subtree if t.dep_ == "prep" and t.lower_ == "with"]
        keys += [k for k in (ctx.as_state(k) for k in _agents_in(ctx, _token_set(t for w in withs for t in w.subtree)))
                 if ctx.entity(k).kind != EntityKind.PERSON and k not in keys]
    if frame in {"organize", "hosting"}:
        organizations = [k for k in keys if ctx.entity(k).kind != EntityKind.PERSON]
        keys = organizations or keys
    return [(k, _host_in_person(ctx, match, k, role)) for k in keys]


def _host_in_person(ctx: ItemContext, match: TriggerMatch, key: str, role: Role) -> Role:
    """ "the summit, hosted by President A": a person who hosts an event is there as its host; the
    state or body that hosts it organises it."""
    hosts = match.trigger.lemmas[0] == "host" and ctx.entity(key).kind == EntityKind.PERSON
    return Role.HOST if hosts and role == Role.ORGANIZER else role


def _joint(verb: Token) -> bool:
    """ "co-organized", "co-hosted", "co-organised" (one token or three)."""
    doc = verb.doc
    return verb.lower_.startswith("co-") or verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "co"


def _alongside(ctx: ItemContext, head: Token) -> list[str]:
    """ "A opened the conference alongside B", "A took part in E alongside B": B takes part with A (the
    parser hangs "alongside" on the verb or on the event's noun)."""
    nouns = [head] + [c for c in head.children if c.dep_ == "dobj"] \
        + [o for c in head.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return _prefer_people(ctx, _agents_in(ctx, _token_set(t for n in nouns for c in n.children
                                                          if c.dep_ == "prep" and c.lower_ == "alongside"
                                                          for t in c.subtree)))


def _as_did(ctx: ItemContext, head: Token) -> list[str]:
    """ "A took part in E, as did delegations of X and Y", "..., as did B": the subject of the clause that
    repeats the verb takes part too."""
    repeats = [c for c in head.children if c.dep_ == "advcl" and c.lemma_.lower() == "do"
               and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)]
    return _prefer_people(ctx, _agents_in(ctx, _token_set(t for c in repeats for s in c.children
                                                          if s.dep_ == "nsubj" for t in s.subtree)))


def _delegation_senders(ctx: ItemContext, head: Token) -> list[str]:
    """ "Egypt's delegation, headed by A, participated in E", "The delegation of UNICEF took part in
    E": the state or organization whose delegation it is takes part too."""
    out: list[str] = []
    for subject in _subjects(head):
        if subject.lower_ not in DELEGATION:
            continue
        owners = [c for c in subject.children if c.dep_ == "poss"]
        owners += [o for c in subject.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
                   for o in c.children if c.dep_ == "pobj"]
        for owner in owners:
            mention = ctx.mention_at(owner.i)
            if mention is not None and mention.kind in {EntityKind.COUNTRY, EntityKind.ORGANIZATION}:
                out.append(ctx.as_state(mention.key))
    return out


def _counted_people(ctx: ItemContext, head: Token, groups: list[Token] | None = None) -> list[str]:
    """ "The two UNICEF representatives took part in E", "was signed by the two ministers": a counted
    plural subject (or the given group nouns) stands for the people of the nearest sentence before it
    that names exactly that many. Sentences between that name fewer, all of them among those people,
    are passed over: "A received B ... "Our ties are strong," A said. ... the two ministers witnessed
    the signing", "A held talks with B. A said ... B said ... the two prime ministers witnessed"."""
    for subject in _subjects(head) if groups is None else groups:
        if subject.tag_ != "NNS":
            continue
        counts = [NUMBER_WORDS[c.lower_] for c in subject.children if c.lower_ in NUMBER_WORDS]
        if not counts or any(m.kind == EntityKind.PERSON for m in ctx.mentions_in(subject.left_edge.i,
                                                                                  subject.right_edge.i + 1)):
            continue
        sentences = [s for s in ctx.sentences if s.end <= subject.sent.start]
        passed_over: set[str] = set()
        for sentence in reversed(sentences[-COUNTED_BACK:]):
            people = list(dict.fromkeys(m.key for m in ctx.mentions_in(sentence.start, sentence.end, PEOPLE)))
            if len(people) == counts[0]:
                return people if passed_over <= set(people) else []
            if len(people) > counts[0]:
                return []
            passed_over |= set(people)
    return []


COUNTED_BACK = 6  # sentences before a counted group ("the two ministers") where its people may be named


def _clause_subject_tokens(head: Token) -> set[int]:
    """The subject of a verb's clause, also for "After assuming the presidency, X said"."""
    subjects = _subjects(head)
    if not subjects and head.dep_ == "pcomp" and head.head.head.i != head.head.i:
        subjects = _subjects(head.head.head)
    return _token_set(t for s in subjects for t in s.subtree)


def _elected(ctx: ItemContext, head: Token) -> list[str]:
    """Who is elected: the passive subject, or the objects (countries through "the representative
    of X"); the office after "as" is no agent."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children):
        tokens = _token_set(t for c in head.children if c.dep_ == "nsubjpass" for t in c.subtree)
    else:
        tokens = _token_set(t for t in head.subtree if t.i > head.i)
    keys = _agents_in(ctx, tokens)
    return _prefer_people(ctx, [k for k in keys if ctx.entity(k).kind in {EntityKind.PERSON, EntityKind.COUNTRY}])


def _elected_role(head: Token, elected: list[str]) -> Role:
    """Chair for one person elected President / Chair (not Vice-President); else participant."""
    office = [t.lower_ for t in head.subtree if t.i > head.i and (t.head.lower_ == "as" or t.dep_ in {"oprd", "attr"})]
    plain = office and office[0] in CHAIR_TITLES
    return Role.CHAIR if plain and len(elected) == 1 else Role.PARTICIPANT


def _possessor(ctx: ItemContext, noun: Token, meetings: list[Draft]) -> list[str]:
    """Whose participation / hosting: "Peru's hosting of E", "their participation in E" (the
    people thanked, else those just met), "the thanks to X for the hosting of E"."""
    for child in noun.children:
        if child.dep_ != "poss":
            continue
        mention = ctx.mention_at(child.i)
        if mention is not None:
            return [mention.key]
        if child.pos_ == "PRON":
            return _thanked(ctx, noun, meetings) or _clause_owner(ctx, noun, child)
        return []
    return _thanked(ctx, noun, meetings)


def _clause_owner(ctx: ItemContext, noun: Token, pronoun: Token) -> list[str]:
    """ "Within the framework of its participation in E, X organized ...": a possessive pronoun in a
    phrase that opens a clause stands for the clause's subject ("its" an organization or state, "his"
    or "her" a person)."""
    node = noun
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    if node.pos_ not in {"VERB", "AUX"} or noun.i > node.i:
        return []
    kinds = {EntityKind.ORGANIZATION, EntityKind.COUNTRY} if pronoun.lower_ in {"its", "their"} else PEOPLE
    return [k for k in _agents_in(ctx, _clause_subject_tokens(node)) if ctx.entity(k).kind in kinds]


def _thanked(ctx: ItemContext, token: Token, meetings: list[Draft]) -> list[str]:
    """Those thanked for the "for" phrase holding `token` ("paid tribute to X for their
    participation", "expressed thanks to X for hosting"); a thanked group the text does not name
    ("the ministers") is the people of the last meeting other than the one who thanks."""
    node, steps = token, 0
    while node.lower_ != "for" and node.head.i != node.i and steps < 3:
        node, steps = node.head, steps + 1
    if node.lower_ != "for" or node.dep_ != "prep":
        return []
    governor = node.head
    if governor.pos_ in {"NOUN", "PROPN"}:
        anchors = [governor, governor.head]  # "expressed his thanks to X for ..."
    else:
        anchors = [governor] + [c for c in governor.children if c.dep_ == "dobj"]  # "paid tribute to X for"
    if not any(a.lemma_.lower() in ctx.lexicon.gratitude_words for a in anchors):
        return []
    tokens: set[int] = set()
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ == "dative" or child.dep_ == "prep" and child.lower_ == "to" or \
                    child.dep_ == "dobj" and anchor.lemma_.lower() in ctx.lexicon.gratitude_words \
                    and anchor.pos_ == "VERB":
                tokens |= _token_set(child.subtree)
    keys = _agents_in(ctx, tokens)
    if keys or not tokens:
        return keys
    thanking = set(_agents_in(ctx, _clause_subject_tokens(governor if governor.pos_ == "VERB" else governor.head)))
    before = [m for m in meetings if m.sentence.start <= token.sent.start]
    if not before:
        return []
    latest = before[-1]
    thanking = thanking or set(latest.host)  # "He thanked them": the one who spoke is the host
    return [k for k in latest.host + latest.guest if k not in thanking and ctx.entity(k).kind == EntityKind.PERSON]


def _companions(ctx: ItemContext, noun: Token, meetings: list[Draft]) -> list[str]:
    """ "X, along with the heads of delegation participating in E": those the participants came
    with; "the delegations participating in E" alone name no one."""
    mention = ctx.mention_at(noun.i)
    if mention is not None:
        return [mention.key]
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.head.head.lower_ not in COMPANION_WORDS:
        return []
    anchor = noun.head.head.head
    mention = ctx.mention_at(anchor.i)
    if mention is not None:
        return [mention.key]
    if anchor.pos_ != "VERB":
        return []
    received = [d for d in meetings if d.sentence.start == anchor.sent.start and d.guest]
    if received:
        return _prefer_people(ctx, received[0].guest)  # "received X, along with the delegations ..."
    tokens = _token_set(t for c in anchor.children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree)
    return _prefer_people(ctx, _agents_in(ctx, tokens))


def _in_parentheses(ctx: ItemContext, key: str, tokens: set[int]) -> bool:
    """ "Corvane Analytics (USA)": a country in brackets after a name only locates it."""
    doc = ctx.tokens
    for mention in ctx.mentions:
        if mention.key == key and mention.start in tokens:
            if mention.start > 0 and doc[mention.start - 1].text == "(" and ctx.entity(key).kind == EntityKind.COUNTRY:
                return True
    return False


BODY_OF_SESSION = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*(?:(?:\s+(?:of|for|on|and|the|in)){1,2}\s+[A-Z][\w'’&-]*|\s+[A-Z][\w'’&-]*)*")
"""The body whose sitting a lower-case event word names ("the 23rd Ministerial session of the Central Asia
Regional Economic Cooperation Program"): part of the event's name."""


def named_events(ctx: ItemContext, text: str) -> list[tuple[int, str]]:
    """Capitalised names of events in a text ("International Book Fair", "Hackathon for Clean Water
    initiative"), with their offsets: names whose head word is an event word."""
    found = []
    covered = 0
    for match in NAMED_EVENT.finditer(text):
        if match.start() < covered:
            continue  # the body of a session named just before
        words = match.group(0).split()
        if len(words) < 2 or not any(singular(word) in ctx.lexicon.event_nouns for word in words):
            continue  # a name kept has two words, of which its head, or its head before a theme, is an event word
        last_written = words[-1]
        while words and words[0].lower() in OPENING_DETERMINERS:
            words = words[1:]  # "The event" at the start of a sentence is no name
        if len(words) > 2 and words[-1].islower() and words[-1] not in THEME_LINKS \
                and singular(words[-1]) not in ctx.lexicon.event_nouns:
            words = words[:-1]  # "the Regional Forum on Clean Energy opened": the verb after the name
        name = " ".join(words)
        proper = [w for w in words[:-1] if w[:1].isupper() and not w[:1].isdigit()]
        if len(words) < 2 or not proper:
            continue
        body = BODY_OF_SESSION.match(text, match.end()) if last_written.islower() else None
        cut = max((i for i, w in enumerate(words[:-1]) if i > 0 and singular(w) in ctx.lexicon.event_nouns
                   and w[:1].isupper()), default=None)
        themed = False
        if cut is not None and singular(words[-1]) not in ctx.lexicon.event_nouns:
            if words[cut + 1] in PLACE_LINKS:
                words = words[:cut + 1]  # "... Youth Training Program in Cameroon": the name ends at its head
                name = " ".join(words)
            elif words[cut + 1][:1].isupper():
                continue  # "United Nations Conference Centre": a place named after its events
            else:
                themed = True  # "International Festival of Folk Music": the head before its theme
        if words[-1].endswith("s") and singular(words[-1]) != words[-1].lower() and not themed:
            continue  # "Youth Projects", "Cultural Industries": plural heads name no one event
        head = singular(words[-1])
        if head not in ctx.lexicon.event_nouns and not themed:
            if words[-1].islower():
                name = " ".join(words[:-1])
                head = singular(words[-2])
            if head not in ctx.lexicon.event_nouns or len(name.split()) < 2:
                continue
        if body is not None and name.split()[-1] == last_written:
            name += body.group(0)
            covered = body.end()
        if ctx.gazetteer.organization(name) is not None or _an_organization_named(ctx, text, match.start(), name):
            continue  # "the United Nations World Food Programme": an organization whose head is an event word
        found.append((match.start(), _without_place(ctx, name)))
    return sorted(found + _named_in_lower_case(ctx, text))


def _an_organization_named(ctx: ItemContext, text: str, char: int, name: str) -> bool:
    """ "Curators from the Library of Congress presented ...", "with the Library of Congress and the
    Bibliothèque nationale de France": a name that opens with an organization the item names (one the
    gazetteer need not know), whose event word is in the organization's name."""
    if text is not ctx.item.text or (start := text.find(name, char)) < 0:
        return False
    index = ctx.token_starting_at(start)
    mention = ctx.mention_at(index) if index is not None else None
    return mention is not None and mention.kind == EntityKind.ORGANIZATION and _name_head(ctx, name) in \
        {singular(word) for word in ctx.text_of(mention.start, mention.end).split()}


ORDINAL_SITTING = re.compile(r"\b\d+(?:st|nd|rd|th)\s+([a-z]+)(?=\s+of\s)")
QUOTED_TITLE = re.compile(r"\b([a-z]+)\s+[\"“‘']([A-Z][^\"“”‘’']{1,80})[\"”’']")
ORDINAL_WRITTEN = re.compile(r"\d(?:st|nd|rd|th)\s")  # in every match of ORDINAL_SITTING, found faster
QUOTE_OPENED = re.compile(r"\s[\"“‘'][A-Z]")  # in every match of QUOTED_TITLE, found faster


def _named_in_lower_case(ctx: ItemContext, text: str) -> list[tuple[int, str]]:
    """Events named by a lower-case event word: a numbered sitting of a body ("the 47th session of the
    World Heritage Committee") and an event word before its title in quotes ("the exhibition 'Roads of
    Arabia'"), which a later "the session", "the exhibition" stands for. Meetings stay out: "the 3rd
    meeting of the Joint Commission" is an encounter, read as one."""
    found = []
    for match in ORDINAL_SITTING.finditer(text) if ORDINAL_WRITTEN.search(text) else ():
        body = BODY_OF_SESSION.match(text, match.end())
        if body is not None and _an_event_word_no_meeting(ctx, match.group(1)):
            found.append((match.start(), _without_place(ctx, match.group(0) + body.group(0))))
    for match in QUOTED_TITLE.finditer(text) if QUOTE_OPENED.search(text) else ():
        if _an_event_word_no_meeting(ctx, match.group(1)):
            found.append((match.start(), match.group(0)))
    return found


def _an_event_word_no_meeting(ctx: ItemContext, word: str) -> bool:
    return ctx.lexicon.event_nouns.get(singular(word)) not in {None, EventKind.MEETING}


ACRONYM_AFTER = re.compile(r"\s*\((?:the\s+)?([A-Z][A-Za-z&-]{1,9}\d{0,4})\)")


def _event_acronyms(ctx: ItemContext) -> dict[str, str]:
    """Acronyms the item defines for the events it names ("the World Summit on the Information
    Society (WSIS) opened ... At WSIS, A presented ..."): the acronym names the event, unless it names
    an entity."""
    text = ctx.item.text
    out: dict[str, str] = {}
    for start, name in ctx.named_events:
        if start < 0:
            continue
        end = text.find(name, start)
        match = ACRONYM_AFTER.match(text, end + len(name)) if end >= 0 else None
        acronym = match.group(1) if match else ""
        if not acronym or acronym in name.split():
            continue
        named = ctx.acronyms.get(acronym)
        if named is None or ctx.entity(named).name in name:  # not a piece of the name read as an entity
            out.setdefault(acronym, name)
    return out


def _event_at(ctx: ItemContext, tokens) -> Token | None:
    """The event of the first "at" or "during" phrase among `tokens` that names one."""
    for token in tokens:
        if token.dep_ == "prep" and token.lower_ in {"at", "during"}:
            event = next((c for c in token.children if c.dep_ == "pobj"
                          and (_event_word(ctx, c) or c.ent_type_ == "EVENT")), None)
            if event is not None:
                return event
    return None


def _without_place(ctx: ItemContext, name: str) -> str:
    """A name without the link words and the place after its end: "the Workshop on Disaster
    Statistics in Vientiane on 8 April" names the "Workshop on Disaster Statistics"."""
    words = name.split()
    while len(words) > 2 and words[-1] in THEME_LINKS:
        words = words[:-1]
    place_at = max((i for i, w in enumerate(words) if w in PLACE_LINKS), default=None)
    if place_at is not None and place_at > 1:
        rest = " ".join(words[place_at + 1:])
        if rest and (ctx.gazetteer.country(rest) is not None or ctx.gazetteer.place(rest) is not None):
            words = words[:place_at]
    return " ".join(words)


def _activity_trigger(ctx: ItemContext, lemma: str) -> Trigger | None:
    """The trigger of this one word whose frame reads an activity (ROLE_OF_FRAME), if any."""
    return next((t for t in reversed(ctx.lexicon.one_word_triggers.get(lemma, ())) if t.frame in ROLE_OF_FRAME), None)


def find_activities(ctx: ItemContext, meetings: list[Draft], posts: Sequence[Post] = ()) -> list[Draft]:
    drafts: list[Draft] = []
    groups: list[tuple[Draft, str, set[str], Span]] = []  # events a group of people given by its states took part in
    credited = credit_only(ctx)
    # names in the title come first: a generic phrase prefers the nearest name before it in the text
    ctx.named_events = [(-1, n) for _, n in named_events(ctx, ctx.item.title or "")] + named_events(ctx, ctx.item.text)
    ctx.event_acronyms = _event_acronyms(ctx)
    attend = _activity_trigger(ctx, "attend")
    for sentence in ctx.sentences:
        for match in sentence_triggers(ctx, sentence):
            frame = match.trigger.frame
            if frame == "visit" and attend is not None and _visits_event(ctx, match):
                # "A visited the International Petroleum Exhibition": a visit to an event is taking part
                match = TriggerMatch(attend, match.tokens)
                frame = match.trigger.frame
            verb = match.tokens[-1].lemma_.lower().rpartition("-")[2]  # "co-host": "host"
            own = _activity_trigger(ctx, verb) if frame not in ROLE_OF_FRAME else None
            if own is not None:
                # "E, co-hosted by X and Y": the verb of an encounter trigger ("co-host" a meeting)
                # read with its own frame for an event that is no meeting
                match = TriggerMatch(own, (match.tokens[-1],))
                frame = match.trigger.frame
                target = _target(ctx, match)
                if target is None or ctx.lexicon.event_nouns.get(singular(target.text)) in {EventKind.MEETING, None}:
                    continue
            trip = _trip_taken(ctx, match.head) if frame == "participate" else None
            planned = is_planned(match.head) or _prefix_planned(match.head) or _habitual(ctx, match.head)
            if frame not in ROLE_OF_FRAME or planned and trip is None:
                continue
            if frame in {"partner", "patron"} and _clause_planned(match.tokens[0]):
                continue  # "E will be organised by X in partnership with Y"
            target = _target(ctx, match)
            if target is None:
                if frame == "participate" and not planned and _speaks(ctx, match):
                    agents = [k for k, _ in _frame_agents(ctx, match, meetings)]
                    _join_current(ctx, drafts, meetings, sentence, agents)
                    if _among_participants(match):
                        # "Diplomats from Kenya and Zambia were among the participants": the states too
                        _join_current(ctx, drafts, meetings, sentence, agents, bodies=True)
                elif frame == "participate" and not planned and _also_there(match):
                    after = set(range(match.tokens[-1].i + 1, sentence.end))  # the parser hangs them anywhere
                    _join_current(ctx, drafts, meetings, sentence, _people_named_in(ctx, after))
                    # "Representatives of the African Union and the European Commission also took part"
                    _join_current(ctx, drafts, meetings, sentence,
                                  [k for k, _ in _frame_agents(ctx, match, meetings)], bodies=True)
                elif frame == "participate" and not planned and _done_to_it(ctx, match):
                    # "The Forum on X took place in Tashkent. It was opened by A and B": the event told before
                    agents = [k for k, _ in _frame_agents(ctx, match, meetings)]
                    _join_current(ctx, drafts, meetings, sentence, agents)
                    _join_current(ctx, drafts, meetings, sentence, agents, bodies=True)
                elif frame == "participate" and not planned and (_represented_by(match) or _took_part(match)):
                    # "Kazakhstan was represented by Vice Minister A", "Officers from Benin and Togo
                    # participated": the states, bodies and people take part in the event the item tells of
                    _join_current(ctx, drafts, meetings, sentence,
                                  [k for k, _ in _frame_agents(ctx, match, meetings)], bodies=True)
                elif frame == "elect" and not _elected_to_a_body(ctx, match.head):
                    _elected_at_session_told(ctx, drafts, sentence, _frame_agents(ctx, match, meetings))
                continue
            phrase = _event_phrase(target)
            if target.i > 0 and target.doc[target.i - 1].text in ctx.lexicon.words_for("press"):
                continue  # "held a press conference" (not the "Global Media Forum"): no event of its own
            if any(t.lower_ == "signing" for t in phrase):
                continue  # "the signing ceremony was attended by A": the signing, read as an agreement
            if any(t.lower_ in ctx.lexicon.words_for("earlier") for t in phrase):
                continue  # "last year's Forum, which X hosted": an edition recalled, not reported
            mention = ctx.mention_at(target.i)
            if mention is not None and mention.kind in {EntityKind.PERSON, EntityKind.COUNTRY}:
                continue  # "the College hosted A", "Canada hosted Mexico for talks": a guest, not an event
            if frame in {"participate", "speech"} and not (_event_word(ctx, target) or target.ent_type_ == "EVENT"):
                if frame == "participate" and not is_planned(match.head) and \
                        any(t.lower_ in ctx.lexicon.words_for("speech") for t in target.subtree):
                    # "took part in a panel discussion on X": a part of the event the item tells of
                    _join_current(ctx, drafts, meetings, sentence, [k for k, _ in _frame_agents(ctx, match, meetings)])
                continue  # "participating in the pavilion's programming" names no event
            if frame in {"participate", "participation", "speech"} and _is_generic(phrase) \
                    and ctx.lexicon.event_nouns.get(singular(target.text)) == EventKind.MEETING \
                    and any(m.sentence.start <= sentence.start for m in meetings):
                continue  # "were present at the meeting": attendees of the meeting just reported
            if frame == "participate" and any(m.sentence.start <= sentence.start for m in meetings) \
                    and attends_the_encounter_told(ctx, sentence, max((m.sentence for m in meetings
                                                                      if m.sentence.start <= sentence.start),
                                                                     key=lambda s: s.start)):
                continue  # "also attended the summit" after a "summit meeting": attendees of that meeting
            if target.tag_ in {"NNS", "NNPS"} and not any(t.text[:1].isupper() for t in phrase) \
                    and not _names_again(ctx, target):
                continue  # "the initiatives launched by X": no one event ("the meetings" after "Annual Meetings": one)
            if frame in {"organize", "launch", "chair", "participation", "hosting", "invite"} and not (
                    _event_word(ctx, target) or target.ent_type_ == "EVENT" or target.text[:1].isupper()):
                continue  # "hosted a delegation": not an event
            # "KIGALI, Oct 2 (AFP) - Trade ministers ... attended E": the agency reports, it takes no part
            agents = [(k, r) for k, r in _frame_agents(ctx, match, meetings) if k not in credited]
            if not agents and trip is not None:
                agents = [(k, Role.PARTICIPANT) for k in _traveller(ctx, trip)]
            if not agents:
                continue
            draft = _event_for(ctx, drafts, phrase, sentence)
            group = _people_by_their_states(ctx, match) if frame == "participate" else None
            if group is not None:
                groups.append((draft, *group, sentence))
            for key, role in agents:
                if role in {Role.ORGANIZER, Role.PARTNER} and ctx.entity(key).kind == EntityKind.ORGANIZATION:
                    key = ctx.top_organization(key)  # "implemented by X's Science Sector": through its unit
                key = ctx.as_state(key)
                if (key, role) not in draft.others:
                    draft.others.append((key, role))
            if frame in {"participate", "organize", "launch", "chair"}:
                for key in _in_presence(ctx, sentence):  # "A inaugurated E in the presence of B"
                    if not any(k == key for k, _ in draft.others):
                        draft.others.append((key, Role.PARTICIPANT))
        _lineup(ctx, drafts, meetings, sentence)
        _headed_delegations(ctx, drafts, sentence)
        _at_named_events(ctx, drafts, sentence)
    _framing_events(ctx, drafts)
    _chairs_as(ctx, drafts)
    _joint_organizers(ctx, drafts)
    _group_members_join(ctx, groups, posts)
    drafts = [d for d in drafts if d.others]
    filed_from = dateline_place(ctx)
    for draft in drafts:
        _when_and_where_told(ctx, draft)
        draft.place = draft.place or filed_from  # "TASHKENT – A took part in E on Monday": E was held there
        _keep_to_the_year_of_its_name(draft)
    served = affiliations(ctx, posts)
    encounters = [e for e in (_encounter_of_few(ctx, d, served) for d in drafts) if e is not None]
    drafts = [d for d in drafts if not _unnamed_meeting(ctx, d)]
    if not any(ctx.entity(k).kind == EntityKind.PERSON for m in meetings for k in m.host + m.guest):
        # "The meeting was chaired by A and B. The ministry was represented by C": the people the item
        # names attending join the encounter the gathering is, when no encounter of people took them
        attach_attendees(ctx, encounters, posts)
    return drafts + encounters


YEAR_IN_NAME = re.compile(r"^(?:the\s+)?((?:19|20)\d\d)\s|\s((?:19|20)\d\d)$", re.I)
"""The year an edition's name opens or closes with ("the 2025 UN Ocean Conference", "Expo 2025"); not
one inside it ("the Forum on the 2030 Agenda")."""


def _keep_to_the_year_of_its_name(draft: Draft) -> None:
    """ "the 2025 UN Ocean Conference" took place in 2025: a day of another year, read from the
    report's narrative, is not its day."""
    found = YEAR_IN_NAME.search(draft.name or "")
    year = found and (found.group(1) or found.group(2))
    if year and draft.dates is not None and draft.dates.first is not None and draft.dates.first.year != int(year):
        draft.dates = EventDates(None, None)


def _when_and_where_told(ctx: ItemContext, draft: Draft) -> None:
    """The place and dates of an event its own sentence does not give, from another sentence that tells
    of it: one that names it ("The Fifth World Water Forum opened in Dushanbe on 3 June. ... A took part
    in the forum") or speaks of it again ("The conference, held in Dushanbe, ...")."""
    def undated() -> bool:
        return draft.dates is None or draft.dates.first is None

    if not draft.name or draft.place is not None and not undated():
        return
    for sentence in _sentences_telling_of(ctx, draft):
        if draft.place is not None and not undated():
            break  # both told: the sentences after would change nothing
        dates, place, _ = dates_near(ctx, sentence, meeting=False, not_places=_other_events_words(ctx, draft, sentence))
        draft.place = draft.place or place
        if undated():
            draft.dates = dates


def _other_events_words(ctx: ItemContext, draft: Draft, sentence: Span) -> frozenset[int]:
    """The tokens of the names of other events a sentence names, with the place right after one ("The
    conference follows the 2025 UN Ocean Conference in Nice": Nice is that conference's place, not
    this one's)."""
    own = (draft.name or "").lower()
    spans = [(start, start + len(name)) for start, name in ctx.named_events
             if sentence.start_char <= start < sentence.end_char and name.lower() not in own and own not in name.lower()]
    words = {t.i for t in sentence if any(start <= t.idx < end for start, end in spans)}
    for last in sorted(words):
        place = ctx.mention_at(last + 2) if last + 2 < sentence.end and ctx.lowers[last + 1] in PLACE_LINKS else None
        if last + 1 not in words and place is not None and place.kind in {EntityKind.PLACE, EntityKind.COUNTRY}:
            words |= set(range(last + 1, place.end))
    return frozenset(words)


def _sentences_telling_of(ctx: ItemContext, draft: Draft) -> Iterator[Span]:
    """The item's other sentences that name the event, or its head word after "the" / "this", in
    text order, each found when asked for."""
    name = draft.name.lower()
    head = _name_head(ctx, draft.name)
    named = {start for start, other in ctx.named_events if start >= 0
             and (other.lower() in name or name in other.lower())}
    texts, tokens, lowers = ctx.texts, ctx.tokens, ctx.lowers
    for sentence in ctx.sentences:
        if sentence.start == draft.sentence.start:
            continue
        if any(sentence.start_char <= start < sentence.end_char for start in named) \
                or any(singular(texts[i]) == head and any(c.dep_ == "det" and lowers[c.i] in {"the", "this"}
                                                          for c in tokens[i].children)
                       for i in range(sentence.start, sentence.end)):
            yield sentence


def _unnamed_meeting(ctx: ItemContext, draft: Draft) -> bool:
    """ "attended a trilateral meeting", a caption's "Bilateral meeting", "an ICESCO meeting": a meeting
    named by no capitalised word after its first, which names nothing (a sentence's capital) or only
    whose meeting it is, is an encounter (read as one where it is), not a gathering to take part in;
    "the 58th ASEAN Foreign Ministers' Meeting", "the G20 finance ministers meeting" are ones. The
    place it was held in names no meeting ("a meeting in Luxembourg")."""
    name = (draft.name or "").split()
    if not name or ctx.lexicon.event_nouns.get(_name_head(ctx, draft.name)) != EventKind.MEETING:
        return False
    words = _before_its_place(ctx, name)  # (looked up in the gazetteer only for a meeting's name)
    if any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
        return False
    return len(words) <= 2 or not _names_something(ctx, words[0])


def _before_its_place(ctx: ItemContext, words: list[str]) -> list[str]:
    """The words of a name before a link word and the known state or place that ends it ("meeting in
    Luxembourg": "meeting")."""
    for at in range(1, len(words) - 1):
        rest = " ".join(words[at + 1:])
        if words[at] in PLACE_LINKS and (ctx.gazetteer.country(rest) is not None or ctx.gazetteer.place(rest) is not None):
            return words[:at]
    return words


def _names_something(ctx: ItemContext, word: str) -> bool:
    """An acronym, a word with a digit ("G20") or the name of a known state, organization or place."""
    return len(word) > 1 and word.isupper() or any(c.isdigit() for c in word) or any(
        found is not None for found in (ctx.gazetteer.organization(word), ctx.gazetteer.country(word),
                                         ctx.gazetteer.place(word)))


def _encounter_of_few(ctx: ItemContext, draft: Draft, served: dict[str, set[str]]) -> Draft | None:
    """ "A attended a meeting chaired by B", "The meeting was chaired by A. B and C also attended the
    meeting", "the meeting between the delegations of X and Y, chaired by A, was attended by B": an
    event named by an encounter noun (data/extraction/encounter_nouns.tsv) that is no body's own sitting
    is also an encounter of the people read taking part in it (the event keeps its participations):
    two people alone, or those of a few parties (_few_parties). The chair (else the first named) and
    whoever serves what the chair serves are one side, the others the other. (Two who attended a
    meeting the item reported already join that meeting instead.)"""
    kind = ctx.lexicon.encounter_nouns.get(_name_head(ctx, draft.name)) if draft.name else None
    people = [k for k, role in draft.others if role in DIRECT_ROLES and ctx.entity(k).kind == EntityKind.PERSON]
    if kind is None or len(people) < 2:
        return None
    if (len(people) != 2 or len(draft.others) != 2) and not _few_parties(ctx, draft.name, people, served):
        return None
    chairs = [k for k, role in draft.others if role == Role.CHAIR and k in people]
    first = (chairs or people)[0]
    host = [k for k in people if k == first or served.get(k, set()) & served.get(first, set())]
    guest = [k for k in people if k not in host]
    if not guest:
        return None
    dates = draft.dates if draft.dates and draft.dates.first else dates_near(ctx, draft.sentence)[0]
    return Draft(kind=kind, sentence=draft.sentence, host=host, guest=guest, dates=dates,
                 place=draft.place, venue=draft.venue, confidence=draft.confidence)


MAX_PARTIES = 3  # a bilateral or trilateral encounter; more states or organizations make a gathering


def _few_parties(ctx: ItemContext, name: str, people: list[str], served: dict[str, set[str]]) -> bool:
    """An encounter of a few parties: its name frames them with a word of fact_words.tsv "parties"
    ("the meeting between X and Y", "a trilateral meeting"), or its people serve two or three states or
    organizations (people the item gives none of either side's) and its name is no sitting of a body:
    no organization named in it ("the meeting of the Executive Board of UNESCO", "the G7 Foreign
    Ministers' Meeting") and no number ("the 84th Meeting"). A meeting of one organization's own
    people is none."""
    words = name.split()
    if any(w.lower() in ctx.lexicon.words_for("parties") for w in words):
        return True
    if any(w[:1].isdigit() for w in words) or _names_an_organization(ctx, name):
        return False
    return 2 <= len({_party(ctx, served[k]) for k in people if served.get(k)}) <= MAX_PARTIES


def _party(ctx: ItemContext, served: set[str]) -> frozenset[str]:
    """The party a person acts for: the states their posts are of (two ministries of one state are
    one party), else the organizations."""
    states = frozenset(k for k in served if ctx.entity(k).kind == EntityKind.COUNTRY)
    return states or frozenset(served)


def _names_an_organization(ctx: ItemContext, name: str) -> bool:
    padded = f" {name.lower()} "
    return any(f" {ctx.text_of(m.start, m.end).lower()} " in padded for m in ctx.mentions
               if m.kind == EntityKind.ORGANIZATION)


GROUP_MEMBERS_WITHIN = 3  # sentences after the group is named


def _people_by_their_states(ctx: ItemContext, match: TriggerMatch) -> tuple[str, set[str]] | None:
    """ "Finance ministers from Chile and Colombia spoke at E": a plural role word that names no one,
    with the states or organizations its people act for: (the role word, those bodies)."""
    for subject in _subjects(match.head):
        word = singular(subject.lower_)
        if subject.tag_ != "NNS" or ctx.gazetteer.role(word) is None:
            continue
        mentions = ctx.mentions_in(subject.left_edge.i, subject.right_edge.i + 1)
        if mentions and not any(m.kind == EntityKind.PERSON for m in mentions):
            return word, {m.key for m in mentions if m.kind in {EntityKind.COUNTRY, EntityKind.ORGANIZATION}}
    return None


def _group_members_join(ctx: ItemContext, groups: list[tuple[Draft, str, set[str], Span]],
                        posts: Sequence[Post]) -> None:
    """ "... Mr. A, Finance Minister of Chile, said ...": a person named in the sentences after the
    group whose post is of that role, for one of its states, was one of them and took part."""
    sentences = list(ctx.sentences)
    for draft, word, bodies, sentence in groups:
        index = next(i for i, s in enumerate(sentences) if s.start == sentence.start)
        for later in sentences[index + 1:index + 1 + GROUP_MEMBERS_WITHIN]:
            named = {m.key for m in ctx.mentions_in(later.start, later.end, PEOPLE)}
            draft.add_participants([p.person for p in posts if p.person in named and word in p.role.lower()
                                    and p.organization is not None and _acts_for(ctx, p.organization, bodies)])


def _acts_for(ctx: ItemContext, organization: str, bodies: set[str]) -> bool:
    entity = ctx.entity(organization)
    return organization in bodies or ctx.top_organization(organization) in bodies or entity.country in bodies


def _visits_event(ctx: ItemContext, match: TriggerMatch) -> bool:
    """A visit verb whose object is an event other than an encounter: an exhibition, a fair, a
    festival, a conference ("visited the Trade Fair"), not a person, a place or "the meeting"."""
    head = match.head
    if head.pos_ != "VERB" or len(match.tokens) != 1:
        return False
    for child in head.children:
        if child.dep_ == "dobj" and _event_word(ctx, child):
            kind = ctx.lexicon.event_nouns.get(singular(child.text))
            mention = ctx.mention_at(child.i)
            return kind not in MEETING_KINDS | {EventKind.MEETING} and (mention is None or mention.kind not in {
                EntityKind.PERSON, EntityKind.COUNTRY})
    return False


HEADING = frozenset({"head", "lead"})
AT_EVENT_CLIMB = frozenset({"dobj", "attr", "pobj", "prep", "acomp", "oprd"})


def _headed_delegations(ctx: ItemContext, drafts: list[Draft], sentence: Span) -> None:
    """ "The delegation of X to E was headed by A": A took part in E; "X participated in E. The
    Kuwaiti delegation was headed by A": a definite delegation without an event of its own is the
    one the sentence just before took to its event."""
    lowers = ctx.lowers
    for i in range(sentence.start, sentence.end):
        if lowers[i] not in DELEGATION:
            continue
        token = ctx.tokens[i]
        if token.dep_ != "nsubjpass" or token.head.lemma_.lower() not in HEADING:
            continue
        event = _prep_object(token, {"to", "at"})
        verb = token.head
        if is_planned(verb):
            continue
        people = _people_named_in(ctx, _token_set(t for c in verb.children if c.dep_ == "agent" for t in c.subtree))
        if not people:
            continue
        if event is not None and _event_word(ctx, event) and not _meeting_word(ctx, event):
            _event_for(ctx, drafts, _event_phrase(event), sentence).add_participants(people)
        elif event is None and drafts and any(c.lower_ in {"the", "this"} for c in token.children) \
                and _just_before(ctx, drafts[-1].sentence, sentence):
            drafts[-1].add_participants(people)


def _just_before(ctx: ItemContext, earlier: Span, sentence: Span) -> bool:
    """`earlier` is the sentence right before `sentence`."""
    starts = [s.start for s in ctx.sentences]
    return earlier.start in starts and starts.index(sentence.start) - starts.index(earlier.start) == 1


def _people_named_in(ctx: ItemContext, tokens: set[int]) -> list[str]:
    """The people the tokens name, their titles aside."""
    return [k for k in _agents_in(ctx, tokens - _titles_of_people(ctx, tokens))
            if ctx.entity(k).kind == EntityKind.PERSON]


def _meeting_word(ctx: ItemContext, token: Token) -> bool:
    return ctx.lexicon.event_nouns.get(singular(token.text)) in MEETING_KINDS | {EventKind.MEETING}


def _at_named_events(ctx: ItemContext, drafts: list[Draft], sentence: Span) -> None:
    """ "A was the guest of honour at the Kampala Arts Festival", "A presented the report at the 52nd
    Session of the Committee", "A gave a lecture at the Academy's Winter Course", "A presented three
    films at the festival" after the Film Festival was named: the person a clause is about was at the
    named event its "at" phrase names (or names again) (an encounter's words excepted); so was the
    one whose speech is addressed "to" it ("In a speech to the Summit, A called for ...")."""
    speech = ctx.lexicon.words_for("speech")
    lowers = ctx.lowers
    for i in range(sentence.start, sentence.end):
        lower = lowers[i]
        if lower != "at" and lower != "to":
            continue
        token = ctx.tokens[i]
        addressed = lower == "to" and ctx.lowers[token.head.i] in speech  # "In a speech to E, A called for ..."
        if token.dep_ != "prep" or lower != "at" and not addressed:
            continue
        event = next((c for c in token.children if c.dep_ == "pobj"), None)
        again = event is not None and _names_again(ctx, event)
        if event is not None and not _named_here(event) and not again:
            # "at the opening of the Forum", "at the close of the Forum", "at the general debate of the
            # 80th session of X"
            named = _prep_object(event, {"of"})
            part = event.lower_ in ctx.lexicon.event_nouns or event.lower_ in ctx.lexicon.words_for("moment")
            event = named if part and named is not None else None
        if event is None or not (_named_here(event) or again) or not _event_word(ctx, event) \
                or _meeting_word(ctx, event):
            continue
        mention = ctx.mention_at(event.i)
        if mention is not None and mention.kind in {EntityKind.PERSON, EntityKind.COUNTRY}:
            continue
        verb = token.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ in AT_EVENT_CLIMB and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"} or is_planned(verb):
            continue
        tokens = _clause_subject_tokens(verb)
        people = _people_named_in(ctx, tokens)
        if people:
            draft = _event_for(ctx, drafts, _event_phrase(event), sentence)
            draft.add_participants(people)


def _named_here(noun: Token) -> bool:
    """An event word that is part of a name: "the Forum", "the G20 summit", "the 80th session of the
    General Assembly" (an ordinal sitting of a named body)."""
    if noun.text[:1].isupper() or any(c.dep_ == "compound" and c.text[:1].isupper() for c in noun.children):
        return True
    body = _prep_object(noun, {"of"})
    return body is not None and body.text[:1].isupper() and any(
        ORDINAL.fullmatch(c.text) or c.ent_type_ == "ORDINAL" for c in noun.children if c.dep_ in {"amod", "nummod"})


def _names_again(ctx: ItemContext, noun: Token) -> bool:
    """ "the festival" after "the Hanoi International Film Festival": a definite event word in lower
    case whose word heads an event the item named before."""
    if not noun.text.islower() or not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in noun.children):
        return False
    head = singular(noun.lower_)
    return any(start < noun.idx and head == _name_head(ctx, name).lower() for start, name in ctx.named_events)


def _speaks(ctx: ItemContext, match: TriggerMatch) -> bool:
    """ "delivered the opening address", "gave the keynote speech", "also addressed the participants":
    a speech at an event the sentence does not name."""
    words = ctx.lexicon.words_for("speech") | ctx.lexicon.words_for("audience")
    objects = [c for c in match.head.children if c.dep_ == "dobj"]
    return any(t.lower_ in words for t in list(match.tokens[1:]) + objects)


def _also_there(match: TriggerMatch) -> bool:
    """ "Also attending were A and B", "Also present was C", "X and Y also took part": agents added to
    those of the event the item is telling of, which the clause does not name."""
    head = match.head.head if match.head.lower_ == "also" else match.head  # "also present": the adjective
    return not any(c.dep_ in {"dobj", "prep"} and c not in match.tokens for c in head.children) \
        and any(c.dep_ == "advmod" and c.lower_ == "also" and c.i < head.i for c in head.children)


def _took_part(match: TriggerMatch) -> bool:
    """ "Officers from Benin, Burkina Faso and Togo participated": taking part, with nothing after the
    verb to say in what."""
    head = match.head
    return head.lemma_.lower() in {"participate", "take"} and head.pos_ == "VERB" \
        and not any(c.dep_ in {"dobj", "prep", "agent", "auxpass", "nsubjpass", "xcomp", "ccomp", "advcl"}
                    and c not in match.tokens for c in head.children)


def _done_to_it(ctx: ItemContext, match: TriggerMatch) -> bool:
    """ "The Forum on X took place in Tashkent. It was opened by A": a passive verb whose subject is "it",
    with no event in its clause, after a sentence whose subject is an event, tells who took part in that
    event ("The centre was built in 1990. It was opened by B" tells of no event)."""
    head = match.head
    if not any(c.dep_ == "agent" for c in head.children) \
            or not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in head.children) \
            or any(c.dep_ == "prep" and c.lower_ in {"at", "in"} for c in head.children):
        return False
    before = [s for s in ctx.sentences if s.end <= head.sent.start][-1:]
    return any(_event_token_in(ctx, list(subject.subtree)) is not None for s in before for subject in _subjects(s.root))


def _among_participants(match: TriggerMatch) -> bool:
    """ "Diplomats from Kenya and Zambia were among the participants": among those of the event the
    item tells of, when no event follows ("among the participants of E" names its own)."""
    return any(t.lower_ == "among" for t in match.tokens) \
        and not any(c.dep_ == "prep" for c in match.tokens[-1].children)


def _represented_by(match: TriggerMatch) -> bool:
    """ "X was represented by A and B", with no event in the clause: X and A take part in the event the
    item is telling of."""
    head = match.head
    return head.lemma_.lower() == "represent" and any(c.dep_ == "agent" for c in head.children) \
        and any(c.dep_ == "nsubjpass" for c in head.children) \
        and not any(c.dep_ == "prep" and c.lower_ in {"at", "in"} for c in head.children)


def _in_presence(ctx: ItemContext, sentence: Span) -> list[str]:
    """People named after "in the presence of" in the sentence."""
    out: list[str] = []
    for token in sentence:
        if token.lower_ == "presence" and token.head.lower_ == "in":
            of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
            out += [k for k in _agents_in(ctx, _token_set(t for o in of for t in o.subtree))
                    if ctx.entity(k).kind == EntityKind.PERSON and k not in out]
    return out


def _lineup(ctx: ItemContext, drafts: list[Draft], meetings: list[Draft], sentence: Span) -> None:
    """ "Speakers included A and B", "Among the panelists were A and B": the people a sentence lists
    as an event's take part in the event it names, else in the event the item is telling of; when it
    names no one, the states and bodies it lists do ("Participants included experts from X and Y")."""
    words = ctx.lexicon.words_for("lineup")
    root = sentence.root
    if root.lemma_.lower() not in {"include", "be", "comprise"}:
        return
    listed = [t for t in root.children if t.dep_ == "nsubj" and t.lower_ in words]
    listed += [c for t in root.children if t.dep_ == "prep" and t.lower_ == "among" for c in t.children
               if c.dep_ == "pobj" and c.lower_ in words]
    if not listed or is_planned(root):
        return
    agents = _agents_in(ctx, _token_set(sentence) - _token_set(listed[0].subtree))
    joining = [k for k in agents if ctx.entity(k).kind == EntityKind.PERSON]
    # "Participants included experts from Estonia and Rwanda": no one named, the states take part
    bodies = not joining
    if bodies:
        joining = [ctx.as_state(k) for k in agents if ctx.entity(k).kind in {EntityKind.ORGANIZATION, EntityKind.COUNTRY}]
    event = _event_token_in(ctx, list(listed[0].subtree))
    if event is not None and event.i != listed[0].i:
        draft = _event_for(ctx, drafts, _event_phrase(event), sentence)  # "Speakers at the Forum included"
        draft.add_participants(joining)
    else:
        _join_current(ctx, drafts, meetings, sentence, joining, bodies=bodies)


def _join_current(ctx: ItemContext, drafts: list[Draft], meetings: list[Draft], sentence: Span,
                  agents: list[str], bodies: bool = False) -> None:
    """The people (and, with `bodies`, the organizations and states) join the event other than an
    encounter that the item read or named last before the sentence, unless an encounter was reported
    after it."""
    kinds = {EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.COUNTRY} if bodies else {EntityKind.PERSON}
    joining = [ctx.as_state(k) for k in agents if ctx.entity(k).kind in kinds]
    if not joining:
        return
    read = [d for d in drafts if d.sentence.start <= sentence.start]
    named = [(start, name) for start, name in ctx.named_events if start < sentence.start_char]
    draft = read[-1] if read else None
    meeting_kinds = MEETING_KINDS | {EventKind.MEETING}
    if named and (draft is None or named[-1][0] > draft.sentence.start_char):
        start, name = named[-1]
        if bodies and ctx.lexicon.event_nouns.get(_name_head(ctx, name)) in meeting_kinds:
            return  # "X was represented by A ... at the meeting": an encounter, assembled from its people
        where = next((s for s in ctx.sentences if s.start_char <= start < s.end_char), sentence)
        draft = _draft_named(ctx, drafts, name, where)
    if draft is None or any(draft.sentence.start <= m.sentence.start <= sentence.start for m in meetings) \
            or bodies and draft.kind in meeting_kinds:
        return
    draft.add_participants(joining)


SESSION_KINDS = frozenset({EventKind.CONFERENCE, EventKind.FORUM})  # what elects a bureau


def _elected_at_session_told(ctx: ItemContext, drafts: list[Draft], sentence: Span,
                             elected: list[tuple[str, Role]]) -> None:
    """ "The 12th Session of X took place in Y. ... Kazakhstan was elected to chair the Council": those
    a sentence naming no event has elected take part in the conference or session the item named last
    before it."""
    named = [(start, name) for start, name in ctx.named_events if start < sentence.start_char
             and ctx.lexicon.event_nouns.get(_name_head(ctx, name.split(" of ")[0])) in SESSION_KINDS]
    if not named or not elected:
        return
    start, name = named[-1]
    where = next((s for s in ctx.sentences if s.start_char <= start < s.end_char), sentence)
    draft = _draft_named(ctx, drafts, name, where)
    for key, role in elected:
        key = ctx.as_state(key)
        if not any(k == key for k, _ in draft.others):
            draft.others.append((key, role))


def _elected_to_a_body(ctx: ItemContext, head: Token) -> bool:
    """ "Ghana was elected to the Human Rights Council": a seat in a body, not an office of the session."""
    to = _prep_object(head, {"to"})
    mention = ctx.mention_at(to.i) if to is not None else None
    return mention is not None and mention.kind == EntityKind.ORGANIZATION


def _draft_named(ctx: ItemContext, drafts: list[Draft], name: str, sentence: Span) -> Draft:
    for draft in drafts:
        if draft.name and (name.lower() in draft.name.lower() or draft.name.lower() in name.lower()):
            return draft
    kind = ctx.lexicon.event_nouns.get(_name_head(ctx, name), EventKind.OTHER)
    dates, place, venue = dates_near(ctx, sentence, meeting=False)
    draft = Draft(kind=EventKind.OTHER if kind == EventKind.MEETING else kind, sentence=sentence, dates=dates,
                  place=place, venue=venue, name=name, confidence=0.7)
    drafts.append(draft)
    return draft


JOINT = "Joint"
JOINED_BY = frozenset({"and", "the", ",", "&"})


def _joint_organizers(ctx: ItemContext, drafts: list[Draft]) -> None:
    """ "the OECD and ASEAN Joint Conference on Tax", "X and the Y Joint High Level Conference": the
    organizations or states that name a joint event before "Joint" organise it."""
    doc = ctx.doc
    for start, name in ctx.named_events:
        words = name.split()
        if start < 0 or JOINT not in words[1:]:
            continue
        prefix_end = start + len(" ".join(words[:words.index(JOINT)]))
        span = doc.char_span(start, prefix_end, alignment_mode="expand")
        if span is None:
            continue
        first = span.start
        while first >= 2 and doc[first - 1].lower_ in JOINED_BY:  # "X and the [Y Joint ...]"
            i = first - 1
            while i > 0 and doc[i].lower_ in JOINED_BY:
                i -= 1
            mention = ctx.mention_at(i)
            if mention is None or mention.kind not in {EntityKind.ORGANIZATION, EntityKind.COUNTRY}:
                break
            first = mention.start
        keys = list(dict.fromkeys(ctx.as_state(ctx.top_organization(m.key)) for m in ctx.mentions_in(first, span.end)
                                  if m.kind in {EntityKind.ORGANIZATION, EntityKind.COUNTRY}))
        if len(keys) < 2:
            continue
        draft = _draft_named(ctx, drafts, name, doc[span.start].sent)
        draft.others += [(k, Role.ORGANIZER) for k in keys if (k, Role.ORGANIZER) not in draft.others]


def _chairs_as(ctx: ItemContext, drafts: list[Draft]) -> None:
    """ "A welcomed the delegates as the Chair of the Regional Water Forum": the subject of the clause
    chairs the event whose chair, president or host it acts as."""
    for i, lower in enumerate(ctx.lowers):
        if lower != "as" or (token := ctx.tokens[i]).dep_ != "prep":
            continue
        office = next((c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in CHAIR_TITLES), None)
        event = _prep_object(office, {"of"}) if office is not None else None
        if event is None or not (_event_word(ctx, event) or event.ent_type_ == "EVENT"):
            continue
        verb = token.head  # the nearest verb with a subject: "... at being able to meet B as the Chair of E"
        while not (verb.pos_ in {"VERB", "AUX"} and _subjects(verb)) and verb.head.i != verb.i:
            verb = verb.head
        if is_planned(verb):
            continue
        chairs = [k for k in _prefer_people(ctx, _agents_in(ctx, _clause_subject_tokens(verb)))
                  if ctx.entity(k).kind == EntityKind.PERSON]
        if not chairs:
            continue
        draft = _event_for(ctx, drafts, _event_phrase(event), token.sent)
        for key in chairs:
            if (key, Role.CHAIR) not in draft.others:
                draft.others.append((key, Role.CHAIR))


def _named_before(ctx: ItemContext, phrase: Span) -> str | None:
    """The named event a generic phrase ("the event", "this initiative", "the Festival") stands for:
    the last one named before it with the same head word, else the last one named before it."""
    head = singular(phrase[-1].text)
    before = [(start, name) for start, name in ctx.named_events if start < phrase.start_char]
    same_head = [name for _, name in before if head == _name_head(ctx, name)]
    if same_head:
        return same_head[-1]
    text_names = [name for start, name in before if start >= 0]  # title case makes titles unreliable here
    return text_names[-1] if text_names else None


def _described_again(ctx: ItemContext, phrase: Span) -> str | None:
    """ "The month-long fair", "the two-day conference": a definite phrase of lower-case words before
    its event word describes the event of that word named last before it."""
    before = phrase.doc[phrase.start - 1] if phrase.start > 0 else None
    if before is None or before.lower_ not in {"the", "this"} or not phrase.text.islower() \
            or any(t.i > phrase[-1].i or t.i != phrase[-1].i and t.head.i < t.i for t in phrase):
        return None
    head = singular(phrase[-1].text)
    same_head = [name for start, name in ctx.named_events if 0 <= start < phrase.start_char
                 and head == _name_head(ctx, name).lower()]
    return same_head[-1] if same_head else None


def _name_head(ctx: ItemContext, name: str) -> str:
    """The event word a name is headed by: its last word, or the last event word before a theme."""
    words = [singular(w) for w in name.split()]
    return next((w for w in reversed(words) if w in ctx.lexicon.event_nouns), words[-1])


def _event_for(ctx: ItemContext, drafts: list[Draft], phrase: Span, sentence: Span) -> Draft:
    name = _without_place(ctx, phrase.text.strip())  # "the 78th General Assembly session in New York"
    name = ctx.event_acronyms.get(name, name)  # "At WSIS": the event the item named before its acronym
    if _is_generic(phrase):
        named = _named_before(ctx, phrase)
        if named:
            name = named
        elif drafts:
            return drafts[-1]
    else:
        name = _described_again(ctx, phrase) or name
    for draft in drafts:
        if draft.name and (name.lower() in draft.name.lower() or draft.name.lower() in name.lower()):
            if len(name) > len(draft.name):
                draft.name = name
            return draft
    dates, place, venue = dates_near(ctx, sentence, meeting=False)
    kind = _kind(ctx, phrase)
    if name != phrase.text.strip():
        kind = ctx.lexicon.event_nouns.get(_name_head(ctx, name), kind)  # the kind of the name an acronym stands for
    draft = Draft(kind=EventKind.OTHER if kind == EventKind.MEETING else kind, sentence=sentence, dates=dates,
                  place=place, venue=venue, name=name, confidence=0.7)
    drafts.append(draft)
    return draft


def _framing_events(ctx: ItemContext, drafts: list[Draft]) -> None:
    """ "During the closing ceremony, ... A and B ...", "At the opening of the Forum, A said ...",
    "On the sidelines of the Forum, A met B": the people a sentence names take part in the event it
    opens with, or whose sidelines it reports from."""
    tokens, lowers = ctx.tokens, ctx.lowers
    sidelines_of = _heads_of_sidelines(ctx)
    for sentence in ctx.sentences:
        first = sentence[0]
        sideline = next((tokens[i] for i in sidelines_of if sentence.start <= i < sentence.end
                         and lowers[i] in {"on", "in", "at"} and tokens[i].dep_ == "prep"), None)
        if sideline is not None:
            # "(dateline –) On the sidelines of E, A met B": A and B were at E
            first = sideline
            pobj = _prep_object(next(c for c in sideline.children if c.dep_ == "pobj"), {"of"})
        elif lowers[first.i] not in {"during", "at", "in"} or len(sentence) < 4:
            continue
        else:
            pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
            if lowers[first.i] == "in":
                # "In his address to the 78th World Health Assembly, A presented ...": a speech's named
                # event ("In his statement at the plenary session" is a part of the event told of)
                speech = pobj is not None and pobj.lower_ in ctx.lexicon.words_for("speech")
                pobj = _prep_object(pobj, {"to", "at", "before", "during"}) if speech else None
                pobj = pobj if pobj is not None and pobj.text[:1].isupper() else None
        if pobj is None or not _event_word(ctx, pobj):
            continue
        if ctx.lexicon.event_nouns.get(singular(pobj.text)) in MEETING_KINDS | {EventKind.MEETING}:
            continue  # "During the meeting, ..." is the meeting itself
        words = {t.lower_ for t in pobj.subtree}
        if words & {"signing", "visit", "meeting", "talks"} or "the" not in words and not pobj.text[:1].isupper():
            continue  # part of a signing or visit, or "a working session": no event of its own
        excluded = _token_set(first.subtree) | _patronage(ctx, sentence)
        people = [m.key for m in ctx.mentions_in(sentence.start, sentence.end, frozenset({EntityKind.PERSON}))
                  if m.start not in excluded]
        if not people:
            continue
        draft = _event_for(ctx, drafts, _event_phrase(pobj), sentence)
        for key in people:
            if not any(k == key for k, _ in draft.others):
                draft.others.append((key, Role.PARTICIPANT))


def _heads_of_sidelines(ctx: ItemContext) -> list[int]:
    """The words, in text order, that a sidelines word is the object of ("[on] the sidelines of E"):
    read once for the item instead of from the children of every word of every sentence."""
    tokens, sidelines = ctx.tokens, ctx.lexicon.sidelines
    return sorted({tokens[i].head.i for i, lower in enumerate(ctx.lowers) if lower in sidelines and tokens[i].dep_ == "pobj"})
