"""The actor network: a NetworkX projection of the graph, and the analytics run on it.

`project(store)` reads the store with a few SPARQL queries (straight from pyoxigraph on the
embedded store, each as one packed answer, read ahead in worker threads while Python builds; through
`.select(sparql)`, rows of rdflib terms, on any other source) and returns an undirected `nx.Graph` whose nodes are actors (people, organizations,
countries; node id = the entity IRI) and whose edges are ties between two actors, aggregated over the
occasions that made them (events, agreements, posts, memberships).

Tie kinds, decided per occasion and pair (the first that applies):

  met                 both were direct participants of a meeting (ic:Meeting and its subclasses)
  signed-with         both were parties or signatories of an agreement, or signatories of a signing
  co-organized        both organized (ic:organizer) or partnered (ic:partner) the same event
  took-part-together  both were involved in the same event in any other way
  member-of           a person holds a post in an organization, or a state is a member of one

Levels: `person` keeps people and the ties between them; `both` keeps every actor with its direct
ties, plus member-of ties; `organization` lifts each agent of an occasion to the organization or state
it acted for there (`ic:onBehalfOf` of its qualified participation, the link `who-met-whom -p
level=organization` and `partners-of` follow), so a meeting of two heads becomes a tie between their
institutions; agents whose representation the item does not state drop out at that level. Occasions
stored without qualified participations (graphs built before them) lift a person to the organizations
they hold a post in, preferring posts read from the same news item.

Only actors with at least one tie (after the filters) are nodes. Occasions without a date are left out
as soon as `since` or `until` is given, since they cannot be placed in the window.

The network is built from what makes the ties and names the actors; what only a consumer shows (the
occasions' labels, types and news items with their sentences, the actors' posts) is read from the
store afterwards, in bulk, for the ties shown (`add_details`): every tie for an export or a drawing,
the hops of a path, one actor's ties for its timeline.
"""

from __future__ import annotations

import gc
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

import networkx as nx
import numpy as np
import pyoxigraph as ox

from icgraph import vocab
from icgraph.errors import IcgraphError

LEVELS = ("organization", "person", "both")
TIE_KINDS = ("met", "signed-with", "co-organized", "took-part-together", "member-of")
ACTOR_KINDS = ("person", "organization", "country")

EXACT_BETWEENNESS_LIMIT = 2000
BETWEENNESS_WORK = 4_000_000  # sources × (nodes + edges): about 10 s of NetworkX on a loaded 2-core machine
MIN_BETWEENNESS_SAMPLE = 10

_PREFIXES = vocab.sparql_prefixes("ic", "schema", "org", "prov", "skos", "dcterms")

# Every pattern sits in GRAPH ?g so the answer is the same on stores whose default graph is not
# the union of the named graphs (see docs/graph-model.md). Each query's variables are read by
# position (see _rows).
ACTORS_QUERY = _PREFIXES + """
SELECT ?entity ?type ?label WHERE {
  GRAPH ?g { ?entity a ?type ; skos:prefLabel ?label . }
  VALUES ?type { ic:Person org:Organization ic:Country }
}"""

ALIASES_QUERY = _PREFIXES + """
SELECT ?entity ?alias WHERE {
  GRAPH ?g { ?entity a ?type ; skos:altLabel ?alias . }
  VALUES ?type { ic:Person org:Organization ic:Country }
}"""

INVOLVEMENTS_QUERY = _PREFIXES + """
SELECT ?occasion ?agent ?role WHERE {
  GRAPH ?g { ?occasion ?property ?agent . }
  VALUES (?property ?role) {
    (ic:participant "participant") (ic:host "host") (ic:guest "guest") (ic:chair "chair")
    (ic:signatory "signatory") (ic:organizer "organizer") (ic:partner "partner")
    (ic:patron "patron") (ic:party "party")
  }
}"""

# What makes the ties: classes, dates, the agreement a signing produced; with the details also what
# an export or a diagram shows of them (label, event type). One simple pattern each: joined in one
# query with OPTIONALs, Oxigraph took twice as long for the same rows.
OCCASION_CLASSES_QUERY = _PREFIXES + """
SELECT ?occasion ?class WHERE {
  GRAPH ?g { ?occasion a ?class . }
  VALUES ?class { ic:Event ic:Meeting ic:Signing ic:Agreement }
}"""

OCCASION_DATES_QUERY = _PREFIXES + """
SELECT ?occasion ?date WHERE {
  GRAPH ?g { ?occasion schema:startDate|schema:dateCreated ?date . }
}"""

SIGNED_QUERY = _PREFIXES + """
SELECT ?occasion ?agreement WHERE {
  GRAPH ?g { ?occasion ic:agreement ?agreement . }
}"""

OCCASION_LABELS_QUERY = _PREFIXES + """
SELECT ?occasion ?label WHERE {
  GRAPH ?g { ?occasion a ?class ; skos:prefLabel ?label . }
  VALUES ?class { ic:Event ic:Agreement }
}"""

EVENT_TYPES_QUERY = _PREFIXES + """
SELECT ?occasion ?eventType WHERE {
  GRAPH ?g { ?occasion ic:eventType ?eventType . }
}"""

MEMBERSHIPS_QUERY = _PREFIXES + """
SELECT ?membership ?member ?organization ?role ?observed WHERE {
  GRAPH ?g {
    ?membership a org:Membership ; org:member ?member ; org:organization ?organization .
    OPTIONAL { ?membership ic:roleLabel ?role }
    OPTIONAL { ?membership ic:observedOn ?observed }
  }
}"""

INSTITUTION_MEMBERSHIPS_QUERY = _PREFIXES + """
SELECT ?membership ?member ?organization ?role ?observed WHERE {
  GRAPH ?g {
    ?membership a org:Membership ; org:member ?member ; org:organization ?organization .
    OPTIONAL { ?membership ic:roleLabel ?role }
    OPTIONAL { ?membership ic:observedOn ?observed }
  }
  # a test per membership (joined first, Oxigraph would read every organization's memberships in every graph)
  FILTER EXISTS { GRAPH ?t { ?member a org:Organization } }
}"""

REPRESENTATIONS_QUERY = _PREFIXES + """
SELECT ?occasion ?agent ?party ?side WHERE {
  GRAPH ?g {
    ?occasion ic:qualifiedParticipation ?participation .
    ?participation ic:agent ?agent .
    OPTIONAL { ?participation ic:onBehalfOf ?party }
    OPTIONAL { ?participation ic:side ?side }
  }
}"""

# the sides of the people an encounter names at the person level (a participation's side first:
# only the participations that have one are read)
SIDES_QUERY = _PREFIXES + """
SELECT ?occasion ?agent ?side WHERE {
  GRAPH ?g {
    ?participation ic:side ?side ; ic:agent ?agent .
    ?occasion ic:qualifiedParticipation ?participation .
  }
}"""

DERIVATIONS_QUERY = _PREFIXES + """
SELECT ?fact ?source WHERE {
  GRAPH ?g { ?fact prov:wasDerivedFrom ?source . }
}"""

# The quote of a fact from one of its items: read apart from the derivations (an OPTIONAL on each of
# them took Oxigraph twice as long as both queries).
QUOTES_QUERY = _PREFIXES + """
SELECT ?fact ?source ?quote WHERE {
  GRAPH ?g { ?fact prov:qualifiedDerivation ?derivation . ?derivation prov:entity ?source ; ic:quote ?quote . }
}"""

