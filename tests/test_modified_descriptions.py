"""Case table: a description the story lists (`mention_only: [the operator]`) is found with
one hyphened modifier between its `the` and its noun (`The Belfast-based operator`, `the
fast-moving wildfire`), and states the entity's facts as the bare description does.
Near-misses: a modifier with a number (`the 24-hour operator`) or a word that sets the thing
apart (`the second-largest operator`, `the other Belfast-based operator`), a modifier of two
words or with no hyphen, and a hyphened word that is part of the noun (`the semi-final`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

FERRIES = """
story: harbour-line-strike
date: 2025-03-04
about: [harbour]
entities:
  harbour:
    name: Harbour Line
    kind: organisation
    mention_only: [the operator]
  final:
    name: Shield final
    kind: event
    mention_only: [the final]
places: {}
facts:
  - id: sailings
    who: harbour
    what: [cancelled sailings]
    count: 40
  - id: strike
    who: harbour
    what: [cancelled sailings]
    when: 2025-03-04
  - id: crowd
    who: final
    what: [crowd]
    count: 9000
"""
PUBLISHED = dt.date(2025, 3, 5)

CASES = [
    ("The Belfast-based operator cancelled 40 sailings on Tuesday.", set()),
    ("The Belfast-based operator cancelled 14 sailings on Tuesday.", {"sailings:count"}),
    ("The Belfast-based operator cancelled 40 sailings on Monday.", {"strike:when"}),
    ("The cash-strapped operator cancelled 14 sailings.", {"sailings:count"}),
    # near-misses: a number or a word that sets it apart, two words, no hyphen, a noun's part
    ("The 24-hour operator cancelled 14 sailings.", set()),
    ("The second-largest operator cancelled 14 sailings.", set()),
    ("The other Belfast-based operator cancelled 14 sailings.", set()),
    ("The Belfast-based ferry operator cancelled 14 sailings.", set()),
    ("The Belfast operator cancelled 14 sailings.", set()),
    ("Harbour Line's chief watched the semi-final crowd of 4,000 with Ravens.", set()),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_description_with_a_hyphened_modifier(text: str, expected: set[str]) -> None:
    assert clashes_on(text, FERRIES, PUBLISHED) == expected
