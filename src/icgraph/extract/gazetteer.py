"""World knowledge for extraction: countries, known organizations, places, honorifics and roles.

The data lives in `data/*.tsv` (see `data/README.md`); this module loads it once into dicts of
normalised keys. Lookups are exact after normalisation, never fuzzy:

- names match case-, accent-, punctuation-, "the"- and possessive-insensitively, with British and
  American spellings unified ("Organisation"/"Organization", "Programme"/"Program", "&"/"and");
- acronyms and other all-capital short forms ("WHO", "UK", "IsDB", "H.E.") match case-sensitively,
  dots ignored, so the word "who" is never the World Health Organization.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, NamedTuple, Sequence, TypeVar, Union

from icgraph.config import DATA_DIR
from icgraph.model import EntityKind, OrgType
from icgraph.textnorm import normalize_name, strip_possessive, unify_punctuation

__all__ = [
    "Country",
    "KnownOrganization",
    "Honorific",
    "RoleTerm",
    "Place",
    "GazetteerMatch",
    "Gazetteer",
    "GazetteerError",
    "default_gazetteer",
    "normalize_name",
    "name_key",
    "acronym_key",
]


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    official_names: tuple[str, ...]
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


@dataclass(frozen=True)
class KnownOrganization:
    id: str
    name: str
    acronyms: tuple[str, ...]
    aliases: tuple[str, ...]
    org_type: OrgType
    parent: str | None


@dataclass(frozen=True)
class Honorific:
    """A title before a name. `role` is set when the title implies a post ("King", "Ambassador")."""

    text: str
    role: str | None


@dataclass(frozen=True)
class RoleTerm:
    """A role phrase and its normalised role id; `governmental` roles belong to a country's
    government when no organization is named ("Tunisian Minister of Education X")."""

    text: str
    role_id: str
    governmental: bool
    institution: str = ""  # a title that names its institution: an organization id or ISO3 code


@dataclass(frozen=True)
class Place:
    name: str
    country_iso3: str
    aliases: tuple[str, ...]
    capital: bool = False  # the seat of its state's government: "Seoul and Warsaw signed" names the states


@dataclass(frozen=True)
class Subdivision:
    """A state's first-level subdivision (a federal state, province, region, prefecture or county):
    a government title of it acts for the state ("the Governor of Kano State")."""

    name: str
    country_iso3: str
    kind: str
    aliases: tuple[str, ...]


Entry = Union[Country, KnownOrganization, Place]


@dataclass(frozen=True)
class GazetteerMatch:
    """A gazetteer entry found in a text. `form` tells how it was named: "name", "official",
    "alias", "acronym" or "demonym" (an adjective such as "Moroccan")."""

    start: int
    end: int
    text: str
    kind: EntityKind
    entry: Entry
    form: str


class GazetteerError(ValueError):
    """A data file is malformed or two entries claim the same name."""


# --------------------------------------------------------------------------- keys

_SPELLING_VARIANTS = {
    "organisation": "organization",
    "organisations": "organizations",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "centres": "centers",
    "labour": "labor",
    "defence": "defense",
    "standardisation": "standardization",
    "councillor": "councilor",
    "counsellor": "counselor",
    "adviser": "advisor",
    "&": "and",
}
_DROPPED_WORDS = frozenset({"the"})
_DOTTED_INITIALS = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_SURROUNDING = " \t\n\"'“”‘’()[]{},;:"  # stripped around a looked-up name: "(UAE)", "“ICESCO”"
_ACRONYM_SHAPE = re.compile(r"^[\w&/\- ]+$")
_CO_OPERAT = re.compile(r"\b[Cc]o-(?=[Oo]perat)")
_DOT_AND_SPACE = re.compile(r"\.\s*")
_SPACES = re.compile(r"\s+")


def _canonical_word(word: str) -> str:
    return _SPELLING_VARIANTS.get(word, word)


@functools.lru_cache(maxsize=65536)  # the rules look up the same words and short spans again and again
def name_key(text: str) -> str:
    """The case-insensitive comparison key of a name (see the module docstring)."""
    if text.isascii() and text.isalnum():
        # "Ministry", "2030": one plain word, which no step below changes but in case
        word = text.lower()
        return "" if word in _DROPPED_WORDS else _canonical_word(word)
    if text.isascii() and text.replace(" ", "").isalnum():
        # "Ministry of Health": plain words, which no step below changes but in case and spacing
        return " ".join(_canonical_word(word) for word in text.lower().split() if word not in _DROPPED_WORDS)
    text = strip_possessive(text).replace("&", " and ")
    text = _DOTTED_INITIALS.sub(lambda match: match.group().replace(".", ""), text)  # "U.N." = "UN"
    text = _CO_OPERAT.sub("co", text)  # "Co-operation" = "Cooperation"
    words = normalize_name(text).split()
    return " ".join(_canonical_word(word) for word in words if word not in _DROPPED_WORDS)


@functools.lru_cache(maxsize=65536)
def acronym_key(text: str) -> str:
    """The case-sensitive key of an acronym: dots and surrounding space dropped ("U.N." -> "UN")."""
    if text.isascii() and text.isalnum():
        return text  # "UNESCO", "Ghana": one plain word is its own key
    text = strip_possessive(unify_punctuation(text))
    text = _DOT_AND_SPACE.sub("", text)
    return _SPACES.sub(" ", text).strip()


def _plain_openings(text: str) -> tuple[str, str] | None:
    """For a text of plain ASCII words and spaces ("of Foreign Minister Jane"): the first character
    of its acronym_key (and of its honorific short form's key) and the first word of its name_key,
    read without building either key; None for any other text, whose keys only those functions tell."""
    if not (text.isascii() and text.replace(" ", "").isalnum()):
        return None
    first_word = next((word for word in text.lower().split() if word not in _DROPPED_WORDS), "")
    return text.lstrip(" ")[:1], _canonical_word(first_word)


def _first_key_word(key: str) -> str:
    return key.split(" ", 1)[0]


def looks_like_acronym(text: str) -> bool:
    """Short forms that must match case-sensitively: two or more capitals and no lower-case word
    ("UK", "U.S.", "KSA", "IsDB", "BiH", "WHO EMRO")."""
    key = acronym_key(text)
    if not key or not _ACRONYM_SHAPE.match(key):
        return False
    return all(_is_acronym_word(word) for word in key.split())


def _is_acronym_word(word: str) -> bool:
    if word.isdigit():
        return True
    if word.islower():
        return False  # "minister": no capital (most words are so or have one)
    letters = [ch for ch in word if ch.isalpha()]
    capitals = sum(map(str.isupper, letters))
    return capitals >= 2 and capitals * 2 >= len(letters)


# --------------------------------------------------------------------------- loading


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _read_tsv(path: Path, columns: Iterable[str]) -> list[dict[str, str]]:
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as error:
        raise GazetteerError(f"{path}: cannot read gazetteer file ({error.strerror})") from error
    with handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = set(columns) - set(reader.fieldnames or ())
        if missing:
            raise GazetteerError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        rows = []
        for line, row in enumerate(reader, start=2):
            if None in row or any(row[column] is None for column in columns):
                raise GazetteerError(f"{path} line {line}: wrong number of columns")
            rows.append(row)
        return rows


def _demonym_plural(demonym: str) -> str | None:
    """ "Moroccan" -> "Moroccans", "Saudi" -> "Saudis"; None where English has no -s plural."""
    if demonym.endswith(("ese", "sh", "ch", "s", "z", "x")) or " " in demonym:
        return None
    return demonym + "s"


class _Index:
    """Names and acronyms of one kind of entry, each pointing to exactly one entry."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.names: dict[str, tuple[Entry, str]] = {}
        self.acronyms: dict[str, tuple[Entry, str]] = {}
        # the first word of every name key and the first character of every acronym key: a plain
        # text opening with neither is no entry ("of Foreign Minister Jane")
        self.name_openings: set[str] = set()
        self.acronym_openings: set[str] = set()

    def add(self, surface: str, entry: Entry, form: str, *, derived: bool = False) -> None:
        if looks_like_acronym(surface):
            table, key = self.acronyms, acronym_key(surface)
        else:
            table, key = self.names, name_key(surface)
        if not key:
            return
        known = table.get(key)
        if known is None:
            table[key] = (entry, form)
            if table is self.names:
                self.name_openings.add(_first_key_word(key))
            else:
                self.acronym_openings.add(key[:1])
        elif known[0] != entry and not derived:
            raise GazetteerError(
                f"{self.label}: {surface!r} names both {_entry_label(known[0])} and {_entry_label(entry)}"
            )
        if table is self.names and _INNER_POSSESSIVE.search(surface):
            # "People's Republic of China": a text is read word by word with each possessive cut off
            # ("People" "Republic" ...), so the name is found under those words too
            self.add(_INNER_POSSESSIVE.sub("", surface), entry, form, derived=True)

    def add_acronym(self, surface: str, entry: Entry) -> None:
        key = acronym_key(surface)
        known = self.acronyms.get(key)
        if known is not None and known[0] != entry:
            raise GazetteerError(
                f"{self.label}: acronym {surface!r} names both {_entry_label(known[0])} and {_entry_label(entry)}"
            )
        self.acronyms[key] = (entry, "acronym")
        self.acronym_openings.add(key[:1])

    def lookup(self, text: str) -> tuple[Entry, str] | None:
        text = text.strip(_SURROUNDING)
        if not text:
            return None
        openings = _plain_openings(text)
        if openings is not None and openings[0] not in self.acronym_openings \
                and openings[1] not in self.name_openings:
            return None
        hit = self.acronyms.get(acronym_key(text))
        if hit is not None:
            return hit
        return self.names.get(name_key(text))


def _entry_label(entry: Entry) -> str:
    if isinstance(entry, Country):
        return entry.iso3
    if isinstance(entry, KnownOrganization):
        return entry.id
    return f"{entry.name} ({entry.country_iso3})"


def _load_countries(path: Path) -> tuple[tuple[Country, ...], _Index]:
    rows = _read_tsv(path, ("iso3", "iso2", "name", "official_names", "aliases", "demonyms"))
    countries = tuple(
        Country(
            iso3=row["iso3"],
            iso2=row["iso2"],
            name=row["name"],
            official_names=_split(row["official_names"]),
            aliases=_split(row["aliases"]),
            demonyms=_split(row["demonyms"]),
        )
        for row in rows
    )
    index = _Index(path.name)
    for country in countries:
        index.add(country.name, country, "name")
        for name in country.official_names:
            index.add(name, country, "official")
        for name in country.aliases:
            index.add(name, country, "alias")
        for name in country.demonyms:
            index.add(name, country, "demonym")
    for country in countries:
        for name in country.demonyms:
            plural = _demonym_plural(name)
            if plural:
                index.add(plural, country, "demonym", derived=True)
    return countries, index


def _load_organizations(path: Path) -> tuple[tuple[KnownOrganization, ...], _Index]:
    rows = _read_tsv(path, ("id", "name", "acronyms", "aliases", "org_type", "parent"))
    organizations = []
    for line, row in enumerate(rows, start=2):
        try:
            org_type = OrgType(row["org_type"])
        except ValueError as error:
            raise GazetteerError(f"{path} line {line}: unknown org_type {row['org_type']!r}") from error
        organizations.append(
            KnownOrganization(
                id=row["id"],
                name=row["name"],
                acronyms=_split(row["acronyms"]),
                aliases=_split(row["aliases"]),
                org_type=org_type,
                parent=row["parent"] or None,
            )
        )
    ids = {org.id for org in organizations}
    for org in organizations:
        if org.parent and org.parent not in ids:
            raise GazetteerError(f"{path}: {org.id} has unknown parent {org.parent!r}")
    index = _Index(path.name)
    for org in organizations:
        index.add(org.name, org, "name")
        for acronym in org.acronyms:
            index.add_acronym(acronym, org)
        for alias in org.aliases:
            index.add(alias, org, "alias")
    return tuple(organizations), index


def _load_regions(path: Path) -> frozenset[str]:
    """Keys of regions and waters named after a state ("Latin America", "Indian Ocean"):
    `find` passes over them so that they do not read as the state."""
    return frozenset(name_key(row["name"]) for row in _read_tsv(path, ("name", "kind")))


PLACE_KINDS = frozenset({"capital", "city"})
SUBDIVISION_KINDS = {"state": "State", "province": "Province", "region": "Region", "county": "County",
                     "prefecture": "Prefecture", "land": "State"}  # kind -> the word news may write after the name


def _load_subdivisions(path: Path, countries: tuple[tuple[Country, ...], _Index],
                       places: tuple[tuple[Place, ...], _Index]) -> dict[str, Subdivision]:
    """name key -> subdivision; a row of an unknown kind or state, without a source, or whose name is
    a state's or a place's of another state, fails at load."""
    by_key: dict[str, Subdivision] = {}
    for line, row in enumerate(_read_tsv(path, ("name", "country_iso3", "kind", "aliases", "source")), start=2):
        if row["kind"] not in SUBDIVISION_KINDS:
            raise GazetteerError(f"{path} line {line}: kind must be one of {', '.join(sorted(SUBDIVISION_KINDS))}, "
                                 f"not {row['kind']!r}")
        if not (row["source"] or "").strip():
            raise GazetteerError(f"{path} line {line}: {row['name']!r} has no source")
        if not any(c.iso3 == row["country_iso3"] for c in countries[0]):
            raise GazetteerError(f"{path} line {line}: {row['country_iso3']!r} is no ISO3 code of countries.tsv")
        subdivision = Subdivision(row["name"], row["country_iso3"], row["kind"], _split(row["aliases"]))
        for name in (subdivision.name, *subdivision.aliases):
            key = name_key(name)
            place = places[1].lookup(name)
            if countries[1].lookup(name) or (place and place[0].country_iso3 != subdivision.country_iso3):
                raise GazetteerError(f"{path} line {line}: {name!r} is also the name of a state or of a place of another state")
            if key in by_key and by_key[key] != subdivision:
                raise GazetteerError(f"{path} line {line}: {name!r} is also the name of {by_key[key].name!r}")
            by_key[key] = subdivision
    return by_key


def _load_places(path: Path) -> tuple[tuple[Place, ...], _Index]:
    rows = _read_tsv(path, ("name", "country_iso3", "kind", "aliases"))
    for line, row in enumerate(rows, start=2):
        if row["kind"] not in PLACE_KINDS:
            raise GazetteerError(f"{path} line {line}: kind must be one of {', '.join(sorted(PLACE_KINDS))}, "
                                 f"not {row['kind']!r}")
    places = tuple(
        Place(name=row["name"], country_iso3=row["country_iso3"], aliases=_split(row["aliases"]),
              capital=row["kind"] == "capital")
        for row in rows
    )
    index = _Index(path.name)
    for place in places:
        index.add(place.name, place, "name")
        for alias in place.aliases:
            index.add(alias, place, "alias")
    return places, index


# --------------------------------------------------------------------------- honorifics and roles


def _honorific_key(text: str) -> str:
    """Capitalised short forms ("H.E.", "HRH") stay case-sensitive; other titles casefold."""
    if looks_like_acronym(text):
        return "=" + re.sub(r"[.\s]", "", text)
    return name_key(text.replace(".", " "))


def _honorific_variants(text: str) -> list[str]:
    """Surface variants written in news: "Dr." also as "Dr", "H.E." also as "H.E", "HE", "H. E."."""
    variants = [text]
    if text.endswith("."):
        variants.append(text.rstrip("."))
    letters = text.replace(".", "")
    if "." in text and letters.isalpha() and letters.isupper():
        variants += [letters, ". ".join(letters) + "."]
    return variants


def _phrase_pattern(text: str) -> str:
    """A regex for a title or role phrase: dots optional, hyphen = space, any apostrophe."""
    parts = []
    for ch in text:
        if ch == ".":
            parts.append(r"\.?")
        elif ch in " -":
            parts.append(r"[\s\-‐-―]*" if parts and parts[-1] == r"\.?" else r"[\s\-‐-―]+")
        elif ch in "'’":
            parts.append(r"['’]?")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def _alternation(texts: Iterable[str]) -> str:
    alternatives = []
    for text in texts:
        pattern = _phrase_pattern(text)
        alternatives.append((text[:1], pattern if looks_like_acronym(text) else f"(?i:{pattern})"))
    return grouped_alternation(alternatives)


def grouped_alternation(alternatives: Sequence[tuple[str, str]]) -> str:
    """The alternation of (first character, pattern) pairs, each pattern matching only text that
    starts with its first character (in either case): it matches what "|".join(patterns) matches,
    but grouped by first letter behind a look-ahead, so that at each position only the patterns
    that can start there are tried, in their order (a long list of case-insensitive words costs
    a regex engine one attempt per word and position otherwise). Unless every first character
    is an ASCII letter, the plain alternation."""
    if not all(first.isascii() and first.isalpha() for first, _ in alternatives):
        return "|".join(pattern for _, pattern in alternatives)
    groups: dict[str, list[str]] = {}
    for first, pattern in alternatives:
        groups.setdefault(first.lower(), []).append(pattern)
    return "|".join(f"(?i:(?={letter}))(?:{'|'.join(patterns)})" for letter, patterns in groups.items())


def _load_honorifics(path: Path) -> tuple[tuple[Honorific, ...], dict[str, Honorific]]:
    """Every surface variant (longest first) and, by key, the entry as the table writes it."""
    rows = _read_tsv(path, ("text", "role"))
    variants: dict[str, Honorific] = {}
    by_key: dict[str, Honorific] = {}
    for row in rows:
        entry = Honorific(text=row["text"], role=row["role"] or None)
        by_key.setdefault(_honorific_key(entry.text), entry)
        for variant in _honorific_variants(entry.text):
            variants.setdefault(variant, Honorific(text=variant, role=entry.role))
            by_key.setdefault(_honorific_key(variant), entry)
    ordered = tuple(sorted(variants.values(), key=lambda h: (-len(h.text), h.text)))
    return ordered, by_key


_YES = {"yes": True, "no": False, "true": True, "false": False}


def _load_roles(path: Path) -> tuple[RoleTerm, ...]:
    rows = _read_tsv(path, ("text", "role_id", "governmental", "institution"))
    terms = []
    for line, row in enumerate(rows, start=2):
        flag = row["governmental"].strip().lower()
        if flag not in _YES:
            raise GazetteerError(f"{path} line {line}: governmental must be yes or no, not {flag!r}")
        terms.append(RoleTerm(text=row["text"], role_id=row["role_id"], governmental=_YES[flag],
                              institution=row["institution"].strip()))
    return tuple(sorted(terms, key=lambda t: (-len(t.text), t.text)))


# --------------------------------------------------------------------------- scanning text

# "Co-operation" is one word, as name_key reads it: a token cut at its hyphen would key "co operation"
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[Cc]o-(?=[Oo]perat)\w+|\w+(?:['’]\w+)*|&")
_POSSESSIVE_TAIL = re.compile(r"['’]s$|['’]$", re.IGNORECASE)
_MAX_ACRONYM_TOKENS = 4
_SPACE = re.compile(r"\s")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_INNER_POSSESSIVE = re.compile(r"(?<=\w)['’]s?(?=\s)")
# Punctuation no name runs across. A comma may ("United Nations Educational, Scientific and
# Cultural Organization"): an n-gram only matches when its words are exactly a known name.
# A hard gap starts at one of these characters or at a full stop after four word characters and
# before white space. Each match is the one character where a gap starts, so finditer finds every
# such place, next to each other too; the full stop is matched before the look-behind is tried, and
# the first character of a match can be looked for fast.
_HARD_GAP_START = re.compile(r"[;:()\[\]\n\"“”!?]|\.(?<=\w{4}\.)(?=\s)")


class _Token(NamedTuple):
    start: int
    end: int  # without a possessive "'s"
    joined: bool  # no punctuation that ends a name between this token and the one before
    spaced: bool  # white space between this token and the one before


@functools.lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    return name_key(word)


@functools.lru_cache(maxsize=16)
def _tokens(text: str) -> tuple[_Token, ...]:
    """The words of a text; the same text is scanned for all kinds and for countries alone. A word
    is joined to the one before unless a hard gap (_HARD_GAP_START) starts between the end of that
    word and the word's start: the places where one starts are found once for the whole text. A word's
    key is built only where a name is looked for (`_match_at`), most words opening none."""
    tokens = []
    append, space = tokens.append, _SPACE.search
    new_token = tuple.__new__  # a _Token made without the Python-level __new__ of a NamedTuple
    hard = [match.start() for match in _HARD_GAP_START.finditer(text)]
    hard.append(len(text) + 1)  # after every gap: no bounds to check
    next_hard = 0  # index in `hard` of the first place at or after the current gap's start
    previous_end = 0
    for start, end in [match.span() for match in _TOKEN.finditer(text)]:
        bare = text[start:end]
        if "'" in bare or "’" in bare:
            possessive = _POSSESSIVE_TAIL.search(bare)
            bare = bare[: possessive.start()] if possessive else bare
        while hard[next_hard] < previous_end:
            next_hard += 1
        gap = text[previous_end:start]
        append(new_token(_Token, (start, start + len(bare), hard[next_hard] >= start,
                                  gap == " " or space(gap) is not None)))
        previous_end = end
    return tuple(tokens)


# --------------------------------------------------------------------------- the gazetteer


class Gazetteer:
    """Countries, known organizations, places, honorifics and role terms, loaded from data/."""

    def __init__(
        self,
        countries: tuple[tuple[Country, ...], _Index],
        organizations: tuple[tuple[KnownOrganization, ...], _Index],
        places: tuple[tuple[Place, ...], _Index],
        honorifics: tuple[tuple[Honorific, ...], dict[str, Honorific]],
        role_terms: tuple[RoleTerm, ...],
        regions: frozenset[str] = frozenset(),
        subdivisions: dict[str, Subdivision] | None = None,
    ) -> None:
        self.countries, self._countries = countries
        self._subdivisions = subdivisions or {}
        self._subdivision_words = max((len(key.split()) for key in self._subdivisions), default=0)
        self.organizations, self._organizations = organizations
        self.places, self._places = places
        self.role_terms = role_terms
        self._regions = regions
        self._index_by_kind = {
            EntityKind.ORGANIZATION: self._organizations,
            EntityKind.COUNTRY: self._countries,
            EntityKind.PLACE: self._places,
        }
        self._by_iso = {c.iso3: c for c in self.countries} | {c.iso2: c for c in self.countries}
        self._by_org_id = {org.id: org for org in self.organizations}
        for term in role_terms:
            if term.institution and term.institution not in self._by_org_id and term.institution not in self._by_iso:
                raise GazetteerError(f"roles.tsv: the institution {term.institution!r} of {term.text!r} is no "
                                     "organization id of organizations.tsv nor ISO3 code of countries.tsv")
        self.honorifics, self._honorific_by_key = honorifics
        # the first character of every short form's key ("=HE") and the first word of every key:
        # a plain text opening with neither is no honorific ("of Foreign Minister Jane")
        self._honorific_short_openings = frozenset(key[1:2] for key in self._honorific_by_key if key.startswith("="))
        self._honorific_name_openings = frozenset(map(_first_key_word, self._honorific_by_key))
        # the rules ask about the same words, short spans and item texts again and again
        self._honorific_seen: _Remembered[str, Honorific | None] = _Remembered(_SEEN_LIMIT)
        self._role_seen: _Remembered[str, RoleTerm | None] = _Remembered(_SEEN_LIMIT)
        self._roles_in: _Remembered[str, tuple[tuple[int, int, RoleTerm], ...]] = _Remembered(_SEEN_LIMIT)
        self._role_of: _Remembered[str, RoleTerm | None] = _Remembered(_SEEN_LIMIT)
        self._word_starts: _Remembered[str, tuple[bool, bool]] = _Remembered(_SEEN_LIMIT)
        self._found: _Remembered[tuple[str, tuple[EntityKind, ...]], tuple[GazetteerMatch, ...]] = \
            _Remembered(_FOUND_LIMIT)
        self._text_starts: _Remembered[str, tuple[tuple[int, bool, bool], ...]] = _Remembered(_FOUND_LIMIT)
        self._role_by_key = {}
        for term in role_terms:
            self._role_by_key.setdefault(_honorific_key(term.text), term)
        # the first word of every name and region: a name cannot start at a word outside it
        self._first_words = frozenset(
            key.split()[0] for index in (self._countries, self._organizations, self._places)
            for key in (*index.names, *regions) if key
        )
        # every name and region cut after each of its words: a longer span that starts with words
        # outside it cannot be a name, so the scan stops adding words there
        self._name_prefixes = frozenset(
            " ".join(words[:n]) for index in (self._countries, self._organizations, self._places)
            for key in (*index.names, *regions) if key
            for words in (key.split(" "),) for n in range(1, len(words) + 1)
        )
        self._max_tokens = max(
            (len(key.split()) for index in (self._countries, self._organizations, self._places)
             for key in index.names),
            default=1,
        )
        # every acronym cut after each of its characters: no acronym can start at a word (without its
        # dots) outside it
        self._acronym_prefixes = frozenset(
            key[:n] for index in (self._countries, self._organizations, self._places) for key in index.acronyms
            for n in range(1, len(key) + 1)
        )

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> "Gazetteer":
        data_dir = Path(data_dir)
        countries, places = _load_countries(data_dir / "countries.tsv"), _load_places(data_dir / "places.tsv")
        return cls(
            countries=countries,
            organizations=_load_organizations(data_dir / "organizations.tsv"),
            places=places,
            honorifics=_load_honorifics(data_dir / "titles.tsv"),
            role_terms=_load_roles(data_dir / "roles.tsv"),
            regions=_load_regions(data_dir / "regions.tsv"),
            subdivisions=_load_subdivisions(data_dir / "subdivisions.tsv", countries, places),
        )

    # ---- countries

    def country(self, text: str) -> Country | None:
        """A state by short, official or other name, curated abbreviation ("UK", "KSA") or
        demonym ("Austrian", "Emiratis"); "the" and a possessive are ignored. Bare ISO codes
        are not names in running text: use `country_by_code` for them."""
        hit = self._countries.lookup(text)
        return hit[0] if hit else None  # type: ignore[return-value]

    def country_by_code(self, iso3: str) -> Country | None:
        """A state by ISO 3166-1 alpha-3 (or alpha-2) code, case-insensitive."""
        return self._by_iso.get(iso3.strip().upper())

    # ---- organizations

    def organization(self, text: str) -> KnownOrganization | None:
        """A known organization by name, alias or acronym (acronyms case-sensitive)."""
        text = text.strip(_SURROUNDING)
        if text[:4].lower() == "the ":
            text = text[4:]
        hit = self._organizations.lookup(text)
        return hit[0] if hit else None  # type: ignore[return-value]

    def organization_by_id(self, org_id: str) -> KnownOrganization | None:
        return self._by_org_id.get(org_id)

    # ---- places

    def subdivision_at(self, text: str) -> tuple[Subdivision, int] | None:
        """The subdivision whose name opens `text` ("Kano State ...", "Bavaria's ..."), with the end of
        its name and of the kind word after it ("State", "Province"), else None."""
        words = list(re.finditer(r"[\w.’'-]+", text[:120]))
        for count in range(min(self._subdivision_words + 1, len(words)), 0, -1):
            end = words[count - 1].end()
            subdivision = self._subdivisions.get(name_key(text[:end]))
            if subdivision is None or not text[:end].strip()[:1].isupper():
                continue
            word = SUBDIVISION_KINDS[subdivision.kind]
            after = re.match(rf"\s+{word}\b", text[end:])
            return subdivision, end + (after.end() if after else 0)
        return None

    def place(self, text: str) -> Place | None:
        """A capital, major city or territory by name or alias."""
        hit = self._places.lookup(text)
        return hit[0] if hit else None  # type: ignore[return-value]

    # ---- honorifics

    def honorific(self, token_or_phrase: str) -> Honorific | None:
        """ "Dr", "Dr.", "H.E.", "HE", "His Royal Highness" -> the honorific; "He" is not "HE"."""
        seen = self._honorific_seen  # asked of most words of an item: a word seen before is answered here
        return seen[token_or_phrase] if token_or_phrase in seen else seen.answer(token_or_phrase, self._look_up_honorific)

    def _look_up_honorific(self, token_or_phrase: str) -> Honorific | None:
        openings = _plain_openings(token_or_phrase)
        if openings is not None and openings[0] not in self._honorific_short_openings \
                and openings[1] not in self._honorific_name_openings:
            return None
        text = unify_punctuation(token_or_phrase)
        key = _honorific_key(text)
        found = self._honorific_by_key.get(key)
        if found is None and key.startswith("="):  # "DR." in a capitalised heading is "Dr."
            found = self._honorific_by_key.get(name_key(text.replace(".", " ")))
        return found

    def split_honorifics(self, name: str) -> tuple[tuple[Honorific, ...], str]:
        """Strip the honorifics at the start of a name: "H.E. Dr. Karim AlRashid" ->
        ((H.E., Dr.), "Karim AlRashid"). A title is only stripped when a name follows it."""
        found = []
        rest = unify_punctuation(name)
        while True:
            match = self._honorific_pattern.match(rest)
            if match is None or not rest[match.end():].strip(" ,:"):
                break
            honorific = self.honorific(match.group("title"))
            if honorific is None:
                break
            found.append(honorific)
            rest = rest[match.end():].lstrip(" ,:")
        return tuple(found), rest

    def honorific_at(self, text: str, pos: int) -> int | None:
        """Where the honorific that opens at `pos` of `text` ends ("Yang di-Pertuan Agong A"), if one does."""
        match = self._honorific_pattern.match(text, pos)
        return match.end("title") if match else None

    @functools.cached_property
    def _honorific_pattern(self) -> re.Pattern[str]:
        alternatives = _alternation(h.text for h in self.honorifics)
        return re.compile(rf"(?P<title>{alternatives})(?:(?<=\.)|(?=[\s,:]|$))\s*")

    # ---- roles

    def role(self, text: str) -> RoleTerm | None:
        """The role a phrase names: the leftmost, longest known role term in it, so
        "Director General" -> director-general, "acting Foreign Minister of Armenia" -> foreign-minister,
        "WHO Regional Director for the Eastern Mediterranean" -> regional-director. A role in the
        possessive belongs to someone else: "the President's Special Envoy" -> special-envoy."""
        if len(text) > _REMEMBERED_TEXT:
            return self._look_up_role(text)
        seen = self._role_of  # the rules ask it of the same words and spans again and again
        return seen[text] if text in seen else seen.answer(text, self._look_up_role)

    def _look_up_role(self, text: str) -> RoleTerm | None:
        for start, end, term in self.find_roles(text):
            if not _POSSESSIVE_AFTER.match(text, end):
                return term
        return None

    def same_role(self, a: str, b: str, *, whole_terms: bool) -> bool:
        """Two role texts name one role: the same words, or terms of one role id of data/roles.tsv
        ("Foreign Minister", "Minister of Foreign Affairs"). With `whole_terms` each text must be a
        role term entire, so that "Minister" is not "Minister for Labour"; without, the role each text
        names decides ("Belgian Foreign Minister", "Minister of Foreign Affairs of Belgium")."""
        if normalize_name(a) == normalize_name(b):
            return True
        ta, tb = self.role(a), self.role(b)
        if ta is None or tb is None:
            return False
        if whole_terms and (normalize_name(ta.text) != normalize_name(a) or normalize_name(tb.text) != normalize_name(b)):
            return False
        return ta.role_id == tb.role_id

    def is_role(self, text: str) -> bool:
        """`text` is one known role term, whole ("Chairman", "PM"; not "Senate Chairman")."""
        return any(start == 0 and end == len(text) for start, end, _ in self.find_roles(text))

    def find_roles(self, text: str) -> tuple[tuple[int, int, RoleTerm], ...]:
        """Every role term in a text, leftmost-longest, as (start, end, term)."""
        if len(text) > _REMEMBERED_TEXT:
            return self._find_roles(text)
        seen = self._roles_in
        return seen[text] if text in seen else seen.answer(text, self._find_roles)

    def _find_roles(self, text: str) -> tuple[tuple[int, int, RoleTerm], ...]:
        found = []
        for match in self._role_pattern.finditer(text):
            surface = match.group()
            term = self._role_seen.answer(surface, self._role_term)
            if term is not None:
                found.append((match.start(), match.end(), term))
        return tuple(found)

    def _role_term(self, surface: str) -> RoleTerm | None:
        return self._role_by_key.get(_honorific_key(unify_punctuation(surface)))

    @functools.cached_property
    def _role_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_alternation(t.text for t in self.role_terms)})(?!\w)")

    # ---- scanning running text

    def find(self, text: str, kinds: Iterable[EntityKind] | None = None) -> list[GazetteerMatch]:
        """Every country, known organization and place named in a text: leftmost-longest,
        non-overlapping. Names must start with a capital letter here ("turkey" the bird and
        "chad" the word are not countries in running text); acronyms match case-sensitively."""
        wanted = set(kinds) if kinds is not None else set(_KIND_ORDER)
        scan = (text, tuple(kind for kind in _KIND_ORDER if kind in wanted))
        return list(self._found.answer(scan, self._scan))  # an item's text is scanned by several steps

    def _scan(self, scan: tuple[str, tuple[EntityKind, ...]]) -> tuple[GazetteerMatch, ...]:
        text, kinds = scan
        indexes = [(kind, self._index_by_kind[kind]) for kind in kinds]
        tokens = _tokens(text)
        matches: list[GazetteerMatch] = []
        position = 0
        for start, names, acronyms in self._text_starts.answer(text, self._starts):
            if start < position:
                continue  # inside the entry found before
            match, position = self._match_at(text, tokens, start, names, acronyms, indexes)
            if match is not None:
                matches.append(match)
        return tuple(matches)

    def _starts(self, text: str) -> tuple[tuple[int, bool, bool], ...]:
        """(position, a name may start there, an acronym may) of the tokens where an entry may start:
        a capitalised word (or a number) that begins a name, or the start of an acronym. Found once
        per text (`_text_starts`): an item's text is scanned for all kinds and for countries alone."""
        seen, word_starts = self._word_starts, self._word_starts_of
        starts = []
        for position, token in enumerate(_tokens(text)):
            word = text[token.start:token.end]
            names, acronyms = seen[word] if word in seen else seen.answer(word, word_starts)
            if names or acronyms:
                starts.append((position, names, acronyms))
        return tuple(starts)

    def _word_starts_of(self, word: str) -> tuple[bool, bool]:
        """Whether a name, and whether an acronym, may start at a word (without its possessive); at a
        word whose key is empty ("the") neither may."""
        if not word:
            return False, False
        initial = word[0]
        names = (initial.isupper() or initial.isdigit()) and _word_key(word).split(" ", 1)[0] in self._first_words
        acronyms = word.replace(".", "") in self._acronym_prefixes and (names or _word_key(word) != "")
        return names, acronyms

    def _match_at(
        self, text: str, tokens: tuple[_Token, ...], position: int, names: bool, acronyms: bool,
        indexes: list[tuple[EntityKind, _Index]],
    ) -> tuple[GazetteerMatch | None, int]:
        """The longest entry starting at token `position` (where a name, or an acronym, may start:
        `_starts`) and the token after it; (None, next) when none does or a region named after a
        state ("Latin America") does."""
        first = tokens[position]
        # only an acronym can start at a word that starts no name: no longer than _MAX_ACRONYM_TOKENS
        words = self._max_tokens if names else min(self._max_tokens, _MAX_ACRONYM_TOKENS)
        longest = min(len(tokens), position + words)
        reach = position + 1
        while reach < longest and tokens[reach].joined:
            reach += 1
        # an acronym has no white space: it ends at the latest at `unspaced` (and at most
        # _MAX_ACRONYM_TOKENS words on)
        unspaced = position + 1
        while unspaced < reach and not tokens[unspaced].spaced:
            unspaced += 1
        unspaced = min(unspaced, position + _MAX_ACRONYM_TOKENS) if acronyms else position
        if not names:
            reach = min(reach, unspaced)
        # keys[n]: the key of the words position .. position + n, while a name starts so
        keys = [_word_key(text[first.start:first.end])]
        for token in tokens[position + 1 : reach] if names else ():
            word_key = _word_key(text[token.start:token.end])
            key = f"{keys[-1]} {word_key}" if word_key else keys[-1]
            if key not in self._name_prefixes:
                break
            keys.append(key)
        named = position + len(keys) if names else position  # no name or region ends after token named - 1
        start = first.start
        for stop in range(max(named, unspaced), position, -1):
            last = tokens[stop - 1]
            if not _word_key(text[last.start:last.end]):
                continue
            end = last.end
            if stop <= unspaced:
                surface = text[start:end]
                acronym = surface.replace(".", "")
                for kind, index in indexes:
                    hit = index.acronyms.get(acronym)
                    if hit is not None:
                        return GazetteerMatch(start, end, surface, kind, hit[0], hit[1]), stop
            if stop > named:
                continue
            key = keys[stop - position - 1]
            if key in self._regions:
                return None, stop
            for kind, index in indexes:
                hit = index.names.get(key)
                if hit is not None:
                    return GazetteerMatch(start, end, text[start:end], kind, hit[0], hit[1]), stop
        return None, position + 1


_KIND_ORDER = (EntityKind.ORGANIZATION, EntityKind.COUNTRY, EntityKind.PLACE)
K = TypeVar("K")
V = TypeVar("V")


class _Remembered(dict[K, V]):
    """A lookup's answers by question, all forgotten at once when `limit` are held (bounded memory
    over a long feed without the bookkeeping of an LRU)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def answer(self, question: K, look_up: Callable[[K], V]) -> V:
        try:
            return self[question]
        except KeyError:
            pass
        if len(self) >= self.limit:
            self.clear()
        found = self[question] = look_up(question)
        return found


_SEEN_LIMIT = 65536  # strings remembered per lookup cache before it starts afresh
_REMEMBERED_TEXT = 80  # characters: words and short spans, which come back; longer texts are not remembered
_FOUND_LIMIT = 256  # texts whose scan is remembered (an item's are asked for within its extraction)


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer of the repository's data/ directory, loaded once per process."""
    return Gazetteer.load()


# --------------------------------------------------------------------------- seats of government


@dataclass(frozen=True)
class GovernmentSeats:
    """Seats of government news names for the government itself ("the Kremlin", "White House"),
    each with its state's ISO3 code (data/government_seats.tsv)."""

    by_name: dict[str, str]  # seat name or alias as written -> ISO3
    pattern: re.Pattern[str]  # any of them as whole words, longest first

    def at_start(self, text: str) -> str | None:
        """The ISO3 of the seat a name opens with ("White House National Security Council")."""
        match = self.pattern.match(text)
        return self.by_name[match.group()] if match and text[match.end() :].startswith(" ") else None

    def found_in(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, ISO3) of every seat named in a text."""
        return [(m.start(), m.end(), self.by_name[m.group()]) for m in self.pattern.finditer(text)]


def load_government_seats(path: Path, gazetteer: Gazetteer) -> GovernmentSeats:
    """The seats table; a row with an unknown state, no source or a name given twice fails with its line."""
    columns = ("seat", "aliases", "country_iso3", "source")
    lines = [(n, line) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if line.strip() and not line.startswith("#")]
    if not lines or tuple(lines[0][1].split("\t")) != columns:
        raise GazetteerError(f"{path}: expected the header {' '.join(columns)}")
    by_name: dict[str, str] = {}
    for number, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != len(columns) or not cells[0] or not cells[3].strip():
            raise GazetteerError(f"{path} line {number}: expected a seat, aliases, a state and a source")
        country = gazetteer.country_by_code(cells[2])
        if country is None or country.iso3 != cells[2]:
            raise GazetteerError(f"{path} line {number}: unknown state {cells[2]!r}")
        for name in (cells[0], *_split(cells[1])):
            if name in by_name:
                raise GazetteerError(f"{path} line {number}: {name!r} is named twice")
            by_name[name] = country.iso3
    names = sorted(by_name, key=len, reverse=True)
    return GovernmentSeats(by_name, re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])"))


@functools.cache
def default_government_seats() -> GovernmentSeats:
    return load_government_seats(DATA_DIR / "government_seats.tsv", default_gazetteer())
