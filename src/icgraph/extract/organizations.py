"""Organizations, countries and places named in an item.

Four passes, most reliable first:
1. a scan of capitalised word sequences against the gazetteers (countries with formal names and
   demonyms, known organizations with acronyms and variants, places);
2. acronym definitions, both "Long Name (ACR)" and "ACR (Long Name)";
3. names the parser tags as organizations, or capitalised sequences, whose head word names an
   institution ("Ministry", "University", "Commission" ...). Names whose head is an event word
   ("Festival", "Forum", "Conference") are events, not organizations;
4. names the parser tags as organizations without such a head word ("DP World", "Sino Mining Ltd")
   when the item gives evidence of an institution: a corporate suffix, a company officer's title, a
   describing noun ("the firm"), a side of a signing beside a state (data/extraction/company_cues.tsv).
Possessive and prefixed units ("X's Culture Sector", "X Culture Department") get X as parent;
ministries get the country of a demonym or "of <country>".
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

from spacy.tokens import Span, Token

from icgraph.extract.context import ItemContext, Mention
from icgraph.extract.lexicon import generic_name, singular
from icgraph.extract.triggers import sentence_triggers
from icgraph.model import EntityKind, EventKind, OrgType
from icgraph.textnorm import normalize_name, strip_possessive, unify_punctuation

MAX_NAME_TOKENS = 14
CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "&", ",", "-", "de", "des", "la", "du", "el", "al"})
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
GOVERNMENT_HEADS = frozenset({"ministry", "government", "embassy", "consulate", "parliament", "municipality",
                              "directorate", "administration", "authority"})
EDUCATION_HEADS = frozenset({"university", "college", "school", "institute", "academy"})
CULTURE_HEADS = frozenset({"museum", "library", "archive", "gallery", "theatre", "theater", "opera", "orchestra",
                           "philharmonic"})
PARTY_PREPOSITIONS = frozenset({"with", "between"})  # "an MoU with X", "signed between X and Y"
ENTITY_LABELS = frozenset({"ORG", "FAC", "GPE", "NORP", "PERSON", "LOC"})  # parser labels read as names
# prepositions no name ends with, that the parser at times leaves on an entity ("the Ministry in" + "Seoul");
# "of", "for", "on" open a name's field and are read by _extended_end
STRAY_PREPOSITIONS = frozenset({"in", "at", "to", "with", "from", "by"})
ACRONYM = re.compile(r"^[A-Za-z][A-Za-z0-9&\-.]{1,11}$")


def is_acronym(text: str) -> bool:
    return bool(ACRONYM.match(text)) and sum(ch.isupper() for ch in text) >= 2


@lru_cache(maxsize=65536)  # the steps clean the same names and spans again and again
def clean_name(text: str) -> str:
    text = unify_punctuation(text).strip(" ,;:-")
    words = text.split(" ")
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return strip_possessive(" ".join(words)).strip(" ,;:-")


# ---------------------------------------------------------------------------------------------
# 1. gazetteer scan

def _candidate_ends(ctx: ItemContext, start: int) -> list[int]:
    """Ends (exclusive) of capitalised sequences starting at token `start` (within its sentence),
    longest first."""
    doc, texts, lowers, capitalised = ctx.tokens, ctx.texts, ctx.lowers, ctx.capitalised
    sentence_end = ctx.sentence_at(start).end
    ends = []
    i = start
    while i < len(doc) and i - start < MAX_NAME_TOKENS:
        text = texts[i]
        if i > start and text.endswith(".") and len(text) <= 5 and text[:1].isupper():
            break  # "..., Dr." : an honorific starts the next name
        if i > start and lowers[i - 1] in {",", "and"} and ctx.gazetteer.honorific(text) is not None:
            break  # "the National Assembly of Kenya, and Datuk Seri A": an honorific opens the next person
        if i > start and lowers[i - 1] in CONNECTORS and doc[i].ent_type_ in {"DATE", "TIME"}:
            break  # "the X Committee on Monday": a date after the name
        if text[:1].isupper() or capitalised[i]:
            ends.append(i + 1)
        elif doc[i].tag_ == "POS" and i > start:
            pass  # "UN Children's Fund"
        elif lowers[i] not in CONNECTORS and not _particle_of_foreign_name(ctx, start, i):
            break
        elif lowers[i] == "the" and lowers[i - 1] not in {"of", "for", "on", "in"}:
            break
        elif text == "," and not _list_continues(ctx, i + 1):
            break  # "the Culture Sector, in charge of ...": the name ends at the comma
        elif text == "," and _next_institution_at(ctx, i + 1):
            break  # "Department of Trade Policy, Ministry of Commerce": a unit, then its institution
        if i + 1 == sentence_end:
            break  # the token ends its sentence
        i += 1
    return sorted(ends, reverse=True)


def _particle_of_foreign_name(ctx: ItemContext, start: int, i: int) -> bool:
    """ "Museo del Prado", "Universidad de Chile": a lower-case particle inside a name that opens with a head
    word of another language (data/extraction/foreign_org_heads.tsv), a capitalised word after it."""
    heads, tokens = ctx.lexicon.foreign_org_heads or {}, ctx.tokens
    if ctx.lowers[i] not in ctx.lexicon.name_particles or i + 1 >= len(tokens) or not ctx.capitalised[i + 1]:
        return False
    j = i - 1
    while j >= start and ctx.capitalised[j]:
        if ctx.lowers[j] in heads:
            return True
        j -= 1
    return False


def _commas_before_institutions(ctx: ItemContext, start: int, end: int) -> list[int]:
    """The commas inside a parser entity after which another institution's name opens."""
    return [i for i in range(start + 1, end - 1) if ctx.texts[i] == "," and _next_institution_at(ctx, i + 1)]


def _next_institution_at(ctx: ItemContext, i: int) -> bool:
    """After a comma, another institution's name opens: its head word, then "of" or "for"."""
    lowers = ctx.lowers
    return i + 1 < len(lowers) and lowers[i + 1] in {"of", "for"} \
        and singular(lowers[i]) in ctx.lexicon.org_heads | ctx.lexicon.unit_heads


def _list_continues(ctx: ItemContext, i: int) -> bool:
    """After a comma, a name goes on with a capitalised word or ", and Cultural ..."."""
    capitalised = ctx.capitalised
    if i >= len(capitalised):
        return False
    if ctx.lowers[i] in {"and", "&"}:
        return i + 1 < len(capitalised) and capitalised[i + 1]
    return capitalised[i]


def scan_gazetteer(ctx: ItemContext) -> None:
    """Known organizations, countries and places, leftmost-longest, in one pass over the text."""
    doc, tokens = ctx.doc, ctx.tokens
    person_ents = [e for e in ctx.ents if e.label_ == "PERSON"]
    for match in ctx.gazetteer.find(ctx.item.text):
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None or any(ctx.taken(i) for i in range(span.start, span.end)):
            continue
        if match.kind != EntityKind.ORGANIZATION and any(
                e.start <= span.start and e.end >= span.end
                and any(t.text[:1].isupper() and t.is_alpha for t in tokens[span.end:e.end]) for e in person_ents) \
                and not (match.kind == EntityKind.COUNTRY and _state_of_title(ctx, span.start)):
            continue  # "Sofia Lindgren", "Jordan Peterson": a name that begins with a place name
        if match.kind == EntityKind.PLACE and any(
                e.start < span.start and e.end >= span.end and _given_name_before(tokens, e.start, span.start)
                for e in person_ents):
            continue  # "Patricia Scotland", "Fabricio Valencia": a surname that is a place name
        if match.kind == EntityKind.PLACE and _surname_after_title(ctx, span.start, span.end):
            continue  # "the Ambassador of Peru, Renata Lima,": a surname that is a city's name
        if match.kind == EntityKind.COUNTRY and any(
                e.start < span.start and e.end == span.end and _given_name_before(tokens, e.start, span.start)
                and _given_name_before(tokens, span.start - 1, span.start) for e in person_ents):
            continue  # "Minister of Finance, Marcus Jordan": a surname that is a state's name
        if match.kind == EntityKind.COUNTRY and ctx.item.text[match.end:match.end + 1] == "$":
            continue  # "US$10 million", "NZ$": a currency, not the state
        if match.kind == EntityKind.COUNTRY and _agency_named_by_state(ctx, span.start, span.end):
            key = ctx.table.add(EntityKind.ORGANIZATION, ctx.text_of(span.start - 1, span.end), org_type=OrgType.GOVERNMENT,
                                country=add_country(ctx, match.entry, clean_name(ctx.text_of(span.start, span.end))))
            ctx.add_mention(Mention(key, EntityKind.ORGANIZATION, span.start - 1, span.end))
            continue  # "Archives New Zealand", "Statistics Norway": a state's agency named by a head word and the state
        if match.kind == EntityKind.ORGANIZATION and match.form != "acronym" and _qualified_by_state(ctx, span.start):
            continue  # "the National Security Council of Kenya", "Kenyan Security Council": another body
        organ_end = _organ_end(ctx, span.end) if match.kind == EntityKind.ORGANIZATION else None
        if organ_end is not None:
            ctx.add_mention(Mention(add_organ(ctx, match.entry, span.start, organ_end), match.kind, span.start, organ_end))
            continue
        text = clean_name(ctx.text_of(span.start, span.end))
        if match.kind == EntityKind.ORGANIZATION:
            key = add_known_organization(ctx, match.entry, text)
        elif match.kind == EntityKind.COUNTRY:
            key = add_country(ctx, match.entry, text)
        else:
            key = add_place(ctx, match.entry.name, text, match.entry.country_iso3)
        ctx.add_mention(Mention(key, match.kind, span.start, span.end))


def _agency_named_by_state(ctx: ItemContext, start: int, end: int) -> bool:
    """A capitalised head word of an institution right before a state's name, after no other capitalised word
    and before none, names a state's agency ("Archives New Zealand"), not the state."""
    doc = ctx.tokens
    if start < 1 or singular(ctx.lowers[start - 1]) not in ctx.lexicon.org_heads or not doc[start - 1].is_alpha \
            or not doc[start - 1].is_title or ctx.taken(start - 1):
        return False
    before = doc[start - 2] if start >= 2 else None
    after = doc[end] if end < len(doc) else None
    return (before is None or not before.text[:1].isupper() or before.is_sent_start) \
        and (after is None or not after.text[:1].isupper())


