"""Case tables: a clause of the fact's `who` that is not its main clause.

- `which` after the `who`'s name, the phrase past a verb and at most two more words (`US Airways
  Express, which tallied 56 cancellations`), after a preposition too: the clause's subject is
  the name. Near-misses: a `which` clause of another entity, a possessive before `which` (the
  clause is the owned noun's), a negation or a report between `which` and the phrase, a quote.
- `whose` after the `who`'s name right before the phrase (`Guercio, whose family owns a funeral
  home`): read as `Guercio's family owns`. Near-misses: another entity's `whose`, a possessive
  before it, a person the story does not know before it; a negation reads as the possessive's
  does (a contradiction of `what`).
- `with` and a name, then an `-ing` word opening the phrase (`stocks gained with Larsen and
  Toubro (LART.NS) adding 0.5 percent`): the name is the subject of that absolute clause.
  Near-misses: another entity after `with`, a comma or another word between the name and the
  `-ing` word (the name after `with` is then an object), a quote by someone else.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

STORY = """
story: holiday-travel-2013
date: 2013-11-27
about: [express]
entities:
  express: {name: US Airways Express, kind: organisation}
  airways: {name: American Airlines, kind: organisation}
  guercio: {name: Natalie Guercio, aliases: [Guercio], kind: person}
  rene: {name: London Rene, aliases: [Rene], kind: person}
  larsen: {name: Larsen and Toubro, kind: organisation}
  lanco: {name: Lanco Infratech, kind: organisation}
  powell: {name: Kent Powell, aliases: [Powell], kind: person}
places:
  philadelphia: {name: Philadelphia}
facts:
  - id: express-cancellations
    who: express
    what: [cancellations]
    count: 56
  - id: funeral-home
    who: guercio
    what: [family owns a funeral home]
  - id: larsen-added
    who: larsen
    what: [adding]
    count: 0.5
    unit: "%"
"""
PUBLISHED = dt.date(2013, 11, 27)

WHICH_CASES = [
    (
        "The impact was more pronounced at US Airways Express, which tallied 56 cancellations.",
        ("consistent", ""),
    ),
    ("US Airways Express, which had 56 cancellations, kept flying.", ("consistent", "")),
    (
        "The impact was more pronounced at US Airways Express, which tallied 61 cancellations.",
        ("contradicted", "count"),
    ),
    # near-misses: another entity's clause, a possessive, a negation, a report, a quote
    (
        "The impact was more pronounced at American Airlines, which tallied 56 cancellations.",
        ("omitted", ""),
    ),
    (
        "US Airways Express's hub, which tallied 56 cancellations, was the busiest.",
        ("omitted", ""),
    ),
    (
        "US Airways Express, which has had no cancellations, kept flying.",
        ("omitted", ""),
    ),
    (
        "US Airways Express, which said the 56 cancellations were American's, kept flying.",
        ("omitted", ""),
    ),
    (
        'Powell said: "We have US Airways Express, which tallied 61 cancellations."',
        ("omitted", ""),
    ),
]

WHOSE_CASES = [
    ("Guercio, whose family owns a funeral home, saw it.", ("consistent", "")),
    (
        "Guercio, whose family owns a funeral home in Philadelphia, witnessed the slashing.",
        ("consistent", ""),
    ),
    # near-misses: another entity's `whose`, a possessive before it, a quote; a negation is
    # read as `Guercio's family does not own`: it says the fact is not so
    ("Rene, whose family owns a funeral home, saw it.", ("omitted", "")),
    ("Rene's lawyer, whose family owns a funeral home, saw it.", ("omitted", "")),
    ("Guercio said a friend, whose family owns a funeral home, saw it.", ("omitted", "")),
    (
        "Guercio, whose family does not own a funeral home, saw it.",
        ("contradicted", "what"),
    ),
]

WITH_CASES = [
    (
        "Infrastructure stocks gained with Larsen and Toubro (LART.NS) adding 0.5 percent.",
        ("consistent", ""),
    ),
    ("Stocks rose, with Larsen and Toubro adding 0.5 percent.", ("consistent", "")),
    ("Stocks rose, with Larsen and Toubro adding 0.9 percent.", ("contradicted", "count")),
    # near-misses: another entity, a comma between, another word before the name, a quote
    ("Stocks rose, with Lanco Infratech adding 0.5 percent.", ("omitted", "")),
    ("Stocks rose with Larsen and Toubro, adding 0.5 percent.", ("omitted", "")),
    ("Lanco Infratech competed with Larsen and Toubro by adding 0.5 percent.", ("omitted", "")),
    ('Powell said: "Stocks rose, with Larsen and Toubro adding 0.9 percent."', ("omitted", "")),
]

FACTS = {
    "which": "express-cancellations",
    "whose": "funeral-home",
    "with": "larsen-added",
}


@pytest.mark.parametrize("text, expected", WHICH_CASES)
def test_a_which_clause_of_the_who(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, STORY, PUBLISHED, FACTS["which"]) == expected


@pytest.mark.parametrize("text, expected", WHOSE_CASES)
def test_a_whose_clause_of_the_who(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, STORY, PUBLISHED, FACTS["whose"]) == expected


@pytest.mark.parametrize("text, expected", WITH_CASES)
def test_the_subject_of_with_and_an_ing_word(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, STORY, PUBLISHED, FACTS["with"]) == expected
