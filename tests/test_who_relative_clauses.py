"""Case table: a phrase right after `who` (auxiliaries and `also` aside) takes the name right
before `who` as its subject, as after `which` and `that`, after a preposition too: `The director
could not wait to work with Nyong'o, who won an Oscar in 2014` states Nyong'o's Oscar, and `The
well was widened by rescuers who also pumped in oxygen` the rescuers' act.

* `who` never stands for a thing (an entity of `kind: product` or `event`, or of no kind with a
  name ending in a noun of a thing): `the driver of the vehicle, who was arrested` is left to
  the other rules, which find the driver.
* Left alone: another entity before `who` (`thanked Reed, who won an Oscar`), and a `who` clause
  with a modal of possibility before the phrase (`who could win an Oscar in 2017`).
* A date of the clause is judged as for any subject (`who won an Oscar in 2015`).

First run of this table on the checker before the rule: 4 of 7 rows as wanted; the 3 rows marked
`rule` were omitted.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

STORY = """
story: film
date: 2016-06-01
about: [nyongo]
entities:
  nyongo: {name: Lupita Nyong'o, aliases: [Nyong'o], kind: person}
  reed: {name: Tom Reed, aliases: [Reed], kind: person}
  rescuers: {name: rescuers, aliases: [rescue team]}
  driver: {name: driver, kind: person}
  tram: {name: tram, aliases: [vehicle]}
places: {}
facts:
  - id: oscar
    who: nyongo
    what: won an Oscar
    when: 2014
  - id: oxygen
    who: rescuers
    what: pumped in oxygen
  - id: arrested
    who: driver
    what: arrested
"""

PUBLISHED = dt.date(2016, 6, 1)
WAIT = "The director could not wait to work with "

CASES = [
    # rule: the name before `who`, after a preposition
    (WAIT + "Nyong'o, who won an Oscar in 2014.", "oscar", ("consistent", "")),
    # rule: `also` between `who` and the phrase
    ("The well was widened by rescuers who also pumped in oxygen.", "oxygen", ("consistent", "")),
    # rule: the clause's date is judged as any subject's
    (WAIT + "Nyong'o, who won an Oscar in 2015.", "oscar", ("contradicted", "when")),
    # a thing before `who`: the driver is still found by the rules before
    (
        "Passengers said the driver of the vehicle, who was arrested afterwards, had blacked out.",
        "arrested",
        ("consistent", ""),
    ),
    # another actor
    (WAIT + "Reed, who won an Oscar in 2015.", "oscar", ("omitted", "")),
    # another act
    (WAIT + "Nyong'o, who won a Golden Globe in 2015.", "oscar", ("omitted", "")),
    # hypothetical
    (WAIT + "Nyong'o, who could win an Oscar in 2017.", "oscar", ("omitted", "")),
]


@pytest.mark.parametrize("text, fact, expected", CASES)
def test_a_who_clause(text: str, fact: str, expected: tuple[str, str]) -> None:
    assert verdict(text, STORY, PUBLISHED, fact) == expected
