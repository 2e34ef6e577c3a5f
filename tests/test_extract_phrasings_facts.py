"""A phrasing battery for agreements, participations and posts: short invented items (invented people;
real states and organisations) in the usual ways institutional news reports a signing, a part taken
in an event, a post held. Each case asserts the facts a reader of the graph relies on, as the gold
files count them: an agreement is its parties (and signatories), a participation is an (agent, event)
pair with its role, a post is a (person, organization) pair with its role."""

from __future__ import annotations

import pytest

from icgraph.extract import extract
from icgraph.model import MEETING_KINDS, EntityKind, EventKind, Extraction, NewsItem, Role


def run(nlp, text: str, title: str | None = None) -> Extraction:
    return extract(NewsItem(id="t", text=text, title=title), nlp)


def label(ex: Extraction, key: str | None) -> str | None:
    return ex.entity(key).name if key else None


def agreements(ex: Extraction) -> list[tuple[set[str], set[str]]]:
    return [({label(ex, k) for k in a.parties}, {label(ex, k) for k in a.signatories}) for a in ex.agreements]


def activities(ex: Extraction) -> dict[str, dict[str, Role]]:
    """Events other than meetings and signings, by name: their agents and roles."""
    return {e.name or "": {label(ex, p.agent): p.role for p in e.participations} for e in ex.events
            if e.kind not in MEETING_KINDS and e.kind != EventKind.SIGNING}


def took_part(ex: Extraction, word: str) -> dict[str, Role]:
    """Agents and roles of the event whose name holds `word` (case-insensitive)."""
    found = {n: agents for n, agents in activities(ex).items() if word.lower() in n.lower()}
    assert len(found) == 1, f"one event named with {word!r} expected, got {activities(ex)}"
    return next(iter(found.values()))


# phrasings the rules do not read yet: kept in the battery, expected to fail until they do
NOT_YET = pytest.mark.xfail(strict=True, reason="phrasing not read yet")


def posts(ex: Extraction) -> dict[tuple[str, str | None], str]:
    return {(label(ex, p.person), label(ex, p.organization)): p.role for p in ex.posts}


# ---------------------------------------------------------------------------------------------
# (a) signings: parties (and signatories) of the one agreement signed

SIGNINGS = [
    pytest.param(
        "The African Union and the European Union signed a memorandum of understanding on climate resilience "
        "in Addis Ababa on 4 March 2025.",
        {"African Union", "European Union"}, set(), id="A-and-B-signed-an-MoU-on"),
    pytest.param(
        "Ms. Ingrid Holm, Minister of Trade of Norway, and Mr. Rafael Ortega, Minister of Economy of Chile, "
        "signed an agreement on investment protection in Oslo on 2 May 2025.",
        {"Norway", "Chile"}, {"Ingrid Holm", "Rafael Ortega"}, id="two-ministers-signed"),
    pytest.param(
        "Norway and Chile concluded talks on investment in Oslo on 2 May 2025. The agreement was signed by "
        "Ms. Ingrid Holm for Norway and Mr. Rafael Ortega for Chile.",
        {"Norway", "Chile"}, {"Ingrid Holm", "Rafael Ortega"}, id="signed-by-A-for-X-and-B-for-Y"),
    pytest.param(
        "The Asian Development Bank and Nepal inked a loan agreement worth $50 million on 2 June 2025.",
        {"Asian Development Bank", "Nepal"}, set(), id="inked"),
    pytest.param(
        "Kenya and Tanzania concluded an agreement on cross-border trade in Arusha on 12 April 2025.",
        {"Kenya", "Tanzania"}, set(), id="concluded-an-agreement"),
    pytest.param(
        "The chief negotiators of Serbia and Hungary initialled a protocol on border crossings in Szeged on "
        "8 May 2025.",
        {"Serbia", "Hungary"}, set(), id="initialled"),
    pytest.param(
        "Japan and Viet Nam exchanged the instruments of ratification of the agreement on social security in "
        "Tokyo on 1 July 2025.",
        {"Japan", "Vietnam"}, set(), id="exchanged-instruments-of-ratification"),
    pytest.param(
        "Mr. Tomas Vik, Director-General of the World Intellectual Property Organization, and Ms. Lea Brun, "
        "Secretary-General of the Council of Europe, signed the memorandum of understanding in the presence of "
        "Mr. Karl Dahl, Minister of Foreign Affairs of Norway.",
        {"World Intellectual Property Organization", "Council of Europe"}, {"Tomas Vik", "Lea Brun"},
        id="signed-in-the-presence-of"),
    pytest.param(
        "A cooperation agreement between UNICEF and the World Food Programme was signed on 10 May 2025 in Rome.",
        {"United Nations Children's Fund", "World Food Programme"}, set(), id="agreement-between-X-and-Y-was-signed"),
    pytest.param(
        "The Minister of Foreign Affairs of Peru and the Minister of Foreign Affairs of Ecuador signed a "
        "memorandum of understanding on consular cooperation in Lima on 3 March 2025.",
        {"Peru", "Ecuador"}, set(), id="signatories-named-only-by-title"),
    pytest.param(
        "The World Health Organization signed a memorandum of understanding with Rwanda on 4 June 2025 in "
        "Kigali.",
        {"World Health Organization", "Rwanda"}, set(), id="X-signed-with-Y"),
    pytest.param(
        "Estonia and Latvia signed a letter of intent on digital cooperation in Riga on 6 May 2025.",
        {"Estonia", "Latvia"}, set(), id="letter-of-intent"),
    pytest.param(
        "Mr. Daniel Okafor, Minister of Finance of Nigeria, signed the agreement on behalf of Nigeria, while Ms. "
        "Sofia Lund signed on behalf of the World Bank.",
        {"Nigeria", "World Bank"}, {"Daniel Okafor", "Sofia Lund"}, id="on-behalf-of-each"),
    pytest.param(
        "A memorandum of understanding was signed today between the International Labour Organization and "
        "Jordan. Mr. Samir Haddad, Minister of Labour of Jordan, and Ms. Clara Moreau, Regional Director of the "
        "ILO, signed the memorandum.",
        {"International Labour Organization", "Jordan"}, {"Samir Haddad", "Clara Moreau"},
        id="signed-was-then-by-whom"),
    pytest.param(
        "The Kenyan and Ethiopian foreign ministers signed an agreement on visa exemption in Nairobi on 9 June "
        "2025.",
        {"Kenya", "Ethiopia"}, set(), id="country-adjectives-as-parties"),
    pytest.param(
        "Ghana and the Food and Agriculture Organization put pen to paper on a technical cooperation agreement "
        "in Accra on 5 March 2025.",
        {"Ghana", "Food and Agriculture Organization of the United Nations"}, set(), id="put-pen-to-paper"),
    pytest.param("Sweden and UNESCO renewed their memorandum of understanding on heritage on 3 May 2025.",
                 {"Sweden", "United Nations Educational, Scientific and Cultural Organization"}, set(),
                 id="renewed-their-MoU"),
    pytest.param("Ms. Anna Berg, Minister of Culture of Sweden, met Mr. Karl Lind, Director-General of UNESCO, in "
                 "Stockholm. The two sides signed a "
                 "memorandum of understanding on heritage.",
                 {"Sweden", "United Nations Educational, Scientific and Cultural Organization"},
                 {"Anna Berg", "Karl Lind"}, id="the-two-sides-signed"),
]


