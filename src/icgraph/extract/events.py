"""Events: meetings (met, received, visited, talks, calls, credentials, farewells), participations
(took part, attended), organizers, partners, patrons and chairs, read clause by clause.

Sides come from the parse: the subject of the trigger verb is one side (the host of "received",
the guest of "visited"), its object or "with"/"from" phrase the other. A side that names people is
kept as people; organizations or countries stand in only when no person is named at all. A
delegation received without names takes the members listed in a later sentence ("The delegation
included ..."). Planned events ("will meet", "is scheduled to visit") are left out.

A subject that holds both sides ("A, B and C met") is split where the parties its people serve part;
in an encounter of three or more parties ("a trilateral meeting") people of different parties on one
side met each other too. Who only reports an encounter ("Spokesperson C said that the two ministers
had ...") or chairs it ("..., chaired by C") is no side of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from icgraph.extract.assembly import (LIST_MARKS, affiliations, attach_attendees, fill_awaited_groups, listed_after,
                                     place_attendees, staff_organization_sides)
from icgraph.extract.context import ItemContext
from icgraph.extract.dates import dateline_mention
from icgraph.extract.dating import EventDates, dateline_place, dates_near, reports_day_within_anothers_days
from icgraph.extract.lexicon import Frame, Lexicon, news_medium, singular
from icgraph.extract.names import title_words
from icgraph.extract.triggers import CALLED_OFF, TriggerMatch, is_planned, sentence_triggers
from icgraph.model import MEETING_KINDS, EntityKind, Event, EventKind, Participation, Post, Role
from icgraph.textnorm import normalize_name

PEOPLE = frozenset({EntityKind.PERSON})
AGENTS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.COUNTRY})
INSTITUTIONS = frozenset({EntityKind.ORGANIZATION, EntityKind.COUNTRY})
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "parataxis", "acl"})
EXCLUDED_PREPS = frozenset({"on", "during", "under", "at", "in", "after", "before", "for", "within", "amid",
                            "as", "following", "since", "throughout", "via", "on behalf of", "about",
                            "regarding", "concerning", "among", "across", "over", "into", "through"})
DELEGATION_VERBS = frozenset({"include", "comprise", "consist", "compose", "be"})
GROUP_NOUNS = frozenset({"delegation", "bureau", "team", "mission", "side", "visitor"})  # a side whose members are listed
MEMBER_VERBS = DELEGATION_VERBS | {"lead", "head"}  # "a delegation led by A", "which included B"
CAPTION_CONFIDENCE = 0.5
CREDENTIAL_WORDS = frozenset({"credential", "credentials", "credence"})
PLANNED_WORDS = frozenset({"upcoming", "next", "future", "planned", "proposed", "possible"})
COMPANY_WORDS = frozenset({"along", "together"})  # "along with A", "together with A": A comes too
HOSTED_KINDS = frozenset({EventKind.RECEPTION, EventKind.VISIT, EventKind.CREDENTIALS, EventKind.FAREWELL})
"""Encounters whose report tells who hosted whom: their sides are hosts and guests."""


@dataclass
class Draft:
    """An event being assembled from one or more sentences."""

    kind: EventKind
    sentence: Span
    host: list[str] = field(default_factory=list)
    guest: list[str] = field(default_factory=list)
    others: list[tuple[str, Role]] = field(default_factory=list)
    dates: EventDates | None = None
    place: str | None = None
    venue: str | None = None
    name: str | None = None
    confidence: float = 0.8
    groups: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))  # organizations, countries
    # named on each side as it was read (their people may be listed later in the item)
    separate: bool = False  # the other side is a list of people met one by one ("met with:" + list lines)
    witnessed: bool = False  # the host witnessed the guests' signing: kept apart from the signatories' encounter
    joined: bool = False  # a third party joined the two sides after they met: kept apart from their encounter
    joint: bool = False  # one subject held both sides ("A, B and C met"): the parties its people serve split it
    awaiting: str | None = None  # a side given only as a group of people ("four new ambassadors"), listed later
    # the sides as the report of the encounter named them, before attendees and companions of later
    # sentences joined (empty: all its people were named so)
    reported: frozenset[str] = frozenset()

    def people(self, ctx: ItemContext) -> set[str]:
        return {k for k in self.host + self.guest if ctx.entity(k).kind == EntityKind.PERSON}

    def reported_sides(self) -> set[str]:
        return set(self.reported or self.host + self.guest)

    def add_participants(self, keys: list[str]) -> None:
        """The agents take part in the event (each once, whatever role they already have)."""
        self.others += [(k, Role.PARTICIPANT) for k in keys if not any(k == o for o, _ in self.others)]


# ---------------------------------------------------------------------------------------------
# sides of a clause

def _subjects(head: Token) -> list[Token]:
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    node = head
    while not subjects and node.dep_ in {"conj", "xcomp", "advcl"} and node.head.i != node.i:
        node = node.head
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return subjects


def _token_set(tokens) -> set[int]:
    return {t.i for t in tokens}


def _excluded(head: Token, own: frozenset[int] = frozenset(), purposes: frozenset[str] = frozenset()) -> set[int]:
    """Tokens of the clause that cannot be a side: subordinate clauses (not a word of the trigger
    itself), time/place phrases, patronage. A preposition that is a word of the trigger itself
    ("called on X") introduces a side, unless a to-infinitive follows it ("called on X to resign": an
    appeal, not an encounter) whose verb is no purpose of a visit ("called on X to discuss Y")."""
    out: set[int] = set()
    for child in head.children:
        if child.i in own and child.dep_ in CLAUSE_DEPS:
            continue  # "made a courtesy call to B" with "call" parsed as a verb: the trigger's own word
        if child.dep_ in CLAUSE_DEPS or (child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}):
            out |= _token_set(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in EXCLUDED_PREPS \
                and (child.i not in own or _appeal(head, child, purposes)):
            out |= _token_set(child.subtree)
        elif child.dep_ in {"npadvmod", "advmod"}:
            out |= _token_set(child.subtree)
    return out


def _chairing_clauses(ctx: ItemContext, head: Token) -> set[int]:
    """Tokens of a participle clause that names who chaired the encounter ("held a meeting with the
    representatives of A and B, chaired by C", "Forum Leaders met for their retreat, chaired by the Prime
    Minister of X, C"): C chaired it, C is not one of those met."""
    chairing = ctx.lexicon.frame_verbs.get(Frame.CHAIR, frozenset())
    sentence = ctx.sentence_at(head.i)  # which holds the subtree of its word
    if chairing.isdisjoint(ctx.lemmas[sentence.start:sentence.end]):
        return set()
    tokens = ctx.tokens
    return {i for j in ctx.subtree(head) if ctx.lemmas[j] in chairing and (t := tokens[j]).dep_ in {"acl", "advcl"} and t.pos_ == "VERB"
            for i in ctx.subtree(t)}


def _owners_of_things(ctx: ItemContext, sentence: Span) -> set[int]:
    """Tokens of people named as the owner of a thing ("welcomed B's decision", "called B's remarks
    historic"): they are not met. Owners of a delegation, a meeting or a title ("B's delegation",
    "B's envoy") stay."""
    out: set[int] = set()
    for mention in ctx.mentions_in(sentence.start, sentence.end, PEOPLE):
        if mention.end + 1 >= sentence.end or ctx.doc[mention.end].tag_ != "POS":
            continue
        thing = ctx.doc[mention.end + 1]  # the word owned, whatever the parse hung it on
        if _plain_noun(ctx, thing):
            out |= set(range(mention.start, mention.end + 1))
    return out


def _other_things(ctx: ItemContext, head: Token) -> set[int]:
    """ "received a telephone call from A and a letter from B": a thing coordinated with the object
    that is no encounter, no group and no title ("a letter", "a message") brings its own people."""
    out: set[int] = set()
    for i in ctx.subtree(head):
        token = ctx.tokens[i]
        if i > head.i and token.dep_ == "conj" and any(c.dep_ == "det" for c in token.children) \
                and _plain_noun(ctx, token):
            out |= ctx.subtree(token)
    return out


def _appeal(head: Token, particle: Token, purposes: frozenset[str]) -> bool:
    """ "called on X to resign", "called upon them to join": a to-infinitive after the particle, not
    one of discussion ("called on X to discuss Y" states why A visited)."""
    return any(t.i > particle.i and t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() not in purposes
               and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
               for t in list(head.subtree) + list(particle.subtree))


def _agents_in(ctx: ItemContext, tokens: set[int]) -> list[str]:
    keys: list[str] = []
    for mention in sorted((m for m in ctx.mentions if m.kind in AGENTS and m.start in tokens), key=lambda m: m.start):
        if mention.key not in keys:
            keys.append(mention.key)
    return keys


def _linear(ctx: ItemContext, sentence: Span, start: int, end: int, excluded: set[int]) -> list[str]:
    tokens = {i for i in range(start, end) if i not in excluded}
    return _agents_in(ctx, tokens)


PATRONAGE_WORDS = frozenset({"patronage", "auspices"})  # "under the (high) patronage / auspices of X"


def _patronage(ctx: ItemContext, sentence: Span) -> set[int]:
    out: set[int] = set()
    if PATRONAGE_WORDS.isdisjoint(ctx.lowers[sentence.start:sentence.end]):
        return out
    for i in range(sentence.start, sentence.end):
        if ctx.lowers[i] in PATRONAGE_WORDS:
            node = ctx.tokens[i]
            while node.dep_ != "prep" and node.head.i != node.i and node.head.i >= sentence.start:
                node = node.head
            out |= _token_set(node.subtree)
    return out


def _in_presence(ctx: ItemContext, sentence: Span) -> set[int]:
    """Tokens of "in the presence of B": B attended the encounter (attendance cues place B on a side
    by B's post); B and the bodies of B's title are no side the verb names."""
    out: set[int] = set()
    if "presence" not in ctx.lowers[sentence.start:sentence.end]:
        return out
    for i in range(sentence.start, sentence.end):
        token = ctx.tokens[i]
        if ctx.lowers[i] == "presence" and token.dep_ == "pobj" and token.head.lower_ == "in":
            out |= _token_set(token.head.subtree)
    return out


def _represented(ctx: ItemContext, sentence: Span) -> set[int]:
    """Tokens of whoever is named after "on behalf of": they are represented, not present."""
    out: set[int] = set()
    if "behalf" not in ctx.lowers[sentence.start:sentence.end]:
        return out
    for token in sentence:
        if token.lower_ == "behalf":
            for of in token.children:
                for pobj in (c for c in of.children if c.dep_ == "pobj" and of.lower_ == "of"):
                    mention = ctx.mention_at(pobj.i)
                    out |= set(range(mention.start, mention.end)) if mention else {pobj.i}
    return out


def _pronoun_subject(ctx: ItemContext, subjects: list[Token]) -> list[str]:
    """ "X visited the headquarters, where he was received by Y": a personal pronoun subject of a
    clause inside the sentence is the person the sentence's main clause is about. A date the parse
    takes for a second subject ("On the last day, 13 May, she was received by Y") is none."""
    subjects = [s for s in subjects if s.ent_type_ not in {"DATE", "TIME"}]
    if len(subjects) == 1 and subjects[0].lower_ == "they" and subjects[0].head.dep_ == "advcl":
        return _pair_of_the_main_clause(ctx, subjects[0].head)
    if len(subjects) != 1 or subjects[0].lower_ not in {"he", "she"}:
        return []
    node = subjects[0].head
    while node.head.i != node.i and (node.dep_ not in {"ROOT"}):
        node = node.head
    if node.i == subjects[0].head.i:
        return _previous_subject(ctx, subjects[0])
    # "the Ambassador, B, with whom she held talks": the pronoun of a relative clause is not the person
    # the clause describes
    described = ctx.mention_at(subjects[0].head.head.i) if subjects[0].head.dep_ == "relcl" else None
    people = [k for s in _subjects(node) for k in _people_only(ctx, _agents_in(ctx, ctx.subtree(s)))
              if described is None or k != described.key]
    pronouns = [s for s in _subjects(node) if s.lower_ in {"he", "she"}]
    if not people and not pronouns:
        # "He met B and C to discuss X, the State Department said": the main clause only reports the
        # pronoun's, whose person is the one the sentences before are about
        return _previous_subject(ctx, subjects[0])
    if not people and len(pronouns) == 1:
        # "On Tuesday he met A, and on Wednesday he held talks with B": both pronouns stand for the
        # person the sentences before are about
        return _previous_subject(ctx, pronouns[0])
    return people[:1]


def _pair_of_the_main_clause(ctx: ItemContext, clause: Token) -> list[str]:
    """ "A thanked B for Spain's support when they met in Madrid": "they" of a clause that tells when
    the main clause's act took place stands for the two people the main clause names, when it names two."""
    main = clause.head
    while main.dep_ in {"xcomp", "conj"} and main.head.i != main.i:
        main = main.head  # "A and B agreed to deepen cooperation when they met"
    people = _people_only(ctx, _agents_in(ctx, ctx.subtree(main) - ctx.subtree(clause)))
    return people if len(people) == 2 else []


def _previous_subject(ctx: ItemContext, pronoun: Token) -> list[str]:
    """ "A met B on Monday. Later she received C": a pronoun opening a clause of its own stands for
    the person the previous sentence that names people is about (its subject, else its first person)."""
    start = ctx.sentence_at(pronoun.i).start
    sentences = [s for s in ctx.sentences if s.end <= start][-3:]
    for sentence in reversed(sentences):
        people = _people_only(ctx, [m.key for m in ctx.mentions_in(sentence.start, sentence.end)])
        if not people:
            continue
        subjects = _subjects(sentence.root)
        met = {i for s in subjects for c in s.children if c.dep_ == "prep" and c.lower_ == "with"
               for i in ctx.subtree(c)}
        subject = [k for s in subjects for k in _people_only(ctx, _agents_in(ctx, ctx.subtree(s) - met))]
        if not subject and any(_unnamed_title(ctx, s) for s in subjects):
            # "The Secretary-General met with A. Later in the day, he met with B": the pronoun stands
            # for the title's holder the item does not name, not for A
            return []
        if not subject and len(subjects) == 1 and subjects[0].lower_ in {"he", "she"}:
            # "A arrived ... On the first day he held talks with B. He also met C": the pronoun
            # before stands for A too
            return _previous_subject(ctx, subjects[0])
        owner = next((c for s in subjects for c in s.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
        if not subject and len(subjects) == 1 and owner is not None:
            # "A held meetings. His talks with B focused on X. His meeting with C ...": A's too
            return _previous_subject(ctx, owner)
        if not subjects:
            # the parse gave the main verb no subject ("At the invitation of A, B paid a visit"): the
            # person named nearest before it, as clause_sides reads it
            before = _people_only(ctx, _linear(ctx, sentence, sentence.start, sentence.root.i, set()))
            subject = before[-1:]
        return (subject or people)[:1]
    return []


def _unnamed_title(ctx: ItemContext, subject: Token) -> bool:
    """A subject that is a title and nothing more ("the Secretary-General", "The Minister"): a person
    the item refers to by their post alone."""
    words = [t for t in subject.subtree if t.dep_ != "det"]
    if not words or any(t.dep_ in {"appos", "prep", "conj"} for t in words):
        return False
    return ctx.gazetteer.is_role(ctx.text_of(words[0].i, words[-1].i + 1))


LIST_ITEM = re.compile(rf"[ \t]*(?:{LIST_MARKS})[ \t]*")


def _in_a_list_item(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens with a list item's mark, or stands on a line that opens
    with one (the parse may cut "2. Meeting with B" into "2", "." and the rest)."""
    line_start = text.rfind("\n", 0, start) + 1
    return LIST_ITEM.match(text, line_start) is not None or LIST_ITEM.match(text, start) is not None


def _in_list_mark(text: str, token: Token) -> bool:
    """Whether a token is (part of) the mark that opens its line's list item ("•", "2.", the "b" of "(b)")."""
    mark = LIST_ITEM.match(text, text.rfind("\n", 0, token.idx) + 1)
    return mark is not None and token.idx < mark.end()


def _subject_of_the_list(ctx: ItemContext, sentence: Span) -> list[str]:
    """ "During the visit, the Minister:" and the items "- on 12 May met A;", "- on 13 May was received
    by B.": an item whose verb has no subject has the person of the line that opens the list (named in
    it, else the one the sentences before it are about)."""
    text = ctx.item.text
    if not _in_a_list_item(text, sentence.start_char):
        return []
    opening = next((s for s in reversed(ctx.sentences) if s.end <= sentence.start and s.text.rstrip().endswith(":")), None)
    if opening is None or any(s.start >= opening.end and s.end <= sentence.start and not _in_a_list_item(text, s.start_char)
                              for s in ctx.sentences):
        return []
    named = _people_only(ctx, [m.key for m in ctx.mentions_in(opening.start, opening.end)])
    return named[:1] or _previous_subject(ctx, opening[0])


def clause_sides(ctx: ItemContext, match: TriggerMatch) -> tuple[list[str], list[str], bool]:
    """(subject side, object side, passive) of a verb trigger; a side the parse does not give is
    read from the words before / after the verb, and then holds people only."""
    head = match.head
    sentence = ctx.sentence_at(head.i)
    subjects = _subjects(head)
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children)
    subject_tokens: set[int] = set()
    for s in subjects:
        subject_tokens |= ctx.subtree(s)
    if not subjects and head.dep_ == "acl" and head.tag_ == "VBG" and head.head.pos_ in {"NOUN", "PROPN"}:
        # "The foreign ministers of X and Y, A and B, meeting in Paris on Monday, agreed ...": the
        # participle's subject is the phrase it describes
        subject_tokens = ctx.subtree(head.head) - ctx.subtree(head)
    if head.dep_ == "ccomp" and head.head.i < head.i and head.head.lemma_.lower() == "accompany":
        # "A accompanied by B was received by C": the parse makes "accompanied" the main verb and B
        # alone the subject of the reception; A heads that side
        subject_tokens |= {t.i for s in _subjects(head.head) for t in s.subtree}
    if head.dep_ == "relcl" and subjects and all(s.tag_ in {"WP", "WDT"} for s in subjects):
        # "A and B, who met in Cairo on Monday, signed ...": the relative pronoun stands for the
        # phrase the clause follows, all of a coordination
        antecedent = head.head
        while antecedent.dep_ == "conj" and antecedent.head.i != antecedent.i:
            antecedent = antecedent.head
        subject_tokens = ctx.subtree(antecedent) - ctx.subtree(head)
    agent_tokens: set[int] = set()
    for child in head.children:
        if child.dep_ == "agent":
            agent_tokens |= ctx.subtree(child)
    if passive and not agent_tokens:
        # "A was granted an audience by B": the parse hangs "by" on a word of the trigger after the verb
        agent_tokens = {i for t in match.tokens if t.i > head.i for c in t.children
                        if c.dep_ == "prep" and c.lower_ == "by" for i in ctx.subtree(c)}
    if passive and not agent_tokens and match.trigger.frame == "receive":
        # "was received this morning to the Prime Minister" (French "reçu par", word for word): a
        # passive reception without "by" names its host in the "to" phrase
        agent_tokens = {i for c in head.children if c.dep_ == "prep" and c.lower_ == "to"
                        for i in ctx.subtree(c)}
    owners = _owners_of_things(ctx, sentence)
    chairing = _chairing_clauses(ctx, head)
    patronage = _patronage(ctx, sentence)
    presence = _in_presence(ctx, sentence)
    agent_tokens -= presence
    purposes = ctx.lexicon.frame_verbs.get(Frame.DISCUSS, frozenset())
    excluded = _excluded(head, frozenset(t.i for t in match.tokens), purposes) | patronage | presence \
        | _other_things(ctx, head) | owners | chairing | _settings_of_the_noun(ctx, match) | _forum_of_the_noun(ctx, match)
    object_tokens = ctx.subtree(head) - subject_tokens - agent_tokens - excluded
    object_tokens -= _token_set(match.tokens)
    object_tokens = {i for i in object_tokens if i > head.i}  # objects follow the verb
    relative_clauses = _relative_clauses(ctx, head)
    object_tokens -= relative_clauses
    subject = _agents_in(ctx, subject_tokens - patronage) or _pronoun_subject(ctx, subjects)
    if not subject and all(s.ent_type_ in {"DATE", "TIME"} or s.pos_ == "ADP" or _in_list_mark(ctx.item.text, s)
                           for s in subjects):
        # "- on 13 May was received by B", "• on 14 May met C": "on 13 May" or the bullet is no subject
        subject = _subject_of_the_list(ctx, sentence)
    obj = [k for k in _agents_in(ctx, object_tokens) if k not in subject]
    if not passive and not _people_only(ctx, obj):
        # "A (R) welcomes B (L) for a meeting": the parse put B in the subject, after the verb
        after = [k for k in _people_only(ctx, subject)
                 if all(m.start > head.i for m in ctx.mentions if m.key == k and m.start in subject_tokens)]
        if after and len(after) < len(_people_only(ctx, subject)):
            subject, obj = [k for k in subject if k not in after], after + obj
    if passive:
        subject, obj = _agents_in(ctx, agent_tokens), subject
    if not _people_only(ctx, subject) and not passive:
        subject = _owner_of_the_clause(ctx, head) or subject
    if not _people_only(ctx, subject) and not passive:
        loose = patronage | {i for c in head.children if c.dep_ in CLAUSE_DEPS and c.i < head.i
                                        for i in ctx.subtree(c)}
        # no subject, or one naming no person ("ASHGABAT (APP): Minister X Thursday met ..."): the
        # person named nearest before the verb
        subject = _people_only(ctx, _nearest_people(ctx, _linear(ctx, sentence, sentence.start, head.i,
                                                                 loose | _reporters_before(head)))) or subject
    if not _people_only(ctx, obj) and match.trigger.frame != "visit":
        # the parse hung the object under a time or place phrase ("received in his office X") or
        # took a name for a verb; a visit's object is a place, whose host is not whoever follows
        clauses = {i for c in head.children if c.dep_ in CLAUSE_DEPS and c.pos_ != "PROPN"
                   and not _visiting_modifier(ctx, c) for i in ctx.subtree(c)} | _clauses_after_prepositions(ctx, head) \
            | _coordinated_clauses(ctx, head)
        loose = patronage | presence | _represented(ctx, sentence) | subject_tokens | clauses | owners | chairing \
            | relative_clauses
        people = _people_only(ctx, _linear(ctx, sentence, head.i + 1, sentence.end, loose | _reporters_after(head))) \
            or _people_only(ctx, _linear(ctx, sentence, head.i + 1, sentence.end, loose))
        obj = [k for k in people if k not in subject] or obj
        if not _people_only(ctx, obj):
            # "welcomed His Excellency X, the Ambassador ...": the person right after the verb,
            # whatever clause the parse made of the rest
            near = [m for m in ctx.mentions_in(head.i + 1, min(head.i + 5, sentence.end), PEOPLE)
                    if m.key not in subject and m.start not in owners]
            obj = [near[0].key] if near else obj
        if not _people_only(ctx, obj):
            # "met with the new Ambassador of X accredited to Y ..., Z": the name set after a comma in
            # apposition closes the described object, wherever the parse hung the clause between
            named = [m for m in ctx.mentions_in(head.i + 1, sentence.end, PEOPLE) if m.key not in subject
                     and m.start in clauses - chairing and ctx.doc[m.end - 1].dep_ in {"appos", "npadvmod"}
                     and ctx.doc[m.start - 1].text == ","]
            obj = [named[0].key] if named else obj
    if not _people_only(ctx, obj) and match.trigger.frame == "visit":
        obj = _named_after_visited_title(ctx, match, sentence, subject) or obj
    if not _people_only(ctx, obj):
        obj = _antecedent_met_with(ctx, head, subject) or obj
    obj = obj + [k for k in _coordinated_after(ctx, obj, sentence) if k not in obj and k not in subject]
    return subject, [k for k in obj if k not in subject], passive


def _antecedent_met_with(ctx: ItemContext, head: Token, subject: list[str]) -> list[str]:
    """ "..., in the presence of the Secretary-General, C, with whom he held talks afterwards": the
    person a relative clause's "with whom" stands for is the one met."""
    if head.dep_ != "relcl" or not any(c.dep_ == "prep" and c.lower_ == "with" and any(g.tag_ == "WP" for g in c.children)
                                      for c in head.children):
        return []
    antecedent = ctx.mention_at(head.head.i)
    return [antecedent.key] if antecedent is not None and antecedent.kind == EntityKind.PERSON \
        and antecedent.key not in subject else []


def _clauses_after_prepositions(ctx: ItemContext, head: Token) -> set[int]:
    """ "held a bilateral meeting before being joined by C": a clause a preposition of the verb opens
    tells another moment, whose people are no side of this encounter."""
    return {i for c in head.children if c.dep_ == "prep" and c.i > head.i
            and any(g.dep_ == "pcomp" and g.pos_ in {"VERB", "AUX"} for g in c.children) for i in ctx.subtree(c)}


def _coordinated_clauses(ctx: ItemContext, head: Token) -> set[int]:
    """ "A and B held talks, and were joined by C and D": a clause coordinated with the verb's that has
    a voice of its own (a subject, a passive) tells another act, whose people are no side of this one."""
    return {i for c in head.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
            and any(g.dep_ in {"nsubj", "nsubjpass", "auxpass", "agent"} for g in c.children) for i in ctx.subtree(c)}


def _forum_of_the_noun(ctx: ItemContext, match: TriggerMatch) -> set[int]:
    """ "held the 8th meeting of the Joint Economic Committee": the forum (data/extraction/
    bilateral_forums.tsv) whose sitting the trigger's noun is names no side."""
    return {i for t in match.tokens if t.pos_ == "NOUN" for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj" and ctx.lemmas[g.i] in ctx.lexicon.bilateral_forums
            for i in ctx.subtree(c)}


def _settings_of_the_noun(ctx: ItemContext, match: TriggerMatch) -> set[int]:
    """ "A and B held talks in Saudi Arabia on Tuesday": a place or time phrase on the noun of a
    trigger (not one of its own words) names where or when, as it does on the verb, never a side."""
    own = {t.i for t in match.tokens}
    return {i for t in match.tokens if t.i != match.head.i for c in t.children
            if c.dep_ == "prep" and c.lower_ in SETTING_PREPS and c.i not in own for i in ctx.subtree(c)}


def _owner_of_the_clause(ctx: ItemContext, noun: Token) -> list[str]:
    """ "A met B on Tuesday during her official visit to Liberia": the possessive pronoun of a noun
    trigger stands for the person the subject of its clause names (A, not B, whom the words before the
    noun name last); none when the noun has no such pronoun, is the subject itself or its clause has no
    person as subject."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in noun.children):
        return []
    node = noun
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    if node.pos_ not in {"VERB", "AUX"}:
        return []
    subject = {i for s in _subjects(node) for i in ctx.subtree(s)}
    if noun.i in subject:
        return []  # "His talks with B focused on X": the noun is the subject, the pronoun refers back
    return _people_only(ctx, _agents_in(ctx, subject))


def _named_after_visited_title(ctx: ItemContext, match: TriggerMatch, sentence: Span, subject: list[str]) -> list[str]:
    """ "paid a courtesy call on the Minister for Foreign Affairs, Hon. A, in Accra" (or "on Monday on
    the Minister ..."): the person a visited title names after a comma, wherever the parse hung the
    name (a visit's object is otherwise a place)."""
    doc = ctx.doc
    i = max(t.i for t in match.tokens) + 1
    while i < sentence.end and (doc[i].lower_ in {"on", "upon", "to"} or doc[i].pos_ == "DET" or _day_word(ctx, doc[i])):
        i += 1  # "paid a courtesy call on Thursday on the Speaker, A": the day between the call and its host
    if i >= sentence.end or not _title_word(ctx, doc[i]):
        return []
    while True:
        while i < sentence.end and (doc[i].text[:1].isupper() and doc[i].is_alpha
                                    or doc[i].lower_ in {"of", "for", "and", "the", "-"}):
            i += 1
        if i >= sentence.end or doc[i].text != ",":
            return []
        named = [m.key for m in ctx.mentions_in(i + 1, sentence.end, PEOPLE) if m.start < i + 4 and m.key not in subject]
        if named or i + 1 >= sentence.end or not (doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha):
            return named[:1]
        i += 1  # "on the Minister for Labour, Employment and Social Security, A": a title of several portfolios


def _day_word(ctx: ItemContext, token: Token) -> bool:
    """A word of a date the item names ("Thursday", "12 May")."""
    return any(m.start <= token.idx < m.end for m in ctx.dates)


def _relative_clauses(ctx: ItemContext, head: Token) -> set[int]:
    """Tokens of the relative clauses inside what follows a verb ("received B, who delivered a message
    from President C"): what they say of the person met names no one met (companions a clause names
    join through their own cue)."""
    tokens = ctx.tokens
    return {i for j in ctx.subtree(head) if j > head.i and (t := tokens[j]).dep_ == "relcl" and t.head.i != head.i
            for i in ctx.subtree(t)}


def _visiting_modifier(ctx: ItemContext, token: Token) -> bool:
    """ "received on Monday visiting Greek Foreign Minister B", "met with visiting Prime Minister B":
    "visiting" describes the person received, though the parse makes it a clause of its own (or the
    object of "with") whose object is that person."""
    if token.tag_ != "VBG" or ctx.lemmas[token.i] != "visit" or token.dep_ not in {"advcl", "xcomp", "acl", "pcomp"}:
        return False
    verb = token.head.head if token.dep_ == "pcomp" else token.head
    encounter = (ctx.lemmas[verb.i],)
    if not any(t.lemmas == encounter and t.frame in {"receive", "meet"} for t in ctx.lexicon.triggers):
        return False
    objects = {i for c in token.children if c.dep_ == "dobj" for i in ctx.subtree(c)}
    return any(m.start in objects for m in ctx.mentions if m.kind == EntityKind.PERSON)


def _reporters_after(head: Token) -> set[int]:
    """ "A received B and discussed ..., spokesman C said in a statement": the subject of a clause that
    reports the trigger's, named after it, says who told of the encounter, not who took part (unless
    no one else is named after the verb: the parse may make the person met the reporting verb's subject)."""
    out: set[int] = set()
    node = head
    while node.head.i != node.i:
        node = node.head
        out |= {i for c in node.children if c.dep_ == "nsubj" and c.i > head.i for i in _token_set(c.subtree)}
    return out


def _reporters_before(head: Token) -> set[int]:
    """ "Spokesperson C said that the two ministers had an exchange of views": the subject of the verb
    whose complement the trigger's clause is, named before it, told of the encounter; when the
    trigger's clause has a subject of its own (naming no one), C is not that subject."""
    verb = head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if not _subjects(verb) or verb.dep_ != "ccomp":
        return set()
    return {i for c in verb.head.children if c.dep_ == "nsubj" and c.i < head.i and head not in c.subtree
            for i in _token_set(c.subtree)}


def _after_qualifier(ctx: ItemContext, i: int, end: int) -> int:
    """Where a person's "of X" / "of the X" ends when it follows them at token `i` ("President A of
    Azerbaijan"): the end of the state or organization named; else `i`."""
    doc = ctx.tokens
    if i >= end or doc[i].lower_ != "of":
        return i
    j = i + 1 + (i + 1 < end and doc[i + 1].lower_ == "the")
    mention = ctx.mention_at(j) if j < end else None
    if mention is None or mention.start != j or mention.kind not in AGENTS - PEOPLE:
        return i
    return mention.end


def _coordinated_after(ctx: ItemContext, side: list[str], sentence: Span) -> list[str]:
    """ "talks with A, and B, senior director ...", "met with President A, Senator B and Dr. C",
    "President A of X, Prime Minister B of Y and Chancellor C of Z": people coordinated right after
    the last person of a side (a list closed by "and", each maybe after a title and before the state
    or organization they are of) belong to it, wherever the parse hung them."""
    people = [m for m in ctx.mentions_in(sentence.start, sentence.end, PEOPLE) if m.key in side]
    if not people:
        return []
    doc = ctx.tokens
    found: list[str] = []
    pending: list[str] = []
    i = _after_qualifier(ctx, people[-1].end, sentence.end)
    while True:
        j = i
        while j < sentence.end and doc[j].text in {",", "and"}:
            j += 1
        closing = any(t.lower_ == "and" for t in doc[i:j])
        k = _after_titles(ctx, j, sentence.end)  # "Senator", "Dr.", "Foreign Minister"
        if k > j and k + 1 < sentence.end and doc[k].text == ",":
            k = _after_titles(ctx, k + 1, sentence.end)  # "and the Deputy Speaker, Hon. B"
        elif k == j < sentence.end and doc[j].lower_ == "the" and _after_titles(ctx, j + 1, sentence.end) > j + 1:
            k = _after_titles(ctx, j + 1, sentence.end)
            k = _after_titles(ctx, k + 1, sentence.end) if k + 1 < sentence.end and doc[k].text == "," else k
        mention = ctx.mention_at(k) if k < sentence.end else None
        if j == i or mention is None or mention.kind != EntityKind.PERSON or mention.start != k:
            return found
        pending.append(mention.key)
        if closing:
            found += pending
            pending = []
        i = _after_qualifier(ctx, mention.end, sentence.end)


def _after_titles(ctx: ItemContext, i: int, end: int) -> int:
    """Where the title words from token `i` end (at most four)."""
    k = i
    while k < end and k - i < 4 and ctx.mention_at(k) is None and _title_word(ctx, ctx.tokens[k]):
        k += 1
    return k


def _title_word(ctx: ItemContext, token: Token) -> bool:
    honorifics, roles = title_words(ctx.gazetteer, ctx.lexicon)
    word = normalize_name(token.text)
    return token.text[:1].isupper() and (word in honorifics or word in roles)


def _people_only(ctx: ItemContext, keys: list[str]) -> list[str]:
    return [k for k in keys if ctx.entity(k).kind == EntityKind.PERSON]


def _nearest_people(ctx: ItemContext, keys: list[str]) -> list[str]:
    people = [k for k in keys if ctx.entity(k).kind == EntityKind.PERSON]
    return people[-1:] if people else keys[-1:]


def _prefer_people(ctx: ItemContext, keys: list[str]) -> list[str]:
    people = [k for k in keys if ctx.entity(k).kind == EntityKind.PERSON]
    return people or keys


# ---------------------------------------------------------------------------------------------
# meetings

def _delegation_members(ctx: ItemContext) -> list[str]:
    """People listed as members or leaders of a delegation: "The delegation included A, B and C",
    "a delegation, led by A, ...", "The delegation, which included B and C, ..."."""
    members: list[str] = []
    for token in ctx.tokens:
        if ctx.lemmas[token.i] not in GROUP_NOUNS:
            continue
        clauses = [c for c in token.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in MEMBER_VERBS]
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in MEMBER_VERBS:
            # "The delegation included A", "The World Bank delegation was headed by A and included B"
            clauses.append(token.head)
        for clause in clauses:
            tokens = ctx.subtree(clause) - ctx.subtree(token) if clause.i == token.head.i \
                else ctx.subtree(clause)
            if clause.i != token.head.i and token.dep_ in {"nsubj", "nsubjpass"} and token.head.i > clause.i:
                # "The delegation, which included A, ..., and B, ..., extended ...": the parse often
                # hangs the last members on the main verb; the clause runs up to that verb
                tokens |= set(range(clause.i + 1, token.head.i))
            found = _people_only(ctx, _agents_in(ctx, tokens))
            by = [c for c in clause.children if c.dep_ == "agent" and not any(g.dep_ == "pobj" for g in c.children)]
            if not found and by and clause.lemma_.lower() in {"lead", "head"}:
                # "An IMF team led by Mission Chief A visited ...": the parse made A the subject of the
                # verb after; the person right after "by" (past a title)
                found = [m.key for m in ctx.mentions_in(by[0].i + 1, min(by[0].i + 6, ctx.sentence_at(by[0].i).end), PEOPLE)][:1]
            members += [k for k in found if k not in members]
        members += [k for k in _group_leaders(ctx, token) + _clause_leading(ctx, token) if k not in members]
    return members


def _visitors_before(ctx: ItemContext, head: Token) -> list[str]:
    """ "Deputy Speaker A hosted the Speaker of the Parliament of Uganda, B, on 12 May. The visitors
    also held talks with C": a group no one is said to lead or belong to is the guest side of the
    reception or visit the item reported last before it."""
    start = ctx.sentence_at(head.i).start
    for sentence in reversed([s for s in ctx.sentences if s.end <= start]):
        for match in reversed(sentence_triggers(ctx, sentence)):
            match = _hosting_a_person(ctx, match)
            if match.trigger.frame not in {Frame.RECEIVE, Frame.VISIT} or is_planned(match.head) or _other_sense(ctx, match):
                continue
            subject, obj, _ = clause_sides(ctx, match)
            guests = _people_only(ctx, obj if match.trigger.frame == Frame.RECEIVE else subject)
            if guests:
                return guests
    return []


def _clause_leading(ctx: ItemContext, group: Token) -> list[str]:
    """The people a clause says lead the group: "Speaker A is visiting Finland at the head of a
    parliamentary delegation", "Senator B leads a delegation of the Italian Senate", "He heads the
    mission" (the person the sentences before are about)."""
    verb = None
    if group.dep_ == "dobj" and group.head.lemma_.lower() in {"lead", "head"}:
        verb = group.head
    elif group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.lemma_.lower() == "head" \
            and group.head.head.dep_ == "pobj" and group.head.head.head.lower_ == "at":
        verb = group.head.head.head.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
    if verb is None:
        return []
    subjects = _subjects(verb)
    return _people_only(ctx, [k for s in subjects for k in _agents_in(ctx, ctx.subtree(s))]) \
        or _pronoun_subject(ctx, subjects)


def _group_leaders(ctx: ItemContext, group: Token) -> list[str]:
    """ "talks with the Togolese side, headed by Minister B": the leader of a group named right
    after it, where the parse hangs the clause on the noun the group's phrase belongs to."""
    doc = group.doc
    end = max(t.i for t in group.subtree)
    holder = group.head.head if group.dep_ == "pobj" else group.head
    # "received a delegation from X led by B": the parse hangs the group's origin and its leader on
    # the verb; what stands between the group and the clause is punctuation or that origin
    origin = {i for c in holder.children if c.dep_ == "prep" and c.lower_ in {"from", "of"} and c.i == end + 1
              for i in ctx.subtree(c)}
    tokens = {i for c in holder.children if c.dep_ in {"acl", "advcl"} and c.lemma_.lower() in {"lead", "head"}
              and c.i > end and all(doc[j].is_punct or j in origin for j in range(end + 1, c.i))
              for i in ctx.subtree(c)}
    return _people_only(ctx, _agents_in(ctx, tokens))


def _group_of_people(ctx: ItemContext, tokens: list[Token]) -> str | None:
    """The lemma of a plural noun of people that names a side ("the new ambassadors", "the
    delegations"): a group noun or a role."""
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.tag_ in {"NNS", "NNPS"} and (lemma in GROUP_NOUNS or ctx.gazetteer.is_role(lemma)
                                             or ctx.gazetteer.is_role(lemma.capitalize())):
            return lemma
    return None


def _mentions_delegation(ctx: ItemContext, indices: Iterable[int]) -> bool:
    return any(ctx.lemmas[i] in GROUP_NOUNS for i in indices)


def meeting_from(ctx: ItemContext, match: TriggerMatch) -> Draft | None:
    head = match.head
    if is_planned(head) or (head.pos_ == "NOUN" and _unreal(head)):
        return None  # "where he was to hold talks with B": a noun's clause decides
    if head.dep_ == "acl" and match.tokens[0].i < head.i:
        return None  # "at the meeting held in Geneva": names the meeting, says nothing of its sides
    if _other_sense(ctx, match) or _visiting_modifier(ctx, head):
        return None
    subject, obj, passive = clause_sides(ctx, match)
    subject, obj = _no_news_media(ctx, subject), _named_in_gap(ctx, match, _no_news_media(ctx, obj))
    frame = match.trigger.frame
    if frame == "visit":
        host, guest = obj, subject
    else:
        host, guest = subject, obj
    separate = joint = False
    if not _people_only(ctx, obj):
        # "X met with:" and a list of names on the lines that follow: one meeting with each
        listed = [k for k in listed_after(ctx, ctx.sentence_at(head.i)) if k not in host + guest]
        side = guest if frame != "visit" else host
        side.extend(listed)
        separate = len(listed) > 1
    elif not _people_only(ctx, subject) and any(t.lower_ == "following" for t in _subject_tokens(match)):
        # "The following ambassadors presented their credentials to President A:" and the list
        listed = [k for k in listed_after(ctx, ctx.sentence_at(head.i)) if k not in host + guest]
        side = host if frame != "visit" else guest
        side.extend(listed)
        separate = len(listed) > 1
    sentence = ctx.sentence_at(head.i)
    if _mentions_delegation(ctx, [i for i in ctx.subtree(head) if i > head.i] if not passive else range(sentence.start, sentence.end)):
        members = _delegation_members(ctx)
        side = guest if frame != "visit" else host
        side.extend(k for k in members if k not in side and k not in host + guest)
    elif _mentions_delegation(ctx, [t.i for t in _subject_tokens(match)]):
        # "The Bureau / The delegation (led by A) met with B ..." and, later, "The delegation
        # included: C, D"
        side = host if frame != "visit" else guest
        side.extend(k for k in _delegation_members(ctx) if k not in host + guest)
        if not _people_only(ctx, side):
            side.extend(k for k in _visitors_before(ctx, head) if k not in host + guest)
    groups = ([k for k in host if ctx.entity(k).kind != EntityKind.PERSON],
              [k for k in guest if ctx.entity(k).kind != EntityKind.PERSON])
    host, guest = _prefer_people(ctx, host), _prefer_people(ctx, guest)
    after_head = [k for k in _people_only(ctx, host) if any(m.key == k and m.start > head.i for m in ctx.mentions)]
    if not guest and frame in {"meet", "call"} and len(_people_only(ctx, host)) >= 2 \
            and (after_head or not _object_phrase(ctx, head, match)):
        # "X and Y held talks": the subject holds both sides ("X and Y met with volunteers" does not)
        host, guest, joint = host[:1], host[1:], True
    if not host and passive and frame in {"meet", "call"} and len(_people_only(ctx, guest)) >= 2:
        # "a meeting was held between X and Y": the people named after the verb hold both sides
        people = _people_only(ctx, guest)
        host, guest = people[:1], people[1:]
    if not host and passive and frame in {"meet", "call"} and len(_people_only(ctx, guest)) == 1 \
            and not ctx.mentions_in(ctx.sentence_at(head.i).start, head.i, PEOPLE) \
            and any(c.dep_ == "prep" and c.lower_ == "with" for t in match.tokens for c in t.children):
        # "A arrived in Nairobi. Talks were held with B": a passive encounter with no one before it
        # is held by the person the previous sentence is about
        host = [k for k in _previous_subject(ctx, head) if k not in guest]
    if bool(host) != bool(guest) and _people_only(ctx, host + guest):
        # "received the letters of credence of four new ambassadors" and, later, "Presenting their
        # credentials were A, B ...": the side is the group, whose people the item lists later
        region = [t for t in head.subtree if t.i > head.i] if not (guest if frame != "visit" else host) else _subject_tokens(match)
        awaiting = _group_of_people(ctx, region)
        if awaiting:
            return Draft(kind=match.trigger.kind, sentence=ctx.sentence_at(head.i), host=host, guest=guest, groups=groups,
                         awaiting=awaiting)
    if not guest and frame in {"meet", "call"} and not _people_only(ctx, host):
        # "The foreign ministers of A, B and C held a trilateral meeting" and, later, "Egyptian Foreign
        # Minister X, Jordanian Foreign Minister Y and ... discussed ...": the people of the group the
        # subject names, each on the side of the state or organization named with them
        awaiting = _group_of_people(ctx, _subject_tokens(match))
        if awaiting and len(host) >= 2:
            return Draft(kind=match.trigger.kind, sentence=ctx.sentence_at(head.i), host=host[:1], guest=host[1:],
                         groups=(host[:1], host[1:]), awaiting=awaiting,
                         joint=len(host) > 2 and all(ctx.entity(k).kind in INSTITUTIONS for k in host))
    if not guest and frame in {"meet", "call"} and not _people_only(ctx, host) \
            and (len(host) == 2 or len(host) > 2 and not ctx.mentions_in(0, len(ctx.doc), PEOPLE)) \
            and all(ctx.entity(k).kind in INSTITUTIONS for k in host) and not _object_phrase(ctx, head, match):
        # "X and Y held the fourth round of their strategic dialogue" and, later, "The X side was
        # represented by A, while the Y side was led by B": each side's people, from the group named
        # after; "Delegations of X and Y met" with no people named: X and Y met (see find_meetings);
        # "X, Y and Z met", in an item that names no one: each two of them met (see find_meetings)
        draft = _parties_encounter(ctx, match.trigger.kind, ctx.sentence_at(head.i), host, confidence=Draft.confidence)
        draft.joint = len(host) > 2
        return draft
    noun = next((ctx.lemmas[t.i] for t in match.tokens if ctx.lemmas[t.i] in ctx.lexicon.encounter_nouns), None)
    if noun and frame == "meet" and _people_only(ctx, host) and not guest and not passive:
        # "Minister A held a meeting on Monday" and, later, "B and C took part in the meeting" or "Also
        # attending the meeting were B and C": the people the item names attending it; none, no encounter
        return Draft(kind=match.trigger.kind, sentence=ctx.sentence_at(head.i), host=host, guest=guest, groups=groups,
                     awaiting=noun)
    if not host or not guest:
        return None
    if _one_each(match) and len(_people_only(ctx, host)) == 1 and len(_people_only(ctx, guest)) > 1:
        separate = True  # "had bilateral meetings with A and B": one meeting with each
    return Draft(kind=match.trigger.kind, sentence=ctx.sentence_at(head.i), host=host, guest=guest, groups=groups, separate=separate,
                 joint=joint)


def handover(ctx: ItemContext, match: TriggerMatch) -> Draft | None:
    """ "Ambassador A handed over laboratory equipment worth 2 million euros to the Minister of Health,
    B", "A presented the keys of the school to B", "A donated two ambulances to B at a ceremony": the
    one who gives and the person given to meet. A prize given (fact_words.tsv `prize`), a thing given
    to an institution ("to the hospital") or a "to" of an infinitive ("present to open") is no encounter."""
    head, to = match.head, match.tokens[-1]
    if head.pos_ != "VERB" or to.dep_ not in {"prep", "dative"} or is_planned(head):
        return None
    if any(ctx.lemmas[i] in CREDENTIAL_WORDS for i in range(head.i + 1, to.i)):
        return None  # "presented his credentials to President B": the credentials' reader has it
    if any(ctx.lemmas[i] in ctx.lexicon.words_for("prize") for i in range(head.i + 1, to.i)):
        return None  # "presented the National Science Prize to Dr. B": B received something, met no one
    subject, _, _ = clause_sides(ctx, match)
    givers = _people_only(ctx, _no_news_media(ctx, subject))
    recipients = [k for k in _people_only(ctx, _agents_in(ctx, ctx.subtree(to))) if k not in givers]
    if not recipients:
        # "to the Minister of Health, B": the parse may hang the name set off by a comma elsewhere
        near = ctx.mentions_in(to.i + 1, min(to.i + 10, ctx.sentence_at(head.i).end), PEOPLE)
        recipients = [m.key for m in near[:1] if m.key not in givers and ctx.doc[m.start - 1].text == ","]
    if not givers or not recipients:
        return None
    return Draft(kind=match.trigger.kind, sentence=ctx.sentence_at(head.i), host=givers, guest=recipients)


def _sides_by_party(ctx: ItemContext, draft: Draft, served: dict[str, set[str]]) -> None:
    """ "European Council President A, Commission President B and Japanese Prime Minister C met": a
    subject that holds both sides is split where the parties its people serve part, A and B (both of the
    EU) against C, not A against B and C. Left as read when someone serves no party the item gives."""
    people = draft.host + draft.guest
    if not draft.joint or len(people) < 3 or not all(served.get(k) for k in people):
        return
    parties = {k: _parties_served(ctx, served, k) for k in people}
    first = set(parties[people[0]])
    grown = True
    while grown:
        grown = False
        for key in people:
            if parties[key] & first and not parties[key] <= first:
                first |= parties[key]
                grown = True
    host = [k for k in people if parties[k] & first]
    guest = [k for k in people if k not in host]
    if guest:
        draft.host, draft.guest = host, guest


def _gapped_encounters(ctx: ItemContext, match: TriggerMatch, draft: Draft) -> list[Draft]:
    """ "A met with B on Wednesday, and with C on Thursday": a "with" phrase coordinated after the
    encounter's own (the verb left out) is another encounter of the same subject, told by the words up
    to the next such phrase, at the time they give."""
    head = match.head
    if match.trigger.frame != Frame.MEET or not draft.host or not any(t.lower_ == "with" for t in match.tokens):
        return []
    sentence = ctx.sentence_at(head.i)
    starts = [t.i for t in ctx.tokens[head.i + 1:sentence.end] if t.lower_ == "with" and t.dep_ == "conj"
              and ctx.lowers[t.i - 1] == "and" and t.head.i in ctx.subtree(head)]
    found = []
    for start, end in zip(starts, starts[1:] + [sentence.end]):
        people = [k for k in _people_only(ctx, _linear(ctx, sentence, start + 1, end, set())) if k not in draft.host]
        if people:
            found.append(Draft(kind=draft.kind, sentence=ctx.doc[start:end], host=list(draft.host), guest=people,
                               groups=(list(draft.groups[0]), [])))
    gapped = {k for d in found for k in d.guest}
    if not found or not [k for k in draft.guest if k not in gapped]:
        return []
    draft.guest[:] = [k for k in draft.guest if k not in gapped]
    return found


def _of_each_pair(ctx: ItemContext, sentence: Span) -> bool:
    """Whether the sentence tells of an encounter of three or more parties who all met one another
    ("a trilateral meeting"; data/extraction/fact_words.tsv `each-pair`)."""
    words = ctx.lexicon.words_for("each-pair")
    return any(ctx.lowers[i] in words for i in range(sentence.start, sentence.end))


def _pairs_within_sides(ctx: ItemContext, draft: Draft, served: dict[str, set[str]]) -> list[Draft]:
    """ "A held a trilateral meeting with B and C": people of one side who serve different parties met
    each other too; each such pair is an encounter of its own, kept apart from the one read."""
    if not _of_each_pair(ctx, draft.sentence):
        return []
    pairs = []
    for side in (draft.host, draft.guest):
        people = _people_only(ctx, side)
        parties = [_parties_served(ctx, served, k) for k in people]
        if len(people) < 2 or not all(parties) or any(a & b for i, a in enumerate(parties) for b in parties[i + 1:]):
            continue
        pairs += [replace(draft, host=[a], guest=[b], others=[], groups=([], []), joined=True, separate=False)
                  for i, a in enumerate(people) for b in people[i + 1:]]
    return pairs


def _parties_served(ctx: ItemContext, served: dict[str, set[str]], person: str) -> set[str]:
    """The states and organizations a person serves, with those they belong to."""
    return {p for key in served.get(person, set()) for p in _with_parents(ctx, key)}


def _with_parents(ctx: ItemContext, key: str) -> set[str]:
    """An organization and those it belongs to (the European Council and the EU), or a state."""
    keys = {key}
    entity = ctx.entity(key)
    while entity.kind == EntityKind.ORGANIZATION and entity.parent and entity.parent not in keys:
        keys.add(entity.parent)
        entity = ctx.entity(entity.parent)
    return keys


SETTING_PREPS = frozenset({"during", "at", "in"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})


def joint_discussion(ctx: ItemContext, match: TriggerMatch) -> Draft | None:
    """ "A and B discussed regional trade in Lima": a verb of discussion whose subject joins two people
    or more, and that names no one after it, is an encounter between them. Not "A and B discussed the
    budget with farmers" (someone else was met; "cooperation with the African Union" names a partner of
    a relation, data/extraction/fact_words.tsv "relation"), nor speakers at a gathering the clause
    places them in ("during the plenary debate", "at the conference"), unless on its sidelines. A sentence that names
    the encounter ("In a telephone conversation, A and B discussed") is read by its noun."""
    head = match.head
    if head.pos_ != "VERB" or is_planned(head) or any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                                      for c in head.children):
        return None
    chaired = {i for c in head.children if c.dep_ == "dobj" for i in ctx.subtree(c)}  # "co-chaired the meeting"
    if any(t.i not in chaired for t in _tokens_with_lemma(ctx, ctx.sentence_at(head.i), ctx.lexicon.nominal_encounter_words)):
        return None
    tokens = ctx.tokens
    subject = {i for s in head.children if s.dep_ == "nsubj" for i in ctx.subtree(s)}
    people = _people_only(ctx, _agents_in(ctx, subject))
    if len(people) < 2 or not any(tokens[i].dep_ == "conj" for i in subject):
        return None
    after = {i for i in ctx.subtree(head) if i > head.i}
    relations = ctx.lexicon.words_for("relation")
    if _people_only(ctx, _agents_in(ctx, after)) or _at_gathering(ctx, head) \
            or any(ctx.lowers[i] == "with" and tokens[i].dep_ == "prep" and tokens[i].head.lower_ not in relations
                   for i in after):
        return None
    return Draft(kind=match.trigger.kind, sentence=ctx.sentence_at(head.i), host=people[:1], guest=people[1:])


def _relation_discussed(ctx: ItemContext, match: TriggerMatch) -> TriggerMatch:
    """ "A and B discussed cooperation with the African Union": when the trigger's "with" belongs to a
    noun of a relation (data/extraction/fact_words.tsv "relation") and names no person, it names a
    partner of the relation discussed, not the other side: the people the subject joins met each other,
    a joint discussion."""
    withs = [t for t in match.tokens if t.lower_ == "with" and t.head.lower_ in ctx.lexicon.words_for("relation")]
    if match.trigger.frame != Frame.MEET or not withs or _people_only(ctx, _agents_in(ctx, ctx.subtree(withs[0]))):
        return match
    return _joint(ctx, match)


def _done_together(ctx: ItemContext, match: TriggerMatch) -> TriggerMatch:
    """ "A and B co-chaired the Joint Commission": a verb of doing together ("co-chair", "co-host")
    makes the people its subject joins the sides; what they chaired is no side."""
    if match.trigger.frame != Frame.MEET or match.trigger.lemmas[0] not in ctx.lexicon.prefixed_triggers:
        return match
    return _joint(ctx, match)


def _prefixed_title(ctx: ItemContext, match: TriggerMatch) -> bool:
    """ "The co-chair of the Commission, A, said ...": a prefixed trigger used as a noun is a title, no
    encounter."""
    return match.trigger.lemmas[0] in ctx.lexicon.prefixed_triggers and match.head.pos_ != "VERB"


def _joint(ctx: ItemContext, match: TriggerMatch) -> TriggerMatch:
    """The match read as a joint discussion when its subject joins two people or more."""
    subject = {i for s in _subjects(match.head) for i in ctx.subtree(s)}
    if len(_people_only(ctx, _agents_in(ctx, subject))) < 2:
        return match
    return replace(match, trigger=replace(match.trigger, frame=Frame.DISCUSS))


def _at_gathering(ctx: ItemContext, head: Token) -> bool:
    """The verb's clause places it in a gathering other than an encounter ("during the plenary
    debate", "at the Energy Conference"), not on its sidelines."""
    sentence = ctx.sentence_at(head.i)
    if any(ctx.lowers[i] in ctx.lexicon.sidelines for i in range(sentence.start, sentence.end)):
        return False
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in SETTING_PREPS:
            for noun in prep.children:
                kind = ctx.lexicon.event_nouns.get(ctx.lemmas[noun.i]) if noun.dep_ == "pobj" else None
                if kind is not None and kind not in MEETING_KINDS:
                    return True
    return False


def _no_news_media(ctx: ItemContext, keys: list[str]) -> list[str]:
    """ "A talked to the BBC", "A spoke to Reuters": a news medium is told, it is no side met."""
    return [k for k in keys if ctx.entity(k).kind != EntityKind.ORGANIZATION
            or not news_medium((ctx.entity(k).name, *ctx.entity(k).aliases), ctx.lexicon)]


def _named_in_gap(ctx: ItemContext, match: TriggerMatch, keys: list[str]) -> list[str]:
    """ "spoke to A, B's president, by phone": a trigger whose words close around a long gap ("~~")
    names its counterpart inside it ("spoke to reporters by phone after meeting B" calls no one)."""
    words = [lemma for lemma in match.trigger.lemmas if lemma != "~"]
    if "~~" not in words:
        return keys
    before, after = match.tokens[words.index("~~") - 1].i, match.tokens[words.index("~~")].i
    return [k for k in keys if any(m.key == k and before < m.start < after for m in ctx.mentions)]


def _parties_encounter(ctx: ItemContext, kind: EventKind, sentence: Span, parties: list[str],
                       confidence: float = 0.6) -> Draft:
    """An encounter of two states or organizations, one side each, whose people a later sentence gives
    by the group it names ("The X delegation was led by A"; a delegation unless this sentence names another)."""
    return Draft(kind=kind, sentence=sentence, host=parties[:1], guest=parties[1:], groups=(parties[:1], parties[1:]),
                 confidence=confidence, awaiting=_group_named_later(ctx, sentence) or "delegation")


def _group_named_later(ctx: ItemContext, sentence: Span) -> str | None:
    """The first group of people ("side", "delegation", "team") the sentence after `sentence` names."""
    if sentence.end >= len(ctx.doc):
        return None
    return next((ctx.lemmas[t.i] for t in ctx.sentence_at(sentence.end) if ctx.lemmas[t.i] in GROUP_NOUNS), None)


def _other_sense(ctx: ItemContext, match: TriggerMatch) -> bool:
    """ "the port meets the requirements", "to meet the needs of": a verb of encounter whose subject
    and object are both things (common nouns that name no agent, title, group or encounter) is used in
    another sense; so is a verb of receiving whose object is a thing, whoever its subject."""
    head = match.head
    if len(match.tokens) > 1 or head.pos_ != "VERB":
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    received = [o for o in objects if o.ent_type_ not in {"DATE", "TIME"}]  # not "received the day before ..."
    # "Iraq's accession to the Convention was welcomed by B": the passive subject is what was received
    received = received or [c for c in head.children if c.dep_ == "nsubjpass"]
    if match.trigger.frame == Frame.RECEIVE and received and _received_thing(ctx, received[0]) \
            and not any(c.dep_ == "appos" for c in received[0].children) \
            and not _names_what_receiving_takes(ctx, received[0]):
        return True  # "welcomed the signing of X between A and B", "received the report": no one received
    if match.trigger.frame == Frame.RECEIVE and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(ctx.lemmas[g.i] in ctx.lexicon.words_for("admitted") for g in c.children)
            for c in head.children):
        return True  # "welcomed Jordan as the newest member of the Organization": an admission
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # no subject of its own ("to meet the needs"): the object decides
    return bool(objects) and _thing(ctx, objects[0]) and (not subjects or _thing(ctx, subjects[0]))


def _received_thing(ctx: ItemContext, token: Token) -> bool:
    """What a verb of receiving takes that is no one: a thing, or a thing an agent owns ("welcomed
    Jordan's membership of the Organization", "welcomed Kenya's decision"; not "welcomed Kenya's
    delegation", a group)."""
    return _thing(ctx, token) or _plain_noun(ctx, token) and any(c.dep_ == "poss" for c in token.children)


def _names_what_receiving_takes(ctx: ItemContext, thing: Token) -> bool:
    """ "received a copy of the credentials of B": the thing holds the last word of a longer trigger
    of receiving (triggers.tsv: "receive ~ credential"), which tells an encounter."""
    words = {t.lemmas[-1] for t in ctx.lexicon.triggers if t.frame == Frame.RECEIVE and len(t.lemmas) > 1}
    return any(ctx.lemmas[i] in words or ctx.lowers[i] in words for i in ctx.subtree(thing))


def _thing(ctx: ItemContext, token: Token) -> bool:
    """A common noun that names no agent, title, group or encounter ("the requirements", "the port")."""
    lemma = ctx.lemmas[token.i]
    return _plain_noun(ctx, token) and not _agents_in(ctx, set(range(token.left_edge.i, token.i + 1))) \
        and lemma != "counterpart" and ctx.gazetteer.role(lemma) is None and not _title_word(ctx, token)


def _plain_noun(ctx: ItemContext, token: Token) -> bool:
    """A common noun that names no group of people, encounter, gathering or title ("a letter", "B's
    decision", "the requirements")."""
    lemma = ctx.lemmas[token.i]
    return token.pos_ == "NOUN" and lemma not in GROUP_NOUNS and lemma not in ctx.lexicon.encounter_nouns \
        and lemma not in ctx.lexicon.gatherings and ctx.gazetteer.role(token.text) is None


def _one_each(match: TriggerMatch) -> bool:
    """The trigger says the subject met each of the others apart: "bilateral meetings", "separate
    talks", "held meetings with", "met separately with"."""
    nouns = [t for t in match.tokens if t.pos_ == "NOUN"]
    if any(c.lower_ in {"separately", "individually"} for c in match.head.children):
        return True  # "met separately with A and B"
    return any(t.tag_ == "NNS" and t.lemma_.lower() in {"meeting", "call", "conversation"}
               or any(c.lower_ in {"bilateral", "separate"} for c in t.children) for t in nouns)


def _object_phrase(ctx: ItemContext, head: Token, match: TriggerMatch) -> bool:
    """The clause names whom its subject met, even without a name ("met with volunteers"); the
    trigger's own words ("held talks"), the encounter itself ("co-chaired the meeting") and the topic
    of a trigger of several words ("discussed over the phone the situation") are no object; the
    trigger's own "with" names one ("discussed the budget with farmers")."""
    own = {t.i for t in match.tokens}
    if any(t.lower_ == "with" and t.dep_ == "prep" and any(g.dep_ == "pobj" for g in t.children) for t in match.tokens):
        return True
    return any((c.dep_ in {"dobj", "pobj"} and c.i not in own and c.lemma_.lower() not in ctx.lexicon.encounter_nouns
                and not (len(match.tokens) > 1 and _thing(ctx, c)))
               or (c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children))
               for c in head.children)


def _subject_tokens(match: TriggerMatch) -> list[Token]:
    return [t for s in _subjects(match.head) for t in s.subtree]


NOUN_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _noun_use(token: Token) -> bool:
    """A noun, or a word the tagger took for an adjective that heads a noun phrase of its own ("The
    bilateral between A and B lasted an hour")."""
    return token.pos_ in {"NOUN", "PROPN"} or token.pos_ == "ADJ" and token.dep_ in NOUN_PHRASE_DEPS \
        and any(c.dep_ == "det" for c in token.children)


def nominal_meeting(ctx: ItemContext, token: Token) -> Draft | None:
    """ "during his meeting with X", "At a meeting on Tuesday with X, Y said"."""
    kind = encounter_kind(ctx, token)
    if kind is None and ctx.lexicon.event_nouns.get(ctx.lemmas[token.i]) != EventKind.CONFERENCE:
        return None  # no word of an encounter, nor of a gathering that may be one (read below)
    between = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "between"]
    # "at a summit in Tokyo between A and B": a gathering of the two alone, read from "between" only
    gathering = kind is None and bool(between) and ctx.lexicon.event_nouns.get(ctx.lemmas[token.i]) == EventKind.CONFERENCE
    # "told a joint news conference with visiting President B": the two faced the press together
    press = kind is None and ctx.lexicon.event_nouns.get(ctx.lemmas[token.i]) == EventKind.CONFERENCE \
        and any(c.dep_ == "compound" and ctx.lemmas[c.i] in ctx.lexicon.words_for("press") for c in token.children) \
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    parties = _parties_named_before(ctx, token)
    if parties and not between and not ctx.mentions_in(ctx.sentence_at(token.i).start, ctx.sentence_at(token.i).end, PEOPLE) \
            and not any(c.lower_ in PLANNED_WORDS for c in token.children) and not _unreal(token):
        # "The EU-Canada summit took place", "Polish-Korean consultations were held" and, later, "The EU
        # was represented by A", "The Polish delegation was headed by B": each party's people on its side
        # (a sentence that names people tells who met by its own words)
        return _parties_encounter(ctx, kind or EventKind.MEETING, ctx.sentence_at(token.i), parties)
    if gathering or press:
        kind = EventKind.MEETING
    if kind is None or not _noun_use(token):
        return None
    withs = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"]
    if not between and token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}:
        # "A telephone conversation took place on Thursday between A and B": the parse hangs the
        # "between" on the verb the encounter is the subject of
        between = [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "between"]
    if not withs and between and not any(c.lower_ in PLANNED_WORDS for c in token.children):
        # "a telephone conversation between A and B", "talks between the two ministers, A and B"
        people = _people_only(ctx, _agents_in(ctx, ctx.subtree(between[0])))
        if len(people) == 1:
            # "... between the Minister of X, A, and the Foreign Minister of Y, B": the parse often hangs
            # the second of them outside the "between" phrase; the people to the sentence's end
            people = _people_only(ctx, _linear(ctx, ctx.sentence_at(token.i), between[0].i, ctx.sentence_at(token.i).end, set()))
        for group in (g for g in between[0].children if g.dep_ == "pobj" and g.lemma_.lower() in GROUP_NOUNS):
            # "a meeting between the delegations of A and B, led respectively by C and D"
            people += [k for k in _group_leaders(ctx, group) if k not in people]
        if len(people) < 2:
            people = _chairs_of(ctx, token)
        if len(people) >= 2 and not _unreal(token):
            return Draft(kind=kind, sentence=ctx.sentence_at(token.i), host=people[:1], guest=people[1:], confidence=0.6)
        groups = [g for g in between[0].children if g.dep_ == "pobj" and g.lemma_.lower() in GROUP_NOUNS]
        institutions = [k for k in _agents_in(ctx, ctx.subtree(between[0])) if ctx.entity(k).kind != EntityKind.PERSON]
        if not people and len(institutions) == 2 and not _unreal(token):
            # "a meeting between the delegations of X and Y" ("consultations between the ministries of X
            # and Y") and, later, "The X delegation was headed by A, and the Y delegation by B"
            return Draft(kind=kind, sentence=ctx.sentence_at(token.i), host=institutions[:1], guest=institutions[1:],
                         groups=(institutions[:1], institutions[1:]), confidence=0.6,
                         awaiting=groups[0].lemma_.lower() if groups else _group_named_later(ctx, ctx.sentence_at(token.i)) or "delegation")
    if gathering:
        return None
    if not withs and any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children) \
            and not any(c.lower_ in PLANNED_WORDS for c in token.children) and not _unreal(token):
        # "A and B discussed X. At their meeting on Monday they also ...": the people the sentence
        # (else the one before) has as its subject
        people = _joint_subject(ctx, ctx.sentence_at(token.i)) or _joint_subject(ctx, _sentence_before(ctx, ctx.sentence_at(token.i)))
        if not any(t.pos_ in {"VERB", "AUX"} for t in ctx.sentence_at(token.i)):
            # a caption: "From left to right: A and B during their meeting in Vilnius on 14 January"
            people = list(dict.fromkeys(m.key for m in ctx.mentions_in(ctx.sentence_at(token.i).start, token.i, PEOPLE)))
        if len(people) >= 2:
            return Draft(kind=kind, sentence=ctx.sentence_at(token.i), host=people[:1], guest=people[1:], confidence=0.6)
    if not withs:
        return _meeting_of_parties(ctx, token, kind) or _chaired_encounter(ctx, token, kind) \
            or _framing_meeting(ctx, token, kind)
    guest = _agents_in(ctx, ctx.subtree(withs[0]))
    group = [g for g in withs[0].children if g.dep_ == "pobj" and g.lemma_.lower() in GROUP_NOUNS]
    if group and not _people_only(ctx, guest):
        guest = _group_leaders(ctx, group[0]) or guest  # "a meeting with the Togolese side, headed by B"
    owner_tokens: set[int] = set()
    for child in token.children:
        if child.dep_ in {"poss"} or (child.dep_ == "prep" and child.lower_ in {"of", "between"}):
            owner_tokens |= ctx.subtree(child)
    host = _agents_in(ctx, owner_tokens)
    if not host or not _people_only(ctx, host) and _held_encounter(ctx, token):
        # "held a Japan-Sweden Foreign Ministers' Meeting with B": the states qualify the meeting
        # that the subject held
        node = token
        while node.head.i != node.i and node.pos_ not in {"VERB", "AUX"}:
            node = node.head
        for subject in _subjects(node) if node.pos_ in {"VERB", "AUX"} else []:
            host += _agents_in(ctx, ctx.subtree(subject))
        if not _subjects(node) and node.pos_ in {"VERB", "AUX"} and token.i < node.i:
            host = _subject_after_list(ctx, withs[0], node)
            guest = [k for k in guest if k not in host]
    owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
    if owner is not None and not [k for k in host if k not in guest]:
        # "His talks with B focused on X": the person the sentences before are about
        host = _previous_subject(ctx, owner)
    groups = ([k for k in host if k not in guest and ctx.entity(k).kind != EntityKind.PERSON],
              [k for k in guest if ctx.entity(k).kind != EntityKind.PERSON])  # as the phrase named them
    host = [k for k in _prefer_people(ctx, host) if k not in guest]
    guest = _prefer_people(ctx, guest)
    if not host or not guest:
        return None
    if any(c.lower_ in PLANNED_WORDS | ({"joint"} if not press else set()) for c in token.children) or _unreal(token):
        return None
    return Draft(kind=kind, sentence=ctx.sentence_at(token.i), host=host, guest=guest, groups=groups, confidence=0.6)


