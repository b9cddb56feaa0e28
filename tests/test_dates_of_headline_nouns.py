"""Case table of a calendar day after a bare `in` that goes straight on into a noun, as headlines
write it with no determiner (`Police release surveillance photos in Dec. 22 University Bank
robbery`): a day's date is written after `on`, so the day qualifies the noun after it (the
robbery's date), not the phrase's act, and is not judged as the phrase's. A day after `on`, or
ending the sentence, or followed by `and`, `when` or a preposition, is still the phrase's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: headline-days
date: 2014-12-29
about: [police]
entities:
  police: {name: Ann Arbor Police Department, aliases: [Police], kind: organisation}
facts:
  - id: photos-released
    who: police
    what: [released surveillance photos, release surveillance photos]
    when: 2014-12-29
"""

PUBLISHED = dt.date(2014, 12, 29)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the day qualifies the noun after it: not the release's date
        ("Police release surveillance photos in Dec. 22 University Bank robbery", set()),
        ("Police released surveillance photos in Dec. 22 bank robbery.", set()),
        ("Police release surveillance photos in December 22 Washtenaw Avenue holdup", set()),
        # the day is the phrase's: judged
        ("Police released surveillance photos on Dec. 22.", {"photos-released:when"}),
        ("Police released surveillance photos Dec. 22.", {"photos-released:when"}),
        (
            "Police released surveillance photos on Dec. 22 in Ann Arbor.",
            {"photos-released:when"},
        ),
        # the fact's own day: no clash
        ("Police released surveillance photos on Dec. 29.", set()),
    ],
)
def test_a_day_qualifying_a_headline_noun(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == expected
