"""The query worker process: runs SPARQL over a read-only view of the store, one query at a time.

Started by `icgraph.bounded.WorkerPool` as `python -m icgraph.worker STORE MEMORY_MB`; it reads
length-prefixed pickled requests on stdin and writes one reply per request on stdout. The parent
kills it when a query passes its deadline, which stops the work for real; its heap is capped with
setrlimit(RLIMIT_DATA) so a query that needs more memory than allowed ends this process, not the
server. Only the standard library and pyoxigraph are imported here, so a worker starts fast.

The store is opened read-only (a writer such as `icgraph ingest` may hold it at the same time);
before each query the worker compares the store's write-ahead logs, manifests and tables with what
it opened and reopens when they changed, so every query sees all transactions committed before it
started and nothing committed while it runs.
"""

from __future__ import annotations

import os
import pickle
import resource
import signal
import struct
import sys
import time
from typing import BinaryIO

import pyoxigraph as ox

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
_HEADER = struct.Struct("!I")
_OPEN_ATTEMPTS = 5
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


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


def write_frame(stream: BinaryIO, message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def read_frame(stream: BinaryIO) -> object | None:
    header = _read_exactly(stream, _HEADER.size)
    if header is None:
        return None
    body = _read_exactly(stream, _HEADER.unpack(header)[0])
    return None if body is None else pickle.loads(body)


# --------------------------------------------------------------------------- store view


def fingerprint(path: str) -> frozenset[tuple[str, int, int]]:
    """What changes when a writer commits: write-ahead logs, manifests, CURRENT and tables."""
    entries = []
    with os.scandir(path) as listing:
        for entry in listing:
            name = entry.name
            if name.endswith((".log", ".sst")) or name.startswith(("MANIFEST-", "CURRENT")):
                try:
                    stat = entry.stat()
                except FileNotFoundError:  # deleted by a compaction while we looked
                    continue
                entries.append((name, stat.st_size, stat.st_mtime_ns))
    return frozenset(entries)


class StoreView:
    def __init__(self, path: str) -> None:
        self.path = path
        self.store: ox.Store | None = None
        self.seen: frozenset[tuple[str, int, int]] | None = None

    def current(self) -> ox.Store:
        now = fingerprint(self.path)
        if self.store is None or now != self.seen:
            self.reopen(now)
        assert self.store is not None
        return self.store

    def reopen(self, now: frozenset[tuple[str, int, int]] | None = None) -> None:
        self.store = None
        for attempt in range(_OPEN_ATTEMPTS):
            try:
                self.store = ox.Store.read_only(self.path)
                break
            except (OSError, RuntimeError):  # a file replaced by the writer while we opened
                if attempt == _OPEN_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        self.seen = now if now is not None else fingerprint(self.path)


# --------------------------------------------------------------------------- answering


def _term(term: object) -> tuple[str, ...]:
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value)
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if term.language:
            return ("literal", term.value, term.language, "")
        return ("literal", term.value, "", "" if datatype == _XSD_STRING else datatype)
    return ("literal", str(term), "", "")


def _execute(store: ox.Store, request: dict) -> tuple:
    options: dict[str, object] = {}
    if request.get("default_graphs"):
        options["default_graph"] = [ox.NamedNode(iri) for iri in request["default_graphs"]]
    else:
        options["use_default_graph_as_union"] = True
    if request.get("named_graphs"):
        options["named_graphs"] = [ox.NamedNode(iri) for iri in request["named_graphs"]]
    result = store.query(request["query"], **options)
    if request.get("terms"):
        if isinstance(result, ox.QueryTriples):
            return ("triples", [(_term(t.subject), _term(t.predicate), _term(t.object)) for t in result])
        if isinstance(result, ox.QueryBoolean):
            return ("rows", [], [], bool(result))
        variables = [v.value for v in result.variables]
        rows = [tuple(None if solution[name] is None else _term(solution[name]) for name in variables) for solution in result]
        return ("rows", variables, rows, None)
    accept = request.get("accept")
    if isinstance(result, ox.QueryTriples):
        media = negotiate(accept, list(GRAPH_TYPES))
        if media is None:
            return ("not-acceptable", f"a graph result is available as {', '.join(GRAPH_TYPES)}")
        return ("http", media, ox.serialize(result, format=GRAPH_TYPES[media]))
    media = negotiate(accept, list(RESULT_TYPES))
    if media is None:
        return ("not-acceptable", f"results are available as {', '.join(RESULT_TYPES)}")
    return ("http", media, result.serialize(format=RESULT_TYPES[media]))


def answer(view: StoreView, request: dict) -> tuple:
    try:
        try:
            return _execute(view.current(), request)
        except OSError:  # a table deleted by the writer's compaction: read a fresh view once
            view.reopen()
            assert view.store is not None
            return _execute(view.store, request)
    except SyntaxError as error:
        return ("syntax", str(error))
    except MemoryError:
        return ("memory", "the query needed more memory than this endpoint allows")
    except (OSError, RuntimeError) as error:
        return ("store", f"reading the store failed: {error}")
    except ValueError as error:
        return ("error", str(error))


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when its parent goes, whatever the parent's fate."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def main(argv: list[str]) -> int:
    store_path, memory_mb = argv[0], int(argv[1])
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; Ctrl-C reaches it too
    _die_with_parent()
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    view = StoreView(store_path)
    inbox, outbox = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but replies on the pipe
    while True:
        request = read_frame(inbox)
        if request is None:
            return 0
        started = time.perf_counter()
        reply = answer(view, request)  # type: ignore[arg-type]
        write_frame(outbox, (reply, time.perf_counter() - started))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
