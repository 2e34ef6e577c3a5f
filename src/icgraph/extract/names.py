"""People named in an item.

A person is a run of capitalised name tokens (with inner particles such as "bin", "Ould", "Al")
that the parser tags as a person, or that follows an honorific ("Dr.", "H.E.", "Sheikha") or a
title ("Secretary-General", "Foreign Minister"). Honorifics and titles are stripped from the name;
titles become posts elsewhere. Within an item, a shorter form ("Dr. AlRashid", "Al-Rashid") is the
same person as the full name whose words it repeats; two people sharing only a surname ("Elnur
Rahimov", "Farid Rahimov") stay two, and a surname alone is resolved only when one person has it.
Conventions read: a family name first ("Park Seo-yeon", "Nguyen Van Long" ... "Mr. Long"), a chain of
names joined by "bin" without its family name ("Abdullah bin Zayed" for "... Al Nahyan"), a titled first
of two Spanish surnames in a release of a state that names people so ("Minister Rojas" for "Valentina
Rojas Peñaloza"), a honorific with the given name ("Dame Helen").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from spacy.tokens import Token

from icgraph.config import DATA_DIR
from icgraph.errors import InputError
from icgraph.extract.context import ItemContext, Mention
from icgraph.extract.headline import names_from_headline
from icgraph.extract.lexicon import singular
from icgraph.extract.represent import country_codes, entry_iso3, load_national_chambers
from icgraph.model import EntityKind
from icgraph.textnorm import normalize_name, unify_punctuation

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
RELATIVE_DAYS = frozenset({"today", "tomorrow", "yesterday", "tonight"})  # "Tomorrow A will open ...": no given name
DAY_WORDS = WEEKDAYS | RELATIVE_DAYS
MAX_NAME_TOKENS = 8
NAME_WINDOW = 8  # tokens either side of a name where its title stands
TITLE_JOINERS = frozenset({"of", "the", "for", "and", "'s"})  # small words inside a title phrase
SYLLABLE = 5  # letters at most of the lower-case second part of a hyphenated given name ("Min-young")
COORDINATED_PEOPLE = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # where two coordinated names are two people
PATRONYMIC = frozenset({"bin", "bint", "ibn", "ben", "ould", "binti"})
# "Crown Prince Hussein bin Hassan": the word after these is his father's name, by which he is never named
# alone ("King Hassan" is the father); "Ben" and "Ould" also open family names ("President Ghazouani").
FATHER_NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "binti"})
REGNAL = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$")
ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")
# one syllable of a romanised Korean name: an initial, a vowel, a final ("min", "jun", "seo", "yeon", "hoon")
ROMANISED_SYLLABLE = re.compile(r"^(?:kk|tt|pp|ss|jj|ch|[bcdghjkmnprstwy])?"
                                r"(?:yeo|yae|wae|ae|eo|eu|oe|ui|ya|ye|yo|yu|wa|we|wo|wi|oo|ee|a|e|i|o|u)(?:ng|[nmklpt])?$")


DOUBLE_SURNAME_FILE = DATA_DIR / "extraction" / "double_surname_states.tsv"


@lru_cache(maxsize=2)
def load_double_surname_states(path: Path = DOUBLE_SURNAME_FILE,
                                countries_path: Path = DATA_DIR / "countries.tsv") -> frozenset[str]:
    """ISO3 codes of the states whose people are named by the first of two surnames; a code data/countries.tsv
    lacks fails with its line."""
    codes = country_codes(countries_path)
    found = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.strip() not in codes:
            raise InputError(f"{path}:{number}: expected the ISO3 code of a state in {countries_path.name}, got {line!r}")
        found.add(line.strip())
    return frozenset(found)


def family_name_after_chain(short: list[str], full: list[str]) -> bool:
    """ "Abdullah bin Zayed" for "Abdullah bin Zayed Al Nahyan": a chain of names joined by a patronymic
    particle, and the same chain with a family name opening with the article ("alnahyan") after it."""
    return len(full) == len(short) + 1 and full[:len(short)] == short and any(w in PATRONYMIC for w in short[1:-1]) \
        and full[-1][:2] in ARTICLES and len(full[-1]) > 4


def name_key_tokens(name: str) -> list[str]:
    """Comparison tokens of a person's name: "Al-Rashid", "AlRashid" and "Al Rashid" all give
    "alrashid"; "Abdel Rahman" and "Abdelrahman" both give "abdelrahman"."""
    return list(_name_key_tokens(name))


@lru_cache(maxsize=4096)
def _name_key_tokens(name: str) -> tuple[str, ...]:
    """`name_key_tokens`, remembered per name (the people of an item are compared again and again)."""
    words = normalize_name(name).split()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in {"al", "el", "abdel", "abdul", "abd", "abu"} and i + 1 < len(words):
            out.append(word + words[i + 1])
            i += 2
            continue
        out.append(word)
        i += 1
    return tuple(out)


ARTICLES = frozenset({"al", "el"})


def _full_name(name: str) -> bool:
    """A name of two words or more, an article ("Al Rashid") aside: "Abdel Osman" is a given name and a
    family name, though its comparison tokens join them."""
    return len(_name_key_tokens(name)) >= 2 or len([w for w in normalize_name(name).split() if w not in ARTICLES]) >= 2


def same_person(short: list[str], full: list[str]) -> bool:
    """`short` names the person `full` names: its words appear in order in `full`, initials
    match words, and a first name, when given, is the same first name."""
    if not short or len(short) > len(full):
        return False
    if short == full:
        return True
    if len(short) == 1:
        return short[0] == full[-1] and not (len(full) >= 3 and full[-2] in FATHER_NAME_PARTICLES)
    if short == full[:len(short)] and full[len(short)] in PATRONYMIC or family_name_after_chain(short, full):
        return True  # "Hamad bin Saeed" for "Hamad bin Saeed bin Nasser", "Abdullah bin Zayed" for "... Al Nahyan"
    if short[-1] != full[-1]:
        return False
    if short == full[-len(short):]:
        return True  # a compound surname alone: "Abu Hamdan", "Ben Amara", "Ndongo Ndongo"
    if not _compatible(short[0], full[0]):
        return False
    j = 0
    for word in short:
        while j < len(full) and not _compatible(word, full[j]):
            j += 1
        if j == len(full):
            return False
        j += 1
    return True


def _compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1:
        return b.startswith(a)
    if len(b) == 1:
        return a.startswith(b)
    return False


@dataclass(frozen=True)
class NameRun:
    start: int
    end: int
    titled: bool  # preceded by an honorific ("Dr.", "H.E.", "Sheikha")
    after_role: bool  # preceded by a role word ("Councilor", "Administrator")


_GLUED = re.compile(r"^([A-Z][a-z]{2,})([A-Z][a-z]{2,})$")


def glued_title(word: str, gazetteer) -> tuple[str, str] | None:
    """The two words of a word glued to a title in typing ("SenateChairman", "MinisterAmina"): two
    capitalised words written together, one of which is a title (a role term of data/roles.tsv)."""
    match = _GLUED.match(word)
    if match is None:
        return None
    if not any(gazetteer.is_role(part) for part in match.groups()):
        return None
    return match.group(1), match.group(2)


_TITLE_WORDS: dict[tuple[int, int], tuple[frozenset[str], frozenset[str]]] = {}


def title_words(gazetteer, lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """(honorifics, words of titles) as comparison keys, computed once per gazetteer."""
    cache_key = (id(gazetteer), id(lexicon))
    if cache_key not in _TITLE_WORDS:
        honorifics = frozenset(normalize_name(h.text) for h in gazetteer.honorifics)
        parts = {h for h in honorifics if " " not in h} | lexicon.honorific_words
        roles = {w for r in gazetteer.role_terms for w in normalize_name(r.text).split() if len(w) > 2}
        _TITLE_WORDS[cache_key] = (honorifics, frozenset(roles | parts))
    return _TITLE_WORDS[cache_key]


@lru_cache(maxsize=2)
def _word_endings(phrases: frozenset[str]) -> frozenset[str]:
    """Every ending of the last word of each phrase of several words ("seri", "eri", "ri", "i" of
    "datuk seri"): a text whose comparison key ends with a word not among them is no such phrase.
    Made once per set of phrases (the honorifics of a gazetteer)."""
    lasts = {phrase.split()[-1] for phrase in phrases if " " in phrase}
    return frozenset(last[k:] for last in lasts for k in range(len(last)))


@lru_cache(maxsize=8192)
def _is_title_text(word: str, honorific_words: frozenset[str], role_words: frozenset[str], gazetteer) -> bool:
    """A word of a title or a honorific (`title_words`), remembered per word: the same title words
    come back in every item, and the name runs ask about each word several times."""
    text = normalize_name(word)
    if text in role_words or text in honorific_words:
        return True
    if text.endswith("s") and singular(text) in role_words:
        return True  # "Ambassadors A of X, B of Y and C of Z"
    term = gazetteer.role(word) if word.isupper() else None
    return term is not None and normalize_name(term.text) == text  # "PM", "DG": a role's short form


def _may_be_name_word(text: str) -> bool:
    """A word of a name opens with a capital or an Arabic article ("al-", "el-")."""
    return bool(text) and (text[0].isupper() or text[:3].lower() in {"al-", "el-"})


class PersonFinder:
    def __init__(self, ctx: ItemContext):
        self.ctx = ctx
        self.honorific_words, self.role_words = title_words(ctx.gazetteer, ctx.lexicon)
        self.honorific_endings = _word_endings(self.honorific_words)
        self.particles = ctx.lexicon.name_particles
        self.verbs = ctx.lexicon.trigger_verbs
        # the runs ask about each token several times
        self._name_token_seen: dict[int, bool] = {}
        self._ends_role_seen: dict[int, bool] = {}
        self._honorific_before_seen: dict[int, bool] = {}

    # token tests ----------------------------------------------------------------------------
    def is_title_word(self, token: Token) -> bool:
        return _is_title_text(self.ctx.texts[token.i], self.honorific_words, self.role_words, self.ctx.gazetteer)

    def is_name_token(self, token: Token) -> bool:
        seen = self._name_token_seen.get(token.i)
        if seen is None:
            seen = self._name_token_seen[token.i] = self._could_be_name(token)
        return seen and not self.ctx.taken(token.i)

    def _could_be_name(self, token: Token) -> bool:
        """What makes a token a word of a name, whatever mention takes it later."""
        text = self.ctx.texts[token.i]
        if not _may_be_name_word(text):
            return False
        pos = token.pos_
        if pos not in {"PROPN", "NOUN", "ADJ", "X", "VERB"} and not token.ent_type_ == "PERSON" \
                and not self.family_name_taken_for_a_verb(token) and not self.given_name_misread_at_opening(token):
            return False
        if any(map(str.isdigit, text)) or self.ctx.lowers[token.i] in DAY_WORDS:
            return False  # "Minister X Thursday met ...": a day glued to a name is no part of it
        if pos == "VERB" and token.ent_type_ != "PERSON" and self.ctx.lemmas[token.i] in self.verbs:
            return False  # "Minister A Meets Envoy B": a headline's verb of encounter ends the name
        return not (text.isupper() and len(text) > 2 and "." not in text and not self.family_name_in_capitals(token))

    def family_name_taken_for_a_verb(self, token: Token) -> bool:
        """ "the Deputy Foreign Minister of Vietnam, Do Hung Viet": a capitalised word inside a sentence that
        the parser takes for an auxiliary ("Do") right before a person it tags from the next word is that
        person's family name."""
        doc = self.ctx.tokens
        return token.pos_ == "AUX" and not token.is_sent_start and token.text.istitle() and token.i + 2 < len(doc) \
            and doc[token.i + 1].ent_iob_ == "B" and doc[token.i + 1].ent_type_ == "PERSON" \
            and doc[token.i + 2].ent_iob_ == "I"

    def opens_sentence(self, i: int) -> bool:
        """The token at `i` opens its sentence, or the text after a dateline's dash or colon."""
        doc = self.ctx.tokens
        return doc[i].is_sent_start or i > 0 and (doc[i - 1].text in {"-", "–", "—", ":"} or doc[i - 1].is_space)

    def given_name_misread_at_opening(self, token: Token) -> bool:
        """ "Raj Dhillon is appointed Minister of X": at a sentence's opening the tagger may read a given name
        as an adverb or a preposition. A capitalised word so read, before a capitalised proper noun, may be a
        given name when it is no English word of those classes the tagger knows (a stop word, an adverb in
        "-ly", a comparative, a word the item writes in lower case)."""
        doc, i = self.ctx.tokens, token.i
        return token.pos_ in {"ADV", "ADP", "INTJ", "SCONJ"} and token.is_alpha and token.is_title \
            and not token.is_stop and not token.lower_.endswith("ly") and token.tag_ not in {"RBR", "JJR"} \
            and token.lower_ not in self.ctx.lower_words and self.opens_sentence(i) \
            and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].is_title

    def subject_of_a_persons_verb(self, run: NameRun) -> bool:
        """ "Raj Dhillon is appointed Minister of X": the run opens its sentence as the subject of a verb of
        taking a post whose complement is a title. (The subject of a verb of encounter is as often a company
        the gazetteer does not know: "Novo Nordisk met the Minister of Health".)"""
        doc = self.ctx.tokens
        last = doc[run.end - 1]
        verb = last.head
        if last.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"} or not self.opens_sentence(run.start):
            return False
        lemma = verb.lemma_.lower()
        complements = [c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp", "dobj"}]
        complements += [g for c in verb.children if c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        return lemma in self.ctx.lexicon.appointment_words \
            and any(self.is_title_word(c) and c.text[:1].isupper() for c in complements)

    def family_name_in_capitals(self, token: Token) -> bool:
        """ "Mr. IWAYA Takeshi", "QU Dongyu": house styles (Japanese ministries, UN agencies) write the
        family name in capitals; the parser tags it as part of a person and a capitalised given name
        stands beside it. Acronyms ("UNICEF Director") are known to the gazetteer or not persons."""
        doc, text = self.ctx.tokens, token.text
        if not text.isalpha():
            return False
        g = self.ctx.gazetteer
        if g.organization(text) or g.country(text) or g.place(text):
            return False
        # "Mr. Rui MOTA PEREIRA", "Mr. Tomás PAIVA DE SOUSA": capitals after a given name
        # that follows a honorific
        j = token.i - 1
        while j >= 0 and (doc[j].text.isalpha() and doc[j].text.isupper() or self._hyphen_in_capitals(j)):
            j -= 1  # "Ms Caroline ST-HILAIRE": a hyphen joins two words of the capitals
        given = 0
        while j >= 1 and given < 3 and (doc[j].ent_type_ == "PERSON" or doc[j].pos_ == "PROPN") \
                and doc[j].text.isalpha() and doc[j].text[:1].isupper() and not doc[j].text.isupper():
            if normalize_name(doc[j - 1].text) in self.honorific_words:
                return True
            j, given = j - 1, given + 1  # "H.E. Aylin Nesrin KORKMAZ": given names before the capitals
            if j >= 2 and doc[j].text == "-" and not doc[j].whitespace_ and not doc[j - 1].whitespace_:
                j -= 1  # "Mr. Jean-Pierre DUPONT": a hyphenated given name
        if given and token.i >= 2 and self._hyphen_in_capitals(token.i - 1) and len(doc[token.i - 2].text) <= 2 \
                and doc[j + 1].ent_iob_ == "B" and token.ent_iob_ == "I":
            return True  # "Caroline ST-HILAIRE": after a short first part (a name word by itself), in one parser entity
        if token.ent_type_ != "PERSON":
            return False
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        return any(n.ent_type_ == "PERSON" and n.text.isalpha() and n.text[:1].isupper()
                   and not n.text.isupper() for n in neighbours)

    def _hyphen_in_capitals(self, i: int) -> bool:
        doc = self.ctx.tokens
        return doc[i].text == "-" and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_ \
            and doc[i - 1].text.isalpha() and doc[i - 1].text.isupper()

    # runs -----------------------------------------------------------------------------------
    def run_from(self, start: int) -> int:
        """End of the name run starting at `start` (titles inside stop it unless after a particle)."""
        doc, texts, lowers = self.ctx.tokens, self.ctx.texts, self.ctx.lowers
        end = start
        # words, not tokens: "Al-Mustaqim" is one word
        while end < len(doc) and end - start - texts[start:end].count("-") < MAX_NAME_TOKENS:
            token = doc[end]
            hyphen = texts[end] == "-"
            after_particle = end > start and lowers[end - 1] in self.particles
            particle = lowers[end] in self.particles
            if particle and end > start and end + 1 < len(doc) \
                    and self.is_name_token(doc[end + 1]):
                end += 1
                continue
            if particle and end > start:
                following = end + 1
                while following < len(doc) and lowers[following] in self.particles \
                        and texts[following].islower():
                    following += 1  # "van der", "de la"
                if following > end + 1 and following < len(doc) and self.is_name_token(doc[following]):
                    end = following
                    continue
            if particle and end > start and end + 2 < len(doc) and texts[end + 1] == "-" \
                    and self.is_name_token(doc[end + 2]):
                end += 3  # "Abu al-Rashid"
                continue
            if hyphen and end > start and end + 1 < len(doc) and self.is_name_token(doc[end + 1]) \
                    and token.whitespace_ == "" and doc[end - 1].whitespace_ == "":
                end += 1
                continue
            if hyphen and end > start and end + 1 < len(doc) and token.whitespace_ == "" \
                    and doc[end - 1].whitespace_ == "" and doc[end + 1].text.isalpha() and doc[end + 1].text.islower() \
                    and doc[end - 1].ent_type_ == "PERSON" and not self.ctx.taken(end + 1) \
                    and (doc[end + 1].ent_type_ == "PERSON"
                         or doc[end + 1].pos_ in {"PROPN", "NOUN", "ADJ", "X"} and len(doc[end + 1]) <= SYLLABLE):
                end += 2  # "Ryu Hong-lim", "Kim Jong-un", "Lee Hyun-woo": the second syllable of a given name
                continue
            if hyphen and end == start + 2 and self.syllables_after_family_name(end):
                end += 2  # "Park Seo-yeon", "Choi Yoon-hee": a family name, then an untagged given name of two syllables
                continue
            if hyphen and end > start and self.syllables_of_given_name(end):
                end += 2  # "Min-jun Park", "Seo-yeon Kim": an untagged given name of two syllables, family name after
                continue
            if self.is_name_token(token) and (after_particle or not self.is_title_word(token)
                                              or end == start and self.title_as_given_name(start)):
                end += 1
                continue
            if end > start and REGNAL.match(texts[end]) and not self.ctx.taken(end):
                end += 1  # "Letsie III", "Charles III"
                continue
            if end > start and self.is_title_word(token) and doc[end - 1].ent_type_ == "PERSON" \
                    and end + 1 < len(doc) and self.is_name_token(doc[end + 1]) and doc[end + 1].ent_type_ == "PERSON" \
                    and not (token.is_lower and self.in_portfolio(start)) \
                    and not (token.dep_ == "cc" and doc[end + 1].ent_iob_ == "B" and self.in_list_of_people(start, end)) \
                    and not (token.lower_ in {"and", "&"} and doc[end + 1].ent_iob_ == "B" and not self.plural_title_around(start, end)) \
                    and not self.joins_two_names(start, end) and not self.coordinates_two_names(start, end) \
                    and not self.joins_respective_names(start, end):
                end += 1  # "Abdi Hassan Sheikh Nuradin": a title word inside a tagged name
                continue
            if end > start and not self.title_runs_on(start, end) and (styled := self.styled_inside(end)) > end:
                end = styled  # "Siti A Dato Haji Kamal Rusdi": a style inside the name
                continue
            break
        return end

    def syllables_of_given_name(self, hyphen: int) -> bool:
        """The hyphen at `hyphen` joins two syllables of a romanised Korean given name ("Min-jun",
        "Seo-yeon", "Ji-hoon"), written without spaces, the second in lower case, and a family name follows."""
        doc = self.ctx.tokens
        if hyphen + 2 >= len(doc) or doc[hyphen].whitespace_ or doc[hyphen - 1].whitespace_:
            return False
        first, second = doc[hyphen - 1].text, doc[hyphen + 1].text
        return first[:1].isupper() and first[1:].islower() and second.islower() \
            and ROMANISED_SYLLABLE.match(first.lower()) is not None and ROMANISED_SYLLABLE.match(second) is not None \
            and not self.is_title_word(doc[hyphen + 1]) and not self.ctx.taken(hyphen + 1) \
            and self.is_name_token(doc[hyphen + 2]) and not self.is_title_word(doc[hyphen + 2])

    def syllables_after_family_name(self, hyphen: int) -> bool:
        """The hyphen at `hyphen` joins two syllables of a romanised Korean given name after a family name of
        one short word ("Park Seo-yeon", "Choi Yoon-hee"), written without spaces, the second in lower case,
        and no capitalised word runs on after it."""
        doc = self.ctx.tokens
        if hyphen < 2 or hyphen + 1 >= len(doc) or doc[hyphen].whitespace_ or doc[hyphen - 1].whitespace_:
            return False
        family, first, second = doc[hyphen - 2], doc[hyphen - 1].text, doc[hyphen + 1].text
        after = doc[hyphen + 2] if hyphen + 2 < len(doc) else None
        return family.is_alpha and family.is_title and len(family) <= SYLLABLE and not self.is_title_word(family) \
            and first[:1].isupper() and first[1:].islower() and second.isalpha() and second.islower() \
            and ROMANISED_SYLLABLE.match(first.lower()) is not None and ROMANISED_SYLLABLE.match(second) is not None \
            and not (after is not None and after.text[:1].isupper() and after.is_alpha)

    def family_name_then_syllables(self, span) -> bool:
        """ "Park Seo-yeon": a short family name, then a romanised Korean given name of two hyphenated syllables,
        is a person's name by its shape, whatever the parser tags it ("Park" also heads places)."""
        return len(span) == 4 and span[2].text == "-" and self.syllables_after_family_name(span[2].i) \
            and not self.ctx.gazetteer.country(span[0].text) and not self.ctx.gazetteer.place(span.text)

    def given_name_of_syllables_first(self, span) -> bool:
        """ "Min-jun Park": a romanised Korean given name of two hyphenated syllables, then a short family
        name, is a person's name by its shape, whatever the parser tags it."""
        return len(span) == 4 and span[1].text == "-" and self.syllables_of_given_name(span[1].i) \
            and span[3].is_alpha and span[3].is_title and len(span[3]) <= SYLLABLE \
            and not self.ctx.gazetteer.country(span[3].text) and not self.ctx.gazetteer.place(span[3].text)

    def plural_title_around(self, start: int, conjunction: int) -> bool:
        """A title in the plural stands right before the names at `start` ("ministers A and B", "the foreign
        ministers of X and Y, A and B"), after them ("A and B, members of ...") or "respectively" ends
        them. There the parser's "and" between two tagged names is left to the plural-title rules:
        splitting it gave people roles the gold does not give (a wrong role, a false participation on
        unseen news)."""
        doc = self.ctx.tokens
        j = start - 1
        while j >= 0 and self.honorific_before(j + 1):
            j -= 1
        if j >= 0 and doc[j].tag_ in {"NNS", "NNPS"} and doc[j].lower_.endswith("s") \
                and singular(doc[j].lower_) in self.role_words or self.after_plural_title(start, lower_case=True):
            return True
        after = conjunction + 1
        while after < len(doc) and doc[after].ent_type_ == "PERSON":
            after += 1
        return self.plural_title_after(after) or after < len(doc) and doc[after].lower_ == "respectively"

    def in_list_of_people(self, start: int, conjunction: int) -> bool:
        """The name at `start` follows a comma after a title in the plural ("the two presidents, B and
        C") or after a person in a list that "respectively" ends ("A, B and C respectively"): the "and"
        at `conjunction`, before a person the parser begins anew, ends the name."""
        doc = self.ctx.doc
        if start < 2 or doc[start - 1].text != ",":
            return False
        before = doc[start - 2]
        if before.tag_ == "NNS" and self.is_title_word(before):
            return True
        after = conjunction + 1
        while after < len(doc) and doc[after].ent_type_ == "PERSON":
            after += 1
        return before.ent_type_ == "PERSON" and after < len(doc) and doc[after].lower_ == "respectively"

    def coordinates_two_names(self, start: int, conjunction: int) -> bool:
        """ "Vu Duc Minh and Hoang Thi Lan met ...", "attended by Peter Mwangi and Grace Wanjiru": an "and"
        the parse makes the link of two names of two words or more each (the second's head a conjunct
        of the first's, a subject, an object or the agent of a passive) joins two people, however the
        tagger spanned them."""
        doc = self.ctx.tokens
        if doc[conjunction].dep_ != "cc" or conjunction - start < 2:
            return False
        after = conjunction + 1
        while after < len(doc) and self.is_name_token(doc[after]) and not self.is_title_word(doc[after]):
            after += 1
        if after - conjunction - 1 < 2:
            return False
        head = doc[after - 1]
        return head.dep_ == "conj" and start <= head.head.i < conjunction and head.head.dep_ in COORDINATED_PEOPLE

    def joins_two_names(self, start: int, conjunction: int) -> bool:
        """ "Deputy Ministers of Agriculture of Georgia, Tamaz Gelashvili and Irakli Mchedlidze": after a
        title in the plural, an "and" between two names of two words or more each, which the parser
        tagged as one person, joins two people."""
        doc = self.ctx.tokens
        if doc[conjunction].lower_ not in {"and", "&"} or conjunction - start < 2 \
                or not (self.after_plural_title(start) or self.plural_title_right_before(start)):
            return False
        after = conjunction + 1
        while after < len(doc) and doc[after].ent_type_ == "PERSON" and self.is_name_token(doc[after]):
            after += 1
        return after - conjunction - 1 >= 2

    def plural_title_right_before(self, start: int) -> bool:
        """ "the foreign ministers Ana Lo and Ben Wu": a title in the plural right before the names."""
        doc = self.ctx.tokens
        return start > 0 and doc[start - 1].tag_ in {"NNS", "NNPS"} and doc[start - 1].lower_.endswith("s") \
            and singular(doc[start - 1].lower_) in self.role_words

    def joins_respective_names(self, start: int, conjunction: int) -> bool:
        """ "the foreign ministers of X and Y, A B and C D respectively": an "and" between two names of
        two words or more each that "respectively" closes joins two people, each paired with one item of
        another list."""
        doc = self.ctx.tokens
        if doc[conjunction].lower_ not in {"and", "&"} or conjunction - start < 2:
            return False
        after = conjunction + 1
        while after < len(doc) and self.is_name_token(doc[after]) and doc[after].lower_ != "respectively":
            after += 1
        closing = after + (after < len(doc) and doc[after].text == ",")
        return after - conjunction - 1 >= 2 and closing < len(doc) and doc[closing].lower_ == "respectively"

    def after_plural_title(self, start: int, lower_case: bool = False) -> bool:
        """The name at `start` follows a comma after a title in the plural and its portfolio and state
        ("the Deputy Ministers of Agriculture and Rural Development of Georgia, A"); with `lower_case`, a
        title in lower case before its "of" too ("the foreign ministers of X and Y, A")."""
        doc = self.ctx.tokens
        if start < 2 or doc[start - 1].text != ",":
            return False
        j = start - 2
        while j >= 0:
            if doc[j].tag_ == "NNS" and self.is_title_word(doc[j]) and (doc[j].text[:1].isupper() or j > 0 and (
                    doc[j - 1].like_num or doc[j - 1].lower_ == "both") or lower_case and doc[j + 1].lower_ == "of") \
                    or doc[j].text[:1].isupper() and doc[j].lower_.endswith("s") and singular(doc[j].lower_) in self.role_words:
                return True  # "the two ministers, A", "Deputy Ministers of Economy of X, A"
            if not (doc[j].text[:1].isupper() and doc[j].is_alpha or doc[j].lower_ in {"of", "for", "and", "the"}
                    or doc[j].text == "-" and j > 0 and doc[j - 1].lower_.endswith("s")):
                return False  # a plural title of two words joined by a hyphen: "Directors-General of X"
            j -= 1
        return False

    def in_portfolio(self, start: int) -> bool:
        """The words from `start` follow "of"/"for" of a title ("the Minister of Regional Integration and
        Cooperation, Hon. A B"): the portfolio of the title, which the parser may tag as a person."""
        doc = self.ctx.tokens
        j = start - 1
        while j >= 0 and doc[j].text[:1].isupper() and self.is_title_word(doc[j]):
            j -= 1
        return j >= 1 and doc[j].lower_ in {"of", "for"} and self.ends_role(j)

    def title_runs_on(self, start: int, end: int) -> bool:
        """ "WHO Chief Scientist Dr Lena Fischer": one word from `start` to `end`, which the parser does not
        tag as a person, right after a capitalised title word, ends that title before a honorific; it is no
        given name before a style inside a name ("Secretary General Siti Rohana Dato Haji A")."""
        doc = self.ctx.tokens
        return start > 0 and end == start + 1 and doc[start - 1].text[:1].isupper() \
            and self.is_title_word(doc[start - 1]) and doc[start].ent_type_ != "PERSON"

    def styled_inside(self, i: int) -> int:
        """Where honorifics ("Dato", "Haji", no role) opening at `i` end, when they stand between the
        given names and the family name of one name, all of which the parse compounds into the name
        word after them; `i` otherwise."""
        doc = self.ctx.tokens
        j = i
        while j < len(doc) and j - i < 3 and normalize_name(doc[j].text) in self.honorific_words \
                and not self.ctx.gazetteer.is_role(doc[j].text) and doc[j].dep_ == "compound":
            j += 1
        if j == i or j >= len(doc) or not self.is_name_token(doc[j]):
            return i
        head = doc[j]
        while head.dep_ == "compound" and head.head.i > head.i and self.is_name_token(head.head):
            head = head.head
        return j if all(doc[k].head.i in range(i - 1, head.i + 1) for k in range(i - 1, head.i)) else i

    def title_as_given_name(self, i: int) -> bool:
        """ "Mr. Amir Hamzah", "Datuk Seri Amir Hamzah", "Dr. Sultan Al Jaber": a title word the parser
        tags as the first word of a person, after a courtesy honorific (no post, no style of office such as
        "His Majesty" or "H.E."), is a given name."""
        doc = self.ctx.tokens
        if i == 0 or i + 1 >= len(doc) or doc[i].ent_type_ != "PERSON" or doc[i + 1].ent_type_ != "PERSON" \
                or not self.is_name_token(doc[i + 1]):
            return False
        own = self.ctx.gazetteer.honorific(doc[i].text)
        if self.given_name_style_after_title(i):
            return True
        if own is not None and not own.role and doc[i - 1].text == "," and self.role_before(i) \
                and (i + 2 >= len(doc) or not self.is_name_token(doc[i + 2]) and self.ctx.lowers[i + 2] not in self.particles):
            # "the Minister of Finance, Cheikh Ndiaye": after the title, a honorific and one name is a given name;
            # not before a particle ("the Amir, Sheikh Tamim bin Hamad")
            return True
        honorific = next((h for h in (self.ctx.gazetteer.honorific(self.ctx.text_of(i - size, i))
                                      for size in (1, 2, 3) if i - size >= 0) if h is not None), None)
        if honorific is None or honorific.role:
            return False
        words = normalize_name(honorific.text).split()
        initials = re.fullmatch(r"(?:[A-Z]\.? ?){2,}", honorific.text)  # "H.E.", "HH": a style of office
        return initials is None and not any(w in self.ctx.lexicon.honorific_words for w in words)

    def given_name_style_after_title(self, i: int) -> bool:
        """ "the Speaker of the Knesset, Amir Ohana Levi", "Minister of Industry Sultan Ahmed Al Jaber": a honorific
        that is also a given name (data/extraction/given_name_styles.txt), right after a title, is the given
        name when the parser tags it as the first word of a person and no other honorific follows it ("the
        Amir Sheikh Tamim" is a style)."""
        doc = self.ctx.tokens
        return self.ctx.lowers[i] in self.ctx.lexicon.given_name_styles and doc[i].ent_iob_ == "B" \
            and doc[i].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I" \
            and self.ctx.gazetteer.honorific(doc[i + 1].text) is None and self.role_before(i)

    def style_of_words(self, i: int) -> int:
        """The token after a honorific of three or more words that opens at `i`, or of two whose first
        word is no honorific alone and which names no post ("Tan Sri A", "Puan Sri B"); `i` otherwise."""
        doc = self.ctx.tokens
        end_char = self.ctx.gazetteer.honorific_at(self.ctx.item.text, doc[i].idx)
        if end_char is None:
            return i
        j = i
        while j < len(doc) and doc[j].idx < end_char:
            j += 1
        if j - i == 2:
            style = self.ctx.gazetteer.honorific(self.ctx.text_of(i, j))
            return j if style is not None and not style.role else i
        return j if j - i >= 3 else i

    def honorific_continues(self, i: int) -> bool:
        """The token at `i` ends a honorific of several words that begins before it."""
        own = normalize_name(self.ctx.texts[i]).rsplit(" ", 1)[-1]
        if own and own not in self.honorific_endings:
            return False  # the key of any text ending with this token ends with its last word, or a longer one
        for size in (1, 2):
            words = normalize_name(self.ctx.text_of(i - size, i + 1)) if i - size >= 0 else ""
            if " " in words and words in self.honorific_words:
                return True
        return False

    def leading_particles(self, start: int) -> int:
        """Where the name proper begins when the run at `start` opens with lower-case particles
        right after a capitalised title or honorific ("von der" in "President von der Leyen");
        `start` itself otherwise."""
        doc = self.ctx.tokens
        if self.ctx.lowers[start] not in self.particles or start == 0 or not self.ctx.texts[start - 1][:1].isupper() \
                or not self.is_title_word(doc[start - 1]):
            return start
        i = start
        while i < len(doc) and self.ctx.lowers[i] in self.particles and self.ctx.texts[i].islower() and not self.ctx.taken(i):
            i += 1
        return i if i > start and i < len(doc) and self.is_name_token(doc[i]) else start

    def honorific_before(self, start: int) -> bool:
        seen = self._honorific_before_seen.get(start)
        if seen is None:
            seen = self._honorific_before_seen[start] = self._after_honorific(start)
        return seen

    def _after_honorific(self, start: int) -> bool:
        texts = self.ctx.texts
        i = start - 1
        if i >= 0 and texts[i][:1].isupper() and (
                normalize_name(texts[i]) in self.honorific_words or self.ctx.lowers[i] in self.ctx.lexicon.honorific_words):
            return True
        # "Datuk Seri Amran Yusof": an honorific of two or three words, whose last word alone is none
        return i >= 1 and texts[i][:1].isupper() and any(
            self.ctx.gazetteer.honorific(self.ctx.text_of(first, start)) is not None for first in range(max(0, start - 3), i))

    def ends_role(self, end: int) -> bool:
        """Tokens just before `end` form a whole role term ("Councilor", "Executive Director"), maybe in
        the plural ("Foreign Ministers A of X and B of Y")."""
        seen = self._ends_role_seen.get(end)
        if seen is None:
            seen = self._ends_role_seen[end] = self._role_term_ends(end)
        return seen

    def _role_term_ends(self, end: int) -> bool:
        last = self.ctx.texts[end - 1] if end > 0 else ""
        plural = last.endswith("s") and last[:1].isupper() and singular(last) != last.lower()
        for size in range(1, 5):
            if end - size < 0:
                break
            text = self.ctx.text_of(end - size, end)
            for form in (text, text[:-len(last)] + last[:-1]) if plural else (text,):
                term = self.ctx.gazetteer.role(form) if form[:1].isupper() else None
                if term is not None and normalize_name(term.text) == normalize_name(form):
                    return True
        return False

    def role_before(self, start: int) -> bool:
        """A title right before the name: "Councilor X", or "Director General of the Y (ACR) X",
        or "her Indonesian counterpart(,) X"."""
        doc, texts, lowers = self.ctx.tokens, self.ctx.texts, self.ctx.lowers
        i = start - 1
        if i >= 0 and texts[i] == ",":
            i -= 1
        if i >= 0 and lowers[i] == "counterpart":
            return True
        if i >= 1 and texts[i + 1] == "," and texts[i][:1].isupper() and self.ends_role(i + 1) \
                and doc[start].pos_ == "PROPN" and self.definite_title(i):
            return True  # "the Minister of Foreign Affairs, Helena Varga": a title set before the name
        i = start - 1
        if i >= 1 and texts[i] == "," and doc[start].pos_ == "PROPN" and self.definite_title(i - 1):
            i -= 1  # "the Ambassador of Korea, Park Ji-hoon": read the title of the institution before the comma
        if i >= 0 and texts[i][:1].isupper() and self.ends_role(start):
            return True
        steps, crossed, portfolio = 0, False, 0
        while i >= 0 and steps < 25:
            token, text, lower = doc[i], texts[i], lowers[i]
            if text == ")" and i >= 2 and texts[i - 2] == "(":
                i -= 3  # "Minister of State (MoS) for DoNER R.K. Saxena"
                steps += 1
                continue
            mention = self.ctx.mention_at(i)
            if mention is not None and mention.kind in {EntityKind.ORGANIZATION, EntityKind.COUNTRY, EntityKind.PLACE}:
                i = mention.start - 1
                crossed = True
            elif text in {"(", ")"} or lower in {"of", "the", "for"} or lower == "to" and crossed:
                i -= 1  # "Ambassador of Brazil to Vietnam Paulo Mendes": the state an envoy is sent to
            elif crossed and (lower == "in" or text == "," or lower == "and") and i >= 1 \
                    and (lower == "in" or self.ctx.mention_at(i - 1) is not None):
                i -= 1  # "Head of the UNICEF Office in Benin, Togo and Niger Rustam Aliyarov"
            elif lower in {"and", "&"} and portfolio > 0 and i > 0 and texts[i - 1][:1].isupper():
                i -= 1  # "Minister of Foreign Affairs and International Cooperation of Mali A"
            elif text[:1].isupper() and token.is_alpha and portfolio < 5 and mention is None \
                    and not ((lowers[i + 1] in {"of", "for"} or crossed and lowers[i + 1] == "to")
                             and self.ends_role(i + 1)):
                # "Minister of Defence Arvid Nilsson", "Minister for Home Affairs B": the portfolio
                # of a title, whatever its words, between "of"/"for" and the name
                i -= 1
                portfolio += 1
            else:
                return (crossed or portfolio > 0 and lowers[i + 1] in {"of", "for"}) \
                    and text[:1].isupper() and self.ends_role(i + 1)
            steps += 1
        return False

    def definite_title(self, last: int) -> bool:
        """The capitalised title ending at `last` opens with "the" ("the Minister of Foreign Affairs")
        or right after a preposition ("a meeting with Foreign Minister of Türkiye") or a state's possessive
        ("Mexico's Secretary of Culture, Mariana Fuentes, signed"), not with another possessor ("her Minister
        of Foreign Affairs", who may be someone's companion): it introduces the name after its comma. After a
        state's possessive only a name set off by a second comma or the sentence's end is the title's: in
        "welcomed by A, Malawi's Minister of Foreign Affairs, B and Botswana's Minister C" the list's commas
        leave it open whose the name is."""
        doc = self.ctx.tokens
        j = last
        while j > 0 and last - j < 8 and doc[j].lower_ != "the" \
                and (doc[j].text[:1].isupper() or doc[j].lower_ in {"of", "for", "and", "to"}
                     or doc[j].lower_ == "in" and self.ctx.mention_at(j + 1) is not None):
            j -= 1  # "The" opening a sentence is capitalised too; "the Ambassador of X to Y": the state sent to;
            # "the IOM Chief of Mission in Libya": where the post is held
        if j >= last:
            return False
        if doc[j].lower_ == "the":
            return True
        if doc[j].tag_ == "POS" and j > 0 and (owner := self.ctx.mention_at(j - 1)) is not None \
                and owner.kind == EntityKind.COUNTRY:
            return self.name_closed_after(last + 1)
        return doc[j].pos_ == "ADP" and doc[j].lower_ not in {"of", "for"} and self.ends_role_in(j + 1, last + 1)

    def name_closed_after(self, comma: int) -> bool:
        """The proper nouns after the comma at `comma` end at another comma or at the sentence's end."""
        doc = self.ctx.tokens
        if comma >= len(doc) or doc[comma].text != ",":
            return False
        k = comma + 1
        while k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].text == "-"):
            k += 1
        return comma + 1 < k and (k == len(doc) or doc[k].text == "," or doc[k].text in {".", ";"} and doc[k].is_sent_end)

    def ends_role_in(self, start: int, end: int) -> bool:
        """A role term begins the words [start, end) ("Foreign Minister of Türkiye")."""
        doc = self.ctx.tokens
        return any(self.ends_role(k) for k in range(start + 1, min(end, start + 4) + 1)) \
            and doc[start].text[:1].isupper()

    def runs(self) -> list[NameRun]:
        """The name runs of the item, in text order; only the words that may open one are read (a
        capitalised word, an Arabic article, or a particle after a title: "von der" in "President von
        der Leyen"), the rest of the text is passed over at once."""
        texts, lowers, particles = self.ctx.texts, self.ctx.lowers, self.particles
        runs: list[NameRun] = []
        resume = 0
        for i, text in enumerate(texts):
            if i < resume or not (text[:1].isupper() or text[2:3] == "-" and _may_be_name_word(text)) \
                    and lowers[i] not in particles:
                continue  # neither a capitalised word, nor one opening with "al-", "el-" (a hyphen third), nor a particle
            resume = self.run_at(i, runs)
        return runs

    def run_at(self, i: int, runs: list[NameRun]) -> int:
        """Add the name run that opens at `i` to `runs`, if one does; the index where reading goes on."""
        doc, texts = self.ctx.tokens, self.ctx.texts
        token = doc[i]
        lead = self.leading_particles(i)
        if lead > i:
            end = self.run_from(lead)
            if end > lead:  # "President von der Leyen": a title, then a name opening with particles
                runs.append(NameRun(i, end, self.honorific_before(i), self.role_before(i)))
                return end
        if not _may_be_name_word(texts[i]):
            return i + 1
        if self.ctx.taken(i) or not self.is_name_token(token) \
                or self.is_title_word(token) and not self.title_as_given_name(i):
            return i + 1
        if self.honorific_continues(i):
            return i + 1  # "Datuk Seri Azlan Harun": "Seri" ends the honorific "Datuk Seri"
        after_style = self.style_of_words(i)
        if after_style > i:
            return after_style  # "Yang di-Pertuan Agong Al-Sultan A": a style of several words is no name
        end = self.run_from(i)
        # trailing particles are not part of a name
        while end > i and self.ctx.lowers[end - 1] in self.particles:
            end -= 1
        if end == i:
            return i + 1
        start = self.after_chamber(self.after_place(i, end), end)
        start = self.after_portfolio_word(self.after_portfolio(self.after_institution(start, end), end), end)
        if start >= end:
            return end  # the whole run is a title's portfolio
        if start > i and end - i - texts[i:end].count("-") >= MAX_NAME_TOKENS:
            # the run's length ran out inside the name after a portfolio ("Minister of State for International
            # Cooperation H.E. Maryam bint Ali bin Nasser Al Misnad"): the name runs on from where it begins
            longer = self.run_from(start)
            while longer > end and self.ctx.lowers[longer - 1] in self.particles:
                longer -= 1
            end = max(end, longer)
        runs.append(NameRun(start, end, self.honorific_before(start),
                            start > i or self.role_before(start)))
        return max(end, i + 1)

    def after_institution(self, start: int, end: int) -> int:
        """ "head of X's Communications Directorate Anna Berg": a run of capitalised words that names
        an institution (its last word an institution head) and then a person begins where the
        person's name begins, when the parser tags those words as a person, or runs them into the
        institution after a title ("head of"); `start` otherwise. The name so cut follows a title."""
        doc, heads = self.ctx.tokens, self.ctx.lexicon.org_heads
        if self.closes_institution(start, end):
            return start + 1
        for cut in range(end - 2, start, -1):
            if singular(doc[cut - 1].text) not in heads and doc[cut - 1].lower_ not in heads:
                continue
            tail = doc[cut:end]
            if doc[cut].ent_iob_ == "B" and all(t.ent_type_ == "PERSON" for t in tail):
                return cut
            if len(tail) <= 3 and all(t.pos_ == "PROPN" and t.ent_iob_ == "I" and t.ent_type_ == "ORG"
                                      and singular(t.text) not in heads and not self.is_title_word(t)
                                      for t in tail) and self.title_of(start):
                return cut
            return start
        return start

    def closes_institution(self, start: int, end: int) -> bool:
        """ "the Chair of the Saeima Foreign Affairs Committee Rihards Ozols": the run opens with the head word
        that closes an institution's capitalised name (no person's name opens with "Committee"), then two to
        four proper nouns that name no institution, event, place or title."""
        doc, lexicon, g = self.ctx.tokens, self.ctx.lexicon, self.ctx.gazetteer
        name = doc[start + 1:end]
        return start > 0 and doc[start - 1].text[:1].isupper() and doc[start].text[:1].isupper() \
            and singular(doc[start].lower_) in lexicon.org_heads and 2 <= len(name) <= 4 \
            and all(t.pos_ == "PROPN" and t.is_title and not self.is_title_word(t) and singular(t.lower_) not in lexicon.org_heads
                    and t.lower_ not in lexicon.event_nouns and not g.country(t.text) and not g.place(t.text) for t in name)

    def after_portfolio(self, start: int, end: int) -> int:
        """ "Minister of Fisheries Lena Dahl", "Regional Director for Africa Cynthia Samuel": a run right
        after a title's "of"/"for" holds the portfolio, then the name the parser tags as a person; the
        name begins where that tag begins; after an envoy's "to" ("Ambassador of Japan to Ghana Kenji
        Sato"), where the state ends. `start` otherwise."""
        doc = self.ctx.tokens
        if start >= 3 and doc[start - 1].lower_ == "to":
            # "Ambassador of Japan to Ghana Kenji Sato": the state an envoy is sent to, then the name
            j = start - 2
            while j >= 0 and (self.ctx.mention_at(j) is not None and self.ctx.mention_at(j).kind
                              in {EntityKind.COUNTRY, EntityKind.ORGANIZATION} or doc[j].lower_ in {"of", "the"}):
                j -= 1
            if j < start - 2 and self.ends_role(j + 1):
                return self.state_before_name(start, end)
            return start
        if start < 2 or not self.opens_portfolio(start):
            return start
        state_cut = self.state_before_name(start, end)
        if state_cut > start:
            return state_cut
        tagged_cut = self.after_tagged_portfolio(start, end)
        if tagged_cut > start:
            return tagged_cut
        for cut in range(start + 1, end - 1):
            if doc[cut].text[:1].isupper() and normalize_name(doc[cut].text) in self.honorific_words:
                # "Minister of State for International Cooperation H.E. Maryam bint Ali": the name begins after
                # the honorific, wherever the parser's tag begins
                while cut < end - 1 and normalize_name(doc[cut].text) in self.honorific_words:
                    cut += 1
                return cut
            if doc[cut].ent_iob_ == "B" and doc[cut].ent_type_ == "PERSON":
                tagged = all(t.ent_type_ == "PERSON" for t in doc[cut:end])
                if tagged and not any(t.ent_type_ == "PERSON" for t in doc[start:cut]):
                    return cut
                break  # "for Foreign and Diaspora Affairs Mary ...": a portfolio word tagged as a person
        after_plural = self.after_plural_portfolio(start, end)
        if after_plural > start:
            return after_plural
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON" \
                and doc[end + 1].ent_iob_ == "B" and doc[start - 1].lower_ in {"and", "&"}:
            return end  # "the State Minister for Relief and Disaster Preparedness, A": the portfolio, then the name
        return start

    def after_place(self, start: int, end: int) -> int:
        """ "received in audience today at Qasr Al Hosn Daniel Borg Azzopardi, Prime Minister of X": after
        "at", a place whose name opens with a head word of places ("Qasr", "Bait", "Palace") and one more
        word, maybe after an article, or which the parser tags as a person right before another, then the
        person's name of two to four proper nouns; where the name begins, or `start`."""
        doc, lowers = self.ctx.tokens, self.ctx.lowers
        if start == 0 or lowers[start - 1] != "at":
            return start
        cut = start
        if lowers[start] in self.ctx.lexicon.place_heads:
            cut = start + 1
            if cut < end and lowers[cut] in ARTICLES:
                cut += 1
            cut += 1
        elif all(t.ent_type_ == "PERSON" for t in doc[start:end]):
            cut = next((k for k in range(start + 1, end - 1) if doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PERSON"), start)
        name = doc[cut:end]
        if cut > start and 2 <= len(name) <= 4 and all(t.pos_ == "PROPN" and not self.is_title_word(t) for t in name):
            return cut
        return start

    def after_chamber(self, start: int, end: int) -> int:
        """ "Members of the Bundestag Jonas Weber and ...", "Secretary of the Smithsonian Dana Albers",
        "Commissioner for the Mediterranean Magdalena Kowalska": a run after "of the" or "for the" that opens
        with one word naming an institution or a portfolio, a state's legislative chamber
        (data/extraction/national_chambers.tsv) or a word the parser tags as no person right before a person
        it tags, then two to four proper nouns that name no state, place or encounter, begins with the name
        after that word; `start` otherwise. Chambers of several words ("State Duma") are left to the
        institutions' reader, which cost a right reading when cut here."""
        doc, lowers, g = self.ctx.tokens, self.ctx.lowers, self.ctx.gazetteer
        if start < 2 or end - start < 3 or lowers[start - 1] != "the" or lowers[start - 2] not in {"of", "for"} \
                or lowers[start - 2] == "for" and self.named_after_comma(end):
            return start
        name = doc[start + 1:end]
        tagged_after = doc[start].ent_type_ not in {"", "PERSON"} and name[0].ent_iob_ == "B" \
            and all(t.ent_type_ == "PERSON" for t in name)
        if not (lowers[start] in load_national_chambers() or tagged_after or self.one_word_institution(start, end)):
            return start
        if 2 <= len(name) <= 4 and all(t.pos_ == "PROPN" and not self.is_title_word(t) and t.lemma_.lower() not in self.verbs
                                       and not g.country(t.text) and not g.place(t.text) for t in name):
            return start + 1
        return start

    def one_word_institution(self, start: int, end: int) -> bool:
        """ "Speaker of the Saeima Inese Kalnina", "Secretary of the Treasury Ana Ruiz": after a title's "of the"
        (or a portfolio's "for the": "Commissioner for the Mediterranean A B"), a run of three proper nouns is
        an institution or portfolio of one word (no person's name opens with "the") and a
        name of two, though the chamber is in no list and the parser tags the run as one organization. Four
        or more are left alone: "the Jatiya Sangsad A B" has no word to cut at."""
        doc, lexicon, word = self.ctx.tokens, self.ctx.lexicon, self.ctx.lowers[start]
        return end - start == 3 and self.ends_role(start - 2) and doc[start].pos_ == "PROPN" \
            and doc[start].ent_type_ != "PERSON" and not self.is_title_word(doc[start]) \
            and word not in self.ctx.lower_words and singular(word) not in lexicon.org_heads \
            and word not in (lexicon.foreign_org_heads or {}) and all(t.is_title for t in doc[start + 1:end])

    def after_portfolio_word(self, start: int, end: int) -> int:
        """ "Security Policy Kaja Lindmets", "Political-Security Community Nguyen Van Long", "Minister of
        Economy and Innovation Policy Rasa Kalnina": a run that continues a title's capitalised words or
        portfolio and opens with known portfolio words the parser does not tag as a person, then two to four
        proper nouns none of which is a portfolio or title word, begins with the name after those words;
        `start` otherwise."""
        doc, words = self.ctx.tokens, self.ctx.lexicon.portfolio_words
        cut = start
        while cut < end and doc[cut].lower_ in words and doc[cut].ent_type_ != "PERSON":
            cut += 1
        if cut == start or start == 0:
            return start
        continues_title = doc[start - 1].text[:1].isupper() \
            and (self.ctx.taken(start - 1) or self.is_title_word(doc[start - 1]))
        name = doc[cut:end]
        if (continues_title or self.opens_portfolio(start)) and 2 <= len(name) <= 4 \
                and all(t.pos_ == "PROPN" and t.lower_ not in words and not self.is_title_word(t) for t in name):
            return cut
        return start

    def after_plural_portfolio(self, start: int, end: int) -> int:
        """ "Commissioner for International Partnerships Helena Kask Virtanen": a portfolio that ends in a word
        in the plural ("Affairs", "Partnerships", "Resources"), then two to four proper nouns in the singular,
        the parser tagging none but the last as a person; where they begin, or `start`."""
        doc = self.ctx.tokens
        for cut in range(start + 1, end - 1):
            plural = doc[cut - 1].tag_ == "NNPS" or singular(doc[cut - 1].text) != doc[cut - 1].lower_
            name = doc[cut:end]
            if not (plural and 2 <= len(name) <= 4 and all(t.pos_ == "PROPN" and t.tag_ != "NNPS" for t in name)
                    and not any(self.ctx.gazetteer.role(t.text) for t in name)):
                continue
            if name[-1].ent_type_ == "PERSON" and self.untagged_portfolio(start, cut) \
                    and not any(t.ent_type_ in {"GPE", "NORP", "LOC", "ORG"} for t in name):
                return cut
            if self.headless_organization(start, cut, end) and not self.names_a_place(name):
                return cut
        return start

    def untagged_portfolio(self, start: int, cut: int) -> bool:
        """The parser tags no word of the portfolio from `start` to `cut` as a name, but a person where the
        portfolio ends with a portfolio word ("Foreign and Diaspora Affairs": "Diaspora" read as a person)."""
        doc = self.ctx.tokens
        if doc[cut - 1].lower_ in self.ctx.lexicon.portfolio_words:
            return not any(t.ent_type_ and t.ent_type_ != "PERSON" for t in doc[start:cut])
        return not any(t.ent_type_ for t in doc[start:cut])

    def headless_organization(self, start: int, cut: int, end: int) -> bool:
        """ "Commissioner for International Partnerships Jutta Haverkamp": the parser tags the portfolio and
        the name after it (from `cut`) as one organization that ends where the run ends, all of whose words
        are plain capitalised words, and none of the name's the head of an institution, event or place."""
        doc, lexicon = self.ctx.tokens, self.ctx.lexicon
        begin = start
        while begin > 0 and doc[begin].ent_iob_ == "I" and doc[begin - 1].ent_type_ == "ORG":
            begin -= 1  # "Commissioner for Jobs and Social Rights A": the organization the parser tags opens the portfolio
        if not all(t.ent_type_ == "ORG" for t in doc[start:end]) or doc[begin].ent_iob_ != "B" \
                or end < len(doc) and doc[end].ent_iob_ == "I" \
                or not all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
                           or begin <= t.i < start and t.lower_ in {"and", "&"}
                           or t.i == begin < start and t.lower_ == "the" for t in doc[begin:end]):
            return False
        return not any(singular(t.lower_) in lexicon.org_heads or t.lower_ in lexicon.event_nouns
                       or singular(t.text) in lexicon.place_heads for t in doc[cut:end])

    def state_before_name(self, start: int, end: int) -> int:
        """ "Foreign Minister of Maldives Ahmed Shareef": the state the title serves (or an envoy is
        sent to), which the parser tags as the first word of the person after it; where the name
        after it begins, or `start`."""
        doc = self.ctx.tokens
        for size in range(1, 4):
            if start + size + 2 <= end and self.ctx.gazetteer.country(self.ctx.text_of(start, start + size)) \
                    and all(t.pos_ == "PROPN" for t in doc[start + size:end]):
                return start + size
        return start

    def named_after_comma(self, end: int) -> bool:
        """A proper noun follows the run ending at `end` after a comma: "the Special Envoy for the Great Lakes
        Region, A B" names its holder there, so the run is all portfolio."""
        doc = self.ctx.tokens
        return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "PROPN"

    def after_tagged_portfolio(self, start: int, end: int) -> int:
        """ "Commissioner for the Middle East Anna Berglund": after a title's "for the", the parser tags the
        portfolio from "the" as one place or institution that ends inside the run, then two or three proper
        nouns it tags as nothing but a person, none a title word; where they begin, or `start`."""
        doc = self.ctx.tokens
        if doc[start - 1].lower_ != "the" or doc[start - 1].ent_iob_ != "B" \
                or doc[start - 1].ent_type_ not in {"LOC", "GPE", "ORG", "NORP", "FAC"}:
            return start
        cut = start
        while cut < end and doc[cut].ent_iob_ == "I":
            cut += 1
        name = doc[cut:end]
        if self.named_after_comma(end):
            return start
        if start < cut and 2 <= len(name) <= 3 and all(t.pos_ == "PROPN" and t.ent_type_ in {"", "PERSON"}
                                                       and t.is_title and not self.is_title_word(t) for t in name):
            return cut
        return start

    def opens_portfolio(self, start: int) -> bool:
        """The words from `start` follow a title's "of"/"for", or its "for the" ("Commissioner for the Western
        Balkans Marta Novak"; after "of the" an institution's name may open with a honorific: "Rector of the
        Université Cheikh Anta Diop"), or the "and" of its portfolio ("Minister for Trade and Industry Kenneth Ong")."""
        doc = self.ctx.tokens
        j = start - 1
        if doc[j].lower_ == "the" and j >= 2 and doc[j - 1].lower_ == "for":
            return self.ends_role(j - 1)
        if doc[j].lower_ in {"and", "&"}:
            j -= 1
            while j > 0 and start - j < 6 and doc[j].text[:1].isupper() and doc[j].is_alpha:
                j -= 1
            if j == start - 2:
                return False
        if j >= 1 and doc[j].lower_ == "of" and not self.ends_role(j):
            # "Minister of Trade of Ghana Kofi Adu": the state after the portfolio
            k = j - 1
            while k > 0 and j - k <= 4 and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].lower_ in {"and", "&"}):
                k -= 1
            if k < j - 1 and doc[k].lower_ in {"of", "for"} and self.ends_role(k):
                return True
        return j >= 1 and doc[j].lower_ in {"of", "for"} and self.ends_role(j)

    def title_of(self, start: int) -> bool:
        """A title word, of any case, governs the institution named from `start` ("head of X's ...",
        "director of the ...")."""
        doc = self.ctx.tokens
        i = start - 1
        for _ in range(6):
            if i < 0:
                return False
            mention = self.ctx.mention_at(i)
            if mention is not None and mention.kind in {EntityKind.ORGANIZATION, EntityKind.COUNTRY}:
                i = mention.start - 1
            elif doc[i].lower_ in {"of", "the", "'s", "’s"}:
                i -= 1
            else:
                return doc[i].lower_ != "of" and self.is_title_word(doc[i]) and doc[i + 1].lower_ == "of"
        return False

    # decisions ------------------------------------------------------------------------------
    def looks_like_person(self, run: NameRun) -> bool:
        doc, g = self.ctx.tokens, self.ctx.gazetteer
        lexicon, lowers, texts = self.ctx.lexicon, self.ctx.lowers, self.ctx.texts
        span = self.ctx.span(run.start, run.end)
        text = unify_punctuation(self.ctx.text_of(run.start, run.end))
        if g.country(text) or g.organization(text) or g.place(text) or g.honorific(text):
            return False
        if lowers[run.start] in {"his", "her", "their", "its"}:
            return False  # "His Highness": a reference, not a name
        if not run.titled and (self.names_institution_of(run.start) or self.inside_institution(run)):
            return False  # "the Office for Climate Resilience": the field of an institution, no person
        if self.cut_inside_word(run.end):
            return False  # "the Agency for Maritime Co-operation": "Maritime Co" is part of a name, no person
        if not run.titled and self.named_by_place_head(run.start):
            return False  # "the port of Ust-Luga", "the town of Bor": a place
        if self.counterpart_mononym(run) or self.named_counterpart(run) or self.given_name_of_syllables_first(span) \
                or self.family_name_then_syllables(span):
            return True  # "Min-jun Park": also a family name that heads places ("Park")
        if self.byline(run.start):
            return False  # "By Anna Berg in Gaborone": the reporter, no one the news is about
        if not run.titled and run.start >= 2 and lowers[run.start - 1] == "of" \
                and self.ctx.lemmas[run.start - 2] == "member":
            return False  # "some members of Majlis Al Shura": a body, whose members people are
        after = doc[run.end] if run.end < len(doc) else None
        if after is not None and after.tag_ == "POS" and run.end + 1 < len(doc):
            after = doc[run.end + 1]  # "X Provincial People's Committee"
        if after is not None and texts[after.i][:1].isupper() and (singular(texts[after.i]) in lexicon.org_heads
                                                                   or singular(texts[after.i]) in lexicon.event_nouns):
            return False  # "Mohammed V University", "the Ghana Cocoa Renewal Programme": words inside a longer name
        # "President Park Min-jae": the parser may leave the hyphen and a given name's second syllable untagged
        tagged_after_title = (run.titled or run.after_role) and all(
            t.ent_type_ == "PERSON" or t.text == "-" or t.is_lower and doc[t.i - 1].text == "-" for t in span)
        # a name after a title has its head word last ("Minister Park Min Joon" is a person)
        anchored = run.titled or run.after_role or self.title_apposition(span[-1])
        heads_at = range(run.end - 1, run.end) if anchored else range(run.start, run.end)
        if not tagged_after_title and any(lowers[i] in lexicon.org_heads or lowers[i] in lexicon.event_nouns
                                          or singular(texts[i]) in lexicon.place_heads for i in heads_at):
            return False  # "Rose Garden", "Summit Hall"; but "Ambassador Park Ji-hoon" is a person
        if singular(lowers[run.end - 1]) in lexicon.one_word_instruments:
            return False  # "the Mudaraba Agreement", "Paris Accord": an instrument, not a person
        before = list(lowers[max(0, run.start - 2):run.start])
        if not run.titled and not run.after_role and (before[-1:] == ["at"] or before[-2:] == ["at", "the"]):
            return False  # "received in his office at Bait Al Falaj": a place
        if run.start > 0 and (lowers[run.start - 1] == "the" and not self.named_before_title(run)
                              or texts[run.start - 1] in {'"', "“", "‘", "'"}
                              and not (doc[run.start - 1].tag_ == "''" and run.start > 1 and doc[run.start - 2].is_punct)):
            return False  # "the Learning Sprint", quoted titles of works; not a quote's speaker ('useful," A, ...')
        if self.in_respective_list(run):
            return True
        if span[-1].tag_ in {"NNS", "NNPS"} and span[-1].text.endswith("s") and not run.titled \
                and not self.apposed_to_title(span[-1]) and not self.tagged_family_name_in_s(span) \
                and not self.closes_institution(run.start - 1, run.end) \
                and not (run.after_role and span[0].tag_ == "NNP" and len(span) >= 2
                         and doc[run.start - 1].lower_ not in {"of", "for", "and"}):
            # "Minister of Economy of Portugal Ana Lopes" is a name; "Bureau of External Relations" is none
            return False  # plural heads ("Kalunga Languages", "Member States"), not surnames ("Dumas")
        person_tokens = sum(1 for t in span if t.ent_type_ == "PERSON")
        if run.titled:
            return len(span) >= 2 or person_tokens == 1 or self.single_name_after_title(run)
        if run.after_role and len(span) >= 2 and self.all_proper(span) \
                and not any(t.ent_type_ in {"GPE", "NORP", "LOC"} and not self.swallowed(t, run) for t in span):
            return True
        if run.after_role and len(span) >= 2 and self.all_proper(span) and self.set_off(run) \
                and not self.names_a_place(span):
            return True  # "The Governor of Lagos State, Tunde Adeyemi, ...": a name the parser took for a place
        if (run.after_role or run.start > 0 and doc[run.start - 1].text == ",") and len(span) >= 2 \
                and self.all_proper(span) and self.apposed_to_titled_phrase(span[-1]) and not self.names_a_place(span):
            return True  # "the Speaker of the National Assembly of X, Agnes Mwale": a name the parser took for a place
        if self.second_of_listed_pair(run):
            return True
        if self.first_of_listed_pair(run) or self.first_of_included_people(run):
            return True
        if self.signature_line(run):
            return True
        if self.titled_in_brackets(run):
            return True
        if self.from_body_in_brackets(run):
            return True
        if person_tokens == 0 and len(span) >= 2 and all(t.pos_ == "PROPN" or t.text == "-" for t in span) \
                and self.after_plural_title(run.start, lower_case=True) and run.end < len(doc) and doc[run.end].lower_ in {"and", "&"} \
                and not any(g.country(t.text) or g.place(t.text) for t in span):
            return True  # "the foreign ministers of X and Y, A B and C D": the first of the pair, whatever its tag
        if person_tokens == 0 and 2 <= len(span) <= 3 and not self.names_a_place(span) \
                and all(t.pos_ == "PROPN" and t.is_title or k == 0 and self.given_name_misread_at_opening(t)
                        for k, t in enumerate(span)) and self.subject_of_a_persons_verb(run):
            return True  # "Raj Dhillon is appointed Minister of X", the parser tagging no person ("Raj" an adverb)
        if person_tokens == 0 and self.single_name_set_off_after_title(run):
            return True
        if person_tokens == 0 and 2 <= len(span) <= 4 and self.all_proper(span) and not self.names_a_place(span) \
                and self.appointed_as_title(run):
            return True  # "announced the appointment of Heather Grant-McKenzie as Ambassador of Canada to Japan"
        if person_tokens == 0:
            return self.plain_name(span) and (self.title_apposition(span[-1]) or self.apposed_to_title(span[-1])
                                              or self.qualified_lower_case_role_before(run))
        if span[-1].ent_type_ == "PERSON" or person_tokens * 2 >= len(span):
            return len(span) >= 2 or person_tokens == 1
        return False

    def all_proper(self, span) -> bool:
        """Every word of the span is a proper noun, a lower-case particle inside the name ("Maria do
        Carmo Fonseca", whose "do" the parser may take for a verb), the hyphen of a compound given name
        ("Jean-Marc Delorme") or a capitalised word after "ould", "bin" ("Abdoulaye ould Ahmedou", whatever
        the parser tags "Ahmedou")."""
        return all(t.pos_ == "PROPN" or 0 < k < len(span) - 1 and (t.is_lower and t.lower_ in self.particles
                                                                   or self.inner_hyphen(t))
                   or k > 0 and span[k - 1].lower_ in PATRONYMIC and t.is_alpha and t.is_title
                   for k, t in enumerate(span))

    def inner_hyphen(self, token: Token) -> bool:
        """A hyphen written without spaces between two capitalised words ("Jean-Marc", "Min-Jun")."""
        doc = self.ctx.tokens
        return token.text == "-" and token.whitespace_ == "" and doc[token.i - 1].whitespace_ == "" \
            and doc[token.i - 1].text[:1].isupper() and doc[token.i + 1].text[:1].isupper()

    def names_a_place(self, span) -> bool:
        """A word of the span is a state or place. A place as the last word that the gazetteer scan left
        untaken is a surname ("the Ambassador of Peru, Renata Lima,")."""
        g = self.ctx.gazetteer
        return any(g.country(t.text) or g.place(t.text) for t in span[:-1]) or g.country(span[-1].text) is not None

    def named_by_place_head(self, start: int) -> bool:
        """The run follows "of" after a lower-case head word of places ("the port of", "the city of")."""
        lowers = self.ctx.lowers
        return start >= 2 and lowers[start - 1] == "of" and self.ctx.texts[start - 2].islower() \
            and singular(lowers[start - 2]) in self.ctx.lexicon.place_heads

    def names_institution_of(self, start: int) -> bool:
        """The run follows the "of" or "for" after the head word of an institution's name ("Office",
        "Agency", "Council")."""
        doc = self.ctx.tokens
        i = start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        return i >= 1 and doc[i].lower_ in {"of", "for"} and doc[i - 1].text[:1].isupper() \
            and singular(doc[i - 1].lower_) in self.ctx.lexicon.org_heads

    def named_before_title(self, run: NameRun) -> bool:
        """ "met the Anna Berg, Minister of Culture of X": a run the parser tags whole as a person, a title
        set off by a comma right after it ("the Minister", "Papua New Guinea's Minister"), is a person
        even after a stray "the"."""
        doc = self.ctx.doc
        span = doc[run.start:run.end]
        if run.end - run.start < 2 or not all(t.ent_type_ == "PERSON" for t in span) \
                or run.end + 1 >= len(doc) or doc[run.end].text != ",":
            return False
        after = doc[run.end + 1:min(len(doc), run.end + 10)]
        owner = next((t.i + 1 for t in after[:6] if t.tag_ == "POS"), run.end + 3)  # "the", "Papua New Guinea's"
        opening = len(doc[run.end + 1:owner + 1].text)
        return any(start <= opening for start, _, _ in self.ctx.gazetteer.find_roles(after.text))

    def tagged_family_name_in_s(self, span) -> bool:
        """ "Ana Martins", "Carlos Reyes": the parser tags the whole run as a person and its last word,
        which looks like a plural, is no common noun of the item or of an institution's name."""
        if not all(t.ent_type_ == "PERSON" for t in span):
            return False
        word, lexicon = span[-1].lower_, self.ctx.lexicon
        common = lexicon.generic_org_words | lexicon.org_heads | set(lexicon.event_nouns) | lexicon.place_heads
        return not ({word, singular(word)} & (self.ctx.lower_words | common))

    def inside_institution(self, run: NameRun) -> bool:
        """The parser tags the run as inside an organization whose name opens with an institution's head
        word ("the Ministry of Environment, Climate Change and Forestry"): words of its portfolio (a name
        at the end may be a person's the parser ran on into: "the Government of Morocco Karim Alami")."""
        lowers = self.ctx.lowers
        ent_start = next((start for start, end in self.organization_entities if start < run.start and run.end < end), None)
        if ent_start is None:
            return False
        first = ent_start + 1 if lowers[ent_start] == "the" else ent_start
        return self.ctx.texts[first][:1].isupper() and singular(lowers[first]) in self.ctx.lexicon.org_heads

    @cached_property
    def organization_entities(self) -> list[tuple[int, int]]:
        """[start, end) of the parser's organizations, in text order, read once per item."""
        return [(e.start, e.end) for e in self.ctx.ents if e.label_ == "ORG"]

    def cut_inside_word(self, end: int) -> bool:
        """The run stops at a hyphen glued to a lower-case word that goes on ("Co-operation"), not to a
        participle that the name modifies ("an Asante-led delegation")."""
        doc = self.ctx.tokens
        return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower \
            and not doc[end + 1].tag_.startswith("VB")

    def in_respective_list(self, run: NameRun) -> bool:
        """ "the Ministers of X, Y and Z, A B, C D and E F, respectively": proper nouns the gazetteer does not
        place, after a person in a list of people that "respectively" closes, are a person, whatever tag the
        parser gave them ("Diego Salazar" a place, "Mendes" a plural)."""
        doc = self.ctx.tokens
        if run.start < 2 or doc[run.start - 1].lower_ not in {",", "and", "&"} or doc[run.start - 2].ent_type_ != "PERSON" \
                or not self.unplaced_proper_nouns(doc[run.start:run.end]):
            return False
        i = run.end
        while i < len(doc) and i - run.end < 12 and (doc[i].text == "," or doc[i].lower_ in {"and", "&"}
                                                       or doc[i].ent_type_ == "PERSON"):
            i += 1
        return i < len(doc) and doc[i].lower_ == "respectively"

    def second_of_listed_pair(self, run: NameRun) -> bool:
        """ "Deputy Ministers of Finance of Armenia, Anna Sargsyan and Tigran Petrosyan", "A B and C D,
        members of the Committee": the proper nouns after the "and" of a person named after or before
        a title in the plural are a person, whatever tag the parser gave them."""
        doc = self.ctx.tokens
        if run.start < 3 or doc[run.start - 1].lower_ not in {"and", "&"} \
                or not self.unplaced_proper_nouns(doc[run.start:run.end]):
            return False
        j = run.start - 2
        state = self.ctx.mention_at(j)
        if state is not None and state.kind == EntityKind.COUNTRY and state.start >= 1 and doc[state.start - 1].lower_ == "of":
            j = state.start - 2  # "the two ministers, A B of Serbia and C D of Croatia"
        last = j
        while j >= 0 and doc[j].ent_type_ == "PERSON" and doc[j].pos_ == "PROPN":
            j -= 1
        return last - j >= 2 and (self.after_plural_title(j + 1) or self.plural_title_after(run.end))

    def first_of_listed_pair(self, run: NameRun) -> bool:
        """ "received A B and C D, members of the Parliament of X": the proper nouns before the "and" of a
        person named before a title in the plural are a person, whatever tag the parser gave them."""
        doc = self.ctx.tokens
        if run.end + 1 >= len(doc) or doc[run.end].lower_ not in {"and", "&"} \
                or not self.unplaced_proper_nouns(doc[run.start:run.end]):
            return False
        j = run.end + 1
        while j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].pos_ == "PROPN":
            j += 1
        return j - run.end - 1 >= 2 and self.plural_title_after(j)

    def first_of_included_people(self, run: NameRun) -> bool:
        """ "delegates including Ana Ruiz and Peter Okoro", "experts such as A B, C D and E F": the proper
        nouns right after "including" or "such as", before an "and" or a comma that a person the parser
        tags whole follows, are a person too; when the parser tags them as an organization, only in a list
        of holders of a title ("mayors, including A B and C D")."""
        doc = self.ctx.tokens
        opener = doc[run.start - 1].lower_ if run.start >= 1 else ""
        if not (opener == "including" or opener == "as" and run.start >= 2 and doc[run.start - 2].lower_ == "such") \
                or run.end + 1 >= len(doc) or doc[run.end].lower_ not in {"and", "&", ","} \
                or not self.unplaced_proper_nouns(doc[run.start:run.end]) or run.end - run.start > 3 \
                or any(t.ent_type_ == "ORG" for t in doc[run.start:run.end]) and not self.people_included(run.start - 1):
            return False  # "partners including Volta Star Logistics and A": a company the parser tags so
        j = run.end + 1
        if doc[j].ent_iob_ != "B" or doc[j].ent_type_ != "PERSON":
            return False
        while j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].pos_ == "PROPN":
            j += 1
        return j - run.end - 1 >= 2

    def people_included(self, opener: int) -> bool:
        """The "including" at `opener` lists holders of a title in the plural ("a delegation of mayors,
        including", "ministers including")."""
        head = self.ctx.tokens[opener].head
        return head.tag_ == "NNS" and head.lower_.endswith("s") and singular(head.lower_) in self.role_words

    def unplaced_proper_nouns(self, span) -> bool:
        """Two or more proper nouns, none of them a state or a place the gazetteer knows."""
        g = self.ctx.gazetteer
        return len(span) >= 2 and all(t.pos_ == "PROPN" for t in span) \
            and not any(g.country(t.text) or g.place(t.text) for t in span)

    def plural_title_after(self, end: int) -> bool:
        """A title in the plural follows the names after a comma ("A B and C D, members of the Committee")."""
        doc = self.ctx.tokens
        i = end + 1
        if end >= len(doc) or doc[end].text != ",":
            return False
        while i < len(doc) and doc[i].lower_ in {"the", "both", "two"}:
            i += 1
        return i < len(doc) and doc[i].tag_ in {"NNS", "NNPS"} and self.is_title_word(doc[i])

    def set_off(self, run: NameRun) -> bool:
        """The run stands between commas, or after a comma at the end of its sentence (an apposition of the
        title before it: "met the Ambassador of Mexico to France, Blanca Jiménez Cisneros.")."""
        doc = self.ctx.tokens
        return run.start > 0 and doc[run.start - 1].text == "," and run.end < len(doc) \
            and (doc[run.end].text == "," or doc[run.end].text in {".", ";"} and doc[run.end].is_sent_end)

    def single_name_after_title(self, run: NameRun) -> bool:
        """ "Jordanian King Tarek met ...": one proper noun right after a title whose holders are named by
        one word (data/extraction/single_name_titles.txt), not run on by another capitalised word."""
        doc, lowers = self.ctx.tokens, self.ctx.lowers
        token = doc[run.start]
        if run.end - run.start != 1 or token.pos_ != "PROPN" or not token.is_alpha or not token.is_title \
                or run.end < len(doc) and doc[run.end].text[:1].isupper():
            return False
        titles = self.ctx.lexicon.single_name_titles
        return lowers[run.start - 1] in titles or run.start >= 2 \
            and f"{lowers[run.start - 2]} {lowers[run.start - 1]}" in titles

    def signature_line(self, run: NameRun) -> bool:
        """ "For the Government of X\nKwame Asare Mensah\nMinister for Foreign Affairs": two to four proper
        nouns alone on their line, the next line opening with a role term (a signature or contact block),
        none of them a title, institution or event word, a state or a place."""
        doc, lexicon = self.ctx.tokens, self.ctx.lexicon
        span = doc[run.start:run.end]
        if not 2 <= len(span) <= 4 or not self.all_proper(span) or self.names_a_place(span) \
                or any(self.is_title_word(t) or singular(t.lower_) in lexicon.org_heads or t.lower_ in lexicon.event_nouns
                       for t in span):
            return False
        text = self.ctx.item.text
        start, end = span[0].idx, span[-1].idx + len(span[-1].text)
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip() or text[end:end + 1] != "\n":
            return False
        line_end = text.find("\n", end + 1)
        next_line = text[end + 1:line_end if line_end >= 0 else len(text)]
        return any(role_start == 0 for role_start, _, _ in self.ctx.gazetteer.find_roles(next_line))

    def titled_in_brackets(self, run: NameRun) -> bool:
        """ "Lars Holm Berg (Minister of Development, Denmark) told ...": two to four proper nouns, none a
        place, followed by brackets that open with a title or with a state and its title ("(Denmark's
        development minister)"), as wires and lists of speakers give a post after the name."""
        doc = self.ctx.doc
        span = doc[run.start:run.end]
        if not 2 <= len(span) <= 4 or not self.plain_name(span) or self.names_a_place(span) \
                or run.end + 2 >= len(doc) or doc[run.end].text != "(":
            return False
        close = next((t.i for t in doc[run.end + 1:min(len(doc), run.end + 14)] if t.text == ")"), None)
        if close is None or close == run.end + 1:
            return False  # no brackets, or empty ones ("A () said")
        inside = doc[run.end + 1:close]
        opening = len(inside[0].text) + 1 if inside[0].ent_type_ in {"GPE", "NORP"} else 0
        if len(inside) > 1 and inside[1].tag_ == "POS":
            opening += len(inside[1].text)
        return any(start <= opening for start, _, _ in self.ctx.gazetteer.find_roles(inside.text))

    def from_body_in_brackets(self, run: NameRun) -> bool:
        """ "Anna Lindqvist (UNHCR) and Helen Clarke Wood (WHO) opened the forum": two to four proper nouns,
        none a place, followed by the acronym of an organization in brackets that their initials do not spell,
        as lists of speakers give the body a person comes from."""
        doc = self.ctx.doc
        span = doc[run.start:run.end]
        if not 2 <= len(span) <= 4 or not self.plain_name(span) or self.names_a_place(span) \
                or run.end + 2 >= len(doc) or doc[run.end].text != "(" or doc[run.end + 2].text != ")":
            return False
        if any(singular(t.text) in self.ctx.lexicon.org_heads or t.lower_ in self.ctx.lexicon.event_nouns for t in span):
            return False
        body = self.ctx.mention_at(run.end + 1)
        if body is None or body.start != run.end + 1 or body.end != run.end + 2:
            return False
        if body.kind == EntityKind.COUNTRY:
            return self.beside_bracketed_person(run)  # "A (Norway) and B C D (Poland)"
        initials = "".join(t.text[0] for t in span).upper()
        return body.kind == EntityKind.ORGANIZATION and doc[run.end + 1].text.replace(".", "").upper() != initials

    def beside_bracketed_person(self, run: NameRun) -> bool:
        """The run (with its brackets) follows or precedes, after a comma or "and", a name the parser tags as a
        person, with brackets of its own."""
        doc = self.ctx.doc
        before = run.start - 2
        if before >= 3 and doc[run.start - 1].lower_ in {",", "and"} and doc[before].text == ")" \
                and doc[before - 2].text == "(" and doc[before - 3].ent_type_ == "PERSON":
            return True
        after = run.end + 4
        return after + 1 < len(doc) and doc[run.end + 3].lower_ in {",", "and"} and doc[after].ent_type_ == "PERSON" \
            and any(t.text == "(" for t in doc[after:min(len(doc), after + 5)])

    def byline(self, start: int) -> bool:
        """The name follows a "By" that opens a line."""
        doc, text = self.ctx.doc, self.ctx.item.text
        if start < 1 or doc[start - 1].lower_ != "by" or doc[start - 1].text[:1] != "B":
            return False
        line_start = text.rfind("\n", 0, doc[start - 1].idx) + 1
        return not text[line_start:doc[start - 1].idx].strip()

    def swallowed(self, token: Token, run: NameRun) -> bool:
        """ "Minister of Foreign Affairs of the Republic of Zambia Pavel Orlov": the parser ran the
        country on into the name that follows it; a word of such a name continues a place entity
        begun before the name and is itself no country or place."""
        g = self.ctx.gazetteer
        return token.ent_iob_ == "I" and token.doc[run.start].ent_iob_ == "I" \
            and not (g.country(token.text) or g.place(token.text))

    def counterpart_mononym(self, run: NameRun) -> bool:
        """ "met his Chinese counterpart Wang": one proper noun right after "counterpart" is a person
        named by the family name alone, as wire stories name people known to their readers."""
        doc = self.ctx.tokens
        token = doc[run.start]
        return run.end - run.start == 1 and run.start > 0 and doc[run.start - 1].lower_ == "counterpart" \
            and token.pos_ == "PROPN" and token.ent_type_ not in {"GPE", "LOC", "NORP", "DATE"} \
            and not (self.ctx.gazetteer.organization(token.text) or self.ctx.gazetteer.country(token.text))

    def named_counterpart(self, run: NameRun) -> bool:
        """ "received his Azerbaijani counterpart Elnur Mammadov Huseynli": two to four proper nouns right after
        "counterpart" name a person, though the parser tags them as a nationality or a place, unless the
        gazetteer knows them as one."""
        doc = self.ctx.doc
        span = doc[run.start:run.end]
        return 2 <= len(span) <= 4 and run.start > 0 and doc[run.start - 1].lower_ == "counterpart" \
            and self.all_proper(span) and not self.names_a_place(span)

    def mononym_of_title(self, run: NameRun) -> bool:
        """ "the Minister for Foreign Affairs, Sugiono, ...": a one-word name the parser tags as a
        person, in apposition to a title (Indonesian and other single names), or a name of words compared
        as one ("the Minister of Planning, Abdul Karim")."""
        span = self.ctx.doc[run.start:run.end]
        return all(t.ent_type_ == "PERSON" for t in span) and self.apposed_to_title(span[-1]) \
            or self.single_name_set_off_after_title(run) or self.single_name_after_portfolio(run)

    def single_name_after_portfolio(self, run: NameRun) -> bool:
        """ "Indonesian Coordinating Minister for Political and Security Affairs Mahfud held ...": one proper
        noun the parser tags as a person right after a title with its portfolio, the subject of the verb after
        it (not a word of the portfolio: "the Minister of Regional Integration and Cooperation")."""
        doc = self.ctx.tokens
        token = doc[run.start]
        return run.after_role and run.end - run.start == 1 and token.ent_type_ == "PERSON" and token.pos_ == "PROPN" \
            and token.is_alpha and token.is_title and run.start > 0 and self.ctx.texts[run.start - 1][:1].isupper() \
            and run.end < len(doc) and doc[run.end].pos_ in {"VERB", "AUX"}

    def appointed_as_title(self, run: NameRun) -> bool:
        """ "the appointment of A B as Ambassador", "appointed A B as Director": the run is the one a verb or
        noun of taking a post (data/extraction/appointment_words.txt) is about, and "as" and a title follow."""
        doc, lowers = self.ctx.tokens, self.ctx.lowers
        before = run.start - 1
        if before < 1 or run.end + 1 >= len(doc) or lowers[run.end] != "as":
            return False
        if lowers[before] == "of":
            before -= 1
        if self.ctx.lemmas[before] not in self.ctx.lexicon.appointment_words:
            return False
        title = run.end + 1
        while title < len(doc) and lowers[title] in {"the", "a", "an", "new"}:
            title += 1
        return title < len(doc) and doc[title].text[:1].isupper() and any(
            self.ends_role(k) for k in range(title + 1, min(title + 4, len(doc)) + 1))

    def single_name_set_off_after_title(self, run: NameRun) -> bool:
        """ "the Minister of National Development Planning, Suharso, signed ...": one proper noun between
        commas right after a title that opens with "the", whatever the parser tags it (here part of an
        institution); not a unit of a chain of institutions ("the Permanent Secretary, Treasury, Ministry of
        X"), nor a word the item also writes in lower case."""
        doc, lexicon = self.ctx.tokens, self.ctx.lexicon
        token = doc[run.start]
        if run.end - run.start != 1 or token.pos_ != "PROPN" or not token.is_alpha or not token.is_title \
                or run.start < 3 or not self.set_off(run) or self.is_title_word(token) \
                or token.lower_ in self.ctx.lower_words or singular(token.lower_) in lexicon.org_heads \
                or token.lower_ in lexicon.event_nouns or singular(token.text) in lexicon.place_heads:
            return False
        if doc[run.end].text == "," and run.end + 1 < len(doc) and doc[run.end + 1].text[:1].isupper():
            return False
        return self.definite_title(run.start - 2) and self.role_before(run.start)

    def apposed_to_title(self, token: Token) -> bool:
        """ "The Secretary-General of the United Nations, António Duarte, ...": the name is an
        apposition of a title."""
        return token.dep_ == "appos" and token.head.i < token.i and self.is_title_word(token.head)

    def apposed_to_titled_phrase(self, token: Token) -> bool:
        """ "The Chairperson of the Senate of X, A B, ...": the name is an apposition of a title or of the
        institution or state a title's "of" governs."""
        if token.dep_ != "appos" or token.head.i > token.i:
            return False
        head = token.head
        for _ in range(6):
            if self.is_title_word(head):
                return True
            if head.dep_ != "pobj" or head.head.lower_ not in {"of", "for"} or head.head.head.i > head.i:
                return False
            head = head.head.head
        return False

    def plain_name(self, span) -> bool:
        """Two or more proper nouns, none of them a place or a nationality."""
        return len(span) >= 2 and all(t.pos_ == "PROPN" for t in span) \
            and not any(t.ent_type_ in {"GPE", "NORP", "LOC"} for t in span)

    def title_apposition(self, token: Token) -> bool:
        """ "Kenji Watanabe, Japan's Ambassador to Ethiopia", "Anna Berg, director of X": a title stands
        in apposition after the name (whatever entity type the parser guessed for it)."""
        doc = token.doc
        return token.i + 1 < len(doc) and doc[token.i + 1].text == "," and any(
            c.dep_ == "appos" and c.i > token.i and (c.text[:1].isupper() and self.ends_role(c.i + 1)
                                                     or self.lower_case_role(c))
            for c in token.children)

    def qualified_lower_case_role_before(self, run: NameRun) -> bool:
        """ "U.S. State Department spokesperson Caleb Wendt said": a title in lower case that an
        institution or a state qualifies stands right before two or three proper nouns."""
        doc, i = self.ctx.tokens, run.start - 1
        if i < 1 or run.end - run.start > 3 or not self.lower_case_role(doc[i]):
            return False
        j = i
        while j > 0 and doc[j - 1].text.islower():
            j -= 1
        if j == 0 or not doc[j - 1].text[:1].isupper():
            return False
        known = self.ctx.mention_at(j - 1)  # unknown institutions are read after people: the parser's tag
        return known is not None and known.kind in {EntityKind.ORGANIZATION, EntityKind.COUNTRY} \
            or doc[j - 1].ent_type_ in {"ORG", "GPE", "NORP"}

    def lower_case_role(self, token: Token) -> bool:
        """ "Anna Berg, director of the Water Authority": a title in lower case (the house style of
        many agencies), a whole role term by itself or with the words before it."""
        if not token.text.islower():
            return False
        doc = token.doc
        for size in range(1, 4):
            start = token.i - size + 1
            if start < 0 or not all(t.text.islower() for t in doc[start:token.i + 1]):
                break
            text = doc[start:token.i + 1].text
            term = self.ctx.gazetteer.role(text)
            if term is not None and normalize_name(term.text) == normalize_name(text):
                return True
        return False

    def find(self) -> tuple[list[tuple[NameRun, str]], list[tuple[NameRun, str]]]:
        """The people named, and the family names after a honorific that name no one by themselves
        ("Mr Asante", "Ms Lima": a word the tagger did not take for a person, or a city's name)."""
        found, styled = [], []
        for run in self.runs():
            if self.looks_like_person(run):
                found.append((run, self.name_of(run)))
            elif self.honorific_family_name(run):
                styled.append((run, self.name_of(run)))
        return found, styled

    def name_of(self, run: NameRun) -> str:
        return unify_punctuation(self.ctx.text_of(run.start, run.end))

    def honorific_family_name(self, run: NameRun) -> bool:
        """One proper noun right after a honorific ("Mr Asante")."""
        doc = self.ctx.tokens
        token = doc[run.start]
        return run.end - run.start == 1 and self.honorific_before(run.start) and token.pos_ == "PROPN" \
            and token.is_alpha and token.is_title and not self.cut_inside_word(run.end)


