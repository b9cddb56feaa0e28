"""Labels of a second curator, a fifteenth batch: two more real news articles of
`tests/corpus/real-news/` (MLive on the surveillance photos of a bank robbery in Ann Arbor, the
Associated Press as CBS Detroit printed it on a sixth death from Eastern Equine Encephalitis in
Michigan) checked against fact files written anew from the article alone, as
`tests/second_curator.py` does. The fact files were written first and validated, then every
(article, fact) cell was labelled and the planted contradictions written, all before the checker
ran on them.

First run (at 5d86187): no false contradiction in 10 cells; 9 of 10 facts stated found
consistent; 6 of 9 planted contradictions caught on the right slot, none falsely.

After the rule it taught (a house number before a street or `block` is no year, `at 2015
Washtenaw Avenue`, which made the sentence read as dated in another year, ``tests/test_dates.py``):
7 of 9 caught.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table asserts
that it still says so, so a fix shows (and must move the entry out).

The tables' tests are in `tests/test_second_curator.py`.
"""

from __future__ import annotations

from tests.second_curator import CONSISTENT, corpus_article

OMITTED = "omitted"

ROBBERY = """story: university-bank-robbery-2014
title: Police release surveillance photos of the University Bank robbery
date: 2014-12-29
about: [bank, pfannes]
entities:
  robbery:
    name: University Bank robbery
    mention_only: [the robbery, the bank robbery]
    kind: event
  bank:
    name: University Bank
    kind: organisation
  police:
    name: Ann Arbor Police Department
    mention_only: [police]
    kind: organisation
  pfannes:
    name: Robert Pfannes
    aliases: [Pfannes, Lt. Robert Pfannes]
    kind: person
  suspect:
    name: the suspect
    mention_only: [the man]
    kind: person
places:
  usa: {name: United States, country: US}
  michigan: {name: Michigan, in: usa}
  ann-arbor: {name: Ann Arbor, in: michigan}
facts:
  - id: took-place
    who: robbery
    what: [took place]
    when: 2014-12-22
  - id: photos
    who: police
    what: [released surveillance photos]
  - id: weight
    who: suspect
    what: [pounds]
    count: 200
  - id: fled
    who: suspect
    what: [fled on foot]
  - id: car
    who: suspect
    what: [may have then entered a car]
"""

EEE = """story: michigan-eee-sixth-death-2019
title: Michigan reports a sixth death from Eastern Equine Encephalitis
date: 2019-11-19
about: [eee]
entities:
  eee:
    name: Eastern Equine Encephalitis
    mention_only: [the virus, the outbreak]
    kind: event
  death:
    name: sixth EEE death
    mention_only: [the death]
    kind: event
  berrien:
    name: Berrien County Health Department
    kind: organisation
  khaldun:
    name: Joneigh Khaldun
    aliases: [Dr. Joneigh Khaldun, Khaldun]
    kind: person
places:
  usa: {name: United States, country: US}
  michigan: {name: Michigan, in: usa}
facts:
  - id: sixth-fatality
    who: eee
    what: [fatality]
    count: 6
    ordinal: true
  - id: death-day
    who: death
    what: [occurred]
    when: 2019-11-16
  - id: human-cases
    who: eee
    what: [human cases]
    count: 10
  - id: animal-cases
    who: eee
    what: [animal cases]
    count: 46
  - id: first-appeared
    who: eee
    what: [first appeared in West Michigan]
    when: 2019-08
"""

STORIES = {"robbery": ROBBERY, "eee": EEE}

ARTICLES = {
    ("robbery", "mlive"): corpus_article("bank-robbery-mlive.md"),
    ("eee", "cbsdetroit"): corpus_article("eee-michigan-cbsdetroit.md"),
}

LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("robbery", "mlive"): {
        # `The robbery took place at about 3:15 p.m. Dec. 22 when a man entered University Bank`
        "took-place": CONSISTENT,
        # `Police have released surveillance photos in hopes of garnering help`
        "photos": CONSISTENT,
        # `The man is described as being in his 20s, about 5 feet 11 inches tall and 200 pounds`
        "weight": CONSISTENT,
        # `After taking money, the man then fled on foot.`
        "fled": CONSISTENT,
        # `The man may have then entered a car in 2100 block of Washtenaw`
        "car": CONSISTENT,
    },
    ("eee", "cbsdetroit"): {
        # `Michigan health authorities are reporting a 6th fatality linked to Eastern Equine
        # Encephalitis.`
        "sixth-fatality": CONSISTENT,
        # `The death occurred Saturday.` (published Tuesday 19 November)
        "death-day": CONSISTENT,
        # `The outbreak has resulted in 10 human cases and 46 animal cases.`
        "human-cases": CONSISTENT,
        "animal-cases": CONSISTENT,
        # `Cases of Eastern Equine Encephalitis first appeared in West Michigan at the end of
        # August.`
        "first-appeared": CONSISTENT,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    (
        "robbery",
        "mlive",
        "took place at about 3:15 p.m. Dec. 22 when",
        "took place at about 3:15 p.m. Dec. 23 when",
        "took-place:when",
    ),
    (
        "robbery",
        "mlive",
        "Police have released surveillance photos",
        "Police have not released surveillance photos",
        "photos:what",
    ),
    ("robbery", "mlive", "tall and 200 pounds", "tall and 250 pounds", "weight:count"),
    (
        "robbery",
        "mlive",
        "the man then fled on foot",
        "the man then never fled on foot",
        "fled:what",
    ),
    (
        "eee",
        "cbsdetroit",
        "reporting a 6th fatality",
        "reporting a 7th fatality",
        "sixth-fatality:count",
    ),
    (
        "eee",
        "cbsdetroit",
        "The death occurred Saturday.",
        "The death occurred Friday.",
        "death-day:when",
    ),
    (
        "eee",
        "cbsdetroit",
        "resulted in 10 human cases",
        "resulted in 12 human cases",
        "human-cases:count",
    ),
    ("eee", "cbsdetroit", "and 46 animal cases", "and 64 animal cases", "animal-cases:count"),
    (
        "eee",
        "cbsdetroit",
        "West Michigan at the end of August",
        "West Michigan at the end of July",
        "first-appeared:when",
    ),
]

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    ("robbery", "mlive", "photos:what"): (
        "",
        "`Police have not released surveillance photos ... to track down a suspect in the "
        "University Bank robbery on Dec. 22`: a denial in a sentence dated on another day than "
        "the story's is read as a denial of that day's act, no mention",
    ),
    ("eee", "cbsdetroit", "first-appeared"): (
        OMITTED,
        "`Cases of Eastern Equine Encephalitis first appeared in West Michigan`: the name "
        "follows `of`, an object; the subject is `Cases`",
    ),
    ("eee", "cbsdetroit", "first-appeared:when"): ("", "the same sentence: no mention"),
}
