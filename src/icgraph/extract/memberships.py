"""Memberships of countries (or organizations) in intergovernmental organizations.

"Ghana, a member state of the African Union", "A, B and C, members of ORG", "ORG member states A,
B and C", "the member states of ORG, namely A and B", "X joined ORG", "X's accession to ORG",
"X became the eleventh member of ORG", "X was admitted to ORG", "ORG welcomed X as its new member",
"X's membership in ORG", "ORG has 18 members, including A and B", "ORG's members include A and B",
and "member countries A and B" of the organization the item named before (an organ that speaks for
its organization, `speaking_organs.txt`, stands for it: "The ASEAN Secretariat ... Member States A
and B"), else of the one its headline names.
The phrasings are templates in `data/extraction/membership_phrases.txt`, matched over the tokens of
a sentence with the item's entity mentions standing in for the slots; adverbs and dates ("Sweden
today became", "X on Monday was admitted") are left out of the sentence first. A clause that speaks
of observers, partners, candidates, plans, negation or leaving (`membership_blockers.txt`) states no
membership.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import ENT_TYPE, POS, TAG
from spacy.symbols import ADP
from spacy.tokens import Span

from icgraph.errors import InputError
from icgraph.extract.context import ItemContext, Mention
from icgraph.extract.gazetteer import KnownOrganization
from icgraph.extract.lexicon import EXTRACTION_DIR, singular
from icgraph.extract.organizations import add_known_organization
from icgraph.model import Entity, EntityKind, Membership, OrgType

SLOT_PATTERNS = {
    "{member}": r"(?P<members>[CO]\d+)",
    "{members}": r"(?P<members>[CO]\d+(?: (?:, and|,|and)(?: the)? [CO]\d+)*)",  # "A, the Philippines and B"
    "{org}": r"(?:the )?(?P<org>O\d+)",
    "{nth}": r"\w+",
    "{count}": r"[\w-]+",  # "18", "eighteen", "twenty-seven"
}
MEMBER_SLOTS = frozenset({"{member}", "{members}"})
SLOT_LETTERS = {EntityKind.COUNTRY: "C", EntityKind.ORGANIZATION: "O"}  # the placeholders slots accept
ADVERB_TAGS = frozenset({"RB", "RBR", "RBS"})
PASSED_OVER = frozenset({OrgType.GOVERNMENT, OrgType.UNIT})
PLACEHOLDER = re.compile(r"[CO]\d+")
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–"})
POSSESSIVE = frozenset({"'s", "'"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
ACTIVITY_PREPOSITIONS = frozenset({"in", "for"})


@dataclass(frozen=True)
class Phrase:
    """One membership template compiled to a regular expression over a sentence skeleton."""

    pattern: re.Pattern
    confidence: float
    member_leads: bool  # the template starts with the member slot, followed by a verb or "'s"
    org_ends: bool  # the organization slot closes the template
    names_org: bool  # else the organization is the one the item named before ("Member countries A and B")
    needs: tuple[frozenset[str], ...]  # per word the template requires, its choices, the rarest first

    def may_match(self, words: frozenset[str]) -> bool:
        """Whether every word the template requires is in the skeleton (most sentences lack one):
        without, the pattern cannot match. The rarest word ("joined", not ",") is tried alone first:
        most sentences lack it."""
        needs = self.needs
        if needs and needs[0].isdisjoint(words):
            return False
        return all(not choices.isdisjoint(words) for choices in needs[1:])


def _compile(template: str) -> re.Pattern:
    """Each word of the skeleton is preceded by a space, so every part starts with one."""
    parts = []
    for word in template.split():
        optional = word.endswith("?") and len(word) > 1
        if word.rstrip("?") in SLOT_PATTERNS:
            parts.append(f"(?: {SLOT_PATTERNS[word.rstrip('?')]})" + ("?" if optional else ""))
            continue
        choices = "|".join(re.escape(w) for w in word.rstrip("?").split("/"))
        parts.append(f"(?: (?:{choices}))" + ("?" if optional else ""))
    return re.compile("".join(parts) + "(?= |$)")


def _phrase(line: str, where: str) -> Phrase:
    """A template row: the template, TAB, its confidence; a malformed row fails loudly."""
    fields = line.split("\t")
    words = fields[0].split()
    slots = {word.rstrip("?") for word in words if word.startswith("{")}
    if len(fields) != 2 or not slots & MEMBER_SLOTS or not slots <= SLOT_PATTERNS.keys():
        raise InputError(f"{where}: expected a template with a member slot and known slots, TAB, a confidence")
    return Phrase(pattern=_compile(fields[0]), confidence=float(fields[1]),
                  member_leads=words[0] in MEMBER_SLOTS and len(words) > 1 and words[1] != ",",
                  org_ends=words[-1] == "{org}", names_org="{org}" in slots,
                  needs=_rarest_first(frozenset(word.split("/")) for word in words
                                      if word not in SLOT_PATTERNS and not (word.endswith("?") and len(word) > 1)))


def _rarest_first(needs: Iterable[frozenset[str]]) -> tuple[frozenset[str], ...]:
    """The required words of a template, those whose choices are all long words first ("member/members"
    before "of" and ","): a long word is a rare one."""
    return tuple(sorted(needs, key=lambda choices: -min(map(len, choices))))


def _lines(path: Path) -> list[tuple[str, str]]:
    """The rows of a data file with where each is ("file:line")."""
    return [(line, f"{path}:{number}") for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Phrases:
    templates: tuple[Phrase, ...]
    blockers: frozenset[str]  # lowercased words or lemmas that, in a phrase's clause, block it
    words: frozenset[str]  # the words some template requires ("namely"): a skeleton keeps them even as adverbs
    speaking_organs: frozenset[str]  # head words of organs whose member states are their organization's
    by_rarest_word: dict[str, tuple[int, ...]]  # each choice of a template's rarest word -> those templates' places
    needing_nothing: tuple[int, ...]  # the places of the templates that require no word

    def may_match(self, words: frozenset[str]) -> tuple[Phrase, ...]:
        """The templates whose required words are all among `words`, in their order: only those with a
        choice of their rarest word among them are asked ("joined" opens few sentences)."""
        places = set(self.needing_nothing)
        for word in words & self.by_rarest_word.keys():
            places.update(self.by_rarest_word[word])
        templates = self.templates
        return tuple(templates[place] for place in sorted(places) if templates[place].may_match(words))


def _by_rarest_word(templates: tuple[Phrase, ...]) -> dict[str, tuple[int, ...]]:
    places: dict[str, list[int]] = {}
    for place, phrase in enumerate(templates):
        for choice in phrase.needs[0] if phrase.needs else ():
            places.setdefault(choice, []).append(place)
    return {word: tuple(found) for word, found in places.items()}


@lru_cache(maxsize=4)
def load_phrases(directory: Path = EXTRACTION_DIR) -> Phrases:
    """The membership templates, the blocking words and the speaking organs of `directory`."""
    templates = tuple(_phrase(line, where) for line, where in _lines(directory / "membership_phrases.txt"))
    blockers = frozenset(line.strip().lower() for line, _ in _lines(directory / "membership_blockers.txt"))
    required = frozenset(choice for phrase in templates for choices in phrase.needs for choice in choices)
    organs = frozenset(line.strip().lower() for line, _ in _lines(directory / "speaking_organs.txt"))
    return Phrases(templates=templates, blockers=blockers, words=required, speaking_organs=organs,
                   by_rarest_word=_by_rarest_word(templates),
                   needing_nothing=tuple(place for place, phrase in enumerate(templates) if not phrase.needs))


def _set_aside(ctx: ItemContext, kept: frozenset[str]) -> frozenset[int]:
    """The tokens the templates read a sentence without: an adverb no template requires ("today",
    "formally"), a date's word, and the preposition opening a date ("on Monday", "in 2006"). Read
    from the parse's columns at once."""
    if not len(ctx.doc):
        return frozenset()
    strings = ctx.doc.vocab.strings
    tags, ents, pos = ctx.doc.to_array([TAG, ENT_TYPE, POS]).T
    dated = ents == strings["DATE"]
    dated[:-1] |= (pos[:-1] == ADP) & dated[1:]  # and the preposition that opens a date
    adverb = numpy.zeros_like(dated)
    for tag in ADVERB_TAGS:
        adverb |= tags == strings[tag]
    lowers = ctx.lowers
    return frozenset(numpy.flatnonzero(dated).tolist()) \
        | {i for i in numpy.flatnonzero(adverb).tolist() if lowers[i] not in kept}


