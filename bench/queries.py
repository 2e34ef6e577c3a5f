"""Every saved query against the best hand-written SPARQL for the same answer (run by hand, not in tests).

    .venv/bin/python bench/queries.py                         # 100k and 1M triples
    .venv/bin/python bench/queries.py --sizes 100000          # one size
    .venv/bin/python bench/queries.py --queries OLD_DIR       # .rq files of another version (before/after)
    .venv/bin/python bench/queries.py --sizes 1000000 --only "who-met-whom (all)" --memory-max 0   # one figure

The stores are bench stores (bench/stores.py: news really ingested by icgraph, replicated with fresh
IRIs and renamed entities); each is checked first with `icgraph validate` (it must find 0 violations).
The parameters are read from the store (the busiest person and organization, a meeting, an
organization with a curated member list, the month with most meetings, the half-year with most
agreements), so no name of the sample news is written here.

For each case the saved query runs the way `icgraph query` runs it (parameters bound by a VALUES row,
rows converted by the embedded store), and so does a hand-written query that gives the same answer
with the parameters written in as constants, date windows and classes applied first and labels looked
up last. Their rows are compared (as multisets), runs alternate between the two, and the table shows
the p50 of each and their ratio (target: <= 2x), wall-clock and CPU time of the process (steadier on a
shared machine), on the on-disk store and on an in-memory store loaded from the same dump.
"""

from __future__ import annotations

import argparse
import calendar
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from icgraph.query import bindings_for, saved_queries
from icgraph.store import EmbeddedStore, SelectResult
from icgraph.vocab import PREFIXES, sparql_prefixes
from stores import bench_store, table, work_folder

ICGRAPH = str(Path(sys.executable).with_name("icgraph"))
PROLOGUE = sparql_prefixes(*PREFIXES)
ROLES = """VALUES (?roleProperty ?role) {
    (ic:participant "participant") (ic:host "host") (ic:guest "guest") (ic:chair "chair")
    (ic:signatory "signatory") (ic:organizer "organizer") (ic:partner "partner") (ic:patron "patron")
  }"""
PLACE = """OPTIONAL { GRAPH ?g { ?event schema:location ?place } OPTIONAL { GRAPH ?gp { ?place skos:prefLabel ?placeLabel } } }"""
SIDES_APART = """FILTER NOT EXISTS {
    GRAPH ?gs { ?pa ic:role ?side . ?pb ic:role ?side }
    FILTER (STRENDS(STR(?side), "/host") || STRENDS(STR(?side), "/guest"))
  }"""


def window(variable: str, since: str | None, until: str | None) -> str:
    tests = [f'?{variable} >= "{since}"^^xsd:date'] if since else []
    tests += [f'?{variable} <= "{until}"^^xsd:date'] if until else []
    return f"FILTER ({' && '.join(tests)})" if tests else ""


def meeting_pairs(p: dict[str, str]) -> str:
    """who-met-whom: the meetings of the window and class first, then their pairs, then labels."""
    dated = bool(p.get("since") or p.get("until"))
    date = ("GRAPH ?g { ?event schema:startDate ?date } " + window("date", p.get("since"), p.get("until"))) if dated else "OPTIONAL { GRAPH ?g { ?event schema:startDate ?date } }"
    meetings = f"GRAPH ?g {{ ?event a {p['type']} }} GRAPH ?g {{ ?event a ic:Meeting }}" if p.get("type") else "GRAPH ?g { ?event a ic:Meeting }"
    if p.get("level") == "organization":
        pairs = f"""GRAPH ?g {{
    ?event ic:qualifiedParticipation ?pa . ?pa ic:onBehalfOf ?a ; ic:agent ?agentA . ?event ic:participant ?agentA .
    ?event ic:qualifiedParticipation ?pb . ?pb ic:onBehalfOf ?b ; ic:agent ?agentB . ?event ic:participant ?agentB .
  }}
  FILTER (STR(?a) < STR(?b))
  FILTER NOT EXISTS {{ GRAPH ?gc {{ ?pa ic:onBehalfOf ?common . ?pb ic:onBehalfOf ?common }} }}
  {SIDES_APART}
  FILTER NOT EXISTS {{ GRAPH ?gn {{ ?pa ic:side ?n . ?pb ic:side ?n }} }}"""
    else:
        pairs = "GRAPH ?g { ?encounter ic:meeting ?event ; ic:first ?a ; ic:second ?b }"
    return f"""SELECT DISTINCT ?a ?aLabel ?b ?bLabel ?date ?place ?placeLabel ?event ?source WHERE {{
  {meetings}
  {date}
  {pairs}
  OPTIONAL {{ GRAPH ?g {{ ?event prov:wasDerivedFrom ?source }} }}
  OPTIONAL {{ GRAPH ?ga {{ ?a skos:prefLabel ?aLabel }} }}
  OPTIONAL {{ GRAPH ?gb {{ ?b skos:prefLabel ?bLabel }} }}
  {PLACE}
}} ORDER BY (!BOUND(?date)) ?date ?aLabel ?bLabel ?source ?event"""


