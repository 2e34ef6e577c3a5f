"""CPU time of the extraction rules alone (the rule steps after spaCy's parse), run by hand (not a test).

    .venv/bin/python bench/rules.py                        # dev-news and dev-news-2 (98 items), min of 6 passes
    .venv/bin/python bench/rules.py --passes 10 --warm
    .venv/bin/python bench/rules.py --corpus invented.jsonl
    git worktree add ../icgraph-before main~5              # an earlier icgraph, measured in the same run
    .venv/bin/python bench/rules.py --before ../icgraph-before

The items are parsed ONCE with the pipeline of `load_nlp` (untimed); each pass then runs
`extract_doc` over every parsed item and adds up the CPU time of this thread, in total and for each
part: the steps of `icgraph.extract.steps.STEPS`, `represent`, and "setup and kept entities" (the
dateline, the dates, the headline and choosing the entities to report: the rest of `extract_doc`).
The figure is the minimum over the passes (each part's own minimum).

The rules remember what they looked up (the gazetteer's scans of a text, name keys of words): by
default these memories are emptied before each pass, so that each pass reads the items as news it
has not seen (as over a feed of distinct items); --warm keeps them, as over copies of items already
read (what `bench/ingest.py` sees after its first copy of the corpus).

With --before DIR the same measurement runs in a fresh process with DIR/src first on the path (an
earlier checkout), then in a fresh one of this checkout, and the table shows both and their ratio.
"""

from __future__ import annotations

import argparse
import functools
import json
import subprocess
import sys
import time
from collections import defaultdict
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


def measure(corpora: list[Path], passes: int, warm: bool) -> dict[str, float]:
    """The minimum CPU seconds per pass of each part of the rules (and in total) over the corpora."""
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
    best: dict[str, float] = {}
    for _ in range(passes):
        if not warm:
            forget()
        seconds.clear()
        start = time.thread_time()
        for item, doc in zip(items, docs):
            extract_doc(item, doc)
        seconds[TOTAL] = time.thread_time() - start
        seconds[SETUP] = seconds[TOTAL] - sum(v for k, v in seconds.items() if k != TOTAL)
        for part, value in seconds.items():
            best[part] = min(best.get(part, value), value)
    best["items"] = len(items)
    return best


def run_in(checkout: Path, argv: list[str]) -> dict[str, float]:
    """This measurement in a fresh process with `checkout`/src first on the path."""
    env_path = str(checkout.resolve() / "src")
    command = [sys.executable, str(Path(__file__).resolve()), "--json", *argv]
    done = subprocess.run(command, env={"PYTHONPATH": env_path, "PYTHONHASHSEED": "0", "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(runs: dict[str, dict[str, float]]) -> str:
    parts = [p for p in next(iter(runs.values())) if p not in (TOTAL, "items")] + [TOTAL]
    parts = list(dict.fromkeys(p for run in runs.values() for p in run if p in parts)) or parts
    parts = [p for p in parts if p != TOTAL] + [TOTAL]
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
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    corpora = args.corpus or list(DEFAULT_CORPORA)
    if args.json:
        print(json.dumps(measure(corpora, args.passes, args.warm)))
        return
    if args.before:
        argv = [f"--passes={args.passes}", *(["--warm"] if args.warm else []),
                *(f"--corpus={c.resolve()}" for c in corpora)]
        runs = {"before": run_in(args.before, argv), "after": run_in(Path(__file__).resolve().parents[1], argv)}
    else:
        runs = {"this": measure(corpora, args.passes, args.warm)}
    print(f"{int(next(iter(runs.values()))['items'])} items, {args.passes} passes, "
          f"{'warm' if args.warm else 'memories emptied before each pass'}")
    print(table(runs))


if __name__ == "__main__":
    main()
