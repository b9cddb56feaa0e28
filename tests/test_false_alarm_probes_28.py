"""Case table of false alarms found by checking invented stories (a protest march whose size
is disputed, a minister's tax announcement that viral posts misdate) written as fact-checking
articles write them: the claim under review set out (`Claim:`, `Posts claim ...`, `FALSE:`),
verdict lines, the organisers' figure beside the police's, rumours, quoted posts, `there is no
evidence that`, `it is not true that`. The facts were written first, then the sentences that
state nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the
fact's own event (``CONTRADICTIONS``), each to clash on its slot, all before the checker first
ran on them.

First run (at c205340): 11 of the 40 sentences raised a false contradiction (13 false clashes
in 100 cells: 40 sentences, each checked against every fact of its story), and 7 of the 9
contradictions caught on their slot. The claim under review was read as the article's own
statement: `Claim: Greenline marched in Porto on Friday`, `FALSE: Faro announced a sugar tax of
50 cents per litre`, `Posts shared thousands of times claim ...`, `It is not true that ...`,
`There is no evidence that ...`, a post quoted (`One post said: '...'`), a question (`Did
Greenline march in Porto? No.`), and the organisers' figure set beside the police's. Now a
claim label (`Claim:`, `FALSE:`, `Rumour:`, `Myth:`, `Misleading:`..., to a verdict label such
as `Fact:` or the sentence's end), a frame that sets a clause out without asserting it (`it is
not true that`, `no evidence that`, `the claim that`, `falsely said`, a post, tweet or message
that says or claims, organisers or critics who claim or estimate), and a question are segments
of the text that may confirm but never contradict (their clashes are shown as doubtful); a quote
inside them is still the speaker's words. A count clash in a sentence that also gives the
fact's count with words that set figures side by side (`police put the figure at 12,000`,
`according to`, `estimated`) is a dispute, not judged (``NOT_ASSERTED``). The contradictions
still missed are in ``MISSED``: a count whose `who` stands after the phrase as another verb's
object (`About 20,000 protesters joined Greenline Alliance`), and a quote given to a speaker the
story does not name (`said an opposition MP`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

MARCH = """
story: greenline-march
date: 2027-05-15
about: [greenline]
entities:
  greenline: {name: Greenline Alliance, aliases: [Greenline], kind: organisation}
  police: {name: Lisbon police, kind: organisation}
places:
  portugal: {name: Portugal, country: PT}
  lisbon: {name: Lisbon, in: portugal}
  porto: {name: Porto, in: portugal}
facts:
  - id: marched
    who: greenline
    what: [marched, staged a march, held a march]
    when: 2027-05-15
    where: lisbon
  - id: size
    who: greenline
    what: [protesters, people marched]
    count: 12000
"""

TAX = """
story: sugar-tax
date: 2027-05-18
about: [faro]
entities:
  faro: {name: Ines Faro, aliases: [Faro, Ms Faro], kind: person}
places:
  portugal: {name: Portugal, country: PT}
facts:
  - id: announced
    who: faro
    what: [announced a sugar tax, announced the sugar tax, unveiled a sugar tax]
    when: 2027-05-18
  - id: rate
    who: faro
    what: [cents per litre, cents a litre]
    count: 20
  - id: faro-quote
    who: faro
    quote: This tax is about children's health, not about revenue
