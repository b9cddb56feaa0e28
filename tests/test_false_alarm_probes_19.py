"""Case table of false alarms found by checking invented stories of kinds the tests lacked (a
volcanic eruption, a lottery win), written as wire copy and a local news page: earlier
eruptions and their tolls, the ash plume's height, evacuations, flights cancelled, alert
levels, scientists' forecasts; the jackpot, the ticket's town and shop, the draw's date and the
claim's, other winners and rollovers, the odds, the winner's age and words. The facts were
written first, then the sentences that state nothing contrary to them (``FIRST_RUN``) and those
that state a wrong value for the fact's own event (``CONTRADICTIONS``), each to clash on its
slot, all before the checker first ran on them.

First run (at 88c4175): 1 false contradiction in 180 cells (40 sentences, each checked against
every fact of its story), and 7 of the 9 contradictions caught on their slot. `Holt won a raffle
in 1998` dated the jackpot win by its one-word phrasing `won`. Now a one-word phrasing that
another phrasing of the fact goes on with an object (`won the jackpot`), followed by an
indefinite object none of them names, is the verb done to another thing: no date or place is
judged (``OTHER_OBJECTS``). The contradictions still missed are in ``MISSED``: a count after a
passive's agent, and money after the phrase past `the`.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

VOLCANO = """
story: mount-selva-eruption
date: 2026-11-02
about: [selva]
entities:
  selva: {name: Mount Selva, aliases: [Selva, Selva volcano], kind: product,
    mention_only: [the volcano]}
  agency: {name: Volcanology Agency, aliases: [the agency], kind: organisation}
  ruiz: {name: Dr Marta Ruiz, aliases: [Ruiz, Dr Ruiz], kind: person}
places:
  isla-verde: {name: Isla Verde}
  porto-sol: {name: Porto Sol, in: isla-verde}
  cabo-norte: {name: Cabo Norte, in: isla-verde}
facts:
  - id: erupted
    who: selva
    what: [erupted, began erupting]
    when: 2026-11-02
  - id: evacuated
    who: agency
    what: [were evacuated, evacuated]
    count: 12000
  - id: plume
    who: selva
    what: [ash plume, plume of ash]
    count: 9
    unit: km
  - id: ruiz-quote
    who: ruiz
    quote: The eruption could last for weeks
"""

LOTTERY = """
story: lottery-jackpot-win
date: 2026-11-06
about: [winner]
entities:
  winner: {name: Agnes Holt, aliases: [Holt, Mrs Holt], kind: person}
  lottery: {name: National Lottery, kind: organisation}
places:
  uk: {name: United Kingdom, aliases: [UK, Britain]}
  england: {name: England, in: uk}
  hull: {name: Hull, in: england}
  leeds: {name: Leeds, in: england}
facts:
  - id: won
    who: winner
    what: [won the jackpot, scooped the jackpot, won]
    when: 2026-11-06
  - id: jackpot
    who: winner
    what: [won, jackpot of, scooped]
    count: 14.2
    unit: £
    note: million
  - id: ticket
    who: winner
    what: [bought her ticket, bought the ticket]
    where: hull
  - id: age
    who: winner
    what: year-old
    count: 67
  - id: holt-quote
    who: winner
    quote: I had to read the numbers ten times before I believed it
