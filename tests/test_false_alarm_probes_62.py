"""Case table of false alarms looked for in invented stories told through legislation and votes
(a renters' bill passed by the House of Commons, a water infrastructure act passed by the US
Senate): a bill passed by a vote (`by 312 votes to 290`, `passed 52-48`), earlier readings and
votes on other dates, amendments defeated, the other chamber's vote, a vote expected next week, a
law taking effect on a later date, margins, abstentions, absent members and a previous
government's bill. The facts were written first (`factcheck validate` followed: the bill's
lower-case names under `mention_only`), then the sentences that state nothing contrary to them
(``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at d45a83f): no false contradiction in 160 cells (40 sentences, each checked against
every fact of its story: four facts of the renters' bill, four of the water act), and 5 of the 8
contradictions caught on their slot. The misses are in ``MISSED``: a count whose `who` is not
named in the sentence (`In the final vote, 321 MPs voted in favour`: the Commons is only implied
by `MPs`) and a count whose `who` is told by a common noun (`The act provides $90 billion for
water infrastructure`, `The act would replace 6 million lead pipes`: `the act` is not a name of
the Clean Water Infrastructure Act; named, `The Clean Water Infrastructure Act provides $90
billion for water infrastructure` is caught).

A second round of 20 sentences (``SECOND_ROUND``), written the same way after the first run and
before the checker ran on them (at d45a83f), raised no false contradiction in 80 cells either:
votes hoped for and expected (`Ministers had hoped the Commons would pass the Renters' Security
Bill before Christmas`, `The Lords is expected to pass ... on March 24`), the other chamber's and
a devolved parliament's votes (`The House approved the Clean Water Infrastructure Act in April by
221 votes to 210`, `In Cardiff, the Senedd approved ... on March 9`), an earlier passage (`The
Senate last passed the Clean Water Infrastructure Act in 2025`), counterfactuals (`Had the 37
absent MPs voted against`, `Had the Senate passed ... on Tuesday`), a party's part of a vote
(`Twelve Labour MPs voted against the bill`), a count at another reading (`At second reading in
January, 281 MPs voted against`) and sums other than the act's (`Holloway wanted $40 billion for
water infrastructure`, `A bill that would have provided $120 billion for water infrastructure
failed in 2023`).

A third round of 20 sentences (``THIRD_ROUND``), written the same way after the second (at
7056089), raised no false contradiction in 80 cells either: another parliament's vote after a
semicolon (`...; the Scottish Parliament in Edinburgh passed its own version on March 4`), an
earlier reading owned by the bill (`approved the Renters' Security Bill's second reading on
January 19`), the bill of another year (`the Renters' Security Bill of 2019`), a condition and a
modal (`Unless the Lords passed ...`, `The Senate could have passed ... in March`), a fronted
clause of another act (`Before the Senate passed ... on Wednesday, senators rejected 14
amendments on Tuesday`), a place of another act in the same sentence (`as protesters marched in
Flint, Michigan`) and parts of the act's figures (`Michigan alone would get $4 billion for water
infrastructure`, `including 400,000 lead pipes in Chicago`).

A fourth round of 20 sentences (``FOURTH_ROUND``), each naming the fact's `who` and phrase with
other values beside them, written the same way after the third (at 172a983), raised 1 false
contradiction in 80 cells, now left unjudged by its own rule (table below): a yearly share told
between the number and the phrase (`The Clean Water Infrastructure Act provides $8 billion a
year for water infrastructure`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

RENTERS = """
story: renters-bill
date: 2027-03-16
about: [bill, commons]
entities:
  commons: {name: House of Commons, aliases: [the Commons], kind: organisation}
  lords: {name: House of Lords, aliases: [the Lords], kind: organisation}
  bill: {name: Renters' Security Bill, mention_only: [the bill], kind: product}
  okafor: {name: Grace Okafor, aliases: [Okafor, Ms Okafor], kind: person}
  pryce: {name: Daniel Pryce, aliases: [Pryce, Mr Pryce], kind: person}
places:
  uk: {name: United Kingdom, country: GB}
  england: {name: England, in: uk}
  london: {name: London, in: england}
  westminster: {name: Westminster, in: london}
facts:
  - id: third-reading
    who: commons
    what: [passed the Renters' Security Bill, approved the Renters' Security Bill]
    where: westminster
    when: 2027-03-16
  - id: votes-for
    who: commons
    what: [MPs voted for the bill, MPs voted in favour]
    count: 312
  - id: votes-against
    who: commons
    what: [MPs voted against the bill, MPs voted against]
    count: 290
  - id: okafor-homes
    who: okafor
    quote: No family should fear losing their home because a landlord wants to sell
"""

WATER = """
story: water-act-senate
date: 2027-06-09
about: [senate, act]
entities:
  senate: {name: US Senate, aliases: [the Senate], kind: organisation}
  house: {name: House of Representatives, aliases: [the House], kind: organisation}
  act: {name: Clean Water Infrastructure Act, mention_only: [the water bill], kind: product}
  reyes: {name: Senator Ana Reyes, aliases: [Ana Reyes, Reyes, Sen. Reyes], kind: person}
  holloway: {name: Senator Mark Holloway, aliases: [Mark Holloway, Holloway], kind: person}
places:
  us: {name: United States, country: US}
  dc: {name: Washington, aliases: [Washington DC, Capitol Hill], in: us}
facts:
  - id: senate-passage
    who: senate
    what: [passed the Clean Water Infrastructure Act, approved the Clean Water Infrastructure Act]
    where: dc
    when: 2027-06-09
  - id: spending
    who: act
    what: [for water infrastructure, in water infrastructure spending]
    count: 80000000000
    unit: USD
  - id: lead-pipes
    who: act
    what: [lead pipes]
    count: 9000000
  - id: reyes-water
    who: reyes
    quote: Every child in America deserves to drink water that will not poison them
"""

PUBLISHED = {
    RENTERS: dt.date(2027, 3, 17),  # a Wednesday: the Commons voted on Tuesday, March 16
    WATER: dt.date(2027, 6, 10),  # a Thursday: the Senate voted on Wednesday, June 9
}

FIRST_RUN = [
    (RENTERS, s)
    for s in (
        "The House of Commons passed the Renters' Security Bill by 312 votes to 290 on Tuesday.",
        "312 MPs voted in favour and 290 MPs voted against, a majority of 22.",
        "The Commons approved the Renters' Security Bill at its third reading in Westminster on"
        " Tuesday night.",
        "At its second reading on January 19, 305 MPs voted for the bill and 281 against.",
        "An amendment to exempt student lets was defeated by 301 votes to 296 on March 2.",
        "Eleven MPs abstained, and 37 were absent or paired.",
        "The bill now goes to the House of Lords, which is expected to vote on it next week.",
        "The Lords passed a similar bill in 2019, but it ran out of time before the election.",
        "The new rules take effect on October 1, and landlords will have six months to comply.",
        "A previous government's Renters' Reform Bill was dropped in 2024 after 18 months in the"
        " Commons.",
        'Housing secretary Grace Okafor said: "No family should fear losing their home because a'
        ' landlord wants to sell."',
        "Fourteen Conservative MPs voted for the bill, defying their party.",
        "The government's majority of 22 was its smallest on a housing vote since 2025.",
        "Shadow housing secretary Daniel Pryce said the bill would cut the number of homes to rent"
        " by 40,000.",
        "MPs will vote on a separate bill on tenancy deposits on March 23.",
        "In 2021, 287 MPs voted for a motion on rent controls, which was lost by 14 votes.",
        "The Commons passed the Renters' Security Bill after a six-hour debate that ended at 10pm.",
        "Pryce's amendment to delay the law until 2029 was defeated by 320 votes to 275.",
        "The last time the Commons approved a renters' bill, in 2004, 350 MPs voted in favour.",
        "Okafor said she expected the law to protect 11 million private renters in England.",
    )
] + [
    (WATER, s)
    for s in (
        "The Senate passed the Clean Water Infrastructure Act 52-48 on Wednesday.",
        "The act sets aside $80 billion for water infrastructure over ten years.",
        "The House of Representatives passed its version of the water bill 221-210 in April.",
        "The Senate approved the Clean Water Infrastructure Act in Washington after a 31-hour"
        " debate.",
        "An amendment to cut the spending to $60 billion for water infrastructure failed 45-55.",
        "Two senators did not vote, and Vice President Lena Cho was not needed to break a tie.",
        "The House is expected to vote on the Senate version next week.",
        "If it becomes law, the act takes effect on January 1, 2028.",
        "The act would pay to replace 9 million lead pipes by 2037.",
        'Senator Ana Reyes said: "Every child in America deserves to drink water that will not'
        ' poison them."',
        "A procedural vote on Monday passed 53-47, with one Republican joining Democrats.",
        "A 2021 law set aside $15 billion to replace lead pipes, about a third of the 9 million"
        " still in use.",
        "Senator Mark Holloway, who voted against the act, said it would add $80 billion to the"
        " deficit.",
        "The previous administration's water bill passed the House in 2023 but died in the Senate.",
        "Three Republicans voted with Democrats to pass the Clean Water Infrastructure Act.",
        "The Senate passed the Clean Water Infrastructure Act a week after a committee approved it"
        " 14-12.",
        "The Environmental Protection Agency estimates that 9.2 million lead pipes remain in use"
        " nationwide.",
        "Reyes first introduced the water bill in 2025, when it won 41 votes.",
        "The act's $80 billion in water infrastructure spending is the largest since the Clean"
        " Water Act of 1972.",
        "Holloway said he would try again to cut the bill when the House votes next week.",
    )
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_legislation_and_votes_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (
        RENTERS,
        "The House of Commons passed the Renters' Security Bill on Monday.",
        {"third-reading:when"},
    ),
    (
        RENTERS,
        "The Commons passed the Renters' Security Bill in Edinburgh on Tuesday.",
        {"third-reading:where"},
    ),
    (
        RENTERS,
        'Okafor said: "No family should fear losing their home because a landlord wants to'
        ' retire."',
        {"okafor-homes:quote"},
    ),
    (
        WATER,
        "The Senate passed the Clean Water Infrastructure Act on Tuesday.",
        {"senate-passage:when"},
    ),
    (
        WATER,
        'Reyes said: "Every child in America deserves to drink water that will not harm them."',
        {"reyes-water:quote"},
    ),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_vote_clashes(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


MISSED = [
    (RENTERS, "In the final vote, 321 MPs voted in favour."),  # the Commons is not named
    (WATER, "The act provides $90 billion for water infrastructure."),  # `the act` is no name
    (WATER, "The act would replace 6 million lead pipes."),  # `the act` is no name
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_still_missed(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


def test_the_act_named_is_judged() -> None:
    text = "The Clean Water Infrastructure Act provides $90 billion for water infrastructure."
    assert clashes_on(text, WATER, PUBLISHED[WATER]) == {"spending:count"}


SECOND_ROUND = [
    (RENTERS, s)
    for s in (
        "The Commons passed the Renters' Security Bill on Tuesday, a day later than planned, after"
        " Monday's debate overran.",
        "Ministers had hoped the Commons would pass the Renters' Security Bill before Christmas.",
        "When the Commons passed a renters' bill in 2019, 298 MPs voted in favour.",
        "The Lords is expected to pass the Renters' Security Bill on March 24.",
        "Had the 37 absent MPs voted against, the bill would have fallen.",
        "Only 290 MPs voted against, 14 fewer than at second reading.",
        "In Cardiff, the Senedd approved the Renters' Security Bill's Welsh measures on March 9.",
        "Since the Commons passed the Renters' Security Bill on Tuesday, landlord groups have"
        " threatened legal action.",
        "Twelve Labour MPs voted against the bill, saying it did not go far enough.",
        "At second reading in January, 281 MPs voted against.",
    )
] + [
    (WATER, s)
    for s in (
        "The Senate last passed the Clean Water Infrastructure Act in 2025, but the House never"
        " took it up.",
        "Reyes had hoped the Senate would pass the Clean Water Infrastructure Act in May.",
        "The House approved the Clean Water Infrastructure Act in April by 221 votes to 210.",
        "A bill that would have provided $120 billion for water infrastructure failed in 2023.",
        "Holloway wanted $40 billion for water infrastructure, half what the act provides.",
        "The Clean Water Infrastructure Act's $80 billion for water infrastructure is spread over"
        " ten years, or $8 billion a year.",
        "States have asked for $140 billion for water infrastructure, the Environmental Protection"
        " Agency says.",
        "The Senate passed the Clean Water Infrastructure Act at 11.40pm on Wednesday, 20 minutes"
        " before the deadline.",
        "Had the Senate passed the Clean Water Infrastructure Act on Tuesday, the House could have"
        " voted this week.",
        "Replacing the 9 million lead pipes named in the Clean Water Infrastructure Act would take"
        " until 2037.",
    )
]


@pytest.mark.parametrize("story, text", SECOND_ROUND)
def test_a_second_round_of_votes_raises_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


THIRD_ROUND = [
    (RENTERS, s)
    for s in (
        "The Commons passed the Renters' Security Bill on Tuesday; the Scottish Parliament in"
        " Edinburgh passed its own version on March 4.",
        "The Commons approved the Renters' Security Bill's second reading on January 19 by 305"
        " votes to 281.",
        "Unless the Lords passed the Renters' Security Bill by April 30, it would fall.",
        "Three years ago, 264 MPs voted against a similar bill.",
        "The Commons passed the Renters' Security Bill of 2019 in June that year.",
        "Okafor said the Commons passed the Renters' Security Bill in Westminster because MPs"
        " listened to tenants.",
        "Pryce, who voted against, said 290 MPs voted against the bill in good faith.",
        "The Commons is likely to pass the Renters' Security Bill again in October if the Lords"
        " amend it.",
        "In the last parliament, 276 MPs voted for the bill's predecessor.",
        "The Commons passed the Renters' Security Bill in Westminster on Tuesday as tenants rallied"
        " in Manchester.",
    )
] + [
    (WATER, s)
    for s in (
        "The Senate passed the Clean Water Infrastructure Act 52-48 on Wednesday, a week after the"
        " House passed the Clean Water Infrastructure Act on June 2.",
        "In 2019, a Senate committee approved the Clean Water Infrastructure Act's forerunner"
        " 15-7.",
        "Before the Senate passed the Clean Water Infrastructure Act on Wednesday, senators"
        " rejected 14 amendments on Tuesday.",
        "Governors in Michigan had urged the Senate to pass the Clean Water Infrastructure Act in"
        " 2026.",
        "The Senate could have passed the Clean Water Infrastructure Act in March, Reyes said.",
        "The Senate passed the Clean Water Infrastructure Act, which the House approved in April,"
        " on Wednesday.",
        "Under the Clean Water Infrastructure Act, Michigan alone would get $4 billion for water"
        " infrastructure.",
        "The Clean Water Infrastructure Act would fund the replacement of 9 million lead pipes,"
        " including 400,000 lead pipes in Chicago.",
        "The Senate passed the Clean Water Infrastructure Act in Washington on Wednesday, as"
        " protesters marched in Flint, Michigan.",
        "Holloway said the Clean Water Infrastructure Act's $80 billion for water infrastructure"
        " should have been $60 billion.",
    )
]


@pytest.mark.parametrize("story, text", THIRD_ROUND)
def test_a_third_round_of_votes_raises_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


FOURTH_ROUND = [
    (RENTERS, s)
    for s in (
        "In the Commons on Tuesday, 312 MPs voted in favour, against 298 in 2019.",
        "The Commons passed the Renters' Security Bill by 312 votes to 290, twice the majority of"
        " 11 that the 2019 bill won.",
        "In the Commons, 14 Conservative MPs voted in favour, and 290 MPs voted against.",
        "The Commons passed the Renters' Security Bill with a majority of 22, after 290 MPs voted"
        " against it.",
        "In the Commons, half the 290 MPs who voted against the bill were Conservatives.",
        "At second reading in the Commons, 305 MPs voted for the bill.",
        "The Commons passed the Renters' Security Bill in Westminster, where Pryce's amendment had"
        " been defeated on March 2.",
        "The Commons passed the Renters' Security Bill on Tuesday, and the Senedd passed a similar"
        " measure in Cardiff on March 9.",
        "In the Commons, 120 MPs voted against the bill at second reading in 2025.",
        "In the Commons, 280 Labour MPs voted for the bill, along with 32 from other parties.",
    )
] + [
    (WATER, s)
    for s in (
        "The Clean Water Infrastructure Act includes $15 billion for water infrastructure in rural"
        " areas.",
        "The Clean Water Infrastructure Act provides $80 billion for water infrastructure, double"
        " the $40 billion for water infrastructure in the 2021 law.",
        "The Clean Water Infrastructure Act provides $8 billion a year for water infrastructure.",
        "The Clean Water Infrastructure Act provides $80 billion for water infrastructure, up from"
        " $55 billion in the House version.",
        "The Clean Water Infrastructure Act would replace 9 million lead pipes by 2037 and 2"
        " million lead pipes by 2030.",
        "The Clean Water Infrastructure Act would replace 400,000 lead pipes in Chicago alone.",
        "The Clean Water Infrastructure Act sets aside $3 billion for water infrastructure for"
        " Native American tribes.",
        "Reyes said the Senate passed the Clean Water Infrastructure Act in Washington on Wednesday"
        " despite lobbying from Texas.",
        "The Senate passed the Clean Water Infrastructure Act on Wednesday, 55 years after it"
        " passed the Clean Water Act in 1972.",
        "Under the Clean Water Infrastructure Act, Texas would receive $6 billion for water"
        " infrastructure.",
    )
]


@pytest.mark.parametrize("story, text", FOURTH_ROUND)
def test_a_fourth_round_of_votes_raises_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


RATES = [
    # (text, the clashes expected): only a time it is per between the number and the phrase
    # (`a year`, `per year`, `annually`): one year's share, not the act's total
    (
        "The Clean Water Infrastructure Act provides $8 billion a year for water infrastructure.",
        set(),
    ),
    (
        "The Clean Water Infrastructure Act provides $8 billion per year for water infrastructure.",
        set(),
    ),
    (
        "The Clean Water Infrastructure Act provides $8 billion annually for water infrastructure.",
        set(),
    ),
    # the total, or a time that is no rate before the phrase, is judged
    (
        "The Clean Water Infrastructure Act provides $90 billion for water infrastructure.",
        {"spending:count"},
    ),
    (
        "Within a year, the Clean Water Infrastructure Act provides $90 billion for water"
        " infrastructure.",
        {"spending:count"},
    ),
]


@pytest.mark.parametrize("text, expected", RATES)
def test_a_yearly_share_is_not_the_total(text: str, expected: set[str]) -> None:
    assert clashes_on(text, WATER, PUBLISHED[WATER]) == expected
