"""Score the facts a graph holds against hand-made gold annotations.

`score(gold, system)` is pure: it compares the rows of the saved queries (`who-met-whom`, `posts`,
`agreements`, `participations`, `entities`, see docs/graph-model.md) with a `Gold` file and returns
a `Report`. `run_evaluation` ingests a corpus into a fresh temporary store, runs the queries and
scores them. The rules (the team scores the same way; docs/evaluation.md explains them):

* Names match case-, accent-, punctuation- and honorific-insensitively against a gold entity's name or
  any alias. When no name matches outright, a multi-word gold name also matches a system label that
  contains all its words. A system entity is compared through all its labels (preferred and alternative).
* Facts are scored per article; a fact found in the wrong article is a false hit there.
* Meetings: the required pairs are the cross product of the two `sides`. Pairs inside one side and
  every pair of an `optional` meeting are neutral. Any other pair (organizations that the gold lists
  only in `organization_sides` included) is a false hit.
* Organization pairs: the same rules over the meetings' `organization_sides` (the organizations or
  states each side acted for), against `who-met-whom` at `level=organization`; meetings without
  `organization_sides` require no organization pair.
* Meeting pairs with date: a required pair counts only if the system's date fits the gold date. A gold
  date that is not optional needs that exact date (an unstated system date is wrong); an optional gold
  date accepts that date or none; a null optional gold date accepts anything.
* Posts are (person, organization) pairs; gold posts of one person with the same acceptable
  organizations are one fact. Role words are checked on the found pairs (`post roles`).
* Agreements match when all gold parties are among the system's parties; dates are checked on the
  found ones (`agreement dates`).
* Participations and organizers are scored together as (agent, event) pairs, whatever the role;
  roles are checked on the found pairs (`participation roles`). Meeting-type and signing events are
  left out: they are scored as meeting pairs and agreements. An event matches when every content word
  of the gold event name or of an alias is in the system's event label, or when the label's content
  words are all in the gold name or an alias ("program" fits "Youth Training Program": facts are
  compared within one article), or when the system event has the gold date and the gold place.
* Entities (people, organizations, countries; places are not scored) are scored over the corpus.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from itertools import groupby
from pathlib import Path
from typing import Any

from icgraph.errors import InputError
from icgraph.model import MEETING_KINDS, EventKind
from icgraph.progress import Progress
from icgraph.textnorm import normalize_name

Row = Mapping[str, str]

MEETINGS = "meetings"
MEETING_DATES = "meetings-dated"
ORGANIZATION_PAIRS = "organization-pairs"
POSTS = "posts"
AGREEMENTS = "agreements"
PARTICIPATIONS = "participations"
ENTITIES = "entities"

KIND_TITLES = {
    MEETINGS: "meeting pairs",
    MEETING_DATES: "meeting pairs with the right date",
    ORGANIZATION_PAIRS: "organization pairs",
    POSTS: "posts (person-organization)",
    AGREEMENTS: "agreements",
    PARTICIPATIONS: "participations (incl. organizers)",
    ENTITIES: "entities",
}

POST_ROLES = "post roles"
AGREEMENT_DATES = "agreement dates"
PARTICIPATION_ROLES = "participation roles"

HONORIFIC_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in sorted(
        [
            "his royal highness", "her royal highness", "his highness", "her highness",
            "his excellency", "her excellency", "his majesty", "her majesty", "his eminence",
            "h r h", "h h", "h e", "hrh", "hh", "dr", "doctor", "prof", "professor", "mr", "mrs",
            "ms", "miss", "madam", "mme", "sir", "dame", "sheikh", "sheikha", "shaikh", "shaikha",
            "eng", "engr", "king", "queen", "prince", "princess", "emir", "the",
        ],
        key=lambda phrase: -len(phrase.split()),
    )
)
"""Words a name may start with that do not belong to it (tried longest first, repeatedly)."""

STOPWORDS = frozenset("a an and at by for from in its of on the their these this those to with".split())

NON_PARTICIPATION_KINDS = frozenset(kind.value.replace("-", "") for kind in MEETING_KINDS) | {
    EventKind.SIGNING.value,
    "credentialspresentation",
    "farewellcall",
}
"""Event types (kind or class name, compacted) scored as meetings or agreements, not participations."""

DIRECT_ROLES = frozenset({"participant", "host", "guest", "chair", "signatory"})
ORGANIZER_ROLES = frozenset({"organizer", "partner"})


# ---------------------------------------------------------------------------------------------
# Gold


@dataclass(frozen=True)
class GoldEntity:
    id: str
    type: str  # Person, Organization, Country or Place
    name: str
    aliases: tuple[str, ...] = ()
    optional: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def scored(self) -> bool:
        return self.type != "Place"


@dataclass(frozen=True)
class GoldMeeting:
    sides: tuple[tuple[str, ...], tuple[str, ...]]
    organization_sides: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    date: str | None = None
    date_optional: bool = False
    optional: bool = False


@dataclass(frozen=True)
class GoldPost:
    person: str
    role: str
    organizations: tuple[str, ...]
    optional: bool = False


@dataclass(frozen=True)
class GoldAgreement:
    type: str
    parties: tuple[str, ...]
    date: str | None = None
    date_optional: bool = False
    optional: bool = False


@dataclass(frozen=True)
class GoldParticipation:
    agent: str
    event: str
    event_aliases: tuple[str, ...] = ()
    role: str = "participant"  # participant or organizer
    date: str | None = None
    place: str | None = None
    optional: bool = False

    @property
    def event_names(self) -> tuple[str, ...]:
        return (self.event, *self.event_aliases)


@dataclass(frozen=True)
class GoldArticle:
    title: str
    id: str | None = None
    meetings: tuple[GoldMeeting, ...] = ()
    posts: tuple[GoldPost, ...] = ()
    agreements: tuple[GoldAgreement, ...] = ()
    participations: tuple[GoldParticipation, ...] = ()


@dataclass(frozen=True)
class Gold:
    corpus: str
    entities: tuple[GoldEntity, ...]
    articles: tuple[GoldArticle, ...]

    def entity(self, entity_id: str) -> GoldEntity | None:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None

    def name_of(self, entity_id: str) -> str:
        entity = self.entity(entity_id)
        return entity.name if entity else entity_id

    def subset(self, ids: Collection[str] | None = None, exclude: Collection[str] = ()) -> Gold:
        """The articles whose id is in `ids` (all when None) and not in `exclude`. Entities are listed
        for the whole corpus, so only those the kept articles' facts name stay required; the others
        become optional (a system entity matching one is neither correct nor false)."""
        articles = tuple(a for a in self.articles if (ids is None or a.id in ids) and a.id not in exclude)
        named = {key for article in articles for key in _named_ids(article)}
        entities = tuple(e if e.id in named else replace(e, optional=True) for e in self.entities)
        return Gold(self.corpus, entities, articles)


def _named_ids(article: GoldArticle) -> set[str]:
    named: set[str] = set()
    for meeting in article.meetings:
        named |= set(meeting.sides[0]) | set(meeting.sides[1])
    for post in article.posts:
        named |= {post.person, *post.organizations}
    for agreement in article.agreements:
        named |= set(agreement.parties)
    named |= {p.agent for p in article.participations}
    return named


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(part) for part in value)


def _participation(record: dict[str, Any], role: str) -> GoldParticipation:
    place = record.get("place")
    return GoldParticipation(
        agent=record["agent"],
        event=record["event"],
        event_aliases=_as_tuple(record.get("event_aliases")),
        role=role,
        date=record.get("date"),
        place=place if isinstance(place, str) else None,
        optional=bool(record.get("optional")),
    )


def _article(record: dict[str, Any]) -> GoldArticle:
    return GoldArticle(
        title=record.get("title") or "",
        id=record.get("id"),
        meetings=tuple(
            GoldMeeting(
                sides=(_as_tuple(m["sides"][0]), _as_tuple(m["sides"][1])),
                organization_sides=(
                    (_as_tuple(m["organization_sides"][0]), _as_tuple(m["organization_sides"][1]))
                    if m.get("organization_sides") else ((), ())
                ),
                date=m.get("date"),
                date_optional=bool(m.get("date_optional")),
                optional=bool(m.get("optional")),
            )
            for m in record.get("meetings", [])
        ),
        posts=tuple(
            GoldPost(
                person=p["person"],
                role=p.get("role") or "",
                organizations=_as_tuple(p.get("organization")),
                optional=bool(p.get("optional")),
            )
            for p in record.get("posts", [])
        ),
        agreements=tuple(
            GoldAgreement(
                type=a.get("type") or "",
                parties=_as_tuple(a.get("parties")),
                date=a.get("date"),
                date_optional=bool(a.get("date_optional")),
                optional=bool(a.get("optional")),
            )
            for a in record.get("agreements", [])
        ),
        participations=tuple(_participation(p, "participant") for p in record.get("participations", []))
        + tuple(_participation(p, "organizer") for p in record.get("organizers", [])),
    )


def gold_from_dict(data: dict[str, Any]) -> Gold:
    return Gold(
        corpus=data.get("corpus", ""),
        entities=tuple(
            GoldEntity(
                id=e["id"],
                type=e.get("type", ""),
                name=e["name"],
                aliases=_as_tuple(e.get("aliases")),
                optional=bool(e.get("optional")),
            )
            for e in data.get("entities", [])
        ),
        articles=tuple(_article(a) for a in data.get("articles", [])),
    )


def read_ids(path: Path) -> frozenset[str]:
    """The item ids a file lists, one a line; blank lines and "#" comments are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"{path}: cannot read the id list: {error}") from error
    return frozenset(line.split("#")[0].strip() for line in lines if line.split("#")[0].strip())


