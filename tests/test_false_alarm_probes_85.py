"""Case table of false alarms looked for in an invented story told as a food product recall (a
company recalling a product in a country on a date, the packs and batches, the price, a
spokeswoman's words): best-before dates printed on packs, a regulator's statement of its own
day, the company's earlier recalls and other companies' recalls with their own dates, countries
and numbers, illnesses reported `not linked`, prices and pack sizes in grams, a caption. The
facts were written first (`factcheck validate` raised nothing), then the sentences that state
nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's own
event (``CONTRADICTIONS``), all before the checker first ran on them.

First run (at a848f95): no false contradiction in 100 cells (20 sentences, each checked against
the story's five facts), and all 5 contradictions caught on their slot. A second, harder round
(``SECOND_ROUND``) was written and committed after it, before the checker ran on it.

Second round (at 76a768e): 1 false contradiction in 100 cells, all else as the first. The false
one: the company's statement of another day reusing the spokeswoman's words (`Harlow said in a
statement on October 1: "We are recalling these bars as a precaution."`): the quote's `who`
clashed. It is now left unjudged by its rule: a speech verb dated on a calendar day, its month
named, that is not the fact's (or the story's) day tells another statement, as one dated in
another year or month already did (``SAID_ON_ANOTHER_DAY``; a weekday, the story's own day, or a
day past a comma or after the quote's close are still judged, ``SAID_ON_THE_DAY``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

RECALL = """story: harlow-granola-bar-recall
date: 2027-10-05
about: [harlow]
entities:
  harlow: {name: Harlow Foods, aliases: [Harlow], kind: organisation}
  fsai: {name: Food Safety Authority of Ireland, aliases: [FSAI], kind: organisation}
  nolan: {name: Aoife Nolan, aliases: [Nolan, Ms Nolan], kind: person}
places:
  ireland: {name: Ireland, country: IE}
  cork: {name: Cork, in: ireland}
facts:
  - id: recall
    who: harlow
    what: [recalled its Oat Crunch bars, is recalling its Oat Crunch bars,
      recall of its Oat Crunch bars]
    where: ireland
    when: 2027-10-05
  - id: packs
    who: harlow
    what: [packs of Oat Crunch bars, packs of its Oat Crunch bars]
    count: 64000
  - id: batches
    who: harlow
    what: [batches of Oat Crunch bars, batches of the bars]
    count: 3
  - id: price
    who: harlow
    what: [bars sell for, packs sell for]
    count: 3.49
    unit: €
  - id: nolan-quote
    who: nolan
    quote: We are recalling these bars as a precaution, and we are sorry for the worry this causes
