"""A battery of the ways institutional press releases report an encounter (issue 9, sixth round).

Every item is invented (invented people; real countries and organisations). Each case gives the
pairs of people who met, which extraction must find, and the day of the encounter where the item
states one. The battery measures whether the meeting rules generalise beyond the news they were
written on: a phrasing is a class of sentences, not one sentence.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_extract import label, run

from icgraph.model import MEETING_KINDS, Extraction

PUBLISHED = date(2025, 5, 16)  # a Friday


def met(ex: Extraction) -> dict[frozenset[str], set[date | None]]:
    """Each pair of people who took part in one meeting, with the days their meetings carry."""
    pairs: dict[frozenset[str], set[date | None]] = {}
    for event in ex.events:
        if event.kind in MEETING_KINDS:
            people = [label(ex, p.agent) for p in event.participations]
            for a in people:
                for b in people:
                    if a != b:
                        pairs.setdefault(frozenset((a, b)), set()).add(event.start)
    return pairs


def P(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


CASES = [
    # --- verbs of encounter -------------------------------------------------------------------
    ("held-talks-with",
     "Foreign Minister Ilse Marquardt held talks with her Kenyan counterpart Joseph Kiprono in Berlin on "
     "Tuesday, 13 May 2025.",
     {P("Ilse Marquardt", "Joseph Kiprono")}, date(2025, 5, 13)),
    ("received",
     "President Aurelio Benvenuto received the Ambassador of Brazil, Marcos Tavares, at the Presidential "
     "Palace on 12 May 2025.",
     {P("Aurelio Benvenuto", "Marcos Tavares")}, date(2025, 5, 12)),
    ("was-received-by",
     "The Secretary-General of the Arab League, Karim Haddadi, was received by Prime Minister Leyla "
     "Osmanova in Baku on 14 May 2025.",
     {P("Karim Haddadi", "Leyla Osmanova")}, date(2025, 5, 14)),
    ("paid-a-courtesy-call-on",
     "The newly appointed Ambassador of Indonesia, Rudi Santoso, paid a courtesy call on the Minister of "
     "Foreign Affairs, Helena Varga, on 8 May 2025.",
     {P("Rudi Santoso", "Helena Varga")}, date(2025, 5, 8)),
    ("hosted-a-person",
     "Minister of Trade Omar Bensalem hosted the Vice-President of the World Bank, Clara Mendes, at the "
     "ministry on 6 May 2025.",
     {P("Omar Bensalem", "Clara Mendes")}, date(2025, 5, 6)),
    ("was-hosted-by-a-person",
     "Chilean Foreign Minister Valeria Ortiz was hosted by Argentine President Tomas Ibarra at the Casa Rosada "
     "on 12 May 2025.",
     {P("Valeria Ortiz", "Tomas Ibarra")}, date(2025, 5, 12)),
    ("was-hosted-by-the-title-of-a-state",
     "The Foreign Minister of Estonia, Kaarel Tamm, was hosted by the Prime Minister of Finland, Aino Virtanen, "
     "in Helsinki on Wednesday, 14 May 2025.",
     {P("Kaarel Tamm", "Aino Virtanen")}, date(2025, 5, 14)),
    ("discussed-a-relation-with-an-organization",
     "Minister of Foreign Affairs Tendai Moyo and his Zambian counterpart Chanda Mulenga discussed cooperation "
     "with the African Union in Harare on Tuesday, 13 May 2025.",
     {P("Tendai Moyo", "Chanda Mulenga")}, date(2025, 5, 13)),
    ("discussed-relations-with-states",
     "LISBON, 12 May (Lusa) - President Ana Lima of Portugal and Prime Minister Rui Keller of Luxembourg "
     "discussed relations with China and the European Union on Monday.",
     {P("Ana Lima", "Rui Keller")}, date(2025, 5, 12)),
    ("welcomed",
     "UNESCO Director-General Paulina Oyelaran welcomed the Minister of Culture of Peru, Diego Salcedo, to "
     "the Organization's headquarters on 7 May 2025.",
     {P("Paulina Oyelaran", "Diego Salcedo")}, date(2025, 5, 7)),
    ("met-on-the-sidelines",
     "Minister Tomas Lindgren met Egyptian Foreign Minister Samir Nabil on the sidelines of the "
     "Ministerial Council in Paris on 5 May 2025.",
     {P("Tomas Lindgren", "Samir Nabil")}, date(2025, 5, 5)),
    ("telephone-conversation",
     "Prime Minister Anneli Koskinen held a telephone conversation with President Rafael Quintero of "
     "Chile on 9 May 2025.",
     {P("Anneli Koskinen", "Rafael Quintero")}, date(2025, 5, 9)),
    ("co-chaired",
     "Minister of Foreign Affairs Nadia Farouk and her Jordanian counterpart Hani Saleh co-chaired the "
     "meeting of the Joint Commission in Amman on 11 May 2025.",
     {P("Nadia Farouk", "Hani Saleh")}, date(2025, 5, 11)),
    ("co-chaired-a-body",
     "OSLO, 12 May 2025 (NTB) - Minister Anna Berg of Norway and Minister Karl Lind of Sweden co-chaired the "
     "Nordic Joint Commission in Oslo on Monday.",
     {P("Anna Berg", "Karl Lind")}, date(2025, 5, 12)),
    ("co-chaired-two-ministers",
     "Foreign Minister Nadia Farouk and Jordanian Foreign Minister Hani Saleh co-chaired the meeting of "
     "the Joint Commission in Amman on 11 May 2025.",
     {P("Nadia Farouk", "Hani Saleh")}, date(2025, 5, 11)),
    ("bilateral-consultations",
     "Deputy Foreign Minister Arman Seitkali held bilateral consultations with the Deputy Minister of "
     "Foreign Affairs of Vietnam, Tran Van Minh, in Hanoi on 10 May 2025.",
     {P("Arman Seitkali", "Tran Van Minh")}, date(2025, 5, 10)),
    ("exchanged-views",
     "Minister Lucia Ferraro exchanged views with the Director-General of the WTO, Emeka Obi, on the "
     "reform of trade rules on 12 May 2025.",
     {P("Lucia Ferraro", "Emeka Obi")}, date(2025, 5, 12)),
    ("in-a-meeting-with",
     "In a meeting with Finance Minister Pieter de Wit on 13 May 2025, IMF Managing Director Ayesha Raman "
     "discussed the economic outlook.",
     {P("Pieter de Wit", "Ayesha Raman")}, date(2025, 5, 13)),
    ("met-with-plain",
     "Secretary-General Hamid Tazi met with the President of the African Development Bank, Grace Adjei, "
     "on Wednesday.",
     {P("Hamid Tazi", "Grace Adjei")}, date(2025, 5, 14)),
    ("sat-down-with",
     "Ambassador Karen Holt sat down with Governor Miguel Arroyo in Monterrey on 2 May 2025.",
     {P("Karen Holt", "Miguel Arroyo")}, date(2025, 5, 2)),
    ("conferred-with",
     "The High Commissioner, Stella Mwangi, conferred with the Minister of Health, Ravi Menon, in Colombo "
     "on 3 May 2025.",
     {P("Stella Mwangi", "Ravi Menon")}, date(2025, 5, 3)),
    ("spoke-by-phone",
     "Foreign Minister Jonas Berg spoke by phone with his Polish counterpart Marta Zielinska on 4 May 2025.",
     {P("Jonas Berg", "Marta Zielinska")}, date(2025, 5, 4)),
    ("video-conference",
     "President Adama Keita held a video conference with the President of the European Commission, "
     "Ursula Brandt, on 1 May 2025.",
     {P("Adama Keita", "Ursula Brandt")}, date(2025, 5, 1)),
    ("granted-an-audience",
     "King Tariq bin Salem granted an audience to the Ambassador of France, Julien Morel, on 30 April 2025.",
     {P("Tariq bin Salem", "Julien Morel")}, date(2025, 4, 30)),
    ("presented-credentials",
     "Ambassador Ingrid Solheim presented her credentials to President Mahmoud Karimi on 29 April 2025.",
     {P("Ingrid Solheim", "Mahmoud Karimi")}, date(2025, 4, 29)),
    ("bade-farewell",
     "Prime Minister Elena Petrova bade farewell to the outgoing Ambassador of Japan, Kenji Morita, on "
     "28 April 2025.",
     {P("Elena Petrova", "Kenji Morita")}, date(2025, 4, 28)),
    # --- headline style ---------------------------------------------------------------------------
    ("headline-meets",
     "Minister Anwar Rashid meets Chinese Ambassador Li Wenhua\n\n"
     "The two discussed cooperation in renewable energy.",
     {P("Anwar Rashid", "Li Wenhua")}, None),
    ("headline-receives",
     "Speaker Fatima Al-Zahra receives Turkish parliamentary delegation led by Mehmet Aydin\n\n"
     "The Speaker discussed parliamentary cooperation with the delegation on 12 May 2025.",
     {P("Fatima Al-Zahra", "Mehmet Aydin")}, date(2025, 5, 12)),
    # --- nominal forms ------------------------------------------------------------------------
    ("the-meeting-between",
     "The meeting between Minister Karl Hofer and Ambassador Aiko Tanaka took place in Vienna on 7 May 2025.",
     {P("Karl Hofer", "Aiko Tanaka")}, date(2025, 5, 7)),
    ("possessive-talks-with",
     "Minister Sara Lindholm's talks with her Estonian counterpart Peeter Kask on 6 May 2025 focused on "
     "energy security.",
     {P("Sara Lindholm", "Peeter Kask")}, date(2025, 5, 6)),
    ("during-his-visit-met",
     "During his visit to Ghana, Minister Daniel Okafor met President Kwame Asante on 9 May 2025.",
     {P("Daniel Okafor", "Kwame Asante")}, date(2025, 5, 9)),
    ("talks-between",
     "Talks between Foreign Minister Ana Lopes and Secretary of State Brian Keller were held in Lisbon on "
     "8 May 2025.",
     {P("Ana Lopes", "Brian Keller")}, date(2025, 5, 8)),
    ("a-telephone-call-between",
     "A telephone call between President Victor Lungu and Chancellor Greta Vogel took place on "
     "5 May 2025.",
     {P("Victor Lungu", "Greta Vogel")}, date(2025, 5, 5)),
    ("their-meeting",
     "Minister Ola Nordmann and Ambassador Pierre Dubois discussed maritime security. At their meeting "
     "on 4 May 2025 they also reviewed fisheries.",
     {P("Ola Nordmann", "Pierre Dubois")}, date(2025, 5, 4)),
    # --- delegations, lists, passives ---------------------------------------------------------------
    ("delegation-led-by-met",
     "A delegation from the World Health Organization led by Regional Director Hana Kovac met the "
     "Minister of Health, Ahmed Yusuf, on 13 May 2025.",
     {P("Hana Kovac", "Ahmed Yusuf")}, date(2025, 5, 13)),
    ("several-counterparts",
     "On 14 May 2025 Secretary-General Amina Diallo met the Minister of Finance, Paul Mensah, the "
     "Minister of Education, Rose Addo, and the Governor of the Central Bank, Kofi Boateng.",
     {P("Amina Diallo", "Paul Mensah"), P("Amina Diallo", "Rose Addo"), P("Amina Diallo", "Kofi Boateng")},
     date(2025, 5, 14)),
    ("passive-meeting-held-between",
     "A meeting was held between Deputy Minister Olga Ivanenko and Ambassador Thomas Reiter on 12 May 2025.",
     {P("Olga Ivanenko", "Thomas Reiter")}, date(2025, 5, 12)),
    ("two-subjects-held-talks",
     "President Luis Romero and Prime Minister Hiroshi Sato held talks in Tokyo on 10 May 2025.",
     {P("Luis Romero", "Hiroshi Sato")}, date(2025, 5, 10)),
    ("accompanied-by",
     "Minister of Agriculture Peter Novak received the Ambassador of Canada, Linda Scott, on 11 May 2025. "
     "The Minister was accompanied by State Secretary Eva Horvat.",
     {P("Peter Novak", "Linda Scott"), P("Eva Horvat", "Linda Scott")}, date(2025, 5, 11)),
    ("attended-by",
     "President Samuel Otieno received African Union Commissioner Bankole Adeoye on 9 May 2025. The "
     "meeting was also attended by Foreign Minister Ruth Wanjiru.",
     {P("Samuel Otieno", "Bankole Adeoye"), P("Ruth Wanjiru", "Bankole Adeoye")}, date(2025, 5, 9)),
    ("joined-by",
     "Ambassador Helga Brandt called on the Minister of Energy, Yusuf Demir, on 6 May 2025. She was "
     "joined by Deputy Head of Mission Jan Kowalski.",
     {P("Helga Brandt", "Yusuf Demir"), P("Jan Kowalski", "Yusuf Demir")}, date(2025, 5, 6)),
    # --- the other side named by title; follow-ups --------------------------------------------------
    ("called-on-with-a-purpose",
     "ACCRA, 12 May 2025 – Ambassador Ingrid Solberg called on President Kwame Asante at the Jubilee House on "
     "Monday to discuss cooperation in fisheries.",
     {P("Ingrid Solberg", "Kwame Asante")}, date(2025, 5, 12)),
    ("courtesy-call-with-a-purpose",
     "NAIROBI, May 14 (KNA) – The Country Director of the World Food Programme, Lena Hartmann, paid a courtesy "
     "call on Cabinet Secretary Peter Mwangi on Wednesday to review drought relief in the north.",
     {P("Lena Hartmann", "Peter Mwangi")}, date(2025, 5, 14)),
    ("title-then-name",
     "The Minister of Foreign Affairs, Rania Khalil, met the Ambassador of Japan, Takeshi Mori, on "
     "7 May 2025.",
     {P("Rania Khalil", "Takeshi Mori")}, date(2025, 5, 7)),
    ("pronoun-follow-up",
     "Foreign Minister Milan Horak arrived in Rabat on 12 May 2025. He met his Moroccan counterpart "
     "Youssef Alami the same day.",
     {P("Milan Horak", "Youssef Alami")}, date(2025, 5, 12)),
    ("the-two-sides-discussed",
     "Minister Beatriz Costa received Ambassador Henrik Lund on 8 May 2025. The two sides discussed "
     "cooperation in education.",
     {P("Beatriz Costa", "Henrik Lund")}, date(2025, 5, 8)),
    ("counterpart",
     "Minister of Defence Arvid Nilsson held talks with his counterpart from Finland, Mikko Laine, on "
     "5 May 2025.",
     {P("Arvid Nilsson", "Mikko Laine")}, date(2025, 5, 5)),
    ("honorific-names",
     "H.E. Dr. Abdullah Al-Mansoori received H.E. Ms. Sophie Laurent, Ambassador of Belgium, on 6 May 2025.",
     {P("Abdullah Al-Mansoori", "Sophie Laurent")}, date(2025, 5, 6)),
    ("visited-and-met",
     "Secretary-General Omar Faye visited the Ministry of Foreign Affairs of Senegal on 13 May 2025, "
     "where he met Minister Aissatou Ndiaye.",
     {P("Omar Faye", "Aissatou Ndiaye")}, date(2025, 5, 13)),
    ("caption",
     "Minister Jana Svoboda (right) with Ambassador Tomasz Lis at the ministry\n\n"
     "PRAGUE, 15 May 2025 - The Minister received the Ambassador of Poland.",
     {P("Jana Svoboda", "Tomasz Lis")}, date(2025, 5, 15)),
    ("discussed-with",
     "Minister Rachel Adeyemi discussed bilateral relations with the Ambassador of Spain, Carlos Ruiz, on "
     "7 May 2025.",
     {P("Rachel Adeyemi", "Carlos Ruiz")}, date(2025, 5, 7)),
    ("welcomed-to-office",
     "Governor Ibrahim Musa welcomed the Country Director of UNICEF, Anna Kowalczyk, to his office on "
     "9 May 2025.",
     {P("Ibrahim Musa", "Anna Kowalczyk")}, date(2025, 5, 9)),
    ("received-a-phone-call-from",
     "Prime Minister Jacinta Moore received a phone call from President Emmanuel Laurent on 13 May 2025.",
     {P("Jacinta Moore", "Emmanuel Laurent")}, date(2025, 5, 13)),
    ("was-welcomed-by",
     "On arrival in Nairobi on 12 May 2025, the Secretary-General, Fatou Sarr, was welcomed by Cabinet "
     "Secretary Wycliffe Oparanya.",
     {P("Fatou Sarr", "Wycliffe Oparanya")}, date(2025, 5, 12)),
    ("also-present-were",
     "Minister Hassan Qureshi received the Ambassador of Italy, Marco Bellini, on 8 May 2025. Also "
     "present at the meeting were Deputy Minister Sana Malik and the Italian Deputy Head of Mission, "
     "Giulia Conti.",
     {P("Hassan Qureshi", "Marco Bellini"), P("Sana Malik", "Marco Bellini"), P("Hassan Qureshi", "Giulia Conti")},
     date(2025, 5, 8)),
    ("met-separately",
     "On 9 May 2025 the Commissioner, Ingrid Dahl, met separately with Minister Kofi Mensah and Minister "
     "Abena Owusu.",
     {P("Ingrid Dahl", "Kofi Mensah"), P("Ingrid Dahl", "Abena Owusu")}, date(2025, 5, 9)),
    ("held-a-meeting-with",
     "The Executive Director, Rosa Ibarra, held a meeting with the Minister of Water, Tendai Moyo, in "
     "Harare on 6 May 2025.",
     {P("Rosa Ibarra", "Tendai Moyo")}, date(2025, 5, 6)),
    ("headline-title-case",
     "Foreign Minister Adel Mansour Meets EU Special Envoy Klara Novak\n\n"
     "BRUSSELS, 14 May 2025 - The two officials discussed regional security.",
     {P("Adel Mansour", "Klara Novak")}, None),
    ("headline-title-case-past",
     "Prime Minister Giorgi Beridze Met World Bank Regional Director Anna Schmidt\n\n"
     "The meeting took place in Tbilisi.",
     {P("Giorgi Beridze", "Anna Schmidt")}, None),
    ("welcomed-delegation-headed-by",
     "Governor Amara Conteh welcomed a delegation headed by World Bank Country Manager Pablo Ortiz on "
     "7 May 2025.",
     {P("Amara Conteh", "Pablo Ortiz")}, date(2025, 5, 7)),
    ("welcomed-a-states-delegation",
     "Director-General Amara Conteh welcomed Jordan's delegation, led by Minister Karim Sabet, to Geneva on "
     "7 May 2025.",
     {P("Amara Conteh", "Karim Sabet")}, date(2025, 5, 7)),
    ("visited-received-by",
     "Minister Lena Fischer visited the headquarters of the OSCE in Vienna on 5 May 2025, where she was "
     "received by Secretary General Tomas Ruiz.",
     {P("Lena Fischer", "Tomas Ruiz")}, date(2025, 5, 5)),
    ("talks-focused-on",
     "Talks between President Gabriel Sousa and the visiting Prime Minister of Norway, Erik Haugen, focused "
     "on energy on 4 May 2025.",
     {P("Gabriel Sousa", "Erik Haugen")}, date(2025, 5, 4)),
    ("met-with-yesterday",
     "ADDIS ABABA, 15 May 2025 - African Union Commission Chairperson Moussa Kone yesterday met with the "
     "Foreign Minister of Ethiopia, Tigist Alemu.",
     {P("Moussa Kone", "Tigist Alemu")}, date(2025, 5, 14)),
    ("reciprocal-subject-met",
     "Minister Hamza Belkadi and Ambassador Olivia Grant met in Algiers on 12 May 2025 to review trade.",
     {P("Hamza Belkadi", "Olivia Grant")}, date(2025, 5, 12)),
    ("possessive-meeting-with",
     "Secretary-General Anand Rao's meeting with President Celia Duarte on 11 May 2025 focused on "
     "climate finance.",
     {P("Anand Rao", "Celia Duarte")}, date(2025, 5, 11)),
    ("courtesy-visit-from",
     "Minister Farida Nasser received a courtesy visit from the Ambassador of Korea, Park Ji-hoon, on "
     "10 May 2025.",
     {P("Farida Nasser", "Park Ji-hoon")}, date(2025, 5, 10)),
    ("received-in-audience",
     "King Abdelaziz bin Fahd received in audience the Secretary-General of the Commonwealth, Janet "
     "Okoro, on 9 May 2025.",
     {P("Abdelaziz bin Fahd", "Janet Okoro")}, date(2025, 5, 9)),
    ("met-a-delegation-led-by",
     "Speaker Olu Adebayo met with a delegation of the European Parliament led by Member of Parliament "
     "Greta Holm on 8 May 2025.",
     {P("Olu Adebayo", "Greta Holm")}, date(2025, 5, 8)),
    ("accompanied-in-apposition",
     "President Kofi Asare, accompanied by Foreign Minister Abena Boakye, met the President of Cote "
     "d'Ivoire, Alassane Kone, on 7 May 2025.",
     {P("Kofi Asare", "Alassane Kone"), P("Abena Boakye", "Alassane Kone")}, date(2025, 5, 7)),
    ("had-a-meeting-with",
     "The Minister of Education, Carmen Vidal, had a meeting with UNICEF Representative Yuki Tanabe on "
     "6 May 2025.",
     {P("Carmen Vidal", "Yuki Tanabe")}, date(2025, 5, 6)),
    ("hosted-counterpart-for-talks",
     "Foreign Minister Dana Cohen hosted her Cypriot counterpart Nikos Christou for talks in Jerusalem on "
     "5 May 2025.",
     {P("Dana Cohen", "Nikos Christou")}, date(2025, 5, 5)),
    ("was-received-in-audience-by",
     "The Ambassador of Chile, Felipe Rojas, was received in audience by Sultan Haitham bin Said on "
     "4 May 2025.",
     {P("Felipe Rojas", "Haitham bin Said")}, date(2025, 5, 4)),
    ("on-a-working-visit-met",
     "Minister Chen Wei, who is on a working visit to Kazakhstan, met Prime Minister Daulet Nurlanov on "
     "13 May 2025.",
     {P("Chen Wei", "Daulet Nurlanov")}, date(2025, 5, 13)),
    ("virtual-meeting",
     "Minister Aino Virtanen held a virtual meeting with the Minister of Environment of Brazil, Paulo "
     "Mendes, on 12 May 2025.",
     {P("Aino Virtanen", "Paulo Mendes")}, date(2025, 5, 12)),
    ("farewell-call",
     "The outgoing Ambassador of Germany, Stefan Vogt, paid a farewell call on President Nana Darko on "
     "11 May 2025.",
     {P("Stefan Vogt", "Nana Darko")}, date(2025, 5, 11)),
    ("during-the-meeting-discussed",
     "Minister Yara Haddad received Ambassador Tom Becker on 10 May 2025. During the meeting, the two "
     "discussed cultural exchanges.",
     {P("Yara Haddad", "Tom Becker")}, date(2025, 5, 10)),
    ("welcomed-and-delegation",
     "President Ali Hassan welcomed Prime Minister Rahul Verma and his delegation at the airport on "
     "9 May 2025.",
     {P("Ali Hassan", "Rahul Verma")}, date(2025, 5, 9)),
    ("he-also-met",
     "Foreign Minister Piotr Nowicki arrived in Seoul on 12 May 2025 for a three-day visit. On the first "
     "day he held talks with Foreign Minister Kim Min-jun. He also met Prime Minister Lee Hyun-woo.",
     {P("Piotr Nowicki", "Kim Min-jun"), P("Piotr Nowicki", "Lee Hyun-woo")}, date(2025, 5, 12)),
    ("sidelines-bilateral-meetings",
     "On the sidelines of the summit in Doha on 11 May 2025, President Ivan Petrov held bilateral meetings "
     "with President Samir Khalid of Iraq and Prime Minister Noor Rahman of Bangladesh.",
     {P("Ivan Petrov", "Samir Khalid"), P("Ivan Petrov", "Noor Rahman")}, date(2025, 5, 11)),
    ("delegation-was-received-by",
     "A delegation of the International Monetary Fund headed by Mission Chief Laura Bianchi was received "
     "by Finance Minister Kwesi Appiah on 10 May 2025.",
     {P("Laura Bianchi", "Kwesi Appiah")}, date(2025, 5, 10)),
    ("the-visiting-minister",
     "President Dilma Arruda received Foreign Minister Sven Olsen of Denmark on 9 May 2025. The President "
     "and the visiting minister discussed trade.",
     {P("Dilma Arruda", "Sven Olsen")}, date(2025, 5, 9)),
    ("copy-of-credentials",
     "Deputy Foreign Minister Olena Hrytsenko received a copy of the credentials of the newly appointed "
     "Ambassador of Brazil, Rafael Nunes, on 13 May 2025.",
     {P("Olena Hrytsenko", "Rafael Nunes")}, date(2025, 5, 13)),
    ("pair-exchanged-views",
     "Minister Selim Yilmaz and Ambassador Maria Gonzalez exchanged views on regional issues in Ankara on "
     "12 May 2025.",
     {P("Selim Yilmaz", "Maria Gonzalez")}, date(2025, 5, 12)),
    ("working-lunch-with",
     "Minister Tove Berg held a working lunch with the Secretary-General of NATO, Marc Rutte, on 11 May 2025.",
     {P("Tove Berg", "Marc Rutte")}, date(2025, 5, 11)),
    ("welcomed-by-to-the-ministry",
     "The Ambassador of Egypt, Khaled Fawzy, was welcomed to the ministry by State Secretary Ana Horvat on "
     "10 May 2025.",
     {P("Khaled Fawzy", "Ana Horvat")}, date(2025, 5, 10)),
    ("phone-conversation",
     "President Matteo Ricci had a phone conversation with King Hamad bin Isa on 9 May 2025.",
     {P("Matteo Ricci", "Hamad bin Isa")}, date(2025, 5, 9)),
    ("at-the-invitation-received",
     "At the invitation of Foreign Minister Aziz Karimov, the Foreign Minister of Latvia, Inga Kalnina, "
     "paid an official visit to Tashkent on 8 May 2025. She was received by President Rustam Aliyev.",
     {P("Inga Kalnina", "Rustam Aliyev")}, date(2025, 5, 8)),
    ("engaged-in-discussions",
     "Commissioner Hedda Lind engaged in discussions with Minister of Finance Obinna Eze in Abuja on "
     "7 May 2025.",
     {P("Hedda Lind", "Obinna Eze")}, date(2025, 5, 7)),
    ("semicolon-list",
     "During his visit to Geneva on 6 May 2025, the Minister of Labour, Kamal Hossain, met with: Ines "
     "Lopez, Director-General of the ILO; and Peter Hahn, Secretary-General of the ITU.",
     {P("Kamal Hossain", "Ines Lopez"), P("Kamal Hossain", "Peter Hahn")}, date(2025, 5, 6)),
    ("side-headed-by",
     "Minister Kofi Ansah led the Ghanaian delegation to talks with the Togolese side, headed by Minister "
     "Afi Dogbe, on 12 May 2025.",
     {P("Kofi Ansah", "Afi Dogbe")}, date(2025, 5, 12)),
    ("meeting-with-the-side-headed-by",
     "Minister Kofi Ansah chaired a meeting with the Nigerian side, led by Minister Bola Adeyemi, in Accra on "
     "11 May 2025.",
     {P("Kofi Ansah", "Bola Adeyemi")}, date(2025, 5, 11)),
    ("between-delegations-led-respectively",
     "A meeting between the delegations of Ghana and Togo, led respectively by Minister Kofi Ansah and "
     "Minister Afi Dogbe, was held in Lome on 12 May 2025.",
     {P("Kofi Ansah", "Afi Dogbe")}, date(2025, 5, 12)),
    ("plural-title-list",
     "Minister Ana Ruiz met with Ambassadors Tom Kent of Canada, Lea Moser of Austria and Raj Patel of India "
     "on 12 May 2025.",
     {P("Ana Ruiz", "Tom Kent"), P("Ana Ruiz", "Lea Moser"), P("Ana Ruiz", "Raj Patel")}, date(2025, 5, 12)),
    ("discussed-over-the-phone",
     "Minister Yusuf Kaya and Foreign Minister Luis Mora discussed over the phone on 12 May 2025 the "
     "situation in the region.",
     {P("Yusuf Kaya", "Luis Mora")}, date(2025, 5, 12)),
    ("visit-by",
     "On 10 May 2025, President Nicolae Popescu received Foreign Minister Lars Eriksen, who was on an "
     "official visit to Moldova.",
     {P("Nicolae Popescu", "Lars Eriksen")}, date(2025, 5, 10)),
    # --- passives translated word for word (sixth round, part 2) --------------------------------
    ("was-received-to",
     "The Secretary-General of the Arab League, Karim Haddadi, was received on 14 May 2025 to the Prime "
     "Minister, Leyla Osmanova.",
     {P("Karim Haddadi", "Leyla Osmanova")}, date(2025, 5, 14)),
    ("accompanied-by-was-received-to",
     "The Secretary-General of the Arab League, His Excellency Karim Haddadi accompanied by his Chief of "
     "Staff Mr. Omar Said was received on 14 May 2025 to the Prime Minister, Head of Government Leyla "
     "Osmanova.",
     {P("Karim Haddadi", "Leyla Osmanova"), P("Omar Said", "Leyla Osmanova")}, date(2025, 5, 14)),
    ("talks-were-held-with",
     "Foreign Minister Ilse Marquardt arrived in Nairobi on 12 May 2025. Talks were held with Prime "
     "Minister Joseph Kiprono at State House.",
     {P("Ilse Marquardt", "Joseph Kiprono")}, date(2025, 5, 12)),
    # --- a side given as a group listed later (sixth round, part 2) ----------------------------
    ("the-following-group-presented-credentials",
     "The following ambassadors presented their credentials to President Aurelio Benvenuto on 12 May 2025:\n"
     "- H.E. Tom Kent of Canada\n- H.E. Lea Moser of Austria\n- H.E. Raj Patel of India",
     {P("Aurelio Benvenuto", "Tom Kent"), P("Aurelio Benvenuto", "Lea Moser"),
      P("Aurelio Benvenuto", "Raj Patel")}, date(2025, 5, 12)),
    ("credentials-to-the-president-colon-list",
     "On 12 May 2025, the ambassadors presented their credentials to the President, Aurelio Benvenuto: "
     "Tom Kent of Canada, Lea Moser of Austria and Raj Patel of India.",
     {P("Aurelio Benvenuto", "Tom Kent"), P("Aurelio Benvenuto", "Lea Moser"),
      P("Aurelio Benvenuto", "Raj Patel")}, date(2025, 5, 12)),
    ("received-the-following-delegations",
     "Minister Ana Ruiz received on 12 May 2025 the following delegations: the delegation of Canada, led by "
     "Minister Tom Kent, and the delegation of Austria, led by Minister Lea Moser.",
     {P("Ana Ruiz", "Tom Kent"), P("Ana Ruiz", "Lea Moser")}, date(2025, 5, 12)),
    # --- typing and styles of names (sixth round, part 2) ---------------------------------------
    ("word-glued-to-a-title",
     "Secretary General Amina Yusuf arrived in Islamabad on 12 May 2025. She met SenateChairman Tariq "
     "Mahmood Khan at his residence.",
     {P("Amina Yusuf", "Tariq Mahmood Khan")}, None),
    ("title-glued-to-a-name",
     "On 12 May 2025 Foreign MinisterAmina Yusuf met Ambassador Tariq Mahmood Khan in Lahore.",
     {P("Amina Yusuf", "Tariq Mahmood Khan")}, date(2025, 5, 12)),
    ("style-inside-a-name",
     "Secretary General Siti Rohana Dato Haji Abdul Rahman reaffirmed the commitment of the Assembly. She "
     "met Senate Chairman Tariq Mahmood Khan in Islamabad on 12 May 2025.",
     {P("Siti Rohana Dato Haji Abdul Rahman", "Tariq Mahmood Khan")}, date(2025, 5, 12)),
    # "have" helping the verb of the encounter is no "have talks" of its own
    ("have-held-talks",
     "Foreign Minister Rosa Quispe and Chilean Foreign Minister Pedro Soto have held talks in Lima on "
     "Monday, 12 May 2025.",
     {P("Rosa Quispe", "Pedro Soto")}, date(2025, 5, 12)),
    ("has-held-a-meeting-with",
     "The Secretary-General of the Commonwealth, Joan Pierce, has held a meeting with the Prime Minister of "
     "Malta, Karl Borg, in Valletta on 13 May 2025.",
     {P("Joan Pierce", "Karl Borg")}, date(2025, 5, 13)),
    # states that qualify the encounter the subject held are no owner of it
    ("held-a-two-states-ministers-meeting-with",
     "On May 12, Mr. Kenji Ito, Minister for Foreign Affairs, held a Japan-Sweden Foreign Ministers' Meeting "
     "with H.E. Ms. Greta Lind, Minister for Foreign Affairs of Sweden.",
     {P("Kenji Ito", "Greta Lind")}, date(2025, 5, 12)),
    # a family name alone that the tagger took for a common noun is the person the item named in full
    ("family-name-tagged-as-a-noun",
     "UNESCO Assistant Director-General Karim Santos arrived in Santiago on Monday. Santos met with the "
     "Minister of Education of Chile, Ana Rojas, on Tuesday, 13 May 2025.",
     {P("Karim Santos", "Ana Rojas")}, date(2025, 5, 13)),
    ("was-granted-an-audience-by",
     "Foreign Minister Rosa Quispe of Peru was granted an audience by King Felipe Borbon of Spain in Madrid on "
     "Monday, 12 May 2025.",
     {P("Rosa Quispe", "Felipe Borbon")}, date(2025, 5, 12)),
    # a family name after a honorific is the one person of the item whose full name ends with it
    ("honorific-and-family-name-the-tagger-does-not-know",
     "The Minister of Health of Ghana, Kwame Asante, visited the WHO Regional Office in Brazzaville. During the "
     "visit, Mr Asante held talks with the Regional Director, Dr Matshidiso Moeti, on 14 May 2025.",
     {P("Kwame Asante", "Matshidiso Moeti")}, date(2025, 5, 14)),
    ("honorific-and-family-name-that-is-a-city",
     "Ambassador Renata Lima presented her credentials on Monday. Ms Lima later met the Foreign Minister of "
     "Kenya, Musalia Mudavadi, on Tuesday, 13 May 2025.",
     {P("Renata Lima", "Musalia Mudavadi")}, date(2025, 5, 13)),
    ("had-had-talks",
     "By Friday, the two presidents, Ana Costa and Luis Prado, had had talks in Lisbon twice this year.",
     {P("Ana Costa", "Luis Prado")}, None),
    # --- a verb of discussion whose subject joins two people: they met (seventh round) -------------
    ("joint-subject-discussed",
     "Foreign Minister Rosa Quispe and Chilean Foreign Minister Pedro Soto discussed regional trade in Lima on "
     "Monday, 12 May 2025.",
     {P("Rosa Quispe", "Pedro Soto")}, date(2025, 5, 12)),
    ("dateline-joint-subject-discussed",
     "LUSAKA, 13 May 2025 (ZNA) - Zambian Minister of Energy Mwila Banda and the Ambassador of Japan, Kenji "
     "Mori, discussed investment in solar power.",
     {P("Mwila Banda", "Kenji Mori")}, date(2025, 5, 13)),
    ("joint-subject-reviewed",
     "On Wednesday, 14 May 2025, Secretary-General Amina Yusuf and the Foreign Minister of Malaysia, Ahmad "
     "Rizal, reviewed the progress of the joint programme in Kuala Lumpur.",
     {P("Amina Yusuf", "Ahmad Rizal")}, date(2025, 5, 14)),
    ("three-people-discussed",
     "Slovenian Foreign Minister Hana Novak, Polish Foreign Minister Piotr Zielinski and Hungarian Foreign "
     "Minister Eva Horvath discussed energy security in Warsaw on 9 May 2025.",
     {P("Hana Novak", "Piotr Zielinski"), P("Hana Novak", "Eva Horvath"), P("Piotr Zielinski", "Eva Horvath")},
     date(2025, 5, 9)),
    # --- a state hosting a state: its people, named after (seventh round) ------------------------
    ("state-hosted-state-delegations-led-by",
     "Canada hosted Mexico for talks in Ottawa on 12 May 2025. The Canadian delegation was led by Foreign "
     "Minister Claire Dubois, and the Mexican delegation by Foreign Secretary Jorge Salinas.",
     {P("Claire Dubois", "Jorge Salinas")}, date(2025, 5, 12)),
    ("state-hosted-state-then-its-ministers",
     "OTTAWA, 12 May 2025 - Canada hosted Mexico for talks on trade. Foreign Minister Claire Dubois welcomed her "
     "Mexican counterpart Jorge Salinas to the Lester B. Pearson Building.",
     {P("Claire Dubois", "Jorge Salinas")}, date(2025, 5, 12)),
]


# Phrasings the rules still miss, each with the reason; strict: a case that starts to pass fails
# here until it is taken off this list.
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("text,pairs,day", [
    pytest.param(*c[1:], id=c[0], marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[c[0]])]
                 if c[0] in KNOWN_MISSES else []) for c in CASES])
def test_an_encounter_reported_this_way_is_read(nlp, text, pairs, day):
    found = met(run(nlp, text, published=PUBLISHED))
    assert pairs <= set(found), f"missing {sorted(map(sorted, pairs - set(found)))}; found {sorted(map(sorted, found))}"
    if day is not None:
        assert all(day in found[pair] for pair in pairs), {tuple(sorted(p)): found[p] for p in pairs}


NO_ENCOUNTER = [
    ("planned", "Minister Ahmed Sabri will meet President Lina Haddad in Cairo next week."),
    ("other-sense", "Minister Ahmed Sabri said the new port meets the requirements set by President Lina Haddad."),
    ("appeal", "Senator Ahmed Sabri called on President Lina Haddad to resign."),
    ("appeal-after-a-time", "Senator Ahmed Sabri on Monday called on President Lina Haddad to ratify the treaty."),
    ("appeal-to-many-to-discuss", "Senator Ahmed Sabri called on the parties to discuss a ceasefire in Khartoum."),
    ("same-side", "Minister Ahmed Sabri and Governor Lina Haddad met with volunteers in Aswan on 3 May 2025."),
    ("negated", "Minister Ahmed Sabri did not meet President Lina Haddad during the summit."),
    ("co-chair-as-a-title", "The co-chair of the Joint Commission, Ahmed Sabri, said on 3 May 2025 that the "
     "report of Governor Lina Haddad was ready."),
    ("an-event-was-hosted-by", "The Regional Water Forum was hosted by Minister Ahmed Sabri and opened by "
     "Governor Lina Haddad in Aswan on 3 May 2025."),
    ("owner-of-a-thing", "Minister Ahmed Sabri welcomed President Lina Haddad's decision to open the border."),
    # welcoming a state's membership, accession or decision is no reception of anyone
    ("welcomed-a-membership", "Director-General Ahmed Sabri welcomed Jordan's membership of the Organization on 3 May 2025."),
    ("welcomed-an-accession-passive", "Iraq's accession to the Convention was welcomed by Minister Ahmed Sabri in "
     "Geneva on 3 May 2025."),
    ("welcomed-a-state-decision", "Secretary-General Lina Haddad warmly welcomed Ghana's decision to ratify the treaty."),
    ("welcomed-an-accession-of", "The accession of Chile to the Agreement was welcomed by Director-General Lina Haddad."),
    ("welcomed-as-a-member", "Director-General Ahmed Sabri welcomed Jordan as the newest member of the Organization on "
     "3 May 2025."),
    # a verb of discussion said of two people who were not together in an encounter
    ("discussion-planned", "Minister Ahmed Sabri and Governor Lina Haddad will discuss the budget in Cairo next week."),
    ("discussion-negated", "Minister Ahmed Sabri and Governor Lina Haddad did not discuss the budget in Cairo."),
    ("discussion-hypothetical",
     "If Minister Ahmed Sabri and Governor Lina Haddad discuss the budget, the talks could resume."),
    ("discussion-with-others", "Minister Ahmed Sabri and Governor Lina Haddad discussed the budget with farmers in "
     "Aswan on 3 May 2025."),
    # speakers in a parliament's debate (or at a conference) take part in it; they did not meet each other
    ("discussion-in-a-debate", "During the plenary debate on 3 May 2025, Senator Ahmed Sabri and Senator Lina "
     "Haddad discussed the report of the finance committee."),
    ("discussion-at-a-conference", "Professor Ahmed Sabri and Dr Lina Haddad discussed climate finance at the "
     "Regional Energy Conference in Amman on 3 May 2025."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_ENCOUNTER], ids=[c[0] for c in NO_ENCOUNTER])
def test_no_encounter_is_read_where_none_took_place(nlp, text):
    assert not met(run(nlp, text, published=PUBLISHED))
