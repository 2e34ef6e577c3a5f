"""Dates in news text: absolute dates, ranges, numeric and ISO dates, months and years, datelines,
and expressions resolved against a reference date; no date where the text gives none."""

from __future__ import annotations

from datetime import date

import pytest

from icgraph.extract.dates import (
    DateMention,
    dateline_mention,
    find_dateline,
    find_dates,
    reference_date,
)

REFERENCE = date(2025, 4, 20)  # a Sunday


def only(text: str, reference: date | None = REFERENCE) -> DateMention:
    mentions = find_dates(text, reference)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "span", "first"),
    [
        ("The forum opened on 18 April 2025 in Tashkent.", "18 April 2025", date(2025, 4, 18)),
        ("The talks were held on Friday, 18 April 2025, at the Secretariat.", "Friday, 18 April 2025",
         date(2025, 4, 18)),
        ("Signed April 17, 2025 in Dakar.", "April 17, 2025", date(2025, 4, 17)),
        ("It took place on Thursday, April 17, 2025.", "Thursday, April 17, 2025", date(2025, 4, 17)),
        ("It started on the 17th of April 2025.", "17th of April 2025", date(2025, 4, 17)),
        ("He visited the centre on the 30th of October 2017.", "30th of October 2017", date(2017, 10, 30)),
        ("The ministers met on 23 February 2017 in Jeddah.", "23 February 2017", date(2017, 2, 23)),
        ("Published 5th March, 2021 by the agency.", "5th March, 2021", date(2021, 3, 5)),
        ("The agreement of Jan 11, 2018 was renewed.", "Jan 11, 2018", date(2018, 1, 11)),
        ("On Sept. 3, 2019 the council met.", "Sept. 3, 2019", date(2019, 9, 3)),
        ("on Wed, 2 October 2024", "Wed, 2 October 2024", date(2024, 10, 2)),
        ("The record is dated 2025-04-18.", "2025-04-18", date(2025, 4, 18)),
        ("Issued 15/03/2019 at noon", "15/03/2019", date(2019, 3, 15)),
        ("Issued 15.03.2019 at noon", "15.03.2019", date(2019, 3, 15)),
        ("Issued 03/15/2019 (month first, the only reading)", "03/15/2019", date(2019, 3, 15)),
    ],
)
def test_absolute_dates(text, span, first):
    mention = only(text)
    assert mention.text == span
    assert text[mention.start:mention.end] == span
    assert mention.first == first
    assert mention.last is None
    assert mention.precision == "day"
    assert mention.relative is False


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The course runs from 8 to 12 April 2025 in Amman.", date(2025, 4, 8), date(2025, 4, 12)),
        ("The course runs 8-12 April 2025.", date(2025, 4, 8), date(2025, 4, 12)),
        ("The course runs 8–12 April 2025.", date(2025, 4, 8), date(2025, 4, 12)),
        ("The forum was held on December 28-29, 2022 in Nouakchott.", date(2022, 12, 28), date(2022, 12, 29)),
        ("The fair runs between 30 March and 2 April 2025.", date(2025, 3, 30), date(2025, 4, 2)),
        ("It lasted from 28 February to 2 March 2024.", date(2024, 2, 28), date(2024, 3, 2)),
        ("It lasted from March 30 to April 2, 2025.", date(2025, 3, 30), date(2025, 4, 2)),
        ("Workshops on 8 and 9 April 2025.", date(2025, 4, 8), date(2025, 4, 9)),
        ("The winter school ran December 30, 2024 to January 2, 2025.", date(2024, 12, 30), date(2025, 1, 2)),
        ("The winter school ran 30 December - 2 January 2025.", date(2024, 12, 30), date(2025, 1, 2)),
    ],
)
def test_date_ranges(text, first, last):
    mention = only(text)
    assert (mention.first, mention.last) == (first, last)
    assert mention.precision == "day"


def test_several_dates_in_text_order():
    text = "Agreed on 3 May 2023, ratified on June 5, 2024 and in force since 2025-01-01."
    assert [m.first for m in find_dates(text)] == [date(2023, 5, 3), date(2024, 6, 5), date(2025, 1, 1)]


