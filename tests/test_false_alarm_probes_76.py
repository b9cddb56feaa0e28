"""Case table of false alarms looked for in an invented story told as a football match report (a
club's home win over a rival, its striker's two goals and late winner, the crowd, the manager's
words): other minutes and other players' goals, earlier meetings and the next one, season
tallies and career totals, the table, a rival manager's play on the manager's words, a drought
told with `not ... since`. The facts were written first (`factcheck validate` followed: the
goals tied to the opponent, `goals against Dunmore`, and the minute to the winner, `scored the
winner in the minute`), then the sentences (``FIRST_RUN``, ``CONTRADICTIONS``), all before the
checker first ran on them.

First run (at 012bdb4): 1 false contradiction in 100 cells (20 sentences, each checked against
the story's five facts), and 4 of the 5 contradictions caught on their slot. The false one is
now left unjudged by its rule: a count in a clause that tells another meeting of the same sides
(`Osei, who scored four goals against Dunmore in the reverse fixture last season, ...`,
``FIXTURES``). The miss is now caught: a tally's value after `of` followed by a verb in the past
(`A crowd of 24,412 saw Rovers beat Dunmore`, ``TALLIES``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

MATCH = """story: harwick-rovers-beat-dunmore
date: 2027-10-16
about: [rovers]
entities:
  rovers: {name: Harwick Rovers, aliases: [Rovers, Harwick], kind: team}
  dunmore: {name: Dunmore Athletic, aliases: [Dunmore], kind: team}
  osei: {name: Kwame Osei, aliases: [Osei], kind: person}
  brandt: {name: Ulla Brandt, aliases: [Brandt], kind: person}
places:
  uk: {name: United Kingdom, country: GB}
  england: {name: England, in: uk}
  harwick: {name: Harwick, in: england}
  riverside: {name: Riverside Park, in: harwick}
facts:
  - id: beat-dunmore
    who: rovers
    what: [beat Dunmore Athletic, beat Dunmore, win over Dunmore, victory over Dunmore]
    where: riverside
    when: 2027-10-16
  - id: osei-goals
    who: osei
    what: [goals against Dunmore, scored twice against Dunmore]
    count: 2
  - id: winner-minute
    who: osei
    what: [scored the winner in the minute, winning goal in the minute]
    count: 88
    ordinal: true
  - id: attendance
    who: rovers
    what: [crowd of, attendance of]
    count: 21412
  - id: brandt-quote
    who: brandt
    quote: We never stopped believing, not even for a second
"""
PUBLISHED = dt.date(2027, 10, 17)  # a Sunday: Rovers beat Dunmore on Saturday, October 16

FIRST_RUN = [
    "Harwick Rovers beat Dunmore Athletic 2-1 at Riverside Park on Saturday, their first win "
    "over Dunmore since 2019.",
    "Kwame Osei scored twice against Dunmore, taking his tally for the season to nine goals.",
    "Osei scored the winner in the 88th minute, two minutes after Dunmore's Lee Carter had hit "
    "the post in the 86th minute.",
    "A crowd of 21,412 watched Rovers beat Dunmore, the biggest at Riverside Park since a crowd"
    " of 23,000 saw the 1998 FA Cup replay.",
    "Dunmore had won 3-0 at Riverside Park in March, when Osei missed a penalty in the 12th "
    "minute.",
    "Rovers' win over Dunmore on Saturday lifts them to fourth in the table, three points "
    "behind Leeds on 24 points.",
    'Rovers manager Ulla Brandt said: "We never stopped believing, not even for a second. This'
    ' group is special."',
    'Dunmore boss Tony Reece said: "We never stopped believing either, but Osei was the '
    'difference."',
    "Osei, who scored four goals against Dunmore in the reverse fixture last season, now has 31"
    " goals in 60 games for Rovers.",
    "Dunmore's Carter scored in the 34th minute, before Osei scored the first of his two goals "
    "against Dunmore in the 51st minute.",
    "Rovers will face Dunmore again in the FA Cup third round on January 8.",
    "Rovers beat Dunmore at Riverside Park for the first time in eight attempts.",
    "The official attendance of 21,412 included 2,100 away fans.",
    "Osei's winning goal in the 88th minute was his 10th of the season.",
    "Rovers, who beat Dunmore 4-1 in the Championship play-off final in 2019, climbed to fourth.",
    "Brandt, 44, has won 11 of her 18 games since replacing Mark Doyle in May.",
    "Osei was substituted in the 90th minute to a standing ovation.",
    "Highlights of Rovers' win over Dunmore are on Match of the Day 2 at 10.30pm on Sunday.",
    "Rovers had not beaten Dunmore at home since 2019.",
    "Dunmore, who beat Rovers at Riverside Park on the opening day of last season, fell to 15th.",
]


@pytest.mark.parametrize("text", FIRST_RUN)
def test_a_match_report_raises_no_clash(text: str) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == set()


CONTRADICTIONS = [
    ("Harwick Rovers beat Dunmore Athletic at Riverside Park on Friday.", {"beat-dunmore:when"}),
    ("Kwame Osei scored the winner in the 78th minute.", {"winner-minute:count"}),
    ("A crowd of 24,412 saw Rovers beat Dunmore.", {"attendance:count"}),
    ('Brandt said: "We never stopped believing, not even for a minute."', {"brandt-quote:quote"}),
    ("Harwick Rovers did not beat Dunmore Athletic on Saturday.", {"beat-dunmore:what"}),
]


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_match_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == expected


FIXTURES = [
    # a count in a clause that tells another meeting of the same sides
    ("Osei scored four goals against Dunmore in the first leg.", set()),
    ("Osei scored three goals against Dunmore in their last meeting.", set()),
    # this meeting's, or no other meeting told (a season alone may be the fact's): judged
    ("Osei scored four goals against Dunmore on Saturday.", {"osei-goals:count"}),
    ("Osei scored three goals against Dunmore.", {"osei-goals:count"}),
]


@pytest.mark.parametrize("text, expected", FIXTURES)
def test_a_count_of_another_meeting_is_its_own(text: str, expected: set[str]) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == expected


TALLIES = [
    # a tally's value after `of`, followed by a verb in the past: its noun phrase has ended
    ("A crowd of 24,412 saw Rovers beat Dunmore.", {"attendance:count"}),
    ("A crowd of 21,412 watched Rovers beat Dunmore.", set()),
    # a noun after the number: not read
    ("A crowd of 24,412 fans saw Rovers beat Dunmore.", set()),
]


@pytest.mark.parametrize("text, expected", TALLIES)
def test_a_tally_before_a_verb_in_the_past_is_its_value(text: str, expected: set[str]) -> None:
    assert clashes_on(text, MATCH, PUBLISHED) == expected
