"""Case table: the place of an occasion the act is done at is the act's place
(`where.place-of-occasion`): after the phrase, `during`/`at`/`towards the close of` and an
occasion noun (`appearance`, `performance`, `rally`, `game`...) right before `in`/`at` and
the place (`Voss criticized the board during a Sunday night appearance in Leesburg`); or
opening the sentence before a comma and the subject's clause (`At a rally in Leesburg, Voss
criticized the board`: `where.place-fronted-occasion`). Near-misses: an occasion before or
after the act (`after`, `ahead of`), no occasion noun (`during a call with voters in`), a
comma or another clause between, another speaker's clause after the fronted phrase, an
occasion dated at another time (`during last year's rally in`)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, check_article, parse_story

STORY = """
story: voss-rally
date: 2024-11-03
about: [voss]
entities:
  voss: {name: Ada Voss, aliases: [Voss], kind: person}
  kemp: {name: Lyle Kemp, aliases: [Kemp], kind: person}
places:
  usa: {name: United States}
  virginia: {name: Virginia, in: usa}
  leesburg: {name: Leesburg, in: virginia}
  michigan: {name: Michigan, in: usa}
  sterling-heights: {name: Sterling Heights, in: michigan}
facts:
  - id: rally
    who: voss
    what: [criticized the board, unveiled her plans]
    where: sterling-heights
    when: 2024-11-03
"""
PUBLISHED = dt.date(2024, 11, 4)


def where_of(text: str) -> tuple[str, str]:
    article = Article("a.md", "a.md", text, published=PUBLISHED)
    (result,) = check_article(article, [parse_story(STORY, "story.yaml")])
    (where,) = [s for s in result.slots if s.slot == "where"]
    return where.status, where.rule


AFTER = ("contradicted", "named/where.place-of-occasion")
FRONTED = ("contradicted", "named/where.place-fronted-occasion")
UNSTATED = ("unstated", "")

CASES = [
    ("Voss criticized the board during a Sunday night appearance in Leesburg.", AFTER),
    ("Voss unveiled her plans towards the close of her Sunday rally in Leesburg.", AFTER),
    ("Voss criticized the board at a campaign event in Leesburg, Virginia.", AFTER),
    (
        "Voss criticized the board during a Sunday night appearance in Sterling Heights.",
        ("confirmed", "where.place-of-occasion"),
    ),
    ("At a rally in Leesburg, Voss criticized the board.", FRONTED),
    ("Voss criticized the board during Kemp's rally in Leesburg.", AFTER),
    ("In the closing minutes of Sunday's rally in Leesburg, Voss criticized the board.", FRONTED),
    # an occasion before or after the act, or no occasion
    ("Voss criticized the board after a Sunday night appearance in Leesburg.", UNSTATED),
    ("Voss criticized the board ahead of a Sunday night rally in Leesburg.", UNSTATED),
    ("Voss criticized the board during a call with voters in Leesburg.", UNSTATED),
    ("Voss criticized the board during the long campaign for a seat in Leesburg.", UNSTATED),
    # another clause or another speaker
    ("Voss criticized the board during a rally, and Kemp spoke in Leesburg.", UNSTATED),
    ("At a rally in Leesburg, Kemp said Voss criticized the board.", UNSTATED),
    ("At a rally in Leesburg, Kemp told reporters Voss criticized the board.", UNSTATED),
    ("At a rally in Leesburg, the crowd cheered as Voss criticized the board.", UNSTATED),
    ("After a rally in Leesburg, Voss criticized the board.", UNSTATED),
    ("At a rally in Leesburg, where Kemp spoke, Voss criticized the board.", UNSTATED),
    # an occasion dated at another time
    ("Voss criticized the board during a 2019 rally in Leesburg.", UNSTATED),
    ("Voss criticized the board during last year's rally in Leesburg.", UNSTATED),
    ("At a rally in Leesburg in 2019, Voss criticized the board.", UNSTATED),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_the_place_of_an_occasion(text: str, expected: tuple[str, str]) -> None:
    assert where_of(text) == expected
