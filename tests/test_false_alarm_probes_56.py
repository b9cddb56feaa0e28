"""Case table of false alarms looked for in invented stories (a dam collapse near Torvik, a
ferry sinking off Castel Ruso) told through timelines and explainers: "how it happened" pages
with dated entries (`2019:`, `March 4 -`, `14:32 GMT`), "key points" bullets, "what we know so
far" lists, and background paragraphs full of other events' dates, places and counts. The
facts were written first, then the sentences that state nothing contrary to them
(``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at 97e6e92): no false contradiction in 120 cells (40 sentences, each checked against
every fact of its story), and 6 of the 8 contradictions caught on their slot. No rule was added.
None of the dated entries was judged: a timeline line names no `who` of the fact (`2019:
Engineers warn that the dam's concrete is ageing ...`, `22:47 - The coastguard receives a mayday
call ...`), and background events name other parties (`The Costa Concordia capsized off Giglio
in January 2012`, `In 2004 a smaller dam at Alvik burst`). The two missed are the place known
only by its country, as in table 55: a town the story does not list in the fact's own country
(`Boden`, `Salerno`) may hold `Torvik` or `Castel Ruso` (in ``MISSED``). `factcheck validate`,
run after the first run, warned that `gave way` and `went down` name no event of their own;
they were dropped from the facts' `what`, which changed no figure.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

DAM = """
story: torvik-dam-collapse
date: 2027-03-04
about: [dam]
entities:
  dam: {name: Torvik Dam, aliases: [the Torvik dam], kind: organisation}
  lindqvist: {name: Governor Sara Lindqvist, aliases: [Sara Lindqvist, Lindqvist], kind: person}
places:
  torvik: {name: Torvik, country: SE}
facts:
  - id: collapsed
    who: dam
    what: [collapsed, burst]
    where: torvik
    when: 2027-03-04
  - id: evacuated
    who: dam
    what: [people were evacuated, evacuated]
    count: 12000
  - id: lindqvist-quote
    who: lindqvist
    quote: Nobody living below the dam should return home tonight
"""

FERRY = """
story: aurora-ferry-sinking
date: 2027-08-19
about: [ferry]
entities:
  ferry: {name: MV Aurora, aliases: [the Aurora, Aurora], kind: organisation}
  rossi: {name: Captain Marco Rossi, aliases: [Marco Rossi, Rossi], kind: person}
places:
  castel: {name: Castel Ruso, country: IT}
facts:
  - id: sank
    who: ferry
    what: [sank, capsized]
    where: castel
    when: 2027-08-19
  - id: rescued
    who: ferry
    what: [passengers were rescued, rescued]
    count: 318
  - id: rossi-quote
    who: rossi
    quote: The sea took her in less than ten minutes
"""

PUBLISHED = {
    DAM: dt.date(2027, 3, 5),  # a Friday: Thursday is March 4
    FERRY: dt.date(2027, 8, 20),  # a Friday: Thursday is August 19
}

FIRST_RUN = [
    (DAM, s)
    for s in (
        "1962: The Torvik Dam is completed after eight years of work on the Lule river.",
        "1985: A crack is found in the spillway; repairs take two years.",
        "2019: Engineers warn that the dam's concrete is ageing faster than expected.",
        "February 12 - Heavy rain begins across northern Sweden.",
        "March 3 - The river authority raises its flood warning to level three in Boden.",
        "06:15 CET - Residents of Gransby report water spilling over the crest.",
        "Key points: 14 villages lie downstream; the reservoir held 300 million cubic metres.",
        "What we know so far: two people are missing in Gransby, police say.",
        "In 2004 a smaller dam at Alvik burst, flooding 40 homes.",
        "Sweden has 190 large dams, most of them built between 1950 and 1980.",
        "The last major dam failure in Europe was in 2018, in northern Italy.",
        "Rescue teams from Norway and Finland arrived in Lulea on Friday.",
        "About 3,000 people were evacuated from Boden in the floods of 2000.",
        "Background: the dam was sold by the state to the utility Norrkraft in 1997.",
        "The government has promised an inquiry, due to report by December.",
        "Timeline of the night: the first siren sounded at 05:40, the second at 06:02.",
        "The Torvik dam collapsed early on Thursday, releasing water into the valley below.",
        "Sara Lindqvist said the army would stay in the valley until at least Sunday.",
        '"Nobody living below the dam should return home tonight," Lindqvist said on Thursday.',
        "Schools in six municipalities will stay closed until Monday, March 8.",
    )
] + [
    (FERRY, s)
    for s in (
        "How it happened: 21:10 - The Aurora leaves Napoli with 340 people on board.",
        "22:47 - The coastguard receives a mayday call 12 nautical miles off the coast.",
        "23:05 - A cargo ship, the Helga Maersk, reaches the scene.",
        "2009: The Aurora is built in Turku, Finland, for a Baltic operator.",
        "2021: She is sold to Tirrenia Lines and moved to the Mediterranean.",
        "June 2026 - An inspection in Genoa finds 11 faults, all since fixed, the owner says.",
        "Key points: the weather was calm, with a light wind from the west.",
        "What we know so far: 22 people are still missing, the coastguard says.",
        "The Costa Concordia capsized off Giglio in January 2012, killing 32 people.",
        "In 1991 the Moby Prince caught fire in Livorno harbour, and 140 people died.",
        "Italy's coastguard carried out 4,500 rescues at sea last year.",
        "The nearest hospital, in Salerno, took in 41 of the injured.",
        "Background: ferries on this route carry about 2 million passengers a year.",
        "Divers from Naples will search the wreck on Saturday.",
        "The Aurora sank off Castel Ruso late on Thursday, the coastguard said.",
        "Marco Rossi was the last to leave the ship, survivors said.",
        '"The sea took her in less than ten minutes," Rossi told Rai on Friday.',
        "An inquiry by prosecutors in Salerno opened on Friday, August 20.",
        "Timeline: the ship listed at 22:40 and was under water by 22:50.",
        "Tirrenia Lines said it had run the route since 2021 without an accident.",
    )
]

MISSED = [
    # the fact's place is known only by its country (no gazetteer holds `Torvik` or `Castel
    # Ruso`): another town of that country may hold it, so it fits
    (DAM, "The Torvik Dam burst in Boden early on Thursday."),
    (FERRY, "The MV Aurora capsized off Salerno on Thursday."),
]

CONTRADICTIONS = [
    (DAM, "The Torvik Dam collapsed on Tuesday, flooding the valley.", {"collapsed:when"}),
    (DAM, "After the Torvik dam gave way, 21,000 people were evacuated.", {"evacuated:count"}),
    (
        DAM,
        '"Nobody living below the dam should return home this week," Sara Lindqvist said.',
        {"lindqvist-quote:quote"},
    ),
    (FERRY, "The MV Aurora sank off Castel Ruso on Wednesday night.", {"sank:when"}),
    (FERRY, "After the Aurora went down, 381 passengers were rescued.", {"rescued:count"}),
    (
        FERRY,
        '"The sea took her in less than two minutes," Captain Marco Rossi said.',
        {"rossi-quote:quote"},
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
