"""The gazetteers in data/ and their loader: lookups a news extractor relies on, and the
negatives that keep ordinary words from becoming countries or organizations."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from icgraph.config import DATA_DIR
from icgraph.errors import InputError
from icgraph.extract.gazetteer import Gazetteer, GazetteerError, acronym_key, default_gazetteer, load_government_seats, \
    name_key
from icgraph.extract.lexicon import load_foreign_org_heads, load_institution_event_nouns, load_organ_heads, load_own_body_heads
from icgraph.model import EntityKind, OrgType
from icgraph.textnorm import normalize_name


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


# --------------------------------------------------------------------------- countries

@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Morocco", "MAR"),
        ("Kingdom of Morocco", "MAR"),
        ("Moroccan", "MAR"),
        ("Moroccans", "MAR"),
        ("Republic of Chad", "TCD"),
        ("Chadian", "TCD"),
        ("Austrian", "AUT"),
        ("Republic of Korea", "KOR"),
        ("South Korea", "KOR"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("DPRK", "PRK"),
        ("North Korean", "PRK"),
        ("Russian Federation", "RUS"),
        ("Russian Federation’s", "RUS"),
        ("Russia", "RUS"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Republic of The Gambia", "GMB"),
        ("Republic of Gambia", "GMB"),
        ("the Gambia", "GMB"),
        ("Islamic Republic of Iran", "IRN"),
        ("Iranian", "IRN"),
        ("Kingdom of Saudi Arabia", "SAU"),
        ("KSA", "SAU"),
        ("Saudi", "SAU"),
        ("Sultanate of Oman", "OMN"),
        ("Omani", "OMN"),
        ("State of Palestine", "PSE"),
        ("Palestinian", "PSE"),
        ("United Arab Emirates", "ARE"),
        ("UAE", "ARE"),
        ("Emirati", "ARE"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("British", "GBR"),
        ("United States", "USA"),
        ("United States of America", "USA"),
        ("the United States of America", "USA"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("USA", "USA"),
        ("Ivory Coast", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("DR Congo", "COD"),
        ("Democratic Republic of the Congo", "COD"),
        ("Republic of the Congo", "COG"),
        ("Holy See", "VAT"),
        ("the Netherlands", "NLD"),
        ("Dutch", "NLD"),
        ("China's", "CHN"),
        ("Chinese", "CHN"),
        ("People's Republic of China", "CHN"),
        ("Republic of China", "TWN"),
        ("Azerbaijani", "AZE"),
        ("Azeri", "AZE"),
        ("Surinamese", "SUR"),
        ("Republic of Suriname", "SUR"),
        ("Cameroonian", "CMR"),
        ("Tunisian", "TUN"),
        ("Republic of Tunisia", "TUN"),
        ("Mauritanian", "MRT"),
        ("Islamic Republic of Mauritania", "MRT"),
        ("Egyptian", "EGY"),
        ("Arab Republic of Egypt", "EGY"),
        ("Bangladeshi", "BGD"),
        ("Malaysian", "MYS"),
        ("Kyrgyz", "KGZ"),
        ("Kyrgyz Republic", "KGZ"),
        ("Swaziland", "SWZ"),
        ("Eswatini", "SWZ"),
        ("Cape Verde", "CPV"),
        ("Burkinabe", "BFA"),
        ("Nigerien", "NER"),
        ("Nigerian", "NGA"),
        ("Bissau-Guinean", "GNB"),
        ("Guinean", "GIN"),
        ("Equatorial Guinean", "GNQ"),
        ("Sri Lankan", "LKA"),
        ("Filipino", "PHL"),
        ("the Philippines", "PHL"),
        ("Kosovo", "XKX"),
        ("Timor-Leste", "TLS"),
        ("East Timor", "TLS"),
        ("Myanmar", "MMR"),
        ("Burma", "MMR"),
        ("Viet Nam", "VNM"),
        ("Lao PDR", "LAO"),
        ("New Zealander", "NZL"),
        ("Swiss", "CHE"),
        ("Swiss Confederation", "CHE"),
        ("Hashemite Kingdom of Jordan", "JOR"),
        ("Kingdom of Jordan", "JOR"),
        ("Republic of Gabon", "GAB"),
        ("  MOROCCO ", "MAR"),
        ("(UAE)", "ARE"),
        ("“Kingdom of Bahrain”", "BHR"),
    ],
)
def test_country_names_official_names_aliases_and_demonyms(gazetteer, text, iso3):
    country = gazetteer.country(text)
    assert country is not None, text
    assert country.iso3 == iso3


@pytest.mark.parametrize(
    "text",
    [
        "us",  # the pronoun
        "uk",
        "Congo",  # either Congo: not guessed
        "Congolese",
        "Korea, Republic of",  # inverted reference-book forms are not how news writes
        "Republic",
        "Kingdom",
        "Republic of Vietnam",  # former South Vietnam
        "MAR",  # bare ISO codes are not names in running text
        "Moroccco",  # never fuzzy
        "Member States",
        "",
    ],
)
def test_country_lookup_is_exact_and_never_fuzzy(gazetteer, text):
    assert gazetteer.country(text) is None


def test_every_state_has_codes_and_most_have_a_demonym(gazetteer):
    countries = gazetteer.countries
    assert len(countries) >= 195
    assert len({c.iso3 for c in countries}) == len(countries)
    assert all(len(c.iso3) == 3 and len(c.iso2) == 2 for c in countries)
    without_demonym = {c.iso3 for c in countries if not c.demonyms}
    assert without_demonym <= {"COD", "COG", "DMA", "VAT"}  # shared or the same as a name ("Vatican")


def test_country_by_code_takes_alpha3_or_alpha2(gazetteer):
    assert gazetteer.country_by_code("MAR").name == "Morocco"
    assert gazetteer.country_by_code("mar").name == "Morocco"
    assert gazetteer.country_by_code("TD").iso3 == "TCD"
    assert gazetteer.country_by_code("XKX").name == "Kosovo"
    assert gazetteer.country_by_code("ZZZ") is None


# --------------------------------------------------------------------------- organizations

@pytest.mark.parametrize(
    ("text", "org_id"),
    [
        ("WHO", "who"),
        ("World Health Organization", "who"),
        ("World Health Organisation", "who"),
        ("WORLD HEALTH ORGANIZATION", "who"),
        ("ICESCO", "icesco"),
        ("ISESCO", "icesco"),
        ("Islamic Educational, Scientific and Cultural Organization", "icesco"),
        ("Islamic World Educational, Scientific and Cultural Organisation", "icesco"),
        ("ICESCO's", "icesco"),
        ("ALECSO", "alecso"),
        ("Arab League", "arab-league"),
        ("League of Arab States", "arab-league"),
        ("AL", "arab-league"),
        ("UN Children's Fund", "unicef"),
        ("United Nations Children’s Fund", "unicef"),
        ("UNICEF", "unicef"),
        ("IsDB", "isdb"),
        ("IDB", "isdb"),
        ("Islamic Development Bank Group", "isdb"),
        ("IDB Group", "isdb"),
        ("Organization of Islamic Cooperation", "oic"),
        ("Organisation of Islamic Co-operation", "oic"),
        ("the Organisation of Islamic Cooperation", "oic"),
        ("Muslim World League", "mwl"),
        ("MWL", "mwl"),
        ("Asian-African Legal Consultative Organization", "aalco"),
        ("Asian African Legal Consultative Organisation", "aalco"),
        ("Energy Charter Secretariat", "energy-charter-secretariat"),
        ("United Nations Educational, Scientific & Cultural Organization", "unesco"),
        ("United Nations Development Program", "undp"),
        ("U.N.", "un"),
        ("UN", "un"),
        ("AU Commission", "auc"),
        ("African Union Commission", "auc"),
        ("Arab Maghreb Union", "amu"),
        ("AMU", "amu"),
        ("WHO Regional Office for the Eastern Mediterranean", "who-emro"),
        ("EMRO", "who-emro"),
        ("World Health Assembly", "wha"),
        ("Food and Agriculture Organization of the United Nations", "fao"),
        ("International Labour Organization", "ilo"),
        ("International Labor Organization", "ilo"),
        ("UN Women", "un-women"),
        ("UN-Women", "un-women"),
        ("UN Security Council", "unsc"),
        ("Gulf Cooperation Council", "gcc"),
        ("Economic Community of West African States", "ecowas"),
        ("Shanghai Cooperation Organization", "sco"),
        ("Organization for Security and Cooperation in Europe", "osce"),
        ("Interpol", "interpol"),
        ("International Committee of the Red Cross", "icrc"),
        ("Organisation for Economic Co-operation and Development", "oecd"),
        ("IRENA", "irena"),
        ("G20", "g20"),
        ("G-20", "g20"),
        ("Arab Organization for Agricultural Development", "aoad"),
        ("Arab Parliament", "arab-parliament"),
        ("Arab Monetary Fund", "amf"),
        ("Saudi Press Agency", "spa"),
        ("U.N. Children's Fund", "unicef"),
        ("U.S. Agency for International Development", "usaid"),
        ("UNOWAS", "unowas"),
        ("UN Office for West Africa and the Sahel", "unowas"),
        ("MONUSCO", "monusco"),
        ("UN Mission in South Sudan", "unmiss"),
        ("UNSOM", "untmis"),
        ("UN Department of Peace Operations", "dpo"),
    ],
)
def test_organization_names_acronyms_and_variants(gazetteer, text, org_id):
    organization = gazetteer.organization(text)
    assert organization is not None, text
    assert organization.id == org_id


@pytest.mark.parametrize(
    "text",
    ["who", "Who", "un", "al", "Al", "Unesco Heritage", "Organization", "the Organization", "MoU", "Joint Efforts"],
)
def test_acronyms_are_case_sensitive_and_generic_words_unknown(gazetteer, text):
    assert gazetteer.organization(text) is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ministry of Labour", "ministry of labor"),  # plain words: case and British spelling aside
        ("the  Organisation of Islamic Cooperation ", "organization of islamic cooperation"),
        ("THE", ""),
        ("2030 Agenda", "2030 agenda"),
        ("Co-operation Council", "cooperation council"),
        ("Côte d'Ivoire", "cote divoire"),
        ("U.N. Women", "un women"),
        ("Kenya's", "kenya"),
        ("Trade & Industry", "trade and industry"),
        ("Mekong_Lancang", "mekong lancang"),
    ],
)
def test_names_are_looked_up_by_their_key(text, key):
    assert name_key(text) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [("UNESCO", "UNESCO"), ("Ghana", "Ghana"), ("U.N.", "UN"), (" WHO EMRO ", "WHO EMRO"), ("ECOWAS's", "ECOWAS")],
)
def test_acronyms_are_looked_up_by_their_case_sensitive_key(text, key):
    assert acronym_key(text) == key


def test_organizations_carry_type_and_parent(gazetteer):
    who = gazetteer.organization("WHO")
    assert who.org_type is OrgType.INTERGOVERNMENTAL
    assert who.parent == "un"
    assert gazetteer.organization_by_id(who.parent).name == "United Nations"
    assert gazetteer.organization("WHO EMRO").parent == "who"
    assert gazetteer.organization("AU Commission").parent == "au"
    assert gazetteer.organization("Muslim World League").org_type is OrgType.NGO
    assert gazetteer.organization_by_id("no-such-org") is None


def test_organization_gazetteer_is_broad(gazetteer):
    organizations = gazetteer.organizations
    assert len(organizations) >= 150
    un_system = {org.id for org in organizations if org.parent == "un"}
    assert {"undp", "unesco", "unicef", "who", "fao", "ilo", "imf", "world-bank", "unhcr", "unfpa", "un-women",
            "unep", "unido", "unctad", "iaea", "itu", "wipo", "unwto", "iom", "wfp", "unrwa", "ocha", "unga",
            "unsc"} <= un_system
    peace_operations_and_political_missions = {"unowas", "unoca", "unama", "unami", "unsmil", "unmiss", "monusco",
                                               "minusca", "unifil", "minurso", "untmis", "unsco"}
    assert peace_operations_and_political_missions <= un_system


# --------------------------------------------------------------------------- places

@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Rabat", "MAR"),
        ("Casablanca", "MAR"),
        ("Marrakech", "MAR"),
        ("Jeddah", "SAU"),
        ("Makkah", "SAU"),
        ("Mecca", "SAU"),
        ("Makkah Al-Mukarramah", "SAU"),
        ("Geneva", "CHE"),
        ("New York", "USA"),
        ("Washington", "USA"),
        ("Douala", "CMR"),
        ("Sousse", "TUN"),
        ("Sharjah", "ARE"),
        ("Baku", "AZE"),
        ("Nouakchott", "MRT"),
        ("N'Djamena", "TCD"),
        ("Addis Ababa", "ETH"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Hong Kong", "CHN"),
        ("Ulaanbaatar", "MNG"),
        ("Bogotá", "COL"),
        ("Bogota", "COL"),
        ("MOSCOW", "RUS"),
    ],
)
def test_places_tie_to_their_country(gazetteer, text, iso3):
    place = gazetteer.place(text)
    assert place is not None, text
    assert place.country_iso3 == iso3


def test_every_state_capital_is_a_place_unless_it_shares_the_state_name(gazetteer):
    countries_with_capital = {place.country_iso3 for place in gazetteer.places}
    missing = {c.iso3 for c in gazetteer.countries} - countries_with_capital
    # city-states whose capital carries the state's own name
    assert missing <= {"SGP", "MCO", "VAT", "SMR", "LUX", "DJI", "KWT"}


@pytest.mark.parametrize(("text", "capital"), [("Seoul", True), ("Warsaw", True), ("Busan", False), ("Geneva", False)])
def test_a_place_says_whether_it_is_its_state_capital(gazetteer, text, capital):
    assert gazetteer.place(text).capital is capital


def test_every_place_lies_in_a_known_state(gazetteer):
    assert len(gazetteer.places) >= 1000
    unknown = {p.country_iso3 for p in gazetteer.places if gazetteer.country_by_code(p.country_iso3) is None}
    assert unknown == set()


@pytest.mark.parametrize("text", ["Nice", "Reading", "Morocco", "Capital of Culture", ""])
def test_places_exclude_common_words_and_state_names(gazetteer, text):
    assert gazetteer.place(text) is None


# --------------------------------------------------------------------------- honorifics

@pytest.mark.parametrize(
    ("text", "canonical", "role"),
    [
        ("Dr", "Dr.", None),
        ("Dr.", "Dr.", None),
        ("DR.", "Dr.", None),
        ("H.E.", "H.E.", None),
        ("H.E", "H.E.", None),
        ("HE", "H.E.", None),
        ("H. E.", "H.E.", None),
        ("His Excellency", "His Excellency", None),
        ("Her Highness", "Her Highness", None),
        ("HRH", "H.R.H.", None),
        ("His Royal Highness", "His Royal Highness", None),
        ("Sheikha", "Sheikha", None),
        ("Dato'", "Dato", None),
        ("Tan Sri", "Tan Sri", None),
        ("Prof", "Prof.", None),
        ("Eng.", "Eng.", None),
        ("King", "King", "king"),
        ("Queen", "Queen", "queen"),
        ("Ambassador", "Ambassador", "ambassador"),
        ("President", "President", "president"),
        ("Emir", "Emir", "emir"),
        ("Crown Prince", "Crown Prince", "crown-prince"),
        ("Senator", "Senator", "senator"),
    ],
)
def test_honorifics_and_the_posts_they_imply(gazetteer, text, canonical, role):
    honorific = gazetteer.honorific(text)
    assert honorific is not None, text
    assert honorific.text == canonical
    assert honorific.role == role


@pytest.mark.parametrize("text", ["He", "he", "Hh", "Salim", "Director"])
def test_words_that_are_not_honorifics(gazetteer, text):
    assert gazetteer.honorific(text) is None


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Tan  Sri", "Tan Sri"),  # spacing
        (" His Excellency ", "His Excellency"),
        ("HIS ROYAL HIGHNESS", "His Royal Highness"),  # a capitalised heading
        ("HE", "H.E."),  # a short form, case-sensitive
    ],
)
def test_plain_words_are_honorifics_by_the_key_of_the_whole_text(gazetteer, text, canonical):
    """A text of plain words is passed over by its first word only when no honorific's key opens so."""
    honorific = gazetteer.honorific(text)
    assert honorific is not None and honorific.text == canonical