SOURCES_QUERY = _PREFIXES + """
SELECT ?source ?title ?url ?issued ?publisher WHERE {
  GRAPH ?g {
    ?source a ic:NewsItem .
    OPTIONAL { ?source dcterms:title ?title }
    OPTIONAL { ?source schema:url ?url }
    OPTIONAL { ?source dcterms:issued ?issued }
    OPTIONAL { ?source dcterms:publisher ?publisher }
  }
}"""

IC, ORG = str(vocab.IC), str(vocab.ORG)
_MEETING, _SIGNING_CLASSES = f"{IC}Meeting", frozenset({f"{IC}Signing", f"{IC}Agreement"})
_KIND_OF_TYPE = {f"{IC}Country": "country", f"{IC}Person": "person", f"{ORG}Organization": "organization"}
_KIND_RANK = {"country": 0, "person": 1, "organization": 2}  # a country is also an org:Organization

DIRECT_ROLES = frozenset({"participant", "host", "guest", "chair", "signatory"})
SIDE_ROLES = frozenset({"host", "guest"})
PERSON_SIDES = SIDE_ROLES | {"side 2"}  # two people on one of these did not meet each other ("A met B, C and D": side 2)
ORGANIZING_ROLES = frozenset({"organizer", "partner"})
AGREEMENT_ROLES = frozenset({"party", "signatory"})


class SparqlSource(Protocol):
    def select(self, sparql: str) -> Any: ...


class NetworkError(IcgraphError):
    """An actor named on the command line is unknown or ambiguous, or two actors are not connected."""


# ---------------------------------------------------------------------------------------------
# Reading the store


@dataclass(slots=True)  # hundreds of thousands at 100k actors: smaller, quicker to make and read
class Actor:
    iri: str
    kind: str
    label: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Source:
    item: str
    title: str = ""
    url: str = ""
    issued: str = ""
    publisher: str = ""
    quote: str = ""


@dataclass(slots=True)
class Occasion:
    """What makes a tie: an event, an agreement (folded into its signing event), or a membership."""

    iri: str
    classes: set[str] = field(default_factory=set)
    date: str = ""
    agreements: set[str] = field(default_factory=set)
    roles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    acting_for: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # agent -> ic:onBehalfOf
    sides: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # agent -> "side 1" / "side 2" (ic:side)
    qualified: bool = False  # the occasion has qualified participations (ic:qualifiedParticipation)
    sources: dict[str, Source] = field(default_factory=dict)  # read only where people are lifted through their posts

    @property
    def is_meeting(self) -> bool:
        return _MEETING in self.classes

    @property
    def is_signing(self) -> bool:
        return not self.classes.isdisjoint(_SIGNING_CLASSES)


@dataclass(slots=True)
class Membership:
    iri: str
    member: str
    organization: str
    role: str = ""
    date: str = ""
    sources: dict[str, Source] = field(default_factory=dict)


@dataclass
class GraphFacts:
    """What makes the ties and names the actors, read once from the store (see read_facts)."""

    actors: dict[str, Actor]
    occasions: dict[str, Occasion]
    memberships: list[Membership]
    folded: dict[str, Occasion] = field(default_factory=dict)  # agreement IRI -> the signing it was folded into
    every_membership: bool = False  # `memberships` holds every membership of the store (people's posts too)


@dataclass
class OccasionDetails:
    """What an export or a diagram shows of some occasions (see read_details)."""

    labels: dict[str, str]  # occasion -> its label (the first read)
    event_types: dict[str, str]  # occasion -> the local name of its event type
    evidence: dict[str, dict[str, Source]]  # fact -> news item it was derived from -> the item described, with the fact's quote


Row = tuple[str | None, ...]


def _rows(store: SparqlSource, sparql: str) -> Iterable[Row]:
    """The solutions of a SELECT as tuples of lexical values (None where unbound), in the order of
    its variables: on the embedded store from one packed answer (`_packed_rows`), read ahead when
    `store` is a `_ReadAhead`; else through the source's `select`."""
    if isinstance(store, _ReadAhead):
        return store.rows(sparql)
    native = getattr(store, "native", None)
    if isinstance(native, ox.Store):
        return _embedded_rows(native, sparql)
    return _selected_rows(store, sparql)


def _selected_rows(store: SparqlSource, sparql: str) -> Iterator[Row]:
    result = store.select(sparql)
    names = list(result.variables)
    for row in result.rows:
        yield tuple(None if row.get(name) is None else str(row[name]) for name in names)


# A SELECT of plain variables is asked of the embedded store as one aggregate solution: per variable,
# its values joined by a separator (GROUP_CONCAT keeps the order of the solutions) and how many
# solutions bind it, with how many there are. Oxigraph evaluates it in one call without Python's
# lock, so a worker thread can read ahead while Python works (`_ReadAhead`), and Python splits a few
# strings instead of making a term and a string per value (the reading takes 7% less CPU at 100k actors).
_SEPARATOR = "\x1e"
_PLAIN_SELECT = re.compile(r"SELECT((?:\s+\?\w+)+)\s+WHERE\s*\{")


def _packed_query(sparql: str) -> str | None:
    """`sparql` with its plain variables packed (None for any other SELECT)."""
    head = _PLAIN_SELECT.search(sparql)
    if head is None:
        return None
    columns = " ".join(f'(GROUP_CONCAT(COALESCE(STR({name}), ""); separator="{_SEPARATOR}") AS ?packed_{index}) '
                       f"(COUNT({name}) AS ?bound_{index})" for index, name in enumerate(head.group(1).split()))
    return f"{sparql[:head.start()]}SELECT (COUNT(*) AS ?solutions) {columns} WHERE {{{sparql[head.end():]}"


def _packed_answer(native: ox.Store, sparql: str) -> ox.QuerySolution | None:
    """The one solution of `sparql` packed, evaluated (None for a SELECT that is not of plain variables)."""
    packed = _packed_query(sparql)
    if packed is None:
        return None
    (answer,) = native.query(packed)
    return answer


def _unpacked(answer: ox.QuerySolution) -> Iterable[Row] | None:
    """The rows of a packed answer; None where it cannot tell them apart: a value holds the
    separator, or a variable is unbound in some rows and empty in others."""
    solutions, *cells = answer
    count = int(solutions.value)
    if not count:
        return ()
    columns = []
    for values, bound in zip(cells[::2], cells[1::2], strict=True):
        column = values.value.split(_SEPARATOR)
        unbound = count - int(bound.value)
        if len(column) != count or (unbound and column.count("") != unbound):
            return None
        columns.append([value or None for value in column] if unbound else column)
    return zip(*columns, strict=True)


def _embedded_rows(native: ox.Store, sparql: str, answer: ox.QuerySolution | None = None) -> Iterable[Row]:
    """The rows of `sparql` from its packed answer (evaluated now unless given), else solution by solution."""
    if answer is None:
        answer = _packed_answer(native, sparql)
    rows = None if answer is None else _unpacked(answer)
    if rows is not None:
        return rows
    return [tuple(None if term is None else term.value for term in solution) for solution in native.query(sparql)]


