"""Case table: a fact one of whose phrasings is a passive (`was founded`) is done to its `who`,
whoever does it: a passive of it whose agent is another entity of the story still states it
(`Asylum Records is an American record label founded in 1971 by David Geffen`), the `who`
being what the act is done to (the name before `which`/`that`/`who`, else the nearest name
before the phrase).

* Only for a `who` of one entity, with no year in the sentence but the fact's (`In 1991 Asylum
  Records was founded by David Geffen`, for 1971: a date before the phrase is not judged).
* Such a mention only confirms: a clash on it is shown as doubtful, never failed, and the fact
  stays omitted (the agent's act may be another one told in the same words: `re-founded`).
* Left alone: a fact with no passive phrasing (`what: founded`: its `who` may be the founder),
  a `who` of several entities (`Melania was given a tour by Laura Bush`, for Michelle's tour),
  another thing acted on, and a denial.

First run of this table on the checker before the rule: 6 of 8 rows as wanted; the 2 rows marked
`rule` were omitted.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

STORY = """
story: label
date: 1971-06-01
about: [asylum]
entities:
  asylum: {name: Asylum Records, aliases: [Asylum], kind: organisation}
  geffen: {name: David Geffen, aliases: [Geffen], kind: person}
  michelle: {name: Michelle Obama, kind: person}
  melania: {name: Melania Trump, aliases: [Melania], kind: person}
  laura: {name: Laura Bush, kind: person}
places: {}
facts:
  - id: founded
    who: asylum
    what: [founded, was founded]
    when: 1971
  - id: founded-active
    who: asylum
    what: [founded]
    when: 1971
  - id: tour
    who: [michelle, melania]
    what: [was given a tour]
"""

PUBLISHED = dt.date(1971, 6, 1)

CASES = [
    # rule: a reduced relative, its agent another entity
    (
        "Asylum Records is an American record label founded in 1971 by David Geffen.",
        "founded",
        ("consistent", set()),
    ),
    # rule: a passive with `be`, the fact's year before it
    ("In 1971 Asylum Records was founded by David Geffen.", "founded", ("consistent", set())),
    # another year: maybe another act, not judged
    ("In 1991 Asylum Records was founded by David Geffen.", "founded", ("omitted", set())),
    ("Asylum Records was founded in 1991 by David Geffen.", "founded", ("omitted", set())),
    # no passive phrasing: the `who` may be the founder
    ("Asylum Records was founded in 1971 by David Geffen.", "founded-active", ("omitted", set())),
    # several entities: the agent is another one than the fact's doer
    ("Melania was given a tour by Laura Bush.", "tour", ("omitted", set())),
    # another thing acted on
    ("Elektra was founded in 1971 by David Geffen.", "founded", ("omitted", set())),
    # negated
    ("Asylum Records was not founded by David Geffen.", "founded", ("omitted", set())),
]


@pytest.mark.parametrize("text, fact, expected", CASES)
def test_a_passive_done_to_the_who(text: str, fact: str, expected: tuple[str, set[str]]) -> None:
    (result,) = [r for r in check_on(text, STORY, PUBLISHED) if r.fact == fact]
    doubtful = {s.slot for s in result.slots if s.status == "doubtful"}
    assert (result.status, doubtful) == expected
