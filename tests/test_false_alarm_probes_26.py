"""Case table of false alarms found by checking invented stories (a carmaker naming its chief
executive, a football club opening its new stadium) written in the shapes scraped pages carry
beside prose: headlines in headline grammar (`Halden names Nair CEO`), interview transcripts
(`Q:`/`A:`, a speaker's name in capitals), a press release's `About ...` boilerplate, contact
lines and forward-looking statements, `Previously:` links, key-number boxes, captions. The
facts were written first, then the sentences that state nothing contrary to them
(``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

The count of seats was first written `what: [seats, seater, seat]`; `factcheck validate` warned
that a bare `seats` judges any number of seats the article gives, and the fact was rewritten as
it advised before the first run.

First run (at 9d52802): 2 false contradictions in 120 cells (40 sentences, each checked against
every fact of its story), and 7 of the 9 contradictions caught on their slot. `She was appointed
chief executive of Halden's truck unit in 2022` dated the appointment, and `Kingsport opened the
new stadium's museum on Sunday` the opening. Now the phrase's last word owning a noun (`the new
stadium's museum`), or `of`, a name's possessive and a noun the story's phrasings and names do
not hold (`of Halden's truck unit`), is the act on that other thing: no date, place or denial is
judged (``OTHER_THINGS``). The contradictions still missed are in ``MISSED``: a phrasing split
by its object (`Halden named Priya Nair chief executive`, for `named chief executive`), and a
count the rewritten fact no longer reads (`has 40,000 seats`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

APPOINTMENT = """
story: halden-ceo
date: 2027-10-07
about: [nair]
entities:
  nair: {name: Priya Nair, aliases: [Nair, Ms Nair], kind: person}
  halden: {name: Halden Motors, aliases: [Halden], kind: organisation}
  berg: {name: Lars Berg, aliases: [Berg, Mr Berg], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK]}
  leicester: {name: Leicester, in: uk}
facts:
  - id: appointed
    who: nair
    what: [named chief executive, appointed chief executive, will become chief executive]
    when: 2027-10-07
  - id: age
    who: nair
    what: year-old
    count: 48
  - id: nair-quote
    who: nair
    quote: Halden's best years are ahead of it and I intend to prove it
"""

STADIUM = """
story: riverside-park-opening
date: 2027-08-14
about: [kingsport, riverside]
entities:
  kingsport: {name: Kingsport FC, aliases: [Kingsport], kind: team}
  riverside: {name: Riverside Park, kind: product, mention_only: [the new stadium]}
  cole: {name: Dan Cole, aliases: [Cole], kind: person}
places:
  england: {name: England}
  kingsport-town: {name: Kingsport, in: england}
  ashford: {name: Ashford, in: england}
facts:
  - id: opened
    who: kingsport
    what: [opened Riverside Park, opened its new stadium, opened the new stadium]
    when: 2027-08-14
    where: kingsport-town
  - id: seats
    who: riverside
    what: [seat stadium, seater stadium, capacity of]
    count: 42000
  - id: cole-quote
    who: cole
    quote: This is the day this club has waited for since 1903
