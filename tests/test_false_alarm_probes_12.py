"""Case table of false alarms found by checking invented stories of kinds the tests lacked (a
food recall, a train derailment and the inquiry ordered into it, a cabinet reshuffle, a
scientific study's findings), written as wire copy and news pages: datelines (`LONDON
(Reuters) -`, `(AP) —`), `This story has been updated`, corrections, credits and captions,
quotes that go on past the speaker's name, sentences with two speakers, reported speech
(`according to`, `told the BBC`), a study's table of figures told in sentences, names from
other languages, other recalls, crashes, reshuffles and studies, former posts, rankings,
partitives, rates, modals and denials of another thing. The facts were written first, then
the sentences that state nothing contrary to them (``FIRST_RUN``) and those that state a wrong
value for the fact's own event (``CONTRADICTIONS``), each to clash on its slot, all before the
checker first ran on them.

First run (at 855788a): 4 false contradictions in 700 cells (100 sentences, each checked
against every fact of its story), and 8 of the 11 contradictions caught on their slot. In the
recall, `Harvest Gold recalled 18,000 jars of almond butter in 2022` dated the story's recall
by an earlier one, and `Harvest Gold has not recalled its crunchy range` denied the recall; in
the reshuffle, `Marsh reshuffled her cabinet in January 2025, when six posts changed hands`
dated Monday's reshuffle by an earlier one; in the study, `The average participant walked
6,300 steps a day` counted the steps of the study's threshold by the average participant's.
Now a date or place is not judged when the act's object right after the phrase, or a `when`
clause right after its date, is counted with a number that clashes with a count fact of the
story (``OTHER_OCCASIONS``), a denial is not judged when its object is the subject's own
(`its`, `their`) or other things (``OWN_OR_OTHER_THINGS``), and a number is not the fact's
count when its clause's subject is the average, typical or median member or the sentence opens
with `On average,` (``TYPICAL_MEMBERS``); each table holds the near-misses still judged. The
contradictions the checker still misses are in ``MISSED``."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

RECALL = """
story: harvest-gold-recall
date: 2026-04-14
about: [maker, outbreak]
entities:
  maker: {name: Harvest Gold Foods, aliases: [Harvest Gold], kind: organisation,
    mention_only: [the company, the firm, the manufacturer]}
  outbreak: {name: Harvest Gold salmonella outbreak, aliases: [the salmonella outbreak],
    kind: event, mention_only: [the outbreak]}
  fsa: {name: Food Standards Agency, aliases: [FSA, the FSA], kind: organisation,
    mention_only: [the agency, the regulator]}
  okoro: {name: Dr Nneka Okoro, aliases: [Okoro, Dr Okoro], kind: person}
  price: {name: Daniel Price, aliases: [Price], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK, Britain]}
  england: {name: England, in: uk}
  leicester: {name: Leicester, in: england}
  nottingham: {name: Nottingham, in: england}
  ireland: {name: Ireland}
facts:
  - id: recalled
    who: maker
    what: [recalled, is recalling, recall]
    when: 2026-04-13
    note: smooth peanut butter, 340g and 1kg jars
  - id: jars
    who: maker
    what: [jars]
    count: 240000
  - id: made
    who: maker
    what: [made, produced, manufactured]
    where: leicester
    note: the Leicester factory, one roasting line
  - id: ill
    who: outbreak
    what: [fell ill, fallen ill, illnesses]
    count: 37
    note: UKHSA figure of 14 April
  - id: hospital
    who: outbreak
    what: [treated in hospital, hospitalised, admitted to hospital]
    count: 9
  - id: okoro-quote
    who: okoro
    quote: Do not eat this product, even if it looks and smells normal
  - id: price-quote
    who: price
    quote: We are deeply sorry to everyone who has been made ill