def load_gold(path: str | Path) -> Gold:
    """Read a gold file (format: the README of the gold folder, docs/evaluation.md)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"{path}: cannot read the gold file ({error.strerror})") from None
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: not JSON (line {error.lineno}, column {error.colno}: {error.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise InputError(f"{path}: not a gold file (no list of articles)")
    try:
        return gold_from_dict(data)
    except (KeyError, IndexError, TypeError) as error:
        raise InputError(f"{path}: malformed gold file ({type(error).__name__}: {error})") from None


# ---------------------------------------------------------------------------------------------
# Names


def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name without case, accents, punctuation and leading honorifics."""
    tokens = tuple(normalize_name(name).split())
    stripped = True
    while stripped and tokens:
        stripped = False
        for phrase in HONORIFIC_PHRASES:
            if tokens[: len(phrase)] == phrase and len(tokens) > len(phrase):
                tokens = tokens[len(phrase) :]
                stripped = True
                break
    return tokens


def name_key(name: str) -> str:
    """Words joined without spaces, so that "Al-Rashid", "Al Rashid" and "AlRashid" agree."""
    return "".join(name_tokens(name))


class NameMatcher:
    """Maps system labels to the gold entities they name."""

    def __init__(self, entities: Iterable[GoldEntity]) -> None:
        self.by_key: dict[str, set[str]] = defaultdict(set)
        self.multiword: list[tuple[frozenset[str], str]] = []
        for entity in entities:
            for name in entity.names:
                tokens = name_tokens(name)
                if not tokens:
                    continue
                self.by_key["".join(tokens)].add(entity.id)
                if len(tokens) > 1:
                    self.multiword.append((frozenset(tokens), entity.id))

    def match(self, labels: Iterable[str]) -> frozenset[str]:
        """Gold ids named by any of the labels: exact matches if there are any, else containment."""
        labels = [label for label in labels if label]
        exact: set[str] = set()
        for label in labels:
            exact |= self.by_key.get(name_key(label), set())
        if exact:
            return frozenset(exact)
        contained: set[str] = set()
        for label in labels:
            words = set(name_tokens(label))
            contained |= {entity_id for tokens, entity_id in self.multiword if tokens <= words}
        return frozenset(contained)