@pytest.mark.parametrize("text", ["of His Excellency", "Minister Tan Sri", "Jane Dr", "the"])
def test_plain_words_opening_with_no_honorific_are_none(gazetteer, text):
    assert gazetteer.honorific(text) is None


def test_every_name_and_acronym_of_the_index_is_found_however_spaced(gazetteer):
    """The lookups pass over a plain text whose first word opens no name: every name a table holds
    opens one, written with the spacing and the "the" of running text."""
    for country in gazetteer.countries:
        for text in (country.name, f"the  {country.name} "):
            assert gazetteer.country(text) == country, text
    for organization in gazetteer.organizations:
        assert gazetteer.organization(f"The {organization.name}") is not None, organization.name
        for acronym in organization.acronyms:
            assert gazetteer.organization(acronym) is not None, acronym
    for place in gazetteer.places:
        assert gazetteer.place(f" {place.name}") is not None, place.name


@pytest.mark.parametrize(
    ("name", "titles", "rest"),
    [
        ("H.E. Dr. Hamadi Ould Sidi", ["H.E.", "Dr."], "Hamadi Ould Sidi"),
        ("His Excellency Mr. Hassan Ali Djibrine", ["His Excellency", "Mr."], "Hassan Ali Djibrine"),
        ("HRH Princess Reema bint Bandar", ["H.R.H.", "Princess"], "Reema bint Bandar"),
        ("Dr.Amina Hassan", ["Dr."], "Amina Hassan"),
        ("Sheikh Dr. Khalid Al-Harbi", ["Sheikh", "Dr."], "Khalid Al-Harbi"),
        ("Lt. Gen. John Smith", ["Lt. Gen."], "John Smith"),
        ("He met", [], "He met"),
        ("Dr.", [], "Dr."),
        ("Mariam Saleh", [], "Mariam Saleh"),
    ],
)
def test_split_honorifics_strips_titles_before_a_name(gazetteer, name, titles, rest):
    found, remaining = gazetteer.split_honorifics(name)
    assert [h.text for h in found] == titles
    assert remaining == rest


