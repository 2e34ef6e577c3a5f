"""What the graph says about one entity or event, each fact with the sentence it came from.

`explain(store, "ICESCO")` finds the entities and events whose IRI is the given one, or whose
preferred or alternative label equals the given text (case-insensitively), and returns one
`Explanation` per match: labels, types, posts, events (dates, places, co-participants) and
agreements, each fact with its sources (news item, title, quoted sentence, offsets, confidence).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.term import Node

from icgraph.bindings import check_iri
from icgraph.errors import QueryError
from icgraph.store import GraphStore
from icgraph.vocab import sparql_prefixes

PREFIXES = sparql_prefixes("ic", "schema", "org", "prov", "skos", "dcterms")

EVENT_ROLES = ("participant", "host", "guest", "chair", "signatory", "organizer", "partner", "patron")
ROLE_FILTER = ", ".join(f"ic:{role}" for role in EVENT_ROLES)


@dataclass(frozen=True)
class Source:
    """Where a fact was read."""

    item: str
    title: str = ""
    quote: str = ""
    start: int | None = None
    end: int | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Agent:
    iri: str
    label: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class PostFact:
    person: str
    person_label: str
    role: str
    organization: str
    organization_label: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class EventFact:
    event: str
    label: str
    kind: str
    roles: tuple[str, ...]  # the roles of the explained entity (empty when the event itself is explained)
    date: str | None
    end_date: str | None
    place: str | None
    venue: str | None
    agents: tuple[Agent, ...]  # every participant, organizer, partner, patron of the event
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class AgreementFact:
    agreement: str
    label: str
    kind: str
    date: str | None
    parties: tuple[Agent, ...]
    signatories: tuple[Agent, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Explanation:
    iri: str
    label: str
    types: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    posts: tuple[PostFact, ...] = ()
    events: tuple[EventFact, ...] = ()
    agreements: tuple[AgreementFact, ...] = ()

    @property
    def is_event(self) -> bool:
        return "Event" in self.types


def local_name(iri: str) -> str:
    return iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _text(row: dict[str, Node], key: str) -> str | None:
    value = row.get(key)
    return str(value) if value is not None else None


def _select(store: GraphStore, sparql: str, **bindings: Node) -> list[dict[str, Node]]:
    return store.select(PREFIXES + sparql, bindings or None).rows


# --------------------------------------------------------------------------- finding the subject


def find_subjects(store: GraphStore, target: str, base: str | None = None) -> list[str]:
    """IRIs of the entities and events that `target` names: an IRI, a path under the base
    ("person/amina-rahimi"), or a label (preferred or alternative, any case)."""
    candidates = [target]
    if base and not target.startswith(("http://", "https://", "urn:")):
        candidates += [f"{base}id/{target.strip('/')}", f"{base}{target.strip('/')}"]
    for candidate in candidates:
        try:
            iri = check_iri(candidate)
        except QueryError:  # not an IRI: a label
            continue
        known = store.select("ASK WHERE { GRAPH ?g { ?s a ?type } }", {"s": iri}).boolean
        if known:
            return [candidate]
    rows = _select(
        store,
        """SELECT DISTINCT ?s WHERE {
          GRAPH ?g { ?s skos:prefLabel|skos:altLabel ?label }
          FILTER(LCASE(STR(?label)) = LCASE(STR(?target)))
        } ORDER BY ?s""",
        target=Literal(target),
    )
    return [str(row["s"]) for row in rows]


# --------------------------------------------------------------------------- sources


def sources_of(store: GraphStore, facts: Iterable[str]) -> dict[str, tuple[Source, ...]]:
    """The evidence of each fact: item, title, quote, offsets, confidence."""
    found: dict[str, list[Source]] = defaultdict(list)
    for fact in sorted(set(facts)):
        rows = _select(
            store,
            """SELECT ?item ?title ?quote ?start ?end ?confidence WHERE {
              GRAPH ?g { ?fact prov:qualifiedDerivation ?d . ?d prov:entity ?item .
                OPTIONAL { ?d ic:quote ?quote } OPTIONAL { ?d ic:charStart ?start }
                OPTIONAL { ?d ic:charEnd ?end } OPTIONAL { ?d ic:confidence ?confidence } }
              OPTIONAL { GRAPH ?h { ?item dcterms:title ?title } }
            } ORDER BY ?item""",
            fact=URIRef(fact),
        )
        for row in rows:
            found[fact].append(
                Source(
                    item=str(row["item"]),
                    title=_text(row, "title") or "",
                    quote=_text(row, "quote") or "",
                    start=int(row["start"]) if "start" in row else None,
                    end=int(row["end"]) if "end" in row else None,
                    confidence=float(row["confidence"]) if "confidence" in row else None,
                )
            )
    return {fact: tuple(sources) for fact, sources in found.items()}


# --------------------------------------------------------------------------- the facts


def _describe(store: GraphStore, iri: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    rows = _select(
        store,
        """SELECT ?type ?label ?alias WHERE {
          { GRAPH ?g { ?s a ?type } } UNION { GRAPH ?g { ?s skos:prefLabel ?label } }
          UNION { GRAPH ?g { ?s skos:altLabel ?alias } }
        }""",
        s=URIRef(iri),
    )
    labels = sorted({str(r["label"]) for r in rows if "label" in r})
    aliases = sorted({str(r["alias"]) for r in rows if "alias" in r} - set(labels))
    types = tuple(sorted({local_name(str(r["type"])) for r in rows if "type" in r}))
    return (labels[0] if labels else local_name(iri)), types, tuple(aliases)


def _posts(store: GraphStore, iri: str) -> tuple[PostFact, ...]:
    rows = _select(
        store,
        """SELECT DISTINCT ?post ?person ?personLabel ?role ?roleLabel ?organization ?organizationLabel WHERE {
          GRAPH ?g { ?post a org:Membership ; org:member ?person ; org:organization ?organization .
            OPTIONAL { ?post ic:roleLabel ?roleLabel } OPTIONAL { ?post org:role ?role } }
          FILTER(?person = ?subject || ?organization = ?subject)
          OPTIONAL { GRAPH ?h { ?person skos:prefLabel ?personLabel } }
          OPTIONAL { GRAPH ?k { ?organization skos:prefLabel ?organizationLabel } }
        } ORDER BY ?personLabel ?organizationLabel ?roleLabel""",
        subject=URIRef(iri),
    )
    sources = sources_of(store, (str(r["post"]) for r in rows))
    posts: dict[str, PostFact] = {}
    for r in rows:
        role = _text(r, "roleLabel") or (local_name(str(r["role"])).replace("-", " ") if "role" in r else "member")
        posts.setdefault(
            str(r["post"]),
            PostFact(
                person=str(r["person"]),
                person_label=_text(r, "personLabel") or local_name(str(r["person"])),
                role=role,
                organization=str(r["organization"]),
                organization_label=_text(r, "organizationLabel") or local_name(str(r["organization"])),
                sources=sources.get(str(r["post"]), ()),
            ),
        )
    return tuple(posts.values())


def _agents(rows: Sequence[dict[str, Node]]) -> dict[str, tuple[Agent, ...]]:
    """event -> its agents with their roles ("participant" dropped where a more specific role is given)."""
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    labels: dict[str, str] = {}
    for r in rows:
        agent = str(r["agent"])
        roles[str(r["event"])][agent].add(local_name(str(r["roleProperty"])))
        labels[agent] = _text(r, "agentLabel") or labels.get(agent) or local_name(agent)
    result: dict[str, tuple[Agent, ...]] = {}
    for event, by_agent in roles.items():
        result[event] = tuple(
            sorted(
                (Agent(agent, labels[agent], _specific(agent_roles)) for agent, agent_roles in by_agent.items()),
                key=lambda a: (a.label.casefold(), a.iri),
            )
        )
    return result


def _specific(roles: set[str]) -> tuple[str, ...]:
    specific = roles - {"participant"} if roles - {"participant", "organizer", "partner", "patron"} else roles
    return tuple(sorted(specific or roles))


def _event_facts(store: GraphStore, events: Sequence[str], subject: str | None) -> tuple[EventFact, ...]:
    if not events:
        return ()
    facts = []
    for event in events:
        details = _select(
            store,
            """SELECT ?label ?kind ?date ?endDate ?placeLabel ?place ?venue WHERE {
              GRAPH ?g { ?event a ic:Event .
                OPTIONAL { ?event skos:prefLabel ?label } OPTIONAL { ?event ic:eventType ?kind }
                OPTIONAL { ?event schema:startDate ?date } OPTIONAL { ?event schema:endDate ?endDate }
                OPTIONAL { ?event ic:venue ?venue } }
              OPTIONAL { GRAPH ?l { ?event schema:location ?place }
                OPTIONAL { GRAPH ?h { ?place skos:prefLabel ?placeLabel } } }
            } LIMIT 1""",
            event=URIRef(event),
        )
        agent_rows = _select(
            store,
            f"""SELECT ?event ?roleProperty ?agent ?agentLabel WHERE {{
              GRAPH ?g {{ ?event ?roleProperty ?agent . FILTER(?roleProperty IN ({ROLE_FILTER})) }}
              OPTIONAL {{ GRAPH ?h {{ ?agent skos:prefLabel ?agentLabel }} }}
            }}""",
            event=URIRef(event),
        )
        agents = _agents(agent_rows).get(event, ())
        d = details[0] if details else {}
        subject_roles = next((a.roles for a in agents if a.iri == subject), ())
        facts.append(
            EventFact(
                event=event,
                label=_text(d, "label") or local_name(event),
                kind=local_name(_text(d, "kind") or ""),
                roles=subject_roles,
                date=_text(d, "date"),
                end_date=_text(d, "endDate"),
                place=_text(d, "placeLabel") or (local_name(str(d["place"])) if "place" in d else None),
                venue=_text(d, "venue"),
                agents=tuple(a for a in agents if a.iri != subject),
                sources=(),
            )
        )
    sources = sources_of(store, events)
    facts = [EventFact(**{**f.__dict__, "sources": sources.get(f.event, ())}) for f in facts]
    return tuple(sorted(facts, key=lambda f: (f.date or "9999", f.label)))


def _events_of(store: GraphStore, iri: str) -> tuple[EventFact, ...]:
    rows = _select(
        store,
        f"""SELECT DISTINCT ?event WHERE {{
          GRAPH ?g {{ ?event a ic:Event ; ?roleProperty ?subject . FILTER(?roleProperty IN ({ROLE_FILTER})) }}
        }}""",
        subject=URIRef(iri),
    )
    return _event_facts(store, [str(r["event"]) for r in rows], iri)


def _agreements_of(store: GraphStore, iri: str) -> tuple[AgreementFact, ...]:
    rows = _select(
        store,
        """SELECT DISTINCT ?agreement WHERE {
          GRAPH ?g { ?agreement a ic:Agreement . { ?agreement ic:party ?subject } UNION { ?agreement ic:signatory ?subject } }
        }""",
        subject=URIRef(iri),
    )
    agreements = [str(r["agreement"]) for r in rows]
    sources = sources_of(store, agreements)
    facts = []
    for agreement in agreements:
        details = _select(
            store,
            """SELECT ?label ?kind ?date WHERE {
              GRAPH ?g { ?agreement a ic:Agreement . OPTIONAL { ?agreement skos:prefLabel ?label }
                OPTIONAL { ?agreement ic:agreementType ?kind } OPTIONAL { ?agreement schema:dateCreated ?date } }
            } LIMIT 1""",
            agreement=URIRef(agreement),
        )
        members = _select(
            store,
            """SELECT ?roleProperty ?agent ?agentLabel WHERE {
              GRAPH ?g { ?agreement ?roleProperty ?agent . FILTER(?roleProperty IN (ic:party, ic:signatory)) }
              OPTIONAL { GRAPH ?h { ?agent skos:prefLabel ?agentLabel } }
            } ORDER BY ?agentLabel""",
            agreement=URIRef(agreement),
        )
        d = details[0] if details else {}

        def agents(role: str) -> tuple[Agent, ...]:
            return tuple(
                Agent(str(m["agent"]), _text(m, "agentLabel") or local_name(str(m["agent"])), (role,))
                for m in members
                if local_name(str(m["roleProperty"])) == role
            )

        facts.append(
            AgreementFact(
                agreement=agreement,
                label=_text(d, "label") or local_name(agreement),
                kind=local_name(_text(d, "kind") or ""),
                date=_text(d, "date"),
                parties=agents("party"),
                signatories=agents("signatory"),
                sources=sources.get(agreement, ()),
            )
        )
    return tuple(sorted(facts, key=lambda f: (f.date or "9999", f.label)))


def explain_iri(store: GraphStore, iri: str) -> Explanation:
    label, types, aliases = _describe(store, iri)
    if "Event" in types:
        return Explanation(iri, label, types, aliases, events=_event_facts(store, [iri], None))
    return Explanation(
        iri,
        label,
        types,
        aliases,
        posts=_posts(store, iri),
        events=_events_of(store, iri),
        agreements=_agreements_of(store, iri),
    )


def explain(store: GraphStore, target: str, *, base: str | None = None) -> list[Explanation]:
    """One Explanation per entity or event that `target` names (an IRI or a label)."""
    return [explain_iri(store, iri) for iri in find_subjects(store, target, base)]