def find_people(ctx: ItemContext) -> None:
    """Add person entities and mentions; short forms join the full name they abbreviate."""
    finder = PersonFinder(ctx)
    found, styled = finder.find()
    full = [(run, name) for run, name in found if _full_name(name)]
    short = [(run, name) for run, name in found if not _full_name(name)]
    keys: list[tuple[list[str], str]] = []
    # longest names first, so a shorter variant finds the full one
    for run, name in sorted(full, key=lambda pair: -len(_name_key_tokens(pair[1]))):
        tokens = name_key_tokens(name)
        key = _match(tokens, keys)
        if key is None and (holder := _after_title_initials(ctx, run, tokens, keys)) is not None:
            ctx.add_mention(Mention(holder, EntityKind.PERSON, run.start + 1, run.end))
            continue
        if key is None:
            key = ctx.table.add(EntityKind.PERSON, _family_name_cased(name, ctx.lexicon.name_particles), ident="person:" + " ".join(tokens))
            keys.append((tokens, key))
            family_first = _family_first_tokens(name)
            if family_first is not None:
                keys.append((family_first, key))
        else:
            ctx.table.add_alias(key, _family_name_cased(name, ctx.lexicon.name_particles))
        ctx.add_mention(Mention(key, EntityKind.PERSON, run.start, run.end))
    for run, name in short:
        tokens = name_key_tokens(name)
        key = _match(tokens, keys) or _first_word_match(tokens, keys) or _first_surname_match(ctx, finder, run, tokens, keys)
        if key is None:
            if not run.titled and not finder.mononym_of_title(run) and not finder.counterpart_mononym(run) \
                    or _shared_by_several(tokens, keys):
                continue  # "Minister Park" after "Park Seo-yeon" and "Park Ji-won": one of them, not a third person
            key = ctx.table.add(EntityKind.PERSON, name, ident="person:" + " ".join(tokens))
            keys.append((tokens, key))
        else:
            ctx.table.add_alias(key, name)
        ctx.add_mention(Mention(key, EntityKind.PERSON, run.start, run.end))
    for run, name in styled:  # "Mr Asante" is the one "Kwame Asante" of the item, "Dame Helen" the one "Helen Armitage"
        tokens = name_key_tokens(name)
        key = _match(tokens, keys) or _first_word_match(tokens, keys)
        if key is not None:
            ctx.table.add_alias(key, name)
            ctx.add_mention(Mention(key, EntityKind.PERSON, run.start, run.end))
    # prefer the longest form as the name
    for key, entity in list(ctx.table.entities.items()):
        if entity.kind == EntityKind.PERSON:
            longest = max((entity.name,) + entity.aliases, key=lambda n: (len(_name_key_tokens(n)), len(n)))
            ctx.table.rename(key, longest)
    names_from_headline(ctx)  # "Nodar Beridzeishvili Met ...": the body's "... Infrastructure Nodar Beridzeishvili"
    _bare_family_names(ctx)


