"""Case table: a well-known city whose name begins the name of a court or a hall (`at
Manchester Crown Court`, `at Leeds Town Hall`) is read as the place where it stands, like the
city alone after a locative. Near-misses: another longer name (`Manchester United`, `Paris
Hilton`), a name before the city (`Inner London Crown Court`), a city near the fact's, a text
all in one case."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

COURT = """
story: sentence
date: 2025-05-16
about: [pryce]
entities:
  pryce: {name: Daniel Pryce, aliases: [Pryce], kind: person}
places:
  london: {name: London, country: GB}
  southwark: {name: Southwark Crown Court, in: london}
facts:
  - id: jailed
    who: pryce
    what: [sentenced, jailed]
    where: southwark
"""
PUBLISHED = dt.date(2025, 5, 17)


def where_of(text: str) -> tuple[str, str]:
    (result,) = check_on(text, COURT, PUBLISHED)
    for slot in result.slots:
        if slot.slot == "where":
            return slot.status, slot.found or ""
    raise AssertionError(text)


CLASH = ("contradicted", "Manchester")
UNSTATED = ("unstated", "")

CASES = [
    ("Pryce was sentenced at Manchester Crown Court.", CLASH),
    ("Pryce was sentenced at Manchester Magistrates' Court on Friday.", CLASH),
    ("Pryce was jailed at Manchester Crown Court for nine years.", CLASH),
    ("Pryce was sentenced at Leeds Town Hall.", ("contradicted", "Leeds")),
    ("Pryce was sentenced at Southwark Crown Court.", ("confirmed", "Southwark Crown Court")),
    # another longer name, a name before the city, a city within 50 km, one case
    ("Pryce was sentenced at Manchester United.", UNSTATED),
    ("Pryce was sentenced at Inner Manchester Crown Court.", UNSTATED),
    ("Pryce was sentenced at Croydon Crown Court.", UNSTATED),
    ("pryce was sentenced at manchester crown court.", UNSTATED),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_city_that_names_a_court(text: str, expected: tuple[str, str]) -> None:
    assert where_of(text) == expected