def test_honorifics_are_ordered_longest_first(gazetteer):
    lengths = [len(h.text) for h in gazetteer.honorifics]
    assert lengths == sorted(lengths, reverse=True)
    assert {"Dr", "Dr.", "HE", "H.E."} <= {h.text for h in gazetteer.honorifics}


# --------------------------------------------------------------------------- roles

@pytest.mark.parametrize(
    ("a", "b", "whole", "loose"),
    [
        ("Foreign Minister", "Minister of Foreign Affairs", True, True),  # two terms of one role
        ("foreign minister", "Foreign Minister", True, True),  # the same words
        # a title qualified by its state names the role of a description of that state, but is no
        # whole term: a post's title must be one (posts), a headline's need not (headline)
        ("Belgian Foreign Minister", "Minister of Foreign Affairs of Belgium", False, True),
        ("Minister", "Minister for Labour", False, True),
        ("President", "Head of State", False, False),
    ],
)
def test_two_titles_name_one_role(gazetteer, a, b, whole, loose):
    assert gazetteer.same_role(a, b, whole_terms=True) is whole
    assert gazetteer.same_role(a, b, whole_terms=False) is loose


@pytest.mark.parametrize(
    ("text", "role_id", "governmental"),
    [
        ("Director General", "director-general", False),
        ("Director-General", "director-general", False),
        ("DG", "director-general", False),
        ("Deputy Director-General", "deputy-director-general", False),
        ("Assistant Secretary General", "assistant-secretary-general", False),
        ("Secretary-General", "secretary-general", False),
        ("Foreign Minister", "foreign-minister", True),
        ("acting Foreign Minister of Armenia", "foreign-minister", True),
        ("Minister of Higher Education and Scientific Research", "minister", True),
        ("Minister of State for Foreign Affairs", "minister-of-state", True),
        ("Deputy Minister", "deputy-minister", True),
        ("Prime Minister", "prime-minister", True),
        ("Ambassador of the Republic of Suriname to the Kingdom of Morocco", "ambassador", True),
        ("Permanent Representative to the OIC", "permanent-representative", True),
        ("Chargé d’Affaires", "charge-d-affaires", True),
        ("Consul General", "consul-general", True),
        ("Chairperson of the African Union Commission", "chair", False),
        ("Chairman", "chair", False),
        ("UNDP Administrator", "administrator", False),
        ("WHO Regional Director for the Eastern Mediterranean", "regional-director", False),
        ("UN Resident Coordinator", "resident-coordinator", False),
        ("Special Representative of the Secretary-General", "special-representative", False),
        ("State Councilor", "state-councilor", True),
        ("Deputy Emir of Makkah Region", "deputy-emir", True),
        ("Crown Prince", "crown-prince", True),
        ("First Lady", "first-lady", True),
        ("Chief Executive Officer", "ceo", False),
        ("CEO", "ceo", False),
        ("Executive Director", "executive-director", False),
        ("Rector of the University", "rector", False),
        ("Goodwill Ambassador", "goodwill-ambassador", False),
        ("Spokesperson", "spokesperson", False),
        ("the President's Special Representative for Youth", "special-representative", False),
        ("the Secretary-General’s Special Envoy", "special-envoy", False),
    ],
)
def test_roles_are_normalised(gazetteer, text, role_id, governmental):
    term = gazetteer.role(text)
    assert term is not None, text
    assert term.role_id == role_id
    assert term.governmental is governmental