def _organ_end(ctx: ItemContext, end: int) -> int | None:
    """ "the Pacific Islands Forum" + "Secretariat": an organ head word right after a known
    organization's name ends the organ's name (data/extraction/organ_heads.txt), unless the
    capitalised words go on ("the ECOWAS Council of Ministers", "the AU Commission Chairperson")."""
    tokens, lowers = ctx.tokens, ctx.lowers
    if end >= len(tokens) or not ctx.capitalised[end] or singular(lowers[end]) not in ctx.lexicon.organ_heads \
            or not tokens[end - 1].whitespace_ or ctx.taken(end) or ctx.sentence_at(end).start == end:
        return None
    after = end + 1
    if after < len(tokens) and (ctx.capitalised[after] or tokens[after].tag_ == "POS"
                                or lowers[after] in {"of", "for", "on", "-", "&"}):
        return None
    return after


def _qualified_by_state(ctx: ItemContext, start: int) -> bool:
    """The capitalised word right before a known organization's name makes it a longer name of a state's
    own body: a national qualifier ("National", "Federal") or a state's name or demonym ("Kenyan")."""
    if start == 0 or not ctx.texts[start - 1][:1].isupper():
        return False
    mention = ctx.mention_at(start - 1)
    if ctx.lowers[start - 1] not in ctx.lexicon.words_for("national") \
            and (mention is None or mention.kind != EntityKind.COUNTRY):
        return False
    before = ctx.tokens[start - 1]
    return bool(before.whitespace_) and before.tag_ != "POS" and ctx.sentence_at(start).start != start


def _state_of_title(ctx: ItemContext, start: int) -> bool:
    """The state at `start` follows the "of" or "to" of a title ("Minister of Trade of Ghana Kofi Adu",
    "Ambassador of Japan to Ghana Kenji Sato"), though the parser tags it as the first word of the name."""
    doc = ctx.doc
    return start >= 2 and doc[start - 1].lower_ in {"of", "to"} \
        and ctx.gazetteer.role(doc[max(0, start - 8):start - 1].text) is not None


def _surname_after_title(ctx: ItemContext, start: int, end: int) -> bool:
    """The one-word place at [start, end) ends a name: a given name stands before it (the parser tags
    the two as one entity, or the first as a person or nothing), and a title introduces that name,
    right before it ("Ambassador Renata Lima") or before the comma that sets it off ("the Ambassador
    of Peru, Renata Lima")."""
    doc, g = ctx.doc, ctx.gazetteer
    given = start - 1
    if end - start != 1 or given < 1:
        return False
    one_entity = doc[given].ent_iob_ == "B" and doc[start].ent_iob_ == "I"
    if not (one_entity or doc[given].ent_type_ in {"", "PERSON"}) \
            or not (doc[given].pos_ == "PROPN" and doc[given].is_alpha and doc[given].is_title):
        return False
    if g.country(doc[given].text) or g.place(doc[given].text) or g.organization(doc[given].text) \
            or g.role(doc[given].text) or g.honorific(doc[given].text):
        return False
    before = doc[given - 1]
    if before.text != ",":
        return g.honorific(before.text) is not None or g.role(before.text) is not None \
            or _after_state_of_title(ctx, given) or _after_titled_given_names(ctx, given)
    window = doc[max(0, given - 10):given - 1]
    return window.start < given - 1 and window.sent == doc[given].sent and bool(g.find_roles(window.text))


def _after_titled_given_names(ctx: ItemContext, given: int) -> bool:
    """ "Minister of Agriculture Paulo Souza Lima", "Mr. Rui Tavares Lima": one or two more given names before
    the one at `given`, the parser tagging them as a person or nothing, and a courtesy honorific or a title
    with its portfolio right before them."""
    doc, g = ctx.doc, ctx.gazetteer
    first = given
    while given - first < 2 and first > 1 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title \
            and doc[first - 1].ent_type_ in {"", "PERSON"} and not g.country(doc[first - 1].text) \
            and not g.place(doc[first - 1].text) and not g.role(doc[first - 1].text) \
            and not g.honorific(doc[first - 1].text):
        first -= 1
    if first == given:
        return False
    if g.honorific(doc[first - 1].text) is not None:
        return True
    k = first - 1
    while k > 0 and first - k <= 6 and (doc[k].is_title or ctx.lowers[k] in {"of", "for", "and"}) \
            and g.role(doc[k].text) is None:
        k -= 1
    return k < first and g.role(doc[k].text) is not None and doc[k].text[:1].isupper()


def _after_state_of_title(ctx: ItemContext, given: int) -> bool:
    """The given name follows the state that ends a title ("Ambassador of Peru to Spain Carlos Medina")."""
    state = ctx.mention_at(given - 1)
    return state is not None and state.end == given and state.kind == EntityKind.COUNTRY \
        and _state_of_title(ctx, state.start)


GROUP_NOUNS = frozenset({"states", "countries", "nations", "members"})


def _given_name_before(tokens, start: int, end: int) -> bool:
    """Capitalised words (a given name) open the person entity before the place name, with no
    preposition between ("Fabricio Valencia", not "Minister in Valencia") and no noun of a group of
    states ("Member States Ghana, Senegal and Togo", which the parser may take for a person)."""
    words = tokens[start:end]
    return any(t.is_alpha and t.text[:1].isupper() for t in words) \
        and not any(t.pos_ == "ADP" or t.lower_ in GROUP_NOUNS for t in words)


def add_country(ctx: ItemContext, country, surface: str) -> str:
    key = ctx.table.add(EntityKind.COUNTRY, country.name, ident=country.iso3, iso_code=country.iso3)
    if surface != country.name and ctx.gazetteer.country(surface) is not None and surface not in country.demonyms:
        ctx.table.add_alias(key, surface)
    return key


def add_place(ctx: ItemContext, name: str, surface: str, country_iso3: str | None = None) -> str:
    country_key = None
    if country_iso3:
        country = ctx.gazetteer.country_by_code(country_iso3)
        if country is not None:
            country_key = ctx.table.add(EntityKind.COUNTRY, country.name, ident=country.iso3,
                                        iso_code=country.iso3)
    key = ctx.table.add(EntityKind.PLACE, name, ident="place:" + name.lower(), country=country_key)
    if surface != name:
        ctx.table.add_alias(key, surface)
    return key


def add_known_organization(ctx: ItemContext, organization, surface: str) -> str:
    """A gazetteer organization; its parent is linked only when the item names the parent too."""
    key = ctx.table.add(EntityKind.ORGANIZATION, organization.name, ident=organization.id,
                        org_type=OrgType(organization.org_type), gazetteer_id=organization.id,
                        aliases=tuple(organization.acronyms[:1]))
    ctx.table.add_alias(key, surface)
    return key


def add_organ(ctx: ItemContext, organization, start: int, end: int) -> str:
    """An organ named after a known organization, as written ("SADC Secretariat"), also named with the
    organization's other names ("Southern African Development Community Secretariat")."""
    head = ctx.texts[end - 1]
    key = ctx.table.add(EntityKind.ORGANIZATION, clean_name(ctx.text_of(start, end)),
                        org_type=OrgType(organization.org_type))
    for name in (organization.name, *organization.acronyms):
        ctx.table.add_alias(key, f"{name} {head}")
    return key


def link_known_parents(ctx: ItemContext) -> None:
    by_gazetteer_id = {e.gazetteer_id: k for k, e in ctx.table.entities.items() if e.gazetteer_id}
    for key, entity in list(ctx.table.entities.items()):
        if not entity.gazetteer_id or entity.parent:
            continue
        known = ctx.gazetteer.organization_by_id(entity.gazetteer_id)
        if known is not None and known.parent in by_gazetteer_id:
            ctx.table.update(key, parent=by_gazetteer_id[known.parent])


# ---------------------------------------------------------------------------------------------
# 2. acronym definitions

def _long_name_before(ctx: ItemContext, paren: int) -> tuple[int, int] | None:
    """Tokens of the capitalised name that ends just before the "(" at `paren`."""
    doc = ctx.tokens
    end = paren
    start = end
    while start > 0 and end - start < MAX_NAME_TOKENS:
        token = doc[start - 1]
        if token.is_sent_end and start - 1 < end - 1 or token.lower_ == "the" or _spaced_dash(token) \
                or token.tag_ == "VBN" and token.text[:1].islower():
            # "Nairobi - The Kenya National Chamber of ... (KNCCI)": the name starts after its article;
            # "the Nairobi-based African Population and Health Research Center (APHRC)": after the participle
            break
        if ctx.capitalised[token.i] or token.lower_ in CONNECTORS:
            start -= 1
            continue
        break
    while start < end and not ctx.capitalised[start]:
        start += 1
    return (start, end) if end - start >= 2 else None


def _spaced_dash(token: Token) -> bool:
    """A dash with space on both sides ("Nairobi - The ..."): it separates a dateline or a clause, never
    joins two words of a name as the hyphen of "Co-operation" does."""
    return token.text == "-" and token.i > 0 and bool(token.doc[token.i - 1].whitespace_) and bool(token.whitespace_)


