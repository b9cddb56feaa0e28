"""Case table: the fact's `who` named in a closing attribution after a phrase outside quotation
marks (`Twelve passengers were hurt, the Island Princess said.`) is the source that reports the
sentence, not the subject of its phrase: its count, date and place are not the `who`'s. Named
after the phrase in any other way it is still the subject (`Arriving in Oslo on Monday was
Halvorsen`), and so is the speaker of a phrase inside quotation marks."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

FERRY = """
story: island-princess
date: 2025-03-04
about: [ferry]
entities:
  ferry: {name: Island Princess, kind: organisation}
places: {}
facts:
  - id: passengers
    who: ferry
    what: [carried passengers]
    count: 300
"""

VISIT = """
story: visit
date: 2025-03-04
about: [halvorsen]
entities:
  halvorsen: {name: Ingrid Halvorsen, aliases: [Halvorsen], kind: person}
places:
  oslo: {name: Oslo}
facts:
  - id: arrived
    who: halvorsen
    what: [arrived in Oslo]
    when: 2025-03-04
"""
PUBLISHED = dt.date(2025, 3, 5)  # a Wednesday: Tuesday is the 4th, Monday the 3rd
WRONG_DAY = ("contradicted", ("when",))


def status(text: str, story: str) -> tuple[str, tuple[str, ...]]:
    (result,) = check_on(text, story, PUBLISHED)
    return result.status, tuple(s.slot for s in result.contradictions)


@pytest.mark.parametrize(
    ("text", "story", "expected"),
    [
        # the source of a closing attribution reports the sentence: no mention of its act
        ("Twelve carried passengers were hurt, the Island Princess said.", FERRY, ("omitted", ())),
        (
            "Twelve carried passengers were hurt, the Island Princess said on Tuesday.",
            FERRY,
            ("omitted", ()),
        ),
        ("Guests arrived in Oslo on Monday, Halvorsen said.", VISIT, ("omitted", ())),
        ("Guests arrived in Oslo on Monday, according to Halvorsen.", VISIT, ("omitted", ())),
        # named after the phrase another way, or as the speaker of a quoted phrase: the subject
        ("Arriving in Oslo on Monday was Halvorsen.", VISIT, WRONG_DAY),
        ('"I arrived in Oslo on Monday," Halvorsen said.', VISIT, WRONG_DAY),
        # the fact's own subject before the phrase: judged, whoever reports it
        ("Halvorsen arrived in Oslo on Monday, officials said.", VISIT, WRONG_DAY),
        ("Halvorsen arrived in Oslo on Tuesday, Halvorsen said.", VISIT, ("consistent", ())),
    ],
)
def test_a_closing_source_is_no_subject(
    text: str, story: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    assert status(text, story) == expected
