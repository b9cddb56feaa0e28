"""Case table: a word of expectation that is the fact's own phrasing does not make the number
after it a guess: a fact whose `what` is the expectation (`were expecting`, `predicted`) is
stated by the figure expected (`Wall Street predicted $2.52 a share`).

* A number after the phrase still only confirms (`predicted $2.60 a share` for $2.52 is not
  judged).
* Left alone: a word of expectation or plan outside the phrase (`is expected to have
  predicted`, `plans to pay a dividend of`), and another one expecting.

First run of this table on the checker before the rule: 5 of 7 rows as wanted; the 2 rows marked
`rule` were omitted.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

STORY = """
story: results
date: 2019-11-19
about: [home-depot]
entities:
  home-depot: {name: Home Depot, kind: organisation}
  wall-street: {name: Wall Street, aliases: [Wall Street analysts]}
places: {}
facts:
  - id: expected
    who: wall-street
    what: [were expecting, predicted]
    count: 2.52
    unit: $
  - id: dividend
    who: home-depot
    what: [pay a dividend of]
    count: 1.36
    unit: $
"""

PUBLISHED = dt.date(2019, 11, 19)

CASES = [
    # rule: the fact's own word of expectation
    ("Wall Street predicted $2.52 a share.", "expected", "consistent"),
    (
        "Wall Street analysts surveyed by Refinitiv were expecting $2.52 a share on revenue of "
        "$27.53 billion.",
        "expected",
        "consistent",
    ),
    # a figure after the phrase that does not fit: not judged
    ("Wall Street predicted $2.60 a share.", "expected", "omitted"),
    # a word of expectation outside the phrase
    ("Wall Street is expected to have predicted $2.52 a share.", "expected", "omitted"),
    # a plan before a phrase that is no expectation
    ("Home Depot plans to pay a dividend of $1.36 a share.", "dividend", "omitted"),
    ("Home Depot will pay a dividend of $1.36 a share.", "dividend", "consistent"),
    # another one expecting
    ("Jefferies predicted $2.52 a share.", "expected", "omitted"),
]


@pytest.mark.parametrize("text, fact, expected", CASES)
def test_an_expected_figure(text: str, fact: str, expected: str) -> None:
    (result,) = [r for r in check_on(text, STORY, PUBLISHED) if r.fact == fact]
    assert result.status == expected
