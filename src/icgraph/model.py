"""Typed records that pass between the pipeline stages.

read      -> NewsItem
extract   -> Extraction (entities with item-local keys, posts, events, agreements, memberships)
resolve   -> Resolution (item-local keys mapped to global entity ids, merged ResolvedEntity records)
build     -> rdflib graphs (see docs/graph-model.md)

Records are frozen: a stage never mutates what an earlier stage produced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property

from icgraph.textnorm import content_fingerprint


@dataclass(frozen=True)
class NewsItem:
    """One news item as a reader found it.

    `id` is stable across re-ingestion: the source's own id or URL, else a hash of title + text.
    `origin` names the input and the place in it ("dev-news.jsonl line 3"), for messages.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: date | None = None
    origin: str = ""

    @cached_property
    def fingerprint(self) -> str:
        """The identity of its content (`content_fingerprint` of title and text), computed once:
        reading, storing and building the item all ask for it."""
        return content_fingerprint(self.title, self.text)


class EntityKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    PLACE = "place"


class OrgType(StrEnum):
    """Kinds of organization; each maps to an OWL class of the ontology."""

    INTERGOVERNMENTAL = "intergovernmental"
    GOVERNMENT = "government"  # a government, ministry, agency, embassy, commission
    EDUCATIONAL = "educational"
    CULTURAL = "cultural"
    COMPANY = "company"
    NGO = "ngo"
    UNIT = "unit"  # a unit (sector, department, office, centre) of a parent organization
    OTHER = "other"


class EventKind(StrEnum):
    """Kinds of event; the meeting family are the kinds `who-met-whom` reports."""

    MEETING = "meeting"
    VISIT = "visit"
    RECEPTION = "reception"
    TALKS = "talks"
    PHONE_CALL = "phone-call"
    VIDEO_CONFERENCE = "video-conference"
    CREDENTIALS = "credentials"
    FAREWELL = "farewell"
    SIGNING = "signing"
    CEREMONY = "ceremony"
    CONFERENCE = "conference"
    FORUM = "forum"
    FESTIVAL = "festival"
    FAIR = "fair"
    PROGRAMME = "programme"
    TRAINING = "training"
    COMPETITION = "competition"
    LAUNCH = "launch"
    OTHER = "other"


MEETING_KINDS = frozenset(
    {
        EventKind.MEETING,
        EventKind.VISIT,
        EventKind.RECEPTION,
        EventKind.TALKS,
        EventKind.PHONE_CALL,
        EventKind.VIDEO_CONFERENCE,
        EventKind.CREDENTIALS,
        EventKind.FAREWELL,
    }
)


class Role(StrEnum):
    """The part an agent plays in an event."""

    PARTICIPANT = "participant"
    HOST = "host"
    GUEST = "guest"
    ORGANIZER = "organizer"
    PARTNER = "partner"
    PATRON = "patron"
    CHAIR = "chair"
    SIGNATORY = "signatory"


DIRECT_ROLES = frozenset({Role.PARTICIPANT, Role.HOST, Role.GUEST, Role.CHAIR, Role.SIGNATORY})
"""Roles of agents who were themselves at the event (organizers, partners, patrons need not be)."""


class AgreementKind(StrEnum):
    MEMORANDUM_OF_UNDERSTANDING = "memorandum-of-understanding"
    AGREEMENT = "agreement"
    LETTER_OF_INTENT = "letter-of-intent"
    PROTOCOL = "protocol"
    CONVENTION = "convention"
    JOINT_DECLARATION = "joint-declaration"
    PROGRAMME = "executive-programme"
    OTHER = "other"


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and its character offsets in `NewsItem.text`."""

    quote: str
    start: int
    end: int
    confidence: float = 0.8


@dataclass(frozen=True)
class Entity:
    """An entity as one item names it. `key` is local to the item (e.g. "e3")."""

    key: str
    kind: EntityKind
    name: str
    aliases: tuple[str, ...] = ()
    org_type: OrgType | None = None
    parent: str | None = None  # key of the parent organization (units, ministries of a country)
    country: str | None = None  # key of the country it belongs to / lies in
    iso_code: str | None = None  # ISO 3166-1 alpha-3, for countries
    gazetteer_id: str | None = None  # id in data/ gazetteers when the entity is a known one


@dataclass(frozen=True)
class Post:
    """A person holds a role in an organization (or a country), as observed in an item."""

    person: str
    role: str
    organization: str | None
    evidence: Evidence


@dataclass(frozen=True)
class Participation:
    """An agent's part in an event. `on_behalf_of` are the organizations or states the agent acts
    for in this event: a person's institution, then those that answer for it (a ministry's state,
    a unit's organization); an organization or state in its own name acts for itself. Empty when
    the item does not say (see `icgraph.extract.represent`). `inferred_from` is the id of another
    news item when the item states no side for the person and that item's post gave it (resolution,
    `icgraph.resolve.sides_from_batch`). `side` is the side of an encounter the agent was on (1 the
    side the report reads first, as a host's, 2 the other), when the report gives sides: "A met B, C
    and D" puts B, C and D on one side, who did not meet each other."""

    agent: str
    role: Role = Role.PARTICIPANT
    on_behalf_of: tuple[str, ...] = ()
    inferred_from: str | None = None
    side: int | None = None


@dataclass(frozen=True)
class Event:
    key: str
    kind: EventKind
    participations: tuple[Participation, ...]
    evidence: Evidence
    name: str | None = None
    start: date | None = None
    end: date | None = None
    place: str | None = None  # key of a PLACE (or COUNTRY) entity
    venue: str | None = None  # free text such as "ICESCO headquarters"


@dataclass(frozen=True)
class Agreement:
    key: str
    kind: AgreementKind
    parties: tuple[str, ...]
    evidence: Evidence
    signatories: tuple[str, ...] = ()
    title: str | None = None
    date: date | None = None
    place: str | None = None


@dataclass(frozen=True)
class Membership:
    """A state (or organization) is a member of an organization."""

    member: str
    organization: str
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """Everything extraction found in one item. All references are item-local entity keys."""

    item: NewsItem
    entities: tuple[Entity, ...] = ()
    posts: tuple[Post, ...] = ()
    events: tuple[Event, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    memberships: tuple[Membership, ...] = ()

    def entity(self, key: str) -> Entity:
        for entity in self.entities:
            if entity.key == key:
                return entity
        raise KeyError(key)


@dataclass(frozen=True)
class ResolvedEntity:
    """One real-world entity across all items. `id` is its path under the base IRI,
    e.g. "person/amina-rahimi" or "organization/icesco"."""

    id: str
    kind: EntityKind
    name: str
    aliases: tuple[str, ...] = ()
    org_type: OrgType | None = None
    parent: str | None = None  # id of the parent organization
    country: str | None = None  # id of the country
    iso_code: str | None = None


@dataclass(frozen=True)
class Resolution:
    """The output of resolution for one item: local keys -> global ids, plus the merged entities."""

    extraction: Extraction
    ids: dict[str, str] = field(default_factory=dict)
    entities: tuple[ResolvedEntity, ...] = ()
