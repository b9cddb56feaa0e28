"""Case table of a tally's value after a verb of being or reaching (`Turnout was 41%`, `Turnout
in the election was 41 per cent`, `The attendance reached 84,312`): when the fact's phrase ends
in a tally noun, the first number after it, ending its clause, is the tally's value and is
judged (`count.tally-value`). A change (`rose 4%`), a plan or an estimate, a number that goes
on, a range, a number in another unit and another verb between are not. A phrase after `the
number of` is a tally too, its value given after `was`, `reached`, `hit`, `totalled`, `stood at`
or `peaked at`, past a complement of time only (`the number of homes without power during the
night peaked at 210,000`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: tally-values
date: 2025-10-22
about: [election, final]
entities:
  election: {name: Winnipeg mayoral election, kind: event, mention_only: [the election]}
  final: {name: National Cup final, kind: event, mention_only: [the final]}
facts:
  - id: turnout
    who: election
    what: [turnout]
    count: 41
    unit: "%"
  - id: crowd
    who: final
    what: [attendance, crowd]
    count: 84312
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turnout in the election was 44 per cent, the highest since 2010.", {"turnout:count"}),
        ("Turnout in the election rose to 44%.", {"turnout:count"}),
        ("Turnout in the election was 41%.", set()),
        ("The attendance at the final reached 48,312.", {"crowd:count"}),
        ("The crowd at the final stood at 48,312, a record.", {"crowd:count"}),
        # near-misses: a change, a plan, an estimate, a number that goes on, a range, no unit
        ("Turnout in the election rose 4%.", set()),
        ("Turnout in the election was expected to reach 50 per cent.", set()),
        ("Police estimated the crowd at the final was 48,312.", set()),
        ("Turnout in the election was 44 per cent of those registered.", set()),
        ("Turnout in the election was 44 to 46 per cent.", set()),
        ("Turnout in the election was 44.", set()),
        ("The crowd at the final was 48,312 people strong.", set()),
    ],
)
def test_tally_value(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, dt.date(2025, 10, 23)) == expected


STORM = """
story: storm-kesh
date: 2027-10-04
about: [kesh]
entities:
  kesh: {name: Storm Kesh, aliases: [Kesh], kind: event}
facts:
  - id: homes
    who: kesh
    what: [homes without power, homes lost power]
    count: 120000
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # `the number of` before the phrase makes it a tally: its value after a verb of being
        # or reaching, past a complement of time, is judged
        ("Storm Kesh: the number of homes without power reached 210,000.", {"homes:count"}),
        ("Storm Kesh: the total number of homes without power was 210,000.", {"homes:count"}),
        (
            "Storm Kesh: the number of homes without power during the night peaked at 210,000.",
            {"homes:count"},
        ),
        ("Storm Kesh: the number of homes without power reached 120,000.", set()),
        # not a value of another time, a part of the whole, a plan, a value that goes on
        ("Storm Kesh: the number of homes without power fell to 20,000.", set()),
        ("Storm Kesh: the number of homes without power rose to 80,000.", set()),
        ("Storm Kesh: the number of homes without power in Wales reached 21,000.", set()),
        ("Storm Kesh: the number of homes without power was expected to top 210,000.", set()),
        ("Storm Kesh: the number of homes without power reached 210,000 by noon.", set()),
    ],
)
def test_the_number_of_a_phrase_is_a_tally(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORM, dt.date(2027, 10, 5)) == expected
