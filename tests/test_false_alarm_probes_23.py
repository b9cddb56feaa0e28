"""Case table of false alarms found by checking invented stories of kinds the tests lacked (a
company's bankruptcy filing, a Nobel prize award), written as business wire copy and a science
news page: the stores kept and closed, jobs, staff now and before, debts owed to one creditor,
new financing, an earlier filing, rivals' filings, the court hearing to come, shares, a
correction; the prize's co-winner and his age, earlier laureates, other prizes announced on
other days and in another city, the prize money, the laureate's birthplace and university. The
facts were written first, then the sentences that state nothing contrary to them
(``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at 67810fb): no false contradiction in 180 cells (40 sentences, each checked against
every fact of its story), and all 10 contradictions caught on their slot. No rule was added.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

BANKRUPTCY = """
story: marlow-bankruptcy
date: 2027-09-20
about: [marlow]
entities:
  marlow: {name: Marlow Home Stores, aliases: [Marlow, Marlow Home], kind: organisation,
    mention_only: [the retailer, the company]}
  whitfield: {name: Dana Whitfield, aliases: [Whitfield, Ms Whitfield], kind: person}
places:
  us: {name: United States, aliases: [US]}
  delaware: {name: Delaware, in: us}
  wilmington: {name: Wilmington, in: delaware}
  ohio: {name: Ohio, in: us}
  columbus: {name: Columbus, in: ohio}
facts:
  - id: filed
    who: marlow
    what: [filed for bankruptcy, filed for Chapter 11 bankruptcy protection,
      filed for Chapter 11 protection, filed for Chapter 11]
    where: delaware
    when: 2027-09-20
  - id: closures
    who: marlow
    what: [close stores, closing stores, store closures]
    count: 140
  - id: debts
    who: marlow
    what: [debts of, in debts, liabilities of]
    count: 1800000000
    unit: $
  - id: employees
    who: marlow
    what: employees
    count: 9500
  - id: whitfield-quote
    who: whitfield
    quote: This was the hardest decision in our company's 80-year history
"""

NOBEL = """
story: nobel-chemistry-2027
date: 2027-10-06
about: [okafor]
entities:
  okafor: {name: Grace Okafor, aliases: [Okafor, Professor Okafor, Prof Okafor], kind: person}
  lindqvist: {name: Erik Lindqvist, aliases: [Lindqvist, Professor Lindqvist], kind: person}
  academy: {name: Royal Swedish Academy of Sciences, aliases: [Swedish Academy of Sciences],
    kind: organisation, mention_only: [the academy]}
places:
  sweden: {name: Sweden}
  stockholm: {name: Stockholm, in: sweden}
  uk: {name: United Kingdom, aliases: [UK, Britain]}
  cambridge: {name: Cambridge, in: uk}
  nigeria: {name: Nigeria}
  lagos: {name: Lagos, in: nigeria}
facts:
  - id: awarded
    who: [okafor, lindqvist]
    what: [won the Nobel Prize in Chemistry, won the Nobel Prize for Chemistry,
      was awarded the Nobel Prize in Chemistry, were awarded the Nobel Prize in Chemistry,
      won the chemistry Nobel]
    where: stockholm
    when: 2027-10-06
  - id: age
    who: okafor
    what: year-old
    count: 61
  - id: ninth-woman
    who: okafor
    what: woman to win the chemistry prize
    count: 9
    ordinal: true
  - id: okafor-quote
    who: okafor
    quote: I thought the call from Stockholm was a prank
