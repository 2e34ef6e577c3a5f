"""Agreements (memoranda of understanding, agreements, letters of intent, protocols ...) that were
signed, with their parties and signatories.

Parties are read from the subject ("A and B signed"), from "between A and B", from "on behalf of A",
and else from the organizations of the signatories' posts. A later sentence about "the MoU" adds to
the agreement already found. "agreed to sign", "will sign" are plans, not signings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from operator import attrgetter

from spacy.tokens import Span, Token

from icgraph.extract.activities import _counted_people, dateline_tokens
from icgraph.extract.assembly import affiliations, side_affiliation
from icgraph.extract.context import ItemContext, Mention, credit_only
from icgraph.extract.dating import EventDates, dates_near, vaguely_timed
from icgraph.extract.events import Draft, _agents_in, _subjects, _token_set, encounter_kind, place_filed_from
from icgraph.extract.headline import ENCOUNTER_FRAMES, PLANNING_WORDS, headline_words, trigger_starts
from icgraph.extract.lexicon import singular
from icgraph.extract.organizations import add_country, add_known_organization, city_of_government, names_instrument, \
    organization_type
from icgraph.extract.triggers import is_planned, sentence_triggers
from icgraph.model import Agreement, AgreementKind, EntityKind, EventKind, OrgType, Post, Role
from icgraph.textnorm import normalize_name, unify_punctuation


ATTENDING = frozenset({"attend", "witness", "present"})
PRESIDING = frozenset({"preside", "oversee"})  # "the two ministers presided over the signing"
CEREMONY_WORDS = frozenset({"ceremony", "signing"})
PLACES = frozenset({EntityKind.PLACE, EntityKind.COUNTRY})


@dataclass
class AgreementDraft:
    kind: AgreementKind
    sentence: Span
    title: str
    parties: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    counterparts: list[str] = field(default_factory=list)  # attended the signing for another party
    witnesses: list[str] = field(default_factory=list)  # "Witnessed by A, ... was signed between B and C"
    # signatories and witnesses on the sides of the two parties they serve ("signed ... in the presence of
    # the two presidents"): one encounter of both parties' people
    sides: tuple[list[str], list[str]] | None = None
    dates: EventDates | None = None
    stated: bool = False  # the date is written in the sentence that reports the signing
    place: str | None = None
    venue: str | None = None


def _terms_in(ctx: ItemContext, sentence: Span) -> list[tuple[AgreementKind, str, int]]:
    """The instruments a sentence names, the longest term wherever two overlap."""
    written = ctx.text_of(sentence.start, sentence.end)  # sentence.text, without a Token per word
    text = written.lower()
    found: list[tuple[AgreementKind, str, int]] = []
    lex = ctx.lexicon
    if not names_instrument(ctx, text):
        return found
    taken: set[int] = set()
    matchers = lex.agreement_term_matchers
    for term, kind in lex.agreement_terms:
        needle, pattern = matchers[term]
        if needle not in text:  # what the pattern needs: most sentences name no agreement
            continue
        for match in pattern.finditer(text):
            if term in lex.noun_only_terms and not _lower_case_noun(ctx, sentence, written, match):
                continue
            if term in lex.exchanged_terms and not _exchanged_for_instrument(ctx, sentence, match, term):
                continue
            if taken.isdisjoint(range(match.start(), match.end())):
                taken.update(range(match.start(), match.end()))
                found.append((kind, written[match.start():match.end()], sentence.start_char + match.start()))
    return found


def _term_token(ctx: ItemContext, sentence: Span, match: re.Match) -> Token | None:
    """The token a term's match in the sentence's text begins with, if one does."""
    index = ctx.token_starting_at(sentence.start_char + match.start())
    return ctx.tokens[index] if index is not None else None


def _lower_case_noun(ctx: ItemContext, sentence: Span, written: str, match: re.Match) -> bool:
    """The term is written in lower case and tagged a noun: "signed a loan", not "Olivia Grant"
    nor "agreed to grant"."""
    token = _term_token(ctx, sentence, match)
    return written[match.start():match.end()].islower() and token is not None and token.pos_ == "NOUN"


def _exchanged_for_instrument(ctx: ItemContext, sentence: Span, match: re.Match, term: str) -> bool:
    """ "The Governments of X and Y exchanged notes on a grant of ...": the plural object of "exchange"
    whose own words name another instrument; not "exchanged notes on the situation"."""
    token = _term_token(ctx, sentence, match)
    if token is None or token.tag_ != "NNS" or token.dep_ != "dobj" or token.head.lemma_.lower() != "exchange":
        return False
    words = ctx.text_of(token.i + 1, token.right_edge.i + 1).lower()
    return any(pattern.search(words) for other, (_, pattern) in ctx.lexicon.agreement_term_matchers.items()
               if other != term)


def _word_at(sentence: Span, char: int) -> Token | None:
    """The sentence's token that covers character `char` of the text (or the space after it): the first
    that does of the last three tokens starting at or before it, found by bisection ("(MoU": "(" reaches
    the character after it, where "MoU" starts; no earlier token reaches so far)."""
    words = tuple(sentence)
    last = bisect_right(words, char, key=attrgetter("idx"))
    return next((t for t in words[max(0, last - 3):last] if char < t.idx + len(t.text) + 1), None)


def _nearest_term(head: Token, sentence: Span, terms: list[tuple[AgreementKind, str, int]]):
    """Of the instruments a sentence names, the one the signing verb acts on most directly
    ("Recalling the MoU signed in 2019, A and B signed a protocol": the protocol)."""
    if len(terms) == 1:
        return terms[0]  # most sentences name one

    def distance(char: int) -> int:
        node = _word_at(sentence, char)
        steps = 0
        while node is not None and node.i != head.i and node.head.i != node.i:
            node, steps = node.head, steps + 1
        return steps if node is not None and node.i == head.i else len(sentence)
    return min(terms, key=lambda term: distance(term[2]))


DEFINITE = frozenset({"the", "this", "that", "these", "those", "both"})


def _phrase_noun(word: Token) -> Token:
    """The noun a word of an instrument's name modifies, itself if none: "a framework [agreement]",
    "the joint [declaration]", "a loan [agreement]"."""
    while word.dep_ in {"compound", "amod", "nmod"} and word.head.i > word.i:
        word = word.head
    return word


def _definite(sentence: Span, char: int) -> bool:
    """The instrument is one already named: "the MoU", "this agreement", "The grant agreement"
    (a determiner of the noun phrase, over its modifiers)."""
    term = _word_at(sentence, char)
    if term is None:
        return False
    node = _phrase_noun(term)
    return any(c.dep_ in {"det", "predet"} and c.lower_ in DEFINITE for c in node.children) or \
        sentence.text[max(0, char - 5 - sentence.start_char):char - sentence.start_char].lower().endswith(("the ", "this "))


def _governs_instrument(head: Token, sentence: Span, char: int) -> bool:
    """The signing verb acts on the instrument the sentence names: its object, passive subject or
    a phrase it governs ("concluded an agreement", "entered into a memorandum", "the protocol was
    initialled"); not "the agreement entered into force", "concluded talks ... the agreement"
    elsewhere in the sentence. A verb whose object names no instrument ("signed yesterday") stands
    for the instrument of its sentence."""
    term = _word_at(sentence, char)
    if term is None:
        return False
    if head.pos_ not in {"VERB", "AUX"} or term in head.ancestors:
        return True  # "the signing of the MoU", "the MoU, signed by ..."
    subjects = {t.i for c in head.children if c.dep_ in {"nsubj", "csubj"} for t in c.subtree}
    if term.i in subjects:
        return False
    if term in head.subtree:
        # "the meeting concluded with an agreement to collaborate": an outcome, not an instrument
        branch = next(c for c in head.children if term in c.subtree or c.i == term.i)
        return not (branch.dep_ == "prep" and branch.lower_ == "with")
    return not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "into" for c in head.children)


SIGNING_FRAMES = frozenset({"sign", "adopt"})


def _acts_on(ctx: ItemContext, head: Token, sentence: Span, char: int) -> bool:
    """A verb of the frame `adopt` reports a signing only of the instrument it takes as its object or
    passive subject ("adopted a joint declaration", "renewed their memorandum", "a framework agreement
    ... was finalised", "the agreements were exchanged", "ratified the agreement"), or, said by a noun,
    its "of" phrase ("the ratification of the agreement"); not "adopted the agenda of the agreement's committee" nor
    "extended an invitation to sign the agreement"."""
    term = _word_at(sentence, char)
    term = _phrase_noun(term) if term is not None else None
    if term is not None and head.pos_ == "NOUN" and term.dep_ == "pobj" and term.head.lower_ == "of":
        return term.head.head.i == head.i  # "the ratification of the agreement between X and Y"
    if term is not None and term.dep_ == "pobj" and term.head.lower_ == "of" \
            and term.head.head.lower_ in ctx.lexicon.words_for("reference"):
        term = term.head.head  # "exchanged the signed documents of the grant agreement"
    return term is not None and term.head.i == head.i and term.dep_ in {"dobj", "nsubjpass"}


def _unsigned(ctx: ItemContext, head: Token, sentence: Span, char: int) -> bool:
    """The instrument is on its way, not signed: the verb reaches it through a word of negotiation
    or preparation ("concluded the fourth round of negotiations on a free trade agreement"), or such
    a word qualifies it ("finalised the draft memorandum")."""
    words = ctx.lexicon.words_for("unsigned")
    term = _word_at(sentence, char)
    if term is None:
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in words for c in term.children):
        return True
    node = term
    while node.i != head.i and node.head.i != node.i:
        node = node.head
        if node.i != head.i and node.lower_ in words:
            return True
    return False


def _between(ctx: ItemContext, sentence: Span) -> list[str]:
    for token in sentence:
        if token.lower_ == "between" and token.dep_ == "prep":
            return [k for k in _agents_in(ctx, _token_set(token.subtree)) if ctx.entity(k).kind != EntityKind.PERSON]
    return []


def _on_behalf(ctx: ItemContext, sentence: Span) -> list[str]:
    out = []
    for token in sentence:
        if token.lower_ == "behalf" and token.i + 1 < len(sentence.doc) and sentence.doc[token.i + 1].lower_ == "of":
            of = sentence.doc[token.i + 1]
            out += [k for k in _agents_in(ctx, _token_set(of.subtree)) if ctx.entity(k).kind != EntityKind.PERSON]
    return out


def _top(ctx: ItemContext, keys: list[str]) -> list[str]:
    out: list[str] = []
    for key in keys:
        entity = ctx.entity(key)
        if entity.kind == EntityKind.ORGANIZATION:
            key = ctx.as_state(ctx.top_organization(key))
        if key not in out:
            out.append(key)
    return out


def find_agreements(ctx: ItemContext, posts: list[Post]) -> list[AgreementDraft]:
    drafts: list[AgreementDraft] = []
    post_orgs: dict[str, list[str]] = {}
    for post in posts:
        if post.organization:
            post_orgs.setdefault(post.person, []).append(post.organization)
    for sentence in ctx.sentences:
        terms = _terms_in(ctx, sentence)
        if not terms:
            if drafts:
                _continue_signing(ctx, drafts[-1], sentence, post_orgs)
                _present_at_signing(ctx, drafts[-1], sentence)
            continue
        found: AgreementDraft | None = None
        for match in sentence_triggers(ctx, sentence):
            if match.trigger.frame not in SIGNING_FRAMES:
                continue
            head = match.head
            kind, surface, char = _nearest_term(head, sentence, terms)
            if match.trigger.frame == "adopt" and not _acts_on(ctx, head, sentence, char):
                continue
            if is_planned(head) and not _purpose_of_encounter(ctx, head, sentence) \
                    or head.tag_ == "VBG" and head.dep_ in {"pcomp", "pobj"}:
                continue
            if head.dep_ == "amod" or head.dep_ == "acl" and not _signing_told_aside(ctx, head):
                continue  # "the agreement signed between them in 1987" describes an old instrument
            if not _governs_instrument(head, sentence, char) or _unsigned(ctx, head, sentence, char):
                continue
            draft = _read_signing(ctx, head, sentence, kind, surface, post_orgs, char)
            if match.trigger.frame == "adopt":
                _date_of_signing_told(ctx, draft, sentence, char)
            if vaguely_timed(ctx, sentence, head.idx):
                # "The first agreement was signed in 1995 by A and B": an instrument of another time,
                # not the one the report tells; it has no day
                draft.dates, draft.stated = EventDates(None, None), False
                drafts.append(draft)
                continue
            if len(each := _each_instrument(ctx, head, sentence, terms, draft)) > 1:
                drafts += each  # "X signed an agreement with Y and a memorandum with Z": two signings
                found = each[-1]
                continue
            if found is not None:
                _merge(found, draft)  # "A signed for X, while B signed for Y": one signing
                continue
            found = draft
            previous = next((d for d in drafts if d.kind == kind), None)
            definite = _definite(sentence, char)
            if previous is None and definite and drafts and set(draft.parties) <= set(drafts[-1].parties):
                previous = drafts[-1]  # "signed a memorandum ... The agreement was signed by A": one instrument
            if previous and (definite or not draft.parties or set(draft.parties) <= set(previous.parties)):
                _merge(previous, draft)
                found = previous
            else:
                drafts.append(draft)
    drafts += _listed_instruments(ctx, post_orgs)
    drafts = [d for d in drafts if len(d.parties) >= 2]
    if not drafts and (headline := _headline_signing(ctx)) is not None:
        drafts.append(headline)
    for draft in drafts:
        if len(draft.signatories) == 1:
            draft.counterparts = _counterparts(ctx, draft, post_orgs)
        elif not draft.signatories:
            attendees = _counterparts(ctx, draft, post_orgs)
            served = {ctx.top_organization(o) for person in attendees for o in post_orgs.get(person, [])}
            # "X and Y signed an MoU. The ceremony was attended by A of X and B of Y": A and B met
            draft.counterparts = attendees if len(served & set(draft.parties)) >= 2 else []
        draft.sides = _sides_of_parties(ctx, draft, posts)
    if (filed_from := place_filed_from(ctx)) is not None:
        for draft in drafts:
            if draft.place is None and _in_the_reports_week(ctx, draft) and not _signed_remotely(ctx, draft.sentence):
                draft.place = filed_from
    return drafts


REPORTS_WEEK = 7  # days
REMOTE_KINDS = frozenset({EventKind.VIDEO_CONFERENCE, EventKind.PHONE_CALL})


def _signed_remotely(ctx: ItemContext, sentence: Span) -> bool:
    """ "Kenya and Japan today signed a grant agreement by video link": a signing over a video link
    or a call took place in no one city."""
    return any(encounter_kind(ctx, token) in REMOTE_KINDS for token in sentence)


def _in_the_reports_week(ctx: ItemContext, draft: AgreementDraft) -> bool:
    """ "Paris, 5 October 2026 – X and Y today signed an agreement establishing a centre in Oaxaca": a
    signing dated within the week of the report, said to be in no place of its own, took place where the
    report is filed from (an instrument of another time may have been signed anywhere)."""
    first = draft.dates.first if draft.dates else None
    return first is not None and ctx.reference is not None and abs((first - ctx.reference).days) <= REPORTS_WEEK


def _each_instrument(ctx: ItemContext, head: Token, sentence: Span, terms: list[tuple[AgreementKind, str, int]],
                     draft: AgreementDraft) -> list[AgreementDraft]:
    """ "Qatar signed an air services agreement with Rwanda and a memorandum on education with Uganda":
    instruments the verb takes together, each with a "with" phrase of its own, are signings of their
    own, each with its own counterpart; so are instruments none of which has one, each with the same
    parties ("signed a loan agreement and a grant agreement"); one draft per instrument, or none when
    they are not so told."""
    instruments: dict[int, tuple[AgreementKind, str, Token, list[Token]]] = {}
    for kind, surface, char in terms:
        words = [t for t in sentence if char <= t.idx < char + len(surface)]
        token = _phrase_noun(words[0]) if words else None
        if token is not None and token.i not in instruments:
            instruments[token.i] = (kind, surface, token, words)
    objects = [(t, words) for _, _, t, words in instruments.values() if t.head.i == head.i and t.dep_ == "dobj"]
    # "signed a memorandum of understanding on X with Y and a loan agreement ...": the parser may
    # coordinate the second instrument with any word of the first one's name
    chain = [objects[0][0]] + [c for w in objects[0][1] for c in w.conjuncts] if objects else []
    told = [(kind, _with_compounds(ctx, token, words[0], surface), token)
            for kind, surface, token, words in instruments.values() if token in chain]
    if len(told) < 2:
        return []
    withs = [_top(ctx, _agents_in(ctx, _own_with_phrases(token, chain))) for _, _, token in told]
    if not any(withs) and len({token.i for _, _, token in told}) == len(told):
        withs = [[] for _ in told]  # "signed a loan agreement and a grant agreement": each with the same parties
    elif not all(withs) or any(set(w) & set(other) for n, w in enumerate(withs) for other in withs[n + 1:]):
        return []
    elsewhere = {k for w in withs for k in w}
    each = []
    for (kind, surface, _), counterparts in zip(told, withs):
        parties = [k for k in draft.parties if k not in elsewhere] + counterparts
        each.append(AgreementDraft(kind=kind, sentence=sentence, title=surface, parties=parties,
                                   signatories=list(draft.signatories), dates=draft.dates, stated=draft.stated,
                                   place=draft.place, venue=draft.venue))
    return each


def _with_compounds(ctx: ItemContext, instrument: Token, first: Token, surface: str) -> str:
    """The instrument's term with the nouns before it that tell it from the others it is signed with:
    "loan agreement", "air services agreement"."""
    start = min([first.i] + [c.left_edge.i for c in instrument.lefts if c.dep_ == "compound"])
    return f"{ctx.text_of(start, first.i)} {surface}" if start < first.i else surface


def _own_with_phrases(instrument: Token, chain: list[Token]) -> set[int]:
    """The tokens of the "with" phrases inside an instrument's own words, not inside the instruments
    coordinated with it (the parser may hang "with Z" on any word of the instrument's phrase)."""
    others = {t.i for c in chain if c.i > instrument.i for t in c.subtree}
    return {t.i for w in instrument.subtree if w.dep_ == "prep" and w.lower_ == "with" and w.i not in others
            for t in w.subtree if t.i not in others}


def _sides_of_parties(ctx: ItemContext, draft: AgreementDraft, posts: list[Post]) -> tuple[list[str], list[str]] | None:
    """The signatories, counterparts and witnesses of a signing between two parties, each on the side of
    the party they serve, when witnesses are among them and both sides have someone; people who serve
    neither party or both are left out."""
    if not draft.witnesses or len(draft.parties) != 2:
        return None
    served = affiliations(ctx, posts)
    parties = [side_affiliation(ctx, [party], served) for party in draft.parties]
    sides: tuple[list[str], list[str]] = ([], [])
    for person in dict.fromkeys(draft.signatories + draft.counterparts + draft.witnesses):
        fits = [side for side, party in zip(sides, parties) if served.get(person, set()) & party]
        if len(fits) == 1:
            fits[0].append(person)
    placed = set(sides[0] + sides[1])
    return sides if all(sides) and placed & set(draft.witnesses) else None


def _headline_signing(ctx: ItemContext) -> AgreementDraft | None:
    """ "Kazakhstan, UAE sign investment agreement" over a body that tells the signing without its
    parties ("The signing ceremony took place at the Akorda"): the states and known organizations the
    headline names sign the instrument it names, on the day of the body's first signing. A headline
    that plans the signing ("X, Y to sign ...") states none."""
    title = unify_punctuation(ctx.item.title or "")
    lowered = title.lower()
    terms = [(kind, title[m.start():m.end()]) for term, kind in ctx.lexicon.agreement_terms
             if term in lowered and term not in ctx.lexicon.noun_only_terms
             for m in re.finditer(r"(?<![\w-])" + re.escape(term) + r"s?(?![\w-])", lowered)]
    if not terms:
        return None  # most headlines name no instrument: their words are not read for a signing
    lowers = [w.lower() for w, _, _ in headline_words(title)]
    signs = trigger_starts(lowers, ctx.lexicon, "sign")
    if not signs or any(start > 0 and lowers[start - 1] in PLANNING_WORDS for start in signs):
        return None
    sentence = next((s for s in ctx.sentences for m in sentence_triggers(ctx, s)
                     if m.trigger.frame == "sign" and not is_planned(m.head)), None)
    if sentence is None:
        return None
    parties: list[str] = []
    for found in ctx.gazetteer.find(title, (EntityKind.COUNTRY, EntityKind.ORGANIZATION)):
        key = add_country(ctx, found.entry, found.text) if found.kind == EntityKind.COUNTRY \
            else add_known_organization(ctx, found.entry, found.text)
        if key not in parties:
            parties.append(key)
    if len(parties) < 2:
        return None
    dates, place, venue = dates_near(ctx, sentence)
    kind, surface = terms[0]
    return AgreementDraft(kind=kind, sentence=sentence, title=surface, parties=parties, dates=dates,
                          place=place, venue=venue)


def _counterparts(ctx: ItemContext, draft: AgreementDraft, post_orgs: dict[str, list[str]]) -> list[str]:
    """ "A signed the MoU. On behalf of B's Secretary-General, C, General Counsel of B, attended the
    ceremony": C met A at the signing, for the party A did not sign for. With no signatory, the people
    attending the ceremony who serve its parties."""
    sentences = list(ctx.sentences)
    index = next(i for i, s in enumerate(sentences) if s.start == draft.sentence.start)
    signer = draft.signatories[0] if draft.signatories else None
    signer_side = {ctx.top_organization(o) for o in post_orgs.get(signer, [])}
    found: list[str] = []
    for sentence in sentences[index:index + 5]:
        if not any(t.lemma_.lower() in ATTENDING and any(c.lower_ in CEREMONY_WORDS for c in _with_subject(t))
                   for t in sentence):
            continue
        represented = {c.i for b in sentence if b.lower_ == "behalf" for of in b.children if of.lower_ == "of"
                       for c in of.children if c.dep_ == "pobj"}  # "on behalf of X": X is not there
        for mention in ctx.mentions_in(sentence.start, sentence.end, frozenset({EntityKind.PERSON})):
            sides = {ctx.top_organization(o) for o in post_orgs.get(mention.key, [])}
            if represented & set(range(mention.start, mention.end)) or mention.key == signer \
                    or not sides & set(draft.parties) - signer_side:
                continue
            if sides & signer_side or mention.key in found:
                continue
            found.append(mention.key)
    return found


def _with_subject(verb: Token) -> list[Token]:
    """The verb's words and, for a verb coordinated after another ("The ceremony took place ... and was
    attended by A"), the subject it shares with it."""
    words = list(verb.subtree)
    if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        words += [t for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]
    return words


RECENT_DAYS = 31  # a signing told aside dated further from the report's day is an old instrument's


def _signing_told_aside(ctx: ItemContext, head: Token) -> bool:
    """ "The agreement, signed by A and B on Wednesday, provides ...", "under a memorandum signed on
    Tuesday": a participle that names the day of the report, or that is set off by a comma and names
    its signers, reports the signing; "the agreement signed in 1987", "The 2015 accord, signed by both
    states," describe an instrument signed long before."""
    doc = head.doc
    phrase = head.head
    start, end = doc[phrase.left_edge.i].idx, doc[head.right_edge.i].idx + len(doc[head.right_edge.i])
    clause_start = doc[head.left_edge.i].idx
    recent = False
    for mention in ctx.dates:
        if not start <= mention.start < end:
            continue
        if mention.precision != "day" or ctx.reference is None \
                or abs((mention.first - ctx.reference).days) > RECENT_DAYS:
            return False
        recent = recent or mention.start >= clause_start
    signers_aside = head.i > 0 and doc[head.i - 1].text == "," and any(c.dep_ == "agent" for c in head.children)
    return recent or signers_aside


def _purpose_of_encounter(ctx: ItemContext, head: Token, sentence: Span) -> bool:
    """ "The two sides met on Monday to sign two memoranda": a signing that is the purpose of an
    encounter told in the past happened at it ("will meet to sign" stays ahead)."""
    encounter = head.head
    if head.dep_ != "advcl" or encounter.tag_ not in {"VBD", "VBN"} or is_planned(encounter) \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    return any(m.trigger.frame in ENCOUNTER_FRAMES and m.head.i == encounter.i for m in sentence_triggers(ctx, sentence))


def _read_signing(ctx: ItemContext, head: Token, sentence: Span, kind: AgreementKind, surface: str,
                  post_orgs: dict[str, list[str]], char: int | None = None) -> AgreementDraft:
    # "the signing of the agreement by A and B": a noun's "by" phrase names its signers as an agent does
    agents_of = [c for c in head.children if c.dep_ == "agent"
                 or head.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "by"]
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children) \
        or bool(agents_of) and (head.dep_ == "acl" or head.pos_ == "NOUN")
    signers_tokens: set[int] = set()
    if passive:
        for child in agents_of:
            signers_tokens |= _token_set(child.subtree)
        if not signers_tokens:
            # "signed on 3 October at a ceremony ... by A and B": the parse hangs "by" on the noun
            by = next((t for t in sentence if t.i > head.i and t.lower_ == "by" and t.dep_ == "prep"
                       and head in t.ancestors), None)
            if by is not None:
                signers_tokens = _token_set(by.subtree)
        if not signers_tokens:
            # "the Agreement was signed between A, CEO of X, and B, Director-General of Y"
            between = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "between"), None)
            if between is not None:
                signers_tokens = _token_set(between.subtree)
    else:
        for subject in _subjects(head):
            signers_tokens |= _token_set(subject.subtree)
        if _signing_was(head):  # "Signing on behalf of the EU was Ambassador A": A signed
            signers_tokens |= _token_set(t for c in head.head.children if c.dep_ == "attr" for t in c.subtree)
        signer = _person_described(ctx, head.head) if head.dep_ == "acl" else None
        if signer is not None:
            # "A, Secretary of X, signed for Y", parsed as a clause of A
            signers_tokens |= set(range(signer.start, signer.end))
    signers_tokens -= dateline_tokens(ctx, sentence)  # "Castries, Saint Lucia, April 9 – X entered into ..."
    agents = [k for k in _agents_in(ctx, signers_tokens) if not _ends_a_name(ctx, k, signers_tokens)]
    if not agents and not passive and head.pos_ == "VERB":
        # "On the sidelines of E, A and B signed ...", the subject hung on the phrase before it;
        # "Kathmandu, 2 April 2025 – A and B renewed ...", the dateline's place taken for the subject:
        # the names between the last comma or dash and the verb
        comma = max((t.i for t in sentence if t.i < head.i and t.text in CLAUSE_BREAKS
                     and not _separates_list_items(ctx, t.i)), default=None)
        if comma is not None:
            signers_tokens = set(range(comma + 1, head.i))
            agents = [k for k in _agents_in(ctx, signers_tokens) if not _ends_a_name(ctx, k, signers_tokens)]
    if not agents and not passive:
        agents = _capitals_as_states(ctx, signers_tokens)
    if not agents and head.dep_ == "acl":
        agents = _clause_subjects(ctx, head.head)  # "X and Y agreed to ... under a memorandum signed on Tuesday"
    if not agents:
        # "A met B ... The two sides signed", "was signed by the two ministers": A and B
        groups = None if not passive else [c for a in agents_of for c in a.children if c.dep_ == "pobj"]
        agents = _counted_people(ctx, head, groups) or _titled_pair(ctx, head, groups) \
            or _sides_before(ctx, head, groups)
    signatories = [k for k in agents if ctx.entity(k).kind == EntityKind.PERSON]
    if not passive and signatories:
        signatories += [k for k in _gapped_signers(ctx, head, sentence) if k not in signatories]
    if passive and signers_tokens:
        # "signed by A, Title, and B, Title, in the presence of C": the parse often hangs B elsewhere
        stop = next((t.i for t in sentence if t.i > min(signers_tokens) and
                     t.text in {"presence", "witnessed", "attended", "during", "which", "who"}), sentence.end)
        for mention in ctx.mentions_in(min(signers_tokens), stop, frozenset({EntityKind.PERSON})):
            if mention.key not in signatories:
                signatories.append(mention.key)
    # "A signed a memorandum with B": B is the counterpart (a party, or a signatory when a person)
    # ("signed with B a memorandum", "signed a memorandum of cooperation with B")
    governor = _governing_verb(head)
    withs = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"]
    presided_with = []
    if governor is not None:
        # "A presided over the signing of 7 memoranda with his counterpart, the Minister of X in Y"
        presided_with = [c for c in governor.children if c.dep_ == "prep" and c.lower_ == "with"]
        withs += presided_with
    withs += [t for o in _instrument_phrases(head) for t in o.subtree if t.dep_ == "prep" and t.lower_ == "with"]
    by_signing = governor is not None and head.dep_ == "pobj" and head.head.lower_ in MEANS
    if by_signing:
        # "X renewed its partnership with Y through the signing of a memorandum": X signed, with Y
        withs += [t for o in governor.children if o.dep_ == "dobj" for t in o.subtree
                  if t.dep_ == "prep" and t.lower_ == "with"]
    # "with his counterpart": the possessor is the signer's side, not the counterpart
    counterpart = _agents_in(ctx, {t.i for w in withs for t in w.subtree if t.dep_ != "poss"})
    if not counterpart and any(t.lemma_.lower() == "counterpart" for w in withs for t in w.subtree):
        counterpart = _counterpart_before(ctx, sentence)
    agents = [k for k in agents if not _credit_line(ctx, k, signers_tokens)]
    signatories += [k for k in counterpart if ctx.entity(k).kind == EntityKind.PERSON and k not in signatories]
    # organizations named inside the signatories' titles come in through their posts instead
    parties = [] if signatories else [k for k in agents if ctx.entity(k).kind != EntityKind.PERSON]
    parties = _between(ctx, sentence) or parties
    parties += [k for k in _on_behalf(ctx, sentence) if k not in parties]
    parties += [k for k in counterpart if ctx.entity(k).kind != EntityKind.PERSON and k not in parties]
    parties += [k for k in _signing_for_phrases(ctx, head, signers_tokens) if k not in parties]
    if by_signing and not signatories:
        parties += [k for k in _agents_in(ctx, _token_set(t for c in governor.children if c.dep_ == "nsubj"
                                                          for t in c.subtree))
                    if ctx.entity(k).kind != EntityKind.PERSON and k not in parties]
    overseers = []
    if governor is not None and (not signatories or presided_with):
        # the one who presides over or attends a signing with a counterpart acts for their side
        overseers = [k for k in _agents_in(ctx, _token_set(t for c in governor.children
                                                             if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree))
                     if ctx.entity(k).kind == EntityKind.PERSON]
        if not overseers and not signatories and governor.lemma_.lower() in ATTENDING | PRESIDING:
            # "A received B ... the two ministers witnessed the signing of a memorandum": the group
            # stands for the people named before it ("the two ministers discussed the signing": no signing)
            overseers = [k for k in _counted_people(ctx, governor) or _titled_pair(ctx, governor)
                         if ctx.entity(k).kind == EntityKind.PERSON]
    elif passive and not signers_tokens and len(parties) < 2:
        overseers = _leaders_present(ctx, sentence)
    for person in signatories + overseers:
        org = _signing_for(ctx, post_orgs.get(person, []))
        if org and org not in parties and not any(ctx.top_organization(org) == ctx.top_organization(p) for p in parties):
            parties.append(org)
    parties += [k for k in _owners_of_instrument(ctx, sentence, char) if k not in parties]
    if len(_top(ctx, parties)) < 2:
        # "A, Director General of X, and his counterpart from Y, B, signed": Y has no post of B's
        parties += [k for k in agents if ctx.entity(k).kind == EntityKind.ORGANIZATION and k not in parties]
    credited = credit_only(ctx)  # "KIGALI, May 20 (AFP) - X and Y signed": the agency only reports it
    parties = [k for k in _top(ctx, parties) if k not in credited]
    # a signing the report dates nowhere near took place when the narrative says, as an encounter
    dates, place, venue = dates_near(ctx, sentence, not_places=_subjects_of_instruments(ctx, head, sentence)
                                     | _seats_of_bodies(ctx, sentence))
    stated = _stated_in(ctx, dates, sentence)
    witnesses = [k for k in _witnesses(ctx, sentence) if k not in signatories] if signatories else []
    return AgreementDraft(kind=kind, sentence=sentence, title=surface, parties=parties,
                          signatories=signatories, dates=dates, stated=stated, place=place, venue=venue,
                          witnesses=witnesses)