def _skeleton(ctx: ItemContext, sentence: Span, aside: frozenset[int]) -> tuple[str, dict[str, Mention], list[int]]:
    """The sentence as lowercased words with "C<n>"/"O<n>" for countries and organizations (other
    mentions become "P<n>", which no slot accepts), the tokens `aside` left out; also the
    placeholder -> mention map and the token index where each skeleton word starts."""
    words: list[str] = []
    starts: list[int] = []
    mentions: dict[str, Mention] = {}
    i, end = sentence.start, sentence.end
    texts, lowers, mention_at = ctx.texts, ctx.lowers, ctx.mention_at
    while i < end:
        mention = mention_at(i)
        if mention is not None and mention.start == i:
            letter = SLOT_LETTERS.get(mention.kind, "P")
            name = f"{letter}{len(words)}"
            mentions[name] = mention
            words.append(name)
            starts.append(i)
            i = mention.end
            continue
        if not texts[i].isspace() and i not in aside:  # token.is_space
            words.append(lowers[i].replace("’", "'"))
            starts.append(i)
        i += 1
    return (" " + " ".join(words) if words else ""), mentions, starts


def _is_intergovernmental(ctx: ItemContext, key: str) -> bool:
    entity = ctx.entity(key)
    return entity.kind == EntityKind.ORGANIZATION and entity.org_type == OrgType.INTERGOVERNMENTAL


