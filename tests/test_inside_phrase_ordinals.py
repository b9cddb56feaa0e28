"""Case table: an ordinal between an ordinal fact's phrase words (`scored in the 76th minute`
for `what: in the minute`) is the fact's rank and is judged (`count.number-inside-phrase`),
and it is the phrase's count even when another ordinal stands before the phrase (`the second
a header in the 67th minute`: the second goal). Near-misses: another player's minute, another
occurrence (`also`), another season's year, a minute after the phrase."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

FINAL = """
story: harbour-cup-final
date: 2025-05-17
about: [solberg]
entities:
  solberg: {name: Mira Solberg, aliases: [Solberg], kind: person}
  okafor: {name: Ada Okafor, aliases: [Okafor], kind: person}
places: {}
facts:
  - id: winner
    who: solberg
    what: [in the minute]
    count: 67
    ordinal: true
"""
PUBLISHED = dt.date(2025, 5, 18)
RULE = "count.number-inside-phrase"


def count_of(text: str) -> tuple[str, str]:
    (result,) = check_on(text, FINAL, PUBLISHED)
    (slot,) = [s for s in result.slots if s.slot == "count"]
    return slot.status, slot.rule


UNSTATED = ("unstated", "")
CLASH = ("contradicted", f"named/{RULE}")
FITS = ("confirmed", RULE)

CASES = [
    ("Solberg scored in the 67th minute.", FITS),
    ("Solberg scored in the 76th minute.", CLASH),
    ("Solberg struck in the 76th minute as Harbour won the cup.", CLASH),
    ("Solberg scored twice, the second a header in the 67th minute.", FITS),
    ("Solberg scored twice, the second a header in the 76th minute.", CLASH),
    # another player, another occurrence, another season, a minute after the phrase
    ("Okafor scored in the 76th minute.", UNSTATED),
    ("Solberg, who also scored in the 76th minute last season, was on the bench.", UNSTATED),
    ("Solberg scored in the 76th minute of the 2023 final.", UNSTATED),
    ("Solberg scored in the minute after the 76th.", UNSTATED),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_an_ordinal_between_the_phrases_words(text: str, expected: tuple[str, str]) -> None:
    assert count_of(text) == expected
