"""Case table of false alarms found by checking invented stories whose numbers stand beside
forecasts of them (a general election's result, a bank's quarterly profit): opinion polls and
exit polls, projections, analysts' expectations and consensus figures, seat changes, the last
election's and last year's figures, margins, turnout, targets and guidance. The facts were
written first, then the sentences that state nothing contrary to them (``FIRST_RUN``) and those
that state a wrong value for the fact's own event (``CONTRADICTIONS``), each to clash on its
slot, all before the checker first ran on them. `factcheck validate` warned that `won the
general election` names nothing of this event: the phrasings became `won the 2027 general
election` and `won Arden's general election` before the first run.

First run (at 2f443b8): 2 false contradictions in 140 cells (40 sentences, each checked against
every fact of its story), and 5 of the 7 contradictions caught on their slot. `The Civic Union
won 58 per cent of the vote in the capital` set the capital's share against the country's; and
the bank's profit, written `count: 2.4` with `note: billion`, clashed with the right figure
(`$2.4 billion` is 2,400,000,000; the note is never read). Now a figure whose phrase goes on
with a part of the place, for a share in per cent (`in the capital`, `across the north`, a
place that is not a `where` of the story nor holds one), is that part's, not judged
(``PARTS``); and `factcheck validate` warns
about a count with a scale in its note, and about a count in per cent with no `unit: '%'` (a
number written `45.1%` is otherwise in another unit, never judged). The facts are written as
those warnings advise (`count: 2400000000`, `unit: '%'`), which catches `45.1% of the vote`. The
contradiction still missed is in ``MISSED``: the win told with words the advised phrasings do
not hold (`won the general election on Friday`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import parse_story
from factcheck.facts import story_warnings
from tests.cases import clashes_on

ELECTION = """
story: arden-election
date: 2027-05-06
about: [union-party]
entities:
  union-party: {name: Civic Union, aliases: [the Civic Union], kind: organisation}
  reform: {name: Reform Alliance, kind: organisation}
  okoye: {name: Ada Okoye, aliases: [Okoye, Ms Okoye], kind: person}
places:
  arden: {name: Arden, country: NZ}
