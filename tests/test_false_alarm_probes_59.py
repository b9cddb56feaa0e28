"""Case table of false alarms looked for in invented stories full of negations that are not on
the fact's own act (a non-league club's cup final win at Wembley, a bakery group's job cuts in
Leeds): droughts (`had not won ... since 1998`), rankings (`not the first ... to`), negations of
another predicate (`did not say when`, `has not ruled out further`), of another subject (`Dorking
did not win`, `Rival Harrow Bakeries did not announce any`), of another place or date (`not in
Bradford as rumoured`, `not Saturday as first planned`), negations that affirm (`It was not until
the 89th minute that`, `Not only did Harlow win`, `No one can deny that`, `didn't just win`),
a counterfactual (`could not have won ... without`) and a quote of someone else's doubts. The
facts were written first (`factcheck validate` followed: `won the final` dropped), then the
sentences that state nothing contrary to them (``FIRST_RUN``) and those that state a wrong value
for the fact's own event (``CONTRADICTIONS``), each to clash on its slot, all before the checker
first ran on them.

First run (at fd00e39): no false contradiction in 40 cells (40 sentences, one fact each), and 5
of the 9 contradictions caught on their slot. The misses are in ``MISSED``: an antonym (`Harlow
lost the FA Trophy final`); a place before a noun (`at its Bradford bakery`); and, for the job
cuts, the date and the denial of the act in sentences that give no number: a fact with a
`count` is found only where its number is given. Written as two facts, the act with its date and
place and the count on its own (``SPLIT``), both are caught.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

HARLOW = """
story: harlow-trophy
date: 2027-05-16
about: [harlow]
entities:
  harlow: {name: Harlow Town, aliases: [Harlow], kind: organisation}
  dorking: {name: Dorking Wanderers, aliases: [Dorking], kind: organisation}
places:
  england: {name: England, country: GB}
  london: {name: London, in: england}
  wembley: {name: Wembley, aliases: [Wembley Stadium], in: london}
facts:
  - id: won-trophy
    who: harlow
    what: [won the FA Trophy, won the FA Trophy final]
    where: wembley
    when: 2027-05-16
"""

BRIGHTWELL = """
story: brightwell-cuts
date: 2027-01-12
about: [brightwell]
entities:
  brightwell: {name: Brightwell Foods, aliases: [Brightwell], kind: organisation}
places:
  england: {name: England, country: GB}
  leeds: {name: Leeds, in: england}
facts:
  - id: job-cuts
    who: brightwell
    what: [announced job cuts, job cuts]
    count: 300
    where: leeds
    when: 2027-01-12
