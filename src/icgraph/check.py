"""Whole-store SHACL validation as set-based SPARQL over the store (Oxigraph), not pySHACL.

The shapes of ontology/shapes.ttl are compiled once into SPARQL queries, each asking the whole
store at once for the nodes that break a constraint: "every ic:Event without an ic:eventType",
"every value of ic:confidence above 1". The counts of all property shapes of a node shape are one
query, their values another (each scans the focus nodes once); comparisons and node-level
constraints are a query each. The queries run over the union of the
named graphs (what pySHACL validates when given that union) with the class hierarchy of the
ontology and its imports (pySHACL's `ont_graph`) spelled out as the classes each `sh:targetClass`
and `sh:class` accepts. The results are the `Issue`s pySHACL reports for the same data: the same
focus node, path, value, message, severity and source shape (tests/test_check.py compares them on
stores with injected violations).

Only the constraint components the shapes use are compiled (cardinality, datatype, node kind,
class, pattern, length, ranges, lessThan/lessThanOrEquals, closed, sh:or, sh:not over such
shapes); a shape using any other raises `UnsupportedShape`, naming it, so a new kind of constraint
cannot be silently skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from functools import cache, cached_property

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection as RdfList
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

from icgraph.errors import IcgraphError
from icgraph.progress import Progress, Step
from icgraph.store import EmbeddedStore, NativeTriple, from_ox, native_triples
from icgraph.build import ontology_axioms
from icgraph.validate import SEVERITY_ORDER, Issue, compact, shapes_graph

# datatypes whose lexical form Oxigraph's casts check the way rdflib's ill_typed does
_CASTABLE = {XSD.date, XSD.dateTime, XSD.time, XSD.integer, XSD.decimal, XSD.float, XSD.double, XSD.boolean}
_NODE_KINDS = {
    SH.IRI: "isIRI({v})",
    SH.Literal: "isLITERAL({v})",
    SH.BlankNode: "isBLANK({v})",
    SH.BlankNodeOrIRI: "(isBLANK({v}) || isIRI({v}))",
    SH.BlankNodeOrLiteral: "(isBLANK({v}) || isLITERAL({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLITERAL({v}))",
}
# what a shape may say besides its constraints
_DESCRIPTIVE = {RDF.type, RDFS.label, RDFS.comment, SH.name, SH.description, SH.message, SH.severity, SH.targetClass, SH.path, SH.property, SH.order, SH.group}


class UnsupportedShape(IcgraphError):
    """A shape uses a SHACL feature that the SPARQL compilation does not cover."""


@dataclass(frozen=True)
class Result:
    """What a failed constraint reports: its source shape, severity, message and path."""

    shape: URIRef
    severity: str
    message: str
    path: URIRef | None


@dataclass(frozen=True)
class Check:
    """Constraints of one node shape as one SPARQL query. A solution binding ?b0, ?b1… is one
    result of `results[i]` for each ?b_i that is false (the constraints of the property shapes of
    a node shape asked together); a solution without them is one result of `results[0]`. `?f` is
    the focus node, `?v` the value (none for counts; the focus node for node-level constraints),
    `?p` the path where it varies (sh:closed). `classes` are the classes to spell out for each
    `{{name}}` slot."""

    results: tuple[Result, ...]
    query: str
    classes: tuple[tuple[str, URIRef], ...]
    path_varies: bool = False

    def sparql(self, subclasses: Callable[[URIRef], frozenset[str]]) -> str:
        text = self.query
        for slot, rdf_class in self.classes:
            text = text.replace("{{" + slot + "}}", " ".join(f"<{c}>" for c in sorted(subclasses(rdf_class))))
        return text

    @cached_property
    def _shown(self) -> tuple[list[str], list[str | None]]:
        """The results' shapes and paths as issues show them (once per process, not per batch)."""
        return [compact(r.shape) or "" for r in self.results], [compact(r.path) for r in self.results]

    def issues(self, solutions: Iterable[ox.QuerySolution]) -> Iterator[tuple[object, Issue]]:
        """(focus node, issue) for each result of each solution."""
        shapes, paths = self._shown
        for row in solutions:
            value = row["v"]
            focus = compact(from_ox(row["f"])) or ""
            shown = compact(from_ox(value)) if value is not None else None
            failed = range(1) if row["b0"] is None else [i for i in range(len(self.results)) if row[f"b{i}"].value == "false"]
            for i in failed:
                result = self.results[i]
                path = compact(from_ox(row["p"])) if self.path_varies else paths[i]
                yield row["f"], Issue(result.severity, focus, path, shown, result.message, shapes[i])


