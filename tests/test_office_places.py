"""Case table of a place after `of` and a noun of an office of a place (`mayor`, `governor`,
`premier`) that ends the fact's phrase (`Okonkwo was elected mayor of Calgary` for `was elected
mayor`): a well-known place there is where the act happened and is judged; after an office
noun that is not the phrase's own (`to succeed the mayor of Calgary`, `met the governor of
Texas`) it is the office holder's place, not read."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: office-places
date: 2025-10-22
about: [okonkwo]
entities:
  okonkwo: {name: Grace Okonkwo, aliases: [Okonkwo], kind: person}
places:
  canada: {name: Canada, country: CA}
  manitoba: {name: Manitoba, in: canada}
  winnipeg: {name: Winnipeg, in: manitoba}
  us: {name: United States, country: US}
  washington: {name: Washington, in: us}
facts:
  - id: elected
    who: okonkwo
    what: [was elected mayor, won the race]
    where: winnipeg
  - id: met
    who: okonkwo
    what: [met]
    where: washington
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Grace Okonkwo was elected mayor of Calgary on Wednesday.", {"elected:where"}),
        ("Grace Okonkwo was elected mayor of Winnipeg on Wednesday.", set()),
        # near-misses: the office is not the phrase's own
        ("Grace Okonkwo won the race to succeed the mayor of Calgary.", set()),
        ("Okonkwo met the governor of Texas on Monday.", set()),
        ("Okonkwo met the mayor of Calgary on Monday.", set()),
    ],
)
def test_place_of_the_phrase_office(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, dt.date(2025, 10, 23)) == expected
