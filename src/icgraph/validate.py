"""SHACL validation of icgraph graphs (ontology/shapes.ttl) with pySHACL.

pySHACL runs with the ontology and the vendored axioms of imported vocabularies as `ont_graph`
(so `sh:targetClass ic:Event` reaches an ic:Visit and `sh:class org:Organization` accepts an
ic:Country) and without inference. Every result is returned as an `Issue`; `blocking()` keeps the
Violations, the ones that keep an item out of the store. Warnings and Infos are for analysts.

An item graph refers to entities described in `graph/entities`: validate it together with the
descriptions of the entities it mentions (and the entities those point to), e.g.
`validate_graph(item_graph + entity_graph)`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pyshacl
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

from icgraph.build import ontology_axioms
from icgraph.config import ONTOLOGY_DIR
from icgraph.errors import IcgraphError
from icgraph.vocab import PREFIXES, RDF

SHAPES_FILE = "shapes.ttl"
SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Issue:
    """One SHACL result: how bad (Violation, Warning, Info), which node, which property and value,
    what is wrong, and the shape that says so."""

    severity: str
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        value = f" = {self.value}" if self.value is not None and self.value != self.focus else ""
        return f"{self.severity}: {where}{value}: {self.message} [{self.shape}]"


@cache
def _shapes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / SHAPES_FILE, format="turtle")


TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


@cache
def _targeted_shapes() -> Graph:
    """The shapes as pySHACL runs them fastest, with the same results: each property shape that one
    targeted node shape lists (and nothing else names) gets that node shape's targets itself.

    pySHACL evaluates a node shape's `sh:property` once per focus node, each a full shape
    evaluation; a property shape with its own targets runs once over all its focus nodes (several
    times less time for an item batch). The focus nodes, values, messages and source shapes of the
    results do not change. A closed node shape, which allows the paths of its property shapes,
    lists the paths it no longer reaches through `sh:property` among its `sh:ignoredProperties`."""
    shapes = _shapes()
    hoisted = shapes_graph()
    for node_shape in set(shapes.subjects(SH.property, None)):
        targets = [(predicate, target) for predicate in TARGETS for target in shapes.objects(node_shape, predicate)]
        if not targets or shapes.value(node_shape, SH.deactivated) is not None:
            continue
        moved = [
            property_shape
            for property_shape in shapes.objects(node_shape, SH.property)
            if set(shapes.subject_predicates(property_shape)) == {(node_shape, SH.property)}  # used nowhere else
        ]
        for property_shape in moved:
            hoisted.remove((node_shape, SH.property, property_shape))
            for predicate, target in targets:
                hoisted.add((property_shape, predicate, target))
        if moved and shapes.value(node_shape, SH.closed) is not None:
            _allow_paths(hoisted, node_shape, [shapes.value(shape, SH.path) for shape in moved])
    return hoisted


def _allow_paths(shapes: Graph, node_shape: Node, paths: list[Node | None]) -> None:
    ignored_list = shapes.value(node_shape, SH.ignoredProperties)
    ignored = list(Collection(shapes, ignored_list)) if ignored_list is not None else []
    ignored += [path for path in paths if isinstance(path, URIRef) and path not in ignored]
    shapes.remove((node_shape, SH.ignoredProperties, None))
    listed = BNode()
    Collection(shapes, listed, ignored)
    shapes.add((node_shape, SH.ignoredProperties, listed))


@cache
def _ontology() -> Graph:
    return ontology_axioms()


def shapes_graph() -> Graph:
    """The SHACL shapes of ontology/shapes.ttl (a fresh copy)."""
    copy = Graph()
    copy += _shapes()
    return copy


def compact(node: Node | None) -> str | None:
    """A readable form: prefixed names for known namespaces, plain text for literals."""
    if node is None:
        return None
    if isinstance(node, Literal):
        return str(node)
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, namespace in (*PREFIXES.items(), ("icsh", "https://w3id.org/icgraph/shapes#")):
            if text.startswith(str(namespace)):
                local = text[len(str(namespace)) :]
                if local and "/" not in local:
                    return f"{prefix}:{local}"
        return text
    return node.n3()


def _issues(report: Graph) -> list[Issue]:
    issues = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        messages = sorted(str(message) for message in report.objects(result, SH.resultMessage))
        issues.append(
            Issue(
                severity=str(severity).removeprefix(str(SH)) if severity else "Violation",
                focus=compact(report.value(result, SH.focusNode)) or "",
                path=compact(report.value(result, SH.resultPath)),
                value=compact(report.value(result, SH.value)),
                message=messages[0] if messages else "",
                shape=compact(report.value(result, SH.sourceShape)) or "",
            )
        )
    return sorted(issues, key=lambda i: (SEVERITY_ORDER.get(i.severity, 3), i.focus, i.shape, i.value or ""))


def validate_graph(data: Graph | Dataset, *, focus_nodes: Iterable[Node] | None = None, inplace: bool = False) -> list[Issue]:
    """Every SHACL result for `data` (a Graph, or a Dataset validated as the union of its graphs),
    Violations first. `focus_nodes` restricts validation to those nodes (and the shapes that
    target them). `inplace=True` lets pySHACL add the ontology's axioms to `data` instead of to a
    copy (for a graph made only to be validated). An empty list means the data conforms."""
    if isinstance(data, Dataset):
        union = Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
        data = union
    _, report, _ = pyshacl.validate(
        data,
        shacl_graph=_targeted_shapes(),
        ont_graph=_ontology(),
        inference="none",
        allow_infos=True,
        allow_warnings=True,
        focus_nodes=list(focus_nodes) if focus_nodes is not None else None,
        inplace=inplace,
    )
    if not isinstance(report, Graph):
        raise IcgraphError(f"SHACL validation could not complete: {report}")
    return _issues(report)


def blocking(issues: Iterable[Issue]) -> list[Issue]:
    """The Violations among `issues`: the ones that keep an item out of the store."""
    return [issue for issue in issues if issue.severity == "Violation"]
