"""Case table of false alarms looked for in invented stories told through science and health
studies (a sleep and dementia study from Bergen in the BMJ, a heart failure drug trial presented
at a congress in Madrid): a study published on one date about data from other years, numbers of
participants beside cases and deaths, percentages and relative risks of subgroups and of other
studies, earlier and planned studies by the same team, a conference presentation before
publication, an embargo time, a press release date, and quotes from the authors and from
independent experts. The facts were written first (`factcheck validate` followed: a country
code quoted, the drug's lower-case name under `mention_only`), then the sentences that state
nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's own
event (``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at 1d091ae): no false contradiction in 220 cells (40 sentences, each checked against
every fact of its story: six facts of the sleep study, five of the trial), and 8 of the 10
contradictions caught on their slot. The misses are in ``MISSED``: a finding told in a `that`
clause (`Solheim found that short sleepers had a 32% higher risk of dementia`: the phrase has a
subject of its own). The `who` after `by` in the noun phrase opening the sentence (`The study by
Solheim recorded 13,400 cases of dementia`), missed at first, is now judged
(``tests/test_makers_opening_the_sentence.py``).

A second round of 20 sentences (``SECOND_ROUND``), written the same way after the first run and
before the checker ran on them (at 03f72a3), raised 4 false contradictions in 110 cells. Each is
now left unjudged by its own rule (tables below): a figure for a group that opens the sentence or
a clause after a semicolon (`In women, velanib brought a 14% lower risk of death; in men, 20%`),
deaths from some causes (`a 22% lower risk of death from cardiovascular causes`), those left out
of a count (`Solheim's team excluded 36,000 participants who already had memory problems`) and
the first time in another year (`Solheim published in the BMJ for the first time in 2019`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

SLEEP = """
story: bergen-sleep-study
date: 2027-02-10
about: [uib, solheim]
entities:
  uib: {name: University of Bergen, aliases: [Bergen University], kind: organisation}
  solheim: {name: Dr Ingrid Solheim, aliases: [Ingrid Solheim, Solheim, Dr Solheim], kind: person}
  hart: {name: Professor Tom Hart, aliases: [Tom Hart, Hart, Prof Hart], kind: person}
places:
  uk: {name: United Kingdom, country: GB}
  norway: {name: Norway, country: 'NO'}
facts:
  - id: published
    who: [solheim, uib]
    what: [published in the BMJ, study in the BMJ]
    when: 2027-02-10
  - id: participants
    who: [solheim, uib]
    what: [participants]
    count: 1200000
  - id: dementia-cases
    who: [solheim, uib]
    what: [cases of dementia, dementia cases]
    count: 14300
  - id: higher-risk
    who: [solheim, uib]
    what: [higher risk of dementia]
    count: 23
    unit: '%'
  - id: solheim-quote
    who: solheim
    quote: Sleep is not a luxury, it is part of how the brain looks after itself
  - id: hart-quote
    who: hart
    quote: This is a large and careful study, but it cannot prove that short sleep causes dementia
"""

VELA = """
story: vela-hf-trial
date: 2027-08-30
about: [vela, mercer]
entities:
  vela: {name: VELA-HF, aliases: [VELA-HF trial], kind: event}
  velanib: {name: Velanib, mention_only: [velanib], kind: product}
  calder: {name: Calder Pharma, aliases: [Calder], kind: organisation}
  mercer: {name: Professor Paul Mercer, aliases: [Paul Mercer, Mercer, Prof Mercer], kind: person}
  okoro: {name: Dr Ada Okoro, aliases: [Ada Okoro, Okoro, Dr Okoro], kind: person}
places:
  spain: {name: Spain, country: ES}
  madrid: {name: Madrid, in: spain}
facts:
  - id: presented
    who: mercer
    what: [presented the VELA-HF results, presented the results of the VELA-HF trial]
    where: madrid
    when: 2027-08-30
  - id: patients
    who: vela
    what: [patients with heart failure]
    count: 6400
  - id: lower-risk
    who: velanib
    what: [lower risk of death]
    count: 18
    unit: '%'
  - id: mercer-quote
    who: mercer
    quote: For the first time in a decade we have a new drug that helps patients with heart
      failure live longer
  - id: okoro-quote
    who: okoro
    quote: The benefit is real but modest, and the price will decide how many patients get it
