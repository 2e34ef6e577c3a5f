"""What the extraction modules share while reading one item: the parse, the entities found so
far (with item-local keys) and where in the text each of them is mentioned."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cached_property
from operator import add
from datetime import date

from spacy.attrs import IDX, LEMMA, LENGTH, SPACY
from spacy.tokens import Doc, Span, Token

from icgraph.extract.lexicon import ABOUT, TOPIC_PREPOSITIONS, Lexicon
from icgraph.extract.other_side import OtherSideGroups, other_side_groups
from icgraph.model import Entity, EntityKind, Evidence, NewsItem, OrgType
from icgraph.textnorm import normalize_name


WRAPPED_LINE = 90  # characters: lines of a text hard-wrapped for e-mail or a wire are at most this long
WRAPPED_SHARE = 0.8
WRAPPED_MEDIAN = 40
WRAP_BREAK = re.compile(r"(?<=[^\s.!?:;\"”’])\n(?=[^\W\d_])")


def unwrapped(text: str) -> str:
    """The text with the line breaks of hard-wrapped paragraphs made spaces ("... signed by IOM
    Director\nGeneral A B and ..."), of the same length so that offsets still point into it: in a
    text whose lines are mostly short and few very short, a single line break after no closing
    punctuation and before a letter (not a bullet, a number or a blank line) runs on."""
    if "\n" not in text:
        return text
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    if len(lengths) < 5 or sum(n <= WRAPPED_LINE for n in lengths) < WRAPPED_SHARE * len(lengths) \
            or lengths[len(lengths) // 2] < WRAPPED_MEDIAN:
        return text
    return WRAP_BREAK.sub(" ", text)


_LOWERED_LEMMAS: dict[int, str] = {}
"""A lemma's hash in spaCy's strings -> the lemma in lower case: the same lemmas come back in every
item (a hash names one string for good, whichever parse it comes from)."""
_LOWERED_LEMMAS_LIMIT = 65536  # lemmas held before the table starts afresh (bounded memory over a long feed)


@dataclass(frozen=True)
class Mention:
    """An entity named at tokens [start, end) of the parse."""

    key: str
    kind: EntityKind
    start: int
    end: int


class Sentence(Span):
    """A sentence of an item's parse that reads the item's tokens made once (`ItemContext.tokens`):
    iterating it makes no Token objects, and its text is sliced from the parsed text instead of
    joined from its tokens. Otherwise a Span like any other (equal to the plain one)."""

    _tokens: tuple[Token, ...]
    _text: str
    _end_with_space: int

    @classmethod
    def of(cls, doc: Doc, start: int, end: int, tokens: tuple[Token, ...], text: str, end_with_space: int) -> "Sentence":
        """Tokens [start, end) of `doc`; `tokens` are the doc's, `text` its text, and the sentence's
        trailing white space ends at `end_with_space`."""
        sentence = cls(doc, start, end)  # (a Span's constructor takes no other arguments)
        sentence._tokens, sentence._text, sentence._end_with_space = tokens, text, end_with_space
        return sentence

    def __iter__(self):
        return iter(self._tokens[self.start:self.end])

    @property
    def text(self) -> str:
        return self._text[self.start_char:self.end_char]

    @property
    def text_with_ws(self) -> str:
        return self._text[self.start_char:self._end_with_space]


@dataclass
class EntityTable:
    """The item's entities; adding a name already known returns the existing key."""

    entities: dict[str, Entity] = field(default_factory=dict)
    _index: dict[tuple[EntityKind, str], str] = field(default_factory=dict)

    def find(self, kind: EntityKind, name: str) -> str | None:
        return self._index.get((kind, normalize_name(name)))

    def add(self, kind: EntityKind, name: str, *, ident: str | None = None, **attrs) -> str:
        """Add (or find) an entity. `ident` is a stronger identity than the name (gazetteer id,
        ISO code); names already indexed under another entity are not stolen."""
        lookup = [(kind, "#" + ident)] if ident else []
        lookup.append((kind, normalize_name(name)))
        for index_key in lookup:
            if index_key in self._index:
                key = self._index[index_key]
                self.add_alias(key, name)
                return key
        key = f"e{len(self.entities) + 1}"
        self.entities[key] = Entity(key=key, kind=kind, name=name, **attrs)
        for index_key in lookup:
            self._index[index_key] = key
        return key

    def add_alias(self, key: str, alias: str) -> None:
        entity = self.entities[key]
        self._index.setdefault((entity.kind, normalize_name(alias)), key)
        if normalize_name(alias) == normalize_name(entity.name):
            return
        if alias not in entity.aliases:
            self.entities[key] = replace(entity, aliases=entity.aliases + (alias,))

    def update(self, key: str, **attrs) -> None:
        self.entities[key] = replace(self.entities[key], **attrs)

    def rename(self, key: str, name: str) -> None:
        """Make `name` the entity's name, keeping the old name as an alias."""
        entity = self.entities[key]
        if name == entity.name:
            return
        aliases = tuple(a for a in (entity.name,) + entity.aliases if a != name)
        self.entities[key] = replace(entity, name=name, aliases=aliases)
        self._index.setdefault((entity.kind, normalize_name(name)), key)


@dataclass
class ItemContext:
    item: NewsItem
    doc: Doc
    gazetteer: object
    lexicon: Lexicon
    reference: date | None
    dates: list = field(default_factory=list)  # DateMention of the whole text
    dateline: object | None = None  # DateMention of the item's dateline, if any
    headline_date: object | None = None  # DateMention of the day (or days) the item's headline names, if any
    named_inside: set = field(default_factory=set)  # keys of entities named inside another name
    triggers: dict = field(default_factory=dict)  # sentence start -> trigger matches (found once)
    named_events: list = field(default_factory=list)  # (offset, name) of events named in the item
    event_acronyms: dict = field(default_factory=dict)  # acronym -> event name, as the item defines them
    event_words: dict = field(default_factory=dict)  # token index -> what it says as an event's word (activities.py)
    acronyms: dict = field(default_factory=dict)  # acronym -> entity key, as the item defines them
    headline: tuple = ()  # HeadlineName of the people the item's headline names (extract/headline.py), read once
    headline_encounter: object | None = None  # HeadlineEncounter the headline states, if any (extract/headline.py)
    table: EntityTable = field(default_factory=EntityTable)
    mentions: list[Mention] = field(default_factory=list)
    mention_changes: int = 0  # how many times a mention was added or removed: what was read of them holds until then
    readings: dict = field(default_factory=dict)  # name -> what a rule read of the item once (posts.py)
    _by_token: dict[int, Mention] = field(default_factory=dict)
    _subtrees: dict[int, frozenset[int]] = field(default_factory=dict)

    # mentions -------------------------------------------------------------------------------
    def add_mention(self, mention: Mention) -> bool:
        """Record a mention unless its tokens are already taken by another one."""
        if any(i in self._by_token for i in range(mention.start, mention.end)):
            return False
        self.mentions.append(mention)
        self.mention_changes += 1
        for i in range(mention.start, mention.end):
            self._by_token[i] = mention
        return True

    def remove_mention(self, mention: Mention) -> None:
        self.mentions.remove(mention)
        self.mention_changes += 1
        for i in range(mention.start, mention.end):
            self._by_token.pop(i, None)

    def mention_at(self, token_index: int) -> Mention | None:
        return self._by_token.get(token_index)

    def mentions_in(self, start: int, end: int, kinds: frozenset[EntityKind] | None = None) -> list[Mention]:
        """The mentions inside tokens [start, end), in text order: read from the token index over a
        span shorter than the list of mentions (a sentence, a name), else from the list."""
        if end - start > len(self.mentions):
            found = sorted((m for m in self.mentions if m.start >= start and m.end <= end), key=lambda m: m.start)
        else:
            found, i = [], max(start, 0)
            while i < end:
                mention = self._by_token.get(i)
                if mention is None:
                    i += 1
                    continue
                if mention.start >= start and mention.end <= end:
                    found.append(mention)
                i = max(mention.end, i + 1)
        return found if kinds is None else [m for m in found if m.kind in kinds]

    def taken(self, token_index: int) -> bool:
        return token_index in self._by_token

    # helpers --------------------------------------------------------------------------------
    @cached_property
    def parsed_text(self) -> str:
        """The text the parse is of: the item's with hard-wrapped line breaks made spaces (`unwrapped`),
        when its tokens lie where they do in that text (joining `doc.text` from the tokens costs more
        than all the reads of it); else joined from the tokens."""
        text = unwrapped(self.item.text)
        return text if self._parse_of(text) else self.doc.text

    def _parse_of(self, text: str) -> bool:
        """The parse's first and last tokens, with the last one's trailing white space, are where
        they are in `text`, and nothing follows; where `unwrapped` made a line break a space, the
        parse has no line-break token (a parse of the text as written has, at the same length)."""
        if not len(self.doc):
            return not text
        first, last = self.doc[0], self.doc[-1]
        if not (text.startswith(first.text) and len(text) == last.idx + len(last.text_with_ws)
                and text.endswith(last.text_with_ws)):
            return False
        joined = WRAP_BREAK.search(self.item.text) if text != self.item.text else None
        return joined is None or self.token_starting_at(joined.start()) is None

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The words the item writes in lower case, read once per item."""
        return frozenset(re.findall(r"\b[a-z]+\b", self.item.text))

    @cached_property
    def other_side(self) -> OtherSideGroups:
        """The groups that name the other side of their clause's act (extract/other_side.py), found once
        per item: every title's group and the item's fallback state read them."""
        return other_side_groups(self.item.text, self.lexicon)

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """The parse's tokens, made once per item: `ctx.tokens[i]` is `doc[i]` without a new Token
        object at each look-up, and a scan over them creates none."""
        return tuple(self.doc)

    @cached_property
    def lemmas(self) -> tuple[str, ...]:
        """`token.lemma_.lower()` of each token, read once per item for the scans over all tokens
        (each lemma looked up in the vocabulary and lower-cased once per process: `_LOWERED_LEMMAS`)."""
        column = self._column(LEMMA)
        lowered = _LOWERED_LEMMAS
        unknown = set(column).difference(lowered)
        if unknown:
            if len(lowered) + len(unknown) > _LOWERED_LEMMAS_LIMIT:
                lowered.clear()
                unknown = set(column)
            strings = self.doc.vocab.strings
            lowered.update((h, strings[h].lower()) for h in unknown)
        return tuple(map(lowered.__getitem__, column))

    @cached_property
    def lowers(self) -> tuple[str, ...]:
        """`token.lower_` of each token, read once per item: the lower case of its text, as spaCy
        makes it (each lookup of a token's `lower_` in the vocabulary costs more than lowering it)."""
        return tuple(map(str.lower, self.texts))

    @cached_property
    def capitalised(self) -> tuple[bool, ...]:
        """Whether each token is a capitalised word of a name, read once per item: it opens with a
        capital; or it is a number before a capitalised word ("2030 Agenda"); or a word of letters
        right after a hyphen that follows a capitalised word with no space around ("operation" of
        "Co-operation": a name is never cut at a hyphen inside a capitalised word)."""
        texts = self.texts
        capitalised = [text[:1].isupper() for text in texts]
        for i in [i for i, text in enumerate(texts[:-1]) if text[:1].isdigit()]:
            capitalised[i] = capitalised[i + 1]
        hyphens = [i for i, text in enumerate(texts) if text == "-" and 1 <= i < len(texts) - 1]
        if hyphens:
            spaced = self._column(SPACY)
            for i in hyphens:  # the word after the hyphen
                if texts[i + 1][:1].isalpha() and not spaced[i - 1] and not spaced[i] and texts[i - 1][:1].isupper():
                    capitalised[i + 1] = True
        return tuple(capitalised)

    def _column(self, attribute: int) -> list[int]:
        """One attribute of every token (a hash in the vocabulary's strings), read at once."""
        return self.doc.to_array(attribute).tolist() if len(self.doc) else []

    @cached_property
    def texts(self) -> tuple[str, ...]:
        """`token.text` of each token, sliced once per item from the parsed text (a scan over all
        tokens that reads `token.text` makes a new string from the vocabulary at each)."""
        starts, ends = self._token_offsets
        text = self.parsed_text
        return tuple(text[start:end] for start, end in zip(starts, ends))

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """The parse's sentences, made once per item (each `doc.sents` checks the annotation and makes
        every Span again), each a `Sentence`: the rules scan them again and again."""
        starts, _ = self._token_offsets
        text, tokens = self.parsed_text, self.tokens
        return tuple(Sentence.of(self.doc, span.start, span.end, tokens, text,
                                 starts[span.end] if span.end < len(starts) else len(text))
                     for span in self.doc.sents)

    def read_span(self, span: Span) -> Span:
        """`span` (a sentence, a part of one) as a `Sentence` that reads the item's tokens and text
        made once: a plain Span of the parse (`token.sent`, `doc[a:b]`) makes a Token object for each
        of its words whenever its text is read or its words are walked."""
        return span if isinstance(span, Sentence) else self.span(span.start, span.end)

    def span(self, start: int, end: int) -> Span:
        """Tokens [start, end) of the parse, `doc[start:end]`, as a `Sentence` (see `read_span`)."""
        starts, _ = self._token_offsets
        text = self.parsed_text
        return Sentence.of(self.doc, start, end, self.tokens, text, starts[end] if end < len(starts) else len(text))

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """The parse's named entities, made once per item (each `doc.ents` walks every token and makes
        every Span again)."""
        return tuple(self.doc.ents)

    def ents_in(self, span: Span) -> list[Span]:
        """The named entities inside `span`, as `span.ents` finds them among the item's."""
        found = []
        for ent in self.ents:
            if ent.start >= span.start:
                if ent.end > span.end:
                    break
                found.append(ent)
        return found

    def subtree(self, token: Token) -> frozenset[int]:
        """The indices of the tokens of `token.subtree`, read once per token (the rules of an encounter
        walk the subtree of its verb and of its phrases again and again)."""
        found = self._subtrees.get(token.i)
        if found is None:
            found = self._subtrees[token.i] = frozenset(t.i for t in token.subtree)
        return found

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_at(self, token_index: int) -> Span:
        """The sentence of the token at `token_index` (its `token.sent`, found among the item's
        sentences made once instead of made again at each call)."""
        return self.sentences[bisect_right(self._sentence_starts, token_index) - 1]

    @cached_property
    def _token_offsets(self) -> tuple[list[int], list[int]]:
        """Where each token starts and ends in the item's text, read once per parse."""
        starts = self._column(IDX)
        return starts, list(map(add, starts, self._column(LENGTH)))

    def token_starting_at(self, offset: int) -> int | None:
        """The index of the token that starts at character `offset` of the text, if one does."""
        starts, _ = self._token_offsets
        index = bisect_left(starts, offset)
        return index if index < len(starts) and starts[index] == offset else None

    def text_of(self, start: int, end: int) -> str:
        """The text of tokens [start, end), i.e. `doc[start:end].text`, sliced from the parsed text
        instead of joined from the tokens."""
        if end <= start:
            return ""
        starts, ends = self._token_offsets
        return self.parsed_text[starts[start]:ends[end - 1]]

    def entity(self, key: str) -> Entity:
        return self.table.entities[key]

    def evidence(self, sentence: Span, confidence: float) -> Evidence:
        start, end = sentence.start_char, sentence.end_char
        # the item's own text (the parsed one may have hard-wrapped line breaks made spaces)
        return Evidence(quote=self.item.text[start:end], start=start, end=end, confidence=confidence)

    def as_state(self, key: str) -> str:
        """A state's whole government ("the Government of X", "the Royal Government of X", "the X
        Government") acts as the state X; any other entity as itself."""
        entity = self.entity(key)
        if entity.kind != EntityKind.ORGANIZATION or not entity.country:
            return key
        words = self.lexicon.words_for("government")
        name = entity.name.split()
        rest = [w for w in name if w.lower() not in words]
        if len(rest) == len(name):
            return key  # no government word: a ministry, an agency, an embassy
        while rest and rest[0].lower() in {"of", "the"}:
            rest = rest[1:]
        country = self.gazetteer.country(" ".join(rest)) if rest else None
        return entity.country if country is not None and country.iso3 == self.entity(entity.country).iso_code else key

    def named_as_topic(self, mention: Mention) -> bool:
        """A state named only as what is discussed ("the situation in Venezuela", "the Sudan crisis",
        "discussed Ukraine", "talked about Sudan and Somalia"; the words of uses "topic" and "discussing"
        in data/extraction/fact_words.tsv): no one's side."""
        root = self.tokens[mention.start]
        while mention.start <= root.head.i < mention.end and root.head.i != root.i:
            root = root.head
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "the situation in Sudan and Somalia"
        head = root.head
        if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ABOUT:
            return True
        if root.dep_ == "dobj":
            return head.lemma_.lower() in self.lexicon.words_for("discussing")
        if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in TOPIC_PREPOSITIONS:
            head = head.head
        elif root.dep_ not in {"compound", "amod", "nmod"}:
            return False
        topics = self.lexicon.words_for("topic")
        return head.lemma_.lower() in topics or head.lower_ in topics  # "tensions" is listed as written

    def top_organization(self, key: str) -> str:
        """The organization a unit belongs to (following parents), else the entity itself."""
        seen = {key}
        entity = self.entity(key)
        while entity.kind == EntityKind.ORGANIZATION and entity.org_type == OrgType.UNIT and entity.parent:
            if entity.parent in seen:
                break
            seen.add(entity.parent)
            entity = self.entity(entity.parent)
        return entity.key


CREDIT_END = re.compile(r"[)/]?\s*(?:--|–|—|-|::?|/|$)", re.M)


def credit_only(ctx: ItemContext) -> set[str]:
    """Organizations named only in a credit line ("Tehran, IRNA - ...", "2023/APO Group/ --",
    "ASHGABAT, Dec 11 (APP)::"): the agency that reports the item, not an actor in it."""
    text = ctx.item.text
    credit: set[str] = set()
    elsewhere: set[str] = set()
    starts, ends = ctx._token_offsets
    for mention in ctx.mentions:
        if mention.kind != EntityKind.ORGANIZATION:
            continue
        start, end = starts[mention.start], ends[mention.end - 1]
        paragraph_start = text.rfind("\n", 0, start) + 1
        if start - paragraph_start <= 60 and CREDIT_END.match(text, end) and not _line_of_its_own(text, start, end):
            credit.add(mention.key)
        else:
            elsewhere.add(mention.key)
    return credit - elsewhere


def _line_of_its_own(text: str, start: int, end: int) -> bool:
    """A name that is a whole line between others ("Media contact:\nA\nHead of Communications\nGhana
    Ports Authority\nTel: ..."): a contact block or a list, not the credit that opens or closes an item."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return 0 < line_start and 0 <= line_end and not text[line_start:start].strip() \
        and not text[end:line_end].strip() and bool(text[line_end:].strip())
