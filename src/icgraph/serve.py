"""A read-only SPARQL 1.1 Protocol endpoint over the embedded store, with an offline query page.

    GET  /                      the query page (static/query.html, no external resources)
    GET  /queries.json          the saved queries (name, title, description, parameters, example, text)
    GET|POST /sparql (or /query)    SPARQL 1.1 Protocol queries; updates are refused (403)
    GET|POST /saved/NAME?p=v    a saved query with its parameters bound safely

Results are negotiated by Accept (or `?format=`): JSON, XML, CSV, TSV for rows; Turtle, N-Triples,
JSON-LD for graphs. The default graph is the union of the named graphs. Bad queries get 400 with
the parser's message; a query running past the timeout gets 503.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Mapping
from dataclasses import asdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from icgraph.bindings import bind_values
from icgraph.errors import IcgraphError, QueryError
from icgraph.query import bindings_for, saved_queries
from icgraph.store import EmbeddedStore, run_with_timeout

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
FORMAT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
}
DEFAULT_TIMEOUT = 30.0


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the Accept header prefers (first offered for */* or no header)."""
    if not accept:
        return offered[0]
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        media, *params = [piece.strip() for piece in part.split(";")]
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        media = media.lower()
        if media in ("*/*", ""):
            matches = [offered[0]]
        elif media.endswith("/*"):
            matches = [o for o in offered if o.startswith(media[:-1])]
        else:
            matches = [o for o in offered if o == media]
        for match in matches[:1]:
            choices.append((-quality, position, match))
    return sorted(choices)[0][2] if choices else None


def _page() -> bytes:
    return resources.files("icgraph").joinpath("static/query.html").read_bytes()


class SparqlHandler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib signature)
        if self.server.log:
            self.server.log(f"{self.address_string()} {format % args}")

    # ------------------------------------------------------------------ plumbing

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _request_params(self) -> tuple[dict[str, list[str]], str | None]:
        """Form/URL parameters, and a query sent directly in the body."""
        split = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(split.query, keep_blank_values=True)
        direct = None
        if self.command == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8") if length else ""
            content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if content_type == "application/x-www-form-urlencoded":
                for key, values in urllib.parse.parse_qs(body, keep_blank_values=True).items():
                    params.setdefault(key, []).extend(values)
            elif content_type == "application/sparql-query":
                direct = body
            elif content_type == "application/sparql-update":
                params.setdefault("update", []).append(body)
            elif body:
                params.setdefault("__unsupported__", []).append(content_type or "no content type")
        return params, direct

    # ------------------------------------------------------------------ routes

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        self._route()

    def do_POST(self) -> None:
        self._route()

    def _route(self) -> None:
        path = urllib.parse.urlsplit(self.path).path.rstrip("/") or "/"
        try:
            if path in ("/", "/index.html"):
                self._send(200, _page(), "text/html; charset=utf-8")
            elif path == "/queries.json":
                self._send(200, self.server.saved_queries_json(), "application/json")
            elif path in ("/sparql", "/query"):
                self._protocol()
            elif path.startswith("/saved/"):
                self._saved(urllib.parse.unquote(path[len("/saved/") :]))
            else:
                self._error(404, f"no such resource: {path}")
        except BrokenPipeError:
            pass

    def _protocol(self) -> None:
        params, direct = self._request_params()
        if "__unsupported__" in params:
            self._error(415, f"unsupported request content type {params['__unsupported__'][0]}")
            return
        if "update" in params:
            self._error(403, "this endpoint is read-only: updates are refused")
            return
        queries = params.get("query", [])
        if direct is not None:
            queries = [direct]
        if not queries:
            if self.command == "GET" and "text/html" in (self.headers.get("Accept") or ""):
                self._send(200, _page(), "text/html; charset=utf-8")
            else:
                self._error(400, "missing the 'query' parameter (SPARQL 1.1 Protocol)")
            return
        if len(queries) > 1:
            self._error(400, "more than one 'query' parameter")
            return
        default_graphs = params.get("default-graph-uri", [])
        named_graphs = params.get("named-graph-uri", [])
        self._answer(queries[0], params, default_graphs, named_graphs)

    def _saved(self, name: str) -> None:
        params, _ = self._request_params()
        queries = self.server.queries()
        if name not in queries:
            self._error(404, f"no saved query {name!r}")
            return
        query = queries[name]
        values = {key: vals[-1] for key, vals in params.items() if key != "format"}
        try:
            bindings = bindings_for(query, values)
            text = bind_values(query.text, bindings)
        except IcgraphError as error:
            self._error(400, str(error))
            return
        self._answer(text, params, [], [])

    def _answer(self, sparql: str, params: Mapping[str, list[str]], default_graphs: list[str], named_graphs: list[str]) -> None:
        requested = params.get("format", [None])[-1]
        accept = FORMAT_NAMES.get(requested, requested) if requested else self.headers.get("Accept")
        try:
            body, content_type = self.server.evaluate(sparql, accept, default_graphs, named_graphs)
        except SyntaxError as error:
            self._error(400, f"malformed query: {error}")
            return
        except QueryError as error:
            self._error(503, str(error))
            return
        except NotAcceptable as error:
            self._error(406, str(error))
            return
        except (OSError, ValueError) as error:
            self._error(500, f"query failed: {error}")
            return
        self._send(200, body, content_type)