# a text hard-wrapped for e-mail: titles and names run across the line breaks
WRAPPED = ("The memorandum, which was signed at the headquarters of the\nAfrican Union by AU Commissioner for "
           "Trade Ms. Amina\nDiallo and WTO Deputy Director-General Mr. Paolo Ferri,\nwill focus on trade facilitation "
           "in the member states of\nthe African Union and on training for customs officials\nin the region over the "
           "next three years.")
SIGNINGS.append(pytest.param(WRAPPED, {"African Union", "World Trade Organization"}, {"Amina Diallo", "Paolo Ferri"},
                             id="hard-wrapped-lines"))


@pytest.mark.parametrize("text, parties, signatories", SIGNINGS)
def test_signings(nlp, text, parties, signatories):
    found = agreements(run(nlp, text))
    assert len(found) == 1, found
    got_parties, got_signatories = found[0]
    assert parties <= got_parties
    assert got_signatories == signatories


NOT_SIGNINGS = [
    pytest.param("Ghana and Togo will sign an agreement on fisheries next month.", id="will-sign"),
    pytest.param("The ministers reviewed the agreement signed in 2019 between Ghana and Togo.", id="old-agreement"),
    pytest.param("Ghana and Togo agreed to conclude a protocol on fisheries by the end of the year.",
                 id="agreed-to-conclude"),
    pytest.param("Mr. Kofi Mensah, Minister of Fisheries of Ghana, called on Togo to ratify the agreement.",
                 id="called-to-ratify"),
    pytest.param("The talks between Ghana and Togo concluded with an agreement to cooperate on fisheries.",
                 id="concluded-with-an-agreement-to"),
    pytest.param("The agreement between Ghana and Togo on fisheries entered into force on 1 May 2025.",
                 id="entered-into-force"),
]


@pytest.mark.parametrize("text", NOT_SIGNINGS)
def test_no_signing(nlp, text):
    assert not run(nlp, text).agreements


# ---------------------------------------------------------------------------------------------
# (b) participations and organisers of events other than meetings

