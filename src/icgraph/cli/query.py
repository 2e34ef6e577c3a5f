"""CLI commands over the store: query, queries, stats, export, push, serve."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from typing import Any

import click

from icgraph.cli.common import error_boundary, store_option
from icgraph.cli.progress import ProgressDisplay
from icgraph.errors import EndpointURLError, QueryUsageError
from icgraph.push import push as push_store
from icgraph.query import OUTPUT_FORMATS, find_query, format_output, output_format, query_kind, run_query, run_sparql, saved_queries
from icgraph.store import DUMP_FORMATS, open_store


def _url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A malformed server URL is a usage error (exit 2), found before anything is opened."""
    if value is None:
        return None
    from icgraph.remote import check_endpoint_url  # keeps SPARQLWrapper out of embedded-only runs

    try:
        return check_endpoint_url(value)
    except EndpointURLError as error:
        raise click.BadParameter(str(error)) from None


def endpoint_options(func):
    """--endpoint and its companions: a SPARQL 1.1 server instead of the embedded store."""
    options = [
        click.option("--endpoint", envvar="ICGRAPH_ENDPOINT", callback=_url, help="A SPARQL 1.1 server instead of the embedded store: its base URL or its query URL."),
        click.option("--update-endpoint", callback=_url, help="SPARQL Update URL (default: discovered from --endpoint)."),
        click.option("--store-endpoint", "--graph-store", "graph_store", callback=_url, help="Graph Store Protocol URL (default: discovered from --endpoint)."),
        click.option("--user", envvar="ICGRAPH_ENDPOINT_USER", help="User name for the server ($ICGRAPH_ENDPOINT_USER)."),
        click.option("--password", envvar="ICGRAPH_ENDPOINT_PASSWORD", help="Password for the server ($ICGRAPH_ENDPOINT_PASSWORD)."),
        click.option("--auth", "auth_scheme", type=click.Choice(["basic", "digest"]), default="basic", show_default=True, help="HTTP authentication scheme."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _open(store_path: str, endpoint: str | None, update_endpoint: str | None, user: str | None, password: str | None, auth_scheme: str, timeout: float | None = None, graph_store: str | None = None):
    if endpoint:
        auth = (user, password or "") if user else None
        return open_store(endpoint=endpoint, update_endpoint=update_endpoint, graph_store_endpoint=graph_store, auth=auth, auth_scheme=auth_scheme, timeout=timeout)
    return open_store(store_path, read_only=True, create=False)


def _open_bounded(store_path: str, timeout: float | None, memory_limit: int | None, **remote: Any):
    """A server, or the embedded store read by a worker process that the limits (and Ctrl-C) stop."""
    if remote.get("endpoint"):
        return _open(store_path, timeout=timeout, **remote)
    from icgraph.bounded import BoundedStore, Limits, WorkerPool

    return BoundedStore(WorkerPool(store_path, Limits(timeout=timeout, memory_mb=memory_limit), workers=1, queue_wait=0))


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r} is not name=value", param_hint="--param")
        params[name.strip()] = text
    return params


@click.command("query")
@click.argument("query")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter (repeatable).")
@click.option("-f", "--format", "fmt", type=click.Choice(OUTPUT_FORMATS, case_sensitive=False), help="Output format (table for rows, turtle for graphs by default).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Stop the query after this many seconds.")
@click.option("--memory-limit", type=click.IntRange(min=64), metavar="MIB", help="Stop the query when it needs more memory than this (embedded store).")
@store_option
@endpoint_options
@error_boundary
def query_command(query: str, params: tuple[str, ...], fmt: str | None, timeout: float | None, memory_limit: int | None, store_path: str, **remote: Any) -> None:
    """Run a saved query by NAME, a FILE.rq, or SPARQL from stdin ('-').

    \b
    icgraph query who-met-whom --format table
    icgraph query meetings-of -p entity=id/person/amina-rahimi -p since=2025-01-01
    echo 'SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 5' | icgraph query -
    """
    parsed = _parse_params(params)
    if query == "-" and parsed:
        raise QueryUsageError("parameters are for saved queries; SPARQL from stdin runs as given")
    sparql = sys.stdin.read() if query == "-" else None
    saved = find_query(query) if sparql is None else None
    chosen = output_format(query_kind(sparql) if saved is None else saved.kind, fmt.lower() if fmt else None)
    with _open_bounded(store_path, timeout, memory_limit, **remote) as store:
        result = run_sparql(store, sparql, timeout=timeout) if saved is None else run_query(store, saved, parsed, timeout=timeout)
        _write(format_output(result, chosen))


@click.command("queries")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@error_boundary
def queries_command(fmt: str) -> None:
    """List the saved queries: name, description and parameters."""
    library = saved_queries()
    if fmt == "json":
        listing = [
            {"name": q.name, "title": q.title, "description": q.description, "parameters": [asdict(p) for p in q.parameters], "example": q.example, "path": str(q.path)}
            for q in library.values()
        ]
        _write(json.dumps(listing, ensure_ascii=False, indent=1) + "\n")
        return
    lines = []
    for q in library.values():
        lines.append(f"{q.name} — {q.title}")
        lines.append(f"    {q.description}")
        for p in q.parameters:
            need = "required" if p.required else (f"default {p.default}" if p.default else "optional")
            lines.append(f"    --param {p.name}=<{p.type}>  ({need}) {p.description}")
        if q.example:
            example = " ".join(f"-p {name}={value}" for name, value in q.example.items())
            lines.append(f"    example: icgraph query {q.name} {example}")
        lines.append("")
    _write("\n".join(lines))


TIMEOUT_HELP = "Seconds each request to a server may take (default 60)."


@click.command("stats")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help=TIMEOUT_HELP)
@store_option
@endpoint_options
@error_boundary
def stats_command(fmt: str, timeout: float | None, store_path: str, **remote: Any) -> None:
    """Count triples, graphs, news items, entities and events by type, posts and agreements."""
    with _open(store_path, timeout=timeout, **remote) as store:
        stats = store.stats()
    if fmt == "json":
        _write(json.dumps(asdict(stats), indent=1) + "\n")
        return
    lines = [
        f"triples     {stats.triples}",
        f"graphs      {stats.graphs}",
        f"news items  {stats.items}",
        f"posts       {stats.posts}",
        f"agreements  {stats.agreements}",
        "entities by type:",
        *[f"  {name:<32} {count}" for name, count in stats.entities.items()],
        "events by type:",
        *[f"  {name:<32} {count}" for name, count in stats.events.items()],
    ]
    _write("\n".join(lines) + "\n")


