"""Case table of false alarms found by checking invented stories of kinds the tests lacked (a
ferry sinking, a central bank's rate decision, a museum theft, a music festival called off):
the facts were written first, then sentences that real outlets write about such stories and
that state nothing contrary to the facts (backgrounds, earlier events of the same kind with
their own dates, places and numbers, other people's numbers, forecasts, captions, quotes of
others, rates and totals), all before the checker first ran on them (``FIRST_RUN``).

First run (at cca97e6): 4 false alarms in 100 sentences, all dates of another occurrence. In
the rate decision, `The Reserve Bank of Australia cut its cash rate to 3.85% in May` found the
alias `the Reserve Bank` inside another bank's name, and `In 2008, the bank cut its rate by 150
basis points` and `The bank cut rates by 50 basis points in October, November and February`
dated earlier cuts; in the museum theft, `In 2019, thieves took jewels worth EUR 113m from the
Green Vault in Dresden` told another theft. Now a description of a kind (`the bank`,
`thieves`), owned by no one, whose clause a year or a month of another year dates, is not
judged on its date or place, and a name of `the` and capitalised words that goes on with `of`
and a capitalised word is another institution's; the near-misses in ``NEAR_MISSES`` still
clash."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

FERRY = """
story: santa-lucia-sinking
date: 2025-03-14
about: [ferry]
entities:
  ferry: {name: MV Santa Lucia, aliases: [Santa Lucia], kind: product,
    mention_only: [the ferry, the vessel]}
  operator: {name: Aegean Blue Lines, kind: organisation}
  coastguard: {name: Hellenic Coast Guard, aliases: [the coastguard], kind: organisation}
  petrakis: {name: Nikos Petrakis, aliases: [Petrakis, Captain Nikos Petrakis], kind: person}
  vlachou: {name: Eleni Vlachou, aliases: [Vlachou, Shipping Minister Eleni Vlachou],
    kind: person}
places:
  greece: {name: Greece}
  piraeus: {name: Piraeus, in: greece}
  naxos: {name: Naxos, in: greece}
  paros: {name: Paros, in: greece}
  crete: {name: Crete, in: greece}
  italy: {name: Italy}
  libya: {name: Libya}
facts:
  - id: sank
    who: ferry
    what: [sank, capsized, went down]
    when: 2025-03-14
    where: naxos
  - id: departed
    who: ferry
    what: [left Piraeus, departed]
    when: 2025-03-13
    where: piraeus
  - id: dead
    who: ferry
    what: [people died, dead, were killed]
    count: 17
  - id: rescued
    who: coastguard
    what: [rescued]
    count: 211
  - id: aboard
    who: ferry
    what: [passengers and crew, on board]
    count: 248
  - id: minister-quote
    who: vlachou
    quote: This is a black day for Greek shipping
"""

RATES = """
story: rbnz-june-cut
date: 2025-06-18
about: [rbnz]
entities:
  rbnz: {name: Reserve Bank of New Zealand, aliases: [the Reserve Bank, RBNZ], kind: organisation,
    mention_only: [the bank, the central bank]}
  whitcombe: {name: Anna Whitcombe, aliases: [Whitcombe, Governor Anna Whitcombe], kind: person}
  statsnz: {name: Stats NZ, kind: organisation}
places:
  nz: {name: New Zealand}
  wellington: {name: Wellington, in: nz}
  australia: {name: Australia}
  usa: {name: United States, aliases: [US]}
facts:
  - id: cut
    who: rbnz
    what: [cut its benchmark rate, cut interest rates, cut rates, lowered]
    when: 2025-06-18
    where: wellington
  - id: rate
    who: rbnz
    what: [official cash rate, benchmark rate, cash rate]
    count: 3.25
    unit: "%"
  - id: size
    who: rbnz
    what: [basis points]
    count: 25
  - id: inflation
    who: statsnz
    what: [annual inflation, inflation]
    count: 2.4
    unit: "%"
  - id: governor-quote
    who: whitcombe
    quote: Inflation is back within our target band and the economy needs support
"""

THEFT = """
story: vernet-heist
date: 2025-10-05
about: [theft]
entities:
  theft: {name: Vernet Museum theft, kind: event,
    mention_only: [the theft, the heist, the robbery, thieves]}
  museum: {name: Vernet Museum, aliases: [the Vernet], kind: organisation}
  morand: {name: Claire Morand, aliases: [Morand], kind: person}
  duval: {name: Hélène Duval, aliases: [Duval], kind: person}
places:
  france: {name: France}
  lyon: {name: Lyon, in: france}
  paris: {name: Paris, in: france}
  limoges: {name: Limoges, in: france}
  belgium: {name: Belgium}
  antwerp: {name: Antwerp, in: belgium}
  germany: {name: Germany}
  dresden: {name: Dresden, in: germany}
