"""Saved queries, safe parameters, and the output formats of query results.

A saved query is a `.rq` file in `queries/` whose leading comment lines form a header:

    # title: Who met whom
    # description: One row per pair …          (continuation lines start with '#   ')
    # param: since (date, optional): earliest meeting date
    # param: entity (iri, required): the person, organization or country
    # param: limit (integer, default 100): …
    # example: since=2025-04-01 until=2025-04-30
    # requires: current graph model             (the query reads what only the current model writes)

Before such a query runs, the store's graph model version is looked up (`icgraph.model_version`): a
store holding news items of an older model raises OutdatedStoreError, telling the user to ingest the
news into a new store, instead of giving an answer with its old meetings silently missing.

Every declared parameter is bound with a VALUES row (UNDEF when not given), so a parameter's
value is always an RDF term and never query text.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from icgraph.bindings import check_iri
from icgraph.config import QUERIES_DIR, Settings
from icgraph.errors import AmbiguousNameError, QueryError, QuerySyntaxError, QueryUsageError
from icgraph.model_version import check_current
from icgraph.store import GraphStore, SelectResult
from icgraph.textnorm import normalize_name
from icgraph.vocab import PREFIXES

PARAM_TYPES = ("iri", "date", "string", "integer")
GRAPH_KINDS = frozenset({"CONSTRUCT", "DESCRIBE"})  # query kinds that return a graph, not rows
REQUIRES_CURRENT_MODEL = "current graph model"
_PARAM_LINE = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*\((?P<spec>[^)]*)\)\s*:?\s*(?P<description>.*)$")
_QUERY_KIND = re.compile(r"(?i)\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b")
_COMMENT_OR_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*')


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    required: bool = False
    default: str | None = None
    description: str = ""
    choices: tuple[str, ...] = ()  # the values a string parameter accepts ("one of a|b"); any when empty


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    text: str
    title: str = ""
    description: str = ""
    parameters: tuple[Parameter, ...] = ()
    example: dict[str, str] = field(default_factory=dict)
    requires_current_model: bool = False  # header "# requires: current graph model"

    @property
    def kind(self) -> str:
        """SELECT, ASK, CONSTRUCT or DESCRIBE."""
        return query_kind(self.text)


def query_kind(sparql: str) -> str:
    code = _COMMENT_OR_STRING.sub(" ", sparql)
    match = _QUERY_KIND.search(code)
    return match.group(1).upper() if match else "SELECT"


# --------------------------------------------------------------------------- loading


def _parse_param(text: str, origin: str) -> Parameter:
    match = _PARAM_LINE.match(text.strip())
    if not match:
        raise QueryError(f"{origin}: malformed parameter line {text.strip()!r} (expected 'name (type, optional): description')")
    parts = [part.strip() for part in match.group("spec").split(",")]
    kind = parts[0]
    if kind not in PARAM_TYPES:
        raise QueryError(f"{origin}: parameter {match.group('name')} has unknown type {kind!r} (one of {', '.join(PARAM_TYPES)})")
    required, default, choices = False, None, ()
    for part in parts[1:]:
        if part == "required":
            required = True
        elif part.startswith("default "):
            default = part[len("default ") :].strip()
        elif part.startswith("one of "):
            choices = tuple(choice.strip() for choice in part[len("one of ") :].split("|") if choice.strip())
        elif part != "optional":
            raise QueryError(f"{origin}: parameter {match.group('name')}: unknown option {part!r}")
    return Parameter(match.group("name"), kind, required, default, match.group("description").strip(), choices)


def parse_header(text: str, origin: str) -> dict:
    """title, description, parameters, example and whether it requires the current graph model, from
    the leading comment block."""
    fields: dict[str, list[str]] = {"title": [], "description": [], "param": [], "example": [], "requires": []}
    current: list[str] | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        body = stripped[1:]
        key, sep, value = body.strip().partition(":")
        if sep and key in fields and not body.startswith("   "):
            fields[key].append(value.strip())
            current = fields[key]
        elif current is not None and body.strip():
            current[-1] = f"{current[-1]} {body.strip()}"
    example: dict[str, str] = {}
    for line in fields["example"]:
        for token in shlex.split(line):
            name, sep, value = token.partition("=")
            if not sep:
                raise QueryError(f"{origin}: example {token!r} is not name=value")
            example[name] = value
    return {
        "title": " ".join(fields["title"]),
        "description": " ".join(fields["description"]),
        "parameters": tuple(_parse_param(line, origin) for line in fields["param"]),
        "example": example,
        "requires_current_model": _requires_current_model(fields["requires"], origin),
    }


def _requires_current_model(lines: list[str], origin: str) -> bool:
    for line in lines:
        if line != REQUIRES_CURRENT_MODEL:
            raise QueryError(f"{origin}: unknown requirement {line!r} (the one known: {REQUIRES_CURRENT_MODEL!r})")
    return bool(lines)


def load_query_file(path: Path, name: str | None = None) -> SavedQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"cannot read the query {path}: {error}") from None
    header = parse_header(text, str(path))
    return SavedQuery(name=name or path.stem, path=path, text=text, **header)


def saved_queries(directory: Path | None = None) -> dict[str, SavedQuery]:
    """Every saved query by name (file name without `.rq`), sorted by name."""
    folder = directory or QUERIES_DIR
    return {path.stem: load_query_file(path) for path in sorted(folder.glob("*.rq"))}


def find_query(name_or_file: str | Path, directory: Path | None = None) -> SavedQuery:
    """A saved query by name, or any `.rq` file by path."""
    candidate = Path(name_or_file)
    if candidate.suffix == ".rq" or candidate.exists():
        if not candidate.is_file():
            raise QueryUsageError(f"no query file {candidate}")
        return load_query_file(candidate)
    folder = directory or QUERIES_DIR
    path = folder / f"{name_or_file}.rq"
    if not path.is_file():
        known = ", ".join(sorted(saved_queries(folder))) or "none"
        raise QueryUsageError(f"unknown query {name_or_file!r} (saved queries: {known})")
    return load_query_file(path)


# --------------------------------------------------------------------------- parameters


def parse_iri(value: str, base: str | None = None) -> URIRef:
    """A full IRI, a prefixed name of the graph's vocabularies (`ic:Meeting`), or a path under the data base (`id/person/x`)."""
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        text = f"{PREFIXES[prefix]}{local}"
    elif not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", text) and "/" in text:
        text = f"{base or Settings.from_env().base}{text.lstrip('/')}"
    return check_iri(text)


