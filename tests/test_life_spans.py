"""Case table: a life span in brackets right after a person's name states the birth (its first
date) and the death (its second), with no verb (`Bessie Smith (April 15, 1894 – September 26,
1937)`); other brackets of dates are not read as one."""

from __future__ import annotations

import pytest
from cases import check_on

SMITH = """
story: bessie-smith
about: [smith]
entities:
  smith: {name: Bessie Smith, aliases: [Smith], kind: person}
  rainey: {name: Ma Rainey, kind: person}
places:
  chattanooga: {name: Chattanooga}
facts:
  - id: born
    who: smith
    what: [born, was born]
    when: 1894-04-15
  - id: died
    who: smith
    what: [died, death]
    when: 1937-09-26
  - id: born-in-chattanooga
    who: smith
    what: [born, was born]
    where: chattanooga
"""


def verdicts(text: str) -> tuple[str, str, str]:
    """The status of the birth date, the death date and the birthplace facts (`contradicted`
    with its slot)."""
    found = {}
    for result in check_on(text, SMITH):
        slots = [s.slot for s in result.slots if s.status == "contradicted"]
        found[result.fact] = result.status + "".join(f" on {s}" for s in slots)
    return found["born"], found["died"], found["born-in-chattanooga"]


BOTH = ("consistent", "consistent", "omitted")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the span states both dates
        ("Bessie Smith (April 15, 1894 – September 26, 1937) was a blues singer.", BOTH),
        (
            "Bessie Smith (April 15, 1864 – September 26, 1937) was a blues singer.",
            ("contradicted on when", "consistent", "omitted"),
        ),
        (
            "Bessie Smith (April 15, 1894 – September 26, 1947) was a blues singer.",
            ("consistent", "contradicted on when", "omitted"),
        ),
        # tokenised brackets and dashes, a minus sign, months only
        (
            "Bessie Smith -LRB- April 15 , 1864 -- September 26 , 1937 -RRB- was a singer .",
            ("contradicted on when", "consistent", "omitted"),
        ),
        ("Bessie Smith (15 April 1894 − 26 September 1937) was a singer.", BOTH),
        ("Bessie Smith (April 1894 - September 1937) was a blues singer.", BOTH),
        # a name of birth (or a pronunciation) before a semicolon, one apposition before the
        # bracket
        (  # (`born` is the birthplace fact's phrase too: a mention with no place)
            "Bessie Smith (born Elizabeth Smith; April 15, 1864 – September 26, 1937) sang.",
            ("contradicted on when", "consistent", "consistent"),
        ),
        (  # the same, with the fact's dates
            "Bessie Smith (born Elizabeth Smith; April 15, 1894 – September 26, 1937) sang.",
            ("consistent", "consistent", "consistent"),
        ),
        (
            "Bessie Smith, the Empress of the Blues, (April 15, 1864 – September 26, 1937) sang.",
            ("contradicted on when", "consistent", "omitted"),
        ),
        # two years alone may be a term of office, not a life
        ("Bessie Smith (1864–1937) was a blues singer.", ("omitted", "omitted", "omitted")),
        # dates that are no life: the same year, a death before the birth, one date only
        (
            "Bessie Smith (March 3, 1923 – April 5, 1923) recorded for Columbia.",
            ("omitted", "omitted", "omitted"),
        ),
        (
            "Bessie Smith (April 15, 1894 – September 26, 1837) was a singer.",
            ("omitted", "omitted", "omitted"),
        ),
        ("Bessie Smith (September 26, 1937) was a singer.", ("omitted", "omitted", "omitted")),
        # the bracket is not right after her name: another's span, or the dates of something else
        (
            "Ma Rainey (April 26, 1864 – December 22, 1939) taught Bessie Smith.",
            ("omitted", "omitted", "omitted"),
        ),
        (
            "Bessie Smith toured with a troupe (April 1915 – May 1923).",
            ("omitted", "omitted", "omitted"),
        ),
        (
            "Bessie Smith's tour (April 15, 1864 – September 26, 1937) was long.",
            ("omitted", "omitted", "omitted"),
        ),
        # a phrase with a date of its own still counts; the span adds its dates
        (
            "Bessie Smith (April 15, 1894 – September 26, 1937) was born in Chattanooga.",
            ("consistent", "consistent", "consistent"),
        ),
    ],
)
def test_a_life_span_in_brackets(text: str, expected: tuple[str, str, str]) -> None:
    assert verdicts(text) == expected