PARTICIPATIONS = [
    pytest.param(
        "Ms. Hanna Berg, Minister of Culture of Sweden, took part in the Nordic Culture Forum in Helsinki on 3 "
        "May 2025.", "Nordic Culture Forum", {"Hanna Berg": Role.PARTICIPANT}, id="took-part-in"),
    pytest.param(
        "Mr. Omar Haddad, Ambassador of Jordan to Italy, attended the Mediterranean Water Conference in Rome.",
        "Mediterranean Water Conference", {"Omar Haddad": Role.PARTICIPANT}, id="attended"),
    pytest.param(
        "UNICEF participated in the International Book Fair of Casablanca, held from 4 to 12 May 2025.",
        "International Book Fair", {"United Nations Children's Fund": Role.PARTICIPANT}, id="participated-in"),
    pytest.param(
        "Dr. Lina Saad, Minister of Health of Lebanon, addressed the 78th session of the World Health Assembly "
        "in Geneva.", "World Health Assembly", {"Lina Saad": Role.PARTICIPANT}, id="addressed-the-Nth-session-of"),
    pytest.param(
        "Mr. Jonas Petrauskas, Minister of Economy of Lithuania, delivered a statement at the Ministerial "
        "Conference of the World Trade Organization.", "Ministerial Conference",
        {"Jonas Petrauskas": Role.PARTICIPANT}, id="delivered-a-statement-at"),
    pytest.param(
        "Ms. Aiko Mori, Minister of Education of Japan, spoke at the opening of the Asia-Pacific Youth Forum in "
        "Bangkok.", "Youth Forum", {"Aiko Mori": Role.PARTICIPANT}, id="spoke-at-the-opening-of"),
    pytest.param(
        "The Asian Development Bank organised the Regional Forum on Clean Energy in Manila on 4 June 2025.",
        "Clean Energy", {"Asian Development Bank": Role.ORGANIZER}, id="organised"),
    pytest.param(
        "The World Health Organization hosted the Global Symposium on Health Systems in Geneva on 4 June 2025.",
        "Symposium", {"World Health Organization": Role.ORGANIZER}, id="hosted-the-symposium"),
    pytest.param(
        "The African Union convened the Continental Summit on Food Security in Addis Ababa on 2 March 2025.",
        "Summit", {"African Union": Role.ORGANIZER}, id="convened"),
    pytest.param(
        "Mr. Paulo Mendes, Minister of Fisheries of Angola, chaired the Regional Conference on Fisheries in "
        "Luanda.", "Regional Conference", {"Paulo Mendes": Role.CHAIR}, id="chaired"),
    pytest.param(
        "The Ministerial Conference of the World Trade Organization opened in Geneva on 3 May 2025. Ms. Anna "
        "Lind, Minister of Trade of Sweden, attended the conference.", "Ministerial Conference",
        {"Anna Lind": Role.PARTICIPANT}, id="event-named-by-description-earlier"),
    pytest.param(
        "The forum was organised by the OECD in partnership with Japan. It was held in Paris on 4 May 2025 "
        "under the title Global Forum on Digital Trade.", "forum",
        {"Organisation for Economic Co-operation and Development": Role.ORGANIZER, "Japan": Role.PARTNER},
        id="organised-by-in-partnership-with"),
    pytest.param(
        "Chile, Peru and Colombia took part in the Andean Water Forum in Quito on 3 April 2025.",
        "Andean Water Forum", {"Chile": Role.PARTICIPANT, "Peru": Role.PARTICIPANT, "Colombia": Role.PARTICIPANT},
        id="several-participants"),
    pytest.param(
        "Mr. Ivan Petrov, Minister of Culture of Bulgaria, participated in the 12th Session of the "
        "Intergovernmental Committee for Intangible Heritage in Paris.", "Intergovernmental Committee",
        {"Ivan Petrov": Role.PARTICIPANT}, id="participated-in-the-Nth-session-of"),
    pytest.param(
        "The International Festival of Folk Music opened in Tashkent on 4 May 2025. The festival was attended "
        "by Ms. Dilnoza Karimova, Minister of Culture of Uzbekistan.", "Festival of Folk Music",
        {"Dilnoza Karimova": Role.PARTICIPANT}, id="was-attended-by"),
    pytest.param(
        "Organised by UNESCO, the World Press Freedom Conference took place in Santiago on 2 May 2025.",
        "World Press Freedom Conference",
        {"United Nations Educational, Scientific and Cultural Organization": Role.ORGANIZER},
        id="organised-by-leading-participle"),
    pytest.param(
        "Geneva, 10 June 2025 (UNTV) – On the sidelines of the 12th session of the World Water Conference, Ms. "
        "Anna Berg, Director-General of the Nordic Water Council, met Mr. Juan Perez, Minister of Water of Chile.",
        "World Water Conference", {"Anna Berg": Role.PARTICIPANT, "Juan Perez": Role.PARTICIPANT},
        id="met-on-the-sidelines-of"),
    pytest.param(
        "Ms. Anna Berg, Minister of Foreign Affairs of Sweden, was pleased to meet Mr. Juan Perez again in Malmo as "
        "the Chair of the Nordic Foreign Ministers' Meeting.", "Nordic Foreign Ministers",
        {"Anna Berg": Role.CHAIR}, id="as-the-Chair-of"),
    pytest.param(
        "Ms. Lena Fischer, Minister of Economy of Austria, addressed business leaders and journalists at the "
        "Vienna Investment Forum on 3 May 2025.", "Vienna Investment Forum", {"Lena Fischer": Role.PARTICIPANT},
        id="addressed-people-at-E"),
    pytest.param(
        "Ms. Anna Berg, Minister of Foreign Affairs of Sweden, in Malmo, during her visit to attend the Nordic "
        "Ministers' Forum.", "Nordic Ministers", {"Anna Berg": Role.PARTICIPANT}, id="visit-to-attend-caption"),
    pytest.param("Ms. Anna Berg represented Sweden at the Nordic Culture Forum in Oslo.", "Nordic Culture Forum",
                 {"Anna Berg": Role.PARTICIPANT}, id="represented-Y-at-E"),
    pytest.param("Ms. Anna Berg was among the speakers at the Nordic Culture Forum in Oslo.", "Nordic Culture Forum",
                 {"Anna Berg": Role.PARTICIPANT}, id="among-the-speakers-at"),
    pytest.param("Ms. Anna Berg, Minister of Culture of Sweden, and Mr. Karl Lind, Minister of Culture of Norway, "
                 "were among the participants of the Nordic Culture Forum.", "Nordic Culture Forum",
                 {"Anna Berg": Role.PARTICIPANT, "Karl Lind": Role.PARTICIPANT}, id="among-the-participants-of"),
    pytest.param("The Nordic Culture Forum was inaugurated by Ms. Anna Berg, Minister of Culture of Sweden.",
                 "Nordic Culture Forum", {"Anna Berg": Role.PARTICIPANT}, id="was-inaugurated-by"),
    pytest.param("Ms. Anna Berg opened the Nordic Culture Forum in Oslo on 3 May 2025.", "Nordic Culture Forum",
                 {"Anna Berg": Role.PARTICIPANT}, id="opened-E"),
    pytest.param("The Nordic Culture Forum was co-organised by UNESCO and Sweden.", "Nordic Culture Forum",
                 {"United Nations Educational, Scientific and Cultural Organization": Role.ORGANIZER,
                  "Sweden": Role.ORGANIZER}, id="co-organised-by"),
    pytest.param("Ms. Anna Berg moderated a panel at the Nordic Culture Forum in Oslo.", "Nordic Culture Forum",
                 {"Anna Berg": Role.PARTICIPANT}, id="moderated-a-panel-at-E"),
]


