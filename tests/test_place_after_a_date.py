"""Case table: a place after a date after the phrase (`arrived on Monday in Miami`).

The `where` check reads the place after the phrase past a date that stands between (`on
Monday`, `on March 8`, `late on Monday`), as it does when the place comes first (`arrived in
Miami on Monday`). A place that belongs to another noun after the date (`a flight from Miami`,
`the rally in Miami`, `Miami plates`) or to another clause stays unjudged.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

STORY = """
story: tampa-visit
date: 2027-03-10
about: [okafor]
entities:
  okafor: {name: Grace Okafor, aliases: [Okafor], kind: person}
places:
  us: {name: United States, country: US}
  florida: {name: Florida, in: us}
  tampa: {name: Tampa, in: florida}
  miami: {name: Miami, in: florida}
facts:
  - id: arrived
    who: okafor
    what: [arrived]
    where: tampa
    when: 2027-03-08
"""
PUBLISHED = dt.date(2027, 3, 10)  # a Wednesday: Monday is March 8


def where_of(text: str) -> tuple[str, str | None]:
    (result,) = check_on(text, STORY, PUBLISHED)
    (where,) = [s for s in result.slots if s.slot == "where"]
    return where.status, where.found


CASES = [
    ("Okafor arrived on Monday in Miami.", ("contradicted", "Miami")),
    ("Okafor arrived on March 8 in Miami.", ("contradicted", "Miami")),
    ("Okafor arrived late on Monday in Miami.", ("contradicted", "Miami")),
    ("Okafor arrived on Monday morning in Miami.", ("contradicted", "Miami")),
    ("Okafor arrived in Miami on Monday.", ("contradicted", "Miami")),
    ("Okafor arrived on Monday in Tampa.", ("confirmed", "Tampa")),
    ("Okafor arrived on Monday in Florida.", ("confirmed", "Florida")),
    ("Okafor arrived on Monday on a flight from Miami.", ("unstated", None)),
    ("Okafor arrived on Monday, a day after a storm in Miami.", ("unstated", None)),
    ("Okafor arrived on Monday in time for the rally in Miami.", ("unstated", None)),
    ("Okafor arrived on Monday in a car with Miami plates.", ("unstated", None)),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_the_place_after_a_date_is_read(text: str, expected: tuple[str, str | None]) -> None:
    assert where_of(text) == expected
