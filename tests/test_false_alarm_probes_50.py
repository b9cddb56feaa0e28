"""Case table of false alarms looked for in invented stories (a judge's extradition ruling, a
union's strike ballot) told through conditionals and counterfactuals, as explainers and
analysis pieces tell them: `if he loses his appeal`, `had the judge refused`, `would have`,
`could approve ... as early as`, `what happens if`, `had only 40 per cent voted in favour`,
`supporters had hoped she would not`, `under the Act, a defendant has seven days`: the fact's
own phrasing with another value that states nothing about what happened. The facts were
written first, then the sentences that state nothing contrary to them (``FIRST_RUN``) and those
that state a wrong value for the fact's own event (``CONTRADICTIONS``), each to clash on its
slot, all before the checker first ran on them.

First run (at 7104c51): 4 false contradictions in 120 cells (40 sentences, each checked against
every fact of its story), and all 9 contradictions caught on their slot. Three were conditions
told by inversion (`Had Judge Marsh ruled that Orlov can be extradited last year, ...`, `Had
only 40 per cent voted in favour, ...`, `Had the RWU backed strike action last month, ...`):
a sentence opening with `Had`, `Should` or `Were` and a subject sets a condition, and nothing
in it up to the next punctuation mark is judged. The fourth was a denial of the act's cause
(`did not vote to strike over pensions`): a denied phrase followed by `over` may deny only that
matter, and is not judged. A purpose or a cause after it is not such a complement (`has yet to
arrive in Russia for talks`, `did not vote to strike because of the heat`): the act is denied.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

EXTRADITION = """
story: orlov-extradition
date: 2027-11-03
about: [orlov]
entities:
  orlov: {name: Viktor Orlov, aliases: [Orlov, Mr Orlov], kind: person}
  court: {name: Westminster Magistrates' Court, kind: organisation}
  judge: {name: District Judge Helen Marsh, aliases: [Judge Marsh, Marsh], kind: person}
places:
  london: {name: London, country: GB}
facts:
  - id: ruled
    who: judge
    what: [ruled that Orlov can be extradited, approved Orlov's extradition]
    where: london
    when: 2027-11-03
  - id: appeal-days
    who: orlov
    what: [days to appeal]
    count: 14
  - id: marsh-quote
    who: judge
    quote: There is no bar to extradition in this case
"""

STRIKE = """
story: rail-strike-ballot
date: 2027-06-21
about: [rmu]
entities:
  rmu: {name: Rail Workers' Union, aliases: [RWU], mention_only: [the union], kind: organisation}
  hale: {name: Dana Hale, aliases: [Hale, Ms Hale], kind: person}
places: {}
facts:
  - id: voted
    who: rmu
    what: [voted to strike, backed strike action]
    when: 2027-06-21
  - id: share
    who: rmu
    what: [per cent of members voted in favour, per cent voted in favour]
    count: 84
    unit: '%'
  - id: hale-quote
    who: hale
    quote: Our members have been pushed to the brink
"""

PUBLISHED = {
    EXTRADITION: dt.date(2027, 11, 4),  # a Thursday: Wednesday is November 3
    STRIKE: dt.date(2027, 6, 22),  # a Tuesday: Monday is June 21
}

FIRST_RUN = [
    (EXTRADITION, s)
    for s in (
        "If Orlov loses his appeal, he could be extradited to the United States within 28 days.",
        "What happens if a judge rules that Orlov can be extradited? The case goes to the Home"
        " Secretary.",
        "Had Judge Marsh ruled that Orlov can be extradited last year, he would already be in New"
        " York.",
        "A judge in Edinburgh would have to approve Orlov's extradition if he were arrested in"
        " Scotland.",
        "Orlov has 14 days to appeal.",
        "If he appeals, the High Court could take up to 90 days to hear the case.",
        "Under the 2003 Extradition Act, a defendant normally has seven days to appeal a decision"
        " of the Home Secretary.",
        "Legal experts said the Home Secretary could approve Orlov's extradition as early as"
        " December.",
        'Judge Marsh said: "There is no bar to extradition in this case."',
        "Would Judge Marsh have ruled differently had the US not given assurances? Probably not,"
        " lawyers say.",
        "Orlov, 52, was arrested at Heathrow in March 2026.",
        "Had the hearing gone ahead in June as planned, the ruling would have come five months"
        " earlier.",
        "In a similar case in 2019, a judge in Belfast ruled that a banker could be extradited,"
        " but the High Court overturned the decision.",
        "If the Home Secretary signs the order, Orlov could be on a plane within 10 days.",
        "Marsh did not rule on whether Orlov's health would allow him to travel.",
        "Supporters had hoped Judge Marsh would not approve Orlov's extradition.",
        "Orlov's lawyers had asked for the ruling to be delayed until January.",
        "The US requested Orlov's extradition on 12 May 2026.",
        "Judge Marsh could have approved Orlov's extradition on Tuesday but adjourned the hearing"
        " by a day.",
        "Had Orlov been tried in Manchester, a different judge would have approved Orlov's"
        " extradition.",
    )
] + [
    (STRIKE, s)
    for s in (
        "If 50 per cent of members had not voted, the ballot would have been void under the 2016"
        " Trade Union Act.",
        "Had only 40 per cent voted in favour, the union could not have called a strike.",
        "Members would strike on 5 July if talks fail, the RWU said.",
        "The RWU voted to strike in 2022 as well, when 71 per cent voted in favour.",
        "What if the union had voted to strike in April? Trains would already have stopped.",
        "84% of members voted in favour on a turnout of 63%.",
        'Ms Hale said: "Our members have been pushed to the brink."',
        "A second union, the TSA, is expected to announce its ballot result on Friday.",
        "If the TSA also backs strike action, the network could shut down for three days.",
        "Had the RWU backed strike action last month, the dispute might already be over, analysts"
        " said.",
        "Should the government improve its offer, the union would not strike, Hale said.",
        "The union did not vote to strike over pensions, which are the subject of separate talks.",
        "In 2024, only 38 per cent voted in favour of industrial action.",
        "Commuters could face 12 days of walkouts over the summer.",
        "The ballot closed at noon on Monday.",
        "Union rules require that at least 50 per cent of members vote.",
        "Ministers had predicted that fewer than 60 per cent would vote in favour.",
        "Hale, the RWU's general secretary since 2023, said members would not be bullied.",
        "If the result is confirmed, the first walkout could be on Monday 5 July.",
        "Had turnout fallen below 50%, the 84% vote in favour would not have counted.",
    )
]

CONTRADICTIONS = [
    (
        EXTRADITION,
        "District Judge Helen Marsh approved Orlov's extradition on Tuesday.",
        {"ruled:when"},
    ),
    (
        EXTRADITION,
        "District Judge Helen Marsh approved Orlov's extradition in Manchester on Wednesday.",
        {"ruled:where"},
    ),
    (EXTRADITION, "Viktor Orlov has 28 days to appeal.", {"appeal-days:count"}),
    (
        EXTRADITION,
        'Judge Marsh said: "There is a bar to extradition in this case."',
        {"marsh-quote:quote"},
    ),
    (
        EXTRADITION,
        "District Judge Helen Marsh did not approve Orlov's extradition.",
        {"ruled:what"},
    ),
    (STRIKE, "The Rail Workers' Union voted to strike on Sunday.", {"voted:when"}),
    (
        STRIKE,
        "The Rail Workers' Union said 74 per cent of members voted in favour.",
        {"share:count"},
    ),
    (
        STRIKE,
        '"Our members have been pushed to breaking point," said Dana Hale.',
        {"hale-quote:quote"},
    ),
    (STRIKE, "The Rail Workers' Union did not vote to strike.", {"voted:what"}),
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_a_sentence_that_states_nothing_contrary_does_not_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_for_the_fact_s_own_event_clashes_on_its_slot(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


NOT_TOLD_AS_DONE = [
    # (story, text, the clashes expected): a condition told by inversion opening the sentence
    (
        EXTRADITION,
        "Had Judge Marsh ruled that Orlov can be extradited last year, he would already be in New"
        " York.",
        set(),
    ),
    (
        EXTRADITION,
        "Should District Judge Helen Marsh approve Orlov's extradition in Leeds, he will appeal.",
        set(),
    ),
    (
        STRIKE,
        "Had only 40 per cent voted in favour, the union could not have called a strike.",
        set(),
    ),
    (STRIKE, "Were the Rail Workers' Union to vote to strike in May, trains would stop.", set()),
    (
        EXTRADITION,
        "District Judge Helen Marsh had approved Orlov's extradition on Tuesday, court records"
        " show.",
        {"ruled:when"},
    ),
    (
        EXTRADITION,
        "District Judge Helen Marsh approved Orlov's extradition in Leeds.",
        {"ruled:where"},
    ),
    (
        STRIKE,
        "The Rail Workers' Union said 74 per cent of members voted in favour.",
        {"share:count"},
    ),
    (STRIKE, "The Rail Workers' Union had voted to strike last month.", {"voted:when"}),
    # a denial that may be of the matter after the phrase, not of a purpose or a cause
    (STRIKE, "The union did not vote to strike over pensions.", set()),
    (STRIKE, "The Rail Workers' Union did not vote to strike over the weekend.", set()),
    (STRIKE, "The Rail Workers' Union did not vote to strike because of the heat.", {"voted:what"}),
    (STRIKE, "The Rail Workers' Union did not vote to strike.", {"voted:what"}),
    (STRIKE, "The Rail Workers' Union did not vote to strike, Hale admitted.", {"voted:what"}),
]


@pytest.mark.parametrize("story, text, expected", NOT_TOLD_AS_DONE)
def test_a_condition_or_a_denied_complement_is_not_the_fact_s_act(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
