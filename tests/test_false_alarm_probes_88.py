"""Case table of false alarms looked for in an invented story told as a plan announced ahead (a
city's new tram line that will open to passengers on a coming Saturday, announced the day before
publication, its stations, what it cost to build, its chief executive's words): dates in the
future and in the past in one sentence, weekdays of the week gone and of the week to come, a date
the line `had been due` to open on and one it was said it `would` open on, a Sunday service that
`will not` open until a later month, other lines that opened to passengers in other cities and
years with their own costs and stations, a count of planned stations of an earlier year, fares, a
first minister's words of another day, the chief executive's words of another month, a caption.
The facts were written first (`factcheck validate` raised nothing), then the sentences that state
nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's own
event (``CONTRADICTIONS``), all before the checker first ran on them.

First run (at 0046eb7): no false contradiction in 100 cells (20 sentences, each checked against
the story's five facts), and all 5 contradictions caught on their slot.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

LINE = """story: bay-line-opening
date: 2027-06-08
about: [bay-line, severnside]
entities:
  bay-line: {name: Bay Line, aliases: [the Bay Line]}
  severnside: {name: Severnside Transit, aliases: [Severnside], kind: organisation}
  morgan: {name: Rhian Morgan, aliases: [Morgan, Ms Morgan], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK], country: GB}
  wales: {name: Wales, in: uk}
  cardiff: {name: Cardiff, in: wales}
facts:
  - id: opening
    who: bay-line
    what: [will open to passengers, opens to passengers, open to passengers]
    where: cardiff
    when: 2027-06-12
  - id: stations
    who: bay-line
    what: [stations]
    count: 9
  - id: cost
    who: bay-line
    what: [cost to build]
    count: 740000000
    unit: £
  - id: announced
    who: severnside
    what: [announced the opening date, announced the date]
    when: 2027-06-08
  - id: morgan-quote
    who: morgan
    quote: After two long years of delays, the Bay Line is finally ready to carry passengers
"""
PUBLISHED = dt.date(2027, 6, 9)  # a Wednesday: the line opens on Saturday, June 12

FIRST_RUN = [
    "The Bay Line will open to passengers in Cardiff on Saturday, two years later than planned,"
    " Severnside Transit announced on Tuesday.",
    "The Bay Line had been due to open to passengers in June 2025, but the date was pushed back"
    " after cracks were found in a viaduct at Grangetown.",
    "Severnside had said last month that the Bay Line would open to passengers on June 5, before"
    " a signalling fault halted test runs on Thursday.",
    "The £740m line has nine stations between Cardiff Central and Cardiff Bay, and the first tram"
    " will leave Cardiff Central at 5:40am on Saturday.",
    "Severnside's Coast Line, which opened to passengers in Barry in 2019, cost £310m to build and"
    " has 12 stations.",
    "Test trams have run on the Bay Line since March 15, and driver training ended on Friday.",
    "Rhian Morgan, Severnside's chief executive, said: \"After two long years of delays, the Bay"
    ' Line is finally ready to carry passengers."',
    'First Minister Eluned Parry, who will ride the first tram on Saturday, said on Monday: "This'
    ' is a proud week for Cardiff."',
    "Single fares will cost £2.40, and children under 11 will travel free until September 1.",
    "The Bay Line will not open to passengers on Sundays until July 4, Severnside said, because of"
    " engineering works at Cardiff Central.",
    "Manchester's Metrolink extension to Trafford Park opened to passengers in March 2020, a year"
    " after it had been due to.",
    "A Bay Line tram at Cardiff Bay station during a test run on Monday (Severnside Transit)",
    "The Bay Line cost £740m to build, against an estimate of £520m in 2021, and its 14 trams cost"
    " £96m.",
    "Two of the nine stations, Butetown and Porth Teigr, will not open until the autumn.",
    "Severnside announced the opening date on Tuesday, a week after the Welsh government approved"
    " the line's safety case on June 1.",
    "When the Bay Line opens to passengers, it will carry about 30,000 people a day, Severnside"
    " expects, rising to 45,000 by 2030.",
    'Ms Morgan, who has run Severnside since 2022, said in April that the line "could open in the'
    ' summer".',
    "Edinburgh's tram line, which opened to passengers on May 31, 2014, was five years late and"
    " cost £776m to build.",
    "Work on the Bay Line began in 2021 with eight stations planned; a ninth, at Ocean Park, was"
    " added in 2023.",
    "Crowds gathered at Cardiff Bay on Saturday to watch a test tram, a week before the Bay Line"
    " opens to passengers.",
]


@pytest.mark.parametrize("text", FIRST_RUN)
def test_a_line_opening_raises_no_clash(text: str) -> None:
    assert clashes_on(text, LINE, PUBLISHED) == set()


CONTRADICTIONS = [
    ("The Bay Line will open to passengers on Sunday.", {"opening:when"}),
    ("The Bay Line will open to passengers in Swansea on Saturday.", {"opening:where"}),
    ("The Bay Line has 11 stations.", {"stations:count"}),
    ("The Bay Line cost £470m to build.", {"cost:count"}),
    (
        'Rhian Morgan said: "After two long years of delays, the Bay Line is finally ready to carry'
        ' freight."',
        {"morgan-quote:quote"},
    ),
]


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_opening_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, LINE, PUBLISHED) == expected
