"""Case table of false alarms looked for in invented stories told through local government and
public finance (a city council approving its budget with a council tax rise and job cuts, a
mayor's congestion charge approved at a council meeting): percentages and amounts of other years
and other councils (`the maximum allowed without a referendum`, `last year's 2.99% rise`), totals
and gaps over several years, votes in the chamber (`by 41 votes to 19, with three abstentions`),
meetings on other dates (the cabinet on Tuesday, full council on Thursday), consultations with
their own counts and dates, charges for other vehicles and hours, start dates to come, wards and
neighbouring towns, quotes of the leader, the opposition and residents, and negations of other
things. The facts were written first (`factcheck validate` raised no warning on them), then the
sentences that state nothing contrary to them (``FIRST_RUN``), each naming the fact's `who` and
phrase with other values beside them, and those that state a wrong value for the fact's own
event (``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at 3c6fa7b): 1 false contradiction in 240 cells (40 sentences, each checked against
every fact of its story: six facts of the budget, six of the congestion charge), and all 10
contradictions caught on their slot. It is now left unjudged by its own rule (table below): a
later count of the phrase after `including`, following one that gives the fact's count (`faces a
£38m funding gap over three years, including a £14m funding gap in 2028-29 alone`: a part of the
total).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

BUDGET = """
story: castlebridge-budget
date: 2028-02-24
about: [council, okafor]
entities:
  council: {name: Castlebridge City Council, aliases: [Castlebridge council], kind: organisation}
  okafor: {name: Denise Okafor, aliases: [Okafor, Cllr Okafor, Ms Okafor], kind: person}
  pryce: {name: Tom Pryce, aliases: [Pryce, Cllr Pryce, Mr Pryce], kind: person}
  hollinwell-council: {name: Hollinwell Borough Council, kind: organisation}
places:
  uk: {name: United Kingdom, country: GB}
  england: {name: England, in: uk}
  castlebridge: {name: Castlebridge, in: england}
  hollinwell: {name: Hollinwell, in: england}
  northgate: {name: Northgate, in: castlebridge}
facts:
  - id: budget-approved
    who: council
    what: [approved its 2028-29 budget, approved the 2028-29 budget, passed its 2028-29 budget]
    where: castlebridge
    when: 2028-02-24
  - id: tax-rise
    who: council
    what: [council tax rise, rise in council tax, increase in council tax]
    count: 4.99
    unit: '%'
  - id: job-cuts
    who: council
    what: [job cuts, jobs will be cut]
    count: 320
  - id: funding-gap
    who: council
    what: [funding gap]
    count: 38000000
    unit: GBP
  - id: budget-vote
    who: council
    what: [councillors voted for the budget, councillors voted in favour of the budget]
    count: 41
  - id: okafor-hardest
    who: okafor
    quote: This is the hardest budget this council has ever had to set, but it protects the
      services people rely on most
"""

CHARGE = """
story: portwell-congestion-charge
date: 2028-03-14
about: [council, iqbal]
entities:
  council: {name: Portwell City Council, aliases: [Portwell council], kind: organisation}
  iqbal: {name: Sana Iqbal, aliases: [Iqbal, Ms Iqbal, Mayor Iqbal], kind: person}
  marlow: {name: Graham Marlow, aliases: [Marlow, Cllr Marlow, Mr Marlow], kind: person}
places:
  uk: {name: United Kingdom, country: GB}
  england: {name: England, in: uk}
  portwell: {name: Portwell, in: england}
  eastbrook: {name: Eastbrook, in: england}
  quayside: {name: Quayside, in: portwell}
facts:
  - id: charge-approved
    who: council
    what: [approved the congestion charge, voted to approve the congestion charge]
    where: portwell
    when: 2028-03-14
  - id: charge-starts
    who: council
    what: [will introduce the congestion charge, will bring in the congestion charge]
    when: 2028-09-04
  - id: car-charge
    who: council
    what: [daily charge for cars]
    count: 5
    unit: GBP
  - id: consultation
    who: council
    what: [responses to its consultation, consultation responses]
    count: 6400
  - id: iqbal-air
    who: iqbal
    quote: Cleaner air and faster buses are worth a few pounds a day
  - id: marlow-tax
    who: marlow
    quote: This is a tax on working people who have no other way to get to work
