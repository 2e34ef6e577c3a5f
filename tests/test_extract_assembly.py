"""Event assembly across sentences (src/icgraph/extract/assembly.py): people named outside the
sentence that reports a meeting join it on a side. Texts invented, in the house styles where the
issue found the misses."""

from __future__ import annotations

import re

import pytest
from test_extract import label, meeting_pairs, run

from icgraph.model import MEETING_KINDS, Role


def sides(ex) -> list[tuple[set[str], set[str]]]:
    """(hosts, guests) of each reception or visit."""
    return [({label(ex, p.agent) for p in e.participations if p.role == Role.HOST},
             {label(ex, p.agent) for p in e.participations if p.role == Role.GUEST}) for e in ex.events]


def test_a_list_of_people_met_one_by_one_is_one_meeting_with_each(nlp):
    """...and a family name written in capitals after a honorific and a given name stays in the name."""
    ex = run(nlp, "During a working visit to Portugal, OECD Secretary-General Tomas Ekwall met with:\n\n"
                  "• Mr. Duarte Vasconcelos Lima, President\n"
                  "• Mr. Henrique Sales Moreira, Prime Minister\n"
                  "• Mr. Nuno VALENTE DE CASTRO, Chairman of the Portuguese Trade Agency\n\n"
                  "Later, Mr Ekwall spoke to business leaders at a seminar.")
    assert meeting_pairs(ex) == {frozenset({"Tomas Ekwall", "Duarte Vasconcelos Lima"}),
                                 frozenset({"Tomas Ekwall", "Henrique Sales Moreira"}),
                                 frozenset({"Tomas Ekwall", "Nuno Valente de Castro"})}


def test_attendees_named_later_join_the_side_they_serve_or_the_delegation(nlp):
    ex = run(nlp, "Turkish President Mehmet Ali Korkmaz on Sunday received a delegation of the "
                  "Organization of Turkic States (OTS) in Ankara.\n\n"
                  "The meeting was attended by OTS Secretary-General Nurlan Abdykadyrov.\n\n"
                  "Those present included Elchin Mammadli, foreign minister of Azerbaijan; and Sardor "
                  "Yusupbekov, foreign minister of Uzbekistan.\n\n"
                  "Also attending the meeting was Turkish Foreign Minister Ozan Aydemir.")
    assert sides(ex) == [({"Mehmet Ali Korkmaz", "Ozan Aydemir"},
                          {"Nurlan Abdykadyrov", "Elchin Mammadli", "Sardor Yusupbekov"})]


def test_a_delegation_named_as_a_group_takes_the_members_listed_later(nlp):
    ex = run(nlp, "The Bureau met with Nguyen Thi Minh Hoa, Minister of Health of Viet Nam, in Hanoi on Tuesday.\n\n"
                  "The delegation to Viet Nam included: Martin Echeverry Lasso, Permanent Representative of "
                  "Colombia; and Claire Whitford, Counsellor of the Permanent Mission of Canada.")
    assert {frozenset({"Nguyen Thi Minh Hoa", "Martin Echeverry Lasso"}),
            frozenset({"Nguyen Thi Minh Hoa", "Claire Whitford"})} <= meeting_pairs(ex)


