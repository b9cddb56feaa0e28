"""Case table: a date after the phrase that dates a meeting, a summit or another event the
phrase is done for or ahead of (`arrived in Lisbon ahead of talks on Thursday`, `for the summit
on Thursday`) is that event's date, not the phrase's. A date of the phrase's own (`arrived on
Monday for talks`, `for the first time on Monday`) is still judged."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

VISIT = """
story: vale-visit-2026
date: 2026-03-03
about: [vale]
entities:
  vale: {name: Rosa Vale, aliases: [Vale], kind: person}
places:
  lisbon: {name: Lisbon}
facts:
  - id: arrived
    who: vale
    what: [arrived]
    where: lisbon
    when: 2026-03-03
"""
PUBLISHED = dt.date(2026, 3, 4)  # a Wednesday: Tuesday is the 3rd


def when_of(text: str) -> str:
    """The status of the `when` slot on an article of ``text``."""
    (result,) = check_on(text, VISIT, PUBLISHED)
    (when,) = [s for s in result.slots if s.slot == "when"]
    return when.status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vale arrived in Lisbon ahead of talks on Thursday.", "unstated"),
        ("Vale arrived in Lisbon for talks on Thursday.", "unstated"),
        ("Vale arrived in Lisbon for the summit on Thursday.", "unstated"),
        ("Vale arrived in Lisbon before a meeting with the prime minister on Monday.", "unstated"),
        ("Vale arrived in Lisbon to attend a conference on Friday.", "unstated"),
        # the phrase's own date
        ("Vale arrived in Lisbon on Monday for talks.", "contradicted"),
        ("Vale arrived in Lisbon on Monday ahead of talks on Thursday.", "contradicted"),
        ("Vale arrived in Lisbon for the first time on Monday.", "contradicted"),
        ("Vale arrived in Lisbon on Tuesday ahead of talks on Thursday.", "confirmed"),
        ("Vale arrived in Lisbon on Monday.", "contradicted"),
    ],
)
def test_date_of_the_phrase(text: str, expected: str) -> None:
    assert when_of(text) == expected