def find_acronyms(ctx: ItemContext) -> dict[str, str]:
    """Acronym definitions; returns acronym -> entity key, and records the mentions."""
    doc = ctx.tokens
    defined: dict[str, str] = {}
    for token in (doc[i] for i, text in enumerate(ctx.texts) if text == "("):
        if token.i + 2 >= len(doc):
            continue
        inner = token.nbor()
        closing = token.nbor(2)
        if closing.text == ")" and (is_acronym(inner.text) or _word_acronym(inner.text)):
            span = _long_name_before(ctx, token.i)
            if span is None or not is_acronym(inner.text) and not _spells(inner.text, ctx.doc[span[0]:span[1]]):
                continue
            key = _define(ctx, span, inner.text)
            if key:
                defined[inner.text] = key
                _claim(ctx, key, inner.i)
        elif token.i > 0 and is_acronym(doc[token.i - 1].text):
            # "ACR (Long Name)"
            end = token.i + 1
            while end < len(doc) and doc[end].text != ")" and end - token.i < MAX_NAME_TOKENS:
                end += 1
            if end < len(doc) and doc[end].text == ")" and end - token.i >= 3:
                key = _define(ctx, (token.i + 1, end), doc[token.i - 1].text)
                if key:
                    defined[doc[token.i - 1].text] = key
                    _claim(ctx, key, token.i - 1)
    for i in (i for i, text in enumerate(ctx.texts) if text == "or"):
        # "the Kenya Private Sector Alliance, or KEPSA, ...": the acronym between commas after "or" spells the name
        if 1 < i < len(doc) - 2 and ctx.texts[i - 1] == "," and ctx.texts[i + 2] in {",", ".", ";"} \
                and is_acronym(ctx.texts[i + 1]):
            span, acronym = _long_name_before(ctx, i - 1), ctx.texts[i + 1]
            key = _define(ctx, span, acronym) if span and _spells_beginnings(acronym, ctx.doc[span[0]:span[1]]) else None
            if key:
                defined[ctx.texts[i + 1]] = key
                _claim(ctx, key, i + 1)
    return defined


def _claim(ctx: ItemContext, key: str, index: int) -> None:
    """The acronym at `index` names `key`: an acronym the item defines wins over the gazetteer's
    reading of the same letters ("the Inter-American Development Bank (IDB)": not the Islamic
    Development Bank)."""
    held = ctx.mention_at(index)
    if held is not None and held.key != key and (held.start, held.end) == (index, index + 1):
        ctx.remove_mention(held)
    ctx.add_mention(Mention(key, ctx.entity(key).kind, index, index + 1))


def _spells(acronym: str, span) -> bool:
    """The acronym's capitals are the initials of the name's capitalised words, in order; or, for an
    acronym written as a word ("Norad", "Sida"), its letters are the beginnings of those words."""
    initials = "".join(t.text[0] for t in span if t.text[:1].isupper())
    if _word_acronym(acronym):
        return _from_word_beginnings(acronym.lower(), [t.lower_ for t in span if t.text[:1].isupper()])
    return acronym.replace(".", "").upper() == initials.upper() if initials else False


def _spells_beginnings(acronym: str, span) -> bool:
    """The acronym spells the name by its initials, or by the beginnings of its capitalised words ("KEPSA" of
    "Kenya Private Sector Alliance")."""
    return _spells(acronym, span) or _from_word_beginnings(acronym.lower(), [t.lower_ for t in span if t.text[:1].isupper()])


def _word_acronym(text: str) -> bool:
    """An acronym written as a capitalised word: "Norad", "Sida", "Frontex"."""
    return len(text) >= 3 and text.isalpha() and text[0].isupper() and text[1:].islower()


def _from_word_beginnings(letters: str, words: list[str]) -> bool:
    """ "norad" of "norwegian agency for development cooperation": the letters are, in order, the
    beginnings of two or more of the words, the first word's among them (nor-a-d)."""
    def spell(i: int, j: int, used: int) -> bool:
        if i == len(letters):
            return used >= 2
        if j == len(words):
            return False
        word = words[j]
        return any(spell(i + k, j + 1, used + 1) for k in range(min(len(word), len(letters) - i), 0, -1)
                   if letters[i:i + k] == word[:k]) or j > 0 and spell(i, j + 1, used)
    return bool(words) and spell(0, 0, 0)


def _bare_words(ctx: ItemContext, start: int, end: int) -> bool:
    """Two to four capitalised words with no connector or head word of an organization between them."""
    return 2 <= end - start <= 4 and all(ctx.capitalised[t.i] and t.lower_ not in CONNECTORS
                                         and singular(t.text) not in ctx.lexicon.org_heads
                                         for t in ctx.tokens[start:end])


def _define(ctx: ItemContext, span: tuple[int, int], acronym: str) -> str | None:
    start, end = span
    existing = ctx.mention_at(end - 1)
    if existing is not None and existing.kind == EntityKind.ORGANIZATION:
        ctx.table.add_alias(existing.key, acronym)
        return existing.key
    if ctx.doc[start].lower_ in DETERMINERS:
        start += 1
    first = ctx.mention_at(start)
    if first is not None and first.kind == EntityKind.ORGANIZATION and first.start == start \
            and first.end < end and _spells(acronym, ctx.doc[start:end]) \
            and not any(ctx.taken(i) for i in range(first.end, end)):
        # "Islamic Solidarity Fund for Development (ISFD)": the item defines a longer name than the
        # known one it begins with, and the acronym spells all of it
        ctx.remove_mention(first)
    released = _release_places(ctx, start, end) if _spells_beginnings(acronym, ctx.doc[start:end]) else []
    # "the Kathmandu Institute of Hydrology (KIH)", "the Rwanda Development Board (RDB)": the city or
    # state is in the name, and the state is the body's
    country = next((k for k in released if ctx.entity(k).kind == EntityKind.COUNTRY), None)
    demonym = ctx.mention_at(start) if ctx.taken(start) and _with_leading_demonym(ctx, start + 1) == start else None
    if demonym is not None:
        # "the Norwegian University of Science and Technology (NTNU)": the nationality word is the name's
        ctx.remove_mention(demonym)
        country = country or demonym.key
    if any(ctx.taken(i) for i in range(start, end)):
        # the name ends in another entity (e.g. a country): keep only the part after it
        while start < end and ctx.taken(start):
            start += 1
        while start < end and not ctx.capitalised[start]:
            start += 1
        if end - start < 2 or any(ctx.taken(i) for i in range(start, end)):
            return None
    known = ctx.gazetteer.organization(acronym)
    text = clean_name(ctx.doc[start:end].text)
    org_type = organization_type(ctx, text)
    if known is not None and org_type is None and _bare_words(ctx, start, end) \
            and not _spells(acronym, ctx.doc[start:end]) and ctx.gazetteer.organization(text) is None:
        return None  # "Anna Lindqvist (UNHCR)": the person and the body they come from, no definition
    if known is not None:
        key = add_known_organization(ctx, known, acronym)
        ctx.table.add_alias(key, text)
    elif org_type is None:
        return None
    else:
        owner, owner_state = _owner(ctx, start) if org_type == OrgType.UNIT else (None, None)
        if org_type == OrgType.UNIT and owner is None and _own_body(ctx, text):
            # "the Regional Centre for ... (RCREEE)", "Canada's International Development Research Centre (IDRC)"
            org_type, country = OrgType.OTHER, country or owner_state
        key = ctx.table.add(EntityKind.ORGANIZATION, text, org_type=org_type, country=country)
        ctx.table.add_alias(key, acronym)
    ctx.add_mention(Mention(key, EntityKind.ORGANIZATION, start, end))
    return key


def _own_body(ctx: ItemContext, text: str) -> bool:
    """ "the Regional Centre for Renewable Energy and Energy Efficiency (RCREEE)": a unit's head word of
    data/extraction/own_body_heads.txt, singular (not "establishing SDGCCs (... Centres)", a kind of body),
    names a body of its own when no organization is named before it ("ICESCO's Centre ...")."""
    head = head_word(text)
    return head in ctx.lexicon.own_body_heads and head in text.lower().replace(",", " ").split()


def _release_places(ctx: ItemContext, start: int, end: int) -> list[str]:
    """The places and states read inside a name its acronym spells whole are words of that name; their
    keys."""
    released = ctx.mentions_in(start, end, frozenset({EntityKind.PLACE, EntityKind.COUNTRY}))
    for mention in released:
        ctx.remove_mention(mention)
    return [m.key for m in released]


def mark_acronym_uses(ctx: ItemContext, defined: dict[str, str]) -> None:
    """Each later use of an acronym the item defines names the defined entity."""
    if not defined:
        return  # most items define none
    for i, text in enumerate(ctx.texts):
        key = defined.get(text)
        held = ctx.mention_at(i) if key else None
        if key and (held is None or (held.start, held.end) == (i, i + 1)):
            _claim(ctx, key, i)


# ---------------------------------------------------------------------------------------------
# 3. institutions by head word

POSTPOSITIVE = frozenset({"general"})  # "Consulate General", "Directorate General": the head comes before it
DIPLOMATIC_HEADS = frozenset({"embassy", "consulate"})  # named with where they sit: "Consulate General of X in Y"


@lru_cache(maxsize=65536)
def head_word(text: str) -> str:
    """The head of a name: the last word before its first "of/for/on/in" ("Ministry of Culture"), a
    postpositive "General" aside ("Consulate General of Japan")."""
    words = text.replace(",", " ").split()
    end = next((i for i, word in enumerate(words) if word.lower() in {"of", "for", "on", "in"} and i > 0), len(words))
    if end >= 2 and words[end - 1].lower() in POSTPOSITIVE:
        end -= 1
    return singular(words[end - 1]) if words else ""


def organization_type(ctx: ItemContext, text: str) -> OrgType | None:
    """The kind of organization a name denotes by its head word, or None if it names none."""
    lex = ctx.lexicon
    words = text.split()
    foreign = _foreign_head(lex, words)
    if len(words) < 2 and not foreign:
        return None
    if "," in text and " and " not in text[text.index(","):]:
        return None  # a list of names ("the President, Government and people"), not one name
    head = foreign or head_word(text)
    first_preposition = next((w.lower() for w in words[1:] if w.lower() in {"of", "for", "on", "in"}), None)
    if first_preposition == "in" and head not in lex.org_heads and singular(words[-1]) in lex.org_heads:
        head = singular(words[-1])  # "Invest in Rwanda Board": a verb phrase before the head word
    if head in lex.event_nouns and head not in lex.org_heads:
        return OrgType.OTHER if _institution_named_by_event_noun(lex, words, head) else None
    if head in lex.unit_heads:
        return OrgType.UNIT
    if head in GOVERNMENT_HEADS:
        return OrgType.GOVERNMENT
    if head in EDUCATION_HEADS:
        return OrgType.EDUCATIONAL
    if head in CULTURE_HEADS:
        return OrgType.CULTURAL
    if head in lex.org_heads:
        return OrgType.OTHER
    return None


