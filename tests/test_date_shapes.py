"""Case table of sentence shapes in which a date after the phrase is the phrase's own or
another predicate's: past a clock time (`at around 6:10am on Thursday`), past a place and its
region (`in Baoding, Hebei province on Saturday`), and past a finite auxiliary with its verb
(`opened fire Tuesday evening were improving ... Wednesday night`). Each shape: sentences that
must confirm or clash, and near-misses, one for each guard, that must not be judged."""

from __future__ import annotations

import datetime as dt

import pytest
from cases import check_on

TRAM = """
story: tram-2016
date: 2016-11-09
about: [tram]
entities:
  tram: {name: tram}
places: {}
facts:
  - id: tram-overturned
    who: tram
    what: [overturned, crash]
    when: 2016-11-09
"""
WELL = """
story: well-2016
date: 2016-11-06
about: [boy]
entities:
  boy: {name: boy}
places: {}
facts:
  - id: boy-fell
    who: boy
    what: [fell down, fell into]
    when: 2016-11-06
"""
GUNMAN = """
story: shooting-2016
date: 2016-11-09
about: [gunman]
entities:
  gunman: {name: gunman}
places: {}
facts:
  - id: gunman-opened-fire
    who: gunman
    what: [opened fire]
    when: 2016-11-09
"""
THU = dt.date(2016, 11, 10)
"""Published on Thursday 10 November; the tram and the gunman's events were on Wednesday."""
TUE = dt.date(2016, 11, 8)
"""Published on Tuesday 8 November; the boy fell on Sunday 6 November."""

CONFIRMED = ("consistent", "confirmed")
NOT_JUDGED = ("consistent", "unstated")
CLASH = ("contradicted", "contradicted")


def when_of(text: str, story: str, published: dt.date) -> tuple[str, str, str]:
    """The fact's status, the status of its `when` slot and that slot's rule path."""
    (result,) = check_on(text, story, published)
    (when,) = [s for s in result.slots if s.slot == "when"]
    return result.status, when.status, when.rule or ""