class NotAcceptable(Exception):
    pass


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        store: EmbeddedStore,
        host: str = "127.0.0.1",
        port: int = 7878,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
        queries_dir: Path | None = None,
        cors: bool = False,
        log=None,
    ) -> None:
        self.store = store
        self.query_timeout = timeout
        self.queries_dir = queries_dir
        self.cors = cors
        self.log = log
        super().__init__((host, port), SparqlHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def queries(self):
        return saved_queries(self.queries_dir)

    def saved_queries_json(self) -> bytes:
        listing = []
        for query in self.queries().values():
            listing.append(
                {
                    "name": query.name,
                    "title": query.title,
                    "description": query.description,
                    "parameters": [asdict(parameter) for parameter in query.parameters],
                    "example": query.example,
                    "text": query.text,
                }
            )
        return json.dumps(listing, ensure_ascii=False).encode("utf-8")

    def evaluate(self, sparql: str, accept: str | None, default_graphs: list[str], named_graphs: list[str]) -> tuple[bytes, str]:
        options: dict[str, object] = {}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(iri) for iri in default_graphs]
        else:
            options["use_default_graph_as_union"] = True
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(iri) for iri in named_graphs]

        def work() -> tuple[bytes, str]:
            result = self.store.native.query(sparql, **options)
            if isinstance(result, ox.QueryTriples):
                media = negotiate(accept, list(GRAPH_TYPES))
                if media is None:
                    raise NotAcceptable(f"a graph result is available as {', '.join(GRAPH_TYPES)}")
                return ox.serialize(result, format=GRAPH_TYPES[media]), f"{media}; charset=utf-8"
            media = negotiate(accept, list(RESULT_TYPES))
            if media is None:
                raise NotAcceptable(f"results are available as {', '.join(RESULT_TYPES)}")
            return result.serialize(format=RESULT_TYPES[media]), f"{media}; charset=utf-8"

        return run_with_timeout(work, self.query_timeout)


def make_server(store: EmbeddedStore, host: str = "127.0.0.1", port: int = 7878, **options) -> SparqlServer:
    """A server bound to host:port (port 0 picks a free one); call serve_forever() to run it."""
    return SparqlServer(store, host, port, **options)


def serve_in_thread(server: SparqlServer) -> threading.Thread:
    """Run `server` in a daemon thread (for notebooks and tests); stop it with server.shutdown()."""
    thread = threading.Thread(target=server.serve_forever, daemon=True, name="icgraph-serve")
    thread.start()
    return thread