def content_words(text: str) -> frozenset[str]:
    return frozenset(word for word in normalize_name(text).split() if word not in STOPWORDS)


def local_name(value: str) -> str:
    """The last segment of an IRI ("…/role/organizer" -> "organizer"); other strings unchanged."""
    return re.split(r"[/#]", value.rstrip("/#"))[-1] if value else ""


def compact(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", local_name(value).lower())


# ---------------------------------------------------------------------------------------------
# System facts and the report


@dataclass(frozen=True)
class SystemFacts:
    """Rows of the saved queries, values as plain strings keyed by the query variables.

    Each fact row may carry a `quote` (the sentence the fact came from). `items` are the ingested
    news items: `item` (the IRI that `?source` names), `id` and `title`.
    """

    meetings: Sequence[Row] = ()
    organization_meetings: Sequence[Row] = ()  # who-met-whom at level=organization
    posts: Sequence[Row] = ()
    agreements: Sequence[Row] = ()
    participations: Sequence[Row] = ()
    entities: Sequence[Row] = ()
    items: Sequence[Row] = ()


@dataclass(frozen=True)
class Score:
    """Counts for one kind of fact. Neutral facts (optional, inside one side) are not counted."""

    kind: str
    gold_total: int
    gold_found: int
    system_total: int
    system_correct: int

    @property
    def precision(self) -> float:
        return self.system_correct / self.system_total if self.system_total else 1.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold_total if self.gold_total else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Accuracy:
    """How many found facts also have the right detail (role, date)."""

    kind: str
    checked: int
    correct: int

    @property
    def ratio(self) -> float:
        return self.correct / self.checked if self.checked else 1.0


@dataclass(frozen=True)
class Finding:
    """A miss (a gold fact the system did not find) or a false hit (a system fact not in the gold)."""

    kind: str
    article: str
    fact: str
    sentence: str = ""
    note: str = ""


@dataclass(frozen=True)
class Report:
    scores: tuple[Score, ...]
    accuracies: tuple[Accuracy, ...]
    misses: tuple[Finding, ...]
    false_hits: tuple[Finding, ...]
    unmatched_articles: tuple[str, ...] = ()  # gold articles with no ingested item
    unmatched_items: tuple[str, ...] = ()  # ingested items with no gold article

    def score(self, kind: str) -> Score:
        for score in self.scores:
            if score.kind == kind:
                return score
        raise KeyError(kind)

    def figures(self) -> dict[str, float]:
        """The headline figures: F1 per fact kind, precision and recall for entities."""
        figures = {score.kind: score.f1 for score in self.scores if score.kind != ENTITIES}
        entities = self.score(ENTITIES)
        figures["entities-precision"] = entities.precision
        figures["entities-recall"] = entities.recall
        figures["organization-pairs-recall"] = self.score(ORGANIZATION_PAIRS).recall
        return figures


FIGURE_NAMES = (
    MEETINGS, MEETING_DATES, ORGANIZATION_PAIRS, POSTS, AGREEMENTS, PARTICIPATIONS, "entities-precision", "entities-recall",
    "organization-pairs-recall",
)


# ---------------------------------------------------------------------------------------------
# Scoring


@dataclass
class _Tally:
    """Accumulates one fact kind over the articles."""

    kind: str
    gold_total: int = 0
    gold_found: int = 0
    system_total: int = 0
    system_correct: int = 0
    misses: list[Finding] = field(default_factory=list)
    false_hits: list[Finding] = field(default_factory=list)

    def count_correct(self) -> None:
        self.system_total += 1
        self.system_correct += 1

    def count_false(self, finding: Finding) -> None:
        self.system_total += 1
        self.false_hits.append(finding)

    def score(self) -> Score:
        return Score(self.kind, self.gold_total, self.gold_found, self.system_total, self.system_correct)


@dataclass
class _Context:
    gold: Gold
    matcher: NameMatcher
    labels: dict[str, set[str]]  # system entity IRI -> every label the system gives it

    def ids(self, iri: str, *row_labels: str) -> frozenset[str]:
        return self.matcher.match([*self.labels.get(iri, ()), *row_labels])

    def names(self, ids: Iterable[str]) -> str:
        return " / ".join(self.gold.name_of(i) for i in ids)


def _norm_date(value: str | None) -> str | None:
    return value[:10] if value else None


def date_fits(system: str | None, gold: str | None, optional: bool) -> bool:
    """A gold date that is not optional needs that date; an optional one accepts it or none; a null
    optional one accepts anything. A null gold date that is not optional accepts only no date."""
    system = _norm_date(system)
    if gold is None:
        return optional or system is None
    if optional:
        return system in (None, gold)
    return system == gold


def _pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def _in_reading_order(findings: Iterable[Finding]) -> list[Finding]:
    """Findings article by article as scored, and sorted within an article, so that a report reads the
    same from run to run (the pairs are scored from sets, whose order changes with the hash seed)."""
    return [f for _, group in groupby(findings, key=lambda f: f.article) for f in sorted(group, key=lambda f: (f.fact, f.sentence, f.note))]


def _label(row: Row, key: str) -> str:
    return row.get(f"{key}Label") or local_name(row.get(key, ""))


def _score_meetings(
    article: GoldArticle, rows: Sequence[Row], title: str, ctx: _Context, pairs: _Tally, dated: _Tally | None, organizations: bool = False
) -> None:
    """Meeting pairs (and, with `dated`, their dates); with `organizations`, the pairs of the
    meetings' organization sides."""
    required: dict[frozenset[str], list[GoldMeeting]] = defaultdict(list)
    neutral: set[frozenset[str]] = set()
    for meeting in article.meetings:
        sides = meeting.organization_sides if organizations else meeting.sides
        left, right = sides
        for side in sides:
            neutral |= {_pair(a, b) for a in side for b in side if a != b}
        cross = {_pair(a, b) for a in left for b in right if a != b}
        if meeting.optional:
            neutral |= cross
        else:
            for pair in cross:
                required[pair].append(meeting)

    seen_pairs: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        a, b = sorted((row.get("a", ""), row.get("b", "")))
        seen_pairs[(a, b)].append(row)

    found: set[frozenset[str]] = set()
    found_dated: set[tuple[frozenset[str], int]] = set()
    for (a, b), pair_rows in seen_pairs.items():
        first = pair_rows[0]
        labels = {first.get("a"): _label(first, "a"), first.get("b"): _label(first, "b")}
        candidates = {_pair(x, y) for x in ctx.ids(a, labels.get(a, "")) for y in ctx.ids(b, labels.get(b, "")) if x != y}
        hits = candidates & required.keys()
        description = " - ".join(sorted((labels.get(a) or a, labels.get(b) or b)))
        if hits:
            pairs.count_correct()
            found |= hits
        elif not candidates & neutral:
            pairs.count_false(Finding(pairs.kind, title, description, first.get("quote", "")))
        if dated is None:
            continue
        for date in sorted({_norm_date(row.get("date")) or "" for row in pair_rows}):
            fitting = {
                (pair, index)
                for pair in hits
                for index, meeting in enumerate(required[pair])
                if date_fits(date or None, meeting.date, meeting.date_optional)
            }
            if fitting:
                dated.count_correct()
                found_dated |= fitting
            elif hits or not candidates & neutral:
                dated.system_total += 1
                if hits:  # a wrong pair is listed once, under meeting pairs
                    quote = next((r.get("quote", "") for r in pair_rows if (_norm_date(r.get("date")) or "") == date), "")
                    dated.false_hits.append(Finding(MEETING_DATES, title, f"{description} ({date or 'no date'})", quote, note="wrong date"))

    for pair, meetings in required.items():
        a, b = sorted(pair)
        description = f"{ctx.gold.name_of(a)} - {ctx.gold.name_of(b)}"
        pairs.gold_total += 1
        if pair in found:
            pairs.gold_found += 1
        else:
            pairs.misses.append(Finding(pairs.kind, title, description))
        if dated is None:
            continue
        for index, meeting in enumerate(meetings):
            dated.gold_total += 1
            if (pair, index) in found_dated:
                dated.gold_found += 1
            elif pair in found:  # a pair not found at all is listed once, under meeting pairs
                when = meeting.date or "date not determined"
                dated.misses.append(Finding(MEETING_DATES, title, f"{description} ({when})", note="pair found with another date or none"))


def _role_words(role: str, ignored: frozenset[str]) -> list[str]:
    words = [w for w in normalize_name(role.replace("-", " ")).split() if w not in STOPWORDS]
    kept = [w for w in words if w not in ignored]
    return kept or words


def role_words_match(system_role: str, gold_role: str, organization_words: Iterable[str] = ()) -> bool:
    """The content words of the shorter role begin the content words of the longer one:
    "Director" ~ "Director of the Regional Office in Baku", but "Minister" !~ "Deputy Minister".
    Words of the organization's names are not role words ("Director of ICESCO Regional Office"
    ~ "Director of the Regional Office in Baku" when the organization is ICESCO)."""
    ignored = frozenset(organization_words)
    system, gold = _role_words(system_role, ignored), _role_words(gold_role, ignored)
    if not system or not gold:
        return False
    shorter, longer = sorted((system, gold), key=len)
    return longer[: len(shorter)] == shorter


def _gold_names(gold: Gold, entity_id: str) -> tuple[str, ...]:
    entity = gold.entity(entity_id)
    return entity.names if entity else ()


def _role_text(row: Row) -> str:
    role = row.get("role", "")
    return role if "/" not in role and "#" not in role else local_name(role).replace("-", " ")


def _score_posts(article: GoldArticle, rows: Sequence[Row], title: str, ctx: _Context, tally: _Tally, roles: Accuracy) -> Accuracy:
    facts: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    optional: set[tuple[str, str]] = set()
    for post in article.posts:
        if post.optional:
            optional |= {(post.person, org) for org in post.organizations}
        else:
            facts.setdefault((post.person, tuple(sorted(post.organizations))), []).append(post.role)

    by_pair: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        by_pair[(row.get("person", ""), row.get("organization", ""))].append(row)

    found: dict[tuple[str, tuple[str, ...]], list[Row]] = defaultdict(list)
    for (person, organization), pair_rows in by_pair.items():
        first = pair_rows[0]
        people = ctx.ids(person, _label(first, "person"))
        orgs = ctx.ids(organization, _label(first, "organization"))
        hits = [key for key in facts if key[0] in people and set(key[1]) & orgs]
        description = f"{_label(first, 'person')} - {_label(first, 'organization')} ({_role_text(first)})"
        if hits:
            tally.count_correct()
            for key in hits:
                found[key].extend(pair_rows)
        elif not any((p, o) in optional for p in people for o in orgs):
            tally.count_false(Finding(POSTS, title, description, first.get("quote", "")))

    checked, correct = roles.checked, roles.correct
    for key, gold_roles in facts.items():
        person, orgs = key
        description = f"{ctx.gold.name_of(person)} - {ctx.names(orgs)} ({'; '.join(gold_roles)})"
        org_words = {w for org in orgs for name in _gold_names(ctx.gold, org) for w in content_words(name)}

        def wrong_role(rows: list[Row], gold_roles: list[str] = gold_roles, org_words: set[str] = org_words) -> str | None:
            system_roles = {_role_text(row) for row in rows}
            if any(role_words_match(s, g, org_words) for s in system_roles for g in gold_roles):
                return None
            return f"system role: {'; '.join(sorted(system_roles))}"

        checked, correct = _count_gold_fact(tally, title, description, found.get(key), POST_ROLES, wrong_role, checked, correct)
    return Accuracy(POST_ROLES, checked, correct)


def _count_gold_fact(
    tally: _Tally, title: str, description: str, rows: list[Row] | None, detail_kind: str,
    wrong_detail: Callable[[list[Row]], str | None], checked: int, correct: int,
) -> tuple[int, int]:
    """Counts one required gold fact: a miss when no system `rows` found it; when found, its detail
    (role, date) is checked, and `wrong_detail` (a note, or None when the detail fits) decides whether
    it is also a miss of `detail_kind`. Returns the detail tally (`checked`, `correct`) moved on."""
    tally.gold_total += 1
    if not rows:
        tally.misses.append(Finding(tally.kind, title, description))
        return checked, correct
    tally.gold_found += 1
    note = wrong_detail(rows)
    if note is None:
        return checked + 1, correct + 1
    tally.misses.append(Finding(detail_kind, title, description, rows[0].get("quote", ""), note=note))
    return checked + 1, correct


def _count_system_fact(golds: Sequence, hits: list[int], rows: list[Row], found: dict[int, list[Row]], tally: _Tally, false_hit: Finding) -> None:
    """A system fact that matches a required gold fact is correct (its rows go to those facts); one
    that matches only optional gold facts is neutral; one that matches none is a false hit."""
    if any(not golds[i].optional for i in hits):
        tally.count_correct()
        for i in hits:
            found[i].extend(rows)
    elif not hits:
        tally.count_false(false_hit)


def _score_agreements(article: GoldArticle, rows: Sequence[Row], title: str, ctx: _Context, tally: _Tally, dates: Accuracy) -> Accuracy:
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row.get("agreement", "")].append(row)

    found: dict[int, list[Row]] = defaultdict(list)
    for agreement_rows in grouped.values():
        parties: set[str] = set()
        for row in agreement_rows:
            parties |= ctx.ids(row.get("party", ""), _label(row, "party"))
        hits = [i for i, gold in enumerate(article.agreements) if gold.parties and set(gold.parties) <= parties]
        first = agreement_rows[0]
        party_labels = sorted({_label(row, "party") for row in agreement_rows})
        description = f"{local_name(first.get('type', '')) or 'agreement'} between {', '.join(party_labels)}"
        _count_system_fact(article.agreements, hits, agreement_rows, found, tally, Finding(AGREEMENTS, title, description, first.get("quote", "")))

    checked, correct = dates.checked, dates.correct
    for index, gold in enumerate(article.agreements):
        if gold.optional:
            continue
        description = f"{gold.type} between {ctx.names(gold.parties)} ({gold.date or 'no date'})"

        def wrong_date(rows: list[Row], gold: GoldAgreement = gold) -> str | None:
            system_dates = {_norm_date(row.get("date")) for row in rows}
            if any(date_fits(date, gold.date, gold.date_optional) for date in system_dates):
                return None
            return f"system date: {', '.join(sorted(d or 'no date' for d in system_dates))}"

        checked, correct = _count_gold_fact(tally, title, description, found.get(index), AGREEMENT_DATES, wrong_date, checked, correct)
    return Accuracy(AGREEMENT_DATES, checked, correct)