def status(text: str, story: str, published: dt.date) -> tuple[str, str]:
    return when_of(text, story, published)[:2]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The tram overturned at a fork in the tracks at around 6:10am on Thursday.", CLASH),
        ("The tram overturned at a fork in the tracks at around 6:10am on Wednesday.", CONFIRMED),
        ("The tram overturned at a fork in the tracks at 6.10am on Thursday.", CLASH),
        ("The tram overturned at a fork in the tracks at 6:10 a.m. GMT on Thursday.", CLASH),
        ("The tram overturned at a sharp bend in the tracks at about 6am on Thursday.", CLASH),
        # a noun in -ing is no verb
        ("The tram overturned near a building in the town at 6:10am on Thursday.", CLASH),
        # more than seven words before the time
        (
            "The tram overturned at a fork in the old tracks near the busy stop at 6:10am on "
            "Thursday.",
            NOT_JUDGED,
        ),
        # a clause break before the time
        (
            "The tram overturned at a fork in the tracks and at 6:10am on Thursday the line shut.",
            NOT_JUDGED,
        ),
        # a verb form before the time: the time may be its own
        ("The tram crash victims were at the stop at around 6:10am on Thursday.", NOT_JUDGED),
        (
            "The tram overturned near a crossing used by trains at around 6:10am on Thursday.",
            NOT_JUDGED,
        ),
        # a time after midnight: the day before fits too (`when.small-hours`)
        ("The tram overturned at a fork in the tracks at 12:47 a.m. on Thursday.", CONFIRMED),
        ("The tram overturned at a fork in the tracks at 12:47 a.m. on Friday.", CLASH),
        # a word of another time before the time (`from`, `by`): the start of a span
        ("The tram crash meant delays on the line from about 6am on Thursday.", NOT_JUDGED),
        # an irregular participle before the time
        (
            "The tram overturned at the fork in the line shut since about 6am on Thursday.",
            NOT_JUDGED,
        ),
        # no clock time: the date is too far
        (
            "The tram overturned at a fork in the tracks in the heavy rain early on Thursday.",
            NOT_JUDGED,
        ),
    ],
)
def test_a_clock_time_goes_with_the_date_after_it(text: str, expected: tuple[str, str]) -> None:
    assert status(text, TRAM, THU) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The boy fell down the 40m dry well in Baoding, Hebei province on Saturday morning.",
            CLASH,
        ),
        (
            "The boy fell down the 40m dry well in Baoding, Hebei province on Sunday morning.",
            CONFIRMED,
        ),
        ("The boy fell into the well in Lixian, Hebei, on Saturday.", CLASH),
        ("The boy fell into a well near Baoding, China on Saturday, state media said.", CLASH),
        # the date does not end its clause: it may go with what follows
        (
            "The boy fell into the well in Baoding, Hebei province on Saturday after lunch.",
            NOT_JUDGED,
        ),
        # a lower-case word after the comma: no region (here a hedge)
        ("The boy fell into the well in Baoding, probably on Saturday.", NOT_JUDGED),
        # no place preposition before the name
        ("The boy fell into the well of farmer Zhao, Li Wei on Saturday.", NOT_JUDGED),
        # more than seven words before the comma
        (
            "The boy fell down the 40m dry well near a field of cabbages in Baoding, Hebei "
            "province on Saturday.",
            NOT_JUDGED,
        ),
        # a verb form before the comma: the date may be its own
        ("The boy fell into a well dug in Baoding, Hebei province in 2015.", NOT_JUDGED),
        ("The boy fell into a well abandoned in Baoding, Hebei province in 2015.", NOT_JUDGED),
        # a clause break before the comma
        ("The boy fell into a well that lies in Baoding, Hebei province on Saturday.", NOT_JUDGED),
    ],
)
def test_a_place_and_its_region_before_the_date(text: str, expected: tuple[str, str]) -> None:
    assert status(text, WELL, TUE) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the phrase's own date stands before another predicate, whose date is the later one
        (
            "Two men shot when a gunman opened fire Tuesday evening were improving at the "
            "hospital Wednesday night.",
            CLASH,
        ),
        (
            "Two men shot when a gunman opened fire Wednesday evening were improving at the "
            "hospital Thursday night.",
            CONFIRMED,
        ),
        # no date of the phrase's own: the later predicate's date is not judged
        ("The gunman who opened fire was arrested on Thursday.", NOT_JUDGED),
        ("The gunman who opened fire was later arrested on Thursday.", NOT_JUDGED),
        ("The gunman who opened fire has been named on Thursday.", NOT_JUDGED),
        ("The gunman who opened fire will be named on Thursday.", NOT_JUDGED),
        ("The gunman who opened fire would have been named on Thursday.", NOT_JUDGED),
        (
            "Two men shot when a gunman opened fire were improving in hospital on Thursday.",
            NOT_JUDGED,
        ),
        # no auxiliary between the dates: both are read, and one that fits is enough
        ("A gunman opened fire Wednesday evening near the store Thursday.", CONFIRMED),
    ],
)
def test_a_later_date_of_another_predicate(text: str, expected: tuple[str, str]) -> None:
    assert status(text, GUNMAN, THU) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a copula is no other predicate: the noun phrase's date is judged
        ("The tram crash was on Tuesday.", CLASH),
        ("The tram crash was on Wednesday.", CONFIRMED),
        ("The tram crash was early on Tuesday.", CLASH),
    ],
)
def test_a_copula_is_no_other_predicate(text: str, expected: tuple[str, str]) -> None:
    assert status(text, TRAM, THU) == expected


@pytest.mark.parametrize(
    "text, story, published, rule",
    [
        (
            "The tram overturned at a fork in the tracks at around 6:10am on Thursday.",
            TRAM,
            THU,
            "named/when.date-after-clock-time",
        ),
        (
            "The boy fell down the 40m dry well in Baoding, Hebei province on Saturday morning.",
            WELL,
            TUE,
            "named/when.date-after-place",
        ),
        (
            "Two men shot when a gunman opened fire Tuesday evening were improving at the "
            "hospital Wednesday night.",
            GUNMAN,
            THU,
            "named/when.date-before-another-verb",
        ),
        # near the phrase, the usual rule
        ("The tram overturned at 6:10am on Tuesday.", TRAM, THU, "named/when.date-after-phrase"),
    ],
)
def test_each_shape_has_its_rule(text: str, story: str, published: dt.date, rule: str) -> None:
    assert when_of(text, story, published) == ("contradicted", "contradicted", rule)
