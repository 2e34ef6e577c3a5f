"""A document battery for representation (issue 10, ninth and tenth rounds): whom each side of an encounter acts
for, scored exactly as `icgraph evaluate` scores the gold's `organization_sides`.

Every item is invented (invented people; real states, organizations and parties), a whole release of
one or more paragraphs in the manner of a kind of publisher: ambassadors presenting credentials or
calling on a minister (they act for the sending state, not the host), envoys and heads of UN agencies
visiting a state (the organization, not the host state), parliament delegations, a governor and a
mayor (a subnational official acts for the state, as the gold gives a central bank's governor), a
minister with two posts, "on behalf of", "representing", "his country's", "the X side", party
officials, a company and an NGO meeting ministries, states named by short or other forms ("Korea",
"Turkey", "Russian Federation"), states in brackets after names or owning them ("B (Kenya)", "Kenya's B").

The items go through the real pipeline once (`run_evaluation`: reader, spaCy, extraction,
resolution, RDF, SHACL, an in-memory store, `who-met-whom -p level=organization`) against a gold
file written here in the format of ../shared/gold/README.md. Each case asserts that every pair of
its organization sides is found and that no other organization pair is read in its item (a pair
inside one side is neutral, as in the gold).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from icgraph.config import Settings
from icgraph.evaluate import ORGANIZATION_PAIRS, Report, run_evaluation
from icgraph.extract import load_nlp

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    text: str
    meetings: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...]
    """(people of one side, people of the other, institutions of the first, institutions of the second)"""
    publisher: str | None = None
    published: str = "2025-05-16"
    xfail: str | None = None


def M(a: str | tuple[str, ...], b: str | tuple[str, ...], oa: str | tuple[str, ...], ob: str | tuple[str, ...]):
    def many(value):
        return (value,) if isinstance(value, str) else value
    return (many(a), many(b), many(oa), many(ob))


# Names of institutions: "Name|Alias|Alias" (the gold's name and aliases).
NAMES = {
    "Ghana": "Ghana|Republic of Ghana", "Japan": "Japan", "Brazil": "Brazil|Federative Republic of Brazil",
    "Kenya": "Kenya|Republic of Kenya", "United Nations": "United Nations|UN", "Saudi Arabia": "Saudi Arabia|Kingdom of Saudi Arabia",
    "UNICEF": "United Nations Children's Fund|UNICEF", "Bangladesh": "Bangladesh",
    "WHO": "World Health Organization|WHO", "Senegal": "Senegal",
    "European Parliament": "European Parliament", "Viet Nam": "Viet Nam|Vietnam",
    "National Assembly of Viet Nam": "National Assembly of Viet Nam|National Assembly",
    "Pakistan": "Pakistan", "Germany": "Germany|Federal Republic of Germany", "Jordan": "Jordan|Hashemite Kingdom of Jordan",
    "UN-Habitat": "United Nations Human Settlements Programme|UN-Habitat", "Cambodia": "Cambodia|Kingdom of Cambodia",
    "ASEAN": "Association of Southeast Asian Nations|ASEAN", "Nigeria": "Nigeria|Federal Republic of Nigeria",
    "World Bank": "World Bank|World Bank Group", "League of Arab States": "League of Arab States|Arab League",
    "Morocco": "Morocco|Kingdom of Morocco", "OIC": "Organisation of Islamic Cooperation|OIC|Organization of Islamic Cooperation",
    "Malaysia": "Malaysia", "Kazakhstan": "Kazakhstan|Republic of Kazakhstan", "Qatar": "Qatar|State of Qatar",
    "African National Congress": "African National Congress|ANC",
    "Communist Party of China": "Communist Party of China|CPC", "Siemens Energy": "Siemens Energy",
    "Oduro Cocoa": "Oduro Cocoa", "Kafue Copper Holdings": "Kafue Copper Holdings",
    "Egypt": "Egypt|Arab Republic of Egypt", "Médecins Sans Frontières": "Médecins Sans Frontières|MSF|Doctors Without Borders",
    "South Sudan": "South Sudan", "Uganda": "Uganda", "Uzbekistan": "Uzbekistan|Republic of Uzbekistan",
    "Uzbek Foreign Ministry": "Uzbek Foreign Ministry|Ministry of Foreign Affairs of Uzbekistan",
    "African Union": "African Union|AU", "African Union Commission": "African Union Commission|AU Commission",
    "Chad": "Chad", "Malawi": "Malawi", "Asian Development Bank": "Asian Development Bank|ADB",
    "Mongolia": "Mongolia", "Mali": "Mali", "ECOWAS": "Economic Community of West African States|ECOWAS",
    "ECOWAS Commission": "ECOWAS Commission", "European Union": "European Union|EU", "Ethiopia": "Ethiopia",
    "Poland": "Poland|Republic of Poland", "Korea": "Korea", "United States": "United States|U.S.|US", "Turkey": "Turkey", "Russia": "Russia",
    "Thailand": "Thailand", "Vanuatu": "Vanuatu", "Rwanda": "Rwanda", "Vodafone": "Vodafone|Vodafone Group",
    "ITU": "International Telecommunication Union|ITU", "United Arab Emirates": "United Arab Emirates|UAE",
    "IAEA": "International Atomic Energy Agency|IAEA", "Philippines": "Philippines|Republic of the Philippines",
    "Norway": "Norway", "Norwegian Ministry of Foreign Affairs": "Norwegian Ministry of Foreign Affairs|Ministry of Foreign Affairs of Norway",
    "Indonesia": "Indonesia",
    "FAO": "Food and Agriculture Organization of the United Nations|FAO", "Peru": "Peru",
    "ECO": "Economic Cooperation Organization|ECO", "SESRIC": "Statistical, Economic and Social Research and Training Centre for Islamic Countries|SESRIC",
    "National Audit Office of Ghana": "National Audit Office of Ghana|National Audit Office",
    "ALECSO": "Arab League Educational, Cultural and Scientific Organization|ALECSO",
    "Ministry of Ports and Shipping": "Ministry of Ports and Shipping", "India": "India|Republic of India",
    "UNDP": "United Nations Development Programme|UNDP", "WFP": "World Food Programme|WFP", "China": "China|People's Republic of China",
    "OAS": "Organization of American States|OAS", "Paraguay": "Paraguay", "Kyrgyzstan": "Kyrgyzstan|Kyrgyz Republic",
    "Azerbaijan": "Azerbaijan|Republic of Azerbaijan", "Zambia": "Zambia|Republic of Zambia",
    "Ministry of Water and Sanitation": "Ministry of Water and Sanitation", "African Development Bank": "African Development Bank|AfDB",
    "Maldives": "Maldives|Republic of Maldives", "Cyprus": "Cyprus|Republic of Cyprus",
    "Australia": "Australia", "UNFPA": "United Nations Population Fund|UNFPA", "Sierra Leone": "Sierra Leone", "Liberia": "Liberia",
    "ECCAS": "Economic Community of Central African States|ECCAS", "ECCAS Commission": "ECCAS Commission", "Cameroon": "Cameroon",
    "ECOWAS Parliament": "ECOWAS Parliament",
}

CASES = [
    Case("credentials-host-and-sending-state", "President Adu receives credentials of the Ambassador of Japan",
         "ACCRA, 13 May 2025 – The President of the Republic of Ghana, Kofi Mensah Adu, on Tuesday received the "
         "letters of credence of the new Ambassador of Japan to Ghana, Hiroshi Tanabe, at the Jubilee House.\n\n"
         "President Adu welcomed the Ambassador and said Ghana valued Japan's support for its schools.",
         (M("Kofi Mensah Adu", "Hiroshi Tanabe", "Ghana", "Japan"),), publisher="Presidency of Ghana"),
    Case("ambassador-courtesy-call-on-minister", "Brazilian Ambassador calls on Cabinet Secretary",
         "The Ambassador of Brazil to Kenya, Marcos Oliveira, paid a courtesy call on the Cabinet Secretary for "
         "Foreign Affairs of Kenya, Alice Njoroge, in Nairobi on 5 May 2025.\n\nThe two discussed trade in "
         "coffee and flights between Nairobi and São Paulo.",
         (M("Alice Njoroge", "Marcos Oliveira", "Kenya", "Brazil"),)),
    Case("un-envoy-meets-foreign-minister", "UN Special Envoy meets Saudi Foreign Minister",
         "RIYADH, 3 May 2025 – The United Nations Special Envoy for Yemen, Hans Lindqvist, met today in Riyadh with "
         "the Foreign Minister of Saudi Arabia, Prince Khalid bin Saad.\n\nThey discussed the renewal of the truce "
         "and the opening of roads in Taiz.",
         (M("Khalid bin Saad", "Hans Lindqvist", "Saudi Arabia", "United Nations"),)),
    Case("un-agency-head-visits-state", "UNICEF chief concludes visit to Bangladesh",
         "DHAKA, 9 May 2025 – UNICEF Executive Director Maria Delgado today concluded a three-day visit to "
         "Bangladesh.\n\nDuring her visit, Delgado met with Prime Minister Rahim Uddin Chowdhury to discuss "
         "the health and schooling of children in the country's coastal districts.",
         (M("Rahim Uddin Chowdhury", "Maria Delgado", "Bangladesh", "UNICEF"),), publisher="UNICEF"),
    Case("who-regional-director-meets-minister", "WHO Regional Director meets Senegalese Minister of Health",
         "DAKAR, 7 May 2025 – The WHO Regional Director for Africa, Dr. Amina Diallo, met with the Senegalese "
         "Minister of Health, Dr. Ibrahima Sow, to review the vaccination campaign against measles.",
         (M("Ibrahima Sow", "Amina Diallo", "Senegal", "WHO"),), publisher="World Health Organization"),
    Case("parliament-delegation", "European Parliament delegation visits Viet Nam",
         "HANOI, 12 May 2025 – A delegation of the European Parliament led by MEP Anna Bergström was received on "
         "Monday by the Chairman of the National Assembly of Viet Nam, Tran Van Hung.\n\nThe two sides discussed "
         "the free trade agreement between the European Union and Viet Nam.",
         (M("Tran Van Hung", "Anna Bergström", ("National Assembly of Viet Nam", "Viet Nam"), "European Parliament"),)),
    Case("governor-receives-ambassador", "Governor Punjab receives German Ambassador",
         "LAHORE, 14 May 2025 – The Governor of Punjab, Sardar Ali Khan, received the Ambassador of Germany to "
         "Pakistan, Klaus Weber, at the Governor's House on Wednesday.\n\nThe Governor said Pakistan wanted more "
         "German investment in the textile industry of the province.",
         (M("Sardar Ali Khan", "Klaus Weber", "Pakistan", "Germany"),)),
    Case("mayor-meets-un-habitat", "Amman Mayor meets UN-Habitat Regional Director",
         "AMMAN, 11 May 2025 – The Mayor of Amman, Yousef Haddad, met on Sunday with the Regional Director of "
         "UN-Habitat for Arab States, Laila Mansour, to discuss housing for refugees in Jordan.",
         (M("Yousef Haddad", "Laila Mansour", "Jordan", "UN-Habitat"),), publisher="Petra News Agency, Jordan"),
    Case("minister-with-two-posts", "Deputy Prime Minister meets ASEAN Secretary-General",
         "PHNOM PENH, 6 May 2025 – Deputy Prime Minister and Minister of Foreign Affairs and International "
         "Cooperation of Cambodia, Sok Vanna, received the Secretary-General of ASEAN, Lim Wei Jie, on Tuesday.\n\n"
         "They discussed the preparations for the ASEAN Summit.",
         (M("Sok Vanna", "Lim Wei Jie", "Cambodia", "ASEAN"),)),
    Case("on-behalf-of-the-government", "Nigeria and World Bank discuss power sector",
         "ABUJA, 8 May 2025 – On behalf of the Government of Nigeria, the Minister of State for Power, Aisha Bello, "
         "received a World Bank delegation led by its Vice President for Western and Central Africa, Ousmane "
         "Diagne, on Thursday.\n\nThe delegation also included the Country Director, Paul Mensah.",
         (M("Aisha Bello", ("Ousmane Diagne", "Paul Mensah"), "Nigeria", "World Bank"),)),
    Case("representing-an-organization", "Arab League envoy meets Moroccan Minister of Culture",
         "RABAT, 10 May 2025 – Dr. Samir Haddad, representing the League of Arab States, met on Saturday with the "
         "Moroccan Minister of Culture, Leila Benali, on the preparations for the Arab Capital of Culture.",
         (M("Leila Benali", "Samir Haddad", "Morocco", "League of Arab States"),)),
    Case("his-countrys-support", "OIC Secretary-General receives Ambassador of Malaysia",
         "JEDDAH, 4 May 2025 – The Secretary-General of the Organisation of Islamic Cooperation (OIC), Hussein "
         "Ibrahim, received at the General Secretariat on Sunday Ambassador Abdullah Karim of Malaysia.\n\n"
         "The Ambassador conveyed his country's support for the OIC's humanitarian work.",
         (M("Hussein Ibrahim", "Abdullah Karim", "OIC", "Malaysia"),), publisher="OIC"),
    Case("the-x-side", "Kazakhstan and Qatar hold political consultations",
         "ASTANA, 15 May 2025 – Political consultations between the foreign ministries of Kazakhstan and Qatar "
         "were held in Astana on Thursday. The Kazakh side was represented by Deputy Foreign Minister Timur "
         "Sultanov, and the Qatari side by Minister of State for Foreign Affairs Khalid Al-Mansouri.",
         (M("Timur Sultanov", "Khalid Al-Mansouri", "Kazakhstan", "Qatar"),)),
    Case("party-officials", "ANC Secretary-General meets CPC delegation",
         "JOHANNESBURG, 9 May 2025 – The Secretary-General of the African National Congress (ANC), Thabo "
         "Mokoena, met on Friday with a delegation of the Communist Party of China (CPC) led by Wang Lei, a "
         "deputy head of its International Department.",
         (M("Thabo Mokoena", "Wang Lei", "African National Congress", "Communist Party of China"),)),
    Case("company-meets-minister", "Siemens Energy CEO meets Egyptian Minister",
         "CAIRO, 12 May 2025 – The Egyptian Minister of Electricity, Mahmoud Fathy, received on Monday the Chief "
         "Executive Officer of Siemens Energy, Lars Kühn, to discuss new power plants in Upper Egypt.",
         (M("Mahmoud Fathy", "Lars Kühn", "Egypt", "Siemens Energy"),)),
    Case("ngo-meets-minister", "MSF President meets South Sudan's Minister of Health",
         "JUBA, 6 May 2025 – The International President of Médecins Sans Frontières (MSF), Dr. Clara Weiss, met "
         "South Sudan's Minister of Health, Peter Deng, on Tuesday to discuss the cholera response.",
         (M("Peter Deng", "Clara Weiss", "South Sudan", "Médecins Sans Frontières"),)),
    Case("adjective-state-and-counterpart", "Kenyan and Ugandan ministers meet in Kampala",
         "KAMPALA, 7 May 2025 – The Kenyan minister for trade, Joseph Kamau, held talks on Wednesday with his "
         "Ugandan counterpart, Sarah Nakato, on cross-border trade.",
         (M("Sarah Nakato", "Joseph Kamau", "Uganda", "Kenya"),)),
    Case("ministry-named-as-speaker", "Uzbek Foreign Minister receives Japanese Ambassador",
         "TASHKENT, 5 May 2025 – Foreign Minister Aziz Rahimov received the Ambassador of Japan, Kenji Sato, on "
         "Monday, the Uzbek Foreign Ministry said.\n\nThe sides discussed a visit of a Japanese business "
         "delegation to Samarkand.",
         (M("Aziz Rahimov", "Kenji Sato", ("Uzbekistan", "Uzbek Foreign Ministry"), "Japan"),),
         xfail='a body named only as the source ("the Uzbek Foreign Ministry said") is left out: the dev gold counts it in one item and not in two others of the same form, and the rule cost tuned precision 0.951 -> 0.868'),
    Case("organ-named-beside-organization", "AU Commission Chairperson receives Chadian Foreign Minister",
         "ADDIS ABABA, 13 May 2025 – The Chairperson of the African Union Commission, Amina Yusuf, received on "
         "Tuesday the Minister of Foreign Affairs of Chad, Abakar Mahamat, at the headquarters of the African "
         "Union.",
         (M("Amina Yusuf", "Abakar Mahamat", ("African Union", "African Union Commission"), "Chad"),)),
    Case("un-resident-coordinator", "UN Resident Coordinator meets President of Malawi",
         "LILONGWE, 8 May 2025 – The United Nations Resident Coordinator in Malawi, Anna Lind, met with the "
         "President of Malawi, Peter Banda, at the State House on Thursday to discuss the response to the "
         "drought.",
         (M("Peter Banda", "Anna Lind", "Malawi", "United Nations"),)),
    Case("delegation-members-of-leaders-organization", "ADB delegation meets Mongolian Finance Minister",
         "ULAANBAATAR, 14 May 2025 – A delegation of the Asian Development Bank led by Vice-President Kenji Mori, "
         "and including Director-General Ravi Shah and Senior Economist Lina Park, met the Minister of Finance "
         "of Mongolia, Bat-Erdene Gan, on Wednesday.",
         (M("Bat-Erdene Gan", ("Kenji Mori", "Ravi Shah", "Lina Park"), "Mongolia", "Asian Development Bank"),)),
    Case("ambassador-to-an-organization", "ECOWAS Commission President receives Mali's Permanent Representative",
         "ABUJA, 6 May 2025 – The President of the ECOWAS Commission, Omar Touré, received on Tuesday the "
         "Ambassador and Permanent Representative of Mali to ECOWAS, Moussa Keita.",
         (M("Omar Touré", "Moussa Keita", ("ECOWAS Commission", "ECOWAS"), "Mali"),), publisher="ECOWAS"),
    Case("eu-ambassador-to-a-state", "EU Ambassador calls on Ethiopian Minister of Finance",
         "ADDIS ABABA, 9 May 2025 – The European Union Ambassador to Ethiopia, Sofia Romano, paid a courtesy call "
         "on the Ethiopian Minister of Finance, Abebe Tesfaye, on Friday.",
         (M("Abebe Tesfaye", "Sofia Romano", "Ethiopia", "European Union"),)),
    Case("short-name-of-a-state", "Unification minister holds talks with U.S. envoy",
         "SEOUL, May 12 (Yonhap) -- South Korea's Unification Minister Kim Min-jun held talks with U.S. Special "
         "Representative John Carter on Monday, the ministry said.",
         (M("Kim Min-jun", "John Carter", "Korea", "United States"),)),
    Case("other-forms-of-state-names", "Turkish and Russian foreign ministers meet",
         "ANKARA, 13 May 2025 – Foreign Minister of Türkiye Mehmet Yilmaz met Minister of Foreign Affairs of the "
         "Russian Federation Ivan Petrov in Ankara on Tuesday.",
         (M("Mehmet Yilmaz", "Ivan Petrov", "Turkey", "Russia"),)),
    Case("two-ambassadors-received-separately", "Foreign Minister receives Ambassadors of Japan and Vanuatu",
         "BANGKOK, 12 May 2025 – The Minister of Foreign Affairs of Thailand, Somchai Wongsa, received separately "
         "the Ambassador of Japan, Taro Sato, and the Ambassador of Vanuatu, John Tari, on Monday.",
         (M("Somchai Wongsa", "Taro Sato", "Thailand", "Japan"), M("Somchai Wongsa", "John Tari", "Thailand", "Vanuatu"))),
    Case("visiting-president-with-minister", "President of Rwanda holds talks in Berlin",
         "BERLIN, 7 May 2025 – The President of Rwanda, Jean Mugabo, accompanied by Foreign Minister Claire "
         "Uwase, held talks with the Chancellor of Germany, Martin Vogel, at the Chancellery on Wednesday.",
         (M("Martin Vogel", ("Jean Mugabo", "Claire Uwase"), "Germany", "Rwanda"),)),
    Case("company-meets-un-agency", "Vodafone Group CEO meets ITU Secretary-General",
         "GENEVA, 5 May 2025 – The Secretary-General of the International Telecommunication Union (ITU), Elena "
         "Novak, met with the Chief Executive of Vodafone Group, Helen Marsh, on Monday to discuss connecting "
         "schools.",
         (M("Elena Novak", "Helen Marsh", "ITU", "Vodafone"),), publisher="ITU"),
    Case("minister-of-state-for", "UAE Minister of State meets IAEA Director General",
         "VIENNA, 14 May 2025 – The Minister of State for Foreign Affairs of the United Arab Emirates, Sara Al "
         "Mazrouei, met the Director General of the International Atomic Energy Agency (IAEA), Pablo Ortiz, on "
         "Wednesday.",
         (M("Pablo Ortiz", "Sara Al Mazrouei", "IAEA", "United Arab Emirates"),)),
    Case("ambassador-of-the-host-receives", "Philippine Ambassador hosts Norwegian State Secretary",
         "OSLO, 10 May 2025 – Philippine Ambassador to Norway Maria Santos received State Secretary Erik Lund of "
         "the Norwegian Ministry of Foreign Affairs at the Embassy on Saturday.",
         (M("Maria Santos", "Erik Lund", "Philippines", ("Norway", "Norwegian Ministry of Foreign Affairs")),)),
    Case("ministry-named-as-organization", "Indonesian Ministry of Health and FAO meet",
         "JAKARTA, 6 May 2025 – The Minister of Health of Indonesia, Budi Santoso, received the FAO Representative "
         "in Indonesia, Rajiv Menon, at the Ministry of Health on Tuesday.",
         (M("Budi Santoso", "Rajiv Menon", "Indonesia", "FAO"),)),
    Case("on-behalf-of-the-government-and-people", "ECO Secretary General meets Mr Raza Khan",
         "ISLAMABAD: The Secretary General of the Economic Cooperation Organization (ECO), Farid Karimov, called on "
         "Mr Raza Khan at his office on Tuesday.\n\nMr Raza Khan extended warm greetings on behalf of the government "
         "and people of Pakistan and praised the ECO's work on transport corridors.",
         (M("Raza Khan", "Farid Karimov", "Pakistan", "ECO"),), publisher="Dawn (dawn.com)"),
    Case("short-form-of-a-body-named-in-full", "Ghana audit delegation visits SESRIC",
         "ANKARA, 8 May 2025 – A delegation from the National Audit Office of Ghana paid a courtesy visit to the "
         "Director General of SESRIC, Leyla Aksoy, on Thursday. The delegation included Kwame Asare, Deputy "
         "Director of the National Audit Office, and Ama Owusu, a Board Member of the National Audit Office.",
         (M("Leyla Aksoy", ("Kwame Asare", "Ama Owusu"), "SESRIC", ("National Audit Office of Ghana", "Ghana")),),
         publisher="SESRIC"),
    Case("subnational-title-in-apposition", "Deputy Emir of Madinah Region receives ALECSO Director-General",
         "His Royal Highness Prince Faisal bin Nasser, Deputy Emir of Madinah Region, received on Monday Dr. Amal "
         "Haddad, Director-General of the Arab League Educational, Cultural and Scientific Organization (ALECSO).\n\n"
         "The meeting reviewed ALECSO's programmes for the heritage of the region.",
         (M("Faisal bin Nasser", "Amal Haddad", "Saudi Arabia", "ALECSO"),), publisher="ALECSO"),
    Case("organ-title-in-short", "AU Commission Chairperson receives credentials of Ghana's Ambassador",
         "The Chairperson of the African Union (AU) Commission, H.E. Amina Yusuf, on 4 March 2025, received the "
         "credentials of H.E. Mr. Kwesi Boateng, the new Ambassador of the Republic of Ghana to Ethiopia and "
         "Permanent Representative to the African Union.\n\nThe AUC Chairperson and the Ambassador exchanged "
         "views on the priorities of the AU.",
         (M("Amina Yusuf", "Kwesi Boateng", ("African Union", "African Union Commission"), "Ghana"),)),
    Case("ministry-of-the-datelines-state", "Ministry of Ports and UNICEF to work on safe harbours",
         "New Delhi: The Secretary of the Ministry of Ports and Shipping, Anil Kumar, met the UNICEF Representative, "
         "Cynthia Brooks, on Tuesday to discuss child safety in the country's fishing harbours, an official said.",
         (M("Anil Kumar", "Cynthia Brooks", ("Ministry of Ports and Shipping", "India"), "UNICEF"),),
         publisher="Greater Kashmir (IANS report)"),
    Case("demonym-ambassador-in-apposition", "Minister of Trade receives Japanese envoy",
         "ACCRA, 6 May 2025 – Minister of Trade and Industry Ama Serwaa received Kenji Watanabe, the Japanese "
         "Ambassador, at the Ministry on Tuesday to discuss car assembly plants.",
         (M("Ama Serwaa", "Kenji Watanabe", "Ghana", "Japan"),), publisher="Ministry of Trade and Industry of Ghana"),
    Case("possessive-state-in-apposition", "Minister meets Kenya's Cabinet Secretary for Trade",
         "KAMPALA, 8 May 2025 – Uganda's Minister of Trade, Francis Mugisha, met Mary Wanjiku, Kenya's Cabinet "
         "Secretary for Trade, on Thursday to remove barriers at the Malaba border post.",
         (M("Francis Mugisha", "Mary Wanjiku", "Uganda", "Kenya"),)),
    Case("un-country-representative-in-a-state", "UNDP Resident Representative meets Minister of Planning",
         "DHAKA, 7 May 2025 – The UNDP Resident Representative in Bangladesh, Stefan Liller, called on the Minister "
         "of Planning of Bangladesh, Abdul Karim Chowdhury, on Wednesday to discuss climate finance.",
         (M("Abdul Karim Chowdhury", "Stefan Liller", "Bangladesh", "UNDP"),), publisher="UNDP Bangladesh"),
    Case("wfp-country-director", "WFP Country Director meets Minister of Agriculture",
         "JUBA, 9 May 2025 – WFP Country Director for South Sudan, Mary-Ellen McGroarty, met the Minister of "
         "Agriculture of South Sudan, Josephine Lagu, on Friday to plan food assistance for the lean season.",
         (M("Josephine Lagu", "Mary-Ellen McGroarty", "South Sudan", "WFP"),), publisher="World Food Programme"),
    Case("wire-reports-two-foreign-leaders", "Kenyan and Ethiopian leaders meet in Nairobi",
         "NAIROBI, May 13 (Xinhua) -- Kenyan President William Otieno held talks on Tuesday with visiting Ethiopian "
         "Prime Minister Abiy Tesfaye on regional security, the State House said.",
         (M("William Otieno", "Abiy Tesfaye", "Kenya", "Ethiopia"),), publisher="Xinhua"),
    Case("visiting-vice-premier", "Vice Premier's visit to Pakistan",
         "ISLAMABAD, 14 May 2025 – Prime Minister Shahid Mirza received the visiting Chinese Vice Premier Liu Wen at "
         "the Prime Minister's House on Wednesday.",
         (M("Shahid Mirza", "Liu Wen", "Pakistan", "China"),), publisher="Associated Press of Pakistan"),
    Case("minister-and-ambassador-of-the-same-state", "Foreign Minister receives delegation of Azerbaijan",
         "BISHKEK, 5 May 2025 – Minister of Foreign Affairs of the Kyrgyz Republic Jeenbek Sadyrov received a "
         "delegation of Azerbaijan led by Deputy Minister of Economy Elnur Aliyev on Monday. The Ambassador of "
         "Azerbaijan to Kyrgyzstan, Rashad Mammadov, also attended the meeting.",
         (M("Jeenbek Sadyrov", ("Elnur Aliyev", "Rashad Mammadov"), "Kyrgyzstan", "Azerbaijan"),),
         publisher="Ministry of Foreign Affairs of the Kyrgyz Republic"),
    Case("secretary-general-visits-capital", "OAS Secretary General visits Paraguay",
         "ASUNCIÓN, 12 May 2025 – The Secretary General of the Organization of American States (OAS), Luis "
         "Ramírez, was received on Monday by the President of Paraguay, Carlos Benítez, at the Palacio de López.",
         (M("Carlos Benítez", "Luis Ramírez", "Paraguay", "OAS"),), publisher="OAS"),
    Case("ministry-the-ministers-title-names", "Minister of Water and Sanitation receives AfDB delegation",
         "LUSAKA, 13 May 2025 – The Minister of Water and Sanitation of Zambia, Peter Mwale, received the Vice "
         "President of the African Development Bank, Grace Ndlovu, on Tuesday. The Ministry of Water and "
         "Sanitation leads the programme of rural boreholes that the Bank finances.",
         (M("Peter Mwale", "Grace Ndlovu", ("Ministry of Water and Sanitation", "Zambia"), "African Development Bank"),)),
    Case("statement-without-encounter", "UNICEF welcomes Peru's school meals law",
         "LIMA, 9 May 2025 – UNICEF welcomed the law on school meals adopted by the Congress of Peru, the "
         "UNICEF Representative in Peru, Ana Ruiz, said in a statement on Friday.",
         ()),
]


# Tenth round: releases in the manner of publishers the tuned part of dev-news-2 has none of (a UN
# agency's release naming its head by title only, a ministry's release naming its own officials by
# title only, Gulf and Asian news agencies, foreign-ministry readouts, secretariats of regional
# organizations, an embassy, a university), each on a way of saying whom a side acts for when the
# item states no post for the person there: the publisher, the dateline or the state visited, the
# headline, a delegation's adjective, "his counterpart", an ambassador's sending state, a UN official
# in a state. Expectations were written before any run.
NAMES.update({
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization|UNESCO", "Czechia": "Czechia|Czech Republic",
    "UNHCR": "Office of the United Nations High Commissioner for Refugees|UNHCR|UN Refugee Agency",
    "CARICOM": "Caribbean Community|CARICOM", "Mexico": "Mexico|United Mexican States",
    "Pacific Islands Forum": "Pacific Islands Forum|PIF", "New Zealand": "New Zealand",
    "Commonwealth": "Commonwealth of Nations|Commonwealth|Commonwealth Secretariat", "Tonga": "Tonga|Kingdom of Tonga",
    "Council of Europe": "Council of Europe|CoE", "Moldova": "Moldova|Republic of Moldova",
    "IGAD": "Intergovernmental Authority on Development|IGAD", "Somalia": "Somalia|Federal Republic of Somalia",
    "INTERPOL": "International Criminal Police Organization|INTERPOL|Interpol",
    "IsDB": "Islamic Development Bank|IsDB|Islamic Development Bank Group", "Mauritania": "Mauritania|Islamic Republic of Mauritania",
    "Kuwait": "Kuwait|State of Kuwait", "Hungary": "Hungary", "Chile": "Chile|Republic of Chile",
    "Ministry of Foreign Affairs of China": "Ministry of Foreign Affairs|Ministry of Foreign Affairs of the People's Republic of China",
    "Ministry of Foreign Affairs of Viet Nam": "Ministry of Foreign Affairs|Ministry of Foreign Affairs of Viet Nam",
    "Ministry of External Relations of Brazil": "Ministry of External Relations|Ministry of External Relations of Brazil",
    "Sweden": "Sweden|Kingdom of Sweden", "Angola": "Angola|Republic of Angola", "Guyana": "Guyana",
    "Fiji": "Fiji|Republic of Fiji", "Laos": "Laos|Lao PDR|Lao People's Democratic Republic", "Sri Lanka": "Sri Lanka",
    "Maldives": "Maldives|Republic of Maldives", "Finland": "Finland|Republic of Finland",
    "University of Nairobi": "University of Nairobi", "Senate of Uzbekistan": "Senate of Uzbekistan|Senate",
    "Morocco": "Morocco|Kingdom of Morocco", "Ireland": "Ireland", "Austria": "Austria|Republic of Austria",
    "UNFPA": "United Nations Population Fund|UNFPA", "Nepal": "Nepal", "UN Women": "UN Women|United Nations Entity for Gender Equality and the Empowerment of Women",
    "Argentina": "Argentina|Argentine Republic", "Colombia": "Colombia|Republic of Colombia",
    "Tanzania": "Tanzania|United Republic of Tanzania", "Greece": "Greece|Hellenic Republic",
})

UNSEEN = [
    Case("un-agency-head-by-title-only", "Director-General receives Peru's Minister of Culture",
         "PARIS, 12 May 2025 – Director-General Laura Fontaine received on Tuesday the Minister of Culture of Peru, "
         "Rosa Quispe Huamán, at Headquarters.\n\nThey discussed the protection of the Andean heritage sites and a "
         "new programme for indigenous languages.",
         (M("Laura Fontaine", "Rosa Quispe Huamán", "UNESCO", "Peru"),), publisher="UNESCO"),
    Case("ministry-official-by-title-only", "Vice Minister receives Ambassador of Angola",
         "BRASÍLIA, 8 May 2025 – Vice Minister Carlos Duarte received on Thursday the Ambassador of Angola, José "
         "Manuel Neto, to prepare the visit of the Angolan President to Brazil in June.",
         (M("Carlos Duarte", "José Manuel Neto", ("Brazil", "Ministry of External Relations of Brazil"), "Angola"),),
         publisher="Ministry of External Relations of Brazil",
         xfail="the publishing ministry is not a side of its official whose bare title extraction gave the state: the dev gold lists the publisher's ministry in one such item and not in another"),
    Case("counterpart-in-the-datelines-state", "Turkish Foreign Minister in Prague",
         "PRAGUE, May 14 (AA) – Turkish Foreign Minister Ahmet Kaya met his counterpart Lukas Novak in Prague on "
         "Wednesday to discuss energy and migration, diplomatic sources said.",
         (M("Ahmet Kaya", "Lukas Novak", "Turkey", "Czechia"),), publisher="Anadolu Agency"),
    Case("possessive-ambassador-to-a-state", "Kazakh envoy meets Egyptian Deputy Foreign Minister",
         "CAIRO, 6 May 2025 – Kazakhstan's Ambassador to Egypt, Nurlan Abenov, met Egyptian Deputy Foreign Minister "
         "Hisham Badr on Tuesday to discuss direct flights between Almaty and Cairo.",
         (M("Hisham Badr", "Nurlan Abenov", "Egypt", "Kazakhstan"),), publisher="Kazinform"),
    Case("delegation-named-by-adjective", "Senate Chairman receives Kenyan parliamentary delegation",
         "TASHKENT, 9 May 2025 – The Chairman of the Senate of Uzbekistan, Jasur Tursunov, received a Kenyan "
         "parliamentary delegation led by Moses Wekesa on Friday.\n\nThe sides discussed cooperation between the "
         "two parliaments.",
         (M("Jasur Tursunov", "Moses Wekesa", ("Uzbekistan", "Senate of Uzbekistan"), "Kenya"),), publisher="UzA"),
    Case("un-head-visits-a-state-and-meets-its-president", "High Commissioner visits Chad",
         "N'DJAMENA, 11 May 2025 – UN High Commissioner for Refugees Filippo Rossi today ended a three-day visit to "
         "Chad, where he met President Hassan Abakar at the presidential palace to discuss support for the "
         "refugees from Sudan.",
         (M("Hassan Abakar", "Filippo Rossi", "Chad", "UNHCR"),), publisher="UNHCR"),
    Case("gulf-agency-minister-of-state", "Minister of State receives Hungarian Ambassador",
         "ABU DHABI, 7 May 2025 (WAM) – Sheikh Khalid bin Rashid Al Nuaimi, Minister of State, received today "
         "Peter Szabo, the Ambassador of Hungary to the UAE, who called on him at the Ministry of Foreign Affairs "
         "in Abu Dhabi.",
         (M("Khalid bin Rashid Al Nuaimi", "Peter Szabo", "United Arab Emirates", "Hungary"),),
         publisher="Emirates News Agency (WAM)"),
    Case("agency-prime-minister-of-the-datelines-state", "Prime Minister receives Jordanian Foreign Minister",
         "KUWAIT, May 10 (KUNA) -- His Highness the Prime Minister Sheikh Ahmad Nasser Al-Sabah received on Saturday "
         "visiting Jordanian Foreign Minister Omar Haddad at Bayan Palace.",
         (M("Ahmad Nasser Al-Sabah", "Omar Haddad", "Kuwait", "Jordan"),), publisher="Kuwait News Agency (KUNA)"),
    Case("foreign-ministry-readout", "Foreign Minister Zhao Ming holds talks with Chilean Foreign Minister",
         "On May 12, 2025, Foreign Minister Zhao Ming held talks in Beijing with Foreign Minister of Chile Ana Torres, "
         "who is on an official visit to China.\n\nZhao Ming said China is ready to work with Chile to expand trade "
         "in copper and fruit.",
         (M("Zhao Ming", "Ana Torres", ("China", "Ministry of Foreign Affairs of China"), "Chile"),),
         publisher="Ministry of Foreign Affairs of the People's Republic of China",
         xfail="the publishing ministry is not a side of its official whose bare title extraction gave the state: the dev "
               "gold lists the publisher's ministry in one such item and not in another (this case passed only while the "
               "bare \"Foreign Minister\" took the state of Chile's minister's title, set beside her name)"),
    Case("state-department-readout", "Secretary Hall's meeting with Moroccan Foreign Minister",
         "Secretary of State Robert Hall met with Moroccan Foreign Minister Karim Alaoui today in Washington. The "
         "Secretary and the Foreign Minister discussed regional security and trade.",
         (M("Robert Hall", "Karim Alaoui", "United States", "Morocco"),), publisher="U.S. Department of State"),
    Case("ambassador-presents-credentials-to-a-secretariat", "Mexico's Plenipotentiary presents credentials",
         "GEORGETOWN, Guyana – CARICOM Secretary-General Dr. Anne Baptiste received on Monday the credentials of "
         "Ambassador Pedro Ruiz, Plenipotentiary Representative of Mexico to the Caribbean Community.",
         (M("Anne Baptiste", "Pedro Ruiz", "CARICOM", "Mexico"),), publisher="CARICOM Secretariat"),
    Case("forum-secretary-general-meets-minister", "Forum Secretary General meets New Zealand Foreign Minister",
         "SUVA, 13 May 2025 – Pacific Islands Forum Secretary General Sione Fifita met with New Zealand's Minister of "
         "Foreign Affairs, Grace Walker, at the Forum Secretariat on Tuesday.",
         (M("Sione Fifita", "Grace Walker", "Pacific Islands Forum", "New Zealand"),), publisher="Pacific Islands Forum Secretariat"),
    Case("venue-in-a-third-state", "Secretary-General meets Prime Minister of Tonga",
         "LONDON, 8 May 2025 – The Commonwealth Secretary-General, Patricia Mensah, met the Prime Minister of Tonga, "
         "Siaosi Tupou, at Marlborough House on Thursday to discuss climate finance for small states.",
         (M("Patricia Mensah", "Siaosi Tupou", "Commonwealth", "Tonga"),), publisher="Commonwealth Secretariat"),
    Case("organization-seat-in-a-third-state", "Secretary General meets Prime Minister of Moldova",
         "STRASBOURG, 15 May 2025 – The Secretary General of the Council of Europe, Anna Kristiansen, met with the "
         "Prime Minister of Moldova, Ion Rusu, in Strasbourg on Thursday.",
         (M("Anna Kristiansen", "Ion Rusu", "Council of Europe", "Moldova"),), publisher="Council of Europe"),
    Case("executive-secretary-and-possessive-minister", "IGAD Executive Secretary holds talks with Somalia's Foreign Minister",
         "DJIBOUTI, 5 May 2025 – IGAD Executive Secretary Dr. Mohamed Farah held talks on Monday with Somalia's "
         "Minister of Foreign Affairs, Abdi Warsame, on the preparations for the summit of heads of state.",
         (M("Mohamed Farah", "Abdi Warsame", "IGAD", "Somalia"),), publisher="IGAD"),
    Case("visiting-delegation-by-adjective", "Deputy Prime Minister receives Cambodian delegation",
         "VIENTIANE, May 9 (KPL) -- Lao Deputy Prime Minister Khamphan Vongsa received on Friday the visiting "
         "Cambodian delegation led by Senior Minister Chea Sokha.",
         (M("Khamphan Vongsa", "Chea Sokha", "Laos", "Cambodia"),), publisher="Lao News Agency (KPL)"),
    Case("embassy-publisher", "Ambassador calls on the Minister of Finance of Tanzania",
         "DAR ES SALAAM, 12 May 2025 – Ambassador Sanjay Mehta called on the Minister of Finance of Tanzania, "
         "Juma Mwinyi, on Monday and discussed Indian lines of credit for water projects.",
         (M("Juma Mwinyi", "Sanjay Mehta", "Tanzania", "India"),), publisher="High Commission of India in Dar es Salaam"),
    Case("university-hosts-ambassador", "Vice-Chancellor hosts Ambassador of Finland",
         "NAIROBI, 7 May 2025 – The Vice-Chancellor of the University of Nairobi, Prof. Grace Mutua, hosted the "
         "Ambassador of Finland to Kenya, Mikko Laine, on Wednesday to discuss research on forestry.",
         (M("Grace Mutua", "Mikko Laine", "University of Nairobi", "Finland"),), publisher="University of Nairobi"),
    Case("bank-president-at-meetings-abroad", "IsDB President meets Minister of Finance of Mauritania",
         "ALGIERS, 20 May 2025 – The President of the Islamic Development Bank, Dr. Hamid Al-Tayeb, met the Minister "
         "of Economy and Finance of Mauritania, Sidi Ould Ahmed, on the sidelines of the Bank's Annual Meetings in "
         "Algiers.",
         (M("Hamid Al-Tayeb", "Sidi Ould Ahmed", "IsDB", "Mauritania"),), publisher="Islamic Development Bank"),
    Case("counterpart-by-adjective-and-publisher-state", "Minister of Tourism meets Maldivian counterpart",
         "COLOMBO, 6 May 2025 – Minister of Tourism Ravi Perera met his Maldivian counterpart, Aminath Shareef, in "
         "Colombo on Tuesday to promote twin-destination holidays.",
         (M("Ravi Perera", "Aminath Shareef", "Sri Lanka", "Maldives"),), publisher="Sri Lanka News (Sri Lanka)"),
    Case("state-only-in-the-headline", "Jordanian FM holds talks with Saudi counterpart in Riyadh",
         "Foreign Minister Omar Haddad held talks on Monday in Riyadh with his Saudi counterpart, Prince Faisal bin "
         "Khalid, on the situation in Gaza.",
         (M("Omar Haddad", "Faisal bin Khalid", "Jordan", "Saudi Arabia"),), publisher="Arab News"),
    Case("un-official-meets-an-untitled-minister-in-the-datelines-state", "WFP Executive Director meets Minister of Economic Affairs",
         "NOUAKCHOTT, 13 May 2025 – The Executive Director of the World Food Programme, Lena Hoffmann, met with the "
         "Minister of Economic Affairs, Mohamed Vall, on Tuesday to discuss school meals in the Hodh El Chargui.",
         (M("Mohamed Vall", "Lena Hoffmann", "Mauritania", "WFP"),), publisher="World Food Programme"),
    Case("un-official-visits-a-state-and-meets-an-untitled-minister", "UNFPA Executive Director visits Nepal",
         "UNFPA Executive Director Maria Costa paid a visit to Nepal this week, where she met with the Minister of "
         "Health and Population, Ram Bahadur Thapa, to discuss maternal health services in remote districts.",
         (M("Ram Bahadur Thapa", "Maria Costa", "Nepal", "UNFPA"),), publisher="UNFPA"),
    Case("deputy-foreign-minister-in-a-ministrys-release", "Deputy Foreign Minister receives Swedish Ambassador",
         "Deputy Foreign Minister Le Thanh Hai received Swedish Ambassador Anna Lindqvist in Ha Noi on 9 May 2025. "
         "The two sides discussed preparations for the 55th anniversary of diplomatic relations.",
         (M("Le Thanh Hai", "Anna Lindqvist", ("Viet Nam", "Ministry of Foreign Affairs of Viet Nam"), "Sweden"),),
         publisher="Ministry of Foreign Affairs of Viet Nam",
         xfail="the publishing ministry is not a side of its official whose bare title extraction gave the state: the dev gold lists the publisher's ministry in one such item and not in another"),
    Case("visitor-does-not-act-for-the-host-state", "Irish President meets Austrian Chancellor in Vienna",
         "VIENNA, 14 May 2025 – The President of Ireland, Siobhán Byrne, on a state visit to Austria, met Chancellor "
         "Andreas Huber at the Federal Chancellery on Wednesday.",
         (M("Andreas Huber", "Siobhán Byrne", "Austria", "Ireland"),), publisher="Irish Times"),
    Case("un-women-head-meets-minister-of-a-named-state", "UN Women chief meets Argentina's Minister of Women",
         "BUENOS AIRES, 7 May 2025 – UN Women Executive Director Sofia Lindgren met Argentina's Minister of Women, "
         "Gender and Diversity, Luciana Pérez, on Wednesday.",
         (M("Luciana Pérez", "Sofia Lindgren", "Argentina", "UN Women"),), publisher="UN Women"),
    Case("telephone-call-between-two-ministers", "Foreign Minister holds telephone call with Greek counterpart",
         "BOGOTÁ, 10 May 2025 – The Minister of Foreign Affairs of Colombia, Andrés Molina, held a telephone "
         "conversation on Saturday with the Minister of Foreign Affairs of Greece, Nikos Pappas.",
         (M("Andrés Molina", "Nikos Pappas", "Colombia", "Greece"),), publisher="Cancillería de Colombia"),
    Case("interpol-secretary-general-visits-a-ministry", "INTERPOL Secretary General meets Fiji's Minister for Policing",
         "SUVA, 6 May 2025 – INTERPOL Secretary General Marco Bianchi met Fiji's Minister for Policing, Joeli Rabuka, "
         "on Tuesday to discuss the fight against drug trafficking in the Pacific.",
         (M("Joeli Rabuka", "Marco Bianchi", "Fiji", "INTERPOL"),), publisher="INTERPOL"),
]

CASES += UNSEEN

# Sixteen more, written after the first 28 passed (expectations first; one corrected after the run:
# the IMF team's side names the National Bank of Serbia beside Serbia, as the dev gold names a state's
# body its official acts for beside the state): 12 passed; the four that failed read "Ibero-America"
# as the United States, missed an "International Monetary Fund (IMF) team led by B", gave a news
# agency's own minister reported from Geneva the state of the dateline's city, and let a host keep
# the guest's title that extraction also gave him.
NAMES.update({
    "IMF": "International Monetary Fund|IMF", "National Bank of Serbia": "National Bank of Serbia", "Zimbabwe": "Zimbabwe|Republic of Zimbabwe", "Oman": "Oman|Sultanate of Oman",
    "Iran": "Iran|Islamic Republic of Iran", "GCC": "Gulf Cooperation Council|GCC|Cooperation Council for the Arab States of the Gulf",
    "Bahrain": "Bahrain|Kingdom of Bahrain", "Serbia": "Serbia|Republic of Serbia", "France": "France|French Republic",
    "Poland": "Poland|Republic of Poland", "Canada": "Canada", "Tunisia": "Tunisia|Tunisian Republic",
    "Ecuador": "Ecuador|Republic of Ecuador", "Spain": "Spain|Kingdom of Spain", "Italy": "Italy|Italian Republic",
    "Côte d'Ivoire": "Côte d'Ivoire|Ivory Coast|Republic of Côte d'Ivoire", "Turkmenistan": "Turkmenistan", "Cameroon": "Cameroon|Republic of Cameroon",
    "IFAD": "International Fund for Agricultural Development|IFAD", "Lebanon": "Lebanon|Lebanese Republic", "UNIDO": "United Nations Industrial Development Organization|UNIDO",
})

UNSEEN_HARDER = [
    Case("wire-with-the-visitor-first", "Chinese president meets Zimbabwean counterpart",
         "BEIJING, May 13 (Xinhua) -- Chinese President Li Wenhua met with visiting Zimbabwean President Tendai Moyo "
         "at the Great Hall of the People in Beijing on Tuesday.\n\nLi said China and Zimbabwe are good friends. "
         "Moyo said his country is grateful for China's support.",
         (M("Li Wenhua", "Tendai Moyo", "China", "Zimbabwe"),), publisher="Xinhua"),
    Case("gulf-agency-with-surnames-later", "Oman, Iran foreign ministers discuss ties",
         "MUSCAT, May 11 (ONA) -- Sayyid Hamad bin Saif Al Busaidi, Minister of Foreign Affairs, received in his "
         "office today Dr. Reza Karimi, Foreign Minister of the Islamic Republic of Iran, who is currently visiting "
         "the Sultanate.\n\nAl Busaidi and Karimi reviewed bilateral relations and regional developments.",
         (M("Hamad bin Saif Al Busaidi", "Reza Karimi", "Oman", "Iran"),), publisher="Oman News Agency"),
    Case("imf-mission-chief-meets-finance-minister", "IMF staff concludes visit to Serbia",
         "BELGRADE, 9 May 2025 – An International Monetary Fund (IMF) team led by Ms. Anna Petrova visited Belgrade "
         "from 28 April to 9 May. The team met with Minister of Finance Dragan Ilic, National Bank of Serbia "
         "Governor Jelena Markovic and other senior officials.",
         (M(("Dragan Ilic", "Jelena Markovic"), "Anna Petrova", ("Serbia", "National Bank of Serbia"), "IMF"),), publisher="International Monetary Fund"),
    Case("secretariat-receives-delegation-with-members", "GCC Secretary General receives Bahraini delegation",
         "RIYADH, 7 May 2025 – The Secretary General of the Gulf Cooperation Council, Jassim Al-Hamad, received at "
         "the General Secretariat on Wednesday a delegation from the Kingdom of Bahrain headed by Undersecretary of "
         "the Ministry of Interior, Khalid Al Noaimi, and including Colonel Faisal Saleh.",
         (M("Jassim Al-Hamad", ("Khalid Al Noaimi", "Faisal Saleh"), "GCC", "Bahrain"),), publisher="GCC Secretariat"),
    Case("eu-high-representative-meets-minister", "High Representative meets Foreign Minister of Tunisia",
         "BRUSSELS, 14 May 2025 – The High Representative of the European Union for Foreign Affairs and Security "
         "Policy, Elena Marin, met today the Minister of Foreign Affairs of Tunisia, Youssef Ben Salem, in Brussels.",
         (M("Elena Marin", "Youssef Ben Salem", "European Union", "Tunisia"),), publisher="European External Action Service"),
    Case("president-receives-in-the-capital-with-an-accompanying-minister", "President receives Canadian minister",
         "WARSAW, 12 May 2025 – President Andrzej Nowicki received on Monday Canada's Minister of International "
         "Trade, Louise Tremblay, who was accompanied by the Ambassador of Canada to Poland, Mark Reid.",
         (M("Andrzej Nowicki", ("Louise Tremblay", "Mark Reid"), "Poland", "Canada"),), publisher="Polish Press Agency (PAP)"),
    Case("latin-american-chancellery", "Canciller receives Spanish Secretary of State",
         "QUITO, 6 May 2025 – The Minister of Foreign Affairs and Human Mobility, Gabriela Sánchez, received the "
         "Secretary of State for Ibero-America of Spain, Luis Ortega, at the Palacio de Najas on Tuesday.",
         (M("Gabriela Sánchez", "Luis Ortega", "Ecuador", "Spain"),), publisher="Ministry of Foreign Affairs and Human Mobility of Ecuador"),
    Case("director-general-of-a-un-agency-meets-italian-minister", "UNIDO Director General meets Italian Minister",
         "VIENNA, 9 May 2025 – UNIDO Director General Ahmed Rahman met Italy's Minister of Enterprises, Marco "
         "Ferri, on Friday to discuss the agency's work on green industry in Africa.",
         (M("Ahmed Rahman", "Marco Ferri", "UNIDO", "Italy"),), publisher="UNIDO"),
    Case("president-receives-the-outgoing-ambassador", "President receives farewell visit of French Ambassador",
         "ABIDJAN, 8 May 2025 – The President of the Republic, Alassane Koné, on Thursday received the outgoing "
         "Ambassador of France, Jean-Pierre Martin, who came to bid him farewell at the end of his mission.",
         (M("Alassane Koné", "Jean-Pierre Martin", "Côte d'Ivoire", "France"),), publisher="Presidency of Côte d'Ivoire"),
    Case("the-x-side-was-represented-by", "Uzbekistan and Turkmenistan hold political consultations",
         "TASHKENT, 14 May 2025 – Deputy Minister of Foreign Affairs of Uzbekistan Bakhrom Aloev held political "
         "consultations with Vepa Hajiyev in Tashkent on Wednesday. The Turkmen side was represented by Vepa Hajiyev, "
         "Deputy Minister of Foreign Affairs, and the Uzbek side also by Ambassador Nodir Saidov.",
         (M(("Bakhrom Aloev", "Nodir Saidov"), "Vepa Hajiyev", "Uzbekistan", "Turkmenistan"),), publisher="Dunyo Information Agency"),
    Case("accompanied-by-his-chief-of-staff", "Arab League Secretary-General received by the President of Lebanon",
         "BEIRUT, 10 May 2025 – The President of Lebanon, Michel Haddad, received on Saturday the Secretary-General of "
         "the League of Arab States, Ahmed Saleh, who was accompanied by his Chief of Staff, Hossam Farouk.",
         (M("Michel Haddad", ("Ahmed Saleh", "Hossam Farouk"), "Lebanon", "League of Arab States"),), publisher="National News Agency (Lebanon)"),
    Case("eu-head-of-delegation", "EU Ambassador meets Kenyan Cabinet Secretary",
         "NAIROBI, 6 May 2025 – The Head of the European Union Delegation to Kenya, Ambassador Henriette Geiger, met "
         "the Cabinet Secretary for Foreign Affairs, Musalia Mudavadi, on Tuesday.",
         (M("Musalia Mudavadi", "Henriette Geiger", "Kenya", "European Union"),), publisher="Kenya News Agency"),
    Case("regional-bureau-of-a-programme", "UNDP Regional Director meets Minister of Planning of Jordan",
         "AMMAN, 7 May 2025 – The Director of the Regional Bureau for Arab States of the United Nations Development "
         "Programme, Abdallah Dardari, met with the Minister of Planning and International Cooperation of Jordan, "
         "Zeina Toukan, on Wednesday.",
         (M("Zeina Toukan", "Abdallah Dardari", "Jordan", "UNDP"),), publisher="Petra"),
    Case("minister-meets-a-un-head-at-its-seat", "Minister of Health meets WHO Director-General",
         "GENEVA, 8 May 2025 – The Minister of Health of Rwanda, Sabin Nsanzimana, met the Director-General of the "
         "World Health Organization, Tedros Ghebreyesus, on Thursday.",
         (M("Sabin Nsanzimana", "Tedros Ghebreyesus", "Rwanda", "WHO"),), publisher="Ministry of Health of Rwanda"),
    Case("agency-reports-its-minister-abroad", "Minister meets UNHCR High Commissioner in Geneva",
         "GENEVA, 9 May 2025 – Minister Ahmed Ould Salem met the UN High Commissioner for Refugees, Filippo Rossi, on "
         "Friday to discuss the refugees in the Mbera camp.",
         (M("Ahmed Ould Salem", "Filippo Rossi", "Mauritania", "UNHCR"),), publisher="Mauritanian News Agency (AMI)"),
    Case("host-given-the-guests-title", "Head of State receives IFAD President",
         "YAOUNDÉ, 9 May 2025 – The Head of State, Paul Nkemba, received in audience on Friday the President of the "
         "International Fund for Agricultural Development, Alvaro Lario.",
         (M("Paul Nkemba", "Alvaro Lario", "Cameroon", "IFAD"),), publisher="Presidency of the Republic of Cameroon"),
]

CASES += UNSEEN_HARDER

# Eleventh round: releases in the manners of wire services and publishers the tuned part of dev-news-2 has
# none of (AIM, MENA, Petra, Saba, AP, AFP, Reuters, Anadolu, TASS, PIB, Montsame, Kazinform, VNA, a
# newspaper), chosen where the wrong side is tempting: a UN Resident Coordinator or an agency's
# representative in a country (the UN or the agency, not the country), an ambassador or chargé
# d'affaires accredited to the state he is in (his sending state), a long post string naming its
# organization ("Special Adviser to the United Nations Secretary-General on Africa"), a bare title of
# the host in a ministry's report of its minister's visit abroad, a minister quoted at another event, the
# states and agencies of a "respectively" list, and a person whose post only another item of the
# batch states. Expectations were written before any run; one was corrected after it, to the battery's
# convention ("foreign-ministry-readout"): a ministry's own minister named by a bare title acts for the
# publishing ministry beside its state. Main passed 21 of the 27 with meetings; the post stated in another
# item now passes; the two "respectively" lists pass; the three left are strict expected failures of meetings
# and names (issue 9).
NAMES.update({
    "Mozambique": "Mozambique|Republic of Mozambique", "Al-Azhar": "Al-Azhar|Al-Azhar Al-Sharif",
    "Indonesia": "Indonesia|Republic of Indonesia", "Yemen": "Yemen|Republic of Yemen",
    "Ukraine": "Ukraine", "Ministry of Foreign Affairs of Ukraine": "Ministry of Foreign Affairs|Ministry of Foreign Affairs of Ukraine", "Lithuania": "Lithuania|Republic of Lithuania", "Greece": "Greece|Hellenic Republic",
    "Iraq": "Iraq|Republic of Iraq", "Tanzania": "Tanzania|United Republic of Tanzania", "Burundi": "Burundi|Republic of Burundi",
    "Palestine": "Palestine|State of Palestine", "Laos": "Laos|Lao People's Democratic Republic|Lao PDR",
    "UNHCR": "Office of the United Nations High Commissioner for Refugees|UNHCR|United Nations High Commissioner for Refugees",
    "Netherlands": "Netherlands|Kingdom of the Netherlands", "National Assembly of Zambia": "National Assembly of Zambia|National Assembly",
    "United Kingdom": "United Kingdom|UK|United Kingdom of Great Britain and Northern Ireland",
    "Tajikistan": "Tajikistan|Republic of Tajikistan", "Cuba": "Cuba|Republic of Cuba", "Argentina": "Argentina|Argentine Republic",
    "Chile": "Chile|Republic of Chile", "Commonwealth": "Commonwealth|Commonwealth of Nations|Commonwealth Secretariat",
    "Hungary": "Hungary", "Sri Lanka": "Sri Lanka|Democratic Socialist Republic of Sri Lanka",
    "Bolivia": "Bolivia|Plurinational State of Bolivia", "ILO": "International Labour Organization|ILO",
    "Sweden": "Sweden|Kingdom of Sweden", "Gambia": "Gambia|The Gambia|Republic of The Gambia",
})

UNSEEN_ELEVENTH = [
    Case("resident-coordinator-for-a-state-in-wire", "UN Resident Coordinator calls on Foreign Minister",
         "MAPUTO, May 6 (AIM) – The United Nations Resident Coordinator for Mozambique, Catherine Sozinho, on Tuesday "
         "paid a courtesy call on the Minister of Foreign Affairs and Cooperation, Maria Lucas, in Maputo.\n\nThey "
         "discussed the reconstruction of Cabo Delgado.",
         (M("Maria Lucas", "Catherine Sozinho", "Mozambique", "United Nations"),), publisher="Agência de Informação de Moçambique (AIM)"),
    Case("ambassador-in-the-capital-received-by-a-religious-body", "Grand Imam receives Indonesian Ambassador",
         "CAIRO, May 8 (MENA) – The Grand Imam of Al-Azhar, Dr. Ahmed Mahmoud, received on Thursday the Ambassador "
         "of Indonesia to Egypt, Lutfi Rahman, at the Al-Azhar headquarters.\n\nThe Grand Imam praised the "
         "Indonesian students of Al-Azhar.",
         (M("Ahmed Mahmoud", "Lutfi Rahman", "Al-Azhar", "Indonesia"),), publisher="Middle East News Agency (MENA)"),
    Case("special-adviser-to-the-secretary-general", "UN Special Adviser on Africa calls on President",
         "ACCRA, 12 May 2025 – The Special Adviser to the United Nations Secretary-General on Africa, Cristina "
         "Mendes, called on President Kofi Adu at the Jubilee House on Monday to discuss debt relief.",
         (M("Kofi Adu", "Cristina Mendes", "Ghana", "United Nations"),), publisher="Ghana News Agency"),
    Case("senior-adviser-to-a-director-general", "WHO adviser meets Cabinet Secretary for Health",
         "NAIROBI, 13 May 2025 – Dr. Faith Otieno, Senior Adviser to the Director-General of the World Health "
         "Organization on Primary Health Care, met Kenya's Cabinet Secretary for Health, Aden Duba, on Tuesday.",
         (M("Aden Duba", "Faith Otieno", "Kenya", "WHO"),), publisher="Kenya News Agency"),
    Case("charge-d-affaires-of-an-embassy", "Brazilian envoy visits Minister of Agriculture",
         "ABUJA, 7 May 2025 – The Chargé d'Affaires of Brazil to Nigeria, Rafael Souza, paid a courtesy visit to the "
         "Minister of Agriculture and Food Security, Abubakar Kyari, in Abuja on Wednesday.",
         (M("Abubakar Kyari", "Rafael Souza", "Nigeria", "Brazil"),), publisher="News Agency of Nigeria (NAN)"),
    Case("respectively-two-foreign-ministers", "Jordanian, Egyptian foreign ministers hold talks",
         "AMMAN, May 11 (Petra) – The foreign ministers of Jordan and Egypt, Ayman Khalil and Sameh Ali "
         "respectively, held talks in Amman on Sunday on the situation in Gaza.",
         (M("Ayman Khalil", "Sameh Ali", "Jordan", "Egypt"),), publisher="Petra News Agency"),
    Case("respectively-agency-representatives", "Prime Minister receives UNICEF and WFP representatives",
         "ADEN, 9 May 2025 – Prime Minister Ahmed Saleh received on Friday the representatives of UNICEF and WFP in "
         "Yemen, Peter Hawkins and Laurent Bukera respectively, to discuss food aid to the displaced.",
         (M("Ahmed Saleh", ("Peter Hawkins", "Laurent Bukera"), "Yemen", ("UNICEF", "WFP")),), publisher="Saba News Agency"),
    Case("ministrys-minister-abroad-meets-a-bare-president", "Foreign Minister visits Lithuania",
         "VILNIUS, 10 May 2025 – Minister of Foreign Affairs Andriy Melnyk, who is on a working visit to Lithuania, "
         "met President Gitanas Nauseda on Saturday to discuss defence production.",
         (M("Andriy Melnyk", "Gitanas Nauseda", ("Ukraine", "Ministry of Foreign Affairs of Ukraine"), "Lithuania"),),
         publisher="Ministry of Foreign Affairs of Ukraine"),
    Case("minister-quoted-at-another-event", "FAO Director-General meets Italian Minister of Agriculture",
         "ROME, 14 May 2025 – The Director-General of the Food and Agriculture Organization (FAO), Qu Liang, met the "
         "Minister of Agriculture of Italy, Francesco Lollo, at FAO headquarters on Wednesday.\n\nSeparately, the "
         "Minister of Foreign Affairs of Brazil, Mauro Vieira, said at a conference in Brasília that FAO's work on "
         "water was vital.",
         (M("Qu Liang", "Francesco Lollo", "FAO", "Italy"),), publisher="FAO"),
    Case("ap-counterpart-after-an-adjective", "Greek, Turkish foreign ministers meet in Athens",
         "ATHENS, Greece (AP) — Greek Foreign Minister Giorgos Papadakis and his Turkish counterpart, Hakan Demir, "
         "met in Athens on Wednesday and pledged to keep talking despite their disputes over the Aegean.",
         (M("Giorgos Papadakis", "Hakan Demir", "Greece", "Turkey"),), publisher="Associated Press"),
    Case("reuters-office-said", "Iraq's prime minister meets U.S. deputy secretary of state",
         "BAGHDAD, May 13 (Reuters) - Iraq's Prime Minister Mohammed Hassan met U.S. Deputy Secretary of State "
         "Richard Verma in Baghdad on Tuesday, the prime minister's office said in a statement.",
         (M("Mohammed Hassan", "Richard Verma", "Iraq", "United States"),), publisher="Reuters"),
    Case("afp-adjectives-both-sides", "Tanzania's president meets Burundian foreign minister",
         "DAR ES SALAAM (AFP) — Tanzanian President Samia Hassan met Burundian Foreign Minister Albert Shingiro in "
         "Dar es Salaam on Saturday, her office said, as the two countries seek to revive a railway project.",
         (M("Samia Hassan", "Albert Shingiro", "Tanzania", "Burundi"),), publisher="AFP"),
    Case("anadolu-capital-named", "Turkish foreign minister receives Palestinian premier",
         "ANKARA – Turkish Foreign Minister Ozan Aydemir received Palestinian Prime Minister Sami Khalidi in the "
         "capital Ankara on Monday, diplomatic sources said.",
         (M("Ozan Aydemir", "Sami Khalidi", "Turkey", "Palestine"),), publisher="Anadolu Agency"),
    Case("tass-counterpart-of-a-named-state", "Orlovsky holds talks with Laotian counterpart",
         "MOSCOW, May 14. /TASS/. Russian Foreign Minister Pavel Orlovsky held talks with his Laotian counterpart "
         "Bounmy Phommachanh in Moscow on Wednesday, the ministry's press service said.",
         (M("Pavel Orlovsky", "Bounmy Phommachanh", "Russia", "Laos"),), publisher="TASS"),
    Case("high-commissioner-calls-on-minister-of-state", "Canadian High Commissioner calls on MoS External Affairs",
         "NEW DELHI, 12 May 2025 – The High Commissioner of Canada to India, Cameron MacKay, called on the Minister of "
         "State for External Affairs, Pabitra Sharma, in New Delhi on Monday.",
         (M("Pabitra Sharma", "Cameron MacKay", "India", "Canada"),), publisher="Press Information Bureau, Government of India"),
    Case("agency-representative-in-a-state-meets-state-minister", "UNHCR Representative meets State Minister for Relief",
         "KAMPALA, 8 May 2025 – The UNHCR Representative in Uganda, Matthew Crentsil, met the State Minister for "
         "Relief and Disaster Preparedness, Esther Anyakun, on Thursday to discuss the arrival of refugees in the "
         "West Nile.",
         (M("Esther Anyakun", "Matthew Crentsil", "Uganda", "UNHCR"),), publisher="Uganda Media Centre"),
    Case("county-governor-hosts-ambassador", "Mombasa Governor hosts Dutch Ambassador",
         "MOMBASA, 6 May 2025 – The Governor of Mombasa County, Abdulswamad Nassir, hosted the Ambassador of the "
         "Netherlands to Kenya, Henk Jan Bakker, on Tuesday to discuss the port's cold chain.",
         (M("Abdulswamad Nassir", "Henk Jan Bakker", "Kenya", "Netherlands"),), publisher="Kenya News Agency"),
    Case("speaker-receives-high-commissioner", "Speaker receives British High Commissioner",
         "LUSAKA, 7 May 2025 – The Speaker of the National Assembly of Zambia, Nelly Mutti, received the High "
         "Commissioner of the United Kingdom to Zambia, Rebecca Terzeon, at Parliament Buildings on Wednesday.",
         (M("Nelly Mutti", "Rebecca Terzeon", ("National Assembly of Zambia", "Zambia"), "United Kingdom"),), publisher="Zambia Daily Mail"),
    Case("bank-vice-president-in-a-capital", "World Bank Vice President meets Finance Minister",
         "ADDIS ABABA, 9 May 2025 – The World Bank Vice President for Eastern and Southern Africa, Victoria Kwakwa, "
         "met Ethiopia's Minister of Finance, Ahmed Shide, on Friday to review the budget support programme.",
         (M("Ahmed Shide", "Victoria Kwakwa", "Ethiopia", "World Bank"),), publisher="Ethiopian News Agency"),
    Case("resident-coordinator-at-a-ministry", "UN Resident Coordinator meets Minister of Environment",
         "ULAANBAATAR, 12 May 2025 – UN Resident Coordinator in Mongolia Tapan Mishra met with the Minister of "
         "Environment and Tourism, Bat-Ulzii Bat-Erdene, at the Ministry of Environment and Tourism on Monday.",
         (M("Bat-Ulzii Bat-Erdene", "Tapan Mishra", "Mongolia", "United Nations"),), publisher="Montsame"),
    Case("envoy-of-a-president-received", "President of Tajikistan receives Special Envoy of Kazakhstan's President",
         "DUSHANBE, May 9 (Kazinform) – President of Tajikistan Emomali Rahmonov received on Friday the Special Envoy "
         "of the President of Kazakhstan, Erlan Karin, who conveyed a message on water sharing.",
         (M("Emomali Rahmonov", "Erlan Karin", "Tajikistan", "Kazakhstan"),), publisher="Kazinform"),
    Case("demonym-ambassador-and-demonym-deputy-minister", "Cuban Ambassador meets Deputy Minister of Industry and Trade",
         "HANOI, May 12 (VNA) – Vietnamese Deputy Minister of Industry and Trade Phan Thi Thang received Cuban "
         "Ambassador Orlando Hernandez in Hanoi on Monday to discuss rice exports.",
         (M("Phan Thi Thang", "Orlando Hernandez", "Viet Nam", "Cuba"),), publisher="Vietnam News Agency"),
    Case("respectively-two-ambassadors-received", "Vice President receives Ambassadors of Argentina and Chile",
         "HANOI, 12 May 2025 – Vice President Vo Thi Xuan received on Monday the Ambassadors of Argentina and Chile, "
         "Marcelo Suarez and Pablo Gomez respectively, who came to present their letters of credence.",
         (M("Vo Thi Xuan", ("Marcelo Suarez", "Pablo Gomez"), "Viet Nam", ("Argentina", "Chile")),), publisher="Vietnam News Agency"),
    Case("ambassador-to-an-organization-in-its-seat", "OIC Secretary-General receives Sri Lanka's Permanent Representative",
         "JEDDAH, 6 May 2025 – The Secretary-General of the Organisation of Islamic Cooperation, Hussein Taha, received "
         "on Tuesday the Ambassador of Sri Lanka to Saudi Arabia and Permanent Representative to the OIC, Omar Lebbe.",
         (M("Hussein Taha", "Omar Lebbe", "OIC", "Sri Lanka"),), publisher="OIC"),
    Case("head-of-a-country-office-by-the-agencys-acronym", "ILO Country Director meets Minister of Labour",
         "LA PAZ, 5 May 2025 – The ILO Country Director for the Andean Countries, Italo Cardona, met Bolivia's "
         "Minister of Labour, Employment and Social Security, Verónica Navia, on Monday to discuss child labour.",
         (M("Verónica Navia", "Italo Cardona", "Bolivia", "ILO"),), publisher="International Labour Organization"),
    Case("newspaper-host-title-and-visitor-by-state", "Swedish minister in Banjul",
         "BANJUL – The Gambian Minister of Foreign Affairs, Mamadou Tangara, on Monday held talks with the Swedish "
         "Minister for International Development Cooperation, Johan Forssell, who was on a two-day visit to the "
         "country.",
         (M("Mamadou Tangara", "Johan Forssell", "Gambia", "Sweden"),), publisher="The Point (Gambia)"),
    Case("post-stated-in-another-item", "Rwanda's foreign minister on the Commonwealth summit",
         "KIGALI, 5 May 2025 – Rwanda's Minister of Foreign Affairs, Olivier Nduwayezu, said on Monday that Rwanda "
         "would host a meeting of Commonwealth trade ministers next year.",
         (), publisher="The New Times (Rwanda)"),
    Case("post-stated-in-another-item-meeting", "Nduwayezu meets Commonwealth Secretary-General",
         "LONDON, 7 May 2025 – Olivier Nduwayezu met the Secretary-General of the Commonwealth, Shirley Boateng, at "
         "Marlborough House on Wednesday to prepare the meeting of trade ministers.",
         (M("Olivier Nduwayezu", "Shirley Boateng", "Rwanda", "Commonwealth"),), publisher="The New Times (Rwanda)"),
]

CASES += UNSEEN_ELEVENTH

# Two more, written when the two "respectively" cases above failed on names: the same list where the
# parser does read two people (an honorific before each name); main gives them no side.
NAMES.update({"Tanzania": "Tanzania|United Republic of Tanzania",
              "Ministry of Foreign Affairs of Kazakhstan": "Ministry of Foreign Affairs of Kazakhstan|Ministry of Foreign Affairs",
              "Asia Department": "Asia Department of the Ministry of Foreign Affairs|Asia Department",
              "Consular Department": "Consular Department of the Ministry of Foreign Affairs|Consular Department",
              "Ministry of Foreign Affairs of Kyrgyzstan": "Ministry of Foreign Affairs of the Kyrgyz Republic|Ministry of Foreign Affairs|Ministry of Foreign Affairs of Kyrgyzstan",
              "Department of Americas Affairs": "Department of Americas Affairs of the Ministry of Foreign Affairs|Department of Americas Affairs"})
CASES += [
    Case("respectively-agency-representatives-with-honorifics", "Prime Minister receives representatives of UN agencies",
         "ADEN, 10 May 2025 – Prime Minister Ahmed Saleh received on Saturday the representatives of UNICEF and WFP in "
         "Yemen, Mr. Peter Hawkins and Mr. Laurent Bukera, respectively, to discuss food aid to the displaced.",
         (M("Ahmed Saleh", ("Peter Hawkins", "Laurent Bukera"), "Yemen", ("UNICEF", "WFP")),), publisher="Saba News Agency"),
    Case("respectively-heads-of-country-offices", "President receives heads of WHO and UNICEF offices",
         "DODOMA, 9 May 2025 – President Samia Hassan received the heads of the WHO and UNICEF country offices, Dr. "
         "Charles Sagoe-Moses and Ms. Elke Wisch respectively, at the State House on Friday.",
         (M("Samia Hassan", ("Charles Sagoe-Moses", "Elke Wisch"), "Tanzania", ("WHO", "UNICEF")),), publisher="Daily News (Tanzania)"),
    # A "respectively" after the places visited: each side as the item states it.
    Case("respectively-after-places-visited", "Special Envoy concludes regional tour",
         "AMMAN, 14 May 2025 – The United Nations Special Envoy, Erik Lindahl, concluded on Wednesday his visits to "
         "Egypt and Jordan, where he met Foreign Minister Sherif Mansour and Foreign Minister Tariq Mahasneh, respectively.",
         (M("Erik Lindahl", "Sherif Mansour", "United Nations", "Egypt"), M("Erik Lindahl", "Tariq Mahasneh", "United Nations", "Jordan")),
         publisher="UN News"),
    # Two more, written when a probe of a ministry's department director read without the state after it gave him
    # the department alone: a unit of a named ministry acts for the unit, the ministry and its state (as a unit acts
    # for its organization).
    Case("department-of-a-ministry-of-a-named-state", "Director of the Asia Department meets Ambassador of India",
         "ASTANA, May 14 (Kazinform) – Director of the Asia Department of the Ministry of Foreign Affairs of Kazakhstan "
         "Yerlan Abenov met with the Ambassador of India to Kazakhstan, Manish Kumar, on Wednesday.",
         (M("Yerlan Abenov", "Manish Kumar", ("Asia Department", "Ministry of Foreign Affairs of Kazakhstan", "Kazakhstan"), "India"),),
         publisher="Kazinform"),
    Case("department-of-a-ministry-of-a-named-state-after-a-plain-dateline", "Head of the Consular Department receives Turkish Ambassador",
         "BISHKEK, 12 May 2025 – Head of the Consular Department of the Ministry of Foreign Affairs of the Kyrgyz Republic "
         "Aibek Osmonov received the Ambassador of Türkiye, Mehmet Kaya, on Monday to discuss visas for students.",
         (M("Aibek Osmonov", "Mehmet Kaya", ("Consular Department", "Ministry of Foreign Affairs of Kyrgyzstan", "Kyrgyzstan"), "Turkey"),),
         publisher="Kabar"),
    # Written when a probe gave a visiting minister named by a bare title the state of the dateline's city, the
    # seat of the organization he visited, although the headline names his state.
    Case("bare-title-minister-at-an-organizations-seat", "World Bank President meets Indian Finance Minister",
         "WASHINGTON, 10 May 2025 – World Bank President Ajay Mehra met Finance Minister Nirmala Rao in Washington on "
         "Friday to discuss a loan for rural roads.",
         (M("Ajay Mehra", "Nirmala Rao", "World Bank", "India"),), publisher="The Hindu"),
    # Written when a probe left both sides to the dateline's state: two bare titles, each given its state by the headline.
    Case("bare-titles-whose-states-the-headline-gives", "Visiting Kuwaiti FM meets Iraqi President",
         "BAGHDAD – Foreign Minister Abdullah Al-Yahya met President Abdul Latif Rashid in Baghdad on Sunday to discuss "
         "the demarcation of the maritime border.",
         (M("Abdullah Al-Yahya", "Abdul Latif Rashid", "Kuwait", "Iraq"),), publisher="Arab Times"),
    # Written when a probe left a visiting minister, whose bare title gave the host's state, without a side.
    Case("visiting-minister-whose-state-only-the-headline-names", "Uganda and Kenya discuss the sugar trade",
         "NAIROBI – Minister of Trade Francis Okello met Kenya's Cabinet Secretary for Trade, Lee Kamau, on Monday to "
         "settle the dispute over sugar exports.",
         (M("Francis Okello", "Lee Kamau", "Uganda", "Kenya"),), publisher="The Monitor"),
    Case("department-of-the-publishing-ministry", "Director of the Department of Americas Affairs receives Ambassador of Chile",
         "HA NOI, 13 May 2025 – Director of the Department of Americas Affairs of the Ministry of Foreign Affairs, Tran Van "
         "Minh, received the Ambassador of Chile, Pablo Gomez, on Tuesday to prepare the visit of the Chilean President.",
         (M("Tran Van Minh", "Pablo Gomez", ("Department of Americas Affairs", "Ministry of Foreign Affairs of Viet Nam", "Viet Nam"), "Chile"),),
         publisher="Ministry of Foreign Affairs of Viet Nam"),
]


# Twelfth round: sides in wire stories, where the dateline names a city and a news agency, and a stated
# title (with "U.S.", "British", "the EU's", "NATO", "U.N.") must beat both.
NAMES.update({"United Kingdom": "United Kingdom|UK|Britain", "NATO": "North Atlantic Treaty Organization|NATO",
              "Ukraine": "Ukraine", "Iran": "Iran|Islamic Republic of Iran", "Australia": "Australia",
              "Press Trust of India": "Press Trust of India|PTI", "Canada": "Canada", "France": "France|French Republic", "Lebanon": "Lebanon"})
CASES += [
    Case("wire-agency-credit-and-a-bare-title", "PM Rao holds talks with Australian counterpart in Hiroshima",
         "HIROSHIMA (PTI) - Prime Minister Arvind Rao on Saturday held talks with Australian Prime Minister Liam "
         "Carter on the sidelines of the summit, and the two leaders discussed trade in critical minerals.",
         (M("Arvind Rao", "Liam Carter", "India", "Australia"),), publisher="Press Trust of India"),
    Case("wire-us-title-in-a-visited-state", "U.S. Secretary of State in Cairo",
         "CAIRO (Reuters) - U.S. Secretary of State Mark Ellison arrived in Cairo on Monday. He met Egyptian President "
         "Karim Mansour to discuss the ceasefire in Gaza and the reopening of the Rafah crossing.",
         (M("Karim Mansour", "Mark Ellison", "Egypt", "United States"),), publisher="Reuters"),
    Case("wire-us-without-dots-and-american", "US defence chief meets Philippine counterpart",
         "MANILA (AFP) - US Defense Secretary Paul Grant met Philippine Defense Secretary Jose Reyes in Manila on "
         "Tuesday, as the American official sought closer ties between the two allies.",
         (M("Jose Reyes", "Paul Grant", "Philippines", "United States"),), publisher="AFP"),
    Case("wire-british-foreign-secretary-abroad", "British Foreign Secretary visits Jakarta",
         "JAKARTA (AP) - British Foreign Secretary Helen Ward met Indonesian Foreign Minister Sari Wulandari in "
         "Jakarta on Wednesday to discuss maritime security.",
         (M("Sari Wulandari", "Helen Ward", "Indonesia", "United Kingdom"),), publisher="Associated Press"),
    Case("wire-eu-foreign-policy-chief", "EU foreign policy chief meets Ukrainian minister",
         "BRUSSELS (AFP) - The EU's foreign policy chief, Marta Kowalska, met Ukrainian Foreign Minister Andriy "
         "Melnyk in Brussels on Thursday to discuss a new package of military aid.",
         (M("Marta Kowalska", "Andriy Melnyk", "European Union", "Ukraine"),), publisher="AFP"),
    Case("wire-nato-chief-in-a-capital", "NATO chief in Kyiv",
         "KYIV (Reuters) - NATO chief Lars Eriksen met President Oleh Bondar in Kyiv on Thursday and promised more "
         "air defence systems.",
         (M("Oleh Bondar", "Lars Eriksen", "Ukraine", "NATO"),), publisher="Reuters"),
    Case("wire-dotted-un-secretary-general", "U.N. chief meets Iranian foreign minister",
         "NEW YORK (AP) - U.N. Secretary-General Ana Ribeiro met Iranian Foreign Minister Reza Karimi at U.N. "
         "headquarters on Friday to discuss the nuclear talks.",
         (M("Ana Ribeiro", "Reza Karimi", "United Nations", "Iran"),), publisher="Associated Press"),
    Case("wire-the-us-envoy", "U.S. envoy meets Qatari prime minister",
         "DOHA (Reuters) - The U.S. envoy for the Middle East, Tom Barker, met Qatar's Prime Minister Sheikh Hamad bin "
         "Ali in Doha on Sunday to discuss the hostage talks.",
         (M("Hamad bin Ali", "Tom Barker", "Qatar", "United States"),), publisher="Reuters"),
    Case("wire-agency-credit-without-a-dash-and-a-ministry-as-source", "PM Mehra holds bilateral in Hiroshima",
         "HIROSHIMA (PTI) Prime Minister Sunil Mehra held a bilateral with Canadian Prime Minister Paul Girard on "
         "the sidelines of the summit on Sunday, the Ministry of External Affairs said.",
         (M("Sunil Mehra", "Paul Girard", "India", "Canada"),), publisher="Press Trust of India"),
    Case("wire-us-title-then-two-hosts-and-a-department-as-source", "U.S. Secretary of State meets Egyptian leaders",
         "CAIRO (Reuters) - U.S. Secretary of State Daniel Pryce arrived in Cairo on Tuesday. He met Egyptian "
         "President Omar Sabry and Foreign Minister Hany Fouad to discuss the truce, the State Department said.",
         (M("Omar Sabry", "Daniel Pryce", "Egypt", "United States"), M("Hany Fouad", "Daniel Pryce", "Egypt", "United States")),
         publisher="Reuters"),
    Case("wire-state-agency-credit-and-a-head-of-state", "President receives Jordanian Foreign Minister",
         "ABU DHABI, May 12 (WAM) President Sheikh Khalid bin Rashid received Jordanian Foreign Minister Ayman Haddad "
         "at Qasr Al Watan on Monday.",
         (M("Khalid bin Rashid", "Ayman Haddad", "United Arab Emirates", "Jordan"),), publisher="Emirates News Agency"),
    Case("wire-possessive-state-before-title-abroad", "Britain's Foreign Secretary in Paris",
         "PARIS (Reuters) - Britain's Foreign Secretary Helen Marsh met French Foreign Minister Louis Garnier in "
         "Paris on Friday. She also met Prime Minister Claire Dubois.",
         (M("Louis Garnier", "Helen Marsh", "France", "United Kingdom"), M("Claire Dubois", "Helen Marsh", "France", "United Kingdom")),
         publisher="Reuters"),
    Case("wire-us-ambassador-to-the-un", "U.S. and Russian envoys at the U.N.",
         "UNITED NATIONS (AP) - The U.S. ambassador to the United Nations, Linda Carver, met Russian Ambassador Vasily "
         "Orlov at U.N. headquarters on Monday to discuss the draft resolution.",
         (M("Linda Carver", "Vasily Orlov", "United States", "Russia"),), publisher="Associated Press"),
    Case("wire-american-envoy-in-a-capital", "American envoy meets Lebanese speaker",
         "BEIRUT (AFP) - American envoy Tom Rhodes met Lebanese Prime Minister Nawaf Karam in Beirut on Monday "
         "to discuss the ceasefire on the border.",
         (M("Nawaf Karam", "Tom Rhodes", "Lebanon", "United States"),), publisher="AFP"),
    # Written when the same envoy's title ran into her name with no comma ("to the U.N. Linda Carver", which the
    # parser tags as one organization) and no person was read: an envoy's "to" before the organization she is sent
    # to ends the title that anchors the name.
    Case("wire-us-ambassador-to-the-un-no-comma", "U.S. envoy meets Ghana's foreign minister",
         "NEW YORK, May 12 (AP) - U.S. Ambassador to the U.N. Linda Carver met Ghana's Foreign Minister Kofi Mensah on "
         "Monday to discuss peacekeeping.",
         (M("Linda Carver", "Kofi Mensah", "United States", "Ghana"),), publisher="Associated Press"),
    # Sides of one encounter (s22): the people met in one sentence are on one side and did not meet each other, so
    # their states are no pair; a side named by its state ("the Chinese side was led by A"); a dateline's state in
    # brackets; a headline that names only the counterpart's state.
    Case("one-host-meets-three-ministers-in-one-sentence", "OIC Secretary-General meets foreign ministers",
         "JEDDAH, 14 May 2025 – The Secretary-General of the Organisation of Islamic Cooperation (OIC), Hussein Ibrahim, met on "
         "Tuesday with Mr. Omar Bekov, Minister of Foreign Affairs of the Kyrgyz Republic, Mr. Moussa Diop, Minister of Foreign "
         "Affairs of the Republic of Senegal, and Dr. Ali Nasheed, Minister of Foreign Affairs of the Republic of Maldives.\n\n"
         "The Secretary-General thanked the ministers for their countries' support.",
         (M("Hussein Ibrahim", "Omar Bekov", "OIC", "Kyrgyzstan"), M("Hussein Ibrahim", "Moussa Diop", "OIC", "Senegal"),
          M("Hussein Ibrahim", "Ali Nasheed", "OIC", "Maldives")), publisher="OIC"),
    Case("wire-agency-head-meets-two-ministers", "UNFPA chief meets West African ministers",
         "FREETOWN (Reuters) - The head of the U.N. Population Fund, Ines Moreau, met Sierra Leone's Health Minister Abu Kamara "
         "and Liberia's Gender Minister Grace Tubman on Monday to discuss maternal health.",
         (M("Ines Moreau", "Abu Kamara", "UNFPA", "Sierra Leone"), M("Ines Moreau", "Grace Tubman", "UNFPA", "Liberia")),
         publisher="Reuters"),
    Case("the-x-side-was-led-by", "China and Pakistan hold strategic dialogue",
         "ISLAMABAD, 14 May 2025 – China and Pakistan held their strategic dialogue in Islamabad on Wednesday. The Chinese side "
         "was led by Vice Foreign Minister Zhang Wei, while the Pakistani side, led by Foreign Secretary Imran Qadir, included "
         "senior officials of several ministries.",
         (M("Zhang Wei", "Imran Qadir", "China", "Pakistan"),)),
    Case("the-x-side-represented-by", "AU and Ethiopia review the transition",
         "ADDIS ABABA, 6 May 2025 – State Minister Hailu Bekele held talks on Monday with the African Union side, represented by "
         "Commissioner Fatima Sow, on the transition in the region.",
         (M("Hailu Bekele", "Fatima Sow", "Ethiopia", "African Union"),)),
    Case("wire-dateline-with-state-in-brackets", "EAM Verma holds talks with Australian counterpart",
         "New Delhi [India], May 12 (ANI): External Affairs Minister Raj Kumar Verma on Monday held talks with his Australian "
         "counterpart Emily Hart in New Delhi.",
         (M("Raj Kumar Verma", "Emily Hart", "India", "Australia"),), publisher="ANI"),
    Case("headline-names-only-the-counterparts-state", "Hadid receives Cypriot counterpart",
         "AMMAN — Deputy Prime Minister and Minister of Foreign Affairs Omar Hadid on Sunday received his Cypriot counterpart, "
         "Andreas Petrou, at the ministry.",
         (M("Omar Hadid", "Andreas Petrou", "Jordan", "Cyprus"),), publisher="Jordan News"),
    # Organs of regional communities that recur in their news (data/organizations.tsv), and "on behalf of" a title
    # holder of a state.
    Case("regional-commission-president-received", "ECCAS Commission President received in Yaoundé",
         "YAOUNDE, 3 May 2025 – The President of the ECCAS Commission, Antonio Mbeki Lopes, was received on Monday by the "
         "Prime Minister of Cameroon, Joseph Ngono.",
         (M("Joseph Ngono", "Antonio Mbeki Lopes", "Cameroon", ("ECCAS Commission", "ECCAS")),), publisher="ECCAS"),
    Case("regional-parliament-speaker-calls-on-president", "ECOWAS Parliament Speaker meets Ghana's President",
         "ACCRA, 6 May 2025 – The Speaker of the ECOWAS Parliament, Sidie Tunis Kamara, paid a courtesy call on the President "
         "of Ghana, John Agyekum, at the Jubilee House on Tuesday.",
         (M("John Agyekum", "Sidie Tunis Kamara", "Ghana", ("ECOWAS Parliament", "ECOWAS")),), publisher="ECOWAS Parliament"),
    Case("on-behalf-of-a-states-title-holder", "Minister receives Japanese envoy",
         "LUSAKA, 8 May 2025 – Minister of Foreign Affairs Mulenga Banda received on Thursday Ambassador Haruto Mori, who "
         "delivered a message on behalf of the Prime Minister of Japan.",
         (M("Mulenga Banda", "Haruto Mori", "Zambia", "Japan"),), publisher="Ministry of Foreign Affairs of Zambia"),
    # The venue "the General Secretariat" is no short name for the "General" of the host's "Assistant Secretary-General".
    Case("assistant-secretary-general-at-the-general-secretariat", "Assistant Secretary-General receives Indonesian Ambassador",
         "JEDDAH, 11 May 2025 – Assistant Secretary-General for Political Affairs, Ambassador Yousef Aldobeay, received at the "
         "General Secretariat the Ambassador of Indonesia to Saudi Arabia, Abdul Aziz Ahmad.",
         (M("Yousef Aldobeay", "Abdul Aziz Ahmad", "OIC", "Indonesia"),), publisher="OIC"),
    # An untitled host of two meetings is acted for by no guest's state: the headline's states are the guests' posts.
    Case("headline-names-the-guests-states-untitled-host", "Cypriot and Greek foreign ministers hold talks with Hadid",
         "Foreign Minister Omar Hadid met Cypriot Foreign Minister Andreas Petrou and Greek Foreign Minister Nikos Dimou on "
         "Monday to discuss cooperation in the eastern Mediterranean.",
         (M("Omar Hadid", "Andreas Petrou", (), "Cyprus"), M("Omar Hadid", "Nikos Dimou", (), "Greece"))),
]


# Thirteenth round (issue 10, item 5): encounters whose sides are only institutions ("X and Y held talks",
# "Delegations of X and Y met", ministries holding consultations), a visitor whose "accompanied by" the
# parse makes the main verb, "in the presence of" a host's minister, subnational heads, posts stated
# apart from the encounter ("who is also", "in his capacity as", "envoy of").
NAMES.update({"Portugal": "Portugal|Portuguese Republic", "Gabon": "Gabon|Gabonese Republic", "Mexico": "Mexico|United Mexican States",
              "Netherlands": "Netherlands|Kingdom of the Netherlands", "Greece": "Greece|Hellenic Republic",
              "Egypt": "Egypt|Arab Republic of Egypt", "Jordan": "Jordan|Hashemite Kingdom of Jordan", "Oman": "Oman|Sultanate of Oman"})
CASES += [
    Case("institutions-only-ministerial-meeting", "EU and AU hold ministerial meeting",
         "BRUSSELS, 20 May 2025 – The European Union and the African Union held their ministerial meeting in Brussels on "
         "Tuesday to prepare the next summit of the two unions.",
         (M((), (), "European Union", "African Union"),), publisher="Council of the European Union"),
    Case("delegations-of-two-states-met", "Italy and Greece discuss search and rescue",
         "ROME, 13 May 2025 – Delegations of Italy and Greece met in Rome on Monday to discuss maritime search and rescue "
         "in the Ionian Sea.",
         (M((), (), "Italy", "Greece"),)),
    Case("two-states-held-talks", "Portugal and Brazil hold talks on degrees",
         "LISBON, 7 May 2025 — Portugal and Brazil held talks in Lisbon on Wednesday on the mutual recognition of university "
         "degrees, the Portuguese government said.",
         (M((), (), "Portugal", "Brazil"),)),
    Case("ministries-held-consultations", "Political consultations in Astana",
         "ASTANA, 15 May 2025 – The Ministry of Foreign Affairs of Kazakhstan and the Ministry of Foreign Affairs of Qatar "
         "held political consultations in Astana on Thursday on the agenda of the two countries' cooperation.",
         (M((), (), ("Ministry of Foreign Affairs of Kazakhstan", "Kazakhstan"), ("Ministry of Foreign Affairs of Qatar", "Qatar")),)),
    Case("visitor-accompanied-received-to", "UNFPA Executive Director received by the President of Senegal",
         "Dakar (Senegal), 6 May 2025- The Executive Director of the United Nations Population Fund Dr. Maria Delgado accompanied "
         "by her Regional Director Mr. Paul Mensah was received this morning to the President of the Republic HE Mamadou Faye "
         "in the presence of his Minister of Health Mr. Ousmane Diagne.",
         (M(("Mamadou Faye", "Ousmane Diagne"), ("Maria Delgado", "Paul Mensah"), "Senegal", "UNFPA"),)),
    Case("in-the-presence-of-a-minister-with-a-second-post", "Prime Minister receives UNDP Administrator",
         "LIBREVILLE (Gabon), 6 May 2025 – The Administrator of the United Nations Development Programme, Ingrid Holm, "
         "accompanied by her Chief of Staff Lars Berg, was received on Tuesday by the Prime Minister, Sylvie Mba, in the "
         "presence of the Minister of Planning and Governor for Gabon at the African Development Bank, Jean Nzeng.",
         (M(("Sylvie Mba", "Jean Nzeng"), ("Ingrid Holm", "Lars Berg"), "Gabon", "UNDP"),)),
    Case("counterpart-of-another-state-than-the-speakers", "Brazilian minister meets Portuguese counterpart",
         "BRASÍLIA, 9 May 2025 – Brazil's Minister of Education, Ana Paula Ribeiro, met her Portuguese counterpart, "
         "João Tavares, on Friday to discuss the recognition of university degrees.",
         (M("Ana Paula Ribeiro", "João Tavares", "Brazil", "Portugal"),), publisher="Agência Brasil"),
    Case("minister-president-of-a-federal-state", "Bavaria's Minister-President meets Canadian Prime Minister",
         "MUNICH, 5 May 2025 – Bavaria's Minister-President, Stefan Huber, met the Prime Minister of Canada, Mark "
         "Gallant, in Munich on Monday to discuss investment in hydrogen.",
         (M("Stefan Huber", "Mark Gallant", "Germany", "Canada"),)),
    Case("mayor-of-a-city-receives-ambassador", "Mayor of Osaka receives Spanish Ambassador",
         "OSAKA, 8 May 2025 – The Mayor of Osaka, Hiroshi Nakamura, received the Ambassador of Spain to Japan, Luis "
         "Moreno, at City Hall on Thursday.",
         (M("Hiroshi Nakamura", "Luis Moreno", "Japan", "Spain"),)),
    Case("who-is-also-an-ambassador", "Tunisian minister meets Swedish envoy",
         "TUNIS, 6 May 2025 – Minister of Foreign Affairs Nabil Gharbi received on Tuesday Erik Lindgren, who is also "
         "the Ambassador of Sweden to Tunisia, to discuss migration.",
         (M("Nabil Gharbi", "Erik Lindgren", "Tunisia", "Sweden"),), publisher="Ministry of Foreign Affairs of Tunisia"),
    Case("in-his-capacity-as-special-envoy", "Senegal's President meets Gabonese envoy",
         "DAKAR, 9 May 2025 – President Mamadou Faye received on Friday Pierre Obiang, in his capacity as Special Envoy of "
         "the President of Gabon, who delivered a message on the regional summit.",
         (M("Mamadou Faye", "Pierre Obiang", "Senegal", "Gabon"),), publisher="Presidency of Senegal"),
    Case("envoy-of-a-head-of-state", "Envoy of the King of Morocco received in Dakar",
         "DAKAR, 2 May 2025 – The President of Senegal, Mamadou Faye, received on Friday Youssef Alami, envoy of the King of "
         "Morocco, who handed him a written message.",
         (M("Mamadou Faye", "Youssef Alami", "Senegal", "Morocco"),)),
    Case("post-stated-paragraphs-before-the-encounter", "Minister Okoro meets Sierra Leone's Trade Minister",
         "ABUJA, 15 May 2025 – Nigeria will deepen its trade with its West African neighbours, the Minister of Foreign "
         "Affairs of Nigeria, Emeka Okoro, said on Thursday.\n\nSpeaking at a forum of exporters, he said the new "
         "corridor would cut costs.\n\nLater in the day, Okoro met Fatmata Kamara, Sierra Leone's Minister of Trade, at "
         "the ministry.",
         (M("Emeka Okoro", "Fatmata Kamara", "Nigeria", "Sierra Leone"),)),
    # Heads of a federal state, province or prefecture act for its state (data/subdivisions.tsv), wherever
    # the dateline is.
    Case("minister-president-of-a-land-abroad", "Bavarian leader meets Canadian Prime Minister in Ottawa",
         "OTTAWA, 5 May 2025 – Bavaria's Minister-President, Stefan Huber, met the Prime Minister of Canada, Mark "
         "Gallant, in Ottawa on Monday to discuss investment in hydrogen.",
         (M("Stefan Huber", "Mark Gallant", "Germany", "Canada"),)),
    Case("governor-of-a-state-abroad", "Governor of California meets Mexican President",
         "MEXICO CITY, 5 May 2025 – The Governor of California, Gavin Walsh, met the President of Mexico, Claudia Ortega, "
         "on Monday to discuss water from the Colorado River.",
         (M("Gavin Walsh", "Claudia Ortega", "United States", "Mexico"),), publisher="Presidencia de México"),
    Case("province-premier-before-the-name", "Ontario premier meets UK minister in London",
         "LONDON, 5 May 2025 – Ontario Premier Douglas Fraser met the British Secretary of State for Business, Anne "
         "Clarke, in London on Monday.",
         (M("Douglas Fraser", "Anne Clarke", "Canada", "United Kingdom"),)),
    Case("state-governor-named-with-its-kind-word", "Rivers State Governor receives Dutch envoy",
         "The Governor of Rivers State, Siminalayi Amadi, on Thursday received the Ambassador of the Netherlands to "
         "Nigeria, Pieter de Graaf, at Government House.",
         (M("Siminalayi Amadi", "Pieter de Graaf", "Nigeria", "Netherlands"),), publisher="Embassy of the Netherlands"),
    # The states a headline gives the counterparts are theirs; a minister at home in his ministry's release
    # keeps his state; two portfolios after the name ("Deputy Prime Minister and Minister of ... of X").
    Case("headline-names-the-counterparts-states", "Foreign Minister meets Egyptian and Jordanian counterparts",
         "ATHENS, 6 May 2025 – Foreign Minister Nikos Dimou met his Egyptian counterpart Karim Mansour on Tuesday, and "
         "later held talks with his Jordanian counterpart Omar Hadid.",
         (M("Nikos Dimou", "Karim Mansour", "Greece", "Egypt"), M("Nikos Dimou", "Omar Hadid", "Greece", "Jordan")),
         publisher="Hellenic Republic Ministry of Foreign Affairs"),
    Case("two-portfolios-after-the-name", "Omani FM in talks with Jordanian counterpart",
         "MUSCAT, 6 May 2025 – Sayyid Khalid Al Busaidi held talks on Tuesday with Samir Haddad, Deputy Prime Minister and "
         "Minister of Foreign Affairs of Jordan, who is visiting the Sultanate.",
         (M("Khalid Al Busaidi", "Samir Haddad", "Oman", "Jordan"),), publisher="Oman News Agency"),
    # A signing of two institutions with no signatory named: the people attending its ceremony for each of
    # them met; people of one party only met no one.
    Case("signing-ceremony-attended-by-the-heads-of-both-parties", "UNICEF and WFP strengthen their partnership",
         "GENEVA, 15 May 2025 – UNICEF and the World Food Programme have signed a memorandum of understanding on school "
         "meals. The signing ceremony between the two organizations took place in Geneva on Thursday and was attended "
         "by UNICEF Executive Director Maria Delgado and WFP Executive Director Hans Lindqvist.",
         (M("Maria Delgado", "Hans Lindqvist", "UNICEF", "WFP"),), publisher="UNICEF"),
    Case("signing-ceremony-attended-by-one-party", "FAO and IFAD sign a memorandum on rural finance",
         "ROME, 15 May 2025 – FAO and IFAD signed a memorandum of understanding on rural finance on Thursday. The "
         "ceremony was attended by FAO Deputy Director-General Laura Bassi and FAO Chief Economist Marco Ricci.",
         (), publisher="FAO"),
    # Witnesses of a signing met its signatories, who met each other: three parties, two encounters.
    Case("witnessed-by-the-head-of-a-third-body", "UNICEF and WFP sign agreement on school meals",
         "GENEVA, 15 May 2025 – Witnessed by UN Deputy Secretary-General Amina Okafor, the agreement was signed on "
         "Thursday between UNICEF Executive Director Maria Delgado and WFP Executive Director Hans Lindqvist.",
         (M("Amina Okafor", ("Maria Delgado", "Hans Lindqvist"), "United Nations", ("UNICEF", "WFP")),
          M("Maria Delgado", "Hans Lindqvist", "UNICEF", "WFP")), publisher="WFP"),
    # A state's agency named after it is that state's, not the dateline city's.
    Case("national-agency-named-after-its-state", "Minister receives JICA President",
         "HANOI, 15 May 2025 – The Minister of Planning, Nguyen Van Binh, received the President of the Japan International "
         "Cooperation Agency, Akihiko Tanaka, on Thursday.",
         (M("Nguyen Van Binh", "Akihiko Tanaka", "Viet Nam", ("Japan International Cooperation Agency", "Japan")),)),
    Case("national-agency-named-after-its-state-wire", "Health Cabinet Secretary meets KOICA Country Director",
         "NAIROBI, 15 May 2025 – The Cabinet Secretary for Health, Grace Wanjiru, met the Country Director of the Korea "
         "International Cooperation Agency, Kim Soo-yeon, on Thursday to discuss maternal health.",
         (M("Grace Wanjiru", "Kim Soo-yeon", "Kenya", ("Korea International Cooperation Agency", "Korea")),), publisher="Kenya News Agency"),
    Case("visiting-delegation-of-a-nationality", "Minister receives visiting Korean delegation",
         "NAIROBI, 14 May 2025 – The Cabinet Secretary for Trade, Grace Wanjiru, received the visiting Korean delegation "
         "led by Vice Minister of Trade Park Min-jun on Wednesday.",
         (M("Grace Wanjiru", "Park Min-jun", "Kenya", "Korea"),), publisher="Ministry of Trade of Kenya"),
    Case("governor-of-a-federal-state", "Lagos State Governor receives French Ambassador",
         "LAGOS, 12 May 2025 – The Governor of Lagos State, Babatunde Adeyemi, on Monday received the Ambassador of "
         "France to Nigeria, Claire Dubois, at the State House in Alausa.",
         (M("Babatunde Adeyemi", "Claire Dubois", "Nigeria", "France"),)),
    # A state in brackets right after a name, or owning it right before, is whom that person acts for
    # (not the venue's state, which a bare title would otherwise give).
    Case("states-in-brackets-after-the-names", "OIC Secretary General meets foreign ministers in Geneva",
         "GENEVA, 14 May 2025 – On the margins of the Human Rights Council, the Secretary General of the OIC, Ibrahim "
         "Al-Hassan, met on Wednesday with Foreign Ministers Joseph Mwangi (Kenya), Moses Kato (Uganda) and Marie Uwase "
         "(Rwanda) to discuss the situation in the Great Lakes region.",
         (M("Ibrahim Al-Hassan", ("Joseph Mwangi", "Moses Kato", "Marie Uwase"), "OIC", ("Kenya", "Uganda", "Rwanda")),), publisher="OIC"),
    Case("states-in-brackets-after-guests", "Commissioner meets ministers on the Nile",
         "BRUSSELS, 14 May 2025 - The European Commissioner for International Partnerships, Anna Keller, received the water "
         "ministers Ahmed Salem (Egypt) and Ibrahim Deng (South Sudan) on Wednesday.",
         (M("Anna Keller", ("Ahmed Salem", "Ibrahim Deng"), "European Commission", ("Egypt", "South Sudan")),), publisher="European Commission"),
    Case("state-possessive-before-a-bare-name", "Foreign ministers gather for the AU Executive Council",
         "ADDIS ABABA, May 14 (Wire) -- African Union Commission Chairperson Amadou Sow held talks on Wednesday with "
         "Kenya's Joseph Mwangi, Uganda's Moses Kato and Rwanda's Marie Uwase ahead of the Executive Council.",
         (M("Amadou Sow", ("Joseph Mwangi", "Moses Kato", "Marie Uwase"), ("African Union Commission", "African Union"),
            ("Kenya", "Uganda", "Rwanda")),)),
    Case("organization-possessive-before-an-honorific", "WHO envoy meets health minister",
         "ISLAMABAD, 14 May 2025 – The Federal Minister for Health, Ahsan Qureshi, met WHO's Dr Lena Holm on Wednesday "
         "to review the polio campaign.",
         (M("Ahsan Qureshi", "Lena Holm", "Pakistan", "WHO"),)),
    # A list of states before a plural title, then as many holders: each acts for the state at their place.
    Case("states-listed-before-a-plural-title", "OIC Secretary General meets three foreign ministers",
         "GENEVA, 14 May 2025 – The Secretary General of the OIC, Ibrahim Al-Hassan, met on Wednesday with the Kenyan, "
         "Ugandan and Rwandan Foreign Ministers, Joseph Mwangi, Moses Kato and Marie Uwase.",
         (M("Ibrahim Al-Hassan", ("Joseph Mwangi", "Moses Kato", "Marie Uwase"), "OIC", ("Kenya", "Uganda", "Rwanda")),), publisher="OIC"),
    Case("possessive-states-before-a-plural-title", "Qatari and Egyptian ministers hold talks",
         "DOHA, May 14 (Wire) -- Qatar and Egypt's foreign ministers, Khalid Al-Mansouri and Ahmed Salem, held talks in Doha "
         "on Wednesday on the situation in Gaza.",
         (M("Khalid Al-Mansouri", "Ahmed Salem", "Qatar", "Egypt"),)),
    # Companies named without an organization word, known by an officer's title or a corporate suffix.
    Case("company-ceo-before-the-name-meets-minister-in-the-body", "Ghana's trade minister meets cocoa exporter",
         "ACCRA, 14 May 2025 – Oduro Cocoa CEO Ama Mensah met the Minister of Trade of Ghana, Kwame Asante, on Wednesday "
         "to discuss cocoa exports.",
         (M("Kwame Asante", "Ama Mensah", "Ghana", "Oduro Cocoa"),)),
    Case("managing-director-of-a-company-received", "Zambian minister receives mining company",
         "LUSAKA, May 14 (Wire) -- Zambia's Minister of Mines, Paul Chanda, on Wednesday received the Managing Director "
         "of Kafue Copper Holdings, Henrik Dahl, who briefed him on the new smelter.",
         (M("Paul Chanda", "Henrik Dahl", "Zambia", "Kafue Copper Holdings"),)),
]

# Encounters told through a signing, a relation discussed or a passive host (stop 26).
NAMES.update({"Luxembourg": "Luxembourg|Grand Duchy of Luxembourg", "Estonia": "Estonia|Republic of Estonia",
              "Finland": "Finland|Republic of Finland", "Belgium": "Belgium|Kingdom of Belgium",
              "Netherlands": "Netherlands|Kingdom of the Netherlands"})
CASES += [
    # those present at a signing met the other party's people, each on the side of the party they serve
    Case("signing-in-the-presence-of-two-presidents", "Foreign Minister presides over signing of five memoranda",
         "State House, Dakar, Tuesday 13 May 2025 – Minister of Foreign Affairs and Regional Integration, Kofi Asante, "
         "has presided over the signing of five different memoranda with his counterpart, the Minister of Foreign "
         "Affairs in Senegal.\n\nThe signing took place in the presence of the Presidents, His Excellency Moussa Diop, "
         "President of the Republic of Senegal and His Excellency John Mensah, President of the Republic of Ghana, who "
         "is on a three-day state visit to Senegal.",
         (M(("Kofi Asante", "John Mensah"), "Moussa Diop", "Ghana", "Senegal"),), publisher="State House of Ghana"),
    # "with" after a noun of a relation names a partner of the relation, not a side
    Case("discussed-cooperation-with-an-organization", "Zimbabwe and Zambia discuss cooperation with the AU",
         "HARARE, 13 May 2025 – Minister of Foreign Affairs of Zimbabwe Tendai Moyo and his Zambian counterpart Chanda "
         "Mulenga discussed cooperation with the African Union in Harare on Tuesday.",
         (M("Tendai Moyo", "Chanda Mulenga", "Zimbabwe", "Zambia"),)),
    Case("discussed-relations-with-states", "Portugal and Luxembourg leaders discuss relations with China",
         "LISBON, 12 May (Lusa) - President Ana Lima of Portugal and Prime Minister Rui Keller of Luxembourg discussed "
         "relations with China and the European Union on Monday.",
         (M("Ana Lima", "Rui Keller", "Portugal", "Luxembourg"),)),
    # a verb of doing together ("co-chaired", one token) makes the people of its subject the sides
    Case("co-chaired-a-joint-commission", "Egypt and Jordan hold Joint Commission",
         "Minister of Foreign Affairs of Egypt Nadia Farouk and her Jordanian counterpart Hani Saleh co-chaired the "
         "meeting of the Joint Commission in Amman on 11 May 2025.",
         (M("Nadia Farouk", "Hani Saleh", "Egypt", "Jordan"),)),
    Case("co-hosted-a-dinner", "Ministers co-host dinner",
         "BRUSSELS, 14 May 2025 – The Foreign Minister of Belgium, Luc Peeters, and the Foreign Minister of the "
         "Netherlands, Sanne de Wit, co-hosted a dinner for Benelux ambassadors on Wednesday.",
         (M("Luc Peeters", "Sanne de Wit", "Belgium", "Netherlands"),)),
    # the one participant of no stated state who faces a visitor is of the state whose city was visited
    Case("two-leaders-named-after-arriving-in-a-capital", "Swedish Prime Minister in Helsinki",
         "STOCKHOLM, 13 May 2025 (TT) - Prime Minister Anna Lindqvist of Sweden arrived in Helsinki on Monday for an "
         "official visit.\n\nOn Tuesday, the two leaders, Lindqvist and Petteri Virtanen, held talks on Baltic security.",
         (M("Anna Lindqvist", "Petteri Virtanen", "Sweden", "Finland"),)),
    Case("welcomed-at-the-airport-of-the-capital-by-a-bare-title", "State visit of the President of Norway",
         "President Lars Holm of Norway arrived in Nairobi on Tuesday, 13 May 2025, for a state visit. He was "
         "welcomed at the airport by the Foreign Minister, Grace Wanjiru.",
         (M("Grace Wanjiru", "Lars Holm", "Kenya", "Norway"),), publisher="Royal House of Norway"),
    # "Members of the X delegation: A, ...; B, ...": a list after a colon joins the encounter on X's side
    Case("members-of-the-delegation-after-a-colon", "Minister receives Korean trade delegation",
         "HANOI, 14 May 2025 (VNA) - Minister of Industry and Trade Tran Van Long received a trade delegation of the "
         "Republic of Korea on Wednesday.\nMembers of the Korean delegation were Vice Minister Park Ji-hoon and "
         "Director General Kim Soo-jin.",
         (M("Tran Van Long", ("Park Ji-hoon", "Kim Soo-jin"), "Viet Nam", "Korea"),), publisher="Vietnam News Agency"),
    Case("was-hosted-by-a-title-of-a-state", "Estonian Foreign Minister in Helsinki",
         "The Foreign Minister of Estonia, Kaarel Tamm, was hosted by the Prime Minister of Finland, Aino Virtanen, "
         "in Helsinki on Wednesday, 14 May 2025.",
         (M("Aino Virtanen", "Kaarel Tamm", "Finland", "Estonia"),), publisher="Government of Finland"),
]


# Institutions named whole (issue 9, after stop 25): an organ named after a known organization
# ("SAARC Secretariat") answers for it; a state's office named with the state ("Supreme Audit Office
# of Poland") for the state; an academy named with its city is no state.
NAMES.update({
    "SAARC": "South Asian Association for Regional Cooperation|SAARC", "SAARC Secretariat": "SAARC Secretariat",
    "OECS": "Organisation of Eastern Caribbean States|OECS", "OECS Commission": "OECS Commission",
    "Saint Lucia": "Saint Lucia", "Supreme Audit Office of Poland": "Supreme Audit Office of Poland",
    "Diplomatic Academy of Vienna": "Diplomatic Academy of Vienna", "Georgia": "Georgia",
    "Downing Street Policy Unit": "Downing Street Policy Unit",
})
CASES += [
    Case("organ-named-after-an-acronym-meets-a-state", "SAARC Secretariat director meets Nepal's minister",
         "KATHMANDU, 12 May 2025 – Mr. Arjun Thapa, Director of the SAARC Secretariat, called on the Minister of "
         "Foreign Affairs of Nepal, Ms. Sita Karki, on Monday to brief her on the preparations for the next summit.",
         (M("Arjun Thapa", "Sita Karki", ("SAARC Secretariat", "SAARC"), "Nepal"),), publisher="The Kathmandu Post"),
    Case("organ-named-after-an-organization-in-its-own-release", "Director General meets Saint Lucia's minister",
         "CASTRIES, 14 May 2025 – The Director General of the OECS Commission, Dr. Marcus Joseph, met the Minister "
         "for External Affairs of Saint Lucia, Mrs. Helen Pierre, on Wednesday at the Ministry.",
         (M("Marcus Joseph", "Helen Pierre", ("OECS Commission", "OECS"), "Saint Lucia"),), publisher="OECS Commission"),
    Case("a-states-audit-office-visits-an-organization", "Polish auditors visit SESRIC",
         "ANKARA, 15 May 2025 – A delegation of the Supreme Audit Office of Poland, headed by its Vice-President, Mr. "
         "Piotr Nowak, was received by the Director General of SESRIC, Ms. Leyla Aksoy, on Thursday.",
         (M("Leyla Aksoy", "Piotr Nowak", "SESRIC", ("Supreme Audit Office of Poland", "Poland")),), publisher="SESRIC"),
    # a seat of government (data/government_seats.tsv) names its state's government
    Case("wire-seat-qualified-title", "White House press secretary meets Ghana's minister",
         "WASHINGTON, May 12 (Wire) - White House press secretary Anna Reed met the visiting Foreign Minister of "
         "Ghana, Kofi Mensah, on Monday, officials said.",
         (M("Anna Reed", "Kofi Mensah", "United States", "Ghana"),), publisher="Wire"),
    Case("agency-seat-spokesman-meets-a-secretary", "Kremlin spokesman meets Indian diplomat",
         "MOSCOW, 13 May 2025 (TASS) – Kremlin spokesman Dmitri Volkov met Indian Foreign Secretary Rajesh Varma on "
         "Tuesday to discuss the agenda of the summit.",
         (M("Dmitri Volkov", "Rajesh Varma", "Russia", "India"),), publisher="TASS"),
    Case("a-body-named-after-a-seat", "Downing Street policy head meets Japanese deputy minister",
         "LONDON, 14 May 2025 – Mark Ellis, Head of the Downing Street Policy Unit, held talks with the Deputy "
         "Minister of Foreign Affairs of Japan, Kenji Sato, on Wednesday.",
         (M("Mark Ellis", "Kenji Sato", ("Downing Street Policy Unit", "United Kingdom"), "Japan"),),
         publisher="Prime Minister's Office"),
    Case("an-academy-named-with-its-city-meets-a-ministry", "Georgian deputy minister visits the Diplomatic Academy",
         "VIENNA, 16 May 2025 (APA) – The Director of the Diplomatic Academy of Vienna, Ms. Eva Gruber, received the "
         "Deputy Minister of Foreign Affairs of Georgia, Mr. Levan Beridze, on Friday.",
         (M("Eva Gruber", "Levan Beridze", "Diplomatic Academy of Vienna", "Georgia"),), publisher="APA"),
]


# A meeting whose two people also sign: the state that signs beside a signatory is no other side of theirs, so a
# post that a bare title or the dateline gave stays theirs (it was traded for the other side's state). (Ingest
# orders items by date and id and infers sides from posts within a batch of items: an id sorting before
# "post-stated-in-another-item" moves that pair of items apart.)
CASES += [
    Case("met-then-signed-with-the-counterpart", "Foreign Minister Koskinen meets Chilean counterpart in Helsinki",
         "HELSINKI, 11 March 2026 - Minister for Foreign Affairs Aino Koskinen met Chile's Foreign Minister Rodrigo "
         "Valdés Mena in Helsinki on Wednesday. Koskinen and Valdés Mena also signed a memorandum of understanding on "
         "cooperation in education.",
         (M("Aino Koskinen", "Rodrigo Valdés Mena", "Finland", "Chile"),),
         publisher="Ministry for Foreign Affairs of Finland", published="2026-03-12"),
    Case("wire-minister-and-ambassador-signed-a-grant", "Kenya, Germany sign geothermal grant",
         "NAIROBI, May 14 (Wire) - Energy Minister Peter Kamau met the Ambassador of Germany, Klaus Richter, on "
         "Wednesday. Kamau and Richter then signed a grant agreement worth 20 million euros for geothermal power.",
         (M("Peter Kamau", "Klaus Richter", "Kenya", "Germany"),), publisher="Wire"),
    Case("signed-by-a-minister-and-an-agency-head-after-talks", "Kyrgyzstan and UNICEF sign a cooperation plan",
         "BISHKEK, 15 May 2025 (Kabar) – Minister of Education Aigul Sadykova received the UNICEF Representative in "
         "Kyrgyzstan, Maria Lopez, on Thursday. The document was signed by Minister Sadykova and Ms. Lopez after "
         "the talks.",
         (M("Aigul Sadykova", "Maria Lopez", "Kyrgyzstan", "UNICEF"),), publisher="Kabar"),
]

# Publisher styles the batteries lacked (round 28): an embassy's release (an ambassador and a central bank's
# governor, named beside the state as the dev gold names one), a regional body's communiqué listing heads of delegation by state, a
# university's release naming a rector and a foreign ministry's visiting delegation.
NAMES.update({"SADC": "Southern African Development Community|SADC", "University of Coimbra": "University of Coimbra",
              "Ministry of Foreign Affairs of Angola": "Ministry of Foreign Affairs of Angola|Ministry of Foreign Affairs",
              "Zimbabwe": "Zimbabwe|Republic of Zimbabwe",
              "FAO": "Food and Agriculture Organization of the United Nations|FAO",
              "Philippines": "Philippines|Republic of the Philippines", "Israel": "Israel|State of Israel",
              "Knesset": "Knesset", "Bundestag": "Bundestag|German Bundestag", "Sejm": "Sejm|Sejm of the Republic of Poland", "Storting": "Storting|Stortinget",
              "Folketing": "Folketing|Folketinget", "Poland": "Poland|Republic of Poland", "Norway": "Norway|Kingdom of Norway",
              "Denmark": "Denmark|Kingdom of Denmark", "Lithuania": "Lithuania|Republic of Lithuania",
              "Latvia": "Latvia|Republic of Latvia", "United Kingdom": "United Kingdom|UK",
              "Ireland": "Ireland", "Embassy of Ireland": "Embassy of Ireland", "Central Bank of Sri Lanka": "Central Bank of Sri Lanka", "Guinea-Bissau": "Guinea-Bissau",
              "Ministry of Education of Rwanda": "Ministry of Education of Rwanda|Ministry of Education",
              "University of Nairobi": "University of Nairobi", "Armenia": "Armenia", "COMESA": "Common Market for Eastern and Southern Africa|COMESA", "WFP": "World Food Programme|WFP", "South Africa": "South Africa|Republic of South Africa"})
CASES += [
    Case("embassy-ambassador-calls-on-a-central-bank-governor", "Ambassador calls on the Governor of the Bank of Ghana",
         "ACCRA, 12 May 2025 – The Ambassador of Japan to Ghana, H.E. Mr. Kenji Sato, paid a courtesy call on the "
         "Governor of the Bank of Ghana, Dr. Kwame Addo, on Monday to discuss support for small businesses.",
         (M("Kwame Addo", "Kenji Sato", ("Ghana", "Bank of Ghana"), "Japan"),), publisher="Embassy of Japan in Ghana"),
    Case("embassy-release-the-ambassador-by-title-only", "Ambassador meets the Governor of the Central Bank",
         "NAIROBI, 13 May 2025 – Ambassador Rohan Mehta called on the Governor of the Central Bank of Kenya, Dr. "
         "Njeri Wambui, on Tuesday.\n\nThe Ambassador briefed the Governor on digital payments in India.",
         (M("Njeri Wambui", "Rohan Mehta", ("Kenya", "Central Bank of Kenya"), "India"),), publisher="Embassy of India in Kenya"),
    # the state after "in" or "to" in a mission's name is where it sits, not whose it is
    Case("embassy-release-ambassador-meets-an-agency", "Ambassador meets FAO Deputy Director-General",
         "ROME, 14 May 2025 – Ambassador Ana Ribeiro met the Deputy Director-General of FAO, Mr. Tomas Lind, on "
         "Wednesday to discuss school feeding.",
         (M("Ana Ribeiro", "Tomas Lind", "Brazil", "FAO"),), publisher="Embassy of Brazil in Italy"),
    Case("us-embassy-in-a-state-release", "Ambassador meets Minister of Energy",
         "ACCRA, 15 May 2025 – Ambassador Mark Daniels met the Minister of Energy, Mr. Kojo Asamoah, on Thursday to "
         "discuss power purchase agreements.",
         (M("Kojo Asamoah", "Mark Daniels", "Ghana", "United States"),), publisher="U.S. Embassy in Ghana"),
    Case("regional-body-heads-of-delegation-in-brackets", "COMESA Secretary General holds talks with trade ministers",
         "LUSAKA, 16 May 2025 – The COMESA Secretary General, Ms. Chileshe Banda, held talks on Friday with the heads "
         "of delegation of Malawi (Mr. Peter Phiri, Minister of Trade) and Uganda (Ms. Grace Akello, Minister of "
         "Trade and Industry).",
         (M("Chileshe Banda", ("Peter Phiri", "Grace Akello"), "COMESA", ("Malawi", "Uganda")),),
         publisher="COMESA Secretariat"),
    Case("regional-body-representatives-of-states-in-brackets", "Secretary-General receives two Permanent Representatives",
         "JAKARTA, 16 May 2025 – The Secretary-General of ASEAN, Dr. Tran Minh Duc, received the Permanent "
         "Representatives of Thailand (H.E. Mr. Somchai Wongsa) and the Philippines (H.E. Ms. Maria Santos) at the "
         "ASEAN Secretariat on Friday.",
         (M("Tran Minh Duc", ("Somchai Wongsa", "Maria Santos"), "ASEAN", ("Thailand", "Philippines")),),
         publisher="ASEAN Secretariat"),
    Case("agency-bare-minister-with-the-state-given-once", "Ghana, Japan to deepen trade ties",
         "ACCRA, 12 May 2025 (GNA) – Ghana and Japan agreed on Monday to deepen trade cooperation.\n\n"
         "Minister Kwesi Ofori received the Japanese Ambassador, Mr. Kenji Sato, at the Ministry of Trade.",
         (M("Kwesi Ofori", "Kenji Sato", "Ghana", "Japan"),), publisher="GNA"),
    Case("provincial-governor-receives-a-consul-general", "Governor receives Chinese Consul General",
         "QUETTA, 13 May 2025 – The Governor of Balochistan, Mr. Abdul Karim Baloch, received the Consul General of "
         "China in Karachi, Mr. Li Wei, at the Governor's House on Tuesday.",
         (M("Abdul Karim Baloch", "Li Wei", "Pakistan", "China"),), publisher="APP"),
    Case("regional-commission-receives-a-government-delegation", "ECOWAS Commission President receives Bissau-Guinean delegation",
         "ABUJA, 15 May 2025 – The President of the ECOWAS Commission, Dr. Amadou Sow, received on Thursday a "
         "delegation of the Government of Guinea-Bissau led by the Minister of Foreign Affairs, Mr. Carlos Mendes.",
         (M("Amadou Sow", "Carlos Mendes", ("ECOWAS", "ECOWAS Commission"), "Guinea-Bissau"),), publisher="ECOWAS Commission"),
    Case("eu-high-representative-meets-a-foreign-minister", "High Representative meets Armenian Foreign Minister",
         "BRUSSELS, 12 May 2025 – EU High Representative Elena Marques met the Foreign Minister of Armenia, Mr. Aram "
         "Petrosyan, on Monday to discuss the peace agenda.",
         (M("Elena Marques", "Aram Petrosyan", "European Union", "Armenia"),), publisher="European External Action Service"),
    Case("university-vice-chancellor-hosts-a-ministry-delegation", "Vice-Chancellor hosts Rwandan education officials",
         "NAIROBI, 14 May 2025 – The Vice-Chancellor of the University of Nairobi, Prof. Jane Mwangi, hosted a "
         "delegation of the Ministry of Education of Rwanda led by the Permanent Secretary, Dr. Eric Habimana, on "
         "Wednesday.",
         (M("Jane Mwangi", "Eric Habimana", "University of Nairobi", ("Rwanda", "Ministry of Education of Rwanda")),),
         publisher="University of Nairobi"),
    # a chamber named by its own word ("the Knesset", "the Storting") is of one state (data/extraction/national_chambers.tsv)
    Case("speaker-of-a-chamber-named-by-its-word", "Knesset Speaker receives Japanese Ambassador",
         "JERUSALEM, 12 May 2025 – The Speaker of the Knesset, Mr. David Levi, received the Ambassador of Japan, Mr. "
         "Kenji Sato, on Monday.",
         (M("David Levi", "Kenji Sato", ("Israel", "Knesset"), "Japan"),)),
    Case("presidents-of-two-chambers-named-by-their-words", "Bundestag President meets Sejm Speaker",
         "BERLIN, 13 May 2025 (dpa) – The President of the Bundestag, Ms. Petra Lang, met the Speaker of the Sejm, "
         "Mr. Jan Nowak, on Tuesday.",
         (M("Petra Lang", "Jan Nowak", ("Germany", "Bundestag"), ("Poland", "Sejm")),), publisher="dpa"),
    Case("nordic-chambers-in-a-parliament-release", "Storting President receives Folketing Speaker",
         "OSLO, 14 May 2025 – The President of the Storting, Mr. Ola Berg, received the Speaker of the Folketing, Ms. "
         "Mette Holm, on Wednesday.",
         (M("Ola Berg", "Mette Holm", ("Norway", "Storting"), ("Denmark", "Folketing")),), publisher="Stortinget"),
    Case("party-department-head-meets-a-foreign-party", "Chinese party official meets Brazilian party delegation",
         "BEIJING, May 12 (Xinhua) -- Liu Wei, head of the International Department of the CPC Central Committee, "
         "met with a delegation of the Workers' Party of Brazil led by its President, Ana Souza, on Monday.",
         (M("Liu Wei", "Ana Souza", "CPC Central Committee", "Workers' Party of Brazil"),), publisher="Xinhua"),
    Case("newspaper-bare-minister-then-the-adjective-minister", "Minister meets Swedish envoy",
         "Minister Alice Uwase met Ambassador Karin Berg of Sweden on Monday in Kigali.\n\nThe Rwandan minister "
         "said the two countries would expand cooperation in education.",
         (M("Alice Uwase", "Karin Berg", "Rwanda", "Sweden"),), publisher="The New Times"),
    # a country adjective before the role ("his Uruguayan counterpart, Minister B") says more surely whom B acts
    # for than a bare title's post, which extraction gave the item's country
    Case("agency-counterpart-adjective-over-a-bare-title", "Paraguay and Uruguay foreign ministers meet",
         "ASUNCION, 12 May 2025 – Minister Luis Benitez received his Uruguayan counterpart, Minister Ana Ferreira, "
         "at the Palacio de Lopez on Monday.\n\nParaguay and Uruguay signed a memorandum on border bridges.",
         (M("Luis Benitez", "Ana Ferreira", "Paraguay", "Uruguay"),), publisher="IP Paraguay"),
    Case("agency-her-adjective-counterpart-in-the-capital", "Lithuanian and Latvian ministers meet",
         "VILNIUS, 14 May 2025 (BNS) – Minister Rasa Petraitiene met her Latvian counterpart, Minister Janis Ozols, in "
         "Vilnius on Wednesday to discuss the rail link.",
         (M("Rasa Petraitiene", "Janis Ozols", "Lithuania", "Latvia"),), publisher="BNS"),
    Case("embassy-release-ambassador-to-the-host-state", "HM Ambassador meets Minister of Planning",
         "AMMAN, 15 May 2025 – HM Ambassador to Jordan, Ms. Emma Clarke, met the Minister of Planning, Mr. Omar "
         "Haddad, on Thursday to discuss refugee education.",
         (M("Omar Haddad", "Emma Clarke", "Jordan", "United Kingdom"),), publisher="British Embassy Amman"),
    Case("newspaper-charge-of-an-embassy-calls-on-a-minister", "Chargé d'affaires calls on the Minister of Health",
         "LILONGWE, 15 May 2025 – The Chargé d'Affaires a.i. of the Embassy of Ireland, Mr. Sean Byrne, called on the "
         "Minister of Health, Dr. Grace Banda, on Thursday.",
         (M("Grace Banda", "Sean Byrne", "Malawi", ("Ireland", "Embassy of Ireland")),), publisher="Nyasa Times"),
    Case("newspaper-deputy-head-of-mission-visits-a-governor", "Deputy Head of Mission meets Governor",
         "ABUJA, 15 May 2025 – The Deputy Head of Mission of the Embassy of Norway, Ms. Ingrid Solberg, paid a "
         "courtesy visit to the Governor of Kaduna State, Mr. Musa Bello, on Thursday.",
         (M("Musa Bello", "Ingrid Solberg", "Nigeria", "Norway"),), publisher="Daily Trust"),
    Case("wire-imf-mission-meets-a-central-bank-governor", "Governor of the Central Bank meets IMF mission",
         "An IMF mission led by Ms. Laura Stein met the Governor of the Central Bank of Sri Lanka, Dr. Nimal Perera, "
         "in Colombo on Tuesday.",
         (M("Nimal Perera", "Laura Stein", ("Sri Lanka", "Central Bank of Sri Lanka"), "IMF"),), publisher="Reuters"),
    Case("agency-chief-minister-meets-a-consul-general", "Chief Minister meets Japanese Consul General",
         "CHENNAI, 13 May 2025 (PTI) – Tamil Nadu Chief Minister M. Arun Kumar met the Consul General of Japan in "
         "Chennai, Mr. Taro Yamada, on Tuesday.",
         (M("M. Arun Kumar", "Taro Yamada", "India", "Japan"),), publisher="PTI"),
    Case("provincial-premier-meets-a-consul-general", "Western Cape Premier meets German Consul General",
         "CAPE TOWN, 14 May 2025 – The Premier of the Western Cape, Mr. Johan Botha, met the Consul General of "
         "Germany in Cape Town, Ms. Anke Richter, on Wednesday to discuss green hydrogen.",
         (M("Johan Botha", "Anke Richter", "South Africa", "Germany"),), publisher="Western Cape Government"),
    Case("agency-minister-receives-a-parliament-delegation", "Foreign Minister receives European Parliament delegation",
         "TASHKENT, May 14 (UzA) – Minister of Foreign Affairs Bakhtiyor Rasulov received the delegation of the "
         "European Parliament led by its Vice-President, Ms. Katarina Novak, on Wednesday.",
         (M("Bakhtiyor Rasulov", "Katarina Novak", "Uzbekistan", "European Parliament"),), publisher="UzA"),
    Case("un-agency-head-meets-a-minister", "WFP Executive Director meets Minister of Agriculture",
         "ANTANANARIVO, 15 May 2025 – The WFP Executive Director, Ms. Helen Berg, met the Minister of Agriculture of "
         "Madagascar, Mr. Rivo Rakoto, on Thursday to discuss the drought response in the south.",
         (M("Rivo Rakoto", "Helen Berg", "Madagascar", "WFP"),), publisher="World Food Programme"),
    Case("university-rector-receives-a-foreign-ministry-delegation", "Rector receives Angolan diplomats",
         "COIMBRA, 14 May 2025 – The Rector of the University of Coimbra, Prof. Miguel Antunes, received on "
         "Wednesday a delegation of the Ministry of Foreign Affairs of Angola, led by the Secretary of State for "
         "External Relations, Mr. Esteves Kiala.",
         (M("Miguel Antunes", "Esteves Kiala", "University of Coimbra", ("Angola", "Ministry of Foreign Affairs of Angola")),),
         publisher="University of Coimbra"),
    Case("regional-body-communique-heads-of-delegation", "Executive Secretary meets ministers of the Organ",
         "GABORONE, 15 May 2025 – The Executive Secretary of SADC, Dr. Thandiwe Moyo, met on Thursday the heads "
         "of delegation to the Ministerial Committee of the Organ: Mr. Tendai Chikowore, Minister of Foreign Affairs "
         "of Zimbabwe; Ms. Naledi Sithole, Minister of International Relations of South Africa; and Mr. Chanda "
         "Mulenga, Minister of Foreign Affairs of Zambia.",
         (M("Thandiwe Moyo", ("Tendai Chikowore", "Naledi Sithole", "Chanda Mulenga"), "SADC",
            ("Zimbabwe", "South Africa", "Zambia")),), publisher="SADC Secretariat"),
    Case("presidency-credentials-from-a-list-of-new-ambassadors", "President receives credentials of four ambassadors",
         "State House, Nairobi, 4 March 2026. President Samuel Njoroge today received letters of credence from four "
         "new ambassadors: Mr. Tomas Lindgren of Sweden, Ms. Aiko Nakamura of Japan, Mr. Rafael Gómez of Mexico and "
         "Ms. Fatima Zahra El Idrissi of Morocco. The President urged the envoys to strengthen trade ties with Kenya.",
         (M("Samuel Njoroge", ("Tomas Lindgren", "Aiko Nakamura", "Rafael Gómez", "Fatima Zahra El Idrissi"), "Kenya",
            ("Sweden", "Japan", "Mexico", "Morocco")),),
         publisher="Presidency of the Republic of Kenya", published="2026-03-05"),
]

# The other side's group (extract/other_side.py): "At the initiative of the Jordanian side, Minister A held talks with
# B" names B's side; A's bare title is the publisher's state's (the item names no other state).
CASES += [
    Case("ministry-release-at-the-initiative-of-the-X-side", "Minister Kowalczyk holds talks with Jordan's foreign minister",
         "Warsaw, 12 May 2026. At the initiative of the Jordanian side, Minister of Foreign Affairs Anna Kowalczyk held "
         "talks with Deputy Prime Minister and Minister of Foreign Affairs Omar Haddad. The ministers discussed the "
         "situation in the Middle East and bilateral economic cooperation. Minister Kowalczyk stressed the importance "
         "of humanitarian aid.",
         (M("Anna Kowalczyk", "Omar Haddad", "Poland", "Jordan"),),
         publisher="Ministry of Foreign Affairs of the Republic of Poland", published="2026-05-12"),
    Case("wire-at-the-invitation-of-the-X-side", "Chinese vice premier holds talks in Cairo",
         "CAIRO, May 4 (Xinhua) -- At the invitation of the Egyptian side, Vice Premier Zhou Ming of China held talks "
         "with Prime Minister Karim Adel here on Monday. The two sides agreed to expand cooperation in infrastructure.",
         (M("Zhou Ming", "Karim Adel", "China", "Egypt"),), publisher="Xinhua", published="2026-05-04"),
    Case("eu-release-the-other-side-is-not-the-datelines-state", "EU and Morocco discuss migration",
         "Brussels, 20 May 2026. At the invitation of the Moroccan side, EU High Representative Elena Marchetti held a "
         "working lunch with Minister of Foreign Affairs Youssef Alaoui. Both discussed migration and trade.",
         (M("Elena Marchetti", "Youssef Alaoui", "European Union", "Morocco"),),
         publisher="European External Action Service", published="2026-05-20"),
    # the headline names only the other state: the publisher's official is not that state's
    Case("ministry-release-co-chairs-headline-names-the-other-state", "Political consultations with Hungary",
         "On 14 May 2026, Deputy Foreign Minister Tran Minh Duc and Hungarian State Secretary Eszter Farkas co-chaired "
         "the political consultations in Budapest. The two sides reviewed cooperation in trade, education and energy.",
         (M("Tran Minh Duc", "Eszter Farkas", ("Viet Nam", "Ministry of Foreign Affairs of Viet Nam"), "Hungary"),),
         publisher="Ministry of Foreign Affairs of Viet Nam", published="2026-05-14"),
    # a conjunct whose group verb is left out: "Kenya was represented by A, and Uganda by B"
    Case("ministry-release-X-was-represented-by-A-and-Y-by-B", "Kenya and Uganda hold trade talks",
         "Nairobi, 3 June 2026 - Kenya and Uganda held talks on cross-border trade. Kenya was represented by Cabinet "
         "Secretary Peter Mwangi, and Uganda by Minister Grace Nakato.",
         (M("Peter Mwangi", "Grace Nakato", "Kenya", "Uganda"),),
         publisher="Ministry of Foreign Affairs of Kenya", published="2026-06-03"),
    # the other side named by its government or by "counterpart" after such a phrase
    Case("ministry-release-at-the-invitation-of-the-government-of-X", "Minister Kowalczyk holds talks in Amman",
         "At the invitation of the Government of Jordan, Minister of Foreign Affairs Anna Kowalczyk held talks with "
         "Deputy Prime Minister and Minister of Foreign Affairs Omar Haddad on 12 May.",
         (M("Anna Kowalczyk", "Omar Haddad", "Poland", "Jordan"),),
         publisher="Ministry of Foreign Affairs of the Republic of Poland", published="2026-05-12"),
    Case("ministry-release-at-the-invitation-of-her-X-counterpart", "Minister Kowalczyk holds talks with Omar Haddad",
         "At the invitation of her Jordanian counterpart, Minister of Foreign Affairs Anna Kowalczyk held talks with "
         "Deputy Prime Minister and Minister of Foreign Affairs Omar Haddad on 12 May.",
         (M("Anna Kowalczyk", "Omar Haddad", "Poland", "Jordan"),),
         publisher="Ministry of Foreign Affairs of the Republic of Poland", published="2026-05-12"),
    Case("embassy-release-at-the-invitation-of-the-government-of-X", "Deputy Minister Nowak in Accra",
         "ACCRA, 4 June 2026 – At the invitation of the Government of Ghana, Deputy Minister of Agriculture Piotr Nowak "
         "met the Minister of Food and Agriculture, Kofi Boateng, on Thursday.",
         (M("Piotr Nowak", "Kofi Boateng", "Poland", "Ghana"),),
         publisher="Embassy of the Republic of Poland in Accra", published="2026-06-04"),
]


# The state a bare title falls back to: the visited state in a sentence set in its city, not the item's
# other visited state nor the publisher's; a state named only as a venue is no one's.
NAMES.update({"Luxembourg": "Luxembourg|Grand Duchy of Luxembourg", "Togo": "Togo|Togolese Republic"})
CASES += [
    Case("ministry-release-a-bare-title-met-in-a-visited-states-city", "Foreign Minister visits Kenya and Tanzania",
         "Minister of Foreign Affairs Ingrid Solheim visited Kenya and Tanzania from 9 to 12 March. In Nairobi on 9 March, "
         "Solheim met with President Wilfred Kamau and Cabinet Secretary for Foreign Affairs Grace Wanjiku. They "
         "discussed trade and climate cooperation. On 11 March, in Dodoma, she held talks with Tanzania's Minister of "
         "Foreign Affairs, Juma Mwakasege.",
         (M("Ingrid Solheim", ("Wilfred Kamau", "Grace Wanjiku"), "Norway", "Kenya"),
          M("Ingrid Solheim", "Juma Mwakasege", "Norway", "Tanzania")),
         publisher="Norwegian Ministry of Foreign Affairs", published="2026-03-12"),
    Case("ministry-release-a-courtesy-call-in-a-visited-states-capital", "State Minister Sato visits Ghana and Togo",
         "State Minister for Foreign Affairs Kenji Sato visited Ghana and Togo from 3 to 6 May 2026. In Accra on 4 May, "
         "Mr. Sato paid a courtesy call on Vice President Ama Owusu-Ansah. On 5 May, in Lomé, he met the Minister of "
         "Foreign Affairs of Togo, Koffi Agbeyome.",
         (M("Kenji Sato", "Ama Owusu-Ansah", "Japan", "Ghana"), M("Kenji Sato", "Koffi Agbeyome", "Japan", "Togo")),
         publisher="Ministry of Foreign Affairs of Japan", published="2026-05-06"),
    Case("ministry-release-a-state-named-only-as-the-venue", "Minister attends meeting in Luxembourg",
         "The Minister for Foreign Affairs, Seán Breathnach, attended a meeting in Luxembourg on Monday. Later the "
         "Minister met with the Foreign Minister of Poland, Tomasz Nowacki.",
         (M("Seán Breathnach", "Tomasz Nowacki", "Ireland", "Poland"),),
         publisher="Department of Foreign Affairs of Ireland", published="2026-04-14"),
]


# A minister's later portfolios are the title's words, not an institution ("Minister for Foreign Affairs and East
# African Cooperation of Tanzania", "Minister of Education, Science and Technology"); a delegation of a state's
# legislative chamber ("a delegation of the German Bundestag", "the Kenyan National Assembly delegation") and a
# chamber a title names with its state ("Chairman of the Senate of Kazakhstan") act for the chamber and the state;
# bodies of two states that meet ("The Ministry of Health of Kenya and the Ministry of Health of Uganda held
# consultations") are the sides of the people who act there for those states, not a body that reports it.
NAMES.update({"Parliament of Ghana": "Parliament of Ghana|Parliament", "Senate of Kazakhstan": "Senate of Kazakhstan|Senate",
              "National Assembly of Kenya": "National Assembly of Kenya|National Assembly|Kenyan National Assembly",
              "Ministry of Health of Kenya": "Ministry of Health of Kenya", "Ministry of Health of Uganda": "Ministry of Health of Uganda",
              "Ministry of Foreign Affairs of Hungary": "Ministry of Foreign Affairs of Hungary",
              "Iraqi Council of Representatives": "Iraqi Council of Representatives|Council of Representatives",
              "Arab Parliament": "Arab Parliament", "Senate of Kenya": "Senate of Kenya|Kenyan Senate|Senate", "Zambian Parliament": "Zambian Parliament|Parliament of Zambia"})
CASES += [
    Case("commission-release-a-second-portfolio-named-like-an-organization", "AU Commission Chairperson receives Tanzanian Foreign Minister",
         "ADDIS ABABA, 22 January 2026 – The Chairperson of the African Union Commission, H.E. Moussa Keita, received in audience "
         "the Minister for Foreign Affairs and East African Cooperation of the United Republic of Tanzania, H.E. Neema Mushi.\n\n"
         "The Chairperson and the Minister exchanged views on peace and security in the Great Lakes region and on the financing "
         "of the Union.",
         (M("Moussa Keita", "Neema Mushi", ("African Union Commission", "African Union"), "Tanzania"),),
         publisher="African Union", published="2026-01-22"),
    Case("newspaper-a-minister-of-three-portfolios", "UNICEF Representative and Education Minister discuss school meals",
         "DODOMA, 14 May 2026 – The UNICEF Representative to Tanzania, Ms. Carmen Lopez, and the Minister of Education, Science "
         "and Technology, Prof. Joseph Mrema, met on Wednesday to discuss school meals and girls' education.\n\n"
         "\"Every child must learn,\" Ms. Lopez said.",
         (M("Carmen Lopez", "Joseph Mrema", "UNICEF", "Tanzania"),), publisher="Daily News Tanzania", published="2026-05-14"),
    Case("newspaper-a-foreign-minister-of-three-portfolios", "Minister meets World Bank Country Manager",
         "HARARE, 20 March 2026 – The Minister of Foreign Affairs, Regional Integration and International Trade, Amb. Tendai "
         "Moyo, met the World Bank Country Manager, Ms. Anna Berg, on Friday to discuss arrears clearance.",
         (M("Tendai Moyo", "Anna Berg", "Zimbabwe", "World Bank"),), publisher="The Herald", published="2026-03-20"),
    Case("parliament-release-a-delegation-of-a-states-chamber", "Bundestag delegation meets Speaker of Parliament",
         "ACCRA, 14 April 2026 – A delegation of the German Bundestag led by Thomas Brenner was received by the Speaker of the "
         "Parliament of Ghana, Kwame Asante, on Tuesday.\n\nSpeaker Asante welcomed the delegation and recalled the long "
         "friendship between Ghana and Germany. The two sides discussed the role of parliaments in oversight of public finances.",
         (M("Kwame Asante", "Thomas Brenner", ("Parliament of Ghana", "Ghana"), ("Bundestag", "Germany")),),
         publisher="Parliament of Ghana", published="2026-04-14"),
    Case("agency-a-chamber-named-with-its-state-and-a-chambers-delegation", "Delegation of the Polish Sejm visits Kazakhstan",
         "ASTANA, 20 May 2026 – Chairman of the Senate of Kazakhstan Yerlan Ospanov met with a delegation of the Polish Sejm "
         "led by Deputy Marshal Jan Wróbel.\n\nThe parties discussed inter-parliamentary cooperation and trade.",
         (M("Yerlan Ospanov", "Jan Wróbel", ("Senate of Kazakhstan", "Kazakhstan"), ("Sejm", "Poland")),),
         publisher="Kazinform", published="2026-05-20"),
    Case("embassy-release-a-chambers-delegation-named-before-the-noun", "Kenyan parliamentarians visit Seoul",
         "SEOUL, 6 March 2026 – The Kenyan National Assembly delegation led by Hon. Daniel Mutua met with the Vice Minister of "
         "Foreign Affairs of Korea, Park Ji-hoon, on Friday.\n\nThe delegation briefed the Vice Minister on the work of the "
         "Kenya-Korea friendship group.",
         (M("Daniel Mutua", "Park Ji-hoon", ("National Assembly of Kenya", "Kenya"), "Korea"),),
         publisher="Embassy of Kenya in Seoul", published="2026-03-06"),
    Case("newspaper-a-chambers-delegation-from-a-state", "Kenyan senators visit Seoul",
         "SEOUL, 6 March 2026 – A Senate delegation from Kenya led by Senator Daniel Mutua met with the Vice Minister of "
         "Foreign Affairs of Korea, Park Ji-hoon, on Friday.\n\nThe senators are studying the Korean model of vocational training.",
         (M("Daniel Mutua", "Park Ji-hoon", ("Senate of Kenya", "Kenya"), "Korea"),), publisher="Korea Herald", published="2026-03-06"),
    Case("newspaper-a-delegation-of-a-chamber-of-a-state", "Senate delegation of Kenya in Seoul",
         "SEOUL, 6 March 2026 – A delegation of the Senate of Kenya led by Senator Daniel Mutua met with the Vice Minister of "
         "Foreign Affairs of Korea, Park Ji-hoon, on Friday.\n\nThe senators are studying the Korean model of vocational training.",
         (M("Daniel Mutua", "Park Ji-hoon", ("Senate of Kenya", "Kenya"), "Korea"),), publisher="The Standard", published="2026-03-07"),
    Case("agency-a-chamber-named-with-its-states-adjective", "Iraqi Speaker receives Arab Parliament Speaker",
         "BAGHDAD, 7 April 2026 - The Speaker of the Iraqi Council of Representatives, Khalid Al-Jubouri, received the Speaker "
         "of the Arab Parliament, Adel Al-Asoomi, on Tuesday.\n\nThe two discussed the role of parliaments in supporting Arab unity.",
         (M("Khalid Al-Jubouri", "Adel Al-Asoomi", ("Iraqi Council of Representatives", "Iraq"), "Arab Parliament"),),
         publisher="Iraqi News Agency", published="2026-04-07"),
    Case("newspaper-a-delegation-of-a-states-parliament", "Zambian MPs visit Addis Ababa",
         "ADDIS ABABA, 12 May 2026 – A delegation of the Zambian Parliament led by Hon. Mwansa Chileshe held talks with the "
         "Chairperson of the African Union Commission, Moussa Keita, on Tuesday.\n\nThe talks covered the ratification of the "
         "free trade area.",
         (M("Mwansa Chileshe", "Moussa Keita", ("Zambian Parliament", "Zambia"), ("African Union Commission", "African Union")),),
         publisher="Zambia Daily Mail", published="2026-05-12"),
    Case("newspaper-ministries-of-two-states-hold-consultations", "Kenya and Uganda health ministries hold consultations",
         "KAMPALA, 20 March 2026 – The Ministry of Health of Kenya and the Ministry of Health of Uganda held consultations in "
         "Kampala on Friday on the control of cross-border outbreaks.\n\nThe Kenyan delegation was led by Principal Secretary "
         "Mary Wambui, while the Ugandan side was led by Permanent Secretary Robert Okello.",
         (M("Mary Wambui", "Robert Okello", ("Ministry of Health of Kenya", "Kenya"), ("Ministry of Health of Uganda", "Uganda")),),
         publisher="New Vision", published="2026-03-20"),
    Case("newspaper-heads-of-state-witness-their-ministries-sign", "Kenya and Uganda sign health memorandum",
         "KAMPALA, 20 March 2026 – President Samuel Kiptoo of Kenya held talks with President Joseph Ayella of Uganda at State "
         "House Entebbe on Friday, where the Ministry of Health of Kenya and the Ministry of Health of Uganda signed a "
         "memorandum on cross-border outbreaks.",
         (M("Samuel Kiptoo", "Joseph Ayella", "Kenya", "Uganda"),), publisher="New Vision", published="2026-03-20"),
    Case("ministry-release-a-ministry-holds-consultations-with-another", "Viet Nam and Hungary hold political consultations",
         "HA NOI, 9 June 2026 – The Ministry of Foreign Affairs of Viet Nam held the sixth round of political consultations with "
         "the Ministry of Foreign Affairs of Hungary in Ha Noi on Tuesday. The Vietnamese side was led by Deputy Minister "
         "Nguyen Thi Lan, the Hungarian side by State Secretary Gábor Kertész.",
         (M("Nguyen Thi Lan", "Gábor Kertész", ("Ministry of Foreign Affairs of Viet Nam", "Viet Nam"),
            ("Ministry of Foreign Affairs of Hungary", "Hungary")),),
         publisher="Viet Nam News Agency", published="2026-06-09"),
    Case("wire-a-ministry-that-reports-the-talks-is-no-side", "Vietnamese deputy FM meets Indonesian trade official",
         "HANOI, June 10 (Xinhua) -- Vietnamese Deputy Foreign Minister Tran Quoc Bao held talks with Indonesian Director "
         "General of Foreign Trade Siti Rahmawati of the Ministry of Trade of Indonesia in Hanoi on Wednesday, the Vietnamese "
         "Foreign Ministry said.",
         (M("Tran Quoc Bao", "Siti Rahmawati", "Viet Nam", "Indonesia"),),
         publisher="Xinhua", published="2026-06-10"),
]


# Session 31: organizations the gazetteer does not know, named with the acronym the item defines for them.
NAMES["IRENA"] = "International Renewable Energy Agency|IRENA"
CASES += [
    Case("chamber-release-an-acronym-defined-right-after-the-datelines-dash", "Chamber hosts Tanzanian business delegation",
         "NAIROBI - The Kenya National Chamber of Commerce and Industry (KNCCI) hosted a trade delegation from the Tanzania "
         "Private Sector Foundation on 5 April 2026.\n\nKNCCI President Dr. Erick Rutto met the Foundation's chief executive, "
         "Mr. Raphael Maganga, and discussed cross-border trade.",
         (M("Erick Rutto", "Raphael Maganga", "Kenya National Chamber of Commerce and Industry", "Tanzania Private Sector Foundation"),),
         publisher="Kenya National Chamber of Commerce and Industry", published="2026-04-06"),
    Case("wire-an-academys-acronym-before-a-title", "CASS and Egyptian council hold seminar",
         "BEIJING - The Chinese Academy of Social Sciences (CASS) and the Egyptian Council for Foreign Affairs held a joint "
         "seminar in Beijing on 9 April 2026. CASS Vice-President Zhao Minhua met the Council's chairman, Ambassador Mohamed "
         "Farag. They agreed to exchange visiting scholars.",
         (M("Zhao Minhua", "Mohamed Farag", "Chinese Academy of Social Sciences", "Egyptian Council for Foreign Affairs"),),
         publisher="Xinhua", published="2026-04-10"),
    Case("university-release-a-nationality-word-opens-a-name-its-acronym-does-not-spell",
         "Ghanaian and Norwegian universities sign research agreement",
         "ACCRA - The University of Ghana and the Norwegian University of Science and Technology (NTNU) signed an agreement "
         "on 31 March 2026 to establish a joint research centre on coastal erosion. The agreement was signed by the "
         "Vice-Chancellor, Prof. Nana Appiah, and the Rector of NTNU, Prof. Tor Holmgren.",
         (M("Nana Appiah", "Tor Holmgren", "University of Ghana", "Norwegian University of Science and Technology"),),
         publisher="University of Ghana", published="2026-04-01"),
    Case("commission-release-a-club-of-states-and-agencies", "ECOWAS Commission President receives SWAC Executive Secretary",
         "ABUJA, 4 February 2026 - The President of the ECOWAS Commission, Dr. Omar Alieu Touray, received the Executive "
         "Secretary of the Sahel and West Africa Club (SWAC), Mr. Hans Gunnarsen, on Wednesday. The two agreed to hold a "
         "joint forum on food security in June.",
         (M("Omar Alieu Touray", "Hans Gunnarsen", ("ECOWAS Commission", "ECOWAS"), "Sahel and West Africa Club"),),
         publisher="ECOWAS Commission", published="2026-02-05"),
    Case("agency-release-a-regional-centre-named-with-its-own-acronym", "IRENA and regional centre prepare hydrogen roadmap",
         "ABU DHABI - The Director-General of the International Renewable Energy Agency, Mr. Francesco La Camera, received the "
         "Executive Director of the Regional Centre for Renewable Energy and Energy Efficiency (RCREEE), Dr. Ahmed Badran, on "
         "27 March 2026. IRENA and RCREEE agreed to develop a regional hydrogen roadmap.",
         (M("Francesco La Camera", "Ahmed Badran", "IRENA", "Regional Centre for Renewable Energy and Energy Efficiency"),),
         publisher="IRENA", published="2026-03-28"),
    Case("province-release-a-companys-delegation-led-by-its-officer", "Premier meets Siemens Energy delegation",
         "CAPE TOWN - The Premier of the Western Cape, Mr. Alan Winde, met a delegation of Siemens Energy led by its Managing "
         "Director for Africa, Mr. Thorsten Kohlmann, on 18 March 2026.\n\nThe two discussed green hydrogen projects on the "
         "west coast.",
         (M("Alan Winde", "Thorsten Kohlmann", "South Africa", "Siemens Energy"),),
         publisher="Western Cape Government", published="2026-03-19"),
    Case("consulate-release-a-citys-chamber-after-its-article", "Consul-General visits Sharjah Chamber",
         "DUBAI - The Consul-General of Japan in Dubai, Mr. Fumio Iwai, visited the Sharjah Chamber of Commerce and Industry "
         "on 28 January 2026 and met its Director General, Mr. Khalid Al Suwaidi.\n\nThe two sides discussed trade promotion.",
         (M("Fumio Iwai", "Khalid Al Suwaidi", "Japan", "Sharjah Chamber of Commerce and Industry"),),
         publisher="Consulate General of Japan in Dubai", published="2026-01-29"),
    Case("chamber-release-a-citys-chamber-in-a-title-after-an-honorific", "Chamber Director General receives Consul-General",
         "SHARJAH - Mr. Khalid Al Suwaidi, Director General of the Sharjah Chamber of Commerce and Industry, received the "
         "Consul-General of Japan in Dubai, Mr. Fumio Iwai, on 28 January 2026.",
         (M("Khalid Al Suwaidi", "Fumio Iwai", "Sharjah Chamber of Commerce and Industry", "Japan"),),
         publisher="Sharjah Chamber of Commerce and Industry", published="2026-01-29"),
    Case("ministry-release-units-of-two-states-ministries-of-one-name", "Kazakhstan and Pakistan hold consultations on Asian affairs",
         "ASTANA - The Director of the Asia Department of the Ministry of Foreign Affairs of Kazakhstan, Mr. Aibek Nurlanov, held "
         "consultations with the Director-General of the South Asia Division of the Ministry of Foreign Affairs of Pakistan, "
         "Mr. Ahmed Naseem Khan, on 6 February 2026.",
         (M("Aibek Nurlanov", "Ahmed Naseem Khan",
            ("Asia Department of the Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Kazakhstan", "Kazakhstan"),
            ("South Asia Division of the Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Pakistan", "Pakistan")),),
         publisher="Ministry of Foreign Affairs of Kazakhstan", published="2026-02-09"),
    Case("ministry-release-an-african-union-agency-the-gazetteer-knows", "Permanent Secretary receives Africa CDC delegation",
         "KAMPALA - The Permanent Secretary of the Ministry of Health, Dr. Diana Atuhaire, received a delegation from the Africa "
         "Centres for Disease Control and Prevention (Africa CDC) led by its Director General, Dr. Jean Kasongo, at the "
         "Ministry of Health in Kampala on 15 February 2026.",
         (M("Diana Atuhaire", "Jean Kasongo", ("Ministry of Health", "Uganda"),
            "Africa Centres for Disease Control and Prevention"),),
         publisher="Ministry of Health of Uganda", published="2026-02-16"),
    Case("agency-release-a-conventions-secretary-general", "UNEP and CITES discuss wildlife trafficking",
         "NAIROBI - The Executive Director of the United Nations Environment Programme, Ms. Inger Andersen, met the Secretary "
         "General of the Convention on International Trade in Endangered Species (CITES), Ms. Yvette Moreau, on 11 April "
         "2026 to discuss wildlife trafficking.",
         (M("Inger Andersen", "Yvette Moreau", "United Nations Environment Programme",
            "Convention on International Trade in Endangered Species of Wild Fauna and Flora"),),
         publisher="UNEP", published="2026-04-12"),
    Case("alliance-release-an-acronym-after-or-between-commas", "KEPSA hosts Ugandan Trade Minister",
         "NAIROBI - The Kenya Private Sector Alliance, or KEPSA, hosted the Minister of Trade of Uganda, Mr. Gerald Siranda, on "
         "4 May 2026. KEPSA Chief Executive Carole Wanjiru briefed the Minister on cross-border trade.",
         (M("Carole Wanjiru", "Gerald Siranda", "Kenya Private Sector Alliance", "Uganda"),),
         publisher="Daily Nation", published="2026-05-05"),
    Case("federation-release-a-bilateral-council-named-by-two-nationality-words", "FPCCI hosts Turkish-Pakistani Business Council",
         "KARACHI - The Federation of Pakistan Chambers of Commerce and Industry (FPCCI) hosted a delegation of the "
         "Turkish-Pakistani Business Council on 24 March 2026. FPCCI President Mr. Atif Rao met the Council's Chairman, "
         "Mr. Murat Kalkan, and discussed joint ventures in textiles.",
         (M("Atif Rao", "Murat Kalkan", "Federation of Pakistan Chambers of Commerce and Industry", "Turkish-Pakistani Business Council"),),
         publisher="Business Recorder", published="2026-03-25"),
    Case("union-release-a-companion-titled-with-a-chamber-the-item-named-in-full", "IPU Secretary General receives Speaker of Zambia",
         "GENEVA, 26 February 2026 - The Secretary General of the Inter-Parliamentary Union (IPU), Mr. Martin Chungong, received "
         "the Speaker of the National Assembly of Zambia, Ms. Nelly Mwale, at IPU headquarters. Ms. Mwale was accompanied by the "
         "Clerk of the National Assembly, Mr. Roy Kaniki.",
         (M("Martin Chungong", ("Nelly Mwale", "Roy Kaniki"), "Inter-Parliamentary Union", ("National Assembly of Zambia", "Zambia")),),
         publisher="Inter-Parliamentary Union", published="2026-02-27",
         xfail="the clerk's bare title takes the state of the dateline's city (Switzerland), not that of the chamber the item "
               "named in full; giving a bare chamber the fully named one would misread a host's own chamber in its release"),
    Case("ministry-release-a-units-short-name-after-its-full-name", "Ministry and school of public health hold workshop",
         "KAMPALA - The Department of Community Health of the Ministry of Health and the Makerere University School of Public "
         "Health held a joint workshop on 6 March 2026. Dr. Grace Nakato, Commissioner of the Department of Community Health, "
         "met Prof. Samuel Lule, Dean of the Makerere University School of Public Health.",
         (M("Grace Nakato", "Samuel Lule", ("Ministry of Health", "Uganda"), "Makerere University School of Public Health"),),
         publisher="Ministry of Health of Uganda", published="2026-03-08",
         xfail="a unit with no parent when posts are read is given the item's most named organization (the school), and "
               "its government body only later: the post's organization is read before representation places the unit"),
    Case("chamber-release-its-marshal-and-a-bare-deputy-speaker", "Marshal of the Sejm meets Speaker of Georgia",
         "WARSAW, 4 March 2026 – Marshal of the Sejm Ewa Nowak met on Wednesday with the Speaker of the Parliament of Georgia, "
         "Levan Beridze.\n\nDeputy Speaker Piotr Zielinski also met Speaker Beridze to discuss energy security.",
         (M("Ewa Nowak", "Levan Beridze", ("Sejm", "Poland"), ("Parliament of Georgia", "Georgia")),
          M("Piotr Zielinski", "Levan Beridze", ("Sejm", "Poland"), ("Parliament of Georgia", "Georgia"))),
         publisher="Sejm of the Republic of Poland", published="2026-03-05"),
    Case("ministry-release-a-portfolio-listing-an-organization", "Foreign Minister meets Peruvian counterpart",
         "MADRID, 10 March 2026 – Spain's Minister of Foreign Affairs, European Union and Cooperation, Lucía Ferrán, met on "
         "Tuesday with the Minister of Foreign Affairs of Peru, Carla Quispe, to prepare the summit of the two regions.",
         (M("Lucía Ferrán", "Carla Quispe", "Spain", "Peru"),), publisher="Ministry of Foreign Affairs of Spain",
         published="2026-03-10"),
]


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _gold(cases: list[Case]) -> dict:
    entities: dict[str, dict] = {}

    def entity(name: str, kind: str) -> str:
        names = (NAMES.get(name, name)).split("|")
        key = f"t:{_slug(names[0])}"
        entities.setdefault(key, {"id": key, "type": kind, "name": names[0], "aliases": names[1:]})
        return key

    articles = []
    for case in cases:
        meetings = []
        for a, b, oa, ob in case.meetings:
            meetings.append({
                "date": None, "date_optional": True, "place": [],
                "sides": [[entity(p, "Person") for p in a], [entity(p, "Person") for p in b]],
                "organization_sides": [[entity(o, "Organization") for o in oa], [entity(o, "Organization") for o in ob]],
            })
        articles.append({"id": case.id, "title": case.title, "meetings": meetings})
    return {"corpus": "represent-documents.jsonl", "about": "invented releases (tests/test_represent_documents.py)",
            "entities": list(entities.values()), "articles": articles}


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Report:
    folder: Path = tmp_path_factory.mktemp("represent-documents")
    corpus = folder / "represent-documents.jsonl"
    corpus.write_text("".join(json.dumps({"id": case.id, "title": case.title, "text": case.text, "publisher": case.publisher,
                                          "published": case.published}) + "\n" for case in CASES), encoding="utf-8")
    gold = folder / "represent-documents.gold.json"
    gold.write_text(json.dumps(_gold(CASES)), encoding="utf-8")
    return run_evaluation(gold, [corpus], nlp=load_nlp(Settings.from_env().model))


def test_every_item_was_read(report: Report) -> None:
    assert not report.unmatched_articles and not report.unmatched_items


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id, marks=[pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else [])
                                  for case in CASES])
def test_organization_sides(report: Report, case: Case) -> None:
    missed = [f.fact for f in report.misses if f.kind == ORGANIZATION_PAIRS and f.article == case.title]
    wrong = [f"{f.fact} ({f.sentence})" for f in report.false_hits if f.kind == ORGANIZATION_PAIRS and f.article == case.title]
    assert not missed and not wrong, f"missed: {missed}; wrong: {wrong}"

