"""Case table of false alarms looked for in invented stories told through company results and
fiscal calendars (a telecoms group's results for a fiscal year ending March 31, a chipmaker's
fiscal third quarter): fiscal years that are not calendar years (`fiscal 2027`, `the fiscal year
ending March 31`), quarters (`the fourth quarter, from January to March`, `the quarter ended June
30`), year-on-year comparisons, guidance for the next year, restated figures, currency
conversions, the results day beside the period reported and an analysts' call the next day. The
facts were written first (`factcheck validate` followed: the results named by their fiscal year,
`reported its fiscal 2027 results`, not `reported its annual results`, which any year's results
share), then the sentences that state nothing contrary to them (``FIRST_RUN``) and those that
state a wrong value for the fact's own event (``CONTRADICTIONS``), each to clash on its slot, all
before the checker first ran on them.

First run (at 1d091ae): no false contradiction in 140 cells (40 sentences, each checked against
every fact of its story: four facts of the telecoms group, three of the chipmaker), and 7 of the
9 contradictions caught on their slot. The misses are in ``MISSED``: a count told at another
month than the story's (`8.8 million mobile customers at the end of March`: the fact has no
`when`, so the number may be that of another month) and a measure after a copula (`Helix's
third-quarter revenue was $4.3 billion`: the count is read right before the phrase or as a measure
right after it; `A year earlier, Helix's third-quarter revenue was $2.9 billion` shows what
reading past `was` would judge).

A second round of 20 sentences (``SECOND_ROUND``), written the same way after the first run and
before the checker ran on them (at 03f72a3), raised 3 false contradictions in 70 cells. Each is
now left unjudged by its own rule (tables below): the fact's noun as the object of an act others
expected (`Analysts had expected Norvik to report its fiscal 2027 results on May 11`), a figure
for a part of the year that no phrasing of a story naming its period names (`Norvik's
fourth-quarter pre-tax profit of £98 million` in a story of `fiscal 2027 results`) and results for
another fiscal year (`Helix reported third-quarter results for fiscal
2026 on July 28, 2026`).
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


SECOND_ROUND = [
    (NORVIK, s)
    for s in (
        "Norvik reported its fiscal 2027 results a day later than planned, on Tuesday rather than"
        " Monday.",
        "Analysts had expected Norvik to report its fiscal 2027 results on May 11.",
        "Norvik made a restated pre-tax profit of £398 million in fiscal 2026.",
        "Norvik's fourth-quarter pre-tax profit of £98 million was below the £104 million analysts"
        " expected.",
        "Norvik reported its fiscal 2027 results seven weeks after its fiscal year ended on March"
        " 31.",
        "Norvik added 300,000 mobile customers in the year, taking the total to 8.2 million.",
        "Norvik's Swedish unit, which reports in kronor, made a pre-tax profit of 1.9 billion"
        " kronor (£140 million).",
        "Telmark has 5.1 million mobile customers, against Norvik's 8.2 million.",
        "Norvik's pre-tax profit has doubled since fiscal 2020, when it was £206 million.",
        "Norvik reported its fiscal 2027 results on Tuesday, May 18, at 7am London time.",
    )
] + [
    (HELIX, s)
    for s in (
        "Helix reported third-quarter results on Tuesday, a day before Corvane reported"
        " third-quarter results on Wednesday.",
        "Helix booked $600 million of third-quarter revenue in China, down from $750 million.",
        "Helix reported third-quarter results for fiscal 2026 on July 28, 2026.",
        "Helix's fiscal 2027 third quarter ran from April 1 to June 30.",
        "Helix expects $4 billion in quarterly revenue by the end of fiscal 2028.",
        "On the call on Wednesday, Oduya said quarterly revenue of $3.4 billion included $150"
        " million from a one-off licensing deal.",
        "Corvane's third-quarter revenue of $2.2 billion missed forecasts, and Helix's beat them.",
        "Helix's third-quarter revenue of 3.1 billion euros, converted at the quarter's average"
        " rate, was a record.",
        "Helix reported third-quarter results on Tuesday at 4.05pm New York time, 3.05pm in"
        " Austin.",
        "Helix's data-centre unit posted $2.1 billion in quarterly revenue, up 40% from a year"
        " earlier.",
    )
]


@pytest.mark.parametrize("story, text", SECOND_ROUND)
def test_a_second_round_of_results_raises_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


EXPECTED_OBJECTS = [
    # (text, the clashes expected): the fact's noun as the object of an act another expected,
    # wanted or urged (`expected Norvik to report its ...`) is what was expected, not done
    ("Analysts had expected Norvik to report its fiscal 2027 results on May 11.", set()),
    ("Investors wanted Norvik to publish its fiscal 2027 results in Edinburgh.", set()),
    ("The regulator urged Norvik to delay its fiscal 2027 results until June 1.", set()),
    # the act told, or the expectation told apart from it, is judged
    ("Norvik reported its fiscal 2027 results on May 11.", {"annual-results:when"}),
    (
        "As analysts had expected, Norvik reported its fiscal 2027 results on May 11.",
        {"annual-results:when"},
    ),
]


@pytest.mark.parametrize("text, expected", EXPECTED_OBJECTS)
def test_the_object_of_an_expected_act_is_not_the_act(text: str, expected: set[str]) -> None:
    assert clashes_on(text, NORVIK, PUBLISHED[NORVIK]) == expected


PROFIT_ONLY = """
story: norvik-profit
about: [norvik]
entities:
  norvik: {name: Norvik Telecom, aliases: [Norvik], kind: organisation}