def _bare_family_names(ctx: ItemContext) -> None:
    """ "Cho and U.S. Special Envoy Dae Han shared ...": a lone capitalised word the parser
    did not tag, that begins or ends the name of exactly one person of the item, is that person. A
    word the tagger took for a common noun ("Santos met ...", "Dumas said") is, when it ends the
    name and the item never writes it in lower case."""
    owners: dict[str, set[str]] = {}
    family: dict[str, set[str]] = {}
    for key, entity in ctx.table.entities.items():
        if entity.kind != EntityKind.PERSON:
            continue
        for name in (entity.name,) + entity.aliases:
            words = normalize_name(name).split()
            if len(words) >= 2:
                for word in (words[0], words[-1]):
                    owners.setdefault(word, set()).add(key)
                family.setdefault(words[-1], set()).add(key)
    if not owners:
        return
    doc = ctx.tokens
    for i, text in enumerate(ctx.texts):
        if len(text) < 3 or not text[:1].isupper() or not text.isalpha() or text.isupper() or ctx.taken(i):
            continue
        word = normalize_name(text)
        if word not in owners:
            continue  # the word begins or ends no one's name
        token = doc[i]
        pos = token.pos_
        if pos == "NOUN" and ctx.lowers[i] not in ctx.lower_words:
            keys = family.get(word, set()) & owners[word]
        elif pos == "PROPN":
            keys = owners[word]
        else:
            continue
        if len(keys) != 1:
            continue
        before = doc[token.i - 1] if token.i > 0 and not token.is_sent_start else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) and not doc[token.i + 1].is_sent_start else None
        if any(n is not None and n.text[:1].isupper() and n.text.isalpha() for n in (before, after)):
            continue  # part of a longer name
        ctx.add_mention(Mention(next(iter(keys)), EntityKind.PERSON, token.i, token.i + 1))


