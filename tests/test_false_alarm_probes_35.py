"""Case table of false alarms found by checking invented stories whose names hold places (a
senator named Paris retiring in Denver, a robot maker named after Boston unveiling a robot in
Tokyo), with names of outlets, teams and firms that hold places too (`The Denver Post`, `the
Boston Globe`, `New York Times`, `Manchester United`, `Bank of Japan`), places in people's names
and titles, and `-based` origins. The facts were written first, then the sentences that state
nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's own
event (``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.
`factcheck validate` warned about the phrasing `said she would retire` (common words, no name of
the event), dropped before the first run.

First run (at f6d2745): no false contradiction in 120 cells (40 sentences, each checked against
every fact of its story), and 8 of the 9 contradictions caught on their slot. No rule was added.
The contradiction still missed is in ``MISSED``: `in Washington`, a name the world gazetteer
holds for a city, a state and a capital, which it does not judge.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

SENATOR = """
story: paris-retires
date: 2027-05-03
about: [paris]
entities:
  paris: {name: Senator Ruth Paris, aliases: [Ruth Paris, Sen. Paris], kind: person}
places:
  us: {name: United States, aliases: [US, U.S.], country: US}
  colorado: {name: Colorado, in: us}
  denver: {name: Denver, in: colorado}
facts:
  - id: retired
    who: paris
    what: [announced her retirement, will retire]
    when: 2027-05-03
    where: denver
  - id: terms
    who: paris
    what: [terms in the Senate, Senate terms]
    count: 3
  - id: paris-quote
    who: paris
    quote: Colorado gave me everything and I gave it all I had
"""

ROBOT = """
story: atlas-unveiled
date: 2027-06-10
about: [bd]
entities:
  bd: {name: Boston Dynamics, kind: organisation}
  mori: {name: Kenji Mori, aliases: [Mori], kind: person}
places:
  japan: {name: Japan, country: JP}
  tokyo: {name: Tokyo, in: japan}
facts:
  - id: unveiled
    who: bd
    what: [unveiled its new robot, unveiled Atlas 3, showed off Atlas 3]
    when: 2027-06-10
    where: tokyo
  - id: price
    who: bd
    what: [will sell for, priced at]
    count: 150000
    unit: $
  - id: mori-quote
    who: mori
    quote: It walks better than I do
"""

PUBLISHED = {
    SENATOR: dt.date(2027, 5, 4),  # a Tuesday: Monday is May 3
    ROBOT: dt.date(2027, 6, 11),  # a Friday: Thursday is June 10
}

FIRST_RUN = [
    (SENATOR, s)
    for s in (
        "Senator Ruth Paris announced her retirement in Denver on Monday.",
        "The Denver Post first reported on Sunday that Paris would retire.",
        "Paris told The New York Times in 2025 that she would not run again.",
        "Paris said she would retire to Boulder, where she was born.",
        "Paris will travel to Paris, France, in June for a climate summit.",
        "Sen. Paris, 71, was first elected in 2008.",
        "Paris's husband, Tom, a former Washington Post editor, stood beside her.",
        "The Colorado Democrat said she would serve until January 2029.",
        "Paris announced her first run for the Senate in Aurora in 2007.",
        "Her retirement leaves Colorado with an open seat for the first time since 2014.",
        "Paris, a former mayor of Fort Collins, has served three terms.",
        "Paris Hilton's hotel in Denver hosted the farewell party.",
        "Representative John Lake of Texas also said he would retire, in Houston.",
        "The Paris Agreement was one of her causes.",
        "Manchester United fans in Denver watched the final at a bar on Colfax Avenue.",
        "Paris did not announce her retirement in Washington, as aides had expected.",
        "Paris Street in Denver was renamed in her honour in 2020.",
        "She will hold a farewell event at the Denver Art Museum in September.",
        "Paris was born in Boulder in 1956.",
        "The Washington Post said Paris had told colleagues in April.",
    )
] + [
    (ROBOT, s)
    for s in (
        "Boston Dynamics unveiled Atlas 3 at a trade show in Tokyo on Thursday.",
        "The Boston-based company was founded in 1992 as a spin-off from MIT.",
        "Boston Dynamics, of Waltham, Massachusetts, is owned by Hyundai.",
        "The Boston Globe reported last week that the launch would be in Tokyo.",
        "Boston Dynamics unveiled its first Atlas robot in Boston in 2013.",
        "Bank of Japan officials visited the stand.",
        "Tokyo Electric Power will test two of the robots at a plant in Fukushima.",
        "Mori, who heads Hyundai's Tokyo robotics lab, said the robot walks faster.",
        "Atlas 2 was shown off in Las Vegas in January 2025.",
        "A Boston terrier was among the visitors.",
        "The robot is priced at 150,000 dollars in the US and 22 million yen in Japan.",
        "The Atlas 2 sold for 180,000 dollars.",
        "Boston Dynamics did not unveil its dog robot, Spot 3, in Tokyo.",
        "New York Times technology writers tried the robot in Tokyo.",
        "The company will show the robot in Berlin in September.",
        "Boston Dynamics employs 900 people, most of them in Massachusetts.",
        "Hyundai bought Boston Dynamics for 1.1 billion dollars in 2021.",
        "The Tokyo show runs until Sunday.",
        "Its rival, Tokyo-based Kairo Robotics, unveiled a robot in Osaka on Tuesday.",
        '"It walks better than I do," Mori joked.',
    )
]

MISSED = [(SENATOR, "Senator Ruth Paris announced her retirement in Washington.")]

CONTRADICTIONS = [
    (SENATOR, "Senator Ruth Paris announced her retirement on Sunday.", {"retired:when"}),
    (SENATOR, "Senator Ruth Paris served four terms in the Senate.", {"terms:count"}),
    (
        SENATOR,
        '"Colorado gave me everything and I gave it all I could," Ruth Paris said.',
        {"paris-quote:quote"},
    ),
    (ROBOT, "Boston Dynamics unveiled Atlas 3 on Wednesday.", {"unveiled:when"}),
    (ROBOT, "Boston Dynamics unveiled Atlas 3 in Osaka.", {"unveiled:where"}),
    (ROBOT, "Boston Dynamics said the robot will sell for $120,000.", {"price:count"}),
    (ROBOT, "Boston Dynamics did not unveil Atlas 3.", {"unveiled:what"}),
    (ROBOT, '"It walks worse than I do," Kenji Mori said.', {"mori-quote:quote"}),
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
