"""Resolution against many known entities: looked up by key, same ids as against the few that matter."""

from __future__ import annotations

from icgraph.model import Entity, EntityKind, Extraction, NewsItem, OrgType, ResolvedEntity
from icgraph.resolve import KnownEntities, resolve

FIRST_NAMES = ("Karim", "Yousef", "Nadia", "Lena")


def item(n: int, *entities: Entity) -> Extraction:
    return Extraction(item=NewsItem(id=f"item-{n}", text="..."), entities=entities)


def person(key: str, name: str, *aliases: str) -> Entity:
    return Entity(key=key, kind=EntityKind.PERSON, name=name, aliases=aliases)


def organization(key: str, name: str, *aliases: str) -> Entity:
    return Entity(key=key, kind=EntityKind.ORGANIZATION, name=name, aliases=aliases, org_type=OrgType.OTHER)


TARGETS = [
    ResolvedEntity("person/karim-alrashid", EntityKind.PERSON, "Karim AlRashid", aliases=("AlRashid",)),
    ResolvedEntity("person/hamad-bin-saeed", EntityKind.PERSON, "Hamad bin Saeed"),
    ResolvedEntity("person/nadia-okafor", EntityKind.PERSON, "N. Okafor Smith"),
    ResolvedEntity("organization/tidewater-trust", EntityKind.ORGANIZATION, "Tidewater Trust", aliases=("Tidewater Foundation",),
                   org_type=OrgType.NGO),
]

# People sharing first names (and some surnames) with the targets, and organizations with similar names.
DISTRACTORS = [
    ResolvedEntity(f"person/known-{n}", EntityKind.PERSON, f"{FIRST_NAMES[n % 4]} Surname{n}", aliases=(f"Surname{n}",))
    for n in range(2_000)
] + [
    ResolvedEntity(f"organization/known-{n}", EntityKind.ORGANIZATION, f"Tidewater Trust {n}", org_type=OrgType.NGO)
    for n in range(2_000)
]

BATCH = [
    item(1, person("e1", "Karim H. AlRashid"), organization("e2", "Tidewater Foundation")),
    item(2, person("e1", "Hamad bin Saeed bin Nasser"), person("e2", "Nadia Okafor")),
    item(3, person("e1", "Karim Al-Rashid"), person("e2", "Lena Surname7"), organization("e3", "Harbour Council")),
]

EXPECTED = [
    {"e1": "person/karim-alrashid", "e2": "organization/tidewater-trust"},
    {"e1": "person/hamad-bin-saeed", "e2": "person/nadia-okafor-2"},  # "person/nadia-okafor" is taken
    {"e1": "person/karim-alrashid", "e2": "person/known-7", "e3": "organization/harbour-council"},
]


class CountingKnown(KnownEntities):
    """The stored entities, counting how many of them resolution reads."""

    reads = 0

    def get(self, entity_id: str) -> ResolvedEntity | None:
        self.reads += 1
        return super().get(entity_id)


def test_a_batch_gets_the_same_ids_against_many_known_entities_as_against_the_few_it_names():
    few = [r.ids for r in resolve(BATCH, TARGETS + DISTRACTORS[7:8])]
    many = [r.ids for r in resolve(BATCH, KnownEntities(TARGETS + DISTRACTORS))]
    assert few == many == EXPECTED


def test_resolution_reads_the_known_entities_a_mention_names_not_all_of_them():
    known = CountingKnown(TARGETS + DISTRACTORS)
    resolutions = resolve(BATCH, known)
    assert [r.ids for r in resolutions] == EXPECTED
    assert 0 < known.reads <= 20 < len(known)  # a handful per mention, out of 4,004
    merged = {e.id: e for r in resolutions for e in r.entities}
    assert {"Karim H. AlRashid", "Karim Al-Rashid", "AlRashid"} <= {merged["person/karim-alrashid"].name, *merged["person/karim-alrashid"].aliases}


def test_the_index_follows_updates_and_removals():
    known = KnownEntities(TARGETS)
    known.update([ResolvedEntity("organization/tidewater-trust", EntityKind.ORGANIZATION, "Tidewater Trust",
                                 aliases=("Tidewater Fund",))])
    (renamed,) = resolve([item(1, organization("e1", "Tidewater Fund"), organization("e2", "Tidewater Foundation"))], known)
    assert renamed.ids == {"e1": "organization/tidewater-trust", "e2": "organization/tidewater-foundation"}
    known.discard(["person/karim-alrashid"])
    (gone,) = resolve([item(2, person("e1", "Karim H. AlRashid"))], known)
    assert "person/karim-alrashid" not in known and gone.ids == {"e1": "person/karim-h-alrashid"}


def test_resolving_does_not_change_the_known_entities():
    known = KnownEntities(TARGETS)
    resolve(BATCH, known)
    assert len(known) == len(TARGETS) and known.get("person/karim-alrashid") == TARGETS[0]
