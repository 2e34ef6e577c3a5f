"""A small graph written as docs/graph-model.md describes it: two news items, a meeting, a post and
an MoU, each with its evidence. Used by the explain and evaluate tests."""

from __future__ import annotations

from rdflib import Graph, URIRef

from icgraph.build import ontology_graph
from icgraph.iri import ontology_graph_iri

B = "https://w3id.org/icgraph/"
PREFIXES = f"""
@prefix ic: <https://w3id.org/icgraph/ontology#> . @prefix schema: <http://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix id: <{B}id/> .
"""

ENTITIES = PREFIXES + """
<https://w3id.org/icgraph/id/person/salim-m-almalik> a ic:Person ; skos:prefLabel "Salim M. AlMalik" ; skos:altLabel "AlMalik" , "Salim Al-Malik" .
<https://w3id.org/icgraph/id/person/mohamed-ould-amar> a ic:Person ; skos:prefLabel "Mohamed Ould Amar" .
<https://w3id.org/icgraph/id/person/abdallah-al-dardari> a ic:Person ; skos:prefLabel "Abdallah Al Dardari" .
<https://w3id.org/icgraph/id/organization/icesco> a ic:IntergovernmentalOrganization , org:Organization ;
    skos:prefLabel "Islamic World Educational, Scientific and Cultural Organization" ; skos:altLabel "ICESCO" .
<https://w3id.org/icgraph/id/organization/undp> a org:Organization ; skos:prefLabel "United Nations Development Programme" ; skos:altLabel "UNDP" .
<https://w3id.org/icgraph/id/place/rabat> a ic:Place ; skos:prefLabel "Rabat" .
"""

ITEM_1 = PREFIXES + """
<https://w3id.org/icgraph/id/item/news-1> a ic:NewsItem ; dcterms:identifier "news-1" ; dcterms:title "ICESCO and ALECSO Discuss Cooperation" .
<https://w3id.org/icgraph/id/event/2025-04-18-meeting-1a2b3c4d> a ic:Meeting , ic:Event ;
    ic:eventType <https://w3id.org/icgraph/vocab/event-type/meeting> ;
    skos:prefLabel "Meeting of Salim M. AlMalik and Mohamed Ould Amar" ;
    schema:startDate "2025-04-18"^^xsd:date ; schema:location <https://w3id.org/icgraph/id/place/rabat> ; ic:venue "ICESCO headquarters" ;
    ic:participant <https://w3id.org/icgraph/id/person/salim-m-almalik> , <https://w3id.org/icgraph/id/person/mohamed-ould-amar> ;
    ic:host <https://w3id.org/icgraph/id/person/salim-m-almalik> ; ic:guest <https://w3id.org/icgraph/id/person/mohamed-ould-amar> ;
    prov:wasDerivedFrom <https://w3id.org/icgraph/id/item/news-1> ;
    prov:qualifiedDerivation <https://w3id.org/icgraph/id/event/2025-04-18-meeting-1a2b3c4d/evidence/00000001> .
<https://w3id.org/icgraph/id/event/2025-04-18-meeting-1a2b3c4d/encounter/0000000e> a ic:Encounter ;
    ic:meeting <https://w3id.org/icgraph/id/event/2025-04-18-meeting-1a2b3c4d> ;
    ic:first <https://w3id.org/icgraph/id/person/mohamed-ould-amar> ; ic:second <https://w3id.org/icgraph/id/person/salim-m-almalik> .
<https://w3id.org/icgraph/id/event/2025-04-18-meeting-1a2b3c4d/evidence/00000001> a prov:Derivation ;
    prov:entity <https://w3id.org/icgraph/id/item/news-1> ;
    ic:quote "Dr. Salim M. AlMalik met with Mohamed Ould Amar at ICESCO headquarters in Rabat." ;
    ic:charStart 0 ; ic:charEnd 82 ; ic:confidence 0.9 .
<https://w3id.org/icgraph/id/post/9a8b7c6d> a org:Membership , ic:Post ;
    org:member <https://w3id.org/icgraph/id/person/salim-m-almalik> ; org:organization <https://w3id.org/icgraph/id/organization/icesco> ;
    org:role <https://w3id.org/icgraph/vocab/role/director-general> ; ic:roleLabel "Director-General" ;
    prov:wasDerivedFrom <https://w3id.org/icgraph/id/item/news-1> ;
    prov:qualifiedDerivation <https://w3id.org/icgraph/id/post/9a8b7c6d/evidence/00000001> .
<https://w3id.org/icgraph/id/post/9a8b7c6d/evidence/00000001> a prov:Derivation ; prov:entity <https://w3id.org/icgraph/id/item/news-1> ;
    ic:quote "Salim M. AlMalik, Director-General of ICESCO, said." ; ic:charStart 90 ; ic:charEnd 140 ; ic:confidence 0.8 .
"""

ITEM_2 = PREFIXES + """
<https://w3id.org/icgraph/id/item/news-2> a ic:NewsItem ; dcterms:identifier "news-2" ; dcterms:title "ICESCO and UNDP Sign MoU" .
<https://w3id.org/icgraph/id/agreement/2025-04-11-memorandum-of-understanding-11112222> a ic:MemorandumOfUnderstanding , ic:Agreement ;
    ic:agreementType <https://w3id.org/icgraph/vocab/agreement-type/memorandum-of-understanding> ;
    skos:prefLabel "Memorandum of Understanding between ICESCO and UNDP" ;
    ic:party <https://w3id.org/icgraph/id/organization/icesco> , <https://w3id.org/icgraph/id/organization/undp> ;
    ic:signatory <https://w3id.org/icgraph/id/person/salim-m-almalik> , <https://w3id.org/icgraph/id/person/abdallah-al-dardari> ;
    schema:dateCreated "2025-04-11"^^xsd:date ; prov:wasDerivedFrom <https://w3id.org/icgraph/id/item/news-2> ;
    prov:qualifiedDerivation <https://w3id.org/icgraph/id/agreement/2025-04-11-memorandum-of-understanding-11112222/evidence/00000002> .
<https://w3id.org/icgraph/id/agreement/2025-04-11-memorandum-of-understanding-11112222/evidence/00000002> a prov:Derivation ;
    prov:entity <https://w3id.org/icgraph/id/item/news-2> ; ic:quote "ICESCO and UNDP signed a memorandum of understanding." .
"""


def graphs() -> dict[URIRef, Graph]:
    """The graphs ingest would write for the two items, the ontology graph (with the graph model's
    version) included."""
    return {
        ontology_graph_iri(B): ontology_graph(B),
        URIRef(B + "graph/entities"): Graph().parse(data=ENTITIES, format="turtle"),
        URIRef(B + "graph/item/news-1"): Graph().parse(data=ITEM_1, format="turtle"),
        URIRef(B + "graph/item/news-2"): Graph().parse(data=ITEM_2, format="turtle"),
    }
