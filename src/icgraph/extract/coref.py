"""Generic references inside one item, resolved to the entity they stand for.

"the Director-General", "the Secretary General", "the Cuban minister", "the former prime minister"
-> the one person of the item whose post has that role (and that country, when a demonym qualifies
it); "Her Highness" -> the person introduced with that honorific; "the Organization" -> the item's
main organization; "the Ministry", "the Bank" -> the one organization of the item with that head
word; "the Kingdom", "the Republic" -> the country named with that formal word.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Span

from icgraph.extract.assembly import attendance_cues
from icgraph.extract.context import ItemContext, Mention
from icgraph.extract.headline import headline_descriptions
from icgraph.extract.lexicon import singular
from icgraph.extract.organizations import head_word
from icgraph.extract.posts import _publisher_organization, dominant_organization, role_pattern
from icgraph.model import EntityKind, OrgType, Post
from icgraph.textnorm import normalize_name

GENERIC_ORGANIZATION = frozenset({"organization", "organisation"})
FORMAL_STATE_WORDS = frozenset({"kingdom", "republic", "sultanate", "emirate", "state", "federation",
                                "principality", "confederation", "union"})


def resolve_organization_references(ctx: ItemContext) -> None:
    """ "the Organization", "the University('s)", "the Kingdom": before posts are read, so that
    "the University's Vice-Chancellor, X" finds its organization."""
    _organization_references(ctx)


def resolve_title_initials(ctx: ItemContext) -> None:
    """ "External Affairs Minister A ... EAM held talks", "the DG", "the HC": a word in capitals that
    spells the initials of the title written before one person's name is that person, like a surname
    after a full mention. Not an acronym the item defines or the gazetteer knows for an organization
    (those are taken first, or named by `organization`), nor a title right before a name ("FM B")."""
    holders: dict[str, set[str]] = {}
    titles = _introduced_titles(ctx)
    for mention in ctx.mentions:
        apposed = _apposed_title(ctx, mention) if mention.kind == EntityKind.PERSON else None
        if apposed:
            titles.setdefault(mention.key, []).append(apposed)
    for person, held in titles.items():
        for title in held:
            initials = _initials(title)
            if len(initials) >= 2:
                holders.setdefault(initials, set()).add(person)
    if not holders:
        return
    for i, text in enumerate(ctx.texts):
        people = holders.get(text.lower(), set())
        if len(people) != 1 or not text.isupper() or ctx.taken(i) or ctx.gazetteer.organization(text) is not None:
            continue
        if i + 1 < len(ctx.texts) and (ctx.taken(i + 1) or ctx.texts[i + 1][:1].isupper()):
            continue  # "FM Ahmed Shareef", "CS Wanjiru": a title before a name
        if i > 0 and ctx.tokens[i - 1].like_num:
            continue  # "at 4 PM": a time of day
        start = i - 1 if i > 0 and ctx.lowers[i - 1] == "the" else i
        ctx.add_mention(Mention(next(iter(people)), EntityKind.PERSON, start, i + 1))


def _apposed_title(ctx: ItemContext, mention: Mention) -> str | None:
    """The title a name is set off after, as a comparison key: "the High Commissioner of India to
    Kenya, A" -> "high commissioner of india to kenya" (capitalised words, states and organizations,
    and connectors back to the article), when its words before the portfolio hold a role word."""
    texts, lowers = ctx.texts, ctx.lowers
    i = mention.start - 1
    while i >= 0 and ctx.gazetteer.honorific(texts[i]) is not None:
        i -= 1
    if i < 1 or texts[i] != ",":
        return None
    comma = i
    i -= 1
    sentence_start = ctx.sentence_at(comma).start
    while i >= sentence_start and (texts[i][:1].isupper() or lowers[i] in TITLE_CONNECTORS | {"to"} and
                                   (lowers[i] != "the" or i > 0 and lowers[i - 1] in {"of", "for"})) \
            and ((other := ctx.mention_at(i)) is None or other.kind != EntityKind.PERSON):
        i -= 1
    start = i + 1
    while start < comma and lowers[start] in TITLE_CONNECTORS:
        start += 1
    if start >= comma:
        return None
    title = normalize_name(ctx.text_of(start, comma))
    lead = _initials(title)
    if not lead or not any(ctx.gazetteer.role(texts[k]) is not None for k in range(start, min(comma, start + len(lead) + 2))):
        return None
    return title


def _initials(title: str) -> str:
    """The initials of a title's words before its portfolio or institution: "cabinet secretary for
    the interior" -> "cs", "secretary general of ..." -> "sg"."""
    words: list[str] = []
    for word in title.split():
        if word in TITLE_CONNECTORS:
            break
        words.append(word)
    return "".join(word[0] for word in words)


