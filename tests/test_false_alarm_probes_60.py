"""Case table of false alarms looked for in invented stories told through company results and
fiscal calendars (a telecoms group's results for a fiscal year ending March 31, a chipmaker's
fiscal third quarter): fiscal years that are not calendar years (`fiscal 2027`, `the fiscal year
ending March 31`), quarters (`the fourth quarter, from January to March`, `the quarter ended June
30`), year-on-year comparisons, guidance for the next year, restated figures, currency
conversions, the results day beside the period reported and an analysts' call the next day. The
facts were written first (`factcheck validate` followed), then the sentences that state nothing
contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at 1d091ae): no false contradiction in 140 cells (40 sentences, each checked against
every fact of its story: four facts of the telecoms group, three of the chipmaker), and 7 of the
9 contradictions caught on their slot. The misses are in ``MISSED``: a count told at another
month than the story's (`8.8 million mobile customers at the end of March`: the fact has no
`when`, so the number may be that of another month) and a measure after a copula (`Helix's
third-quarter revenue was $4.3 billion`: the count is read right before the phrase or as a measure
right after it; `A year earlier, Helix's third-quarter revenue was $2.9 billion` shows what
reading past `was` would judge).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

NORVIK = """
story: norvik-results
date: 2027-05-18
about: [norvik]
entities:
  norvik: {name: Norvik Telecom, aliases: [Norvik], kind: organisation}
  lind: {name: Eva Lind, aliases: [Lind, Ms Lind], kind: person}
  telmark: {name: Telmark, kind: organisation}
places:
  england: {name: England, country: GB}
  london: {name: London, in: england}
facts:
  - id: annual-results
    who: norvik
    what: [reported its fiscal 2027 results, fiscal 2027 results, results for fiscal 2027]
    where: london
    when: 2027-05-18
  - id: pre-tax-profit
    who: norvik
    what: [pre-tax profit, annual pre-tax profit]
    count: 412000000
    unit: GBP
  - id: mobile-customers
    who: norvik
    what: [mobile customers]
    count: 8200000
  - id: lind-progress
    who: lind
    quote: This was a year of steady progress for Norvik and its customers
"""

HELIX = """
story: helix-q3
date: 2027-07-27
about: [helix]
entities:
  helix: {name: Helix Semiconductor, aliases: [Helix], kind: organisation}
  oduya: {name: Mark Oduya, aliases: [Oduya, Mr Oduya], kind: person}
  corvane: {name: Corvane, kind: organisation}
places:
  us: {name: United States, country: US}
  texas: {name: Texas, in: us}
  austin: {name: Austin, in: texas}
facts:
  - id: q3-results
    who: helix
    what: [reported third-quarter results, released third-quarter results]
    where: austin
    when: 2027-07-27
  - id: q3-revenue
    who: helix
    what: [third-quarter revenue, quarterly revenue]
    count: 3400000000
    unit: USD
  - id: oduya-demand
    who: oduya
    quote: Demand from data centres remains strong, and we expect it to stay that way