facts:
  - id: won
    who: union-party
    what: [won the 2027 general election, won Arden's general election]
    when: 2027-05-06
    where: arden
  - id: seats
    who: union-party
    what: [seats in parliament, parliamentary seats, seats in the 200-seat parliament]
    count: 112
  - id: share
    who: union-party
    what: [per cent of the vote, percent of the vote, '% of the vote']
    count: 41.5
    unit: '%'
  - id: okoye-quote
    who: okoye
    quote: Arden has chosen to move forward together
"""

PROFIT = """
story: harbor-bank-q1
date: 2027-04-20
about: [harbor]
entities:
  harbor: {name: Harbor Bank, aliases: [Harbor], kind: organisation}
  lee: {name: Grace Lee, aliases: [Lee, Ms Lee], kind: person}
places: {}
facts:
  - id: profit
    who: harbor
    what: [net profit of, made a net profit of, reported a net profit of]
    count: 2400000000
    unit: $
  - id: reported
    who: harbor
    what: [reported first-quarter results, reported its first-quarter results]
    when: 2027-04-20
  - id: lee-quote
    who: lee
    quote: Our customers kept borrowing when others pulled back
"""

PUBLISHED = {
    ELECTION: dt.date(2027, 5, 8),  # a Saturday: Thursday is May 6
    PROFIT: dt.date(2027, 4, 21),  # a Wednesday: Tuesday is April 20
}

FIRST_RUN = [
    (ELECTION, s)
    for s in (
        "The final opinion poll gave the Civic Union 38 per cent of the vote.",
        "An exit poll projected 104 seats for the Civic Union.",
        "The Civic Union had been expected to win about 95 seats in the 200-seat parliament.",
        "In 2022 the Civic Union won 88 seats and 33.1% of the vote.",
        "The Reform Alliance won 61 seats, down from 79.",
        "The Civic Union gained 24 seats.",
        "Turnout was 71 per cent, up from 64 per cent.",
        "Polls had the Civic Union on 35% to 40% of the vote for most of the campaign.",
        "The Civic Union needed 101 seats for a majority.",
        "Okoye, 52, becomes the first woman to lead the Civic Union to victory.",
        "The Civic Union last won a general election in 2011.",
        "The Civic Union won 58 per cent of the vote in the capital.",
        "Counting in three districts will finish on Monday.",
        "A poll for the Arden Herald on Tuesday put the party on 43 per cent.",
        "The Civic Union would have won 120 seats under the old boundaries, analysts said.",
        "The Greens won 9 seats and 6.2% of the vote.",
        "The Civic Union's 112 seats give it a majority of 24.",
        "Markets rose 2% on Friday after the result.",
        "Okoye won her own seat with 61% of the vote.",
        "The next election is due in 2032.",
    )
] + [
    (PROFIT, s)
    for s in (
        "Analysts had expected a net profit of $2.1 billion, according to a consensus figure.",
        "Harbor Bank made a net profit of $1.9 billion in the first quarter of 2026.",
        "Harbor's revenue rose 8% to $9.7 billion.",
        "Harbor reported second-quarter results of $2.2 billion in July 2026.",
        "Rival Keystone reported a net profit of $3.1 billion on Monday.",
        "Harbor expects a net profit of $10 billion for the full year.",
        "Its investment bank made a profit of $600 million.",
        "Harbor set aside $800 million for bad loans.",
        "Harbor shares rose 3.5% in New York on Tuesday.",
        "Lee, who became chief executive in 2024, said lending grew 6%.",
        "Harbor will report second-quarter results on July 19.",
        "Excluding one-off items, profit was $2.6 billion.",
        "Harbor's net profit was up 26% on a year earlier.",
        "The bank's return on equity was 14.2%, against a target of 15%.",
        "Harbor made a net profit of $8.9 billion in 2026 as a whole.",
        "Consumer lending, at $310 billion, hit a record.",
        "Harbor employs 140,000 people in 40 countries.",
        "The results beat forecasts for the fourth quarter in a row.",
        "Harbor plans to buy back $5 billion of shares this year.",
        "Harbor's net profit of $2.4 billion compared with $2.1 billion expected.",
    )
]

MISSED = [(ELECTION, "The Civic Union won the general election on Friday.")]

CONTRADICTIONS = [
    (ELECTION, "The Civic Union won 121 seats in parliament.", {"seats:count"}),
    (ELECTION, "The Civic Union won 45.1% of the vote.", {"share:count"}),
    (
        ELECTION,
        '"Arden has chosen to move backward together," Ada Okoye said.',
        {"okoye-quote:quote"},
    ),
    (PROFIT, "Harbor Bank reported a net profit of $2.9 billion.", {"profit:count"}),
    (PROFIT, "Harbor Bank reported first-quarter results on Monday.", {"reported:when"}),
    (
        PROFIT,
        '"Our customers stopped borrowing when others pulled back," Grace Lee said.',
        {"lee-quote:quote"},
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


PARTS = [
    (ELECTION, "The Civic Union won 58 per cent of the vote in the capital.", set()),
    (ELECTION, "The Civic Union won 63% of the vote in Northshire.", set()),
    (ELECTION, "The Civic Union won 52 per cent of the vote across the north.", set()),
    # still judged: the whole place, or none
    (ELECTION, "The Civic Union won 45.1% of the vote in Arden.", {"share:count"}),
    (ELECTION, "The Civic Union won 45.1% of the vote.", {"share:count"}),
]


@pytest.mark.parametrize("story, text, expected", PARTS)
def test_a_figure_for_a_part_of_the_place_is_not_the_whole_s(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


def test_validate_warns_about_a_scale_in_the_note_and_a_share_with_no_unit() -> None:
    profit = PROFIT.replace("    count: 2400000000\n", "    count: 2.4\n    note: billion\n")
    (scale,) = story_warnings(parse_story(profit, "story.yaml"))
    assert "count: 2400000000" in scale.better
    share = ELECTION.replace("    unit: '%'\n", "")
    (unit,) = story_warnings(parse_story(share, "story.yaml"))
    assert "unit: '%'" in unit.better
