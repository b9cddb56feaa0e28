"""Case table of date forms the `when` check reads beyond written-out dates: weekday
abbreviations, `last night`, `the day before`, datelines, times after midnight and clock times
with a colon. Each form: sentences that must confirm, must not be judged, must clash."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, check_article, parse_story

MATCH = """
story: derby-2016
date: 2016-11-09
about: [rovers]
entities:
  rovers: {name: Rovers, aliases: [Bristol Rovers]}
places: {}
facts:
  - id: rovers-win-derby
    who: rovers
    what: [won the derby]
    when: 2016-11-09
"""
THU = dt.date(2016, 11, 10)
"""Published on Thursday; the derby was won on Wednesday 9 November."""

CONFIRMED = ("consistent", "")
NOT_JUDGED = ("consistent", "unstated")
CLASH = ("contradicted", "contradicted")


def status(text: str, published: dt.date = THU) -> tuple[str, str]:
    """The fact's status on ``text`` and the status of its `when` slot."""
    article = Article("a.md", "a.md", text, published=published)
    (result,) = check_article(article, [parse_story(MATCH, "story.yaml")])
    (when,) = [s for s in result.slots if s.slot == "when"]
    return result.status, "" if when.status == "confirmed" else when.status


def rule(text: str, published: dt.date = THU) -> str:
    article = Article("a.md", "a.md", text, published=published)
    (result,) = check_article(article, [parse_story(MATCH, "story.yaml")])
    (when,) = [s for s in result.slots if s.slot == "when"]
    return when.rule


@pytest.mark.parametrize(
    "text, expected",
    [
        # weekday abbreviations, capitalised and with their dot
        ("Rovers won the derby on Wed.", CONFIRMED),
        ("Rovers won the derby on Weds., the club said.", CONFIRMED),
        ("Rovers won the derby on Tue., Nov. 8.", CLASH),  # joined to the full date
        ("Rovers won the derby on Tues.", CLASH),
        ("Rovers won the derby, its manager told The Sun.", NOT_JUDGED),  # a newspaper
        ("Rovers won the derby against Sat Nav United.", NOT_JUDGED),  # no dot: a name
    ],
)
def test_weekday_abbreviations(text: str, expected: tuple[str, str]) -> None:
    assert status(text) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # `last night`: the evening before publication; the publication day's evening fits too
        ("Rovers won the derby last night.", THU, CONFIRMED),
        ("Rovers won the derby last night.", dt.date(2016, 11, 9), CONFIRMED),
        ("Rovers won the derby last night.", dt.date(2016, 11, 12), CLASH),
        ("Rovers won the derby in front of 9,000 fans last night.", dt.date(2016, 11, 8), CLASH),
    ],
)
def test_last_night(text: str, published: dt.date, expected: tuple[str, str]) -> None:
    assert status(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # relative to the date it stands before, or to the one other full date of the sentence
        ("Rovers won the derby the day before Nov. 10.", CONFIRMED),
        ("The parade was held on Nov. 10, and Rovers won the derby the day before.", CONFIRMED),
        ("Rovers won the derby on Nov. 8 and paraded the trophy a day later.", CLASH),
        ("Rovers won the derby the day before Nov. 9.", CLASH),
        ("The parade was held on Nov. 11, and Rovers won the derby the day before.", CLASH),
        # before a noun it is relative to an event: not read
        ("Rovers won the derby the day before the parade on Nov. 11.", NOT_JUDGED),
        # no other date, or two of them: nothing to count from
        ("Rovers won the derby the day before.", NOT_JUDGED),
    ],
)
def test_the_day_before(text: str, expected: tuple[str, str]) -> None:
    assert status(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dateline is when the story was filed, never the event's date
        ("BRISTOL, Nov 10 - Rovers won the derby.", NOT_JUDGED),
        ("BRISTOL, Nov 11 (Reuters) - Rovers won the derby.", NOT_JUDGED),
        ("BRISTOL, England, 11 November - Rovers won the derby.", NOT_JUDGED),
        ("BRISTOL, Nov 10 (Reuters) - Rovers won the derby on Wednesday.", CONFIRMED),
        ("BRISTOL, Nov 10 (Reuters) - Rovers won the derby on Tuesday.", CLASH),
    ],
)
def test_datelines(text: str, expected: tuple[str, str]) -> None:
    assert status(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time after midnight: the date or the day before fits (a late game ends on the next
        # day's date); further off it clashes
        ("Rovers won the derby at 12:47 a.m. Thursday.", CONFIRMED),
        ("Rovers won the derby in the early hours of Thursday.", CONFIRMED),
        ("Rovers won the derby on Thursday at 1am.", CONFIRMED),
        ("Rovers won the derby at 12:47 a.m. Wednesday.", CONFIRMED),
        ("Rovers won the derby at 12:47 a.m. on Nov. 11.", CLASH),
        ("Rovers won the derby at 9:30 p.m. Thursday.", CLASH),  # no slack in the evening
    ],
)
def test_times_after_midnight(text: str, expected: tuple[str, str]) -> None:
    assert status(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the colon of a clock time is no clause break
        ("Rovers won the derby at 6:10pm on Wednesday.", CONFIRMED),
        ("Rovers won the derby at around 9:45 p.m. on Wednesday.", CONFIRMED),
        ("Rovers won the derby at 6:10pm on Tuesday.", CLASH),
        # a colon that introduces something else still is one
        ("Rovers won the derby: the cup final is on Tuesday.", NOT_JUDGED),
    ],
)
def test_clock_times_before_the_date(text: str, expected: tuple[str, str]) -> None:
    assert status(text) == expected


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rovers won the derby on Tues.", "named/when.weekday-abbreviation"),
        ("Rovers won the derby last night.", "when.last-night"),
        ("Rovers won the derby the day before Nov. 9.", "named/when.day-before"),
        ("Rovers won the derby at 12:47 a.m. Thursday.", "when.small-hours"),
    ],
)
def test_each_form_has_its_rule(text: str, name: str) -> None:
    assert rule(text) == name