"""

DERAILMENT = """
story: carrbridge-derailment
date: 2026-08-12
about: [derailment, train]
entities:
  train: {name: Inverness to Edinburgh train, aliases: [the 06:12 from Inverness], kind: product,
    mention_only: [the train, the service]}
  derailment: {name: Carrbridge derailment, aliases: [the Carrbridge derailment], kind: event,
    mention_only: [the derailment, the crash, the accident]}
  scotrail: {name: ScotRail, kind: organisation, mention_only: [the operator]}
  raib: {name: Rail Accident Investigation Branch, aliases: [RAIB, the RAIB], kind: organisation}
  lindsay: {name: Morag Lindsay, aliases: [Lindsay, Ms Lindsay], kind: person,
    mention_only: [the transport secretary]}
  grant: {name: Euan Grant, aliases: [Grant], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK, Britain]}
  scotland: {name: Scotland, in: uk}
  carrbridge: {name: Carrbridge, in: scotland}
  inverness: {name: Inverness, in: scotland}
  aviemore: {name: Aviemore, in: scotland}
  edinburgh: {name: Edinburgh, in: scotland}
  perth: {name: Perth, in: scotland}
facts:
  - id: derailed
    who: train
    what: [derailed, came off the tracks, left the track]
    when: 2026-08-11
    where: carrbridge
  - id: passengers
    who: train
    what: [passengers]
    count: 186
  - id: deaths
    who: derailment
    what: [killed, died, dead]
    count: 3
  - id: injured
    who: derailment
    what: [injured, hurt]
    count: 41
  - id: inquiry
    who: lindsay
    what: [ordered a public inquiry, announced a public inquiry, ordered an inquiry]
    when: 2026-08-12
  - id: lindsay-quote
    who: lindsay
    quote: Families deserve to know exactly what happened and why
  - id: grant-quote
    who: grant
    quote: The water came down the hill like a river and took the ballast with it
"""

RESHUFFLE = """
story: marsh-reshuffle
date: 2026-09-15
about: [marsh, reshuffle]
entities:
  marsh: {name: Helen Marsh, aliases: [Marsh, Prime Minister Helen Marsh], kind: person,
    mention_only: [the prime minister]}
  reshuffle: {name: September 2026 reshuffle, kind: event, mention_only: [the reshuffle]}
  tennant: {name: Rachel Tennant, aliases: [Tennant], kind: person}
  qureshi: {name: Imran Qureshi, aliases: [Qureshi], kind: person}
  lowe: {name: David Lowe, aliases: [Lowe], kind: person}
  achterberg: {name: Sanne Achterberg, aliases: [Achterberg], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK, Britain]}
  england: {name: England, in: uk}
  london: {name: London, in: england}
  downing-street: {name: Downing Street, in: london}
facts:
  - id: reshuffled
    who: marsh
    what: [reshuffled her cabinet, carried out a reshuffle, reshuffle]
    when: 2026-09-14
  - id: tennant-foreign
    who: tennant
    what: [appointed foreign secretary, named foreign secretary, became foreign secretary,
      made foreign secretary]
    when: 2026-09-14
    note: previously home secretary (2024-2026)
  - id: qureshi-chancellor
    who: qureshi
    what: [appointed chancellor, named chancellor, became chancellor, made chancellor]
    when: 2026-09-14
    note: previously health secretary
  - id: lowe-sacked
    who: lowe
    what: [sacked, dismissed]
    when: 2026-09-14
    note: chancellor since 2024
  - id: posts
    who: reshuffle
    what: [posts changed hands, cabinet posts]
    count: 14
  - id: women
    who: marsh
    what: [women in her cabinet, women in the cabinet]
    count: 11
  - id: marsh-quote
    who: marsh
    quote: This is a government that is ready for the hard choices ahead