def posts(p: dict[str, str]) -> str:
    return f"""SELECT DISTINCT ?person ?personLabel ?role ?organization ?organizationLabel ?source WHERE {{
  GRAPH ?g {{ ?post org:organization {p['organization']} ; a ic:Post ; org:member ?person . }}
  BIND ({p['organization']} AS ?organization)
  OPTIONAL {{ GRAPH ?g {{ ?post ic:roleLabel ?role }} }}
  OPTIONAL {{ GRAPH ?g {{ ?post prov:wasDerivedFrom ?source }} }}
  OPTIONAL {{ GRAPH ?gp {{ ?person skos:prefLabel ?personLabel }} }}
  OPTIONAL {{ GRAPH ?go {{ ?organization skos:prefLabel ?organizationLabel }} }}
}} ORDER BY ?personLabel ?organizationLabel ?role ?source"""


def agreements(p: dict[str, str]) -> str:
    return f"""SELECT DISTINCT ?agreement ?type ?date ?party ?partyLabel ?signatory ?signatoryLabel ?source WHERE {{
  GRAPH ?g {{ ?agreement a ic:Agreement ; schema:dateCreated ?date }}
  {window("date", p.get("since"), p.get("until"))}
  GRAPH ?g {{ ?agreement ic:party ?party }}
  OPTIONAL {{ GRAPH ?g {{ ?agreement ic:agreementType ?type }} }}
  OPTIONAL {{ GRAPH ?g {{ ?agreement prov:wasDerivedFrom ?source }} }}
  OPTIONAL {{ GRAPH ?g {{ ?agreement ic:signatory ?signatory . ?signatory org:memberOf ?party }}
             OPTIONAL {{ GRAPH ?gs {{ ?signatory skos:prefLabel ?signatoryLabel }} }} }}
  OPTIONAL {{ GRAPH ?gp {{ ?party skos:prefLabel ?partyLabel }} }}
}} ORDER BY ?date ?agreement ?partyLabel ?source"""


def participations(p: dict[str, str]) -> str:
    return f"""SELECT DISTINCT ?agent ?agentLabel ?role ?event ?eventLabel ?eventType ?date ?endDate ?place ?placeLabel ?source WHERE {{
  {ROLES}
  GRAPH ?g {{ ?event ?roleProperty {p['agent']} ; a ic:Event . }}
  BIND ({p['agent']} AS ?agent)
  OPTIONAL {{ GRAPH ?g {{ ?event skos:prefLabel ?eventLabel }} }}
  OPTIONAL {{ GRAPH ?g {{ ?event ic:eventType ?eventType }} }}
  OPTIONAL {{ GRAPH ?g {{ ?event schema:startDate ?date }} }}
  OPTIONAL {{ GRAPH ?g {{ ?event schema:endDate ?endDate }} }}
  OPTIONAL {{ GRAPH ?g {{ ?event prov:wasDerivedFrom ?source }} }}
  OPTIONAL {{ GRAPH ?ga {{ ?agent skos:prefLabel ?agentLabel }} }}
  {PLACE}
}} ORDER BY (!BOUND(?date)) ?date ?event ?role ?agentLabel ?source"""


