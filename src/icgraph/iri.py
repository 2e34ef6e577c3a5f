"""The IRI policy of docs/graph-model.md: deterministic, readable, stable IRIs under a base.

Entities:   {base}id/{kind}/{slug}              (the ResolvedEntity id)
Items:      {base}id/item/{slug of item id}-{hash12 of the exact id}   named graph {base}graph/item/{same}
Events:     {base}id/event/{date|undated}-{kind}-{hash8}
Agreements: {base}id/agreement/{date|undated}-{kind}-{hash8}
Posts:      {base}id/post/{hash8}               Memberships: {base}id/membership/{hash8}
Evidence:   {fact IRI}/evidence/{hash8 of the item IRI}
Encounters: {event IRI}/encounter/{hash8 of the two agents' IRIs}
Vocabulary: {base}vocab/{scheme}/{slug}

No counters, no versions, no query strings: the same input always gives the same IRI, so
re-ingesting an item replaces its triples instead of duplicating them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from rdflib import URIRef
from slugify import slugify as _python_slugify

from icgraph.config import DEFAULT_BASE

SLUG_MAX_LENGTH = 80
HASH_LENGTH = 8
UNDATED = "undated"
KEY_SEPARATOR = "\x1f"


def short_hash(*parts: str) -> str:
    """First 8 hex digits of SHA-1 over the parts joined by a unit separator."""
    key = KEY_SEPARATOR.join(parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:HASH_LENGTH]


@lru_cache(maxsize=1 << 16)  # the same names and kinds come back in every item
def slugify(text: str, max_length: int = SLUG_MAX_LENGTH) -> str:
    """A lowercase ASCII slug; non-Latin scripts are transliterated ("Президент" -> "prezident").

    Text with nothing to transliterate ("!!!", "") becomes "x-{hash8}". A slug longer than
    `max_length` is cut at a word boundary and suffixed with the hash of the full text, so two long
    texts that share a beginning still get different slugs.
    """
    slug = _python_slugify(text)
    if not slug:
        return f"x-{short_hash(text)}"
    if len(slug) <= max_length:
        return slug
    suffix = f"-{short_hash(text)}"
    head = _python_slugify(slug, max_length=max_length - len(suffix), word_boundary=True)
    return f"{head}{suffix}"


def _base(base: str) -> str:
    return base if base.endswith(("/", "#")) else f"{base}/"


@lru_cache(maxsize=1 << 16)  # an item's graph names its entities again and again, and one IRI object
def entity_iri(entity_id: str, base: str = DEFAULT_BASE) -> URIRef:  # is found in a set by identity
    """`person/amina-rahimi` -> `{base}id/person/amina-rahimi`.

    Each path segment is slugified (a no-op for ids that already are slugs), so an id can never
    break out of the base or carry characters an IRI may not.
    """
    segments = [slugify(segment) for segment in entity_id.split("/") if segment]
    return URIRef(f"{_base(base)}id/{'/'.join(segments)}")


ITEM_SLUG_LENGTH = 48
ITEM_HASH_LENGTH = 12


def item_slug(item_id: str) -> str:
    """A readable prefix and a hash of the exact id: ids that slugify alike (`?id=A7` and
    `?id=a7`, `新闻-1` and `新聞-1`) still get different IRIs."""
    digest = hashlib.sha1(item_id.encode("utf-8")).hexdigest()[:ITEM_HASH_LENGTH]
    return f"{slugify(item_id, ITEM_SLUG_LENGTH)}-{digest}"


def item_iri(item_id: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{_base(base)}id/item/{item_slug(item_id)}")


def item_graph_iri(item_id: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{_base(base)}graph/item/{item_slug(item_id)}")


def entities_graph_iri(base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{_base(base)}graph/entities")


def ontology_graph_iri(base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{_base(base)}graph/ontology")


def _day(day: date | None) -> str:
    return day.isoformat() if day else UNDATED


def _dated_fact_iri(
    collection: str, kind: str, day: date | None, agents: Iterable[str], base: str, context: str
) -> URIRef:
    key = short_hash(kind, _day(day), *sorted(set(agents)), context)
    return URIRef(f"{_base(base)}id/{collection}/{_day(day)}-{slugify(kind)}-{key}")


def event_iri(
    kind: str, day: date | None, participants: Iterable[str], base: str = DEFAULT_BASE, *, context: str = ""
) -> URIRef:
    """The event of `kind` on `day` with these participant IRIs, in any order.

    Two items reporting the same meeting (same kind, date and participants) get the same IRI.
    `context` is added to the key when the date alone cannot tell events apart: the builder passes
    the item IRI for undated events, so two undated reports are never merged by accident.
    """
    return _dated_fact_iri("event", kind, day, (str(p) for p in participants), base, context)


def agreement_iri(
    kind: str, day: date | None, parties: Iterable[str], base: str = DEFAULT_BASE, *, context: str = ""
) -> URIRef:
    """The agreement of `kind` signed on `day` by these party IRIs, in any order (see `event_iri`)."""
    return _dated_fact_iri("agreement", kind, day, (str(p) for p in parties), base, context)


def post_iri(person: str, organization: str | None, role_slug: str, base: str = DEFAULT_BASE) -> URIRef:
    """The post of `person` (IRI) as `role_slug` in `organization` (IRI, or None when unknown)."""
    key = short_hash(str(person), str(organization) if organization else "unknown", role_slug)
    return URIRef(f"{_base(base)}id/post/{key}")


def membership_iri(member: str, organization: str, base: str = DEFAULT_BASE) -> URIRef:
    """The membership of `member` (a country or organization IRI) in `organization` (IRI)."""
    return URIRef(f"{_base(base)}id/membership/{short_hash(str(member), str(organization))}")


def participation_iri(event_iri: str, agent_iri: str) -> URIRef:
    """The qualified participation of the agent `agent_iri` in the event `event_iri`."""
    return URIRef(f"{event_iri}/participation/{short_hash(str(agent_iri))}")


def encounter_iri(event_iri: str, first: str, second: str) -> URIRef:
    """The encounter of the agents `first` and `second` (IRIs, in that order) at the meeting `event_iri`."""
    return URIRef(f"{event_iri}/encounter/{short_hash(str(first), str(second))}")


def curated_membership_iri(member: str, organization: str, base: str = DEFAULT_BASE) -> URIRef:
    """A membership of `member` in `organization` (IRIs) as curated reference data lists it."""
    return URIRef(f"{_base(base)}id/membership/curated/{short_hash(str(member), str(organization))}")


def curated_list_iri(organization: str, base: str = DEFAULT_BASE) -> URIRef:
    """The curated list of the members of `organization` (IRI)."""
    return URIRef(f"{_base(base)}id/membership/curated/list/{short_hash(str(organization))}")


def curated_graph_iri(organization_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """The named graph of one organization's curated memberships (data/memberships.tsv), by the
    organization's id in data/organizations.tsv."""
    return URIRef(f"{_base(base)}graph/curated/memberships/{slugify(organization_id)}")


def evidence_iri(fact_iri: str, item_iri: str) -> URIRef:
    """The evidence node recording where `item_iri` states the fact `fact_iri`."""
    return URIRef(f"{fact_iri}/evidence/{short_hash(str(item_iri))}")


def vocab_iri(scheme: str, value: str, base: str = DEFAULT_BASE) -> URIRef:
    """A concept of a vocabulary scheme: `vocab_iri("role", "Director General")` ->
    `{base}vocab/role/director-general`."""
    return URIRef(f"{_base(base)}vocab/{scheme}/{slugify(value)}")


def vocab_scheme_iri(scheme: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{_base(base)}vocab/{scheme}")