def event_matches(gold: GoldParticipation, row: Row, ctx: _Context) -> bool:
    label = row.get("eventLabel", "")
    label_words = content_words(label)
    for name in gold.event_names:
        words = content_words(name)
        if words and words <= label_words:
            return True
        if label_words and label_words <= words:
            return True
    if gold.date and gold.place and _norm_date(row.get("date")) == gold.date:
        place = ctx.gold.entity(gold.place)
        place_names = place.names if place else (gold.place,)
        return bool({name_key(row.get("placeLabel", ""))} & {name_key(n) for n in place_names} - {""})
    return False


def _participation_role_fits(gold_role: str, system_roles: set[str]) -> bool:
    wanted = ORGANIZER_ROLES if gold_role == "organizer" else DIRECT_ROLES
    return bool(system_roles & wanted)


def _score_participations(article: GoldArticle, rows: Sequence[Row], title: str, ctx: _Context, tally: _Tally, roles: Accuracy) -> Accuracy:
    grouped: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        if compact(row.get("eventType", "")) in NON_PARTICIPATION_KINDS:
            continue
        grouped[(row.get("agent", ""), row.get("event", ""))].append(row)

    found: dict[int, list[Row]] = defaultdict(list)
    for (agent, _event), group in grouped.items():
        first = group[0]
        agents = ctx.ids(agent, _label(first, "agent"))
        hits = [
            i for i, gold in enumerate(article.participations)
            if gold.agent in agents and event_matches(gold, first, ctx)
        ]
        system_roles = sorted({compact(row.get("role", "")) for row in group})
        description = f"{_label(first, 'agent')} - {first.get('eventLabel', '')} ({', '.join(system_roles)})"
        _count_system_fact(article.participations, hits, group, found, tally, Finding(PARTICIPATIONS, title, description, first.get("quote", "")))

    checked, correct = roles.checked, roles.correct
    for index, gold in enumerate(article.participations):
        if gold.optional:
            continue
        description = f"{ctx.gold.name_of(gold.agent)} - {gold.event} ({gold.role})"

        def wrong_role(rows: list[Row], gold: GoldParticipation = gold) -> str | None:
            system_roles = {compact(row.get("role", "")) for row in rows}
            return None if _participation_role_fits(gold.role, system_roles) else f"system role: {', '.join(sorted(system_roles))}"

        checked, correct = _count_gold_fact(tally, title, description, found.get(index), PARTICIPATION_ROLES, wrong_role, checked, correct)
    return Accuracy(PARTICIPATION_ROLES, checked, correct)


