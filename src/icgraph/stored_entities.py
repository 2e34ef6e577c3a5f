"""Read the entities graph back into `ResolvedEntity` records, so that resolution keeps the ids,
labels and aliases of entities already stored (see docs/graph-model.md, "Entities")."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import ORG, RDF, SKOS

from icgraph.model import EntityKind, OrgType, ResolvedEntity
from icgraph.vocab import IC

ORG_TYPE_BY_CLASS = {
    IC.IntergovernmentalOrganization: OrgType.INTERGOVERNMENTAL,
    IC.GovernmentBody: OrgType.GOVERNMENT,
    IC.EducationalInstitution: OrgType.EDUCATIONAL,
    IC.CulturalInstitution: OrgType.CULTURAL,
    IC.Company: OrgType.COMPANY,
    IC.NonGovernmentalOrganization: OrgType.NGO,
    ORG.OrganizationalUnit: OrgType.UNIT,
}


def entity_id(iri: URIRef, base: str) -> str | None:
    """"person/x" for "{base}id/person/x"; None for an IRI outside the base's entity space."""
    prefix = f"{base}id/"
    if not str(iri).startswith(prefix):
        return None
    path = str(iri)[len(prefix):]
    kind = path.split("/", 1)[0]
    return path if kind in {k.value for k in EntityKind} else None


def _org_type(graph: Graph, subject: URIRef) -> OrgType | None:
    for rdf_class in graph.objects(subject, RDF.type):
        if rdf_class in ORG_TYPE_BY_CLASS:
            return ORG_TYPE_BY_CLASS[rdf_class]
    return None


def _linked_id(graph: Graph, subject: URIRef, predicate: URIRef, base: str) -> str | None:
    for value in graph.objects(subject, predicate):
        if isinstance(value, URIRef) and (found := entity_id(value, base)):
            return found
    return None


def entities_in_graph(graph: Graph, base: str) -> list[ResolvedEntity]:
    entities = []
    for subject in sorted(set(graph.subjects(SKOS.prefLabel, None))):
        if not isinstance(subject, URIRef) or not (identifier := entity_id(subject, base)):
            continue
        kind = EntityKind(identifier.split("/", 1)[0])
        name = str(min(graph.objects(subject, SKOS.prefLabel), key=str))
        aliases = tuple(sorted({str(alias) for alias in graph.objects(subject, SKOS.altLabel)}))
        notation = next(iter(graph.objects(subject, SKOS.notation)), None)
        entities.append(
            ResolvedEntity(
                id=identifier,
                kind=kind,
                name=name,
                aliases=aliases,
                org_type=_org_type(graph, subject) if kind is EntityKind.ORGANIZATION else None,
                parent=_linked_id(graph, subject, ORG.subOrganizationOf, base),
                country=_linked_id(graph, subject, IC.country, base),
                iso_code=str(notation) if notation is not None else None,
            )
        )
    return entities