@pytest.mark.parametrize("text", ["the delegation", "Joint Efforts", "dg", "ceo of nothing"])
def test_phrases_without_a_role(gazetteer, text):
    assert gazetteer.role(text) is None


def test_find_roles_reports_every_role_with_offsets(gazetteer):
    text = "Minister of Higher Education and Chairman of the National Commission"
    found = [(text[start:end], term.role_id) for start, end, term in gazetteer.find_roles(text)]
    assert found == [("Minister", "minister"), ("Chairman", "chair")]


def test_role_terms_are_ordered_longest_first(gazetteer):
    lengths = [len(t.text) for t in gazetteer.role_terms]
    assert lengths == sorted(lengths, reverse=True)


@pytest.mark.parametrize("use", ["secretariat", "shared"])
def test_role_ids_named_in_the_post_words_are_roles(gazetteer, use):
    """post_words.tsv names some roles by their id: each must be a role id of roles.tsv."""
    from icgraph.extract.lexicon import load_lexicon

    role_ids = {t.role_id for t in gazetteer.role_terms}
    assert load_lexicon().words_for(use) - role_ids == set()


# --------------------------------------------------------------------------- scanning text

def test_find_names_countries_organizations_and_places_in_running_text(gazetteer):
    text = (
        "The Secretary-General of the Organisation of Islamic Cooperation (OIC) received in Jeddah the "
        "Ambassador of the Republic of Korea and the Austrian Minister; China's envoy and WHO experts joined."
    )
    found = [(m.text, m.kind, m.form) for m in gazetteer.find(text)]
    assert found == [
        ("Organisation of Islamic Cooperation", EntityKind.ORGANIZATION, "name"),
        ("OIC", EntityKind.ORGANIZATION, "acronym"),
        ("Jeddah", EntityKind.PLACE, "name"),
        ("Republic of Korea", EntityKind.COUNTRY, "official"),
        ("Austrian", EntityKind.COUNTRY, "demonym"),
        ("China", EntityKind.COUNTRY, "name"),
        ("WHO", EntityKind.ORGANIZATION, "acronym"),
    ]
    matched = gazetteer.find(text)
    assert all(text[m.start:m.end] == m.text for m in matched)
    assert matched[3].entry.iso3 == "KOR"