@pytest.mark.parametrize("text, word, agents", PARTICIPATIONS)
def test_participations(nlp, text, word, agents):
    assert took_part(run(nlp, text), word) == agents


NOT_PARTICIPATIONS = [
    pytest.param("Ms. Sara Lind, Minister of Culture of Sweden, will attend the Stockholm Book Fair next week.",
                 id="will-attend"),
    pytest.param("Mr. Ali Demir, Minister of Trade of Turkey, was unable to attend the Istanbul Trade Forum.",
                 id="unable-to-attend"),
    pytest.param("“It was a very useful meeting where we discussed the reforms implemented by Georgia,” said Mr. Lado "
                 "Beridze.", id="reforms-implemented-by"),
    pytest.param("Ms. Anna Berg will travel to Malmo on a visit to attend the Nordic Ministers' Forum.",
                 id="planned-visit-to-attend"),
    pytest.param("Ms. Anna Berg discussed her upcoming visit to attend the Nordic Ministers' Forum.",
                 id="upcoming-visit-to-attend"),
    # a state hosted is a guest, not a gathering the host organized
    pytest.param("Canada hosted Mexico for talks on trade in Ottawa on 12 May 2025.", id="state-hosted-a-state"),
    pytest.param("ABU DHABI, 12 May 2025 (WAM) -- The United Arab Emirates hosted Kenya for the third round of "
                 "bilateral political consultations.", id="dateline-state-hosted-for-consultations"),
]


@pytest.mark.parametrize("text", NOT_PARTICIPATIONS)
def test_no_participation(nlp, text):
    assert not any(activities(run(nlp, text)).values())


HOSTED_STATES = [
    pytest.param("Canada hosted Mexico for talks on trade in Ottawa on 12 May 2025.", ("Canada", "Mexico"),
                 id="hosted-for-talks"),
    pytest.param("ABU DHABI, 12 May 2025 (WAM) -- The United Arab Emirates hosted Kenya for the third round of "
                 "bilateral political consultations.", ("United Arab Emirates", "Kenya"), id="dateline-consultations"),
    pytest.param("Ghana yesterday hosted Nigeria at the Jubilee House in Accra for a meeting of the Permanent Joint "
                 "Commission.", ("Ghana", "Nigeria"), id="hosted-at-a-place"),
]


@pytest.mark.parametrize("text,sides", HOSTED_STATES)
def test_a_state_hosting_a_state_receives_it(nlp, text, sides):
    """ "Canada hosted Mexico for talks": the two states are the sides of one encounter."""
    ex = run(nlp, text)
    assert any({label(ex, p.agent) for p in e.participations} == set(sides)
               for e in ex.events if e.kind in MEETING_KINDS), [(e.kind, e.name, e.participations) for e in ex.events]


# ---------------------------------------------------------------------------------------------
# (c) posts: (person, organization) and the role

