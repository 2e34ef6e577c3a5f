"""A document battery for agreements, participations and organisers: invented releases of several
paragraphs (invented people; real states and organisations) in the styles of different publishers:
a ministry, a state news agency, a development bank, a UN agency, an embassy, a university. The
facts of one event are spread over the item (signatories and witnesses in later paragraphs, speakers
listed after the conference is introduced), as they are in real releases.

Each case asserts the facts as `icgraph evaluate` scores them: an agreement is its parties (all
expected parties among the system's; plus the kind, the date when the text gives one, and the
signatories when named), a participation is an (agent, event) pair whose event name shares the
expected name's content words, with a role of the expected family (an organiser is organizer or
partner; a participant is participant, host, guest, chair or signatory). And no fact the text does
not state appears: every system agreement and participation must be an expected one (or one the
case lists as acceptable)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from icgraph.evaluate import content_words, name_key
from icgraph.extract import extract
from icgraph.model import DIRECT_ROLES, MEETING_KINDS, AgreementKind, EntityKind, EventKind, Extraction, NewsItem, OrgType, Role

MOU = AgreementKind.MEMORANDUM_OF_UNDERSTANDING
AGREEMENT = AgreementKind.AGREEMENT
LOI = AgreementKind.LETTER_OF_INTENT
PARTICIPANT, ORGANIZER = Role.PARTICIPANT, Role.ORGANIZER
ORGANIZER_ROLES = frozenset({Role.ORGANIZER, Role.PARTNER})


@dataclass(frozen=True)
class Signed:
    kind: AgreementKind | None
    parties: frozenset[str]
    date: date | None = None
    signatories: frozenset[str] | None = None  # None: not asserted


@dataclass(frozen=True)
class Took:
    agent: str
    event: str
    role: Role = PARTICIPANT


@dataclass(frozen=True)
class Doc:
    text: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    agreements: tuple[Signed, ...] = ()
    participations: tuple[Took, ...] = ()
    acceptable: tuple[Took, ...] = field(default=())  # neutral: neither required nor a false hit


def signed(kind, *parties, on=None, by=None) -> Signed:
    return Signed(kind, frozenset(parties), on, frozenset(by) if by is not None else None)


def _names(ex: Extraction, key: str) -> set[str]:
    entity = ex.entity(key)
    return {name_key(entity.name)} | {name_key(alias) for alias in entity.aliases}


def _named(ex: Extraction, key: str, name: str) -> bool:
    return name_key(name) in _names(ex, key)


def _event_fits(expected: str, label: str) -> bool:
    want, got = content_words(expected), content_words(label)
    return bool(want and want <= got or got and got <= want)


def _role_fits(expected: Role, roles: set[Role]) -> bool:
    return bool(roles & (ORGANIZER_ROLES if expected == ORGANIZER else DIRECT_ROLES))


def check(nlp, doc: Doc) -> None:
    item = NewsItem(id="t", text=doc.text, title=doc.title, publisher=doc.publisher, published=doc.published)
    ex = extract(item, nlp)
    problems: list[str] = []

    # agreements: each expected one found (parties among the system's), none the text does not state
    def covers(want: Signed, parties: tuple[str, ...]) -> bool:
        return all(any(_named(ex, key, name) for key in parties) for name in want.parties)

    for want in doc.agreements:
        found = [a for a in ex.agreements if covers(want, a.parties)]
        if not found:
            problems.append(f"missed agreement {sorted(want.parties)}")
            continue
        if want.kind and not any(a.kind == want.kind for a in found):
            problems.append(f"agreement {sorted(want.parties)}: kind {[a.kind.value for a in found]}, not {want.kind}")
        if want.date and not any(a.date == want.date for a in found):
            problems.append(f"agreement {sorted(want.parties)}: date {[a.date for a in found]}, not {want.date}")
        if want.signatories is not None:
            got = [{ex.entity(k).name for k in a.signatories} for a in found]
            if not any({name_key(n) for n in g} == {name_key(n) for n in want.signatories} for g in got):
                problems.append(f"agreement {sorted(want.parties)}: signatories {got}, not {sorted(want.signatories)}")
    for a in ex.agreements:
        if not any(covers(want, a.parties) for want in doc.agreements):
            problems.append(f"false agreement {a.kind.value} between {[ex.entity(k).name for k in a.parties]}")

    # participations: (agent, event) pairs of events other than meetings and signings
    system: dict[tuple[str, str], set[Role]] = {}
    for event in ex.events:
        if event.kind in MEETING_KINDS or event.kind == EventKind.SIGNING:
            continue
        for p in event.participations:
            system.setdefault((p.agent, event.name or ""), set()).add(p.role)

    def fits(want: Took, agent: str, event: str) -> bool:
        return _named(ex, agent, want.agent) and _event_fits(want.event, event)

    for want in doc.participations:
        roles = [r for (agent, event), r in system.items() if fits(want, agent, event)]
        if not roles:
            problems.append(f"missed participation {want.agent} - {want.event}")
        elif not any(_role_fits(want.role, r) for r in roles):
            problems.append(f"{want.agent} - {want.event}: roles {roles}, not {want.role}")
    for (agent, event), roles in system.items():
        if not any(fits(want, agent, event) for want in doc.participations + doc.acceptable):
            problems.append(f"false participation {ex.entity(agent).name} - {event} ({sorted(roles)})")

    assert not problems, "\n".join(problems)


# phrasings the rules do not read yet: kept in the battery, expected to fail until they do
NOT_YET = pytest.mark.xfail(strict=True, reason="not read yet")


# ---------------------------------------------------------------------------------------------
# (a) signings: parties, signatories and witnesses spread over the release

SIGNINGS = [
    pytest.param(Doc(
        title="ILO and Jordan sign memorandum on decent work",
        published=date(2025, 3, 12),
        text="AMMAN, 11 March 2025 – The International Labour Organization and the Government of Jordan signed a "
             "memorandum of understanding on decent work for young people on Tuesday.\n\n"
             "The memorandum sets out joint work on vocational training, labour inspection and social protection "
             "over the next four years.\n\n"
             "The agreement was signed by Mr. Samir Khoury, Minister of Labour, on behalf of Jordan and by Ms. "
             "Helen Brandt, Regional Director of the ILO for Arab States, for the organization.",
        agreements=(signed(MOU, "International Labour Organization", "Jordan", on=date(2025, 3, 11),
                           by={"Samir Khoury", "Helen Brandt"}),)), id="signed-by-A-on-behalf-of-X-and-by-B-for-Y"),
    pytest.param(Doc(
        title="Kenya and Finland strengthen cooperation in education",
        published=date(2025, 5, 6),
        text="Nairobi, 5 May 2025. Ms. Grace Wanjiru, Cabinet Secretary for Foreign Affairs of Kenya, held talks "
             "with Mr. Mikko Lahti, Minister for Foreign Trade of Finland, at the Ministry in Nairobi.\n\n"
             "The ministers discussed trade, education and climate action.\n\n"
             "At the end of the talks, the two sides signed a memorandum of understanding on cooperation in "
             "higher education.",
        agreements=(signed(MOU, "Kenya", "Finland", on=date(2025, 5, 5), by={"Grace Wanjiru", "Mikko Lahti"}),)),
        id="talks-then-the-two-sides-signed"),
    pytest.param(Doc(
        title="UNDP and Moldova partner on digital public services",
        published=date(2025, 4, 3),
        text="Chisinau, 2 April 2025 – The United Nations Development Programme (UNDP) and the Government of the "
             "Republic of Moldova today signed a memorandum of understanding to expand digital public services in "
             "rural areas.\n\n"
             "The memorandum was signed by Ms. Ana Rusu, Deputy Prime Minister for Digitalization, and Mr. Erik "
             "Sandberg, UNDP Resident Representative in Moldova, in the presence of Mr. Ion Ceban, Minister of "
             "Finance.\n\n"
             "“This partnership will bring services closer to citizens,” said Ms. Rusu.",
        agreements=(signed(MOU, "United Nations Development Programme", "Moldova", on=date(2025, 4, 2),
                           by={"Ana Rusu", "Erik Sandberg"}),)), id="signatories-later-witness-in-the-presence-of"),
    pytest.param(Doc(
        title="Japan extends grant aid to Cambodia for water supply",
        published=date(2025, 2, 21),
        text="Phnom Penh, 20 February 2025. The Government of Japan and the Royal Government of Cambodia signed a "
             "grant agreement for the Project for the Expansion of Water Supply in Battambang.\n\n"
             "The grant agreement was signed by Mr. Kenji Sato, Ambassador of Japan to Cambodia, and Mr. Chea "
             "Sophal, Secretary of State of the Ministry of Economy and Finance.\n\n"
             "Japan will provide up to 1.9 billion yen for the project.",
        agreements=(signed(AGREEMENT, "Japan", "Cambodia", on=date(2025, 2, 20),
                           by={"Kenji Sato", "Chea Sophal"}),)), id="grant-agreement"),
    pytest.param(Doc(
        title="ADB loan to improve rural roads in Bangladesh",
        published=date(2025, 6, 11),
        text="DHAKA, BANGLADESH (10 June 2025) — The Asian Development Bank (ADB) and the Government of Bangladesh "
             "today signed a $150 million loan agreement to upgrade 600 kilometers of rural roads.\n\n"
             "Mr. Rahim Chowdhury, Secretary of the Economic Relations Division, signed for the government, while "
             "Ms. Laura Kim, ADB Country Director for Bangladesh, signed for ADB.\n\n"
             "The project will connect farmers in six districts to markets.",
        agreements=(signed(AGREEMENT, "Asian Development Bank", "Bangladesh", on=date(2025, 6, 10),
                           by={"Rahim Chowdhury", "Laura Kim"}),)), id="loan-agreement-signed-for-while"),
    pytest.param(Doc(
        title="Estonia and Georgia exchange letters on e-governance",
        published=date(2025, 9, 17),
        text="Tallinn, 16 September 2025. Estonia and Georgia signed a letter of intent on cooperation in "
             "e-governance during the visit of Georgian Minister of Justice Levan Beridze to Tallinn.\n\n"
             "Minister Beridze and Estonian Minister of Justice Kristi Tamm also discussed judicial reform.",
        agreements=(signed(LOI, "Estonia", "Georgia", on=date(2025, 9, 16)),)), id="letter-of-intent-during-visit"),
    pytest.param(Doc(
        title="Ghana ratifies the convention",
        published=date(2025, 7, 2),
        text="New York, 1 July 2025. Ghana deposited its instrument of ratification of the Convention on the "
             "Rights of Persons with Disabilities with the Secretary-General of the United Nations on 1 July "
             "2025.\n\n"
             "Mr. Kwesi Boateng, Permanent Representative of Ghana to the United Nations, handed over the "
             "instrument at United Nations Headquarters.\n\n"
             "The Convention was adopted in 2006 and has 191 parties."),
        id="instrument-of-ratification-deposited-no-signing"),
    pytest.param(Doc(
        title="Ministers review fisheries cooperation",
        published=date(2025, 8, 8),
        text="Accra, 7 August 2025. Ms. Ama Owusu, Minister of Fisheries of Ghana, received Mr. Koffi Agbo, "
             "Minister of Maritime Economy of Togo, in Accra.\n\n"
             "The two ministers reviewed the implementation of the fisheries agreement signed between the two "
             "countries in 2019.\n\n"
             "They agreed that a new protocol on joint patrols will be signed at the next session of the joint "
             "commission."),
        id="old-agreement-and-planned-protocol"),
    pytest.param(Doc(
        title="Uzbekistan and Hungary sign seven documents",
        published=date(2025, 10, 15),
        text="Tashkent, 14 October 2025. Mr. Jasur Tursunov, Minister of Foreign Affairs of Uzbekistan, held "
             "talks with his Hungarian counterpart, Mr. Peter Varga.\n\n"
             "Following the talks, Mr. Tursunov presided over the signing of seven memoranda with his counterpart, "
             "covering agriculture, water management, tourism and education.",
        agreements=(signed(MOU, "Uzbekistan", "Hungary", on=date(2025, 10, 14)),)),
        id="presided-over-the-signing-with-his-counterpart"),
    pytest.param(Doc(
        title="EU and Ethiopia sign financing agreement",
        published=date(2025, 3, 28),
        text="Addis Ababa, 27 March 2025. The European Union and Ethiopia signed a financing agreement of EUR 80 "
             "million to support health services in the regions.\n\n"
             "Signing on behalf of the EU was Ambassador Roland Meier, Head of the EU Delegation to Ethiopia, "
             "while Mr. Dawit Bekele, State Minister of Finance, signed on behalf of Ethiopia.",
        agreements=(signed(AGREEMENT, "European Union", "Ethiopia", on=date(2025, 3, 27),
                           by={"Roland Meier", "Dawit Bekele"}),)), id="signing-on-behalf-of-X-was-A"),
    pytest.param(Doc(
        title="UNICEF and the World Food Programme ink partnership on school meals",
        published=date(2025, 5, 21),
        text="Rome, 20 May 2025 – UNICEF and the World Food Programme inked a partnership agreement to provide "
             "school meals to one million children in the Sahel.\n\n"
             "The agreement covers Burkina Faso, Mali and Niger.\n\n"
             "It was signed by Ms. Karin Holt, Deputy Executive Director of UNICEF, and Mr. Marco Rossi, Assistant "
             "Executive Director of WFP.",
        agreements=(signed(AGREEMENT, "United Nations Children's Fund", "World Food Programme", on=date(2025, 5, 20),
                           by={"Karin Holt", "Marco Rossi"}),)), id="ink-a-partnership-signatories-later"),
    pytest.param(Doc(
        title="Egypt and Greece sign three agreements",
        published=date(2025, 11, 4),
        text="Cairo, 3 November 2025. The President of Egypt, Mr. Hassan Fathy, received the Prime Minister of "
             "Greece, Mr. Nikos Papadakis, at the presidential palace.\n\n"
             "The two leaders witnessed the signing of three agreements on maritime transport, energy and "
             "tourism between Egypt and Greece.\n\n"
             "The agreements were signed by the ministers concerned of the two countries.",
        agreements=(signed(AGREEMENT, "Egypt", "Greece", on=date(2025, 11, 3)),)), id="leaders-witnessed-the-signing"),
    pytest.param(Doc(
        title="Ministry of Health and WHO sign cooperation strategy",
        published=date(2025, 1, 30),
        text="Kigali, 29 January 2025. The Ministry of Health of Rwanda and the World Health Organization "
             "signed a memorandum of understanding on primary health care on Wednesday in Kigali.\n\n"
             "Dr. Jean Mugabo, Minister of Health, and Dr. Aisha Conteh, WHO Representative in Rwanda, put their "
             "signatures to the document in a ceremony at the Ministry.",
        agreements=(signed(MOU, "Ministry of Health of Rwanda", "World Health Organization", on=date(2025, 1, 29)),)),
        id="ministry-and-agency-signed-on-weekday"),
    pytest.param(Doc(
        title="Memorandum with the University of Porto",
        publisher="University of Nairobi",
        published=date(2025, 4, 15),
        text="The University of Nairobi and the University of Porto have signed a memorandum of understanding on "
             "staff and student exchange.\n\n"
             "The memorandum was signed on 14 April 2025 by Prof. Daniel Kiprono, Vice-Chancellor of the "
             "University of Nairobi, and Prof. Rui Almeida, Rector of the University of Porto.\n\n"
             "The two universities will also develop joint research in marine science.",
        agreements=(signed(MOU, "University of Nairobi", "University of Porto", on=date(2025, 4, 14),
                           by={"Daniel Kiprono", "Rui Almeida"}),)), id="two-universities-date-later"),
    pytest.param(Doc(
        title="Peru and Chile to sign agreement",
        published=date(2025, 6, 2),
        text="Lima, 1 June 2025. The Foreign Ministers of Peru and Chile announced that the two countries will "
             "sign an agreement on border integration in July.\n\n"
             "The agreement is expected to be signed in Tacna during the binational cabinet meeting."),
        id="signing-announced-only"),
    pytest.param(Doc(
        title="Kazakhstan and Azerbaijan sign transport agreement",
        published=date(2025, 9, 25),
        text="ASTANA. KAZINFORM – Kazakhstan and Azerbaijan signed an agreement on international road transport "
             "on 24 September 2025, the press service of the Ministry of Transport reports.\n\n"
             "The document was signed by Minister of Transport of Kazakhstan Nurlan Seitkali and Minister of "
             "Digital Development and Transport of Azerbaijan Rashad Mammadli.",
        agreements=(signed(AGREEMENT, "Kazakhstan", "Azerbaijan", on=date(2025, 9, 24),
                           by={"Nurlan Seitkali", "Rashad Mammadli"}),)), id="agency-signed-by-titles-before-names"),
    pytest.param(Doc(
        title="Norway and Viet Nam sign agreement via video link",
        published=date(2025, 2, 6),
        text="Hanoi, 5 February 2025. Norway and Viet Nam signed an agreement on ocean management during an "
             "online ceremony on 5 February 2025.\n\n"
             "Ms. Sigrid Nilsen, Minister of Fisheries of Norway, and Mr. Tran Van Minh, Minister of Agriculture "
             "of Viet Nam, signed the agreement from Oslo and Hanoi respectively.",
        agreements=(signed(AGREEMENT, "Norway", "Vietnam", on=date(2025, 2, 5),
                           by={"Sigrid Nilsen", "Tran Van Minh"}),)), id="signed-respectively-online"),
    pytest.param(Doc(
        title="IOM and Mexico sign agreement on labour migration",
        published=date(2025, 7, 9),
        text="Mexico City, 8 July 2025 – The International Organization for Migration (IOM) and Mexico's "
             "Ministry of Labour signed an agreement to promote fair recruitment.\n\n"
             "The signing ceremony was attended by Ms. Lucia Herrera, Minister of Labour, and Mr. Paolo Conti, "
             "IOM Chief of Mission in Mexico, who signed the agreement.",
        agreements=(signed(AGREEMENT, "International Organization for Migration", "Mexico", on=date(2025, 7, 8)),)),
        id="the-signing-ceremony-was-attended-by"),
    pytest.param(Doc(
        title="Peru and Chile sign protocol",
        published=date(2025, 8, 13),
        text="Lima, 13 August 2025. Recalling the memorandum of understanding signed between the two countries in "
             "2019, Peru and Chile today signed a protocol on the mutual recognition of diplomas.\n\n"
             "The protocol was signed by Ms. Rosa Quispe, Minister of Education of Peru, and Mr. Felipe Rojas, "
             "Minister of Education of Chile.",
        agreements=(signed(AgreementKind.PROTOCOL, "Peru", "Chile", on=date(2025, 8, 13),
                           by={"Rosa Quispe", "Felipe Rojas"}),)),
        id="old-memorandum-recalled-new-protocol-signed"),
    pytest.param(Doc(
        title="Türkiye, Azerbaijan sign trade agreement",
        published=date(2025, 5, 27),
        text="ANKARA (AA) - Türkiye and Azerbaijan on Tuesday signed an agreement on preferential trade in Ankara, "
             "the Trade Ministry said in a statement.\n\n"
             "The agreement was signed by Trade Minister Omer Yildiz and Azerbaijani Economy Minister Elnur "
             "Aliyev, the statement said.",
        agreements=(signed(AGREEMENT, "Türkiye", "Azerbaijan"),)), id="wire-style-on-weekday-signed"),
    pytest.param(Doc(
        title="Ministry signs MoU with Egerton University",
        published=date(2025, 4, 29),
        text="Nairobi, 28 April 2025. The Ministry of Agriculture of Kenya and Egerton University signed a "
             "memorandum of understanding on agricultural research.\n\n"
             "Principal Secretary Mr. Peter Mwangi signed on behalf of the Ministry, while Prof. Grace Njeri, "
             "Vice-Chancellor, signed for the University.",
        agreements=(signed(MOU, "Ministry of Agriculture of Kenya", "Egerton University", on=date(2025, 4, 28),
                           by={"Peter Mwangi", "Grace Njeri"}),)), id="ministry-and-university-signed-for-while"),
    pytest.param(Doc(
        title="UNHCR and Chad sign Letter of Understanding",
        published=date(2025, 3, 19),
        text="N'Djamena, 18 March 2025 – The Office of the United Nations High Commissioner for Refugees (UNHCR) "
             "and the Government of Chad today signed a Letter of Understanding on the inclusion of refugees in "
             "national health services.\n\n"
             "The letter was signed by Mr. Idriss Mahamat, Minister of Public Health, and Ms. Sophie Laurent, "
             "UNHCR Representative in Chad.",
        agreements=(signed(None, "Office of the United Nations High Commissioner for Refugees", "Chad",
                           on=date(2025, 3, 18), by={"Idriss Mahamat", "Sophie Laurent"}),)),
        id="letter-of-understanding"),
    pytest.param(Doc(
        title="Agreement on fisheries signed",
        published=date(2025, 5, 15),
        text="Dakar, 14 May 2025. Senegal and Mauritania signed an agreement on fisheries in Dakar on 14 May.\n\n"
             "The agreement was signed by Mr. Moussa Diop, Minister of Fisheries of Senegal, and Mr. Sidi Ould "
             "Ahmed, Minister of Fisheries of Mauritania.\n\n"
             "The President of Senegal, Mr. Amadou Fall, also signed a decree on the protection of coastal "
             "waters.",
        agreements=(signed(AGREEMENT, "Senegal", "Mauritania", on=date(2025, 5, 14),
                           by={"Moussa Diop", "Sidi Ould Ahmed"}),)), id="a-decree-signed-after-is-no-signatory"),
]


@pytest.mark.parametrize("doc", SIGNINGS)
def test_signings(nlp, doc):
    check(nlp, doc)


# ---------------------------------------------------------------------------------------------
# (b) conferences, forums, summits, workshops, webinars, ceremonies: who took part, who organised

GATHERINGS = [
    pytest.param(Doc(
        title="Regional Forum on Clean Energy opens in Manila",
        published=date(2025, 6, 5),
        text="Manila, 4 June 2025 – The Regional Forum on Clean Energy opened today in Manila.\n\n"
             "The forum was organised by the Asian Development Bank in partnership with the Government of Japan "
             "and brought together more than 400 participants from 30 countries.\n\n"
             "Speakers included Ms. Maria Santos, Secretary of Energy of the Philippines, and Mr. Hiroshi Tanaka, "
             "Vice-Minister of Economy of Japan.",
        participations=(Took("Asian Development Bank", "Regional Forum on Clean Energy", ORGANIZER),
                        Took("Japan", "Regional Forum on Clean Energy", ORGANIZER),
                        Took("Maria Santos", "Regional Forum on Clean Energy"),
                        Took("Hiroshi Tanaka", "Regional Forum on Clean Energy"))),
        id="forum-organised-by-in-partnership-with-speakers-included"),
    pytest.param(Doc(
        title="Africa Water Summit",
        published=date(2025, 3, 4),
        text="Addis Ababa, 3 March 2025. The African Union hosted the Africa Water Summit at its headquarters on "
             "3 March 2025.\n\n"
             "The summit was chaired by Mr. Paul Kagimu, President of Uganda.\n\n"
             "Mr. Joseph Banda, Minister of Water of Malawi, addressed the summit on behalf of the Southern "
             "African Development Community.",
        participations=(Took("African Union", "Africa Water Summit", ORGANIZER),
                        Took("Paul Kagimu", "Africa Water Summit"),
                        Took("Joseph Banda", "Africa Water Summit")),
        acceptable=(Took("Southern African Development Community", "Africa Water Summit"),)),
        id="summit-hosted-chaired-addressed"),
    pytest.param(Doc(
        title="Workshop on labour inspection",
        published=date(2025, 5, 13),
        text="Dar es Salaam, 12 May 2025. A three-day Workshop on Labour Inspection opened in Dar es Salaam on "
             "Monday.\n\n"
             "The workshop, organised by the International Labour Organization, was opened by Ms. Neema Mushi, "
             "Minister of Labour of Tanzania.\n\n"
             "Labour inspectors from Kenya, Uganda and Tanzania take part in the training.",
        participations=(Took("International Labour Organization", "Workshop on Labour Inspection", ORGANIZER),
                        Took("Neema Mushi", "Workshop on Labour Inspection")),
        acceptable=(Took("Kenya", "Workshop on Labour Inspection"), Took("Uganda", "Workshop on Labour Inspection"),
                    Took("Tanzania", "Workshop on Labour Inspection"))),
        id="workshop-organised-by-opened-by"),
    pytest.param(Doc(
        title="UNESCO webinar on media literacy",
        published=date(2025, 2, 12),
        text="Paris, 11 February 2025. UNESCO held a webinar on media literacy in schools on 11 February "
             "2025.\n\n"
             "The webinar was moderated by Ms. Claire Dubois, Chief of Media Development at UNESCO.\n\n"
             "Panelists included Mr. Tomas Novak, Minister of Education of Slovakia, and Ms. Laila Hassan, "
             "Director of the Arab Media Forum.",
        participations=(Took("United Nations Educational, Scientific and Cultural Organization", "webinar",
                             ORGANIZER),
                        Took("Claire Dubois", "webinar"), Took("Tomas Novak", "webinar"),
                        Took("Laila Hassan", "webinar"))),
        id="webinar-held-moderated-panelists"),
    pytest.param(Doc(
        title="Festival of Silk Road Music opens in Samarkand",
        published=date(2025, 8, 26),
        text="Samarkand, 25 August 2025. The opening ceremony of the International Festival of Silk Road Music "
             "took place in Samarkand on 25 August.\n\n"
             "The ceremony was attended by Mr. Aziz Karimov, Minister of Culture of Uzbekistan, and by "
             "ambassadors accredited in Tashkent.\n\n"
             "The festival is organised by the Ministry of Culture of Uzbekistan with the support of UNESCO.",
        participations=(Took("Aziz Karimov", "International Festival of Silk Road Music"),
                        Took("Ministry of Culture of Uzbekistan", "International Festival of Silk Road Music",
                             ORGANIZER)),
        acceptable=(Took("United Nations Educational, Scientific and Cultural Organization",
                         "International Festival of Silk Road Music", ORGANIZER),
                    Took("Aziz Karimov", "opening ceremony"))),
        id="opening-ceremony-attended-by-organised-with-support"),
    pytest.param(Doc(
        title="Nairobi to host the Africa Climate Forum",
        published=date(2025, 5, 2),
        text="Nairobi, 1 May 2025. Kenya will host the Africa Climate Forum in Nairobi on 4 and 5 June 2025.\n\n"
             "Ms. Grace Wanjiru, Cabinet Secretary for Environment, is expected to deliver the keynote address. "
             "More than 50 ministers have been invited to attend the forum.\n\n"
             "The forum will be organised by the Ministry of Environment in partnership with the African "
             "Development Bank."),
        id="forum-only-announced"),
    pytest.param(Doc(
        title="Senate Speaker receives invitation",
        published=date(2025, 4, 9),
        text="Manila, 8 April 2025. Senate President Antonio Reyes received an invitation to attend the next "
             "meeting of the ASEAN Inter-Parliamentary Assembly.\n\n"
             "The invitation was delivered by Mr. Somchai Preecha, Ambassador of Thailand to the Philippines, "
             "during a courtesy call at the Senate."),
        id="invitation-to-attend-a-meeting"),
    pytest.param(Doc(
        title="OECD and ASEAN hold joint conference on tax",
        published=date(2025, 10, 8),
        text="Bangkok, 7 October 2025. The OECD and ASEAN Joint High-Level Conference on Tax Policy took place in "
             "Bangkok on 7 October 2025.\n\n"
             "Mr. Henrik Strand, Director of the OECD Centre for Tax Policy, and Ms. Siti Rahmah, Deputy "
             "Secretary-General of ASEAN, opened the conference.",
        participations=(Took("Organisation for Economic Co-operation and Development", "Conference on Tax Policy",
                             ORGANIZER),
                        Took("Association of Southeast Asian Nations", "Conference on Tax Policy", ORGANIZER),
                        Took("Henrik Strand", "Conference on Tax Policy"),
                        Took("Siti Rahmah", "Conference on Tax Policy"))),
        id="organisers-named-inside-the-event-name"),
    pytest.param(Doc(
        title="Minister attends Ministerial Conference",
        published=date(2025, 3, 27),
        text="Abu Dhabi, 26 March 2025. Mr. Jonas Petrauskas, Minister of Economy of Lithuania, led the "
             "Lithuanian delegation to the 14th Ministerial Conference of the World Trade Organization in Abu "
             "Dhabi.\n\n"
             "In his statement at the plenary session, the minister called for the reform of the dispute "
             "settlement system.",
        participations=(Took("Jonas Petrauskas", "Ministerial Conference"),),
        acceptable=(Took("Lithuania", "Ministerial Conference"),
                    Took("World Trade Organization", "Ministerial Conference", ORGANIZER))),
        id="led-the-delegation-to-E"),
    pytest.param(Doc(
        title="Investment Forum in Vienna",
        published=date(2025, 11, 13),
        text="Vienna, 12 November 2025. The Vienna Investment Forum was held on 12 November 2025 with more than "
             "600 business leaders.\n\n"
             "Ms. Lena Fischer, Minister of Economy of Austria, delivered the opening address.\n\n"
             "Also participating in the forum were Mr. Pavel Dvorak, Minister of Industry of the Czech Republic, "
             "and Ms. Eva Horvat, Minister of Economy of Slovenia.",
        participations=(Took("Lena Fischer", "Vienna Investment Forum"),
                        Took("Pavel Dvorak", "Vienna Investment Forum"),
                        Took("Eva Horvat", "Vienna Investment Forum"))),
        id="opening-address-then-also-participating-were"),
    pytest.param(Doc(
        title="Photo exhibition opens at the embassy",
        publisher="Embassy of Poland in Seoul",
        published=date(2025, 6, 17),
        text="Seoul, 16 June 2025. An exhibition of photographs of Warsaw opened at the Seoul Museum of Art on 16 "
             "June.\n\n"
             "The exhibition, organised by the Embassy of Poland in cooperation with the Seoul Museum of Art, was "
             "opened by Ambassador Marek Nowicki.",
        participations=(Took("Embassy of Poland", "exhibition", ORGANIZER), Took("Marek Nowicki", "exhibition")),
        acceptable=(Took("Seoul Museum of Art", "exhibition", ORGANIZER),)),
        id="exhibition-organised-in-cooperation-with-opened-by"),
    pytest.param(Doc(
        title="Global Health Symposium concludes",
        published=date(2025, 9, 5),
        text="Geneva, 4 September 2025 – The Global Symposium on Health Systems, co-hosted by the World Health "
             "Organization and the Government of Switzerland, concluded in Geneva on 4 September.\n\n"
             "Dr. Amara Diallo, Minister of Health of Guinea, and Dr. Sofia Ruiz, Minister of Health of Costa "
             "Rica, took part in a panel discussion on primary care.",
        participations=(Took("World Health Organization", "Global Symposium on Health Systems", ORGANIZER),
                        Took("Switzerland", "Global Symposium on Health Systems", ORGANIZER),
                        Took("Amara Diallo", "Global Symposium on Health Systems"),
                        Took("Sofia Ruiz", "Global Symposium on Health Systems")),
        acceptable=(Took("Amara Diallo", "panel discussion"), Took("Sofia Ruiz", "panel discussion"))),
        id="co-hosted-by-then-panel-discussion"),
    pytest.param(Doc(
        title="Minister meets counterparts on the margins of the Forum",
        published=date(2025, 1, 23),
        text="Davos, 22 January 2025. Ms. Anna Berg, Minister of Foreign Affairs of Sweden, took part in the "
             "Annual Meeting of the World Economic Forum in Davos.\n\n"
             "On the margins of the forum, Minister Berg met Mr. Juan Perez, Minister of Foreign Affairs of "
             "Chile.",
        participations=(Took("Anna Berg", "Annual Meeting of the World Economic Forum"),),
        acceptable=(Took("Juan Perez", "World Economic Forum"), Took("World Economic Forum", "Annual Meeting",
                                                                     ORGANIZER))),
        id="took-part-then-met-on-the-margins"),
    pytest.param(Doc(
        title="Youth Innovation Conference in Kigali",
        published=date(2025, 7, 16),
        text="Kigali, 15 July 2025. The Youth Innovation Conference, organised by UNDP and the Government of "
             "Rwanda, opened in Kigali on 15 July.\n\n"
             "Ms. Claudine Uwase, Minister of Youth of Rwanda, gave the keynote speech. Mr. Erik Sandberg, UNDP "
             "Resident Representative, also addressed the participants.",
        participations=(Took("United Nations Development Programme", "Youth Innovation Conference", ORGANIZER),
                        Took("Rwanda", "Youth Innovation Conference", ORGANIZER),
                        Took("Claudine Uwase", "Youth Innovation Conference"),
                        Took("Erik Sandberg", "Youth Innovation Conference"))),
        id="keynote-speech-and-also-addressed"),
    pytest.param(Doc(
        title="Training course for diplomats",
        published=date(2025, 10, 21),
        text="Astana, 20 October 2025. A Training Course on Multilateral Diplomacy for young diplomats of Central "
             "Asian states began in Astana on 20 October.\n\n"
             "The course is organised by the OSCE Programme Office in Astana and the Ministry of Foreign Affairs "
             "of Kazakhstan.\n\n"
             "Participants will study negotiation, protocol and international law.",
        participations=(Took("OSCE Programme Office in Astana", "Training Course on Multilateral Diplomacy", ORGANIZER),
                        Took("Ministry of Foreign Affairs of Kazakhstan", "Training Course on Multilateral Diplomacy",
                             ORGANIZER)),
        acceptable=(Took("Organization for Security and Co-operation in Europe",
                         "Training Course on Multilateral Diplomacy", ORGANIZER),)),
        id="course-organised-by-two",
        marks=pytest.mark.xfail(strict=True, reason="'the OSCE Programme Office in Astana' is read as the OSCE: a known "
                                                    "organization's office named with its seat is no organization of "
                                                    "its own")),
    pytest.param(Doc(
        title="Book fair opens",
        published=date(2025, 5, 9),
        text="Casablanca, 8 May 2025. The International Book Fair of Casablanca opened on 8 May.\n\n"
             "Mr. Youssef Amrani, Minister of Culture of Morocco, inaugurated the fair in the presence of "
             "Ms. Ines Ferreira, Minister of Culture of Portugal, the guest of honour country.",
        participations=(Took("Youssef Amrani", "International Book Fair"),
                        Took("Ines Ferreira", "International Book Fair"))),
        id="inaugurated-in-the-presence-of"),
    pytest.param(Doc(
        title="Award ceremony",
        published=date(2025, 12, 3),
        text="Doha, 2 December 2025. Ms. Mariam Al-Thani, Minister of Education of Qatar, attended the award "
             "ceremony of the Arab Reading Challenge in Doha on 2 December.\n\n"
             "The ceremony was organised by the Arab League Educational, Cultural and Scientific Organization.",
        participations=(Took("Mariam Al-Thani", "Arab Reading Challenge"),
                        Took("Arab League Educational, Cultural and Scientific Organization", "Arab Reading Challenge",
                             ORGANIZER))),
        id="award-ceremony-organised-by-later"),
    pytest.param(Doc(
        title="Africa Energy Forum held in Accra",
        published=date(2025, 6, 20),
        text="Accra, 19 June 2025. The Africa Energy Forum brought together ministers of Ghana, Kenya and Senegal "
             "to discuss investment in power grids.\n\n"
             "Ms. Abena Darko, Minister of Energy of Ghana, was present at the forum and presented the national "
             "electrification plan.",
        participations=(Took("Ghana", "Africa Energy Forum"), Took("Kenya", "Africa Energy Forum"),
                        Took("Senegal", "Africa Energy Forum"), Took("Abena Darko", "Africa Energy Forum"))),
        id="E-brought-together-then-was-present-at"),
    pytest.param(Doc(
        title="Delegation at the Committee session",
        published=date(2025, 7, 11),
        text="Paris, 10 July 2025. A delegation headed by Ms. Ilona Kovacs, Deputy Minister of Culture of Hungary, "
             "took part in the work of the 47th session of the World Heritage Committee.\n\n"
             "The delegation presented the state of conservation of the Danube banks.",
        participations=(Took("Ilona Kovacs", "session of the World Heritage Committee"),),
        acceptable=(Took("Hungary", "session of the World Heritage Committee"),)),
        id="took-part-in-the-work-of-E"),
    pytest.param(Doc(
        title="Ministry prepares Nutrition Forum",
        published=date(2025, 3, 6),
        text="Kampala, 5 March 2025. The Minister of Health thanked UNICEF for its support to the school feeding "
             "programme.\n\n"
             "The National Forum on Nutrition will be held in Kampala in June 2025. Invitations have been sent to "
             "ministers of the region, and UNICEF is expected to co-organise the forum."),
        id="forum-planned-with-expected-co-organiser"),
    pytest.param(Doc(
        title="Secretary-General takes part in Youth Forum",
        published=date(2025, 11, 20),
        text="Jeddah, 19 November 2025. The Secretary-General of the Organisation of Islamic Cooperation, Mr. "
             "Yusuf Karimov, participated virtually in the opening session of the Islamic Youth Forum on 19 "
             "November.\n\n"
             "In his speech, the Secretary-General underlined the role of young people in development.",
        participations=(Took("Yusuf Karimov", "Islamic Youth Forum"),)),
        id="participated-virtually-in-the-opening-session-of-E"),
    pytest.param(Doc(
        title="Doha Forum opens",
        published=date(2025, 12, 8),
        text="Doha, 7 December 2025. Qatar hosted the Doha Forum on 7 and 8 December, with more than 4,000 "
             "participants from 150 countries.\n\n"
             "Speakers at the forum included Mr. Lars Eriksen, Prime Minister of Denmark, and Ms. Ana Duarte, "
             "Minister of Foreign Affairs of Portugal.",
        participations=(Took("Qatar", "Doha Forum", ORGANIZER), Took("Lars Eriksen", "Doha Forum"),
                        Took("Ana Duarte", "Doha Forum"))),
        id="hosted-E-then-speakers-at-the-forum-included"),
    pytest.param(Doc(
        title="Conference on Democracy opens in Strasbourg",
        published=date(2025, 10, 2),
        text="Strasbourg, 1 October 2025. The European Conference on Local Democracy opened in Strasbourg on 1 "
             "October. The conference was organised by the Council of Europe.\n\n"
             "Also attending were Ms. Marta Nowak, Minister of Interior of Poland, and Mr. Luca Ferri, Mayor of "
             "Turin.",
        participations=(Took("Council of Europe", "European Conference on Local Democracy", ORGANIZER),
                        Took("Marta Nowak", "European Conference on Local Democracy"),
                        Took("Luca Ferri", "European Conference on Local Democracy"))),
        id="organised-by-then-also-attending-were"),
    pytest.param(Doc(
        title="Delegation at the Expo",
        published=date(2025, 9, 30),
        text="Osaka, 29 September 2025. A delegation of Uzbekistan, headed by Mr. Jasur Aliev, Minister of "
             "Investment, participated in the Asia Investment Expo in Osaka.\n\n"
             "The delegation presented investment projects in energy and textiles.",
        participations=(Took("Jasur Aliev", "Asia Investment Expo"),),
        acceptable=(Took("Uzbekistan", "Asia Investment Expo"),)),
        id="delegation-headed-by-A-participated-in-E"),
    pytest.param(Doc(
        title="Secretary-General represented at the Forum",
        published=date(2025, 6, 26),
        text="Vienna, 25 June 2025. Ms. Karin Weber, Deputy Secretary-General of the OSCE, represented the "
             "Secretary-General at the Vienna Energy Security Forum on 25 June.\n\n"
             "She spoke on the protection of critical infrastructure.",
        participations=(Took("Karin Weber", "Vienna Energy Security Forum"),)),
        id="represented-the-SG-at-E"),
    pytest.param(Doc(
        title="Ministers discuss trade",
        published=date(2025, 2, 19),
        text="Vienna, 18 February 2025. Ms. Lena Fischer, Minister of Economy of Austria, met Mr. Jan Horak, "
             "Minister of Industry of the Czech Republic, in Vienna.\n\n"
             "Ms. Fischer delivered a keynote address on trade at the chamber of commerce later that day, and "
             "participants included representatives of 40 companies."),
        id="a-speech-after-an-encounter-and-no-event"),
]


@pytest.mark.parametrize("doc", GATHERINGS)
def test_gatherings(nlp, doc):
    check(nlp, doc)


# ---------------------------------------------------------------------------------------------
# (c) a signing at a gathering: both facts from one release

MIXED = [
    pytest.param(Doc(
        title="Agreements signed at the Investment Forum",
        published=date(2025, 4, 24),
        text="Baku, 23 April 2025. The Azerbaijan-Italy Business Forum was held in Baku on 23 April, organised "
             "by the Azerbaijan Export and Investment Promotion Agency.\n\n"
             "Mr. Elvin Huseynov, Minister of Economy of Azerbaijan, and Mr. Marco Bianchi, Deputy Minister of "
             "Economic Development of Italy, addressed the forum.\n\n"
             "On the sidelines of the forum, Azerbaijan and Italy signed a memorandum of understanding on "
             "renewable energy.",
        agreements=(signed(MOU, "Azerbaijan", "Italy", on=date(2025, 4, 23)),),
        participations=(Took("Elvin Huseynov", "Business Forum"), Took("Marco Bianchi", "Business Forum"),
                        Took("Azerbaijan Export and Investment Promotion Agency", "Business Forum", ORGANIZER)),
        acceptable=(Took("Azerbaijan", "Business Forum"), Took("Italy", "Business Forum"))),
        id="forum-addressed-then-MoU-on-the-sidelines"),
]


@pytest.mark.parametrize("doc", MIXED)
def test_signings_at_gatherings(nlp, doc):
    check(nlp, doc)


def test_an_instrument_with_an_unknown_reading_fails_at_load_naming_file_and_line(tmp_path):
    import shutil

    from icgraph.errors import InputError
    from icgraph.extract.lexicon import EXTRACTION_DIR, load_lexicon

    shutil.copytree(EXTRACTION_DIR, tmp_path / "x")
    terms = tmp_path / "x" / "agreements.tsv"
    terms.write_text(terms.read_text(encoding="utf-8") + "credit\tagreement\tnown\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"agreements.tsv:\d+: 'credit': unknown reading 'nown', one of noun"):
        load_lexicon.__wrapped__(tmp_path / "x")
    assert "loan" in load_lexicon().noun_only_terms  # the shipped table loads


def test_a_fact_word_with_an_unknown_use_fails_at_load_naming_file_and_line(tmp_path):
    import shutil

    from icgraph.errors import InputError
    from icgraph.extract.lexicon import EXTRACTION_DIR, load_lexicon

    shutil.copytree(EXTRACTION_DIR, tmp_path / "x")
    words = tmp_path / "x" / "fact_words.tsv"
    words.write_text(words.read_text(encoding="utf-8") + "panelists\tlinup\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"fact_words.tsv:\d+: 'panelists' needs a use, one of government"):
        load_lexicon.__wrapped__(tmp_path / "x")
    assert "panelists" in load_lexicon().words_for("lineup")  # the shipped table loads


# ---------------------------------------------------------------------------------------------
# (d) phrasings of news never seen: other signing verbs, documents adopted or exchanged, parties by
# acronym or by "his government", agreements that are no documents; the many ways of taking part

JOINT = AgreementKind.JOINT_DECLARATION

UNSEEN_SIGNINGS = [
    pytest.param(Doc(
        title="FAO and Malawi conclude agreement on irrigation",
        published=date(2025, 3, 4),
        text="Lilongwe, 3 March 2025 – The Food and Agriculture Organization of the United Nations and the "
             "Government of Malawi concluded an agreement on small-scale irrigation on Monday.\n\n"
             "The agreement will benefit 20,000 farming households in the southern region.",
        agreements=(signed(AGREEMENT, "Food and Agriculture Organization of the United Nations", "Malawi",
                           on=date(2025, 3, 3)),)), id="concluded-an-agreement"),
    pytest.param(Doc(
        title="Norway and Indonesia ink forest deal",
        published=date(2025, 5, 13),
        text="JAKARTA, 12 May 2025 – Norway and Indonesia inked a memorandum of understanding on forest "
             "monitoring in Jakarta on 12 May 2025.\n\n"
             "The memorandum provides for satellite data sharing and joint training of forest rangers.",
        agreements=(signed(MOU, "Norway", "Indonesia", on=date(2025, 5, 12)),)), id="inked-a-memorandum"),
    pytest.param(Doc(
        title="EU and Kenya initial partnership agreement",
        published=date(2025, 6, 20),
        text="Nairobi, 19 June 2025. The European Union and Kenya initialled an economic partnership agreement "
             "in Nairobi on 19 June 2025, concluding three years of negotiations.\n\n"
             "The agreement opens the European market to Kenyan flowers, tea and vegetables.",
        agreements=(signed(AGREEMENT, "European Union", "Kenya", on=date(2025, 6, 19)),)), id="initialled-an-agreement"),
    pytest.param(Doc(
        title="UNICEF and Nepal renew memorandum on child protection",
        published=date(2025, 4, 3),
        text="Kathmandu, 2 April 2025 – UNICEF and the Government of Nepal renewed their memorandum of "
             "understanding on child protection for another five years on 2 April 2025.\n\n"
             "Since 2020 the programme has reached more than 300,000 children.",
        agreements=(signed(MOU, "United Nations Children's Fund", "Nepal", on=date(2025, 4, 2)),)),
        id="renewed-their-memorandum"),
    pytest.param(Doc(
        title="WHO and Bhutan extend cooperation on mental health",
        published=date(2025, 7, 9),
        text="Thimphu, 8 July 2025. The World Health Organization and the Royal Government of Bhutan extended "
             "their memorandum of understanding on mental health services until 2030.\n\n"
             "The extension was agreed at a ceremony at the Ministry of Health on 8 July 2025.",
        agreements=(signed(MOU, "World Health Organization", "Bhutan"),)), id="extended-their-memorandum"),
    pytest.param(Doc(
        title="AfDB grant for solar mini-grids in Zambia",
        published=date(2025, 3, 15),
        text="Lusaka, 14 March 2025 – The African Development Bank and the Government of Zambia entered into a "
             "grant agreement of USD 20 million for solar mini-grids on 14 March 2025.\n\n"
             "The mini-grids will bring electricity to 40,000 rural homes.",
        agreements=(signed(AGREEMENT, "African Development Bank", "Zambia", on=date(2025, 3, 14)),)),
        id="entered-into-a-grant-agreement"),
    pytest.param(Doc(
        title="Portugal and Cabo Verde adopt joint declaration",
        published=date(2025, 10, 10),
        text="Praia, 9 October 2025. Portugal and Cabo Verde adopted a joint declaration on ocean governance at "
             "the end of the bilateral summit in Praia on 9 October 2025.\n\n"
             "The declaration sets out common positions ahead of the United Nations Ocean Conference.",
        agreements=(signed(JOINT, "Portugal", "Cabo Verde", on=date(2025, 10, 9)),)),
        id="adopted-a-joint-declaration"),
    pytest.param(Doc(
        title="India and Bangladesh issue joint statement",
        published=date(2025, 2, 14),
        text="New Delhi, 13 February 2025. A joint statement was issued at the end of the visit of the Foreign "
             "Minister of Bangladesh, Mr. Kamal Hossain, to New Delhi.\n\n"
             "The two sides agreed to expand cooperation in river management and power trade."),
        id="a-joint-statement-is-no-agreement"),
    pytest.param(Doc(
        title="Japan and Mongolia exchange notes on grant aid",
        published=date(2025, 2, 4),
        text="Ulaanbaatar, 3 February 2025. The Government of Japan and the Government of Mongolia exchanged "
             "notes on a grant of 500 million yen for the improvement of medical equipment on 3 February "
             "2025.\n\n"
             "The notes were exchanged by Mr. Hiroshi Ueda, Ambassador of Japan to Mongolia, and Ms. Oyun "
             "Bat, Minister of Finance of Mongolia.",
        agreements=(signed(AGREEMENT, "Japan", "Mongolia", on=date(2025, 2, 3)),)), id="exchanged-notes"),
    pytest.param(Doc(
        title="Framework agreement with IFC finalised",
        published=date(2025, 5, 23),
        text="Accra, 22 May 2025 – A framework agreement between the Government of Ghana and the International "
             "Finance Corporation was finalised in Accra on 22 May 2025.\n\n"
             "The agreement sets the terms for private investment in water utilities.",
        agreements=(signed(AGREEMENT, "Ghana", "International Finance Corporation", on=date(2025, 5, 22)),)),
        id="a-framework-agreement-between-X-and-Y-was-finalised"),
    pytest.param(Doc(
        title="Centre signs MoU with hydrology institute",
        published=date(2025, 5, 4),
        text="Bangkok, 3 May 2025. The Regional Centre for Water Studies (RCWS) received a delegation of the "
             "Kathmandu Institute of Hydrology (KIH) at its headquarters in Bangkok.\n\n"
             "During the visit, RCWS and KIH signed a memorandum of understanding on flood forecasting.",
        agreements=(signed(MOU, "Regional Centre for Water Studies", "Kathmandu Institute of Hydrology"),)),
        id="parties-by-acronyms-defined-earlier"),
    pytest.param(Doc(
        title="Research centres sign memorandum on urban health",
        published=date(2026, 3, 11),
        text="Nairobi, 10 March 2026. The Nairobi-based African Population and Health Research Center (APHRC) and "
             "Canada's International Development Research Centre (IDRC) signed a memorandum of understanding on urban "
             "health research.\n\nThe memorandum covers the years 2026 to 2030.",
        agreements=(signed(MOU, "African Population and Health Research Center", "International Development Research Centre",
                           on=date(2026, 3, 10)),)),
        id="parties-defined-by-acronyms-after-a-participle-and-a-states-possessive"),
    pytest.param(Doc(
        title="Agency and council sign memorandum",
        published=date(2025, 6, 18),
        text="Montevideo, 17 June 2025. The Latin American Energy Organization (OLADE) hosted a delegation of the "
             "Caribbean Electric Utility Services Corporation (CARILEC) at its headquarters in Quito.\n\n"
             "At the end of the visit, OLADE and CARILEC signed a memorandum of understanding on grid "
             "resilience.",
        agreements=(signed(MOU, "Latin American Energy Organization", "Caribbean Electric Utility Services "
                                                                      "Corporation"),)),
        id="parties-by-acronyms-defined-earlier-no-place-in-the-name"),
    pytest.param(Doc(
        title="Sweden and IOM sign agreement on migration data",
        published=date(2025, 9, 10),
        text="Geneva, 9 September 2025. Sweden and the International Organization for Migration signed an "
             "agreement on migration data on 9 September 2025.\n\n"
             "Mr. Tomas Berg, Minister for International Development, signed the agreement on behalf of his "
             "government, and Ms. Amina Yusuf, Deputy Director General of IOM, signed on behalf of the "
             "organization.",
        agreements=(signed(AGREEMENT, "Sweden", "International Organization for Migration", on=date(2025, 9, 9),
                           by={"Tomas Berg", "Amina Yusuf"}),)), id="on-behalf-of-his-government"),
    pytest.param(Doc(
        title="Minister signs agreement with UNFPA",
        published=date(2025, 11, 19),
        text="Maputo, 18 November 2025. Ms. Lurdes Mabunda, Minister of Health of Mozambique, signed an agreement "
             "with the United Nations Population Fund on maternal health on 18 November 2025 on behalf of her "
             "government.",
        agreements=(signed(AGREEMENT, "Mozambique", "United Nations Population Fund", on=date(2025, 11, 18)),)),
        id="minister-signed-with-X-on-behalf-of-her-government"),
    pytest.param(Doc(
        title="World Bank financing for Ghana's power sector",
        published=date(2025, 6, 4),
        text="Accra, 3 June 2025. The Ministry of Finance of Ghana and the World Bank signed a financing agreement "
             "of USD 250 million for the power sector on 3 June 2025.\n\n"
             "The financing will reduce losses on the distribution network.",
        agreements=(signed(AGREEMENT, "Ghana", "World Bank", on=date(2025, 6, 3)),)),
        id="a-ministry-signs-for-its-state"),
    pytest.param(Doc(
        title="Grant for a school in Nepal",
        published=date(2025, 3, 26),
        text="Kathmandu, 25 March 2025. The Embassy of Japan in Nepal and the Nepal Red Cross Society signed a "
             "grant agreement for the construction of a school building in Sindhupalchok on 25 March 2025.",
        agreements=(signed(AGREEMENT, "Japan", "Nepal Red Cross Society", on=date(2025, 3, 25)),)),
        id="an-embassy-signs-for-its-state"),
    pytest.param(Doc(
        title="Kenya and Uganda agree on joint commission",
        published=date(2025, 8, 20),
        text="Kampala, 19 August 2025. Kenya and Uganda agreed to establish a joint commission on cross-border "
             "trade during talks between their foreign ministers in Kampala.\n\n"
             "The ministers also agreed to meet again in Nairobi in December."),
        id="agreed-to-without-a-document"),
    pytest.param(Doc(
        title="Agreement enters into force",
        published=date(2025, 1, 16),
        text="Brussels, 15 January 2025. The partnership agreement between the European Union and Chile entered "
             "into force on 15 January 2025.\n\n"
             "The agreement was signed in December 2023."),
        id="an-agreement-entering-into-force-is-no-signing"),
    pytest.param(Doc(
        title="Georgia and Armenia sign protocol on trade",
        published=date(2025, 3, 10),
        text="Tbilisi, 9 March 2025. Georgia's Minister of Economy, Ms. Nino Beridze, met the Deputy Minister of "
             "Trade of Armenia, Mr. Aram Petrosyan.\n\n"
             "Following the meeting, the sides signed a protocol on trade facilitation.",
        agreements=(signed(AgreementKind.PROTOCOL, "Georgia", "Armenia", by={"Nino Beridze", "Aram Petrosyan"}),)),
        id="the-sides-signed-after-a-meeting"),
    pytest.param(Doc(
        title="AIIB loan for Sri Lanka",
        published=date(2025, 7, 3),
        text="Beijing, 2 July 2025. Ms. Li Wen, Vice President of the Asian Infrastructure Investment Bank, "
             "received Mr. Nuwan Perera, Minister of Finance of Sri Lanka, at the Bank's headquarters.\n\n"
             "Both parties signed a loan agreement of USD 100 million for urban water supply.",
        agreements=(signed(AGREEMENT, "Asian Infrastructure Investment Bank", "Sri Lanka",
                           by={"Li Wen", "Nuwan Perera"}),)),
        id="both-parties-signed-after-a-reception"),
    pytest.param(Doc(
        title="France and India sign nuclear deal",
        published=date(2025, 3, 12),
        text="Paris, 11 March 2025 - France and India signed a deal on civil nuclear energy on 11 March 2025.\n\n"
             "The two countries will also deal with the financing of new reactors at a later stage.",
        agreements=(signed(AGREEMENT, "France", "India", on=date(2025, 3, 11)),)), id="signed-a-deal"),
    pytest.param(Doc(
        title="EIB finance contract for rural roads",
        published=date(2025, 3, 5),
        text="Luxembourg, 4 March 2025. The European Investment Bank and the Government of Senegal signed a finance "
             "contract of EUR 50 million for rural roads on 4 March 2025.",
        agreements=(signed(AGREEMENT, "European Investment Bank", "Senegal", on=date(2025, 3, 4)),)),
        id="signed-a-finance-contract"),
    pytest.param(Doc(
        title="Institute hosts university delegation",
        published=date(2025, 5, 4),
        text="Bangkok, 3 May 2025. The Asian Institute of Technology hosted a delegation of the University of Tokyo "
             "on 3 May 2025.\n\n"
             "The two institutions signed a memorandum of understanding on joint research.",
        agreements=(signed(MOU, "Asian Institute of Technology", "University of Tokyo"),)),
        id="the-two-institutions-signed"),
    pytest.param(Doc(
        title="Georgia and Armenia hold consultations",
        published=date(2025, 5, 5),
        text="Tbilisi, 4 May 2025. Georgia and Armenia held consultations on trade in Tbilisi on 4 May 2025.\n\n"
             "At the end of the consultations, the two countries signed a protocol on customs cooperation.",
        agreements=(signed(AgreementKind.PROTOCOL, "Georgia", "Armenia"),)), id="the-two-countries-signed"),
]


@pytest.mark.parametrize("doc", UNSEEN_SIGNINGS)
def test_unseen_signings(nlp, doc):
    check(nlp, doc)


UNSEEN_GATHERINGS = [
    pytest.param(Doc(
        title="Minister attends Committee session",
        published=date(2025, 11, 6),
        text="Geneva, 5 November 2025. Ms. Hanna Virtanen, Minister of Justice of Finland, attended the 12th "
             "Session of the Intergovernmental Committee on Genetic Resources in Geneva on 5 November.\n\n"
             "She called for an early conclusion of the negotiations.",
        participations=(Took("Hanna Virtanen", "12th Session of the Intergovernmental Committee on Genetic "
                                               "Resources"),)),
        id="attended-the-12th-session-of-E"),
    pytest.param(Doc(
        title="Chile at COP29",
        published=date(2024, 11, 13),
        text="Baku, 12 November 2024. Ms. Carla Munoz, Minister of Environment of Chile, took part in COP29 in "
             "Baku on 12 November 2024.\n\n"
             "The minister presented Chile's new plan for the protection of glaciers.",
        participations=(Took("Carla Munoz", "COP29"),)),
        id="took-part-in-COP29"),
    pytest.param(Doc(
        title="Minister addresses the Human Rights Council",
        published=date(2025, 3, 4),
        text="Geneva, 3 March 2025. Mr. Rui Tavares, Minister of Foreign Affairs of Portugal, addressed the 58th "
             "session of the Human Rights Council on 3 March 2025.\n\n"
             "He stressed the protection of human rights defenders.",
        participations=(Took("Rui Tavares", "58th session of the Human Rights Council"),)),
        id="addressed-the-58th-session-of-E"),
    pytest.param(Doc(
        title="Speech at the World Urban Forum",
        published=date(2024, 11, 5),
        text="Cairo, 4 November 2024. Ms. Lina Haddad, Minister of Housing of Jordan, spoke at the World Urban "
             "Forum in Cairo on 4 November 2024.\n\n"
             "She presented Jordan's programme of affordable housing.",
        participations=(Took("Lina Haddad", "World Urban Forum"),)),
        id="spoke-at-E"),
    pytest.param(Doc(
        title="Executive Council session",
        published=date(2025, 7, 11),
        text="Malabo, 10 July 2025. Mr. Samuel Okello, Minister of Foreign Affairs of Uganda, chaired the 47th "
             "Ordinary Session of the Executive Council of the African Union in Malabo on 10 July 2025.\n\n"
             "The Council prepared the agenda of the mid-year summit.",
        participations=(Took("Samuel Okello", "Ordinary Session of the Executive Council"),),
        acceptable=(Took("African Union", "Ordinary Session of the Executive Council", ORGANIZER),)),
        id="chaired-the-47th-ordinary-session"),
    pytest.param(Doc(
        title="Panel at the Global Media Forum",
        published=date(2025, 6, 24),
        text="Bonn, 23 June 2025. Ms. Julia Weiss, Director of the Press Office of the Federal Government, "
             "moderated a panel on disinformation at the Global Media Forum in Bonn on 23 June 2025.",
        participations=(Took("Julia Weiss", "Global Media Forum"),),
        acceptable=(Took("Julia Weiss", "panel"),)),
        id="moderated-a-panel-at-E"),
    pytest.param(Doc(
        title="Remarks at the High-Level Dialogue",
        published=date(2025, 4, 10),
        text="New York, 9 April 2025. Mr. David Mensah, Minister of Finance of Ghana, delivered remarks at the "
             "High-Level Dialogue on Financing for Development on 9 April 2025.\n\n"
             "He called for the reform of sovereign debt restructuring.",
        participations=(Took("David Mensah", "High-Level Dialogue on Financing for Development"),)),
        id="delivered-remarks-at-E"),
    pytest.param(Doc(
        title="Conference on Water Security",
        published=date(2025, 9, 17),
        text="Rabat, 16 September 2025. The International Conference on Water Security opened in Rabat on 16 "
             "September 2025.\n\n"
             "The conference was attended by Mr. Karim Bennani, Minister of Equipment and Water of Morocco, and "
             "Ms. Sonia Ferhat, Minister of Water Resources of Algeria.",
        participations=(Took("Karim Bennani", "International Conference on Water Security"),
                        Took("Sonia Ferhat", "International Conference on Water Security"))),
        id="E-was-attended-by-A-and-B"),
    pytest.param(Doc(
        title="Regional workshop on statistics",
        published=date(2025, 3, 12),
        text="Accra, 11 March 2025. Delegates from Ghana, Nigeria and Liberia took part in the Regional Workshop "
             "on Agricultural Statistics in Accra on 11 March 2025.\n\n"
             "The participants reviewed methods for crop surveys.",
        participations=(Took("Ghana", "Regional Workshop on Agricultural Statistics"),
                        Took("Nigeria", "Regional Workshop on Agricultural Statistics"),
                        Took("Liberia", "Regional Workshop on Agricultural Statistics"))),
        id="delegates-from-X-Y-and-Z-took-part-in-E"),
    pytest.param(Doc(
        title="Malta at the Disarmament Conference",
        published=date(2025, 2, 27),
        text="Geneva, 26 February 2025. Ms. Claire Vella, Ambassador of Malta to the United Nations in Geneva, "
             "represented Malta at the high-level segment of the Conference on Disarmament on 26 February "
             "2025.",
        participations=(Took("Claire Vella", "Conference on Disarmament"),),
        acceptable=(Took("Malta", "Conference on Disarmament"),)),
        id="A-represented-X-at-E"),
    pytest.param(Doc(
        title="Minister of Health attends the World Health Assembly",
        published=date(2025, 5, 21),
        text="Geneva, 20 May 2025. Mr. Peter Banda, Minister of Health of Zambia, attended the assembly on 20 "
             "May 2025 and delivered a statement on primary health care.\n\n"
             "He also met the Director-General of the World Health Organization.",
        participations=(Took("Peter Banda", "World Health Assembly"),)),
        id="the-event-named-in-the-headline-only", marks=NOT_YET),  # "assembly" heads organizations, no event word
    pytest.param(Doc(
        title="Minister joins virtual summit",
        published=date(2025, 4, 25),
        text="Wellington, 24 April 2025. Ms. Aroha Ngata, Minister of Climate Change of New Zealand, took part "
             "in the virtual Pacific Climate Summit on 24 April 2025.\n\n"
             "She announced new funding for adaptation in the Pacific.",
        participations=(Took("Aroha Ngata", "Pacific Climate Summit"),)),
        id="took-part-in-a-virtual-summit"),
    pytest.param(Doc(
        title="Global Forum on Migration",
        published=date(2025, 12, 5),
        text="Brussels, 4 December 2025. Mr. Omar Said, Minister of Labour of Somalia, addressed the Global Forum "
             "on Migration and Development by video link on 4 December 2025.",
        participations=(Took("Omar Said", "Global Forum on Migration and Development"),)),
        id="addressed-E-by-video-link"),
    pytest.param(Doc(
        title="Ministers at the Astana International Forum",
        published=date(2025, 5, 30),
        text="Astana, 29 May 2025. Mr. Daniyar Sadykov, Minister of Energy of Kazakhstan, and Ms. Olga Popescu, "
             "Minister of Energy of Moldova, participated in the 8th edition of the Astana International Forum "
             "on 29 May 2025.",
        participations=(Took("Daniyar Sadykov", "Astana International Forum"),
                        Took("Olga Popescu", "Astana International Forum"))),
        id="participated-in-the-8th-edition-of-E"),
    pytest.param(Doc(
        title="Dialogue on Youth Employment",
        published=date(2025, 8, 13),
        text="Dakar, 12 August 2025. The Regional Dialogue on Youth Employment was co-chaired by Ms. Awa Ndiaye, "
             "Minister of Labour of Senegal, and Mr. Ibrahim Traore, Minister of Youth of Mali.",
        participations=(Took("Awa Ndiaye", "Regional Dialogue on Youth Employment"),
                        Took("Ibrahim Traore", "Regional Dialogue on Youth Employment"))),
        id="E-was-co-chaired-by-A-and-B"),
    pytest.param(Doc(
        title="Urban Forum statement",
        published=date(2024, 11, 8),
        text="Cairo, 7 November 2024. Mr. Ahmed Rashid, Minister of Local Government of Iraq, delivered a "
             "statement at the Twelfth Session of the World Urban Forum (WUF12) on 7 November 2024.",
        participations=(Took("Ahmed Rashid", "Twelfth Session of the World Urban Forum"),)),
        id="delivered-a-statement-at-the-twelfth-session-WUF12"),
    pytest.param(Doc(
        title="Minister takes part in ASEAN summit",
        published=date(2025, 10, 27),
        text="Kuala Lumpur, 26 October 2025. Mr. Somsak Chai, Minister of Foreign Affairs of Thailand, took part "
             "in the 47th ASEAN Summit in Kuala Lumpur on 26 October 2025.",
        participations=(Took("Somsak Chai", "47th ASEAN Summit"),),
        acceptable=(Took("Association of Southeast Asian Nations", "47th ASEAN Summit", ORGANIZER),)),
        id="took-part-in-the-47th-ASEAN-Summit"),
    pytest.param(Doc(
        title="Minister at the Commission on the Status of Women",
        published=date(2025, 3, 12),
        text="New York, 11 March 2025. Ms. Rosa Mendes, Minister of Gender Equality of Brazil, is taking part in "
             "the 69th session of the Commission on the Status of Women in New York.\n\n"
             "The minister will also meet civil society organisations.",
        participations=(Took("Rosa Mendes", "69th session of the Commission on the Status of Women"),)),
        id="is-taking-part-in-E"),
    pytest.param(Doc(
        title="Arab Water Forum opens",
        published=date(2025, 5, 4),
        text="Cairo, 3 May 2025. The Arab Water Forum opened in Cairo on 3 May 2025 with the participation of Mr. "
             "Haider Jasim, Minister of Water Resources of Iraq, and Ms. Dina Saleh, Minister of Water of "
             "Jordan.",
        participations=(Took("Haider Jasim", "Arab Water Forum"), Took("Dina Saleh", "Arab Water Forum"))),
        id="E-opened-with-the-participation-of-A-and-B"),
    pytest.param(Doc(
        title="Kenya at the African Union Summit",
        published=date(2025, 2, 16),
        text="Addis Ababa, 15 February 2025. Mr. Joseph Kamau, Deputy Minister of Foreign Affairs of Kenya, "
             "headed the Kenyan delegation to the 38th Summit of the African Union in Addis Ababa.",
        participations=(Took("Joseph Kamau", "38th Summit of the African Union"),),
        acceptable=(Took("Kenya", "38th Summit of the African Union"),
                    Took("African Union", "38th Summit of the African Union", ORGANIZER))),
        id="headed-the-delegation-to-E"),
    pytest.param(Doc(
        title="Prime Minister at the Summit of the Future",
        published=date(2024, 9, 23),
        text="New York, 22 September 2024. Prime Minister Anna Lindqvist joined world leaders at the Summit of "
             "the Future in New York on 22 September 2024.",
        participations=(Took("Anna Lindqvist", "Summit of the Future"),)),
        id="joined-leaders-at-E"),
    pytest.param(Doc(
        title="Statement at the Conference on Disarmament",
        published=date(2025, 2, 26),
        text="Geneva, 25 February 2025. Mr. Tomasz Zielinski, Deputy Minister of Foreign Affairs of Poland, took "
             "the floor at the high-level segment of the Conference on Disarmament on 25 February 2025.",
        participations=(Took("Tomasz Zielinski", "Conference on Disarmament"),)),
        id="took-the-floor-at-E"),
    pytest.param(Doc(
        title="Minister graces the opening of the Trade Fair",
        published=date(2025, 9, 2),
        text="Lusaka, 1 September 2025. Mr. Chanda Mulenga, Minister of Commerce of Zambia, graced the opening "
             "ceremony of the Zambia International Trade Fair in Ndola on 1 September 2025.",
        participations=(Took("Chanda Mulenga", "Zambia International Trade Fair"),)),
        id="graced-the-opening-ceremony-of-E"),
    pytest.param(Doc(
        title="Ministers co-chair the Forum",
        published=date(2025, 10, 16),
        text="Bangkok, 15 October 2025. Ms. Malee Srisuk, Minister of Labour of Thailand, and Mr. Kenta Mori, "
             "Vice-Minister of Health of Japan, co-chaired the Asia-Pacific Forum on Social Protection in Bangkok "
             "on 15 October 2025.",
        participations=(Took("Malee Srisuk", "Asia-Pacific Forum on Social Protection"),
                        Took("Kenta Mori", "Asia-Pacific Forum on Social Protection"))),
        id="A-and-B-co-chaired-E"),
    pytest.param(Doc(
        title="Water Week opens",
        published=date(2025, 10, 15),
        text="Cairo, 14 October 2025. Mr. Hany Selim, Minister of Water Resources of Egypt, opened the Cairo Water "
             "Week on 14 October 2025.",
        participations=(Took("Hany Selim", "Cairo Water Week"),)), id="opened-a-week"),
    pytest.param(Doc(
        title="Roundtable on heritage",
        published=date(2025, 4, 4),
        text="Paris, 3 April 2025. Ms. Anne Morel, Minister of Culture of France, took part in the Roundtable on "
             "Cultural Heritage on 3 April 2025.",
        participations=(Took("Anne Morel", "Roundtable on Cultural Heritage"),)), id="took-part-in-a-roundtable"),
    pytest.param(Doc(
        title="Security Council debate",
        published=date(2025, 5, 6),
        text="New York, 5 May 2025. Ms. Ama Mensah, Permanent Representative of Ghana to the United Nations, took "
             "part in the Open Debate of the Security Council on children and armed conflict on 5 May 2025.",
        participations=(Took("Ama Mensah", "Open Debate of the Security Council"),),
        acceptable=(Took("Ghana", "Open Debate of the Security Council"),)), id="took-part-in-an-open-debate"),
    pytest.param(Doc(
        title="Commemoration in Kigali",
        published=date(2025, 4, 8),
        text="Kigali, 7 April 2025. Mr. Paul Mugisha, Minister of National Unity of Rwanda, attended the "
             "commemoration of the victims of the genocide in Kigali on 7 April 2025.",
        participations=(Took("Paul Mugisha", "commemoration of the victims of the genocide"),)),
        id="attended-a-commemoration"),
    pytest.param(Doc(
        title="Minister in Davos",
        published=date(2025, 1, 22),
        text="Davos, 21 January 2025. Mr. Ivan Petrov, Minister of Economy of Bulgaria, participated in a panel on "
             "energy security at the World Economic Forum Annual Meeting 2025 in Davos.",
        participations=(Took("Ivan Petrov", "World Economic Forum Annual Meeting"),),
        acceptable=(Took("World Economic Forum", "World Economic Forum Annual Meeting", ORGANIZER),)),
        id="a-panel-on-a-theme-at-E"),
    pytest.param(Doc(
        title="Panel in Bonn",
        published=date(2025, 6, 24),
        text="Bonn, 23 June 2025. Ms. Julia Weiss, Director of the Press Office, took part in a panel discussion on "
             "media freedom during the Global Media Forum in Bonn.",
        participations=(Took("Julia Weiss", "Global Media Forum"),)),
        id="a-panel-discussion-during-E"),
    pytest.param(Doc(
        title="Workshop on disaster statistics",
        published=date(2025, 4, 9),
        text="Vientiane, 8 April 2025. The ASEAN Secretariat organised the Regional Workshop on Disaster Statistics "
             "in Vientiane on 8 April 2025.\n\n"
             "Officials from Laos, Cambodia and Myanmar attended the workshop.",
        participations=(Took("ASEAN Secretariat", "Regional Workshop on Disaster Statistics", ORGANIZER),
                        Took("Laos", "Regional Workshop on Disaster Statistics"),
                        Took("Cambodia", "Regional Workshop on Disaster Statistics"),
                        Took("Myanmar", "Regional Workshop on Disaster Statistics")),
        acceptable=(Took("Association of Southeast Asian Nations", "Regional Workshop on Disaster Statistics",
                         ORGANIZER),)),
        id="officials-from-X-Y-and-Z-attended-the-workshop"),
    pytest.param(Doc(
        title="OIC Summit in Banjul",
        published=date(2024, 5, 5),
        text="Banjul, 4 May 2024. The Organisation of Islamic Cooperation held its 15th Summit in Banjul on 4 May "
             "2024.",
        participations=(Took("Organisation of Islamic Cooperation", "15th Summit", ORGANIZER),)),
        id="X-held-its-15th-summit"),
    pytest.param(Doc(
        title="Green industry conference",
        published=date(2025, 5, 7),
        text="Vienna, 6 May 2025. UNIDO held the International Conference on Green Industry in Vienna on 6 May "
             "2025.\n\n"
             "Ms. Eva Gruber, Minister of Climate Action of Austria, opened the conference.",
        participations=(Took("United Nations Industrial Development Organization",
                             "International Conference on Green Industry", ORGANIZER),
                        Took("Eva Gruber", "International Conference on Green Industry"))),
        id="X-held-the-conference-then-opened-by"),
    pytest.param(Doc(
        title="WHO briefs the press",
        published=date(2025, 5, 11),
        text="Geneva, 10 May 2025. The World Health Organization held a press conference on the outbreak on 10 May "
             "2025."),
        id="a-press-conference-is-no-event"),
    # a passive opening whose "by" phrase the parser hangs on the venue named before it
    pytest.param(Doc(
        title="African Youth Games open in Accra",
        publisher="Association of National Olympic Committees of Africa",
        published=date(2025, 8, 10),
        text="The 5th African Youth Games were officially opened on Saturday, 9 August 2025, at the Accra Sports "
             "Stadium by the Vice President of Ghana, Efua Owusu Mensah.",
        participations=(Took("Efua Owusu Mensah", "5th African Youth Games"),)),
        id="sports-body-games-opened-at-a-stadium-by-A"),
    pytest.param(Doc(
        title="Theatre festival opens",
        publisher="Andina",
        published=date(2025, 5, 3),
        text="LIMA, 3 May 2025 (Andina) - The 12th Ibero-American Theatre Festival was inaugurated on Friday at the "
             "Gran Teatro Nacional by the Minister of Culture, Rosa Quispe Huaman.",
        participations=(Took("Rosa Quispe Huaman", "12th Ibero-American Theatre Festival"),)),
        id="news-agency-festival-inaugurated-at-a-theatre-by-the-minister"),
    # "a meeting" and the place it was held in names no gathering to take part in
    pytest.param(Doc(
        title="Minister in Luxembourg",
        publisher="Department of Foreign Affairs of Ireland",
        published=date(2025, 6, 13),
        text="The Minister for Foreign Affairs, Siobhan Keane, attended a meeting in Luxembourg on Thursday."),
        id="ministry-attended-a-meeting-in-a-state"),
    pytest.param(Doc(
        title="Vice-Minister travels to Geneva",
        publisher="Ministry of Foreign Affairs of Vietnam",
        published=date(2025, 3, 8),
        text="Hanoi, 8 March 2025. Deputy Foreign Minister Tran Minh Chau took part in a meeting in Geneva on 7 March "
             "on the protection of migrant workers."),
        id="ministry-took-part-in-a-meeting-in-a-city"),
]


@pytest.mark.parametrize("doc", UNSEEN_GATHERINGS)
def test_unseen_gatherings(nlp, doc):
    check(nlp, doc)


# ---------------------------------------------------------------------------------------------
# (e) news never seen, written in the styles of publishers outside the tuned part (UN agencies,
# regional banks, cultural bodies, parliaments, news agencies with datelines), on the extents a
# scorer is sensitive to: parties given as a government, a ministry or a person instead of the state
# or organization; event names with ordinals, years, acronyms in brackets, quotes and "of the" chains,
# named once and then called "the forum"; organizations as participants and co-organisers

EXTENT_SIGNINGS = [
    pytest.param(Doc(
        title="University and ministry sign MoU on teacher training",
        published=date(2025, 2, 13),
        text="Nairobi, 12 February 2025 – The University of Nairobi and Kenya's Ministry of Education signed a "
             "memorandum of understanding on teacher training on Wednesday, 12 February 2025.\n\n"
             "The memorandum was signed by Prof. Daniel Kiprop, Vice-Chancellor of the University, and Ms. Grace "
             "Wanjiru, Principal Secretary for Basic Education.",
        agreements=(signed(MOU, "University of Nairobi", "Kenya", on=date(2025, 2, 12)),)),
        id="a-university-and-a-state's-ministry-sign-an-mou"),
    pytest.param(Doc(
        title="ADB approves and signs loan for the Kyrgyz Republic",
        published=date(2025, 4, 9),
        text="BISHKEK, KYRGYZ REPUBLIC (8 April 2025) — The Asian Development Bank (ADB) and the Government of the "
             "Kyrgyz Republic today signed a $40 million loan agreement to modernise irrigation in the Chui "
             "valley.\n\n"
             "The project will rehabilitate 120 kilometres of canals.",
        agreements=(signed(AGREEMENT, "Asian Development Bank", "Kyrgyzstan", on=date(2025, 4, 8)),)),
        id="a-bank's-loan-with-the-government-of-the-X-republic"),
    pytest.param(Doc(
        title="IsDB and Uzbekistan sign Letter of Intent",
        published=date(2025, 6, 3),
        text="Jeddah, 2 June 2025 – The Islamic Development Bank (IsDB) and the Republic of Uzbekistan signed a "
             "Letter of Intent (LoI) for a new country engagement framework on 2 June 2025.\n\n"
             "The framework will cover energy, water and vocational training.",
        agreements=(signed(LOI, "Islamic Development Bank", "Uzbekistan", on=date(2025, 6, 2)),)),
        id="X-and-Y-signed-a-Letter-of-Intent"),
    pytest.param(Doc(
        title="Azerbaijan and Hungary strengthen cultural ties",
        published=date(2025, 3, 19),
        text="Baku, 18 March 2025 (AZERTAC). Azerbaijan and Hungary signed an Agreement on Cooperation in the "
             "Field of Culture in Baku on 18 March 2025.\n\n"
             "The agreement provides for exchanges of artists, exhibitions and joint festivals.",
        agreements=(signed(AGREEMENT, "Azerbaijan", "Hungary", on=date(2025, 3, 18)),)),
        id="an-agreement-on-cooperation-in-the-field-of"),
    pytest.param(Doc(
        title="BADEA grant for Senegal",
        published=date(2025, 5, 21),
        text="Dakar, 20 May 2025. The Arab Bank for Economic Development in Africa (BADEA) signed a grant "
             "agreement with the Republic of Senegal for the rehabilitation of rural health centres.\n\n"
             "The agreement was signed by Mr. Cheikh Ould Baba, Director General of BADEA, and Mr. Mamadou "
             "Sall Ndiaye, Minister of Economy of Senegal.",
        agreements=(signed(AGREEMENT, "Arab Bank for Economic Development in Africa", "Senegal",
                           by={"Cheikh Ould Baba", "Mamadou Sall Ndiaye"}),)),
        id="a-bank-signed-a-grant-with-the-republic-of-X-signed-by-A-and-B"),
    pytest.param(Doc(
        title="UAE and Colombia sign CEPA",
        published=date(2025, 3, 4),
        text="ABU DHABI, 3rd March, 2025 (WAM) -- The United Arab Emirates and Colombia signed a Comprehensive "
             "Economic Partnership Agreement (CEPA) in Abu Dhabi.\n\n"
             "The agreement is expected to raise bilateral trade to USD 3 billion by 2030.",
        agreements=(signed(AGREEMENT, "United Arab Emirates", "Colombia", on=date(2025, 3, 3)),)),
        id="a-wire-dateline-with-an-ordinal-date"),
    pytest.param(Doc(
        title="Parliaments of Georgia and Armenia sign memorandum",
        published=date(2025, 10, 8),
        text="Tbilisi, 7 October 2025. The Parliament of Georgia and the National Assembly of Armenia signed a "
             "memorandum of understanding on inter-parliamentary cooperation on 7 October 2025.\n\n"
             "The memorandum foresees regular meetings of the friendship groups.",
        agreements=(signed(MOU, "Parliament of Georgia", "National Assembly of Armenia", on=date(2025, 10, 7)),)),
        id="two-parliaments-sign"),
    pytest.param(Doc(
        title="FAO and Ethiopia sign Letter of Agreement",
        published=date(2025, 7, 16),
        text="Addis Ababa, 15 July 2025. Mr. Girma Amente, Minister of Agriculture of Ethiopia, and Ms. Farida "
             "Bena, FAO Representative in Ethiopia, signed a letter of agreement on seed systems on 15 July "
             "2025.",
        agreements=(signed(None, "Ethiopia", "Food and Agriculture Organization of the United Nations",
                           on=date(2025, 7, 15), by={"Girma Amente", "Farida Bena"}),)),
        id="two-people-sign-for-a-state-and-an-agency"),
    pytest.param(Doc(
        title="AUC and Rwanda sign host agreement",
        published=date(2025, 9, 3),
        text="Addis Ababa, 2 September 2025 - A memorandum of understanding was signed between the African Union "
             "Commission and the Government of Rwanda on the hosting of the African Medicines Agency on 2 "
             "September 2025.",
        agreements=(signed(MOU, "African Union Commission", "Rwanda", on=date(2025, 9, 2)),)),
        id="an-mou-was-signed-between-X-and-Y"),
    pytest.param(Doc(
        title="Egypt signs loan with the OPEC Fund",
        published=date(2025, 4, 26),
        text="Washington, 25 April 2025. On the sidelines of the 2025 Spring Meetings of the World Bank Group and "
             "the International Monetary Fund, Egypt and the OPEC Fund for International Development signed a "
             "loan agreement of USD 100 million for food security.",
        agreements=(signed(AGREEMENT, "Egypt", "OPEC Fund for International Development", on=date(2025, 4, 25)),),
        acceptable=(Took("Egypt", "Spring Meetings"), Took("OPEC Fund for International Development", "Spring Meetings"),
                    Took("World Bank Group", "Spring Meetings", ORGANIZER),
                    Took("International Monetary Fund", "Spring Meetings", ORGANIZER))),
        id="signed-on-the-sidelines-of-E"),
    pytest.param(Doc(
        title="Lesotho signs joint programme",
        published=date(2025, 8, 28),
        text="Maseru, 27 August 2025. UNDP, UNICEF and the Government of Lesotho signed a joint programme "
             "agreement on social protection on 27 August 2025.\n\n"
             "The programme will reach 60,000 households.",
        agreements=(signed(AGREEMENT, "United Nations Development Programme", "United Nations Children's Fund",
                           "Lesotho", on=date(2025, 8, 27)),)),
        id="three-parties-by-acronyms-and-a-government"),
    pytest.param(Doc(
        title="Draft memorandum discussed",
        published=date(2025, 5, 15),
        text="Tashkent, 14 May 2025. Uzbekistan and the World Health Organization discussed the text of a draft "
             "memorandum of understanding on primary health care on 14 May 2025.\n\n"
             "The memorandum is expected to be signed later this year."),
        id="a-draft-memorandum-discussed-is-no-signing"),
    pytest.param(Doc(
        title="Ministry of Culture signs with UNESCO",
        published=date(2025, 11, 12),
        text="Rabat, 11 November 2025 (MAP) - The Moroccan Ministry of Youth, Culture and Communication and "
             "UNESCO signed an agreement on the safeguarding of intangible cultural heritage on Tuesday.",
        agreements=(signed(AGREEMENT, "Morocco", "United Nations Educational, Scientific and Cultural Organization",
                           on=date(2025, 11, 11)),)),
        id="a-ministry-named-by-its-state's-adjective-signs"),
]


@pytest.mark.parametrize("doc", EXTENT_SIGNINGS)
def test_extent_signings(nlp, doc):
    check(nlp, doc)


EXTENT_GATHERINGS = [
    pytest.param(Doc(
        title="Minister at the UN Ocean Conference",
        published=date(2025, 6, 10),
        text="Nice, 9 June 2025. Ms. Maria Costa, Minister of the Sea of Portugal, participated in the 2025 United "
             "Nations Ocean Conference (UNOC3) in Nice on 9 June 2025.\n\n"
             "She announced the creation of new marine protected areas.",
        participations=(Took("Maria Costa", "United Nations Ocean Conference"),),
        acceptable=(Took("Portugal", "United Nations Ocean Conference"),)),
        id="the-year-before-the-name-and-the-acronym-after"),
    pytest.param(Doc(
        title="Biodiversity COP16",
        published=date(2024, 10, 22),
        text="Cali, 21 October 2024. Mr. Arturo Gomez, Minister of Environment of Peru, addressed the Sixteenth "
             "Meeting of the Conference of the Parties to the Convention on Biological Diversity (COP16) in Cali "
             "on 21 October 2024.",
        participations=(Took("Arturo Gomez", "Conference of the Parties to the Convention on Biological Diversity"),),
        acceptable=(Took("Peru", "Conference of the Parties to the Convention on Biological Diversity"),)),
        id="an-ordinal-word-and-a-long-of-the-chain"),
    pytest.param(Doc(
        title="Minister takes part in the Africa Climate Summit",
        published=date(2023, 9, 5),
        text="Nairobi, 4 September 2023. Mr. Bheki Dlamini, Minister of Tourism and Environment of Eswatini, took "
             "part in the summit on 4 September 2023.\n\n"
             "He called for more climate finance for adaptation.",
        participations=(Took("Bheki Dlamini", "Africa Climate Summit"),),
        acceptable=(Took("Eswatini", "Africa Climate Summit"),)),
        id="the-event-named-in-the-headline-then-the-summit"),
    pytest.param(Doc(
        title="World Water Forum",
        published=date(2024, 5, 21),
        text="Bali, 20 May 2024. The 10th World Water Forum opened in Bali on 20 May 2024.\n\n"
             "Mr. Rustam Nazarov, Minister of Energy and Water Resources of Tajikistan, addressed the forum on "
             "the first day.\n\n"
             "Ms. Leila Haddad, Minister of Water of Lebanon, also took part in the forum.",
        participations=(Took("Rustam Nazarov", "World Water Forum"), Took("Leila Haddad", "World Water Forum")),
        acceptable=(Took("Tajikistan", "World Water Forum"), Took("Lebanon", "World Water Forum"))),
        id="named-once-then-the-forum"),
    pytest.param(Doc(
        title="Small island states conference",
        published=date(2024, 5, 28),
        text="St. John's, 27 May 2024. The Fourth International Conference on Small Island Developing States "
             "(SIDS4) opened in Antigua and Barbuda on 27 May 2024.\n\n"
             "Among the participants of the conference was Mr. Kalani Fifita, Prime Minister of Tonga.",
        participations=(Took("Kalani Fifita", "International Conference on Small Island Developing States"),),
        acceptable=(Took("Tonga", "International Conference on Small Island Developing States"),)),
        id="named-once-then-among-the-participants-of-the-conference"),
    pytest.param(Doc(
        title="IsDB at COP29",
        published=date(2024, 11, 13),
        text="Baku, 12 November 2024. The Islamic Development Bank (IsDB) participated in the 29th Conference of the "
             "Parties to the UN Framework Convention on Climate Change (COP29) in Baku.\n\n"
             "The Bank presented its climate finance results at its pavilion.",
        participations=(Took("Islamic Development Bank", "29th Conference of the Parties"),)),
        id="an-organization-participated-in-E"),
    pytest.param(Doc(
        title="Regional Forum on Migration",
        published=date(2025, 11, 20),
        text="Cairo, 19 November 2025. The Regional Forum on Migration and Mobility was co-organised by the "
             "International Organization for Migration (IOM) and the League of Arab States in Cairo on 19 "
             "November 2025.\n\n"
             "Representatives of 18 Arab states attended the forum.",
        participations=(Took("International Organization for Migration", "Regional Forum on Migration and Mobility",
                             ORGANIZER),
                        Took("League of Arab States", "Regional Forum on Migration and Mobility", ORGANIZER))),
        id="E-was-co-organised-by-X-and-Y"),
    pytest.param(Doc(
        title="IOM and ILO co-organise labour migration dialogue",
        published=date(2025, 6, 12),
        text="Bangkok, 11 June 2025. The International Labour Organization and the International Organization for "
             "Migration co-organised the Asia-Pacific Dialogue on Labour Migration in Bangkok on 11 June 2025.",
        participations=(Took("International Labour Organization", "Asia-Pacific Dialogue on Labour Migration",
                             ORGANIZER),
                        Took("International Organization for Migration", "Asia-Pacific Dialogue on Labour Migration",
                             ORGANIZER))),
        id="X-and-Y-co-organised-E"),
    pytest.param(Doc(
        title="Minister meets counterpart on the sidelines of the General Assembly",
        published=date(2024, 9, 25),
        text="New York, 24 September 2024. On the sidelines of the 79th session of the United Nations General "
             "Assembly, Mr. Tariq Aziz, Minister of Foreign Affairs of Jordan, met Ms. Sofia Lind, Minister for "
             "Foreign Affairs of Sweden.",
        participations=(Took("Tariq Aziz", "79th session of the United Nations General Assembly"),
                        Took("Sofia Lind", "79th session of the United Nations General Assembly")),
        acceptable=(Took("Jordan", "79th session of the United Nations General Assembly"),
                    Took("Sweden", "79th session of the United Nations General Assembly"),
                    Took("United Nations General Assembly", "79th session of the United Nations General Assembly"))),
        id="on-the-sidelines-of-the-79th-session-of-E"),
    pytest.param(Doc(
        title="Virtual participation in the HLPF",
        published=date(2025, 7, 17),
        text="Suva, 16 July 2025. Ms. Litia Vula, Minister of Economy of Fiji, took part virtually in the "
             "High-Level Political Forum on Sustainable Development (HLPF) 2025 on 16 July.\n\n"
             "She presented Fiji's voluntary national review.",
        participations=(Took("Litia Vula", "High-Level Political Forum on Sustainable Development"),),
        acceptable=(Took("Fiji", "High-Level Political Forum on Sustainable Development"),)),
        id="took-part-virtually-in-E-acronym-and-year-after"),
    pytest.param(Doc(
        title="Symposium on heritage",
        published=date(2025, 4, 24),
        text="Rabat, 23 April 2025. ICESCO organised the international symposium \u201cHeritage and Identity in the "
             "Digital Age\u201d at its headquarters in Rabat on 23 April 2025.\n\n"
             "Experts from twelve countries took part in the symposium.",
        participations=(Took("Islamic World Educational, Scientific and Cultural Organization",
                             "symposium Heritage and Identity in the Digital Age", ORGANIZER),)),
        id="a-symposium-with-a-quoted-title"),
    pytest.param(Doc(
        title="Festival co-organised with the British Council",
        published=date(2025, 3, 6),
        text="Cairo, 5 March 2025. The Cairo Contemporary Dance Festival was co-organised by the British Council "
             "and the Egyptian Ministry of Culture.\n\n"
             "The festival brought together 40 companies from 15 countries.",
        # the state of an organising ministry or embassy is acceptable, not required: the battery's
        # convention ("in cooperation with the Embassy of Poland" above)
        participations=(Took("British Council", "Cairo Contemporary Dance Festival", ORGANIZER),
                        Took("Egyptian Ministry of Culture", "Cairo Contemporary Dance Festival", ORGANIZER)),
        acceptable=(Took("Egypt", "Cairo Contemporary Dance Festival", ORGANIZER),)),
        id="co-organised-by-a-cultural-body-and-a-ministry"),
    pytest.param(Doc(
        title="Speaker leads delegation to IPU Assembly",
        published=date(2025, 4, 7),
        text="Tashkent, 6 April 2025. A delegation of the Parliament of Finland, led by Speaker Jussi Halla-aho, "
             "participated in the 150th Assembly of the Inter-Parliamentary Union (IPU) in Tashkent.",
        participations=(Took("Jussi Halla-aho", "150th Assembly of the Inter-Parliamentary Union"),),
        acceptable=(Took("Parliament of Finland", "150th Assembly of the Inter-Parliamentary Union"),
                    Took("Finland", "150th Assembly of the Inter-Parliamentary Union"),
                    Took("Inter-Parliamentary Union", "150th Assembly of the Inter-Parliamentary Union", ORGANIZER))),
        id="a-delegation-led-by-A-participated-in-the-150th-assembly"),
    pytest.param(Doc(
        title="Annual Meetings in Abidjan",
        published=date(2025, 5, 31),
        text="Abidjan, 30 May 2025. The 2025 Annual Meetings of the African Development Bank Group were held in "
             "Abidjan from 26 to 30 May.\n\n"
             "Ms. Ama Owusu, Minister of Finance of Ghana, took part in the meetings.",
        participations=(Took("Ama Owusu", "Annual Meetings of the African Development Bank Group"),),
        acceptable=(Took("Ghana", "Annual Meetings of the African Development Bank Group"),
                    Took("African Development Bank", "Annual Meetings of the African Development Bank Group",
                         ORGANIZER))),
        id="annual-meetings-then-the-meetings"),
    pytest.param(Doc(
        title="Finance minister in Washington",
        published=date(2025, 4, 26),
        text="WASHINGTON, 25 April 2025 (Reuters) - The Spring Meetings of the International Monetary Fund and the "
             "World Bank opened in Washington on Monday.\n\nFinance Minister Tomas Novak of Slovakia attended the "
             "meetings and held talks with investors.",
        participations=(Took("Tomas Novak", "Spring Meetings of the International Monetary Fund and the World Bank"),),
        acceptable=(Took("Slovakia", "Spring Meetings of the International Monetary Fund and the World Bank"),
                    Took("International Monetary Fund", "Spring Meetings of the International Monetary Fund and the World Bank", ORGANIZER),
                    Took("World Bank", "Spring Meetings of the International Monetary Fund and the World Bank", ORGANIZER))),
        id="spring-meetings-then-attended-the-meetings"),
    pytest.param(Doc(
        title="Global Refugee Forum",
        published=date(2023, 12, 14),
        text="Geneva, 13 December 2023. UNHCR convened the Global Refugee Forum in Geneva on 13 December 2023.\n\n"
             "Mr. Idriss Mahamat, Minister of Interior of Chad, attended the forum.",
        participations=(Took("Office of the United Nations High Commissioner for Refugees", "Global Refugee Forum",
                             ORGANIZER),
                        Took("Idriss Mahamat", "Global Refugee Forum")),
        acceptable=(Took("Chad", "Global Refugee Forum"),)),
        id="X-convened-E-then-attended-the-forum"),
    pytest.param(Doc(
        title="Doha Forum",
        published=date(2024, 12, 8),
        text="Doha, 7 December 2024 (QNA) - Mr. Ahmed Al-Mansoori, Minister of State of the United Arab Emirates, "
             "took part in the Doha Forum 2024 on Saturday.",
        participations=(Took("Ahmed Al-Mansoori", "Doha Forum"),),
        acceptable=(Took("United Arab Emirates", "Doha Forum"),)),
        id="a-forum-with-its-year-after"),
    pytest.param(Doc(
        title="Agencies at the workshop",
        published=date(2025, 2, 20),
        text="Amman, 19 February 2025. Representatives of UNICEF, the World Health Organization and the World Food "
             "Programme participated in the National Workshop on Child Nutrition in Amman.",
        participations=(Took("United Nations Children's Fund", "National Workshop on Child Nutrition"),
                        Took("World Health Organization", "National Workshop on Child Nutrition"),
                        Took("World Food Programme", "National Workshop on Child Nutrition"))),
        id="representatives-of-three-agencies-participated-in-E"),
    pytest.param(Doc(
        title="Heritage Committee session",
        published=date(2025, 7, 8),
        text="Paris, 7 July 2025. Ms. Amina Mohammed, Minister of Culture of Nigeria, attended the 47th session of "
             "the World Heritage Committee in Paris.",
        participations=(Took("Amina Mohammed", "47th session of the World Heritage Committee"),),
        acceptable=(Took("Nigeria", "47th session of the World Heritage Committee"),
                    Took("World Heritage Committee", "47th session of the World Heritage Committee"))),
        id="attended-the-47th-session-of-a-committee"),
    pytest.param(Doc(
        title="Minister joins virtual meeting of G20 ministers",
        published=date(2025, 3, 27),
        text="Pretoria, 26 March 2025. Mr. Sipho Ndlovu, Minister of Trade of South Africa, chaired the virtual "
             "G20 Trade and Investment Ministers' Meeting on 26 March 2025.",
        participations=(Took("Sipho Ndlovu", "G20 Trade and Investment Ministers' Meeting", Role.CHAIR),),
        acceptable=(Took("South Africa", "G20 Trade and Investment Ministers' Meeting"),
                    Took("G20", "G20 Trade and Investment Ministers' Meeting", ORGANIZER))),
        id="chaired-a-virtual-ministers'-meeting"),
]


@pytest.mark.parametrize("doc", EXTENT_GATHERINGS)
def test_extent_gatherings(nlp, doc):
    check(nlp, doc)


# more of (e): the agreement read from its headline and its signatories, passive signings by two
# institutions, names that open with an organization or carry a quoted theme and a year, acronyms
# defined and then used alone, possessive event names
EXTENT_MORE = [
    pytest.param(Doc(
        title="Tajikistan and UNDP sign agreement on disaster risk reduction",
        published=date(2025, 6, 4),
        text="Dushanbe, 3 June 2025. The agreement was signed by Mr. Rustam Karimov, Minister of Emergency "
             "Situations of Tajikistan, and Ms. Anna Rossi, UNDP Resident Representative in Tajikistan, at the "
             "Ministry on 3 June 2025.\n\n"
             "It will finance early warning systems in 40 districts.",
        agreements=(signed(AGREEMENT, "Tajikistan", "United Nations Development Programme", on=date(2025, 6, 3),
                           by={"Rustam Karimov", "Anna Rossi"}),)),
        id="the-agreement-of-the-headline-signed-by-A-and-B"),
    pytest.param(Doc(
        title="Memorandum on research signed",
        published=date(2025, 8, 6),
        text="Kuala Lumpur, 5 August 2025. A memorandum of understanding on joint research was signed today by the "
             "University of Malaya and the Ministry of Higher Education of Malaysia.\n\n"
             "The memorandum covers scholarships, laboratories and exchanges of researchers.",
        agreements=(signed(MOU, "University of Malaya", "Malaysia", on=date(2025, 8, 5)),)),
        id="an-mou-was-signed-by-X-and-a-ministry-of-Y"),
    pytest.param(Doc(
        title="Keynote at the Future Skills Summit",
        published=date(2025, 10, 2),
        text="Riyadh, 1 October 2025. Ms. Nora Al-Harbi, Deputy Minister of Education of Saudi Arabia, delivered "
             "the keynote address at the \u201cFuture Skills Summit 2025\u201d in Riyadh on 1 October 2025.",
        participations=(Took("Nora Al-Harbi", "Future Skills Summit"),),
        acceptable=(Took("Saudi Arabia", "Future Skills Summit"),)),
        id="a-keynote-at-a-quoted-summit-with-its-year"),
    pytest.param(Doc(
        title="UNESCO World Conference on Early Childhood",
        published=date(2025, 11, 15),
        text="Tashkent, 14 November 2025. Mr. Oliver Grant, Minister of Education of Jamaica, took part in the "
             "UNESCO World Conference on Early Childhood Care and Education in Tashkent on 14 November 2025.",
        participations=(Took("Oliver Grant", "World Conference on Early Childhood Care and Education"),),
        acceptable=(Took("Jamaica", "World Conference on Early Childhood Care and Education"),
                    Took("United Nations Educational, Scientific and Cultural Organization",
                         "World Conference on Early Childhood Care and Education", ORGANIZER))),
        id="a-name-opened-by-the-organizing-agency",
        marks=pytest.mark.xfail(strict=True, reason="the parser takes 'the' for the object of 'in' and starts a "
                                "sentence at the agency's acronym")),
    pytest.param(Doc(
        title="Information society summit",
        published=date(2025, 7, 9),
        text="Geneva, 8 July 2025. The World Summit on the Information Society (WSIS) opened in Geneva on 8 July "
             "2025.\n\n"
             "At WSIS, Mr. Kofi Boateng, Minister of Communications of Ghana, presented the country's digital "
             "strategy.",
        participations=(Took("Kofi Boateng", "World Summit on the Information Society"),),
        acceptable=(Took("Ghana", "World Summit on the Information Society"),)),
        id="an-acronym-defined-then-used-alone"),
    pytest.param(Doc(
        title="FAO Conference",
        published=date(2025, 6, 30),
        text="Rome, 28 June 2025. Mr. Lars Nilsen, Minister of Agriculture of Norway, addressed the 44th Session of "
             "the FAO Conference in Rome on 28 June 2025.",
        participations=(Took("Lars Nilsen", "44th Session of the FAO Conference"),),
        acceptable=(Took("Norway", "44th Session of the FAO Conference"),
                    Took("Food and Agriculture Organization of the United Nations", "44th Session of the FAO Conference",
                         ORGANIZER))),
        id="the-44th-session-of-the-agency's-conference"),
    pytest.param(Doc(
        title="Parliamentary Assembly session",
        published=date(2025, 1, 29),
        text="Strasbourg, 28 January 2025. A delegation of the Parliament of Moldova took part in the winter "
             "session of the Parliamentary Assembly of the Council of Europe (PACE) in Strasbourg.\n\n"
             "The delegation was headed by Mr. Ion Rusu, Deputy Speaker.",
        participations=(Took("Parliament of Moldova", "winter session of the Parliamentary Assembly"),),
        acceptable=(Took("Ion Rusu", "winter session of the Parliamentary Assembly"),
                    Took("Moldova", "winter session of the Parliamentary Assembly"),
                    Took("Parliamentary Assembly of the Council of Europe", "winter session of the Parliamentary Assembly",
                         ORGANIZER),
                    Took("Council of Europe", "winter session of the Parliamentary Assembly", ORGANIZER))),
        id="a-parliament's-delegation-took-part-in-the-session-of-E"),
    pytest.param(Doc(
        title="Bank hosts regional seminar",
        published=date(2025, 9, 25),
        text="Manila, 24 September 2025. The Asian Development Bank hosted the Regional Seminar on Climate Finance "
             "for Small Island States at its headquarters in Manila on 24 September 2025.\n\n"
             "Finance officials of Fiji, Samoa and Tonga took part in the seminar.",
        participations=(Took("Asian Development Bank", "Regional Seminar on Climate Finance for Small Island States",
                             ORGANIZER),
                        Took("Fiji", "Regional Seminar on Climate Finance for Small Island States"),
                        Took("Samoa", "Regional Seminar on Climate Finance for Small Island States"),
                        Took("Tonga", "Regional Seminar on Climate Finance for Small Island States"))),
        id="a-bank-hosted-E-then-officials-of-X-Y-and-Z-took-part"),
    pytest.param(Doc(
        title="Grant agreement with the Republic of Guinea",
        published=date(2025, 12, 3),
        text="Conakry, 2 December 2025. The Kuwait Fund for Arab Economic Development and the Republic of Guinea "
             "signed on Tuesday a loan agreement worth KWD 6 million for the Conakry ring road.",
        agreements=(signed(AGREEMENT, "Kuwait Fund for Arab Economic Development", "Guinea",
                           on=date(2025, 12, 2)),)),
        id="a-fund-and-a-republic-signed-on-a-weekday-a-loan"),
    pytest.param(Doc(
        title="Museum exhibition opens",
        published=date(2025, 3, 15),
        text="Vienna, 14 March 2025. The exhibition \u201cSilk Roads: Cities and Trade\u201d, organised by the "
             "Kunsthistorisches Museum in cooperation with the Embassy of Uzbekistan, opened on 14 March 2025.",
        participations=(Took("Kunsthistorisches Museum", "Silk Roads: Cities and Trade", ORGANIZER),
                        Took("Embassy of Uzbekistan", "Silk Roads: Cities and Trade", ORGANIZER)),
        acceptable=(Took("Uzbekistan", "Silk Roads: Cities and Trade", ORGANIZER),)),
        id="a-quoted-exhibition-organised-by-in-cooperation-with-an-embassy"),
]


@pytest.mark.parametrize("doc", EXTENT_MORE)
def test_extent_more(nlp, doc):
    check(nlp, doc)


# more of (e): possessive and subtitled event names, titled webinars, names that are an acronym and
# a year, memoranda of cooperation and headquarters agreements, heads of state signing for their states
EXTENT_LAST = [
    pytest.param(Doc(
        title="Minister at the OIC's Council of Foreign Ministers",
        published=date(2025, 6, 22),
        text="Istanbul, 21 June 2025. Mr. Ismail Farah, Minister of Foreign Affairs of Djibouti, took part in the "
             "OIC's 51st Council of Foreign Ministers in Istanbul on 21 June 2025.",
        participations=(Took("Ismail Farah", "Council of Foreign Ministers"),),
        acceptable=(Took("Djibouti", "Council of Foreign Ministers"),
                    Took("Organisation of Islamic Cooperation", "Council of Foreign Ministers", ORGANIZER))),
        id="the-organization's-51st-council-of-ministers"),
    pytest.param(Doc(
        title="Urban resilience forum",
        published=date(2025, 4, 17),
        text="Nairobi, 16 April 2025. UN-Habitat organised the Urban Resilience Forum: Building Cities for "
             "Everyone in Nairobi on 16 April 2025.\n\n"
             "Mayors from 30 cities took part in the forum.",
        participations=(Took("United Nations Human Settlements Programme", "Urban Resilience Forum", ORGANIZER),)),
        id="a-forum-with-a-subtitle-after-a-colon"),
    pytest.param(Doc(
        title="Webinar on digital heritage",
        published=date(2025, 2, 27),
        text="Tunis, 26 February 2025. ALECSO held a webinar titled \u201cDigitising Manuscripts: Lessons from "
             "the Region\u201d on 26 February 2025.\n\n"
             "Ms. Salma Ben Ali, Director of the National Library of Tunisia, spoke at the webinar.",
        participations=(Took("Arab League Educational, Cultural and Scientific Organization",
                             "webinar Digitising Manuscripts", ORGANIZER),
                        Took("Salma Ben Ali", "webinar Digitising Manuscripts"))),
        id="a-webinar-titled-with-a-quoted-title"),
    pytest.param(Doc(
        title="Ministry at ADIPEC 2025",
        published=date(2025, 11, 4),
        text="Abu Dhabi, 3 November 2025 (WAM) -- Mr. Omar Khalil, Minister of Energy of Iraq, visited the Abu "
             "Dhabi International Petroleum Exhibition and Conference (ADIPEC 2025) on 3 November 2025.\n\n"
             "He toured the pavilions of national oil companies.",
        participations=(Took("Omar Khalil", "Abu Dhabi International Petroleum Exhibition and Conference"),),
        acceptable=(Took("Iraq", "Abu Dhabi International Petroleum Exhibition and Conference"),)),
        id="visited-an-exhibition-named-with-its-acronym-and-year"),
    pytest.param(Doc(
        title="Diplomatic academies sign memorandum",
        published=date(2025, 5, 9),
        text="Vienna, 8 May 2025. The Diplomatic Academy of Vienna and the Diplomatic Academy of the Ministry of "
             "Foreign Affairs of Uzbekistan signed a Memorandum of Cooperation on 8 May 2025.\n\n"
             "The memorandum provides for exchanges of students and lecturers.",
        agreements=(signed(None, "Diplomatic Academy of Vienna", "Uzbekistan", on=date(2025, 5, 8)),)),
        id="a-memorandum-of-cooperation-with-a-ministry's-academy"),
    pytest.param(Doc(
        title="Headquarters agreement signed",
        published=date(2025, 9, 17),
        text="Kigali, 16 September 2025. The Government of Rwanda and the African Medicines Agency signed the "
             "Headquarters Agreement of the Agency in Kigali on 16 September 2025.",
        agreements=(signed(AGREEMENT, "Rwanda", "African Medicines Agency", on=date(2025, 9, 16)),)),
        id="the-government-and-an-agency-signed-the-headquarters-agreement"),
    pytest.param(Doc(
        title="Presidents sign strategic partnership",
        published=date(2025, 10, 23),
        text="Astana, 22 October 2025. President Yerlan Zhaksylykov of Kazakhstan and President Otabek "
             "Rakhimov of Uzbekistan signed a Treaty on Allied Relations in Astana on 22 October 2025.",
        agreements=(signed(None, "Kazakhstan", "Uzbekistan", on=date(2025, 10, 22),
                           by={"Yerlan Zhaksylykov", "Otabek Rakhimov"}),)),
        id="two-presidents-sign-a-treaty-for-their-states"),
    pytest.param(Doc(
        title="Ministry signs with Korea's KOICA",
        published=date(2025, 4, 2),
        text="Phnom Penh, 1 April 2025. Cambodia's Ministry of Health signed a grant agreement with the Korea "
             "International Cooperation Agency (KOICA) for the construction of a maternity hospital.",
        agreements=(signed(AGREEMENT, "Cambodia", "Korea International Cooperation Agency"),)),
        id="a-state's-ministry-signed-with-an-agency"),
    pytest.param(Doc(
        title="High-level event on the margins of UNGA",
        published=date(2025, 9, 24),
        text="New York, 23 September 2025. Ms. Helena Costa, Secretary of State for Cooperation of Portugal, "
             "spoke at a high-level event on ocean finance organized on the margins of the 80th session of the "
             "United Nations General Assembly.",
        participations=(Took("Helena Costa", "high-level event on ocean finance"),),
        acceptable=(Took("Portugal", "high-level event on ocean finance"),
                    Took("Helena Costa", "80th session of the United Nations General Assembly"),
                    Took("Portugal", "80th session of the United Nations General Assembly"))),
        id="a-high-level-event-on-the-margins-of-E"),
    pytest.param(Doc(
        title="Film festival opens",
        published=date(2025, 10, 5),
        text="Busan, 4 October 2025. The 30th Busan International Film Festival (BIFF) opened on 4 October 2025 "
             "with the participation of Ms. Chloe Martin, Minister of Culture of France.",
        participations=(Took("Chloe Martin", "Busan International Film Festival"),),
        acceptable=(Took("France", "Busan International Film Festival"),)),
        id="E-opened-with-the-participation-of-A"),
]


@pytest.mark.parametrize("doc", EXTENT_LAST)
def test_extent_last(nlp, doc):
    check(nlp, doc)


# the label an event gets is its name as the text writes it: not cut at a comma inside an
# organization's name or inside its brackets, without the place it was held in
EVENT_NAMES = [
    pytest.param("Rabat, 4 May 2025. Dr. Amal Idrissi, Minister of Culture of Morocco, took part in the General "
                 "Conference of the Islamic World Educational, Scientific and Cultural Organization in Rabat.",
                 "General Conference of the Islamic World Educational, Scientific and Cultural Organization",
                 id="a-comma-inside-an-organization's-name"),
    pytest.param("Bangkok, 13 May 2025. Mr. Kenji Sato, Vice-Minister of Japan, attended the 81st Session of the "
                 "Economic and Social Commission for Asia and the Pacific (ESCAP) in Bangkok on 13 May.",
                 "81st Session of the Economic and Social Commission for Asia and the Pacific (ESCAP)",
                 id="an-acronym-in-brackets-kept-whole"),
    pytest.param("New York, 25 September 2025. Ms. Lea Novak, Minister of Foreign Affairs of Slovenia, took part in "
                 "the 80th UN General Assembly session in New York.",
                 "80th UN General Assembly session", id="without-the-place-it-was-held-in"),
]


@pytest.mark.parametrize(("text", "name"), EVENT_NAMES)
def test_event_names_keep_their_extent(nlp, text, name):
    ex = extract(NewsItem(id="t", text=text, title=None, published=date(2025, 9, 26)), nlp)
    names = [e.name for e in ex.events if e.kind not in MEETING_KINDS and e.kind != EventKind.SIGNING]
    assert name in names, names


# more of (e): the speaker of a participle clause or of "in his address to E" took part in E; a
# participation with an adverbial between the verb and its event; "on the occasion of E"
EXTENT_SPEAKERS = [
    pytest.param(Doc(
        title="Minister calls for climate finance",
        published=date(2025, 11, 12),
        text="Belem, 11 November 2025. Speaking at the opening of the 30th UN Climate Change Conference (COP30), "
             "Ms. Ana Ribeiro, Minister of Environment of Mozambique, called for new adaptation finance.",
        participations=(Took("Ana Ribeiro", "UN Climate Change Conference"),),
        acceptable=(Took("Mozambique", "UN Climate Change Conference"),)),
        id="speaking-at-the-opening-of-E-A-said"),
    pytest.param(Doc(
        title="Statement to the Human Rights Council",
        published=date(2025, 3, 4),
        text="Geneva, 3 March 2025. Addressing the 58th session of the Human Rights Council, Mr. Lukas Meier, "
             "State Secretary of Switzerland, stressed the universality of human rights.",
        participations=(Took("Lukas Meier", "58th session of the Human Rights Council"),),
        acceptable=(Took("Switzerland", "58th session of the Human Rights Council"),
                    Took("Human Rights Council", "58th session of the Human Rights Council"))),
        id="addressing-the-58th-session-of-E-A-stressed"),
    pytest.param(Doc(
        title="Address to the Assembly",
        published=date(2025, 5, 20),
        text="Geneva, 19 May 2025. In his address to the 78th World Health Assembly, Mr. Tomas Novak, Minister of "
             "Health of the Czech Republic, presented his country's reform of primary care.",
        participations=(Took("Tomas Novak", "78th World Health Assembly"),),
        acceptable=(Took("Czech Republic", "78th World Health Assembly"),
                    Took("World Health Assembly", "78th World Health Assembly"),
                    Took("World Health Organization", "78th World Health Assembly", ORGANIZER))),
        id="in-his-address-to-the-78th-assembly-A-presented"),
    pytest.param(Doc(
        title="Participation by video conference",
        published=date(2025, 6, 17),
        text="Muscat, 16 June 2025 (ONA) - Mr. Said Al-Harthi, Minister of Labour of Oman, participated, via video "
             "conference, in the 113th session of the International Labour Conference on 16 June 2025.",
        participations=(Took("Said Al-Harthi", "113th session of the International Labour Conference"),),
        acceptable=(Took("Oman", "113th session of the International Labour Conference"),
                    Took("International Labour Organization", "113th session of the International Labour Conference",
                         ORGANIZER))),
        id="participated-via-video-conference-in-E"),
    pytest.param(Doc(
        title="Reception on the occasion of the Forum",
        published=date(2025, 9, 10),
        text="Vladivostok, 9 September 2025. On the occasion of the 10th Eastern Economic Forum, Mr. Bui Thanh Son, "
             "Deputy Prime Minister of Viet Nam, presented investment opportunities in his country.",
        participations=(Took("Bui Thanh Son", "Eastern Economic Forum"),),
        acceptable=(Took("Viet Nam", "Eastern Economic Forum"),)),
        id="on-the-occasion-of-E-A-presented"),
    pytest.param(Doc(
        title="Viet Nam at the Commission session",
        published=date(2025, 4, 30),
        text="Bangkok, 29 April 2025. Ms. Dao Minh Chau, Vice-Minister of Planning of Viet Nam, participated on "
             "behalf of her government in the 81st session of the Economic and Social Commission for Asia and the "
             "Pacific.",
        participations=(Took("Dao Minh Chau", "81st session of the Economic and Social Commission for Asia and the "
                                              "Pacific"),),
        acceptable=(Took("Viet Nam", "81st session of the Economic and Social Commission for Asia and the Pacific"),
                    Took("Economic and Social Commission for Asia and the Pacific",
                         "81st session of the Economic and Social Commission for Asia and the Pacific"))),
        id="participated-on-behalf-of-her-government-in-E"),
    pytest.param(Doc(
        title="ICESCO side event",
        published=date(2025, 3, 14),
        text="New York, 13 March 2025. Within the framework of its participation in the 69th session of the "
             "Commission on the Status of Women, ICESCO organized a side event on girls' education.",
        participations=(Took("Islamic World Educational, Scientific and Cultural Organization",
                             "69th session of the Commission on the Status of Women"),
                        Took("Islamic World Educational, Scientific and Cultural Organization", "side event",
                             ORGANIZER))),
        id="within-the-framework-of-its-participation-in-E-X-organized-a-side-event"),
]


@pytest.mark.parametrize("doc", EXTENT_SPEAKERS)
def test_extent_speakers(nlp, doc):
    check(nlp, doc)


# more of (e): signings told as nouns ("through the signing of", "the signing of the agreement between
# X and Y took place"), inverted objects, persons with possessive titles for their states, plural memoranda
EXTENT_SIGNING_FORMS = [
    pytest.param(Doc(
        title="UNIDO and Ethiopia renew partnership",
        published=date(2025, 2, 19),
        text="Addis Ababa, 18 February 2025. UNIDO renewed its partnership with the Government of Ethiopia through "
             "the signing of a new memorandum of understanding on agro-industrial parks on 18 February 2025.",
        agreements=(signed(MOU, "United Nations Industrial Development Organization", "Ethiopia",
                           on=date(2025, 2, 18)),)),
        id="through-the-signing-of-a-memorandum"),
    pytest.param(Doc(
        title="Signing ceremony in Amman",
        published=date(2025, 7, 24),
        text="Amman, 23 July 2025. The signing of the agreement between the International Fund for Agricultural "
             "Development and the Hashemite Kingdom of Jordan took place at the Ministry of Planning on 23 July "
             "2025.",
        agreements=(signed(AGREEMENT, "International Fund for Agricultural Development", "Jordan",
                           on=date(2025, 7, 23)),)),
        id="the-signing-of-the-agreement-between-X-and-Y-took-place"),
    pytest.param(Doc(
        title="Ghana reaches agreement with the IMF",
        published=date(2025, 5, 8),
        text="Accra, 7 May 2025. Ghana's Minister of Finance, Mr. Kwame Asante, and the IMF's Mission Chief for "
             "Ghana, Ms. Laura Diaz, signed a staff-level agreement on the third review of the programme on 7 May "
             "2025.",
        agreements=(signed(AGREEMENT, "Ghana", "International Monetary Fund", on=date(2025, 5, 7),
                           by={"Kwame Asante", "Laura Diaz"}),)),
        id="possessive-titles-sign-for-a-state-and-a-fund"),
    pytest.param(Doc(
        title="Two memoranda signed",
        published=date(2025, 3, 27),
        text="Baku, 26 March 2025. Azerbaijan and the United Nations Development Programme signed two memoranda of "
             "understanding on green energy and digital skills on 26 March 2025.",
        agreements=(signed(MOU, "Azerbaijan", "United Nations Development Programme", on=date(2025, 3, 26)),)),
        id="signed-two-memoranda"),
    pytest.param(Doc(
        title="Host country agreement",
        published=date(2025, 10, 15),
        text="Panama City, 14 October 2025. The Government of Panama signed a host country agreement with the "
             "World Food Programme for its regional logistics hub on 14 October 2025.",
        agreements=(signed(AGREEMENT, "Panama", "World Food Programme", on=date(2025, 10, 14)),)),
        id="the-government-of-X-signed-a-host-country-agreement-with-Y"),
    pytest.param(Doc(
        title="Memorandum inked",
        published=date(2025, 1, 22),
        text="Islamabad, 21 January 2025 (APP): A memorandum of understanding on vocational training was inked "
             "between Pakistan and the Islamic Development Bank on Tuesday.",
        agreements=(signed(MOU, "Pakistan", "Islamic Development Bank", on=date(2025, 1, 21)),)),
        id="an-mou-was-inked-between-X-and-Y"),
    pytest.param(Doc(
        title="Secretary-General and minister sign",
        published=date(2025, 8, 13),
        text="Jakarta, 12 August 2025. The Secretary-General of ASEAN, Mr. Kao Kim Hourn, and the Minister of "
             "Foreign Affairs of Timor-Leste, Mr. Bendito Freitas, signed the agreement on the establishment of "
             "the ASEAN liaison office in Dili.",
        agreements=(signed(AGREEMENT, "Association of Southeast Asian Nations", "Timor-Leste",
                           by={"Kao Kim Hourn", "Bendito Freitas"}),)),
        id="two-officials-with-titles-before-names-sign"),
    pytest.param(Doc(
        title="Agreement to be signed",
        published=date(2025, 6, 11),
        text="Dakar, 10 June 2025. Senegal and the African Development Bank agreed to sign a loan agreement for "
             "the Dakar regional express train at the bank's annual meetings next month."),
        id="agreed-to-sign-is-no-signing"),
]


@pytest.mark.parametrize("doc", EXTENT_SIGNING_FORMS)
def test_extent_signing_forms(nlp, doc):
    check(nlp, doc)


# more of (e): the many verbs and nouns of taking part in a named event
EXTENT_TAKING_PART = [
    pytest.param(Doc(
        title="Delegation to the Conference",
        published=date(2025, 3, 18),
        text="Vienna, 17 March 2025. The delegation of Kenya to the 68th session of the Commission on Narcotic "
             "Drugs was headed by Ms. Wanjiku Mwangi, Principal Secretary of the Ministry of Interior.",
        participations=(Took("Wanjiku Mwangi", "68th session of the Commission on Narcotic Drugs"),),
        acceptable=(Took("Kenya", "68th session of the Commission on Narcotic Drugs"),
                    Took("Commission on Narcotic Drugs", "68th session of the Commission on Narcotic Drugs"))),
        id="the-delegation-of-X-to-E-was-headed-by-A"),
    pytest.param(Doc(
        title="Minister inaugurates book fair",
        published=date(2025, 2, 14),
        text="Algiers, 13 February 2025. Ms. Nadia Belkacem, Minister of Culture of Algeria, inaugurated the 27th "
             "Algiers International Book Fair on 13 February 2025.",
        participations=(Took("Nadia Belkacem", "Algiers International Book Fair"),),
        acceptable=(Took("Algeria", "Algiers International Book Fair"),)),
        id="inaugurated-the-27th-E"),
    pytest.param(Doc(
        title="Guest of honour at the festival",
        published=date(2025, 7, 6),
        text="Kampala, 5 July 2025. Mr. Joseph Okello, Minister of Tourism of Uganda, was the guest of honour at "
             "the Kampala International Arts Festival on 5 July 2025.",
        participations=(Took("Joseph Okello", "Kampala International Arts Festival"),),
        acceptable=(Took("Uganda", "Kampala International Arts Festival"),)),
        id="was-the-guest-of-honour-at-E"),
    pytest.param(Doc(
        title="Country report presented",
        published=date(2025, 10, 9),
        text="Rome, 8 October 2025. Mr. Pedro Alves, Secretary of State for Agriculture of Angola, presented his "
             "country's report at the 52nd Session of the Committee on World Food Security.",
        participations=(Took("Pedro Alves", "52nd Session of the Committee on World Food Security"),),
        acceptable=(Took("Angola", "52nd Session of the Committee on World Food Security"),)),
        id="presented-the-country's-report-at-E"),
    pytest.param(Doc(
        title="Lecture at the Academy",
        published=date(2025, 11, 20),
        text="The Hague, 19 November 2025. Judge Maria Lopez gave a lecture at the Hague Academy of International "
             "Law's Winter Course on 19 November 2025.",
        participations=(Took("Maria Lopez", "Winter Course"),)),
        id="gave-a-lecture-at-an-academy's-course",
        marks=pytest.mark.xfail(strict=True, reason="the parser makes the course an 'of' phrase of the academy: "
                                "'at' names the organization")),
    pytest.param(Doc(
        title="Regional summit hosted",
        published=date(2025, 8, 18),
        text="Antananarivo, 17 August 2025. Madagascar hosted the 45th Summit of the Southern African Development "
             "Community (SADC) in Antananarivo on 17 August 2025.",
        participations=(Took("Madagascar", "45th Summit of the Southern African Development Community",
                             ORGANIZER),),
        acceptable=(Took("Southern African Development Community",
                         "45th Summit of the Southern African Development Community", ORGANIZER),)),
        id="a-state-hosted-the-45th-summit-of-X"),
    pytest.param(Doc(
        title="Panel moderated",
        published=date(2025, 5, 29),
        text="Abidjan, 28 May 2025. Ms. Fatou Diallo, Vice-President of the African Development Bank, moderated the "
             "Presidential Dialogue on Youth Jobs at the Bank's Annual Meetings.",
        participations=(Took("Fatou Diallo", "Presidential Dialogue on Youth Jobs"),),
        acceptable=(Took("African Development Bank", "Presidential Dialogue on Youth Jobs", ORGANIZER),
                    Took("Fatou Diallo", "Annual Meetings"),
                    Took("African Development Bank", "Annual Meetings", ORGANIZER))),
        id="moderated-a-named-dialogue"),
    pytest.param(Doc(
        title="Minister presides over the session",
        published=date(2025, 9, 9),
        text="Cairo, 8 September 2025. Mr. Hassan Idris, Minister of Foreign Affairs of Sudan, presided over the "
             "164th session of the Council of the League of Arab States at the ministerial level.",
        participations=(Took("Hassan Idris", "164th session of the Council of the League of Arab States",
                             Role.CHAIR),),
        acceptable=(Took("Sudan", "164th session of the Council of the League of Arab States"),
                    Took("League of Arab States", "164th session of the Council of the League of Arab States",
                         ORGANIZER))),
        id="presided-over-the-164th-session"),
    pytest.param(Doc(
        title="Among the speakers",
        published=date(2025, 4, 12),
        text="Antalya, 11 April 2025. Ms. Ayesha Khan, Minister of State for Foreign Affairs of Pakistan, was among "
             "the speakers at the Antalya Diplomacy Forum on 11 April 2025.",
        participations=(Took("Ayesha Khan", "Antalya Diplomacy Forum"),),
        acceptable=(Took("Pakistan", "Antalya Diplomacy Forum"),)),
        id="was-among-the-speakers-at-E"),
    pytest.param(Doc(
        title="Forum in which the minister took part",
        published=date(2025, 10, 30),
        text="Riyadh, 29 October 2025. The Future Investment Initiative, in which Mr. Carlos Ruiz, Minister of "
             "Economy of Chile, took part, closed in Riyadh on 29 October 2025.",
        participations=(Took("Carlos Ruiz", "Future Investment Initiative"),),
        acceptable=(Took("Chile", "Future Investment Initiative"),)),
        id="E-in-which-A-took-part"),
]


EXTENT_TAKING_PART.append(pytest.param(Doc(
    title="Egypt at the Development Summit",
    published=date(2025, 5, 4),
    text="Baghdad, 3 May 2025. Egypt's delegation, headed by Minister Ahmed Fouad, participated in the Arab Economic "
         "and Social Development Summit in Baghdad on 3 May 2025.",
    participations=(Took("Ahmed Fouad", "Arab Economic and Social Development Summit"),
                    Took("Egypt", "Arab Economic and Social Development Summit"))),
    id="X's-delegation-headed-by-A-participated-in-E"))


EXTENT_TAKING_PART.append(pytest.param(Doc(
    title="Food Security Forum in Rome",
    published=date(2025, 5, 4),
    text="Rome, 3 May 2025. FAO co-organized the Global Food Security Forum with the Government of Italy in Rome on "
         "3 May 2025.\n\n"
         "Ministers of agriculture from 40 countries attended the forum.",
    participations=(Took("Food and Agriculture Organization of the United Nations", "Global Food Security Forum",
                         ORGANIZER),
                    Took("Italy", "Global Food Security Forum", ORGANIZER))),
    id="X-co-organized-E-with-the-government-of-Y"))


@pytest.mark.parametrize("doc", EXTENT_TAKING_PART)
def test_extent_taking_part(nlp, doc):
    check(nlp, doc)


# more of (e): signers named only by their titles, the publisher's own head signing, a headline party
EXTENT_SIGNERS = [
    pytest.param(Doc(
        title="OIC and Gambia sign agreement",
        published=date(2025, 2, 6),
        text="Jeddah, 5 February 2025. The agreement on the preparations for the summit was signed by the "
             "Secretary-General of the Organisation of Islamic Cooperation and the Minister of Foreign Affairs of "
             "the Gambia on 5 February 2025.",
        agreements=(signed(AGREEMENT, "Organisation of Islamic Cooperation", "Gambia", on=date(2025, 2, 5)),)),
        id="signed-by-two-titles-without-names"),
    pytest.param(Doc(
        title="ICESCO signs agreement with Azerbaijan",
        publisher="ICESCO",
        published=date(2025, 4, 10),
        text="Baku, 9 April 2025. The Director-General of ICESCO, Dr. Salem Al-Nuaimi, signed a cooperation "
             "agreement with Mr. Adil Karimli, Minister of Culture of Azerbaijan, on 9 April 2025.",
        agreements=(signed(AGREEMENT, "Islamic World Educational, Scientific and Cultural Organization", "Azerbaijan",
                           on=date(2025, 4, 9), by={"Salem Al-Nuaimi", "Adil Karimli"}),)),
        id="the-publisher's-head-signed-with-a-minister"),
    pytest.param(Doc(
        title="Bank signs two loans with Morocco",
        published=date(2025, 12, 11),
        text="Rabat, 10 December 2025. The European Bank for Reconstruction and Development (EBRD) and the Kingdom "
             "of Morocco signed two loan agreements totalling EUR 150 million for water desalination.\n\n"
             "The agreements were signed by Ms. Odile Renaud-Basso, President of the EBRD, and Ms. Nadia Fettah, "
             "Minister of Economy and Finance of Morocco.",
        agreements=(signed(AGREEMENT, "European Bank for Reconstruction and Development", "Morocco",
                           by={"Odile Renaud-Basso", "Nadia Fettah"}),)),
        id="the-kingdom-of-X-signed-two-loans-then-signatories"),
    pytest.param(Doc(
        title="University signs with the Ministry of Higher Education",
        published=date(2025, 5, 15),
        text="Muscat, 14 May 2025 (ONA) - Sultan Qaboos University signed a memorandum of understanding with the "
             "Omani Ministry of Higher Education, Research and Innovation on scholarships on 14 May 2025.",
        agreements=(signed(MOU, "Sultan Qaboos University", "Oman", on=date(2025, 5, 14)),)),
        id="a-university-signed-with-a-ministry-named-by-an-adjective"),
    pytest.param(Doc(
        title="Cooperation agreement with Mongolia",
        published=date(2025, 9, 25),
        text="Ulaanbaatar, 24 September 2025. Turkey and Mongolia signed an agreement on cooperation in the field "
             "of education and science during the visit of the Turkish Minister of National Education.",
        agreements=(signed(AGREEMENT, "Turkey", "Mongolia"),)),
        id="an-agreement-on-cooperation-in-the-field-of-lower-case"),
]


@pytest.mark.parametrize("doc", EXTENT_SIGNERS)
def test_extent_signers(nlp, doc):
    check(nlp, doc)


# ---------------------------------------------------------------------------------------------
# eleventh round. (f) events merely MENTIONED: a future event, an invitation, a past event recalled,
# negotiations, drafts, a signing agreed or announced, a statement ahead of an event. A gold annotator
# lists none of these as a participation or an agreement (the gold's `planned` is not scored).

MENTIONED = [
    pytest.param(Doc(
        title="Minister to attend the World Health Assembly",
        published=date(2025, 5, 12),
        text="Nairobi, 12 May 2025. Ms. Amina Odhiambo, Cabinet Secretary for Health of Kenya, will attend the 78th "
             "World Health Assembly in Geneva next week, the Ministry of Health said on Monday.\n\n"
             "She is expected to address the plenary on universal health coverage."),
        id="will-attend-and-is-expected-to-address"),
    pytest.param(Doc(
        title="Kazakhstan to host summit",
        published=date(2025, 4, 12),
        text="Astana, 11 April 2025. Kazakhstan plans to host the Third Central Asia Climate Summit in 2026, Mr. "
             "Yerlan Nurlanov, Deputy Minister of Foreign Affairs of Kazakhstan, told journalists on Friday."),
        id="plans-to-host-a-summit"),
    pytest.param(Doc(
        title="Invitation to the Baku forum",
        published=date(2025, 5, 6),
        text="Baku, 5 May 2025. In a letter sent on Monday, Mr. Elnur Mammadov, Minister of Digital Development of "
             "Azerbaijan, invited Ms. Ingrid Solberg, Minister of Digitalisation of Norway, to take part in the "
             "Baku Global Forum next March."),
        id="invited-X-to-take-part-in-E"),
    pytest.param(Doc(
        title="Pledges must be honoured",
        published=date(2025, 6, 10),
        text="Dakar, 9 June 2025. Mr. Ousmane Ndiaye, Minister of Environment of Senegal, said on Monday that the "
             "pledges made at last year's Africa Climate Summit must now be honoured by donors."),
        id="a-past-summit-recalled"),
    pytest.param(Doc(
        title="Free trade talks continue",
        published=date(2025, 7, 4),
        text="Wellington, 3 July 2025. New Zealand and the Gulf Cooperation Council concluded the fourth round of "
             "negotiations on a free trade agreement in Riyadh on Thursday.\n\n"
             "The next round of negotiations on the agreement will be held in Wellington in October."),
        id="negotiations-on-a-free-trade-agreement"),
    pytest.param(Doc(
        title="Ministers review draft memorandum",
        published=date(2025, 9, 3),
        text="Colombo, 2 September 2025. Mr. Nimal Perera, Minister of Defence of Sri Lanka, received Mr. Ahmed "
             "Rasheed, Minister of Defence of Maldives, in Colombo.\n\n"
             "The two ministers reviewed a draft memorandum of understanding on maritime security, which the two "
             "ministries are expected to sign before the end of the year."),
        id="a-draft-memorandum-reviewed"),
    pytest.param(Doc(
        title="Rwanda to sign financing agreement",
        published=date(2025, 3, 18),
        text="Kigali, 17 March 2025. Rwanda and the World Bank will sign a $300 million financing agreement for "
             "energy access next week, the Ministry of Finance and Economic Planning announced on Monday."),
        id="will-sign-next-week"),
    pytest.param(Doc(
        title="Statement ahead of the Ocean Conference",
        published=date(2025, 6, 8),
        text="San José, 8 June 2025. Ahead of the United Nations Ocean Conference, Mr. Pablo Rojas, Minister of "
             "Environment of Costa Rica, said in a statement on Sunday that the protection of the high seas must "
             "be a priority."),
        id="a-statement-ahead-of-the-conference"),
    pytest.param(Doc(
        title="Minister to speak at Munich",
        published=date(2025, 2, 13),
        text="Warsaw, 13 February 2025. Mr. Tomasz Wolski, Minister of National Defence of Poland, is scheduled to "
             "address the Munich Security Conference on Saturday, his office said."),
        id="is-scheduled-to-address-E"),
    pytest.param(Doc(
        title="President skips the summit",
        published=date(2025, 6, 23),
        text="Abuja, 22 June 2025. Mr. Mamadou Keita, President of Guinea, did not attend the summit of the Economic "
             "Community of West African States in Abuja on Sunday, his office said."),
        id="did-not-attend-E"),
    pytest.param(Doc(
        title="Preparations for the BRICS summit",
        published=date(2025, 5, 21),
        text="Brasília, 20 May 2025. Mr. Carlos Mendes, Minister of Foreign Affairs of Brazil, received Mr. Ravi "
             "Menon, Minister of External Affairs of India.\n\n"
             "The two ministers discussed preparations for the upcoming 17th BRICS Summit in Rio de Janeiro."),
        id="preparations-for-the-upcoming-summit"),
    pytest.param(Doc(
        title="Council of Ministers approves draft agreement",
        published=date(2025, 8, 20),
        text="Amman, 19 August 2025 (Petra) -- The Council of Ministers approved on Tuesday the draft agreement "
             "between the Government of Jordan and the Government of Iraq on the interconnection of electricity "
             "grids."),
        id="a-council-approved-a-draft-agreement"),
    pytest.param(Doc(
        title="Talks on the loan programme",
        published=date(2025, 4, 24),
        text="Washington, 23 April 2025. Egypt and the International Monetary Fund continued talks on the fourth "
             "review of the loan agreement on Wednesday, Mr. Hany Farouk, Minister of Finance of Egypt, said."),
        id="talks-on-the-review-of-a-loan-agreement"),
    pytest.param(Doc(
        title="Secretary-General calls for ratification",
        published=date(2025, 9, 26),
        text="New York, 25 September 2025. The Secretary-General of the United Nations called on all Member States "
             "to sign and ratify the Agreement on Marine Biological Diversity of Areas beyond National "
             "Jurisdiction."),
        id="called-on-states-to-sign-and-ratify"),
    pytest.param(Doc(
        title="Bid to host the forum",
        published=date(2025, 3, 5),
        text="Rabat, 4 March 2025. Morocco submitted its bid to host the 14th World Urban Forum in 2028, the "
             "Ministry of Housing said on Tuesday."),
        id="a-bid-to-host-E"),
    pytest.param(Doc(
        title="Senior officials prepare the summit",
        published=date(2025, 6, 17),
        text="Abuja, 16 June 2025. Senior officials of the member states met in Abuja on Monday to prepare the 67th "
             "Ordinary Session of the ECOWAS Authority of Heads of State and Government, which will take place on "
             "22 June."),
        id="officials-prepare-a-future-session"),
    pytest.param(Doc(
        title="Minister at the forum invites to the next",
        published=date(2025, 10, 9),
        text="Riyadh, 8 October 2025. Ms. Lina Haddad, Minister of Tourism of Jordan, took part in the Tourism "
             "Investment Forum in Riyadh on 8 October 2025.\n\n"
             "In her remarks, she invited the participants to the Petra Heritage Conference, which Jordan will "
             "host next year.",
        participations=(Took("Lina Haddad", "Tourism Investment Forum"),),
        acceptable=(Took("Jordan", "Tourism Investment Forum"),)),
        id="at-one-event-inviting-to-the-next"),
    pytest.param(Doc(
        title="Signing planned for the visit",
        published=date(2025, 11, 12),
        text="Hanoi, 11 November 2025 (VNA) - Viet Nam and Singapore are expected to sign an agreement on digital "
             "trade during the visit of the Prime Minister of Singapore later this month, the Ministry of Industry "
             "and Trade said."),
        id="are-expected-to-sign-during-a-coming-visit"),
    pytest.param(Doc(
        title="Sides agree to finalise the memorandum",
        published=date(2025, 7, 17),
        text="Tashkent, 16 July 2025. Mr. Akmal Yusupov, Minister of Higher Education of Uzbekistan, held talks with "
             "Ms. Hanna Kovacs, Rector of the University of Debrecen.\n\n"
             "The sides agreed to finalise a memorandum of understanding on joint degree programmes and to sign it "
             "at the Uzbek-Hungarian education forum in the autumn."),
        id="agreed-to-finalise-and-sign-later"),
    pytest.param(Doc(
        title="Tongan Foreign Minister visits Fiji",
        publisher="Ministry of Foreign Affairs of Fiji",
        published=date(2025, 5, 20),
        text="Suva, 20 May 2025. A courtesy call on the President of Fiji, Ratu Wiliame Katonivere, opened the "
             "programme of the visiting Tongan Foreign Minister, Sione Vaipulu, on Monday.\n\n"
             "Minister Vaipulu later met Foreign Minister Joeli Nakau to discuss climate finance."),
        id="a-courtesy-call-opened-the-programme"),
    pytest.param(Doc(
        title="Telephone conversation between the foreign ministers",
        publisher="Ministry of Foreign Affairs of the Republic of Azerbaijan",
        published=date(2025, 5, 16),
        text="At the initiative of the Armenian side, a telephone conversation took place on May 14 between Minister "
             "of Foreign Affairs of the Republic of Azerbaijan Elnur Mammadov and Minister of Foreign Affairs of "
             "Armenia Aram Vardanyan. During the conversation, the sides discussed the peace process."),
        id="a-call-at-the-initiative-of-one-side"),
    pytest.param(Doc(
        title="Migration conference in Rome",
        publisher="Ministry of Foreign Affairs of Italy",
        published=date(2025, 6, 6),
        text="Rome, 5 June 2025. At the initiative of Italy, a meeting between Minister of Foreign Affairs Paolo "
             "Ferri and Minister of Foreign Affairs of Egypt Ahmed Kamel took place in Rome on 5 June."),
        id="a-meeting-on-the-initiative-of-a-state"),
]


@pytest.mark.parametrize("doc", MENTIONED)
def test_events_merely_mentioned_give_nothing(nlp, doc):
    check(nlp, doc)


# (g) wire news, parliaments, development banks, universities and cultural bodies: signings in their words

WIRE_SIGNINGS = [
    pytest.param(Doc(
        title="China, Brazil sign currency deal",
        published=date(2025, 3, 4),
        text="BEIJING, March 4 (Reuters) - China and Brazil signed a deal on Tuesday to settle trade in their own "
             "currencies, the two governments said in a joint statement.",
        agreements=(signed(AGREEMENT, "China", "Brazil", on=date(2025, 3, 4)),)),
        id="reuters-X-and-Y-signed-a-deal-on-Tuesday"),
    pytest.param(Doc(
        title="Japan, Philippines ink defense pact",
        published=date(2024, 7, 8),
        text="MANILA, Philippines (AP) — Japan and the Philippines inked a defense pact on Monday that allows their "
             "forces to train in each other's territory, officials said.",
        agreements=(signed(AGREEMENT, "Japan", "Philippines", on=date(2024, 7, 8)),)),
        id="ap-inked-a-pact-on-Monday"),
    pytest.param(Doc(
        title="Senegal and Mauritania sign gas accord",
        published=date(2025, 2, 20),
        text="Dakar (AFP) - Senegal and Mauritania on Thursday signed an accord on sharing revenue from their "
             "offshore gas field, officials said.",
        agreements=(signed(AGREEMENT, "Senegal", "Mauritania", on=date(2025, 2, 20)),)),
        id="afp-X-and-Y-on-Thursday-signed-an-accord"),
    pytest.param(Doc(
        title="Egypt signs World Bank loan",
        published=date(2025, 5, 14),
        text="CAIRO, May 14 (Reuters) - Egypt signed a $500 million loan agreement with the World Bank on Wednesday "
             "to support social protection programmes, the planning ministry said.",
        agreements=(signed(AGREEMENT, "Egypt", "World Bank", on=date(2025, 5, 14)),)),
        id="reuters-a-$500-million-loan-agreement-with"),
    pytest.param(Doc(
        title="Türkiye and Iraq sign 24 agreements",
        published=date(2025, 4, 23),
        text="ANKARA (AA) - Türkiye and Iraq signed 24 agreements and memoranda of understanding covering energy, "
             "water, transport and security on Monday, during the visit of the President of Türkiye to Baghdad.",
        agreements=(signed(AGREEMENT, "Türkiye", "Iraq", on=date(2025, 4, 21)),)),
        id="anadolu-signed-24-agreements-covering"),
    pytest.param(Doc(
        title="China and Nepal sign cooperation documents",
        published=date(2025, 12, 3),
        text="BEIJING, Dec. 3 (Xinhua) -- China and Nepal on Wednesday signed 10 cooperation agreements in the "
             "fields of trade, infrastructure and health, in the presence of Mr. Wang Lei, Vice Premier of China, "
             "and Mr. Ram Prasad Sharma, Deputy Prime Minister of Nepal.",
        agreements=(signed(AGREEMENT, "China", "Nepal", on=date(2025, 12, 3)),)),
        id="xinhua-on-Wednesday-signed-10-cooperation-agreements"),
    pytest.param(Doc(
        title="Agreements exchanged in the presence of the two leaders",
        published=date(2025, 10, 15),
        text="New Delhi, 14 October 2025. Following the talks, agreements on renewable energy, shipping and "
             "culture were exchanged between India and Mongolia in the presence of the two leaders, Mr. Arjun "
             "Kapoor, Prime Minister of India, and Mr. Bat-Erdene Gansukh, President of Mongolia.",
        agreements=(signed(AGREEMENT, "India", "Mongolia", on=date(2025, 10, 14)),)),
        id="agreements-were-exchanged-in-the-presence-of-the-two-leaders"),
    pytest.param(Doc(
        title="Russia and Iran sign intergovernmental agreement",
        published=date(2025, 6, 26),
        text="MOSCOW, June 25 (TASS) - Russia and Iran have signed an intergovernmental agreement on cooperation in "
             "the peaceful use of nuclear energy, the Russian Foreign Ministry said on Wednesday.",
        agreements=(signed(AGREEMENT, "Russia", "Iran"),)),
        id="tass-have-signed-an-intergovernmental-agreement"),
    pytest.param(Doc(
        title="Parliament ratifies border agreement",
        published=date(2025, 6, 12),
        text="ASTANA, 11 June 2025 (Kazinform) - The Mazhilis of the Parliament of Kazakhstan on Wednesday adopted "
             "the law on the ratification of the agreement between the Republic of Kazakhstan and the Republic of "
             "Uzbekistan on the demarcation of the state border.",
        agreements=(signed(AGREEMENT, "Kazakhstan", "Uzbekistan"),)),
        id="a-parliament-adopted-the-law-ratifying-the-agreement-between-X-and-Y"),
    pytest.param(Doc(
        title="Senate ratifies agreement",
        published=date(2025, 3, 27),
        text="Manila, 26 March 2025. The Senate of the Philippines ratified the reciprocal access agreement between "
             "the Philippines and New Zealand on Wednesday.",
        agreements=(signed(AGREEMENT, "Philippines", "New Zealand"),)),
        id="the-senate-ratified-the-agreement-between-X-and-Y"),
    pytest.param(Doc(
        title="IsDB and Uganda sign financing agreements",
        published=date(2025, 9, 10),
        text="Jeddah, 9 September 2025. The Islamic Development Bank (IsDB) and the Republic of Uganda signed two "
             "financing agreements worth US$ 200 million for rural electrification and vocational training.\n\n"
             "The agreements were signed by Mr. Matia Kasozi, Minister of Finance of Uganda, for Uganda, and by "
             "Mr. Khalid Al-Harbi, Vice President of the IsDB, for the Bank.",
        agreements=(signed(AGREEMENT, "Islamic Development Bank", "Uganda", on=date(2025, 9, 9),
                           by={"Matia Kasozi", "Khalid Al-Harbi"}),)),
        id="bank-financing-agreements-signed-for-each-side"),
    pytest.param(Doc(
        title="AfDB approves and signs grant",
        published=date(2025, 4, 16),
        text="Abidjan, 15 April 2025. The African Development Bank signed a grant agreement of USD 12 million with "
             "the Government of Malawi on 15 April 2025 to strengthen climate information services.\n\n"
             "Ms. Chisomo Banda, Minister of Finance of Malawi, signed on behalf of her government, and Mr. Kevin "
             "Ndlovu, the Bank's Country Manager, signed on behalf of the Bank.",
        agreements=(signed(AGREEMENT, "African Development Bank", "Malawi", on=date(2025, 4, 15),
                           by={"Chisomo Banda", "Kevin Ndlovu"}),)),
        id="bank-grant-agreement-signed-on-behalf-of-her-government"),
    pytest.param(Doc(
        title="Universities sign letter of intent",
        published=date(2025, 11, 6),
        text="Accra, 5 November 2025. The University of Ghana and the University of Nairobi signed a letter of "
             "intent on joint research in public health on 5 November 2025.\n\n"
             "The letter was signed by Prof. Kofi Mensah, Vice-Chancellor of the University of Ghana, and Prof. "
             "Wanjiru Kamau, Vice-Chancellor of the University of Nairobi.",
        agreements=(signed(LOI, "University of Ghana", "University of Nairobi", on=date(2025, 11, 5),
                           by={"Kofi Mensah", "Wanjiru Kamau"}),)),
        id="two-universities-sign-a-letter-of-intent"),
    pytest.param(Doc(
        title="Libraries twinned",
        published=date(2025, 5, 22),
        text="Alexandria, 21 May 2025. The Bibliotheca Alexandrina and the National Library of France signed a "
             "twinning agreement on the digitisation of manuscripts on 21 May 2025.",
        agreements=(signed(AGREEMENT, "Bibliotheca Alexandrina", "National Library of France",
                           on=date(2025, 5, 21)),)),
        id="a-twinning-agreement-between-two-cultural-bodies"),
    pytest.param(Doc(
        title="Indonesia and UAE seal partnership",
        published=date(2025, 7, 2),
        text="JAKARTA, July 1 (Reuters) - Indonesia and the United Arab Emirates sealed a comprehensive economic "
             "partnership agreement on Tuesday that cuts tariffs on most goods, the trade ministry said.",
        agreements=(signed(AGREEMENT, "Indonesia", "United Arab Emirates", on=date(2025, 7, 1)),)),
        id="reuters-sealed-a-partnership-agreement"),
    pytest.param(Doc(
        title="Loan deal signed",
        published=date(2025, 8, 6),
        text="ISLAMABAD, Aug 5 (APP): Pakistan and the Asian Development Bank on Tuesday signed a loan deal worth "
             "$400 million for the expansion of social protection, the Ministry of Economic Affairs said.",
        agreements=(signed(AGREEMENT, "Pakistan", "Asian Development Bank", on=date(2025, 8, 5)),)),
        id="app-X-and-Y-on-Tuesday-signed-a-loan-deal"),
    pytest.param(Doc(
        title="The accord was signed by the ministers",
        published=date(2025, 10, 2),
        text="LUSAKA, Oct 1 (Reuters) - Zambia and Angola signed an accord on Wednesday to build a pipeline for "
             "refined fuel between the two countries.\n\n"
             "The accord was signed by Mr. Peter Mwale, Zambia's Minister of Energy, and Ms. Ana Tavares, Angola's "
             "Minister of Mineral Resources.",
        agreements=(signed(AGREEMENT, "Zambia", "Angola", on=date(2025, 10, 1), by={"Peter Mwale", "Ana Tavares"}),)),
        id="the-accord-was-signed-by-two-possessive-ministers"),
]


@pytest.mark.parametrize("doc", WIRE_SIGNINGS)
def test_wire_signings(nlp, doc):
    check(nlp, doc)


# (h) wire news on taking part: a speaker quoted at an event, "told the forum", "speaking at"

WIRE_TAKING_PART = [
    pytest.param(Doc(
        title="Minister at Davos",
        published=date(2025, 1, 22),
        text="DAVOS, Switzerland, Jan 22 (Reuters) - Global growth will slow this year, Ms. Elena Rossi, Minister "
             "of Economy of Italy, told the World Economic Forum on Wednesday.",
        participations=(Took("Elena Rossi", "World Economic Forum"),),
        acceptable=(Took("Italy", "World Economic Forum"),)),
        id="reuters-A-told-the-forum"),
    pytest.param(Doc(
        title="Speaking at the G20",
        published=date(2024, 11, 19),
        text="RIO DE JANEIRO (AP) — Speaking at the G20 summit in Rio de Janeiro on Tuesday, Mr. Jonas Berg, Prime "
             "Minister of Sweden, called for more ambitious climate finance.",
        participations=(Took("Jonas Berg", "G20 summit"),),
        acceptable=(Took("Sweden", "G20 summit"),)),
        id="ap-speaking-at-the-summit-A-called-for"),
    pytest.param(Doc(
        title="Leaders gather for the summit",
        published=date(2025, 7, 7),
        text="RIO DE JANEIRO, July 6 (Reuters) - Mr. Ahmed Saleh, President of Egypt, and Mr. Samuel Okoro, "
             "President of Nigeria, joined other leaders at the 17th BRICS Summit in Rio de Janeiro on Sunday.",
        participations=(Took("Ahmed Saleh", "17th BRICS Summit"), Took("Samuel Okoro", "17th BRICS Summit")),
        acceptable=(Took("Egypt", "17th BRICS Summit"), Took("Nigeria", "17th BRICS Summit"))),
        id="reuters-A-and-B-joined-other-leaders-at-E"),
]


@pytest.mark.parametrize("doc", WIRE_TAKING_PART)
def test_wire_taking_part(nlp, doc):
    check(nlp, doc)


# (f) continued: more mentions that report no fact, and the right fact where one is stated
MENTIONED_MORE = [
    pytest.param(Doc(
        title="OIC welcomes peace agreement",
        published=date(2025, 8, 9),
        text="Jeddah, 9 August 2025. The Secretary-General of the Organisation of Islamic Cooperation, Mr. Hassan "
             "Al-Amin, welcomed the signing of the peace agreement between Armenia and Azerbaijan in Washington on "
             "8 August 2025.",
        agreements=(signed(AGREEMENT, "Armenia", "Azerbaijan", on=date(2025, 8, 8)),)),
        id="welcomed-the-signing-of-the-agreement-between-X-and-Y"),
    pytest.param(Doc(
        title="Minister due at COP30",
        published=date(2025, 10, 20),
        text="Accra, 20 October 2025. Ms. Abena Osei, Minister of Environment of Ghana, is due to take part in "
             "COP30 in Belém next month, the ministry said."),
        id="is-due-to-take-part"),
    pytest.param(Doc(
        title="Invitation to the Summit of the Future",
        published=date(2025, 7, 3),
        text="Bishkek, 2 July 2025. Mr. Nurlan Abdyrakhmanov, President of Kyrgyzstan, has been invited to attend "
             "the World Summit on Social Development in Doha in November."),
        id="has-been-invited-to-attend"),
    pytest.param(Doc(
        title="Readiness to host the joint commission",
        published=date(2025, 3, 13),
        text="Tunis, 12 March 2025. Mr. Karim Mejri, Minister of Foreign Affairs of Tunisia, received Mr. Omar "
             "Ben Salem, Ambassador of Libya.\n\n"
             "Mr. Mejri expressed his country's readiness to host the next session of the Tunisian-Libyan Joint "
             "Commission."),
        id="readiness-to-host-the-next-session"),
    pytest.param(Doc(
        title="Grant agreement expected",
        published=date(2025, 4, 8),
        text="Chisinau, 7 April 2025. A grant agreement worth EUR 20 million is expected to be signed between "
             "Moldova and the European Union in June, Ms. Ana Ceban, Minister of Finance of Moldova, said on "
             "Monday."),
        id="is-expected-to-be-signed"),
    pytest.param(Doc(
        title="Ministers discuss the signing",
        published=date(2025, 2, 26),
        text="Baghdad, 25 February 2025. Mr. Fuad Karim, Minister of Foreign Affairs of Iraq, held talks with Mr. "
             "Hakan Demir, Minister of Trade of Türkiye.\n\n"
             "The two ministers discussed the signing of a memorandum of understanding on water management."),
        id="discussed-the-signing-of-a-memorandum"),
    pytest.param(Doc(
        title="President unable to attend",
        published=date(2025, 2, 16),
        text="Addis Ababa, 15 February 2025. Mr. Paul Ntare, President of Burundi, was unable to attend the 38th "
             "Ordinary Session of the Assembly of the African Union owing to the situation at home."),
        id="was-unable-to-attend-E"),
    pytest.param(Doc(
        title="Appeal to join the convention",
        published=date(2025, 11, 21),
        text="Geneva, 20 November 2025. Ms. Clara Weiss, President of the International Committee of the Red "
             "Cross, urged all states to join the Convention on Cluster Munitions."),
        id="urged-states-to-join-a-convention"),
]


@pytest.mark.parametrize("doc", MENTIONED_MORE)
def test_more_mentions(nlp, doc):
    check(nlp, doc)


WIRE_MORE = [
    pytest.param(Doc(
        title="Kenya and Ethiopia sign 12 agreements",
        published=date(2025, 6, 7),
        text="NAIROBI, June 6 (Reuters) - Mr. David Kamau, President of Kenya, held talks with Mr. Abiy Tesfaye, "
             "Prime Minister of Ethiopia, in Nairobi on Friday.\n\n"
             "The two countries signed 12 agreements covering trade, energy and security.",
        agreements=(signed(AGREEMENT, "Kenya", "Ethiopia", on=date(2025, 6, 6)),)),
        id="the-two-countries-signed-12-agreements-covering"),
    pytest.param(Doc(
        title="World Bank loan for Nepal",
        published=date(2025, 5, 31),
        text="KATHMANDU, May 30 (Xinhua) -- The World Bank and Nepal signed a $100 million loan agreement on Friday "
             "to improve road safety.\n\n"
             "The loan agreement was signed by Mr. Hari Adhikari, Finance Secretary, on behalf of the Government of "
             "Nepal, and Mr. David Sislen, Country Director of the World Bank for Nepal.",
        agreements=(signed(AGREEMENT, "World Bank", "Nepal", on=date(2025, 5, 30),
                           by={"Hari Adhikari", "David Sislen"}),)),
        id="xinhua-loan-signed-on-behalf-of-the-government-and-by-the-bank"),
    pytest.param(Doc(
        title="Embassy and university letter of intent",
        published=date(2025, 3, 20),
        text="Lagos, 19 March 2025. The Embassy of France in Nigeria and the University of Lagos signed a letter of "
             "intent on French language teaching on 19 March 2025.",
        agreements=(signed(LOI, "France", "University of Lagos", on=date(2025, 3, 19)),)),
        id="an-embassy-and-a-university-letter-of-intent"),
    pytest.param(Doc(
        title="Framework agreement in the presence of the President",
        published=date(2025, 9, 19),
        text="ASTANA, Sept 18 (Reuters) - Kazakhstan and the Islamic Development Bank signed a framework "
             "agreement worth $1 billion in Astana on Thursday in the presence of Mr. Serik Akhmetov, President of "
             "Kazakhstan.",
        agreements=(signed(AGREEMENT, "Kazakhstan", "Islamic Development Bank", on=date(2025, 9, 18)),)),
        id="reuters-framework-agreement-in-the-presence-of"),
    pytest.param(Doc(
        title="Parliament ratifies agreement with Georgia",
        published=date(2025, 10, 23),
        text="Yerevan, 22 October 2025. The National Assembly of Armenia ratified the agreement with Georgia on "
             "the joint use of border checkpoints on Wednesday.",
        agreements=(signed(AGREEMENT, "Armenia", "Georgia"),)),
        id="a-parliament-ratified-the-agreement-with-Y",
        marks=pytest.mark.xfail(strict=True, reason="the parliament is the party: its state is given to it only "
                                "when represent.py types it as a government body, after the agreements")),
]


@pytest.mark.parametrize("doc", WIRE_MORE)
def test_wire_more_signings(nlp, doc):
    check(nlp, doc)


WIRE_MORE_TAKING_PART = [
    pytest.param(Doc(
        title="On the sidelines of the G20",
        published=date(2025, 11, 23),
        text="JOHANNESBURG, Nov 22 (Reuters) - Mr. Luis Ortega, Minister of Finance of Mexico, told reporters on "
             "the sidelines of the G20 summit on Saturday that trade tensions were easing.",
        participations=(Took("Luis Ortega", "G20 summit"),),
        acceptable=(Took("Mexico", "G20 summit"),)),
        id="told-reporters-on-the-sidelines-of-E"),
    pytest.param(Doc(
        title="Minister at COP30",
        published=date(2025, 11, 12),
        text="BELEM, Brazil (AP) — Ms. Sofia Lindqvist, Minister of Climate of Denmark, who is attending the COP30 "
             "climate conference, said on Wednesday that rich countries must do more.",
        participations=(Took("Sofia Lindqvist", "COP30"),),
        acceptable=(Took("Denmark", "COP30"),)),
        id="A-who-is-attending-E-said"),
    pytest.param(Doc(
        title="Speech to the AU summit",
        published=date(2025, 2, 16),
        text="ADDIS ABABA, Feb 15 (Reuters) - In a speech to the African Union summit in Addis Ababa on Saturday, "
             "Mr. Kofi Amoah, President of Ghana, called for reparations for the slave trade.",
        participations=(Took("Kofi Amoah", "African Union summit"),),
        acceptable=(Took("Ghana", "African Union summit"),)),
        id="in-a-speech-to-E-A-called-for"),
    pytest.param(Doc(
        title="Delegates told",
        published=date(2025, 5, 20),
        text="GENEVA, May 19 (Reuters) - Mr. Omar Haidari, Minister of Health of Jordan, told delegates at the "
             "World Health Assembly on Monday that funding cuts were hurting refugees.",
        participations=(Took("Omar Haidari", "World Health Assembly"),),
        acceptable=(Took("Jordan", "World Health Assembly"),)),
        id="told-delegates-at-E",
        marks=pytest.mark.xfail(strict=True, reason="'the World Health Assembly' without an ordinal is read as an organization, not an event")),
    pytest.param(Doc(
        title="Video address",
        published=date(2025, 6, 27),
        text="SEVILLE, Spain (AFP) - Addressing the Fourth International Conference on Financing for Development by "
             "video link on Thursday, Mr. Tevita Fifita, Prime Minister of Tonga, asked for debt relief.",
        participations=(Took("Tevita Fifita", "Fourth International Conference on Financing for Development"),),
        acceptable=(Took("Tonga", "Fourth International Conference on Financing for Development"),)),
        id="addressing-E-by-video-link-A-asked"),
]


@pytest.mark.parametrize("doc", WIRE_MORE_TAKING_PART)
def test_wire_more_taking_part(nlp, doc):
    check(nlp, doc)


# (f) continued: an event or instrument only talked about in a report of something else
TALKED_ABOUT = [
    pytest.param(Doc(
        title="Congratulations on the summit",
        published=date(2025, 10, 30),
        text="Baku, 29 October 2025. Mr. Rashad Aliyev, Minister of Foreign Affairs of Azerbaijan, received Mr. "
             "Tamas Nagy, Ambassador of Hungary.\n\n"
             "Mr. Aliyev congratulated Hungary on the success of the summit of the Organization of Turkic States "
             "in Budapest."),
        id="congratulated-X-on-the-success-of-E"),
    pytest.param(Doc(
        title="Importance of the summit",
        published=date(2025, 8, 12),
        text="Cairo, 11 August 2025. Mr. Tarek Mansour, Minister of Foreign Affairs of Egypt, stressed the "
             "importance of the Arab League Summit for regional stability in a telephone call with Mr. Yousef "
             "Al-Sabah, Minister of Foreign Affairs of Kuwait."),
        id="stressed-the-importance-of-E"),
    pytest.param(Doc(
        title="Outcomes of the conference",
        published=date(2025, 12, 4),
        text="Nairobi, 3 December 2025. Ms. Jane Mutua, Cabinet Secretary for Foreign Affairs of Kenya, briefed "
             "the diplomatic corps on the outcomes of the United Nations Environment Assembly."),
        id="briefed-on-the-outcomes-of-E"),
    pytest.param(Doc(
        title="Declaration adopted",
        published=date(2025, 11, 12),
        text="Riyadh, 11 November 2025. The leaders adopted the Riyadh Declaration at the close of the Arab-Islamic "
             "Summit on 11 November 2025."),
        id="leaders-adopted-a-declaration-no-parties"),
    pytest.param(Doc(
        title="Implementation of the agreement",
        published=date(2025, 6, 19),
        text="Tashkent, 18 June 2025. Mr. Bakhtiyor Nazarov, Minister of Foreign Affairs of Uzbekistan, and Mr. "
             "Timur Abenov, Ambassador of Kazakhstan, reviewed the implementation of the agreement on strategic "
             "partnership between Uzbekistan and Kazakhstan."),
        id="reviewed-the-implementation-of-the-agreement-between"),
    pytest.param(Doc(
        title="Exchange of views",
        published=date(2025, 4, 2),
        text="Vienna, 1 April 2025. The two delegations exchanged views on the draft agreement on the "
             "establishment of a regional office of the International Atomic Energy Agency in Amman."),
        id="exchanged-views-on-the-draft-agreement"),
]


@pytest.mark.parametrize("doc", TALKED_ABOUT)
def test_talked_about(nlp, doc):
    check(nlp, doc)


# (f) continued: background paragraphs (a biography, an event's history, an invitation accepted)
BACKGROUND = [
    pytest.param(Doc(
        title="New Director appointed",
        published=date(2025, 3, 4),
        text="Manila, 3 March 2025. The Asian Development Bank appointed Ms. Mei Tanaka as Director General of its "
             "Climate Change Department.\n\n"
             "Before joining the Bank, Ms. Tanaka represented Japan at the climate negotiations of the United "
             "Nations and served as an adviser to the Ministry of Finance of Japan."),
        id="a-biography-of-events-long-past"),
    pytest.param(Doc(
        title="Invitation accepted",
        published=date(2025, 4, 15),
        text="Tashkent, 14 April 2025. Mr. Sardor Umarov, Minister of Investment of Uzbekistan, received Mr. Ali "
             "Rahimi, Ambassador of Iran.\n\n"
             "Mr. Rahimi accepted the invitation to participate in the Tashkent International Investment Forum, "
             "which Uzbekistan will host in June."),
        id="accepted-the-invitation-to-participate-in-E"),
    pytest.param(Doc(
        title="Forum history",
        published=date(2025, 9, 10),
        text="Vladivostok, 9 September 2025. The Eastern Economic Forum, first held in 2015, will open in "
             "Vladivostok next week.\n\n"
             "The Roscongress Foundation organises the forum every year."),
        id="an-event's-history-and-its-coming-edition"),
    pytest.param(Doc(
        title="Support for the candidacy",
        published=date(2025, 6, 5),
        text="Rabat, 4 June 2025. Mr. Youssef Amrani, Minister of Foreign Affairs of Morocco, received Ms. Laila "
             "Hassan, Ambassador of Egypt.\n\n"
             "He thanked Egypt for its support for Morocco's candidacy for the presidency of the 44th session of "
             "the UNESCO General Conference."),
        id="support-for-a-candidacy-at-a-future-session"),
]


@pytest.mark.parametrize("doc", BACKGROUND)
def test_background(nlp, doc):
    check(nlp, doc)


# (g) continued: instruments named by other words: a loan or a grant signed, a joint communiqué, a roadmap,
# a programme or plan of cooperation; a loan approved or extended is no signing
INSTRUMENT_WORDS = [
    pytest.param(Doc(
        title="World Bank loan for Egypt",
        published=date(2025, 5, 15),
        text="CAIRO, May 14 (Reuters) - The World Bank and Egypt signed a $500 million loan on Wednesday to support "
             "the country's budget, the Ministry of Planning said.",
        agreements=(signed(AGREEMENT, "World Bank", "Egypt", on=date(2025, 5, 14)),)),
        id="signed-a-loan"),
    pytest.param(Doc(
        title="Japan grant for Cambodia",
        published=date(2025, 3, 12),
        text="Phnom Penh, 11 March 2025. Japan signed a grant of 2 billion yen with Cambodia for the construction of "
             "rural schools on 11 March 2025.",
        agreements=(signed(AGREEMENT, "Japan", "Cambodia", on=date(2025, 3, 11)),)),
        id="signed-a-grant-with"),
    pytest.param(Doc(
        title="Bank approves loan",
        published=date(2025, 7, 10),
        text="Abidjan, 9 July 2025. The Board of Directors of the African Development Bank approved a $50 million "
             "loan to Kenya for irrigation on 9 July 2025.\n\n"
             "The Bank has extended loans worth $2 billion to Kenya since 2015."),
        id="a-loan-approved-and-loans-extended-are-no-signing"),
    pytest.param(Doc(
        title="Grant and Loan sign for the foundation",
        published=date(2025, 8, 21),
        text="Wellington, 20 August 2025. The New Zealand Film Commission and UNESCO signed a memorandum of "
             "understanding on film training.\n\n"
             "It was signed by Ms. Olivia Grant, Director of the Commission, and Mr. Peter Loan, UNESCO "
             "Representative for the Pacific. The Government agreed to grant the programme NZ$2 million.",
        agreements=(signed(MOU, "New Zealand Film Commission", "UNESCO", on=date(2025, 8, 20)),)),
        id="names-ending-in-Grant-and-Loan-and-to-grant-are-no-instruments"),
    pytest.param(Doc(
        title="Diplomatic relations established",
        published=date(2025, 9, 24),
        text="New York, 23 September 2025. Bhutan and Ireland signed a joint communiqué establishing diplomatic "
             "relations on the margins of the United Nations General Assembly on 23 September 2025.",
        agreements=(signed(JOINT, "Bhutan", "Ireland", on=date(2025, 9, 23)),),
        acceptable=(Took("Bhutan", "United Nations General Assembly"), Took("Ireland", "United Nations General Assembly"))),
        id="signed-a-joint-communique"),
    pytest.param(Doc(
        title="Roadmap signed",
        published=date(2025, 4, 30),
        text="Tbilisi, 29 April 2025. Georgia and the Council of Europe signed a roadmap for cooperation on "
             "justice reform for 2025-2027 on 29 April 2025.",
        agreements=(signed(None, "Georgia", "Council of Europe", on=date(2025, 4, 29)),)),
        id="signed-a-roadmap"),
    pytest.param(Doc(
        title="Programme of cultural cooperation",
        published=date(2025, 6, 26),
        text="Hanoi, 25 June 2025. Viet Nam and Cuba signed a programme of cultural cooperation for the years "
             "2025-2028 on 25 June 2025.",
        agreements=(signed(None, "Viet Nam", "Cuba", on=date(2025, 6, 25)),)),
        id="signed-a-programme-of-cooperation"),
    pytest.param(Doc(
        title="Action plan signed",
        published=date(2025, 2, 12),
        text="Ankara, 11 February 2025. Türkiye and Azerbaijan signed an action plan on energy cooperation on 11 "
             "February 2025.",
        agreements=(signed(None, "Türkiye", "Azerbaijan", on=date(2025, 2, 11)),)),
        id="signed-an-action-plan"),
    pytest.param(Doc(
        title="Minister visits Fiji",
        publisher="Department of Foreign Affairs and Trade",
        published=date(2025, 6, 3),
        text="Suva, 3 June 2025. Australia's Minister for Foreign Affairs Laura Penhall met with Fiji's Prime "
             "Minister Joeli Ratuvou on 2 June, and signed a Statement of Partnership with Fiji's Minister for "
             "Foreign Affairs, Ms. Salote Vaka.",
        agreements=(signed(JOINT, "Australia", "Fiji", on=date(2025, 6, 2), by=("Laura Penhall", "Salote Vaka")),)),
        id="signed-a-statement-of-partnership-is-no-organization"),
    pytest.param(Doc(
        title="Declaration signed",
        published=date(2025, 10, 8),
        text="Warsaw, 7 October 2025 (PAP) - Poland and Lithuania signed a declaration on energy security on "
             "Tuesday in Warsaw. The ministers also issued a statement on the border.",
        agreements=(signed(JOINT, "Poland", "Lithuania", on=date(2025, 10, 7)),)),
        id="signed-a-declaration-and-an-issued-statement-is-none"),
]


@pytest.mark.parametrize("doc", INSTRUMENT_WORDS)
def test_instrument_words(nlp, doc):
    check(nlp, doc)


@pytest.mark.parametrize("publisher, text, titles", [
    ("Asian Development Bank", "MANILA, PHILIPPINES (9 June 2025) — The Asian Development Bank (ADB) and the "
     "Philippines signed a loan agreement and a grant agreement on 9 June 2025 to protect coastal towns from "
     "floods. ADB Country Director Hana Moreau signed for the bank.", {"loan agreement", "grant agreement"}),
    ("Wire", "VIENTIANE, June 10 (Wire) - Japan and Laos on Tuesday signed a loan agreement of 5 billion yen and "
     "a grant agreement of 1 billion yen for rural roads.", {"loan agreement", "grant agreement"}),
    ("Ministry of Foreign Affairs of Italy", "Rome, 9 June 2025. Italy and Egypt signed a memorandum of "
     "understanding on culture and an agreement on health on 9 June 2025.",
     {"memorandum of understanding", "agreement"}),
])
def test_instruments_signed_together_without_counterparts_of_their_own_are_one_each(nlp, publisher, text, titles):
    ex = extract(NewsItem(id="t", text=text, publisher=publisher), nlp)
    assert {a.title for a in ex.agreements} == titles
    assert all(len(a.parties) >= 2 for a in ex.agreements)


# (g) continued: news agencies' own ways (titles before names, "signed, Tuesday in X,", "today exchanged")
AGENCY_WAYS = [
    pytest.param(Doc(
        title="China, Zambia sign agreement",
        published=date(2025, 3, 26),
        text="LUSAKA, March 25 (Xinhua) -- China and Zambia on Tuesday signed an agreement on economic and "
             "technical cooperation.\n\n"
             "The agreement was signed by Chinese Ambassador to Zambia Li Wen and Zambian Minister of Finance Peter "
             "Banda.",
        agreements=(signed(AGREEMENT, "China", "Zambia", on=date(2025, 3, 25), by={"Li Wen", "Peter Banda"}),)),
        id="xinhua-signed-by-titles-before-names"),
    pytest.param(Doc(
        title="Memorandum signed with the Iranian counterpart",
        published=date(2025, 1, 15),
        text="MOSCOW, January 14 (TASS) - Mr. Sergei Volkov, Minister of Foreign Affairs of Russia, and his Iranian "
             "counterpart Mr. Hassan Karimi signed a memorandum on information security on Tuesday.",
        agreements=(signed(MOU, "Russia", "Iran", on=date(2025, 1, 14), by={"Sergei Volkov", "Hassan Karimi"}),)),
        id="tass-A-and-his-counterpart-B-signed"),
    pytest.param(Doc(
        title="Algeria and Tunisia sign 27 agreements",
        published=date(2025, 10, 8),
        text="ALGIERS, Oct 7 (APS) - Algeria and Tunisia signed, Tuesday in Algiers, 27 agreements and memoranda of "
             "understanding in various fields, at the close of the 23rd session of the Joint High Commission.",
        agreements=(signed(AGREEMENT, "Algeria", "Tunisia", on=date(2025, 10, 7)),)),
        id="aps-signed-comma-Tuesday-in-X-comma"),
    pytest.param(Doc(
        title="Four MoUs exchanged",
        published=date(2025, 8, 12),
        text="BANDAR SERI BEGAWAN, Aug 12 (Bernama) -- Malaysia and Brunei today exchanged four memoranda of "
             "understanding on energy, health, youth and halal industry, witnessed by the Prime Minister of "
             "Malaysia, Mr. Amir Hamzah.",
        agreements=(signed(MOU, "Malaysia", "Brunei", on=date(2025, 8, 12)),)),
        id="bernama-today-exchanged-memoranda"),
    pytest.param(Doc(
        title="Vice Premier at the expo",
        published=date(2025, 6, 13),
        text="CHANGSHA, June 12 (Xinhua) -- Chinese Vice Premier Zhao Min attended the opening ceremony of the "
             "China-Africa Economic and Trade Expo in Changsha on Thursday.",
        participations=(Took("Zhao Min", "China-Africa Economic and Trade Expo"),),
        acceptable=(Took("China", "China-Africa Economic and Trade Expo"),)),
        id="xinhua-title-before-name-attended-the-opening-of-E"),
    pytest.param(Doc(
        title="Delegation to the G20",
        published=date(2025, 11, 21),
        text="NEW DELHI, Nov 20 (PTI) - Mr. Rajesh Kumar, Minister of External Affairs of India, will lead the "
             "Indian delegation to the G20 summit in Johannesburg this weekend."),
        id="pti-will-lead-the-delegation-to-E"),
]


@pytest.mark.parametrize("doc", AGENCY_WAYS)
def test_agency_ways(nlp, doc):
    check(nlp, doc)


# ---------------------------------------------------------------------------------------------
# (l) signings in publisher styles the battery lacked: parliaments, regional bodies, universities,
# embassies, a development bank's "entered into", nominal signings, parties named sentences before

PROTOCOL = AgreementKind.PROTOCOL
CONVENTION = AgreementKind.CONVENTION
PROGRAMME = AgreementKind.PROGRAMME

SIGNING_STYLES = [
    pytest.param(Doc(
        title="Kazakhstan and Qatar sign tax protocol",
        published=date(2025, 3, 13),
        text="Astana, 12 March 2025. Kazakhstan and Qatar signed a protocol amending the convention on the "
             "avoidance of double taxation.\n\n"
             "The protocol was signed by Mr. Nurlan Abenov, Minister of Finance of Kazakhstan, and Mr. Khalid "
             "Al-Kuwari, Minister of State of Qatar.",
        agreements=(signed(PROTOCOL, "Kazakhstan", "Qatar", on=date(2025, 3, 12),
                           by={"Nurlan Abenov", "Khalid Al-Kuwari"}),)),
        id="states-signed-a-protocol"),
    pytest.param(Doc(
        title="UNESCO and Peru join forces to safeguard Andean heritage",
        published=date(2025, 6, 5),
        text="Lima, 4 June 2025 – A memorandum of understanding was signed between UNESCO and the Government of "
             "Peru to safeguard the intangible heritage of Andean communities.\n\n"
             "The memorandum provides for training of local custodians over three years.",
        agreements=(signed(MOU, "UNESCO", "Peru", on=date(2025, 6, 4)),)),
        id="unesco-passive-an-MoU-was-signed-between-X-and-Y"),
    pytest.param(Doc(
        title="IsDB finances solar plants in Senegal",
        published=date(2025, 4, 4),
        text="Jeddah, 3 April 2025 – The Islamic Development Bank (IsDB) and the Republic of Senegal entered into "
             "a financing agreement of US$ 95 million for solar power plants in the eastern regions.\n\n"
             "The IsDB will also provide technical assistance for grid connection.",
        agreements=(signed(AGREEMENT, "Islamic Development Bank", "Senegal", on=date(2025, 4, 3)),)),
        id="bank-X-and-Y-entered-into-an-agreement"),
    pytest.param(Doc(
        title="Student exchange with Nairobi",
        published=date(2025, 9, 19),
        text="Kyoto, 18 September 2025. Kyoto University concluded an academic exchange agreement with the "
             "University of Nairobi on 18 September.\n\n"
             "The agreement allows up to ten students a year to study at the partner university.",
        agreements=(signed(AGREEMENT, "Kyoto University", "University of Nairobi", on=date(2025, 9, 18)),)),
        id="university-X-concluded-an-agreement-with-Y"),
    pytest.param(Doc(
        title="ECOWAS and the EU sign framework on regional security",
        published=date(2025, 2, 12),
        text="Abuja, 11 February 2025. The Economic Community of West African States (ECOWAS) and the European "
             "Union signed a framework agreement on peace and security on Tuesday at the ECOWAS Commission in "
             "Abuja.\n\n"
             "The framework covers early warning, mediation and the fight against terrorism.",
        agreements=(signed(AGREEMENT, "Economic Community of West African States", "European Union",
                           on=date(2025, 2, 11)),)),
        id="regional-body-acronym-defined-framework-agreement"),
    pytest.param(Doc(
        title="Kenya, Norway ink renewable energy accord",
        published=date(2025, 5, 7),
        text="NAIROBI, May 6 (Reuters) - Kenya and Norway inked an accord on renewable energy on Tuesday, "
             "officials said, as Nairobi seeks to expand geothermal power.\n\n"
             "The accord includes grants for transmission lines, the energy ministry said in a statement.",
        agreements=(signed(AGREEMENT, "Kenya", "Norway", on=date(2025, 5, 6)),)),
        id="wire-states-inked-an-accord"),
    pytest.param(Doc(
        title="Japan supports school construction in Ghana",
        published=date(2025, 3, 21),
        text="Accra, 20 March 2025. The Ambassador of Japan to Ghana, Mr. Taro Suzuki, and the Minister of "
             "Finance of Ghana, Mr. Kofi Mensah, exchanged the signed documents of a grant agreement for the "
             "construction of primary schools in the Northern Region.\n\n"
             "The grant amounts to 1.2 billion yen.",
        agreements=(signed(AGREEMENT, "Japan", "Ghana", on=date(2025, 3, 20), by={"Taro Suzuki", "Kofi Mensah"}),)),
        id="embassy-exchanged-the-signed-documents"),
    pytest.param(Doc(
        title="Azerbaijan and IRENA agree on action plan",
        published=date(2025, 1, 16),
        text="Baku, 15 January 2025. The Ministry of Energy of Azerbaijan signed an action plan with the "
             "International Renewable Energy Agency (IRENA) on offshore wind.\n\n"
             "IRENA will assess the potential of the Caspian coast.",
        agreements=(signed(AGREEMENT, "Azerbaijan", "International Renewable Energy Agency",
                           on=date(2025, 1, 15)),)),
        id="ministry-signed-a-plan-with-Y"),
    pytest.param(Doc(
        title="Morocco and Spain sign migration agreement",
        published=date(2025, 11, 18),
        text="Rabat, 17 November 2025. The signing of the agreement on seasonal migration between Morocco and "
             "Spain took place on Monday at the Ministry of Foreign Affairs in Rabat.\n\n"
             "The agreement regulates the recruitment of seasonal agricultural workers.",
        agreements=(signed(AGREEMENT, "Morocco", "Spain", on=date(2025, 11, 17)),)),
        id="the-signing-of-the-agreement-between-X-and-Y-took-place"),
    pytest.param(Doc(
        title="Indonesia and Viet Nam sign three documents",
        published=date(2025, 8, 22),
        text="Jakarta, 21 August 2025. Indonesia and Viet Nam signed three documents on Thursday: a memorandum of "
             "understanding on fisheries, an action plan for 2025-2030 and an agreement on the exemption of "
             "visas for official passports.",
        agreements=(signed(MOU, "Indonesia", "Vietnam", on=date(2025, 8, 21)),)),
        id="a-list-of-several-agreements-one-ceremony"),
    pytest.param(Doc(
        title="Chile and New Zealand widen working holiday scheme",
        published=date(2025, 10, 2),
        text="Santiago, 1 October 2025. Ms. Ana Ruiz, Minister of Foreign Affairs of Chile, received Mr. Tom "
             "Walker, Minister of Foreign Affairs of New Zealand, at the Ministry on Wednesday.\n\n"
             "They discussed trade and Antarctic research.\n\n"
             "An agreement on working holidays was signed by the two ministers at the end of the meeting.",
        agreements=(signed(AGREEMENT, "Chile", "New Zealand", on=date(2025, 10, 1),
                           by={"Ana Ruiz", "Tom Walker"}),)),
        id="signed-by-the-two-ministers-named-before"),
    pytest.param(Doc(
        title="Morocco and Tunisia sign cultural convention",
        published=date(2025, 4, 25),
        text="Tunis, 24 April 2025. Mr. Karim Bennani, Minister of Culture of Morocco, and Ms. Leila Trabelsi, "
             "Minister of Cultural Affairs of Tunisia, signed a convention on the protection of cultural "
             "heritage.",
        agreements=(signed(CONVENTION, "Morocco", "Tunisia", on=date(2025, 4, 24),
                           by={"Karim Bennani", "Leila Trabelsi"}),)),
        id="ministers-signed-a-convention"),
    pytest.param(Doc(
        title="FAO and Malawi sign country programming framework",
        published=date(2025, 7, 9),
        text="Lilongwe, 8 July 2025 – The Food and Agriculture Organization of the United Nations (FAO) and the "
             "Government of Malawi today signed a cooperation programme for 2025-2029.\n\n"
             "The programme was signed by Ms. Grace Phiri, Minister of Agriculture, and Mr. Paul Keller, FAO "
             "Representative in Malawi.",
        agreements=(signed(PROGRAMME, "Food and Agriculture Organization of the United Nations", "Malawi", on=date(2025, 7, 8),
                           by={"Grace Phiri", "Paul Keller"}),)),
        id="un-agency-cooperation-programme"),
    pytest.param(Doc(
        title="The agreement, signed by both presidents",
        published=date(2025, 3, 6),
        text="Brasilia, 5 March 2025. Brazil and Argentina agreed to build a gas pipeline between the two "
             "countries.\n\n"
             "The agreement, signed by President Carlos Lima of Brazil and President Javier Ortiz of Argentina "
             "on Wednesday, provides for joint financing.",
        agreements=(signed(AGREEMENT, "Brazil", "Argentina", on=date(2025, 3, 5),
                           by={"Carlos Lima", "Javier Ortiz"}),)),
        id="the-agreement-comma-signed-by-A-and-B"),
    pytest.param(Doc(
        title="Kuwait Fund signs loan agreement with Jordan",
        published=date(2025, 5, 13),
        text="KUWAIT, May 12 (KUNA) -- The Kuwait Fund for Arab Economic Development has signed a loan agreement "
             "with the Government of Jordan worth KD 15 million to finance the expansion of water networks.\n\n"
             "The agreement was signed by the Fund's Director-General Mr. Faisal Al-Mutairi and Jordan's "
             "Ambassador to Kuwait Mr. Omar Haddadin.",
        agreements=(signed(AGREEMENT, "Kuwait Fund for Arab Economic Development", "Jordan", on=date(2025, 5, 12)),)),
        id="agency-X-has-signed-an-agreement-with-the-government-of-Y"),
    pytest.param(Doc(
        title="OAS and Guyana sign agreement on electoral observation",
        published=date(2025, 8, 6),
        text="Washington, D.C., August 5, 2025 - The General Secretariat of the Organization of American States "
             "(OAS) and the Government of Guyana signed an agreement on privileges and immunities for the "
             "electoral observation mission.\n\n"
             "The document was signed by the OAS Secretary for Strengthening Democracy, Ms. Laura Pineda, and the "
             "Ambassador of Guyana to the OAS, Mr. David Persaud.",
        agreements=(signed(AGREEMENT, "Organization of American States", "Guyana", on=date(2025, 8, 5),
                           by={"Laura Pineda", "David Persaud"}),)),
        id="regional-body-general-secretariat-and-government-signed"),
    pytest.param(Doc(
        title="UNHCR and Chad sign agreement on refugee registration",
        published=date(2025, 2, 26),
        text="N'Djamena, 25 February 2025 – UNHCR, the UN Refugee Agency, and the Ministry of Public Security of "
             "Chad today signed an agreement on the registration of refugees in the eastern provinces.",
        agreements=(signed(AGREEMENT, "UNHCR", "Chad", on=date(2025, 2, 25)),)),
        id="un-agency-with-apposition-and-ministry-signed"),
    pytest.param(Doc(
        title="Türkiye, Azerbaijan sign deal on gas supplies",
        published=date(2025, 9, 3),
        text="ANKARA (AA) - Türkiye and Azerbaijan on Tuesday signed a deal on natural gas supplies for the next "
             "ten years.\n\n"
             "The deal was signed by Energy Minister Murat Yildiz and his Azerbaijani counterpart Elchin "
             "Aliyev in Ankara.",
        agreements=(signed(AGREEMENT, "Türkiye", "Azerbaijan", on=date(2025, 9, 2)),)),
        id="wire-on-Tuesday-signed-a-deal"),
    pytest.param(Doc(
        title="GIZ and Kenya agree on climate-smart agriculture",
        published=date(2025, 4, 16),
        text="Nairobi, 15 April 2025. The Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) signed an "
             "implementation agreement with the Ministry of Agriculture of Kenya on climate-smart farming.\n\n"
             "The project will reach 40,000 smallholder farmers.",
        agreements=(signed(AGREEMENT, "Deutsche Gesellschaft für Internationale Zusammenarbeit", "Kenya",
                           on=date(2025, 4, 15)),)),
        id="development-agency-signed-an-agreement-with-a-ministry"),
    pytest.param(Doc(
        title="India and Maldives exchange MoUs",
        published=date(2025, 7, 26),
        text="Male, July 25 (ANI): India and Maldives exchanged four MoUs in the presence of Prime Minister Ravi "
             "Sharma and President Ahmed Rasheed on Friday.",
        agreements=(signed(MOU, "India", "Maldives", on=date(2025, 7, 25)),)),
        id="wire-exchanged-MoUs-in-the-presence-of"),
    pytest.param(Doc(
        title="Cyprus and Greece sign energy interconnection protocol",
        published=date(2025, 3, 19),
        text="Nicosia, 18 March 2025. Foreign Minister Andreas Christou received his Greek counterpart Giorgos "
             "Nikolaou at the Ministry of Foreign Affairs.\n\n"
             "The two countries signed a protocol on the electricity interconnector.",
        agreements=(signed(PROTOCOL, "Cyprus", "Greece", on=date(2025, 3, 18)),)),
        id="the-two-countries-signed-after-a-reception"),
    pytest.param(Doc(
        title="Kyrgyzstan and Uzbekistan sign border treaty",
        published=date(2025, 1, 28),
        text="Bishkek, 27 January 2025. Within the framework of the state visit, the Presidents of Kyrgyzstan and "
             "Uzbekistan signed a treaty on the state border.\n\n"
             "The leaders also adopted a joint statement on strategic partnership.",
        agreements=(signed(AGREEMENT, "Kyrgyzstan", "Uzbekistan", on=date(2025, 1, 27)),)),
        id="the-presidents-of-X-and-Y-signed"),
    pytest.param(Doc(
        title="Kyrgyzstan and Tajikistan sign documents",
        published=date(2025, 3, 14),
        text="Bishkek, 13 March 2025. Following the talks between the President of Kyrgyzstan, Mr. Bolot "
             "Asanov, and the President of Tajikistan, Mr. Rustam Nazarov, twelve bilateral documents were "
             "signed in the presence of the two heads of state.",
        agreements=(signed(None, "Kyrgyzstan", "Tajikistan", on=date(2025, 3, 13)),)),
        id="documents-were-signed-in-the-presence-of-the-two-presidents"),
    pytest.param(Doc(
        title="Armenia and the EU sign financing agreement",
        published=date(2025, 6, 25),
        text="Yerevan, 24 June 2025. The financing agreement was signed on behalf of Armenia by Mr. Vahe "
             "Hakobyan, Minister of Finance, and on behalf of the European Union by Ms. Clara Vogt, Head of the EU "
             "Delegation to Armenia.\n\n"
             "The agreement provides EUR 30 million for border infrastructure.",
        agreements=(signed(AGREEMENT, "Armenia", "European Union", on=date(2025, 6, 24),
                           by={"Vahe Hakobyan", "Clara Vogt"}),)),
        id="signed-on-behalf-of-X-by-A-and-on-behalf-of-Y-by-B"),
    pytest.param(Doc(
        title="Jordan and Egypt renew memorandum",
        published=date(2025, 12, 2),
        text="Amman, 1 December 2025 (Petra) -- Jordan and Egypt on Monday renewed their memorandum of "
             "understanding on electricity interconnection for another five years.",
        agreements=(signed(MOU, "Jordan", "Egypt", on=date(2025, 12, 1)),)),
        id="agency-renewed-their-memorandum"),
    pytest.param(Doc(
        title="Seychelles signs the treaty",
        published=date(2025, 9, 24),
        text="New York, 23 September 2025. Seychelles signed the Agreement on Marine Biological Diversity of "
             "Areas beyond National Jurisdiction at United Nations Headquarters on Tuesday, becoming the 120th "
             "state to do so."),
        id="one-state-signs-a-multilateral-treaty-no-bilateral-agreement"),
    pytest.param(Doc(
        title="Japan, Philippines sign defence pact",
        published=date(2025, 7, 9),
        text="MANILA, July 8 (Jiji Press) -- The pact was signed in Manila on Tuesday by Japanese Defence Minister "
             "Kenji Morita and Philippine Defense Secretary Ramon Cruz.\n\n"
             "It allows the forces of each country to train on the other's territory.",
        agreements=(signed(AGREEMENT, "Japan", "Philippines", on=date(2025, 7, 8),
                           by={"Kenji Morita", "Ramon Cruz"}),)),
        id="wire-pact-signed-by-demonym-titles"),
    pytest.param(Doc(
        title="Seoul, Warsaw sign arms contract",
        published=date(2025, 4, 2),
        text="Seoul and Warsaw signed a $6 billion contract on Tuesday for the supply of 180 tanks, the Defense "
             "Acquisition Program Administration said.\n\n"
             "Poland's Deputy Defense Minister Piotr Nowak attended the signing in Seoul.",
        agreements=(signed(AGREEMENT, "South Korea", "Poland", on=date(2025, 4, 1)),)),
        id="wire-capitals-stand-for-their-states"),
    pytest.param(Doc(
        title="University signs MoU with Ministry",
        published=date(2025, 11, 6),
        text="Dhaka, 5 November 2025. The University of Dhaka has signed a memorandum of understanding with "
             "the Ministry of Science and Technology of Bangladesh to establish a research centre on climate "
             "adaptation.\n\n"
             "Vice-Chancellor Prof. Rafiq Ahmed signed on behalf of the university.",
        agreements=(signed(MOU, "University of Dhaka", "Bangladesh", on=date(2025, 11, 5)),)),
        id="university-has-signed-an-MoU-with-a-ministry"),
    pytest.param(Doc(
        title="Ministers review cooperation",
        published=date(2025, 5, 28),
        text="Vilnius, 27 May 2025. Ms. Rasa Jankauskiene, Minister of Economy of Lithuania, met Mr. Oleh Bondar, "
             "Minister of Economy of Ukraine.\n\n"
             "The ministers reviewed the implementation of the memorandum on reconstruction, signed in Kyiv in "
             "2023, and expressed readiness to sign a new agreement on energy by the end of the year."),
        id="an-old-memorandum-and-readiness-to-sign-no-signing"),
    pytest.param(Doc(
        title="Condolence book",
        published=date(2025, 1, 10),
        text="Tbilisi, 9 January 2025. Mr. Giorgi Kapanadze, Minister of Foreign Affairs of Georgia, signed the "
             "book of condolences at the Embassy of Japan in Tbilisi."),
        id="signed-the-book-of-condolences-no-agreement"),
    pytest.param(Doc(
        title="Georgia and Armenia sign agreement on customs",
        published=date(2025, 2, 20),
        text="Tbilisi, 19 February 2025. An agreement on mutual assistance in customs matters was signed "
             "between the Government of Georgia and the Government of the Republic of Armenia on 19 "
             "February.\n\n"
             "Signing the agreement were Mr. Levan Tsiklauri, Minister of Finance of Georgia, and Mr. Aram "
             "Sahakyan, Deputy Prime Minister of Armenia.",
        agreements=(signed(AGREEMENT, "Georgia", "Armenia", on=date(2025, 2, 19),
                           by={"Levan Tsiklauri", "Aram Sahakyan"}),)),
        id="signed-between-governments-signing-the-agreement-were-A-and-B"),
    pytest.param(Doc(
        title="Japanese grant aid for hospitals",
        published=date(2025, 5, 21),
        text="Bishkek, 20 May 2025. Mr. Azamat Tokoev, Minister of Foreign Affairs of the Kyrgyz Republic, and Mr. "
             "Hiroshi Tanaka, Ambassador of Japan to the Kyrgyz Republic, signed the Exchange of Notes on Japanese "
             "grant aid for the modernisation of regional hospitals.",
        agreements=(signed(AGREEMENT, "Kyrgyzstan", "Japan", on=date(2025, 5, 20),
                           by={"Azamat Tokoev", "Hiroshi Tanaka"}),)),
        id="embassy-signed-the-exchange-of-notes"),
    pytest.param(Doc(
        title="Consular memorandum signed in Astana",
        published=date(2025, 5, 21),
        text="Astana, 20 May 2025. In the presence of President Daniyar Seitkali of Kazakhstan and President Ilham "
             "Mammadov of Azerbaijan, the foreign ministers of the two countries signed a memorandum on consular "
             "cooperation.",
        agreements=(signed(MOU, "Kazakhstan", "Azerbaijan", on=date(2025, 5, 20)),)),
        id="the-ministers-of-the-two-countries-signed-in-the-presence-of"),
    pytest.param(Doc(
        title="IGAD and AfDB sign grant",
        publisher="IGAD",
        published=date(2025, 5, 21),
        text="Djibouti, 20 May 2025. The Intergovernmental Authority on Development (IGAD) and the African "
             "Development Bank signed a grant agreement of USD 5 million for drought resilience.\n\n"
             "The grant was signed by Dr. Abdi Warsame, IGAD Executive Secretary, and Mr. Samuel Quaye, "
             "Vice-President of the Bank.",
        agreements=(signed(AGREEMENT, "Intergovernmental Authority on Development", "African Development Bank",
                           on=date(2025, 5, 20), by={"Abdi Warsame", "Samuel Quaye"}),)),
        id="regional-body-the-grant-was-signed-by"),
    pytest.param(Doc(
        title="EU finances water supply in Karakalpakstan",
        publisher="UNDP",
        published=date(2025, 5, 21),
        text="Tashkent, 20 May 2025 – The Government of Uzbekistan and the European Union signed a financing "
             "agreement of EUR 20 million to modernise water supply in Karakalpakstan.\n\n"
             "UNDP will implement the project in partnership with local authorities.",
        agreements=(signed(AGREEMENT, "Uzbekistan", "European Union", on=date(2025, 5, 20)),)),
        id="un-agency-reports-a-signing-it-implements"),
    pytest.param(Doc(
        title="Peru and the IDB partner on digital government",
        published=date(2025, 5, 21),
        text="Lima, 20 May 2025. Peru signed a memorandum of understanding with the Inter-American Development "
             "Bank (IDB) on digital government.\n\n"
             "The IDB will finance the first phase of the programme.",
        agreements=(signed(MOU, "Peru", "Inter-American Development Bank", on=date(2025, 5, 20)),)),
        id="an-acronym-the-item-defines-wins-over-the-gazetteer"),
    pytest.param(Doc(
        title="WHO and Nepal sign Country Cooperation Strategy",
        published=date(2025, 3, 5),
        text="Kathmandu, 4 March 2025 – The World Health Organization and the Government of Nepal signed the "
             "Country Cooperation Strategy 2025–2029 on Tuesday.\n\n"
             "The strategy sets out WHO's support to Nepal's health sector.",
        agreements=(signed(None, "World Health Organization", "Nepal", on=date(2025, 3, 4)),)),
        id="un-agency-signed-the-country-cooperation-strategy"),
    pytest.param(Doc(
        title="UN and Malawi sign Cooperation Framework",
        published=date(2025, 8, 13),
        text="Lilongwe, 12 August 2025. The United Nations and the Government of Malawi signed the United Nations "
             "Sustainable Development Cooperation Framework for 2025-2029.",
        agreements=(signed(AGREEMENT, "United Nations", "Malawi", on=date(2025, 8, 12)),)),
        id="un-signed-the-cooperation-framework"),
    pytest.param(Doc(
        title="UAE, India expand renewable energy cooperation",
        published=date(2025, 5, 21),
        text="ABU DHABI, May 20 (WAM) -- The UAE and India have agreed to expand cooperation in renewable energy "
             "under a memorandum of understanding signed on Tuesday in Abu Dhabi.",
        agreements=(signed(MOU, "United Arab Emirates", "India", on=date(2025, 5, 20)),)),
        id="agency-under-a-memorandum-signed-on-Tuesday"),
    pytest.param(Doc(
        title="Review of the memorandum",
        published=date(2025, 5, 21),
        text="Abu Dhabi, 20 May 2025. The UAE and India reviewed the memorandum of understanding signed on 3 March "
             "2019 in Abu Dhabi and the agreement signed last year."),
        id="instruments-signed-long-before-no-signing"),
    pytest.param(Doc(
        title="Rwanda, Burundi sign border agreement",
        published=date(2025, 5, 21),
        text="KIGALI, May 20 (AFP) - Rwanda and Burundi signed a border agreement on Tuesday, ending a dispute over "
             "two islands in Lake Kivu.",
        agreements=(signed(AGREEMENT, "Rwanda", "Burundi", on=date(2025, 5, 20)),)),
        id="wire-the-agency-of-the-credit-is-no-party"),
    pytest.param(Doc(
        title="Uzbekistan and Türkiye sign cultural agreement",
        published=date(2025, 5, 21),
        text="Tashkent, 20 May 2025. Ms. Dilnoza Karimova, Minister of Culture of Uzbekistan, and Mr. Ahmet Demir, "
             "Minister of Culture of Türkiye, put their signatures on an agreement on cultural cooperation.",
        agreements=(signed(AGREEMENT, "Uzbekistan", "Türkiye", on=date(2025, 5, 20),
                           by={"Dilnoza Karimova", "Ahmet Demir"}),)),
        id="ministry-A-and-B-put-their-signatures-on-an-agreement"),
    pytest.param(Doc(
        title="Parliament ratifies the Paris Agreement amendment",
        published=date(2025, 2, 14),
        text="Ulaanbaatar, 13 February 2025. The State Great Khural of Mongolia ratified the Kigali Amendment to "
             "the Montreal Protocol on Thursday.\n\n"
             "Mongolia thus joins 160 parties to the amendment."),
        id="parliament-ratified-no-signing"),
    pytest.param(Doc(
        title="Trade talks continue",
        published=date(2025, 6, 18),
        text="London, 17 June 2025. The United Kingdom and India are negotiating a free trade agreement, the "
             "Department for Business and Trade said on Tuesday.\n\n"
             "Both sides will sign a memorandum on services next month, the department added.\n\n"
             "Business groups called for an agreement before the end of the year."),
        id="negotiating-will-sign-called-for-no-signing"),
]


@pytest.mark.parametrize("doc", SIGNING_STYLES)
def test_signing_styles(nlp, doc):
    check(nlp, doc)


# ---------------------------------------------------------------------------------------------
# (m) taking part and organising in publisher styles the battery lacked: keynotes, co-chairs,
# "brought together", delegations, "in cooperation with", events named in the headline

TAKING_PART_STYLES = [
    pytest.param(Doc(
        title="Vice-Chancellor at the Africa Higher Education Summit",
        published=date(2025, 5, 15),
        text="Kigali, 14 May 2025. Prof. Jane Mwangi, Vice-Chancellor of the University of Nairobi, delivered a "
             "keynote address at the Africa Higher Education Summit in Kigali on 14 May.\n\n"
             "She called for more research funding on the continent.",
        participations=(Took("Jane Mwangi", "Africa Higher Education Summit"),)),
        id="university-delivered-a-keynote-at-E"),
    pytest.param(Doc(
        title="Kenya and Portugal co-chair ocean conference",
        published=date(2025, 6, 10),
        text="Lisbon, 9 June 2025. Ms. Rose Achieng, Cabinet Secretary for Mining and Blue Economy of Kenya, and "
             "Mr. Tiago Moreira, Minister of the Sea of Portugal, co-chaired the International Conference on "
             "Ocean Science on Monday.",
        participations=(Took("Rose Achieng", "International Conference on Ocean Science"),
                        Took("Tiago Moreira", "International Conference on Ocean Science"))),
        id="ministry-A-and-B-co-chaired-E"),
    pytest.param(Doc(
        title="Regional forum on water security",
        published=date(2025, 3, 26),
        text="Djibouti, 25 March 2025. The Regional Forum on Water Security brought together the African "
             "Development Bank, the United Nations Environment Programme and the Intergovernmental Authority on "
             "Development.\n\n"
             "Participants agreed on a regional drought early warning system.",
        participations=(Took("African Development Bank", "Regional Forum on Water Security"),
                        Took("United Nations Environment Programme", "Regional Forum on Water Security"),
                        Took("Intergovernmental Authority on Development", "Regional Forum on Water Security"))),
        id="regional-body-E-brought-together-A-B-and-C"),
    pytest.param(Doc(
        title="Central Asian water forum",
        published=date(2025, 9, 11),
        text="Dushanbe, 10 September 2025. Delegations from Kazakhstan, Kyrgyzstan and Uzbekistan took part in "
             "the Central Asian Forum on Water Cooperation held in Dushanbe on 10 September.",
        participations=(Took("Kazakhstan", "Central Asian Forum on Water Cooperation"),
                        Took("Kyrgyzstan", "Central Asian Forum on Water Cooperation"),
                        Took("Uzbekistan", "Central Asian Forum on Water Cooperation")),
        acceptable=(Took("Tajikistan", "Central Asian Forum on Water Cooperation"),)),
        id="delegations-from-X-Y-and-Z-took-part-in-E"),
    pytest.param(Doc(
        title="Conference on Islamic manuscripts",
        published=date(2025, 10, 21),
        text="Cairo, 20 October 2025. The International Conference on Islamic Manuscripts was organized by the "
             "Islamic World Educational, Scientific and Cultural Organization (ICESCO) in cooperation with the "
             "Arab League Educational, Cultural and Scientific Organization (ALECSO).\n\n"
             "Experts from twenty countries presented new findings.",
        participations=(Took("Islamic World Educational, Scientific and Cultural Organization",
                             "International Conference on Islamic Manuscripts", ORGANIZER),
                        Took("ALECSO", "International Conference on Islamic Manuscripts", ORGANIZER))),
        id="organized-by-X-in-cooperation-with-Y"),
    pytest.param(Doc(
        title="Baku hosts the Global Forum on Migration and Development",
        published=date(2025, 11, 12),
        text="Baku, 11 November 2025. The forum opened on Tuesday with more than 600 delegates.\n\n"
             "Ms. Sofia Lindqvist, State Secretary for Migration of Sweden, addressed the forum on its first day.",
        participations=(Took("Sofia Lindqvist", "Global Forum on Migration and Development"),),
        acceptable=(Took("Azerbaijan", "Global Forum on Migration and Development", ORGANIZER),)),
        id="event-named-in-headline-addressed-the-forum"),
    pytest.param(Doc(
        title="Workshop on statistics",
        published=date(2025, 5, 7),
        text="Vientiane, 6 May 2025. Mr. Somsak Vongsa, Vice Minister of Planning of Laos, opened the Regional "
             "Workshop on Gender Statistics on 6 May.\n\n"
             "The workshop was organised by the United Nations Economic and Social Commission for Asia and the "
             "Pacific (ESCAP).",
        participations=(Took("Somsak Vongsa", "Regional Workshop on Gender Statistics"),
                        Took("United Nations Economic and Social Commission for Asia and the Pacific",
                             "Regional Workshop on Gender Statistics", ORGANIZER))),
        id="A-opened-E-then-the-workshop-was-organised-by-X"),
    pytest.param(Doc(
        title="Dean attends energy conference",
        published=date(2025, 6, 14),
        text="Beirut, 13 June 2025. Dr. Sara Haddad, Dean of the Faculty of Engineering at the American University "
             "of Beirut, participated in the International Conference on Renewable Energy held in Amman from 10 "
             "to 12 June 2025.",
        participations=(Took("Sara Haddad", "International Conference on Renewable Energy"),)),
        id="university-A-participated-in-E-held-in"),
    pytest.param(Doc(
        title="Speaker of Parliament at the Inter-Parliamentary conference",
        published=date(2025, 7, 30),
        text="Geneva, 29 July 2025. Ms. Amina Diallo, Speaker of the National Assembly of Senegal, was among the "
             "speakers at the Sixth World Conference of Speakers of Parliament on Tuesday.\n\n"
             "The conference was convened by the Inter-Parliamentary Union.",
        participations=(Took("Amina Diallo", "Sixth World Conference of Speakers of Parliament"),
                        Took("Inter-Parliamentary Union", "Sixth World Conference of Speakers of Parliament",
                             ORGANIZER))),
        id="parliament-among-the-speakers-convened-by-X"),
    pytest.param(Doc(
        title="Embassy joins the film festival",
        published=date(2025, 10, 9),
        text="Hanoi, 8 October 2025. The Embassy of Mexico in Viet Nam took part in the Hanoi International Film "
             "Festival.\n\n"
             "Ambassador Luis Herrera presented three Mexican films at the festival.",
        participations=(Took("Embassy of Mexico in Viet Nam", "Hanoi International Film Festival"),
                        Took("Luis Herrera", "Hanoi International Film Festival")),
        acceptable=(Took("Mexico", "Hanoi International Film Festival"),)),
        id="embassy-took-part-then-presented-at-the-festival"),
    pytest.param(Doc(
        title="Climate week",
        published=date(2025, 9, 24),
        text="NEW YORK, Sept 23 (AP) - Finance ministers from Chile and Colombia spoke at the Climate Week "
             "NYC on Tuesday, urging rich countries to pay more.\n\n"
             "Mr. Pedro Salinas, Finance Minister of Chile, said the pledges were not enough.",
        participations=(Took("Pedro Salinas", "Climate Week NYC"),),
        acceptable=(Took("Chile", "Climate Week NYC"), Took("Colombia", "Climate Week NYC"))),
        id="wire-ministers-spoke-at-E-named-later"),
    pytest.param(Doc(
        title="Minister at the WTO Ministerial Conference",
        published=date(2025, 2, 27),
        text="Abu Dhabi, 26 February 2025. Ms. Narine Petrosyan, Minister of Economy of Armenia, is attending the "
             "14th Ministerial Conference of the World Trade Organization in Abu Dhabi.\n\n"
             "She is heading the Armenian delegation.",
        participations=(Took("Narine Petrosyan", "14th Ministerial Conference"),),
        acceptable=(Took("Armenia", "14th Ministerial Conference"),
                    Took("World Trade Organization", "14th Ministerial Conference", ORGANIZER))),
        id="wire-is-attending-E"),
    pytest.param(Doc(
        title="Caribbean resilience forum",
        published=date(2025, 6, 20),
        text="Castries, 19 June 2025. The Caribbean Resilience Forum, co-organised by the Organisation of Eastern "
             "Caribbean States (OECS) and the World Bank, opened in Castries on Thursday.\n\n"
             "Also attending the forum were Mr. Kenny Joseph, Minister of Finance of Saint Lucia, and Ms. Alicia "
             "Browne, Minister of Planning of Grenada.",
        participations=(Took("Organisation of Eastern Caribbean States", "Caribbean Resilience Forum", ORGANIZER),
                        Took("World Bank", "Caribbean Resilience Forum", ORGANIZER),
                        Took("Kenny Joseph", "Caribbean Resilience Forum"),
                        Took("Alicia Browne", "Caribbean Resilience Forum"))),
        id="co-organised-by-X-and-Y-also-attending-were"),
    pytest.param(Doc(
        title="Jointly organised workshop",
        published=date(2025, 11, 27),
        text="Addis Ababa, 26 November 2025. Jointly organised by the Intergovernmental Authority on Development "
             "(IGAD) and UNICEF, the Regional Workshop on Child Protection brought together officials from seven "
             "member states.\n\n"
             "Among the participants were Mr. Abdi Farah, Director of Social Affairs of Somalia, and Ms. Ruth "
             "Akello, Commissioner for Children of Uganda.",
        participations=(Took("Intergovernmental Authority on Development", "Regional Workshop on Child Protection",
                             ORGANIZER),
                        Took("UNICEF", "Regional Workshop on Child Protection", ORGANIZER),
                        Took("Abdi Farah", "Regional Workshop on Child Protection"),
                        Took("Ruth Akello", "Regional Workshop on Child Protection"))),
        id="fronted-jointly-organised-by-among-the-participants-were"),
    pytest.param(Doc(
        title="Kazakhstan hosts the Astana International Forum",
        published=date(2025, 5, 30),
        text="Astana, 29 May 2025. Kazakhstan hosted the Astana International Forum on 29-30 May.\n\n"
             "Mr. Daniel Weber, Vice-President of the European Investment Bank, took part in a panel session "
             "of the forum on green finance.",
        participations=(Took("Kazakhstan", "Astana International Forum", ORGANIZER),
                        Took("Daniel Weber", "Astana International Forum"))),
        id="state-hosted-E-took-part-in-a-panel-of-the-forum"),
    pytest.param(Doc(
        title="Independence Day celebration in Kingston",
        published=date(2025, 9, 16),
        text="Kingston, 15 September 2025. The Embassy of Mexico in Jamaica organised a celebration of the 215th "
             "anniversary of the Independence of Mexico.\n\n"
             "Ms. Kamina Smith, Minister of Foreign Affairs of Jamaica, attended the celebration as guest of "
             "honour.",
        participations=(Took("Embassy of Mexico in Jamaica", "celebration", ORGANIZER),
                        Took("Kamina Smith", "celebration")),
        acceptable=(Took("Mexico", "celebration", ORGANIZER),)),
        id="embassy-organised-a-celebration-minister-attended-it"),
    pytest.param(Doc(
        title="Statement at the general debate",
        published=date(2025, 9, 25),
        text="New York, 24 September 2025. Mr. Arman Grigoryan, Minister of Foreign Affairs of Armenia, made a "
             "statement at the general debate of the 80th session of the United Nations General Assembly.\n\n"
             "He spoke about regional connectivity.",
        participations=(Took("Arman Grigoryan", "80th session of the United Nations General Assembly"),),
        acceptable=(Took("Arman Grigoryan", "general debate of the 80th session of the United Nations General "
                                            "Assembly"),)),
        id="made-a-statement-at-the-general-debate-of-E"),
    pytest.param(Doc(
        title="Delegation at the tourism fair",
        published=date(2025, 3, 7),
        text="Berlin, 6 March 2025. The delegation of Sri Lanka, led by Mr. Nimal Perera, Minister of Tourism, "
             "participated in the ITB Berlin tourism fair.\n\n"
             "The delegation promoted the island's beaches and heritage sites.",
        participations=(Took("Nimal Perera", "ITB Berlin tourism fair"),),
        acceptable=(Took("Sri Lanka", "ITB Berlin tourism fair"),)),
        id="the-delegation-of-X-led-by-A-participated-in-E"),
    pytest.param(Doc(
        title="Symposium hosted by the university",
        published=date(2025, 4, 11),
        text="Yerevan, 10 April 2025. The International Symposium on Caucasian Languages, which was hosted by "
             "Yerevan State University, closed on Thursday.\n\n"
             "Prof. Anna Petrosyan, Rector of Yerevan State University, delivered the closing remarks.",
        participations=(Took("Yerevan State University", "International Symposium on Caucasian Languages", ORGANIZER),
                        Took("Anna Petrosyan", "International Symposium on Caucasian Languages"))),
        id="E-which-was-hosted-by-X-closing-remarks"),
    pytest.param(Doc(
        title="Minister joins summit virtually",
        published=date(2025, 10, 17),
        text="Bridgetown, 16 October 2025. Ms. Claire Holder, Minister of Foreign Affairs of Barbados, "
             "participated virtually in the Summit on Climate Finance for Small Island States on Thursday.",
        participations=(Took("Claire Holder", "Summit on Climate Finance for Small Island States"),)),
        id="participated-virtually-in-E"),
    pytest.param(Doc(
        title="Invitation to the forum",
        published=date(2025, 2, 4),
        text="Bishkek, 3 February 2025. Mr. Azamat Tokoev, Minister of Foreign Affairs of Kyrgyzstan, invited Mr. "
             "Jan Novak, Ambassador of the Czech Republic, to attend the Issyk-Kul Economic Forum in June.\n\n"
             "The ministers also discussed preparations for the Central Asia Summit.",
        acceptable=(Took("Kyrgyzstan", "Issyk-Kul Economic Forum", ORGANIZER),
                    Took("Azamat Tokoev", "Issyk-Kul Economic Forum", ORGANIZER))),
        id="invited-to-attend-E-and-preparations-for-E-no-participation"),
    pytest.param(Doc(
        title="Minister in Geneva for the Human Rights Council",
        published=date(2025, 2, 25),
        text="GENEVA, Feb 24 (Reuters) - Ms. Maria Costa, Minister of Foreign Affairs of Uruguay, arrived in "
             "Geneva on Monday to attend the 58th session of the Human Rights Council.",
        participations=(Took("Maria Costa", "58th session of the Human Rights Council"),)),
        id="wire-arrived-in-X-to-attend-E"),
    pytest.param(Doc(
        title="Exhibition of Armenian manuscripts opens",
        published=date(2025, 5, 21),
        text="Paris, 20 May 2025. The exhibition “Illuminated Manuscripts of Armenia” was opened by Ms. Hasmik "
             "Sargsyan, Ambassador of Armenia to France, at the Institut du Monde Arabe on 20 May.",
        participations=(Took("Hasmik Sargsyan", "Illuminated Manuscripts of Armenia"),)),
        id="embassy-E-was-opened-by-A"),
    pytest.param(Doc(
        title="Conference under the chairmanship of the minister",
        published=date(2025, 10, 29),
        text="Kampala, 28 October 2025. The Regional Conference on Refugee Education was held under the "
             "chairmanship of Ms. Esther Nakato, Minister of Education of Uganda.\n\n"
             "It was organised by UNHCR.",
        participations=(Took("Esther Nakato", "Regional Conference on Refugee Education"),
                        Took("UNHCR", "Regional Conference on Refugee Education", ORGANIZER))),
        id="un-agency-held-under-the-chairmanship-of-A-it-was-organised-by"),
    pytest.param(Doc(
        title="Lecture at the university",
        published=date(2025, 3, 12),
        text="Almaty, 11 March 2025. Mr. Hans Keller, Ambassador of Switzerland to Kazakhstan, delivered a "
             "lecture at Al-Farabi Kazakh National University on Swiss neutrality.\n\n"
             "Students asked about the Swiss education system.",
        acceptable=(Took("Hans Keller", "lecture"),)),
        id="a-lecture-at-a-university-is-no-event-of-the-university"),
    pytest.param(Doc(
        title="Summit outcomes reviewed",
        published=date(2025, 12, 10),
        text="Kingston, 9 December 2025. Ms. Dana Morris, Minister of Foreign Affairs of Jamaica, briefed the "
             "diplomatic corps on the outcomes of the CARICOM Summit held in July.\n\n"
             "She announced that Jamaica will host the next Caribbean Investment Forum in 2026.",
        acceptable=(Took("Caribbean Community", "CARICOM Summit", ORGANIZER),)),
        id="outcomes-of-E-and-will-host-E-no-participation"),
    pytest.param(Doc(
        title="The event saw the participation of ministers",
        published=date(2025, 4, 9),
        text="Rabat, 8 April 2025. The African Forum on Digital Transformation saw the participation of Mr. Youssef "
             "Alami, Minister of Digital Transition of Morocco, and Ms. Fatou Ndiaye, Minister of Communication of "
             "Senegal.",
        participations=(Took("Youssef Alami", "African Forum on Digital Transformation"),
                        Took("Fatou Ndiaye", "African Forum on Digital Transformation"))),
        id="E-saw-the-participation-of-A-and-B"),
    pytest.param(Doc(
        title="Kenya to host climate summit",
        published=date(2025, 9, 6),
        text="NAIROBI, Sept 5 (Reuters) - Kenya will host the next Africa Climate Summit in 2027, President Daniel "
             "Kiprono announced at the close of the Africa Food Systems Forum in Nairobi on Friday.",
        participations=(Took("Daniel Kiprono", "Africa Food Systems Forum"),)),
        id="wire-announced-at-the-close-of-E-will-host-E"),
    pytest.param(Doc(
        title="Minister speaks at the end of the conference",
        published=date(2025, 6, 28),
        text="Vienna, 27 June 2025. Ms. Ingrid Bauer, Federal Minister for Climate Action of Austria, said at the "
             "end of the Vienna Energy Security Conference that Europe must diversify its supplies.",
        participations=(Took("Ingrid Bauer", "Vienna Energy Security Conference"),)),
        id="ministry-said-at-the-end-of-E"),
    pytest.param(Doc(
        title="Trade forum in Kigali",
        published=date(2025, 10, 3),
        text="KIGALI, Oct 2 (AFP) - Trade ministers from Ghana and Kenya attended the African Trade Forum in Kigali "
             "on Thursday.\n\n"
             "Mr. Paul Mensah, Ambassador of Ghana to Rwanda, said the forum came at the right time.",
        acceptable=(Took("Ghana", "African Trade Forum"), Took("Kenya", "African Trade Forum"))),
        id="wire-a-group-by-its-states-takes-no-one-of-another-role"),
    pytest.param(Doc(
        title="Forum to be held in May",
        published=date(2025, 3, 3),
        text="Manila, 3 March 2025. The Asian Development Bank will host the Asia Clean Energy Forum in May.\n\n"
             "Ministers from the region are invited to attend the forum."),
        id="will-host-no-participation"),
]


@pytest.mark.parametrize("doc", TAKING_PART_STYLES)
def test_taking_part_styles(nlp, doc):
    check(nlp, doc)


# (p) instruments of more names and signing styles of publishers the batteries lacked: letters and
# declarations of intent, host country, financing, loan and grant agreements, project documents;
# "entered into X with Y", signers named after the instrument, by post only or in a later sentence,
# witnesses, captions, datelines whose place is no party, plans and recalled instruments
INSTRUMENTS_AND_STYLES = [
    pytest.param(Doc(title="Kazakhstan, UAE sign agreement on investment", published=date(2025, 3, 4),
        text="Astana, 3 March 2025. The signing ceremony took place at the Akorda following the talks between the two "
             "delegations. The document provides for investments of $5 billion.",
        agreements=(signed(AGREEMENT, "Kazakhstan", "United Arab Emirates"),)), id="headline-X-Y-sign-agreement-body-only-the-signing-ceremony"),
    pytest.param(Doc(title="MoU", published=date(2025, 3, 4),
        text="Amman, 3 March 2025. The signing ceremony of the memorandum of understanding between the Jordan "
             "Investment Commission and the World Bank took place in Amman on Monday.",
        agreements=(signed(MOU, "Jordan Investment Commission", "World Bank"),)), id="signing-ceremony-of-mou-between-took-place"),
    pytest.param(Doc(title="MoU", published=date(2025, 3, 4),
        text="Amman, 3 March 2025. An MoU was inked between the University of Jordan and the Islamic Development Bank "
             "on Monday.",
        agreements=(signed(MOU, "University of Jordan", "Islamic Development Bank"),)), id="mou-was-inked-between"),
    pytest.param(Doc(title="deal", published=date(2025, 3, 4),
        text="Baku, 3 March 2025. Azerbaijan sealed a gas supply deal with Bulgaria on Monday.",
        agreements=(signed(AGREEMENT, "Azerbaijan", "Bulgaria"),)), id="sealed-a-deal-with"),
    pytest.param(Doc(title="signed today", published=date(2025, 3, 4),
        text="Geneva, 3 March 2025. Under the agreement signed today by WHO and the Government of Chad, WHO will "
             "support vaccination in 23 districts.",
        agreements=(signed(AGREEMENT, "WHO", "Chad"),)), id="under-the-agreement-signed-today-by"),
    pytest.param(Doc(title="Republic", published=date(2025, 3, 4),
        text="Bishkek, 3 March 2025. The Ministry of Foreign Affairs of the Kyrgyz Republic signed an agreement with "
             "the Government of the Republic of Korea on visa exemption for diplomatic passport holders.",
        agreements=(signed(AGREEMENT, "Kyrgyzstan", "South Korea"),)), id="ministry-signed-with-government-of-republic"),
    pytest.param(Doc(title="agreement", published=date(2025, 3, 4),
        text="Nairobi, 3 March 2025. The Kenyan Government and the International Monetary Fund have reached a staff-"
             "level agreement on the first review of the programme.",
        ), id="staff-level-agreement-reached"),
    pytest.param(Doc(title="MoU", published=date(2025, 3, 4),
        text="Colombo, 3 March 2025. Sri Lanka's Ministry of Education and UNICEF exchanged a memorandum of "
             "understanding on early childhood education at a ceremony in Colombo.",
        agreements=(signed(MOU, "Ministry of Education", "UNICEF"),)), id="exchanged-at-a-ceremony"),
    pytest.param(Doc(title="Agreement", published=date(2025, 3, 4),
        text="Port Louis, 3 March 2025. Mauritius and India signed two agreements, one on maritime security and one on"
             " health. Prime Minister Devan Ramsamy and Indian External Affairs Minister Ravi Menon witnessed the "
             "exchange of the documents.",
        agreements=(signed(AGREEMENT, "Mauritius", "India"),)), id="two-agreements-witnessed-exchange"),
    pytest.param(Doc(title="Agreement", published=date(2025, 3, 4),
        text="KAMPALA - The Government of Uganda through the Ministry of Finance has signed a $300 million financing "
             "agreement with the World Bank to support refugee-hosting districts.",
        agreements=(signed(AGREEMENT, "Uganda", "World Bank"),)), id="government-through-ministry-has-signed"),
    pytest.param(Doc(title="Agreement", published=date(2025, 3, 4),
        text="Addis Ababa, 3 March 2025. IGAD and the European Union today signed a contribution agreement of EUR 20 "
             "million for the IGAD Security Sector Program. IGAD Executive Secretary Samuel Kiprop signed on behalf of"
             " IGAD, while EU Ambassador Anna Berg signed for the EU.",
        agreements=(signed(AGREEMENT, "IGAD", "European Union"),)), id="contribution-agreement-signed-on-behalf-while"),
    pytest.param(Doc(title="Kazakhstan, UAE to sign agreement on investment", published=date(2025, 3, 4),
        text="Astana, 3 March 2025. The signing ceremony will take place at the Akorda after the talks between the two"
             " delegations."),
        id="headline-X-Y-to-sign-agreement-body-will-take-place"),

    pytest.param(Doc(title="Port deal", published=date(2025, 3, 4),
        text="Dubai, 3 March 2025 – DP World and the Government of Senegal signed a concession agreement for a new "
             "deep-water port at Ndayane on Monday.",
        agreements=(signed(AGREEMENT, "DP World", "Senegal"),)), id="company-and-government"),
    pytest.param(Doc(title="Airlines", published=date(2025, 3, 4),
        text="Nairobi, 3 March 2025. Kenya Airways signed a codeshare agreement with Emirates on Monday.",
        agreements=(signed(AGREEMENT, "Kenya Airways", "Emirates"),)), id="two-airlines",
        marks=pytest.mark.xfail(strict=True, reason="airlines named without an organization head word are read as "
                                                    "their states")),
    pytest.param(Doc(title="Universities", published=date(2025, 3, 4),
        text="Nicosia, 3 March 2025. The University of Cyprus and the University of Crete signed a memorandum of "
             "cooperation on joint master's programmes.",
        agreements=(signed(MOU, "University of Cyprus", "University of Crete"),)), id="two-universities"),
    pytest.param(Doc(title="Zimbabwe", published=date(2025, 3, 4),
        text="HARARE - Zimbabwe and Belarus have signed six memoranda of understanding in agriculture, mining and "
             "education, Foreign Affairs Minister Tendai Moyo said yesterday.",
        agreements=(signed(MOU, "Zimbabwe", "Belarus"),)), id="have-signed-six-memoranda-said"),
    pytest.param(Doc(title="KG", published=date(2025, 3, 4),
        text="On March 3, 2025, Minister of Foreign Affairs of the Kyrgyz Republic Azamat Bekov held talks with "
             "Minister of Foreign Affairs of Hungary Peter Kovacs. Following the talks, the Ministers signed the "
             "Program of Cooperation between the Ministries of Foreign Affairs of the two countries for 2025-2026.",
        agreements=(signed(None, "Kyrgyzstan", "Hungary"),)), id="ministers-signed-program-between-ministries"),
    pytest.param(Doc(title="Korea", published=date(2025, 3, 4),
        text="Korea and Poland signed a memorandum of understanding (MOU) on nuclear power cooperation on Monday, "
             "according to the Ministry of Trade, Industry and Energy.",
        agreements=(signed(MOU, "Korea", "Poland"),)), id="joongang-according-to-ministry"),
    pytest.param(Doc(title="Statement", published=date(2025, 3, 4),
        text="Washington, March 3, 2025. Secretary of State Daniel Brooks and Foreign Minister Akua Mensah of Ghana "
             "signed a Memorandum of Understanding to strengthen cooperation in health security today at the "
             "Department of State.",
        agreements=(signed(MOU, "United States", "Ghana"),)), id="statedept-title-name-of-state-signed"),
    pytest.param(Doc(title="SL", published=date(2025, 3, 4),
        text="Colombo, 3 March 2025. An agreement was signed between Sri Lanka and Japan for a loan of 30 billion yen "
             "for the Colombo light rail project. Treasury Secretary Mahinda Silva and Japanese Ambassador Hiro Tanaka"
             " signed the agreement on behalf of the two governments.",
        agreements=(signed(AGREEMENT, "Sri Lanka", "Japan"),)), id="newslk-between-then-signed-on-behalf"),
    pytest.param(Doc(title="OAS", published=date(2025, 3, 4),
        text="The Organization of American States (OAS) and the Government of Guatemala signed an agreement "
             "establishing the terms for the deployment of an Electoral Observation Mission. The agreement was signed "
             "at OAS headquarters by Secretary General Carlos Mendez and the Ambassador of Guatemala to the OAS, Lucia"
             " Ortega.",
        agreements=(signed(AGREEMENT, "Organization of American States", "Guatemala"),)), id="oas-agreement-by-sg-and-ambassador"),
    pytest.param(Doc(title="Kazinform", published=date(2025, 3, 4),
        text="ASTANA. KAZINFORM - Kazakhstan's Ministry of Agriculture and the Food and Agriculture Organization have "
             "inked a memorandum on cooperation in food security, Kazinform correspondent reports.",
        agreements=(signed(MOU, "Ministry of Agriculture", "Food and Agriculture Organization"),)), id="kazinform-inked"),
    pytest.param(Doc(title="Sundayisles", published=date(2025, 3, 4),
        text="The Ministry of Health and the Pan American Health Organization (PAHO) signed a Biennial Work Plan for "
             "2025-2026 on Monday.",
        agreements=(signed(AGREEMENT, "Ministry of Health", "Pan American Health Organization"),)), id="work-plan"),
    pytest.param(Doc(title="Bulawayo", published=date(2025, 3, 4),
        text="The Ministry of Mines and a Chinese firm, Sino Mining Ltd, yesterday signed a US$200 million investment "
             "agreement for a lithium plant.",
        agreements=(signed(AGREEMENT, "Ministry of Mines", "Sino Mining Ltd"),)), id="firm-investment-agreement"),
    pytest.param(Doc(title="UNHCR", published=date(2025, 3, 4),
        text="Geneva, 3 March 2025 – UNHCR and the World Bank today signed a new agreement to share data on forcibly "
             "displaced people.",
        agreements=(signed(AGREEMENT, "UNHCR", "World Bank"),)), id="unhcr-today-signed"),
    pytest.param(Doc(title="Letter of agreement", published=date(2025, 3, 4),
        text="Baghdad, 3 March 2025 – UNDP and the Ministry of Planning signed a Letter of Agreement to support the "
             "national statistics office.",
        agreements=(signed(AGREEMENT, "UNDP", "Ministry of Planning"),)), id="letter-of-agreement"),

    pytest.param(Doc(
        title="Ghana and UNICEF sign letter of intent",
        published=date(2025, 3, 4),
        text="Accra, 3 March 2025 — The Ministry of Health of Ghana and UNICEF signed a Letter of Intent on "
             "child nutrition on Monday.\n\nThe letter sets out joint work in five regions.",
        agreements=(signed(LOI, "Ministry of Health of Ghana", "UNICEF", on=date(2025, 3, 3)),)),
        id="loi"),
    pytest.param(Doc(
        title="Rwanda and IOM conclude host country agreement",
        published=date(2025, 5, 6),
        text="Kigali, 5 May 2025. The Government of Rwanda and the International Organization for Migration "
             "concluded a Host Country Agreement in Kigali.\n\n"
             "The agreement was signed by Mr. Jean Habimana, Minister of Foreign Affairs of Rwanda, and Ms. Clara "
             "Weiss, Deputy Director General of IOM.",
        agreements=(signed(AGREEMENT, "Rwanda", "International Organization for Migration", on=date(2025, 5, 5),
                           by={"Jean Habimana", "Clara Weiss"}),)),
        id="concluded-a-host-country-agreement-signers-next-paragraph"),
    pytest.param(Doc(
        title="EU and Mozambique sign EUR 40 million financing agreement",
        published=date(2025, 6, 11),
        text="Maputo, 10 June 2025 - The European Union and Mozambique today signed a financing agreement worth "
             "EUR 40 million to support rural roads.",
        agreements=(signed(AGREEMENT, "European Union", "Mozambique", on=date(2025, 6, 10)),)),
        id="today-signed-a-financing-agreement"),
    pytest.param(Doc(
        title="ADB loan for Nepal",
        published=date(2025, 7, 2),
        text="KATHMANDU, 1 July 2025 — The Asian Development Bank (ADB) and the Government of Nepal signed a "
             "$120 million loan agreement to improve irrigation. Mr. Ram Adhikari, Secretary of the Ministry of "
             "Finance, and Ms. Yuko Tanaka, ADB Country Director for Nepal, signed the agreement.",
        agreements=(signed(AGREEMENT, "Asian Development Bank", "Nepal", on=date(2025, 7, 1)),)),
        id="loan-agreement-signers-next-sentence"),
    pytest.param(Doc(
        title="Serbia and Hungary initial protocol",
        published=date(2025, 2, 19),
        text="BELGRADE, Feb 18 (Tanjug) - Serbia and Hungary initialled a protocol on joint border controls on "
             "Tuesday, the Serbian interior ministry said.",
        agreements=(signed(PROTOCOL, "Serbia", "Hungary", on=date(2025, 2, 18)),)),
        id="wire-initialled-a-protocol"),
    pytest.param(Doc(
        title="Kenya, Uganda put pen to paper",
        published=date(2025, 8, 15),
        text="Nairobi, 14 August 2025. Kenya and Uganda put pen to paper on a memorandum of understanding on "
             "cross-border trade on Thursday.",
        agreements=(signed(MOU, "Kenya", "Uganda", on=date(2025, 8, 14)),)),
        id="put-pen-to-paper-on-a-memorandum"),
    pytest.param(Doc(
        title="OECS and CDB partner",
        published=date(2025, 4, 10),
        text="Castries, Saint Lucia, April 9, 2025 – The Organisation of Eastern Caribbean States (OECS) "
             "Commission entered into a Memorandum of Understanding with the Caribbean Development Bank (CDB) "
             "on Wednesday to strengthen statistics in the region.",
        agreements=(signed(MOU, "Organisation of Eastern Caribbean States", "Caribbean Development Bank",
                           on=date(2025, 4, 9)),)),
        id="dateline-with-state-X-entered-into-a-memorandum-with-Y"),
    pytest.param(Doc(
        title="Tunisia and Algeria sign protocol",
        published=date(2025, 3, 21),
        text="Tunis, 20 March 2025. Mr. Karim Ben Salah, Minister of Foreign Affairs of Tunisia, received his "
             "Algerian counterpart Mr. Yacine Bouzid in Tunis on Thursday.\n\n"
             "Following their talks, the two foreign ministers signed a protocol on consular cooperation.",
        agreements=(signed(PROTOCOL, "Tunisia", "Algeria", by={"Karim Ben Salah", "Yacine Bouzid"}),)),
        id="two-foreign-ministers-signed"),
    pytest.param(Doc(
        title="ICESCO and university sign agreement",
        published=date(2025, 5, 21),
        text="Rabat, 20 May 2025. ICESCO and the University of Nouakchott signed a cooperation agreement in the "
             "fields of education and science at ICESCO headquarters.",
        agreements=(signed(AGREEMENT, "ICESCO", "University of Nouakchott", on=date(2025, 5, 20)),)),
        id="organizations-only-signed"),
    pytest.param(Doc(
        title="Jordan and UNESCO sign heritage memorandum",
        published=date(2025, 5, 5),
        text="Amman, 4 May 2025. A memorandum of understanding on the protection of cultural heritage was signed "
             "on Sunday by Mr. Omar Haddad, Minister of Culture of Jordan, and Ms. Lea Martin, Assistant "
             "Director-General of UNESCO.",
        agreements=(signed(MOU, "Jordan", "UNESCO", on=date(2025, 5, 4), by={"Omar Haddad", "Lea Martin"}),)),
        id="instrument-signed-by-A-title-and-B-title"),
    pytest.param(Doc(
        title="Fiji and PIFS agreement",
        published=date(2025, 6, 3),
        text="Suva, 2 June 2025. An agreement on technical cooperation was signed between the Government of Fiji "
             "and the Pacific Islands Forum Secretariat at the Forum headquarters in Suva.",
        agreements=(signed(AGREEMENT, "Fiji", "Pacific Islands Forum Secretariat", on=date(2025, 6, 2)),)),
        id="an-agreement-was-signed-between-X-and-Y"),
    pytest.param(Doc(
        title="Kazakhstan and ADB sign memorandum",
        published=date(2025, 9, 17),
        text="Astana, 16 September 2025. President Arman Seitkali witnessed the signing of a memorandum of "
             "understanding between the Ministry of Energy of Kazakhstan and the Asian Development Bank.\n\n"
             "The document was signed by Mr. Daulet Omarov, Vice Minister of Energy, and Mr. Hiro Sato, ADB "
             "Director General.",
        agreements=(signed(MOU, "Ministry of Energy of Kazakhstan", "Asian Development Bank", on=date(2025, 9, 16),
                           by={"Daulet Omarov", "Hiro Sato"}),)),
        id="witnessed-then-the-document-was-signed-by"),
    pytest.param(Doc(
        title="Qatar signs with Rwanda and Uganda",
        published=date(2025, 10, 8),
        text="Doha, 7 October 2025. Qatar signed an air services agreement with Rwanda and a memorandum of "
             "understanding on education with Uganda on Tuesday.",
        agreements=(signed(AGREEMENT, "Qatar", "Rwanda"), signed(MOU, "Qatar", "Uganda"))),
        id="two-instruments-two-counterparts"),
    pytest.param(Doc(
        title="UNESCO and IsDB renew partnership",
        published=date(2025, 11, 13),
        text="Paris, 12 November 2025 – UNESCO and the Islamic Development Bank renewed their memorandum of "
             "understanding on education for five more years.",
        agreements=(signed(MOU, "UNESCO", "Islamic Development Bank", on=date(2025, 11, 12)),)),
        id="renewed-their-memorandum"),
    pytest.param(Doc(
        title="Chad and WFP sign framework agreement",
        published=date(2025, 1, 23),
        text="N'Djamena, 22 January 2025. The Government of Chad and the World Food Programme (WFP) signed a "
             "Framework Agreement on school feeding. Signing for the Government was Ms. Halime Mahamat, Minister "
             "of Education, while Mr. Pierre Dubois, WFP Country Director, signed for WFP.",
        agreements=(signed(AGREEMENT, "Chad", "World Food Programme", on=date(2025, 1, 22)),)),
        id="framework-agreement-signing-for-the-government-was-A"),
    pytest.param(Doc(
        title="Egypt and Italy sign executive programme",
        published=date(2025, 2, 27),
        text="Cairo, 26 February 2025. Egypt and Italy signed the Executive Programme of Cultural Cooperation "
             "for the years 2025-2028.",
        agreements=(signed(PROGRAMME, "Egypt", "Italy", on=date(2025, 2, 26)),)),
        id="signed-the-executive-programme"),
    pytest.param(Doc(
        title="Ecuador and Peru sign border treaty",
        published=date(2025, 3, 28),
        text="QUITO, March 27 (EFE) - The foreign ministers of Ecuador and Peru signed a treaty on the "
             "demarcation of river boundaries on Thursday.",
        agreements=(signed(AGREEMENT, "Ecuador", "Peru", on=date(2025, 3, 27)),)),
        id="foreign-ministers-of-X-and-Y-signed-a-treaty"),
    pytest.param(Doc(
        title="FAO and Somalia sign MoU",
        published=date(2025, 4, 17),
        text="Mogadishu, 16 April 2025 – FAO and the Federal Government of Somalia signed an MoU to strengthen "
             "fisheries management.",
        agreements=(signed(MOU, "FAO", "Somalia", on=date(2025, 4, 16)),)),
        id="signed-an-MoU-federal-government"),
    pytest.param(Doc(
        title="Poland and Lithuania adopt joint declaration",
        published=date(2025, 9, 2),
        text="Vilnius, 1 September 2025. Poland and Lithuania adopted a Joint Declaration on defence cooperation "
             "during the visit of the Polish President.",
        agreements=(signed(JOINT, "Poland", "Lithuania", on=date(2025, 9, 1)),)),
        id="adopted-a-joint-declaration"),
    pytest.param(Doc(
        title="Memorandum signed",
        published=date(2025, 4, 23),
        text="Baku, 22 April 2025. The Ministry of Culture of Azerbaijan and the Turkic Culture Academy exchanged "
             "a memorandum of understanding on joint research.",
        agreements=(signed(MOU, "Ministry of Culture of Azerbaijan", "Turkic Culture Academy", on=date(2025, 4, 22)),)),
        id="exchanged-a-memorandum"),
    pytest.param(Doc(
        title="Cooperation programme signed",
        published=date(2025, 6, 26),
        text="Havana, 25 June 2025. Cuba and Viet Nam signed a Programme of Cooperation in Education on 25 June.",
        agreements=(signed(PROGRAMME, "Cuba", "Viet Nam", on=date(2025, 6, 25)),)),
        id="programme-of-cooperation-in"),
    pytest.param(Doc(
        title="Grant agreement",
        published=date(2025, 6, 19),
        text="Dhaka, 18 June 2025. Bangladesh and Japan signed a grant agreement for the improvement of "
             "maternal health services.\n\nThe document was signed by Mr. Anisur Rahman, Secretary of the Economic "
             "Relations Division, and Mr. Kenji Mori, Ambassador of Japan to Bangladesh.",
        agreements=(signed(AGREEMENT, "Bangladesh", "Japan", on=date(2025, 6, 18), by={"Anisur Rahman", "Kenji Mori"}),)),
        id="grant-agreement-the-document-was-signed-by"),
    pytest.param(Doc(
        title="Caption",
        published=date(2025, 3, 14),
        text="Windhoek, 13 March 2025. SADC and the African Union Development Agency signed a memorandum of "
             "understanding on infrastructure planning.\n\n"
             "Photo: Mr. Tomas Nangolo, SADC Deputy Executive Secretary, and Ms. Grace Okoye of AUDA-NEPAD "
             "exchange the signed memorandum.",
        agreements=(signed(MOU, "Southern African Development Community", "African Union Development Agency",
                           on=date(2025, 3, 13)),)),
        id="caption-A-and-B-exchange-the-signed-memorandum"),
    pytest.param(Doc(
        title="Planned agreement",
        published=date(2025, 3, 14),
        text="Lusaka, 13 March 2025. Zambia and Malawi discussed a draft memorandum of understanding on energy "
             "which is expected to be signed next month.",),
        id="draft-expected-to-be-signed"),
    pytest.param(Doc(
        title="Sports ministry signs",
        published=date(2025, 8, 8),
        text="Doha, 7 August 2025 (QNA) - Qatar and Morocco signed on Thursday three agreements and memoranda of "
             "understanding in the fields of youth, sports and culture.",
        agreements=(signed(None, "Qatar", "Morocco", on=date(2025, 8, 7)),)),
        id="signed-on-day-three-agreements"),
    pytest.param(Doc(
        title="Bahrain and Oman",
        published=date(2025, 8, 8),
        text="Manama, 7 August 2025 (BNA) - His Royal Highness the Crown Prince witnessed the signing of an "
             "agreement between Bahrain and Oman on the avoidance of double taxation.",
        agreements=(signed(AGREEMENT, "Bahrain", "Oman"),)),
        id="witnessed-signing-between-states"),

    pytest.param(Doc(
        title="UNDP and Lesotho sign project document",
        published=date(2025, 3, 4),
        text="Maseru, 3 March 2025 — The United Nations Development Programme (UNDP) and the Government of Lesotho "
             "signed a project document on climate resilience worth US$5 million.",
        agreements=(signed(None, "United Nations Development Programme", "Lesotho", on=date(2025, 3, 3)),)),
        id="un-agency-signed-a-project-document"),
    pytest.param(Doc(
        title="Germany and Ghana sign declaration of intent",
        published=date(2025, 3, 4),
        text="Berlin, 3 March 2025. Germany and Ghana signed a declaration of intent on green hydrogen. The "
             "declaration was signed by State Secretary Jonas Weber and Ghana's Minister of Energy, Kwame Asante.",
        agreements=(signed(LOI, "Germany", "Ghana", on=date(2025, 3, 3)),)),
        id="signed-a-declaration-of-intent"),
    pytest.param(Doc(
        title="ANI style",
        published=date(2025, 3, 4),
        text="New Delhi [India], March 3 (ANI): India and Mauritius on Monday signed an MoU for cooperation in the "
             "field of traditional medicine in the presence of Prime Minister Arjun Rao.",
        agreements=(signed(MOU, "India", "Mauritius", on=date(2025, 3, 3)),)),
        id="ani-on-monday-signed"),
    pytest.param(Doc(
        title="Anadolu style",
        published=date(2025, 3, 4),
        text="ANKARA\n\nTurkiye and Iraq signed 24 memorandums of understanding on Monday, including on "
             "security, trade and energy, during a visit by Turkish President Mert Yilmaz to Baghdad.",
        agreements=(signed(MOU, "Turkiye", "Iraq"),)),
        id="anadolu-memorandums"),
    pytest.param(Doc(
        title="Armenpress style",
        published=date(2025, 3, 4),
        text="YEREVAN, MARCH 3, ARMENPRESS. Armenia and Georgia signed a memorandum on cooperation in the field of "
             "education, the Ministry of Education of Armenia said.\n\nThe memorandum was signed by Minister Aram "
             "Petrosyan and his Georgian counterpart Nino Beridze.",
        agreements=(signed(MOU, "Armenia", "Georgia", on=date(2025, 3, 3)),)),
        id="armenpress-capital-dateline"),
    pytest.param(Doc(
        title="IGAD style",
        published=date(2025, 3, 4),
        text="Djibouti, 3 March 2025: The Intergovernmental Authority on Development (IGAD) and the Food and "
             "Agriculture Organization of the United Nations (FAO) have signed a Memorandum of Understanding to "
             "enhance food security in the region. The MoU was signed by the IGAD Executive Secretary Dr. Samuel "
             "Kiprop and FAO Subregional Coordinator Ms. Leila Haddad.",
        agreements=(signed(MOU, "Intergovernmental Authority on Development", "FAO",
                           on=date(2025, 3, 3)),)),
        id="igad-have-signed"),
    pytest.param(Doc(
        title="OAS style",
        published=date(2025, 3, 4),
        text="Washington, D.C. - The Secretary General of the Organization of American States (OAS), Carlos "
             "Mendez, and the Minister of Foreign Affairs of Paraguay, Lucia Benitez, signed today an agreement to "
             "send an Electoral Observation Mission to Paraguay.",
        agreements=(signed(AGREEMENT, "Organization of American States", "Paraguay"),)),
        id="oas-title-first-appositive-names"),
    pytest.param(Doc(
        title="Kuwait Times style",
        published=date(2025, 3, 4),
        text="KUWAIT: Kuwait and Egypt signed yesterday a memorandum of understanding on labor, in the presence of "
             "Deputy Prime Minister Sheikh Fahad Al-Sabah.",
        agreements=(signed(MOU, "Kuwait", "Egypt"),)),
        id="kuwait-signed-yesterday"),
    pytest.param(Doc(
        title="Jiji style",
        published=date(2025, 3, 4),
        text="Tokyo, March 3 (Jiji Press)--Japan and the Philippines signed a reciprocal access agreement on "
             "Monday, allowing their forces to train on each other's soil.",
        agreements=(signed(AGREEMENT, "Japan", "Philippines"),)),
        id="jiji-reciprocal-access",
        marks=pytest.mark.xfail(strict=True, reason="'Press)--Japan' is one token: splitting a dash glued to a "
                                "bracket was tried and cost 4 false meeting pairs on the set-aside third")),
    pytest.param(Doc(
        title="Two signed",
        published=date(2025, 3, 4),
        text="Bishkek, 3 March 2025. During the visit, the Ministry of Foreign Affairs of the Kyrgyz Republic and "
             "the Ministry of Foreign Affairs of Hungary signed a Plan of Consultations for 2025-2026, and the "
             "Diplomatic Academy of Kyrgyzstan signed a memorandum with the Hungarian Diplomatic Academy.",
        agreements=(signed(None, "Kyrgyzstan", "Hungary"),)),
        id="mfa-kg-plan-of-consultations"),
    pytest.param(Doc(
        title="Sunday Isles style",
        published=date(2025, 3, 4),
        text="The Government of Seychelles and the Government of India have signed an agreement for the "
             "development of infrastructure on Assumption Island. The agreement was signed on Monday at State House "
             "by the Secretary of State for Foreign Affairs, Mr. Paul Hoarau, and India's High Commissioner to "
             "Seychelles, Mr. Vikram Nair.",
        agreements=(signed(AGREEMENT, "Seychelles", "India", by={"Paul Hoarau", "Vikram Nair"}),)),
        id="governments-have-signed-then-signed-by-post-first"),
    pytest.param(Doc(
        title="GIZ style",
        published=date(2025, 3, 4),
        text="On behalf of the German Federal Ministry for Economic Cooperation and Development (BMZ), the Deutsche "
             "Gesellschaft fur Internationale Zusammenarbeit (GIZ) and the African Union Commission have signed an "
             "implementation agreement for a new programme on migration governance.",
        agreements=(signed(AGREEMENT, "Deutsche Gesellschaft fur Internationale Zusammenarbeit", "African Union Commission"),)),
        id="giz-on-behalf-of-ministry"),
    pytest.param(Doc(
        title="Past agreement only",
        published=date(2025, 3, 4),
        text="Amman, 3 March 2025. Jordan and Iraq reviewed the implementation of the agreements signed between the "
             "two countries in 2019 and discussed new areas of cooperation."),
        id="recalled-agreement"),
    pytest.param(Doc(
        title="Future signing",
        published=date(2025, 3, 4),
        text="Nairobi, 3 March 2025. Kenya and Ethiopia are set to sign a memorandum of understanding on energy "
             "trade during the upcoming visit of the Ethiopian Prime Minister."),
        id="set-to-sign"),
    pytest.param(Doc(
        title="Agreed to sign",
        published=date(2025, 3, 4),
        text="Tashkent, 3 March 2025. The two ministers agreed to prepare a roadmap for cooperation and to sign it "
             "during the next session of the intergovernmental commission."),
        id="agreed-to-prepare-roadmap"),
    pytest.param(Doc(
        title="Agreement reached",
        published=date(2025, 3, 4),
        text="Brussels, 3 March 2025. The European Union and Chile reached a political agreement on the "
             "modernisation of their Association Agreement."),
        id="reached-political-agreement"),
]


@pytest.mark.parametrize("doc", INSTRUMENTS_AND_STYLES)
def test_instruments_and_styles(nlp, doc):
    check(nlp, doc)


# (q) taking part in and organising named events in more publishers' styles: keynotes, opening
# sessions, virtual participation, chairs, "is attending", ordinal editions, hosts, an opening phrase
# that swallows the organiser, "the month-long fair" told again, a body's seat; and events only
# discussed, planned, prepared, invited to or recalled
TAKING_PART_MORE = [
    pytest.param(Doc(title="IGAD workshop", published=date(2025, 3, 4),
        text="Djibouti, 3 March 2025: The IGAD Secretariat, in collaboration with the African Union, convened a "
             "regional workshop on drought resilience from 1 to 3 March 2025 in Djibouti.",
        participations=(Took("IGAD Secretariat", "regional workshop on drought resilience", ORGANIZER), Took("African Union", "regional workshop on drought resilience", ORGANIZER))),
        id="convened-in-collaboration-with"),  # the organ organises, as "the ASEAN Secretariat organised" does
    pytest.param(Doc(title="SL", published=date(2025, 3, 4),
        text="Colombo, 3 March 2025. President Anura Perera graced the occasion as the chief guest at the National "
             "Independence Day celebrations held at Galle Face Green.",
        participations=(Took("Anura Perera", "National Independence Day celebrations"),)),
        id="graced-as-chief-guest"),
    pytest.param(Doc(title="Armenia", published=date(2025, 3, 4),
        text="YEREVAN, MARCH 3, ARMENPRESS. Foreign Minister Aram Petrosyan will participate in the OSCE Ministerial Council meeting in Malta, the Ministry said."),
        id="will-participate"),
    pytest.param(Doc(title="Cyprus", published=date(2025, 3, 4),
        text="Nicosia, 3 March 2025. The Cyprus Chamber of Commerce hosted the annual Cyprus Shipping Conference, "
             "which was attended by Deputy Minister Nikos Petrou.",
        participations=(Took("Cyprus Chamber of Commerce", "Cyprus Shipping Conference", ORGANIZER), Took("Nikos Petrou", "Cyprus Shipping Conference"))),
        id="hosted-E-which-was-attended-by"),
    pytest.param(Doc(title="Zawya", published=date(2025, 3, 4),
        text="Abu Dhabi, 3 March 2025. Masdar announced today that it will showcase its projects at the World Future Energy Summit, taking place in Abu Dhabi from 14 to 16 January."),
        id="will-showcase-at"),
    pytest.param(Doc(title="OECS", published=date(2025, 3, 4),
        text="Castries, Saint Lucia, March 3, 2025 – The OECS Commission hosted the 8th Meeting of the Council of "
             "Ministers: Education from 27 to 28 February. The meeting was chaired by Hon. Ruth Charles, Minister of "
             "Education of Dominica.",
        participations=(Took("OECS Commission", "8th Meeting of the Council of Ministers: Education", ORGANIZER), Took("Ruth Charles", "8th Meeting of the Council of Ministers: Education"))),
        id="oecs-hosted-nth-meeting-chaired-by"),  # the organ hosts, as "the ASEAN Secretariat organised" does
    pytest.param(Doc(title="Kuwait", published=date(2025, 3, 4),
        text="KUWAIT: Kuwait participated in the 160th session of the Arab League Council at the ministerial level in "
             "Cairo yesterday. The Kuwaiti delegation was headed by Foreign Minister Sheikh Salem Al-Sabah.",
        participations=(Took("Kuwait", "160th session of the Arab League Council"), Took("Salem Al-Sabah", "160th session of the Arab League Council")),
        acceptable=(Took("Arab League", "160th session of the Arab League Council", ORGANIZER),)),
        id="state-participated-delegation-headed-by"),
    pytest.param(Doc(title="GIZ", published=date(2025, 3, 4),
        text="Eschborn, 3 March 2025. Around 300 experts from 40 countries took part in the Global Forum on Water "
             "Governance, which GIZ organised on behalf of the German Federal Ministry for Economic Cooperation and "
             "Development.",
        participations=(Took("GIZ", "Global Forum on Water Governance", ORGANIZER),),
        acceptable=(Took("German Federal Ministry for Economic Cooperation and Development", "Global Forum on Water Governance", ORGANIZER),)),
        id="which-X-organised-on-behalf-of"),
    pytest.param(Doc(title="Mercopress", published=date(2025, 3, 4),
        text="Buenos Aires, 3 March 2025. Presidents of the four Mercosur members met in Buenos Aires for the bloc's "
             "65th summit, hosted by Argentine President Javier Soto.",
        participations=(Took("Javier Soto", "65th summit"),), acceptable=(Took("Mercosur", "65th summit", ORGANIZER),)),
        id="bloc's-nth-summit-hosted-by"),
    pytest.param(Doc(title="QNA", published=date(2025, 3, 4),
        text="Doha, 3 March 2025. Qatar hosted the African Union in Doha today for talks on the crisis in Sudan."),
        id="a-state-hosted-an-organization-no-event"),
    pytest.param(Doc(title="Gulf Times", published=date(2025, 3, 4),
        text="Doha, 3 March 2025. Qatar hosted the African Union Commission Chairperson, Moussa Diarra, in Doha "
             "today. The Chairperson, Moussa Diarra, was later hosted by the Prime Minister, Hamad Al Kuwari."),
        id="hosted-a-persons-title-no-event"),
    pytest.param(Doc(title="Swissinfo", published=date(2025, 5, 28),
        text="Geneva, 27 May 2025. Switzerland hosted the 77th World Health Assembly in Geneva this week.",
        participations=(Took("Switzerland", "77th World Health Assembly", ORGANIZER),),
        acceptable=(Took("World Health Organization", "77th World Health Assembly", ORGANIZER),)),
        id="a-state-hosted-a-numbered-sitting-of-a-body"),
    pytest.param(Doc(title="ANI", published=date(2025, 3, 4),
        text="New Delhi [India], March 3 (ANI): External Affairs Minister Ravi Menon on Monday addressed the Raisina "
             "Dialogue 2025 in New Delhi.",
        participations=(Took("Ravi Menon", "Raisina Dialogue 2025"),)),
        id="ani-on-monday-addressed"),
    pytest.param(Doc(title="TBS", published=date(2025, 3, 4),
        text="Dhaka, 3 March 2025. Bangladesh will participate in the upcoming Hannover Messe, the Export Promotion Bureau said today. Last year, the country took part in the fair with 20 companies."),
        id="will-participate-last-year-took-part"),
    pytest.param(Doc(title="Kazinform", published=date(2025, 3, 4),
        text="ASTANA. KAZINFORM - The Astana International Forum will be held on 29-30 May, the Ministry of Foreign Affairs said. The Forum was established in 2022 by the President of Kazakhstan."),
        id="will-be-held-established-by"),

    pytest.param(Doc(
        title="Minister delivers keynote",
        published=date(2025, 3, 4),
        text="Oslo, 3 March 2025. Ms. Anna Lindqvist, Minister of Climate of Norway, delivered a keynote address "
             "at the 4th Nordic Energy Forum in Oslo on Monday.",
        participations=(Took("Anna Lindqvist", "4th Nordic Energy Forum"),)),
        id="delivered-a-keynote-address-at-E"),
    pytest.param(Doc(
        title="Addressed opening session",
        published=date(2025, 5, 13),
        text="Nairobi, 12 May 2025. Dr. Peter Otieno, Cabinet Secretary for Health of Kenya, addressed the opening "
             "session of the Africa Health Financing Summit.",
        participations=(Took("Peter Otieno", "Africa Health Financing Summit"),)),
        id="addressed-the-opening-session-of"),
    pytest.param(Doc(
        title="Took part",
        published=date(2025, 5, 13),
        text="Geneva, 12 May 2025. A delegation led by Mr. Tarek Nasser, Deputy Minister of Labour of Egypt, took "
             "part in the 113th Session of the International Labour Conference.",
        participations=(Took("Tarek Nasser", "113th Session of the International Labour Conference"),),
        acceptable=(Took("Egypt", "113th Session of the International Labour Conference"),
                    Took("International Labour Organization", "International Labour Conference", ORGANIZER))),
        id="took-part-in-nth-session"),
    pytest.param(Doc(
        title="Workshop",
        published=date(2025, 6, 10),
        text="Amman, 9 June 2025. The Arab League Educational, Cultural and Scientific Organization (ALECSO) "
             "organised a Regional Workshop on Digital Libraries in cooperation with the University of Jordan.",
        participations=(Took("Arab League Educational, Cultural and Scientific Organization", "Regional Workshop on Digital Libraries", ORGANIZER),
                        Took("University of Jordan", "Regional Workshop on Digital Libraries", ORGANIZER))),
        id="organised-in-cooperation-with"),
    pytest.param(Doc(
        title="Hosted by",
        published=date(2025, 6, 10),
        text="Bangkok, 9 June 2025. The Asia-Pacific Forum on Sustainable Development, hosted by ESCAP, opened in "
             "Bangkok on Monday with ministers from 40 countries.",
        participations=(Took("ESCAP", "Asia-Pacific Forum on Sustainable Development", ORGANIZER),)),
        id="E-hosted-by-X"),
    pytest.param(Doc(
        title="Virtual",
        published=date(2025, 10, 2),
        text="Canberra, 1 October 2025. Senator Claire Hollis, Minister for International Development of "
             "Australia, participated virtually in the Global Fund Replenishment Conference on 1 October.",
        participations=(Took("Claire Hollis", "Global Fund Replenishment Conference"),)),
        id="participated-virtually"),
    pytest.param(Doc(
        title="Chaired",
        published=date(2025, 10, 2),
        text="Addis Ababa, 1 October 2025. Ms. Amina Yusuf, Minister of Foreign Affairs of Nigeria, chaired the "
             "45th Ordinary Session of the Executive Council of the African Union.",
        participations=(Took("Amina Yusuf", "45th Ordinary Session of the Executive Council"),),
        acceptable=(Took("African Union", "45th Ordinary Session of the Executive Council", ORGANIZER),)),
        id="chaired-nth-session"),
    pytest.param(Doc(
        title="Attending",
        published=date(2025, 11, 11),
        text="Belem, 10 November 2025. Mr. Lars Eriksen, Minister of Climate of Denmark, is attending the "
             "UN Climate Change Conference (COP30) in Belem this week.",
        participations=(Took("Lars Eriksen", "UN Climate Change Conference"),)),
        id="is-attending-E-this-week"),
    pytest.param(Doc(
        title="Fifth forum",
        published=date(2025, 11, 11),
        text="Tashkent, 10 November 2025. The 5th Forum of Regions of Uzbekistan and Kazakhstan, held in "
             "Tashkent, was attended by Mr. Jasur Tursunov, Minister of Foreign Affairs of Uzbekistan.",
        participations=(Took("Jasur Tursunov", "5th Forum of Regions of Uzbekistan and Kazakhstan"),)),
        id="5th-forum-held-in-attended-by"),
    pytest.param(Doc(
        title="Topic",
        published=date(2025, 11, 11),
        text="Jakarta, 10 November 2025. Ms. Siti Rahma, Minister of Foreign Affairs of Indonesia, discussed the "
             "upcoming ASEAN Summit with Mr. Tran Van Minh, Ambassador of Viet Nam."),
        id="discussed-the-upcoming-summit"),
    pytest.param(Doc(
        title="Exhibition",
        published=date(2025, 4, 2),
        text="Riyadh, 1 April 2025. Mr. Faisal Al-Harbi, Deputy Minister of Culture of Saudi Arabia, inaugurated "
             "the Riyadh International Book Fair 2025, organised by the Literature, Publishing and Translation "
             "Commission.",
        participations=(Took("Faisal Al-Harbi", "Riyadh International Book Fair 2025"),
                        Took("Literature, Publishing and Translation Commission", "Riyadh International Book Fair 2025", ORGANIZER))),
        id="inaugurated-fair-organised-by"),
    pytest.param(Doc(
        title="Festival",
        published=date(2025, 7, 2),
        text="Almaty, 1 July 2025. The Embassy of Korea in Kazakhstan held the Korean Film Festival 2025 in Almaty "
             "from 28 June to 1 July.",
        participations=(Took("Embassy of Korea in Kazakhstan", "Korean Film Festival 2025", ORGANIZER),)),
        id="embassy-of-X-in-Y-held-E-Y-organises-nothing"),  # an embassy is named with where it sits
    pytest.param(Doc(
        title="Competition",
        published=date(2025, 7, 2),
        text="Cairo, 1 July 2025. Students from Cairo University won first prize at the Arab Robotics Competition "
             "organised by ALECSO in Tunis.",
        participations=(Took("Cairo University", "Arab Robotics Competition"),
                        Took("ALECSO", "Arab Robotics Competition", ORGANIZER))),
        id="won-first-prize-at-E-organised-by"),
    pytest.param(Doc(
        title="Film prize",
        published=date(2025, 10, 27),
        text="Tunis, 26 October 2025. Ms. Dina Farouk, an Egyptian director, won the prize for best short film at "
             "the Carthage Film Festival on Saturday.\n\n"
             "Critics expect her to win a prize at the Cairo International Film Festival next month.",
        participations=(Took("Dina Farouk", "Carthage Film Festival"),)),
        id="won-a-prize-at-E-expected-to-win-at-another"),
    pytest.param(Doc(
        title="Spoke at",
        published=date(2025, 7, 2),
        text="Brussels, 1 July 2025. Speaking at the European Development Forum, Ms. Ilse Van Damme, Minister of "
             "Development Cooperation of Belgium, called for more investment in Africa.",
        participations=(Took("Ilse Van Damme", "European Development Forum"),)),
        id="speaking-at-E-A-called"),
    pytest.param(Doc(
        title="Represented",
        published=date(2025, 7, 2),
        text="Geneva, 1 July 2025. Ambassador Rafael Ortiz represented Mexico at the 59th session of the Human "
             "Rights Council.",
        participations=(Took("Rafael Ortiz", "59th session of the Human Rights Council"),),
        acceptable=(Took("Mexico", "59th session of the Human Rights Council"),)),
        id="represented-X-at-E"),
    pytest.param(Doc(
        title="Panel",
        published=date(2025, 7, 2),
        text="Washington, 1 July 2025. Dr. Helen Park, Vice Minister of Trade of the Republic of Korea, was a "
             "panellist at the Global Trade Dialogue hosted by the World Bank.",
        participations=(Took("Helen Park", "Global Trade Dialogue"),
                        Took("World Bank", "Global Trade Dialogue", ORGANIZER))),
        id="panellist-at-hosted-by"),
    pytest.param(Doc(
        title="Sidelines",
        published=date(2025, 9, 24),
        text="New York, 23 September 2025. On the sidelines of the 80th session of the UN General Assembly, Ms. "
             "Maria Costa, Minister of Foreign Affairs of Uruguay, met Mr. Joon Lee, Minister of Foreign Affairs "
             "of Korea.",
        acceptable=(Took("Maria Costa", "80th session of the UN General Assembly"),
                    Took("Joon Lee", "80th session of the UN General Assembly"))),
        id="on-the-sidelines-of-E-A-met-B"),
    pytest.param(Doc(
        title="Participated in the opening",
        published=date(2025, 2, 5),
        text="Dubai, 4 February 2025. Mr. Ahmed Al-Mansoori, Minister of Economy of the UAE, participated in the "
             "opening of the World Governments Summit 2025.",
        participations=(Took("Ahmed Al-Mansoori", "World Governments Summit 2025"),)),
        id="participated-in-the-opening-of"),

    pytest.param(Doc(
        title="UNHCR style",
        published=date(2025, 3, 4),
        text="Geneva, 3 March 2025 – UNHCR, the UN Refugee Agency, today welcomed the pledges made at the Global "
             "Refugee Forum by more than 100 States. Speaking at the Forum, UN High Commissioner for Refugees "
             "Anders Holm said the pledges would change lives.",
        participations=(Took("Anders Holm", "Global Refugee Forum"),),
        acceptable=(Took("UNHCR", "Global Refugee Forum", ORGANIZER),)),
        id="unhcr-speaking-at-the-forum"),
    pytest.param(Doc(
        title="State Dept style",
        published=date(2025, 3, 4),
        text="Secretary of State Daniel Brooks will travel to Brussels to attend the NATO Foreign Ministers' "
             "Meeting on March 5-6."),
        id="will-travel-to-attend"),
    pytest.param(Doc(
        title="Invited",
        published=date(2025, 3, 4),
        text="Baku, 3 March 2025. Mr. Elchin Mammadov, Minister of Culture of Azerbaijan, invited Ms. Rosa Lima, "
             "Ambassador of Brazil, to take part in the Baku International Jazz Festival in October."),
        id="invited-to-take-part"),
    pytest.param(Doc(
        title="Preparations",
        published=date(2025, 3, 4),
        text="Astana, 3 March 2025. The sides discussed preparations for the Astana International Forum and the "
             "agenda of the upcoming SCO Summit."),
        id="discussed-preparations-for"),
    pytest.param(Doc(
        title="Ahead of summit",
        published=date(2025, 3, 4),
        text="Lima, 3 March 2025. Ahead of the APEC Leaders' Summit, Ms. Carla Ruiz, Minister of Foreign Affairs of "
             "Peru, met Mr. Tom Walsh, Ambassador of Australia."),
        id="ahead-of-summit"),
    pytest.param(Doc(
        title="Last year's",
        published=date(2025, 3, 4),
        text="Cairo, 3 March 2025. Mr. Hany Fahmy, Minister of Tourism of Egypt, recalled the success of last "
             "year's World Urban Forum, which Egypt hosted in Cairo."),
        id="recalled-last-years-forum"),
    pytest.param(Doc(
        title="Anadolu participated",
        published=date(2025, 3, 4),
        text="ISTANBUL\n\nTurkish Foreign Minister Kerem Aydin on Monday attended the Antalya Diplomacy Forum, "
             "where he held talks with several counterparts.",
        participations=(Took("Kerem Aydin", "Antalya Diplomacy Forum"),)),
        id="anadolu-on-monday-attended"),
    pytest.param(Doc(
        title="Jordan news gazette",
        published=date(2025, 3, 4),
        text="AMMAN — Under the patronage of Prince Hassan, the Royal Scientific Society organised the Jordan "
             "Water Week 2025 on Monday, with the participation of the Minister of Water, Nasser Qudah.",
        participations=(Took("Royal Scientific Society", "Jordan Water Week 2025", ORGANIZER),
                        Took("Nasser Qudah", "Jordan Water Week 2025")),
        acceptable=(Took("Prince Hassan", "Jordan Water Week 2025"),)),
        id="patronage-organised-with-the-participation-of"),
    pytest.param(Doc(
        title="TBS news",
        published=date(2025, 3, 4),
        text="Dhaka, 3 March 2025. Commerce Adviser Rafiq Hasan inaugurated the 29th Dhaka International Trade Fair "
             "at the Bangabandhu Bangladesh-China Friendship Exhibition Centre on Monday. The month-long fair is "
             "organised by the Export Promotion Bureau.",
        participations=(Took("Rafiq Hasan", "29th Dhaka International Trade Fair"),
                        Took("Export Promotion Bureau", "29th Dhaka International Trade Fair", ORGANIZER))),
        id="the-month-long-fair-is-organised-by"),
    pytest.param(Doc(
        title="Mercopress",
        published=date(2025, 3, 4),
        text="Montevideo, 3 March 2025. Uruguay's Foreign Minister Pablo Ferreira represented the country at the "
             "Mercosur Summit in Buenos Aires, where the bloc's presidents discussed trade with the EU.",
        participations=(Took("Pablo Ferreira", "Mercosur Summit"),),
        acceptable=(Took("Uruguay", "Mercosur Summit"),)),
        id="represented-the-country-at"),
    pytest.param(Doc(
        title="Zawya",
        published=date(2025, 3, 4),
        text="Dubai, 3 March 2025. The Dubai Chamber of Commerce will organise the Global Business Forum Africa in "
             "October. Last year's edition attracted 2,000 participants."),
        id="will-organise"),
    pytest.param(Doc(
        title="Cyprus",
        published=date(2025, 3, 4),
        text="Nicosia, 3 March 2025. President Andreas Georgiou addressed the 10th Economist Government Roundtable "
             "in Nicosia on Monday.",
        participations=(Took("Andreas Georgiou", "10th Economist Government Roundtable"),)),
        id="addressed-the-nth-roundtable"),
    pytest.param(Doc(
        title="Opened",
        published=date(2025, 3, 4),
        text="Colombo, 3 March 2025. Prime Minister Nimal Perera opened the Colombo International Book Fair at the "
             "BMICH on Monday.",
        participations=(Took("Nimal Perera", "Colombo International Book Fair"),)),
        id="opened-the-fair"),
    pytest.param(Doc(
        title="Joined",
        published=date(2025, 3, 4),
        text="Seoul, 3 March 2025. Foreign Minister Park Jin-ho joined the Munich Security Conference via video "
             "link on Saturday.",
        participations=(Took("Park Jin-ho", "Munich Security Conference"),)),
        id="joined-via-video-link"),
    pytest.param(Doc(
        title="Co-organised",
        published=date(2025, 3, 4),
        text="Paris, 3 March 2025. The OECD and the Government of Kenya co-organised the Africa Forum on Green "
             "Growth in Nairobi on 3 March.",
        participations=(Took("OECD", "Africa Forum on Green Growth", ORGANIZER),
                        Took("Kenya", "Africa Forum on Green Growth", ORGANIZER))),
        id="co-organised"),
]


@pytest.mark.parametrize("doc", TAKING_PART_MORE)
def test_taking_part_more(nlp, doc):
    check(nlp, doc)


# (r) a signing told as the purpose of an encounter that took place: "the two sides met on Monday
# to sign two memoranda" reports the signing; a purpose still ahead ("will meet to sign", "are
# due to meet next week to sign") does not

PURPOSE_SIGNINGS = [
    pytest.param(Doc(
        title="Universities deepen ties",
        published=date(2025, 5, 13),
        text="Amman, 12 May 2025. Delegations of the University of Jordan and the American University of Beirut "
             "met on Monday to sign two memoranda of understanding on student exchange and joint research.",
        agreements=(signed(MOU, "University of Jordan", "American University of Beirut", on=date(2025, 5, 12)),)),
        id="university-delegations-met-on-Monday-to-sign-two-memoranda"),
    pytest.param(Doc(
        title="Ministers meet in Accra",
        published=date(2025, 9, 4),
        text="ACCRA, Sept 3 (GNA) - Ghana's Minister of Trade, Mr. Kwabena Owusu, met his Togolese counterpart, "
             "Ms. Afi Mensah, on Wednesday to sign an agreement on cross-border trade between Ghana and Togo.",
        agreements=(signed(AGREEMENT, "Ghana", "Togo", on=date(2025, 9, 3)),)),
        id="minister-met-his-counterpart-on-Wednesday-to-sign-an-agreement"),
    pytest.param(Doc(
        title="UNICEF and Bangladesh",
        published=date(2025, 2, 11),
        text="Dhaka, 10 February 2025 - The Government of Bangladesh and UNICEF met in Dhaka today to sign a "
             "memorandum of understanding on child nutrition.",
        agreements=(signed(MOU, "Bangladesh", "UNICEF", on=date(2025, 2, 10)),)),
        id="government-and-UNICEF-met-today-to-sign"),
    pytest.param(Doc(
        title="Ministers to meet",
        published=date(2025, 9, 4),
        text="Lima, 4 September 2025. The foreign ministers of Peru and Ecuador will meet in Quito next week to "
             "sign an agreement on border crossings."),
        id="will-meet-to-sign-is-ahead"),
    pytest.param(Doc(
        title="Talks due",
        published=date(2025, 9, 4),
        text="Hanoi, 4 September 2025. Viet Nam and Laos are due to meet next month to sign a memorandum of "
             "understanding on hydropower."),
        id="due-to-meet-to-sign-is-ahead"),
]


@pytest.mark.parametrize("doc", PURPOSE_SIGNINGS)
def test_purpose_signings(nlp, doc):
    check(nlp, doc)


# (s) a party named without an institution's head word ("Volta-Tech", "Kestrel Nova"): the parser's
# organization that signs, or that an instrument is signed with, is an organization

BARE_NAMED_PARTIES = [
    pytest.param(Doc(
        title="Energy ministry partners with solar firm",
        published=date(2025, 6, 11),
        text="Accra, 10 June 2025. The Ministry of Energy of Ghana signed a memorandum of understanding with "
             "Volta-Tech on Tuesday to install solar panels in rural clinics.",
        agreements=(signed(MOU, "Ministry of Energy of Ghana", "Volta-Tech", on=date(2025, 6, 10)),)),
        id="ministry-signed-an-MoU-with-a-hyphenated-firm"),
    pytest.param(Doc(
        title="University and telecom operator sign agreement",
        published=date(2025, 4, 3),
        text="NAIROBI, April 2 (KNA) - The University of Nairobi and Safaricom signed an agreement on Wednesday "
             "to train 500 students in software engineering.",
        agreements=(signed(AGREEMENT, "University of Nairobi", "Safaricom", on=date(2025, 4, 2)),)),
        id="university-and-a-one-word-operator-signed"),
    pytest.param(Doc(
        title="Health ministry and diagnostics maker sign MoU",
        published=date(2025, 3, 18),
        text="Kampala, 17 March 2025. Dr. Ruth Achieng, Chief Executive Officer of the Afri-Vax, signed a "
             "memorandum of understanding with the Ministry of Health of Uganda on Monday on local production "
             "of test kits.",
        agreements=(signed(MOU, "Afri-Vax", "Ministry of Health of Uganda", on=date(2025, 3, 17)),)),
        id="signers-titled-of-a-bare-named-company"),
    pytest.param(Doc(
        title="EU grant signed",
        published=date(2025, 3, 18),
        text="Georgetown, 17 March 2025. Minister of Finance, Mr. Amos Persaud, signed a financing agreement with "
             "the European Union on Monday for the rehabilitation of sea defences in Guyana.",
        agreements=(signed(AGREEMENT, "Guyana", "European Union", on=date(2025, 3, 17)),)),
        id="a-portfolio-in-the-signer-title-is-no-party"),
]


@pytest.mark.parametrize("doc", BARE_NAMED_PARTIES)
def test_bare_named_parties(nlp, doc):
    check(nlp, doc)


# Companies, universities and other institutions named without an organization word (issues 9 and
# 10): the item gives the evidence — a corporate suffix, a company officer's title before or after the
# name, a description in apposition or referring back ("the firm", "the operator") — never a list of
# company names.
COMPANY_SIGNINGS = [
    pytest.param(Doc(title="Investment", published=date(2025, 3, 4),
        text="Lusaka, 3 March 2025. The Ministry of Energy and Kafue Solar Holdings signed an agreement on Monday "
             "for a 100-megawatt solar plant in Chisamba.",
        agreements=(signed(AGREEMENT, "Ministry of Energy", "Kafue Solar Holdings"),)), id="holdings-suffix"),
    pytest.param(Doc(title="Mining", published=date(2025, 3, 4),
        text="ACCRA - The Minerals Commission and Volta Gold Resources Ltd. yesterday signed a memorandum of "
             "understanding on small-scale mining, a statement said.",
        agreements=(signed(MOU, "Minerals Commission", "Volta Gold Resources Ltd."),)), id="ltd-suffix-wire"),
    pytest.param(Doc(title="Telecoms", published=date(2025, 3, 4),
        text="Kigali, 3 March 2025 – The Ministry of ICT signed a memorandum of understanding with Nyota Telecom "
             "on Tuesday to connect 500 schools. The operator will install the equipment this year.",
        agreements=(signed(MOU, "Ministry of ICT", "Nyota Telecom"),)), id="the-operator-refers-back"),
    pytest.param(Doc(title="Power", published=date(2025, 3, 4),
        text="Windhoek, 3 March 2025. The Government of Namibia and Brandt Energie AG signed a concession agreement "
             "for a green hydrogen plant near Lüderitz. Brandt Energie AG Chief Executive Officer Karl Weiss said the "
             "plant would export its first cargo in 2028.",
        agreements=(signed(AGREEMENT, "Namibia", "Brandt Energie AG"),)), id="ag-suffix-and-ceo"),
    pytest.param(Doc(title="Products", published=date(2025, 3, 4),
        text="Nairobi, 3 March 2025. Kenya and Tanzania signed an agreement on Monday to share Kivu Cloud servers "
             "at the border posts.",
        agreements=(signed(AGREEMENT, "Kenya", "Tanzania"),)), id="a-product-is-no-party"),
]


@pytest.mark.parametrize("doc", COMPANY_SIGNINGS)
def test_company_signings(nlp, doc):
    check(nlp, doc)


COMPANY_NAMES = [
    pytest.param("Cairo, 3 March 2025. The Minister of Electricity, Omar Saleh, received the Chief Executive Officer "
                 "of Nordwind Energy, Lars Berg, on Monday.", ("Nordwind Energy",), ("Lars Berg",), id="ceo-of-x"),
    pytest.param("Accra, 3 March 2025. Oduro Cocoa CEO Ama Mensah met the Minister of Trade on Monday to discuss "
                 "exports.", ("Oduro Cocoa",), ("Ama Mensah",), id="x-ceo-a"),
    pytest.param("Lagos, 3 March 2025. Chidi Okafor, Managing Director of Zenkora Logistics, said the new port "
                 "terminal would open in June.", ("Zenkora Logistics",), ("Chidi Okafor",), id="managing-director-of-x"),
    pytest.param("Harare, 3 March 2025. A Chinese firm, Sino Mining Ltd, will build a lithium plant near Bikita, "
                 "the Ministry of Mines said.", ("Sino Mining Ltd",), ("China",), id="a-firm-in-apposition"),
    pytest.param("Dakar, 3 March 2025. The Ministry of Health thanked Amadou Fall for his work. Amadou Fall said "
                 "the clinics would open in May.", (), ("Amadou Fall",), id="a-person-is-no-company"),
    pytest.param("Nairobi, 3 March 2025. Farmers in Nakuru now sell their maize through Mavuno Pay, a mobile app "
                 "launched by the Ministry of Agriculture.", (), ("Mavuno Pay",), id="a-product-is-no-company"),
    pytest.param("Abu Dhabi, 3 March 2025. The Emirates delegation met the Minister of Foreign Affairs of Egypt, "
                 "Samir Nabil, on Monday.", (), ("Emirates",), id="the-states-adjective-is-no-company"),
]


@pytest.mark.parametrize("text, companies, not_organizations", COMPANY_NAMES)
def test_companies_are_organizations(nlp, text, companies, not_organizations):
    ex = extract(NewsItem(id="companies", title="Release", text=text, published=date(2025, 3, 4)), nlp)
    organizations = {name_key(e.name) for e in ex.entities if e.kind.value == "organization"} \
        | {name_key(a) for e in ex.entities if e.kind.value == "organization" for a in e.aliases}
    assert {name_key(c) for c in companies} <= organizations
    assert not organizations & {name_key(n) for n in not_organizations}


def test_a_company_cue_of_an_unknown_kind_fails_at_load_naming_file_and_line(tmp_path):
    import shutil

    from icgraph.errors import InputError
    from icgraph.extract.lexicon import EXTRACTION_DIR, load_lexicon

    shutil.copytree(EXTRACTION_DIR, tmp_path / "x")
    cues = tmp_path / "x" / "company_cues.tsv"
    cues.write_text(cues.read_text(encoding="utf-8") + "gmbh\tsufix\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"company_cues.tsv:\d+: expected a cue and its kind \(one of suffix"):
        load_lexicon.__wrapped__(tmp_path / "x")
    assert "gmbh" in load_lexicon().company_cue("suffix")  # the shipped table loads


# ---------------------------------------------------------------------------------------------
# (s) where an event was held when its own sentence does not say: the place the item's dateline
# opens with (the report is filed from the event's city); a place the event's sentence names wins

EVENT_PLACES = [
    pytest.param("Forum on creative industries", "TASHKENT – Minister of Culture Aziza Karimova took part in the "
                 "International Forum of Creative Industries on Monday.\n\nThe forum gathered designers from 40 "
                 "countries.", "International Forum of Creative Industries", "Tashkent", id="dateline-city-dash"),
    pytest.param("Ministers meet on water", "Dushanbe: Deputy Minister Farrukh Nazarov addressed the High-Level "
                 "Conference on Water Action on 6 June 2025.", "High-Level Conference on Water Action", "Dushanbe",
                 id="dateline-city-colon"),
    pytest.param("Youth festival closes", "Kigali, 3 March 2025 (RNA) – Rwanda's Minister of Youth, Claire Uwase, "
                 "attended the closing ceremony of the Africa Youth Festival on Sunday.", "Africa Youth Festival",
                 "Kigali", id="dated-dateline-with-agency"),
    pytest.param("Digital expo", "ABU DHABI, 12 May 2025 – The Minister of Economy of Oman, Salim Al Harthy, "
                 "visited the Global Digital Exhibition in Dubai on Monday.", "Global Digital Exhibition", "Dubai",
                 id="the-events-own-place-wins"),
    pytest.param("Energy forum", "LONDON/BAKU - The Deputy Minister of Energy of Georgia, Nino Beridze, spoke at the "
                 "Caspian Energy Forum on 4 June 2025.\n\nBaku has hosted the forum since 2010. Delegates toured "
                 "the port of Baku.", "Caspian Energy Forum", "Baku", id="of-two-dateline-cities-the-one-named-again"),
    pytest.param("Council session", "ASTANA. KAZINFORM - Kazakhstan's Minister of Trade, Arman Seitkali, took part in "
                 "the 15th session of the Intergovernmental Council on Trade on 3 March 2025.",
                 "15th session of the Intergovernmental Council on Trade", "Astana", id="city-and-full-stop-dateline"),
    pytest.param("Water forum", "The Fifth World Water Forum opened in Dushanbe on 3 June 2025 with ministers from 60 "
                 "countries.\n\nThe Minister of Water of Kyrgyzstan, Aibek Toktogulov, took part in the forum.",
                 "Fifth World Water Forum", "Dushanbe", id="the-sentence-that-named-the-event-first"),
    pytest.param("Glaciers conference", "Minister Aibek Toktogulov addressed the International Conference on "
                 "Glaciers' Preservation on Friday.\n\nThe conference, held in Dushanbe, brought together 2,000 "
                 "delegates.", "International Conference on Glaciers' Preservation", "Dushanbe",
                 id="a-later-sentence-about-the-event"),
    pytest.param("Glaciers conference", "Minister Aibek Toktogulov addressed the International Conference on "
                 "Glaciers' Preservation on Friday.\n\nHe later flew to Almaty for talks.",
                 "International Conference on Glaciers' Preservation", None,
                 id="a-later-trip-is-not-the-events-place"),
]


@pytest.mark.parametrize("title, text, event, place", EVENT_PLACES)
def test_an_events_place_from_the_dateline(nlp, title, text, event, place):
    ex = extract(NewsItem(id="places", title=title, text=text, published=date(2025, 6, 7)), nlp)
    events = [e for e in ex.events if e.kind not in MEETING_KINDS and _event_fits(event, e.name or "")]
    assert events, [e.name for e in ex.events]
    assert {ex.entity(e.place).name if e.place else None for e in events} == {place}


# ---------------------------------------------------------------------------------------------
# (t) a meeting without a name ("a trilateral meeting", a caption's "Bilateral meeting") is an
# encounter, not a gathering one takes part in; a named one ("the ASEAN Ministerial Meeting") is

UNNAMED_MEETINGS = [
    pytest.param(Doc(
        title="Foreign ministers meet",
        published=date(2025, 5, 6),
        text="Cairo, 5 May 2025. Egypt's Foreign Minister, Karim Fawzi, attended a trilateral meeting with his "
             "counterparts from Jordan and Iraq, Omar Haddad and Salim Kareem, in Cairo on Monday."),
        id="attended-a-trilateral-meeting"),
    pytest.param(Doc(
        title="Bilateral meeting in Baghdad",
        published=date(2025, 5, 5),
        text="Baghdad, 4 May 2025 (INA) - The Iraqi Minister of Planning, Salim Kareem, took part in the bilateral "
             "meeting with the Jordanian delegation headed by Omar Haddad on Sunday."),
        id="took-part-in-the-bilateral-meeting"),
    pytest.param(Doc(
        title="Minister at ASEAN meeting",
        published=date(2025, 7, 10),
        text="Kuala Lumpur, 9 July 2025. The Foreign Minister of Thailand, Somchai Rattanakul, attended the 58th "
             "ASEAN Foreign Ministers' Meeting in Kuala Lumpur on 9 July 2025.",
        participations=(Took("Somchai Rattanakul", "58th ASEAN Foreign Ministers' Meeting"),)),
        id="a-named-meeting-is-a-gathering"),
    pytest.param(Doc(
        title="Digital ministers",
        published=date(2025, 7, 10),
        text="Jakarta (ANTARA) - Indonesia's Minister of Communication, Budi Santoso, attended the ASEAN digital "
             "ministers meeting in Jakarta on Wednesday.",
        participations=(Took("Budi Santoso", "ASEAN digital ministers meeting"),)),
        id="a-meeting-named-by-its-organisations-acronym"),
    pytest.param(Doc(
        title="Finance ministers",
        published=date(2025, 7, 10),
        text="Rio de Janeiro, 9 July 2025. South Africa's Minister of Finance, Thabo Nkosi, attended the G20 finance "
             "ministers meeting in Rio de Janeiro on Wednesday.",
        participations=(Took("Thabo Nkosi", "G20 finance ministers meeting"),)),
        id="a-meeting-named-by-its-group"),
    pytest.param(Doc(
        title="Foreign ministers",
        published=date(2025, 7, 10),
        text="Kampala, 9 July 2025. Uganda's Minister of Foreign Affairs, Grace Akello, attended the Commonwealth "
             "foreign ministers meeting in London on Wednesday.",
        participations=(Took("Grace Akello", "Commonwealth foreign ministers meeting"),)),
        id="a-meeting-named-by-a-known-organisation"),
    pytest.param(Doc(
        title="Minister at UNESCO",
        published=date(2025, 7, 10),
        text="Paris, 9 July 2025. Chile's Minister of Culture, Camila Rojas, attended a UNESCO meeting with the "
             "Director-General, Lucia Ferri, at the Organization's headquarters on Wednesday."),
        id="an-organisations-meeting-names-no-gathering"),
]


@pytest.mark.parametrize("doc", UNNAMED_MEETINGS)
def test_unnamed_meetings_are_no_gatherings(nlp, doc):
    check(nlp, doc)


# ---------------------------------------------------------------------------------------------
# (u) a session told first ("The 12th session of X took place in Y"), its bureau elected in later
# sentences that do not name it again: those elected took part in the session the item tells of

ELECTED_AT_THE_SESSION = [
    pytest.param(Doc(
        title="Council of trade ministers meets",
        published=date(2025, 3, 4),
        text="TASHKENT. The 12th Session of the Council of Trade Ministers of the Organization of Turkic States took "
             "place in Tashkent on 3 March 2025.\n\n"
             "The Secretary General presented the annual report of the Secretariat.\n\n"
             "Kazakhstan was elected to chair the Council for 2026. Hungary was elected Vice-Chair.",
        participations=(Took("Kazakhstan", "12th Session of the Council of Trade Ministers"),
                        Took("Hungary", "12th Session of the Council of Trade Ministers"))),
        id="the-session-took-place-then-X-was-elected"),
    pytest.param(Doc(
        title="Regional committee opens",
        published=date(2025, 10, 15),
        text="Brazzaville, 14 October 2025 – The Seventy-fifth Session of the WHO Regional Committee for Africa "
             "opened on Monday with health ministers from 47 countries.\n\n"
             "Ms. Adaeze Nwosu, Minister of Health of Nigeria, was elected Chairperson. Dr. Tendai Moyo of "
             "Zimbabwe was elected Rapporteur.",
        participations=(Took("Adaeze Nwosu", "Seventy-fifth Session of the WHO Regional Committee for Africa"),
                        Took("Tendai Moyo", "Seventy-fifth Session of the WHO Regional Committee for Africa"))),
        id="the-session-opened-then-A-was-elected-chair"),
    pytest.param(Doc(
        title="Ministers of the programme meet",
        published=date(2025, 3, 4),
        text="TASHKENT. The 23rd CAREC Ministerial session of the Central Asia Regional Economic Cooperation Program "
             "took place in Tashkent on 3 March 2025.\n\n"
             "Mongolia was elected to chair the Program in 2026.",
        participations=(Took("Mongolia", "Ministerial session of the Central Asia Regional Economic Cooperation "
                             "Program"),)),
        id="a-session-is-named-with-the-body-whose-session-it-is"),
    pytest.param(Doc(
        title="Water committee meets",
        published=date(2025, 6, 4),
        text="Dushanbe. The Fifth ICWC Plenary session of the Interstate Commission for Water Coordination took "
             "place in Dushanbe on 3 June 2025.\n\n"
             "Tajikistan was elected to chair the Commission. Uzbekistan was elected Vice-Chair.",
        participations=(Took("Tajikistan", "Plenary session of the Interstate Commission for Water Coordination"),
                        Took("Uzbekistan", "Plenary session of the Interstate Commission for Water Coordination"))),
        id="a-session-of-a-body-whose-name-has-no-event-word"),
    pytest.param(Doc(
        title="Kenya joins council",
        published=date(2025, 6, 5),
        text="Nairobi, 4 June 2025. Kenya was elected to the Human Rights Council on Tuesday, the Ministry of "
             "Foreign Affairs said."),
        id="elected-with-no-session-told"),
    pytest.param(Doc(
        title="Energy forum and council seat",
        published=date(2025, 10, 16),
        text="Nairobi, 15 October 2025. The Ministry of Energy of Kenya hosted the Africa Energy Forum in Nairobi "
             "on Tuesday.\n\n"
             "In other news, Ghana was elected to the Human Rights Council for 2026-2028.",
        participations=(Took("Ministry of Energy of Kenya", "Africa Energy Forum", ORGANIZER),),
        acceptable=(Took("Kenya", "Africa Energy Forum", ORGANIZER),)),
        id="elected-to-a-body-is-no-part-in-the-forum-told"),
]


@pytest.mark.parametrize("doc", ELECTED_AT_THE_SESSION)
def test_elected_at_the_session_told(nlp, doc):
    check(nlp, doc)



# ---------------------------------------------------------------------------------------------
# (v) more frames of taking part and of patronage: "addressed the participants of E", "E was held
# under the auspices of X"

MORE_FRAMES = [
    pytest.param(Doc(
        title="Health summit",
        published=date(2025, 3, 4),
        text="Kigali, 3 March 2025. Minister of Health Jean Habimana addressed participants of the Africa Health "
             "Summit on Monday, calling for more domestic financing.",
        participations=(Took("Jean Habimana", "Africa Health Summit"),)),
        id="addressed-the-participants-of-E"),
    pytest.param(Doc(
        title="Youth dialogue",
        published=date(2025, 9, 12),
        text="Jakarta (ANTARA) - Indonesia's Minister of Youth and Sports, Dimas Pratama, addressed delegates at the "
             "ASEAN Youth Dialogue in Jakarta on Thursday.",
        participations=(Took("Dimas Pratama", "ASEAN Youth Dialogue"),)),
        id="addressed-delegates-at-E"),
    pytest.param(Doc(
        title="Baku forum opens",
        published=date(2025, 3, 14),
        text="Baku, 13 March 2025. The 12th Global Baku Forum was held under the auspices of President Rauf Mammadzade "
             "on 13 March 2025.",
        acceptable=(Took("Rauf Mammadzade", "12th Global Baku Forum"),)),
        id="held-under-the-auspices-of-X-a-patron-is-neutral"),
    pytest.param(Doc(
        title="Science week",
        published=date(2025, 11, 4),
        text="Muscat, 3 November 2025 – Under the auspices of Sayyid Faisal Al Busaidi, the Ministry of Higher "
             "Education opened the Oman Science Week on Monday.",
        participations=(Took("Ministry of Higher Education", "Oman Science Week"),),
        acceptable=(Took("Faisal Al Busaidi", "Oman Science Week"),)),
        id="under-the-auspices-of-X-opened-E"),
]


@pytest.mark.parametrize("doc", MORE_FRAMES)
def test_more_frames_of_taking_part(nlp, doc):
    check(nlp, doc)


# ---------------------------------------------------------------------------------------------
# (w) publishers' own styles of a deal: a museum's loan, universities' memorandum, an EU financing
# agreement signed by a Commissioner and a minister, a UN agency's host-country agreement, a wire's
# agreement initialled and then signed; a signing announced for later is a plan, not a signing

DEAL_STYLES = [
    pytest.param(Doc(
        title="Museum lends masterpieces to Jakarta",
        publisher="Rijksmuseum",
        published=date(2025, 5, 15),
        text="Amsterdam, 14 May 2025 – The Rijksmuseum and the National Museum of Indonesia have signed a loan "
             "agreement for an exhibition of seventeenth-century maps, which opens in Jakarta in October.\n\n"
             "The agreement was signed in Amsterdam by Rijksmuseum director Pieter van Dalen and Ms. Ratna "
             "Kusuma, Head of the National Museum of Indonesia.\n\n"
             "\"Sharing these maps is a way of telling a shared history,\" said Mr. van Dalen.",
        agreements=(signed(AGREEMENT, "Rijksmuseum", "National Museum of Indonesia",
                           by={"Pieter van Dalen", "Ratna Kusuma"}),)), id="museum-loan-agreement"),
    pytest.param(Doc(
        title="University of Nairobi partners with University of Glasgow",
        publisher="University of Nairobi",
        published=date(2025, 2, 21),
        text="The University of Nairobi has signed a Memorandum of Understanding with the University of Glasgow "
             "to promote joint research in public health and staff exchange.\n\n"
             "Vice-Chancellor Prof. Grace Wanjiru signed on behalf of the University, while Prof. Alan "
             "Morrison, Vice-Principal for Internationalisation, signed for the University of Glasgow at a "
             "ceremony held on 20 February 2025.",
        agreements=(signed(MOU, "University of Nairobi", "University of Glasgow"),)),
        id="university-memorandum-with-a-foreign-university"),
    pytest.param(Doc(
        title="EU and Ethiopia sign €80 million financing agreement for rural water supply",
        publisher="European Commission",
        published=date(2025, 6, 5),
        text="Brussels, 5 June 2025\n\n"
             "The European Union and Ethiopia today signed a financing agreement worth €80 million to bring safe "
             "drinking water to rural communities in the Amhara and Oromia regions.\n\n"
             "The agreement was signed by Commissioner for International Partnerships Marta Lindqvist and the "
             "Minister of Finance of Ethiopia, Dawit Bekele.\n\n"
             "Commissioner Lindqvist said: \"Water is the foundation of health and growth.\"",
        agreements=(signed(AGREEMENT, "European Union", "Ethiopia", on=date(2025, 6, 5),
                           by={"Marta Lindqvist", "Dawit Bekele"}),)), id="eu-financing-agreement-commissioner"),
    pytest.param(Doc(
        title="UNEP and Rwanda sign host country agreement",
        publisher="United Nations Environment Programme",
        published=date(2025, 4, 3),
        text="Kigali, 2 April 2025 – The United Nations Environment Programme (UNEP) and the Government of Rwanda "
             "today signed a host country agreement for the new UNEP sub-regional office in Kigali.\n\n"
             "Ms. Claire Uwase, Minister of Foreign Affairs and International Cooperation, signed for the "
             "Government, and Mr. Henrik Olsen, Deputy Executive Director of UNEP, signed for the organization.",
        agreements=(signed(AGREEMENT, "United Nations Environment Programme", "Rwanda", on=date(2025, 4, 2),
                           by={"Claire Uwase", "Henrik Olsen"}),)), id="un-agency-host-country-agreement"),
    pytest.param(Doc(
        title="S. Korea, Ecuador sign trade pact",
        published=date(2025, 3, 3),
        text="SEOUL, March 3 (Yonhap) -- South Korea and Ecuador signed a strategic economic cooperation "
             "agreement on Monday, five months after the two sides initialled the deal in Quito, the trade "
             "ministry said.\n\n"
             "The agreement will remove tariffs on 95 percent of goods traded between the two countries.",
        agreements=(signed(AGREEMENT, "South Korea", "Ecuador", on=date(2025, 3, 3)),)),
        id="wire-initialled-then-signed"),
    pytest.param(Doc(
        title="Ghana and Togo to sign border security memorandum",
        publisher="Ministry of Foreign Affairs of Ghana",
        published=date(2025, 7, 14),
        text="Accra, 14 July 2025 – Ghana and Togo will sign a memorandum of understanding on border security "
             "next week, the Ministry of Foreign Affairs announced on Monday.\n\n"
             "The memorandum is expected to be signed in Lomé by the two foreign ministers.",
        agreements=()), id="will-sign-is-a-plan"),
    pytest.param(Doc(
        title="Chile and Viet Nam are set to sign agreement",
        published=date(2025, 8, 2),
        text="Santiago, 1 August 2025 (EFE) – Chile and Viet Nam are set to sign an agreement on mining "
             "cooperation during the visit of the Vietnamese Minister of Industry and Trade later this month.",
        agreements=()), id="set-to-sign-is-a-plan"),
    pytest.param(Doc(
        title="Economic bloc and AU sign memorandum",
        published=date(2025, 3, 11),
        text="Abuja, 10 March 2025 – The Economic Community of West African States (ECOWAS) received a delegation "
             "of the African Union (AU) at its headquarters in Abuja on Monday.\n\n"
             "At the end of the visit, ECOWAS and the AU signed a memorandum of understanding on early warning.",
        agreements=(signed(MOU, "Economic Community of West African States", "African Union"),)),
        id="ecowas-and-the-au-defined-earlier"),
    pytest.param(Doc(
        title="IsDB approves support for Sahel states",
        publisher="Islamic Development Bank",
        published=date(2025, 9, 18),
        text="Jeddah, 17 September 2025 – The Islamic Development Bank (IsDB) today signed a memorandum of "
             "understanding on vocational training with Mauritania and a loan agreement for a solar power plant "
             "with Niger, on the margins of its Annual Meetings.\n\n"
             "The loan of US$ 45 million will add 30 megawatts to Niger's grid.",
        agreements=(signed(MOU, "Islamic Development Bank", "Mauritania"),
                    signed(AGREEMENT, "Islamic Development Bank", "Niger"))),
        id="bank-two-instruments-two-states"),
    pytest.param(Doc(
        title="Kenya signs agreements with neighbours",
        published=date(2025, 9, 18),
        text="NAIROBI, Sept. 17 (Xinhua) -- Kenya on Wednesday signed agreements with Uganda and Tanzania on "
             "cross-border trade, the Ministry of Trade said.",
        agreements=(signed(AGREEMENT, "Kenya", "Uganda", "Tanzania"),)),
        id="one-instrument-two-counterparts-stays-one"),
    pytest.param(Doc(
        title="KIST and Leiden University sign memorandum",
        publisher="Kigali Institute of Science and Technology",
        published=date(2025, 10, 9),
        text="The Kigali Institute of Science and Technology (KIST) and Leiden University have signed a "
             "memorandum of understanding on joint doctoral supervision in African studies.\n\n"
             "The memorandum was signed on 8 October 2025 by KIST Rector Prof. Eric Habimana and Prof. Anna "
             "de Groot, Rector Magnificus of Leiden University.",
        agreements=(signed(MOU, "Kigali Institute of Science and Technology", "Leiden University"),)),
        id="a-university-named-with-its-city-and-defined"),
    pytest.param(Doc(
        title="WHO supports training of Ghana's health workers",
        publisher="World Health Organization",
        published=date(2025, 6, 11),
        text="Accra, 10 June 2025 – The World Health Organization and the Training Institute of the Ministry of "
             "Health of Ghana signed a letter of agreement on emergency care training on Tuesday.\n\n"
             "The letter was signed by Dr. Kwame Boateng, Director of the Institute, and Dr. Ingrid Holm, WHO "
             "Representative in Ghana.",
        agreements=(signed(AGREEMENT, "World Health Organization", "Ghana"),)),
        id="a-ministry's-institute-signs-for-its-state"),
    pytest.param(Doc(
        title="Japanese loan for Vientiane water supply",
        publisher="Embassy of Japan in the Lao PDR",
        published=date(2025, 3, 6),
        text="On 5 March 2025, Mr. Kenji Mori, Ambassador of Japan to the Lao PDR, and Mr. Somphone Vongsa, "
             "Minister of Foreign Affairs of the Lao PDR, exchanged notes on a loan of 8 billion yen for the "
             "expansion of the Vientiane water supply.",
        agreements=(signed(AGREEMENT, "Japan", "Laos", on=date(2025, 3, 5)),)),
        id="an-envoy-and-a-minister-exchanged-notes-on-a-loan"),
    pytest.param(Doc(
        title="Foreign ministers dine in Tallinn",
        published=date(2025, 3, 6),
        text="Tallinn, 5 March 2025. The foreign ministers of Estonia and Finland, Mart Kask and Liisa Virtanen, "
             "exchanged notes on the security situation in the Baltic Sea region over dinner.",
        agreements=()), id="exchanged-notes-on-a-situation-is-no-agreement"),
    pytest.param(Doc(
        title="RDB and KenInvest sign investment promotion memorandum",
        publisher="The New Times (Rwanda)",
        published=date(2025, 3, 4),
        text="Kigali, 3 March 2025. The Rwanda Development Board (RDB) and the Kenya Investment Authority signed a "
             "memorandum of understanding to promote joint investment missions in East Africa.\n\n"
             "RDB Chief Executive Officer Diane Mutesi said the memorandum would make both countries easier to "
             "invest in.",
        agreements=(signed(MOU, "Rwanda Development Board", "Kenya Investment Authority"),)),
        id="a-body-named-with-its-state-and-defined"),
    pytest.param(Doc(
        title="President Carcamo holds a meeting with the Prime Minister of Portugal",
        publisher="Presidency of Chile",
        published=date(2025, 5, 14),
        text="Santiago, May 14, 2025. This Wednesday, the President of the Republic, Matias Carcamo Vidal, held a "
             "meeting with the Prime Minister of Portugal, Duarte Sequeira Lobo, at the Palacio de La Moneda.\n\n"
             "After the meeting, the two leaders witnessed the signing of an agreement on cooperation in green "
             "hydrogen by the Minister of Foreign Affairs of Chile, Valentina Rojas Penaloza, and the Portuguese "
             "Minister of Foreign Affairs, Luis Ferrer Sanz.",
        agreements=(signed(AGREEMENT, "Chile", "Portugal", on=date(2025, 5, 14),
                           by={"Valentina Rojas Penaloza", "Luis Ferrer Sanz"}),)),
        id="the-signing-of-an-agreement-by-two-ministers"),
    pytest.param(Doc(
        title="Lisbon and Maputo renew their twinning",
        publisher="City of Lisbon",
        published=date(2025, 6, 3),
        text="The Mayor of Lisbon, Rui Tavares Costa, welcomed the Mayor of Maputo, Eneas Chissano Mabote, to the "
             "City Hall on Monday, 2 June, on the 30th anniversary of the twinning between the two capitals.\n\n"
             "The two mayors signed a renewed cooperation protocol covering urban mobility and waste management.\n\n"
             "The first twinning agreement was signed in 1995 by then-mayors Joaquim Pires and Alberto Sitoe.",
        agreements=(signed(AgreementKind.PROTOCOL, "Portugal", "Mozambique", on=date(2025, 6, 2),
                           by={"Rui Tavares Costa", "Eneas Chissano Mabote"}),)),
        id="an-old-instrument-signed-by-others-is-not-the-new-one"),
]


@pytest.mark.parametrize("doc", DEAL_STYLES)
def test_deal_styles(nlp, doc):
    check(nlp, doc)


# (x) gatherings in publishers' styles the batteries lacked: two people with their titles open an event
# (the parser hangs the second on the first one's title)

GATHERING_STYLES = [
    pytest.param(Doc(
        title="Coastal resilience forum opens in Dakar",
        publisher="United Nations Environment Programme",
        published=date(2025, 11, 18),
        text="Dakar, 17 November 2025 – Ms. Awa Ndiaye, Minister of Environment of Senegal, and Mr. Jonas "
             "Berglund, Director of the Ecosystems Division of UNEP, opened the West Africa Forum on Coastal "
             "Resilience in Dakar on Monday.\n\n"
             "More than 200 experts from 14 countries attend the three-day forum.",
        participations=(Took("Awa Ndiaye", "West Africa Forum on Coastal Resilience"),
                        Took("Jonas Berglund", "West Africa Forum on Coastal Resilience"))),
        id="A-title-and-B-title-opened-E"),
    pytest.param(Doc(
        title="Leaders gather in Nairobi for EAC summit",
        published=date(2025, 11, 30),
        text="NAIROBI, Nov 29 (Reuters) - Leaders of the East African Community gathered on Saturday for the "
             "bloc's 25th ordinary summit, hosted by Kenyan President David Kiprono at the State House.",
        participations=(Took("David Kiprono", "25th ordinary summit"),),
        acceptable=(Took("East African Community", "25th ordinary summit", ORGANIZER),)),
        id="summit-hosted-by-a-titled-person"),
    pytest.param(Doc(
        title="Investment conference in Accra",
        published=date(2025, 5, 21),
        text="Accra, 20 May 2025. The West Africa Investment Conference, hosted by the Government of Ghana, "
             "opened in Accra on Tuesday.",
        participations=(Took("Ghana", "West Africa Investment Conference", ORGANIZER),)),
        id="conference-hosted-by-a-government-organises"),
    pytest.param(Doc(
        title="Seminar on trade facilitation",
        publisher="Ministry of Investment, Industry and Trade of Uzbekistan",
        published=date(2025, 4, 16),
        text="Tashkent, 15 April 2025. A Seminar on Trade Facilitation for customs officers of the region began "
             "in Tashkent on 15 April.\n\n"
             "The seminar is organised by the UNDP Country Office in Tashkent and the Ministry of Foreign Trade of "
             "Uzbekistan.",
        participations=(Took("Ministry of Foreign Trade of Uzbekistan", "Seminar on Trade Facilitation", ORGANIZER),),
        acceptable=(Took("United Nations Development Programme", "Seminar on Trade Facilitation", ORGANIZER),
                    Took("Uzbekistan", "Seminar on Trade Facilitation", ORGANIZER))),
        id="organised-by-an-office-in-a-city-and-a-national-body"),
    pytest.param(Doc(
        title="Book fair opens in Tbilisi",
        publisher="Ministry of Culture of Georgia",
        published=date(2025, 9, 12),
        text="Tbilisi, 11 September 2025 – The Tbilisi International Book Fair opened at the Expo Georgia centre "
             "on Thursday. The fair is organised by the Ministry of Culture of Georgia.\n\n"
             "Also present were Mr. Henrik Dahl, Ambassador of Denmark to Georgia, and Ms. Nino Beridze, "
             "Deputy Minister of Culture of Georgia.",
        participations=(Took("Ministry of Culture of Georgia", "Tbilisi International Book Fair", ORGANIZER),
                        Took("Henrik Dahl", "Tbilisi International Book Fair"),
                        Took("Nino Beridze", "Tbilisi International Book Fair")),
        acceptable=(Took("Georgia", "Tbilisi International Book Fair", ORGANIZER),)),
        id="E-opened-then-also-present-were"),
    pytest.param(Doc(
        title="Foreign Minister receives Ambassador",
        published=date(2025, 9, 12),
        text="Tbilisi, 11 September 2025. Foreign Minister Levan Gelashvili received the Ambassador of Denmark, "
             "Henrik Dahl, on Thursday.\n\n"
             "Also attending were Ms. Nino Beridze, Deputy Minister of Culture, and Mr. Anders Lund, Counsellor "
             "of the Embassy.",
        participations=()),
        id="also-attending-an-encounter-is-no-participation"),
    pytest.param(Doc(
        title="Health financing summit closes",
        published=date(2025, 3, 4),
        text="ADDIS ABABA, March 3 (Reuters) - More than 300 delegates attended the Africa Health Financing Summit "
             "on Monday, including Prime Minister Abebe Tola of Ethiopia and Ms. Grace Banda, Minister of Health "
             "of Malawi.\n\n"
             "The summit called for more domestic spending on primary care.",
        participations=(Took("Abebe Tola", "Africa Health Financing Summit"),
                        Took("Grace Banda", "Africa Health Financing Summit")),
        acceptable=(Took("Ethiopia", "Africa Health Financing Summit"),
                    Took("Malawi", "Africa Health Financing Summit"))),
        id="delegates-attended-E-including-A-and-B"),
    pytest.param(Doc(
        title="WFP hands over school meals warehouse to Chad's Ministry of Education",
        publisher="World Food Programme",
        published=date(2025, 3, 27),
        text="N'DJAMENA – The United Nations World Food Programme (WFP) on Wednesday handed over a new warehouse "
             "for school meals to the Government of Chad in a ceremony in Abeche, eastern Chad.\n\n"
             "The ceremony was attended by the Minister of National Education, Haoua Adoum Brahim, and the WFP "
             "Country Director in Chad, Martina Keller.",
        participations=(Took("Haoua Adoum Brahim", "ceremony"), Took("Martina Keller", "ceremony")),
        acceptable=(Took("World Food Programme", "ceremony"), Took("Chad", "ceremony"))),
        id="an-agency-named-with-an-event-word-is-no-event"),
    pytest.param(Doc(
        title="African Youth Games open in Accra",
        publisher="Association of National Olympic Committees of Africa",
        published=date(2025, 8, 10),
        text="ACCRA, 9 August 2025 - The 5th African Youth Games opened on Saturday at the Accra Sports Stadium.\n\n"
             "The opening ceremony was attended by the Minister of Youth and Sports, Kwame Adu Gyamfi, and the "
             "President of the Association of National Olympic Committees of Africa, Moustapha Ba.",
        participations=(Took("Kwame Adu Gyamfi", "opening ceremony"), Took("Moustapha Ba", "opening ceremony"))),
        id="attended-by-A-Title-and-the-Title-of-X-B"),
    pytest.param(Doc(
        title="Youth Games open in Accra",
        publisher="Association of National Olympic Committees of Africa",
        published=date(2025, 8, 10),
        text="ACCRA, 9 August 2025 - The Vice President of Ghana, Naana Opoku Asare, officially opened the 5th "
             "African Youth Games at the Accra Sports Stadium on Saturday.",
        participations=(Took("Naana Opoku Asare", "African Youth Games"),)),
        id="opened-the-games"),
]


@pytest.mark.parametrize("doc", GATHERING_STYLES)
def test_gathering_styles(nlp, doc):
    check(nlp, doc)


# ---------------------------------------------------------------------------------------------
# cultural institutions' news (museums, libraries and archives, UNESCO, cultural institutes,
# festivals, orchestras, ministries of culture): loans and memoranda between institutions,
# exhibitions and festivals organised in partnership and opened by officials, sessions that
# inscribe heritage
CULTURAL_NEWS = [
    pytest.param(Doc(
        title="Museum and partner sign loan agreement",
        publisher="Rijksmuseum",
        published=date(2025, 4, 9),
        text="Amsterdam, 8 April 2025 - The Rijksmuseum and the National Museum of Korea signed a loan agreement for "
             "an exhibition of Dutch landscape painting in Seoul in 2026. The agreement was signed by Pieter van "
             "Loon, General Director of the Rijksmuseum, and Kim Seo-yeon, Director of the National Museum of Korea, "
             "at the Rijksmuseum on 8 April.\n\n"
             "Under the agreement, forty paintings will travel to Seoul.",
        agreements=(signed(AGREEMENT, "Rijksmuseum", "National Museum of Korea", on=date(2025, 4, 8),
                           by=("Pieter van Loon", "Kim Seo-yeon")),)),
        id="museum-loan-agreement-signed-by-two-directors"),
    pytest.param(Doc(
        title="Cultural institutes sign memorandum",
        publisher="Goethe-Institut",
        published=date(2025, 6, 3),
        text="Munich, 2 June 2025. The Goethe-Institut and the Instituto Cervantes signed a memorandum of "
             "understanding on 2 June on a joint cultural centre. The memorandum was signed by Johanna Weber, "
             "President of the Goethe-Institut, and Luis Herrera, Director of the Instituto Cervantes.",
        agreements=(signed(MOU, "Goethe-Institut", "Instituto Cervantes", on=date(2025, 6, 2),
                           by=("Johanna Weber", "Luis Herrera")),)),
        id="cultural-institutes-memorandum"),
    pytest.param(Doc(
        title="National libraries sign agreement",
        publisher="National Library of Scotland",
        published=date(2025, 8, 20),
        text="Edinburgh, 19 August 2025. The National Library of Scotland and the National Library of Wales signed "
             "an agreement on the digitisation of shared records on 19 August. Director Ewan Reid signed for the "
             "National Library of Scotland and Chief Librarian Megan Evans for the National Library of Wales.",
        agreements=(signed(AGREEMENT, "National Library of Scotland", "National Library of Wales",
                           on=date(2025, 8, 19), by=("Ewan Reid", "Megan Evans")),)),
        id="library-A-signed-for-X-and-B-for-Y"),
    pytest.param(Doc(
        title="British Council and Goethe-Institut agree on joint programme",
        published=date(2025, 2, 12),
        text="LONDON, Feb 11 (Wire) - Karl Brandt signed a cultural agreement for the Goethe-Institut and Fiona Marsh for "
             "the British Council on Tuesday, the two institutes said.",
        agreements=(signed(AGREEMENT, "Goethe-Institut", "British Council", by=("Karl Brandt", "Fiona Marsh")),)),
        id="wire-A-signed-the-agreement-for-X-and-B-for-Y"),
    pytest.param(Doc(
        title="Museum signs agreement",
        publisher="National Museum of Ireland",
        published=date(2025, 3, 5),
        text="Dublin, 4 March 2025. Director Aoife Byrne signed the agreement for the National Museum of Ireland "
             "with the Louvre Museum and thanked Pierre Lambert for his support.",
        agreements=(signed(AGREEMENT, "National Museum of Ireland", "Louvre Museum", by=("Aoife Byrne",)),)),
        id="museum-one-signer-thanks-another-for-support"),
    pytest.param(Doc(
        title="Smithsonian and museum sign memorandum",
        publisher="Smithsonian Institution",
        published=date(2025, 10, 2),
        text="Washington, Oct. 1, 2025 — The Smithsonian Institution and the National Museum of China signed a "
             "memorandum of understanding today. Secretary of the Smithsonian David Albright and Wang Li, Director "
             "of the National Museum of China, signed the memorandum at the Smithsonian Castle.",
        agreements=(signed(MOU, "Smithsonian Institution", "National Museum of China",
                           by=("David Albright", "Wang Li")),)),
        id="museum-title-of-X-runs-into-the-name"),
    pytest.param(Doc(
        title="Archives sign agreement",
        publisher="National Archives of Australia",
        published=date(2025, 8, 20),
        text="Canberra, 19 August 2025. The National Archives of Australia and Archives New Zealand signed an "
             "agreement on the digitisation of shared records on 19 August.",
        agreements=(signed(AGREEMENT, "National Archives of Australia", "Archives New Zealand"),)),
        id="archives-head-word-before-the-state"),
    pytest.param(Doc(
        title="Royal Library and Archives Malta agree to share catalogues",
        publisher="Royal Danish Library",
        published=date(2025, 9, 3),
        text="COPENHAGEN, 2 September 2025 – The Royal Danish Library and Archives Malta on Tuesday signed a "
             "memorandum of understanding on the exchange of digitised catalogues.",
        agreements=(signed(MOU, "Royal Danish Library", "Archives Malta"),)),
        id="a-states-archives-named-by-head-word-and-state-in-a-wire-style"),
    pytest.param(Doc(
        title="New exhibition opens in Riyadh",
        publisher="British Museum",
        published=date(2025, 5, 13),
        text="Riyadh, 12 May 2025. The exhibition 'Roads of the Incense Trade', organised by the British Museum in "
             "partnership with the Saudi Museums Commission, opened on 12 May. The exhibition was opened by Helen "
             "Marsh, Director of the British Museum, and Rania Al-Otaibi, Chief Executive Officer of the Saudi "
             "Museums Commission.\n\n"
             "It runs until September.",
        participations=(Took("British Museum", "Roads of the Incense Trade", ORGANIZER),
                        Took("Saudi Museums Commission", "Roads of the Incense Trade", ORGANIZER),
                        Took("Helen Marsh", "Roads of the Incense Trade"),
                        Took("Rania Al-Otaibi", "Roads of the Incense Trade")),
        acceptable=(Took("Saudi Museums Commission", "Roads of the Incense Trade"),)),
        id="museum-an-exhibition-named-in-quotes-then-the-exhibition"),
    pytest.param(Doc(
        title="Festival opens",
        publisher="Ministry of Culture of Portugal",
        published=date(2025, 9, 6),
        text="Lisbon, 5 September 2025. The festival \"Sounds of the Atlantic\" opened in Lisbon on 5 September. "
             "The festival was opened by the Minister of Culture, Rui Almada.",
        participations=(Took("Rui Almada", "Sounds of the Atlantic"),)),
        id="ministry-a-festival-named-in-double-quotes"),
    pytest.param(Doc(
        title="Minister at New Year's Concert",
        publisher="Federal Chancellery of Austria",
        published=date(2025, 1, 2),
        text="Vienna, 1 January 2025. The Minister of Culture of Austria, Sabine Gruber, attended the New Year's "
             "Concert of the Vienna Philharmonic at the Musikverein on 1 January.",
        participations=(Took("Sabine Gruber", "New Year's Concert"),),
        acceptable=(Took("Vienna Philharmonic", "New Year's Concert"),)),
        id="government-attended-a-concert"),
    pytest.param(Doc(
        title="Francophonie festival opens",
        publisher="Embassy of France in Nigeria",
        published=date(2025, 3, 21),
        text="Lagos, 20 March 2025. The Francophonie Festival opened in Lagos on 20 March. The festival was opened by "
             "the Ambassador of France to Nigeria, Marc Lenoir, and the Commissioner for Tourism of Lagos State, "
             "Bolaji Adeyemi.",
        participations=(Took("Marc Lenoir", "Francophonie Festival"), Took("Bolaji Adeyemi", "Francophonie Festival"))),
        id="embassy-opened-by-the-Ambassador-of-X-to-Y-comma-A"),
    pytest.param(Doc(
        title="Book fair opens",
        published=date(2025, 10, 15),
        text="CAIRO, Oct 14 (Wire) - The International Book Fair was opened on Tuesday by the Minister of Culture of "
             "Egypt, Hany Saleh, and the Director of the Goethe-Institut in Cairo, Lena Vogt.",
        participations=(Took("Hany Saleh", "International Book Fair"), Took("Lena Vogt", "International Book Fair"))),
        id="wire-opened-by-titled-people-whose-titles-name-a-state-and-an-institute"),
    pytest.param(Doc(
        title="Book fair opens",
        publisher="Federal Foreign Office",
        published=date(2025, 10, 15),
        text="Frankfurt, 14 October 2025. The 77th Frankfurt Book Fair was opened on 14 October by Italy's Minister of "
             "Culture, Paolo Rinaldi, and the fair's director, Jonas Keller.",
        participations=(Took("Paolo Rinaldi", "77th Frankfurt Book Fair"), Took("Jonas Keller", "77th Frankfurt Book Fair"))),
        id="government-opened-by-a-states-possessive-title-comma-A"),
    pytest.param(Doc(
        title="Festival in Lagos",
        published=date(2025, 3, 21),
        text="Lagos, 20 March 2025. The Alliance Française de Lagos hosted the Francophonie Festival on 20 March.",
        participations=(Took("Alliance Française de Lagos", "Francophonie Festival", ORGANIZER),)),
        marks=pytest.mark.xfail(strict=True, reason="'Alliance Française de Lagos': the parser tags no word of the "
                                "name, and an English head word that opens a name in another language is not read"),
        id="cultural-institute-named-in-french-hosts-a-festival"),
    pytest.param(Doc(
        title="Minister attends biennale",
        publisher="Ministry of Culture of Greece",
        published=date(2025, 5, 10),
        text="Venice, 9 May 2025. Greece's Minister of Culture, Eleni Katsarou, attended the opening of the 61st "
             "Venice Biennale on 9 May.",
        participations=(Took("Eleni Katsarou", "61st Venice Biennale"),)),
        id="ministry-attended-the-opening-of-a-biennale"),
]


@pytest.mark.parametrize("doc", CULTURAL_NEWS)
def test_cultural_news(nlp, doc):
    check(nlp, doc)


# the name a later "The session" or "The exhibition" stands for: a sitting written with its ordinal
# and body in lower case, an event word followed by its title in quotes
CULTURAL_EVENT_NAMES = [
    pytest.param("Paris, 11 July 2025. UNESCO inscribed seven new sites on the World Heritage List at the 47th session "
                 "of the World Heritage Committee in Paris on 11 July 2025. The session, chaired by Ambassador Nikolai "
                 "Petrov of Bulgaria, was attended by Kenji Morita, Minister of Culture of Japan.",
                 "47th session of the World Heritage Committee", id="UN-agency-an-ordinal-sitting-in-lower-case"),
    pytest.param("Riyadh, 12 May 2025. The exhibition 'Roads of the Incense Trade' opened on 12 May. The exhibition "
                 "was opened by Helen Marsh, Director of the British Museum.",
                 "exhibition 'Roads of the Incense Trade'", id="museum-an-exhibition-titled-in-quotes"),
]


@pytest.mark.parametrize(("text", "name"), CULTURAL_EVENT_NAMES)
def test_cultural_event_names(nlp, text, name):
    ex = extract(NewsItem(id="t", text=text, title="New exhibition opens", published=date(2025, 7, 12)), nlp)
    names = [e.name for e in ex.events if e.kind not in MEETING_KINDS and e.kind != EventKind.SIGNING]
    assert names == [name], names


def test_an_event_named_again_takes_the_day_the_sentence_before_told(nlp):
    """ "A handed over X on Wednesday in a ceremony. || The ceremony was attended by B": the ceremony of
    the next paragraph is the one told before, on its day."""
    item = NewsItem(id="t", publisher="World Food Programme", published=date(2025, 3, 27),
                    text="N'DJAMENA – The World Food Programme (WFP) on Wednesday handed over a new warehouse to the "
                         "Government of Chad in a ceremony in Abeche.\n\n"
                         "The ceremony was attended by the Minister of National Education, Haoua Adoum Brahim.")
    ex = extract(item, nlp)
    assert [(e.name, e.start) for e in ex.events if e.kind not in MEETING_KINDS] == [("ceremony", date(2025, 3, 26))]


# ---------------------------------------------------------------------------------------------
# where an instrument was signed: a place in the words that tell its subject ("a memorandum on
# investment in Mombasa") or that locates a party ("the Coptic Museum in Cairo") is not where it was
# signed; a place said of the instrument or of its signing, or named after the subject's own place, is;
# a signing of the report's week said to be in no place of its own (nor over a video link) took place in the
# dateline's city
SIGNING_PLACES = [
    pytest.param("Development bank", "NAIROBI, 4 March 2026 – Kenya and the African Development Bank on Wednesday "
                 "signed a loan agreement on the upgrade of the container terminal in Mombasa.", "Nairobi",
                 id="bank-a-place-in-the-subject-of-the-loan"),
    pytest.param("Ministry of Foreign Affairs of Uganda", "Kampala, 4 March 2026. The agreement on the rehabilitation "
                 "of the railway line in Tororo was signed by Uganda and Kenya on Wednesday.", "Kampala",
                 id="ministry-passive-a-place-in-the-subject"),
    pytest.param("Wire", "DAR ES SALAAM, March 4 (Wire) - Tanzania and Zambia signed an agreement on the port of "
                 "Mtwara in Dodoma on Wednesday.", "Dodoma", id="wire-a-place-after-the-subjects-own"),
    pytest.param("Ministry of Foreign Affairs of Kenya", "Nairobi, 4 March 2026 – Kenya and Ethiopia signed a "
                 "memorandum in Addis Ababa on Wednesday.", "Addis Ababa", id="ministry-a-place-said-of-the-memorandum"),
    pytest.param("State news agency", "Astana, 4 March 2026 (Agency) – The memorandum on a logistics hub in Aktau, "
                 "signed in Astana by Kazakhstan and Azerbaijan on Wednesday, opens the hub to both states.", "Astana",
                 id="agency-a-place-of-the-signing-told-aside"),
    pytest.param("Ministry of Foreign Affairs of Japan", "Tokyo, 4 March 2026. Japan and Kenya signed a grant "
                 "agreement on the sidelines of the trade forum in Mombasa on Wednesday.", "Mombasa",
                 id="ministry-a-place-of-the-occasion-after-the-instrument"),
    pytest.param("Musée du Louvre", "Paris, 19 May 2026. The Musée du Louvre and the Coptic Museum in Cairo signed a "
                 "partnership agreement on Tuesday.", "Paris", id="museum-a-place-that-locates-a-party"),
    pytest.param("UNESCO", "PARIS, 4 March 2026 – Lebanon and the UNESCO Office in Beirut signed an agreement in "
                 "Tripoli on Wednesday.", "Tripoli", id="un-agency-an-offices-seat-and-the-place-of-signing"),
    pytest.param("UNESCO", "Paris, 4 March 2026 – UNESCO and the Government of Peru today signed an agreement "
                 "establishing a regional centre for the safeguarding of Andean languages in Cusco.", "Paris",
                 id="un-agency-a-centres-place-in-the-subject-and-the-datelines-city"),
    pytest.param("Ministry of Foreign Affairs of Ghana", "Accra, 4 March 2026 – Foreign Minister Kojo Mensah received "
                 "the Foreign Minister of Norway, Ingrid Dahl, today. Following the meeting, the two ministers "
                 "witnessed the signing of a memorandum of understanding on fisheries between the two governments.",
                 "Accra", id="ministry-witnessed-under-the-datelines-city"),
    pytest.param("Ministry of Foreign Affairs of Ghana", "Accra, 4 March 2026 – Ghana and Norway signed a memorandum "
                 "on fisheries in 2019, Foreign Minister Kojo Mensah recalled on Wednesday.", None,
                 id="ministry-an-instrument-of-another-year-is-placed-nowhere"),
    pytest.param("Ministry of Foreign Affairs of Kenya", "Nairobi, 4 March 2026 – Kenya and Japan today signed a "
                 "grant agreement on water supply by video link.", None, id="ministry-signed-by-video-link-is-placed-nowhere"),
]


@pytest.mark.parametrize("publisher, text, place", SIGNING_PLACES)
def test_a_place_in_an_instruments_subject_or_a_partys_seat_is_not_where_it_was_signed(nlp, publisher, text, place):
    item = NewsItem(id="t", title="Agreement signed", publisher=publisher, text=text, published=date(2026, 3, 5))
    ex = extract(item, nlp)
    assert len(ex.agreements) == 1
    assert (ex.entity(ex.agreements[0].place).name if ex.agreements[0].place else None) == place


# ---------------------------------------------------------------------------------------------
# deals in styles the dev sets lack: a treaty signed by several heads of state at a summit (the states
# listed after a title in a subject the parser leaves unattached, the signers in a later "The signatories
# were ..."), an agreement initialled and named again as "the text", an agreement ratified whose signing
# the sentence dates, and the numbered list of an outcomes page under "The following documents were
# exchanged ...:", each entry followed by "Exchanged by A and B."
TREATY_PARTIES = frozenset({"Ethiopia", "Kenya", "Rwanda", "Ghana", "Senegal"})
NEW_STYLE_DEALS = [
    pytest.param(Doc(
        title="Leaders sign treaty on a regional power pool",
        publisher="African Union",
        published=date(2026, 2, 16),
        text="Addis Ababa, 15 February 2026 – On the margins of the 39th Ordinary Session of the Assembly of the "
             "African Union, the Heads of State of Ethiopia, Kenya, Rwanda, Ghana and Senegal signed a treaty "
             "establishing the East and West African Power Pool.\n\n"
             "The signatories were President Abebe Worku of Ethiopia, President James Mwangi of Kenya, President "
             "Eric Nsengiyumva of Rwanda, President Kwabena Darko of Ghana and President Ousmane Faye of Senegal.",
        agreements=(Signed(None, TREATY_PARTIES, date(2026, 2, 15),
                           frozenset({"Abebe Worku", "James Mwangi", "Eric Nsengiyumva", "Kwabena Darko",
                                      "Ousmane Faye"})),)),
        id="union-a-treaty-of-five-states-at-a-summit-and-its-signatories"),
    pytest.param(Doc(
        title="Rail agreement initialled",
        publisher="Ministry of Infrastructure of Poland",
        published=date(2026, 2, 20),
        text="Warsaw, 19 February 2026. Poland and Slovakia today initialled an agreement on a cross-border rail "
             "link through the Tatra mountains.\n\n"
             "The text was initialled by Deputy Minister of Infrastructure Marek Zawada and Slovak State Secretary "
             "for Transport Juraj Kollár at the Ministry in Warsaw.",
        agreements=(signed(AGREEMENT, "Poland", "Slovakia", on=date(2026, 2, 19), by=("Marek Zawada", "Juraj Kollár")),)),
        id="ministry-initialled-and-the-text-initialled-by"),
    pytest.param(Doc(
        title="Parliament ratifies agreement with Norway",
        publisher="Ministry of Foreign Affairs of Denmark",
        published=date(2026, 5, 14),
        text="Copenhagen, 13 May 2026 – The Folketing on Wednesday ratified the agreement between Denmark and "
             "Norway on search and rescue in the Skagerrak, signed by the two ministers of defence in Oslo on "
             "2 December 2025.\n\n"
             "\"The agreement can now enter into force,\" Foreign Minister Mette Lund said.",
        agreements=(signed(AGREEMENT, "Denmark", "Norway", on=date(2025, 12, 2)),)),
        id="ministry-ratified-an-agreement-whose-signing-the-sentence-dates"),
    pytest.param(Doc(
        title="List of Outcomes: Visit of the President of Kazakhstan to Viet Nam",
        publisher="Ministry of Foreign Affairs of Viet Nam",
        published=date(2026, 6, 4),
        text="Hanoi, 3 June 2026\n\n"
             "The following documents were exchanged in the presence of the two Presidents at the Presidential "
             "Palace:\n\n"
             "1. Memorandum of Understanding between the Ministry of Foreign Affairs of Viet Nam and the Ministry "
             "of Foreign Affairs of Kazakhstan on the training of diplomats. Exchanged by Deputy Minister Pham Thu "
             "Hang and Ambassador of Kazakhstan to Viet Nam Nurlan Abenov.\n\n"
             "2. Agreement between the Government of Viet Nam and the Government of Kazakhstan on air services. "
             "Exchanged by Minister of Transport Tran Van Thanh and Minister of Transport of Kazakhstan Marat "
             "Bekov.\n\n"
             "3. Programme of Cultural Exchange between Viet Nam and Kazakhstan for the years 2026-2029.",
        agreements=(signed(MOU, "Vietnam", "Kazakhstan", on=date(2026, 6, 3), by=("Pham Thu Hang", "Nurlan Abenov")),
                    signed(AGREEMENT, "Vietnam", "Kazakhstan", on=date(2026, 6, 3), by=("Tran Van Thanh", "Marat Bekov")),
                    signed(PROGRAMME, "Vietnam", "Kazakhstan", on=date(2026, 6, 3)))),
        id="outcomes-page-a-numbered-list-of-instruments-exchanged"),
]


@pytest.mark.parametrize("doc", NEW_STYLE_DEALS)
def test_new_style_deals(nlp, doc):
    check(nlp, doc)


def test_a_list_of_instruments_needs_a_line_that_tells_their_signing(nlp):
    """Instruments listed under a line that tells no signing ("The visit reviewed the following
    documents:") are not signed."""
    text = ("Hanoi, 3 June 2026\n\nThe two sides reviewed the following documents:\n\n"
            "1. Memorandum of Understanding between Viet Nam and Kazakhstan on the training of diplomats.\n\n"
            "2. Agreement between Viet Nam and Kazakhstan on air services.")
    ex = extract(NewsItem(id="t", text=text, title="Talks", publisher="Ministry", published=date(2026, 6, 4)), nlp)
    assert ex.agreements == ()


# ---------------------------------------------------------------------------------------------
# gatherings in styles the dev sets lack: a sports confederation's championship "organized by X and hosted
# by Y" that ministers attend the opening of; a conference whose later sentence names another event
# with its own place and year ("The conference follows the 2025 UN Ocean Conference in Nice"), which
# gives this one neither its place nor that year's event a day of this one
NEW_STYLE_GATHERINGS = [
    pytest.param(Doc(
        title="Ministers attend opening of the African Nations Championship",
        publisher="Confederation of African Football",
        published=date(2026, 11, 9),
        text="Rabat, 8 November 2026 – The 2026 African Nations Championship, organized by the Confederation of African "
             "Football and hosted by Morocco, opened on Saturday at the national stadium in Rabat.\n\n"
             "Eight teams take part in the tournament, which runs until 22 November.",
        participations=(Took("Confederation of African Football", "2026 African Nations Championship", ORGANIZER),
                        Took("Morocco", "2026 African Nations Championship", ORGANIZER))),
        id="sports-confederation-a-championship-organized-by-and-hosted-by"),
    pytest.param(Doc(
        title="Regional cup opens in Almaty",
        publisher="Asian Football Confederation",
        published=date(2026, 9, 6),
        text="Almaty, 5 September 2026. The Central Asian Cup, organized by the Asian Football Confederation and "
             "hosted by Kazakhstan, opened on Saturday.",
        participations=(Took("Asian Football Confederation", "Central Asian Cup", ORGANIZER),
                        Took("Kazakhstan", "Central Asian Cup", ORGANIZER))),
        id="sports-confederation-a-cup-organized-by-and-hosted-by"),
    pytest.param(Doc(
        title="Cabo Verde at the ocean schools conference",
        publisher="Ministry of Foreign Affairs of Cabo Verde",
        published=date(2026, 6, 9),
        text="Praia, 9 June 2026 – A delegation of Cabo Verde, led by Minister of Fisheries Pedro Tavares, took "
             "part in the International Conference on Coastal Schools in Lisbon on Monday, as did delegations of "
             "Angola and Mozambique.",
        participations=(Took("Pedro Tavares", "International Conference on Coastal Schools"),
                        Took("Angola", "International Conference on Coastal Schools"),
                        Took("Mozambique", "International Conference on Coastal Schools")),
        acceptable=(Took("Cabo Verde", "International Conference on Coastal Schools"),)),
        id="ministry-took-part-as-did-delegations-of-other-states"),
    pytest.param(Doc(
        title="Minister at the Lisbon Ocean Forum",
        publisher="Ministry of Education of Portugal",
        published=date(2026, 6, 9),
        text="Lisbon, 8 June 2026. Minister of Education Rui Fontes took part in the Lisbon Ocean Forum alongside "
             "the Minister of Education of Angola, Rosa Neto, on Monday.",
        participations=(Took("Rui Fontes", "Lisbon Ocean Forum"), Took("Rosa Neto", "Lisbon Ocean Forum"))),
        id="ministry-took-part-alongside-another-minister"),
    pytest.param(Doc(
        title="Secretariat hosts workshop on flood warning",
        publisher="ASEAN Secretariat",
        published=date(2026, 7, 15),
        text="JAKARTA, 14 July 2026 – The ASEAN Secretariat hosted a regional workshop on flood warning on Tuesday, "
             "attended by officials of Cambodia and Laos, as well as representatives of Japan and the European "
             "Union.",
        participations=(Took("ASEAN Secretariat", "regional workshop", ORGANIZER),
                        Took("Cambodia", "regional workshop"), Took("Laos", "regional workshop"),
                        Took("Japan", "regional workshop"), Took("European Union", "regional workshop"))),
        id="secretariat-hosted-a-workshop-attended-by-after-the-verb"),
]


@pytest.mark.parametrize("doc", NEW_STYLE_GATHERINGS)
def test_new_style_gatherings(nlp, doc):
    check(nlp, doc)


def test_another_events_place_and_year_stay_its_own(nlp):
    text = ("Lisbon, 8 June 2026 – The International Conference on Coastal Schools, co-organized by UNESCO and the "
            "Intergovernmental Oceanographic Commission and hosted by Portugal, opened on Monday.\n\n"
            "The conference follows the 2025 UN Ocean Conference in Nice, co-hosted by France and Costa Rica. "
            "It closes on Wednesday.")
    ex = extract(NewsItem(id="t", text=text, title="Conference opens", publisher="UNESCO",
                          published=date(2026, 6, 9)), nlp)
    told = {e.name: (ex.entity(e.place).name if e.place else None, e.start) for e in ex.events
            if e.kind not in MEETING_KINDS}
    assert told["International Conference on Coastal Schools"] == ("Lisbon", date(2026, 6, 8))
    assert told["2025 UN Ocean Conference in Nice"] == ("Nice", None)


# Instruments of an organization signed by a joining state, renewals signed in a later sentence
# (invented releases of an alliance, a fund and a UN agency)
OWN_INSTRUMENTS_AND_RENEWALS = [
    pytest.param(Doc(
        title="Kenya joins the International Solar Alliance",
        publisher="International Solar Alliance",
        published=date(2026, 2, 2),
        text="Kenya has joined the International Solar Alliance as its 106th member. Kenya's High Commissioner to "
             "India, Wanjiku Odhiambo-Rees, signed the Framework Agreement of the International Solar Alliance in "
             "New Delhi on 30 January 2026.",
        agreements=(signed(AGREEMENT, "Kenya", "International Solar Alliance", on=date(2026, 1, 30),
                           by={"Wanjiku Odhiambo-Rees"}),)),
        id="alliance-a-state-signs-the-organizations-framework-agreement-of-it"),
    pytest.param(Doc(
        title="Nauru becomes a member of the Fund",
        publisher="International Monetary Fund",
        published=date(2026, 6, 25),
        text="WASHINGTON — Nauru joined the International Monetary Fund on 24 June 2026. Nauru's Minister of Finance, "
             "Lionel Adeang-Tobin, signed the IMF's Articles of Agreement at a ceremony on Wednesday.",
        agreements=(signed(AGREEMENT, "Nauru", "International Monetary Fund", on=date(2026, 6, 24),
                           by={"Lionel Adeang-Tobin"}),)),
        id="fund-a-state-signs-the-organizations-articles-of-agreement"),
    pytest.param(Doc(
        title="Mongolia signs the cybercrime convention",
        publisher="Council of Europe",
        published=date(2026, 10, 2),
        text="Mongolia signed the Council of Europe Convention on Cybercrime in Strasbourg on 1 October 2026. The "
             "Convention was signed by Mongolia's Ambassador to France, Battulga Oyun.",
        agreements=(signed(AgreementKind.CONVENTION, "Mongolia", "Council of Europe", on=date(2026, 10, 1),
                           by={"Battulga Oyun"}),)),
        id="council-a-state-signs-the-organizations-named-convention"),
    pytest.param(Doc(
        title="Malawi and UNESCO renew cooperation agreement",
        publisher="UNESCO",
        published=date(2026, 6, 3),
        text="Paris, 2 June 2026 – Malawi and UNESCO renewed their cooperation agreement for a further five years. "
             "The renewal was signed by Malawi's Minister of Education, Grace Chirwa-Banda. The agreement focuses on "
             "teacher training.",
        agreements=(signed(AGREEMENT, "Malawi", "UNESCO", on=date(2026, 6, 2), by={"Grace Chirwa-Banda"}),)),
        id="un-agency-the-renewal-was-signed-by-in-the-next-sentence"),
    pytest.param(Doc(
        title="Exchange of notes on water supply",
        publisher="Embassy of Japan in Cambodia",
        published=date(2026, 3, 3),
        text="An Exchange of Notes for the Project for the Improvement of Water Supply in Battambang was signed on 2 "
             "March 2026 between the Government of Japan and the Government of Cambodia. The notes were exchanged "
             "by Ambassador Daisuke Ogawara and Minister of Foreign Affairs Sokha Chanthorn.",
        agreements=(signed(AGREEMENT, "Japan", "Cambodia", on=date(2026, 3, 2),
                           by={"Daisuke Ogawara", "Sokha Chanthorn"}),)),
        id="embassy-the-notes-were-exchanged-by-in-the-next-sentence"),
    pytest.param(Doc(
        title="Bolivia and Peru ink agreement on the lake",
        publisher="Ministry of Foreign Affairs of Bolivia",
        published=date(2026, 2, 26),
        text="La Paz, 25 February 2026 – Bolivia and Peru inked a binational agreement on the protection of Lake "
             "Titicaca. Foreign Minister Celinda Ayala and her Peruvian counterpart, Javier Montoya, put their "
             "signatures to the document at the presidential palace.",
        agreements=(signed(AGREEMENT, "Bolivia", "Peru", on=date(2026, 2, 25), by={"Celinda Ayala", "Javier Montoya"}),)),
        id="ministry-put-their-signatures-to-the-document-in-the-next-sentence"),
    pytest.param(Doc(
        title="Netherlands and Indonesia sign framework agreement",
        publisher="Government of the Netherlands",
        published=date(2026, 9, 15),
        text="The Netherlands and Indonesia signed a framework agreement on development cooperation in The Hague on "
             "14 September 2026. The Dutch Minister for Foreign Trade, Reinette Klever-Smit, signed for the Netherlands, "
             "while Indonesia's Minister of National Development Planning, Rachmat Pambudy-Wibowo, signed on behalf of "
             "Indonesia.",
        agreements=(signed(AGREEMENT, "Netherlands", "Indonesia", on=date(2026, 9, 14),
                           by={"Reinette Klever-Smit", "Rachmat Pambudy-Wibowo"}),)),
        id="government-the-title-a-name-signed-for-while-the-other-signed-on-behalf"),
    pytest.param(Doc(
        title="Fiji accedes to the Minamata Convention",
        publisher="United Nations Environment Programme",
        published=date(2026, 7, 9),
        text="NEW YORK, 8 July 2026 — Fiji today deposited its instrument of accession to the Minamata Convention on "
             "Mercury with the Secretary-General of the United Nations, becoming the 150th Party to the Convention.",
        agreements=(signed(AgreementKind.CONVENTION, "Fiji", on=date(2026, 7, 8)),)),
        marks=pytest.mark.xfail(strict=True, reason="an accession has one party, the acceding state: agreements "
                                "of fewer than two parties are left out (the shapes warn of them), so depositing an "
                                "instrument of accession or ratification gives no fact yet"),
        id="unep-a-state-deposits-its-instrument-of-accession"),
]


@pytest.mark.parametrize("doc", OWN_INSTRUMENTS_AND_RENEWALS)
def test_own_instruments_and_renewals(nlp, doc):
    check(nlp, doc)


def test_an_instrument_whose_name_reads_as_an_organization_is_no_party_to_itself(nlp):
    """The rule above makes the owner of an instrument a party; an instrument the parser names like an
    organization ("a Comprehensive Economic Partnership Agreement (CEPA)") owns nothing."""
    item = NewsItem(id="cepa", title="UAE and Peru sign CEPA", published=date(2026, 3, 4),
                    text="ABU DHABI, 3 March 2026 (WAM) -- The United Arab Emirates and Peru signed a Comprehensive "
                         "Economic Partnership Agreement (CEPA) in Abu Dhabi.")
    ex = extract(item, nlp)
    assert [{ex.entity(k).name for k in a.parties} for a in ex.agreements] == [{"United Arab Emirates", "Peru"}]


# Taking part told without the event's name: the event the item is telling of (invented releases)
TAKING_PART_UNNAMED = [
    pytest.param(Doc(
        title="Conference on water security opens in Rome",
        publisher="FAO",
        published=date(2026, 3, 18),
        text="ROME, 17 March 2026 – An international conference on water security, jointly organised by FAO and "
             "IFAD, opened today in Rome. Representatives of the African Union and the European Commission also "
             "took part.",
        participations=(Took("FAO", "international conference on water security", ORGANIZER),
                        Took("IFAD", "international conference on water security", ORGANIZER),
                        Took("African Union", "international conference on water security"),
                        Took("European Commission", "international conference on water security"))),
        id="un-agency-representatives-of-bodies-also-took-part"),
    pytest.param(Doc(
        title="Kazakhstan at the folk festival",
        publisher="Ministry of Culture and Information of Kazakhstan",
        published=date(2026, 7, 15),
        text="The international folk music festival \"Voices of the Steppe\" took place from 10 to 13 July 2026. "
             "Kazakhstan was represented by Vice Minister of Culture Dana Sarsenova.",
        participations=(Took("Kazakhstan", "Voices of the Steppe"), Took("Dana Sarsenova", "Voices of the Steppe"))),
        id="ministry-a-state-was-represented-by-at-the-festival-named-before"),
    pytest.param(Doc(
        title="Training course for customs officers",
        publisher="World Customs Organization",
        published=date(2026, 8, 25),
        text="A two-week training course on risk management for customs officers concluded in Lomé on 22 August "
             "2026. The course was hosted by the Togolese Revenue Authority. Officers from Benin, Burkina Faso and "
             "Niger participated.",
        participations=(Took("Togolese Revenue Authority", "training course", ORGANIZER),
                        Took("Benin", "training course"), Took("Burkina Faso", "training course"),
                        Took("Niger", "training course"))),
        id="wco-officers-from-states-participated-with-nothing-after-the-verb"),
    pytest.param(Doc(
        title="Diplomats complete training",
        publisher="Ministry of External Affairs of India",
        published=date(2026, 9, 25),
        text="Twenty-five diplomats from 18 African countries completed a training programme in New Delhi on 24 "
             "September 2026. The programme was conducted in collaboration with the African Union Commission. "
             "Diplomats from Kenya, Nigeria and Zambia were among the participants.",
        participations=(Took("African Union Commission", "training programme", ORGANIZER),
                        Took("Kenya", "training programme"), Took("Nigeria", "training programme"),
                        Took("Zambia", "training programme"))),
        id="ministry-diplomats-from-states-were-among-the-participants"),
    pytest.param(Doc(
        title="Webinar on AI standards",
        publisher="International Telecommunication Union",
        published=date(2026, 2, 4),
        text="The International Telecommunication Union held a webinar on AI standards on 3 February 2026. "
             "Participants included experts from Estonia, Singapore and Rwanda.",
        participations=(Took("International Telecommunication Union", "webinar", ORGANIZER),
                        Took("Estonia", "webinar"), Took("Singapore", "webinar"), Took("Rwanda", "webinar"))),
        id="itu-participants-included-experts-from-states"),
    pytest.param(Doc(
        title="Webinar on start-up collaboration",
        publisher="Embassy of India in Tokyo",
        published=date(2026, 11, 4),
        text="The Embassy of India in Tokyo hosted a webinar on start-up collaboration on 3 November 2026, in "
             "association with the International Labour Organization. Over 200 participants took part.",
        participations=(Took("Embassy of India in Tokyo", "webinar", ORGANIZER),
                        Took("International Labour Organization", "webinar", ORGANIZER)),
        acceptable=(Took("India", "webinar", ORGANIZER),)),
        id="embassy-a-webinar-in-association-with"),
]


@pytest.mark.parametrize("doc", TAKING_PART_UNNAMED)
def test_taking_part_unnamed(nlp, doc):
    check(nlp, doc)


def test_states_represented_at_a_meeting_named_before_join_no_gathering(nlp):
    """ "The Consultative Meeting of ... was held. X was represented by A, Y Deputy Minister B ... attended the
    meeting": an encounter, assembled from its people; the states named with them join no event."""
    text = ("The Consultative Meeting of Deputy Foreign Ministers of the Organization of Turkic States was held in "
            "Istanbul on 3 May 2026. Türkiye was represented by Deputy Minister of Foreign Affairs Ambassador Selim "
            "Kaya, Azerbaijan Deputy Minister of Foreign Affairs Rauf Aliyev, Kazakhstan Deputy Minister of Foreign "
            "Affairs Daulet Sarin and OTS Secretary General Ambassador Erlan Bek attended the meeting.")
    ex = extract(NewsItem(id="t", text=text, title="Deputy ministers meet", publisher="Cyprus Scene",
                          published=date(2026, 5, 4)), nlp)
    joined = {ex.entity(p.agent).name for e in ex.events if e.kind not in MEETING_KINDS for p in e.participations}
    assert not joined & {"Azerbaijan", "Rauf Aliyev", "Selim Kaya"}


# Sponsors of events, and an organization whose name ends in an event word (invented releases)
SPONSORED_EVENTS = [
    pytest.param(Doc(
        title="Festival of Francophone film opens in Hanoi",
        publisher="Organisation internationale de la Francophonie",
        published=date(2026, 3, 21),
        text="The Organisation internationale de la Francophonie sponsored the 12th Festival of Francophone Film in "
             "Hanoi, which opened on 20 March 2026. The festival, co-organised by the Embassy of France, screened 25 "
             "films.",
        participations=(Took("Organisation internationale de la Francophonie", "Festival of Francophone Film",
                             ORGANIZER),
                        Took("Embassy of France", "Festival of Francophone Film", ORGANIZER)),
        acceptable=(Took("France", "Festival of Francophone Film", ORGANIZER),)),
        id="oif-an-organization-sponsored-the-festival"),
    pytest.param(Doc(
        title="Festival opens with EU support",
        publisher="Delegation of the European Union to Jordan",
        published=date(2026, 7, 20),
        text="AMMAN – The Jerash Festival of Culture and Arts opened on 18 July 2026 with the support of the European "
             "Union. The festival is organised by the Jordanian Ministry of Culture.",
        participations=(Took("European Union", "Jerash Festival of Culture and Arts", ORGANIZER),
                        Took("Jordanian Ministry of Culture", "Jerash Festival of Culture and Arts", ORGANIZER)),
        acceptable=(Took("Jordan", "Jerash Festival of Culture and Arts", ORGANIZER),)),
        id="eu-delegation-a-festival-with-the-support-of"),
    pytest.param(Doc(
        title="Museum hosts symposium on manuscripts",
        publisher="Qatar Museums",
        published=date(2026, 11, 20),
        text="DOHA — The Museum of Islamic Art hosted an international symposium on manuscript conservation on 18 "
             "November 2026, in collaboration with the Library of Congress. Curators from the Library of Congress "
             "presented recent findings. The event was sponsored by Qatar Foundation.",
        participations=(Took("Museum of Islamic Art", "international symposium", ORGANIZER),
                        Took("Library of Congress", "international symposium", ORGANIZER),
                        Took("Qatar Foundation", "international symposium", ORGANIZER))),
        id="museum-the-event-was-sponsored-by-after-a-library-of-congress"),
]


@pytest.mark.parametrize("doc", SPONSORED_EVENTS)
def test_sponsored_events(nlp, doc):
    check(nlp, doc)


# Participants told by what the event drew or who sent a delegation to it (invented releases)
DRAWN_AND_SENT = [
    pytest.param(Doc(
        title="Workshop on hydropower financing",
        publisher="Asian Development Bank",
        published=date(2026, 10, 17),
        text="The Asian Development Bank and the Government of Bhutan jointly hosted a regional workshop on "
             "hydropower financing in Thimphu on 15 and 16 October 2026. The workshop drew 80 participants from "
             "Nepal, Bangladesh and India.",
        participations=(Took("Asian Development Bank", "regional workshop", ORGANIZER),
                        Took("Bhutan", "regional workshop", ORGANIZER), Took("Nepal", "regional workshop"),
                        Took("Bangladesh", "regional workshop"), Took("India", "regional workshop"))),
        id="bank-the-workshop-drew-participants-from-states"),
    pytest.param(Doc(
        title="Energy forum in Bangkok",
        publisher="Ministry of Industry and Trade of Viet Nam",
        published=date(2026, 3, 4),
        text="The 5th Asia-Pacific Forum on Sustainable Energy was held in Bangkok on 3 March 2026. Viet Nam sent a "
             "delegation to the forum.",
        participations=(Took("Viet Nam", "Asia-Pacific Forum on Sustainable Energy"),)),
        id="ministry-a-state-sent-a-delegation-to-the-forum"),
]


@pytest.mark.parametrize("doc", DRAWN_AND_SENT)
def test_drawn_and_sent(nlp, doc):
    check(nlp, doc)


# Signings the leaders witnessed (the witnesses, named before as a counted group, are no signatories; their
# posts give the parties), and events opened or attended by people told as "It was opened by A" after a
# sentence about the event (invented releases)
WITNESSED_AND_OPENED = [
    pytest.param(Doc(
        title="Foreign ministers of Indonesia and the Netherlands meet",
        publisher="Ministry of Foreign Affairs of the Republic of Indonesia",
        published=date(2026, 4, 14),
        text="Jakarta, 14 April 2026 – Minister for Foreign Affairs of the Republic of Indonesia Sari Wulandari "
             "received the Minister of Foreign Affairs of the Netherlands, Pieter de Groot, in Jakarta today. The two "
             "ministers discussed trade and maritime cooperation.\n\n"
             "Following the meeting, the two ministers witnessed the signing of a Memorandum of Understanding on the "
             "protection of cultural heritage between the two governments.",
        agreements=(signed(MOU, "Indonesia", "Netherlands", on=date(2026, 4, 14), by=()),)),
        id="ministry-two-ministers-witnessed-the-signing-of-a-memorandum"),
    pytest.param(Doc(
        title="Premier holds talks with Vietnamese Prime Minister",
        publisher="Wire",
        published=date(2026, 5, 12),
        text="HANOI, May 12 (Wire) - Chinese Premier Zhao Minghui held talks with Vietnamese Prime Minister Le Quang "
             "Dung in Hanoi on Tuesday. After the talks, the two prime ministers witnessed the signing of 12 "
             "cooperation documents, including agreements on railway connectivity and customs.",
        agreements=(signed(None, "China", "Vietnam", on=date(2026, 5, 12), by=()),)),
        id="wire-two-prime-ministers-witnessed-the-signing-of-documents"),
    pytest.param(Doc(
        title="Kenya and Ghana sign visa agreement",
        publisher="Ministry of Foreign Affairs of Kenya",
        published=date(2026, 2, 10),
        text="Nairobi, 9 February 2026 – Cabinet Secretary for Foreign Affairs Wanjiru Kamau hosted her Ghanaian "
             "counterpart, Foreign Minister Ama Boateng, for talks on Monday. The ministers later witnessed the "
             "signing of an agreement on the mutual exemption of visas.",
        agreements=(signed(AGREEMENT, "Kenya", "Ghana", on=date(2026, 2, 9), by=()),)),
        id="ministry-the-ministers-witnessed-the-signing-of-an-agreement"),
    pytest.param(Doc(
        title="Presidents of Brazil and Bolivia meet",
        publisher="Ministry of Foreign Affairs of Brazil",
        published=date(2026, 3, 3),
        text="Brasilia, 3 March 2026 – President Marcos Vilela received President Lucia Arce of Bolivia at the "
             "Planalto Palace today. The two presidents held talks on energy.\n\n"
             "Afterwards, the two presidents presided over the signing of an agreement on the supply of natural gas.",
        agreements=(signed(AGREEMENT, "Brazil", "Bolivia", on=date(2026, 3, 3), by=()),)),
        id="ministry-two-presidents-presided-over-the-signing"),
    pytest.param(Doc(
        title="Conference on water for food security opens",
        publisher="Food and Agriculture Organization of the United Nations",
        published=date(2026, 11, 18),
        text="The International Conference on Water for Food Security opened on 17 November 2026 at FAO headquarters "
             "in Rome. The conference is jointly organized by FAO and the International Fund for Agricultural "
             "Development (IFAD). It was opened by FAO Deputy Director-General Chiara Bellini.",
        participations=(Took("Food and Agriculture Organization of the United Nations",
                             "International Conference on Water for Food Security",
                             ORGANIZER),
                        Took("International Fund for Agricultural Development",
                             "International Conference on Water for Food Security", ORGANIZER),
                        Took("Chiara Bellini", "International Conference on Water for Food Security"))),
        id="fao-it-was-opened-by-a-deputy-director-general"),
    pytest.param(Doc(
        title="Forum on labour migration",
        publisher="International Organization for Migration",
        published=date(2026, 6, 4),
        text="TASHKENT – The Central Asian Forum on Labour Migration took place in Tashkent on 3 June 2026. It was "
             "opened by the Minister of Employment of Uzbekistan, Timur Nazarov, and the IOM Regional Director, "
             "Lidia Moroz.",
        participations=(Took("Timur Nazarov", "Central Asian Forum on Labour Migration"),
                        Took("Lidia Moroz", "Central Asian Forum on Labour Migration")),
        acceptable=(Took("International Organization for Migration", "Central Asian Forum on Labour Migration"),
                    Took("Uzbekistan", "Central Asian Forum on Labour Migration"))),
        id="iom-it-was-opened-by-a-minister-and-a-regional-director"),
    pytest.param(Doc(
        title="Seminar on cultural statistics",
        publisher="UNESCO Institute for Statistics",
        published=date(2026, 9, 9),
        text="The Regional Seminar on Cultural Statistics was held in Montreal on 8 September 2026. It was attended "
             "by Director of Statistics of Senegal Awa Ndiaye.",
        participations=(Took("Awa Ndiaye", "Regional Seminar on Cultural Statistics"),),
        acceptable=(Took("Senegal", "Regional Seminar on Cultural Statistics"),)),
        id="uis-it-was-attended-by-a-director"),
]


@pytest.mark.parametrize("doc", WITNESSED_AND_OPENED)
def test_witnessed_and_opened(nlp, doc):
    check(nlp, doc)


def test_it_opened_after_a_sentence_about_no_event_joins_no_event(nlp):
    """ "The Forum ... took place. The centre was built in 1998. It was opened by A": "it" is the centre;
    A takes part in no event."""
    text = ("TASHKENT – The Central Asian Forum on Labour Migration took place in Tashkent on 3 June 2026. The "
            "migration resource centre of the city was built in 1998. It was opened by the Minister of Employment "
            "of Uzbekistan, Timur Nazarov.")
    ex = extract(NewsItem(id="t", text=text, title="Forum on labour migration", publisher="IOM",
                          published=date(2026, 6, 4)), nlp)
    assert not [p for e in ex.events for p in e.participations if ex.entity(p.agent).name == "Timur Nazarov"]


# city governments as parties: "the City of X", "X City Council", "the Municipality of X", "X Metropolitan
# Government" name an organization (a government of the city's state) that signs for its city alone
CITY_GOVERNMENTS = [
    pytest.param(Doc(
        title="Sister cities renew their ties",
        publisher="City of Lyon",
        published=date(2026, 5, 12),
        text="The City of Lyon and Kyoto City extended their sister-city agreement for five years on 11 May 2026. "
             "Deputy Mayor Hélène Carrard said the exchanges of students would grow.",
        agreements=(signed(AGREEMENT, "City of Lyon", "Kyoto City", on=date(2026, 5, 11)),)),
        id="two-city-governments-extended-their-agreement"),
    pytest.param(Doc(
        title="Letter of intent on port cooperation",
        published=date(2026, 2, 4),
        text="Montevideo, 3 February 2026. The City of Montevideo signed a letter of intent with the Municipality "
             "of Porto on Tuesday on the renewal of their waterfronts.",
        agreements=(signed(LOI, "City of Montevideo", "Municipality of Porto", on=date(2026, 2, 3)),)),
        id="a-city-signed-a-letter-of-intent-with-a-municipality"),
    pytest.param(Doc(
        title="Mayors sign memorandum on urban mobility",
        published=date(2026, 6, 10),
        text="Cape Town, 9 June 2026. Mayor Anna Berthier of the City of Cape Town and Mayor Paulo Reinaldo of "
             "the Curitiba City Council signed a memorandum of understanding on urban mobility on Tuesday.",
        agreements=(signed(MOU, "City of Cape Town", "Curitiba City Council", on=date(2026, 6, 9),
                           by=("Anna Berthier", "Paulo Reinaldo")),)),
        id="two-mayors-of-city-governments-signed"),
    pytest.param(Doc(
        title="Tokyo and Nairobi cooperate on waste management",
        published=date(2026, 8, 21),
        text="The Tokyo Metropolitan Government and the Nairobi City Council signed a memorandum of understanding "
             "on waste management on 20 August 2026.",
        agreements=(signed(MOU, "Tokyo Metropolitan Government", "Nairobi City Council", on=date(2026, 8, 20)),)),
        id="a-metropolitan-government-and-a-city-council-signed"),
]


@pytest.mark.parametrize("doc", CITY_GOVERNMENTS)
def test_city_governments(nlp, doc):
    check(nlp, doc)


def test_a_city_government_is_a_government_of_its_state_that_signs_for_its_city_alone(nlp):
    """ "Mayor A of the City of Cape Town ... signed": the City of Cape Town is a government body of South
    Africa, A's post is in it, and South Africa is no party of the memorandum."""
    text = ("Cape Town, 9 June 2026. Mayor Anna Berthier of the City of Cape Town and the Municipality of Rosario "
            "signed a memorandum of understanding on urban mobility on Tuesday.")
    ex = extract(NewsItem(id="t", text=text, title="Urban mobility", published=date(2026, 6, 10)), nlp)
    city = next(e for e in ex.entities if e.name == "City of Cape Town")
    assert city.org_type == OrgType.GOVERNMENT and ex.entity(city.country).name == "South Africa"
    assert any(ex.entity(p.person).name == "Anna Berthier" and p.organization == city.key for p in ex.posts)
    [agreement] = ex.agreements
    assert city.key in agreement.parties
    assert "South Africa" not in {ex.entity(k).name for k in agreement.parties}


def test_a_city_named_whole_by_the_gazetteer_stays_a_place(nlp):
    """ "in Kuwait City": a city whose name ends in "City" is the city, not its government."""
    text = "Kuwait City, 2 March 2026. Ministers of Kuwait and Jordan met in Kuwait City on Monday."
    ex = extract(NewsItem(id="t", text=text, title="Meeting", published=date(2026, 3, 3)), nlp)
    assert not [e for e in ex.entities if e.kind == EntityKind.ORGANIZATION and "Kuwait City" in e.name]


def test_a_malformed_city_government_row_fails_at_load_naming_file_and_line(tmp_path):
    from icgraph.errors import InputError
    from icgraph.extract.lexicon import load_city_government_words

    path = tmp_path / "city_governments.tsv"
    path.write_text("# position\twords\nbefore\tCity of\naround\tCity Hall\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"city_governments.tsv:3:"):
        load_city_government_words(path)


def test_a_city_named_with_city_in_a_phrase_of_place_stays_a_place(nlp):
    """ "The forum opened in Da Nang City": "City" also names the city itself; after "in" it is the place."""
    text = "The Regional Forum on Women in Business opened in Da Nang City on 4 March 2026."
    ex = extract(NewsItem(id="t", text=text, title="Forum", published=date(2026, 3, 5)), nlp)
    assert not [e for e in ex.entities if e.kind == EntityKind.ORGANIZATION and "Da Nang" in e.name]


# "the two ministers witnessed the signing" after a paragraph of what the two people met said: the group
# reaches back past the sentences that name only those people to the sentence that names both
WITNESSED_PAST_QUOTES = [
    pytest.param(Doc(
        title="Foreign Minister receives Dutch counterpart",
        publisher="Ministry of Foreign Affairs of Indonesia",
        published=date(2026, 4, 14),
        text="Jakarta, 14 April 2026 - Foreign Minister Ratna Wulandari received the Minister of Foreign Affairs of "
             "the Netherlands, Pieter van Aalst, at the Pancasila Building on Tuesday.\n\nThe two ministers reviewed "
             "progress in trade. \u201cOur partnership rests on mutual respect,\u201d Minister Wulandari said.\n\n"
             "Following the meeting, the two ministers witnessed the signing of a Memorandum of Understanding on "
             "cultural heritage between the two governments.",
        agreements=(signed(MOU, "Indonesia", "Netherlands"),)),
        id="a-quote-paragraph-between-the-reception-and-the-witnessed-signing"),
    pytest.param(Doc(
        title="Prime ministers hold talks",
        published=date(2026, 5, 4),
        text="Hanoi, 3 May 2026 - Chinese Premier Zhao Mingde held talks with Vietnamese Prime Minister Tran Van Loc "
             "in Hanoi on Sunday.\n\nZhao said China is ready to deepen cooperation in railways. Tran said Viet Nam "
             "welcomes investment in green energy.\n\nAfter the talks, the two prime ministers witnessed the signing "
             "of 12 cooperation documents.",
        agreements=(signed(None, "China", "Viet Nam"),)),
        id="each-leader-said-then-the-two-prime-ministers-witnessed"),
]


@pytest.mark.parametrize("doc", WITNESSED_PAST_QUOTES)
def test_witnessed_past_quotes(nlp, doc):
    check(nlp, doc)


def test_the_two_ministers_do_not_reach_past_a_third_person_quoted(nlp):
    """ "A received B. ... said C, an economist. The two ministers witnessed the signing": C is none of
    the two, so the group stands for nobody it cannot tell, and C's state is no party."""
    text = ("Jakarta, 14 April 2026 - Foreign Minister Ratna Wulandari received the Minister of Foreign Affairs of "
            "the Netherlands, Pieter van Aalst, on Tuesday.\n\n\u201cTrade will grow,\u201d said Minister of Trade "
            "of Malaysia Aziz Rahman.\n\nThe two ministers witnessed the signing of a memorandum of understanding.")
    ex = extract(NewsItem(id="t", text=text, title="Talks", published=date(2026, 4, 14)), nlp)
    assert not [k for a in ex.agreements for k in a.parties + a.signatories
                if ex.entity(k).name in {"Malaysia", "Aziz Rahman"}]


@pytest.mark.parametrize("text, government, state", [
    ("The Municipality of Curitiba and the Kyoto City Council signed a memorandum of understanding on waste "
     "management on 3 March 2026.", "Municipality of Curitiba", "Brazil"),
    ("The Municipality of Curitiba and the Kyoto City Council signed a memorandum of understanding on waste "
     "management on 3 March 2026.", "Kyoto City Council", "Japan"),
    ("Mayor Ines Duarte of the Municipality of Lisbon received Mayor Lena Hartmann of the City of Kyoto on "
     "3 March 2026.", "Municipality of Lisbon", "Portugal"),
])
def test_a_city_government_named_by_its_head_word_is_of_the_citys_state(nlp, text, government, state):
    """ "the Municipality of Curitiba", "the Kyoto City Council": a name read by its head word that names a
    city the gazetteer knows is a government body of the city's state, and that state is no party."""
    ex = extract(NewsItem(id="t", text=text, title="Cities", published=date(2026, 3, 4)), nlp)
    body = next(e for e in ex.entities if e.name == government)
    assert body.org_type == OrgType.GOVERNMENT and ex.entity(body.country).name == state
    assert not [k for a in ex.agreements for k in a.parties if ex.entity(k).name in {"Brazil", "Japan"}]