def _institution_type(ctx: ItemContext, start: int, text: str) -> OrgType | None:
    """The kind of organization the name at `start` denotes, by its head word or as a title's employer."""
    return organization_type(ctx, text) or (OrgType.OTHER if _programme_of_title(ctx, start, text) else None)


def _programme_of_title(ctx: ItemContext, start: int, text: str) -> bool:
    """ "National Co-ordinator of the Ghana School Feeding Programme", "Manager of the X Project": a name
    whose head is a noun of a programme (data/extraction/event_nouns.tsv, kind `programme`) that a title's
    "of" names employs the title's holder, so it is an organization, not an event."""
    if len(text.split()) < 2 or ctx.lexicon.event_nouns.get(head_word(text)) != EventKind.PROGRAMME:
        return False
    k = start - 1
    if k >= 0 and ctx.lowers[k] == "the":
        k -= 1
    if k < 1 or ctx.lowers[k] != "of":
        return False
    before = ctx.item.text[max(0, ctx.tokens[k].idx - 60):ctx.tokens[k].idx].rstrip()
    return any(end == len(before) for _, end, _ in ctx.gazetteer.find_roles(before))


def _institution_named_by_event_noun(lex, words: list[str], head: str) -> bool:
    """ "African National Congress", "Trades Union Congress": an event noun that ends the name right after
    a word of a polity (data/extraction/institution_event_nouns.tsv). "the National Congress of the Party"
    and a numbered congress stay events."""
    polity_words = (lex.institution_event_nouns or {}).get(head, frozenset())
    return len(words) >= 2 and singular(words[-1]) == head and words[-2].lower().replace("’", "'") in polity_words \
        and not any(character.isdigit() for word in words for character in word)


def _foreign_head(lex, words: list[str]) -> str | None:
    """The English head word of a name in another language: its first word ("Instituto Cervantes") or the
    last part of a German compound ("Goethe-Institut"), as data/extraction/foreign_org_heads.tsv gives them."""
    heads = lex.foreign_org_heads or {}
    last_part = words[-1].rsplit("-", 1)[-1].lower() if words and "-" in words[-1] else None
    if last_part in heads:
        return heads[last_part]
    if words and words[-1][:1].isupper() and "-" not in words[-1] and words[-1].lower().endswith(tuple(heads)):
        # "Rijksmuseum", "Bundesbank": a compound written as one word ends with its head
        word = words[-1].lower()
        compound = next((head for head in heads if word.endswith(head) and len(word) >= len(head) + 3), None)
        if compound is not None:
            return heads[compound]
    return heads.get(words[0].lower()) if len(words) >= 2 else None


def find_institutions(ctx: ItemContext) -> None:
    for ent in ctx.ents:
        label = ent.label_
        if label not in ENTITY_LABELS:
            continue
        start, end = ent.start, ent.end
        if label == "ORG":
            while end - start > 1 and ctx.lowers[end - 1] in STRAY_PREPOSITIONS:
                end -= 1
            for comma in _commas_before_institutions(ctx, start, end):
                _institution_from(ctx, start, comma)  # "Department of X, Ministry of Y": two names
                start = comma + 1
            end = _romance_name_end(ctx, start, end)
            start, end = _named_around(ctx, _nationality_before(ctx, start), _extended_end(ctx, start, end))
        elif not any(ctx.taken(i) for i in range(start, end)):
            # "Thua Thien Hue Provincial" tagged as a person, then "People's Committee": one institution
            longer = [e for e in _candidate_ends(ctx, start)
                      if e > end and not any(ctx.taken(i) for i in range(end, e))]
            if longer and organization_type(ctx, clean_name(ctx.text_of(start, longer[0]))) is not None:
                end = longer[0]
        _institution_from(ctx, start, end)
    # capitalised sequences the parser missed
    tokens = ctx.tokens
    resume = 0  # the token after the sequence read last
    for i in _capitalised_openings(ctx):
        if i < resume or ctx.taken(i) or tokens[i].ent_type_ in ENTITY_LABELS or _honorific_before_person(ctx, i):
            continue
        ends = _candidate_ends(ctx, i)
        resume = ends[0] if ends else i + 1
        _institution_from(ctx, _state_name_before(ctx, _nationality_before(ctx, i)), resume)


def _capitalised_openings(ctx: ItemContext) -> list[int]:
    """The tokens a capitalised sequence may open at: a word that opens with a capital, a number before a
    capitalised word ("2030 Agenda"); not the word after a hyphen inside a capitalised word ("operation"
    of "Co-operation"), which `ctx.capitalised` counts too."""
    texts = ctx.texts
    return [i for i in compress(range(len(texts)), ctx.capitalised) if texts[i][:1].isupper() or texts[i][:1].isdigit()]


def _honorific_before_person(ctx: ItemContext, i: int) -> bool:
    """ "Mr." of "Mr. A, Director General of the X Chamber of ...": no name starts at the honorific of a
    person read before, so the title's institution is read from the title on."""
    after = ctx.mention_at(i + 1) if i + 1 < len(ctx.tokens) else None
    return after is not None and after.kind == EntityKind.PERSON and after.start == i + 1 \
        and ctx.gazetteer.honorific(ctx.texts[i]) is not None


def _romance_name_end(ctx: ItemContext, start: int, end: int) -> int:
    """Where a name that opens with its head in a Romance language ends when the parser cut it after the
    head: over up to two lower-case adjectives and a "de" phrase of capitalised words ("Bibliothèque" +
    "nationale de France", "Musée" + "du Louvre"); without the "de" phrase it ends where the parser said
    ("Instituto Cervantes signed")."""
    doc, links = ctx.doc, ctx.lexicon.name_particles  # "de", "du", "del" ("Museo del Prado")
    head = singular(ctx.lowers[start]) if start < end else None
    if head not in (ctx.lexicon.foreign_org_heads or {}) or head in ctx.lexicon.org_heads:
        return end  # "Museum", "Bank": English heads that other rules read
    i = end
    while i < min(len(doc), end + 2) and doc[i].is_alpha and doc[i].text.islower() and doc[i].lower_ not in links:
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in links or not ctx.capitalised[i + 1]:
        return end
    i += 1
    while i < len(doc) and ctx.capitalised[i] and not doc[i].is_punct:
        i += 1  # the state or city it names ("de France") is part of the name
    return i


def _extended_end(ctx: ItemContext, start: int, end: int) -> int:
    """Where a parser entity that stops too early really ends: "the Nordic Council" + "of
    Ministers", "the Commission for Education" + ", Science and Culture"."""
    lowers = ctx.lowers
    if end - start >= 3 and lowers[end - 1] in {"and", "&", ","} and end < len(lowers) and ctx.capitalised[end] \
            and any(lower in {"of", "for"} for lower in lowers[start:end - 1]):
        # "the Ministry of Foreign Affairs and" + "International Cooperation": a portfolio list the
        # parser cut after its connector
        longer = [e for e in _candidate_ends(ctx, start) if e > end and not any(ctx.taken(i) for i in range(end, e))]
        if longer:
            return max(longer)
    if end + 1 < len(lowers) and lowers[end] in {"and", "&"} and _second_field_of_name(ctx, start, end):
        return end + 2  # "the National Commission for Museums" + "and Monuments": one name of two fields
    if end < len(lowers) and lowers[end] == "for":
        absorbed = _known_after_for(ctx, end)
        if absorbed:
            return absorbed
    if end >= len(lowers) or lowers[end] not in {",", "of", "for", "on"}:
        return end
    longer = [e for e in _candidate_ends(ctx, start) if e > end and not any(ctx.taken(i) for i in range(end, e))]
    if lowers[end] == ",":
        longer = [e for e in longer if " and " in ctx.text_of(end, e)]
    return min(longer) if lowers[end] == "," and longer else max(longer, default=end)


def _second_field_of_name(ctx: ItemContext, start: int, end: int) -> bool:
    """After a name with a field ("Commission for Museums") the parser stopped at "and", one more
    capitalised word that names nothing itself and ends the capitals ("and Monuments of Nigeria") is the
    name's second field, not a second party ("and UNESCO", "and Minister A")."""
    doc = ctx.tokens
    field = end + 1
    if not any(lower in {"of", "for"} for lower in ctx.lowers[start + 1:end - 1]) or ctx.taken(field) \
            or not ctx.capitalised[field] or doc[field].ent_type_ in ENTITY_LABELS:
        return False
    if singular(ctx.lowers[field]) in ctx.lexicon.org_heads or ctx.gazetteer.role(ctx.texts[field]) is not None:
        return False
    return field + 1 == len(doc) or not ctx.capitalised[field + 1]


def _named_around(ctx: ItemContext, start: int, end: int) -> tuple[int, int]:
    """A parser entity cut at the state or place its name holds: "the National Agency for Science
    and Technology of" + "Ghana"; "the Invest in" + "Rwanda Board" (after "the", one capitalised word
    and "in" or "for" before a name that opens with the state)."""
    lowers = ctx.lowers
    after = ctx.mention_at(end) if end < len(lowers) else None
    if lowers[end - 1] in {"of", "in"} and after is not None and after.start == end \
            and after.kind in {EntityKind.COUNTRY, EntityKind.PLACE}:
        end = after.end
    elif _seat_ends_name(ctx, start, end):
        end = ctx.mention_at(end + 1).end
    elif end + 1 < len(lowers) and lowers[end] == "of" and head_word(ctx.text_of(start, end)) in GOVERNMENT_HEADS:
        # "the Ministry of Education" + "of Morocco": a state's ministry is named with the state
        state = ctx.mention_at(end + 1)
        if state is not None and state.start == end + 1 and state.kind == EntityKind.COUNTRY:
            end = state.end
    seat = ctx.mention_at(end + 1) if end + 1 < len(lowers) and lowers[end] == "in" else None
    if seat is not None and seat.start == end + 1 and seat.kind in {EntityKind.COUNTRY, EntityKind.PLACE} \
            and head_word(ctx.text_of(start, end)) in DIPLOMATIC_HEADS:
        end = seat.end  # "the Consulate General of Japan" + "in Dubai"
    opening = ctx.mention_at(start)
    if opening is not None and opening.start == start and opening.kind in {EntityKind.COUNTRY, EntityKind.PLACE} \
            and start >= 3 and lowers[start - 1] in {"in", "for"} and ctx.capitalised[start - 2] \
            and not ctx.taken(start - 2) and lowers[start - 3] == "the":
        start -= 2
    return start, end


