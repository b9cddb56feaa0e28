"""Case table: after a phrase that ends in a tally noun and `of` (`a fleet of`, `a total of`:
the fact's writer says the number follows), a number and one plural noun that end the noun
phrase give the tally's value: `had a fleet of 270 aircraft,`, `killed a total of 346 people.`
(`count.value-after-noun`). Near-misses left unjudged: the noun joined to another (`300
passengers and 12 crew`), a partitive (`250 of the airline's jets`), a singular noun or a model
number after it (`400 737 Max jets`), and a phrase with no `of` (`crowd`: `a crowd of 300 fans`
may count a part of it, ``tests/test_values_after_of.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

AIRLINE = """
story: gulf-air-fleet-2026
date: 2026-03-04
about: [carrier]
entities:
  carrier: {name: Corniche Air, aliases: [Corniche], kind: organisation}
places: {}
facts:
  - id: fleet
    who: carrier
    what: [fleet of]
    count: 270
  - id: deaths
    who: carrier
    what: [crashes killed a total of]
    count: 346
"""
PUBLISHED = dt.date(2026, 3, 4)
RULE = "named/count.value-after-noun"


def count_of(text: str, fact: str) -> tuple[str, str]:
    (result,) = [r for r in check_on(text, AIRLINE, PUBLISHED) if r.fact == fact]
    (slot,) = [s for s in result.slots if s.slot == "count"]
    return slot.status, slot.rule


UNSTATED = ("unstated", "")

CASES = [
    ("Corniche Air has a fleet of 250 aircraft, including 12 freighters.", "fleet", RULE),
    ("Corniche Air has a fleet of 250 aircraft.", "fleet", RULE),
    ("Corniche Air has a fleet of 250 jets in service.", "fleet", RULE),
    ("Corniche Air crashes killed a total of 364 people.", "deaths", RULE),
    ("Corniche Air crashes killed a total of 364 passengers, its chief said.", "deaths", RULE),
]
NEAR_MISSES = [
    ("Corniche Air has a fleet of 250 aircraft and 12 freighters.", "fleet"),
    ("Corniche Air has a fleet of 250 of the region's jets.", "fleet"),
    ("Corniche Air has a fleet of 400 737 Max jets.", "fleet"),
    ("Corniche Air has a fleet of 250 aircraft carrying cargo.", "fleet"),
    ("Corniche Air crashes killed a total of 364 people and 12 crew.", "deaths"),
]


@pytest.mark.parametrize("text, fact, rule", CASES)
def test_a_tally_s_members_after_of_are_judged(text: str, fact: str, rule: str) -> None:
    assert count_of(text, fact) == ("contradicted", rule)


@pytest.mark.parametrize("text, fact", NEAR_MISSES)
def test_a_number_of_something_else_is_not_judged(text: str, fact: str) -> None:
    assert count_of(text, fact) == UNSTATED


def test_the_fact_s_count_still_confirms() -> None:
    assert count_of("Corniche Air has a fleet of 270 aircraft.", "fleet")[0] == "confirmed"
