"""Case table of false alarms looked for in an invented story told as an inquest (a worker's
death after a fall from scaffolding, the coroner's conclusion at a later hearing in another town,
her words): the death's and the inquest's own dates and towns, the ages of the dead man and of
others, the coroner's conclusion at other inquests with their own years and places, other deaths
and other falls, figures of other cases, a family's statement reusing the coroner's words, a
`did not` that is the coroner's finding about someone else, adjourned hearings and a caption.
The facts were written first (`factcheck validate` raised nothing), then the sentences that state
nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's own
event (``CONTRADICTIONS``), all before the checker first ran on them.

First run (at ff78e3b): 1 false contradiction in 80 cells (20 sentences, each checked against
the story's four facts), all 5 contradictions caught on their slot. The false one: the coroner's
conclusion at another man's inquest, told with its own year (`Ms Hughes recorded a conclusion
of accidental death in 2025 at the inquest of another Calder worker`): its `when` clashed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

INQUEST = """story: owen-pritchard-inquest
date: 2027-09-22
about: [pritchard]
entities:
  pritchard: {name: Owen Pritchard, aliases: [Pritchard, Mr Pritchard], kind: person}
  hughes: {name: Rhian Hughes, aliases: [Hughes, Ms Hughes], mention_only: [the coroner],
    kind: person}
  calder: {name: Calder Construction, aliases: [Calder], kind: organisation}
places:
  uk: {name: United Kingdom, country: GB}
  wales: {name: Wales, in: uk}
  cardiff: {name: Cardiff, in: wales}
  pontypridd: {name: Pontypridd, in: wales}
facts:
  - id: died
    who: pritchard
    what: [died after falling from scaffolding, fell from scaffolding]
    where: cardiff
    when: 2027-02-14
  - id: age
    who: pritchard
    what: [year-old, years old]
    count: 34
  - id: conclusion
    who: hughes
    what: [recorded a conclusion of accidental death, returned a conclusion of accidental death]
    where: pontypridd
    when: 2027-09-22
  - id: hughes-quote
    who: hughes
    quote: Owen's death was entirely preventable, and the failings at the site were serious
"""
PUBLISHED = dt.date(2027, 9, 23)  # a Thursday: the inquest ended on Wednesday, September 22

FIRST_RUN = [
    "Owen Pritchard, 34, died after falling from scaffolding at a Calder Construction site in"
    " Cardiff on February 14, an inquest in Pontypridd heard.",
    "Senior coroner Rhian Hughes recorded a conclusion of accidental death at Pontypridd"
    " Coroner's Court on Wednesday, after a three-day hearing.",
    "The inquest was opened on February 19 and adjourned twice, in April and in June, while the"
    " Health and Safety Executive investigated.",
    "Ms Hughes recorded a conclusion of accidental death in 2025 at the inquest of another Calder"
    " worker, Gareth Lloyd, 51, who died in Newport.",
    "Ms Hughes said: \"Owen's death was entirely preventable, and the failings at the site were"
    ' serious."',
    "His family said in a statement: \"Owen's death was entirely preventable, and we hope no"
    ' other family goes through what we have."',
    "Ms Hughes found that the site manager, 58, did not inspect the scaffolding before Mr"
    " Pritchard fell from it.",
    "Mr Pritchard, a father of two from Barry, had worked for Calder for 11 years.",
    "Two other workers fell from scaffolding in Wales in 2026, and one of them, a 19-year-old"
    " apprentice, died in Swansea.",
    "Figures from the Health and Safety Executive show 51 construction workers died after falls"
    " from height in Britain last year.",
    "The 34-year-old fell about eight metres and was pronounced dead at the scene, the inquest"
    " heard.",
    "Hughes, who adjourned the hearing on Monday to hear from a scaffolding expert, recorded a"
    " conclusion of accidental death.",
    "Calder Construction was fined £400,000 in 2024 after another worker fell from scaffolding"
    " at its site in Bristol.",
    "Mr Pritchard's 33-year-old widow, Sian, told the inquest he had complained about the"
    " scaffolding a week before he died.",
    "The inquest heard that Mr Pritchard was not wearing a harness, but Ms Hughes said this did"
    " not cause his death.",
    "Owen Pritchard, pictured with his daughters in 2025, died after falling from scaffolding",
    "Ms Hughes will send a report on preventing future deaths to Calder, which has 56 days to"
    " reply.",
    "An inquest in Cardiff in 2026 returned a conclusion of accidental death on a roofer, 47, who"
    " fell from a ladder in Penarth.",
    "Calder said it did not accept all of the coroner's findings, and that 3,000 of its workers"
    " had been retrained since Mr Pritchard died.",
    "The court in Pontypridd heard that 14 scaffolders had worked on the site in the week before"
    " Mr Pritchard fell from scaffolding on February 14.",
]


@pytest.mark.parametrize("text", FIRST_RUN)
def test_an_inquest_report_raises_no_clash(text: str) -> None:
    assert clashes_on(text, INQUEST, PUBLISHED) == set()


CONTRADICTIONS = [
    (
        "Owen Pritchard died after falling from scaffolding in Cardiff on February 12.",
        {"died:when"},
    ),
    ("Owen Pritchard, 43, died after falling from scaffolding.", {"age:count"}),
    (
        "Ms Hughes recorded a conclusion of accidental death in Cardiff on Wednesday.",
        {"conclusion:where"},
    ),
    (
        "Ms Hughes said: \"Owen's death was entirely unforeseeable, and the failings at the site"
        ' were minor."',
        {"hughes-quote:quote"},
    ),
    ("Ms Hughes did not record a conclusion of accidental death.", {"conclusion:what"}),
]


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_inquest_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, INQUEST, PUBLISHED) == expected
