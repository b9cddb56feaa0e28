"""Case table of a count standing before a place's name and the subject it modifies (`Two
United States service members have been killed`): the place says whose the subject is, the
number still counts it, as it does with nothing between (``count._only_a_place_between``).
Only a place's name alone fills the gap: a world place whose name is not ambiguous, or one of
the story's places; any other word keeps the number unread."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

CRASH = """story: helicopter-crash
date: 2019-11-20
about: [soldiers]
entities:
  soldiers:
    name: US service members
    kind: person
    mention_only: [service members]
places:
  afghanistan: {name: Afghanistan, country: AF}
  kabul: {name: Kabul, in: afghanistan}
facts:
  - id: two-killed
    who: soldiers
    what: killed in a helicopter crash
    count: 2
    where: afghanistan
"""
PUBLISHED = dt.date(2019, 11, 20)

CASES = [
    # a world place's name alone between the number and the subject: judged
    (
        "Two United States service members have been killed in a helicopter crash in Afghanistan.",
        ("consistent", ""),
    ),
    (
        "Three United States service members have been killed in a helicopter crash in "
        "Afghanistan.",
        ("contradicted", "count"),
    ),
    ("Three British service members were killed in a helicopter crash.", ("omitted", "")),
    # one of the story's places
    ("Two Kabul service members were killed in a helicopter crash.", ("consistent", "")),
    ("Four Kabul service members were killed in a helicopter crash.", ("contradicted", "count")),
    # nothing between, as before
    ("Three service members were killed in a helicopter crash.", ("contradicted", "count")),
    # not a place alone: not read
    ("Three Boeing service members were killed in a helicopter crash.", ("omitted", "")),
    ("Three Georgia service members were killed in a helicopter crash.", ("omitted", "")),
    (
        "Three United States Army service members were killed in a helicopter crash.",
        ("omitted", ""),
    ),
    ("In 2019 Kabul service members were killed in a helicopter crash.", ("omitted", "")),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_place_before_the_subject_leaves_its_count_read(
    text: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, CRASH, PUBLISHED) == expected