facts:
  - id: pre-tax-profit
    who: norvik
    what: [pre-tax profit]
    count: 412000000
    unit: GBP
"""

OTHER_PERIODS = [
    # (story, text, the clashes expected): in a story whose phrasings name the period it
    # reports (`fiscal 2027 results`), a part of a year right before the phrase that none of
    # them names gives that period's figure
    (NORVIK, "Norvik's fourth-quarter pre-tax profit of £98 million was below forecasts.", set()),
    (NORVIK, "Norvik made a first-half pre-tax profit of £201 million.", set()),
    (NORVIK, "Norvik's Q4 pre-tax profit of £98 million beat forecasts.", set()),
    (NORVIK, "Norvik made a nine-month pre-tax profit of £314 million.", set()),
    # the whole year, no period, or a period the fact's phrasing names, is judged
    (
        NORVIK,
        "Norvik's full-year pre-tax profit of £421 million beat forecasts.",
        {"pre-tax-profit:count"},
    ),
    (NORVIK, "Norvik made a pre-tax profit of £421 million.", {"pre-tax-profit:count"}),
    (HELIX, "Helix's third-quarter revenue of $4.3 billion beat forecasts.", {"q3-revenue:count"}),
    (HELIX, "Helix's quarterly revenue of $4.3 billion beat forecasts.", {"q3-revenue:count"}),
    # in a story that names no period, the figure may be the quarter's: judged
    (
        PROFIT_ONLY,
        "Norvik's fourth-quarter pre-tax profit of £98 million was below forecasts.",
        {"pre-tax-profit:count"},
    ),
]


@pytest.mark.parametrize("story, text, expected", OTHER_PERIODS)
def test_a_figure_for_another_part_of_the_year_is_not_judged(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED.get(story, PUBLISHED[NORVIK])) == expected


PERIODS_OF_OTHER_YEARS = [
    # (text, the clashes expected): `for` and a fiscal or calendar year other than the story's
    # right after the phrase: that year's results, reported at their own date
    ("Helix reported third-quarter results for fiscal 2026 on July 28, 2026.", set()),
    (
        "Helix released third-quarter results for its fiscal year 2025 in Dallas on July 29, 2025.",
        set(),
    ),
    # without the period, or with `for` and something else, the date is judged
    ("Helix reported third-quarter results on July 28, 2026.", {"q3-results:when"}),
    ("Helix reported third-quarter results for investors on Monday.", {"q3-results:when"}),
]


@pytest.mark.parametrize("text, expected", PERIODS_OF_OTHER_YEARS)
def test_results_for_another_fiscal_year_are_another_occurrence(
    text: str, expected: set[str]
) -> None:
    assert clashes_on(text, HELIX, PUBLISHED[HELIX]) == expected