def _owners_of_instrument(ctx: ItemContext, sentence: Span, char: int | None) -> list[str]:
    """ "A signed the Framework Agreement of the International Solar Alliance", "B signed the IMF's
    Articles of Agreement", "C signed the Council of Europe Convention on Cybercrime": the organization
    whose own instrument is signed is a party to it."""
    word = _word_at(sentence, char) if char is not None else None
    if word is None:
        return []
    nouns = [_phrase_noun(word)]
    while nouns[-1].dep_ == "pobj" and nouns[-1].head.lower_ == "of" and nouns[-1].head.head.pos_ in {"NOUN", "PROPN"}:
        nouns.append(nouns[-1].head.head)  # "Articles of Agreement": the phrase the term ends
    tokens = _token_set(t for noun in nouns for c in noun.children
                        if c.dep_ in {"poss", "compound", "nmod"} or c.dep_ == "prep" and c.lower_ == "of"
                        for t in c.subtree)
    # "signed a Comprehensive Economic Partnership Agreement (CEPA)": a name the instrument's own noun
    # ends is the instrument taken for an organization, not its owner
    named_instrument = {m.key for noun in nouns if (m := ctx.mention_at(noun.i)) is not None}
    return [k for k in _agents_in(ctx, tokens)
            if ctx.entity(k).kind == EntityKind.ORGANIZATION and k not in named_instrument]


