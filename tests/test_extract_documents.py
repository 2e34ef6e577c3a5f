"""A battery of whole press releases (issue 9 and 10, seventh round): who met whom is read from the
whole item, not from one sentence.

Every item is invented (invented people; real states and organisations), each in the manner of a
kind of publisher: a UN agency's news story, a foreign ministry's readout, a presidency's release
with a photo caption, a regional organisation's bulletin with a list of delegates, a wire story with a
dateline and quotes, a parliament's news, a credentials ceremony, a working visit with meetings on
several days, items that report no meeting at all. Each case states the pairs of people who met (an
organization stands for its side when the item names no one of it, as in the gold files; and pairs
that must not be read), the day of the encounter, and the pairs of institutions that met, read
as `who-met-whom -p level=organization` reads them: the organizations or states each participant acts
for, across sides, never two hosts' or two guests' institutions, never two that share one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date

import pytest

from icgraph.extract import extract
from icgraph.model import MEETING_KINDS, Extraction, NewsItem, Role

PUBLISHED = date(2025, 5, 16)  # a Friday


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def _names(ex: Extraction, key: str) -> set[str]:
    entity = ex.entity(key)
    return {_norm(entity.name), *(_norm(a) for a in entity.aliases)}


def person_pairs(ex: Extraction) -> dict[frozenset[str], set[date | None]]:
    """Each pair of people who took part in one meeting, with the days their meetings carry."""
    pairs: dict[frozenset[str], set[date | None]] = {}
    for event in ex.events:
        if event.kind in MEETING_KINDS:
            people = [ex.entity(p.agent).name for p in event.participations]
            for a in people:
                for b in people:
                    if a != b:
                        pairs.setdefault(frozenset((a, b)), set()).add(event.start)
    return pairs


SIDES = (Role.HOST, Role.GUEST)


def institution_pairs(ex: Extraction) -> list[tuple[set[str], set[str]]]:
    """The pairs of institutions that met, as the organization level of who-met-whom reads them: each
    institution given by all its names."""
    found = []
    for event in ex.events:
        if event.kind not in MEETING_KINDS:
            continue
        for pa in event.participations:
            for pb in event.participations:
                if pa is pb or set(pa.on_behalf_of) & set(pb.on_behalf_of):
                    continue
                if pa.role == pb.role and pa.role in SIDES:
                    continue
                found += [(_names(ex, a), _names(ex, b)) for a in pa.on_behalf_of for b in pb.on_behalf_of if a != b]
    return found


def has_institution_pair(found: list[tuple[set[str], set[str]]], a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return any(a in x and b in y for x, y in found)


def P(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    pairs: dict[frozenset[str], date | None]  # pair -> the day it must carry (None: not checked)
    institutions: tuple[tuple[str, str], ...] = ()  # pairs of organizations / states that met
    absent: tuple[frozenset[str], ...] = ()  # pairs of people who did not meet
    title: str | None = None
    publisher: str | None = None
    published: date = PUBLISHED
    absent_institutions: tuple[tuple[str, str], ...] = field(default=())
    undated: tuple[frozenset[str], ...] = ()  # pairs whose encounter the item gives no day ("last week")


CASES = [
    Case("un-agency-story",
         "NAIROBI, 12 May 2025 – The UN High Commissioner for Refugees, Filippo Rossi, met today with the "
         "President of Kenya, William Otieno, to discuss the situation of refugees in the country's camps.\n\n"
         "“Kenya has shown remarkable generosity to people fleeing war,” Rossi said after the meeting.\n\n"
         "During his three-day visit, the High Commissioner also met with the Cabinet Secretary for the "
         "Interior, Grace Wanjiru, and visited the Kakuma camp.",
         {P("Filippo Rossi", "William Otieno"): date(2025, 5, 12), P("Filippo Rossi", "Grace Wanjiru"): None},
         (("UNHCR", "Kenya"),),
         title="UN refugee chief meets Kenyan President", publisher="UNHCR"),
    Case("foreign-ministry-readout",
         "The below is attributable to Spokesperson Daniel Pike:\n\n"
         "Secretary of State Marcus Holloway met today with Indonesian Foreign Minister Sari Wirawan in "
         "Washington. The Secretary and the Foreign Minister discussed maritime security and expanding "
         "trade ties. Secretary Holloway reaffirmed the strong partnership between the United States and "
         "Indonesia.",
         {P("Marcus Holloway", "Sari Wirawan"): date(2025, 5, 14)},
         (("United States", "Indonesia"),),
         absent=(P("Daniel Pike", "Sari Wirawan"), P("Daniel Pike", "Marcus Holloway")),
         title="Secretary Holloway's Meeting with Indonesian Foreign Minister Wirawan",
         publisher="U.S. Department of State", published=date(2025, 5, 14)),
    Case("presidency-release-with-caption",
         "ACCRA, 9 May 2025 — The President of Ghana, Kofi Asante, on Friday received the Director-General "
         "of the World Trade Organization, Maria Lopes, at the Jubilee House.\n\n"
         "The President said Ghana counts on the multilateral trading system to grow its exports.\n\n"
         "Photo: President Kofi Asante (right) with WTO Deputy Director-General Samuel Berg at the Jubilee "
         "House.",
         {P("Kofi Asante", "Maria Lopes"): date(2025, 5, 9), P("Kofi Asante", "Samuel Berg"): None},
         (("Ghana", "World Trade Organization"),),
         title="President Asante receives WTO Director-General", publisher="The Presidency of Ghana"),
    Case("welcomed-a-signing-between-two-ministries",
         "Seoul, 12 May 2025. Minister of Trade Park Jun-seo welcomed the signing of a memorandum of understanding "
         "on critical minerals between the Ministry of Trade of Korea and the Ministry of Mining of Chile.\n\n"
         "The Minister said the memorandum would secure supply chains for batteries.",
         {}, absent_institutions=(("South Korea", "Chile"), ("South Korea", "Ministry of Mining of Chile")),
         title="Korea and Chile sign minerals MOU", publisher="Ministry of Trade, Industry and Energy"),
    Case("respective-signatories-of-two-ministries",
         "Seoul, 12 May 2025. Minister of Trade Park Jun-seo welcomed the signing of a memorandum of understanding "
         "on critical minerals between the Ministry of Trade of Korea and the Ministry of Mining of Chile, which "
         "was signed on the same day by Vice Minister Han Dae-ho and Undersecretary Ignacio Valdivia.",
         {P("Han Dae-ho", "Ignacio Valdivia"): date(2025, 5, 12)}, (("South Korea", "Chile"),),
         absent=(P("Park Jun-seo", "Han Dae-ho"), P("Park Jun-seo", "Ignacio Valdivia")),
         title="Korea and Chile sign minerals MOU", publisher="Ministry of Trade, Industry and Energy"),
    Case("regional-bulletin-bullet-list",
         "Abuja, 7 May 2025. The President of the ECOWAS Commission, Dr. Omar Toure, received a high-level "
         "delegation from Liberia at the Commission's headquarters on Wednesday, 7 May 2025.\n\n"
         "The Liberian delegation comprised:\n"
         "- Hon. Sara Kollie, Minister of Foreign Affairs;\n"
         "- Hon. Joseph Tarr, Minister of Finance;\n"
         "- Amb. Musa Kamara, Ambassador of Liberia to Nigeria.\n\n"
         "The discussions focused on the preparations for the regional summit.",
         {P("Omar Toure", "Sara Kollie"): date(2025, 5, 7), P("Omar Toure", "Joseph Tarr"): date(2025, 5, 7),
          P("Omar Toure", "Musa Kamara"): date(2025, 5, 7)},
         (("ECOWAS", "Liberia"),),
         title="ECOWAS Commission President receives Liberian delegation", publisher="ECOWAS"),
    Case("wire-dateline-quotes",
         "ANKARA, May 13 (Wire) - Turkish Foreign Minister Kerem Aydin and his Greek counterpart Nikos "
         "Stavrou met in Ankara on Tuesday, pledging to keep the channels of dialogue open.\n\n"
         "\"We agreed to continue our positive agenda,\" Aydin told a joint news conference after the talks.\n\n"
         "Stavrou said the two sides would meet again in Athens in the autumn.",
         {P("Kerem Aydin", "Nikos Stavrou"): date(2025, 5, 13)},
         (("Türkiye", "Greece"),),
         title="Turkish, Greek ministers vow to keep talking", publisher="Wire"),
    Case("parliament-news-delegation",
         "The Speaker of the National Assembly of Zambia, Agnes Mwale, met a parliamentary delegation from "
         "Vietnam led by Nguyen Thi Hoa, Vice Chairwoman of the National Assembly of Vietnam, at Parliament "
         "Buildings on 6 May 2025.\n\n"
         "The visiting delegation also included Tran Quoc Bao and Le Minh Duc, members of the Committee on "
         "External Relations.\n\n"
         "Ms. Mwale said the Zambian Parliament was keen to deepen cooperation with Vietnam.",
         {P("Agnes Mwale", "Nguyen Thi Hoa"): date(2025, 5, 6), P("Agnes Mwale", "Tran Quoc Bao"): date(2025, 5, 6),
          P("Agnes Mwale", "Le Minh Duc"): date(2025, 5, 6)},
         (("Zambia", "Vietnam"),),
         title="Speaker meets parliamentary delegation from Vietnam", publisher="National Assembly of Zambia"),
    Case("credentials-several-ambassadors",
         "The President of Romania, Elena Rusu, received the letters of credence of four new ambassadors at "
         "Cotroceni Palace on Tuesday, 13 May 2025.\n\n"
         "Presenting their credentials were Ambassador Pedro Alvarez of Argentina, Ambassador Hana Novak of "
         "the Czech Republic, Ambassador Kwame Mensah of Ghana and Ambassador Aiko Tanaka of Japan.\n\n"
         "The President congratulated the new envoys and wished them success in their mission.",
         {P("Elena Rusu", "Pedro Alvarez"): date(2025, 5, 13), P("Elena Rusu", "Hana Novak"): date(2025, 5, 13),
          P("Elena Rusu", "Kwame Mensah"): date(2025, 5, 13), P("Elena Rusu", "Aiko Tanaka"): date(2025, 5, 13)},
         (("Romania", "Argentina"), ("Romania", "Ghana"), ("Romania", "Japan")),
         title="New ambassadors present their credentials", publisher="Presidency of Romania"),
    Case("working-visit-meetings-on-several-days",
         "Finnish Foreign Minister Lina Korhonen paid a working visit to Japan from 11 to 13 May 2025.\n\n"
         "On 11 May, she met with the Minister for Foreign Affairs of Japan, Takeshi Mori, in Tokyo. The "
         "ministers discussed security in Europe and in the Indo-Pacific.\n\n"
         "On 12 May, Minister Korhonen held talks with the Minister of Economy, Trade and Industry, Yuki Sato.\n\n"
         "On the last day of the visit, 13 May, she was received by Prime Minister Hiroshi Ueda.",
         {P("Lina Korhonen", "Takeshi Mori"): date(2025, 5, 11), P("Lina Korhonen", "Yuki Sato"): date(2025, 5, 12),
          P("Lina Korhonen", "Hiroshi Ueda"): date(2025, 5, 13)},
         (("Finland", "Japan"),),
         absent=(P("Takeshi Mori", "Yuki Sato"), P("Takeshi Mori", "Hiroshi Ueda"), P("Yuki Sato", "Hiroshi Ueda")),
         title="Minister Korhonen visits Japan", publisher="Ministry for Foreign Affairs of Finland"),
    Case("organization-side-without-a-person",
         "Tajik Minister of Energy Ahmad Rahimi received a delegation of the Ministry of Energy of Uzbekistan "
         "in Dushanbe on 8 May 2025.\n\n"
         "The sides discussed the supply of electricity in the winter months.",
         {P("Ahmad Rahimi", "Ministry of Energy of Uzbekistan"): date(2025, 5, 8)},
         (("Tajikistan", "Uzbekistan"),),
         title="Minister receives Uzbek delegation"),
    Case("delegation-of-an-organization",
         "The Minister of Foreign Affairs of Georgia, Levan Gelashvili, received a delegation of the European "
         "Parliament in Tbilisi on 6 May 2025.\n\n"
         "The Minister briefed the members of the delegation on the reforms under way.",
         {P("Levan Gelashvili", "European Parliament"): date(2025, 5, 6)},
         (("Georgia", "European Parliament"),),
         title="Foreign Minister receives European Parliament delegation"),
    Case("guests-named-in-a-later-paragraph",
         "Lebanese President Karim Nasser received on Monday, 12 May 2025 a delegation from the World Bank at "
         "the Baabda Palace.\n\n"
         "The President discussed with the delegation the financing of water and electricity projects.\n\n"
         "The World Bank delegation was headed by the Vice President for the Middle East and North Africa, "
         "Ana Costa, and included Country Director Samuel Obi.",
         {P("Karim Nasser", "Ana Costa"): date(2025, 5, 12), P("Karim Nasser", "Samuel Obi"): date(2025, 5, 12)},
         (("Lebanon", "World Bank"),),
         title="President Nasser receives World Bank delegation"),
    Case("headline-names-the-pair",
         "The Minister of Trade met the Ambassador of Canada at the ministry on 13 May 2025.\n\n"
         "The two discussed the implementation of the free trade agreement and new investment.",
         {P("Petra Holm", "Ian Reid"): date(2025, 5, 13)},
         title="Minister Petra Holm meets Ambassador of Canada Ian Reid"),
    Case("caption-adds-a-participant",
         "Slovak Deputy Prime Minister Jan Kovac welcomed the Secretary-General of the OECD, Mathias Berger, in "
         "Bratislava on 7 May 2025.\n\n"
         "They discussed the OECD Economic Survey of Slovakia and the reform of the pension system.\n\n"
         "Deputy Prime Minister Jan Kovac (left) with OECD Chief Economist Yuki Ito at the meeting.",
         {P("Jan Kovac", "Mathias Berger"): date(2025, 5, 7), P("Jan Kovac", "Yuki Ito"): None},
         (("Slovakia", "OECD"),)),
    Case("accompanied-in-a-later-paragraph",
         "The Secretary-General of the OIC, Hassan Idris, met with the President of Senegal, Moussa Diop, in "
         "Dakar on 10 May 2025.\n\n"
         "The Secretary-General was accompanied by the Assistant Secretary-General for Humanitarian Affairs, "
         "Fatima Bello, and the Director of his Cabinet, Omar Jallow.\n\n"
         "President Diop welcomed the role of the OIC in the Sahel.",
         {P("Hassan Idris", "Moussa Diop"): date(2025, 5, 10), P("Fatima Bello", "Moussa Diop"): date(2025, 5, 10),
          P("Omar Jallow", "Moussa Diop"): date(2025, 5, 10)},
         (("OIC", "Senegal"),),
         title="OIC Secretary-General meets President of Senegal", publisher="OIC"),
    Case("also-present-on-both-sides",
         "The Minister of Defence of Greece, Nikos Pappas, held talks with his Cypriot counterpart, Andreas "
         "Georgiou, in Athens on 9 May 2025.\n\n"
         "Also present at the meeting were the Chief of the Hellenic National Defence General Staff, General "
         "Dimitris Kostas, and the Ambassador of Cyprus to Greece, Maria Christou.",
         {P("Nikos Pappas", "Andreas Georgiou"): date(2025, 5, 9), P("Dimitris Kostas", "Andreas Georgiou"): None,
          P("Nikos Pappas", "Maria Christou"): None},
         (("Greece", "Cyprus"),),
         title="Greek and Cypriot defence ministers meet"),
    Case("two-gatherings-one-item",
         "On 12 May 2025, Foreign Minister Amal Haddad of Jordan met in Amman with the Foreign Minister of "
         "Egypt, Sameh Fouad.\n\n"
         "Later the same day, Haddad received the UN Special Coordinator for the Middle East Peace Process, "
         "Tor Jensen.",
         {P("Amal Haddad", "Sameh Fouad"): date(2025, 5, 12), P("Amal Haddad", "Tor Jensen"): date(2025, 5, 12)},
         (("Jordan", "Egypt"),),
         absent=(P("Sameh Fouad", "Tor Jensen"),)),
    Case("phone-call-the-two-leaders",
         "Irish Prime Minister Mark Ellison held a telephone conversation with the Chancellor of Austria, Karl "
         "Huber, on Thursday.\n\n"
         "The two leaders discussed the situation in Ukraine and the coming European Council.",
         {P("Mark Ellison", "Karl Huber"): date(2025, 5, 15)},
         (("Ireland", "Austria"),)),
    Case("wire-lead-names-only-states",
         "BRASILIA, May 8 (Wire) - Brazil and Argentina agreed on Thursday to speed up talks on a new energy "
         "corridor after a meeting of their foreign ministers.\n\n"
         "Brazilian Foreign Minister Paulo Cardoso met his Argentine counterpart, Julia Romero, at the "
         "Itamaraty Palace.\n\n"
         "\"The corridor will serve both our peoples,\" Romero told reporters.",
         {P("Paulo Cardoso", "Julia Romero"): date(2025, 5, 8)},
         (("Brazil", "Argentina"),), publisher="Wire"),
    Case("un-secretary-general-readout",
         "UN Secretary-General Mara Lindqvist met with the President of Colombia, Andres Cabrera, in New York "
         "on Monday.\n\n"
         "The Secretary-General commended the President for his commitment to the peace process.",
         {P("Mara Lindqvist", "Andres Cabrera"): date(2025, 5, 12)},
         (("United Nations", "Colombia"),), publisher="United Nations"),
    Case("ambassador-of-a-state-to-another",
         "The Chairman of the Senate of Kazakhstan, Aidar Nurlanov, received the Ambassador of Turkey to "
         "Kazakhstan, Mehmet Yilmaz, on 5 May 2025.\n\n"
         "The parties discussed inter-parliamentary cooperation.",
         {P("Aidar Nurlanov", "Mehmet Yilmaz"): date(2025, 5, 5)},
         (("Kazakhstan", "Türkiye"),)),
    Case("farewell-call-of-an-ambassador",
         "The Ambassador of Japan to Egypt, Hiroshi Kato, paid a farewell call on the Egyptian Minister of "
         "Foreign Affairs, Sameh Fouad, on 11 May 2025.\n\n"
         "Minister Fouad thanked the Ambassador for his efforts during his tenure in Cairo.",
         {P("Hiroshi Kato", "Sameh Fouad"): date(2025, 5, 11)},
         (("Japan", "Egypt"),)),
    Case("trilateral-respectively",
         "The foreign ministers of Azerbaijan, Turkey and Georgia, Elmar Rustamov, Kerem Aydin and Levan "
         "Gelashvili respectively, held a trilateral meeting in Tbilisi on 6 May 2025.\n\n"
         "The ministers discussed regional transport projects.",
         {P("Elmar Rustamov", "Kerem Aydin"): date(2025, 5, 6), P("Kerem Aydin", "Levan Gelashvili"): date(2025, 5, 6),
          P("Elmar Rustamov", "Levan Gelashvili"): date(2025, 5, 6)},
         (("Azerbaijan", "Türkiye"), ("Türkiye", "Georgia"), ("Azerbaijan", "Georgia"))),
    Case("bullet-list-of-bilateral-meetings",
         "During his visit to Geneva on 14 May 2025, the Minister of Health of India, Rahul Verma, held "
         "bilateral meetings with:\n"
         "• Dr. Amina Sow, Minister of Health of Senegal;\n"
         "• Mr. Peter Novak, Director-General of the World Health Organization;\n"
         "• Ms. Lucia Ramos, Minister of Health of Chile.",
         {P("Rahul Verma", "Amina Sow"): date(2025, 5, 14), P("Rahul Verma", "Peter Novak"): date(2025, 5, 14),
          P("Rahul Verma", "Lucia Ramos"): date(2025, 5, 14)},
         (("India", "Senegal"), ("India", "World Health Organization"), ("India", "Chile")),
         absent=(P("Amina Sow", "Peter Novak"), P("Amina Sow", "Lucia Ramos"), P("Peter Novak", "Lucia Ramos"))),
    Case("regional-organisation-and-an-eu-envoy",
         "The Secretary-General of the Gulf Cooperation Council (GCC), Khalid Al-Mansour, received at the "
         "General Secretariat in Riyadh on 4 May 2025 the Ambassador of the European Union to Saudi Arabia, "
         "Claire Dubois.\n\n"
         "They reviewed the negotiations on the free trade agreement between the GCC and the EU.",
         {P("Khalid Al-Mansour", "Claire Dubois"): date(2025, 5, 4)},
         (("Gulf Cooperation Council", "European Union"),),
         absent_institutions=(("Gulf Cooperation Council", "Saudi Arabia"),)),
    Case("joined-by-a-colleague",
         "The Governor of the Central Bank of Egypt, Karim Mansour, met with IMF Managing Director Ayesha "
         "Raman in Washington on 15 April 2025.\n\n"
         "Mansour was joined at the meeting by Deputy Governor Rania Saleh.",
         {P("Karim Mansour", "Ayesha Raman"): date(2025, 4, 15), P("Rania Saleh", "Ayesha Raman"): date(2025, 4, 15)},
         (("Egypt", "International Monetary Fund"),)),
    # --- more publishers' manners -------------------------------------------------------------------
    Case("korean-wire-lead",
         "Unification Minister Park Sung-ho met with the U.S. special representative for North Korea, David "
         "Mercer, in Seoul on Wednesday and discussed ways to resume dialogue with Pyongyang.\n\n"
         "Park asked for Washington's support for humanitarian aid, according to the ministry.\n\n"
         "Mercer arrived in Seoul on Tuesday for a three-day visit. (Yonhap)",
         {P("Park Sung-ho", "David Mercer"): date(2025, 5, 14)},
         (("South Korea", "United States"),), publisher="Korea JoongAng Daily"),
    Case("state-news-agency-received",
         "YEREVAN, MAY 12, ARMENPRESS. Minister of Foreign Affairs of Armenia Aram Sargsyan received the "
         "delegation led by the Chairman of the Committee on Foreign Affairs of the Bundestag, Klaus Wendt.\n\n"
         "The interlocutors discussed the Armenian-German agenda and the situation in the South Caucasus, the "
         "Foreign Ministry said.\n\n"
         "The delegation also included members of the Bundestag Petra Lang and Jonas Weber.",
         {P("Aram Sargsyan", "Klaus Wendt"): date(2025, 5, 12), P("Aram Sargsyan", "Petra Lang"): date(2025, 5, 12),
          P("Aram Sargsyan", "Jonas Weber"): date(2025, 5, 12)},
         (("Armenia", "Bundestag"),), publisher="Armenpress"),
    Case("phone-call-agency",
         "ANKARA\n\nTurkish Foreign Minister Kerem Aydin on Tuesday held a phone call with his Qatari "
         "counterpart Khalid Al-Marri, according to diplomatic sources.\n\n"
         "The two ministers discussed the latest developments in Gaza, said the sources, who asked not to be "
         "named due to restrictions on speaking to the media.",
         {P("Kerem Aydin", "Khalid Al-Marri"): date(2025, 5, 13)},
         (("Türkiye", "Qatar"),), publisher="Anadolu Agency"),
    Case("indian-agency-eam",
         "New Delhi [India], May 13 (ANI): External Affairs Minister Raghav Menon on Tuesday held talks with "
         "Foreign Minister of Maldives Ahmed Shareef in New Delhi.\n\n"
         "\"Glad to welcome FM Ahmed Shareef of Maldives. Our Neighbourhood First policy guides our ties,\" "
         "Menon said in a post on X.\n\n"
         "Shareef is on an official visit to India from May 12 to 14.",
         {P("Raghav Menon", "Ahmed Shareef"): date(2025, 5, 13)},
         (("India", "Maldives"),), publisher="ANI"),
    Case("ministry-initials-of-the-title",
         "External Affairs Minister Arvind Raghavan paid an official visit to Egypt from 16 to 18 June 2026. On 16 "
         "June, he called on President Khaled Mansour in Cairo. On 17 June, EAM held talks with Foreign Minister "
         "Nabil Fahmy. The two ministers reviewed bilateral relations. On 18 June, EAM met the Secretary-General "
         "of the League of Arab States, Mr. Omar Haddad.",
         {P("Arvind Raghavan", "Khaled Mansour"): date(2026, 6, 16), P("Arvind Raghavan", "Nabil Fahmy"): date(2026, 6, 17),
          P("Arvind Raghavan", "Omar Haddad"): date(2026, 6, 18)},
         absent=(P("EAM", "Omar Haddad"), P("EAM", "Nabil Fahmy")),
         publisher="Ministry of External Affairs, India", published=date(2026, 6, 19)),
    Case("kenyan-release-the-cs",
         "Nairobi, 4 March 2026. Cabinet Secretary for Foreign and Diaspora Affairs Grace Wanjiru on Tuesday "
         "received the Ambassador of Japan, Kenji Morita, at Old Treasury Building.\n\n"
         "On Wednesday, the CS held talks with the Ambassador of Ghana, Kofi Boateng, on trade. On 5 March, "
         "CS Wanjiru met the High Commissioner of Canada, Laura Bennett.",
         {P("Grace Wanjiru", "Kenji Morita"): date(2026, 3, 3), P("Grace Wanjiru", "Kofi Boateng"): date(2026, 3, 4),
          P("Grace Wanjiru", "Laura Bennett"): date(2026, 3, 5)},
         (("Kenya", "Ghana"),), absent=(P("Cs Wanjiru", "Laura Bennett"),), publisher="Ministry of Foreign and Diaspora Affairs, Kenya", published=date(2026, 3, 6)),
    Case("un-agency-the-dg",
         "GENEVA, 3 March 2026 - WHO Director-General Dr. Helena Marquez met the Minister of Health of Brazil, "
         "Paulo Cardoso, on Tuesday.\n\nLater that day, the DG held talks with the Foreign Minister of Chile, "
         "Ines Valdivia, on pandemic preparedness.",
         {P("Helena Marquez", "Paulo Cardoso"): date(2026, 3, 3), P("Helena Marquez", "Ines Valdivia"): None},
         publisher="World Health Organization", published=date(2026, 3, 4)),
    Case("high-commission-news-the-hc-after-an-apposed-title",
         "Nairobi, 4 March 2026. The High Commissioner of India to Kenya, Ravi Kumar, called on the Speaker of "
         "the National Assembly, Moses Kiprono, on Tuesday.\n\nOn Wednesday, the HC met the Governor of Mombasa "
         "County, Amina Hassan.",
         {P("Ravi Kumar", "Moses Kiprono"): date(2026, 3, 3), P("Ravi Kumar", "Amina Hassan"): date(2026, 3, 4)},
         absent=(P("Moses Kiprono", "Amina Hassan"),),
         publisher="High Commission of India, Nairobi", published=date(2026, 3, 5)),
    Case("wire-the-fm-and-a-time-of-day",
         "ANKARA, March 5 (Wire) - Turkish Foreign Minister Kerem Aydin arrived in Cairo on Thursday. The FM "
         "then met Egyptian President Khaled Mansour, a ministry source said.\n\nPrime Minister Leyla Demir "
         "chaired a cabinet meeting in Ankara at 4 PM.",
         {P("Kerem Aydin", "Khaled Mansour"): date(2026, 3, 5)},
         absent=(P("Leyla Demir", "Khaled Mansour"), P("Leyla Demir", "Kerem Aydin")),
         publisher="Wire", published=date(2026, 3, 5)),
    Case("an-acronym-the-item-defines-is-no-title",
         "External Affairs Minister Arvind Raghavan met Finance Secretary Meera Iyer in New Delhi on 2 June "
         "2026. Officials of the Economic Affairs Ministry (EAM) later met a delegation of the World Bank led "
         "by Vice President Paolo Ricci.",
         {P("Arvind Raghavan", "Meera Iyer"): date(2026, 6, 2)},
         absent=(P("Arvind Raghavan", "Paolo Ricci"),),
         publisher="Press Information Bureau", published=date(2026, 6, 3)),
    Case("regional-bloc-executive-secretary",
         "Djibouti, 9 May 2025: The Executive Secretary of IGAD, Dr. Hassan Warsame, today received the Special "
         "Envoy of the European Union for the Horn of Africa, Anna Lindholm, at the IGAD Secretariat.\n\n"
         "The two sides discussed the peace process in South Sudan and the situation in Sudan.\n\n"
         "The Executive Secretary was accompanied by the Director of Peace and Security, Abdi Yusuf.",
         {P("Hassan Warsame", "Anna Lindholm"): date(2025, 5, 9), P("Abdi Yusuf", "Anna Lindholm"): date(2025, 5, 9)},
         (("IGAD", "European Union"),), publisher="IGAD"),
    Case("regional-organisation-of-states-secretary-general",
         "WASHINGTON, D.C. — The Secretary General of the Organization of American States (OAS), Luis Herrera, "
         "met on Thursday with the Foreign Minister of Paraguay, Carmen Rojas, at the headquarters of the "
         "organization.\n\n"
         "During the meeting, they discussed the preparations for the General Assembly that Paraguay will host "
         "in June.",
         {P("Luis Herrera", "Carmen Rojas"): date(2025, 5, 15)},
         (("Organization of American States", "Paraguay"),), publisher="OAS"),
    Case("gulf-newspaper-crown-prince",
         "KUWAIT CITY, May 11: His Highness the Crown Prince Sheikh Salem Al-Ahmad received at Bayan Palace on "
         "Sunday the visiting Foreign Minister of Egypt, Sameh Fouad, who conveyed a message from the Egyptian "
         "President.\n\n"
         "The meeting was attended by Minister of Foreign Affairs Sheikh Fahad Al-Sabah.",
         {P("Salem Al-Ahmad", "Sameh Fouad"): date(2025, 5, 11), P("Fahad Al-Sabah", "Sameh Fouad"): date(2025, 5, 11)},
         (("Kuwait", "Egypt"),), publisher="Kuwait Times"),
    Case("island-state-courtesy-call",
         "The Minister for Foreign Affairs and Tourism, Mr. Paul Laurent, received a courtesy call from the "
         "outgoing High Commissioner of India to Seychelles, Mr. Arjun Rao, on Monday 12 May 2025 at Maison "
         "Queau de Quinssy.\n\n"
         "Minister Laurent thanked High Commissioner Rao for his contribution to the excellent relations "
         "between Seychelles and India.",
         {P("Paul Laurent", "Arjun Rao"): date(2025, 5, 12)},
         (("Seychelles", "India"),), publisher="Seychelles Nation"),
    Case("development-agency-project-visit",
         "DHAKA, 14 May 2025 – The UNDP Resident Representative in Bangladesh, Sofia Klein, called on the "
         "Minister of Planning, Abdul Karim, at the ministry today.\n\n"
         "They discussed the support of UNDP to the climate adaptation programme of the Government of "
         "Bangladesh.",
         {P("Sofia Klein", "Abdul Karim"): date(2025, 5, 14)},
         (("United Nations Development Programme", "Bangladesh"),), publisher="UNDP Bangladesh"),
    # a state the title serves, glued by the parser to the name after it
    Case("country-glued-after-title-person",
         "AMMAN, 12 May 2025 – Minister of State Lina Haddad on Monday held talks with Foreign Minister of "
         "Jordan Tariq Mahasneh in Amman.\n\n"
         "The two discussed regional developments.",
         {P("Lina Haddad", "Tariq Mahasneh"): date(2025, 5, 12)}),
    Case("country-glued-after-title-organization",
         "State Secretary Karin Lund held talks with Foreign Minister of Oman Badr Albusaidi in Muscat on "
         "13 May 2025.",
         {P("Karin Lund", "Badr Albusaidi"): date(2025, 5, 13)}),
    # a name the rules compare as one word ("Abdul Karim" as "abdulkarim"), in apposition to a title
    Case("one-key-name-after-title",
         "AMMAN, 13 May 2025 – The Minister of Water and Irrigation, Abdel Rahman, received the Ambassador of "
         "the Netherlands, Eva de Vries, at the ministry today.\n\n"
         "They discussed the support of the Netherlands to water projects in the north.",
         {P("Abdel Rahman", "Eva de Vries"): date(2025, 5, 13)}),
    Case("one-key-name-of-the-visitor",
         "The Governor of the Central Bank, Lena Aho, met the Minister of Finance of Somalia, Abu Bakar, in "
         "Helsinki on 12 May 2025.",
         {P("Lena Aho", "Abu Bakar"): date(2025, 5, 12)}),
    # a name in apposition to a title, which the parser takes for a place
    Case("name-after-a-country-tagged-as-a-place",
         "The Chairperson of the Senate of Zimbabwe, Mabel Chinomona, met the Ambassador of Ireland, Niamh "
         "Walsh, at Parliament on 14 May 2025.",
         {P("Mabel Chinomona", "Niamh Walsh"): date(2025, 5, 14)}),
    Case("two-presidents-named-later",
         "President Lars Holm of Norway arrived in Nairobi on Tuesday, 13 May 2025, for a state visit. He was "
         "welcomed at the airport by the Foreign Minister, Grace Wanjiru.\n\n"
         "On Wednesday, the two presidents, Holm and William Otieno, held talks at State House.",
         {P("Lars Holm", "Grace Wanjiru"): date(2025, 5, 13), P("Lars Holm", "William Otieno"): date(2025, 5, 14)},
         (("Norway", "Kenya"),)),
    # two names joined by "and" in a list after a plural title or before "respectively" are two people
    Case("two-prime-ministers-named-after-a-plural-title",
         "Prime Minister Anna Lindqvist of Sweden arrived in Helsinki on Monday, 12 May 2025.\n\n"
         "On Tuesday, the two prime ministers, Lindqvist and Petteri Virtanen, held talks on Baltic security.",
         {P("Anna Lindqvist", "Petteri Virtanen"): date(2025, 5, 13)}),
    Case("two-presidents-named-after-a-plural-title",
         "President Maria Santos of Portugal arrived in Madrid on Monday, 12 May 2025.\n\n"
         "On Tuesday, the two presidents, Santos and Pedro Garcia, held talks on energy.",
         {P("Maria Santos", "Pedro Garcia"): date(2025, 5, 13)}),
    Case("prime-ministers-respectively",
         "The prime ministers of Norway, Sweden and Finland, Jonas Lie, Karin Ek and Mikko Laine respectively, "
         "met in Oslo on 7 May 2025 to discuss Nordic defence cooperation.",
         {P("Jonas Lie", "Karin Ek"): date(2025, 5, 7), P("Karin Ek", "Mikko Laine"): date(2025, 5, 7),
          P("Jonas Lie", "Mikko Laine"): date(2025, 5, 7)}),
    Case("ministers-of-two-states-respectively",
         "The ministers of health of Ghana and Togo, Kofi Mensah and Afi Amegah respectively, met in Lome on "
         "9 May 2025.",
         {P("Kofi Mensah", "Afi Amegah"): date(2025, 5, 9)}),
    Case("tete-a-tete-then-delegations",
         "ASTANA, May 12 (Kazinform) – President Nurlan Abenov held talks with the President of Uzbekistan, "
         "Rustam Karimov, who is in Kazakhstan on a state visit.\n\n"
         "The talks began in a tête-à-tête format and continued with the participation of the delegations.\n\n"
         "The Uzbek delegation included Foreign Minister Jasur Tursunov and Minister of Energy Jurabek Mirzaev.",
         {P("Nurlan Abenov", "Rustam Karimov"): date(2025, 5, 12), P("Nurlan Abenov", "Jasur Tursunov"): date(2025, 5, 12)},
         (("Kazakhstan", "Uzbekistan"),), publisher="Kazinform"),
    # a state has one president and one prime minister: a bare "Prime Minister A" that post extraction gave the
    # state another person holds that title of, as stated, is not of that state, and the other state's delegation
    # joins the other side
    Case("prime-ministers-then-the-delegation-included",
         "DHAKA, May 12 (BSS) – Prime Minister Salma Rahman held talks with the Prime Minister of Nepal, Arjun Thapa, "
         "at the state guest house on Monday.\n\n"
         "The Nepalese delegation included Foreign Minister Sita Karki.",
         {P("Salma Rahman", "Arjun Thapa"): date(2025, 5, 12), P("Salma Rahman", "Sita Karki"): date(2025, 5, 12)},
         (("Bangladesh", "Nepal"),), publisher="BSS"),
    Case("president-received-then-also-present",
         "ACCRA, 12 May 2025 – President Kwame Boateng received the President of Togo, Edem Koffi, at the Jubilee "
         "House on Monday.\n\n"
         "The Togolese delegation comprised the Minister of Foreign Affairs, Yawo Agbeko, and the Minister of "
         "Trade, Afi Mensah.",
         {P("Kwame Boateng", "Edem Koffi"): date(2025, 5, 12), P("Kwame Boateng", "Yawo Agbeko"): date(2025, 5, 12)},
         (("Ghana", "Togo"),), publisher="GhanaWeb"),
    Case("earlier-in-the-day",
         "Foreign Minister Ana Costa met with Prime Minister Jean Dupont of Belgium in Brussels on 12 May 2025.\n\n"
         "Earlier in the day, Costa held a meeting with the Secretary General of NATO, Mark Jansen, at the "
         "Alliance's headquarters.",
         {P("Ana Costa", "Jean Dupont"): date(2025, 5, 12), P("Ana Costa", "Mark Jansen"): date(2025, 5, 12)},
         absent=(P("Jean Dupont", "Mark Jansen"),),
         absent_institutions=(("Belgium", "North Atlantic Treaty Organization"),)),
    Case("delegations-headed-in-the-next-sentence",
         "A meeting between the delegations of Azerbaijan and Georgia was held in Baku on 12 May 2025.\n\n"
         "The Azerbaijani delegation was headed by Deputy Foreign Minister Elnur Mammadov, and the Georgian "
         "delegation by Deputy Foreign Minister Levan Tsiklauri.",
         {P("Elnur Mammadov", "Levan Tsiklauri"): date(2025, 5, 12)},
         (("Azerbaijan", "Georgia"),)),
    Case("audience-attended-by-a-court-official",
         "His Majesty King Tariq bin Salem received in audience on Sunday, 11 May 2025, the Secretary-General of "
         "the Gulf Cooperation Council, Khalid Al-Mansour.\n\n"
         "The audience was attended by the Minister of the Royal Court, Sheikh Ali bin Hamad.",
         {P("Tariq bin Salem", "Khalid Al-Mansour"): date(2025, 5, 11), P("Ali bin Hamad", "Khalid Al-Mansour"): date(2025, 5, 11)},
         ),
    Case("no-meeting-statement-only",
         "The Ministry of Foreign Affairs of Kyrgyzstan expresses its deep condolences to the Government and "
         "people of Nepal in connection with the floods.\n\n"
         "Minister of Foreign Affairs Daniyar Osmonov sent a letter to his Nepalese counterpart, Arjun Thapa, "
         "expressing solidarity.",
         {},
         absent=(P("Daniyar Osmonov", "Arjun Thapa"),), publisher="Ministry of Foreign Affairs of the Kyrgyz Republic"),
    Case("no-meeting-postponed",
         "The visit of the President of Kenya, William Otieno, to Kazakhstan, where he was to hold talks with "
         "President Nurlan Abenov, has been postponed, the press service of the Akorda said on Monday.",
         {},
         absent=(P("William Otieno", "Nurlan Abenov"),), publisher="Kazinform"),
    Case("no-meeting-postponed",
         "The Minister of Foreign Affairs, Carla Mendes, will travel to Rabat next week, where she is expected "
         "to meet her Moroccan counterpart, Youssef Alami.\n\n"
         "The talks between President Joao Pereira and the Prime Minister of Spain, Lucia Ortega, scheduled for "
         "14 May, have been postponed because of the floods.",
         {},
         absent=(P("Carla Mendes", "Youssef Alami"), P("Joao Pereira", "Lucia Ortega"))),
    Case("no-meeting-press-remarks",
         "LIMA — Foreign Minister Rosa Quispe addressed the press on Monday about the coming summit.\n\n"
         "She said she hoped to meet the President of Bolivia, Hector Mamani, at the summit in June.\n\n"
         "A visit by the Chilean Foreign Minister, Tomas Vidal, planned for this week was cancelled.",
         {},
         absent=(P("Rosa Quispe", "Hector Mamani"), P("Rosa Quispe", "Tomas Vidal"))),
    # Ninth round (issue 9, meetings on unseen news): styles the battery lacked, expectations written
    # before the rules were run on them. The people of one side who meet together are a pair here as
    # in who-met-whom (the gold files count them neither way), so `absent` names only people who did
    # not meet at all.
    Case("agency-dateline-several-quotes",
         "BRASILIA, May 13 (Agencia) – Brazilian President Lucas Ferreira received Argentine President Martin "
         "Sosa at the Planalto Palace on Tuesday, the first visit of an Argentine head of state in three years.\n\n"
         "\"Our countries are bound by history and by trade,\" Ferreira told reporters after the meeting.\n\n"
         "\"We have agreed to relaunch the bilateral commission,\" Sosa said, adding that he had invited his host "
         "to Buenos Aires.\n\n"
         "Economy Minister Paula Rocha, who joined the talks, said the two governments would cut tariffs on steel.",
         {P("Lucas Ferreira", "Martin Sosa"): date(2025, 5, 13), P("Paula Rocha", "Martin Sosa"): date(2025, 5, 13)},
         (("Brazil", "Argentina"),),
         title="Brazil, Argentina relaunch bilateral commission", publisher="Agencia"),
    Case("ministry-readout-phone-call",
         "Minister for Foreign Affairs Eva Lindqvist today held a telephone conversation with the Foreign "
         "Minister of Ukraine, Oleh Marchenko.\n\n"
         "The ministers discussed the security situation and Sweden's continued support for the reconstruction "
         "of Ukraine.\n\n"
         "Minister Lindqvist reiterated that Sweden stands firmly with Ukraine.",
         {P("Eva Lindqvist", "Oleh Marchenko"): date(2025, 5, 14)},
         (("Sweden", "Ukraine"),),
         title="Phone call with the Foreign Minister of Ukraine", publisher="Government Offices of Sweden",
         published=date(2025, 5, 14)),
    Case("courtesy-call-on-a-head-of-state",
         "The newly appointed United Nations Resident Coordinator in Malawi, Ingrid Solberg, paid a courtesy call "
         "on the President of the Republic of Malawi, Peter Banda, at Kamuzu Palace in Lilongwe on Thursday.\n\n"
         "During the call, Ms. Solberg conveyed the greetings of the Secretary-General and outlined the "
         "priorities of the UN system in the country.\n\n"
         "President Banda thanked the United Nations for its support during the recent drought.",
         {P("Ingrid Solberg", "Peter Banda"): date(2025, 5, 15)},
         (("United Nations", "Malawi"),),
         title="UN Resident Coordinator pays courtesy call on the President", publisher="UN Malawi"),
    Case("margins-of-a-summit-other-meetings",
         "On the margins of the G20 Summit in Johannesburg, Prime Minister Anil Verma held a bilateral meeting "
         "with President Chloe Martin of France on 12 May 2025.\n\n"
         "The two leaders reviewed the strategic partnership, including cooperation in defence and civil "
         "nuclear energy.\n\n"
         "The Prime Minister also met the Prime Minister of Canada, Ryan Walsh, the President of Indonesia, "
         "Budi Hartono, and the Chancellor of Germany, Klaus Becker.",
         {P("Anil Verma", "Chloe Martin"): date(2025, 5, 12), P("Anil Verma", "Ryan Walsh"): None,
          P("Anil Verma", "Budi Hartono"): None, P("Anil Verma", "Klaus Becker"): None},
         (("India", "France"),),
         absent=(P("Ryan Walsh", "Budi Hartono"), P("Ryan Walsh", "Klaus Becker"), P("Budi Hartono", "Klaus Becker"),
                 P("Chloe Martin", "Ryan Walsh")),
         title="PM meets President of France in Johannesburg", publisher="Ministry of External Affairs of India"),
    Case("speaker-receives-two-ambassadors",
         "The Speaker of the Parliament of Georgia, Nino Beridze, received the Ambassador of Poland, Marek "
         "Zielinski, and the Ambassador of Lithuania, Rasa Kazlauskiene, on Wednesday.\n\n"
         "The Speaker thanked both ambassadors for their countries' support for Georgia's European path. The "
         "sides also discussed inter-parliamentary cooperation.",
         {P("Nino Beridze", "Marek Zielinski"): date(2025, 5, 14), P("Nino Beridze", "Rasa Kazlauskiene"): date(2025, 5, 14)},
         (("Georgia", "Poland"), ("Georgia", "Lithuania")),
         title="Speaker meets Ambassadors of Poland and Lithuania", publisher="Parliament of Georgia"),
    Case("governor-receives-a-delegation-led-by",
         "The Governor of Lagos State, Tunde Adeyemi, on Monday received a trade delegation from the Netherlands "
         "led by the Dutch Ambassador to Nigeria, Sanne de Vries, at the Lagos House in Ikeja.\n\n"
         "The Governor said the state was open to Dutch investment in ports and agriculture.\n\n"
         "Ms. de Vries was accompanied by the Consul-General in Lagos, Pieter Bakker.",
         {P("Tunde Adeyemi", "Sanne de Vries"): date(2025, 5, 12), P("Tunde Adeyemi", "Pieter Bakker"): date(2025, 5, 12)},
         title="Governor receives Dutch trade delegation", publisher="Lagos State Government"),
    Case("mayor-welcomes-a-delegation-headed-by",
         "Mayor of Vienna Johann Gruber welcomed a delegation of city officials from Estonia, headed by the "
         "Deputy Mayor of Tallinn, Kadri Tamm, at the City Hall on 9 May 2025.\n\n"
         "The guests learned about Vienna's social housing model and visited two new housing estates.",
         {P("Johann Gruber", "Kadri Tamm"): date(2025, 5, 9)},
         title="Mayor welcomes delegation from Tallinn", publisher="City of Vienna"),
    Case("un-envoy-consultations-with-representatives",
         "The Special Envoy of the Secretary-General for Yemen, Lars Holm, held consultations in Riyadh on "
         "Tuesday with representatives of Saudi Arabia, Oman and the United Arab Emirates.\n\n"
         "He also met with the Minister of Foreign Affairs of Yemen, Ahmed Saleh, and discussed the path "
         "towards a nationwide ceasefire.",
         {P("Lars Holm", "Ahmed Saleh"): date(2025, 5, 13)},
         (("United Nations", "Yemen"), ("United Nations", "Oman")),
         title="UN Special Envoy concludes visit to Riyadh", publisher="Office of the Special Envoy"),
    Case("eu-representative-consultations-then-also-met",
         "NOUAKCHOTT, 13 May 2025 – The EU Special Representative for the Sahel, Clara Vogel, held consultations on "
         "Tuesday with representatives of Mali, Niger and Chad.\n\n"
         "She also met the Minister of Foreign Affairs of Mauritania, Sidi Ould Ahmed, to discuss regional security.",
         {P("Clara Vogel", "Sidi Ould Ahmed"): date(2025, 5, 13)},
         (("European Union", "Mauritania"), ("European Union", "Niger")),
         title="EU Special Representative in Nouakchott", publisher="European External Action Service"),
    # "the Special Envoy of the Secretary-General" names the United Nations by itself (data/roles.tsv);
    # the Secretary-General of another organization the title names keeps the envoy that organization's
    Case("un-envoy-of-the-secretary-general-for-a-region",
         "The Special Envoy of the Secretary-General for the Great Lakes Region, Marta Lindqvist, met in "
         "Kinshasa on Monday with the Minister of Foreign Affairs of the Democratic Republic of the Congo, "
         "Jean Mbala, to discuss the implementation of the peace framework.",
         {P("Marta Lindqvist", "Jean Mbala"): date(2025, 5, 12)},
         (("United Nations", "Democratic Republic of the Congo"),),
         title="Special Envoy visits Kinshasa", publisher="Office of the Special Envoy for the Great Lakes"),
    Case("un-personal-envoy-in-a-wire-report",
         "GENEVA (Reuters) - The Personal Envoy of the Secretary-General for Western Sahara, Tomas Ekberg, met "
         "the Foreign Minister of Morocco, Yassine Alami, in Rabat on Tuesday, a spokesman said.",
         {P("Tomas Ekberg", "Yassine Alami"): date(2025, 5, 13)},
         (("United Nations", "Morocco"),), publisher="Reuters"),
    Case("srsg-received-by-a-president",
         "The President of Somalia, Abdi Warsame, received on Wednesday the Special Representative of the "
         "Secretary General for Somalia, Ingrid Dahl, at Villa Somalia in Mogadishu.",
         {P("Abdi Warsame", "Ingrid Dahl"): date(2025, 5, 14)},
         (("Somalia", "United Nations"),), publisher="Somali National News Agency"),
    Case("srsg-by-the-acronym",
         "SRSG Ingrid Dahl met the Prime Minister of Somalia, Hassan Ali, in Mogadishu on Tuesday to discuss the "
         "preparations for the elections.",
         {P("Ingrid Dahl", "Hassan Ali"): date(2025, 5, 13)},
         (("United Nations", "Somalia"),), title="SRSG meets Prime Minister", publisher="Somali National News Agency"),
    Case("envoy-of-the-secretary-general-of-the-arab-league",
         "The Special Envoy of the Secretary-General of the League of Arab States for Libya, Hassan Farouk, met "
         "in Tripoli on Monday with the Minister of Foreign Affairs of Libya, Omar Bashir.",
         {P("Hassan Farouk", "Omar Bashir"): date(2025, 5, 12)},
         (("League of Arab States", "Libya"),), absent_institutions=(("United Nations", "Libya"),),
         title="Arab League envoy in Tripoli", publisher="League of Arab States"),
    Case("srsg-of-the-oic",
         "The Special Representative of the Secretary-General of the OIC for Afghanistan, Tariq Mahmood, met the "
         "Foreign Minister of Qatar, Khalid Al-Sada, in Doha on Sunday.",
         {P("Tariq Mahmood", "Khalid Al-Sada"): date(2025, 5, 11)},
         (("Organisation of Islamic Cooperation", "Qatar"),), absent_institutions=(("United Nations", "Qatar"),),
         title="OIC envoy visits Doha", publisher="Organisation of Islamic Cooperation"),
    Case("trilateral-meeting-of-three-ministers",
         "The foreign ministers of Egypt, Jordan and Iraq held a trilateral meeting in Cairo on 11 May 2025.\n\n"
         "Egyptian Foreign Minister Hany Fouad, Jordanian Foreign Minister Omar Haddad and Iraqi Foreign Minister "
         "Zaid Kareem discussed regional integration projects, including the interconnection of their power "
         "grids.\n\n"
         "The three ministers agreed to meet again in Amman in September.",
         {P("Hany Fouad", "Omar Haddad"): date(2025, 5, 11), P("Hany Fouad", "Zaid Kareem"): date(2025, 5, 11),
          P("Omar Haddad", "Zaid Kareem"): date(2025, 5, 11)},
         (("Egypt", "Jordan"), ("Egypt", "Iraq"), ("Jordan", "Iraq")),
         title="Trilateral meeting in Cairo"),
    Case("meeting-after-an-unrelated-first-half",
         "The Ministry of Health launched on Monday a national campaign against measles, which aims to vaccinate "
         "two million children by the end of the year. The campaign will run in all regions, with mobile teams "
         "reaching remote villages. Health workers will also check the vaccination records of school children.\n\n"
         "In a separate development, Health Minister Amina Diallo met on Tuesday with the Representative of the "
         "World Health Organization in Senegal, Dr. Paolo Greco, to review the cooperation programme for "
         "2025-2026.\n\n"
         "Dr. Greco praised the progress of the country in primary health care.",
         {P("Amina Diallo", "Paolo Greco"): date(2025, 5, 13)},
         (("Senegal", "World Health Organization"),),
         title="Measles campaign launched", publisher="Ministry of Health of Senegal"),
    Case("credentials-of-one-ambassador",
         "The Ambassador Extraordinary and Plenipotentiary of the Republic of Korea, Park Ji-ho, presented his "
         "credentials to the President of Mongolia, Bat-Erdene Gansukh, at the State Palace in Ulaanbaatar on "
         "8 May 2025.\n\n"
         "After the ceremony, the President and the Ambassador held a brief conversation on the development of "
         "relations between the two countries.",
         {P("Park Ji-ho", "Bat-Erdene Gansukh"): date(2025, 5, 8)},
         (("South Korea", "Mongolia"),),
         title="Korean Ambassador presents credentials", publisher="Office of the President of Mongolia"),
    Case("the-two-sides-the-visiting-minister-the-host",
         "Foreign Minister Tomas Novak of the Czech Republic received the visiting Foreign Minister of Vietnam, "
         "Pham Van Long, in Prague on Wednesday.\n\n"
         "The two sides reviewed bilateral trade, which reached a record level last year. Both ministers welcomed "
         "the opening of a direct flight between Prague and Hanoi.\n\n"
         "The visiting minister invited his host to Hanoi, and the host accepted the invitation.",
         {P("Tomas Novak", "Pham Van Long"): date(2025, 5, 14)},
         (("Czechia", "Vietnam"),),
         title="Foreign Minister Novak receives his Vietnamese counterpart", publisher="Ministry of Foreign Affairs of the Czech Republic"),
    Case("organization-mission-without-a-person",
         "The Minister of Finance of Zambia, Chanda Mulenga, on Monday held talks with a World Bank mission in "
         "Lusaka.\n\n"
         "The mission is in the country to review the projects the Bank finances in energy and water.",
         {P("Chanda Mulenga", "World Bank"): date(2025, 5, 12)},
         (("Zambia", "World Bank"),),
         title="Finance Minister holds talks with World Bank mission", publisher="Ministry of Finance of Zambia"),
    Case("headline-names-the-people-body-only-titles",
         "The Head of State today received the Minister of Foreign Affairs of Belgium at Village Urugwiro.\n\n"
         "The two discussed cooperation in health and education. The Minister is on a two-day visit to Rwanda.",
         {P("Jean Mugisha", "Sofie Claes"): date(2025, 5, 14)},
         title="President Jean Mugisha receives Belgian Foreign Minister Sofie Claes", publisher="Office of the President",
         published=date(2025, 5, 14)),
    Case("wire-headline-states-the-talks",
         "ROME, May 13 (Reuters) - Swedish Foreign Minister Anna Berg and her Norwegian counterpart Karl Lind "
         "discussed energy security and support for Ukraine on Tuesday, the Swedish foreign ministry said.\n\n"
         "\"Our countries stand together,\" Berg told reporters after the discussion.",
         {P("Anna Berg", "Karl Lind"): date(2025, 5, 13)},
         (("Sweden", "Norway"),),
         title="Anna Berg, Karl Lind hold talks in Rome", publisher="Reuters", published=date(2025, 5, 13)),
    Case("ministry-fm-receives-an-ambassador",
         "Ambassador of Japan Kenji Mori briefed Foreign Minister Lars Dahl on the trade strategy of his country at "
         "the Ministry on 12 May 2025.\n\n"
         "The Minister thanked the Ambassador and stressed the importance of free trade.",
         {P("Lars Dahl", "Kenji Mori"): date(2025, 5, 12)},
         (("Denmark", "Japan"),),
         title="FM Lars Dahl receives Ambassador of Japan Kenji Mori", publisher="Ministry of Foreign Affairs of Denmark"),
    Case("headline-counterpart-by-nationality",
         "Foreign Minister Anna Berg received the Minister of Foreign Affairs of Cyprus, Andreas Nikolaou, in "
         "Stockholm on Wednesday, 14 May 2025.\n\n"
         "The ministers discussed energy and the situation in the Eastern Mediterranean.",
         {P("Anna Berg", "Andreas Nikolaou"): date(2025, 5, 14)},
         (("Sweden", "Cyprus"),),
         title="Foreign Minister Anna Berg receives Cypriot counterpart", publisher="Government Offices of Sweden"),
    Case("headline-meeting-the-body-plans",
         "Minister of Trade Anna Berg will meet the Director-General of the World Trade Organization, Karl Lind, "
         "in Geneva next week.\n\n"
         "The two are expected to discuss the reform of the dispute settlement system.",
         {}, absent=(P("Anna Berg", "Karl Lind"),),
         title="Minister Anna Berg meets WTO chief Karl Lind", publisher="Government Offices of Sweden"),
    Case("headline-quotes-a-demand",
         "Foreign Minister Anna Berg said on Monday that the Secretary-General of the Council of Europe, Karl "
         "Lind, must act on the backlog of cases at the Court.\n\n"
         "\"The backlog undermines trust,\" she told parliament.",
         {}, absent=(P("Anna Berg", "Karl Lind"),),
         title="Anna Berg: Karl Lind must act", publisher="Government Offices of Sweden"),
    Case("list-of-ministers-met-with-one-guest",
         "Foreign Minister Ana Petrova, Defence Minister Ivan Georgiev and Economy Minister Maria Dimitrova met "
         "with the Secretary General of NATO, Henrik Dahl, in Sofia on Tuesday, 13 May 2025.\n\n"
         "The talks focused on the security of the eastern flank of the Alliance.",
         {P("Ana Petrova", "Henrik Dahl"): date(2025, 5, 13), P("Ivan Georgiev", "Henrik Dahl"): date(2025, 5, 13),
          P("Maria Dimitrova", "Henrik Dahl"): date(2025, 5, 13)},
         title="Ministers meet NATO Secretary General", publisher="Government of Bulgaria"),
    Case("coordinated-visitors-met-with-a-host",
         "Vu Duc Minh and Hoang Thi Lan met with the Chairman of the Senate of Pakistan, Farooq Ahmed, at the "
         "Parliament House in Islamabad on 13 May 2025.\n\n"
         "The Chairman welcomed the guests and called for closer ties between the two parliaments.",
         {P("Vu Duc Minh", "Farooq Ahmed"): date(2025, 5, 13), P("Hoang Thi Lan", "Farooq Ahmed"): date(2025, 5, 13)},
         title="Senate Chairman meets Vietnamese parliamentarians", publisher="Senate of Pakistan"),
    Case("telephone-conversation-between",
         "A telephone conversation took place on Thursday between the Minister of Foreign Affairs of Kazakhstan, "
         "Aidar Nurlanov, and the Secretary for Relations with States of the Holy See, Archbishop Paolo Bianchi.\n\n"
         "The parties discussed interreligious dialogue and the preparations for the next Congress of Leaders "
         "of World and Traditional Religions.",
         {P("Aidar Nurlanov", "Paolo Bianchi"): date(2025, 5, 15)},
         (("Kazakhstan", "Holy See"),),
         title="Kazakh Foreign Minister holds phone talks with Holy See", publisher="Ministry of Foreign Affairs of Kazakhstan"),
    Case("possessive-meeting",
         "President Elena Vasquez's meeting with the Prime Minister of Portugal, Rui Almeida, on Monday focused "
         "on migration and renewable energy, the presidential office said.\n\n"
         "Vasquez also discussed with Almeida the preparations for the summit of the European Union and Latin "
         "America.",
         {P("Elena Vasquez", "Rui Almeida"): date(2025, 5, 12)},
         title="President and Portuguese Prime Minister discuss migration"),
    Case("no-meeting-other-senses-and-negation",
         "The Minister of Agriculture, Carlos Ruiz, said the new irrigation scheme would meet the needs of "
         "farmers in the north.\n\n"
         "Ruiz did not meet the Ambassador of Peru, Luis Flores, who had requested an audience, because of the "
         "illness of the minister.\n\n"
         "The ministry called on the contractor to meet the deadline.",
         {},
         absent=(P("Carlos Ruiz", "Luis Flores"),), title="New irrigation scheme for northern farmers"),
    Case("joined-by-a-deputy-and-a-caption",
         "The Secretary-General of the Commonwealth, Helen Mwangi, met the Prime Minister of Fiji, Josaia Tora, "
         "at Marlborough House in London on 13 May 2025. She was joined by the Deputy Secretary-General, Ravi "
         "Prasad.\n\n"
         "Photo: Secretary-General Helen Mwangi (centre) with Prime Minister Josaia Tora (left) and Deputy "
         "Secretary-General Ravi Prasad.",
         {P("Helen Mwangi", "Josaia Tora"): date(2025, 5, 13), P("Ravi Prasad", "Josaia Tora"): date(2025, 5, 13)},
         (("Commonwealth of Nations", "Fiji"),),
         title="Secretary-General meets Prime Minister of Fiji", publisher="Commonwealth Secretariat"),
    Case("accompanied-by-three-ministers",
         "The President of the Philippines, Ramon Santos, received the Prime Minister of Singapore, Daniel Tan, "
         "at Malacanang Palace on Wednesday, 14 May 2025.\n\n"
         "Prime Minister Tan was accompanied by Minister for Foreign Affairs Grace Lim, Minister for Trade and "
         "Industry Kenneth Ong and Senior Minister of State Farah Ismail.\n\n"
         "The leaders witnessed the exchange of agreements on digital trade and food security.",
         {P("Ramon Santos", "Daniel Tan"): date(2025, 5, 14), P("Ramon Santos", "Grace Lim"): date(2025, 5, 14),
          P("Ramon Santos", "Kenneth Ong"): date(2025, 5, 14), P("Ramon Santos", "Farah Ismail"): date(2025, 5, 14)},
         (("Philippines", "Singapore"),),
         title="President receives Singapore Prime Minister", publisher="Presidential Communications Office"),
    Case("video-conference-with-an-agency-head",
         "The Minister of Education of Morocco, Fatima Alaoui, held a video conference on 6 May 2025 with the "
         "Director-General of UNESCO, Laura Bennett, on the reform of vocational training.\n\n"
         "The two officials agreed to prepare a joint programme for teachers in rural areas.",
         {P("Fatima Alaoui", "Laura Bennett"): date(2025, 5, 6)},
         (("Morocco", "UNESCO"),),
         title="Minister holds video conference with UNESCO Director-General"),
    Case("ambassador-courtesy-call-on-a-minister",
         "The Ambassador of Japan to Kenya, Kenji Watanabe, paid a courtesy call on the Cabinet Secretary for "
         "Foreign Affairs, Mary Njeri, on Tuesday 13 May 2025.\n\n"
         "The host welcomed the guest, and the two discussed Japanese investment in geothermal energy.",
         {P("Kenji Watanabe", "Mary Njeri"): date(2025, 5, 13)},
         (("Japan", "Kenya"),),
         title="Japanese Ambassador pays courtesy call", publisher="Ministry of Foreign Affairs of Kenya"),
    Case("plural-title-then-two-names-attended",
         "The Minister of Finance of Armenia, Karen Hakobyan, met with the Vice President of the Asian Development "
         "Bank, Li Wei, in Yerevan on 12 May 2025.\n\n"
         "Deputy Ministers of Finance of Armenia, Anna Sargsyan and Tigran Petrosyan also attended the meeting.",
         {P("Karen Hakobyan", "Li Wei"): date(2025, 5, 12), P("Anna Sargsyan", "Li Wei"): date(2025, 5, 12),
          P("Tigran Petrosyan", "Li Wei"): date(2025, 5, 12)},
         (("Armenia", "Asian Development Bank"),),
         title="Minister of Finance meets ADB Vice President"),
    Case("the-title-before-a-later-holder",
         "Prime Minister Anil Verma held talks with President Chloe Martin of France in Paris on 12 May 2025.\n\n"
         "The Prime Minister later met the Prime Minister of Canada, Ryan Walsh, and the President of the "
         "European Commission, Ursula Berg.",
         {P("Anil Verma", "Chloe Martin"): date(2025, 5, 12), P("Anil Verma", "Ryan Walsh"): None,
          P("Anil Verma", "Ursula Berg"): None},
         absent=(P("Chloe Martin", "Ryan Walsh"), P("Chloe Martin", "Ursula Berg"))),
    Case("talks-took-place-between",
         "Talks took place in Ashgabat on Wednesday between the Minister of Foreign Affairs of Turkmenistan, "
         "Rashid Meredov, and the Foreign Minister of Hungary, Peter Szabo.\n\n"
         "The ministers discussed energy cooperation.",
         {P("Rashid Meredov", "Peter Szabo"): date(2025, 5, 14)},
         (("Turkmenistan", "Hungary"),)),
    Case("luncheon-in-honour-of-a-visitor",
         "The Prime Minister of Malaysia, Anwar Rahman, hosted a luncheon in honour of the visiting President of "
         "Indonesia, Budi Hartono, in Putrajaya on 12 May 2025.\n\n"
         "The two leaders discussed trade and the security of the Straits of Malacca.",
         {P("Anwar Rahman", "Budi Hartono"): date(2025, 5, 12)},
         (("Malaysia", "Indonesia"),)),
    Case("talks-between-the-two-ministers-named-after",
         "Talks between the two ministers, Aleksandar Petrovic of Serbia and Nikola Horvat of Croatia, were held "
         "in Belgrade on Monday.\n\n"
         "The ministers agreed to open two new border crossings.",
         {P("Aleksandar Petrovic", "Nikola Horvat"): date(2025, 5, 12)},
         title="Serbian and Croatian ministers hold talks"),
    Case("participants-from-the-ministry-were",
         "The Minister of Health of Ghana, Kwame Boateng, met with a delegation of the World Health Organization "
         "in Accra on 12 May 2025.\n\n"
         "Participants from the ministry were: Deputy Minister Ama Owusu and Director General Kofi Mensah.",
         {P("Kwame Boateng", "World Health Organization"): date(2025, 5, 12),
          P("Ama Owusu", "World Health Organization"): date(2025, 5, 12),
          P("Kofi Mensah", "World Health Organization"): date(2025, 5, 12)},
         (("Ghana", "World Health Organization"),),
         title="Minister meets WHO delegation"),
    Case("discussed-at-a-meeting",
         "The Ambassador of Italy, Marco Rossi, and the Governor of Osh region, Bakyt Toktorov, discussed "
         "investment projects at a meeting in Osh on 13 May 2025.",
         {P("Marco Rossi", "Bakyt Toktorov"): date(2025, 5, 13)},
         title="Governor meets Italian Ambassador"),
    Case("talks-also-attended-by-two-ministers",
         "President Ramon Santos held talks with Prime Minister Daniel Tan in Manila on 14 May 2025. The talks "
         "were also attended by Foreign Secretary Enrique Manalo and Singapore's Minister for Foreign Affairs, "
         "Grace Lim.",
         {P("Ramon Santos", "Daniel Tan"): date(2025, 5, 14), P("Enrique Manalo", "Daniel Tan"): date(2025, 5, 14),
          P("Ramon Santos", "Grace Lim"): date(2025, 5, 14)},
         title="President holds talks with Singapore Prime Minister"),
    Case("her-counterpart-named-later",
         "Foreign Minister Ana Costa arrived in Madrid on Monday. She held talks with her counterpart on the "
         "situation in the Sahel.\n\n"
         "Spanish Foreign Minister Lucia Ortega said the two countries share the same goals.",
         {P("Ana Costa", "Lucia Ortega"): date(2025, 5, 12)},
         title="Foreign Minister visits Spain", publisher="Ministry of Foreign Affairs of Portugal"),
    Case("during-the-visit-he-held-talks-and-called-on",
         "The Prime Minister of Vietnam, Pham Minh Tuan, paid an official visit to Laos from 10 to 12 May 2025. "
         "During the visit, he held talks with Prime Minister Sonexay Phomvihane and called on President "
         "Thongloun Sisoulith.",
         {P("Pham Minh Tuan", "Sonexay Phomvihane"): None, P("Pham Minh Tuan", "Thongloun Sisoulith"): None},
         absent=(P("Sonexay Phomvihane", "Thongloun Sisoulith"),),
         title="Prime Minister visits Laos", publisher="Government of Vietnam"),
    Case("received-separately-two-ambassadors",
         "The Minister of Foreign Affairs of Paraguay, Diego Benitez, on Thursday received separately the "
         "Ambassador of Chile, Hugo Rojas, and the Ambassador of Peru, Luis Flores.\n\n"
         "With Ambassador Rojas he reviewed the agenda of the bilateral commission, and with Ambassador Flores "
         "the preparations for the Andean forum.",
         {P("Diego Benitez", "Hugo Rojas"): date(2025, 5, 15), P("Diego Benitez", "Luis Flores"): date(2025, 5, 15)},
         (("Paraguay", "Chile"), ("Paraguay", "Peru")),
         absent=(P("Hugo Rojas", "Luis Flores"),),
         title="Foreign Minister receives Ambassadors of Chile and Peru"),
    # --- tenth round: the manners of publishers the tuned part lacks (news agencies with datelines,
    # foreign ministries of Asia, Africa and Latin America, UN agencies, the EU, regional banks,
    # cultural bodies, parliaments), long sentences of many clauses --------------------------------
    Case("agency-vice-premier-long-lead",
         "BEIJING, May 13 (Xinhua) -- Chinese Vice Premier Liu Zhenhua met with visiting Kenyan Cabinet Secretary "
         "for Trade Moses Kiprono in Beijing on Tuesday, saying that China is ready to work with Kenya to expand "
         "trade in agricultural products, deepen cooperation in infrastructure and the digital economy, and "
         "implement the outcomes of the summit held last year.\n\n"
         "Kiprono said Kenya values its partnership with China and welcomes more Chinese companies to invest in "
         "the country.",
         {P("Liu Zhenhua", "Moses Kiprono"): date(2025, 5, 13)},
         (("China", "Kenya"),), publisher="Xinhua"),
    Case("agency-presidency-audience-in-the-presence-of",
         "ALGIERS - The President of the Republic, Abdelkader Benali, received on Monday at the El Mouradia "
         "Palace the Minister of Foreign Affairs of Mauritania, Sidi Ould Ahmed, who is on a working visit to "
         "Algeria as an envoy of the Mauritanian President, the Presidency of the Republic said in a statement.\n\n"
         "The audience took place in the presence of the Minister of Foreign Affairs, Karim Belkacem, and the "
         "Director of the Cabinet of the Presidency, Nadir Larbi.",
         {P("Abdelkader Benali", "Sidi Ould Ahmed"): date(2025, 5, 12),
          P("Karim Belkacem", "Sidi Ould Ahmed"): date(2025, 5, 12), P("Nadir Larbi", "Sidi Ould Ahmed"): date(2025, 5, 12)},
         (("Algeria", "Mauritania"),), publisher="Algeria Press Service"),
    Case("agency-official-talks-with-his-counterpart",
         "Havana, May 14 (Prensa Latina) The Cuban Foreign Minister, Rafael Castillo, held official talks on "
         "Wednesday with his Vietnamese counterpart, Nguyen Van Long, who is making an official visit to the "
         "island at the invitation of the Cuban side.\n\n"
         "During the meeting, held at the headquarters of the Foreign Ministry, both ministers reviewed the state "
         "of bilateral relations and ratified their willingness to strengthen economic and trade ties.",
         {P("Rafael Castillo", "Nguyen Van Long"): date(2025, 5, 14)},
         (("Cuba", "Vietnam"),), publisher="Prensa Latina"),
    Case("agency-courtesy-call-where-they-discussed",
         "PUTRAJAYA, May 12 (Bernama) -- Prime Minister Anwar Rahman today received a courtesy call from the "
         "Secretary-General of ASEAN, Dr Kao Sovann, at his office in Perdana Putra, where they discussed "
         "Malaysia's chairmanship of the regional grouping, the situation in Myanmar and the accession of "
         "Timor-Leste.\n\n"
         "Also present was Malaysian Foreign Minister Azlan Hashim.",
         {P("Anwar Rahman", "Kao Sovann"): date(2025, 5, 12), P("Azlan Hashim", "Kao Sovann"): date(2025, 5, 12)},
         (("Malaysia", "ASEAN"),), publisher="Bernama"),
    Case("agency-also-received-three-ambassadors",
         "HANOI (VNA) – Prime Minister Pham Minh Tuan received Ambassador of Brazil to Vietnam Paulo Mendes in "
         "Hanoi on May 13.\n\n"
         "On the same day, the Prime Minister also received Ambassador of Chile Hugo Rojas, Ambassador of Peru "
         "Luis Flores and Ambassador of Mexico Rosa Delgado, who came to bid farewell at the end of their terms.",
         {P("Pham Minh Tuan", "Paulo Mendes"): date(2025, 5, 13), P("Pham Minh Tuan", "Hugo Rojas"): date(2025, 5, 13),
          P("Pham Minh Tuan", "Luis Flores"): date(2025, 5, 13), P("Pham Minh Tuan", "Rosa Delgado"): date(2025, 5, 13)},
         absent=(P("Hugo Rojas", "Luis Flores"), P("Hugo Rojas", "Rosa Delgado"), P("Luis Flores", "Rosa Delgado"),
                 P("Paulo Mendes", "Hugo Rojas")),
         publisher="Vietnam News Agency"),
    Case("agency-amir-receives-ipu-president",
         "KUWAIT, May 15 (KUNA) -- His Highness the Amir Sheikh Salem Al-Mubarak received at Bayan Palace on "
         "Thursday the President of the Inter-Parliamentary Union (IPU), Maria Fernandes, who is visiting the "
         "country to take part in a regional seminar on the role of parliaments in achieving the sustainable "
         "development goals.\n\n"
         "The meeting was attended by the Speaker of the National Assembly, Marzouq Al-Fadhel, and Minister of "
         "Amiri Diwan Affairs Sheikh Mohammad Al-Abdullah.",
         {P("Salem Al-Mubarak", "Maria Fernandes"): date(2025, 5, 15),
          P("Marzouq Al-Fadhel", "Maria Fernandes"): date(2025, 5, 15),
          P("Mohammad Al-Abdullah", "Maria Fernandes"): date(2025, 5, 15)},
         (("Kuwait", "Inter-Parliamentary Union"),), publisher="KUNA"),
    Case("ministry-held-discussions-with-a-bank-delegation",
         "Addis Ababa, 13 May 2025 – State Minister of Foreign Affairs Ambassador Mesfin Tadesse held "
         "discussions today with a delegation of the African Development Bank led by its Vice President for "
         "Regional Development, Kofi Mensah, on the Bank's support for the Horn of Africa infrastructure corridor "
         "and Ethiopia's debt restructuring.\n\n"
         "The State Minister briefed the delegation on the progress of the economic reform agenda, while Vice "
         "President Mensah reaffirmed the Bank's commitment to scaling up its engagement.",
         {P("Mesfin Tadesse", "Kofi Mensah"): date(2025, 5, 13)},
         publisher="Ministry of Foreign Affairs of Ethiopia"),
    Case("ministry-met-with-whom-she-addressed",
         "Bogota, May 14, 2025. The Minister of Foreign Affairs, Laura Gutierrez, met this Wednesday at the San "
         "Carlos Palace with the Secretary General of the Andean Community, Jorge Paredes, with whom she "
         "addressed the strengthening of the integration process, the free movement of persons and the agenda "
         "of the next presidential council.\n\n"
         "The meeting was also attended by the Vice Minister of Multilateral Affairs, Andres Molina.",
         {P("Laura Gutierrez", "Jorge Paredes"): date(2025, 5, 14), P("Andres Molina", "Jorge Paredes"): date(2025, 5, 14)},
         publisher="Ministry of Foreign Affairs of Colombia"),
    Case("eu-high-representative-on-the-margins",
         "Brussels, 12 May 2025 – High Representative/Vice-President Sofia Marin met today with the Foreign "
         "Minister of the Republic of Korea, Kim Do-yun, on the margins of the EU-Indo-Pacific Ministerial "
         "Forum.\n\n"
         "The High Representative and the Foreign Minister discussed the security and defence partnership, "
         "which the two sides signed last year, as well as the situation on the Korean Peninsula.",
         {P("Sofia Marin", "Kim Do-yun"): date(2025, 5, 12)},
         publisher="European External Action Service"),
    Case("regional-bank-received-who-was-accompanied-by",
         "ABIDJAN, May 13, 2025 – The President of the African Development Bank Group, Dr. Samuel Adeyemi, on "
         "Tuesday received the Prime Minister of Cabo Verde, Jose Correia, at the Bank's headquarters, where the "
         "two leaders reviewed a portfolio of projects worth more than 300 million dollars and explored new "
         "financing for renewable energy and the blue economy.\n\n"
         "Prime Minister Correia, who was accompanied by the Minister of Finance, Olavo Tavares, and the "
         "Ambassador of Cabo Verde to Cote d'Ivoire, Ana Lopes, thanked the Bank for its support.",
         {P("Samuel Adeyemi", "Jose Correia"): date(2025, 5, 13), P("Samuel Adeyemi", "Olavo Tavares"): date(2025, 5, 13),
          P("Samuel Adeyemi", "Ana Lopes"): date(2025, 5, 13)},
         (("African Development Bank", "Cabo Verde"),), publisher="African Development Bank"),
    Case("regional-bank-visit-where-he-met",
         "The President of the Inter-American Development Bank (IDB), Ricardo Ilan, visited Tegucigalpa on "
         "12 May 2025, where he met with the President of Honduras, Carmen Zelaya, and with the Minister of "
         "Finance, Marco Midence, to discuss the country's priorities in water, energy and citizen security.\n\n"
         "\"Honduras can count on the IDB,\" said Ilan after the meeting at the Presidential House.",
         {P("Ricardo Ilan", "Carmen Zelaya"): date(2025, 5, 12), P("Ricardo Ilan", "Marco Midence"): date(2025, 5, 12)},
         (("Inter-American Development Bank", "Honduras"),), publisher="IDB"),
    Case("un-agency-head-met-after-a-camp-visit",
         "DHAKA, 14 May 2025 – UNICEF Executive Director Helena Voss, on her first visit to Bangladesh since "
         "taking office, met with Prime Minister Rashid Chowdhury in Dhaka today, after spending two days in the "
         "camps of Cox's Bazar, where she spoke with children, mothers and teachers about the cuts in food "
         "rations and the lack of schooling.\n\n"
         "\"The children I met in the camps deserve more than survival,\" Voss said.",
         {P("Helena Voss", "Rashid Chowdhury"): date(2025, 5, 14)},
         (("UNICEF", "Bangladesh"),), publisher="UNICEF"),
    Case("un-agency-joined-by-on-each-side",
         "ROME – The Executive Director of the World Food Programme, Cindy Harlow, received the Minister of "
         "Agriculture of Malawi, Grace Banda, at WFP headquarters on Monday 12 May 2025. The Executive Director "
         "was joined by the WFP Country Director for Malawi, Paul Turner, and the Minister by the Ambassador of "
         "Malawi to Italy, Peter Mwale.",
         {P("Cindy Harlow", "Grace Banda"): date(2025, 5, 12), P("Paul Turner", "Grace Banda"): date(2025, 5, 12),
          P("Cindy Harlow", "Peter Mwale"): date(2025, 5, 12)},
         (("World Food Programme", "Malawi"),), publisher="WFP"),
    Case("cultural-bodies-heads-respectively",
         "PARIS, 13 May 2025 – The Directors-General of UNESCO and ALECSO, Laura Bennett and Mohamed Salah "
         "respectively, met today at UNESCO Headquarters to review the joint programme for the safeguarding of "
         "the manuscripts of the Arab region.",
         {P("Laura Bennett", "Mohamed Salah"): date(2025, 5, 13)},
         (("UNESCO", "ALECSO"),), publisher="UNESCO"),
    Case("parliament-delegation-which-also-included-members",
         "MANILA – Senate President Miguel Reyes welcomed on Wednesday a parliamentary delegation from Japan "
         "headed by the Chairman of the Japan-Philippines Parliamentary Friendship League, Taro Nakamura, at the "
         "Senate in Pasay City.\n\n"
         "The delegation, which also included members of the House of Representatives Kenji Sato and Yumi "
         "Hayashi, discussed with Reyes the proposed visiting forces agreement and disaster resilience.",
         {P("Miguel Reyes", "Taro Nakamura"): date(2025, 5, 14), P("Miguel Reyes", "Kenji Sato"): date(2025, 5, 14),
          P("Miguel Reyes", "Yumi Hayashi"): date(2025, 5, 14)},
         publisher="Senate of the Philippines"),
    Case("ministers-of-three-states-respectively-capitalised",
         "Lima, May 15, 2025. The Ministers of Foreign Affairs of Peru, Ecuador and Bolivia, Elena Vargas, Diego "
         "Salazar and Ruth Mamani, respectively, held a trilateral meeting on Thursday in Lima to coordinate the "
         "response to the migration crisis.",
         {P("Elena Vargas", "Diego Salazar"): date(2025, 5, 15), P("Diego Salazar", "Ruth Mamani"): date(2025, 5, 15),
          P("Elena Vargas", "Ruth Mamani"): date(2025, 5, 15)},
         (("Peru", "Ecuador"), ("Ecuador", "Bolivia"), ("Peru", "Bolivia"))),
    Case("respectively-titles-after-the-names",
         "GENEVA, 20 May 2025 – Tomas Lindqvist and Amina Diallo, respectively Minister of Trade of Sweden and "
         "Secretary-General of UNCTAD, met on Tuesday at the Palais des Nations to discuss the trade of the least "
         "developed countries.",
         {P("Tomas Lindqvist", "Amina Diallo"): date(2025, 5, 20)},
         (("Sweden", "UNCTAD"),), publisher="UNCTAD"),
    Case("respectively-three-ambassadors-received",
         "OTTAWA – The Minister of Foreign Affairs of Canada, Claire Martin, received on Monday 19 May 2025 the "
         "Ambassadors of Brazil, Chile and Mexico, Paulo Souza, Andrea Rojas and Luis Ortega respectively, to "
         "discuss cooperation in the Americas.",
         {P("Claire Martin", "Paulo Souza"): date(2025, 5, 19), P("Claire Martin", "Andrea Rojas"): date(2025, 5, 19),
          P("Claire Martin", "Luis Ortega"): date(2025, 5, 19)},
         (("Canada", "Brazil"), ("Canada", "Chile"), ("Canada", "Mexico")), publisher="Global Affairs Canada"),
    Case("respectively-lower-case-heads-of-two-banks",
         "WASHINGTON (Reuters) - The heads of the International Monetary Fund and the World Bank, Marta Silva and "
         "John Carter respectively, met on Thursday 22 May 2025 to coordinate their lending to Ukraine.",
         {P("Marta Silva", "John Carter"): date(2025, 5, 22)},
         (("International Monetary Fund", "World Bank"),), publisher="Reuters"),
    Case("commission-chairperson-call-during-which",
         "Addis Ababa, 14 May 2025: The Chairperson of the African Union Commission, Amadou Sall, held a "
         "telephone conversation on Wednesday with the President of the Republic of Senegal, Ousmane Ba, during "
         "which the two leaders exchanged views on the situation in the Sahel, the preparations for the mid-year "
         "coordination meeting and the financing of peace support operations.",
         {P("Amadou Sall", "Ousmane Ba"): date(2025, 5, 14)},
         publisher="African Union"),
    Case("ministry-statement-courtesy-call-both-sides",
         "BANGKOK – Minister of Foreign Affairs Somchai Wongsa received a courtesy call from the Ambassador of "
         "Bangladesh, Nasreen Haque, on 12 May 2025, the Ministry said in a statement.\n\n"
         "Both sides discussed ways to expand trade, connectivity and cooperation in fisheries.",
         {P("Somchai Wongsa", "Nasreen Haque"): date(2025, 5, 12)},
         publisher="Ministry of Foreign Affairs of Thailand"),
    Case("forum-opened-then-sidelines-meeting",
         "CAIRO – The Arab Water Forum opened on Monday 12 May 2025 with the participation of ministers and "
         "experts from 18 countries.\n\n"
         "On the sidelines of the forum, the Egyptian Minister of Water Resources, Hassan Fahmy, met the Minister "
         "of Water of Jordan, Omar Khatib, and discussed the management of shared aquifers.",
         {P("Hassan Fahmy", "Omar Khatib"): date(2025, 5, 12)},
         (("Egypt", "Jordan"),), publisher="Middle East News Agency"),
    Case("wire-quote-first-after-meeting",
         "\"We have turned a page,\" Peruvian President Ana Quispe said on Tuesday after meeting Chilean "
         "President Tomas Vidal in Santiago, the first visit by a Peruvian head of state in six years.\n\n"
         "The two leaders signed agreements on energy interconnection and border security, Vidal's office said.",
         {P("Ana Quispe", "Tomas Vidal"): date(2025, 5, 13)},
         (("Peru", "Chile"),), publisher="Wire"),
    Case("agency-minister-discussed-with-a-bank-director",
         "ADDIS ABABA (ENA) – Finance Minister Dawit Alemu discussed with the Country Director of the World Bank "
         "for Ethiopia, Ingrid Solberg, on Monday the financing of the second phase of the rural roads programme "
         "and the support of the Bank to the macroeconomic reform.",
         {P("Dawit Alemu", "Ingrid Solberg"): date(2025, 5, 12)},
         publisher="Ethiopian News Agency"),
    Case("agency-received-a-phone-call-from",
         "RIYADH, May 13, 2025, SPA -- Saudi Minister of State for Foreign Affairs Adel Al-Qahtani received a "
         "phone call today from the Minister of Foreign Affairs of Tunisia, Mounir Ben Salah, during which they "
         "reviewed bilateral relations and the latest regional developments.",
         {P("Adel Al-Qahtani", "Mounir Ben Salah"): date(2025, 5, 13)},
         (("Saudi Arabia", "Tunisia"),), publisher="Saudi Press Agency"),
    Case("two-ambassadors-called-on-a-secretary-general",
         "The Ambassador of India, Vikram Rao, and the Ambassador of Japan, Haruto Suzuki, called on the "
         "Secretary-General of ASEAN, Kao Sovann, on Thursday 15 May 2025 at the ASEAN Secretariat in Jakarta.",
         {P("Vikram Rao", "Kao Sovann"): date(2025, 5, 15), P("Haruto Suzuki", "Kao Sovann"): date(2025, 5, 15)},
         (("India", "ASEAN"), ("Japan", "ASEAN")),
         absent_institutions=(("India", "Japan"),), publisher="ASEAN"),
    Case("agency-minister-met-with-who-was-accompanied",
         "VIENNA – The Director General of the International Atomic Energy Agency (IAEA), Henrik Strand, met in "
         "Vienna on 13 May 2025 with Pakistan's Minister of Energy, Tariq Mehmood, who was accompanied by the "
         "Chairman of the Pakistan Atomic Energy Commission, Naveed Akhtar, to discuss the expansion of nuclear "
         "power in Pakistan, the safety of the plants under construction and the use of nuclear techniques in "
         "agriculture and cancer treatment.",
         {P("Henrik Strand", "Tariq Mehmood"): date(2025, 5, 13), P("Henrik Strand", "Naveed Akhtar"): date(2025, 5, 13)},
         (("IAEA", "Pakistan"),), publisher="IAEA"),
    Case("parliament-received-two-untagged-members",
         "Vice Chairwoman of the National Assembly Nguyen Thi Thanh received Nana Ofori and Kwabena Asare, members "
         "of the Parliament of Ghana, in Hanoi on May 12.\n\n"
         "The Vice Chairwoman said Vietnam wishes to boost cooperation with Ghana in agriculture.",
         {P("Nguyen Thi Thanh", "Nana Ofori"): date(2025, 5, 12), P("Nguyen Thi Thanh", "Kwabena Asare"): date(2025, 5, 12)},
         publisher="Vietnam News Agency"),
    Case("political-consultations-delegations-headed-by",
         "Tashkent, 14 May 2025 – Political consultations between the Ministries of Foreign Affairs of Uzbekistan "
         "and Indonesia were held in Tashkent.\n\n"
         "The Uzbek delegation was headed by Deputy Minister of Foreign Affairs Jasur Karimov, and the Indonesian "
         "delegation by Deputy Minister of Foreign Affairs Arif Nugroho.",
         {P("Jasur Karimov", "Arif Nugroho"): date(2025, 5, 14)},
         (("Uzbekistan", "Indonesia"),), publisher="Ministry of Foreign Affairs of Uzbekistan"),
    Case("participle-opening-receiving",
         "Receiving the visiting Minister of Foreign Affairs of Zambia, Mulenga Phiri, at State House on Tuesday, "
         "President Samia Juma of Tanzania stressed the importance of the railway linking the two countries.\n\n"
         "Minister Phiri delivered a message from the President of Zambia.",
         {P("Mulenga Phiri", "Samia Juma"): date(2025, 5, 13)},
         (("Zambia", "Tanzania"),), publisher="State House Tanzania"),
    Case("in-his-meeting-with-opening",
         "In his meeting with the Secretary-General of the Commonwealth, Helen Mwangi, on 14 May 2025, the Prime "
         "Minister of Jamaica, Andrew Clarke, called for faster access to climate finance for small island "
         "states, which face rising seas, stronger hurricanes and a growing burden of debt.",
         {P("Helen Mwangi", "Andrew Clarke"): date(2025, 5, 14)},
         (("Commonwealth of Nations", "Jamaica"),), publisher="Office of the Prime Minister of Jamaica"),
    Case("co-chaired-the-joint-commission",
         "The Minister of Foreign Affairs of Indonesia, Retno Sari, and the Minister of Foreign Affairs of Timor-"
         "Leste, Adaljiza Belo, co-chaired the seventh session of the Joint Ministerial Commission in Dili on 13 "
         "May 2025, where they agreed to speed up the demarcation of the land border.",
         {P("Retno Sari", "Adaljiza Belo"): date(2025, 5, 13)},
         (("Indonesia", "Timor-Leste"),), publisher="Ministry of Foreign Affairs of Indonesia"),
    Case("exchanged-views-at-the-ministry",
         "Deputy Foreign Minister Nguyen Minh Hang and the Ambassador of Argentina to Vietnam, Carlos Bianchi, "
         "exchanged views on Tuesday at the ministry in Hanoi on preparations for the visit of the Argentine "
         "President later this year.",
         {P("Nguyen Minh Hang", "Carlos Bianchi"): date(2025, 5, 13)}, publisher="Ministry of Foreign Affairs of Vietnam"),
    Case("relative-clause-who-met",
         "The Governor of the Central Bank of Kenya, Joseph Mwangi, who met with the President of the World Bank "
         "Group, Alan Becker, in Washington on Thursday, said the bank would support the reform of the mobile "
         "money market.",
         {P("Joseph Mwangi", "Alan Becker"): date(2025, 5, 15)},
         (("Kenya", "World Bank"),), publisher="Central Bank of Kenya"),
    Case("hosted-for-talks-then-dinner",
         "Prime Minister Kamal Perera hosted the Prime Minister of Nepal, Ram Thapa, for talks at Temple Trees "
         "on 12 May 2025, followed by a working dinner attended by the ministers of both delegations.\n\n"
         "The Nepalese delegation included Foreign Minister Sita Karki.",
         {P("Kamal Perera", "Ram Thapa"): date(2025, 5, 12), P("Kamal Perera", "Sita Karki"): date(2025, 5, 12)},
         (("Sri Lanka", "Nepal"),), publisher="Prime Minister's Office of Sri Lanka"),
    Case("courtesy-visit-paid-to",
         "The newly appointed Ambassador of the Republic of Korea to Ghana, Lee Sung-min, paid a courtesy visit "
         "to the Speaker of Parliament, Alban Dery, at Parliament House in Accra on Wednesday, 14 May 2025.\n\n"
         "The Speaker urged Korean investors to look at agro-processing.",
         {P("Lee Sung-min", "Alban Dery"): date(2025, 5, 14)},
         (("South Korea", "Ghana"),), publisher="Parliament of Ghana"),
    Case("at-the-invitation-official-visit-talks",
         "At the invitation of the President of the Republic of Uzbekistan, Timur Rakhimov, the President of "
         "Mongolia, Bat-Erdene Ganbold, is paying a state visit to Uzbekistan on 14-15 May 2025.\n\n"
         "On 14 May, the two heads of state held talks in a narrow format at the Kuksaroy residence, followed by "
         "expanded talks with the participation of the delegations.",
         {P("Timur Rakhimov", "Bat-Erdene Ganbold"): date(2025, 5, 14)},
         (("Uzbekistan", "Mongolia"),), publisher="Press Service of the President of Uzbekistan"),
    Case("had-a-meeting-with-long",
         "Minister of Industry and Trade Le Thi Nga had a meeting in Hanoi on May 12 with a delegation of the "
         "European Commission's Directorate-General for Trade led by its Deputy Director-General, Pierre Moreau, "
         "to review the implementation of the free trade agreement, including the rules of origin and the "
         "removal of the yellow card on fisheries.",
         {P("Le Thi Nga", "Pierre Moreau"): date(2025, 5, 12)}, publisher="Vietnam News Agency"),
    Case("conferred-with-on-the-sidelines",
         "GENEVA, 13 May 2025 – On the sidelines of the World Health Assembly, the Minister of Health of Egypt, "
         "Khaled Ghoneim, conferred with the Regional Director of the World Health Organization for the Eastern "
         "Mediterranean, Hanan Saleh, on the expansion of local vaccine production.",
         {P("Khaled Ghoneim", "Hanan Saleh"): date(2025, 5, 13)},
         (("Egypt", "World Health Organization"),), publisher="Ministry of Health of Egypt"),
    Case("received-in-audience-with-companion-list",
         "His Majesty King Tupou Fifita received in audience the Secretary General of the Pacific Islands Forum, "
         "Henry Kalo, at the Royal Palace in Nuku'alofa on Monday, 12 May 2025.\n\n"
         "The Secretary General was accompanied by the Director of Policy, Mere Tora, and the Adviser on "
         "Oceans, James Wale.",
         {P("Tupou Fifita", "Henry Kalo"): date(2025, 5, 12), P("Tupou Fifita", "Mere Tora"): date(2025, 5, 12),
          P("Tupou Fifita", "James Wale"): date(2025, 5, 12)},
         (("Tonga", "Pacific Islands Forum"),), publisher="Palace Office of Tonga"),
    Case("no-meeting-called-on-to-and-will-meet",
         "The Minister of Environment of Chile, Paula Soto, called on the countries of the region to ratify the "
         "Escazu Agreement without delay.\n\n"
         "Soto will meet the Executive Secretary of ECLAC, Mario Cimoli Vera, next week in Santiago to prepare "
         "the regional conference.",
         {}, absent=(P("Paula Soto", "Mario Cimoli Vera"),), publisher="Ministry of Environment of Chile"),
    Case("possessive-call-with",
         "President Luis Arce Mendoza's call with the Prime Minister of Spain, Pedro Navarro, on Wednesday "
         "focused on the agreement between the European Union and Mercosur, the presidency said.",
         {P("Luis Arce Mendoza", "Pedro Navarro"): date(2025, 5, 14)}, publisher="Presidency of Bolivia"),
    Case("signed-with-a-counterpart",
         "KIGALI, 13 May 2025 – The Minister of Foreign Affairs of Rwanda, Olivier Nshuti, signed a memorandum "
         "of understanding on political consultations with the Minister of Foreign Affairs of Benin, Adjovi "
         "Houngbo, at the ministry in Kigali on Tuesday.",
         {P("Olivier Nshuti", "Adjovi Houngbo"): date(2025, 5, 13)},
         (("Rwanda", "Benin"),), publisher="Ministry of Foreign Affairs of Rwanda"),
    Case("caption-left-to-right",
         "The Minister of Culture of Senegal, Aminata Diallo, received the Director of the Goethe-Institut in "
         "Dakar, Katrin Vogel, on 12 May 2025 to discuss a festival of West African cinema.\n\n"
         "Photo: Minister Aminata Diallo and Director Katrin Vogel during their meeting.",
         {P("Aminata Diallo", "Katrin Vogel"): date(2025, 5, 12)}, publisher="Ministry of Culture of Senegal"),
    Case("passive-received-by-far",
         "The Special Envoy of the United Nations Secretary-General for the Great Lakes Region, Mamadou Keita, "
         "who arrived in Kinshasa on Sunday for a five-day visit, was received on Monday, 12 May 2025 by the "
         "President of the Democratic Republic of the Congo, Joseph Lukusa.",
         {P("Mamadou Keita", "Joseph Lukusa"): date(2025, 5, 12)}, publisher="MONUSCO"),
    Case("subject-and-his-counterpart-held-talks",
         "Foreign Minister Erlan Sadykov and his Azerbaijani counterpart Farid Huseynov held talks in Astana on "
         "Tuesday, 13 May 2025, focusing on the Middle Corridor and the transit of goods across the Caspian "
         "Sea.",
         {P("Erlan Sadykov", "Farid Huseynov"): date(2025, 5, 13)}, publisher="Kazinform"),
    Case("hosted-and-his-delegation",
         "The Governor of the Central Bank of Nigeria, Musa Bello, on Thursday hosted the President of the "
         "Afreximbank, Chidi Okafor, and his delegation at the bank's head office in Abuja, where they discussed "
         "trade finance for small firms.",
         {P("Musa Bello", "Chidi Okafor"): date(2025, 5, 15)}, publisher="Central Bank of Nigeria"),
    Case("bid-farewell-to",
         "The President of Mozambique, Daniel Chissano, bid farewell on 13 May 2025 to the outgoing Ambassador "
         "of Portugal, Helena Antunes, at the end of her four-year tour of duty in Maputo.",
         {P("Daniel Chissano", "Helena Antunes"): date(2025, 5, 13)}, publisher="Presidency of Mozambique"),
    Case("met-separately-later-paragraph-he",
         "The Secretary General of the Organisation of Islamic Cooperation, Hassan Idris, arrived in Islamabad "
         "on Monday, 12 May 2025, on a three-day visit.\n\n"
         "On Tuesday he met the Prime Minister of Pakistan, Imran Siddiqui, and on Wednesday he held talks with "
         "the Foreign Minister, Aisha Rahman, on the situation in Jammu and Kashmir.",
         {P("Hassan Idris", "Imran Siddiqui"): date(2025, 5, 13), P("Hassan Idris", "Aisha Rahman"): date(2025, 5, 14)},
         absent=(P("Imran Siddiqui", "Aisha Rahman"),), publisher="OIC"),
    Case("two-hosts-one-guest-eu",
         "The President of the European Council, Antonio Lopes, and the President of the European Commission, "
         "Ursula Berg, met the Prime Minister of Japan, Kenji Ishida, in Brussels on 13 May 2025 for the annual "
         "EU-Japan summit, which covered trade, economic security, defence and the situation in Ukraine.",
         {P("Antonio Lopes", "Kenji Ishida"): date(2025, 5, 13), P("Ursula Berg", "Kenji Ishida"): date(2025, 5, 13)},
         (("European Union", "Japan"),), publisher="European Council"),
    # an encounter named for its parties ("the EU-Kenya business forum") gives a body's people that party
    # too; without such a name the body stays the side
    Case("commission-president-at-a-forum-named-for-its-parties",
         "The President of the European Commission, Ursula Berg, received the President of Kenya, Daniel Mwangi, "
         "in Brussels on 12 May 2025, on the eve of the first EU-Kenya business forum.",
         {P("Ursula Berg", "Daniel Mwangi"): date(2025, 5, 12)},
         (("European Union", "Kenya"), ("European Commission", "Kenya")), publisher="European Commission"),
    Case("council-president-with-no-party-named",
         "BRUSSELS (Reuters) - The President of the European Council, Antonio Lopes, met the Prime Minister of "
         "India, Ravi Shankar, in Brussels on Tuesday to discuss trade and technology.",
         {P("Antonio Lopes", "Ravi Shankar"): date(2025, 5, 13)},
         (("European Council", "India"),), absent_institutions=(("European Union", "India"),), publisher="Reuters"),
    Case("demonym-pair-of-ministers",
         "CAIRO, May 12 (MENA) - The Egyptian and Sudanese foreign ministers, Sameh Fouad and Ali Osman, met in "
         "Cairo on Monday to discuss the humanitarian situation in Sudan and the return of displaced people.",
         {P("Sameh Fouad", "Ali Osman"): date(2025, 5, 12)}, publisher="MENA"),
    Case("working-breakfast-with",
         "The Minister of Economy of Chile, Nicolas Grau Soto, held a working breakfast on Thursday with the "
         "Secretary-General of the OECD, Mathias Berger, in Paris, where they discussed productivity, green "
         "hydrogen and the reform of the pension system.",
         {P("Nicolas Grau Soto", "Mathias Berger"): date(2025, 5, 15)},
         (("Chile", "OECD"),), publisher="Ministry of Economy of Chile"),
    Case("copy-of-credentials-to-a-deputy",
         "The newly appointed Ambassador of Kenya to Thailand, Peter Kamau, presented a copy of his letter of "
         "credence to the Deputy Minister of Foreign Affairs, Suda Chaiyo, at the Ministry in Bangkok on 12 "
         "May 2025.",
         {P("Peter Kamau", "Suda Chaiyo"): date(2025, 5, 12)}, publisher="Ministry of Foreign Affairs of Thailand"),
    Case("during-the-meeting-which-was-held",
         "The Minister of Tourism and Antiquities of Jordan, Lina Nasser, received the Director-General of the "
         "World Tourism Organization, Ahmed Saleh, on 14 May 2025.\n\n"
         "During the meeting, which was held at the ministry in Amman, the two sides discussed the training of "
         "tour guides and the promotion of religious tourism, including visits to the Baptism Site.",
         {P("Lina Nasser", "Ahmed Saleh"): date(2025, 5, 14)}, publisher="Jordan News Agency"),
    Case("visited-where-he-was-received",
         "The President of the Islamic Development Bank, Karim Al-Nasser, visited the Ministry of Finance of "
         "Senegal in Dakar on Wednesday, 14 May 2025, where he was received by the Minister of Finance, Cheikh "
         "Ndiaye, with whom he signed two financing agreements for rural electrification.",
         {P("Karim Al-Nasser", "Cheikh Ndiaye"): date(2025, 5, 14)},
         (("Islamic Development Bank", "Senegal"),), publisher="Islamic Development Bank"),
    Case("parliament-speaker-long-with-members-list",
         "The Speaker of the Parliament of Georgia, Nino Beridze, received on 13 May 2025 a delegation of the "
         "Committee on Foreign Affairs of the Sejm of Poland, led by the Chairman of the Committee, Marek Nowak, "
         "who is visiting Tbilisi at the invitation of the Georgian side.\n\n"
         "The meeting was also attended by the Chairman of the Foreign Relations Committee, Giorgi Lomidze, and "
         "the Ambassador of Poland to Georgia, Anna Zielinska.",
         {P("Nino Beridze", "Marek Nowak"): date(2025, 5, 13), P("Giorgi Lomidze", "Marek Nowak"): date(2025, 5, 13),
          P("Nino Beridze", "Anna Zielinska"): date(2025, 5, 13)},
         (("Georgia", "Poland"),), publisher="Parliament of Georgia"),
    Case("no-meeting-invited-and-statement",
         "The Prime Minister of Fiji, Sitiveni Rabuka Nand, has invited the President of Palau, Surangel Tmetuchl, "
         "to attend the Pacific Islands Forum leaders' meeting in Suva in September.\n\n"
         "In a statement, the Prime Minister said the region must speak with one voice on climate finance.",
         {}, absent=(P("Sitiveni Rabuka Nand", "Surangel Tmetuchl"),), publisher="Fiji Government"),
    Case("japanese-ministry-overview-style",
         "On May 13, commencing at 10:15 a.m. for approximately 30 minutes, Mr. TANAKA Hiroshi, Minister for "
         "Foreign Affairs of Japan, held a meeting with H.E. Mr. Elias Mwangi, Minister of Foreign Affairs of "
         "the Republic of Kenya, who is visiting Japan. The overview of the meeting is as follows.\n\n"
         "1. Minister Tanaka welcomed Minister Mwangi's visit to Japan.\n"
         "2. The two ministers exchanged views on the situation in East Africa.",
         {P("Tanaka Hiroshi", "Elias Mwangi"): date(2025, 5, 13)},
         (("Japan", "Kenya"),), publisher="Ministry of Foreign Affairs of Japan"),
    Case("chinese-ministry-wang-said-style",
         "On May 14, 2025, Foreign Minister Zhao Lei met with Brazilian Foreign Minister Mauro Ribeiro in "
         "Beijing.\n\n"
         "Zhao Lei said that China and Brazil are both major developing countries. Ribeiro said that Brazil "
         "is willing to deepen cooperation with China in all fields.",
         {P("Zhao Lei", "Mauro Ribeiro"): date(2025, 5, 14)},
         (("China", "Brazil"),), publisher="Ministry of Foreign Affairs of China"),
    Case("osce-chairperson-in-office",
         "VIENNA, 12 May 2025 – The OSCE Chairperson-in-Office, Finnish Foreign Minister Elina Virtanen, met "
         "today with the Prime Minister of Moldova, Ion Rusu, in Chisinau, where she reaffirmed the "
         "Organization's support for the settlement of the Transdniestrian conflict.",
         {P("Elina Virtanen", "Ion Rusu"): date(2025, 5, 12)}, publisher="OSCE"),
    Case("russian-ministry-talks-on-date",
         "On May 15, Minister of Foreign Affairs Dmitry Sokolov held talks in Moscow with Minister of Foreign "
         "Affairs and International Cooperation of Mali Abdoulaye Keita, who is in Russia on a working visit.\n\n"
         "The ministers discussed the situation in the Sahel and the supply of grain and fertilisers.",
         {P("Dmitry Sokolov", "Abdoulaye Keita"): date(2025, 5, 15)}, publisher="Ministry of Foreign Affairs of Russia"),
    Case("imf-staff-visit-met-with-officials",
         "WASHINGTON, May 14, 2025 – An International Monetary Fund (IMF) team led by Mission Chief Laura Pinto "
         "visited Tegucigalpa from May 5 to 14, 2025. On May 14, the team met with the Minister of Finance, "
         "Marco Midence, and the President of the Central Bank of Honduras, Rebeca Santos.",
         {P("Laura Pinto", "Marco Midence"): date(2025, 5, 14), P("Laura Pinto", "Rebeca Santos"): date(2025, 5, 14)},
         (("International Monetary Fund", "Honduras"),), publisher="IMF"),
    Case("turkish-ministry-received-at-the-ministry",
         "Minister of Foreign Affairs Kerem Aydin received Minister of Foreign Affairs of Kyrgyzstan Jeenbek "
         "Kulubaev at the Ministry on 12 May 2025, and the two ministers later co-chaired the meeting of the "
         "Joint Strategic Planning Group.",
         {P("Kerem Aydin", "Jeenbek Kulubaev"): date(2025, 5, 12)}, publisher="Ministry of Foreign Affairs of Türkiye"),
    Case("regional-secretariat-courtesy-call-by",
         "Jakarta, 15 May 2025 – The Secretary-General of ASEAN, Kao Sovann, today received a courtesy call by "
         "the newly appointed Permanent Representative of Myanmar to ASEAN, Aung Kyaw Min, at the ASEAN "
         "Secretariat.",
         {P("Kao Sovann", "Aung Kyaw Min"): date(2025, 5, 15)}, publisher="ASEAN"),
    Case("envoy-briefed-the-council-no-meeting",
         "NEW YORK – The Special Envoy of the Secretary-General for Yemen, Lars Grundberg Holm, briefed the "
         "Security Council on Tuesday on the talks he had held in Riyadh and Muscat over the past month.\n\n"
         "He told the Council that a nationwide ceasefire remained within reach.",
         {}, publisher="United Nations"),
    Case("sides-represented-by",
         "ADDIS ABABA – Ethiopia and China held the fourth round of their strategic dialogue in Addis Ababa on "
         "13 May 2025.\n\n"
         "The Ethiopian side was represented by State Minister of Foreign Affairs Mesfin Tadesse, while the "
         "Chinese side was led by Vice Foreign Minister Sun Wei.",
         {P("Mesfin Tadesse", "Sun Wei"): date(2025, 5, 13)},
         (("Ethiopia", "China"),), publisher="Ethiopian News Agency"),
    Case("present-from-the-ministry-were",
         "The Minister of Energy of Ghana, Kwesi Ampofo, received the Country Director of the African "
         "Development Bank, Eyerusalem Fasika, at the ministry on Monday 12 May 2025.\n\n"
         "Present at the meeting from the ministry were the Chief Director, Lydia Essah, and the Director of "
         "Renewable Energy, Seth Mahu.",
         {P("Kwesi Ampofo", "Eyerusalem Fasika"): date(2025, 5, 12), P("Lydia Essah", "Eyerusalem Fasika"): date(2025, 5, 12),
          P("Seth Mahu", "Eyerusalem Fasika"): date(2025, 5, 12)},
         publisher="Ministry of Energy of Ghana"),
    Case("flanked-by",
         "President Julius Banda, flanked by the Minister of Foreign Affairs, Grace Phiri, and the Minister of "
         "Trade, Yusuf Mussa, received the Prime Minister of Mozambique, Adriano Maleiane Cossa, at Kamuzu "
         "Palace in Lilongwe on 14 May 2025.",
         {P("Julius Banda", "Adriano Maleiane Cossa"): date(2025, 5, 14),
          P("Grace Phiri", "Adriano Maleiane Cossa"): date(2025, 5, 14),
          P("Yusuf Mussa", "Adriano Maleiane Cossa"): date(2025, 5, 14)},
         publisher="State House Malawi"),
    Case("accompanying-the-president-were",
         "The President of Botswana, Duma Masire, held talks with the President of Namibia, Netumbo Hamutenya, "
         "at State House in Windhoek on Thursday, 15 May 2025.\n\n"
         "Accompanying President Masire were the Minister of International Relations, Phenyo Butale, and the "
         "Minister of Minerals, Bogolo Kenewendo Seretse.",
         {P("Duma Masire", "Netumbo Hamutenya"): date(2025, 5, 15), P("Phenyo Butale", "Netumbo Hamutenya"): date(2025, 5, 15),
          P("Bogolo Kenewendo Seretse", "Netumbo Hamutenya"): date(2025, 5, 15)},
         (("Botswana", "Namibia"),), publisher="Government of Botswana"),
    Case("delegation-comprising",
         "The visiting Minister of Agriculture of Uganda, Frank Tumwebaze Okello, was accompanied by a "
         "delegation comprising the Permanent Secretary, Maj. Gen. David Kasura, and the Commissioner for Crop "
         "Protection, Stephen Byantwale, when he met the Minister of Agriculture of Kenya, Mutahi Kagwe Njoroge, "
         "in Nairobi on 13 May 2025.",
         {P("Frank Tumwebaze Okello", "Mutahi Kagwe Njoroge"): date(2025, 5, 13),
          P("David Kasura", "Mutahi Kagwe Njoroge"): date(2025, 5, 13),
          P("Stephen Byantwale", "Mutahi Kagwe Njoroge"): date(2025, 5, 13)},
         publisher="Ministry of Agriculture of Kenya"),
    Case("along-with-met",
         "The Governor of the State Bank of Pakistan, Jameel Ahmad Khan, along with Deputy Governor Sima Kamil "
         "Baig, met the Managing Director of the Islamic Development Bank's private sector arm, Ayman Sejiny "
         "Amin, in Jeddah on Tuesday, 13 May 2025.",
         {P("Jameel Ahmad Khan", "Ayman Sejiny Amin"): date(2025, 5, 13), P("Sima Kamil Baig", "Ayman Sejiny Amin"): date(2025, 5, 13)},
         publisher="State Bank of Pakistan"),
    # --- eleventh round: wire stories and long agency dispatches (Reuters/AP/AFP/Xinhua/TASS/Anadolu/
    # Yonhap/Kyodo/PTI/APS/MENA manners): the meeting mentioned in passing inside a story about something
    # else, officials quoted or named together who did not meet, "called on X to", titles in lower case ---
    Case("wire-told-reporters-after-talks",
         "BEIJING (Reuters) - Chinese Foreign Minister Wang Lirong told reporters on Thursday after talks with "
         "his Australian counterpart Helen Marsh that the two countries should put past disputes behind them.\n\n"
         "\"Relations are back on track,\" Wang said. Marsh, who is on her first visit to China since taking "
         "office, said Canberra wanted stable ties with its largest trading partner.\n\n"
         "Australian exports of barley and wine to China have recovered since tariffs were lifted last year.",
         {P("Wang Lirong", "Helen Marsh"): date(2025, 5, 15)},
         (("China", "Australia"),), publisher="Reuters"),
    Case("wire-who-met-on-monday-said",
         "ANKARA (AP) — Turkish President Recep Aydin, who met Swedish Prime Minister Lars Ekholm on Monday, "
         "said Sweden must do more against militant groups before parliament approves its membership bid.\n\n"
         "\"We expect concrete steps,\" Aydin told a news conference in Ankara on Tuesday.\n\n"
         "NATO Secretary-General Jens Holberg said on Wednesday he was confident the issue would be resolved "
         "before the alliance's summit in July.",
         {P("Recep Aydin", "Lars Ekholm"): date(2025, 5, 12)},
         (("Türkiye", "Sweden"),),
         absent=(P("Recep Aydin", "Jens Holberg"), P("Lars Ekholm", "Jens Holberg")), publisher="Associated Press"),
    Case("wire-agreed-during-a-phone-call",
         "TOKYO (Kyodo) -- Japanese Prime Minister Kenji Morita and South Korean President Park Min-jae agreed "
         "during a phone call on Wednesday to step up cooperation in response to North Korea's missile "
         "launches, the Japanese government said.\n\n"
         "The two leaders spoke for about 30 minutes, a senior government official told reporters.",
         {P("Kenji Morita", "Park Min-jae"): date(2025, 5, 14)},
         (("Japan", "South Korea"),), publisher="Kyodo News"),
    Case("wire-raised-in-a-meeting-with",
         "NEW DELHI, May 13 (PTI) External Affairs Minister Arvind Mehra on Tuesday raised the issue of the "
         "safety of Indian fishermen in a meeting with visiting Sri Lankan Foreign Minister Dinesh Perera, "
         "officials said.\n\n"
         "The two ministers also reviewed the progress of energy and connectivity projects, they said.",
         {P("Arvind Mehra", "Dinesh Perera"): date(2025, 5, 13)}, publisher="Press Trust of India"),
    Case("wire-hosted-at-the-white-house",
         "WASHINGTON (AP) — President Thomas Reed hosted Kenyan President Samuel Kiprono at the White House on "
         "Thursday, the first state visit by an African leader in more than 15 years.\n\n"
         "Reed and Kiprono announced new investments in health and technology, and Reed said he would travel "
         "to Africa before the end of the year.",
         {P("Thomas Reed", "Samuel Kiprono"): date(2025, 5, 15)}, publisher="Associated Press"),
    Case("wire-sat-down-with",
         "BRUSSELS (Reuters) - European Commission President Ingrid Falk sat down with Ukrainian Prime Minister "
         "Oleksiy Marchuk on Tuesday to discuss the next tranche of financial aid, a Commission spokeswoman "
         "said.\n\n"
         "The EU has pledged 50 billion euros to Ukraine over four years.",
         {P("Ingrid Falk", "Oleksiy Marchuk"): date(2025, 5, 13)},
         (("European Commission", "Ukraine"),), publisher="Reuters"),
    Case("wire-first-face-to-face-meeting",
         "WOODSIDE, California (AP) — Chinese leader Xu Jianguo and U.S. President Thomas Reed held their first "
         "face-to-face meeting in a year on Wednesday, agreeing to resume military-to-military "
         "communications.\n\n"
         "The two leaders met for four hours at an estate south of San Francisco on the sidelines of the "
         "Asia-Pacific Economic Cooperation summit.",
         {P("Xu Jianguo", "Thomas Reed"): date(2025, 5, 14)},
         (("China", "United States"),), publisher="Associated Press"),
    Case("wire-bilateral-on-the-sidelines-his-counterpart",
         "NEW YORK, May 14 (Yonhap) -- South Korean Foreign Minister Cho Hyun-woo held a bilateral meeting with "
         "his Japanese counterpart Yoko Kamiya on the sidelines of a U.N. conference on Wednesday, the foreign "
         "ministry said.\n\n"
         "Cho and Kamiya agreed to keep up the momentum of improved relations, the ministry said.",
         {P("Cho Hyun-woo", "Yoko Kamiya"): date(2025, 5, 14)},
         (("South Korea", "Japan"),), publisher="Yonhap"),
    Case("wire-surname-second-mentions-told-her-counterpart",
         "JAKARTA (Reuters) - Indonesian Foreign Minister Retno Sulistyo said on Friday she had told her "
         "Chinese counterpart Wang Hao during talks in Jakarta on Thursday that disputes in the South China Sea "
         "must be settled under international law.\n\n"
         "Retno said Wang had assured her that Beijing wanted to conclude a code of conduct.",
         {P("Retno Sulistyo", "Wang Hao"): date(2025, 5, 15)},
         (("Indonesia", "China"),), publisher="Reuters"),
    Case("wire-meeting-in-passing-inflation-story",
         "LONDON (Reuters) - British inflation fell more than expected in April, official data showed on "
         "Wednesday, raising hopes of an interest rate cut next month.\n\n"
         "Finance minister Rachel Dunmore, speaking after a meeting with International Monetary Fund chief "
         "Laura Bertin in London on Tuesday, said the figures showed the government's plan was working.\n\n"
         "Bank of England Governor Andrew Baird said last week that the central bank needed to see more "
         "evidence before cutting rates.",
         {P("Rachel Dunmore", "Laura Bertin"): date(2025, 5, 13)},
         absent=(P("Rachel Dunmore", "Andrew Baird"), P("Laura Bertin", "Andrew Baird")), publisher="Reuters"),
    Case("wire-called-on-to-release-no-meeting",
         "GENEVA (AFP) - U.N. human rights chief Volker Hahn on Tuesday called on Myanmar's military leader "
         "Min Thein Oo to release all political prisoners and end air strikes on civilians.\n\n"
         "Hahn also urged Thai Prime Minister Somchai Wongsa to ensure that refugees fleeing the fighting were "
         "not sent back across the border.",
         {}, publisher="Agence France-Presse"),
    Case("wire-leaders-quoted-together-no-meeting",
         "PARIS (AFP) - French President Emmanuel Morel and German Chancellor Friedrich Lenz on Monday both "
         "welcomed the ceasefire announced in the Middle East, calling on all sides to respect it.\n\n"
         "\"This is a first step,\" Morel said in a statement. Lenz told broadcaster ZDF that Germany was ready "
         "to help with reconstruction.",
         {}, publisher="Agence France-Presse"),
    Case("wire-the-two-leaders-agreed",
         "HANOI (VNA) – Vietnamese Prime Minister Pham Van Long held talks with visiting Malaysian Prime Minister "
         "Anwar Hashim in Hanoi on Wednesday.\n\n"
         "The two leaders agreed to lift bilateral trade to 18 billion USD and to cooperate in the halal "
         "industry and semiconductors.",
         {P("Pham Van Long", "Anwar Hashim"): date(2025, 5, 14)},
         (("Vietnam", "Malaysia"),), publisher="Vietnam News Agency"),
    Case("wire-trilateral-summit-hosted",
         "CAMP DAVID, Maryland (AP) — President Thomas Reed hosted Japanese Prime Minister Kenji Morita and "
         "South Korean President Park Min-jae at Camp David on Friday for a first stand-alone trilateral "
         "summit, pledging to consult one another in a crisis.",
         {P("Thomas Reed", "Kenji Morita"): date(2025, 5, 16), P("Thomas Reed", "Park Min-jae"): date(2025, 5, 16),
          P("Kenji Morita", "Park Min-jae"): date(2025, 5, 16)}, publisher="Associated Press"),
    Case("wire-tass-discussed-during-talks",
         "MOSCOW, May 13. /TASS/. Russian Foreign Minister Sergei Lavrin and his Iranian counterpart Hossein "
         "Amiri discussed the situation around the Iranian nuclear program during talks in Moscow on Tuesday, "
         "the Russian Foreign Ministry said.\n\n"
         "\"The ministers exchanged views on regional security,\" the ministry said in a statement.",
         {P("Sergei Lavrin", "Hossein Amiri"): date(2025, 5, 13)},
         (("Russia", "Iran"),), publisher="TASS"),
    Case("wire-anadolu-phone-call-sources",
         "ANKARA (AA) - Turkish Foreign Minister Hakan Yildiz held a phone call with his Egyptian counterpart "
         "Sameh Abdelaty on Monday, diplomatic sources said.\n\n"
         "Yildiz and Abdelaty discussed the latest developments in Gaza, according to the sources, who spoke on "
         "condition of anonymity due to restrictions on speaking to the media.",
         {P("Hakan Yildiz", "Sameh Abdelaty"): date(2025, 5, 12)},
         (("Türkiye", "Egypt"),), publisher="Anadolu Agency"),
    Case("wire-mena-received-spokesman-said",
         "CAIRO, May 12 (MENA) - Foreign Minister Badr Abdelrahman received on Monday visiting Greek Foreign "
         "Minister Giorgos Karalis and discussed cooperation in energy and migration, Foreign Ministry "
         "spokesman Tamim Khalil said in a statement.\n\n"
         "Abdelrahman stressed the importance of the maritime border agreement between the two countries.",
         {P("Badr Abdelrahman", "Giorgos Karalis"): date(2025, 5, 12)},
         absent=(P("Tamim Khalil", "Giorgos Karalis"), P("Tamim Khalil", "Badr Abdelrahman")),
         publisher="Middle East News Agency"),
    Case("wire-afp-dispatch-hours-after-met",
         "KYIV (AFP) - Russia launched a massive drone attack on Ukraine overnight, officials said Wednesday, "
         "hours after President Viktor Kovalenko met US envoy Keith Morrow in Kyiv.\n\n"
         "Air defences shot down most of the 120 drones, the air force said, but debris damaged homes in "
         "three regions.\n\n"
         "Kovalenko said on social media that his talks with Morrow had been \"productive\". In Moscow, foreign "
         "ministry spokeswoman Maria Zakharina dismissed the visit as \"theatre\".",
         {P("Viktor Kovalenko", "Keith Morrow"): None},
         absent=(P("Viktor Kovalenko", "Maria Zakharina"), P("Keith Morrow", "Maria Zakharina")),
         publisher="Agence France-Presse"),
    Case("wire-lower-case-titles-joint-statement",
         "ADDIS ABABA (Reuters) - Somali president Hassan Ali Warsame met Ethiopian prime minister Abiy Tesfaye "
         "in Addis Ababa on Thursday, ending a year-long row over a port deal, the two governments said in a "
         "joint statement.",
         {P("Hassan Ali Warsame", "Abiy Tesfaye"): date(2025, 5, 15)},
         (("Somalia", "Ethiopia"),), publisher="Reuters"),
    Case("wire-met-with-joined-by",
         "SEOUL, May 14 (Yonhap) -- Foreign Minister Cho Hyun-woo met with U.S. Ambassador Philip Goldman in "
         "Seoul on Wednesday, joined by First Vice Foreign Minister Park Yoon-joo, the ministry said.",
         {P("Cho Hyun-woo", "Philip Goldman"): date(2025, 5, 14), P("Park Yoon-joo", "Philip Goldman"): date(2025, 5, 14)},
         publisher="Yonhap"),
    Case("wire-said-after-meeting-treasury",
         "WASHINGTON, May 13 (Reuters) - U.S. Treasury Secretary Scott Bannon said after meeting Japanese "
         "Finance Minister Hiroshi Kato on Tuesday that the two had not discussed currency levels.\n\n"
         "The yen has weakened sharply this year, prompting speculation that Tokyo could intervene.",
         {P("Scott Bannon", "Hiroshi Kato"): date(2025, 5, 13)},
         (("United States", "Japan"),), publisher="Reuters"),
    Case("wire-pti-called-on-the-prime-minister",
         "NEW DELHI, May 14 (PTI) Visiting Maldivian Foreign Minister Abdulla Rasheed Didi on Wednesday called on "
         "Prime Minister Rajesh Varma and discussed ways to deepen bilateral ties.\n\n"
         "Didi also held talks with External Affairs Minister Arvind Mehra, officials said.",
         {P("Abdulla Rasheed Didi", "Rajesh Varma"): date(2025, 5, 14),
          P("Abdulla Rasheed Didi", "Arvind Mehra"): date(2025, 5, 14)},
         absent=(P("Rajesh Varma", "Arvind Mehra"),), publisher="Press Trust of India"),
    Case("wire-summit-between-nominal",
         "TOKYO, May 15 (Kyodo) -- Japan and the Philippines agreed Thursday to start talks on a pact to share "
         "military supplies, at a summit in Tokyo between Prime Minister Kenji Morita and Philippine President "
         "Ramon Reyes Cruz.",
         {P("Kenji Morita", "Ramon Reyes Cruz"): date(2025, 5, 15)}, publisher="Kyodo News"),
    Case("wire-urged-at-a-news-conference-no-meeting",
         "UNITED NATIONS, May 14 (Xinhua) -- UN Secretary-General Antonio Guerra on Wednesday urged Israeli Prime "
         "Minister Daniel Levin and the leaders of Hamas to accept the ceasefire proposal without delay.\n\n"
         "Guerra told reporters at UN headquarters in New York that the humanitarian situation in Gaza was "
         "\"beyond catastrophic\".",
         {}, publisher="Xinhua"),
    Case("wire-no-plans-to-meet",
         "MOSCOW (Reuters) - The Kremlin said on Tuesday there were no plans for President Vladimir Petrov to "
         "meet U.S. President Thomas Reed at the summit in Istanbul, spokesman Dmitry Orlov told reporters.",
         {}, publisher="Reuters"),
    Case("wire-met-separately",
         "DOHA (Reuters) - U.S. Secretary of State Marcus Holloway met separately on Wednesday with Qatari Prime "
         "Minister Mohammed Al Kuwari and Egyptian intelligence chief Hassan Rashad Salem to push for a "
         "ceasefire deal, a State Department spokesman said.",
         {P("Marcus Holloway", "Mohammed Al Kuwari"): date(2025, 5, 14),
          P("Marcus Holloway", "Hassan Rashad Salem"): date(2025, 5, 14)},
         absent=(P("Mohammed Al Kuwari", "Hassan Rashad Salem"),), publisher="Reuters"),
    Case("wire-delegation-led-by-while-headed",
         "JEDDAH (Reuters) - Ukrainian and U.S. officials held talks in Saudi Arabia on Tuesday on a path to "
         "ending the war.\n\n"
         "The Ukrainian delegation was led by presidential chief of staff Andriy Yermolenko, while Secretary of "
         "State Marcus Holloway headed the U.S. team.",
         {P("Andriy Yermolenko", "Marcus Holloway"): date(2025, 5, 13)}, publisher="Reuters"),
    Case("wire-received-a-courtesy-call-from",
         "SEOUL, May 15 (Yonhap) -- President Lee Jae-sung received a courtesy call Thursday from Vietnamese "
         "Deputy Prime Minister Tran Minh Chau, who is in Seoul for a business forum, the presidential office "
         "said.",
         {P("Lee Jae-sung", "Tran Minh Chau"): date(2025, 5, 15)}, publisher="Yonhap"),
    Case("wire-spoke-by-phone-with",
         "RIYADH (Reuters) - Saudi Foreign Minister Faisal Al Harbi spoke by phone with U.S. Secretary of State "
         "Marcus Holloway on Sunday about efforts to end the fighting in Sudan, the Saudi foreign ministry said.",
         {P("Faisal Al Harbi", "Marcus Holloway"): date(2025, 5, 11)},
         (("Saudi Arabia", "United States"),), publisher="Reuters"),
    Case("wire-aps-audience-in-the-presence-of",
         "ALGIERS - President of the Republic Mourad Benali received on Wednesday in Algiers the Italian Minister "
         "of Enterprises, Adolfo Ursini, who is on a working visit to Algeria, a statement from the Presidency of "
         "the Republic said.\n\n"
         "The audience took place in the presence of the Director of Cabinet at the Presidency of the Republic, "
         "Boualem Saidi, and the Minister of Energy, Rachid Bey.",
         {P("Mourad Benali", "Adolfo Ursini"): date(2025, 5, 14), P("Boualem Saidi", "Adolfo Ursini"): date(2025, 5, 14),
          P("Rachid Bey", "Adolfo Ursini"): date(2025, 5, 14)},
         (("Algeria", "Italy"),), publisher="Algeria Press Service"),
    Case("wire-told-him-in-a-phone-call",
         "WASHINGTON (Reuters) - President Thomas Reed told Israeli Prime Minister Daniel Levin in a phone call on "
         "Thursday that a ceasefire in Gaza must hold, a White House official said.\n\n"
         "Levin's office said the two men also discussed Iran.",
         {P("Thomas Reed", "Daniel Levin"): date(2025, 5, 15)}, publisher="Reuters"),
    Case("wire-discussed-in-a-telephone-conversation",
         "BERLIN (dpa) - German Chancellor Friedrich Lenz and Polish Prime Minister Jan Wisniewski discussed "
         "border controls in a telephone conversation on Monday, a government spokesman in Berlin said.",
         {P("Friedrich Lenz", "Jan Wisniewski"): date(2025, 5, 12)},
         (("Germany", "Poland"),), publisher="dpa"),
    Case("wire-possessive-talks-with-aide-told-reporters",
         "MOSCOW (Reuters) - Russian President Vladimir Petrov held talks with the visiting Prime Minister of "
         "India, Rajesh Varma, in the Kremlin on Tuesday, the Kremlin said.\n\n"
         "Kremlin foreign policy aide Yuri Ushanov told reporters that the two leaders had discussed oil "
         "supplies and payments in national currencies.",
         {P("Vladimir Petrov", "Rajesh Varma"): date(2025, 5, 13)},
         (("Russia", "India"),),
         absent=(P("Yuri Ushanov", "Rajesh Varma"), P("Yuri Ushanov", "Vladimir Petrov")), publisher="Reuters"),
    Case("wire-joint-news-conference-after-their-talks",
         "LONDON (AP) — British Prime Minister Keir Stanton, speaking alongside Irish Taoiseach Simon Harkin at a "
         "joint news conference after their talks in London on Wednesday, said the two governments would "
         "work together on energy security.",
         {P("Keir Stanton", "Simon Harkin"): date(2025, 5, 14)}, publisher="Associated Press"),
    Case("wire-came-a-day-after-met",
         "BEIJING (AFP) - China on Friday announced new export curbs on rare earth metals. The announcement "
         "came a day after Commerce Minister Wang Jinping met European Trade Commissioner Maros Kovac in "
         "Beijing, their first talks in six months.",
         {P("Wang Jinping", "Maros Kovac"): date(2025, 5, 15)}, publisher="Agence France-Presse"),
    Case("wire-welcomed-to-downing-street",
         "LONDON (Reuters) - Prime Minister Keir Stanton welcomed Canadian Prime Minister Mark Collins to "
         "Downing Street on Sunday, where the two leaders discussed trade and support for Ukraine, Stanton's "
         "office said.",
         {P("Keir Stanton", "Mark Collins"): date(2025, 5, 11)}, publisher="Reuters"),
    Case("wire-quoted-minister-and-mentioned-leader-no-meeting",
         "ISLAMABAD (Reuters) - Pakistan's finance minister Ahmed Qureshi said on Tuesday the country expected to "
         "complete a review with the International Monetary Fund this month.\n\n"
         "Prime Minister Shahbaz Karim has said the government will not seek another bailout, and IMF mission "
         "chief Nathan Porter said last week that talks had made good progress.",
         {}, publisher="Reuters"),
    Case("wire-met-on-the-sidelines-of-the-summit",
         "RIO DE JANEIRO (Reuters) - Chinese President Xu Jianguo and Brazilian President Luiz Almeida met on the "
         "sidelines of the Group of 20 summit on Monday and agreed to deepen cooperation on trade and climate, "
         "Brazil's foreign ministry said.",
         {P("Xu Jianguo", "Luiz Almeida"): date(2025, 5, 12)},
         (("China", "Brazil"),), publisher="Reuters"),
    Case("wire-is-due-to-meet-no-meeting",
         "PARIS (Reuters) - French President Emmanuel Morel is due to meet Chinese President Xu Jianguo in Paris "
         "next week, the Elysee said on Thursday, as Europe seeks to rebalance its trade with China.",
         {}, publisher="Reuters"),
    Case("wire-spoke-to-by-telephone",
         "CANBERRA (Reuters) - Australian Prime Minister Andrew Halloran spoke to New Zealand Prime Minister "
         "Christopher Luxon Hale by telephone on Monday about the crisis in the Pacific, his office said.",
         {P("Andrew Halloran", "Christopher Luxon Hale"): date(2025, 5, 12)},
         (("Australia", "New Zealand"),), publisher="Reuters"),
    Case("wire-following-possessive-meeting-with",
         "BEIJING (AP) — Following Secretary of State Marcus Holloway's meeting with Chinese Foreign Minister "
         "Wang Lirong in Beijing on Friday, the State Department said both sides had agreed to keep lines of "
         "communication open.",
         {P("Marcus Holloway", "Wang Lirong"): date(2025, 5, 16)}, publisher="Associated Press"),
    Case("wire-shook-hands-at-the-start-of-their-talks",
         "GENEVA (AFP) - U.S. envoy Keith Morrow and Russian Deputy Foreign Minister Sergei Ryabkin Orlov shook "
         "hands at the start of their talks in Geneva on Thursday, which lasted more than five hours.",
         {P("Keith Morrow", "Sergei Ryabkin Orlov"): date(2025, 5, 15)}, publisher="Agence France-Presse"),
    Case("wire-talked-to-the-agency-no-meeting",
         "KYIV (Reuters) - Ukrainian Foreign Minister Andrii Sybenko talked to Reuters on Tuesday about the "
         "prospects for peace talks, saying Kyiv would not cede territory.",
         {}, publisher="Reuters"),
    Case("wire-speaking-after-talks-with",
         "ANKARA (Reuters) - Speaking after talks with Turkish Foreign Minister Hakan Yildiz in Ankara on Tuesday, "
         "Greek Foreign Minister Giorgos Karalis said the two countries had a duty to keep channels open.",
         {P("Hakan Yildiz", "Giorgos Karalis"): date(2025, 5, 13)},
         (("Türkiye", "Greece"),), publisher="Reuters"),
    Case("wire-in-the-capital-for-talks-with",
         "BEIJING (AFP) - German Foreign Minister Annalena Richter, in Beijing for talks with her Chinese "
         "counterpart Wang Lirong on Monday, urged China to use its influence on Moscow.",
         {P("Annalena Richter", "Wang Lirong"): date(2025, 5, 12)},
         (("Germany", "China"),), publisher="Agence France-Presse"),
    Case("wire-meeting-participle-agreed",
         "PARIS (AFP) - The foreign ministers of France and Germany, Jean-Noel Barrault and Johann Wadephul Berg, "
         "meeting in Paris on Monday, agreed to push for new sanctions against Russia.",
         {P("Jean-Noel Barrault", "Johann Wadephul Berg"): date(2025, 5, 12)},
         (("France", "Germany"),), publisher="Agence France-Presse"),
    Case("wire-has-not-met-since-no-meeting",
         "SEOUL (Reuters) - South Korean President Lee Jae-sung said on Tuesday he was ready to meet North Korean "
         "leader Kim Jong-un at any time, adding that the two countries' leaders had not met since 2019.",
         {}, publisher="Reuters"),
    Case("wire-in-cairo-met-the-president-and-the-foreign-minister",
         "CAIRO (Reuters) - U.S. Secretary of State Marcus Holloway arrived in Cairo on Tuesday. He met Egyptian "
         "President Abdel Fattah Mansour and Foreign Minister Badr Abdelrahman to discuss the Gaza ceasefire, "
         "the State Department said.",
         {P("Marcus Holloway", "Abdel Fattah Mansour"): date(2025, 5, 13),
          P("Marcus Holloway", "Badr Abdelrahman"): date(2025, 5, 13)}, publisher="Reuters"),
    Case("wire-joint-news-conference-with",
         "MADRID (Reuters) - Spanish Prime Minister Pedro Salcedo told a joint news conference with visiting "
         "Brazilian President Luiz Almeida in Madrid on Wednesday that the EU-Mercosur trade deal must be "
         "ratified this year.",
         {P("Pedro Salcedo", "Luiz Almeida"): date(2025, 5, 14)},
         (("Spain", "Brazil"),), publisher="Reuters"),
    Case("wire-declined-to-say-whether-he-would-meet",
         "WASHINGTON (AP) — President Thomas Reed declined to say on Thursday whether he would meet Russian "
         "President Vladimir Petrov in Istanbul, telling reporters at the White House that \"we'll see\".",
         {}, publisher="Associated Press"),
    Case("wire-held-a-bilateral-with",
         "HIROSHIMA (PTI) Prime Minister Rajesh Varma held a bilateral with Japanese Prime Minister Kenji Morita on "
         "the sidelines of the G7 summit on Saturday, the Ministry of External Affairs said.",
         {P("Rajesh Varma", "Kenji Morita"): date(2025, 5, 10)}, publisher="Press Trust of India"),
    Case("wire-counterpart-named-by-surname-only",
         "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrin met his Chinese counterpart Wang in Moscow on "
         "Tuesday to prepare a visit by President Xu Jianguo, the ministry said.",
         {P("Sergei Lavrin", "Wang"): date(2025, 5, 13)},
         absent=(P("Sergei Lavrin", "Xu Jianguo"),), publisher="Reuters"),
    Case("wire-lower-case-foreign-minister-met-counterpart",
         "ATHENS (AP) — Turkish foreign minister Hakan Yildiz met his Greek counterpart Giorgos Karalis in Athens "
         "on Thursday, the first visit by a Turkish foreign minister in three years.",
         {P("Hakan Yildiz", "Giorgos Karalis"): date(2025, 5, 15)},
         (("Türkiye", "Greece"),), publisher="Associated Press"),
    Case("wire-quote-then-said-after-meeting",
         "NAIROBI (Reuters) - \"We had a very frank discussion,\" Kenyan President Samuel Kiprono said after meeting "
         "Ethiopian Prime Minister Abiy Tesfaye in Nairobi on Monday.",
         {P("Samuel Kiprono", "Abiy Tesfaye"): date(2025, 5, 12)},
         (("Kenya", "Ethiopia"),), publisher="Reuters"),
    Case("wire-talks-between-the-ministers",
         "ISTANBUL (Reuters) - Talks between Russian Deputy Foreign Minister Sergei Orlov and Ukrainian Defence "
         "Minister Rustem Umarov in Istanbul on Friday lasted less than two hours, a Turkish official said.",
         {P("Sergei Orlov", "Rustem Umarov"): date(2025, 5, 16)},
         (("Russia", "Ukraine"),), publisher="Reuters"),
    Case("wire-received-a-call-from",
         "TEHRAN (Reuters) - Iranian President Masoud Rahimi received a call from French President Emmanuel Morel on "
         "Sunday in which the two discussed the nuclear talks, Iranian state media reported.",
         {P("Masoud Rahimi", "Emmanuel Morel"): date(2025, 5, 11)},
         (("Iran", "France"),), publisher="Reuters"),
    Case("wire-long-dispatch-many-officials-one-meeting",
         "WASHINGTON (AP) — The United States and Mexico agreed on Thursday to step up efforts against fentanyl "
         "trafficking after Secretary of State Marcus Holloway met Mexican Foreign Minister Juan Ramon de la Torre "
         "in Washington.\n\n"
         "\"We are working together as never before,\" Holloway said at a news conference afterward.\n\n"
         "Homeland Security Secretary Alejandra Mendez told lawmakers on Wednesday that seizures at the border "
         "had doubled. Republican Senator John Barrow called on the administration to impose tariffs on Mexican "
         "imports, and Mexican President Claudia Sandoval said in Mexico City that her government would not "
         "accept any military action on its territory.\n\n"
         "The talks will continue in Mexico City next month, officials said.",
         {P("Marcus Holloway", "Juan Ramon de la Torre"): date(2025, 5, 15)},
         absent=(P("Marcus Holloway", "Alejandra Mendez"), P("Marcus Holloway", "John Barrow"),
                 P("Marcus Holloway", "Claudia Sandoval"), P("Juan Ramon de la Torre", "Claudia Sandoval"),
                 P("Alejandra Mendez", "John Barrow")), publisher="Associated Press"),
    Case("wire-will-hold-talks-invited-during-a-call",
         "BEIJING (Reuters) - Chinese Premier Li Qingwen will hold talks with German Chancellor Friedrich Lenz in "
         "Berlin next week, the foreign ministry said on Friday. Lenz invited Li to visit during a phone call in "
         "April.",
         {P("Li Qingwen", "Friedrich Lenz"): None}, publisher="Reuters"),
    Case("wire-talked-to-a-broadcaster-no-meeting",
         "KYIV (Reuters) - Ukrainian Foreign Minister Andrii Sybenko talked to the BBC on Tuesday about the prospects "
         "for peace talks.",
         {}, publisher="Reuters"),
    Case("wire-spoke-by-phone-with",
         "PARIS (AFP) - French President Marc Delorme spoke by phone with Egyptian President Karim Mansour on "
         "Wednesday about the ceasefire in Gaza, the Elysee said.",
         {P("Marc Delorme", "Karim Mansour"): date(2025, 5, 14)}, publisher="Agence France-Presse"),
    Case("wire-spoke-with-on-the-phone",
         "TOKYO (Reuters) - Japanese Prime Minister Hiroshi Tanabe spoke with South Korean President Lee Jae-sung "
         "on the phone on Thursday and agreed to keep up close cooperation, his office said.",
         {P("Hiroshi Tanabe", "Lee Jae-sung"): date(2025, 5, 15)}, publisher="Reuters"),
    Case("wire-spoke-to-by-phone-apposition",
         "NEW DELHI (Reuters) - Indian Prime Minister Rajan Mehta spoke to Ali Karimov, the president of "
         "Uzbekistan, by phone on Monday about trade routes, the foreign ministry said.",
         {P("Rajan Mehta", "Ali Karimov"): date(2025, 5, 12)}, publisher="Reuters"),
    Case("wire-told-the-agency-no-meeting",
         "BERLIN (Reuters) - German Economy Minister Katrin Albers told Reuters on Monday that the government "
         "would not support new tariffs.",
         {}, publisher="Reuters"),
    Case("wire-told-a-news-agency-no-meeting",
         "MOSCOW (TASS) - Deputy Foreign Minister Oleg Varin told the Interfax news agency on Monday that no "
         "date had been set for new consultations.",
         {}, publisher="TASS"),
    Case("wire-talked-to-a-newspaper-no-meeting",
         "ROME (AP) - Italian Defence Minister Paolo Brandi talked to the Corriere Nazionale newspaper about the "
         "budget on Sunday.",
         {}, publisher="Associated Press"),
    Case("wire-a-day-after-meeting",
         "WASHINGTON (AP) - Treasury Secretary Daniel Foster said on Wednesday, a day after meeting Chinese Vice "
         "Premier Liu Hanqing in Geneva, that the two sides had made substantial progress.",
         {P("Daniel Foster", "Liu Hanqing"): date(2025, 5, 13)}, publisher="Associated Press"),
    Case("wire-two-days-after-met",
         "SEOUL (Yonhap) - The ministry announced the plan on Thursday, two days after Foreign Minister Park "
         "Min-ho met Japanese Foreign Minister Kenji Sato in Seoul.",
         {P("Park Min-ho", "Kenji Sato"): date(2025, 5, 13)}, publisher="Yonhap"),
    # thirteenth round: leaders listed each with the state they are of, hosting misread by the parse,
    # encounters stated as nouns, a meeting that brought two people together, "who met"
    Case("presidency-calls-with-leaders-each-of-a-state",
         "On Monday, President Amina Diallo held telephone conversations with President Ilham Rustamov of "
         "Azerbaijan, Prime Minister Lars Eriksen of Denmark, Chancellor Franz Huber of Austria and President "
         "Marie Dubois of France.\n\n"
         "The head of state and her counterparts discussed the preparations for the summit in Dakar.",
         {P("Amina Diallo", "Ilham Rustamov"): date(2025, 5, 12), P("Amina Diallo", "Lars Eriksen"): date(2025, 5, 12),
          P("Amina Diallo", "Franz Huber"): date(2025, 5, 12), P("Amina Diallo", "Marie Dubois"): date(2025, 5, 12)},
         (("Senegal", "Denmark"), ("Senegal", "Austria")),
         absent=(P("Lars Eriksen", "Franz Huber"), P("Ilham Rustamov", "Marie Dubois")),
         title="President Diallo speaks with European leaders", publisher="Presidency of Senegal"),
    Case("ministry-met-ministers-each-of-a-state",
         "Foreign Minister Tomas Varga met Foreign Minister Ruth Okafor of Nigeria and Foreign Minister Kofi "
         "Mensah of the Republic of Ghana on the sidelines of the forum in Budapest on 14 May 2025.",
         {P("Tomas Varga", "Ruth Okafor"): date(2025, 5, 14), P("Tomas Varga", "Kofi Mensah"): date(2025, 5, 14)},
         title="Minister Varga meets West African counterparts", publisher="Ministry of Foreign Affairs of Hungary"),
    Case("wire-hosted-misread-as-a-modifier",
         "NAIROBI, May 12 (Wire) - Kenyan President William Otieno hosted Ugandan President Moses Kato on Monday, "
         "a statement from State House said.\n\n"
         "The two leaders discussed the oil pipeline and cross-border trade.",
         {P("William Otieno", "Moses Kato"): date(2025, 5, 12)},
         (("Kenya", "Uganda"),), publisher="Wire"),
    Case("presidency-hosted-for-talks",
         "President Joao Pereira hosted President Ines Carvalho for talks at Belem Palace on Tuesday, 13 May "
         "2025. The two heads of state discussed the Atlantic partnership.",
         {P("Joao Pereira", "Ines Carvalho"): date(2025, 5, 13)},
         title="President Pereira hosts President Carvalho", publisher="Presidency of Portugal"),
    Case("tete-a-tete-as-a-noun",
         "Prime Minister Rui Matos had a tête-à-tête with President Ines Carvalho of Brazil on Monday, 12 May "
         "2025, before the plenary talks of the two delegations.",
         {P("Rui Matos", "Ines Carvalho"): date(2025, 5, 12)},
         (("Portugal", "Brazil"),), publisher="Government of Portugal"),
    Case("the-bilateral-between",
         "The bilateral between Chancellor Franz Huber and Prime Minister Lars Eriksen on Wednesday, 14 May 2025 "
         "lasted an hour, an Austrian official said.",
         {P("Franz Huber", "Lars Eriksen"): date(2025, 5, 14)}, publisher="Austria Press Wire"),
    Case("the-meeting-brought-together",
         "The meeting, held at the ministry on 13 May 2025, brought together Minister of Trade Sara Lind and the "
         "Ambassador of Chile, Pedro Rojas.\n\n"
         "They discussed the export of salmon and copper.",
         {P("Sara Lind", "Pedro Rojas"): date(2025, 5, 13)},
         title="Trade Minister meets Chilean Ambassador", publisher="Ministry of Trade of Norway"),
    Case("parliament-attended-a-meeting-chaired-by",
         "The Deputy Speaker of the Storting, Ingrid Solberg, attended a meeting chaired by the Speaker of the "
         "Parliament of Finland, Mikko Lehtinen, in Helsinki on 14 May 2025. The meeting dealt with "
         "Nordic cooperation on civil preparedness.",
         {P("Ingrid Solberg", "Mikko Lehtinen"): date(2025, 5, 14)},
         title="Deputy Speaker Solberg in Helsinki", publisher="Storting"),
    Case("meeting-chaired-then-attended",
         "The meeting was chaired by the Minister of Health of Rwanda, Claude Mugabo, on 13 May 2025 in Kigali.\n\n"
         "The Director of the WHO Regional Office for Africa, Amina Bello, also attended the meeting and "
         "presented the regional strategy on malaria.",
         {P("Claude Mugabo", "Amina Bello"): date(2025, 5, 13)},
         title="Health Minister chairs meeting on malaria", publisher="Ministry of Health of Rwanda"),
    Case("meeting-held-then-attendees-named",
         "Minister of Culture Sara Lind held a meeting at the ministry on Monday, 12 May 2025.\n\n"
         "The Ambassador of Japan, Kenji Ito, and the Director of the Japan Foundation office, Ana Costa, took "
         "part in the meeting.",
         {P("Sara Lind", "Kenji Ito"): date(2025, 5, 12), P("Sara Lind", "Ana Costa"): date(2025, 5, 12)},
         publisher="Ministry of Culture of Norway"),
    Case("governor-held-a-meeting-also-attending-were",
         "KANO, 13 May 2025 - The Governor of Kano State, Abba Sule, held a meeting at Government House on "
         "Tuesday on the response to the cholera outbreak.\n\n"
         "Also attending the meeting were the UNICEF Representative in Nigeria, Clara Jensen, and the WHO "
         "Country Representative, Martin Okello.",
         {P("Abba Sule", "Clara Jensen"): date(2025, 5, 13), P("Abba Sule", "Martin Okello"): date(2025, 5, 13)},
         publisher="Kano State Government"),
    Case("two-who-took-part-in-a-meeting-do-not-meet-each-other",
         "The Minister of Water, Joseph Tarr, held talks with the Ambassador of Sweden, Karin Berg, on 13 May 2025. "
         "The Director of Planning, Musa Kamara, and the Head of Cooperation of the Embassy, Lena Holm, also "
         "took part in the meeting.",
         {P("Joseph Tarr", "Karin Berg"): date(2025, 5, 13), P("Joseph Tarr", "Lena Holm"): None,
          P("Musa Kamara", "Karin Berg"): None}, publisher="Ministry of Water of Liberia"),
    Case("presidency-audience-attended-by-people-of-neither-side",
         "State House, Nairobi, 12 May 2025 - President William Otieno today received Uganda's Minister of Foreign "
         "Affairs, Moses Kato, who delivered a special message from President Yoweri Bosa.\n\n"
         "The meeting was also attended by Peter Mwangi and Grace Wanjiru.",
         {P("William Otieno", "Moses Kato"): date(2025, 5, 12), P("Peter Mwangi", "Moses Kato"): date(2025, 5, 12),
          P("Grace Wanjiru", "Moses Kato"): date(2025, 5, 12)},
         absent=(P("William Otieno", "Yoweri Bosa"),), publisher="Presidency of Kenya"),
    Case("lecture-attended-by-is-no-attendance-of-the-reception",
         "MUSCAT: The Minister of Defence, Hamad Al Rawahi, received on Thursday the Secretary-General of the "
         "Gulf Cooperation Council, Jasem Al Budaiwi.\n\n"
         "Later, the Secretary-General gave a lecture at the National Defence College. The lecture was attended "
         "by Said Al Hinai and Nasser Al Amri.",
         {P("Hamad Al Rawahi", "Jasem Al Budaiwi"): date(2025, 5, 15)},
         absent=(P("Hamad Al Rawahi", "Said Al Hinai"), P("Hamad Al Rawahi", "Nasser Al Amri")),
         publisher="Oman News Agency"),
    Case("council-taking-part-in-the-call-were",
         "Brussels, 14 May 2025\n\n"
         "Taking part in the video call were the President of the European Council, Antonio Ferreira, the "
         "President of Moldova, Elena Ceban, and the Prime Minister of Georgia, Irakli Gelashvili.\n\n"
         "The leaders discussed the energy security of the region ahead of the winter.",
         {P("Antonio Ferreira", "Elena Ceban"): date(2025, 5, 14), P("Antonio Ferreira", "Irakli Gelashvili"): date(2025, 5, 14)},
         title="Leaders' call on energy security", publisher="Council of the European Union",
         published=date(2025, 5, 14)),
    Case("multi-day-visit-the-visiting-minister-and-his-host",
         "Foreign Minister Tomas Varga arrived in Cairo on Sunday, 11 May 2025, for a three-day official visit.\n\n"
         "On Monday, the visiting minister was received by President Omar Farouk at the Ittihadiya Palace.\n\n"
         "On Tuesday, he held talks with his host, Foreign Minister Hany Soliman.",
         {P("Tomas Varga", "Omar Farouk"): date(2025, 5, 12), P("Tomas Varga", "Hany Soliman"): date(2025, 5, 13)},
         absent=(P("Omar Farouk", "Hany Soliman"),),
         title="Foreign Minister Varga visits Egypt", publisher="Ministry of Foreign Affairs of Hungary"),
    Case("wire-agreed-following-talks",
         "BERLIN, May 13 (Wire) - German Chancellor Franz Huber and Polish Prime Minister Jan Nowicki agreed on "
         "Tuesday to build a second rail link across the Oder, following talks in Berlin.\n\n"
         "\"This is a good day for our neighbourhood,\" Huber told a news conference.",
         {P("Franz Huber", "Jan Nowicki"): date(2025, 5, 13)},
         (("Germany", "Poland"),), publisher="Wire"),
    Case("meeting-between-delegations-chaired-and-attended",
         "ASTANA, 12 May 2025 - The meeting between the delegations of Kazakhstan and Uzbekistan, chaired by "
         "Deputy Minister Aibek Nurlanov, was held at the Ministry of Foreign Affairs on Monday.\n\n"
         "The meeting was attended by the Ambassador of Uzbekistan, Rustam Karimov. The parties discussed "
         "water sharing on the Syr Darya.",
         {P("Aibek Nurlanov", "Rustam Karimov"): date(2025, 5, 12)},
         publisher="Ministry of Foreign Affairs of Kazakhstan"),
    Case("joint-commission-meeting-co-chaired",
         "The 5th meeting of the Joint Commission between Azerbaijan and Hungary was held in Baku on 12 May 2025.\n\n"
         "The meeting was co-chaired by the Minister of Economy of Azerbaijan, Rauf Aliyev, and the Minister of "
         "Foreign Affairs of Hungary, Tomas Varga. The co-chairs reviewed trade, energy and transport links.",
         {P("Rauf Aliyev", "Tomas Varga"): date(2025, 5, 12)},
         (("Azerbaijan", "Hungary"),),
         title="Azerbaijan-Hungary Joint Commission meets in Baku", publisher="Ministry of Economy of Azerbaijan"),
    Case("meeting-chaired-then-attended-by-two-agencies",
         "The meeting was chaired by the Minister of Health of Rwanda, Claude Mugabo, on 13 May 2025 in Kigali.\n\n"
         "The Director of the WHO Regional Office for Africa, Amina Bello, and the UNICEF Representative in "
         "Rwanda, Clara Jensen, also attended the meeting, which reviewed the measles campaign.",
         {P("Claude Mugabo", "Amina Bello"): date(2025, 5, 13), P("Claude Mugabo", "Clara Jensen"): date(2025, 5, 13)},
         title="Health Minister chairs partners' meeting on measles", publisher="Ministry of Health of Rwanda"),
    Case("wire-took-part-in-a-meeting-with",
         "ROME, May 12 (Wire) - Kenyan Agriculture Minister Peter Mwangi took part in a meeting with FAO "
         "Director-General Lucas Moreau in Rome on Monday, his ministry said.",
         {P("Peter Mwangi", "Lucas Moreau"): date(2025, 5, 12)}, publisher="Wire"),
    Case("council-during-a-phone-call-with-two",
         "Brussels, 14 May 2025\n\n"
         "During a phone call with President Elena Ceban of Moldova and Prime Minister Irakli Gelashvili of "
         "Georgia, the President of the European Council, Antonio Ferreira, discussed energy security.",
         {P("Antonio Ferreira", "Elena Ceban"): date(2025, 5, 14),
          P("Antonio Ferreira", "Irakli Gelashvili"): date(2025, 5, 14)},
         publisher="Council of the European Union", published=date(2025, 5, 14)),
    Case("trilateral-meeting-of-ministers-named-later",
         "CAIRO, 14 May 2025 - A trilateral meeting of the foreign ministers of Egypt, Jordan and Iraq was held "
         "in Cairo on Wednesday.\n\n"
         "Egyptian Foreign Minister Hany Soliman, Jordanian Foreign Minister Omar Haddad and Iraqi Foreign "
         "Minister Ali Hashim discussed the situation in the region.",
         {P("Hany Soliman", "Omar Haddad"): date(2025, 5, 14), P("Hany Soliman", "Ali Hashim"): date(2025, 5, 14)},
         publisher="Egypt State Information Service"),
    Case("trilateral-meeting-of-ministers-named-in-apposition",
         "A trilateral meeting of the foreign ministers of Egypt, Jordan and Iraq, Hany Soliman, Omar Haddad and "
         "Ali Hashim, was held in Amman on 14 May 2025. The ministers agreed to meet again in Baghdad.",
         {P("Hany Soliman", "Omar Haddad"): date(2025, 5, 14), P("Hany Soliman", "Ali Hashim"): date(2025, 5, 14)},
         publisher="Jordan News Agency"),
    Case("wire-took-part-in-a-videoconference-with-two",
         "OSLO, 13 May 2025 - Minister Sara Lind took part in a videoconference with Swedish Trade Minister Karin "
         "Berg and Danish Industry Minister Lars Eriksen on Tuesday.",
         {P("Sara Lind", "Karin Berg"): date(2025, 5, 13), P("Sara Lind", "Lars Eriksen"): date(2025, 5, 13)},
         publisher="Wire"),
    Case("ministry-meeting-attended-by-three-parties",
         "The meeting, held at the ministry on 13 May 2025, was attended by the Minister of Trade of Norway, Sara "
         "Lind, the Ambassador of Chile, Pedro Rojas, and the Ambassador of Peru, Ana Costa. It discussed the "
         "export of salmon and copper.",
         {P("Sara Lind", "Pedro Rojas"): date(2025, 5, 13), P("Sara Lind", "Ana Costa"): date(2025, 5, 13)},
         publisher="Ministry of Trade of Norway"),
    Case("board-meeting-of-its-own-members-is-no-encounter",
         "The Board of Directors of the African Development Bank held its meeting in Abidjan on 12 May 2025.\n\n"
         "The meeting was chaired by the President of the Bank, Samuel Obi. Executive Director Grace Wanjiru and "
         "Executive Director Hana Novak also attended the meeting.",
         {}, publisher="African Development Bank"),
    Case("executive-board-session-is-a-gathering",
         "The Minister of Culture of Morocco, Karim Bennani, took part in the meeting of the Executive Board of "
         "UNESCO in Paris on 13 May 2025. The Chair of the Executive Board, Lena Holm, and the Ambassador of "
         "Peru, Pedro Rojas, also attended the meeting.",
         {}, publisher="Ministry of Culture of Morocco"),
    Case("conference-of-many-is-a-gathering",
         "The 3rd International Conference on Water Security was held in Dushanbe on 12 May 2025 with 40 "
         "delegations. The Minister of Energy of Tajikistan, Ahmad Rahimi, and the Deputy Secretary-General of "
         "the United Nations, Maria Lopes, took part in the conference.",
         {}, publisher="Ministry of Energy of Tajikistan"),
    Case("general-assembly-session-is-a-gathering",
         "NEW YORK, 14 May 2025 - Ambassador Musa Kamara took part in the 80th session of the United Nations "
         "General Assembly, where the President of the General Assembly, Lena Holm, opened the general debate.",
         {}, publisher="Permanent Mission of Liberia to the United Nations"),
    Case("who-met-in-a-relative-clause",
         "Minister of Planning Hany Soliman and Minister of Economy Sara Lind, who met in Cairo on Monday, 12 May "
         "2025, signed a memorandum on statistics.",
         {P("Hany Soliman", "Sara Lind"): date(2025, 5, 12)}, publisher="Egypt State Information Service"),
]


# Eighth round (issue 9, meetings on unseen news): readouts of phone and video calls, counterparts named
# far from the trigger or in a later sentence, co-chairs, invitations, courtesy calls "on" and "to" a list
# of hosts, audiences, wire datelines, honorifics of other traditions, plural titles before two names.
CASES += [
    Case("presidency-call-during-the-call-two-leaders",
         "President Amara Diallo held a telephone conversation with President Jonas Lindholm of Finland on "
         "Monday, 12 May 2025. During the call, the two leaders discussed trade, the situation in the Sahel and "
         "the preparations for the summit in Brussels.\n\n"
         "President Diallo thanked his Finnish counterpart for his country's support.",
         {P("Amara Diallo", "Jonas Lindholm"): date(2025, 5, 12)},
         (("Guinea", "Finland"),),
         title="President Diallo holds phone talks with Finnish President", publisher="Presidency of Guinea"),
    Case("spoke-by-phone-with",
         "Foreign Minister Tomas Berglund spoke by phone on Wednesday with the Minister of Foreign Affairs of "
         "Chile, Camila Rojas. The ministers discussed the negotiations on the trade agreement and the "
         "situation in Venezuela.",
         {P("Tomas Berglund", "Camila Rojas"): date(2025, 5, 14)},
         (("Sweden", "Chile"),),
         title="Foreign Minister Berglund speaks with Chilean counterpart", publisher="Government Offices of Sweden"),
    Case("received-a-phone-call-joined-by",
         "Prime Minister Helena Varga received a phone call on Tuesday from the President of the European "
         "Commission, Ursula Brandt. The call was joined by the Minister of Finance, Peter Kovacs.\n\n"
         "They discussed the disbursement of the recovery funds.",
         {P("Helena Varga", "Ursula Brandt"): date(2025, 5, 13), P("Peter Kovacs", "Ursula Brandt"): date(2025, 5, 13)},
         (("Hungary", "European Commission"),),
         title="Prime Minister Varga speaks with Commission President", publisher="Government of Hungary"),
    Case("exchanged-views-over-the-phone",
         "The Minister of Foreign Affairs of Indonesia, Dewi Kartika, and the Minister of Foreign Affairs of "
         "Australia, Sarah Whitlock, exchanged views over the phone on Thursday on the situation in Myanmar.",
         {P("Dewi Kartika", "Sarah Whitlock"): date(2025, 5, 15)},
         (("Indonesia", "Australia"),),
         title="Indonesian and Australian foreign ministers exchange views", publisher="Kemlu"),
    Case("in-a-phone-call-with-her-kenyan-counterpart",
         "In a phone call on Monday with her Kenyan counterpart, Peter Kamau, Minister Anneli Virtanen "
         "discussed the humanitarian situation in Sudan and the cooperation in renewable energy.",
         {P("Anneli Virtanen", "Peter Kamau"): date(2025, 5, 12)},
         (("Finland", "Kenya"),),
         title="Minister Virtanen speaks with Kenyan counterpart", publisher="Ministry for Foreign Affairs of Finland"),
    # a state named only as a topic ("the situation in X", "the X conflict") is nobody's side
    Case("topic-state-in-a-ministry-release",
         "Minister Jana Horvath received on Tuesday the Ambassador of Japan, Hiroshi Sato, at the ministry. "
         "They discussed economic cooperation, investments in the car industry and the war in Ukraine.",
         {P("Jana Horvath", "Hiroshi Sato"): date(2025, 5, 13)},
         (("Slovakia", "Japan"),), absent_institutions=(("Ukraine", "Japan"),),
         title="Minister Horvath receives Japanese Ambassador",
         publisher="Ministry of Foreign and European Affairs of the Slovak Republic"),
    Case("topic-state-in-an-embassy-release",
         "Ambassador Lena Fischer met on Monday with the Minister of Foreign Affairs of Ghana, Kwame Asante, "
         "in Accra to discuss the security situation in Mali and the cooperation in vocational training.",
         {P("Lena Fischer", "Kwame Asante"): date(2025, 5, 12)},
         absent_institutions=(("Mali", "Ghana"),),
         title="Ambassador Fischer meets Foreign Minister Asante", publisher="Embassy of Germany in Accra"),
    Case("topic-state-as-a-compound-in-a-government-release",
         "Prime Minister Kristjan Tamm spoke by phone on Thursday with the President of Kazakhstan, Nurlan "
         "Abenov. The leaders discussed transport links across the Caspian Sea and the Afghanistan crisis.",
         {P("Kristjan Tamm", "Nurlan Abenov"): date(2025, 5, 15)},
         (("Estonia", "Kazakhstan"),), absent_institutions=(("Afghanistan", "Kazakhstan"),),
         title="Prime Minister Tamm speaks with President Abenov", publisher="Government of Estonia"),
    Case("topic-state-in-a-news-agency-report",
         "Foreign Minister Ivan Petrov met with his Armenian counterpart, Aram Sargsyan, on Wednesday. The "
         "ministers discussed the transit of goods and the fighting in Lebanon.",
         {P("Ivan Petrov", "Aram Sargsyan"): date(2025, 5, 14)},
         absent_institutions=(("Lebanon", "Armenia"),),
         title="Foreign ministers discuss transit", publisher="Bulgarian News Agency"),
    Case("topic-state-as-the-object-of-discussed",
         "Foreign Minister Tomas Berglund spoke by phone on Wednesday with the Minister of Foreign Affairs of "
         "Chile, Camila Rojas. The ministers discussed Venezuela and the trade agreement.",
         {P("Tomas Berglund", "Camila Rojas"): date(2025, 5, 14)},
         (("Sweden", "Chile"),), absent_institutions=(("Venezuela", "Chile"),),
         title="Berglund speaks with Chilean counterpart", publisher="Government Offices of Sweden"),
    Case("topic-states-after-talked-about",
         "State Secretary Ingrid Solberg received on Thursday the Ambassador of Brazil, Paulo Mendes. They "
         "talked about Venezuela and Guyana and about the negotiations between the EU and Mercosur.",
         {P("Ingrid Solberg", "Paulo Mendes"): date(2025, 5, 15)},
         (("Norway", "Brazil"),), absent_institutions=(("Venezuela", "Brazil"), ("Guyana", "Brazil")),
         title="State Secretary Solberg receives Brazilian Ambassador", publisher="Government of Norway"),
    Case("topic-state-after-talked-about-no-state-for-the-host",
         "Prime Minister Lars Eriksen received on Thursday the Ambassador of Brazil, Paulo Mendes. They talked "
         "about Venezuela.",
         {P("Lars Eriksen", "Paulo Mendes"): date(2025, 5, 15)},
         absent_institutions=(("Venezuela", "Brazil"),),
         title="Prime Minister receives Brazilian Ambassador", publisher="Associated Press"),
    Case("topic-state-beside-his-country",
         "Prime Minister Lars Eriksen received on Thursday the Ambassador of Brazil, Paulo Mendes, who said his "
         "country was ready to help end the war in Sudan.",
         {P("Lars Eriksen", "Paulo Mendes"): date(2025, 5, 15)},
         absent_institutions=(("Sudan", "Brazil"),),
         title="Prime Minister receives Ambassador", publisher="Associated Press"),
    Case("topic-state-in-the-headline",
         "Foreign Minister Tomas Berglund spoke by phone on Wednesday with the Minister of Foreign Affairs of "
         "Chile, Camila Rojas.",
         {P("Tomas Berglund", "Camila Rojas"): date(2025, 5, 14)},
         absent_institutions=(("Venezuela", "Chile"),),
         title="Berglund and Chilean counterpart discuss Venezuela", publisher="Associated Press"),
    Case("topic-state-before-a-topic-noun-in-the-headline",
         "Prime Minister Lars Eriksen received on Thursday the Ambassador of Brazil, Paulo Mendes.",
         {P("Lars Eriksen", "Paulo Mendes"): date(2025, 5, 15)},
         absent_institutions=(("Sudan", "Brazil"),),
         title="Prime Minister and Brazilian envoy discuss Sudan crisis", publisher="Associated Press"),
    Case("two-topic-states-leave-the-host-without-a-state",
         "Minister Jana Horvath received on Tuesday the Ambassador of Japan, Hiroshi Sato. They discussed the "
         "sanctions against Russia and the reconstruction of Ukraine.",
         {P("Jana Horvath", "Hiroshi Sato"): date(2025, 5, 13)},
         absent_institutions=(("Russia", "Japan"), ("Ukraine", "Japan")),
         title="Minister receives Japanese Ambassador", publisher="Associated Press"),
    Case("topic-state-of-elections-in-a-call",
         "Foreign Minister Tomas Berglund spoke by phone on Wednesday with the Minister of Foreign Affairs of "
         "Chile, Camila Rojas, about the elections in Venezuela.",
         {P("Tomas Berglund", "Camila Rojas"): date(2025, 5, 14)},
         absent_institutions=(("Venezuela", "Chile"),),
         title="Foreign ministers speak", publisher="Associated Press"),
    Case("topic-state-after-a-plural-topic-noun",
         "Prime Minister Lars Eriksen received on Thursday the Ambassador of Brazil, Paulo Mendes. They "
         "discussed the tensions in Venezuela and the coming climate conference.",
         {P("Lars Eriksen", "Paulo Mendes"): date(2025, 5, 15)},
         absent_institutions=(("Venezuela", "Brazil"),),
         title="Prime Minister receives Ambassador", publisher="Associated Press"),
    Case("topic-state-after-reviews-in-the-headline",
         "Foreign Minister Tomas Berglund spoke by phone on Wednesday with the Minister of Foreign Affairs of "
         "Chile, Camila Rojas.",
         {P("Tomas Berglund", "Camila Rojas"): date(2025, 5, 14)},
         absent_institutions=(("Venezuela", "Chile"),),
         title="Foreign minister reviews Venezuela with Chilean counterpart", publisher="Associated Press"),
    Case("counterpart-after-a-relative-clause",
         "Mexican Minister of Foreign Affairs Jorge Salas, who is on a tour of the region that will also take him to "
         "Panama and Costa Rica, met in Guatemala City on Tuesday with his Guatemalan counterpart, Lucia "
         "Morales, to review the bilateral agenda.",
         {P("Jorge Salas", "Lucia Morales"): date(2025, 5, 13)},
         (("Guatemala", "Mexico"),),
         title="Foreign Minister Salas meets Guatemalan counterpart", publisher="Secretaría de Relaciones Exteriores"),
    Case("her-egyptian-counterpart-state-from-adjective",
         "Spanish Minister of Foreign Affairs Carmen Ortega met on Wednesday in Madrid with her Egyptian "
         "counterpart, Hany Fawzy, with whom she reviewed the situation in Gaza.",
         {P("Carmen Ortega", "Hany Fawzy"): date(2025, 5, 14)},
         (("Spain", "Egypt"),),
         absent_institutions=(("Spain", "Spain"),),
         title="Ortega meets Egyptian counterpart", publisher="Ministry of Foreign Affairs of Spain"),
    Case("co-chaired-by-a-and-b",
         "The fifth meeting of the Joint Economic Commission between Kazakhstan and Hungary was held in Astana "
         "on 13 May 2025. The meeting was co-chaired by the Minister of Trade of Kazakhstan, Arman Seitkali, and "
         "the Minister of Foreign Affairs and Trade of Hungary, Gabor Nagy.",
         {P("Arman Seitkali", "Gabor Nagy"): date(2025, 5, 13)},
         (("Kazakhstan", "Hungary"),),
         title="Kazakhstan and Hungary hold Joint Economic Commission", publisher="Government of Kazakhstan"),
    Case("talks-chaired-jointly-by",
         "Talks between the delegations of Norway and Vietnam, chaired jointly by the State Secretary of Norway, Erik "
         "Dahl, and the Deputy Minister of Foreign Affairs of Vietnam, Pham Van Long, took place in Oslo on Tuesday, 13 May 2025.",
         {P("Erik Dahl", "Pham Van Long"): date(2025, 5, 13)},
         (("Norway", "Vietnam"),),
         title="Political consultations between Norway and Vietnam", publisher="Government of Norway"),
    Case("at-the-invitation-of",
         "At the invitation of the Prime Minister of Portugal, Rui Matos, the Prime Minister of Cape Verde, "
         "Carlos Fonseca, paid an official visit to Lisbon on 12 and 13 May 2025. The two prime ministers held "
         "talks on Monday on the cooperation in education and health.",
         {P("Rui Matos", "Carlos Fonseca"): date(2025, 5, 12)},
         (("Portugal", "Cape Verde"),),
         title="Prime Minister of Cape Verde visits Portugal", publisher="Government of Portugal"),
    Case("paid-a-courtesy-call-on",
         "The newly appointed Ambassador of Brazil to Ghana, Marcos Pereira, paid a courtesy call on the "
         "Minister for Foreign Affairs, Hon. Samuel Boateng, in Accra on Thursday, 15 May 2025.",
         {P("Marcos Pereira", "Samuel Boateng"): date(2025, 5, 15)},
         (("Brazil", "Ghana"),),
         title="Brazilian Ambassador pays courtesy call on Foreign Minister", publisher="Ministry of Foreign Affairs of Ghana"),
    Case("received-in-audience-by",
         "The Minister of Culture of Italy, Paolo Benedetti, was received in audience by the King of Morocco, "
         "Hassan Idrissi, at the Royal Palace in Rabat on Monday, 12 May 2025.",
         {P("Paolo Benedetti", "Hassan Idrissi"): date(2025, 5, 12)},
         (("Italy", "Morocco"),),
         title="Italian Minister received in audience", publisher="Ministry of Culture of Italy"),
    Case("hosted-for-talks",
         "Prime Minister Daniel Brooks hosted the Prime Minister of New Zealand, Aroha Ngata, for talks in "
         "Canberra on Wednesday, 14 May 2025.",
         {P("Daniel Brooks", "Aroha Ngata"): date(2025, 5, 14)},
         (("Australia", "New Zealand"),),
         title="Prime Minister hosts New Zealand Prime Minister", publisher="Prime Minister of Australia"),
    Case("was-welcomed-by",
         "The Secretary-General of the Commonwealth, Janet Okafor, was welcomed by the President of Rwanda, "
         "Jean Habimana, at Village Urugwiro in Kigali on Tuesday, 13 May 2025, for talks on the preparations "
         "for the heads of government meeting.",
         {P("Janet Okafor", "Jean Habimana"): date(2025, 5, 13)},
         (("Commonwealth", "Rwanda"),),
         title="Commonwealth Secretary-General welcomed in Kigali", publisher="Commonwealth Secretariat"),
    Case("capital-hosted-the-leaders",
         "Baku hosted the leaders of Azerbaijan and Georgia on Tuesday, 13 May 2025. President Ilham Rustamov "
         "and President Giorgi Beradze held talks on the transit corridor.",
         {P("Ilham Rustamov", "Giorgi Beradze"): date(2025, 5, 13)},
         title="Presidents of Azerbaijan and Georgia meet in Baku", publisher="Wire"),
    Case("exchanged-letters-is-no-meeting",
         "President Ana Silva and President Rodrigo Pena exchanged letters on Monday on the anniversary of "
         "diplomatic relations between Brazil and Argentina.",
         {},
         absent=(P("Ana Silva", "Rodrigo Pena"),),
         title="Presidents exchange letters", publisher="Presidency of Brazil"),
    Case("wire-dateline-talks-quote",
         "KAMPALA, May 14 (Wire) - Ugandan President Moses Okello held talks on Wednesday with Sudanese army "
         "chief Abdel Osman, his office said, as mediation efforts intensified.\n\n"
         "\"We agreed that the war must end,\" Okello said in a statement after the meeting.",
         {P("Moses Okello", "Abdel Osman"): date(2025, 5, 14)},
         (("Uganda", "Sudan"),),
         title="Uganda's Okello meets Sudan army chief", publisher="Wire"),
    Case("honorific-sheikh-datuk",
         "The President of Ghana, Nana Kwame Asare, received Sheikh Hamad Al Thani, the Minister of State for "
         "Foreign Affairs of Qatar, at the Jubilee House on Monday, 12 May 2025. Also present was Datuk Lim "
         "Wei Ming, the High Commissioner of Malaysia.",
         {P("Nana Kwame Asare", "Hamad Al Thani"): date(2025, 5, 12)},
         (("Ghana", "Qatar"),),
         title="President receives Qatari Minister", publisher="The Presidency of Ghana"),
    Case("all-caps-surnames",
         "The Secretary-General of the Organisation, Mr. Jean DUPONT, received Mrs. Amina KONE, Minister of "
         "Education of Mali, at the headquarters in Paris on Monday, 12 May 2025.",
         {P("Jean Dupont", "Amina Kone"): date(2025, 5, 12)},
         title="Secretary-General receives Minister of Education of Mali", publisher="La Francophonie"),
    Case("plural-title-two-short-names",
         "The foreign ministers Ana Lo and Ben Wu met in Singapore on Tuesday, 13 May 2025, to discuss the "
         "regional trade agreement.",
         {P("Ana Lo", "Ben Wu"): date(2025, 5, 13)},
         title="Foreign ministers meet in Singapore", publisher="Wire"),
    Case("delegation-headed-by-a-titled-name",
         "The Minister of Agriculture of Zambia, Mutale Banda, received a delegation headed by Shri Rajesh "
         "Kumar, Secretary of the Ministry of Agriculture of India, in Lusaka on Monday, 12 May 2025.",
         {P("Mutale Banda", "Rajesh Kumar"): date(2025, 5, 12)},
         (("Zambia", "India"),),
         title="Minister receives Indian delegation", publisher="Government of Zambia"),
    Case("multi-day-visit-meetings-on-several-days-wire",
         "BRASILIA, May 15 (Wire) - German Economy Minister Klaus Weber wrapped up a three-day visit to Brazil "
         "on Thursday.\n\n"
         "On Tuesday, Weber met Finance Minister Rafael Costa. On Wednesday he held talks with President Luiz "
         "Andrade at the Planalto palace.\n\n"
         "\"Brazil is a key partner,\" Weber told reporters.",
         {P("Klaus Weber", "Rafael Costa"): date(2025, 5, 13), P("Klaus Weber", "Luiz Andrade"): date(2025, 5, 14)},
         (("Germany", "Brazil"),),
         absent=(P("Rafael Costa", "Luiz Andrade"),),
         title="German minister ends Brazil visit", publisher="Wire", published=date(2025, 5, 15)),
    Case("counterpart-named-in-a-later-sentence",
         "The Minister of Foreign Affairs of Croatia, Ivan Horvat, held talks on Tuesday in Zagreb with his "
         "counterpart from Slovenia. The Slovenian minister, Maja Novak, was on her first visit to Croatia since "
         "taking office.",
         {P("Ivan Horvat", "Maja Novak"): date(2025, 5, 13)},
         (("Croatia", "Slovenia"),),
         title="Horvat holds talks with Slovenian counterpart", publisher="Ministry of Foreign Affairs of Croatia"),
    Case("at-the-request-of-the-other-side",
         "At the request of the Armenian side, the Minister of Foreign Affairs of Iran, Hossein Karimi, held a "
         "telephone conversation on Monday with the Minister of Foreign Affairs of Armenia, Aram Petrosyan.",
         {P("Hossein Karimi", "Aram Petrosyan"): date(2025, 5, 12)},
         (("Iran", "Armenia"),),
         title="Iranian and Armenian foreign ministers speak by phone", publisher="IRNA"),
    Case("call-long-sentence-far-counterpart",
         "Chancellor Friedrich Lang, who returned on Sunday from the European Council in Brussels where the "
         "leaders agreed on a new package of sanctions, spoke on the telephone on Monday evening, in a call that "
         "lasted almost an hour according to his spokesman, with the President of the United States, Robert "
         "Hale.",
         {P("Friedrich Lang", "Robert Hale"): date(2025, 5, 12)},
         (("Germany", "United States"),),
         title="Chancellor speaks with US President", publisher="Federal Government of Germany"),
    Case("wire-told-counterpart-in-a-phone-call",
         "MOSCOW, May 12 (Wire) - Kazakh President Nurlan Abenov told his Turkish counterpart Mehmet Yildiz in a "
         "phone call on Monday that the two countries should expand the transit route across the Caspian Sea, "
         "the Kremlin said.",
         {P("Nurlan Abenov", "Mehmet Yildiz"): date(2025, 5, 12)},
         (("Kazakhstan", "Türkiye"),), publisher="Wire", title="Kazakh leader, Turkish president discuss transit"),
    Case("phoned-to-congratulate",
         "Prime Minister Laila Haddad phoned the Prime Minister of Jordan, Omar Khatib, on Tuesday to "
         "congratulate him on the formation of the new government.",
         {P("Laila Haddad", "Omar Khatib"): date(2025, 5, 13)},
         publisher="Prime Minister's Office of Lebanon", title="Haddad calls Khatib"),
    Case("called-to-express-condolences",
         "President Tomas Reyes called President Amadou Sow of Senegal on Wednesday to express his condolences "
         "after the floods in the south of the country.",
         {P("Tomas Reyes", "Amadou Sow"): date(2025, 5, 14)},
         publisher="Presidency of the Philippines", title="President Reyes calls Senegalese President"),
    Case("spoke-on-the-phone-discussing",
         "Greek Prime Minister Andreas Pappas and Cypriot President Elena Georgiou spoke on the phone on "
         "Monday, discussing energy links and the situation in the Middle East, a government spokesman said.",
         {P("Andreas Pappas", "Elena Georgiou"): date(2025, 5, 12)},
         (("Greece", "Cyprus"),), publisher="Wire", title="Greek, Cypriot leaders speak"),
    Case("received-a-call-in-which-reviewed",
         "Deputy Prime Minister and Minister of Foreign Affairs Faisal Al Harthy received a phone call on Sunday "
         "from his Omani counterpart, Sayyid Badr Al Busaidi, in which they reviewed the bilateral relations.",
         {P("Faisal Al Harthy", "Badr Al Busaidi"): date(2025, 5, 11)},
         publisher="Ministry of Foreign Affairs of Kuwait", title="Foreign Minister receives call from Omani counterpart"),
    Case("relative-clause-who-met",
         "The Foreign Minister of Norway, Ida Berg, who met the Minister of Foreign Affairs of Peru, Carlos "
         "Quispe, in Lima on Tuesday, said the two countries would open negotiations on a tax treaty.",
         {P("Ida Berg", "Carlos Quispe"): date(2025, 5, 13)},
         (("Norway", "Peru"),), publisher="Wire", title="Norway and Peru to negotiate tax treaty"),
    Case("participial-meeting-with",
         "Meeting with the Prime Minister of Georgia, Levan Abashidze, in Tbilisi on Monday, the President of the "
         "European Council, Jonas Keller, stressed the importance of reforms.",
         {P("Levan Abashidze", "Jonas Keller"): date(2025, 5, 12)},
         (("Georgia", "European Council"),), publisher="European Council", title="Keller in Tbilisi"),
    Case("possessive-talks-with",
         "Chancellor Markus Vogel's talks with the Prime Minister of India, Arjun Mehta, on Wednesday in Berlin "
         "focused on trade and the green hydrogen partnership.",
         {P("Markus Vogel", "Arjun Mehta"): date(2025, 5, 14)},
         publisher="Federal Government of Germany", title="Chancellor Vogel's talks with Prime Minister Mehta"),
    Case("video-conference-during-said",
         "During a video conference with the Director-General of the World Health Organization, Samuel Okoro, "
         "on Thursday, the Minister of Health of Brazil, Renata Lima, said the country would increase its "
         "contribution.",
         {P("Samuel Okoro", "Renata Lima"): date(2025, 5, 15)},
         (("World Health Organization", "Brazil"),), publisher="Ministry of Health of Brazil", title="Minister speaks with WHO chief"),
    Case("also-met-separately",
         "During his visit to Nairobi on 13 May 2025, the Foreign Minister of Japan, Kenji Ota, met the President "
         "of Kenya, Samuel Mwangi. He also met separately with the Cabinet Secretary for Foreign Affairs, Ruth "
         "Achieng, and the Cabinet Secretary for Trade, David Kiprop.",
         {P("Kenji Ota", "Samuel Mwangi"): date(2025, 5, 13), P("Kenji Ota", "Ruth Achieng"): date(2025, 5, 13),
          P("Kenji Ota", "David Kiprop"): date(2025, 5, 13)},
         (("Japan", "Kenya"),), publisher="Ministry of Foreign Affairs of Japan", title="Foreign Minister Ota visits Kenya"),
    Case("phone-conversation-initiative-of-side",
         "A telephone conversation took place on Friday between President Arman Petrosyan and President Ilir "
         "Berisha at the initiative of the Albanian side. The presidents discussed the European agenda.",
         {P("Arman Petrosyan", "Ilir Berisha"): date(2025, 5, 16)},
         publisher="President of Armenia", title="Telephone conversation with the President of Albania"),
    Case("call-then-later-sentence-counterpart-name",
         "The Minister of Foreign Affairs, Nadia Benali, held a telephone conversation on Monday with her "
         "Spanish counterpart. During the call, Minister Benali and Minister Jose Ruiz Torres discussed "
         "migration and the preparations for the ministerial meeting in Rabat.",
         {P("Nadia Benali", "Jose Ruiz Torres"): date(2025, 5, 12)},
         publisher="Ministry of Foreign Affairs of Morocco", title="Phone call with the Spanish Foreign Minister"),
    Case("signed-in-the-presence-of-both",
         "The Minister of Energy of Ghana, Kwesi Mensah, and the Minister of Energy of Burkina Faso, Issa "
         "Ouedraogo, signed a memorandum of understanding on electricity trade in Accra on Tuesday, 13 May 2025.",
         {P("Kwesi Mensah", "Issa Ouedraogo"): date(2025, 5, 13)},
         (("Ghana", "Burkina Faso"),), publisher="Ministry of Energy of Ghana", title="Ghana and Burkina Faso sign MoU"),
    Case("signing-took-place-in-the-presence-of-the-presidents",
         "State House, Dakar, Tuesday 13 May 2025 – Minister of Foreign Affairs and Regional Integration, Kofi "
         "Asante, has presided over the signing of five different memoranda with his counterpart, the Minister of "
         "Foreign Affairs in Senegal.\n\n"
         "The signing took place in the presence of the Presidents, His Excellency Moussa Diop, President of the "
         "Republic of Senegal and His Excellency John Mensah, President of the Republic of Ghana, who is on a "
         "three-day state visit to Senegal.",
         {P("Kofi Asante", "Moussa Diop"): date(2025, 5, 13), P("John Mensah", "Moussa Diop"): date(2025, 5, 13)},
         (("Ghana", "Senegal"),),
         publisher="State House of Ghana", title="Foreign Minister presides over signing of five memoranda"),
    Case("ministers-signed-in-the-presence-of-their-leaders",
         "HANOI, 14 May 2025 (VNA) - Vietnamese Minister of Industry and Trade Tran Van Long and Lao Minister of "
         "Industry and Commerce Bounthong Keomany signed an agreement on cross-border trade on Wednesday in the "
         "presence of Vietnamese Prime Minister Nguyen Duc Hai and Lao Prime Minister Sonexay Phomvihane.",
         {P("Tran Van Long", "Bounthong Keomany"): date(2025, 5, 14),
          P("Nguyen Duc Hai", "Sonexay Phomvihane"): date(2025, 5, 14),
          P("Tran Van Long", "Sonexay Phomvihane"): date(2025, 5, 14)},
         (("Vietnam", "Lao"),), publisher="Vietnam News Agency", title="Viet Nam, Laos sign trade agreement"),
    Case("ceremony-in-the-presence-of-a-minister-no-signing",
         "The Minister of Culture, Ines Carvalho, opened the new wing of the National Museum in Lisbon on 12 May "
         "2025. The ceremony took place in the presence of the Ambassador of Brazil, Paulo Ferreira.",
         {}, publisher="Government of Portugal", title="New museum wing opens"),
    Case("members-of-each-delegation-listed-after-a-colon",
         "NAIROBI, 12 May 2025 – The Vice President held talks with a visiting Chinese delegation on Monday at "
         "Harambee House.\n\nMembers of the Chinese delegation: Li Wei, Vice Minister of Commerce; Zhang Min, "
         "Director General.\nMembers of the Kenyan side: Vice President Grace Mutua; Trade Cabinet Secretary Peter "
         "Kamau.",
         {P("Grace Mutua", "Li Wei"): date(2025, 5, 12), P("Peter Kamau", "Zhang Min"): date(2025, 5, 12)},
         (("Kenya", "China"),), publisher="Office of the Vice President of Kenya",
         title="Vice President holds talks with Chinese delegation"),
    Case("welcomed-to-the-state-house",
         "President Samia Mwinyi welcomed the Prime Minister of Ethiopia, Dawit Bekele, to State House in Dar es "
         "Salaam on Monday, 12 May 2025.",
         {P("Samia Mwinyi", "Dawit Bekele"): date(2025, 5, 12)},
         publisher="State House Tanzania", title="President welcomes Ethiopian Prime Minister"),
    Case("hosted-a-dinner-in-honour-of",
         "The Prime Minister of Malta, Joseph Camilleri, hosted a working dinner in honour of the President of "
         "Slovenia, Mateja Kranjc, at the Auberge de Castille on Wednesday, 14 May 2025.",
         {P("Joseph Camilleri", "Mateja Kranjc"): date(2025, 5, 14)},
         publisher="Government of Malta", title="Prime Minister hosts dinner for Slovenian President"),
    Case("greeted-at-the-airport",
         "The Vice President of Zambia, Mary Phiri, was greeted at the Kenneth Kaunda International Airport by "
         "the Vice President of Botswana, Tebogo Masire, on her arrival on Monday, 12 May 2025.",
         {P("Mary Phiri", "Tebogo Masire"): date(2025, 5, 12)},
         publisher="Government of Zambia", title="Vice President arrives"),
    Case("visited-where-welcomed-by-the-director",
         "The Minister of Education of Oman, Salim Al Rawahi, visited the headquarters of UNESCO in Paris on "
         "Thursday, 15 May 2025, where he was welcomed by the Director-General, Claire Martin.",
         {P("Salim Al Rawahi", "Claire Martin"): date(2025, 5, 15)},
         publisher="UNESCO", title="Omani Minister visits UNESCO"),
    Case("sent-a-delegation-no-meeting",
         "President Victor Lungu sent a message to President Anna Petrova of Bulgaria on Monday to congratulate "
         "her on the national day.",
         {},
         absent=(P("Victor Lungu", "Anna Petrova"),),
         publisher="Presidency of Moldova", title="President sends congratulations"),
    Case("delegation-courtesy-call-on-a-minister",
         "A delegation of the African Development Bank, comprising Vice President Amina Bello, Director Paul "
         "Mensah, Chief Economist Ruth Okafor and Senior Advisor John Dube, paid a courtesy call on the Minister "
         "of Finance of Zambia, Hon. Mulenga Chanda, in Lusaka on Tuesday, 13 May 2025.",
         {P("Amina Bello", "Mulenga Chanda"): date(2025, 5, 13), P("Paul Mensah", "Mulenga Chanda"): date(2025, 5, 13),
          P("Ruth Okafor", "Mulenga Chanda"): date(2025, 5, 13), P("John Dube", "Mulenga Chanda"): date(2025, 5, 13)},
         (("African Development Bank", "Zambia"),), publisher="Ministry of Finance of Zambia",
         title="AfDB delegation pays courtesy call on Minister"),
    Case("ambassadors-courtesy-call-on-speaker-and-deputy",
         "The Ambassador of Ireland, Ciara Byrne, the Ambassador of Denmark, Lars Holm, and the Ambassador of "
         "Austria, Petra Huber, paid a courtesy call on the Speaker of the National Assembly, Rt. Hon. Thomas "
         "Kalua, and the Deputy Speaker, Hon. Grace Banda, at Parliament on Monday, 12 May 2025.",
         {P("Ciara Byrne", "Thomas Kalua"): date(2025, 5, 12), P("Lars Holm", "Thomas Kalua"): date(2025, 5, 12),
          P("Petra Huber", "Thomas Kalua"): date(2025, 5, 12), P("Ciara Byrne", "Grace Banda"): date(2025, 5, 12),
          P("Lars Holm", "Grace Banda"): date(2025, 5, 12), P("Petra Huber", "Grace Banda"): date(2025, 5, 12)},
         publisher="Parliament of Malawi", title="Ambassadors pay courtesy call on the Speaker"),
    Case("received-a-courtesy-call-from-accompanied",
         "The Prime Minister of Fiji, Ratu Josefa Vuniwai, received a courtesy call from the Secretary General of "
         "the Pacific Islands Forum, Henry Tuilagi, accompanied by Deputy Secretary General Mele Fifita, at his "
         "office in Suva on Wednesday, 14 May 2025.",
         {P("Josefa Vuniwai", "Henry Tuilagi"): date(2025, 5, 14), P("Josefa Vuniwai", "Mele Fifita"): date(2025, 5, 14)},
         publisher="Fiji Government", title="PM receives courtesy call"),
    Case("during-the-courtesy-call-discussed",
         "The Governor of the Central Bank of Kenya, Peter Njoroge, and the Managing Director of the IMF, Laura "
         "Fischer, discussed the economic outlook during a courtesy call in Nairobi on Thursday, 15 May 2025.",
         {P("Peter Njoroge", "Laura Fischer"): date(2025, 5, 15)},
         publisher="Central Bank of Kenya", title="IMF Managing Director pays courtesy call on Governor"),
    Case("courtesy-call-with-members-named-after",
         "The Chief of Defence Force of Uganda, General Robert Mugisha, paid a courtesy call on the President of "
         "Rwanda, Jean Kagame, at Village Urugwiro on Monday, 12 May 2025. He was accompanied by Brigadier Sam "
         "Okello and Colonel Ruth Namata.",
         {P("Robert Mugisha", "Jean Kagame"): date(2025, 5, 12), P("Sam Okello", "Jean Kagame"): date(2025, 5, 12),
          P("Ruth Namata", "Jean Kagame"): date(2025, 5, 12)},
         publisher="Uganda Peoples Defence Forces", title="CDF pays courtesy call on President Kagame"),
    Case("paid-a-courtesy-call-to-a-minister",
         "The Ambassador of the Republic of Korea, Kim Min-ho, paid a courtesy call to the Minister of Foreign "
         "Affairs of Sri Lanka, Nimal Perera, at the ministry in Colombo on Tuesday, 13 May 2025.",
         {P("Kim Min-ho", "Nimal Perera"): date(2025, 5, 13)},
         (("South Korea", "Sri Lanka"),), publisher="Ministry of Foreign Affairs of Sri Lanka",
         title="Korean Ambassador calls on Foreign Minister"),
    Case("delegation-made-a-courtesy-call-to-the-president",
         "A delegation of the Asian Development Bank led by Vice President Hiroshi Sato, with Director General "
         "Maria Santos, Country Director Ahmed Karim and Principal Economist Lina Wong, made a courtesy call to "
         "President Ranjit Silva at the Presidential Secretariat on Monday, 12 May 2025.",
         {P("Hiroshi Sato", "Ranjit Silva"): date(2025, 5, 12), P("Maria Santos", "Ranjit Silva"): date(2025, 5, 12),
          P("Ahmed Karim", "Ranjit Silva"): date(2025, 5, 12), P("Lina Wong", "Ranjit Silva"): date(2025, 5, 12)},
         publisher="President's Media Division", title="ADB delegation calls on President"),
]


# People a sentence says represented a side ("The Kenyan side was also represented by C") join the
# encounter, also one read from a gathering that only two people chaired or attended.
CASES += [
    Case("side-represented-by-after-meeting",
         "The Minister of Trade of Kenya, Rose Wambui, met the Ambassador of Vietnam, Tran Van Minh, in Nairobi on "
         "Tuesday, 13 May 2025. The Kenyan side was also represented by the Principal Secretary for Trade, Daniel "
         "Kiptoo, and the Director of External Trade, Faith Njeri.",
         {P("Rose Wambui", "Tran Van Minh"): date(2025, 5, 13), P("Daniel Kiptoo", "Tran Van Minh"): date(2025, 5, 13),
          P("Faith Njeri", "Tran Van Minh"): date(2025, 5, 13)},
         (("Kenya", "Vietnam"),),
         publisher="Ministry of Trade of Kenya", title="Trade Minister meets Vietnamese Ambassador"),
    Case("ministry-was-represented-by-before-meeting",
         "The Foreign Minister of Chile, Alberto Soto, received the Secretary General of the OECD, Karin Lund, in "
         "Santiago on Thursday, 15 May 2025. The OECD was represented by its Chief Economist, Hugo Blanc, and the "
         "Director of Public Governance, Ewa Nowak.",
         {P("Alberto Soto", "Karin Lund"): date(2025, 5, 15), P("Alberto Soto", "Hugo Blanc"): date(2025, 5, 15),
          P("Alberto Soto", "Ewa Nowak"): date(2025, 5, 15)},
         (("Chile", "OECD"),), publisher="Ministry of Foreign Affairs of Chile",
         title="Foreign Minister receives OECD Secretary General"),
    Case("attended-a-meeting-chaired-by-then-represented-by",
         "The Ambassador of Vietnam, Le Thi Hoa, attended a meeting chaired by the Minister of Water of Kenya, Rose "
         "Wambui, in Kisumu on Tuesday, 13 May 2025. Vietnam was also represented by the First Secretary of the "
         "Embassy of Vietnam, Tran Van Minh.",
         {P("Le Thi Hoa", "Rose Wambui"): date(2025, 5, 13), P("Tran Van Minh", "Rose Wambui"): date(2025, 5, 13)},
         (("Kenya", "Vietnam"),), publisher="Ministry of Water of Kenya", title="Water cooperation meeting in Kisumu"),
    Case("meeting-chaired-then-attended-then-represented-by",
         "The meeting was chaired by the Minister of Water of Kenya, Rose Wambui, in Kisumu on Tuesday, 13 May 2025. "
         "The Ambassador of Vietnam, Le Thi Hoa, also attended the meeting. Vietnam was also represented by the "
         "First Secretary of the Embassy of Vietnam, Tran Van Minh.",
         {P("Le Thi Hoa", "Rose Wambui"): date(2025, 5, 13), P("Tran Van Minh", "Rose Wambui"): date(2025, 5, 13)},
         (("Kenya", "Vietnam"),), publisher="Ministry of Water of Kenya", title="Water cooperation meeting"),
]


# A visitor's day of meetings, each with its own host: an aide named as present at two of them joins
# each, and that does not make them one encounter (the hosts of different meetings never met).
CASES += [
    Case("wire-aide-present-at-two-meetings",
         "NEW YORK, May 12 (Reuters) - Turkish Foreign Minister Emre Yildiz met the President of the General "
         "Assembly, Peter Novak, on Monday, the ministry said. Attending the meeting were Turkey's Ambassador to the "
         "United Nations, Deniz Aksoy, and the Chef de Cabinet of the General Assembly, Omar Farouk.\n\n"
         "Yildiz also met the President of the Economic and Social Council, Ines Moreau. He was accompanied by "
         "Deputy Foreign Minister Selin Kaya and Ambassador Deniz Aksoy.",
         {P("Emre Yildiz", "Peter Novak"): date(2025, 5, 12), P("Emre Yildiz", "Ines Moreau"): date(2025, 5, 12),
          P("Deniz Aksoy", "Peter Novak"): date(2025, 5, 12), P("Omar Farouk", "Emre Yildiz"): date(2025, 5, 12),
          P("Selin Kaya", "Ines Moreau"): date(2025, 5, 12)},
         absent=(P("Peter Novak", "Ines Moreau"), P("Omar Farouk", "Ines Moreau"), P("Selin Kaya", "Peter Novak")),
         title="Turkish FM holds talks at UN"),
    Case("ministry-readout-delegation-member-at-each-call",
         "Minister of Foreign Affairs of Indonesia Rina Wulandari held a bilateral meeting with the Minister for "
         "Foreign Affairs of Australia, Claire Hughes, in Canberra on Tuesday, 13 May 2025. Also present at the "
         "meeting was the Ambassador of Indonesia to Australia, Bayu Pratama.\n\n"
         "On the same day, Minister Wulandari met the Minister for Trade of Australia, Liam Carter. Also present were "
         "Ambassador Bayu Pratama and the Director General for Asia Pacific, Sari Utami.",
         {P("Rina Wulandari", "Claire Hughes"): date(2025, 5, 13), P("Bayu Pratama", "Claire Hughes"): date(2025, 5, 13),
          P("Rina Wulandari", "Liam Carter"): date(2025, 5, 13), P("Sari Utami", "Liam Carter"): date(2025, 5, 13)},
         (("Indonesia", "Australia"),),
         absent=(P("Claire Hughes", "Liam Carter"), P("Sari Utami", "Claire Hughes")),
         publisher="Ministry of Foreign Affairs of Indonesia", title="Foreign Minister's visit to Australia"),
    Case("un-agency-chief-two-ministers-same-adviser",
         "GENEVA - The Director-General of the World Health Organization, Lars Eriksen, received the Minister of "
         "Health of Ghana, Abena Owusu, at WHO headquarters on Wednesday, 14 May 2025. The meeting was also attended "
         "by WHO's Assistant Director-General for Africa, Thomas Keller.\n\n"
         "Later in the day, Dr Eriksen received the Minister of Health of Peru, Carmen Quispe. The meeting was also "
         "attended by Assistant Director-General Thomas Keller.",
         {P("Lars Eriksen", "Abena Owusu"): date(2025, 5, 14), P("Thomas Keller", "Abena Owusu"): date(2025, 5, 14),
          P("Lars Eriksen", "Carmen Quispe"): date(2025, 5, 14), P("Thomas Keller", "Carmen Quispe"): date(2025, 5, 14)},
         absent=(P("Abena Owusu", "Carmen Quispe"),),
         publisher="World Health Organization", title="WHO Director-General meets health ministers"),
    Case("parliament-speaker-two-audiences-same-clerk",
         "The Speaker of the Parliament of Malawi, Chikondi Phiri, on Thursday received the Ambassador of Japan, "
         "Haruto Mori. Present at the meeting was the Clerk of Parliament, Yamikani Banda.\n\n"
         "The Speaker later received the High Commissioner of India, Vikram Rao. Also present was the Clerk of "
         "Parliament, Yamikani Banda.",
         {P("Chikondi Phiri", "Haruto Mori"): None, P("Yamikani Banda", "Haruto Mori"): None,
          P("Chikondi Phiri", "Vikram Rao"): None, P("Yamikani Banda", "Vikram Rao"): None},
         absent=(P("Haruto Mori", "Vikram Rao"),),
         publisher="Parliament of Malawi", title="Speaker receives envoys"),
]


# A companion cue after an encounter whose people the sentence names only as a group ("The two
# leaders were joined by A and B") names people who attended that encounter.
CASES += [
    Case("two-leaders-were-joined-by",
         "ACCRA - President Halima Njoroge of Kenya held talks with President Kwesi Adjei of Ghana at Jubilee House "
         "on Wednesday, 14 May 2025.\n\nThe two leaders were joined by Ghana's Foreign Minister, Ama Serwaa, and "
         "Kenya's Cabinet Secretary for Trade, Peter Otieno.",
         {P("Halima Njoroge", "Kwesi Adjei"): date(2025, 5, 14), P("Ama Serwaa", "Halima Njoroge"): date(2025, 5, 14),
          P("Peter Otieno", "Kwesi Adjei"): date(2025, 5, 14)},
         (("Kenya", "Ghana"),), publisher="Presidency of Ghana", title="Presidents Adjei and Njoroge hold talks"),
    Case("un-agency-talks-joined-by-officials",
         "The Executive Director of UNICEF, Sara Lindgren, met the Minister of Education of Bangladesh, Farida "
         "Rahman, in Dhaka on Monday, 12 May 2025. The talks were joined by UNICEF's Representative in Bangladesh, "
         "Marco Bellini, and the Secretary of the Ministry of Education, Anwar Hossain.",
         {P("Sara Lindgren", "Farida Rahman"): date(2025, 5, 12), P("Marco Bellini", "Farida Rahman"): date(2025, 5, 12),
          P("Anwar Hossain", "Sara Lindgren"): date(2025, 5, 12)},
         (("UNICEF", "Bangladesh"),), publisher="UNICEF", title="UNICEF chief visits Bangladesh"),
]


# "The Minister" is the minister the item names, not a deputy minister named nearer to it.
CASES += [
    Case("the-minister-not-the-deputy-minister",
         "The Minister of Trade of Kenya, Rose Wambui, received the Ambassador of Japan, Haruto Mori, in Nairobi on "
         "Monday, 12 May 2025. The Deputy Minister of Trade, Daniel Kiptoo, also attended the meeting.\n\n"
         "On Tuesday, 13 May 2025, the Minister received the Ambassador of Brazil, Lucas Andrade.",
         {P("Rose Wambui", "Haruto Mori"): date(2025, 5, 12), P("Daniel Kiptoo", "Haruto Mori"): date(2025, 5, 12),
          P("Rose Wambui", "Lucas Andrade"): date(2025, 5, 13)},
         absent=(P("Daniel Kiptoo", "Lucas Andrade"), P("Haruto Mori", "Lucas Andrade")),
         publisher="Ministry of Trade of Kenya", title="Trade Minister receives ambassadors"),
]


# Attendance lists in the sentence or the list lines right after the report of the encounter, in many
# wordings, of people the item gives no state or organization that tells their side: they attended it.
CASES += [
    Case("attending-were-next-paragraph",
         "The Minister of Trade of Kenya, Rose Wambui, met the Ambassador of Japan, Haruto Mori, in Nairobi on "
         "Monday, 12 May 2025.\n\nAttending were the Principal Secretary for Trade, Daniel Kiptoo, and the Director "
         "of External Trade, Faith Njeri.",
         {P("Rose Wambui", "Haruto Mori"): date(2025, 5, 12), P("Daniel Kiptoo", "Haruto Mori"): date(2025, 5, 12),
          P("Faith Njeri", "Haruto Mori"): date(2025, 5, 12)},
         publisher="Ministry of Trade of Kenya", title="Trade Minister meets Japanese Ambassador"),
    Case("among-those-present-wire",
         "LIMA, May 13 (Reuters) - Peruvian Foreign Minister Carmen Quispe held talks with Chilean Foreign Minister "
         "Alberto Soto on Tuesday. Among those present were Deputy Minister Jorge Huaman and Director Lucia Rojas.",
         {P("Carmen Quispe", "Alberto Soto"): date(2025, 5, 13), P("Jorge Huaman", "Alberto Soto"): date(2025, 5, 13),
          P("Lucia Rojas", "Alberto Soto"): date(2025, 5, 13)},
         title="Peru, Chile foreign ministers hold talks"),
    Case("also-taking-part-were-un-agency",
         "The Administrator of UNDP, Maria Lindqvist, received the Minister of Planning of Mozambique, Joao Macuacua, "
         "in New York on Wednesday, 14 May 2025. Also taking part were Director Hanna Berg and Senior Adviser "
         "Pedro Alves.",
         {P("Maria Lindqvist", "Joao Macuacua"): date(2025, 5, 14), P("Hanna Berg", "Joao Macuacua"): date(2025, 5, 14),
          P("Pedro Alves", "Joao Macuacua"): date(2025, 5, 14)},
         publisher="UNDP", title="UNDP Administrator receives Mozambican minister"),
    Case("present-on-a-side-list-lines",
         "The Speaker of the National Assembly of Zambia, Grace Mwale, received the Ambassador of Sweden, Erik "
         "Lindahl, on Thursday, 15 May 2025.\n\nPresent on the Zambian side were:\n- Mr Joseph Banda, Clerk of the "
         "National Assembly;\n- Ms Mary Zulu, Deputy Clerk.",
         {P("Grace Mwale", "Erik Lindahl"): date(2025, 5, 15), P("Joseph Banda", "Erik Lindahl"): date(2025, 5, 15),
          P("Mary Zulu", "Erik Lindahl"): date(2025, 5, 15)},
         publisher="National Assembly of Zambia", title="Speaker receives Swedish Ambassador"),
    Case("flanked-by-ministry-readout",
         "Minister of Foreign Affairs of Indonesia Rina Wulandari received the Foreign Minister of Norway, Anders "
         "Holm, in Jakarta on Monday, 12 May 2025. Minister Wulandari was flanked by Director General Sari Utami and "
         "Director Bayu Pratama.",
         {P("Rina Wulandari", "Anders Holm"): date(2025, 5, 12), P("Sari Utami", "Anders Holm"): date(2025, 5, 12),
          P("Bayu Pratama", "Anders Holm"): date(2025, 5, 12)},
         publisher="Ministry of Foreign Affairs of Indonesia", title="Foreign Minister receives Norwegian counterpart"),
    Case("attendance-cue-far-from-the-meeting-names-no-side",
         "The Minister of Trade of Kenya, Rose Wambui, met the Ambassador of Japan, Haruto Mori, in Nairobi on "
         "Monday, 12 May 2025. They discussed trade in tea and flowers. The two countries opened a trade office "
         "last year.\n\nThe minister later opened a tea exhibition. Present were exporters Daniel Kiptoo and "
         "Faith Njeri.",
         {P("Rose Wambui", "Haruto Mori"): date(2025, 5, 12)},
         absent=(P("Daniel Kiptoo", "Haruto Mori"), P("Faith Njeri", "Haruto Mori")),
         publisher="Ministry of Trade of Kenya", title="Trade Minister meets Japanese Ambassador"),
]


# "She was accompanied by A, and B": the parse hangs the second companion off the verb as a noun
# conjunct; both came with her.
CASES += [
    Case("she-was-accompanied-by-two-titled",
         "The Minister of Trade of Kenya, Rose Wambui, met the Ambassador of Japan, Haruto Mori, in Nairobi on "
         "Monday, 12 May 2025.\n\nShe was accompanied by the Principal Secretary for Trade, Daniel Kiptoo, and the "
         "Director of External Trade, Faith Njeri.",
         {P("Rose Wambui", "Haruto Mori"): date(2025, 5, 12), P("Daniel Kiptoo", "Haruto Mori"): date(2025, 5, 12),
          P("Faith Njeri", "Haruto Mori"): date(2025, 5, 12)},
         publisher="Ministry of Trade of Kenya", title="Trade Minister meets Japanese Ambassador"),
]


# "His talks with B focused on X": an encounter noun owned by "his"/"her" whose clause names no one
# else is the encounter of the person the sentences before are about.
CASES += [
    Case("her-talks-with-focused-on",
         "The Secretary General of the Organisation of Islamic Cooperation, Yusuf Kamal, held several meetings in "
         "Brussels on Thursday, 15 May 2025.\n\nHis talks with Belgian Prime Minister Luc Peeters focused on "
         "migration. His meeting with the President of the European Council, Anna Kowalska, covered the Sahel.",
         {P("Yusuf Kamal", "Luc Peeters"): date(2025, 5, 15), P("Yusuf Kamal", "Anna Kowalska"): date(2025, 5, 15)},
         absent=(P("Luc Peeters", "Anna Kowalska"),),
         publisher="OIC", title="OIC Secretary General in Brussels"),
]


# "A, along with B, met C" / "Together with B, A received C": B comes with A, on A's side; a later
# sentence's "together with" that reports no encounter adds no one to the meeting before it.
CASES += [
    Case("along-with-in-the-subject",
         "LIMA, 12 May 2025 - Foreign Minister Rosa Quispe, along with Trade Minister Jorge Ramos, met with the "
         "Chilean Foreign Minister, Pedro Soto, at the Torre Tagle Palace on Monday.",
         {P("Rosa Quispe", "Pedro Soto"): date(2025, 5, 12), P("Jorge Ramos", "Pedro Soto"): date(2025, 5, 12)},
         (("Peru", "Chile"),),
         publisher="Ministry of Foreign Affairs of Peru", title="Foreign Minister meets Chilean counterpart"),
    Case("together-with-opening-the-sentence",
         "Together with Deputy Minister Ana Flores, President Carlos Vega received the Secretary General of the "
         "Organization of American States, Luis Almeida, at the Palacio de López on Tuesday, 13 May 2025.",
         {P("Carlos Vega", "Luis Almeida"): date(2025, 5, 13), P("Ana Flores", "Luis Almeida"): date(2025, 5, 13)},
         publisher="Presidency of Paraguay", title="President receives OAS Secretary General"),
    Case("along-with-the-guest-received",
         "The Minister of Energy of Ghana, Kwame Boateng, along with Ambassador Efua Mensah, was received on "
         "Wednesday, 14 May 2025, by the Prime Minister of Malaysia, Ahmad Razak, in Putrajaya.",
         {P("Ahmad Razak", "Kwame Boateng"): date(2025, 5, 14), P("Ahmad Razak", "Efua Mensah"): date(2025, 5, 14)},
         publisher="Bernama", title="PM receives Ghana's energy minister"),
    Case("together-with-a-later-opening",
         "Minister of Education Hana Novak met with the Director of the UNESCO Office in Venice, Paolo Greco, in Prague on "
         "Monday, 12 May 2025.\n\nOn Thursday, the minister, together with Mayor Jan Dvorak, "
         "opened a new school in Brno.",
         {P("Hana Novak", "Paolo Greco"): date(2025, 5, 12)},
         absent=(P("Jan Dvorak", "Paolo Greco"),),
         publisher="Ministry of Education of the Czech Republic", title="Minister meets UNESCO official"),
]

# An encounter of institutions whose own sentence names the person of one of them who held it: that
# person holds its side ("The OIC held a meeting with the Permanent Representatives of A, B and C,
# chaired by Assistant Secretary-General D": D met A, B and C).
CASES += [
    Case("institution-meeting-chaired-by-its-official",
         "JEDDAH, 12 May 2025 - The OIC General Secretariat held a coordination meeting on Monday with the Permanent "
         "Representatives of Kenya, Ghana and Peru, chaired by Assistant Secretary-General Tariq Bakheet.",
         {P("Tariq Bakheet", "Kenya"): date(2025, 5, 12), P("Tariq Bakheet", "Ghana"): None, P("Tariq Bakheet", "Peru"): None},
         absent=(P("Organisation of Islamic Cooperation", "Kenya"),),
         publisher="OIC", title="OIC meets Permanent Representatives"),
    Case("official-chaired-a-meeting-of-the-institution-with-states",
         "Assistant Director-General Maria Santos chaired a meeting of UNESCO with the ambassadors of Chile, Mexico "
         "and Brazil in Paris on 13 May 2025 to prepare the regional education conference.",
         {P("Maria Santos", "Chile"): date(2025, 5, 13), P("Maria Santos", "Mexico"): None, P("Maria Santos", "Brazil"): None},
         absent=(P("United Nations Educational, Scientific and Cultural Organization", "Chile"),),
         publisher="UNESCO", title="UNESCO meets Latin American ambassadors"),
    Case("under-the-chairmanship-the-institution-met",
         "Under the chairmanship of Ambassador Omar Haddad, the League of Arab States met in Cairo on 15 May 2025 "
         "with the representatives of Sudan, Chad and Libya to discuss the humanitarian corridor.",
         {P("Omar Haddad", "Sudan"): date(2025, 5, 15), P("Omar Haddad", "Chad"): None, P("Omar Haddad", "Libya"): None},
         absent=(P("League of Arab States", "Sudan"),),
         publisher="League of Arab States", title="Arab League meets representatives on corridor"),
    Case("two-institutions-held-talks-their-spokesman-said",
         "GENEVA, 14 May 2025 - UNICEF and the World Health Organization held talks in Geneva on Wednesday on "
         "vaccine supplies. \"The talks were useful,\" said UNICEF spokesman Paul Green.",
         {P("United Nations Children's Fund", "World Health Organization"): date(2025, 5, 14)},
         absent=(P("Paul Green", "World Health Organization"),),
         publisher="UNICEF", title="UNICEF and WHO hold talks"),
]

# A known organization's name inside a longer capitalised name of another body is not that organization
# ("the National Security Council of Kenya" is no UN Security Council, nor "the Kenyan Security Council",
# "the Kenya Red Cross Society" the ICRC), and a hyphenated word stays whole in a name ("Co-operation").
CASES += [
    Case("national-security-council-is-no-un-security-council",
         "NAIROBI, 12 May 2025 - The Cabinet Secretary for Defence, Peter Mwangi, met the Secretary of the National "
         "Security Council of Kenya, Jane Achieng, on Monday to review the coastal security plan.",
         {P("Peter Mwangi", "Jane Achieng"): date(2025, 5, 12)},
         absent_institutions=(("United Nations Security Council", "Kenya"),),
         publisher="Ministry of Defence of Kenya", title="Defence chief meets security council secretary"),
    Case("white-house-national-security-council-official",
         "WASHINGTON, May 13 (Wire) - Tom Baker, a senior director at the White House National Security Council, "
         "held talks with Polish Foreign Minister Jan Kowalski on Tuesday, officials said.",
         {P("Tom Baker", "Jan Kowalski"): date(2025, 5, 13)},
         absent_institutions=(("United Nations Security Council", "Poland"),),
         publisher="Wire", title="White House official meets Polish minister"),
    Case("demonym-before-a-known-organization-name",
         "ACCRA, 14 May 2025 - The Minister of the Interior, Ama Owusu, received the Chairman of the Ghanaian "
         "Security Council, Yaw Darko, at the ministry on Wednesday.",
         {P("Ama Owusu", "Yaw Darko"): date(2025, 5, 14)},
         absent_institutions=(("United Nations Security Council", "Ghana"),),
         publisher="Ministry of the Interior of Ghana", title="Minister receives security council chairman"),
    Case("hyphenated-co-operation-in-a-known-name",
         "VIENNA, 12 May 2025 - The Secretary General of the Organization for Security and Co-operation in Europe, "
         "Anna Berg, met the Foreign Minister of Moldova, Ion Rusu, on Monday.",
         {P("Anna Berg", "Ion Rusu"): date(2025, 5, 12)},
         (("Organization for Security and Co-operation in Europe", "Moldova"),),
         publisher="OSCE", title="OSCE Secretary General meets Moldovan Foreign Minister"),
    Case("hyphenated-co-operation-in-an-unknown-name",
         "NIAMEY, 13 May 2025 - The Executive Secretary of the Intergovernmental Authority for Trans-Saharan "
         "Co-operation, Amadou Diallo, received the Ambassador of Niger, Ibrahim Moussa, on Tuesday.",
         {P("Amadou Diallo", "Ibrahim Moussa"): date(2025, 5, 13)},
         (("Intergovernmental Authority for Trans-Saharan Co-operation", "Niger"),),
         publisher="Intergovernmental Authority for Trans-Saharan Co-operation",
         title="Executive Secretary receives Ambassador of Niger"),
]

# When an encounter took place, read over the whole item: relative days against the publication date
# and the dateline, a day the headline alone gives, the day after one the narrative set, a plan for the
# coming days that dates no encounter already told, several encounters on different days, a meeting on
# the sidelines of a conference dated elsewhere in the item.
CASES += [
    Case("welcome-on-arrival-before-a-plan-for-monday",
         "By Staff Reporter in Windhoek, Namibia\n\n"
         "Windhoek, May 11, Agency: President Chanda Mwale of Zambia on Sunday evening arrived in Windhoek for a "
         "working visit to the Secretariat of the Southern African Customs Union.\n\n"
         "On arrival at the airport, the President was welcomed by Namibia's Minister of International Relations "
         "and Cooperation, Selma Nangolo, among other officials.\n\n"
         "Mwale is expected to visit the Secretariat on Monday to be briefed on its work programme.",
         {P("Chanda Mwale", "Selma Nangolo"): date(2025, 5, 11)},
         title="Zambian President in Windhoek for customs union engagements",
         publisher="Zambia News Agency", published=date(2025, 5, 11)),
    Case("the-following-day-after-a-dated-meeting",
         "LIMA, 14 May 2025 - The Minister of Foreign Affairs of Peru, Rosa Quispe, met the Minister of Foreign "
         "Affairs of Spain, Pablo Ortega, in Madrid on 12 May.\n\n"
         "The following day, Minister Quispe was received by the President of the Government of Spain, Luis Marin, "
         "at the Moncloa Palace.",
         {P("Rosa Quispe", "Pablo Ortega"): date(2025, 5, 12), P("Rosa Quispe", "Luis Marin"): date(2025, 5, 13)},
         title="Foreign Minister Quispe concludes working visit to Spain",
         publisher="Ministry of Foreign Affairs of Peru"),
    Case("two-days-later-in-an-eu-release",
         "Brussels, 9 May 2025\n\n"
         "The High Representative, Lars Nordin, received the Foreign Minister of Armenia, Aram Sargsyan, on "
         "Wednesday 7 May. Two days later, he met the Foreign Minister of Azerbaijan, Elnur Aliyev, in "
         "Brussels.",
         {P("Lars Nordin", "Aram Sargsyan"): date(2025, 5, 7), P("Lars Nordin", "Elnur Aliyev"): date(2025, 5, 9)},
         title="High Representative meets South Caucasus foreign ministers",
         publisher="European External Action Service", published=date(2025, 5, 9)),
    Case("day-given-in-the-headline-only",
         "The Director-General of the Food and Agriculture Organization, Tomas Lindqvist, received the Minister of "
         "Agriculture of Malawi, Grace Phiri, at FAO headquarters.\n\n"
         "The two discussed the response to the drought in Southern Africa.",
         {P("Tomas Lindqvist", "Grace Phiri"): date(2025, 5, 12)},
         title="FAO Director-General receives Malawian Minister of Agriculture (12 May 2025)",
         publisher="FAO"),
    Case("visit-range-in-the-headline",
         "The Secretary-General of the Organisation of Islamic Cooperation, Hassan Malik, was received by the "
         "President of Senegal, Mamadou Faye, at the Palace of the Republic.\n\n"
         "The Secretary-General thanked Senegal for its support.",
         {P("Hassan Malik", "Mamadou Faye"): date(2025, 6, 30)},
         title="Official visit of the Secretary-General to Senegal (30 June - 2 July 2025)",
         publisher="OIC", published=date(2025, 7, 3)),
    Case("meeting-on-the-sidelines-of-a-summit-dated-elsewhere",
         "The President of Chile, Andres Vidal, met the Prime Minister of Canada, Claire Dubois, on the sidelines "
         "of the G20 Summit in Rio de Janeiro.\n\n"
         "The two leaders discussed trade in critical minerals.\n\n"
         "The G20 Summit was held in Rio de Janeiro on 18 and 19 November 2024.",
         {P("Andres Vidal", "Claire Dubois"): date(2024, 11, 18)},
         title="President Vidal meets Canadian Prime Minister",
         publisher="Government of Chile", published=date(2024, 11, 21)),
    Case("wire-call-today-under-the-day-before",
         "ANKARA, May 15 (Wire) - Turkish Foreign Minister Kerem Aydin held a telephone call today with his Greek "
         "counterpart Nikos Stavrou, the ministry said.",
         {P("Kerem Aydin", "Nikos Stavrou"): date(2025, 5, 15)},
         title="Turkish, Greek foreign ministers speak by phone", publisher="Wire"),
    Case("attendees-of-an-inauguration-after-the-audience",
         "VIENTIANE, 13 May 2025 - The Prime Minister of the Lao PDR, Somphone Keovilay, granted an audience to the "
         "Regional Director of the World Health Organization, Akira Sato, on Tuesday.\n\n"
         "The Regional Director afterwards inaugurated a new maternity ward at the Mahosot Hospital. Also present "
         "were the Minister of Health, Bounmy Sayavong, and the hospital's director, Kham Phommachanh.",
         {P("Somphone Keovilay", "Akira Sato"): date(2025, 5, 13)},
         absent=(P("Somphone Keovilay", "Kham Phommachanh"), P("Akira Sato", "Kham Phommachanh")),
         title="Prime Minister receives WHO Regional Director", publisher="Lao News Agency"),
    Case("attendees-of-the-meeting-itself-after-a-later-activity-named-by-the-meeting",
         "The Minister of Foreign Affairs of Estonia, Kadri Tamm, met the Secretary General of NATO, Henrik Lund, "
         "in Tallinn on 14 May 2025. The Secretary General later took part in a cyber defence exercise.\n\n"
         "The meeting was also attended by the Minister of Defence of Estonia, Mart Kask.",
         {P("Kadri Tamm", "Henrik Lund"): date(2025, 5, 14), P("Mart Kask", "Henrik Lund"): date(2025, 5, 14)},
         title="Foreign Minister Tamm meets NATO Secretary General", publisher="Ministry of Foreign Affairs of Estonia"),
    Case("courtesy-call-on-a-weekday-on-the-speaker",
         "Ambassador Hiroshi Tanaka paid a courtesy call on Thursday on the Speaker of the National Assembly of "
         "Kenya, Peter Mwangi.\n\nThe Ambassador congratulated the Speaker on the work of the Assembly.",
         {P("Hiroshi Tanaka", "Peter Mwangi"): date(2025, 5, 15)},
         title="Ambassador Tanaka calls on the Speaker", publisher="Embassy of Japan in Kenya"),
    Case("courtesy-call-on-a-date-on-the-minister",
         "The High Commissioner of Canada to Ghana, Claire Martin, made a courtesy call on 13 May 2025 on the "
         "Minister for Foreign Affairs, Kwame Mensah, at the Ministry in Accra.",
         {P("Claire Martin", "Kwame Mensah"): date(2025, 5, 13)},
         (("Canada", "Ghana"),),
         title="Canadian High Commissioner calls on Foreign Minister", publisher="Ministry of Foreign Affairs of Ghana"),
    Case("officials-of-two-states-then-who-led-each-side",
         "NAIROBI, May 14 (News Agency) - Kenyan and Ethiopian officials held talks in Nairobi on Wednesday on the "
         "shared border.\n\n"
         "Principal Secretary Peter Otieno led the Kenyan delegation, while State Minister Alemu Tadesse headed the "
         "Ethiopian side.",
         {P("Peter Otieno", "Alemu Tadesse"): date(2025, 5, 14)},
         (("Kenya", "Ethiopia"),),
         title="Kenya, Ethiopia hold border talks", publisher="Kenya News Agency"),
    Case("a-past-visit-recalled-beside-the-undated-reception",
         "ACCRA, 14 May 2025 - Foreign Minister Ama Boateng received the Ambassador of Japan, Kenji Sato, at the "
         "Ministry. The Ambassador recalled the visit of the Prime Minister of Japan to Accra on 3 March 2024.",
         {P("Ama Boateng", "Kenji Sato"): date(2025, 5, 14)},
         title="Foreign Minister receives Japanese Ambassador", publisher="Ministry of Foreign Affairs of Ghana"),
    Case("an-earlier-meeting-recalled-in-a-wire",
         "ROME, May 15 (Agency) - Italian Foreign Minister Marco Ferri received his Tunisian counterpart Nabil Ayari "
         "at the Farnesina. Ferri recalled their meeting in Tunis on 2 February 2024 on migration.",
         {P("Marco Ferri", "Nabil Ayari"): date(2025, 5, 15)},
         title="Italy, Tunisia foreign ministers meet in Rome", publisher="Agency"),
    Case("in-a-meeting-with-b-a-called",
         "ACCRA, 14 May 2025 - In a meeting with the Ambassador of Japan, Kenji Sato, Foreign Minister Ama Boateng "
         "called for more Japanese investment in Ghana's agro-processing.",
         {P("Ama Boateng", "Kenji Sato"): date(2025, 5, 14)},
         (("Ghana", "Japan"),),
         title="Foreign Minister calls for Japanese investment", publisher="Ministry of Foreign Affairs of Ghana"),
    Case("during-talks-with-b-the-high-commissioner-praised",
         "GENEVA (14 May 2025) - During talks with the Minister of Health of Chile, Rosa Vidal, UN High "
         "Commissioner for Human Rights Erik Lund praised the country's reforms.",
         {P("Erik Lund", "Rosa Vidal"): date(2025, 5, 14)},
         title="High Commissioner holds talks with Chilean Health Minister", publisher="OHCHR"),
    Case("the-day-before-in-a-ministry-release",
         "ACCRA, 14 May 2025 - Foreign Minister Ama Boateng received the Ambassador of Japan, Kenji Sato, on "
         "Wednesday. The day before, she had met the High Commissioner of India, Ravi Menon.",
         {P("Ama Boateng", "Kenji Sato"): date(2025, 5, 14), P("Ama Boateng", "Ravi Menon"): date(2025, 5, 13)},
         title="Foreign Minister receives envoys", publisher="Ministry of Foreign Affairs of Ghana"),
    Case("days-of-a-visit-counted-from-its-first",
         "The Minister of Foreign Affairs of Peru, Rosa Quispe, began a three-day official visit to Spain on 12 May "
         "2025, meeting the Minister of Foreign Affairs of Spain, Pablo Ortega.\n\n"
         "On the third day of her visit, Minister Quispe met the Mayor of Madrid, Carlos Ruiz.",
         {P("Rosa Quispe", "Pablo Ortega"): date(2025, 5, 12), P("Rosa Quispe", "Carlos Ruiz"): date(2025, 5, 14)},
         title="Foreign Minister Quispe visits Spain", publisher="Ministry of Foreign Affairs of Peru"),
    Case("dateline-after-a-byline-dates-the-weekday",
         "By Grace Banda in Lilongwe\n\n"
         "Lilongwe, May 11, Agency: The Minister of Foreign Affairs of Malawi, Chikondi Mbewe, on Friday received "
         "the Ambassador of Ireland, Sean Byrne, at Capital Hill.\n\nThe two discussed support to education.",
         {P("Chikondi Mbewe", "Sean Byrne"): date(2025, 5, 9)},
         title="Foreign Minister receives Irish envoy", publisher="Malawi News Agency", published=date(2025, 5, 16)),
    Case("list-of-the-visit-s-meetings-each-on-its-day",
         "The Minister of Foreign Affairs of Peru, Rosa Quispe, paid a working visit to Spain on 12 and 13 May 2025. "
         "During the visit, the Minister:\n\n"
         "- on 12 May met the Minister of Foreign Affairs of Spain, Pablo Ortega;\n"
         "- on 13 May was received by the President of the Government of Spain, Luis Marin.",
         {P("Rosa Quispe", "Pablo Ortega"): date(2025, 5, 12), P("Rosa Quispe", "Luis Marin"): date(2025, 5, 13)},
         absent=(P("Pablo Ortega", "Luis Marin"),),
         title="Working visit of the Foreign Minister to Spain", publisher="Ministry of Foreign Affairs of Peru"),
    Case("bulleted-programme-under-a-named-commissioner",
         "Brussels, 16 May 2025\n\nDuring her visit to Ghana, Commissioner Ingrid Vos:\n\n"
         "• on 14 May met the Minister of Finance of Ghana, Kwame Mensah;\n"
         "• on 15 May was received by the Vice-President of Ghana, Efua Addo.",
         {P("Ingrid Vos", "Kwame Mensah"): date(2025, 5, 14), P("Ingrid Vos", "Efua Addo"): date(2025, 5, 15)},
         title="Commissioner Vos visits Ghana", publisher="European Commission"),
    Case("embassy-yesterday",
         "Ambassador of Japan to Kenya Hiroshi Tanaka yesterday paid a courtesy call on the Speaker of the "
         "National Assembly of Kenya, Peter Mwangi.\n\n"
         "The Ambassador congratulated the Speaker on the work of the Assembly.",
         {P("Hiroshi Tanaka", "Peter Mwangi"): date(2025, 5, 15)},
         title="Ambassador Tanaka calls on the Speaker", publisher="Embassy of Japan in Kenya"),
    Case("range-over-a-month-end-with-meetings-on-two-days",
         "BRUSSELS, 3 July 2025 - During her visit to Senegal (30 June – 2 July), the Commissioner for International "
         "Partnerships, Ingrid Vos, met the Prime Minister of Senegal, Ousmane Ndiaye, on 30 June.\n\n"
         "On 1 July, Commissioner Vos was received by the President of Senegal, Mamadou Faye.",
         {P("Ingrid Vos", "Ousmane Ndiaye"): date(2025, 6, 30), P("Ingrid Vos", "Mamadou Faye"): date(2025, 7, 1)},
         title="Commissioner Vos visits Senegal", publisher="European Commission", published=date(2025, 7, 3)),
    # meetings and their days over the whole item (s28): days counted back from the report's, a day of
    # the month named alone, stretches that give no day, lists of meetings, days of a visit, occasions
    Case("the-previous-day-under-a-dateline-today",
         "ACCRA, 14 May 2025 - Foreign Minister Ama Owusu today received the Ambassador of Brazil, Paulo Lima, at "
         "the Ministry.\n\nThe previous day, the Minister held talks with the Ambassador of Turkey, Emre Kaya.",
         {P("Ama Owusu", "Paulo Lima"): date(2025, 5, 14), P("Ama Owusu", "Emre Kaya"): date(2025, 5, 13)},
         title="Foreign Minister receives envoys", publisher="Ministry of Foreign Affairs of Ghana"),
    Case("on-the-preceding-day-in-an-eu-release",
         "Brussels, 9 May 2025\n\nThe High Representative, Lars Nordin, met the Foreign Minister of Georgia, Levan "
         "Beridze, on Thursday 8 May. On the preceding day, Nordin had received the Foreign Minister of Moldova, "
         "Ion Rusu.",
         {P("Lars Nordin", "Levan Beridze"): date(2025, 5, 8), P("Lars Nordin", "Ion Rusu"): date(2025, 5, 7)},
         title="High Representative meets Eastern Partnership ministers",
         publisher="European External Action Service", published=date(2025, 5, 9)),
    Case("a-day-earlier-in-a-wire-dated-the-day-before",
         "NAIROBI, May 15 (Agency) - Kenyan President Daniel Kiprop met Ugandan Prime Minister Grace Nabirye in "
         "Nairobi on Thursday.\n\nA day earlier, Kiprop had held talks with Tanzanian Foreign Minister Juma Mwinyi.",
         {P("Daniel Kiprop", "Grace Nabirye"): date(2025, 5, 15), P("Daniel Kiprop", "Juma Mwinyi"): date(2025, 5, 14)},
         title="Kenyan president meets Ugandan PM", publisher="Agency"),
    Case("a-day-earlier-after-an-undated-reception",
         "The Secretary-General of the Organisation of Islamic Cooperation, Hassan Malik, received the Foreign "
         "Minister of Mali, Oumar Traore, at the General Secretariat in Jeddah.\n\n"
         "A day earlier, the Secretary-General met the Ambassador of Niger, Issa Garba.",
         {P("Hassan Malik", "Oumar Traore"): date(2025, 5, 16), P("Hassan Malik", "Issa Garba"): date(2025, 5, 15)},
         title="OIC Secretary-General receives Malian Foreign Minister", publisher="OIC"),
    Case("on-the-14th-of-the-publication-s-month",
         "The Prime Minister of Fiji, Sitiveni Tora, met on the 14th with the Minister of Foreign Affairs of "
         "Australia, Helen Clarke, in Suva.\n\nThe two discussed climate finance.",
         {P("Sitiveni Tora", "Helen Clarke"): date(2025, 5, 14)},
         title="PM meets Australian Foreign Minister", publisher="Fiji Government"),
    Case("on-the-20th-before-the-publication-s-day",
         "ULAANBAATAR - The Speaker of the State Great Khural, Bat Erdene, received on the 20th the Ambassador of "
         "Germany, Jonas Weber.",
         {P("Bat Erdene", "Jonas Weber"): date(2025, 4, 20)},
         title="Speaker receives German Ambassador", publisher="Montsame"),
    Case("earlier-this-week-gives-no-day",
         "GENEVA (16 May 2025) - The Director-General of the International Labour Organization, Pieter Vermeulen, "
         "met earlier this week with the Minister of Labour of Brazil, Ana Souza, to discuss decent work in "
         "agriculture.",
         {P("Pieter Vermeulen", "Ana Souza"): None}, undated=(P("Pieter Vermeulen", "Ana Souza"),),
         title="ILO chief meets Brazilian Labour Minister", publisher="ILO"),
    Case("last-week-gives-no-day",
         "JAKARTA, May 16 (Agency) - Indonesian Foreign Minister Sari Wulandari met her Malaysian counterpart Ahmad "
         "Razak in Kuala Lumpur last week, the ministry said on Friday.",
         {P("Sari Wulandari", "Ahmad Razak"): None}, undated=(P("Sari Wulandari", "Ahmad Razak"),),
         title="Indonesia, Malaysia foreign ministers meet", publisher="Agency"),
    Case("last-month-gives-no-day",
         "The Ambassador of Japan, Hiroshi Tanaka, last month paid a courtesy call on the Governor of Mombasa, "
         "Ali Hassan.\n\n"
         "The two discussed port investment.",
         {P("Hiroshi Tanaka", "Ali Hassan"): None}, undated=(P("Hiroshi Tanaka", "Ali Hassan"),),
         title="Ambassador calls on Governor", publisher="Embassy of Japan in Kenya"),
    Case("on-monday-in-an-item-of-a-wednesday",
         "The Minister of Foreign Affairs of Chile, Rosa Vidal, received on Monday the Ambassador of India, Arjun "
         "Rao, at the Ministry.",
         {P("Rosa Vidal", "Arjun Rao"): date(2025, 5, 12)},
         title="Minister receives Indian Ambassador", publisher="Ministry of Foreign Affairs of Chile",
         published=date(2025, 5, 14)),
    Case("yesterday-in-a-wire-dated-the-day-before",
         "ANKARA, May 15 (Wire) - Turkish Foreign Minister Kerem Aydin met yesterday with his Hungarian counterpart "
         "Peter Szabo in Ankara, the ministry said.",
         {P("Kerem Aydin", "Peter Szabo"): date(2025, 5, 14)},
         title="Turkish, Hungarian foreign ministers meet", publisher="Wire"),
    Case("meetings-on-three-weekdays",
         "Windhoek - The Minister of International Relations of Namibia, Selma Nangolo, on Monday received the "
         "Ambassador of Finland, Mikko Virtanen.\n\nOn Tuesday, Nangolo met the High Commissioner of Botswana, "
         "Kagiso Molefe.\n\nOn Wednesday, she was received by the Vice-President, Peter Haingura.",
         {P("Selma Nangolo", "Mikko Virtanen"): date(2025, 5, 12), P("Selma Nangolo", "Kagiso Molefe"): date(2025, 5, 13),
          P("Selma Nangolo", "Peter Haingura"): date(2025, 5, 14)},
         absent=(P("Mikko Virtanen", "Kagiso Molefe"),),
         title="Minister holds meetings with envoys", publisher="Namibian Presidency"),
    Case("numbered-programme-of-meetings",
         "The Minister of Health of Ghana, Kofi Asante, held several bilateral meetings in Geneva on 20 May 2025. "
         "His programme included:\n\n"
         "1. Meeting with the Minister of Health of Rwanda, Jean Habimana;\n"
         "2. Meeting with the Director-General of the World Health Organization, Anna Kowalski.",
         {P("Kofi Asante", "Jean Habimana"): date(2025, 5, 20), P("Kofi Asante", "Anna Kowalski"): date(2025, 5, 20)},
         absent=(P("Jean Habimana", "Anna Kowalski"),),
         title="Health Minister holds bilateral meetings in Geneva", publisher="Ministry of Health of Ghana",
         published=date(2025, 5, 21)),
    Case("numbered-list-lines-that-name-the-meetings",
         "Bilateral meetings of the Minister of Foreign Affairs of Latvia, Anna Ozola, in Vienna on 12 May 2025:\n"
         "1. Meeting with the Foreign Minister of Austria, Markus Huber\n"
         "2. Meeting with the Secretary General of the OSCE, Elena Petrova",
         {P("Anna Ozola", "Markus Huber"): date(2025, 5, 12), P("Anna Ozola", "Elena Petrova"): date(2025, 5, 12)},
         absent=(P("Markus Huber", "Elena Petrova"),),
         title="Foreign Minister in Vienna", publisher="Ministry of Foreign Affairs of Latvia"),
    Case("on-the-margins-of-a-one-word-occasion-dated-elsewhere",
         "BAKU, 15 November 2024 - The Minister of Environment of Kenya, Amina Wekesa, met the Minister of Climate "
         "of Denmark, Lars Holm, on the margins of COP29.\n\n"
         "COP29 opened in Baku on 11 November 2024.",
         {P("Amina Wekesa", "Lars Holm"): None},
         title="Kenya, Denmark environment ministers meet", publisher="Ministry of Environment of Kenya"),
    Case("on-the-second-day-of-a-visit-over-a-month-end",
         "The Minister of Foreign Affairs of Peru, Rosa Quispe, paid an official visit to Morocco from 30 June to "
         "2 July 2025, meeting the Minister of Foreign Affairs of Morocco, Karim Alaoui, on 30 June.\n\n"
         "On the second day of the visit, Minister Quispe was received by the Head of Government, Aziz Bennani.",
         {P("Rosa Quispe", "Karim Alaoui"): date(2025, 6, 30), P("Rosa Quispe", "Aziz Bennani"): date(2025, 7, 1)},
         title="Foreign Minister Quispe visits Morocco", publisher="Ministry of Foreign Affairs of Peru",
         published=date(2025, 7, 3)),
    Case("on-the-last-day-of-a-visit",
         "NEW DELHI, 10 May 2025 (Agency) - The President of Ghana, Kwame Addo, paid a state visit to India from "
         "6 to 9 May.\n\nOn the last day of his visit, Addo met Prime Minister Rajesh Kumar.",
         {P("Kwame Addo", "Rajesh Kumar"): date(2025, 5, 9)},
         title="Ghanaian President concludes India visit", publisher="Agency"),
    Case("on-day-two-of-a-visit",
         "The Secretary-General of the Commonwealth, Grace Mensah, began a visit to Jamaica on 12 May 2025.\n\n"
         "On day two of her visit, the Secretary-General met the Prime Minister of Jamaica, Andrew Clarke.",
         {P("Grace Mensah", "Andrew Clarke"): date(2025, 5, 13)},
         title="Commonwealth Secretary-General in Jamaica", publisher="Commonwealth Secretariat"),
    Case("on-the-margins-of-a-one-word-occasion-dated-later",
         "The Minister of Environment of Kenya, Amina Wekesa, met the Minister of Climate of Denmark, Lars Holm, on "
         "the margins of COP29 in Baku.\n\nThe two discussed adaptation finance.\n\n"
         "COP29 was held in Baku from 11 to 22 November 2024.",
         {P("Amina Wekesa", "Lars Holm"): date(2024, 11, 11)},
         title="Kenya, Denmark environment ministers meet", publisher="Ministry of Environment of Kenya",
         published=date(2024, 11, 25)),
    Case("on-the-sidelines-of-the-assembly-dated-later",
         "NEW YORK (UN News) - The Secretary-General of the Pacific Islands Forum, Tevita Lolo, met the Prime "
         "Minister of New Zealand, Emma Clarke, on the sidelines of the General Assembly.\n\n"
         "The General Assembly held its general debate from 23 to 27 September 2024.",
         {P("Tevita Lolo", "Emma Clarke"): date(2024, 9, 23)},
         title="Forum chief meets New Zealand PM", publisher="UN News", published=date(2024, 10, 2)),
    Case("on-the-sidelines-of-an-occasion-whose-founding-is-recalled",
         "LIMA, 15 November 2024 (Agency) - The President of Peru, Dina Rojas, met the Prime Minister of "
         "Australia, Mark Evans, on the sidelines of APEC.\n\nAPEC was founded in Canberra on 6 November 1989.",
         {P("Dina Rojas", "Mark Evans"): date(2024, 11, 15)},
         title="Peruvian President meets Australian PM", publisher="Agency", published=date(2024, 11, 15)),
    Case("present-after-the-president-chaired-a-council",
         "The President of Ghana, Kwame Addo, received the Foreign Minister of Togo, Kodjo Amegah, at the Jubilee "
         "House on Tuesday.\n\nThe President later chaired a session of the National Security Council. Also in "
         "attendance were the Minister of Defence, Yaw Boateng, and the Chief of Staff, Efua Mensah.",
         {P("Kwame Addo", "Kodjo Amegah"): date(2025, 5, 13)},
         absent=(P("Kodjo Amegah", "Yaw Boateng"), P("Kodjo Amegah", "Efua Mensah")),
         title="President receives Togolese Foreign Minister", publisher="Presidency of Ghana"),
    Case("present-after-the-minister-presided-over-a-graduation",
         "LIMA, 14 May 2025 - The Minister of Foreign Affairs of Peru, Rosa Quispe, met the Ambassador of Korea, "
         "Daniel Cho, at the Torre Tagle Palace.\n\nThe Minister afterwards presided over the graduation of the "
         "Diplomatic Academy. Present were the Vice-Minister, Luis Salazar, and the Director of the Academy, "
         "Carmen Rojas.",
         {P("Rosa Quispe", "Daniel Cho"): date(2025, 5, 14)},
         absent=(P("Daniel Cho", "Luis Salazar"), P("Daniel Cho", "Carmen Rojas")),
         title="Foreign Minister meets Korean Ambassador", publisher="Ministry of Foreign Affairs of Peru"),
    Case("attended-after-the-commissioner-launched-a-programme",
         "Brussels, 14 May 2025\n\nCommissioner Ingrid Vos met the Minister of Finance of Kenya, Daniel Kiprop, in "
         "Brussels. The Commissioner then launched the Global Gateway call for proposals. The launch was also "
         "attended by the Director-General for Partnerships, Marc Dupont.",
         {P("Ingrid Vos", "Daniel Kiprop"): date(2025, 5, 14)},
         absent=(P("Daniel Kiprop", "Marc Dupont"),),
         title="Commissioner meets Kenyan Finance Minister", publisher="European Commission"),
    Case("present-after-the-ambassador-addressed-students",
         "NAIROBI, May 14 - The Ambassador of Japan, Hiroshi Tanaka, paid a courtesy call on the Governor of "
         "Nairobi, Peter Kamau.\n\nThe Ambassador later addressed students of the University of Nairobi. Present "
         "were the Vice-Chancellor, Mary Wanjiru, and the Dean of Engineering, John Otieno.",
         {P("Hiroshi Tanaka", "Peter Kamau"): date(2025, 5, 14)},
         absent=(P("Peter Kamau", "Mary Wanjiru"), P("Peter Kamau", "John Otieno")),
         title="Ambassador calls on Governor", publisher="Embassy of Japan in Kenya"),
    Case("a-plan-after-an-undated-welcome-in-a-ministry-release",
         "The Minister of Foreign Affairs of Ghana, Ama Owusu, arrived in Tokyo and was welcomed by the State "
         "Minister for Foreign Affairs of Japan, Kenji Mori.\n\n"
         "The Minister is scheduled to hold a meeting with the Prime Minister of Japan, Hiroshi Sato, on 20 May.",
         {P("Ama Owusu", "Kenji Mori"): date(2025, 5, 16)},
         title="Foreign Minister arrives in Tokyo", publisher="Ministry of Foreign Affairs of Ghana"),
    Case("a-plan-after-an-undated-meeting-in-a-un-story",
         "KATHMANDU - The Executive Director of UNICEF, Maria Lind, met the Minister of Education of Nepal, Ram "
         "Thapa, to discuss school meals.\n\n"
         "The meeting will be followed by a visit to schools in Pokhara on Sunday.",
         {P("Maria Lind", "Ram Thapa"): date(2025, 5, 16)},
         title="UNICEF chief meets Nepal's Education Minister", publisher="UNICEF"),
    Case("a-plan-after-a-weekday-meeting-in-a-wire",
         "ADDIS ABABA, May 15 (Agency) - Ethiopian Prime Minister Abiy Tekle met Kenyan President Daniel Kiprop on "
         "Thursday.\n\nThe two leaders are expected to hold further talks on Saturday in Nairobi.",
         {P("Abiy Tekle", "Daniel Kiprop"): date(2025, 5, 15)},
         title="Ethiopian PM meets Kenyan President", publisher="Agency"),
    Case("recently-gives-no-day",
         "The Minister of Trade of Viet Nam, Nguyen Van Long, recently received the Ambassador of Chile, Pablo "
         "Reyes, in Hanoi.\n\nThe two sides discussed the free trade agreement.",
         {P("Nguyen Van Long", "Pablo Reyes"): None}, undated=(P("Nguyen Van Long", "Pablo Reyes"),),
         title="Trade Minister receives Chilean Ambassador", publisher="Vietnam News Agency"),
    Case("a-stretch-of-something-else-keeps-the-day",
         "ROME, 14 May 2025 - The Minister of Foreign Affairs of Italy, Marco Ferri, received the Ambassador of "
         "Libya, Ali Saleh, to discuss the floods that struck the eastern region last week.",
         {P("Marco Ferri", "Ali Saleh"): date(2025, 5, 14)},
         title="Foreign Minister receives Libyan Ambassador", publisher="Ministry of Foreign Affairs of Italy"),
    Case("earlier-this-month-in-an-eu-release",
         "Brussels, 16 May 2025\n\nThe President of the European Council, Tomas Novak, held talks earlier this month "
         "with the President of Moldova, Elena Ciobanu.",
         {P("Tomas Novak", "Elena Ciobanu"): None}, undated=(P("Tomas Novak", "Elena Ciobanu"),),
         title="European Council President met Moldovan President", publisher="European Council"),
    Case("bulleted-meetings-under-a-day",
         "NEW YORK, 14 May 2025 - On the margins of the Forum, the Minister of Foreign Affairs of Fiji, Sitiveni "
         "Tora, held the following bilateral meetings:\n\n"
         "• Meeting with the Minister of Foreign Affairs of Ireland, Siobhan Walsh\n"
         "• Meeting with the Deputy Secretary-General of the United Nations, Amina Diallo\n",
         {P("Sitiveni Tora", "Siobhan Walsh"): date(2025, 5, 14), P("Sitiveni Tora", "Amina Diallo"): date(2025, 5, 14)},
         absent=(P("Siobhan Walsh", "Amina Diallo"),),
         title="Foreign Minister's bilateral meetings in New York", publisher="Fiji Ministry of Foreign Affairs"),
    Case("numbered-meetings-each-with-its-day",
         "The programme of the State Secretary of Portugal, Joao Silva, in Luanda:\n"
         "1) On 12 May, meeting with the Minister of Foreign Affairs of Angola, Teresa Neto;\n"
         "2) On 13 May, meeting with the Governor of the National Bank of Angola, Manuel Dias.",
         {P("Joao Silva", "Teresa Neto"): date(2025, 5, 12), P("Joao Silva", "Manuel Dias"): date(2025, 5, 13)},
         absent=(P("Teresa Neto", "Manuel Dias"),),
         title="State Secretary visits Angola", publisher="Government of Portugal"),
    Case("two-meetings-a-day-apart-in-a-news-agency-story",
         "ASTANA, May 15 (Agency) - Kazakh Foreign Minister Yerlan Nurlanov met German State Secretary Anna Berg "
         "on Wednesday.\n\nThe next day, Nurlanov received the Ambassador of Qatar, Khalid Al-Marri.",
         {P("Yerlan Nurlanov", "Anna Berg"): date(2025, 5, 14), P("Yerlan Nurlanov", "Khalid Al-Marri"): date(2025, 5, 15)},
         title="Kazakh Foreign Minister meets German State Secretary", publisher="Agency"),
    Case("in-a-month-without-a-day",
         "The Minister of Foreign Affairs of Chile, Rosa Vidal, met the Foreign Minister of Japan, Kenji Mori, in "
         "April in Tokyo.\n\nThe two discussed trade.",
         {P("Rosa Vidal", "Kenji Mori"): None}, undated=(P("Rosa Vidal", "Kenji Mori"),),
         title="Foreign Minister met Japanese counterpart", publisher="Ministry of Foreign Affairs of Chile"),
    Case("in-early-may-without-a-day",
         "GENEVA (UN News) - The High Commissioner for Refugees, Filippo Rossi, held talks in early May with the "
         "Minister of the Interior of Chad, Mahamat Saleh.",
         {P("Filippo Rossi", "Mahamat Saleh"): None}, undated=(P("Filippo Rossi", "Mahamat Saleh"),),
         title="High Commissioner held talks with Chad", publisher="UN News"),
    Case("in-a-month-of-a-year",
         "The President of Ghana, Kwame Addo, met the President of France, Louis Martin, in March 2025 in Paris.",
         {P("Kwame Addo", "Louis Martin"): None}, undated=(P("Kwame Addo", "Louis Martin"),),
         title="Presidents met in Paris", publisher="Presidency of Ghana"),
    Case("over-the-weekend",
         "ABUJA, May 12 (Agency) - Nigerian Foreign Minister Bola Adeyemi met his Beninese counterpart Olushegun "
         "Dossou over the weekend in Cotonou.",
         {P("Bola Adeyemi", "Olushegun Dossou"): None}, undated=(P("Bola Adeyemi", "Olushegun Dossou"),),
         title="Nigeria, Benin foreign ministers meet", publisher="Agency", published=date(2025, 5, 12)),
    Case("a-weekday-of-last-week",
         "The Minister of Foreign Affairs of Latvia, Anna Ozola, met the Foreign Minister of Poland, Jan Nowak, on "
         "Tuesday last week in Warsaw.",
         {P("Anna Ozola", "Jan Nowak"): date(2025, 5, 6)},
         title="Foreign Minister met Polish counterpart", publisher="Ministry of Foreign Affairs of Latvia"),
    Case("a-month-mentioned-for-something-else",
         "ROME, 14 May 2025 - The Minister of Foreign Affairs of Italy, Marco Ferri, received the Ambassador of "
         "Libya, Ali Saleh, to discuss the elections planned for October.",
         {P("Marco Ferri", "Ali Saleh"): date(2025, 5, 14)},
         title="Foreign Minister receives Libyan Ambassador", publisher="Ministry of Foreign Affairs of Italy"),
    Case("a-courtesy-call-last-month-on-the-governor",
         "Ambassador Hiroshi Tanaka paid a courtesy call last month on the Governor of Mombasa, Ali Hassan.\n\n"
         "The two discussed port investment.",
         {P("Hiroshi Tanaka", "Ali Hassan"): None}, undated=(P("Hiroshi Tanaka", "Ali Hassan"),),
         title="Ambassador calls on Governor", publisher="Embassy of Japan in Kenya"),
    Case("called-yesterday-on-the-minister",
         "ACCRA, 14 May 2025 (GNA) - The High Commissioner of India to Ghana, Ravi Menon, called yesterday on the "
         "Minister for Finance, Kwame Mensah, at the Ministry.",
         {P("Ravi Menon", "Kwame Mensah"): date(2025, 5, 13)},
         title="Indian High Commissioner calls on Finance Minister", publisher="Ghana News Agency"),
    Case("last-night-in-a-wire",
         "CAIRO, May 15 (Wire) - Egyptian Foreign Minister Sameh Khalil met his Sudanese counterpart Omar Idris "
         "last night to discuss the ceasefire, the ministry said.",
         {P("Sameh Khalil", "Omar Idris"): date(2025, 5, 14)},
         title="Egyptian, Sudanese foreign ministers meet", publisher="Wire"),
    Case("two-days-ago-in-a-un-story",
         "NEW YORK (UN News) - The Deputy Secretary-General, Amina Diallo, met two days ago with the Minister of "
         "Planning of Chad, Idriss Mahamat, to review the country's development plan.",
         {P("Amina Diallo", "Idriss Mahamat"): date(2025, 5, 14)},
         title="Deputy Secretary-General meets Chad's Planning Minister", publisher="UN News"),
    Case("the-day-before-yesterday-in-a-ministry-release",
         "The Minister of Foreign Affairs of Uruguay, Lucia Perez, received the day before yesterday the "
         "Ambassador of Portugal, Joao Costa.",
         {P("Lucia Perez", "Joao Costa"): date(2025, 5, 14)},
         title="Foreign Minister receives Portuguese Ambassador", publisher="Ministry of Foreign Affairs of Uruguay"),
    Case("a-week-ago-gives-no-day",
         "BRUSSELS, 16 May 2025 - The Secretary General of NATO, Henrik Lund, held talks a week ago with the "
         "Minister of Defence of Moldova, Ion Rusu.",
         {P("Henrik Lund", "Ion Rusu"): None}, undated=(P("Henrik Lund", "Ion Rusu"),),
         title="NATO chief held talks with Moldovan minister", publisher="NATO"),
    Case("during-a-summit-dated-later",
         "The President of Chile, Andres Vidal, met the Prime Minister of Canada, Claire Dubois, during the G20 "
         "Summit in Rio de Janeiro.\n\nThe two leaders discussed critical minerals.\n\n"
         "The G20 Summit was held in Rio de Janeiro on 18 and 19 November 2024.",
         {P("Andres Vidal", "Claire Dubois"): date(2024, 11, 18)},
         title="President Vidal meets Canadian Prime Minister", publisher="Government of Chile",
         published=date(2024, 11, 21)),
    Case("on-the-fringes-of-an-assembly-with-an-ordinal",
         "GENEVA - The Minister of Health of Fiji, Mere Vula, met the Minister of Health of Samoa, Tala Leota, on "
         "the fringes of the Seventy-eighth World Health Assembly.\n\n"
         "The Seventy-eighth World Health Assembly opened in Geneva on 19 May 2025.",
         {P("Mere Vula", "Tala Leota"): date(2025, 5, 19)},
         title="Fiji and Samoa health ministers meet", publisher="Fiji Ministry of Health", published=date(2025, 5, 23)),
    Case("at-a-ministry-another-sentence-dates",
         "ACCRA, 14 May 2025 - Foreign Minister Ama Owusu received the Ambassador of Chile, Pablo Reyes, at the "
         "Ministry of Foreign Affairs.\n\nThe Ministry of Foreign Affairs opened its new consular office on 12 May.",
         {P("Ama Owusu", "Pablo Reyes"): date(2025, 5, 14)},
         title="Foreign Minister receives Chilean Ambassador", publisher="Ministry of Foreign Affairs of Ghana"),
    Case("at-a-forum-an-earlier-paragraph-dates",
         "The World Economic Forum's Annual Meeting took place in Davos from 20 to 24 January 2025.\n\n"
         "At the Annual Meeting, the Minister of Finance of Ghana, Kofi Asante, met the President of the World Bank, "
         "Ajay Singh.",
         {P("Kofi Asante", "Ajay Singh"): date(2025, 1, 20)},
         title="Finance Minister at Davos", publisher="Ministry of Finance of Ghana", published=date(2025, 1, 27)),
    Case("last-wednesday-in-an-item-of-a-wednesday",
         "The Minister of Trade of Kenya, Rose Wanjiru, met the Ambassador of the Netherlands, Pieter de Vries, last "
         "Wednesday in Nairobi to review the horticulture partnership.",
         {P("Rose Wanjiru", "Pieter de Vries"): date(2025, 5, 7)},
         title="Trade Minister met Dutch Ambassador", publisher="Ministry of Trade of Kenya",
         published=date(2025, 5, 14)),
    Case("family-names-in-the-headline-a-caption-in-the-body",
         "President Kwame Addo and Prime Minister Rajesh Kumar at Hyderabad House, New Delhi, 14 May 2025.\n\n"
         "The two leaders discussed trade and defence.",
         {P("Kwame Addo", "Rajesh Kumar"): date(2025, 5, 14)},
         title="President Addo holds talks with Prime Minister Kumar", publisher="Presidency of Ghana"),
    Case("family-names-in-a-wire-headline",
         "TOKYO, May 14 (Agency) - Japanese Prime Minister Hiroshi Sato and Philippine President Maria Santos "
         "reviewed defence ties in Tokyo on Wednesday, officials said.",
         {P("Hiroshi Sato", "Maria Santos"): date(2025, 5, 14)},
         title="Prime Minister Sato meets President Santos", publisher="Agency"),
    Case("a-family-name-two-people-of-the-body-bear",
         "STOCKHOLM, May 14 (Agency) - Foreign Minister Anna Berg and Trade Minister Erik Berg presented the "
         "export strategy on Wednesday.\n\nAustralian Foreign Minister Helen Clarke arrives in Stockholm on Friday.",
         {},
         title="Minister Berg meets Foreign Minister Clarke", publisher="Agency"),
    Case("a-family-name-in-a-headline-that-plans",
         "The Minister of Foreign Affairs of Ghana, Ama Owusu, and the Minister of Foreign Affairs of Japan, "
         "Kenji Mori, are expected in Accra next week.",
         {},
         title="Minister Owusu to meet Minister Mori", publisher="Ministry of Foreign Affairs of Ghana"),
    Case("a-later-trip-in-a-relative-clause-does-not-date-the-meeting",
         "The Minister of Foreign Affairs of Ghana, Ama Owusu, who will travel to Rome on 20 May, met the Ambassador "
         "of Italy, Marco Bruni, at the Ministry.",
         {P("Ama Owusu", "Marco Bruni"): date(2025, 5, 16)},
         title="Foreign Minister meets Italian Ambassador", publisher="Ministry of Foreign Affairs of Ghana"),
    Case("met-to-prepare-a-visit-of-a-later-day",
         "ACCRA, 14 May 2025 - Foreign Minister Ama Owusu met the Ambassador of Italy, Marco Bruni, to prepare the "
         "visit of the Italian President on 2 June.",
         {P("Ama Owusu", "Marco Bruni"): date(2025, 5, 14)},
         title="Foreign Minister meets Italian Ambassador", publisher="Ministry of Foreign Affairs of Ghana"),
    Case("a-meeting-planned-for-a-later-day-is-none",
         "The Minister of Foreign Affairs of Ghana, Ama Owusu, will meet the Ambassador of Italy, Marco Bruni, on "
         "20 May.",
         {}, title="Foreign Minister to meet Italian Ambassador", publisher="Ministry of Foreign Affairs of Ghana"),
    Case("round-bullets-of-a-visit-s-meetings",
         "Brussels, 16 May 2025\n\nDuring his visit to Kenya, Commissioner Marc Dupont:\n\n"
         "● on 14 May met the Cabinet Secretary for the Treasury of Kenya, John Mbadi;\n"
         "● on 15 May was received by the Deputy President of Kenya, Grace Achieng.",
         {P("Marc Dupont", "John Mbadi"): date(2025, 5, 14), P("Marc Dupont", "Grace Achieng"): date(2025, 5, 15)},
         absent=(P("John Mbadi", "Grace Achieng"),),
         title="Commissioner Dupont visits Kenya", publisher="European Commission"),
    Case("lettered-items-of-a-visit-s-meetings",
         "The Minister of Foreign Affairs of Peru, Rosa Quispe, paid a working visit to Chile on 12 and 13 May 2025. "
         "During the visit, the Minister:\n\n"
         "(a) on 12 May met the Minister of Foreign Affairs of Chile, Alberto Soto;\n"
         "(b) on 13 May was received by the President of Chile, Andres Vidal.",
         {P("Rosa Quispe", "Alberto Soto"): date(2025, 5, 12), P("Rosa Quispe", "Andres Vidal"): date(2025, 5, 13)},
         absent=(P("Alberto Soto", "Andres Vidal"),),
         title="Working visit of the Foreign Minister to Chile", publisher="Ministry of Foreign Affairs of Peru"),
    # phrasings of an encounter in several publishers' styles (read before s28: guards)
    Case("two-named-together-met-on-a-weekday",
         "GENEVA (12 May 2025) - The Minister of Health of Peru, Rosa Quispe, and the Director-General of the "
         "World Health Organization, Anna Kowalski, met on Monday in Geneva.",
         {P("Rosa Quispe", "Anna Kowalski"): date(2025, 5, 12)}, publisher="WHO", published=date(2025, 5, 12)),
    Case("hosted-for-talks-in-a-wire",
         "OTTAWA, May 14 (Agency) - Canadian Prime Minister Claire Dubois hosted Mexican President Elena Ruiz "
         "for talks on trade on Wednesday.",
         {P("Claire Dubois", "Elena Ruiz"): date(2025, 5, 14)}, publisher="Agency"),
    Case("received-in-audience-by-an-emir",
         "The Ambassador of Brazil, Paulo Lima, was received in audience by the Emir of Qatar, Sheikh Fahad "
         "Al-Kuwari, on Tuesday.",
         {P("Paulo Lima", "Fahad Al-Kuwari"): date(2025, 5, 13)}, publisher="Qatar News Agency"),
    Case("a-working-lunch-today-in-an-eu-release",
         "Brussels, 15 May 2025\n\nThe High Representative, Lars Nordin, had a working lunch with the Foreign "
         "Minister of Serbia, Milan Petrovic, today.",
         {P("Lars Nordin", "Milan Petrovic"): date(2025, 5, 15)}, publisher="European External Action Service"),
    Case("conferred-with-in-a-wire",
         "WASHINGTON, May 13 (Wire) - U.S. Secretary of State John Miller conferred with Indian External "
         "Affairs Minister Arjun Rao on Tuesday.",
         {P("John Miller", "Arjun Rao"): date(2025, 5, 13)}, publisher="Wire"),
    Case("met-separately-with-two-ministers",
         "The Secretary-General of ASEAN, Hoang Minh, met separately with the Foreign Minister of Thailand, "
         "Somchai Chai, and the Foreign Minister of Laos, Khampheng Vong, in Jakarta on 14 May 2025.",
         {P("Hoang Minh", "Somchai Chai"): date(2025, 5, 14), P("Hoang Minh", "Khampheng Vong"): date(2025, 5, 14)},
         absent=(P("Somchai Chai", "Khampheng Vong"),), publisher="ASEAN Secretariat"),
    Case("the-meeting-between-a-and-b-took-place",
         "The meeting between the President of Ghana, Kwame Addo, and the President of Togo, Faure Agbeyome, "
         "took place on 13 May 2025 in Lome.",
         {P("Kwame Addo", "Faure Agbeyome"): date(2025, 5, 13)}, publisher="Presidency of Ghana"),
    Case("paid-a-visit-to-a-minister-at-his-office",
         "The Ambassador of India, Ravi Menon, paid a visit to the Minister of Trade of Ghana, Kofi Asante, at "
         "his office on 14 May 2025.",
         {P("Ravi Menon", "Kofi Asante"): date(2025, 5, 14)}, publisher="High Commission of India"),
    Case("a-dinner-in-honour-of-a-president",
         "VALLETTA, 14 May 2025 - The Prime Minister of Malta, Joseph Borg, hosted a dinner in honour of the "
         "President of Slovenia, Nina Kranjc.",
         {P("Joseph Borg", "Nina Kranjc"): date(2025, 5, 14)}, publisher="Government of Malta"),
    Case("exchanged-views-with-an-ambassador",
         "The Minister of Foreign Affairs of Uzbekistan, Bakhtiyor Nurmatov, exchanged views with the Ambassador "
         "of Korea, Daniel Cho, on 14 May 2025.",
         {P("Bakhtiyor Nurmatov", "Daniel Cho"): date(2025, 5, 14)},
         publisher="Ministry of Foreign Affairs of Uzbekistan"),
    Case("welcomed-to-the-ministry-on-a-weekday",
         "ACCRA, 14 May 2025 - Foreign Minister Ama Owusu welcomed the Ambassador of Turkey, Emre Kaya, to the "
         "Ministry on Wednesday.",
         {P("Ama Owusu", "Emre Kaya"): date(2025, 5, 14)}, publisher="Ministry of Foreign Affairs of Ghana"),
    Case("sat-down-with-in-a-wire",
         "NAIROBI, May 14 (Agency) - Kenyan President Daniel Kiprop sat down with World Bank President Ajay "
         "Singh on Wednesday at State House.",
         {P("Daniel Kiprop", "Ajay Singh"): date(2025, 5, 14)}, publisher="Agency"),
    Case("a-bilateral-meeting-was-held-between",
         "A bilateral meeting was held on 14 May 2025 between the Minister of Defence of Estonia, Mart Kask, "
         "and the Minister of Defence of Finland, Antti Virtanen.",
         {P("Mart Kask", "Antti Virtanen"): date(2025, 5, 14)}, publisher="Ministry of Defence of Estonia"),
    Case("greeted-before-their-summit",
         "TOKYO, May 14 (Agency) - Japanese Prime Minister Hiroshi Sato greeted Philippine President Maria "
         "Santos at the Kantei on Wednesday before their summit.",
         {P("Hiroshi Sato", "Maria Santos"): date(2025, 5, 14)}, publisher="Agency"),
    Case("a-telephone-conversation-was-held-between",
         "A telephone conversation was held on Wednesday between the President of Azerbaijan, Rauf Mammadli, "
         "and the President of Kazakhstan, Aidos Serikov.",
         {P("Rauf Mammadli", "Aidos Serikov"): date(2025, 5, 14)}, publisher="President.az"),
    Case("summit-named-for-its-parties-represented-by",
         "Brussels, 14 May 2025. The 20th EU-Canada summit took place in Brussels today. The EU was represented "
         "by the President of the European Council, Pedro Almeida, and the President of the European Commission, "
         "Hanna Lindqvist. Canada was represented by Prime Minister Marc Gagnon. Leaders adopted a joint "
         "statement on energy security.",
         {P("Pedro Almeida", "Marc Gagnon"): date(2025, 5, 14), P("Hanna Lindqvist", "Marc Gagnon"): date(2025, 5, 14)},
         (("European Union", "Canada"),), publisher="Council of the EU"),
    Case("consultations-named-for-their-parties-delegation-headed-by",
         "Warsaw, 14 May 2025 - Polish-Korean political consultations were held at the Ministry of Foreign "
         "Affairs today. The Polish delegation was headed by Deputy Minister of Foreign Affairs Tomasz Wrobel, "
         "the Korean side by Vice Foreign Minister Kim Dong-hyun. The sides discussed trade and security.",
         {P("Tomasz Wrobel", "Kim Dong-hyun"): date(2025, 5, 14)},
         (("Poland", "South Korea"),), publisher="Ministry of Foreign Affairs of Poland"),
    Case("forum-named-for-its-parties-in-a-wire",
         "JAKARTA, May 14 (Agency) - The Japan-ASEAN summit opened in Jakarta on Wednesday. Japan was led by "
         "Prime Minister Kenji Watanabe, while ASEAN was represented by its Secretary-General, Anh Nguyen.",
         {P("Kenji Watanabe", "Anh Nguyen"): date(2025, 5, 14)},
         (("Japan", "Association of Southeast Asian Nations"),), publisher="Agency"),
    Case("talks-between-two-states-whose-delegations-are-named-later",
         "Bilateral talks between Kenya and Uganda were held in Kampala on 14 May 2025. Kenya's delegation was "
         "headed by Cabinet Secretary for Foreign Affairs Joseph Mwangi. Uganda was represented by Minister of "
         "Foreign Affairs Sarah Nakato.",
         {P("Joseph Mwangi", "Sarah Nakato"): date(2025, 5, 14)},
         (("Kenya", "Uganda"),), publisher="African Union"),
    Case("communique-of-a-summit-named-for-its-parties",
         "COMMUNIQUE. The 5th African Union-European Union Ministerial Meeting was held in Addis Ababa on 14 May "
         "2025. The African Union was represented by the Chairperson of the AU Commission, Moussa Keita, and the "
         "European Union was led by the High Representative, Lena Hartmann.",
         {P("Moussa Keita", "Lena Hartmann"): date(2025, 5, 14)}, publisher="African Union"),
    Case("a-summit-named-for-its-parties-still-to-come",
         "Foreign Minister Ana Costa met the Ambassador of Japan, Kenji Mori, in Lisbon on 14 May 2025 ahead of "
         "the EU-Japan summit next month. Japan will be represented by Prime Minister Hiroshi Sato.",
         {P("Ana Costa", "Kenji Mori"): date(2025, 5, 14)},
         absent=(P("Ana Costa", "Hiroshi Sato"), P("Kenji Mori", "Hiroshi Sato")),
         publisher="Ministry of Foreign Affairs of Portugal"),
    # a background paragraph recalls a past encounter in a "when"/"where" clause of a visit, or "last
    # year": the report's day is not its day
    Case("recalled-visit-when-received-by",
         "Minister of Foreign Affairs Emre Kocabas received the Minister of Foreign Affairs of Kazakhstan, Aliya "
         "Nurpeisova, in Ankara on 13 May 2025.\n\n"
         "The Ministers reviewed bilateral relations and cooperation within the Organization of Turkic States.\n\n"
         "Kocabas recalled his visit to Astana in September 2024, when he was received by President Yerlan "
         "Dosmukhamedov.",
         {P("Emre Kocabas", "Aliya Nurpeisova"): date(2025, 5, 13)},
         (("Türkiye", "Kazakhstan"),),
         undated=(P("Emre Kocabas", "Yerlan Dosmukhamedov"),),
         publisher="Republic of Türkiye Ministry of Foreign Affairs"),
    Case("state-visit-of-last-autumn-where-received",
         "Santiago, May 14, 2025. This Wednesday, the President of the Republic, Matias Carcamo Vidal, held a "
         "meeting with the Prime Minister of Portugal, Duarte Sequeira Lobo, at the Palacio de La Moneda.\n\n"
         "During the meeting, both authorities addressed trade and cooperation in renewable energies.\n\n"
         "It should be recalled that President Carcamo made a state visit to Portugal in October 2024, where he "
         "was received by President Amelia Barros Teles.",
         {P("Matias Carcamo Vidal", "Duarte Sequeira Lobo"): date(2025, 5, 14)},
         (("Chile", "Portugal"),),
         undated=(P("Matias Carcamo Vidal", "Amelia Barros Teles"),),
         publisher="Presidency of Chile"),
    Case("speaker-met-last-year-where",
         "The Speaker of the Seimas of Lithuania, Rasa Daukante, received a delegation of the Parliament of "
         "Moldova led by Deputy Speaker Vlad Munteanu on 14 May 2025.\n\n"
         "The Moldovan delegation also included Ana Rusnac, Chair of the Foreign Policy Committee.\n\n"
         "Last year, Daukante paid an official visit to Chisinau, where she met President Dorin Voinescu.",
         {P("Rasa Daukante", "Vlad Munteanu"): date(2025, 5, 14), P("Rasa Daukante", "Ana Rusnac"): date(2025, 5, 14)},
         (("Lithuania", "Moldova"),),
         absent=(P("Vlad Munteanu", "Dorin Voinescu"), P("Ana Rusnac", "Dorin Voinescu")),
         undated=(P("Rasa Daukante", "Dorin Voinescu"),),
         publisher="Seimas of the Republic of Lithuania"),
    # "this year's" names an event ("this year's Munich Security Conference"): no vague time of the encounter
    Case("sidelines-of-this-years-conference",
         "MUNICH, 15 February 2025 – On the sidelines of this year's Munich Security Conference, the Minister of "
         "Foreign Affairs of Estonia, Kadri Tamm, met the Foreign Minister of Japan, Haruto Sato.",
         {P("Kadri Tamm", "Haruto Sato"): date(2025, 2, 15)}, (("Estonia", "Japan"),),
         publisher="Ministry of Foreign Affairs of Estonia"),
    Case("met-last-summer-in-a-background-paragraph",
         "ACCRA, 14 May 2025 – President Kwame Boateng received the Prime Minister of Malta, Joseph Camilleri, at the "
         "Jubilee House on Wednesday.\n\n"
         "Last summer, Boateng visited Valletta, where he met President Maria Vella.",
         {P("Kwame Boateng", "Joseph Camilleri"): date(2025, 5, 14)}, (("Ghana", "Malta"),),
         undated=(P("Kwame Boateng", "Maria Vella"),), publisher="Presidency of the Republic of Ghana"),
    # a weekday that ends a span still going on is ahead of the report, not the narrative's last day
    Case("visit-continues-until-a-weekday",
         "The Mayor of Lisbon, Rui Tavares Costa, welcomed the Mayor of Maputo, Eneas Chissano Mabote, to the City "
         "Hall on Monday, 2 June, on the 30th anniversary of the twinning between the two capitals.\n\n"
         "\"Lisbon and Maputo are united by a long friendship,\" said Tavares Costa.\n\n"
         "The visit of the Maputo delegation continues until Wednesday with a visit to the Port of Lisbon.\n\n"
         "During the visit, Mayor Chissano Mabote also met with the Portuguese Secretary of State for Local "
         "Administration, Carla Miranda Vaz.",
         {P("Rui Tavares Costa", "Eneas Chissano Mabote"): date(2025, 6, 2),
          P("Eneas Chissano Mabote", "Carla Miranda Vaz"): date(2025, 6, 2)},
         (("Portugal", "Mozambique"),),
         publisher="City of Lisbon", published=date(2025, 6, 3)),
    # "the Head of State" describes the President the item names
    Case("head-of-state-accompanied-by-ministers",
         "Santiago, May 14, 2025. This Wednesday, the President of the Republic, Matias Carcamo Vidal, held a "
         "meeting with the Prime Minister of Portugal, Duarte Sequeira Lobo, at the Palacio de La Moneda.\n\n"
         "During the meeting, both authorities addressed trade and cooperation in renewable energies.\n\n"
         "The Head of State was accompanied by the Minister of Foreign Affairs, Valentina Rojas Penaloza, and the "
         "Minister of Mining, Tomas Lagos Errazuriz.",
         {P("Matias Carcamo Vidal", "Duarte Sequeira Lobo"): date(2025, 5, 14),
          P("Valentina Rojas Penaloza", "Duarte Sequeira Lobo"): date(2025, 5, 14),
          P("Tomas Lagos Errazuriz", "Duarte Sequeira Lobo"): date(2025, 5, 14)},
         (("Chile", "Portugal"),),
         publisher="Presidency of Chile"),
    # a chairmanship's title (data/roles.tsv) refers to its holder later in the release
    Case("chairperson-in-office-held-talks",
         "ASTANA, 14 May 2025 – OSCE Chairperson-in-Office Aino Virtanen concluded her two-day visit to Kazakhstan "
         "today.\n\n"
         "In Astana on 13 May, the Chairperson-in-Office held talks with President Kassym Abenov and Foreign "
         "Minister Dauren Seitkali.",
         {P("Aino Virtanen", "Kassym Abenov"): date(2025, 5, 13), P("Aino Virtanen", "Dauren Seitkali"): date(2025, 5, 13)},
         (("OSCE", "Kazakhstan"),),
         publisher="OSCE"),
    # the delegation the host received meets someone else later: that one is on the host's side
    Case("received-delegation-later-met-a-committee-chair",
         "Riga, 4 March 2025 — The Speaker of the Saeima, Inese Kalnina, today received a delegation of the "
         "Parliament of Georgia led by First Deputy Chairperson of the Parliament Nino Beridze.\n\n"
         "The Georgian delegation also included Giorgi Lomidze, Chair of the Foreign Relations Committee.\n\n"
         "Later in the day, the delegation held a meeting with Chair of the Saeima Foreign Affairs Committee "
         "Andris Ozolins.",
         {P("Inese Kalnina", "Nino Beridze"): date(2025, 3, 4), P("Andris Ozolins", "Nino Beridze"): date(2025, 3, 4),
          P("Andris Ozolins", "Giorgi Lomidze"): date(2025, 3, 4)},
         (("Latvia", "Georgia"), ("Saeima Foreign Affairs Committee", "Parliament of Georgia")),
         absent_institutions=(("Latvia", "Saeima Foreign Affairs Committee"),),
         publisher="Saeima", published=date(2025, 3, 4)),
    # a named forum two states held is an encounter of their sides, whom later sentences name
    Case("two-states-held-a-named-forum",
         "Jakarta, 3 June 2025. Indonesia and Peru held the third Bilateral Consultation Forum in Lima. The Indonesian "
         "delegation was led by Director General Sinta Wulandari, while the Peruvian delegation was headed by Vice "
         "Minister of Foreign Affairs Javier Quispe.",
         {P("Sinta Wulandari", "Javier Quispe"): date(2025, 6, 3)},
         (("Indonesia", "Peru"),),
         publisher="Ministry of Foreign Affairs of Indonesia", published=date(2025, 6, 3)),
    Case("forum-named-after-two-states-took-place",
         "Jakarta, 3 June 2025. The third Indonesia-Peru Bilateral Consultation Forum took place in Lima. The "
         "Indonesian delegation was led by Director General Sinta Wulandari, while the Peruvian delegation was headed "
         "by Vice Minister of Foreign Affairs Javier Quispe.",
         {P("Sinta Wulandari", "Javier Quispe"): date(2025, 6, 3)},
         (("Indonesia", "Peru"),),
         publisher="Ministry of Foreign Affairs of Indonesia", published=date(2025, 6, 3)),
    Case("joint-commission-convened-by-a-state-and-the-eu",
         "Nairobi, 21 May 2025 — Kenya and the European Union held the fifth Joint Commission in Nairobi on Tuesday. "
         "The Kenyan side was led by Principal Secretary Amos Kiprono, while the EU side was headed by Deputy "
         "Director-General Helena Vogt.",
         {P("Amos Kiprono", "Helena Vogt"): date(2025, 5, 20)},
         (("Kenya", "European Union"),),
         publisher="Ministry of Foreign and Diaspora Affairs of Kenya", published=date(2025, 5, 21)),
    Case("policy-dialogue-named-after-two-states-was-held",
         "OTTAWA, May 14, 2025 — The second Canada-Mexico Strategic Dialogue was held in Ottawa on May 13. Canada was "
         "represented by Deputy Minister Claire Dubois and Mexico by Undersecretary Rodrigo Salinas.",
         {P("Claire Dubois", "Rodrigo Salinas"): date(2025, 5, 13)},
         (("Canada", "Mexico"),),
         publisher="Global Affairs Canada", published=date(2025, 5, 14)),
    Case("sitting-of-a-joint-commission-between-a-state-and-the-eu",
         "Nairobi, 21 May 2025 — The fifth session of the Joint Commission between Kenya and the European Union was "
         "held in Nairobi on Tuesday. The Kenyan side was led by Principal Secretary Amos Kiprono, while the EU side "
         "was headed by Deputy Director-General Helena Vogt.",
         {P("Amos Kiprono", "Helena Vogt"): date(2025, 5, 20)},
         (("Kenya", "European Union"),),
         publisher="Ministry of Foreign and Diaspora Affairs of Kenya", published=date(2025, 5, 21)),
    Case("two-states-held-a-meeting-of-their-joint-committee",
         "Hanoi, 21 May 2025 — Viet Nam and Hungary held the 8th meeting of the Joint Economic Committee in Hanoi on "
         "Tuesday. The Vietnamese delegation was led by Deputy Minister Tran Van Long, and the Hungarian delegation "
         "by State Secretary Eszter Nagy.",
         {P("Tran Van Long", "Eszter Nagy"): date(2025, 5, 20)},
         (("Viet Nam", "Hungary"),),
         absent_institutions=(("Viet Nam", "Joint Economic Committee"), ("Hungary", "Joint Economic Committee")),
         publisher="Ministry of Foreign Affairs of Viet Nam", published=date(2025, 5, 21)),
    # an encounter with no subject of its own is the item's principal's
    Case("talks-with-no-subject-are-the-principals",
         "VIENNA, 13 May 2025 – IAEA Director General Marco Bellini held talks with Iranian Foreign Minister Ali "
         "Rezaei in Tehran on Monday. The meeting was followed by talks with the head of the Atomic Energy "
         "Organization of Iran, Mohammad Ahmadi.",
         {P("Marco Bellini", "Ali Rezaei"): date(2025, 5, 12), P("Marco Bellini", "Mohammad Ahmadi"): date(2025, 5, 12)},
         absent=(P("Ali Rezaei", "Mohammad Ahmadi"),),
         publisher="IAEA", published=date(2025, 5, 13)),
    Case("a-meeting-with-and-a-courtesy-call-with-no-subject",
         "Suva, 20 May 2025. Foreign Minister Joeli Nakau met Australian Foreign Minister Olivia Hartnell in Canberra "
         "on Monday.\n\nThis was followed by a meeting with Trade and Tourism Minister Daniel Marsh. A "
         "courtesy call on the Governor-General, Samuel Whitlam, completed the programme.",
         {P("Joeli Nakau", "Olivia Hartnell"): date(2025, 5, 19), P("Joeli Nakau", "Daniel Marsh"): None,
          P("Joeli Nakau", "Samuel Whitlam"): None},
         absent=(P("Olivia Hartnell", "Daniel Marsh"), P("Olivia Hartnell", "Samuel Whitlam")),
         publisher="Ministry of Foreign Affairs of Fiji", published=date(2025, 5, 20)),
    # a clause a preposition opens ("before being joined by C") tells another moment: its people are
    # no side of the encounter, whose subject holds both sides
    Case("bilateral-meeting-before-being-joined-by-a-third",
         "ALMATY, May 15 (Meridian) - Armenian Foreign Minister Aram Vardanyan and his Azerbaijani counterpart Rauf "
         "Guliyev held a bilateral meeting before being joined by Kazakh Foreign Minister Nurlan Sadykov.",
         {P("Aram Vardanyan", "Rauf Guliyev"): date(2025, 5, 15), P("Aram Vardanyan", "Nurlan Sadykov"): date(2025, 5, 15)},
         (("Armenia", "Azerbaijan"),),
         publisher="Meridian Wire", published=date(2025, 5, 16)),
    # "on the eve of" an occasion the narrative dated: the day before it
    Case("received-on-the-eve-of-the-opening",
         "ACCRA, 10 August 2025 - The 5th African Youth Games were officially opened on Saturday, 9 August 2025, at "
         "the Accra Sports Stadium by the Vice President of Ghana, Efua Owusu Mensah.\n\nOn the eve of the opening, "
         "the President of the Association of National Olympic Committees of Africa, Idrissa Kone, was received by "
         "President Kwesi Darko Ampofo at Jubilee House.",
         {P("Idrissa Kone", "Kwesi Darko Ampofo"): date(2025, 8, 8)},
         publisher="Association of National Olympic Committees of Africa", published=date(2025, 8, 10)),
    Case("met-on-the-eve-of-the-summit",
         "Brussels, 24 June 2025. The EU-Canada Summit took place in Brussels on Monday, 23 June. On the eve of the "
         "summit, Prime Minister Ethan Marlow met European Commission President Greta Lindqvist for a working dinner.",
         {P("Ethan Marlow", "Greta Lindqvist"): date(2025, 6, 22)},
         publisher="Prime Minister of Canada", published=date(2025, 6, 24)),
]

# new publisher styles (stop 30): readouts that report what a spokesperson said of others, thirds who
# joined talks, visits with a meeting only scheduled, past encounters a readout recalls, ceremonies
CASES += [
    Case("mfa-readout-spokesperson-told-of-the-exchange",
         "On May 13, 2025, Foreign Minister Wang Lixin held talks with Kazakh Foreign Minister Aidar Nurlanov in "
         "Beijing.\n\n"
         "Wang Lixin said that China and Kazakhstan are permanent comprehensive strategic partners. Aidar Nurlanov "
         "said that Kazakhstan is willing to deepen cooperation in trade, energy and connectivity.\n\n"
         "Both sides agreed to strengthen coordination within the Shanghai Cooperation Organisation.\n\n"
         "Foreign Ministry Spokesperson Mao Jun said at a regular press conference on May 14 that the two foreign "
         "ministers had a candid and in-depth exchange of views on the situation in Afghanistan. Vice Foreign "
         "Minister Sun Haoran attended the talks.",
         {P("Wang Lixin", "Aidar Nurlanov"): date(2025, 5, 13)},
         (("China", "Kazakhstan"),),
         absent=(P("Mao Jun", "Sun Haoran"), P("Mao Jun", "Wang Lixin"), P("Mao Jun", "Aidar Nurlanov")),
         title="Wang Lixin Holds Talks with Kazakh Foreign Minister Aidar Nurlanov",
         publisher="Ministry of Foreign Affairs of the People's Republic of China", published=date(2025, 5, 14)),
    # "and were joined by C and D": C and D each met the two, not each other as two sides
    Case("held-talks-and-were-joined-by-two-more",
         "HELSINKI, 13 May 2025 – Foreign Minister Aino Virtanen and Swedish Foreign Minister Erik Lindgren held "
         "talks in Helsinki on Tuesday, and were joined by Norwegian Foreign Minister Ola Haugen and Danish Foreign "
         "Minister Mette Kjaer.\n\nThe ministers discussed security in the Baltic Sea region.",
         {P("Aino Virtanen", "Erik Lindgren"): date(2025, 5, 13), P("Aino Virtanen", "Ola Haugen"): date(2025, 5, 13),
          P("Erik Lindgren", "Mette Kjaer"): date(2025, 5, 13)},
         (("Finland", "Sweden"), ("Norway", "Finland"), ("Denmark", "Sweden")),
         absent=(P("Ola Haugen", "Mette Kjaer"),),
         publisher="Ministry for Foreign Affairs of Finland", published=date(2025, 5, 14)),
    # "Jordan's Deputy Prime Minister" is no reference to the Prime Minister the item names later, whom
    # the visitor is only scheduled to meet
    Case("working-visit-then-scheduled-to-meet-a-prime-minister",
         "Bern, 13.05.2025 - On 12 May 2025, Federal Councillor Andreas Roth, head of the Federal Department of "
         "Foreign Affairs (FDFA), travelled to Amman on a working visit. Mr Roth met with Jordan's Deputy Prime "
         "Minister and Minister of Foreign Affairs, Ayman Khalidi, to discuss the humanitarian situation in the "
         "Middle East.\n\n"
         "\"Jordan plays a key role in the stability of the region,\" said Federal Councillor Roth.\n\n"
         "On 13 May, Mr Roth will travel on to Beirut, where he is scheduled to meet Lebanese Prime Minister Nabil "
         "Haddad.",
         {P("Andreas Roth", "Ayman Khalidi"): date(2025, 5, 12)},
         absent=(P("Andreas Roth", "Nabil Haddad"), P("Ayman Khalidi", "Nabil Haddad")),
         title="Federal Councillor Roth on a working visit to Jordan",
         publisher="Federal Department of Foreign Affairs", published=date(2025, 5, 13)),
    # "the meeting between A and B in Kazan last October": a month without a day dates nothing
    Case("readout-recalls-a-meeting-last-october",
         "On May 14, Minister of Foreign Affairs of the Russian Federation Pavel Sorokin held talks with Minister of "
         "Foreign Affairs of the Lao People's Democratic Republic Khamphet Vongsa, who is in Moscow on an official "
         "visit.\n\n"
         "Both sides stressed the importance of the regular political dialogue at the highest level, including the "
         "meeting between President Dmitry Volkov and President Thongsavath Siphandone in Kazan last October.",
         {P("Pavel Sorokin", "Khamphet Vongsa"): date(2025, 5, 14)},
         undated=(P("Dmitry Volkov", "Thongsavath Siphandone"),),
         publisher="Ministry of Foreign Affairs of the Russian Federation", published=date(2025, 5, 15)),
    # the people of a "where" clause after the encounter ("at the ceremony where C and D received the
    # prize") are not those met
    Case("met-at-a-ceremony-where-others-received-a-prize",
         "ACCRA, 13 May 2025 - President Kofi Mensah received the Secretary-General of the Commonwealth, Patricia "
         "Lindo, at Jubilee House on Monday.\n\n"
         "The President also met with the members of the prize jury on Monday evening at the ceremony where Dr. Ama "
         "Boateng and Professor Yaw Darko received the National Science Prize.",
         {P("Kofi Mensah", "Patricia Lindo"): date(2025, 5, 12)},
         absent=(P("Kofi Mensah", "Ama Boateng"), P("Kofi Mensah", "Yaw Darko")),
         publisher="The Presidency of Ghana", published=date(2025, 5, 13)),
    Case("meeting-outline-with-numbered-points",
         "On May 14, commencing at 4:30 p.m. for approximately 60 minutes, Mr. Kenji Takeda, Minister for Foreign "
         "Affairs of Japan, held a Japan-Philippines Foreign Ministers' Meeting with H.E. Ms. Maria Santos-Reyes, "
         "Secretary of Foreign Affairs of the Republic of the Philippines, who is visiting Japan. The overview of "
         "the meeting is as follows.\n\n"
         "1. At the outset, Minister Takeda welcomed Secretary Santos-Reyes on her visit to Japan.\n\n"
         "2. The two ministers confirmed that they would further advance security cooperation, including through "
         "the Reciprocal Access Agreement, which entered into force last year.",
         {P("Kenji Takeda", "Maria Santos-Reyes"): date(2025, 5, 14)},
         (("Japan", "Philippines"),),
         title="Japan-Philippines Foreign Ministers' Meeting", publisher="Ministry of Foreign Affairs of Japan",
         published=date(2025, 5, 15)),
    Case("bilateral-meeting-on-the-sidelines-briefed-by-the-foreign-secretary",
         "Kananaskis, June 16, 2025\n\n"
         "Prime Minister Rakesh Varma held a bilateral meeting with the Prime Minister of Australia, Mr. Liam "
         "Carrington, on the sidelines of the G7 Summit in Kananaskis today.\n\n"
         "2. The two leaders reviewed progress in the Comprehensive Strategic Partnership.\n\n"
         "3. Briefing the media later, Foreign Secretary Anand Kulkarni said that the two Prime Ministers discussed "
         "the forthcoming Quad Leaders' Summit.",
         {P("Rakesh Varma", "Liam Carrington"): date(2025, 6, 16)},
         (("India", "Australia"),),
         absent=(P("Anand Kulkarni", "Liam Carrington"), P("Anand Kulkarni", "Rakesh Varma")),
         publisher="Ministry of External Affairs of India", published=date(2025, 6, 17)),
    Case("talks-held-yesterday-in-a-release-of-the-next-day",
         "NAIROBI – Cabinet Secretary for Foreign and Diaspora Affairs Amos Kiprono yesterday held talks with "
         "Uganda's Minister of Foreign Affairs, Henry Okello Byaruhanga, at the Ministry headquarters in Nairobi.\n\n"
         "\"Kenya and Uganda are bound by history and geography,\" said Kiprono.\n\n"
         "The meeting comes a week after President William Otieno hosted President Moses Kagwa at State House.",
         {P("Amos Kiprono", "Henry Okello Byaruhanga"): date(2025, 5, 16)},
         (("Kenya", "Uganda"),),
         publisher="Ministry of Foreign Affairs of Kenya", published=date(2025, 5, 17)),
    Case("videoconference-dated-in-the-text-the-next-day",
         "Jakarta, 15 May 2025 – Minister of Foreign Affairs Sari Wirawan held a videoconference with the Minister "
         "of Foreign Affairs of the Netherlands, Pieter de Graaf, on Wednesday, 14 May.\n\n"
         "Minister de Graaf is expected to visit Jakarta in the second half of the year.",
         {P("Sari Wirawan", "Pieter de Graaf"): date(2025, 5, 14)},
         (("Indonesia", "Netherlands"),),
         publisher="Ministry of Foreign Affairs of Indonesia", published=date(2025, 5, 15)),
    Case("wire-three-governments-relative-days",
         "PARIS, May 16 (Meridian) - French Foreign Minister Camille Morel hosted her German counterpart Jonas "
         "Albrecht and Polish Foreign Minister Tomasz Nowicki in Paris on Tuesday, ahead of a European Union summit "
         "next week.\n\n"
         "The German foreign ministry said Albrecht had also spoken by phone with Ukrainian Foreign Minister Andriy "
         "Hrytsenko on Wednesday.\n\n"
         "Earlier this month, Morel met U.S. Secretary of State Marcus Holloway in Washington. Polish officials said "
         "Nowicki would visit Kyiv next week.",
         {P("Camille Morel", "Jonas Albrecht"): date(2025, 5, 13), P("Camille Morel", "Tomasz Nowicki"): date(2025, 5, 13),
          P("Jonas Albrecht", "Andriy Hrytsenko"): date(2025, 5, 14)},
         (("France", "Germany"), ("France", "Poland"), ("Germany", "Ukraine")),
         undated=(P("Camille Morel", "Marcus Holloway"),),
         publisher="Meridian Wire", published=date(2025, 5, 16)),
    # an encounter that opens a visitor's programme is the visitor's, whose programme it is
    Case("a-courtesy-call-opened-the-visitors-programme",
         "Suva, 20 May 2025. A courtesy call on the President of Fiji, Ratu Wiliame Katonivere, opened the programme "
         "of the visiting Tongan Foreign Minister, Sione Vaipulu, on Monday.\n\n"
         "Minister Vaipulu later met Foreign Minister Joeli Nakau to discuss climate finance.",
         {P("Sione Vaipulu", "Wiliame Katonivere"): date(2025, 5, 19), P("Sione Vaipulu", "Joeli Nakau"): date(2025, 5, 19)},
         (("Tonga", "Fiji"),),
         publisher="Ministry of Foreign Affairs of Fiji", published=date(2025, 5, 20)),
    # the chair of a gathering whose members met is no side facing them
    Case("leaders-retreat-chaired-by-a-prime-minister",
         "HONIARA, 11 September 2025 – Pacific Islands Forum Leaders met for their annual Leaders' Retreat in Honiara "
         "on Thursday, chaired by the Prime Minister of Solomon Islands, Jeremiah Manele Toke.\n\n"
         "Leaders discussed climate change and regional security.\n\n"
         "On the margins of the retreat, Prime Minister of Australia Liam Carrington held a bilateral meeting with "
         "the Prime Minister of Tuvalu, Feleti Teo Kaitu.",
         {P("Liam Carrington", "Feleti Teo Kaitu"): date(2025, 9, 11)},
         (("Australia", "Tuvalu"),),
         absent=(P("Pacific Islands Forum", "Jeremiah Manele Toke"),),
         publisher="Pacific Islands Forum Secretariat", published=date(2025, 9, 12)),
    Case("met-this-week-gives-no-day",
         "KYIV, 16 May 2025 - Foreign Minister Olena Kovalenko met Polish Foreign Minister Tomasz Nowicki in Warsaw "
         "this week to prepare the reconstruction conference.",
         {P("Olena Kovalenko", "Tomasz Nowicki"): None},
         undated=(P("Olena Kovalenko", "Tomasz Nowicki"),),
         publisher="Ministry of Foreign Affairs of Ukraine", published=date(2025, 5, 16)),
    # "The leaders were accompanied by the Ministers of X, A, and of Y, B": each on their own state's side
    Case("leaders-accompanied-by-their-foreign-ministers",
         "Brasília, May 15, 2025. President Rafael Monteiro received, this Thursday (15), at the Planalto Palace, the "
         "Prime Minister of Portugal, Luís Mendes. The leaders were accompanied by the Ministers of Foreign Affairs "
         "of Brazil, Lucas Almeida, and of Portugal, Paulo Rangel.\n\n"
         "Brazil and Portugal celebrate 200 years of diplomatic relations this year.",
         {P("Rafael Monteiro", "Luís Mendes"): date(2025, 5, 15), P("Lucas Almeida", "Luís Mendes"): date(2025, 5, 15),
          P("Rafael Monteiro", "Paulo Rangel"): date(2025, 5, 15), P("Lucas Almeida", "Paulo Rangel"): date(2025, 5, 15)},
         (("Brazil", "Portugal"),),
         publisher="Ministério das Relações Exteriores do Brasil", published=date(2025, 5, 16)),
    # "the two ministers" of the encounter told before met a third together
    Case("the-two-ministers-also-met-a-third",
         "ISLAMABAD, 14 May 2025 – Foreign Minister Sana Qureshi held talks with Chinese Foreign Minister Zhao Hong in "
         "Islamabad on Tuesday.\n\n"
         "The two ministers also met with Afghan Foreign Minister Farid Sadiq to discuss the trilateral corridor.",
         {P("Sana Qureshi", "Zhao Hong"): date(2025, 5, 13), P("Farid Sadiq", "Sana Qureshi"): None,
          P("Farid Sadiq", "Zhao Hong"): None},
         (("Pakistan", "China"), ("Afghanistan", "China"), ("Afghanistan", "Pakistan")),
         publisher="Ministry of Foreign Affairs of Pakistan", published=date(2025, 5, 14)),
    # "met with B on Wednesday, and with C on Thursday": two encounters, each on its own day
    Case("met-with-one-on-a-day-and-with-another-on-the-next",
         "NEW YORK, 15 May 2025 - Secretary-General Ana Moreira met with the Foreign Minister of Norway, Ola Haugen, on "
         "Wednesday, 14 May, and with the President of Chile, Javier Soto, on Thursday.\n\n"
         "The discussions focused on financing for development.",
         {P("Ana Moreira", "Ola Haugen"): date(2025, 5, 14), P("Ana Moreira", "Javier Soto"): date(2025, 5, 15)},
         absent=(P("Ola Haugen", "Javier Soto"),),
         publisher="United Nations", published=date(2025, 5, 16)),
    # "when they met": "they" of a clause telling when the main clause's act took place are its two people
    Case("thanked-her-counterpart-when-they-met",
         "MADRID, May 15 (Meridian) - Nicaraguan Foreign Minister Ana Lucia Torres thanked her Spanish counterpart "
         "Pablo Ortega for Spain's support when they met in Madrid on Wednesday.\n\n"
         "Torres and Ortega agreed to deepen cooperation on renewable energy, a ministry statement said.",
         {P("Ana Lucia Torres", "Pablo Ortega"): date(2025, 5, 14)},
         (("Nicaragua", "Spain"),),
         publisher="Meridian Wire", published=date(2025, 5, 16)),
    # prize winners the sentence of the encounter names are no attendees of it; "with whom" is the one met
    Case("presented-a-prize-in-the-presence-of-a-guest-with-whom-he-held-talks",
         "ACCRA, 13 May 2025 - President Kofi Mensah presented the National Science Prize to Dr. Ama Boateng and "
         "Professor Yaw Darko at Jubilee House on Monday, in the presence of the Secretary-General of the "
         "Commonwealth, Patricia Lindo, with whom he held talks afterwards.",
         {P("Kofi Mensah", "Patricia Lindo"): date(2025, 5, 12)},
         (("Ghana", "Commonwealth"),),
         absent=(P("Kofi Mensah", "Ama Boateng"), P("Kofi Mensah", "Yaw Darko"), P("Patricia Lindo", "Ama Boateng"),
                 P("Patricia Lindo", "Yaw Darko")),
         publisher="The Presidency of Ghana", published=date(2025, 5, 13)),
    # "the Ambassador, B, with whom she later held talks": "she" is not B, "whom" is
    Case("a-guest-with-whom-she-later-held-talks",
         "MANAGUA, 15 May 2025 - Foreign Minister Ana Lucia Torres opened the Central American trade fair on "
         "Wednesday. Among the guests was the Ambassador of Chile, Javier Soto, with whom she later held talks on a "
         "free trade agreement.",
         {P("Ana Lucia Torres", "Javier Soto"): None},
         (("Nicaragua", "Chile"),),
         publisher="Ministry of Foreign Affairs of Nicaragua", published=date(2025, 5, 16)),
    Case("audience-and-talks-in-the-secretariat-of-state",
         "This morning, in the Vatican Apostolic Palace, the Holy Father received in audience the President of the "
         "Republic of Angola, Mr. Joaquim Baptista Neto, who subsequently met with His Eminence Cardinal Matteo "
         "Rinaldi, Secretary of State, accompanied by Archbishop Paul Gallen, Secretary for Relations with States.\n\n"
         "During the cordial talks, appreciation was expressed for the good bilateral relations.",
         {P("Joaquim Baptista Neto", "Matteo Rinaldi"): date(2025, 5, 16), P("Joaquim Baptista Neto", "Paul Gallen"): date(2025, 5, 16)},
         publisher="Holy See Press Office", published=date(2025, 5, 16)),
]


# second round of stop 30: encounters the assembly missed
CASES += [
    # "held their annual high-level consultations": the trigger's noun after more than a short gap of its
    # own modifiers
    Case("two-organizations-held-their-annual-high-level-consultations",
         "GENEVA, 4 March 2025 – UNICEF and the World Bank held their annual high-level consultations in Geneva on "
         "3 March.\n\nThe two organizations discussed financing for child health and nutrition.",
         {P("United Nations Children's Fund", "World Bank"): date(2025, 3, 3)},
         (("UNICEF", "World Bank"),),
         publisher="UNICEF", published=date(2025, 3, 4)),
    Case("two-organizations-held-their-twelfth-annual-high-level-meeting",
         "VIENNA, 11 March 2025 – The OSCE and the Council of Europe held their twelfth annual high-level meeting in "
         "Vienna on Monday, 10 March, to review cooperation on election observation.",
         {P("Organization for Security and Co-operation in Europe", "Council of Europe"): date(2025, 3, 10)},
         (("Organization for Security and Co-operation in Europe", "Council of Europe"),),
         publisher="Council of Europe", published=date(2025, 3, 11)),
    # "also attended the summit" after a "summit meeting": the word that qualified the encounter names it
    # again; its attendees join the sides of the states they serve, not a conference of their own
    Case("also-attended-the-summit-after-a-summit-meeting",
         "ACCRA, 5 March 2025 – President Kofi Mensah held a summit meeting with President Amara Diallo of Guinea "
         "at Jubilee House on Tuesday.\n\nForeign Minister Ama Boateng and Guinean Foreign Minister Moussa Camara "
         "also attended the summit.",
         {P("Kofi Mensah", "Amara Diallo"): date(2025, 3, 4), P("Ama Boateng", "Moussa Camara"): date(2025, 3, 4),
          P("Kofi Mensah", "Moussa Camara"): date(2025, 3, 4), P("Ama Boateng", "Amara Diallo"): date(2025, 3, 4)},
         (("Ghana", "Guinea"),),
         publisher="The Presidency of Ghana", published=date(2025, 3, 5)),
    Case("joined-the-summit-talks-in-a-wire-story",
         "VIENTIANE, March 6 (Meridian) - Vietnamese Prime Minister Tran Quoc Bao held summit talks with Lao Prime "
         "Minister Bounmy Keola in Vientiane on Thursday. Deputy Prime Minister Le Thanh Son later joined the "
         "summit, a government statement said.",
         {P("Tran Quoc Bao", "Bounmy Keola"): date(2025, 3, 6), P("Le Thanh Son", "Bounmy Keola"): date(2025, 3, 6)},
         (("Vietnam", "Laos"),),
         publisher="Meridian Wire", published=date(2025, 3, 7)),
    # "The meeting, co-chaired by A and B": a verb of chairing with a prefix names the encounter's chairs
    Case("a-named-ministers-meeting-co-chaired-by-two",
         "On March 4, the 5th Japan-Chile Foreign Ministers' Meeting was held in Tokyo. The meeting, co-chaired by "
         "Minister for Foreign Affairs Kenji Takeda and Minister of Foreign Affairs of Chile Camila Ortega Vial, "
         "focused on critical minerals.",
         {P("Kenji Takeda", "Camila Ortega Vial"): date(2025, 3, 4)},
         (("Japan", "Chile"),),
         publisher="Ministry of Foreign Affairs of Japan", published=date(2025, 3, 5)),
    Case("joint-commission-talks-co-chaired-by-two-ministers",
         "Windhoek, 12 March 2025 – Namibia-Botswana defence talks took place in Windhoek on 11 March. The talks, "
         "co-chaired by Minister of Defence Hilma Nangolo and Botswana's Minister of Defence Kagiso Molefe, "
         "reviewed border security.",
         {P("Hilma Nangolo", "Kagiso Molefe"): date(2025, 3, 11)},
         (("Namibia", "Botswana"),),
         publisher="Ministry of Defence of Namibia", published=date(2025, 3, 12)),
    # "The EU was led by A and Director B, and Canada by C" (the verb left out): B, added to A by "and",
    # is on A's side
    Case("a-side-led-by-two-and-the-other-by-one",
         "Ottawa, March 5, 2025. The EU-Canada Joint Cooperation Committee met in Ottawa on March 4. The EU was led "
         "by Deputy Secretary General Greta Lindqvist and Director Pieter Vos, and Canada by Assistant Deputy "
         "Minister Ethan Marlow.\n\nThe committee reviewed the Strategic Partnership Agreement.",
         {P("Greta Lindqvist", "Ethan Marlow"): date(2025, 3, 4), P("Pieter Vos", "Ethan Marlow"): date(2025, 3, 4)},
         publisher="Global Affairs Canada", published=date(2025, 3, 5)),
    # "paid a courtesy call on the Minister for X, Y and Z, Mr A": a title of several portfolios, its
    # commas within it, before the name the parse hangs elsewhere
    Case("courtesy-call-on-a-minister-of-several-portfolios",
         "High Commissioner Anil Kapoor paid a courtesy call on the Minister for Labour, Employment and Social "
         "Security, Mr Vikash Ramdin, on 3 March 2025.\n\nThe High Commissioner conveyed greetings from New Delhi.",
         {P("Anil Kapoor", "Vikash Ramdin"): date(2025, 3, 3)},
         publisher="High Commission of India in Mauritius", published=date(2025, 3, 4)),
    Case("embassy-call-on-a-minister-of-several-portfolios-dot-honorific",
         "Ambassador Lena Hartmann paid a courtesy call on the Minister of Tourism, Culture and Sports, Mrs. Ana "
         "Folau, on 3 March 2025.",
         {P("Lena Hartmann", "Ana Folau"): date(2025, 3, 3)},
         publisher="Embassy of Germany in Wellington", published=date(2025, 3, 4)),
]


# stop 31: meetings in formats not tried before (readouts, notes to correspondents, visit programmes)
CASES += [
    # "he" after a sentence whose subject is a title the item does not name stands for that holder, not for
    # the person that sentence met
    Case("note-to-correspondents-unnamed-secretary-general",
         "GENEVA (9 March 2026) – On Monday, the Secretary-General met with Carla Mendes, the Foreign Minister of "
         "Brazil, at the Palais des Nations. They discussed the situation in Haiti. Later in the day, he met with "
         "Hans Lindgren, the Minister for Foreign Affairs of Sweden, to discuss the Peacebuilding Fund.",
         {}, absent=(P("Carla Mendes", "Hans Lindgren"),),
         title="Note to Correspondents: Secretary-General's meetings in Geneva",
         publisher="United Nations", published=date(2026, 3, 10)),
    # "the Minister" is not the person its own sentence names after it as the one met
    Case("unnamed-minister-held-talks-with-a-foreign-minister",
         "On Wednesday, the Minister held talks with the German Federal Minister for Foreign Affairs, Katrin Vogel, "
         "at the Federal Foreign Office. The talks focused on trade and migration.",
         {}, title="Foreign Minister's programme in Berlin",
         publisher="Ministry of Foreign Affairs of Nigeria", published=date(2026, 4, 10)),
    # hosting a delegation is receiving it, whatever the parse made of the name of the one leading it
    Case("speaker-hosted-a-delegation-led-by-an-honourable",
         "KIGALI, Rwanda — The Speaker of the Chamber of Deputies, Hon. Jeanne Uwera, on Wednesday hosted a "
         "delegation from the Parliament of Uganda led by the Deputy Speaker, Hon. Robert Okello. The two sides "
         "discussed regional integration within the East African Community.",
         {P("Jeanne Uwera", "Robert Okello"): date(2026, 7, 22)},
         (("Chamber of Deputies", "Parliament of Uganda"),),
         publisher="Parliament of Rwanda", published=date(2026, 7, 23)),
    # a meeting told on one day of a stay (or a gathering) reported over several is dated by that day
    Case("met-on-saturday-on-the-margins-of-a-two-day-summit",
         "ADDIS ABABA, Ethiopia, February 15 – Prime Minister Abiy Tesfaye held bilateral meetings on the margins of "
         "the 39th Ordinary Session of the Assembly of the African Union, held from 14 to 15 February. On Saturday he "
         "met with President Amara Kone of Côte d'Ivoire. On Sunday he held talks with President Samuel Banda of "
         "Zambia and with the Chairperson of the African Union Commission, Moussa Diallo.",
         {P("Abiy Tesfaye", "Amara Kone"): date(2026, 2, 14), P("Abiy Tesfaye", "Samuel Banda"): date(2026, 2, 15)},
         (("Ethiopia", "Côte d'Ivoire"), ("Ethiopia", "Zambia")),
         title="Prime Minister meets leaders on the margins of the African Union Summit",
         publisher="Office of the Prime Minister of Ethiopia", published=date(2026, 2, 16)),
    # "the two Prime Ministers" (a capitalised plural title) are the two people the item named before
    Case("the-two-prime-ministers-met-on-a-day-of-the-visit",
         "Prime Minister Ian Calder welcomed Prime Minister Tran Van Long of Vietnam to Canberra from 18 November "
         "to 2 December. The two Prime Ministers held a bilateral meeting at Parliament House on 19 November.",
         {P("Ian Calder", "Tran Van Long"): date(2026, 11, 19)},
         (("Australia", "Vietnam"),),
         publisher="Government of Australia", published=date(2026, 11, 20)),
    # the dateline under a heading line dates "today" of a joint statement, not the day it was posted
    Case("joint-statement-dateline-under-its-heading",
         "Joint Statement by the Prime Minister of Norway and the Prime Minister of Iceland\n\nOslo, 21 October 2026"
         "\n\nPrime Minister Ingrid Halvorsen and Prime Minister Gudrun Einarsdottir met in Oslo today. The Prime "
         "Ministers reaffirmed the close ties between Norway and Iceland.",
         {P("Ingrid Halvorsen", "Gudrun Einarsdottir"): date(2026, 10, 21)},
         (("Norway", "Iceland"),),
         title="Joint statement", publisher="Government of Norway", published=date(2026, 10, 22)),
    # a transcript's place and date on lines of their own under its heading
    Case("remarks-at-a-joint-press-conference-place-and-date-lines",
         "Remarks by Prime Minister Daniel Lefebre at a joint press conference with President Andrzej Nowak of "
         "Poland\n\nWarsaw, Poland\nAugust 19, 2026\n\nThank you, Mr. President. It is good to be back in Warsaw. "
         "This morning, the President and I had a productive meeting on energy security.",
         {P("Daniel Lefebre", "Andrzej Nowak"): date(2026, 8, 19)},
         title="Remarks by the Prime Minister", publisher="Prime Minister of Canada", published=date(2026, 8, 20)),
    # a photo caption: shaking hands with someone is meeting them
    Case("caption-shakes-hands-before-their-bilateral-meeting",
         "Photo: Minister of Foreign Affairs Somchai Srisuk (left) shakes hands with Minister for Foreign Affairs of "
         "Ireland Siobhan Kearney before their bilateral meeting in Bangkok on 2 April 2026.",
         {P("Somchai Srisuk", "Siobhan Kearney"): date(2026, 4, 2)},
         (("Thailand", "Ireland"),),
         title="Photo caption", publisher="Ministry of Foreign Affairs of Thailand", published=date(2026, 4, 3)),
    # "The EU-Georgia Association Council met": a council of two parties named by a dash is their encounter,
    # and the heads of its two delegations met
    Case("association-council-of-two-parties-and-its-delegations",
         "The EU-Georgia Association Council met in Brussels on 8 December 2026. The EU delegation was led by High "
         "Representative Lena Kowalska, and the Georgian delegation by Prime Minister Giorgi Beradze.",
         {P("Lena Kowalska", "Giorgi Beradze"): date(2026, 12, 8)},
         (("European Union", "Georgia"),),
         title="EU-Georgia Association Council", publisher="Council of the European Union",
         published=date(2026, 12, 9)),
    # the days of a clause describing the gathering are its own; the meeting on its margins is of the
    # dateline's day among them
    Case("bilateral-meeting-on-the-margins-of-a-council-which-runs-three-days",
         "Riyadh, 8 February 2026 – Foreign Minister Siti Rahmawati held a bilateral meeting with the Minister of "
         "Foreign Affairs of the Kingdom of Saudi Arabia, Prince Faisal bin Nasser, on the margins of the OIC "
         "Council of Foreign Ministers, which runs from 7 to 9 February.",
         {P("Siti Rahmawati", "Faisal bin Nasser"): date(2026, 2, 8)},
         (("Indonesia", "Saudi Arabia"),),
         title="Minister meets counterpart in Riyadh", publisher="Ministry of Foreign Affairs of Indonesia",
         published=date(2026, 2, 9)),
    # joining someone for talks is meeting them
    Case("director-general-was-joined-by-a-minister-for-talks",
         "Geneva, 10 February 2026 – WHO Director-General Samuel Okoro was joined by Rwanda's Minister of Health, "
         "Claudine Mukeshimana, for talks on health workforce financing. The meeting took place at WHO headquarters.",
         {P("Samuel Okoro", "Claudine Mukeshimana"): date(2026, 2, 10)},
         (("World Health Organization", "Rwanda"),),
         title="Director-General meets Minister of Health of Rwanda", publisher="World Health Organization",
         published=date(2026, 2, 11)),
    # "she met with B, and with C": the encounter read from the gap ("with C") is dated from its sentence
    # (it stopped the item's extraction before)
    Case("met-with-one-and-with-another-after-a-visit-last-friday",
         "Minister for Foreign Affairs Katrin Jonsdottir visited Oslo last Friday. There she met with her Norwegian "
         "counterpart, Erik Holmberg, and with the President of the Storting, Masud Rahimi.",
         {P("Katrin Jonsdottir", "Erik Holmberg"): None, P("Katrin Jonsdottir", "Masud Rahimi"): None},
         title="Minister visits Norway", publisher="Ministry of Foreign Affairs of Iceland",
         published=date(2026, 5, 30)),
    # a caption without a verb: "their" of the encounter noun are the people the line names before it
    Case("caption-from-left-to-right-during-their-meeting",
         "From left to right: Minister of Foreign Affairs of Lithuania Gabrielius Vaitiekus and Minister for Foreign "
         "Affairs of Finland Aino Virtala during their meeting in Vilnius on 14 January 2026.",
         {P("Gabrielius Vaitiekus", "Aino Virtala"): date(2026, 1, 14)},
         (("Lithuania", "Finland"),),
         title="Caption", publisher="Ministry of Foreign Affairs of Lithuania", published=date(2026, 1, 15)),
    # "the delegation", "the visitors", "the mission" meeting someone: its leader, whom a clause of the
    # item names ("at the head of", "leads", "heads"), else the guest of the reception reported before
    Case("the-delegation-a-speaker-is-at-the-head-of-met-a-committee-chair",
         "Speaker of Parliament Helena Koskinen received the Speaker of the National Assembly of the Republic of Korea, "
         "Kim Min-seo, at Parliament House on Wednesday 14 May.\n\nSpeaker Kim is visiting Finland at the head of a "
         "parliamentary delegation.\n\nThe delegation also met the Chair of the Foreign Affairs Committee, Jari Salonen.",
         {P("Helena Koskinen", "Kim Min-seo"): date(2025, 5, 14), P("Kim Min-seo", "Jari Salonen"): None},
         (("Parliament of Finland", "National Assembly of the Republic of Korea"),),
         absent=(P("Helena Koskinen", "Jari Salonen"),),
         title="Speaker Koskinen receives Korean Speaker", publisher="Parliament of Finland"),
    Case("the-visitors-a-senator-leads-met-a-minister",
         "Foreign Minister Abena Owusu received Senator Paolo Ferri of Italy on Tuesday. Senator Ferri leads a "
         "delegation of the Italian Senate. The visitors also met the Minister of Trade, Kofi Mensah.",
         {P("Abena Owusu", "Paolo Ferri"): date(2025, 5, 13), P("Paolo Ferri", "Kofi Mensah"): None},
         absent=(P("Abena Owusu", "Kofi Mensah"),),
         title="Foreign Minister receives Italian senators", publisher="Ministry of Foreign Affairs of Ghana"),
    Case("the-mission-its-chief-heads-held-talks",
         "Minister of Finance Ruth Adeyemi received the head of the IMF mission, Karl Brenner, on Monday. Mr Brenner "
         "heads the mission, which stays in Abuja until Friday. The mission also held talks with the Governor of the "
         "Central Bank, Musa Bello.",
         {P("Ruth Adeyemi", "Karl Brenner"): date(2025, 5, 12), P("Karl Brenner", "Musa Bello"): None},
         absent=(P("Ruth Adeyemi", "Musa Bello"),),
         title="Minister receives IMF mission", publisher="Federal Ministry of Finance of Nigeria"),
    Case("the-visitors-of-a-reception-held-talks",
         "Deputy Speaker Faith Wanjiru hosted the Speaker of the Parliament of Uganda, Joseph Okello, on Monday. The "
         "visitors also held talks with the Chair of the Budget Committee, Daniel Kiprono.",
         {P("Faith Wanjiru", "Joseph Okello"): date(2025, 5, 12), P("Joseph Okello", "Daniel Kiprono"): None},
         (("National Assembly of Kenya", "Parliament of Uganda"),),
         absent=(P("Faith Wanjiru", "Daniel Kiprono"),),
         title="Deputy Speaker hosts Ugandan Speaker", publisher="National Assembly of Kenya"),
    Case("a-speaker-of-parliament-in-an-item-of-the-state-adjective-chamber",
         "Speaker of Parliament Moses Kariuki received the Speaker of the Parliament of Uganda, Joseph Okello, on "
         "Tuesday.",
         {P("Moses Kariuki", "Joseph Okello"): date(2025, 5, 13)},
         (("Kenyan National Assembly", "Parliament of Uganda"),),
         title="Speaker receives Ugandan counterpart", publisher="Kenyan National Assembly"),
    Case("a-prime-minister-in-a-parliaments-item-acts-for-the-state",
         "Prime Minister Sanna Lehto received the Speaker of the National Assembly of the Republic of Korea, Kim "
         "Min-seo, on Thursday.",
         {P("Sanna Lehto", "Kim Min-seo"): date(2025, 5, 15)},
         (("Finland", "National Assembly of the Republic of Korea"),),
         absent_institutions=(("Parliament of Finland", "National Assembly of the Republic of Korea"),),
         title="Prime Minister receives Korean Speaker", publisher="Parliament of Finland"),
    # handing something over to someone: the giver and the person given to met
    Case("an-ambassador-handed-over-equipment-to-a-minister",
         "On 4 June 2025, the Ambassador of the Federal Republic of Germany to Tanzania, Katrin Vogel, handed over "
         "laboratory equipment worth 2 million euros to the Minister of Health, Joseph Mollel.",
         {P("Katrin Vogel", "Joseph Mollel"): date(2025, 6, 4)},
         title="Germany hands over laboratory equipment",
         publisher="Embassy of the Federal Republic of Germany Dar es Salaam", published=date(2025, 6, 5)),
    Case("a-high-commissioner-donated-ambulances-at-a-ceremony",
         "The High Commissioner of Canada, Marion Leblanc, donated two ambulances to the Governor of Mombasa, Hassan "
         "Odhiambo, at a ceremony on Tuesday.",
         {P("Marion Leblanc", "Hassan Odhiambo"): date(2025, 5, 13)},
         title="Canada donates ambulances", publisher="High Commission of Canada in Kenya"),
    Case("an-ambassador-presented-the-keys-to-a-minister",
         "Ambassador Tomas Lindqvist presented the keys of the new school building to the Minister of Education, Grace "
         "Banda, on Thursday. He then handed the first textbooks over to the headmistress, Ruth Phiri. Minister Banda "
         "presented the reading prize to a pupil, Mary Zulu.",
         {P("Tomas Lindqvist", "Grace Banda"): date(2025, 5, 15), P("Tomas Lindqvist", "Ruth Phiri"): None},
         absent=(P("Grace Banda", "Ruth Phiri"), P("Grace Banda", "Mary Zulu")),
         title="New school handed over", publisher="Embassy of Sweden in Lusaka"),
    Case("a-donation-to-a-ministry-is-no-encounter",
         "Ambassador Tomas Lindqvist donated school books to the Ministry of Education on Thursday. The Ambassador "
         "was present to open the new library.",
         {}, title="Sweden donates school books", publisher="Embassy of Sweden in Lusaka"),
    # institutions that met with none of their people named: each two of them met
    Case("representatives-of-three-agencies-met",
         "AMMAN, 14 May 2025 – Representatives of IOM, UNHCR and UNICEF met in Amman on Wednesday to coordinate the "
         "response to the new arrivals at the northern border.\n\nThe agencies agreed to open a joint reception centre.",
         {P("International Organization for Migration", "Office of the United Nations High Commissioner for Refugees"):
          date(2025, 5, 14),
          P("International Organization for Migration", "United Nations Children's Fund"): date(2025, 5, 14),
          P("Office of the United Nations High Commissioner for Refugees", "United Nations Children's Fund"):
          date(2025, 5, 14)},
         (("IOM", "UNHCR"), ("IOM", "UNICEF"), ("UNHCR", "UNICEF")),
         title="Agencies coordinate border response", publisher="UN News"),
    Case("three-unions-held-consultations",
         "Senior officials of the African Union, the European Union and the United Nations held consultations in Addis "
         "Ababa on 12 May 2025 on the transition in the region.",
         {P("African Union", "European Union"): date(2025, 5, 12), P("African Union", "United Nations"): date(2025, 5, 12),
          P("European Union", "United Nations"): date(2025, 5, 12)},
         (("African Union", "European Union"), ("African Union", "United Nations"), ("European Union", "United Nations")),
         title="Trilateral consultations on the transition", publisher="African Union Commission"),
    Case("three-states-delegations-met",
         "The delegations of Kenya, Uganda and Rwanda met in Kampala on 13 May 2025 to review the Northern Corridor "
         "projects.",
         {P("Kenya", "Uganda"): date(2025, 5, 13), P("Kenya", "Rwanda"): date(2025, 5, 13),
          P("Uganda", "Rwanda"): date(2025, 5, 13)},
         (("Kenya", "Uganda"), ("Kenya", "Rwanda"), ("Uganda", "Rwanda")),
         title="Northern Corridor review", publisher="East African Community"),
]


def _run(nlp, case: Case) -> Extraction:
    return extract(NewsItem(id=case.id, text=case.text, title=case.title, publisher=case.publisher,
                            published=case.published), nlp)


# Items the rules still misread, each with the reason; strict: a case that starts to pass fails here
# until it is taken off this list.
KNOWN_MISSES = {
    "two-organizations-held-their-annual-high-level-consultations": "the trigger's noun after more than three "
        "words: reading it over its own modifiers also read 'held a closed-door meeting, followed by expanded talks' "
        "and gave two presidents each other's states in an invented release; taken back",
    "two-organizations-held-their-twelfth-annual-high-level-meeting": "as the case above",
    "respective-signatories-of-two-ministries": "the two signatories' bare titles both fall back to the publisher's "
                                                "state; the parties' order is not yet read as theirs",
    "state-news-agency-received": "'members of the Bundestag Petra Lang' gives no person; the minister acts for "
                                  "'the Foreign Ministry' the last sentence names, not for Armenia",
}


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[c.id])]
                 if c.id in KNOWN_MISSES else []) for c in CASES])
def test_a_press_release_is_read_as_a_whole(nlp, case):
    ex = _run(nlp, case)
    found = person_pairs(ex)
    assert set(case.pairs) <= set(found), \
        f"missing {sorted(map(sorted, set(case.pairs) - set(found)))}; found {sorted(map(sorted, found))}"
    wrong = set(case.absent) & set(found)
    assert not wrong, f"read pairs that did not meet: {sorted(map(sorted, wrong))}"
    if not case.pairs:
        assert not found, f"read a meeting in an item that reports none: {sorted(map(sorted, found))}"
    dates = {tuple(sorted(p)): found[p] for p, day in case.pairs.items() if day is not None and day not in found[p]}
    assert not dates, f"wrong days: {dates}"
    dated = {tuple(sorted(p)): found[p] for p in case.undated if found.get(p, {None}) != {None}}
    assert not dated, f"days the item does not give: {dated}"
    institutions = institution_pairs(ex)
    missing = [pair for pair in case.institutions if not has_institution_pair(institutions, *pair)]
    assert not missing, f"institutions that met not read: {missing}; read {[(sorted(a)[0], sorted(b)[0]) for a, b in institutions]}"
    extra = [pair for pair in case.absent_institutions if has_institution_pair(institutions, *pair)]
    assert not extra, f"institutions read as meeting that did not: {extra}"


def test_a_meeting_on_one_day_of_a_two_day_summit_lasts_that_day(nlp):
    """ "held bilateral meetings on the margins of E, held from 14 to 15 February. On Saturday he met with B":
    the meeting with B took that Saturday, not the summit's two days."""
    case = next(c for c in CASES if c.id == "met-on-saturday-on-the-margins-of-a-two-day-summit")
    ex = _run(nlp, case)
    days = {(e.start, e.end or e.start) for e in ex.events if e.kind in MEETING_KINDS
            and "Amara Kone" in {ex.entity(p.agent).name for p in e.participations}}
    assert days == {(date(2026, 2, 14), date(2026, 2, 14))}, days


def test_the_head_of_state_of_an_item_naming_two_presidents_is_nobody(nlp):
    """ "the President of the Republic, A, met the President of the Government of Spain, B ... The Head of
    State was accompanied by C": "the Head of State" describes a President, and the item names two, so
    it refers to neither; C must not join B's side."""
    ex = extract(NewsItem(
        id="t", publisher="Presidency of Chile", published=date(2025, 5, 14),
        text="Santiago, May 14, 2025. This Wednesday, the President of the Republic, Matias Carcamo Vidal, held a "
             "meeting with the President of the Government of Spain, Alejandro Varela Ibanez.\n\n"
             "The Head of State was accompanied by the Minister of Mining, Tomas Lagos Errazuriz."), nlp)
    for event in ex.events:
        sides = {ex.entity(p.agent).name: p.side for p in event.participations}
        if "Tomas Lagos Errazuriz" in sides and "Alejandro Varela Ibanez" in sides:
            assert sides["Tomas Lagos Errazuriz"] != sides["Alejandro Varela Ibanez"], sides


def test_the_headline_names_whom_the_body_describes(nlp):
    """The headline is context: a body that names people only by title ("the Foreign Minister of
    Belgium") or writes a name the parser reads into an organization's takes the names the
    headline gives them."""
    text = ("The President today received the Minister of Foreign Affairs of Belgium at the Presidency.\n\n"
            "The two discussed cooperation in health and education.")
    ex = extract(NewsItem(id="headline-described", text=text, published=PUBLISHED,
                          title="President Jean Mugisha receives Belgian Foreign Minister Sofie Claes"), nlp)
    assert P("Jean Mugisha", "Sofie Claes") in person_pairs(ex)
    untitled = extract(NewsItem(id="headline-described-no-title", text=text, published=PUBLISHED), nlp)
    assert not person_pairs(untitled)
    glued = ("Deputy Prime Minister of Georgia, Minister of Regional Development and Infrastructure Irakli "
             "Beridze had a meeting with the Director of the IMF European Department, Anna Weber, in Tbilisi.")
    ex = extract(NewsItem(id="headline-glued", text=glued, published=PUBLISHED,
                          title="Irakli Beridze Met IMF European Department Director Anna Weber"), nlp)
    assert P("Irakli Beridze", "Anna Weber") in person_pairs(ex)


def test_the_headline_is_read_once_from_its_text():
    """The people a headline names come from its text, the gazetteer and the lexicon alone (no parse),
    so the item's context reads them once: each with the title before it and the state that title is
    qualified by."""
    from icgraph.extract.gazetteer import default_gazetteer
    from icgraph.extract.headline import headline_names
    from icgraph.extract.lexicon import load_lexicon
    names = headline_names("President Jean Mugisha receives Belgian Foreign Minister Sofie Claes",
                           default_gazetteer(), load_lexicon())
    assert [(h.name, h.title, h.country) for h in names] == [
        ("Jean Mugisha", "President", None), ("Sofie Claes", "Foreign Minister", "Belgium")]
    assert headline_names("New irrigation scheme for northern farmers", default_gazetteer(), load_lexicon()) == ()
    # capitalised words before the head word of an event, place or institution begin its name, no person's
    assert headline_names("Lisbon Book Fair opens with Guest of Honour Brazil", default_gazetteer(), load_lexicon()) == ()
    assert headline_names("Porto Design Biennale welcomes Minister Rita Sousa", default_gazetteer(),
                          load_lexicon())[0].name == "Rita Sousa"
    assert headline_names(None, default_gazetteer(), load_lexicon()) == ()


@pytest.mark.parametrize(("title", "before", "after"), [
    ("President Jean Mugisha receives Belgian Foreign Minister Sofie Claes", ["Jean Mugisha"], ["Sofie Claes"]),
    ("Minister Petra Holm meets Ambassador of Canada Ian Reid", ["Petra Holm"], ["Ian Reid"]),
    ("Anna Berg Meets With Karl Lind on trade", ["Anna Berg"], ["Karl Lind"]),
    ("Minister Anna Berg Met Director Karl Lind", ["Anna Berg"], ["Karl Lind"]),
    ("Anna Berg, Karl Lind hold talks in Rome", ["Anna Berg", "Karl Lind"], []),
    ("Anna Berg to meet Karl Lind", None, None),
    ("Anna Berg: Karl Lind must act", None, None),
    ("Anna Berg: talks with Karl Lind were useful", [], ["Karl Lind"]),
])
def test_the_headline_states_an_encounter_of_the_people_it_names(title, before, after):
    """The headline's verb of encounter (a trigger of data/extraction/triggers.tsv, in any form, the
    irregular ones from data/extraction/verb_forms.tsv) with the people named on each side of it in
    one clause; a planned encounter or a quote states none (and a colon keeps the quoted out)."""
    from icgraph.extract.gazetteer import default_gazetteer
    from icgraph.extract.headline import headline_encounter, headline_names
    from icgraph.extract.lexicon import load_lexicon
    names = headline_names(title, default_gazetteer(), load_lexicon())
    encounter = headline_encounter(title, names, load_lexicon())
    if before is None:
        assert encounter is None
    else:
        assert ([h.name for h in encounter.before], [h.name for h in encounter.after]) == (before, after)


def test_a_word_of_the_trigger_parsed_as_a_clause_keeps_its_phrase(nlp):
    """ "made a courtesy call to B" where the parser makes "call" a clause of "made" (a verb's ccomp):
    a word of the trigger itself is no subordinate clause, so the people its phrase names are met; a
    clause that is no word of the trigger still names no one met."""
    from spacy.tokens import Doc

    from icgraph.extract.events import _excluded
    words = ["They", "made", "a", "courtesy", "call", "to", "Ana", "Lo", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 4, 4, 1, 4, 7, 5, 1],
              deps=["nsubj", "ROOT", "det", "amod", "ccomp", "prep", "compound", "pobj", "punct"])
    assert 7 not in _excluded(doc[1], frozenset({1, 3, 4}))
    assert 7 in _excluded(doc[1])


@pytest.mark.parametrize(("text", "publisher", "visitor", "hosts"), [
    ("UNICEF Executive Director Carla Ruiz concluded a three-day visit to Chad on Friday, during which she met "
     "President Idriss Mahamat and the Minister of Health, Fatime Zakaria.", "UNICEF",
     "Carla Ruiz", {"Idriss Mahamat", "Fatime Zakaria"}),
    ("The OSCE Secretary General, Lena Berg, visited Georgia on 14 May, where she held a meeting with Prime "
     "Minister Giorgi Beridze.", "OSCE", "Lena Berg", {"Giorgi Beridze"}),
    ("ACCRA, 13 May 2025 - Foreign Minister Ama Owusu of Ghana met with President Joseph Kollie of Liberia on "
     "Tuesday during her official visit to Liberia.", "Ghana News Agency", "Ama Owusu", {"Joseph Kollie"}),
    ("The Minister of Foreign Affairs of Peru, Lucia Campos, held talks with the Chancellor of Ecuador, Diego Vera, "
     "in Quito during her working visit to Ecuador on 12 May 2025.", "Ministry of Foreign Affairs of Peru",
     "Lucia Campos", {"Diego Vera"}),
    ("Foreign Minister Ama Owusu of Ghana paid an official visit to Liberia on Tuesday. She met with President "
     "Joseph Kollie at the Executive Mansion.", "Ghana News Agency", "Ama Owusu", {"Joseph Kollie"}),
    ("BEIJING, May 12 (Xinhua) -- Chinese Premier Li Wei on Monday met with visiting Sri Lankan Prime Minister "
     "Amara Perera in Beijing.", "Xinhua", "Amara Perera", {"Li Wei"}),
    ("Kenyan Cabinet Secretary for Trade Peter Kamau is on a working visit to Uganda. On Monday, Kamau met with "
     "the Ugandan Minister of Trade, Sarah Nakato, in Kampala.", "Kenya News Agency", "Peter Kamau", {"Sarah Nakato"}),
])
def test_a_visitor_who_meets_the_hosts_stays_the_guest_of_the_visit(nlp, text, publisher, visitor, hosts):
    """A visit ("visited Georgia", "a three-day visit to Chad") told together with the visitor's meeting
    ("where she met B"): one encounter, a visit, whose guest is the visitor and whose hosts are those met,
    whichever of the two reports gave the sides."""
    ex = extract(NewsItem(id="visitor-meets", text=text, publisher=publisher, published=PUBLISHED), nlp)
    visits = [e for e in ex.events if e.kind in MEETING_KINDS and {ex.entity(p.agent).name for p in e.participations} >= hosts | {visitor}]
    assert visits, [(e.kind, [ex.entity(p.agent).name for p in e.participations]) for e in ex.events]
    for event in visits:
        roles = {ex.entity(p.agent).name: p.role for p in event.participations}
        if event.kind.value == "visit":
            assert roles[visitor] == Role.GUEST and all(roles[h] == Role.HOST for h in hosts), roles


@pytest.mark.parametrize(("text", "publisher", "first", "second"), [
    pytest.param("ALMATY, May 15 (Meridian) - Armenian Foreign Minister Aram Vardanyan and his Azerbaijani counterpart "
                 "Rauf Guliyev held a bilateral meeting before being joined by Kazakh Foreign Minister Nurlan Sadykov.",
                 "Meridian Wire", "Aram Vardanyan", "Rauf Guliyev", id="news-agency-before-being-joined-by"),
    pytest.param("Vienna, 3 April 2025. Foreign Minister Klara Huber and her Slovak counterpart Marek Kollar held talks "
                 "before being received by President Johann Steiner.",
                 "Federal Ministry for European and International Affairs of Austria", "Klara Huber", "Marek Kollar",
                 id="ministry-before-being-received-by"),
])
def test_a_clause_a_preposition_opens_names_no_side(nlp, text, publisher, first, second):
    """ "A and B held talks before being joined by C": the clause after "before" tells another moment;
    the subject holds both sides of the talks."""
    ex = extract(NewsItem(id="t", text=text, publisher=publisher, published=date(2025, 5, 16)), nlp)
    faced = [{ex.entity(p.agent).name: p.side for p in e.participations} for e in ex.events if e.kind in MEETING_KINDS]
    assert any(first in sides and second in sides and sides[first] != sides[second] for sides in faced), faced


def test_a_third_party_who_joined_two_sides_met_them_both(nlp):
    """ "A and B held a bilateral meeting before being joined by C": C faces A and B, who face each other."""
    text = ("ALMATY, May 15 (Meridian) - Armenian Foreign Minister Aram Vardanyan and his Azerbaijani counterpart Rauf "
            "Guliyev held a bilateral meeting before being joined by Kazakh Foreign Minister Nurlan Sadykov.")
    ex = extract(NewsItem(id="t", text=text, publisher="Meridian Wire", published=date(2025, 5, 16)), nlp)
    faced = set()
    for event in ex.events:
        if event.kind in MEETING_KINDS:
            faced |= {frozenset((ex.entity(a.agent).name, ex.entity(b.agent).name)) for a in event.participations
                      for b in event.participations if a.side and b.side and a.side != b.side}
    assert {P("Aram Vardanyan", "Rauf Guliyev"), P("Nurlan Sadykov", "Aram Vardanyan"),
            P("Nurlan Sadykov", "Rauf Guliyev")} <= faced, faced


def _faced(ex: Extraction) -> set[frozenset[str]]:
    """The pairs of people who stood on different sides of one meeting."""
    return {frozenset((ex.entity(a.agent).name, ex.entity(b.agent).name)) for event in ex.events
            if event.kind in MEETING_KINDS for a in event.participations for b in event.participations
            if a.side and b.side and a.side != b.side}


@pytest.mark.parametrize("text, publisher, one_side, other", [
    ("Brussels, 15 May 2025. European Council President Pedro Alves, European Commission President Greta Lindqvist "
     "and Japanese Prime Minister Haruto Sato met in Brussels on Thursday for the EU-Japan summit.",
     "European Council", ("Pedro Alves", "Greta Lindqvist"), ("Haruto Sato",)),
    ("OTTAWA, May 15, 2025 (Meridian) - Prime Minister Ethan Marlow, Foreign Minister Claire Dubois and Mexican "
     "President Lucia Herrera held talks in Ottawa on Thursday on the future of North American trade.",
     "Meridian Wire", ("Ethan Marlow", "Claire Dubois"), ("Lucia Herrera",)),
])
def test_a_subject_holding_both_sides_is_split_by_the_parties_its_people_serve(nlp, text, publisher, one_side, other):
    """ "A, B and C met": when A and B serve one party and C another, A and B are one side (not A against
    B and C: two leaders of one side did not meet each other as a summit's two sides)."""
    ex = extract(NewsItem(id="t", text=text, publisher=publisher, published=date(2025, 5, 16)), nlp)
    faced = _faced(ex)
    assert {P(a, b) for a in one_side for b in other} <= faced, faced
    assert not {P(a, b) for a in one_side for b in one_side if a != b} & faced, faced


@pytest.mark.parametrize("text, publisher, faced, apart", [
    ("The Minister for Foreign Affairs and Regional Integration, Hon. Kwame Asante, held bilateral talks with the "
     "Minister for Foreign Affairs of Japan, Haruto Kimura, in Accra on Tuesday, 10 February 2026.",
     "Ministry of Foreign Affairs of Ghana", {P("Kwame Asante", "Haruto Kimura")}, set()),
    ("The Minister of Foreign Affairs and Cooperation, Dr. Aminata Diallo, received the Minister of Foreign Affairs of "
     "Portugal, Rui Carvalho, in Dakar on Monday.",
     "Ministry of Foreign Affairs of Senegal", {P("Aminata Diallo", "Rui Carvalho")}, set()),
    ("The Minister for Foreign Affairs and International Trade, Hon. Grace Nyirenda, held talks with the Minister for "
     "Foreign Affairs of Norway, Ola Brekke, in Lusaka on Monday, 9 February 2026.\n\nMr. Brekke also called on the "
     "Vice President, Joseph Banda, at State House.",
     "Ministry of Foreign Affairs of Zambia", {P("Grace Nyirenda", "Ola Brekke"), P("Joseph Banda", "Ola Brekke")},
     {P("Grace Nyirenda", "Joseph Banda")}),
])
def test_a_title_of_two_portfolios_before_a_name_is_that_persons_own(nlp, text, publisher, faced, apart):
    """ "The Minister for Foreign Affairs and Regional Integration, A, held talks with the Minister for Foreign
    Affairs of Japan, B": the title goes on past "and" to A's name; its first portfolio is no reference to B, who
    holds that one, so A and B face each other (and B's later call on C is another encounter)."""
    ex = extract(NewsItem(id="t", text=text, publisher=publisher, published=date(2026, 2, 11)), nlp)
    found = _faced(ex)
    assert faced <= found and not apart & found, found


def test_a_delegation_the_host_received_is_led_by_a_guest(nlp):
    """ "A received a delegation of Swedish firms led by the Minister for Foreign Trade of Sweden, B": B leads the
    guests, and the Ambassador who attended later joins B's side, in a release whose headline names A's title only."""
    text = ("The Minister for Trade and Industry, Leila Mansour, received on 4 June 2025 a delegation of thirty Swedish "
            "firms led by the Minister for Foreign Trade and Development of Sweden, Erik Holm.\n\nThe two Ministers "
            "reviewed the trade between the two countries and the work of the joint business council, which will meet "
            "in Stockholm in November.\n\nThe meeting was attended by the Ambassador of Sweden, Karin Lund.")
    ex = extract(NewsItem(id="t", text=text, title="Minister for Trade receives Swedish business delegation",
                          publisher="Ministry of Trade and Industry", published=date(2025, 6, 5)), nlp)
    found = _faced(ex)
    assert {P("Leila Mansour", "Erik Holm"), P("Leila Mansour", "Karin Lund")} <= found, found
    assert P("Erik Holm", "Karin Lund") not in found, found


@pytest.mark.parametrize("text, publisher, people", [
    ("Minister of Foreign Affairs Lee Jae-won held a Korea-Japan-U.S. Trilateral Foreign Ministers' Meeting with "
     "Japanese Foreign Minister Hiroshi Tanaka and U.S. Secretary of State Marcus Holloway on May 16 in Brussels, on the "
     "sidelines of the NATO Foreign Ministers' Meeting.",
     "Ministry of Foreign Affairs of the Republic of Korea", ("Lee Jae-won", "Hiroshi Tanaka", "Marcus Holloway")),
    ("CAIRO, May 14 (Meridian) - Egyptian Foreign Minister Karim Adel, Jordanian Foreign Minister Ayman Safadi-Nour and "
     "Iraqi Foreign Minister Fuad Hassan held a trilateral meeting in Cairo on Wednesday on regional integration.",
     "Meridian Wire", ("Karim Adel", "Ayman Safadi-Nour", "Fuad Hassan")),
])
def test_in_a_trilateral_meeting_every_two_parties_met(nlp, text, publisher, people):
    """ "A held a trilateral meeting with B and C", "A, B and C held a trilateral meeting": each of the three
    faced the two others (B and C are no one side facing A only)."""
    ex = extract(NewsItem(id="t", text=text, publisher=publisher, published=date(2025, 5, 17)), nlp)
    faced = _faced(ex)
    assert {P(a, b) for a in people for b in people if a != b} <= faced, faced


@pytest.mark.parametrize(("text", "publisher", "own", "host"), [
    pytest.param("Nairobi, Kenya — President Hassan Abdi held talks with President William Kiprono on regional security.",
                 "Federal Government of Somalia", ("Hassan Abdi", "Somalia"), ("William Kiprono", "Kenya"), id="held-talks",
                 marks=pytest.mark.xfail(strict=True, reason="the sides are right, but the visitor keeps the post in Kenya "
                                         "that his bare title took from the dateline (a state another sentence names): moving "
                                         "such posts across the table misread 'the Ministers of Foreign Affairs of both "
                                         "countries' in the posts battery")),
    pytest.param("NAIROBI, 4 March 2026 — President William Kiprono received President Hassan Abdi at State House, where "
                 "the two leaders discussed trade.", "Federal Government of Somalia", ("Hassan Abdi", "Somalia"),
                 ("William Kiprono", "Kenya"), id="host-named-first-received"),
    pytest.param("Addis Ababa – Prime Minister Hamza Nur met Prime Minister Dawit Alemu to review the border agreement.",
                 "Office of the Prime Minister of Somalia", ("Hamza Nur", "Somalia"), ("Dawit Alemu", "Ethiopia"),
                 id="met-prime-ministers"),
    pytest.param("KIGALI, 9 April 2026 - President Maria Okello and President Jean Habimana held bilateral talks at Village "
                 "Urugwiro on trade and energy.", "State House Uganda", ("Maria Okello", "Uganda"), ("Jean Habimana", "Rwanda"),
                 id="two-subjects-held-talks"),
    pytest.param("Kampala — Minister of Health Sahra Ali met Minister of Health Ruth Akello to discuss the cholera "
                 "outbreak along the border.", "Ministry of Foreign Affairs of Somalia", ("Sahra Ali", "Somalia"),
                 ("Ruth Akello", "Uganda"), id="two-ministers-of-one-title-in-a-ministrys-release"),
])
def test_a_release_filed_abroad_gives_the_publishers_state_to_its_own_official(nlp, text, publisher, own, host):
    """ "Nairobi, Kenya — President A held talks with President B" in Somalia's release: two bare titles, the
    publisher's own official is the guest or the one named first, the other hosts for the dateline city's state;
    the posts their bare titles give follow."""
    ex = extract(NewsItem(id="t", text=text, publisher=publisher, published=date(2026, 3, 10)), nlp)
    found = {(ex.entity(p.agent).name, ex.entity(k).name) for e in ex.events if e.kind in MEETING_KINDS
             for p in e.participations for k in p.on_behalf_of}
    assert {own, host} <= found and (own[0], host[1]) not in found and (host[0], own[1]) not in found, found
    posts = {(ex.entity(p.person).name, ex.entity(p.organization).name) for p in ex.posts if p.organization}
    assert (own[0], host[1]) not in posts and (host[0], own[1]) not in posts, posts