def _entity_kind(iri: str, types: set[str]) -> str:
    names = {compact(t) for t in types}
    for kind in ("person", "country", "organization", "place"):
        if f"/{kind}/" in iri or kind in names:
            return kind
    return "organization" if any("organization" in name for name in names) else "other"


def _score_entities(system: SystemFacts, ctx: _Context, tally: _Tally) -> None:
    types: dict[str, set[str]] = defaultdict(set)
    for row in system.entities:
        types[row.get("entity", "")].add(row.get("type", ""))
    required = {e.id for e in ctx.gold.entities if e.scored and not e.optional}
    found: set[str] = set()
    for iri in sorted(types):
        if _entity_kind(iri, types[iri]) == "place":
            continue
        ids = ctx.ids(iri)
        labels = sorted(ctx.labels.get(iri, ()), key=len)
        if ids & required:
            tally.count_correct()
            found |= ids & required
        elif not ids:
            tally.count_false(Finding(ENTITIES, "(corpus)", f"{' / '.join(labels) or iri} <{iri}>"))
    for entity in ctx.gold.entities:
        if entity.id in required:
            tally.gold_total += 1
            if entity.id in found:
                tally.gold_found += 1
            else:
                tally.misses.append(Finding(ENTITIES, "(corpus)", f"{entity.name} ({entity.type})"))


