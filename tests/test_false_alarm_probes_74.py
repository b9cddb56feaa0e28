"""Case table of false alarms looked for in invented stories told through migration and border
reporting (a record day of small-boat crossings of the Channel, brought ashore at Dover; a
deportation flight that left Stansted for Kigali the day after the High Court refused to block
it): daily, yearly and running totals (`the highest daily figure this year`, `bringing the total
for the year to 31,079, compared with 45,774 in 2022`), counts of boats beside counts of people
and children, beaches and ports of departure and arrival, countries of origin (`most came from
Afghanistan`), other days' crossings, other courts' rulings on other days, a flight grounded in
an earlier year, government targets and pledges, and quotes of ministers, charities and the
people who crossed. The facts were written first (`factcheck validate` raised nothing), then
the sentences that state nothing contrary to them (``FIRST_RUN``), each naming the fact's `who`
and phrase with other values beside them, and those that state a wrong value for the fact's own
event (``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at 165fd8c): 3 false contradictions in 220 cells (40 sentences, each checked against
every fact of its story: six facts of the crossings, five of the flight), in 2 sentences, and 8
of the 10 contradictions caught on their slot, one of them with a false second clash of the
first shape. Both shapes are now left unjudged by their own rules (tables below): a number
inside the phrase after a number right before it (`The Home Office said 1,305 people crossed the
Channel in 24 small boats`, for `people crossed the Channel in small boats`: the boats' number,
``COUNTED_BEFORE``), and a count told for a day fronted before a comma, other than the story's
(`On Friday, 318 people crossed the Channel in seven small boats`: Friday's tally, however near,
``TALLIES_OF_ANOTHER_DAY``). The two misses are in ``MISSED``: a town the world gazetteer places
only in England, against a place the story lists in Kent or Essex (Brighton for Dover, Luton
for Stansted Airport).

A second, harder round of twenty sentences a story (``SECOND_ROUND``, ``SECOND_CONTRADICTIONS``,
first run at f030502): 5 false contradictions in 220 cells, in 4 sentences, and 8 of 10
contradictions caught. All four are now left unjudged by their own rules (tables below): a
count told for a stretch fronted before a comma (`In the first week of August, 3,870 people
crossed the Channel in 71 small boats`) or since a month after the phrase (`1,540 people have
been on board deportation flights since January`: a running total, ``STRETCHES``), `a second`
before the subject's name (`a second Home Office deportation flight took off from Doncaster on
Thursday`: one more flight, ``ONE_MORE``), and `to` and a place the story does not list between
the phrase's words (`A Home Office deportation flight to Albania left Stansted on October 12`:
a flight elsewhere, ``OTHER_DESTINATIONS``; a phrase with a `to` of its own is still judged,
``OWN_DESTINATIONS``). The two misses joined ``MISSED``: a running total after `bring ... to`
(`bring the total for the year to 30,179`), and a place right after the `who`'s name (`The High
Court in Cardiff refused to block the flight`), read as part of the name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

CHANNEL = """
story: channel-crossings-record
date: 2027-08-14
about: [home-office, border-force]
entities:
  home-office: {name: Home Office, kind: organisation}
  border-force: {name: Border Force, kind: organisation}
  carver: {name: Helen Carver, aliases: [Carver, Ms Carver], kind: person}
  harbour-aid: {name: Harbour Aid, kind: organisation}
  nair: {name: Priya Nair, aliases: [Nair, Ms Nair], kind: person}
places:
  uk: {name: United Kingdom, country: GB}
  england: {name: England, in: uk}
  kent: {name: Kent, in: england}
  dover: {name: Dover, in: kent}
  france: {name: France, country: FR}
  calais: {name: Calais, in: france}
  boulogne: {name: Boulogne, in: france}
facts:
  - id: crossed
    who: home-office
    what: [people crossed the Channel in small boats, people crossed the Channel,
           migrants crossed the Channel]
    count: 1305
  - id: boats
    who: home-office
    what: [small boats, dinghies]
    count: 24
  - id: brought-ashore
    who: border-force
    what: [brought the migrants ashore, brought the people ashore, brought them ashore]
    where: dover
    when: 2027-08-14
  - id: year-total
    who: home-office
    what: [crossings so far this year, people have crossed so far this year, total for the year]
    count: 31079
  - id: carver-gangs
    who: carver
    quote: These gangs are putting lives at risk and we will not rest until we have broken their
      business model
  - id: nair-routes
    who: nair
    quote: People will keep getting into boats for as long as there are no safe routes to this
      country