"""

PUBLISHED = {
    MARCH: dt.date(2027, 5, 17),  # a Monday: Saturday is May 15
    TAX: dt.date(2027, 5, 20),  # a Thursday: Tuesday is May 18
}

FIRST_RUN = [
    (MARCH, s)
    for s in (
        "Claim: Greenline marched in Porto on Friday.",
        "Verdict: False. The march took place in Lisbon on Saturday.",
        "Posts shared thousands of times claim Greenline marched on Friday.",
        "Greenline said 50,000 people marched; police put the figure at 12,000.",
        "Organisers claimed 50,000 protesters took part.",
        "It is not true that Greenline marched in Porto.",
        "FALSE: Greenline held a march in Porto.",
        "A widely shared video said to show the march was filmed in Porto in 2023.",
        "Greenline held a smaller march in Porto in 2025.",
        "There is no evidence that 50,000 people marched.",
        "Rumour: 2,000 protesters were arrested. Fact: police made 14 arrests.",
        "One post said: 'Greenline marched in Porto today!'",
        "The claim that the march was held on Friday appears to come from a 2026 event page.",
        "Greenline has held marches every May since 2019.",
        "Police estimated that 12,000 people marched.",
        "Why do crowd estimates differ? Organisers count everyone who joins at any point.",
        "Misleading: a photo of 100,000 protesters in Madrid in 2021 was shared as this march.",
        "We contacted Greenline on Sunday; it did not respond.",
        "Did Greenline march in Porto? No.",
        "Rating: Mostly false",
    )
] + [
    (TAX, s)
    for s in (
        "Claim: Faro announced the sugar tax in 2025.",
        "A viral post claims Faro announced a sugar tax on Monday.",
        "There is no evidence that Faro announced the sugar tax in secret last year.",
        "FALSE: Faro announced a sugar tax of 50 cents per litre.",
        "The post says the tax is 50 cents a litre; the bill sets 20 cents.",
        "Faro first proposed a sugar tax in 2024, when she was an MP.",
        "Spain considered a tax of 15 cents per litre in 2022.",
        "It is not true that Faro announced a tax on bread.",
        "The false claim has been shared 40,000 times since Tuesday.",
        "Faro did not announce a tax on diet drinks.",
        "Rumour: the tax starts in June. Fact: it starts in January.",
        '"Sugar tax is theft," one post said.',
        "Did Faro announce the tax on Monday? No, on Tuesday.",
        "Verdict: Misleading",
        "The tax would raise about 80 million euros a year.",
        "Faro, 46, became health minister in 2026.",
        "Similar taxes exist in 45 countries.",
        "The rate is 20 cents per litre for drinks with more than 8g of sugar per 100ml.",
        "A manipulated video shows Faro announcing the tax in a supermarket.",
        "We rate this claim False.",
    )
]

MISSED = [
    (MARCH, "About 20,000 protesters joined Greenline Alliance."),
    (TAX, '"This tax is about children\'s health, not about revenue," said an opposition MP.'),
]

CONTRADICTIONS = [
    (MARCH, "Greenline Alliance marched through Lisbon on Sunday.", {"marched:when"}),
    (MARCH, "Greenline Alliance held a march in Porto on Saturday.", {"marched:where"}),
    (MARCH, "Greenline Alliance did not march on Saturday.", {"marched:what"}),
    (TAX, "Ines Faro announced a sugar tax on Wednesday.", {"announced:when"}),
    (TAX, "Ines Faro announced a sugar tax of 30 cents per litre.", {"rate:count"}),
    (TAX, "Ines Faro did not announce a sugar tax.", {"announced:what"}),
    (
        TAX,
        '"This tax is about children\'s teeth, not about revenue," Faro said.',
        {"faro-quote:quote"},
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


NOT_ASSERTED = [
    (MARCH, "Claim: Greenline marched in Porto on Friday.", set()),
    (MARCH, "FALSE: Greenline held a march in Porto.", set()),
    (MARCH, "Rumour: Greenline marched in Porto. Fact: it marched in Lisbon.", set()),
    (MARCH, "Posts shared thousands of times claim Greenline marched on Friday.", set()),
    (MARCH, "It is not true that Greenline marched in Porto.", set()),
    (MARCH, "There is no evidence that Greenline marched on Friday.", set()),
    (MARCH, "Did Greenline march in Porto?", set()),
    (MARCH, "Greenline said 50,000 people marched; police put the figure at 12,000.", set()),
    # still judged: the article's own statement, beside a claim or after it, and a quote
    (MARCH, "Greenline marched in Porto on Saturday.", {"marched:where"}),
    (MARCH, "Greenline marched in Porto, police said.", {"marched:where"}),
    (MARCH, "Greenline said 50,000 people marched.", {"size:count"}),
    (MARCH, "Claim: the rain stopped. Greenline marched in Porto on Saturday.", {"marched:where"}),
    (
        TAX,
        'Faro said: "It is not true that this tax is about revenue. This tax is about '
        "children's teeth, not about revenue.\"",
        {"faro-quote:quote"},
    ),
    (
        TAX,
        'Is Faro right? "This tax is about children\'s teeth, not about revenue," she said.',
        {"faro-quote:quote"},
    ),
]


@pytest.mark.parametrize("story, text, expected", NOT_ASSERTED)
def test_what_the_article_sets_out_without_asserting_it_does_not_contradict(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