def _stated_in(ctx: ItemContext, dates: EventDates, sentence: Span) -> bool:
    """Whether the sentence itself names the first day of `dates`."""
    return dates.first is not None and any(
        m.first == dates.first and sentence.start_char <= m.start < sentence.end_char for m in ctx.dates)


def _subjects_of_instruments(ctx: ItemContext, head: Token, sentence: Span) -> frozenset[int]:
    """The words after each instrument the sentence names that tell its subject ("a memorandum on
    investment in Mombasa"), without the signing verb's own ("the agreement signed in Nairobi"): a place
    among them is not where it was signed; "a memorandum in Nairobi", said of the instrument itself, is.
    The subject names one place; a place after it is where the instrument was signed, wherever the
    parser hangs it ("an agreement on the port of Mombasa in Nairobi")."""
    words: set[int] = set()
    for _, _, char in _terms_in(ctx, sentence):
        term = _word_at(sentence, char)
        if term is None:
            continue
        noun = _phrase_noun(term)
        own = {t.i for t in head.subtree} if noun in head.ancestors else set()
        own |= {t.i for c in noun.children if c.dep_ == "prep" and (c.lower_ in {"in", "at"} or _occasion(ctx, c))
                for t in c.subtree}
        subject = sorted(({t.i for t in noun.subtree if t.i > noun.i} | _topic_on_the_verb(ctx, head, noun)) - own)
        named = ctx.mentions_in(subject[0], subject[-1] + 1, PLACES) if subject else []
        words |= {i for i in subject if not named or i < named[0].end}
    return frozenset(words)


