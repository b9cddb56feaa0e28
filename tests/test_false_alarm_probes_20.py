"""Case table of false alarms found by checking invented stories of kinds the tests lacked (a
jury's verdict, a regulator's approval of a drug), written as a court report and health wire
copy: the counts the jury convicted and cleared on, the deliberation's days, the trial's weeks,
the sentencing date to come, the victims, an earlier trial; the drug's trial and its patients,
the effect in per cent, the price, other regulators' decisions, rivals' drugs, the company's and
doctors' words. The facts were written first, then the sentences that state nothing contrary to
them (``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at 04d931f): 3 false contradictions in 160 cells (40 sentences, each checked against
every fact of its story), and 6 of the 9 contradictions caught on their slot. `Marsh was
convicted of theft in 2009` dated the conviction; `Marsh was not convicted of money laundering`
and `The EMA did not approve a rival drug from Halden last year` denied the fact's act. Now a
phrase followed by `of` and a charge no phrasing or name of the story holds, or a one-word
phrasing followed by an indefinite object set apart (`a rival drug`, `another prize`) or not
named by the fact's longer phrasings, is the act on another matter: its date and place are its
own and its denial denies nothing of the fact (``OTHER_MATTERS``). The contradictions still
missed are in ``MISSED``: a city within 50 km of the fact's (a place the story does not list is
judged only when it is far), a phrase whose object is named after it (`approved Cardiol`, the
fact lists `approved`: found when the fact lists `approved Cardiol`), and a per cent after the
phrase's object that only confirms.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

VERDICT = """
story: marsh-verdict
date: 2027-02-10
about: [marsh]
entities:
  marsh: {name: Colin Marsh, aliases: [Marsh, Mr Marsh], kind: person}
  judge: {name: Judge Helen Price, aliases: [Judge Price], kind: person}
  ahmed: {name: Samira Ahmed, aliases: [Ahmed, Ms Ahmed], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK]}
  england: {name: England, in: uk}
  manchester: {name: Manchester, in: england}
  salford: {name: Salford, in: england}
facts:
  - id: convicted
    who: marsh
    what: [was found guilty, was convicted]
    where: manchester
    when: 2027-02-10
  - id: counts
    who: marsh
    what: [counts of fraud, charges of fraud]
    count: 7
  - id: age
    who: marsh
    what: year-old
    count: 52
  - id: ahmed-quote
    who: ahmed
    quote: Justice has finally been done for every family he cheated
"""

DRUG = """
story: cardiol-approval
date: 2027-03-04
about: [cardiol]
entities:
  cardiol: {name: Cardiol, kind: product, mention_only: [the drug, the pill]}
  agency: {name: European Medicines Agency, aliases: [EMA], kind: organisation}
  vestra: {name: Vestra Pharma, aliases: [Vestra], kind: organisation}
  lind: {name: Dr Paul Lind, aliases: [Lind, Dr Lind], kind: person}
places:
  eu: {name: European Union, aliases: [EU]}
facts:
  - id: approved
    who: agency
    what: [approved, recommended approval of, backed]
    when: 2027-03-04
  - id: patients
    who: vestra
    what: [patients, trial of]
    count: 4800
  - id: reduction
    who: cardiol
    what: [cut the risk of, reduced the risk of]
    count: 23
    unit: "%"
  - id: lind-quote
    who: lind
    quote: This is the biggest step forward in heart care in a decade
