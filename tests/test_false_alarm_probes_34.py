"""Case table of false alarms found by checking invented stories (a union's lawsuit against a
carmaker, a murder charge) written as legal reporting is: what a complaint alleges and what a
defendant is accused of, what prosecutors say happened, earlier suits and charges, hearings to
come, denials, pleas, other defendants, the victim and the police's words. The facts were
written first, then the sentences that state nothing contrary to them (``FIRST_RUN``) and those
that state a wrong value for the fact's own event (``CONTRADICTIONS``), each to clash on its
slot, all before the checker first ran on them. `factcheck validate` warned that `the union`,
an `about` entity's alias with no capital, would route any article with the word: it went under
`mention_only` before the first run.

First run (at 5fc8e5f): 1 false contradiction in 120 cells (40 sentences, each checked against
every fact of its story), and 8 of the 9 contradictions caught on their slot. The allegations
raised none; `Webb was not charged with the attempted murder of a second man` denied the murder
charge, the phrase `charged with murder` found across `the attempted`. Now a phrase is not found
across a word that makes it another act (`attempted`, `attempt`, `conspiracy`, `incitement`,
`threatened`, `plot`, `mock`, `fake`: ``ALTERED_ACTS``). The contradiction still missed is in
``MISSED``: a city within 50 km of the fact's that the story does not list (Sheffield, for
Leeds).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

LAWSUIT = """
story: uaw-orion-suit
date: 2027-02-08
about: [union, orion]
entities:
  union: {name: United Auto Workers, aliases: [UAW], kind: organisation,
    mention_only: [the union]}
  orion: {name: Orion Motors, aliases: [Orion], kind: organisation}
  diaz: {name: Carla Diaz, aliases: [Diaz, Ms Diaz], kind: person}
places:
  us: {name: United States, aliases: [US], country: US}
  illinois: {name: Illinois, in: us}
  chicago: {name: Chicago, in: illinois}
facts:
  - id: sued
    who: union
    what: [sued Orion, filed a lawsuit against Orion, filed suit against Orion]
    when: 2027-02-08
    where: chicago
  - id: damages
    who: union
    what: [damages of, is seeking, seeks]
    count: 40000000
    unit: $
  - id: diaz-quote
    who: diaz
    quote: Orion broke every promise it made to these workers
"""

CHARGE = """
story: webb-charged
date: 2027-04-09
about: [webb]
entities:
  webb: {name: Daniel Webb, aliases: [Webb], kind: person}
  cole: {name: Ryan Cole, aliases: [Cole, Mr Cole], kind: person}
  shaw: {name: Det Insp Anna Shaw, aliases: [Shaw, Det Insp Shaw], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK], country: GB}
  yorkshire: {name: West Yorkshire, in: uk}
  leeds: {name: Leeds, in: yorkshire}
facts:
  - id: charged
    who: webb
    what: [charged with murder, charged with the murder of Ryan Cole]
    when: 2027-04-09
    where: leeds
  - id: age
    who: cole
    what: year-old
    count: 34
  - id: shaw-quote
    who: shaw
    quote: Our thoughts remain with Ryan's family
