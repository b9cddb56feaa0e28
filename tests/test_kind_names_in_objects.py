"""Case table: a name that only tells the kind of a counted object (`an order of 50 Airbus
A350-900 jets`, `bought 30 Boeing jets`) is no subject of the phrase after it.

* A capitalised name right after a number that follows `of` or a lower-case verb, with a
  plural noun after it (a model's designation may stand between: `Airbus A350-900 jets`), is
  passed over when the phrase's subject is looked for: `In addition to its order of 30 Boeing
  jets Wednesday, it announced an order of 50 Airbus A350-900 jets on Monday at a value of $16
  billion` tells Emirates' order (`it`, the sentence before naming Emirates).
* Left alone: a sentence that names another entity before the phrase (`Emirates bought 30
  Boeing jets ...`; `The government freed three Taliban prisoners and he sent them`: the
  clause may have a subject of its own), a name after a number that opens the sentence
  (`Thirty Boeing engineers announced ...`: the engineers are the subject), a name with no
  number before it (`Boeing announced an order of ...`), and a sentence with a capitalised
  name the story does not know before the phrase (`After Qatar Airways bought 30 Boeing jets,
  it announced ...`: `it` may be Qatar Airways).

First run of this table on the checker before the rule: 8 of 12 rows as wanted; four rows,
marked `rule` when the table was committed, were omitted. One of them (`Emirates bought 30
Boeing jets ...`) was then left to the reading of today, to keep `and he sent them` its own
clause: the rule moves 3 rows. The rows with `at a value of` were given a date before it
(`on Monday`) after that run, since a sum right after `30 Boeing jets` is read by no rule;
the figure is the same.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

FLEET = """
story: fleet
date: 2019-11-20
about: [emirates]
entities:
  emirates: {name: Emirates, kind: organisation}
  boeing: {name: Boeing, kind: organisation}
  airbus: {name: Airbus, kind: organisation}
  clark: {name: Tim Clark, aliases: [Clark], kind: person}
places: {}
facts:
  - id: a350-order
    who: emirates
    what: [Airbus A350-900 jets]
    count: 50
    when: 2019-11-18
  - id: a350-value
    who: emirates
    what: [at a value of]
    count: 16000000000
    unit: $
"""

PUBLISHED = dt.date(2019, 11, 20)  # a Wednesday: `Monday` is the 18th, `Tuesday` the 19th
BEFORE = "As of October, Emirates had a fleet of 270 aircraft. "

KIND_CASES = [
    # rule: the kind names of the objects are passed over; `it` carries Emirates
    (
        "In addition to its order of 30 Boeing jets Wednesday, it announced an order of 50"
        " Airbus A350-900 jets on Monday at a value of $16 billion at list prices.",
        {"a350-order": "consistent", "a350-value": "consistent"},
    ),
    # rule: the same, the date or the sum changed
    (
        "In addition to its order of 30 Boeing jets Wednesday, it announced an order of 50"
        " Airbus A350-900 jets on Tuesday.",
        {"a350-order": "contradicted", "a350-value": "omitted"},
    ),
    (
        "It ordered 30 Boeing jets on Monday at a value of $12 billion.",
        {"a350-order": "omitted", "a350-value": "contradicted"},
    ),
    # another name before the kind name: read as before, the kind name the nearest
    (
        "Emirates bought 30 Boeing jets on Monday at a value of $16 billion.",
        {"a350-order": "omitted", "a350-value": "omitted"},
    ),
    # already read: no kind name before the phrase
    (
        "It announced an order of 50 Airbus A350-900 jets on Monday.",
        {"a350-order": "consistent", "a350-value": "omitted"},
    ),
    # a kind name after a number opening the sentence: the subject's own kind
    (
        "Thirty Boeing engineers announced an order of 50 Airbus A350-900 jets on Tuesday.",
        {"a350-order": "omitted", "a350-value": "omitted"},
    ),
    (
        "Thirty Boeing engineers worked on Monday at a value of $12 billion.",
        {"a350-order": "omitted", "a350-value": "omitted"},
    ),
    # a name with no number before it is the subject
    (
        "Boeing announced an order of 50 Airbus A350-900 jets on Tuesday.",
        {"a350-order": "omitted", "a350-value": "omitted"},
    ),
    (
        "Boeing sold 30 Airbus jets on Monday at a value of $12 billion.",
        {"a350-order": "omitted", "a350-value": "omitted"},
    ),
    # a name the story does not know before the phrase: `it` may be that one
    (
        "After Qatar Airways bought 30 Boeing jets, it announced an order of 50 Airbus"
        " A350-900 jets on Tuesday.",
        {"a350-order": "omitted", "a350-value": "omitted"},
    ),
    (
        "Emirates said Qatar Airways bought 30 Boeing jets on Monday at a value of $12 billion.",
        {"a350-order": "omitted", "a350-value": "omitted"},
    ),
    # another named subject after the kind name's object
    (
        "In addition to its order of 30 Boeing jets, Airbus announced an order of 50 Airbus"
        " A350-900 jets on Tuesday.",
        {"a350-order": "omitted", "a350-value": "omitted"},
    ),
]


@pytest.mark.parametrize("text, expected", KIND_CASES)
def test_a_kind_name_in_an_object_is_no_subject(text: str, expected: dict[str, str]) -> None:
    found = {r.fact: r.status for r in check_on(BEFORE + text, FLEET, PUBLISHED)}
    assert found == expected
