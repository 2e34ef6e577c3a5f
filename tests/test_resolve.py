"""Resolution across items: stable ids, conservative merging, every alias kept."""

from __future__ import annotations

from dataclasses import replace

from icgraph.build import item_triples
from icgraph.config import DEFAULT_BASE
from icgraph.iri import entity_iri, item_iri
from icgraph.model import (Entity, EntityKind, Event, EventKind, Evidence, Extraction, NewsItem, OrgType, Participation, Post,
                           ResolvedEntity)
from icgraph.resolve import resolve, same_full_name
from icgraph.vocab import IC, PROV


def item(n: int, *entities: Entity) -> Extraction:
    return Extraction(item=NewsItem(id=f"item-{n}", text="..."), entities=entities)


def person(key: str, name: str, *aliases: str) -> Entity:
    return Entity(key=key, kind=EntityKind.PERSON, name=name, aliases=aliases)


def ids_of(resolutions) -> list[dict[str, str]]:
    return [r.ids for r in resolutions]


def test_ids_by_kind_country_code_and_gazetteer_id():
    ex = item(1, Entity("e1", EntityKind.COUNTRY, "Morocco", ("Kingdom of Morocco",), iso_code="MAR"),
              Entity("e2", EntityKind.ORGANIZATION, "World Health Organization", ("WHO",),
                     org_type=OrgType.INTERGOVERNMENTAL, gazetteer_id="who"),
              Entity("e3", EntityKind.PLACE, "Addis Ababa"),
              person("e4", "Ngozi Adeyemi"))
    (res,) = resolve([ex])
    assert res.ids == {"e1": "country/mar", "e2": "organization/who", "e3": "place/addis-ababa",
                       "e4": "person/ngozi-adeyemi"}


def test_name_variants_of_one_person_merge_across_items_with_all_aliases():
    resolutions = resolve([
        item(1, person("e1", "Karim Al-Haddad", "Al-Haddad")),
        item(2, person("e1", "Karim M. AlHaddad")),
        item(3, person("e7", "Karim Al Haddad")),
    ])
    ids = {r.ids[k] for r in resolutions for k in r.ids}
    assert ids == {"person/karim-al-haddad"}
    merged = resolutions[-1].entities[0]
    assert merged.name == "Karim M. AlHaddad"  # the longest full form
    assert {"Karim Al-Haddad", "Al-Haddad", "Karim Al Haddad"} <= set(merged.aliases)


def test_different_first_names_and_bare_surnames_never_merge():
    resolutions = resolve([
        item(1, person("e1", "Lars Eriksson")),
        item(2, person("e1", "Karin Eriksson")),
        item(3, person("e1", "Eriksson")),
    ])
    ids = [r.ids["e1"] for r in resolutions]
    assert len(set(ids)) == 3


def test_organizations_merge_on_a_shared_name_not_on_a_bare_acronym():
    resolutions = resolve([
        item(1, Entity("e1", EntityKind.ORGANIZATION, "Energy Charter Secretariat", ("ECS",))),
        item(2, Entity("e2", EntityKind.ORGANIZATION, "Energy Charter Secretariat")),
        item(3, Entity("e3", EntityKind.ORGANIZATION, "Estonian Chess Society", ("ECS",))),
    ])
    first, second, third = (r.ids[k] for r, k in zip(resolutions, ("e1", "e2", "e3")))
    assert first == second
    assert third != first


def test_known_entities_keep_their_ids():
    known = [ResolvedEntity(id="person/k-haddad-2019", kind=EntityKind.PERSON, name="Karim Al-Haddad")]
    (res,) = resolve([item(1, person("e1", "Karim AlHaddad"))], known)
    assert res.ids["e1"] == "person/k-haddad-2019"


def test_same_input_same_ids_and_parents_mapped():
    def extraction():
        return item(1, Entity("e1", EntityKind.ORGANIZATION, "Nordic Heritage Board", org_type=OrgType.OTHER),
                    Entity("e2", EntityKind.ORGANIZATION, "Nordic Heritage Board Archive Unit",
                           org_type=OrgType.UNIT, parent="e1"))
    first, second = resolve([extraction()]), resolve([extraction()])
    assert first[0].ids == second[0].ids
    unit = next(e for e in first[0].entities if e.org_type == OrgType.UNIT)
    assert unit.parent == first[0].ids["e1"]


def test_full_name_compatibility():
    assert same_full_name(["salim", "m", "almalik"], ["salim", "almalik"])
    assert same_full_name(["salim", "m", "almalik"], ["salim", "mohammed", "almalik"])
    assert not same_full_name(["aydin", "karimov"], ["anar", "karimov"])
    assert not same_full_name(["karimov"], ["anar", "karimov"])


def test_a_patronymic_chain_shortened_is_the_same_person():
    assert same_full_name(["yousef", "bin", "alawi"], ["yousef", "bin", "alawi", "bin", "abdullah"])
    resolutions = resolve([item(1, person("e1", "Faisal bin Salman bin Nasser")),
                           item(2, person("e1", "Faisal bin Salman"))])
    assert resolutions[0].ids["e1"] == resolutions[1].ids["e1"]