def entities(p: dict[str, str]) -> str:
    return f"""SELECT DISTINCT ?entity ?label ?type ?alias WHERE {{
  GRAPH ?gc {{ ?entity a {p['class']} }}
  VALUES ?type {{
    ic:Person ic:Country ic:Place ic:IntergovernmentalOrganization ic:GovernmentBody
    ic:EducationalInstitution ic:CulturalInstitution ic:Company ic:NonGovernmentalOrganization
    org:OrganizationalUnit org:Organization
  }}
  GRAPH ?g {{ ?entity a ?type ; skos:prefLabel ?label . }}
  FILTER (?type != org:Organization || NOT EXISTS {{
    GRAPH ?gs {{ ?entity a ?specific }}
    VALUES ?specific {{ ic:Country ic:IntergovernmentalOrganization ic:GovernmentBody ic:EducationalInstitution
                       ic:CulturalInstitution ic:Company ic:NonGovernmentalOrganization org:OrganizationalUnit }}
  }})
  OPTIONAL {{ GRAPH ?ga {{ ?entity skos:altLabel ?alias }} }}
}} ORDER BY ?type ?label ?alias"""


def meetings_of(p: dict[str, str]) -> str:
    e = p["entity"]
    return f"""SELECT DISTINCT ?other ?otherLabel ?counterpart ?counterpartLabel ?via ?viaLabel ?date ?place ?placeLabel ?event ?eventLabel ?eventType ?source WHERE {{
  GRAPH ?g {{
    ?own ic:agent|ic:onBehalfOf {e} .
    ?own ic:agent ?via .
    ?event ic:qualifiedParticipation ?own , ?theirs ; a ic:Meeting ; ic:participant ?via , ?other .
    ?theirs ic:agent ?other .
  }}
  FILTER (?other != ?via && ?other != {e})
  FILTER (?via = {e} || NOT EXISTS {{ GRAPH ?gc {{ ?own ic:onBehalfOf ?common . ?theirs ic:onBehalfOf ?common }} }})
  FILTER (?via = {e} || NOT EXISTS {{ GRAPH ?gn {{ ?own ic:side ?n . ?theirs ic:side ?n }} }})
  FILTER (?via != {e} || NOT EXISTS {{
    {{ GRAPH ?g {{ ?own ic:side 2 . ?theirs ic:side 2 }} }}
    UNION
    {{ GRAPH ?g {{ ?own ic:role ?role . ?theirs ic:role ?role }} FILTER (STRENDS(STR(?role), "/host") || STRENDS(STR(?role), "/guest")) }}
  }})
  OPTIONAL {{ GRAPH ?g {{ ?theirs ic:onBehalfOf ?counterpart }} }}
  FILTER (!BOUND(?counterpart) || ?counterpart != {e})
  OPTIONAL {{ GRAPH ?g {{ ?event skos:prefLabel ?eventLabel }} }}
  OPTIONAL {{ GRAPH ?g {{ ?event ic:eventType ?eventType }} }}
  OPTIONAL {{ GRAPH ?g {{ ?event schema:startDate ?date }} }}
  OPTIONAL {{ GRAPH ?g {{ ?event prov:wasDerivedFrom ?source }} }}
  OPTIONAL {{ GRAPH ?go {{ ?other skos:prefLabel ?otherLabel }} }}
  OPTIONAL {{ GRAPH ?gv {{ ?via skos:prefLabel ?viaLabel }} }}
  BIND (COALESCE(?counterpart, ic:none) AS ?counterpartKey)
  OPTIONAL {{ GRAPH ?gc {{ ?counterpartKey skos:prefLabel ?counterpartLabel }} }}
  {PLACE}
}} ORDER BY DESC(?date) ?otherLabel ?source"""