facts:
  - id: stolen
    who: theft
    what: [stole, stolen, took]
    when: 2025-10-05
    where: lyon
  - id: pieces
    who: theft
    what: [pieces]
    count: 8
  - id: value
    who: theft
    what: [worth, valued at]
    count: 15000000
  - id: minutes
    who: theft
    what: [minutes]
    count: 7
  - id: director-quote
    who: duval
    quote: We are devastated, these pieces are part of the nation's memory
"""

FESTIVAL = """
story: riverbank-cancelled
date: 2025-07-09
about: [festival]
entities:
  festival: {name: Riverbank Festival, aliases: [Riverbank], kind: event,
    mention_only: [the festival]}
  organiser: {name: Riverbank Live, kind: organisation}
  hale: {name: Tom Hale, aliases: [Hale], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK]}
  england: {name: England, in: uk}
  suffolk: {name: Suffolk, in: england}
  ipswich: {name: Ipswich, in: suffolk}
  somerset: {name: Somerset, in: england}
  leeds: {name: Leeds, in: england}
  norfolk: {name: Norfolk, in: england}
  scotland: {name: Scotland, in: uk}
facts:
  - id: cancelled
    who: festival
    what: [cancelled, called off]
    when: 2025-07-09
    where: suffolk
  - id: tickets
    who: festival
    what: [tickets had been sold, tickets sold]
    count: 45000
  - id: founded
    who: festival
    what: [first held, founded]
    when: 2009
  - id: director-quote
    who: hale
    quote: It breaks our hearts, but we cannot put anyone's safety at risk
