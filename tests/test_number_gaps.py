"""Case table: between a phrase's words, a number counts as one word with its digit groups and
its magnitude (`recalled 2.4 million scooters`, `recalled 2,400,000 scooters` for `what:
recalled scooters`), so the phrase is found and its count judged. Near-misses: the number and
more words than the gap allows (`2.4 million of its older scooters`, `4.2 million toys and
300 scooters`), an increment (`1.5 million more scooters`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

RECALL = """
story: orbis-recall
date: 2025-06-02
about: [orbis]
entities:
  orbis: {name: Orbis Toys, aliases: [Orbis], kind: organisation}
places: {}
facts:
  - id: scooters
    who: orbis
    what: [recalled scooters]
    count: 2400000
"""
PUBLISHED = dt.date(2025, 6, 3)

CASES = [
    ("Orbis recalled 2.4 million scooters on Monday.", ("consistent", "")),
    ("Orbis recalled 4.2 million scooters on Monday.", ("contradicted", "count")),
    ("Orbis Toys recalled 2,400,000 scooters.", ("consistent", "")),
    ("Orbis Toys recalled 4,200,000 scooters.", ("contradicted", "count")),
    ("Orbis recalled 2.4 billion scooters.", ("contradicted", "count")),
    # near-misses: more words than the gap allows, an increment
    ("Orbis recalled 4.2 million of its older scooters.", ("omitted", "")),
    ("Orbis recalled 4.2 million toys and 300 scooters.", ("omitted", "")),
    ("Orbis recalled 1.5 million more scooters.", ("omitted", "")),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_number_is_one_word_of_the_gap(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, RECALL, PUBLISHED) == expected
