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

A second, harder round of 20 sentences a story (``SECOND_ROUND``, ``SECOND_CONTRADICTIONS``),
written the same way after the first run and before the checker ran on them (at b2f8f3a), raised
1 false contradiction in 240 cells, and 7 of its 8 contradictions were caught. The false one is
now left unjudged by its own rule (table below): a figure after words of comparison (`compares
with`, `compared with`, `than`, `against`) that follow a number giving the fact's own count
(`Castlebridge City Council's increase in council tax of 4.99% compares with an average increase
in council tax of 4.2% across England`: the figure set against the council's).

One of the 8 was missed at first and is now caught: a phrase opening with the last word of
the `who`'s name (`Castlebridge City Council's council tax rise of 5.99%`) was found from the
name's `Council`, across `council` as a gap word, so the name was no subject before it; the
phrase now opens at the word said again right after itself or after a number only (table
below).

A third round of 20 sentences a story (``THIRD_ROUND``, ``THIRD_CONTRADICTIONS``), written the
same way before the checker ran on them (at ffbaaef), raised 1 false contradiction in 240 cells,
and 7 of its 8 contradictions were caught. The false one is now left unjudged by its own rule
(table below): a later count of the phrase after `with`, following a count or a value of the
phrase that gives the fact's (`Portwell City Council's daily charge for cars will be £5 on
weekdays, with a £3 daily charge for cars at weekends`: the value after a copula now gives the
fact's count there, as a count before the phrase does). The miss is in ``MISSED``: a measure
after a copula (`Portwell City Council's daily charge for cars will be £7`), which the count
check does not read as the fact's value (`A year earlier, the daily charge for cars was £3`
shows what reading past `was` would judge).
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.match import compile_phrase, find_phrase, tokenize
from tests.cases import clashes_on, verdict

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