def test_find_reads_names_with_commas_and_dotted_acronyms(gazetteer):
    text = ("The Director-General of the United Nations Educational, Scientific and Cultural Organization "
            "visited the U.S. and the Arab League Educational, Cultural and Scientific Organization, "
            "then the U.N. Security Council.")
    found = [(m.text, getattr(m.entry, "id", None) or m.entry.iso3) for m in gazetteer.find(text)]
    assert found == [
        ("United Nations Educational, Scientific and Cultural Organization", "unesco"),
        ("U.S.", "USA"),
        ("Arab League Educational, Cultural and Scientific Organization", "alecso"),
        ("U.N. Security Council", "unsc"),
    ]


def test_find_ignores_lower_case_words_and_stops_at_punctuation(gazetteer):
    text = "We who bought turkey and china in Chad, Niger and Mali."
    found = [(m.text, m.entry.iso3) for m in gazetteer.find(text)]
    assert found == [("Chad", "TCD"), ("Niger", "NER"), ("Mali", "MLI")]


def test_find_passes_over_regions_named_after_a_state(gazetteer):
    text = "Envoys from Latin America, the Indian Ocean islands and the Niger Delta met US and Indian officials."
    found = [(m.text, m.entry.iso3) for m in gazetteer.find(text)]
    assert found == [("US", "USA"), ("Indian", "IND")]


