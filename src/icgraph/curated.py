"""Curated reference data loaded beside the news: the member states of organizations.

`data/memberships.tsv` lists, per organization of `data/organizations.tsv`, its member (and observer)
states by ISO 3166-1 alpha-3 code, each row with its source URL and the date it was checked. The rows
are checked at load (known organization, a real ISO code, status, date, absolute source URL) and
built into named graphs of their own, `{base}graph/curated/memberships/{organization id}`, as
`ic:CuratedMembership` nodes
(docs/graph-model.md): curated provenance (`prov:hadPrimarySource` the source page) as against the
memberships a news item states (`org:Membership` with `prov:wasDerivedFrom` the item).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import pycountry
from rdflib import Literal, URIRef

from icgraph.build import Triple
from icgraph.config import DATA_DIR, DEFAULT_BASE
from icgraph.errors import InputError
from icgraph.iri import curated_graph_iri, curated_list_iri, curated_membership_iri, entity_iri, vocab_iri
from icgraph.vocab import IC, ORG, PROV, RDF, SCHEMA

MEMBERSHIPS_FILE = DATA_DIR / "memberships.tsv"
ORGANIZATIONS_FILE = DATA_DIR / "organizations.tsv"
COLUMNS = ("organization", "member", "status", "as_of", "source", "note")
STATUSES = ("member", "observer")
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")


@dataclass(frozen=True)
class CuratedMembership:
    organization: str  # id in data/organizations.tsv, e.g. "oic"
    member: str  # ISO 3166-1 alpha-3 code, e.g. "MAR"
    member_name: str  # the ISO 3166 name of the state
    status: str  # member or observer
    as_of: date
    source: str
    note: str = ""


def _organization_ids(path: Path) -> set[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"] for row in csv.DictReader(handle, delimiter="\t")}


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"cannot read {path}: {error}") from None
    rows = [(number, line.split("\t")) for number, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    if not rows or tuple(rows[0][1]) != COLUMNS:
        raise InputError(f"{path}: the first row must name the columns {', '.join(COLUMNS)}")
    return rows[1:]


def load_memberships(path: Path = MEMBERSHIPS_FILE, organizations: Path = ORGANIZATIONS_FILE) -> tuple[CuratedMembership, ...]:
    """The rows of the curated memberships file, checked; InputError naming the line otherwise."""
    known = _organization_ids(organizations)
    found: list[CuratedMembership] = []
    seen: set[tuple[str, str]] = set()
    for number, cells in _rows(path):
        where = f"{path}:{number}"
        if len(cells) != len(COLUMNS):
            raise InputError(f"{where}: expected {len(COLUMNS)} tab-separated columns, found {len(cells)}")
        organization, member, status, as_of, source, note = (cell.strip() for cell in cells)
        if organization not in known:
            raise InputError(f"{where}: unknown organization {organization!r} (not an id of {organizations.name})")
        country = pycountry.countries.get(alpha_3=member) if re.fullmatch(r"[A-Z]{3}", member) else None
        if country is None:
            raise InputError(f"{where}: {member!r} is not an ISO 3166-1 alpha-3 code")
        if status not in STATUSES:
            raise InputError(f"{where}: status {status!r} is not one of {', '.join(STATUSES)}")
        try:
            checked = date.fromisoformat(as_of)
        except ValueError:
            raise InputError(f"{where}: as_of {as_of!r} is not a date (YYYY-MM-DD)") from None
        if not _URL.match(source):
            raise InputError(f"{where}: source {source!r} is not an http(s) URL")
        if (organization, member) in seen:
            raise InputError(f"{where}: {member} is listed twice for {organization}")
        seen.add((organization, member))
        found.append(CuratedMembership(organization, member, country.name, status, checked, source, note))
    return tuple(found)


def memberships_graphs(base: str = DEFAULT_BASE, memberships: tuple[CuratedMembership, ...] | None = None) -> dict[URIRef, frozenset[Triple]]:
    """The triples of one named graph per organization with curated memberships: small enough for
    one SPARQL Update request on any server, replaced whole when its list changes. Those of the
    repository's file are built once per base (every ingest writes them)."""
    if memberships is None:
        return dict(_default_graphs(base))
    return _graphs(memberships, base)


@cache
def _default_graphs(base: str) -> dict[URIRef, frozenset[Triple]]:
    return _graphs(_default_memberships(), base)


def _graphs(memberships: tuple[CuratedMembership, ...], base: str) -> dict[URIRef, frozenset[Triple]]:
    graphs: dict[URIRef, set[Triple]] = {}
    for row in memberships:
        graph = graphs.setdefault(curated_graph_iri(row.organization, base), set())
        member = entity_iri(f"country/{row.member.lower()}", base)
        organization = entity_iri(f"organization/{row.organization}", base)
        listed = curated_list_iri(str(organization), base)  # the organization has a curated list
        graph.add((listed, RDF.type, IC.CuratedMemberList))
        graph.add((listed, ORG.organization, organization))
        node = curated_membership_iri(str(member), str(organization), base)
        graph.add((node, RDF.type, IC.CuratedMembership))
        graph.add((node, ORG.member, member))
        graph.add((node, ORG.organization, organization))
        graph.add((node, ORG.role, vocab_iri("role", row.status, base)))
        graph.add((node, IC.memberName, Literal(row.member_name)))
        graph.add((node, IC.memberCode, Literal(row.member)))
        graph.add((node, IC.observedOn, Literal(row.as_of)))
        graph.add((node, PROV.hadPrimarySource, URIRef(row.source)))
        if row.note:
            graph.add((node, SCHEMA.description, Literal(row.note)))
    return {name: frozenset(triples) for name, triples in graphs.items()}


@cache
def _default_memberships() -> tuple[CuratedMembership, ...]:
    return load_memberships()