def principals_encounter(ctx: ItemContext, token: Token, drafts: list[Draft]) -> Draft | None:
    """ "A held talks with B. The meeting was followed by talks with C", "This was followed by a meeting
    with C", "A courtesy call on C completed the programme": an encounter whose sentence names no one
    but those it was with is held by the item's principal, the subject of the encounter told before it."""
    kind = encounter_kind(ctx, token)
    if kind is None or not _noun_use(token) or _unreal(token) \
            or any(c.dep_ == "poss" or c.lower_ in PLANNED_WORDS | {"joint"} for c in token.children):
        return None
    partner_words = {"with", "on"} if kind == EventKind.VISIT else {"with"}
    if not any(c.dep_ == "prep" and c.lower_ in partner_words for c in token.children):
        return None
    sentence, phrase = ctx.sentence_at(token.i), ctx.subtree(token)
    named = ctx.mentions_in(sentence.start, sentence.end, PEOPLE)
    partners = _people_only(ctx, _agents_in(ctx, phrase))
    before = [d for d in drafts if d.sentence.start < sentence.start]
    itinerary = _itinerary_of(ctx, token)
    owner = _people_only(ctx, _agents_in(ctx, itinerary))
    if not partners or any(m.start not in phrase | itinerary for m in named) or not before and not owner:
        return None
    subject = owner or (before[-1].guest if before[-1].kind == EventKind.VISIT else before[-1].host)
    principal = [k for k in _people_only(ctx, subject)[:1] if k not in partners]
    if not principal or any(set(principal + partners) <= set(d.host + d.guest) for d in before):
        return None  # "talks with B" after "A met B": the encounter told again, not another one
    host, guest = (partners, principal) if kind == EventKind.VISIT else (principal, partners)
    return Draft(kind=kind, sentence=sentence, host=host, guest=guest, confidence=0.6)


