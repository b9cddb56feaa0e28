"""Case table: a date standing between the subject's name and the phrase, with nothing else
between but `on`/`late`/`early` and one auxiliary (`Novelist Ines Moravec on Monday won the
Aurelia Prize`, the agencies' habit), dates the phrase's verb and is judged
(`when.date-after-subject`). Near-misses: a date of another verb (`on Sunday said ... won`),
one inside a relative clause, one after an owner (`Moravec's Sunday win`), a comma between."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

PRIZE = """
story: aurelia-prize
date: 2025-11-03
about: [moravec]
entities:
  moravec: {name: Ines Moravec, aliases: [Moravec], kind: person}
  reyes: {name: Tomas Reyes, aliases: [Reyes], kind: person}
places: {}
facts:
  - id: won
    who: moravec
    what: [won the Aurelia Prize, won the prize, named the winner, win]
    when: 2025-11-03
"""
PUBLISHED = dt.date(2025, 11, 4)
RULE = "when.date-after-subject"


def when_of(text: str) -> tuple[str, str]:
    (result,) = check_on(text, PRIZE, PUBLISHED)
    for slot in result.slots:
        if slot.slot == "when":
            return slot.status, slot.rule
    raise AssertionError(text)


CLASH = ("contradicted", f"named/{RULE}")
FITS = ("confirmed", RULE)
UNSTATED = ("unstated", "")

CASES = [
    ("Novelist Ines Moravec on Sunday won the Aurelia Prize.", CLASH),
    ("Novelist Ines Moravec on Monday won the Aurelia Prize.", FITS),
    ("Ines Moravec Sunday won the Aurelia Prize.", CLASH),
    ("Ines Moravec late Sunday was named the winner.", CLASH),
    ("Moravec on Sunday night won the prize for her third novel.", CLASH),
    ("Moravec on Nov. 2 won the prize.", CLASH),
    # the date of another verb, or not between the name and the phrase alone
    ("Ines Moravec on Sunday said Reyes had won the prize.", UNSTATED),
    ("Ines Moravec on Sunday spoke after she won the prize.", UNSTATED),
    ("Ines Moravec, on Sunday, won the prize.", UNSTATED),
    # an owner's dated thing: which of her wins is meant
    ("Moravec's Sunday win was a surprise.", ("doubtful", "named/when.date-before-phrase")),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_date_between_the_subject_and_the_phrase(text: str, expected: tuple[str, str]) -> None:
    assert when_of(text) == expected
