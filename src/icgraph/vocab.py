"""Namespaces of the graph. schema.org is always http://schema.org/ (never rdflib's https SDO)."""

from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD


class Vocabulary(Namespace):
    """A Namespace whose terms are made once each: rdflib's makes (and checks) a new URIRef at every
    `IC.name`, and building an item's graph names the same terms again and again."""

    def term(self, name: str) -> URIRef:
        return _term(self, name) if isinstance(name, str) else super().term(name)


@lru_cache(maxsize=4096)
def _term(namespace: Namespace, name: str) -> URIRef:
    return Namespace.term(namespace, name)


IC = Vocabulary("https://w3id.org/icgraph/ontology#")
SCHEMA = Vocabulary("http://schema.org/")
SEM = Vocabulary("http://semanticweb.cs.vu.nl/2009/11/sem/")
LODE = Vocabulary("http://linkedevents.org/ontology/")
CAMEO = Vocabulary("https://w3id.org/icgraph/vocab/cameo/")

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
