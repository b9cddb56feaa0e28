"""Case table: a number right after a noun whose value it gives (`a magnitude 7.1 earthquake`),
when that noun ends the fact's phrase, is the fact's count and is judged
(`count.value-after-noun`). Near-misses: the number before another thing (`a magnitude 5.2
aftershock`), another event's year, a word between, another noun (`Game 7`), a quotation."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

QUAKE = """
story: quake
date: 2025-02-11
about: [quake]
entities:
  quake: {name: Arequipa earthquake, kind: event, mention_only: [the quake, the tremor]}
places: {}
facts:
  - id: magnitude
    who: quake
    what: [magnitude]
    count: 6.8
"""
PUBLISHED = dt.date(2025, 2, 12)
RULE = "count.value-after-noun"


def count_of(text: str) -> tuple[str, str]:
    (result,) = check_on(text, QUAKE, PUBLISHED)
    for slot in result.slots:
        if slot.slot == "count":
            return slot.status, slot.rule
    raise AssertionError(text)


UNSTATED = ("unstated", "")

CASES = [
    ("A magnitude 7.1 earthquake struck southern Peru.", ("contradicted", f"implied/{RULE}")),
    (
        "A magnitude 6.8 earthquake struck southern Peru.",
        ("confirmed", "count.number-after-phrase"),
    ),
    ("The quake, of magnitude 7.1, struck at dawn.", ("contradicted", f"named/{RULE}")),
    ("The tremor had a magnitude 7.1.", ("contradicted", f"named/{RULE}")),
    # another thing measured, another event, a word between, a quotation
    ("The quake was followed by a magnitude 5.2 aftershock.", UNSTATED),
    ("A magnitude 8.0 quake in 2007 killed 519 people.", UNSTATED),
    ("The quake had a magnitude of about 7.1.", UNSTATED),
    ("The quake had a magnitude, officials said, of 7.1.", UNSTATED),
    ('"The quake was magnitude 7.1," a seismologist said.', UNSTATED),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_number_after_a_noun_whose_value_it_gives(text: str, expected: tuple[str, str]) -> None:
    assert count_of(text) == expected
