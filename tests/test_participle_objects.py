"""Case table: a name after the phrase that is the object of an -ing form opening a
participial clause (`Twelve passengers were treated after leaving the Island Princess`: what
they left) is not the phrase's subject, so the sentence is no mention of the name's fact.
Near-misses, still read as before: a name after the phrase in a clause of its own (`after the
Island Princess docked`), one after `aboard`, and the name before the phrase."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

FERRY = """
story: island-princess-fire
date: 2025-03-04
about: [ferry]
entities:
  ferry: {name: Island Princess, kind: product, mention_only: [the ferry]}
places: {}
facts:
  - id: passengers
    who: ferry
    what: [passengers]
    count: 240
"""
PUBLISHED = dt.date(2025, 3, 5)


def verdict(text: str) -> tuple[str, str]:
    (result,) = check_on(text, FERRY, PUBLISHED)
    clashes = ",".join(s.rule for s in result.slots if s.status == "contradicted")
    return result.status, clashes


OMITTED = ("omitted", "")
CLASH = ("contradicted", "named/count.number-before-phrase")

CASES = [
    ("Twelve passengers were treated in hospital after leaving the Island Princess.", OMITTED),
    ("Twelve passengers fell ill before boarding the Island Princess.", OMITTED),
    ("Twelve passengers were hurt while evacuating the ferry, the coastguard said.", OMITTED),
    ("Twelve passengers were treated, leaving the Island Princess by the slides.", OMITTED),
    # near-misses: a clause of its own, a preposition, the name before the phrase
    ("Twelve passengers were treated in hospital after the Island Princess docked.", OMITTED),
    ("Twelve passengers were aboard the Island Princess.", CLASH),
    ("The Island Princess was carrying 200 passengers.", CLASH),
    ("The Island Princess was carrying 240 passengers.", ("consistent", "")),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_the_object_of_a_participle_is_no_subject(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text) == expected