def match_articles(gold: Gold, items: Sequence[Row]) -> tuple[dict[int, str], list[str]]:
    """Gold article index -> item IRI, by id, else by normalised title; and the unmatched items."""
    by_id = {row.get("id", ""): row["item"] for row in items if row.get("id")}
    by_title: dict[str, str] = {}
    for row in items:
        by_title.setdefault(normalize_name(row.get("title", "")), row["item"])
    matched: dict[int, str] = {}
    for index, article in enumerate(gold.articles):
        item = by_id.get(article.id or "") or by_title.get(normalize_name(article.title))
        if item and article.title + (article.id or "") and item not in matched.values():
            matched[index] = item
    used = set(matched.values())
    return matched, [row["item"] for row in items if row["item"] not in used]


def _labels(system: SystemFacts) -> dict[str, set[str]]:
    labels: dict[str, set[str]] = defaultdict(set)
    for row in system.entities:
        for key in ("label", "alias"):
            if row.get(key):
                labels[row.get("entity", "")].add(row[key])
    return labels


def _by_item(rows: Iterable[Row]) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row.get("source", "")].append(row)
    return grouped


def score(gold: Gold, system: SystemFacts) -> Report:
    """Compare the system's facts with the gold facts, article by article (entities corpus-wide)."""
    ctx = _Context(gold, NameMatcher(gold.entities), _labels(system))
    matched, unmatched_items = match_articles(gold, system.items)
    titles = {row["item"]: row.get("title") or row.get("id") or row["item"] for row in system.items}
    meetings, posts, agreements, participations = (_by_item(rows) for rows in (system.meetings, system.posts, system.agreements, system.participations))
    organization_meetings = _by_item(system.organization_meetings)
    tallies = {kind: _Tally(kind) for kind in (MEETINGS, MEETING_DATES, ORGANIZATION_PAIRS, POSTS, AGREEMENTS, PARTICIPATIONS, ENTITIES)}
    role_accuracy = Accuracy(POST_ROLES, 0, 0)
    date_accuracy = Accuracy(AGREEMENT_DATES, 0, 0)
    participation_accuracy = Accuracy(PARTICIPATION_ROLES, 0, 0)

    empty = GoldArticle(title="")
    scopes: list[tuple[GoldArticle, str | None]] = [(article, matched.get(i)) for i, article in enumerate(gold.articles)]
    scopes += [(empty, item) for item in unmatched_items]
    for article, item in scopes:
        title = article.title or titles.get(item or "", "") or article.id or ""
        key = item or ""
        _score_meetings(article, meetings.get(key, []) if item else [], title, ctx, tallies[MEETINGS], tallies[MEETING_DATES])
        _score_meetings(article, organization_meetings.get(key, []) if item else [], title, ctx, tallies[ORGANIZATION_PAIRS], None, organizations=True)
        role_accuracy = _score_posts(article, posts.get(key, []) if item else [], title, ctx, tallies[POSTS], role_accuracy)
        date_accuracy = _score_agreements(article, agreements.get(key, []) if item else [], title, ctx, tallies[AGREEMENTS], date_accuracy)
        participation_accuracy = _score_participations(
            article, participations.get(key, []) if item else [], title, ctx, tallies[PARTICIPATIONS], participation_accuracy
        )
    _score_entities(system, ctx, tallies[ENTITIES])

    return Report(
        scores=tuple(t.score() for t in tallies.values()),
        accuracies=(role_accuracy, date_accuracy, participation_accuracy),
        misses=tuple(f for t in tallies.values() for f in _in_reading_order(t.misses)),
        false_hits=tuple(f for t in tallies.values() for f in _in_reading_order(t.false_hits)),
        unmatched_articles=tuple(a.title or a.id or "" for i, a in enumerate(gold.articles) if i not in matched),
        unmatched_items=tuple(titles[item] for item in unmatched_items),
    )


