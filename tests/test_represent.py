"""Whom each participant represents (extract/represent.py), the qualified participation in the
graph, organization-level answers of the saved queries, and parameters given by name."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from icgraph import network
from icgraph.cli import cli
from icgraph.errors import AmbiguousNameError, InputError, QueryError
from icgraph.evaluate import run_evaluation
from icgraph.extract.gazetteer import default_gazetteer
from icgraph.extract.lexicon import load_lexicon
from icgraph.extract.represent import CHAMBERS_FILE, CLAUSE_END, SENTENCE_END, load_national_chambers, represent
from icgraph.model import Entity, EntityKind, Event, EventKind, Evidence, Extraction, NewsItem, OrgType, Participation, Post, Role
from icgraph.pipeline import ingest
from icgraph.query import resolve_name, run_query, saved_queries
from icgraph.store import open_store
from icgraph.textnorm import folded

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "corpus" / "000_9d4d6b1e05b12518.txt"
IC = "https://w3id.org/icgraph/id/"


def person(key: str, name: str) -> Entity:
    return Entity(key, EntityKind.PERSON, name)


def whole(text: str) -> Evidence:
    return Evidence(text, 0, len(text))


def parties(text: str, entities: list[Entity], posts: tuple[Post, ...] = (), publisher: str | None = None) -> dict[str, str | None]:
    """Each participant's name -> the names of whom they act for ("A + B"), for one meeting of everyone named."""
    participations = tuple(Participation(e.key, Role.PARTICIPANT) for e in entities if e.kind == EntityKind.PERSON)
    extraction = Extraction(
        item=NewsItem("x", text, publisher=publisher), entities=tuple(entities), posts=posts,
        events=(Event("v1", EventKind.MEETING, participations, whole(text)),),
    )
    result = represent(extraction, default_gazetteer(), load_lexicon())
    names = {entity.key: entity.name for entity in result.entities}
    return {names[p.agent]: " + ".join(names[k] for k in p.on_behalf_of) or None for p in result.events[0].participations}


def test_a_post_stated_in_the_item_says_whom_a_person_represents():
    text = "Idris Benali, Director-General of ICESCO, met Hamadi Ould Sidi, Director-General of ALECSO."
    icesco = Entity("o1", EntityKind.ORGANIZATION, "ICESCO", org_type=OrgType.INTERGOVERNMENTAL)
    alecso = Entity("o2", EntityKind.ORGANIZATION, "ALECSO", org_type=OrgType.INTERGOVERNMENTAL)
    posts = (Post("p1", "Director-General", "o1", whole(text)), Post("p2", "Director-General", "o2", whole(text)))
    assert parties(text, [person("p1", "Idris Benali"), person("p2", "Hamadi Ould Sidi"), icesco, alecso], posts) == {
        "Idris Benali": "ICESCO", "Hamadi Ould Sidi": "ALECSO"}


def test_a_ministry_is_lifted_to_its_state_and_a_unit_to_its_organization():
    text = "Elnur Rahimov, Minister of Culture of Azerbaijan, met Farid Rahimov of the ICESCO Culture Sector."
    azerbaijan = Entity("c1", EntityKind.COUNTRY, "Azerbaijan", iso_code="AZE")
    ministry = Entity("o1", EntityKind.ORGANIZATION, "Ministry of Culture", org_type=OrgType.GOVERNMENT, country="c1")
    icesco = Entity("o2", EntityKind.ORGANIZATION, "ICESCO", org_type=OrgType.INTERGOVERNMENTAL)
    sector = Entity("o3", EntityKind.ORGANIZATION, "ICESCO Culture Sector", org_type=OrgType.UNIT, parent="o2")
    posts = (Post("p1", "Minister of Culture", "o1", whole(text)), Post("p2", "Director", "o3", whole(text)))
    found = parties(text, [person("p1", "Elnur Rahimov"), person("p2", "Farid Rahimov"), azerbaijan, ministry, icesco, sector], posts)
    assert found == {"Elnur Rahimov": "Ministry of Culture + Azerbaijan", "Farid Rahimov": "ICESCO Culture Sector + ICESCO"}


def test_a_party_named_after_its_state_is_not_the_states_body_but_a_whole_government_is_the_state():
    text = ("Thabo Mokoena, Secretary-General of the ANC, met Wang Lei of the Communist Party of China. "
            "On behalf of the Government of Nigeria, Aisha Bello met them.")
    anc = Entity("o1", EntityKind.ORGANIZATION, "ANC", org_type=OrgType.OTHER)
    cpc = Entity("o2", EntityKind.ORGANIZATION, "Communist Party of China", org_type=OrgType.OTHER)
    china = Entity("c1", EntityKind.COUNTRY, "China", iso_code="CHN")
    nigeria = Entity("c2", EntityKind.COUNTRY, "Nigeria", iso_code="NGA")
    government = Entity("o3", EntityKind.ORGANIZATION, "Government of Nigeria", org_type=OrgType.GOVERNMENT, country="c2")
    posts = (Post("p1", "Secretary-General", "o1", whole(text)), Post("p2", "official", "o2", whole(text)))
    found = parties(text, [person("p1", "Thabo Mokoena"), person("p2", "Wang Lei"), person("p3", "Aisha Bello"),
                           anc, cpc, china, nigeria, government], posts)
    assert found == {"Thabo Mokoena": "ANC", "Wang Lei": "Communist Party of China", "Aisha Bello": "Nigeria"}