def _family_name_cased(name: str, particles: frozenset[str] = frozenset()) -> str:
    """ "OKUBE Satoru" is written "Okube Satoru", "Tomás PAIVA DE SOUSA" "Tomás Paiva de Sousa", "Caroline
    ST-HILAIRE" "Caroline St-Hilaire": capitals only marked the family name."""
    words = name.split()

    def in_capitals(word: str) -> bool:
        return word.isupper() and word.replace("-", "").isalpha() and len(word) > 1 \
            and not ROMAN_NUMERAL.match(word) and not word.startswith("-") and not word.endswith("-")

    if len(words) < 2 or not any(in_capitals(w) for w in words) or all(w.isupper() for w in words):
        return name
    def cased(position: int, word: str) -> str:
        if not in_capitals(word):
            return word
        if position and word.lower() in particles:
            return word.lower()
        return "-".join(part.capitalize() for part in word.split("-"))

    return " ".join(cased(position, word) for position, word in enumerate(words))


def _family_first_tokens(name: str) -> list[str] | None:
    """Comparison tokens in given-name-first order for a name written family name first in
    capitals ("IWAYA Takeshi" → "takeshi iwaya"), so that "Minister Iwaya" finds it."""
    words = name.split()
    if len(words) == 2 and words[0].isupper() and words[0].isalpha() and not words[1].isupper():
        return name_key_tokens(f"{words[1]} {words[0]}")
    return None


