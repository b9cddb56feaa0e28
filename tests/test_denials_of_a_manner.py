"""Case table of denials that go on with `in` and a bare lower-case noun (`Hale did not stab
Liam Brooke in self-defence, the judge ruled`): the manner, state or setting is what the
sentence denies, not the act, so the phrase's `what` is not judged (``MANNERS_DENIED``). A
place's or a month's name, a year, a determiner, an owner or a pronoun after `in`, a noun that
goes on with `of` or `to`, or nothing after the phrase still deny the act (``ACTS_DENIED``).
Found by the sentencing table (tests/test_false_alarm_probes_89.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """story: hale-killing
date: 2027-03-12
about: [hale]
entities:
  hale: {name: Connor Hale, aliases: [Hale], kind: person}
  brooke: {name: Liam Brooke, aliases: [Brooke], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK], country: GB}
  england: {name: England, in: uk}
  bradford: {name: Bradford, in: england}
facts:
  - id: killing
    who: hale
    what: [stabbed Liam Brooke]
    where: bradford
    when: 2026-08-23
"""
PUBLISHED = dt.date(2027, 3, 13)

MANNERS_DENIED = [
    # `in` and a bare lower-case noun right after the denied phrase: the manner is denied
    "Hale did not stab Liam Brooke in self-defence, the judge ruled, rejecting his account.",
    "Hale did not stab Liam Brooke in anger, his barrister said, but in panic.",
    "The jury found that Hale had not stabbed Liam Brooke in retaliation.",
    "Hale never stabbed Liam Brooke in cold blood, his lawyer told the jury.",
]


@pytest.mark.parametrize("text", MANNERS_DENIED)
def test_a_denied_manner_leaves_the_act_unjudged(text: str) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == set()


ACTS_DENIED = [
    # a name, a year, a determiner, an owner, a pronoun, `in front of`, or nothing: the act
    "Hale did not stab Liam Brooke in Bradford.",
    "Hale did not stab Liam Brooke in August.",
    "Hale did not stab Liam Brooke in 2026.",
    "Hale did not stab Liam Brooke in the street.",
    "Hale did not stab Liam Brooke in his flat.",
    "Hale did not stab Liam Brooke in front of his friends.",
    "Hale did not stab Liam Brooke, the judge ruled.",
    "Hale did not stab Liam Brooke at all.",
]


@pytest.mark.parametrize("text", ACTS_DENIED)
def test_a_denied_act_is_judged(text: str) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == {"killing:what"}
