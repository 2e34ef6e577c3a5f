"""Safe parameter binding for SPARQL text: values become RDF terms inside a VALUES block.

A value is never pasted into a query as text: it is turned into an rdflib term, checked
(IRIs against the IRIREF grammar, language tags against BCP 47's shape), written with the
SPARQL escapes, and joined to the query's WHERE group as `VALUES (?var …) { (term …) }`.
The same text runs on the embedded store and on any SPARQL 1.1 server, so a bound query
gives the same answer everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.serializers.nt import _quoteLiteral  # the N-Triples serializer's own literal writer
from rdflib.term import Node

from icgraph.errors import QueryError

_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_IRI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_LANG_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}

# Lexical pieces that may contain braces or the word WHERE without being syntax.
_SKIPPABLE = re.compile(
    r'''"""(?:[^"\\]|\\.|"(?!""))*"""'''
    r"""|'''(?:[^'\\]|\\.|'(?!''))*'''"""
    r'''|"(?:[^"\\\n\r]|\\.)*"'''
    r"""|'(?:[^'\\\n\r]|\\.)*'"""
    r'''|<[^<>"{}|^`\\\x00-\x20]*>'''
    r"""|\#[^\n\r]*""",
    re.DOTALL,
)
_WHERE = re.compile(r"(?i)\bWHERE\b")
_QUERY_FORM = re.compile(r"(?i)\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b")


def check_iri(value: str) -> URIRef:
    """An absolute IRI that can be written as `<…>`; QueryError otherwise."""
    if not _IRI_SCHEME.match(value) or _IRI_FORBIDDEN.search(value):
        raise QueryError(f"not a valid absolute IRI: {value!r}")
    return URIRef(value)


def term_to_sparql(term: Node) -> str:
    """The SPARQL text of one RDF term, escaped; raises QueryError for what cannot be written safely."""
    if isinstance(term, URIRef):
        return f"<{check_iri(str(term))}>"
    if isinstance(term, Literal):
        text = '"' + "".join(_STRING_ESCAPES.get(ch, ch) for ch in str(term)) + '"'
        if term.language:
            if not _LANG_TAG.match(term.language):
                raise QueryError(f"not a valid language tag: {term.language!r}")
            return f"{text}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{text}^^<{check_iri(str(term.datatype))}>"
        return text
    if isinstance(term, BNode):
        raise QueryError("a blank node cannot be bound as a query parameter")
    raise QueryError(f"cannot bind {term!r} as a query parameter")


def _code_positions(sparql: str):
    """Yield (index, char) of the characters of `sparql` outside strings, IRIs and comments."""
    position = 0
    while position < len(sparql):
        match = _SKIPPABLE.match(sparql, position)
        if match and match.end() > position:
            position = match.end()
            continue
        yield position, sparql[position]
        position += 1


def _where_group_start(sparql: str) -> int:
    """Index just after the `{` opening the query's WHERE group."""
    inside = [False] * len(sparql)
    for index, _ in _code_positions(sparql):
        inside[index] = True
    masked = "".join(ch if inside[i] else " " for i, ch in enumerate(sparql))
    form = _QUERY_FORM.search(masked)
    if form is None:
        raise QueryError("only SELECT, ASK, CONSTRUCT and DESCRIBE queries take parameters")
    depth = 0
    search_from = form.end()
    if form.group(1).upper() == "CONSTRUCT":
        where = _WHERE.search(masked, form.end())
        if where is None:
            raise QueryError("parameters need a CONSTRUCT query with a WHERE clause")
        between = masked[form.end() : where.start()]
        if "{" not in between:
            raise QueryError("parameters need a CONSTRUCT query with a template (not CONSTRUCT WHERE)")
        search_from = where.end()
    for index in range(search_from, len(masked)):
        ch = masked[index]
        if ch == "{" and depth == 0:
            return index + 1
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
    raise QueryError("the query has no WHERE group to bind parameters in")


def bind_values(sparql: str, bindings: Mapping[str, Node | None] | None) -> str:
    """`sparql` with `bindings` joined to its WHERE group as one VALUES row (None -> UNDEF).

    The VALUES block goes on the line of the opening brace, so the line numbers of a
    syntax error still point into the text the user wrote.
    """
    if not bindings:
        return sparql
    names = list(bindings)
    for name in names:
        if not _VARIABLE.match(name):
            raise QueryError(f"not a valid variable name: {name!r}")
    terms = " ".join("UNDEF" if bindings[name] is None else term_to_sparql(bindings[name]) for name in names)
    block = " VALUES (" + " ".join(f"?{name}" for name in names) + f") {{ ({terms}) }} "
    start = _where_group_start(sparql)
    return sparql[:start] + block + sparql[start:]


Triples = Collection[tuple[Node, Node, Node]]
"""An rdflib graph, or any collection of rdflib triples (ingest writes sets of them)."""


def ntriples(triples: Iterable[tuple[Node, Node, Node]], written: dict[Node, str] | None = None) -> str:
    """`triples` as N-Triples lines, written as rdflib's N-Triples serializer writes them.
    `written` keeps the text of IRIs and blank nodes across calls (they repeat); literals are
    written each time (rdflib takes "x"@en and "x"@EN for equal)."""
    written = {} if written is None else written
    lines = []
    for triple in triples:
        terms = []
        for term in triple:
            # `type(...) is` first: isinstance with rdflib's terms goes through their abstract base class
            if type(term) is not URIRef and isinstance(term, Literal):
                terms.append(_quoteLiteral(term))
                continue
            text = written.get(term)
            if text is None:
                text = written[term] = term.n3()
            terms.append(text)
        lines.append(f"{terms[0]} {terms[1]} {terms[2]} .\n")
    text = "".join(lines)
    text.encode("utf-8")  # as the serializer: a lone surrogate cannot be written
    return text


def graph_update(
    graphs: Mapping[URIRef, Triples],
    changes: Mapping[URIRef, tuple[Triples, Triples]] | None = None,
    absent: Collection[URIRef] = (),
) -> str:
    """One SPARQL Update request that replaces each graph of `graphs` whole and, for each graph of
    `changes`, deletes the first and inserts the second set of triples (a store applies one request
    as one transaction). Graphs named in `absent` are known not to exist: nothing to drop first."""
    parts = []
    written: dict[Node, str] = {}
    for name, graph in graphs.items():
        iri = f"<{check_iri(str(name))}>"
        if name not in absent:
            parts.append(f"DROP SILENT GRAPH {iri}")
        if len(graph):
            parts.append(f"INSERT DATA {{ GRAPH {iri} {{\n{ntriples(graph, written)}}} }}")
    for name, (removed, added) in (changes or {}).items():
        iri = f"<{check_iri(str(name))}>"
        if len(removed):
            parts.append(f"DELETE DATA {{ GRAPH {iri} {{\n{ntriples(removed, written)}}} }}")
        if len(added):
            parts.append(f"INSERT DATA {{ GRAPH {iri} {{\n{ntriples(added, written)}}} }}")
    return " ;\n".join(parts)
