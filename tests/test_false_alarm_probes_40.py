"""Case table of invented stories checked for false alarms (a footballer's award at a
gala in Paris, a film's best-film win at an awards night in London) written as awards nights are
reported: many winners and nominees, categories, earlier years' winners, records, `nominated
for`, `lost to`, hosts, ratings and the full list of winners. The facts were written first, then
the sentences that state nothing contrary to them (``FIRST_RUN``) and those that state a wrong
value for the fact's own event (``CONTRADICTIONS``), each to clash on its slot, all before the
checker first ran on them. `factcheck validate` warned that a count of `Meridian awards` reads a
career total or nominations: the phrasing became `awards at the ceremony` before the first run.

First run (at bc2f8bc): no false contradiction in 120 cells (40 sentences, each checked against
every fact of its story), and all 8 contradictions caught on their slot. No rule was added: the
other winners and their votes, earlier years' winners of the fact's own trophy (`Moreau won the
Kristall Trophy in 2025 and 2026`), nominations, `lost to`, a denial of another nominee's win,
records and ratings were all left unjudged or confirmed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

GALA = """
story: sandvik-award
date: 2027-10-28
about: [sandvik]
entities:
  sandvik: {name: Ida Sandvik, aliases: [Sandvik], kind: person}
  trophy: {name: Kristall Trophy, kind: event}
  moreau: {name: Lea Moreau, aliases: [Moreau], kind: person}
places:
  france: {name: France, country: FR}
  paris: {name: Paris, in: france}
facts:
  - id: won
    who: sandvik
    what: [won the Kristall Trophy, was awarded the Kristall Trophy, claimed the Kristall Trophy]
    when: 2027-10-28
    where: paris
    exclusive: true
  - id: votes
    who: sandvik
    what: [first-place votes]
    count: 41
  - id: sandvik-quote
    who: sandvik
    quote: This belongs to every girl who was told football was not for her
"""

AWARDS = """
story: meridian-awards
date: 2028-02-13
about: [film]
entities:
  film: {name: Harbour Lights, kind: product, mention_only: [the film]}
  okafor: {name: Daniel Okafor, aliases: [Okafor], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK], country: GB}
  london: {name: London, in: uk}
facts:
  - id: best-film
    who: film
    what: [won best film, named best film, took best film]
    when: 2028-02-13
    where: london
    exclusive: true
  - id: awards
    who: film
    what: [awards at the ceremony, Meridian awards on Sunday, awards on the night]
    count: 5
  - id: okafor-quote
    who: okafor
    quote: We made this film for the price of a house in Croydon
"""

PUBLISHED = {
    GALA: dt.date(2027, 10, 29),  # a Friday report: the gala was on Thursday, October 28
    AWARDS: dt.date(2028, 2, 14),  # a Monday report: the ceremony was on Sunday, February 13
}

FIRST_RUN = [
    (GALA, s)
    for s in (
        "Ida Sandvik won the Kristall Trophy in Paris on Thursday night, beating Lea Moreau and "
        "Ana Ruiz.",
        "Moreau, nominated for the third year running, finished second with 33 first-place votes.",
        "Sandvik is the first Norwegian to win the Kristall Trophy since Ada Hegerberg in 2018.",
        "Last year's winner, Aitana Bonmati, was not nominated.",
        "Moreau won the Kristall Trophy in 2025 and 2026.",
        "Sandvik lost to Moreau in 2026 by four votes.",
        "The men's award went to Lamine Yamal, who received 52 first-place votes.",
        "Hosted by Didier Drogba and Kate Abdo, the ceremony at the Theatre du Chatelet drew 2.3 "
        "million viewers on French television.",
        "Sandvik received 41 first-place votes from the 100 journalists on the jury.",
        "The Kopa Trophy for best young player went to Vicky Lopez.",
        "Sandvik, 26, scored 38 goals in 44 games for Lyon last season.",
        "Sandvik was nominated for the Kristall Trophy for the first time in 2024.",
        "Ratings were down 12 percent on last year's ceremony in Paris.",
        "Sandvik will defend the Kristall Trophy in Paris next October.",
        "Barcelona were named women's club of the year for the fourth time.",
        "Moreau did not win the Kristall Trophy this time.",
        "Sandvik dedicated the award to young girls in Norway.",
        "The record of 56 first-place votes was set by Megan Rapinoe in 2019.",
        "The 2028 ceremony will be held in London.",
        "Sandvik had finished third in 2025, fifth in 2024 and ninth in 2023.",
    )
] + [
    (AWARDS, s)
    for s in (
        "Harbour Lights won best film at the Meridian Awards in London on Sunday night.",
        "The film took five awards on the night, including best director for Daniel Okafor.",
        "Harbour Lights was nominated for 11 awards and won five.",
        "Glass Orchard, nominated for nine awards, went home with two awards on the night.",
        "Last year's best film, The Long Field, won seven Meridian awards, a record.",
        "Host Romesh Ranganathan opened with a joke about the length of the ceremony.",
        "The ceremony was watched by 3.1 million viewers on BBC One, down from 3.8 million "
        "in 2027.",
        "Okafor was nominated for best director in 2024 for Salt Roads but lost to Jane Campion.",
        "Harbour Lights lost best actress to Glass Orchard's Nia Castle.",
        "Nia Castle won best actress for Glass Orchard.",
        "Harbour Lights is the first debut feature to be named best film since 2009.",
        "The Meridian Awards were first held in 1986.",
        "The awards took place at the Royal Festival Hall.",
        "Harbour Lights opens in US cinemas on March 3.",
        "It did not win best original screenplay, which went to Glass Orchard.",
        "Okafor said they made the film for the price of a house.",
        "The Oscars follow on March 12 in Los Angeles.",
        "Full list of winners: Best film: Harbour Lights. Best director: Daniel Okafor (Harbour "
        "Lights). Best actress: Nia Castle (Glass Orchard).",
        "Harbour Lights cost 1.8 million pounds to make.",
        "Previous winners of best film include The Long Field (2027) and Paper Boats (2026).",
    )
]

CONTRADICTIONS = [
    (GALA, "Ida Sandvik won the Kristall Trophy in Paris on Wednesday.", {"won:when"}),
    (GALA, "Ida Sandvik won the Kristall Trophy at a ceremony in Lyon.", {"won:where"}),
    (GALA, "Ida Sandvik received 35 first-place votes.", {"votes:count"}),
    (
        GALA,
        '"This belongs to every girl who was told football was not for girls," Ida Sandvik said.',
        {"sandvik-quote:quote"},
    ),
    (
        AWARDS,
        "Harbour Lights won best film at the Meridian Awards on Saturday.",
        {"best-film:when"},
    ),
    (AWARDS, "Harbour Lights won best film at the ceremony in Manchester.", {"best-film:where"}),
    (AWARDS, "Harbour Lights won four awards at the ceremony.", {"awards:count"}),
    (
        AWARDS,
        '"We made this film for the price of a flat in Croydon," Daniel Okafor said.',
        {"okafor-quote:quote"},
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