def check_store(store: EmbeddedStore, *, jobs: int = 1, progress: Progress | None = None) -> list[Issue]:
    """Every SHACL result for the named graphs of the store (as one pySHACL run over their union
    would report them), Violations first. `jobs` threads run the queries (Oxigraph evaluates them
    without holding Python's lock); `progress` gets a `Step` of task "validate" (checks done of
    all) before the first and after each."""
    issues = [issue for _, issue in find_issues(store.native, jobs=jobs, progress=progress)]
    return sorted(issues, key=issue_order)


def issue_order(issue: Issue) -> tuple:
    """The order issues are listed in: Violations first, then by focus node, shape and value."""
    return (SEVERITY_ORDER.get(issue.severity, 3), issue.focus, issue.shape, issue.value is not None, issue.value or "", issue.path or "", issue.message)


def find_issues(dataset: ox.Store, *, jobs: int = 1, task: str = "validate", progress: Progress | None = None) -> list[tuple[ox.NamedNode | ox.BlankNode, Issue]]:
    """The SHACL results for the named graphs of a pyoxigraph store, each with its focus node as
    a pyoxigraph term (see `check_store`)."""
    checks = compiled_checks()
    subclasses = _hierarchy(dataset)
    say = progress or (lambda event: None)
    say(Step(task, 0, len(checks), "checks"))

    def run(check: Check) -> list[tuple[ox.NamedNode | ox.BlankNode, Issue]]:
        return list(check.issues(dataset.query(check.sparql(subclasses), use_default_graph_as_union=True)))  # type: ignore[arg-type]

    found: list[tuple[ox.NamedNode | ox.BlankNode, Issue]] = []
    with ThreadPoolExecutor(jobs) if jobs > 1 else nullcontext() as pool:
        for done, issues in enumerate(pool.map(run, checks) if pool else map(run, checks), start=1):
            found.extend(issues)
            say(Step(task, done, len(checks), "checks"))
    return found


_BATCH_GRAPH = ox.NamedNode("urn:icgraph:batch")


def check_triples(triples: Iterable[tuple[Node, Node, Node]]) -> list[tuple[Node, Issue]]:
    """The SHACL results for a set of rdflib triples (what `validate_graph` reports for a graph of
    them), each with its focus node as an rdflib term: the compiled queries over an in-memory
    Oxigraph store of the triples, several times faster than pySHACL on an ingest batch."""
    return check_native(native_triples(triples))


def check_native(triples: Iterable[NativeTriple]) -> list[tuple[Node, Issue]]:
    """`check_triples` for triples already converted to pyoxigraph terms (`native_triples`)."""
    dataset = ox.Store()
    dataset.extend([ox.Quad(s, p, o, _BATCH_GRAPH) for s, p, o in triples])
    return [(from_ox(focus), issue) for focus, issue in find_issues(dataset)]


def _hierarchy(dataset: ox.Store) -> Callable[[URIRef], frozenset[str]]:
    """rdf_class -> the IRIs of it and its subclasses, by the ontology axioms and the store's own
    rdfs:subClassOf statements."""
    children: dict[str, set[str]] = {}
    for child, parent in _axiom_subclasses():
        children.setdefault(parent, set()).add(child)
    query = "SELECT DISTINCT ?c ?p WHERE { ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf> ?p }"
    for row in dataset.query(query, use_default_graph_as_union=True):
        child, parent = row["c"], row["p"]
        if isinstance(child, ox.NamedNode) and isinstance(parent, ox.NamedNode):
            children.setdefault(parent.value, set()).add(child.value)

    @cache
    def subclasses(rdf_class: URIRef) -> frozenset[str]:
        found = {str(rdf_class)}
        frontier = [str(rdf_class)]
        while frontier:
            for child in children.get(frontier.pop(), ()):
                if child not in found:
                    found.add(child)
                    frontier.append(child)
        return frozenset(found)

    return subclasses


