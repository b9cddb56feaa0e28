"""Case table of false alarms looked for in an invented story told through energy and market
copy (a producers' group agreeing to cut its oil output at a meeting in Vienna, the cut's start,
the price of Brent crude rising on the news): other cuts with their own sizes and dates, a
member's cut of its own, analysts' expectations, shares of demand, the price's moves on other
days and within the day, another official's play on the minister's words. The facts were written
first (`factcheck validate` raised nothing), then the sentences (``FIRST_RUN``,
``CONTRADICTIONS``), all before the checker first ran on them.

First run (at a32bb2d): 2 false contradictions in 100 cells (20 sentences, each checked against
the story's five facts), and 4 of the 6 contradictions caught on their slot. Both are now left
unjudged by their rules (tables below): a change in percent with no date of its own, told on
another day than the story's (`Brent ... rose 2% on Tuesday`, ``DAILY_CHANGES``), and a changed
quote after an indefinite description and a verb of saying opening the sentence (`A US official
said of al-Rashid's remarks: "..."`, ``SOMEONE_NEW``; not a spokesperson of the story's own
company, club or team: `A company spokesperson said`). One miss is now caught: a number right
after a phrase that ends in `by`, the amount of a change (`agreed to cut output by 2.5 million
barrels a day`, ``AMOUNTS``). Sentences written after the first run, to try that rule and the
plan the fact's phrase tells, found two more: a month after a plan's phrase (`agreed to cut
output in April`: the planned cut's month, ``PLANNED_ACTS``) and a name inside an apposition to
the sentence's opening name (`Russia, a PEG ally, agreed to cut output by 300,000 barrels a
day`, ``APPOSED_MODIFIERS``). One miss is left (``MISSED``): a date after `from` (`will take
effect from May 1`): a date after `from` opens a stretch, and is not read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

OIL = """story: peg-output-cut
date: 2027-03-03
about: [peg]
entities:
  peg: {name: Petroleum Exporters Group, aliases: [PEG], kind: organisation}
  rashid: {name: Faisal al-Rashid, aliases: [al-Rashid, Rashid], kind: person}
  brent: {name: Brent crude, aliases: [Brent], kind: product}
places:
  austria: {name: Austria, country: AT}
  vienna: {name: Vienna, in: austria}
facts:
  - id: agreed-cut
    who: peg
    what: [agreed to cut output, agreed to cut production, agreed an output cut]
    where: vienna
    when: 2027-03-03
  - id: cut-size
    who: peg
    what: [cut output by, cut production by, output cut of]
    count: 1500000
  - id: takes-effect
    who: peg
    what: [cut will take effect, cuts will take effect, cut takes effect]
    when: 2027-04-01
  - id: brent-rise
    who: brent
    what: [rose, climbed]
    count: 4
    unit: '%'
  - id: rashid-quote
    who: rashid
    quote: The market needs a steady hand, not a panicked one