def _seats_of_bodies(ctx: ItemContext, sentence: Span) -> frozenset[int]:
    """The places that locate an institution or its office ("the Egyptian Museum in Cairo", "the UNESCO
    Office in Beirut"): where the body sits, not where it signed."""
    def body(token: Token) -> bool:
        return any((m := ctx.mention_at(t.i)) is not None and m.kind == EntityKind.ORGANIZATION
                   for t in [token] + [c for c in token.children if c.dep_ == "compound"])
    return frozenset(t.i for t in sentence if t.dep_ == "pobj" and t.head.lower_ in {"in", "at"} and body(t.head.head))


TOPIC_PREPOSITIONS = frozenset({"on", "for", "concerning", "regarding"})


def _topic_on_the_verb(ctx: ItemContext, head: Token, noun: Token) -> set[int]:
    """ "signed a loan agreement on the upgrade of the terminal in Mombasa": the instrument's subject,
    right after it, that the parser hangs on the verb; not a day ("on Monday") nor an occasion ("on
    the sidelines of E")."""
    after = noun.right_edge.i + 1
    prep = next((c for c in head.children if c.i == after and c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS), None)
    return {t.i for t in prep.subtree} if prep is not None and not _occasion(ctx, prep) else set()


def _occasion(ctx: ItemContext, prep: Token) -> bool:
    """A preposition that tells when or at what a signing was, not its subject: "on Monday", "on the
    sidelines of E"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return not objects or objects[0].ent_type_ in {"DATE", "TIME"} or objects[0].lower_ in ctx.lexicon.sidelines


LIST_MARKER = re.compile(r"\s*(?:\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]|[•▪●*-])\s*")
"""What opens an entry of a list: "1.", "(ii)", "a)", a bullet."""


def _listed_instruments(ctx: ItemContext, post_orgs: dict[str, list[str]]) -> list[AgreementDraft]:
    """ "The following documents were signed / exchanged in the presence of ...:" and then a list of
    instruments, each an entry that opens with the instrument's name and its parties ("1. Memorandum of
    Understanding between X and Y on ...") and may be followed by its signers ("Exchanged by A and B."):
    one signing per entry, dated and placed by the sentence that introduces the list. Anything else
    ends the list."""
    drafts: list[AgreementDraft] = []
    lead: Span | None = None
    for sentence in ctx.sentences:
        text = ctx.text_of(sentence.start, sentence.end)
        if lead is not None:
            if LIST_MARKER.fullmatch(text.strip() + " "):
                continue
            if (entry := _list_entry(ctx, sentence, text, lead)) is not None:
                drafts.append(entry)
                continue
            if drafts and _signed_by_line(ctx, sentence):
                _add_listed_signers(ctx, drafts[-1], sentence, post_orgs)
                continue
        lead = sentence if text.strip().endswith(":") and _tells_a_signing(ctx, sentence) else None
    return drafts


def _tells_a_signing(ctx: ItemContext, sentence: Span) -> bool:
    return any(m.trigger.frame in SIGNING_FRAMES and not is_planned(m.head) for m in sentence_triggers(ctx, sentence))


def _list_entry(ctx: ItemContext, sentence: Span, text: str, lead: Span) -> AgreementDraft | None:
    """An entry of a list of instruments: a sentence that opens, after its list marker, with an
    instrument's name and reports no signing of its own."""
    marker = LIST_MARKER.match(text)
    opening = sentence.start_char + (marker.end() if marker else len(text) - len(text.lstrip()))
    terms = [t for t in _terms_in(ctx, sentence) if t[2] == opening and t[1][:1].isupper()]
    if not terms or any(m.head.pos_ in {"VERB", "AUX"} for m in sentence_triggers(ctx, sentence)
                        if m.trigger.frame in SIGNING_FRAMES):
        return None  # "Programme of Cultural Exchange between X and Y" names no act
    kind, surface, _ = terms[0]
    dates, place, venue = dates_near(ctx, lead)
    stated = _stated_in(ctx, dates, lead)
    return AgreementDraft(kind=kind, sentence=sentence, title=surface, parties=_top(ctx, _between(ctx, sentence)),
                          dates=dates, stated=stated, place=place, venue=venue)