def partners_of(p: dict[str, str]) -> str:
    o = p["organization"]
    return f"""SELECT ?partner (SAMPLE(?label) AS ?partnerLabel) (COUNT(DISTINCT ?fact) AS ?ties)
       (COUNT(DISTINCT ?meeting) AS ?meetings) (COUNT(DISTINCT ?agreement) AS ?agreements)
       (COUNT(DISTINCT ?coOrganizedEvent) AS ?coOrganized) (MIN(?date) AS ?first) (MAX(?date) AS ?last) WHERE {{
  {{
    GRAPH ?g {{
      ?own ic:onBehalfOf {o} ; ic:agent ?ownAgent .
      ?fact ic:qualifiedParticipation ?own , ?theirs ; a ic:Meeting ; ic:participant ?ownAgent , ?otherAgent .
      ?theirs ic:agent ?otherAgent ; ic:onBehalfOf ?partner .
    }}
    FILTER NOT EXISTS {{ GRAPH ?gc {{ ?own ic:onBehalfOf ?common . ?theirs ic:onBehalfOf ?common }} }}
    BIND (?fact AS ?meeting)
  }} UNION {{
    GRAPH ?g {{ ?fact ic:party {o} , ?partner . }}
    BIND (?fact AS ?agreement)
  }} UNION {{
    GRAPH ?g {{ ?fact ic:organizer|ic:partner {o} , ?partner . }}
    BIND (?fact AS ?coOrganizedEvent)
  }}
  FILTER (?partner != {o} && EXISTS {{ GRAPH ?gt {{ ?partner a org:Organization }} }})
  OPTIONAL {{ GRAPH ?g {{ ?fact schema:startDate|schema:dateCreated ?date }} }}
  OPTIONAL {{ GRAPH ?gl {{ ?partner skos:prefLabel ?label }} }}
}} GROUP BY ?partner ORDER BY DESC(?ties) ?partnerLabel"""


def timeline(p: dict[str, str]) -> str:
    e = p["entity"]
    return f"""SELECT DISTINCT ?date ?endDate ?event ?eventLabel ?eventType ?role ?via ?viaLabel ?place ?placeLabel ?source WHERE {{
  {{
    {ROLES}
    GRAPH ?g {{ ?event ?roleProperty {e} ; a ic:Event . }}
  }} UNION {{
    GRAPH ?g {{
      ?own ic:onBehalfOf {e} ; ic:agent ?via ; ic:role ?roleConcept .
      ?event ic:qualifiedParticipation ?own ; a ic:Event .
    }}
    FILTER (?via != {e})
    BIND (REPLACE(STR(?roleConcept), "^.*/", "") AS ?role)
  }}
  GRAPH ?g {{ ?event schema:startDate ?date }}
  {window("date", p.get("since"), p.get("until"))}
  OPTIONAL {{ GRAPH ?g {{ ?event skos:prefLabel ?eventLabel }} }}
  OPTIONAL {{ GRAPH ?g {{ ?event ic:eventType ?eventType }} }}
  OPTIONAL {{ GRAPH ?g {{ ?event schema:endDate ?endDate }} }}
  OPTIONAL {{ GRAPH ?g {{ ?event prov:wasDerivedFrom ?source }} }}
  BIND (COALESCE(?via, ic:none) AS ?viaKey)
  OPTIONAL {{ GRAPH ?gv {{ ?viaKey skos:prefLabel ?viaLabel }} }}
  {PLACE}
}} ORDER BY (!BOUND(?date)) ?date ?event ?role ?source"""


def agreements_by(p: dict[str, str]) -> str:
    party = p["party"]
    return f"""SELECT DISTINCT ?agreement ?agreementLabel ?agreementType ?date ?party ?partyLabel ?counterpart ?counterpartLabel ?via ?viaLabel ?source WHERE {{
  {{
    GRAPH ?g {{ ?agreement ic:party {party} ; a ic:Agreement ; ic:party ?counterpart . }}
  }} UNION {{
    GRAPH ?g {{
      ?own ic:onBehalfOf {party} .
      ?signing ic:qualifiedParticipation ?own ; ic:agreement ?agreement .
      ?agreement a ic:Agreement ; ic:party ?counterpart .
    }}
    FILTER NOT EXISTS {{ GRAPH ?g {{ ?agreement ic:party {party} }} }}
  }}
  BIND ({party} AS ?party)
  FILTER (?counterpart != ?party)
  OPTIONAL {{
    GRAPH ?g {{ ?signingBy ic:agreement ?agreement ; ic:qualifiedParticipation ?representation .
               ?representation ic:onBehalfOf ?party ; ic:agent ?via . }}
    FILTER (?via != ?party)
  }}
  OPTIONAL {{ GRAPH ?g {{ ?agreement skos:prefLabel ?agreementLabel }} }}
  OPTIONAL {{ GRAPH ?g {{ ?agreement ic:agreementType ?agreementType }} }}
  OPTIONAL {{ GRAPH ?g {{ ?agreement schema:dateCreated ?date }} }}
  OPTIONAL {{ GRAPH ?g {{ ?agreement prov:wasDerivedFrom ?source }} }}
  OPTIONAL {{ GRAPH ?gp {{ ?party skos:prefLabel ?partyLabel }} }}
  OPTIONAL {{ GRAPH ?gc {{ ?counterpart skos:prefLabel ?counterpartLabel }} }}
  BIND (COALESCE(?via, ic:none) AS ?viaKey)
  OPTIONAL {{ GRAPH ?gv {{ ?viaKey skos:prefLabel ?viaLabel }} }}
}} ORDER BY ?date ?agreement ?partyLabel ?counterpartLabel ?source"""


