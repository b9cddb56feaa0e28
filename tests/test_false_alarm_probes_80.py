"""Case table of false alarms looked for in an invented story told as an animal birth at a zoo
(a giant panda's twin cubs, their weight at birth, the mother's age, the keeper's words): the
mother's earlier births and other pandas' births with their own years and places, weights of
other cubs and on other days, ages of the mate and of the mother at other times, a loan's terms
and visitor numbers, a spokesman's play on the keeper's words, a conditional, a denied
prediction. The facts were written first (`factcheck validate` followed: the birth's phrase names
the zoo, `gave birth to twin cubs at Harbourside Zoo`), then the sentences (``FIRST_RUN``,
``CONTRADICTIONS``), all before the checker first ran on them; a second, harder round
(``SECOND_ROUND``) was written before it ran too.

First run (at 09904c9): no false contradiction in 80 cells (20 sentences, each checked against
the story's four facts), all 5 contradictions caught on their slot. Second round (at 09904c9):
no false contradiction in 80 cells. No rule was written for this table.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

ZOO = """story: mei-lan-twins
date: 2027-08-22
about: [mei-lan]
entities:
  mei-lan: {name: Mei Lan}
  zoo: {name: Harbourside Zoo, kind: organisation}
  okoro: {name: Grace Okoro, aliases: [Okoro], kind: person}
places:
  uk: {name: United Kingdom, country: GB}
  scotland: {name: Scotland, in: uk}
  dundee: {name: Dundee, in: scotland}
facts:
  - id: gave-birth
    who: mei-lan
    what: [gave birth to twin cubs at Harbourside Zoo, gave birth to twins at Harbourside Zoo]
    where: dundee
    when: 2027-08-22
  - id: cubs-weight
    who: mei-lan
    what: [cubs weighed, cubs each weighed]
    count: 150
    unit: g
  - id: age
    who: mei-lan
    what: [year-old, years old]
    count: 9
  - id: okoro-quote
    who: okoro
    quote: Both cubs are feeding well and Mei Lan is a very attentive mother
"""
PUBLISHED = dt.date(2027, 8, 23)  # a Monday: the cubs were born on Sunday, August 22

FIRST_RUN = [
    "Mei Lan gave birth to twin cubs at Harbourside Zoo in Dundee on Sunday, the first pandas "
    "born in Scotland.",
    "The cubs each weighed 150g at birth, about the weight of a smartphone, and will weigh 6kg "
    "by Christmas.",
    "Mei Lan, nine, arrived in Dundee from the Chengdu breeding centre in 2021 with her mate, "
    "Yang Guang, who is 11 years old.",
    "In 2024 Mei Lan gave birth to twins at Harbourside Zoo, but both cubs died within a week.",
    "Tian Tian gave birth to twin cubs at Edinburgh Zoo in 2019.",
    'Keeper Grace Okoro said: "Both cubs are feeding well and Mei Lan is a very attentive '
    'mother. We are over the moon."',
    'A zoo spokesman said: "Both cubs are feeding well, though the smaller one needed help on '
    'Monday."',
    "Giant pandas give birth to twins in about half of pregnancies, and cubs weigh 100g to 200g"
    " at birth.",
    "Mei Lan was artificially inseminated in March, when she was eight years old.",
    "The twins were born at 3.40am and 4.15am on Sunday, 35 minutes apart.",
    "Harbourside Zoo said the cubs would not be seen by the public until January.",
    "Mei Lan's own mother, Hua Mei, gave birth to twin cubs at the Chengdu centre in 2018.",
    "Visitor numbers at Harbourside Zoo rose 40% after Mei Lan arrived in 2021, to 450,000 a year.",
    "The cubs, who weighed 150g each, will not be named for 100 days, following Chinese tradition.",
    "The birth comes 18 months after Mei Lan gave birth to a single cub that lived only two days.",
    "Mei Lan gave birth to twin cubs at Harbourside Zoo, photographed here in 2023 (Getty Images)",
    "Pandas at Harbourside Zoo: Mei Lan, 9, and Yang Guang, 11.",
    "China loaned Mei Lan to Harbourside Zoo for 10 years at a cost of £750,000 a year.",
    "Mei Lan did not give birth in 2025 or 2026, and keepers had feared she never would.",
    "Okoro, 42, has worked with pandas for 15 years, including eight at Chengdu.",
]

SECOND_ROUND = [
    "Mei Lan, who gave birth to twins at Harbourside Zoo in 2024, became a mother again on Sunday.",
    "Harbourside Zoo's first panda, Bao Bao, gave birth to twin cubs at Harbourside Zoo in 2015.",
    "Mei Lan gave birth to twins at Harbourside Zoo for the second time on Sunday, three years "
    "after her first pair.",
    "The cubs each weighed 150g, compared with 190g for the single cub born in 2025.",
    "By Monday the smaller cub weighed 160g and the larger 175g, Okoro said.",
    "Mei Lan's cubs each weighed 150g on Sunday but had gained 20g each by Wednesday.",
    "Mei Lan is nine, and Yang Guang, at 11 years old, is the oldest male panda in Britain.",
    'Okoro told the BBC on Tuesday: "Both cubs are feeding well and Mei Lan is a very '
    'attentive mother."',
    'Yang Guang\'s keeper, Tom Reid, said of him: "He is a very attentive father, for a panda."',
    "The zoo said Mei Lan would not give birth to twins at Harbourside Zoo again, as she will "
    "return to China in 2029.",
    "Vets feared Mei Lan would not give birth to twin cubs at Harbourside Zoo before she turned"
    " 10.",
    "Mei Lan, 9, is the same age as Edinburgh's Tian Tian was when she gave birth to twin cubs "
    "at Edinburgh Zoo in 2019.",
    "If Mei Lan had not given birth to twin cubs at Harbourside Zoo on Sunday, she would have "
    "been returned to China.",
    "Mei Lan gave birth to twin cubs at Harbourside Zoo at 3.40am on Sunday, after a 22-hour "
    "labour that began on Saturday morning.",
    "Mei Lan had last given birth to twins at Harbourside Zoo in August 2024.",
    "Scotland's last panda birth before Sunday was in 2024, when Mei Lan gave birth to twins at"
    " Harbourside Zoo.",
    "About 1,800 giant pandas live in the wild, and 600 in zoos; Mei Lan's cubs each weighed "
    "about 150g.",
    "Mei Lan, aged nine, gave birth to twin cubs at Harbourside Zoo in Dundee.",
    "The twins are Mei Lan's fourth and fifth cubs; her first was born in Chengdu in 2020, when"
    " she was two years old.",
    'Okoro said: "Mei Lan is a very attentive mother," adding that both cubs were feeding well.',
]


@pytest.mark.parametrize("text", FIRST_RUN + SECOND_ROUND)
def test_a_zoo_birth_report_raises_no_clash(text: str) -> None:
    assert clashes_on(text, ZOO, PUBLISHED) == set()


CONTRADICTIONS = [
    ("Mei Lan gave birth to twin cubs at Harbourside Zoo on Saturday.", {"gave-birth:when"}),
    ("Mei Lan's cubs each weighed 210g.", {"cubs-weight:count"}),
    ("Mei Lan, 11, gave birth to twin cubs at Harbourside Zoo on Sunday.", {"age:count"}),
    (
        'Okoro said: "Both cubs are feeding well and Mei Lan is a very nervous mother."',
        {"okoro-quote:quote"},
    ),
    ("Mei Lan did not give birth to twin cubs at Harbourside Zoo on Sunday.", {"gave-birth:what"}),
]


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_birth_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, ZOO, PUBLISHED) == expected
