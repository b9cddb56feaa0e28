"""Case table: a day fronted before a comma (`On Monday,`) dates the phrase of a `when` clause
that opens right after the comma, its subject the fact's `who` (`On Monday, when the Vatican
under Pope Francis delivered its final report, those concerns were nowhere to be found`): the
clause tells what happened that day. Rule `when.date-fronted-when-clause`. Near-misses, whose
date is not judged: another date in the sentence, a past perfect, a reporting verb or a modal in
the clause, a comma between the subject and the phrase, another subject opening the clause, a
year after `In`."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

REPORT = """
story: nuns-report
date: 2014-12-16
about: [vatican]
entities:
  vatican: {name: Vatican, aliases: [the Vatican], kind: organisation}
  millea: {name: Marie Clare Millea, aliases: [Millea], kind: person}
places: {}
facts:
  - id: report-delivered
    who: vatican
    what: [delivered its final report]
    when: 2014-12-16
"""
PUBLISHED = dt.date(2014, 12, 17)  # a Wednesday: Tuesday is the 16th, Monday the 15th


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On Tuesday, when the Vatican delivered its final report, the sisters were relieved.",
            ("consistent", ""),
        ),
        (
            "On Monday, when the Vatican under Pope Francis delivered its final report on the"
            " subject, those concerns were nowhere to be found.",
            ("contradicted", "when"),
        ),
        (
            "Monday, when the Vatican delivered its final report, was a day of relief.",
            ("contradicted", "when"),
        ),
        # another date, a past perfect, a report, a modal, a comma, another subject, `In`
        (
            "On Monday, when the Vatican delivered its final report, the sisters recalled a"
            " meeting on Dec. 2.",
            ("consistent", ""),
        ),
        (
            "On Monday, when the Vatican had delivered its final report, the sisters met.",
            ("consistent", ""),
        ),
        (
            "On Monday, when the Vatican said it delivered its final report, the sisters met.",
            ("consistent", ""),
        ),
        (
            "On Monday, when the Vatican would have delivered its final report, the sisters met.",
            ("consistent", ""),
        ),
        (
            "On Monday, when the Vatican, under Pope Francis, delivered its final report, the"
            " sisters met.",
            ("consistent", ""),
        ),
        (
            "On Monday, when Millea asked whether the Vatican delivered its final report, no one"
            " answered.",
            ("consistent", ""),
        ),
        (
            "In 2013, when the Vatican delivered its final report, the sisters met.",
            ("consistent", ""),
        ),
    ],
)
def test_fronted_day_dates_the_when_clause(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, REPORT, PUBLISHED) == expected