def _can_be_member(ctx: ItemContext, key: str) -> bool:
    return ctx.entity(key).kind == EntityKind.COUNTRY or _is_intergovernmental(ctx, key)


def _clause(sentence: Span, start: int, end: int) -> range:
    """Token indices of the clause around tokens [start, end): out to the nearest breaks."""
    while start > sentence.start and sentence.doc[start - 1].text not in CLAUSE_BREAKS:
        start -= 1
    while end < sentence.end and sentence.doc[end].text not in CLAUSE_BREAKS:
        end += 1
    return range(start, end)


def _blocked(sentence: Span, tokens: range, blockers: frozenset[str]) -> bool:
    doc = sentence.doc
    return any((doc[i].lower_ in blockers or doc[i].lemma_.lower() in blockers) and doc[i].ent_type_ != "DATE"
               for i in tokens)


def _member_is_modifier(sentence: Span, first: Mention) -> bool:
    """"the Ambassador of X joined ORG": the subject is someone of X, not X."""
    if first.start == sentence.start:
        return False
    before = sentence.doc[first.start - 1]
    return before.pos_ == "ADP" or before.text.replace("’", "'") in POSSESSIVE


def _org_continues(sentence: Span, org: Mention, clause_end: int) -> bool:
    """"joined the ORG delegation", "joined ORG's summit": the organization only modifies a noun;
    "joined ORG (and B) in celebrating ...": a companion in an activity, not a new member."""
    if org.end >= sentence.end:
        return False
    doc = sentence.doc
    after = doc[org.end]
    if after.text.replace("’", "'") in POSSESSIVE or after.pos_ in NOUN_TAGS:
        return True
    return any(doc[i].lower_ in ACTIVITY_PREPOSITIONS and doc[i + 1].tag_ == "VBG" for i in range(org.end, clause_end - 1))


