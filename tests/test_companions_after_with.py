"""Case table: one of the subject's own people named after `with` (`his father`, `her sister`)
when the fact's phrase ends in its own object (`picking cabbages with his father`) is a
companion in the act, not what the act is done to: the sentence is a mention. Near-misses:
another person after `with` (no possessive), another doer, a phrase of one word or one that
ends in its preposition (`met with his father`: the one met is the act's object), a quote by
someone else."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

WELL = """
story: hebei-well-2025
date: 2025-11-06
about: [boy]
entities:
  boy: {name: Zhao Zicong, aliases: [Zhao, little Zhao]}
  father: {name: the boy's father, aliases: [his father]}
  li: {name: Li Wei, aliases: [Li], kind: person}
places: {}
facts:
  - id: harvesting
    who: boy
    what: [picking cabbages, harvesting cabbages]
  - id: met-mayor
    who: boy
    what: [met]
    when: 2025-11-04
"""
PUBLISHED = dt.date(2025, 11, 7)

CASES = [
    (
        "harvesting",
        "Zhao fell into the well while picking cabbages with his father.",
        ("consistent", ""),
    ),
    (
        "harvesting",
        "Little Zhao was harvesting cabbages with his father when he fell.",
        ("consistent", ""),
    ),
    # near-misses: another person, another doer, a verb of one word, a quote
    ("harvesting", "Zhao was harvesting cabbages with Li.", ("omitted", "")),
    ("harvesting", "Li was harvesting cabbages with his father.", ("omitted", "")),
    ("met-mayor", "Zhao met with his father on Thursday.", ("omitted", "")),
    ("met-mayor", "Zhao met his father on Thursday.", ("omitted", "")),
    ("harvesting", 'Li said: "I was harvesting cabbages with my father."', ("omitted", "")),
]


@pytest.mark.parametrize("fact, text, expected", CASES)
def test_a_companion_after_with(fact: str, text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, WELL, PUBLISHED, fact) == expected