SECOND_ROUND = [
    (BUDGET, s)
    for s in (
        "Castlebridge City Council approved its 2028-29 budget on Thursday, a year after it"
        " approved a 2.99% council tax rise on February 23, 2027.",
        "The council tax rise of 4.99% approved by Castlebridge City Council is below the 6.5%"
        " rise approved in Hollinwell, whose council was allowed to exceed the cap.",
        "Castlebridge City Council's funding gap has grown from £21m in 2025 to £38m now.",
        "Castlebridge City Council approved its 2028-29 budget after councillors rejected a"
        " Conservative amendment by 44 votes to 17 and a Green amendment by 50 votes to 9.",
        "Castlebridge City Council, which approved its 2028-29 budget at 10.40pm on Thursday, will"
        " hold its annual meeting on May 18.",
        "In 2027, when Castlebridge City Council was run by a minority administration, only 29"
        " councillors voted for the budget.",
        "Castlebridge City Council said the council tax rise would raise £7.4m, and that a 1% rise"
        " in council tax brings in about £1.5m.",
        "Castlebridge City Council's job cuts are the most since 2011, when it made 600 job cuts.",
        "Castlebridge City Council says 320 job cuts are needed; unions say 500 jobs will be cut"
        " once vacancies are counted.",
        "Castlebridge City Council approved its 2028-29 budget; in Hollinwell, councillors voted"
        " for the budget by 30 to 12 on Wednesday.",
        "Castlebridge City Council could face a £60m funding gap by 2031 if government grants are"
        " frozen, its finance director warned.",
        "Castlebridge City Council has made 1,100 job cuts since 2010, including the 320 job cuts"
        " in this budget.",
        "Castlebridge City Council approved its 2028-29 budget on Thursday with a council tax rise"
        " of 4.99%, its third rise of more than 4% in a row.",
        "Okafor said Castlebridge City Council had cut its funding gap to £38m from £45m in"
        " December by selling two office buildings.",
        "A petition signed by 12,000 residents asked Castlebridge City Council to reverse the job"
        " cuts, and 300 people marched from Northgate to the Guildhall on Saturday.",
        "Castlebridge City Council's council tax rise, 4.99%, will take effect on April 1, and the"
        " 2028-29 budget approved on Thursday totals £412m.",
        "Castlebridge City Council had hoped to approve its 2028-29 budget on February 10, but the"
        " meeting was put back by two weeks.",
        "Two Conservative councillors voted for the budget, Castlebridge City Council's records"
        " show, and three Labour councillors voted against.",
        "Castlebridge City Council's increase in council tax of 4.99% compares with an average"
        " increase in council tax of 4.2% across England, the Local Government Association said.",
        "Residents in Northgate, where the council tax rise adds £1.90 a week for a Band B home,"
        " told Castlebridge City Council the job cuts would hit the ward hardest.",
    )
] + [
    (CHARGE, s)
    for s in (
        "Portwell City Council approved the congestion charge on Tuesday, 18 months after Eastbrook"
        " Council voted to approve the congestion charge it dropped in 2027.",
        "Portwell City Council will introduce the congestion charge on September 4, the same day"
        " Eastbrook will bring in a £3 daily charge for cars.",
        "Portwell City Council's daily charge for cars, £5, is a third of the £15 daily charge for"
        " lorries and vans over 3.5 tonnes.",
        "Portwell City Council voted to approve the congestion charge by 34 votes to 21 on Tuesday,"
        " having rejected it by 28 votes to 27 on November 14.",
        "Under the scheme Portwell City Council approved on Tuesday, drivers will pay a daily"
        " charge for cars of £5 between 7am and 7pm, and £2.50 in the evening.",
        "Portwell City Council said 3,700 of the 6,400 consultation responses opposed the charge.",
        "Portwell City Council will bring in the congestion charge on September 4, but enforcement"
        " cameras will not issue fines until October 2.",
        "Portwell City Council will introduce the congestion charge on September 4 rather than"
        " June 1, as first planned.",
        'Iqbal said Portwell City Council would bring in the congestion charge "by the autumn", and'
        " that the daily charge for cars would stay at £5 until at least 2031.",
        "Portwell City Council voted to approve the congestion charge at the Civic Centre, two"
        " miles from Quayside, where 200 protesters gathered on Tuesday.",
        'Marlow said Portwell City Council had approved the congestion charge "in the teeth of'
        ' 3,700 objections" and promised to scrap it if the Conservatives win in May.',
        "Portwell City Council's daily charge for cars is lower than Eastbrook's £8 and London's"
        " £15.",
        "Portwell City Council will introduce the congestion charge on September 4; Eastbrook will"
        " bring in the congestion charge on January 8.",
        "Portwell City Council approved the congestion charge in the council chamber at Portwell"
        " Civic Centre, where it also approved a £2 rise in parking fees.",
        "Portwell City Council received 2,300 consultation responses in 2026, when it first asked"
        " residents about a charge.",
        "Portwell City Council voted to approve the congestion charge on Tuesday; it did not"
        " approve a workplace parking levy, which was put off until June.",
        "Portwell City Council's daily charge for cars of £5 would rise by £1 a year from 2030, a"
        " report to the meeting said.",
        "Drivers on the A31 from Eastbrook will pass through Quayside, where Portwell City Council"
        " will introduce the congestion charge on September 4 with a £10 daily charge for coaches.",
        "Portwell City Council approved the congestion charge on Tuesday after Mayor Sana Iqbal"
        " promised £12m for buses from Eastbrook and Quayside.",
        '"We did not approve the congestion charge lightly," Iqbal told Portwell City Council on'
        " Tuesday.",
    )
]


@pytest.mark.parametrize("story, text", SECOND_ROUND)
def test_a_second_round_of_council_reports_raises_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


SECOND_CONTRADICTIONS = [
    (
        BUDGET,
        "Castlebridge City Council approved its 2028-29 budget on February 17.",
        {"budget-approved:when"},
    ),
    (
        BUDGET,
        "Castlebridge City Council said 39 councillors voted for the budget.",
        {"budget-vote:count"},
    ),
    (
        BUDGET,
        "Castlebridge City Council's council tax rise of 5.99% is the maximum allowed.",
        {"tax-rise:count"},
    ),
    (
        BUDGET,
        "Castlebridge City Council did not approve its 2028-29 budget.",
        {"budget-approved:what"},
    ),
    (
        CHARGE,
        "Portwell City Council approved the congestion charge on March 7.",
        {"charge-approved:when"},
    ),
    (
        CHARGE,
        "Portwell City Council received 4,600 consultation responses.",
        {"consultation:count"},
    ),
    (
        CHARGE,
        'Conservative group leader Graham Marlow said: "This is a tax on working people who have'
        ' no other way to get to the shops."',
        {"marlow-tax:quote"},
    ),
    (
        CHARGE,
        "Portwell City Council will bring in the congestion charge on June 1.",
        {"charge-starts:when"},
    ),
]