"""

STUDY = """
story: steps-dementia-study
date: 2026-05-21
about: [study]
entities:
  study: {name: Copenhagen steps and dementia study, aliases: [the Copenhagen study],
    kind: event, mention_only: [the study, the research, the findings]}
  university: {name: University of Copenhagen, kind: organisation}
  journal: {name: The Lancet Public Health, aliases: [Lancet Public Health], kind: organisation}
  nielsen: {name: Professor Mette Nielsen, aliases: [Nielsen, Prof Nielsen], kind: person}
  hughes: {name: Dr Owen Hughes, aliases: [Hughes, Dr Hughes], kind: person}
places:
  denmark: {name: Denmark}
  copenhagen: {name: Copenhagen, in: denmark}
  uk: {name: United Kingdom, aliases: [UK, Britain]}
facts:
  - id: published
    who: study
    what: [was published, published]
    when: 2026-05-20
    note: in The Lancet Public Health
  - id: participants
    who: study
    what: [participants, adults]
    count: 48210
  - id: followed
    who: study
    what: [years of follow-up, followed for an average of]
    count: 11
  - id: lower-risk
    who: study
    what: [lower risk]
    count: 31
    unit: "%"
    note: dementia risk at 7,000 steps a day against 2,000
  - id: steps
    who: study
    what: [steps a day]
    count: 7000
  - id: nielsen-quote
    who: nielsen
    quote: You do not need to run marathons to protect your brain
  - id: hughes-quote
    who: hughes
    quote: This is an observational study and cannot prove that walking prevents dementia
