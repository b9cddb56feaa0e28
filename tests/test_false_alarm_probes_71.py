"""Case table of false alarms looked for in an invented story told through blame and
accusation (a mayor blaming a city's transit authority for a week of delays, on a call with
donors, and the authority's chairman resigning the next day): other people's blame at other
times and places, the fact's act repeated later elsewhere, counts of other days, the rival's
paraphrase of the mayor's words, a prediction of the resignation denied before it came, and a
reader's post with the date it was posted. The facts were written first (`factcheck validate`
raised nothing), then the sentences (``FIRST_RUN``, ``CONTRADICTIONS``), all before the checker
first ran on them.

First run (at 3c6fa7b): 2 false contradictions in 100 cells (20 sentences, each checked against
the story's five facts), and all 5 contradictions caught on their slot. Both are now left
unjudged by their rules: a negation of the act on one of several objects (`Ortiz did not blame
the MTA alone: she also blamed the state legislature`, ``ALONE``), and an embedded post whose
signature ends its line, the line being no longer than a post (`Mayor Ortiz blamed the MTA
today. Shameful. -- Springfield GOP (@SpringfieldGOP) February 9, 2027`: its `today` is the
post's day; ``tests/test_segments.py``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

BLAME = """story: ortiz-blames-agency
date: 2027-02-10
about: [ortiz]
entities:
  ortiz: {name: Carmen Ortiz, aliases: [Ortiz, Mayor Ortiz], kind: person}
  agency: {name: Metro Transit Authority, aliases: [MTA, the transit authority], kind: organisation}
  holt: {name: Derek Holt, aliases: [Holt], kind: person}
places:
  us: {name: United States, country: US}
  illinois: {name: Illinois, in: us}
  springfield: {name: Springfield, in: illinois}
facts:
  - id: blamed
    who: ortiz
    what: [blamed the Metro Transit Authority, blamed the MTA, blamed the transit authority]
    where: springfield
    when: 2027-02-10
  - id: call
    who: ortiz
    what: [said on a call with donors, told donors on a call]
    when: 2027-02-10
  - id: delays
    who: agency
    what: [trains were delayed]
    count: 340
  - id: ortiz-quote
    who: ortiz
    quote: The MTA's failures cost this city a week of work
  - id: holt-resign
    who: holt
    what: [resigned as chairman of the MTA]
    when: 2027-02-11
"""
PUBLISHED = dt.date(2027, 2, 12)  # a Friday: Ortiz blamed the MTA on Wednesday

FIRST_RUN = [
    "Mayor Carmen Ortiz blamed the Metro Transit Authority on Wednesday for a week of chaos, a "
    "charge the MTA rejected on Thursday.",
    "Ortiz, who blamed the MTA for the 2025 blackout as well, said on a call with donors on "
    "Wednesday that she had run out of patience.",
    "Derek Holt resigned as chairman of the MTA on Thursday, a day after Ortiz blamed the transit"
    " authority for the delays.",
    "Holt, who had refused to resign as chairman of the MTA in 2026, stepped down on Thursday.",
    "Ortiz's predecessor, Jim Farley, blamed the MTA in 2019 when 120 trains were delayed in a "
    "snowstorm.",
    "The transit authority said 340 trains were delayed last week, and 85 were cancelled outright.",
    "Ortiz blamed the Metro Transit Authority, not the weather, for the delays.",
    "Ortiz did not blame the MTA alone: she also blamed the state legislature.",
    "Holt blamed the weather, saying 200 trains were delayed by ice on Monday alone.",
    'Ortiz said: "The MTA\'s failures cost this city a week of work, and I will not stand for it."',
    "Holt replied: \"Nobody's failures cost this city a week of work except the storm's.\"",
    "Ortiz told donors on a call on Wednesday that she would blame the MTA again if the trains "
    "failed in March.",
    "Ortiz, speaking in Chicago on Thursday, repeated that she blamed the transit authority.",
    "The recording of the call, in which Ortiz blamed the MTA, was leaked to the Springfield "
    "Register on Thursday.",
    "Holt resigned as chairman of the MTA on Thursday; his deputy, Ana Ruiz, resigned as chairman"
    " of the MTA's finance committee in January.",
    "Ortiz has blamed the MTA before: in a 2024 speech in Peoria she blamed the transit authority"
    " for fare rises.",
    "340 trains were delayed over the week, including 95 on Wednesday, when Ortiz blamed the MTA.",
    "Ortiz never blamed the MTA's drivers, only its managers, she said on a call with donors.",
    "Mayor Ortiz blamed the MTA today. Shameful. — Springfield GOP (@SpringfieldGOP) February 9, "
    "2027",
    "Holt will not resign as chairman of the MTA, a spokesman said on Tuesday, two days before "
    "Holt resigned as chairman of the MTA.",
]


@pytest.mark.parametrize("text", FIRST_RUN)
def test_blame_reports_raise_no_clash(text: str) -> None:
    assert clashes_on(text, BLAME, PUBLISHED) == set()


CONTRADICTIONS = [
    ("Mayor Ortiz blamed the Metro Transit Authority on Tuesday.", {"blamed:when"}),
    ("Ortiz blamed the MTA in Chicago on Wednesday.", {"blamed:where"}),
    ("The MTA said 430 trains were delayed.", {"delays:count"}),
    ('Ortiz said: "The MTA\'s failures cost this city a month of work."', {"ortiz-quote:quote"}),
    ("Holt resigned as chairman of the MTA on Wednesday.", {"holt-resign:when"}),
]


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_blame_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, BLAME, PUBLISHED) == expected


ALONE = [
    # a negation of the act on one object alone: it may have been done to that one and others
    ("Ortiz did not blame the MTA alone: she also blamed the state legislature.", set()),
    ("Ortiz did not blame the transit authority alone for the delays.", set()),
    # the act denied outright: judged
    ("Ortiz did not blame the MTA for the delays.", {"blamed:what"}),
    ("Ortiz never blamed the MTA.", {"blamed:what"}),
]


@pytest.mark.parametrize("text, expected", ALONE)
def test_a_negation_of_the_act_on_one_object_alone_is_not_judged(
    text: str, expected: set[str]
) -> None:
    assert clashes_on(text, BLAME, PUBLISHED) == expected
