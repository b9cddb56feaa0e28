"""Case table of sentences that tell another occurrence of the fact's act, or another
statement than its quote, with nothing else to mark it: a role that marks an earlier stage of
a career (`As foreign minister, she visited Moscow in 2009`), a relative clause whose act the
main clause tells again (`Groen Front, which blocked the A12 in March, marched on Saturday`),
an attempt (`had tried to climb the peak in 2019`), a quote that shares only its first or
last words with the fact's (`"We are not going anywhere until the insurers pay up"`), and a
toll in a sentence naming no one but a place in another country (`In Ecuador, 47 people
died`). None of them may clash; their twins, which state the fact's own event wrongly, still
must."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.match import align_quote
from tests.cases import check_on, clashes_on

VISIT = """
story: sorensen-visit
date: 2024-05-14
about: [sorensen]
entities:
  sorensen: {name: Mette Sorensen, aliases: [Sorensen, Ms Sorensen], kind: person}
  putin: {name: Vladimir Putin, aliases: [Putin], kind: person}
places:
  russia: {name: Russia}
  moscow: {name: Moscow, in: russia}
  france: {name: France}
  paris: {name: Paris, in: france}
facts:
  - id: visit
    who: sorensen
    what: [visited Moscow]
    when: 2024-05-14
    where: moscow
"""

PROTEST = """
story: groen-front-march
date: 2024-06-22
about: [groen-front]
entities:
  groen-front: {name: Groen Front, kind: organisation}
places:
  netherlands: {name: Netherlands}
  rotterdam: {name: Rotterdam, in: netherlands}
  amsterdam: {name: Amsterdam, in: netherlands}
facts:
  - id: march
    who: groen-front
    what: [marched, protested, blocked the A12]
    when: 2024-06-22
    where: rotterdam
"""

CLIMB = """
story: ortega-summit
date: 2023-07-10
about: [ortega]
entities:
  ortega: {name: Luis Ortega, aliases: [Ortega], kind: person}
places:
  nepal: {name: Nepal}
  pakistan: {name: Pakistan}
facts:
  - id: climbed
    who: ortega
    what: [climbed the peak, climb the peak, reached the summit]
    when: 2023-07-10
"""

QUOTE = """
story: flood-town
date: 2024-03-01
about: [okafor]
entities:
  okafor: {name: Miriam Okafor, aliases: [Okafor], kind: person}
  brandt: {name: Tobias Brandt, aliases: [Brandt], kind: person}
facts:
  - id: rebuild
    who: okafor
    quote: We are not going anywhere and we will rebuild this town together
"""

QUAKE = """
story: arequipa-quake
date: 2024-03-01
about: [quake]
entities:
  quake: {name: Arequipa earthquake, mention_only: [the earthquake, the quake], kind: event}
places:
  peru: {name: Peru}
  arequipa: {name: Arequipa, in: peru}
facts:
  - id: toll
    who: quake
    what: [people died]
    count: 12
