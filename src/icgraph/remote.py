"""Talking to a SPARQL 1.1 server: SPARQLWrapper for queries, SPARQL Update and the Graph Store Protocol for writes.

Every failure of the server or the network becomes one EndpointError line (or QuerySyntaxError for a
query the server rejects as malformed), never a traceback.
"""

from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Callable, Mapping
from typing import TypeVar

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node
from SPARQLWrapper import BASIC, DIGEST, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper import SPARQLExceptions

from icgraph.bindings import Triples, check_iri, graph_update
from icgraph.deadline import Overdue, within
from icgraph.errors import EndpointError, EndpointURLError, QuerySyntaxError

_T = TypeVar("_T")
_AUTH_SCHEMES = {"basic": BASIC, "digest": DIGEST}
DEFAULT_TIMEOUT = 60.0
"""Seconds a request to a server may take, connecting and reading included, unless told otherwise."""
QUERY_PATHS = ("query", "sparql")
PROBE_UPDATE = "DROP SILENT GRAPH <urn:icgraph:probe:no-such-graph>"


def _term_from_json(value: Mapping[str, str]) -> Node:
    """A term of the SPARQL 1.1 Query Results JSON format (and Virtuoso's 'typed-literal')."""
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return Literal(value["value"], lang=value["xml:lang"])
        datatype = value.get("datatype")
        if datatype and datatype != "http://www.w3.org/2001/XMLSchema#string":
            return Literal(value["value"], datatype=URIRef(datatype))
        return Literal(value["value"])
    raise EndpointError(f"the server returned an unknown term type {kind!r}")


def results_from_json(document: Mapping) -> tuple[list[str], list[dict[str, Node]], bool | None]:
    if "boolean" in document:
        return [], [], bool(document["boolean"])
    variables = list(document.get("head", {}).get("vars", []))
    rows = [
        {name: _term_from_json(value) for name, value in binding.items()}
        for binding in document.get("results", {}).get("bindings", [])
    ]
    return variables, rows, None