@click.command("export")
@click.option("-f", "--format", "fmt", type=click.Choice(DUMP_FORMATS), default="trig", show_default=True, help="trig/nquads keep the named graphs; turtle/ntriples/jsonld write their union.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-", show_default=True, help="Output file ('-' for stdout).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help=TIMEOUT_HELP)
@store_option
@endpoint_options
@error_boundary
def export_command(fmt: str, output: str, timeout: float | None, store_path: str, **remote: Any) -> None:
    """Write the whole graph as RDF."""
    with _open(store_path, timeout=timeout, **remote) as store:
        if output == "-":
            store.dump(sys.stdout.buffer, fmt)
            sys.stdout.buffer.flush()
        else:
            with open(output, "wb") as out:
                store.dump(out, fmt)
            click.echo(f"wrote {output}", err=True)


@click.command("push")
@click.option("--endpoint", envvar="ICGRAPH_ENDPOINT", required=True, callback=_url, help="The server: its base URL or its query URL.")
@click.option("--update-endpoint", callback=_url, help="SPARQL Update URL (default: discovered).")
@click.option("--store-endpoint", "--graph-store", "graph_store", callback=_url, help="Graph Store Protocol URL (default: discovered, else SPARQL Update).")
@click.option("--no-graph-store", is_flag=True, help="Use SPARQL Update even when the server offers the Graph Store Protocol.")
@click.option("--user", envvar="ICGRAPH_ENDPOINT_USER", help="User name ($ICGRAPH_ENDPOINT_USER).")
@click.option("--password", envvar="ICGRAPH_ENDPOINT_PASSWORD", help="Password ($ICGRAPH_ENDPOINT_PASSWORD).")
@click.option("--auth", "auth_scheme", type=click.Choice(["basic", "digest"]), default="basic", show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help=TIMEOUT_HELP)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; only the summary.")
@store_option
@error_boundary
def push_command(endpoint: str, update_endpoint: str | None, graph_store: str | None, no_graph_store: bool, user: str | None, password: str | None, auth_scheme: str, timeout: float | None, quiet: bool, store_path: str) -> None:
    """Copy the embedded store to a writable SPARQL server, graph by graph (idempotent), and
    verify the triple count of each graph there. Exits 1 if the server is read-only or does not
    hold what was sent."""
    with open_store(store_path, read_only=True, create=False) as source, _open(store_path, endpoint, update_endpoint, user, password, auth_scheme, timeout, graph_store) as target:
        with ProgressDisplay(quiet=quiet) as progress:
            report = push_store(source, target, use_graph_store=not no_graph_store, progress=progress)
    click.echo(f"pushed {report.graphs} graphs, {report.triples} triples to {endpoint} ({report.method}), counts verified", err=True)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (0.0.0.0 exposes it to the network).")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=7878, show_default=True, help="Port (0 picks a free one).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True, help="Seconds a query may run; its worker is then killed (503).")
