"""Case table of false alarms found by checking invented stories told beside another event of
the same kind in the same article (a coach crash on a day another coach crashed elsewhere in the
country, a festival's close beside last year's edition and other festivals): the other event's
date, place, count, people and quotes stand in sentences that use the fact's very phrasing. The
facts were written first, then the sentences that state nothing contrary to them (``FIRST_RUN``)
and those that state a wrong value for the fact's own event (``CONTRADICTIONS``), each to clash
on its slot, all before the checker first ran on them. `factcheck validate` warned that `came to
a close` names nothing of this event: the phrasing became `came to a close in Cork` before the
first run.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

CRASH = """
story: viseu-coach-crash
date: 2027-08-15
about: [tarsa]
entities:
  tarsa: {name: Tarsa Lines, aliases: [Tarsa], kind: organisation}
  ruiz: {name: Marta Ruiz, aliases: [Ruiz, Ms Ruiz], kind: person}
places:
  portugal: {name: Portugal, country: PT}
  viseu: {name: Viseu, in: portugal}
facts:
  - id: crashed
    who: tarsa
    what: [coach crashed, coach overturned, coach came off the road]
    when: 2027-08-15
    where: viseu
  - id: killed
    who: tarsa
    what: [people were killed, people died, passengers were killed]
    count: 14
  - id: ruiz-quote
    who: ruiz
    quote: We will not rest until we know why this happened
"""

FESTIVAL = """
story: harbourlight-festival-2027
date: 2027-07-11
about: [festival]
entities:
  festival: {name: Harbourlight Festival, aliases: [Harbourlight], kind: event}
  okafor: {name: Tunde Okafor, aliases: [Okafor], kind: person}
places:
  ireland: {name: Ireland, country: IE}
  cork: {name: Cork, in: ireland}
facts:
  - id: closed
    who: festival
    what: [came to a close in Cork, closed its 2027 edition, ended its 2027 edition]
    when: 2027-07-11
    where: cork
  - id: visitors
    who: festival
    what: [visitors, festival-goers]
    count: 86000
  - id: okafor-quote
    who: okafor
    quote: Cork showed the world how to throw a party