class _ReadAhead:
    """Some SELECTs of the embedded store evaluated ahead, in worker threads, while the caller works
    on the rows of earlier ones (two cores: reading the facts and the details of every tie at 100k
    actors is mostly Oxigraph's work, building mostly Python's). A query not read ahead is asked
    when it is read. A worker's exception is raised where its rows are read; `close` cancels what
    has not started and waits for the rest, so no thread outlives the reader."""

    WORKERS = 2

    def __init__(self, native: ox.Store, queries: Iterable[str]) -> None:
        self.native = native
        self._pool = ThreadPoolExecutor(self.WORKERS, thread_name_prefix="icgraph-read-ahead")
        self._ahead = {sparql: self._pool.submit(_packed_answer, native, sparql) for sparql in dict.fromkeys(queries)}

    def rows(self, sparql: str) -> Iterable[Row]:
        future = self._ahead.pop(sparql, None)
        return _embedded_rows(self.native, sparql, None if future is None else future.result())

    def close(self) -> None:
        self._ahead.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _reading_ahead(store: SparqlSource, queries: Iterable[str]) -> Iterator[SparqlSource | _ReadAhead]:
    """`store`, with `queries` read ahead when it is the embedded store (any other is asked as it is read)."""
    native = getattr(store, "native", None)
    if not isinstance(native, ox.Store):
        yield store
        return
    reader = _ReadAhead(native, queries)
    try:
        yield reader
    finally:
        reader.close()


Readable = SparqlSource | _ReadAhead  # what the readers read: a store, or one with some queries read ahead


def _local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _fact_queries(level: str | None, posts: bool) -> tuple[str, ...]:
    """The queries `read_facts` asks at `level`, in its order (not counting what it reads where
    people in occasions without qualified participations are lifted through their posts)."""
    memberships = ((MEMBERSHIPS_QUERY,) if posts or level in (None, "both") else
                   (INSTITUTION_MEMBERSHIPS_QUERY,) if level == "organization" else ())
    return (ACTORS_QUERY, ALIASES_QUERY, OCCASION_CLASSES_QUERY, OCCASION_DATES_QUERY, SIGNED_QUERY, INVOLVEMENTS_QUERY,
            *((REPRESENTATIONS_QUERY,) if level in (None, "organization") else ()),
            *((SIDES_QUERY,) if level in ("person", "both") else ()), *memberships)


def read_facts(store: Readable, *, level: str | None = None, posts: bool = False) -> GraphFacts:
    """The actors, occasions and memberships of the store: what makes the ties and names the
    actors, nothing of what only an export or a diagram shows (see `read_details`). With `level`
    (one of LEVELS), only what that level's network needs is read: no memberships at the person
    level and only those of organizations and states at the organization level (unless people are
    lifted through their posts), whom agents acted for (qualified participations) only at the
    organization level, and the news items behind the facts only where people in occasions
    without qualified participations are lifted through their posts. With `posts` every membership
    is read, people's posts too, for the details to be read next (`add_details`)."""
    actors: dict[str, Actor] = {}
    for iri, type_, label in _rows(store, ACTORS_QUERY):
        kind = _KIND_OF_TYPE[type_]
        known = actors.get(iri)
        if known is None or _KIND_RANK[kind] < _KIND_RANK[known.kind]:
            actors[iri] = Actor(iri, kind, label)
    for iri, alias in _rows(store, ALIASES_QUERY):
        actor = actors.get(iri)
        if actor is not None and alias not in actor.aliases:
            actor.aliases.append(alias)

    occasions: dict[str, Occasion] = {}
    for iri, cls in _rows(store, OCCASION_CLASSES_QUERY):
        occasion = occasions.get(iri)
        if occasion is None:
            occasion = occasions[iri] = Occasion(iri)
        occasion.classes.add(cls)
    for iri, day in _rows(store, OCCASION_DATES_QUERY):
        occasion = occasions.get(iri)
        if occasion is not None and (not occasion.date or day < occasion.date):
            occasion.date = day
    for iri, agreement in _rows(store, SIGNED_QUERY):
        occasion = occasions.get(iri)
        if occasion is not None:
            occasion.agreements.add(agreement)
    for iri, agent, role in _rows(store, INVOLVEMENTS_QUERY):
        occasion = occasions.get(iri)
        if occasion is not None:
            occasion.roles[agent].add(role)
    for iri, agent, party, side in _rows(store, REPRESENTATIONS_QUERY) if level in (None, "organization") else ():
        occasion = occasions.get(iri)
        if occasion is not None:
            occasion.qualified = True
            if party is not None:
                occasion.acting_for[agent].add(party)
            if side is not None:
                occasion.sides[agent].add(f"side {side}")
    for iri, agent, side in _rows(store, SIDES_QUERY) if level in ("person", "both") else ():
        occasion = occasions.get(iri)
        if occasion is not None:
            occasion.sides[agent].add(f"side {side}")

    folded = _fold_agreements_into_signings(occasions)
    lifts = level in (None, "organization") and _lifts_through_posts(occasions.values(), actors)
    every_membership = posts or lifts or level in (None, "both")  # people's posts are shown, lift them, or are ties
    if every_membership:
        memberships = _read_memberships(store, MEMBERSHIPS_QUERY)
    elif level == "organization":  # only organizations' and states' memberships make ties there
        memberships = _read_memberships(store, INSTITUTION_MEMBERSHIPS_QUERY)
    else:  # the person level: no membership ties
        memberships = {}

    if lifts:  # the news items of the occasions and posts, to lift people through the posts of the same items
        evidence = _read_items(store, set(memberships).union(occasions, folded))
        for iri, sources in evidence.items():
            if iri in occasions:
                occasions[iri].sources = sources
            elif iri in memberships:
                memberships[iri].sources = sources
        for iri, occasion in folded.items():  # an agreement's items after its signing's own
            for item, source in evidence.get(iri, {}).items():
                occasion.sources.setdefault(item, source)
    return GraphFacts(actors, occasions, list(memberships.values()), folded, every_membership)


def _read_memberships(store: Readable, sparql: str) -> dict[str, Membership]:
    memberships: dict[str, Membership] = {}
    for iri, member, organization, role, observed in _rows(store, sparql):
        known = memberships.get(iri)
        if known is None:
            memberships[iri] = Membership(iri, member, organization, role or "", observed or "")
        else:
            known.role = known.role or role or ""
            known.date = min(filter(None, (known.date, observed)), default="")
    return memberships


def _read_items(store: Readable, facts: Container[str]) -> dict[str, dict[str, Source]]:
    """fact (of `facts`) -> news item it was derived from -> the item (IRI only)."""
    evidence: dict[str, dict[str, Source]] = defaultdict(dict)
    items: dict[str, Source] = {}
    for fact, item in _rows(store, DERIVATIONS_QUERY):
        if fact in facts:
            evidence[fact][item] = items.get(item) or items.setdefault(item, Source(item))
    return evidence


# Beyond this many IRIs a detail is read for the whole store and filtered: one pass over a
# pattern costs about 2 µs a row, a lookup per IRI several times that.
VALUES_LIMIT = 2000


def _for_some(sparql: str, variable: str, iris: Collection[str]) -> str:
    """`sparql` restricted to `iris` for `variable` (a VALUES block first in its WHERE group)."""
    values = " ".join(f"<{iri}>" for iri in sorted(iris))
    return sparql.replace("WHERE {", f"WHERE {{\n  VALUES ?{variable} {{ {values} }}", 1)


