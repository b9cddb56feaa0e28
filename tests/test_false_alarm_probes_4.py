"""Case table of false alarms found by probing invented stories of more kinds (a rocket launch,
a marathon, a missing hiker found alive): another model whose designation goes on the entity's
name past a hyphen (`Kestrel-1` for `Kestrel-2`), other members of the kind before a subject's
name and its head noun (`Orbis's previous Kestrel-2 mission`) and an occasion its subject's
ordinal names after the phrase (`on its maiden flight`) must not clash, and the near-misses
that state a wrong value for the fact's own event still must."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.match import Gazetteer, tokenize
from tests.cases import check_on

STORY = """
story: probes-4
date: 2025-06-12
about: [orbis, kestrel, tesfaye]
entities:
  orbis: {name: Orbis Launch, aliases: [Orbis], kind: organisation}
  kestrel: {name: Kestrel-2 rocket, aliases: [Kestrel-2, the Kestrel], kind: product}
  tesfaye: {name: Aberu Tesfaye, aliases: [Tesfaye], kind: person}
places:
  french-guiana: {name: French Guiana}
  kourou: {name: Kourou, in: french-guiana}
  portugal: {name: Portugal}
  lisbon: {name: Lisbon, in: portugal}
  porto: {name: Porto, in: portugal}
facts:
  - id: launch
    who: kestrel
    what: [lifted off, launched]
    when: 2025-06-12
    where: kourou
  - id: payload
    who: kestrel
    what: [satellites]
    count: 14
  - id: win
    who: tesfaye
    what: [won the race]
    when: 2025-06-08
    where: lisbon
"""

PUBLISHED = dt.date(2025, 6, 13)


def clashes(text: str) -> set[str]:
    return {
        f"{r.fact}:{s.slot}"
        for r in check_on(text, STORY, PUBLISHED)
        for s in r.slots
        if s.status == "contradicted"
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # a hyphen and a number go on a name: another model's designation
        ("The Kestrel-1 launched from Kourou in 2021.", set()),
        ("Its predecessor, the Kestrel-1, lifted off in 2021.", set()),
        # near-misses: the entity's own designation, or its alias with no number after it
        ("The Kestrel-2 launched on Wednesday.", {"launch:when"}),
        ("The Kestrel launched on Wednesday.", {"launch:when"}),
        ("The Kestrel-2's previous flight lifted off in March.", set()),
        # a differing number is no misspelling of a name (`Kestrel-1 rocket`)
        ("The original Kestrel-1 rocket lifted off in 2021 with 6 satellites.", set()),
        # near-misses: the name itself, and a misspelling of its words
        ("The Kestrel-2 rocket lifted off on Wednesday.", {"launch:when"}),
        # an other-word before the subject's name and one head noun after it
        ("Orbis's previous Kestrel-2 mission lifted off from Kourou in March.", set()),
        ("An earlier Kestrel-2 flight lifted off in March.", set()),
        # near-misses: no other-word, or one that is not before the subject
        ("The Kestrel-2 mission lifted off on Wednesday.", {"launch:when"}),
        ("After earlier delays, the Kestrel-2 lifted off in March.", {"launch:when"}),
        # an occasion the subject's ordinal names, after the phrase
        ("The Kestrel-2 launched 22 satellites on its maiden flight in 2023.", set()),
        ("The Kestrel-2 launched on its first flight in 2023.", set()),
        ("Tesfaye won the race in Porto on his debut in 2019.", set()),
        # near-misses: no `on`/`during`/`in` before the owner, or no ordinal
        ("The Kestrel-2 launched its first satellites on Wednesday.", {"launch:when"}),
        ("The Kestrel-2 launched on Wednesday with its first customer.", {"launch:when"}),
        ("The Kestrel-2 launched on its flight on Wednesday.", {"launch:when"}),
        ("Tesfaye won the race in Porto on Sunday.", {"win:where"}),
        # the facts stated rightly and wrongly
        ("The Kestrel-2 lifted off from Kourou on Thursday carrying 14 satellites.", set()),
        ("The Kestrel-2 lifted off on Thursday carrying 16 satellites.", {"payload:count"}),
    ],
)
def test_probe(text: str, expected: set[str]) -> None:
    assert clashes(text) == expected


@pytest.mark.parametrize(
    "text, found",
    [
        ("the Kestrel-1 rocket", False),  # a differing number: another model
        ("the Kestrel-2 rokcet", True),  # near-miss: a misspelt word is still the name
        ("the Kestrel 2 rocket", True),
    ],
)
def test_number_is_no_misspelling(text: str, found: bool) -> None:
    gazetteer = Gazetteer.build([("kestrel", "Kestrel-2 rocket")])
    assert bool(gazetteer.find(tokenize(text))) is found
