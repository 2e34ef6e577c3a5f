"""Copy the embedded store to a SPARQL 1.1 server, graph by graph, idempotently.

Each named graph replaces the graph of the same name on the server: with the Graph Store HTTP
Protocol (PUT) where the server offers it, else with SPARQL Update (DROP, then INSERT DATA in
chunks). Pushing twice leaves the server with the same triples.
"""

from __future__ import annotations

from dataclasses import dataclass

from icgraph.progress import Progress, Step
from icgraph.remote import DEFAULT_CHUNK_TRIPLES
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
    chunk_triples: int = DEFAULT_CHUNK_TRIPLES,
    use_graph_store: bool = True,
    progress: Progress | None = None,
) -> PushReport:
    """Replace every named graph of `source` on `target`; returns what was sent."""
    client = target.client
    if use_graph_store:
        client.discover_graph_store()
    else:
        client.graph_store_endpoint = None
    method = "graph-store" if client.graph_store_endpoint else "update"
    names = source.graph_names()
    triples = 0
    if progress:
        progress(Step("push", 0, len(names), "graphs"))
    for index, name in enumerate(names, start=1):
        graph = source.graph(name)
        client.put_graph(name, graph, chunk_triples=chunk_triples)
        triples += len(graph)
        if progress:
            progress(Step("push", index, len(names), "graphs"))
    return PushReport(graphs=len(names), triples=triples, method=method)