"""

FLIGHT = """
story: kigali-deportation-flight
date: 2027-11-03
about: [home-office, high-court]
entities:
  home-office: {name: Home Office, kind: organisation}
  high-court: {name: High Court, kind: organisation}
  ellery: {name: Mark Ellery, aliases: [Ellery, Mr Ellery], kind: person}
  rrn: {name: Refugee Rights Network, aliases: [RRN], kind: organisation}
  osei: {name: Grace Osei, aliases: [Osei, Ms Osei], kind: person}
places:
  uk: {name: United Kingdom, country: GB}
  england: {name: England, in: uk}
  essex: {name: Essex, in: england}
  stansted: {name: Stansted Airport, aliases: [Stansted], in: essex}
  london: {name: London, in: england}
  rwanda: {name: Rwanda, country: RW}
  kigali: {name: Kigali, in: rwanda}
facts:
  - id: flight-left
    who: home-office
    what: [deportation flight left, deportation flight took off, deportation flight departed]
    where: stansted
    when: 2027-11-03
  - id: on-board
    who: home-office
    what: [people on board, deportees on board, people were on board]
    count: 38
  - id: ruling
    who: high-court
    what: [refused to block the flight, rejected a last-minute challenge,
           dismissed a last-minute challenge]
    where: london
    when: 2027-11-02
  - id: ellery-law
    who: ellery
    quote: This flight shows that our plan is working and that the law will be enforced
  - id: osei-cruel
    who: osei
    quote: Sending people who fled war to a country they have never seen is cruel and it will not
      stop the boats
