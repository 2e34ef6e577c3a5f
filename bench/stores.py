"""Bench stores made of what the product makes (imported by the benches; run alone to write a dump).

    .venv/bin/python bench/stores.py --triples 100000 -o bench-100k.nq

The news of ../shared/corpus/ (or the files given with --news) are ingested once by icgraph itself
(cached in the work folder, $ICGRAPH_BENCH_DIR or <tmp>/icgraph-bench-model-<graph model version>,
so a change of the graph model makes them again); the resulting store, exported as N-Quads, is
replicated: each copy gets fresh item, graph, event, agreement, post, membership and evidence IRIs, and its people and
organizations are renamed (fresh IRIs with a prefix, labels with a suffix), drawn from a pool a third the number
of copies, so the same renamed people recur across copies like regulars in a feed. Countries,
places, vocabularies and the ontology graph are shared. Every copy is the graph model exactly as
ingest writes it, so a bench store validates with 0 violations (the benches check it).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
B = "https://w3id.org/icgraph/"
_FACT = re.compile(r"<(" + re.escape(B) + r"(?:id/(?:item|event|agreement|post|membership)|graph/item)/[^>/]+)")
_ENTITY = re.compile(r"<(" + re.escape(B) + r"id/(?:person|organization)/)([^>/]+)>")
_LABEL = re.compile(r'^(<' + re.escape(B) + r'id/(?:person|organization)/[^>]+> <http://www\.w3\.org/2004/02/skos/core#(?:pref|alt)Label> "(?:[^"\\]|\\.)*)"')
_ENTITIES_GRAPH = f"<{B}graph/entities> .\n"
_ONTOLOGY_GRAPH = f"<{B}graph/ontology> .\n"


def work_folder() -> Path:
    """Where the seed and the bench stores are cached: $ICGRAPH_BENCH_DIR, else
    <tmp>/icgraph-bench-model-<graph model version>, so that stores cached under an older graph model
    are never reused (a new folder makes them again from a fresh ingest)."""
    from icgraph.model_version import package_model_version, show

    default = Path(tempfile.gettempdir()) / f"icgraph-bench-model-{show(package_model_version())}"
    folder = Path(os.environ.get("ICGRAPH_BENCH_DIR") or default)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def seed_dump(news: list[Path], folder: Path) -> Path:
    """The N-Quads of a store into which icgraph ingested `news` (made once, then reused)."""
    dump = folder / "seed.nq"
    if dump.exists():
        return dump
    from icgraph.pipeline import ingest
    from icgraph.store import open_store

    print(f"ingesting {', '.join(p.name for p in news)} for the bench seed ...", file=sys.stderr)
    with open_store(folder / "seed-store") as store:
        report = ingest(news, store)
        print(report.summary(), file=sys.stderr)
        with dump.open("wb") as out:
            store.dump(out, "nquads")
    return dump


def replicate(seed: list[str], copies: int) -> Iterator[str]:
    """N-Quads lines of `copies` renamed copies of the `seed` lines (see the module doc)."""
    pool = max(1, copies // 3)
    shared = [line for line in seed if _ENTITY.search(line) is None and _FACT.search(line) is None]
    yield from shared  # ontology, vocabularies, countries, places: once
    entity_lines = [line for line in seed if line.endswith(_ENTITIES_GRAPH) and _ENTITY.search(line)]
    item_lines = [line for line in seed if not line.endswith((_ENTITIES_GRAPH, _ONTOLOGY_GRAPH)) and (_ENTITY.search(line) or _FACT.search(line))]
    for j in range(pool):
        for line in entity_lines:
            yield _rename_entities(_LABEL.sub(rf'\1 {j}"', line) if j else line, j)
    for k in range(copies):
        for line in item_lines:
            yield _rename_entities(_FACT.sub(rf"<\1-r{k}", line), k % pool)


def _rename_entities(line: str, j: int) -> str:
    """The renamed copy's IRIs start their slug with one prefix, so any two of a copy's IRIs compare
    as the originals do (an ic:Encounter's ic:first and ic:second stay in IRI order)."""
    return _ENTITY.sub(rf"<\1e{j}-\2>", line) if j else line


def write_store_dump(triples: int, out: Path, news: list[Path] | None = None) -> int:
    """Write a bench dump of about `triples` quads to `out`; returns the number of lines."""
    seed = seed_dump(news or sorted(CORPUS.glob("*")), work_folder()).read_text(encoding="utf-8").splitlines(keepends=True)
    entities = sum(1 for line in seed if line.endswith(_ENTITIES_GRAPH) and _ENTITY.search(line))
    items = sum(1 for line in seed if not line.endswith((_ENTITIES_GRAPH, _ONTOLOGY_GRAPH)) and (_ENTITY.search(line) or _FACT.search(line)))
    shared = len(seed) - entities - items
    copies = max(1, round((triples - shared) / (items + entities / 3)))
    written = 0
    with out.open("w", encoding="utf-8") as sink:
        for line in replicate(seed, copies):
            sink.write(line)
            written += 1
    return written




def bench_store(triples: int, folder: Path) -> tuple[Path, Path]:
    """(dump, store folder) of a bench store of about `triples` quads, made once per size."""
    import pyoxigraph as ox

    dump = folder / f"bench-{triples}.nq"
    store = folder / f"bench-{triples}-store"
    if not dump.exists():
        write_store_dump(triples, dump)
    if not store.exists():
        loaded = ox.Store(str(store))
        loaded.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
        loaded.flush()
        del loaded
    return dump, store


@dataclass(frozen=True)
class Run:
    seconds: float  # wall clock
    cpu: float  # user + system seconds of the process and its workers
    peak_mb: float  # the largest resident size of the process and its workers together
    returncode: int
    stderr: str


def run_measured(command: list[str]) -> Run:
    """Run `command`, sampling the resident memory of it and its children (Linux /proc) every 50 ms."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, text=True)
        peak = 0
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        return Run(seconds, usage.ru_utime + usage.ru_stime, peak / 1024, process.returncode, errors.read())


def _tree_rss(pid: int) -> int:
    """Resident KiB of `pid` and its descendants, 0 for processes gone meanwhile."""
    total = 0
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            total += next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as children:
            total += sum(_tree_rss(int(child)) for child in children.read().split())
    except (FileNotFoundError, ProcessLookupError):
        pass
    return total


def table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--news", type=Path, nargs="*", help="news files to ingest for the seed (default: ../shared/corpus/*)")
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args()
    print(f"{write_store_dump(args.triples, args.out, args.news)} quads written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
