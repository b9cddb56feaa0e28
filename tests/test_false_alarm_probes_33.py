"""Case table of false alarms found by checking invented stories (a motorway pile-up, a phone's
launch) full of numbers that are names, not counts or dates: roads (`the A12`, `junction 19`,
`Route 66`), flight and bus numbers, addresses and postcodes, model names (`Nexa 12`, `Boeing
737`), laws and articles (`Section 21`), teams and missions (`Apollo 11`, `Schalke 04`), plans
named by a year (`Vision 2030`), phone numbers, software versions, ages of things. The facts were
written first, then the sentences that state nothing contrary to them (``FIRST_RUN``) and those
that state a wrong value for the fact's own event (``CONTRADICTIONS``), each to clash on its
slot, all before the checker first ran on them. `factcheck validate` warned about the
phrasing `took place` (common words, no name of the event), dropped before the first run.

First run (at 8792835): 1 false contradiction in 120 cells (40 sentences, each checked against
every fact of its story), and 7 of the 9 contradictions caught on their slot. The numbers that
are names raised none; `A second crash on the M25 at junction 28 involved four vehicles on
Friday` gave the story's pile-up four vehicles, its event implied in a sentence that names no
one. Now `a second`, `a third` (`a fourth`, `a fifth`) and a noun in such a sentence tell
another member of the kind: the story's event is not implied there (``ANOTHER_OF_THE_KIND``);
`the second day of a 48-hour strike` still implies it. The contradictions still missed are in
``MISSED``: a town within 50 km of the fact's that the story does not list (`near Colchester`,
for Chelmsford), and a price whose sentence's subject is the phone, the company being only the
closing source (`The Nexa 12 will cost 1,099 euros, Nexa Mobile said`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

PILEUP = """
story: a12-pileup
date: 2027-01-15
about: [pileup]
entities:
  pileup: {name: A12 pile-up, kind: event, mention_only: [the pile-up, the crash]}
  police: {name: Essex Police, kind: organisation}
  hale: {name: Sgt Tom Hale, aliases: [Hale, Sgt Hale], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK], country: GB}
  essex: {name: Essex, in: uk}
  chelmsford: {name: Chelmsford, in: essex}
facts:
  - id: crash
    who: pileup
    what: [happened, involved]
    when: 2027-01-15
    where: chelmsford
  - id: vehicles
    who: pileup
    what: [vehicles]
    count: 23
  - id: hale-quote
    who: hale
    quote: Fog turned the road into a wall of white within seconds
"""

PHONE = """
story: nexa-launch
date: 2027-09-08
about: [nexa]
entities:
  nexa: {name: Nexa Mobile, aliases: [Nexa], kind: organisation}
  lund: {name: Eva Lund, aliases: [Lund, Ms Lund], kind: person}
places:
  germany: {name: Germany, country: DE}
  berlin: {name: Berlin, in: germany}
facts:
  - id: launched
    who: nexa
    what: [launched the Nexa 12, unveiled the Nexa 12, launched its new phone]
    when: 2027-09-08
    where: berlin
  - id: price
    who: nexa
    what: [will cost, priced at, costs]
    count: 999
    unit: €
  - id: lund-quote
    who: lund
    quote: This is the phone we always wanted to build
