"""Case table of false alarms looked for in an invented story told as an obituary (a film
actress's death in Stockholm at 91): other people's deaths with their own places, dates and
ages (her husband's, her brother's, her mother's), ages at earlier events and of the parts she
played, her films counted with other things, an award given in another year, a co-star's play
on her son's words, a caption. The facts were written first (`factcheck validate` followed:
the death's phrase names its place, `died in Stockholm`, not `died`), then the sentences
(``FIRST_RUN``, ``CONTRADICTIONS``), all before the checker first ran on them.

First run (at b790722): 2 false contradictions in 100 cells (20 sentences, each checked against
the story's five facts), and 4 of the 5 contradictions caught on their slot. Both are now left
unjudged by their rules (tables below): a phrase after a clause told a span of time after or
before another (`She died at her home in Stockholm on Tuesday, three years after her husband,
the director Nils Berg, died in Uppsala in 2024`: the second `died` is the husband's,
``SPAN_CLAUSES``), and an age after `a` and a verb acting on it (`playing a 95-year-old widow`:
the part's age, ``AGES_OF_OBJECTS``). The miss is now caught: an age closing, after a comma, a
clause the `who` opens, dated on the story's day (`Vera Lindqvist died in Stockholm on Tuesday,
aged 89`, ``CLOSING_AGES``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

OBITUARY = """story: vera-lindqvist-death
date: 2027-05-18
about: [lindqvist]
entities:
  lindqvist: {name: Vera Lindqvist, aliases: [Lindqvist], kind: person}
  anders: {name: Anders Lindqvist, aliases: [Anders], kind: person}
  academy: {name: Swedish Film Academy, kind: organisation}
places:
  sweden: {name: Sweden, country: SE}
  stockholm: {name: Stockholm, in: sweden}
  uppsala: {name: Uppsala, in: sweden}
facts:
  - id: died
    who: lindqvist
    what: [died in Stockholm, died at her home in Stockholm, death in Stockholm]
    where: stockholm
    when: 2027-05-18
  - id: age
    who: lindqvist
    what: [aged, years old, -year-old]
    count: 91
  - id: films
    who: lindqvist
    what: [films, feature films]
    count: 43
  - id: son-statement
    who: anders
    quote: She lived for the camera and died surrounded by the people she loved
  - id: academy-award
    who: academy
    what: [gave her its lifetime award, honoured her with its lifetime award]
    when: 2009
