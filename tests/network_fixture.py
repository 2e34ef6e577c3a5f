"""A minimal `.select(sparql)` source over an in-memory pyoxigraph store, for the network tests.

The projection only needs `.select(sparql).rows` (dicts of rdflib terms), so the tests load the
hand-written fixture into pyoxigraph and answer with rdflib terms, as the project's store does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

FIXTURE = Path(__file__).resolve().parent / "data" / "network-fixture.trig"
B = "https://w3id.org/icgraph/id/"


def to_rdflib(term: Any) -> Any:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unexpected term {term!r}")


@dataclass
class Rows:
    variables: list[str]
    rows: list[dict[str, Any]]


class OxigraphSource:
    def __init__(self, store: ox.Store) -> None:
        self.store = store

    @classmethod
    def from_trig(cls, path: Path = FIXTURE) -> OxigraphSource:
        store = ox.Store()
        store.load(path=str(path), format=ox.RdfFormat.TRIG)
        return cls(store)

    def select(self, sparql: str) -> Rows:
        solutions = self.store.query(sparql)
        variables = [variable.value for variable in solutions.variables]
        rows = []
        for solution in solutions:
            row = {}
            for name in variables:
                value = solution[name]
                if value is not None:
                    row[name] = to_rdflib(value)
            rows.append(row)
        return Rows(variables, rows)
