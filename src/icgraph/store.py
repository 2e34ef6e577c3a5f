"""Where the graph lives: the embedded on-disk Oxigraph store, or any SPARQL 1.1 server.

Both implement `GraphStore`, so ingest, query, stats, export and push work on either.
rdflib terms go in and come out; the embedded store talks to pyoxigraph's native API.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol, TypeVar

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from icgraph.bindings import Triples, bind_values, graph_update
from icgraph.config import Settings
from icgraph.deadline import Overdue, within
from icgraph.errors import QueryError, QuerySyntaxError, StoreError

if TYPE_CHECKING:
    from icgraph import remote

DUMP_FORMATS = ("trig", "nquads", "turtle", "ntriples", "jsonld")

_T = TypeVar("_T")


@dataclass(frozen=True)
class SelectResult:
    """Rows of a SELECT (rdflib terms, unbound variables absent), or the answer of an ASK."""

    variables: list[str]
    rows: list[dict[str, Node]]
    boolean: bool | None = None


@dataclass(frozen=True)
class Stats:
    triples: int
    graphs: int
    items: int
    entities: dict[str, int] = field(default_factory=dict)
    events: dict[str, int] = field(default_factory=dict)
    posts: int = 0
    agreements: int = 0


class GraphStore(Protocol):
    def replace_graphs(self, graphs: Mapping[URIRef, Triples], changes: Mapping[URIRef, tuple[Triples, Triples]] | None = None) -> None: ...
    def graph_names(self) -> list[URIRef]: ...
    def graph(self, name: URIRef) -> Graph: ...
    def select(self, sparql: str, bindings: Mapping[str, Node] | None = None, *, timeout: float | None = None) -> SelectResult: ...
    def construct(self, sparql: str, bindings: Mapping[str, Node] | None = None, *, timeout: float | None = None) -> Graph: ...
    def dump(self, out: BinaryIO, fmt: str) -> None: ...
    def stats(self) -> Stats: ...
    def close(self) -> None: ...
    def __enter__(self) -> "GraphStore": ...
    def __exit__(self, *exc: object) -> None: ...


# --------------------------------------------------------------------------- terms

_XSD_STRING = str(XSD.string)
_RDF_LANG_STRING = str(RDF.langString)


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term."""
    # the exact classes first: isinstance with rdflib's terms goes through their abstract base class
    kind = type(term)
    if kind is URIRef or kind is not Literal and isinstance(term, URIRef):
        return _named_node(term)
    if kind is Literal or isinstance(term, Literal):
        language, datatype = term.language, term.datatype
        if language:
            return ox.Literal(str(term), language=language)
        if datatype is not None:
            return ox.Literal(str(term), datatype=_named_node(datatype))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise StoreError(f"cannot store the term {term!r}")


@lru_cache(maxsize=1 << 14)
def _named_node(iri: URIRef) -> ox.NamedNode:
    """An IRI as a pyoxigraph term, the last 16,384 kept: an ingest batch names the same
    predicates, classes, datatypes and entities again and again (mostly as one object each)."""
    return ox.NamedNode(str(iri))


NativeTriple = tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, ox.NamedNode | ox.BlankNode | ox.Literal]


