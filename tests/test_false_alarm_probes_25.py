"""Case table of false alarms found by checking invented stories (a bank's takeover of a
building society, a singer's wedding) written as the digests and newsletters that carry a
story among others: `Five things to know`, `In other news`, `Yesterday`/`Today` items, a
markets round-up, a celebrity column with the couple's other news, earlier marriages and
deals, other banks' deals, anniversaries. The facts were written first, then the sentences that
state nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the
fact's own event (``CONTRADICTIONS``), each to clash on its slot, all before the checker first
ran on them.

First run (at b69eb4c): 1 false contradiction in 140 cells (40 sentences, each checked against
every fact of its story), and 8 of the 9 contradictions caught on their slot. `Price married
his first wife, the actress Jo Lane, in Malaga in 2015` dated the couple's wedding: one party
of a joint act doing it to someone of their own. Now, as one party doing it `with` someone the
fact does not name already was, it is another occasion, whose date and place are its own
(``OWN_PARTNERS``). The contradiction still missed is in ``MISSED``: a city the story does not
list, in a story whose places give no country code (the world gazetteer is read only for a
place anchored in it).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

TAKEOVER = """
story: brennan-castell
date: 2027-09-14
about: [brennan, castell]
entities:
  brennan: {name: Brennan Bank, aliases: [Brennan], kind: organisation}
  castell: {name: Castell Savings, aliases: [Castell], kind: organisation}
  okafor: {name: Grace Okafor, aliases: [Okafor, Ms Okafor], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK, Britain]}
  wales: {name: Wales, in: uk}
  swansea: {name: Swansea, in: wales}
facts:
  - id: agreed
    who: brennan
    what: [agreed to buy Castell, agreed to acquire Castell, agreed a takeover of Castell]
    when: 2027-09-14
  - id: price
    who: brennan
    what: [deal worth, takeover worth, pay]
    count: 3.2
    unit: £
    note: billion
  - id: jobs
    who: brennan
    what: [jobs will go, will cut]
    count: 1200
  - id: okafor-quote
    who: okafor
    quote: This deal makes us the strongest lender in Wales
"""

WEDDING = """
story: ruiz-price-wedding
date: 2027-09-11
about: [ruiz, price]
entities:
  ruiz: {name: Ana Ruiz, aliases: [Ruiz], kind: person}
  price: {name: Tom Price, aliases: [Price], kind: person}
places:
  spain: {name: Spain}
  seville: {name: Seville, in: spain}
facts:
  - id: married
    who: [ruiz, price]
    what: [married, wed, tied the knot]
    where: seville
    when: 2027-09-11
  - id: guests
    who: [ruiz, price]
    what: [guests]
    count: 300
  - id: ruiz-quote
    who: ruiz
    quote: I married my best friend and I have never been happier
"""

PUBLISHED = {
    TAKEOVER: dt.date(2027, 9, 15),  # a Wednesday: Tuesday is September 14
    WEDDING: dt.date(2027, 9, 13),  # a Monday: Saturday is September 11
}

FIRST_RUN = [
    (TAKEOVER, s)
    for s in (
        "Five things to know this morning",
        "1. Brennan Bank agreed to buy Castell Savings. 2. Fuel prices rose for a third week.",
        "In other news, Brennan opened a branch in Cardiff on Monday.",
        "Brennan's profits fell 12% in the first half, the bank said in July.",
        "Castell Savings was founded in Swansea in 1898.",
        "Markets: Brennan shares rose 4% to 212p; Castell was not listed.",
        "Brennan agreed to buy Harlow Mutual for £400 million in 2021.",
        "Rival Westgate agreed to acquire Castell in 2019, but the deal collapsed.",
        "The takeover is expected to be completed in March.",
        "Castell has 1.4 million members and 60 branches.",
        "Brennan cut 900 jobs in 2024.",
        "Okafor, who became chief executive in 2022, will stay on.",
        "Yesterday: Brennan and Castell agree deal. Today: the regulator's view.",
        "Castell members will each receive a payment of about £300.",
        "Brennan will not close any branches in Wales, Okafor said.",
        "The deal still needs the approval of Castell's members in November.",
        "Castell's last takeover approach, from Westgate, valued it at £2.1 billion.",
        '"We have been here for 129 years," said Castell\'s chairman.',
        "Brennan employs 14,000 people across the UK.",
        "Related: Brennan to pay £40m to settle mis-selling claims (2025)",
    )
] + [
    (WEDDING, s)
    for s in (
        "Wedding of the week: Ana Ruiz and Tom Price",
        "Price married his first wife, the actress Jo Lane, in Malaga in 2015.",
        "The couple met on the set of a film in Madrid in 2022.",
        "Ruiz performed at a festival in Seville on Friday night.",
        "Ruiz's new album, out on Friday, has 12 tracks.",
        "The couple got engaged in Paris last December.",
        "In other celebrity news, the actor Leo Marsh wed in Rome on Sunday.",
        "Ruiz, 34, and Price, 41, will honeymoon in Japan.",
        "About 40 guests attended a rehearsal dinner on Thursday.",
        "Price's brother married in Seville in 2020.",
        "The cathedral hosted 15 weddings last year.",
        "Ruiz wore a dress by the designer Elena Vidal.",
        "Photo: Ruiz and Price leave the cathedral on Saturday. (Getty)",
        "Ruiz has said she did not want a big wedding.",
        "The couple did not marry in Madrid, where they live.",
        "Price has two children from his first marriage.",
        "Yesterday: Ruiz and Price wed. Today: the guest list.",
        "Ruiz's parents married in the same cathedral in 1985.",
        "Ticket sales for Ruiz's tour rose 20% after the wedding.",
        "Next week: a royal wedding in Monaco.",
    )
]

MISSED = [(WEDDING, "Ana Ruiz and Tom Price married in Granada on Saturday.")]

CONTRADICTIONS = [
    (TAKEOVER, "Brennan Bank agreed to buy Castell Savings on Monday.", {"agreed:when"}),
    (
        TAKEOVER,
        "Brennan agreed a takeover of Castell in a deal worth £2.3 billion.",
        {"price:count"},
    ),
    (TAKEOVER, "Brennan said 2,100 jobs will go.", {"jobs:count"}),
    (
        TAKEOVER,
        '"This deal makes us the biggest lender in Wales," said Grace Okafor.',
        {"okafor-quote:quote"},
    ),
    (WEDDING, "Ana Ruiz and Tom Price married on Sunday in Seville.", {"married:when"}),
    (WEDDING, "Ana Ruiz and Tom Price were married in front of 500 guests.", {"guests:count"}),
    (WEDDING, "Ana Ruiz and Tom Price did not marry on Saturday.", {"married:what"}),
    (
        WEDDING,
        '"I married my best friend and I have never been calmer," Ruiz said.',
        {"ruiz-quote:quote"},
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


OWN_PARTNERS = [
    # one party of a joint act doing it to someone of their own: another occasion
    (WEDDING, "Price married his first wife, the actress Jo Lane, in Malaga in 2015.", set()),
    (WEDDING, "Ruiz married her first husband in Madrid in 2012.", set()),
    # still judged: both parties, or one alone with no object
    (WEDDING, "Price married Ruiz on Sunday.", {"married:when"}),
    (WEDDING, "Price married in Seville on Sunday.", {"married:when"}),
    (WEDDING, "Ruiz and Price married in their home town on Sunday.", {"married:when"}),
]


@pytest.mark.parametrize("story, text, expected", OWN_PARTNERS)
def test_one_party_doing_the_joint_act_to_someone_of_their_own_is_another_occasion(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
