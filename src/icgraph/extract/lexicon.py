"""Word lists and trigger patterns of the extraction rules, read from `data/extraction/`.

Rules live in data so that a new phrasing is a line in a file, not a code change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from icgraph.config import DATA_DIR
from icgraph.model import AgreementKind, EventKind

EXTRACTION_DIR = DATA_DIR / "extraction"


@dataclass(frozen=True)
class Trigger:
    """A lemma sequence that announces an event; "~" in `lemmas` allows a short gap."""

    lemmas: tuple[str, ...]
    kind: EventKind
    frame: str


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[Trigger, ...]
    agreement_terms: tuple[tuple[str, AgreementKind], ...]  # longest first
    event_nouns: dict[str, EventKind]
    org_heads: frozenset[str]
    unit_heads: frozenset[str]
    name_particles: frozenset[str]
    honorific_words: frozenset[str]
    gratitude_words: frozenset[str]  # "thanked X for ...": X did what the "for" phrase says


def _rows(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _words(path: Path) -> frozenset[str]:
    return frozenset(row[0].lower() for row in _rows(path))


@lru_cache(maxsize=4)
def load_lexicon(directory: Path = EXTRACTION_DIR) -> Lexicon:
    triggers = tuple(
        Trigger(tuple(row[0].lower().split()), EventKind(row[1]), row[2])
        for row in _rows(directory / "triggers.tsv")
    )
    terms = sorted(
        ((row[0].lower(), AgreementKind(row[1])) for row in _rows(directory / "agreements.tsv")),
        key=lambda pair: -len(pair[0]),
    )
    return Lexicon(
        triggers=triggers,
        agreement_terms=tuple(terms),
        event_nouns={row[0].lower(): EventKind(row[1]) for row in _rows(directory / "event_nouns.tsv")},
        org_heads=frozenset(singular(w) for w in _words(directory / "org_heads.txt")),
        unit_heads=frozenset(singular(w) for w in _words(directory / "unit_parents.txt")),
        name_particles=_words(directory / "name_particles.txt"),
        honorific_words=_words(directory / "honorific_words.txt"),
        gratitude_words=_words(directory / "gratitude_words.txt"),
    )


def singular(word: str) -> str:
    """A rough English singular for matching head words ("Ministries" -> "ministry")."""
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