"""

PUBLISHED = {
    HARLOW: dt.date(2027, 5, 17),  # a Monday: the final was on Sunday, May 16
    BRIGHTWELL: dt.date(2027, 1, 13),  # a Wednesday: the cuts were announced on Tuesday
}

FIRST_RUN = [
    (HARLOW, s)
    for s in (
        "Harlow had not won the FA Trophy since 1998.",
        "Nobody expected Harlow to win the FA Trophy this season.",
        "Harlow are not the first part-time club to win the FA Trophy.",
        "Harlow won the FA Trophy without conceding a goal in the second half.",
        "Dorking did not win the FA Trophy, losing 2-1.",
        "Harlow's manager never doubted they would win the FA Trophy final.",
        "Harlow won the FA Trophy, but not the league, where they finished fourth.",
        "It was not until the 89th minute that Harlow won the FA Trophy final with a header.",
        "Harlow won the FA Trophy final despite not having played at Wembley before.",
        "Harlow won the FA Trophy, something no club from Essex had done.",
        '"We never thought we would win the FA Trophy," said captain Joe Marsh.',
        "Harlow won the FA Trophy final, although not without a scare in stoppage time.",
        "Harlow could not have won the FA Trophy final without their goalkeeper.",
        "Not only did Harlow win the FA Trophy, they also won the county cup.",
        "No one can deny that Harlow won the FA Trophy final on merit.",
        "Harlow won the FA Trophy at Wembley, not at Villa Park as in 2020.",
        "Harlow failed to win the FA Trophy in 2024, losing the semi-final.",
        "Harlow won the FA Trophy final on Sunday, not Saturday as first planned.",
        "Dorking have never won the FA Trophy.",
        "Harlow didn't just win the FA Trophy final; they dominated it.",
    )
] + [
    (BRIGHTWELL, s)
    for s in (
        "Brightwell did not say when the job cuts would take effect.",
        "The job cuts are not the first at Brightwell: it cut 120 jobs in 2023.",
        "Unions said they had not been consulted before Brightwell announced the job cuts.",
        "Brightwell announced 300 job cuts, not the 500 some had feared.",
        "Brightwell has not ruled out further job cuts.",
        "Brightwell announced the job cuts, which no one at the Leeds bakery had expected.",
        "The company would not confirm how many of the 300 job cuts would be in Leeds.",
        "Brightwell never explained why it announced the job cuts on Tuesday.",
        "None of Brightwell's other bakeries is affected by the job cuts.",
        "The job cuts do not affect Brightwell's 40 drivers.",
        "Brightwell announced 300 job cuts in Leeds, not in Bradford as rumoured.",
        "Brightwell's shares barely moved after it announced the job cuts.",
        "Brightwell announced the job cuts without warning on Tuesday.",
        "No decision on the job cuts is final until talks end in March, the union said.",
        "Brightwell announced 300 job cuts on Tuesday; it had denied on Monday that any were"
        " planned.",
        "It is not unusual for bakers to announce job cuts after Christmas.",
        "Brightwell announced no job cuts at its Hull plant.",
        "Rival Harrow Bakeries did not announce any job cuts.",
        "Brightwell announced 300 job cuts in Leeds, though not all will be compulsory.",
        "Brightwell has announced job cuts before, but never on this scale.",
    )
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_negations_of_something_else_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (HARLOW, "Harlow did not win the FA Trophy final.", {"won-trophy:what"}),
    (HARLOW, "Harlow won the FA Trophy final in Birmingham on Sunday.", {"won-trophy:where"}),
    (HARLOW, "Harlow won the FA Trophy on Saturday.", {"won-trophy:when"}),
    (HARLOW, "Harlow never won the FA Trophy final.", {"won-trophy:what"}),
    (BRIGHTWELL, "Brightwell announced 200 job cuts at its Leeds bakery.", {"job-cuts:count"}),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_denied_or_wrong_value_clashes(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


MISSED = [
    (HARLOW, "Harlow lost the FA Trophy final."),  # an antonym is no negation
    (BRIGHTWELL, "Brightwell announced 300 job cuts at its Bradford bakery."),  # before a noun
    (BRIGHTWELL, "Brightwell did not announce job cuts on Tuesday."),  # no number given
    (BRIGHTWELL, "Brightwell announced the job cuts on Wednesday."),  # no number given
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_still_missed(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


BRIGHTWELL_SPLIT = """
story: brightwell-cuts
date: 2027-01-12
about: [brightwell]
entities:
  brightwell: {name: Brightwell Foods, aliases: [Brightwell], kind: organisation}
places:
  england: {name: England, country: GB}
  leeds: {name: Leeds, in: england}
facts:
  - id: job-cuts-announced
    who: brightwell
    what: [announced job cuts]
    where: leeds
    when: 2027-01-12
  - id: job-cuts
    who: brightwell
    what: [job cuts]
    count: 300
"""

SPLIT = [
    # (text, the clashes expected): the act's date and place in a fact of their own are judged
    # wherever the act is told, the count wherever its number is given
    ("Brightwell did not announce job cuts on Tuesday.", {"job-cuts-announced:what"}),
    ("Brightwell announced the job cuts on Wednesday.", {"job-cuts-announced:when"}),
    ("Brightwell announced 200 job cuts at its Leeds bakery.", {"job-cuts:count"}),
    ("Brightwell announced the job cuts without warning on Tuesday.", set()),
    ("Brightwell announced no job cuts at its Hull plant.", set()),
    ("Rival Harrow Bakeries did not announce any job cuts.", set()),
]


@pytest.mark.parametrize("text, expected", SPLIT)
def test_the_act_and_its_count_as_two_facts(text: str, expected: set[str]) -> None:
    assert clashes_on(text, BRIGHTWELL_SPLIT, PUBLISHED[BRIGHTWELL]) == expected