@pytest.mark.parametrize(
    ("text", "span", "first"),
    [
        ("The minister met the delegation on September 18 in New York.", "September 18", date(2024, 9, 18)),
        ("On January 17, the foreign minister met the Director General.", "January 17", date(2025, 1, 17)),
        ("They met on 4 April.", "4 April", date(2025, 4, 4)),
        ("They met on 20 April.", "20 April", date(2025, 4, 20)),
        ("They met on 21 June.", "21 June", date(2024, 6, 21)),
        ("The exhibition runs through April 25th.", "April 25th", date(2025, 4, 25)),  # coming days
        ("The ministers met today in Cairo.", "today", REFERENCE),
        ("Today, the minister met the envoy.", "Today", REFERENCE),
        ("THE MINISTER MET THE ENVOY THIS MORNING.", "THIS MORNING", REFERENCE),  # a headline in capitals
        ("The envoy arrived yesterday afternoon.", "yesterday", date(2025, 4, 19)),
        ("The envoy leaves tomorrow.", "tomorrow", date(2025, 4, 21)),
        ("The ministers met on Monday.", "on Monday", date(2025, 4, 14)),
        ("The ministers met last Friday.", "last Friday", date(2025, 4, 18)),
        ("The ministers met last Sunday.", "last Sunday", date(2025, 4, 13)),  # in a report of a Sunday
        ("Bokova met Tuesday in Paris with the minister.", "Tuesday", date(2025, 4, 15)),
        ("The ministers met on Sunday.", "on Sunday", REFERENCE),
        ("The ministers will meet next Monday.", "next Monday", date(2025, 4, 21)),
        ("The ministers met on Tuesday last week.", "on Tuesday last week", date(2025, 4, 8)),
        ("They met last night in Cairo.", "last night", date(2025, 4, 19)),
        ("The envoy arrived two days ago.", "two days ago", date(2025, 4, 18)),
        ("They met the day before yesterday.", "the day before yesterday", date(2025, 4, 18)),
        ("THE ENVOY ARRIVED TWO DAYS AGO.", "TWO DAYS AGO", date(2025, 4, 18)),  # a headline in capitals
        ("The envoy will arrive the day after tomorrow.", "the day after tomorrow", date(2025, 4, 22)),
        ("The envoy arrived on Saturday of last week.", "on Saturday of last week", date(2025, 4, 12)),
        # a day of the month named alone: the report's month, or the month before for a later day
        ("The ministers met on the 14th in Cairo.", "on the 14th", date(2025, 4, 14)),
        ("On the 3rd, the envoy presented his credentials.", "On the 3rd", date(2025, 4, 3)),
        ("The delegation was received on the 21st.", "on the 21st", date(2025, 3, 21)),
        ("The envoy met the minister on the 20th of this month.", "on the 20th of this month", date(2025, 4, 20)),
        # a weekday of what is planned is the coming one: after "will", "is expected to", ...
        ("The envoy is expected to visit the Secretariat on Tuesday.", "on Tuesday", date(2025, 4, 22)),
        ("On Wednesday, the minister will travel to Lusaka.", "On Wednesday", date(2025, 4, 23)),
        ("The talks are scheduled to resume on Friday in Geneva.", "on Friday", date(2025, 4, 25)),
        ("The delegation is due to arrive on Sunday.", "on Sunday", REFERENCE),
        ("The summit, to be held on Saturday in Accra, will adopt a declaration.", "on Saturday", date(2025, 4, 26)),
        ("The vote is scheduled for Tuesday.", "Tuesday", date(2025, 4, 22)),
        # ... not where the plan is reported on a past day
        ("She said on Tuesday that the two ministers will meet in May.", "on Tuesday", date(2025, 4, 15)),
        ("The aim is to implement the plan adopted on Tuesday.", "on Tuesday", date(2025, 4, 15)),
        ("The ministers met on Thursday. They will meet again in June.", "on Thursday", date(2025, 4, 17)),
        ("The minister, whose tour will also take him to Lima, met his counterpart on Tuesday.", "on Tuesday",
         date(2025, 4, 15)),
    ],
)
def test_expressions_resolved_against_the_reference(text, span, first):
    mention = only(text)
    assert mention.text == span
    assert mention.first == first
    assert mention.relative is True
    assert mention.precision == "day"


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met today in Cairo.",
        "The envoy arrived yesterday.",
        "The ministers met on Monday.",
        "The minister met the delegation on September 18 in New York.",
        "The course runs from 8 to 12 April.",
    ],
)
def test_no_reference_no_date_for_relative_expressions(text):
    assert find_dates(text) == []


