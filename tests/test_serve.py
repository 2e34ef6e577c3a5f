"""`icgraph serve`: the SPARQL 1.1 Protocol endpoint and its query page, with real HTTP requests."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from rdflib import Graph
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

from icgraph.serve import make_server, negotiate, serve_in_thread
from icgraph.store import open_store

FIXTURE = Path(__file__).resolve().parent / "data" / "graph-fixture.trig"
CHROMIUM = Path("/usr/bin/chromium")
WHO = "SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?e a <https://w3id.org/icgraph/ontology#Meeting> ; <https://w3id.org/icgraph/ontology#participant> ?a , ?b } FILTER(STR(?a) < STR(?b)) }"
ENTITIES = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/icgraph/graph/entities> { ?s ?p ?o } }"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } }"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("serve") / "store"
    with open_store(folder) as store:
        store.load(FIXTURE)
    return folder


@pytest.fixture(scope="module")
def url(store_dir) -> Iterator[str]:
    with open_store(store_dir, read_only=True) as store:
        server = make_server(store, "127.0.0.1", 0, timeout=0.5)
        serve_in_thread(server)
        yield server.url
        server.shutdown()
        server.server_close()


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
    assert status == 503 and "timed out" in body
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


def test_the_page_has_no_external_resources(url):
    status, kind, page = request(f"{url}/")
    assert status == 200 and kind.startswith("text/html")
    assert not re.search(r"<script[^>]*\bsrc=|<link\b|@import|https?://", page)


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
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.browser
def test_the_page_works_with_the_network_cut(url):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    outside: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"])
        try:
            page = browser.new_page()
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(url) else (outside.append(route.request.url), route.abort()))
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(f"{url}/")
            page.click("button[data-name='meetings-of']")
            assert page.input_value("input[name='entity']").endswith("salim-m-almalik")
            page.click("#run")
            page.wait_for_selector("#results table td")
            assert "Mohamed Ould Amar" in page.inner_text("#results")
            page.fill("#query", "SELECT ?s WHERE { ?s ?p }")
            page.click("#run")
            page.wait_for_selector("#status.error")
            assert "error at" in page.inner_text("#status")
            assert errors == [] and outside == []
        finally:
            browser.close()