def _signed_by_line(ctx: ItemContext, sentence: Span) -> bool:
    """ "Exchanged by A and B.", "Signed by A, Minister of X, and B": a line that opens with a signing
    verb and its agent."""
    first = sentence.start
    return first + 1 < sentence.end and ctx.lowers[first + 1] == "by" and any(
        m.trigger.frame in SIGNING_FRAMES and m.head.i == first for m in sentence_triggers(ctx, sentence))


def _add_listed_signers(ctx: ItemContext, draft: AgreementDraft, sentence: Span,
                        post_orgs: dict[str, list[str]]) -> None:
    for mention in ctx.mentions_in(sentence.start, sentence.end, frozenset({EntityKind.PERSON})):
        if mention.key not in draft.signatories:
            draft.signatories.append(mention.key)
        org = _signing_for(ctx, post_orgs.get(mention.key, []))
        if org and len(_top(ctx, draft.parties)) < 2 and org not in draft.parties:
            draft.parties.append(org)


def _date_of_signing_told(ctx: ItemContext, draft: AgreementDraft, sentence: Span, char: int) -> None:
    """ "The parliament ratified the agreement between X and Y, signed by the two ministers in Helsinki
    on 2 December 2025": an instrument ratified, renewed or exchanged whose signing the sentence tells
    was signed on the day that signing names, not the day of the report."""
    term = _word_at(sentence, char)
    noun = _phrase_noun(term) if term is not None else None
    signed = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "sign"), None) \
        if noun is not None else None
    if signed is None:
        return
    start, end = signed.idx, signed.right_edge.idx + len(signed.right_edge)
    days = [m for m in ctx.dates if start <= m.start < end and m.precision == "day"]
    if days:
        draft.dates, draft.stated = EventDates(days[0].first, days[0].last), True


