"""Ingest throughput, run by hand (not a test): items/s, words/s and what the pipeline costs around spaCy.

    .venv/bin/python bench/ingest.py                      # dev-news.jsonl repeated to ~2,000 items
    .venv/bin/python bench/ingest.py --items 500 --jobs 1 2
    .venv/bin/python bench/ingest.py --items 600 --repeat 3   # medians of three alternating runs
    .venv/bin/python bench/ingest.py --distinct --jobs 1 --repeat 3   # dev-news and dev-news-2 once each
    git worktree add ../icgraph-before main~5            # an earlier icgraph, measured in the same run
    .venv/bin/python bench/ingest.py --before ../icgraph-before

The corpus is `dev-news.jsonl` (from ../shared/corpus, or --corpus) repeated with a unique id and
title per copy, so every copy is a new item whose text spaCy parses again. The rules remember
what they found in a text they read before (gazetteer scans, role terms), so on the copies after
the first they work less than on news they have not seen: --distinct measures instead over
dev-news.jsonl and dev-news-2.jsonl once each (98 distinct items, no copies; the figures are
recorded as distinct-…). For each --jobs value the script times, one after the other in fresh
processes:

* spaCy alone: `nlp.pipe` over the item texts (same batch size) with `n_process=jobs`, the
  anchor: with two processes its own speed-up is what the machine allows at that moment;
* the whole ingest (read, spaCy + extraction rules, resolution, RDF build, SHACL validation, store
  write) into a fresh on-disk store, with a timer around each stage of `icgraph.pipeline` (in the
  main process: with several jobs the extraction runs in the workers, untimed);
* with --before, the same ingest with the icgraph of that checkout (its `src/`);
* with --jobs 2, two processes of spaCy alone (one process each) at once: the host's bound. Two
  cores that each run spaCy slower when both are busy cap every --jobs 2 whose work is mostly
  the parse, whatever the pipeline does around it (two jobs: parse S / that ratio + the rest / 2).

"around spaCy" is (ingest - spaCy alone) / spaCy alone: what the pipeline costs on top of the parse.
Targets (issue 14): around spaCy <= 35% with one process, --jobs 2 >= 1.8x one process, SHACL
<= 5 ms per item.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev-news.jsonl"
DISTINCT_CORPORA = ("dev-news.jsonl", "dev-news-2.jsonl")  # --distinct: each item once, from ../shared/corpus

STAGES = {
    "rules": "extraction rules",
    "resolve": "resolution",
    "build": "RDF build",
    "validate_graph": "SHACL",
    "replace_graphs": "store write",
    "other": "other (read, entity merges, …)",
}
TARGET_AROUND, TARGET_JOBS2, TARGET_SHACL_MS = 0.35, 1.8, 5.0


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


def distinct_corpus(folder: Path, target: Path) -> int:
    """Write the items of DISTINCT_CORPORA in `folder` into `target`, each once, as they are."""
    lines = [line for name in DISTINCT_CORPORA for line in (folder / name).read_text(encoding="utf-8").splitlines()
             if line.strip()]
    target.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


class StageTimer:
    """Wraps functions (of `icgraph.pipeline`, and the store's write) to add up their CPU time
    (of the calling thread: what other processes on a shared machine do not change)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._originals: list[tuple[Any, str, Any]] = []

    def wrap(self, owner: Any, name: str, stage: str | None = None) -> None:
        original = getattr(owner, name)
        stage = stage or name

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.thread_time()
            try:
                result = original(*args, **kwargs)
                if name == "extract_many":
                    result = list(result)  # a generator: its work happens while it is consumed
                return result
            finally:
                self.seconds[stage] += time.thread_time() - start

        self._originals.append((owner, name, original))
        setattr(owner, name, timed)

    def restore(self) -> None:
        for owner, name, original in reversed(self._originals):
            setattr(owner, name, original)
        self._originals.clear()


def measure_spacy(corpus: Path, jobs: int, wait: bool = False) -> dict[str, Any]:
    """spaCy alone over the corpus texts (this process loads the model first, untimed). With `wait`,
    it says "ready" on stdout once loaded and starts when a line comes on stdin (see spacy_pair)."""
    from icgraph.config import Settings
    from icgraph.extract import DEFAULT_BATCH_SIZE, load_nlp
    from icgraph.model import NewsItem
    from icgraph.read import read_source

    texts = [item.text for item in read_source(corpus, None) if isinstance(item, NewsItem)]
    nlp = load_nlp(Settings.from_env().model)
    if wait:
        print("ready", flush=True)
        sys.stdin.readline()
    start, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, n_process=jobs, batch_size=DEFAULT_BATCH_SIZE):
        pass
    return {"seconds": time.perf_counter() - start, "cpu": cpu_seconds() - cpu}


