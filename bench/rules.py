"""CPU time of the extraction rules alone (the rule steps after spaCy's parse), run by hand (not a test).

    .venv/bin/python bench/rules.py                        # dev-news and dev-news-2 (98 items), min of 6 passes
    .venv/bin/python bench/rules.py --passes 10 --warm
    .venv/bin/python bench/rules.py --corpus invented.jsonl
    git worktree add ../icgraph-before main~5              # an earlier icgraph, measured in the same run
    .venv/bin/python bench/rules.py --before ../icgraph-before --passes 12   # the two take turns

The items are parsed ONCE with the pipeline of `load_nlp` (untimed); each pass then runs
`extract_doc` over every parsed item and adds up the CPU time of this thread, in total and for each
part: the steps of `icgraph.extract.steps.STEPS`, `represent`, and "setup and kept entities" (the
dateline, the dates, the headline and choosing the entities to report: the rest of `extract_doc`).
The figure is the minimum over the passes (each part's own minimum).

The rules remember what they looked up (the gazetteer's scans of a text, name keys of words): by
default these memories are emptied before each pass, so that each pass reads the items as news it
has not seen (as over a feed of distinct items); --warm keeps them, as over copies of items already
read (what `bench/ingest.py` sees after its first copy of the corpus).

With --before DIR the same measurement runs in two processes, one with DIR/src first on the path (an
earlier checkout) and one of this checkout, which take turns pass by pass (on a shared machine, two
processes run one after the other may meet different loads); the table shows both and their ratio.
"""

from __future__ import annotations

import argparse
import functools
import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_CORPORA = (SHARED / "dev-news.jsonl", SHARED / "dev-news-2.jsonl")
SETUP = "setup and kept entities"
REPRESENT = "represent"
TOTAL = "total"


def forget() -> None:
    """Empty what the rules remember between items (lookups by word, span or text), keeping the
    loaded data (gazetteer, lexicon, frames): lru caches of more than a few entries in the modules
    of `icgraph.extract`, the gazetteer's remembered answers and the lower-cased lemmas."""
    import icgraph.extract as package
    from icgraph.extract import context
    from icgraph.extract.gazetteer import _Remembered, default_gazetteer

    getattr(context, "_LOWERED_LEMMAS", {}).clear()  # (an earlier icgraph, --before, has none)

    for name, module in list(sys.modules.items()):
        if not name.startswith(package.__name__):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if callable(info) and (info().maxsize or 0) > 16:
                value.cache_clear()
    for value in vars(default_gazetteer()).values():
        if isinstance(value, _Remembered):
            value.clear()


def passes_over(corpora: list[Path], warm: bool) -> Iterator[dict[str, float]]:
    """Parse the corpora's items once, then at each `next` run the rules over every parsed item once
    and give the CPU seconds of each part of the rules (and in total) in that pass."""
    import icgraph.extract as extract
    from icgraph.extract import extract_doc, load_nlp, unwrapped
    from icgraph.extract.steps import STEPS
    from icgraph.model import NewsItem
    from icgraph.read import read_source

    items = [item for corpus in corpora for item in read_source(corpus, None) if isinstance(item, NewsItem)]
    nlp = load_nlp()
    docs = list(nlp.pipe(unwrapped(item.text) for item in items))
    seconds: dict[str, float] = defaultdict(float)

    def timed(part: str, run):
        @functools.wraps(run)
        def wrapper(*args, **kwargs):
            start = time.thread_time()
            try:
                return run(*args, **kwargs)
            finally:
                seconds[part] += time.thread_time() - start
        return wrapper

    for step in STEPS:  # run_steps reads the same Step objects: time each step's run in place
        object.__setattr__(step, "run", timed(step.name, step.run))
    extract.represent = timed(REPRESENT, extract.represent)  # extract_doc's global
    while True:
        if not warm:
            forget()
        seconds.clear()
        start = time.thread_time()
        for item, doc in zip(items, docs):
            extract_doc(item, doc)
        seconds[TOTAL] = time.thread_time() - start
        seconds[SETUP] = seconds[TOTAL] - sum(v for k, v in seconds.items() if k != TOTAL)
        yield dict(seconds, items=len(items))