"""
PUBLISHED = {
    BANKRUPTCY: dt.date(2027, 9, 21),  # a Tuesday: Monday is September 20
    NOBEL: dt.date(2027, 10, 7),  # a Thursday: Wednesday is October 6
}

FIRST_RUN = [
    (BANKRUPTCY, s)
    for s in (
        "Marlow Home Stores filed for Chapter 11 bankruptcy protection in Delaware on Monday.",
        "The Ohio-based retailer listed debts of $1.8 billion.",
        "Marlow will close 140 of its 412 stores by the end of January.",
        "Marlow has 9,500 employees, down from 12,000 in 2019.",
        "Marlow last filed for bankruptcy in 2009, emerging a year later.",
        "Rival Brandt & Co filed for bankruptcy in March.",
        "Marlow has secured $300 million in new financing from its lenders.",
        '"This was the hardest decision in our company\'s 80-year history," said Dana Whitfield, '
        "Marlow's chief executive.",
        "Whitfield said it was the hardest decision in the company's history.",
        "The company was founded in Columbus, Ohio, in 1947.",
        "The filing lists debts of $120 million to its largest supplier, Kesson Furniture.",
        "Like most large US companies, Marlow filed for bankruptcy in Delaware rather than in "
        "Ohio, where it is based.",
        "A first hearing is scheduled for Wednesday in Wilmington.",
        "Shares in Marlow fell 62% to $1.14 in New York on Monday.",
        "About 2,300 jobs will go as a result of the store closures.",
        "Marlow's debts have doubled since 2022.",
        "Analysts had expected Marlow to file for bankruptcy as early as June.",
        "Related: Marlow warns it may not survive the year",
        "Correction: An earlier version of this story said Marlow had 14,000 employees.",
        "Marlow is the third large US retailer to file for bankruptcy this year.",
    )
] + [
    (NOBEL, s)
    for s in (
        "Grace Okafor and Erik Lindqvist won the Nobel Prize in Chemistry on Wednesday for "
        "enzymes that break down plastic.",
        "The Royal Swedish Academy of Sciences announced the prize in Stockholm.",
        "Okafor, 61, was born in Lagos and has worked at the University of Cambridge since 1998.",
        "She is the ninth woman to win the chemistry prize since it was first awarded in 1901.",
        "The winners will share the prize of 11 million Swedish kronor.",
        '"I thought the call from Stockholm was a prank," Okafor told reporters in Cambridge.',
        "Lindqvist, 54, said he had been asleep when the academy called.",
        "The prizes will be presented in Stockholm on December 10, the anniversary of Alfred "
        "Nobel's death.",
        "Last year's chemistry prize went to three scientists for work on protein design.",
        "Lindqvist won the Wolf Prize in Chemistry in 2024.",
        "The Nobel Prize in Physics was awarded on Tuesday to two US researchers.",
        "The literature prize will be announced on Thursday.",
        "Marie Curie won the Nobel Prize in Chemistry in 1911.",
        "Okafor had been tipped to win the chemistry Nobel since 2019.",
        "The Nobel Peace Prize will be announced in Oslo on Friday.",
        "Photo: Grace Okafor celebrates with students in Cambridge on Wednesday.",
        "Related: Who are the women who have won the Nobel Prize in Chemistry?",
        "Her enzyme can break down a plastic bottle in 10 hours.",
        "Okafor is the first Nigerian-born scientist to win a Nobel Prize in science.",
        "Ada Yonath, who won the Nobel Prize in Chemistry in 2009, called Okafor's work \"a gift "
        'to the planet".',
    )
]

CONTRADICTIONS = [
    (BANKRUPTCY, "Marlow Home Stores filed for bankruptcy on Friday.", {"filed:when"}),
    (BANKRUPTCY, "Marlow Home Stores filed for bankruptcy in Texas.", {"filed:where"}),
    (BANKRUPTCY, "Marlow will close 410 stores.", {"closures:count"}),
    (BANKRUPTCY, "Marlow listed debts of $8.1 billion.", {"debts:count"}),
    (
        BANKRUPTCY,
        '"This was the easiest decision in our company\'s 80-year history," said Dana Whitfield.',
        {"whitfield-quote:quote"},
    ),
    (NOBEL, "Grace Okafor won the Nobel Prize in Chemistry on Tuesday.", {"awarded:when"}),
    (NOBEL, "Grace Okafor was awarded the Nobel Prize in Chemistry in Oslo.", {"awarded:where"}),
    (NOBEL, "The 66-year-old Grace Okafor won the Nobel Prize in Chemistry.", {"age:count"}),
    (NOBEL, "Okafor is the eighth woman to win the chemistry prize.", {"ninth-woman:count"}),
    (
        NOBEL,
        '"I thought the call from Stockholm was a prank," Lindqvist said.',
        {"okafor-quote:who"},
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
