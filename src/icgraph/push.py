"""Copy the embedded store to a SPARQL 1.1 server, graph by graph, idempotently, and check it.

Each named graph replaces the graph of the same name on the server in one request: with the Graph
Store HTTP Protocol (PUT) where the server offers it, else with one SPARQL Update (DROP, then
INSERT DATA), so a server that dies mid-push never holds half a graph. After each graph the
server is asked how many triples it holds there; any difference fails the push (a server that
answers 200 and stores nothing is caught). A read-only server (no update service, no Graph Store)
fails before anything is sent. Pushing twice leaves the server with the same triples.
"""

from __future__ import annotations

from dataclasses import dataclass

from icgraph.errors import EndpointError
from icgraph.progress import Progress, Step
from icgraph.store import EmbeddedStore, RemoteStore


@dataclass(frozen=True)
class PushReport:
    graphs: int
    triples: int
    method: str  # "graph-store" or "update"


def push(
    source: EmbeddedStore,
    target: RemoteStore,
    *,
    use_graph_store: bool = True,
    progress: Progress | None = None,
) -> PushReport:
    """Replace every named graph of `source` on `target` and verify its triple count there;
    EndpointError on the first graph the server does not hold as sent."""
    client = target.client
    if use_graph_store:
        client.discover_graph_store()
    else:
        client.graph_store_endpoint = None
    if not client.graph_store_endpoint:
        client.discover_update_endpoint()
    method = "graph-store" if client.graph_store_endpoint else "update"
    names = source.graph_names()
    triples = 0
    if progress:
        progress(Step("push", 0, len(names), "graphs"))
    for index, name in enumerate(names, start=1):
        graph = source.graph(name)
        client.put_graph(name, graph)
        held = client.count_triples(name)
        if held != len(graph):
            raise EndpointError(
                f"{client.endpoint} holds {held} triples in {name} after the push, {len(graph)} were sent: "
                f"the server did not store the graph ({index - 1} of {len(names)} graphs verified before it)"
            )
        triples += len(graph)
        if progress:
            progress(Step("push", index, len(names), "graphs"))
    return PushReport(graphs=len(names), triples=triples, method=method)
