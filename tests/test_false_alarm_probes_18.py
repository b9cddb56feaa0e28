"""Case table of false alarms found by checking invented stories of kinds the tests lacked (a
marathon world record, a bridge collapse), written as a sports report and wire copy: finishing
times, splits and paces, other runners' times and places, the old record and its year, prize
money, ages; the bridge's length, age and last inspection, the dead, the injured and the
missing, vehicles on it, other collapses, the engineers' and the mayor's words. The facts were
written first, then the sentences that state nothing contrary to them (``FIRST_RUN``) and those
that state a wrong value for the fact's own event (``CONTRADICTIONS``), each to clash on its
slot, all before the checker first ran on them.

First run (at db7cb3a): no false contradiction in 200 cells (40 sentences, each checked against
every fact of its story), and 8 of the 9 contradictions caught on their slot. One sentence was
first checked against the bridge story's publication date, ten days after the race, where its
`on Sunday` is the Sunday before and does clash; each story now has its own date. The
contradiction still missed is in ``MISSED``: a city inside the name of another race (`at the
Chicago Marathon`), which places nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

MARATHON = """
story: kiprono-berlin-record
date: 2026-09-27
about: [kiprono]
entities:
  kiprono: {name: Faith Kiprono, aliases: [Kiprono], kind: person}
  assefa: {name: Tigst Assefa, aliases: [Assefa], kind: person}
places:
  germany: {name: Germany}
  berlin: {name: Berlin, in: germany}
  kenya: {name: Kenya}
  eldoret: {name: Eldoret, in: kenya}
facts:
  - id: record
    who: kiprono
    what: [set a world record, broke the world record, set a new world record]
    where: berlin
    when: 2026-09-27
  - id: age
    who: kiprono
    what: year-old
    count: 27
  - id: margin
    who: kiprono
    what: [seconds off the record, seconds faster than]
    count: 41
  - id: kiprono-quote
    who: kiprono
    quote: I knew at 30 kilometres that the record was mine
"""

BRIDGE = """
story: ostrava-bridge-collapse
date: 2026-10-06
about: [bridge]
entities:
  bridge: {name: Odra Bridge, aliases: [Odra road bridge], kind: product,
    mention_only: [the bridge]}
  novak: {name: Petra Novak, aliases: [Novak, Mayor Novak], kind: person}
places:
  czechia: {name: Czech Republic, aliases: [Czechia]}
  ostrava: {name: Ostrava, in: czechia}
  brno: {name: Brno, in: czechia}
facts:
  - id: collapsed
    who: bridge
    what: [collapsed, gave way, fell into the river]
    where: ostrava
    when: 2026-10-06
  - id: dead
    who: bridge
    what: [killed, dead, died]
    count: 9
  - id: built
    who: bridge
    what: [was built, opened]
    when: 1971
  - id: novak-quote
    who: novak
    quote: We were told this bridge was safe
"""
PUBLISHED = {
    MARATHON: dt.date(2026, 9, 28),  # a Monday: the race was on Sunday, September 27
    BRIDGE: dt.date(2026, 10, 7),  # a Wednesday: Tuesday is October 6
}

FIRST_RUN = [
    (MARATHON, s)
    for s in (
        "Faith Kiprono set a world record at the Berlin Marathon on Sunday, running 2:10:35.",
        "The 27-year-old Kenyan took 41 seconds off the record set by Tigst Assefa in 2023.",
        "Assefa, who ran 2:11:53 in Berlin three years ago, finished second in 2:12:40.",
        "Kiprono reached halfway in 1:05:02 and ran the last 5km in 15:31.",
        '"I knew at 30 kilometres that the record was mine," Kiprono said.',
        "Kiprono broke the world record in the half marathon in Valencia in 2024.",
        "She grew up in Eldoret and began running at the age of 14.",
        "Kiprono, who turned 27 in May, earned 50,000 euros for the win.",
        "It was her third marathon and her second win.",
        "The men's race was won in 2:02:16 by a 24-year-old Ethiopian.",
        "Temperatures were 12C at the start, at 9.15am.",
        "More than 45,000 runners took part in the 52nd edition.",
        "Eleven world records have been set on the Berlin course since 1998.",
        "She did not set a world record in London in April, finishing fourth.",
        "Kiprono will run the New York marathon in November.",
        "Assefa had broken the record by more than two minutes in 2023.",
        "Kiprono was born in 1999 in Eldoret.",
        "Her pacemakers dropped out at 35km.",
        "Kiprono now holds the world records at both 21km and 42km.",
        "Read more: Assefa sets world record in Berlin",
    )
] + [
    (BRIDGE, s)
    for s in (
        "The Odra Bridge collapsed in Ostrava on Tuesday afternoon, killing nine people.",
        "The bridge, which opened in 1971, was last inspected in 2024.",
        "A 120-metre section fell into the river at about 4.40pm.",
        "Nine people died and 14 were injured, three of them seriously.",
        "Two people are still missing.",
        "Six cars and a bus were on the bridge when it gave way.",
        "A similar bridge in Brno was closed in 2022 after cracks were found.",
        "In 2018 a bridge collapse in Genoa killed 43 people.",
        '"We were told this bridge was safe," Mayor Novak said.',
        "Novak said she had asked for repairs in 2023.",
        "The bridge carried 30,000 vehicles a day.",
        "The death toll could rise, police warned.",
        "Repairs costing 4 million koruna had been planned for 2027.",
        "The Odra Bridge did not collapse without warning, residents said.",
        "Engineers said the bridge was built to last 80 years.",
        "A footbridge nearby was closed as a precaution on Wednesday.",
        "Rescuers worked through the night in Ostrava.",
        "The 55-year-old mayor visited the scene on Wednesday morning.",
        "Ostrava's other bridge over the river reopened on Wednesday.",
        "Photo: The collapsed bridge in Ostrava on Wednesday (AP)",
    )
]

MISSED = [(MARATHON, "Faith Kiprono set a world record at the Chicago Marathon.")]

CONTRADICTIONS = [
    (MARATHON, "Faith Kiprono set a world record in Berlin on Saturday.", {"record:when"}),
    (MARATHON, "The 29-year-old Faith Kiprono won in Berlin.", {"age:count"}),
    (
        MARATHON,
        '"I knew at 35 kilometres that the record was mine," Kiprono said.',
        {"kiprono-quote:quote"},
    ),
    (BRIDGE, "The Odra Bridge collapsed in Brno on Tuesday.", {"collapsed:where"}),
    (BRIDGE, "The Odra Bridge collapsed on Monday.", {"collapsed:when"}),
    (BRIDGE, "The Odra Bridge collapse killed seven people.", {"dead:count"}),
    (BRIDGE, "The Odra Bridge was built in 1981.", {"built:when"}),
    (BRIDGE, '"We were told this bridge was unsafe," Mayor Novak said.', {"novak-quote:quote"}),
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_a_sentence_that_states_nothing_contrary_does_not_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_for_the_fact_s_own_event_clashes_on_its_slot(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_the_checker_misses_raise_nothing_else(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()
