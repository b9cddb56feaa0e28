"""Case table: `the day before`/`the day after` an event whose own day is written out (`was
arrested the day after the Dec. 30 shooting`) is one day from that day: rule
`when.day-from-dated-event`. Before an undated event (`the day before the final`) it stays
unread. Near-misses, not read: an event dated by a weekday (`the Wednesday parade`) or not at
all, a verb after the event's noun (`the Nov. 10 parade results were announced`: another act),
a possessive or another noun joined after it, a span of more than one day (`two days after`),
and `the night before` (not read before a noun or a date at all)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import slot_verdict

DERBY = """
story: derby-2016
date: 2016-11-09
about: [rovers]
entities:
  rovers: {name: Rovers, aliases: [Bristol Rovers], kind: organisation}
places: {}
facts:
  - id: rovers-won-derby
    who: rovers
    what: [won the derby]
    when: 2016-11-09
"""
THU = dt.date(2016, 11, 10)
"""Published on Thursday 10 November; the derby was won on Wednesday 9 November."""

CONFIRMED = ("consistent", "confirmed", "when.day-from-dated-event")
CLASH = ("contradicted", "contradicted", "named/when.day-from-dated-event")
NOT_JUDGED = ("consistent", "unstated", "")


def when_slot(text: str) -> tuple[str, str, str]:
    """The fact's status, its `when` slot's status and the rule that read it."""
    return slot_verdict(text, DERBY, THU, "when")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rovers won the derby the day after the Nov. 8 parade.", CONFIRMED),
        ("Rovers won the derby the day after the Nov. 7 parade.", CLASH),
        ("Rovers won the derby the day before the Nov. 10 parade.", CONFIRMED),
        ("Rovers won the derby the day before the Nov. 11 victory parade in Bristol.", CLASH),
        ("Rovers won the derby the day after the Nov. 7 fan vote, their manager said.", CLASH),
        # no written day of the event, a verb or more after its noun, another span
        ("Rovers won the derby the day after the Wednesday parade.", NOT_JUDGED),
        ("Rovers won the derby the day after the parade.", NOT_JUDGED),
        (
            "Rovers won the derby the day before the Nov. 11 parade results were announced.",
            NOT_JUDGED,
        ),
        ("Rovers won the derby the day after the Nov. 7 parade's cancellation.", NOT_JUDGED),
        (
            "Rovers won the derby the day after the Nov. 7 parade and the Nov. 8 gala.",
            NOT_JUDGED,
        ),
        ("Rovers won the derby two days after the Nov. 6 parade.", NOT_JUDGED),
        ("Rovers won the derby the night before the Nov. 11 parade.", NOT_JUDGED),
        # a date right after `the day after` was read already
        (
            "Rovers won the derby the day after Nov. 7.",
            ("contradicted", "contradicted", "named/when.day-before"),
        ),
    ],
)
def test_a_day_from_a_dated_event(text: str, expected: tuple[str, str, str]) -> None:
    assert when_slot(text) == expected
