"""Case table of false alarms found by checking invented stories of kinds the tests lacked (a
carmaker's job cuts, a space probe's discovery, a coach crash abroad with nationals among the
dead), written as wire copy and news pages: datelines, corrected figures, earlier rounds of cuts
and other companies' cuts, analysts' figures, sites kept open, other missions and earlier
finds, passes and launch, other crashes and tolls, the injured, other nationals, rates,
partitives, rankings, running totals, quotes of two speakers, links and boilerplate. The facts
were written first, then the sentences that state nothing contrary to them (``FIRST_RUN``) and
those that state a wrong value for the fact's own event (``CONTRADICTIONS``), each to clash on
its slot, all before the checker first ran on them.

First run (at e217606): 3 false contradictions in 290 cells (58 sentences, each checked against
every fact of its story), and 8 of the 9 contradictions caught on their slot. In the job cuts,
`Norvik will not close its plant in Sunderland` clashed on the place of the plant's closure in
Coventry, and `Norvik has now cut 6,900 jobs since 2023` counted the cuts of three years as the
fact's; in the probe's discovery, `Helix did not detect any plumes over the moon's north pole`
denied the discovery. Now a denied prediction on the phrase's verb (`will not close`, `won't`,
`shall never`) states no place or date of the act (``DENIED_PREDICTIONS``), a number of the
phrase with `since` and a year right after it is a total over a stretch (``SINCE_A_YEAR``), and a
denial whose object is `any` thing at a spot of its own (`any plumes over the north pole`) is of
the act there (``NONE_THERE``); each table holds the near-misses still judged. The contradiction
the checker still misses is in ``MISSED``."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

LAYOFFS = """
story: norvik-job-cuts
date: 2026-03-12
about: [norvik, cuts]
entities:
  norvik: {name: Norvik Motors, aliases: [Norvik], kind: organisation,
    mention_only: [the carmaker, the company, the group]}
  cuts: {name: Norvik job cuts, kind: event, mention_only: [the cuts]}
  lindqvist: {name: Anna Lindqvist, aliases: [Lindqvist, Ms Lindqvist], kind: person}
  okoro: {name: Daniel Okoro, aliases: [Okoro, Mr Okoro], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK, Britain]}
  england: {name: England, in: uk}
  sunderland: {name: Sunderland, in: england}
  coventry: {name: Coventry, in: england}
  germany: {name: Germany}
  bremen: {name: Bremen, in: germany}
facts:
  - id: announced
    who: norvik
    what: [announced job cuts, said it would cut, will cut]
    when: 2026-03-11
  - id: jobs
    who: norvik
    what: [jobs, cut jobs, will cut]
    count: 4200
    note: worldwide, about 9% of its workforce
  - id: plant
    who: norvik
    what: [close its plant, will close, close the plant]
    where: coventry
  - id: lindqvist-quote
    who: lindqvist
    quote: These are painful decisions but they are necessary to secure our future
  - id: okoro-quote
    who: okoro
    quote: Our members have been treated as a line on a spreadsheet
"""

PROBE = """
story: helix-probe-ice
date: 2026-07-02
about: [helix, europa]
entities:
  helix: {name: Helix probe, aliases: [Helix, the Helix spacecraft],
    mention_only: [the probe, the spacecraft]}
  esa: {name: European Space Agency, aliases: [ESA], kind: organisation,
    mention_only: [the agency]}
  europa: {name: Europa, aliases: [the moon]}
  marchetti: {name: Lucia Marchetti, aliases: [Marchetti, Dr Marchetti], kind: person}
  hale: {name: Robert Hale, aliases: [Hale, Dr Hale], kind: person}
places:
  germany: {name: Germany}
  darmstadt: {name: Darmstadt, in: germany}
  french-guiana: {name: French Guiana}
  kourou: {name: Kourou, in: french-guiana}