def _details_rows(store: Readable, sparql: str, variable: str, iris: Collection[str] | None, *,
                  keep_all: bool = False) -> Iterable[Row]:
    """The rows of `sparql` whose first variable (`variable`) is one of `iris` (every row when
    `iris` is None): asked for those IRIs when they are few, else read whole, and filtered unless
    `keep_all` (rows of other IRIs are then harmless, and not testing them is quicker)."""
    if iris is None:
        return _rows(store, sparql)
    if not iris:
        return ()
    if len(iris) <= VALUES_LIMIT:
        return _rows(store, _for_some(sparql, variable, iris))
    rows = _rows(store, sparql)
    return rows if keep_all else (row for row in rows if row[0] in iris)


# what `read_details` asks without `occasions` and `facts`, in its order
_DETAIL_QUERIES = (OCCASION_LABELS_QUERY, EVENT_TYPES_QUERY, QUOTES_QUERY, DERIVATIONS_QUERY, SOURCES_QUERY)


def read_details(store: Readable, occasions: Collection[str] | None = None, facts: Collection[str] | None = None, *,
                 among: Container[str] | None = None) -> OccasionDetails:
    """The labels and event types of `occasions` (and perhaps of others), and the news items
    behind `facts` (occasions, agreements, memberships) with their titles, URLs, dates and
    publishers and each fact's quote; without `occasions` and `facts`, those of the whole store,
    read whole, with the news items of the facts `among` only (when given)."""
    occasions = None if occasions is None else frozenset(occasions)
    facts = None if facts is None else frozenset(facts)
    labels: dict[str, str] = {}
    for iri, label in _details_rows(store, OCCASION_LABELS_QUERY, "occasion", occasions, keep_all=True):
        if iri not in labels:
            labels[iri] = label
    event_types: dict[str, str] = {}
    for iri, event_type in _details_rows(store, EVENT_TYPES_QUERY, "occasion", occasions, keep_all=True):
        if iri not in event_types:
            event_types[iri] = _local_name(event_type)
    quotes: dict[tuple[str, str], str] = {}
    for fact, item, quote in _details_rows(store, QUOTES_QUERY, "fact", facts):
        if among is None or fact in among:
            quotes.setdefault((fact, item), quote)
    derived: Iterable[Row] = _details_rows(store, DERIVATIONS_QUERY, "fact", facts)
    items = None
    if facts is not None:  # the items to describe are those of these facts (the whole store's are streamed)
        derived = list(derived)
        items = {item for _, item in derived}
    elif among is not None:
        derived = (row for row in derived if row[0] in among)
    described = {item: (title or "", url or "", issued or "", publisher or "")
                 for item, title, url, issued, publisher in _details_rows(store, SOURCES_QUERY, "source", items, keep_all=True)}
    unknown = ("",) * 4  # title, URL, issued, publisher of an item not described in the store
    evidence: dict[str, dict[str, Source]] = defaultdict(dict)
    for fact, item in derived:
        evidence[fact][item] = Source(item, *described.get(item, unknown), quotes.get((fact, item), ""))
    return OccasionDetails(labels, event_types, evidence)


def _posts(actors: Mapping[str, Actor], memberships: Iterable[Membership]) -> dict[str, list[str]]:
    """A person's posts ("Role, Organization") and an organization's or country's holders ("Person, Role")."""
    posts: dict[str, list[str]] = defaultdict(list)
    for membership in memberships:
        person, organization = actors.get(membership.member), actors.get(membership.organization)
        if person is not None and person.kind == "person" and organization is not None:
            held = f"{membership.role}, {organization.label}" if membership.role else organization.label
            holder = f"{person.label}, {membership.role}" if membership.role else person.label
            for actor, post in ((person, held), (organization, holder)):
                if post not in posts[actor.iri]:
                    posts[actor.iri].append(post)
    return posts


def _lifts_through_posts(occasions: Iterable[Occasion], actors: Mapping[str, Actor]) -> bool:
    """Whether some person takes part in an occasion stored without qualified participations: the
    organization level then lifts them through their posts, preferring those of the same news items."""
    return any(not occasion.qualified and any(agent in actors and actors[agent].kind == "person" for agent in occasion.roles)
               for occasion in occasions)


def _fold_agreements_into_signings(occasions: dict[str, Occasion]) -> dict[str, Occasion]:
    """A signing event and the agreement it produced are one occasion (counted once). Returns
    the occasion each agreement was folded into, by the agreement's IRI."""
    folded: dict[str, Occasion] = {}
    for occasion in list(occasions.values()):
        for agreement_iri in occasion.agreements:
            agreement = occasions.pop(agreement_iri, None)
            if agreement is None:
                continue
            folded[agreement_iri] = occasion
            occasion.classes |= agreement.classes
            occasion.date = occasion.date or agreement.date
            for agent, roles in agreement.roles.items():
                occasion.roles[agent] |= roles
            for agent, parties in agreement.acting_for.items():
                occasion.acting_for[agent] |= parties
            for agent, sides in agreement.sides.items():
                occasion.sides[agent] |= sides
            occasion.qualified = occasion.qualified or agreement.qualified
    return folded


# ---------------------------------------------------------------------------------------------
# Building the network


# the roles that decide a pair's tie kind: a bit per group of roles, set when an actor has one of them
_DIRECT, _AGREEING, _ORGANIZING = 1, 2, 4


def _role_mask(roles: set[str]) -> int:
    return ((_DIRECT if roles & DIRECT_ROLES else 0) | (_AGREEING if roles & (AGREEMENT_ROLES | DIRECT_ROLES) else 0)
            | (_ORGANIZING if roles & ORGANIZING_ROLES else 0))


def _kind_table(meeting: bool, signing: bool) -> tuple[str, ...]:
    """The tie kind of a pair at an occasion (the module's table, the first that applies), indexed by
    the AND of the two actors' role masks."""
    return tuple(
        "met" if meeting and mask & _DIRECT else
        "signed-with" if signing and mask & _AGREEING else
        "co-organized" if mask & _ORGANIZING else
        "took-part-together"
        for mask in range(8)
    )


_KIND_TABLES = {(meeting, signing): _kind_table(meeting, signing) for meeting in (False, True) for signing in (False, True)}


def _tie_kinds(occasion: Occasion) -> tuple[str, ...]:
    return _KIND_TABLES[(occasion.is_meeting, occasion.is_signing)]


@dataclass(frozen=True)
class Filters:
    since: date | None = None
    until: date | None = None
    kinds: frozenset[str] | None = None

    def keeps(self, kind: str, when: str) -> bool:
        return self.keeps_kind(kind) and self.keeps_date(when)

    def keeps_kind(self, kind: str) -> bool:
        return self.kinds is None or kind in self.kinds

    def keeps_date(self, when: str) -> bool:
        if self.since is None and self.until is None:
            return True
        if not when:
            return False
        day = date.fromisoformat(when[:10])
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)


_NOTHING: frozenset[str] = frozenset()  # no nodes, no people