def _after_title_initials(ctx: ItemContext, run: NameRun, tokens: list[str], known: list[tuple[list[str], str]]) -> str | None:
    """ "CS Wanjiru", "EAM Menon": a word in capitals before the family name of one person named in
    full is the short form of a title before that name, not a given name."""
    first = ctx.texts[run.start]
    if len(tokens) < 2 or len(first) < 2 or not first.isalpha() or not first.isupper():
        return None
    return _match(tokens[1:], known)


def _first_word_match(tokens: list[str], known: list[tuple[list[str], str]]) -> str | None:
    """ "Chinese Premier Li Qingwen ... Lenz invited Li", "Ethiopian Prime Minister Abiy Tesfaye ... Abiy
    said": one word that no known name ends with but exactly one begins with is that person, named
    the way their country names them (the family name first, or the given name)."""
    if len(tokens) != 1 or any(full[-1] == tokens[0] for full, _ in known):
        return None
    hits = {key for full, key in known if len(full) >= 2 and full[0] == tokens[0]}
    return hits.pop() if len(hits) == 1 else None


def _first_surname_match(ctx: ItemContext, finder: PersonFinder, run: NameRun, tokens: list[str],
                         known: list[tuple[list[str], str]]) -> str | None:
    """ "Valentina Rojas Peñaloza ... Minister Rojas": in the release of an institution of a state whose people
    are named by the first of two surnames (its publisher names one of data/extraction/double_surname_states.tsv),
    or of a person whose own title names such a state ("the Minister of Foreign Affairs of Chile Camila ..."),
    one word after a title that no known name ends or begins with, but that is the first of the two surnames
    ending exactly one name of three or four words introduced before it with that title, is that person.
    Elsewhere a middle word is as often a given name or a father's name, by which no one is called alone; a
    state named only near the name (not in its title), or a courtesy honorific alone ("Mr. B"), each cost the dev set a right
    person bearing the same surname."""
    if len(tokens) != 1 or any(full[-1] == tokens[0] or full[0] == tokens[0] for full, _ in known):
        return None
    hits = {key for full, key in known if 3 <= len(full) <= 4 and full[-2] == tokens[0]}
    if len(hits) != 1:
        return None
    key = hits.pop()
    first = min((m for m in ctx.mentions if m.key == key), key=lambda m: m.start, default=None)
    if first is None or first.start > run.start:
        return None
    if not _names_double_surname_state(ctx, ctx.item.publisher or "") \
            and not _names_double_surname_state(ctx, _title_phrase_before(ctx, finder, first.start)):
        return None
    sentence = ctx.sentence_at(first.start)
    low, high = max(sentence.start, first.start - NAME_WINDOW), min(sentence.end, first.end + NAME_WINDOW)
    titles_around = {ctx.lowers[i] for i in range(low, high) if finder.is_title_word(ctx.tokens[i])}
    own_title = _title_words_before(ctx, finder, run.start)
    return key if own_title and own_title <= titles_around else None