"""
PUBLISHED = dt.date(2027, 5, 19)  # a Wednesday: Lindqvist died on Tuesday, May 18

FIRST_RUN = [
    "Vera Lindqvist, the Swedish actress who made 43 films over six decades, died in Stockholm "
    "on Tuesday, aged 91.",
    "Lindqvist was born in Uppsala on March 2, 1936, and made her first film at 19.",
    "She died at her home in Stockholm on Tuesday, three years after her husband, the director "
    "Nils Berg, died in Uppsala in 2024.",
    "Lindqvist, who was 91, had been ill since a fall in January.",
    "Her brother Erik died in Stockholm in 1998, aged 58.",
    "In 1962, aged 26, Lindqvist won the best actress prize at Cannes.",
    "Of her 43 films, 12 were made with Berg, and five were nominated for an Oscar.",
    "The Swedish Film Academy, which gave her its lifetime award in 2009, said it would hold a "
    "memorial screening on June 2.",
    'Her son, Anders Lindqvist, said: "She lived for the camera and died surrounded by the '
    'people she loved. We will miss her every day."',
    'Her co-star Lars Ek told Dagens Nyheter: "She lived for the camera, and the camera loved '
    'her back."',
    "Lindqvist, 91, died in Stockholm on Tuesday, the same day the festival in Gothenburg "
    "opened with her 1971 film Vinterljus.",
    "She retired in 2003 after her 41st film, Sista sommaren, but returned for a cameo in 2015.",
    "At 80, Lindqvist was still acting, playing a 95-year-old widow in Gammal karlek.",
    "The Swedish Film Academy honoured her with its lifetime award in 2009, and with a special "
    "award for her 80th birthday in 2016.",
    "Lindqvist's death in Stockholm on Tuesday was announced by her agent on Wednesday.",
    "Vera Lindqvist at the Cannes Film Festival in 1962 (Getty Images)",
    "Lindqvist made 43 films, 30 plays and more than 200 television episodes.",
    "She appeared in 43 feature films, though she often said she had made 'about 50'.",
    "Lindqvist's mother died in Stockholm in 1941, when Vera was five.",
    "Prime Minister Ulf Kristersson said Sweden had lost 'a national treasure' after Lindqvist "
    "died in Stockholm on Tuesday.",
]


@pytest.mark.parametrize("text", FIRST_RUN)
def test_an_obituary_raises_no_clash(text: str) -> None:
    assert clashes_on(text, OBITUARY, PUBLISHED) == set()


CONTRADICTIONS = [
    ("Vera Lindqvist died in Stockholm on Monday, aged 91.", {"died:when"}),
    ("Vera Lindqvist died in Stockholm on Tuesday, aged 89.", {"age:count"}),
    ("Lindqvist, who made 45 films, died on Tuesday.", {"films:count"}),
    (
        'Her son Anders said: "She lived for the stage and died surrounded by the people she'
        ' loved."',
        {"son-statement:quote"},
    ),
    ("The Swedish Film Academy gave her its lifetime award in 2011.", {"academy-award:when"}),
]


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_death_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, OBITUARY, PUBLISHED) == expected


SPAN_CLAUSES = [
    # a clause told a span after or before another time, past a comma: its subject is its own
    (
        "She died at her home in Stockholm on Tuesday, three years after her husband, the"
        " director Nils Berg, died in Uppsala in 2024.",
        set(),
    ),
    (
        "She died at her home in Stockholm on Tuesday, two days before her son Erik died in"
        " Stockholm on Thursday.",
        set(),
    ),
    # the opening subject's own act, before the span clause: judged
    (
        "She died at her home in Stockholm on Monday, three years after her husband, the director"
        " Nils Berg, died in Uppsala in 2024.",
        {"died:when"},
    ),
]


@pytest.mark.parametrize("text, expected", SPAN_CLAUSES)
def test_a_span_clause_has_a_subject_of_its_own(text: str, expected: set[str]) -> None:
    assert clashes_on(text, OBITUARY, PUBLISHED) == expected


AGES_OF_OBJECTS = [
    # an age after `a` and a verb acting on it: the object's
    ("At 80, Lindqvist was still acting, playing a 95-year-old widow.", set()),
    ("Lindqvist married a 30-year-old dancer in 1960.", set()),
    # after a linking verb, `died`, or in apposition: the subject's own, judged
    ("Lindqvist died a 89-year-old widow.", {"age:count"}),
    ("Lindqvist was a 89-year-old widow.", {"age:count"}),
    ("Lindqvist, a 89-year-old actress, died on Tuesday.", {"age:count"}),
]


@pytest.mark.parametrize("text, expected", AGES_OF_OBJECTS)
def test_an_age_after_a_verb_and_a_is_the_object_s(text: str, expected: set[str]) -> None:
    assert clashes_on(text, OBITUARY, PUBLISHED) == expected


CLOSING_AGES = [
    # an age closing, after a comma, a clause the `who` opens, dated on the story's day: judged
    ("Vera Lindqvist died in Stockholm on Tuesday, aged 89.", {"age:count"}),
    ("Lindqvist died on Tuesday, aged 89.", {"age:count"}),
    ("Lindqvist died on Tuesday, aged 91.", set()),
    # undated (an age of long ago, maybe), another's clause, another day: not judged
    ("Lindqvist died, aged 89.", set()),
    ("Lindqvist won the prize in Stockholm, aged 26.", set()),
    ("Lindqvist's husband died in Uppsala on Tuesday, aged 89.", set()),
    ("Lindqvist won the prize at Cannes in 1962, aged 26.", set()),
]


@pytest.mark.parametrize("text, expected", CLOSING_AGES)
def test_an_age_closing_the_who_s_clause_on_the_story_s_day_is_judged(
    text: str, expected: set[str]
) -> None:
    assert clashes_on(text, OBITUARY, PUBLISHED) == expected
