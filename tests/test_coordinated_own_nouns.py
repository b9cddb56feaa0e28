"""Case table: a number right before the phrase's own noun counts that noun, even after
another number and its noun joined by `and` (`900 passengers and 130 crew members` for
`what: crew members`): it is judged. Near-misses, still not judged: a number of another noun
before the phrase (`three men and two women died`: a part of the dead), an increment (`130
more crew`), a part (`the other 130 crew members`), the parts of a whole
listed after a dash or `including` (`The injured - two passengers and three crew members -`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

SHIP = """
story: selkie-fire
date: 2025-02-02
about: [selkie]
entities:
  selkie: {name: Selkie, aliases: [MV Selkie], kind: product}
places: {}
facts:
  - id: passengers
    who: selkie
    what: [passengers]
    count: 900
  - id: crew
    who: selkie
    what: [crew members, crew]
    count: 310
  - id: dead
    who: selkie
    what: [died]
    count: 5
"""
PUBLISHED = dt.date(2025, 2, 3)

CASES = [
    ("The Selkie carried 900 passengers and 310 crew members.", set()),
    ("The Selkie carried 900 passengers and 130 crew members.", {"crew:count"}),
    ("The Selkie was carrying 900 passengers and 130 crew.", {"crew:count"}),
    ("The Selkie carried 800 passengers and 310 crew.", {"passengers:count"}),
    # near-misses: another noun's number before the phrase, an increment, a part
    ("On the Selkie, three men and two women died.", set()),
    ("The Selkie carried 900 passengers and 130 more crew.", set()),
    ("The Selkie carried 900 passengers and the other 130 crew members.", set()),
    # the parts of a whole told before them, after a dash, a colon or `including`
    ("The Selkie's injured - two passengers and three crew members - were flown out.", set()),
    ("The Selkie's injured, including two passengers and three crew, were flown out.", set()),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_number_right_before_its_own_noun(text: str, expected: set[str]) -> None:
    assert clashes_on(text, SHIP, PUBLISHED) == expected
