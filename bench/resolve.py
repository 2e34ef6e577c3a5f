"""Resolution as the graph grows, run by hand (not a test): the cost per item must stay flat.

    .venv/bin/python bench/resolve.py                        # 50,000 entities, 10 new per item
    .venv/bin/python bench/resolve.py --entities 10000 --known 0 5000

Two measures, on synthetic records (no NLP: extraction would dominate and hide the trend):

* **feed**: items whose extraction names `--per-item` new people and organizations (half each),
  plus one person and one organization of an earlier item (the person under a longer variant of
  the name, "Amina K. Doru" for "Amina Doru", so the full-name rule is exercised), go through
  resolution, RDF build, SHACL validation and the store write (`pipeline.store_batch`, batches
  of 25, an on-disk store) until `--entities` distinct entities are stored. Prints ms/item for
  each 1,000-item slice (in all, and for resolution, SHACL validation, the store write and the
  rest: RDF build, entity diff, orphan and twin look-ups) and the ratio of the last slice to the
  first (flat: about 1), in wall-clock and in this process's CPU time (on a machine shared with
  other work the CPU time is the steadier of the two).
* **batch**: the time to resolve one batch of 25 items against 0, 5k, 20k, 50k known entities
  (median of `--repeat` runs; the index of the known entities is built once per ingest run and
  timed apart). The "before" column is the cost measured before the index (issue 14), when each
  batch re-read every known entity.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date, timedelta
from itertools import count
from pathlib import Path

from ingest import StageTimer  # bench/ingest.py, next to this script
from results import Figure, record

from icgraph import pipeline
from icgraph.build import ontology_graph
from icgraph.config import Settings
from icgraph.iri import ontology_graph_iri
from icgraph.model import (
    Entity,
    EntityKind,
    Event,
    EventKind,
    Evidence,
    Extraction,
    NewsItem,
    OrgType,
    Participation,
    Post,
    ResolvedEntity,
    Role,
)
from icgraph.pipeline import BATCH_SIZE, IngestReport, batched, stored_entities, store_batch
from icgraph.resolve import KnownEntities, resolve
from icgraph.store import open_store

BEFORE_SECONDS = {0: 0.013, 5_000: 0.56, 20_000: 2.4, 50_000: 7.1}  # per batch, issue 14
FIRST = ("Amina", "Boris", "Chen", "Dalia", "Emeka", "Farida", "Goran", "Hana", "Ivo", "Jamal", "Kira", "Luis")
SYLLABLES = ("ba", "do", "ke", "li", "mu", "na", "ro", "si", "ta", "vu", "xe", "zo", "pa", "qi", "fe", "gu")
INITIALS = "ABCDEFGHJKLMNPRSTW"


def word(n: int) -> str:
    """A distinct invented word for each n ("Badoke")."""
    letters = []
    while True:
        n, digit = divmod(n, len(SYLLABLES))
        letters.append(SYLLABLES[digit])
        if n == 0:
            break
        n -= 1
    return "".join(letters).capitalize()


def person_name(n: int) -> str:
    return f"{FIRST[n % len(FIRST)]} {word(n)}"


def org_name(n: int) -> str:
    return f"{word(n + 7_919)} Institute of {word(n + 104_729)}"


class Feed:
    """Synthetic extractions: each item names new people and organizations and two earlier ones."""

    def __init__(self, per_item: int) -> None:
        self.people = per_item // 2
        self.orgs = per_item - self.people
        self.serial = count()

    def item(self, n: int) -> Extraction:
        names: list[tuple[EntityKind, str]] = []
        names += [(EntityKind.PERSON, person_name(n * self.people + i)) for i in range(self.people)]
        names += [(EntityKind.ORGANIZATION, org_name(n * self.orgs + i)) for i in range(self.orgs)]
        if n > 0:
            earlier = (n * 7) // 10
            first, last = person_name(earlier * self.people).split(" ")
            names.append((EntityKind.PERSON, f"{first} {INITIALS[n % len(INITIALS)]}. {last}"))
            names.append((EntityKind.ORGANIZATION, org_name(earlier * self.orgs)))
        sentences = [f"{name} took part in the meeting." for _, name in names]
        text = " ".join(sentences)
        offsets, start = [], 0
        for sentence in sentences:
            offsets.append(Evidence(sentence, start, start + len(sentence), 0.8))
            start += len(sentence) + 1
        entities = tuple(
            Entity(f"e{i}", kind, name, org_type=OrgType.OTHER if kind == EntityKind.ORGANIZATION else None)
            for i, (kind, name) in enumerate(names)
        )
        people = [e for e in entities if e.kind == EntityKind.PERSON]
        orgs = [e for e in entities if e.kind == EntityKind.ORGANIZATION]
        posts = tuple(
            Post(p.key, "Director", o.key, offsets[int(p.key[1:])]) for p, o in zip(people, orgs)
        )
        published = date(2020, 1, 1) + timedelta(days=n // 10)
        meeting = Event("v1", EventKind.MEETING, tuple(Participation(e.key, Role.PARTICIPANT) for e in entities),
                        Evidence(text, 0, len(text), 0.8), start=published)
        item = NewsItem(id=f"synthetic-{n}", text=text, title=f"Meeting {n}", url=f"https://news.example.org/{n}",
                        publisher="Synthetic news", published=published, origin=f"synthetic item {n}")
        return Extraction(item=item, entities=entities, posts=posts, events=(meeting,))


def known_entities(total: int) -> list[ResolvedEntity]:
    """`total` stored entities, half people and half organizations, as a store would give them back."""
    people = [ResolvedEntity(f"person/known-{n}", EntityKind.PERSON, person_name(n + 1_000_000)) for n in range(total // 2)]
    orgs = [ResolvedEntity(f"organization/known-{n}", EntityKind.ORGANIZATION, org_name(n + 1_000_000),
                           org_type=OrgType.OTHER) for n in range(total - total // 2)]
    return people + orgs


def bench_batch(sizes: list[int], per_item: int, repeat: int) -> dict[int, float]:
    """Prints and returns the median seconds to resolve one batch, by number of known entities."""
    feed = Feed(per_item)
    batch = [feed.item(n) for n in range(1, BATCH_SIZE + 1)]
    print(f"\nresolving one batch of {BATCH_SIZE} items ({per_item + 2} mentions each) against known entities")
    print(f"{'known':>8} {'index build s':>14} {'batch ms':>9} {'before ms':>10} {'ratio to 0':>11}")
    first, medians = None, {}
    for size in sizes:
        records = known_entities(size)
        started = time.perf_counter()
        known = KnownEntities(records)
        built = time.perf_counter() - started
        resolve(batch, known)  # warm caches (gazetteer, name normalisation)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            resolve(batch, known)
            times.append(time.perf_counter() - started)
        median = medians[size] = statistics.median(times)
        first = first if first is not None else median
        before = f"{BEFORE_SECONDS[size] * 1000:10.0f}" if size in BEFORE_SECONDS else f"{'':>10}"
        print(f"{size:>8,} {built:14.2f} {median * 1000:9.1f} {before} {median / first:11.2f}")
    return medians


def bench_feed(entities: int, per_item: int, slice_size: int) -> list[tuple[float, float]]:
    """Prints and returns (wall-clock, CPU) ms/item of each slice."""
    feed = Feed(per_item)
    items = -(-entities // per_item)
    base = Settings.from_env().base
    print(f"feed: {items:,} items, {per_item} new entities each (+2 earlier ones): {items * per_item:,} distinct "
          f"entities; resolution + build + SHACL + store per batch of {BATCH_SIZE}")
    print(f"{'items':>13} {'known before':>13} {'CPU ms':>7} {'ms/item':>8} {'resolve':>8} {'SHACL':>8} {'write':>8} {'rest':>8}")
    timer = StageTimer()
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "store") as store:
        for name in ("resolve", "validate_graph"):
            timer.wrap(pipeline, name)
        timer.wrap(store, "replace_graphs")
        entities_graph, known = stored_entities(store, base)
        store.replace_graphs({ontology_graph_iri(base): ontology_graph(base)})
        report = IngestReport()
        slices: list[tuple[float, float]] = []
        for first in range(0, items, slice_size):
            extractions = [feed.item(n) for n in range(first, min(first + slice_size, items))]
            known_before = len(known)
            timer.seconds.clear()
            started, cpu_started = time.perf_counter(), time.process_time()
            for batch in batched(extractions, BATCH_SIZE):
                entities_graph, known = store_batch(batch, store, entities_graph, known, base, report, None)
            total, cpu = time.perf_counter() - started, time.process_time() - cpu_started
            slices.append((total * 1000 / len(extractions), cpu * 1000 / len(extractions)))
            stages = [timer.seconds[name] for name in ("resolve", "validate_graph", "replace_graphs")]
            columns = " ".join(f"{seconds * 1000 / len(extractions):8.1f}" for seconds in (total, *stages, total - sum(stages)))
            print(f"{first:>6}-{first + len(extractions) - 1:<6} {known_before:>13,} {cpu * 1000 / len(extractions):7.1f} {columns}", flush=True)
        timer.restore()
        if report.quarantined or report.problems:
            raise SystemExit(f"synthetic items were not stored: {report.summary()}; {report.quarantined[:1]}")
        print(f"stored {report.items_stored:,} items, {len(known):,} known entities; "
              f"last/first slice: {slices[-1][0] / slices[0][0]:.2f} wall-clock, {slices[-1][1] / slices[0][1]:.2f} CPU")
    return slices


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entities", type=int, default=50_000, help="distinct entities the feed stores")
    parser.add_argument("--per-item", type=int, default=10, help="new entities per item")
    parser.add_argument("--slice", type=int, default=1_000, help="items per reported slice")
    parser.add_argument("--known", type=int, nargs="*", default=[0, 5_000, 20_000, 50_000])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--skip-feed", action="store_true")
    args = parser.parse_args()
    figures = []
    if not args.skip_feed:
        slices = bench_feed(args.entities, args.per_item, args.slice)
        figures.append(Figure(f"feed-{args.entities}", slices[-1][1], "CPU ms/item", anchor=slices[0][1],
                              note=f"last vs first slice of {args.slice:,} items, {args.entities:,} entities"))
    medians = bench_batch(args.known, args.per_item, args.repeat)
    if 0 in medians and len(medians) > 1:
        most = max(medians)
        figures.append(Figure(f"batch-{most}", medians[most] * 1000, "ms", anchor=medians[0] * 1000,
                              note=f"one batch of {BATCH_SIZE} items against {most:,} vs 0 known entities"))
    record("resolve", figures)


if __name__ == "__main__":
    main()