@cache
def _axiom_subclasses() -> tuple[tuple[str, str], ...]:
    return tuple((str(c), str(p)) for c, p in ontology_axioms().subject_objects(RDFS.subClassOf) if isinstance(c, URIRef) and isinstance(p, URIRef))


@cache
def compiled_checks() -> tuple[Check, ...]:
    """The queries of ontology/shapes.ttl (compiled once per process)."""
    return tuple(compile_shapes(shapes_graph()))


def compile_shapes(shapes: Graph) -> list[Check]:
    """The `Check`s of each targeted node shape of `shapes` and of its property shapes. Raises
    UnsupportedShape for a SHACL feature outside the compiled set."""
    checks: list[Check] = []
    for shape in sorted(set(shapes.subjects(SH.targetClass, None)), key=str):
        if not isinstance(shape, URIRef):
            raise UnsupportedShape(f"a blank-node shape has a target; name it: {shape.n3()}")
        _Compiler(shapes, shape, checks).node_shape()
    for other in (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target, SH.sparql, SH.deactivated):
        for subject in shapes.subjects(other, None):
            raise UnsupportedShape(f"{compact(subject)} uses {compact(other)}, which the store check does not compile")
    return checks


class _Compiler:
    def __init__(self, shapes: Graph, shape: URIRef, out: list[Check]) -> None:
        self.g = shapes
        self.shape = shape
        self.out = out
        self.classes: list[tuple[str, URIRef]] = []
        targets = sorted(self.g.objects(shape, SH.targetClass), key=str)
        slot = self._slot_all(targets)
        self.focus = f"{{ SELECT DISTINCT ?f WHERE {{ VALUES ?t {{ {slot} }} ?f a ?t }} }}"

    def _slot(self, rdf_class: Node) -> str:
        if not isinstance(rdf_class, URIRef):
            raise UnsupportedShape(f"{compact(self.shape)}: sh:class or sh:targetClass must be an IRI")
        name = f"c{len(self.classes)}"
        self.classes.append((name, rdf_class))
        return "{{" + name + "}}"

    def _slot_all(self, classes: list[Node]) -> str:
        return " ".join(self._slot(c) for c in classes)

    def _result(self, source: URIRef, path: URIRef | None) -> Result:
        severity = self.g.value(source, SH.severity) or SH.Violation
        messages = sorted(str(m) for m in self.g.objects(source, SH.message))
        if not messages:
            raise UnsupportedShape(f"{compact(source)} has no sh:message (pySHACL would write its own; the store check needs the shape's)")
        return Result(source, str(severity).removeprefix(str(SH)), messages[0], path)

    def _emit(self, results: list[Result], select: str, where: str, tail: str = "", path_varies: bool = False) -> None:
        query = f"SELECT {select} WHERE {{ {self.focus} {where} }} {tail}"
        self.out.append(Check(tuple(results), query, tuple(self.classes), path_varies))

    def _refuse_unknown(self, node: Node, known: set[URIRef]) -> None:
        for predicate in set(self.g.predicates(node, None)):
            if predicate not in known and predicate not in _DESCRIPTIVE:
                raise UnsupportedShape(f"{compact(self.shape)}: {compact(predicate)} is not compiled for the store check")

    def node_shape(self) -> None:
        shape = self.shape
        known = {SH["not"], SH["or"], SH.closed, SH.ignoredProperties}
        self._refuse_unknown(shape, known)
        for inner in self.g.objects(shape, SH["not"]):
            self._emit([self._result(shape, None)], "DISTINCT ?f (?f AS ?v)", f"FILTER(COALESCE({self._conforms(inner, '?f')}, false))")
        for members in self.g.objects(shape, SH["or"]):
            either = " || ".join(self._conforms(m, "?f") for m in RdfList(self.g, members))
            self._emit([self._result(shape, None)], "DISTINCT ?f (?f AS ?v)", f"FILTER(!COALESCE({either}, false))")
        properties = sorted(self.g.objects(shape, SH.property), key=str)
        if (self.g.value(shape, SH.closed) or Literal(False)).toPython() is True:
            allowed = {self.g.value(p, SH.path) for p in properties}
            ignored = self.g.value(shape, SH.ignoredProperties)
            if ignored is not None:
                allowed.update(RdfList(self.g, ignored))
            listed = ", ".join(f"<{p}>" for p in sorted(str(a) for a in allowed if a is not None))
            self._emit([self._result(shape, None)], "DISTINCT ?f ?p ?v", f"?f ?p ?v FILTER(?p NOT IN ({listed}))", path_varies=True)
        counted: list[tuple[int, URIRef, str, Result]] = []  # (property shape number, path, test of ?vN, result)
        valued: list[tuple[int, URIRef, str, Result]] = []  # (property shape number, path, test of ?v, result)
        for number, prop in enumerate(properties):
            if not isinstance(prop, URIRef):
                raise UnsupportedShape(f"{compact(shape)}: name its property shapes (IRIs, for a stable sh:sourceShape)")
            self.property_shape(prop, number, counted, valued)
        # one query for the counts of all property shapes, one for their values: each scans the
        # focus nodes once instead of once per property shape
        if counted:
            branches = " UNION ".join(dict.fromkeys(f"{{ ?f <{path}> ?v{n} }}" for n, path, _, _ in counted))
            tested = " ".join(f"(({test}) AS ?b{i})" for i, (_, _, test, _) in enumerate(counted))
            every = " && ".join(test for _, _, test, _ in counted)
            self._emit([r for _, _, _, r in counted], f"?f {tested}", f"OPTIONAL {{ {branches} }}", f"GROUP BY ?f HAVING (!({every}))")
        if valued:
            branches = " UNION ".join(dict.fromkeys(f"{{ ?f <{path}> ?v BIND({n} AS ?k) }}" for n, path, _, _ in valued))
            tested = " ".join(f"BIND(IF(?k = {n}, COALESCE({test}, false), true) AS ?b{i})" for i, (n, _, test, _) in enumerate(valued))
            variables = " ".join(f"?b{i}" for i in range(len(valued)))
            every = " && ".join(f"?b{i}" for i in range(len(valued)))
            self._emit([r for _, _, _, r in valued], f"DISTINCT ?f ?v ?k {variables}", f"{{ {branches} }} {tested} FILTER(!({every}))")

    def property_shape(self, prop: URIRef, number: int, counted: list[tuple[int, URIRef, str, Result]], valued: list[tuple[int, URIRef, str, Result]]) -> None:
        """Add the count and value tests of the property shape `prop` (the `number`th of its node
        shape) to `counted` and `valued`; emit its comparisons with other properties."""
        path = self.g.value(prop, SH.path)
        if not isinstance(path, URIRef):
            raise UnsupportedShape(f"{compact(prop)}: only a single property is compiled as sh:path")
        known = {SH.minCount, SH.maxCount, SH.lessThan, SH.lessThanOrEquals, SH.flags, *_VALUE_COMPONENTS}
        self._refuse_unknown(prop, known)
        result = self._result(prop, path)
        counted += [(number, path, f"COUNT(DISTINCT ?v{number}) >= {int(n)}", result) for n in self.g.objects(prop, SH.minCount)]
        counted += [(number, path, f"COUNT(DISTINCT ?v{number}) <= {int(n)}", result) for n in self.g.objects(prop, SH.maxCount)]
        for other, operator in ((SH.lessThan, "<"), (SH.lessThanOrEquals, "<=")):
            for compared in self.g.objects(prop, other):
                condition = f"COALESCE(?v {operator} ?w, false) || (isIRI(?v) && isIRI(?w) && STR(?v) {operator} STR(?w))"
                self._emit([result], "DISTINCT ?f ?v ?w", f"?f <{path}> ?v . ?f <{compared}> ?w . FILTER(!({condition}))")
        valued += [(number, path, self._value_condition(prop, c, parameter, "?v"), result) for c in _VALUE_COMPONENTS for parameter in self.g.objects(prop, c)]

    def _conforms(self, inner: Node, v: str) -> str:
        """A SPARQL expression: `v` conforms to the inline shape `inner`."""
        parts = []
        path = self.g.value(inner, SH.path)
        if path is not None:
            self._refuse_unknown(inner, {SH.minCount})
            if not isinstance(path, URIRef) or {int(c) for c in self.g.objects(inner, SH.minCount)} != {1}:
                raise UnsupportedShape(f"{compact(self.shape)}: an inline property shape may only say sh:minCount 1 of one property")
            return f"EXISTS {{ {v} <{path}> ?any }}"
        self._refuse_unknown(inner, {SH.flags, *_VALUE_COMPONENTS})
        for component in _VALUE_COMPONENTS:
            for parameter in self.g.objects(inner, component):
                parts.append(self._value_condition(inner, component, parameter, v))
        if not parts:
            raise UnsupportedShape(f"{compact(self.shape)}: an inline shape without a compiled constraint")
        return "(" + " && ".join(parts) + ")"

    def _value_condition(self, owner: Node, component: URIRef, parameter: Node, v: str) -> str:
        """A SPARQL expression: the value node `v` meets `component` with `parameter` (an error
        counts as not meeting it: callers wrap it in COALESCE(…, false))."""
        if component == SH.datatype:
            typed = f"isLITERAL({v}) && DATATYPE({v}) = <{parameter}>"
            return f"({typed} && DATATYPE(<{parameter}>(STR({v}))) = <{parameter}>)" if parameter in _CASTABLE else f"({typed})"
        if component == SH.nodeKind:
            return _NODE_KINDS[parameter].format(v=v)  # type: ignore[index]
        if component == SH["class"]:
            return f"EXISTS {{ VALUES ?class {{ {self._slot(parameter)} }} {v} a ?class }}"
        if component == SH.pattern:
            flags = self.g.value(owner, SH.flags)
            pattern = Literal(str(parameter)).n3()
            return f"((isIRI({v}) || isLITERAL({v})) && REGEX(STR({v}), {pattern}{', ' + Literal(str(flags)).n3() if flags else ''}))"
        if component == SH.minLength:
            return f"((isIRI({v}) || isLITERAL({v})) && STRLEN(STR({v})) >= {int(parameter)})"
        if component == SH.maxLength:
            return f"((isIRI({v}) || isLITERAL({v})) && STRLEN(STR({v})) <= {int(parameter)})"
        if component in _RANGES:
            return f"(isLITERAL({v}) && {v} {_RANGES[component]} {_literal(parameter)})"
        if component == SH["or"]:
            return "(" + " || ".join(self._conforms(m, v) for m in RdfList(self.g, parameter)) + ")"
        if component == SH["not"]:
            return f"!{self._conforms(parameter, v)}"
        raise UnsupportedShape(f"{compact(self.shape)}: {compact(component)} is not compiled for the store check")


_RANGES = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}
_VALUE_COMPONENTS = (SH.datatype, SH.nodeKind, SH["class"], SH.pattern, SH.minLength, SH.maxLength, *_RANGES, SH["or"], SH["not"])


def _literal(node: Node) -> str:
    if not isinstance(node, Literal):
        raise UnsupportedShape(f"a range bound must be a literal: {node!r}")
    return node.n3()


__all__ = ["Check", "Result", "UnsupportedShape", "check_native", "check_store", "check_triples", "compile_shapes", "compiled_checks", "find_issues"]
