"""A posts and names battery: short invented items (invented people; real states and organisations) in
the usual ways institutional releases state a post, and organization names that must be read whole.

A post is scored as the gold files count it: a (person, organization) pair, the organization one of the
acceptable ones, with a role whose words begin (or are begun by) the expected role's. Each case also
asserts that no other post appears: every post found is one of the expected ones."""

from __future__ import annotations

import pytest

from icgraph.errors import InputError
from icgraph.extract import extract
from icgraph.extract.names import DOUBLE_SURNAME_FILE, load_double_surname_states
from icgraph.model import EntityKind, Extraction, NewsItem

# phrasings the rules do not read yet: kept in the battery, expected to fail until they do
NOT_YET = pytest.mark.xfail(strict=True, reason="phrasing not read yet")


def run(nlp, text: str, publisher: str | None = None) -> Extraction:
    return extract(NewsItem(id="t", text=text, publisher=publisher), nlp)


def _words(text: str) -> list[str]:
    return [w for w in text.lower().replace("-", " ").replace("/", " ").split() if w not in {"the", "of"}]


def role_fits(found: str, expected: str | tuple[str, ...]) -> bool:
    """The content words of the shorter role begin those of the longer one (as `icgraph evaluate`)."""
    for role in (expected,) if isinstance(expected, str) else expected:
        a, b = _words(found), _words(role)
        shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
        if longer[:len(shorter)] == shorter:
            return True
    return False


def check(ex: Extraction, expected: dict[str, tuple[str | tuple[str, ...], set[str | None]]]) -> None:
    found = [(ex.entity(p.person).name, p.role, ex.entity(p.organization).name if p.organization else None)
             for p in ex.posts]
    for person, (role, organizations) in expected.items():
        assert any(p == person and o in organizations and role_fits(r, role) for p, r, o in found), \
            f"{person}: {role} of {organizations} expected, found {found}"
    for person, role, organization in found:
        assert person in expected and organization in expected[person][1], \
            f"wrong post ({person}, {role}, {organization}); expected {expected}"


def P(text: str, expected: dict, id: str, publisher: str | None = None, marks=()):  # noqa: A002
    return pytest.param(text, publisher, expected, id=id, marks=marks)


POSTS = [
    # --- a title before the name
    P("China and Pakistan held their strategic dialogue in Islamabad on 3 May 2025. The Chinese side was led by Vice "
      "Foreign Minister Zhang Wei, while the Pakistani side, led by Foreign Secretary Imran Qadir, included senior officials.",
      {"Zhang Wei": ("Vice Foreign Minister", {"China"}), "Imran Qadir": ("Foreign Secretary", {"Pakistan"})},
      "the-X-side-was-led-by-a-bare-title"),
    P("COLOMBO, 3 May 2025 – The visiting Zambian delegation, led by Deputy Minister Chanda Mwale, met the Minister of "
      "Finance, Ravi Perera, on Monday.",
      {"Chanda Mwale": ("Deputy Minister", {"Zambia"}), "Ravi Perera": ("Minister of Finance", {"Sri Lanka"})},
      "a-delegation-meets-a-bare-title-outside-it"),
    P("The Assistant Secretary-General for Political Affairs, Ambassador Omar Saleh, received at the General Secretariat "
      "the Ambassador of Indonesia, Rina Wibowo, on 3 May 2025.",
      {"Omar Saleh": ("Assistant Secretary-General for Political Affairs", {"Organisation of Islamic Cooperation"}),
       "Rina Wibowo": ("Ambassador", {"Indonesia"})}, "hyphenated-title-beside-a-venue-organization", "OIC"),
    P("Foreign Minister Lena Dahl of Norway opened the forum on 3 May 2025.",
      {"Lena Dahl": ("Foreign Minister", {"Norway"})}, "Foreign-Minister-A-of-Y"),
    P("Norwegian Foreign Minister Lena Dahl opened the forum on 3 May 2025.",
      {"Lena Dahl": ("Foreign Minister", {"Norway"})}, "adjective-Foreign-Minister-A"),
    P("Norway's Foreign Minister Lena Dahl opened the forum on 3 May 2025.",
      {"Lena Dahl": ("Foreign Minister", {"Norway"})}, "Ys-Foreign-Minister-A"),
    P("The Norwegian Minister of Fisheries Lena Dahl visited the port on 3 May 2025.",
      {"Lena Dahl": ("Minister of Fisheries", {"Norway"})}, "the-Y-Minister-of-X-A"),
    P("Egyptian Minister of Health Dr. Karim Nabil visited the new hospital.",
      {"Karim Nabil": ("Minister of Health", {"Egypt"})}, "adjective-Minister-of-X-Dr-A"),
    P("Minister Ana Lopes (Portugal) addressed the conference on renewable energy.",
      {"Ana Lopes": ("Minister", {"Portugal"})}, "Minister-A-(Y)"),
    P("Minister of Economy of Portugal Ana Lopes addressed the conference on renewable energy.",
      {"Ana Lopes": ("Minister of Economy", {"Portugal"})}, "Minister-of-X-of-Y-A"),
    P("Deputy Foreign Minister Ali Rahimi of Iran arrived in Baku on Monday.",
      {"Ali Rahimi": ("Deputy Foreign Minister", {"Iran"})}, "Deputy-Foreign-Minister-A-of-Y"),
    P("Japanese Ambassador Kenji Sato visited the library on Monday.",
      {"Kenji Sato": ("Ambassador", {"Japan"})}, "adjective-Ambassador-A"),
    P("EU Ambassador to Egypt Sofia Rossi visited the desalination plant on Monday.",
      {"Sofia Rossi": ("Ambassador", {"European Union"})}, "ORG-Ambassador-to-Z-A"),
    P("WHO Director-General Dr. Amara Diallo opened the session on 3 May 2025.",
      {"Amara Diallo": ("Director-General", {"World Health Organization"})}, "ORG-Director-General-A"),
    P("Director-General of the World Health Organization Dr. Amara Diallo opened the session.",
      {"Amara Diallo": ("Director-General", {"World Health Organization"})}, "Director-General-of-ORG-A"),
    P("IOM Director General Rosa Vitorino visited the transit centre on Monday.",
      {"Rosa Vitorino": ("Director General", {"International Organization for Migration"})},
      "ORG-Director-General-A-unhyphenated"),
    P("ILO Regional Director for Africa Cynthia Samuel opened the workshop in Abidjan.",
      {"Cynthia Samuel": ("Regional Director", {"International Labour Organization"})},
      "ORG-Regional-Director-for-X-A"),
    P("ECOWAS Commission President Omar Toure received the delegation in Abuja.",
      {"Omar Toure": ("President", {"ECOWAS Commission", "Economic Community of West African States"})},
      "ORG-organ-President-A"),
    P("Ghanaian President Kwame Asante and Togolese President Koffi Mensah opened the border post.",
      {"Kwame Asante": ("President", {"Ghana"}), "Koffi Mensah": ("President", {"Togo"})},
      "two-adjective-titles"),
    # --- a title after the name
    P("Mr. Jonas Petraitis, Minister of Economy and Innovation of Lithuania, met the delegation.",
      {"Jonas Petraitis": ("Minister of Economy and Innovation", {"Lithuania"})}, "A-Minister-of-X-and-Z-of-Y"),
    P("Mr. Ivan Petrov, Bulgaria's Minister of Energy, spoke at the opening.",
      {"Ivan Petrov": ("Minister of Energy", {"Bulgaria"})}, "A-Ys-Minister-of-X"),
    P("Ms. Sara Lind, the Swedish Minister for Foreign Trade, spoke at the opening.",
      {"Sara Lind": ("Minister for Foreign Trade", {"Sweden"})}, "A-the-adjective-Minister-for-X"),
    P("Ms. Ana Lopes (Minister of Economy of Portugal) addressed the conference.",
      {"Ana Lopes": ("Minister of Economy", {"Portugal"})}, "A-(Minister-of-X-of-Y)"),
    P("Mr. Kenji Sato, Ambassador of Japan, visited the library.",
      {"Kenji Sato": ("Ambassador", {"Japan"})}, "A-Ambassador-of-Y"),
    P("Mr. Omar Said, Ambassador of Egypt to Kenya, visited the library.",
      {"Omar Said": ("Ambassador", {"Egypt"})}, "A-Ambassador-of-Y-to-Z"),
    P("Ms. Ama Owusu, Ghana's Permanent Representative to the United Nations in Geneva, chaired the meeting.",
      {"Ama Owusu": ("Permanent Representative", {"Ghana"})}, "A-Ys-Permanent-Representative"),
    P("Mr. Hans Weber, who heads the International Labour Organization, spoke at the forum.",
      {"Hans Weber": (("Head", "Director-General"), {"International Labour Organization"})}, "A-who-heads-ORG"),
    P("Ms. Ama Owusu, who currently chairs the African Union Commission, opened the summit.",
      {"Ama Owusu": ("Chair", {"African Union Commission"})}, "A-who-chairs-ORG"),
    P("Mr. Hans Weber heads to Geneva on Monday for talks with the International Labour Organization.",
      {}, "heads-to-a-place-is-no-post"),
    P("Ms. Lea Brun, head of UNESCO's Culture Sector, opened the exhibition.",
      {"Lea Brun": ("Head", {"United Nations Educational, Scientific and Cultural Organization"})},
      "A-head-of-ORGs-unit"),
    P("Ms. Lea Brun, Director of the Education Department of the African Union Commission, opened the exhibition.",
      {"Lea Brun": ("Director", {"African Union Commission", "African Union"})}, "A-Director-of-unit-of-ORG"),
    P("Mr. Paul Kagiso, Executive Secretary of the Southern African Development Community, opened the summit.",
      {"Paul Kagiso": ("Executive Secretary", {"Southern African Development Community"})},
      "A-Executive-Secretary-of-ORG"),
    P("Mr. Jean Dupont, Chairperson of the African Union Commission, opened the summit.",
      {"Jean Dupont": ("Chairperson", {"African Union Commission"})}, "A-Chairperson-of-ORG"),
    P("Ms. Rania Aziz, Regional Director for the Middle East and North Africa of UNICEF, visited the school.",
      {"Rania Aziz": ("Regional Director", {"United Nations Children's Fund"})}, "A-Regional-Director-for-R-of-ORG"),
    P("Mr. Alan Reid, Chief Executive Officer of the Port Authority of Jamaica, toured the terminal.",
      {"Alan Reid": ("Chief Executive Officer", {"Port Authority of Jamaica"})}, "A-CEO-of-unknown-ORG"),
    P("Ms. Sofia Rossi, Head of the Delegation of the European Union to Egypt, visited the plant.",
      {"Sofia Rossi": (("Head of the Delegation", "Head"), {"European Union"})}, "A-Head-of-Delegation-of-ORG"),
    P("Mr. Ali Hassan, First Deputy Prime Minister of Uzbekistan, opened the fair.",
      {"Ali Hassan": ("First Deputy Prime Minister", {"Uzbekistan"})}, "A-First-Deputy-Prime-Minister-of-Y"),
    P("Mr. Lim Wei Jie, Senior Minister of State for Foreign Affairs of Singapore, opened the fair.",
      {"Lim Wei Jie": ("Senior Minister of State", {"Singapore"})}, "A-Senior-Minister-of-State-of-Y"),
    P("Mr. Hassan Abdalla, Governor of the Central Bank of Egypt, spoke at the forum.",
      {"Hassan Abdalla": ("Governor", {"Central Bank of Egypt", "Egypt"})}, "A-Governor-of-central-bank"),
    P("Mr. Joseph Kamau, Speaker of the National Assembly of Kenya, received the delegation.",
      {"Joseph Kamau": ("Speaker", {"National Assembly of Kenya", "Kenya"})}, "A-Speaker-of-parliament"),
    # --- a title, a comma, the name
    P("Ghana's Minister of Finance, Kwesi Mensah, presented the budget on Monday.",
      {"Kwesi Mensah": ("Minister of Finance", {"Ghana"})}, "Ys-Minister-of-X-comma-A"),
    P("The Ambassador of Japan to Egypt, Mr. Kenji Sato, visited the library on Monday.",
      {"Kenji Sato": ("Ambassador", {"Japan"})}, "the-Ambassador-of-Y-to-Z-comma-A"),
    P("Permanent Representative of Ghana to the United Nations, Ms. Ama Owusu, chaired the meeting.",
      {"Ama Owusu": ("Permanent Representative", {"Ghana"})}, "Permanent-Representative-of-Y-to-UN-comma-A"),
    P("Ambassador of Peru to Chile, H.E. Carlos Medina, presented his credentials on Monday.",
      {"Carlos Medina": ("Ambassador", {"Peru"})}, "Ambassador-of-Y-to-Z-comma-HE-A"),
    P("FAO's Director-General, Qiang Wen, visited the farm on Monday.",
      {"Qiang Wen": ("Director-General", {"Food and Agriculture Organization of the United Nations"})},
      "ORGs-Director-General-comma-A"),
    P("The Secretary-General of the Organisation of Islamic Cooperation, Mr. Hussein Taha, opened the session.",
      {"Hussein Taha": ("Secretary-General", {"Organisation of Islamic Cooperation"})},
      "the-Secretary-General-of-ORG-comma-A"),
    P("Vice President of the World Bank for Africa, Ms. Nadia Karim, visited Accra on Monday.",
      {"Nadia Karim": ("Vice President", {"World Bank"})}, "Vice-President-of-ORG-for-R-comma-A"),
    P("Acting Secretary-General of the Commonwealth, Mr. John Mwale, opened the meeting.",
      {"John Mwale": (("Acting Secretary-General", "Secretary-General"), {"Commonwealth of Nations"})},
      "Acting-Secretary-General-of-ORG-comma-A"),
    P("Chief of Cabinet of the United Nations Secretary-General, Ms. Eva Novak, briefed the press.",
      {"Eva Novak": ("Chief of Cabinet", {"United Nations"})}, "Chief-of-Cabinet-of-ORG-comma-A"),
    P("Consul General of India in Dubai, Mr. Raj Kumar, opened the exhibition.",
      {"Raj Kumar": ("Consul General", {"India"})}, "Consul-General-of-Y-in-city-comma-A"),
    # --- compound roles
    P("Mr. Tomas Vik, Minister/State Secretary for European Affairs of Czechia, opened the conference.",
      {"Tomas Vik": (("Minister/State Secretary", "Minister", "State Secretary"), {"Czechia"})},
      "A-Minister-slash-State-Secretary"),
    P("Mr. David Cole, Assistant to the President and National Security Advisor of the United States, met the press.",
      {"David Cole": (("Assistant to the President", "National Security Advisor"), {"United States"})},
      "A-Assistant-to-the-President-and-NSA"),
    P("Prime Minister and Minister of Foreign Affairs of Qatar, Mr. Khalid Nasser, opened the forum.",
      {"Khalid Nasser": (("Prime Minister", "Minister of Foreign Affairs"), {"Qatar"})},
      "Prime-Minister-and-Minister-of-X-of-Y-comma-A"),
    P("Mr. Amir Hamzah, Deputy Prime Minister and Minister of Finance of Malaysia, opened the forum.",
      {"Amir Hamzah": (("Deputy Prime Minister", "Minister of Finance"), {"Malaysia"})},
      "A-Deputy-Prime-Minister-and-Minister-of-X-of-Y"),
    # --- honorifics of institutional English
    P("H.E. Dr. Amina Yusuf, Minister of Education of Nigeria, opened the school.",
      {"Amina Yusuf": ("Minister of Education", {"Nigeria"})}, "HE-Dr-A-Minister"),
    P("Hon. Grace Wanjiru, Cabinet Secretary for Trade of Kenya, opened the fair.",
      {"Grace Wanjiru": ("Cabinet Secretary", {"Kenya"})}, "Hon-A-Cabinet-Secretary"),
    P("Dr. Juan Perez, Vice Minister of Foreign Affairs of Peru, opened the fair.",
      {"Juan Perez": ("Vice Minister of Foreign Affairs", {"Peru"})}, "Dr-A-Vice-Minister"),
    P("His Excellency Mr. Omar Said, Ambassador of Egypt to Kenya, opened the fair.",
      {"Omar Said": ("Ambassador", {"Egypt"})}, "His-Excellency-Mr-A-Ambassador"),
    P("Datuk Seri Amir Hamzah, Minister of Investment of Malaysia, opened the fair.",
      {"Amir Hamzah": ("Minister of Investment", {"Malaysia"})}, "Datuk-Seri-A-Minister"),
    P("Sheikh Ahmed bin Ali, Minister of State for Foreign Affairs of Bahrain, opened the fair.",
      {"Ahmed bin Ali": ("Minister of State", {"Bahrain"})}, "Sheikh-A-Minister-of-State"),
    # --- lists and companions
    P("Portugal was represented by Ministers Paulo Reis (Trade) and Marta Silva (Finance).",
      {"Paulo Reis": ("Minister", {"Portugal"}), "Marta Silva": ("Minister", {"Portugal"})},
      "Ministers-A-(X)-and-B-(Z)"),
    P("The Secretary-General was accompanied by Mr. Kofi Adu, the Deputy Director-General of the World Trade "
      "Organization, and Ms. Ama Owusu, Ambassador of Ghana to Switzerland.",
      {"Kofi Adu": ("Deputy Director-General", {"World Trade Organization"}),
       "Ama Owusu": ("Ambassador", {"Ghana"})}, "accompanied-by-A-the-X-of-ORG-and-B-Y"),
    P("The Kenyan delegation included:\n- Mr. Peter Otieno, Minister of Trade of Kenya;\n"
      "- Ms. Grace Wanjiru, Ambassador of Kenya to Uganda.",
      {"Peter Otieno": ("Minister of Trade", {"Kenya"}), "Grace Wanjiru": ("Ambassador", {"Kenya"})},
      "the-delegation-list"),
    P("The dinner was attended by Ambassadors Ana Costa of Chile, Luis Vega of Peru and Maria Ruiz of Spain.",
      {"Ana Costa": ("Ambassador", {"Chile"}), "Luis Vega": ("Ambassador", {"Peru"}),
       "Maria Ruiz": ("Ambassador", {"Spain"})}, "Ambassadors-A-of-X-B-of-Y-and-C-of-Z"),
    P("The meeting was attended by the Nordic Foreign Ministers Ana Costa of Denmark and Luis Vega of Norway.",
      {"Ana Costa": ("Foreign Minister", {"Denmark"}), "Luis Vega": ("Foreign Minister", {"Norway"})},
      "Foreign-Ministers-A-of-X-and-B-of-Y"),
    P("The minister paid tribute to the late former Foreign Ministers Mr. Guido Weber and Mr. Hans Gens of Germany.",
      {}, "former-Foreign-Ministers-hold-no-post"),
    P("Mr. Kofi Adu, Ambassador of Ghana to Japan, met Mr. Kenji Sato, Minister of Trade of Japan.",
      {"Kofi Adu": ("Ambassador", {"Ghana"}), "Kenji Sato": ("Minister of Trade", {"Japan"})},
      "envoy-and-host-minister"),
    P("Foreign Minister Lena Dahl of Norway met her Swedish counterpart Sara Lind in Oslo on 3 May 2025.",
      {"Lena Dahl": ("Foreign Minister", {"Norway"}), "Sara Lind": ("Foreign Minister", {"Sweden"})},
      "A-met-her-adjective-counterpart-B"),
    P("GABORONE, 3 May 2025 - The Executive Secretary paid a courtesy call on the Minister of Regional "
      "Integration and Cooperation, Hon. Dr. Mary Banda.",
      {"Mary Banda": ("Minister of Regional Integration and Cooperation", {"Botswana"})},
      "the-Minister-of-X-and-Y-comma-Hon-Dr-A"),
    P("GEORGETOWN - MINISTER of Finance, Marcus Jordan on Wednesday signed a grant agreement with the European Union.",
      {"Marcus Jordan": ("Minister of Finance", {"Guyana"})}, "lead-title-in-capitals-and-a-surname-that-is-a-state"),
    P("GEORGETOWN - Signing on behalf of the EU was Ambassador Lena Dahl, EU Head of Delegation in Guyana.",
      {"Lena Dahl": (("Head of Delegation", "Ambassador"), {"European Union"})},
      "bare-Ambassador-with-an-ORG-post-takes-no-item-state"),
    # --- more phrasings of institutional releases (written before the rules were run on them)
    P("Mr. Daniel Okafor, Head of the Political Section at the Embassy of Japan in Kenya, attended the briefing.",
      {"Daniel Okafor": ("Head", {"Embassy of Japan in Kenya", "Embassy of Japan", "Japan"})},
      "A-Head-of-Section-at-the-Embassy-of-Y"),
    P("Kenya's Cabinet Secretary for Foreign Affairs, Dr. Ruth Njeri, received the delegation.",
      {"Ruth Njeri": ("Cabinet Secretary", {"Kenya"})}, "Ys-Cabinet-Secretary-for-X-comma-Dr-A"),
    P("Ms. Clara Stein, Chair of the Board of Directors of the Asian Infrastructure Investment Bank, opened the "
      "meeting.",
      {"Clara Stein": ("Chair", {"Asian Infrastructure Investment Bank"})}, "A-Chair-of-the-Board-of-ORG"),
    P("Secretary of State for Foreign Affairs of Portugal, Mr. Rui Matos, received the delegation.",
      {"Rui Matos": ("Secretary of State", {"Portugal"})}, "Secretary-of-State-for-X-of-Y-comma-A"),
    P("UN Resident Coordinator in Kenya, Ms. Helga Brandt, opened the workshop.",
      {"Helga Brandt": ("Resident Coordinator", {"United Nations"})}, "UN-Resident-Coordinator-in-Y-comma-A"),
    P("Mr. Tomas Ruiz, UNDP Resident Representative in Ghana, opened the workshop.",
      {"Tomas Ruiz": ("Resident Representative", {"United Nations Development Programme"})},
      "A-ORG-Resident-Representative-in-Y"),
    P("Ms. Ines Fodor, Special Envoy of the UN Secretary-General for the Horn of Africa, arrived in Nairobi.",
      {"Ines Fodor": ("Special Envoy", {"United Nations"})}, "A-Special-Envoy-of-the-UN-Secretary-General"),
    P("The Governor of the Central Bank of Kenya, Dr. Paul Mwangi, presented the report.",
      {"Paul Mwangi": ("Governor", {"Central Bank of Kenya", "Kenya"})}, "the-Governor-of-central-bank-comma-A"),
    P("Mr. Kenta Mori, Director-General for Asian Affairs at the Ministry of Foreign Affairs of Japan, met the press.",
      {"Kenta Mori": ("Director-General", {"Ministry of Foreign Affairs of Japan", "Japan"})},
      "A-Director-General-for-X-at-the-Ministry-of-Y"),
    P("President of the Republic of Ghana, H.E. Kwame Asante, opened the fair.",
      {"Kwame Asante": ("President", {"Ghana"})}, "President-of-the-Republic-of-Y-comma-HE-A"),
    P("The Emir of Kuwait, Sheikh Fahad Al-Sabah, received the delegation.",
      {"Fahad Al-Sabah": ("Emir", {"Kuwait"})}, "the-Emir-of-Y-comma-Sheikh-A"),
    P("Executive Director of UNICEF Ms. Laura Brandt visited the school.",
      {"Laura Brandt": ("Executive Director", {"United Nations Children's Fund"})}, "Executive-Director-of-ORG-A"),
    P("Dr. Samuel Owino, WHO Representative to Kenya, presented the report.",
      {"Samuel Owino": ("Representative", {"World Health Organization"})}, "A-ORG-Representative-to-Y"),
    P("Ambassador Kenji Sato, Permanent Representative of Japan to the United Nations, chaired the meeting.",
      {"Kenji Sato": (("Permanent Representative", "Ambassador"), {"Japan"})},
      "Ambassador-A-Permanent-Representative-of-Y"),
    P("The visiting Chinese Vice Premier Wang Lei toured the port.",
      {"Wang Lei": ("Vice Premier", {"China"})}, "the-visiting-adjective-Vice-Premier-A"),
    P("U.S. Secretary of State Mark Ellis arrived in Cairo on Monday.",
      {"Mark Ellis": ("Secretary of State", {"United States"})}, "US-Secretary-of-State-A"),
    P("EU High Representative Maria Lund met the press in Brussels.",
      {"Maria Lund": ("High Representative", {"European Union"})}, "EU-High-Representative-A"),
    P("Vice-Chancellor of the University of Ghana, Prof. Kofi Boateng, welcomed the guests.",
      {"Kofi Boateng": ("Vice-Chancellor", {"University of Ghana"})}, "Vice-Chancellor-of-University-comma-Prof-A"),
    P("Mr. Li Wen, President and CEO of the Asian Infrastructure Investment Bank, opened the meeting.",
      {"Li Wen": (("President", "CEO"), {"Asian Infrastructure Investment Bank"})}, "A-President-and-CEO-of-ORG"),
    P("Crown Prince Hamad bin Salman of Bahrain received the delegation.",
      {"Hamad bin Salman": ("Crown Prince", {"Bahrain"})}, "Crown-Prince-A-of-Y"),
    P("Mr. Tshering Dorji, Secretary of the Ministry of Foreign Affairs of Bhutan, received the delegation.",
      {"Tshering Dorji": ("Secretary", {"Ministry of Foreign Affairs of Bhutan", "Bhutan"})},
      "A-Secretary-of-the-Ministry-of-X-of-Y"),
    P("The Minister of Foreign Affairs of Uzbekistan Jasur Tursunov received the Ambassador.",
      {"Jasur Tursunov": ("Minister of Foreign Affairs", {"Uzbekistan"})}, "the-Minister-of-X-of-Y-A"),
    P("Mr. B.K. Sharma, Joint Secretary in the Ministry of External Affairs of India, attended.",
      {"B.K. Sharma": ("Joint Secretary", {"Ministry of External Affairs of India", "India"})},
      "A-Joint-Secretary-in-the-Ministry-of-X-of-Y"),
    P("H.E. Mr. Ould Cheikh Ahmed, Minister of Economy of Mauritania, opened the forum.",
      {"Ould Cheikh Ahmed": ("Minister of Economy", {"Mauritania"})}, "HE-Mr-particle-name-Minister"),
    P("The Ambassador of the Republic of Korea to Ethiopia, Mr. Kim Jae-won, presented a donation.",
      {"Kim Jae-won": ("Ambassador", {"South Korea"})}, "the-Ambassador-of-the-Republic-of-Y-to-Z-comma-A"),
    P("The Secretary General of the Ministry of Education of Morocco, Mr. Youssef Idrissi, opened the forum.",
      {"Youssef Idrissi": ("Secretary General", {"Ministry of Education of Morocco", "Morocco"})},
      "the-Secretary-General-of-the-Ministry-of-X-of-Y-comma-A"),
    P("OIC Assistant Secretary General for Science and Technology, Ambassador Ali Hassan, opened the forum.",
      {"Ali Hassan": ("Assistant Secretary General", {"Organisation of Islamic Cooperation"})},
      "ORG-Assistant-Secretary-General-for-X-comma-Ambassador-A"),
    P("Ms. Fatou Ndiaye, Senegalese Minister of Culture, opened the festival.",
      {"Fatou Ndiaye": ("Minister of Culture", {"Senegal"})}, "A-adjective-Minister-of-X"),
    P("Minister Counsellor of the Embassy of Egypt, Mr. Ahmed Fathy, attended the ceremony.",
      {"Ahmed Fathy": ("Minister Counsellor", {"Embassy of Egypt", "Egypt"})},
      "Minister-Counsellor-of-the-Embassy-of-Y"),
    P("Witnessed by IsDB President and Group Chairman, H.E. Dr. Omar Haddad, the agreement was signed.",
      {"Omar Haddad": (("President", "Group Chairman"), {"Islamic Development Bank"})},
      "ORG-Role-and-Role-comma-HE-Dr-A"),
    P("Ms. Anna Holm met the Foreign Minister and President Omar Haddad of Ghana on Monday.",
      {"Omar Haddad": ("President", {"Ghana"})}, "the-X-and-President-A-is-two-people"),
    # --- titles in lower case, the house style of many agencies
    P("Kenji Sato, Japan's ambassador to Egypt, visited the library.",
      {"Kenji Sato": ("ambassador", {"Japan"})}, "lower-A-Ys-ambassador-to-Z"),
    P("Kofi Adu, the Ghanaian foreign minister, visited the library.",
      {"Kofi Adu": ("foreign minister", {"Ghana"})}, "lower-A-the-adjective-foreign-minister"),
    P("Kofi Adu, Ghana's minister for trade and industry, visited the library.",
      {"Kofi Adu": ("minister for trade and industry", {"Ghana"})}, "lower-A-Ys-minister-for-X-and-Y"),
    P("The talks were led by Kofi Adu, director-general of the Ghana Ports Authority.",
      {"Kofi Adu": ("director-general", {"Ghana Ports Authority"})}, "lower-A-director-general-of-ORG"),
    P("According to Kofi Adu, spokesperson of the Ministry of Foreign Affairs of Ghana, the visit was useful.",
      {"Kofi Adu": ("spokesperson", {"Ministry of Foreign Affairs of Ghana", "Ghana"})},
      "lower-according-to-A-spokesperson-of-ministry"),
    P("Kofi Adu, who was recently appointed Ghana's ambassador to Japan, presented his credentials.",
      {"Kofi Adu": ("ambassador", {"Ghana"})}, "A-who-was-appointed-Ys-ambassador"),
    P("Ms. Anna Holm (Norway), Mr. Kofi Adu (Ghana) and Mr. Kenji Sato (Japan) were elected Vice-Chairs of the "
      "Committee.", {"Anna Holm": ("Vice-Chair", {"Norway"}), "Kofi Adu": ("Vice-Chair", {"Ghana"}),
                     "Kenji Sato": ("Vice-Chair", {"Japan"})}, "A-(Y)-B-(Z)-were-elected-plural-role"),
    # --- an organization the item implies
    P("NAIROBI, 3 May 2025 - Foreign Minister Peter Otieno received the Ambassador of Japan, Mr. Kenji Sato.",
      {"Peter Otieno": ("Foreign Minister", {"Kenya"}), "Kenji Sato": ("Ambassador", {"Japan"})},
      "dateline-state-of-bare-title"),
    P("ACCRA, 3 May 2025 - Foreign Minister Ama Owusu received Ambassador Kenji Sato, the Permanent Representative "
      "of Japan to the United Nations.",
      {"Ama Owusu": ("Foreign Minister", {"Ghana"}), "Kenji Sato": ("Permanent Representative", {"Japan"})},
      "dateline-state-is-not-the-envoys"),
    P("Director-General Dr. Amara Diallo opened the World Health Assembly in Geneva on 19 May 2025.",
      {"Amara Diallo": ("Director-General", {"World Health Organization"})}, "bare-title-of-the-publisher",
      publisher="World Health Organization"),
    # --- no post, or no wrong one
    P("Ms. Anna Holm met the Foreign Minister of Ghana and the Ambassador of Japan on Monday.",
      {}, "unnamed-holders-give-no-post"),
    P("Mr. Lars Berg wrote to the Minister of Health of Sweden about the new hospital.",
      {}, "a-title-after-to-is-not-the-writers"),
    P("Ms. Eva Novak, a researcher at the University of Vienna, presented the study.",
      {"Eva Novak": (("researcher",), {"University of Vienna"})}, "A-a-researcher-at-ORG"),
]


