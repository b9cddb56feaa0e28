"""Case table of a name after the phrase past a comma (`The booster landed about eight minutes
after liftoff, the company's 11th landing this year`): an apposition or another clause, not
what the phrase acts on, so the sentence is still a mention of the fact; a name right after the
phrase (`landed ... after liftoff the company's`) or after a linking word still is its object."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

STORY = """
story: objects-past-a-comma
date: 2025-11-04
about: [corvid, kestrel]
entities:
  corvid: {name: Corvid Space, aliases: [Corvid], kind: organisation, mention_only: [the company]}
  kestrel: {name: Kestrel 9, aliases: [Kestrel], kind: product, mention_only: [the booster]}
facts:
  - id: minutes
    who: kestrel
    what: [minutes after liftoff]
    count: 8
"""


def status(text: str) -> str:
    (result,) = check_on(text, STORY, dt.date(2025, 11, 5))
    return result.status


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The booster landed 12 minutes after liftoff, the company's 11th landing this year.",
            "contradicted",
        ),
        ("The booster landed eight minutes after liftoff, Corvid said.", "consistent"),
        ("The booster landed eight minutes after liftoff; Corvid cheered.", "consistent"),
        # near-miss: the other entity right after the phrase is what it acts on
        ("The booster landed 12 minutes after liftoff the company's rocket.", "omitted"),
    ],
)
def test_name_past_a_comma_is_no_object(text: str, expected: str) -> None:
    assert status(text) == expected
