"""Namespaces of the graph. schema.org is always http://schema.org/ (never rdflib's https SDO)."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

IC = Namespace("https://w3id.org/icgraph/ontology#")
SCHEMA = Namespace("http://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
LODE = Namespace("http://linkedevents.org/ontology/")
CAMEO = Namespace("https://w3id.org/icgraph/vocab/cameo/")

PREFIXES = {
    "ic": IC,
    "schema": SCHEMA,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "sem": SEM,
    "lode": LODE,
}



def sparql_prefixes(*names: str) -> str:
    """The SPARQL PREFIX lines of the named prefixes of PREFIXES, one a line."""
    return "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in names)


__all__ = ["IC", "SCHEMA", "SEM", "LODE", "CAMEO", "PREFIXES", "sparql_prefixes", "DCTERMS", "FOAF", "ORG", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD"]