# Ninth round: posts stated across a document (a title before and the name after, a surname later,
# lists after a colon, bios at the end, appointments, the publisher's own officials), qualifiers
# ("former", "acting", "outgoing", "newly appointed"), foreign officials named by their state's
# adjective, posts in brackets and inside sub-units, and role words of the general title lists
# (expectations written before the cases were run).
UNESCO = "United Nations Educational, Scientific and Cultural Organization"
IAEA = "International Atomic Energy Agency"
WHO = "World Health Organization"
DOCUMENT_POSTS = [
    # --- across sentences
    P("NAIROBI, 3 May 2025 - Ms. Ingrid Solberg, Norway's Minister of International Development, opened the "
      "water project on Monday. Solberg said the project would serve 40,000 people.",
      {"Ingrid Solberg": ("Minister of International Development", {"Norway"})}, "post-once-then-surname"),
    P("The Kenyan Minister of Energy visited the geothermal plant at Olkaria on Monday. Minister Peter Kamau "
      "said the plant would double its output by 2027.",
      {"Peter Kamau": ("Minister of Energy", {"Kenya"})}, "the-adjective-Minister-then-Minister-A"),
    P("The Foreign Minister of Chile arrived in Lima on Monday for a two-day visit. Minister Ana Torres was "
      "received at the airport by the Vice Minister of Foreign Affairs.",
      {"Ana Torres": ("Foreign Minister", {"Chile"})}, "the-Minister-of-Y-then-Minister-A"),
    P("NAIROBI - The Health Minister of Uganda toured the new hospital wing on Monday. Minister Joseph Okello Mukasa "
      "said it would open in June.",
      {"Joseph Okello Mukasa": ("Health Minister", {"Uganda"})}, "the-Portfolio-Minister-of-Y-then-Minister-A"),
    P("The Prime Minister of Kenya opened the fair on Monday. Minister Grace Wanjiru Njoroge said exports had risen.",
      {"Grace Wanjiru Njoroge": ("Minister", {"Kenya"})}, "the-Prime-Minister-of-Y-then-Minister-A-is-another-post"),
    P("The Minister of Agriculture of Zambia opened the seed fair in Lusaka on Monday. Addressing the farmers, "
      "Minister Mutale Banda said the harvest had doubled.",
      {"Mutale Banda": ("Minister of Agriculture", {"Zambia"})}, "the-Minister-of-X-of-Y-then-Minister-A"),
    P("The Executive Director of the World Food Programme visited the camp on Tuesday. Executive Director "
      "Maria Lund met families who had fled the fighting.",
      {"Maria Lund": ("Executive Director", {"World Food Programme"})}, "the-ORG-title-then-title-A"),
    P("Kenya and Uganda signed a trade accord. Finance Minister John Okello said that the FINANCE MINISTER of Uganda "
      "would visit Nairobi.",
      {"John Okello": ("Finance Minister", {"Uganda"})}, "title-A-then-the-TITLE-of-Y-elsewhere-in-capitals"),
    # (a text with a letter that a match ignoring case reads as an ASCII one, "ı" as "i", though it is not its lower case)
    P("Kenya and Uganda signed a trade accord at Kadıköy. Finance Minister John Okello said that the finance minister "
      "of Uganda would visit “Nairobi”.",
      {"John Okello": ("Finance Minister", {"Uganda"})}, "title-A-then-the-title-of-Y-elsewhere-beside-a-dotless-i"),
    # (a longer title that ends with the same words is another post: its state is not A's)
    P("Kenya and Uganda signed a trade accord. Finance Minister John Okello said that the Deputy Finance Minister of "
      "Uganda would visit Nairobi.",
      {}, "title-A-then-the-Deputy-title-of-Y-elsewhere-is-not-As"),
    P("The Secretary-General of the East African Community toured the border post on Friday. Mr. Juma Mwita "
      "said the post would cut waiting times by half.",
      {}, "a-title-then-an-untitled-name-is-no-post"),
    # --- lists after a colon
    P("The delegation of Ghana included: Mr. Kofi Mensah, Minister of Trade; Ms. Ama Boateng, Deputy Minister "
      "of Finance; and Mr. Yaw Darko, Ambassador of Ghana to Belgium.",
      {"Kofi Mensah": ("Minister of Trade", {"Ghana"}), "Ama Boateng": ("Deputy Minister of Finance", {"Ghana"}),
       "Yaw Darko": ("Ambassador", {"Ghana"})}, "colon-list-of-a-states-delegation"),
    P("Participants from the Ministry of Health of Uganda were:\n- Dr. Grace Nakato, Permanent Secretary\n"
      "- Dr. Paul Okello, Director of Public Health\n",
      {"Grace Nakato": ("Permanent Secretary", {"Uganda", "Ministry of Health", "Ministry of Health of Uganda"}),
       "Paul Okello": ("Director of Public Health", {"Uganda", "Ministry of Health", "Ministry of Health of Uganda"})},
      "colon-list-of-a-ministry-with-bare-titles"),
    P("The following officials attended the ceremony: Mr. Lars Berg, State Secretary for Trade of Sweden, and "
      "Ms. Eva Lund, Director-General of the Swedish Trade Council.",
      {"Lars Berg": ("State Secretary for Trade", {"Sweden"}), "Eva Lund": ("Director-General", {"Swedish Trade Council"})},
      "colon-list-with-and"),
    P("Also present were the Minister of Finance of Ghana, Mr. Yaw Darko, and the Governor of the Bank of Ghana, "
      "Dr. Ama Boateng.",
      {"Yaw Darko": ("Minister of Finance", {"Ghana"}), "Ama Boateng": ("Governor", {"Bank of Ghana", "Ghana"})},
      "also-present-were-titles-and-names"),
    # --- bios at the end of a release
    P("ACCRA, 3 May 2025 - The new vaccine plant was opened on Monday.\n\nAbout the speaker\nDr. Esi Owusu is "
      "the Director-General of the Ghana Health Service.",
      {"Esi Owusu": ("Director-General", {"Ghana Health Service"})}, "bio-A-is-the-Director-General-of-ORG"),
    P("GENEVA - The report was launched on Monday.\n\nNotes to editors\nMs. Hanna Virtanen is the Executive "
      "Director of the International Trade Centre, a joint agency of the WTO and the United Nations.",
      {"Hanna Virtanen": ("Executive Director", {"International Trade Centre"})}, "bio-notes-to-editors"),
    P("Mr. Omar Farouk has served as Governor of the Central Bank of Egypt since 2022.",
      {"Omar Farouk": ("Governor", {"Central Bank of Egypt", "Egypt"})}, "has-served-as-since"),
    # --- appointments
    P("Ms. Lena Hoff was appointed Minister of Culture of Denmark in March 2025.",
      {"Lena Hoff": ("Minister of Culture", {"Denmark"})}, "was-appointed-Minister-of-X-of-Y"),
    P("Mr. Rafael Ortiz was elected President of the General Conference of UNESCO on Tuesday.",
      {"Rafael Ortiz": ("President", {"General Conference of UNESCO", UNESCO})}, "was-elected-President-of-ORG"),
    P("LIMA, 14 July 2026 - Indonesia's Director General for American and European Affairs, Sinta Wulandari, met "
      "Vice Minister Javier Quispe of Peru.",
      {"Sinta Wulandari": ("Director General", {"Indonesia"}), "Javier Quispe": ("Vice Minister", {"Peru"})},
      "a-nationality-in-a-portfolio-is-its-subject-not-the-employer"),
    P("CAIRO, 2 March 2026 - Mr. Omar Khaled, Assistant Minister of Foreign Affairs of Egypt for African and "
      "Asian Affairs, received Ms. Nadia Perera, Ambassador of Sri Lanka to Egypt.",
      {"Omar Khaled": ("Assistant Minister of Foreign Affairs", {"Egypt"}),
       "Nadia Perera": ("Ambassador", {"Sri Lanka"})}, "a-regional-portfolio-after-the-state"),
    P("CAIRO, 2 March 2026 - Ambassador Omar Khaled, Assistant Minister of Foreign Affairs of Egypt, received "
      "Ms. Nadia Perera, Ambassador of Sri Lanka to Egypt.",
      {"Omar Khaled": ("Assistant Minister of Foreign Affairs", {"Egypt"}),
       "Nadia Perera": ("Ambassador", {"Sri Lanka"})}, "an-ambassadors-rank-before-a-name-is-not-anothers-title"),
    P("TEHRAN, 8 June 2026 - IAEA Director General Marco Bellini held talks with Foreign Minister Ali Rezaei of Iran. "
      "Mr Bellini was accompanied by Deputy Director General for Safeguards Jean Dubois.",
      {"Marco Bellini": ("Director General", {IAEA}), "Ali Rezaei": ("Foreign Minister", {"Iran"}),
       "Jean Dubois": ("Deputy Director General for Safeguards", {IAEA})},
      "accompanied-by-a-secretariat-title-in-its-organizations-release", publisher="International Atomic Energy Agency"),
    P("GENEVA, 3 March 2026 - The Minister of Health of Chile, Paula Soto, was received by Director-General Amara "
      "Osei at the Organization's headquarters.",
      {"Paula Soto": ("Minister of Health", {"Chile"}), "Amara Osei": ("Director-General", {WHO})},
      "received-by-a-bare-title-in-its-organizations-release", publisher="World Health Organization"),
    P("OTTAWA, 5 May 2026 - Prime Minister Daniel Roy today appointed Ms. Sophie Gagnon as Minister of International "
      "Trade.", {"Daniel Roy": ("Prime Minister", {"Canada"}), "Sophie Gagnon": ("Minister of International Trade",
                                                                               {"Canada"})},
      "the-appointer-keeps-his-own-post"),
    P("ACCRA, 5 May 2026 - President Kwame Boateng has appointed the diplomat as Ghana's Ambassador to Japan.",
      {"Kwame Boateng": ("President", {"Ghana"})}, "the-appointer-of-an-unnamed-appointee-takes-no-post"),
    P("The President of Kenya, Daniel Kiprono, nominated her as Cabinet Secretary for Foreign Affairs.",
      {"Daniel Kiprono": ("President", {"Kenya"})}, "the-nominator-of-a-pronoun-takes-no-post"),
    P("OTTAWA, 5 May 2026 - Ms. Sophie Gagnon becomes Minister of Foreign Affairs of Canada, replacing Mr. Mark "
      "Ellison, who becomes Minister of National Defence of Canada.",
      {"Sophie Gagnon": ("Minister of Foreign Affairs", {"Canada"}),
       "Mark Ellison": ("Minister of National Defence", {"Canada"})}, "A-becomes-Minister-of-X"),
    P("Mr. Binod Thapa was sworn in as Prime Minister of Nepal on Friday.",
      {"Binod Thapa": ("Prime Minister", {"Nepal"})}, "was-sworn-in-as-PM-of-Y"),
    P("Ms. Aoife Byrne has been named Ireland's Ambassador to Japan.",
      {"Aoife Byrne": ("Ambassador", {"Ireland"})}, "has-been-named-Ys-Ambassador"),
    P("Mr. Juma Mwita took office as Secretary-General of the East African Community on 1 April.",
      {"Juma Mwita": ("Secretary-General", {"East African Community"})}, "took-office-as"),
    P("The Board of Governors of the African Development Bank elected Mr. Idris Kone as President of the Bank.",
      {"Idris Kone": ("President", {"African Development Bank"})}, "ORG-elected-A-as-President-of-the-Bank"),
    # --- the publisher's own officials
    P("Cabinet Secretary Ruth Njeri received the Ambassador of Japan, Mr. Kenji Sato, on Monday.",
      {"Ruth Njeri": ("Cabinet Secretary", {"Kenya", "Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Kenya"}),
       "Kenji Sato": ("Ambassador", {"Japan"})},
      "publishers-state-for-a-bare-government-title", "Ministry of Foreign Affairs of Kenya (mfa.go.ke)"),
    P("Executive Director Maria Lund visited the refugee camp in Cox's Bazar on Monday.",
      {"Maria Lund": ("Executive Director", {"World Food Programme"})},
      "publisher-organization-for-a-bare-title", "World Food Programme (wfp.org) news release"),
    P("ABIDJAN - Vice-President for Agriculture Dr. Ama Ofori opened the workshop on Monday.",
      {"Ama Ofori": ("Vice-President", {"African Development Bank"})},
      "publisher-organization-for-a-title-with-portfolio", "African Development Bank (afdb.org)"),
    P("The Director-General, Mr. Hans Weber, met the Workers' Group on Monday.",
      {"Hans Weber": ("Director-General", {"International Labour Organization"})},
      "publisher-organization-for-the-title-comma-A", "ILO (International Labour Organization) newsroom"),
    P("On 14 May 2025, Minister Li Wen met with a delegation of the World Bank in Beijing.",
      {"Li Wen": ("Minister", {"China", "Ministry of Science and Technology"})},
      "date-comma-then-Minister-A-of-the-publishers-state", "Ministry of Science and Technology of China"),
    # --- honorific forms
    P("Her Excellency Ambassador Lucia Romero of Argentina presented the exhibition.",
      {"Lucia Romero": ("Ambassador", {"Argentina"})}, "Her-Excellency-Ambassador-A-of-Y"),
    P("Hon. Dr. Peter Mwale, MP, Minister of Health of Malawi, opened the clinic.",
      {"Peter Mwale": ("Minister of Health", {"Malawi"})}, "Hon-Dr-A-MP-Minister-of-X-of-Y"),
    # --- foreign officials named with their state as an adjective
    P("The Kenyan Foreign Minister, Ms. Achieng Odhiambo, arrived in Kampala on Monday.",
      {"Achieng Odhiambo": ("Foreign Minister", {"Kenya"})}, "the-adjective-Foreign-Minister-comma-A"),
    P("Talks were also held with the Brazilian Ambassador, Mr. Paulo Nunes, on trade.",
      {"Paulo Nunes": ("Ambassador", {"Brazil"})}, "the-adjective-Ambassador-comma-A"),
    # --- posts in brackets
    P("Mr. Tomas Berg (Director, Trade Policy Division, World Trade Organization) presented the report.",
      {"Tomas Berg": ("Director", {"World Trade Organization"})}, "A-(Director-unit-ORG)"),
    P("Ms. Mariam Diallo (UNICEF Representative in Mali) visited the school.",
      {"Mariam Diallo": ("Representative", {"United Nations Children's Fund"})}, "A-(ORG-Representative-in-Z)"),
    # --- posts inside sub-units
    P("Mr. Lukas Braun, Head of the Political Section of the EU Delegation to Kenya, attended the briefing.",
      {"Lukas Braun": ("Head", {"European Union"})}, "Head-of-section-of-ORG-Delegation"),
    P("Ms. Clara Weiss, Chief of the Education Section at the UNICEF Country Office in Nepal, opened the workshop.",
      {"Clara Weiss": ("Chief", {"United Nations Children's Fund"})}, "Chief-of-section-at-ORG-office"),
    P("Mr. Ahmed Saleh, Director of the Department of Asian Affairs at the Ministry of Foreign Affairs of Egypt, "
      "met the delegation.",
      {"Ahmed Saleh": ("Director", {"Egypt", "Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Egypt"})},
      "Director-of-department-at-ministry-of-Y"),
    # --- captions and lists
    P("ACCRA, 3 May 2025 - Ghana and Japan signed a trade accord on Monday.\nPhoto: Minister of Trade Kofi Mensah "
      "(left) with Ambassador Kenji Sato of Japan.",
      {"Kofi Mensah": ("Minister of Trade", {"Ghana"}), "Kenji Sato": ("Ambassador", {"Japan"})}, "caption-titles"),
    # --- qualifiers
    P("The outgoing Secretary-General of the Gulf Cooperation Council, Mr. Nasser Al-Amri, bid farewell to the staff.",
      {"Nasser Al-Amri": ("Secretary-General", {"Gulf Cooperation Council"})}, "the-outgoing-title-comma-A"),
    P("The newly appointed Ambassador of Spain, Ms. Lucia Romero, presented a copy of her credentials.",
      {"Lucia Romero": ("Ambassador", {"Spain"})}, "the-newly-appointed-Ambassador-comma-A"),
    P("Acting President of Malawi Dr. Peter Chirwa opened the session.",
      {"Peter Chirwa": (("Acting President", "President"), {"Malawi"})}, "Acting-President-of-Y-A"),
    P("Former Foreign Minister of Peru Luis Vega gave a lecture at the university.",
      {"Luis Vega": ("Former Foreign Minister", {"Peru"})}, "Former-Foreign-Minister-of-Y-A"),
    P("The interim Director-General of the Ghana Ports Authority, Mr. Yaw Owusu, received the delegation.",
      {"Yaw Owusu": (("interim Director-General", "Director-General"), {"Ghana Ports Authority"})},
      "the-interim-title-comma-A"),
    # --- two roles before the name, joined by "and"
    P("Deputy Prime Minister and Minister of Foreign Affairs of Lithuania Jonas Petraitis met the delegation.",
      {"Jonas Petraitis": (("Deputy Prime Minister", "Minister of Foreign Affairs"), {"Lithuania"})},
      "two-roles-and-before-the-name"),
    P("UN Under-Secretary-General and Executive Director of UNICEF Laura Brandt visited the school.",
      {"Laura Brandt": (("Under-Secretary-General", "Executive Director"), {"United Nations", "United Nations Children's Fund"})},
      "UN-USG-and-Executive-Director-of-ORG-A"),
    # --- role words of the general lists
    P("Mr. Jan de Vries, Deputy President of the Senate of the Netherlands, received the delegation.",
      {"Jan de Vries": ("Deputy President", {"Netherlands", "Senate", "Senate of the Netherlands"})},
      "Deputy-President-of-body-of-Y"),
    P("Ms. Rosa Vitorino, Officer-in-Charge of the UNDP Regional Bureau for Africa, opened the meeting.",
      {"Rosa Vitorino": ("Officer-in-Charge", {"United Nations Development Programme", "UNDP Regional Bureau for Africa"})},
      "Officer-in-Charge-of-ORG-unit"),
    P("Mr. Samuel Ofori, National Co-ordinator of the Ghana School Feeding Programme, briefed the press.",
      {"Samuel Ofori": ("National Co-ordinator", {"Ghana School Feeding Programme"})}, "Co-ordinator-hyphenated"),
    P("Ms. Amina Bello, Regional Representative of UNHCR for West Africa, visited the camp.",
      {"Amina Bello": ("Regional Representative", {"Office of the United Nations High Commissioner for Refugees"})},
      "Regional-Representative-of-ORG"),
    P("His Excellency Mr. Peter Lowe, Governor-General of New Zealand, hosted the reception.",
      {"Peter Lowe": ("Governor-General", {"New Zealand"})}, "Governor-General-of-Y"),
    P("Ms. Anna Kowalska, Member of the European Parliament, addressed the conference.",
      {"Anna Kowalska": ("Member", {"European Parliament"})}, "Member-of-the-European-Parliament"),
    P("Mr. Kwame Osei, Parliamentary Secretary for Trade of Malta, opened the fair.",
      {"Kwame Osei": ("Parliamentary Secretary for Trade", {"Malta"})}, "Parliamentary-Secretary-of-Y"),
    # --- a state named in a portfolio is not the holder's employer
    P("Mr. Tom Hale, Special Envoy of the United States for Sudan, arrived in Cairo on Monday.",
      {"Tom Hale": ("Special Envoy", {"United States"})}, "envoy-of-Y-for-Z"),
    P("Ms. Laura Kent, senior director for Korea affairs of the Department of State of the United States, met the press.",
      {"Laura Kent": ("senior director", {"United States", "Department of State", "Department of State of the United States"})},
      "director-for-Z-affairs-of-ORG"),
    # --- lists with a dash or "respectively" (added with their rules, after the cases above were run)
    P("The meeting was attended by Mr. Kofi Mensah – Minister of Trade of Ghana, and Ms. Ama Boateng – Deputy "
      "Minister of Finance of Ghana.",
      {"Kofi Mensah": ("Minister of Trade", {"Ghana"}), "Ama Boateng": ("Deputy Minister of Finance", {"Ghana"})},
      "A-dash-title"),
    P("Delegation:\n- Mr. Yaw Owusu - Director-General, Ghana Ports Authority\n- Ms. Esi Mensah - Head of Legal "
      "Affairs, Ghana Ports Authority",
      {"Yaw Owusu": ("Director-General", {"Ghana Ports Authority"}), "Esi Mensah": ("Head", {"Ghana Ports Authority"})},
      "list-lines-A-dash-title-comma-ORG"),
    P("Present were Mr. Kofi Mensah and Ms. Ama Boateng, respectively Minister of Trade and Minister of Finance "
      "of Ghana.",
      {"Kofi Mensah": ("Minister of Trade", {"Ghana"}), "Ama Boateng": ("Minister of Finance", {"Ghana"})},
      "A-and-B-respectively-titles"),
    P("The talks brought together Mr. Hans Weber, Ms. Maria Lund and Mr. Tomas Ruiz, respectively the "
      "Director-General of the World Health Organization, the Executive Director of UNICEF and the Administrator "
      "of UNDP.",
      {"Hans Weber": ("Director-General", {"World Health Organization"}),
       "Maria Lund": ("Executive Director", {"United Nations Children's Fund"}),
       "Tomas Ruiz": ("Administrator", {"United Nations Development Programme"})}, "A-B-and-C-respectively-the-titles"),
    P("The World Health Organization opened the office in Accra. Its Director-General, Dr. Hans Weber, said the "
      "office would serve the region.",
      {"Hans Weber": ("Director-General", {"World Health Organization"})}, "ORG-then-its-title-comma-A"),
    # a unit after "its" belongs to the organization named last before it, not to the item's main one
    P("PARIS (UNESCO) - The Director-General of UNESCO, Claire Morel, met on Monday a delegation of the African "
      "Development Bank led by Kwame Asante, head of its Governance Department. UNESCO and the Bank agreed to work "
      "together.",
      {"Claire Morel": ("Director-General", {"United Nations Educational, Scientific and Cultural Organization"}),
       "Kwame Asante": ("head of its Governance Department", {"African Development Bank"})},
      "delegation-of-ORG-led-by-A-head-of-its-unit"),
    P("JOHANNESBURG, 9 May 2025 (SAnews) - The Secretary-General of the African National Congress, Thabo Mokoena, "
      "received a delegation of the Communist Party of China led by Wang Lei, a deputy head of its International "
      "Department.",
      {"Thabo Mokoena": ("Secretary-General", {"African National Congress"}),
       "Wang Lei": ("deputy head of its International Department", {"Communist Party of China"})},
      "party-delegation-led-by-A-deputy-head-of-its-unit"),
    # a unit named with the organization it belongs to ("... of the CPC Central Committee") is that organization's
    P("BEIJING, May 12 (Xinhua) -- Liu Wei, head of the International Department of the CPC Central Committee, met "
      "with a delegation of the Workers' Party of Brazil led by its President, Ana Souza, on Monday.",
      {"Liu Wei": ("head of the International Department", {"CPC Central Committee"}),
       "Ana Souza": ("President", {"Workers' Party of Brazil"})},
      "A-head-of-a-unit-of-an-unknown-committee", "Xinhua"),
    P("HANOI (VNA) - Mr. Tran Van Minh, Director of the External Relations Department of the Central Committee of "
      "the Communist Party of Viet Nam, received a delegation of the Lao People's Revolutionary Party on Tuesday.",
      {"Tran Van Minh": ("Director", {"Central Committee of the Communist Party of Viet Nam",
                                      "Central Committee of the Communist Party"})},  # the state is a name of its own
      "A-director-of-a-department-of-a-party-committee", "VNA"),
    P("Representing the Ministry of Health of Ghana was Dr. Kofi Mensah, Director of Public Health.",
      {"Kofi Mensah": ("Director of Public Health", {"Ghana", "Ministry of Health", "Ministry of Health of Ghana"})},
      "representing-ORG-was-A-title"),
    P("Ms. Maria Lund, IMF mission chief for Ghana, said the talks were useful.",
      {"Maria Lund": ("chief", {"International Monetary Fund"})}, "ORG-title-for-a-state-is-the-ORGs"),
    P("Ms. Esi Owusu has been appointed as the new Director-General of the Ghana Ports Authority.",
      {"Esi Owusu": ("Director-General", {"Ghana Ports Authority"})}, "appointed-as-the-new-title"),
    P("Newly appointed Ambassador of Japan to Ghana Kenji Sato presented his credentials on Monday.",
      {"Kenji Sato": ("Ambassador", {"Japan"})}, "Ambassador-of-Y-to-Z-A-without-comma"),
    # --- no post
    P("Ms. Anna Holm, who met the Secretary-General of the United Nations on Monday, spoke at the forum.",
      {}, "met-the-title-of-ORG-is-no-post"),
    P("The panel included Ms. Anna Holm (Norway) and Mr. Kofi Adu (Ghana).",
      {}, "names-with-states-and-no-title"),
]


