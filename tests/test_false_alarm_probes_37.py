"""Case table of false alarms found by checking invented stories (a regional airliner's runway
overrun, a passenger train's derailment on a landslip) told as accident investigation reports and
their coverage: an interim report published months after the event, with times to the minute,
speeds, heights and distances, earlier accidents of the same type or at the same place,
recommendations, `the report found`, other operators. The facts were written first, then the
sentences that state nothing contrary to them (``FIRST_RUN``) and those that state a wrong value
for the fact's own event (``CONTRADICTIONS``), each to clash on its slot, all before the checker
first ran on them. `factcheck validate` warned that `flight 412`, a name without a capital
letter, routes any article to the story (it went under `mention_only`), and that `came off the
rails` names nothing of this event (it became `came off the rails at Glenbrae`).

First run (at bc2f8bc): no false contradiction in 120 cells (40 sentences, each checked against
every fact of its story), and 7 of the 8 contradictions caught on their slot. Earlier overruns
and derailments of other aircraft and trains at the same place (`A Loganair aircraft ran off the
end of the runway at Sumburgh in 2019`, `A freight train derailed at the same cutting in March
2019`), times to the minute, speeds, heights and the report's own publication day raised
nothing. No rule was added. The contradiction still missed is in ``MISSED``: `in Aberdeen` for
an overrun in Shetland, as the world gazetteer gives a city only its country and region
(Scotland), not its council area, so a city of Scotland is not known to lie outside Shetland.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

FLIGHT = """
story: nordair-overrun
date: 2027-01-14
about: [flight]
entities:
  flight: {name: Nordair flight 412, aliases: [NR412], mention_only: [flight 412, the aircraft]}
  nordair: {name: Nordair, kind: organisation}
  aaib: {name: Air Accidents Investigation Branch, aliases: [AAIB], kind: organisation}
  marsh: {name: Helen Marsh, aliases: [Ms Marsh], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK], country: GB}
  shetland: {name: Shetland, in: uk}
  sumburgh: {name: Sumburgh Airport, aliases: [Sumburgh], in: shetland}
facts:
  - id: overran
    who: flight
    what: [overran the runway, ran off the end of the runway, runway overrun]
    when: 2027-01-14
    where: sumburgh
  - id: on-board
    who: flight
    what: [passengers on board, passengers were on board]
    count: 46
  - id: marsh-quote
    who: marsh
    quote: The crew had no warning that the runway was contaminated with slush
"""

RAIL = """
story: glenbrae-derailment
date: 2027-02-03
about: [train]
entities:
  train:
    name: Northline's 06:40 Carrick to Dunmore service
    aliases: [the Carrick to Dunmore train, Northline train]
    mention_only: [the train]
  northline: {name: Northline, kind: organisation}
  raib: {name: Rail Accident Investigation Branch, aliases: [RAIB], kind: organisation}
  pike: {name: Andrew Pike, aliases: [Mr Pike], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK], country: GB}
  scotland: {name: Scotland, in: uk}
  glenbrae: {name: Glenbrae, in: scotland}
facts:
  - id: derailed
    who: train
    what: [derailed, came off the rails at Glenbrae, derailed after hitting a landslip]
    when: 2027-02-03
    where: glenbrae
  - id: injured
    who: train
    what: [passengers were injured, passengers injured]
    count: 11
  - id: pike-quote
    who: pike
    quote: The driver could not have seen the landslip in time to stop