class _Lifter:
    """Maps an agent to the nodes it stands for at a level."""

    def __init__(self, facts: GraphFacts, level: str) -> None:
        self.actors = facts.actors
        # a person's posts in organizations and states: all of them, and by the news item they were read from
        held: dict[str, set[str]] = defaultdict(set)
        self._posts_in: dict[tuple[str, str], set[str]] = defaultdict(set)
        for membership in facts.memberships if level == "organization" else ():
            organization = facts.actors.get(membership.organization)
            if organization is not None and organization.kind in ("organization", "country"):
                held[membership.member].add(membership.organization)
                for item in membership.sources:
                    self._posts_in[(membership.member, item)].add(membership.organization)
        self._held = {person: frozenset(organizations) for person, organizations in held.items()}
        self.lifts = level == "organization"  # only there can an agent stand for several nodes, or two agents for one
        # at the person and both levels an agent stands for itself, or for nothing
        self.themselves = frozenset(
            iri for iri, actor in facts.actors.items() if level == "both" or actor.kind == "person") if not self.lifts else _NOTHING

    def nodes_for(self, agent: str, occasion: Occasion) -> AbstractSet[str]:
        """The organizations and states `agent` stands for at `occasion` (the organization level)."""
        actor = self.actors.get(agent)
        if actor is None:
            return _NOTHING
        if occasion.qualified:
            parties = occasion.acting_for.get(agent)
            if parties is not None:
                if self.actors.keys() >= parties:  # most: every party is a known actor (the set is read, never changed)
                    return parties
                return frozenset(party for party in parties if party in self.actors)
            return _NOTHING if actor.kind == "person" else frozenset((agent,))
        if actor.kind != "person":
            return frozenset((agent,))
        # the posts read from the occasion's own news items, else every post the person holds
        here: set[str] = set()
        for item in occasion.sources:
            found = self._posts_in.get((agent, item))
            if found:
                here |= found
        return frozenset(here) if here else self._held.get(agent, _NOTHING)

    def ties(self, occasion: Occasion, people: dict[str, set[str]] | None = None) -> list[tuple[tuple[str, str], str]]:
        """The ties `occasion` makes at the level: ((a, b), tie kind) for each pair of its nodes, a < b,
        in order. At the organization level, `people` (when given) gets, per node, the labels of the
        people through whom it took part (an occasion's `via`)."""
        if not self.lifts:  # each agent is its own node, or none
            themselves = self.themselves
            nodes = {agent: roles for agent, roles in occasion.roles.items() if agent in themselves}
            if len(nodes) < 2:
                return []
            kind_of = _tie_kinds(occasion)
            masks = {node: _role_mask(roles) for node, roles in nodes.items()}
            ties = []
            for pair in itertools.combinations(sorted(nodes), 2):
                kind = kind_of[masks[pair[0]] & masks[pair[1]]]
                if kind == "met" and _one_side(occasion, nodes, *pair):
                    kind = "took-part-together"  # two hosts, two guests, two of those met, as who-met-whom says
                ties.append((pair, kind))
            return ties
        # per agent lifted to the node: its side (direct agents only) and every node it was lifted to
        entries: dict[str, list[tuple[frozenset[str] | None, AbstractSet[str]]]] = defaultdict(list)
        masks: dict[str, int] = {}  # node -> the role mask of the agents lifted to it
        # nodes some agent was lifted to together with another node (a person with posts in two
        # places); two nodes that are not can share no institution through their agents
        shared: set[str] = set()
        actors = self.actors
        for agent, roles in occasion.roles.items():
            lifted = self.nodes_for(agent, occasion)
            if not lifted:
                continue
            entry = (frozenset((roles & SIDE_ROLES) | occasion.sides.get(agent, _NOTHING)) if roles & DIRECT_ROLES else None, lifted)
            if len(lifted) > 1:
                shared |= lifted
            through = actors[agent].label if people is not None and actors[agent].kind == "person" else None
            mask = _role_mask(roles)  # a node's mask is the OR of its agents' (a bit per group of roles)
            for node in lifted:
                masks[node] = masks.get(node, 0) | mask
                entries[node].append(entry)
                if through is not None and node != agent:
                    people.setdefault(node, set()).add(through)
        if len(masks) < 2:
            return []
        kind_of = _tie_kinds(occasion)
        ties = []
        for pair in itertools.combinations(sorted(masks), 2):
            a, b = pair
            kind = kind_of[masks[a] & masks[b]]
            if kind == "met" or a in shared or b in shared:
                # two agents who act for a common institution (a minister for the ministry and the state)
                # do not tie their institutions, as who-met-whom says
                links = [(side_a, side_b) for side_a, lifted_a in entries[a] for side_b, lifted_b in entries[b] if not lifted_a & lifted_b]
                if not links:
                    continue
                if kind == "met" and not _across(links):
                    kind = "took-part-together"  # co-hosts' (or co-guests') institutions, as who-met-whom says
            ties.append((pair, kind))
        return ties

    def people(self, occasion: Occasion) -> dict[str, set[str]] | None:
        """Per node, the labels of the people through whom it took part in `occasion` (organization
        level; None elsewhere, or when no one was lifted)."""
        if not self.lifts:
            return None
        people: dict[str, set[str]] = {}
        self.ties(occasion, people)
        return people or None


def _one_side(occasion: Occasion, roles: Mapping[str, set[str]], a: str, b: str) -> bool:
    """Whether people `a` and `b` are both hosts, both guests, or both among those met ("A met B, C and
    D": side 2) of the meeting. The shared subject of "A and B met C" (side 1) may have met each other."""
    sides = occasion.sides
    return bool(((roles[a] & SIDE_ROLES) | sides.get(a, _NOTHING)) & ((roles[b] & SIDE_ROLES) | sides.get(b, _NOTHING)) & PERSON_SIDES)


def _across(links: list[tuple[frozenset[str] | None, frozenset[str] | None]]) -> bool:
    """Whether some direct agent of one node and some direct agent of the other were not on the same
    side (both hosts, both guests, or one ic:side) of the meeting."""
    return any(side_a is not None and side_b is not None and not (side_a & side_b) for side_a, side_b in links)


def _source_records(sources: Mapping[str, Source]) -> list[dict[str, str]]:
    return [vars(source) for source in sorted(sources.values(), key=lambda source: (source.issued, source.item))]


class _Fact:
    """An occasion or a membership as its ties show it: what every record of its ties shares (its
    label, type, date, news items and their records) and the records made so far, one per tie kind
    and `via` (the people through whom the two actors took part, organization level)."""

    __slots__ = ("iri", "label", "type", "date", "items", "sources", "people", "records")

    def __init__(self, iri: str, label: str, type_: str, date_: str, evidence: Mapping[str, Source],
                 people: Mapping[str, set[str]] | None) -> None:
        self.iri, self.label, self.type, self.date = iri, label, type_, date_
        self.items, self.sources = sorted(evidence), _source_records(evidence)
        self.people = people or None
        self.records: dict[tuple[str, frozenset[str]], dict[str, Any]] = {}

    def record(self, kind: str, a: str, b: str) -> dict[str, Any]:
        """The record of the tie of kind `kind` this fact makes between a and b."""
        people = self.people
        via = frozenset(people.get(a, _NOTHING) | people.get(b, _NOTHING)) if people else _NOTHING
        record = self.records.get((kind, via))
        if record is None:
            record = self.records[(kind, via)] = {"id": self.iri, "label": self.label, "type": self.type, "tie": kind,
                                                  "date": self.date, "via": sorted(via), "sources": self.sources}
        return record