# ---------------------------------------------------------------------------------------------
# Output


def render_table(report: Report) -> str:
    lines = [f"{'fact kind':<36} {'P':>6} {'R':>6} {'F1':>6}   gold found/total   system correct/total"]
    for s in report.scores:
        lines.append(
            f"{KIND_TITLES[s.kind]:<36} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
            f"   {s.gold_found:>5}/{s.gold_total:<5}        {s.system_correct:>5}/{s.system_total}"
        )
    lines.append("")
    for a in report.accuracies:
        lines.append(f"{a.kind + ' (on found facts)':<36} {a.ratio:>6.3f}   {a.correct}/{a.checked}")
    for heading, names in (("gold articles without an ingested item", report.unmatched_articles), ("ingested items without a gold article", report.unmatched_items)):
        if names:
            lines += ["", f"{heading}:"] + [f"  {name}" for name in names]
    lines += ["", "(a pair that is wrong or missing is listed under meetings only, not again under meetings-dated)"]
    for heading, findings in (("misses", report.misses), ("false hits", report.false_hits)):
        lines += ["", f"{heading} ({len(findings)}):"]
        for f in findings:
            lines.append(f"  [{f.kind}] {f.fact}" + (f" -- {f.note}" if f.note else ""))
            lines.append(f"      in: {f.article}")
            if f.sentence:
                lines.append(f"      sentence: {' '.join(f.sentence.split())}")
    return "\n".join(lines) + "\n"