"""
PUBLISHED = dt.date(2027, 10, 6)  # a Wednesday: the recall was on Tuesday, October 5

FIRST_RUN = [
    "Harlow Foods recalled its Oat Crunch bars in Ireland on Tuesday after metal fragments were"
    " found in a pack bought in Cork.",
    "Harlow is recalling 64,000 packs of Oat Crunch bars from three batches, with best-before"
    " dates of March 14, March 21 and April 2, 2028.",
    "The Food Safety Authority of Ireland said on Monday that it had been told of the fault on"
    " September 29.",
    "Harlow recalled its Oat Crunch bars in Ireland on Tuesday, two years after it recalled"
    " 12,000 jars of peanut butter in Northern Ireland in March 2025.",
    "Harlow Foods recalled its Oat Crunch bars in 2026 too, in Britain, when 8,000 packs were"
    " found to hold undeclared sesame.",
    "No illnesses linked to the bars have been reported, the FSAI said, and two cases of food"
    " poisoning in Limerick were not linked to them.",
    'Aoife Nolan, a spokeswoman for Harlow, said: "We are recalling these bars as a precaution,'
    ' and we are sorry for the worry this causes."',
    "The bars sell for €3.49 in packs of six 35g bars, and a 210g family pack costs €5.99.",
    "Customers who bought the bars can return them to any shop for a full refund of €3.49.",
    "Last month Kerrygold Snacks recalled 40,000 packs of rice cakes in Ireland and Britain"
    " over glass fragments.",
    "The recall of its Oat Crunch bars is Harlow's second this year, after it recalled muesli in"
    " Ireland on May 17.",
    "Packs with the best-before date of 21/03/2028 were sold in Tesco, Dunnes and SuperValu"
    " from August 30.",
    "Oat Crunch bars on a shelf in Cork on Tuesday, before Harlow recalled its Oat Crunch bars",
    "Ms Nolan said the company had not recalled its cereal bars sold in Britain, which are made"
    " at another plant in Leeds.",
    "The FSAI issued 94 food alerts in 2026, 21 of them for foreign bodies such as metal or"
    " plastic.",
    "Harlow, which employs 450 people in Cork, makes 2.3 million packs of bars a year.",
    'Ms Nolan told RTE on Monday: "We test every batch, and we have never had metal in a bar."',
    "The three batches of the bars were made on a line that was serviced on September 14.",
    "In Britain, the Food Standards Agency said on Wednesday that no Harlow products on sale"
    " there were affected.",
    "Harlow did not say how many of the 64,000 packs had already been eaten.",
]


SECOND_ROUND = [
    "Harlow recalled its Oat Crunch bars on Tuesday; on Monday, Kerrygold Snacks recalled its"
    " rice cakes in Britain.",
    "Harlow Foods is recalling its Oat Crunch bars, best before 14/03/2028, in Ireland.",
    "Harlow recalled 9,000 packs of its Oat Crunch bars in Britain in 2026 over undeclared sesame.",
    "The recall covers 64,000 packs of Oat Crunch bars, 12,000 of them sold in Northern Ireland,"
    " Harlow said.",
    "Harlow had recalled its Oat Crunch bars in Wales on June 3, 2026, after a customer found"
    " plastic in one.",
    "Harlow recalled three batches of the bars; the FSAI said two other batches of the bars,"
    " made in August, were safe.",
    "Harlow did not recall its Oat Crunch bars in Britain, where they are sold under another name.",
    "Harlow has not recalled its Oat Crunch bars before, Ms Nolan said.",
    "The bars sell for €3.49 in Ireland and £2.99 in Northern Ireland, where 4,000 packs were"
    " sold.",
    "Ms Nolan, 44, who joined Harlow from Kerry Group in 2019, said the fault was found on Friday.",
    'Harlow said in a statement on October 1: "We are recalling these bars as a precaution."',
    'Asked on Monday whether a recall was coming, Ms Nolan said: "We are looking at every batch."',
    "Shoppers in Cork said they had bought packs of Oat Crunch bars for €2.99 on special offer"
    " in September.",
    "Harlow, which recalled 3 million eggs in France in 2024, recalled its Oat Crunch bars in"
    " Ireland on Tuesday.",
    "A pack of Oat Crunch bars weighs 210g; a single bar weighs 35g and has 148 calories.",
    "The FSAI ordered the recall of its Oat Crunch bars on Tuesday, the third recall it ordered"
    " from Harlow since 2020.",
    "Harlow's packs of Oat Crunch bars sold in Spain, about 5,000 of them, are not affected.",
    "In 2019, Harlow recalled 200,000 packs of oat bars in Britain, then its biggest market.",
    "Had the fragments been found a week earlier, Harlow would have recalled its Oat Crunch bars"
    " on September 28, the FSAI said.",
    "A customer holds a pack of Oat Crunch bars, best before April 2, 2028, in Cork on Tuesday",
]


@pytest.mark.parametrize("text", FIRST_RUN + SECOND_ROUND)
def test_a_food_recall_raises_no_clash(text: str) -> None:
    assert clashes_on(text, RECALL, PUBLISHED) == set()


CONTRADICTIONS = [
    ("Harlow Foods recalled its Oat Crunch bars in Ireland on Monday.", {"recall:when"}),
    ("Harlow Foods recalled its Oat Crunch bars in France on Tuesday.", {"recall:where"}),
    ("Harlow is recalling 46,000 packs of Oat Crunch bars.", {"packs:count"}),
    ("Harlow recalled five batches of Oat Crunch bars.", {"batches:count"}),
    (
        'Aoife Nolan said: "We are recalling these bars as a precaution, and we are sorry for the'
        ' anger this causes."',
        {"nolan-quote:quote"},
    ),
]


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_recall_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, RECALL, PUBLISHED) == expected


WORDS = '"We are recalling these bars as a precaution."'
CHANGED = (
    '"We are recalling these bars as a precaution, and we are sorry for the anger this causes."'
)

SAID_ON_ANOTHER_DAY = [
    # a speech verb dated on a calendar day that is not the story's: another statement
    f"Harlow said in a statement on October 1: {WORDS}",
    f"Harlow said on September 30th: {WORDS}",
    f"Harlow told the FSAI on October 2nd: {WORDS}",
    f"Ms Nolan told RTE on 1 October: {CHANGED}",
]


@pytest.mark.parametrize("text", SAID_ON_ANOTHER_DAY)
def test_words_said_on_another_calendar_day_are_another_statement(text: str) -> None:
    assert clashes_on(text, RECALL, PUBLISHED) == set()


SAID_ON_THE_DAY = [
    # the story's own day, a weekday, a day past a comma, or after the quote closed: judged
    (f"Harlow said on October 5: {WORDS}", {"nolan-quote:who"}),
    (f"Harlow said on Monday: {WORDS}", {"nolan-quote:who"}),
    (f'Harlow said: {WORDS[:-2]}," and recalled the bars on October 1.', {"nolan-quote:who"}),
    (f"Harlow said on October 1 Budget talks: {WORDS}", {"nolan-quote:who"}),
    (f"Ms Nolan said on October 5: {CHANGED}", {"nolan-quote:quote"}),
    (f"Ms Nolan said, on October 1, {CHANGED}", {"nolan-quote:quote"}),
]


@pytest.mark.parametrize("text, expected", SAID_ON_THE_DAY)
def test_words_said_on_the_story_s_day_are_judged(text: str, expected: set[str]) -> None:
    assert clashes_on(text, RECALL, PUBLISHED) == expected