POSTS = [
    pytest.param("Mr. Daniel Okoro, Minister of Foreign Affairs of Nigeria, said the talks were useful.",
                 ("Daniel Okoro", "Nigeria"), "Minister of Foreign Affairs", id="A-Minister-of-X-of-Y"),
    pytest.param("Nigeria's Minister of Foreign Affairs, Daniel Okoro, said the talks were useful.",
                 ("Daniel Okoro", "Nigeria"), "Minister of Foreign Affairs", id="Ys-Minister-of-X-A"),
    pytest.param("The Foreign Minister of Ghana, Kofi Boateng, arrived in Lome on Monday.",
                 ("Kofi Boateng", "Ghana"), "Foreign Minister", id="the-Foreign-Minister-of-Y-A"),
    pytest.param("Ms. Elena Varga, the Secretary-General of the Council of Europe, opened the session.",
                 ("Elena Varga", "Council of Europe"), "Secretary-General", id="A-the-Secretary-General-of-Z"),
    pytest.param("Ambassador of Peru to Spain Carlos Medina presented a book on Andean music.",
                 ("Carlos Medina", "Peru"), "Ambassador", id="Ambassador-of-Y-to-Z-A"),
    # a surname that is a city's name ("Medina", "Lima") after the state that ends the title
    pytest.param("Ambassador of Chile to Egypt Pedro Valencia opened the photo exhibition on Monday.",
                 ("Pedro Valencia", "Chile"), "Ambassador", id="Ambassador-of-Y-to-Z-A-with-a-citys-surname"),
    pytest.param("The newly appointed Ambassador of Brazil to Kenya, Mr. Paulo Souza, paid a courtesy call on the "
                 "Speaker.", ("Paulo Souza", "Brazil"), "Ambassador", id="newly-appointed"),
    pytest.param("Ms. Rita Gomes was appointed as Director-General of the International Labour Organization in "
                 "March.", ("Rita Gomes", "International Labour Organization"), "Director-General",
                 id="was-appointed-as"),
    pytest.param("Mr. Tariq Aziz was elected President of the Pan-African Parliament on 4 May 2025.",
                 ("Tariq Aziz", "Pan-African Parliament"), "President", id="was-elected"),
    pytest.param("Mr. Jan Novak, MINISTER OF FOREIGN AFFAIRS OF SLOVAKIA, opened the exhibition.",
                 ("Jan Novak", "Slovakia"), "MINISTER OF FOREIGN AFFAIRS", id="title-in-capitals"),
    pytest.param("The Kenyan Foreign Minister Jane Wambui arrived in Kampala on Monday.",
                 ("Jane Wambui", "Kenya"), "Foreign Minister", id="country-adjective-title"),
    pytest.param("Ghanaian President Kwame Asante opened the fair.",
                 ("Kwame Asante", "Ghana"), "President", id="adjective-President-A"),
    pytest.param("Mr. Ahmed Fawzi, Deputy Minister of Energy of Egypt, visited the plant.",
                 ("Ahmed Fawzi", "Egypt"), "Deputy Minister of Energy", id="deputy-minister"),
    pytest.param("Ms. Karin Olsen, Permanent Representative of Denmark to the United Nations, chaired the panel.",
                 ("Karin Olsen", "Denmark"), "Permanent Representative", id="permanent-representative"),
    pytest.param("The President of the African Development Bank, Dr. Samuel Adeyemi, opened the meeting.",
                 ("Samuel Adeyemi", "African Development Bank"), "President", id="the-President-of-Z-A"),
    pytest.param("Spain's Minister of Culture, Lucia Ortega, visited the museum.",
                 ("Lucia Ortega", "Spain"), "Minister of Culture", id="Ys-Minister-of-Culture-A"),
    pytest.param("Mr. Lars Berg, who serves as Minister of Agriculture of Sweden, opened the fair.",
                 ("Lars Berg", "Sweden"), "Minister of Agriculture", id="who-serves-as"),
    pytest.param("Mr. Hamid Karimi was sworn in as Minister of Education of Afghanistan on 4 May 2025.",
                 ("Hamid Karimi", "Afghanistan"), "Minister of Education", id="sworn-in-as"),
    pytest.param("Mr. Omar Bashir took office as Secretary-General of the Arab League on 1 March 2025.",
                 ("Omar Bashir", "League of Arab States"), "Secretary-General", id="took-office-as"),
    pytest.param("Ms. Anna Berg, who is the Minister of Culture of Sweden, opened the fair.",
                 ("Anna Berg", "Sweden"), "Minister of Culture", id="who-is-the-Minister-of"),
    pytest.param("On Monday, President Kwame Asante of Ghana opened the fair.",
                 ("Kwame Asante", "Ghana"), "President", id="leading-phrase-then-title-A-of-Y"),
    pytest.param("On 14 May 2025, Minister Anna Holm received the Ambassador of Ghana to Sweden, Mr. Kofi Adu, in "
                 "Stockholm.", ("Anna Holm", "Sweden"), "Minister", id="leading-phrase-then-bare-title"),
    pytest.param(WRAPPED, ("Paolo Ferri", "World Trade Organization"), "Deputy Director-General",
                 id="hard-wrapped-title-before-name"),
    pytest.param("UN Under-Secretary-General and Executive Secretary of ESCAP Maria Santos opened the session.",
                 ("Maria Santos", "United Nations"), "Under-Secretary-General", id="two-roles-joined-by-and"),
]