"""

PUBLISHED = {
    SLEEP: dt.date(2027, 2, 11),  # a Thursday: the study came out on Wednesday, February 10
    VELA: dt.date(2027, 8, 31),  # a Tuesday: the results were presented on Monday, August 30
}

FIRST_RUN = [
    (SLEEP, s)
    for s in (
        "The study, published in the BMJ on Wednesday, used data collected in Norway between"
        " 2009 and 2022.",
        "Solheim's team followed 1.2 million participants for an average of 11 years.",
        "Of the 1.2 million participants, 14,300 were diagnosed with dementia and 2,100 of those"
        " died during the study.",
        "People who slept fewer than six hours a night had a 23% higher risk of dementia than"
        " those who slept seven hours.",
        "Those who slept more than nine hours had an 11% higher risk of dementia, a difference the"
        " authors called uncertain.",
        "In 2024 the same University of Bergen team published in the BMJ a smaller study of 40,000"
        " participants, which found no link.",
        "Solheim first presented the findings at a conference in Amsterdam in July 2026.",
        "The research was under embargo until 23:30 UK time on Tuesday.",
        "The University of Bergen issued a press release about the study on Monday.",
        "Short sleep was linked to 1,900 of the 14,300 cases of dementia, the authors estimate.",
        "Dementia cases in Norway rose by 30% between 2000 and 2020, according to national"
        " registers.",
        "The absolute risk remained small: 1.4% of short sleepers developed dementia, against 1.1%"
        " of others.",
        "About 55 million people worldwide live with dementia, the World Health Organization says.",
        '"Sleep is not a luxury, it is part of how the brain looks after itself," Solheim said.',
        '"This is a large and careful study, but it cannot prove that short sleep causes'
        ' dementia," said Professor Tom Hart, who was not involved in the research.',
        "Hart, of University College London, published a study of 8,000 participants in 2021 that"
        " found a similar link.",
        "Participants aged over 70 at the start had a 31% higher risk of dementia if they slept"
        " poorly.",
        "The BMJ study, led by Dr Ingrid Solheim, was funded by the Research Council of Norway.",
        "A study of 500,000 participants in the UK Biobank, published in 2023, reported a 30%"
        " higher risk of dementia.",
        "Solheim's team plans a trial in 2028 in which 2,000 participants will be helped to sleep"
        " longer.",
    )
] + [
    (VELA, s)
    for s in (
        "Mercer presented the VELA-HF results at the European Society of Cardiology congress in"
        " Madrid on Monday.",
        "The VELA-HF trial enrolled 6,400 patients with heart failure in 31 countries between 2022"
        " and 2025.",
        "Patients given velanib had an 18% lower risk of death than those on placebo over a median"
        " of 28 months.",
        "In the trial, 412 patients on velanib died, against 498 on placebo.",
        "Hospital admissions for heart failure fell by 24% in the velanib group.",
        "The results were published in the New England Journal of Medicine at the same time as the"
        " presentation.",
        "Calder had announced in a press release in June that the trial had met its main goal,"
        " without giving figures.",
        "In 2024 Mercer presented early VELA-HF results, from the first 900 patients with heart"
        " failure, at a meeting in Barcelona.",
        "About 64 million people worldwide live with heart failure.",
        "The trial's 6,400 patients with heart failure were 68 years old on average, and 29% were"
        " women.",
        "Among patients over 75, velanib was linked to a 9% lower risk of death, a result that"
        " could be due to chance.",
        "Calder, based in Basel, expects to file for approval in Europe and the US in early 2028.",
        "A rival drug, torsemib, showed a 12% lower risk of death in a 2025 trial of 5,000"
        " patients with heart failure.",
        '"For the first time in a decade we have a new drug that helps patients with heart failure'
        ' live longer," Mercer said.',
        '"The benefit is real but modest, and the price will decide how many patients get it,"'
        " said Dr Ada Okoro, a cardiologist at King's College Hospital in London who was not"
        " involved in the trial.",
        "The findings were embargoed until 10:30 Central European Time on Monday.",
        "Mercer will present a further analysis of VELA-HF at the American Heart Association"
        " meeting in Chicago in November.",
        "In absolute terms, 1.3 deaths were prevented for every 100 patients treated for a year.",
        "Calder's shares rose 9% in Zurich on Monday after Mercer presented the VELA-HF results.",
        "Okoro said 2,000 patients with heart failure at her hospital could be eligible for"
        " velanib.",
    )
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_studies_and_their_numbers_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (SLEEP, "Solheim's study was published in the BMJ on Tuesday.", {"published:when"}),
    (SLEEP, "Solheim's team followed 2.1 million participants.", {"participants:count"}),
    (
        SLEEP,
        '"This is a large and careful study, and it proves that short sleep causes dementia,"'
        " said Professor Tom Hart.",
        {"hart-quote:quote"},
    ),
    (VELA, "Mercer presented the VELA-HF results in Madrid on Sunday.", {"presented:when"}),
    (
        VELA,
        "Mercer presented the VELA-HF results at a congress in Barcelona on Monday.",
        {"presented:where"},
    ),
    (VELA, "The VELA-HF trial enrolled 4,600 patients with heart failure.", {"patients:count"}),
    (
        VELA,
        "Patients given velanib had a 28% lower risk of death than those on placebo.",
        {"lower-risk:count"},
    ),
    (
        VELA,
        '"For the first time in a decade we have a new drug that helps patients with heart failure'
        ' live better," Mercer said.',
        {"mercer-quote:quote"},
    ),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_study_clashes(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


MISSED = [
    (SLEEP, "Solheim found that short sleepers had a 32% higher risk of dementia."),  # `that`
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_still_missed(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


def test_the_who_after_by_opening_the_sentence_is_judged() -> None:
    text = "The study by Solheim recorded 13,400 cases of dementia."
    assert clashes_on(text, SLEEP, PUBLISHED[SLEEP]) == {"dementia-cases:count"}


SECOND_ROUND = [
    (SLEEP, s)
    for s in (
        "Solheim's study, published in the BMJ online on Wednesday, will appear in print on"
        " February 20.",
        "Solheim published in the BMJ for the first time in 2019.",
        "The 1.2 million participants included 610,000 women and 590,000 men.",
        "Solheim's team excluded 36,000 participants who already had memory problems.",
        "Among the 14,300 cases of dementia, 8,900 were Alzheimer's disease.",
        "University of Bergen researchers counted 3,200 cases of dementia among shift workers"
        " alone.",
        "Solheim said a 23% higher risk of dementia sounds large, but means about three extra"
        " cases for every 1,000 people.",
        "The data, from 2009 to 2022, were released to Solheim's team in 2024 and analysed in"
        " 2025.",
        "Hart said a 2019 study of 30,000 participants in Finland found a 15% higher risk of"
        " dementia.",
        "The findings were posted on a preprint server in October 2026, before Solheim's team"
        " published in the BMJ on Wednesday.",
    )
] + [
    (VELA, s)
    for s in (
        "Mercer presented the VELA-HF results on Monday, two days after Calder's chief executive"
        " had hinted at them in an interview on Saturday.",
        "Calder said 6,400 patients with heart failure had joined the trial, of whom 5,900"
        " completed it.",
        "Of the 6,400 patients with heart failure, 3,200 received velanib and 3,200 a placebo.",
        "VELA-HF recruited its first patients with heart failure in March 2022 in Warsaw.",
        "A smaller trial, VELA-1, found a 30% lower risk of death in 900 patients with heart"
        " failure.",
        "Velanib was linked to a 22% lower risk of death from cardiovascular causes, and an 18%"
        " lower risk of death from any cause.",
        "Mercer, who presented the VELA-HF results in Madrid, had presented another trial's"
        " results in Paris in 2019.",
        "In women, velanib brought a 14% lower risk of death; in men, 20%.",
        "The trial results, under embargo until Monday, had been leaked in a Spanish newspaper on"
        " Sunday.",
        "Calder will present the VELA-HF results to European regulators in Amsterdam in January.",
    )
]


@pytest.mark.parametrize("story, text", SECOND_ROUND)
def test_a_second_round_of_studies_raises_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


FRONTED_GROUPS = [
    # (text, the clashes expected): a sentence, or a clause after a semicolon, opening with a
    # group of people gives that group's figures
    ("In women, velanib brought a 14% lower risk of death; in men, 20%.", set()),
    ("Among smokers, velanib gave a 9% lower risk of death.", set()),
    ("Velanib helped most groups; in older patients, it gave a 9% lower risk of death.", set()),
    # a sentence opening with something else, or the group nowhere, is judged
    ("In the trial, velanib brought a 28% lower risk of death.", {"lower-risk:count"}),
    ("In Madrid, Mercer said velanib brought a 28% lower risk of death.", {"lower-risk:count"}),
    ("Velanib brought a 28% lower risk of death in the trial.", {"lower-risk:count"}),
]


@pytest.mark.parametrize("text, expected", FRONTED_GROUPS)
def test_a_figure_for_a_fronted_group_is_the_group_s(text: str, expected: set[str]) -> None:
    assert clashes_on(text, VELA, PUBLISHED[VELA]) == expected


CAUSES = [
    # (text, the clashes expected): `from` and some causes after the phrase narrows the count to
    # deaths from those causes
    ("Velanib was linked to a 22% lower risk of death from cardiovascular causes.", set()),
    ("Velanib gave a 25% lower risk of death from other causes.", set()),
    # deaths from any cause, or from all causes, are all of them: judged
    ("Velanib was linked to a 22% lower risk of death from any cause.", {"lower-risk:count"}),
    ("Velanib was linked to a 22% lower risk of death from all causes.", {"lower-risk:count"}),
]


@pytest.mark.parametrize("text, expected", CAUSES)
def test_deaths_from_some_causes_are_a_part(text: str, expected: set[str]) -> None:
    assert clashes_on(text, VELA, PUBLISHED[VELA]) == expected


LEFT_OUT = [
    # (text, the clashes expected): a number right after `excluded` or `left out` counts those
    # set aside, not those counted
    ("Solheim's team excluded 36,000 participants who already had memory problems.", set()),
    ("The University of Bergen team left out 36,000 participants who had moved abroad.", set()),
    ("Solheim's team excluded some 36,000 participants.", set()),
    # a number counted, even beside an exclusion, is judged
    ("Solheim's team followed 2.1 million participants.", {"participants:count"}),
    ("Solheim's team included 2.1 million participants.", {"participants:count"}),
    (
        "Solheim's team followed 2.1 million participants, excluding those with memory problems.",
        {"participants:count"},
    ),
]


@pytest.mark.parametrize("text, expected", LEFT_OUT)
def test_those_left_out_are_not_the_count(text: str, expected: set[str]) -> None:
    assert clashes_on(text, SLEEP, PUBLISHED[SLEEP]) == expected


FIRST_TIMES = [
    # (text, the clashes expected): the first or last time in a year other than the story's,
    # right after the phrase, is an earlier occurrence (the story's may not be the first)
    ("Solheim published in the BMJ for the first time in 2019.", set()),
    ("Solheim published in the BMJ for the last time in 2024.", set()),
    # another year without it, or the first time on a day, is judged
    ("Solheim published in the BMJ in 2019.", {"published:when"}),
    ("Solheim published in the BMJ for the first time on Tuesday.", {"published:when"}),
]


@pytest.mark.parametrize("text, expected", FIRST_TIMES)
def test_a_first_time_in_another_year_is_another_occurrence(text: str, expected: set[str]) -> None:
    assert clashes_on(text, SLEEP, PUBLISHED[SLEEP]) == expected
