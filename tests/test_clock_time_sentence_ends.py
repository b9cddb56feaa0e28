"""Case table of a sentence that ends with a clock time (`... conceded shortly after 10 p.m.
Turnout was 41%`): the dot of `p.m.` also ends the sentence when a capitalised word follows
that is no day, month or time zone, so the next sentence's subject is its own; `at 10 p.m.
Tuesday`, `7 p.m. ET` and `U.S. Army` go on."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.articles import split_sentences
from tests.cases import clashes_on


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Dubois conceded shortly after 10 p.m. Turnout was 41%.",
            ["Dubois conceded shortly after 10 p.m.", "Turnout was 41%."],
        ),
        ("He left at 9 a.m. He came back.", ["He left at 9 a.m.", "He came back."]),
        (
            'She left at 10 p.m. "We are done," she said.',
            ["She left at 10 p.m.", '"We are done," she said.'],
        ),
        # near-misses: a day, a time zone, `local`, no clock time
        (
            "It landed at 12:47 a.m. Thursday after a fire.",
            ["It landed at 12:47 a.m. Thursday after a fire."],
        ),
        ("It began at 7 p.m. ET on Monday.", ["It began at 7 p.m. ET on Monday."]),
        ("It began at 7 p.m. local time.", ["It began at 7 p.m. local time."]),
        ("He said the U.S. Army was there.", ["He said the U.S. Army was there."]),
    ],
)
def test_clock_time_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


STORY = """
story: clock-time-ends
date: 2025-10-22
about: [election]
entities:
  election: {name: Winnipeg mayoral election, kind: event}
  dubois: {name: Marc Dubois, aliases: [Dubois], kind: person}
facts:
  - id: turnout
    who: election
    what: [turnout]
    count: 41
    unit: "%"
"""


def test_the_next_sentence_has_its_own_subject() -> None:
    """`Turnout was 44%` after the clock time names no one: the election is implied, and its
    turnout judged; in one sentence with Dubois it would be taken as his."""
    text = "Dubois conceded shortly after 10 p.m. Turnout was 44%."
    assert clashes_on(text, STORY, dt.date(2025, 10, 23)) == {"turnout:count"}
