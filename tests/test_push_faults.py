"""Push and remote reads that tell the truth: a server that loses data, says nothing, trickles or
is read-only makes the command fail with one clear line and exit 1; a malformed URL is a usage
error (exit 2). The servers here are real HTTP servers on 127.0.0.1, faulty on purpose."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from icgraph.cli import cli
from icgraph.errors import EndpointError
from icgraph.push import push
from icgraph.store import open_store
from servers import _stop, _wait_http, free_port

pytestmark = pytest.mark.server

FIXTURE = Path(__file__).resolve().parent / "data" / "graph-fixture.trig"
COUNT_ZERO = {"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "0", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    folder = tmp_path_factory.mktemp("local") / "store"
    with open_store(folder) as store:
        store.load(FIXTURE)
    return folder


class FaultyServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, behaviour: str) -> None:
        super().__init__(("127.0.0.1", 0), FaultyHandler)
        self.behaviour = behaviour  # "liar", "liar-store", "silent" or "trickle"
        self.requests: list[tuple[str, str, bytes]] = []
        self.stopping = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class FaultyHandler(BaseHTTPRequestHandler):
    server: FaultyServer

    def log_message(self, *args) -> None:
        return None

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _hold(self) -> bool:
        """The silent server never answers; the trickling one sends a byte every 0.3 s."""
        if self.server.behaviour == "silent":
            self.server.stopping.wait(120)
            return True
        if self.server.behaviour == "trickle":
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            while not self.server.stopping.wait(0.3):
                try:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                except OSError:
                    break
            return True
        return False

    def _answer(self, body: bytes, content_type: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.server.requests.append(("GET", self.path, b""))
        if self._hold():
            return
        if self.server.behaviour == "liar-store" and self.path.startswith("/store"):
            self._answer(b"", "application/n-triples")
        else:
            self._answer(b"not here", "text/plain", 404)

    def do_PUT(self) -> None:
        self.server.requests.append(("PUT", self.path, self._body()))
        self._answer(b"", "text/plain")  # 200, and nothing stored

    def do_POST(self) -> None:
        body = self._body()
        self.server.requests.append(("POST", self.path, body))
        if self._hold():
            return
        text = urllib.parse.unquote_plus(body.decode("utf-8", "replace"))
        if self.path.startswith("/query"):
            document = {"head": {}, "boolean": True} if "ASK" in text else COUNT_ZERO
            self._answer(json.dumps(document).encode(), "application/sparql-results+json")
        else:
            self._answer(b"", "text/plain")  # updates: 200, and nothing stored


@contextmanager
def faulty_server(behaviour: str) -> Iterator[FaultyServer]:
    server = FaultyServer(behaviour)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("behaviour", ["liar", "liar-store"])
def test_push_to_a_server_that_answers_200_and_stores_nothing_fails(local, behaviour):
    with faulty_server(behaviour) as server:
        result = CliRunner().invoke(cli, ["push", "--endpoint", f"{server.url}/query", "--store", str(local)])
        writes = [r for r in server.requests if r[0] == "PUT" or (r[0] == "POST" and not r[1].startswith("/query"))]
    assert result.exit_code == 1, result.stderr
    assert "pushed" not in result.stderr and "Traceback" not in result.output
    assert "holds 0 triples" in result.stderr and "did not store the graph" in result.stderr
    if behaviour == "liar":  # probe, then ONE update that drops and fills the first graph
        probe, first = writes
        assert b"DROP" in first[2] and b"INSERT" in first[2]
    else:
        assert [r[0] for r in writes] == ["PUT"]


@pytest.mark.parametrize("behaviour", ["silent", "trickle"])
@pytest.mark.parametrize("command", [["push"], ["query", "who-met-whom"], ["stats"], ["export"]])
def test_a_silent_or_trickling_server_fails_within_the_timeout(local, behaviour, command):
    with faulty_server(behaviour) as server:
        result = CliRunner().invoke(cli, [*command, "--endpoint", f"{server.url}/query", "--timeout", "1", "--store", str(local)])
    assert result.exit_code == 1, result.output
    assert "did not answer within 1 s" in result.stderr and "Traceback" not in result.output


def test_remote_calls_have_a_default_timeout():
    store = open_store(endpoint="http://127.0.0.1:1/query")
    assert store.client.timeout == 60


@pytest.mark.parametrize("url", ["notaurl", "ftp://host/sparql", "http://", "http://host:port/query", "http://exa mple.org/q"])
@pytest.mark.parametrize("command", [["push"], ["query", "who-met-whom"], ["stats"], ["export"]])
def test_a_malformed_endpoint_url_is_a_usage_error(tmp_path, url, command):
    result = CliRunner().invoke(cli, [*command, "--endpoint", url, "--store", str(tmp_path / "none")])
    assert result.exit_code == 2, result.output
    assert "Invalid value for '--endpoint': not an http(s) URL" in result.stderr or "not a valid port" in result.stderr
    assert "Traceback" not in result.output


def test_push_to_icgraph_serve_fails_as_read_only(local, tmp_path):
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(Path(sys.executable).parent / "icgraph"), "serve", "--store", str(local), "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_http(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", process, 60, log)
        for endpoint in (f"http://127.0.0.1:{port}", f"http://127.0.0.1:{port}/sparql"):
            with open_store(endpoint=endpoint) as target, open_store(local, read_only=True) as source:
                with pytest.raises(EndpointError, match="is read-only"):
                    push(source, target)
        result = CliRunner().invoke(cli, ["push", "--endpoint", f"http://127.0.0.1:{port}/", "--store", str(local)])
        assert result.exit_code == 1, result.output
        assert "is read-only" in result.stderr and "oxigraph serve --location" in result.stderr
        assert "pushed" not in result.stderr and "Traceback" not in result.output
    finally:
        _stop(process)