def _root(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _sibling(url: str, name: str) -> str:
    """`http://h/ds/query` -> `http://h/ds/{name}`."""
    parts = urllib.parse.urlsplit(url)
    folder = parts.path.rsplit("/", 1)[0]
    return f"{parts.scheme}://{parts.netloc}{folder}/{name}"


def _unique(urls: list[str]) -> list[str]:
    return list(dict.fromkeys(urls))


def check_endpoint_url(url: str) -> str:
    """`url` when it is an absolute http(s) URL with a host; EndpointURLError (a usage error) otherwise."""
    text = url.strip() if isinstance(url, str) else ""
    parts = urllib.parse.urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(ch.isspace() for ch in text):
        raise EndpointURLError(f"not an http(s) URL of a SPARQL server: {url!r} (e.g. http://127.0.0.1:7878/ or …/query)")
    try:
        parts.port
    except ValueError:
        raise EndpointURLError(f"not a valid port in {url!r}") from None
    return text


class Client:
    """One server: where to query, where to update, where its Graph Store Protocol lives, how to log in.

    `endpoint` is the server's base URL or its query URL. Below a base URL the query service is
    looked for at `/query` and `/sparql`; the update service, when not given, is looked for beside
    the query URL (`…/update`, as Oxigraph and Fuseki place it) and at the query URL itself (as
    Virtuoso does), by sending a no-op update; the Graph Store Protocol at `…/store`, `…/data` and
    Virtuoso's `/sparql-graph-crud-auth`. Every request has a deadline (`timeout`, default
    DEFAULT_TIMEOUT seconds) that covers connecting and reading the whole answer, so a silent or
    trickling server cannot stall a command.
    """

    def __init__(
        self,
        endpoint: str,
        *,
        update_endpoint: str | None = None,
        graph_store_endpoint: str | None = None,
        auth: tuple[str, str] | None = None,
        auth_scheme: str = "basic",
        timeout: float | None = None,
    ) -> None:
        if auth_scheme not in _AUTH_SCHEMES:
            raise EndpointError(f"unknown HTTP authentication {auth_scheme!r} (basic or digest)")
        if timeout is not None and timeout <= 0:
            raise EndpointURLError(f"a timeout must be positive, not {timeout:g}")
        self.endpoint = check_endpoint_url(endpoint)
        self.update_endpoint = check_endpoint_url(update_endpoint) if update_endpoint else None
        self.graph_store_endpoint = check_endpoint_url(graph_store_endpoint) if graph_store_endpoint else None
        self.auth = auth
        self.auth_scheme = auth_scheme
        self.timeout = DEFAULT_TIMEOUT if timeout is None else timeout
        self._query_url: str | None = None

    # ------------------------------------------------------------------ discovery

    @property
    def query_url(self) -> str:
        """The query service: `endpoint` itself, or below a base URL the first of /query, /sparql that answers."""
        if self._query_url is None:
            if urllib.parse.urlsplit(self.endpoint).path.strip("/"):
                self._query_url = self.endpoint
            else:
                candidates = [f"{_root(self.endpoint)}/{path}" for path in QUERY_PATHS]
                found = next((url for url in candidates if self._answers_queries(url)), None)
                if found is None:
                    raise EndpointError(f"no SPARQL query service at {self.endpoint} (tried {', '.join(candidates)}): give its query URL")
                self._query_url = found
        return self._query_url

    def _answers_queries(self, url: str) -> bool:
        try:
            return self._select_at(url, "ASK {}", None, None).boolean is not None
        except Unanswered:
            raise
        except EndpointError as error:
            if "credentials" in str(error):
                raise
            return False

    def discover_update_endpoint(self) -> str:
        """The SPARQL Update service; EndpointError when the server takes no update anywhere (a
        read-only endpoint such as `icgraph serve`)."""
        if self.update_endpoint:
            return self.update_endpoint
        query_url = self.query_url
        candidates = _unique([_sibling(query_url, "update"), query_url])
        for candidate in candidates:
            if self._accepts_update(candidate):
                self.update_endpoint = candidate
                return candidate
        raise EndpointError(
            f"{self.endpoint} is read-only: no SPARQL Update service answered (tried {', '.join(candidates)}) "
            "and no Graph Store Protocol was found; nothing was written. Push to a writable server "
            "(e.g. `oxigraph serve --location DIR`), or give --update-endpoint / --store-endpoint"
        )

    def _accepts_update(self, url: str) -> bool:
        """Does `url` run a no-op SPARQL Update (2xx)? 401 is a credentials error, not a 'no'."""
        request = urllib.request.Request(
            url, data=PROBE_UPDATE.encode("utf-8"), method="POST", headers={"Content-Type": "application/sparql-update"}
        )

        def run() -> int:
            with self._opener(url).open(request, timeout=self.timeout) as response:
                response.read()
                return response.status

        try:
            return 200 <= self._call(url, run) < 300
        except Unanswered:
            raise
        except EndpointError as error:
            if "HTTP 401" in str(error):
                raise EndpointError(f"{url} refused the credentials (HTTP 401): check --user/--password") from None
            return False

    def discover_graph_store(self) -> str | None:
        """The server's Graph Store Protocol endpoint, when it offers one at a known place."""
        if self.graph_store_endpoint:
            return self.graph_store_endpoint
        query_url = self.query_url
        candidates = _unique([
            _sibling(query_url, "store"), f"{_root(query_url)}/store", _sibling(query_url, "data"),
            f"{_root(query_url)}/sparql-graph-crud-auth",
        ])
        for candidate in candidates:
            if self.offers_graph_store(candidate):
                self.graph_store_endpoint = candidate
                return candidate
        return None

    def offers_graph_store(self, url: str) -> bool:
        """Does `url` answer like a Graph Store Protocol endpoint (GET ?default -> 200 with RDF)?"""
        request = urllib.request.Request(f"{url}?default", method="GET", headers={"Accept": "application/n-triples"})

        def run() -> bool:
            with self._opener(url).open(request, timeout=self.timeout) as response:
                content_type = response.headers.get("Content-Type", "")
                response.read()
                return response.status == 200 and ("triples" in content_type or "turtle" in content_type)

        try:
            return self._call(url, run)
        except Unanswered:
            raise
        except EndpointError:
            return False

    # ------------------------------------------------------------------ SPARQLWrapper

    def _wrapper(self, url: str, timeout: float) -> SPARQLWrapper:
        wrapper = SPARQLWrapper(url)
        wrapper.setMethod(POST)
        wrapper.setTimeout(max(1, round(timeout)))
        if self.auth:
            wrapper.setHTTPAuth(_AUTH_SCHEMES[self.auth_scheme])
            wrapper.setCredentials(*self.auth)
        return wrapper

    def _call(self, url: str, action: Callable[[], _T], original: str | None = None, timeout: float | None = None) -> _T:
        """Run one request within its deadline; every failure becomes one EndpointError line."""
        seconds = timeout if timeout is not None else self.timeout
        try:
            return within(seconds, lambda: _quietly(action), name="icgraph-request")
        except Overdue:
            raise Unanswered(f"{url} did not answer within {seconds:g} s (--timeout)") from None
        except SPARQLExceptions.QueryBadFormed as error:
            if original is not None:
                from icgraph.store import check_syntax

                check_syntax(original)
            raise QuerySyntaxError(f"{url} rejected the query: {_short(error)}") from None
        except SPARQLExceptions.Unauthorized:
            raise EndpointError(f"{url} refused the credentials (HTTP 401): check --user/--password") from None
        except SPARQLExceptions.EndPointNotFound:
            raise EndpointError(f"{url} has no SPARQL endpoint (HTTP 404)") from None
        except SPARQLExceptions.URITooLong:
            raise EndpointError(f"{url} refused the request as too long (HTTP 414)") from None
        except SPARQLExceptions.EndPointInternalError as error:
            raise EndpointError(f"{url} failed (HTTP 500): {_short(error)}") from None
        except SPARQLExceptions.SPARQLWrapperException as error:
            raise EndpointError(f"{url} refused the request: {_short(error)}") from None
        except urllib.error.HTTPError as error:
            raise EndpointError(f"{url} answered HTTP {error.code} {error.reason}") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, (TimeoutError, socket.timeout)):
                raise Unanswered(f"{url} did not answer within {seconds:g} s (--timeout)") from None
            raise Unanswered(f"cannot reach {url}: {error.reason}") from None
        except (TimeoutError, socket.timeout):
            raise Unanswered(f"{url} did not answer within {seconds:g} s (--timeout)") from None
        except (ConnectionError, OSError, http.client.HTTPException) as error:
            raise Unanswered(f"cannot reach {url}: {error or type(error).__name__}") from None

    def _select_at(self, url: str, sparql: str, original: str | None, timeout: float | None):
        from icgraph.store import SelectResult

        wrapper = self._wrapper(url, timeout or self.timeout)
        wrapper.setQuery(sparql)
        wrapper.setReturnFormat(JSON)

        def run():
            response = wrapper.query()
            return response.convert()

        document = self._call(url, run, original, timeout)
        if not isinstance(document, dict):
            raise EndpointError(f"{url} did not answer with SPARQL JSON results")
        try:
            variables, rows, boolean = results_from_json(document)
        except (KeyError, TypeError, AttributeError):
            raise EndpointError(f"{url} answered with malformed SPARQL JSON results") from None
        return SelectResult(variables, rows, boolean)

    def select(self, sparql: str, *, original: str | None = None, timeout: float | None = None):
        return self._select_at(self.query_url, sparql, original, timeout)

    def construct(self, sparql: str, *, original: str | None = None, timeout: float | None = None) -> Graph:
        url = self.query_url
        wrapper = self._wrapper(url, timeout or self.timeout)
        wrapper.setQuery(sparql)
        wrapper.setReturnFormat(TURTLE)

        def run() -> bytes:
            response = wrapper.query()
            return response.response.read()

        data = self._call(url, run, original, timeout)
        graph = Graph()
        try:
            graph.parse(data=data, format="turtle")
        except Exception as error:  # rdflib raises several parser exception types
            raise EndpointError(f"{url} returned a graph that does not parse as Turtle: {_short(error)}") from None
        return graph

    def update(self, sparql_update: str) -> None:
        url = self.discover_update_endpoint()
        wrapper = self._wrapper(url, self.timeout)
        wrapper.setQuery(sparql_update)

        def run() -> None:
            wrapper.query().response.read()

        self._call(url, run)

    def count_triples(self, name: URIRef) -> int:
        """How many triples the server holds in the named graph `name`."""
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{check_iri(str(name))}> {{ ?s ?p ?o }} }}").rows
        try:
            return int(rows[0]["n"]) if rows and "n" in rows[0] else 0
        except ValueError:
            raise EndpointError(f"{self.query_url} answered a COUNT with {rows[0]['n']!r}") from None

    # ------------------------------------------------------------------ writing

    def replace_graphs(self, graphs: Mapping[URIRef, Triples], changes: Mapping[URIRef, tuple[Triples, Triples]] | None = None) -> None:
        """All graphs and changes in one SPARQL Update request (servers apply one request as one
        transaction)."""
        update = graph_update(graphs, changes)
        if update:
            self.update(update)

    def put_graph(self, name: URIRef, graph: Graph) -> str:
        """Replace one named graph on the server in one request (a Graph Store PUT, else one SPARQL
        Update that drops and inserts), so a failure never leaves it half-written; returns the
        method used ('graph-store' or 'update')."""
        iri = check_iri(str(name))
        if self.graph_store_endpoint:
            self._graph_store_put(iri, graph)
            return "graph-store"
        self.replace_graphs({URIRef(iri): graph})
        return "update"

    def _opener(self, url: str) -> urllib.request.OpenerDirector:
        handlers: list[urllib.request.BaseHandler] = []
        if self.auth:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            manager.add_password(None, _root(url), *self.auth)
            handler_class = urllib.request.HTTPDigestAuthHandler if self.auth_scheme == "digest" else urllib.request.HTTPBasicAuthHandler
            handlers.append(handler_class(manager))
        return urllib.request.build_opener(*handlers)

    def _graph_store_put(self, iri: str, graph: Graph) -> None:
        store_url = self.graph_store_endpoint or ""
        url = f"{store_url}?{urllib.parse.urlencode({'graph': iri})}"
        body = graph.serialize(format="nt", encoding="utf-8")
        request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "application/n-triples"})

        def run() -> None:
            with self._opener(store_url).open(request, timeout=self.timeout) as response:
                response.read()

        self._call(store_url, run)


def _quietly(action: Callable[[], _T]) -> _T:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # SPARQLWrapper warns on unknown content types
        return action()


class Unanswered(EndpointError):
    """The server could not be reached or did not answer in time (not a refusal)."""


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 400 else text[:397] + "..."