"""
PUBLISHED = dt.date(2027, 3, 4)  # a Thursday: the group met on Wednesday, March 3

FIRST_RUN = [
    "The Petroleum Exporters Group agreed to cut output by 1.5 million barrels a day at its "
    "meeting in Vienna on Wednesday, its deepest cut since 2020, when it cut output by 9.7 "
    "million barrels a day.",
    "PEG agreed to cut production in Vienna on Wednesday, five months after it agreed to cut "
    "output by 2 million barrels a day at a meeting in Riyadh in October.",
    "The cut will take effect from April 1 and run until the end of June, when ministers meet "
    "again in Vienna on June 30.",
    "Brent crude rose 4% to $91.20 a barrel on Wednesday, while US crude climbed 3.1% to $86.40.",
    "Brent has climbed 18% since January, and rose 2% on Tuesday ahead of the meeting.",
    "PEG's output cut of 1.5 million barrels a day amounts to about 1.4% of global demand of "
    "104 million barrels a day.",
    "Analysts at Harbor Energy had expected PEG to cut output by 1 million barrels a day.",
    "The group did not cut output by as much as Saudi Arabia wanted, delegates said.",
    "Russia, a PEG ally, agreed to cut output by 300,000 barrels a day of its own.",
    'Prince Faisal al-Rashid told reporters in Vienna: "The market needs a steady hand, not a '
    'panicked one. We will act again if we must."',
    'A US official said of al-Rashid\'s remarks: "The market needs more oil, not a steady hand."',
    "Brent rose as much as 6% in early trading before settling 4% higher.",
    "PEG, which agreed to cut output in Vienna on Wednesday, will hold its next full meeting in"
    " Abu Dhabi on June 30.",
    "The cut takes effect on April 1, but Iraq and Nigeria, which were exempted, can raise "
    "output from May.",
    "PEG last agreed to cut production in December 2025, when prices fell below $60.",
    "Brent crude rose 4% on Wednesday, its biggest daily gain in 11 months.",
    "In cash terms, the output cut of 1.5 million barrels a day is worth $137 million a day at "
    "current prices.",
    "PEG's members produce about 40 million barrels a day, or 38% of the world's crude.",
    "Brent climbed to $91.20 a barrel on Wednesday from $87.70 on Tuesday, a rise of 4%.",
    "The group agreed to cut output at a meeting in Vienna on Wednesday that lasted nine hours,"
    " its longest since the cut of 2020 was agreed in a video call on April 12.",
]


@pytest.mark.parametrize("text", FIRST_RUN)
def test_energy_and_market_reports_raise_no_clash(text: str) -> None:
    assert clashes_on(text, OIL, PUBLISHED) == set()


CONTRADICTIONS = [
    ("PEG agreed to cut output in Vienna on Tuesday.", {"agreed-cut:when"}),
    ("PEG agreed to cut output at a meeting in Riyadh on Wednesday.", {"agreed-cut:where"}),
    ("PEG agreed to cut output by 2.5 million barrels a day.", {"cut-size:count"}),
    ("Brent crude rose 6% on Wednesday.", {"brent-rise:count"}),
    (
        'Al-Rashid said: "The market needs a steady hand, not a nervous one."',
        {"rashid-quote:quote"},
    ),
]


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_cut_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, OIL, PUBLISHED) == expected


MISSED = [
    # a date after `from` opens a stretch, and is not read
    "PEG's cut will take effect from May 1.",
]


@pytest.mark.parametrize("text", MISSED)
def test_contradictions_still_missed(text: str) -> None:
    assert clashes_on(text, OIL, PUBLISHED) == set()


DAILY_CHANGES = [
    # a change in percent with no date of its own: a day other than the story's is another
    # day's move
    ("Brent rose 2% on Tuesday ahead of the meeting.", set()),
    ("Brent crude climbed 3% on Thursday as traders took profits.", set()),
    # on the story's day, or with no date: judged
    ("Brent crude rose 6% on Wednesday.", {"brent-rise:count"}),
    ("Brent crude rose 6% after the decision.", {"brent-rise:count"}),
]


@pytest.mark.parametrize("text, expected", DAILY_CHANGES)
def test_a_change_on_another_day_is_that_day_s(text: str, expected: set[str]) -> None:
    assert clashes_on(text, OIL, PUBLISHED) == expected


SOMEONE_NEW = [
    # a changed quote after an indefinite description and a verb of saying: a new speaker's
    (
        "A US official said of al-Rashid's remarks: \"The market needs more oil, not a steady"
        ' hand."',
        set(),
    ),
    ('One delegate added: "The market needs a steady hand, not a greedy one."', set()),
    # the fact's speaker named, or a definite description that may stand for him: judged
    (
        'Al-Rashid said: "The market needs a steady hand, not a nervous one."',
        {"rashid-quote:quote"},
    ),
    (
        'The minister said: "The market needs a steady hand, not a nervous one."',
        {"rashid-quote:quote"},
    ),
    # a spokesperson of the story's company, club or team is no one new: the words are judged
    (
        'A company spokesperson said: "The market needs a steady hand, not a nervous one."',
        {"rashid-quote:quote"},
    ),
    (
        'A club spokesman added: "The market needs a steady hand, not a nervous one."',
        {"rashid-quote:quote"},
    ),
    ('A US spokesman added: "The market needs a steady hand, not a nervous one."', set()),
]


@pytest.mark.parametrize("text, expected", SOMEONE_NEW)
def test_a_changed_quote_of_someone_new_is_theirs(text: str, expected: set[str]) -> None:
    assert clashes_on(text, OIL, PUBLISHED) == expected


AMOUNTS = [
    # a number right after a phrase ending in `by`: the amount of the change
    ("PEG agreed to cut output by 2.5 million barrels a day.", {"cut-size:count"}),
    ("PEG agreed to cut production by 900,000 barrels a day.", {"cut-size:count"}),
    ("PEG agreed to cut output by 1.5 million barrels a day.", set()),
    # a year, a range, a bound, a possibility, another year, another producer: not judged
    ("PEG agreed to cut output by 2030.", set()),
    ("PEG agreed to cut output by 2 to 3 million barrels a day.", set()),
    ("PEG agreed to cut output by about 2 million barrels a day.", set()),
    ("PEG could cut output by 2.5 million barrels a day.", set()),
    ("PEG cut output by 2.5 million barrels a day in 2020.", set()),
    ("Russia agreed to cut output by 300,000 barrels a day.", set()),
]


@pytest.mark.parametrize("text, expected", AMOUNTS)
def test_a_number_after_a_phrase_ending_in_by_is_its_amount(text: str, expected: set[str]) -> None:
    assert clashes_on(text, OIL, PUBLISHED) == expected


PLANNED_ACTS = [
    # after a plan's phrase (`agreed to cut`), a date later than the plan's, or a month written
    # alone, is the planned act's
    ("PEG agreed to cut output in April.", set()),
    ("PEG agreed to cut output in April 2027.", set()),
    # an earlier date, a weekday, a year: the plan's, judged
    ("PEG agreed to cut output on Tuesday.", {"agreed-cut:when"}),
    ("PEG agreed to cut output in 2025.", {"agreed-cut:when"}),
    ("PEG agreed to cut output last month.", {"agreed-cut:when"}),
]


@pytest.mark.parametrize("text, expected", PLANNED_ACTS)
def test_a_later_date_after_a_plan_is_the_planned_act_s(text: str, expected: set[str]) -> None:
    assert clashes_on(text, OIL, PUBLISHED) == expected


APPOSED_MODIFIERS = [
    # a name modifying the noun of an apposition to the sentence's opening name: that name is
    # the subject
    ("Russia, a PEG ally, agreed to cut output by 300,000 barrels a day.", set()),
    ("Russia, the PEG ally, cut output by 300,000 barrels a day.", set()),
    # the fact's `who` opening the sentence, or named later as the subject: judged
    (
        "PEG, a group of 13 producers, agreed to cut output by 2.5 million barrels a day.",
        {"cut-size:count"},
    ),
    ("The group, PEG, agreed to cut output by 2.5 million barrels a day.", {"cut-size:count"}),
]


@pytest.mark.parametrize("text, expected", APPOSED_MODIFIERS)
def test_a_name_inside_an_apposition_is_no_subject(text: str, expected: set[str]) -> None:
    assert clashes_on(text, OIL, PUBLISHED) == expected
