"""Case table of false alarms looked for in invented stories told through travel and transport
disruption (a rail strike in Yorkshire, flights cancelled by an air traffic control strike in
France): trains and flights cancelled, a strike's days, passengers affected, routes between
places (`from Leeds to London`), a timetable change from a later date, compensation amounts, a
previous strike and a union's ballot figures. The facts were written first (`factcheck validate`
followed: each strike named by its cause, `went on strike over pay`, not `went on strike`, which
any other strike shares), then the sentences that state nothing contrary to them (``FIRST_RUN``),
each naming the fact's `who` and phrase with other values beside them, and those that state a
wrong value for the fact's own event (``CONTRADICTIONS``), each to clash on its slot, all before
the checker first ran on them.

First run (at 58a1415): 7 false contradictions in 200 cells (40 sentences, each checked against
every fact of its story: five facts of the rail strike, five of the cancellations), and all 8
contradictions caught on their slot. Five are now left unjudged by their own rules (tables
below): a later count of the phrase after one that gives the fact's, past `and` or a semicolon
(`Aerlink cancelled 340 flights on Friday and 60 flights on Saturday`, `Northline cancelled
1,400 services on Tuesday and 900 trains on Wednesday`, `..., and Ryanair cancelled 410
flights`), a place after `after`, `before`, `until` or `following` (`walked out over pay on
Tuesday after talks in London broke down`: the talks' place), and a count in a `when` clause
after the date of an earlier occasion with its place (`went on strike over staffing in France
in 2024, when Aerlink cancelled 190 flights`: the 2024 strike's). Two are left, each a count of
a fact whose phrase is a bare noun (`trains`, `flights`) with nothing of the act:
``BARE_NOUN_CLASHES`` (`Northline ran 300 trains instead of 1,700`, `Aerlink will move 12 flights
to Lyon`: any number of the `who`'s trains or flights is read as the fact's; a fact that names
the act, `cancelled trains`, leaves them unjudged).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

RAIL = """
story: northline-rail-strike
date: 2027-09-14
about: [rwa, northline]
entities:
  rwa: {name: Rail Workers' Alliance, aliases: [RWA], kind: organisation}
  northline: {name: Northline Trains, aliases: [Northline], kind: organisation}
  marsh: {name: Kath Marsh, aliases: [Marsh], kind: person}
places:
  uk: {name: United Kingdom, country: GB}
  england: {name: England, in: uk}
  yorkshire: {name: Yorkshire, in: england}
  leeds: {name: Leeds, in: yorkshire}
  york: {name: York, in: yorkshire}
  london: {name: London, in: england}
  manchester: {name: Manchester, in: england}
facts:
  - id: strike
    who: rwa
    what: [went on strike over pay, walked out over pay]
    where: yorkshire
    when: 2027-09-14
  - id: ballot
    who: rwa
    what: [members voted for strike action, members voted in favour of strike action]
    count: 4312
  - id: cancelled
    who: northline
    what: [trains, services]
    count: 1400
  - id: timetable
    who: northline
    what: [will introduce a new timetable, introduces a new timetable]
    when: 2027-12-12
  - id: marsh-pay
    who: marsh
    quote: Our members have had enough of being asked to do more for less
"""

AERLINK = """
story: aerlink-cancellations
date: 2027-06-18
about: [aerlink, snac]
entities:
  aerlink: {name: Aerlink, kind: organisation}
  snac: {name: National Air Controllers' Union, aliases: [SNAC], kind: organisation}
  byrne: {name: Niamh Byrne, aliases: [Byrne], kind: person}
places:
  ireland: {name: Ireland, country: IE}
  dublin: {name: Dublin, in: ireland}
  cork: {name: Cork, in: ireland}
  france: {name: France, country: FR}
  paris: {name: Paris, in: france}
  nice: {name: Nice, in: france}
facts:
  - id: atc-strike
    who: snac
    what: [went on strike over staffing, staged a strike over staffing]
    where: france
    when: 2027-06-18
  - id: cancellations
    who: aerlink
    what: [flights]
    count: 340
  - id: passengers
    who: aerlink
    what: [passengers]
    count: 52000
  - id: compensation
    who: aerlink
    what: [in compensation]
    count: 250
    unit: EUR
  - id: byrne-apology
    who: byrne
    quote: We are deeply sorry to every passenger whose plans have been ruined
"""

PUBLISHED = {
    RAIL: dt.date(2027, 9, 15),  # a Wednesday: the RWA walked out on Tuesday, September 14
    AERLINK: dt.date(2027, 6, 19),  # a Saturday: the controllers struck on Friday, June 18
}

FIRST_RUN = [
    (RAIL, s)
    for s in (
        "The Rail Workers' Alliance went on strike over pay on Tuesday and will walk out again on"
        " Thursday and Saturday.",
        "Northline Trains cancelled 1,400 services on Tuesday, including every train from Leeds to"
        " London.",
        "The RWA walked out over pay in Yorkshire on Tuesday, its first strike since a walkout in"
        " Manchester in March.",
        "4,312 RWA members voted for strike action, on a turnout of 71%; 1,106 voted against.",
        "Northline Trains will introduce a new timetable on December 12, with 40 fewer trains a"
        " day between York and London.",
        "The Rail Workers' Alliance went on strike over pay in Yorkshire, and its members in London"
        " will strike on October 2.",
        "Northline cancelled 1,400 services on Tuesday and 900 trains on Wednesday, when staff"
        " refused overtime.",
        "Season ticket holders can claim £12 a day in compensation, Northline Trains said.",
        "The RWA last walked out over pay in 2025, when 3,900 members voted for strike action.",
        "Northline Trains introduces a new timetable on December 12, three months after the strike"
        " on Tuesday.",
        'General secretary Kath Marsh said: "Our members have had enough of being asked to do more'
        ' for less."',
        "About 210,000 passengers were affected, Northline said, and 1,400 trains were cancelled.",
        "The Rail Workers' Alliance walked out over pay on Tuesday after talks in London broke"
        " down on Monday.",
        "In York, 6,000 passengers were turned away; Northline Trains ran buses from York to"
        " Leeds.",
        "Northline's new timetable, which the company will introduce on December 12, was first"
        " planned for May.",
        "Drivers in the Train Drivers' Union, who went on strike over pay in London on Monday, did"
        " not join the walkout.",
        "The RWA said 4,312 members voted for strike action, a majority of 80%, in a ballot that"
        " closed on August 30.",
        "Northline Trains cancelled 1,400 services in Yorkshire, 60 of them on the line from Leeds"
        " to York.",
        "The RWA went on strike over pay in Yorkshire on Tuesday; rail workers in Scotland walked"
        " out in Glasgow.",
    )
] + [
    (AERLINK, s)
    for s in (
        "Aerlink cancelled 340 flights on Friday, including 28 from Dublin to Paris.",
        "French air traffic controllers in the National Air Controllers' Union went on strike over"
        " staffing on Friday and will strike again on June 25.",
        "About 52,000 Aerlink passengers were affected, and 9,000 more were delayed by up to five"
        " hours.",
        "Aerlink said passengers on cancelled flights could claim €250 in compensation, or €400 for"
        " flights of more than 1,500km.",
        "The SNAC staged a strike over staffing in France on Friday, its fourth this year after"
        " strikes in March, April and May.",
        "Aerlink cancelled 340 flights from Dublin and Cork, and Ryanair cancelled 410 flights.",
        'Aerlink chief executive Niamh Byrne said: "We are deeply sorry to every passenger whose'
        ' plans have been ruined."',
        "Aerlink's 52,000 passengers included 4,000 on flights from Cork to Nice.",
        "The National Air Controllers' Union went on strike over staffing in France in 2024, when"
        " Aerlink cancelled 190 flights.",
        "Aerlink will pay €250 in compensation to each passenger, and up to €100 a night for"
        " hotels.",
        "Aerlink cancelled 340 flights on Friday and 60 flights on Saturday, when the backlog"
        " cleared.",
        "Of the union's 3,100 members, 2,480 voted to strike, and the SNAC staged a strike over"
        " staffing on Friday.",
        "Aerlink said 52,000 passengers were affected, against 31,000 passengers in the strike"
        " of 2024.",
        "Aerlink's summer timetable from July 1 adds 14 flights a week from Dublin to Nice.",
        "Byrne said Aerlink had paid €6 million in compensation after the strike in 2024.",
        "The SNAC went on strike over staffing in France on Friday; Italian controllers walked out"
        " in Rome on Thursday.",
        "Aerlink cancelled 340 flights, a quarter of its schedule, and 52,000 passengers were"
        " rebooked or refunded.",
        "Passengers flying from Dublin to Nice on Friday were offered €250 in compensation or a"
        " seat on a flight from Cork on Sunday.",
        "The National Air Controllers' Union staged a strike over staffing on Friday, a day after"
        " talks in Paris failed.",
    )
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_travel_disruption_reports_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (RAIL, "The Rail Workers' Alliance went on strike over pay on Monday.", {"strike:when"}),
    (RAIL, "Northline Trains cancelled 1,900 services on Tuesday.", {"cancelled:count"}),
    (
        RAIL,
        "Northline Trains will introduce a new timetable on December 19.",
        {"timetable:when"},
    ),
    (RAIL, "The RWA said 5,312 members voted for strike action.", {"ballot:count"}),
    (
        AERLINK,
        "The National Air Controllers' Union went on strike over staffing in Italy on Friday.",
        {"atc-strike:where"},
    ),
    (AERLINK, "Aerlink cancelled 430 flights on Friday.", {"cancellations:count"}),
    (
        AERLINK,
        'Byrne said: "We are deeply sorry to every passenger whose holidays have been ruined."',
        {"byrne-apology:quote"},
    ),
    (AERLINK, "Aerlink will pay €150 in compensation to each passenger.", {"compensation:count"}),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_disruption_clashes(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


LATER_COUNTS = [
    # (text, the clashes expected): a count of the phrase after `and` or a semicolon, following
    # a count of the phrase that gives the fact's: another day's, place's or party's
    ("Aerlink cancelled 340 flights on Friday and 60 flights on Saturday.", set()),
    (
        "Aerlink cancelled 340 flights from Dublin and Cork, and Ryanair cancelled 410 flights.",
        set(),
    ),
    ("Aerlink cancelled 340 flights on Friday; it cancelled 60 flights on Saturday.", set()),
    # the fact's count not told first, or no `and` between, is judged
    (
        "Aerlink cancelled 430 flights on Friday and 60 flights on Saturday.",
        {"cancellations:count"},
    ),
    (
        "Aerlink cancelled 60 flights on Saturday and 430 flights on Friday.",
        {"cancellations:count"},
    ),
    ("Aerlink cancelled 340 flights on Friday, 60 flights on Saturday.", {"cancellations:count"}),
    ("Aerlink cancelled 430 flights.", {"cancellations:count"}),
]


@pytest.mark.parametrize("text, expected", LATER_COUNTS)
def test_a_later_count_after_the_facts_is_another(text: str, expected: set[str]) -> None:
    assert clashes_on(text, AERLINK, PUBLISHED[AERLINK]) == expected


def test_a_later_count_of_another_phrasing_is_another() -> None:
    text = "Northline cancelled 1,400 services on Tuesday and 900 trains on Wednesday."
    assert clashes_on(text, RAIL, PUBLISHED[RAIL]) == set()


OTHER_CLAUSE_PLACES = [
    # (text, the clashes expected): a place after `after`, `before`, `until` or `following`
    # between the phrase and the place: another act's (talks, a rally, a vote)
    (
        "The Rail Workers' Alliance walked out over pay on Tuesday after talks in London broke"
        " down on Monday.",
        set(),
    ),
    ("The RWA walked out over pay on Tuesday before a rally in London.", set()),
    ("The Rail Workers' Alliance walked out over pay until talks in Manchester resumed.", set()),
    ("The RWA walked out over pay following a vote in London.", set()),
    # the place right after the phrase, before the other clause, or in a fronted clause, is
    # judged
    ("The RWA walked out over pay in London on Tuesday.", {"strike:where"}),
    (
        "The Rail Workers' Alliance walked out over pay on Tuesday in London, after talks broke"
        " down.",
        {"strike:where"},
    ),
    ("After talks in Leeds broke down, the RWA walked out over pay in London.", {"strike:where"}),
]


@pytest.mark.parametrize("text, expected", OTHER_CLAUSE_PLACES)
def test_a_place_after_another_clause_opening_is_not_the_acts(
    text: str, expected: set[str]
) -> None:
    assert clashes_on(text, RAIL, PUBLISHED[RAIL]) == expected


EARLIER_OCCASIONS = [
    # (text, the clashes expected): after the phrase, its place and a date, a `when` clause
    # that counts, with a number that clashes with a count fact of the story: that occasion's
    # count, and its date not the fact's
    (
        "The National Air Controllers' Union went on strike over staffing in France in 2024, when"
        " Aerlink cancelled 190 flights.",
        set(),
    ),
    ("The SNAC went on strike over staffing in 2024, when Aerlink cancelled 190 flights.", set()),
    # no count, a count that fits, or no `when` clause: the date is judged
    ("The SNAC went on strike over staffing in France in 2024.", {"atc-strike:when"}),
    (
        "The SNAC went on strike over staffing in France in 2024, when Aerlink cancelled 340"
        " flights.",
        {"atc-strike:when"},
    ),
    (
        "The SNAC went on strike over staffing in France on Thursday, and Aerlink cancelled 190"
        " flights.",
        {"atc-strike:when", "cancellations:count"},
    ),
]


@pytest.mark.parametrize("text, expected", EARLIER_OCCASIONS)
def test_a_count_in_a_when_clause_tells_another_occasion(text: str, expected: set[str]) -> None:
    assert clashes_on(text, AERLINK, PUBLISHED[AERLINK]) == expected


BARE_NOUN_CLASHES = [
    # a count fact whose phrase is a bare noun reads any number of the `who`'s trains or
    # flights as the fact's: these clash, as the fact file asks
    (
        RAIL,
        "Passengers travelling from Leeds to Manchester faced delays of up to 90 minutes, and"
        " Northline ran 300 trains instead of 1,700.",
        {"cancelled:count"},
    ),
    (
        AERLINK,
        "Flights from Dublin to Paris resume on Monday; Aerlink will move 12 flights to Lyon"
        " until July 1.",
        {"cancellations:count"},
    ),
]


@pytest.mark.parametrize("story, text, expected", BARE_NOUN_CLASHES)
def test_a_bare_noun_reads_every_count_of_it(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


@pytest.mark.parametrize("story, text, expected", BARE_NOUN_CLASHES)
def test_a_phrase_with_the_act_leaves_other_counts_alone(
    story: str, text: str, expected: set[str]
) -> None:
    named = story.replace(
        "what: [trains, services]", "what: [cancelled trains, cancelled services]"
    )
    named = named.replace("what: [flights]", "what: [cancelled flights]")
    assert named != story
    assert clashes_on(text, named, PUBLISHED[story]) == set()