"""

PUBLISHED = {
    BUDGET: dt.date(2028, 2, 25),  # a Friday: full council met on Thursday, February 24
    CHARGE: dt.date(2028, 3, 15),  # a Wednesday: the council voted on Tuesday, March 14
}

FIRST_RUN = [
    (BUDGET, s)
    for s in (
        "Castlebridge City Council approved its 2028-29 budget on Thursday, two days after the"
        " cabinet backed it on Tuesday.",
        "Castlebridge City Council's 4.99% council tax rise is the maximum allowed without a"
        " referendum, and follows last year's 2.99% rise.",
        "Castlebridge City Council approved its 2028-29 budget by 41 votes to 19, with three"
        " abstentions, at the Guildhall.",
        "Forty-one councillors voted for the budget, 19 voted against and three abstained,"
        " Castlebridge City Council said.",
        "Castlebridge City Council faces a £38m funding gap over three years, including a £14m"
        " funding gap in 2028-29 alone.",
        "Castlebridge City Council's council tax rise of 4.99% is double the 2.5% council tax rise"
        " approved by neighbouring Hollinwell Borough Council.",
        "The 320 job cuts come on top of 210 job cuts Castlebridge City Council made last year.",
        "Castlebridge City Council said no libraries will close this year, although 320 job cuts"
        " will go ahead by March 2029.",
        '"This is the hardest budget this council has ever had to set, but it protects the'
        ' services people rely on most," said Denise Okafor, the Labour leader of Castlebridge'
        " City Council.",
        "Tom Pryce, who leads the Liberal Democrat group, said Castlebridge City Council could have"
        " held the council tax rise to 2.99% by using £6m of reserves.",
        "A Band D household in Castlebridge will pay £2,214 a year, £105 more, after the council"
        " tax rise of 4.99% approved by Castlebridge City Council.",
        "Of 2,900 residents who answered Castlebridge City Council's budget consultation, which"
        " closed on January 12, 61% opposed a council tax rise above 3%.",
        "Castlebridge City Council approved its 2028-29 budget in Castlebridge on Thursday;"
        " Hollinwell Borough Council will set its budget in Hollinwell on March 2.",
        "Residents from Northgate ward, where two youth centres will shut, protested outside the"
        " Guildhall as Castlebridge City Council approved its 2028-29 budget.",
        "The job cuts, 320 in all, include 45 posts in social care, and Castlebridge City Council"
        " said 90 of them are vacant.",
        "Castlebridge City Council's 4.99% council tax rise is made up of a 2.99% general rise and"
        " a 2% social care precept.",
        "In February 2027, Castlebridge City Council approved a council tax rise of 2.99% and 210"
        " job cuts.",
        "Castlebridge City Council has not approved a council tax rise of more than 5% since 2011,"
        " when it faced a £52m funding gap.",
        "On Tuesday, eight councillors voted for the budget in cabinet; on Thursday, Castlebridge"
        " City Council's full council approved the 2028-29 budget.",
        'Pryce said Castlebridge City Council had approved its 2028-29 budget "without a single'
        ' Liberal Democrat amendment", after all six amendments were defeated by 40 votes to 22.',
    )
] + [
    (CHARGE, s)
    for s in (
        "Portwell City Council approved the congestion charge on Tuesday, a week after its cabinet"
        " backed Mayor Sana Iqbal's plan on March 7.",
        "Portwell City Council will introduce the congestion charge on September 4, charging £5 a"
        " day for cars and £15 for lorries from 7am to 7pm.",
        "The daily charge for cars will be £5, and £15 for lorries, from 7am to 7pm on weekdays,"
        " Portwell City Council said.",
        "Portwell City Council's daily charge for cars of £5 compares with £15 in London and £8 in"
        " Eastbrook.",
        "Portwell City Council voted to approve the congestion charge by 34 votes to 21, with two"
        " abstentions, at the Civic Centre on Tuesday.",
        "Portwell City Council received 6,400 consultation responses, 58% of them opposed to the"
        " scheme, in a consultation that ran from October 2 to December 11.",
        "Portwell City Council had 6,400 responses to its consultation, up from 2,100 responses to"
        " its consultation on a workplace parking levy in 2026.",
        '"Cleaner air and faster buses are worth a few pounds a day," Mayor Sana Iqbal told the'
        " meeting.",
        'Conservative group leader Graham Marlow said: "This is a tax on working people who have'
        ' no other way to get to work."',
        "Portwell City Council will introduce the congestion charge on September 4, six months"
        " after the vote, and the first fines of £60 will follow in October.",
        "Blue badge holders, taxis and buses will be exempt, and residents of Quayside ward will"
        " get a 90% discount on the daily charge for cars, Portwell City Council said.",
        "Portwell City Council approved the congestion charge in Portwell on Tuesday; neighbouring"
        " Eastbrook rejected a similar scheme in 2025.",
        "Portwell City Council's daily charge for cars will rise to £7 in 2030 if air quality"
        " targets are missed.",
        "Portwell City Council first proposed a daily charge for cars of £8 in 2024 before cutting"
        " it to £5.",
        "Portwell City Council did not approve the congestion charge at its first vote in November,"
        " when 27 councillors backed it and 28 voted against.",
        "Portwell City Council expects the charge to raise £11m a year, and will introduce the"
        " congestion charge on September 4 after a three-month trial of cameras.",
        "Portwell City Council will not introduce the congestion charge on Sundays or bank"
        " holidays, and will bring in the congestion charge on weekdays from September 4.",
        "Drivers crossing the ring road at Quayside will pay the daily charge for cars once a day,"
        " however many times they enter, Portwell City Council said.",
        "Portwell City Council voted to approve the congestion charge after the mayor, Sana Iqbal,"
        " agreed to delay it from June 1 to September 4.",
        "Portwell City Council's consultation responses, 6,400 in all, included 1,900 from"
        " businesses and 310 from people living outside Portwell, in Eastbrook and beyond.",
    )
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_local_government_reports_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (
        BUDGET,
        "Castlebridge City Council approved its 2028-29 budget on Wednesday.",
        {"budget-approved:when"},
    ),
    (BUDGET, "Castlebridge City Council approved a council tax rise of 3.99%.", {"tax-rise:count"}),
    (
        BUDGET,
        "Castlebridge City Council approved its 2028-29 budget in Hollinwell on Thursday.",
        {"budget-approved:where"},
    ),
    (
        BUDGET,
        '"This is the hardest budget this council has ever had to set, but it protects the'
        ' services people value most," Okafor said.',
        {"okafor-hardest:quote"},
    ),
    (
        BUDGET,
        "Castlebridge City Council did not approve its 2028-29 budget on Thursday.",
        {"budget-approved:what"},
    ),
    (
        CHARGE,
        "Portwell City Council will introduce the congestion charge on September 11.",
        {"charge-starts:when"},
    ),
    (CHARGE, "Portwell City Council approved a £6 daily charge for cars.", {"car-charge:count"}),
    (
        CHARGE,
        "Portwell City Council approved the congestion charge in Eastbrook on Tuesday.",
        {"charge-approved:where"},
    ),
    (
        CHARGE,
        '"Cleaner air and faster trains are worth a few pounds a day," Iqbal said.',
        {"iqbal-air:quote"},
    ),
    (
        CHARGE,
        "Portwell City Council did not approve the congestion charge on Tuesday.",
        {"charge-approved:what"},
    ),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_council_decision_clashes(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


PARTS_OF_THE_TOTAL = [
    # (text, the clashes expected): a count of the phrase after `including`, following a count
    # of the phrase that gives the fact's: a part of the total
    (
        "Castlebridge City Council faces a £38m funding gap over three years, including a £14m"
        " funding gap in 2028-29 alone.",
        set(),
    ),
    ("Castlebridge City Council faces a £38m funding gap including a £14m funding gap.", set()),
    (
        "Castlebridge City Council announced 320 job cuts, including 45 job cuts in social care.",
        set(),
    ),
    # the fact's count not told first, or told wrong, is judged
    (
        "Castlebridge City Council faces a £40m funding gap over three years, including a £14m"
        " funding gap in adult social care.",
        {"funding-gap:count"},
    ),
    (
        "Castlebridge City Council announced 230 job cuts, including 45 job cuts in social care.",
        {"job-cuts:count"},
    ),
    ("Castlebridge City Council faces a £14m funding gap over three years.", {"funding-gap:count"}),
]


@pytest.mark.parametrize("text, expected", PARTS_OF_THE_TOTAL)
def test_a_later_count_after_including_is_a_part(text: str, expected: set[str]) -> None:
    assert clashes_on(text, BUDGET, PUBLISHED[BUDGET]) == expected