NAMES_QUERY = """PREFIX ic: <https://w3id.org/icgraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?entity ?name ?preferred WHERE {
  GRAPH ?g { ?entity a ?type }
  VALUES ?type { ic:Person org:Organization ic:Place ic:Event ic:Agreement }
  { GRAPH ?gl { ?entity skos:prefLabel ?name } BIND (true AS ?preferred) }
  UNION { GRAPH ?gl { ?entity skos:altLabel|skos:notation ?name } BIND (false AS ?preferred) }
}"""
"""Every label, alias, acronym and country code of the store's people, organizations, countries,
places, events and agreements (a country is an org:Organization)."""


def looks_like_iri(value: str) -> bool:
    """Whether a parameter value is written as an IRI (`<…>`, `scheme:…`, `ic:Visit`, `id/person/x`)
    rather than as a name."""
    text = value.strip()
    if text.startswith("<") or re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S", text):
        return True
    return "/" in text and not re.search(r"\s", text)


def _known_entity(name: str, base: str | None) -> URIRef | None:
    """A state or organization of the data/ gazetteers by name, alias or acronym (the curated
    memberships name organizations that no news item in the store may have mentioned yet)."""
    from icgraph.extract.gazetteer import default_gazetteer
    from icgraph.iri import entity_iri

    gazetteer = default_gazetteer()
    data_base = base or Settings.from_env().base
    organization = gazetteer.organization(name)
    if organization is not None:
        return entity_iri(f"organization/{organization.id}", data_base)
    country = gazetteer.country(name) or gazetteer.country_by_code(name)
    if country is not None:
        return entity_iri(f"country/{country.iso3.lower()}", data_base)
    return None


def resolve_name(store: GraphStore, name: str, base: str | None = None) -> URIRef:
    """The entity a label, alias, acronym or ISO code names, compared case-, accent- and
    punctuation-insensitively. A name that is one entity's preferred label and only another's
    alias is the first's; otherwise a name that fits several entities is an AmbiguousNameError
    listing them with their IRIs. A name no stored entity has may still be a state or organization
    of the data/ gazetteers (by its IRI policy); one that fits nothing is a QueryUsageError."""
    key = normalize_name(name)
    if not key:
        raise QueryUsageError(f"{name!r} is neither an IRI nor a name")
    preferred: dict[str, str] = {}
    found: dict[str, str] = {}
    labels: dict[str, str] = {}
    for row in store.select(NAMES_QUERY).rows:
        entity, label = str(row["entity"]), str(row["name"])
        if str(row.get("preferred")) == "true":
            labels[entity] = label
        if normalize_name(label) == key:
            found.setdefault(entity, label)
            if str(row.get("preferred")) == "true":
                preferred[entity] = label
    candidates = preferred if len(preferred) == 1 else found
    if not candidates:
        known = _known_entity(name, base)
        if known is not None:
            return known
        raise QueryUsageError(f"no entity in the store is named {name!r} (try `icgraph query entities -p search=…`)")
    if len(candidates) > 1:
        listed = "; ".join(f"{labels.get(iri, label)} <{iri}>" for iri, label in sorted(candidates.items(), key=lambda pair: labels.get(pair[0], pair[1])))
        raise AmbiguousNameError(f"{name!r} names {len(candidates)} entities: {listed}; give the IRI instead")
    return URIRef(next(iter(candidates)))


