"""Case table of false alarms looked for in an invented story told as an athletics result (a long
jump world record set in a city's stadium, its distance, the athlete's age, the world record
bonus, the coach's words): the old record, who held it and since when, the athlete's earlier
jumps and other rounds, wind readings in metres per second, other races' times and splits, other
prize money, a rival's age and a rival who `did not` jump as far, a denied record at another
meeting, the coach's words of another month, a caption. The facts were written first
(`factcheck validate` raised nothing), then the sentences (``FIRST_RUN``, ``CONTRADICTIONS``), all
before the checker first ran on them.

First run (at 32a66a5): 2 false contradictions in 100 cells (20 sentences, each checked against
the story's five facts), and all 5 contradictions caught on their slot. The false ones: another
jump's distance after the phrase's noun (`her fifth jump of 7.41m`, read as the distance
jumped), and an age of another time (`the stadium where she first competed as a 16-year-old`,
read as her age). Each is now left unjudged by its own rule (tables below): an ordinal numbering
the act among the athlete's attempts (``ATTEMPTS``), and `as a` and an age in a relative or time
clause opened after the name (``AGES_OF_ANOTHER_ACT``). A second, harder round (``SECOND_ROUND``)
was written and committed after these rules, before the checker ran on it.

Second round (at 9151d5c): 3 false contradictions in 100 cells. Each is now left unjudged by its
own rule (tables below): `as a` and an age in a comparison clause (`40cm further than she jumped
as a 19-year-old`) and an age after `since` and a subject that was that age (`who has coached
Ferrante since she was 14 years old`), both in ``AGES_OF_ANOTHER_ACT``; and a rival's jump in a
clause after a colon opened by a name the story does not know (`Ferrante's winning margin was
54cm: Lukic jumped 7.02m`, ``SUBJECTS_AFTER_A_COLON``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

RECORD = """story: ferrante-long-jump-world-record
date: 2027-08-26
about: [ferrante]
entities:
  ferrante: {name: Nadia Ferrante, aliases: [Ferrante], kind: person}
  greco: {name: Paolo Greco, aliases: [Greco], kind: person}
places:
  switzerland: {name: Switzerland, country: CH}
  zurich: {name: Zurich, in: switzerland}
facts:
  - id: world-record
    who: ferrante
    what: [set a long jump world record, broke the long jump world record,
      broke the world record in the long jump]
    where: zurich
    when: 2027-08-26
  - id: distance
    who: ferrante
    what: [jumped, leapt]
    count: 7.56
    unit: m
  - id: age
    who: ferrante
    what: [year-old, years old]
    count: 24
  - id: bonus
    who: ferrante
    what: [world record bonus, bonus for the world record]
    count: 100000
    unit: $
  - id: greco-quote
    who: greco
    quote: She has been jumping this far in training all summer, it was only a matter of time
