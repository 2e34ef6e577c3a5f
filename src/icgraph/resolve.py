"""Resolution across items: one global id per real-world entity.

Ids are "{kind}/{slug}": countries by ISO code ("country/mar"), known organizations by gazetteer id
("organization/icesco"), everything else by the slug of the first name seen ("person/amina-rahimi",
"place/rabat"). Entities already in the store (`known`) keep their ids, so ids are stable across
runs. Merging is conservative: organizations and places by an equal normalised name or alias;
people by the same full name, or when one full name (two words at least) extends the other with the
same first and last name and compatible initials ("Karim AlRashid" ~ "Karim H. AlRashid" ~ "Karim Al-Rashid"),
or a chain of names joined by "bin" with or without its family name ("Abdullah bin Zayed" ~ "Abdullah bin
Zayed Al Nahyan").
A surname alone never merges two items' people. Every alias is kept; the preferred label is the
longest full form. The same input gives the same ids. An item ingested again finds the entities
its stored version named (`previous`) by any equal label, a one-word name included, so
re-ingesting never mints a second id for the same mention ("person/jokowi-2").

Known entities are looked up, not scanned: `KnownEntities` files them by normalised label and
people also by the first and last word of each full name (and the heads a patronymic follows), so
a mention reads only the few entities that share a key with it and a batch costs the same with
50,000 known entities as with none. An ingest builds the index once and updates it per batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from icgraph.extract.gazetteer import default_gazetteer
from icgraph.extract.lexicon import load_lexicon
from icgraph.extract.names import PATRONYMIC, family_name_after_chain, name_key_tokens
from icgraph.extract.represent import STATED_CONFIDENCE, answering
from icgraph.iri import slugify
from icgraph.model import Entity, EntityKind, Event, Extraction, OrgType, Participation, Resolution, ResolvedEntity, Role
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
        aliases = tuple(sorted({a for a in (*self.labels, *_gazetteer_labels(self.id)) if a != name}))
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


def _gazetteer_labels(entity_id: str) -> tuple[str, ...]:
    """Every name the gazetteer gives a known country (its short and official names and their
    common forms: "Korea", "Republic of Korea", "ROK" for South Korea), whichever one an item used:
    a name the state is asked by (`-p entity=Korea`) or annotated with is one of its labels."""
    kind, _, key = entity_id.partition("/")
    if kind != EntityKind.COUNTRY:
        return ()
    country = default_gazetteer().country_by_code(key.upper())
    return (country.name, *country.official_names, *country.aliases) if country else ()


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
    if short == long[:len(short)] and long[len(short)] in PATRONYMIC or family_name_after_chain(short, long):
        return True  # "Hamad bin Saeed" and "Hamad bin Saeed bin Nasser"; "Abdullah bin Zayed" and "... Al Nahyan"
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


def _person_keys(tokens: Sequence[str]) -> list[tuple]:
    """The keys a person's full name is filed under in an index of names: its first and last
    word, the whole name, and each head of it that a patronymic or a family name follows ("hamad bin
    saeed" of "hamad bin saeed bin rashid" and of "hamad bin saeed alnahyan")."""
    keys: list[tuple] = [("ends", tokens[0], tokens[-1]), ("full", *tokens)]
    keys.extend(("head", *tokens[:i]) for i in range(2, len(tokens)) if tokens[i] in PATRONYMIC)
    if family_name_after_chain(list(tokens[:-1]), list(tokens)):
        keys.append(("head", *tokens[:-1]))  # "abdullah bin zayed" of "abdullah bin zayed alnahyan"
    return keys


def _person_probes(tokens: Sequence[str]) -> list[tuple]:
    """The keys under which every full name `same_full_name` could match `tokens` is filed: the
    same first and last word, a longer name that a patronymic or a family name extends `tokens` into,
    or a shorter one `tokens` extends with a patronymic or a family name."""
    probes: list[tuple] = [("ends", tokens[0], tokens[-1]), ("head", *tokens)]
    probes.extend(("full", *tokens[:i]) for i in range(2, len(tokens)) if tokens[i] in PATRONYMIC)
    if family_name_after_chain(list(tokens[:-1]), list(tokens)):
        probes.append(("full", *tokens[:-1]))
    return probes


def _label_key(kind: EntityKind, label: str) -> tuple[EntityKind, str] | None:
    """The key a label identifies an entity by across items; None for a surname alone."""
    if kind == EntityKind.PERSON and len(name_key_tokens(label)) < 2:
        return None  # a surname alone identifies nobody across items
    return (kind, normalize_name(label))


class _NameIndex:
    """Entity ids filed under their label keys and, for people, under their full-name keys."""

    def __init__(self) -> None:
        self.by_label: dict[tuple[EntityKind, str], set[str]] = {}
        self.by_form: dict[tuple, set[str]] = {}

    def file(self, entity_id: str, kind: EntityKind, label: str) -> None:
        if (key := _label_key(kind, label)) is not None:
            self.by_label.setdefault(key, set()).add(entity_id)
        if kind == EntityKind.PERSON:
            for form in _person_forms([label]):
                for form_key in _person_keys(form):
                    self.by_form.setdefault(form_key, set()).add(entity_id)

    def unfile(self, entity_id: str, kind: EntityKind, label: str) -> None:
        keys = [(self.by_label, key)] if (key := _label_key(kind, label)) is not None else []
        if kind == EntityKind.PERSON:
            keys.extend((self.by_form, form_key) for form in _person_forms([label]) for form_key in _person_keys(form))
        for table, key in keys:
            ids = table.get(key)
            if ids is not None:
                ids.discard(entity_id)
                if not ids:
                    del table[key]

    def people_like(self, forms: Iterable[Sequence[str]]) -> set[str]:
        return {cid for form in forms for probe in _person_probes(form) for cid in self.by_form.get(probe, ())}


class KnownEntities:
    """The entities already stored, indexed by id, by normalised name or alias and by the keys of
    people's full names. Resolution looks a mention up by its keys, so resolving a batch costs the
    same with 50,000 known entities as with none. Build it once (e.g. per ingest run) and `update`
    it with what each stored batch adds or changes."""

    def __init__(self, entities: Iterable[ResolvedEntity] = ()) -> None:
        self._records: dict[str, ResolvedEntity] = {}
        self._index = _NameIndex()
        self.update(entities)

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._records

    def get(self, entity_id: str) -> ResolvedEntity | None:
        return self._records.get(entity_id)

    def update(self, entities: Iterable[ResolvedEntity]) -> None:
        """Add entities, or replace the known ones with the same id."""
        for entity in entities:
            if self._records.get(entity.id) == entity:
                continue  # known as it is (most entities of a batch): filed already
            self.discard([entity.id])
            self._records[entity.id] = entity
            for label in (entity.name, *entity.aliases):
                self._index.file(entity.id, entity.kind, label)

    def discard(self, entity_ids: Iterable[str]) -> None:
        for entity_id in entity_ids:
            entity = self._records.pop(entity_id, None)
            if entity is not None:
                for label in (entity.name, *entity.aliases):
                    self._index.unfile(entity.id, entity.kind, label)

    def owner(self, key: tuple[EntityKind, str]) -> str | None:
        """The known entity a label key names (the first by id when several share it)."""
        ids = self._index.by_label.get(key)
        return min(ids) if ids else None

    def people_like(self, forms: Iterable[Sequence[str]]) -> set[str]:
        """Known people some full name of whom may be one of `forms` (a superset: check with
        `same_full_name`)."""
        return self._index.people_like(forms)


class Registry:
    """Global entities built up item by item over the known ones. Known entities are read when a
    mention's keys find them, and copied into `clusters` only when a mention joins them."""

    def __init__(self, known: KnownEntities | Iterable[ResolvedEntity] = ()) -> None:
        self.known = known if isinstance(known, KnownEntities) else KnownEntities(known)
        self.clusters: dict[str, _Cluster] = {}
        self._by_label: dict[tuple[EntityKind, str], str] = {}  # labels no known entity has
        self._people = _NameIndex()  # people's names added in this registry

    def _stored(self, cid: str) -> _Cluster | None:
        """The cluster `cid`, as this registry has it or as it is known (not copied)."""
        if cid in self.clusters:
            return self.clusters[cid]
        entity = self.known.get(cid)
        if entity is None:
            return None
        cluster = _Cluster(entity.id, entity.kind, org_type=entity.org_type, parent=entity.parent,
                           country=entity.country, iso_code=entity.iso_code)
        for label in (entity.name, *entity.aliases):
            cluster.add(label)
        return cluster

    def _exists(self, cid: str) -> bool:
        return cid in self.clusters or cid in self.known

    def _index(self, cluster: _Cluster, label: str) -> None:
        if cluster.kind == EntityKind.PERSON:
            self._people.file(cluster.id, cluster.kind, label)
        key = _label_key(cluster.kind, label)
        if key is not None and self.known.owner(key) is None:
            self._by_label.setdefault(key, cluster.id)

    def _owner(self, key: tuple[EntityKind, str]) -> str | None:
        return self.known.owner(key) or self._by_label.get(key)

    def _new_id(self, kind: EntityKind, name: str) -> str:
        base = f"{kind.value}/{slugify(name) or 'unnamed'}"
        candidate, n = base, 2
        while self._exists(candidate):
            candidate = f"{base}-{n}"
            n += 1
        return candidate

    def _find(self, entity: Entity) -> str | None:
        if entity.kind == EntityKind.COUNTRY and entity.iso_code:
            cid = f"country/{entity.iso_code.lower()}"
            return cid if self._exists(cid) else None
        if entity.gazetteer_id:
            cid = f"organization/{slugify(entity.gazetteer_id)}"
            if self._exists(cid):
                return cid
        labels = (entity.name, *entity.aliases)
        for label in labels:
            if entity.kind != EntityKind.PERSON and _is_acronym(label):
                continue  # acronyms are ambiguous across publishers ("AL", "ECS")
            key = _label_key(entity.kind, label)
            if key is not None and (cid := self._owner(key)):
                return cid
        if entity.kind == EntityKind.PERSON:
            forms = _person_forms(labels)
            candidates = self.known.people_like(forms) | self._people.people_like(forms)
            matches = sorted(
                cid for cid in candidates if (cluster := self._stored(cid)) is not None
                and cluster.kind == EntityKind.PERSON
                and any(same_full_name(f, g) for f in forms for g in _person_forms(cluster.labels))
            )
            if len(matches) == 1:
                return matches[0]
        return None

    def _find_previous(self, entity: Entity, previous: Iterable[str]) -> str | None:
        """The entity of the item's stored version that carries one of this mention's labels."""
        keys = {normalize_name(label) for label in (entity.name, *entity.aliases)}
        for cid in sorted(previous):
            cluster = self._stored(cid)
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
        cluster = self.clusters.get(cid) or self._stored(cid)
        if cluster is None:
            cluster = _Cluster(cid, entity.kind, org_type=entity.org_type, iso_code=entity.iso_code)
        self.clusters[cid] = cluster
        for label in (entity.name, *entity.aliases):
            cluster.add(label)
            self._index(cluster, label)
        if cluster.org_type is None or cluster.org_type == OrgType.OTHER:
            cluster.org_type = entity.org_type or cluster.org_type
        return cid


def resolve(
    extractions: Sequence[Extraction],
    known: KnownEntities | Iterable[ResolvedEntity] = (),
    previous: Mapping[str, Iterable[str]] | None = None,
) -> list[Resolution]:
    """Global ids for the entities of `extractions` (in order), merged with `known` ones (`known`
    is read, not changed). `previous` maps an item id to the entity ids its stored version names."""
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
    extractions, mappings = sides_from_batch(extractions, mappings)
    return [
        Resolution(extraction=extraction, ids=dict(ids),
                   entities=tuple(registry.clusters[cid].entity() for cid in sorted(set(ids.values()))))
        for extraction, ids in zip(extractions, mappings)
    ]


def sides_from_batch(extractions: Sequence[Extraction], mappings: Sequence[Mapping[str, str]]
                     ) -> tuple[list[Extraction], list[dict[str, str]]]:
    """A person taking part in an event of an item that says nothing of whom they act for ("A met the
    Secretary-General of X, B" with no post of A) acts for the institution of the post another item
    of the batch states for the same (resolved) person ("X's Minister of Foreign Affairs, A, said"),
    when the batch's other items state posts of that person in one institution only, and nobody on
    the other side of the event acts for it. The institution and those that answer for it (a
    ministry's state) join the item's entities (the returned mappings give their ids); the
    participation records the item the post was read from (`inferred_from`)."""
    mappings = [dict(ids) for ids in mappings]
    lexicon = load_lexicon()
    stated: dict[str, dict[tuple[str, ...], tuple[int, tuple[Entity, ...]]]] = {}  # person id -> chain of ids -> (item, entities)
    for index, (extraction, ids) in enumerate(zip(extractions, mappings)):
        entities = {entity.key: entity for entity in extraction.entities}
        for post in extraction.posts:
            if post.evidence.confidence < STATED_CONFIDENCE or post.organization not in entities or post.person not in ids:
                continue
            chain = tuple(key for key in answering(entities, post.organization, lexicon) if key in ids)
            stated.setdefault(ids[post.person], {}).setdefault(tuple(ids[key] for key in chain), (index, tuple(entities[k] for k in chain)))
    if not stated:
        return list(extractions), mappings
    completed = []
    for index, (extraction, ids) in enumerate(zip(extractions, mappings)):
        kinds = {entity.key: entity.kind for entity in extraction.entities}
        entities = list(extraction.entities)
        events = []
        for event in extraction.events:
            participations = list(event.participations)
            for position, participation in enumerate(participations):
                if participation.on_behalf_of or kinds.get(participation.agent) != EntityKind.PERSON:
                    continue
                elsewhere = {chain: found for chain, found in stated.get(ids.get(participation.agent, ""), {}).items() if found[0] != index}
                if len({chain[0] for chain in elsewhere}) != 1:
                    continue  # no post elsewhere, or posts in two institutions: the batch does not say which
                chain, (source, found) = min(elsewhere.items(), key=lambda pair: (pair[1][0], len(pair[0])))
                others = {ids[key] for other in participations if _opposed(event, participation, other, participations)
                          for key in other.on_behalf_of if key in ids}
                if others & set(chain):
                    continue  # the other side acts for it: the post is not what the person does here
                keys = []
                for cid, entity in zip(chain, found):
                    key = next((k for k, v in ids.items() if v == cid), None)
                    if key is None:
                        key = f"b{len(ids) + 1}"
                        while key in kinds:
                            key += "b"
                        entities.append(replace(entity, key=key, parent=None, country=None))
                        kinds[key] = entity.kind
                        ids[key] = cid
                    keys.append(key)
                participations[position] = replace(participation, on_behalf_of=tuple(keys),
                                                   inferred_from=extractions[source].item.id)
            events.append(replace(event, participations=tuple(participations)))
        completed.append(replace(extraction, entities=tuple(entities), events=tuple(events)))
    return completed, mappings


def _opposed(event: Event, one: Participation, other: Participation, participations: list[Participation]) -> bool:
    """Two participants on different sides: a host and a guest, or the two of an event of two."""
    if other is one:
        return False
    roles = {one.role, other.role}
    return roles == {Role.HOST, Role.GUEST} or (len(participations) == 2 and not roles & {Role.HOST, Role.GUEST})