def parse_param_value(parameter: Parameter, value: str, base: str | None = None, store: GraphStore | None = None) -> Node:
    """The RDF term of a parameter value given as text; QueryError naming the parameter otherwise.

    With a `store`, an IRI parameter also accepts the name of an entity (`resolve_name`)."""
    if parameter.type == "iri" and store is not None and not looks_like_iri(value):
        try:
            return resolve_name(store, value, base)
        except QueryError as error:
            raise type(error)(f"parameter {parameter.name}: {error}") from None
    try:
        if parameter.type == "iri":
            return parse_iri(value, base)
        if parameter.type == "date":
            return Literal(date.fromisoformat(value.strip()).isoformat(), datatype=XSD.date)
        if parameter.type == "integer":
            return Literal(str(int(value.strip())), datatype=XSD.integer)
        if parameter.choices and value not in parameter.choices:
            raise ValueError(f"choose one of {', '.join(parameter.choices)}")
        return Literal(value)
    except (ValueError, QueryError) as error:
        raise QueryUsageError(f"parameter {parameter.name}: {value!r} is not a valid {parameter.type} ({error})") from None


def bindings_for(
    query: SavedQuery, params: Mapping[str, str], base: str | None = None, store: GraphStore | None = None
) -> dict[str, Node | None]:
    """Every declared parameter as an RDF term (None = UNDEF); unknown or missing ones are errors.

    With a `store`, IRI parameters also accept names, resolved through the store's labels."""
    declared = {parameter.name: parameter for parameter in query.parameters}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        names = ", ".join(declared) or "none"
        raise QueryUsageError(f"query {query.name} has no parameter {', '.join(unknown)} (its parameters: {names})")
    bindings: dict[str, Node | None] = {}
    for name, parameter in declared.items():
        value = params.get(name, parameter.default)
        if value is None or value == "":
            if parameter.required:
                raise QueryUsageError(f"query {query.name} needs --param {name}=… ({parameter.type}: {parameter.description})")
            bindings[name] = None
        else:
            bindings[name] = parse_param_value(parameter, value, base, store)
    return bindings


def run_query(
    store: GraphStore,
    name_or_file: str | Path | SavedQuery,
    params: Mapping[str, str] | None = None,
    *,
    timeout: float | None = None,
    base: str | None = None,
) -> SelectResult | Graph:
    """Run a saved query (by name), a `.rq` file or a SavedQuery with text parameters bound safely."""
    query = name_or_file if isinstance(name_or_file, SavedQuery) else find_query(name_or_file)
    bindings = bindings_for(query, params or {}, base, store)
    if query.requires_current_model:
        check_current(store, f"the query {query.name} would miss what the older model lacks", timeout=timeout)
    try:
        if query.kind in GRAPH_KINDS:
            return store.construct(query.text, bindings, timeout=timeout)
        return store.select(query.text, bindings, timeout=timeout)
    except QuerySyntaxError as error:
        raise QuerySyntaxError(f"{query.path.name}: {error}") from None


def run_sparql(store: GraphStore, sparql: str, *, timeout: float | None = None) -> SelectResult | Graph:
    """Run SPARQL text as given (no parameters)."""
    if query_kind(sparql) in GRAPH_KINDS:
        return store.construct(sparql, timeout=timeout)
    return store.select(sparql, timeout=timeout)


# --------------------------------------------------------------------------- output formats


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    literal: dict[str, str] = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal) and term.language:
        literal["xml:lang"] = term.language
    elif isinstance(term, Literal) and term.datatype is not None:
        literal["datatype"] = str(term.datatype)
    return literal