def _separates_list_items(ctx: ItemContext, comma: int) -> bool:
    """ "the Heads of State of Ethiopia, Kenya and Ghana signed": a comma between two states or
    organizations the parser coordinates, not one that closes a phrase before the subject: a list ends
    with the item after its "and" ("On the sidelines of the meetings of the World Bank and the IMF,
    Egypt and X signed")."""
    before, after = ctx.mention_at(comma - 1), ctx.mention_at(comma + 1)
    if before is None or after is None or before.kind not in BODIES or after.kind not in BODIES:
        return False
    opening = before.start - (before.start > 0 and ctx.lowers[before.start - 1] == "the")
    if opening > 0 and ctx.lowers[opening - 1] in {"and", "or"}:
        return False
    return any(t.dep_ == "conj" and before.start <= t.head.i < before.end for t in ctx.doc[after.start:after.end])


def _gapped_signers(ctx: ItemContext, head: Token, sentence: Span) -> list[str]:
    """ "A signed for X and Chief Librarian B for Y": the verb left out after "and", a person followed by
    "for" signs too (the parser hangs B on X)."""
    people = ctx.mentions_in(head.i + 1, sentence.end, frozenset({EntityKind.PERSON}))
    out = []
    for person in people:
        conjunction = next((i for i in range(person.start - 1, max(head.i, person.start - 4), -1)
                            if ctx.lowers[i] == "and"), None)
        if conjunction is None or person.end >= sentence.end or ctx.lowers[person.end] != "for" \
                or ctx.mentions_in(conjunction + 1, person.start) \
                or not all(ctx.texts[i][:1].isupper() or ctx.lowers[i] in {"the", "-"}
                           for i in range(conjunction + 1, person.start)):
            continue  # "A signed for X and thanked B for his support": B is thanked, not a signer
        if any(ctx.lowers[i] == "for" for i in range(head.i + 1, conjunction)):
            out.append(person.key)
    return out


def _witnesses(ctx: ItemContext, sentence: Span) -> list[str]:
    """The people a signing's sentence names as its witnesses ("Witnessed by A, the agreement was signed
    between B and C", "signed ... in the presence of C and D"): they met the signatories."""
    tokens = {t.i for verb in sentence if verb.lemma_.lower() == "witness" and verb.tag_ == "VBN"
              for c in verb.children if c.dep_ == "agent" for t in c.subtree} | _in_presence(sentence)
    return [m.key for m in ctx.mentions_in(sentence.start, sentence.end, frozenset({EntityKind.PERSON}))
            if m.start in tokens]


def _in_presence(sentence: Span) -> set[int]:
    """The tokens of "in the presence of ..." in the sentence."""
    return {t.i for token in sentence if token.lower_ == "presence" and token.head.lower_ == "in"
            for of in token.children if of.dep_ == "prep" and of.lower_ == "of" for t in of.subtree}


def _present_at_signing(ctx: ItemContext, target: AgreementDraft, sentence: Span) -> None:
    """ "The signing took place in the presence of Presidents A and B", "The ceremony was held in the
    presence of C", soon after a signing: those present are its witnesses (everyone the sentence names
    after "presence": the parser often hangs a list of titled names on the verb)."""
    sentences = [s.start for s in ctx.sentences]
    if sentences.index(sentence.start) - sentences.index(target.sentence.start) > CONTINUED_WITHIN:
        return
    if not any(s.lower_ in CEREMONY_WORDS and any(c.lower_ in DEFINITE for c in s.children)
               for s in _subjects(sentence.root)):
        return
    start = next((t.i for t in sentence if t.lower_ == "presence" and t.head.lower_ == "in"), sentence.end)
    tokens = set(range(start, sentence.end))
    target.witnesses += [m.key for m in ctx.mentions_in(sentence.start, sentence.end, frozenset({EntityKind.PERSON}))
                         if m.start in tokens and m.key not in target.witnesses + target.signatories]


def _instrument_phrases(head: Token) -> list[Token]:
    """The nouns a signing verb takes its instrument as: its object or passive subject, or the object
    of "into" ("entered into a memorandum with Y")."""
    phrases = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    return phrases + [o for c in head.children if c.dep_ == "prep" and c.lower_ == "into"
                      for o in c.children if o.dep_ == "pobj"]


def _leaders_present(ctx: ItemContext, sentence: Span) -> list[str]:
    """ "Following the talks between A and B, twelve documents were signed in the presence of the two
    heads of state", "In the presence of A and B, the agreements were signed": a signing told without
    its signers or parties is one of the sides of the people its sentence names, when it names two or
    more; their posts give the parties."""
    people = list(dict.fromkeys(m.key for m in ctx.mentions_in(sentence.start, sentence.end,
                                                               frozenset({EntityKind.PERSON}))))
    return people if len(people) >= 2 else []


def _clause_subjects(ctx: ItemContext, noun: Token) -> list[str]:
    """Who the clause a noun belongs to is about: the subject of the verb it depends on."""
    node = noun
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    subjects = [t for s in _subjects(node) for t in s.subtree] if node.pos_ in {"VERB", "AUX"} else []
    return _agents_in(ctx, _token_set(subjects))


def _capitals_as_states(ctx: ItemContext, tokens: set[int]) -> list[str]:
    """ "Seoul and Warsaw signed a contract": capitals that sign, with no other signer named, stand
    for their states."""
    states: list[str] = []
    for mention in ctx.mentions_in(min(tokens, default=0), max(tokens, default=-1) + 1, frozenset({EntityKind.PLACE})):
        entity = ctx.entity(mention.key)
        place = ctx.gazetteer.place(entity.name)
        if mention.start in tokens and place is not None and place.capital and entity.country \
                and entity.country not in states:
            states.append(entity.country)
    return states