@click.option("--memory-limit", type=click.IntRange(min=64), default=1024, show_default=True, metavar="MIB", help="Heap ceiling of each query worker (503 beyond).")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, help="Queries running at once, one worker process each.")
@click.option("--queue-wait", type=click.FloatRange(min=0), default=5.0, show_default=True, help="Seconds a query waits for a free worker before 503 + Retry-After.")
@click.option("--max-body", type=click.IntRange(min=1), default=1024 * 1024, show_default=True, metavar="BYTES", help="Largest request body (413 beyond).")
@click.option("--header-timeout", type=click.FloatRange(min=0, min_open=True), default=10.0, show_default=True, help="Seconds a client has to send a request's head and body.")
@click.option("--backlog", type=click.IntRange(min=1), default=256, show_default=True, help="Listen queue length.")
@click.option("--max-connections", type=click.IntRange(min=1), default=512, show_default=True, help="Connections open at once (503 beyond).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME", help="Also answer requests for this Host name ('*' for any); localhost by default.")
@click.option("--cors", "cors_origins", multiple=True, metavar="ORIGIN", help="Let pages from ORIGIN ('*' for any) read answers; off by default.")
@click.option("--allow-service", multiple=True, metavar="IRI", help="Allow SERVICE calls to this endpoint (an IRI, or a prefix ending in / or *); refused by default.")
@store_option
@error_boundary
def serve_command(host: str, port: int, timeout: float, memory_limit: int, workers: int, queue_wait: float, max_body: int, header_timeout: float, backlog: int, max_connections: int, allow_hosts: tuple[str, ...], cors_origins: tuple[str, ...], allow_service: tuple[str, ...], store_path: str) -> None:
    """Serve a read-only SPARQL 1.1 endpoint and a query page (YASGUI) over the store.

    Items ingested while it runs are seen by the next queries.
    """
    from icgraph.bounded import Limits
    from icgraph.serve import LOCAL_HOSTS, ServeOptions, make_server

    options = ServeOptions(
        limits=Limits(timeout=timeout, memory_mb=memory_limit),
        workers=workers,
        queue_wait=queue_wait,
        max_body=max_body,
        header_timeout=header_timeout,
        backlog=backlog,
        max_connections=max_connections,
        allowed_hosts=LOCAL_HOSTS + allow_hosts,
        cors_origins=cors_origins,
        allow_service=allow_service,
    )
    try:
        server = make_server(store_path, host, port, options, log=lambda line: click.echo(line, err=True))
    except OSError as error:
        raise click.ClickException(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    click.echo(f"serving {store_path} at {server.url}/ (SPARQL endpoint {server.url}/sparql); Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        server.server_close()