"""

PUBLISHED = {
    FLIGHT: dt.date(2027, 5, 20),  # a Thursday: the interim report, four months after the overrun
    RAIL: dt.date(2027, 6, 10),  # a Thursday: the interim report, four months after the derailment
}

FIRST_RUN = [
    (FLIGHT, s)
    for s in (
        "Nordair flight 412 overran the runway at Sumburgh at 18:42 on January 14, the AAIB's "
        "interim report found.",
        "The ATR 72 touched down at 132 knots, 14 knots faster than the crew had planned.",
        "The aircraft came to rest 85 metres beyond the end of the runway, its nose gear in soft "
        "ground.",
        "All 46 passengers and four crew left the aircraft by the rear door.",
        "The report found that the runway had been swept at 17:55, 47 minutes before the landing.",
        "In 2024 another ATR 72 overran the runway at Kirkwall in similar conditions.",
        "A Loganair aircraft ran off the end of the runway at Sumburgh in 2019.",
        "The AAIB made four safety recommendations, two of them to Nordair.",
        "Nordair said it had changed its winter procedures at all 11 airports it serves.",
        "The captain, 52, had 9,400 flying hours, 3,100 of them on type.",
        "Flight 412 had left Aberdeen at 17:35 and was 12 minutes late.",
        "At 1,000 feet the crew were told that the braking action was medium.",
        "Other operators, including two in Norway, have since asked for the report's data.",
        "The runway overrun was the third at a Scottish island airport in five years.",
        "Nobody was seriously hurt, though three passengers were treated for minor injuries.",
        "The airport was closed for 26 hours after the overrun.",
        "Ms Marsh said the findings applied to every airport that clears its runway by hand.",
        "Sumburgh's runway is 1,498 metres long.",
        "The interim report, published on Thursday, runs to 64 pages.",
        "The final report is expected in early 2028.",
    )
] + [
    (RAIL, s)
    for s in (
        "The Northline train derailed at 07:12 on February 3 after hitting a landslip near "
        "Glenbrae, the RAIB said.",
        "It was travelling at 58mph, below the line's 70mph limit.",
        "Eleven passengers were injured, two of them seriously, and the driver was taken to "
        "hospital in Inverness.",
        "The RAIB's interim report found that the drain above the cutting had been blocked since "
        "at least 2025.",
        "A freight train derailed at the same cutting in March 2019 after heavy rain.",
        "Network Rail had inspected the slope on January 19, 15 days before the derailment.",
        "Rainfall of 41mm was recorded in the 24 hours before the accident.",
        "The report made six recommendations, three of them to Network Rail.",
        "Other operators on the line, including two freight companies, have been asked to run "
        "slower in heavy rain.",
        "The line between Carrick and Dunmore reopened on March 22 after 47 days.",
        "Northline's 06:40 Carrick to Dunmore service carried 64 passengers that morning.",
        "In 2020, a derailment at Stonehaven killed three people.",
        "Mr Pike said the industry had known about the risk for decades.",
        "The leading coach came off the rails and slid 140 metres down the embankment.",
        "The train's driver, 44, had driven the route for 12 years.",
        "Northline said trains would run at 30mph on the section until the drain was rebuilt.",
        "Passengers were injured when they were thrown from their seats, the report said.",
        "An earlier train had passed the site at 06:51 without incident.",
        "The derailment was the first on Northline's network since it took over the line in 2021.",
        "The final report is due next year.",
    )
]

MISSED = [
    (FLIGHT, "Nordair flight 412 overran the runway in Aberdeen."),
]

CONTRADICTIONS = [
    (FLIGHT, "Nordair flight 412 overran the runway at Sumburgh on January 15.", {"overran:when"}),
    (FLIGHT, "There were 52 passengers on board Nordair flight 412.", {"on-board:count"}),
    (
        FLIGHT,
        '"The crew had no warning that the runway was contaminated with ice," Helen Marsh said.',
        {"marsh-quote:quote"},
    ),
    (RAIL, "The Northline train derailed near Glenbrae on February 4.", {"derailed:when"}),
    (
        RAIL,
        "The Carrick to Dunmore train derailed at Glenbrae, and 14 passengers were injured.",
        {"injured:count"},
    ),
    (RAIL, "The Carrick to Dunmore train derailed in England.", {"derailed:where"}),
    (
        RAIL,
        '"The driver could not have seen the landslip in time to brake," Andrew Pike said.',
        {"pike-quote:quote"},
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
