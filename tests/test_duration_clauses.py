"""Case table of a clause told after a span of time (`two years after Tanabe signed four
agreements`, `three months before`, `a week since`): it tells another time than the sentence's
event, so a phrase standing in it judges no date, place or count; the near-misses (a span of
hours or minutes, an `after` with no span, the main clause of a fronted span) are still
judged."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: durations
date: 2025-03-04
about: [tanabe]
entities:
  tanabe: {name: Kenji Tanabe, aliases: [Tanabe], kind: person}
places:
  norway: {name: Norway}
  oslo: {name: Oslo, in: norway}
  bergen: {name: Bergen, in: norway}
facts:
  - id: agreements
    who: tanabe
    what: [signed agreements, agreements]
    count: 6
  - id: accord
    who: tanabe
    what: [signed the accord]
    when: 2025-03-04
    where: bergen
"""

PUBLISHED = dt.date(2025, 3, 6)


def clashes(text: str) -> set[str]:
    return clashes_on(text, STORY, PUBLISHED)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the phrase stands in a clause told a span of a day or more after or before the event
        ("The visit comes two years after Tanabe signed four agreements in Oslo.", set()),
        ("The visit comes three months before Tanabe signed four agreements.", set()),
        ("The talks opened a week after Tanabe signed the accord in Oslo.", set()),
        ("The visit comes decades after Tanabe signed the accord in Oslo in 1995.", set()),
        ("It came years before Tanabe signed the accord in Oslo.", set()),
        ("The row broke out 18 months after Tanabe signed four agreements.", set()),
        ("Protests began two days after Tanabe signed the accord in Oslo.", set()),
        ("It is a decade since Tanabe signed the accord in Oslo in 2015.", set()),
        ("The visit came just two weeks after Tanabe signed four agreements.", set()),
        # near-misses: hours or minutes of the same event, no span, the main clause
        ("Tanabe signed four agreements two hours after arriving.", {"agreements:count"}),
        ("Tanabe signed the accord in Oslo 30 minutes after the talks.", {"accord:where"}),
        ("Tanabe signed four agreements after the talks.", {"agreements:count"}),
        ("The talks ended after Tanabe signed four agreements.", {"agreements:count"}),
        ("The visit ended soon after Tanabe signed the accord in Oslo.", {"accord:where"}),
        ("Tanabe signed the accord in Oslo after the talks.", {"accord:where"}),
        ("Two years after the war, Tanabe signed four agreements.", {"agreements:count"}),
        ("Two years after the war, Tanabe signed the accord in Oslo.", {"accord:where"}),
        ("Tanabe signed four agreements two years after the war.", {"agreements:count"}),
        ("Tanabe signed the accord in Oslo two years after the war.", {"accord:where"}),
        (
            "Tanabe signed the accord in Oslo on 2 March, two years after the war.",
            {"accord:when", "accord:where"},
        ),
        ("The ceremony began two hours after Tanabe signed four agreements.", {"agreements:count"}),
    ],
)
def test_duration_clauses(text: str, expected: set[str]) -> None:
    assert clashes(text) == expected