def test_a_body_named_in_short_is_the_state_body_the_item_names_in_full_and_on_behalf_of_the_people_of_x_is_x():
    text = ("A delegation from the State Audit Council of the Republic of Ghana visited Leyla Aksoy. It included "
            "Kwame Asare, Board Member of the State Audit Council. Mr Raza Khan spoke on behalf of the government and "
            "people of Pakistan.")
    ghana = Entity("c1", EntityKind.COUNTRY, "Ghana", aliases=("Republic of Ghana",), iso_code="GHA")
    pakistan = Entity("c2", EntityKind.COUNTRY, "Pakistan", iso_code="PAK")
    full = Entity("o1", EntityKind.ORGANIZATION, "State Audit Council of the Republic of Ghana", org_type=OrgType.GOVERNMENT, country="c1")
    short = Entity("o2", EntityKind.ORGANIZATION, "State Audit Council", org_type=OrgType.OTHER)
    posts = (Post("p2", "Board Member", "o2", whole(text)),)
    found = parties(text, [person("p1", "Leyla Aksoy"), person("p2", "Kwame Asare"), person("p3", "Raza Khan"),
                           ghana, pakistan, full, short], posts)
    assert found == {"Leyla Aksoy": None, "Kwame Asare": "State Audit Council + Ghana", "Raza Khan": "Pakistan"}


def test_the_second_portfolio_of_a_ministers_title_is_not_a_body_of_its_own():
    text = ("Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation of Cambodia, "
            "Sok Vanna, received Lim Wei Jie, Secretary-General of ASEAN.")
    cambodia = Entity("c1", EntityKind.COUNTRY, "Cambodia", iso_code="KHM")
    fragment = Entity("o1", EntityKind.ORGANIZATION, "International Cooperation of Cambodia", org_type=OrgType.GOVERNMENT, country="c1")
    asean = Entity("o2", EntityKind.ORGANIZATION, "ASEAN", org_type=OrgType.INTERGOVERNMENTAL)
    posts = (Post("p1", "Minister of Foreign Affairs", "o1", whole(text)), Post("p2", "Secretary-General", "o2", whole(text)))
    found = parties(text, [person("p1", "Sok Vanna"), person("p2", "Lim Wei Jie"), cambodia, fragment, asean], posts)
    assert found == {"Sok Vanna": "Cambodia", "Lim Wei Jie": "ASEAN"}


def test_of_posts_in_an_organization_and_a_body_of_its_system_the_body_wins():
    text = "Idris Benali met Youssef El Khatib, UN Assistant Secretary-General and UNDP Regional Director for Arab States."
    un = Entity("o1", EntityKind.ORGANIZATION, "UN", org_type=OrgType.INTERGOVERNMENTAL)
    undp = Entity("o2", EntityKind.ORGANIZATION, "UNDP", org_type=OrgType.INTERGOVERNMENTAL, parent="o1")
    posts = (Post("p2", "Assistant Secretary-General", "o1", whole(text)), Post("p2", "Regional Director", "o2", whole(text)))
    assert parties(text, [person("p1", "Idris Benali"), person("p2", "Youssef El Khatib"), un, undp], posts)["Youssef El Khatib"] == "UNDP"


def test_on_behalf_of_and_a_delegation_name_whom_a_person_acts_for():
    text = ("Amina Diallo received the Omani delegation led by Badr Albusaidi. "
            "Jean Martin, on behalf of the African Union, thanked them.")
    oman = Entity("c1", EntityKind.COUNTRY, "Oman", iso_code="OMN")
    au = Entity("o1", EntityKind.ORGANIZATION, "African Union", org_type=OrgType.INTERGOVERNMENTAL)
    found = parties(text, [person("p1", "Amina Diallo"), person("p2", "Badr Albusaidi"), person("p3", "Jean Martin"), oman, au])
    assert found == {"Amina Diallo": None, "Badr Albusaidi": "Oman", "Jean Martin": "African Union"}


def test_a_phrase_written_in_capitals_names_whom_a_person_acts_for_whatever_its_letters():
    # the case-insensitive phrase patterns match a dotted capital I and a dotless i as "i": the text is
    # not passed over as holding no phrase
    au = Entity("o1", EntityKind.ORGANIZATION, "African Union", org_type=OrgType.INTERGOVERNMENTAL)
    for written in ("REPRESENTING", "REPRESENTİNG", "representıng"):
        text = f"Amina Diallo met Jean Martin, {written} the African Union, in Addis Ababa."
        assert parties(text, [person("p1", "Amina Diallo"), person("p2", "Jean Martin"), au])["Jean Martin"] == \
            "African Union", written


def test_the_folded_text_has_each_letter_where_a_case_insensitive_pattern_sees_it():
    letters = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert len(folded(ch)) == 1, hex(code)
        if letters.fullmatch(ch):
            assert re.fullmatch(folded(ch), ch, re.IGNORECASE), hex(code)