def officials_of(p: dict[str, str]) -> str:
    o = p["organization"]
    return f"""SELECT DISTINCT ?person ?personLabel ?role ?unit ?unitLabel ?observedOn ?source WHERE {{
  {{
    SELECT DISTINCT ?unit WHERE {{
      {{ GRAPH ?eg {{ {o} a org:Organization }} BIND ({o} AS ?unit) }}
      UNION
      {{ GRAPH ?eg {{ ?unit org:subOrganizationOf|org:subOrganizationOf/org:subOrganizationOf|org:subOrganizationOf/org:subOrganizationOf/org:subOrganizationOf {o} }} }}
    }}
  }}
  GRAPH ?g {{ ?post org:organization ?unit ; a ic:Post ; org:member ?person . }}
  OPTIONAL {{ GRAPH ?g {{ ?post ic:roleLabel ?role }} }}
  OPTIONAL {{ GRAPH ?g {{ ?post ic:observedOn ?observedOn }} }}
  OPTIONAL {{ GRAPH ?g {{ ?post prov:wasDerivedFrom ?source }} }}
  OPTIONAL {{ GRAPH ?gp {{ ?person skos:prefLabel ?personLabel }} }}
  OPTIONAL {{ GRAPH ?gu {{ ?unit skos:prefLabel ?unitLabel }} }}
}} ORDER BY ?personLabel ?role ?observedOn ?source"""


def members_of(p: dict[str, str]) -> str:
    o = p["organization"]
    return f"""SELECT DISTINCT ?member ?memberLabel ?code ?status ?provenance ?source ?asOf ?flag WHERE {{
  BIND (EXISTS {{ GRAPH ?gl {{ ?list org:organization {o} ; a ic:CuratedMemberList }} }} AS ?hasList)
  VALUES ?class {{ org:Membership ic:CuratedMembership }}
  GRAPH ?g {{ ?membership org:organization {o} ; a ?class ; org:member ?member . }}
  FILTER (?class = ic:CuratedMembership || EXISTS {{ GRAPH ?ge {{ ?member a ic:Country }} }})
  OPTIONAL {{ GRAPH ?g {{ ?membership prov:wasDerivedFrom ?item }} }}
  OPTIONAL {{ GRAPH ?g {{ ?membership prov:hadPrimarySource ?page }} }}
  OPTIONAL {{ GRAPH ?g {{ ?membership ic:observedOn ?asOf }} }}
  OPTIONAL {{ GRAPH ?g {{ ?membership org:role ?role }} }}
  OPTIONAL {{ GRAPH ?g {{ ?membership ic:memberName ?curatedName }} }}
  OPTIONAL {{ GRAPH ?g {{ ?membership ic:memberCode ?curatedCode }} }}
  OPTIONAL {{ GRAPH ?gm {{ ?listed org:organization {o} ; a ic:CuratedMembership ; org:member ?member ; org:role ?listedRole }} }}
  BIND (IF(?class = ic:CuratedMembership, "curated", "stated") AS ?provenance)
  BIND (COALESCE(?page, ?item) AS ?source)
  BIND (IF(?class = ic:CuratedMembership, REPLACE(STR(?role), "^.*/", ""), "member") AS ?status)
  BIND (IF(?class = org:Membership && ?hasList && !(BOUND(?listedRole) && STRENDS(STR(?listedRole), "/member")),
           "not a member in the curated list", ?noFlag) AS ?flag)
  OPTIONAL {{ GRAPH ?gn {{ ?member skos:prefLabel ?entityLabel }} }}
  OPTIONAL {{ GRAPH ?gc {{ ?member skos:notation ?entityCode }} }}
  BIND (COALESCE(?entityLabel, ?curatedName) AS ?memberLabel)
  BIND (COALESCE(?entityCode, ?curatedCode) AS ?code)
}} ORDER BY ?memberLabel ?provenance ?source"""


