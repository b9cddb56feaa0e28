"""Case table: a sentence whose phrase gives, for a count fact of the same `who` found on the
same words, a number that clashes with that fact's count (`Brightlane recalled 12,000 jars in
March`, the story's recall being of 40,000) tells another occurrence of the act: its date and
place are not judged against the fact's. Near-misses, still judged: the same sentence with
the fact's count (`recalled 40,000 jars in March`), no count, a count of the same `who` on
other words (`has 300 staff and recalled jars`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

RECALL = """
story: brightlane-recall
date: 2025-04-08
about: [brightlane]
entities:
  brightlane: {name: Brightlane Foods, aliases: [Brightlane], kind: organisation}
  harvest: {name: Harvest Co, kind: organisation}
places:
  uk: {name: Britain, aliases: [UK], country: GB}
facts:
  - id: recall
    who: brightlane
    what: [recalled, recalling]
    where: uk
    when: 2025-04-08
  - id: jars
    who: brightlane
    what: [recalled jars, recalling jars]
    count: 40000
  - id: staff
    who: brightlane
    what: [staff]
    count: 500
"""
PUBLISHED = dt.date(2025, 4, 9)

CASES = [
    ("Brightlane recalled 12,000 jars in March.", set()),
    ("Brightlane recalled 12,000 jars in France last year.", set()),
    ("Brightlane Foods was recalling 9,000 jars in Germany in January.", set()),
    # near-misses: the fact's count, no count, a count on other words, another company
    ("Brightlane recalled 40,000 jars in March.", {"recall:when"}),
    ("Brightlane recalled jars in March.", {"recall:when"}),
    ("Brightlane has 300 staff and recalled jars in March.", {"recall:when"}),
    ("Harvest Co recalled 12,000 jars in March.", set()),
    ("Brightlane recalled 40,000 jars on Tuesday.", set()),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_another_count_tells_another_occurrence(text: str, expected: set[str]) -> None:
    assert clashes_on(text, RECALL, PUBLISHED) == expected
