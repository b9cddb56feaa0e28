"""Case table: a place named with its kind (`the Indonesian city of Surabaya`) stands in a
phrase as the place's name alone does: `city of`, `town of`, `port of`, `capital of`,
`village of` and `province of` count as no words of the gap a phrase may run across.

* Found: `during a flight from the Indonesian city of Surabaya to Singapore`, `a flight from
  the city of Surabaya to Singapore`, for the phrase `flight from Surabaya to Singapore`.
* Left alone: any other word still counts (`from the Indonesian island city of Surabaya`: three
  words before `city of`), and the gap is not longer otherwise (`from the Indonesian city of
  Medan near Surabaya`); another noun before `of` is no kind of place (`from the office of the
  mayor of Surabaya`).

First run of this table on the checker before the rule: 4 of 6 rows as wanted; the two rows
marked `rule` were omitted.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

ROUTE = """
story: route
date: 2014-12-28
about: [flight]
entities:
  flight: {name: Flight QZ8501, aliases: [QZ8501], kind: product}
places: {}
facts:
  - id: route
    who: flight
    what: [flight from Surabaya to Singapore]
"""

PUBLISHED = dt.date(2014, 12, 29)

KIND_CASES = [
    # rule: the place named with its kind
    (
        "QZ8501 vanished during a flight from the Indonesian city of Surabaya to Singapore.",
        "consistent",
    ),
    ("QZ8501 vanished during a flight from the city of Surabaya to Singapore.", "consistent"),
    # already read: the place's name alone
    ("QZ8501 vanished during a flight from Surabaya to Singapore.", "consistent"),
    # another word before `city of` still counts; the gap is not longer otherwise
    (
        "QZ8501 vanished on a flight from the Indonesian island city of Surabaya to Singapore.",
        "omitted",
    ),
    (
        "QZ8501 vanished on a flight from the Indonesian city of Medan near Surabaya to Singapore.",
        "omitted",
    ),
    # another noun before `of`
    (
        "QZ8501 vanished on a flight from the office of the mayor of Surabaya to Singapore.",
        "omitted",
    ),
]


@pytest.mark.parametrize("text, status", KIND_CASES)
def test_a_place_named_with_its_kind(text: str, status: str) -> None:
    (result,) = check_on(text, ROUTE, PUBLISHED)
    assert result.status == status
