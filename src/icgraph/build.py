"""Build RDF graphs from resolved extraction records (docs/graph-model.md is the contract).

This stage knows nothing of NLP or of the store: records in, rdflib graphs (or sets of rdflib
triples, which ingest writes without the cost of an rdflib graph) out.

* `build_item_graph`   one news item's metadata and facts (its named graph `graph/item/…`);
  `item_triples` the same as a set of triples
* `build_entity_graph` the descriptions of entities (the named graph `graph/entities`);
  `entity_triples` the same as a set of triples
* `ontology_graph`     ontology + vendored axioms + SKOS vocabularies (the named graph `graph/ontology`)

Supertypes are materialised (an event of kind visit is typed ic:Visit, ic:Meeting, ic:Event and
schema:Event), and so is `ic:participant` for every direct role, so that plain SPARQL without
inference finds everything. Graphs contain no blank nodes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache

from rdflib import Graph, Literal, URIRef

from icgraph.config import DEFAULT_BASE, ONTOLOGY_DIR
from icgraph.iri import (
    agreement_iri,
    entity_iri,
    event_iri,
    encounter_iri,
    evidence_iri,
    participation_iri,
    item_iri,
    membership_iri,
    post_iri,
    slugify,
    vocab_iri,
    vocab_scheme_iri,
)
from icgraph.model import (
    DIRECT_ROLES,
    Agreement,
    AgreementKind,
    EntityKind,
    Event,
    EventKind,
    Evidence,
    Membership,
    Participation,
    OrgType,
    Post,
    Resolution,
    ResolvedEntity,
    Role,
)
from icgraph.vocab import FOAF, IC, ORG, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, DCTERMS

ONTOLOGY_FILES = ("icgraph.ttl", "imports.ttl")
VOCABULARY_FILE = "vocab.ttl"
EVENT_TYPE_SCHEME = "event-type"
ROLE_SCHEME = "role"
AGREEMENT_TYPE_SCHEME = "agreement-type"
REBASED_SCHEMES = (EVENT_TYPE_SCHEME, ROLE_SCHEME, AGREEMENT_TYPE_SCHEME)

MATERIALISED_NAMESPACES = (str(IC), str(ORG), str(SCHEMA), str(FOAF))
"""Superclasses in these namespaces are asserted on every node (SEM, LODE and PROV are alignments only)."""

ORGANIZATION_CLASSES = {
    OrgType.INTERGOVERNMENTAL: IC.IntergovernmentalOrganization,
    OrgType.GOVERNMENT: IC.GovernmentBody,
    OrgType.EDUCATIONAL: IC.EducationalInstitution,
    OrgType.CULTURAL: IC.CulturalInstitution,
    OrgType.COMPANY: IC.Company,
    OrgType.NGO: IC.NonGovernmentalOrganization,
    OrgType.UNIT: ORG.OrganizationalUnit,
    OrgType.OTHER: ORG.Organization,
}

ENTITY_CLASSES = {
    EntityKind.PERSON: IC.Person,
    EntityKind.COUNTRY: IC.Country,
    EntityKind.PLACE: IC.Place,
}

EVENT_CLASSES = {
    EventKind.MEETING: IC.Meeting,
    EventKind.VISIT: IC.Visit,
    EventKind.RECEPTION: IC.Reception,
    EventKind.TALKS: IC.Talks,
    EventKind.PHONE_CALL: IC.PhoneCall,
    EventKind.VIDEO_CONFERENCE: IC.VideoConference,
    EventKind.CREDENTIALS: IC.CredentialsPresentation,
    EventKind.FAREWELL: IC.FarewellCall,
    EventKind.SIGNING: IC.Signing,
    EventKind.CEREMONY: IC.Ceremony,
    EventKind.CONFERENCE: IC.Conference,
    EventKind.FORUM: IC.Forum,
    EventKind.FESTIVAL: IC.Festival,
    EventKind.FAIR: IC.Fair,
    EventKind.PROGRAMME: IC.Programme,
    EventKind.TRAINING: IC.Training,
    EventKind.COMPETITION: IC.Competition,
    EventKind.LAUNCH: IC.Launch,
    EventKind.OTHER: IC.Event,
}

AGREEMENT_CLASSES = {
    AgreementKind.MEMORANDUM_OF_UNDERSTANDING: IC.MemorandumOfUnderstanding,
    AgreementKind.AGREEMENT: IC.Agreement,
    AgreementKind.LETTER_OF_INTENT: IC.LetterOfIntent,
    AgreementKind.PROTOCOL: IC.Protocol,
    AgreementKind.CONVENTION: IC.Convention,
    AgreementKind.JOINT_DECLARATION: IC.JointDeclaration,
    AgreementKind.PROGRAMME: IC.ExecutiveProgramme,
    AgreementKind.OTHER: IC.Agreement,
}

ROLE_PROPERTIES = {
    Role.PARTICIPANT: IC.participant,
    Role.HOST: IC.host,
    Role.GUEST: IC.guest,
    Role.CHAIR: IC.chair,
    Role.SIGNATORY: IC.signatory,
    Role.ORGANIZER: IC.organizer,
    Role.PARTNER: IC.partner,
    Role.PATRON: IC.patron,
}

Triple = tuple[URIRef, URIRef, URIRef | Literal]

MAX_NAMES_IN_LABEL = 3
IRI_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")


# --------------------------------------------------------------------------------------------
# Ontology and vocabularies (parsed once, copied out)


@cache
def _parsed(filename: str) -> Graph:
    return Graph().parse(ONTOLOGY_DIR / filename, format="turtle")


def _rebase(node, base: str):
    """A vocabulary concept IRI of the default base moved to `base`; anything else unchanged."""
    if isinstance(node, URIRef):
        text = str(node)
        for scheme in REBASED_SCHEMES:
            default = str(vocab_scheme_iri(scheme, DEFAULT_BASE))
            if text == default or text.startswith(f"{default}/"):
                return URIRef(str(vocab_scheme_iri(scheme, base)) + text[len(default) :])
    return node


def _new_graph() -> Graph:
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


@cache
def _ontology(base: str) -> Graph:
    graph = _new_graph()
    for filename in ONTOLOGY_FILES:
        graph += _parsed(filename)
    for s, p, o in _parsed(VOCABULARY_FILE):
        graph.add((_rebase(s, base), p, _rebase(o, base)))
    return graph


def ontology_graph(base: str = DEFAULT_BASE) -> Graph:
    """The ontology, the vendored axioms of imported vocabularies and the SKOS vocabularies with
    concept IRIs under `base`. A fresh copy: changing it does not affect later calls."""
    copy = _new_graph()
    copy += _ontology(base)
    return copy


@cache
def ontology_triples(base: str = DEFAULT_BASE) -> frozenset[Triple]:
    """The triples of `ontology_graph(base)`, made once (every ingest writes them)."""
    return frozenset(_ontology(base))


@cache
def _axioms() -> Graph:
    graph = _new_graph()
    for filename in ONTOLOGY_FILES:
        graph += _parsed(filename)
    return graph


def ontology_axioms() -> Graph:
    """Ontology + imports without the vocabularies: the class hierarchy SHACL needs (pySHACL's
    `ont_graph`). A fresh copy."""
    copy = _new_graph()
    copy += _axioms()
    return copy


@cache
def materialised_types(rdf_class: URIRef) -> tuple[URIRef, ...]:
    """`rdf_class` and its superclasses in the ic:, org:, schema: and foaf: namespaces, sorted."""
    axioms = _axioms()
    found = {rdf_class}
    frontier = [rdf_class]
    while frontier:
        for parent in axioms.objects(frontier.pop(), RDFS.subClassOf):
            if isinstance(parent, URIRef) and parent not in found:
                found.add(parent)
                frontier.append(parent)
    return tuple(sorted(node for node in found if str(node).startswith(MATERIALISED_NAMESPACES)))


@cache
def _concept_labels(scheme: str) -> dict[str, str]:
    """slug of the concept IRI -> its English preferred label, for one scheme of vocab.ttl."""
    vocabulary = _parsed(VOCABULARY_FILE)
    scheme_node = vocab_scheme_iri(scheme, DEFAULT_BASE)
    prefix = f"{scheme_node}/"
    return {
        str(concept)[len(prefix):]: str(vocabulary.value(concept, SKOS.prefLabel))
        for concept in vocabulary.subjects(SKOS.inScheme, scheme_node)
        if str(concept).startswith(prefix)
    }


@cache
def _role_slugs_by_wording() -> dict[str, str]:
    """slug of every preferred or alternative label of a role concept -> the concept's slug."""
    vocabulary = _parsed(VOCABULARY_FILE)
    prefix = f"{vocab_scheme_iri(ROLE_SCHEME, DEFAULT_BASE)}/"
    index: dict[str, str] = {}
    for slug in _concept_labels(ROLE_SCHEME):
        concept = URIRef(prefix + slug)
        index[slug] = slug
        for label in vocabulary.objects(concept, SKOS.altLabel):
            index.setdefault(slugify(str(label)), slug)
        index.setdefault(slugify(str(vocabulary.value(concept, SKOS.prefLabel))), slug)
    return index