def _role_fits(found: str, expected: str) -> bool:
    words = lambda s: s.lower().replace("-", " ").split()  # noqa: E731
    a, b = words(found), words(expected)
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return longer[:len(shorter)] == shorter


@pytest.mark.parametrize("text, pair, role", POSTS)
def test_posts(nlp, text, pair, role):
    ex = run(nlp, text)
    found = posts(ex)
    assert pair in found, found
    assert _role_fits(found[pair], role), found[pair]
    for post in ex.posts:  # the sentence behind the fact is the item's own text, line breaks included
        assert ex.item.text[post.evidence.start:post.evidence.end] == post.evidence.quote


EVERY_POST = [
    pytest.param(
        "On arrival, the President was welcomed by SADC Executive Secretary, His Excellency Amos Dube, Zambia's "
        "Minister of Foreign Affairs, Grace Phiri and Botswana's Minister of Trade and Industry, Kabo Molefe, among "
        "other officials.",
        {("Amos Dube", "Southern African Development Community"), ("Grace Phiri", "Zambia"),
         ("Kabo Molefe", "Botswana")}, id="list-of-titled-people-with-possessive-titles"),
]


@pytest.mark.parametrize("text, pairs", EVERY_POST)
def test_every_post_and_no_other(nlp, text, pairs):
    assert set(posts(run(nlp, text))) == pairs


@pytest.mark.parametrize("publisher, text, parties", [
    pytest.param("World Bank press release",
                 "UNICEF and the World Bank signed a memorandum of understanding in Geneva on 3 May 2025.",
                 {"United Nations Children's Fund", "World Bank"}, id="the-publisher-signs"),
    pytest.param("Kazinform", "KAZINFORM The Ministry of Health of Kazakhstan and UNICEF have signed a memorandum of "
                 "understanding.", {"Ministry of Health of Kazakhstan", "Kazakhstan", "United Nations Children's Fund"},
                 id="the-agency-credit-line-is-no-party"),  # the ministry signs for its state, a party too
])
def test_the_publisher_of_a_signing(nlp, publisher, text, parties):
    ex = extract(NewsItem(id="t", text=text, publisher=publisher), nlp)
    assert agreements(ex) == [(parties, set())]


# ---------------------------------------------------------------------------------------------
# (d) names: people and institutions the parser does not know, read from the title, honorific or
# head word that anchors them, in the house styles of several publishers