def results_json(result: SelectResult) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
    document = {
        "head": {"vars": result.variables},
        "results": {"bindings": [{name: _json_term(value) for name, value in row.items()} for row in result.rows]},
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _plain(term: Node | None) -> str:
    return "" if term is None else str(term)


def _delimited(result: SelectResult, dialect: str) -> str:
    buffer = io.StringIO()
    if result.boolean is not None:
        buffer.write("true\n" if result.boolean else "false\n")
        return buffer.getvalue()
    if dialect == "csv":
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([_plain(row.get(name)) for name in result.variables])
        return buffer.getvalue()
    buffer.write("\t".join(f"?{name}" for name in result.variables) + "\n")
    for row in result.rows:
        buffer.write("\t".join(_tsv_term(row.get(name)) for name in result.variables) + "\n")
    return buffer.getvalue()


def _tsv_term(term: Node | None) -> str:
    """SPARQL 1.1 TSV: terms in their Turtle/N-Triples form."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        escaped = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        if term.language:
            return f'"{escaped}"@{term.language}'
        if term.datatype is not None:
            return f'"{escaped}"^^<{term.datatype}>'
        return f'"{escaped}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    return f"<{term}>"


MAX_CELL = 48


def _shorten(text: str, width: int = MAX_CELL) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _compact_iri(term: URIRef, base: str) -> str:
    text = str(term)
    for prefix, namespace in PREFIXES.items():
        if text.startswith(str(namespace)) and len(text) > len(str(namespace)):
            return f"{prefix}:{text[len(str(namespace)):]}"
    if text.startswith(base):
        return text[len(base) :]
    return text


def _cell(term: Node | None, base: str) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return _compact_iri(term, base)
    return str(term)


def table_columns(variables: list[str]) -> list[str]:
    """Columns shown in a table: an IRI column whose `…Label` (or `label`) column exists is replaced by the label."""
    shown = []
    for name in variables:
        if f"{name}Label" in variables:
            continue
        shown.append(name)
    return shown


def results_table(result: SelectResult, base: str | None = None) -> str:
    """An aligned text table for a terminal: labels instead of IRIs, long values shortened."""
    if result.boolean is not None:
        return ("yes" if result.boolean else "no") + "\n"
    data_base = base or Settings.from_env().base
    columns = table_columns(result.variables)
    headers = [name[: -len("Label")] if name.endswith("Label") and name[: -len("Label")] in result.variables else name for name in columns]
    body = []
    for row in result.rows:
        cells = []
        for name in columns:
            value = row.get(name)
            if value is None and name.endswith("Label"):
                value = row.get(name[: -len("Label")])  # no label: show the IRI
            cells.append(_shorten(_cell(value, data_base)))
        body.append(cells)
    widths = [max([len(header)] + [len(cells[i]) for cells in body]) for i, header in enumerate(headers)]
    lines = ["  ".join(header.ljust(widths[i]) for i, header in enumerate(headers)).rstrip()]
    lines.append("  ".join("-" * width for width in widths))
    for cells in body:
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(cells)).rstrip())
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _graph_format(rdflib_format: str) -> Callable[[Graph], str]:
    def serialize(graph: Graph) -> str:
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace, override=True)
        return graph.serialize(format=rdflib_format)

    return serialize


RESULT_FORMATS: dict[str, Callable[[SelectResult], str]] = {
    "table": results_table,
    "csv": lambda result: _delimited(result, "csv"),
    "tsv": lambda result: _delimited(result, "tsv"),
    "json": results_json,
}
GRAPH_FORMATS: dict[str, Callable[[Graph], str]] = {
    "turtle": _graph_format("turtle"),
    "ntriples": _graph_format("nt"),
    "jsonld": _graph_format("json-ld"),
}
OUTPUT_FORMATS = tuple(RESULT_FORMATS) + tuple(GRAPH_FORMATS)


def output_format(kind: str, fmt: str | None = None) -> str:
    """The format a query of `kind` (SELECT, ASK, CONSTRUCT, DESCRIBE) is written in: `fmt`, checked
    before the query runs, or the default that suits the result (table for rows, turtle for a graph)."""
    if kind in GRAPH_KINDS:
        chosen, formats, what = fmt or "turtle", GRAPH_FORMATS, "a graph result is"
    else:
        chosen, formats, what = fmt or "table", RESULT_FORMATS, "rows are"
    if chosen not in formats:
        raise QueryUsageError(f"{what} written as {', '.join(formats)}, not {chosen}")
    return chosen


def format_output(result: SelectResult | Graph, fmt: str | None = None) -> str:
    """Rows in table/csv/tsv/json, a graph in turtle/ntriples/jsonld; the default suits the result."""
    if isinstance(result, Graph):
        return GRAPH_FORMATS[output_format("CONSTRUCT", fmt)](result)
    return RESULT_FORMATS[output_format("SELECT", fmt)](result)