def test_find_ends_a_name_where_the_text_leaves_every_name_its_words_begin(gazetteer):
    # "United Nations Security ..." begins a known name until "Forces"; the scan falls back to the
    # longest name it passed ("United Nations"); a full stop after a word ends a name, so does a dash
    # between two names; an acronym is read whole or not at all ("UNESCOs")
    text = ("Envoys of the United Nations Security Forces and the United Nations Security Council met in "
            "Muscat. Oman. Iran and the UN-Habitat team, the IsDB and UNESCOs staff.")
    found = [(m.text, m.form) for m in gazetteer.find(text)]
    assert found == [("United Nations", "name"), ("United Nations Security Council", "name"), ("Muscat", "name"),
                     ("Oman", "name"), ("Iran", "name"), ("UN-Habitat", "alias"), ("IsDB", "acronym")]


def test_a_short_first_word_right_after_a_full_stop_still_begins_a_whole_name(gazetteer):
    # the full stop that ends a sentence lies before the name, not between its words
    text = "Geneva, 3 May 2025. UN-Habitat and the UN Women office met. EU Council envoys came. UN Human Settlements Programme staff too."
    found = [(m.text, m.form) for m in gazetteer.find(text)]
    assert ("UN-Habitat", "alias") in found and ("UN Human Settlements Programme", "alias") in found


def test_find_stops_names_at_every_kind_of_hard_punctuation(gazetteer):
    text = "The Minister of Oman; of Iran the delegates (Qatar) and Kuwait: Bahrain! Egypt? Jordan"
    assert [m.text for m in gazetteer.find(text)] == ["Oman", "Iran", "Qatar", "Kuwait", "Bahrain", "Egypt", "Jordan"]


def test_find_can_be_limited_to_kinds(gazetteer):
    text = "UNESCO met in Paris with France."
    assert [m.text for m in gazetteer.find(text, kinds=[EntityKind.COUNTRY])] == ["France"]


def test_find_answers_a_text_asked_again_whatever_the_caller_did_with_the_first_answer(gazetteer):
    text = "UNESCO met in Paris with France."
    first = gazetteer.find(text)
    first.clear()  # the answer is the caller's own list
    assert [m.text for m in gazetteer.find(text)] == ["UNESCO", "Paris", "France"]
    assert [m.text for m in gazetteer.find(text, kinds=[EntityKind.COUNTRY])] == ["France"]
    assert [m.text for m in gazetteer.find(text)] == ["UNESCO", "Paris", "France"]



def test_scans_of_one_text_for_several_kinds_answer_as_separate_gazetteers_do():
    """Where names may start in a text is found once and shared by its scans for different kinds:
    each scan answers as it does on a gazetteer that never scanned the text."""
    text = ("UNESCO and the Government of Kenya met in Nairobi; the Republic of Korea's envoy, "
            "Ms. Wanjiru Otieno, spoke for the OECD. Latin America and France followed.")
    kinds = [None, [EntityKind.COUNTRY], [EntityKind.PLACE, EntityKind.COUNTRY], [EntityKind.ORGANIZATION]]
    shared = Gazetteer.load()
    for wanted in kinds + kinds[::-1]:
        assert shared.find(text, kinds=wanted) == Gazetteer.load().find(text, kinds=wanted)



