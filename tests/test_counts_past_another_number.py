"""Case table: when the number right before the fact's phrase counts something else and is not
judged (`scored 20 of his season-high 31 points`, `was 20-of-24 passing for 235 yards`), a
number after the phrase still states the count. Such a number only confirms: another value
there is not judged. Near-misses: another player, another value, the words of a quote, no
phrase, a plan."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

GAME = """
story: hawks-falcons
date: 2025-03-02
about: [okafor]
entities:
  okafor: {name: Dele Okafor, aliases: [Okafor], kind: person}
  brandt: {name: Lukas Brandt, aliases: [Brandt], kind: person}
facts:
  - id: season-high
    who: okafor
    what: [season-high]
    count: 31
  - id: passing-yards
    who: okafor
    what: [passing for]
    count: 235
"""
PUBLISHED = dt.date(2025, 3, 3)

CASES = [
    # the number before the phrase counts another thing; the one after states the count
    ("season-high", "Okafor scored 20 of his season-high 31 points.", "consistent"),
    ("season-high", "Okafor scored 12 of his season-high 31 points after the break.", "consistent"),
    ("passing-yards", "Okafor was 20-of-24 passing for 235 yards.", "consistent"),
    # near-misses: another player, another value, a quote, no phrase, a plan
    ("season-high", "Brandt scored 20 of his season-high 31 points.", "omitted"),
    ("season-high", "Okafor scored 20 of his season-high 28 points.", "omitted"),
    ("passing-yards", "Okafor was 20-of-24 passing for 190 yards.", "omitted"),
    ("passing-yards", "Brandt was 20-of-24 passing for 235 yards.", "omitted"),
    ("season-high", 'Brandt said: "Okafor scored 20 of his season-high 31 points."', "omitted"),
    ("season-high", "Okafor scored 20 of his 31 points.", "omitted"),
    ("passing-yards", "Okafor was expected to be 20-of-24 passing for 235 yards.", "omitted"),
]


@pytest.mark.parametrize("fact, text, status", CASES)
def test_count_after_the_phrase_past_another_number(fact: str, text: str, status: str) -> None:
    assert verdict(text, GAME, PUBLISHED, fact) == (status, "")