def _itinerary_of(ctx: ItemContext, token: Token) -> set[int]:
    """The tokens of the visitor's programme an encounter, the subject of its verb, opens or completes
    ("A courtesy call on C opened the programme of the visiting Minister, B"; data/extraction/
    fact_words.tsv `itinerary`): none when the encounter does no such thing."""
    if token.dep_ != "nsubj":
        return set()
    words = ctx.lexicon.words_for("itinerary")
    return {i for c in token.head.children if c.dep_ == "dobj" and ctx.lowers[c.i] in words for i in ctx.subtree(c)}


FORUM_VERBS = frozenset({"hold", "convene", "conduct", "take", "meet"})  # "held the Forum", "The Forum took place"


def named_forum(ctx: ItemContext, token: Token) -> Draft | None:
    """ "Indonesia and Peru held the third Bilateral Consultation Forum", "The second Canada-Mexico
    Strategic Dialogue was held": a named gathering (data/extraction/bilateral_forums.tsv) that exactly
    two states or organizations hold is an encounter of their two sides, whose people later sentences
    give ("The Indonesian delegation was led by A, while the Peruvian delegation was headed by B")."""
    kind = ctx.lexicon.bilateral_forums.get(ctx.lemmas[token.i])
    if kind is None or not token.text[:1].isupper() or token.dep_ == "compound" \
            and ctx.lemmas[token.head.i] in ctx.lexicon.bilateral_forums:
        return None
    node = _sitting_of(ctx, token)
    verb = node.head
    if node.dep_ not in {"dobj", "nsubj", "nsubjpass"} or ctx.lemmas[verb.i] not in FORUM_VERBS \
            or ctx.lemmas[verb.i] == "take" and not any(c.lower_ == "place" for c in verb.children) \
            or is_planned(verb) or _unreal(token) or any(c.lower_ in PLANNED_WORDS for c in token.children):
        return None
    parties = _parties_named_before(ctx, token)
    between = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "between"]
    if not parties and between:
        # "The Joint Commission between Kenya and the European Union convened"
        parties = [k for k in _agents_in(ctx, ctx.subtree(between[0])) if ctx.entity(k).kind in INSTITUTIONS]
    if not parties and node.dep_ == "dobj":
        named = [k for s in _subjects(verb) for k in _agents_in(ctx, ctx.subtree(s))]
        parties = named if len(named) == 2 and all(ctx.entity(k).kind in INSTITUTIONS for k in named) else []
    if len(set(parties)) != 2:
        return None
    return _parties_encounter(ctx, kind, ctx.sentence_at(token.i), parties)