def test_a_misspelled_frame_or_event_kind_fails_at_load_naming_file_and_line(tmp_path):
    import shutil

    from icgraph.errors import InputError
    from icgraph.extract.lexicon import EXTRACTION_DIR, load_lexicon

    shutil.copytree(EXTRACTION_DIR, tmp_path / "x")
    triggers = tmp_path / "x" / "triggers.tsv"
    original = triggers.read_text(encoding="utf-8")
    triggers.write_text(original + "pay ~ courtesy call\treception\treceve\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"triggers.tsv:\d+: unknown frame 'receve'"):
        load_lexicon(tmp_path / "x")
    triggers.write_text(original + "pay ~ courtesy call\treceptoin\treceive\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"unknown event kind 'receptoin'"):
        load_lexicon.__wrapped__(tmp_path / "x")
    assert load_lexicon().triggers  # the shipped tables load


@pytest.mark.parametrize(("table", "row", "message"), [
    ("verb_forms.tsv", "Met\tmeet\n", r"verb_forms.tsv:\d+: expected a form and its lemma"),
    ("generic_roles.tsv", "head-of-state\tpresidnet\n", r"generic_roles.tsv:\d+: expected two role ids"),
    ("portfolio_words.txt", "Foreign Affairs\n", r"portfolio_words.txt:\d+: expected one lower-case word"),
])
def test_headline_word_tables_fail_at_load_naming_file_and_line(tmp_path, table, row, message):
    """The irregular verb forms a headline is read with and the generic roles ("Head of State") that
    describe a headline's titles are checked data."""
    import shutil

    from icgraph.errors import InputError
    from icgraph.extract.lexicon import EXTRACTION_DIR, load_lexicon

    shutil.copytree(EXTRACTION_DIR, tmp_path / "x")
    path = tmp_path / "x" / table
    path.write_text(path.read_text(encoding="utf-8") + row, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_lexicon.__wrapped__(tmp_path / "x")


def test_encounter_nouns_are_checked_data_of_meeting_kinds(tmp_path, nlp):
    """ "the bilateral between A and B": the nouns that name an encounter are data; a kind outside the
    meeting family fails at load with its line."""
    import shutil

    from icgraph.errors import InputError
    from icgraph.extract.lexicon import EXTRACTION_DIR, load_lexicon

    assert load_lexicon().encounter_nouns["bilateral"] in MEETING_KINDS
    shutil.copytree(EXTRACTION_DIR, tmp_path / "x")
    nouns = tmp_path / "x" / "encounter_nouns.tsv"
    nouns.write_text(nouns.read_text(encoding="utf-8") + "summit\tconference\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"encounter_nouns.tsv:\d+: expected a noun and a meeting kind"):
        load_lexicon(tmp_path / "x")
    ex = run(nlp, "The bilateral between Chancellor Anna Lind and Prime Minister Karl Berg lasted an hour.")
    assert meeting_pairs(ex) == {frozenset({"Anna Lind", "Karl Berg"})}


def test_news_media_are_checked_data_and_no_side_of_an_encounter(tmp_path, nlp):
    """ "talked to the BBC", "told the Interfax news agency": a medium told something is no counterpart;
    the list is data, and a repeated or capitalised phrase fails at load with its line."""
    import shutil

    from icgraph.errors import InputError
    from icgraph.extract.lexicon import EXTRACTION_DIR, load_lexicon, news_medium

    lexicon = load_lexicon()
    assert news_medium(("British Broadcasting Corporation", "BBC"), lexicon)
    assert news_medium(("Xinhua News Agency",), lexicon)
    assert not news_medium(("Ministry of Information and Broadcasting",), lexicon)
    assert not news_medium(("African Union Commission", "AUC"), lexicon)
    shutil.copytree(EXTRACTION_DIR, tmp_path / "x")
    media = tmp_path / "x" / "news_media.txt"
    media.write_text(media.read_text(encoding="utf-8") + "BBC\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"news_media.txt:\d+: expected one new lower-case phrase, got 'BBC'"):
        load_lexicon(tmp_path / "x")
    ex = run(nlp, "Foreign Minister Anna Lind talked to CNN on Tuesday. Later she spoke to Foreign Minister Karl "
                  "Berg of Norway by telephone about the summit.")
    assert meeting_pairs(ex) == {frozenset({"Anna Lind", "Karl Berg"})}
    assert [e.kind.value for e in ex.events if e.kind in MEETING_KINDS] == ["phone-call"]


@pytest.mark.parametrize("said", [
    "spoke to Foreign Minister Karl Berg of Norway by telephone",
    "spoke to Karl Berg, Norway's foreign minister, by phone",
    "spoke on the phone with Norwegian Foreign Minister Karl Berg",
    "spoke with Norwegian Foreign Minister Karl Berg on the telephone",
    "talked by telephone with Norwegian Foreign Minister Karl Berg",
    "held talks by phone with Norwegian Foreign Minister Karl Berg",
])
def test_spoken_to_by_phone_is_a_phone_call(nlp, said):
    ex = run(nlp, f"Foreign Minister Anna Lind {said} on Monday about the summit.")
    assert meeting_pairs(ex) == {frozenset({"Anna Lind", "Karl Berg"})}
    assert [e.kind.value for e in ex.events if e.kind in MEETING_KINDS] == ["phone-call"]


def test_speaking_to_reporters_by_phone_calls_no_one(nlp):
    ex = run(nlp, "Foreign Minister Anna Lind spoke to reporters by phone after meeting Norwegian Foreign Minister "
                  "Karl Berg on Monday.")
    assert [(e.kind.value, {label(ex, p.agent) for p in e.participations}) for e in ex.events
            if e.kind in MEETING_KINDS] == [("meeting", {"Anna Lind", "Karl Berg"})]


def test_days_after_an_encounter_count_back_from_the_day_of_the_clause_that_tells_it(nlp):
    from datetime import date

    def day(text: str) -> set[date | None]:
        ex = run(nlp, text, published=date(2025, 5, 16))
        return {e.start for e in ex.events if e.kind in MEETING_KINDS}

    assert day("Foreign Minister Anna Lind said on Monday, a day after talks with Norwegian Foreign Minister "
               "Karl Berg, that the sides agreed.") == {date(2025, 5, 11)}
    assert day("The statement came two days after Foreign Minister Anna Lind held talks with Norwegian Foreign "
               "Minister Karl Berg in Oslo.") == {date(2025, 5, 14)}
    # the clause after "after" is another event's, and one that dates itself keeps its day
    assert day("The day after the summit ended Foreign Minister Anna Lind met Norwegian Foreign Minister Karl "
               "Berg in Oslo.") == {date(2025, 5, 16)}
    assert day("The statement came a day after Foreign Minister Anna Lind met Norwegian Foreign Minister Karl "
               "Berg on Monday.") == {date(2025, 5, 12)}


def test_a_dateline_opening_a_later_paragraph_dates_the_report_not_the_meeting(nlp):
    from datetime import date

    ex = run(nlp, "The Department hosts a dinner for the new ambassadors.\n\n"
                  "MANILA 25 March 2025 – Ambassador Stoyan Ivanchev presented his credentials to President "
                  "Ramon Aguirre Jr. at Malacanang Palace in a ceremony attended by officials of the "
                  "Department of Foreign Affairs on 19 March 2025.", published=date(2025, 3, 25))
    dates = {e.start for e in ex.events if "Stoyan Ivanchev" in {ex.entity(p.agent).name for p in e.participations}}
    assert dates == {date(2025, 3, 19)}


def test_an_encounter_dated_nowhere_takes_the_narrative_time_else_the_report_day(nlp):
    """ "received X on Sunday ... later met Y" keeps Sunday; a date long before the report dates a
    past event, not the narrative; with nothing stated the report's day dates the encounter."""
    from datetime import date

    ex = run(nlp, "Foreign Minister Lena Varga received in Vienna on Sunday the Secretary-General of the Danube "
                  "Commission, Mr. Tomas Kral. Ms. Varga later met with Mr. Ivo Petrov, Foreign Minister of Bulgaria, "
                  "for talks on bilateral relations.", published=date(2024, 6, 4))
    starts = {frozenset(label(ex, p.agent) for p in e.participations): e.start for e in ex.events}
    assert starts[frozenset({"Lena Varga", "Tomas Kral"})] == date(2024, 6, 2)
    assert starts[frozenset({"Lena Varga", "Ivo Petrov"})] == date(2024, 6, 2)
    ex = run(nlp, "The Danube Commission was founded on 18 August 1948 in Belgrade.\n\n"
                  "Mr. Tomas Kral, Director-General of the Danube Commission, received Mr. Ivo Petrov, Foreign "
                  "Minister of Bulgaria.", published=date(2024, 6, 4))
    assert {e.start for e in ex.events if e.kind in MEETING_KINDS} == {date(2024, 6, 4)}


def test_signed_with_b_makes_b_the_counterpart_and_the_reporting_agency_no_party(nlp):
    from icgraph.model import NewsItem
    from icgraph.extract import extract

    text = ("ASTANA. KAZINFORM The Ministry of Energy of Kazakhstan has signed an agreement on cooperation "
            "with the International Renewable Energy Agency, Kazinform correspondent reports.")
    ex = extract(NewsItem(id="t", text=text, publisher="Kazinform International News Agency"), nlp)
    parties = [{ex.entity(k).name for k in a.parties} for a in ex.agreements]
    # the ministry signs for its state, a party too; the agency reporting it is none
    assert parties == [{"Ministry of Energy of Kazakhstan", "Kazakhstan",
                        "International Renewable Energy Agency"}]


def test_a_counterpart_named_by_his_organization_is_a_party_of_what_both_signed(nlp):
    ex = run(nlp, "The Secretary-General of the World Meteorological Organization (WMO), Ms. Helga Nordvik, "
                  "and her counterpart from the International Maritime Organization (IMO), "
                  "Mr. Joseph K. Adomako, signed a memorandum of understanding on March 14, 2019 in London.")
    assert [len(a.parties) for a in ex.agreements] == [2]
    assert frozenset({"Helga Nordvik", "Joseph K. Adomako"}) in meeting_pairs(ex)


def test_sessions_of_a_named_meeting_and_its_chair_when_no_encounter_is_reported(nlp):
    ex = run(nlp, "Two sessions of the 84th Meeting of the Andean Consultation Forum were held on May 7 and 8. "
                  "Both sessions were chaired by Ambassador Lila Roldan Vazquez, who thanked the representatives.")
    chaired = {e.name for e in ex.events for p in e.participations
               if ex.entity(p.agent).name == "Lila Roldan Vazquez" and p.role.value == "chair"}
    assert len(chaired) == 1 and "Andean Consultation Forum" in chaired.pop()  # not "Both sessions"


def test_hosting_a_person_names_no_event(nlp):
    ex = run(nlp, "On Wednesday, the National Defence College hosted Karim Abdel Wahab, Secretary General of the Arab League.")
    assert not [e for e in ex.events if e.name and "Wahab" in e.name]


def test_a_gathering_led_by_a_host_takes_the_guests_listed_as_attending_it(nlp):
    ex = run(nlp, "The reception, held at the Diamond Hotel, was led by Undersecretary Rosalind De Los Santos, joined by "
                  "Chief of Protocol Ramon Villaflor.\n\n"
                  "The following ambassadors attended the dinner:\n\n"
                  "• H.E. Stoyan Ivanchev of the Republic of Bulgaria\n"
                  "• H.E. Paul Wagener of the Grand Duchy of Luxembourg\n")
    assert sides(ex) == [({"Rosalind De Los Santos", "Ramon Villaflor"}, {"Stoyan Ivanchev", "Paul Wagener"})]


def test_a_list_under_a_header_naming_a_role_gives_each_person_that_role(nlp):
    from test_extract import posts

    ex = run(nlp, "The following non-resident Ambassadors attended the dinner:\n\n"
                  "• H.E. Stoyan Ivanchev of the Republic of Bulgaria\n"
                  "• H.E. Paul Wagener of the Grand Duchy of Luxembourg\n")
    assert {("Stoyan Ivanchev", "Bulgaria"), ("Paul Wagener", "Luxembourg")} <= posts(ex)


def test_the_agency_in_a_credit_line_is_no_entity_of_the_item(nlp):
    from test_extract import names

    from icgraph.model import EntityKind

    ex = run(nlp, "Tehran, IRNA - Iranian Foreign Minister Reza Tavakolian met his Omani counterpart Salim Al Harthy "
                  "in Tehran on Monday.")
    assert "Islamic Republic News Agency" not in names(ex, EntityKind.ORGANIZATION)
    ex = run(nlp, "Iranian Foreign Minister Reza Tavakolian told IRNA that he met his Omani counterpart.")
    assert "Islamic Republic News Agency" in names(ex, EntityKind.ORGANIZATION)


@pytest.mark.parametrize("sentence", [
    "President Anna Berg did not meet Prime Minister Karl Lind during the summit.",
    "Minister Anna Berg and Deputy Minister Karl Lind met with volunteers in the city.",
    "Minister Anna Berg said the new law will meet the requirements set by Commissioner Karl Lind.",
    "Senator Anna Berg called on Minister Karl Lind to resign.",
])
def test_no_encounter_where_none_took_place_or_the_counterpart_is_unnamed(nlp, sentence):
    assert not meeting_pairs(run(nlp, sentence))


@pytest.mark.parametrize("sentence", [
    "Minister Anna Berg's call with her counterpart Karl Lind focused on trade.",
    "A telephone conversation between President Anna Berg and Prime Minister Karl Lind took place on Monday.",
])
def test_nominal_and_possessive_mentions_of_an_encounter(nlp, sentence):
    assert meeting_pairs(run(nlp, sentence)) == {frozenset({"Anna Berg", "Karl Lind"})}


def test_a_pronoun_opening_a_sentence_stands_for_the_person_the_previous_one_is_about(nlp):
    ex = run(nlp, "President Anna Berg met Prime Minister Karl Lind on Monday. Later she received Ambassador Eva Holm.")
    assert ({"Anna Berg"}, {"Eva Holm"}) in sides(ex)


def test_a_person_coordinated_after_the_object_joins_it_wherever_the_parse_hangs_them(nlp):
    ex = run(nlp, "BEIJING, March 4 (Xinhua) -- Chinese Vice Foreign Minister Zhou Wenbin held talks with U.S. Deputy "
                  "Assistant Secretary of State for Economic Affairs Mark Hollis, and Karen Whitley, "
                  "senior director for Asia affairs of the White House National Security Council, in Tianjin, "
                  "the Chinese Foreign Ministry said on Tuesday.")
    assert {frozenset({"Zhou Wenbin", "Mark Hollis"}), frozenset({"Zhou Wenbin", "Karen Whitley"})} <= meeting_pairs(ex)


def test_the_person_right_after_a_reception_verb_is_its_guest_whatever_the_parse(nlp):
    ex = run(nlp, "The Vice-President of the ECOWAS Commission, H.E. Dr Kwesi Ampofo Darko, welcomed His Excellency "
                  "Ibrahima Sangare, the Ambassador and Permanent Representative of Guinea to ECOWAS at the ECOWAS "
                  "Commission offices in Abuja, for a farewell audience at the end of his term.")
    assert frozenset({"Kwesi Ampofo Darko", "Ibrahima Sangare"}) in meeting_pairs(ex)


def test_a_guest_the_parse_put_in_the_subject_after_the_verb_is_the_guest(nlp):
    ex = run(nlp, "Spain's Prime Minister Lucia Navarro (R) welcomes European Commission Vice-President Anneke de Wit (L) "
                  "for a meeting at Moncloa Palace in Madrid, Spain.")
    assert sides(ex) == [({"Lucia Navarro"}, {"Anneke de Wit"})]


def test_extraction_steps_read_only_what_an_earlier_step_wrote():
    from dataclasses import replace

    from icgraph.extract.steps import STEPS, check_steps

    check_steps(STEPS)
    posts = next(i for i, step in enumerate(STEPS) if "posts" in step.writes)
    early = tuple(replace(step, reads=step.reads | {"meetings"}) if i == posts else step for i, step in enumerate(STEPS))
    with pytest.raises(ValueError, match="reads meetings before any step writes it"):
        check_steps(early)
    with pytest.raises(ValueError, match="unknown data: meting"):
        check_steps(STEPS[:1] + (replace(STEPS[1], writes=frozenset({"meting"})),))


def test_a_name_in_apposition_closes_a_described_object_and_a_day_is_no_part_of_a_name(nlp):
    ex = run(nlp, "Riga, 3 March 2024: The Secretary General of the Baltic Council, Dr. Ilze Kalnina, held a meeting "
                  "with the new Ambassador of Chile accredited to Latvia and designated as representative to the "
                  "Council, Carlos Alberto Mendez Soto.")
    assert meeting_pairs(ex) == {frozenset({"Ilze Kalnina", "Carlos Alberto Mendez Soto"})}
    ex = run(nlp, "VILNIUS, May 6 (BNS):: Foreign Minister Senator Tomas Petraitis Thursday met with Secretary "
                  "General of the Baltic Council, Dr. Ilze Kalnina, on arrival here.")
    assert meeting_pairs(ex) == {frozenset({"Tomas Petraitis", "Ilze Kalnina"})}


def test_his_counterpart_of_a_country_is_the_one_person_holding_a_post_for_it(nlp):
    ex = run(nlp, "Turkish Foreign Minister Ahmet Kaya on Sunday spoke with his U.S. counterpart on the phone, "
                  "according to an official. The official said Kaya held the conversation at the request of U.S. "
                  "Secretary of State John Miller.")
    assert meeting_pairs(ex) == {frozenset({"Ahmet Kaya", "John Miller"})}


def test_signed_between_two_people_is_a_signing_where_they_met_and_an_instrument_is_no_person(nlp):
    ex = run(nlp, "Witnessed by the Minister of Trade, Mr. Omar Haddad, the Murabaha Agreement was signed between "
                  "the Director-General of the Nordic Development Fund, Ms. Karin Olsen, and the President of the "
                  "Andean Development Corporation, Mr. Luis Carranza.")
    assert "Murabaha Agreement" not in {e.name for e in ex.entities}
    assert frozenset({"Karin Olsen", "Luis Carranza"}) in meeting_pairs(ex)


M = "President Ilse Marow of Peru received Foreign Minister Karl Vento of Chile in Lima on Monday. "


@pytest.mark.parametrize("text, hosts, guests", [
    (M + "Accompanying the Minister were Chilean Ambassador Anna Berg and Deputy Minister Piet Haan.",
     {"Ilse Marow"}, {"Karl Vento", "Anna Berg", "Piet Haan"}),
    (M + "Participating in the meeting were Peruvian Foreign Minister Otto Lind and Chilean Ambassador Anna Berg.",
     {"Ilse Marow", "Otto Lind"}, {"Karl Vento", "Anna Berg"}),
    (M + "The Chilean delegation included Ambassador Anna Berg and Deputy Minister Piet Haan.",
     {"Ilse Marow"}, {"Karl Vento", "Anna Berg", "Piet Haan"}),
    (M + "On the Peruvian side, the talks were attended by Foreign Minister Otto Lind.",
     {"Ilse Marow", "Otto Lind"}, {"Karl Vento"}),
])
def test_attendees_join_the_side_their_post_or_the_sentence_names(nlp, text, hosts, guests):
    """Attendees no post places go to the side of the country the sentence names for them ("The
    Chilean delegation", "On the Peruvian side"). Texts invented."""
    assert sides(run(nlp, text)) == [(hosts, guests)]


def test_attendance_cues_are_checked_data_of_four_kinds(tmp_path):
    """A cue is plain, "companion", "encounter" (it speaks of the encounter without naming it: "The
    OECD was represented by A") or "side" (who stood for a party: "Canada was led by A"); another kind
    or a broken expression fails at load with its line."""
    from icgraph.errors import InputError
    from icgraph.extract.assembly import attendance_cues, encounter_cues, side_cues
    table = tmp_path / "attendance_cues.txt"
    table.write_text("attended by\njoined by\tcompanion\nrepresented by\tencounter\nwas led by\tside\n",
                     encoding="utf-8")
    cues, companions = attendance_cues(table)
    assert cues.search("Kenya was represented by A") and cues.search("The talks were attended by B")
    assert companions.search("He was joined by C") and not companions.search("represented by D")
    assert encounter_cues(table).search("represented by D") and not encounter_cues(table).search("attended by E")
    assert side_cues(table).search("Canada was led by F") and side_cues(table).search("represented by D")
    assert not cues.search("Canada was led by F") and not side_cues(table).search("attended by E")
    unknown = tmp_path / "unknown-kind.txt"  # (tables are read once per path)
    unknown.write_text("attended by\nled by\tleader\n", encoding="utf-8")
    with pytest.raises(InputError, match="cue 2 .*unknown kind 'leader'"):
        attendance_cues(unknown)
    broken = tmp_path / "broken.txt"
    broken.write_text("attended (by\n", encoding="utf-8")
    with pytest.raises(InputError, match="cue 1 .*not a regular expression"):
        attendance_cues(broken)


@pytest.mark.parametrize("phrase, needed", [
    ("attended by", {"attended by"}),
    ("(?:also )?(?:attending|present at) the (?:meeting|talks) (?:were|was)", {"attending", "present at"}),
    ("(?:those|also|others?) present (?:included|were|was)", {" present "}),
    ("(?:was|were|is|are)?\\s*joined(?: (?:at|in) the (?:meeting|call))? by", {"joined"}),
    ("(?:is|was) (?:also )?led by", {"led by"}),
    ("\\w+\\s+(?:\\d+|[A-Z])", None),  # a number or a capital: no word always
])
def test_a_cue_needs_the_words_it_always_matches(phrase, needed):
    """The words one of which every text a cue matches holds, read from the expression."""
    from icgraph.extract.dates import needed_words
    assert needed_words(re.compile(phrase, re.I)) == (frozenset(needed) if needed is not None else None)


@pytest.mark.parametrize("text", [
    "The talks were attended by Ilse Marow.", "THE TALKS WERE ATTENDED BY ILSE MAROW.",
    "Also in attendance were Otto Lind and Karl Vento.", "Ilse Marow received Otto Lind in Vienna.",
    "Tak\u0131ng part in the talks were Karl Vento.",  # a dotless i, which a case-blind "taking" matches
    "He was \u212aept company: joined by Otto Lind.", "Those pre\u017fent included Karl Vento.", "",
])
def test_cues_find_what_their_pattern_finds(text):
    """A sentence without a needed word is not searched; what the cues find is what their pattern finds,
    whatever the case and letters of the text. Texts invented."""
    from icgraph.extract.assembly import attendance_cues, side_cues
    for cues in (*attendance_cues(), side_cues()):
        found, searched = cues.search(text), cues.pattern.search(text)
        assert (found and found.span()) == (searched and searched.span())


def sided(ex) -> list[tuple[set[str], set[str]]]:
    """The people on each of the two sides of each meeting."""
    return [({label(ex, p.agent) for p in e.participations if p.side == 1},
             {label(ex, p.agent) for p in e.participations if p.side == 2}) for e in ex.events if e.kind in MEETING_KINDS]


@pytest.mark.parametrize("text, first, second", [
    ("The 20th EU-Canada summit took place in Brussels today. The EU was represented by the President of the "
     "European Council, Pedro Almeida, and the President of the European Commission, Hanna Lindqvist. Canada "
     "was represented by Prime Minister Marc Gagnon.", {"Pedro Almeida", "Hanna Lindqvist"}, {"Marc Gagnon"}),
    ("Polish-Korean political consultations were held in Warsaw on Monday. The Polish delegation was headed by "
     "Deputy Minister Tomasz Wrobel, the Korean side by Vice Foreign Minister Kim Dong-hyun.",
     {"Tomasz Wrobel"}, {"Kim Dong-hyun"}),
    ("The Japan-ASEAN summit opened in Jakarta on Monday. Japan was led by Prime Minister Kenji Watanabe, while "
     "ASEAN was represented by its Secretary-General, Anh Nguyen.", {"Kenji Watanabe"}, {"Anh Nguyen"}),
])
def test_an_encounter_named_for_its_parties_takes_each_partys_people_on_its_side(nlp, text, first, second):
    """ "The EU-Canada summit took place" and, later, "The EU was represented by A and B": A and B stand
    for the EU, one side, and did not meet each other. Texts invented."""
    assert sided(run(nlp, text)) == [(first, second)]


@pytest.mark.parametrize("text, pairs", [
    ("Delegations of Italy and Greece met in Rome on Monday to discuss search and rescue.", {frozenset({"Italy", "Greece"})}),
    ("Italy and Greece held talks in Rome on Monday on search and rescue.", {frozenset({"Italy", "Greece"})}),
    ("Italy and Greece met their targets for renewable power last year.", set()),
    ("Italy and Greece held talks in Rome on Monday. Italian Foreign Minister Marco Bianchi met Greek Foreign Minister "
     "Nikos Dimou at the Farnesina.", {frozenset({"Marco Bianchi", "Nikos Dimou"})}),
])
def test_two_institutions_whose_people_the_item_never_names_met_as_institutions(nlp, text, pairs):
    """ "X and Y held talks", "Delegations of X and Y met": an encounter of the two institutions when
    the item names no people of it and reports no encounter of people (most often the same one).
    Texts invented."""
    assert meeting_pairs(run(nlp, text)) == pairs