def role_slug(role: str) -> str:
    """The role concept a wording of a role stands for: "Director General" and "Director-General"
    -> "director-general", "Foreign Minister" -> "minister-of-foreign-affairs". Wordings not in
    the vocabulary keep their own slug."""
    slug = slugify(role)
    return _role_slugs_by_wording().get(slug, slug)


def kind_label(scheme: str, kind: str) -> str:
    """The preferred label of an event or agreement type, capitalised: "Phone call"."""
    label = _concept_labels(scheme).get(kind, kind.replace("-", " "))
    return label[:1].upper() + label[1:]


# --------------------------------------------------------------------------------------------
# Entities


def entity_types(entity: ResolvedEntity) -> tuple[URIRef, ...]:
    if entity.kind is EntityKind.ORGANIZATION:
        rdf_class = ORGANIZATION_CLASSES[entity.org_type or OrgType.OTHER]
    else:
        rdf_class = ENTITY_CLASSES[entity.kind]
    return materialised_types(rdf_class)


def build_entity_graph(entities: Iterable[ResolvedEntity], base: str = DEFAULT_BASE) -> Graph:
    """Types, one skos:prefLabel, aliases as skos:altLabel, ISO code, parent and country of each
    entity. When an id occurs twice, the later record wins."""
    return _graph_of(entity_triples(entities, base))