SEATED_TYPES = frozenset({OrgType.EDUCATIONAL, OrgType.CULTURAL, OrgType.OTHER})


def _seat_ends_name(ctx: ItemContext, start: int, end: int) -> bool:
    """ "the Diplomatic Academy" + "of Vienna", "the American University" + "in Cairo": an institution
    (not a government body or a unit, which other rules read) named with the city or state it sits in,
    which ends the capitalised words. "in" belongs to the name only of a university named with a
    nationality ("the Ministry of Health in Nairobi" is where the ministry is)."""
    doc = ctx.tokens
    if end + 1 >= len(doc) or ctx.lowers[end] not in {"of", "in"}:
        return False
    seat = ctx.mention_at(end + 1)
    if seat is None or seat.start != end + 1 or seat.kind not in {EntityKind.COUNTRY, EntityKind.PLACE}:
        return False
    if seat.end < len(doc) and (ctx.capitalised[seat.end] or ctx.lowers[seat.end] in {"of", "for", "-"}):
        return False  # "the Academy of Vienna" + "Medical School": a longer name
    org_type = organization_type(ctx, clean_name(ctx.text_of(start, end)))
    if org_type not in SEATED_TYPES:
        return False
    if ctx.lowers[end] == "of":
        return True
    opening = ctx.mention_at(start + (ctx.lowers[start] in DETERMINERS))
    return org_type == OrgType.EDUCATIONAL and opening is not None and opening.kind == EntityKind.COUNTRY


def _known_after_for(ctx: ItemContext, index: int) -> int | None:
    """ "National Commission for UNESCO and ICESCO": known organizations after "for" belong to the
    name; their mentions give way to it. Returns the new end, or None."""
    doc = ctx.tokens
    i, found = index + 1, []
    while i < len(doc):
        mention = ctx.mention_at(i)
        if mention is None or mention.kind != EntityKind.ORGANIZATION or mention.start != i:
            break
        found.append(mention)
        i = mention.end
        if i + 1 < len(doc) and doc[i].lower_ == "and" and ctx.mention_at(i + 1) is not None:
            i += 1
            continue
        break
    if not found:
        return None
    for mention in found:
        ctx.remove_mention(mention)
        ctx.named_inside.add(mention.key)
    return found[-1].end


def _institution_from(ctx: ItemContext, start: int, end: int) -> None:
    doc, texts, lowers = ctx.tokens, ctx.texts, ctx.lowers
    # "KAZINFORM The Ministry of Labour ...": a name starts again after a capitalised "The" inside it
    start = max([i + 1 for i in range(start + 1, end) if texts[i] == "The"], default=start)
    start, end = _name_within(ctx, start, end)
    start = _after_leading_role(ctx, start, end)
    while start < end and (lowers[start] in DETERMINERS or not ctx.capitalised[start]):
        start += 1
    start = _with_leading_demonym(ctx, start)
    if _portfolio(ctx, start):
        return
    if end - start >= 2 and _whole_institution(ctx, start, end):
        return
    # cut at a token already taken: keep the longest free part that names an institution
    free_parts, part_start = [], start
    for i in range(start, end + 1):
        if i == end or ctx.taken(i):
            if i > part_start:
                free_parts.append((part_start, i))
            part_start = i + 1
    for s, e in free_parts:
        s = _after_leading_role(ctx, s, e)
        while s < e and not ctx.capitalised[s]:
            s += 1
        city = _state_name_before(ctx, s)
        if city < s and ctx.mention_at(city).kind == EntityKind.PLACE and _whole_institution(ctx, city, e):
            continue  # "Director General of the Sharjah" + "Chamber of Commerce and Industry"
        if _seated_part(ctx, s, e):
            continue  # "A, Rector of the University of Dakar": the part names an institution with its seat
        while e > s and not ctx.capitalised[e - 1] and texts[e - 1] != ")":
            e -= 1
        one_compound = e - s == 1 and _foreign_head(ctx.lexicon, [texts[s]]) is not None  # "the Rijksmuseum"
        if e - s < 2 and not one_compound or _portfolio(ctx, s):
            continue  # a part of a parser entity that crosses a title ("..., B and Y's Minister of X and Z")
        text = clean_name(ctx.text_of(s, e))
        org_type = _institution_type(ctx, s, text)
        if org_type is None or _relation_between_pair(ctx, s, e):
            continue
        parent, country = _owner(ctx, s)
        prefix = ctx.mention_at(s - 1) if s > 0 else None
        if prefix is not None and prefix.kind == EntityKind.ORGANIZATION and doc[s - 1].tag_ != "POS":
            org_type = OrgType.UNIT  # "ALECSO Culture Department": a unit of the organization before it
            text = clean_name(ctx.text_of(prefix.start, e))
        elif org_type == OrgType.UNIT and country and not parent:
            org_type = OrgType.GOVERNMENT  # "X's Communications Directorate": a body of the state X
        key = ctx.table.add(EntityKind.ORGANIZATION, text, org_type=org_type)
        if org_type == OrgType.UNIT and not parent:
            parent = _owner_named_within(ctx, text)
        if org_type == OrgType.UNIT and parent and parent != key:
            ctx.table.update(key, parent=parent)
        if country and org_type == OrgType.GOVERNMENT:
            ctx.table.update(key, country=country)
        ctx.add_mention(Mention(key, EntityKind.ORGANIZATION, s, e))


def _owner_named_within(ctx: ItemContext, text: str) -> str | None:
    """ "the International Department of the CPC Central Committee": a unit named with the organization it
    belongs to after an "of (the)", when what follows the first such "of" that can names an organization;
    the organization, added to the item. Not another unit, nor a government body ("the Asia Department of
    the Ministry of Foreign Affairs" + "of Kazakhstan"), whose state the words after the unit give it."""
    for match in re.finditer(r"\s+of\s+(?:the\s+)?", text):
        owner = clean_name(text[match.end():])
        org_type = organization_type(ctx, owner) if len(owner.split()) >= 2 else None
        if org_type is not None and org_type not in {OrgType.UNIT, OrgType.GOVERNMENT}:
            return ctx.table.add(EntityKind.ORGANIZATION, owner, org_type=org_type)
    return None


def _seated_part(ctx: ItemContext, start: int, end: int) -> bool:
    """A free part of a capitalised run that a state or place ends after its "of" ("University of" +
    "Dakar") is one institution named with its seat when the part and the place read as one."""
    if end - start < 2 or end >= len(ctx.tokens) \
            or ctx.lowers[end - 1] not in {"of", "in"} and not _particle_of_foreign_name(ctx, start, end - 1):
        return False
    seat = ctx.mention_at(end)
    if seat is None or seat.start != end or seat.kind not in {EntityKind.COUNTRY, EntityKind.PLACE}:
        return False
    return _whole_institution(ctx, start, seat.end)


def _portfolio(ctx: ItemContext, start: int) -> bool:
    """ "Minister of Economy and Innovation of X", "Minister for Regional Integration and Cooperation",
    "Commissioner for International Partnerships": the words after a minister's or a commissioner's title
    are the portfolio, which no ministry of that name stands for unless the gazetteer knows it."""
    if start < 2 or ctx.lowers[start - 1] not in {"of", "for"}:
        return False
    heads = {"minister"} | ({"commissioner"} if ctx.lowers[start - 1] == "for" else set())
    for size in range(1, 4):
        if start - 1 - size < 0:
            break
        text = ctx.text_of(start - 1 - size, start - 1)
        term = ctx.gazetteer.role(text)
        if term is not None and normalize_name(term.text) == normalize_name(text) \
                and normalize_name(term.text).split()[-1] in heads:
            return True
    return False


RELATION_HEADS = frozenset({"partnership", "dialogue", "relation", "cooperation"})


def _relation_between_pair(ctx: ItemContext, start: int, end: int) -> bool:
    """ "the ASEAN-New Zealand Strategic Partnership": a partnership (dialogue, relations) named
    after two parties joined by a hyphen is the tie between them, not an organization."""
    if head_word(ctx.text_of(start, end)).lower() not in RELATION_HEADS:
        return False
    second = ctx.mention_at(start - 1) if start > 0 else None
    if second is None or second.start < 2 or ctx.texts[second.start - 1] not in {"-", "–"}:
        return False
    return ctx.mention_at(second.start - 2) is not None


def _after_leading_role(ctx: ItemContext, start: int, end: int) -> int:
    """Skip a title the parser glued to a name: "Founder of Intellium Incubator" -> "Intellium Incubator"."""
    lowers = ctx.lowers
    for i in range(start + 1, min(end, start + 6)):
        if lowers[i] in {"of", "at"}:
            head = ctx.text_of(start, i)
            term = ctx.gazetteer.role(head)
            if term is not None and term.text.lower() == head.lower().replace("-", " ").replace("  ", " ") \
                    or term is not None and head.lower().endswith(term.text.lower()):
                return i + 1
            break
    return start


def _nationality_before(ctx: ItemContext, start: int) -> int:
    """ "the Nordic Youth Committee": a nationality word the parser kept apart from the
    organization it begins (after "the") is part of the name."""
    doc = ctx.tokens
    k = start
    while k > 0 and ctx.capitalised[k - 1] and not ctx.taken(k - 1) and doc[k - 1].ent_type_ == "NORP":
        k -= 1
    return k if k < start and k > 0 and ctx.lowers[k - 1] in {"the", "a", "an"} else start


def _state_name_before(ctx: ItemContext, start: int) -> int:
    """ "Ghana" + "Ports Authority" on a line of its own, "the Kenya" + "National Commission": a
    state's name that opens a line, a sentence or a name after "the", right before capitalised words
    the parser tagged as nothing, opens their name (which then names an institution only by its
    head word); so does a city's name after "the" ("the Sharjah" + "Chamber of Commerce and Industry")."""
    mention = ctx.mention_at(start - 1) if start > 0 else None
    if mention is None or mention.kind not in {EntityKind.COUNTRY, EntityKind.PLACE} or mention.end != start:
        return start
    before = mention.start - 1
    if mention.kind == EntityKind.PLACE:
        return mention.start if before >= 0 and ctx.lowers[before] == "the" else start
    if before < 0 or ctx.lowers[before] == "the" or "\n" in ctx.texts[before] \
            or ctx.sentence_at(mention.start).start == mention.start:
        return mention.start
    return start