MEANS = frozenset({"through", "via", "by"})  # "X renewed its partnership with Y through the signing of ..."
SIDES_BACK = 3  # sentences
BODIES = frozenset({EntityKind.ORGANIZATION, EntityKind.COUNTRY})


def _sides_before(ctx: ItemContext, head: Token, groups: list[Token] | None = None) -> list[str]:
    """ "A met B. Following the meeting, the sides signed ...", "both parties signed", "X hosted Y.
    The two institutions signed ...", "was signed by both parties": a subject (or the given agent
    nouns) that names the sides as a group stands for the people named together nearest before it,
    else the organizations or states, in the sentence or in the three before it; "the ministers of
    the two countries signed" stands for the organizations or states only."""
    words = ctx.lexicon.words_for("sides")
    named = _subjects(head) if groups is None else groups
    sides = [n for n in named if n.lower_ in words and any(c.lower_ in {"the", "both", "two"} for c in n.children)]
    # "the foreign ministers of the two countries signed": the people of the sides, named by their sides
    of_sides = [o for n in named if (o := _of_object(n)) is not None and o.lower_ in words
                and any(c.lower_ in {"the", "both", "two"} for c in o.children)]
    if not sides and not of_sides:
        return []
    sentences = [s for s in ctx.sentences if s.start < head.sent.start][-SIDES_BACK:]
    for start, end in [(head.sent.start, head.i)] + [(s.start, s.end) for s in reversed(sentences)]:
        people = list(dict.fromkeys(m.key for m in ctx.mentions_in(start, end, frozenset({EntityKind.PERSON}))))
        if len(people) >= 2 and sides:
            return people
        bodies = list(dict.fromkeys(ctx.top_organization(m.key) if m.kind == EntityKind.ORGANIZATION else m.key
                                    for m in ctx.mentions_in(start, end, BODIES)))
        if len(bodies) >= 2:
            return bodies
    return []


def _titled_pair(ctx: ItemContext, head: Token, groups: list[Token] | None = None) -> list[str]:
    """ "A held talks with B. Following the talks, the Ministers signed ...": signers named by a
    definite plural title stand for the two people the nearest sentence before names, when it names
    exactly two."""
    named = _subjects(head) if groups is None else groups
    if not any(n.tag_ in {"NNS", "NNPS"} and any(c.lower_ == "the" for c in n.children)
               and ctx.gazetteer.is_role(singular(n.text)) for n in named):
        return []
    for sentence in reversed([s for s in ctx.sentences if s.end <= head.sent.start][-SIDES_BACK:]):
        people = list(dict.fromkeys(m.key for m in ctx.mentions_in(sentence.start, sentence.end,
                                                                   frozenset({EntityKind.PERSON}))))
        if people:
            return people if len(people) == 2 else []
    return []


def _of_object(noun: Token) -> Token | None:
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _ends_a_name(ctx: ItemContext, key: str, tokens: set[int]) -> bool:
    """ "Minister of Finance, Desmond Pryce, signed": a country name that the parser reads as the
    end of a person's name is that name, not the state."""
    doc = ctx.tokens
    return ctx.entity(key).kind == EntityKind.COUNTRY and any(
        m.key == key and m.start in tokens and doc[m.start].ent_type_ == "PERSON" and doc[m.start].ent_iob_ == "I"
        for m in ctx.mentions)


CLAUSE_BREAKS = frozenset({",", "–", "—"})
CONTINUED_WITHIN = 5  # sentences after the signing reported


def _signing_was(head: Token) -> bool:
    """ "Signing on behalf of the EU was Ambassador A": the signing is the subject of "be", its
    signer the complement."""
    return head.dep_ in {"csubj", "nsubj"} and head.head.lemma_ == "be" and head.lower_ == "signing"


def _continue_signing(ctx: ItemContext, target: AgreementDraft, sentence: Span,
                      post_orgs: dict[str, list[str]]) -> None:
    """A sentence soon after a signing that reports a signing without naming an instrument ("It was
    signed by A and B", "The document was signed by ...", "The programme was signed by ..." after a
    cooperation programme, "A signed for the government, while B
    signed for the Bank", "Signing on behalf of the EU was Ambassador A") tells more of that
    signing: its signatories, and its parties when it had fewer than two. A verb with an object of
    its own ("signed the guest book") is another act."""
    sentences = [s.start for s in ctx.sentences]
    if sentences.index(sentence.start) - sentences.index(target.sentence.start) > CONTINUED_WITHIN:
        return
    listed = _signatories_listed(ctx, sentence)
    target.signatories += [k for k in listed if k not in target.signatories]
    for person in listed if len(target.parties) < 2 else ():
        org = _signing_for(ctx, post_orgs.get(person, []))
        if org and org not in target.parties:
            target.parties.append(org)
    references = ctx.lexicon.words_for("reference")
    for match in sentence_triggers(ctx, sentence):
        head = match.head
        if match.trigger.frame not in SIGNING_FRAMES or is_planned(head) or head.dep_ in {"amod", "pobj", "pcomp"}:
            continue
        signer = _person_described(ctx, head.head) if head.dep_ == "acl" else None
        if head.dep_ == "acl" and signer is None:
            continue  # "the agreement signed in 2019": an instrument described, not signed here
        # "A and B put their signatures to the document": the trigger's own words are no object
        objects = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"} and c not in match.tokens]
        if any(o.lower_ not in references and not _names_again(o, target) for o in objects) \
                or head.pos_ not in {"VERB", "AUX"} and not _signing_was(head):
            continue
        if match.trigger.frame == "adopt" and not objects:
            continue  # "The notes were exchanged by A and B" names what was exchanged; "adopted" alone does not
        _merge(target, _read_signing(ctx, head, sentence, target.kind, target.title, post_orgs))


def _person_described(ctx: ItemContext, noun: Token) -> Mention | None:
    """The person a signing clause describes: the name it hangs on ("A, Secretary of X, signed for Y"),
    or the name in apposition to the title it hangs on ("The Dutch Minister for Foreign Trade, A,
    signed for the Netherlands")."""
    for token in [noun] + [c for c in noun.children if c.dep_ == "appos"]:
        mention = ctx.mention_at(token.i)
        if mention is not None and mention.kind == EntityKind.PERSON:
            return mention
    return None


LISTING_VERBS = frozenset({"be", "include"})


def _signatories_listed(ctx: ItemContext, sentence: Span) -> list[str]:
    """ "The signatories were President A of X, President B of Y ...", "Signatories included A and B":
    the people a sentence lists as the signatories of the signing told before."""
    subject = next((t for t in sentence if t.lemma_.lower() == "signatory" and t.dep_ == "nsubj"
                    and t.head.lemma_ in LISTING_VERBS), None)
    if subject is None:
        return []
    verb = subject.head
    return list(dict.fromkeys(m.key for m in ctx.mentions_in(verb.i + 1, sentence.end, frozenset({EntityKind.PERSON}))))


def _names_again(noun: Token, target: AgreementDraft) -> bool:
    """ "The programme was signed by A and B" after "signed a cooperation programme", "The grant was
    signed by ..." after "signed a grant agreement": a definite noun that is a word of the instrument's
    name, or that the instrument's word followed, names it again."""
    title = {w.lower() for w in re.findall(r"[\w-]+", target.title)}
    named = noun.lemma_.lower() in title or noun.lower_ in title \
        or f"{noun.lower_} {target.title.lower()}" in target.sentence.text.lower()
    return named and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def _counterpart_before(ctx: ItemContext, sentence: Span) -> list[str]:
    """ "A held talks with his Hungarian counterpart, B. ... A presided over the signing of seven
    memoranda with his counterpart": the person last introduced as a counterpart, and the state or
    organization that introduction names ("Hungarian")."""
    for token in reversed(ctx.doc[:sentence.start]):
        if token.lemma_.lower() != "counterpart":
            continue
        people = ctx.mentions_in(token.i + 1, min(token.i + 6, sentence.start), frozenset({EntityKind.PERSON}))
        if not people:
            continue
        phrase = ctx.mentions_in(token.left_edge.i, token.i, frozenset({EntityKind.COUNTRY, EntityKind.ORGANIZATION}))
        return [people[0].key] + [m.key for m in phrase if m.key != people[0].key]
    return []