"""
PUBLISHED = {
    VERDICT: dt.date(2027, 2, 11),  # a Thursday: Wednesday is February 10
    DRUG: dt.date(2027, 3, 5),  # a Friday: Thursday is March 4
}

FIRST_RUN = [
    (VERDICT, s)
    for s in (
        "Colin Marsh was found guilty on Wednesday of seven counts of fraud at Manchester "
        "Crown Court.",
        "The 52-year-old, of Salford, was cleared of two further counts of fraud.",
        "The jury deliberated for three days after a trial lasting six weeks.",
        "Marsh will be sentenced on March 18.",
        "Marsh was convicted of theft in 2009 and served 18 months.",
        "His business partner was found guilty of four counts in a separate trial in 2026.",
        "Prosecutors said 31 families lost a total of £2.4 million.",
        '"Justice has finally been done for every family he cheated," said Samira Ahmed, whose '
        "parents lost their savings.",
        "Ahmed said justice had been done for every family he cheated.",
        "Judge Price warned Marsh that he faced a long prison sentence.",
        "Marsh was not convicted of money laundering.",
        "He had denied all nine charges.",
        "The case was first heard at Salford Magistrates' Court in 2025.",
        "Marsh was found guilty by a majority of 10 to 2.",
        "One victim, aged 81, died before the trial began.",
        "Marsh, who ran an investment club for 12 years, showed no emotion.",
        "The jury was sent home on Tuesday after failing to reach a verdict.",
        "Marsh could face up to 10 years in prison.",
        "He was granted bail until his sentencing.",
        "More on this story: Investment club founder charged",
    )
] + [
    (DRUG, s)
    for s in (
        "Europe's medicines regulator approved Vestra Pharma's heart drug Cardiol on Thursday.",
        "The European Medicines Agency backed the drug after a trial of 4,800 patients.",
        "In the trial, Cardiol cut the risk of heart attack by 23% over three years.",
        "A smaller 2024 study had shown a 15% reduction.",
        "The US regulator approved Cardiol in October.",
        "Vestra said the pill would cost about 3 euros a day.",
        '"This is the biggest step forward in heart care in a decade," said Dr Lind.',
        "Lind, who led the trial, said it was the biggest step forward in heart care in a decade.",
        "Rival drug Nexor reduced the risk of heart attack by 18% in its trial.",
        "About 60 million people in the EU have heart disease.",
        "The EMA did not approve a rival drug from Halden last year.",
        "Vestra shares rose 6% on the news.",
        "Cardiol will be available in Germany from May.",
        "Side effects were reported in 4% of patients.",
        "The agency rejected Vestra's previous heart drug in 2022.",
        "The trial ran in 19 countries.",
        "Vestra expects sales of 2 billion euros by 2030.",
        "The drug is taken once a day.",
        "Doctors said the drug could save 20,000 lives a year in Europe.",
        "The EMA is expected to decide on a second use of the drug in June.",
    )
]

MISSED = [
    (VERDICT, "Colin Marsh was convicted in Liverpool."),
    (DRUG, "The European Medicines Agency approved Cardiol on Wednesday."),
    (DRUG, "Cardiol cut the risk of heart attack by 32%."),
]

CONTRADICTIONS = [
    (
        VERDICT,
        "Colin Marsh was found guilty at Manchester Crown Court on Tuesday.",
        {"convicted:when"},
    ),
    (VERDICT, "Colin Marsh was found guilty of nine counts of fraud.", {"counts:count"}),
    (VERDICT, "The 55-year-old Colin Marsh was convicted.", {"age:count"}),
    (
        VERDICT,
        '"Justice has finally been done for every family he helped," said Samira Ahmed.',
        {"ahmed-quote:quote"},
    ),
    (DRUG, "Vestra ran a trial of 8,400 patients.", {"patients:count"}),
    (
        DRUG,
        '"This is the biggest step backward in heart care in a decade," said Dr Lind.',
        {"lind-quote:quote"},
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


OTHER_MATTERS = [
    (VERDICT, "Marsh was convicted of theft in 2009 and served 18 months.", set()),
    (VERDICT, "Colin Marsh was convicted of theft on Tuesday.", set()),
    (VERDICT, "Marsh was not convicted of money laundering.", set()),
    (DRUG, "The EMA did not approve a rival drug from Halden last year.", set()),
    (DRUG, "The EMA did not approve a new drug last year.", set()),
    # still judged: the fact's own charge, no charge, an object the phrase does not set apart
    (VERDICT, "Colin Marsh was convicted of fraud in 2009.", {"convicted:when"}),
    (VERDICT, "Colin Marsh was not convicted.", {"convicted:what"}),
    (VERDICT, "Colin Marsh was not convicted of fraud.", {"convicted:what"}),
    (DRUG, "The European Medicines Agency did not approve it.", {"approved:what"}),
]


@pytest.mark.parametrize("story, text, expected", OTHER_MATTERS)
def test_an_act_on_another_matter_is_not_the_fact_s(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


def test_a_phrasing_that_names_its_object_is_found_where_the_shorter_one_is_not() -> None:
    # `approved` alone acts on Cardiol, another entity than the fact's `who`: another event;
    # the curator's longer phrasing `approved Cardiol` names the object and is the fact's act
    story = DRUG.replace("what: [approved,", "what: [approved, approved Cardiol,")
    sentence = "The European Medicines Agency approved Cardiol on Wednesday."
    assert clashes_on(sentence, DRUG, PUBLISHED[DRUG]) == set()
    assert clashes_on(sentence, story, PUBLISHED[DRUG]) == {"approved:when"}
    right = "The European Medicines Agency approved Cardiol on Thursday."
    assert clashes_on(right, story, PUBLISHED[DRUG]) == set()
