"""Case table of false alarms found by checking invented stories told through rankings and
lists (a university topping a world ranking, a city named the world's most liveable): other
entries' places on the list, last year's places, `No. 3`, `#1`, `ranked fifth`, scores out of
100, `top 10` and `top 100`, numbered list items, other rankings by other publishers. The facts
were written first, then the sentences that state nothing contrary to them (``FIRST_RUN``) and
those that state a wrong value for the fact's own event (``CONTRADICTIONS``), each to clash on
its slot, all before the checker first ran on them.

First run (at 34f337f): no false contradiction in 120 cells (40 sentences, each checked against
every fact of its story), and 6 of the 8 contradictions caught on their slot. No rule was added.
The contradictions still missed are in ``MISSED``: a score after the phrase (`had an overall
score of 96.8`: a number after the phrase, in no `unit:`, only confirms). `did not top`, which
the phrasing `topped` did not find at the first run (the light stemmer read `topped` as `topp`),
is caught since the stemmer undoes a doubled consonant before `-ed` and `-ing`.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

RANKING = """
story: northbridge-ranking
date: 2027-10-05
about: [northbridge]
entities:
  northbridge: {name: Northbridge University, aliases: [Northbridge], kind: organisation}
  guide: {name: World University Guide, kind: product}
  amara: {name: Prof Lena Amara, aliases: [Amara, Prof Amara], kind: person}
places: {}
facts:
  - id: top
    who: northbridge
    what: [ranked first in the World University Guide, topped the World University Guide]
    when: 2027-10-05
  - id: score
    who: northbridge
    what: [overall score of, scored]
    count: 98.6
  - id: amara-quote
    who: amara
    quote: This belongs to every student and member of staff
"""

CITY = """
story: halvik-liveable
date: 2027-03-02
about: [halvik]
entities:
  halvik: {name: Halvik, kind: organisation}
  index: {name: Global Liveability Index, kind: product}
  moe: {name: Mayor Karin Moe, aliases: [Moe, Mayor Moe], kind: person}
places: {}
facts:
  - id: named
    who: halvik
    what: [named the world's most liveable city, topped the Global Liveability Index]
    when: 2027-03-02
  - id: cities
    who: index
    what: [cities ranked, cities surveyed]
    count: 173
  - id: moe-quote
    who: moe
    quote: We did not build this city for a list
"""

PUBLISHED = {
    RANKING: dt.date(2027, 10, 6),  # a Wednesday: Tuesday is October 5
    CITY: dt.date(2027, 3, 3),  # a Wednesday: Tuesday is March 2
}

FIRST_RUN = [
    (RANKING, s)
    for s in (
        "1. Northbridge University (UK) 98.6",
        "2. Castell Institute of Technology (US) 97.9",
        "Northbridge ranked second last year and third in 2025.",
        "Castell, No. 1 for the past four years, fell to second.",
        "Northbridge ranked 14th in a rival ranking published in June.",
        "Northbridge is ranked #3 for medicine and #1 for law.",
        "Eleven UK universities are in the top 100, down from 13.",
        "Northbridge scored 99.1 for teaching and 97.4 for research.",
        "Last year Northbridge scored 97.2.",
        "The guide ranks 1,900 universities in 104 countries.",
        "Northbridge, founded in 1209, has 24,000 students.",
        "Amara, vice-chancellor since 2021, is the first woman in the post.",
        "The World University Guide was first published in 2004.",
        "Northbridge topped the guide's graduate employability table in 2019.",
        "Five universities scored above 95.",
        "Northbridge did not top the guide's teaching table, coming fourth.",
        "The 2028 edition will be published next October.",
        "Northbridge ranked first in the World University Guide once before, in 2012.",
        "See the full top 200 here",
        "Rank 7: Oslo University (Norway), 93.1",
    )
] + [
    (CITY, s)
    for s in (
        "1. Halvik 98.9; 2. Vienna 98.4; 3. Zurich 97.7",
        "Halvik was third last year and sixth in 2025.",
        "Vienna, No. 1 for the past three years, fell to second.",
        "Halvik scored 100 for stability and education.",
        "The least liveable city, ranked 173rd, was Damascus.",
        "Eight of the top 10 cities are in Europe.",
        "Halvik ranked 21st in a rival survey by Monocle in June.",
        "The index covers 173 cities, up from 172 last year.",
        "Halvik's 600,000 residents can ski and swim within 30 minutes of the centre.",
        "Moe, mayor since 2023, said the ranking would help tourism.",
        "The index was first published in 2002.",
        "Halvik was not named the most liveable city in 2026.",
        "Housing costs in Halvik rose 14% last year.",
        "In 2024, the index named Melbourne the world's most liveable city.",
        "Halvik topped the index's culture table for a fourth year.",
        "Copenhagen dropped from fourth to ninth.",
        "The next index will be published in March 2028.",
        "Halvik's 98.9 is the highest score since 2019.",
        "Full list: the 20 most liveable cities",
        "No. 5: Melbourne, 97.1",
    )
]

MISSED = [
    (RANKING, "Northbridge University had an overall score of 96.8."),
]

CONTRADICTIONS = [
    # found since the stemmer undoes a doubled consonant (`topped` is `top`)
    (RANKING, "Northbridge University did not top the World University Guide.", {"top:what"}),
    (RANKING, "Northbridge University topped the World University Guide on Monday.", {"top:when"}),
    (
        RANKING,
        '"This belongs to every student and donor," said Prof Lena Amara.',
        {"amara-quote:quote"},
    ),
    (CITY, "Halvik was named the world's most liveable city on Thursday.", {"named:when"}),
    (CITY, "The Global Liveability Index has 137 cities ranked.", {"cities:count"}),
    (CITY, "Halvik was not named the world's most liveable city.", {"named:what"}),
    (CITY, '"We built this city for a list," said Mayor Karin Moe.', {"moe-quote:quote"}),
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