def _sitting_of(ctx: ItemContext, token: Token) -> Token:
    """The noun a forum's name is the "of" phrase of ("the fifth session of the Joint Commission", "the
    8th meeting of the Joint Committee"), whose verb tells it was held; else the name itself."""
    of = token.head
    if token.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" \
            and (ctx.lemmas[of.head.i] in ctx.lexicon.event_nouns or ctx.lemmas[of.head.i] in ctx.lexicon.encounter_nouns):
        return of.head
    return token


def _held_encounter(ctx: ItemContext, token: Token) -> bool:
    """The noun is the object of the verb of a trigger it ends ("held ... meeting", "had ... talks")."""
    return token.dep_ == "dobj" and any(t.lemmas[0] == ctx.lemmas[token.head.i] and t.lemmas[-1] == ctx.lemmas[token.i]
                                        for t in ctx.lexicon.triggers if len(t.lemmas) > 1)


PARTY_JOINERS = frozenset({"-", "\u2013", "\u2014"})


def _parties_named_before(ctx: ItemContext, token: Token) -> list[str]:
    """The two states or organizations an encounter's name joins with a dash before its noun ("the
    EU-Canada summit", "Polish-Korean consultations", "the Japan–ASEAN Summit"); none else."""
    named = ctx.mentions_in(ctx.sentence_at(token.i).start, token.i, INSTITUTIONS)
    if len(named) < 2:
        return []  # no two to join
    modifiers = [m for m in named if all(t.i == token.i or token in t.ancestors for t in ctx.doc[m.start:token.i])]
    for first, second in zip(modifiers, modifiers[1:]):
        if first.key != second.key and ctx.text_of(first.end, second.start).strip() in PARTY_JOINERS:
            return [first.key, second.key]
    return []