def _organization_before(ctx: ItemContext, token: int, organs: frozenset[str]) -> str | None:
    """The organization the item named last before `token`, if intergovernmental: the one whose members
    a list without an organization names ("Member countries A and B"). An organ that speaks for its
    organization (its secretariat, its commission) stands for it; governments, units and other organs
    of an intergovernmental organization have no member states of their own and are passed over;
    another body (a federation, a company) has members of its own, so none is read. With no
    organization named before, the one the headline names."""
    for mention in reversed(ctx.mentions_in(0, token, frozenset({EntityKind.ORGANIZATION}))):
        entity = ctx.entity(mention.key)
        if entity.org_type == OrgType.INTERGOVERNMENTAL and _organ(ctx, entity):
            if (spoken_for := _spoken_for(ctx, entity, organs)) is not None:
                return spoken_for
            continue
        if entity.org_type in PASSED_OVER:
            continue
        return mention.key if entity.org_type == OrgType.INTERGOVERNMENTAL else None
    return _headline_organization(ctx, organs)


def _spoken_for(ctx: ItemContext, organ: Entity, organs: frozenset[str]) -> str | None:
    """The organization an organ named with a speaking head word stands for ("ASEAN Secretariat")."""
    words = organ.name.split()
    if not words or singular(words[-1].lower()) not in organs:
        return None
    if organ.parent is not None:
        return organ.parent
    parent = _organization_of_organ(ctx, organ)
    return add_known_organization(ctx, parent, parent.name) if parent is not None else None


def _headline_organization(ctx: ItemContext, organs: frozenset[str]) -> str | None:
    """The one intergovernmental organization the headline names (an organ that speaks for one, that
    one), added to the item's entities: "ECOWAS: ministers agree ..." over "The member states, including
    A and B, agreed ..."."""
    found = {}
    for match in ctx.gazetteer.find(ctx.item.title or "", (EntityKind.ORGANIZATION,)):
        known = match.entry
        if known.parent is not None and singular(known.name.split()[-1].lower()) in organs:
            known = ctx.gazetteer.organization_by_id(known.parent) or known
        if known.org_type == OrgType.INTERGOVERNMENTAL and known.parent is None:
            found.setdefault(known.id, (known, match.text))
    if len(found) != 1:
        return None
    known, surface = next(iter(found.values()))
    return add_known_organization(ctx, known, surface)


def _organ(ctx: ItemContext, entity: Entity) -> bool:
    """Whether the organization belongs to another ("ASEAN Secretariat", "UN General Assembly")."""
    return bool(entity.parent) or _organization_of_organ(ctx, entity) is not None


def _organization_of_organ(ctx: ItemContext, entity: Entity) -> KnownOrganization | None:
    """The known organization an organ belongs to: its parent in the gazetteer, or the one its name
    opens with, before an organ's head word ("SADC Secretariat")."""
    known = ctx.gazetteer.organization_by_id(entity.gazetteer_id) if entity.gazetteer_id else None
    if known is not None:
        return ctx.gazetteer.organization_by_id(known.parent) if known.parent else None
    opening, _, head = entity.name.rpartition(" ")
    if singular(head.lower()) not in ctx.lexicon.organ_heads:
        return None
    found = ctx.gazetteer.find(opening, (EntityKind.ORGANIZATION,))
    return found[0].entry if len(found) == 1 and found[0].text == opening else None


def _word_before(skeleton: str, at: int) -> str:
    words = skeleton[:at].split()
    return words[-1] if words else ""


def _organization(ctx: ItemContext, phrase: Phrase, found: re.Match, mentions: dict[str, Mention],
                  skeleton: str, first_token: int, organs: frozenset[str]) -> str | None:
    """The organization a match names, else (the template names none) the one named before, unless
    the match follows an organization or a possessive that its member noun belongs to."""
    if phrase.names_org:
        return mentions[found.group("org")].key
    before = _word_before(skeleton, found.start())
    if PLACEHOLDER.fullmatch(before) or before in POSSESSIVE:
        return None
    return _organization_before(ctx, first_token, organs)