PEOPLE = [
    pytest.param("SEOUL, 3 March 2025 - Minister of Foreign Affairs Park Min Joon received Ambassador Kwame Asante of "
                 "Ghana at the ministry on Monday.", {"Park Min Joon", "Kwame Asante"}, set(),
                 id="three-part-east-asian-name-after-a-title"),
    pytest.param("Park Min-jun, Vice Minister of Foreign Affairs of Korea, met the delegation in Seoul on Monday.",
                 {"Park Min-jun"}, set(), id="hyphenated-given-name-before-its-title"),
    pytest.param("The Minister of Foreign Affairs Ana Soto Vidal met Minister Lee Hyun-woo in Madrid on 4 March 2025.",
                 {"Ana Soto Vidal", "Lee Hyun-woo"}, set(), id="double-surname-and-untagged-syllable"),
    pytest.param("ABUJA - The Minister of Foreign Affairs of Nigeria, Babatunde Adeyemi, held talks with the President "
                 "of the ECOWAS Commission, Kwesi Darko, on Tuesday.", {"Babatunde Adeyemi", "Kwesi Darko"}, set(),
                 id="sentence-opening-The-before-a-title-set-off-by-commas"),
    pytest.param("Minister Choi Seo-yeon received the Ambassador of Peru, Renata Lima, at the ministry on Monday.",
                 {"Choi Seo-yeon", "Renata Lima"}, set(), id="family-name-that-is-a-city-after-a-title"),
    pytest.param("Ambassador Renata Lima presented her credentials to the President in Brasilia.",
                 {"Renata Lima"}, set(), id="family-name-that-is-a-city-after-an-honorific"),
    pytest.param("Fiji's Prime Minister met the Director of the Agency for Maritime Co-operation in the Pacific, "
                 "Tevita Ravula, in Suva on 7 March 2025.", {"Tevita Ravula"}, {"Maritime Co"},
                 id="hyphenated-word-of-an-institution-is-no-name"),
    pytest.param("The Director of the Office for Climate Resilience of the Ministry of Environment, Losa Tuilagi, "
                 "opened the workshop in Apia.", {"Losa Tuilagi"}, {"Climate Resilience"},
                 id="field-of-an-office-is-no-name"),
    pytest.param("The President held talks with the Anna Berg, Papua New Guinea's Minister of Health, in Port Moresby "
                 "on Monday.", {"Anna Berg"}, set(), id="stray-the-before-a-name-with-a-title-after-it"),
    pytest.param("The delegation was received by the John Smith, the Director of the Tourism Authority, in Accra.",
                 {"John Smith"}, set(), id="stray-the-before-a-name-with-the-title-after-it"),
    pytest.param("LISBON (Lusa) - The round table on ocean energy was attended by Carlos Reyes and Ana Martins.",
                 {"Carlos Reyes", "Ana Martins"}, set(), id="family-name-ending-in-s"),
    pytest.param("Officials of the Ministry of Environment, Climate Change and Forestry of Malawi met the Director of "
                 "the UNDP Country Office, Dr Alinafe Banda, in Lilongwe.", {"Alinafe Banda"}, {"Climate Change"},
                 id="portfolio-inside-a-ministry-is-no-name"),
    pytest.param("The Secretary of State for Foreign Affairs, João Pereira da Silva, received the Minister of Culture "
                 "of Cabo Verde, Maria do Carmo Fonseca, in Lisbon on Friday.",
                 {"João Pereira da Silva", "Maria do Carmo Fonseca"}, set(), id="portuguese-particle-do"),
    pytest.param("The Secretary of State for Foreign Affairs, João Pereira da Silva, received his counterpart from "
                 "Cabo Verde, Maria do Carmo Fonseca, in Lisbon on Friday.",
                 {"João Pereira da Silva", "Maria do Carmo Fonseca"}, set(), id="counterpart-from-a-state-then-the-name",
                 marks=pytest.mark.xfail(strict=True, reason="'counterpart from <state>,' is not read as a title, and "
                                         "the parser takes 'do' for the verb of the sentence")),
    pytest.param("Accra, 4 March 2025 - Hon. Yaw Owusu-Ansah, Minister for Trade and Industry, received a delegation "
                 "led by Mr Kofi Mensah-Bonsu. Mr Owusu-Ansah welcomed the delegation.",
                 {"Yaw Owusu-Ansah", "Kofi Mensah-Bonsu"}, {"Owusu-Ansah"}, id="hyphenated-family-names-and-honorific-later"),
    pytest.param("The Ambassador of Senegal in Ethiopia, Mamadou Lamine Diallo, presented copies of his credentials to "
                 "the Chairperson of the African Union Commission, Issa Djibrine Mahamat.",
                 {"Mamadou Lamine Diallo", "Issa Djibrine Mahamat"}, set(), id="west-african-names-set-off-after-titles"),
    # a portfolio of capitalised words the parser runs into the name as one organization
    pytest.param("NAIROBI, 4 June 2025 – European Commissioner for International Partnerships Jutta Haverkamp visited "
                 "Nairobi on Tuesday.", {"Jutta Haverkamp"}, {"International Partnerships Jutta Haverkamp"},
                 id="eu-commissioner-for-a-plural-portfolio-then-the-name"),
    pytest.param("BRUSSELS (Wire) - Commissioner for Jobs and Social Rights Oskar Lindahl said on Monday that the "
                 "fund would double.", {"Oskar Lindahl"}, set(), id="wire-commissioner-for-X-and-plural-Y-then-the-name"),
    # compound given names: French with a hyphen, Korean of two syllables before the family name
    pytest.param("PARIS, 2 June 2025 – The President of the Republic, Jean-Marc Delorme, received the Minister of the "
                 "Interior of Morocco, Karim Bennani.", {"Jean-Marc Delorme", "Karim Bennani"}, set(),
                 id="hyphenated-french-given-name-untagged-after-a-title"),
    pytest.param("SEOUL, 2 June 2025 – Min-jun Park, Director-General for Trade Policy, met the Ambassador of Chile, "
                 "Pablo Reyes.", {"Min-jun Park", "Pablo Reyes"}, set(), id="korean-given-name-first-family-name-park"),
    pytest.param("SEOUL (Yonhap) - Foreign Minister Cho Hyun-woo met his Japanese counterpart on Monday. Ji-hoon Kang, "
                 "a senior official, also attended.", {"Cho Hyun-woo", "Ji-hoon Kang"}, set(),
                 id="korean-given-name-first-in-a-later-sentence"),
    # a name the parser leaves untagged, listed after "including" before a person it tags
    pytest.param("GENEVA, 2 June 2025 – The WHO Director-General met delegates including Ana Ruiz and Peter Okoro on "
                 "Monday.", {"Ana Ruiz", "Peter Okoro"}, set(), id="un-agency-delegates-including-A-and-B"),
    pytest.param("BRUSSELS, 2 June 2025 – The Commissioner received a delegation of mayors, including Marta Quiroga "
                 "and Stefan Holm, in Brussels on Monday.", {"Marta Quiroga", "Stefan Holm"}, set(),
                 id="eu-a-delegation-including-A-and-B"),
    pytest.param("ACCRA, 2 June 2025 – The Minister met investors including Kwame Mensah Holdings and Ama Serwaa "
                 "Boateng on Monday.", set(), {"Kwame Mensah Holdings"}, id="a-company-listed-after-including-is-no-person"),
    pytest.param("ACCRA, 2 June 2025 – The Minister met partners including Volta Star Logistics and Peter Okoro on "
                 "Monday.", {"Peter Okoro"}, {"Volta Star Logistics"},
                 id="a-company-without-a-corporate-word-listed-after-including-is-no-person"),
]


