"""Case table of the earlier figure a change is measured from (`Turnout was 44%, up from 37% in
2022`): its year dates that figure, not the sentence, so it neither keeps the story's event
from being implied nor makes the sentence another time's (its count is judged); a year
anywhere else still does both (`Turnout was 44% in 2022`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: compared-figures
date: 2025-10-22
about: [election, okonkwo]
entities:
  election: {name: Winnipeg mayoral election, kind: event, mention_only: [the election]}
  okonkwo: {name: Grace Okonkwo, aliases: [Okonkwo], kind: person}
facts:
  - id: turnout
    who: election
    what: [turnout]
    count: 41
    unit: "%"
  - id: share
    who: okonkwo
    what: [of the vote]
    count: 52.4
    unit: "%"
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turnout was 44%, up from 37% in 2022, officials said.", {"turnout:count"}),
        ("Turnout was 44%, down from 47 per cent in 2018.", {"turnout:count"}),
        ("Okonkwo won 54.2% of the vote, up from 31% in 2021.", {"share:count"}),
        ("Turnout was 41%, up from 37% in 2022.", set()),
        # near-misses: a year of the sentence's own, `from` with no change
        ("Turnout was 44% in 2022.", set()),
        ("Okonkwo won 54.2% of the vote in 2021.", set()),
        ("Okonkwo won 54.2% of the vote, after 31% in 2021.", set()),
    ],
)
def test_year_of_the_earlier_figure(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, dt.date(2025, 10, 23)) == expected
