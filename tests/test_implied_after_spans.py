"""Case table of `after` opening a span of time in a sentence that names no one (`Seven miners
were pulled out alive yesterday after 96 hours underground`): how long the event took, not
another event, so the story's event is still the implied subject; `after` before anything else
(`after the blast`, `after two days of talks since ...`) still leaves it unimplied."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: implied-after-spans
date: 2025-07-19
about: [rescue]
entities:
  rescue: {name: San Telmo mine rescue, kind: event, mention_only: [the rescue]}
facts:
  - id: rescued
    who: rescue
    what: [were rescued, were pulled out]
    when: 2025-07-19
  - id: miners
    who: rescue
    what: [miners]
    count: 7
"""

PUBLISHED = dt.date(2025, 7, 20)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a span of time after `after`: the event's own length
        (
            "Nine miners were pulled out alive on Thursday after 96 hours underground.",
            {"rescued:when", "miners:count"},
        ),
        ("Nine miners were rescued after four days.", {"miners:count"}),
        ("Nine miners were rescued after more than 90 hours.", {"miners:count"}),
        ("The miners were rescued on Thursday after two weeks underground.", {"rescued:when"}),
        # near-misses: `after` an event, a span before another `after`, another word of time
        ("Nine miners were rescued on Thursday after the blast.", set()),
        ("Nine miners were rescued on Thursday four days after the blast.", set()),
        ("Nine miners were rescued on Thursday after two days since the blast.", set()),
        ("Nine miners were rescued in 2010 after 69 days.", set()),
    ],
)
def test_span_after_keeps_the_event_implied(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == expected
