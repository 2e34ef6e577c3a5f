"""Finding event triggers (lemma sequences from data/extraction/triggers.tsv) in a sentence, and
telling an event that happened from one that is only planned."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span, Token

from icgraph.extract.context import ItemContext
from icgraph.extract.lexicon import Lexicon, Trigger

MAX_GAP = 3  # "~": "held talks", "held bilateral talks", "held a round of talks"
MAX_LONG_GAP = 8  # "~~": "spoke to New Zealand Prime Minister A B by telephone", "spoke to A, B's PM, by phone"
FUTURE_AUX = frozenset({"will", "shall", "would", "'ll", "could", "should", "may", "might", "can"})
PLANNED_MODIFIERS = frozenset({"upcoming", "future", "next", "forthcoming", "planned", "proposed", "possible"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})
CALLED_OFF = frozenset({"postpone", "cancel", "delay", "defer", "reschedule", "suspend", "scrap"})
"""Verbs that say an encounter named by a noun did not take place ("the talks ... were postponed")."""


@dataclass(frozen=True)
class TriggerMatch:
    trigger: Trigger
    tokens: tuple[Token, ...]

    @cached_property
    def head(self) -> Token:
        """The verb (or first word) that carries the trigger; never the hyphen of "co-chaired", which
        the tagger may take for the verb (read once per match: the readers of a match ask again and again)."""
        words = [t for t in self.tokens if not t.is_punct] or list(self.tokens)
        for pos in ("VERB", "AUX"):
            for token in words:
                if token.pos_ == pos:
                    return token
        if len(words) < len(self.tokens):
            ids = {t.i for t in words}
            return next((t for t in words if t.head.i not in ids or t.head.i == t.i), words[0])
        return self.tokens[0]


def _match_at(ctx: ItemContext, end: int, index: int, lemmas: tuple[str, ...]) -> tuple[Token, ...] | None:
    """The tokens of a trigger's words from token `index` on, before the sentence ends at `end`."""
    tokens, token_lemmas, lowers = ctx.tokens, ctx.lemmas, ctx.lowers
    matched: list[Token] = []
    i = index
    gap = 0
    for lemma in lemmas:
        if lemma in {"~", "~~"}:
            gap = MAX_GAP if lemma == "~" else MAX_LONG_GAP
            continue
        if matched:
            while i < end and tokens[i].ent_type_ in TIME_ENTITIES:
                i += 1  # "paid a courtesy call last month on the Governor": a time between the words
        limit = i + gap + 1
        found = None
        for j in range(i, min(limit, end)):
            if (token_lemmas[j] or lowers[j]) == lemma or lowers[j] == lemma:
                found = j
                break
            if tokens[j].is_punct and tokens[j].text not in ({"-", ","} if gap == MAX_LONG_GAP else {"-"}):
                break
        if found is None:
            return None
        matched.append(tokens[found])
        i = found + 1
        gap = 0
    return tuple(matched)


def _by_first_word(lexicon: Lexicon) -> dict[str, list[tuple[Trigger, frozenset[str]]]]:
    """First lemma -> the triggers that start with it, each with the lemmas it needs (`trigger_words`)."""
    index = _FIRST_WORD.get(id(lexicon))
    if index is None:
        index = {}
        for trigger, needed in zip(lexicon.triggers, lexicon.trigger_words):
            index.setdefault(trigger.lemmas[0], []).append((trigger, needed))
        _FIRST_WORD[id(lexicon)] = index
    return index


_FIRST_WORD: dict[int, dict[str, list[tuple[Trigger, frozenset[str]]]]] = {}


def find_triggers(ctx: ItemContext, sentence: Span) -> list[TriggerMatch]:
    """Trigger matches of the sentence, the longest one wherever two start at the same word."""
    found: list[TriggerMatch] = []
    index = _by_first_word(ctx.lexicon)
    lemmas, lowers = ctx.lemmas, ctx.lowers
    # what a word of a trigger matches (its lemma, else its lower case, or its lower case): a trigger
    # needing a word the sentence has not is not tried
    present = {*lemmas[sentence.start:sentence.end], *lowers[sentence.start:sentence.end]}
    for i in range(sentence.start, sentence.end):
        best: TriggerMatch | None = None
        lemma, lower = lemmas[i] or lowers[i], lowers[i]
        candidates = index.get(lemma, ())
        if lower != lemma and lower in index:
            candidates = [*candidates, *index[lower]]
        for trigger, needed in candidates:
            if not needed <= present:
                continue
            tokens = _match_at(ctx, sentence.end, i, trigger.lemmas)
            if tokens and (best is None or len(tokens) > len(best.tokens)):
                best = TriggerMatch(trigger, tokens)
        if best:
            found.append(best)
    # drop a match whose tokens lie inside a longer one ("receive" inside "receive ... credentials"),
    # and one that starts with a word helping a verb outside it
    kept = []
    indices = [{t.i for t in match.tokens} for match in found]
    for match, ids in zip(found, indices):
        if any(other is not match and ids < others for other, others in zip(found, indices)) or _helping(match):
            continue
        kept.append(match)
    return kept


def _helping(match: TriggerMatch) -> bool:
    """ "have held talks", "had had talks": the first "have" of "have ~ talk" only helps the verb
    after it, which carries the encounter ("be represented at" helps a word of its own trigger)."""
    first = match.tokens[0]
    return first.dep_ in {"aux", "auxpass"} and first.head.i not in {t.i for t in match.tokens}


def sentence_triggers(ctx, sentence: Span) -> list[TriggerMatch]:
    """The trigger matches of a sentence of the item, found once and shared by the readers."""
    if sentence.start not in ctx.triggers:
        ctx.triggers[sentence.start] = find_triggers(ctx, sentence)
    return ctx.triggers[sentence.start]


def is_planned(head: Token) -> bool:
    """ "will meet", "is scheduled to visit", "agreed to sign", "invited him to visit", "the
    upcoming visit", "did not meet": the event has not happened (yet)."""
    for child in head.children:
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in FUTURE_AUX:
            return True
        if child.dep_ == "neg":
            return True  # "did not meet", "never visited": no encounter took place
        if child.dep_ == "amod" and child.lower_ in PLANNED_MODIFIERS:
            return True
    node = head
    for _ in range(3):
        has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if node.dep_ in {"xcomp", "ccomp", "advcl", "acl", "relcl"} and has_to:
            return True
        if has_to and node.dep_ in {"ROOT"}:
            return True
        if node.head.i == node.i:
            break
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
        if node.dep_ == "xcomp" or (node.dep_ == "conj" and not own_subject):
            # "is expected to meet", "will arrive and meet": the governing verb decides
            node = node.head
            if any(c.dep_ in {"aux"} and c.lower_ in FUTURE_AUX for c in node.children):
                return True
            continue
        break
    return False
