"""icgraph: a knowledge graph of institutional news.

The public API, for notebooks and scripts (each name is imported on first use, so that
`import icgraph.read` does not load spaCy). Functions named like their module (`extract`,
`resolve`, `push`, `explain`) are imported from the module: `from icgraph.extract import extract`.

    from icgraph import open_store, ingest, run_query, project
    with open_store("icgraph-store") as store:
        ingest(["news.jsonl"], store)
        rows = run_query(store, "who-met-whom", {}).rows
        network = project(store, level="organization")
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "read_source": "icgraph.read",
    "load_nlp": "icgraph.extract",
    "build_item_graph": "icgraph.build",
    "build_entity_graph": "icgraph.build",
    "validate_graph": "icgraph.validate",
    "open_store": "icgraph.store",
    "ingest": "icgraph.pipeline",
    "check_store": "icgraph.check",
    "run_query": "icgraph.query",
    "project": "icgraph.network",
    "export_network": "icgraph.export",
    "draw_html": "icgraph.draw",
    "draw_static": "icgraph.draw",
    "run_evaluation": "icgraph.evaluate",
    "Settings": "icgraph.config",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'icgraph' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
