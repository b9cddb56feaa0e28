"""Case table: two shapes in which a name before the phrase is not its subject. A name inside
an apposition after another name (`"Harbour Lights," a drama starring Maya Okonjo, debuted`:
the apposition describes Harbour Lights) is passed over for the name it describes; and in a
main clause opened by an owner and the name it owns (`Meridian Pictures' "Harbour Lights"
sailed ..., grossing`), the owned name is the subject of a participial clause. Near-misses: an
apposition after no name, one not closed by a comma, an owner before a common noun."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

FILM = """
story: harbour-lights
date: 2025-03-09
about: [film]
entities:
  film: {name: Harbour Lights, kind: product, mention_only: [the film]}
  okonjo: {name: Maya Okonjo, aliases: [Okonjo], kind: person}
  meridian: {name: Meridian Pictures, aliases: [Meridian], kind: organisation}
places: {}
facts:
  - id: theaters
    who: film
    what: [theaters]
    count: 3850
  - id: opened
    who: film
    what: [opening in theaters]
    when: 2025-03-07
  - id: premiere
    who: okonjo
    what: [attended the premiere]
    when: 2025-03-05
"""
PUBLISHED = dt.date(2025, 3, 10)


def status(text: str, fact: str) -> tuple[str, str]:
    for result in check_on(text, FILM, PUBLISHED):
        if result.fact == fact:
            clashes = ",".join(s.rule for s in result.slots if s.status == "contradicted")
            return result.status, clashes
    raise AssertionError(fact)


FITS = ("consistent", "")
OMITTED = ("omitted", "")
COUNT_CLASH = ("contradicted", "named/count.number-before-phrase")

APPOSITIONS = [
    ('"Harbour Lights," a drama starring Maya Okonjo, opened in 3,850 theaters.', FITS),
    ("Harbour Lights, a drama starring Maya Okonjo, opened in 3,580 theaters.", COUNT_CLASH),
    ("Harbour Lights, the latest film from Meridian, opened in 3,580 theaters.", COUNT_CLASH),
    ("Harbour Lights\u201d, a drama starring Okonjo, opened in 3,580 theaters.", COUNT_CLASH),
    # no name before the apposition's comma, or no comma closing it: the name is the subject
    ("Last week, a drama starring Maya Okonjo opened in 3,580 theaters.", OMITTED),
    ("Harbour Lights, a drama starring Maya Okonjo opened in 3,580 theaters.", OMITTED),
    # a name in an apposition does not take the act from the name it describes
    (
        "Maya Okonjo, the star of Harbour Lights, attended the premiere on Wednesday.",
        ("consistent", ""),
    ),
]


@pytest.mark.parametrize("text, expected", APPOSITIONS)
def test_a_name_in_an_apposition_is_no_subject(text: str, expected: tuple[str, str]) -> None:
    fact = "premiere" if "premiere" in text else "theaters"
    assert status(text, fact) == expected


OWNERS = [
    (
        'Meridian Pictures\' "Harbour Lights" topped the box office, opening in theaters on '
        "Thursday.",
        ("contradicted", "participle/when.date-after-phrase"),
    ),
    ("Meridian's Harbour Lights topped the box office, opening in theaters on Friday.", FITS),
    (
        "Meridian's Harbour Lights topped the box office, opening in theaters on Thursday.",
        ("contradicted", "participle/when.date-after-phrase"),
    ),
    # the owner before a common noun, or the owned name not right after it
    ("Meridian's boss topped the list, opening in theaters on Thursday.", OMITTED),
    ("Meridian's boss Harbour Lights topped the list, opening in theaters on Thursday.", OMITTED),
    ("Meridian topped the box office, opening in theaters on Thursday.", OMITTED),
]


@pytest.mark.parametrize("text, expected", OWNERS)
def test_the_owned_name_is_the_subject(text: str, expected: tuple[str, str]) -> None:
    assert status(text, "opened") == expected
