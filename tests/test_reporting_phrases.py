"""Case table: a fact whose phrase is itself a report (`reports earnings`, `announced the
buyback`, `published in the journal`). A reporting verb before a date most often makes the date
the saying's (`the company said on Sunday`), not the act's; when that verb is one of the
phrase's own words, the report is the fact's act and the date after it is its date. A reporting
verb past the phrase, or a word of another time (`since`), still date something else.

And `reports` is a present-tense verb of a schedule, as `meets` and `hosts` are: `Lowe's
reports earnings Wednesday`, in an article of Tuesday, is the Wednesday to come.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.text.dates import find_dates
from tests.cases import check_on

RESULTS = """
story: results
date: 2019-11-19
about: [lowes]
entities:
  lowes: {name: Lowe's, aliases: [Lowe's Companies], kind: organisation}
places: {}
facts:
  - id: earnings
    who: lowes
    what: [reports earnings, reported earnings]
    when: 2019-11-20
  - id: buyback
    who: lowes
    what: [announced its buyback]
    when: 2019-11-18
"""
PUBLISHED = dt.date(2019, 11, 19)  # a Tuesday: Monday is the 18th, Wednesday the 20th


@pytest.mark.parametrize(
    ("fact", "text", "expected"),
    [
        ("earnings", "Lowe's reports earnings Wednesday.", ("confirmed", "2019-11-20")),
        ("earnings", "Lowe's reports earnings Thursday.", ("contradicted", "2019-11-21")),
        ("buyback", "Lowe's announced its buyback Monday.", ("confirmed", "2019-11-18")),
        ("buyback", "Lowe's announced its buyback Sunday.", ("contradicted", "2019-11-17")),
        # a reporting verb past the phrase: the date is the saying's
        ("buyback", "Lowe's announced its buyback, the company said Sunday.", None),
        ("earnings", "Lowe's reports earnings, analysts told Reuters Thursday.", None),
        # a word of another time
        ("earnings", "Lowe's reported earnings since Thursday.", None),
    ],
)
def test_a_date_after_a_phrase_that_reports(
    fact: str, text: str, expected: tuple[str, str] | None
) -> None:
    results = {r.fact: r for r in check_on(text, RESULTS, PUBLISHED)}
    when = [s for s in results[fact].slots if s.slot == "when"]
    if expected is None:
        assert all(s.status != "contradicted" for s in when)
        assert results[fact].status == "consistent"
    else:
        (slot,) = when
        assert slot.status == expected[0]
        assert f"({expected[1]})" in str(slot.found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Lowe's reports earnings Wednesday.", dt.date(2019, 11, 20)),
        ("Lowe's reported earnings Wednesday.", dt.date(2019, 11, 13)),
        ("Target reports its results on Thursday.", dt.date(2019, 11, 21)),
    ],
)
def test_reports_with_a_weekday_is_the_coming_one(text: str, day: dt.date) -> None:
    (date,) = find_dates(text, PUBLISHED)
    assert (date.year, date.month, date.day) == (day.year, day.month, day.day)
