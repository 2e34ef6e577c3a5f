"""Latency of every saved query on a synthetic graph (run by hand, not in tests).

    .venv/bin/python bench/queries.py                 # 100k and 1M triples
    .venv/bin/python bench/queries.py --sizes 100000  # one size

Generates a graph per docs/graph-model.md (entities graph + one named graph per news item, about
25 triples per event with provenance, posts, agreements, memberships), bulk-loads it into an
on-disk store, and prints p50/p95 of each saved query with its benchmark parameters, on the
embedded store (icgraph.store, the code path users run) and through rdflib's own SPARQL engine
over an in-memory Dataset (skipped above --rdflib-max triples, where it takes minutes per query).
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from icgraph.bindings import bind_values
from icgraph.query import bindings_for, saved_queries
from icgraph.errors import QueryError
from icgraph.store import open_store

B = "https://w3id.org/icgraph/"
IC = "https://w3id.org/icgraph/ontology#"
SCHEMA = "http://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
MEETING_KINDS = [("meeting", "Meeting"), ("visit", "Visit"), ("reception", "Reception"), ("talks", "Talks"), ("phone-call", "PhoneCall")]
OTHER_KINDS = [("conference", "Conference"), ("forum", "Forum"), ("signing", "Signing"), ("ceremony", "Ceremony"), ("training", "Training")]
ORG_CLASSES = ["IntergovernmentalOrganization", "GovernmentBody", "EducationalInstitution", "CulturalInstitution", "NonGovernmentalOrganization"]


def iri(path: str) -> str:
    return f"<{B}{path}>"


def lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def date_lit(day: int) -> str:
    year, rest = divmod(day, 336)
    month, dom = divmod(rest, 28)
    return f'"{2015 + year:04d}-{month + 1:02d}-{dom + 1:02d}"^^<{XSD}date>'


class Generator:
    """N-Quads of a synthetic graph; entities are drawn Zipf-like so some are hubs."""

    def __init__(self, events: int, seed: int = 7) -> None:
        self.events = events
        self.rng = random.Random(seed)
        self.people = max(20, events // 2)
        self.orgs = max(10, events // 10)
        self.countries = 60
        self.places = 120
        self.lines: list[str] = []

    def pick(self, n: int) -> int:
        return min(n - 1, int(self.rng.paretovariate(1.2)) - 1)

    def quad(self, s: str, p: str, o: str, g: str) -> None:
        self.lines.append(f"{s} <{p}> {o} {g} .\n")

    def entities(self) -> None:
        g = iri("graph/entities")
        for i in range(self.people):
            s = iri(f"id/person/p-{i}")
            self.quad(s, RDF_TYPE, f"<{IC}Person>", g)
            self.quad(s, f"{SKOS}prefLabel", lit(f"Person {i}"), g)
            if i % 3 == 0:
                self.quad(s, f"{SKOS}altLabel", lit(f"P. {i}"), g)
        for i in range(self.orgs):
            s = iri(f"id/organization/o-{i}")
            self.quad(s, RDF_TYPE, f"<{IC}{ORG_CLASSES[i % len(ORG_CLASSES)]}>", g)
            self.quad(s, RDF_TYPE, f"<{ORG}Organization>", g)
            self.quad(s, f"{SKOS}prefLabel", lit(f"Organization {i}"), g)
            self.quad(s, f"{SKOS}altLabel", lit(f"ORG{i}"), g)
            if i >= 10 and i % 4 == 0:
                self.quad(s, f"{ORG}subOrganizationOf", iri(f"id/organization/o-{i % 10}"), g)
        for i in range(self.countries):
            s = iri(f"id/country/c{i:02d}")
            for cls in (f"{IC}Country", f"{ORG}Organization"):
                self.quad(s, RDF_TYPE, f"<{cls}>", g)
            self.quad(s, f"{SKOS}prefLabel", lit(f"Country {i}"), g)
            self.quad(s, f"{SKOS}notation", lit(f"C{i:02d}"), g)
        for i in range(self.places):
            s = iri(f"id/place/pl-{i}")
            self.quad(s, RDF_TYPE, f"<{IC}Place>", g)
            self.quad(s, f"{SKOS}prefLabel", lit(f"Place {i}"), g)

    def evidence(self, fact: str, item: str, g: str, n: int) -> None:
        ev = f"<{fact[1:-1]}/evidence/{n:08x}>"
        self.quad(fact, f"{PROV}wasDerivedFrom", item, g)
        self.quad(fact, f"{PROV}qualifiedDerivation", ev, g)
        self.quad(ev, RDF_TYPE, f"<{PROV}Derivation>", g)
        self.quad(ev, f"{PROV}entity", item, g)
        self.quad(ev, f"{IC}quote", lit(f"Sentence {n} of the item."), g)
        self.quad(ev, f"{IC}charStart", f'"0"^^<{XSD}integer>', g)

    def item(self, n: int) -> None:
        rng = self.rng
        g = iri(f"graph/item/n-{n}")
        item = iri(f"id/item/n-{n}")
        day = rng.randrange(0, 336 * 10)
        self.quad(item, RDF_TYPE, f"<{IC}NewsItem>", g)
        self.quad(item, f"{DCT}title", lit(f"News item {n}"), g)
        self.quad(item, f"{DCT}issued", date_lit(day), g)
        meeting = rng.random() < 0.6
        kind, cls = rng.choice(MEETING_KINDS if meeting else OTHER_KINDS)
        event = iri(f"id/event/{n}-{kind}")
        self.quad(event, RDF_TYPE, f"<{IC}Event>", g)
        self.quad(event, RDF_TYPE, f"<{IC}{cls}>", g)
        if meeting and cls != "Meeting":
            self.quad(event, RDF_TYPE, f"<{IC}Meeting>", g)
        self.quad(event, f"{IC}eventType", iri(f"vocab/event-type/{kind}"), g)
        self.quad(event, f"{SKOS}prefLabel", lit(f"{cls} {n}"), g)
        self.quad(event, f"{SCHEMA}startDate", date_lit(day), g)
        self.quad(event, f"{SCHEMA}location", iri(f"id/place/pl-{self.pick(self.places)}"), g)
        people = {self.pick(self.people) for _ in range(rng.randint(2, 3))}
        for p in people:
            self.quad(event, f"{IC}participant", iri(f"id/person/p-{p}"), g)
            # qualified participation: the person acts for the organization of their post
            participation = iri(f"id/event/{n}-{kind}/participation/{p}")
            self.quad(event, f"{IC}qualifiedParticipation", participation, g)
            self.quad(participation, RDF_TYPE, f"<{IC}Participation>", g)
            self.quad(participation, f"{IC}agent", iri(f"id/person/p-{p}"), g)
            self.quad(participation, f"{IC}role", iri("vocab/role/participant"), g)
            self.quad(participation, f"{IC}onBehalfOf", iri(f"id/organization/o-{(p * 7) % self.orgs}"), g)
        first = sorted(people)[0]
        self.quad(event, f"{IC}host", iri(f"id/person/p-{first}"), g)
        if not meeting:
            self.quad(event, f"{IC}organizer", iri(f"id/organization/o-{self.pick(self.orgs)}"), g)
            self.quad(event, f"{IC}partner", iri(f"id/organization/o-{self.pick(self.orgs)}"), g)
            self.quad(event, f"{IC}participant", iri(f"id/country/c{self.pick(self.countries):02d}"), g)
        self.evidence(event, item, g, n)
        # a post for the host, with the materialised memberOf shortcut
        org = iri(f"id/organization/o-{(first * 7) % self.orgs}")
        post = iri(f"id/post/{n:08x}")
        self.quad(post, RDF_TYPE, f"<{IC}Post>", g)
        self.quad(post, RDF_TYPE, f"<{ORG}Membership>", g)
        self.quad(post, f"{ORG}member", iri(f"id/person/p-{first}"), g)
        self.quad(post, f"{ORG}organization", org, g)
        self.quad(post, f"{IC}roleLabel", lit("Director"), g)
        self.quad(post, f"{IC}observedOn", date_lit(day), g)
        self.quad(iri(f"id/person/p-{first}"), f"{ORG}memberOf", org, g)
        if cls == "Signing" or rng.random() < 0.03:
            agreement = iri(f"id/agreement/{n}-mou")
            self.quad(agreement, RDF_TYPE, f"<{IC}Agreement>", g)
            self.quad(agreement, RDF_TYPE, f"<{IC}MemorandumOfUnderstanding>", g)
            self.quad(agreement, f"{IC}agreementType", iri("vocab/agreement-type/memorandum-of-understanding"), g)
            self.quad(agreement, f"{SKOS}prefLabel", lit(f"MoU {n}"), g)
            self.quad(agreement, f"{SCHEMA}dateCreated", date_lit(day), g)
            self.quad(agreement, f"{IC}party", org, g)
            self.quad(agreement, f"{IC}party", iri(f"id/organization/o-{self.pick(self.orgs)}"), g)
            self.quad(agreement, f"{IC}signatory", iri(f"id/person/p-{first}"), g)
            self.evidence(agreement, item, g, n)
        if rng.random() < 0.02:
            country = iri(f"id/country/c{rng.randrange(self.countries):02d}")
            membership = iri(f"id/membership/{n:08x}")
            self.quad(membership, RDF_TYPE, f"<{ORG}Membership>", g)
            self.quad(membership, f"{ORG}member", country, g)
            self.quad(membership, f"{ORG}organization", iri(f"id/organization/o-{self.pick(10)}"), g)
            self.quad(membership, f"{PROV}wasDerivedFrom", item, g)

    def write(self, path: Path) -> int:
        self.entities()
        for n in range(self.events):
            self.item(n)
        path.write_text("".join(self.lines), encoding="utf-8")
        return len(self.lines)


BENCH_PARAMS = {
    "who-met-whom": {},
    "posts": {"organization": "id/organization/o-21"},
    "agreements": {"since": "2020-01-01", "until": "2020-06-30"},
    "participations": {"agent": "id/person/p-20"},
    "entities": {"class": "ic:Person", "search": "Person 12"},
    "meetings-of": {"entity": "id/person/p-20"},
    "partners-of": {"organization": "id/organization/o-21"},
    "timeline": {"entity": "id/organization/o-21", "since": "2019-01-01", "until": "2019-12-31"},
    "agreements-by": {"party": "id/organization/o-21"},
    "officials-of": {"organization": "id/organization/o-21"},
    "members-of": {"organization": "id/organization/o-3"},
    "co-participants": {"event": "id/event/0-{kind}"},
    "sources-of": {"subject": "id/person/p-20"},
}
EXTRA = {
    "who-met-whom (one month)": ("who-met-whom", {"since": "2020-03-01", "until": "2020-03-28"}),
    "who-met-whom level=organization": ("who-met-whom", {"level": "organization"}),
    "who-met-whom level=organization (one month)": ("who-met-whom", {"level": "organization", "since": "2020-03-01", "until": "2020-03-28"}),
    "meetings-of an organization": ("meetings-of", {"entity": "id/organization/o-21"}),
}


def timed(run, repeats: int) -> tuple[float, float, int]:
    times, rows = [], 0
    for _ in range(repeats):
        start = time.perf_counter()
        rows = run()
        times.append(time.perf_counter() - start)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, rows


def timed_in_child(run, repeats: int, budget: float) -> tuple[float | None, int]:
    """Time `run` in a forked child (it shares the loaded data) and kill it past `budget` seconds.

    rdflib's engine is pure Python: a thread could not be stopped, a process can.
    """
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def child() -> None:
        p50, _, rows = timed(run, repeats)
        sender.send((p50, rows))

    process = context.Process(target=child, daemon=True)
    process.start()
    if receiver.poll(budget * repeats):
        p50, rows = receiver.recv()
        process.join()
        return p50, rows
    process.kill()
    process.join()
    return None, -1


def fmt(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def bench(triples_target: int, rdflib_max: int, repeats: int, folder: Path, rdflib_budget: float, rdflib_repeats: int, embedded_budget: float = 20.0) -> None:
    events = max(50, triples_target // 27)
    data = folder / f"g{triples_target}.nq"
    generator = Generator(events)
    count = generator.write(data)
    first_kind = next(line for line in generator.lines if "/id/event/0-" in line).split("/id/event/0-")[1].split(">")[0]
    print(f"\n## {count:,} triples ({events:,} events, {events:,} news items)", file=sys.stderr)
    store_dir = folder / f"store-{triples_target}"
    native = ox.Store(str(store_dir))
    start = time.perf_counter()
    native.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    native.flush()
    print(f"bulk_load on disk: {time.perf_counter() - start:.2f} s", file=sys.stderr)
    del native

    dataset = None
    if count <= rdflib_max:
        from rdflib import Dataset

        dataset = Dataset(default_union=True)
        start = time.perf_counter()
        dataset.parse(str(data), format="nquads")
        print(f"rdflib parse: {time.perf_counter() - start:.2f} s", file=sys.stderr)

    library = saved_queries()
    cases = [(name, name, dict(BENCH_PARAMS.get(name, {}))) for name in library]
    cases += [(label, name, params) for label, (name, params) in EXTRA.items()]
    print(f"\n| query ({count:,} triples) | rows | embedded on disk p50 | p95 | rdflib p50 | rdflib / embedded |")
    print("|---|---|---|---|---|---|")
    p50s: dict[str, float] = {}
    with open_store(store_dir, read_only=True) as store:
        for label, name, params in cases:
            query = library[name]
            params = {k: v.replace("{kind}", first_kind) for k, v in params.items()}
            bindings = bindings_for(query, params)
            try:
                p50, p95, rows = timed(lambda: len(store.select(query.text, bindings, timeout=embedded_budget).rows), repeats)
            except QueryError:
                print(f"| {label} | — | > {embedded_budget:.0f} s | — | not run | — |", flush=True)
                continue
            p50s[label] = p50
            rd, rd_cell, ratio = None, "skipped", "—"
            if dataset is not None:
                text = bind_values(query.text, bindings)
                rd, rd_rows = timed_in_child(lambda: len(list(dataset.query(text))), rdflib_repeats, rdflib_budget)
                if rd is None:
                    rd_cell, ratio = f"> {rdflib_budget:.0f} s", f"> {rdflib_budget / p50:.0f}×"
                else:
                    rd_cell, ratio = fmt(rd), f"{rd / p50:.0f}×"
                    if rd_rows != rows:
                        print(f"  note: {label}: rdflib returned {rd_rows} rows, Oxigraph {rows}", file=sys.stderr)
            print(f"| {label} | {rows} | {fmt(p50)} | {fmt(p95)} | {rd_cell} | {ratio} |", flush=True)
    record_figures(triples_target, p50s)


def record_figures(size: int, p50s: dict[str, float]) -> None:
    """The figures of issue 14 for bench/report.py (see bench/results.py)."""
    from results import Figure, record

    if "who-met-whom" in p50s:
        record("queries", [Figure(f"who-met-whom-{size}", p50s["who-met-whom"], "s", note="p50, embedded store on disk")])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--rdflib-max", type=int, default=200_000, help="skip rdflib above this many triples")
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--rdflib-budget", type=float, default=30.0, help="give up an rdflib query after this many seconds")
    parser.add_argument("--rdflib-repeats", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="icgraph-bench-") as folder:
        for size in args.sizes:
            bench(size, args.rdflib_max, args.repeats, Path(folder), args.rdflib_budget, args.rdflib_repeats)


if __name__ == "__main__":
    main()
