"""Resolution across items: one global id per real-world entity.

Ids are "{kind}/{slug}": countries by ISO code ("country/mar"), known organizations by gazetteer id
("organization/icesco"), everything else by the slug of the first name seen ("person/salim-m-almalik",
"place/rabat"). Entities already in the store (`known`) keep their ids, so ids are stable across
runs. Merging is conservative: organizations and places by an equal normalised name or alias;
people by the same full name, or when one full name (two words at least) extends the other with the
same first and last name and compatible initials ("Karim AlRashid" ~ "Karim H. AlRashid" ~ "Karim Al-Rashid").
A surname alone never merges two items' people. Every alias is kept; the preferred label is the
longest full form. The same input gives the same ids. An item ingested again finds the entities
its stored version named (`previous`) by any equal label, a one-word name included, so
re-ingesting never mints a second id for the same mention ("person/jokowi-2").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from icgraph.extract.gazetteer import default_gazetteer
from icgraph.extract.names import PATRONYMIC, name_key_tokens
from icgraph.iri import slugify
from icgraph.model import Entity, EntityKind, Extraction, OrgType, Resolution, ResolvedEntity
from icgraph.textnorm import normalize_name


@dataclass
class _Cluster:
    id: str
    kind: EntityKind
    labels: list[str] = field(default_factory=list)
    org_type: OrgType | None = None
    parent: str | None = None
    country: str | None = None
    iso_code: str | None = None

    def add(self, label: str) -> None:
        if label and label not in self.labels:
            self.labels.append(label)

    def preferred(self) -> str:
        if canonical := _gazetteer_name(self.id):
            return canonical
        full = [label for label in self.labels if not _is_acronym(label)] or self.labels
        if self.kind == EntityKind.PERSON:
            return max(full, key=lambda n: (len(name_key_tokens(n)), len(n), n))
        return max(full, key=lambda n: (len(n), n))

    def entity(self) -> ResolvedEntity:
        name = self.preferred()
        aliases = tuple(sorted({a for a in self.labels if a != name}))
        return ResolvedEntity(id=self.id, kind=self.kind, name=name, aliases=aliases, org_type=self.org_type,
                              parent=self.parent, country=self.country, iso_code=self.iso_code)


def _gazetteer_name(entity_id: str) -> str | None:
    """The name the gazetteer gives a known country or organization ("Morocco", not whichever
    formal name an item happened to use)."""
    kind, _, key = entity_id.partition("/")
    gazetteer = default_gazetteer()
    if kind == EntityKind.COUNTRY:
        country = gazetteer.country_by_code(key.upper())
        return country.name if country else None
    if kind == EntityKind.ORGANIZATION:
        known = gazetteer.organization_by_id(key)
        return known.name if known else None
    return None


def _is_acronym(label: str) -> bool:
    letters = [ch for ch in label if ch.isalpha()]
    return bool(letters) and " " not in label.strip() and sum(ch.isupper() for ch in letters) >= 2


def _person_forms(labels: Iterable[str]) -> list[list[str]]:
    return [tokens for tokens in (name_key_tokens(label) for label in labels) if len(tokens) >= 2]


def _initial_compatible(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def same_full_name(a: list[str], b: list[str]) -> bool:
    """Two full names of one person: same first and last word, and the shorter one's middle words
    appear in order in the longer (initials standing for words)."""
    if len(a) < 2 or len(b) < 2:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if short == long[:len(short)] and long[len(short)] in PATRONYMIC:
        return True  # "Yousef bin Alawi" and "Yousef bin Alawi bin Abdullah"
    if short[0] != long[0] or short[-1] != long[-1]:
        return False
    j = 1
    for word in short[1:-1]:
        while j < len(long) - 1 and not _initial_compatible(word, long[j]):
            j += 1
        if j >= len(long) - 1:
            return False
        j += 1
    return True


class Registry:
    """Global entities built up item by item."""

    def __init__(self, known: Iterable[ResolvedEntity] = ()) -> None:
        self.clusters: dict[str, _Cluster] = {}
        self._by_label: dict[tuple[EntityKind, str], str] = {}
        for entity in sorted(known, key=lambda e: e.id):
            cluster = _Cluster(entity.id, entity.kind, org_type=entity.org_type, parent=entity.parent,
                               country=entity.country, iso_code=entity.iso_code)
            for label in (entity.name, *entity.aliases):
                cluster.add(label)
            self._register(cluster)

    def _register(self, cluster: _Cluster) -> None:
        self.clusters[cluster.id] = cluster
        for label in cluster.labels:
            self._index(cluster, label)

    def _index(self, cluster: _Cluster, label: str) -> None:
        if cluster.kind == EntityKind.PERSON and len(name_key_tokens(label)) < 2:
            return  # a surname alone identifies nobody across items
        self._by_label.setdefault((cluster.kind, normalize_name(label)), cluster.id)

    def _new_id(self, kind: EntityKind, name: str) -> str:
        base = f"{kind.value}/{slugify(name) or 'unnamed'}"
        candidate, n = base, 2
        while candidate in self.clusters:
            candidate = f"{base}-{n}"
            n += 1
        return candidate

    def _find(self, entity: Entity) -> str | None:
        if entity.kind == EntityKind.COUNTRY and entity.iso_code:
            cid = f"country/{entity.iso_code.lower()}"
            return cid if cid in self.clusters else None
        if entity.gazetteer_id:
            cid = f"organization/{slugify(entity.gazetteer_id)}"
            if cid in self.clusters:
                return cid
        labels = (entity.name, *entity.aliases)
        for label in labels:
            if entity.kind == EntityKind.PERSON and len(name_key_tokens(label)) < 2:
                continue
            if entity.kind != EntityKind.PERSON and _is_acronym(label):
                continue  # acronyms are ambiguous across publishers ("AL", "ECS")
            cid = self._by_label.get((entity.kind, normalize_name(label)))
            if cid:
                return cid
        if entity.kind == EntityKind.PERSON:
            forms = _person_forms(labels)
            matches = sorted({
                cid for cid, cluster in self.clusters.items() if cluster.kind == EntityKind.PERSON
                and any(same_full_name(f, g) for f in forms for g in _person_forms(cluster.labels))
            })
            if len(matches) == 1:
                return matches[0]
        return None

    def _find_previous(self, entity: Entity, previous: Iterable[str]) -> str | None:
        """The entity of the item's stored version that carries one of this mention's labels."""
        keys = {normalize_name(label) for label in (entity.name, *entity.aliases)}
        for cid in sorted(previous):
            cluster = self.clusters.get(cid)
            if cluster is not None and cluster.kind == entity.kind and keys & {normalize_name(label) for label in cluster.labels}:
                return cid
        return None

    def add(self, entity: Entity, previous: Iterable[str] = ()) -> str:
        cid = self._find(entity) or self._find_previous(entity, previous)
        if cid is None:
            if entity.kind == EntityKind.COUNTRY and entity.iso_code:
                cid = f"country/{entity.iso_code.lower()}"
            elif entity.gazetteer_id:
                cid = f"organization/{slugify(entity.gazetteer_id)}"
            else:
                cid = self._new_id(entity.kind, entity.name)
            self.clusters[cid] = _Cluster(cid, entity.kind, org_type=entity.org_type, iso_code=entity.iso_code)
        cluster = self.clusters[cid]
        for label in (entity.name, *entity.aliases):
            cluster.add(label)
            self._index(cluster, label)
        if cluster.org_type is None or cluster.org_type == OrgType.OTHER:
            cluster.org_type = entity.org_type or cluster.org_type
        return cid


def resolve(
    extractions: Sequence[Extraction],
    known: Iterable[ResolvedEntity] = (),
    previous: Mapping[str, Iterable[str]] | None = None,
) -> list[Resolution]:
    """Global ids for the entities of `extractions` (in order), merged with `known` ones.
    `previous` maps an item id to the entity ids its stored version names."""
    registry = Registry(known)
    previous = previous or {}
    mappings: list[dict[str, str]] = []
    for extraction in extractions:
        before = tuple(previous.get(extraction.item.id, ()))
        ids = {entity.key: registry.add(entity, before) for entity in extraction.entities}
        mappings.append(ids)
    for extraction, ids in zip(extractions, mappings):
        for entity in extraction.entities:
            cluster = registry.clusters[ids[entity.key]]
            if entity.parent and entity.parent in ids and cluster.parent is None and ids[entity.parent] != cluster.id:
                cluster.parent = ids[entity.parent]
            if entity.country and entity.country in ids and cluster.country is None:
                cluster.country = ids[entity.country]
    return [
        Resolution(extraction=extraction, ids=dict(ids),
                   entities=tuple(registry.clusters[cid].entity() for cid in sorted(set(ids.values()))))
        for extraction, ids in zip(extractions, mappings)
    ]
