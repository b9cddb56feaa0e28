"""Case table of invented stories checked for false alarms (a minister's appointment as Home
Secretary, a bill's second reading) written as politics copy writes them: votes for and against,
earlier votes and earlier holders of the post, amendments, polls, `would`, `if`, what opponents
said, dates of readings and stages to come. The facts were written first, then the sentences
that state nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the
fact's own event (``CONTRADICTIONS``), each to clash on its slot, all before the checker first
ran on them. `factcheck validate` found nothing to warn about.

First run (at 241f054): no false contradiction in 180 cells (40 sentences, each checked against
every fact of its story), and 7 of the 8 contradictions caught on their slot. No rule was added:
an earlier holder of the post (`Daniel Moss, who was named Home Secretary in 2025`), a
hypothetical appointment (`Had Moss stayed, Okafor would have been named ...`, `Lane had been
tipped to become Home Secretary if ...`), a majority forecast by polls (`could fall to under
1,000`), a party's share of the vote against (`Forty Conservative MPs voted against the bill`),
a condition (`If 62 more MPs had opposed the bill`), a similar bill's earlier reading, votes on
amendments and readings to come were all left unjudged or confirmed. The contradiction still
missed is in ``MISSED``: a count in a clause after `, though`, which has a subject of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

MINISTER = """
story: okafor-home-secretary
date: 2027-02-03
about: [okafor]
entities:
  okafor: {name: Adaeze Okafor, aliases: [Okafor, Ms Okafor], kind: person}
  hadley: {name: Tom Hadley, aliases: [Hadley, Mr Hadley, Prime Minister Tom Hadley], kind: person}
  lane: {name: Marcus Lane, aliases: [Lane, Mr Lane], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK, Britain]}
  london: {name: London, in: uk}
facts:
  - id: appointed
    who: okafor
    what: [appointed Home Secretary, named Home Secretary, became Home Secretary]
    when: 2027-02-03
    exclusive: true
  - id: majority
    who: okafor
    what: [majority in Bristol North]
    count: 4210
  - id: okafor-quote
    who: okafor
    quote: Safer streets will be the test I set myself
  - id: lane-quote
    who: lane
    quote: The Prime Minister has rewarded loyalty over competence
"""

BILL = """
story: renters-bill-second-reading
date: 2027-05-12
about: [bill]
entities:
  bill: {name: Renters Protection Bill, aliases: [Renters Bill], mention_only: [the bill]}
  price: {name: Helen Price, aliases: [Price, Ms Price], kind: person}
  lane: {name: Marcus Lane, aliases: [Lane, Mr Lane], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK, Britain]}
  westminster: {name: Westminster, in: uk}
facts:
  - id: second-reading
    who: bill
    what: [passed its second reading, cleared its second reading]
    when: 2027-05-12
  - id: votes-for
    who: bill
    what: [MPs voted for the bill, MPs backed the bill]
    count: 342
  - id: votes-against
    who: bill
    what: [MPs voted against the bill, MPs opposed the bill]
    count: 219
  - id: price-quote
    who: price
    quote: No family should fear a knock on the door for asking for a repair
  - id: lane-quote
    who: lane
    quote: This bill will drive good landlords out of the market
