"""Case table of a phrase that names its own `who` (``Reading._who_in_phrase``) and holds a word
that would otherwise make its clause unasserted (`expected` of `Americans expected by AAA to
travel`): the phrase's own words are what the fact asserts, so only the clause's other words
are read for a negator, a modal or a plan (``reading._without_phrase_words``). Such a mention
only confirms."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

TRAVEL = """story: thanksgiving-travel
date: 2013-11-27
about: [aaa]
entities:
  aaa: {name: AAA, kind: organisation}
facts:
  - id: travellers
    who: aaa
    what: Americans expected by AAA to travel
    count: 43000000
"""
PUBLISHED = dt.date(2013, 11, 27)

CASES = [
    # the phrase's own `expected`: found
    (
        "She joined the more than 43 million Americans expected by AAA to travel over the "
        "holiday weekend.",
        ("consistent", ""),
    ),
    (
        "The 43 million Americans expected by AAA to travel will find quiet roads.",
        ("consistent", ""),
    ),
    # a negator, a modal or a condition among the clause's other words: not found
    ("She joined the 43 million Americans not expected by AAA to travel.", ("omitted", "")),
    ("The 43 million Americans expected by AAA to travel could face delays.", ("omitted", "")),
    (
        "If the 43 million Americans expected by AAA to travel stay home, roads will be quiet.",
        ("omitted", ""),
    ),
    # the mention only confirms: another number is not judged
    ("She joined the 34 million Americans expected by AAA to travel.", ("omitted", "")),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_the_phrases_own_words_do_not_make_it_unasserted(
    text: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, TRAVEL, PUBLISHED) == expected
