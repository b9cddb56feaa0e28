"""Case table of false alarms looked for in invented stories (a city's homicide figures for the
year, a health agency's count of measles cases) told through statistics-heavy reports: rates per
100,000 and per capita, year-on-year changes, ranges (`between 40 and 60`), percentages of
change, records and averages beside the fact's own count, and a previous year's figure. The
facts were written first, then the sentences that state nothing contrary to them
(``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at 97e6e92): one false contradiction in 120 cells (40 sentences, each checked against
every fact of its story), and 4 of the 8 contradictions caught on their slot. No rule was added
then. The false one: `Nationally, police recorded 612 homicides`, where `police` (a `mention_only`
description of the force) was read as the fact's `who` and 612 as its count. None of the other
figures was judged: rates (`9.4 homicides per 100,000 people`), averages, records, ranges (`between
40 and 60 killings`), percentages of change and other years' counts (`In 2025 the city recorded 39
homicides`) name no `who` of the fact or are dated by another year. The four missed: a count dated
by a period (`recorded 74 homicides last year`) when the fact has no `when`, and the place known
only by its country, as in table 55 (`Brixley`, `Berlin`; in ``MISSED``). Before that run,
`factcheck validate` warned that `reported its measles figures` names no event of its own, and it
was dropped from the fact's `what`.

Now the false one raises nothing (it stands in ``FIRST_RUN``): a clash whose subject is a bare
description of the fact's `who` (`police`, `the agency`: no proper name; `Harwick police` reads as
the name `Harwick Police`) in a sentence that scopes it to a wider area or to another place than
the fact's (`Nationally,`, `Across England,`, `Police in Wales`, `police nationwide`, `across
England and Wales` after the phrase, `Outside Sollen,`) tells of other members of the kind, and the
sentence is no mention of the fact (``where.described_elsewhere``; ``SCOPED_ELSEWHERE``). A place
after `in` past the phrase scopes only an organisation's act for a fact with no `where` (`Police
recorded 612 homicides in Wales`); for a fact with one it is the act's place (`published its
measles report in Berlin on Monday` is judged on its date). A place of the fact's own (`Police in
Harwick`, `In Sollen,`), a proper name (`Nationally, Harwick police`) or no scope at all (`Police
recorded 612 homicides`) leaves it judged (``SCOPED_HERE``). A national body's description scoped
to the nation (`Nationwide, the agency counted 1,300 measles cases`) is left unjudged with the rest
(in ``MISSED``): the words do not tell a national body from a local one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

HOMICIDES = """
story: harwick-homicide-figures
date: 2027-01-14
about: [police]
entities:
  police:
    name: Harwick Police
    aliases: [Harwick's police force]
    mention_only: [the force, police]
    kind: organisation
  okafor: {name: Chief Constable Ruth Okafor, aliases: [Ruth Okafor, Okafor], kind: person}
places:
  harwick: {name: Harwick, country: GB}
facts:
  - id: published
    who: police
    what: [published its annual crime figures, published the figures]
    where: harwick
    when: 2027-01-14
  - id: homicides
    who: police
    what: [homicides, killings]
    count: 47
  - id: okafor-quote
    who: okafor
    quote: Every one of these numbers is a family that will never be the same
"""

MEASLES = """
story: velland-measles-cases
date: 2027-05-20
about: [agency]
entities:
  agency:
    name: Velland Health Agency
    aliases: [the VHA]
    mention_only: [the agency]
    kind: organisation
  brandt: {name: Dr Helena Brandt, aliases: [Helena Brandt, Brandt, Dr Brandt], kind: person}
places:
  sollen: {name: Sollen, country: DE}
facts:
  - id: reported
    who: agency
    what: [published its measles report]
    where: sollen
    when: 2027-05-20
  - id: cases
    who: agency
    what: [measles cases, cases of measles]
    count: 1284
  - id: brandt-quote
    who: brandt
    quote: This is what happens when a generation skips its second dose
"""

PUBLISHED = {
    HOMICIDES: dt.date(2027, 1, 15),  # a Friday: Thursday is January 14
    MEASLES: dt.date(2027, 5, 21),  # a Friday: Thursday is May 20
}

FIRST_RUN = [
    (HOMICIDES, s)
    for s in (
        "That is a rate of 9.4 homicides per 100,000 people, against a national rate of 1.1.",
        "In 2025 the city recorded 39 homicides, and in 2024 it recorded 52.",
        "The figure is up 21% year on year, the force said.",
        "The ten-year average is 41 killings a year.",
        "The record, 68 homicides, was set in 1993.",
        "Criminologists had expected between 40 and 60 killings.",
        "Knife crime rose by 14%, to 1,930 offences, while gun crime fell by 8%.",
        "Per capita, Harwick now has more killings than Manchester or Leeds.",
        "Of the victims, 31 were under 25, and 9 were women.",
        "Burglaries fell for the fifth year running, to 4,210.",
        "The clear-up rate for homicides was 83%, up from 76% in 2025.",
        "Harwick's population grew by 2.3% to 500,000 over the decade.",
        "Roughly one in three killings involved a knife, the report said.",
        "Harwick Police published its annual crime figures on Thursday.",
        "Harwick Police recorded 47 homicides last year, the highest figure in a decade.",
        "Ruth Okafor said the force would put 120 more officers on the streets by April.",
        '"Every one of these numbers is a family that will never be the same," Okafor said.',
        "Neighbouring Brixley recorded 12 killings, a rate of 4.8 per 100,000.",
        "Violent crime overall rose 6% to 18,400 offences, a rise of about 1,000.",
        "Nationally, police recorded 612 homicides, down 3% on the year before.",
    )
] + [
    (MEASLES, s)
    for s in (
        "That is 15.2 cases per 100,000 people, the highest rate in western Europe.",
        "In 2026 the agency counted 412 measles cases, and in 2025 just 96.",
        "Cases have tripled year on year, a rise of 212%.",
        "The five-year average is 230 cases a year.",
        "The previous record, 1,110 cases, was set in 2019.",
        "Modellers had forecast between 800 and 1,500 cases for the year.",
        "Vaccination with two doses fell to 86%, below the 95% needed for herd immunity.",
        "Per capita, Velland now has three times as many cases as Austria.",
        "Across the EU, 14,300 cases were reported in the same period, up 40%.",
        "Of those infected, 61% were under five, and 230 were admitted to hospital.",
        "Mumps cases fell by half, to 88.",
        "Two children died, the first measles deaths since 2011.",
        "In Sollen alone there were 310 cases, a rate of 41 per 100,000.",
        "About one in ten cases led to complications, the report said.",
        "The Velland Health Agency published its measles report in Sollen on Thursday.",
        "The VHA recorded 1,284 measles cases in the first four months of the year.",
        '"This is what happens when a generation skips its second dose," Dr Brandt said.',
        "Helena Brandt said 40,000 children had missed a dose since 2020.",
        "The agency expects cases to peak in June, at between 300 and 400 a month.",
        "Neighbouring Rasland reported 97 cases, down from 150 a year ago.",
    )
]

MISSED = [
    # a count dated by a period (`last year`, `this year`) when the fact has no `when`: the
    # count may be of another period, so it is left unjudged
    (HOMICIDES, "Harwick Police recorded 74 homicides last year."),
    (MEASLES, "The VHA recorded 1,248 measles cases this year."),
    # the fact's place is known only by its country (no gazetteer holds `Harwick` or
    # `Sollen`): another town of that country may hold it, so it fits
    (HOMICIDES, "Harwick Police published its annual crime figures in Brixley on Thursday."),
    (MEASLES, "The Velland Health Agency published its measles report in Berlin on Thursday."),
    # a national body's description scoped to the nation: its own count, but the words do not
    # tell it from a local body's (`Nationally, police`), so it is left unjudged
    (MEASLES, "Nationwide, the agency counted 1,300 measles cases."),
]

SCOPED_ELSEWHERE = [
    # a bare description of the fact's `who` scoped to a wider area or another place than the
    # fact's: other members of the kind, no mention of the fact
    (HOMICIDES, "Across England, police recorded 612 homicides."),
    (HOMICIDES, "Outside Harwick, police recorded 612 homicides."),
    (HOMICIDES, "Police in Wales recorded 612 homicides."),
    (HOMICIDES, "Police nationwide recorded 612 homicides."),
    (HOMICIDES, "Police recorded 612 homicides across England and Wales."),
    (HOMICIDES, "Police recorded 612 homicides in Wales."),
    (HOMICIDES, "Elsewhere, police recorded 612 homicides."),
    (HOMICIDES, "In Wales and Scotland combined, police recorded 690 homicides."),
    (HOMICIDES, "Nationally, police published the figures on Tuesday."),
    (HOMICIDES, "Police in Wales published its annual crime figures on Tuesday."),
    (MEASLES, "Across the EU, the agency counted 14,300 measles cases."),
    (MEASLES, "Outside Sollen, the agency counted 974 measles cases."),
]

SCOPED_HERE = [
    # the fact's own place, a proper name (`Harwick police` reads as `Harwick Police`), or no
    # scope: judged
    (HOMICIDES, "Police in Harwick recorded 612 homicides.", {"homicides:count"}),
    (HOMICIDES, "Police recorded 612 homicides in Harwick.", {"homicides:count"}),
    (HOMICIDES, "Harwick police recorded 612 homicides.", {"homicides:count"}),
    (HOMICIDES, "Nationally, Harwick police recorded 612 homicides.", {"homicides:count"}),
    (HOMICIDES, "Police recorded 612 homicides.", {"homicides:count"}),
    (HOMICIDES, "Police published its annual crime figures on Tuesday.", {"published:when"}),
    (MEASLES, "In Sollen, the agency counted 1,300 measles cases.", {"cases:count"}),
    (MEASLES, "The agency counted 1,300 measles cases.", {"cases:count"}),
    (
        MEASLES,
        "The agency published its measles report in Sollen on Monday.",
        {"reported:when"},
    ),
    # a place after the phrase of a fact with a `where` is the act's, not a scope
    (
        MEASLES,
        "The agency published its measles report in Berlin on Monday.",
        {"reported:when"},
    ),
]

CONTRADICTIONS = [
    (
        HOMICIDES,
        "Harwick Police published its annual crime figures on Tuesday.",
        {"published:when"},
    ),
    (
        HOMICIDES,
        '"Every one of these numbers is a family that will always be the same," Ruth Okafor said.',
        {"okafor-quote:quote"},
    ),
    (
        MEASLES,
        "The Velland Health Agency published its measles report on Monday.",
        {"reported:when"},
    ),
    (
        MEASLES,
        '"This is what happens when a generation skips its first dose," Dr Helena Brandt said.',
        {"brandt-quote:quote"},
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


@pytest.mark.parametrize("story, text", SCOPED_ELSEWHERE)
def test_a_description_scoped_elsewhere_is_no_mention_of_the_fact(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


@pytest.mark.parametrize("story, text, expected", SCOPED_HERE)
def test_a_description_scoped_to_the_fact_s_place_or_not_at_all_is_judged(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_the_checker_misses_raise_nothing_else(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()