def _title_phrase_before(ctx: ItemContext, finder: PersonFinder, start: int) -> str:
    """The title phrase that runs up to `start` unbroken ("Minister of Foreign Affairs of Chile", "Chilean
    Foreign Minister", "the Minister of Finance of Peru, "): capitalised words and the small words that join
    them, within the sentence."""
    sentence = ctx.sentence_at(start)
    if start > sentence.start and ctx.texts[start - 1] == ",":
        start -= 1
    i = start
    while i > max(sentence.start, start - 2 * NAME_WINDOW):
        text = ctx.texts[i - 1]
        if not (text[:1].isupper() or ctx.lowers[i - 1] in TITLE_JOINERS or finder.is_title_word(ctx.tokens[i - 1])):
            break
        i -= 1
    return " ".join(ctx.texts[i:start])


def _title_words_before(ctx: ItemContext, finder: PersonFinder, start: int) -> set[str]:
    """The words of the title right before `start` ("Foreign Minister", "Ambassador"), courtesy honorifics
    that name no post ("Mr.", "H.E.") aside."""
    words = set()
    i = start - 1
    while i >= 0 and start - i <= 3 and finder.is_title_word(ctx.tokens[i]):
        honorific = ctx.gazetteer.honorific(ctx.texts[i])
        if honorific is None or honorific.role:
            words.add(ctx.lowers[i])
        i -= 1
    return words


def _names_double_surname_state(ctx: ItemContext, text: str) -> bool:
    """The text names a state of data/extraction/double_surname_states.tsv, or a place in one."""
    states = load_double_surname_states()
    for found in ctx.gazetteer.find(text, (EntityKind.COUNTRY, EntityKind.PLACE)):
        if entry_iso3(found.entry) in states:
            return True
    return False


def _shared_by_several(tokens: list[str], known: list[tuple[list[str], str]]) -> bool:
    """One word that begins or ends the names of two or more people of the item; a father's name ending a
    chain ("Nayef bin Fahdan and Saud bin Fahdan") is not theirs ("King Fahdan" is a third person)."""
    return len(tokens) == 1 and len({key for full, key in known if len(full) >= 2 and (
        tokens[0] == full[0] or same_person(tokens, full))}) >= 2


def _match(tokens: list[str], known: list[tuple[list[str], str]]) -> str | None:
    """The one known person these name tokens denote, if exactly one."""
    hits = {key for full, key in known if same_person(tokens, full)}
    return hits.pop() if len(hits) == 1 else None