def encounter_kind(ctx: ItemContext, token: Token) -> EventKind | None:
    """The kind of encounter a noun names, with the word that qualifies it ("a video conference", no
    conference of many; "a courtesy call", no phone call)."""
    if ctx.lemmas[token.i] not in ctx.lexicon.encounter_noun_ends:
        return None
    for child in token.children:
        if child.dep_ in {"compound", "amod"} and child.i == token.i - 1:
            kind = ctx.lexicon.encounter_nouns.get(f"{ctx.lemmas[child.i]} {ctx.lemmas[token.i]}")
            if kind is not None:
                return kind
    return ctx.lexicon.encounter_nouns.get(ctx.lemmas[token.i])


def _chairs_of(ctx: ItemContext, token: Token) -> list[str]:
    """ "talks ..., chaired jointly by A and B", "The talks were co-chaired by A, Minister of X, and B":
    the people named after "by" of a verb of chairing (a one-word trigger of the "chair" frame) whose
    subject the encounter noun is, or which describes it."""
    verbs = [token.head] if token.dep_ in {"nsubj", "nsubjpass"} else []
    verbs += [c for c in token.children if c.dep_ in {"acl", "relcl"}]
    for verb in verbs:
        if not _chairing_verb(ctx.lexicon, ctx.lemmas[verb.i].rpartition("-")[2]) or is_planned(verb):  # "co-chaired by"
            continue
        tokens: set[int] = set()
        for child in verb.children:
            if child.dep_ == "agent" or child.dep_ == "conj" and child.pos_ == "PROPN":
                tokens |= ctx.subtree(child)
        people = _people_only(ctx, _agents_in(ctx, tokens))
        if len(people) >= 2:
            return people
    return []


def _chairing_verb(lexicon: Lexicon, lemma: str) -> bool:
    """Whether `lemma` is a one-word trigger of the "chair" frame ("chair", "preside")."""
    return any(trigger.frame == Frame.CHAIR for trigger in lexicon.one_word_triggers.get(lemma, ()))


def _chaired_encounter(ctx: ItemContext, token: Token, kind: EventKind) -> Draft | None:
    """ "The talks were chaired by A and B": an encounter its chairs hold, one on each side."""
    people = _chairs_of(ctx, token)
    if len(people) < 2 or any(c.lower_ in PLANNED_WORDS for c in token.children) or _unreal(token):
        return None
    return Draft(kind=kind, sentence=ctx.sentence_at(token.i), host=people[:1], guest=people[1:], confidence=0.6)


def _meeting_of_parties(ctx: ItemContext, token: Token, kind: EventKind) -> Draft | None:
    """ "A trilateral meeting of the foreign ministers of X, Y and Z, A, B and C, was held": an
    encounter its own words give a few parties (data/extraction/fact_words.tsv "parties") whose "of"
    phrase names their people, or their states and a group the item lists later."""
    if not any(ctx.lemmas[c.i] in ctx.lexicon.words_for("parties") for c in token.children if c.dep_ == "amod") \
            or any(c.lower_ in PLANNED_WORDS for c in token.children) or _unreal(token):
        return None
    of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    named = _agents_in(ctx, ctx.subtree(of[0])) if of else []
    people = _people_only(ctx, named)
    people += [k for k in _coordinated_after(ctx, people, ctx.sentence_at(token.i)) if k not in people]
    if len(people) >= 2:
        return Draft(kind=kind, sentence=ctx.sentence_at(token.i), host=people[:1], guest=people[1:], confidence=0.6)
    institutions = [k for k in named if ctx.entity(k).kind in INSTITUTIONS]
    awaiting = _group_of_people(ctx, list(of[0].subtree)) if of and not people else None
    if awaiting and len(institutions) >= 2:
        # "A trilateral meeting of the foreign ministers of X, Y and Z was held" and, later, "Egyptian
        # Foreign Minister A, Jordanian Foreign Minister B and ... discussed ...": each on their state's side
        return Draft(kind=kind, sentence=ctx.sentence_at(token.i), host=institutions[:1], guest=institutions[1:],
                     groups=(institutions[:1], institutions[1:]), confidence=0.6, awaiting=awaiting)
    return None


def _subject_after_list(ctx: ItemContext, with_phrase: Token, verb: Token) -> list[str]:
    """ "During a phone call with A of X and B of Y, the President of Z, C, discussed ...": the parse
    hangs the verb's subject on the list of the "with" phrase; the people named after the list closed
    by "and", set off by a comma, up to the verb, are the subject."""
    tokens = [t for t in with_phrase.subtree if t.i < verb.i]
    closing = [t for t in tokens if t.lower_ == "and" and t.dep_ == "cc"]
    if not closing:
        return _set_off_before_the_verb(ctx, tokens, verb)
    last = next((m for m in ctx.mentions_in(closing[-1].i + 1, verb.i, PEOPLE)), None)
    if last is None:
        return []
    end = _after_qualifier(ctx, last.end, verb.i)
    if end >= verb.i or ctx.tokens[end].text != ",":
        return []
    return [m.key for m in ctx.mentions_in(end + 1, verb.i, PEOPLE)][:1]