def _graph_of(triples: Iterable[Triple]) -> Graph:
    graph = _new_graph()
    for triple in triples:
        graph.add(triple)
    return graph


def entity_triples(entities: Iterable[ResolvedEntity], base: str = DEFAULT_BASE) -> set[Triple]:
    """The triples of `build_entity_graph`."""
    graph: set[Triple] = set()
    for entity in {entity.id: entity for entity in entities}.values():
        node = entity_iri(entity.id, base)
        for rdf_class in entity_types(entity):
            graph.add((node, RDF.type, rdf_class))
        graph.add((node, SKOS.prefLabel, Literal(entity.name)))
        for alias in entity.aliases:
            if alias and alias != entity.name:
                graph.add((node, SKOS.altLabel, Literal(alias)))
        if entity.kind is EntityKind.COUNTRY and entity.iso_code:
            graph.add((node, SKOS.notation, Literal(entity.iso_code.upper())))
        if entity.parent and entity.kind is EntityKind.ORGANIZATION:
            parent = entity_iri(entity.parent, base)
            graph.add((node, ORG.subOrganizationOf, parent))
            if entity.org_type is OrgType.UNIT:
                graph.add((node, ORG.unitOf, parent))
        if entity.country and entity.kind in (EntityKind.ORGANIZATION, EntityKind.PLACE):
            graph.add((node, IC.country, entity_iri(entity.country, base)))
    return graph


# --------------------------------------------------------------------------------------------
# Items and their facts