def _with_leading_demonym(ctx: ItemContext, start: int) -> int:
    """ "the Pakistani University of Lahore", "the American University of Beirut": a nationality word
    right before a name (after "the") belongs to the name."""
    doc = ctx.tokens
    mention = ctx.mention_at(start - 1) if start > 0 else None
    if mention is None or mention.kind != EntityKind.COUNTRY or mention.end != start or mention.end - mention.start != 1:
        return start
    word = doc[mention.start]
    if word.ent_type_ != "NORP" and not word.text.endswith(("an", "ish", "ese", "i", "ic")):
        return start  # a country's name ("Japan University") is no nationality word
    first = mention.start
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_ \
            and (joined := ctx.mention_at(first - 2)) is not None and joined.kind == EntityKind.COUNTRY \
            and joined.end == first - 1:
        first = joined.start  # "the Turkish-Pakistani Business Council": two nationality words joined by a hyphen
    before = doc[first - 1] if first > 0 else None
    return first if before is None or before.lower_ in {"the", "a", "an"} or before.is_sent_start is True \
        and before.is_punct else start


def _whole_institution(ctx: ItemContext, start: int, end: int) -> bool:
    """A name that holds a country or city ("Tunisian Ministry of Cultural Affairs", "American
    University of Beirut", "Embassy of Japan in Cairo") is one institution located there."""
    inside = ctx.mentions_in(start, end)
    if not inside or any(m.kind not in {EntityKind.COUNTRY, EntityKind.PLACE} for m in inside):
        return False
    if any(m not in inside and m.start < end and m.end > start for m in ctx.mentions):
        return False  # a mention that reaches out of the name
    if any(ctx.taken(i) for i in range(start, end) if not any(m.start <= i < m.end for m in inside)):
        return False
    text = clean_name(ctx.text_of(start, end))
    org_type = _institution_type(ctx, start, text)
    if org_type == OrgType.UNIT and (_ends_in_state(ctx, start, end, inside) or _opens_with_state(ctx, start, end, inside)):
        org_type = OrgType.GOVERNMENT  # "the National Audit Office of Ghana": a state's own body
    if org_type is None or org_type == OrgType.UNIT:
        return False
    head = head_word(text)
    if _foreign_head(ctx.lexicon, text.split()) is None \
            and any(singular(ctx.texts[i]) == head for m in inside for i in range(m.start, m.end)):
        return False  # the head word belongs to the country's own name ("Russian Federation")
    country = next((m.key for m in inside if m.kind == EntityKind.COUNTRY), None)
    places = [m for m in inside if m.kind == EntityKind.PLACE and m.start > inside[0].start]
    if org_type != OrgType.GOVERNMENT and inside[0].start == start and inside[0].kind == EntityKind.COUNTRY and places:
        # "American University of Beirut": the nationality word is part of the name; the place locates it
        country = ctx.entity(places[0].key).country
    for mention in inside:
        ctx.remove_mention(mention)
    key = ctx.table.add(EntityKind.ORGANIZATION, text, org_type=org_type, country=country)
    ctx.add_mention(Mention(key, EntityKind.ORGANIZATION, start, end))
    return True


def _opens_with_state(ctx: ItemContext, start: int, end: int, inside: list[Mention]) -> bool:
    """The name opens with its state's name (not an adjective), two words or more before its head and
    no "of" ("Ghana Investment Promotion Centre"); not "Kenya Country Office", an organization's unit."""
    first = inside[0]
    return len(inside) == 1 and first.kind == EntityKind.COUNTRY and first.start == start and end - first.end >= 3 \
        and ctx.texts[first.start] == ctx.entity(first.key).name.split()[0] and "of" not in ctx.lowers[start:end]


def _ends_in_state(ctx: ItemContext, start: int, end: int, inside: list[Mention]) -> bool:
    """The name's one "of" puts its state at its end ("National Audit Office of Ghana", "... Office of
    the Republic of Ghana"); not "Office of the Minister for Foreign Affairs of Nepal", a title's office."""
    last = inside[-1]
    if last.kind != EntityKind.COUNTRY or last.end != end or last.start - start < 3:
        return False
    of = last.start - 1 - (ctx.lowers[last.start - 1] == "the")
    return ctx.lowers[of] == "of" and "of" not in ctx.lowers[start:of]


def _owner(ctx: ItemContext, start: int) -> tuple[str | None, str | None]:
    """The organization or country named just before a name ("ICESCO's X", "Azerbaijani X")."""
    i = start - 1
    if i >= 0 and ctx.tokens[i].tag_ == "POS":
        i -= 1
    mention = ctx.mention_at(i) if i >= 0 else None
    if mention is None:
        return None, None
    if mention.kind == EntityKind.ORGANIZATION:
        return ctx.top_organization(mention.key), None
    if mention.kind == EntityKind.COUNTRY:
        return None, mention.key
    return None, None


def link_owned_names(ctx: ItemContext) -> None:
    """Give ministries named with "of <country>" their country, and units their parent."""
    doc = ctx.tokens
    for mention in list(ctx.mentions):
        if mention.kind != EntityKind.ORGANIZATION:
            continue
        entity = ctx.entity(mention.key)
        if entity.org_type == OrgType.GOVERNMENT and entity.country is None:
            countries = ctx.mentions_in(mention.start, mention.end + 4, frozenset({EntityKind.COUNTRY}))
            if mention.end < len(doc) and ctx.lowers[mention.end] == "of" and countries:
                ctx.table.update(mention.key, country=countries[0].key)
            else:
                _, country = _owner(ctx, mention.start)
                if country:
                    ctx.table.update(mention.key, country=country)
        if entity.org_type == OrgType.UNIT and entity.parent is None:
            parent = _owner(ctx, mention.start)[0] or _its_antecedent(ctx, mention)
            if parent and parent != mention.key:
                ctx.table.update(mention.key, parent=parent)


def _its_antecedent(ctx: ItemContext, unit: Mention) -> str | None:
    """ "a delegation of the Bank led by A, head of its Governance Department": a unit after "its" is the
    unit of the organization named last before it in its sentence (not of the item's main organization)."""
    if unit.start == 0 or ctx.lowers[unit.start - 1] != "its":
        return None
    sentence = ctx.doc[unit.start].sent
    named = [m for m in ctx.mentions_in(sentence.start, unit.start - 1, frozenset({EntityKind.ORGANIZATION}))
             if m.key != unit.key]
    return ctx.top_organization(named[-1].key) if named else None


def find_places(ctx: ItemContext) -> None:
    """Cities and regions the parser tags as places and no gazetteer claims."""
    for ent in ctx.ents:
        if ent.label_ not in {"GPE", "LOC", "FAC"}:
            continue
        if any(ctx.taken(i) for i in range(ent.start, ent.end)):
            continue
        text = clean_name(ctx.text_of(ent.start, ent.end))
        if not text or not text[0].isupper() or ent.label_ != "GPE":
            continue
        if ent.start > 0 and ctx.lowers[ent.start - 1] == "the" and " " not in text:
            continue  # "the Kingdom", "the Sultanate": a reference to a state, not a city
        if ctx.gazetteer.honorific(text) or all(t.lower_.rstrip(".") in ctx.lexicon.honorific_words for t in ent):
            continue  # "Rt. Hon. A": an honorific the parser took for a place
        if ent[-1].tag_ in {"NNS", "NNPS"} or ent[-1].lower_ in {"states", "countries", "nations"}:
            continue  # "Member States": a group of states, not a place
        if text.isupper() and len(text) > 3:  # "MOSCOW" in a dateline
            text = text.title()
        key = add_place(ctx, text, text)
        ctx.add_mention(Mention(key, EntityKind.PLACE, ent.start, ent.end))
    find_city_governments(ctx)


PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "across", "around", "throughout", "outside"})


def find_city_governments(ctx: ItemContext) -> None:
    """ "The City of Lyon and Kyoto City extended their sister-city agreement", "Mayor A of the City of
    Cape Town": a city's name with the words of its government before or after it
    (data/extraction/city_governments.tsv) names an organization, the city's government, of the city's
    state, that signs and employs; the city's mention gives way to it. A name read already by its head
    word ("the Municipality of Curitiba", "Kyoto City Council") is made such a government."""
    words = ctx.lexicon.city_government_words or {}
    for city in [m for m in ctx.mentions if m.kind == EntityKind.PLACE]:
        before = next((len(form) for form in words.get("before", ()) if _government_words_at(ctx, city.start - len(form), form)), 0)
        after = next((len(form) for form in words.get("after", ()) if _government_words_at(ctx, city.end, form)), 0)
        if not after and not (city.start > 0 and ctx.lowers[city.start - 1] in PLACE_PREPOSITIONS):
            after = next((len(form) for form in words.get("after-outside-places", ())
                          if _government_words_at(ctx, city.end, form)), 0)
        if not before and not after:
            continue
        start, end = city.start - before, city.end + after
        place = ctx.entity(city.key)
        country = place.country or _state_of_city(ctx, place.name)
        for mention in {ctx.mention_at(i) for i in range(start, end)} - {None}:
            ctx.remove_mention(mention)
        key = ctx.table.add(EntityKind.ORGANIZATION, clean_name(ctx.text_of(start, end)), org_type=OrgType.GOVERNMENT,
                            country=country)
        ctx.add_mention(Mention(key, EntityKind.ORGANIZATION, start, end))
    for key in {m.key for m in ctx.mentions if m.kind == EntityKind.ORGANIZATION}:
        entity = ctx.entity(key)
        city = city_of_government(ctx.lexicon, entity.name)
        state = _state_of_city(ctx, city) if city is not None and entity.gazetteer_id is None else None
        if state is not None:  # of a city the gazetteer knows, not a development zone named "... Economic City"
            ctx.table.update(key, org_type=OrgType.GOVERNMENT, country=entity.country or state)