def _matches(ctx: ItemContext, sentence: Span, phrase: Phrase, phrases: Phrases,
             skeleton_of_sentence: tuple[str, dict[str, Mention], list[int]]) -> list[tuple[str, str]]:
    skeleton, mentions, starts = skeleton_of_sentence
    pairs = []
    for found in phrase.pattern.finditer(skeleton):
        first_word = len(skeleton[:found.start()].split())
        last_word = len(skeleton[:found.end()].split()) - 1
        org = _organization(ctx, phrase, found, mentions, skeleton, starts[first_word], phrases.speaking_organs)
        members = [mentions[name] for name in PLACEHOLDER.findall(found.group("members"))]
        if org is None or not _is_intergovernmental(ctx, org):
            continue
        if phrase.member_leads and _member_is_modifier(sentence, members[0]):
            continue
        named = mentions[found.group("org")] if phrase.names_org else None
        org_end = named.end if named is not None else sentence.start
        clause = _clause(sentence, starts[first_word], max(org_end, members[-1].end, starts[last_word] + 1))
        if named is not None and phrase.org_ends and _org_continues(sentence, named, clause.stop):
            continue
        if _blocked(sentence, clause, phrases.blockers):
            continue
        pairs += [(m.key, org) for m in members if m.key != org and _can_be_member(ctx, m.key)]
    return pairs


def _sentences_naming_organizations(ctx: ItemContext) -> frozenset[int]:
    """The starts of the sentences that hold a whole mention of an organization, found in one pass over
    the mentions."""
    starts = set()
    for mention in ctx.mentions:
        if mention.kind == EntityKind.ORGANIZATION:
            sentence = ctx.sentence_at(mention.start)
            if mention.end <= sentence.end:
                starts.add(sentence.start)
    return frozenset(starts)


def _templates_for(ctx: ItemContext, sentence: Span, phrases: Phrases, names_organization: bool) -> tuple[Phrase, ...]:
    """All templates for a sentence naming an organization; else those that take the organization
    named before, when the sentence has the words they need."""
    if names_organization:
        return phrases.templates
    words = frozenset(ctx.lowers[sentence.start:sentence.end])
    return tuple(phrase for phrase in phrases.may_match(words) if not phrase.names_org)


def _still_matching(phrases: Phrases, templates: tuple[Phrase, ...], words: frozenset[str]) -> tuple[Phrase, ...]:
    """Those of a sentence's `templates` whose required words its skeleton has: all templates are
    looked up by their rarest word, a few taken from a sentence naming no organization are asked."""
    if templates is phrases.templates:
        return phrases.may_match(words)
    return tuple(phrase for phrase in templates if phrase.may_match(words))


def find_memberships(ctx: ItemContext) -> list[Membership]:
    """Memberships the item states, one per (member, organization), with the first sentence saying so."""
    phrases = load_phrases()
    found: dict[tuple[str, str], Membership] = {}
    aside: frozenset[int] | None = None
    naming_organizations = _sentences_naming_organizations(ctx)  # (reading memberships adds entities, no mention)
    for sentence in ctx.sentences:
        templates = _templates_for(ctx, sentence, phrases, sentence.start in naming_organizations)
        if not templates:
            continue
        aside = _set_aside(ctx, phrases.words) if aside is None else aside
        skeleton_of_sentence = _skeleton(ctx, sentence, aside)
        words = frozenset(skeleton_of_sentence[0].split())
        for phrase in _still_matching(phrases, templates, words):
            for member, organization in _matches(ctx, sentence, phrase, phrases, skeleton_of_sentence):
                if (member, organization) not in found:
                    found[(member, organization)] = Membership(member=member, organization=organization,
                                                               evidence=ctx.evidence(sentence, phrase.confidence))
    return list(found.values())