def co_participants(p: dict[str, str]) -> str:
    return f"""SELECT DISTINCT ?agent ?agentLabel ?role ?source WHERE {{
  {ROLES}
  GRAPH ?g {{ {p['event']} ?roleProperty ?agent }}
  OPTIONAL {{ GRAPH ?g {{ {p['event']} prov:wasDerivedFrom ?source }} }}
  OPTIONAL {{ GRAPH ?ga {{ ?agent skos:prefLabel ?agentLabel }} }}
}} ORDER BY ?agentLabel ?role ?source"""


def sources_of(p: dict[str, str]) -> str:
    s = p["subject"]
    return f"""SELECT DISTINCT ?fact ?source ?title ?issued ?url ?quote ?charStart ?charEnd WHERE {{
  GRAPH ?g {{
    ?fact (ic:participant|ic:host|ic:guest|ic:chair|ic:signatory|ic:organizer|ic:partner|ic:patron|ic:party|org:member|org:organization|schema:location)? {s} .
    ?fact prov:qualifiedDerivation ?evidence .
    ?evidence prov:entity ?source .
  }}
  OPTIONAL {{ GRAPH ?g {{ ?evidence ic:quote ?quote }} }}
  OPTIONAL {{ GRAPH ?g {{ ?evidence ic:charStart ?charStart }} }}
  OPTIONAL {{ GRAPH ?g {{ ?evidence ic:charEnd ?charEnd }} }}
  OPTIONAL {{ GRAPH ?g {{ ?source dcterms:title ?title }} }}
  OPTIONAL {{ GRAPH ?g {{ ?source dcterms:issued ?issued }} }}
  OPTIONAL {{ GRAPH ?g {{ ?source schema:url ?url }} }}
}} ORDER BY ?issued ?source ?fact ?charStart"""


@dataclass(frozen=True)
class Case:
    label: str
    query: str  # the saved query's name
    params: dict[str, str]  # by placeholder: {person} {organization} {listed} {event} {month} {half}
    reference: Callable[[dict[str, str]], str]  # the hand-written SPARQL, given the parameters as SPARQL terms


CASES = [
    Case("who-met-whom (all)", "who-met-whom", {}, meeting_pairs),
    Case("who-met-whom one month", "who-met-whom", {"since": "{month_start}", "until": "{month_end}"}, meeting_pairs),
    Case("who-met-whom type=ic:Visit", "who-met-whom", {"type": "ic:Visit"}, meeting_pairs),
    Case("who-met-whom level=organization", "who-met-whom", {"level": "organization"}, meeting_pairs),
    Case("who-met-whom level=organization one month", "who-met-whom", {"level": "organization", "since": "{month_start}", "until": "{month_end}"}, meeting_pairs),
    Case("posts of an organization", "posts", {"organization": "{organization}"}, posts),
    Case("agreements half-year", "agreements", {"since": "{half_start}", "until": "{half_end}"}, agreements),
    Case("participations of a person", "participations", {"agent": "{person}"}, participations),
    Case("entities class=ic:Person", "entities", {"class": "ic:Person"}, entities),
    Case("meetings-of a person", "meetings-of", {"entity": "{person}"}, meetings_of),
    Case("meetings-of an organization", "meetings-of", {"entity": "{organization}"}, meetings_of),
    Case("partners-of", "partners-of", {"organization": "{organization}"}, partners_of),
    Case("timeline one year", "timeline", {"entity": "{organization}", "since": "{year_start}", "until": "{year_end}"}, timeline),
    Case("agreements-by", "agreements-by", {"party": "{organization}"}, agreements_by),
    Case("officials-of", "officials-of", {"organization": "{organization}"}, officials_of),
    Case("members-of", "members-of", {"organization": "{listed}"}, members_of),
    Case("co-participants", "co-participants", {"event": "{event}"}, co_participants),
    Case("sources-of a person", "sources-of", {"subject": "{person}"}, sources_of),
]


def first_value(store: EmbeddedStore, sparql: str) -> str:
    rows = store.select(PROLOGUE + sparql).rows
    if not rows:
        sys.exit(f"the bench store has nothing for: {sparql}")
    return str(next(iter(rows[0].values())))


