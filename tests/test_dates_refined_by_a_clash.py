"""Case table: a vague date that fits the fact's `when` only at a coarser precision (`earlier
this year`, `in 2019` for a month) does not confirm it when another date of the phrase, as
precise as the fact's `when` and inside the vague one, clashes (`stepped into gaming earlier
this year with the debut of Arcade in October`): the precise date says which part of the year,
and the sentence contradicts the fact (``_refined_by_a_clash``). Near-misses: a precise date
that fits (confirms), no precise date (the vague one confirms), a vague date as precise as the
fact's `when` (`in 2026` for a fact dated to the year: it confirms)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

STORY = """
story: arcade-debut
date: 2026-11-19
about: [maker]
entities:
  maker: {name: Orchard Labs, aliases: [Orchard], kind: organisation}
places: {}
facts:
  - id: debut
    who: maker
    what: [debut of its Arcade service]
    when: 2026-09
  - id: debut-year
    who: maker
    what: [launch of its Pilot service]
    when: 2026
"""
PUBLISHED = dt.date(2026, 11, 19)


def when_of(text: str, fact: str = "debut") -> str:
    (result,) = [r for r in check_on(text, STORY, PUBLISHED) if r.fact == fact]
    return next(s.status for s in result.slots if s.slot == "when")


CLASHES = [
    "Orchard also stepped into gaming earlier this year with the debut of its Arcade service in "
    "October.",
    "Orchard stepped into gaming in 2026 with the debut of its Arcade service in October.",
]
CONFIRMS = [
    "Orchard also stepped into gaming earlier this year with the debut of its Arcade service in "
    "September.",
    "Orchard stepped into gaming earlier this year with the debut of its Arcade service.",
]
UNCHANGED = [
    # a fact dated to the year: the vague date is as precise as it, and fits
    (
        "Orchard stepped into gaming in 2026 with the launch of its Pilot service in October.",
        "confirmed",
    ),
]


@pytest.mark.parametrize("text", CLASHES)
def test_a_precise_date_inside_the_vague_one_that_clashes_contradicts(text: str) -> None:
    assert when_of(text) == "contradicted"


@pytest.mark.parametrize("text", CONFIRMS)
def test_a_fitting_or_lone_vague_date_confirms(text: str) -> None:
    assert when_of(text) == "confirmed"


@pytest.mark.parametrize("text, expected", UNCHANGED)
def test_other_dates_are_read_as_before(text: str, expected: str) -> None:
    fact = "debut-year" if "Pilot" in text else "debut"
    assert when_of(text, fact) == expected
