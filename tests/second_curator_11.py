"""Labels of a second curator, an eleventh batch: two more real news articles of
`tests/corpus/real-news/` (CBS News on the life sentence of Michael Webb for kidnapping a girl in
Fort Worth, Space.com on the water vapour seen above Jupiter's moon Europa) checked against fact
files written anew from the article alone, as `tests/second_curator.py` does. The fact files
were written first and validated, then every (article, fact) cell was labelled and the planted
contradictions written, all before the checker ran on them.

First run (at 0107875): no false contradiction in 12 cells; 9 of 12 facts stated found
consistent; 7 of 11 planted contradictions caught on the right slot, none falsely.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table asserts
that it still says so, so a fix shows (and must move the entry out).

The tables' tests are in `tests/test_second_curator.py`.
"""

from __future__ import annotations

from tests.second_curator import CONSISTENT, corpus_article

OMITTED = "omitted"

WEBB = """story: webb-kidnapping-sentence-2019
title: Michael Webb sentenced to life for kidnapping a Fort Worth girl
date: 2019-11-19
about: [webb]
entities:
  webb:
    name: Michael Webb
    aliases: [Webb]
    kind: person
  cox:
    name: Nealy Cox
    aliases: [Cox, U.S. Attorney Nealy Cox]
    kind: person
places:
  usa: {name: United States, country: US}
  texas: {name: Texas, in: usa}
  fort-worth: {name: Fort Worth, in: texas}
  forest-hill: {name: Forest Hill, in: texas}
facts:
  - id: sentenced
    who: webb
    what: [was sentenced to life in federal prison]
    required: true
  - id: age
    who: webb
    what: [year-old, years old]
    count: 51
  - id: grabbed
    who: webb
    what: [grabbed the little girl]
    when: 2019-05-18
  - id: hotel
    who: webb
    what: [took the child to]
    where: forest-hill
  - id: interview
    who: webb
    what: [hour recorded interview]
    count: 3
  - id: cox-quote
    who: cox
    quote: We believe that justice has been served in this case
"""

EUROPA = """story: europa-water-vapour-2019
title: Water vapour detected above Jupiter's moon Europa
date: 2019-11-18
about: [paganini]
entities:
  paganini:
    name: Lucas Paganini
    aliases: [Paganini]
    kind: person
  keck:
    name: W.M. Keck Observatory
    kind: organisation
places:
  usa: {name: United States, country: US}
  hawaii: {name: Hawaii, in: usa}
facts:
  - id: used-keck
    who: paganini
    what: [used the W.M. Keck Observatory]
    where: hawaii
  - id: nights
    who: paganini
    what: [observed Europa for nights]
    count: 17
  - id: signal
    who: paganini
    what: [got a strong signal of water vapor]
    when: 2016-04-26
  - id: published
    who: paganini
    what: [was published online]
    when: 2019-11-18
  - id: next-best-quote
    who: paganini
    quote: >-
      While scientists have not yet detected liquid water directly, we've found the next best
      thing: water in vapor form
  - id: interesting-quote
    who: paganini
    quote: >-
      For me, the interesting thing about this work is not only the first direct detection of
      water above Europa
"""

STORIES = {"webb": WEBB, "europa": EUROPA}

ARTICLES = {
    ("webb", "cbsnews"): corpus_article("kidnapping-cbsnews.md"),
    ("europa", "space"): corpus_article("europa-space.md"),
}

LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("webb", "cbsnews"): {
        # `CBS DFW reports the man who kidnapped the child, Michael Webb, was sentenced to life in
        # federal prison.`
        "sentenced": CONSISTENT,
        # `before convicting Webb, 51, of kidnapping the girl.`
        "age": CONSISTENT,
        # `Webb grabbed the little girl as she and her mother were walking down Fort Worth's 6th
        # Avenue at 6:38 p.m. on Saturday, May 18.`
        "grabbed": CONSISTENT,
        # `he admitted that he took the child to Forest Hill's WoodSpring Suites hotel`
        "hotel": CONSISTENT,
        # `In a three-hour recorded interview with the FBI, Webb confessed to the kidnapping`
        "interview": CONSISTENT,
        # `"We believe that justice has been served in this case. ...," said U.S. Attorney Nealy
        # Cox.`
        "cox-quote": CONSISTENT,
    },
    ("europa", "space"): {
        # `Paganini and his colleagues used the W.M. Keck Observatory in Hawaii to study`
        "used-keck": CONSISTENT,
        # `The researchers observed Europa for 17 nights`, after `Paganini and his colleagues`
        "nights": CONSISTENT,
        # `On one of those nights — April 26, 2016 — they got a strong signal of water vapor`
        "signal": CONSISTENT,
        # `Paganini and his team wrote in the new paper, which was published online today (Nov.
        # 18) in the journal Nature Astronomy.`
        "published": CONSISTENT,
        # `"While scientists have not yet detected ... water in vapor form," Paganini added.`
        "next-best-quote": CONSISTENT,
        # `"For me, the interesting thing about this work is not only the first direct detection
        # of water above Europa, but also ...," Paganini said.`
        "interesting-quote": CONSISTENT,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    (
        "webb",
        "cbsnews",
        "Michael Webb, was sentenced to life",
        "Michael Webb, was not sentenced to life",
        "sentenced:what",
    ),
    ("webb", "cbsnews", "convicting Webb, 51, of", "convicting Webb, 54, of", "age:count"),
    (
        "webb",
        "cbsnews",
        "at 6:38 p.m. on Saturday, May 18",
        "at 6:38 p.m. on Friday, May 17",
        "grabbed:when",
    ),
    (
        "webb",
        "cbsnews",
        "took the child to Forest Hill's WoodSpring",
        "took the child to Arlington's WoodSpring",
        "hotel:where",
    ),
    (
        "webb",
        "cbsnews",
        "In a three-hour recorded interview",
        "In a four-hour recorded interview",
        "interview:count",
    ),
    (
        "webb",
        "cbsnews",
        '"We believe that justice has been served in this case.',
        '"We believe that justice has been done in this case.',
        "cox-quote:quote",
    ),
    (
        "europa",
        "space",
        "W.M. Keck Observatory in Hawaii",
        "W.M. Keck Observatory in Chile",
        "used-keck:where",
    ),
    (
        "europa",
        "space",
        "observed Europa for 17 nights",
        "observed Europa for 19 nights",
        "nights:count",
    ),
    (
        "europa",
        "space",
        "April 26, 2016 — they got",
        "April 24, 2016 — they got",
        "signal:when",
    ),
    (
        "europa",
        "space",
        "we've found the next best thing",
        "we've found the second best thing",
        "next-best-quote:quote",
    ),
    (
        "europa",
        "space",
        'the lack thereof within the limits of our detection method," Paganini said.',
        'the lack thereof within the limits of our detection method," the W.M. Keck Observatory'
        " said.",
        "interesting-quote:who",
    ),
]

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    ("webb", "cbsnews", "grabbed:when"): (
        "",
        "`Webb grabbed the little girl as she and her mother were walking down ... at 6:38 p.m. "
        "on Friday, May 17`: the date stands in the `as` clause, the walk's",
    ),
    ("webb", "cbsnews", "hotel:where"): (
        "",
        "`took the child to Arlington's WoodSpring Suites hotel`: a possessive place confirms, "
        "never contradicts",
    ),
    ("europa", "space", "nights"): (
        OMITTED,
        "`The researchers observed Europa for 17 nights`: `the researchers` stands for "
        "Paganini's group only when the fact file gives him a description whose last word they "
        "are the plural of (`planetary scientist`); this one gives none",
    ),
    ("europa", "space", "nights:count"): ("", "the same sentence: no mention"),
    ("europa", "space", "signal"): (
        OMITTED,
        "`On one of those nights — April 26, 2016 — they got a strong signal`: `they` after a "
        "sentence whose subject is `The researchers`, not a name",
    ),
    ("europa", "space", "signal:when"): ("", "the same sentence: no mention"),
    ("europa", "space", "published"): (
        OMITTED,
        "`Paganini and his team wrote in the new paper, which was published online today`: "
        "`which` stands for the paper, no entity of the story",
    ),
}
