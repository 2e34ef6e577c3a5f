"""Rules of the source tree a change can break without any behaviour test noticing: the layers
(only the CLI imports click, nothing imports the CLI, extraction knows no RDF or store, the store and
the readers know no NLP) and no person of the development samples named in the library's code."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from icgraph.textnorm import normalize_name

SRC = Path(__file__).resolve().parents[1] / "src" / "icgraph"
GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def _imports(path: Path) -> set[str]:
    """The absolute module names a source file imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(under: Path) -> list[Path]:
    return sorted(under.rglob("*.py"))


def _importing(paths: list[Path], prefixes: tuple[str, ...]) -> dict[str, list[str]]:
    found = {}
    for path in paths:
        bad = sorted(m for m in _imports(path) if any(m == p or m.startswith(p + ".") for p in prefixes))
        if bad:
            found[str(path.relative_to(SRC))] = bad
    return found


def test_only_the_cli_imports_click():
    outside = [p for p in _modules(SRC) if "cli" not in p.relative_to(SRC).parts]
    assert _importing(outside, ("click",)) == {}


def test_nothing_but_the_entry_point_imports_the_cli():
    library = [p for p in _modules(SRC) if "cli" not in p.relative_to(SRC).parts and p.name != "__main__.py"]
    assert _importing(library, ("icgraph.cli",)) == {}


def test_extraction_knows_no_rdf_store_or_server():
    assert _importing(_modules(SRC / "extract"), (
        "rdflib", "pyshacl", "pyoxigraph", "SPARQLWrapper", "icgraph.build", "icgraph.store", "icgraph.query",
        "icgraph.validate", "icgraph.serve", "icgraph.remote")) == {}


@pytest.mark.parametrize("module", ["store.py", "remote.py", "read"])
def test_the_store_and_readers_know_no_nlp(module):
    paths = _modules(SRC / module) if (SRC / module).is_dir() else [SRC / module]
    assert _importing(paths, ("spacy", "icgraph.extract")) == {}


def _sample_people() -> set[str]:
    if not GOLD.is_dir():
        pytest.skip(f"{GOLD} is absent: the development gold lives in ../shared beside the checkout")
    names = set()
    for path in GOLD.glob("*.json"):
        for entity in json.loads(path.read_text(encoding="utf-8")).get("entities", []):
            if entity["type"] == "Person":
                names |= {normalize_name(n) for n in [entity["name"], *entity.get("aliases", [])]
                          if len(n.split()) >= 2}
    return names


def test_no_person_of_the_samples_is_named_in_the_library():
    """Knowledge of the world lives in data/; rules and their comments use invented people."""
    people = _sample_people()
    named = {}
    for path in _modules(SRC):
        text = f" {normalize_name(path.read_text(encoding='utf-8'))} "
        hits = sorted(name for name in people if f" {name} " in text)
        if hits:
            named[str(path.relative_to(SRC))] = hits
    assert named == {}
