"""A read-only SPARQL 1.1 Protocol endpoint over the embedded store, with an offline query page.

    GET  /                      the query page (YASGUI, bundled: no external resources)
    GET  /assets/NAME           the page's scripts and styles
    GET  /queries.json          the saved queries (name, title, description, parameters, example, text)
    GET|POST /sparql (or /query)    SPARQL 1.1 Protocol queries; updates are refused (403)
    GET|POST /saved/NAME?p=v    a saved query run by `icgraph.query.run_query` with its parameters

Every query runs in a worker process (`icgraph.bounded.WorkerPool`) that is killed at the time
limit and whose memory is capped; beyond `workers` concurrent queries a request waits at most
`queue_wait` seconds, then gets 503 with Retry-After. Workers open the store read-only and reopen
it when a writer (`icgraph ingest`) has committed, so new items are seen without a restart.

HTTP hygiene: a request body limit (413), one deadline for a request's head and body (a slow
client is cut off), a listen backlog of 256, a cap on open connections, a Host allow-list
(localhost by default, against DNS rebinding), 405 for other methods, 403 for updates, SERVICE
refused (400) unless allowed, CORS only for configured origins, security headers on every answer.

Results are negotiated by Accept (or `?format=`): JSON, XML, CSV, TSV for rows; Turtle, N-Triples,
JSON-LD, RDF/XML for graphs. The default graph is the union of the named graphs.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import traceback
import urllib.parse
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

from rdflib import Graph

from icgraph.bounded import BoundedStore, Busy, Limits, QueryStopped, WorkerPool
from icgraph.errors import IcgraphError, QuerySyntaxError, QueryUsageError
from icgraph.outbound import OutboundRefused, check_outbound, is_update
from icgraph.query import GRAPH_FORMATS, GRAPH_KINDS, RESULT_FORMATS, SavedQuery, saved_queries
from icgraph.query import run_query as run_saved_query
from icgraph.worker import negotiate

__all__ = ["ServeOptions", "SparqlServer", "make_server", "negotiate", "serve_in_thread"]

FORMAT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
# what the saved-query route writes, with the library's own writers (icgraph.query)
SAVED_ROWS = {"application/sparql-results+json": "json", "application/json": "json", "text/csv": "csv", "text/tab-separated-values": "tsv"}
SAVED_GRAPHS = {"text/turtle": "turtle", "application/n-triples": "ntriples", "application/ld+json": "jsonld"}
ASSETS = {
    "yasgui.min.js": ("assets", "text/javascript; charset=utf-8"),
    "yasgui.min.css": ("assets", "text/css; charset=utf-8"),
    "query.js": ("static", "text/javascript; charset=utf-8"),
    "query.css": ("static", "text/css; charset=utf-8"),
}
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
METHODS = "GET, HEAD, POST"


@dataclass(frozen=True)
class ServeOptions:
    """The endpoint's limits; each is a `icgraph serve` option of the same name."""

    limits: Limits = Limits()
    workers: int = 2  # queries running at once (one worker process each)
    queue_wait: float = 5.0  # seconds a query waits for a free worker before 503
    max_body: int = 1024 * 1024  # bytes of a request body (413 beyond)
    header_timeout: float = 10.0  # seconds to receive a request's head and body
    backlog: int = 256  # the listen queue
    max_connections: int = 512  # connections open at once (503 beyond)
    allowed_hosts: tuple[str, ...] = LOCAL_HOSTS  # Host header names answered ("*": any)
    cors_origins: tuple[str, ...] = ()  # origins allowed to read answers from a browser ("*": any)
    allow_service: tuple[str, ...] = ()  # SERVICE endpoints allowed (IRI, or prefix ending in / or *)
    queries_dir: Path | None = None  # the saved queries (default: the project's queries/)


class _Refused(Exception):
    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = dict(headers or {})


@contextmanager
def _refusals() -> Iterator[None]:
    """The refusals every query can meet: an outbound call (400), no free worker (503 + Retry-After),
    a query stopped at its time or memory limit (503)."""
    try:
        yield
    except OutboundRefused as error:
        raise _Refused(400, str(error)) from None
    except Busy as error:
        raise _Refused(503, str(error), {"Retry-After": "1"}) from None
    except QueryStopped as error:
        raise _Refused(503, str(error)) from None


def _static(folder: str, name: str) -> bytes:
    return resources.files("icgraph").joinpath(f"{folder}/{name}").read_bytes()