facts:
  - id: detected
    who: helix
    what: [detected, found, discovered]
    when: 2026-06-30
  - id: plumes
    who: helix
    what: [plumes, water plumes]
    count: 3
    note: plumes of water vapour over Europa's south pole
  - id: launched
    who: helix
    what: [was launched, launched]
    when: 2021-09-14
    where: kourou
  - id: marchetti-quote
    who: marchetti
    quote: This is the clearest sign yet that an ocean lies beneath the ice
  - id: hale-quote
    who: hale
    quote: We should be careful not to read too much into a single pass
"""

CRASH = """
story: alpine-coach-crash
date: 2026-08-20
about: [crash]
entities:
  crash: {name: Alpine coach crash, kind: event, mention_only: [the crash, the accident]}
  coach: {name: the coach, mention_only: [the bus]}
  keane: {name: Siobhan Keane, aliases: [Keane, Ms Keane], kind: person}
  berger: {name: Markus Berger, aliases: [Berger, Mr Berger], kind: person}
places:
  austria: {name: Austria}
  tyrol: {name: Tyrol, in: austria}
  innsbruck: {name: Innsbruck, in: tyrol}
  landeck: {name: Landeck, in: tyrol}
  ireland: {name: Ireland}
  dublin: {name: Dublin, in: ireland}
  cork: {name: Cork, in: ireland}
facts:
  - id: crashed
    who: coach
    what: [crashed, overturned, plunged]
    when: 2026-08-19
    where: landeck
  - id: killed
    who: crash
    what: [killed, were killed, dead, died]
    count: 14
  - id: irish
    who: crash
    what: [Irish citizens, Irish nationals]
    count: 6
    note: among the dead
  - id: keane-quote
    who: keane
    quote: Our thoughts are with the families who have lost loved ones
  - id: berger-quote
    who: berger
    quote: The road was dry and the weather was clear
