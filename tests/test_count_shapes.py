"""Case table of count shapes beyond `number phrase`: a number inside or after the phrase
(`jailed for six years`, `Game 7`; a measure in the fact's unit, `a speed limit of 12mph`, is
judged: `tests/test_count_measures.py`), ages after `aged`/`at the age
of`, numbers glued to units, and a fact's `unit:`. Each shape: sentences that must confirm, must
not be judged, must clash (where it clashes at all)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, check_article, parse_story
from factcheck.text.numbers import find_numbers


def story(what: str, count: float, ordinal: bool = False, unit: str = "") -> str:
    extra = f"\n    unit: {unit}" if unit else ""
    return f"""
story: s
about: [rovers, smith]
entities:
  rovers: {{name: Rovers, aliases: [Bristol Rovers]}}
  smith: {{name: Jane Smith, aliases: [Smith]}}
places: {{}}
facts:
  - id: f
    who: [rovers, smith]
    what: [{what}]
    count: {count}
    ordinal: {str(ordinal).lower()}{extra}
"""


def status(text: str, fact: str) -> tuple[str, str]:
    article = Article("a.md", "a.md", text, published=dt.date(2016, 5, 21))
    (result,) = check_article(article, [parse_story(fact, "story.yaml")])
    (count,) = [s for s in result.slots if s.slot == "count"]
    return count.status, count.rule


GAME = story("game", 7, ordinal=True)
JAILED = story("jailed for years", 6)
LIMIT = story("speed limit", 12, unit="mph")
BAR = story("cut the bar to", 360, unit="g")
DEPTH = story("dug a well", 40, unit="metres")
AGE = story("died aged", 89)
AGE_OF = story("died at the age of", 66)
WAIT = story("year wait", 108)
INNINGS = story("inning victory", 10)

AFTER = ("confirmed", "count.number-after-phrase")
MEASURE = ("confirmed", "count.measure-after-phrase")
INSIDE = ("confirmed", "count.number-inside-phrase")
BEFORE = ("confirmed", "count.number-before-phrase")
AGED = ("confirmed", "count.age-after-phrase")
AGE_CLASH = ("contradicted", "named/count.age-after-phrase")
UNSTATED = ("unstated", "")


@pytest.mark.parametrize(
    "text, fact, expected",
    [
        # must confirm
        ("Rovers won Game 7.", GAME, AFTER),
        ("Rovers won game seven on Sunday.", GAME, AFTER),
        ("Smith was jailed for six years.", JAILED, INSIDE),
        # confirm-only: another number after the noun is never a clash (but a measure in the
        # fact's unit: tests/test_count_measures.py; a number between the phrase's own words:
        # tests/test_inside_phrase_counts.py)
        ("Rovers won Game 6.", GAME, UNSTATED),
        (
            "Smith was jailed for eight years.",
            JAILED,
            ("contradicted", "named/count.number-inside-phrase"),
        ),
        # not judged: after a comma or a clause, a range, a plan, a quote, another unit
        ("Rovers won the game, 7 days later.", GAME, UNSTATED),
        ("Rovers won the game that 7 people saw.", GAME, UNSTATED),
        ("Smith was jailed for six to eight years.", JAILED, UNSTATED),
        ("Rovers set a speed limit of 20km/h.", LIMIT, UNSTATED),
        ("Rovers cut the bar to 360 calories.", BAR, UNSTATED),
    ],
)
def test_a_number_after_the_noun_only_confirms(
    text: str, fact: str, expected: tuple[str, str]
) -> None:
    assert status(text, fact) == expected


@pytest.mark.parametrize(
    "text, fact, expected",
    [
        ("Smith died aged 89.", AGE, AGED),
        ("Smith died aged 89 in 2005 at her home.", AGE, AGED),
        ("Smith has died at the age of 66.", AGE_OF, AGED),
        ("Smith died aged 79.", AGE, AGE_CLASH),
        ("Smith has died at the age of 74, her family said.", AGE_OF, AGE_CLASH),
        # the subject not next to the phrase: another person's age may be meant
        ("Smith, whose mother died aged 70, won.", AGE, UNSTATED),
        ("Smith said her mother died aged 70.", AGE, UNSTATED),
        ("Smith died aged between 70 and 80.", AGE, UNSTATED),
        ("Smith died aged about 80.", AGE, UNSTATED),
    ],
)
def test_an_age_after_aged(text: str, fact: str, expected: tuple[str, str]) -> None:
    assert status(text, fact) == expected


@pytest.mark.parametrize(
    "text, fact, expected",
    [
        # a fact's unit: glued, apart or spelt out, before or after the phrase
        ("Rovers set a 12mph speed limit.", LIMIT, BEFORE),
        ("Rovers set a 12 mph speed limit.", LIMIT, BEFORE),
        ("Rovers set a 12 miles per hour speed limit.", LIMIT, BEFORE),
        ("Rovers set a speed limit of 12 miles per hour.", LIMIT, MEASURE),
        (
            "Rovers set a 15mph speed limit.",
            LIMIT,
            ("contradicted", "named/count.number-before-phrase"),
        ),
        # another unit: not judged (no conversion)
        ("Rovers set a 20km/h speed limit.", LIMIT, UNSTATED),
        ("Rovers dug a well 130 feet deep.", DEPTH, UNSTATED),
        ("Rovers dug a well 40 metres deep.", DEPTH, MEASURE),
        ("Rovers dug a well 40m deep.", DEPTH, MEASURE),
        # hyphenated adjectives before the noun
        ("Rovers ended a 108-year wait.", WAIT, BEFORE),
        ("Rovers won a 10-inning victory.", INNINGS, BEFORE),
    ],
)
def test_units_and_hyphenated_numbers(text: str, fact: str, expected: tuple[str, str]) -> None:
    assert status(text, fact) == expected


@pytest.mark.parametrize(
    "text, found",
    [
        ("a speed limit of 12mph", [(12, "mph")]),
        ("reduced to 360g", [(360, "g")]),
        ("the 80m-deep well", [(80, "m")]),
        ("the 30cm-diameter well", [(30, "cm")]),
        ("12 miles per hour", [(12, "mph")]),
        ("a £40m deal", [(40_000_000, "")]),  # money: forty million
        ("5G phones and 3D films", []),  # no unit in capitals
    ],
)
def test_numbers_glued_to_units(text: str, found: list[tuple[int, str]]) -> None:
    assert [(n.value, n.unit) for n in find_numbers(text)] == found
