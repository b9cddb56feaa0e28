"""Case table: an infinitive right after the object of a verb of beating, past a score at
most (`Varga beat Roth 6-3 to win the title`), is done by that verb's subject, the name right
before it (rule path `coordinated/...`). Near-misses: a verb that makes its object the
infinitive's doer (`helped Roth to win`), a clause of its own (`, who went on to win`), more
than a score between the object and `to`, the object and subject swapped."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

FINAL = """
story: varga-open-2025
date: 2025-06-01
about: [varga]
entities:
  varga: {name: Lena Varga, aliases: [Varga], kind: person}
  roth: {name: Ines Roth, aliases: [Roth], kind: person}
places: {}
facts:
  - id: title
    who: varga
    what: [won the title]
    when: 2025-06-01
"""
PUBLISHED = dt.date(2025, 6, 2)


def verdict(text: str) -> tuple[str, str]:
    (result,) = check_on(text, FINAL, PUBLISHED)
    clashes = ",".join(s.rule for s in result.slots if s.status == "contradicted")
    return result.status, clashes


OMITTED = ("omitted", "")
FITS = ("consistent", "")

CASES = [
    ("Varga beat Roth 6-3 to win the title on Sunday.", FITS),
    ("Lena Varga defeated Ines Roth to win the title on Sunday.", FITS),
    (
        "Lena Varga beat Ines Roth 6-3 to win the title on Saturday.",
        ("contradicted", "coordinated/when.date-after-phrase"),
    ),
    # near-misses: the object made the doer, a clause of its own, more than a score, swapped
    ("Varga helped Roth to win the title on Saturday.", OMITTED),
    ("Varga beat Roth, who went on to win the title on Saturday.", OMITTED),
    ("Varga beat Roth in straight sets to win the title on Saturday.", OMITTED),
    ("Roth beat Varga 6-3 to win the title on Saturday.", OMITTED),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_an_infinitive_after_a_beaten_object(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text) == expected
