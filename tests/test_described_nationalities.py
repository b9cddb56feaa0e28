"""Case table: an age description (`the 48-year-old`) followed by a nationality (`The
48-year-old Australian was evicted`) refers back as the bare description does: to the one
person named before it in its sentence or the two before. A nationality is a capitalised word
made from the name of a country of the world gazetteer with one of the usual endings
(`Australian`, `Indonesian`, `Chinese`, `Italian`) or a common irregular one (`British`).

* Left alone: a capitalised word that is no nationality (`The 48-year-old Smith`), a noun that
  is no word of the person's names (`the 48-year-old singer`), two persons named before, and
  the description after `a` (a new person).
* The age it gives is judged as the bare description's (`count.age-description`).

First run of this table on the checker before the rule: 4 of 7 rows as wanted; the 3 rows marked
`rule` were omitted.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import world
from tests.cases import verdict

STORY = """
story: eviction
date: 2019-11-19
about: [hale]
entities:
  hale: {name: Dana Hale, aliases: [Hale], kind: person}
  reed: {name: Tom Reed, aliases: [Reed], kind: person}
places: {}
facts:
  - id: age
    who: hale
    what: year-old
    count: 48
  - id: sentenced
    who: hale
    what: sentenced to
"""

PUBLISHED = dt.date(2019, 11, 19)
NAMED = "Dana Hale was evicted from the embassy on Thursday. "

CASES = [
    # rule: a nationality after the age
    (NAMED + "The 48-year-old Australian was sentenced to 50 weeks.", "age", ("consistent", "")),
    (
        NAMED + "The 48-year-old Australian was sentenced to 50 weeks.",
        "sentenced",
        ("consistent", ""),
    ),
    # rule: its age judged as the bare description's
    (
        NAMED + "The 47-year-old Australian was sentenced to 50 weeks.",
        "age",
        ("contradicted", "count"),
    ),
    # no nationality, no word of the person's names
    (NAMED + "The 48-year-old Smith was sentenced to 50 weeks.", "sentenced", ("omitted", "")),
    (NAMED + "The 48-year-old singer was sentenced to 50 weeks.", "sentenced", ("omitted", "")),
    # two persons named before
    (
        "Dana Hale and Tom Reed were evicted. The 48-year-old Australian was sentenced.",
        "sentenced",
        ("omitted", ""),
    ),
    # a new person
    (NAMED + "A 48-year-old Australian was sentenced to 50 weeks.", "sentenced", ("omitted", "")),
]


@pytest.mark.parametrize("text, fact, expected", CASES)
def test_an_age_description_with_a_nationality(
    text: str, fact: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, STORY, PUBLISHED, fact) == expected


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Australian", True),
        ("Indonesian", True),
        ("Chinese", True),
        ("Italian", True),
        ("Pakistani", True),
        ("German", True),
        ("British", True),
        ("australian", False),  # not capitalised: no nationality as a name
        ("Morgan", False),
        ("Julian", False),
        ("Smith", False),
    ],
)
def test_a_nationality_word(word: str, expected: bool) -> None:
    assert world.is_demonym(word) is expected
