"""Benchmark (by hand): the actor network from the store, and its analytics, at 1k, 10k and 100k actors.

    .venv/bin/python bench/network.py                 # 1k, 10k, 100k actors (the last takes minutes)
    .venv/bin/python bench/network.py --sizes 100000 --skip-analytics   # the figure of issue 14
    .venv/bin/python bench/network.py --sizes 100000 --skip-analytics --breakdown   # and where its time goes

Generates a synthetic graph as ingest writes it (docs/graph-model.md: people with posts,
organizations, countries; meetings, conferences with organizers, signings with their agreements;
every agent's qualified participation with its role and, for most people, the organization or
state they act for, which the organization level follows; one news item per event, with its text
and the evidence of each fact; written once to the bench work folder), loads it into an in-memory
embedded store, checks it against the shapes (0 violations, as `icgraph validate`), and
times at each level what a user waits for: `network.project()` with `details=False` (ties and
names: what summary, central and communities show); with the occasion details of every tie (labels,
types, news items with their sentences, posts: what an export or a drawing writes); and without
details followed by `network.path()` between the busiest actor and the actor furthest from it,
which reads the details of the path's ties only (as `network path`, a timeline or an ego listing
do for the ties they show). Each against the anchor measured in the same run: streaming the
ic:participant quads and counting the pairs of participants. Then times the analytics on the
both-level network. Prints a table (wall and CPU medians; the peak RSS during each row's runs, the
in-memory store included) and keeps the figures in bench/results/network.json (bench/results.py).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import random
import resource
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from results import Figure, record  # bench/results.py, next to this script
from stores import work_folder

from icgraph import network as nw
from icgraph.check import find_issues
from icgraph.export import export_network
from icgraph.iri import participation_iri
from icgraph.store import EmbeddedStore

B = "https://w3id.org/icgraph/"
IC = "https://w3id.org/icgraph/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
SCHEMA = "http://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_DATE = XSD + "date"
ORG_CLASSES = ["IntergovernmentalOrganization", "GovernmentBody", "EducationalInstitution", "CulturalInstitution", "NonGovernmentalOrganization"]
EVENTS_PER_ACTOR = 0.5
REPRESENTED = 0.85  # the share of people's participations whose news item says whom they act for


def iri(text: str) -> str:
    return f"<{text}>"


def lit(text: str, datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"^^<{datatype}>' if datatype else f'"{escaped}"'


class Generator:
    """N-Quads of a synthetic institutional graph with `actors` people, organizations and countries."""

    def __init__(self, actors: int, seed: int = 7) -> None:
        self.random = random.Random(seed)
        self.countries = [f"{B}id/country/c{i}" for i in range(max(5, min(250, actors // 20)))]
        self.organizations = [f"{B}id/organization/o{i}" for i in range(int(actors * 0.35))]
        self.people = [f"{B}id/person/p{i}" for i in range(actors - len(self.countries) - len(self.organizations))]
        self.post_of = {person: self._pick(self.organizations + self.countries) for person in self.people}
        self.posted: set[str] = set()
        self.events = int(actors * EVENTS_PER_ACTOR)

    def _pick(self, population: list[str]) -> str:
        # skewed towards the first actors: a few take part in many events, most in one or two
        return population[int(len(population) * self.random.random() ** 2.5)]

    def quads(self) -> Iterator[str]:
        entities = iri(f"{B}graph/entities")
        for index, person in enumerate(self.people):
            for cls in (f"{IC}Person", "http://xmlns.com/foaf/0.1/Person", f"{SCHEMA}Person"):
                yield f"{iri(person)} {iri(RDF_TYPE)} {iri(cls)} {entities} ."
            yield f"{iri(person)} {iri(SKOS + 'prefLabel')} {lit(f'Person {index}')} {entities} ."
        for index, organization in enumerate(self.organizations):
            for cls in (IC + ORG_CLASSES[index % len(ORG_CLASSES)], f"{ORG}FormalOrganization", f"{ORG}Organization"):
                yield f"{iri(organization)} {iri(RDF_TYPE)} {iri(cls)} {entities} ."
            yield f"{iri(organization)} {iri(SKOS + 'prefLabel')} {lit(f'Organization {index}')} {entities} ."
            yield f"{iri(organization)} {iri(SKOS + 'altLabel')} {lit(f'ORG{index}')} {entities} ."
        for index, country in enumerate(self.countries):
            for cls in (f"{IC}Country", f"{ORG}FormalOrganization", f"{ORG}Organization", f"{SCHEMA}Country"):
                yield f"{iri(country)} {iri(RDF_TYPE)} {iri(cls)} {entities} ."
            yield f"{iri(country)} {iri(SKOS + 'prefLabel')} {lit(f'Country {index}')} {entities} ."
            code = "".join(chr(65 + index // 26**power % 26) for power in (2, 1, 0))  # AAA, AAB, ...: ISO 3166-1 alpha-3 in form
            yield f"{iri(country)} {iri(SKOS + 'notation')} {lit(code)} {entities} ."
        for index in range(self.events):
            yield from self._item(index)

    def _item(self, index: int) -> Iterator[str]:
        """One news item and what ingest writes for it (docs/graph-model.md): the item with its
        identifier and text, one event with a qualified participation per agent (its role, and
        for most people the organization or state they act for), an agreement for a signing, the
        posts of people seen for the first time, and the evidence of each fact."""
        day = f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}"
        item = f"{B}id/item/n{index}"
        graph = iri(f"{B}graph/item/n{index}")

        def triple(s: str, p: str, o: str) -> str:
            return f"{iri(s)} {iri(p)} {o} {graph} ."

        roll = self.random.random()
        kind = "meeting" if roll < 0.6 else "conference" if roll < 0.9 else "signing"
        text = f"Sentence {index} about the {kind}."

        def evidence(fact: str) -> Iterator[str]:
            node = f"{fact}/evidence/{index:08x}"
            yield triple(fact, PROV + "wasDerivedFrom", iri(item))
            yield triple(fact, PROV + "qualifiedDerivation", iri(node))
            yield triple(node, RDF_TYPE, iri(PROV + "Derivation"))
            yield triple(node, PROV + "entity", iri(item))
            yield triple(node, IC + "quote", lit(text))
            yield triple(node, IC + "charStart", lit("0", XSD + "integer"))
            yield triple(node, IC + "charEnd", lit(str(len(text)), XSD + "integer"))
            yield triple(node, IC + "confidence", lit("0.8", XSD + "decimal"))

        yield triple(item, RDF_TYPE, iri(f"{IC}NewsItem"))
        yield triple(item, DCT + "identifier", lit(f"n{index}"))
        yield triple(item, IC + "text", lit(text))
        yield triple(item, DCT + "title", lit(f"News {index}"))
        yield triple(item, DCT + "issued", lit(day, XSD_DATE))
        yield triple(item, SCHEMA + "url", iri(f"https://example.org/n{index}"))
        event = f"{B}id/event/{day}-{kind}-{index:08x}"
        classes = {"meeting": ["Meeting"], "conference": ["Conference"], "signing": ["Signing"]}[kind] + ["Event"]
        for cls in classes:
            yield triple(event, RDF_TYPE, iri(IC + cls))
        yield triple(event, IC + "eventType", iri(f"{B}vocab/event-type/{kind}"))
        yield triple(event, SKOS + "prefLabel", lit(f"{kind} {index}"))
        yield triple(event, SCHEMA + "startDate", lit(day, XSD_DATE))
        roles: dict[str, str] = {}  # agent -> its role (one per agent, as the generator draws them)
        if kind == "conference":
            for agent in {self._pick(self.people + self.countries) for _ in range(self.random.randint(3, 6))}:
                roles[agent] = "participant"
            for organizer in {self._pick(self.organizations) for _ in range(self.random.randint(1, 2))}:
                roles.setdefault(organizer, "organizer")
        else:
            for agent in {self._pick(self.people) for _ in range(2)}:
                roles[agent] = "signatory" if kind == "signing" else "participant"
        participants = [agent for agent, role in roles.items() if role != "organizer"]
        for agent, role in roles.items():
            yield triple(event, IC + role, iri(agent))
            if role == "signatory":
                yield triple(event, IC + "participant", iri(agent))
            participation = str(participation_iri(event, agent))
            yield triple(event, IC + "qualifiedParticipation", iri(participation))
            yield triple(participation, RDF_TYPE, iri(IC + "Participation"))
            yield triple(participation, IC + "agent", iri(agent))
            yield triple(participation, IC + "role", iri(f"{B}vocab/role/{role}"))
            # most news say whom a person acts for; organizations and states act in their own name
            if agent in self.post_of and self.random.random() < REPRESENTED:
                yield triple(participation, IC + "onBehalfOf", iri(self.post_of[agent]))
        yield from evidence(event)
        if kind == "signing":
            agreement = f"{B}id/agreement/{day}-memorandum-of-understanding-{index:08x}"
            yield triple(event, IC + "agreement", iri(agreement))
            yield triple(agreement, RDF_TYPE, iri(IC + "MemorandumOfUnderstanding"))
            yield triple(agreement, RDF_TYPE, iri(IC + "Agreement"))
            yield triple(agreement, IC + "agreementType", iri(f"{B}vocab/agreement-type/memorandum-of-understanding"))
            yield triple(agreement, SKOS + "prefLabel", lit(f"Memorandum of Understanding {index}"))
            for person in participants:
                yield triple(agreement, IC + "party", iri(self.post_of[person]))
            yield triple(agreement, SCHEMA + "dateCreated", lit(day, XSD_DATE))
            yield from evidence(agreement)
        for person in participants:
            if person in self.post_of and person not in self.posted:
                self.posted.add(person)
                post = f"{B}id/post/{len(self.posted):08x}"
                yield triple(post, RDF_TYPE, iri(ORG + "Membership"))
                yield triple(post, ORG + "member", iri(person))
                yield triple(post, ORG + "organization", iri(self.post_of[person]))
                yield triple(post, IC + "roleLabel", lit("Director"))
                yield triple(post, IC + "observedOn", lit(day, XSD_DATE))
                yield from evidence(post)


def dump(actors: int) -> Path:
    """The N-Quads of the synthetic graph with `actors` actors, written once into the bench work folder."""
    target = work_folder() / f"network-qualified-{actors}.nq"  # (network-N.nq: the generator before qualified participations)
    if not target.exists():
        partial = target.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as out:
            for line in Generator(actors).quads():
                out.write(line + "\n")
        partial.replace(target)
    return target


def load(actors: int) -> tuple[EmbeddedStore, int]:
    store = EmbeddedStore(None)
    store.native.bulk_load(path=str(dump(actors)), format=ox.RdfFormat.N_QUADS)
    return store, len(store.native)


def violations(store: EmbeddedStore) -> int:
    """The SHACL violations of the store, as `icgraph validate` finds them (the bench's data must have none)."""
    return sum(1 for _, issue in find_issues(store.native, jobs=2) if issue.severity == "Violation")


def anchor(store: EmbeddedStore) -> Counter[tuple[str, str]]:
    """The floor: stream the participation quads and count the pairs of participants per event."""
    participants: dict[str, list[str]] = defaultdict(list)
    for quad in store.native.quads_for_pattern(None, ox.NamedNode(IC + "participant"), None, None):
        participants[quad.subject.value].append(quad.object.value)
    pairs: Counter[tuple[str, str]] = Counter()
    for agents in participants.values():
        pairs.update(itertools.combinations(sorted(agents), 2))
    return pairs


def reset_peak() -> bool:
    """Start measuring the process's peak memory afresh (Linux: VmHWM back to the current RSS)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def peak_mb(since_reset: bool) -> str:
    """The peak RSS since `reset_peak` (VmHWM), else the process's peak so far (marked "≤")."""
    if since_reset:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return f"{int(line.split()[1]) / 1024:,.0f}"
    return f"≤{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f}"


def timed(rows: list[tuple[Any, ...]], size: int, step: str, work: Callable[[], Any], describe: Callable[[Any], str] = lambda _: "") -> Any:
    fresh = reset_peak()
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    rows.append((f"{size:,}", step, f"{seconds:.2f} s", "", describe(result), peak_mb(fresh)))
    print(f"  {step}: {seconds:.2f} s {describe(result)}", flush=True)
    return result


def size_of(graph: Any) -> str:
    return f"{graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges"


def far_pair(store: EmbeddedStore, level: str) -> tuple[str, str]:
    """The busiest actor of the level's network and the actor furthest from it: the ends of the
    longest path the bench asks for."""
    graph = nw.project(store, level=level, details=False)
    hub = max(sorted(graph), key=graph.degree)
    distances = nw.nx.single_source_shortest_path_length(graph, hub)
    return hub, max(sorted(distances), key=distances.__getitem__)


def shown_path(store: EmbeddedStore, level: str, ends: tuple[str, str]) -> Any:
    """What `network path` waits for: the network without details, its shortest path between the
    two actors, and the details of that path's ties."""
    graph = nw.project(store, level=level, details=False)
    nw.path(graph, *ends)
    return graph


# What each variant of a level measures: (suffix of the figure, description, the work)
VARIANTS: tuple[tuple[str, str, Callable[[EmbeddedStore, str, tuple[str, str]], Any]], ...] = (
    ("", "bare network: project(details=False), ties and names only (what network summary, central, communities wait for)",
     lambda store, level, _: nw.project(store, level=level, details=False)),
    ("-details", "every tie detailed: project(), each tie's occasions and news items, the actors' posts (network export, draw)",
     lambda store, level, _: nw.project(store, level=level)),
    ("-path", "one path: project(details=False), then path() from the busiest actor to the furthest, "
     "reading its ties' details only (network path)", shown_path),
)


def compared(rows: list[tuple[Any, ...]], size: int, store: EmbeddedStore, repeat: int) -> list[Figure]:
    """`project()` at each level without the occasion details, with them for every tie, and
    without them followed by `path` (the details of its ties only), against the anchor: medians of
    `repeat` runs taken in turn (round robin), so that load on the machine hits all alike."""
    ends = {level: far_pair(store, level) for level in nw.LEVELS}
    variants = {f"{level}{suffix}": (level, what, work) for level in nw.LEVELS for suffix, what, work in VARIANTS}
    seconds: dict[str, list[float]] = defaultdict(list)
    cpu: dict[str, list[float]] = defaultdict(list)  # on a busy machine the steadier measure
    peaks: dict[str, list[str]] = defaultdict(list)  # peak RSS during each run (the store included)
    shapes: dict[str, str] = {}

    def run(name: str, work: Callable[[], Any]) -> Any:
        gc.collect()  # the previous run's network is gone before this one is measured
        fresh = reset_peak()
        started, cpu_started = time.perf_counter(), time.process_time()
        result = work()
        seconds[name].append(time.perf_counter() - started)
        cpu[name].append(time.process_time() - cpu_started)
        peaks[name].append(peak_mb(fresh))
        return result

    for _ in range(repeat):
        shapes["anchor"] = f"{len(run('anchor', lambda: anchor(store))):,} participant pairs"
        for name, (level, _, work) in variants.items():
            shapes[name] = size_of(run(name, lambda level=level, work=work: work(store, level, ends[level])))
    floor, floor_cpu = statistics.median(seconds["anchor"]), statistics.median(cpu["anchor"])

    def peak(name: str) -> str:
        return max(peaks[name], key=lambda mb: float(mb.strip("≤").replace(",", "")))

    rows.append((f"{size:,}", f"anchor: stream the ic:participant quads, count the pairs of participants (median of {repeat})",
                 f"{floor:.2f} s (CPU {floor_cpu:.2f} s)", "1.0x", shapes["anchor"], peak("anchor")))
    figures = []
    for name, (level, what, _) in variants.items():
        median, median_cpu = statistics.median(seconds[name]), statistics.median(cpu[name])
        rows.append((f"{size:,}", f"{level} level, {what} (median of {repeat})", f"{median:.2f} s (CPU {median_cpu:.2f} s)",
                     f"{median / floor:.1f}x", shapes[name], peak(name)))
        figures.append(Figure(f"{size}-{name}", median, "s", anchor=floor,
                              note=f"{shapes[name]}; CPU {median_cpu:.1f} s vs {floor_cpu:.2f} s; median of {repeat}"))
    return figures


def breakdown(rows: list[tuple[Any, ...]], size: int, store: EmbeddedStore, repeat: int) -> None:
    """Where the time of each level's bare network and of its network with every tie detailed goes:
    reading the facts from the store (SPARQL, rows made into records), for the detailed one reading
    every occasion's details, and building the network from them (pairs, edge and node attributes,
    with each tie's records when detailed, the NetworkX adjacency), as CPU medians of `repeat` runs,
    with the cyclic collector off as `project()` runs them."""
    for level in nw.LEVELS:
        for detailed in (False, True):
            steps: list[list[float]] = [[], [], []]  # read the facts, read the details, build
            for _ in range(repeat):
                gc.disable()
                try:
                    started = time.process_time()
                    facts = nw.read_facts(store, level=level, posts=detailed)  # as project() reads them
                    read = time.process_time()
                    details = nw.read_details(store) if detailed else None
                    described = time.process_time()
                    graph = nw.build_network(facts, level=level, details=details)  # with details: every tie detailed as it is built
                    steps[0].append(read - started)
                    steps[1].append(described - read)
                    steps[2].append(time.process_time() - described)
                finally:
                    gc.enable()
                del facts, details, graph
                gc.collect()
            reading, detailing, building = (statistics.median(step) for step in steps)
            if detailed:
                what, split = "every tie detailed: read the facts / read every tie's details / build", f"{reading:.2f} s / {detailing:.2f} s / {building:.2f} s"
            else:
                what, split = "bare network: read the facts / build", f"{reading:.2f} s / {building:.2f} s"
            rows.append((f"{size:,}", f"  {level} level, {what} (CPU, median of {repeat})", split, "", "", ""))


def bench(actors: int, rows: list[tuple[Any, ...]], export_dir: str, repeat: int, analytics: bool, validate: bool,
          split: bool = False) -> list[Figure]:
    print(f"{actors:,} actors", flush=True)
    store, _ = timed(rows, actors, "load the synthetic graph into an in-memory store", lambda: load(actors), lambda result: f"{result[1]:,} quads")
    if validate:
        found = timed(rows, actors, "check it against the shapes (icgraph validate)", lambda: violations(store), lambda count: f"{count:,} violations")
        if found:
            raise SystemExit(f"the synthetic graph of {actors:,} actors has {found:,} SHACL violations: it is not what the product makes")
    figures = compared(rows, actors, store, repeat)
    if split:
        breakdown(rows, actors, store, repeat)
    if analytics:
        graph = timed(rows, actors, "project() both levels, for the analytics", lambda: nw.project(store, level="both"), size_of)
        timed(rows, actors, "summary (both)", lambda: nw.summary(graph), lambda s: f"{s.components:,} components")
        timed(rows, actors, "degree centrality (both)", lambda: nw.nx.degree_centrality(graph))
        sample = nw.betweenness_sample(graph)
        timed(rows, actors, "betweenness (both)", lambda: nw.nx.betweenness_centrality(graph, k=sample, seed=0), lambda _: f"k={sample or 'exact'}")
        timed(rows, actors, "eigenvector (both)", lambda: nw.eigenvector_centrality(graph))
        timed(rows, actors, "communities, Louvain (both)", lambda: nw.communities(graph), lambda found: f"{len(found):,} communities")
        hub = max(graph.degree, key=lambda pair: pair[1])[0]
        far = sorted(graph)[len(graph) // 2]
        timed(rows, actors, "path hub -> some actor (both)", lambda: nw.path(graph, hub, far) if nw.nx.has_path(graph, hub, far) else [], lambda hops: f"{len(hops)} hops")
        timed(rows, actors, "ego of the hub, depth 1 (both)", lambda: nw.ego(graph, hub), size_of)
        timed(rows, actors, "export graphml (both)", lambda: export_network(graph, f"{export_dir}/bench-{actors}.graphml"))
    store.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated numbers of actors")
    parser.add_argument("--export-dir", default="/tmp", help="where the GraphML export goes")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the anchor and of each projection (medians are shown)")
    parser.add_argument("--skip-analytics", action="store_true", help="time only the projections against the anchor")
    parser.add_argument("--no-validate", action="store_true", help="skip the SHACL check of the synthetic graph")
    parser.add_argument("--breakdown", action="store_true", help="also time reading the facts and building the network apart")
    args = parser.parse_args()
    rows: list[tuple[Any, ...]] = []
    figures = []
    for actors in (int(size) for size in args.sizes.split(",")):
        figures += bench(actors, rows, args.export_dir, args.repeat, not args.skip_analytics, not args.no_validate, args.breakdown)
    record("network", figures)
    headers = ("actors", "what is timed", "wall time (CPU time)", "wall to the anchor", "result",
               "peak RSS during it, store included (MB; ≤: the process's peak so far)")
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    print()
    for row in [headers, tuple("-" * width for width in widths), *rows]:
        print(" | ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main()