@dataclass
class _ItemContext:
    """What building one item needs: the resolution, the base and the item's IRI."""

    resolution: Resolution
    base: str
    item: URIRef
    graph: set[Triple]
    names: dict[str, str] = field(default_factory=dict)

    def iri(self, key: str | None) -> URIRef | None:
        """The IRI of the entity an item-local key was resolved to (None when it was not)."""
        if key is None or key not in self.resolution.ids:
            return None
        return entity_iri(self.resolution.ids[key], self.base)

    def iris(self, keys: Iterable[str]) -> list[URIRef]:
        return list(dict.fromkeys(iri for key in keys if (iri := self.iri(key)) is not None))

    def name(self, key: str) -> str:
        """How a label names an entity: a person by their resolved full name, an organization,
        country or place as the item words it ("UNDP" rather than its long name)."""
        try:
            mention = self.resolution.extraction.entity(key)
        except KeyError:
            mention = None
        entity_id = self.resolution.ids.get(key)
        if mention is not None and mention.kind is not EntityKind.PERSON:
            return mention.name
        if entity_id in self.names:
            return self.names[entity_id]
        return mention.name if mention is not None else key


def _types(graph: set[Triple], node: URIRef, rdf_class: URIRef) -> None:
    for type_ in materialised_types(rdf_class):
        graph.add((node, RDF.type, type_))


def _url(value: str) -> URIRef | Literal:
    """A URL as an IRI node, or as an xsd:anyURI literal when it is not a valid IRI (spaces, quotes)."""
    return URIRef(value) if IRI_PATTERN.match(value) else Literal(value, datatype=XSD.anyURI)


@lru_cache(maxsize=256)  # a few values, again and again (bounded: an Extractor may give any float)
def _confidence(value: float) -> Literal:
    return Literal(Decimal(str(round(value, 4))), datatype=XSD.decimal)


def _add_provenance(ctx: _ItemContext, fact: URIRef, evidence: Evidence) -> None:
    graph, item = ctx.graph, ctx.item
    node = evidence_iri(fact, item)
    text = ctx.resolution.extraction.item.text
    graph.add((fact, PROV.wasDerivedFrom, item))
    graph.add((fact, PROV.qualifiedDerivation, node))
    graph.add((node, RDF.type, PROV.Derivation))
    graph.add((node, PROV.entity, item))
    graph.add((node, IC.quote, Literal(evidence.quote or text[evidence.start : evidence.end])))
    graph.add((node, IC.charStart, Literal(evidence.start)))
    graph.add((node, IC.charEnd, Literal(evidence.end)))
    graph.add((node, IC.confidence, _confidence(evidence.confidence)))


def _add_item(ctx: _ItemContext) -> None:
    item, graph = ctx.resolution.extraction.item, ctx.graph
    node = ctx.item
    _types(graph, node, IC.NewsItem)
    graph.add((node, DCTERMS.identifier, Literal(item.id)))
    graph.add((node, IC.text, Literal(item.text)))
    graph.add((node, IC.contentFingerprint, Literal(item.fingerprint)))
    if item.title:
        graph.add((node, DCTERMS.title, Literal(item.title)))
    if item.published:
        graph.add((node, DCTERMS.issued, Literal(item.published)))
    if item.url:
        graph.add((node, SCHEMA.url, _url(item.url)))
    if item.publisher:
        graph.add((node, DCTERMS.publisher, Literal(item.publisher)))


def _names_phrase(names: list[str]) -> str:
    if len(names) > MAX_NAMES_IN_LABEL:
        shown = names[: MAX_NAMES_IN_LABEL - 1]
        return f"{', '.join(shown)} and {len(names) - len(shown)} others"
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} and {names[-1]}"


def event_label(ctx: _ItemContext, event: Event, participations) -> str:
    """The event's name if the text gives one, else e.g. "Meeting of A and B"."""
    if event.name:
        return event.name
    kind = kind_label(EVENT_TYPE_SCHEME, event.kind.value)
    direct = [p.agent for p in participations if p.role in DIRECT_ROLES]
    organizers = [p.agent for p in participations if p.role is Role.ORGANIZER]
    if direct:
        return f"{kind} of {_names_phrase(list(dict.fromkeys(ctx.name(key) for key in direct)))}"
    if organizers:
        return f"{kind} organized by {_names_phrase(list(dict.fromkeys(ctx.name(key) for key in organizers)))}"
    if event.start:
        return f"{kind} on {event.start.isoformat()}"
    return kind