def test_a_clause_ends_at_a_semicolon_or_a_sentences_stop_not_an_abbreviations():
    text = "H.E. Mr. Ali Bako met Dr. Ode Ma. He spoke; she left. Then U.S. aid came! Done? Yes;no. Mrs. Oba. Kaz. end"
    stops = [". Then", "! Done", "? Yes", ". Mrs"]
    assert [m.start() for m in SENTENCE_END.finditer(text)] == [text.index(stop) for stop in stops]
    assert [m.start() for m in CLAUSE_END.finditer(text)] == sorted(text.index(stop) for stop in stops + ["; she"])
    assert [m.start() for m in CLAUSE_END.finditer(text, text.index("Ma."), text.index("Then"))] == [
        text.index("; she"), text.index(". Then")]


def test_a_country_adjective_before_a_role_and_his_country():
    text = "The Saudi Minister of Culture, Badr Farhan, met Ana Lopez, who conveyed the greetings of her country, Spain."
    spain = Entity("c1", EntityKind.COUNTRY, "Spain", iso_code="ESP")
    found = parties(text, [person("p1", "Badr Farhan"), person("p2", "Ana Lopez"), spain])
    assert found["Badr Farhan"] == "Saudi Arabia"  # a country the item only names by adjective is added
    assert found["Ana Lopez"] == "Spain"


def test_an_organization_taking_part_in_its_own_name_acts_for_itself():
    text = "UNDP and ICESCO met in Rabat."
    undp = Entity("o1", EntityKind.ORGANIZATION, "UNDP", org_type=OrgType.INTERGOVERNMENTAL)
    icesco = Entity("o2", EntityKind.ORGANIZATION, "ICESCO", org_type=OrgType.INTERGOVERNMENTAL)
    extraction = Extraction(item=NewsItem("x", text), entities=(undp, icesco), events=(
        Event("v1", EventKind.MEETING, (Participation("o1"), Participation("o2")), whole(text)),))
    assert [p.on_behalf_of for p in represent(extraction, default_gazetteer(), load_lexicon()).events[0].participations] == [("o1",), ("o2",)]


def test_a_title_of_an_institution_before_the_name_and_a_possessive_state():
    text = ("The Director General of the Lake Authority, Mr. Omar Sall, and his counterpart from the River Office, "
            "Mr. Gift Banda, met the new Ambassador of Costa Rica accredited to Chile, Carlos Mora, and "
            "Botswana's Minister of International Affairs and Cooperation, Lemo Kwape.")
    lake = Entity("o1", EntityKind.ORGANIZATION, "Lake Authority", org_type=OrgType.INTERGOVERNMENTAL)
    river = Entity("o2", EntityKind.ORGANIZATION, "River Office", org_type=OrgType.INTERGOVERNMENTAL)
    people = [person("p1", "Omar Sall"), person("p2", "Gift Banda"), person("p3", "Carlos Mora"), person("p4", "Lemo Kwape")]
    found = parties(text, [*people, lake, river])
    assert found == {"Omar Sall": "Lake Authority", "Gift Banda": "River Office", "Carlos Mora": "Costa Rica", "Lemo Kwape": "Botswana"}


def test_an_untitled_government_title_is_the_publishers():
    text = "PM Tran Van An received Lena Holm. Minister Li Wei met her later."
    state = parties(text, [person("p1", "Pm Tran Van An"), person("p2", "Lena Holm")], publisher="Viet Nam Government Portal (example.vn)")
    assert state == {"Pm Tran Van An": "Vietnam", "Lena Holm": None}  # the parser ran the title into the name
    body = parties(text, [person("p1", "Li Wei")], publisher="Agency X / Ministry of Science and Technology of China (example.cn)")
    assert body == {"Li Wei": "Ministry of Science and Technology + China"}  # the body that publishes, and its state


def test_a_title_after_the_name_and_another_title_holders_representative():
    text = ("Yusuf Alawi, Minister Responsible for Foreign Affairs, met Ali Ghait. Mr. Ayd Karim, the President's "
            "Special Representative for the District, received Lena Holm. President Ilham Aziz sent greetings.")
    azerbaijan = Entity("c1", EntityKind.COUNTRY, "Azerbaijan", iso_code="AZE")
    posts = (Post("p4", "President", "c1", whole(text)),)
    people = [person("p1", "Yusuf Alawi"), person("p2", "Ali Ghait"), person("p3", "Ayd Karim"), person("p4", "Ilham Aziz")]
    found = parties(text, [*people, azerbaijan], posts, publisher="Press Releases (example.org), source: Oman News Agency")
    assert found == {"Yusuf Alawi": "Oman", "Ali Ghait": None, "Ayd Karim": "Azerbaijan", "Ilham Aziz": "Azerbaijan"}


def test_the_one_unplaced_participant_is_the_official_named_only_by_title():
    text = ("The Uzbek Foreign Minister Aziz Kamil had a telephone conversation with Sergei Lavin on Thursday. "
            "The official visit of the Russian Foreign Minister to Tashkent was postponed.")
    uzbekistan = Entity("c1", EntityKind.COUNTRY, "Uzbekistan", iso_code="UZB")
    posts = (Post("p1", "Foreign Minister", "c1", whole(text)),)
    found = parties(text, [person("p1", "Aziz Kamil"), person("p2", "Sergei Lavin"), uzbekistan], posts)
    assert found == {"Aziz Kamil": "Uzbekistan", "Sergei Lavin": "Russia"}