def test_month_and_year_precision():
    month = only("The strategy was adopted in May 2024.")
    assert (month.text, month.first, month.precision) == ("May 2024", date(2024, 5, 1), "month")
    year = only("Sharjah was the 2024 Capital of Culture.")
    assert (year.text, year.first, year.precision) == ("2024", date(2024, 1, 1), "year")
    assert only("Article 5 of the 2015 agreement applies.").precision == "year"
    assert [(m.text, m.first.year) for m in find_dates("Founded in 1946, reformed between 2019 and 2021.")] == [
        ("1946", 1946), ("2019", 2019), ("2021", 2021)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Growth slowed in mid-2019 and (2020) again; Vision\n2030 and By  2031.", ["2019", "2020", "2030", "2031"]),
        ("THE SUMMIT OF JANOVEMBER 2019", ["NOVEMBER 2019"]),  # a month's name right after another's letters
        ("Tue. 4 May; Thurs, the 6th of May 2025", ["Tue. 4 May", "Thurs, the 6th of May 2025"]),
        ("2019in 2020, x2021, _in 2022", []),  # "in" inside a word
    ],
)
def test_dates_wherever_they_start(text, found):
    assert [m.text for m in find_dates(text, REFERENCE)] == found


@pytest.mark.parametrize(
    "text",
    [
        "The 30th Edition of the festival.",
        "Progress towards Goal 3 was reviewed.",
        "The plan lists 68 activities in 12 countries.",
        "The Council may decide on the matter.",
        "The delegation of 12 members arrived.",
        "The Mayor of Rabat welcomed 5 Mayors.",
        "the 76th session of the World Health Assembly",
        "The debate on the 14th amendment continued.",
        "A report on the 30th anniversary of the treaty.",
        "The talks began a week ago in Doha.",
        "He stressed the role of March in history.",
        "They meet every Monday.",
        "A budget of 2,025 dollars and a 20.19 ratio.",
        "Dammam, Rabi'II 9, 1442, SPA --",
        "The forum drew 2000 participants and FY2024 budgets.",
    ],
)
def test_numbers_and_words_that_are_not_dates(text):
    assert find_dates(text, REFERENCE) == []


def test_impossible_days_are_not_dates():
    assert [m.precision for m in find_dates("on 31 April 2025")] == ["month"]
    assert find_dates("on 32/13/2020") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baku: 15/03/2019\n\nThe President of the Republic received ...", date(2019, 3, 15)),
        ("Makkah Al-Mukarramah: 29/05/2019\n\nThe Director General ...", date(2019, 5, 29)),
        ("Dammam, Rabi'II 9, 1442, Nov 24, 2020, SPA -- The Governor ...", date(2020, 11, 24)),
        ("ISLAMABAD (UrduPoint News / APP - 7th March, 2022) The Federal Minister ...",
         date(2022, 3, 7)),
        ("Lahore(UrduPoint / Pakistan Point News - 21st June, 2020)Chief Minister ...",
         date(2020, 6, 21)),
        ("23/02/2017 - The Secretary General of the Organization ...", date(2017, 2, 23)),
        ("Doha, October 4, 2022, On the margins of the forum ...", date(2022, 10, 4)),
        ("May 18, 2016\n\nUNDP Administrator with the President ...", date(2016, 5, 18)),
        ("Tunis, 12 March 2024 (TAP) - The minister ...", date(2024, 3, 12)),
        ("Cairo, Egypt, 5 May 2023 - Ministers ...", date(2023, 5, 5)),
        ("GENEVA (5 March 2024) – The High Commissioner ...", date(2024, 3, 5)),
        ("WASHINGTON, D.C., March 3, 2024 /PRNewswire/ -- The bank ...", date(2024, 3, 3)),
        ("Rabat - 18/04/2025 - The minister ...", date(2025, 4, 18)),
        ("By Grace Banda in Lusaka\n\nLusaka, 11 May 2025, Agency: The President ...", date(2025, 5, 11)),
        ("By Staff Reporter\nNAIROBI, 7 April 2025 - The Cabinet Secretary ...", date(2025, 4, 7)),
        ("Published on: 18 April 2025\nThe minister ...", date(2025, 4, 18)),
        # a heading line above the dateline; a place alone on its line above the date
        ("Joint Statement by the Prime Ministers of Norway and Iceland\n\nOslo, 21 October 2025\n\nThe Prime "
         "Ministers met today ...", date(2025, 10, 21)),
        ("Remarks by Prime Minister A at a joint press conference with President B\n\nWarsaw, Poland\nAugust 19, "
         "2025\n\nThank you ...", date(2025, 8, 19)),
        ("Minister receives envoy\n\nOn 12 May 2025, the Minister received ...", None),
        ("The Minister met the Ambassador.\nOn 12 May 2025, he travelled ...", None),
        ("KABUL (PAN): The government and the UNDP on Saturday signed ...", None),
        ("On 21 November 2018, a Memorandum of Understanding was signed ...", None),
        ("The Secretary General, on 23 February 2017, received the ambassador ...", None),
        ("Today, at the headquarters of the General Secretariat ...", None),
        ("Paris, November 8 (RHC)-- The Director General met ...", None),
    ],
)
def test_datelines(text, expected):
    assert find_dateline(text) == expected