"""

PUBLISHED = {
    MINISTER: dt.date(2027, 2, 4),  # a Thursday: the appointment was on Wednesday, February 3
    BILL: dt.date(2027, 5, 13),  # a Thursday: the second reading was on Wednesday, May 12
}

FIRST_RUN = [
    (MINISTER, s)
    for s in (
        "Adaeze Okafor was appointed Home Secretary on Wednesday in a reshuffle after Daniel Moss "
        "resigned.",
        "Okafor, 44, is the first Nigerian-born politician to become Home Secretary.",
        "She had served as housing minister since 2025.",
        "Had Moss stayed, Okafor would have been named Home Secretary in the summer reshuffle.",
        "Her majority in Bristol North, 4,210 at the last election, makes hers one of the party's "
        "most marginal seats.",
        "Polls suggest her majority in Bristol North could fall to under 1,000 at the next "
        "election.",
        "Daniel Moss, who was named Home Secretary in 2025, resigned on Monday over a leaked memo.",
        "Mr Hadley said he had full confidence in his new Home Secretary.",
        "Marcus Lane, the shadow home secretary, said the Prime Minister had rewarded loyalty over "
        "competence.",
        "A YouGov poll on Thursday found 38% of voters thought Okafor was the right choice.",
        "Okafor voted against the Policing Bill in 2023 and for the Asylum Bill in 2026.",
        "She will face MPs at Home Office questions on February 15.",
        "Okafor is the fifth Home Secretary in four years.",
        "Lane had been tipped to become Home Secretary if his party won the 2024 election.",
        "Okafor said she would set out her priorities in a speech in Manchester next week.",
        "Hadley became Prime Minister in 2025.",
        "Her appointment was confirmed by Downing Street at 4pm.",
        "Okafor's first act as Home Secretary was to meet police chiefs in London on Thursday.",
        "She entered parliament in 2019, winning Bristol North by 612 votes.",
        "Asked whether she would have taken the job a year ago, Okafor said: 'I was not ready "
        "then.'",
    )
] + [
    (BILL, s)
    for s in (
        "The Renters Protection Bill passed its second reading on Wednesday by 342 votes to 219.",
        "342 MPs voted for the bill and 219 against.",
        "Forty Conservative MPs voted against the bill, as did 12 Liberal Democrats.",
        "At first reading in March, the bill was introduced without a vote.",
        "A similar bill cleared its second reading in 2019 by 301 votes to 250 but ran out of "
        "time.",
        "The bill returns for its third reading on June 2, when ministers expect a narrower "
        "margin.",
        "If 62 more MPs had opposed the bill, it would have fallen.",
        "An amendment to cap rent rises at inflation was defeated by 298 votes to 260.",
        "Labour's amendment on deposits was accepted without a vote.",
        "A poll by Ipsos found 64% of renters backed the bill.",
        "Helen Price, the housing secretary, said no family should fear a knock on the door for "
        "asking for a repair.",
        "Mr Lane said the bill would drive good landlords out of the market.",
        "The bill would ban no-fault evictions from 2029.",
        "Lords will debate the bill in the autumn.",
        "Three MPs voted for the bill despite having opposed it at committee stage.",
        "The government's majority of 80 meant the result was never in doubt.",
        "In 2024, 298 MPs backed the bill's predecessor, the Tenancy Reform Bill.",
        "The vote was held at 7pm after a six-hour debate.",
        "Lane, who voted against the bill, said his party would repeal it if elected.",
        "The bill's committee stage will begin on May 25.",
    )
]

MISSED = [
    # `, though` opens a clause with a subject of its own (`229 MPs`): the bill is not its `who`
    (BILL, "The Renters Protection Bill passed, though 229 MPs voted against the bill."),
]

CONTRADICTIONS = [
    (MINISTER, "Adaeze Okafor was appointed Home Secretary on Monday.", {"appointed:when"}),
    (MINISTER, "Marcus Lane was appointed Home Secretary on Wednesday.", {"appointed:who"}),
    (MINISTER, "Okafor holds a 2,410 majority in Bristol North.", {"majority:count"}),
    (
        MINISTER,
        '"Safer streets will be the test I set my officers," Okafor said.',
        {"okafor-quote:quote"},
    ),
    (
        BILL,
        "The Renters Protection Bill passed its second reading on Tuesday.",
        {"second-reading:when"},
    ),
    (
        BILL,
        "The Renters Protection Bill passed easily: 362 MPs voted for the bill.",
        {"votes-for:count"},
    ),
    (
        BILL,
        '"This bill will drive good tenants out of the market," Marcus Lane said.',
        {"lane-quote:quote"},
    ),
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