def _set_off_before_the_verb(ctx: ItemContext, tokens: list[Token], verb: Token) -> list[str]:
    """ "In a meeting with the Ambassador of X, A, Foreign Minister B called for ...": the parse hangs
    the verb's subject on the apposition of the one met; the last of two people or more that the
    phrase names, set off by a comma and only a title from the one before and right before the verb,
    is the subject."""
    if not tokens:
        return []
    people = ctx.mentions_in(tokens[0].i, verb.i, PEOPLE)
    if len(people) < 2 or any(not t.is_space and t.pos_ != "ADV" for t in ctx.doc[people[-1].end:verb.i]):
        return []
    gap = ctx.doc[people[-2].end:people[-1].start]
    if not len(gap) or gap[0].text != "," or not all(t.text[:1].isupper() or t.lower_ in TITLE_LINKS for t in gap[1:]):
        return []
    return [people[-1].key]


TITLE_LINKS = frozenset({"of", "for", "the", "and"})
CREDENTIALS_NOUN = "presentation"


def presented_credentials(ctx: ItemContext, token: Token) -> Draft | None:
    """ "their presentation of credentials to President A": the head of state receives the people
    the possessive stands for, who may be a group named before it ("welcomed the newly accredited
    ambassadors ... following their presentation of credentials to A") and listed later."""
    if ctx.lemmas[token.i] != CREDENTIALS_NOUN or token.pos_ != "NOUN" or _unreal(token):
        return None
    of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not of or not any(t.lemma_.lower() in CREDENTIAL_WORDS for t in of[0].subtree):
        return None
    to = [t for t in token.subtree if t.dep_ == "prep" and t.lower_ == "to"]
    host = _people_only(ctx, _agents_in(ctx, ctx.subtree(to[0]))) if to else []
    owners = [c for c in token.children if c.dep_ == "poss"]
    guest = _people_only(ctx, _agents_in(ctx, ctx.subtree(owners[0]))) if owners else []
    if not host:
        return None
    awaiting = None
    if not guest and owners and owners[0].lower_ == "their":
        awaiting = _group_of_people(ctx, [t for t in ctx.sentence_at(token.i) if t.i < token.i])
    if not guest and not awaiting:
        return None
    return Draft(kind=EventKind.CREDENTIALS, sentence=ctx.sentence_at(token.i), host=host, guest=guest, awaiting=awaiting)


def _joint_subject(ctx: ItemContext, sentence: Span | None) -> list[str]:
    """The people named as the subject of the sentence's main clause ("A and B discussed ...")."""
    if sentence is None:
        return []
    return list(dict.fromkeys(k for s in _subjects(sentence.root)
                              for k in _people_only(ctx, _agents_in(ctx, ctx.subtree(s)))))


def _sentence_before(ctx: ItemContext, sentence: Span) -> Span | None:
    return ctx.sentence_at(sentence.start - 1) if sentence.start > 0 else None


def _unreal(token: Token) -> bool:
    """The noun's clause says the encounter is planned or did not happen ("a meeting ... will be held",
    "the talks ..., scheduled for 14 May, have been postponed")."""
    node = token
    while node.dep_ not in {"ROOT"} and node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    opener = token.head
    if token.dep_ == "pobj" and opener.i > 0 and token.doc[opener.i - 1].text == "," and node.dep_ == "xcomp":
        # "A and B agreed on Thursday to start talks on X, at a summit between A and B": set off by a
        # comma, the phrase tells where the governing verb happened, not the infinitive the parse hangs it on
        node = node.head
    return node.pos_ in {"VERB", "AUX"} and (is_planned(node) or node.lemma_.lower() in CALLED_OFF)


