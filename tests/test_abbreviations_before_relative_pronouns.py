"""Case table: a name's abbreviation or stock ticker in brackets between the name and the
`which`/`that`/`who` of its clause (`The Home Depot Inc. (NYSE: HD) which traded up 0.87%`,
`Larsen and Toubro (LART.NS), which added`): the clause is still the name's, as it is with no
bracket. Near-misses left as they were: a bracket of lower-case words (a description, no
abbreviation), another entity before the bracket, a possessive before it (the clause is the
owned noun's), a bracket with a word of the clause after it, a negation between the pronoun
and the phrase (no mention, as with no bracket).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

STORY = """
story: dow-monday
date: 2014-12-29
about: [home-depot]
entities:
  home-depot: {name: The Home Depot Inc., aliases: [Home Depot], kind: organisation}
  lowes: {name: Lowe's Companies, kind: organisation}
facts:
  - id: home-depot-up
    who: home-depot
    what: [traded up]
    count: 0.87
    unit: "%"
"""
PUBLISHED = dt.date(2014, 12, 29)

CASES = [
    # the bracket is the name's: the clause is the name's
    (
        "The DJIA stock posting the largest daily gain was The Home Depot Inc. (NYSE: HD) which"
        " traded up 0.87% at $104.64.",
        "home-depot-up",
        ("consistent", ""),
    ),
    (
        "The DJIA stock posting the largest daily gain was The Home Depot Inc. (NYSE: HD) which"
        " traded up 0.78% at $104.64.",
        "home-depot-up",
        ("contradicted", "count"),
    ),
    (
        "The biggest gainer was Home Depot (HD), which has traded up 1.2% since the open.",
        "home-depot-up",
        ("contradicted", "count"),
    ),
    (
        "Shares of The Home Depot Inc. (NYSE: HD) that traded up 0.87% led the Dow.",
        "home-depot-up",
        ("consistent", ""),
    ),
    # near-misses: no abbreviation in the bracket, another entity, a possessive, a negation
    (
        "The biggest gainer was Home Depot (the retailer of the year) which traded up 0.78%.",
        "home-depot-up",
        ("omitted", ""),
    ),
    (
        "Home Depot rose as Lowe's Companies (NYSE: LOW) which traded up 0.5% lagged.",
        "home-depot-up",
        ("omitted", ""),
    ),
    (
        "Home Depot's stock (NYSE: HD), which traded up 0.78%, led the Dow.",
        "home-depot-up",
        ("omitted", ""),
    ),
    (
        "Home Depot (NYSE: HD) said sales which traded up 0.78% were strong.",
        "home-depot-up",
        ("omitted", ""),
    ),
    (
        "The Home Depot Inc. (NYSE: HD), which never traded up 0.78% this year, fell.",
        "home-depot-up",
        ("omitted", ""),
    ),
]


@pytest.mark.parametrize(("text", "fact", "expected"), CASES)
def test_abbreviation_before_relative_pronoun(
    text: str, fact: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, STORY, PUBLISHED, fact) == expected