def test_yearless_dateline_takes_the_year_from_a_reference():
    text = "Paris, November 8 (RHC)-- The Director General met Tuesday in Paris ..."
    assert find_dateline(text, date(2017, 11, 8)) == date(2017, 11, 8)
    assert find_dateline("LONDON, Oct 3 (Reuters) - The minister ...", date(2024, 12, 1)) == date(2024, 10, 3)


def test_dateline_mention_carries_its_offsets():
    text = "Baku: 15/03/2019\n\nThe President received ..."
    mention = dateline_mention(text)
    assert (mention.start, mention.end, mention.text) == (6, 16, "15/03/2019")


def test_reference_date_prefers_the_published_date():
    text = "Baku: 15/03/2019\n\nThe President received the delegation today."
    assert reference_date(text, date(2019, 3, 16)) == date(2019, 3, 16)
    assert reference_date(text, None) == date(2019, 3, 15)
    assert reference_date("The President received the delegation today.", None) is None


def test_relative_dates_follow_the_dateline():
    text = "Baku: 15/03/2019\n\nThe President today received the Director General, who arrived yesterday."
    reference = reference_date(text, None)
    relative = [m for m in find_dates(text, reference) if m.relative]
    assert [(m.text, m.first) for m in relative] == [("today", date(2019, 3, 15)), ("yesterday", date(2019, 3, 14))]


PLAN = r"\b(?:will|(?:is|are)\s+(?:expected|due)\s+to|continues\s+(?:[\w-]+\s+){0,4}?until)\s"


@pytest.mark.parametrize("text", [
    "Minister Ilse Marow will visit Tallinn on Monday.", "THE MINISTER IS EXPECTED TO ARRIVE.",
    "The visit continues in Tartu until Friday.", "Minister Ilse Marow met Otto Lind on Monday.",
    "The minister \u017fhall not; she wi\u0131\u0131 arrive.", "",
])
def test_a_guarded_pattern_finds_what_its_pattern_finds(text):
    """A pattern searched only where one of the words it needs stands ("will", "expected", "due",
    "continues") finds what it finds everywhere, in any part of the text, whatever its case and
    letters ("\u0131" matches "i" case-blind). Texts invented."""
    import re

    from icgraph.extract.dates import GuardedPattern
    guarded = GuardedPattern.of(re.compile(PLAN, re.I))
    assert guarded.needs == frozenset({"will", "expected", "due", "continues"})
    for start, end in ((0, None), (9, None), (0, 20), (13, len(text))):
        found, searched = guarded.search(text, start, end), re.compile(PLAN, re.I).search(text, start, len(text) if end is None else end)
        assert (found and found.span()) == (searched and searched.span())


def test_the_words_a_pattern_needs_follow_its_flags():
    """A verbose pattern's spaces are no words it needs; a pattern that may match with no word needs none."""
    import re

    from icgraph.extract.dates import needed_words
    assert needed_words(re.compile(r"held \s+ talks", re.X)) == frozenset({"talks"})  # not " talks"
    assert needed_words(re.compile(r"held talks")) == frozenset({"held talks"})
    assert needed_words(re.compile(r"\d+\s+(?:days|[A-Z]\w+)")) is None
