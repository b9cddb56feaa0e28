"""Case table of false alarms found by checking invented stories (a dam's failure, a treaty's
signing) written long after the event, as anniversary pieces and opinion columns are: `one year
on`, `a year ago today`, what has happened since, inquiries and trials after it, memorials,
the writer's own memories and counterfactuals (`had the dam been repaired`), comparisons with
other disasters and treaties. The facts were written first, then the sentences that state
nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's own
event (``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

`factcheck validate` warned about the phrasing `gave way` (common words, no name of the event),
dropped before the first run; and it rejected `country: NO`, which YAML reads as false: its
message now says to quote the code.

First run (at d247725): 1 false contradiction in 120 cells (40 sentences, each checked against
every fact of its story), and 6 of the 9 contradictions caught on their slot. `The dam burst on a
Monday afternoon, when most people were at work`, a year on, was dated to the Monday before the
anniversary piece. Now a weekday after `a`, `an`, `one`, `every` or `each` is no date
(``ANY_WEEKDAY``). The contradictions still missed are in ``MISSED``: that same weekday, written
wrong (`on a Sunday in March 2026`: only the month is read, and it fits), a town the world
gazetteer does not hold (Ouro Preto, under 100,000 people), and a place after a phrasing that
names the fact's own (`signed the Tromso Accord in Oslo`: the accord's name fills the phrase's
place slot with Tromso, which confirms).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

DAM = """
story: valdera-dam
date: 2026-03-02
about: [dam]
entities:
  dam: {name: Valdera dam, aliases: [Valdera Dam], kind: event, mention_only: [the dam]}
  nunes: {name: Rita Nunes, aliases: [Nunes, Ms Nunes], kind: person}
places:
  brazil: {name: Brazil, country: BR}
  minas: {name: Minas Gerais, in: brazil}
  valdera: {name: Valdera, in: minas}
facts:
  - id: burst
    who: dam
    what: [burst, collapsed, failed]
    when: 2026-03-02
    where: valdera
  - id: dead
    who: dam
    what: [killed, dead, died]
    count: 41
  - id: nunes-quote
    who: nunes
    quote: The water came down the valley like a wall
"""

TREATY = """
story: tromso-accord
date: 2025-06-20
about: [accord]
entities:
  accord: {name: Tromso Accord, aliases: [Tromsø Accord], kind: product, mention_only: [the accord]}
  norway: {name: Norway, kind: organisation}
  iceland: {name: Iceland, kind: organisation}
  berg: {name: Ola Berg, aliases: [Berg], kind: person}
places:
  norway-place: {name: Norway, country: 'NO'}
  tromso: {name: Tromso, aliases: [Tromsø], in: norway-place}
facts:
  - id: signed
    who: [norway, iceland]
    what: [signed the Tromso Accord, signed the Tromsø Accord, signed the accord]
    when: 2025-06-20
    where: tromso
  - id: nations
    who: accord
    what: [nations, countries]
    count: 8
  - id: berg-quote
    who: berg
    quote: The Arctic belongs to those who protect it
"""

PUBLISHED = {
    DAM: dt.date(2027, 3, 2),  # a year on, a Tuesday; the dam burst on Monday, March 2, 2026
    TREATY: dt.date(2027, 6, 21),  # two years on, a Monday
}

FIRST_RUN = [
    (DAM, s)
    for s in (
        "One year on: the town the Valdera dam swept away",
        "A year ago today, the Valdera dam burst.",
        "The dam burst on a Monday afternoon, when most people were at work.",
        "Since then, three engineers have been charged.",
        "The trial opened in Belo Horizonte on Monday.",
        "A memorial to the 41 dead was unveiled in Valdera on Sunday.",
        "Had the dam been repaired in 2024, it would not have failed.",
        "Another dam in Minas Gerais collapsed in 2019, killing 270 people.",
        "The Mariana dam failed in 2015.",
        "The inquiry found the dam had been failing for months.",
        "Nunes, who lost her home, now lives in Sao Paulo.",
        "This week the company paid 1.2 billion reais in compensation.",
        "I remember the morning I drove into Valdera, two days after the dam gave way.",
        "A second dam at the site was drained in June.",
        "Two of the dead have never been found.",
        "The town has held a vigil every month since March 2026.",
        "The dam, built in 1978, held 12 million cubic metres of waste.",
        "A new dam will not be built in Valdera, the state said on Friday.",
        "Residents marched in the state capital on Saturday to mark the anniversary.",
        "The first victims' families were paid in December.",
    )
] + [
    (TREATY, s)
    for s in (
        "Two years after the Tromso Accord, the ice is still melting",
        "Norway and Iceland signed the accord two years ago this week.",
        "Since then, two more nations have joined.",
        "The accord now has 10 members.",
        "Canada signed a similar pact in Ottawa in 2026.",
        "Had Russia signed the accord, the talks would have gone differently.",
        "Norway and Iceland signed a fisheries deal in Reykjavik in 2019.",
        "The accord came into force on January 1, 2026.",
        "I was in Tromso the day the accord was signed.",
        "Iceland signed the Paris Agreement in 2016.",
        "Critics say the accord has achieved nothing in two years.",
        "The 2027 review of the accord was held in Oslo on Thursday.",
        "Norway did not sign the accord's 2026 annex.",
        "Berg, then foreign minister, now chairs the Arctic Council.",
        "Sea ice shrank by 8% in the two years after the signing.",
        "The accord was first proposed in 2021.",
        "Eight nations was always too few, one diplomat said.",
        "Nations that have not signed include Russia and China.",
        "Five years ago, no such accord seemed possible.",
        "The accord's secretariat opened in Tromso in March.",
    )
]

MISSED = [
    (DAM, "The Valdera dam burst on a Sunday in March 2026."),
    (DAM, "The Valdera dam collapsed in Ouro Preto."),
    (TREATY, "Norway and Iceland signed the Tromso Accord in Oslo."),
]

CONTRADICTIONS = [
    (DAM, "The Valdera dam killed 14 people.", {"dead:count"}),
    (DAM, '"The water came down the valley like a train," Nunes said.', {"nunes-quote:quote"}),
    (TREATY, "Norway and Iceland signed the Tromso Accord in 2024.", {"signed:when"}),
    (TREATY, "Norway and Iceland did not sign the Tromso Accord.", {"signed:what"}),
    (TREATY, "The Tromso Accord was first signed by six nations.", {"nations:count"}),
    (
        TREATY,
        '"The Arctic belongs to those who exploit it," Berg said at the signing.',
        {"berg-quote:quote"},
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


ANY_WEEKDAY = [
    (DAM, "The dam burst on a Monday afternoon, when most people were at work.", set()),
    (DAM, "The Valdera dam burst on a Friday.", set()),
    (DAM, "Residents have marched every Sunday since the Valdera dam burst.", set()),
    # still judged: a weekday of its own, near the article's date
    (DAM, "The Valdera dam burst on Sunday.", {"burst:when"}),
    (DAM, "The Valdera dam burst on Sunday, March 1, 2026.", {"burst:when"}),
]


@pytest.mark.parametrize("story, text, expected", ANY_WEEKDAY)
def test_a_weekday_after_an_article_or_a_quantifier_is_no_date(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