def _event_key(ctx: _ItemContext, event: Event) -> URIRef:
    direct = ctx.iris(p.agent for p in event.participations if p.role in DIRECT_ROLES)
    agents = direct or ctx.iris(p.agent for p in event.participations)
    context = "" if event.start else str(ctx.item)
    return event_iri(event.kind.value, event.start, agents, ctx.base, context=context)


def _grouped_events(ctx: _ItemContext) -> Iterator[tuple[URIRef, Event, list]]:
    """Events by IRI: an event reported twice in one item is one node; the first report gives its
    name, place and evidence, the participations of all reports are kept."""
    groups: dict[URIRef, tuple[Event, list]] = {}
    for event in ctx.resolution.extraction.events:
        node = _event_key(ctx, event)
        if node not in groups:
            groups[node] = (event, [])
        groups[node][1].extend(event.participations)
    for node, (event, participations) in groups.items():
        yield node, event, list(dict.fromkeys(participations))


def _add_event(ctx: _ItemContext, node: URIRef, event: Event, participations) -> None:
    graph = ctx.graph
    _types(graph, node, EVENT_CLASSES[event.kind])
    graph.add((node, IC.eventType, vocab_iri(EVENT_TYPE_SCHEME, event.kind.value, ctx.base)))
    graph.add((node, SKOS.prefLabel, Literal(event_label(ctx, event, participations))))
    if event.start:
        graph.add((node, SCHEMA.startDate, Literal(event.start)))
    if event.end:
        graph.add((node, SCHEMA.endDate, Literal(event.end)))
    if (place := ctx.iri(event.place)) is not None:
        graph.add((node, SCHEMA.location, place))
    if event.venue:
        graph.add((node, IC.venue, Literal(event.venue)))
    sides = _sides(participations)
    for participation in participations:
        agent = ctx.iri(participation.agent)
        if agent is None:
            continue
        graph.add((node, ROLE_PROPERTIES[participation.role], agent))
        if participation.role in DIRECT_ROLES:
            graph.add((node, IC.participant, agent))
        _add_participation(ctx, node, agent, participation)
        if participation.agent in sides:
            graph.add((participation_iri(node, agent), IC.side, Literal(sides[participation.agent])))
    if IC.Meeting in materialised_types(EVENT_CLASSES[event.kind]):
        _add_encounters(ctx, node, participations, sides)
    _add_provenance(ctx, node, event.evidence)


def _add_encounters(ctx: _ItemContext, meeting: URIRef, participations: list[Participation], sides: dict[str, int]) -> None:
    """One ic:Encounter per pair of the meeting's direct participants who met as the report states
    it: not two hosts, not two guests, not two on side 2 ("A met B, C and D"), never one with itself.
    The pair is ordered by IRI (ic:first before ic:second), so a query lists each pair once."""
    by_role: dict[Role, set[URIRef]] = defaultdict(set)
    side_two: set[URIRef] = set()
    for participation in participations:
        if (agent := ctx.iri(participation.agent)) is not None:
            by_role[participation.role].add(agent)
            if sides.get(participation.agent) == 2:
                side_two.add(agent)
    direct = set().union(*(by_role[role] for role in DIRECT_ROLES))
    apart = (by_role[Role.HOST], by_role[Role.GUEST], side_two)
    graph = ctx.graph
    for first, second in combinations(sorted(direct, key=str), 2):
        if any(first in group and second in group for group in apart):
            continue
        encounter = encounter_iri(meeting, first, second)
        graph.add((encounter, RDF.type, IC.Encounter))
        graph.add((encounter, IC.meeting, meeting))
        graph.add((encounter, IC.first, first))
        graph.add((encounter, IC.second, second))


