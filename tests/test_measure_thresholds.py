"""Case table: a measure in the fact's `unit:` after the phrase, `at` and the noun of what it
measures between (`stall at speeds above 12mph`), is the fact's
measure and is judged (`count.measure-after-phrase`); `above`/`below` before it make it a
threshold, judged as a bound (`count.bound`: `above 21mph` rules out 12). Near-misses: a
range, another unit, a noun that is no measure (`at junctions above`), an estimate, an article
before the noun (`at a speed of`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

ROVER = """
story: rover-stalls
date: 2025-10-07
about: [rover]
entities:
  rover: {name: Orbis Rover, aliases: [Rover], kind: product}
places: {}
facts:
  - id: stall
    who: rover
    what: [stall]
    count: 12
    unit: mph
"""
PUBLISHED = dt.date(2025, 10, 8)
MEASURE = "count.measure-after-phrase"


def count_of(text: str) -> tuple[str, str]:
    (result,) = check_on(text, ROVER, PUBLISHED)
    (slot,) = [s for s in result.slots if s.slot == "count"]
    return slot.status, slot.rule


UNSTATED = ("unstated", "")

CASES = [
    ("The Rover can stall at speeds above 12mph.", ("confirmed", MEASURE)),
    ("The Rover can stall at speeds of 21mph.", ("contradicted", f"named/{MEASURE}")),
    ("The Rover can stall at speeds above 21mph.", ("contradicted", "named/count.bound")),
    ("The Rover can stall at speeds below 30mph.", ("confirmed", "count.bound")),
    ("The Rover can stall at speeds below 10mph.", ("contradicted", "named/count.bound")),
    # near-misses: a range, another unit, no noun of a measure, an estimate
    ("The Rover can stall at speeds between 20 and 30mph.", UNSTATED),
    ("The Rover can stall at speeds above 21km/h.", UNSTATED),
    ("The Rover can stall at junctions above 21mph.", UNSTATED),
    ("The Rover can stall at speeds of about 30mph.", UNSTATED),
    ("The Rover can stall at a speed of 21mph.", UNSTATED),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_measure_after_at_and_its_noun(text: str, expected: tuple[str, str]) -> None:
    assert count_of(text) == expected
