"""Case table of false alarms found by checking invented stories of kinds the tests lacked (a
central bank's rate rise, a singer's death), written as wire copy and obituary pages: earlier
and expected decisions, other central banks, rates of inflation and growth, the vote split and
forecasts, the dissenters' quotes; the singer's birth, career, other deaths, ages of others,
places she lived and toured, albums and awards, tributes of several speakers. The facts were
written first, then the sentences that state nothing contrary to them (``FIRST_RUN``) and those
that state a wrong value for the fact's own event (``CONTRADICTIONS``), each to clash on its
slot, all before the checker first ran on them.

First run (at 8d458b7): 5 false contradictions in 205 cells (41 sentences, each checked against
every fact of its story), and 7 of the 10 contradictions caught on their slot. `Analysts had
expected the bank to raise rates to 4.5% in June` dated the rise; `The central bank did not
raise rates in 2024 or 2025` and `She was not born into a musical family` denied the acts; `the
52-year-old producer Lena Krug` gave the singer's age; `Brandt had almost died in a car crash in
1983` dated her death. Now a forecast or a wish on another's act (``FORECASTS``), an act that
nearly happened (``NEARLY``), a denial of the phrase's complement (``DENIED_COMPLEMENTS``), a
denial by a description in another year (``DESCRIBED_DENIALS``) and the age of a name the story
does not know (``AGES_OF_OTHERS``) state nothing of the fact; each table holds the near-misses
still judged. The contradictions the checker still misses are in ``MISSED``: a number before a
subject that is a word of the phrase, and the place of another fact of the same person (`died
in Hamburg`, where she was born), which is never a clash.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

RATES = """
story: calderia-rate-rise
date: 2026-05-07
about: [bank]
entities:
  bank: {name: Central Bank of Calderia, aliases: [Calderian central bank], kind: organisation,
    mention_only: [the central bank, the bank]}
  moreau: {name: Elise Moreau, aliases: [Moreau, Ms Moreau, Governor Moreau], kind: person}
  hale: {name: Victor Hale, aliases: [Hale, Mr Hale], kind: person}
places:
  calderia: {name: Calderia}
  port-varen: {name: Port Varen, in: calderia}
  ostland: {name: Ostland}
facts:
  - id: raised
    who: bank
    what: [raised interest rates, raised its key rate, raised rates]
    when: 2026-05-07
  - id: rate
    who: bank
    what: [raised its key rate to, raised rates to, raised interest rates to]
    count: 4.25
    unit: "%"
  - id: votes
    who: bank
    what: [members voted for the rise, voted for the rise]
    count: 6
  - id: moreau-quote
    who: moreau
    quote: Inflation is proving more stubborn than we expected
  - id: hale-quote
    who: hale
    quote: The economy cannot bear higher borrowing costs right now
"""

OBITUARY = """
story: ilse-brandt-death
date: 2026-05-05
about: [brandt]
entities:
  brandt: {name: Ilse Brandt, aliases: [Brandt, Ms Brandt], kind: person}
  jonas: {name: Jonas Brandt, aliases: [Jonas], kind: person}
  label: {name: Northlight Records, aliases: [Northlight], kind: organisation}
places:
  germany: {name: Germany}
  hamburg: {name: Hamburg, in: germany}
  austria: {name: Austria}
  vienna: {name: Vienna, in: austria}
facts:
  - id: died
    who: brandt
    what: [died, has died, passed away]
    where: vienna
    when: 2026-05-05
  - id: age
    who: brandt
    what: year-old
    count: 81
  - id: born
    who: brandt
    what: [was born]
    where: hamburg
    when: 1944
  - id: albums
    who: brandt
    what: [albums, studio albums]
    count: 23
  - id: jonas-quote
    who: jonas
    quote: She sang until the very last week of her life