"""

PUBLISHED = {
    PILEUP: dt.date(2027, 1, 16),  # a Saturday: Friday is January 15
    PHONE: dt.date(2027, 9, 9),  # a Thursday: Wednesday is September 8
}

FIRST_RUN = [
    (PILEUP, s)
    for s in (
        "The A12 pile-up happened between junctions 19 and 20 near Chelmsford.",
        "The crash involved vehicles on the A12 London-bound carriageway.",
        "Drivers were diverted along the A130 and the B1137.",
        "The A12 reopened at 6am on Saturday, 22 hours after the crash.",
        "Route 66 was not affected, a spokesman joked on the 101 bus.",
        "The crash happened near the 24-hour Shell garage at 1 London Road, CM2 9AQ.",
        "Witnesses can call Essex Police on 101, quoting incident 432 of 15 January.",
        "A 2019 Ford Focus and a 12-year-old lorry were among the vehicles.",
        "A second crash on the M25 at junction 28 involved four vehicles on Friday.",
        "The road, built in 1966, carries 90,000 vehicles a day.",
        "Under Section 172 of the Road Traffic Act 1988, owners must name the driver.",
        "Flight BA 2490 from Gatwick was delayed by the same fog.",
        "The Vision 2030 road plan would widen the A12 to three lanes.",
        "Hale, of the Essex Police roads policing unit 4, said visibility was 20 metres.",
        "Two of the vehicles were Tesla Model 3 cars.",
        "The 48 bus from Chelmsford to Witham was cancelled.",
        "The pile-up was the worst on the A12 since 2011, when 17 vehicles crashed.",
        "Police said 23 vehicles were involved, not 32 as first reported.",
        "Eleven people were taken to Broomfield Hospital, Court Road, CM1 7ET.",
        "The Met Office issued a yellow warning for fog at 4pm on Thursday.",
    )
] + [
    (PHONE, s)
    for s in (
        "Nexa launched the Nexa 12 at an event in Berlin on Wednesday.",
        "The Nexa 12 runs NexaOS 7 and has a 6.7-inch screen.",
        "The Nexa 11, launched in Munich in 2026, cost 899 euros.",
        "The phone goes on sale on September 24 in 30 countries.",
        "A cheaper Nexa 12 Lite will cost 599 euros.",
        "Nexa's rival, Orbit, unveiled the Orbit X2 in Paris on Tuesday.",
        "The Nexa 12 has a 50-megapixel camera and 5G.",
        "Nexa sold 12 million phones in 2026.",
        "The event took place at Halle 7, Messedamm 22, 14055 Berlin.",
        "Nexa shares rose 3% on the Xetra exchange on Wednesday.",
        "The Nexa 12 Pro, priced at 1,299 euros, launches in November.",
        "Apple's iPhone 18 starts at 1,049 euros.",
        "Nexa was founded in Stockholm in 2014 by three engineers.",
        "Customers can call 0800 123 4567 to pre-order.",
        "Lund, 44, joined Nexa from Samsung in 2021.",
        "The phone supports Wi-Fi 7 and Bluetooth 6.0.",
        "Nexa did not launch a foldable phone this year.",
        "The Berlin event was Nexa's 10th launch since 2017.",
        "The Nexa 12 costs less than the Nexa 11 did at launch in some markets.",
        "Nexa will release Android 17 for the Nexa 10 in December.",
    )
]

MISSED = [
    (PILEUP, "The A12 pile-up happened near Colchester."),
    (PHONE, "The Nexa 12 will cost 1,099 euros, Nexa Mobile said."),
]

CONTRADICTIONS = [
    (PILEUP, "The A12 pile-up happened on Thursday near Chelmsford.", {"crash:when"}),
    (PILEUP, "The A12 pile-up involved 32 vehicles.", {"vehicles:count"}),
    (
        PILEUP,
        '"Fog turned the road into a wall of grey within seconds," Sgt Hale said.',
        {"hale-quote:quote"},
    ),
    (PHONE, "Nexa Mobile launched the Nexa 12 on Tuesday.", {"launched:when"}),
    (PHONE, "Nexa Mobile launched the Nexa 12 in Munich.", {"launched:where"}),
    (PHONE, "Nexa Mobile did not launch the Nexa 12.", {"launched:what"}),
    (PHONE, '"This is the phone we never wanted to build," Eva Lund said.', {"lund-quote:quote"}),
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


ANOTHER_OF_THE_KIND = [
    (PILEUP, "A second crash on the M25 at junction 28 involved four vehicles on Friday.", set()),
    (PILEUP, "A third crash, on the A120, involved six vehicles.", set()),
    # still judged: the story's event implied, a later day of it, or named
    (PILEUP, "Thirty-two vehicles were involved.", {"vehicles:count"}),
    (
        PILEUP,
        "In all, 32 vehicles were involved, police said on the second day of the inquiry.",
        {"vehicles:count"},
    ),
    (PILEUP, "The crash involved 32 vehicles.", {"vehicles:count"}),
]


@pytest.mark.parametrize("story, text, expected", ANOTHER_OF_THE_KIND)
def test_a_second_one_of_the_kind_is_not_the_story_s_event(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