"""

PUBLISHED = {
    LAWSUIT: dt.date(2027, 2, 9),  # a Tuesday: Monday is February 8
    CHARGE: dt.date(2027, 4, 10),  # a Saturday: Friday is April 9
}

FIRST_RUN = [
    (LAWSUIT, s)
    for s in (
        "The lawsuit alleges that Orion fired 212 workers in March 2026.",
        "The complaint says Orion managers met in Detroit on a Monday to plan the cuts.",
        "Orion is accused of breaking a 2019 agreement with the union.",
        "The union sued Ford in Detroit in 2024 over a similar plan.",
        "The UAW alleges that Orion moved the work to Mexico in 2025.",
        "Orion denies the claims and says it will fight the suit.",
        "A hearing is set for April 12 before Judge Mary Lee.",
        "The suit, filed in federal court, names three Orion executives.",
        "The union is also seeking back pay for 1,200 workers.",
        "Orion settled a lawsuit with 30 dealers for $4 million in 2023.",
        "Lawyers for the union said Orion had until Friday to respond.",
        "The UAW has 370,000 members, down from 1.5 million in 1979.",
        "Orion was sued by the state of Michigan in January.",
        "The union did not sue Orion's parts supplier.",
        "Diaz, the union's president since 2022, spoke in Chicago.",
        "The complaint claims damages for workers in 14 states.",
        "Orion said on Monday it had not seen the lawsuit.",
        "Shares in Orion fell 2% on the New York Stock Exchange.",
        "An earlier suit, filed in Ohio in 2025, was dismissed.",
        "Read more: Orion to cut 2,000 jobs (March 2026)",
    )
] + [
    (CHARGE, s)
    for s in (
        "Webb is accused of stabbing Ryan Cole on March 28.",
        "Prosecutors allege Webb was in Bradford on the night of the killing.",
        "Webb was charged with assault in 2019.",
        "Webb, who denies the charge, will appear at Leeds Crown Court on May 3.",
        "A second man, 19, was charged on Saturday with assisting an offender.",
        "Cole, a father of two, was found in Harehills at about 11pm.",
        "Webb, 27, was arrested in Manchester on April 2.",
        "A 31-year-old woman arrested on suspicion of murder has been released.",
        "Cole's brother was stabbed in the same street in 2021.",
        "Webb appeared at Leeds Magistrates' Court on Saturday.",
        "He was remanded in custody and did not enter a plea.",
        "Police were called to Compton Road at 10.54pm on March 28.",
        "Webb is also charged with possessing a knife in a public place.",
        "Det Insp Shaw said officers had spoken to 40 witnesses.",
        "Cole died in hospital two days later, on March 30.",
        "The trial is expected to begin in October.",
        "West Yorkshire Police has recorded 14 killings in Leeds this year.",
        "Webb was not charged with the attempted murder of a second man.",
        "Cole's family described him as a 'gentle giant', 6ft 4in tall.",
        "Related: Man, 34, dies after Harehills stabbing",
    )
]

MISSED = [(CHARGE, "Daniel Webb was charged with murder in Sheffield.")]

CONTRADICTIONS = [
    (LAWSUIT, "The United Auto Workers sued Orion on Friday.", {"sued:when"}),
    (LAWSUIT, "The United Auto Workers sued Orion in Detroit.", {"sued:where"}),
    (LAWSUIT, "The United Auto Workers is seeking $60 million in damages.", {"damages:count"}),
    (
        LAWSUIT,
        '"Orion broke every promise it made to these families," said Carla Diaz.',
        {"diaz-quote:quote"},
    ),
    (CHARGE, "Daniel Webb was charged with murder on Thursday.", {"charged:when"}),
    (CHARGE, "Daniel Webb was not charged with murder.", {"charged:what"}),
    (CHARGE, "Ryan Cole, 43, died in hospital.", {"age:count"}),
    (
        CHARGE,
        '"Our thoughts remain with Ryan\'s friends," said Det Insp Shaw.',
        {"shaw-quote:quote"},
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


ALTERED_ACTS = [
    (CHARGE, "Webb was not charged with the attempted murder of a second man.", set()),
    (CHARGE, "Webb was charged with conspiracy to murder in 2019.", set()),
    (CHARGE, "Daniel Webb was charged with the attempted murder of a man on Thursday.", set()),
    # still judged: the act itself, with plain words in the gap
    (CHARGE, "Daniel Webb was charged with murder on Thursday.", {"charged:when"}),
    (CHARGE, "Daniel Webb was charged with the murder of Ryan Cole on Thursday.", {"charged:when"}),
    (CHARGE, "Daniel Webb was not charged with murder.", {"charged:what"}),
]


@pytest.mark.parametrize("story, text, expected", ALTERED_ACTS)
def test_a_phrase_is_not_found_across_a_word_that_makes_it_another_act(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