"""

PUBLISHED = {
    NORVIK: dt.date(2027, 5, 19),  # a Wednesday: the results came out on Tuesday, May 18
    HELIX: dt.date(2027, 7, 28),  # a Wednesday: the results came out on Tuesday, July 27
}

FIRST_RUN = [
    (NORVIK, s)
    for s in (
        "Norvik reported its fiscal 2027 results on Tuesday, for the year ending March 31.",
        "Pre-tax profit rose 12% to £412 million in fiscal 2027, from £368 million a year earlier.",
        "Norvik expects annual pre-tax profit of between £430 million and £450 million in fiscal"
        " 2028.",
        "Revenue in the fiscal year ending March 31 was £5.1 billion, up 4%.",
        "In the fourth quarter, from January to March, Norvik's pre-tax profit was £98 million.",
        "Norvik restated its fiscal 2026 pre-tax profit to £361 million from £368 million after an"
        " accounting review.",
        "The pre-tax profit of £412 million, about $520 million, beat the forecasts of analysts"
        " polled by Reuters.",
        "When Norvik reported its fiscal 2026 results in May 2026, it also announced 900 job cuts.",
        "Chief executive Eva Lind will discuss the fiscal 2027 results with analysts on a call on"
        " Wednesday.",
        "Norvik's shares rose 6% in London on Tuesday after it reported its fiscal 2027 results.",
        "The fiscal 2027 results cover the twelve months to March 31, 2027.",
        "Norvik had 8.2 million mobile customers at the end of March, up from 7.9 million a year"
        " earlier.",
        "Rival Telmark, whose financial year matches the calendar year, reported a pre-tax profit"
        " of £290 million in February.",
        "Norvik, which moved its year end to March in 2019, reported its fiscal 2027 results in"
        " London.",
        "Norvik will give a first-quarter trading update on July 27.",
        "Pre-tax profit for the six months to September 30 was £201 million, Norvik said in"
        " November.",
        "Excluding one-off costs of £35 million, Norvik's pre-tax profit would have been £447"
        " million.",
        "Norvik's fiscal 2027 results, published at 7am on Tuesday, came a week after Telmark's"
        " first-quarter figures.",
        '"This was a year of steady progress for Norvik and its customers," Lind said.',
        "In fiscal 2025, Norvik's pre-tax profit was £301 million and it had 7.4 million mobile"
        " customers.",
    )
] + [
    (HELIX, s)
    for s in (
        "Helix reported third-quarter results on Tuesday for the quarter ended June 30.",
        "Third-quarter revenue rose 18% to $3.4 billion in fiscal 2027.",
        "Helix, whose fiscal year ends on September 30, expects fourth-quarter revenue of $3.6"
        " billion to $3.8 billion.",
        "A year earlier, Helix's third-quarter revenue was $2.9 billion.",
        "For fiscal 2028, Helix forecast revenue growth of about 15%.",
        "Helix restated its second-quarter revenue to $3.1 billion from $3.2 billion.",
        "Executives will discuss the third-quarter results with analysts on a call on Wednesday at"
        " 8am Eastern time.",
        "Helix shares fell 4% in after-hours trading in New York after it reported third-quarter"
        " results.",
        "Helix released third-quarter results after the close of trading on the Nasdaq on Tuesday.",
        "Quarterly revenue of $3.4 billion, about €3.1 billion, beat analysts' average estimate of"
        " $3.3 billion.",
        "Helix reported third-quarter results two weeks after rival Corvane reported quarterly"
        " revenue of $2.2 billion.",
        "Helix's calendar third quarter, from July to September, is its fiscal fourth quarter.",
        "Helix reported record revenue of $12.6 billion for fiscal 2026.",
        "Data-centre chips made up $2.1 billion of Helix's third-quarter revenue.",
        "Helix reported second-quarter results on April 27.",
        "Helix, based in Austin, Texas, employs 21,000 people in 14 countries.",
        "Net income in the quarter was $610 million, or 58 cents a share.",
        '"Demand from data centres remains strong, and we expect it to stay that way," chief'
        " financial officer Mark Oduya told analysts.",
        "Helix's quarterly revenue has risen for nine quarters in a row, from $1.8 billion in"
        " mid-2025.",
        "Helix will report fourth-quarter results in late October, and hold its investor day in San"
        " Jose in November.",
    )
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_results_and_fiscal_calendars_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (NORVIK, "Norvik reported its fiscal 2027 results on Monday.", {"annual-results:when"}),
    (
        NORVIK,
        "Norvik reported a pre-tax profit of £421 million for fiscal 2027.",
        {"pre-tax-profit:count"},
    ),
    (
        NORVIK,
        "Norvik reported its fiscal 2027 results in Edinburgh on Tuesday.",
        {"annual-results:where"},
    ),
    (
        NORVIK,
        '"This was a year of rapid progress for Norvik and its customers," Lind said.',
        {"lind-progress:quote"},
    ),
    (HELIX, "Helix reported third-quarter results on Monday.", {"q3-results:when"}),
    (HELIX, "Helix reported third-quarter results in Dallas on Tuesday.", {"q3-results:where"}),
    (
        HELIX,
        '"Demand from data centres remains weak, and we expect it to stay that way," Oduya said.',
        {"oduya-demand:quote"},
    ),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_results_clashes(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


MISSED = [
    (NORVIK, "Norvik had 8.8 million mobile customers at the end of March."),  # another month's
    (HELIX, "Helix's third-quarter revenue was $4.3 billion."),  # a measure after `was`
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_still_missed(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()