def _sides(participations: list[Participation]) -> dict[str, int]:
    """The side each agent was on, where every report of the event that names the agent gives the
    same one (two reports that read the sides the other way round give none)."""
    found: dict[str, set[int | None]] = defaultdict(set)
    for participation in participations:
        found[participation.agent].add(participation.side)
    return {agent: sides.pop() for agent, sides in found.items() if len(sides) == 1 and None not in sides}


def _add_participation(ctx: _ItemContext, event: URIRef, agent: URIRef, participation: Participation) -> None:
    """The qualified participation node: agent, role in the event, and whom the agent acts for."""
    graph = ctx.graph
    node = participation_iri(event, agent)
    graph.add((event, IC.qualifiedParticipation, node))
    graph.add((node, RDF.type, IC.Participation))
    graph.add((node, IC.agent, agent))
    graph.add((node, IC.role, vocab_iri(ROLE_SCHEME, participation.role.value, ctx.base)))
    for party in ctx.iris(participation.on_behalf_of):
        graph.add((node, IC.onBehalfOf, party))
    if participation.inferred_from is not None:  # the side comes from the person's post in that item
        graph.add((node, PROV.wasDerivedFrom, item_iri(participation.inferred_from, ctx.base)))


def _agreement_key(ctx: _ItemContext, agreement: Agreement) -> URIRef:
    context = "" if agreement.date else str(ctx.item)
    return agreement_iri(agreement.kind.value, agreement.date, ctx.iris(agreement.parties), ctx.base, context=context)


def agreement_label(ctx: _ItemContext, agreement: Agreement) -> str:
    if agreement.title:
        return agreement.title
    kind = kind_label(AGREEMENT_TYPE_SCHEME, agreement.kind.value)
    names = list(dict.fromkeys(ctx.name(key) for key in agreement.parties))
    return f"{kind} between {_names_phrase(names)}" if names else kind


def _add_agreement(ctx: _ItemContext, node: URIRef, agreement: Agreement) -> None:
    graph = ctx.graph
    _types(graph, node, AGREEMENT_CLASSES[agreement.kind])
    graph.add((node, IC.agreementType, vocab_iri(AGREEMENT_TYPE_SCHEME, agreement.kind.value, ctx.base)))
    graph.add((node, SKOS.prefLabel, Literal(agreement_label(ctx, agreement))))
    for party in ctx.iris(agreement.parties):
        graph.add((node, IC.party, party))
    for signatory in ctx.iris(agreement.signatories):
        graph.add((node, IC.signatory, signatory))
    if agreement.date:
        graph.add((node, SCHEMA.dateCreated, Literal(agreement.date)))
    if (place := ctx.iri(agreement.place)) is not None:
        graph.add((node, SCHEMA.location, place))
    _add_provenance(ctx, node, agreement.evidence)


def _signed(ctx: _ItemContext, signing: Event, agreement: Agreement, only_pair: bool) -> bool:
    """Whether a signing event of the item signed this agreement: the dates agree and they share
    a signatory or party, or they are the item's only signing and only agreement."""
    if signing.start and agreement.date and signing.start != agreement.date:
        return False
    agents = set(ctx.iris(p.agent for p in signing.participations))
    shared = agents & set(ctx.iris((*agreement.signatories, *agreement.parties)))
    return bool(shared) or only_pair


def _add_facts_about_agreements(ctx: _ItemContext, events: list[tuple[URIRef, Event, list]]) -> None:
    agreements: dict[URIRef, Agreement] = {}
    for agreement in ctx.resolution.extraction.agreements:
        agreements.setdefault(_agreement_key(ctx, agreement), agreement)
    for node, agreement in agreements.items():
        _add_agreement(ctx, node, agreement)
    signings = [(node, event) for node, event, _ in events if event.kind is EventKind.SIGNING]
    only_pair = len(signings) == 1 and len(agreements) == 1
    for signing_node, signing in signings:
        for agreement_node, agreement in agreements.items():
            if _signed(ctx, signing, agreement, only_pair):
                ctx.graph.add((signing_node, IC.agreement, agreement_node))