"""
PUBLISHED = dt.date(2026, 5, 8)  # a Friday: Thursday is May 7, Tuesday May 5

FIRST_RUN = [
    (RATES, s)
    for s in (
        "PORT VAREN, May 7 (Wire) - The Central Bank of Calderia raised interest rates on "
        "Thursday for the third time this year.",
        "The Central Bank of Calderia raised its key rate to 4.25% from 4%.",
        "The Central Bank of Calderia raised rates in February and March as well.",
        "Six of the nine members voted for the rise, while three wanted to hold.",
        "Analysts had expected the bank to raise rates to 4.5% in June.",
        "The Ostland central bank raised interest rates to 3.75% on Wednesday.",
        "Inflation rose to 6.2% in April, the highest since 2008.",
        "The economy grew 0.3% in the first quarter.",
        "The Central Bank of Calderia last raised rates in March, by half a point.",
        "Markets now expect rates to peak at 4.75% by the end of the year.",
        "The central bank did not raise rates in 2024 or 2025.",
        '"Inflation is proving more stubborn than we expected," Governor Moreau told reporters.',
        'Moreau said inflation was "proving more stubborn than we expected".',
        '"The economy cannot bear higher borrowing costs right now," said Hale, who voted to hold.',
        "Hale has argued against every rise since 2025.",
        "The decision was announced at the bank's headquarters in Port Varen at 1pm.",
        "Two members had voted for a larger rise of half a point.",
        "The Central Bank of Calderia will not raise rates again before September, Moreau "
        "suggested.",
        "Mortgage rates have risen by 2 percentage points in a year.",
        "Read more: Central bank raised rates to 4% in March",
        "In 2023, the bank raised rates seven times.",
    )
] + [
    (OBITUARY, s)
    for s in (
        "Ilse Brandt, the German singer whose voice defined a generation, has died at the age "
        "of 81.",
        "Ilse Brandt died in Vienna on Tuesday, her son Jonas said.",
        "Born in Hamburg in 1944, Brandt moved to Vienna in 1971.",
        "The 81-year-old singer had been ill for several months.",
        "Brandt recorded 23 studio albums over six decades.",
        "Her 1972 album Nachtlicht sold more than two million copies.",
        "Her husband, the composer Paul Weiss, died in 2019 aged 79.",
        "Brandt's sister died in Hamburg in 2011.",
        "She was not born into a musical family.",
        "Brandt last performed in Hamburg in March.",
        '"She sang until the very last week of her life," Jonas Brandt said.',
        '"She taught me everything," said the 52-year-old producer Lena Krug.',
        "Northlight Records, which released 19 of her albums, said it was deeply saddened.",
        "She won four national music awards and was nominated 11 times.",
        "Tributes poured in from Berlin, Vienna and Hamburg on Wednesday.",
        "Brandt, who turned 81 in February, had cancelled a tour of 12 cities in January.",
        "Her first album was released in 1965 when she was 21.",
        "Photo: Ilse Brandt in Hamburg in 1968 (Getty Images)",
        "A memorial concert will be held in Hamburg on June 12.",
        "Brandt had almost died in a car crash in 1983.",
    )
]

MISSED = [
    (RATES, "Seven members voted for the rise."),
    (OBITUARY, "Ilse Brandt died in Hamburg on Tuesday."),
    (OBITUARY, "Ilse Brandt was born in Vienna in 1944."),
]

CONTRADICTIONS = [
    (
        RATES,
        "The Central Bank of Calderia raised interest rates on Wednesday.",
        {"raised:when"},
    ),
    (RATES, "The Central Bank of Calderia raised its key rate to 4.5%.", {"rate:count"}),
    (
        RATES,
        '"Inflation is proving less stubborn than we expected," Moreau said.',
        {"moreau-quote:quote"},
    ),
    (
        RATES,
        '"Inflation is proving more stubborn than we expected," Hale said.',
        {"moreau-quote:who"},
    ),
    (OBITUARY, "Ilse Brandt died in Vienna on Monday.", {"died:when"}),
    (OBITUARY, "The 79-year-old singer Ilse Brandt died in Vienna.", {"age:count"}),
    (OBITUARY, "Brandt recorded 25 studio albums.", {"albums:count"}),
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_a_sentence_that_states_nothing_contrary_does_not_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED) == set()


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_for_the_fact_s_own_event_clashes_on_its_slot(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED) == expected


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_the_checker_misses_raise_nothing_else(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED) == set()


FORECASTS = [
    (RATES, "Analysts had expected the bank to raise rates to 4.5% in June.", set()),
    (RATES, "Hale urged the Central Bank of Calderia to raise rates in April.", set()),
    (
        RATES,
        "Analysts expected the Central Bank of Calderia to raise interest rates on Friday.",
        set(),
    ),
    # still judged: the act done, as expected
    (
        RATES,
        "The Central Bank of Calderia raised rates in April, as analysts had expected.",
        {"raised:when"},
    ),
]
NEARLY = [
    (OBITUARY, "Brandt had almost died in a car crash in 1983.", set()),
    (OBITUARY, "Brandt nearly died in Hamburg in 1983.", set()),
    # still judged: `nearly` of another word
    (
        OBITUARY,
        "Ilse Brandt died in Vienna on Monday, nearly a year after her husband.",
        {"died:when"},
    ),
    (OBITUARY, "Nearly 40 years later, Ilse Brandt died in Vienna on Monday.", {"died:when"}),
]
DENIED_COMPLEMENTS = [
    (OBITUARY, "She was not born into a musical family.", set()),
    (OBITUARY, "Ilse Brandt did not die in a car crash.", set()),
    (OBITUARY, "Ilse Brandt did not die without a will.", set()),
    # still judged: the act denied, or its place
    (RATES, "The Central Bank of Calderia did not raise interest rates.", {"raised:what"}),
    (RATES, "The central bank has not raised rates by half a point.", {"raised:what"}),
    (RATES, "Calderian central bank has not raised rates into June.", {"raised:what"}),
    (OBITUARY, "Ilse Brandt did not die in Vienna.", {"died:what"}),
    (OBITUARY, "Ilse Brandt was not born in Hamburg.", {"born:what"}),
]
DESCRIBED_DENIALS = [
    (RATES, "The central bank did not raise rates in 2024 or 2025.", set()),
    (RATES, "In 2024, the central bank did not raise rates.", set()),
    # still judged: the event's year or day, or the bank's name
    (RATES, "The central bank did not raise rates in 2026.", {"raised:what"}),
    (RATES, "The central bank did not raise rates on Thursday.", {"raised:what"}),
]
AGES_OF_OTHERS = [
    (OBITUARY, '"She taught me everything," said the 52-year-old producer Lena Krug.', set()),
    (OBITUARY, "She was mourned by the 52-year-old singer Maria Lenz.", set()),
    # still judged: the story's own person
    (OBITUARY, "The 79-year-old Ilse Brandt died in Vienna.", {"age:count"}),
    (OBITUARY, "The 79-year-old singer Ilse Brandt died in Vienna.", {"age:count"}),
]


@pytest.mark.parametrize(
    "story, text, expected",
    FORECASTS + NEARLY + DENIED_COMPLEMENTS + DESCRIBED_DENIALS + AGES_OF_OTHERS,
)
def test_what_is_not_the_fact_s_act_does_not_clash(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED) == expected
