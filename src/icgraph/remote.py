"""Talking to a SPARQL 1.1 server: SPARQLWrapper for queries, SPARQL Update and the Graph Store Protocol for writes.

Every failure of the server or the network becomes one EndpointError line (or QuerySyntaxError for a
query the server rejects as malformed), never a traceback.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node
from SPARQLWrapper import BASIC, DIGEST, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper import SPARQLExceptions

from icgraph.bindings import check_iri, graph_update, ntriples
from icgraph.errors import EndpointError, QuerySyntaxError

_T = TypeVar("_T")
_AUTH_SCHEMES = {"basic": BASIC, "digest": DIGEST}
DEFAULT_CHUNK_TRIPLES = 5000


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


class Client:
    """One server: where to query, where to update, where its Graph Store Protocol lives, how to log in."""

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
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or _default_update_endpoint(endpoint)
        self.graph_store_endpoint = graph_store_endpoint
        self.auth = auth
        self.auth_scheme = auth_scheme
        self.timeout = timeout

    # ------------------------------------------------------------------ SPARQLWrapper

    def _wrapper(self, url: str, timeout: float | None) -> SPARQLWrapper:
        wrapper = SPARQLWrapper(url)
        wrapper.setMethod(POST)
        effective = timeout if timeout is not None else self.timeout
        if effective is not None:
            wrapper.setTimeout(max(1, round(effective)))
        if self.auth:
            wrapper.setHTTPAuth(_AUTH_SCHEMES[self.auth_scheme])
            wrapper.setCredentials(*self.auth)
        return wrapper

    def _call(self, url: str, action: Callable[[], _T], original: str | None = None) -> _T:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # SPARQLWrapper warns on unknown content types
                return action()
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
                raise EndpointError(f"{url} did not answer in time") from None
            raise EndpointError(f"cannot reach {url}: {error.reason}") from None
        except (TimeoutError, socket.timeout):
            raise EndpointError(f"{url} did not answer in time") from None
        except (ConnectionError, OSError) as error:
            raise EndpointError(f"cannot reach {url}: {error}") from None

    def select(self, sparql: str, *, original: str | None = None, timeout: float | None = None):
        from icgraph.store import SelectResult

        wrapper = self._wrapper(self.endpoint, timeout)
        wrapper.setQuery(sparql)
        wrapper.setReturnFormat(JSON)

        def run():
            response = wrapper.query()
            return response.convert()

        document = self._call(self.endpoint, run, original)
        if not isinstance(document, dict):
            raise EndpointError(f"{self.endpoint} did not answer with SPARQL JSON results")
        variables, rows, boolean = results_from_json(document)
        return SelectResult(variables, rows, boolean)

    def construct(self, sparql: str, *, original: str | None = None, timeout: float | None = None) -> Graph:
        wrapper = self._wrapper(self.endpoint, timeout)
        wrapper.setQuery(sparql)
        wrapper.setReturnFormat(TURTLE)

        def run() -> bytes:
            response = wrapper.query()
            return response.response.read()

        data = self._call(self.endpoint, run, original)
        graph = Graph()
        try:
            graph.parse(data=data, format="turtle")
        except Exception as error:  # rdflib raises several parser exception types
            raise EndpointError(f"{self.endpoint} returned a graph that does not parse as Turtle: {_short(error)}") from None
        return graph

    def update(self, sparql_update: str) -> None:
        wrapper = self._wrapper(self.update_endpoint, None)
        wrapper.setQuery(sparql_update)

        def run() -> None:
            wrapper.query().response.read()

        self._call(self.update_endpoint, run)

    # ------------------------------------------------------------------ writing

    def replace_graphs(self, graphs: Mapping[URIRef, Graph], changes: Mapping[URIRef, tuple[Graph, Graph]] | None = None) -> None:
        """All graphs and changes in one SPARQL Update request (servers apply one request as one
        transaction)."""
        update = graph_update(graphs, changes)
        if update:
            self.update(update)

    def put_graph(self, name: URIRef, graph: Graph, *, chunk_triples: int = DEFAULT_CHUNK_TRIPLES) -> str:
        """Replace one named graph on the server; returns the method used ('graph-store' or 'update')."""
        iri = check_iri(str(name))
        if self.graph_store_endpoint:
            self._graph_store_put(iri, graph)
            return "graph-store"
        self.update(f"DROP SILENT GRAPH <{iri}>")
        for chunk in _chunks(graph, chunk_triples):
            self.update(f"INSERT DATA {{ GRAPH <{iri}> {{\n{chunk}}} }}")
        return "update"

    def _opener(self) -> urllib.request.OpenerDirector:
        handlers: list[urllib.request.BaseHandler] = []
        if self.auth:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            manager.add_password(None, _root(self.graph_store_endpoint or self.endpoint), *self.auth)
            handler_class = urllib.request.HTTPDigestAuthHandler if self.auth_scheme == "digest" else urllib.request.HTTPBasicAuthHandler
            handlers.append(handler_class(manager))
        return urllib.request.build_opener(*handlers)

    def _graph_store_put(self, iri: str, graph: Graph) -> None:
        url = f"{self.graph_store_endpoint}?{urllib.parse.urlencode({'graph': iri})}"
        body = graph.serialize(format="nt", encoding="utf-8")
        request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "application/n-triples"})

        def run() -> None:
            with self._opener().open(request, timeout=self.timeout) as response:
                response.read()

        self._call(self.graph_store_endpoint or url, run)

    def offers_graph_store(self, url: str) -> bool:
        """Does `url` answer like a Graph Store Protocol endpoint (GET ?default -> 200 with RDF)?"""
        request = urllib.request.Request(f"{url}?default", method="GET", headers={"Accept": "application/n-triples"})
        try:
            with self._opener().open(request, timeout=self.timeout or 10) as response:
                content_type = response.headers.get("Content-Type", "")
                response.read()
                return response.status == 200 and ("triples" in content_type or "turtle" in content_type)
        except (urllib.error.URLError, OSError):
            return False

    def discover_graph_store(self) -> str | None:
        """The server's Graph Store Protocol endpoint, when it offers one at a known place."""
        if self.graph_store_endpoint:
            return self.graph_store_endpoint
        for candidate in (f"{_root(self.endpoint)}/store", f"{_root(self.endpoint)}/sparql-graph-crud-auth"):
            if self.offers_graph_store(candidate):
                self.graph_store_endpoint = candidate
                return candidate
        return None


def _default_update_endpoint(endpoint: str) -> str:
    """Oxigraph serves updates at /update beside /query; others take updates at the query URL."""
    if endpoint.rstrip("/").endswith("/query"):
        return endpoint.rstrip("/")[: -len("/query")] + "/update"
    return endpoint


def _chunks(graph: Graph, size: int) -> Iterator[str]:
    lines = ntriples(graph).splitlines(keepends=True)
    for start in range(0, len(lines), size):
        yield "".join(lines[start : start + size])


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 400 else text[:397] + "..."