def test_a_patronymic_chain_without_its_family_name_is_the_same_person():
    """ "Abdullah bin Zayed" for "Abdullah bin Zayed Al Nahyan": a chain of given names joined by "bin"
    names the person whose full name adds the family name opening with "Al"; two family names after one
    chain stay two people."""
    assert same_full_name(["abdullah", "bin", "zayed"], ["abdullah", "bin", "zayed", "alnahyan"])
    assert not same_full_name(["abdullah", "zayed"], ["abdullah", "zayed", "alnahyan"])
    resolutions = resolve([item(1, person("e1", "Mohammed bin Rashid Al Maktoum")),
                           item(2, person("e1", "Mohammed bin Rashid"))])
    assert resolutions[0].ids["e1"] == resolutions[1].ids["e1"]
    resolutions = resolve([item(1, person("e1", "Khalid bin Ahmed")),
                           item(2, person("e1", "Khalid bin Ahmed Al Khalifa"))])
    assert resolutions[0].ids["e1"] == resolutions[1].ids["e1"]
    resolutions = resolve([item(1, person("e1", "Hamad bin Khalifa Al Thani"), person("e2", "Hamad bin Khalifa Al Attiyah"))])
    assert resolutions[0].ids["e1"] != resolutions[0].ids["e2"]


def _stated(extraction: Extraction, person_key: str, organization_key: str, role: str, confidence: float = 0.8) -> Extraction:
    post = Post(person_key, role, organization_key, Evidence("...", 0, 3, confidence))
    return replace(extraction, posts=(*extraction.posts, post))


def _meeting(extraction: Extraction, *participations) -> Extraction:
    return replace(extraction, events=(Event("v1", EventKind.MEETING, tuple(participations), Evidence("...", 0, 3)),))


def _acting(resolution, agent_key: str) -> tuple[tuple[str, ...], str | None]:
    (event,) = resolution.extraction.events
    (participation,) = [p for p in event.participations if p.agent == agent_key]
    return tuple(resolution.ids[key] for key in participation.on_behalf_of), participation.inferred_from


def test_a_side_the_item_does_not_state_comes_from_the_persons_post_in_another_item():
    ministry = Entity("e2", EntityKind.ORGANIZATION, "Ministry of Foreign Affairs of Rwanda", org_type=OrgType.GOVERNMENT, country="e3")
    rwanda = Entity("e3", EntityKind.COUNTRY, "Rwanda", iso_code="RWA")
    stating = _stated(item(1, person("e1", "Olivier Nduwayezu"), ministry, rwanda), "e1", "e2", "Minister of Foreign Affairs")
    commonwealth = Entity("e3", EntityKind.ORGANIZATION, "Commonwealth of Nations", org_type=OrgType.INTERGOVERNMENTAL)
    meeting = _meeting(item(2, person("e1", "Olivier Nduwayezu"), person("e2", "Shirley Boateng"), commonwealth),
                       Participation("e1"), Participation("e2", on_behalf_of=("e3",)))
    _, resolved = resolve([stating, meeting])
    parties, source = _acting(resolved, "e1")
    assert parties == ("organization/ministry-of-foreign-affairs-of-rwanda", "country/rwa")  # the ministry and its state
    assert source == "item-1"
    assert {"organization/ministry-of-foreign-affairs-of-rwanda", "country/rwa"} <= {e.id for e in resolved.entities}
    assert _acting(resolved, "e2") == (("organization/commonwealth-of-nations",), None)  # stated in the item: unchanged


def test_no_side_from_the_batch_when_its_posts_disagree_or_the_other_side_holds_it():
    ghana = Entity("e2", EntityKind.COUNTRY, "Ghana", iso_code="GHA")
    un = Entity("e3", EntityKind.ORGANIZATION, "United Nations", org_type=OrgType.INTERGOVERNMENTAL)
    two_posts = [_stated(item(1, person("e1", "Ama Owusu"), ghana), "e1", "e2", "Minister of Finance"),
                 _stated(item(2, person("e1", "Ama Owusu"), un), "e1", "e3", "Special Adviser")]
    meeting = _meeting(item(3, person("e1", "Ama Owusu"), person("e2", "Kofi Adu")), Participation("e1"), Participation("e2"))
    assert _acting(resolve([*two_posts, meeting])[-1], "e1") == ((), None)  # Ghana or the UN: the batch does not say

    inferred = _stated(item(4, person("e1", "Ama Owusu"), ghana), "e1", "e2", "Minister", confidence=0.5)
    assert _acting(resolve([inferred, meeting])[-1], "e1") == ((), None)  # a post extraction inferred states nothing

    host = _meeting(item(5, person("e1", "Ama Owusu"), person("e2", "Kofi Adu"), Entity("e3", EntityKind.COUNTRY, "Ghana", iso_code="GHA")),
                    Participation("e1"), Participation("e2", on_behalf_of=("e3",)))
    assert _acting(resolve([two_posts[0], host])[-1], "e1") == ((), None)  # the other side acts for Ghana


def test_the_inferred_side_is_recorded_with_the_item_it_comes_from():
    ghana = Entity("e2", EntityKind.COUNTRY, "Ghana", iso_code="GHA")
    stating = _stated(item(1, person("e1", "Ama Owusu"), ghana), "e1", "e2", "Minister of Finance")
    meeting = _meeting(item(2, person("e1", "Ama Owusu"), person("e2", "Kofi Adu")), Participation("e1"), Participation("e2"))
    resolved = resolve([stating, meeting])[-1]
    triples = item_triples(resolved, DEFAULT_BASE)
    (node,) = {s for s, p, o in triples if p == IC.agent and o == entity_iri("person/ama-owusu")}
    assert (node, IC.onBehalfOf, entity_iri("country/gha")) in triples
    assert (node, PROV.wasDerivedFrom, item_iri("item-1")) in triples