def _governing_verb(head: Token) -> Token | None:
    """The verb over a nominal signing: "presided over the signing of ...", "witnessed the signing"."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    node = head.head if head.dep_ in {"dobj", "pobj"} else None
    if node is not None and node.dep_ == "prep":
        node = node.head
    return node if node is not None and node.pos_ in {"VERB", "AUX"} else None


def _signing_for_phrases(ctx: ItemContext, head: Token, signers: set[int]) -> list[str]:
    """ "signed by A for Norway and B for Chile", "A signed for the World Bank", "A signed the MoU for X":
    the organizations and countries a "for" phrase of the signers, of the signing verb or of its object names."""
    out: list[str] = []
    for token in head.sent:
        if token.lower_ != "for" or token.dep_ != "prep":
            continue
        signed_object = token.head.dep_ == "dobj" and token.head.head.i == head.i  # "signed the MoU for X"
        if not (token.i in signers or token.head.i in signers or token.head.i == head.i or signed_object):
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if not objects:
            continue
        mention = ctx.mention_at(objects[0].left_edge.i) or ctx.mention_at(objects[0].i)
        if mention is not None and mention.kind in {EntityKind.ORGANIZATION, EntityKind.COUNTRY} \
                and mention.key not in out:
            out.append(mention.key)
    return out


CREDIT_WITHIN = 40  # characters: an agency's credit line opens the text ("KAZINFORM The Ministry ...")


def _credit_line(ctx: ItemContext, key: str, tokens: set[int]) -> bool:
    """The agency that publishes the item named as its credit line, at the start of the text or in
    brackets after the dateline ("KAZINFORM The Ministry ... has signed", "Astana (Kazinform) –"):
    it reports the signing, it is not a party. An institution publishing its own signing ("UNICEF
    and the World Bank signed ...", from UNICEF) is one."""
    if not _publisher(ctx, key):
        return False
    doc = ctx.tokens
    places = [m for m in ctx.mentions if m.key == key and m.start in tokens]
    ends = {m.end for m in places}
    # "Jeddah, 17 May – The Islamic Development Bank (IsDB) signed": a name after "the", and the short
    # form in brackets after it, are the signer, not a credit line
    return bool(places) and all(doc[m.end - 1].dep_ in {"compound", "nmod", "npadvmod"} and doc[m.start].idx < CREDIT_WITHIN
                                and not (m.start > 0 and doc[m.start - 1].lower_ == "the")
                                or m.start > 0 and doc[m.start - 1].text == "(" and m.start - 1 not in ends
                                for m in places)


def _publisher(ctx: ItemContext, key: str) -> bool:
    """The entity is the item's publisher."""
    publisher = normalize_name(ctx.item.publisher or "")
    names = [normalize_name(n) for n in (ctx.entity(key).name, *ctx.entity(key).aliases)]
    return bool(publisher) and any(n and (publisher == n or publisher.startswith(n + " ")) for n in names)


def _signing_for(ctx: ItemContext, orgs: list[str]) -> str | None:
    """The organization a signatory signs for: of "UN Assistant Secretary-General and UNDP Regional
    Director", the UNDP (the more specific body, whose parent is the other)."""
    parents = set()
    for key in orgs:
        entity = ctx.entity(key)
        known = ctx.gazetteer.organization_by_id(entity.gazetteer_id) if entity.gazetteer_id else None
        if known is not None and known.parent:
            parents.add(known.parent)
        if entity.parent:
            parents.add(ctx.entity(entity.parent).gazetteer_id or entity.parent)
    specific = [k for k in orgs if (ctx.entity(k).gazetteer_id or k) not in parents]
    return (specific or orgs or [None])[0]


def _merge(target: AgreementDraft, other: AgreementDraft) -> None:
    for key in other.parties if len(target.parties) < 2 else ():
        if key not in target.parties:
            target.parties.append(key)
    for key in other.signatories:
        if key not in target.signatories:
            target.signatories.append(key)
    target.witnesses += [k for k in other.witnesses if k not in target.witnesses]
    if other.dates and other.dates.first and (not (target.dates and target.dates.first)
                                               or other.stated and not target.stated):
        target.dates, target.stated = other.dates, other.stated  # "The MoU was signed on 14 April by ..."
    target.place = target.place or other.place
    target.venue = target.venue or other.venue


def _states_of(ctx: ItemContext, parties: list[str]) -> list[str]:
    """The states whose ministries, agencies or embassies are parties ("the Ministry of Finance of X
    and UNDP signed"): a body of a government signs for its state, which is a party too; a city's
    government ("the City of Montevideo signed a letter of intent") signs for its city alone."""
    out = []
    for key in parties:
        entity = ctx.entity(key)
        if entity.kind == EntityKind.ORGANIZATION and entity.country and city_of_government(ctx.lexicon, entity.name) is None \
                and (entity.org_type == OrgType.GOVERNMENT or _of_a_government_body(ctx, entity.name)):
            out.append(entity.country)
    return out


def _of_a_government_body(ctx: ItemContext, name: str) -> bool:
    """ "the Diplomatic Academy of the Ministry of Foreign Affairs of X": a body whose name places it
    under a ministry or another government body signs for that government's state."""
    _, of, owner = re.sub(r"\bof the\b", "of", name, count=1).partition(" of ")
    return bool(of) and organization_type(ctx, owner) == OrgType.GOVERNMENT


def to_records(ctx: ItemContext, drafts: list[AgreementDraft], start: int) -> tuple[list[Agreement], list[Draft]]:
    """Agreements, plus the signing events (and a meeting when two signatories signed together)."""
    agreements: list[Agreement] = []
    signings: list[Draft] = []
    for n, draft in enumerate(drafts):
        dates = draft.dates or EventDates(None, None)
        draft.parties += [k for k in _states_of(ctx, draft.parties) if k not in draft.parties]
        agreements.append(Agreement(key=f"a{start + n}", kind=draft.kind, parties=tuple(draft.parties),
                                    evidence=ctx.evidence(draft.sentence, 0.8),
                                    signatories=tuple(draft.signatories), title=draft.title,
                                    date=dates.first, place=draft.place))
        signing = Draft(kind=EventKind.SIGNING, sentence=draft.sentence, dates=draft.dates, place=draft.place,
                        venue=draft.venue, name=draft.title)
        signing.others = [(k, Role.SIGNATORY) for k in draft.signatories]
        signing.others += [(k, Role.PARTNER) for k in draft.parties]
        signings.append(signing)
        people = draft.signatories + draft.counterparts
        if draft.sides is not None:
            signings.append(Draft(kind=EventKind.MEETING, sentence=draft.sentence, dates=draft.dates,
                                  place=draft.place, venue=draft.venue, host=draft.sides[0], guest=draft.sides[1],
                                  confidence=0.6))
            continue
        if len(people) >= 2:
            meeting = Draft(kind=EventKind.MEETING, sentence=draft.sentence, dates=draft.dates, place=draft.place,
                            venue=draft.venue, host=people[:1], guest=people[1:], confidence=0.6)
            signings.append(meeting)
        witnesses = [k for k in draft.witnesses if k not in people]
        if witnesses and len(draft.signatories) >= 2:
            signings.append(Draft(kind=EventKind.MEETING, sentence=draft.sentence, dates=draft.dates, place=draft.place,
                                  venue=draft.venue, host=witnesses, guest=list(draft.signatories), confidence=0.6,
                                  witnessed=True))
    return agreements, signings