@pytest.mark.parametrize("text, people, not_people", PEOPLE)
def test_people_anchored_by_a_title_are_read_whole(nlp, text, people, not_people):
    found = {e.name for e in run(nlp, text).entities if e.kind == EntityKind.PERSON}
    assert people <= found, found
    assert not (not_people & found), found


INSTITUTIONS = [
    pytest.param("The Executive Board Bureau of UNICEF visited Laos from 3 to 7 March. The Bureau met with Somsak "
                 "Vongsa, Minister of Health.", "Executive Board Bureau of UNICEF", id="generic-body-of-a-known-organization",
                 marks=pytest.mark.xfail(strict=True, reason="a body named with its organization becomes a meeting "
                                         "party beside that organization ('the Board of Directors of X held its "
                                         "meeting'): the meeting assembly must first keep a unit on its organization's "
                                         "side")),
    pytest.param("Fiji's Prime Minister met the Director of the Agency for Maritime Co-operation in the Pacific, "
                 "Tevita Ravula, in Suva on 7 March 2025.", "Agency for Maritime Co-operation in the Pacific",
                 id="agency-for-a-hyphenated-field"),
    pytest.param("Officials of the Ministry of Environment, Climate Change and Forestry of Malawi met the Director of "
                 "the UNDP Country Office, Dr Alinafe Banda, in Lilongwe.",
                 "Ministry of Environment, Climate Change and Forestry of Malawi", id="ministry-with-a-listed-portfolio"),
    pytest.param("DUBAI (WAM) -- The Consulate General of Japan in Dubai hosted a reception on Monday to mark the "
                 "Emperor's birthday.", "Consulate General of Japan in Dubai", id="consulate-general-where-it-sits"),
    pytest.param("The Consul General met students at the Consulate General of India in Durban on 3 March.",
                 "Consulate General of India in Durban", id="consulate-general-after-a-preposition"),
    # an event noun that ends a proper name after a word of a polity names an institution
    # (data/extraction/institution_event_nouns.tsv), not a gathering
    pytest.param("PRETORIA (SAnews) - The Deputy Secretary-General of the African National Congress, Lerato Dube, "
                 "addressed party members in Soweto on Saturday.", "African National Congress",
                 id="party-named-national-congress-government-agency"),
    pytest.param("NEW DELHI, March 4 (PTI) - Leaders of the Indian National Congress called on the Election "
                 "Commission on Tuesday.", "Indian National Congress", id="party-named-national-congress-wire"),
    pytest.param("LONDON - The General Secretary of the Trades Union Congress, Helen Ward, met the Secretary of "
                 "State for Business on Monday.", "Trades Union Congress", id="union-congress-ministry-release"),
    # a plural head word after "and" opens a second party, not the name's second field
    pytest.param("The Director-General of the National Commission for Museums and Embassies, Mr. Musa Bello, met the "
                 "Minister on Monday.", "National Commission for Museums", id="and-a-plural-head-word-is-no-field"),
    # one proper noun after a title's "of the" names an institution, whatever the parser tags it
    pytest.param("SAINT PETERSBURG (Wire) - Irina Volkova, director of the Hermitage, said the exhibition would "
                 "travel to Uzbekistan.", "Hermitage", id="wire-director-of-the-one-word-museum"),
    pytest.param("CAIRO, 2 June 2025 – The Director of the Louvre, Claire Marchetti, met the Minister of Tourism and "
                 "Antiquities of Egypt, Ahmed Fathy.", "Louvre", id="ministry-release-the-Director-of-the-one-word-museum"),
    pytest.param("WASHINGTON, 2 June 2025 – The Director of the National Gallery of Art, Eleanor Whitcombe, met the "
                 "Ambassador of France.", "National Gallery of Art", id="gallery-is-an-institution"),
]


@pytest.mark.parametrize("text, institution", INSTITUTIONS)
def test_institutions_are_read_from_their_structure(nlp, text, institution):
    found = {e.name for e in run(nlp, text).entities if e.kind == EntityKind.ORGANIZATION}
    assert institution in found, found


GATHERINGS_NOT_INSTITUTIONS = [
    pytest.param("GENEVA (WHO) - The International Congress on Tropical Medicine opened in Accra on 3 March with "
                 "2,000 delegates.", "International Congress on Tropical Medicine", id="congress-on-a-field"),
    pytest.param("BEIJING (Xinhua) -- Delegates arrived for the 21st National Congress of the Communist Party of "
                 "China on Monday.", "National Congress of the Communist Party of China", id="numbered-national-congress-of-a-party"),
    pytest.param("The World Congress of Cardiology opened in Lisbon on Monday.", "World Congress of Cardiology",
                 id="world-congress-of-a-field"),
]


@pytest.mark.parametrize("text, gathering", GATHERINGS_NOT_INSTITUTIONS)
def test_a_gathering_named_by_an_event_noun_is_no_institution(nlp, text, gathering):
    found = {e.name for e in run(nlp, text).entities if e.kind == EntityKind.ORGANIZATION}
    assert not any(gathering.endswith(name) or name.endswith(gathering) for name in found), found