def test_a_body_a_ministers_title_names_with_its_state_after_it_is_that_states():
    text = "Dr Ana Tax called on the Minister of International Affairs and Cooperation for the Republic of Botswana, Dr. Naledi Sebego."
    body = Entity("o1", EntityKind.ORGANIZATION, "International Affairs and Cooperation", org_type=OrgType.OTHER)
    botswana = Entity("c1", EntityKind.COUNTRY, "Botswana", aliases=("Republic of Botswana",), iso_code="BWA")
    posts = (Post("p2", "Minister", "o1", whole(text)),)
    found = parties(text, [person("p1", "Ana Tax"), person("p2", "Naledi Sebego"), body, botswana], posts)
    assert found["Naledi Sebego"] == "International Affairs and Cooperation + Botswana"


def test_the_publishers_body_named_by_its_initials_and_officials_including():
    text = ("The dinner was led by Ana Cruz, joined by senior DFA officials, including Chief of Protocol Ariel Reyes "
            "and Coordinator Bea Santos. The ambassadors met them.")
    found = parties(text, [person("p1", "Ana Cruz"), person("p2", "Ariel Reyes"), person("p3", "Bea Santos")],
                    publisher="Department of Foreign Affairs of the Philippines (example.ph)")
    assert found == {"Ana Cruz": None, "Ariel Reyes": "Department of Foreign Affairs + Philippines",
                     "Bea Santos": "Department of Foreign Affairs + Philippines"}


def test_a_bare_delegation_is_the_visiting_organizations():
    text = ("The Bureau of the Lake Authority visited Peru from 8 to 12 May. "
            "The delegation to Peru included: Ana Ruiz, Counsellor of the Permanent Mission of Chile; Jon Berg, "
            "Second Secretary of the Permanent Mission of Norway.")
    lake = Entity("o1", EntityKind.ORGANIZATION, "Lake Authority", org_type=OrgType.INTERGOVERNMENTAL)
    participations = (Participation("p1"), Participation("p2"))
    extraction = Extraction(item=NewsItem("x", text), entities=(person("p1", "Ana Ruiz"), person("p2", "Jon Berg"), lake),
                            events=(Event("v1", EventKind.VISIT, participations, Evidence(text, 0, text.index(" The delegation"))),))
    assert [p.on_behalf_of for p in represent(extraction, default_gazetteer(), load_lexicon()).events[0].participations] == [("o1",), ("o1",)]


def test_of_several_posts_the_title_before_the_name_and_a_short_name_as_the_full_one():
    text = ("The President was welcomed by SADC Executive Secretary, His Excellency Tumelo Kgosietsile, Malawi's Minister of "
            "Foreign Affairs, Chikondi Banda. Prince Nasser bin Omran, Saudi Foreign Minister, spoke. Later Prince Nasser met Tom Lee.")
    sadc = Entity("o1", EntityKind.ORGANIZATION, "SADC", org_type=OrgType.INTERGOVERNMENTAL)
    malawi = Entity("c1", EntityKind.COUNTRY, "Malawi", iso_code="MWI")
    saudi = Entity("c2", EntityKind.COUNTRY, "Saudi Arabia", iso_code="SAU")
    posts = (Post("p1", "Minister of Foreign Affairs", "c1", whole(text)), Post("p1", "Executive Secretary", "o1", whole(text)),
             Post("p2", "Foreign Minister", "c2", whole(text)))
    people = [person("p1", "Tumelo Kgosietsile"), person("p3", "Nasser"), person("p4", "Tom Lee")]
    found = parties(text, [*people, person("p2", "Nasser bin Omran"), sadc, malawi, saudi], posts)
    assert found == {"Tumelo Kgosietsile": "SADC", "Nasser": "Saudi Arabia", "Tom Lee": None, "Nasser bin Omran": "Saudi Arabia"}


# ------------------------------------------------------------------------------ on the sample page


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory, nlp):
    with open_store(tmp_path_factory.mktemp("sample") / "store") as store:
        ingest([SAMPLE], store, nlp=nlp)
        yield store


def table(result) -> list[dict[str, str]]:
    return [{key: str(value) for key, value in row.items()} for row in result.rows]


def test_icesco_meetings_by_name_list_counterparts_and_the_people_through_whom(sample_store):
    rows = table(run_query(sample_store, "meetings-of", {"entity": "ICESCO"}))
    counterparts = {row.get("counterpartLabel") for row in rows if row.get("viaLabel") == "Salim M. AlMalik"}
    assert {"Arab League Educational, Cultural and Scientific Organization", "American University of Sharjah",
            "Suriname", "Austria"} <= counterparts
    by_iri = table(run_query(sample_store, "meetings-of", {"entity": f"{IC}organization/icesco"}))
    assert sorted(map(sorted, (r.items() for r in rows))) == sorted(map(sorted, (r.items() for r in by_iri)))