def bench_parameters(store: EmbeddedStore) -> dict[str, str]:
    """The parameters of the cases, read from the store."""
    person = first_value(store, "SELECT ?p WHERE { GRAPH ?g { ?q ic:agent ?p } GRAPH ?t { ?p a ic:Person } } GROUP BY ?p ORDER BY DESC(COUNT(*)) ?p LIMIT 1")
    organization = first_value(store, "SELECT ?o WHERE { GRAPH ?g { ?q ic:onBehalfOf ?o } GRAPH ?t { ?o a ic:IntergovernmentalOrganization } } GROUP BY ?o ORDER BY DESC(COUNT(*)) ?o LIMIT 1")
    listed = first_value(store, "SELECT ?o WHERE { GRAPH ?g { ?l a ic:CuratedMemberList ; org:organization ?o } GRAPH ?m { ?x org:organization ?o ; a ic:CuratedMembership } } GROUP BY ?o ORDER BY DESC(COUNT(*)) ?o LIMIT 1")
    event = first_value(store, "SELECT ?e WHERE { GRAPH ?g { ?e a ic:Meeting ; ic:participant ?p } } GROUP BY ?e ORDER BY DESC(COUNT(*)) ?e LIMIT 1")
    month = first_value(store, "SELECT ?m WHERE { GRAPH ?g { ?e a ic:Meeting ; schema:startDate ?d } BIND (SUBSTR(STR(?d), 1, 7) AS ?m) } GROUP BY ?m ORDER BY DESC(COUNT(*)) ?m LIMIT 1")
    half = first_value(store, 'SELECT ?h WHERE { GRAPH ?g { ?a a ic:Agreement ; schema:dateCreated ?d } BIND (CONCAT(SUBSTR(STR(?d), 1, 4), IF(SUBSTR(STR(?d), 6, 2) <= "06", "-01", "-07")) AS ?h) } GROUP BY ?h ORDER BY DESC(COUNT(*)) ?h LIMIT 1')
    year = first_value(store, f"SELECT ?y WHERE {{ GRAPH ?g {{ ?q ic:onBehalfOf <{organization}> . ?e ic:qualifiedParticipation ?q ; schema:startDate ?d }} BIND (SUBSTR(STR(?d), 1, 4) AS ?y) }} GROUP BY ?y ORDER BY DESC(COUNT(*)) ?y LIMIT 1")
    half_end = f"{half[:4]}-06-30" if half.endswith("-01") else f"{half[:4]}-12-31"
    last_day = calendar.monthrange(int(month[:4]), int(month[5:7]))[1]
    return {
        "person": person, "organization": organization, "listed": listed, "event": event,
        "month_start": f"{month}-01", "month_end": f"{month}-{last_day:02d}",
        "half_start": f"{half}-01", "half_end": half_end, "year_start": f"{year}-01-01", "year_end": f"{year}-12-31",
    }


def as_term(value: str) -> str:
    """A parameter value as SPARQL text for the hand-written query (IRIs, prefixed names, dates)."""
    if value.startswith("http"):
        return f"<{value}>"
    return value


def answer(result: SelectResult) -> Counter:
    return Counter(tuple(sorted((name, term.n3()) for name, term in row.items())) for row in result.rows)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


@dataclass(frozen=True)
class Measured:
    label: str
    wall: tuple[float, float]  # p50 of the saved query, of the hand-written one (s)
    cpu: tuple[float, float]


