"""Labels of a second curator, a thirteenth batch: two more real news articles of
`tests/corpus/real-news/` (Fox News Latino on a teenager in Reynosa who killed a pregnant woman to
take her baby, Yonhap on North Korea's newspaper warning South Korea over the joint military
drill) checked against fact files written anew from the article alone, as
`tests/second_curator.py` does. The fact files were written first and validated, then every
(article, fact) cell was labelled and the planted contradictions written, all before the checker
ran on them.

First run (at f827070): no false contradiction in 16 cells; 10 of 16 facts stated found
consistent; 6 of 13 planted contradictions caught on the right slot, none falsely.

After the rule it taught (bare `quote` before a name and `as saying` gives the words to that name,
`local newspapers quote Salinas as saying`, ``tests/test_bare_quote_as_saying.py``): 7 of 13
caught.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table asserts
that it still says so, so a fix shows (and must move the entry out).

The tables' tests are in `tests/test_second_curator.py`.
"""

from __future__ import annotations

from tests.second_curator import CONSISTENT, corpus_article

OMITTED = "omitted"

REYNOSA = """story: reynosa-pregnant-woman-killing-2014
title: A teenager in Reynosa kills a pregnant woman to take her baby
date: 2014-12-23
about: [salinas, cartas]
entities:
  salinas:
    name: Guadalupe Salinas Hernández
    aliases: [Salinas]
    kind: person
  cartas:
    name: Nathaly Cartas Leon
    aliases: [Cartas]
    kind: person
places:
  mexico: {name: Mexico, country: MX}
  tamaulipas: {name: Tamaulipas, in: mexico}
  reynosa: {name: Reynosa, in: tamaulipas}
facts:
  - id: lured
    who: salinas
    what: [lured an 8-months-pregnant woman to her home]
    where: reynosa
    required: true
  - id: salinas-age
    who: salinas
    what: [year-old girl, years old]
    count: 17
  - id: cartas-age
    who: cartas
    what: [year-old, years old]
    count: 20
  - id: months-pregnant
    who: cartas
    what: [months pregnant, months-pregnant woman]
    count: 8
  - id: met-on-facebook
    who: cartas
    what: [met Guadalupe Salinas Hernández on Facebook]
  - id: beat-to-death
    who: salinas
    what: [beat Cartas to death]
  - id: abortion
    who: salinas
    what: [had an abortion]
    when: 2014-06
  - id: hospital
    who: salinas
    what: [hurried to the hospital]
  - id: no-regret
    who: salinas
    quote: I don’t regret it, I don’t regret
"""

DRILL = """story: nk-joint-drill-warning-2019
title: North Korea's newspaper warns South Korea over the joint military drill
date: 2019-08-20
about: [north-korea, rodong]
entities:
  north-korea:
    name: North Korea
    aliases: [Pyongyang, the North]
  south-korea:
    name: South Korea
    aliases: [Seoul, the South]
  united-states:
    name: United States
    aliases: [U.S., Washington]
  rodong:
    name: Rodong Sinmun
    aliases: [North Korea's official newspaper]
    kind: organisation
  committee:
    name: the North's committee handling inter-Korean affairs
    kind: organisation
places: {}
facts:
  - id: blasted
    who: rodong
    what: [blasted South Korea]
    when: 2019-08-20
    required: true
  - id: hostile-act-quote
    who: rodong
    quote: >-
      The joint command post exercise that the warmongers in South Korea are conducting together
      with the U.S. is an outright hostile act of invading us and a military provocation that
      cannot be tolerated
  - id: crushing-quote
    who: rodong
    quote: invading and crushing our republic to death
  - id: wrap-up
    who: south-korea
    what: [wrap up their weekslong joint exercise]
    when: 2019-08-20
  - id: weapons-tests
    who: north-korea
    what: [carried out a series of weapons tests]
  - id: dialogue-warning
    who: north-korea
    what: [warned that inter-Korean dialogue won't resume]
  - id: committee-statement
    who: committee
    what: [issued a statement]
    when: 2019-08-16
"""

STORIES = {"reynosa": REYNOSA, "drill": DRILL}

ARTICLES = {
    ("reynosa", "foxnewslatino"): corpus_article("reynosa-killing-foxnewslatino.md"),
    ("drill", "yonhap"): corpus_article("nk-drill-warning-yonhap.md"),
}

LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("reynosa", "foxnewslatino"): {
        # `a 17-year-old girl from Reynosa, Mexico lured an 8-months-pregnant woman to her home
        # and killed her`: the girl is Salinas, as the next sentences tell
        "lured": CONSISTENT,
        # the same sentence: `a 17-year-old girl from Reynosa`
        "salinas-age": CONSISTENT,
        # `Nathaly Cartas Leon, 20, had “met” Guadalupe Salinas Hernández on Facebook`
        "cartas-age": CONSISTENT,
        # `lured an 8-months-pregnant woman to her home`: the woman is Cartas, as the next
        # sentence tells
        "months-pregnant": CONSISTENT,
        # `Nathaly Cartas Leon, 20, had “met” Guadalupe Salinas Hernández on Facebook`
        "met-on-facebook": CONSISTENT,
        # `Salinas beat Cartas to death with a blunt object`
        "beat-to-death": CONSISTENT,
        # `Salinas had an abortion back in June` (the article is of December 2014)
        "abortion": CONSISTENT,
        # `the teen hurried to the hospital and tried to save him`
        "hospital": CONSISTENT,
        # `“I don’t regret it, I don’t regret,” local newspapers quote Salinas as saying.`
        "no-regret": CONSISTENT,
    },
    ("drill", "yonhap"): {
        # `North Korea's official newspaper blasted South Korea on Tuesday` (published Tuesday
        # 20 August)
        "blasted": CONSISTENT,
        # `"The joint command post exercise ... a military provocation that cannot be
        # tolerated," the Rodong Sinmun said in a commentary.`
        "hostile-act-quote": CONSISTENT,
        # `The paper said that the exercise included ..., which it claims to be evidence that the
        # drill is aimed at "invading and crushing our republic to death."`
        "crushing-quote": CONSISTENT,
        # `South Korea and the U.S. were to wrap up their weekslong joint exercise later in the
        # day.`
        "wrap-up": CONSISTENT,
        # `The North has also carried out a series of weapons tests in recent weeks`
        "weapons-tests": CONSISTENT,
        # `Earlier last week, the North warned that inter-Korean dialogue won't resume`
        "dialogue-warning": CONSISTENT,
        # `A spokesperson of the North's committee handling inter-Korean affairs issued a
        # statement Friday` (the Friday before Tuesday 20 August)
        "committee-statement": CONSISTENT,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    (
        "reynosa",
        "foxnewslatino",
        "a 17-year-old girl from Reynosa",
        "a 15-year-old girl from Reynosa",
        "salinas-age:count",
    ),
    (
        "reynosa",
        "foxnewslatino",
        "girl from Reynosa, Mexico lured",
        "girl from Matamoros, Mexico lured",
        "lured:where",
    ),
    (
        "reynosa",
        "foxnewslatino",
        "lured an 8-months-pregnant woman",
        "lured a 7-months-pregnant woman",
        "months-pregnant:count",
    ),
    (
        "reynosa",
        "foxnewslatino",
        "Salinas beat Cartas to death",
        "Salinas did not beat Cartas to death",
        "beat-to-death:what",
    ),
    (
        "reynosa",
        "foxnewslatino",
        "had an abortion back in June",
        "had an abortion back in August",
        "abortion:when",
    ),
    (
        "reynosa",
        "foxnewslatino",
        "“I don’t regret it, I don’t regret,”",
        "“I don’t regret it, I don’t care,”",
        "no-regret:quote",
    ),
    (
        "reynosa",
        "foxnewslatino",
        "local newspapers quote Salinas as saying",
        "local newspapers quote Cartas as saying",
        "no-regret:who",
    ),
    (
        "drill",
        "yonhap",
        "blasted South Korea on Tuesday",
        "blasted South Korea on Monday",
        "blasted:when",
    ),
    (
        "drill",
        "yonhap",
        "an outright hostile act of invading us",
        "an outright hostile act of attacking us",
        "hostile-act-quote:quote",
    ),
    (
        "drill",
        "yonhap",
        "the Rodong Sinmun said in a commentary",
        "Seoul said in a commentary",
        "hostile-act-quote:who",
    ),
    (
        "drill",
        "yonhap",
        "wrap up their weekslong joint exercise later in the day",
        "wrap up their weekslong joint exercise on Thursday",
        "wrap-up:when",
    ),
    (
        "drill",
        "yonhap",
        "The North has also carried out a series",
        "The North has not carried out a series",
        "weapons-tests:what",
    ),
    (
        "drill",
        "yonhap",
        "issued a statement Friday",
        "issued a statement Thursday",
        "committee-statement:when",
    ),
]

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    ("reynosa", "foxnewslatino", "lured"): (
        OMITTED,
        "`a 17-year-old girl from Reynosa, Mexico lured an 8-months-pregnant woman to her home`: "
        "the lede names the killer only as `a 17-year-old girl`; her name comes two sentences "
        "later",
    ),
    ("reynosa", "foxnewslatino", "lured:where"): ("", "the same sentence: no mention"),
    ("reynosa", "foxnewslatino", "salinas-age"): (
        OMITTED,
        "the same sentence: `a 17-year-old girl`, no name of Salinas",
    ),
    ("reynosa", "foxnewslatino", "salinas-age:count"): ("", "the same sentence: no mention"),
    ("reynosa", "foxnewslatino", "months-pregnant"): (
        OMITTED,
        "`lured an 8-months-pregnant woman` and the title's `kills woman who was 8 months "
        "pregnant`: the victim is `a woman`, named only in the next sentence",
    ),
    ("reynosa", "foxnewslatino", "months-pregnant:count"): ("", "the same sentence: no mention"),
    ("reynosa", "foxnewslatino", "hospital"): (
        OMITTED,
        "`After the gruesome killing ..., the teen hurried to the hospital`: `the teen` stands "
        "for Salinas only for a reader who remembers the lede's `a 17-year-old girl`; the fact "
        "file gives no description",
    ),
    ("drill", "yonhap", "wrap-up"): (
        OMITTED,
        "`South Korea and the U.S. were to wrap up their weekslong joint exercise`: the nearest "
        "name before the phrase is `the U.S.`, the other half of a coordinated subject, and the "
        "phrase is taken as its alone",
    ),
    ("drill", "yonhap", "wrap-up:when"): ("", "the same sentence: no mention"),
    ("drill", "yonhap", "weapons-tests:what"): (
        "",
        "`The North has not carried out a series of weapons tests in recent weeks`: a denial "
        "with a span of time (`in recent weeks`) is read as one of other times, not judged",
    ),
    ("drill", "yonhap", "committee-statement"): (
        OMITTED,
        "`A spokesperson of the North's committee handling inter-Korean affairs issued a "
        "statement Friday`: the committee stands after `of`, the spokesperson's owner, not the "
        "subject",
    ),
    ("drill", "yonhap", "committee-statement:when"): ("", "the same sentence: no mention"),
}