def test_who_met_whom_at_organization_level_pairs_institutions(sample_store):
    rows = table(run_query(sample_store, "who-met-whom", {"level": "organization"}))
    pairs = {frozenset((row["a"], row["b"])) for row in rows}
    assert frozenset((f"{IC}organization/icesco", f"{IC}organization/alecso")) in pairs
    assert all(row["a"] != row["b"] for row in rows)
    people = table(run_query(sample_store, "who-met-whom", {}))
    assert any("person/" in row["a"] for row in people) and not any("person/" in row["a"] or "person/" in row["b"] for row in rows)


def test_every_entity_parameter_accepts_a_name(sample_store):
    """Each IRI parameter that names an entity or event takes its label, alias or acronym as well."""
    names = {"entity": "ICESCO", "organization": "icesco", "party": "Islamic World Educational, Scientific and Cultural Organization",
             "agent": "Salim M. AlMalik", "person": "salim m almalik", "subject": "ICESCO"}
    iris = {"entity": "organization/icesco", "organization": "organization/icesco", "party": "organization/icesco",
            "agent": "person/salim-m-almalik", "person": "person/salim-m-almalik", "subject": "organization/icesco"}
    checked = answered = 0
    for name, query in saved_queries().items():
        for parameter in query.parameters:
            if parameter.type != "iri" or parameter.name not in names:
                continue
            by_name = table(run_query(sample_store, name, {parameter.name: names[parameter.name]}))
            by_iri = table(run_query(sample_store, name, {parameter.name: f"id/{iris[parameter.name]}"}))
            assert by_name == by_iri, (name, parameter.name)
            checked += 1
            answered += bool(by_name)
    assert checked >= 10 and answered >= 8
    event = table(run_query(sample_store, "who-met-whom", {}))[0]["event"]
    label = next(row["eventLabel"] for row in table(run_query(sample_store, "participations", {"event": event})))
    assert str(resolve_name(sample_store, label)) == event


TWO_AUS = """@prefix ic: <https://w3id.org/icgraph/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/icgraph/graph/entities> {
  <https://w3id.org/icgraph/id/organization/african-union> a org:Organization ;
      skos:prefLabel "African Union" ; skos:altLabel "AU" .
  <https://w3id.org/icgraph/id/organization/american-university> a org:Organization ;
      skos:prefLabel "American University" ; skos:altLabel "AU" .
  <https://w3id.org/icgraph/id/country/tur> a ic:Country , org:Organization ;
      skos:prefLabel "Türkiye" ; skos:altLabel "Turkey" ; skos:notation "TUR" .
}
"""