def _framing_meeting(ctx: ItemContext, token: Token, kind: EventKind) -> Draft | None:
    """ "In a telephone conversation on Monday, A and B discussed ...", "A and B discussed ... during
    (at) a meeting in X", "A and B agreed ... following (after) talks in Berlin": the clause's subject
    names both sides."""
    opener = token.head
    if token.dep_ != "pobj" or opener.lower_ not in {"during", "at", "in", "following", "after"}:
        return None  # "In a telephone conversation, A and B ...", "A and B discussed X during / at / in a meeting"
    if any((c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in token.children):
        return None  # "during the meeting of the Council": a gathering of many, not their encounter
    if any(c.lower_ in {"upcoming", "next", "future", "planned"} for c in token.children):
        return None
    verb = opener.head
    if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and verb.head.tag_ == "VBD" and not is_planned(verb.head):
        # "A invited B to visit during a phone call in April": the parse hangs the phrase on the
        # infinitive; the call is when A invited B
        verb = verb.head
    people = [k for s in _subjects(verb) for k in _people_only(ctx, _agents_in(ctx, ctx.subtree(s)))]
    if len(people) == 1 or not people and (people := _pronoun_subject(ctx, _subjects(verb))):
        # "she had told her counterpart B during talks on Thursday that ...": one side is the subject,
        # the other the person the verb addresses
        people += [k for c in verb.children if c.dep_ in {"dobj", "dative"}
                   for k in _people_only(ctx, _agents_in(ctx, ctx.subtree(c)))]
    people = list(dict.fromkeys(people))
    if verb.pos_ not in {"VERB", "AUX"} or len(people) < 2 or is_planned(verb):
        return None
    if _attended_together(ctx, verb, opener):
        return None
    return Draft(kind=kind, sentence=ctx.sentence_at(token.i), host=people[:1], guest=people[1:], confidence=0.6)


def _attended_together(ctx: ItemContext, verb: Token, opener: Token) -> bool:
    """ "B and C took part in the meeting", "were present at the talks": people the subject names
    together attended an encounter, and need not have faced each other ("told B in a phone call",
    "discussed X during talks" are theirs)."""
    return opener.lower_ in {"in", "at"} and len(_people_only(ctx, [k for s in _subjects(verb) for k in
                                                                  _agents_in(ctx, ctx.subtree(s))])) >= 2 \
        and any(m.head.i == verb.i and m.trigger.frame == Frame.PARTICIPATE for m in sentence_triggers(ctx, ctx.sentence_at(verb.i)))


HOSTING_VERBS = frozenset({"host", "give", "offer", "lead", "organize", "organise", "chair", "hold"})


def hosted_gathering(ctx: ItemContext, token: Token) -> Draft | None:
    """ "The reception was led by A", "A hosted a dinner for the ambassadors": a gathering with its
    host; its guests come from the sentences that say who attended (assembly.attach_attendees)."""
    if ctx.lemmas[token.i] not in ctx.lexicon.gatherings or token.pos_ != "NOUN":
        return None
    verb = token.head
    if verb.lemma_.lower() not in HOSTING_VERBS or is_planned(verb):
        return None
    if token.dep_ == "nsubjpass":
        agents = [c for c in verb.children if c.dep_ == "agent"]
        host_tokens = {i for c in agents for i in ctx.subtree(c)}
        if agents and not _people_only(ctx, _agents_in(ctx, host_tokens)):
            # the parse hung the name elsewhere, or cut the sentence at an abbreviation ("Ma. Teresita ...")
            host_tokens = set(range(agents[0].i, _paragraph_end(token)))
    elif token.dep_ == "dobj":
        host_tokens = {i for s in _subjects(verb) for i in ctx.subtree(s)}
    else:
        return None
    host = _people_only(ctx, _agents_in(ctx, host_tokens))[:1]
    if not host:
        return None
    return Draft(kind=EventKind.RECEPTION, sentence=ctx.sentence_at(token.i), host=host, guest=_honoured(ctx, token, verb, host),
                 confidence=0.6)


HONOUR_WORDS = frozenset({"honour", "honor"})


def _honoured(ctx: ItemContext, gathering: Token, verb: Token, host: list[str]) -> list[str]:
    """The people a gathering is given for ("hosted a luncheon in honour of the visiting President
    of X, B", "a dinner for B")."""
    tokens: set[int] = set()
    for node in (gathering, verb):
        for child in node.children:
            if child.dep_ == "prep" and (child.lower_ == "for" or child.lower_ == "in" and any(
                    g.lemma_.lower() in HONOUR_WORDS for g in child.children)):
                tokens |= ctx.subtree(child)
    return [k for k in _people_only(ctx, _agents_in(ctx, tokens)) if k not in host]


def _paragraph_end(token: Token) -> int:
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return end


def _lines(ctx: ItemContext) -> list[Span]:
    """The lines of the text (each ending with a line break, or the text), as spans of whole sentences."""
    doc = ctx.doc
    lines, start = [], None
    for sentence in ctx.sentences:
        start = sentence.start if start is None else start
        if "\n" in sentence.text_with_ws:
            lines.append(doc[start:sentence.end])
            start = None
    if start is not None:
        lines.append(doc[start:len(doc)])  # the last line, often a photo caption
    return lines


def _caption_date(ctx: ItemContext, line: Span) -> EventDates:
    """A photo shows the day reported: the item's dateline, or the dateline opening the next line."""
    dateline = ctx.dateline or dateline_mention(ctx.item.text[line.end_char:].lstrip(), ctx.reference)
    return EventDates(dateline.first, dateline.last) if dateline else EventDates(None, None)


def caption_meeting(ctx: ItemContext, sentence: Span) -> Draft | None:
    """A photo caption, a line without a verb: "UNDP Administrator A with the President of B, C"."""
    tokens = ctx.tokens
    withs = [i for i in range(sentence.start, sentence.end) if ctx.lowers[i] == "with" and tokens[i].dep_ == "prep"]
    if len(withs) != 1 or any(tokens[i].pos_ in {"VERB", "AUX"} for i in range(sentence.start, sentence.end)):
        return None
    cut = withs[0]
    host = list(dict.fromkeys(m.key for m in ctx.mentions_in(sentence.start, cut, PEOPLE)))
    guest = [k for k in dict.fromkeys(m.key for m in ctx.mentions_in(cut, sentence.end, PEOPLE)) if k not in host]
    if len(host) != 1 or not guest:
        return None
    return Draft(kind=EventKind.MEETING, sentence=sentence, host=host, guest=guest, confidence=CAPTION_CONFIDENCE)


# ---------------------------------------------------------------------------------------------
# merging and finishing

def _compatible(ctx: ItemContext, a: Draft, b: Draft) -> bool:
    """Two reports of one meeting: they share two people, or one of them lacks people on a side
    ("X's visit to the headquarters") and shares a person with the other. A person who only joined
    both (an aide named as present at each of a visitor's meetings) tells nothing of their being one."""
    if a.dates and b.dates and a.dates.first and b.dates.first and a.dates.first != b.dates.first:
        return False
    shared = set(a.host + a.guest) & set(b.host + b.guest) & (a.reported_sides() | b.reported_sides())
    people = {k for k in shared if ctx.entity(k).kind == EntityKind.PERSON}
    hosts_a, hosts_b = set(_people_only(ctx, a.host)), set(_people_only(ctx, b.host))
    if hosts_a and hosts_b and not hosts_a & set(b.host + b.guest) and not hosts_b & set(a.host + a.guest):
        return False  # the same guests with two different hosts: two encounters (credentials, then a dinner)
    if a.witnessed != b.witnessed or a.joined != b.joined:
        return False  # a signing's witnesses met its signatories, who met each other: three parties
    if len(people) >= 2:
        return True
    return bool(people) and (_partial(ctx, a) or _partial(ctx, b)) and not _institutions_apart(ctx, a, b)


def _institutions_apart(ctx: ItemContext, a: Draft, b: Draft) -> bool:
    """ "A held consultations with representatives of X, Y and Z. He also met the Foreign Minister of W, B":
    a side named only by a list of institutions is not completed by a person the other report names with other
    institutions on that side: two encounters."""
    for one, other in ((a, b), (b, a)):
        for side, facing, named in ((one.host, other.host, other.groups[0]), (one.guest, other.guest, other.groups[1])):
            if len(side) >= 2 and all(ctx.entity(k).kind in INSTITUTIONS for k in side) and named and not set(named) & set(side) \
                    and any(ctx.entity(k).kind == EntityKind.PERSON for k in facing):
                return True
    return False


def _partial(ctx: ItemContext, draft: Draft) -> bool:
    def has_people(side: list[str]) -> bool:
        return any(ctx.entity(k).kind == EntityKind.PERSON for k in side)
    return not (has_people(draft.host) and has_people(draft.guest))


def _guests_by_role(draft: Draft) -> list[str]:
    """The guests of a report that tells who hosted whom (a visit, a reception), none of another."""
    return list(draft.guest) if draft.kind in HOSTED_KINDS else []


def merge_meetings(ctx: ItemContext, drafts: list[Draft]) -> list[Draft]:
    merged: list[Draft] = []
    for draft in drafts:
        target = next((m for m in merged if _compatible(ctx, m, draft)), None)
        if target is None:
            merged.append(draft)
            continue
        guests = _guests_by_role(target) + _guests_by_role(draft)
        if _partial(ctx, target) and not _partial(ctx, draft):
            # "X visited Sudan and met with the Prime Minister": the complete report gives the sides
            target.host, target.guest = list(draft.host), list(draft.guest)
        # "A received a delegation led by B ... Later, the delegation held a meeting with C": the draft's
        # first side is the target's guests, so C joins the target's hosts
        flipped = set(draft.host) & set(target.guest) and not set(draft.host) & set(target.host)
        own_host, own_guest = (target.guest, target.host) if flipped else (target.host, target.guest)
        for key in draft.host:
            if key not in target.host + target.guest:
                own_host.append(key)
        for key in draft.guest:
            if key not in target.host + target.guest:
                own_guest.append(key)
        for mine, theirs in zip(target.groups, draft.groups):
            mine.extend(k for k in theirs if k not in mine)
        target.reported = frozenset(target.reported_sides() | draft.reported_sides())
        if target.kind == EventKind.MEETING and draft.kind != EventKind.MEETING:
            target.kind = draft.kind
        if target.kind in HOSTED_KINDS and set(guests) & set(target.host) and not set(guests) & set(target.guest):
            # "A concluded a visit to Chad, during which she met President B": the visit's guest is A,
            # though A is the subject of "met", whose report gave the sides
            target.host, target.guest = target.guest, target.host
        if not (target.dates and target.dates.first) and draft.dates or _a_day_of(draft.dates, target.dates):
            # "welcomed B to Canberra from 18 November to 2 December. The two Prime Ministers held a
            # bilateral meeting on 19 November": the day of the stay they met
            target.dates = draft.dates
        target.place = target.place or draft.place
        target.venue = target.venue or draft.venue
    # "GENEVA (9 March) – The High Commissioner met A at the Palais des Nations": where the report is
    # filed from, when the encounter is said to be nowhere else (a call happens nowhere)
    unplaced = [draft for draft in merged if draft.place is None
                and draft.kind not in {EventKind.PHONE_CALL, EventKind.VIDEO_CONFERENCE} and not _in_an_unknown_place(draft.sentence)]
    filed_from = place_filed_from(ctx) if unplaced else None  # (read only when an encounter needs it)
    for draft in unplaced:
        draft.place = filed_from
    for draft in merged:
        people_host = [k for k in draft.host if ctx.entity(k).kind == EntityKind.PERSON]
        people_guest = [k for k in draft.guest if ctx.entity(k).kind == EntityKind.PERSON]
        if people_host and people_guest:
            draft.host, draft.guest = people_host, people_guest
    return [d for d in merged if _acceptable(ctx, d)]


ONE_DAY_KINDS = frozenset({EventKind.MEETING, EventKind.TALKS, EventKind.RECEPTION})
"""Encounters of two sides that take a day, unless their own clause says they took several."""


JOURNEY_WORDS = frozenset({"visit", "trip", "tour", "travel", "journey", "mission"})


def place_filed_from(ctx: ItemContext) -> str | None:
    """The dateline's place, where an encounter or a signing said to be nowhere else took place; none
    when the item tells of a journey elsewhere ("Santiago – President A made a state visit to Brazil")."""
    filed_from = dateline_place(ctx)
    return None if filed_from is None or _journey_elsewhere(ctx, filed_from) else filed_from


def _journey_elsewhere(ctx: ItemContext, filed_from: str) -> bool:
    """ "Santiago – President A made a state visit to Brazil ... she was received by B": the item tells of
    a journey to a state or place other than the dateline's city (and its state), where what it tells
    took place."""
    city = ctx.entity(filed_from)
    for mention in ctx.mentions:
        if mention.kind not in {EntityKind.COUNTRY, EntityKind.PLACE} or mention.key in {filed_from, city.country}:
            continue
        token = ctx.tokens[mention.end - 1]
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "to":
            head = head.head
        elif not (token.dep_ == "dobj" and ctx.lemmas[head.i] == "visit"):
            continue
        if ctx.lemmas[head.i] in JOURNEY_WORDS:
            return True
    return False


def _in_an_unknown_place(sentence: Span) -> bool:
    """The sentence places what it tells in a place the parse reads and no gazetteer knows ("held talks
    in the city of Langfang near Beijing")."""
    return any(t.ent_type_ in {"GPE", "LOC"} and t.dep_ == "pobj" and t.head.lower_ in {"in", "of"}
               and (t.head.lower_ == "in" or t.head.head.lower_ in {"city", "town", "province", "region"})
               for t in sentence)


def _a_day_of(day: EventDates | None, span: EventDates | None) -> bool:
    """Whether `day` is one day inside the stretch of several days `span`."""
    if not day or not span or day.first is None or span.first is None or span.last is None or span.last == span.first:
        return False
    return day.last in {None, day.first} and span.first <= day.first <= span.last


def _acceptable(ctx: ItemContext, draft: Draft) -> bool:
    people = draft.people(ctx)
    everyone = set(draft.host + draft.guest)
    if len(everyone) < 2:
        return False
    if not people:
        # organizations alone meet in talks and calls ("ICESCO and ALECSO held talks"), not in
        # receptions or visits, whose sides are people
        return draft.kind in {EventKind.MEETING, EventKind.TALKS, EventKind.PHONE_CALL, EventKind.VIDEO_CONFERENCE}
    # a person on each side: companions of a visitor to a place did not meet each other; or a person
    # on one side and, on the other, only the organization the clause names ("received a delegation
    # of the European Parliament", "met the Workers' Group"), not in a visit to a place or a state
    if bool(people & set(draft.host)) and bool(people & set(draft.guest)):
        return len(people) >= 2
    institutional = [side for side, named in ((draft.host, draft.groups[0]), (draft.guest, draft.groups[1]))
                     if side and not people & set(side) and set(side) <= set(named)
                     and all(ctx.entity(k).kind in INSTITUTIONS for k in side)]
    return len(institutional) == 1 and bool(people) and draft.kind in {EventKind.MEETING, EventKind.TALKS, EventKind.RECEPTION}


def to_event(ctx: ItemContext, draft: Draft, key: str) -> Event:
    roles = (Role.HOST, Role.GUEST) if draft.kind in HOSTED_KINDS else (Role.PARTICIPANT, Role.PARTICIPANT)
    sided = bool(draft.host) and bool(set(draft.guest) - set(draft.host))
    participations = [Participation(k, roles[0], side=1 if sided else None) for k in draft.host]
    participations += [Participation(k, roles[1], side=2 if sided else None) for k in draft.guest if k not in draft.host]
    participations += [Participation(k, role) for k, role in draft.others]
    dates = draft.dates or EventDates(None, None)
    return Event(key=key, kind=draft.kind, participations=tuple(participations),
                 evidence=ctx.evidence(draft.sentence, draft.confidence), name=draft.name,
                 start=dates.first, end=dates.last, place=draft.place, venue=draft.venue)


LISTED_PARTICIPANTS = re.compile(r"(?:taking part in|participating in|attending|present at) the (?:\w+ ){0,2}?(\w+) "
                                 r"(?:were|was)\b", re.I)


def _listed_participants(ctx: ItemContext, sentence: Span) -> Draft | None:
    """ "Taking part in the video call were President A, Prime Minister B and Chancellor C", in an item
    that reports no encounter otherwise: the people listed after the encounter noun (one of
    data/extraction/encounter_nouns.tsv) met."""
    text = ctx.text_of(sentence.start, sentence.end)
    cue = LISTED_PARTICIPANTS.match(text.lstrip())
    kind = ctx.lexicon.encounter_nouns.get(singular(cue.group(1))) if cue else None
    if kind is None:
        return None
    people = [m.key for m in ctx.mentions_in(sentence.start, sentence.end, PEOPLE)]
    people = list(dict.fromkeys(people + listed_after(ctx, sentence)))
    if len(people) < 2 or any(_unreal(t) for t in sentence if ctx.lemmas[t.i] in ctx.lexicon.encounter_nouns):
        return None
    return Draft(kind=kind, sentence=sentence, host=people[:1], guest=people[1:], confidence=0.6)


def _encounter_brought_together(ctx: ItemContext, match: TriggerMatch) -> Draft | None:
    """ "The meeting brought together Minister A and Ambassador B": an encounter (a noun of
    data/extraction/encounter_nouns.tsv) that is the subject of a gathering verb is one of the two
    people it brought together (more are a gathering of many, read as taking part)."""
    head = match.head
    subjects = _subjects(head)
    if match.trigger.frame != Frame.GATHER or len(subjects) != 1 or is_planned(head) or _unreal(subjects[0]):
        return None
    kind = ctx.lexicon.encounter_nouns.get(ctx.lemmas[subjects[0].i])
    if kind is None:
        return None
    objects = {i for i in ctx.subtree(head) if i > head.i} - _excluded(head, frozenset(t.i for t in match.tokens))
    people = _people_only(ctx, _agents_in(ctx, objects))
    people += [k for k in _coordinated_after(ctx, people, ctx.sentence_at(head.i)) if k not in people]
    if len(people) != 2:
        return None
    return Draft(kind=kind, sentence=ctx.sentence_at(head.i), host=people[:1], guest=people[1:], confidence=0.6)


def _hosting_a_person(ctx: ItemContext, match: TriggerMatch) -> TriggerMatch:
    """ "X hosted his counterpart Y", "Canada hosted Mexico for talks": hosting a person or a state
    (not an event) is receiving them; states, whose sides are no people, hold talks (a reception's
    sides are people)."""
    head = match.head
    if match.trigger.frame != "organize" or head.lemma_.lower() != "host":
        return match
    if _people_only(ctx, _hosted(ctx, head)) or _hosted_group(ctx, head):
        return replace(match, trigger=replace(match.trigger, kind=EventKind.RECEPTION, frame=Frame.RECEIVE))
    if _hosted_state(ctx, head):
        return replace(match, trigger=replace(match.trigger, kind=EventKind.TALKS, frame=Frame.RECEIVE))
    return match


def _joined_for_an_encounter(ctx: ItemContext, match: TriggerMatch) -> TriggerMatch:
    """ "A was joined by B for talks on X", "A joined B for a working lunch": joining someone for an
    encounter (data/extraction/encounter_nouns.tsv) is meeting them."""
    head = match.head
    if match.trigger.frame != "participate" or ctx.lemmas[head.i] != "join":
        return match
    purposes = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    kind = next((ctx.lexicon.encounter_nouns[ctx.lemmas[g.i]] for g in purposes if ctx.lemmas[g.i] in ctx.lexicon.encounter_nouns), None)
    if kind is None:
        return match
    return replace(match, trigger=replace(match.trigger, kind=kind, frame=Frame.MEET))


def _qualified_noun(ctx: ItemContext, match: TriggerMatch) -> TriggerMatch:
    """ "received a courtesy call from B": a trigger's noun that its qualifier makes another encounter
    (data/extraction/encounter_nouns.tsv: a visit, not a phone call) is of that kind."""
    if len(match.tokens) != 1 or match.head.pos_ != "NOUN":
        return match
    kind = encounter_kind(ctx, match.head)
    if kind is None or kind == match.trigger.kind or kind == ctx.lexicon.encounter_nouns.get(ctx.lemmas[match.head.i]):
        return match
    return replace(match, trigger=replace(match.trigger, kind=kind))


def _hosted_state(ctx: ItemContext, head: Token) -> bool:
    """The object of a "host" verb is a state's name itself ("hosted Mexico"), not an event named
    after states ("hosted the Kenya-Canada Business Forum")."""
    mention = next((ctx.mention_at(c.i) for c in head.children if c.dep_ == "dobj"), None)
    return mention is not None and mention.kind == EntityKind.COUNTRY


def _hosted_group(ctx: ItemContext, head: Token) -> bool:
    """The object of a "host" verb is a group of people ("hosted a delegation from the Parliament of
    Uganda led by its Deputy Speaker, Hon. B"), whatever the parse made of the name after it."""
    return any(c.dep_ == "dobj" and ctx.lemmas[c.i] in GROUP_NOUNS for c in head.children)


def _hosted(ctx: ItemContext, head: Token) -> list[str]:
    """Whom a "host" verb has as its object: the parse's object, or the passive subject when the verb
    names its host ("B was hosted by President A"), or, when the parse took the past tense for a
    modifier of the name after it ("Kenyan President A hosted Ugandan President B", the verb an "amod"
    of B), the first person named right after the verb, within their title."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if not objects and any(c.dep_ == "agent" for c in head.children):
        objects = [c for c in head.children if c.dep_ == "nsubjpass"]
    if objects:
        return _agents_in(ctx, ctx.subtree(objects[0]))
    if head.tag_ != "VBD" or head.dep_ not in {"amod", "compound"}:
        return []
    near = ctx.mentions_in(head.i + 1, min(head.i + 7, ctx.sentence_at(head.i).end), PEOPLE)
    return [near[0].key] if near and not any(t.is_punct for t in ctx.tokens[head.i + 1:near[0].start]) else []


def find_meetings(ctx: ItemContext, posts: list[Post]) -> list[Draft]:
    drafts: list[Draft] = []
    anchors: list[int] = []
    served = affiliations(ctx, posts)
    encounter_words, gathering_words = ctx.lexicon.nominal_encounter_words, ctx.lexicon.gatherings | {CREDENTIALS_NOUN}
    forum_words = frozenset(ctx.lexicon.bilateral_forums)
    for sentence in ctx.sentences:
        used: set[int] = set()
        for match in sentence_triggers(ctx, sentence):
            match = _qualified_noun(ctx, _hosting_a_person(ctx, _done_together(ctx, _relation_discussed(ctx, match))))
            match = _joined_for_an_encounter(ctx, match)
            gathered = _encounter_brought_together(ctx, match)
            if gathered:
                drafts.append(gathered)
                anchors.append(match.head.idx)
                continue
            if match.trigger.frame not in {"meet", "receive", "visit", "call", "discuss", "hand"} \
                    or any(t.i in used for t in match.tokens) or _prefixed_title(ctx, match):
                continue  # "he held talks with B": the words of an encounter read already ("talks with")
            draft = joint_discussion(ctx, match) if match.trigger.frame == Frame.DISCUSS \
                else handover(ctx, match) if match.trigger.frame == Frame.HAND else meeting_from(ctx, match)
            if draft and not draft.awaiting and _two_institutions(ctx, draft) and _hosted_state(ctx, match.head):
                # "Canada hosted Mexico for talks": the states' people, when the item names them, else the
                # states met, as "Delegations of X and Y met" (see below)
                draft.awaiting = _group_named_later(ctx, sentence) or "delegation"
            if draft:
                _sides_by_party(ctx, draft, served)
                _pair_met_another(ctx, draft, match, drafts)
                # a joint discussion is one encounter of all the people its subject joins
                draft.separate = draft.separate or match.trigger.frame != Frame.DISCUSS \
                    and _each_of_their_own(ctx, draft, served)
                used |= {t.i for t in match.tokens}
                for one in _one_by_one(draft):
                    drafts.append(one)
                    anchors.append(match.head.idx)
                for gapped in _gapped_encounters(ctx, match, draft):
                    drafts.append(gapped)
                    anchors.append(gapped.sentence.start_char)
        for token in _tokens_with_lemma(ctx, sentence, encounter_words):
            if token.i in used:
                continue
            draft = nominal_meeting(ctx, token) or principals_encounter(ctx, token, drafts)
            if draft:
                drafts.append(draft)
                anchors.append(token.idx)
        for token in _tokens_with_lemma(ctx, sentence, forum_words):
            draft = None if any(d.sentence.start == sentence.start for d in drafts) else named_forum(ctx, token)
            if draft:
                drafts.append(draft)
                anchors.append(token.idx)
        for token in _tokens_with_lemma(ctx, sentence, gathering_words):
            draft = hosted_gathering(ctx, token) or presented_credentials(ctx, token)
            if draft:
                drafts.append(draft)
                anchors.append(token.idx)
        if not any(d.sentence.start == sentence.start for d in drafts):
            draft = _described_pair(ctx, sentence)
            if draft:
                drafts.append(draft)
                anchors.append(sentence.start_char)
    if not drafts:
        for sentence in ctx.sentences:
            draft = _listed_participants(ctx, sentence)
            if draft:
                drafts.append(draft)
                anchors.append(sentence.start_char)
                break
    for line in _lines(ctx):
        draft = caption_meeting(ctx, line)
        if draft:
            drafts.append(draft)
            anchors.append(line.start_char)
    for draft, anchor in list(zip(drafts, anchors)):
        pairs = _pairs_within_sides(ctx, draft, served)
        drafts += pairs
        anchors += [anchor] * len(pairs)
    previous = None
    for draft, anchor in zip(drafts, anchors):
        caption = draft.confidence == CAPTION_CONFIDENCE
        # a caption's own words or those right after it date it, else the day the report gives
        # (its dateline, or the dateline opening the next line), before the narrative's time
        draft.dates, draft.place, draft.venue = dates_near(ctx, draft.sentence, meeting=not caption, anchor=anchor)
        if not draft.dates.first and previous is not None and "same day" in draft.sentence.text.lower():
            draft.dates = previous.dates  # "received on the same day"
        if not draft.dates.first and caption:
            draft.dates = _caption_date(ctx, draft.sentence)
        if not draft.dates.first and caption:
            draft.dates = dates_near(ctx, draft.sentence, meeting=True, anchor=anchor)[0]
        if draft.kind in ONE_DAY_KINDS and draft.host and draft.guest:
            draft.dates = reports_day_within_anothers_days(ctx, draft.sentence, anchor, draft.dates)
        if draft.kind in {EventKind.PHONE_CALL, EventKind.VIDEO_CONFERENCE}:
            draft.place = draft.venue = None  # "discussed the situation in Gaza": a call happens nowhere
        previous = draft
    fill_awaited_groups(ctx, drafts)
    for draft in drafts:
        draft.reported = frozenset(draft.host + draft.guest)
    attach_attendees(ctx, drafts, posts, served)
    staff_organization_sides(ctx, drafts, served)
    _held_by_their_people(ctx, drafts, served)
    _add_companions(ctx, drafts, served)
    # a side given only as a group whose people the item never lists: no encounter of people; but two
    # institutions whose people the item never names met as institutions, when the item reports no
    # encounter of people (that would most often be the same one, told by its people)
    of_people = {id(d) for d in drafts if _people_only(ctx, d.host) and _people_only(ctx, d.guest)}
    kept: list[Draft] = []
    for draft in drafts:
        if not draft.awaiting or id(draft) in of_people or not of_people and _two_institutions(ctx, draft):
            kept.append(draft)
        elif not of_people and draft.joint and _institutions_only(ctx, draft):
            kept += [draft, *_institutions_in_pairs(ctx, draft)]
    drafts = kept
    drafts = merge_meetings(ctx, drafts)
    stated = headline_meeting(ctx, drafts)
    return merge_meetings(ctx, drafts + [stated]) if stated else drafts


def _tokens_with_lemma(ctx: ItemContext, sentence: Span, lemmas: frozenset[str]) -> list[Token]:
    """The tokens of a sentence whose lemma is one of `lemmas`: the only ones a scan of its nouns
    for a word of them reads further."""
    lemma_of, tokens = ctx.lemmas, ctx.tokens
    if lemmas.isdisjoint(lemma_of[sentence.start:sentence.end]):
        return []  # (most sentences hold none: a test that runs in C)
    return [tokens[i] for i in range(sentence.start, sentence.end) if lemma_of[i] in lemmas]


def _held_by_their_people(ctx: ItemContext, drafts: list[Draft], served: dict[str, set[str]]) -> None:
    """An encounter of institutions alone whose own sentence names who held it for one of them: one
    of the institution's people (a post in it), else its chair, on the side named first ("The OIC held
    a meeting with the representatives of A and B, chaired by Assistant Secretary-General C", "Under
    the chairmanship of C, the OIC met ..."): those people hold the side in the institution's stead."""
    for draft in drafts:
        if _people_only(ctx, draft.host + draft.guest):
            continue
        named = [k for k in dict.fromkeys(m.key for m in ctx.mentions_in(draft.sentence.start, draft.sentence.end, PEOPLE))]
        chairs = _sentence_chairs(ctx, draft.sentence)
        for index, side in enumerate((draft.host, draft.guest)):
            organizations = {ctx.top_organization(k) for k in side if ctx.entity(k).kind == EntityKind.ORGANIZATION}
            staff = [k for k in named if served.get(k, set()) & organizations]
            if not staff and index == 0 and organizations:
                staff = [k for k in chairs if not served.get(k)]
            if staff:
                side[:] = staff


def _sentence_chairs(ctx: ItemContext, sentence: Span) -> list[str]:
    """The people a sentence says chaired ("chaired by C", "C chaired", "under the chairmanship of C")."""
    people: list[str] = []
    for match in sentence_triggers(ctx, sentence):
        if match.trigger.frame != Frame.CHAIR or is_planned(match.head):
            continue
        last = match.tokens[-1]
        if last.pos_ == "ADP":
            tokens = ctx.subtree(last)
        else:
            tokens = {i for c in match.head.children if c.dep_ == "agent" for i in ctx.subtree(c)} \
                or {i for s in _subjects(match.head) for i in ctx.subtree(s)}
        people += [k for k in _people_only(ctx, _agents_in(ctx, tokens)) if k not in people]
    return people


def _institutions_in_pairs(ctx: ItemContext, draft: Draft) -> list[Draft]:
    """ "Representatives of X, Y and Z met in Amman", the item naming none of their people: the subject
    joined three institutions or more, and each two of them met; X faces Y and Z in the encounter read,
    and Y and Z (not one of the other) meet in one of their own."""
    guests = [k for k in draft.guest if not any(_with_parents(ctx, k) & _with_parents(ctx, other) for other in draft.guest if other != k)]
    return [replace(draft, host=[a], guest=[b], others=[], groups=([a], [b]), joined=True, separate=False)
            for i, a in enumerate(guests) for b in guests[i + 1:]]


def _institutions_only(ctx: ItemContext, draft: Draft) -> bool:
    """States or organizations on both sides, none on both, and no person ("Representatives of X, Y and Z
    met": X on one side, Y and Z on the other)."""
    return bool(draft.host) and bool(draft.guest) and not set(draft.host) & set(draft.guest) \
        and all(ctx.entity(k).kind in INSTITUTIONS for k in draft.host + draft.guest)


def _two_institutions(ctx: ItemContext, draft: Draft) -> bool:
    """One state or organization on each side and no person ("consultations between the ministries of
    X and Y", "Delegations of X and Y met")."""
    return len(draft.host) == 1 and len(draft.guest) == 1 and draft.host != draft.guest \
        and all(ctx.entity(k).kind in INSTITUTIONS for k in draft.host + draft.guest)


def headline_meeting(ctx: ItemContext, drafts: list[Draft]) -> Draft | None:
    """ "President A receives Foreign Minister B" (the headline), over a body that does not report
    that encounter of A and B in words the rules read: the encounter, of the people the body names
    or describes (who the headline names), read from the lead sentence's date and place. Put after
    the body's encounters, it completes one of them that lacks a side ("The Minister is on a visit")
    and takes its day and place. None when a body's encounter already holds them all, or when the body
    tells an encounter of theirs as planned ("A will meet B next week")."""
    encounter = ctx.headline_encounter
    if encounter is None:
        return None
    before = [k for k in (_headline_person(ctx, h.name) for h in encounter.before) if k]
    after = [k for k in (_headline_person(ctx, h.name) for h in encounter.after) if k]
    if len(before) != len(encounter.before) or len(after) != len(encounter.after):
        return None  # a person the body neither names nor describes
    if after:
        host, guest = (after, before) if encounter.frame == Frame.VISIT else (before, after)
    elif len(before) >= 2 and encounter.frame in {Frame.MEET, Frame.CALL}:
        host, guest = before[:1], before[1:]  # "A, B hold talks in Rome"
    else:
        return None
    people = set(host + guest)
    if any(people <= set(d.host + d.guest) for d in drafts) or _planned_in_body(ctx, people):
        return None
    lead = next(iter(ctx.sentences), None)
    if lead is None:
        return None
    dates, place, venue = dates_near(ctx, lead, meeting=True, anchor=lead.start_char)
    return Draft(kind=encounter.kind, sentence=lead, host=host, guest=guest, dates=dates, place=place,
                 venue=venue, confidence=0.6)


def _headline_person(ctx: ItemContext, name: str) -> str | None:
    """The body's person a headline names: by that name, or by a family name alone ("President Addo")
    the one person of the body whose name ends with it."""
    key = ctx.table.find(EntityKind.PERSON, name)
    if key is not None or " " in name:
        return key
    family = normalize_name(name)
    people = [k for k, e in ctx.table.entities.items()
              if e.kind == EntityKind.PERSON and normalize_name(e.name).split()[-1:] == [family]]
    return people[0] if len(people) == 1 else None


def _planned_in_body(ctx: ItemContext, people: set[str]) -> bool:
    """A sentence of the body tells an encounter as planned or not held ("will meet", "is to visit",
    "did not meet"), naming one of `people` or nobody ("The two will meet again in June")."""
    for sentence in ctx.sentences:
        named = {m.key for m in ctx.mentions_in(sentence.start, sentence.end, PEOPLE)}
        if named and not named & people:
            continue
        if any(m.trigger.frame in {Frame.MEET, Frame.RECEIVE, Frame.VISIT, Frame.CALL} and is_planned(m.head)
               for m in sentence_triggers(ctx, sentence)):
            return True
    return False


def _each_of_their_own(ctx: ItemContext, draft: Draft, served: dict[str, set[str]]) -> bool:
    """ "The Prime Minister also received Ambassador of Chile A, Ambassador of Peru B and Ambassador of
    Mexico C", "also met the Prime Minister of Canada, A, the President of Indonesia, B, and ...": one
    person met a list of people the sentence introduces each with a state or organization of their own
    (none shared, and no state or organization their posts give shared either): one meeting with
    each, not one of all. People of one delegation, state or organization ("received A, Austria's
    Deputy Minister, and B, Austrian Ambassador to Morocco"), or named without one, stay together."""
    one, listed = _people_only(ctx, draft.host), _people_only(ctx, draft.guest)
    if len(one) != 1 or len(listed) < 2 or len(listed) != len(draft.guest):
        return False  # no one person who met a list of people
    if draft.kind in {EventKind.CREDENTIALS, EventKind.VISIT} or draft.awaiting or _of_each_pair(ctx, draft.sentence):
        return False  # "A, B and C held a trilateral meeting": one encounter of all three
    sentence = draft.sentence
    if any(ctx.lexicon.event_nouns.get(ctx.lemmas[t.i]) == EventKind.CONFERENCE
           and not any(ctx.lemmas[a.i] in ctx.lexicon.sidelines for a in t.ancestors) for t in sentence):
        # "hosted A and B at Camp David for a trilateral summit": one gathering of all (but "received A
        # and B on the sidelines of the summit": a meeting with each)
        return False
    people = ctx.mentions_in(sentence.start, sentence.end, PEOPLE)
    # the last mention of each ("the Prime Minister of Canada, A": the description is a mention of A too)
    lasts = [next((m for m in reversed(people) if m.key == k), None) for k in listed]
    if any(m is None for m in lasts) or lasts != sorted(lasts, key=lambda m: m.start):
        return False
    posted: set[str] = set()
    for key in listed:
        if served.get(key, set()) & posted:
            return False
        posted |= served.get(key, set())
    seen: set[str] = set()
    previous = max((m.end for m in people if m.key == one[0] and m.end <= lasts[0].start), default=sentence.start)
    for mention in lasts:
        own = {ctx.top_organization(m.key) if m.kind == EntityKind.ORGANIZATION else m.key
               for m in ctx.mentions_in(previous, mention.start, INSTITUTIONS)}
        if not own or own & seen:
            return False
        seen |= own
        previous = mention.end
    return True


PAIR_WORDS = frozenset({"two", "both"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})  # "the two ministers", "the two Prime Ministers"
LEADERS = frozenset({"leader", "head"})


def _described_pair(ctx: ItemContext, sentence: Span) -> Draft | None:
    """ "At the invitation of A, B is paying a state visit. On 14 May, the two heads of state held
    talks": an encounter the sentence reports between "the two" (or "both") of a plural title that
    names no one stands for the two people the item named before it, when it named exactly two."""
    if PAIR_WORDS.isdisjoint(ctx.lowers[sentence.start:sentence.end]):
        return None  # no "two" nor "both": no pair of a title (`_pair_of_title` reads within the sentence)
    tokens = ctx.tokens[sentence.start:sentence.end]
    described = next((t for t in tokens[1:] if t.tag_ in PLURAL_TAGS and _pair_of_title(ctx, t)), None)
    if described is None or ctx.mentions_in(sentence.start, sentence.end, PEOPLE):
        return None
    encounters = [m for m in sentence_triggers(ctx, sentence) if m.trigger.frame in {"meet", "call"}
                  and not is_planned(m.head)]
    nominal = [t for t in tokens if t.i > described.i and ctx.lemmas[t.i] in ctx.lexicon.encounter_nouns and not _unreal(t)
               and not any(c.lower_ in PLANNED_WORDS for c in t.children)]
    if not encounters and not nominal:
        return None
    people = list(dict.fromkeys(m.key for m in ctx.mentions_in(0, sentence.start, PEOPLE)))
    if len(people) != 2:
        return None
    kind = encounters[0].trigger.kind if encounters else ctx.lexicon.encounter_nouns[ctx.lemmas[nominal[0].i]]
    return Draft(kind=kind, sentence=sentence, host=people[:1], guest=people[1:], confidence=0.6)


def _pair_met_another(ctx: ItemContext, draft: Draft, match: TriggerMatch, drafts: list[Draft]) -> None:
    """ "A held talks with B. The two ministers also met with C": "the two" of a plural title that
    names no one, as the subject of an encounter with someone else, are the two people of the
    encounter reported last; C met them both, in an encounter of its own kept apart from theirs."""
    if not draft.awaiting or not any(t.tag_ in PLURAL_TAGS and _pair_of_title(ctx, t) for t in _subject_tokens(match)):
        return
    before = [d for d in drafts if d.sentence.start < draft.sentence.start]
    pair = _people_only(ctx, before[-1].host) + _people_only(ctx, before[-1].guest) if before else []
    others = [k for k in _people_only(ctx, draft.host + draft.guest) if k not in pair]
    if len(pair) != 2 or not others:
        return
    draft.host, draft.guest, draft.groups, draft.awaiting, draft.joined = others, pair, ([], []), None, True


def _pair_of_title(ctx: ItemContext, plural: Token) -> bool:
    """ "the two ministers", "both heads of state", "the two prime ministers": a title in the plural
    (its modifiers included) right after "two" or "both"."""
    for start in range(plural.i - 1, max(plural.i - 4, ctx.sentence_at(plural.i).start) - 1, -1):
        if ctx.lowers[start] in PAIR_WORDS:
            words = [t.text for t in ctx.tokens[start + 1:plural.i]] + [singular(plural.text)]
            return start == plural.i - 1 and ctx.lemmas[plural.i] in LEADERS \
                or ctx.gazetteer.role(" ".join(words).title()) is not None
        if not ctx.tokens[start].is_alpha or ctx.tokens[start].dep_ not in {"compound", "amod"} \
                or ctx.mention_at(start) is not None:
            return False  # "the two ICESCO representatives": two of one side
    return False


def _one_by_one(draft: Draft) -> list[Draft]:
    """A meeting with a list of people met one by one is one meeting with each of them."""
    if not draft.separate:
        return [draft]
    listed = draft.guest if draft.kind != EventKind.VISIT else draft.host
    return [replace(draft, host=[k] if listed is draft.host else list(draft.host),
                    guest=[k] if listed is draft.guest else list(draft.guest),
                    groups=(list(draft.groups[0]), list(draft.groups[1])), separate=False) for k in listed]


def _add_companions(ctx: ItemContext, drafts: list[Draft], served: dict[str, set[str]]) -> None:
    """ "The Chairperson was accompanied by A" / "X, accompanied by A, received Y": A joins the side
    of the person accompanied, in the latest meeting (up to this sentence) that person took part in.
    "The leaders were accompanied by A and B": each joins the side of the latest meeting whose people
    serve the state or organization they serve. "X, along with A, met Y" / "Together with A, X received
    Y": A joins X's side of that sentence's own meeting."""
    lowers, lemmas = ctx.lowers, ctx.lemmas
    for i, token in enumerate(ctx.tokens):
        if lowers[i] == "with" and i > 0 and lowers[i - 1] in COMPANY_WORDS:
            _add_company(ctx, drafts, token)
        if lemmas[i] != "accompany":
            continue
        by = [c for c in token.children if c.dep_ == "agent"]
        if not by:
            continue
        companions = _people_only(ctx, _agents_in(ctx, ctx.subtree(by[0])))
        if token.dep_ == "ROOT":
            # the parse often hangs "..., Ambassador B" (or a title's "for ...", and the names after it)
            # off the verb: the rest of the sentence but its clauses
            clauses = {i for c in token.children if c.dep_ in {"advcl", "ccomp", "xcomp", "parataxis"}
                       or c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for i in ctx.subtree(c)}
            rest = set(range(by[0].i, ctx.sentence_at(token.i).end)) - clauses
            companions = _people_only(ctx, _agents_in(ctx, rest))
        if token.dep_ in {"acl", "advcl", "relcl"} and token.head.pos_ in {"NOUN", "PROPN"}:
            principal_tokens = ctx.subtree(token.head) - ctx.subtree(token)
            verb = token.head.head
            if verb.i > token.i and verb.pos_ in {"VERB", "AUX"}:
                # "A, who was accompanied by B, and C, thanked ...": the parse hangs the last companions
                # on A; the clause runs up to the verb A is the subject of
                principal_tokens = {i for i in principal_tokens if i < token.i}
                companions = _people_only(ctx, _agents_in(ctx, set(range(by[0].i, verb.i))))
        elif token.dep_ == "advcl":
            principal_tokens = {t.i for s in _subjects(token.head) for t in s.subtree}
        else:
            principal_tokens = {t.i for s in _subjects(token) for t in s.subtree}
        principals = _people_only(ctx, _agents_in(ctx, principal_tokens))
        if not principals and companions and _group_of_people(ctx, [ctx.tokens[i] for i in principal_tokens]):
            _accompany_both_sides(ctx, drafts, token, companions, served)
            continue
        if len(principals) != 1 or not companions:
            continue
        draft = next((d for d in reversed(drafts) if d.sentence.start <= token.i
                      and principals[0] in d.host + d.guest), None)
        if draft is None:
            continue
        side = draft.host if principals[0] in draft.host else draft.guest
        side.extend(k for k in companions if k not in draft.host + draft.guest)


def _accompany_both_sides(ctx: ItemContext, drafts: list[Draft], token: Token, companions: list[str],
                          served: dict[str, set[str]]) -> None:
    """ "The leaders were accompanied by the Ministers of Foreign Affairs of X, A, and of Y, B": the group
    accompanied names no one, so each companion joins the side of the latest meeting of people (up to
    this sentence) that serves what they serve; one who fits neither side joins none."""
    draft = next((d for d in reversed(drafts) if d.sentence.start <= token.i
                  and _people_only(ctx, d.host) and _people_only(ctx, d.guest)), None)
    if draft is not None:
        place_attendees(ctx, draft, companions, served, [])


def _add_company(ctx: ItemContext, drafts: list[Draft], token: Token) -> None:
    """ "X, along with A, met Y", "Together with A, X received Y": the people of the "with" phrase
    (`token`) come with the one subject of the verb it belongs to, when it comes before that verb and
    the sentence's own meeting holds the subject."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i < token.i:
        return
    companions = _people_only(ctx, _agents_in(ctx, ctx.subtree(token)))
    principals = [k for k in _people_only(ctx, _agents_in(ctx, {t.i for s in _subjects(verb) for t in s.subtree}))
                  if k not in companions]
    if len(principals) != 1 or not companions:
        return
    draft = next((d for d in drafts if d.sentence.start <= token.i < d.sentence.end and principals[0] in d.host + d.guest), None)
    if draft is not None:
        side = draft.host if principals[0] in draft.host else draft.guest
        side.extend(k for k in companions if k not in draft.host + draft.guest)