class ConvertedTriples(Collection[tuple[Node, Node, Node]]):
    """rdflib triples that keep their pyoxigraph terms once converted (`native`): an ingest
    batch's item graph is converted for its SHACL check and written to the store with the same
    terms. Read as the collection of its rdflib triples everywhere else."""

    __slots__ = ("triples", "_native")

    def __init__(self, triples: Collection[tuple[Node, Node, Node]]) -> None:
        self.triples = triples
        self._native: list[NativeTriple] | None = None

    def __iter__(self) -> Iterator[tuple[Node, Node, Node]]:
        return iter(self.triples)

    def __len__(self) -> int:
        return len(self.triples)

    def __contains__(self, triple: object) -> bool:
        return triple in self.triples

    @property
    def native(self) -> list[NativeTriple]:
        if self._native is None:
            self._native = [(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in self.triples]
        return self._native


def native_triples(triples: Iterable[tuple[Node, Node, Node]]) -> Iterable[NativeTriple]:
    """The pyoxigraph terms of `triples`: those a `ConvertedTriples` keeps, else converted now."""
    if isinstance(triples, ConvertedTriples):
        return triples.native
    return ((to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples)


def from_ox(term: object) -> Node:
    """A pyoxigraph term as an rdflib term (xsd:string literals become plain literals)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise StoreError(f"unsupported term in the store: {term!r}")


def _syntax_error(message: str) -> QuerySyntaxError:
    """'error at 3:7: expected …' -> 'syntax error at line 3, column 7: expected …'."""
    text = message
    if text.startswith("error at ") and ":" in text[9:]:
        position, _, rest = text[9:].partition(": ")
        line, _, column = position.partition(":")
        if line.isdigit() and column.isdigit():
            text = f"syntax error at line {line}, column {column}: {rest}"
    return QuerySyntaxError(text)


def check_syntax(sparql: str) -> None:
    """Raise QuerySyntaxError (with line and column) when `sparql` does not parse as a query."""
    try:
        ox.Store().query(sparql)
    except SyntaxError as error:
        raise _syntax_error(str(error)) from None


def run_with_timeout(work: Callable[[], _T], timeout: float | None) -> _T:
    """Run `work` (which releases the GIL inside Oxigraph) and give up after `timeout` seconds.

    Oxigraph cannot cancel a running query; the abandoned evaluation finishes in a daemon thread.
    """
    if timeout is None:
        return work()
    try:
        return within(timeout, work, name="icgraph-query")
    except Overdue:
        raise QueryError(f"query timed out after {timeout:g} s") from None


# --------------------------------------------------------------------------- shared statistics

_STATS_QUERIES = {
    "triples": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?graphPrefix)) }",
    "graphs": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?graphPrefix)) }",
    "items": "PREFIX ic: <https://w3id.org/icgraph/ontology#> "
    "SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE { GRAPH ?g { ?i a ic:NewsItem } }",
    "posts": "PREFIX ic: <https://w3id.org/icgraph/ontology#> "
    "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p a ic:Post } }",
    "agreements": "PREFIX ic: <https://w3id.org/icgraph/ontology#> "
    "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a ic:Agreement } }",
}
_STATS_BY_TYPE = {
    "entities": "PREFIX ic: <https://w3id.org/icgraph/ontology#> PREFIX org: <http://www.w3.org/ns/org#> "
    "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?type } "
    "VALUES ?type { ic:Person ic:Country ic:Place org:Organization ic:IntergovernmentalOrganization "
    "ic:GovernmentBody ic:EducationalInstitution ic:CulturalInstitution ic:Company "
    "ic:NonGovernmentalOrganization org:OrganizationalUnit } } GROUP BY ?type",
    "events": "PREFIX ic: <https://w3id.org/icgraph/ontology#> "
    "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ic:Event , ?type } "
    "FILTER(STRSTARTS(STR(?type), STR(ic:))) } GROUP BY ?type",
}


def _local_name(iri: Node) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _compute_stats(store: "GraphStore", graph_prefix: str) -> Stats:
    prefix = {"graphPrefix": Literal(graph_prefix)}

    def count(sparql: str) -> int:
        rows = store.select(sparql, prefix if "?graphPrefix" in sparql else None).rows
        return int(rows[0]["n"]) if rows else 0

    def by_type(sparql: str) -> dict[str, int]:
        rows = store.select(sparql).rows
        counts = {_local_name(row["type"]): int(row["n"]) for row in rows}
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    counts = {name: count(sparql) for name, sparql in _STATS_QUERIES.items()}
    return Stats(
        triples=counts["triples"],
        graphs=counts["graphs"],
        items=counts["items"],
        entities=by_type(_STATS_BY_TYPE["entities"]),
        events=by_type(_STATS_BY_TYPE["events"]),
        posts=counts["posts"],
        agreements=counts["agreements"],
    )


# --------------------------------------------------------------------------- embedded store

_OX_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_DATASET_FORMATS = {"trig", "nquads"}


class EmbeddedStore:
    """pyoxigraph's RocksDB store on disk (or in memory with `path=None`)."""

    def __init__(self, path: Path | None, *, read_only: bool = False, base: str | None = None) -> None:
        self.path = path
        self.read_only = read_only
        self.base = base or Settings.from_env().base
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                self._store = ox.Store(str(path))
        except (OSError, RuntimeError) as error:  # RocksDB reports a lock as OSError, a torn read as RuntimeError
            raise StoreError(_open_error_message(path, error)) from None

    # context manager
    def __enter__(self) -> "EmbeddedStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._store is not None and not self.read_only and self.path is not None:
            try:
                self._store.flush()
            except OSError:
                pass
        self._store = None  # RocksDB releases its lock when the object goes

    @property
    def native(self) -> ox.Store:
        """The pyoxigraph store, for hot paths that stream quads (e.g. network building)."""
        if self._store is None:
            raise StoreError("the store is closed")
        return self._store

    def replace_graphs(self, graphs: Mapping[URIRef, Triples], changes: Mapping[URIRef, tuple[Triples, Triples]] | None = None) -> None:
        """Drop and re-insert each named graph of `graphs`, and apply `changes` (graph -> (triples
        to delete, triples to insert)), in ONE transaction. A graph not stored yet is not dropped
        (dropping costs as much as writing a small graph): no other process writes to the store
        while this one has it open. A write that only adds (new graphs, triples inserted: a feed's
        usual batch) goes in as quads (`extend`, one transaction too), else as one SPARQL update."""
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only")
        try:
            absent = {name for name in graphs if not self.native.contains_named_graph(_named_node(name))}
            additions = _additions(graphs, changes or {}, absent)
            update = "" if additions is not None else graph_update(graphs, changes, absent)
        except Exception as error:  # rdflib raises a bare Exception for terms it cannot write
            raise StoreError(f"a graph cannot be written, nothing was changed: {error}") from None
        if not additions and not update:
            return
        try:
            if additions:
                self.native.extend(additions)
            else:
                self.native.update(update)
        except SyntaxError as error:
            raise StoreError(f"a graph could not be written, nothing was changed: {error}") from None
        except OSError as error:
            raise StoreError(f"writing to the store {self.path} failed, nothing was changed: {error}") from None

    def graph_names(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self.native.named_graphs() if isinstance(g, ox.NamedNode))

    def graph(self, name: URIRef) -> Graph:
        result = Graph()
        for quad in self.native.quads_for_pattern(None, None, None, ox.NamedNode(str(name))):
            result.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
        return result

    def _query(self, sparql: str, bindings: Mapping[str, Node] | None):
        text = bind_values(sparql, bindings)
        try:
            return self.native.query(text, use_default_graph_as_union=True)
        except SyntaxError as error:
            if text is not sparql:
                check_syntax(sparql)
            raise _syntax_error(str(error)) from None
        except OSError as error:
            raise StoreError(f"reading the store {self.path} failed: {error}") from None

    def select(self, sparql: str, bindings: Mapping[str, Node] | None = None, *, timeout: float | None = None) -> SelectResult:
        def work() -> SelectResult:
            result = self._query(sparql, bindings)
            if isinstance(result, ox.QueryBoolean):
                return SelectResult([], [], bool(result))
            if not isinstance(result, ox.QuerySolutions):
                raise QueryError("this is a CONSTRUCT or DESCRIBE query: it returns a graph, not rows")
            variables = [v.value for v in result.variables]
            rows = []
            converted: dict[object, Node] = {}  # labels, places, dates repeat across rows
            for solution in result:
                row = {}
                for name, value in zip(variables, solution):  # values in the order of the variables
                    if value is not None:
                        term = converted.get(value)
                        if term is None:
                            term = converted[value] = from_ox(value)
                        row[name] = term
                rows.append(row)
            return SelectResult(variables, rows)

        return run_with_timeout(work, timeout)

    def construct(self, sparql: str, bindings: Mapping[str, Node] | None = None, *, timeout: float | None = None) -> Graph:
        def work() -> Graph:
            result = self._query(sparql, bindings)
            if not isinstance(result, ox.QueryTriples):
                raise QueryError("this is a SELECT or ASK query: it returns rows, not a graph")
            graph = Graph()
            for triple in result:
                graph.add((from_ox(triple.subject), from_ox(triple.predicate), from_ox(triple.object)))
            return graph

        return run_with_timeout(work, timeout)

    def dump(self, out: BinaryIO, fmt: str) -> None:
        if fmt not in _OX_FORMATS:
            raise StoreError(f"unknown export format {fmt!r} (one of {', '.join(DUMP_FORMATS)})")
        if fmt in _DATASET_FORMATS:
            self.native.dump(out, _OX_FORMATS[fmt])
            return
        union = self.native.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        ox.serialize(union, out, _OX_FORMATS[fmt], prefixes=_prefixes())

    def stats(self) -> Stats:
        return _compute_stats(self, f"{self.base}graph/")

    def load(self, source: str | Path | BinaryIO, fmt: str = "trig") -> None:
        """Load an RDF dataset file (TriG, N-Quads) into the store, in one transaction."""
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only")
        try:
            if isinstance(source, (str, Path)):
                self.native.load(path=str(source), format=_OX_FORMATS[fmt])
            else:
                self.native.load(source, format=_OX_FORMATS[fmt])
        except (SyntaxError, ValueError) as error:
            raise StoreError(f"cannot load {source}: {error}") from None


def _additions(
    graphs: Mapping[URIRef, Triples], changes: Mapping[URIRef, tuple[Triples, Triples]], absent: Collection[URIRef]
) -> list[ox.Quad] | None:
    """The quads of a write that only adds: every graph of `graphs` is new (in `absent`) and
    `changes` delete nothing. None for a write that drops or deletes, and for one with a blank node
    (a SPARQL update makes a request's blank nodes new ones; the quads would keep their labels).
    Pyoxigraph checks the terms as its SPARQL parser does (an IRI, a language tag): a ValueError."""
    if len(absent) < len(graphs) or any(len(removed) for removed, _ in changes.values()):
        return None
    quads: list[ox.Quad] = []
    written = chain(graphs.items(), ((name, added) for name, (_, added) in changes.items()))
    for name, triples in written:
        graph_name = _named_node(name)
        for subject, predicate, value in native_triples(triples):
            if type(subject) is ox.BlankNode or type(value) is ox.BlankNode:
                return None
            quads.append(ox.Quad(subject, predicate, value, graph_name))
    return quads


def _prefixes() -> dict[str, str]:
    from icgraph.vocab import PREFIXES

    return {name: str(namespace) for name, namespace in PREFIXES.items()}


def _open_error_message(path: Path | None, error: OSError) -> str:
    text = str(error)
    if "lock" in text.lower():
        holder = lock_holder(path) if path is not None else None
        who = holder or "another process (an `icgraph ingest`, or a server that opened it for writing)"
        return (
            f"the store {path} is locked by {who}: wait for it to finish or stop it "
            "(reading commands and `icgraph serve` open the store read-only and can run beside it)"
        )
    return f"cannot open the store {path}: {text}"


def lock_holder(path: Path) -> str | None:
    """The process that holds the store's RocksDB LOCK file, as 'process PID (command line)', read
    from /proc/locks (Linux); None where that cannot be known."""
    try:
        inode = str((path / "LOCK").stat().st_ino)
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        if "->" in fields or len(fields) < 6 or fields[5].rsplit(":", 1)[-1] != inode:
            continue
        pid = fields[4]
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace").strip()
        except OSError:
            command = ""
        return f"process {pid} ({command})" if command else f"process {pid}"
    return None


# --------------------------------------------------------------------------- remote store


class RemoteStore:
    """A SPARQL 1.1 server: SPARQLWrapper for reading, SPARQL Update / Graph Store Protocol for writing."""

    def __init__(self, client: "remote.Client", *, base: str | None = None) -> None:
        self.endpoint = client.endpoint
        self.base = base or Settings.from_env().base
        self._client = client

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        return None

    @property
    def client(self):
        return self._client

    def replace_graphs(self, graphs: Mapping[URIRef, Triples], changes: Mapping[URIRef, tuple[Triples, Triples]] | None = None) -> None:
        self._client.replace_graphs(graphs, changes)

    def graph_names(self) -> list[URIRef]:
        sparql = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?graphPrefix)) }"
        rows = self.select(sparql, {"graphPrefix": Literal(f"{self.base}graph/")}).rows
        return sorted(URIRef(row["g"]) for row in rows)

    def graph(self, name: URIRef) -> Graph:
        sparql = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
        return self.construct(sparql, {"g": URIRef(name)})

    def select(self, sparql: str, bindings: Mapping[str, Node] | None = None, *, timeout: float | None = None) -> SelectResult:
        return self._client.select(bind_values(sparql, bindings), original=sparql, timeout=timeout)

    def construct(self, sparql: str, bindings: Mapping[str, Node] | None = None, *, timeout: float | None = None) -> Graph:
        return self._client.construct(bind_values(sparql, bindings), original=sparql, timeout=timeout)

    def dump(self, out: BinaryIO, fmt: str) -> None:
        if fmt not in _OX_FORMATS:
            raise StoreError(f"unknown export format {fmt!r} (one of {', '.join(DUMP_FORMATS)})")
        quads: list[ox.Quad] = []
        for name in self.graph_names():
            graph_name = ox.NamedNode(str(name))
            quads.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph_name) for s, p, o in self.graph(name))
        memory = EmbeddedStore(None, base=self.base)
        memory.native.extend(quads)
        memory.dump(out, fmt)

    def stats(self) -> Stats:
        return _compute_stats(self, f"{self.base}graph/")


