"""Case table of false alarms found by checking invented stories of kinds the tests lacked (an
oil spill off a coast, a national referendum's result), written as wire copy and a results
page: the tanker's cargo, earlier spills and groundings, the slick, the clean-up, salvage,
forecasts, a correction; the Yes and No shares, turnout and its earlier figures, constituency
results, polls, earlier referendums, a live blog. The facts were written first, then the
sentences that state nothing contrary to them (``FIRST_RUN``) and those that state a wrong value
for the fact's own event (``CONTRADICTIONS``), each to clash on its slot, all before the checker
first ran on them.

First run (at 67810fb): no false contradiction in 160 cells (40 sentences, each checked against
every fact of its story), and 8 of the 10 contradictions caught on their slot. No rule was
added. The two still missed are in ``MISSED``: a number in tonnes inside a phrase whose fact has
no `unit:` (`spilled 2,300 tonnes of crude oil`: a measure counted in another unit than the
fact's is not judged), and a turnout whose sentence names neither the voters nor an event of
the story (`Turnout was 25.3%`: no mention of the fact).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

SPILL = """
story: coral-star-oil-spill
date: 2027-04-13
about: [coral-star]
entities:
  coral-star: {name: Coral Star, aliases: [the Coral Star], kind: product,
    mention_only: [the tanker, the vessel]}
  keller: {name: Keller Shipping, aliases: [Keller], kind: organisation}
  ferrer: {name: Lucia Ferrer, aliases: [Ferrer, Ms Ferrer], kind: person}
places:
  spain: {name: Spain}
  galicia: {name: Galicia, in: spain}
  a-coruna: {name: A Coruna, aliases: [A Coruña], in: galicia}
  ferrol: {name: Ferrol, in: galicia}
facts:
  - id: aground
    who: coral-star
    what: [ran aground off Galicia, ran aground off the coast of Galicia,
      ran aground off the Galician coast, ran aground near A Coruña]
    where: galicia
    when: 2027-04-13
  - id: spilled
    who: coral-star
    what: [spilled tonnes of crude oil, spilling tonnes of crude oil, spilled tonnes of oil,
      spilling tonnes of oil, tonnes of oil spilled]
    count: 3200
  - id: crew
    who: coral-star
    what: [crew members]
    count: 24
  - id: ferrer-quote
    who: ferrer
    quote: This is the worst environmental disaster on our coast since the Prestige
"""

REFERENDUM = """
story: ireland-voting-age-referendum
date: 2027-05-21
about: [voters, yes-side]
entities:
  voters: {name: Irish voters, aliases: [voters in Ireland], kind: organisation,
    mention_only: [voters, the electorate]}
  yes-side: {name: Yes side, aliases: [Yes campaign, Yes vote], kind: organisation}
  no-side: {name: No side, aliases: [No campaign, No vote], kind: organisation}
  brennan: {name: Niamh Brennan, aliases: [Brennan, Ms Brennan], kind: person}
places:
  ireland: {name: Ireland}
  dublin: {name: Dublin, in: ireland}
  cork: {name: Cork, in: ireland}
facts:
  - id: approved
    who: voters
    what: [voted to lower the voting age, backed lowering the voting age,
      approved lowering the voting age]
    where: ireland
    when: 2027-05-21
  - id: yes-share
    who: yes-side
    what: [of the vote, of votes cast]
    count: 61.4
    unit: "%"
  - id: turnout
    who: voters
    what: turnout
    count: 52.3
    unit: "%"
  - id: brennan-quote
    who: brennan
    quote: Young people have been given a voice that no one can take away
