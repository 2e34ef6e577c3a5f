"""The graph model's version: which model a store's graphs follow, against the one this icgraph builds.

The version is the ontology's `owl:versionInfo` (ontology/icgraph.ttl), raised whenever what the build
writes changes. Every ingest writes the ontology graph, so the store says which model built it. A store
that holds news items of an older model (or of no stated model) is not written into, lest it mix item
graphs of two models, nor asked a query that reads what only the current model writes: either would give
answers with parts silently missing.
"""

from __future__ import annotations

from functools import cache

from rdflib import URIRef

from icgraph.errors import OutdatedStoreError
from icgraph.store import GraphStore
from icgraph.vocab import IC, OWL

ONTOLOGY = URIRef("https://w3id.org/icgraph/ontology")
_STORED_VERSIONS = f"SELECT ?version WHERE {{ GRAPH ?g {{ <{ONTOLOGY}> <{OWL.versionInfo}> ?version }} }}"
_ANY_ITEM = f"SELECT ?item WHERE {{ GRAPH ?g {{ ?item a <{IC.NewsItem}> }} }} LIMIT 1"

Version = tuple[int, ...]


def parse_version(text: str) -> Version | None:
    """(0, 2, 0) for "0.2.0"; None for a text that is no dotted version."""
    parts = text.strip().split(".")
    return tuple(int(part) for part in parts) if all(part.isdigit() for part in parts) else None


def show(version: Version | None) -> str:
    return ".".join(map(str, version)) if version else "none"


@cache
def package_model_version() -> Version:
    """The graph model this icgraph builds (read from the axioms: the vocabularies need not be parsed)."""
    from icgraph.build import ontology_axioms  # here: a query that needs no model version does not import the build

    version = parse_version(str(ontology_axioms().value(ONTOLOGY, OWL.versionInfo)))
    assert version is not None, "ontology/icgraph.ttl states no owl:versionInfo"
    return version


def stored_model_version(store: GraphStore, *, timeout: float | None = None) -> Version | None:
    """The lowest model version the store's ontology graphs state (None: none states one), so that
    a store is only as current as its oldest graphs."""
    rows = store.select(_STORED_VERSIONS, timeout=timeout).rows
    versions = [parse_version(str(row["version"])) for row in rows]
    return min(versions, key=lambda v: v or ()) if versions else None


def holds_items(store: GraphStore, *, timeout: float | None = None) -> bool:
    return bool(store.select(_ANY_ITEM, timeout=timeout).rows)


def store_name(store: GraphStore) -> str:
    path = getattr(store, "path", None)
    return str(path or getattr(store, "endpoint", None) or "in memory")


def check_current(store: GraphStore, refused: str, *, timeout: float | None = None) -> None:
    """Raise OutdatedStoreError (`refused` says what was not done) when the store holds news items
    and its graph model is older than this icgraph's, or unstated. One look-up for a current store;
    a second, for an item, otherwise."""
    stored = stored_model_version(store, timeout=timeout)
    current = package_model_version()
    if stored is not None and stored >= current:
        return
    if holds_items(store, timeout=timeout):
        raise OutdatedStoreError(
            f"the store {store_name(store)} was built with graph model {show(stored)}, this icgraph builds "
            f"{show(current)}: {refused}. Ingest the news into a new store."
        )