def resolve_references(ctx: ItemContext, posts: list[Post]) -> list[Post]:
    """Resolve the references; returns the posts that descriptions give people named without one."""
    described = _role_references(ctx, posts)
    _counterpart_references(ctx, posts)
    _honorific_references(ctx)
    _pronoun_subjects(ctx)
    return described


PERSONAL_PRONOUNS = frozenset({"he", "she"})


def _pronoun_subjects(ctx: ItemContext) -> None:
    """ "A received B on Monday. She was joined by C": "he" or "she" as the subject of a sentence
    that brings companions (accompanied, joined by) stands for the person the previous sentence that
    names people is about (the subject of its main clause, else the first person it names), within
    three sentences. Sentences that report an encounter read their pronoun themselves (events.py)."""
    if PERSONAL_PRONOUNS.isdisjoint(ctx.lowers):
        return  # the item writes no "he" or "she"
    sentences = list(ctx.sentences)
    _, companion_cues = attendance_cues()
    for number, sentence in enumerate(sentences):
        pronoun = next((c for c in sentence.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if pronoun is None or pronoun.lower_ not in PERSONAL_PRONOUNS or ctx.taken(pronoun.i):
            continue
        if sentence.root.lemma_.lower() != "accompany" and not companion_cues.search(sentence.text):
            continue
        for previous in reversed(sentences[max(0, number - 3):number]):
            people = ctx.mentions_in(previous.start, previous.end, frozenset({EntityKind.PERSON}))
            if not people:
                continue
            subject = {t.i for c in previous.root.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
            chosen = next((m for m in people if m.start in subject), people[0])
            ctx.add_mention(Mention(chosen.key, EntityKind.PERSON, pronoun.i, pronoun.i + 1))
            break


def _counterpart_references(ctx: ItemContext, posts: list[Post]) -> None:
    """ "his U.S. counterpart", "her Brazilian counterparts": the one person of the item who holds a
    post for that country (a counterpart followed by a name is that name, read elsewhere)."""
    if "counterpart" not in ctx.lemmas:
        return
    doc = ctx.tokens
    for token in ctx.tokens:
        if ctx.lemmas[token.i] != "counterpart" or ctx.taken(token.i) or _names_follow(ctx, token.i + 1):
            continue
        qualifier = ctx.mention_at(token.i - 1)
        end = token.i + 1
        if qualifier is None and token.i > 0 and doc[token.i - 1].tag_ == "PRP$" and not ctx.taken(token.i - 1):
            qualifier = _state_after_counterpart(ctx, token.i)
            if qualifier is None:
                _unqualified_counterpart(ctx, posts, token.i)
                continue
            start, end = token.i - 1, qualifier.end
        elif qualifier is not None and qualifier.kind == EntityKind.COUNTRY:
            start = qualifier.start - 1 if qualifier.start > 0 and doc[qualifier.start - 1].tag_ == "PRP$" else None
        else:
            continue
        if start is None:
            continue
        people = list(dict.fromkeys(p.person for p in posts if p.organization in
                                    {qualifier.key} | {k for k, e in ctx.table.entities.items()
                                                       if e.kind == EntityKind.ORGANIZATION and e.country == qualifier.key}))
        if len(people) == 1:
            ctx.remove_mention(qualifier)
            ctx.add_mention(Mention(people[0], EntityKind.PERSON, start, end))


def _state_after_counterpart(ctx: ItemContext, index: int) -> Mention | None:
    """ "his counterpart from Slovenia", "her counterpart of Chile": the state named right after."""
    doc = ctx.tokens
    i = index + 1
    if i >= len(doc) or doc[i].lower_ not in {"from", "of"}:
        return None
    i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    mention = ctx.mention_at(i) if i < len(doc) else None
    return mention if mention is not None and mention.kind == EntityKind.COUNTRY and mention.start == i else None


def _unqualified_counterpart(ctx: ItemContext, posts: list[Post], index: int) -> None:
    """ "A arrived in Madrid. She held talks with her counterpart ... Spanish Foreign Minister B said":
    of the two people of the item who hold the same role (data/roles.tsv) for different states or
    organizations, the one the item has not named before "his/her counterpart"."""
    roles: dict[str, set[str]] = {}
    for post in posts:
        term = ctx.gazetteer.role(post.role)
        if term is not None:
            roles.setdefault(term.role_id, set()).add(post.person)
    shared = [people for people in roles.values() if len(people) == 2]
    if len(shared) != 1:
        return
    first, second = sorted(shared[0], key=lambda key: min((m.start for m in ctx.mentions if m.key == key), default=0))
    organizations = [{p.organization for p in posts if p.person == key} for key in (first, second)]
    if organizations[0] & organizations[1] - {None}:
        return  # two ministers of one state are no counterparts
    named_before = [key for key in (first, second) if _any_named_before(ctx, [key], index)]
    if len(named_before) == 1 and named_before[0] == first:
        ctx.add_mention(Mention(second, EntityKind.PERSON, index - 1, index + 1))


def _role_references(ctx: ItemContext, posts: list[Post]) -> list[Post]:
    doc = ctx.doc
    text = ctx.item.text
    holders: dict[str, list[Post]] = {}
    for post in posts:
        holders.setdefault(post.person, []).append(post)
    described: list[Post] = []
    introduced = _introduced_titles(ctx)
    if not holders and not introduced and not ctx.headline:
        return described
    unresolved: list[tuple[Span, str | None]] = []  # descriptions nobody of the body holds
    # "the acting Minister", "the new Ambassador", "the visiting Director" (data/extraction/post_words.tsv)
    before_title = ctx.lexicon.words_for("qualifier") | ctx.lexicon.words_for("tenure") | ctx.lexicon.words_for("visitor")
    lowers = ctx.lowers
    for match in role_pattern(ctx).finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or any(ctx.taken(i) for i in range(span.start, span.end)):
            continue
        start = span.start
        qualifier: Mention | None = None
        while start > 0:
            mention = ctx.mention_at(start - 1)
            if mention is not None and mention.kind in {EntityKind.COUNTRY, EntityKind.ORGANIZATION}:
                qualifier = mention
                start = mention.start
                continue
            if lowers[start - 1] in before_title or ctx.tokens[start - 1].tag_ == "POS":
                start -= 1
                continue
            break
        if start == 0 or lowers[start - 1] != "the":
            continue
        if _names_follow(ctx, span.end):
            continue
        if span.end < len(doc) and doc[span.end].tag_ == "POS":
            continue  # "the President's Special Representative": a qualifier, not an actor
        # whose holder the description means: "the Belgian Foreign Minister", "the President of Indonesia"
        of_whom = _qualifier_after(ctx, span.end)
        of_which = qualifier or of_whom
        named = _named_after(ctx, of_whom.end) if of_whom is not None else _named_after(ctx, _title_end(ctx, span.end))
        if named is not None:
            # "the Prime Minister of Vietnam, A": the title of the name that follows, whoever else the
            # item gives that role
            ctx.add_mention(Mention(named, EntityKind.PERSON, start - 1, span.end))
            continue
        role_key = normalize_name(match.group(0))
        candidates = _holders(ctx, holders, role_key, of_which, exact=True) or \
            _holders(ctx, holders, role_key, of_which, exact=False) or \
            _holders(ctx, holders, role_key, of_which, exact=False, modified=True) or \
            _same_role(ctx, holders, match.group(0), of_which)
        titled = [person for person, titles in introduced.items()
                  if any(f" {role_key} " in f" {title} " for title in titles)] if of_which is None else []
        if not candidates or not _any_named_before(ctx, candidates, span.start) and _any_named_before(ctx, titled, span.start):
            # "Minister of Agriculture A received B. The Minister ...": a title the item put before a
            # name that gives no post (no country or organization) still describes its holder, rather
            # than someone the item names only later ("... also met the Prime Minister of Canada, C")
            candidates = titled
        person = _nearest_before(ctx, candidates, span.start)
        if person is not None and _first_named_later_in_sentence(ctx, person, span.start):
            # "The Minister met the German Foreign Minister, B": the description is not B, whom its own
            # sentence names after it as someone else
            person = None
        if person is None and qualifier is not None and qualifier.kind == EntityKind.COUNTRY and not candidates:
            # "A talked with Pavel Orlovsky. ... the Russian Foreign Minister ...": a role of a country
            # that nobody holds is the one person named before it without any post
            person = _untitled_before(ctx, holders, span.start)
            if person:
                described.append(Post(person=person, role=match.group(0), organization=qualifier.key,
                                      evidence=ctx.evidence(doc[span.start].sent, 0.5)))
                holders[person] = [described[-1]]
        if person:
            ctx.add_mention(Mention(person, EntityKind.PERSON, start - 1, span.end))
        elif not candidates:
            unresolved.append((span, _state_of(of_which)))
    headline_descriptions(ctx, unresolved)
    return described


def _qualifier_after(ctx: ItemContext, end: int) -> Mention | None:
    """The state or organization after a description's "of" ("the President of Indonesia")."""
    i = end + 1
    if end >= len(ctx.doc) or ctx.lowers[end] not in {"of", "for"}:
        return None
    if i < len(ctx.doc) and ctx.lowers[i] == "the":
        i += 1
    mention = ctx.mention_at(i) if i < len(ctx.doc) else None
    return mention if mention is not None and mention.kind in {EntityKind.COUNTRY, EntityKind.ORGANIZATION} \
        and mention.start == i else None


def _title_end(ctx: ItemContext, end: int) -> int:
    """Where a title that goes on past `end` with "of"/"for" ends: "the Minister| of Health of Peru|, A"
    (capitalised words, states and organizations, "of", "for", "the"), or with "and" and a second
    portfolio: "the Minister for Foreign Affairs| and Regional Integration|, A"; `end` when it does not go on."""
    if end >= len(ctx.doc) or ctx.lowers[end] not in {"of", "for"} and not _joins_portfolio(ctx, end):
        return end
    i = end
    while i < min(len(ctx.doc), end + 10) and (ctx.lowers[i] in {"of", "for", "the", "&", "-"} or ctx.doc[i].is_title
                                                  or _joins_portfolio(ctx, i)) \
            and ((mention := ctx.mention_at(i)) is None or mention.kind != EntityKind.PERSON):
        i += 1
    return i


def _joins_portfolio(ctx: ItemContext, index: int) -> bool:
    """An "and" that joins a second portfolio to a title ("Minister of Trade and Industry"), not a
    second title or person ("the Minister of Trade and the Minister of Finance", "... and Dr. A")."""
    following = index + 1
    return ctx.lowers[index] == "and" and following < len(ctx.doc) and ctx.doc[following].is_title \
        and ctx.gazetteer.role(ctx.texts[following]) is None and ctx.gazetteer.honorific(ctx.texts[following]) is None \
        and ctx.mention_at(following) is None


def _any_named_before(ctx: ItemContext, people: list[str], index: int) -> bool:
    wanted = set(people)
    return any(m.key in wanted and m.start < index for m in ctx.mentions)


def _state_of(qualifier: Mention | None) -> str | None:
    """The state a description names: its qualifier ("the Belgian Foreign Minister") or the state
    after its "of" ("the Minister of Foreign Affairs of Belgium")."""
    return qualifier.key if qualifier is not None and qualifier.kind == EntityKind.COUNTRY else None


TITLE_CONNECTORS = frozenset({"of", "for", "the", "and", "&", "-"})


def _introduced_titles(ctx: ItemContext) -> dict[str, list[str]]:
    """Person -> the titles written right before their name ("Minister of Agriculture A", "Speaker
    B", "H.E. Ambassador C"), as comparison keys: the capitalised words (and "of", "for", "the",
    "and") before the name and its honorifics, when one of them is a title word of data/roles.tsv."""
    texts, lowers = ctx.texts, ctx.lowers
    sentence_ends = {sentence.end - 1 for sentence in ctx.sentences}  # the last token of each sentence
    titles: dict[str, list[str]] = {}
    for mention in ctx.mentions:
        if mention.kind != EntityKind.PERSON:
            continue
        i = mention.start - 1
        while i >= 0 and ctx.gazetteer.honorific(texts[i]) is not None and ctx.gazetteer.role(texts[i]) is None:
            i -= 1  # "H.E.", "Dr."; an honorific that is a role too ("Minister") is the title's
        end = i + 1
        while i >= 0 and not ctx.taken(i) and i not in sentence_ends and \
                (texts[i][:1].isupper() and texts[i].isalpha() or lowers[i] in TITLE_CONNECTORS):
            i -= 1  # (not the last word of a sentence; isalpha: token.is_alpha)
        start = i + 1
        while start < end and lowers[start] in TITLE_CONNECTORS:
            start += 1
        if start < end and any(ctx.gazetteer.role(texts[k]) is not None for k in range(start, end) if texts[k].isalpha()):
            titles.setdefault(mention.key, []).append(normalize_name(ctx.text_of(start, end)))
    return titles


def _untitled_before(ctx: ItemContext, holders: dict[str, list[Post]], index: int) -> str | None:
    people = {m.key for m in ctx.mentions if m.kind == EntityKind.PERSON and m.start < index}
    untitled = people - set(holders)
    return untitled.pop() if len(untitled) == 1 else None


def _holders(ctx: ItemContext, holders: dict[str, list[Post]], role_key: str, qualifier: Mention | None,
             exact: bool, modified: bool = False) -> list[str]:
    """People whose post has the role (exactly, or as words of a longer role) and the qualifier's
    organization or country. In a longer role, the words may follow a modifier (data/extraction/
    post_words.tsv) only when `modified`: "the Minister" is the Minister of Foreign Affairs the item
    names rather than his Deputy Minister, and the Deputy Minister when no minister is named."""
    modifiers = ctx.lexicon.words_for("modifier")
    qualifiers = ctx.lexicon.words_for("qualifier") | ctx.lexicon.words_for("tenure")

    def fits(post: Post) -> bool:
        role = _role_key(post.role, qualifiers)
        if exact:
            same = role == role_key
        else:
            same = f" {role_key} " in f" {role} " and \
                (modified or not any(f" {word} {role_key} " in f" {role} " for word in modifiers))
        if qualifier is None:
            return same
        return same and post.organization in {qualifier.key, ctx.top_organization(qualifier.key)}
    return [person for person, held in holders.items() if any(fits(p) for p in held)]


@lru_cache(maxsize=1024)
def _role_key(role: str, qualifiers: frozenset[str]) -> str:
    """A post's role as a comparison key without the words that qualify it ("acting", "former"),
    found once per role (every description of the item asks it of every post)."""
    return " ".join(w for w in normalize_name(role).split() if w not in qualifiers)


def _same_role(ctx: ItemContext, holders: dict[str, list[Post]], title: str, qualifier: Mention | None) -> list[str]:
    """People whose post names the same role in other words (data/roles.tsv role ids): "the Foreign
    Minister" for the "Minister of Foreign Affairs"; else the one person whose role the title describes
    generically (data/extraction/generic_roles.tsv): "the Head of State" for the President, unless
    the item names two presidents."""
    wanted = ctx.gazetteer.role(title)
    if wanted is None:
        return []

    def fits(post: Post, generic: bool) -> bool:
        term = ctx.gazetteer.role(post.role)
        same = term is not None and ((wanted.role_id, term.role_id) in ctx.lexicon.generic_roles if generic
                                     else term.role_id == wanted.role_id)
        return same and (qualifier is None or post.organization in {qualifier.key, ctx.top_organization(qualifier.key)})
    same_role = [person for person, held in holders.items() if any(fits(p, False) for p in held)]
    described = [person for person, held in holders.items() if any(fits(p, True) for p in held)]
    return same_role or (described if len(described) == 1 else [])


def _names_follow(ctx: ItemContext, index: int) -> bool:
    """A title directly followed by a name is not a reference ("the Minister, Prince X")."""
    return _named_after(ctx, index) is not None


def _named_after(ctx: ItemContext, index: int) -> str | None:
    """The person named right after `index` (past a comma and honorifics)."""
    doc = ctx.tokens
    i = index
    if i < len(doc) and doc[i].text == ",":
        i += 1
    while i < len(doc) and ctx.gazetteer.honorific(doc[i].text) is not None:
        i += 1
    mention = ctx.mention_at(i) if i < len(doc) else None
    return mention.key if mention is not None and mention.kind == EntityKind.PERSON else None


def _first_named_later_in_sentence(ctx: ItemContext, person: str, index: int) -> bool:
    """Whether the item names `person` first after `index`, in the sentence of `index` and past a verb
    ("The Minister met ... B"; not "the Director of the Institute in Cairo, B")."""
    first = min((m.start for m in ctx.mentions if m.key == person), default=None)
    return first is not None and index < first < ctx.sentence_at(index).end \
        and any(t.pos_ in {"VERB", "AUX"} for t in ctx.tokens[index:first])


def _nearest_before(ctx: ItemContext, people: list[str], index: int) -> str | None:
    if len(people) == 1:
        return people[0]
    best, best_start = None, -1
    for mention in ctx.mentions:
        if mention.key in people and best_start < mention.start < index:
            best, best_start = mention.key, mention.start
    return best


def _honorific_references(ctx: ItemContext) -> None:
    """ "Her Highness" standing alone refers to the person first introduced with it."""
    doc = ctx.tokens
    introduced: dict[str, str] = {}
    for mention in sorted(ctx.mentions, key=lambda m: m.start):
        if mention.kind != EntityKind.PERSON or mention.start < 2:
            continue
        before = normalize_name(ctx.text_of(mention.start - 2, mention.start))
        introduced.setdefault(before, mention.key)
    first_words = {key.split()[0] for key in introduced if key}
    for i in range(len(doc) - 1):
        if ctx.lowers[i] not in first_words:
            continue
        pair = normalize_name(ctx.text_of(i, i + 2))
        if pair in introduced and doc[i].text[:1].isupper() and not ctx.taken(i) and not ctx.taken(i + 1):
            following = ctx.mention_at(i + 2) if i + 2 < len(doc) else None
            named = i + 2 < len(doc) and doc[i + 2].is_alpha and doc[i + 2].text[:1].isupper()
            # "Prime Minister Datuk Seri Azlan Harun": a title before a name is not a reference; nor is
            # a part of a longer title or one of a state ("Jordan's Deputy Prime Minister")
            if following is None and not named and not _words_of_a_longer_title(doc, i) \
                    and ctx.gazetteer.honorific(ctx.text_of(i, i + 2)) is not None:
                ctx.add_mention(Mention(introduced[pair], EntityKind.PERSON, i, i + 2))


def _words_of_a_longer_title(doc, i: int) -> bool:
    """Whether the words at `i` continue a title or a state's possessive ("Deputy Prime Minister",
    "Jordan's Prime Minister"): a capitalised word or "'s" right before them, inside the sentence."""
    if i == 0 or doc[i].is_sent_start:
        return False
    before = doc[i - 1]
    return before.tag_ == "POS" or before.is_alpha and before.text[:1].isupper()


def _short_names(ctx: ItemContext, organizations: set[str]) -> None:
    """ "Novarel" for "Novarel Incubator": a name without its institution word, not a word of a
    hyphenated compound or of a role term ("General" of "Assistant Secretary-General" or "Secretary General"
    is not the "General Secretariat")."""
    short = {}
    for key in organizations:
        words = ctx.entity(key).name.split()
        if len(words) == 2 and singular(words[1]) in ctx.lexicon.org_heads:
            short[words[0]] = key
    if not short:
        return
    for i, text in enumerate(ctx.texts):
        key = short.get(text)
        if key is None:
            continue
        token = ctx.tokens[i]
        if token.pos_ != "PROPN" or _hyphenated(token) or _portfolio_word(ctx, i) or _role_word(ctx, i):
            continue
        taken = ctx.mention_at(token.i)
        if taken is not None and taken.kind == EntityKind.PLACE and ctx.entity(taken.key).country is None:
            ctx.remove_mention(taken)  # the parser's guess of a place gives way to the known name
        if not ctx.taken(token.i):
            ctx.add_mention(Mention(key, EntityKind.ORGANIZATION, token.i, token.i + 1))


def _portfolio_word(ctx: ItemContext, index: int) -> bool:
    """ "Trade" in "Minister of Trade": the portfolio of a role term, not the "Trade Division" named elsewhere."""
    return index >= 2 and ctx.lowers[index - 1] in {"of", "for"} and ctx.gazetteer.is_role(ctx.texts[index - 2])


def _role_word(ctx: ItemContext, index: int) -> bool:
    """ "General" in "Assistant Secretary General": the last word of a role term, not the "General Secretariat"."""
    return any(ctx.gazetteer.is_role(ctx.text_of(start, index + 1)) for start in range(max(0, index - 2), index))


def _hyphenated(token) -> bool:
    """Whether the token is joined by a hyphen to the word before or after it ("Secretary-General")."""
    doc = token.doc
    before = token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_ and not doc[token.i - 1].whitespace_
    after = token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ and not doc[token.i + 1].whitespace_
    return before or after


def _publishing_organization(ctx: ItemContext) -> str | None:
    """The intergovernmental organization that publishes the item, which its own release calls "the
    Organization" whatever other body it names: "The Secretary General of the Organization, A, met ... to
    prepare the General Assembly" on the OAS's site."""
    key = _publisher_organization(ctx)
    return key if key is not None and ctx.entity(key).org_type == OrgType.INTERGOVERNMENTAL else None


def _organization_references(ctx: ItemContext) -> None:
    texts, lowers = ctx.texts, ctx.lowers
    organizations = {m.key for m in ctx.mentions if m.kind == EntityKind.ORGANIZATION}
    _short_names(ctx, organizations)
    countries = Counter(m.key for m in ctx.mentions if m.kind == EntityKind.COUNTRY)
    # "the Organization", "the Kingdom", "the Ministry": a capitalised word after "the" that no capitalised
    # word or "of" follows, not taken (a reference taken below covers only its own word and its "the")
    references = [(i, singular(texts[i])) for i in range(1, len(texts))
                  if lowers[i - 1] == "the" and not ctx.taken(i) and texts[i][:1].isupper()
                  and not (i + 1 < len(texts) and (texts[i + 1][:1].isupper() or lowers[i + 1] == "of"))]
    # the main organization as the mentions stand before the references are taken, found only when asked
    main = dominant_organization(ctx) if any(word in GENERIC_ORGANIZATION for _, word in references) else None
    for i, word in references:
        key = None
        if word in GENERIC_ORGANIZATION:
            key = _publishing_organization(ctx) or main
        elif word in FORMAL_STATE_WORDS:
            matches = [k for k in countries if any(word in normalize_name(a).split()
                                                   for a in (ctx.entity(k).name,) + ctx.entity(k).aliases)]
            key = matches[0] if len(matches) == 1 else None
            if key:
                ctx.add_mention(Mention(key, EntityKind.COUNTRY, i - 1, i + 1))
            continue
        elif word in ctx.lexicon.org_heads:
            matches = [k for k in organizations if head_word(ctx.entity(k).name) == word]
            key = matches[0] if len(matches) == 1 else None
        if key:
            ctx.add_mention(Mention(key, EntityKind.ORGANIZATION, i - 1, i + 1))