class SparqlHandler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    protocol_version = "HTTP/1.1"
    default_request_version = "HTTP/1.0"  # a malformed request line still gets a status line and headers

    def version_string(self) -> str:
        return "icgraph"

    def setup(self) -> None:
        self.timeout = self.server.options.header_timeout  # each read, and each piece of an answer written
        super().setup()

    def handle_one_request(self) -> None:
        self.server.watch(self.connection)  # the request's head and body must arrive in time
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError, OSError):
            self.close_connection = True
        finally:
            self.server.unwatch(self.connection)

    def __getattr__(self, name: str):
        if name.startswith("do_"):  # any other method
            return self._not_allowed
        raise AttributeError(name)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib signature)
        if self.server.log:
            self.server.log(f"{self.address_string()} {format % args}")

    # ------------------------------------------------------------------ answers

    def end_headers(self) -> None:
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        origin = self._cors_origin()
        if origin:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Vary", "Origin")
            self.send_header("Access-Control-Expose-Headers", "Server-Timing")
        if self.close_connection:
            self.send_header("Connection", "close")
        super().end_headers()

    def _send(self, status: int, body: bytes, content_type: str, headers: Mapping[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            view = memoryview(body)
            for start in range(0, len(body), 65536):  # the socket timeout bounds each piece, not the whole answer
                self.wfile.write(view[start : start + 65536])

    def _error(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8", {"Cache-Control": "no-store", **(headers or {})})

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The standard library's answers to malformed requests, as plain text."""
        self.close_connection = True
        self._error(code, message or HTTPStatus(code).phrase)

    def _not_allowed(self) -> None:
        self._drop_body()
        self._error(405, f"method {self.command} is not allowed here (allowed: {METHODS}{', OPTIONS' if self.server.options.cors_origins else ''})", {"Allow": METHODS})

    def _cors_origin(self) -> str | None:
        allowed = self.server.options.cors_origins
        origin = self.headers.get("Origin") if getattr(self, "headers", None) else None
        if not allowed or not origin:
            return None
        return origin if "*" in allowed or origin in allowed else None

    # ------------------------------------------------------------------ requests

    def do_GET(self) -> None:
        self._handle()

    def do_HEAD(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_OPTIONS(self) -> None:
        if not self.server.options.cors_origins:
            self._not_allowed()
            return
        self._drop_body()
        self._send(204, b"", "text/plain", {"Allow": METHODS, "Access-Control-Allow-Methods": METHODS, "Access-Control-Allow-Headers": "Content-Type, Accept", "Access-Control-Max-Age": "600"})

    def _handle(self) -> None:
        try:
            self._check_host()
            body = self._read_body()
            self.server.unwatch(self.connection)  # the query itself has its own time limit
            self._route(body)
        except _Refused as refusal:
            self._error(refusal.status, str(refusal), refusal.headers)
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        except Exception as error:  # noqa: BLE001 - every request gets an answer
            if self.server.log:
                self.server.log(traceback.format_exc())
            self.close_connection = True
            self._error(500, f"internal error: {type(error).__name__}: {error}")

    def _check_host(self) -> None:
        host = self.headers.get("Host")
        if host is None:
            if self.request_version == "HTTP/1.0":
                return
            raise _Refused(400, "the Host header is missing")
        name = host.strip().lower()
        if name.startswith("["):
            name = name[1 : name.find("]")] if "]" in name else name
        else:
            name = name.rsplit(":", 1)[0]
        name = name.rstrip(".")
        if not self.server.host_allowed(name):
            raise _Refused(421, f"this server does not answer for host {name!r} (allowed: {', '.join(self.server.allowed_hosts)}; see --allow-host)")

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            raise _Refused(411, "send the body with a Content-Length (chunked transfer encoding is not accepted)")
        text = self.headers.get("Content-Length")
        if text is None:
            return b""
        if not text.strip().isdigit():
            self.close_connection = True
            raise _Refused(400, f"malformed Content-Length {text!r}")
        length = int(text)
        if length > self.server.options.max_body:
            self.close_connection = True
            raise _Refused(413, f"the request body of {length} bytes is over this endpoint's limit of {self.server.options.max_body} bytes")
        body = self.rfile.read(length) if length else b""
        if len(body) < length:
            self.close_connection = True
            raise ConnectionError("the client sent less than its Content-Length")
        return body

    def _drop_body(self) -> None:
        try:
            self._read_body()
        except _Refused:
            self.close_connection = True

    def _params(self, body: bytes) -> tuple[dict[str, list[str]], str | None]:
        """Form/URL parameters, and a query or update sent directly in the body."""
        split = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(split.query, keep_blank_values=True)
        direct = None
        if self.command == "POST" and body:
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                raise _Refused(400, "the request body is not UTF-8") from None
            content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if content_type == "application/x-www-form-urlencoded":
                for key, values in urllib.parse.parse_qs(text, keep_blank_values=True).items():
                    params.setdefault(key, []).extend(values)
            elif content_type == "application/sparql-query":
                direct = text
            elif content_type == "application/sparql-update":
                raise _Refused(403, "this endpoint is read-only: updates are refused")
            else:
                raise _Refused(415, f"unsupported request content type {content_type or '(none)'}: send a query as application/sparql-query or a form")
        return params, direct

    def _route(self, body: bytes) -> None:
        path = urllib.parse.urlsplit(self.path).path
        if path in ("/", "/index.html"):
            self._page()
        elif path.startswith("/assets/") and path[len("/assets/") :] in ASSETS:
            folder, media = ASSETS[path[len("/assets/") :]]
            self._send(200, _static(folder, path[len("/assets/") :]), media, {"Cache-Control": "max-age=3600"})
        elif path == "/queries.json":
            self._send(200, self.server.saved_queries_json(), "application/json", {"Cache-Control": "no-store"})
        elif path.rstrip("/") in ("/sparql", "/query"):
            self._protocol(body)
        elif path.startswith("/saved/"):
            self._saved(urllib.parse.unquote(path[len("/saved/") :]), body)
        else:
            raise _Refused(404, f"no such resource: {path}")

    def _page(self) -> None:
        self._send(200, _static("static", "query.html"), "text/html; charset=utf-8", {"Content-Security-Policy": PAGE_POLICY, "Cache-Control": "no-store"})

    def _protocol(self, body: bytes) -> None:
        params, direct = self._params(body)
        if "update" in params:
            raise _Refused(403, "this endpoint is read-only: updates are refused")
        queries = [direct] if direct is not None else params.get("query", [])
        if not queries:
            if self.command in ("GET", "HEAD") and "text/html" in (self.headers.get("Accept") or ""):
                self._page()
                return
            raise _Refused(400, "missing the 'query' parameter (SPARQL 1.1 Protocol)")
        if len(queries) > 1:
            raise _Refused(400, "more than one 'query' parameter")
        sparql = queries[0]
        if is_update(sparql):
            raise _Refused(403, "this endpoint is read-only: updates (INSERT, DELETE, LOAD, DROP, …) are refused")
        requested = params.get("format", [None])[-1]
        accept = FORMAT_NAMES.get(requested, requested) if requested else self.headers.get("Accept")
        request = {
            "query": sparql,
            "accept": accept,
            "default_graphs": params.get("default-graph-uri", []),
            "named_graphs": params.get("named-graph-uri", []),
        }
        reply, seconds = self.server.run(request)
        kind = reply[0]
        if kind == "http":
            self._send(200, reply[2], f"{reply[1]}; charset=utf-8", {"Server-Timing": f"query;dur={seconds * 1000:.1f}", "Cache-Control": "no-store"})
        elif kind == "syntax":
            raise _Refused(400, f"malformed query: {reply[1]}")
        elif kind == "not-acceptable":
            raise _Refused(406, reply[1])
        elif kind == "memory":
            raise _Refused(503, reply[1])
        elif kind == "error":
            raise _Refused(400, reply[1])
        else:
            raise _Refused(500, reply[1])

    def _saved(self, name: str, body: bytes) -> None:
        params, _ = self._params(body)
        query = self.server.queries().get(name)
        if query is None:
            raise _Refused(404, f"no saved query {name!r}")
        values = {key: vals[-1] for key, vals in params.items() if key != "format"}
        requested = params.get("format", [None])[-1]
        accept = FORMAT_NAMES.get(requested, requested) if requested else self.headers.get("Accept")
        writers = SAVED_GRAPHS if query.kind in GRAPH_KINDS else SAVED_ROWS
        media = negotiate(accept, list(writers))
        if media is None:
            raise _Refused(406, f"this saved query's answer is available as {', '.join(writers)}")
        started = time.perf_counter()
        result = self.server.run_saved(query, values)
        seconds = time.perf_counter() - started
        fmt = writers[media]
        text = GRAPH_FORMATS[fmt](result) if isinstance(result, Graph) else RESULT_FORMATS[fmt](result)
        self._send(200, text.encode("utf-8"), f"{media}; charset=utf-8", {"Server-Timing": f"query;dur={seconds * 1000:.1f}", "Cache-Control": "no-store"})


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, store: str | Path, host: str = "127.0.0.1", port: int = 7878, options: ServeOptions = ServeOptions(), log: Callable[[str], None] | None = None) -> None:
        self.options = options
        self.log = log
        self.request_queue_size = options.backlog
        self.pool = WorkerPool(store, options.limits, workers=options.workers, queue_wait=options.queue_wait)
        self.reader = BoundedStore(self.pool)
        bound = host.strip("[]").lower()
        self.allowed_hosts = tuple(dict.fromkeys([*options.allowed_hosts, *([bound] if bound not in ("0.0.0.0", "::", "") else [])]))
        self._lock = threading.Lock()
        self._deadlines: dict[socket.socket, float] = {}
        self._connections = 0
        self._stopping = threading.Event()
        super().__init__((host, port), SparqlHandler)
        self.pool.start()
        threading.Thread(target=self._reap, daemon=True, name="icgraph-serve-reaper").start()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    # ------------------------------------------------------------------ queries

    def run(self, request: dict) -> tuple[tuple, float]:
        """A protocol query through the worker pool; IcgraphErrors become HTTP refusals."""
        with _refusals():
            check_outbound(request["query"], self.options.allow_service)
            return self.pool.run(request)

    def run_saved(self, query: SavedQuery, values: Mapping[str, str]):
        try:
            with _refusals():
                check_outbound(query.text, self.options.allow_service)
                return run_saved_query(self.reader, query, values)
        except QueryUsageError as error:  # a missing, unknown or malformed parameter
            raise _Refused(400, str(error)) from None
        except QuerySyntaxError as error:
            raise _Refused(500, f"the saved query {query.name} is malformed: {error}") from None
        except IcgraphError as error:
            raise _Refused(500, str(error)) from None

    def queries(self) -> dict[str, SavedQuery]:
        return saved_queries(self.options.queries_dir)

    def saved_queries_json(self) -> bytes:
        listing = [
            {"name": q.name, "title": q.title, "description": q.description, "kind": q.kind, "parameters": [asdict(p) for p in q.parameters], "example": q.example, "text": q.text}
            for q in self.queries().values()
        ]
        return json.dumps(listing, ensure_ascii=False).encode("utf-8")

    def host_allowed(self, name: str) -> bool:
        return "*" in self.allowed_hosts or name in self.allowed_hosts

    # ------------------------------------------------------------------ connections

    def watch(self, connection: socket.socket) -> None:
        with self._lock:
            self._deadlines[connection] = time.monotonic() + self.options.header_timeout

    def unwatch(self, connection: socket.socket) -> None:
        with self._lock:
            self._deadlines.pop(connection, None)

    def _reap(self) -> None:
        """Cut connections whose request has not fully arrived by its deadline (slow clients)."""
        while not self._stopping.wait(0.25):
            now = time.monotonic()
            with self._lock:
                late = [connection for connection, deadline in self._deadlines.items() if deadline < now]
                for connection in late:
                    del self._deadlines[connection]
            for connection in late:
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def process_request(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        with self._lock:
            full = self._connections >= self.options.max_connections
            if not full:
                self._connections += 1
        if full:
            message = b"too many open connections; try again shortly\n"
            try:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(message), message))
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._lock:
                self._connections -= 1

    def server_close(self) -> None:
        self._stopping.set()
        super().server_close()
        self.pool.close()


def make_server(store: str | Path, host: str = "127.0.0.1", port: int = 7878, options: ServeOptions = ServeOptions(), log: Callable[[str], None] | None = None) -> SparqlServer:
    """A server over the store directory `store`, bound to host:port (port 0 picks a free one);
    call serve_forever() to run it and server_close() to stop its workers."""
    return SparqlServer(store, host, port, options, log)


def serve_in_thread(server: SparqlServer) -> threading.Thread:
    """Run `server` in a daemon thread (for notebooks and tests); stop it with server.shutdown()."""
    thread = threading.Thread(target=server.serve_forever, daemon=True, name="icgraph-serve")
    thread.start()
    return thread
