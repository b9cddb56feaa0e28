"""Labels of a second curator, an eighth batch: two more real news articles of
`tests/corpus/real-news/` (NBC News, printing Reuters, on the house where Hitler was born
becoming a police station; TechCrunch on the New York State Attorney General's inquiry into
WeWork) checked against fact files written anew from the article alone, as
`tests/second_curator.py` does. The fact files were written first and validated, then every
(article, fact) cell was labelled and the planted contradictions written, all before the checker
ran on them.

First run (at ad52781): no false contradiction in 12 cells; 8 of 12 facts stated found
consistent; 4 of 12 planted contradictions caught on the right slot, none falsely.

After the rules it taught (a negator right after the `will` a plan's phrase opens with, `will
not be turned into a police station`, ``tests/test_negators_inside_phrases.py``; a company's
spokesperson is no new speaker, `A company spokesperson said in an email that "..."`,
``tests/test_false_alarm_probes_72.py``): 6 of 12 caught.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table asserts
that it still says so, so a fix shows (and must move the entry out).

The tables' tests are in `tests/test_second_curator.py`.
"""

from __future__ import annotations

from tests.second_curator import CONSISTENT, corpus_article

OMITTED = "omitted"

HOUSE = """story: hitler-birth-house-2019
title: The house where Hitler was born will become a police station
date: 2019-11-19
about: [house]
entities:
  house:
    name: the house where Adolf Hitler was born
    mention_only: [the house]
    kind: product
  hitler:
    name: Adolf Hitler
    aliases: [Hitler]
    kind: person
  austria:
    name: Austrian government
    aliases: [Austria]
    kind: organisation
  ministry:
    name: Interior Ministry
    aliases: [the Interior Ministry]
    kind: organisation
  peschorn:
    name: Wolfgang Peschorn
    aliases: [Peschorn]
    kind: person
places:
  braunau: {name: Braunau am Inn, aliases: [Braunau], country: AT}
facts:
  - id: police-station
    who: house
    what: [will be turned into a police station]
    required: true
  - id: hitler-born
    who: hitler
    what: [was born in]
    where: braunau
    when: 1889
  - id: compulsory-purchase
    who: austria
    what: [carried out a compulsory purchase of the house]
    where: braunau
  - id: annexed
    who: austria
    what: [annexed by Hitler's Germany]
    when: 1938
  - id: peschorn-quote
    who: peschorn
    quote: >-
      The house's future use by the police should send an unmistakable signal that this building
      will never again evoke the memory of National Socialism
"""

WEWORK = """story: wework-nyag-inquiry-2019
title: New York State Attorney General investigating WeWork
date: 2019-11-18
about: [wework]
entities:
  wework:
    name: WeWork
    kind: organisation
    mention_only: [the company]
  neumann:
    name: Adam Neumann
    aliases: [Neumann]
    kind: person
  nyag:
    name: New York State Attorney General
    aliases: [NYAG]
    kind: organisation
  we-company:
    name: The We Company
    kind: organisation
  softbank:
    name: SoftBank
    kind: organisation
places:
  usa: {name: United States, country: US}
  new-york-state: {name: New York State, in: usa}
  nyc: {name: New York City, in: new-york-state}
facts:
  - id: investigated
    who: wework
    what: [being investigated by the New York State Attorney General]
    required: true
  - id: headquartered
    who: wework
    what: [is headquartered in]
    where: nyc
  - id: s1-withdrawn
    who: we-company
    what: [announced]
    when: 2019-09-30
  - id: word-we
    who: neumann
    what: [sold the company the right to use the word]
    count: 5900000
    unit: $
  - id: softbank-lifeline
    who: softbank
    what: [lifeline]
    count: 8000000000
    unit: $
  - id: meetup
    who: wework
    what: [acquired]
    count: 200000000
    unit: $
    when: 2017
  - id: spokesperson-quote
    who: wework
    quote: >-
      we have received an inquiry from the office of the New York State Attorney General and are
      cooperating in the matter
"""

STORIES = {"house": HOUSE, "wework": WEWORK}

ARTICLES = {
    ("house", "nbcnews"): corpus_article("hitler-house-nbcnews.md"),
    ("wework", "techcrunch"): corpus_article("wework-techcrunch.md"),
}

LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("house", "nbcnews"): {
        # `The house where Adolf Hitler was born will be turned into a police station`
        "police-station": CONSISTENT,
        # `Although Hitler was born in Braunau in 1889, Austria argued ...`
        "hitler-born": CONSISTENT,
        # `Having recently carried out a compulsory purchase of the house in Braunau am Inn, a
        # town on the border with Germany, Austria will invite architects`
        "compulsory-purchase": CONSISTENT,
        # `Austria argued for decades that ..., having been annexed by Hitler's Germany in 1938.`
        "annexed": CONSISTENT,
        # `"The house's future use ... National Socialism," Interior Minister Wolfgang Peschorn,
        # who serves in a provisional government of civil servants, said in the statement.`
        "peschorn-quote": CONSISTENT,
    },
    ("wework", "techcrunch"): {
        # `WeWork is reportedly being investigated by the New York State Attorney General.`
        "investigated": CONSISTENT,
        # `WeWork is headquartered in New York City.`
        "headquartered": CONSISTENT,
        # `WeWork’s parent company, The We Company, announced on Sept. 30 that it was withdrawing
        # its S-1 filing`
        "s1-withdrawn": CONSISTENT,
        # `An entity Neumann controlled also sold the company the right to use the word “We” for
        # $5.9 million`
        "word-we": CONSISTENT,
        # `After receiving a lifeline from investor SoftBank worth up to $8 billion, WeWork is now
        # engaging in major cost-cutting measures`
        "softbank-lifeline": CONSISTENT,
        # `including layoffs at Meetup, which it acquired for $200 million in 2017.`
        "meetup": CONSISTENT,
        # `A company spokesperson said in an email that “we have received ... in the matter.”`
        "spokesperson-quote": CONSISTENT,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    (
        "house",
        "nbcnews",
        "will be turned into a police station",
        "will not be turned into a police station",
        "police-station:what",
    ),
    (
        "house",
        "nbcnews",
        "Hitler was born in Braunau in 1889",
        "Hitler was born in Braunau in 1887",
        "hitler-born:when",
    ),
    (
        "house",
        "nbcnews",
        "Hitler was born in Braunau in 1889",
        "Hitler was born in Linz in 1889",
        "hitler-born:where",
    ),
    (
        "house",
        "nbcnews",
        "Hitler's Germany in 1938",
        "Hitler's Germany in 1936",
        "annexed:when",
    ),
    (
        "house",
        "nbcnews",
        "send an unmistakable signal",
        "send a clear signal",
        "peschorn-quote:quote",
    ),
    (
        "wework",
        "techcrunch",
        "WeWork is headquartered in New York City.",
        "WeWork is headquartered in San Francisco.",
        "headquartered:where",
    ),
    (
        "wework",
        "techcrunch",
        "The We Company, announced on Sept. 30",
        "The We Company, announced on Sept. 20",
        "s1-withdrawn:when",
    ),
    (
        "wework",
        "techcrunch",
        "the word “We” for $5.9 million",
        "the word “We” for $9.5 million",
        "word-we:count",
    ),
    (
        "wework",
        "techcrunch",
        "worth up to $8 billion",
        "worth up to $9 billion",
        "softbank-lifeline:count",
    ),
    (
        "wework",
        "techcrunch",
        "which it acquired for $200 million in 2017",
        "which it acquired for $250 million in 2017",
        "meetup:count",
    ),
    (
        "wework",
        "techcrunch",
        "which it acquired for $200 million in 2017",
        "which it acquired for $200 million in 2015",
        "meetup:when",
    ),
    (
        "wework",
        "techcrunch",
        "and are cooperating in the matter",
        "and are not cooperating in the matter",
        "spokesperson-quote:quote",
    ),
]

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    ("house", "nbcnews", "hitler-born:where"): (
        "",
        "`Hitler was born in Linz`: a city of the gazetteer in the country of Braunau am Inn, "
        "which the checker cannot tell is not inside it",
    ),
    ("house", "nbcnews", "annexed"): (
        OMITTED,
        "`Austria argued for decades that it was the first victim ..., having been annexed by "
        "Hitler's Germany in 1938`: the participle clause follows a `that` clause with a "
        "subject of its own",
    ),
    ("house", "nbcnews", "annexed:when"): ("", "the same sentence: no mention"),
    ("wework", "techcrunch", "word-we"): (
        OMITTED,
        "`sold the company the right to use the word “We” for $5.9 million`: the sum stands "
        "past the quoted word, beyond the reach of a measure after the phrase, and no slot is "
        "judged",
    ),
    ("wework", "techcrunch", "word-we:count"): ("", "the same sentence: no mention"),
    ("wework", "techcrunch", "softbank-lifeline"): (
        OMITTED,
        "`a lifeline from investor SoftBank worth up to $8 billion`: the sum stands past the "
        "source's name and `worth up to`, and no slot is judged",
    ),
    ("wework", "techcrunch", "softbank-lifeline:count"): ("", "the same sentence: no mention"),
    ("wework", "techcrunch", "meetup"): (
        OMITTED,
        "`After receiving a lifeline from investor SoftBank ..., WeWork is now engaging in ... "
        "layoffs at Meetup, which it acquired`: `it` may stand for either organisation named "
        "before it",
    ),
    ("wework", "techcrunch", "meetup:count"): ("", "the same sentence: no mention"),
    ("wework", "techcrunch", "meetup:when"): ("", "the same sentence: no mention"),
}