"""

STORIES = {
    "ferry": (FERRY, dt.date(2025, 3, 15)),
    "rates": (RATES, dt.date(2025, 6, 19)),
    "theft": (THEFT, dt.date(2025, 10, 6)),
    "festival": (FESTIVAL, dt.date(2025, 7, 10)),
}

FIRST_RUN = [
    # a ferry sinking: earlier sinkings, other rescuers' numbers, the voyage, what comes next
    (
        "ferry",
        "The MV Santa Lucia sank off Naxos early on Friday with 248 passengers and crew on board.",
    ),
    ("ferry", "At least 17 people died and 211 were rescued, the Hellenic Coast Guard said."),
    ("ferry", "Twenty people are still missing."),
    ("ferry", "The ferry had left Piraeus on Thursday night bound for Paros and Naxos."),
    ("ferry", "In 2000, the Express Samina sank off Paros, killing 80 people."),
    ("ferry", "The Santa Lucia, built in Italy in 1988, was 37 years old."),
    ("ferry", "Its sister ship, the MV Santa Maria, capsized in a storm off Crete in 2009."),
    ("ferry", "The coastguard rescued 64 people from one lifeboat alone."),
    ("ferry", "Fishing boats from Naxos rescued a further 30."),
    (
        "ferry",
        '"This is a black day for Greek shipping," Shipping Minister Eleni Vlachou said.',
    ),
    ("ferry", "Captain Nikos Petrakis, 58, was among the survivors."),
    (
        "ferry",
        "Petrakis was arrested on Saturday and is expected to appear before a prosecutor on "
        "Monday.",
    ),
    ("ferry", "Winds of up to 9 on the Beaufort scale had been forecast for Friday."),
    (
        "ferry",
        "Aegean Blue Lines said the vessel had passed its last safety inspection in January.",
    ),
    ("ferry", "The company operates 14 ferries and carried 3.2 million passengers last year."),
    ("ferry", "Photo: Survivors arrive at the port of Naxos on Friday morning."),
    ("ferry", "Most of the 17 dead were found on the flooded lower decks, divers said."),
    ("ferry", "The ferry's passengers included 40 tourists from Germany, France and Italy."),
    ("ferry", "A Turkish cargo ship that answered the distress call picked up 12 people."),
    (
        "ferry",
        "The death toll could rise, the coastguard warned, as divers searched the wreck.",
    ),
    ("ferry", "In 2015, 800 migrants died when a fishing boat capsized off Libya."),
    ("ferry", "Relatives gathered at the port of Piraeus on Saturday waiting for news."),
    ("ferry", "The Santa Lucia had been due to reach Naxos at 4am on Friday."),
    (
        "ferry",
        "An investigation into why the ferry sank will take at least six months, Vlachou said.",
    ),
    ("ferry", "Three days of national mourning were declared from Saturday."),
    # a rate decision: earlier decisions, other banks, forecasts, other rates
    (
        "rates",
        "The Reserve Bank of New Zealand cut its benchmark rate by 25 basis points to 3.25% on "
        "Wednesday.",
    ),
    (
        "rates",
        "It was the bank's sixth cut since August 2024, when the official cash rate stood at 5.5%.",
    ),
    ("rates", "The bank last raised rates in May 2023, to 5.5%."),
    ("rates", "Economists polled by Reuters had expected a cut of 25 basis points."),
    (
        "rates",
        "Two of the seven committee members voted for a larger cut of 50 basis points.",
    ),
    ("rates", "Annual inflation was 2.4% in the first quarter, Stats NZ said in April."),
    ("rates", "Inflation peaked at 7.3% in 2022, the highest in three decades."),
    (
        "rates",
        '"Inflation is back within our target band and the economy needs support," Governor Anna '
        "Whitcombe told reporters in Wellington.",
    ),
    ("rates", "The bank's target band for inflation is 1% to 3%."),
    (
        "rates",
        "The bank forecast that the cash rate would fall to 2.9% by the end of next year.",
    ),
    ("rates", "The US Federal Reserve left its rates unchanged at 4.25%-4.5% on Wednesday."),
    ("rates", "The Reserve Bank of Australia cut its cash rate to 3.85% in May."),
    ("rates", "The New Zealand dollar fell 0.6% to 59.8 US cents after the decision."),
    ("rates", "Unemployment rose to 5.1% in the first quarter, the highest since 2016."),
    ("rates", "Whitcombe, who took office in 2024, said further cuts were likely."),
    ("rates", "The next rate decision is due on 9 July."),
    ("rates", "Mortgage rates have fallen by about 1.5 percentage points since last year."),
    (
        "rates",
        "ANZ economist Sharon Zollner said she expected the cash rate to bottom out at 2.75%.",
    ),
    ("rates", "The economy shrank 1.1% in the third quarter of 2024."),
    ("rates", "The bank cut rates by 50 basis points in October, November and February."),
    ("rates", "House prices are 17% below their 2021 peak."),
    (
        "rates",
        "Photo: Reserve Bank Governor Anna Whitcombe at a press conference in Wellington on "
        "Wednesday.",
    ),
    ("rates", "Finance Minister Nicola Willis welcomed the cut, saying it would help households."),
    ("rates", "In 2008, the bank cut its rate by 150 basis points in a single meeting."),
    ("rates", "The cash rate, which was 1.75% before the pandemic, fell to 0.25% in March 2020."),
    # a museum theft: earlier thefts elsewhere, the museum's figures, the search
    (
        "theft",
        "Thieves stole eight pieces of 18th-century jewellery from the Vernet Museum in Lyon on "
        "Sunday morning.",
    ),
    ("theft", "The heist took seven minutes, Lyon prosecutor Claire Morand said."),
    ("theft", "The stolen pieces are worth an estimated €15m."),
    ("theft", "In 2019, thieves took jewels worth €113m from the Green Vault in Dresden."),
    ("theft", "The Mona Lisa was stolen from the Louvre in Paris in 1911 and recovered in 1913."),
    ("theft", "Four men on two scooters arrived at 9.30am, 30 minutes after the museum opened."),
    ("theft", "They used an angle grinder to cut through two display cases."),
    (
        "theft",
        '"We are devastated, these pieces are part of the nation\'s memory," museum director '
        "Hélène Duval said.",
    ),
    ("theft", "The museum, which houses 12,000 objects, was closed on Monday."),
    ("theft", "Duval said the alarm system had been upgraded in 2022."),
    ("theft", "A tiara that the thieves dropped as they fled was found near the museum."),
    ("theft", "The Vernet was last robbed in 1998, when a painting by Corot was taken."),
    ("theft", "Only 10% of stolen artworks are ever recovered, according to Interpol."),
    ("theft", "Police are searching for the four suspects, who fled towards Paris."),
    ("theft", "Morand said 60 investigators were working on the case."),
    (
        "theft",
        "Culture Minister Rachida Dati said security at French museums would be reviewed.",
    ),
    ("theft", "Photo: Police officers outside the Vernet Museum in Lyon on Sunday."),
    ("theft", "The collection of 1,200 jewels was given to the city by the Vernet family in 1923."),
    (
        "theft",
        "In 2023, three men were jailed in Germany for the Dresden theft, which took less than "
        "10 minutes.",
    ),
    (
        "theft",
        "The stolen pieces include a diamond necklace that belonged to Empress Joséphine.",
    ),
    ("theft", "The museum had 340,000 visitors last year."),
    (
        "theft",
        "Insurers have offered a reward of €500,000 for information leading to the jewels' "
        "recovery.",
    ),
    ("theft", "Experts fear the jewels may be broken up and sold in Antwerp."),
    ("theft", "A security guard, 54, was treated for shock."),
    (
        "theft",
        "The heist came a week after a raid on a museum in Limoges, in which two pieces were "
        "stolen.",
    ),
    # a festival called off: earlier cancellations, the weather, tickets, other festivals
    (
        "festival",
        "The Riverbank Festival in Suffolk has been cancelled three days before it was due to "
        "begin, after storms flooded the site.",
    ),
    (
        "festival",
        "Organisers called off the event on Wednesday, saying the ground near Ipswich was under "
        "water.",
    ),
    ("festival", "About 45,000 tickets had been sold for the four-day festival."),
    (
        "festival",
        '"It breaks our hearts, but we cannot put anyone\'s safety at risk," festival director '
        "Tom Hale said.",
    ),
    ("festival", "Ticket holders will receive full refunds within 30 days, Riverbank Live said."),
    ("festival", "The festival, first held in 2009, has grown from 2,000 visitors to 45,000."),
    ("festival", "Riverbank was last cancelled in 2020 and 2021 because of the pandemic."),
    ("festival", "Glastonbury was called off in 2020, its 50th anniversary year."),
    (
        "festival",
        "In 2023, the Swiftwater festival in Leeds was cancelled a day before it opened because "
        "of high winds.",
    ),
    (
        "festival",
        "More than 60mm of rain fell on the site on Monday and Tuesday, the Met Office said.",
    ),
    ("festival", "The Met Office has issued a yellow warning for rain until Friday."),
    ("festival", "Headliners Blur and Little Simz were due to play on Saturday and Sunday."),
    ("festival", "Hale said the organisers would lose about £2m."),
    (
        "festival",
        "Local businesses had expected to earn £5m from this year's festival, Suffolk County "
        "Council said.",
    ),
    ("festival", "Photo: The flooded main stage at the Riverbank site on Tuesday."),
    ("festival", "Many fans had already travelled from as far as Scotland."),
    (
        "festival",
        "Latitude, which takes place in Suffolk later this month, said it would go ahead.",
    ),
    ("festival", "The festival's 2024 edition sold out in 40 minutes."),
    ("festival", "Last year, 38,000 people attended."),
    (
        "festival",
        "In 2024, 72 UK festivals were cancelled or postponed, according to the Association of "
        "Independent Festivals.",
    ),
    ("festival", "The organisers said they hoped to return in 2026."),
    (
        "festival",
        "A petition calling for the festival to be moved to a new site has 3,000 signatures.",
    ),
    ("festival", "Riverbank Live also runs two smaller events, in Norfolk and Essex."),
    ("festival", 'The band Wet Leg, who played Riverbank in 2022, said they were "gutted".'),
    ("festival", "Tickets for the 2025 festival sold out in March, weeks earlier than usual."),
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_a_sentence_that_states_nothing_contrary_does_not_clash(story: str, text: str) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == set()


NEAR_MISSES = [
    # a description of a kind (`the bank`, `thieves`) dated in another year than the event's
    ("rates", "In 2008, the bank cut its rate by 150 basis points in a single meeting.", set()),
    ("rates", "The bank cut rates by 50 basis points in October, November and February.", set()),
    ("theft", "In 2019, thieves took jewels worth €113m from the Green Vault in Dresden.", set()),
    ("theft", "In 2019, thieves took jewels from a museum in Paris.", set()),
    # near-misses: the event's own year, or the entity named by a proper name
    ("rates", "The bank cut rates on Tuesday.", {"cut:when"}),
    ("rates", "The bank cut rates in May.", {"cut:when"}),
    ("rates", "The bank cut its benchmark rate on 9 July 2024.", {"cut:when"}),
    ("rates", "In 2008, the Reserve Bank of New Zealand cut its benchmark rate.", {"cut:when"}),
    ("rates", "In 2008, the Reserve Bank cut its benchmark rate.", {"cut:when"}),
    (
        "theft",
        "On Saturday, thieves took jewels from the museum in Paris.",
        {"stolen:when", "stolen:where"},
    ),
    ("ferry", "The Santa Lucia sank off Naxos in 2009.", {"sank:when"}),
    # a name of `the` and capitalised words that goes on with `of` and a capitalised word
    # names another institution
    ("rates", "The Reserve Bank of Australia cut its cash rate to 3.85% in May.", set()),
    ("rates", "The Reserve Bank of England cut its benchmark rate on Tuesday.", set()),
    ("rates", "The Reserve Bank of Australia cut its cash rate to 3.85% on Wednesday.", set()),
    # near-misses: the entity's own longer name, or the name with nothing after it
    ("rates", "The Reserve Bank of New Zealand cut its benchmark rate on Tuesday.", {"cut:when"}),
    ("rates", "The Reserve Bank cut its benchmark rate on Tuesday.", {"cut:when"}),
    ("rates", "The Reserve Bank cut its benchmark rate on Tuesday of last week.", {"cut:when"}),
]


@pytest.mark.parametrize("story, text, expected", NEAR_MISSES)
def test_the_rules_first_run_taught_and_their_near_misses(
    story: str, text: str, expected: set[str]
) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == expected