def _state_of_city(ctx: ItemContext, city: str) -> str | None:
    """The state the gazetteer places a city in, added to the item; None for a city it does not know."""
    known = ctx.gazetteer.place(city)
    country = ctx.gazetteer.country_by_code(known.country_iso3) if known else None
    return add_country(ctx, country, country.name) if country else None


def _government_words_at(ctx: ItemContext, start: int, form: tuple[str, ...]) -> bool:
    """The capitalised words of a city's government at token `start`, free or read as a place of those
    words alone (the parser's "City of" before "Lyon")."""
    end = start + len(form)
    if start < 0 or end > len(ctx.tokens) or tuple(ctx.texts[start:end]) != form:
        return False
    for i in range(start, end):
        mention = ctx.mention_at(i)
        if mention is not None and (mention.kind != EntityKind.PLACE or mention.end > end
                                    or any(lower not in DETERMINERS for lower in ctx.lowers[mention.start:start])):
            return False  # "The City of" read as one place: the article gives way with it
    return True


def city_of_government(lex, name: str) -> str | None:
    """ "City of Lyon" -> "Lyon", "Kyoto City Council" -> "Kyoto": the city a name of a city's government
    names with the words of data/extraction/city_governments.tsv before or after it; None for another name.
    Such a government signs for its city, not for its state."""
    words = tuple(name.split())
    forms = lex.city_government_words or {}
    for form in forms.get("before", ()):
        if len(words) > len(form) and words[:len(form)] == form:
            return " ".join(words[len(form):])
    for form in forms.get("after", ()) + forms.get("after-outside-places", ()):
        if len(words) > len(form) and words[-len(form):] == form:
            return " ".join(words[:-len(form)])
    return None


def find_known(ctx: ItemContext) -> None:
    """Gazetteer names and acronym definitions (before people are looked for)."""
    scan_gazetteer(ctx)
    defined = find_acronyms(ctx)
    mark_acronym_uses(ctx, defined)
    ctx.acronyms = defined


def find_unknown_organizations(ctx: ItemContext) -> None:
    """Institutions named by their head word (after people, so names are not taken for them)."""
    find_institutions(ctx)
    find_signing_parties(ctx)
    find_titled_one_word_institutions(ctx)
    find_companies(ctx)
    mark_names_without_head(ctx)
    link_known_parents(ctx)
    link_owned_names(ctx)


def find_signing_parties(ctx: ItemContext) -> None:
    """ "The Ministry signed an MoU with Volta-Tech", "Safaricom and the University signed an
    agreement": a name the parser calls an organization, free and without an institution's head
    word, is one when it is itself the signer or the one an instrument is signed with (not a word
    inside a title: "the Minister of Finance signed")."""
    for sentence in ctx.sentences:
        if not names_instrument(ctx, sentence.text.lower()):
            continue
        slots: set[int] = set()
        bodies: set[int] = set()
        for match in sentence_triggers(ctx, sentence):
            if match.trigger.frame == "sign":
                slots |= _signing_slots(match.head)
                bodies |= _signers_bodies(match.head)
        for ent in ctx.ents_in(sentence):
            if not (ent.label_ == "ORG" or ent.root.i in slots and _name_with_article(ctx, ent)) \
                    or not any(t.is_alpha and len(t) > 1 for t in ent) \
                    or any(ctx.taken(i) for i in range(ent.start, ent.end)):
                continue
            if ent.root.i in slots or ent.root.i in bodies and len(ent) > 1 and not _portfolio_of(ctx, ent.start):
                _bare_organization(ctx, ent.start, ent.end)


def names_instrument(ctx: ItemContext, lowered: str) -> bool:
    """Whether a text in lower case (a sentence) names an instrument's term ("memorandum of",
    "agreement"): asked of each sentence for the parties of a signing, and again for the agreements."""
    return _searched(ctx.lexicon.agreement_term_pattern, lowered)