"""

STORIES = {
    "cuts": (LAYOFFS, dt.date(2026, 3, 12)),
    "probe": (PROBE, dt.date(2026, 7, 2)),
    "crash": (CRASH, dt.date(2026, 8, 20)),
}

FIRST_RUN = [
    # a company's job cuts: earlier rounds, other sites, analysts' figures, two speakers
    (
        "cuts",
        "LONDON (Reuters) - Norvik Motors said on Wednesday it would cut 4,200 jobs worldwide "
        "and close its plant in Coventry.",
    ),
    ("cuts", "Norvik cut 1,800 jobs in 2023 and another 900 in 2024."),
    ("cuts", "The carmaker closed its plant in Bremen in 2022."),
    ("cuts", "Norvik will not close its plant in Sunderland, which employs 6,500 people."),
    ("cuts", "About 1,100 of the jobs will go in Britain, most of them in Coventry."),
    ("cuts", "The cuts amount to about 9% of the group's workforce of 46,000."),
    ("cuts", "Analysts at Barclays had expected Norvik to cut as many as 5,000 jobs."),
    ("cuts", "The company could cut more jobs if sales do not recover, Lindqvist said."),
    (
        "cuts",
        "Norvik has now cut 6,900 jobs since 2023, the most of any European carmaker.",
    ),
    (
        "cuts",
        '"These are painful decisions but they are necessary to secure our future," chief '
        'executive Anna Lindqvist said. "We will support every colleague affected."',
    ),
    (
        "cuts",
        '"Our members have been treated as a line on a spreadsheet," said Daniel Okoro of the '
        "Unite union.",
    ),
    ("cuts", "Shares in Norvik rose 4% in Frankfurt on Wednesday."),
    ("cuts", "Rival Astra said on Monday it would cut 2,000 jobs in Germany."),
    ("cuts", "An earlier version of this story said Norvik would cut 2,400 jobs."),
    ("cuts", "Norvik makes about 310,000 cars a year, 40% of them in Britain."),
    ("cuts", "The Coventry plant opened in 1974 and builds 800 vans a week."),
    ("cuts", "Norvik first announced job cuts in January 2023."),
    ("cuts", "Unions said they would ballot members on strike action in April."),
    ("cuts", "Read more: Norvik posts first annual loss since 2009"),
    ("cuts", "Reporting by Jane Doe; Editing by Mark Potter"),
    # a space probe's discovery: launch, other missions, passes, two scientists
    (
        "probe",
        "DARMSTADT, Germany (AP) — The Helix probe has detected three plumes of water vapour "
        "rising from the south pole of Europa, the European Space Agency said on Thursday.",
    ),
    ("probe", "Helix found the plumes on Tuesday during its 12th pass of the moon."),
    ("probe", "The probe was launched from Kourou in French Guiana in September 2021."),
    ("probe", "NASA's Galileo spacecraft found hints of plumes in 1997."),
    ("probe", "The Hubble telescope detected two possible plumes in 2016."),
    ("probe", "Helix did not detect any plumes over the moon's north pole."),
    ("probe", "The tallest of the plumes rose about 200 kilometres above the surface."),
    ("probe", "Helix could find more plumes on its next pass in October, the agency said."),
    ("probe", "The spacecraft travels at about 5 kilometres a second."),
    (
        "probe",
        '"This is the clearest sign yet that an ocean lies beneath the ice," said Lucia '
        'Marchetti, Helix\'s lead scientist. "It changes what we look for next."',
    ),
    (
        "probe",
        '"We should be careful not to read too much into a single pass," said Robert Hale, a '
        "planetary scientist who is not part of the mission.",
    ),
    ("probe", "Two of the three plumes were seen in images taken 40 minutes apart."),
    ("probe", "Helix has made 12 passes of Europa since arriving in 2025, of 35 planned."),
    ("probe", "The mission cost 1.6 billion euros, ESA said."),
    ("probe", "Helix was launched on an Ariane 5 rocket, the last but two to fly."),
    ("probe", "China plans to launch its own probe to Jupiter in 2029."),
    ("probe", "Photo: An artist's impression of Helix above Europa. (ESA)"),
    ("probe", "Sign up for our science newsletter."),
    # a coach crash abroad: nationals among the dead, earlier crashes, other counts
    (
        "crash",
        "INNSBRUCK, Austria (AP) — A coach carrying tourists crashed near Landeck in western "
        "Austria on Wednesday, killing 14 people, six of them Irish citizens, police said.",
    ),
    ("crash", "Another 22 people were injured, four of them seriously."),
    ("crash", "The coach was carrying 41 passengers and two drivers."),
    ("crash", "The coach had left Innsbruck about an hour earlier."),
    ("crash", "Most of the Irish passengers were from Cork and Dublin."),
    ("crash", "A coach overturned on the same road in 2019, killing three people."),
    ("crash", "It is the deadliest road accident in Austria since 1994, when 20 died."),
    ("crash", "The death toll rose to 14 overnight from 11 on Wednesday evening."),
    ("crash", "Three Germans and two Dutch citizens were also killed."),
    ("crash", "The driver, who was not killed, was arrested on Thursday."),
    ("crash", "Police said the coach may have been travelling at 90 km/h."),
    (
        "crash",
        '"Our thoughts are with the families who have lost loved ones," Irish foreign minister '
        "Siobhan Keane said.",
    ),
    (
        "crash",
        '"The road was dry and the weather was clear," police spokesman Markus Berger said. '
        '"We do not yet know why the bus left the road."',
    ),
    ("crash", "An Irish citizen died in a coach crash in Tyrol in 2017."),
    ("crash", "Irish nationals make up about 2% of visitors to Tyrol."),
    ("crash", "The embassy in Vienna has set up a helpline for families."),
    ("crash", "Six of the injured were flown to hospital in Innsbruck."),
    ("crash", "Road deaths in Austria fell to 351 last year."),
    ("crash", "Related: Tyrol to review safety on mountain roads"),
    ("crash", "Copyright 2026 The Associated Press. All rights reserved."),
]

CONTRADICTIONS = [
    # the fact's own event told with a wrong value: each clashes on its slot (the one the
    # checker misses is in ``MISSED``)
    ("cuts", "Norvik Motors will cut 2,400 jobs.", {"jobs:count"}),
    ("cuts", "Norvik will close its plant in Sunderland.", {"plant:where"}),
    ("probe", "The Helix probe detected the plumes on Monday.", {"detected:when"}),
    ("probe", "The Helix probe has detected five plumes.", {"plumes:count"}),
    ("probe", "Helix was launched from Kourou in 2019.", {"launched:when"}),
    ("crash", "The coach crashed near Innsbruck on Wednesday.", {"crashed:where"}),
    ("crash", "The crash killed 16 people.", {"killed:count"}),
    ("crash", "Eight Irish citizens were killed in the crash.", {"irish:count"}),
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_a_sentence_that_states_nothing_contrary_does_not_clash(story: str, text: str) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == set()


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_for_the_fact_s_own_event_clashes_on_its_slot(
    story: str, text: str, expected: set[str]
) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == expected


MISSED = [
    # a contradiction written with the table that the checker does not catch: a date between
    # the words of the fact's phrase (`said on Tuesday it would cut` for `said it would cut`)
    ("cuts", "Norvik Motors said on Tuesday it would cut jobs."),
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_the_checker_misses_raise_nothing_else(story: str, text: str) -> None:
    """What the checker still misses, kept to see it change: no clash, not even a wrong one."""
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == set()


DENIED_PREDICTIONS = [
    # a denied prediction on the phrase's verb: what will not happen there states no place
    ("Norvik will not close its plant in Sunderland, which employs 6,500 people.", set()),
    ("Norvik won't close its plant in Sunderland.", set()),
    ("Norvik will never close the plant in Sunderland.", set()),
    # near-misses: the prediction itself, or the fact's place denied with another named
    ("Norvik will close its plant in Sunderland.", {"plant:where"}),
    ("Norvik will close its plant in Sunderland, not in Coventry.", {"plant:where"}),
    ("Norvik is to close its plant in Sunderland.", {"plant:where"}),
]


@pytest.mark.parametrize("text, expected", DENIED_PREDICTIONS)
def test_a_denied_prediction_states_no_place_of_the_act(text: str, expected: set[str]) -> None:
    yaml, published = STORIES["cuts"]
    assert clashes_on(text, yaml, published) == expected


SINCE_A_YEAR = [
    # a number of the phrase with `since` and a year right after it: a total over a stretch
    ("Norvik has now cut 6,900 jobs since 2023, the most of any European carmaker.", set()),
    ("Norvik cut 6,900 jobs since January 2023.", set()),
    ("Norvik has cut 6,900 jobs since the start of 2023.", set()),
    # near-misses: no `since`, `since` and a day, `since` in another clause (a ranking)
    ("Norvik will cut 2,400 jobs.", {"jobs:count"}),
    ("Norvik has cut 2,400 jobs since Wednesday.", {"jobs:count"}),
    ("Norvik has cut 2,400 jobs, the most since 2009.", {"jobs:count"}),
]


@pytest.mark.parametrize("text, expected", SINCE_A_YEAR)
def test_a_count_since_a_year_is_a_total_over_a_stretch(text: str, expected: set[str]) -> None:
    yaml, published = STORIES["cuts"]
    assert clashes_on(text, yaml, published) == expected


NONE_THERE = [
    # a denial whose object is `any` thing at a spot of its own: the act there denied
    ("Helix did not detect any plumes over the moon's north pole.", set()),
    ("Helix has not found any plumes near the equator.", set()),
    # near-misses: `any` thing with no spot, a spot without `any`, nothing at all
    ("Helix did not detect any plumes.", {"detected:what"}),
    ("Helix did not detect plumes over the north pole.", {"detected:what"}),
    ("Helix has not detected anything.", {"detected:what"}),
]


@pytest.mark.parametrize("text, expected", NONE_THERE)
def test_a_denial_of_any_thing_at_a_spot_is_of_the_act_there(text: str, expected: set[str]) -> None:
    yaml, published = STORIES["probe"]
    assert clashes_on(text, yaml, published) == expected