"""
PUBLISHED = dt.date(2027, 8, 27)  # a Friday: the record was set on Thursday, August 26

FIRST_RUN = [
    "Nadia Ferrante broke the long jump world record at the Letzigrund stadium in Zurich on"
    " Thursday, jumping 7.56m with a legal tailwind of 1.4m/s.",
    "The old record of 7.52m had stood to Olga Reznik of the Soviet Union since June 1988, when"
    " she jumped it in Leningrad.",
    "Ferrante, 24, had jumped 7.31m in Rome in June, and 7.12m at the world championships a year"
    " ago.",
    "Her first jump measured 7.18m and her second was a foul, before the 7.56m in the third round.",
    "Ferrante will receive a world record bonus of $100,000 from World Athletics, on top of the"
    " $10,000 for winning the meeting.",
    'Her coach, Paolo Greco, said: "She has been jumping this far in training all summer, it was'
    ' only a matter of time."',
    'Greco said in May: "She can jump 7.40m this year, and she knows it."',
    "Serbia's Ivana Lukic, the world champion, did not jump beyond 7.02m and finished third.",
    "In the 100m, Jamaica's Shericka Dunn won in 10.81 seconds into a headwind of 0.6m/s, and"
    " Kenya's Faith Rotich ran 3:51.20 in the 1500m, with splits of 61.8 and 2:04.5.",
    "Ferrante was 19 when she jumped 6.90m to win the European under-20 title in Boras in 2022.",
    "The wind gauge read 1.9m/s for her fifth jump of 7.41m, under the legal limit of 2.0m/s.",
    "Reznik, now 63 years old, watched from the stands and said she was glad the record had gone"
    " to a young athlete.",
    "Ferrante broke the world record in the long jump four days after her 24th birthday, in the"
    " stadium where she first competed as a 16-year-old.",
    "Reznik set her long jump world record in Leningrad, then in the Soviet Union, on June 11,"
    " 1988.",
    "The Letzigrund has seen 25 world records since 1959, including Ferrante's on Thursday.",
    "Ferrante broke the long jump world record in Zurich on Thursday, 12 months after she broke the"
    " Italian record in Turin.",
    "Nadia Ferrante celebrates her 7.56m jump at the Letzigrund in Zurich (Getty Images)",
    "Greco, 61, coached Reznik in the 1990s, when she was 30 years old and past her best.",
    "World Athletics pays a world record bonus of $50,000 at Diamond League meetings, and the"
    " meeting added another $50,000.",
    "In June, Ferrante did not break the long jump world record in Rome, fouling three times after"
    " a 7.31m opener.",
]


SECOND_ROUND = [
    "Ferrante's 7.56m beat the 7.52m Reznik jumped in Leningrad in 1988 by four centimetres.",
    "Ferrante jumped 7.56m on Thursday, 40cm further than she jumped as a 19-year-old in Boras.",
    "Reznik, who jumped 7.52m at the age of 25, was 63 years old when her record fell.",
    "Ferrante's winning margin was 54cm: Lukic jumped 7.02m and Britain's Amy Cole leapt 6.98m.",
    "Ferrante leapt 7.56m, and then fouled her last two attempts with the crowd on its feet.",
    "Ferrante, 24, earned $100,000 as a world record bonus and $10,000 for the win, $110,000 in"
    " all.",
    "Sweden's Nils Berg collected a world record bonus of $50,000 for his pole vault record in"
    " Stockholm in July.",
    "Ferrante set a long jump world record in Zurich on Thursday; Reznik set a long jump world"
    " record in Leningrad on June 11, 1988.",
    "Ferrante had broken the long jump world record for under-20s in Turin in 2021, aged 18.",
    "The 1.4m/s tailwind was legal; the 2.3m/s behind her fourth jump, 7.49m, was not.",
    "Greco, who coached Reznik in the 1990s, said Ferrante had jumped 7.60m in training.",
    'Greco said: "She has been jumping this far in training all summer."',
    '"It was only a matter of time," said Greco, who has coached Ferrante since she was 14 years'
    " old.",
    "Ferrante, 24 years old today, will be 29 years old at the Brisbane Olympics in 2032.",
    "In 2019, aged 16, Ferrante jumped 6.41m to finish 11th at the world youth championships in"
    " Nairobi.",
    "Ferrante broke the long jump world record on Thursday, the same day Nils Berg broke the pole"
    " vault world record in Stockholm.",
    "Ferrante leaps to 7.56m at the Letzigrund; inset, Reznik in Leningrad in 1988 (AP)",
    "Only two women have jumped further than 7.50m: Reznik, in 1988, and Ferrante, twice.",
    "Ferrante did not jump in Monaco in July because of a hamstring strain, and has jumped 7.31m or"
    " more at every meeting since.",
    "Lukic, 29, who jumped 7.21m for silver at the world championships a year ago, did not go"
    " beyond 7.02m on Thursday.",
]


@pytest.mark.parametrize("text", FIRST_RUN + SECOND_ROUND)
def test_an_athletics_result_raises_no_clash(text: str) -> None:
    assert clashes_on(text, RECORD, PUBLISHED) == set()


CONTRADICTIONS = [
    ("Ferrante broke the long jump world record in Zurich on Wednesday.", {"world-record:when"}),
    ("Ferrante broke the long jump world record in Lausanne on Thursday.", {"world-record:where"}),
    ("Nadia Ferrante jumped 7.65m.", {"distance:count"}),
    ("Ferrante, 26, broke the long jump world record.", {"age:count"}),
    (
        'Paolo Greco said: "She has been jumping this far in training all summer, it was only a'
        ' matter of luck."',
        {"greco-quote:quote"},
    ),
]


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_record_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, RECORD, PUBLISHED) == expected


ATTEMPTS = [
    # an ordinal numbering the act among the athlete's attempts: that attempt's measure
    ("The wind gauge read 1.9m/s for her fifth jump of 7.41m.", set()),
    ("Ferrante's second jump of 7.20m was wind-aided.", set()),
    ("Her 3rd jump of 7.02m was a foul.", set()),
    # no ordinal before the act, or the ordinal elsewhere: the measure is judged
    ("Her jump of 7.41m broke the record.", {"distance:count"}),
    ("Ferrante's record jump of 7.41m stunned the crowd.", {"distance:count"}),
    ("Ferrante jumped 7.41m in the fifth round.", {"distance:count"}),
]


@pytest.mark.parametrize("text, expected", ATTEMPTS)
def test_a_numbered_attempt_s_measure_is_its_own(text: str, expected: set[str]) -> None:
    assert clashes_on(text, RECORD, PUBLISHED) == expected


AGES_OF_ANOTHER_ACT = [
    # `as a` and an age in a relative or time clause opened after the name: that act's age
    "Ferrante broke the world record in the stadium where she first competed as a 16-year-old.",
    "Ferrante, who first jumped here as a 16-year-old, broke the long jump world record.",
    "Ferrante returned to the stadium where she had won as a 16-year-old.",
    # ... or in a comparison clause; or after `since` and a subject that was that age
    "Ferrante jumped 7.56m on Thursday, 40cm further than she jumped as a 19-year-old in Boras.",
    "Greco has coached Ferrante since she was 14 years old.",
    "Greco has coached Ferrante since she was a 14-year-old.",
]


@pytest.mark.parametrize("text", AGES_OF_ANOTHER_ACT)
def test_an_age_told_for_an_act_of_a_clause_is_that_act_s(text: str) -> None:
    assert clashes_on(text, RECORD, PUBLISHED) == set()


AGES_OF_THE_RECORD = [
    # in the main clause, opening the sentence, or told with `years old`: the athlete's age
    "Ferrante broke the long jump world record as a 26-year-old.",
    "As a 26-year-old, Ferrante broke the long jump world record.",
    "Ferrante, who is 26 years old, broke the long jump world record.",
    "Ferrante, who was 26 years old, broke the long jump world record.",
    "Ferrante was 26 years old when she broke the long jump world record.",
]


@pytest.mark.parametrize("text", AGES_OF_THE_RECORD)
def test_the_athlete_s_own_age_is_judged(text: str) -> None:
    assert clashes_on(text, RECORD, PUBLISHED) == {"age:count"}


SUBJECTS_AFTER_A_COLON = [
    # a colon, then a name the story does not know opening the clause: that one's act
    "Ferrante's margin was 54cm: Lukic jumped 7.02m.",
    "Ferrante won by 54cm: Lukic had jumped 7.02m.",
    "Ferrante's winning margin was 54cm: Lukic jumped 7.02m and Britain's Amy Cole leapt 6.98m.",
]


@pytest.mark.parametrize("text", SUBJECTS_AFTER_A_COLON)
def test_a_clause_after_a_colon_with_its_own_subject_is_its_act(text: str) -> None:
    assert clashes_on(text, RECORD, PUBLISHED) == set()


THE_ATHLETE_AFTER_A_COLON = [
    # a pronoun, the athlete's name or a description after the colon: her jump, judged
    "Ferrante won by 54cm: she jumped 7.02m.",
    "Ferrante won by 54cm: Ferrante jumped 7.02m.",
    "Ferrante won: the Italian jumped 7.02m.",
    # a label: no lower-case word before the colon, its entry the name's
    "Nadia Ferrante (Italy): Twice jumped 7.02m in the final.",
]


@pytest.mark.parametrize("text", THE_ATHLETE_AFTER_A_COLON)
def test_the_athlete_s_jump_after_a_colon_is_judged(text: str) -> None:
    assert clashes_on(text, RECORD, PUBLISHED) == {"distance:count"}