# --------------------------------------------------------------------------- opening


def open_store(
    location: str | Path | None = None,
    *,
    endpoint: str | None = None,
    update_endpoint: str | None = None,
    graph_store_endpoint: str | None = None,
    auth: tuple[str, str] | None = None,
    auth_scheme: str = "basic",
    timeout: float | None = None,
    read_only: bool = False,
    create: bool = True,
    base: str | None = None,
) -> EmbeddedStore | RemoteStore:
    """The remote server at `endpoint` when given, else the embedded store at `location`.

    `location` defaults to `Settings.from_env().store` (`./icgraph-store` or ICGRAPH_STORE).
    `create=False` refuses to create a missing store (for commands that only read).
    """
    if endpoint:
        from icgraph import remote  # keeps SPARQLWrapper out of embedded-only imports

        client = remote.Client(
            endpoint,
            update_endpoint=update_endpoint,
            graph_store_endpoint=graph_store_endpoint,
            auth=auth,
            auth_scheme=auth_scheme,
            timeout=timeout,
        )
        return RemoteStore(client, base=base)
    path = Path(location if location is not None else Settings.from_env().store)
    if not create and not (path / "CURRENT").exists():
        raise StoreError(f"no store at {path} (run `icgraph ingest` first, or pass --store DIR)")
    if path.exists() and not path.is_dir():
        raise StoreError(f"the store location {path} is a file, not a directory")
    path.parent.mkdir(parents=True, exist_ok=True)  # `--store out/new-store` on a fresh clone
    return EmbeddedStore(path, read_only=read_only, base=base)


__all__ = [
    "DUMP_FORMATS",
    "EmbeddedStore",
    "GraphStore",
    "RemoteStore",
    "SelectResult",
    "Stats",
    "ConvertedTriples",
    "check_syntax",
    "from_ox",
    "native_triples",
    "open_store",
    "to_ox",
]