"""

PUBLISHED = {
    CHANNEL: dt.date(2027, 8, 15),  # a Sunday: the boats crossed on Saturday, August 14
    FLIGHT: dt.date(2027, 11, 4),  # a Thursday: the flight left on Wednesday, November 3
}

FIRST_RUN = [
    (CHANNEL, s)
    for s in (
        "Home Office figures show 1,305 people crossed the Channel in small boats on Saturday,"
        " the highest daily figure this year.",
        "The previous record for a single day was set on August 2, when 22 small boats were"
        " intercepted, the Home Office said.",
        "Saturday's arrivals bring the total for the year to 31,079, compared with 45,774 in 2022,"
        " according to the Home Office.",
        "The Home Office said 1,305 people crossed the Channel in 24 small boats, an average of 54"
        " people per boat.",
        "Border Force brought the migrants ashore at Dover on Saturday, and some were taken on to"
        " the Manston processing centre in Kent.",
        "Most came from Afghanistan, Eritrea and Syria, the Home Office said, and 212 of the people"
        " who crossed the Channel were children.",
        "On Friday, 318 people crossed the Channel in seven small boats, Home Office data shows.",
        "French police stopped 11 dinghies from leaving beaches near Calais, the Home Office said.",
        "In 2022, a record 45,774 people crossed the Channel in small boats, Home Office figures"
        " show.",
        "Border Force brought the people ashore in Dover throughout Saturday after the boats set"
        " off from beaches between Calais and Boulogne.",
        'Home Secretary Helen Carver said: "These gangs are putting lives at risk and we will not'
        ' rest until we have broken their business model."',
        "Carver, who met her French counterpart in Paris on Thursday, has pledged to halve"
        " crossings by 2029.",
        'Priya Nair of Harbour Aid said: "People will keep getting into boats for as long as there'
        ' are no safe routes to this country."',
        "Nair said the charity's volunteers had handed out blankets to 300 people in Dover.",
        "A man who crossed with his two daughters said after Border Force brought them ashore:"
        ' "We spent four hours at sea and the engine stopped twice."',
        "The total for the year is 12% higher than at the same point last year, when 27,740 people"
        " had crossed, the Home Office said.",
        "The Home Office had aimed to keep crossings so far this year below 25,000, a target set in"
        " January.",
        "Border Force brought the migrants ashore in Dover, where 600 people had already arrived on"
        " Friday night.",
        "Three people died trying to reach England on Tuesday when their dinghy sank off Boulogne,"
        " the Home Office said.",
        "It was the first time since September 2022 that more than 1,300 people crossed the Channel"
        " in a single day, the Home Office said.",
    )
] + [
    (FLIGHT, s)
    for s in (
        "The Home Office deportation flight left Stansted on Wednesday evening for Kigali, hours"
        " after the High Court refused to block the flight.",
        "The deportation flight took off from Stansted at 9.40pm on Wednesday and landed in Kigali"
        " early on Thursday, the Home Office said.",
        "On Tuesday the High Court in London refused to block the flight; on Wednesday the Court of"
        " Appeal also rejected a last-minute challenge.",
        "The Home Office said 38 people were on board, down from the 130 it had planned to remove.",
        "A Home Office deportation flight was due to take off from Boscombe Down in June 2022, but"
        " it was grounded by the European Court of Human Rights.",
        "Of the 38 people on board, most came from Afghanistan, Iran and Eritrea, the Home Office"
        " said, and none were children.",
        "Twelve people had their removal cancelled after lawyers lodged claims, leaving 38"
        " deportees on board, the Home Office said.",
        "The High Court, which refused to block the flight on Tuesday, will hear a full challenge"
        " to the policy in January.",
        "Mr Justice Harrow rejected a last-minute challenge in the High Court on Tuesday, but an"
        " appeal was lodged in Edinburgh on Wednesday.",
        "The Home Office deportation flight departed from Stansted, in Essex, after a previous"
        " flight from Doncaster was halted in September.",
        'Home Secretary Mark Ellery said: "This flight shows that our plan is working and that the'
        ' law will be enforced."',
        "Ellery said on Wednesday that a second flight would leave for Kigali in December.",
        'Grace Osei of the Refugee Rights Network said: "Sending people who fled war to a country'
        ' they have never seen is cruel and it will not stop the boats."',
        "Osei said 60 people were detained last month ahead of the flight, and that 14 of them were"
        " victims of torture.",
        "The deportation flight left Stansted a day after the High Court refused to block the"
        " flight, and 18 months after the Supreme Court ruled the first Rwanda scheme unlawful.",
        "Protesters had blocked the road to Stansted on Tuesday night before the Home Office"
        " deportation flight took off.",
        "The Home Office has pledged that 5,000 people will be on board flights to Rwanda by the"
        " end of 2028.",
        "The Home Office said there were 38 people on board, escorted by 150 guards and medical"
        " staff.",
        "The High Court refused to block the flight on Tuesday, as it had in the case of a Syrian"
        " man at the Royal Courts in London on October 21.",
        "The deportation flight left from Stansted, not from the RAF base at Brize Norton that the"
        " Home Office had used for a charter flight in 2024.",
    )
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_totals_routes_and_rulings_beside_the_fact_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (
        CHANNEL,
        "Home Office figures show 1,350 people crossed the Channel in small boats on Saturday.",
        {"crossed:count"},
    ),
    (
        CHANNEL,
        "Border Force brought the migrants ashore in Dover on Friday.",
        {"brought-ashore:when"},
    ),
    (
        CHANNEL,
        "The Home Office said 1,305 people crossed the Channel in 42 small boats.",
        {"boats:count"},
    ),
    (
        CHANNEL,
        'Nair said: "People will not keep getting into boats for as long as there are no safe'
        ' routes to this country."',
        {"nair-routes:quote"},
    ),
    (FLIGHT, "The Home Office deportation flight left Stansted on Tuesday.", {"flight-left:when"}),
    (FLIGHT, "The Home Office said 83 people were on board.", {"on-board:count"}),
    (
        FLIGHT,
        'Ellery said: "This flight shows that our plan is working and that the law will be'
        ' respected."',
        {"ellery-law:quote"},
    ),
    (FLIGHT, "The High Court did not refuse to block the flight.", {"ruling:what"}),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_crossing_or_the_flight_clashes(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


MISSED = [
    # a town the world gazetteer places only in England, not whether it lies in Kent or Dover
    (CHANNEL, "Border Force brought the migrants ashore in Brighton on Saturday."),
    # the same for an airport town against Stansted Airport, in Essex
    (FLIGHT, "The Home Office deportation flight took off from Luton on Wednesday."),
    # a running total after `bring ... to`, read only for a death toll
    (CHANNEL, "The Home Office said Saturday's crossings bring the total for the year to 30,179."),
    # a place right after the `who`'s name, before the phrase, is read as part of the name
    (FLIGHT, "The High Court in Cardiff refused to block the flight on Tuesday."),
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_still_missed(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


JAIL = """
story: smuggler-jailed
date: 2027-05-20
about: [voss]
entities:
  voss: {name: Karl Voss, aliases: [Voss], kind: person}