# --------------------------------------------------------------------------- loading and data integrity

def test_normalize_name_folds_case_accents_quotes_and_dashes():
    assert normalize_name("Côte d’Ivoire") == normalize_name("COTE D'IVOIRE")
    assert normalize_name("Al‑Malik") == normalize_name("Al-Malik") == "al malik"
    assert normalize_name("  Türkiye ") == "turkiye"
    assert normalize_name("UN Children’s Fund") == "un childrens fund"


def test_default_gazetteer_is_loaded_once():
    assert default_gazetteer() is default_gazetteer()


def _copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    target.mkdir()
    for name in ("countries.tsv", "organizations.tsv", "places.tsv", "titles.tsv", "roles.tsv", "regions.tsv",
                 "subdivisions.tsv"):
        shutil.copy(DATA_DIR / name, target / name)
    return target


def test_ambiguous_data_is_refused(tmp_path):
    data = _copy_data(tmp_path)
    with (data / "organizations.tsv").open("a", encoding="utf-8") as handle:
        handle.write("who-else\tWorld Happiness Office\tWHO\t\tngo\t\n")
    with pytest.raises(GazetteerError, match="WHO"):
        Gazetteer.load(data)


def test_unknown_org_type_is_refused_with_its_line(tmp_path):
    data = _copy_data(tmp_path)
    with (data / "organizations.tsv").open("a", encoding="utf-8") as handle:
        handle.write("odd\tOdd Body\t\t\tclub\t\n")
    with pytest.raises(GazetteerError, match=r"organizations.tsv line \d+: unknown org_type 'club'"):
        Gazetteer.load(data)


def test_unknown_place_kind_is_refused_with_its_line(tmp_path):
    data = _copy_data(tmp_path)
    with (data / "places.tsv").open("a", encoding="utf-8") as handle:
        handle.write("Odd Town\tKOR\tvillage\t\n")
    with pytest.raises(GazetteerError, match=r"places.tsv line \d+: kind must be one of capital, city, not 'village'"):
        Gazetteer.load(data)


@pytest.mark.parametrize("row, message", [
    ("Odd Shire\tNGA\tshire\t\tISO 3166-2:NG-XX", r"subdivisions.tsv line \d+: kind must be one of"),
    ("Odd Province\tXYZ\tprovince\t\tISO 3166-2:XY-OD", r"subdivisions.tsv line \d+: 'XYZ' is no ISO3 code"),
    ("Odd Province\tNGA\tprovince\t\t", r"subdivisions.tsv line \d+: 'Odd Province' has no source"),
    ("Chad\tNGA\tstate\t\tISO 3166-2:NG-XX", r"subdivisions.tsv line \d+: 'Chad' is also the name of a state"),
    ("Geneva\tFRA\tregion\t\tISO 3166-2:FR-XX", r"subdivisions.tsv line \d+: 'Geneva' is also the name of a state or of a place"),
])
def test_a_malformed_subdivision_is_refused_with_its_line(tmp_path, row, message):
    data = _copy_data(tmp_path)
    with (data / "subdivisions.tsv").open("a", encoding="utf-8") as handle:
        handle.write(row + "\n")
    with pytest.raises(GazetteerError, match=message):
        Gazetteer.load(data)


@pytest.mark.parametrize("text, name, iso3", [
    ("Kano State, Abba Bello", "Kano", "NGA"), ("Bavaria's Minister-President", "Bavaria", "DEU"),
    ("Ontario Premier", "Ontario", "CAN"), ("Rivers State Governor", "Rivers State", "NGA"),
])
def test_a_subdivision_opening_a_text_is_found_with_its_state(gazetteer, text, name, iso3):
    found = gazetteer.subdivision_at(text)
    assert found is not None and (found[0].name, found[0].country_iso3) == (name, iso3)


@pytest.mark.parametrize("text", ["Rivers of Babylon", "Central Bank of Nigeria", "Health and Social Affairs", "Georgia"])
def test_common_words_and_state_names_are_no_subdivision(gazetteer, text):
    assert gazetteer.subdivision_at(text) is None


def test_missing_file_is_reported(tmp_path):
    data = _copy_data(tmp_path)
    (data / "roles.tsv").unlink()
    with pytest.raises(GazetteerError, match="roles.tsv"):
        Gazetteer.load(data)


def test_a_titles_unknown_institution_is_refused(tmp_path):
    data = _copy_data(tmp_path)
    with (data / "roles.tsv").open("a", encoding="utf-8") as handle:
        handle.write("Grand Warden\tgrand-warden\tno\tno-such-body\n")
    with pytest.raises(GazetteerError, match="'no-such-body' of 'Grand Warden'"):
        Gazetteer.load(data)