"""

PUBLISHED = {
    CRASH: dt.date(2027, 8, 16),  # a Monday: Sunday is August 15
    FESTIVAL: dt.date(2027, 7, 12),  # a Monday: Sunday is July 11
}

FIRST_RUN = [
    (CRASH, s)
    for s in (
        "Hours earlier, a coach crashed near Faro, injuring nine people.",
        "It was the second deadly crash in Portugal on Sunday: in the morning a Rodo Norte coach"
        " came off the road near Faro and 6 people were killed.",
        "A Rodo Norte coach overturned near Faro on Sunday morning, killing six people.",
        "A Tarsa Lines coach crashed near Coimbra in 2024; 3 people died.",
        "In a separate accident on Sunday, 6 people died when a minibus came off the road on the"
        " A22 near Faro.",
        "Police said the Faro coach crashed at 7.40am, nine hours before the Tarsa coach came off"
        " the road near Viseu.",
        "Portugal's deadliest coach crash, in Madeira in 2019, killed 29 people.",
        "Last month 11 people were killed when a coach crashed near Porto.",
        "In all, 20 people were killed in Sunday's two crashes, the Tarsa Lines coach near Viseu"
        " and a minibus near Faro.",
        "Rodo Norte's chief executive, Paulo Dias, said:"
        ' "We will not rest until the families have answers."',
        '"We will not rest until we know why this happened," Ruiz said, hours after the Faro'
        " operator said much the same.",
        "Tarsa Lines operates 340 coaches across Portugal and Spain.",
        "On Saturday, another Tarsa coach came off the road near Salamanca in Spain; no one was"
        " hurt.",
        "Of the 14 people who died near Viseu, nine were from Spain.",
        "Six people died in the Faro crash, and 14 in the Tarsa Lines crash near Viseu.",
        "Tarsa Lines sent two coaches to Faro, where 6 passengers were killed in the Rodo Norte"
        " crash.",
        "Tarsa Lines said none of its coaches crashed near Faro.",
        "Ms Ruiz said the Tarsa coach, built in 2021, had passed an inspection in June.",
        "The driver of the Faro coach, 58, was arrested on Monday.",
        "A coach overturned near Viseu on August 15, 2026, a year to the day before the Tarsa"
        " crash, killing two people.",
    )
] + [
    (FESTIVAL, s)
    for s in (
        "Last year's Harbourlight Festival came to a close in Cork on July 12, 2026, after"
        " drawing 71,000 visitors.",
        "The 2026 Harbourlight Festival drew 71,000 visitors.",
        "Harbourlight closed its 2026 edition with a storm warning and 64,000 festival-goers.",
        "The Galway Arts Festival, which also came to a close on Sunday, drew 120,000 visitors.",
        "The Cork Folk Festival came to a close in Cork on Saturday, a day before Harbourlight.",
        "In 2019 Harbourlight drew a record 91,000 visitors.",
        "Okafor, who has directed Harbourlight since 2021, said next year's festival would run"
        " from July 7 to 16.",
        "The 2028 Harbourlight Festival will come to a close in Cork on July 16.",
        "Harbourlight's first edition, in 2011, drew 4,000 visitors to a single stage.",
        "Harbourlight's 86,000 visitors outnumbered the 70,000 festival-goers at Electric Picnic"
        " in Stradbally last September.",
        "Last year's director, Aoife Byrne, said in 2026: \"Cork showed the world how to host a"
        ' party."',
        '"Cork showed the world how to throw a party," Okafor said, borrowing a line from'
        " Galway's mayor at last year's closing.",
        "Harbourlight came to a close in Cork a day later than in 2026, when it ended on a"
        " Saturday.",
        "Ticket sales were up 21% on last year, organisers said.",
        "The Harbourlight Festival drew 86,000 visitors, up from 71,000 in 2026 and 78,000 in"
        " 2025.",
        "Some 3,000 Harbourlight festival-goers camped at Fitzgerald Park, against 2,400 last"
        " year.",
        "Galway's festival, which ended its 2027 edition on Sunday in Galway, drew 120,000"
        " visitors, more than Harbourlight.",
        "Okafor will step down after next year's festival, his eighth.",
        "Harbourlight's 86,000 visitors spent an estimated 31 million euros in Cork.",
        "Harbourlight drew more visitors than Cork's other summer festival, the Marina Food Fair,"
        " which had 22,000 visitors in June.",
    )
]

CONTRADICTIONS = [
    (CRASH, "A Tarsa Lines coach crashed near Viseu on Saturday.", {"crashed:when"}),
    (CRASH, "A Tarsa Lines coach crashed near Braga on Sunday.", {"crashed:where"}),
    (
        CRASH,
        "11 people were killed when a Tarsa Lines coach crashed near Viseu on Sunday.",
        {"killed:count"},
    ),
    (
        CRASH,
        '"We will not rest until we know who did this," said Marta Ruiz.',
        {"ruiz-quote:quote"},
    ),
    (CRASH, "The Tarsa Lines coach did not overturn near Viseu on Sunday.", {"crashed:what"}),
    (FESTIVAL, "The Harbourlight Festival came to a close in Cork on Saturday.", {"closed:when"}),
    (FESTIVAL, "The Harbourlight Festival drew 68,000 visitors.", {"visitors:count"}),
    (FESTIVAL, "Harbourlight closed its 2027 edition in Galway on Sunday.", {"closed:where"}),
    (
        FESTIVAL,
        '"Cork showed the world how to plan a party," said Tunde Okafor.',
        {"okafor-quote:quote"},
    ),
    (
        FESTIVAL,
        "The Harbourlight Festival has not ended its 2027 edition, organisers said.",
        {"closed:what"},
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