def _check_level(level: str) -> None:
    if level not in LEVELS:
        raise NetworkError(f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")


Tie = tuple[str, str, str]  # (date, occasion or membership IRI, tie kind)


class _Detailer:
    """Makes ties detailed from the details read for their occasions (`read_details`): the one way
    a tie gets them, whether as the network is built (every tie) or later (the ties shown).
    `people`: an occasion's people through whom each node took part (organization level; see `_Lifter.ties`)."""

    def __init__(self, facts: GraphFacts, people: Callable[[Occasion], Mapping[str, set[str]] | None],
                 details: OccasionDetails) -> None:
        self.facts, self.people, self.details = facts, people, details
        self.memberships = {membership.iri: membership for membership in facts.memberships}
        evidence = details.evidence
        for agreement, occasion in facts.folded.items():  # an agreement's items after its signing's own
            found = evidence.get(agreement)
            if found:
                own = evidence[occasion.iri]
                for item, source in found.items():
                    own.setdefault(item, source)
        self.made: dict[str, _Fact] = {}  # fact -> what its ties are detailed with

    def detail(self, a: str, b: str, data: dict[str, Any], found: list[Tie]) -> None:
        """Set `sources` and `occasions` on the data of the edge (a, b) made by the ties `found` (in the order of its `events`)."""
        made = self.made
        if len(found) == 1:  # most ties: one occasion
            ((_, iri, kind),) = found
            fact = made.get(iri) or self._fact(iri)
            data["sources"] = list(fact.items)
            data["occasions"] = [fact.record(kind, a, b)]
            return
        tied, items = [], set()
        for _, iri, kind in found:
            fact = made.get(iri) or self._fact(iri)
            tied.append(fact.record(kind, a, b))
            items.update(fact.items)
        data["sources"] = sorted(items)
        data["occasions"] = tied

    def _fact(self, iri: str) -> _Fact:
        evidence = self.details.evidence.get(iri, {})
        occasion = self.facts.occasions.get(iri)
        if occasion is not None:
            details = self.details
            type_ = details.event_types.get(iri) or ("agreement" if occasion.is_signing else "")
            fact = _Fact(iri, details.labels.get(iri, ""), type_, occasion.date, evidence, self.people(occasion))
        else:
            membership = self.memberships[iri]
            member, organization = self.facts.actors[membership.member], self.facts.actors[membership.organization]
            what = f"{membership.role} of {organization.label}" if membership.role else f"member of {organization.label}"
            fact = _Fact(iri, f"{member.label}: {what}", "post" if member.kind == "person" else "membership",
                         membership.date, evidence, None)
        self.made[iri] = fact
        return fact


class _Unread:
    """What a network needs to read its occasion details later, for the ties a consumer shows: the
    store and the facts it was built from, with the level's lifter to tell again which tie each
    occasion makes and through whom (only an edge of several kinds needs it)."""

    def __init__(self, store: SparqlSource, facts: GraphFacts, lifter: _Lifter) -> None:
        self.store, self.facts, self.lifter = store, facts, lifter

    def fill(self, graph: nx.Graph, edges: list[tuple[str, str, dict[str, Any]]]) -> None:
        """Set `sources` and `occasions` on `edges` (with their data) and `posts` on their actors."""
        facts = self.facts
        events = {event for _, _, data in edges for event in data["events"]}
        occasions = [event for event in events if event in facts.occasions]
        agreements = [agreement for agreement, occasion in facts.folded.items() if occasion.iri in events]
        detailer = _Detailer(facts, self.lifter.people, read_details(self.store, occasions, events.union(agreements)))
        for a, b, data in edges:
            detailer.detail(a, b, data, self._ties(a, b, data))
        everyone = facts.memberships if facts.every_membership else _read_memberships(self.store, MEMBERSHIPS_QUERY).values()
        posts = _posts(facts.actors, everyone)
        for node in {node for a, b, _ in edges for node in (a, b)}:
            data = graph.nodes[node]
            attributes = _node_attributes(facts.actors[node], data["first"], data["last"], posts.get(node, []))
            data.clear()
            data.update(attributes)  # in the order the exports write them

    def _ties(self, a: str, b: str, data: dict[str, Any]) -> list[Tie]:
        """The ties of the edge (a, b), in the order of its `events`: of its one kind, or as each occasion makes them."""
        kinds = data["kinds"]
        if len(kinds) == 1:
            return [("", event, kinds[0]) for event in data["events"]]
        pair = (a, b) if a < b else (b, a)
        occasions = self.facts.occasions
        return [("", event, dict(self.lifter.ties(occasions[event]))[pair] if event in occasions else "member-of")
                for event in data["events"]]


def _node_attributes(actor: Actor, first: str, last: str, posts: list[str] | None) -> dict[str, Any]:
    """A node's data, in the order the exports write it: `posts` only when the details are read."""
    if posts is None:
        return {"label": actor.label, "kind": actor.kind, "aliases": list(actor.aliases), "first": first, "last": last}
    return {"label": actor.label, "kind": actor.kind, "aliases": list(actor.aliases), "posts": list(posts), "first": first, "last": last}


class Network(nx.Graph):
    """An actor network that can read the details of its ties from the store it was projected
    from when a consumer shows them (see `add_details`)."""

    unread: _Unread | None = None


def add_details(graph: nx.Graph, edges: Iterable[tuple[str, str]] | None = None) -> nx.Graph:
    """Fill in the details of `edges` (default: every tie) that only an export, a diagram, a
    timeline or a path shows: `sources` (news items) and `occasions` (a record per occasion with
    its label, type, tie, date, the people it came through and its sources with their sentences;
    one record serves every edge an occasion makes with the same tie and people: read it, do not
    change it) on the edges, and `posts` on their actors. Only those ties' occasions are read
    from the store. A network projected with details, or not projected from a store, has none to read."""
    unread = getattr(graph, "unread", None)
    if unread is None:
        return graph
    chosen = graph.edges(data=True) if edges is None else ((a, b, graph.adj[a][b]) for a, b in edges)
    with _without_cyclic_gc():
        wanted = [(a, b, data) for a, b, data in chosen if "occasions" not in data]
        if wanted:
            unread.fill(graph, wanted)
    if edges is None:
        graph.unread = None  # every tie has its details: the facts can go
    return graph


def build_network(facts: GraphFacts, *, level: str = "organization", filters: Filters = Filters(),
                  store: SparqlSource | None = None,
                  details: OccasionDetails | Callable[[], OccasionDetails] | None = None) -> nx.Graph:
    """The network of `facts` at `level`. Edges: `kinds`, `weight` (occasions), `first`, `last`,
    `events` (occasion IRIs, by date). Nodes: `label`, `kind`, `aliases`, `first`, `last`. With
    the `details` of the store's occasions (`read_details`, and facts read with `posts`; or a
    function that reads them, called once the ties are paired, so that they can be read meanwhile)
    every tie is built with what `add_details` would fill in; else, with the `store` the facts
    were read from, `add_details` reads them later for the ties shown."""
    _check_level(level)
    actors = facts.actors
    lifter = _Lifter(facts, level)
    ties: dict[tuple[str, str], list[Tie]] = {}
    # occasion -> node -> the people through whom it took part there (organization level, for `via`):
    # kept only for the details made in the build; the ties shown later find them again (`_Lifter.people`)
    people_of: dict[str, dict[str, set[str]]] = {}
    people: dict[str, set[str]] | None = {} if details is not None and lifter.lifts else None
    dated, kinds = filters.since is not None or filters.until is not None, filters.kinds
    for iri in sorted(facts.occasions):
        occasion = facts.occasions[iri]
        if dated and not filters.keeps_date(occasion.date):
            continue
        made = lifter.ties(occasion, people)
        if people:
            people_of[iri], people = people, {}
        when = occasion.date
        for pair, kind in made:
            if kinds is None or kind in kinds:
                found = ties.get(pair)
                if found is None:
                    ties[pair] = [(when, iri, kind)]
                else:
                    found.append((when, iri, kind))

    for membership in _tying_memberships(facts, level):
        if filters.keeps("member-of", membership.date):
            pair = tuple(sorted((membership.member, membership.organization)))
            ties.setdefault(pair, []).append((membership.date, membership.iri, "member-of"))

    if callable(details):
        details = details()
    detail = None if details is None else _Detailer(facts, lambda occasion: people_of.get(occasion.iri), details).detail
    edges: list[tuple[str, str, dict[str, Any]]] = []
    spans: dict[str, list[str]] = {}  # node -> [first, last] of its dated ties, in order of appearance
    for (a, b), found in ties.items():
        if len(found) == 1:  # most ties: one occasion
            ((first, event, kind),) = found
            last = first
            edge: dict[str, Any] = {"kinds": [kind], "weight": 1, "first": first, "last": first, "events": [event]}
        else:
            found.sort(key=lambda tie: (tie[0] or "9999", tie[1]))  # the order of `events`, which add_details follows
            dates = [tie[0] for tie in found if tie[0]]
            first, last = (dates[0], dates[-1]) if dates else ("", "")
            edge = {
                "kinds": sorted({tie[2] for tie in found}, key=TIE_KINDS.index),
                "weight": len(found),
                "first": first,
                "last": last,
                "events": [tie[1] for tie in found],
            }
        if detail is not None:
            detail(a, b, edge, found)
        edges.append((a, b, edge))
        for node in (a, b):
            span = spans.get(node)
            if span is None:
                spans[node] = [first, last]
            elif first:
                if not span[0] or first < span[0]:
                    span[0] = first
                if last > span[1]:
                    span[1] = last

    posts = None if details is None else _posts(actors, facts.memberships)
    unread = store is not None and details is None
    # what only made the ties goes before the adjacency is made, where the build's memory peaks
    del ties, people_of, detail, details
    graph = Network(level=level)
    _fill(graph, ((node, _node_attributes(actors[node], first, last, None if posts is None else posts.get(node, [])))
                  for node, (first, last) in spans.items()), edges)
    if unread:
        graph.unread = _Unread(store, facts, lifter)
    return graph


def _tying_memberships(facts: GraphFacts, level: str) -> Iterator[Membership]:
    """The memberships that make member-of ties at `level`: none at the person level, those of
    organizations and states at the organization level, people's posts too at the both level."""
    if level == "person":
        return
    actors = facts.actors
    for membership in facts.memberships:
        member, organization = actors.get(membership.member), actors.get(membership.organization)
        if member is None or organization is None or organization.kind == "person":
            continue
        if member.kind == "person" and level != "both":
            continue
        yield membership


def _tied_facts(facts: GraphFacts, level: str) -> set[str]:
    """The facts whose news items the ties of `level` can show: the occasions, the agreements folded
    into them, and the memberships that make ties there (not people's posts at the organization level)."""
    return set(facts.occasions).union(facts.folded, (membership.iri for membership in _tying_memberships(facts, level)))


def _fill(graph: nx.Graph, nodes: Iterable[tuple[str, dict[str, Any]]], edges: Iterable[tuple[str, str, dict[str, Any]]]) -> None:
    """Add `nodes`, then `edges` between them, to the new, empty `graph`, keeping their data dicts:
    the adjacency `add_nodes_from` and `add_edges_from` would make, in the same order, without
    their copy of every dict and test of every end (a tenth of the build at 100k actors)."""
    node_data, adjacency = graph._node, graph._adj
    for node, data in nodes:
        node_data[node] = data
        adjacency[node] = {}
    for a, b, data in edges:
        adjacency[a][b] = data
        adjacency[b][a] = data


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """Reading the facts and building the network make millions of small containers and no
    reference cycles; the cyclic collector would scan them over and over (a third of the time).
    Afterwards they are moved to the oldest generation unscanned (freeze, then unfreeze): left in
    the youngest, the first collections after it would scan them all, twice (a quarter of an
    every-tie network's time at 100k actors); a full collection still finds any cycle among them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def project(
    store: SparqlSource,
    *,
    level: str = "organization",
    since: date | None = None,
    until: date | None = None,
    kinds: Iterable[str] | None = None,
    around: str | None = None,
    depth: int | None = None,
    details: bool = True,
) -> nx.Graph:
    """The actor network of the store. `around` (an IRI or a label) keeps the actors within
    `depth` ties of that actor (default 1). `details=False` reads only what makes the ties and
    names the actors, for analytics that show no occasion; its ties' details can be read later,
    while the store is open, for the ties a consumer shows (`add_details`). With `details` every
    tie (of the `around` part) has them."""
    _check_level(level)
    if kinds is not None:
        kinds = frozenset(kinds)
        unknown = sorted(kinds - set(TIE_KINDS))
        if unknown:
            raise NetworkError(f"unknown tie kind {', '.join(unknown)}; choose from {', '.join(TIE_KINDS)}")
    if since and until and since > until:
        raise NetworkError(f"--since {since} is after --until {until}")
    every_tie = details and around is None  # every tie's details are read with the facts, and made as the ties are
    with _without_cyclic_gc(), _reading_ahead(store, _fact_queries(level, details) + (_DETAIL_QUERIES if every_tie else ())) as source:
        facts = read_facts(source, level=level, posts=details)
        graph = build_network(facts, level=level, filters=Filters(since, until, kinds), store=store,
                              details=(lambda: read_details(source, among=_tied_facts(facts, level))) if every_tie else None)
    if around is not None:
        graph = ego(graph, around, radius=1 if depth is None else depth)
        if details:
            add_details(graph)  # the ties of the part kept
    return graph


# ---------------------------------------------------------------------------------------------
# Naming actors


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def find_actor(graph: nx.Graph, name: str) -> str:
    """The node named by `name`: its IRI, else its label, else one of its aliases (case-insensitive),
    else the one actor whose label or an alias contains every word of `name` ("Amina")."""
    if name in graph:
        return name
    wanted, words = _fold(name), set(_words(name))
    tiers = (
        lambda data: wanted == _fold(data["label"]),
        lambda data: any(wanted == _fold(alias) for alias in data["aliases"]),
        lambda data: bool(words) and any(words <= set(_words(text)) for text in [data["label"], *data["aliases"]]),
    )
    for matches_tier in tiers:
        matches = sorted(node for node, data in graph.nodes(data=True) if matches_tier(data))
        if len(matches) == 1:
            return matches[0]
        if matches:
            listing = "; ".join(f"{graph.nodes[node]['label']} <{node}>" for node in matches[:10])
            more = f" and {len(matches) - 10} more" if len(matches) > 10 else ""
            raise NetworkError(f"{name!r} names {len(matches)} actors: {listing}{more}. Give the IRI instead.")
    level = graph.graph.get("level", "")
    raise NetworkError(f"no actor {name!r} in the {level + '-level ' if level else ''}network")


# ---------------------------------------------------------------------------------------------
# Analytics


@dataclass(frozen=True)
class Summary:
    level: str
    nodes: int
    edges: int
    density: float
    components: int
    largest_component: int
    nodes_by_kind: dict[str, int]
    edges_by_tie: dict[str, int]
    first: str
    last: str


def summary(graph: nx.Graph) -> Summary:
    components = list(nx.connected_components(graph))
    nodes_by_kind = {kind: 0 for kind in ACTOR_KINDS}
    for _, kind in graph.nodes(data="kind"):
        nodes_by_kind[kind] += 1
    edges_by_tie = {kind: 0 for kind in TIE_KINDS}
    firsts, lasts = [], []
    for _, _, data in graph.edges(data=True):
        for kind in data["kinds"]:
            edges_by_tie[kind] += 1
        firsts += [data["first"]] if data["first"] else []
        lasts += [data["last"]] if data["last"] else []
    return Summary(
        level=graph.graph.get("level", ""),
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        density=nx.density(graph) if graph.number_of_nodes() > 1 else 0.0,
        components=len(components),
        largest_component=max((len(component) for component in components), default=0),
        nodes_by_kind=nodes_by_kind,
        edges_by_tie=edges_by_tie,
        first=min(firsts, default=""),
        last=max(lasts, default=""),
    )


@dataclass(frozen=True)
class Centrality:
    node: str
    label: str
    kind: str
    degree: int
    degree_centrality: float
    betweenness: float
    eigenvector: float


def betweenness_sample(graph: nx.Graph) -> int | None:
    """How many source nodes betweenness samples: all of them (None) up to `EXACT_BETWEENNESS_LIMIT`
    nodes, beyond that as many as `BETWEENNESS_WORK` allows (exact betweenness is O(nodes × edges))."""
    nodes = graph.number_of_nodes()
    if nodes <= EXACT_BETWEENNESS_LIMIT:
        return None
    return min(nodes, max(MIN_BETWEENNESS_SAMPLE, BETWEENNESS_WORK // (nodes + graph.number_of_edges())))


def centralities(graph: nx.Graph, *, seed: int = 0) -> dict[str, Centrality]:
    """Degree, betweenness (sampled on large networks, see `betweenness_sample`) and eigenvector centrality."""
    if graph.number_of_nodes() == 0:
        return {}
    degree = nx.degree_centrality(graph)
    betweenness = nx.betweenness_centrality(graph, k=betweenness_sample(graph), seed=seed)
    eigenvector = eigenvector_centrality(graph)
    return {
        node: Centrality(
            node, data["label"], data["kind"], graph.degree(node), degree[node], betweenness[node], eigenvector[node]
        )
        for node, data in graph.nodes(data=True)
    }


def eigenvector_centrality(graph: nx.Graph, *, max_iter: int = 1000, tol: float = 1e-6) -> dict[str, float]:
    """NetworkX's weighted eigenvector centrality (power iteration on A + I, which also converges on
    bipartite and disconnected graphs), vectorised with numpy: NetworkX's own loop takes minutes
    at 100k nodes."""
    nodes = list(graph)
    index = {node: position for position, node in enumerate(nodes)}
    edges = np.array([(index[a], index[b], data.get("weight", 1)) for a, b, data in graph.edges(data=True)], dtype=float).reshape(-1, 3)
    sources = np.concatenate([edges[:, 0], edges[:, 1]]).astype(np.intp)
    targets = np.concatenate([edges[:, 1], edges[:, 0]]).astype(np.intp)
    weights = np.concatenate([edges[:, 2], edges[:, 2]])
    vector = np.full(len(nodes), 1.0 / len(nodes))
    for _ in range(max_iter):
        following = vector + np.bincount(targets, weights=weights * vector[sources], minlength=len(nodes))
        following /= np.linalg.norm(following) or 1.0
        if np.abs(following - vector).sum() < len(nodes) * tol:
            return dict(zip(nodes, following.tolist(), strict=True))
        vector = following
    raise NetworkError(f"eigenvector centrality did not converge in {max_iter} iterations")


CENTRALITY_MEASURES = ("degree", "betweenness", "eigenvector")


def central(graph: nx.Graph, *, top: int = 10, by: str = "degree", seed: int = 0) -> list[Centrality]:
    if by not in CENTRALITY_MEASURES:
        raise NetworkError(f"unknown measure {by!r}; choose one of {', '.join(CENTRALITY_MEASURES)}")
    key = {"degree": "degree_centrality", "betweenness": "betweenness", "eigenvector": "eigenvector"}[by]
    rows = centralities(graph, seed=seed).values()
    return sorted(rows, key=lambda row: (-getattr(row, key), -row.degree, row.label))[:top]


@dataclass(frozen=True)
class Community:
    index: int
    members: list[tuple[str, str]]  # (IRI, label), by degree then label
    modularity: float

    @property
    def size(self) -> int:
        return len(self.members)


def communities(graph: nx.Graph, *, seed: int = 0, resolution: float = 1.0) -> list[Community]:
    """Louvain communities (weighted by the number of occasions), largest first."""
    if graph.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(graph, weight="weight", resolution=resolution, seed=seed)
    score = nx.community.modularity(graph, found, weight="weight", resolution=resolution)
    ordered = sorted(found, key=lambda members: (-len(members), min(graph.nodes[node]["label"] for node in members)))
    return [
        Community(
            index + 1,
            [(node, graph.nodes[node]["label"]) for node in sorted(members, key=lambda node: (-graph.degree(node), graph.nodes[node]["label"]))],
            score,
        )
        for index, members in enumerate(ordered)
    ]


@dataclass(frozen=True)
class Hop:
    source: str
    target: str
    source_label: str
    target_label: str
    kinds: list[str]
    occasions: list[dict[str, Any]]


def path(graph: nx.Graph, start: str, end: str) -> list[Hop]:
    """The shortest chain of ties (fewest hops) from one actor to another, with the occasions of each tie."""
    a, b = find_actor(graph, start), find_actor(graph, end)
    try:
        nodes = nx.shortest_path(graph, a, b)
    except nx.NetworkXNoPath:
        raise NetworkError(f"{graph.nodes[a]['label']} and {graph.nodes[b]['label']} are not connected in this network") from None
    hops = list(itertools.pairwise(nodes))
    add_details(graph, hops)
    return [Hop(u, v, graph.nodes[u]["label"], graph.nodes[v]["label"], graph.edges[u, v]["kinds"], graph.edges[u, v]["occasions"])
            for u, v in hops]


def ego(graph: nx.Graph, name: str, *, radius: int = 1) -> nx.Graph:
    """The actors within `radius` ties of the named actor, and the ties among them."""
    if radius < 0:
        raise NetworkError(f"depth must be 0 or more, not {radius}")
    center = find_actor(graph, name)
    sub = nx.ego_graph(graph, center, radius=radius).copy()
    sub.graph.update(graph.graph, center=center)
    if isinstance(sub, Network):
        sub.unread = getattr(graph, "unread", None)  # the details of the ties kept can still be read
    return sub