"""

STORIES = {
    "recall": (RECALL, dt.date(2026, 4, 14)),
    "derailment": (DERAILMENT, dt.date(2026, 8, 12)),
    "reshuffle": (RESHUFFLE, dt.date(2026, 9, 15)),
    "study": (STUDY, dt.date(2026, 5, 21)),
}

FIRST_RUN = [
    # a food recall: the wire lede, corrected figures, other recalls, two speakers
    (
        "recall",
        "LONDON (Reuters) - Harvest Gold Foods has recalled 240,000 jars of peanut butter after "
        "37 people fell ill with salmonella, Britain's Food Standards Agency said on Tuesday.",
    ),
    ("recall", "This story has been updated with comment from the company."),
    (
        "recall",
        "Nine people have been treated in hospital, according to the UK Health Security Agency.",
    ),
    (
        "recall",
        "The recall covers 340g and 1kg jars with best-before dates between June 2026 and March "
        "2027.",
    ),
    (
        "recall",
        "Harvest Gold recalled 18,000 jars of almond butter in 2022 over undeclared peanuts.",
    ),
    (
        "recall",
        "The company said no one had fallen ill in Ireland, where 4,000 jars were sold.",
    ),
    (
        "recall",
        '"Do not eat this product, even if it looks and smells normal," said Dr Nneka Okoro, '
        'head of incidents at the FSA. "Return it to the store for a full refund."',
    ),
    (
        "recall",
        "Daniel Price, the company's chief executive, said: \"We are deeply sorry to everyone "
        'who has been made ill."',
    ),
    (
        "recall",
        "Okoro said the agency was still investigating, while Price said the fault had been "
        "traced to one roasting line.",
    ),
    ("recall", "Of the 37 people who fell ill, 21 are children."),
    ("recall", "Salmonella causes about 10,000 reported illnesses a year in the UK."),
    (
        "recall",
        "The number of people who have fallen ill has risen from 29 on Friday, the UKHSA said.",
    ),
    (
        "recall",
        "Correction: An earlier version of this article said 42 people had fallen ill. The UKHSA "
        "figure is 37.",
    ),
    (
        "recall",
        "The jars were made at the company's factory in Leicester between 2 and 20 March.",
    ),
    ("recall", "Harvest Gold, founded in Nottingham in 1987, employs 1,200 people."),
    (
        "recall",
        "It is the largest food recall in Britain since 2019, when 2.1 million eggs were "
        "withdrawn.",
    ),
    ("recall", "The company could face a fine of up to 5 million pounds."),
    ("recall", "No deaths have been reported."),
    ("recall", "Price was previously finance director at Clover Dairies in Nottingham."),
    ("recall", "The FSA issued 74 food alerts last year, up from 61 in 2024."),
    (
        "recall",
        "Harvest Gold has not recalled its crunchy range, which is made at a separate plant in "
        "Nottingham.",
    ),
    ("recall", "Supermarkets including Tesco and Sainsbury's removed the jars on Monday night."),
    (
        "recall",
        "Three people in Ireland fell ill with the same strain in 2024, Irish officials told the "
        "BBC.",
    ),
    ("recall", "Two of the nine patients in hospital have since gone home."),
    ("recall", "(Reporting by Kate Holton; Editing by Mark Potter)"),
    # a train derailment: the dead and injured, the inquiry, earlier crashes, other trains
    (
        "derailment",
        "CARRBRIDGE, Scotland (AP) — Three people were killed and 41 injured when a passenger "
        "train derailed in the Scottish Highlands on Tuesday, police said.",
    ),
    (
        "derailment",
        "The 06:12 from Inverness to Edinburgh was carrying 186 passengers and four crew.",
    ),
    (
        "derailment",
        "Transport Secretary Morag Lindsay ordered a public inquiry on Wednesday.",
    ),
    (
        "derailment",
        '"Families deserve to know exactly what happened and why," Lindsay told the BBC.',
    ),
    (
        "derailment",
        'Euan Grant, a farmer who was first on the scene, said: "The water came down the hill '
        'like a river and took the ballast with it."',
    ),
    (
        "derailment",
        "It was the deadliest rail accident in Scotland since Stonehaven in 2020, when three "
        "people died.",
    ),
    (
        "derailment",
        "Nine of the injured remain in hospital in Inverness, two of them in a critical condition.",
    ),
    ("derailment", "The train left Inverness at 06:12 and derailed 40 minutes later."),
    (
        "derailment",
        "A freight train came off the tracks near Perth in 2023 after a landslip, injuring no one.",
    ),
    (
        "derailment",
        "The line between Aviemore and Inverness will stay closed for at least two weeks.",
    ),
    (
        "derailment",
        "The RAIB said its inspectors had found a washed-out culvert about 200 metres from where "
        "the train came to rest.",
    ),
    (
        "derailment",
        "Lindsay, who was justice secretary until 2024, said the inquiry would report within a "
        "year.",
    ),
    ("derailment", "ScotRail said none of its other trains had been affected."),
    (
        "derailment",
        "More than 50 millimetres of rain fell on the area in the six hours before the crash, "
        "according to the Met Office.",
    ),
    (
        "derailment",
        "This story has been updated to correct the number of injured, which police first gave "
        "as 45.",
    ),
    (
        "derailment",
        "Britain's railways carried 1.6 billion passengers last year, and deaths in train "
        "accidents are rare.",
    ),
    ("derailment", "The driver, 54, was among those killed."),
    (
        "derailment",
        "The operator could face an unlimited fine if it is found to have been negligent.",
    ),
    (
        "derailment",
        "Grant said he had pulled two passengers from the leading carriage, while his wife called "
        "the emergency services.",
    ),
    (
        "derailment",
        "Pictured: The leading carriage on its side near Carrbridge on Tuesday morning. (PA)",
    ),
    ("derailment", "Two of the dead were passengers; the third was the driver."),
    (
        "derailment",
        "The last public inquiry into a rail crash in Scotland was ordered in 2020.",
    ),
    ("derailment", "A train derailed in Aviemore in 1914, killing five people."),
    (
        "derailment",
        "The service runs 12 times a day and carried about 900,000 passengers in 2025.",
    ),
    ("derailment", "Lindsay did not rule out criminal charges."),
    # a cabinet reshuffle: who holds which post, former posts, rankings, counts
    (
        "reshuffle",
        "LONDON (Reuters) - Prime Minister Helen Marsh reshuffled her cabinet on Monday, "
        "sacking Chancellor David Lowe and appointing Imran Qureshi in his place.",
    ),
    (
        "reshuffle",
        "Rachel Tennant, who had been home secretary since 2024, was appointed foreign secretary.",
    ),
    ("reshuffle", "Qureshi was health secretary from 2023 until Monday."),
    ("reshuffle", "Lowe had been chancellor since July 2024."),
    (
        "reshuffle",
        "Sanne Achterberg, 41, replaces Tennant as home secretary, the first Dutch-born member of "
        "a British cabinet.",
    ),
    ("reshuffle", "Fourteen cabinet posts changed hands, the most since 2012."),
    ("reshuffle", "Eleven of the 22 members of the new cabinet are women, up from eight."),
    (
        "reshuffle",
        '"This is a government that is ready for the hard choices ahead," Marsh said outside '
        "Downing Street.",
    ),
    (
        "reshuffle",
        '"I leave with my head held high," Lowe wrote on X, adding that he would not resign his '
        "seat.",
    ),
    (
        "reshuffle",
        "Lowe was sacked as business secretary by Marsh's predecessor in 2021 before returning "
        "to government.",
    ),
    ("reshuffle", "Tennant became the second woman to serve as foreign secretary."),
    (
        "reshuffle",
        "Marsh reshuffled her cabinet in January 2025, when six posts changed hands.",
    ),
    ("reshuffle", "The pound rose 0.4% against the dollar after Qureshi's appointment."),
    (
        "reshuffle",
        "Qureshi, 46, was born in Bradford and worked as an economist at the Bank of England.",
    ),
    (
        "reshuffle",
        "Tennant and Qureshi are both seen as possible successors to Marsh, according to "
        "colleagues.",
    ),
    ("reshuffle", "Marsh did not sack Defence Secretary Tom Hale, as some had expected."),
    (
        "reshuffle",
        "The reshuffle could continue on Tuesday with junior ministers.",
    ),
    (
        "reshuffle",
        "Lowe is the third chancellor to be sacked in a reshuffle since 2000.",
    ),
    ("reshuffle", "Opposition leader Paul Davies called the reshuffle 'a desperate gamble'."),
    (
        "reshuffle",
        "Qureshi will deliver his first budget on 26 November, Downing Street said.",
    ),
    (
        "reshuffle",
        "Achterberg, who was born in Utrecht and came to Britain in 1998, was previously "
        "housing minister.",
    ),
    ("reshuffle", "This article was updated at 19:40 BST on Monday with Lowe's statement."),
    (
        "reshuffle",
        "Marsh, who became prime minister in 2024, has a majority of 64 in the Commons.",
    ),
    ("reshuffle", "Five of the 14 new appointments went to MPs first elected in 2024."),
    (
        "reshuffle",
        "Tennant told reporters she had been offered the job on Sunday night, while Qureshi "
        "said he had learnt of his on Monday morning.",
    ),
    # a scientific study: its figures, earlier studies, other experts, the journal
    (
        "study",
        "COPENHAGEN (Reuters) - Walking 7,000 steps a day was linked to a 31% lower risk of "
        "dementia in a study of 48,210 Danish adults published on Wednesday.",
    ),
    (
        "study",
        "The participants, aged 50 to 79, were followed for an average of 11 years.",
    ),
    (
        "study",
        "During that time, 2,104 of them developed dementia, according to the study in The "
        "Lancet Public Health.",
    ),
    (
        "study",
        "Those who walked 10,000 steps a day had a 36% lower risk than those who walked 2,000.",
    ),
    (
        "study",
        "A 2022 study of 78,000 people in the UK Biobank found a 50% lower risk at 9,800 steps.",
    ),
    (
        "study",
        '"You do not need to run marathons to protect your brain," said Professor Mette Nielsen '
        "of the University of Copenhagen, who led the research.",
    ),
    (
        "study",
        '"This is an observational study and cannot prove that walking prevents dementia," said '
        "Dr Owen Hughes of Alzheimer's Research UK, who was not involved.",
    ),
    (
        "study",
        "Nielsen said the benefit levelled off above 9,000 steps, while Hughes said the link "
        "could partly reflect early symptoms.",
    ),
    ("study", "About 982,000 people in the UK are living with dementia."),
    ("study", "Every extra 1,000 steps a day was linked to a 6% lower risk."),
    (
        "study",
        "The researchers did not find a lower risk among participants who walked fewer than "
        "4,000 steps.",
    ),
    (
        "study",
        "An earlier analysis of the same cohort, published in 2021, followed 31,000 adults for "
        "six years.",
    ),
    ("study", "Women made up 54% of the participants."),
    ("study", "The study was funded by the Novo Nordisk Foundation."),
    (
        "study",
        "Correction: An earlier version of this article said the study followed 41,210 adults. "
        "It followed 48,210.",
    ),
    (
        "study",
        "Dementia cases worldwide are expected to reach 139 million by 2050, according to the WHO.",
    ),
    ("study", "The average participant walked 6,300 steps a day."),
    (
        "study",
        "Steps were counted with wrist-worn devices over one week at the start of the study.",
    ),
    (
        "study",
        "Nielsen, who previously worked at the Karolinska Institute in Stockholm, has studied "
        "ageing since 2005.",
    ),
    (
        "study",
        "The risk was 25% lower for women and 37% lower for men who walked 7,000 steps.",
    ),
    (
        "study",
        "The team now plans a trial with 3,000 participants in Denmark and Norway.",
    ),
    ("study", "Danish researchers published a similar study on heart disease in 2019."),
    (
        "study",
        "It was the largest study of its kind in Europe, though smaller than two in the US.",
    ),
    (
        "study",
        "Participants who were inactive for more than 10 hours a day had a 12% higher risk.",
    ),
    (
        "study",
        "Pictured: A walker in Copenhagen's Faelledparken on Wednesday. (Ritzau Scanpix)",
    ),
]

CONTRADICTIONS = [
    # the fact's own event told with a wrong value: each clashes on its slot (the three the
    # checker misses are in ``MISSED``)
    ("recall", "Harvest Gold Foods has recalled 420,000 jars of peanut butter.", {"jars:count"}),
    ("recall", "Harvest Gold recalled the peanut butter on Friday.", {"recalled:when"}),
    (
        "derailment",
        "The Inverness to Edinburgh train derailed near Aviemore on Tuesday.",
        {"derailed:where"},
    ),
    (
        "derailment",
        "Transport Secretary Morag Lindsay ordered a public inquiry on Thursday.",
        {"inquiry:when"},
    ),
    (
        "reshuffle",
        "Prime Minister Helen Marsh reshuffled her cabinet on Friday.",
        {"reshuffled:when"},
    ),
    ("reshuffle", "Seventeen cabinet posts changed hands.", {"posts:count"}),
    ("study", "The study of 84,210 adults was published on Wednesday.", {"participants:count"}),
    (
        "study",
        "The Copenhagen study was published in The Lancet Public Health on Monday.",
        {"published:when"},
    ),
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_a_sentence_that_states_nothing_contrary_does_not_clash(story: str, text: str) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == set()


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_for_the_fact_s_own_event_clashes_on_its_slot(
    story: str, text: str, expected: set[str]
) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == expected


MISSED = [
    # contradictions written with the table that the checker does not catch: a subject other
    # than the fact's `who` (people, not the outbreak, were treated in hospital), the fact's
    # `who` named only after the phrase (`killed in the Carrbridge derailment`), and a figure
    # told of what was studied (`Walking 7,000 steps a day was linked to`), not of the study
    ("recall", "Twelve people have been treated in hospital."),
    ("derailment", "Five people were killed in the Carrbridge derailment."),
    ("study", "Walking 7,000 steps a day was linked to a 13% lower risk of dementia."),
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_the_checker_misses_raise_nothing_else(story: str, text: str) -> None:
    """What the checker still misses, kept to see it change: no clash, not even a wrong one."""
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == set()


OTHER_OCCASIONS = [
    # the act's object, or what happened on its date, counted with another number than the
    # story's: another occasion, whose date is its own
    ("recall", "Harvest Gold recalled 18,000 jars of almond butter in 2022.", set()),
    ("recall", "Harvest Gold recalled 18,000 jars in 2022 over undeclared peanuts.", set()),
    (
        "reshuffle",
        "Marsh reshuffled her cabinet in January 2025, when six posts changed hands.",
        set(),
    ),
    (
        "reshuffle",
        "Marsh reshuffled her cabinet on 3 March 2025, when six posts changed hands.",
        set(),
    ),
    # another number and a date of the same year: the number is still judged
    ("recall", "Harvest Gold recalled 18,000 jars on Friday.", {"jars:count"}),
    # near-misses: the story's number, no number, a number in a clause not opened by `when`
    ("recall", "Harvest Gold recalled 240,000 jars in 2022.", {"recalled:when"}),
    ("recall", "Harvest Gold recalled jars in 2022.", {"recalled:when"}),
    (
        "reshuffle",
        "Marsh reshuffled her cabinet in January 2025, when 14 posts changed hands.",
        {"reshuffled:when"},
    ),
    (
        "reshuffle",
        "Marsh reshuffled her cabinet in January 2025, and six posts changed hands.",
        {"reshuffled:when"},
    ),
    ("reshuffle", "Marsh reshuffled her cabinet in January 2025.", {"reshuffled:when"}),
]


@pytest.mark.parametrize("story, text, expected", OTHER_OCCASIONS)
def test_an_occasion_counted_with_another_number_has_its_own_date(
    story: str, text: str, expected: set[str]
) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == expected


OWN_OR_OTHER_THINGS = [
    # a denial of the act on one of the subject's own things, or on other things
    ("Harvest Gold has not recalled its crunchy range.", set()),
    ("Harvest Gold did not recall its crunchy range, which is made in Nottingham.", set()),
    ("Harvest Gold has not recalled any other products.", set()),
    ("The company has not recalled its other spreads.", set()),
    # near-misses: the thing named with `the`, `any` alone, no object
    ("Harvest Gold has not recalled the peanut butter.", {"recalled:what"}),
    ("Harvest Gold has not recalled any products.", {"recalled:what"}),
    ("Harvest Gold has not recalled the jars, the FSA said.", {"recalled:what"}),
]


@pytest.mark.parametrize("text, expected", OWN_OR_OTHER_THINGS)
def test_a_denial_of_the_act_on_its_own_or_other_things_is_not_judged(
    text: str, expected: set[str]
) -> None:
    yaml, published = STORIES["recall"]
    assert clashes_on(text, yaml, published) == expected


TYPICAL_MEMBERS = [
    # the clause's subject is the average, typical or median member: a statistic of one
    ("The average participant walked 6,300 steps a day.", set()),
    ("The typical participant walked 6,300 steps a day.", set()),
    ("Researchers found that the median participant walked 6,300 steps a day.", set()),
    ("On average, participants walked 6,300 steps a day.", set()),
    # near-misses: the group itself, another opening, `average` after the number
    ("Participants walked 6,300 steps a day.", {"steps:count"}),
    ("In the end, participants walked 6,300 steps a day.", {"steps:count"}),
    ("The participants walked 6,300 steps a day, the average said.", {"steps:count"}),
]


@pytest.mark.parametrize("text, expected", TYPICAL_MEMBERS)
def test_a_typical_member_s_number_is_not_the_fact_s_count(text: str, expected: set[str]) -> None:
    yaml, published = STORIES["study"]
    assert clashes_on(text, yaml, published) == expected
