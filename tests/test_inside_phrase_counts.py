"""Case table: a number standing between the phrase's own words, right before one of them
(`jailed for seven years` for `what: jailed for years`, `sentenced to seven years`), is the
fact's count and is judged (`count.number-inside-phrase`); the phrase names what it counts.
Near-misses: an increment or a part (`two more years`, `a further two years`), a number that
goes on (`eight years and six months`, `six and a half years`), money, a word between the
number and the phrase's word, a negation and another event's year are not judged."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

SENTENCE = """
story: marsh-sentence
date: 2025-05-16
about: [marsh]
entities:
  marsh: {name: Colin Marsh, aliases: [Marsh], kind: person}
places: {}
facts:
  - id: years
    who: marsh
    what: [jailed for years, sentenced to years]
    count: 9
  - id: prize
    who: marsh
    what: [won the Bellamy Prize]
    count: 5000
  - id: season
    who: marsh
    what: [won the title]
    count: 3
    ordinal: true
"""
PUBLISHED = dt.date(2025, 5, 17)
RULE = "count.number-inside-phrase"


def count_of(text: str, fact: str) -> tuple[str, str]:
    for result in check_on(text, SENTENCE, PUBLISHED):
        if result.fact == fact:
            (slot,) = [s for s in result.slots if s.slot == "count"]
            return slot.status, slot.rule
    raise AssertionError(fact)


UNSTATED = ("unstated", "")
CLASH = ("contradicted", f"named/{RULE}")
FITS = ("confirmed", RULE)

CASES = [
    ("Marsh was jailed for seven years.", "years", CLASH),
    ("Marsh was jailed for nine years.", "years", FITS),
    ("Marsh was jailed on Friday for 7 years.", "years", CLASH),
    ("Marsh was sentenced to seven years.", "years", CLASH),
    ("Marsh, 34, was jailed for seven years at Southwark Crown Court.", "years", CLASH),
    # an increment or a part
    ("Marsh was jailed for two more years.", "years", UNSTATED),
    ("Marsh was jailed for a further two years.", "years", UNSTATED),
    # a number that goes on
    ("Marsh was jailed for eight years and six months.", "years", UNSTATED),
    ("Marsh was jailed for six and a half years.", "years", UNSTATED),
    # a range, a negation, another event's year
    ("Marsh was jailed for six to eight years.", "years", UNSTATED),
    ("Marsh was not jailed for seven years.", "years", UNSTATED),
    ("Marsh was jailed for seven years in 2011.", "years", UNSTATED),
    # another occurrence, a possibility, the act of someone the subject owns
    (
        "Marsh, who was previously jailed for seven years, was sentenced on Friday.",
        "years",
        UNSTATED,
    ),
    ("Marsh was also jailed for seven years for a separate fraud.", "years", UNSTATED),
    ("Marsh had been jailed for seven years before.", "years", UNSTATED),
    ("Marsh could be jailed for seven years.", "years", UNSTATED),
    ("Marsh's brother was jailed for seven years.", "years", UNSTATED),
    # money inside the phrase: its currency may not be the fact's
    ("Marsh won the $6,500 Bellamy Prize.", "prize", UNSTATED),
    ("Marsh won the \u00a35,000 Bellamy Prize.", "prize", ("confirmed", RULE)),
    # an ordinal fact: only confirmed
    ("Marsh won the title for a fourth time.", "season", UNSTATED),
]


@pytest.mark.parametrize("text, fact, expected", CASES)
def test_a_number_between_the_phrases_words(
    text: str, fact: str, expected: tuple[str, str]
) -> None:
    assert count_of(text, fact) == expected
