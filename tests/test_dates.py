"""Tests for factcheck.text.dates.find_dates."""

from __future__ import annotations

import datetime

import pytest

from factcheck.text.dates import DateMention, find_dates

TUE = datetime.date(2023, 9, 12)  # a Tuesday

Expected = tuple[str, int | None, int | None, int | None, str, bool]

CASES: list[tuple[str, datetime.date | None, list[Expected]]] = [
    # --- real sentences ---------------------------------------------------------------------
    (
        "There were indications that Kim's private armored train had crossed the border into "
        "Russia on Tuesday morning, the Defence Ministry in Seoul said.",
        TUE,
        [("Tuesday", 2023, 9, 12, "day", False)],
    ),
    (
        "State Department spokesperson Matthew Miller said on Monday.",
        TUE,
        [("Monday", 2023, 9, 11, "day", False)],
    ),
    (
        "On Monday, Mr. Putin arrived in Russia's far eastern city of Vladivostok to attend the "
        "2023 Eastern Economic Forum, which is slated to wrap up on Sept. 13.",
        TUE,
        [
            ("Monday", 2023, 9, 11, "day", False),
            ("2023", 2023, None, None, "year", False),
            ("Sept. 13", 2023, 9, 13, "day", False),
        ],
    ),
    (
        "Putin is currently in Vladivostok for the plenary session of the Eastern Economic Forum, "
        "which runs through Wednesday.",
        TUE,
        [("Wednesday", 2023, 9, 13, "day", False)],
    ),
    (
        "Russia began what it calls a special military operation in Ukraine on February 24, 2022.",
        TUE,
        [("February 24, 2022", 2022, 2, 24, "day", False)],
    ),
    (
        "the ongoing war against Ukraine, which started in February 2022.",
        TUE,
        [("February 2022", 2022, 2, None, "month", False)],
    ),
    (
        "The visit was the first known visit to North Korea by a Russian defense minister since "
        "the dissolution of the Soviet Union in 1991.",
        TUE,
        [("1991", 1991, None, None, "year", False)],
    ),
    (
        "Mr. Kim's visit to Russia follows a Russian defense official's visit to North Korea in "
        "late July.",
        TUE,
        [("late July", 2023, 7, None, "month", True)],
    ),
    ("A year and a half ago President Putin launched this war", TUE, []),
    (
        "Moscow and Pyongyang have further enhanced ties since the start of the war in Ukraine "
        "last year.",
        TUE,
        [("last year", 2022, None, None, "year", False)],
    ),
    (
        "has made just seven trips abroad and went across the inter-Korean border twice in his 12 "
        "years in power. Four of the trips were to China.",
        TUE,
        [],
    ),
    ("It marked the 70th anniversary of the armistice.", TUE, []),
    # --- full dates -------------------------------------------------------------------------
    (
        "It happened on September 12, 2023.",
        None,
        [("September 12, 2023", 2023, 9, 12, "day", False)],
    ),
    ("It happened on Sept. 12, 2023.", None, [("Sept. 12, 2023", 2023, 9, 12, "day", False)]),
    ("It happened on Sep 12 2023.", None, [("Sep 12 2023", 2023, 9, 12, "day", False)]),
    ("It happened on 12 September 2023.", None, [("12 September 2023", 2023, 9, 12, "day", False)]),
    ("It happened on 2023-09-12.", None, [("2023-09-12", 2023, 9, 12, "day", False)]),
    ("It happened on 12/09/2023.", TUE, []),
    ("The armistice of July 27, 1953 held.", TUE, [("July 27, 1953", 1953, 7, 27, "day", False)]),
    ("Dated Feb. 30, 2023 by mistake.", TUE, [("2023", 2023, None, None, "year", False)]),
    # --- month and day without year ---------------------------------------------------------
    ("The talks ended on July 27.", TUE, [("July 27", 2023, 7, 27, "day", False)]),
    ("The talks ended on 27 July.", TUE, [("27 July", 2023, 7, 27, "day", False)]),
    ("The vote is on Jan. 5.", TUE, [("Jan. 5", 2024, 1, 5, "day", False)]),
    (
        "The vote was on Dec. 20.",
        datetime.date(2024, 1, 3),
        [("Dec. 20", 2023, 12, 20, "day", False)],
    ),
    ("The talks ended on July 27.", None, [("July 27", None, 7, 27, "day", False)]),
    # --- month and year, bare months --------------------------------------------------------
    (
        "Prices rose in early September 2021.",
        TUE,
        [("early September 2021", 2021, 9, None, "month", True)],
    ),
    ("They met in July.", TUE, [("July", 2023, 7, None, "month", False)]),
    ("Kim visited Vladivostok in October.", TUE, [("October", 2022, 10, None, "month", False)]),
    (
        "The election in December will be close.",
        TUE,
        [("December", 2023, 12, None, "month", False)],
    ),
    ("Kim will travel there in March.", TUE, [("March", 2024, 3, None, "month", False)]),
    (
        "By mid-September the troops had left.",
        TUE,
        [("mid-September", 2023, 9, None, "month", True)],
    ),
    ("They met last July.", TUE, [("last July", 2023, 7, None, "month", False)]),
    ("They met last October.", TUE, [("last October", 2022, 10, None, "month", False)]),
    ("They meet next September.", TUE, [("next September", 2024, 9, None, "month", False)]),
    ("Troops may march on.", TUE, []),
    ("June Carter sang.", TUE, []),
    (
        "Between June and August.",
        TUE,
        [("June", 2023, 6, None, "month", False), ("August", 2023, 8, None, "month", False)],
    ),
    ("They met in July.", None, [("July", None, 7, None, "month", False)]),
    # --- years ------------------------------------------------------------------------------
    ("Prices rose in early 2022.", TUE, [("early 2022", 2022, None, None, "year", True)]),
    ("Prices rose by mid-2022.", TUE, [("mid-2022", 2022, None, None, "year", True)]),
    (
        "Prices rose until the end of 2021.",
        TUE,
        [("the end of 2021", 2021, None, None, "year", True)],
    ),
    (
        "From 2019 to 2022 it grew.",
        None,
        [("2019", 2019, None, None, "year", False), ("2022", 2022, None, None, "year", False)],
    ),
    ("Some 2000 people came, paying $2019 in the 1990s, or 1,999 each.", TUE, []),
    # --- weekdays ---------------------------------------------------------------------------
    ("Kim will visit on Friday.", TUE, [("Friday", 2023, 9, 15, "day", False)]),
    # a participle after `be` takes its tense from the modal or `to` before it
    ("The summit will be held on Friday.", TUE, [("Friday", 2023, 9, 15, "day", False)]),
    ("Kim will be allowed to leave on Friday.", TUE, [("Friday", 2023, 9, 15, "day", False)]),
    ("The talks are to be resumed on Friday.", TUE, [("Friday", 2023, 9, 15, "day", False)]),
    ("The summit could be delayed until Friday.", TUE, [("Friday", 2023, 9, 15, "day", False)]),
    ("The summit was held on Friday.", TUE, [("Friday", 2023, 9, 8, "day", False)]),
    ("The summit has been held on Friday.", TUE, [("Friday", 2023, 9, 8, "day", False)]),
    ("Kim was being driven on Friday.", TUE, [("Friday", 2023, 9, 8, "day", False)]),
    # a present-tense verb of a schedule, no determiner or owner before it, says coming
    ("The final takes place on Friday.", TUE, [("Friday", 2023, 9, 15, "day", False)]),
    ("The match kicks off on Friday.", TUE, [("Friday", 2023, 9, 15, "day", False)]),
    ("The trial resumes on Monday.", TUE, [("Monday", 2023, 9, 18, "day", False)]),
    ("Kim faces a hearing on Friday.", TUE, [("Friday", 2023, 9, 15, "day", False)]),
    # the same words as nouns: the clause's past verb after them decides
    ("The votes on Friday were counted.", TUE, [("Friday", 2023, 9, 8, "day", False)]),
    ("Two launches on Friday failed.", TUE, [("Friday", 2023, 9, 8, "day", False)]),
    ("It passed by 34 votes to 21 on Friday.", TUE, [("Friday", 2023, 9, 8, "day", False)]),
    # a house number before a street, or before `block`, is no year
    ("Kim stayed at 2015 Washtenaw Avenue.", TUE, []),
    ("Kim stayed at 1910 W. Main St. on Friday.", TUE, [("Friday", 2023, 9, 8, "day", False)]),
    ("Kim stayed in the 2000 block of Main Street.", TUE, []),
    ("In 2015 Kim stayed in Seoul.", TUE, [("2015", 2015, None, None, "year", False)]),
    ("Kim's plays on Friday drew crowds.", TUE, [("Friday", 2023, 9, 8, "day", False)]),
    ("Kim visited on Friday.", TUE, [("Friday", 2023, 9, 8, "day", False)]),
    ("The summit is scheduled for Tuesday.", TUE, [("Tuesday", 2023, 9, 12, "day", False)]),
    ("They met early on Tuesday.", TUE, [("Tuesday", 2023, 9, 12, "day", False)]),
    ("They met last Tuesday.", TUE, [("last Tuesday", 2023, 9, 5, "day", False)]),
    ("They meet again next Tuesday.", TUE, [("next Tuesday", 2023, 9, 19, "day", False)]),
    ("On Wednesday, Putin will host Kim.", TUE, [("Wednesday", 2023, 9, 13, "day", False)]),
    (
        "The ministry said the forum runs through Wednesday.",
        TUE,
        [("Wednesday", 2023, 9, 13, "day", False)],
    ),
    ("The exercises continued through Sunday.", TUE, [("Sunday", 2023, 9, 10, "day", False)]),
    (
        "Kim arrived on Monday and will meet Putin on Wednesday.",
        TUE,
        [("Monday", 2023, 9, 11, "day", False), ("Wednesday", 2023, 9, 13, "day", False)],
    ),
    ("Kim arrived on Monday.", None, []),
    ("Kim\u2019ll arrive on Thursday.", TUE, [("Thursday", 2023, 9, 14, "day", False)]),
    ("They meet this Tuesday.", TUE, [("this Tuesday", 2023, 9, 12, "day", False)]),
    ("On Thursday, July 27, they met.", TUE, [("Thursday, July 27", 2023, 7, 27, "day", False)]),
    ("It came on July 27 \u2014 a Thursday.", TUE, [("July 27", 2023, 7, 27, "day", False)]),
    ("The forum ended on Sept. 13th.", TUE, [("Sept. 13th", 2023, 9, 13, "day", False)]),
    # --- relative expressions ---------------------------------------------------------------
    ("The report came out today.", TUE, [("today", 2023, 9, 12, "day", False)]),
    ("The report came out yesterday.", TUE, [("yesterday", 2023, 9, 11, "day", False)]),
    ("The report comes out tomorrow.", TUE, [("tomorrow", 2023, 9, 13, "day", False)]),
    ("Talks resume next month.", TUE, [("next month", 2023, 10, None, "month", False)]),
    (
        "Talks stalled last month.",
        datetime.date(2024, 1, 15),
        [("last month", 2023, 12, None, "month", False)],
    ),
    ("Growth slowed this year.", TUE, [("this year", 2023, None, None, "year", False)]),
    ("Elections are due next year.", TUE, [("next year", 2024, None, None, "year", False)]),
    ("It rose earlier this year.", TUE, [("earlier this year", 2023, None, None, "year", True)]),
    ("It fell late last year.", TUE, [("late last year", 2022, None, None, "year", True)]),
    ("It doubled over the last year.", TUE, []),
    ("They met two years ago.", TUE, [("two years ago", 2021, None, None, "year", True)]),
    ("They met 18 months ago.", TUE, [("18 months ago", 2022, 3, None, "month", True)]),
    ("They met 5 days ago.", TUE, [("5 days ago", 2023, 9, 7, "day", False)]),
    ("They met a decade ago.", TUE, [("a decade ago", 2013, None, None, "year", True)]),
    ("They met one and a half years ago.", TUE, []),
    ("They met last week.", TUE, [("last week", 2023, 9, None, "month", True)]),
    ("They met last week.", datetime.date(2023, 9, 5), []),  # Aug 28 - Sep 3 spans two months
    ("It opened at 10 a.m. with 12 delegates.", TUE, []),
]


def _key(m: DateMention) -> Expected:
    return (m.text, m.year, m.month, m.day, m.precision, m.vague)


@pytest.mark.parametrize(("sentence", "anchor", "expected"), CASES)
def test_find_dates(sentence: str, anchor: datetime.date | None, expected: list[Expected]) -> None:
    assert [_key(m) for m in find_dates(sentence, anchor)] == expected


def test_offsets_and_text() -> None:
    sentence = "It started on February 24, 2022 and ended in 2023."
    for m in find_dates(sentence, TUE):
        assert sentence[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("the dissolution of the Soviet Union in 1991.", "in"),
        ("ties have grown since 1991.", "since"),
        ("Matthew Miller said on Monday.", "on"),
        ("It runs through Wednesday.", "through"),
        ("On Monday, he arrived.", "On"),
        ("The 2023 Eastern Economic Forum opened.", None),
    ],
)
def test_trigger(sentence: str, trigger: str | None) -> None:
    (mention,) = find_dates(sentence, TUE)
    span = mention.trigger
    assert (sentence[span[0] : span[1]] if span else None) == trigger


def test_no_date_words_is_cheap_and_empty() -> None:
    assert find_dates("Nothing to see here at all.", TUE) == []