facts:
  - id: jailed
    who: voss
    what: [jailed for years]
    count: 7
"""

COUNTED_BEFORE = [
    # (story, text, the clashes expected): a number right before the phrase counts its first
    # noun; a number inside it then counts a later noun of it (the boats), not the people
    (CHANNEL, "The Home Office said 1,305 people crossed the Channel in 24 small boats.", set()),
    (
        CHANNEL,
        "Home Office figures show 1,305 people crossed the Channel in 30 small boats.",
        {"boats:count"},
    ),
    # the number before the phrase is judged, and a number inside with none before it
    (
        CHANNEL,
        "The Home Office said 1,350 people crossed the Channel in 24 small boats.",
        {"crossed:count"},
    ),
    (JAIL, "Voss was jailed for six years.", {"jailed:count"}),
    (JAIL, "Voss, 45, was jailed for six years.", {"jailed:count"}),
]


@pytest.mark.parametrize("story, text, expected", COUNTED_BEFORE)
def test_a_number_inside_the_phrase_after_one_before_it_counts_another_noun(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED.get(story, dt.date(2027, 5, 21))) == expected


TALLIES_OF_ANOTHER_DAY = [
    # (text, the clashes expected): a day fronted before a comma, opening the sentence, is the
    # day a count is told for; another day than the story's tells that day's tally
    (
        "On Friday, 318 people crossed the Channel in seven small boats, Home Office data shows.",
        set(),
    ),
    (
        "On Thursday, Home Office figures show, 640 people crossed the Channel in 12 small boats.",
        set(),
    ),
    ("On Sunday, the Home Office said 402 people crossed the Channel in nine small boats.", set()),
    # the story's own day is judged, and a day elsewhere in the sentence is held to the week
    (
        "On Saturday, the Home Office said 1,305 people crossed the Channel in 30 small boats.",
        {"boats:count"},
    ),
    ("On Saturday, the Home Office said 1,350 people crossed the Channel.", {"crossed:count"}),
    ("The Home Office said 318 people crossed the Channel on Friday.", {"crossed:count"}),
    # a subordinate clause opening after the comma is held to the week too
    (
        "On Friday, when 318 people crossed the Channel, the Home Office said it was a record.",
        {"crossed:count"},
    ),
]


@pytest.mark.parametrize("text, expected", TALLIES_OF_ANOTHER_DAY)
def test_a_count_told_for_another_day_is_that_day_s(text: str, expected: set[str]) -> None:
    assert clashes_on(text, CHANNEL, PUBLISHED[CHANNEL]) == expected


SECOND_ROUND = [
    (CHANNEL, s)
    for s in (
        "The figure of 1,305 people who crossed the Channel on Saturday beat the previous daily"
        " record of 1,194, the Home Office said.",
        "Saturday's 1,305 arrivals bring the number of people who have crossed so far this year to"
        " 31,079, the Home Office said.",
        "The Home Office said 1,305 people crossed the Channel in small boats, 1,100 of them men"
        " and 212 children.",
        "Border Force brought the migrants ashore at Dover, and 40 of them were taken by ambulance"
        " to hospital in Ashford, the Home Office said.",
        "A further 112 people crossed the Channel in three small boats on Sunday morning, the Home"
        " Office said.",
        "Last year, 29,437 people crossed the Channel in small boats, and the Home Office expects"
        " the total for the year to exceed 40,000 in 2027.",
        "The Home Office said the total for the year, 31,079, is 8% higher than the 28,776"
        " recorded by the same date in 2026.",
        "On average, 43 people crossed the Channel in each of the small boats, the Home Office"
        " said.",
        "Since Carver took office in July 2026, 41,200 people have crossed the Channel, the Home"
        " Office said.",
        "Border Force brought the migrants ashore at Dover's Western Docks on Saturday, while the"
        " French coastguard took 65 people back to Calais.",
        "The Home Office said 1,305 people crossed the Channel in small boats, almost double the"
        " 680 who crossed the Channel on the same day last year.",
        "Carver said the 1,305 people who crossed the Channel were"
        ' "a reminder that these gangs are putting lives at risk".',
        "Asked whether the government would meet its target, Carver said:"
        ' "We will not rest until we have broken their business model."',
        'Nair said: "People will keep getting into boats." She added that Harbour Aid had met 90'
        " people in Dover.",
        "Most of the 24 small boats left from beaches near Gravelines, the Home Office said, while"
        " 11 dinghies were stopped by French police.",
        "The Home Office said 1,305 people crossed the Channel, up from 1,194 on August 2 and 882"
        " on July 19.",
        "In the first week of August, 3,870 people crossed the Channel in 71 small boats, Home"
        " Office figures show.",
        "Of the 1,305 people who crossed the Channel in small boats, 497 came from Afghanistan, the"
        " Home Office said.",
        "Two of the 24 small boats got into difficulty mid-Channel, the Home Office said.",
        "Border Force brought them ashore at Dover after a night at sea, the Home Office said,"
        " three days after 300 people were brought ashore at Ramsgate.",
    )
] + [
    (FLIGHT, s)
    for s in (
        "The Home Office had planned to put 130 people on board, but legal challenges cut the"
        " number to 38.",
        "The deportation flight left Stansted at 10.05pm on Wednesday, about 26 hours after the"
        " High Court refused to block the flight in London.",
        "The High Court refused to block the flight on Tuesday, the third time in a month it has"
        " rejected a last-minute challenge.",
        "A Home Office deportation flight to Albania left Stansted on October 12 with 91 people on"
        " board.",
        "The deportation flight took off from Stansted on Wednesday; a second Home Office"
        " deportation flight took off from Doncaster on Thursday.",
        "The Court of Appeal in London had dismissed a last-minute challenge on Monday, before the"
        " High Court refused to block the flight.",
        "The 38 people on board included 11 Iranians, nine Afghans and seven Eritreans, the Home"
        " Office said.",
        "Three more people on board were removed from the flight at Stansted after medical checks,"
        " the Home Office said.",
        "Ellery had told MPs that the Home Office deportation flight would leave Stansted on"
        " Tuesday.",
        "The Refugee Rights Network said 38 people were on board the Home Office flight and that"
        " 20 more had been released from detention on Tuesday.",
        'Osei said the High Court, which refused to block the flight, had been "misled" by the'
        " Home Office.",
        "In Edinburgh, the Court of Session refused to block the flight on Wednesday for two men"
        " held in Scotland, a day after the High Court ruling.",
        "The deportation flight departed as planned on Wednesday, Ellery said, after months of"
        " delays since a Home Office flight was halted in June.",
        "The Home Office said the plane landed in Kigali at 6.15am on Thursday local time, nine"
        " hours after the deportation flight left Stansted.",
        "Home Office figures show 1,540 people have been on board deportation flights since"
        " January.",
        'Ellery said: "This flight shows that our plan is working," adding that more would follow.',
        'Osei said sending people "to a country they have never seen is cruel".',
        "The High Court refused to block the flight, but Mrs Justice Reid granted an injunction on"
        " Tuesday to a 19-year-old Eritrean, who was taken off the flight.",
        "Lawyers had asked the European Court of Human Rights in Strasbourg to intervene on"
        " Wednesday afternoon, hours after the High Court refused to block the flight.",
        "The Home Office deportation flight left Stansted with 38 people on board, 92 fewer than"
        " on the last flight to Rwanda planned in 2022.",
    )
]


@pytest.mark.parametrize("story, text", SECOND_ROUND)
def test_a_harder_round_raises_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


SECOND_CONTRADICTIONS = [
    (
        CHANNEL,
        "The Home Office said 1,503 people crossed the Channel on Saturday, bringing the total for"
        " the year to 31,079.",
        {"crossed:count"},
    ),
    (
        CHANNEL,
        "Border Force brought the migrants ashore at Dover on Sunday morning.",
        {"brought-ashore:when"},
    ),
    (
        CHANNEL,
        'Carver said: "These gangs are putting lives at risk and we will not rest until we have'
        ' ended their business model."',
        {"carver-gangs:quote"},
    ),
    (
        CHANNEL,
        "Border Force did not bring the migrants ashore at Dover on Saturday.",
        {"brought-ashore:what"},
    ),
    (
        FLIGHT,
        "The Home Office said 28 people were on board the deportation flight.",
        {"on-board:count"},
    ),
    (FLIGHT, "The High Court refused to block the flight on Wednesday.", {"ruling:when"}),
    (
        FLIGHT,
        'Osei said: "Sending people who fled war to a country they have never seen is fair and it'
        ' will not stop the boats."',
        {"osei-cruel:quote"},
    ),
    (
        FLIGHT,
        "The Home Office deportation flight left Stansted on Thursday morning.",
        {"flight-left:when"},
    ),
]


@pytest.mark.parametrize("story, text, expected", SECOND_CONTRADICTIONS)
def test_a_harder_round_s_wrong_values_clash(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


ONE_MORE = [
    # (text, the clashes expected): `a`/`an` and a later ordinal before the subject's name tell
    # one more flight than those told before: its date and place are its own
    ("A second Home Office deportation flight took off from Doncaster on Thursday.", set()),
    ("A third Home Office deportation flight left Stansted on November 18.", set()),
    # `the second` may be the fact's own flight, and is judged
    (
        "The second Home Office deportation flight took off from Doncaster on Thursday.",
        {"flight-left:when"},
    ),
]


@pytest.mark.parametrize("text, expected", ONE_MORE)
def test_a_second_flight_is_another(text: str, expected: set[str]) -> None:
    assert clashes_on(text, FLIGHT, PUBLISHED[FLIGHT]) == expected


OTHER_DESTINATIONS = [
    # (text, the clashes expected): `to` and a place of the world the story does not list,
    # between the phrase's words, tell a journey elsewhere: another flight
    ("A Home Office deportation flight to Albania left Stansted on October 12.", set()),
    ("The Home Office deportation flight to Jamaica departed from Doncaster on Friday.", set()),
    # the story's own destination is judged
    (
        "The Home Office deportation flight to Kigali left Stansted on Tuesday.",
        {"flight-left:when"},
    ),
]


@pytest.mark.parametrize("text, expected", OTHER_DESTINATIONS)
def test_a_flight_to_another_place_is_another(text: str, expected: set[str]) -> None:
    assert clashes_on(text, FLIGHT, PUBLISHED[FLIGHT]) == expected


SENT = """
story: men-sent-to-rwanda
date: 2027-11-03
about: [home-office]
entities:
  home-office: {name: Home Office, kind: organisation}