"""
PUBLISHED = {
    SPILL: dt.date(2027, 4, 14),  # a Wednesday: Tuesday is April 13
    REFERENDUM: dt.date(2027, 5, 22),  # a Saturday: the vote was on Friday, May 21
}

FIRST_RUN = [
    (SPILL, s)
    for s in (
        "The tanker Coral Star ran aground off Galicia on Tuesday, spilling 3,200 tonnes of "
        "crude oil.",
        "All 24 crew members were airlifted to safety by Spanish rescue helicopters.",
        "The Coral Star was carrying 80,000 tonnes of crude oil from Lagos to Rotterdam.",
        "The Prestige sank off Galicia in 2002, spilling 63,000 tonnes of oil.",
        '"This is the worst environmental disaster on our coast since the Prestige," said Lucia '
        "Ferrer, Spain's environment minister.",
        "Ferrer said the spill was the worst environmental disaster on the coast since the "
        "Prestige.",
        "The slick had spread along 40 kilometres of coastline by Wednesday evening.",
        "Fishing was banned along the coast from Ferrol to Muros.",
        "Keller Shipping, which owns the Coral Star, said the tanker had lost engine power in a "
        "storm on Monday night.",
        "The Aegean Sea ran aground near A Coruña in 1992, spilling 67,000 tonnes of crude oil.",
        "More than 1,500 volunteers joined the clean-up on Wednesday.",
        "Salvage crews will begin pumping the remaining 12,000 tonnes of oil from the Coral Star "
        "on Friday.",
        "The captain, 58, was arrested in A Coruña on Wednesday.",
        "The Coral Star had run aground once before, off Norway in 2019, without spilling any oil.",
        "Photo: Volunteers clean oil from a beach near Ferrol on Wednesday.",
        "Related: Tanker operator fined over 2021 leak in the North Sea",
        "Correction: An earlier version of this article said the Coral Star had 42 crew members.",
        "Update 14:10 - The coastguard said no more oil was leaking from the hull.",
        "Scientists warned that oil from the Coral Star could reach beaches in Portugal within "
        "a week.",
        "It is the third tanker to run aground off the Galician coast since 1970.",
    )
] + [
    (REFERENDUM, s)
    for s in (
        "Irish voters voted to lower the voting age to 16 in Friday's referendum, official "
        "results showed on Saturday.",
        "The Yes side won 61.4% of the vote, with 38.6% voting No.",
        "Turnout was 52.3%, up from 44% at the 2024 referendums.",
        "The No side won 38.6% of the vote.",
        "Counting began at 9am on Saturday at the RDS in Dublin.",
        "In 2015, voters in Ireland approved same-sex marriage by 62.1% to 37.9%.",
        "Dublin recorded the highest Yes vote, at 71.2%.",
        "Only two of the 43 constituencies voted No.",
        '"Young people have been given a voice that no one can take away," said Niamh Brennan, '
        "the minister for children.",
        "Brennan said young people had been given a voice that no one could take away.",
        "The first vote for 16-year-olds will be the local elections in June 2029.",
        "Austria lowered its voting age to 16 in 2007.",
        "Opinion polls last month had put the Yes vote at 68%.",
        "Turnout in Cork was 47.9%.",
        "Voters in Ireland rejected two constitutional amendments in March 2024.",
        "Live: 13:05 - Donegal is the first constituency to declare, with the Yes side on 55.8% "
        "of the vote.",
        "About 120,000 people aged 16 and 17 will be added to the electoral register.",
        "Related: What lowering the voting age means for the next general election",
        "The Yes side did not win a majority in Kerry.",
        "The No campaign said it accepted the result.",
    )
]

MISSED = [
    (SPILL, "The Coral Star spilled 2,300 tonnes of crude oil."),
    (REFERENDUM, "Turnout was 25.3%."),
]

CONTRADICTIONS = [
    (SPILL, "The Coral Star ran aground off Galicia on Monday.", {"aground:when"}),
    (SPILL, "All 42 crew members of the Coral Star were rescued.", {"crew:count"}),
    (
        SPILL,
        '"This is the worst environmental disaster on our coast since the Erika," said Lucia '
        "Ferrer.",
        {"ferrer-quote:quote"},
    ),
    (
        SPILL,
        '"This is the worst environmental disaster on our coast since the Prestige," Keller '
        "Shipping said.",
        {"ferrer-quote:who"},
    ),
    (REFERENDUM, "Irish voters voted to lower the voting age on Thursday.", {"approved:when"}),
    (REFERENDUM, "The Yes side won 64.1% of the vote.", {"yes-share:count"}),
    (
        REFERENDUM,
        '"Young people have been given a voice that anyone can take away," said Niamh Brennan.',
        {"brennan-quote:quote"},
    ),
    (REFERENDUM, "Voters in Ireland did not vote to lower the voting age.", {"approved:what"}),
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