@pytest.mark.parametrize("story, text, expected", SECOND_CONTRADICTIONS)
def test_a_wrong_value_in_the_second_round_clashes(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


COMPARED_FIGURES = [
    # (story, text, the clashes expected): a figure after words of comparison that follow a
    # number giving the fact's count: the figure the fact's is set against, another's
    (
        BUDGET,
        "Castlebridge City Council's increase in council tax of 4.99% compares with an average"
        " increase in council tax of 4.2% across England.",
        set(),
    ),
    (
        BUDGET,
        "Castlebridge City Council's rise in council tax of 4.99% is higher than the rise in"
        " council tax of 2.5% in Hollinwell.",
        set(),
    ),
    (
        BUDGET,
        "Castlebridge City Council faces a £38m funding gap, compared with a £25m funding gap at"
        " Hollinwell Borough Council.",
        set(),
    ),
    (
        BUDGET,
        "Castlebridge City Council faces a £38m funding gap, against a £25m funding gap in"
        " Hollinwell.",
        set(),
    ),
    (
        CHARGE,
        "Portwell City Council's daily charge for cars of £5 compares with a daily charge for cars"
        " of £15 in London.",
        set(),
    ),
    (
        CHARGE,
        "Portwell City Council had 6,400 consultation responses, compared with 2,100 consultation"
        " responses in Eastbrook.",
        set(),
    ),
    # the fact's count not given before the comparison, or the clash before it, is judged
    (
        BUDGET,
        "Castlebridge City Council's increase in council tax of 5.99% compares with an average"
        " increase in council tax of 4.2% across England.",
        {"tax-rise:count"},
    ),
    (
        BUDGET,
        "Castlebridge City Council's increase in council tax of 4.2% compares with an average of"
        " 4.99% across England.",
        {"tax-rise:count"},
    ),
    (
        BUDGET,
        "Castlebridge City Council faces a £40m funding gap, compared with a £25m funding gap at"
        " Hollinwell.",
        {"funding-gap:count"},
    ),
    (
        CHARGE,
        "Portwell City Council's daily charge for cars of £6 compares with a daily charge for cars"
        " of £15 in London.",
        {"car-charge:count"},
    ),
]


@pytest.mark.parametrize("story, text, expected", COMPARED_FIGURES)
def test_a_figure_compared_with_the_count_is_anothers(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


REOPENED_PHRASES = [
    # (text, the tax rise fact's status and the slots it clashes on): the phrase's first word
    # said again inside a match, the first saying ending the `who`'s name, opens the phrase at
    # the second, so that the name is its subject
    ("Castlebridge City Council's council tax rise of 5.99% is the maximum allowed.", "count"),
    ("Castlebridge City Council's 5.99% council tax rise is the maximum allowed.", "count"),
    ("Castlebridge council's council tax rise of 5.99% is the maximum allowed.", "count"),
    ("Castlebridge City Council's council tax rise of 4.99% is the maximum allowed.", ""),
    ("Castlebridge City Council's 4.99% council tax rise is the maximum allowed.", ""),
    # no word said again: as before
    ("Castlebridge City Council set a council tax rise of 5.99%.", "count"),
]


@pytest.mark.parametrize("text, clashes", REOPENED_PHRASES)
def test_a_phrase_opens_at_its_first_word_said_again(text: str, clashes: str) -> None:
    expected = ("contradicted" if clashes else "consistent", clashes)
    assert verdict(text, BUDGET, PUBLISHED[BUDGET], "tax-rise") == expected


@pytest.mark.parametrize(
    "phrase, text, found",
    [
        ("council tax rise", "the City Council's council tax rise", ["council tax rise"]),
        ("council tax rise", "the City Council's 5% council tax rise", ["council tax rise"]),
        # said again past a word that is no number, or in the phrase's own words: the first
        # saying opens it (`the Halden Prize and prize money of`)
        ("prize money", "the Halden Prize and prize money", ["Prize and prize money"]),
        ("council to council", "the council to council transfers", ["council to council"]),
        ("tax council tax", "a tax council tax", ["tax council tax"]),
    ],
)
def test_find_phrase_opens_at_the_word_said_again(phrase: str, text: str, found: list[str]) -> None:
    tokens = tokenize(text)
    matches = find_phrase(compile_phrase(phrase), tokens, [])
    assert [text[tokens[m.first].start : tokens[m.last - 1].end] for m in matches] == found


THIRD_ROUND = [
    (BUDGET, s)
    for s in (
        "Castlebridge City Council approved its 2028-29 budget on Thursday; its cabinet had"
        " approved the 2028-29 budget on Tuesday, February 22.",
        "The consultation on Castlebridge City Council's council tax rise ran from November 14 to"
        " January 12 and drew 2,900 responses.",
        "Castlebridge City Council's job cuts will be made by March 2029, with 120 jobs to go by"
        " June and the rest by the end of the year.",
        "Castlebridge City Council had planned 400 job cuts in its draft budget in November, but"
        " cut that to 320 after the consultation.",
        "A Northgate resident, Margaret Ellis, 74, told Castlebridge City Council's meeting: \"The"
        " council tax rise is another £105 I haven't got.\"",
        "Castlebridge City Council's funding gap was £29m a year ago and is £38m now, the finance"
        " director, Raj Patel, said.",
        "Castlebridge City Council approved its 2028-29 budget in the Guildhall on Thursday, a year"
        " after protesters occupied the chamber when it approved the 2027-28 budget.",
        "No councillors voted for the budget from the Green group, but 41 councillors voted for the"
        " budget in all, Castlebridge City Council said.",
        "Castlebridge City Council did not approve its 2028-29 budget at its first meeting on"
        " February 10, which was adjourned after protests.",
        "Castlebridge City Council will set its 2029-30 budget in February 2029 and expects a"
        " further council tax rise of 2.99%.",
        "Castlebridge City Council's rise in council tax of 1.99% in 2016 was its last below 2%.",
        "Castlebridge City Council's budget passed with 41 votes; 22 councillors voted in favour of"
        " the budget in 2019, when the council was first hung.",
        "Castlebridge City Council approved its 2028-29 budget, which includes £4m for potholes and"
        " £2.5m for Northgate's youth centres, on Thursday.",
        "Of the 320 job cuts, Castlebridge City Council expects 200 to be voluntary redundancies.",
        "Castlebridge City Council approved its 2028-29 budget on Thursday, a week before the legal"
        " deadline of March 1.",
        "Like Castlebridge City Council, Hollinwell Borough Council approved its 2028-29 budget"
        " with a council tax rise of 4.99%, on Wednesday in Hollinwell.",
        "Castlebridge City Council's 41-19 vote on the budget came after a 90-minute debate on the"
        " job cuts, which unions say will rise to 450 by 2030.",
        "Castlebridge City Council last approved a budget without job cuts in 2008, when 35"
        " councillors voted for the budget.",
        "Castlebridge City Council approved its 2028-29 budget with a £3m cut to bus subsidies,"
        " which Pryce said would leave 14 villages without a service.",
        '"We will not be making job cuts in frontline care," Okafor told Castlebridge City Council,'
        " as 320 job cuts were approved.",
    )
] + [
    (CHARGE, s)
    for s in (
        "Portwell City Council approved the congestion charge on Tuesday; its transport committee"
        " had approved the congestion charge on February 28.",
        "Portwell City Council will introduce the congestion charge on September 4, with a daily"
        " charge for cars of £5 until March 2030 and £6 after that.",
        "Portwell City Council drew 6,400 consultation responses, more than the 4,100"
        " consultation responses to its 2019 bus plan.",
        "Portwell City Council voted to approve the congestion charge at 9.45pm on Tuesday after a"
        " five-hour meeting that began at 4.30pm.",
        "Residents of Quayside, who will pay no daily charge for cars if they live inside the zone,"
        " packed the public gallery as Portwell City Council approved the congestion charge.",
        "Portwell City Council will introduce the congestion charge on September 4, Iqbal said,"
        " not on June 1 as she promised in her manifesto.",
        "Portwell City Council will not introduce the congestion charge until the new bus lanes"
        " open on September 4.",
        "Portwell City Council approved the congestion charge on Tuesday, nine days after a"
        " petition of 11,000 names against it was handed in at the Civic Centre on March 5.",
        "Lorry drivers will pay £15 and van drivers £9, against the £5 daily charge for cars,"
        " Portwell City Council said.",
        "Portwell City Council's daily charge for cars will be £5 on weekdays, with a £3 daily"
        " charge for cars at weekends.",
        "Portwell City Council voted to approve the congestion charge in Portwell on Tuesday, and"
        " Eastbrook's council will debate a charge in Eastbrook on April 4.",
        "Graham Marlow, whose Conservative group voted against, said Portwell City Council had"
        ' approved the congestion charge "with its fingers in its ears".',
        "Portwell City Council will bring in the congestion charge on September 4, but drivers will"
        " get two weeks' grace before fines of £60 start on September 18.",
        "Portwell City Council approved the congestion charge on Tuesday, 14 years after Portwell"
        " voters rejected one in a referendum in 2014.",
        "Portwell City Council said 41% of consultation responses backed the charge and 58%"
        " opposed it.",
        "A taxi driver from Eastbrook, Dev Sharma, said the daily charge for cars would cost him"
        " £1,200 a year, though Portwell City Council says taxis are exempt.",
        "Portwell City Council approved the congestion charge on Tuesday and will review it in"
        " March 2030, when it could raise the daily charge for cars to £8.",
        "Portwell City Council, which approved the congestion charge on Tuesday, approved a"
        " workplace parking levy on March 7 and a clean air zone in 2026.",
        '"This is a tax on working people who have no other way to get to work," said Graham'
        " Marlow, who also opposed a £2 parking charge in 2026.",
        "Iqbal, who was elected mayor in May 2026 promising a daily charge for cars of £4, said"
        " Portwell City Council had kept the charge as low as it could.",
    )
]


@pytest.mark.parametrize("story, text", THIRD_ROUND)
def test_a_third_round_of_council_reports_raises_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


THIRD_CONTRADICTIONS = [
    (
        BUDGET,
        "Castlebridge City Council approved its 2028-29 budget on Tuesday.",
        {"budget-approved:when"},
    ),
    (BUDGET, "Castlebridge City Council announced 350 job cuts on Thursday.", {"job-cuts:count"}),
    (
        BUDGET,
        "Castlebridge City Council faces a £48m funding gap over three years.",
        {"funding-gap:count"},
    ),
    (
        BUDGET,
        '"This is the hardest budget this council has ever had to set, but it cuts the services'
        ' people rely on most," Okafor said.',
        {"okafor-hardest:quote"},
    ),
    (
        CHARGE,
        "Portwell City Council voted to approve the congestion charge in Eastbrook.",
        {"charge-approved:where"},
    ),
    (
        CHARGE,
        "Portwell City Council did not approve the congestion charge.",
        {"charge-approved:what"},
    ),
    (
        CHARGE,
        "Portwell City Council will introduce the congestion charge on October 4.",
        {"charge-starts:when"},
    ),
]


@pytest.mark.parametrize("story, text, expected", THIRD_CONTRADICTIONS)
def test_a_wrong_value_in_the_third_round_clashes(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


MISSED = [
    (CHARGE, "Portwell City Council's daily charge for cars will be £7."),  # a measure after `be`
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_still_missed(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


FIGURES_WITH_THE_COUNT = [
    # (story, text, the clashes expected): a count of the phrase after `with`, following a
    # count or a value (past `of` or a copula) of the phrase that gives the fact's: a figure
    # added beside it
    (
        CHARGE,
        "Portwell City Council's daily charge for cars will be £5 on weekdays, with a £3 daily"
        " charge for cars at weekends.",
        set(),
    ),
    (
        CHARGE,
        "Portwell City Council's daily charge for cars will be £5, with a £3 daily charge for cars"
        " for residents.",
        set(),
    ),
    (
        CHARGE,
        "Portwell City Council set a £5 daily charge for cars, with a £3 daily charge for cars at"
        " weekends.",
        set(),
    ),
    (
        BUDGET,
        "Castlebridge City Council faces a funding gap of £38m, with a £14m funding gap in adult"
        " social care.",
        set(),
    ),
    (
        BUDGET,
        "Castlebridge City Council faces a funding gap of £38m, including a £14m funding gap in"
        " adult social care.",
        set(),
    ),
    # the fact's count not given first, or nothing counted again after `with`, is judged
    (
        CHARGE,
        "Portwell City Council set a £6 daily charge for cars, with a £3 daily charge for cars at"
        " weekends.",
        {"car-charge:count"},
    ),
    (
        CHARGE,
        "Portwell City Council's daily charge for cars will be £6 on weekdays, with a £3 daily"
        " charge for cars at weekends.",
        {"car-charge:count"},
    ),
    (
        CHARGE,
        "Portwell City Council set a £3 daily charge for cars, with buses free.",
        {"car-charge:count"},
    ),
]


@pytest.mark.parametrize("story, text, expected", FIGURES_WITH_THE_COUNT)
def test_a_later_count_after_with_is_beside_the_facts(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