"""
PUBLISHED = {
    VOLCANO: dt.date(2026, 11, 3),  # a Tuesday: Monday is November 2
    LOTTERY: dt.date(2026, 11, 10),  # a Tuesday: the draw was on Friday, November 6
}

FIRST_RUN = [
    (VOLCANO, s)
    for s in (
        "Mount Selva erupted on Monday, sending a plume of ash 9km into the sky.",
        "The volcano last erupted in 2011, killing 14 people.",
        "More than 12,000 people were evacuated from villages near the crater.",
        "A 2014 eruption forced 3,000 people from their homes.",
        "The agency raised the alert to its highest level, four, on Sunday night.",
        "At least 40 flights were cancelled at Porto Sol airport.",
        '"The eruption could last for weeks," said Dr Ruiz, who heads the agency.',
        "Ruiz said the eruption could last for weeks.",
        "Lava has not reached Cabo Norte, 12km to the north.",
        "The plume could reach 15km if the eruption strengthens, scientists said.",
        "Selva has erupted 11 times since 1900.",
        "Ash fell as far as 80km away.",
        "The 2,900-metre volcano is the highest peak on Isla Verde.",
        "No one has died, officials said.",
        "Schools will stay closed until Friday.",
        "In 1902, an eruption of Selva killed more than 2,000 people.",
        "Evacuation centres in Porto Sol are housing 4,500 people.",
        "The volcano had been rumbling for three weeks.",
        "Another volcano on the island, Monte Rojo, erupted in 2019.",
        "Live updates: 10:45 Ash reaches Porto Sol",
    )
] + [
    (LOTTERY, s)
    for s in (
        "A 67-year-old grandmother from Hull has won the £14.2 million jackpot.",
        "Agnes Holt bought her ticket at a newsagent in Hull on Friday afternoon.",
        "The draw took place on Friday night; she claimed the prize on Monday.",
        '"I had to read the numbers ten times before I believed it," Mrs Holt said.',
        "The jackpot had rolled over four times.",
        "The odds of winning are one in 45 million.",
        "Last year a couple from Leeds won £9 million.",
        "Holt, a retired nurse, has three children and seven grandchildren.",
        "She said she had played the same numbers for 30 years.",
        "Holt did not win anything in her first 20 years of playing.",
        "The newsagent will receive a bonus of £14,200.",
        "A second ticket bought in Leeds matched five numbers and won £1 million.",
        "The biggest jackpot ever won in Britain was £195 million in 2022.",
        "Holt plans to buy a house near the sea.",
        "The National Lottery said 14 tickets had won more than £1 million this year.",
        "She will not give up her weekly ticket.",
        "Her husband, 70, said he would retire from his job in Leeds.",
        "The winning numbers were 4, 11, 23, 30, 41 and 52.",
        "Holt won a raffle in 1998.",
        "Related: Leeds couple scoop £9m",
    )
]

MISSED = [
    (VOLCANO, "About 21,000 people were evacuated by the Volcanology Agency."),
    (LOTTERY, "Agnes Holt has won the £12.4 million jackpot."),
]

CONTRADICTIONS = [
    (VOLCANO, "Mount Selva erupted on Sunday.", {"erupted:when"}),
    (VOLCANO, "Mount Selva sent an ash plume 6km into the sky.", {"plume:count"}),
    (VOLCANO, '"The eruption could last for months," said Dr Ruiz.', {"ruiz-quote:quote"}),
    (LOTTERY, "Agnes Holt won the jackpot on Saturday.", {"won:when"}),
    (LOTTERY, "Agnes Holt bought her ticket in Leeds.", {"ticket:where"}),
    (LOTTERY, "The 76-year-old Agnes Holt won the jackpot.", {"age:count"}),
    (
        LOTTERY,
        '"I had to read the numbers twice before I believed it," Mrs Holt said.',
        {"holt-quote:quote"},
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


OTHER_OBJECTS = [
    (LOTTERY, "Holt won a raffle in 1998.", set()),
    (LOTTERY, "Holt won another prize in Leeds in 2020.", set()),
    (LOTTERY, "Agnes Holt won a car on Saturday.", set()),
    # still judged: no object, the fact's own object, an indefinite one the fact names
    (LOTTERY, "Agnes Holt won on Saturday.", {"won:when"}),
    (LOTTERY, "Agnes Holt won the jackpot on Saturday.", {"won:when"}),
    (LOTTERY, "Holt won a jackpot in 1998.", {"won:when"}),
]


@pytest.mark.parametrize("story, text, expected", OTHER_OBJECTS)
def test_a_verb_done_to_another_thing_is_another_act(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


INDEFINITE_ACTS = [
    # a noun of the act after `a`/`an` is an act the reader is told of for the first time
    (VOLCANO, "In 1902, an eruption of Selva killed more than 2,000 people.", set()),
    (VOLCANO, "A major eruption of Mount Selva in 1990 forced thousands to flee.", set()),
    # still judged: the act owned or told with `the`, and the verb
    (VOLCANO, "Mount Selva's eruption on Sunday forced thousands to flee.", {"erupted:when"}),
    (VOLCANO, "The eruption of Mount Selva on Sunday forced thousands to flee.", {"erupted:when"}),
    (VOLCANO, "Mount Selva erupted on Sunday.", {"erupted:when"}),
]


@pytest.mark.parametrize("story, text, expected", INDEFINITE_ACTS)
def test_a_noun_of_the_act_told_with_a_is_another_occurrence(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