def report_as_dict(report: Report) -> dict[str, Any]:
    return {
        "figures": report.figures(),
        "scores": [
            {**asdict(s), "title": KIND_TITLES[s.kind], "precision": s.precision, "recall": s.recall, "f1": s.f1}
            for s in report.scores
        ],
        "accuracies": [{**asdict(a), "ratio": a.ratio} for a in report.accuracies],
        "misses": [asdict(f) for f in report.misses],
        "false_hits": [asdict(f) for f in report.false_hits],
        "unmatched_articles": list(report.unmatched_articles),
        "unmatched_items": list(report.unmatched_items),
    }


def render_json(report: Report) -> str:
    return json.dumps(report_as_dict(report), ensure_ascii=False, indent=2) + "\n"


REPORT_FORMATS: dict[str, Callable[[Report], str]] = {"table": render_table, "json": render_json}


# ---------------------------------------------------------------------------------------------
# Running: ingest a corpus into a fresh store, query it, score it

SAVED_QUERIES = {
    "meetings": "who-met-whom",
    "posts": "posts",
    "agreements": "agreements",
    "participations": "participations",
    "entities": "entities",
}
"""SystemFacts field -> the saved query whose rows fill it."""

ITEMS_QUERY = """PREFIX ic: <https://w3id.org/icgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?item ?id ?title WHERE {
  GRAPH ?g { ?item a ic:NewsItem . OPTIONAL { ?item dcterms:identifier ?id } OPTIONAL { ?item dcterms:title ?title } }
}"""

EVIDENCE_QUERY = """PREFIX ic: <https://w3id.org/icgraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?fact ?item ?quote ?member ?organization WHERE {
  GRAPH ?g { ?fact prov:qualifiedDerivation ?evidence . ?evidence prov:entity ?item ; ic:quote ?quote .
    OPTIONAL { ?fact org:member ?member ; org:organization ?organization } }
}"""


def _plain(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, str]]:
    return [{key: str(value) for key, value in row.items() if value is not None} for row in rows]


def _with_quotes(rows: list[dict[str, str]], quotes: Mapping[tuple[str, ...], str], *fields: str) -> list[dict[str, str]]:
    """Each row with the quote of the evidence found under (its `fields` values..., its source)."""
    return [{**row, "quote": quotes.get((*(row.get(f, "") for f in fields), row.get("source", "")), "")} for row in rows]


def system_facts(store: Any) -> SystemFacts:
    """The rows of the saved queries over `store`, each fact row with the sentence it came from."""
    from icgraph.query import run_query

    rows = {field_name: _plain(run_query(store, name).rows) for field_name, name in SAVED_QUERIES.items()}
    organization_rows = _plain(run_query(store, "who-met-whom", {"level": "organization"}).rows)
    quotes: dict[tuple[str, ...], str] = {}
    for row in _plain(store.select(EVIDENCE_QUERY).rows):
        quotes.setdefault((row["fact"], row["item"]), row["quote"])
        if "member" in row:
            quotes.setdefault((row["member"], row["organization"], row["item"]), row["quote"])
    return SystemFacts(
        meetings=_with_quotes(rows["meetings"], quotes, "event"),
        organization_meetings=_with_quotes(organization_rows, quotes, "event"),
        posts=_with_quotes(rows["posts"], quotes, "person", "organization"),
        agreements=_with_quotes(rows["agreements"], quotes, "agreement"),
        participations=_with_quotes(rows["participations"], quotes, "event"),
        entities=rows["entities"],
        items=_plain(store.select(ITEMS_QUERY).rows),
    )


def run_evaluation(
    gold_path: str | Path,
    corpus_paths: Sequence[str | Path],
    *,
    settings: Any = None,
    jobs: int = 1,
    progress: Progress | None = None,
    nlp: Any = None,
    extractor: Any = None,
    ids: Collection[str] | None = None,
    exclude_ids: Collection[str] = (),
) -> Report:
    """Ingest the corpus into a fresh in-memory store, run the saved queries and score them.

    `extractor` is passed to `pipeline.ingest` (default: the rules). `ids` / `exclude_ids` score a
    subset: only the items (and gold articles) with those ids / without them are read and scored;
    the entities scored are those the kept gold articles' facts name."""
    # The pipeline loads spaCy: imported here so that scoring alone stays light.
    from icgraph.config import Settings
    from icgraph.pipeline import ingest
    from icgraph.store import EmbeddedStore

    gold = load_gold(gold_path)
    subset = ids is not None or bool(exclude_ids)
    if subset:
        gold = gold.subset(ids, exclude_ids)
    settings = settings or Settings.from_env()
    with EmbeddedStore(None, base=settings.base) as store:
        outcome = ingest(corpus_paths, store, settings=settings, jobs=jobs, progress=progress, nlp=nlp,
                         extractor=extractor,
                         select=(lambda item: (ids is None or item.id in ids) and item.id not in exclude_ids) if subset else None)
        if progress:
            progress(outcome.summary())
        facts = system_facts(store)
    return score(gold, facts)
