"""Case table: a phrase in a predicate joined by `and`, with no subject of its own, is done by
the subject of the clause it is joined to, past the first predicate's object (`Thatcher defeated
Heath in the leadership election and became the first woman to lead a major party`). So is the
subject of a clause whose object's kind a name tells (`The Afghan government freed three Taliban
prisoners and sent them to Qatar`: the prisoners are the object, the Taliban only their kind)."""

from __future__ import annotations

import pytest
from cases import verdict

THATCHER = """
story: thatcher
about: [thatcher]
entities:
  thatcher: {name: Margaret Thatcher, aliases: [Thatcher], kind: person}
  heath: {name: Edward Heath, aliases: [Heath], kind: person}
facts:
  - id: first-woman-to-lead
    who: thatcher
    what: [woman to lead a major party]
    count: 1
    ordinal: true
"""
SECOND = ("contradicted", "count")
NONE = ("omitted", "")
FOUND = ("consistent", "")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Thatcher defeated Heath in the leadership election and became the first woman to "
            "lead a major party.",
            ("consistent", ""),
        ),
        ("Thatcher defeated Heath and became the second woman to lead a major party.", SECOND),
        ("Thatcher beat Heath and then became the second woman to lead a major party.", SECOND),
        ("Thatcher defeated Heath, and became the second woman to lead a major party.", SECOND),
        ("Thatcher challenged Heath and replaced the second woman to lead a major party.", SECOND),
        # the joined clause has a subject of its own, or may have one
        ("Thatcher defeated Heath and Heath became the second woman to lead a major party.", NONE),
        ("Thatcher defeated Heath and he became the second woman to lead a major party.", NONE),
        ("Thatcher defeated Heath, who became the second woman to lead a major party.", NONE),
        # the first clause's subject is another entity
        ("Heath defeated Thatcher and became the second woman to lead a major party.", NONE),
        ("Heath lost to Thatcher and became the second woman to lead a major party.", NONE),
        (
            "Thatcher praised Heath, who defeated Smith and became the second woman to lead a "
            "major party.",
            NONE,
        ),
        # another clause between `and` and the phrase
        ("Thatcher defeated Heath and said that the second woman to lead a major party won.", NONE),
    ],
)
def test_a_phrase_in_a_predicate_joined_by_and(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, THATCHER, None) == expected


SWAP = """
story: swap
about: [government]
entities:
  government: {name: Afghan government, kind: organisation}
  taliban: {name: Taliban, kind: organisation}
places:
  qatar: {name: Qatar}
facts:
  - id: sent-to-qatar
    who: government
    what: [sent them to Qatar]
    where: qatar
"""
ELSEWHERE = ("contradicted", "where")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the name between the subject's verb and `and` only tells the kind of its object
        ("The Afghan government freed three Taliban prisoners and sent them to Qatar.", FOUND),
        (
            "The Afghan government freed three Taliban prisoners and sent them to Pakistan.",
            ELSEWHERE,
        ),
        ("The Afghan government freed the Taliban prisoners and sent them to Pakistan.", ELSEWHERE),
        (
            "The Afghan government released 3 Taliban commanders and sent them to Pakistan.",
            ELSEWHERE,
        ),
        # the name is the object itself, the joined clause has a subject of its own, or the
        # first clause's subject is the other entity
        ("The Afghan government freed three Taliban and sent them to Pakistan.", NONE),
        ("The Afghan government freed three Taliban prisoners and he sent them to Pakistan.", NONE),
        ("The Afghan government freed three Taliban prisoners, who sent them to Pakistan.", NONE),
        ("The Taliban freed three Afghan government officials and sent them to Pakistan.", NONE),
    ],
)
def test_a_name_telling_the_kind_of_the_object(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, SWAP, None) == expected