"""

QUAKE_WHERE = QUAKE.replace("    count: 12\n", "    count: 12\n    where: arequipa\n")

STORIES = {
    "visit": (VISIT, dt.date(2024, 5, 15)),
    "protest": (PROTEST, dt.date(2024, 6, 23)),
    "climb": (CLIMB, dt.date(2023, 7, 11)),
    "quote": (QUOTE, dt.date(2024, 3, 2)),
    "quake": (QUAKE, dt.date(2024, 3, 2)),
    "quake-where": (QUAKE_WHERE, dt.date(2024, 3, 2)),
}
REBUILD = "We are not going anywhere and we will rebuild this town together"

CASES = [
    # a role marks an earlier stage of the subject's career, with a date at another time
    ("visit", "As foreign minister, Sorensen visited Moscow in 2009.", set()),
    ("visit", "Sorensen met Putin. As foreign minister, she visited Moscow in 2009.", set()),
    ("visit", "As president, Sorensen visited Moscow in March.", set()),
    ("visit", "As a student, Sorensen visited Moscow in 1989.", set()),
    ("visit", "When she was foreign minister, Sorensen visited Moscow in 2009.", set()),
    ("visit", "While she was a student, Sorensen visited Moscow in 1989.", set()),
    ("visit", "During her time as ambassador, Sorensen visited Moscow in 2009.", set()),
    ("visit", "Sorensen visited Moscow in 2009 as foreign minister.", set()),
    ("visit", "As foreign minister, Sorensen visited Paris in 2009.", set()),
    # twins: no role, a role with the event's own week, a role in another clause
    ("visit", "Sorensen visited Moscow in 2009.", {"visit:when"}),
    # dated in another year: another visit, whose place is its own (`when` still clashes)
    ("visit", "Sorensen visited Paris in 2009.", {"visit:when"}),
    ("visit", "As prime minister, Sorensen visited Moscow on Monday.", {"visit:when"}),
    ("visit", "As prime minister, Sorensen visited Paris on Tuesday.", {"visit:where"}),
    (
        "visit",
        "Sorensen, who took office as president in 2019, visited Moscow on Monday.",
        {"visit:when"},
    ),
    (
        "visit",
        "Sorensen visited Moscow on Monday, and as foreign minister she met Putin in 2009.",
        {"visit:when"},
    ),
    # a relative clause whose act the main clause tells again: the clause's act is another
    ("protest", "Groen Front, which blocked the A12 in March, marched on Saturday.", set()),
    ("protest", "Groen Front, which protested in Amsterdam, marched on Saturday.", set()),
    (
        "protest",
        "Groen Front, which marched in Amsterdam in March, marched in Rotterdam on Saturday.",
        set(),
    ),
    # twins: the main clause tells another act, or states the event's date wrongly
    ("protest", "Groen Front, which protested in March, said it would return.", {"march:when"}),
    (
        "protest",
        "Groen Front, which blocked the A12 in March, marched in Amsterdam on Saturday.",
        {"march:where"},
    ),
    ("protest", "Groen Front, which has many members, marched on Friday.", {"march:when"}),
    (
        "protest",
        "Groen Front marched on Saturday. The group, which also protested in March, said it "
        "would return.",
        set(),
    ),
    ("protest", "Groen Front, which protested in March, protested on Friday.", {"march:when"}),
    # an attempt: the act is not said to be done, the date is the attempt's
    ("climb", "Ortega had tried to climb the peak in 2019.", set()),
    ("climb", "Ortega tried to climb the peak in 2019 but turned back.", set()),
    ("climb", "Ortega had attempted to climb the peak in 2021.", set()),
    ("climb", "Ortega tried unsuccessfully to climb the peak in 2019.", set()),
    ("climb", "Ortega made a bid to climb the peak in 2019.", set()),
    (
        "climb",
        "Ortega, who had tried to climb the peak in 2019, reached the summit on Monday.",
        set(),
    ),
    # twins: the act itself, in the past perfect too
    ("climb", "Ortega had climbed the peak in 2019.", {"climbed:when"}),
    ("climb", "Ortega climbed the peak in 2019.", {"climbed:when"}),
    (
        "climb",
        "Ortega, who had tried to climb the peak in 2019, reached the summit on Sunday.",
        {"climbed:when"},
    ),
    # a rival statement that shares the first words of the fact's quote
    ("quote", '"We are not going anywhere until the insurers pay up," Brandt said.', set()),
    (
        "quote",
        '"We are not going anywhere until the insurers pay what they owe us," Okafor said.',
        set(),
    ),
    ("quote", '"Whatever happens next, we will rebuild this town," Brandt said.', set()),
    # twins: the fact's own words given to another speaker, reworded, or more than a stock
    # phrase of them going on with other words
    ("quote", f'"{REBUILD}," Brandt said.', {"rebuild:who"}),
    ("quote", '"We are not going anywhere," Brandt said.', {"rebuild:who"}),
    (
        "quote",
        '"We are not going anywhere and we will rebuild this city together," Okafor said.',
        {"rebuild:quote"},
    ),
    (
        "quote",
        '"We are not going anywhere and we will rebuild this town, whatever it takes," Brandt '
        "said.",
        {"rebuild:who"},
    ),
    # a toll in a sentence naming no one but a place in another country than the event's
    ("quake", "In Ecuador, 47 people died.", set()),
    ("quake", "47 people died in Ecuador.", set()),
    ("quake", "In Quito, 47 people died.", set()),
    # twins: a place of the event's country, or none
    ("quake", "In Arequipa, 47 people died.", {"toll:count"}),
    ("quake", "In Lima, 47 people died.", {"toll:count"}),
    ("quake", "47 people died in Peru.", {"toll:count"}),
    ("quake", "47 people died.", {"toll:count"}),
    ("quake", "In Ecuador and Peru, 47 people died.", {"toll:count"}),
    # with a `where`, the place in another country is not judged either
    ("quake-where", "12 people died in Ecuador.", set()),
    # twins: a place of the event's country, judged against the fact's city
    ("quake-where", "12 people died in Lima.", {"toll:where"}),
    ("quake-where", "47 people died in Lima.", {"toll:count", "toll:where"}),
]


@pytest.mark.parametrize("story, text, expected", CASES)
def test_other_occurrence(story: str, text: str, expected: set[str]) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == expected


@pytest.mark.parametrize(
    "text, status",
    [
        # an attempt states no act: the fact stays omitted
        ("Ortega had tried to climb the peak in 2019.", "omitted"),
        ("Ortega reached the summit on Monday.", "consistent"),
    ],
)
def test_an_attempt_is_no_mention(text: str, status: str) -> None:
    (result,) = check_on(text, CLIMB, dt.date(2023, 7, 11))
    assert result.status == status


@pytest.mark.parametrize(
    "quoted, aligned",
    [
        ("We are not going anywhere until the insurers pay up", False),
        ("Whatever happens next, we will rebuild this town", False),
        # near-misses: the fact's words reworded, more than a stock phrase of them going on
        # with other words, or the stock phrase alone
        ("We are not going anywhere and we will rebuild this city together", True),
        ("We are not going anywhere and we will rebuild this town, whatever it takes", True),
        ("We are not going anywhere and we will fight the insurers in court", True),
        ("We are not going anywhere", True),
    ],
)
def test_a_quote_that_begins_alike_is_another_statement(quoted: str, aligned: bool) -> None:
    assert (align_quote(REBUILD, quoted) is not None) is aligned


def test_a_reworded_quote_that_ends_alike_is_still_a_misquote() -> None:
    fact = "The pensioners have their own UK pensions so they're not a drain on the state"
    alignment = align_quote(fact, "I'm a drain on the state")
    assert alignment is not None and alignment.changes
