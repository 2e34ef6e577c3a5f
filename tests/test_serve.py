"""`icgraph serve`: the SPARQL 1.1 Protocol endpoint and its query page, with real HTTP requests."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.etree import ElementTree

import pytest
from rdflib import Graph, Literal, URIRef
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

from icgraph.bounded import Limits
from icgraph.serve import ServeOptions, make_server, negotiate, serve_in_thread
from icgraph.store import open_store

FIXTURE = Path(__file__).resolve().parent / "data" / "graph-fixture.trig"
CHROMIUM = Path("/usr/bin/chromium")
WHO = "SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?e a <https://w3id.org/icgraph/ontology#Meeting> ; <https://w3id.org/icgraph/ontology#participant> ?a , ?b } FILTER(STR(?a) < STR(?b)) }"
ENTITIES = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/icgraph/graph/entities> { ?s ?p ?o } }"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }"
GREEDY = "SELECT * WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } } ORDER BY ?o1 ?o2 ?o3"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
OUT = Path(__file__).resolve().parents[1] / "out"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("serve") / "store"
    with open_store(folder) as store:
        store.load(FIXTURE)
    return folder


@contextmanager
def running(store: Path, **options) -> Iterator:
    server = make_server(store, "127.0.0.1", 0, ServeOptions(**options))
    serve_in_thread(server)
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def server(store_dir) -> Iterator:
    with running(store_dir, limits=Limits(timeout=1.0, memory_mb=1024), max_body=64 * 1024) as started:
        yield started


@pytest.fixture(scope="module")
def url(server) -> str:
    return server.url


def request(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers or {}, method=method), timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode("utf-8")


def get(url: str, query: str, accept: str | None = None):
    return request(f"{url}/sparql?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept} if accept else {})


def test_get_post_form_and_post_direct(url):
    status, kind, body = get(url, WHO, "application/sparql-results+json")
    assert status == 200 and kind.startswith("application/sparql-results+json")
    assert len(json.loads(body)["results"]["bindings"]) == 2
    form = urllib.parse.urlencode({"query": WHO}).encode()
    status, _, body = request(f"{url}/sparql", data=form, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 2
    status, _, body = request(f"{url}/query", data=WHO.encode(), headers={"Content-Type": "application/sparql-query"})
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 2


def test_result_content_negotiation(url):
    status, kind, body = get(url, WHO, "text/csv")
    assert kind.startswith("text/csv") and list(csv.reader(io.StringIO(body)))[0] == ["a", "b"]
    _, kind, body = get(url, WHO, "text/tab-separated-values")
    assert kind.startswith("text/tab-separated-values") and body.splitlines()[0] == "?a\t?b"
    _, kind, body = get(url, WHO, "application/sparql-results+xml")
    assert kind.startswith("application/sparql-results+xml") and len(ElementTree.fromstring(body).findall(".//{*}result")) == 2
    _, kind, _ = get(url, WHO, "*/*")
    assert kind.startswith("application/sparql-results+json")
    status, _, _ = get(url, WHO, "image/png")
    assert status == 406


def test_graph_content_negotiation(url):
    sizes = set()
    for accept, parser in (("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")):
        status, kind, body = get(url, ENTITIES, accept)
        assert status == 200 and kind.startswith(accept)
        sizes.add(len(Graph().parse(data=body, format=parser)))
    assert len(sizes) == 1 and sizes.pop() > 20


def test_errors(url):
    status, kind, body = get(url, "SELECT ?s WHERE {\n ?s ?p }")
    assert status == 400 and kind.startswith("text/plain") and re.search(r"error at 2:\d+", body)
    status, _, body = request(f"{url}/sparql", data=urllib.parse.urlencode({"update": "DROP ALL"}).encode(), headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and "read-only" in body
    status, _, _ = get(url, WHO.replace("SELECT", "SELECT") + "")
    assert status == 200  # the store is untouched
    status, _, body = get(url, HEAVY)
    assert status == 503 and "stopped after 1 s" in body
    status, _, _ = request(f"{url}/sparql")
    assert status == 400


def test_sparqlwrapper_reads_the_endpoint(url):
    wrapper = SPARQLWrapper(f"{url}/sparql")
    wrapper.setQuery(WHO)
    wrapper.setReturnFormat(JSON)
    assert len(wrapper.query().convert()["results"]["bindings"]) == 2
    wrapper.setQuery(ENTITIES)
    wrapper.setReturnFormat(TURTLE)
    assert len(Graph().parse(data=wrapper.query().convert(), format="turtle")) > 20


def test_saved_queries_are_listed_and_run_with_parameters(url):
    status, _, body = request(f"{url}/queries.json")
    listing = {q["name"]: q for q in json.loads(body)}
    assert {"who-met-whom", "meetings-of", "sources-of"} <= set(listing)
    assert listing["meetings-of"]["parameters"][0]["name"] == "entity"
    params = urllib.parse.urlencode({"entity": "https://w3id.org/icgraph/id/person/salim-m-almalik"})
    status, _, body = request(f"{url}/saved/meetings-of?{params}", headers={"Accept": "text/csv"})
    assert status == 200 and "Mohamed Ould Amar" in body
    status, _, body = request(f"{url}/saved/meetings-of?entity=" + urllib.parse.quote("x> } DROP ALL {"))
    assert status == 400 and "entity" in body


def test_the_page_loads_only_its_own_assets_under_a_strict_policy(url):
    status, kind, page = request(f"{url}/")
    assert status == 200 and kind.startswith("text/html")
    references = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert references and all(ref.startswith("/") and not ref.startswith("//") for ref in references)
    assert not re.search(r"@import|https?://", page)
    with urllib.request.urlopen(f"{url}/") as response:
        policy = response.headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy and "connect-src 'self'" in policy and "script-src 'self'" in policy
        assert response.headers["X-Content-Type-Options"] == "nosniff" and response.headers["X-Frame-Options"] == "DENY"
    for asset in re.findall(r'(?:src|href)="(/assets/[^"]*)"', page):
        status, _, _ = request(f"{url}{asset}")
        assert status == 200, asset


def test_negotiate_prefers_quality():
    offered = ["application/sparql-results+json", "text/csv"]
    assert negotiate("text/csv;q=0.9, application/sparql-results+json;q=0.5", offered) == "text/csv"
    assert negotiate("text/*", offered) == "text/csv"
    assert negotiate(None, offered) == offered[0]
    assert negotiate("text/html", offered) is None


def test_the_cli_serves_on_a_random_port(store_dir):
    process = subprocess.Popen(
        [sys.executable, "-c", "from icgraph.cli import main; main()", "serve", "--port", "0", "--store", str(store_dir)],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stderr.readline()
        match = re.search(r"at (http://127\.0\.0\.1:\d+)/", line)
        assert match, line
        status, _, body = get(match.group(1), WHO, "text/csv")
        assert status == 200 and len(body.strip().splitlines()) == 3
        workers = children(process.pid)
        assert len(workers) == 2
    finally:
        process.terminate()
        process.wait(timeout=10)
    time.sleep(0.5)
    assert all(cpu_seconds(pid) is None for pid in workers)  # no worker outlives the server



# ------------------------------------------------------------------------------ limits


def cpu_seconds(pid: int) -> float | None:
    """CPU time a process has used so far; None once it is gone (or a zombie)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return None
    return None if fields[0] == "Z" else (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def busy_worker(server, within: float = 10.0) -> int:
    """The pid of a worker running a query (waits until one is)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        busy = [pid for pid, since in server.pool.pids().items() if since is not None]
        if busy:
            return busy[0]
        time.sleep(0.02)
    raise AssertionError("no worker became busy")


def in_background(func, *args):
    outcome: dict = {}
    thread = threading.Thread(target=lambda: outcome.setdefault("value", func(*args)), daemon=True)
    thread.start()
    return thread, outcome


def test_a_runaway_query_is_stopped_and_the_server_keeps_answering(server, url):
    thread, outcome = in_background(get, url, HEAVY)
    pid = busy_worker(server)
    first = cpu_seconds(pid)
    assert first is not None
    status, _, body = get(url, WHO, "text/csv")  # another client, while the runaway runs
    assert status == 200 and len(body.strip().splitlines()) == 3
    thread.join(30)
    status, _, body = outcome["value"]
    assert status == 503 and "stopped after 1 s" in body
    time.sleep(1)
    assert cpu_seconds(pid) is None  # the worker was killed: its CPU time stopped growing
    assert get(url, WHO, "text/csv")[0] == 200  # a fresh worker took its place


def test_a_query_over_the_memory_ceiling_is_stopped(store_dir):
    with running(store_dir, limits=Limits(timeout=120, memory_mb=256), workers=1) as small:
        status, _, body = get(small.url, GREEDY, "text/csv")
        assert status == 503 and "memory limit of 256 MiB" in body
        status, _, body = get(small.url, WHO, "text/csv")
        assert status == 200 and len(body.strip().splitlines()) == 3


def test_beyond_the_concurrency_cap_a_query_gets_503_with_retry_after(store_dir):
    with running(store_dir, limits=Limits(timeout=3), workers=1, queue_wait=0.2) as capped:
        thread, _ = in_background(get, capped.url, HEAVY)
        busy_worker(capped)
        try:
            urllib.request.urlopen(f"{capped.url}/sparql?{urllib.parse.urlencode({'query': WHO})}", timeout=30)
            raise AssertionError("a query beyond the cap was answered")
        except urllib.error.HTTPError as error:
            assert error.code == 503 and error.headers["Retry-After"] == "1"
            assert "busy" in error.read().decode()
        thread.join(30)


@contextmanager
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A TCP listener on another 127.0.0.1 port that records whatever reaches it."""
    sock = socket.create_server(("127.0.0.1", 0))
    sock.settimeout(0.2)
    received: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = sock.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(2)
                try:
                    received.append(connection.recv(65536))
                except TimeoutError:
                    received.append(b"")
                connection.sendall(b"HTTP/1.1 500 Nothing here\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield sock.getsockname()[1], received
    finally:
        stop.set()
        thread.join(5)
        sock.close()


def test_service_never_reaches_another_address(url, store_dir):
    with listener() as (port, received):
        target = f"http://127.0.0.1:{port}/sparql"
        attempts = [
            f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ service silent <{target}> {{ ?s ?p ?o }} }}",
            f"PREFIX far: <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE # a comment\n far:sparql {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ BIND(<{target}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ GRAPH ?g {{ ?s ?p ?o }} SERVICE<{target}>{{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ SERV\\u0049CE <{target}> {{ ?s ?p ?o }} }}",
        ]
        for query in attempts:
            status, _, body = get(url, query)
            assert status == 400, (query, body)
        form = urllib.parse.urlencode({"query": attempts[0]}).encode()
        assert request(f"{url}/sparql", data=form, headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 400
        assert request(f"{url}/sparql", data=f"LOAD <{target}>".encode(), headers={"Content-Type": "application/sparql-update"})[0] == 403
        assert received == []
        # the refusal is what kept it out: an operator's allow-list lets the same query through
        with running(store_dir, allow_service=(f"http://127.0.0.1:{port}/",)) as federated:
            status, _, _ = get(federated.url, attempts[1], "text/csv")
            assert status == 200
        assert received and received[0].startswith(b"POST /sparql")


def raw(url: str, data: bytes, *, timeout: float = 10) -> bytes:
    """Send bytes as they are; the first answer (head and body), or what came before the server closed."""
    host, port = urllib.parse.urlsplit(url).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        try:
            sock.sendall(data)
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = b""
        while True:
            head, sep, body = answer.partition(b"\r\n\r\n")
            length = re.search(rb"(?i)\r\nContent-Length: *(\d+)", head)
            if sep and length and len(body) >= int(length.group(1)):
                return answer
            try:
                chunk = sock.recv(65536)
            except (ConnectionResetError, TimeoutError):
                return answer
            if not chunk:
                return answer
            answer += chunk


def test_a_big_body_gets_413_without_being_read(url):
    answer = raw(url, b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\nContent-Length: 2000000000\r\n\r\nSELECT")
    assert answer.startswith(b"HTTP/1.1 413") and b"limit of 65536 bytes" in answer


def test_a_slow_client_cannot_hold_the_server(store_dir):
    with running(store_dir, header_timeout=1.0) as strict:
        host, port = urllib.parse.urlsplit(strict.url).netloc.split(":")
        slow = [socket.create_connection((host, int(port)), timeout=15) for _ in range(20)]
        for sock in slow:
            sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHo")
        assert get(strict.url, WHO, "text/csv")[0] == 200  # others are served meanwhile
        cut = 0
        for sock in slow:
            with sock:
                try:
                    for _ in range(40):  # one byte every 0.1 s would take 4 s: the server cuts it first
                        sock.sendall(b"s")
                        time.sleep(0.1)
                        if sock.recv(1, socket.MSG_DONTWAIT | socket.MSG_PEEK) == b"":
                            cut += 1
                            break
                except BlockingIOError:
                    continue
                except (BrokenPipeError, ConnectionResetError):
                    cut += 1
        assert cut == 20
        assert get(strict.url, WHO, "text/csv")[0] == 200


def test_only_local_host_names_are_answered(url):
    port = urllib.parse.urlsplit(url).port
    for host in ("localhost", f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}"):
        assert raw(url, f"GET /queries.json HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode()).startswith(b"HTTP/1.1 200"), host
    for host in ("evil.example", f"attacker.test:{port}"):
        answer = raw(url, f"GET /queries.json HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        assert answer.startswith(b"HTTP/1.1 421") and b"--allow-host" in answer


def test_every_malformed_or_unsupported_request_gets_an_answer(url):
    cases = {
        b"GARBAGE\r\n\r\n": b"400",
        b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\r\n\r\n": b"400",
        b"PUT /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n": b"405",
        b"BREW /sparql HTTP/1.1\r\nHost: localhost\r\n\r\n": b"405",
        b"OPTIONS /sparql HTTP/1.1\r\nHost: localhost\r\n\r\n": b"405",
        b"GET /sparql HTTP/1.1\r\n\r\n": b"400",
        b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n\r\n": b"400",
        b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n": b"411",
        b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\nContent-Length: 3\r\n\r\n\xff\xfe\xfd": b"400",
        b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: image/png\r\nContent-Length: 3\r\n\r\nabc": b"415",
        b"GET /sparql?query=%ZZ%ZZ HTTP/1.1\r\nHost: localhost\r\n\r\n": b"400",
        b"GET /sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri HTTP/1.1\r\nHost: localhost\r\n\r\n": b"400",
        b"GET /nowhere HTTP/1.1\r\nHost: localhost\r\n\r\n": b"404",
        b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\nHost: localhost\r\n\r\n": b"414",
        b"GET / HTTP/1.1\r\n" + b"X-A: b\r\n" * 200 + b"\r\n": b"431",
    }
    for data, status in cases.items():
        answer = raw(url, data)
        assert re.match(rb"HTTP/1\.[01] " + status, answer), (data[:60], answer[:200])
    assert b"Allow: GET, HEAD, POST" in raw(url, b"DELETE /sparql HTTP/1.1\r\nHost: localhost\r\n\r\n")
    status, _, body = get(url, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert status == 403 and "read-only" in body  # not a misleading parser message


def test_cors_is_off_unless_asked(url, store_dir):
    with urllib.request.urlopen(urllib.request.Request(f"{url}/queries.json", headers={"Origin": "http://elsewhere.test"})) as response:
        assert response.headers["Access-Control-Allow-Origin"] is None
    with running(store_dir, cors_origins=("http://notebook.test",)) as open_to:
        with urllib.request.urlopen(urllib.request.Request(f"{open_to.url}/queries.json", headers={"Origin": "http://notebook.test"})) as response:
            assert response.headers["Access-Control-Allow-Origin"] == "http://notebook.test"
        with urllib.request.urlopen(urllib.request.Request(f"{open_to.url}/queries.json", headers={"Origin": "http://other.test"})) as response:
            assert response.headers["Access-Control-Allow-Origin"] is None
        status, _, _ = request(f"{open_to.url}/sparql", method="OPTIONS", headers={"Origin": "http://notebook.test", "Access-Control-Request-Method": "POST"})
        assert status == 204


# ------------------------------------------------------------------------------ live data


def count(url: str) -> int:
    status, _, body = get(url, COUNT, "text/csv")
    assert status == 200, body
    return int(body.splitlines()[1])


def test_items_written_while_serving_are_seen_in_whole_transactions(tmp_path):
    folder = tmp_path / "live"
    with open_store(folder) as store:
        store.load(FIXTURE)
    batch = 50
    with running(folder) as live:
        before = count(live.url)
        seen: list[int] = []
        done = threading.Event()

        def write() -> None:
            with open_store(folder) as writer:  # the writer lock is free: the server only reads
                for number in range(20):
                    graph = Graph()
                    for index in range(batch):
                        graph.add((URIRef(f"urn:x:item{number}/{index}"), URIRef("urn:x:p"), Literal(index)))
                    writer.replace_graphs({URIRef(f"urn:x:graph/{number}"): graph})
                    time.sleep(0.05)
            done.set()

        thread = threading.Thread(target=write)
        thread.start()
        while not done.is_set():
            seen.append(count(live.url))
        thread.join()
        after = count(live.url)
    assert after == before + 20 * batch  # no restart
    assert all((value - before) % batch == 0 for value in seen)  # never half a transaction
    assert len(set(seen)) > 1  # the counts grew while it served


# ------------------------------------------------------------------------------ local queries


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (FileNotFoundError, ProcessLookupError):
                continue
    return found


def icgraph(*args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from icgraph.cli import main; main()", *args], text=True, **popen)


def test_local_query_limits_and_ctrl_c(store_dir):
    process = icgraph("query", "-", "--store", str(store_dir), "--timeout", "1", stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, err = process.communicate(HEAVY, timeout=60)
    assert process.returncode == 1 and "stopped after 1 s" in err
    process = icgraph("query", "-", "--store", str(store_dir), "--memory-limit", "256", stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, err = process.communicate(GREEDY, timeout=60)
    assert process.returncode == 1 and "memory limit of 256 MiB" in err
    process = icgraph("query", "-", "--store", str(store_dir), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdin.write(HEAVY)
    process.stdin.close()
    workers: list[int] = []
    for _ in range(300):
        workers = [pid for pid in children(process.pid) if cpu_seconds(pid)]
        if workers:
            break
        time.sleep(0.05)
    assert workers, "the query worker did not start"
    process.send_signal(signal.SIGINT)  # Ctrl-C
    process.wait(timeout=20)
    assert process.returncode != 0
    time.sleep(0.5)
    assert all(cpu_seconds(pid) is None for pid in workers)


# ------------------------------------------------------------------------------ the query page in a browser


@pytest.mark.browser
def test_yasgui_loads_offline_and_runs_a_saved_query(url):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import expect, sync_playwright

    OUT.mkdir(exist_ok=True)
    outside: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(url) else (outside.append(route.request.url), route.abort()))
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.goto(f"{url}/")
            page.wait_for_selector(".yasqe .CodeMirror")  # the YASGUI editor is up
            page.click("button[data-name='meetings-of']")
            assert page.input_value("input[name='entity']").endswith("salim-m-almalik")
            assert "?entity" in page.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()")
            page.click("#run-saved")
            page.wait_for_selector(".yasr table.dataTable td")
            assert "Mohamed Ould Amar" in page.inner_text(".yasr")
            assert page.locator(".yasr .tableSizer").count() == 1  # paging
            page.fill(".yasr .tableFilter", "no such label anywhere")  # filtering
            page.keyboard.press("End")
            page.wait_for_selector(".yasr td.dataTables_empty")
            page.fill(".yasr .tableFilter", "")
            page.keyboard.press("End")
            page.wait_for_selector(".yasr table.dataTable td:not(.dataTables_empty)")
            assert re.search(r"meetings-of: 2 rows in \d+ ms \(server [\d.]+ ms\)", page.inner_text("#status"))
            csv_link = page.get_attribute("#download-csv", "href")
            assert csv_link.startswith("/saved/meetings-of?") and "format=csv" in csv_link
            status, kind, body = request(f"{url}{csv_link}")
            assert status == 200 and kind.startswith("text/csv") and "Mohamed Ould Amar" in body
            permalink = page.get_attribute("#permalink", "href")
            assert "saved=meetings-of" in permalink and "entity=" in permalink
            page.screenshot(path=str(OUT / "serve-yasgui-saved.png"), full_page=True)

            fresh = browser.new_page(viewport={"width": 1400, "height": 900})  # the permalink alone reproduces it
            fresh.route("**/*", lambda route: route.continue_() if route.request.url.startswith(url) else (outside.append(route.request.url), route.abort()))
            fresh.goto(f"{url}{permalink}")
            fresh.wait_for_selector(".yasr table.dataTable td")
            assert "Mohamed Ould Amar" in fresh.inner_text(".yasr")

            page.evaluate("(q) => document.querySelector('.CodeMirror').CodeMirror.setValue(q)", WHO)
            page.click(".yasqe_queryButton")
            expect(page.locator("#status")).to_have_text(re.compile(r"^2 rows in \d+ ms"), timeout=15000)
            assert page.get_attribute("#download-tsv", "href").startswith("/sparql?query=")
            page.click(".yasr table.dataTable th:nth-child(2)")  # sort by a column
            page.screenshot(path=str(OUT / "serve-yasgui-query.png"), full_page=True)
            assert errors == [], errors
            assert outside == []
        finally:
            browser.close()


def test_saved_query_parameters_accept_names_on_the_server(url):
    by_name = request(f"{url}/saved/meetings-of?entity=" + urllib.parse.quote("Salim Al-Malik"), headers={"Accept": "text/csv"})
    by_iri = request(f"{url}/saved/meetings-of?entity=" + urllib.parse.quote("https://w3id.org/icgraph/id/person/salim-m-almalik"), headers={"Accept": "text/csv"})
    assert by_name[0] == 200 and by_name[2] == by_iri[2] and "Mohamed Ould Amar" in by_name[2]
    status, _, body = request(f"{url}/saved/meetings-of?entity=" + urllib.parse.quote("Nobody Known"))
    assert status == 400 and "no entity in the store is named 'Nobody Known'" in body
