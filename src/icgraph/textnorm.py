"""Text normalisation shared by extraction, resolution and evaluation.

`normalize_name` turns a surface form into a comparison key: two spellings of one name that
differ only in case, accents, quote or dash style, punctuation or spacing get the same key.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
import unicodedata

_QUOTES = str.maketrans(
    {
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark (also the typographic apostrophe)
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",  # prime
        "\u02bc": "'",  # modifier letter apostrophe
        "\u02bb": "'",  # modifier letter turned comma (ʻokina)
        "\u02be": "'",  # modifier letter right half ring (transliterated ʾ)
        "\u02bf": "'",  # modifier letter left half ring (transliterated ʿ)
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
_NON_WORD = re.compile(r"[^\w]+")
_SPACES = re.compile(r"\s+")


def folded(text: str) -> str:
    """`text` in lower case as a case-insensitive pattern of ASCII words sees it, of the same length:
    the three characters that re.IGNORECASE matches with an ASCII letter and `str.lower` does not
    lower to it ("İ", dotless "ı", long "ſ") are made that letter first ("İ" would lower to two).
    A word looked for in the folded text is there wherever such a pattern can match it."""
    return text.replace("İ", "i").replace("ı", "i").replace("ſ", "s").lower()


def unify_punctuation(text: str) -> str:
    """Typographic quotes become ASCII quotes, every dash or hyphen variant becomes "-",
    and runs of whitespace (including no-break spaces) become one space."""
    if len(text) <= _REMEMBERED_LENGTH:  # words and names, asked for again and again
        return _unified(text)
    return _unify(text)


_REMEMBERED_LENGTH = 80


@lru_cache(maxsize=65536)
def _unified(text: str) -> str:
    return _unify(text)


def _unify(text: str) -> str:
    text = text.translate(_QUOTES)
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text).strip()


def strip_accents(text: str) -> str:
    """Drop combining marks after NFKD decomposition: "Türkiye" -> "Turkiye", "Núñez" -> "Nunez"."""
    if text.isascii():
        return text  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """A comparison key: accents stripped, casefolded, punctuation dropped, spaces collapsed.

    Hyphens and dots separate words ("Al-Rashid" -> "al rashid", "U.N." -> "u n"), apostrophes
    join them ("Côte d'Ivoire" -> "cote divoire", "Children's" -> "childrens").
    """
    text = unify_punctuation(strip_accents(text)).casefold()
    text = text.replace("'", "")
    text = _NON_WORD.sub(" ", text).replace("_", " ")
    return _SPACES.sub(" ", text).strip()


def strip_possessive(text: str) -> str:
    """ "China's" -> "China", "Members'" -> "Members" (typographic apostrophes too)."""
    text = unify_punctuation(text)
    if text.endswith("'s") or text.endswith("'S"):
        return text[:-2]
    if text.endswith("s'"):
        return text[:-1]
    return text


def content_fingerprint(title: str | None, text: str) -> str:
    """The identity of an article's content, whatever id it comes under: a hash of its title and
    text after Unicode normalisation, case folding and whitespace collapsing."""
    def norm(value: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", value).casefold().split())

    return hashlib.sha1(f"{norm(title or '')}\n{norm(text)}".encode()).hexdigest()