def fastest(runs: Iterable[dict[str, float]]) -> dict[str, float]:
    """Each part's minimum over the passes."""
    best: dict[str, float] = {}
    for run in runs:
        for part, value in run.items():
            best[part] = min(best.get(part, value), value)
    return best


def serve_passes(corpora: list[Path], warm: bool) -> None:
    """Parse, say "ready", then run one pass for each line read on stdin and print its seconds."""
    passes = passes_over(corpora, warm)
    print("ready", flush=True)
    for _ in sys.stdin:
        print(json.dumps(next(passes)), flush=True)


def alternated(checkouts: dict[str, Path], argv: list[str], passes: int) -> dict[str, dict[str, float]]:
    """The passes of each checkout, run in a process of its own (its src/ first on the path) that
    parses the items first; the processes take turns pass by pass, so that both meet the same load of
    a shared machine."""
    children = {}
    for name, checkout in checkouts.items():
        command = [sys.executable, str(Path(__file__).resolve()), "--serve", *argv]
        children[name] = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                          env={"PYTHONPATH": str(checkout.resolve() / "src"),
                                               "PYTHONHASHSEED": "0", "PATH": "/usr/bin:/bin"})
    try:
        for name, child in children.items():
            if child.stdout.readline().strip() != "ready":
                raise RuntimeError(f"the process of {name} did not start")
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in children}
        for _ in range(passes):
            for name, child in children.items():
                child.stdin.write("go\n")
                child.stdin.flush()
                runs[name].append(json.loads(child.stdout.readline()))
    finally:
        for child in children.values():
            child.stdin.close()
            child.wait()
    return {name: fastest(found) for name, found in runs.items()}


def table(runs: dict[str, dict[str, float]]) -> str:
    parts = list(dict.fromkeys(p for run in runs.values() for p in run if p not in (TOTAL, "items"))) + [TOTAL]
    names = list(runs)
    items = next(iter(runs.values()))["items"]
    lines = [f"{'part (CPU s per pass, min)':32}" + "".join(f"{name:>12}" for name in names)
             + ("       ratio" if len(names) == 2 else "")]
    for part in parts:
        values = [runs[name].get(part, 0.0) for name in names]
        line = f"{part:32}" + "".join(f"{v:12.3f}" for v in values)
        if len(values) == 2 and values[0]:
            line += f"{values[1] / values[0]:12.2f}"
        lines.append(line)
    lines.append(f"{'ms per item':32}" + "".join(f"{1000 * runs[n][TOTAL] / items:12.2f}" for n in names))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, action="append", help="JSON Lines of items (repeatable); "
                        "default: dev-news.jsonl and dev-news-2.jsonl of ../shared/corpus")
    parser.add_argument("--passes", type=int, default=6)
    parser.add_argument("--warm", action="store_true", help="keep the rules' memories between passes")
    parser.add_argument("--before", type=Path, help="an earlier checkout to measure in the same run")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    corpora = args.corpus or list(DEFAULT_CORPORA)
    if args.serve:
        serve_passes(corpora, args.warm)
        return
    if args.before:
        argv = [*(["--warm"] if args.warm else []), *(f"--corpus={c.resolve()}" for c in corpora)]
        runs = alternated({"before": args.before, "after": Path(__file__).resolve().parents[1]}, argv, args.passes)
    else:
        passes = passes_over(corpora, args.warm)
        runs = {"this": fastest(next(passes) for _ in range(args.passes))}
    print(f"{int(next(iter(runs.values()))['items'])} items, {args.passes} passes, "
          f"{'warm' if args.warm else 'memories emptied before each pass'}")
    print(table(runs))


if __name__ == "__main__":
    main()