def compare(store: EmbeddedStore, library: dict, values: dict[str, str], repeats: int, measured: list[Measured] | None = None,
            cases: list[Case] = CASES) -> list[list[str]]:
    rows = []
    for case in cases:
        query = library[case.query]
        params = {name: value.format(**values) for name, value in case.params.items()}
        bindings = bindings_for(query, params)
        reference = PROLOGUE + case.reference({name: as_term(value) for name, value in params.items()})
        saved_times, hand_times, saved_cpu, hand_cpu = [], [], [], []
        saved = hand = None
        for _ in range(repeats):
            start, cpu = time.perf_counter(), time.process_time()
            saved = store.select(query.text, bindings)
            saved_times.append(time.perf_counter() - start)
            saved_cpu.append(time.process_time() - cpu)
            start, cpu = time.perf_counter(), time.process_time()
            hand = store.select(reference)
            hand_times.append(time.perf_counter() - start)
            hand_cpu.append(time.process_time() - cpu)
        same = answer(saved) == answer(hand)
        saved_p50, hand_p50 = statistics.median(saved_times), statistics.median(hand_times)
        saved_cpu_p50, hand_cpu_p50 = statistics.median(saved_cpu), statistics.median(hand_cpu)
        rows.append([case.label, str(len(saved.rows)), ms(saved_p50), ms(hand_p50), f"{saved_p50 / hand_p50:.2f}x",
                     ms(saved_cpu_p50), ms(hand_cpu_p50), f"{saved_cpu_p50 / max(hand_cpu_p50, 1e-6):.2f}x",
                     "same" if same else f"DIFFERENT ({len(hand.rows)} rows)"])
        if measured is not None:
            measured.append(Measured(case.label, (saved_p50, hand_p50), (saved_cpu_p50, hand_cpu_p50)))
        print(f"  {case.label}: {rows[-1][2]} vs {rows[-1][3]}", file=sys.stderr, flush=True)
    return rows


def validated(store_dir: Path) -> str:
    """`icgraph validate` on the bench store; exits when it finds a violation."""
    run = subprocess.run([ICGRAPH, "validate", "--store", str(store_dir), "-q"], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"the bench store {store_dir} does not validate (exit {run.returncode}):\n{run.stderr[-2000:]}")
    return "0 violations (icgraph validate, exit 0)"


def record_figures(size: int, measured: list[Measured], every_case: bool = True) -> None:
    """The figures of issue 14 for bench/report.py (bench/results.py): the full who-met-whom on disk
    (wall-clock, against the hand-written query) and, when every case ran, the saved query furthest
    from its hand-written reference (CPU time, which other jobs on the machine disturb less than wall-clock)."""
    from results import Figure, record

    figures = [Figure(f"who-met-whom-{size}", full.wall[0], "s", anchor=full.wall[1], note=f"p50 wall-clock on disk; CPU {full.cpu[0]:.2f} s")
               for full in measured if full.label == "who-met-whom (all)"]
    if every_case:
        worst = max(measured, key=lambda m: m.cpu[0] / max(m.cpu[1], 1e-6))
        figures.append(Figure(f"worst-{size}", worst.cpu[0], "s", anchor=worst.cpu[1], note=f"{worst.label}: CPU p50 on disk"))
    if figures:
        record("queries", figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=5, help="runs of each query (p50 shown)")
    parser.add_argument("--queries", type=Path, help="a folder of .rq files to run instead of the saved queries")
    parser.add_argument("--memory-max", type=int, default=1_000_000, help="also run on an in-memory store up to this many triples")
    parser.add_argument("--no-validate", action="store_true", help="skip the icgraph validate check of the bench store")
    parser.add_argument("--only", help="run only the cases whose label starts with this, e.g. 'who-met-whom (all)' "
                        "(then only the full who-met-whom figure is recorded, when it ran)")
    args = parser.parse_args()
    cases = [case for case in CASES if args.only is None or case.label.startswith(args.only)]
    if not cases:
        parser.error(f"no case starts with {args.only!r}; the cases: {', '.join(case.label for case in CASES)}")
    library = saved_queries(args.queries)
    folder = work_folder()
    header = ["query", "rows", "saved p50", "hand-written p50", "ratio", "saved CPU", "hand-written CPU", "CPU ratio", "answer"]
    for size in args.sizes:
        dump, store_dir = bench_store(size, folder)
        check = "not checked (--no-validate)" if args.no_validate else validated(store_dir)
        with EmbeddedStore(store_dir, read_only=True) as store:
            triples = int(first_value(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
            values = bench_parameters(store)
            print(f"\n## {triples:,} triples on disk ({store_dir.name}; {check})\n", flush=True)
            measured: list[Measured] = []
            print(table(header, compare(store, library, values, args.repeats, measured, cases)), flush=True)
            if args.queries is None:
                record_figures(size, measured, every_case=args.only is None)
        if size <= args.memory_max:
            with EmbeddedStore(None) as memory:
                memory.native.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
                print(f"\n## {triples:,} triples in memory (the same dump)\n", flush=True)
                print(table(header, compare(memory, library, values, args.repeats, cases=cases)), flush=True)
    print(f"\nparameters: {values}", file=sys.stderr)


if __name__ == "__main__":
    main()
