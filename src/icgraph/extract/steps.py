"""The steps of one item's extraction, in order, each declaring what it reads and what it writes.

The entities, mentions and references live in the item's `ItemContext` ("entities"); the facts the
steps derive from them live in an `ItemFacts`, one typed field each. `STEPS` is checked when this
module loads: a step may read only the parse ("doc"), "entities" once a step has written them, and
fields that an earlier step wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields

from icgraph.extract.activities import find_activities
from icgraph.extract.agreements import find_agreements, to_records
from icgraph.extract.context import ItemContext
from icgraph.extract.coref import resolve_organization_references, resolve_references, resolve_title_initials
from icgraph.extract.events import Draft, find_meetings, merge_meetings, to_event
from icgraph.extract.memberships import find_memberships
from icgraph.extract.names import find_people
from icgraph.extract.organizations import find_known, find_places, find_unknown_organizations
from icgraph.extract.posts import find_posts
from icgraph.model import Agreement, Event, Membership, Post


@dataclass
class ItemFacts:
    """What the steps derive from an item's entities."""

    posts: list[Post] = field(default_factory=list)
    meetings: list[Draft] = field(default_factory=list)  # encounters, assembled over the item
    signings: list[Draft] = field(default_factory=list)  # signing events of the agreements
    agreements: list[Agreement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[ItemContext, ItemFacts], None]
    reads: frozenset[str]
    writes: frozenset[str]


def _step(name: str, reads: str, writes: str):
    def register(run: Callable[[ItemContext, ItemFacts], None]) -> Step:
        return Step(name, run, frozenset(reads.split()), frozenset(writes.split()))
    return register


@_step("known names", reads="doc", writes="entities")
def _known(ctx: ItemContext, facts: ItemFacts) -> None:
    find_known(ctx)  # gazetteer organizations, countries, acronyms the item defines


@_step("people", reads="doc entities", writes="entities")
def _people(ctx: ItemContext, facts: ItemFacts) -> None:
    find_people(ctx)
    resolve_title_initials(ctx)  # "External Affairs Minister A ... EAM met B"


@_step("institutions and places", reads="doc entities", writes="entities")
def _institutions(ctx: ItemContext, facts: ItemFacts) -> None:
    find_unknown_organizations(ctx)
    find_places(ctx)


@_step("organization references", reads="doc entities", writes="entities")
def _organization_references(ctx: ItemContext, facts: ItemFacts) -> None:
    resolve_organization_references(ctx)  # "the Organization", "the University's"


@_step("posts", reads="doc entities", writes="entities posts")
def _posts(ctx: ItemContext, facts: ItemFacts) -> None:
    facts.posts = find_posts(ctx)


@_step("references", reads="doc entities posts", writes="entities posts")
def _references(ctx: ItemContext, facts: ItemFacts) -> None:
    # "the Director-General", "Her Highness"; "the Russian Foreign Minister" for an untitled name
    facts.posts = facts.posts + resolve_references(ctx, facts.posts)


@_step("encounters", reads="doc entities posts", writes="meetings")
def _meetings(ctx: ItemContext, facts: ItemFacts) -> None:
    facts.meetings = find_meetings(ctx, facts.posts)  # mentions, then assembly over the item


@_step("agreements", reads="doc entities posts meetings", writes="agreements signings meetings")
def _agreements(ctx: ItemContext, facts: ItemFacts) -> None:
    facts.agreements, drafts = to_records(ctx, find_agreements(ctx, facts.posts), 1)
    facts.signings = [d for d in drafts if d.others]
    # two signatories who signed together met
    facts.meetings = merge_meetings(ctx, facts.meetings + [d for d in drafts if not d.others])


@_step("events", reads="doc entities posts meetings signings", writes="events")
def _events(ctx: ItemContext, facts: ItemFacts) -> None:
    drafts = facts.meetings + facts.signings + find_activities(ctx, facts.meetings, facts.posts)
    events = [to_event(ctx, draft, f"v{n}") for n, draft in enumerate(drafts, 1)]
    facts.events = [e for e in events if e.participations]


@_step("memberships", reads="doc entities", writes="entities memberships")
def _memberships(ctx: ItemContext, facts: ItemFacts) -> None:
    facts.memberships = find_memberships(ctx)  # adds the organization a headline names


STEPS: tuple[Step, ...] = (_known, _people, _institutions, _organization_references, _posts, _references,
                           _meetings, _agreements, _events, _memberships)


def check_steps(steps: tuple[Step, ...]) -> None:
    """Every step reads only what exists before it runs; every name is a field of ItemFacts (or
    "doc", "entities")."""
    known = {f.name for f in fields(ItemFacts)} | {"doc", "entities"}
    written = {"doc"}
    for step in steps:
        unknown = (step.reads | step.writes) - known
        if unknown:
            raise ValueError(f"extraction step {step.name!r} names unknown data: {', '.join(sorted(unknown))}")
        missing = step.reads - written
        if missing:
            raise ValueError(f"extraction step {step.name!r} reads {', '.join(sorted(missing))} before any step writes it")
        written |= step.writes


def run_steps(ctx: ItemContext, steps: tuple[Step, ...] = STEPS) -> ItemFacts:
    facts = ItemFacts()
    for step in steps:
        step.run(ctx, facts)
    return facts


check_steps(STEPS)