def _observed_on(ctx: _ItemContext, post: Post, events: list[tuple[URIRef, Event, list]]) -> date | None:
    """The date of an event the post holder took part in, read in the same passage; else the
    item's publication date."""
    for _, event, participations in events:
        same_passage = event.evidence.start <= post.evidence.start < event.evidence.end
        if event.start and same_passage and any(p.agent == post.person for p in participations):
            return event.start
    return ctx.resolution.extraction.item.published


def _add_role_concept(ctx: _ItemContext, slug: str) -> URIRef:
    """The role concept; one not in the vocabulary is minted (type, scheme, label from its slug),
    identically in every item that mentions it."""
    concept = vocab_iri(ROLE_SCHEME, slug, ctx.base)
    if slug not in _concept_labels(ROLE_SCHEME):
        graph = ctx.graph
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, RDF.type, ORG.Role))
        graph.add((concept, SKOS.inScheme, vocab_scheme_iri(ROLE_SCHEME, ctx.base)))
        graph.add((concept, SKOS.prefLabel, Literal(slug.replace("-", " "), lang="en")))
    return concept


def _add_posts(ctx: _ItemContext, events: list[tuple[URIRef, Event, list]]) -> None:
    graph = ctx.graph
    seen: set[URIRef] = set()
    for post in ctx.resolution.extraction.posts:
        person = ctx.iri(post.person)
        if person is None:
            continue
        organization = ctx.iri(post.organization)
        slug = role_slug(post.role)
        node = post_iri(person, organization, slug, ctx.base)
        if node in seen:
            continue
        seen.add(node)
        _types(graph, node, IC.Post)
        graph.add((node, ORG.member, person))
        graph.add((node, ORG.role, _add_role_concept(ctx, slug)))
        graph.add((node, IC.roleLabel, Literal(post.role)))
        if organization is not None:
            graph.add((node, ORG.organization, organization))
            graph.add((person, ORG.memberOf, organization))
        if (observed := _observed_on(ctx, post, events)) is not None:
            graph.add((node, IC.observedOn, Literal(observed)))
        _add_provenance(ctx, node, post.evidence)


def _add_memberships(ctx: _ItemContext, memberships: Iterable[Membership]) -> None:
    graph = ctx.graph
    published = ctx.resolution.extraction.item.published
    seen: set[URIRef] = set()
    for membership in memberships:
        member, organization = ctx.iri(membership.member), ctx.iri(membership.organization)
        if member is None or organization is None:
            continue
        node = membership_iri(member, organization, ctx.base)
        if node in seen:
            continue
        seen.add(node)
        _types(graph, node, ORG.Membership)
        graph.add((node, ORG.member, member))
        graph.add((node, ORG.organization, organization))
        graph.add((member, ORG.memberOf, organization))
        if published:
            graph.add((node, IC.observedOn, Literal(published)))
        _add_provenance(ctx, node, membership.evidence)


def build_item_graph(resolution: Resolution, base: str = DEFAULT_BASE) -> Graph:
    """The named graph of one news item (see `item_triples`)."""
    return _graph_of(item_triples(resolution, base))


def item_triples(resolution: Resolution, base: str = DEFAULT_BASE) -> set[Triple]:
    """The triples of the named graph of one news item: its metadata, the entities it names
    (ic:mentions: what keeps an entity's IRI when the item is ingested again, and its description while one item
    names it), and each event, agreement, post and membership read from it with its source
    (prov:wasDerivedFrom) and evidence node.

    References to item-local keys that resolution did not map to an entity are left out.
    """
    extraction = resolution.extraction
    ctx = _ItemContext(
        resolution=resolution,
        base=base,
        item=item_iri(extraction.item.id, base),
        graph=set(),
        names={entity.id: entity.name for entity in resolution.entities},
    )
    _add_item(ctx)
    for entity_id in sorted(set(resolution.ids.values())):
        ctx.graph.add((ctx.item, IC.mentions, entity_iri(entity_id, base)))
    events = list(_grouped_events(ctx))
    for node, event, participations in events:
        _add_event(ctx, node, event, participations)
    _add_facts_about_agreements(ctx, events)
    _add_posts(ctx, events)
    _add_memberships(ctx, extraction.memberships)
    return ctx.graph