def spacy_pair(corpus: Path, workdir: Path) -> dict[str, Any]:
    """Two processes of spaCy alone (one process each, as `measure_spacy` with one job) started
    together once both have loaded the model: the host's own bound for --jobs 2. Their wall-clock
    seconds (the later one's) and the mean of their CPU seconds."""
    command = [sys.executable, __file__, "--measure", "spacy", "--wait", "--corpus", str(corpus), "--jobs", "1", "--workdir", str(workdir)]
    children = [subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    try:
        for child in children:
            if child.stdout.readline().strip() != "ready":
                raise RuntimeError("a spaCy process of the pair did not start")
        for child in children:
            child.stdin.write("go\n")
            child.stdin.flush()
        runs = [json.loads(child.stdout.readline()) for child in children]
    finally:
        for child in children:
            child.stdin.close()
            child.wait()
    return {"seconds": max(run["seconds"] for run in runs), "cpu": sum(run["cpu"] for run in runs) / len(runs)}


def measure_ingest(corpus: Path, jobs: int, workdir: Path) -> dict[str, Any]:
    """The whole ingest into a fresh store, its stages timed (this process loads the model first)."""
    from icgraph import extract, pipeline
    from icgraph.config import Settings
    from icgraph.extract import load_nlp
    from icgraph.store import open_store

    settings = Settings.from_env()
    nlp = load_nlp(settings.model)
    timer = StageTimer()
    timer.wrap(extract, "extract_many")  # what the default RuleExtractor runs (with one job)
    timer.wrap(pipeline, "resolve")
    # SHACL: the batch validation with its entity descriptions (validate_graph in an icgraph before it)
    timer.wrap(pipeline, "validate_batch" if hasattr(pipeline, "validate_batch") else "validate_graph", "validate_graph")
    # the RDF build: item_triples, or build_item_graph in an icgraph before it (--before)
    timer.wrap(pipeline, "item_triples" if hasattr(pipeline, "item_triples") else "build_item_graph", "build")
    store = open_store(workdir / f"store-jobs{jobs}")
    timer.wrap(store, "replace_graphs")
    try:
        start, cpu = time.perf_counter(), cpu_seconds()
        report = pipeline.ingest([corpus], store, settings=settings, jobs=jobs, nlp=nlp)
        total = time.perf_counter() - start
        stop_fork_server()
        cpu = cpu_seconds() - cpu
    finally:
        timer.restore()
        store.close()
    return {"seconds": total, "cpu": cpu, "stages": dict(timer.seconds), "stored": report.items_stored,
            "quarantined": len(report.quarantined)}


def stop_fork_server() -> None:
    """The workers of an icgraph that starts them from multiprocessing's fork server (--before an
    earlier checkout; where processes cannot be forked) are its children, not this process's: once
    the server ended and was waited for, their CPU time counts among this process's children's (the
    standard library's own way to stop it; none in other Python versions). Forked workers are this
    process's children already."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    if server is not None and hasattr(server, "_stop"):
        server._stop()


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median CPU time (the lower middle one of an even number): spaCy's own time
    varies by a few percent between processes, and "around spaCy" is a difference of two runs."""
    return sorted(runs, key=lambda run: run["cpu"])[(len(runs) - 1) // 2]


def cpu_seconds() -> float:
    """CPU time of this process and of its ended children (worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_child(what: str, corpus: Path, jobs: int, workdir: Path, src: Path | None) -> dict[str, Any]:
    """One measurement in a fresh process (with `src` first on the path: another icgraph)."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    command = [sys.executable, __file__, "--measure", what, "--corpus", str(corpus), "--jobs", str(jobs), "--workdir", str(workdir)]
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, check=True, text=True)
    return json.loads(done.stdout)


def row(label: str, jobs: int, ingest: dict[str, Any], spacy: dict[str, float], items: int, words: int) -> dict[str, Any]:
    """One ingest's figures: wall-clock speed, and shares from CPU seconds (which other processes on
    a shared machine change far less than wall-clock ones)."""
    stages = dict(ingest["stages"])
    extraction = stages.pop("extract_many", None)
    stages["rules"] = extraction - spacy["cpu"] if jobs == 1 and extraction is not None else None
    stages["other"] = ingest["cpu"] - spacy["cpu"] - sum(v for v in stages.values() if v) if jobs == 1 else None
    return {"label": label, "jobs": jobs, "wall": ingest["seconds"], "cpu": ingest["cpu"], "spacy": spacy, "stages": stages,
            "stored": ingest["stored"], "items/s": items / ingest["seconds"], "words/s": words / ingest["seconds"],
            "around": (ingest["cpu"] - spacy["cpu"]) / spacy["cpu"],
            "shacl_ms": 1000 * stages.get("validate_graph", 0.0) / max(ingest["stored"] + ingest["quarantined"], 1)}


def host_bound(pair: dict[str, float], alone: dict[str, float]) -> tuple[float, float]:
    """(the work two processes of spaCy alone did per second against one alone, the CPU seconds
    each used against one alone): what this host allows --jobs 2, whose work is mostly the parse."""
    return 2 * alone["seconds"] / pair["seconds"], pair["cpu"] / alone["cpu"]


def ceilings_line(jobs: int, ingest_cpu: float, spacy_cpu: float) -> str:
    """What `jobs` cores allow each at best, from CPU seconds against one process (`ingest_cpu`,
    `spacy_cpu`): all of the work spread evenly, none of it waiting."""
    return (f"  CPU ceilings on {jobs} cores ({jobs} / CPU seconds against one process): ingest {jobs / ingest_cpu:.2f}x, "
            f"spaCy alone {jobs / spacy_cpu:.2f}x (n_process {jobs} used {spacy_cpu:.2f}x the CPU of one process: "
            f"its workers send every parse back as bytes for its main process to read, where icgraph's send extractions)")


def jobs2_budget(one: float, parse: float, parse_speedup: float) -> float:
    """The speed-up --jobs 2 can reach when the parse (`parse` of the `one`-process seconds) goes
    `parse_speedup` times faster on two processes and all the rest exactly twice as fast."""
    return one / (parse / parse_speedup + (one - parse) / 2)


def budget_line(one: float, parse: float, host: float, spacy_own: float | None) -> str:
    """Where --jobs 2 can get to: the budget of `jobs2_budget` with the host's bound, and with spaCy
    alone's own --jobs 2 speed-up (n_process 2, whose main process also reads back every parse)."""
    line = (f"budget: one process {one:.1f} s, of which spaCy alone {parse:.1f} s; with the parse at the host's bound ({host:.2f}x) "
            f"and the rest halved, --jobs 2 reaches at most {jobs2_budget(one, parse, host):.2f}x")
    if spacy_own is not None:
        line += f" (with spaCy alone's own {spacy_own:.2f}x instead: {jobs2_budget(one, parse, spacy_own):.2f}x)"
    return line


def report(rows: list[dict[str, Any]], spacy: dict[int, dict[str, float]], count: int, words: int, corpus: str, load: float,
           pair: dict[str, float] | None = None) -> None:
    print(f"corpus: {corpus}, {count} items, {words:,} words; load average at the end {load:.1f} (2 cores)\n")
    print("| code | jobs | items stored | ingest s | items/s | words/s | spaCy alone s | spaCy alone words/s "
          "| ingest CPU s | spaCy alone CPU s | around spaCy (CPU) | SHACL ms/item (CPU) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        sp = r["spacy"]
        print(f"| {r['label']} | {r['jobs']} | {r['stored']} | {r['wall']:.1f} | {r['items/s']:.1f} | {r['words/s']:,.0f} "
              f"| {sp['seconds']:.1f} | {words / sp['seconds']:,.0f} | {r['cpu']:.1f} | {sp['cpu']:.1f} | {r['around']:.0%} "
              f"| {r['shacl_ms']:.1f} |")
    print("\nstage CPU seconds (one job: all in one process; several: the main process only, the extraction runs in the workers):\n")
    print("| code | jobs | " + " | ".join(STAGES.values()) + " |")
    print("|---|---|" + "---|" * len(STAGES))
    for r in rows:
        cells = " | ".join("—" if r["stages"].get(name) is None else f"{r['stages'][name]:.1f}" for name in STAGES)
        print(f"| {r['label']} | {r['jobs']} | {cells} |")
    one = {r["label"]: r for r in rows if r["jobs"] == 1}
    print()
    for r in rows:
        if r["jobs"] != 1 and r["label"] in one and 1 in spacy:
            speedup, anchor = one[r["label"]]["wall"] / r["wall"], spacy[1]["seconds"] / spacy[r["jobs"]]["seconds"]
            print(f"{r['label']}: jobs={r['jobs']} {speedup:.2f}x one process (wall); spaCy alone {anchor:.2f}x (the anchor, same run); "
                  f"ingest / anchor {speedup / anchor:.2f}; CPU seconds {r['cpu'] / one[r['label']]['cpu']:.2f}x those of one process")
            print(ceilings_line(r["jobs"], r["cpu"] / one[r["label"]]["cpu"], spacy[r["jobs"]]["cpu"] / spacy[1]["cpu"]))
    bound = host_bound(pair, spacy[1]) if pair is not None and 1 in spacy else None
    if bound is not None:
        print(f"host bound: two processes of spaCy alone at once (one model each, nothing shared) did {bound[0]:.2f}x the work "
              f"of one alone per second (wall), each using {bound[1]:.2f}x the CPU seconds of one alone: where the parse is "
              f"most of the work, --jobs 2 cannot gain much more than {bound[0]:.2f}x on this host at this load")
        if "after" in one:
            print(budget_line(one["after"]["wall"], spacy[1]["seconds"], bound[0], spacy[1]["seconds"] / spacy[2]["seconds"] if 2 in spacy else None))
    print("\ntargets (after):")
    for r in rows:
        if r["label"] != "after":
            continue
        if r["jobs"] == 1:
            rules = r["stages"]["rules"]
            print(f"- around spaCy with one process {r['around']:.0%} (target <= {TARGET_AROUND:.0%}): the extraction rules "
                  f"{rules / r['spacy']['cpu']:.0%}, everything else {(r['cpu'] - r['spacy']['cpu'] - rules) / r['spacy']['cpu']:.0%}")
            print(f"- SHACL {r['shacl_ms']:.1f} ms per item (target <= {TARGET_SHACL_MS:.0f} ms)")
        elif "after" in one:
            host = f"; the host's bound {bound[0]:.2f}x" if bound is not None and r["jobs"] == 2 else ""
            print(f"- jobs={r['jobs']}: {one['after']['wall'] / r['wall']:.2f}x one process (target >= {TARGET_JOBS2}x; "
                  f"spaCy alone {spacy[1]['seconds'] / spacy[r['jobs']]['seconds']:.2f}x in the same run{host})")


def record_figures(rows: list[dict[str, Any]], spacy: dict[int, dict[str, float]], distinct: bool,
                   pair: dict[str, float] | None = None) -> None:
    """The figures of issue 14 for bench/report.py (see bench/results.py), of the code measured
    ("after"; an earlier checkout's under before-…): around spaCy in CPU seconds against spaCy
    alone's, SHACL ms per item, --jobs 2 against one process with spaCy alone's own ratio, and the
    host's bound (two processes of spaCy alone at once: half their wall-clock time against one's).
    Those of --distinct under distinct-… (the issue's targets are of the repeated corpus)."""
    from results import Figure, record

    corpus = "distinct-" if distinct else ""
    figures = []
    for label in ("after", "before"):
        prefix = corpus + ("" if label == "after" else "before-")
        by_jobs = {r["jobs"]: r for r in rows if r["label"] == label}
        if 1 not in by_jobs:
            continue
        one = by_jobs[1]
        note = f"{one['stored']} items, 1 process, CPU seconds; anchor: spaCy alone"
        figures.append(Figure(f"{prefix}around-spacy", one["cpu"] - one["spacy"]["cpu"], "s", anchor=one["spacy"]["cpu"], note=note))
        figures.append(Figure(f"{prefix}shacl-per-item", one["shacl_ms"], "ms", note=f"{one['stored']} items, 1 process, CPU"))
        if 2 in by_jobs:
            anchor = spacy[1]["seconds"] / spacy[2]["seconds"]
            figures.append(Figure(f"{prefix}jobs2", by_jobs[2]["wall"], "s", anchor=one["wall"],
                                  note=f"{one['stored']} items; anchor: --jobs 1; spaCy alone's own speed-up in this run {anchor:.2f}x"))
    if 1 in spacy and 2 in spacy:
        figures.append(Figure(f"{corpus}spacy-alone-jobs2", spacy[2]["seconds"], "s", anchor=spacy[1]["seconds"], note="the anchor of jobs2: n_process 2 vs 1"))
    if pair is not None and 1 in spacy:
        cpu = host_bound(pair, spacy[1])[1]
        figures.append(Figure(f"{corpus}host-bound-jobs2", pair["seconds"] / 2, "s", anchor=spacy[1]["seconds"],
                              note=f"two processes of spaCy alone at once (half their wall-clock time) vs one alone; CPU seconds each {cpu:.2f}x one's"))
    record("ingest", figures)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--items", type=int, default=2000, help="the corpus repeated to at least this many items")
    parser.add_argument("--distinct", action="store_true",
                        help="measure over dev-news.jsonl and dev-news-2.jsonl of --corpus's folder once each (98 items, no "
                             "copies: no per-text cache of the rules hits on a copy), instead of --corpus repeated to --items")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--before", type=Path, help="a checkout of an earlier icgraph, measured alongside")
    parser.add_argument("--repeat", type=int, default=1,
                        help="alternating runs of spaCy alone and of each ingest; the run with the median CPU time of each is shown")
    parser.add_argument("--measure", choices=["spacy", "ingest"], help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--wait", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:  # a child: one measurement, as JSON on stdout
        jobs = args.jobs[0]
        result = measure_spacy(args.corpus, jobs, args.wait) if args.measure == "spacy" else measure_ingest(args.corpus, jobs, args.workdir)
        print(json.dumps(result))
        return 0

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    versions = [("after", None)] + ([("before", (args.before / "src").resolve())] if args.before else [])
    with tempfile.TemporaryDirectory(prefix="icgraph-bench-") as tmp:
        workdir = Path(tmp)
        corpus = workdir / "corpus.jsonl"
        if args.distinct:
            count = distinct_corpus(args.corpus.parent, corpus)
            described = " + ".join(DISTINCT_CORPORA) + " once each"
        else:
            count = repeated_corpus(args.corpus, corpus, args.items)
            described = f"{args.corpus.name} repeated"
        words = sum(len(json.loads(line).get("text", "").split()) for line in corpus.read_text(encoding="utf-8").splitlines())
        say(f"{count} items, {words} words; load average {os.getloadavg()[0]:.1f}")
        rows: list[dict[str, Any]] = []
        spacy: dict[int, dict[str, float]] = {}
        pairs: list[dict[str, float]] = []
        for jobs in args.jobs:
            anchors, ingests = [], defaultdict(list)
            for run in range(1, args.repeat + 1):  # spaCy alone and each ingest alternate
                say(f"jobs={jobs}, run {run} of {args.repeat}: spaCy alone")
                anchors.append(run_child("spacy", corpus, jobs, workdir, None))
                say(f"  {anchors[-1]['cpu']:.1f} CPU s")
                if jobs == 2:
                    say(f"jobs=2, run {run} of {args.repeat}: two processes of spaCy alone at once (the host's bound)")
                    pairs.append(spacy_pair(corpus, workdir))
                    say(f"  {pairs[-1]['cpu']:.1f} CPU s each")
                for label, src in versions:
                    say(f"jobs={jobs}, run {run} of {args.repeat}: whole ingest ({label})")
                    ingests[label].append(run_child("ingest", corpus, jobs, workdir / label / f"run{run}", src))
                    say(f"  {ingests[label][-1]['cpu']:.1f} CPU s")
            spacy[jobs] = median_run(anchors)
            for label, _ in versions:
                rows.append(row(label, jobs, median_run(ingests[label]), spacy[jobs], count, words))
        pair = median_run(pairs) if pairs else None
        report(rows, spacy, count, words, described, os.getloadavg()[0], pair)
    record_figures(rows, spacy, args.distinct, pair)
    return 0


if __name__ == "__main__":
    sys.exit(main())