places:
  rwanda: {name: Rwanda, country: RW}
facts:
  - id: sent
    who: home-office
    what: [sent the men to Rwanda, flew the men to Rwanda]
    where: rwanda
    when: 2027-11-03
"""

OWN_DESTINATIONS = [
    # (text, the clashes expected): a phrase with a `to` of its own names the fact's place there,
    # judged
    ("The Home Office sent the men to Ghana on Wednesday.", {"sent:where"}),
    ("The Home Office flew the men to Ghana on Tuesday.", {"sent:when", "sent:where"}),
]


@pytest.mark.parametrize("text, expected", OWN_DESTINATIONS)
def test_the_phrase_s_own_destination_is_judged(text: str, expected: set[str]) -> None:
    assert clashes_on(text, SENT, dt.date(2027, 11, 4)) == expected


STRETCHES = [
    # (story, text, the clashes expected): a count told for a stretch of a week or more, fronted
    # before a comma, or since a month or a year after the phrase, is that stretch's tally
    (
        CHANNEL,
        "In the first week of August, 3,870 people crossed the Channel in 71 small boats, Home"
        " Office figures show.",
        set(),
    ),
    (
        CHANNEL,
        "Last week, the Home Office said 2,950 people crossed the Channel in 52 small boats.",
        set(),
    ),
    (
        CHANNEL,
        "In the week to Saturday, 2,950 people crossed the Channel in 52 small boats, Home Office"
        " figures show.",
        set(),
    ),
    (
        FLIGHT,
        "Home Office figures show 1,540 people have been on board deportation flights since"
        " January.",
        set(),
    ),
    (
        FLIGHT,
        "Home Office figures show 212 people have been on board deportation flights since 2024.",
        set(),
    ),
    # the story's day, a subordinate clause after the stretch, and `since` past a comma are judged
    (
        CHANNEL,
        "On Saturday, 1,350 people crossed the Channel in small boats, Home Office figures show.",
        {"crossed:count"},
    ),
    (
        CHANNEL,
        "Last week, when 1,350 people crossed the Channel in small boats, Home Office figures"
        " showed a record.",
        {"crossed:count"},
    ),
    (
        FLIGHT,
        "Home Office figures show 1,540 people have been on board deportation flights, the most"
        " since 2019.",
        {"on-board:count"},
    ),
]


@pytest.mark.parametrize("story, text, expected", STRETCHES)
def test_a_count_told_for_a_stretch_is_that_stretch_s(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
