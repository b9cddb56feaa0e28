"""Case table of the `when` check: only a date of the fact's own event is judged."""

from __future__ import annotations

import datetime as dt

import pytest
from cases import check_on, verdict

from factcheck.text.dates import find_dates

CUP = """
story: cup-2016
date: 2016-05-22
about: [rovers]
entities:
  rovers: {name: Rovers, aliases: [Bristol Rovers]}
places: {}
facts:
  - id: rovers-win-cup
    who: rovers
    what: [won the cup, crowned champions]
    when: 2016-05-21
"""
SUN = dt.date(2016, 5, 22)

CRASH = """
story: tram-2016
date: 2016-11-10
about: [tram]
entities:
  tram: {name: tram}
places: {}
facts:
  - id: tram-crash
    who: tram
    what: [crash]
    when: 2016-11-09
"""
THU = dt.date(2016, 11, 10)


def status(text: str, story: str = CUP, published: dt.date = SUN) -> tuple[str, str]:
    """The status of the story's one fact on ``text``, and the slots it clashes on."""
    return verdict(text, story, published)


CONSISTENT = ("consistent", "")
CLASH = ("contradicted", "when")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rovers won the cup on Saturday.", CONSISTENT),
        ("Rovers won the cup on Friday.", CLASH),
        ("Rovers won the cup in 2016.", CONSISTENT),
        ("Rovers won the cup in 2015.", CLASH),
        # coordinated dates: one that fits is enough, a clash needs them all
        ("Rovers won the cup in 2015 and 2016.", CONSISTENT),
        ("Rovers won the cup in 2014, 2015 and 2016.", CONSISTENT),
        ("Rovers won the cup in 2015 and again in 2016.", CONSISTENT),
        ("Rovers won the cup on Friday or Saturday.", CONSISTENT),
        # a list of dates none of which fits, each another time (another year, another month,
        # days more than a week apart): other times the act was done, not judged
        ("Rovers won the cup in 2014 and 2015.", CONSISTENT),
        ("Rovers won the cup in 2012, 2014 and 2015.", CONSISTENT),
        ("Rovers won the cup in March and April.", CONSISTENT),
        ("Rovers won the cup on April 2 and April 30.", CONSISTENT),
        # near-misses: alternatives, the ends of a range, days of one event
        ("Rovers won the cup in 2014 or 2015.", CLASH),
        ("Rovers won the cup on May 2 and May 4.", CLASH),
        # the ends of a range: one that fits is enough
        ("Rovers won the cup from 2016 to 2018.", CONSISTENT),
        ("Rovers won the cup in 2016-18.", CONSISTENT),
        ("Rovers won the cup from 2014 to 2015.", CLASH),
        # a relative clause after the phrase dates another event
        ("Rovers won the cup that they had lost in 2015.", CONSISTENT),
        # an earlier time the event happened
        ("Rovers, who were last crowned champions in 1990, celebrated all night.", CONSISTENT),
        ("Rovers had previously won the cup in 1990.", CONSISTENT),
        ("The last time Rovers won the cup was in 1990.", CONSISTENT),
        ("Rovers won the cup in 1990.", CLASH),
        # `since` dates the start of a span, not the event
        ("Rovers won the cup for the first time since 1990.", CONSISTENT),
        ("Rovers won the cup, their first title since early 1990.", CONSISTENT),
    ],
)
def test_only_a_date_of_the_fact_s_own_event_is_judged(
    text: str, expected: tuple[str, str]
) -> None:
    assert status(text) == expected


def test_a_possessive_weekday_before_the_phrase_is_doubtful() -> None:
    """`Tuesday's` resolves to the latest Tuesday; a date before the phrase is a rule measured
    unreliable, so the clash is shown as doubtful, not failed."""
    (result,) = check_on("Tuesday's tram crash is the worst in decades.", CRASH, THU)
    (when,) = [s for s in result.slots if s.slot == "when"]
    assert (result.status, when.status, when.found) == (
        "consistent",
        "doubtful",
        "Tuesday (2016-11-08)",
    )
    assert when.rule == "named/when.date-before-phrase"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive weekday names a day already past, whatever the tense of the verb
        ("Wednesday's tram crash is the worst in decades.", CONSISTENT),
        ("Wednesday\u2019s tram crash is the worst in decades.", CONSISTENT),
        ("Wednesday's tram crash killed seven people.", CONSISTENT),
        ("The tram crash on Tuesday killed seven people.", CLASH),
    ],
)
def test_a_possessive_weekday_is_the_latest_one(text: str, expected: tuple[str, str]) -> None:
    assert status(text, CRASH, THU) == expected


@pytest.mark.parametrize(
    "text, day",
    [
        ("Wednesday's crash is the worst in decades.", 9),
        ("Saturday's inquiry will hear from the driver.", 12),
        ("Crowds gathered ahead of Saturday's inquiry.", 12),
        ("Saturday's inquiry is expected to last a week.", 12),
    ],
)
def test_a_possessive_weekday_is_coming_only_with_a_future_marker(text: str, day: int) -> None:
    (date,) = find_dates(text, THU)
    assert (date.year, date.month, date.day) == (2016, 11, day)


def test_coordinated_dates_have_their_own_rule() -> None:
    (result,) = check_on("Rovers won the cup from 2014 to 2015.", CUP, SUN)
    (clash,) = result.contradictions
    assert clash.rule == "named/when.coordinated-dates"
    assert clash.found == "2014 (2014); 2015 (2015)"