@lru_cache(maxsize=4096)
def _searched(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def find_titled_one_word_institutions(ctx: ItemContext) -> None:
    """ "the Director of the Hermitage, A", "the director of the Louvre": one proper noun after the "of the"
    of a title that is no government's, which the parser tags as a name (often a person's) names an institution: no person is named
    with an article, and a state or a place is no such name, nor a minister's portfolio ("Minister of the Interior":
    every minister's title is a government's)."""
    doc, lowers = ctx.tokens, ctx.lowers
    for i in [i for i in range(3, len(doc)) if lowers[i - 1] == "the" and lowers[i - 2] == "of"]:
        token = doc[i]
        if token.tag_ != "NNP" \
                or not (token.ent_type_ or _apposed_person_after(ctx, i + 1) and lowers[i] not in ctx.lower_words) \
                or token.ent_type_ in {"GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL"} \
                or not (token.is_alpha and token.is_title) or ctx.taken(i):
            continue
        if i + 1 < len(doc) and (ctx.capitalised[i + 1] or lowers[i + 1] in {"-", "of", "for"}):
            continue  # a longer name ("the House of Representatives"), which the head-word pass reads or refuses
        if not _institution_title_ends_at(ctx, i - 2) or not _may_name_institution(ctx, token.text):
            continue
        key = ctx.table.add(EntityKind.ORGANIZATION, token.text, org_type=OrgType.OTHER)
        ctx.add_mention(Mention(key, EntityKind.ORGANIZATION, i, i + 1))


def _apposed_person_after(ctx: ItemContext, comma: int) -> bool:
    """ "the President-Director of the Louvre, Claire Montagne": a comma, then a person's name (the title's
    holder), after a word the parser tags as no name at all (and the item writes in capitals only: not
    "the Curator of the Year, A" beside "this year")."""
    if comma + 1 >= len(ctx.tokens) or ctx.texts[comma] != ",":
        return False
    holder = ctx.mention_at(comma + 1)
    return holder is not None and holder.kind == EntityKind.PERSON


def _institution_title_ends_at(ctx: ItemContext, end: int) -> bool:
    """A whole role term of data/roles.tsv that is no government's ends right before `end` ("Director",
    "Director-General", "Curator"; not "Mayor of the Capital", "President of the Senate")."""
    for size in range(1, 5):
        if end - size < 0:
            break
        text = ctx.text_of(end - size, end)
        term = ctx.gazetteer.role(text) if text[:1].isupper() or size == 1 else None
        if term is not None and normalize_name(term.text) == normalize_name(text):
            return not term.governmental
    return False


def _may_name_institution(ctx: ItemContext, word: str) -> bool:
    """A word that is no state, place, known organization, title, honorific, instrument ("the Secretary General
    of the Convention on ...") nor generic word."""
    g, lex = ctx.gazetteer, ctx.lexicon
    low = singular(word.lower())
    return not (g.country(word) or g.place(word) or g.organization(word) or g.role(word) or g.honorific(word)
                or low in lex.org_heads or low in lex.event_nouns or low in lex.honorific_words
                or generic_name(word, lex) or _names_an_instrument(ctx, word))


MISREAD_GROUPS = frozenset({"NORP", "FAC", "PRODUCT"})  # the parser's groups an institution's one-word name falls in


def _name_with_article(ctx: ItemContext, ent: Span) -> bool:
    """ "The Rijksmuseum and the National Museum of X signed": a singular proper name after "the" that
    names no state or place is an institution, whatever group the parser calls it."""
    root = ent.root
    return ent.label_ in MISREAD_GROUPS and root.tag_ == "NNP" \
        and any(t.lower_ == "the" and t.dep_ == "det" for t in root.children) \
        and ctx.gazetteer.country(ent.text) is None and ctx.gazetteer.place(ent.text) is None


def _signing_slots(head: Token) -> set[int]:
    """The heads of the signing verb's active subjects and of its "with" and "between" objects (on
    the verb or on the instrument it governs: "a memorandum of understanding with X"), with their
    conjuncts, also those the parser hangs on a word inside a name ("the University of Nairobi
    and Safaricom")."""
    heads: list[Token] = []
    for child in head.children:
        if child.dep_ == "nsubj":
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ in PARTY_PREPOSITIONS:
            heads += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "dobj":
            heads += [c for t in child.subtree if t.dep_ == "prep" and t.lower_ in PARTY_PREPOSITIONS
                      and t.head.pos_ != "VERB" for c in t.children if c.dep_ == "pobj"]
    slots: set[int] = set()
    for token in heads:
        named = next((e for e in token.doc.ents if e.start <= token.i < e.end), token.doc[token.i:token.i + 1])
        slots |= {token.i} | {c.i for t in named for c in t.conjuncts}
    return slots


def _signers_bodies(head: Token) -> set[int]:
    """ "A, Chief Executive Officer of the Afri-Vax, signed ...": the heads of the "of" objects
    of the titles set beside the signing verb's subjects, for whom they signed."""
    signers = [c for c in head.children if c.dep_ == "nsubj"]
    signers += [c for s in signers for c in s.conjuncts]
    titles = [c for s in signers for c in s.children if c.dep_ == "appos"]
    return {obj.i for title in titles for prep in title.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children if obj.dep_ == "pobj"}


def _portfolio_of(ctx: ItemContext, start: int) -> bool:
    """A minister's portfolio, also after "the" ("Minister of the Interior")."""
    return _portfolio(ctx, start) or start > 0 and ctx.lowers[start - 1] in DETERMINERS and _portfolio(ctx, start - 1)


def _bare_organization(ctx: ItemContext, start: int, end: int) -> None:
    """The name of the parser's organization, without determiners; none when it holds a title
    ("the Minister of Foreign Affairs of") or ends on a word that ends no name."""
    start, end = _name_within(ctx, start, end)
    if start == end or not ctx.capitalised[end - 1] or _after_leading_role(ctx, start, end) != start \
            or ctx.gazetteer.role(ctx.text_of(start, end)) is not None:
        return
    key = ctx.table.add(EntityKind.ORGANIZATION, clean_name(ctx.text_of(start, end)), org_type=OrgType.OTHER)
    ctx.add_mention(Mention(key, EntityKind.ORGANIZATION, start, end))


def _name_within(ctx: ItemContext, start: int, end: int) -> tuple[int, int]:
    """The parser's organization span without its leading determiners and lower-case words and its
    trailing possessive marks."""
    doc, lowers, capitalised = ctx.tokens, ctx.lowers, ctx.capitalised
    while start < end and (lowers[start] in DETERMINERS or not capitalised[start]):
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return start, end


def mark_names_without_head(ctx: ItemContext) -> None:
    """ "the Royal Armouries" for the "Royal Armouries Museum" the item names elsewhere: an
    institution found by its head word is also named by its words before the head (two or more
    capitalised words, free and not followed by another capitalised word); not a minister's portfolio
    ("Minister for Foreign Affairs" is no short name of the "Foreign Affairs Council")."""
    texts = ctx.texts
    positions: dict[str, list[int]] | None = None  # each word's tokens, found once when a name asks
    for key, entity in list(ctx.table.entities.items()):
        if entity.kind != EntityKind.ORGANIZATION or entity.gazetteer_id \
                or entity.org_type in {OrgType.UNIT, OrgType.GOVERNMENT}:
            continue
        words = entity.name.split()
        if len(words) < 3 or singular(words[-1]) != head_word(entity.name) \
                or not all(w[:1].isupper() for w in words[:-1]):
            continue
        short = tuple(words[:-1])
        if positions is None:
            positions = {}
            for i, text in enumerate(texts):
                positions.setdefault(text, []).append(i)
        for i in positions.get(short[0], ()):
            end = i + len(short)
            if texts[i:end] != short or any(ctx.taken(j) for j in range(i, end)):
                continue
            if end < len(texts) and ctx.capitalised[end] or _portfolio_of(ctx, i):
                continue
            ctx.add_mention(Mention(key, EntityKind.ORGANIZATION, i, end))


# ---------------------------------------------------------------------------------------------
# 4. institutions without an organization word, by evidence in the item

PARTY_FRAMES = frozenset({"sign", "meet", "partner"})
MAX_CUE_WORDS = 3


def find_companies(ctx: ItemContext) -> None:
    """Names the parser tags as organizations that no head word makes one ("DP World", "Sino Mining
    Ltd") are organizations when the item says so: a corporate suffix, a company officer's title
    next to the name, a describing noun in apposition or referring back ("the firm"), or a party of a
    signing or an encounter beside a state or known organization (data/extraction/company_cues.tsv)."""
    capitalised, lowers = ctx.capitalised, ctx.lowers
    for ent in ctx.ents:
        if ent.label_ not in {"ORG", "PERSON"} or any(ctx.taken(i) for i in range(ent.start, ent.end)):
            continue  # a name tagged as a person that no step took for one may still be a company's
        start, end = _name_within(ctx, ent.start, ent.end)
        while end > start and not capitalised[end - 1]:
            end -= 1  # "The Ministers of Foreign Affairs of" + "Chile": the parser's tag runs on
        titled_end = _before_trailing_title(ctx, start, end)
        if titled_end - start < 1 or not all(capitalised[i] or lowers[i] in CONNECTORS for i in range(start, titled_end)):
            continue
        text = clean_name(ctx.text_of(start, titled_end))
        if not _may_name_company(ctx, text):
            continue
        if titled_end < end or _company_evidence(ctx, start, titled_end, strong_only=ent.label_ != "ORG"):
            key = ctx.table.add(EntityKind.ORGANIZATION, text, org_type=OrgType.COMPANY)
            ctx.add_mention(Mention(key, EntityKind.ORGANIZATION, start, titled_end))


def _may_name_company(ctx: ItemContext, text: str) -> bool:
    """Not a title or an honorific, an instrument ("MoU"), an event, a state's name, nor a generic
    description."""
    if not text[:1].isupper() or ctx.gazetteer.country(text) is not None \
            or ctx.gazetteer.role(" ".join(singular(word) for word in text.split())) is not None:
        return False  # "Ministers of Foreign Affairs": a title, also in the plural
    if all(ctx.gazetteer.honorific(word) or word.lower().rstrip(".") in ctx.lexicon.honorific_words
           for word in text.split()):
        return False
    if _names_an_instrument(ctx, text):
        return False
    if len(text.split()) > 1 and organization_type(ctx, text) is not None:
        return False  # a name with an organization word is the head-word pass's to read or to refuse
    head = head_word(text)
    return head not in ctx.lexicon.event_nouns and not generic_name(text, ctx.lexicon)


def _names_an_instrument(ctx: ItemContext, text: str) -> bool:
    """ "MoU", "Statement of Partnership": an instrument's term, alone or before its "of" phrase (the words
    before one of its "of"s are a term)."""
    lowered = text.lower()
    terms = ctx.lexicon.agreement_term_matchers  # by each instrument's term
    if lowered in terms:
        return True
    of = lowered.find(" of ")
    while of != -1:
        if lowered[:of] in terms:
            return True
        of = lowered.find(" of ", of + 1)
    return False


def _cue_at(ctx: ItemContext, start: int, kind: str) -> int:
    """The index after the longest cue of `kind` that begins at `start`, or `start`."""
    cues = ctx.lexicon.company_cue(kind)
    for size in range(MAX_CUE_WORDS, 0, -1):
        if start + size <= len(ctx.lowers) and " ".join(ctx.lowers[start:start + size]) in cues:
            return start + size
    return start


def _cue_before(ctx: ItemContext, end: int, kind: str) -> bool:
    """A cue of `kind` ends right before `end`."""
    return any(_cue_at(ctx, end - size, kind) == end for size in range(1, MAX_CUE_WORDS + 1) if end - size >= 0)


def _before_trailing_title(ctx: ItemContext, start: int, end: int) -> int:
    """ "Oduro Cocoa CEO" tagged as one organization: the name ends before the officer's title."""
    for i in range(start + 1, end):
        if _cue_at(ctx, i, "title") == end and not _titled_body(ctx, start, i):
            return i
    return end


def _titled_body(ctx: ItemContext, start: int, title: int) -> bool:
    """ "Senate Chairman": the name and the title after it are one known title (data/roles.tsv)."""
    end = _cue_at(ctx, title, "title")
    found = ctx.gazetteer.role(" ".join(ctx.texts[start:end]))  # "SenateChairman" split by the parser
    return found is not None and normalize_name(found.text) != normalize_name(" ".join(ctx.texts[title:end]))


def _company_evidence(ctx: ItemContext, start: int, end: int, strong_only: bool) -> bool:
    """Whether the item says the name is a company's; `strong_only` (for a name the parser tagged
    otherwise): only its suffix or an officer's title "of" it."""
    lowers = ctx.lowers
    if lowers[end - 1] in ctx.lexicon.company_cue("suffix"):
        return True
    before = start - 1 if start > 0 and lowers[start - 1] == "the" else start
    if before > 0 and lowers[before - 1] == "of" and _cue_before(ctx, before - 1, "title"):
        return True  # "the Managing Director of X"
    if _led_by_its_officer(ctx, end):
        return True  # "a delegation of X led by its Managing Director for Africa, A"
    if strong_only:
        return False
    after = end + 1 if end < len(lowers) and ctx.tokens[end].tag_ == "POS" else end
    if after < len(lowers) and _cue_at(ctx, after, "title") > after and not _titled_body(ctx, start, after):
        return True  # "X CEO A", "X's chairman"
    return _described(ctx, start, end) or _party_beside_known(ctx, start, end)


def _led_by_its_officer(ctx: ItemContext, end: int) -> bool:
    """ "X led by its Managing Director", "X, headed by its chairman,": a company officer's title after "its"
    in the participle phrase right after the name; a person has no officers."""
    i = end + 1 if end < len(ctx.lowers) and ctx.lowers[end] == "," else end
    return i + 3 < len(ctx.lowers) and ctx.tokens[i].tag_ == "VBN" and ctx.lowers[i + 1] == "by" \
        and ctx.lowers[i + 2] == "its" and _cue_at(ctx, i + 3, "title") > i + 3


def _described(ctx: ItemContext, start: int, end: int) -> bool:
    """ "a Chinese firm, X", "X, the operator of ...", "telecoms operator X"; or "the firm" in a later
    sentence when X is the last organization named before it."""
    lowers, descriptions = ctx.lowers, ctx.lexicon.company_cue("description")
    if start > 0 and singular(lowers[start - 1]) in descriptions:
        return True
    if start > 1 and lowers[start - 1] == "," and singular(lowers[start - 2]) in descriptions:
        return True
    if end + 1 < len(lowers) and lowers[end] == ",":
        clause = next((i for i in range(end + 1, min(len(lowers), end + 8)) if lowers[i] in {",", ".", ";"}), None)
        if clause is not None and singular(lowers[clause - 1]) in descriptions \
                and lowers[end + 1] in {"a", "an", "the"}:
            return True
    later = ctx.sentence_at(end - 1).end
    for i in range(later, len(lowers) - 1):
        if lowers[i] == "the" and singular(lowers[i + 1]) in descriptions and ctx.tokens[i + 1].pos_ == "NOUN":
            return not any(m.kind == EntityKind.ORGANIZATION for m in ctx.mentions if end <= m.start < i)
    return False


def _party_beside_known(ctx: ItemContext, start: int, end: int) -> bool:
    """A side of a signing or an encounter whose other side is a state or a known organization:
    "X and the Government of Senegal signed ...", "Y signed an agreement with X"."""
    token = ctx.doc[start:end].root
    for _ in range(4):
        if token.dep_ not in {"nsubj", "nsubjpass", "conj", "pobj", "prep", "dobj"} or token.head.i == token.i \
                or token.dep_ == "prep" and token.lower_ not in PARTY_PREPOSITIONS:
            return False  # "members of X": X is not the side
        token = token.head
        if token.pos_ == "VERB" and any(trigger.frame in PARTY_FRAMES
                                        for trigger in ctx.lexicon.one_word_triggers.get(token.lemma_.lower(), ())):
            break
    else:
        return False
    sentence = ctx.sentence_at(start)
    return any(m.kind == EntityKind.COUNTRY or m.kind == EntityKind.ORGANIZATION and ctx.entity(m.key).gazetteer_id
               or m.kind == EntityKind.ORGANIZATION and ctx.entity(m.key).org_type == OrgType.GOVERNMENT
               for m in ctx.mentions_in(sentence.start, sentence.end) if not start <= m.start < end)