@pytest.fixture()
def two_aus(tmp_path):
    trig = tmp_path / "two.trig"
    trig.write_text(TWO_AUS, encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        store.load(trig)
    return tmp_path / "store"


def test_names_resolve_case_and_accent_insensitively_and_an_ambiguous_one_lists_the_candidates(two_aus):
    with open_store(two_aus) as store:
        assert str(resolve_name(store, "turkiye")) == f"{IC}country/tur"
        assert str(resolve_name(store, "TUR")) == f"{IC}country/tur"
        assert str(resolve_name(store, "african union")) == f"{IC}organization/african-union"
        with pytest.raises(AmbiguousNameError) as ambiguous:
            resolve_name(store, "AU")
        assert f"<{IC}organization/african-union>" in str(ambiguous.value)
        assert f"<{IC}organization/american-university>" in str(ambiguous.value)
        with pytest.raises(QueryError, match="no entity in the store is named 'Atlantis'"):
            resolve_name(store, "Atlantis")
    runner = CliRunner()
    env = {"ICGRAPH_STORE": str(two_aus)}
    result = runner.invoke(cli, ["query", "members-of", "-p", "organization=AU"], env=env)
    assert result.exit_code == 2, result.output
    assert "African Union <" in result.stderr and "American University <" in result.stderr
    result = runner.invoke(cli, ["query", "members-of", "-p", "organization=Atlantis"], env=env)
    assert result.exit_code == 2 and "no entity in the store is named 'Atlantis'" in result.stderr
    result = runner.invoke(cli, ["query", "who-met-whom", "-p", "level=country"], env=env)
    assert result.exit_code != 0 and "person, organization" in result.stderr


def test_organization_pairs_on_dev_news_reach_recall_0_8(nlp):
    report = run_evaluation(SHARED / "gold" / "dev-news.gold.json", [SHARED / "corpus" / "dev-news.jsonl"], nlp=nlp)
    assert report.figures()["organization-pairs-recall"] >= 0.8


def test_partners_timeline_and_agreements_answer_through_representatives(sample_store):
    partners = {row["partnerLabel"]: row for row in table(run_query(sample_store, "partners-of", {"organization": "ICESCO"}))}
    assert int(partners["Arab League Educational, Cultural and Scientific Organization"]["meetings"]) == 1
    assert int(partners["Suriname"]["meetings"]) == 1
    timeline = table(run_query(sample_store, "timeline", {"entity": "ICESCO"}))
    assert any(row.get("viaLabel") == "Salim M. AlMalik" and row["role"] == "host" for row in timeline)
    agreements = table(run_query(sample_store, "agreements-by", {"party": "ICESCO"}))
    assert {row.get("viaLabel") for row in agreements} == {"Salim M. AlMalik"}


def test_the_organization_network_and_the_query_name_the_same_meetings(sample_store):
    from icgraph.network import project

    graph = project(sample_store, level="organization", kinds=["met"])
    network_pairs = {frozenset(edge) for edge in graph.edges}
    query_pairs = {frozenset((row["a"], row["b"])) for row in table(run_query(sample_store, "who-met-whom", {"level": "organization"}))}
    assert network_pairs == query_pairs and len(query_pairs) >= 5


SIDES = """@prefix ic: <https://w3id.org/icgraph/ontology#> .
@prefix id: <https://w3id.org/icgraph/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix role: <https://w3id.org/icgraph/vocab/role/> .
<https://w3id.org/icgraph/graph/item/x> {
  <https://w3id.org/icgraph/id/event/e1> a ic:Meeting , ic:Event ;
      ic:participant id:person\\/h , id:person\\/g1 , id:person\\/g2 ;
      ic:host id:person\\/h ; ic:guest id:person\\/g1 , id:person\\/g2 ;
      ic:qualifiedParticipation id:event\\/e1\\/participation\\/h , id:event\\/e1\\/participation\\/g1 , id:event\\/e1\\/participation\\/g2 .
  id:event\\/e1\\/participation\\/h a ic:Participation ; ic:agent id:person\\/h ; ic:role role:host ; ic:onBehalfOf id:organization\\/x .
  id:person\\/h a ic:Person ; skos:prefLabel "H" . id:person\\/g1 a ic:Person ; skos:prefLabel "G1" . id:person\\/g2 a ic:Person ; skos:prefLabel "G2" .
  id:organization\\/x a org:Organization ; skos:prefLabel "X" .
  id:country\\/yyy a org:Organization ; skos:prefLabel "Yland" . id:country\\/zzz a org:Organization ; skos:prefLabel "Zland" .
  id:event\\/e1\\/participation\\/g1 a ic:Participation ; ic:agent id:person\\/g1 ; ic:role role:guest ; ic:onBehalfOf id:country\\/yyy .
  id:event\\/e1\\/participation\\/g2 a ic:Participation ; ic:agent id:person\\/g2 ; ic:role role:guest ; ic:onBehalfOf id:country\\/zzz .
  id:event\\/e1\\/encounter\\/g1-h a ic:Encounter ; ic:meeting <https://w3id.org/icgraph/id/event/e1> ; ic:first id:person\\/g1 ; ic:second id:person\\/h .
  id:event\\/e1\\/encounter\\/g2-h a ic:Encounter ; ic:meeting <https://w3id.org/icgraph/id/event/e1> ; ic:first id:person\\/g2 ; ic:second id:person\\/h .
}
"""


def test_institutions_pair_across_the_sides_of_a_meeting(tmp_path):
    """Two guests' states did not meet each other, whichever way the graph is asked (the guests
    share a role, not an ic:side)."""
    from icgraph.network import project

    trig = tmp_path / "sides.trig"
    trig.write_text(SIDES, encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        store.load(trig)
        rows = table(run_query(store, "who-met-whom", {"level": "organization"}))
        partners = {row["partnerLabel"] for row in table(run_query(store, "partners-of", {"organization": f"{IC}country/yyy"}))}
        counterparts = {row.get("counterpartLabel") for row in table(run_query(store, "meetings-of", {"entity": f"{IC}country/yyy"}))}
        network = {frozenset(edge) for edge in project(store, level="organization", kinds=["met"]).edges}
    pairs = {frozenset((row["a"].rsplit("/", 1)[1], row["b"].rsplit("/", 1)[1])) for row in rows}
    assert pairs == {frozenset(("x", "yyy")), frozenset(("x", "zzz"))}
    assert {frozenset(edge.rsplit("/", 1)[1] for edge in pair) for pair in network} == pairs
    assert partners == {"X"} and counterparts == {"X"}


COMMON = """@prefix ic: <https://w3id.org/icgraph/ontology#> .
@prefix id: <https://w3id.org/icgraph/id/> .
@prefix role: <https://w3id.org/icgraph/vocab/role/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/icgraph/graph/item/x> {
  id:person\\/m a ic:Person ; skos:prefLabel "Minister M" .
  id:person\\/c a ic:Person ; skos:prefLabel "Colleague C" .
  id:person\\/s a ic:Person ; skos:prefLabel "Secretary-General S" .
  id:organization\\/ministry a org:Organization ; skos:prefLabel "Ministry" .
  id:country\\/xxx a org:Organization ; skos:prefLabel "Xland" .
  id:organization\\/union a org:Organization ; skos:prefLabel "Union" .
  <https://w3id.org/icgraph/id/event/e1> a ic:Meeting , ic:Event ;
      ic:participant id:person\\/m , id:person\\/c , id:person\\/s ;
      ic:qualifiedParticipation id:event\\/e1\\/participation\\/m , id:event\\/e1\\/participation\\/c , id:event\\/e1\\/participation\\/s .
  id:event\\/e1\\/participation\\/m a ic:Participation ; ic:agent id:person\\/m ; ic:role role:participant ;
      ic:onBehalfOf id:organization\\/ministry , id:country\\/xxx .
  id:event\\/e1\\/participation\\/c a ic:Participation ; ic:agent id:person\\/c ; ic:role role:participant ; ic:onBehalfOf id:country\\/xxx .
  id:event\\/e1\\/participation\\/s a ic:Participation ; ic:agent id:person\\/s ; ic:role role:participant ; ic:onBehalfOf id:organization\\/union .
}
"""


def test_a_ministry_and_its_own_state_did_not_meet_in_the_query_nor_the_network(tmp_path):
    from icgraph.network import project

    trig = tmp_path / "common.trig"
    trig.write_text(COMMON, encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        store.load(trig)
        rows = table(run_query(store, "who-met-whom", {"level": "organization"}))
        partners = {row["partnerLabel"] for row in table(run_query(store, "partners-of", {"organization": f"{IC}country/xxx"}))}
        counterparts = {row.get("counterpartLabel") for row in table(run_query(store, "meetings-of", {"entity": f"{IC}country/xxx"}))}
        network = {frozenset(edge) for edge in project(store, level="organization").edges}
    pairs = {frozenset((row["a"].rsplit("/", 1)[1], row["b"].rsplit("/", 1)[1])) for row in rows}
    assert pairs == {frozenset(("ministry", "union")), frozenset(("xxx", "union"))}
    assert {frozenset(edge.rsplit("/", 1)[1] for edge in pair) for pair in network} == pairs
    assert partners == {"Union"} and counterparts == {"Union"}


ONE_SIDE = """@prefix ic: <https://w3id.org/icgraph/ontology#> .
@prefix id: <https://w3id.org/icgraph/id/> .
@prefix role: <https://w3id.org/icgraph/vocab/role/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/icgraph/graph/item/x> {
  id:person\\/s a ic:Person ; skos:prefLabel "Secretary-General S" .
  id:person\\/y a ic:Person ; skos:prefLabel "Minister Y" .
  id:person\\/z a ic:Person ; skos:prefLabel "Minister Z" .
  id:organization\\/union a org:Organization ; skos:prefLabel "Union" .
  id:country\\/yyy a org:Organization ; skos:prefLabel "Yland" .
  id:country\\/zzz a org:Organization ; skos:prefLabel "Zland" .
  <https://w3id.org/icgraph/id/event/e1> a ic:Meeting , ic:Event ;
      ic:participant id:person\\/s , id:person\\/y , id:person\\/z ;
      ic:qualifiedParticipation id:event\\/e1\\/participation\\/s , id:event\\/e1\\/participation\\/y , id:event\\/e1\\/participation\\/z .
  id:event\\/e1\\/participation\\/s a ic:Participation ; ic:agent id:person\\/s ; ic:role role:participant ; ic:side 1 ;
      ic:onBehalfOf id:organization\\/union .
  id:event\\/e1\\/participation\\/y a ic:Participation ; ic:agent id:person\\/y ; ic:role role:participant ; ic:side 2 ;
      ic:onBehalfOf id:country\\/yyy .
  id:event\\/e1\\/participation\\/z a ic:Participation ; ic:agent id:person\\/z ; ic:role role:participant ; ic:side 2 ;
      ic:onBehalfOf id:country\\/zzz .
  id:event\\/e1\\/encounter\\/s-y a ic:Encounter ; ic:meeting <https://w3id.org/icgraph/id/event/e1> ; ic:first id:person\\/s ; ic:second id:person\\/y .
  id:event\\/e1\\/encounter\\/s-z a ic:Encounter ; ic:meeting <https://w3id.org/icgraph/id/event/e1> ; ic:first id:person\\/s ; ic:second id:person\\/z .
}
"""


def test_institutions_of_people_on_one_side_did_not_meet_in_the_queries_nor_the_network(tmp_path):
    """ "S met Y and Z": the report puts Y and Z on one side (ic:side), so Yland and Zland did not meet
    each other, whichever way the graph is asked."""
    from icgraph.network import project

    trig = tmp_path / "one-side.trig"
    trig.write_text(ONE_SIDE, encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        store.load(trig)
        rows = table(run_query(store, "who-met-whom", {"level": "organization"}))
        partners = {row["partnerLabel"] for row in table(run_query(store, "partners-of", {"organization": f"{IC}country/yyy"}))}
        counterparts = {row.get("counterpartLabel") for row in table(run_query(store, "meetings-of", {"entity": f"{IC}country/yyy"}))}
        network = {frozenset(edge) for edge in project(store, level="organization", kinds=["met"]).edges}
    pairs = {frozenset((row["a"].rsplit("/", 1)[1], row["b"].rsplit("/", 1)[1])) for row in rows}
    assert pairs == {frozenset(("union", "yyy")), frozenset(("union", "zzz"))}
    assert {frozenset(edge.rsplit("/", 1)[1] for edge in pair) for pair in network} == pairs
    assert partners == {"Union"} and counterparts == {"Union"}


SHARED_SUBJECT = """@prefix ic: <https://w3id.org/icgraph/ontology#> .
@prefix id: <https://w3id.org/icgraph/id/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix role: <https://w3id.org/icgraph/vocab/role/> .
<https://w3id.org/icgraph/graph/item/x> {
  <https://w3id.org/icgraph/id/event/e1> a ic:Meeting , ic:Event ;
      ic:participant id:person\\/a , id:person\\/b , id:person\\/c ;
      ic:qualifiedParticipation id:event\\/e1\\/participation\\/a , id:event\\/e1\\/participation\\/b , id:event\\/e1\\/participation\\/c .
  id:event\\/e1\\/participation\\/a a ic:Participation ; ic:agent id:person\\/a ; ic:role role:participant ; ic:side 1 .
  id:event\\/e1\\/participation\\/b a ic:Participation ; ic:agent id:person\\/b ; ic:role role:participant ; ic:side 1 .
  id:event\\/e1\\/participation\\/c a ic:Participation ; ic:agent id:person\\/c ; ic:role role:participant ; ic:side 2 .
  id:person\\/a a ic:Person ; skos:prefLabel "A" . id:person\\/b a ic:Person ; skos:prefLabel "B" . id:person\\/c a ic:Person ; skos:prefLabel "C" .
  id:event\\/e1\\/encounter\\/a-b a ic:Encounter ; ic:meeting <https://w3id.org/icgraph/id/event/e1> ; ic:first id:person\\/a ; ic:second id:person\\/b .
  id:event\\/e1\\/encounter\\/a-c a ic:Encounter ; ic:meeting <https://w3id.org/icgraph/id/event/e1> ; ic:first id:person\\/a ; ic:second id:person\\/c .
  id:event\\/e1\\/encounter\\/b-c a ic:Encounter ; ic:meeting <https://w3id.org/icgraph/id/event/e1> ; ic:first id:person\\/b ; ic:second id:person\\/c .
}
"""


@pytest.mark.parametrize(("trig", "expected"), [
    (ONE_SIDE, {("s", "y"), ("s", "z")}),  # "S met Y and Z": Y and Z were met, not said to meet each other
    (SIDES, {("h", "g1"), ("h", "g2")}),  # "H received G1 and G2": two guests
    (SHARED_SUBJECT, {("a", "b"), ("a", "c"), ("b", "c")}),  # "A and B met C": a symmetric verb's subject may have met
])
def test_people_who_met_are_on_two_sides_or_share_the_subject_of_a_symmetric_verb(tmp_path, trig, expected):
    """who-met-whom, meetings-of of a person and the person network: people on one side did not
    meet each other (the network ties them as having taken part together)."""
    path = tmp_path / "people.trig"
    path.write_text(trig, encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        store.load(path)
        rows = table(run_query(store, "who-met-whom", {}))
        people = {name for pair in expected for name in pair}
        met = {(name, row["other"].rsplit("/", 1)[1]) for name in people
               for row in table(run_query(store, "meetings-of", {"entity": f"{IC}person/{name}"}))}
        ties = {frozenset(node.rsplit("/", 1)[1] for node in edge): kinds
                for *edge, kinds in network.project(store, level="person").edges(data="kinds")}
    pairs = {frozenset((row["a"].rsplit("/", 1)[1], row["b"].rsplit("/", 1)[1])) for row in rows}
    assert pairs == {frozenset(pair) for pair in expected}
    assert {frozenset(pair) for pair in met} == pairs  # each person's meetings name the same people
    assert {pair for pair, kinds in ties.items() if "met" in kinds} == pairs
    assert all(kinds == ["took-part-together"] for pair, kinds in ties.items() if pair not in pairs)


def test_a_state_is_asked_by_its_short_official_and_coded_names_on_dev_news_2(tmp_path, nlp):
    """Issue 10 item 3: "Korea", "Republic of Korea", "ROK" and "South Korea" name the one state the
    Yonhap item's minister acts for, through the labels the store gives it (the gazetteer's names of
    a state are its labels), so the CLI answers the same meetings whichever is typed and the
    entities query finds the state by any of them."""
    store_dir = tmp_path / "store"
    with open_store(store_dir) as store:
        ingest([SHARED / "corpus" / "dev-news-2.jsonl"], store, nlp=nlp, select=lambda item: item.id == "yonhap-001")
        aliases = {row.get("alias") and str(row["alias"]) for row in run_query(store, "entities", {"search": "Korea"}).rows
                   if str(row["entity"]) == f"{IC}country/kor"}
        assert {"Korea", "Republic of Korea", "ROK"} <= aliases
    runner = CliRunner()
    env = {"ICGRAPH_STORE": str(store_dir)}
    answers = []
    for name in ("Korea", "Republic of Korea", "ROK", "South Korea", "id/country/kor"):
        result = runner.invoke(cli, ["query", "meetings-of", "-p", f"entity={name}", "--format", "csv"], env=env)
        assert result.exit_code == 0, result.output
        answers.append(result.stdout)
    assert all(answer == answers[-1] for answer in answers) and "United States" in answers[-1]


@pytest.mark.parametrize("row", ["parliament\tDEU", "knesset\tXXX", "sejm"])
def test_a_national_chamber_is_a_chamber_phrase_of_a_known_state_or_fails_with_its_line(tmp_path, row):
    chambers = tmp_path / "national_chambers.tsv"
    chambers.write_text(CHAMBERS_FILE.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"national_chambers.tsv:\d+: expected a chamber"):
        load_national_chambers(chambers)
    assert load_national_chambers()["sejm"] == "POL"
