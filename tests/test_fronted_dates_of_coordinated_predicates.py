"""Case table: a date fronted before the subject (`On Wednesday,`) dates the phrase when it
stands in a predicate that `and` joins to the subject's first (`On Wednesday, Swift took to
social media and accused Braun`): rule `when.date-fronted-coordinated`. Near-misses: a comma or
another clause word in the first predicate, a reporting verb there, another date in the
sentence, a subject that is not the fact's `who` named alone, a date after `In`."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

ACCUSED = """
story: accused
date: 2019-11-14
about: [swift]
entities:
  swift: {name: Taylor Swift, aliases: [Swift], kind: person}
  braun: {name: Scooter Braun, aliases: [Braun], kind: person}
places: {}
facts:
  - id: accused
    who: swift
    what: [accused Braun]
    when: 2019-11-14
"""
PUBLISHED = dt.date(2019, 11, 18)  # a Monday: Thursday is the 14th, Wednesday the 13th


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On Thursday, Swift took to social media and accused Braun.", ("consistent", "")),
        (
            "On Wednesday, Swift took to social media and accused Braun.",
            ("contradicted", "when"),
        ),
        (
            "On Wednesday, Taylor Swift took to social media and accused Braun.",
            ("contradicted", "when"),
        ),
        # a comma or a clause word in the first predicate, a reporting verb, another date
        (
            "On Wednesday, Swift took to social media, and accused Braun.",
            ("consistent", ""),
        ),
        (
            "On Wednesday, Swift wrote that she was hurt and accused Braun.",
            ("omitted", ""),
        ),
        (
            "On Wednesday, Swift said the deal was unfair and accused Braun.",
            ("consistent", ""),
        ),
        (
            "On Wednesday, Swift took to social media and accused Braun on Thursday.",
            ("consistent", ""),
        ),
        (
            "On Wednesday, Swift woke up when the news broke and accused Braun.",
            ("consistent", ""),
        ),
        (
            "On Wednesday, Swift took to social media and accused Braun, who bought the label in "
            "June.",
            ("consistent", ""),
        ),
        # the subject is more than the name, or no name
        (
            "On Wednesday, the singer Swift took to social media and accused Braun.",
            ("consistent", ""),
        ),
        # `In` a year fronted: not this shape
        (
            "In 2018, Swift took to social media and accused Braun.",
            ("consistent", ""),
        ),
    ],
)
def test_a_fronted_date_dates_a_coordinated_predicate(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, ACCUSED, PUBLISHED) == expected
