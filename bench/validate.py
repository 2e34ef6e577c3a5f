"""SHACL validation: per news item, and of a whole store (run by hand, not in tests).

    .venv/bin/python bench/validate.py                  # 200 items of realistic size
    .venv/bin/python bench/validate.py --items 50 --events 12
    .venv/bin/python bench/validate.py --store-sizes 100000 1000000   # whole-store `icgraph validate`

Whole store: bench stores of bench/stores.py (ingested news replicated with fresh IRIs and renamed
entities), each `icgraph validate` a fresh process (wall-clock time, peak resident memory of the
process); it must find 0 violations (exit 0). Anchors: the issue-14 target, 60 s and 1 GB at 1M
triples (time scaled to the size), and one pySHACL run over the union of the named graphs, measured
up to --union-max triples, whose issues (warnings included) must be exactly those of
`icgraph validate` (the "same issues" column).

Each synthetic item is its item graph together with the descriptions of the entities it mentions;
they are validated as ingest does it (`pipeline.validate_batch`: a batch of items as one graph, the
figure per item) and one item alone; the anchor is one pySHACL run over each batch, whose issues
must be the same. The sizes default to a busy news item of the samples
(3 events, 5 posts, 1 agreement with its signing, 1 state membership, 12 entities).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, timedelta

from rdflib import Graph

from icgraph.build import entity_triples, item_triples
from icgraph.model import (
    Agreement,
    AgreementKind,
    Entity,
    EntityKind,
    Event,
    EventKind,
    Evidence,
    Extraction,
    Membership,
    NewsItem,
    OrgType,
    Participation,
    Post,
    Resolution,
    ResolvedEntity,
    Role,
)
from icgraph.pipeline import BATCH_SIZE, validate_batch
from icgraph.validate import validate_graph
from results import Figure, record  # bench/results.py, next to this script

KINDS = (EventKind.MEETING, EventKind.VISIT, EventKind.CONFERENCE, EventKind.PHONE_CALL)


def synthetic_item(number: int, events: int, posts: int) -> Resolution:
    text = " ".join(f"Sentence {i} of item {number} reports something." for i in range(events + posts + 4))
    evidence = Evidence(quote=text[:40], start=0, end=40, confidence=0.8)
    people = [Entity(f"p{i}", EntityKind.PERSON, f"Person {number}-{i}") for i in range(6)]
    orgs = [Entity(f"o{i}", EntityKind.ORGANIZATION, f"Org {i}", org_type=OrgType.INTERGOVERNMENTAL) for i in range(3)]
    places = [Entity("c0", EntityKind.COUNTRY, "Country 0", iso_code="AAA"), Entity("c1", EntityKind.COUNTRY, "Country 1", iso_code="BBB"), Entity("pl", EntityKind.PLACE, "City", country="c0")]
    entities = (*people, *orgs, *places)
    day = date(2025, 1, 1) + timedelta(days=number % 300)
    extraction = Extraction(
        item=NewsItem(id=f"bench-{number}", text=text, title=f"Item {number}", publisher="Bench", published=day),
        entities=entities,
        events=tuple(
            Event(
                f"v{i}",
                KINDS[i % len(KINDS)],
                (Participation(f"p{i % 6}", Role.HOST), Participation(f"p{(i + 1) % 6}", Role.GUEST), Participation("o0", Role.ORGANIZER)),
                evidence,
                start=day,
                place="pl",
                venue="Headquarters",
            )
            for i in range(events)
        )
        + (Event("s", EventKind.SIGNING, (Participation("p0", Role.SIGNATORY), Participation("p1", Role.SIGNATORY)), evidence, start=day),),
        posts=tuple(Post(f"p{i % 6}", ("Director-General", "Minister", "Ambassador", "Adviser to the Board")[i % 4], f"o{i % 3}", evidence) for i in range(posts)),
        agreements=(Agreement("a", AgreementKind.MEMORANDUM_OF_UNDERSTANDING, ("o0", "o1"), evidence, signatories=("p0", "p1"), date=day),),
        memberships=(Membership("c1", "o0", evidence),),
    )
    ids = {e.key: f"{e.kind.value}/{e.name.lower().replace(' ', '-')}" for e in entities}
    resolved = tuple(
        ResolvedEntity(ids[e.key], e.kind, e.name, org_type=e.org_type, iso_code=e.iso_code, country=ids.get(e.country or ""))
        for e in entities
    )
    return Resolution(extraction=extraction, ids=ids, entities=resolved)


UNION = (
    "import sys, hashlib; from rdflib import Graph; from icgraph.store import open_store; from icgraph.validate import validate_graph\n"
    "with open_store(sys.argv[1], read_only=True) as store:\n"
    "    union = Graph()\n"
    "    for name in store.graph_names(): union += store.graph(name)\n"
    "    issues = sorted(map(repr, validate_graph(union)))\n"
    "    print(len(issues), hashlib.sha256('\\n'.join(issues).encode()).hexdigest(), file=sys.stderr)"
)


def store_check_digest(store_path) -> str:
    """What UNION prints, for the issues `icgraph validate` finds (the library call behind it)."""
    import hashlib

    from icgraph.check import check_store
    from icgraph.store import open_store

    with open_store(store_path, read_only=True) as store:
        issues = sorted(map(repr, check_store(store)))
    return f"{len(issues)} {hashlib.sha256(chr(10).join(issues).encode()).hexdigest()}"


def whole_store(sizes: list[int], jobs: list[int], union_max: int) -> None:
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from stores import bench_store, run_measured, table, work_folder

    icgraph = str(Path(sys.executable).with_name("icgraph"))
    rows, figures = [], []
    for size in sizes:
        _, store = bench_store(size, work_folder())
        target_s = 60 * size / 1_000_000
        same = ""
        if size <= union_max:
            union = run_measured([sys.executable, "-c", UNION, str(store)])
            digest = union.stderr.strip().splitlines()[-1]
            same = "yes" if digest == store_check_digest(store) else "NO"
            rows.append([f"{size:,}", "one pySHACL run over the union", f"{union.seconds:.1f} s", f"{union.cpu:.1f} s", f"{union.peak_mb:.0f} MB", "", "", f"{digest.split()[0]} issues", ""])
        for n in jobs:
            run = run_measured([icgraph, "validate", "--store", str(store), "-q", "--jobs", str(n)])
            if run.returncode != 0:
                sys.exit(f"the bench store {store} does not validate:\n{run.stderr}")
            figures += whole_store_figures(size, n, run.seconds, run.peak_mb)
            rows.append([
                f"{size:,}", f"icgraph validate --jobs {n}", f"{run.seconds:.1f} s", f"{run.cpu:.1f} s", f"{run.peak_mb:.0f} MB",
                f"{run.seconds / target_s:.2f}x of {target_s:.0f} s", f"{run.peak_mb / 1024:.2f}x of 1 GB", run.stderr.strip().splitlines()[-1], same,
            ])
    record("validate", figures)
    print(table(["triples", "validation", "wall time", "CPU time", "peak memory", "wall time / target", "memory / target", "result", "same issues as pySHACL"], rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--events", type=int, default=3)
    parser.add_argument("--posts", type=int, default=5)
    parser.add_argument("--store-sizes", type=int, nargs="+", help="validate whole bench stores of these sizes instead")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs of icgraph validate (whole store)")
    parser.add_argument("--union-max", type=int, default=200_000, help="largest store also validated as one union")
    args = parser.parse_args()
    if args.store_sizes:
        whole_store(args.store_sizes, args.jobs, args.union_max)
        return
    resolutions = [synthetic_item(n, args.events, args.posts) for n in range(args.items)]
    graphs = [item_triples(r) | entity_triples(r.entities) for r in resolutions]  # what ingest validates: sets of triples
    validate_batch(graphs[:1], [])  # warm caches (the shapes compiled once)
    alone_ms, issues = [], 0
    for graph in graphs:  # one item at a time
        started = time.perf_counter()
        issues += sum(map(len, validate_batch([graph], [])))
        alone_ms.append((time.perf_counter() - started) * 1000)
    # as ingest does it: the items of a batch validated as one graph; wall-clock and CPU time (which
    # other processes on a shared machine change far less; the validation runs in this thread)
    batch_ms, batch_cpu, pyshacl_ms, pyshacl_cpu, same = [], [], [], [], True
    for start in range(0, len(graphs), BATCH_SIZE):
        batch = graphs[start:start + BATCH_SIZE]
        started, cpu = time.perf_counter(), time.process_time()
        found = validate_batch(batch, [])  # each graph holds the descriptions of its entities already
        batch_ms.append((time.perf_counter() - started) * 1000 / len(batch))
        batch_cpu.append((time.process_time() - cpu) * 1000 / len(batch))
        union = Graph()
        union.addN((*triple, union) for graph in batch for triple in graph)
        started, cpu = time.perf_counter(), time.process_time()
        expected = validate_graph(union, inplace=True)  # the anchor: one pySHACL run over the batch
        pyshacl_ms.append((time.perf_counter() - started) * 1000 / len(batch))
        pyshacl_cpu.append((time.process_time() - cpu) * 1000 / len(batch))
        same = same and sorted(set(map(repr, expected))) == sorted({repr(issue) for issues in found for issue in issues})
    size = statistics.mean(len(g) for g in graphs)
    print(f"{args.items} items, {size:.0f} triples each (item graph + entities), {issues} issues (each alone)")
    for name, values in ((f"batches of {BATCH_SIZE} (ingest)", batch_ms), (f"  CPU, batches of {BATCH_SIZE}", batch_cpu),
                         ("one item alone", alone_ms), (f"pySHACL, batches of {BATCH_SIZE}", pyshacl_ms),
                         (f"  pySHACL CPU, batches of {BATCH_SIZE}", pyshacl_cpu)):
        print(f"validate, {name:32s} ms/item  mean {statistics.mean(values):6.1f}  p50 {statistics.median(values):6.1f}")
    print(f"same issues as pySHACL on each batch: {'yes' if same else 'NO'}")
    if not same:
        sys.exit("validate_batch and pySHACL disagree")
    record("validate", [
        Figure("per-item", statistics.mean(batch_cpu), "ms", anchor=statistics.mean(pyshacl_cpu),
               note=f"{args.items} items of {size:.0f} triples in batches of {BATCH_SIZE} as ingest validates them, mean CPU "
                    f"(wall {statistics.mean(batch_ms):.1f} ms); one item alone {statistics.mean(alone_ms):.1f} ms wall; "
                    f"anchor: pySHACL over each batch, CPU (wall {statistics.mean(pyshacl_ms):.1f} ms)"),
    ])


def whole_store_figures(size: int, jobs: int, seconds: float, peak_mb: float) -> list[Figure]:
    """The figures of issue 14 for bench/report.py (see bench/results.py)."""
    note = f"{size:,} triples, --jobs {jobs}"
    return [Figure(f"whole-{size}-jobs{jobs}-time", seconds, "s", note=note), Figure(f"whole-{size}-jobs{jobs}-memory", peak_mb / 1024, "GB", note=note)]


if __name__ == "__main__":
    main()