@pytest.mark.parametrize("text, publisher, expected", DOCUMENT_POSTS)
def test_document_posts(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


@pytest.mark.parametrize("text, publisher, expected", POSTS)
def test_posts(nlp, text, publisher, expected):
    ex = run(nlp, text, publisher)
    check(ex, expected)
    for post in ex.posts:  # the sentence behind the fact is the item's own text
        assert ex.item.text[post.evidence.start:post.evidence.end] == post.evidence.quote


# Tenth round: invented cases of classes the lists above lack, expectations written before any run
# (a surname after a first full mention, titles in lower case, an adjective's state after the name,
# titles in brackets, bios, appointments, sub-units, the publisher's own people, role words of the
# general lists of government, diplomatic and intergovernmental titles, and phrasings with no post).
UNSEEN_POSTS = [
    # --- a surname after the first full mention
    P("Ms. Ingrid Solberg opened the water project on Monday. Solberg, who is Norway's Minister of International "
      "Development, said the project would serve 40,000 people.",
      {"Ingrid Solberg": ("Minister of International Development", {"Norway"})}, "surname-who-is-Ys-title"),
    P("Mr. Peter Kamau visited the geothermal plant on Monday. Kamau, the Cabinet Secretary for Energy of Kenya, "
      "said output would double by 2027.",
      {"Peter Kamau": ("Cabinet Secretary for Energy", {"Kenya"})}, "surname-comma-the-title-of-Y"),
    # --- a state as an adjective, after the name
    P("Ms. Achieng Odhiambo, the Kenyan Foreign Minister, arrived in Kampala on Monday.",
      {"Achieng Odhiambo": ("Foreign Minister", {"Kenya"})}, "A-the-adjective-Foreign-Minister"),
    P("Mr. Kenji Sato, Japanese Ambassador to Egypt, visited the library on Monday.",
      {"Kenji Sato": ("Ambassador", {"Japan"})}, "A-adjective-Ambassador-to-Z"),
    P("Mr. Lars Berg, the Swedish Ambassador, and Ms. Eva Lund, the Danish Ambassador, visited the port.",
      {"Lars Berg": ("Ambassador", {"Sweden"}), "Eva Lund": ("Ambassador", {"Denmark"})},
      "two-people-each-the-adjective-Ambassador"),
    P("Mr. Ahmed Saleh, spokesperson of the Egyptian Ministry of Foreign Affairs, said the talks were useful.",
      {"Ahmed Saleh": ("spokesperson", {"Egypt", "Ministry of Foreign Affairs", "Egyptian Ministry of Foreign Affairs"})},
      "A-spokesperson-of-the-adjective-ministry"),
    # --- titles in lower case
    P("Ms. Lena Dahl, minister of foreign affairs of Norway, opened the forum on Monday.",
      {"Lena Dahl": ("minister of foreign affairs", {"Norway"})}, "A-lower-case-minister-of-X-of-Y"),
    P("Norway's foreign minister Lena Dahl opened the forum on Monday.",
      {"Lena Dahl": ("foreign minister", {"Norway"})}, "Ys-lower-case-foreign-minister-A"),
    P("The talks were chaired by the secretary-general of the Arab League, Mr. Ahmed Saleh, on Monday.",
      {"Ahmed Saleh": ("secretary-general", {"League of Arab States"})}, "the-lower-case-title-of-ORG-comma-A"),
    P("Peru's ambassador to the OAS, Mr. Luis Vega, presented the resolution.",
      {"Luis Vega": ("ambassador", {"Peru"})}, "Ys-lower-case-ambassador-to-ORG-comma-A"),
    # --- a honorific before the name, the title after it
    P("Ambassador Lucia Romero, Permanent Representative of Argentina to the United Nations, addressed the council.",
      {"Lucia Romero": ("Permanent Representative", {"Argentina"})}, "Ambassador-A-Permanent-Representative-of-Y"),
    P("H.E. Dr. Amina Yusuf, Minister of Health of Nigeria, opened the clinic in Abuja.",
      {"Amina Yusuf": ("Minister of Health", {"Nigeria"})}, "HE-Dr-A-Minister-of-X-of-Y"),
    P("Prof. Hans Weber, Rector of the University of Vienna, welcomed the guests.",
      {"Hans Weber": ("Rector", {"University of Vienna"})}, "Prof-A-Rector-of-university"),
    P("Ambassador Lucia Romero, the new Head of the EU Delegation to Ghana, presented her credentials.",
      {"Lucia Romero": ("Head", {"European Union"})}, "Ambassador-A-Head-of-the-EU-Delegation"),
    # --- appointments
    P("Mr. Kofi Adu was re-elected as President of the African Development Bank on Thursday.",
      {"Kofi Adu": ("President", {"African Development Bank"})}, "was-re-elected-as"),
    P("Ms. Rosa Vitorino assumed office as Director-General of the International Organization for Migration on "
      "1 October.",
      {"Rosa Vitorino": ("Director-General", {"International Organization for Migration"})}, "assumed-office-as"),
    P("Mr. Juma Mwita has been confirmed as the new Permanent Secretary of the Ministry of Trade of Tanzania.",
      {"Juma Mwita": ("Permanent Secretary", {"Tanzania", "Ministry of Trade", "Ministry of Trade of Tanzania"})},
      "has-been-confirmed-as-the-new"),
    P("Mr. Idris Kone, who was appointed last year as President of the West African Development Bank, opened "
      "the meeting.",
      {"Idris Kone": ("President", {"West African Development Bank"})}, "who-was-appointed-last-year-as"),
    # --- titles in brackets
    P("Mr. Omar Haddad (Ambassador of Jordan to Egypt) attended the opening.",
      {"Omar Haddad": ("Ambassador", {"Jordan"})}, "A-(Ambassador-of-Y-to-Z)"),
    P("The Minister of Health of Ghana (Dr. Kofi Mensah) opened the clinic.",
      {"Kofi Mensah": ("Minister of Health", {"Ghana"})}, "title-of-Y-(A)"),
    P("The panel heard Ms. Laura Brandt (Executive Director, UNICEF) and Mr. Tomas Ruiz (Administrator, UNDP).",
      {"Laura Brandt": ("Executive Director", {"United Nations Children's Fund"}),
       "Tomas Ruiz": ("Administrator", {"United Nations Development Programme"})}, "two-A-(title-comma-ORG)"),
    # --- bios
    P("GENEVA - The outlook was published on Monday.\n\nAbout the author\nDr. Lena Hoff is Chief Economist at "
      "the World Bank.",
      {"Lena Hoff": ("Chief Economist", {"World Bank"})}, "bio-A-is-title-at-ORG"),
    P("Mr. Tomas Ruiz serves as the Regional Director of UNDP for Latin America and the Caribbean.",
      {"Tomas Ruiz": ("Regional Director", {"United Nations Development Programme"})}, "bio-serves-as-the-title-of-ORG"),
    P("Ms. Hanna Virtanen holds the position of Deputy Director-General of the World Trade Organization.",
      {"Hanna Virtanen": ("Deputy Director-General", {"World Trade Organization"})}, "bio-holds-the-position-of"),
    # --- sub-units
    P("Ms. Anna Holm, Director of the Africa Department at the International Monetary Fund, presented the outlook.",
      {"Anna Holm": ("Director", {"International Monetary Fund"})}, "Director-of-department-at-ORG"),
    P("Mr. Karim Nabil, Head of the Cairo Office of the International Labour Organization, opened the training.",
      {"Karim Nabil": ("Head", {"International Labour Organization"})}, "Head-of-the-city-Office-of-ORG"),
    P("Mr. Hans Weber, WHO Regional Director for Europe, opened the session.",
      {"Hans Weber": ("Regional Director", {"World Health Organization", "WHO Regional Office for Europe"})},
      "A-ORG-Regional-Director-for-region"),
    P("Outgoing UNDP Resident Representative Ms. Maria Lund bid farewell to the partners.",
      {"Maria Lund": ("Resident Representative", {"United Nations Development Programme"})},
      "Outgoing-ORG-Resident-Representative-A"),
    P("Mr. Tomas Ruiz, UN Resident Coordinator in Kenya, welcomed the report.",
      {"Tomas Ruiz": ("Resident Coordinator", {"United Nations"})}, "A-UN-Resident-Coordinator-in-Y"),
    # --- role words of the general title lists
    P("Commissioner-General of UNRWA Mr. Lars Berg visited the school in Gaza.",
      {"Lars Berg": ("Commissioner-General", {"United Nations Relief and Works Agency for Palestine Refugees in the Near East"})},
      "Commissioner-General-of-ORG-A"),
    P("Ms. Amina Bello, Registrar of the International Criminal Court, received the delegation.",
      {"Amina Bello": ("Registrar", {"International Criminal Court"})}, "Registrar-of-ORG"),
    P("Mr. Tom Mwangi, Solicitor General of Kenya, appeared before the court.",
      {"Tom Mwangi": ("Solicitor General", {"Kenya"})}, "Solicitor-General-of-Y"),
    P("Mr. Yaw Darko, Clerk of the Parliament of Ghana, received the visitors.",
      {"Yaw Darko": ("Clerk", {"Ghana", "Parliament of Ghana", "Parliament"})}, "Clerk-of-the-Parliament-of-Y"),
    P("Ms. Ama Boateng, Co-Chairperson of the Economic Community of West African States, opened the session.",
      {"Ama Boateng": ("Co-Chairperson", {"Economic Community of West African States"})}, "Co-Chairperson-of-ORG"),
    P("Archbishop Marco Bellini, Apostolic Nuncio to Kenya, presented his letters of credence.",
      {"Marco Bellini": ("Apostolic Nuncio", {"Holy See"})}, "Apostolic-Nuncio-is-the-Holy-Sees"),
    P("Congresswoman Ana Ruiz of Peru introduced the bill.",
      {"Ana Ruiz": ("Congresswoman", {"Peru"})}, "Congresswoman-A-of-Y"),
    P("Mr. Kofi Adu, Member of the National Assembly of Ghana, addressed the forum.",
      {"Kofi Adu": ("Member", {"Ghana", "National Assembly", "National Assembly of Ghana"})}, "Member-of-the-National-Assembly-of-Y"),
    P("Mr. Paulo Nunes, Chief of Staff to the President of Brazil, arrived in Lisbon.",
      {"Paulo Nunes": ("Chief of Staff", {"Brazil"})}, "Chief-of-Staff-to-the-President-of-Y"),
    P("Ms. Ana Torres, Chile's Undersecretary of Foreign Affairs, opened the round of talks.",
      {"Ana Torres": ("Undersecretary of Foreign Affairs", {"Chile"})}, "A-Ys-Undersecretary-of-X"),
    P("Mr. Karim Nabil, Chief Negotiator of Egypt, briefed the press.",
      {"Karim Nabil": ("Chief Negotiator", {"Egypt"})}, "Chief-Negotiator-of-Y"),
    # --- the publisher's own people, named with the publisher
    P("The UNICEF team in Yemen, led by Representative Peter Hawkins, delivered vaccines to Hodeidah on Monday.",
      {"Peter Hawkins": ("Representative", {"United Nations Children's Fund"})},
      "publisher-named-in-the-sentence-bare-title", "UNICEF (unicef.org) press release"),
    P("ILO Director-General Hans Weber and Deputy Director-General Maria Lund met the Workers' Group on Monday.",
      {"Hans Weber": ("Director-General", {"International Labour Organization"}),
       "Maria Lund": ("Deputy Director-General", {"International Labour Organization"})},
      "publisher-two-titles-one-naming-it", "International Labour Organization (ilo.org)"),
    P("The African Development Bank's Vice-President for Agriculture, Dr. Ama Ofori, opened the workshop.",
      {"Ama Ofori": ("Vice-President", {"African Development Bank"})},
      "ORGs-Vice-President-for-X-comma-A", "African Development Bank (afdb.org)"),
    # --- added with their rules, after the cases above were run
    P("The forum was held in Accra. Deputy Ministers of Finance and Economic Planning of Ghana, Kofi Mensah and "
      "Ama Boateng, also attended the meeting.",
      {"Kofi Mensah": ("Deputy Minister of Finance and Economic Planning", {"Ghana"}),
       "Ama Boateng": ("Deputy Minister of Finance and Economic Planning", {"Ghana"})},
      "plural-title-of-portfolio-of-Y-comma-list"),
    P("The memorandum was signed by Chief of the IOM Mission in Kenya, Uganda and Rwanda Tarek Nabulsi.",
      {"Tarek Nabulsi": ("Chief", {"International Organization for Migration"})},
      "title-with-a-list-of-states-before-an-untagged-name"),
    P("Mr. Kofi Adu was appointed to the post of Minister of Finance of Ghana on Monday.",
      {"Kofi Adu": ("Minister of Finance", {"Ghana"})}, "appointed-to-the-post-of"),
    P("ACCRA - The Minister for Foreign Affairs, Hon. Kwabena Asante, on Tuesday received in audience the newly "
      "accredited Ambassador of the Kingdom of Spain, H.E. Mr. Javier Morales Ruiz.",
      {"Kwabena Asante": ("Minister for Foreign Affairs", {"Ghana"}), "Javier Morales Ruiz": ("Ambassador", {"Spain"})},
      "A-comma-a-verb-with-its-object-is-no-apposition"),
    P("SUVA - The Prime Minister met the visiting Australian Minister for International Development, Mr. Patrick "
      "Conway, on Monday. Minister Conway was accompanied by the Australian High Commissioner to Fiji, Mr. Ewen McDonald.",
      {"Patrick Conway": ("Minister for International Development", {"Australia"}),
       "Ewen McDonald": ("High Commissioner", {"Australia"})}, "a-bare-title-of-someone-with-a-post-is-that-post"),
    P("The Minister received the Ambassador of Spain on Tuesday. Also present was the Chief Director of the "
      "Ministry, Mrs. Abena Osei.",
      {"Abena Osei": ("Chief Director", {"Ghana", "Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Ghana"})},
      "the-title-of-the-Ministry-in-a-ministrys-release", "Ministry of Foreign Affairs of Ghana"),
    P("The African Development Bank approved a loan to Kenya on Monday. \"The road will link two ports,\" said "
      "Mr. Idris Kone, Director of Operations at the Bank.",
      {"Idris Kone": ("Director of Operations", {"African Development Bank"})}, "title-at-the-Bank-is-the-one-bank-named"),
    P("SEOUL - Unification Minister Park Min-jun met Interior Minister Choi Jiwoo on Tuesday to discuss the census "
      "of South Korea.",
      {"Park Min-jun": ("Unification Minister", {"South Korea"}), "Choi Jiwoo": ("Interior Minister", {"South Korea"})},
      "portfolio-word-before-Minister-keeps-two-ministers-of-one-state"),
    P("Also attending were Turkish Foreign Minister Hakan Yildiz and Energy and Natural Resources Minister Alp Demir.",
      {"Hakan Yildiz": ("Foreign Minister", {"Türkiye"}),
       "Alp Demir": ("Energy and Natural Resources Minister", {"Türkiye"})}, "portfolio-with-and-before-Minister"),
    P("NAIROBI - President Daniel Mwangi hosted his Ugandan counterpart Joseph Okello at State House.",
      {"Daniel Mwangi": ("President", {"Kenya"}), "Joseph Okello": ("President", {"Uganda"})},
      "counterpart-of-a-host-whose-state-the-item-gives", "State House Kenya"),
    P("JEDDAH - The Secretary General received the Permanent Representative of Pakistan on Monday. The Assistant "
      "Secretary General for Political Affairs, Ambassador Yousef Haddad, attended the meeting.",
      {"Yousef Haddad": ("Assistant Secretary General", {"Organisation of Islamic Cooperation"})},
      "igo-secretariat-title-with-portfolio-is-the-publishers", "OIC (oic-oci.org)"),
    P("BRUSSELS - Commissioner for Trade Marek Novak met the Minister of Trade of Chile, Ana Torres, on Monday.",
      {"Marek Novak": ("Commissioner for Trade", {"European Commission"}), "Ana Torres": ("Minister of Trade", {"Chile"})},
      "igo-Commissioner-for-portfolio-is-the-publishers", "European Commission (ec.europa.eu)"),
    P("The ministers of health of Ghana and Togo, Kofi Mensah and Afi Amegah respectively, met in Lome on 9 May.",
      {"Kofi Mensah": ("minister of health", {"Ghana"}), "Afi Amegah": ("minister of health", {"Togo"})},
      "plural-title-of-states-then-people-respectively"),
    P("The Ambassadors of Japan and Chile, Kenji Sato and Ana Torres, respectively, visited the school.",
      {"Kenji Sato": ("Ambassador", {"Japan"}), "Ana Torres": ("Ambassador", {"Chile"})},
      "plural-title-of-two-states-then-people-comma-respectively"),
    P("Speaking on behalf of the Government of Ghana, Mr. Kofi Mensah, Deputy Minister of Trade, thanked the partners.",
      {"Kofi Mensah": ("Deputy Minister of Trade", {"Ghana", "Government of Ghana"})}, "on-behalf-of-the-government-of-Y-A-title"),
    P("Speaking on behalf of the Director-General of UNESCO, Ms. Maria Lund thanked the partners.",
      {}, "on-behalf-of-a-title-is-not-the-speakers"),
    P("Among the speakers was Ms. Maria Lund, Senior Economist at the World Bank.",
      {"Maria Lund": ("Senior Economist", {"World Bank"})}, "Senior-Economist-at-ORG"),
    P("The talks were attended by U.S. Under Secretary of State Thomas Hill.",
      {"Thomas Hill": ("Under Secretary of State", {"United States"})}, "a-role-opening-with-Under"),
    P("Mr. Kofi Mensah, who is also the Chairman of the Ghana Cocoa Board, opened the fair.",
      {"Kofi Mensah": ("Chairman", {"Ghana Cocoa Board"})}, "A-who-is-also-the-title"),
    P("ACCRA - Ghana and Japan signed a trade accord on Monday.\nPhoto: Ms. Ama Boateng (R), Minister of Trade of "
      "Ghana, and Mr. Kenji Sato (2nd L), Ambassador of Japan.",
      {"Ama Boateng": ("Minister of Trade", {"Ghana"}), "Kenji Sato": ("Ambassador", {"Japan"})},
      "caption-A-(position)-comma-title"),
    P("KABUL - Special Representative Maria Lund met the Minister of Foreign Affairs on Monday.",
      {"Maria Lund": ("Special Representative", {"United Nations"})},
      "igo-Special-Representative-is-the-publishers", "United Nations (un.org)"),
    P("SAN SALVADOR - The Secretary General received the representative to SICA, Mr. Carlos Mora, on Monday.",
      {},
      "a-states-representative-to-the-igo-is-not-the-publishers", "SICA (Central American Integration System)"),
    # --- a portfolio of several fields, commas inside it, before the name
    P("Spain's Minister of Foreign Affairs, European Union and Cooperation, Lucía Ferrán, met the Minister of "
      "Foreign Affairs of Peru, Carla Quispe, in Madrid on Tuesday.",
      {"Lucía Ferrán": ("Minister of Foreign Affairs", {"Spain"}),
       "Carla Quispe": ("Minister of Foreign Affairs", {"Peru"})}, "state's-minister-of-A-ORG-and-B-name"),
    P("Senegal's Minister of Foreign Affairs, African Union and Regional Integration, Awa Ndour, received the "
      "Ambassador of Japan, Kenji Sato.",
      {"Awa Ndour": ("Minister of Foreign Affairs", {"Senegal"}), "Kenji Sato": ("Ambassador", {"Japan"})},
      "state's-minister-of-A-ORG-and-B-name-2"),
    P("Canada's Minister of Foreign Affairs, Trade and Development, Anne Tremblay, met the Foreign Minister of "
      "Chile, Pablo Rojas, in Ottawa.",
      {"Anne Tremblay": ("Minister of Foreign Affairs", {"Canada"}), "Pablo Rojas": ("Foreign Minister", {"Chile"})},
      "state's-minister-of-A-B-and-C-name"),
    P("Britain's Minister of Agriculture, Fisheries and Food, Tom Hadley, received the Ambassador of Ireland, "
      "Siobhan Kelly, in London.",
      {"Tom Hadley": ("Minister of Agriculture, Fisheries and Food", {"United Kingdom"}), "Siobhan Kelly": ("Ambassador", {"Ireland"})},
      "state's-minister-of-A-B-and-C-name-2"),
    P("The Director of European Affairs, European Union, Anna Berg, met the Foreign Minister of Peru, Carla Quispe.",
      {"Anna Berg": ("Director of European Affairs", {"European Union"}),
       "Carla Quispe": ("Foreign Minister", {"Peru"})}, "director-of-A-affairs-ORG-name-is-ORG's"),
    # --- no post
    P("Ms. Anna Holm thanked the Minister of Health of Ghana for his support.",
      {}, "thanked-the-title-of-Y-is-no-post"),
    P("Mr. Lars Berg called the Director-General of the World Health Organization on Monday.",
      {}, "called-the-title-of-ORG-is-no-post"),
    P("Mr. Kofi Adu, who met the Ambassador of Japan, Mr. Kenji Sato, on Monday, said the talks were useful.",
      {"Kenji Sato": ("Ambassador", {"Japan"})}, "the-met-one-has-the-post-not-the-subject"),
    P("Ms. Eva Lund wrote to the Prime Minister of Sweden and to the Speaker of the Riksdag.",
      {}, "wrote-to-titles-is-no-post"),
]


@pytest.mark.parametrize("text, publisher, expected", UNSEEN_POSTS)
def test_unseen_posts(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# Eleventh round: invented cases in the manners of publishers the tuned part lacks, expectations written
# before any run: wire news (agency datelines, lower-case titles after the name, "the bank's president",
# "who heads the agency", possessive deputies, "top diplomat"), speeches, programme and speaker lists, notes
# to editors and media contacts, signatures on lines of their own, parliaments, courts, central banks,
# universities and cities, and wire phrasings that state no post.
IMF = "International Monetary Fund"
WIRE_POSTS = [
    # --- news agencies
    P("MOSCOW (Reuters) - Russian Foreign Minister Igor Volkov said on Tuesday that talks with Ankara would "
      "continue next week.",
      {"Igor Volkov": ("Foreign Minister", {"Russia"})}, "wire-adjective-Foreign-Minister-A-said"),
    P("MOSCOW (Reuters) - Russian Foreign Minister Igor Volkov met his Turkish counterpart on Tuesday. Volkov's "
      "deputy, Pavel Orlov, told reporters the talks had been useful.",
      {"Igor Volkov": ("Foreign Minister", {"Russia"}), "Pavel Orlov": ("deputy", {"Russia"})},
      "wire-surnames-deputy-comma-A"),
    P("BEIJING, May 3 (Xinhua) -- Chinese Vice Premier Zhang Wei met with visiting Brazilian Foreign Minister "
      "Paulo Nunes here on Tuesday.",
      {"Zhang Wei": ("Vice Premier", {"China"}), "Paulo Nunes": ("Foreign Minister", {"Brazil"})},
      "wire-xinhua-two-adjective-titles"),
    P("MOSCOW, May 3. /TASS/. Russian Deputy Foreign Minister Pavel Orlov held consultations with Ambassador of "
      "Egypt to Russia Karim Nabil, the Russian Foreign Ministry said.",
      {"Pavel Orlov": ("Deputy Foreign Minister", {"Russia"}), "Karim Nabil": ("Ambassador", {"Egypt"})},
      "wire-tass-Ambassador-of-Y-to-Z-A"),
    P("SEOUL, May 3 (Yonhap) -- South Korea's top nuclear envoy Kim Min-soo will visit Washington this week, the "
      "foreign ministry said Tuesday.",
      {"Kim Min-soo": ("top nuclear envoy", {"South Korea"})}, "wire-yonhap-Ys-top-envoy-A"),
    P("ANKARA (AA) - Turkish Parliament Speaker Mehmet Aydin received a delegation of lawmakers from Azerbaijan "
      "on Monday.",
      {"Mehmet Aydin": ("Speaker", {"Türkiye", "Turkish Parliament", "Grand National Assembly of Türkiye"})},
      "wire-adjective-Parliament-Speaker-A"),
    P("NAIROBI (Reuters) - Kenya's economy will grow by 5 percent this year, the country's finance minister, "
      "Samuel Kiprop, said on Thursday.",
      {"Samuel Kiprop": ("finance minister", {"Kenya"})}, "wire-the-countrys-finance-minister-comma-A"),
    P("UNITED NATIONS (AP) - Kenya's envoy to the U.N., Martin Otieno, told the Security Council on Monday that "
      "the ceasefire was holding.",
      {"Martin Otieno": ("envoy", {"Kenya"})}, "wire-Ys-envoy-to-the-UN-comma-A"),
    P("DAKAR (AFP) - The talks will resume next week, foreign minister Aminata Ndiaye told reporters on Monday.",
      {"Aminata Ndiaye": ("foreign minister", {"Senegal"})}, "wire-lower-case-title-A-of-the-datelines-state"),
    P("ABIDJAN (Reuters) - The African Development Bank will lend $2 billion to the Sahel, Idris Kone, the bank's "
      "president, said on Wednesday.",
      {"Idris Kone": ("president", {"African Development Bank"})}, "wire-A-the-banks-president"),
    P("VIENNA (AP) - The International Atomic Energy Agency will send inspectors next week, said Rafael Mendes, "
      "who heads the agency.",
      {"Rafael Mendes": (("head", "Director General"), {"International Atomic Energy Agency"})},
      "wire-A-who-heads-the-agency"),
    P("ANKARA (AA) - The Turkish Foreign Ministry condemned the attack on Monday. \"We are following it closely,\" "
      "said Ayse Kaya, a spokesperson for the ministry.",
      {"Ayse Kaya": ("spokesperson", {"Türkiye", "Ministry of Foreign Affairs", "Turkish Foreign Ministry",
                                      "Foreign Ministry", "Ministry of Foreign Affairs of Türkiye"})},
      "wire-A-a-spokesperson-for-the-ministry"),
    P("ISLAMABAD (Reuters) - Former prime minister Imran Qadir was released on bail on Monday.",
      {"Imran Qadir": (("former prime minister", "prime minister"), {"Pakistan"})},
      "wire-former-prime-minister-A-of-the-datelines-state"),
    P("TOKYO (AP) - Hiro Tanaka, Japan's chief cabinet secretary, told reporters the government would respond.",
      {"Hiro Tanaka": ("chief cabinet secretary", {"Japan"})}, "wire-A-Ys-lower-case-title"),
    P("AMMAN (Reuters) - Inflation will ease this year, said Omar Haddad, the governor of Jordan's central bank.",
      {"Omar Haddad": ("governor", {"Jordan", "Central Bank of Jordan"})}, "wire-A-the-governor-of-Ys-central-bank"),
    P("WASHINGTON (Reuters) - The International Monetary Fund expects growth to slow, the head of the IMF, Anna "
      "Holm, said on Tuesday.",
      {"Anna Holm": ("head", {IMF})}, "wire-the-head-of-ORG-comma-A"),
    P("GENEVA (Reuters) - U.N. Secretary-General Anna Holm called for a ceasefire on Sunday.",
      {"Anna Holm": ("Secretary-General", {"United Nations"})}, "wire-UN-with-dots-Secretary-General-A"),
    P("CAIRO (AP) - Hans Weber, the U.N. envoy for Yemen, met officials of both sides on Monday.",
      {"Hans Weber": ("envoy", {"United Nations"})}, "wire-A-the-UN-envoy-for-Z"),
    P("WASHINGTON (Reuters) - State Department spokesperson Mark Dolan said on Friday that the talks would go on.",
      {"Mark Dolan": ("spokesperson", {"United States", "Department of State", "State Department",
                                       "United States Department of State"})},
      "wire-State-Department-spokesperson-A"),
    # --- speeches
    P("Statement by Ms. Maria Lund, Executive Director of UNICEF, at the opening of the session\n\nExcellencies, "
      "ladies and gentlemen,\nI thank you for coming.",
      {"Maria Lund": ("Executive Director", {"United Nations Children's Fund"})}, "speech-statement-by-A-title"),
    P("Remarks by the Secretary-General of the OECD, Mr. Hans Weber\n\nDistinguished guests,\nIt is a pleasure "
      "to be here.",
      {"Hans Weber": ("Secretary-General", {"Organisation for Economic Co-operation and Development"})},
      "speech-remarks-by-the-title-of-ORG-A"),
    P("Excellencies,\nI thank the Minister of Health of Ghana, Dr. Kofi Mensah, for hosting this meeting.",
      {"Kofi Mensah": ("Minister of Health", {"Ghana"})}, "speech-I-thank-the-title-comma-A"),
    # --- programme and speaker lists
    P("Speakers:\nMs. Anna Holm (Director, Trade Division, World Trade Organization)\nMr. Kofi Adu (Minister of "
      "Trade, Ghana)",
      {"Anna Holm": ("Director", {"World Trade Organization"}), "Kofi Adu": ("Minister of Trade", {"Ghana"})},
      "programme-lines-A-(title-ORG)"),
    P("Speakers: Anna Holm, Chief Economist at the World Bank; Kofi Adu, Governor of the Bank of Ghana; and Eva "
      "Lund, Professor at the University of Oslo.",
      {"Anna Holm": ("Chief Economist", {"World Bank"}), "Kofi Adu": ("Governor", {"Bank of Ghana", "Ghana"}),
       "Eva Lund": ("Professor", {"University of Oslo"})}, "programme-colon-semicolon-list"),
    P("Opening remarks: H.E. Kofi Adu, Minister of Foreign Affairs of Ghana\nKeynote: Dr. Anna Holm, President "
      "of the African Development Bank",
      {"Kofi Adu": ("Minister of Foreign Affairs", {"Ghana"}),
       "Anna Holm": ("President", {"African Development Bank"})}, "programme-agenda-labels"),
    P("The panel was moderated by Maria Lund, Director of Communications, UNDP.",
      {"Maria Lund": ("Director of Communications", {"United Nations Development Programme"})},
      "moderated-by-A-title-comma-ORG"),
    # --- notes to editors, contacts, signatures
    P("GENEVA - The report was launched on Monday.\n\nNotes to editors\nAbout the author: Anna Holm is a "
      "professor of economics at the University of Oslo.",
      {"Anna Holm": ("professor", {"University of Oslo"})}, "notes-A-is-a-lower-case-title-at-ORG"),
    P("ACCRA - The port will open a new terminal in June.\n\nMedia contact:\nKofi Adu\nHead of Communications\n"
      "Ghana Ports Authority\nTel: +233 30 000 0000",
      {"Kofi Adu": ("Head of Communications", {"Ghana Ports Authority"})}, "media-contact-lines"),
    P("We look forward to working with all member states.\n\nAnna Holm\nDirector General\nInternational "
      "Organization for Migration",
      {"Anna Holm": ("Director General", {"International Organization for Migration"})}, "signature-lines"),
    P("For more information, contact: Maria Lund, Communications Officer, UNICEF, mlund@example.org",
      {"Maria Lund": ("Communications Officer", {"United Nations Children's Fund"})}, "contact-A-title-comma-ORG"),
    # --- parliaments
    P("ACCRA - Kofi Adu, a member of parliament for Accra Central, said the bill would pass.",
      {"Kofi Adu": ("member of parliament", {"Ghana", "Parliament of Ghana", "Parliament"})},
      "A-a-member-of-parliament-for-a-seat"),
    P("Senator Maria Lopez of the Philippines filed the resolution on Monday.",
      {"Maria Lopez": ("Senator", {"Philippines", "Senate", "Senate of the Philippines"})}, "Senator-A-of-Y"),
    P("The Speaker of the Parliament of Finland, Ms. Anna Virtanen, received the delegation.",
      {"Anna Virtanen": ("Speaker", {"Finland", "Parliament of Finland", "Parliament"})},
      "the-Speaker-of-the-Parliament-of-Y-comma-A"),
    P("Ms. Eva Lund, Chair of the Committee on Foreign Affairs of the European Parliament, opened the hearing.",
      {"Eva Lund": ("Chair", {"European Parliament", "Committee on Foreign Affairs"})},
      "Chair-of-a-committee-of-the-European-Parliament"),
    # --- a bare chamber's title in the release of a chamber named by a word of its own
    P("Marshal of the Sejm Ewa Nowak met on Wednesday with the Speaker of the Parliament of Georgia, Levan "
      "Beridze. Deputy Speaker Piotr Zielinski also met Speaker Beridze.",
      {"Ewa Nowak": ("Marshal of the Sejm", {"Poland", "Sejm", "Sejm of the Republic of Poland"}),
       "Piotr Zielinski": ("Deputy Speaker", {"Poland", "Sejm", "Sejm of the Republic of Poland"}),
       "Levan Beridze": ("Speaker", {"Georgia", "Parliament of Georgia"})},
      "Marshal-of-the-Sejm-A-and-Deputy-Speaker-B-in-the-chamber's-release", "Sejm of the Republic of Poland"),
    P("Deputy Marshal of the Sejm Tomasz Wrona opened the exhibition on Friday.",
      {"Tomasz Wrona": ("Deputy Marshal of the Sejm", {"Poland", "Sejm", "Sejm of the Republic of Poland"})},
      "Deputy-Marshal-of-the-Sejm-A", "Sejm of the Republic of Poland"),
    P("Speaker Ola Berg received on Monday the Speaker of the Parliament of Latvia, Janis Ozols. Deputy Speaker "
      "Kari Lund also met Speaker Ozols.",
      {"Ola Berg": ("Speaker", {"Norway", "Storting"}), "Kari Lund": ("Deputy Speaker", {"Norway", "Storting"}),
       "Janis Ozols": ("Speaker", {"Latvia", "Parliament of Latvia"})},
      "Speaker-A-and-Deputy-Speaker-B-in-a-one-word-chamber's-release", "Storting"),
    P("Deputy Speaker Anat Peretz welcomed the Speaker of the National Assembly of Kenya, Moses Wafula, on Tuesday.",
      {"Anat Peretz": ("Deputy Speaker", {"Israel", "Knesset"}),
       "Moses Wafula": ("Speaker", {"Kenya", "National Assembly of Kenya", "National Assembly"})},
      "Deputy-Speaker-A-in-the-Knesset's-release", "The Knesset"),
    # --- courts
    P("Judge Anna Holm of the International Court of Justice delivered the opinion.",
      {"Anna Holm": ("Judge", {"International Court of Justice"})}, "Judge-A-of-the-court"),
    P("Mr. Kofi Adu, Chief Justice of Ghana, swore in the new ministers on Monday.",
      {"Kofi Adu": ("Chief Justice", {"Ghana", "Supreme Court of Ghana"})}, "A-Chief-Justice-of-Y"),
    P("Prosecutor Karim Nabil of the International Criminal Court opened an inquiry on Monday.",
      {"Karim Nabil": ("Prosecutor", {"International Criminal Court"})}, "Prosecutor-A-of-the-court"),
    # --- central banks
    P("Bank of Ghana Governor Kofi Adu said inflation would fall this year.",
      {"Kofi Adu": ("Governor", {"Bank of Ghana", "Ghana"})}, "central-bank-Governor-A"),
    P("ACCRA (Reuters) - Kofi Adu, governor of the central bank, said on Monday that inflation would fall.",
      {"Kofi Adu": ("governor", {"Ghana", "Bank of Ghana"})}, "wire-governor-of-the-central-bank-of-the-dateline"),
    P("European Central Bank President Anna Holm said rates would stay unchanged.",
      {"Anna Holm": ("President", {"European Central Bank"})}, "ECB-President-A"),
    P("Deputy Governor of the Reserve Bank of India Rajesh Kumar opened the conference.",
      {"Rajesh Kumar": ("Deputy Governor", {"Reserve Bank of India"})}, "Deputy-Governor-of-bank-A"),
    # --- universities and cities
    P("Prof. Anna Holm, Vice-Chancellor of the University of Nairobi, opened the conference.",
      {"Anna Holm": ("Vice-Chancellor", {"University of Nairobi"})}, "A-Vice-Chancellor-of-university"),
    P("Dr. Kofi Adu, President of the American University in Cairo, signed the memorandum.",
      {"Kofi Adu": ("President", {"American University in Cairo"})}, "A-President-of-a-university-in-a-city"),
    P("Mayor Anna Holm of the City of Johannesburg welcomed the delegates.",
      {"Anna Holm": ("Mayor", {"City of Johannesburg", "Johannesburg", "South Africa"})}, "Mayor-A-of-the-City-of-Z"),
    P("Governor Kofi Adu of Lagos State opened the new bridge on Monday.",
      {"Kofi Adu": ("Governor", {"Lagos State", "Lagos State Government", "Lagos", "Nigeria"})}, "Governor-A-of-a-state-of-Y"),
    P("Mr. Kofi Adu, Governor of Lagos State, opened the new bridge on Monday.",
      {"Kofi Adu": ("Governor", {"Lagos State", "Lagos State Government", "Lagos", "Nigeria"})}, "A-Governor-of-a-state-of-Y"),
    # --- added with their rules, after the cases above were run
    P("\"The talks were useful,\" Kofi Adu, Ghana's foreign minister, told reporters on Monday.",
      {"Kofi Adu": ("foreign minister", {"Ghana"})}, "wire-quote-then-A-Ys-title-told"),
    P("\"Growth will slow,\" Anna Holm, the IMF's chief economist, told reporters in Washington.",
      {"Anna Holm": ("chief economist", {IMF})}, "wire-quote-then-A-the-ORGs-title"),
    P("Mr. Park Jin, President and CEO of the Export-Import Bank of Korea, signed the loan.",
      {"Park Jin": (("President", "CEO"), {"Export-Import Bank of Korea"})}, "President-and-CEO-of-a-bank"),
    P("SEOUL, May 3 (Yonhap) -- Unification Minister Kim Min-soo on Tuesday called on North Korea to resume talks.",
      {"Kim Min-soo": ("Unification Minister", {"South Korea"})}, "wire-bare-title-of-the-datelines-state-not-the-one-named"),
    P("The Minister of Foreign Affairs, Mr. Kofi Adu, received the Ambassador of Japan, Mr. Kenji Sato, on Monday.",
      {"Kofi Adu": ("Minister of Foreign Affairs", {"Ghana"}), "Kenji Sato": ("Ambassador", {"Japan"})},
      "a-ministrys-state-from-its-government-domain", "Ministry of Foreign Affairs (mfa.gov.gh)"),
    P("The Speaker, Rt. Hon. Kofi Adu, received a delegation from Japan on Monday.",
      {}, "a-delegation-from-Y-is-not-the-hosts-state"),
    P("Joining the Minister were Mr. Kofi Adu, Chief Director, and Ms. Anna Holm, Director of the Europe Bureau.",
      {"Kofi Adu": ("Chief Director", {"Ghana"}), "Anna Holm": ("Director", {"Europe Bureau", "Ghana"})},
      "a-bare-title-in-a-ministrys-release-is-its-states", "Ministry of Foreign Affairs of Ghana"),
    P("Also present were Mr. Yaw Owusu, Director-General of the Ghana Ports Authority, and Ms. Esi Mensah, "
      "Deputy Director-General.",
      {"Yaw Owusu": ("Director-General", {"Ghana Ports Authority"}),
       "Esi Mensah": ("Deputy Director-General", {"Ghana Ports Authority"})},
      "a-bare-title-next-to-the-same-title-of-ORG-in-a-list"),
    P("The two ministers, Kofi Adu of Ghana and Anna Holm of Sweden, signed the agreement on Monday.",
      {"Kofi Adu": ("minister", {"Ghana"}), "Anna Holm": ("minister", {"Sweden"})},
      "the-two-ministers-comma-A-of-Y-and-B-of-Z"),
    P("Delegates included Kofi Adu (Ghana), Minister of Trade, and Anna Holm (Sweden), State Secretary.",
      {"Kofi Adu": ("Minister of Trade", {"Ghana"}), "Anna Holm": ("State Secretary", {"Sweden"})},
      "A-(Y)-comma-title"),
    P("ACCRA (Reuters) - \"The vote was flawed,\" said Kofi Adu, the country's deputy finance minister.",
      {"Kofi Adu": ("deputy finance minister", {"Ghana"})}, "wire-the-countrys-lower-case-deputy-title"),
    P("Ms. Anna Holm, who was appointed ambassador to Ghana last year, met the Minister on Monday.",
      {}, "an-envoy-is-not-of-the-state-she-is-sent-to"),
    P("GENEVA (Reuters) - WHO Director-General Anna Holm opened the assembly on Monday. Holm's adviser, Pavel Orlov, "
      "told reporters the talks had been useful.",
      {"Anna Holm": ("Director-General", {"World Health Organization"}),
       "Pavel Orlov": ("adviser", {"World Health Organization"})}, "wire-surnames-adviser-comma-A"),
    # --- twelfth round: heads of state and government as wire news titles them (expectations before any run)
    P("BEIJING (Reuters) - Chinese leader Li Wen met Russian leader Igor Volkov in Beijing on Tuesday.",
      {"Li Wen": ("leader", {"China"}), "Igor Volkov": ("leader", {"Russia"})}, "wire-adjective-leader-A"),
    P("DUBLIN (Reuters) - Taoiseach Simon Harkin told parliament on Tuesday that the talks would resume.",
      {"Simon Harkin": ("Taoiseach", {"Ireland"})}, "wire-Taoiseach-A-of-the-datelines-state"),
    P("Irish Tanaiste Mary Keane met the Ambassador of Japan, Mr. Kenji Sato, in Dublin on Monday.",
      {"Mary Keane": ("Tanaiste", {"Ireland"}), "Kenji Sato": ("Ambassador", {"Japan"})},
      "adjective-Tanaiste-A"),
    P("BERLIN (Reuters) - German Chancellor Karl Vogt said on Monday that the budget would pass.",
      {"Karl Vogt": ("Chancellor", {"Germany"})}, "wire-adjective-Chancellor-A"),
    P("BEIJING (Reuters) - Chinese Premier Li Wen said on Monday that growth would hold.",
      {"Li Wen": ("Premier", {"China"})}, "wire-adjective-Premier-A"),
    P("DOHA (Reuters) - Qatar's Emir Sheikh Hamad Al Nasser received the Turkish Foreign Minister, Ayse Kaya, on Monday.",
      {"Hamad Al Nasser": ("Emir", {"Qatar"}), "Ayse Kaya": ("Foreign Minister", {"Türkiye"})},
      "wire-Ys-Emir-Sheikh-A"),
    P("RIYADH (Reuters) - Saudi Crown Prince Faisal bin Khalid received the Japanese Prime Minister Kenji Sato on Monday.",
      {"Faisal bin Khalid": ("Crown Prince", {"Saudi Arabia"}), "Kenji Sato": ("Prime Minister", {"Japan"})},
      "wire-adjective-Crown-Prince-A"),
    P("MUSCAT (Reuters) - Omani Sultan Qais bin Said received the credentials of five ambassadors on Monday.",
      {"Qais bin Said": ("Sultan", {"Oman"})}, "wire-adjective-Sultan-A"),
    P("Luxembourg's Grand Duke Jean Weber opened the exhibition on Monday.",
      {"Jean Weber": ("Grand Duke", {"Luxembourg"})}, "Ys-Grand-Duke-A"),
    P("BERN (Reuters) - Swiss Federal Councillor Anna Meier said on Monday that the talks had been useful.",
      {"Anna Meier": ("Federal Councillor", {"Switzerland"})}, "wire-adjective-Federal-Councillor-A"),
    P("TEHRAN (Reuters) - Iran's Supreme Leader Ali Karimi said on Monday that the talks would go on.",
      {"Ali Karimi": ("Supreme Leader", {"Iran"})}, "wire-Ys-Supreme-Leader-A"),
    P("EDINBURGH (Reuters) - Scotland's First Minister Ewan Ross said on Monday that the vote would be held.",
      {"Ewan Ross": ("First Minister", {"United Kingdom"})}, "wire-First-Minister-A"),
    P("TOKYO (Reuters) - Japanese Emperor Hiro Tanaka received the President of Kenya, Peter Otieno, on Monday.",
      {"Hiro Tanaka": ("Emperor", {"Japan"}), "Peter Otieno": ("President", {"Kenya"})}, "wire-adjective-Emperor-A"),
    P("Captain Regent Marco Rossi of San Marino received the Ambassador of Japan, Mr. Kenji Sato, on Monday.",
      {"Marco Rossi": ("Captain Regent", {"San Marino"}), "Kenji Sato": ("Ambassador", {"Japan"})},
      "Captain-Regent-A-of-Y"),
    P("Mr. Pedro Ruiz, President of the Government of Spain, opened the summit on Monday.",
      {"Pedro Ruiz": ("President of the Government", {"Spain"})}, "A-President-of-the-Government-of-Y"),
    P("DUBLIN (Reuters) - Simon Harkin, the Irish Taoiseach, told reporters the talks would resume.",
      {"Simon Harkin": ("Taoiseach", {"Ireland"})}, "wire-A-the-adjective-Taoiseach"),
    P("PARIS (AFP) - The foreign ministers of France and Germany, Jean Moreau and Karl Vogt, meeting in Paris on "
      "Monday, agreed to push for new sanctions.",
      {"Jean Moreau": ("foreign minister", {"France"}), "Karl Vogt": ("foreign minister", {"Germany"})},
      "wire-the-plural-title-of-X-and-Y-comma-two-short-names",
      marks=pytest.mark.xfail(strict=True, reason="'Jean Moreau and Karl Vogt' is read as one person (splitting such "
                                                 "names after a lower-case plural title costs the set-aside a false "
                                                 "participation)")),
    P("Myanmar's State Counsellor Aye Mya met the Ambassador of Japan, Mr. Kenji Sato, on Monday.",
      {"Aye Mya": ("State Counsellor", {"Myanmar"}), "Kenji Sato": ("Ambassador", {"Japan"})},
      "Ys-State-Counsellor-A"),
    P("NAIROBI (Reuters) - Kenyan opposition leader Peter Otieno said on Monday that the vote was flawed.",
      {}, "wire-opposition-leader-is-no-post-of-the-state"),
    # --- no post
    P("NAIROBI (Reuters) - Kenya will resume talks next week, the foreign ministry said.\n\nReporting by Anna Holm; "
      "Editing by Kofi Adu",
      {}, "wire-reporting-by-is-no-post"),
    P("Kofi Adu, whose father was president of Ghana, opened the library on Monday.",
      {}, "whose-father-was-title-is-no-post"),
    P("Anna Holm, speaking to reporters in Geneva, said the talks with the World Health Organization had ended.",
      {}, "speaking-to-reporters-is-no-post"),
    # --- a bare title in a sentence set in a visited state's city: that state's, not the other visited one's
    P("Minister of Foreign Affairs Ingrid Solheim visited Kenya and Tanzania from 9 to 12 March. In Nairobi on 9 March, "
      "Solheim met with President Wilfred Kamau. On 11 March, in Dodoma, she held talks with Tanzania's Minister of "
      "Foreign Affairs, Juma Mwakasege.",
      {"Ingrid Solheim": ("Minister of Foreign Affairs", {"Norway"}), "Wilfred Kamau": ("President", {"Kenya"}),
       "Juma Mwakasege": ("Minister of Foreign Affairs", {"Tanzania"})},
      "a-bare-title-met-in-a-visited-states-city", "Norwegian Ministry of Foreign Affairs"),
    P("Riga, 4 March 2026 - Minister of Foreign Affairs Ilze Bērziņa received the Ambassador of Georgia, Nino "
      "Tsereteli. Last year, Bērziņa paid an official visit to Tbilisi, where she met President Levan Abashidze.",
      {"Ilze Bērziņa": ("Minister of Foreign Affairs", {"Latvia"}), "Nino Tsereteli": ("Ambassador", {"Georgia"}),
       "Levan Abashidze": ("President", {"Georgia"})},
      "a-bare-title-met-where-a-visit-went", "Ministry of Foreign Affairs of Latvia"),
    P("BERLIN, 4 May 2026 - Federal Minister for Economic Cooperation Lena Hartmann is visiting Zambia and Malawi this "
      "week. In Lusaka, Hartmann met Minister of Finance Chanda Mulenga on Tuesday; in Lilongwe she will meet the "
      "Minister of Health of Malawi, Grace Banda.",
      {"Lena Hartmann": ("Federal Minister for Economic Cooperation", {"Germany"}),
       "Chanda Mulenga": ("Minister of Finance", {"Zambia"}), "Grace Banda": ("Minister of Health", {"Malawi"})},
      "a-bare-title-after-in-a-visited-states-capital-in-a-datelined-release"),
    P("The Minister for Foreign Affairs, Seán Breathnach, attended a meeting in Luxembourg on Monday. Later the Minister "
      "met with the Foreign Minister of Poland, Tomasz Nowacki.",
      {"Seán Breathnach": ("Minister for Foreign Affairs", {"Ireland"}), "Tomasz Nowacki": ("Foreign Minister", {"Poland"})},
      "a-state-named-only-as-a-venue-is-no-ones", "Department of Foreign Affairs of Ireland"),
    # --- "the Ministers of X of both countries, A and B": the two states in the order the item introduces them
    P("President Kwaku Ofori on Tuesday hosted the President of Côte d'Ivoire, Laurent Kouassi, at the Jubilee House "
      "in Accra. The two leaders held a tête-à-tête, followed by expanded talks involving the Ministers of Foreign "
      "Affairs of both countries, Samuel Okyere and Léon Kacou.",
      {"Kwaku Ofori": ("President", {"Ghana"}), "Laurent Kouassi": ("President", {"Côte d'Ivoire"}),
       "Samuel Okyere": ("Minister of Foreign Affairs", {"Ghana"}), "Léon Kacou": ("Minister of Foreign Affairs", {"Côte d'Ivoire"})},
      "the-ministers-of-X-of-both-countries-in-a-presidencys-release", "The Presidency of the Republic of Ghana"),
    P("NAIROBI (Reuters) - Kenya and Uganda signed a border agreement on Monday. The Foreign Ministers of the two "
      "countries, Jane Achieng and Robert Okello, signed the deal in the presence of diplomats.",
      {"Jane Achieng": ("Foreign Minister", {"Kenya"}), "Robert Okello": ("Foreign Minister", {"Uganda"})},
      "wire-the-foreign-ministers-of-the-two-countries"),
    # an acronym the item defined before a title: the institution it names (session 31)
    P("NAIROBI - The Kenya Private Sector Alliance, or KEPSA, hosted the Minister of Trade of Uganda, Mr. Gerald Siranda, "
      "on 4 May 2026. KEPSA Chief Executive Carole Wanjiru briefed the Minister on cross-border trade.",
      {"Carole Wanjiru": ("Chief Executive", {"Kenya Private Sector Alliance"}), "Gerald Siranda": ("Minister of Trade", {"Uganda"})},
      "newspaper-an-acronym-defined-after-or-before-a-title", "Daily Nation"),
    P("NAIROBI - The Kenya National Chamber of Commerce and Industry (KNCCI) hosted a trade delegation from the Tanzania "
      "Private Sector Foundation on 5 April 2026. KNCCI President Dr. Erick Rutto met the delegation.",
      {"Erick Rutto": ("President", {"Kenya National Chamber of Commerce and Industry"})},
      "newspaper-an-acronym-defined-after-a-datelines-dash-before-a-title", "Daily Nation"),
]


@pytest.mark.parametrize("text, publisher, expected", WIRE_POSTS)
def test_wire_and_document_posts(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# ---------------------------------------------------------------------------------------------
# organization names read whole; titles and publications not read as people

def names(ex: Extraction, kind: EntityKind) -> set[str]:
    return {e.name for e in ex.entities if e.kind == kind}


ORG_NAMES = [
    pytest.param("The Invest in Rwanda Board signed an agreement with a Danish investor on Monday.",
                 "Invest in Rwanda Board", id="inner-in-and-a-state"),
    pytest.param("The Ministry of Regional Integration and Cooperation hosted the forum on Monday.",
                 "Ministry of Regional Integration and Cooperation", id="Ministry-of-X-and-Y"),
    pytest.param("Mr. Paul Kim met officials of the Ministry of Regional Integration and Cooperation of Rwanda.",
                 "Ministry of Regional Integration and Cooperation of Rwanda", id="Ministry-of-X-and-Y-of-state"),
    pytest.param("The Quang Ninh Provincial People's Committee welcomed the investors on Monday.",
                 "Quang Ninh Provincial People's Committee", id="inner-possessive"),
    pytest.param("The delegation met leaders of the Da Nang City People’s Committee on Monday.",
                 "Da Nang City People's Committee", id="a-date-after-the-name"),
    pytest.param("The visit included talks with leaders of Thua Thien Hue Provincial People’s Committee to "
                 "promote the role of youth.", "Thua Thien Hue Provincial People's Committee",
                 id="a-place-name-tagged-as-a-person-before-the-head"),
    pytest.param("The Secretary General of the Ministry of Education of Morocco opened the forum.",
                 "Ministry of Education of Morocco", id="a-states-ministry-with-the-state"),
    pytest.param("The Ministry of Foreign Affairs and International Cooperation of Ghana hosted the forum.",
                 "Ministry of Foreign Affairs and International Cooperation of Ghana",
                 id="Ministry-of-X-and-Y-of-state-2"),
    pytest.param("The Ministry of Foreign Affairs, Trade and Development hosted the forum.",
                 "Ministry of Foreign Affairs, Trade and Development", id="Ministry-of-X-Y-and-Z"),
    pytest.param("The Ministry of Labour and Social Protection of the Population of Azerbaijan hosted the forum.",
                 "Ministry of Labour and Social Protection of the Population of Azerbaijan", id="inner-of-the"),
    pytest.param("The Indian Council for Cultural Relations hosted the forum.",
                 "Indian Council for Cultural Relations", id="demonym-opens-the-name"),
    pytest.param("The Ghana-Japan Friendship Association hosted the forum.",
                 "Ghana-Japan Friendship Association", id="two-states-joined-by-a-hyphen"),
    pytest.param("The Economic and Social Commission for Asia and the Pacific held its session in Bangkok.",
                 "United Nations Economic and Social Commission for Asia and the Pacific", id="for-X-and-the-Y"),
    pytest.param("The Trans-Saharan Highway Liaison Committee met in Algiers on Monday.",
                 "Trans-Saharan Highway Liaison Committee", id="hyphen-inside-name"),
    pytest.param("The Council for Trade in Goods of the World Trade Organization met in Geneva on Monday.",
                 "Council for Trade in Goods", id="for-X-in-Y"),
    pytest.param("The Asia-Pacific Economic Cooperation forum met in Lima on Monday.",
                 "Asia-Pacific Economic Cooperation", id="hyphenated-known-name"),
    pytest.param("The National Agency for Science and Technology of Ghana opened a laboratory on Monday.",
                 "National Agency for Science and Technology of Ghana", id="for-X-and-Y-of-state"),
    # an institution named with the city or state it sits in; a short name right after a full stop
    pytest.param("BRUSSELS – The European Commission signed a grant agreement with the Diplomatic Academy of Vienna "
                 "on Monday.", "Diplomatic Academy of Vienna", id="EU-an-academy-of-a-city"),
    pytest.param("Paris, 3 May 2025. UNESCO and the National Library of Senegal opened an exhibition of manuscripts.",
                 "National Library of Senegal", id="UN-agency-a-library-of-a-state"),
    pytest.param("CAIRO (Wire) - Students of the German University in Cairo won the regional robotics contest on "
                 "Sunday.", "German University in Cairo", id="wire-a-national-university-in-a-city"),
    pytest.param("WARSAW, 3 May 2025 – The Supreme Audit Office of Poland published its annual report on Monday.",
                 "Supreme Audit Office of Poland", id="ministry-an-office-of-a-state"),
    pytest.param("Nairobi, 16 April 2025. UN-Habitat and the Government of Kenya opened the forum.",
                 "United Nations Human Settlements Programme", id="a-hyphenated-name-after-a-full-stop"),
    # a state's name opening an institution's name the parser tagged as nothing
    pytest.param("MOMBASA, 3 May 2025 – The new berth opens in June.\n\nFor enquiries:\nAmina Njeri\nPress Officer\n"
                 "Kenya Ports Authority\nEmail: press@example.org", "Kenya Ports Authority",
                 id="ministry-contact-block-state-name-opens-the-line"),
    pytest.param("Geneva, 3 May 2025 (UNHCR) – Thank you to our partners.\n\nUganda Red Cross Society\nNamibia "
                 "Statistics Agency\nWorld Food Programme", "Namibia Statistics Agency",
                 id="UN-agency-list-of-partners-one-a-line"),
    # a unit's head word after a state's name and two words or more: the state's own body
    pytest.param("ADDIS ABABA, 3 May 2025 – The Ethiopian Investment Commission and the Kenya Export Promotion Centre "
                 "signed a memorandum.", "Kenya Export Promotion Centre", id="ministry-state-name-then-a-centre"),
    pytest.param("ROME, 3 May 2025 (FAO) – FAO and the Uganda Coffee Development Office launched a pilot project.",
                 "Uganda Coffee Development Office", id="UN-agency-state-name-then-an-office"),
    # an organ named after a known organization
    pytest.param("SUVA, 3 May 2025 – The Pacific Islands Forum Secretariat and UNDP launched a climate finance "
                 "tracker.", "Pacific Islands Forum Secretariat", id="ministry-an-organizations-secretariat"),
    pytest.param("NEW YORK, 3 May 2025 – UNICEF welcomed the decision of the OECS Commission to fund school meals.",
                 "OECS Commission", id="UN-agency-an-acronyms-commission"),
    pytest.param("BRUSSELS (Wire) - Officials of the SAARC Secretariat briefed European Union envoys on Monday.",
                 "SAARC Secretariat", id="wire-an-acronyms-secretariat"),
    # known by a short name or by the seat of the ministry (data/organizations.tsv)
    pytest.param("NAIROBI, 3 May 2026 - Oxfam urged donors to fund the drought response.", "Oxfam International",
                 id="ngo-known-by-its-short-name"),
    pytest.param("PARIS (Wire) - A spokesman for the Quai d'Orsay said the envoy had been summoned.",
                 "Ministry for Europe and Foreign Affairs of France", id="wire-a-ministry-named-by-its-seat"),
    pytest.param("BRASILIA, 3 May 2026 - Ambassador Luiza Prado met officials at Itamaraty on Monday.",
                 "Ministry of Foreign Affairs of Brazil", id="ministry-named-by-its-palace"),
    # names the item defines with an acronym, and names that open with a city or a nationality word (session 31)
    pytest.param("NAIROBI - The Kenya Private Sector Alliance, or KEPSA, hosted the Minister of Trade of Uganda on "
                 "Monday.", "Kenya Private Sector Alliance", id="alliance-an-acronym-after-or-between-commas"),
    pytest.param("NAIROBI - The Kenya National Chamber of Commerce and Industry (KNCCI) hosted a trade delegation on "
                 "Monday.", "Kenya National Chamber of Commerce and Industry", id="chamber-an-acronym-after-a-datelines-dash"),
    pytest.param("NAIROBI - The Nairobi-based African Population and Health Research Center (APHRC) opened a field "
                 "office on Monday.", "African Population and Health Research Center", id="research-a-participle-before-a-name"),
    pytest.param("ACCRA - The University of Ghana and the Norwegian University of Science and Technology (NTNU) signed "
                 "an agreement on Monday.", "Norwegian University of Science and Technology",
                 id="university-a-nationality-word-opens-a-name-its-acronym-does-not-spell"),
    pytest.param("ABUJA - The Sahel and West Africa Club (SWAC) presented its food crisis report on Monday.",
                 "Sahel and West Africa Club", id="club-of-states-and-agencies"),
    pytest.param("ABU DHABI - IRENA welcomed a delegation of the Regional Centre for Renewable Energy and Energy "
                 "Efficiency (RCREEE) on Monday.", "Regional Centre for Renewable Energy and Energy Efficiency",
                 id="agency-a-centre-named-with-its-own-acronym"),
    pytest.param("DUBAI - The Consul-General of Japan visited the Sharjah Chamber of Commerce and Industry on Monday.",
                 "Sharjah Chamber of Commerce and Industry", id="consulate-a-citys-chamber-after-the-article"),
    pytest.param("SHARJAH - Mr. Khalid Al Suwaidi, Director General of the Sharjah Chamber of Commerce and Industry, "
                 "received the Consul-General of Japan on Monday.", "Sharjah Chamber of Commerce and Industry",
                 id="chamber-a-citys-chamber-in-a-title-after-an-honorific"),
    pytest.param("KARACHI - The Federation hosted a delegation of the Turkish-Pakistani Business Council on Monday.",
                 "Turkish-Pakistani Business Council", id="chamber-two-nationality-words-joined-by-a-hyphen"),
]


@pytest.mark.parametrize("text, name", ORG_NAMES)
def test_organization_names_whole(nlp, text, name):
    ex = run(nlp, text)
    organizations = names(ex, EntityKind.ORGANIZATION)
    assert name in organizations, organizations
    cut = {o for o in organizations if o != name and o in name}
    assert not cut, f"a part of {name!r} read as an organization: {cut}"


@pytest.mark.parametrize("text, name, longer", [
    pytest.param("NAIROBI, 3 May 2025 (WFP) – The WFP Kenya Country Office opened a warehouse in Garissa.",
                 "WFP Kenya Country Office", "Kenya Country Office", id="an-organizations-office-in-a-state"),
    pytest.param("NAIROBI, 3 May 2025 – The Ministry of Health in Nairobi hosted the donors' meeting on Monday.",
                 "Ministry of Health", "Ministry of Health in Nairobi", id="a-ministry-in-its-city"),
    pytest.param("GENEVA - The World Health Organization and the Institute of Tropical Medicine in Antwerp signed a "
                 "memorandum.", "Institute of Tropical Medicine", "Institute of Tropical Medicine in Antwerp",
                 id="an-institute-in-a-city-without-a-nationality"),
    pytest.param("ADDIS ABABA, 3 May 2025 – The African Union Commission Chairperson met the envoys on Monday.",
                 "African Union Commission", "African Union Commission Chairperson", id="an-organ-then-a-title"),
    pytest.param("ABUJA, 3 May 2025 – The ECOWAS Council of Ministers met in Abuja on Monday.",
                 "ECOWAS Council of Ministers", "ECOWAS Council", id="an-organ-of-a-longer-name"),
    pytest.param("KATHMANDU, 3 May 2025 – The Office of the Minister for Foreign Affairs of Nepal issued a statement.",
                 "Office of the Minister for Foreign Affairs", "Office of the Minister for Foreign Affairs of Nepal",
                 id="a-titles-office-of-a-state"),
    pytest.param("SEOUL, 14 October 2026 - Minister Park Ji-won met Minister Lucia Flores on 13 October at the Ministry "
                 "in Seoul.", "Ministry", "Ministry in Seoul", id="a-bare-ministry-in-its-city"),
])
def test_where_an_institution_sits_is_not_its_name(nlp, text, name, longer):
    assert longer not in names(run(nlp, text), EntityKind.ORGANIZATION)


def test_a_credit_line_that_closes_an_item_names_no_institution_though_a_contact_line_does(nlp):
    closing = run(nlp, "KAMPALA, 3 May 2025 – The ministers agreed to meet again in June.\n\nGreat Lakes Wire Service")
    assert "Great Lakes Wire Service" not in names(closing, EntityKind.ORGANIZATION)
    contact = run(nlp, "KAMPALA, 3 May 2025 – The new border post opens in June.\n\nContact:\nGreat Lakes Wire Service\n"
                       "Tel: +256 000 000")
    assert "Great Lakes Wire Service" in names(contact, EntityKind.ORGANIZATION)


def test_a_style_of_several_words_is_no_name(nlp):
    ex = run(nlp, "Mr. Ismail Hamid was sworn in before Yang di-Pertuan Agong Al-Sultan Ahmad Ri’ayatuddin "
                  "Al-Mustaqim Billah Shah at the palace on Saturday.")
    assert names(ex, EntityKind.PERSON) == {"Ismail Hamid", "Al-Sultan Ahmad Ri'ayatuddin Al-Mustaqim Billah Shah"}


@pytest.mark.parametrize("text, person", [
    pytest.param("Dr. Sultan Rashid Al Mansoori opened the conference on Monday.", "Sultan Rashid Al Mansoori",
                 id="Dr-then-a-given-name-that-is-a-title"),
    pytest.param("His Majesty King Tarik of Jordan received the delegation.", "Tarik", id="a-style-then-the-title"),
])
def test_a_title_word_after_a_courtesy_honorific_is_a_given_name(nlp, text, person):
    assert person in names(run(nlp, text), EntityKind.PERSON)


NOT_PEOPLE = [
    pytest.param("The Yang di-Pertuan Agong received the Ambassador of Japan, Mr. Kenji Sato, at the palace.",
                 "Yang", id="royal-title"),
    pytest.param("The Crown Prince received the Ambassador of Japan, Mr. Kenji Sato, at the palace.",
                 "Crown", id="crown-prince"),
    pytest.param("In an interview with the Morning Herald Weekly, Mr. Kenji Sato said the talks were useful.",
                 "Herald", id="publication-name"),
    pytest.param("By Anna Holm in Accra\nAccra, 3 May 2025: The Minister received Mr. Kenji Sato on Monday.",
                 "Holm", id="byline-reporter"),
    pytest.param("Mr. Kenji Sato met some members of Majlis Al Shura on Monday.", "Shura", id="members-of-a-body"),
    pytest.param("Mr. Kenji Sato and Ms. Eva Moder, Director of the UNDP Bureau of External Relations and Advocacy, "
                 "signed the memorandum.", "Relations", id="a-bureau-after-a-title"),
    pytest.param("The Grand Mufti received the Ambassador of Japan, Mr. Kenji Sato, in Cairo.",
                 "Mufti", id="religious-title"),
]


@pytest.mark.parametrize("text, word", NOT_PEOPLE)
def test_titles_and_publications_are_not_people(nlp, text, word):
    people = names(run(nlp, text), EntityKind.PERSON)
    assert "Kenji Sato" in people
    assert not any(word in p for p in people), people


# ---------------------------------------------------------------------------------------------
# thirteenth round: invented releases in styles the battery lacked (governments of states and of their
# cities and regions, European Commissioners, Asian and African honorifics, titles in other orders, posts
# stated in a later sentence, qualifiers, captions), written before any run. A city's office is accepted
# as its state's, as the gold files accept a region's.

EC = "European Commission"
EU = "European Union"
GOVERNMENT_POSTS = [
    P("The President of the Government of Spain, Pedro Ruiz, received the delegation at the Moncloa Palace.",
      {"Pedro Ruiz": ("President of the Government", {"Spain"})}, "the-President-of-the-Government-of-Y-comma-A"),
    P("RABAT - Head of the Government of Morocco Karim Alami chaired the council meeting on Thursday.",
      {"Karim Alami": ("Head of the Government", {"Morocco"})}, "Head-of-the-Government-of-Y-A"),
    P("Ms. Lena Dahl, Prime Minister of the Government of Norway, opened the conference.",
      {"Lena Dahl": ("Prime Minister", {"Norway"})}, "A-Prime-Minister-of-the-Government-of-Y"),
    P("Mr. Omar Said, Minister of Finance in the Government of Egypt, addressed the forum.",
      {"Omar Said": ("Minister of Finance", {"Egypt"})}, "A-Minister-of-X-in-the-Government-of-Y"),
    P("The Mayor of Rotterdam, Mr. Jan de Groot, welcomed the delegation at City Hall.",
      {"Jan de Groot": ("Mayor", {"Rotterdam", "City of Rotterdam", "Netherlands"})}, "the-Mayor-of-city-comma-A"),
    P("Mayor Anna Holm of Gothenburg opened the harbour festival on Saturday.",
      {"Anna Holm": ("Mayor", {"Gothenburg", "City of Gothenburg", "Sweden"})}, "Mayor-A-of-city"),
    P("Mr. Karl Berg, Ambassador of Japan in Gothenburg, opened the fair.",
      {"Karl Berg": ("Ambassador", {"Japan"})}, "A-Ambassador-of-Y-in-city-is-not-the-citys-state"),
    P("Mr. Karl Huber, Governor of Bavaria, received the Ambassador of Japan, Mr. Kenji Sato.",
      {"Karl Huber": ("Governor", {"Bavaria", "Government of Bavaria"}), "Kenji Sato": ("Ambassador", {"Japan"})},
      "A-Governor-of-region"),
    P("TORONTO - The Premier of Ontario, Mr. David Clarke, announced the new trade office on Monday.",
      {"David Clarke": ("Premier", {"Ontario", "Government of Ontario"})}, "the-Premier-of-region-comma-A"),
    P("Ms. Grace Wanjiru, Governor of Nakuru County, hosted the investors on Friday.",
      {"Grace Wanjiru": ("Governor", {"Nakuru County", "Nakuru County Government"})}, "A-Governor-of-X-County"),
]

COMMISSION_POSTS = [
    P("European Commissioner for Trade Anna Holm met the Minister of Commerce of India, Mr. Raj Kumar, in Brussels.",
      {"Anna Holm": (("European Commissioner for Trade", "Commissioner for Trade", "Commissioner"), {EC, EU}),
       "Raj Kumar": ("Minister of Commerce", {"India"})}, "European-Commissioner-for-X-A"),
    P("Ms. Anna Holm, the European Commissioner for Energy, opened the conference in Vilnius.",
      {"Anna Holm": (("European Commissioner for Energy", "Commissioner for Energy", "Commissioner"), {EC, EU})},
      "A-the-European-Commissioner-for-X"),
    P("EU Commissioner for Health Marek Nowak visited the laboratory on Monday. The Commissioner said the "
      "results were encouraging.",
      {"Marek Nowak": (("Commissioner for Health", "EU Commissioner", "Commissioner"), {EC, EU})},
      "EU-Commissioner-for-X-A-then-the-Commissioner"),
    P("Commissioner Marek Nowak of the European Commission visited the laboratory on Monday.",
      {"Marek Nowak": ("Commissioner", {EC, EU})}, "Commissioner-A-of-the-European-Commission"),
]

HONORIFIC_POSTS = [
    P("Nana Kwame Boateng, Ghana's Minister of Energy, opened the plant on Monday.",  # "Nana" stays in the name (as in "President Nana Darko")
      {"Nana Kwame Boateng": ("Minister of Energy", {"Ghana"})}, "Nana-A-Ys-Minister"),
    P("Tan Sri Ahmad Zaki, Chief Secretary to the Government of Malaysia, opened the forum.",
      {"Ahmad Zaki": ("Chief Secretary", {"Malaysia"})}, "Tan-Sri-A-Chief-Secretary"),
    P("Shri Raj Kumar, Minister of State for External Affairs of India, met the delegation in New Delhi.",
      {"Raj Kumar": ("Minister of State", {"India"})}, "Shri-A-Minister-of-State"),
    P("Dato' Seri Amir Hamzah, Malaysia's Minister of Finance, signed the agreement.",
      {"Amir Hamzah": ("Minister of Finance", {"Malaysia"})}, "Dato-Seri-A-Ys-Minister"),
    P("Datuk Lim Wei Jie, Deputy Minister of Trade of Malaysia, led the delegation.",
      {"Lim Wei Jie": ("Deputy Minister of Trade", {"Malaysia"})}, "Datuk-A-Deputy-Minister"),
    P("ACCRA - The Minister of Foreign Affairs, Nana Ama Owusu, received the Ambassador of Japan, Mr. Kenji Sato.",
      {"Nana Ama Owusu": ("Minister of Foreign Affairs", {"Ghana"}), "Kenji Sato": ("Ambassador", {"Japan"})},
      "the-Minister-comma-Nana-A-in-dateline-state"),
]

ORDER_POSTS = [
    P("Mr. Tomas Novak, the Czech Minister of Industry, toured the plant on Monday.",
      {"Tomas Novak": ("Minister of Industry", {"Czechia"})}, "A-the-adjective-Minister-of-X"),
    P("Trade Minister Lena Dahl of Norway opened the fair on Monday.",
      {"Lena Dahl": ("Trade Minister", {"Norway"})}, "portfolio-Minister-A-of-Y"),
    P("Mr. Tomas Novak (Czechia's Minister of Industry) toured the plant on Monday.",
      {"Tomas Novak": ("Minister of Industry", {"Czechia"})}, "A-(Ys-Minister-of-X)"),
    P("Ms. Ama Owusu, who heads the Ghana Investment Promotion Centre, briefed the investors.",
      {"Ama Owusu": ("Head", {"Ghana Investment Promotion Centre"})}, "A-who-heads-the-ORG"),
    P("Mr. Kofi Adu, head of Ghana's delegation to the conference, addressed the plenary.",
      {"Kofi Adu": ("head of delegation", {"Ghana"})}, "A-head-of-Ys-delegation"),
    P("Britain's envoy Simon Clarke delivered the letter to the Foreign Ministry on Tuesday.",
      {"Simon Clarke": ("envoy", {"United Kingdom"})}, "Ys-envoy-A"),
    P("Kenya's ambassador to Ethiopia, Peter Otieno, attended the ceremony.",
      {"Peter Otieno": ("ambassador", {"Kenya"})}, "Ys-lower-ambassador-to-Z-comma-A"),
    P("Mr. Kofi Adu, Minister for Trade and Industry, Ghana, opened the fair.",
      {"Kofi Adu": ("Minister for Trade and Industry", {"Ghana"})}, "A-Minister-for-X-comma-Y"),
]

LATER_POSTS = [
    P("Ms. Anna Holm arrived in Nairobi on Monday. She, the Ambassador of Sweden to Kenya, laid a wreath.",
      {"Anna Holm": ("Ambassador", {"Sweden"})}, "She-comma-the-Title-of-Y"),
    P("Mr. Kofi Adu received Ms. Anna Holm on Monday. She, the Ambassador of Sweden, said the talks were useful.",
      {}, "a-pronoun-after-two-people-gives-no-post"),
    P("Mr. Kofi Adu visited the port of Tema on Monday. He is the Minister of Transport of Ghana.",
      {"Kofi Adu": ("Minister of Transport", {"Ghana"})}, "He-is-the-Title-of-Y"),
    P("Ms. Anna Holm arrived in Nairobi on Monday. She is Sweden's Ambassador to Kenya.",
      {"Anna Holm": ("Ambassador", {"Sweden"})}, "She-is-Ys-Ambassador"),
    P("Mr. Kofi Adu opened the fair. Adu, Ghana's Minister of Trade, said the fair drew 300 exhibitors.",
      {"Kofi Adu": ("Minister of Trade", {"Ghana"})}, "surname-appositive-later"),
    P("Mr. Kofi Adu opened the fair on Monday. Mr. Adu, who is also Ghana's Minister of Trade, thanked the exhibitors.",
      {"Kofi Adu": ("Minister of Trade", {"Ghana"})}, "Mr-surname-who-is-also"),
]

QUALIFIED_POSTS = [
    P("Acting Minister of Health of Kenya Dr. Grace Wanjiru opened the clinic.",
      {"Grace Wanjiru": (("Acting Minister of Health", "Minister of Health"), {"Kenya"})}, "Acting-Minister-of-X-of-Y-A"),
    P("Mr. Paul Kagiso, interim President of the Southern African Development Community Secretariat, spoke first.",
      {"Paul Kagiso": (("interim President", "President"), {"Southern African Development Community",
                                                            "Southern African Development Community Secretariat"})},
      "A-interim-President-of-ORG"),
    # the gold files keep a former post with its qualifier ("Former Prime Minister"), as they do "acting"
    P("Mr. Kofi Adu, former Minister of Finance of Ghana, delivered the lecture.",
      {"Kofi Adu": ("former Minister of Finance", {"Ghana"})}, "A-former-Title-keeps-the-qualifier"),
    P("Former Prime Minister of Kenya Peter Otieno delivered the lecture.",
      {"Peter Otieno": ("Former Prime Minister", {"Kenya"})}, "Former-Title-A-keeps-the-qualifier"),
    P("Ms. Anna Holm, Vice-Minister of Culture of Sweden, opened the exhibition.",
      {"Anna Holm": ("Vice-Minister of Culture", {"Sweden"})}, "A-Vice-Minister"),
]

CAPTION_POSTS = [
    P("Foreign Minister of Ghana Kofi Adu opened the fair on Monday.",
      {"Kofi Adu": ("Foreign Minister", {"Ghana"})}, "Title-of-Y-A-the-parser-runs-together"),
    P("Minister of Trade and Industry of Ghana Kofi Adu opened the fair on Monday.",
      {"Kofi Adu": ("Minister of Trade and Industry", {"Ghana"})}, "Minister-of-X-and-Z-of-Y-A-the-parser-runs-together"),
    P("The visit of Jordan Peterson to Accra was a success.", {}, "a-name-opening-with-a-state-after-of-is-no-post"),
    P("Photo: Minister of Trade of Ghana Kofi Adu (left) with Ambassador of Japan Kenji Sato (right).",
      {"Kofi Adu": ("Minister of Trade", {"Ghana"}), "Kenji Sato": ("Ambassador", {"Japan"})}, "caption-two-titles"),
    P("Kofi Adu (L), Minister of Trade of Ghana, and Kenji Sato (R), Ambassador of Japan, after the signing.",
      {"Kofi Adu": ("Minister of Trade", {"Ghana"}), "Kenji Sato": ("Ambassador", {"Japan"})}, "caption-L-R"),
]

LIST_POSTS = [
    P("The agreement was signed by Daniel Mensah and Samuel Boateng, Director of Trade at the World Bank.",
      {"Samuel Boateng": ("Director of Trade", {"World Bank"})}, "A-and-B-tagged-apart-comma-Bs-title"),
    P("The ministers of trade of Ghana and Togo, Kofi Adu and Koffi Mensah respectively, signed the protocol.",
      {"Kofi Adu": ("minister of trade", {"Ghana"}), "Koffi Mensah": ("minister of trade", {"Togo"})},
      "the-ministers-of-X-of-Y-and-Z-A-and-B-respectively"),
    P("BRUSSELS (AFP) - French and German finance ministers Jean Moreau and Karl Vogt met on Monday.",
      {"Jean Moreau": ("finance minister", {"France"}), "Karl Vogt": ("finance minister", {"Germany"})},
      "wire-two-adjectives-plural-title-two-short-names"),
    P("NAIROBI - Kenyan ministers Peter Otieno and Grace Wanjiru toured the port on Monday.",
      {"Peter Otieno": ("minister", {"Kenya"}), "Grace Wanjiru": ("minister", {"Kenya"})},
      "adjective-lower-plural-title-two-short-names"),
    P("The presidents of Ghana and Togo, Kwame Asante and Koffi Mensah, opened the border post.",
      {"Kwame Asante": ("president", {"Ghana"}), "Koffi Mensah": ("president", {"Togo"})},
      "the-presidents-of-X-and-Y-comma-A-and-B"),
    # "respectively" lists: a hyphenated plural title, a portfolio in the plural, "the" before each organization
    P("The Directors-General of the World Health Organization and the Food and Agriculture Organization, Anna "
      "Kowalski and Jorge Mendes respectively, opened the forum in Geneva.",
      {"Anna Kowalski": ("Director-General", {"World Health Organization"}),
       "Jorge Mendes": ("Director-General", {"Food and Agriculture Organization of the United Nations"})},
      "the-Directors-General-of-the-X-and-the-Y-A-and-B-respectively", "WHO"),
    P("The Ministers of Foreign Affairs of Chile, Uruguay and Paraguay, Marcela Ríos, Diego Álvarez and Rosa "
      "Benítez, respectively, signed the declaration.",
      {"Marcela Ríos": ("Minister of Foreign Affairs", {"Chile"}),
       "Diego Álvarez": ("Minister of Foreign Affairs", {"Uruguay"}),
       "Rosa Benítez": ("Minister of Foreign Affairs", {"Paraguay"})},
      "the-Ministers-of-Foreign-Affairs-of-X-Y-and-Z-three-people-respectively"),
]

# strict expected failures of this round, with their reasons
S22_KNOWN_MISSES = {
    "A-Governor-of-region": "a federal state's government is not read as an organization",
    "the-Premier-of-region-comma-A": "a federal state's government is not read as an organization",
    "A-Governor-of-X-County": "a county's government is not read as an organization",
    "adjective-lower-plural-title-two-short-names": "two short names after a lower-case plural title are one person (split, they gave unseen news a wrong role and a false participation)",
    "the-presidents-of-X-and-Y-comma-A-and-B": "two short names after a lower-case plural title are one person (split, they gave unseen news a wrong role and a false participation)",
}


def _known(cases: list) -> list:
    return [pytest.param(*case.values, id=case.id, marks=(*case.marks, pytest.mark.xfail(
        strict=True, reason=S22_KNOWN_MISSES[case.id])) if case.id in S22_KNOWN_MISSES else case.marks)
            for case in cases]


S22_POSTS = _known(GOVERNMENT_POSTS + COMMISSION_POSTS + HONORIFIC_POSTS + ORDER_POSTS + LATER_POSTS
                   + QUALIFIED_POSTS + CAPTION_POSTS + LIST_POSTS)


@pytest.mark.parametrize("text, publisher, expected", S22_POSTS)
def test_thirteenth_round_posts(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# Two portfolios after the name: "and Minister of ..." goes on with the title ("Minister" is also a
# honorific, which otherwise opens the next person's name).
PORTFOLIO_POSTS = [
    P("MUSCAT, 6 May 2025 – Sayyid Khalid Al Busaidi held talks on Tuesday with Samir Haddad, Deputy Prime Minister and "
      "Minister of Foreign Affairs of Jordan, who is visiting the Sultanate.",
      {"Samir Haddad": (("Deputy Prime Minister", "Minister of Foreign Affairs"), {"Jordan"})},
      "A-DPM-and-Minister-of-X-of-Y-after-the-name", "Oman News Agency"),
    P("NAIROBI, 6 May 2025 – The Cabinet Secretary for Foreign Affairs, Alice Njoroge, received Hana Kebede, Deputy Prime "
      "Minister and Minister of Finance of Ethiopia, at the ministry on Tuesday.",
      {"Alice Njoroge": ("Cabinet Secretary for Foreign Affairs", {"Kenya"}),
       "Hana Kebede": (("Deputy Prime Minister", "Minister of Finance"), {"Ethiopia"})},
      "the-title-A-received-B-DPM-and-Minister-of-X-of-Y", "Ministry of Foreign Affairs of Kenya"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in PORTFOLIO_POSTS])
def test_two_portfolios_after_the_name(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A title that runs straight into the next name, with no comma before that name, is that name's
# (a premodifier), not an apposition of the person before it: "A, Minister for Foreign Affairs B".
RUN_ON_POSTS = [
    P("ACCRA, 7 May 2025 – The talks brought together Daniel Owusu Mensah, Minister for Foreign Affairs Kofi Boateng and "
      "the Ambassador of Japan, Hiroshi Tanabe.",
      {"Kofi Boateng": ("Minister for Foreign Affairs", {"Ghana"}),
       "Hiroshi Tanabe": ("Ambassador", {"Japan"})},
      "A-comma-Minister-for-X-B-in-a-list", "Ghana News Agency"),
    P("The ceremony was attended by Ruth Achieng Otieno, Kenya Cabinet Secretary for Trade Peter Kamau and senior "
      "officials of the African Union.",
      {"Peter Kamau": ("Cabinet Secretary for Trade", {"Kenya"})},
      "A-comma-State-Cabinet-Secretary-for-X-B"),
    P("Speaking at the forum were Tomas Lindqvist, Swedish foreign minister Karin Holm and the Director-General of "
      "UNESCO.",
      {"Karin Holm": ("foreign minister", {"Sweden"})},
      "A-comma-adjective-lower-case-minister-B"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in RUN_ON_POSTS])
def test_a_title_running_into_the_next_name(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# States listed before a plural title, then as many people: each person holds the title in the state
# of the same place in its list.
STATES_BEFORE_PLURAL_POSTS = [
    P("KAMPALA, 7 May 2025 – The envoy held talks with the Ugandan and Kenyan foreign ministers, Peter Okello Obua and "
      "Jane Wambui Mutua, on regional security.",
      {"Peter Okello Obua": ("foreign minister", {"Uganda"}), "Jane Wambui Mutua": ("foreign minister", {"Kenya"})},
      "the-X-and-Y-plural-title-comma-A-and-B", "Daily Monitor"),
    P("ARUSHA, 7 May 2025 – Kenyan and Tanzanian Trade Ministers Jane Wambui Mutua and Baraka Juma Mwinyi signed the "
      "protocol on Monday.",
      {"Jane Wambui Mutua": ("Trade Minister", {"Kenya"}), "Baraka Juma Mwinyi": ("Trade Minister", {"Tanzania"})},
      "X-and-Y-capitalised-plural-title-A-and-B"),
    P("The workshop was opened by the Ethiopian, Kenyan and Ugandan ambassadors, Abebe Bekele Tadesse, Jane Wambui "
      "Mutua and Peter Okello Obua, at the African Union Commission.",
      {"Abebe Bekele Tadesse": ("ambassador", {"Ethiopia"}), "Jane Wambui Mutua": ("ambassador", {"Kenya"}),
       "Peter Okello Obua": ("ambassador", {"Uganda"})},
      "three-adjectives-plural-title-three-people", "African Union"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in STATES_BEFORE_PLURAL_POSTS])
def test_states_listed_before_a_plural_title(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# Titles of other traditions and the styles releases state posts in: a list with semicolons, brackets,
# "who is also", "in his capacity as", "the newly appointed".
TRADITION_POSTS = [
    P("RABAT, 7 May 2025 – The Wali of the Rabat-Salé-Kénitra region, Youssef Benali Idrissi, received the delegation.",
      {"Youssef Benali Idrissi": ("Wali", {"Morocco"})}, "the-Wali-of-a-region-comma-A", "Maghreb Arabe Presse"),
    P("TANGIER, 7 May 2025 – Wali Youssef Benali Idrissi welcomed the investors at the port.",
      {"Youssef Benali Idrissi": ("Wali", {"Morocco"})}, "Wali-A-under-a-dateline"),
    P("NAIROBI, 7 May 2025 – The Permanent Secretary for Foreign Affairs, Grace Wanjiru Kamau, opened the meeting.",
      {"Grace Wanjiru Kamau": ("Permanent Secretary for Foreign Affairs", {"Kenya"})}, "the-Permanent-Secretary-comma-A"),
    P("The Chargé d'Affaires of Japan in Kenya, Hiroshi Tanabe Kenji, attended the ceremony.",
      {"Hiroshi Tanabe Kenji": ("Chargé d'Affaires", {"Japan"})}, "the-Charge-d-Affaires-of-X-in-Y-comma-A"),
    P("The UN Resident Coordinator in Ghana, Maria Lopez Santos, welcomed the delegation.",
      {"Maria Lopez Santos": ("Resident Coordinator", {"United Nations"})}, "the-UN-Resident-Coordinator-in-X-comma-A"),
    P("The High Representative of the European Union, Karel Novak Dvorak, met the minister.",
      {"Karel Novak Dvorak": ("High Representative", {"European Union"})}, "the-High-Representative-of-ORG-comma-A"),
    P("The Rector of the University of Nairobi, Prof. Samuel Otieno Ouma, signed the agreement.",
      {"Samuel Otieno Ouma": ("Rector", {"University of Nairobi"})}, "the-Rector-of-a-university-comma-Prof-A"),
    P("Paolo Ricci Bianchi, Chairperson of the Board of the African Development Bank, addressed the forum.",
      {"Paolo Ricci Bianchi": ("Chairperson of the Board", {"African Development Bank"})}, "A-Chairperson-of-the-Board-of-ORG"),
    P("The delegation included Grace Wanjiru Kamau, Deputy Minister of Health of Kenya; Peter Okello Obua, Director of "
      "Planning at the Ministry of Finance of Uganda; and Abebe Bekele Tadesse, Ambassador of Ethiopia.",
      {"Grace Wanjiru Kamau": ("Deputy Minister of Health", {"Kenya"}),
       "Peter Okello Obua": ("Director of Planning", {"Ministry of Finance of Uganda", "Uganda"}),
       "Abebe Bekele Tadesse": ("Ambassador", {"Ethiopia"})},
      "a-delegation-list-with-semicolons"),
    P("Grace Wanjiru Kamau (Deputy Minister of Health, Kenya) and Peter Okello Obua (Ambassador of Uganda) attended.",
      {"Grace Wanjiru Kamau": ("Deputy Minister of Health", {"Kenya"}), "Peter Okello Obua": ("Ambassador", {"Uganda"})},
      "A-title-in-brackets-and-B-title-in-brackets"),
    P("Peter Okello Obua, who is also Uganda's Minister of Trade, chaired the session.",
      {"Peter Okello Obua": ("Minister of Trade", {"Uganda"})}, "A-who-is-also-X-s-Minister"),
    P("Speaking in his capacity as Chairperson of the African Union Commission, Moussa Diallo Keita said the summit "
      "was a success.",
      {"Moussa Diallo Keita": ("Chairperson", {"African Union Commission", "African Union"})}, "in-his-capacity-as-title-comma-A"),
    P("The newly appointed Ambassador of Ghana to Ethiopia, Kofi Adu Mensah, presented his credentials.",
      {"Kofi Adu Mensah": ("Ambassador", {"Ghana"})}, "the-newly-appointed-Ambassador-comma-A"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in TRADITION_POSTS])
def test_titles_of_other_traditions_and_styles(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# a plural title followed by its states, each with its holder right after it
PAIRED_POSTS = [
    P("The ambassadors of Japan, Hiroshi Tanabe Kenji, and Korea, Kim Young-soo, attended the ceremony.",
      {"Hiroshi Tanabe Kenji": ("Ambassador", {"Japan"}), "Kim Young-soo": ("Ambassador", {"South Korea", "Korea"})},
      "the-ambassadors-of-X-comma-A-and-Y-comma-B"),
    P("NAIROBI, 7 May 2025 – The ministers of health of Kenya, Grace Wanjiru Kamau, and Uganda, Peter Okello Obua, "
      "signed the memorandum on Tuesday.",
      {"Grace Wanjiru Kamau": ("Minister of Health", {"Kenya"}),
       "Peter Okello Obua": ("Minister of Health", {"Uganda"})},
      "the-ministers-of-a-portfolio-of-X-comma-A-and-Y-comma-B", "Ministry of Foreign Affairs of Kenya"),
    P("LIMA (Andina) – The Foreign Ministers of Peru, Carlos Mendoza Ruiz; Chile, Mrs. Ana Soto Vidal; and Bolivia, "
      "Luis Quispe Mamani, opened the regional meeting.",
      {"Carlos Mendoza Ruiz": ("Foreign Minister", {"Peru"}), "Ana Soto Vidal": ("Foreign Minister", {"Chile"}),
       "Luis Quispe Mamani": ("Foreign Minister", {"Bolivia"})},
      "the-Foreign-Ministers-of-X-comma-A-semicolon-Y-comma-B-and-Z-comma-C", "Andina"),
    P("The President received the Ambassadors of Brazil, H.E. Mr. Paulo Ricci Costa, and of Argentina, "
      "H.E. Ms. Juana Perez Gomez, who presented their letters of credence.",
      {"Paulo Ricci Costa": ("Ambassador", {"Brazil"}), "Juana Perez Gomez": ("Ambassador", {"Argentina"})},
      "the-Ambassadors-of-X-comma-HE-A-and-of-Y-comma-HE-B"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in PAIRED_POSTS])
def test_a_plural_title_pairs_each_state_with_the_holder_after_it(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# "his Chief of Staff, Mr. B": a bare title of someone's aide serves the organization of that someone's post
AIDE_POSTS = [
    P("The Secretary General of ECOWAS, Moussa Diallo Keita, accompanied by his Chief of Staff, Mr. Kofi Adu Mensah, "
      "was received by the President of Ghana.",
      {"Moussa Diallo Keita": ("Secretary General", {"Economic Community of West African States"}),
       "Kofi Adu Mensah": ("Chief of Staff", {"Economic Community of West African States"})},
      "the-head-comma-A-accompanied-by-his-Chief-of-Staff-comma-B"),
    P("ADDIS ABABA, 5 May 2025 – The Chairperson of the African Union Commission, Moussa Diallo Keita, flanked by "
      "his Director of Cabinet, Dr. Peter Okello Obua, held talks with the delegation.",
      {"Moussa Diallo Keita": ("Chairperson", {"African Union Commission", "African Union"}),
       "Peter Okello Obua": ("Director of Cabinet", {"African Union Commission", "African Union"})},
      "the-Chairperson-comma-A-flanked-by-his-Director-of-Cabinet-comma-Dr-B", "African Union"),
    P("The Director-General of UNESCO, Mrs. Grace Wanjiru Kamau, joined by her Chief of Staff, Mr. Paolo Ricci "
      "Bianchi, opened the exhibition in Paris.",
      {"Grace Wanjiru Kamau": ("Director-General", {UNESCO}), "Paolo Ricci Bianchi": ("Chief of Staff", {UNESCO})},
      "the-Director-General-comma-Mrs-A-joined-by-her-Chief-of-Staff-comma-Mr-B", "UNESCO"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in AIDE_POSTS])
def test_an_aide_of_a_post_holder_serves_its_organization(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# a state after "for" in a title is the post's portfolio when an employer follows with "of"
PORTFOLIO_STATE_POSTS = [
    P("BEIJING, May 3 (Xinhua) -- Chinese Vice Foreign Minister Zhang Wei held talks with Emily Carter Hughes, deputy "
      "director for Japan affairs of the Ministry of Foreign Affairs of Canada.",
      {"Zhang Wei": ("Vice Foreign Minister", {"China"}),
       "Emily Carter Hughes": ("deputy director for Japan affairs",
                               {"Ministry of Foreign Affairs of Canada", "Canada"})},
      "A-deputy-director-for-X-affairs-of-a-ministry", "Xinhua News Agency"),
    P("TOKYO, 3 May 2025 - The minister met Daniel Brooks Miller, Special Envoy for Sudan of the European Union.",
      {"Daniel Brooks Miller": ("Special Envoy for Sudan", {"European Union"})}, "A-Special-Envoy-for-X-of-ORG"),
    P("ADDIS ABABA – The Chairperson received Mr. Kofi Adu Mensah, Special Representative for Somalia of the United "
      "Nations Secretary-General.",
      {"Kofi Adu Mensah": ("Special Representative for Somalia", {"United Nations"})},
      "Mr-A-Special-Representative-for-X-of-the-UN-Secretary-General", "African Union"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in PORTFOLIO_STATE_POSTS])
def test_a_state_a_title_is_for_is_its_portfolio_before_an_employer(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# a participle that places the post ("accredited to Y", "based in Z") belongs to the title before the name
PLACED_POSTS = [
    P("The Ambassador of Chile accredited to Peru, Juan Perez Gomez, presented his credentials.",
      {"Juan Perez Gomez": ("Ambassador", {"Chile"})}, "the-Ambassador-of-X-accredited-to-Y-comma-A"),
    P("LIMA (Andina) – President Ana Soto Vidal received the Ambassador of Brazil accredited to Peru, "
      "Mr. Paulo Ricci Costa, at the Government Palace.",
      {"Ana Soto Vidal": ("President", {"Peru"}), "Paulo Ricci Costa": ("Ambassador", {"Brazil"})},
      "received-the-Ambassador-of-X-accredited-to-Y-comma-Mr-A", "Andina"),
    P("GENEVA, 5 May 2025 – The Permanent Representative of Kenya based in Geneva, Grace Wanjiru Kamau, addressed "
      "the council.",
      {"Grace Wanjiru Kamau": ("Permanent Representative", {"Kenya"})},
      "the-Permanent-Representative-of-X-based-in-a-city-comma-A"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in PLACED_POSTS])
def test_a_participle_placing_the_post_stays_in_the_title(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A known organization's name inside a longer name of a state's own body is not that organization: the
# post is with the longer body (or its state), never with the UN Security Council or the ICRC.
QUALIFIED_ORGANIZATION_POSTS = [
    P("ABUJA, 7 May 2025 – Musa Bello, National Security Adviser and Secretary of the Federal Security Council, "
      "received the Ambassador of Chad, Idriss Mahamat, on Wednesday.",
      {"Musa Bello": (("National Security Adviser", "Secretary"), {"Federal Security Council", "Nigeria"}),
       "Idriss Mahamat": ("Ambassador", {"Chad"})},
      "secretary-of-the-federal-security-council", "Office of the National Security Adviser of Nigeria"),
    P("The Director of the Kenyan Security Council, Jane Achieng, told reporters in Nairobi on Friday that the "
      "review was complete.",
      {"Jane Achieng": ("Director", {"Kenyan Security Council", "Kenya"})},
      "director-of-the-demonym-security-council", "Wire"),
    P("VIENNA, 8 May 2025 – Anna Berg, Secretary General of the Organization for Security and Co-operation in Europe, "
      "opened the conference on Thursday.",
      {"Anna Berg": ("Secretary General", {"Organization for Security and Co-operation in Europe"})},
      "A-secretary-general-of-a-hyphenated-known-name", "OSCE"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in QUALIFIED_ORGANIZATION_POSTS])
def test_a_known_name_inside_a_longer_name_is_not_that_organization(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A title's own abbreviations and signs are read as the title's: "a.i." (ad interim) and "ad interim"
# after a chargé d'affaires, "&" between the parts of a portfolio.
TITLE_SIGN_POSTS = [
    P("NEW YORK, 9 May 2025 – The Chargé d'Affaires a.i. of Iraq, Ali Kadhim Jasim, addressed the Committee on Friday.",
      {"Ali Kadhim Jasim": ("Chargé d'Affaires", {"Iraq"})}, "the-Charge-d-Affaires-a-i-of-Y-comma-A", "United Nations"),
    P("The Charge d'Affaires a.i. of Ghana Kofi Owusu Boateng attended the reception at the Foreign Ministry on 9 May 2025.",
      {"Kofi Owusu Boateng": ("Charge d'Affaires", {"Ghana"})}, "the-Charge-d-Affaires-a-i-of-Y-A", "Ministry of Foreign Affairs of Egypt"),
    P("VIENNA, 9 May 2025 – Mr. Tiago Souza Lima, Chargé d'Affaires ad interim of Brazil, signed the host agreement "
      "with the agency.",
      {"Tiago Souza Lima": ("Chargé d'Affaires", {"Brazil"})}, "A-Charge-d-Affaires-ad-interim-of-Y", "IAEA"),
    P("Ghanaian Minister of Foreign Affairs & Regional Integration Hon. Kofi Owusu Boateng received the delegation in "
      "Accra on 9 May 2025.",
      {"Kofi Owusu Boateng": ("Minister of Foreign Affairs & Regional Integration", {"Ghana"})},
      "adjective-Minister-of-X-ampersand-Y-Hon-A", "Ghana News Agency"),
    P("BRUSSELS, 9 May 2025 – The Commissioner met Hana Dvorak Novak, Minister of Industry & Trade of the Czech "
      "Republic, on Friday.",
      {"Hana Dvorak Novak": ("Minister of Industry & Trade", {"Czechia", "Czech Republic"})},
      "A-Minister-of-X-ampersand-Y-of-Z", "European Commission"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in TITLE_SIGN_POSTS])
def test_a_titles_abbreviations_and_signs_stay_in_the_title(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A state that qualifies the other side ("his Ecuadorian counterpart", "her counterpart from Chile",
# "the Japanese Foreign Minister" with no name) is that side's: a title of this side that names no
# state does not take it (the role stays known, its state unsaid).
OTHER_SIDE_POSTS = [
    P("Foreign Minister Diego Pardo Rueda met his Ecuadorian counterpart in Quito on 9 May 2025.",
      {}, "Title-A-met-his-demonym-counterpart-unnamed", "Wire"),
    P("Foreign Minister Diego Pardo Rueda held a telephone call with his counterpart from Ecuador on 9 May 2025.",
      {}, "Title-A-called-his-counterpart-from-Y-unnamed", "Wire"),
    P("Minister of Trade Aisha Bello Musa held talks with the Japanese Minister of Trade in Tokyo on 9 May 2025.",
      {"Aisha Bello Musa": ("Minister of Trade", {None})}, "Title-A-talks-with-the-demonym-same-title-unnamed", "Wire"),
    P("Foreign Minister Diego Pardo Rueda received his Peruvian counterpart, Rosa Quispe Mamani, in Bogota on "
      "9 May 2025.",
      {"Diego Pardo Rueda": ("Foreign Minister", {"Colombia"}), "Rosa Quispe Mamani": ("Foreign Minister", {"Peru"})},
      "Title-A-received-his-demonym-counterpart-B-in-a-capital", "Ministry of Foreign Affairs of Colombia"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in OTHER_SIDE_POSTS])
def test_a_state_that_qualifies_the_other_side_is_not_this_sides(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# "The delegation" refers back to the item's last delegation, whose state it keeps; a state's whole
# government ("the Government of Kenya") names that state for a title that names none.
REFERRED_GROUP_POSTS = [
    P("GENEVA, 9 May 2025 – The Director-General met a delegation from Kenya on Friday. The delegation was led by "
      "Amina Wanjiru Otieno, Minister of Trade.",
      {"Amina Wanjiru Otieno": ("Minister of Trade", {"Kenya"})}, "a-delegation-from-Y-then-the-delegation-led-by-A-title",
      "World Trade Organization"),
    P("The Deputy Minister received a parliamentary delegation of Uruguay at the Ministry on 9 May 2025. The delegation, "
      "headed by Senator Lucia Ferreira Diaz, discussed trade and investment.",
      {"Lucia Ferreira Diaz": ("Senator", {"Uruguay"})}, "a-delegation-of-Y-then-the-delegation-headed-by-title-A",
      "Ministry of Foreign Affairs of Chile"),
    P("BRUSSELS, 9 May 2025 – The High Representative welcomed the Kenyan delegation. The delegation included Peter "
      "Kamau Mwangi, Principal Secretary for Foreign Affairs.",
      {"Peter Kamau Mwangi": ("Principal Secretary for Foreign Affairs", {"Kenya"})},
      "the-demonym-delegation-then-the-delegation-included-A-title", "Council of the European Union"),
    P("A delegation from Kenya visited the Ministry on 9 May 2025. The delegation met the Minister of Trade, Moses "
      "Okello Obua, at his office.",
      {"Moses Okello Obua": ("Minister of Trade", {"Uganda"})}, "the-delegation-met-the-title-A-is-not-in-it",
      "Ministry of Trade of Uganda"),
    P("The Government of Kenya was represented by Minister of Trade Amina Wanjiru Otieno at the meeting on 9 May 2025.",
      {"Amina Wanjiru Otieno": ("Minister of Trade", {"Kenya"})}, "the-Government-of-Y-represented-by-title-A",
      "World Trade Organization"),
    P("JAKARTA, 9 May 2025 – The Royal Government of Cambodia was represented at the forum by Deputy Prime Minister Sok "
      "Chenda Vannak.",
      {"Sok Chenda Vannak": ("Deputy Prime Minister", {"Cambodia"})}, "the-Royal-Government-of-Y-represented-by-title-A",
      "ASEAN"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in REFERRED_GROUP_POSTS])
def test_a_group_referred_back_to_and_a_states_government_give_the_state(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# An organization named before "Affairs", "Relations" or "Integration" is the subject of a portfolio or a
# unit ("Department of ASEAN Affairs", "Minister for EU Integration"), not the post's employer.
PORTFOLIO_SUBJECT_POSTS = [
    P("BANGKOK, 9 May 2025 – Mr. Somchai Rattana, Director-General, Department of ASEAN Affairs, Ministry of Foreign "
      "Affairs of Thailand, chaired the preparatory meeting.",
      {"Somchai Rattana": ("Director-General", {"Ministry of Foreign Affairs of Thailand", "Thailand"})},
      "A-title-comma-Department-of-ORG-Affairs-comma-ministry", "Ministry of Foreign Affairs of Thailand"),
    P("Ana Petrovic Kovac, Minister for EU Integration of Serbia, met the Commissioner in Brussels on 9 May 2025.",
      {"Ana Petrovic Kovac": ("Minister for EU Integration", {"Serbia"})}, "A-Minister-for-ORG-Integration-of-Y",
      "Wire"),
    P("The Director for United Nations Affairs of the Ministry of Foreign Affairs of Chile, Pablo Reyes Soto, addressed "
      "the seminar on 9 May 2025.",
      {"Pablo Reyes Soto": ("Director for United Nations Affairs", {"Ministry of Foreign Affairs of Chile", "Chile"})},
      "the-Director-for-ORG-Affairs-of-a-ministry-comma-A", "Ministry of Foreign Affairs of Chile"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in PORTFOLIO_SUBJECT_POSTS])
def test_an_organization_a_portfolio_is_about_is_not_the_employer(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# "of the Secretary-General for Yemen": a state after "for" that follows an office holder's "of" is the
# mandate's, not the employer; the envoy serves the office holder's organization.
MANDATE_STATE_POSTS = [
    P("NEW YORK, 9 May 2025 – The Special Envoy of the Secretary-General for Yemen, Hans Grundberg Olsen, briefed the "
      "Security Council on Friday.",
      {"Hans Grundberg Olsen": ("Special Envoy", {"United Nations"})}, "the-Special-Envoy-of-the-SG-for-Y-comma-A",
      "United Nations"),
    P("Special Representative of the Secretary-General for Somalia, James Swan Carter, met the President in Mogadishu "
      "on 9 May 2025.",
      {"James Swan Carter": ("Special Representative", {"United Nations"})}, "Special-Representative-of-the-SG-for-Y-comma-A",
      "UN News"),
    P("ADDIS ABABA, 9 May 2025 – The Special Representative of the Chairperson of the Commission for Somalia, Ambassador "
      "Kofi Adu Mensah, briefed the Peace and Security Council.",
      {"Kofi Adu Mensah": ("Special Representative", {"African Union", "African Union Commission"})},
      "the-Special-Representative-of-the-Chairperson-of-the-Commission-for-Y-comma-Ambassador-A", "African Union"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in MANDATE_STATE_POSTS])
def test_a_state_an_envoys_mandate_is_for_is_not_the_employer(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A government has many ministers, deputy ministers and senators at once: a second holder of such a bare
# title is of the same state, unlike a second "Prime Minister" or "Foreign Minister".
SHARED_TITLE_POSTS = [
    P("NAIROBI, 9 May 2025 – Kenya hosted the regional trade fair. Minister Amina Wanjiru Otieno opened it. Minister "
      "Peter Kamau Mwangi spoke on agriculture.",
      {"Amina Wanjiru Otieno": ("Minister", {"Kenya"}), "Peter Kamau Mwangi": ("Minister", {"Kenya"})},
      "two-bare-Ministers-of-the-item's-state", "Kenya News Agency"),
    P("Ghana hosted the forum on 9 May 2025. It was attended by Deputy Minister Ama Serwaa Boateng and Deputy Minister "
      "Kwame Osei Mensah.",
      {"Ama Serwaa Boateng": ("Deputy Minister", {"Ghana"}), "Kwame Osei Mensah": ("Deputy Minister", {"Ghana"})},
      "two-bare-Deputy-Ministers-of-the-item's-state", "Ghana News Agency"),
    P("MANILA, 9 May 2025 – The Philippines welcomed the trade mission. Senator Maria Santos Cruz and Senator Jose "
      "Reyes Garcia met the visitors at the Senate.",
      {"Maria Santos Cruz": ("Senator", {"Philippines"}), "Jose Reyes Garcia": ("Senator", {"Philippines"})},
      "two-bare-Senators-of-the-item's-state", "Philippine News Agency"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in SHARED_TITLE_POSTS])
def test_a_title_many_hold_at_once_is_shared_by_the_items_state(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# In a ministry's or government's own release, a title that names no organization and is no government
# office ("Chief of Protocol", "Director-General") is held by that government's staff, before the name too.
STAFF_TITLE_POSTS = [
    P("ACCRA, 9 May 2025 – Chief of Protocol Ama Serwaa Boateng welcomed the Ambassador of Japan, Hiro Tanaka Mori, at "
      "the Ministry on Friday.",
      {"Ama Serwaa Boateng": ("Chief of Protocol", {"Ghana"}), "Hiro Tanaka Mori": ("Ambassador", {"Japan"})},
      "Chief-of-Protocol-A-in-a-ministry's-release", "Ministry of Foreign Affairs of Ghana"),
    P("Director-General Maria Santos Cruz led the Philippine side at the consultations with Viet Nam in Manila on "
      "9 May 2025.",
      {"Maria Santos Cruz": ("Director-General", {"Philippines"})},
      "Director-General-A-in-a-department's-release", "Department of Foreign Affairs of the Philippines"),
    P("Director-General Maria Santos Cruz opened the regional workshop in Manila on 9 May 2025.",
      {}, "Director-General-A-in-a-wire-report-names-no-employer", "Wire"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in STAFF_TITLE_POSTS])
def test_a_bare_staff_title_before_the_name_is_the_publishing_governments(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# "the Commission" in the African Union's own release is the African Union Commission: the one body of the
# publisher that the gazetteer knows by that head word (none when several fit).
PUBLISHERS_BODY_POSTS = [
    P("ADDIS ABABA, 9 May 2025 – The Chairperson of the Commission, H.E. Moussa Diallo Keita, received the Minister of "
      "Foreign Affairs of Kenya, H.E. Amina Wanjiru Otieno, on Friday.",
      {"Moussa Diallo Keita": ("Chairperson", {"African Union Commission", "African Union"}),
       "Amina Wanjiru Otieno": ("Minister of Foreign Affairs", {"Kenya"})},
      "the-Chairperson-of-the-Commission-comma-HE-A-in-the-AU's-release", "African Union"),
    P("ABUJA, 9 May 2025 – The President of the Commission, Dr. Kwesi Ampofo Darko, opened the session of the Council "
      "of Ministers.",
      {"Kwesi Ampofo Darko": ("President", {"ECOWAS Commission", "Economic Community of West African States"})},
      "the-President-of-the-Commission-comma-Dr-A-in-ECOWAS's-release", "ECOWAS"),
    P("NEW YORK, 9 May 2025 – The Under-Secretary-General for Management of the Secretariat, Ms. Catherine Pollard "
      "Reyes, briefed the Fifth Committee.",
      {"Catherine Pollard Reyes": ("Under-Secretary-General for Management", {"United Nations Secretariat", "United Nations"})},
      "the-USG-of-the-Secretariat-comma-Ms-A-in-the-UN's-release", "United Nations"),
    # "the Organization" in an intergovernmental organization's own release is the publisher, not the one
    # body the item names ("the General Assembly")
    P("The Secretary General of the Organization, Renata Aguirre, met the Minister of Foreign Affairs of Uruguay, "
      "Martin Sosa, in Washington on 1 October 2025 to prepare the General Assembly.",
      {"Renata Aguirre": ("Secretary General", {"Organization of American States"}),
       "Martin Sosa": ("Minister of Foreign Affairs", {"Uruguay"})},
      "the-SG-of-the-Organization-comma-A-in-the-OAS's-release", "Organization of American States"),
    P("The Director-General of the Organization, Dr. Amara Osei, met the Minister of Health of Peru, Lucia Paredes, "
      "in Geneva on 9 May 2025 ahead of the World Health Assembly.",
      {"Amara Osei": ("Director-General", {"World Health Organization"}), "Lucia Paredes": ("Minister of Health", {"Peru"})},
      "the-DG-of-the-Organization-comma-Dr-A-in-the-WHO's-release", "World Health Organization"),
    P("The Secretary-General of the Organization, Farid Mansour, met the Minister of Foreign Affairs of Malaysia, "
      "Aziz Rahman, in Jeddah on 9 May 2025 on the eve of the Council of Foreign Ministers.",
      {"Farid Mansour": ("Secretary-General", {"Organisation of Islamic Cooperation"}),
       "Aziz Rahman": ("Minister of Foreign Affairs", {"Malaysia"})},
      "the-SG-of-the-Organization-comma-A-in-the-OIC's-release", "Organisation of Islamic Cooperation"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in PUBLISHERS_BODY_POSTS])
def test_a_body_named_by_its_head_word_is_the_publishers_known_body(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# "the Permanent Secretary, Ministry of Trade, A": the title's institution between commas, before the name.
COMMA_INSTITUTION_POSTS = [
    P("Present at the signing on 9 May 2025 were the Permanent Secretary, Ministry of Trade, Amina Wanjiru Otieno, "
      "and the Ambassador of Japan, Hiro Tanaka Mori.",
      {"Amina Wanjiru Otieno": ("Permanent Secretary", {"Ministry of Trade", "Kenya"}),
       "Hiro Tanaka Mori": ("Ambassador", {"Japan"})},
      "the-title-comma-ministry-comma-A", "Kenya News Agency"),
    P("PRETORIA, 9 May 2025 – The delegation was received by the Director-General, Department of International "
      "Relations and Cooperation, Mr. Thabo Nkosi Dlamini.",
      {"Thabo Nkosi Dlamini": ("Director-General", {"Department of International Relations and Cooperation",
                                                     "South Africa"})},
      "the-Director-General-comma-department-comma-Mr-A", "South African Government News Agency"),
    P("The Minister of Trade, Kenya, Amina Wanjiru Otieno, opened the ministerial session on 9 May 2025.",
      {"Amina Wanjiru Otieno": ("Minister of Trade", {"Kenya"})}, "the-title-comma-state-comma-A", "WTO"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in COMMA_INSTITUTION_POSTS])
def test_a_titles_institution_between_commas_before_the_name(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A role word right before the name that the tagger takes for a verb ("WHO chief A") is still the title's.
VERB_TAGGED_TITLE_POSTS = [
    P("WHO chief Tedros Adhanom Ghebreyesus visited Nairobi on June 9.",
      {"Tedros Adhanom Ghebreyesus": ("chief", {"World Health Organization"})}, "ORG-chief-A-wire", "Reuters"),
    P("UN aid chief Tom Fletcher Hale visited the camp in Chad on June 9.",
      {"Tom Fletcher Hale": ("aid chief", {"United Nations"})}, "ORG-aid-chief-A-wire", "Associated Press"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in VERB_TAGGED_TITLE_POSTS])
def test_a_role_word_tagged_as_a_verb_before_the_name_is_the_title(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# "The Minister of Health, A, held talks with the Minister of Health of Spain, B": the parser may take the verb
# after A's apposition for a modifier; the verb with its object still ends the apposition, so that B's title
# is B's, not A's.
VERB_AFTER_APPOSITION_POSTS = [
    P("The Minister of Health, Fatima Benali, held talks with the Minister of Health of Spain, Javier Ortega Ruiz, "
      "in Rabat on 9 May 2025.",
      {"Fatima Benali": ("Minister of Health", {None}), "Javier Ortega Ruiz": ("Minister of Health", {"Spain"})},
      "the-Title-comma-A-held-talks-with-the-same-Title-of-Z-comma-B", None),
    P("The Secretary of State for Trade, Lotte Vermeer, held talks with the Minister of Trade of Spain, Javier Ortega "
      "Ruiz, in The Hague on 9 May 2025.",
      {"Lotte Vermeer": ("Secretary of State for Trade", {None, "Netherlands"}),
       "Javier Ortega Ruiz": ("Minister of Trade", {"Spain"})},
      "the-Title-for-X-comma-A-held-talks-with-the-Title-of-Z-comma-B", None,
      pytest.mark.xfail(strict=True, reason="the title is A's own now, but a bare title with no publisher takes the "
                        "state of the one other title in its sentence (Spain), not none nor the host's of the place "
                        "(The Hague); the rule that kept it from the title met took the right state from presidents "
                        "whose publisher names their state ('State House Tanzania') and was reverted")),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in VERB_AFTER_APPOSITION_POSTS])
def test_a_verb_with_its_object_ends_the_apposition_after_a_name(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A role term with a hyphenated suffix of office ("-designate", "-elect") is that role; an aide "to the
# President" holds the aide's post, not the President's.
SUFFIXED_AND_AIDE_POSTS = [
    P("NEW YORK, 9 May 2025 – The Secretary-General received the Permanent Representative-designate of Chile, Mr. Pablo "
      "Reyes Soto, on Friday.",
      {"Pablo Reyes Soto": ("Permanent Representative-designate", {"Chile"})},
      "the-Permanent-Representative-designate-of-Y-comma-Mr-A", "United Nations"),
    P("The Director-General-elect of the International Labour Organization, Ms. Grace Wanjiru Kamau, met the Governing "
      "Body on 9 May 2025.",
      {"Grace Wanjiru Kamau": ("Director-General-elect", {"International Labour Organization"})},
      "the-Director-General-elect-of-ORG-comma-Ms-A", "ILO"),
    P("The delegation was received on 9 May 2025 by the Special Assistant to the President of Chile, Mr. Pablo Reyes "
      "Soto.",
      {"Pablo Reyes Soto": ("Special Assistant", {"Chile"})},
      "the-Special-Assistant-to-the-President-of-Y-comma-Mr-A", "Wire"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in SUFFIXED_AND_AIDE_POSTS])
def test_a_suffixed_role_and_an_aide_to_a_post_holder(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# Diplomatic titles of other traditions, from the title lexicon (data/roles.tsv).
DIPLOMATIC_TRADITION_POSTS = [
    P("VATICAN CITY, 9 May 2025 – The Minister received Archbishop Paolo Gallo Reni, Secretary for Relations with "
      "States, on Friday.",
      {"Paolo Gallo Reni": ("Secretary for Relations with States", {"Holy See"})},
      "A-Secretary-for-Relations-with-States-names-the-Holy-See", "Ministry of Foreign Affairs of Chile"),
    P("The Chargé de Mission of the Embassy of France, Ms. Claire Dubois Martin, attended the ceremony on 9 May 2025.",
      {"Claire Dubois Martin": ("Chargé de Mission", {"France", "Embassy of France"})},
      "the-Charge-de-Mission-of-the-Embassy-of-Y-comma-Ms-A", "Ministry of Foreign Affairs of Senegal"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in DIPLOMATIC_TRADITION_POSTS])
def test_diplomatic_titles_of_other_traditions(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A chain of units between commas ("Director-General, Department of X, Ministry of Y"): the first unit belongs
# to the institution named after it, not to the publisher; "the Ambassador of X, accredited to Y, A" with its
# commas; a title after a lower-case phrase with a preposition ("bade farewell to the outgoing Ambassador").
UNIT_CHAIN_POSTS = [
    P("BANGKOK, 3 May 2025 – In the afternoon, Mrs. Suda Rattanakul Chaiyo, Director-General, Department of Trade "
      "Policy, Ministry of Commerce, met the Executive Secretary of ESCAP, Lena Novak.",
      {"Suda Rattanakul Chaiyo": ("Director-General", {"Department of Trade Policy", "Ministry of Commerce", "Thailand"}),
       "Lena Novak": ("Executive Secretary",
                      {"United Nations Economic and Social Commission for Asia and the Pacific"})},
      "A-title-comma-unit-comma-ministry-in-a-UN-release", "ESCAP"),
    P("ACCRA, 3 May 2025 – The delegation was received by the Director, Division of Consular Affairs, Ministry of "
      "Foreign Affairs and Regional Integration, Mr. Kofi Asante Boateng, on Friday.",
      {"Kofi Asante Boateng": ("Director", {"Division of Consular Affairs",
                                            "Ministry of Foreign Affairs and Regional Integration", "Ghana"})},
      "the-title-comma-unit-comma-ministry-comma-Mr-A", "Ghana News Agency"),
    P("BRUSSELS, 3 May 2025 – Ms. Ingrid Vos Janssen, Director, Directorate for Market Access, European Commission, "
      "presented the report to the committee.",
      {"Ingrid Vos Janssen": ("Director", {"Directorate for Market Access", "European Commission", "European Union"})},
      "A-title-comma-directorate-comma-EU-institution", "European Parliament"),
    P("BRUSSELS, 3 May 2025 – The report was presented by the Head, Market Access Unit, European Commission, Ms. "
      "Ingrid Vos Janssen.",
      {"Ingrid Vos Janssen": ("Head", {"Market Access Unit", "European Commission", "European Union"})},
      "the-title-comma-unit-comma-EU-institution-comma-Ms-A", "European Parliament"),
    P("NAIROBI, 3 May 2025 – Mr. Peter Kamau Njoroge, Chief Economist, Research Department, Central Bank of Kenya, "
      "briefed the committee on Friday.",
      {"Peter Kamau Njoroge": ("Chief Economist", {"Research Department", "Central Bank of Kenya", "Kenya"})},
      "A-title-comma-department-comma-central-bank", "Kenya News Agency"),
]

ACCREDITED_POSTS = [
    P("SAN SALVADOR, 3 May 2025 – The Secretary General of SICA received the Ambassador of Panama, accredited to El "
      "Salvador, Mr. Rafael Ortega Luna, who presented a copy of his credentials.",
      {"Rafael Ortega Luna": ("Ambassador", {"Panama"})},
      "the-Ambassador-of-X-comma-accredited-to-Y-comma-Mr-A", "SICA"),
    P("NAIROBI, 3 May 2025 – The Cabinet Secretary received the High Commissioner of Canada, accredited to Kenya, "
      "Ms. Claire Dubois Martin, at the ministry.",
      {"Claire Dubois Martin": ("High Commissioner", {"Canada"})},
      "the-High-Commissioner-of-X-comma-accredited-to-Y-comma-Ms-A", "Ministry of Foreign Affairs of Kenya"),
    P("ADDIS ABABA, 3 May 2025 – The Chairperson of the Commission met the Ambassador of Brazil, accredited to Ethiopia "
      "and to the African Union, Mr. Joao Pereira Costa, on Friday.",
      {"Joao Pereira Costa": ("Ambassador", {"Brazil"})},
      "the-Ambassador-of-X-comma-accredited-to-Y-and-Z-comma-Mr-A", "African Union"),
]

FAREWELL_POSTS = [
    P("NEW DELHI, 3 May 2025 – The Minister bade farewell to the outgoing High Commissioner of Canada, Ms. Claire "
      "Dubois Martin, on Friday.",
      {"Claire Dubois Martin": ("High Commissioner", {"Canada"})},
      "bade-farewell-to-the-outgoing-title-of-X-comma-Ms-A", "Ministry of External Affairs of India"),
    P("WASHINGTON, 3 May 2025 – The Secretary General bid farewell to the outgoing Ambassador of Chile, Camila Rojas "
      "Vidal, at the headquarters.",
      {"Camila Rojas Vidal": ("Ambassador", {"Chile"})},
      "bid-farewell-to-the-outgoing-title-of-X-comma-A", "OAS"),
    P("The President paid tribute to the departing Representative of UNICEF, Ms. Anna Berg Holm, on 3 May 2025.",
      {"Anna Berg Holm": ("Representative", {"UNICEF", "United Nations Children's Fund"})},
      "paid-tribute-to-the-departing-title-of-ORG-comma-Ms-A", "State House Uganda"),
]


# A portfolio after a role term ("Minister of Trade") is not the short name of a unit named elsewhere ("Trade
# Division").
PORTFOLIO_WORD_POSTS = [
    P("NAIROBI, 3 May 2025 – The Health Department of Nairobi County hosted the campaign. The Minister of Health, "
      "Dr. Wanjiru Kamau Njeri, opened it on Friday.",
      {"Wanjiru Kamau Njeri": ("Minister of Health", {"Kenya"})},
      "a-Health-Department-then-the-Minister-of-Health-comma-Dr-A", "Kenya News Agency"),
    P("COPENHAGEN, 3 May 2025 – The Energy Directorate published the figures. Minister for Energy Lars Holm Berg "
      "presented them to the press.",
      {"Lars Holm Berg": ("Minister for Energy", {"Denmark"})},
      "an-Energy-Directorate-then-Minister-for-Energy-A", "Ministry of Climate of Denmark"),
]


# A list of possessive titles that the parser reads as one organization across the names: the portfolio after
# the last "Minister of" is no organization.
POSSESSIVE_LIST_POSTS = [
    P("GABORONE, 8 May 2025 – Upon arrival at the airport, the President was welcomed by SADC Executive Secretary, His "
      "Excellency Tendai Moyo Ncube, Malawi’s Minister of Foreign Affairs, Chikondi Banda and Botswana’s Minister of "
      "International Affairs and Cooperation, Kagiso Molefe, among other officials.",
      {"Tendai Moyo Ncube": ("Executive Secretary", {"Southern African Development Community"}),
       "Chikondi Banda": ("Minister of Foreign Affairs", {"Malawi"}),
       "Kagiso Molefe": ("Minister of International Affairs and Cooperation", {"Botswana"})},
      "welcomed-by-title-A-Ys-Minister-B-and-Zs-Minister-of-X-and-W-C", "Malawi News Agency"),
]


# A portfolio joined by "and" that the parser tags as a person before the comma and the name ("the State Minister
# for Relief and Disaster Preparedness, A") is the title's, not a person.
PORTFOLIO_AFTER_AND_POSTS = [
    P("KAMPALA, 8 May 2025 – The UNICEF Representative in Uganda, Matthew Crentsil, met the State Minister for Relief "
      "and Disaster Preparedness, Esther Anyakun Okello, on Thursday.",
      {"Matthew Crentsil": ("Representative", {"United Nations Children's Fund"}),
       "Esther Anyakun Okello": ("State Minister for Relief and Disaster Preparedness", {"Uganda"})},
      "the-State-Minister-for-X-and-Y-Z-comma-A", "Uganda Media Centre"),
    P("GABORONE, 8 May 2025 – The Minister for Environment and Tourism Development, Neo Kgosi Molefe, opened the "
      "wildlife conference on Thursday.",
      {"Neo Kgosi Molefe": ("Minister for Environment and Tourism Development", {"Botswana"})},
      "the-Minister-for-X-and-Y-Z-comma-A-news-agency", "Botswana Daily News"),
    P("NAIROBI, 8 May 2025 – The Cabinet Secretary for Water and Sanitation, Alice Wambui Mwangi, met the World Bank "
      "Country Director, Keith Hansen, on Thursday.",
      {"Alice Wambui Mwangi": ("Cabinet Secretary for Water and Sanitation", {"Kenya"}),
       "Keith Hansen": ("Country Director", {"World Bank", "International Bank for Reconstruction and Development"})},
      "the-Cabinet-Secretary-for-X-and-Y-comma-A", "Kenya News Agency"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in UNIT_CHAIN_POSTS + ACCREDITED_POSTS + FAREWELL_POSTS
                                                       + PORTFOLIO_WORD_POSTS + PORTFOLIO_AFTER_AND_POSTS
                                                       + POSSESSIVE_LIST_POSTS])
def test_unit_chains_accreditation_and_phrases_before_a_title(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A title marked as a visitor's ("The visiting Director, A") that names no organization is of the group the item
# introduced before it ("a delegation from X"), not the publisher's nor the dateline's state.
VISITOR_POSTS = [
    P("RABAT, 8 May 2025 – The Director-General of ICESCO, Salim AlMalik, received the visiting delegation of the "
      "National Library of Nigeria. The visiting Director, Ngozi Okafor Eze, presented the library's digitization "
      "project.",
      {"Salim AlMalik": ("Director-General", {"Islamic World Educational, Scientific and Cultural Organization"}),
       "Ngozi Okafor Eze": ("Director", {"National Library of Nigeria", "Nigeria"})},
      "a-visiting-delegation-of-ORG-then-the-visiting-title-comma-A", "ICESCO"),
    P("PARIS, 8 May 2025 – The Assistant Director-General for Culture received a delegation from the Ministry of "
      "Culture of Peru on Thursday. The visiting Vice-Minister, Rosa Quispe Mamani, presented the nomination file.",
      {"Rosa Quispe Mamani": ("Vice-Minister", {"Ministry of Culture of Peru", "Peru"})},
      "a-delegation-from-a-ministry-then-the-visiting-Vice-Minister-comma-A", "UNESCO"),
    P("BRUSSELS, 8 May 2025 – Commissioner Lotte Jansen met a delegation from the University of Nairobi. Prof. Peter "
      "Kamau Njoroge, the visiting Vice-Chancellor, outlined the university's research programme.",
      {"Lotte Jansen": ("Commissioner", {"European Commission"}),
       "Peter Kamau Njoroge": ("Vice-Chancellor", {"University of Nairobi"})},
      "a-delegation-from-a-university-then-A-the-visiting-title", "European Commission"),
    P("ACCRA, 8 May 2025 – The Minister of Trade, Kwame Asare Mensah, received a delegation from the Ministry of "
      "Commerce of Togo. The visiting Secretary-General, Koffi Agbeko Amedzro, thanked his host.",
      {"Kwame Asare Mensah": ("Minister of Trade", {"Ghana"}),
       "Koffi Agbeko Amedzro": ("Secretary-General", {"Ministry of Commerce of Togo", "Togo"})},
      "a-ministry-release-the-visiting-Secretary-General-of-a-delegation", "Ministry of Trade and Industry of Ghana"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in VISITOR_POSTS])
def test_a_visitors_title_is_of_the_visiting_group(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A monarch named by one word after the title ("Jordanian King Faisal", "Eswatini's King Sobantu"), which the
# parser does not tag as a person, is one (data/extraction/single_name_titles.txt).
SINGLE_NAME_POSTS = [
    P("AMMAN (Reuters) - Jordanian King Faisal met U.S. Secretary of State Mark Hollis in Amman on Thursday.",
      {"Faisal": ("King", {"Jordan"}), "Mark Hollis": ("Secretary of State", {"United States"})},
      "wire-adjective-King-one-word-name", "Reuters"),
    P("MBABANE, 8 May 2025 – Eswatini's King Sobantu opened the trade fair on Thursday.",
      {"Sobantu": ("King", {"Eswatini"})}, "Ys-King-one-word-name", "Government of Eswatini"),
    P("DOHA, 8 May 2025 – Qatar's Emir Rashid received the Prime Minister of Italy, Marco Bellini, at the Amiri Diwan "
      "on Thursday.",
      {"Rashid": ("Emir", {"Qatar"}), "Marco Bellini": ("Prime Minister", {"Italy"})},
      "Ys-Emir-one-word-name-tagged", "Qatar News Agency"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in SINGLE_NAME_POSTS])
def test_a_monarch_named_by_one_word(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# Signature blocks: a name alone on its line, which the parser does not tag, with a title on the next line is a
# person; the party on the line before it ("For the Government of X", "On behalf of Y") is the signer's.
SIGNATURE_POSTS = [
    P("The two sides signed the memorandum in Accra on 8 May 2025.\n\nFor the Government of the Republic of Ghana\n"
      "Kwame Asare Mensah\nMinister for Foreign Affairs\n\nFor the Government of Japan\nKenji Sato Mori\n"
      "Ambassador Extraordinary and Plenipotentiary",
      {"Kwame Asare Mensah": ("Minister for Foreign Affairs", {"Ghana"}),
       "Kenji Sato Mori": ("Ambassador Extraordinary and Plenipotentiary", {"Japan"})},
      "signature-blocks-For-the-Government-of-Y-name-title", "Ministry of Foreign Affairs of Ghana"),
    P("The joint communiqué was adopted in Addis Ababa on 8 May 2025.\n\nOn behalf of the African Union Commission\n"
      "Amina Yusuf Bello\nCommissioner for Trade and Industry\n\nOn behalf of the European Commission\nLotte Jansen Vos\n"
      "Commissioner for International Partnerships",
      {"Amina Yusuf Bello": ("Commissioner for Trade and Industry", {"African Union Commission", "African Union"}),
       "Lotte Jansen Vos": ("Commissioner for International Partnerships", {"European Commission", "European Union"})},
      "signature-blocks-On-behalf-of-ORG-name-Commissioner-for-X", "African Union"),
    P("WFP delivered food to 40,000 people in May 2025.\n\nMedia contact:\nGrace Wanjiru Otieno\nHead of Communications\n"
      "World Food Programme\nTel: +254 20 000 0000",
      {"Grace Wanjiru Otieno": ("Head of Communications", {"World Food Programme"})},
      "contact-block-name-title-organization", "World Food Programme"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in SIGNATURE_POSTS])
def test_signature_blocks(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# An embassy's section is a unit ("Consular Section"), not a person; a title, its unit and the unit's institution
# between commas before the name ("the First Secretary, Political Section, Embassy of Japan, Mr. A").
SECTION_POSTS = [
    P("CAIRO, 3 May 2025 – The First Secretary, Political Section, Embassy of Japan, Mr. Kenji Sato Mori, attended "
      "the seminar.",
      {"Kenji Sato Mori": ("First Secretary", {"Embassy of Japan", "Japan", "Political Section"})},
      "the-title-comma-section-comma-embassy-comma-Mr-A", "Egypt State Information Service"),
    P("The Head, Consular Section, Embassy of India in Cairo, Mr. Arjun Mehta Rao, received the students on 3 May "
      "2025.",
      {"Arjun Mehta Rao": ("Head", {"Embassy of India in Cairo", "India", "Consular Section"})},
      "the-Head-comma-Consular-Section-comma-embassy-comma-Mr-A", "Ministry of Higher Education of Egypt"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in SECTION_POSTS])
def test_an_embassy_section_between_commas(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# Publisher styles of unseen news: a government press office listing its delegation, a regional body's list of
# heads of delegation, a university's and a museum's release, wires that give the post in brackets after the name
# ("A (Minister of X, Y)", "A (Y's x minister)"), and a qualifier the state's word separates from the title
# ("Former Ghanaian President A": a former post is not the current one, and the role keeps "Former").
UNSEEN_STYLE_POSTS = [
    P("BAMAKO, 8 May 2025 – The Malian delegation to the summit included the Minister of Health, Dr. Amara Kone "
      "Sidibe; the Minister of Agriculture, Mr. Seydou Traore; and the Minister Delegate for Trade, Mrs. Fatoumata "
      "Diallo.",
      {"Amara Kone Sidibe": ("Minister of Health", {"Mali"}), "Seydou Traore": ("Minister of Agriculture", {"Mali"}),
       "Fatoumata Diallo": ("Minister Delegate for Trade", {"Mali"})},
      "press-office-a-delegation-listed-with-semicolons", "Government of Mali"),
    P("GABORONE, 8 May 2025 – The Extraordinary Meeting of the SADC Council of Ministers was held in Gaborone. Heads "
      "of delegation were: Hon. Peter Mwanza Chola, Minister of Foreign Affairs of Zambia; Hon. Grace Banda Phiri, "
      "Minister of Trade of Malawi; and Hon. Joao Matola Nhantumbo, Deputy Minister of Foreign Affairs of Mozambique.",
      {"Peter Mwanza Chola": ("Minister of Foreign Affairs", {"Zambia"}),
       "Grace Banda Phiri": ("Minister of Trade", {"Malawi"}),
       "Joao Matola Nhantumbo": ("Deputy Minister of Foreign Affairs", {"Mozambique"})},
      "communique-heads-of-delegation-were-colon-list", "Southern African Development Community"),
    P("ABUJA, 8 May 2025 – The meeting brought together the heads of delegation of the Member States: Benin – Mr. "
      "Koffi Adjovi Houngbo, Minister of Trade; Ghana – Hon. Ama Serwah Boateng, Deputy Minister of Finance; Togo – "
      "Mrs. Akossiwa Mensah Kodjo, Minister of Planning.",
      {"Koffi Adjovi Houngbo": ("Minister of Trade", {"Benin"}),
       "Ama Serwah Boateng": ("Deputy Minister of Finance", {"Ghana"}),
       "Akossiwa Mensah Kodjo": ("Minister of Planning", {"Togo"})},
      "communique-State-dash-A-comma-title-entries-not-the-datelines-state", "Economic Community of West African States"),
    P("GABORONE, 8 May 2025 – The following heads of delegation attended:\nBotswana: Hon. Lesego Molefe Kgosi, "
      "Minister of Trade\nZambia: Hon. Peter Mwanza Chola, Minister of Commerce",
      {"Lesego Molefe Kgosi": ("Minister of Trade", {"Botswana"}), "Peter Mwanza Chola": ("Minister of Commerce", {"Zambia"})},
      "communique-State-colon-A-comma-title-one-a-line", "Southern African Development Community"),
    P("LEEDS, 8 May 2025 – Professor Helen Marsh Avery, Vice-Chancellor of the University of Leeds, welcomed a "
      "delegation from the University of Ghana on Thursday.",
      {"Helen Marsh Avery": ("Vice-Chancellor", {"University of Leeds"})},
      "university-release-Professor-A-comma-title-of-the-university", "University of Leeds"),
    P("WASHINGTON, 8 May 2025 – The museum welcomed Dr. Amina Yusuf Bello, Director-General of the National "
      "Commission for Museums and Monuments of Nigeria, on Thursday.",
      {"Amina Yusuf Bello": ("Director-General", {"National Commission for Museums and Monuments of Nigeria"})},
      "museum-release-an-institution-of-two-fields-joined-by-and", "Smithsonian Institution"),
    # a sentence that opens with "The <head word>'s" title refers to the item's one institution of that head word,
    # wherever the word stands in its name ("National Museum of African Art")
    P("WASHINGTON, 8 May 2025 – The Smithsonian's National Museum of African Art welcomed a delegation on Thursday. "
      "The museum's Director, Dr. Ruth Calder Hayes, led the tour.",
      {"Ruth Calder Hayes": ("Director", {"National Museum of African Art"})},
      "museum-release-The-museums-Director-comma-A", "Smithsonian Institution"),
    P("ACCRA, 8 May 2025 – The Ghana Export Bank opened a branch in Kumasi on Thursday. The bank's president, Ruth "
      "Calder Hayes, cut the ribbon.",
      {"Ruth Calder Hayes": ("president", {"Ghana Export Bank"})},
      "The-banks-president-comma-A-not-the-state", None),
    P("NAIROBI, 8 May 2025 – The Minister received the Director of the Agency for Science and Innovation of Kenya, "
      "Mr. Otieno Wafula Barasa, on Thursday.",
      {"Otieno Wafula Barasa": ("Director", {"Agency for Science and Innovation of Kenya", "Kenya"})},
      "the-title-of-an-agency-of-two-fields-of-Y-comma-Mr-A", "Ministry of Education of Kenya"),
    P("GENEVA (Reuters) - Lars Holm Berg (Minister of Development, Denmark) told the conference that aid would rise.",
      {"Lars Holm Berg": ("Minister of Development", {"Denmark"})},
      "wire-A-(title-comma-Y)-untagged-name", "Reuters"),
    P("PARIS (AFP) - Hanna Virtanen Koski (Finland's foreign minister) and Pierre Lambert Roy (French minister for "
      "Europe) discussed sanctions on Thursday.",
      {"Hanna Virtanen Koski": ("foreign minister", {"Finland"}), "Pierre Lambert Roy": ("minister for Europe", {"France"})},
      "wire-A-(Ys-title)-and-B-(adjective-title)", "Agence France-Presse"),
    P("GENEVA (Reuters) - The conference heard Lars Holm Berg (Denmark) and Ana Ruiz Soto (Spain) on Thursday.",
      {}, "wire-A-(Y)-without-a-title-holds-no-post", "Reuters"),
    P("GENEVA (Reuters) - Lars Holm Berg () told the conference that aid would rise.",
      {}, "wire-A-empty-brackets-holds-no-post", "Reuters"),
    P("ACCRA (Reuters) - Former Ghanaian President Kwame Otu Asante met the IMF's managing director, Lena Varga Kovacs, "
      "on Thursday.",
      {"Kwame Otu Asante": ("Former President", {"Ghana"}),
       "Lena Varga Kovacs": ("managing director", {IMF})},
      "wire-Former-adjective-President-A-keeps-the-qualifier", "Reuters"),
    # a lower-case word between the qualifier and the title is no state's word: the qualifier is not the title's
    P("ACCRA (GNA) - Ghana's Minister of Finance, Kwesi Ofori, thanked his former boss President Ama Mensah for her "
      "support on Monday.",
      {"Kwesi Ofori": ("Minister of Finance", {"Ghana"}), "Ama Mensah": ("President", {"Ghana"})},
      "agency-former-common-noun-then-President-A-is-no-former-post", "GNA"),
    P("NAIROBI (KNA) - Kenyan Minister of Trade Joseph Kamau met his former classmate Minister Paul Otieno of Uganda "
      "in Nairobi on Monday.",
      {"Joseph Kamau": ("Minister of Trade", {"Kenya"}), "Paul Otieno": ("Minister", {"Uganda"})},
      "agency-former-common-noun-then-Minister-A-of-Y-is-no-former-post", "KNA"),
    P("NAIROBI (Reuters) - The former Kenyan finance minister, Peter Mwangi Kamau, criticised the budget on Thursday.",
      {"Peter Mwangi Kamau": ("former finance minister", {"Kenya"})},
      "wire-the-former-adjective-title-comma-A", "Reuters"),
    P("NAIROBI (Reuters) - Former President Daniel Moi Kiprono met the ex-foreign minister, Ruth Akello Nabirye, on "
      "Thursday.",
      {"Daniel Moi Kiprono": ("Former President", {"Kenya"}), "Ruth Akello Nabirye": ("ex-foreign minister", {"Kenya"})},
      "wire-the-ex-title-comma-A-keeps-the-qualifier", "Reuters"),
    P("NAIROBI (Reuters) - Kenya's acting Foreign Minister Peter Mwangi Kamau met Uganda's Foreign Minister Ruth "
      "Akello Nabirye on Thursday.",
      {"Peter Mwangi Kamau": ("acting Foreign Minister", {"Kenya"}), "Ruth Akello Nabirye": ("Foreign Minister", {"Uganda"})},
      "wire-Ys-acting-title-A-keeps-the-qualifier", "Reuters"),
    P("NAIROBI (Reuters) - Ex-President Daniel Moi Kiprono met ex-Foreign Minister Ruth Akello Nabirye on Thursday.",
      {"Daniel Moi Kiprono": ("Ex-President", {"Kenya"}), "Ruth Akello Nabirye": ("ex-Foreign Minister", {"Kenya"})},
      "wire-Ex-title-A-hyphenated-qualifier", "Reuters"),
    # wires: a counterpart named by a run the parser tags as a nationality; a surname that is a city's name after
    # two given names and a title with its portfolio
    P("ANKARA (AA) - Turkish Foreign Minister Ahmet Yilmaz Kaya received his Azerbaijani counterpart Elnur Mammadov "
      "Aliyev in Ankara on Thursday.",
      {"Ahmet Yilmaz Kaya": ("Foreign Minister", {"Türkiye"}), "Elnur Mammadov Aliyev": ("Foreign Minister", {"Azerbaijan"})},
      "wire-his-adjective-counterpart-A-tagged-as-a-nationality", "Anadolu Agency"),
    P("BEIJING, May 8 (Xinhua) -- Chinese Vice Premier Liu Jian Guo met with visiting Brazilian Minister of "
      "Agriculture Paulo Souza Lima here on Thursday.",
      {"Liu Jian Guo": ("Vice Premier", {"China"}), "Paulo Souza Lima": ("Minister of Agriculture", {"Brazil"})},
      "wire-title-of-X-two-given-names-and-a-citys-surname", "Xinhua"),
    # a title of several words after a verb of election ("was elected Vice-Chair of X", "Deputy Chair of X")
    P("STRASBOURG, 8 May 2025 – Ms. Ingrid Berg Dahl was elected Vice-Chair of the Committee on Culture, Science and "
      "Education on Monday.",
      {"Ingrid Berg Dahl": ("Vice-Chair", {"Committee on Culture, Science and Education"})},
      "communique-A-was-elected-Vice-Chair-of-a-committee", "Council of Europe"),
    P("GENEVA, 8 May 2025 – Mr. Tomas Novak Horak was elected Deputy Chair of the World Heritage Committee on Monday.",
      {"Tomas Novak Horak": ("Deputy Chair", {"World Heritage Committee"})},
      "A-was-elected-Deputy-Chair-of-ORG", "UNESCO"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in UNSEEN_STYLE_POSTS])
def test_publisher_styles_of_unseen_news(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# Institutions named in another language ("Instituto Cervantes", "Goethe-Institut", "Museo del Prado": data/extraction/
# foreign_org_heads.tsv) or with their seat after a title and a name ("A, Rector of the University of Dakar"); an
# academic rank before the name ("Professor A") addresses the person and is no post in the publisher's service;
# the body that publishes ("German Federal Foreign Office") is no unit of another institution the item names; a
# relative day opening the sentence ("Tomorrow A, Head of ...") is no given name.
INSTITUTION_STYLE_POSTS = [
    P("BERLIN, 8 May 2025 – Professor Jonas Brandt Kiel, President of the Goethe-Institut, inaugurates a reading "
      "room in Tartu on Friday.",
      {"Jonas Brandt Kiel": ("President", {"Goethe-Institut"})},
      "a-German-compound-name-ending-in-its-head", "Ministry of Culture of Germany"),
    P("MADRID, 8 May 2025 – Mr. Pablo Ruiz Ortega, Director of the Instituto Cervantes, met the minister on Friday.",
      {"Pablo Ruiz Ortega": ("Director", {"Instituto Cervantes"})},
      "a-Spanish-name-opening-with-its-head", "Ministry of Culture of Spain"),
    P("DAKAR, 8 May 2025 – The Rector of the Université Cheikh Anta Diop, Prof. Awa Ndiaye Fall, received the "
      "delegation.",
      {"Awa Ndiaye Fall": ("Rector", {"Université Cheikh Anta Diop"})},
      "a-French-university-opening-with-its-head", "Government of Senegal"),
    P("LIMA, 8 May 2025 – The Vice-Minister of Cultural Heritage met the Director of the Museo del Prado, Miguel Ortega "
      "Sanz, on Friday.",
      {"Miguel Ortega Sanz": ("Director", {"Museo del Prado"})},
      "a-name-opening-with-its-head-and-a-particle-inside", "Ministry of Culture of Peru"),
    P("SANTIAGO, 8 May 2025 – The Rector of the Universidad de Chile, Dr. Rosa Pinto Vera, received the delegation.",
      {"Rosa Pinto Vera": ("Rector", {"Universidad de Chile"})},
      "a-foreign-name-ending-with-its-state", "Government of Chile"),
    P("DAKAR, 8 May 2025 – Professor Awa Ndiaye Fall, Rector of the University of Dakar, received the delegation.",
      {"Awa Ndiaye Fall": ("Rector", {"University of Dakar"})},
      "Professor-A-comma-Rector-of-a-university-of-its-city", "Government of Senegal"),
    P("DAKAR, 8 May 2025 – The Minister of Higher Education met Professor Awa Ndiaye Fall on Friday.",
      {}, "Professor-A-in-a-governments-release-is-no-post-of-its-state", "Government of Senegal"),
    P("BERLIN, 8 May 2025 – Tomorrow Petra Lang Weiss, Head of the Directorate-General for Culture at the "
      "Federal Foreign Office, and Professor Jonas Brandt Kiel, President of the Goethe-Institut, inaugurate a "
      "library in Tartu.",
      {"Petra Lang Weiss": ("Head", {"Federal Foreign Office", "Germany"}),
       "Jonas Brandt Kiel": ("President", {"Goethe-Institut"})},
      "the-publishers-own-office-is-no-unit-of-another-institution", "German Federal Foreign Office (example.de)"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in INSTITUTION_STYLE_POSTS])
def test_institutions_of_other_languages_and_seats(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# Words before a title (data/extraction/post_words.tsv): a qualifier stays in the role, as the gold files keep
# "acting Foreign Minister" and "Former Prime Minister"; a word of tenure ("outgoing", "new") says when the
# holder holds the post, not which post, and leaves it.
TITLE_QUALIFIER_POSTS = [
    P("ACCRA, 8 May 2025 – The interim President of the ECOWAS Commission, Mr. Yaw Boateng Osei, opened the "
      "summit on Monday.",
      {"Yaw Boateng Osei": ("interim President", {"ECOWAS Commission", "Economic Community of West African States",
                                                  "Economic Community of West African States Commission"})},
      "the-interim-Title-of-ORG-comma-A", "ECOWAS"),
    P("KAMPALA, 8 May 2025 – Interim Minister of Health Dr. Joseph Okello Mukasa opened the clinic in Gulu.",
      {"Joseph Okello Mukasa": ("Interim Minister of Health", {"Uganda"})},
      "Interim-Minister-of-X-Dr-A", "Government of Uganda"),
    P("DHAKA, 8 May 2025 – Caretaker Prime Minister Rahim Uddin Chowdhury received the Ambassador of Japan, Kenji "
      "Sato Ito.",
      {"Rahim Uddin Chowdhury": ("Caretaker Prime Minister", {"Bangladesh"}), "Kenji Sato Ito": ("Ambassador", {"Japan"})},
      "Caretaker-Prime-Minister-A", "Government of Bangladesh"),
    P("ACCRA, 8 May 2025 – The outgoing Ambassador of Japan, Mr. Kenji Sato Ito, paid a farewell call on the Minister "
      "of Foreign Affairs, Mr. Kofi Adu Mensah.",
      {"Kenji Sato Ito": ("Ambassador", {"Japan"}), "Kofi Adu Mensah": ("Minister of Foreign Affairs", {"Ghana"})},
      "the-outgoing-Ambassador-keeps-the-post-without-the-word", "Government of Ghana"),
    P("ABUJA, 8 May 2025 – Mr. Kwame Asante Boadu, the outgoing Secretary-General of the Economic Community of West "
      "African States, bid farewell to the staff.",
      {"Kwame Asante Boadu": ("Secretary-General", {"Economic Community of West African States"})},
      "A-the-outgoing-Title-of-ORG", "ECOWAS"),
    P("GENEVA, 8 May 2025 – The Executive Board appointed Dr. Lars Eklund Vik as acting Director-General of the "
      "World Meteorological Organization on Monday.",
      {"Lars Eklund Vik": ("acting Director-General", {"World Meteorological Organization"})},
      "appointed-A-as-acting-Title-of-ORG", "WMO"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in TITLE_QUALIFIER_POSTS])
def test_a_qualifier_before_a_title_stays_in_the_role_and_a_word_of_tenure_leaves_it(nlp, text, publisher, expected):
    ex = run(nlp, text, publisher)
    check(ex, expected)
    for post in ex.posts:  # the expected role exactly, not only its first words
        expected_role = expected[ex.entity(post.person).name][0]
        assert _words(post.role)[:len(_words(expected_role))] == _words(expected_role), post.role


# Styles of releases the other lists lack: a government press office listing a delegation with double posts; a
# university's and a museum's release; a regional body's communiqué listing heads of delegation; a wire with
# titles in brackets after names; diplomatic titles of missions ("Chargé d'affaires a.i.", "Permanent
# Representative of X to the United Nations in Geneva", "Head of the EU Delegation to X").
RELEASE_STYLE_POSTS = [
    P("LISBON, 8 May 2025 – The delegation of Portugal included Mr. Rui Tavares Costa, Deputy Prime Minister and "
      "Minister of Foreign Affairs, and Ms. Ana Sousa Melo, Minister of Economy.",
      {"Rui Tavares Costa": (("Deputy Prime Minister", "Minister of Foreign Affairs"), {"Portugal"}),
       "Ana Sousa Melo": ("Minister of Economy", {"Portugal"})},
      "press-office-delegation-with-a-double-post", "Government of Portugal"),
    P("MADRID, 8 May 2025 – The Deputy Prime Minister and Minister of Foreign Affairs of Portugal, Mr. Rui Tavares "
      "Costa, led the Portuguese delegation to the talks on Thursday.",
      {"Rui Tavares Costa": (("Deputy Prime Minister", "Minister of Foreign Affairs"), {"Portugal"})},
      "a-double-post-of-Y-before-the-name", "Government of Spain"),
    P("LISBON, 8 May 2025 – Mr. Rui Tavares Lima, the Minister of Finance, received the delegation.",
      {"Rui Tavares Lima": ("Minister of Finance", {"Portugal"})},
      "Mr-A-whose-surname-is-a-city-comma-the-Title", "Government of Portugal"),
    P("OXFORD, 8 May 2025 – Professor Helen Clarke Wood, Vice-Chancellor of the University of Oxford, welcomed "
      "Dr. Amina Yusuf Bello, Director of the National Museum of Nigeria.",
      {"Helen Clarke Wood": ("Vice-Chancellor", {"University of Oxford"}),
       "Amina Yusuf Bello": ("Director", {"National Museum of Nigeria"})},
      "university-release-two-heads-of-institutions", "University of Oxford"),
    P("LONDON, 8 May 2025 – Dr. Sarah Pike Hale, Curator of Asian Art at the British Museum, opened the exhibition "
      "with the Ambassador of Japan, Mr. Kenji Sato Ito.",
      {"Sarah Pike Hale": ("Curator of Asian Art", {"British Museum"}), "Kenji Sato Ito": ("Ambassador", {"Japan"})},
      "museum-release-a-curator-at-the-museum", "British Museum"),
    P("ADDIS ABABA, 8 May 2025 – The Chairperson of the African Union Commission received the Heads of Delegation "
      "of Kenya, Mr. Peter Otieno Kamau, and of Ghana, Ms. Akosua Mensah Owusu.",
      {"Peter Otieno Kamau": ("Head of Delegation", {"Kenya"}), "Akosua Mensah Owusu": ("Head of Delegation", {"Ghana"})},
      "communique-heads-of-delegation-of-X-comma-A-and-of-Y-comma-B", "African Union"),
    P("ABUJA, 8 May 2025 – Heads of delegation at the meeting included Mr. Kofi Adu Mensah, Minister of Foreign "
      "Affairs of Ghana; Ms. Aminata Diallo Sow, Minister of Foreign Affairs of Senegal; and Mr. Ibrahim Musa "
      "Bello, Minister of State for Foreign Affairs of Nigeria.",
      {"Kofi Adu Mensah": ("Minister of Foreign Affairs", {"Ghana"}),
       "Aminata Diallo Sow": ("Minister of Foreign Affairs", {"Senegal"}),
       "Ibrahim Musa Bello": ("Minister of State for Foreign Affairs", {"Nigeria"})},
      "communique-heads-of-delegation-listed-with-semicolons", "ECOWAS"),
    P("BANJUL, 8 May 2025 – Heads of delegation: H.E. Mr. Kofi Adu Mensah (Ghana), H.E. Ms. Aminata Diallo Sow "
      "(Senegal) and H.E. Mr. Ibrahim Musa Bello (Nigeria).",
      {"Kofi Adu Mensah": ("Head of Delegation", {"Ghana"}), "Aminata Diallo Sow": ("Head of Delegation", {"Senegal"}),
       "Ibrahim Musa Bello": ("Head of Delegation", {"Nigeria"})},
      "communique-plural-title-colon-then-names-with-states-in-brackets", "ECOWAS"),
    P("ADDIS ABABA, 8 May 2025 – Ambassadors Peter Otieno Kamau (Kenya) and Akosua Mensah Owusu (Ghana) presented "
      "their letters of accreditation to the Chairperson.",
      {"Peter Otieno Kamau": ("Ambassador", {"Kenya"}), "Akosua Mensah Owusu": ("Ambassador", {"Ghana"})},
      "plural-title-then-names-with-states-in-brackets", "African Union"),
    P("GENEVA (Reuters) - Rui Tavares Costa (Portugal's foreign minister) and Erik Lund (Norway's trade minister) "
      "met on Monday.",
      {"Rui Tavares Costa": ("foreign minister", {"Portugal"}), "Erik Lund": ("trade minister", {"Norway"})},
      "wire-titles-in-brackets-after-the-names", "Reuters"),
    P("NAIROBI (AFP) - Peter Otieno Kamau, Kenya's top diplomat, met his Ugandan counterpart on Monday.",
      {"Peter Otieno Kamau": (("top diplomat", "Foreign Minister"), {"Kenya"})},
      "wire-A-comma-Ys-top-diplomat", "AFP"),
    P("GENEVA, 8 May 2025 – The Director-General received Ms. Ingrid Holm Berg, Permanent Representative of Norway "
      "to the United Nations in Geneva, on Monday.",
      {"Ingrid Holm Berg": ("Permanent Representative", {"Norway"})},
      "Permanent-Representative-of-X-to-the-UN-in-Geneva", "World Health Organization"),
    P("NAIROBI, 8 May 2025 – The Cabinet Secretary received Mr. Hans Weber Kühn, Chargé d'affaires a.i. of "
      "Germany, on Monday.",
      {"Hans Weber Kühn": ("Chargé d'affaires a.i.", {"Germany"})},
      "Charge-d-affaires-a-i-of-X", "Government of Kenya"),
    P("ACCRA, 8 May 2025 – The Minister met Ms. Claire Dubois Martin, Head of the EU Delegation to Ghana, on Monday.",
      {"Claire Dubois Martin": ("Head", {"European Union", "Delegation of the European Union to Ghana"})},
      "Head-of-the-EU-Delegation-to-X", "Government of Ghana"),
    # a programme or project a title's "of" names employs its holder: an organization, though its head is an event noun
    P("NAIROBI, 8 May 2025 – Ms. Wanjiku Njeri Kamau, Coordinator of the Kenya Youth Employment Project, met the "
      "Ambassador of Japan, Mr. Kenji Sato Ito, on Monday.",
      {"Wanjiku Njeri Kamau": ("Coordinator", {"Kenya Youth Employment Project"}), "Kenji Sato Ito": ("Ambassador", {"Japan"})},
      "Coordinator-of-a-states-project", "Government of Kenya"),
    P("ACCRA, 8 May 2025 – The Programme Manager of the Ghana Cocoa Renewal Programme, Mr. Yaw Darko Mensah, "
      "received the delegation.",
      {"Yaw Darko Mensah": ("Programme Manager", {"Ghana Cocoa Renewal Programme"})},
      "the-Title-of-a-programme-comma-A", "Government of Ghana"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in RELEASE_STYLE_POSTS])
def test_release_styles_of_delegations_institutions_and_missions(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A person named before the acronym of a known body in brackets ("Anna Lindqvist (UNHCR)") is a person from that
# body, not the body's name spelled out: the acronym defines no name that it does not spell, that has no head word
# of an organization and is a run of bare capitalised words.
PEOPLE_BEFORE_ACRONYMS = [
    pytest.param("GENEVA, 8 May 2025 – Speakers included Anna Lindqvist (UNHCR), Peter Otieno Kamau (African Union "
                 "Commission) and Jonas Brandt Kiel (OSCE).", {"Anna Lindqvist", "Peter Otieno Kamau", "Jonas Brandt Kiel"},
                 id="a-list-of-speakers-with-their-bodies-in-brackets"),
    pytest.param("GENEVA, 8 May 2025 – Anna Lindqvist (UNHCR) and Helen Clarke Wood (WHO) opened the forum.",
                 {"Anna Lindqvist", "Helen Clarke Wood"}, id="two-people-with-their-bodies-in-brackets"),
]


@pytest.mark.parametrize("text, people", PEOPLE_BEFORE_ACRONYMS)
def test_a_name_before_a_known_acronym_in_brackets_is_a_person_not_the_acronyms_long_form(nlp, text, people):
    ex = run(nlp, text, "IOM")
    assert people <= names(ex, EntityKind.PERSON)
    for organization in (e for e in ex.entities if e.kind == EntityKind.ORGANIZATION):
        assert not people & {organization.name, *organization.aliases}, organization


# A name the parser tags as an organization, set off by a comma after an envoy's title that names the state sent to
# ("the Ambassador of X to Y, A B C."), at the end of its sentence.
SENTENCE_END_POSTS = [
    P("PARIS, 8 May 2025 – The Director-General met the Ambassador of Mexico to France, Blanca Jiménez Cisneros.",
      {"Blanca Jiménez Cisneros": ("Ambassador", {"Mexico"})}, "the-Ambassador-of-X-to-Y-comma-A-at-the-end", "UNESCO"),
    P("PARIS, 8 May 2025 – The Director-General opened the exhibition together with the Ambassador and Permanent "
      "Delegate of Mexico to UNESCO, Blanca Jiménez Cisneros.",
      {"Blanca Jiménez Cisneros": (("Ambassador", "Permanent Delegate"), {"Mexico"})},
      "the-Title-and-Title-of-X-to-ORG-comma-A-at-the-end", "UNESCO"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in SENTENCE_END_POSTS])
def test_a_name_set_off_after_an_envoys_title_ends_the_sentence(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A portfolio ending in a word in the plural before a name the parser tags only at its last word: the name begins
# after the plural ("Commissioner for International Partnerships Helena Kask Virtanen").
PLURAL_PORTFOLIO_POSTS = [
    P("BRUSSELS, 8 May 2025 – Commissioner for International Partnerships Helena Kask Virtanen met the Minister.",
      {"Helena Kask Virtanen": ("Commissioner for International Partnerships", {"European Commission", "European Union"})},
      "Commissioner-for-a-plural-portfolio-A-B-C", "European Commission"),
    P("BRUSSELS, 8 May 2025 – The EU was represented by Commissioner for International Partnerships Helena Kask "
      "Virtanen and the Union's Special Representative for the Sahel, Marco Bellini Rossi.",
      {"Helena Kask Virtanen": ("Commissioner for International Partnerships", {"European Commission", "European Union"}),
       "Marco Bellini Rossi": ("Special Representative for the Sahel", {"European Union"})},
      "Commissioner-for-a-plural-portfolio-A-and-the-Unions-Title-comma-B", "European Commission",
      marks=pytest.mark.xfail(strict=True, reason="the parser tags no word of the name as a person here; ending the "
                              "portfolio at its plural without that tag cost the set-aside a false post")),
    P("BRUSSELS, 3 June 2025 – Commissioner for Jobs and Social Rights Oskar Lindahl met the Polish Minister of Labour, "
      "Anna Wrona, on Monday.",
      {"Oskar Lindahl": ("Commissioner for Jobs and Social Rights", {"European Commission", "European Union"}),
       "Anna Wrona": ("Minister of Labour", {"Poland"})},
      "Commissioner-for-X-and-Y-plural-portfolio-A-B-tagged-as-one-organization", "European Commission"),
    P("NAIROBI, 4 June 2025 – European Commissioner for International Partnerships Jutta Haverkamp visited Nairobi on "
      "Tuesday. She met Kenyan President Daniel Kiprotich at State House.",
      {"Jutta Haverkamp": ("European Commissioner for International Partnerships", {"European Commission", "European Union"}),
       "Daniel Kiprotich": ("President", {"Kenya"})},
      "adjective-Commissioner-for-a-plural-portfolio-A-B-tagged-as-one-organization", "European Commission"),
    P("Brussels, 4 June 2025\n\nThe Commissioner for Fisheries and Oceans Pekka Laine received the Minister of Fisheries "
      "of Senegal, Mamadou Sarr, to discuss the partnership agreement.",
      {"Pekka Laine": ("Commissioner for Fisheries and Oceans", {"European Commission", "European Union"}),
       "Mamadou Sarr": ("Minister of Fisheries", {"Senegal"})},
      "the-Commissioner-for-X-and-plural-Y-A-B", "European Commission"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in PLURAL_PORTFOLIO_POSTS])
def test_a_name_begins_after_a_portfolio_ending_in_the_plural(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A state or organization alone in brackets right after a titled name is the title's ("Ambassador A (Norway)",
# "Director B (UNDP)"): it wins over the dateline's state, which a bare title falls back on.
BRACKETED_AFTER_NAME_POSTS = [
    P("NEW YORK, 8 May 2025 – Ambassador Anna Holm Berg (Norway) and Ambassador Kofi Adu Mensah (Ghana) addressed "
      "the conference.",
      {"Anna Holm Berg": ("Ambassador", {"Norway"}), "Kofi Adu Mensah": ("Ambassador", {"Ghana"})},
      "un-release-Ambassador-A-(Y)-and-Ambassador-B-(Z)-under-a-dateline", "United Nations"),
    P("GENEVA, 8 May 2025 – Director Helen Clarke Wood (UNDP) opened the session.",
      {"Helen Clarke Wood": ("Director", {"United Nations Development Programme"})},
      "Director-A-(ORG)-under-a-dateline", "World Health Organization"),


    # people listed each with a state in brackets, then a plural title set off after a comma or elected to
    P("BRUSSELS (AP) — The talks were chaired by Erik Lund Berg (Norway) and Marta Novak Kowalska (Poland), the two "
      "foreign ministers.",
      {"Erik Lund Berg": ("foreign minister", {"Norway"}), "Marta Novak Kowalska": ("foreign minister", {"Poland"})},
      "wire-A-(Y)-and-B-(Z)-comma-the-two-plural-title", "Associated Press"),
    P("NEW YORK, 8 May 2025 – Ms. Anna Holm Berg (Norway) and Mr. Kofi Adu Mensah (Ghana) were appointed "
      "Co-Chairs of the Working Group.",
      {"Anna Holm Berg": ("Co-Chair", {"Norway"}), "Kofi Adu Mensah": ("Co-Chair", {"Ghana"})},
      "A-(Y)-and-B-(Z)-were-appointed-hyphenated-plural-title", "United Nations"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in BRACKETED_AFTER_NAME_POSTS])
def test_a_state_alone_in_brackets_after_a_titled_name_is_the_titles(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A minister's title that names no state serves the state of the one ministry of the same portfolio the item names.
PORTFOLIO_MINISTRY_POSTS = [
    P("The President of the Islamic Development Bank, Karim Al-Nasser Omar, visited the Ministry of Health of Senegal "
      "in Dakar on Monday, where he was received by the Minister of Health, Awa Ndiaye Fall.",
      {"Karim Al-Nasser Omar": ("President", {"Islamic Development Bank"}),
       "Awa Ndiaye Fall": ("Minister of Health", {"Senegal", "Ministry of Health of Senegal"})},
      "visited-the-Ministry-of-X-of-Y-received-by-the-Minister-of-X", "Islamic Development Bank"),
    P("A delegation of the World Bank held talks at the Ministry of Energy of Kenya in Nairobi with the Deputy "
      "Minister of Energy, Peter Otieno Kamau, on Monday.",
      {"Peter Otieno Kamau": ("Deputy Minister of Energy", {"Kenya", "Ministry of Energy of Kenya", "Ministry of Energy"})},
      "talks-at-the-Ministry-of-X-of-Y-with-the-Deputy-Minister-of-X", "World Bank"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in PORTFOLIO_MINISTRY_POSTS])
def test_a_ministers_bare_title_serves_the_state_of_the_ministry_of_its_portfolio(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# "Title A of X and Title B of Y": B's title starts after "and", not at A's own "of X" (which gave B A's institution).
TWO_TITLED_NAMES_WITH_THEIR_INSTITUTIONS = [
    P("SEOUL, 14 September 2026 – The agreement was signed by Director General Park Ji-won of the National Museum of "
      "Korea and Director Nicholas Grant of the British Museum.",
      {"Park Ji-won": ("Director General", {"National Museum of Korea"}), "Nicholas Grant": ("Director", {"British Museum"})},
      "museum-release-signed-by-title-A-of-X-and-title-B-of-Y", "National Museum of Korea"),
    P("The memorandum was signed by Director Anna Berg of Uppsala University and Director Hiroshi Sato of Kyoto "
      "University on Monday.",
      {"Anna Berg": ("Director", {"Uppsala University"}), "Hiroshi Sato": ("Director", {"Kyoto University"})},
      "university-release-same-title-twice"),
    P("GENEVA (Wire) - Chief Economist Maria Ortega of the World Trade Organization and Director Samuel Okafor of the "
      "International Labour Organization presented the joint report on Tuesday.",
      {"Maria Ortega": ("Chief Economist", {"World Trade Organization"}),
       "Samuel Okafor": ("Director", {"International Labour Organization"})},
      "wire-two-agencies-officials-presented"),
]


@pytest.mark.parametrize("text, publisher, expected", TWO_TITLED_NAMES_WITH_THEIR_INSTITUTIONS)
def test_the_second_of_two_titled_names_keeps_its_own_institution(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A plural title in lower case opens a list of holders after a colon, "namely" or "including"
# (data/extraction/post_words.tsv): each holder named with their own state after the name ("A of Y", "B (Z)", "C, W,")
# holds the title in the singular in that state.
LISTED_AFTER_PLURAL_POSTS = [
    P("State House, Nairobi, 4 March 2026. President Samuel Njoroge today received letters of credence from four new "
      "ambassadors: Mr. Tomas Lindgren of Sweden, Ms. Aiko Nakamura of Japan, Mr. Rafael Gómez of Mexico and Ms. "
      "Fatima Zahra El Idrissi of Morocco. The President urged the envoys to strengthen trade ties with Kenya.",
      {"Samuel Njoroge": ("President", {"Kenya"}), "Tomas Lindgren": ("Ambassador", {"Sweden"}),
       "Aiko Nakamura": ("Ambassador", {"Japan"}), "Rafael Gómez": ("Ambassador", {"Mexico"}),
       "Fatima Zahra El Idrissi": ("Ambassador", {"Morocco"})},
      "presidency-credentials-from-N-new-ambassadors-colon-A-of-X", "Presidency of the Republic of Kenya"),
    P("ACCRA, 12 May 2026 – President Kwame Asante Boateng on Tuesday received the credentials of three new "
      "ambassadors: Ms. Ingrid Solberg Haug (Norway), Mr. Pedro Alvarez Ruiz (Argentina) and Mr. Hiroshi Tanaka Mori "
      "(Japan).",
      {"Kwame Asante Boateng": ("President", {"Ghana"}), "Ingrid Solberg Haug": ("Ambassador", {"Norway"}),
       "Pedro Alvarez Ruiz": ("Ambassador", {"Argentina"}), "Hiroshi Tanaka Mori": ("Ambassador", {"Japan"})},
      "presidency-credentials-ambassadors-colon-A-(X)", "Presidency of Ghana"),
    P("NEW YORK, 8 May 2026 – The session heard statements from the heads of delegation, namely Mr. Diego Fuentes "
      "Mora of Chile, Ms. Wanjiru Kamau Otieno of Kenya and Mr. Lars Eriksson Berg of Sweden.",
      {"Diego Fuentes Mora": ("Head of delegation", {"Chile"}), "Wanjiru Kamau Otieno": ("Head of delegation", {"Kenya"}),
       "Lars Eriksson Berg": ("Head of delegation", {"Sweden"})},
      "un-release-heads-of-delegation-namely-A-of-X", "United Nations"),
    P("LIMA (Wire) - Foreign ministers from the region, including Mrs. Ana Torres Quispe of Peru and Mr. Felipe Rojas "
      "Vidal of Chile, met on Monday to discuss migration.",
      {"Ana Torres Quispe": ("Foreign Minister", {"Peru"}), "Felipe Rojas Vidal": ("Foreign Minister", {"Chile"})},
      "wire-foreign-ministers-from-the-region-including-A-of-X", "Wire"),
    P("GENEVA, 8 May 2026 – The meeting was attended by ministers of foreign affairs including Mr. Diego Fuentes "
      "Mora, Chile, and Ms. Wanjiru Kamau Otieno, Kenya.",
      {"Diego Fuentes Mora": ("Minister of foreign affairs", {"Chile"}),
       "Wanjiru Kamau Otieno": ("Minister of foreign affairs", {"Kenya"})},
      "ministers-of-foreign-affairs-including-A-comma-X", "United Nations"),
    P("NEW YORK, 8 May 2026 – The Secretary-General met representatives including Mr. Diego Fuentes Mora of Chile "
      "and Ms. Wanjiru Kamau Otieno of Kenya.",
      {"Diego Fuentes Mora": ("Representative", {"Chile"}), "Wanjiru Kamau Otieno": ("Representative", {"Kenya"})},
      "representatives-including-A-of-X", "United Nations"),
    P("NAIROBI, 8 May 2026 – The Minister received several envoys: Mr. Diego Fuentes Mora and Ms. Wanjiru Kamau "
      "Otieno.",
      {}, "envoys-colon-names-without-a-state-hold-no-post-there", "Ministry of Foreign Affairs of Kenya"),
]


@pytest.mark.parametrize("text, publisher, expected", [pytest.param(*case.values, id=case.id, marks=case.marks)
                                                       for case in LISTED_AFTER_PLURAL_POSTS])
def test_holders_listed_after_a_plural_title_in_lower_case_hold_it_in_their_states(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# An institution named by one compound word that ends with its head ("Rijksmuseum", "Bundesbank",
# data/extraction/foreign_org_heads.tsv): the title's organization, as "Goethe-Institut" is.
COMPOUND_NAMED_INSTITUTION_POSTS = [
    P("AMSTERDAM, 13 February 2026 – Taco de Vries, General Director of the Rijksmuseum, welcomed the visitors on "
      "Thursday.",
      {"Taco de Vries": ("General Director", {"Rijksmuseum"})}, "museum-release-compound-museum-name"),
    P("STOCKHOLM (Wire) - Ingrid Holm, Director of the Nationalmuseum, said the collection would travel to Japan.",
      {"Ingrid Holm": ("Director", {"Nationalmuseum"})}, "wire-compound-museum-name"),
    P("The President of the Bundesbank, Klaus Berger, met the Governor of the Bank of Ghana, Ama Owusu, on Monday.",
      {"Klaus Berger": ("President", {"Bundesbank"}), "Ama Owusu": ("Governor", {"Bank of Ghana"})},
      "central-bank-compound-name"),
]


@pytest.mark.parametrize("text, publisher, expected", COMPOUND_NAMED_INSTITUTION_POSTS)
def test_an_institution_named_by_one_compound_word_holds_the_post(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# Cultural institutions named by their own head words (archives, theatres, orchestras, galleries) or
# in their own language ("Bibliothèque nationale de France"): the title's organization. A name of
# generic words and a head ("the National Theatre") only describes one, so its post may go to the
# state of the dateline, as "Governor of the Central Bank" does.
CULTURAL_INSTITUTION_POSTS = [
    P("PARIS, 12 March 2025 – Julien Marchetti was appointed President of the Bibliothèque nationale de France on "
      "Wednesday.",
      {"Julien Marchetti": ("President", {"Bibliothèque nationale de France"})}, "ministry-a-library-named-in-french"),
    P("CANBERRA, 19 August 2025 – Simon Clarke, Director-General of the National Archives of Australia, opened the "
      "reading room on Tuesday.",
      {"Simon Clarke": ("Director-General", {"National Archives of Australia"})}, "archives-of-a-state"),
    P("LONDON (Wire) - The award was presented by Edmund Hale, Chair of the National Theatre, on Sunday.",
      {"Edmund Hale": ("Chair", {"National Theatre", "United Kingdom"})}, "wire-a-theatre"),
    P("MOSCOW, 3 May 2025 – Irina Volkova, General Director of the Bolshoi Theatre, welcomed the guests.",
      {"Irina Volkova": ("General Director", {"Bolshoi Theatre"})}, "theatre-release-its-director"),
    P("LONDON, 3 May 2025 – Clara Booth, Director of the National Gallery, opened the new wing on Saturday.",
      {"Clara Booth": ("Director", {"National Gallery", "United Kingdom"})}, "museum-a-gallery"),
    P("BERLIN, 3 May 2025 – Anna Reiter, Chief Conductor of the Berlin Radio Symphony Orchestra, presented the "
      "season.",
      {"Anna Reiter": ("Chief Conductor", {"Berlin Radio Symphony Orchestra"})}, "orchestra-its-conductor"),
]


@pytest.mark.parametrize("text, publisher, expected", CULTURAL_INSTITUTION_POSTS)
def test_cultural_institutions_hold_the_post(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A bare title owned by something the item names as no state, person or institution ("the Festival's
# President") is not the item's state's.
OWNED_TITLE_POSTS = [
    P("PARIS, 24 April 2025 – The Festival's President, Antoine Mercier, welcomed the jury.",
      {}, "festival-release-the-festivals-President"),
    P("VENICE (Wire) - The Biennale's President Marco Ferri opened the pavilion on Saturday.",
      {}, "wire-the-biennales-President-A"),
    P("ROME, 3 May 2025 – Italy's President, Sergio Lamberti, opened the pavilion.",
      {"Sergio Lamberti": ("President", {"Italy"})}, "a-states-President-still-is"),
]


@pytest.mark.parametrize("text, publisher, expected", OWNED_TITLE_POSTS)
def test_a_title_owned_by_a_thing_is_no_states(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# Cultural and scientific institutions, named in English or in their own language: a gallery is an
# institution as a museum is (data/extraction/org_heads.txt).
NAMED_INSTITUTION_POSTS = [
    P("WASHINGTON, 2 June 2025 – The Director of the National Gallery of Art, Eleanor Whitcombe, met the Ambassador "
      "of France, Claire Duval.",
      {"Eleanor Whitcombe": ("Director", {"National Gallery of Art"}), "Claire Duval": ("Ambassador", {"France"})},
      "museum-release-the-Director-of-the-X-Gallery-of-Y-comma-A"),
    P("EDINBURGH (Wire) - Fiona Baird, Director-General of the National Galleries of Scotland, said the loan to "
      "Japan would open in May.",
      {"Fiona Baird": ("Director-General", {"National Galleries of Scotland"})}, "wire-A-Title-of-the-Galleries-of-X"),
    P("MADRID, 2 June 2025 – The director of the Museo Nacional del Prado, Manuel Ortega Ruiz, met the Minister of "
      "Culture of Mexico, Laura Benitez, on Monday.",
      {"Manuel Ortega Ruiz": ("director", {"Museo Nacional del Prado"}),
       "Laura Benitez": ("Minister of Culture", {"Mexico"})}, "a-museum-named-in-Spanish"),
    P("BEIJING, 2 June 2025 – The President of the Chinese Academy of Social Sciences, Gao Wenming, received the "
      "Rector of the Universidad Nacional Autónoma de México, Javier Morales Soto.",
      {"Gao Wenming": ("President", {"Chinese Academy of Social Sciences"}),
       "Javier Morales Soto": ("Rector", {"Universidad Nacional Autónoma de México"})},
      "an-academy-and-a-university-named-in-Spanish"),
    P("SAINT PETERSBURG (Wire) - Irina Volkova, director of the Hermitage, said the exhibition would travel to "
      "Uzbekistan.", {"Irina Volkova": ("director", {"Hermitage"})}, "wire-A-director-of-the-one-word-museum"),
    P("PARIS, 2 June 2025 – The President of the Republic, Jean-Marc Delorme, received the Minister of the Interior of "
      "Morocco, Karim Bennani.",
      {"Jean-Marc Delorme": ("President of the Republic", {"France"}),
       "Karim Bennani": ("Minister of the Interior", {"Morocco"})}, "the-Republic-and-the-Interior-are-no-institutions"),
    P("ROME, 3 June 2025 – The Mayor of the Capital, Livia Santori, received the Ambassador of Chile, Pablo Reyes.",
      {"Livia Santori": ("Mayor of the Capital", {"Italy", None}), "Pablo Reyes": ("Ambassador", {"Chile"})},
      "a-government-title-of-the-one-word-is-no-institution"),
    # the institution's own release, which never names it: its officials' posts are the publisher's
    P("AMSTERDAM, 2 June 2025 – The museum's General Director, Taco Brouwer, welcomed the Minister of Culture of "
      "Indonesia, Siti Rahmawati, on Monday.",
      {"Taco Brouwer": ("General Director", {"Rijksmuseum"}), "Siti Rahmawati": ("Minister of Culture", {"Indonesia"})},
      "museum-release-the-museums-Title-comma-A", "Rijksmuseum"),
    P("CAPE TOWN, 2 June 2025 – The university's Vice-Chancellor, Thandiwe Mokoena, received a delegation of the "
      "University of Nairobi led by its Vice-Chancellor, Peter Kamau.",
      {"Thandiwe Mokoena": ("Vice-Chancellor", {"University of Cape Town"}),
       "Peter Kamau": ("Vice-Chancellor", {"University of Nairobi"})},
      "university-release-the-universitys-Title-comma-A", "University of Cape Town (news.uct.ac.za)"),
]


# Names of other naming traditions set off after a title: a patronymic particle before a word the parser takes
# for a common noun ("ould Ahmedou"), a Vietnamese family name it takes for an auxiliary ("Do").
NAMING_TRADITION_POSTS = [
    P("DAKAR, 3 June 2025 – President Moussa Diallo Sarr received the Minister of State of Mauritania, Abdoulaye ould "
      "Ahmedou, at the Palace.",
      {"Moussa Diallo Sarr": ("President", {"Senegal"}), "Abdoulaye ould Ahmedou": ("Minister of State", {"Mauritania"})},
      "presidency-release-Title-of-X-comma-A-ould-B"),
    P("TOKYO, 3 June 2025 – State Minister for Foreign Affairs Tsuji Kenta met the Deputy Foreign Minister of Vietnam, "
      "Do Duc Hai.",
      {"Tsuji Kenta": ("State Minister for Foreign Affairs", {"Japan"}),
       "Do Duc Hai": ("Deputy Foreign Minister", {"Vietnam"})},
      "ministry-release-Title-of-X-comma-vietnamese-family-name-Do"),
    P("TOKYO (Wire) - State Minister for Foreign Affairs Tsuji Kenta met the Deputy Foreign Minister of Vietnam, Do "
      "Quoc Bao.",
      {"Tsuji Kenta": ("State Minister for Foreign Affairs", {"Japan"}),
       "Do Quoc Bao": ("Deputy Foreign Minister", {"Vietnam"})},
      "wire-Title-of-X-comma-vietnamese-family-name-Do"),
]


@pytest.mark.parametrize("text, publisher, expected", NAMING_TRADITION_POSTS)
def test_names_of_other_naming_traditions_hold_their_posts(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


@pytest.mark.parametrize("text, publisher, expected", NAMED_INSTITUTION_POSTS)
def test_cultural_and_scientific_institutions_hold_their_officials_posts(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# The other side's group (extract/other_side.py): "At the initiative of the Jordanian side, Minister A held talks
# with B" names B's side, not A's; A's bare title is the publisher's state's, B's the group's.
OTHER_SIDE_GROUP_POSTS = [
    P("Warsaw, 12 May 2026. At the initiative of the Jordanian side, Minister of Foreign Affairs Anna Kowalczyk held "
      "talks with Deputy Prime Minister and Minister of Foreign Affairs Omar Haddad. The ministers discussed the "
      "situation in the Middle East. Minister Kowalczyk stressed the importance of humanitarian aid.",
      {"Anna Kowalczyk": ("Minister of Foreign Affairs", {"Poland"}),
       "Omar Haddad": ("Minister of Foreign Affairs", {"Jordan"})},
      "ministry-release-at-the-initiative-of-the-X-side", "Ministry of Foreign Affairs of the Republic of Poland"),
    P("CAIRO, May 4 (Xinhua) -- At the invitation of the Egyptian side, Vice Premier Zhou Ming of China held talks "
      "with Prime Minister Karim Adel here on Monday.",
      {"Zhou Ming": ("Vice Premier", {"China"}), "Karim Adel": ("Prime Minister", {"Egypt"})},
      "wire-at-the-invitation-of-the-X-side", "Xinhua"),
    P("Brussels, 20 May 2026. At the invitation of the Moroccan side, EU High Representative Elena Marchetti held a "
      "working lunch with Minister of Foreign Affairs Youssef Alaoui.",
      {"Elena Marchetti": ("High Representative", {"European Union"}),
       "Youssef Alaoui": ("Minister of Foreign Affairs", {"Morocco"})},
      "eu-release-the-other-side-is-not-the-datelines-state", "European External Action Service"),
    P("LILONGWE, 6 May 2026 – At the request of the Malawian delegation, UNICEF Executive Director Karen Holm met "
      "Minister of Health Peter Banda on Wednesday.",
      {"Karen Holm": ("Executive Director", {"United Nations Children's Fund"}),
       "Peter Banda": ("Minister of Health", {"Malawi"})},
      "un-agency-release-at-the-request-of-the-X-delegation", "UNICEF"),
    P("Bangkok, 9 April 2026 - Thailand and Laos held bilateral talks on water management. On the Thai side, the "
      "talks were attended by Deputy Minister Somchai Wongsa; on the Lao side by Vice Minister Khamla Phommavong.",
      {"Somchai Wongsa": ("Deputy Minister", {"Thailand"}), "Khamla Phommavong": ("Vice Minister", {"Laos"})},
      "on-the-X-side-is-the-side-of-those-after-it", "Ministry of Foreign Affairs of Thailand"),
]


@pytest.mark.parametrize("text, publisher, expected", OTHER_SIDE_GROUP_POSTS)
def test_the_other_sides_group_is_not_the_subjects(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A bare title's inferred state that the encounter's other side acts for (represent.py): the holder, who acts
# there for the publisher's state, holds the post in it ("Deputy Foreign Minister A and Hungarian State Secretary
# B co-chaired the consultations in Budapest" in Viet Nam's release); a head of state the readout reports on keeps
# the state the item gives them.
ACROSS_THE_TABLE_POSTS = [
    P("On 14 May 2026, Deputy Foreign Minister Tran Minh Duc and Hungarian State Secretary Eszter Farkas co-chaired "
      "the political consultations in Budapest.",
      {"Tran Minh Duc": ("Deputy Foreign Minister", {"Vietnam", "Viet Nam"}), "Eszter Farkas": ("State Secretary", {"Hungary"})},
      "ministry-release-co-chairs-abroad", "Ministry of Foreign Affairs of Viet Nam"),
    P("Astana, 2 June 2026 – State Secretary Mihai Ionescu and Kazakh Deputy Foreign Minister Aibek Nurlanov "
      "co-chaired the bilateral consultations.",
      {"Mihai Ionescu": ("State Secretary", {"Romania"}), "Aibek Nurlanov": ("Deputy Foreign Minister", {"Kazakhstan"})},
      "ministry-release-dateline-of-the-other-state", "Ministry of Foreign Affairs of Romania"),
    P("KAMPALA, 3 March 2026 - Cabinet Secretary for Trade Peter Mwangi and Ugandan Minister of Trade Grace Nakato "
      "co-chaired the joint commission on Tuesday.",
      {"Peter Mwangi": ("Cabinet Secretary for Trade", {"Kenya"}), "Grace Nakato": ("Minister of Trade", {"Uganda"})},
      "state-news-agency-co-chairs-abroad", "Kenya News Agency"),
    P("Secretary Michael Hale met today with President Carlos Ruiz of Mexico in Mexico City. The Secretary and "
      "President Ruiz discussed migration.",
      {"Michael Hale": ("Secretary", {"United States"}), "Carlos Ruiz": ("President", {"Mexico"})},
      "readout-of-a-foreign-head-of-state-keeps-his-state", "U.S. Department of State"),
]


@pytest.mark.parametrize("text, publisher, expected", ACROSS_THE_TABLE_POSTS)
def test_an_inferred_state_of_the_other_side_is_not_the_publishers_officials(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# A conjunct whose group verb is left out: "Kenya was represented by A, and Uganda by Minister B" (B is Uganda's).
GAPPED_GROUP_POSTS = [
    P("JAKARTA (Antara) - Indonesia and Malaysia held the annual border consultation on Tuesday. The two sides — "
      "Indonesia represented by Foreign Minister Budi Santoso and Malaysia by Foreign Minister Ahmad Rahim — agreed "
      "to speed up the demarcation.",
      {"Budi Santoso": ("Foreign Minister", {"Indonesia"}), "Ahmad Rahim": ("Foreign Minister", {"Malaysia"})},
      "wire-the-two-sides-X-represented-by-A-and-Y-by-B", "Antara"),
    P("Nairobi, 3 June 2026 - Kenya and Uganda held talks on cross-border trade. Kenya was represented by Cabinet "
      "Secretary Peter Mwangi, and Uganda by Minister Grace Nakato.",
      {"Peter Mwangi": ("Cabinet Secretary", {"Kenya"}), "Grace Nakato": ("Minister", {"Uganda"})},
      "ministry-release-X-was-represented-by-A-and-Y-by-B", "Ministry of Foreign Affairs of Kenya"),
    P("GENEVA, 9 June 2026 – The dialogue was opened by the High Commissioner. Chile was represented by Deputy "
      "Minister Rosa Fuentes; Peru by Vice Minister Jorge Salas.",
      {"Rosa Fuentes": ("Deputy Minister", {"Chile"}), "Jorge Salas": ("Vice Minister", {"Peru"})},
      "un-release-X-was-represented-by-A-semicolon-Y-by-B", "United Nations"),
]


@pytest.mark.parametrize("text, publisher, expected", GAPPED_GROUP_POSTS)
def test_a_conjunct_whose_group_verb_is_left_out_is_of_its_own_state(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# The only state an item names is the other side's (its group, or a counterpart's): a government title that names
# no state is the publisher's state's, not that one's.
# Round 30: faults invented releases left. A portfolio is no short name of a meeting body named later ("Minister for
# Foreign Affairs ... the Foreign Affairs Council"); a clause after a name is no apposition when a verb opens it and
# its object is the title ("A, received in his office the Minister of X of Y, B"); a title with its own "of" phrase
# ("President of the Transition") takes no state from another's "<title> of <state>"; a publisher's own envoy sent
# abroad ("the UAE Ambassador to Italy") does not make the publisher's state an envoys'; a bare title in a wire
# story whose one state another's title names by its adjective is not that state's.
UNSEEN_RELEASE_POSTS = [
    P("LUXEMBOURG, 20 October 2026 - The Minister for Foreign Affairs, Ciara Brennan, attended the Foreign Affairs "
      "Council in Luxembourg today. The Minister discussed Ukraine and the Middle East with EU counterparts.",
      {"Ciara Brennan": ("Minister for Foreign Affairs", {"Ireland"})},
      "a-portfolio-is-no-short-name-of-a-council-named-later", "Department of Foreign Affairs of Ireland"),
    P("SINGAPORE, 4 May 2026 - Minister for Home Affairs Daniel Tan Wee Kiat addressed the Home Affairs Committee "
      "of Parliament on Tuesday.",
      {"Daniel Tan Wee Kiat": ("Minister for Home Affairs", {"Singapore"})},
      "a-portfolio-is-no-short-name-of-a-committee-named-later", "Ministry of Home Affairs, Singapore"),
    P("Addis Ababa, Ethiopia, 17 February 2025: The Chairperson of the African Union Commission, H.E. Mr. Kofi "
      "Badu-Mensah, received in his office the Minister of Foreign Affairs of the Republic of Chad, H.E. Mr. Abakar "
      "Mahamat Zene.",
      {"Kofi Badu-Mensah": ("Chairperson", {"African Union Commission"}),
       "Abakar Mahamat Zene": ("Minister of Foreign Affairs", {"Chad"})},
      "a-verb-after-the-comma-opens-no-apposition", "African Union Commission"),
    P("WASHINGTON, 3 May 2026 - The Secretary General, Ms. Lucia Ferraro Diaz, received at the headquarters the "
      "Minister of Foreign Affairs of Paraguay, Mr. Luis Benitez.",
      {"Lucia Ferraro Diaz": ("Secretary General", {"Organization of American States"}),
       "Luis Benitez": ("Minister of Foreign Affairs", {"Paraguay"})},
      "a-verb-after-the-comma-opens-no-apposition-in-an-organizations-release", "Organization of American States"),
    P("BAMAKO, 23 January 2026 - An ECOWAS mission led by H.E. Kwesi Adjei Boakye, former President of Ghana, visited "
      "Bamako. The Mission was received by the President of the Transition, Colonel Amadou Diarra, at Koulouba Palace.",
      {"Kwesi Adjei Boakye": ("former President", {"Ghana"}),
       "Amadou Diarra": ("President of the Transition", {"Mali"})},
      "a-title-with-its-own-of-phrase-takes-no-state-of-anothers", "ECOWAS Commission"),
    P("ABU DHABI, 4 May 2026 (WAM) -- Minister of State Khalifa Saeed Al Mansoori received today Giulia Rossi, "
      "Ambassador of Italy to the UAE. The meeting was attended by Omar Rashid Al Hashimi, UAE Ambassador to Italy.",
      {"Khalifa Saeed Al Mansoori": ("Minister of State", {"United Arab Emirates"}),
       "Giulia Rossi": ("Ambassador", {"Italy"}),
       "Omar Rashid Al Hashimi": ("Ambassador to Italy", {"United Arab Emirates"})},
      "the-publishers-own-envoy-abroad-leaves-the-hosts-their-state", "Emirates News Agency (WAM)"),
    P("ASTANA, May 3 (Reuters) - Secretary of State Daniel Brooks met Kazakh President Nurlan Abenov on Tuesday to "
      "discuss transit routes across the Caspian Sea.",
      {"Nurlan Abenov": ("President", {"Kazakhstan"})},
      "a-wires-bare-title-is-not-the-state-anothers-adjective-names", "Reuters"),
    P("CANBERRA, 3 March 2026 - The Speaker of the House of Representatives, the Hon. Claire Donnelly MP, today "
      "welcomed a delegation of the Parliament of Fiji. The delegation also met the President of the Senate, Senator the "
      "Hon. Michael Grant.",
      {"Claire Donnelly": ("Speaker of the House of Representatives", {"Australia", "House of Representatives"}),
       "Michael Grant": ("President of the Senate", {"Australia", "Senate"})},
      "parliament-the-Hon-after-the-comma", "Parliament of Australia"),
    P("LONDON, 1 July 2026 - The Commonwealth Secretary-General, the Rt Hon Amara Okafor, met the Prime Minister of "
      "Belize, Hon. Carlos Medina, at Marlborough House on Tuesday.",
      {"Amara Okafor": ("Secretary-General", {"Commonwealth of Nations"}), "Carlos Medina": ("Prime Minister", {"Belize"})},
      "secretariat-the-Rt-Hon-after-the-comma", "Commonwealth Secretariat"),
    P("SUVA, 11 June 2026 - The Secretary General of the Pacific Islands Forum, Mr. Tevita Vaipulu, met New Zealand's "
      "Minister of Foreign Affairs, Hon. Grant Whitfield, on Thursday. Minister Whitfield reaffirmed support for the "
      "Pacific Resilience Facility. The Leaders Meeting will be chaired by the Prime Minister of Solomon Islands, Hon. "
      "Jeremiah Toata.",
      {"Tevita Vaipulu": ("Secretary General", {"Pacific Islands Forum"}),
       "Grant Whitfield": ("Minister of Foreign Affairs", {"New Zealand"}),
       "Jeremiah Toata": ("Prime Minister", {"Solomon Islands"})},
      "a-bare-title-takes-no-state-of-anothers-title-before-an-honorific", "Pacific Islands Forum Secretariat"),
    P("RIYADH, 19 August 2026 - The Secretary General of the Gulf Cooperation Council received in his office at the "
      "General Secretariat today the Ambassador of Japan, Mr. Sato Kenji. The meeting was attended by the Assistant "
      "Secretary General for Political and Negotiation Affairs, Dr. Faisal Al-Qahtani.",
      {"Sato Kenji": ("Ambassador", {"Japan"}),
       "Faisal Al-Qahtani": ("Assistant Secretary General for Political and Negotiation Affairs",
                             {"Gulf Cooperation Council"})},
      "the-last-word-of-a-spaced-role-is-no-short-name-of-the-secretariat", "Gulf Cooperation Council"),
    P("KUWAIT, Feb 3 (KUNA) -- Minister of State for Cabinet Affairs Anwar Al-Rashidi received on Tuesday the visiting "
      "delegation of Kenya's Senate. The meeting was attended by Kuwait's Ambassador to Kenya Talal Al-Enezi.",
      {"Anwar Al-Rashidi": ("Minister of State for Cabinet Affairs", {"Kuwait"}),
       "Talal Al-Enezi": ("Ambassador to Kenya", {"Kuwait"})},
      "a-dateline-naming-its-state-keeps-its-envoy-abroad-the-hosts", "Kuwait News Agency (KUNA)"),
    P("Press release - 22 April 2026. The EU-Ghana Partnership Dialogue took place today in Brussels. The EU delegation "
      "was led by the High Representative of the Union for Foreign Affairs and Security Policy, Elena Varga Kis, and the "
      "Ghanaian delegation by the Minister for Foreign Affairs of Ghana, Kwaku Mensah Addo.",
      {"Elena Varga Kis": ("High Representative", {"European Union"}),
       "Kwaku Mensah Addo": ("Minister for Foreign Affairs", {"Ghana"})},
      "an-institutions-whole-title-names-it-not-a-word-inside", "Council of the European Union"),
    P("The Tánaiste and Minister for Foreign Affairs, Niamh Gallagher, attended the Foreign Affairs Council on Monday. "
      "Ministers discussed Ukraine and EU-China relations. On the margins, the Tánaiste met the Foreign Minister of "
      "Estonia, Mart Tamm.",
      {"Niamh Gallagher": (("Tánaiste", "Minister for Foreign Affairs"), {"Ireland"}),
       "Mart Tamm": ("Foreign Minister", {"Estonia"})},
      "a-title-of-one-state-names-it", "Department of Foreign Affairs"),
    P("CANBERRA, 5 May 2026 - The Speaker of the House of Representatives, the Hon. Ruth Kelly MP, welcomed a "
      "delegation from the House of Representatives of Indonesia (DPR), led by its Deputy Speaker, Mr. Budi Santosa.",
      {"Ruth Kelly": ("Speaker of the House of Representatives", {"Australia", "House of Representatives"}),
       "Budi Santosa": ("Deputy Speaker", {"Indonesia", "House of Representatives of Indonesia"})},
      "its-title-after-an-institution-of-a-state", "Parliament of Australia"),
    # ("President of Kenya H.E. Mr. A" gives A no post yet: the name after two honorifics is not read as titled)
    P("Nairobi, April 8, 2026\n\nExternal Affairs Minister Dr. Arvind Menon called on President of Kenya H.E. Mr. "
      "Joseph Mwangi Kariuki at State House today. EAM held delegation-level talks with the Cabinet Secretary for "
      "Foreign and Diaspora Affairs, Mr. Peter Otieno Wafula. The two sides reviewed the bilateral partnership in trade "
      "and health.",
      {"Arvind Menon": ("External Affairs Minister", {"India"}),
       "Peter Otieno Wafula": ("Cabinet Secretary for Foreign and Diaspora Affairs", {"Kenya"})},
      "a-portfolio-minister-of-the-publishing-ministry-abroad", "Ministry of External Affairs, India"),
    P("Nairobi, 12 March 2026 - Minister for Foreign Affairs Kenji Takeda held talks with the Cabinet Secretary for "
      "Foreign and Diaspora Affairs, Mr. Peter Otieno Wafula. Minister Takeda expressed gratitude for the warm welcome "
      "and the two ministers reviewed cooperation in geothermal energy.",
      {"Kenji Takeda": ("Minister for Foreign Affairs", {"Japan"}),
       "Peter Otieno Wafula": ("Cabinet Secretary for Foreign and Diaspora Affairs", {"Kenya"})},
      "the-publishing-ministrys-minister-abroad-and-the-host-at-the-dateline", "Ministry of Foreign Affairs of Japan"),
    P("Jakarta, 9 September 2026\n\nForeign Minister Park Ji-won held a bilateral meeting with Coordinating Minister "
      "for Economic Affairs Budi Hartono on 8 September. Foreign Minister Park said that Korea would expand investment "
      "in electric-vehicle batteries.",
      {"Park Ji-won": ("Foreign Minister", {"South Korea"}),
       "Budi Hartono": ("Coordinating Minister for Economic Affairs", {"Indonesia"})},
      "a-foreign-minister-of-the-publishing-ministry-and-a-host-the-dateline-places",
      "Ministry of Foreign Affairs of the Republic of Korea"),
    P("SUVA, 2 June 2026 - The Prime Minister of Fiji received the Minister of Foreign Affairs of New Zealand, Hon. "
      "Rachel Whitmore, on Tuesday. Minister Whitmore announced new support for climate resilience in the Pacific.",
      {"Rachel Whitmore": ("Minister of Foreign Affairs", {"New Zealand"})},
      "a-bare-title-the-persons-fuller-post-covers-adds-nothing", "New Zealand Ministry of Foreign Affairs and Trade"),
    P("ACCRA, May 3 (Reuters) - Ghana's Minister for Finance, Kofi Boateng Asare, said on Tuesday the budget would be "
      "revised. Minister Asare told reporters that talks with the IMF were going well.",
      {"Kofi Boateng Asare": ("Minister for Finance", {"Ghana"})},
      "a-wires-bare-title-the-fuller-post-covers-adds-nothing", "Reuters"),
]


@pytest.mark.parametrize("text, publisher, expected", UNSEEN_RELEASE_POSTS)
def test_posts_of_unseen_release_styles(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


CHAIN_MISS = pytest.mark.xfail(strict=True, reason="a second post from a title before the comma (an intergovernmental chair) gave the one set-aside item of this form a post its gold does not count: left out")


@pytest.mark.parametrize("text, publisher, person, organizations", [
    pytest.param("VIENNA, 3 May 2026 - The OSCE Chairperson-in-Office, Finland's Minister for Foreign Affairs Aino "
                 "Virtanen, addressed the Permanent Council on Thursday.", "OSCE", "Aino Virtanen",
                 {"Organization for Security and Co-operation in Europe", "Finland"}, id="organization-chain-OSCE",
                 marks=CHAIN_MISS),
    pytest.param("LUANDA, 3 May 2026 - The Chairperson of the African Union, Angola's President Manuel Tavares "
                 "Neto, opened the summit on Saturday.", "Government of Angola", "Manuel Tavares Neto",
                 {"African Union", "Angola"}, id="government-chain-AU", marks=CHAIN_MISS),
    pytest.param("KUALA LUMPUR, 3 May 2026 - The Chair of ASEAN, Malaysian Prime Minister Hakim Rahman, welcomed "
                 "the leaders to the summit.", "Bernama", "Hakim Rahman",
                 {"Association of Southeast Asian Nations", "Malaysia"}, id="agency-chain-ASEAN"),
])
def test_two_titles_in_one_apposition_chain_are_both_held(nlp, text, publisher, person, organizations):
    """ "The OSCE Chairperson-in-Office, Finland's Minister for Foreign Affairs A": the title before the comma
    is the same person's as the title right before the name."""
    ex = run(nlp, text, publisher)
    assert {ex.entity(p.organization).name for p in ex.posts if ex.entity(p.person).name == person} == organizations


@pytest.mark.parametrize("text, publisher, person, organization", [
    pytest.param("MUNICH, 3 May 2026 - The institute's President, Hanna Keller, opened the new language centre in "
                 "Nairobi with Germany's Ambassador to Kenya, Jonas Weber.", "Goethe-Institut", "Hanna Keller",
                 "Goethe-Institut", id="cultural-institute"),
    pytest.param("TOKYO, 3 May 2026 - The agency's President, Kenji Morita, signed the loan agreement with the "
                 "Minister of Finance of Kenya, Mary Achieng.", "Japan International Cooperation Agency", "Kenji Morita",
                 "Japan International Cooperation Agency", id="development-agency"),
    pytest.param("LONDON, 3 May 2026 - The organisation's Secretary-General, Ruth Mwale Banda, met the Prime "
                 "Minister of Fiji, Josaia Ratu, on Monday.", "Commonwealth Secretariat", "Ruth Mwale Banda",
                 "Commonwealth of Nations", id="secretariat"),
])
def test_a_possessive_institution_word_names_the_publisher(nlp, text, publisher, person, organization):
    """ "The institute's President, A" in the release of an institution the item names by no name: the publisher's."""
    ex = run(nlp, text, publisher)
    assert {ex.entity(p.organization).name for p in ex.posts if ex.entity(p.person).name == person} == {organization}


def test_an_institution_word_of_a_hosts_title_is_no_envoys_word(nlp):
    """ "Speaker of the House of Representatives": "Representatives" names the house, not an envoy's title,
    so the host keeps the state of the untitled hosts when the headline's state is the guests'."""
    item = NewsItem(id="t", title="Speaker welcomes Indonesian parliamentary delegation", publisher="Parliament of Australia",
                    text="CANBERRA, 3 March 2026 - The Speaker of the House of Representatives, the Hon. Claire Donnelly "
                         "MP, today welcomed a delegation from the House of Representatives of Indonesia (DPR), led by its "
                         "Deputy Speaker, Mr. Budi Hartono. The Indonesian Ambassador to Australia, Mr. Arief Santoso, "
                         "accompanied the delegation.")
    check(extract(item, nlp), {"Claire Donnelly": ("Speaker of the House of Representatives", {"Australia", "House of Representatives"}),
                               "Budi Hartono": ("Deputy Speaker", {"Indonesia", "House of Representatives of Indonesia"}),
                               "Arief Santoso": ("Ambassador to Australia", {"Indonesia"})})


ONLY_THE_OTHER_SIDE_NAMED_POSTS = [
    P("On 7 May 2026, at the request of the Kenyan side, Deputy Minister of Industry and Trade Jana Dvorakova met "
      "Cabinet Secretary for Trade Peter Kamau in Nairobi. The meeting focused on agricultural machinery.",
      {"Jana Dvorakova": ("Deputy Minister of Industry and Trade", {"Czechia", "Czech Republic"}),
       "Peter Kamau": ("Cabinet Secretary for Trade", {"Kenya"})},
      "embassy-release-the-other-sides-group", "Embassy of the Czech Republic in Nairobi"),
    P("On 9 June 2026, at the invitation of the Nigerian delegation, Deputy Minister Kwame Asante held talks with the "
      "Minister of Industry, Trade and Investment, Bello Musa, on the AfCFTA.",
      {"Kwame Asante": ("Deputy Minister", {"Ghana"}),
       "Bello Musa": ("Minister of Industry, Trade and Investment", {"Nigeria"})},
      "ministry-release-the-other-delegation", "Ministry of Trade and Industry of Ghana"),
    P("Foreign Minister Mary Wanjiru met her Indonesian counterpart Budi Santoso on the sidelines of the summit on "
      "Monday.",
      {"Mary Wanjiru": ("Foreign Minister", {"Kenya"}), "Budi Santoso": ("Foreign Minister", {"Indonesia"})},
      "ministry-release-a-counterparts-state-only", "Ministry of Foreign Affairs of Kenya"),
    P("At the invitation of the Malawian side, Deputy Executive Director Karen Holm met Minister of Health Peter "
      "Banda on Wednesday.",
      {"Karen Holm": ("Deputy Executive Director", {"United Nations Children's Fund"}),
       "Peter Banda": ("Minister of Health", {"Malawi"})},
      "un-agency-release-the-other-side-is-not-its-officials", "UNICEF"),
]


@pytest.mark.parametrize("text, publisher, expected", ONLY_THE_OTHER_SIDE_NAMED_POSTS)
def test_a_state_named_only_for_the_other_side_leaves_the_publishers_officials_to_the_publisher(nlp, text, publisher,
                                                                                               expected):
    check(run(nlp, text, publisher), expected)


# The other side named by its government or by "counterpart" after such a phrase ("At the invitation of the Government
# of Jordan", "At the invitation of her Jordanian counterpart"): neither is the state of the subject whose title follows.
OTHER_SIDE_GOVERNMENT_POSTS = [
    P("At the invitation of the Government of Jordan, Minister of Foreign Affairs Anna Kowalczyk held talks with "
      "Deputy Prime Minister and Minister of Foreign Affairs Omar Haddad on 12 May.",
      {"Anna Kowalczyk": ("Minister of Foreign Affairs", {"Poland"}),
       "Omar Haddad": ("Minister of Foreign Affairs", {"Jordan"})},
      "ministry-release-at-the-invitation-of-the-government-of-X", "Ministry of Foreign Affairs of the Republic of Poland"),
    P("At the invitation of her Jordanian counterpart, Minister of Foreign Affairs Anna Kowalczyk held talks with "
      "Deputy Prime Minister and Minister of Foreign Affairs Omar Haddad on 12 May.",
      {"Anna Kowalczyk": ("Minister of Foreign Affairs", {"Poland"}),
       "Omar Haddad": ("Minister of Foreign Affairs", {"Jordan"})},
      "ministry-release-at-the-invitation-of-her-X-counterpart", "Ministry of Foreign Affairs of the Republic of Poland"),
    P("ADDIS ABABA, June 2 (Xinhua) -- Invited by the Ethiopian government, Vice Premier Zhou Ming of China held talks "
      "with Prime Minister Dawit Bekele on Monday.",
      {"Zhou Ming": ("Vice Premier", {"China"}), "Dawit Bekele": ("Prime Minister", {"Ethiopia"})},
      "wire-invited-by-the-X-government", "Xinhua"),
    P("ACCRA, 4 June 2026 – At the invitation of the Government of Ghana, Deputy Minister of Agriculture Piotr Nowak "
      "met the Minister of Food and Agriculture, Kofi Boateng, on Thursday.",
      {"Piotr Nowak": ("Deputy Minister of Agriculture", {"Poland"}),
       "Kofi Boateng": ("Minister of Food and Agriculture", {"Ghana"})},
      "embassy-release-at-the-invitation-of-the-government-of-X", "Embassy of the Republic of Poland in Accra"),
]


@pytest.mark.parametrize("text, publisher, expected", OTHER_SIDE_GOVERNMENT_POSTS)
def test_the_other_sides_government_or_counterpart_is_not_the_subjects(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


# Twelfth round: names the reader lost after titles and honorifics, in several publisher styles: a honorific
# after a title of two words, a portfolio's last word before the name, a sentence-initial given name the
# tagger takes for another part of speech.
NAMES_AFTER_TITLES = [
    P("GENEVA, 12 May 2025 - WHO Chief Scientist Dr Lena Fischer met the Minister of Health of Kenya, Peter Mwangi, "
      "to discuss vaccine research.",
      {"Lena Fischer": ("Chief Scientist", {"World Health Organization"}),
       "Peter Mwangi": ("Minister of Health", {"Kenya"})},
      "honorific-after-a-title-of-two-words", "World Health Organization"),
    P("Nairobi, 3 June 2025. UNEP Chief Economist Prof. Amara Okafor presented the report to the Cabinet Secretary "
      "for Environment of Kenya, Grace Njoroge.",
      {"Amara Okafor": ("Chief Economist", {"United Nations Environment Programme"}),
       "Grace Njoroge": ("Cabinet Secretary for Environment", {"Kenya"})},
      "abbreviated-honorific-after-a-title-of-two-words", "United Nations Environment Programme"),
    P("Jakarta, 12 May 2025. Deputy Secretary-General of ASEAN for Political-Security Community Nguyen Van Long met "
      "the Ambassador of Norway, Erik Solheim Dahl.",
      {"Nguyen Van Long": ("Deputy Secretary-General", {"Association of Southeast Asian Nations"}),
       "Erik Solheim Dahl": ("Ambassador", {"Norway"})},
      "a-portfolios-last-word-is-no-given-name", "ASEAN"),
    P("BRUSSELS – The EU High Representative for Foreign Affairs and Security Policy Kaja Lindmets met the Foreign "
      "Minister of Chile, Ana Torres, on Monday.",
      {"Kaja Lindmets": ("High Representative", {"European Union"}), "Ana Torres": ("Foreign Minister", {"Chile"})},
      "a-portfolio-joined-by-and-ends-before-an-untagged-name", "European External Action Service"),
    P("Vilnius, 4 June 2025. The Minister of Economy and Innovation Policy Rasa Jankauskiene received the Ambassador "
      "of Japan, Kenji Morita.",
      {"Rasa Jankauskiene": ("Minister of Economy", {"Lithuania"}), "Kenji Morita": ("Ambassador", {"Japan"})},
      "two-portfolio-words-after-and-before-the-name", "Ministry of Economy and Innovation of Lithuania"),
    P("BERLIN, 4 March 2025 - Speaker of the Bundestag Jonas Albrecht today received the Ambassador of Georgia, Nino "
      "Tsereteli.",
      {"Jonas Albrecht": ("Speaker", {"Germany", "Bundestag"}), "Nino Tsereteli": ("Ambassador", {"Georgia"})},
      "a-chamber-named-by-a-word-of-its-own-before-the-name", "Deutscher Bundestag"),
    P("Washington, 12 May 2025. U.S. State Department spokesperson Caleb Wendt said the Secretary met the Foreign "
      "Minister of Peru, Rosa Quispe, on Monday.",
      {"Caleb Wendt": ("Spokesperson", {"State Department", "United States Department of State", "United States"}),
       "Rosa Quispe": ("Foreign Minister", {"Peru"})},
      "a-lower-case-title-an-institution-qualifies-before-an-untagged-name", "U.S. Department of State"),
    P("ABU DHABI, 4th March, 2025 (WAM) -- Sheikh Khalid bin Saeed Al Marri, Deputy Prime Minister, received in "
      "audience today at Qasr Al Hosn Daniel Borg Azzopardi, Prime Minister of Malta, who is visiting the country.",
      {"Khalid bin Saeed Al Marri": ("Deputy Prime Minister", {"United Arab Emirates"}),
       "Daniel Borg Azzopardi": ("Prime Minister", {"Malta"})},
      "a-palace-after-at-then-the-guests-name", "WAM"),
    P("MUSCAT, 4 March 2025 (ONA) -- Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs, received at "
      "Bait Al Baraka Hanna Lindqvist, Minister for Foreign Trade of Sweden.",
      {"Badr bin Hamad Al Busaidi": ("Minister of Foreign Affairs", {"Oman"}),
       "Hanna Lindqvist": ("Minister for Foreign Trade", {"Sweden"})},
      "a-house-after-at-then-the-guests-name", "Oman News Agency"),
    P("Lima, 9 June 2025. The Minister of Foreign Affairs, Carmen Ibarra Solis, received the Ambassador of Japan, "
      "Kenji Morita. Minister Ibarra recalled the long friendship between both countries.",
      {"Carmen Ibarra Solis": (("Minister of Foreign Affairs", "Minister"), {"Peru"}), "Kenji Morita": ("Ambassador", {"Japan"})},
      "a-fathers-family-name-alone-is-the-person-named-before", "Ministry of Foreign Affairs of Peru"),
]


@pytest.mark.parametrize("text, publisher, expected", NAMES_AFTER_TITLES)
def test_names_after_titles(nlp, text, publisher, expected):
    check(run(nlp, text, publisher), expected)


def test_a_one_word_institution_after_of_the_is_no_part_of_the_tagged_name_after_it(nlp):
    """ "Secretary of the Smithsonian David Albers": the institution's word, which the parser tags as no
    person, stands before the name it tags; the person is the name alone."""
    ex = run(nlp, "Washington, 12 May 2025. Secretary of the Smithsonian David Albers met the Minister of Culture of "
                  "Peru, Rosa Quispe.", "Smithsonian Institution")
    assert names(ex, EntityKind.PERSON) == {"David Albers", "Rosa Quispe"}


# A state a headline names right after a title ("receives Foreign Minister of Togo") is the titled guest's, not
# the state the untitled hosts of the item serve.
HEADLINED_GUESTS = [
    pytest.param("Chief of Staff receives Foreign Minister of Togo", "Daily Graphic",
                 "ACCRA, May 4 - The Chief of Staff, Mrs. Abena Darko, on Monday received the Minister of Foreign Affairs "
                 "of Togo, Mr. Yao Agbeko, at the Jubilee House. The Minister of Finance, Kwesi Addo, also attended the "
                 "meeting.",
                 {"Yao Agbeko": ("Minister of Foreign Affairs", {"Togo"}), "Kwesi Addo": ("Minister of Finance", {"Ghana"})},
                 id="newspaper-headline-receives-the-foreign-minister-of-X"),
    pytest.param("Al-Mutairi receives Foreign Minister of Chad", "Saudi Press Agency",
                 "RIYADH, May 6 (SPA) -- Minister of State for Foreign Affairs Adel Al-Mutairi received today the "
                 "Minister of Foreign Affairs of Chad, Mahamat Abdelkerim. The Deputy Minister of Commerce, Faisal "
                 "Al-Harbi, attended the meeting.",
                 {"Adel Al-Mutairi": ("Minister of State for Foreign Affairs", {"Saudi Arabia"}),
                  "Mahamat Abdelkerim": ("Minister of Foreign Affairs", {"Chad"}),
                  "Faisal Al-Harbi": ("Deputy Minister of Commerce", {"Saudi Arabia"})},
                 id="agency-headline-receives-the-foreign-minister-of-X"),
]


@pytest.mark.parametrize("headline, publisher, text, expected", HEADLINED_GUESTS)
def test_a_state_a_headline_gives_a_titled_guest_is_not_the_hosts(nlp, headline, publisher, text, expected):
    check(extract(NewsItem(id="t", text=text, title=headline, publisher=publisher), nlp), expected)


@pytest.mark.parametrize("text, publisher, person, role", [
    pytest.param("RIYADH, 5 May 2026 (SPA) - The reception was attended by Minister of State Prince Faris bin Nasser.",
                 "Saudi Press Agency", "Faris bin Nasser", "Minister of State", id="agency-Title-Prince-A"),
    pytest.param("MANILA, 5 May 2026 - Foreign Minister Senator Ramon Cruz met the Ambassador of Chile, Sofia Araya.",
                 "Department of Foreign Affairs of the Philippines", "Ramon Cruz", "Foreign Minister",
                 id="ministry-Title-Senator-A"),
    pytest.param("JAKARTA, 5 May 2026 - Secretary General Ambassador Lina Reyes received the Minister of Trade of "
                 "Peru, Jorge Salas.", "ASEAN Foundation", "Lina Reyes", "Secretary General",
                 id="foundation-Title-Ambassador-A"),
    pytest.param("OTTAWA, 5 May 2026 - Governor General Marie Lavoie received the President of Ghana, Kwame Boateng.",
                 "Government of Canada", "Marie Lavoie", "Governor General", id="a-title-ending-in-a-rank-stays-whole"),
    pytest.param("Addis Ababa, 17 February 2026 - State Minister of Foreign Affairs Ambassador Tesfaye Worku Alemu "
                 "received Kenya's Principal Secretary for Foreign Affairs, Korir Kiprono, today.",
                 "Ministry of Foreign Affairs of Ethiopia", "Tesfaye Worku Alemu", "State Minister of Foreign Affairs",
                 id="ministry-Title-with-portfolio-Ambassador-A"),
    pytest.param("BRASILIA, 5 May 2026 - The Deputy Ambassador of Japan, Omar Said, called on the Minister of Foreign "
                 "Affairs, Ana Costa.", "Ministry of Foreign Affairs of Brazil", "Omar Said", "Deputy Ambassador",
                 id="ministry-a-modifier-before-a-rank-that-is-also-an-honorific"),
])
def test_an_honorific_after_a_whole_title_is_no_word_of_the_role(nlp, text, publisher, person, role):
    """ "Minister of State Prince A": the honorific (data/titles.tsv) before the name is the name's, even
    when it is also a role ("Senator", "Ambassador"); "Governor General" is one term."""
    ex = run(nlp, text, publisher)
    assert {p.role for p in ex.posts if ex.entity(p.person).name == person} == {role}


# Thirteenth round: names of many conventions the reader lost or split: a given name the tagger reads as
# another part of speech at a sentence's opening, a one-word chamber before a name, a Spanish double
# surname's first surname alone.
NAMES_OF_MANY_CONVENTIONS = [
    pytest.param("OTTAWA, 5 May 2026 - Prime Minister Anne Roy named her new cabinet on Monday.\n\n"
                 "Raj Dhillon is appointed Minister of International Trade.", "Government of Canada",
                 {"Anne Roy", "Raj Dhillon"}, id="government-a-given-name-the-tagger-reads-as-an-adverb"),
    pytest.param("NEW DELHI, 5 May 2026 - Raj Malhotra met the Ambassador of Kenya, Grace Wanjiru, on Monday.",
                 "Ministry of External Affairs of India", {"Raj Malhotra", "Grace Wanjiru"},
                 id="ministry-an-untagged-subject-of-an-encounter",
                 marks=pytest.mark.xfail(strict=True, reason="an untagged subject of a verb of encounter is as often a "
                                         "company the gazetteer does not know ('Novo Nordisk met the Minister')")),
    pytest.param("RIGA, 5 May 2026 - Speaker of the Saeima Inese Kalnina received the Ambassador of Norway, Erik "
                 "Solberg Dahl.", "Saeima of the Republic of Latvia", {"Inese Kalnina", "Erik Solberg Dahl"},
                 id="parliament-a-one-word-chamber-the-parser-runs-into-the-name"),
    pytest.param("VILNIUS, 5 May 2026 - The Speaker of the Seimas Ruta Petraitiene met members of the Seimas "
                 "Committee on Foreign Affairs.", "Seimas of the Republic of Lithuania", {"Ruta Petraitiene"},
                 id="parliament-a-one-word-chamber-not-in-the-list"),
    pytest.param("BOGOTA, 5 May 2026 - The Minister of Foreign Affairs, Valentina Rojas Peñaloza, received the "
                 "Ambassador of Japan, Kenji Morita. Minister Rojas recalled the friendship between both countries.",
                 "Ministry of Foreign Affairs of Colombia", {"Valentina Rojas Peñaloza", "Kenji Morita"},
                 id="ministry-the-first-of-two-spanish-surnames-alone"),
    pytest.param("MEXICO CITY, 5 May 2026 (Agency) - Mexican Foreign Minister Luis Ortega Marín met Canadian Foreign "
                 "Minister Claire Tremblay. Ortega said the talks had been useful.", "Notimex",
                 {"Luis Ortega Marín", "Claire Tremblay"}, id="wire-the-first-of-two-spanish-surnames-alone-untitled"),
]


# Thirtieth round: a guest's first surname alone where the guest's own title names a state whose people bear
# two surnames, though the publisher is of another state.
NAMES_OF_MANY_CONVENTIONS += [
    pytest.param("SEOUL, 5 May 2026 - Minister of Foreign Affairs Kim Do-yoon held talks with the Minister of Foreign "
                 "Affairs of Peru Isabel Fuentes Araya at the Ministry. Minister Fuentes thanked Minister Kim for the "
                 "welcome.", "Ministry of Foreign Affairs of the Republic of Korea", {"Kim Do-yoon", "Isabel Fuentes Araya"},
                 id="ministry-a-guests-first-surname-where-her-title-names-her-state"),
    pytest.param("Tokyo, May 6, 2026 - Foreign Minister Sato Haruki met the Minister of Foreign Affairs of Ecuador, "
                 "Andrés Molina Cevallos, on Tuesday. Minister Molina conveyed the greetings of his President.",
                 "Ministry of Foreign Affairs of Japan", {"Sato Haruki", "Andrés Molina Cevallos"},
                 id="ministry-a-guests-first-surname-after-a-comma-and-a-title-naming-his-state"),
    pytest.param("WELLINGTON - Foreign Minister Anna Hart met Chilean Foreign Minister Tomás Vidal Rojas in Auckland. "
                 "Minister Vidal said the trade talks would resume.", "New Zealand Government",
                 {"Anna Hart", "Tomás Vidal Rojas"}, id="government-a-guests-first-surname-after-a-demonym-title"),
    pytest.param("MOSCOW (Wire) - Deputy Minister Pavel Orlov said the port of Ust-Luga was ready.", "Interfax",
                 {"Pavel Orlov"}, id="wire-a-port-no-person"),
    pytest.param("NAIROBI, 5 May 2026 - Kenya's Cabinet Secretary for Foreign and Diaspora Affairs Mary Njeri Kamau "
                 "received the Ambassador of Sweden, Karin Lindqvist.", "Ministry of Foreign and Diaspora Affairs",
                 {"Mary Njeri Kamau", "Karin Lindqvist"}, id="ministry-a-portfolio-of-two-fields-a-field-tagged-a-person"),
    pytest.param("Lisbon - The Minister of the Sea Abraão Lopes met the Minister of Heritage Paul Tremblay of Canada.",
                 "Lusa", {"Abraão Lopes", "Paul Tremblay"}, id="wire-portfolio-words-before-names"),
]

# conventions the reader already follows, kept as guards
NAMES_OF_MANY_CONVENTIONS += [
    pytest.param("Ha Noi, 14 May 2026 - Deputy Foreign Minister Nguyen Van Long received Ambassador of Indonesia to Viet "
                 "Nam Sutrisno. Mr. Long welcomed Ambassador Sutrisno and Deputy Minister Long proposed a new plan.",
                 "Ministry of Foreign Affairs of Viet Nam", {"Nguyen Van Long", "Sutrisno"},
                 id="ministry-a-vietnamese-given-name-alone-and-an-indonesian-single-name"),
    pytest.param("Addis Ababa, 16 May 2026 - State Minister of Foreign Affairs Ambassador Meles Tadesse Gebremariam met "
                 "the Minister for Foreign Affairs of Iceland, Sigrun Jonsdottir. Ambassador Meles briefed Minister "
                 "Sigrun Jonsdottir on the region. Ms. Jonsdottir thanked him.", "Ministry of Foreign Affairs of Ethiopia",
                 {"Meles Tadesse Gebremariam", "Sigrun Jonsdottir"}, id="ministry-ethiopian-and-icelandic-patronymics"),
    pytest.param("Paris, 19 May 2026 - The Minister for Europe and Foreign Affairs, Jean-Baptiste Lemaire, received the "
                 "Minister of Foreign Affairs of the Netherlands, Pieter van der Berg, and the Federal Minister for "
                 "Foreign Affairs of Germany, Friederike von Hallwyl. Mr. van der Berg and Ms. von Hallwyl thanked "
                 "Minister Lemaire.", "Ministry for Europe and Foreign Affairs of France",
                 {"Jean-Baptiste Lemaire", "Pieter van der Berg", "Friederike von Hallwyl"},
                 id="ministry-particles-and-a-hyphenated-given-name"),
    pytest.param("London, 20 May 2026. The Foreign Secretary, Dame Helen Armitage, met the Minister for Foreign Affairs "
                 "of Ireland, Ciarán Ó Briain. Lord Pemberton and Sir Oliver Grant joined the talks. Mr Ó Briain met "
                 "Fiona McAllister and Declan O'Sullivan of the Irish Refugee Council.",
                 "Foreign, Commonwealth & Development Office",
                 {"Helen Armitage", "Ciarán Ó Briain", "Pemberton", "Oliver Grant", "Fiona McAllister", "Declan O'Sullivan"},
                 id="office-british-styles-and-irish-names"),
    pytest.param("Riyadh, May 25, 2026, SPA -- HRH Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, "
                 "received HH Sheikh Khalid bin Ahmed Al Khalifa and Sayyid Badr bin Hamad Al Busaidi. Prince Faisal "
                 "bin Farhan welcomed Sheikh Khalid and Sayyid Badr. Dr. Manal bint Hassan Radwan attended.",
                 "Saudi Press Agency", {"Faisal bin Farhan bin Abdullah", "Khalid bin Ahmed Al Khalifa",
                                        "Badr bin Hamad Al Busaidi", "Manal bint Hassan Radwan"},
                 id="agency-arab-chains-of-names-and-their-short-forms"),
    pytest.param("PARIS, 20 February 2026 - The Secretary General received the Administrator of the OIF, Ms Caroline "
                 "ST-HILAIRE, and Mr. Jean-Pierre DUPONT-MOREAU, Minister of Culture of Benin.",
                 "Organisation internationale de la Francophonie", {"Caroline St-Hilaire", "Jean-Pierre Dupont-Moreau"},
                 id="francophone-hyphenated-family-names-in-capitals"),
    pytest.param("PARIS, 20 February 2026 - The Secretary General received the Administrator of the OIF, Caroline "
                 "ST-HILAIRE, on Monday.", "Organisation internationale de la Francophonie", {"Caroline St-Hilaire"},
                 id="francophone-a-hyphenated-family-name-in-capitals-without-a-courtesy-honorific"),
]


@pytest.mark.parametrize("text, publisher, people", NAMES_OF_MANY_CONVENTIONS)
def test_names_of_many_conventions(nlp, text, publisher, people):
    assert names(run(nlp, text, publisher), EntityKind.PERSON) == people


@pytest.mark.parametrize("row", ["XXX", "PER\tCOL", "Peru"])
def test_a_double_surname_state_is_a_known_states_code_or_fails_with_its_line(tmp_path, row):
    states = tmp_path / "double_surname_states.tsv"
    states.write_text(DOUBLE_SURNAME_FILE.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"double_surname_states.tsv:\d+: expected the ISO3 code"):
        load_double_surname_states(states)
    assert "PER" in load_double_surname_states() and "BRA" not in load_double_surname_states()


@pytest.mark.parametrize("text, publisher, people", [
    pytest.param("ABU DHABI, 15th May, 2026 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign "
                 "Affairs, received today Karim Haddad, Minister of Foreign Affairs of Lebanon. During the meeting, H.H. "
                 "Sheikh Abdullah bin Zayed and the Lebanese minister discussed relations. Sheikh Abdullah welcomed "
                 "the guest.", "Emirates News Agency (WAM)", {"Abdullah bin Zayed Al Nahyan", "Karim Haddad"},
                 id="agency-a-chain-of-names-without-its-family-name"),
    pytest.param("Seoul, 26 May 2026 - Foreign Minister of the Republic of Korea Park Seo-yeon met the Minister of "
                 "Foreign Affairs of Chile, Ana Soto. Park Seo-yeon said the talks were useful. Director-General for "
                 "European Affairs Choi Yoon-hee attended.", "Ministry of Foreign Affairs of the Republic of Korea",
                 {"Park Seo-yeon", "Ana Soto", "Choi Yoon-hee"}, id="ministry-a-korean-family-name-first-then-syllables"),
])
def test_names_of_many_conventions_and_their_short_forms(nlp, text, publisher, people):
    assert names(run(nlp, text, publisher), EntityKind.PERSON) == people


def test_a_honorific_and_a_given_name_the_parser_tags_as_a_place_is_the_person_of_that_given_name(nlp):
    """ "Dame Helen later spoke ...": the parser tags the two words as a place; after "Dame Helen Armitage" they
    are the one person of the item whose name opens with "Helen"."""
    ex = run(nlp, "London, 20 May 2026. The Foreign Secretary, Dame Helen Armitage, met the Minister of Ireland, "
                  "Ciaran Brennan.\n\nIn the afternoon, the ministers met representatives of civil society. Dame Helen "
                  "later spoke with the Secretary General of NATO, Mark Rutten, by telephone.",
             "Foreign, Commonwealth & Development Office")
    assert names(ex, EntityKind.PERSON) == {"Helen Armitage", "Ciaran Brennan", "Mark Rutten"}
    assert names(ex, EntityKind.PLACE) == {"London"}


def test_burmese_honorifics_are_no_words_of_the_name(nlp):
    """ "U Kyaw Zin Thant", "Daw Khin Mar Aye": the Burmese honorifics (data/titles.tsv) open no name, so
    "Ambassador Kyaw Zin Thant" is the same person."""
    ex = run(nlp, "Ha Noi, 14 May 2026 - Deputy Foreign Minister Nguyen Van Long met the Ambassador of Myanmar, U Kyaw "
                  "Zin Thant, and Daw Khin Mar Aye of the Myanmar Red Cross Society. Ambassador Kyaw Zin Thant briefed "
                  "Mr. Long on the preparations for the forum.", "Ministry of Foreign Affairs of Viet Nam")
    assert names(ex, EntityKind.PERSON) == {"Nguyen Van Long", "Kyaw Zin Thant", "Khin Mar Aye"}


def test_a_titled_family_name_two_people_of_the_item_share_is_no_third_person(nlp):
    """ "Minister Park" after "Park Seo-yeon" and "Park Ji-won": one of the two, whom the word alone does not
    tell; no third person named "Park"."""
    ex = run(nlp, "Seoul, 3 June 2026 - Foreign Minister Park Seo-yeon received the Ambassador of China, Dai Bing. The "
                  "meeting was attended by Deputy Minister for Political Affairs Park Ji-won. Minister Park thanked "
                  "Ambassador Dai for his visit.", "Ministry of Foreign Affairs of the Republic of Korea")
    assert names(ex, EntityKind.PERSON) == {"Park Seo-yeon", "Park Ji-won", "Dai Bing"}


@pytest.mark.parametrize("text, publisher, person, organization", [
    pytest.param("RIGA, 5 May 2026 - The Chair of the Saeima Foreign Affairs Committee Rihards Ozols met the Ambassador "
                 "of Norway, Erik Solberg Dahl.", "Saeima of the Republic of Latvia", "Rihards Ozols",
                 "Saeima Foreign Affairs Committee", id="parliament-a-committee-then-a-name-in-s"),
    pytest.param("CANBERRA, 5 May 2026 - Chair of the Senate Foreign Affairs Committee Tom Halloran received the "
                 "Ambassador of Chile, Ana Soto.", "Parliament of Australia", "Tom Halloran",
                 "Senate Foreign Affairs Committee", id="parliament-a-committee-then-a-name"),
])
def test_a_name_after_the_head_word_that_closes_an_institution_is_no_word_of_it(nlp, text, publisher, person, organization):
    ex = run(nlp, text, publisher)
    assert person in names(ex, EntityKind.PERSON) and organization in names(ex, EntityKind.ORGANIZATION)
    assert not any(name.startswith("Committee") for name in names(ex, EntityKind.PERSON))


@pytest.mark.parametrize("text, publisher, organization, person", [
    pytest.param("Oslo, 23 May 2026 - The delegation visited the Norwegian Agency for Development Cooperation (Norad), "
                 "where it was received by the Director General of Norad, Bård Vegar Lunde.",
                 "Norwegian Ministry of Foreign Affairs", "Norwegian Agency for Development Cooperation", "Bård Vegar Lunde",
                 id="ministry-an-acronym-written-as-a-word"),
    pytest.param("Brussels, 3 June 2026. The European Border and Coast Guard Agency (Frontex) signed a working "
                 "arrangement with Moldova. The Executive Director of Frontex, Hans Leijtens Berg, signed for the "
                 "agency.", "European Commission", "European Border and Coast Guard Agency", "Hans Leijtens Berg",
                 id="commission-an-acronym-of-another-language-is-no-definition"),
])
def test_an_acronym_written_as_a_word_is_defined_by_the_name_it_spells(nlp, text, publisher, organization, person):
    """ "the Norwegian Agency for Development Cooperation (Norad)": the letters of a capitalised word in brackets
    that begin the name's words in order make it the name's acronym; the name ends before the bracket.
    "Frontex" spells no English words: no definition, and the name still ends before the bracket."""
    ex = run(nlp, text, publisher)
    assert organization in names(ex, EntityKind.ORGANIZATION) and person in names(ex, EntityKind.PERSON)
    assert not any("(" in name for name in names(ex, EntityKind.ORGANIZATION))


@pytest.mark.parametrize("text, publisher, person, role", [
    pytest.param("Warsaw, 21 May 2026 - Deputy Minister Katarzyna Nowicka met the Speaker of the Knesset, Amir Ohana "
                 "Levi, in Jerusalem.", "Ministry of Foreign Affairs of Poland", "Amir Ohana Levi", "Speaker of the Knesset",
                 id="ministry-Title-comma-Amir-as-a-given-name"),
    pytest.param("ABU DHABI, 3 June 2026 (WAM) -- UAE Minister of Industry Sultan Ahmed Al Jaber met the Minister of "
                 "Energy of Kenya, Opiyo Wandayi.", "Emirates News Agency (WAM)", "Sultan Ahmed Al Jaber",
                 "Minister of Industry", id="agency-Title-Sultan-as-a-given-name"),
])
def test_a_honorific_that_is_also_a_given_name_opens_the_name_after_a_title(nlp, text, publisher, person, role):
    """ "Amir", "Sultan" (data/extraction/given_name_styles.txt) right after a title, tagged as the first word of a
    person: the given name, not a style (which lost the name's first word and ran into the role)."""
    ex = run(nlp, text, publisher)
    assert person in names(ex, EntityKind.PERSON)
    assert {p.role for p in ex.posts if ex.entity(p.person).name == person} == {role}


def test_a_courtesy_honorific_before_a_chain_of_names_after_a_title_is_no_given_name(nlp):
    """ "The Amir, Sheikh Tamim bin Hamad Al Thani": after a title and its comma, a honorific before one name is a
    given name ("the Minister of Finance, Cheikh Ndiaye"), but not before a chain of names a particle joins."""
    ex = run(nlp, "DOHA, 3 June 2026 (QNA) -- The Amir, Sheikh Tamer bin Hamad Al Kuwari, received the Minister of "
                  "Foreign Affairs of Chile, Ana Soto.", "Qatar News Agency")
    assert names(ex, EntityKind.PERSON) == {"Tamer bin Hamad Al Kuwari", "Ana Soto"}


# Session 31: UN field, parliamentary and cultural releases, held-before posts and single names. Each case
# lists every post the item states, with its role as written (prefix matching would let a role that runs on
# into the next word, or a past post without "Former", pass).
EXACT_POSTS = [
    pytest.param("GENEVA, 15 March 2026 - Speakers of parliament from 40 countries met today. Among them were Hon. Grace "
                 "Atieno Wekesa, Speaker of the National Assembly of Kenya, and Datuk Seri Johan bin Abdul Hamid, "
                 "Speaker of the Dewan Rakyat of Malaysia.", "Inter-Parliamentary Union",
                 {("Grace Atieno Wekesa", "Speaker", "National Assembly of Kenya"),
                  ("Johan bin Abdul Hamid", "Speaker of the Dewan Rakyat", "Malaysia")},
                 id="parliament-an-institution-ends-before-the-honorific-of-the-next-name"),
    pytest.param("VIENNA, 20 May 2026 - Former President of Estonia Kersti Tamm addressed the OSCE Security Days. Mrs. "
                 "Tamm, who served as President from 2016 to 2021, spoke about digital resilience.", "OSCE",
                 {("Kersti Tamm", "Former President", "Estonia")}, id="organization-who-served-as-is-a-former-post"),
    pytest.param("Dr. Saima Rauf was appointed as Regional Director for the Eastern Mediterranean of the World Health "
                 "Organization on 1 February 2026. Dr. Rauf previously served as Minister of Health of Pakistan.",
                 "World Health Organization",
                 {("Saima Rauf", "Regional Director for the Eastern Mediterranean", "World Health Organization"),
                  ("Saima Rauf", "Former Minister of Health", "Pakistan")},
                 id="organization-appointed-as-a-title-for-the-region-and-a-previous-post"),
    pytest.param("ACCRA, 4 May 2026 - Kofi Mensah Asare has served as Director of the Ghana Investment Promotion Centre "
                 "since 2019.", "Government of Ghana",
                 {("Kofi Mensah Asare", "Director", "Ghana Investment Promotion Centre")},
                 id="government-has-served-since-is-the-current-post"),
    pytest.param("JAKARTA, 14 May 2026 - The Minister of National Development Planning, Sutrisno, and the UNDP Resident "
                 "Representative in Indonesia, Norimasa Kato, signed a partnership framework.",
                 "United Nations Development Programme",
                 {("Sutrisno", "Minister of National Development Planning", "Indonesia"),
                  ("Norimasa Kato", "Resident Representative in Indonesia", "United Nations Development Programme")},
                 id="UN-field-a-single-name-between-commas-after-a-title"),
    pytest.param("Dili, 9 May 2026 - Indonesian Coordinating Minister for Political and Security Affairs Hartono held a "
                 "meeting with the Prime Minister of Timor-Leste, Xanana Belo, on Saturday.", "Kompas",
                 {("Hartono", "Coordinating Minister for Political and Security Affairs", "Indonesia"),
                  ("Xanana Belo", "Prime Minister", "Timor-Leste")},
                 id="agency-a-single-name-after-a-title-with-its-portfolio"),
    pytest.param("JAKARTA, 14 May 2026 - The ceremony was attended by the Deputy Minister for Maritime Affairs, Ir. "
                 "Basuki Hadi, M.Sc.", "Ministry of Foreign Affairs of Indonesia",
                 {("Basuki Hadi", "Deputy Minister for Maritime Affairs", "Indonesia")},
                 id="ministry-an-engineers-honorific-Ir"),
    pytest.param("PARIS, 10 March 2026 - The President-Director of the Louvre, Claire Montagne, opened the exhibition "
                 "on Tuesday.", "Musée du Louvre", {("Claire Montagne", "President-Director", "Louvre")},
                 id="museum-a-one-word-institution-the-parser-tags-as-nothing"),
    pytest.param("The Chair of the Committee on Foreign Affairs, Matthias Kröger, travelled to Kyiv on 24 February 2026. "
                 "He was accompanied by the rapporteur for Ukraine, Ana-Maria Popescu.", "European Parliament",
                 {("Matthias Kröger", "Chair", "Committee on Foreign Affairs"),
                  ("Ana-Maria Popescu", "rapporteur for Ukraine", "European Parliament")},
                 id="parliament-a-rapporteur-for-a-state-is-the-assemblys"),
    pytest.param("NEW YORK, 8 April 2026 - The Special Envoy for Yemen, Henrik Olofsson, briefed the Security Council on "
                 "Tuesday.", "United Nations", {("Henrik Olofsson", "Special Envoy for Yemen", "United Nations")},
                 id="UN-an-envoy-for-a-state-is-the-publishers"),
    pytest.param("GENEVA, 8 April 2026 (Reuters) - The U.S. Special Envoy for Syria, Daniel Brooks, met opposition "
                 "leaders on Tuesday.", "Reuters", {("Daniel Brooks", "Special Envoy for Syria", "United States")},
                 id="wire-an-envoy-for-a-state-is-the-sending-states"),
    pytest.param("PARIS, 1 July 2026 - The newly appointed Director of the UNESCO World Heritage Centre, Lazare Eloundou "
                 "Mbarga, met the Permanent Delegate of Peru to UNESCO, Ambassador Manuel Rodas Cuadros, on 1 July 2026.",
                 "UNESCO", {("Lazare Eloundou Mbarga", "Director of the UNESCO World Heritage Centre",
                             "United Nations Educational, Scientific and Cultural Organization"),
                            ("Manuel Rodas Cuadros", "Permanent Delegate", "Peru")},
                 id="UNESCO-no-sentence-ends-on-a-word-inside-a-known-name"),
    pytest.param("DAKAR, 1 July 2026 - Mr. Ivo Lemaire previously headed the UNESCO Office in Bamako.", "UNESCO",
                 {("Ivo Lemaire", "Former Head", "United Nations Educational, Scientific and Cultural Organization")},
                 id="UNESCO-previously-headed-is-a-former-post"),
    pytest.param("NIAMEY, 9 February 2026 - Ms. Ingrid Halvorsen has taken up her duties as the new UNICEF Representative "
                 "in Niger. She succeeds Mr. Stefano Bellini, who has been appointed UNICEF Representative in Mali.",
                 "UNICEF", {("Ingrid Halvorsen", "Representative", "United Nations Children's Fund"),
                            ("Stefano Bellini", "Representative", "United Nations Children's Fund")},
                 id="UN-field-took-up-her-duties-as-and-appointed-an-agencys-representative"),
    pytest.param("ROME - FAO Director-General QU Dongyu today announced the appointment of Máximo Torero Cullen as Chief "
                 "Economist.", "FAO",
                 {("Qu Dongyu", "Director-General", "Food and Agriculture Organization of the United Nations"),
                  ("Máximo Torero Cullen", "Chief Economist", "Food and Agriculture Organization of the United Nations")},
                 id="UN-the-appointment-of-A-as"),
    pytest.param("TRIPOLI, 11 March 2026 - The IOM Chief of Mission in Libya, Nkechi Obiora, met the Minister of Interior, "
                 "Imad Trabelsi.", "IOM",
                 {("Nkechi Obiora", "Chief of Mission in Libya", "International Organization for Migration"),
                  ("Imad Trabelsi", "Minister of Interior", "Libya")},
                 id="UN-field-a-name-after-a-title-held-in-a-state"),
    pytest.param("LONDON, 30 June 2026 - The exhibition is curated by Dr. Ilona Regulski-Watts, Curator of Egyptian Written "
                 "Culture at the British Museum.", "British Museum",
                 {("Ilona Regulski-Watts", "Curator of Egyptian Written Culture", "British Museum")},
                 id="museum-a-state-of-a-field-is-no-employer"),
    pytest.param("WASHINGTON, D.C. - The Secretary General of the Organization of American States, Albert Ramdin, today "
                 "appointed Ambassador María Fernanda Ugarte-Ossa as his Chief of Staff.", "OAS",
                 {("Albert Ramdin", "Secretary General", "Organization of American States"),
                  ("María Fernanda Ugarte-Ossa", "Chief of Staff", "Organization of American States")},
                 id="organization-appointed-B-as-his-title-is-the-appointers"),
    pytest.param("Addis Ababa, 3 March 2026 - The Chairperson of the African Union Commission has appointed Ambassador "
                 "Fatima Kyari Bello as the new Permanent Observer of the African Union to the United Nations. Ambassador "
                 "Bello, a national of Nigeria, takes over from Ambassador Tete Mendes.", "African Union",
                 {("Fatima Kyari Bello", "Permanent Observer", "African Union")},
                 id="AU-the-one-taken-over-from-holds-no-bare-title-of-the-datelines-state"),
    pytest.param("Addis Ababa, 3 March 2026 - Ms. Lina Haile was sworn in as Minister of Finance of Ethiopia. She succeeds "
                 "Minister of Finance Ahmed Shide Kedir.", "Ministry of Finance of Ethiopia",
                 {("Lina Haile", "Minister of Finance", "Ethiopia"), ("Ahmed Shide Kedir", "Former Minister of Finance", "Ethiopia")},
                 id="ministry-the-one-succeeded-held-the-post-before"),
    pytest.param("KUALA LUMPUR, 25 March 2026 - The Minister of Home Affairs of Malaysia, Datuk Seri Amran Yusof, met the "
                 "Minister of Foreign Affairs II of Brunei, Dato Seri Setia Erywan bin Pehin Yusof.", "Bernama",
                 {("Amran Yusof", "Minister of Home Affairs", "Malaysia"),
                  ("Erywan bin Pehin Yusof", "Minister of Foreign Affairs II", "Brunei")},
                 id="agency-malay-and-bruneian-honorifics-of-several-words"),
    pytest.param("KUALA LUMPUR, 25 March 2026 - The Minister of Home Affairs of Malaysia, Dato' Sri Amran bin Yusof, met "
                 "the press.", "Bernama", {("Amran bin Yusof", "Minister of Home Affairs", "Malaysia")},
                 id="agency-the-apostrophe-of-Dato-is-part-of-the-honorific"),
    pytest.param("OSLO, 2 February 2026 - Ms. Kari Nordvik is the new Ambassador of Norway to Kenya. Ms. Nordvik presented her "
                 "credentials to President William Ruto on Monday.", "Ministry of Foreign Affairs of Norway",
                 {("Kari Nordvik", "Ambassador", "Norway")},
                 id="ministry-A-is-the-new-title-and-the-head-of-state-she-is-sent-to-is-not-the-publishers"),
    pytest.param("Doha, August 04 (QNA) - Minister of State for International Cooperation H.E. Maryam bint Ali bin Nasser Al "
                 "Misnad met with the Ambassador of Chile, Rosa Soto.", "Qatar News Agency",
                 {("Maryam bint Ali bin Nasser Al Misnad", "Minister of State for International Cooperation", "Qatar"),
                  ("Rosa Soto", "Ambassador", "Chile")},
                 id="agency-a-long-name-after-a-portfolio-and-its-honorific"),
    pytest.param("OTTAWA, 3 November 2026 - The Prime Minister today announced the appointment of Heather Grant-McKenzie "
                 "as Ambassador of Canada to Japan.", "Government of Canada",
                 {("Heather Grant-McKenzie", "Ambassador", "Canada")},
                 id="government-the-appointment-of-an-untagged-name-as-a-title"),
]


@pytest.mark.parametrize("text, publisher, expected", EXACT_POSTS)
def test_posts_with_their_roles_as_written(nlp, text, publisher, expected):
    """A former post says so ("who served as", "previously served as": "Former ..."), a state a mandate is about
    ("rapporteur for Ukraine", "Special Envoy for Yemen") employs no one, a one-word name after a title is a person."""
    ex = run(nlp, text, publisher)
    found = {(ex.entity(p.person).name, p.role, ex.entity(p.organization).name if p.organization else None)
             for p in ex.posts}
    assert found == expected


TRAVELLING_GOVERNMENT_TITLE_POSTS = [
    P("Prime Minister Emma Harrison has concluded a two-day visit to Fiji. In Suva on Thursday, the Prime Minister held "
      "talks with Fiji's Prime Minister Sitiveni Naivalu.",
      {"Emma Harrison": ("Prime Minister", {"New Zealand"}), "Sitiveni Naivalu": ("Prime Minister", {"Fiji"})},
      "a-bare-title-of-the-traveller-is-the-publishing-governments-state", "New Zealand Government"),
    P("Prime Minister Emma Harrison has concluded a two-day visit to Fiji. In Suva on Thursday, the Prime Minister held "
      "talks with Fiji's Prime Minister Sitiveni Naivalu.",
      {"Emma Harrison": ("Prime Minister", {"Australia"}), "Sitiveni Naivalu": ("Prime Minister", {"Fiji"})},
      "a-bare-title-of-the-traveller-in-a-national-adjective-governments-release", "Australian Government"),
    P("Minister for Trade Declan Walsh is on a visit to Viet Nam. In Hanoi on Monday he met Viet Nam's Minister of "
      "Industry and Trade, Nguyen Thi Lan.",
      {"Declan Walsh": ("Minister for Trade", {"Ireland"}), "Nguyen Thi Lan": ("Minister of Industry and Trade", {"Vietnam"})},
      "a-portfolio-title-of-the-traveller-in-a-government-of-X-release", "Government of Ireland"),
]


@pytest.mark.parametrize("text, publisher, expected", TRAVELLING_GOVERNMENT_TITLE_POSTS)
def test_a_travellers_bare_title_in_a_governments_release_is_its_state(nlp, text, publisher, expected):
    """ "Prime Minister A has concluded a visit to Fiji": in a state's government release, a traveller's bare title
    is that state's, not the state visited."""
    check(run(nlp, text, publisher), expected)


STATES_TITLE_SET_OFF_POSTS = [
    P("Paris, 5 October 2026 - UNESCO Director-General Leila Haddad and Mexico's Secretary of Culture, Mariana Fuentes, "
      "today signed an agreement establishing a regional centre for indigenous languages.",
      {"Leila Haddad": ("Director-General", {"United Nations Educational, Scientific and Cultural Organization"}),
       "Mariana Fuentes": ("Secretary of Culture", {"Mexico"})},
      "a-states-possessive-title-then-the-name-set-off-by-commas", "UNESCO"),
    P("Nairobi, 8 June 2026 - Kenya's Cabinet Secretary for Health, Wanjiru Kamau, and WHO Regional Director Abdi Farah "
      "today launched a vaccination drive.",
      {"Wanjiru Kamau": ("Cabinet Secretary for Health", {"Kenya"}),
       "Abdi Farah": ("Regional Director", {"World Health Organization"})},
      "a-states-possessive-title-of-a-portfolio-before-another-titled-name", "World Health Organization"),
]

LONG_PORTFOLIO_GLUED_POSTS = [
    P("Commissioner for the Mediterranean Magdalena Kowalska travelled to Rabat on 18 March, where she met the Minister "
      "of the Interior of Morocco, Youssef Benali.",
      {"Magdalena Kowalska": ("Commissioner for the Mediterranean", {"European Commission"}),
       "Youssef Benali": ("Minister of the Interior", {"Morocco"})},
      "commissioner-for-the-one-word-portfolio-then-the-name", "European Commission"),
    P("Commissioner for the Middle East Anna Berglund met Jordan's Foreign Minister, Karim Haddadin, in Amman on 4 June.",
      {"Anna Berglund": ("Commissioner for the Middle East", {"European Commission"}),
       "Karim Haddadin": ("Foreign Minister", {"Jordan"})},
      "commissioner-for-a-tagged-region-then-the-name", "European Commission"),
    P("Commissioner for the Western Balkans Marta Novak visited Tirana on 2 April.",
      {"Marta Novak": ("Commissioner for the Western Balkans", {"European Commission"})},
      "commissioner-for-a-plural-region-then-the-name", "European Commission"),
    P("Minister for the Pacific Harriet Caldwell held talks with Samoa's Minister of Finance, Tuilagi Fetu, in Apia "
      "on Tuesday.",
      {"Harriet Caldwell": ("Minister for the Pacific", {"New Zealand"}),
       "Tuilagi Fetu": ("Minister of Finance", {"Samoa"})},
      "minister-for-the-region-then-the-name-in-a-governments-release", "New Zealand Government"),
    # ... but a portfolio set off by a comma before the name is all portfolio
    P("The Special Envoy of the Secretary-General for the Great Lakes Region, Ingrid Solheim, met in Kinshasa on Monday "
      "with the Minister of Foreign Affairs of the Democratic Republic of the Congo, Jean-Paul Mbeki.",
      {"Ingrid Solheim": ("Special Envoy of the Secretary-General for the Great Lakes Region", {"United Nations"}),
       "Jean-Paul Mbeki": ("Minister of Foreign Affairs", {"Democratic Republic of the Congo"})},
      "special-envoy-for-the-region-comma-then-the-name", "Office of the Special Envoy for the Great Lakes"),
]


@pytest.mark.parametrize("text, publisher, expected", STATES_TITLE_SET_OFF_POSTS + LONG_PORTFOLIO_GLUED_POSTS)
def test_a_name_after_a_states_possessive_title_or_a_for_the_portfolio_holds_the_title(nlp, text, publisher, expected):
    """ "Mexico's Secretary of Culture, A B, signed": the name set off after a state's title is its holder;
    "Commissioner for the Mediterranean A B": the name begins after the portfolio."""
    check(run(nlp, text, publisher), expected)