def test_a_title_names_its_institution(gazetteer):
    assert gazetteer.role("European Commissioner for Trade").institution == "european-commission"
    assert gazetteer.role("Apostolic Nuncio").institution == "VAT"
    assert gazetteer.role("Minister of Trade").institution == ""


@pytest.mark.parametrize("text, name", [
    ("The Organization for Security and Co-operation in Europe met in Vienna.",
     "Organization for Security and Co-operation in Europe"),
    ("A report of the Organisation for Economic Co-operation and Development, issued today.",
     "Organisation for Economic Co-operation and Development"),
])
def test_a_hyphenated_co_operation_stays_one_word_in_running_text(gazetteer, text, name):
    assert [m.text for m in gazetteer.find(text, [EntityKind.ORGANIZATION])] == [name]


def test_an_organ_head_word_that_heads_no_organization_is_refused_with_its_line(tmp_path):
    extraction = DATA_DIR / "extraction"
    organ_heads = tmp_path / "organ_heads.txt"
    organ_heads.write_text((extraction / "organ_heads.txt").read_text(encoding="utf-8") + "summit\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"organ_heads.txt:\d+: expected one organization head word .*'summit'"):
        load_organ_heads(organ_heads, extraction / "org_heads.txt")
    assert "secretariat" in load_organ_heads(extraction / "organ_heads.txt", extraction / "org_heads.txt")


def test_a_head_of_a_body_of_its_own_that_heads_no_unit_is_refused_with_its_line(tmp_path):
    extraction = DATA_DIR / "extraction"
    heads = tmp_path / "own_body_heads.txt"
    heads.write_text((extraction / "own_body_heads.txt").read_text(encoding="utf-8") + "university\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"own_body_heads.txt:\d+: expected one unit head word .*'university'"):
        load_own_body_heads(heads, extraction / "unit_parents.txt")
    assert "centre" in load_own_body_heads(extraction / "own_body_heads.txt", extraction / "unit_parents.txt")

def test_a_foreign_head_word_stands_for_an_organization_head_word_or_fails_with_its_line(tmp_path):
    extraction = DATA_DIR / "extraction"
    heads = tmp_path / "foreign_org_heads.tsv"
    heads.write_text((extraction / "foreign_org_heads.tsv").read_text(encoding="utf-8") + "cumbre\tsummit\n",
                     encoding="utf-8")
    with pytest.raises(InputError, match=r"foreign_org_heads.tsv:\d+: expected a head word .*cumbre.*summit"):
        load_foreign_org_heads(heads, extraction / "org_heads.txt")
    loaded = load_foreign_org_heads(extraction / "foreign_org_heads.tsv", extraction / "org_heads.txt")
    assert loaded["institut"] == "institute" and loaded["université"] == "university"


def test_an_institution_event_noun_is_an_event_noun_with_its_words_or_fails_with_its_line(tmp_path):
    extraction = DATA_DIR / "extraction"
    nouns = tmp_path / "institution_event_nouns.tsv"
    for row in ("ministry\tnational\n", "summit\t\n"):
        nouns.write_text((extraction / "institution_event_nouns.tsv").read_text(encoding="utf-8") + row, encoding="utf-8")
        with pytest.raises(InputError, match=r"institution_event_nouns.tsv:\d+: expected an event noun"):
            load_institution_event_nouns(nouns, extraction / "event_nouns.tsv")
    loaded = load_institution_event_nouns(extraction / "institution_event_nouns.tsv", extraction / "event_nouns.tsv")
    assert "national" in loaded["congress"]


def test_government_seats_name_their_state_whole_word_and_case_sensitive():
    seats = load_government_seats(DATA_DIR / "government_seats.tsv", default_gazetteer())
    assert seats.at_start("White House National Security Council") == "USA"
    assert seats.at_start("White Housekeeping Council") is None and seats.at_start("Kremlin") is None
    assert [iso3 for _, _, iso3 in seats.found_in("a Kremlin aide, the Élysée and a white house")] == ["RUS", "FRA"]


@pytest.mark.parametrize("row, message", [
    pytest.param("Palace of Nowhere\t\tXXX\thttps://example.org\n", "unknown state 'XXX'", id="unknown-state"),
    pytest.param("Palace of Nowhere\t\tFRA\t\n", "expected a seat, aliases, a state and a source", id="no-source"),
    pytest.param("Kremlin\t\tRUS\thttps://example.org\n", "'Kremlin' is named twice", id="twice"),
])
def test_a_malformed_government_seat_is_refused_with_its_line(tmp_path, row, message):
    seats = tmp_path / "government_seats.tsv"
    seats.write_text((DATA_DIR / "government_seats.tsv").read_text(encoding="utf-8") + row, encoding="utf-8")
    with pytest.raises(GazetteerError, match=rf"line \d+: {message}"):
        load_government_seats(seats, default_gazetteer())
