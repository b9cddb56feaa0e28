"""Case table: where and when a phrase happened may be told past an apposition after it (`the
premiere of the film, her first leading role, in Paris last Wednesday`): the apposition, a
comma, `a`/`the`/`her`... and words with no digit, no clause word and no finite auxiliary to a
comma, does not count towards how far the place or the date stands, nor as a clause break.
Near-misses: a relative clause (`, which opened in Paris`), an apposition with a verb of its
own (`, a role she won in Paris`), one with a number, and a place too far past it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

FILM = """
story: premiere
date: 2025-03-09
about: [okonjo]
entities:
  okonjo: {name: Maya Okonjo, aliases: [Okonjo], kind: person}
  film: {name: Harbour Lights, kind: product, mention_only: [the film]}
places:
  london: {name: London, country: GB}
facts:
  - id: premiere
    who: okonjo
    what: [attended the premiere]
    where: london
    when: 2025-03-05
"""
PUBLISHED = dt.date(2025, 3, 10)


def clashes(text: str) -> str:
    (result,) = check_on(text, FILM, PUBLISHED)
    return ",".join(f"{s.slot}:{s.rule}" for s in result.slots if s.status == "contradicted")


CASES = [
    (
        "Okonjo attended the premiere of the film, her first leading role, in Paris last "
        "Wednesday.",
        "where:named/where.world-place",
    ),
    (
        "Okonjo attended the premiere of the film, her first leading role, in London last "
        "Thursday.",
        "when:named/when.date-after-phrase",
    ),
    (
        "Okonjo attended the premiere, the biggest night of her career, in Paris.",
        "where:named/where.world-place",
    ),
    ("Okonjo attended the premiere of the film, her first leading role, in London.", ""),
    # a relative clause, a verb of its own, a number, a place too far past it
    ("Okonjo attended the premiere of the film, which opened in Paris last Thursday.", ""),
    ("Okonjo attended the premiere of the film, a role she won in Paris last Thursday.", ""),
    ("Okonjo attended the premiere of the film, her 3rd leading role, in Paris.", ""),
    (
        "Okonjo attended the premiere, her first, and later flew with friends and family to Paris.",
        "",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_place_or_date_past_an_apposition(text: str, expected: str) -> None:
    assert clashes(text) == expected