"""

PUBLISHED = {
    APPOINTMENT: dt.date(2027, 10, 8),  # a Friday: Thursday is October 7
    STADIUM: dt.date(2027, 8, 16),  # a Monday: Saturday is August 14
}

FIRST_RUN = [
    (APPOINTMENT, s)
    for s in (
        "Halden names Nair CEO",
        "Halden Motors to name new CEO next week, sources say",
        "Q: When did you learn you had the job? A: On Monday, when the board called me.",
        "NAIR: I joined Halden in 2004 as an engineer.",
        "About Halden Motors: Halden Motors was founded in 1931 and employs 38,000 people.",
        "Forward-looking statements: This release contains statements about plans for 2028.",
        "Media contact: press office, +44 20 7946 0000",
        "Berg, 64, was named chief executive in 2015.",
        "Nair was named chief operating officer in 2021.",
        "The 48-year-old will take over on January 1.",
        "Halden shares rose 2% on Thursday after the announcement.",
        "Previously: Halden names Berg successor shortlist (June 2027)",
        "Nair will be paid a base salary of 1.6 million euros.",
        "Q: Will you cut jobs? A: We will not cut 5,000 jobs, as some have reported.",
        "She was appointed chief executive of Halden's truck unit in 2022.",
        "Nair replaces Berg, who was chief executive for 12 years.",
        "Nair was born in Leicester in 1979.",
        "Nair, who turns 49 next month, studied engineering in Leicester.",
        "Halden was not the first carmaker to name a woman as chief executive.",
        "Photo: Priya Nair at Halden's plant in 2023. (Halden Motors)",
    )
] + [
    (STADIUM, s)
    for s in (
        "Kingsport open new 42,000-seat Riverside Park",
        "Riverside Park in numbers: 1,200 parking spaces, 310 million pounds, 30 months",
        "Kingsport played their last game at Mill Lane, their home since 1903, in May.",
        "The club opened its training ground in 2019.",
        "Kingsport beat Ashford 2-1 in the first match at the new stadium.",
        "A crowd of 41,200 watched the opening match.",
        "Q: How does it feel? A: Like we opened a new chapter on Saturday.",
        "The new stadium will host an England match in 2028.",
        "About Kingsport FC: founded 1887, nine-time league champions.",
        "Mill Lane held 18,000 fans.",
        "Kingsport opened the new stadium's museum on Sunday.",
        "The club did not open the north stand of the new stadium until August 20.",
        "Work on Riverside Park began in 2024.",
        "Kingsport were promoted in 2026.",
        "Rival club Ashford opened their new 30,000-seat ground in 2023.",
        "Photo: Fans outside Riverside Park before Saturday's opening. (PA)",
        "Tickets for the first season sold out in 2026.",
        "COLE: We opened the doors to 500 local children on Friday.",
        "The stadium's 2,000 safe-standing seats are the first in the league.",
        "Previously: Kingsport unveil plans for new stadium (2021)",
    )
]

MISSED = [
    (APPOINTMENT, "Halden named Priya Nair chief executive on Wednesday."),
    (STADIUM, "Riverside Park has 40,000 seats."),
]

CONTRADICTIONS = [
    (APPOINTMENT, "Priya Nair, 52, was named chief executive.", {"age:count"}),
    (
        APPOINTMENT,
        '"Halden\'s best years are behind it and I intend to prove it," Nair said.',
        {"nair-quote:quote"},
    ),
    (APPOINTMENT, "Priya Nair was not named chief executive.", {"appointed:what"}),
    (STADIUM, "Kingsport FC opened Riverside Park on Sunday.", {"opened:when"}),
    (STADIUM, "Kingsport FC opened Riverside Park in Ashford.", {"opened:where"}),
    (STADIUM, "Kingsport FC did not open Riverside Park.", {"opened:what"}),
    (
        STADIUM,
        '"This is the day this club has waited for since 1930," said Dan Cole.',
        {"cole-quote:quote"},
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


OTHER_THINGS = [
    # the act on a thing the phrase's object owns, or on a part of another's
    (APPOINTMENT, "She was appointed chief executive of Halden's truck unit in 2022.", set()),
    (APPOINTMENT, "Nair was named chief executive of Halden's parent company in 2020.", set()),
    (STADIUM, "Kingsport opened the new stadium's museum on Sunday.", set()),
    (STADIUM, "Kingsport opened Riverside Park's gates on Sunday.", set()),
    # still judged: the fact's own object, named plainly or not at all
    (APPOINTMENT, "Nair was named chief executive of Halden on Wednesday.", {"appointed:when"}),
    (APPOINTMENT, "Nair was named chief executive on Wednesday.", {"appointed:when"}),
    (STADIUM, "Kingsport opened the new stadium on Sunday.", {"opened:when"}),
    (STADIUM, "Kingsport opened Riverside Park on Sunday.", {"opened:when"}),
]


@pytest.mark.parametrize("story, text, expected", OTHER_THINGS)
def test_the_act_on_a_thing_the_object_owns_is_another_act(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
