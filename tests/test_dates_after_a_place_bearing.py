"""Case table of a date after the phrase past a place and where that place lies from another
(`visited the Gush Etzion settlement bloc in the West Bank south of Jerusalem on Monday`): the
bearing (`south of`, `60 miles west of`) adds no distance, so the date ending the clause is the
phrase's, as past a place and its region (`in Baoding, Hebei province on Saturday`). Not read
past a verb form between the phrase and the place (`the bloc, built in the West Bank south of
Jerusalem in 1967`), nor when the date does not end its clause."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: bearing-dates
date: 2019-11-19
about: [netanyahu, hollis]
entities:
  netanyahu: {name: Benjamin Netanyahu, aliases: [Netanyahu], kind: person}
  hollis: {name: Hollis Foods, aliases: [Hollis], kind: organisation}
facts:
  - id: gush-etzion-visit
    who: netanyahu
    what: [visited the Gush Etzion settlement bloc]
    when: 2019-11-19
  - id: plant-closed
    who: hollis
    what: [closed its plant]
    when: 2019-11-15
"""

PUBLISHED = dt.date(2019, 11, 20)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Netanyahu visited the Gush Etzion settlement bloc in the West Bank south of "
            "Jerusalem on Monday.",
            {"gush-etzion-visit:when"},
        ),
        (
            "Hollis closed its plant in Lancaster, 60 miles west of Philadelphia, on Thursday.",
            {"plant-closed:when"},
        ),
        (
            "Hollis closed its plant in Lancaster 60 miles west of Philadelphia on Thursday "
            "morning.",
            {"plant-closed:when"},
        ),
        # the dates of the facts: no clash
        (
            "Netanyahu visited the Gush Etzion settlement bloc in the West Bank south of "
            "Jerusalem on Tuesday.",
            set(),
        ),
        ("Hollis closed its plant in Lancaster, 60 miles west of Philadelphia, on Friday.", set()),
        # near-misses: a verb form between, the date not ending its clause
        (
            "Netanyahu visited the Gush Etzion settlement bloc, built in the West Bank south of "
            "Jerusalem in 1967.",
            set(),
        ),
        (
            "Netanyahu visited the Gush Etzion settlement bloc in the West Bank south of "
            "Jerusalem on Monday's anniversary of its founding.",
            set(),
        ),
    ],
)
def test_a_date_past_a_place_and_its_bearing(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == expected
