"""Ingest throughput, run by hand (not a test): items/s, words/s and spaCy's share of the time.

    .venv/bin/python bench/ingest.py                      # dev-news.jsonl repeated to ~2,000 items
    .venv/bin/python bench/ingest.py --items 500 --jobs 1 2

The corpus is `dev-news.jsonl` (from ../shared/corpus, or --corpus) repeated with a unique id per
copy, so every copy is a new item. For each --jobs value the script times

* spaCy alone: `nlp.pipe` over the texts the pipeline parses (item texts, same batch size),
  with `n_process=jobs`;
* the whole ingest (read, spaCy + extraction rules, resolution, RDF build, SHACL validation, store
  write) into a fresh on-disk store, with a timer around each stage of `icgraph.pipeline`.

"rest" is the whole ingest minus spaCy alone: what the pipeline costs around the parse.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from icgraph import extract, pipeline
from icgraph.config import Settings
from icgraph.extract import DEFAULT_BATCH_SIZE, load_nlp
from icgraph.model import NewsItem
from icgraph.read import read_source
from icgraph.store import open_store

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev-news.jsonl"

STAGES = {
    "extract_many": "spaCy + extraction rules",
    "resolve": "resolution",
    "build_item_graph": "RDF build",
    "validate_graph": "SHACL validation",
    "replace_graphs": "store write",
}


def repeated_corpus(source: Path, target: Path, items: int) -> int:
    """Write `source` repeated to at least `items` lines, each copy with its own id, URL and title
    (the pipeline keeps one item per title and text, so copies with the same title would collapse
    into one); the text, what spaCy parses, is unchanged."""
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    copies = math.ceil(items / len(records))
    with target.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for record in records:
                clone = dict(record)
                clone["id"] = f"{record.get('id', 'item')}-copy{copy}"
                clone["title"] = f"{record.get('title') or ''} (copy {copy})".strip()
                if clone.get("url"):
                    clone["url"] = f"{record['url']}#copy{copy}"
                out.write(json.dumps(clone, ensure_ascii=False) + "\n")
    return copies * len(records)


class StageTimer:
    """Wraps functions of `icgraph.pipeline` (and the store's write) to add up their time."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._originals: list[tuple[Any, str, Any]] = []

    def wrap(self, owner: Any, name: str) -> None:
        original = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                result = original(*args, **kwargs)
                if name == "extract_many":
                    result = list(result)  # a generator: its work happens while it is consumed
                return result
            finally:
                self.seconds[name] += time.perf_counter() - start

        self._originals.append((owner, name, original))
        setattr(owner, name, timed)

    def restore(self) -> None:
        for owner, name, original in reversed(self._originals):
            setattr(owner, name, original)
        self._originals.clear()


def spacy_alone(nlp: Any, texts: list[str], jobs: int) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=jobs, batch_size=DEFAULT_BATCH_SIZE):
        pass
    return time.perf_counter() - start


def ingest_timed(corpus: Path, nlp: Any, jobs: int, workdir: Path) -> tuple[float, dict[str, float], int]:
    timer = StageTimer()
    timer.wrap(extract, "extract_many")  # what the default RuleExtractor runs
    for name in ("resolve", "build_item_graph", "validate_graph"):
        timer.wrap(pipeline, name)
    store = open_store(workdir / f"store-jobs{jobs}")
    timer.wrap(store, "replace_graphs")
    try:
        start = time.perf_counter()
        report = pipeline.ingest([corpus], store, settings=Settings.from_env(), jobs=jobs, nlp=nlp)
        total = time.perf_counter() - start
    finally:
        timer.restore()
        store.close()
    return total, dict(timer.seconds), report.items_stored


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args(argv)

    say: Callable[[str], None] = lambda message: print(message, file=sys.stderr)  # noqa: E731
    with tempfile.TemporaryDirectory(prefix="icgraph-bench-") as tmp:
        workdir = Path(tmp)
        corpus = workdir / "corpus.jsonl"
        count = repeated_corpus(args.corpus, corpus, args.items)
        texts = [item.text for item in read_source(corpus, None) if isinstance(item, NewsItem)]
        words = sum(len(text.split()) for text in texts)
        say(f"{count} items, {words} words; loading {Settings.from_env().model}")
        nlp = load_nlp(Settings.from_env().model)

        rows = []
        for jobs in args.jobs:
            say(f"jobs={jobs}: spaCy alone")
            parse = spacy_alone(nlp, texts, jobs)
            say(f"jobs={jobs}: whole ingest")
            total, stages, stored = ingest_timed(corpus, nlp, jobs, workdir)
            rows.append((jobs, stored, total, parse, stages))

    print(f"corpus: {args.corpus.name} repeated to {count} items, {words:,} words\n")
    print("| jobs | items stored | total s | items/s | words/s | spaCy alone s | spaCy share | rest s | rest / spaCy |")
    print("|---|---|---|---|---|---|---|---|---|")
    for jobs, stored, total, parse, _ in rows:
        rest = total - parse
        print(
            f"| {jobs} | {stored} | {total:.1f} | {count / total:.1f} | {words / total:,.0f} | {parse:.1f} "
            f"| {parse / total:.0%} | {rest:.1f} | {rest / parse:.0%} |"
        )
    print("\nstage times (s; spaCy + extraction rules includes the parse):\n")
    print("| jobs | " + " | ".join(STAGES.values()) + " | of which rules (minus spaCy alone) | other (read, merge entities, …) |")
    print("|---|" + "---|" * (len(STAGES) + 2))
    for jobs, _, total, parse, stages in rows:
        other = total - sum(stages.values())
        rules = stages.get("extract_many", 0.0) - parse
        cells = " | ".join(f"{stages.get(name, 0.0):.1f}" for name in STAGES)
        print(f"| {jobs} | {cells} | {rules:.1f} | {other:.1f} |")
    if len(rows) > 1:
        base = rows[0][2]
        print("\nspeed-up: " + ", ".join(f"jobs={jobs} {base / total:.2f}x" for jobs, _, total, _, _ in rows))
    record_figures(rows)
    return 0


def record_figures(rows: list[tuple[int, int, float, float, dict[str, float]]]) -> None:
    """The figures of issue 14 for bench/report.py (see bench/results.py)."""
    from results import Figure, record

    by_jobs = {jobs: (stored, total, parse, stages) for jobs, stored, total, parse, stages in rows}
    figures = []
    if 1 in by_jobs:
        stored, total, parse, stages = by_jobs[1]
        figures.append(Figure("around-spacy", total - parse, "s", anchor=parse, note=f"{stored} items, 1 process; anchor: spaCy alone"))
        figures.append(Figure("shacl-per-item", stages.get("validate_graph", 0.0) * 1000 / max(stored, 1), "ms", note=f"{stored} items, 1 process"))
        if 2 in by_jobs:
            figures.append(Figure("jobs2", by_jobs[2][1], "s", anchor=total, note=f"{stored} items; anchor: --jobs 1"))
    record("ingest", figures)


if __name__ == "__main__":
    sys.exit(main())
