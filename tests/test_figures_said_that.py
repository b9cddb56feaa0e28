"""A figure a name of the fact's `who` states in a `that` clause: `X said that 416 motorists died`.

The counted things open the reported clause (`that 416 motorists died`), so the name before
`said that` can only be the figure's source, and the figure is that name's fact when the name is
the fact's `who` (a health agency's death toll, a commission's count of people quarantined).
Case table: sentences that must now be found (and a changed figure caught on the count), and
near-misses that must stay unjudged: another word between `that` and the number (another
subject, a bound), no number, another speaker, another verb than `said`, a date of another time,
an `and` that adds another figure.

On the real news articles the rule finds `The National Highway Traffic Safety Administration
said that 416 motorists died` (CNN) and `Health bosses said that 28 people in close contact with
the hunter` (The Sun), and catches the planted `461` and `38` in them. Disabling the rule (the
``_SAID_THAT_COUNT`` test in ``Reading._subject``) fails every `FOUND` row below.

First run of this table (written with the rule, at the commit that adds both): 3 of 17 rows
failed. Two `FOUND` rows ended on `last year`, which dates the sentence in another year than
the story's, so the count was rightly not judged (the rows now end without it); and the
near-miss `NRSA asked whether 461 motorists died` was judged a contradiction with the rule
disabled too (a question read as a statement, no part of this rule: left out of the table).
"""

from __future__ import annotations

import datetime as dt

import pytest
from cases import verdict

STORY = """
story: storm-toll
date: 2013-11-27
about: [agency]
entities:
  agency:
    name: National Road Safety Agency
    aliases: [NRSA, the agency]
    kind: organisation
  police:
    name: State Police
    aliases: [police]
    kind: organisation
  lind:
    name: Ada Lind
    aliases: [Lind]
    kind: person
places: {}
facts:
  - id: motorists-died
    who: agency
    what: [motorists died during the holiday weekend]
    count: 416
"""
PUBLISHED = dt.date(2013, 11, 27)
TOLL = "motorists died during the holiday weekend."

FOUND = [
    (f"The National Road Safety Agency said that 416 {TOLL}", ("consistent", "")),
    (f"The National Road Safety Agency said that 461 {TOLL}", ("contradicted", "count")),
    (f"NRSA has also said that 416 {TOLL}", ("consistent", "")),
    (f"NRSA says that 300 {TOLL}", ("contradicted", "count")),
    (f"The agency said Tuesday that 461 {TOLL}", ("contradicted", "count")),
]

NEAR_MISSES = [
    # another word between `that` and the number: another subject, a bound, an owner
    f"NRSA said that police counted 461 {TOLL}",
    f"NRSA said that Lind thinks 461 {TOLL}",
    f"NRSA said that the 461 {TOLL}",
    # no number right after `that`
    f"NRSA said that {TOLL}",
    f"NRSA said that in all 461 {TOLL}",
    # another speaker: another entity of the story, or a name it does not know
    f"Police said that 461 {TOLL}",
    f"Lind said that 461 {TOLL}",
    f"Maria Ortiz said that 461 {TOLL}",
    # another verb than `said`: a doubt, a denial
    f"NRSA doubted that 461 {TOLL}",
    f"NRSA denied that 461 {TOLL}",
    # a statement dated at another time than the story's: another figure, not judged
    f"In 1998, NRSA said that 461 {TOLL}",
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_a_figure_its_who_said_is_found(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, STORY, PUBLISHED) == expected


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_unjudged(text: str) -> None:
    assert verdict(text, STORY, PUBLISHED)[0] == "omitted"
