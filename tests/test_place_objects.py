"""Case table: a place right after a verb whose object is where its act happens (`struck
northern Chile`, `hit Peru`, `visited Paris`; `struck`, `hit`, `rocked`, `shook`, `battered`,
`flooded`, `swept`, `visited`, `toured`...), or after area words, is the act's place when the
verb ends the fact's phrase (`where.place-as-object`, `where.world-place-as-object`). Near-
misses: another verb before the place (`met`, `beat`), the place after `the` before a noun
(`hit the Chile border`), an owner (`struck Chile's north`), a name the place begins (`Paris
Hilton`), and a verb that is not the phrase's last word."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

QUAKE = """
story: quake
date: 2025-02-11
about: [quake, kim]
entities:
  quake: {name: Arequipa earthquake, kind: event, mention_only: [the quake, the earthquake]}
  kim: {name: Kim Jong Un, aliases: [Kim], kind: person}
places:
  peru: {name: Peru}
  arequipa: {name: Arequipa region, in: peru}
  russia: {name: Russia}
  vladivostok: {name: Vladivostok, in: russia}
facts:
  - id: struck
    who: quake
    what: [struck, hit, rocked]
    where: arequipa
  - id: visit
    who: kim
    what: [visited, met Putin]
    where: vladivostok
"""
PUBLISHED = dt.date(2025, 2, 12)


def where_of(text: str, fact: str) -> tuple[str, str]:
    for result in check_on(text, QUAKE, PUBLISHED):
        if result.fact == fact:
            for slot in result.slots:
                if slot.slot == "where":
                    return slot.status, slot.rule
    raise AssertionError(fact)


UNSTATED = ("unstated", "")

CASES = [
    (
        "The quake struck northern Chile.",
        "struck",
        ("contradicted", "named/where.world-place-after-area-word-as-object"),
    ),
    ("The quake struck Chile.", "struck", ("contradicted", "named/where.world-place-as-object")),
    (
        "The quake rocked Bolivia on Tuesday.",
        "struck",
        ("contradicted", "named/where.world-place-as-object"),
    ),
    (
        "The quake struck southern Peru.",
        "struck",
        ("confirmed", "where.place-after-area-word-as-object"),
    ),
    ("The quake hit Peru.", "struck", ("confirmed", "where.place-as-object")),
    (
        "Kim visited Khabarovsk.",
        "visit",
        ("contradicted", "named/where.world-place-as-object"),
    ),
    ("Kim visited Vladivostok.", "visit", ("confirmed", "where.place-as-object")),
    # the place after `the` before a noun, an owner, a longer name
    ("The quake hit the Chile border.", "struck", UNSTATED),
    ("The quake struck Chile's north.", "struck", UNSTATED),
    ("Kim visited Paris Hilton.", "visit", UNSTATED),
    # the verb is not the phrase's last word, or another verb stands before the place
    ("Kim met Putin Khabarovsk style.", "visit", UNSTATED),
    ("The quake struck as Chile slept.", "struck", UNSTATED),
    ("The quake struck, and Chile sent aid.", "struck", UNSTATED),
    # an infinitive after a noun tells a kind of thing (`the second quake to hit Chile`)
    ("The quake, the second to hit Chile this year, killed 47.", "struck", UNSTATED),
]


@pytest.mark.parametrize("text, fact, expected", CASES)
def test_a_place_as_the_verbs_object(text: str, fact: str, expected: tuple[str, str]) -> None:
    assert where_of(text, fact) == expected
