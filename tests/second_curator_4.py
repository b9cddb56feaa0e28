"""Labels of a second curator, a fourth batch: two more real news articles of
`tests/corpus/real-news/` (NBC News on a man's guilty plea for threatening Rep. Ilhan Omar,
NOLA.com on the opening of the George and Joyce Wein Jazz & Heritage Center) checked against fact
files written anew from the article alone, as `tests/second_curator.py` does. The fact files were
written first and validated, then every (article, fact) cell was labelled and the planted
contradictions written, all before the checker ran on them.

First run (at 8d2d364): no false contradiction in 15 cells; 11 of 15 facts stated found
consistent; 6 of 13 planted contradictions caught on the right slot.

After the rule it taught (an opening sentence's person described with a place's name, `A New
York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar`, the object named
right after the phrase, ``tests/test_lede_places_and_objects.py``): 12 of 15 found, 6 of 13
caught (a clash found through the opening sentence only shows), no false contradiction.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table asserts
that it still says so, so a fix shows (and must move the entry out).

The tables' tests are in `tests/test_second_curator.py`.
"""

from __future__ import annotations

from tests.second_curator import CONSISTENT, corpus_article

OMAR = """story: omar-threat-plea-2019
title: New York man pleads guilty to threatening to kill Rep. Ilhan Omar
date: 2019-11-19
about: [carlineo]
entities:
  carlineo:
    name: Patrick W. Carlineo Jr.
    aliases: [Patrick Carlineo, Carlineo]
    kind: person
  omar:
    name: Ilhan Omar
    aliases: [Omar, Rep. Ilhan Omar]
    kind: person
  zoghlin:
    name: Sonya Zoghlin
    aliases: [Zoghlin]
    kind: person
  kennedy:
    name: James P. Kennedy Jr.
    aliases: [Kennedy, James Kennedy]
    kind: person
places:
  usa: {name: United States, country: US}
  new-york: {name: New York, in: usa}
  addison: {name: Addison, in: new-york}
facts:
  - id: pleaded-guilty
    who: carlineo
    what: [pleaded guilty to threatening to kill]
    when: 2019-11-18
    required: true
  - id: age
    who: carlineo
    what: [years old, year-old]
    count: 55
  - id: maximum-years
    who: carlineo
    what: [years in prison]
    count: 10
  - id: maximum-fine
    who: carlineo
    what: [fine]
    count: 250000
    unit: $
  - id: threatening-call
    who: carlineo
    what: [call to the offices of Omar]
    when: 2019-03-21
  - id: convicted-1998
    who: carlineo
    what: [convicted of criminal mischief]
    when: 1998
  - id: zoghlin-quote
    who: zoghlin
    quote: >-
      He has taken responsibility for using threatening and inappropriate language to express
      those beliefs in this instance
  - id: kennedy-quote
    who: kennedy
    quote: >-
      The Second Amendment right to bear arms carries with it the responsibility that
      individuals who desire to possess firearms not commit felony crimes
"""

WEIN = """story: wein-center-opens-2014
title: George and Joyce Wein Jazz & Heritage Center opens in New Orleans
date: 2014-12-11
about: [wein, center]
entities:
  wein:
    name: George Wein
    aliases: [Wein]
    kind: person
  center:
    name: George and Joyce Wein Jazz & Heritage Center
    aliases: [Jazz & Heritage Center]
    kind: organisation
    mention_only: [the center, the new center]
  foundation:
    name: New Orleans Jazz and Heritage Foundation
    aliases: [Jazz & Heritage Foundation, Jazz and Heritage Foundation]
    kind: organisation
    mention_only: [the foundation]
  marshall:
    name: Don Marshall
    aliases: [Marshall]
    kind: person
  jordan:
    name: Kidd Jordan
    aliases: [Jordan]
    kind: person
places:
  usa: {name: United States, country: US}
  louisiana: {name: Louisiana, in: usa}
  new-orleans: {name: New Orleans, in: louisiana}
facts:
  - id: ribbon-cutting
    who: wein
    what: [attended a ribbon-cutting ceremony]
    when: 2014-12-11
    required: true
  - id: wein-age
    who: wein
    what: [year-old, years old]
    count: 89
  - id: total-cost
    who: [center, foundation]
    what: [total bill for the project]
    count: 9000000
    unit: $
  - id: funeral-home
    who: foundation
    what: [bought the former Tharp-Sontheimer-Laudumiey Funeral Home]
    when: 2008
  - id: classrooms
    who: center
    what: [classrooms]
    count: 7
  - id: marshall-quote
    who: marshall
    quote: >-
      We expect this facility, located at the gateway to the Tremé neighborhood, to give a major
      boost to the cultural and economic development of not only Tremé, but to our entire city
  - id: opening-concert
    who: jordan
    what: [will headline a grand opening concert]
    when: 2014-12-12
"""

STORIES = {"omar": OMAR, "wein": WEIN}

ARTICLES = {
    ("omar", "nbcnews"): corpus_article("omar-threat-nbcnews.md"),
    ("wein", "nola"): corpus_article("wein-center-nola.md"),
}

LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("omar", "nbcnews"): {
        # `A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar`, then
        # `Patrick W. Carlineo Jr., 55, of Addison, ... pleaded guilty to threatening to assault`
        "pleaded-guilty": CONSISTENT,
        "age": CONSISTENT,
        # `Carlineo faces a maximum of 10 years in prison and up to a $250,000 fine.`
        "maximum-years": CONSISTENT,
        "maximum-fine": CONSISTENT,
        # `He was arrested in April for the March 21 call to the offices of Omar.`
        "threatening-call": CONSISTENT,
        # `He was convicted of criminal mischief in 1998`
        "convicted-1998": CONSISTENT,
        # `"He has taken responsibility ... in this instance," Zoghlin said.`
        "zoghlin-quote": CONSISTENT,
        # `... Kennedy said in a statement. "The Second Amendment right ... felony crimes."`
        "kennedy-quote": CONSISTENT,
    },
    ("wein", "nola"): {
        # `The 89-year-old festival impresario attended a ribbon-cutting ceremony Thursday (Dec.
        # 11)`, after `George Wein ... On Thursday morning, he was on hand`
        "ribbon-cutting": CONSISTENT,
        "wein-age": CONSISTENT,
        # `The total bill for the project came in at around $9 million.`
        "total-cost": CONSISTENT,
        # `In 2008, the foundation bought the former Tharp-Sontheimer-Laudumiey Funeral Home.`
        "funeral-home": CONSISTENT,
        # `Now it will inhabit the seven classrooms ... at the George and Joyce Wein Jazz &
        # Heritage Center.`
        "classrooms": CONSISTENT,
        # `"We expect this facility, ... our entire city," said Don Marshall`
        "marshall-quote": CONSISTENT,
        # `On Friday (Dec. 12) at 8 p.m., ... Kidd Jordan ... will headline a grand opening concert`
        "opening-concert": CONSISTENT,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    (
        "omar",
        "nbcnews",
        "pleaded guilty Monday to",
        "pleaded guilty Tuesday to",
        "pleaded-guilty:when",
    ),
    ("omar", "nbcnews", "Carlineo Jr., 55, of", "Carlineo Jr., 57, of", "age:count"),
    ("omar", "nbcnews", "a maximum of 10 years", "a maximum of 15 years", "maximum-years:count"),
    ("omar", "nbcnews", "the March 21 call", "the March 12 call", "threatening-call:when"),
    (
        "omar",
        "nbcnews",
        "criminal mischief in 1998",
        "criminal mischief in 1996",
        "convicted-1998:when",
    ),
    (
        "omar",
        "nbcnews",
        "using threatening and inappropriate",
        "using offensive and inappropriate",
        "zoghlin-quote:quote",
    ),
    (
        "omar",
        "nbcnews",
        'this instance," Zoghlin said',
        'this instance," Kennedy said',
        "zoghlin-quote:who",
    ),
    (
        "wein",
        "nola",
        "ceremony Thursday (Dec. 11)",
        "ceremony Wednesday (Dec. 10)",
        "ribbon-cutting:when",
    ),
    ("wein", "nola", "The 89-year-old festival", "The 86-year-old festival", "wein-age:count"),
    (
        "wein",
        "nola",
        "In 2008, the foundation bought",
        "In 2006, the foundation bought",
        "funeral-home:when",
    ),
    (
        "wein",
        "nola",
        "came in at around $9 million",
        "came in at around $19 million",
        "total-cost:count",
    ),
    (
        "wein",
        "nola",
        'our entire city," said Don Marshall',
        'our entire city," said Kidd Jordan',
        "marshall-quote:who",
    ),
    (
        "wein",
        "nola",
        "On Friday (Dec. 12) at 8 p.m.",
        "On Sunday (Dec. 14) at 8 p.m.",
        "opening-concert:when",
    ),
]

OMITTED = "omitted"

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    ("omar", "nbcnews", "pleaded-guilty:when"): (
        "",
        "`A New York man pleaded guilty Tuesday`: the person is tied to the opening sentence "
        "only by the next one naming him, so its clash is doubtful, shown and not failed",
    ),
    ("omar", "nbcnews", "threatening-call:when"): (
        "",
        "`for the March 12 call to the offices of Omar`: a date before the phrase, inside its "
        "noun phrase, is not read as its date",
    ),
    ("wein", "nola", "ribbon-cutting"): (
        OMITTED,
        "`The 89-year-old festival impresario attended a ribbon-cutting ceremony`: a "
        "description that is none of Wein's names",
    ),
    ("wein", "nola", "ribbon-cutting:when"): ("", "the same sentence: no mention"),
    ("wein", "nola", "wein-age"): (OMITTED, "the same sentence: `The 89-year-old`, no name"),
    ("wein", "nola", "wein-age:count"): ("", "the same sentence: no mention"),
    ("wein", "nola", "total-cost"): (
        OMITTED,
        "`The total bill for the project came in at around $9 million`: the `who` is named "
        "only as `the project`, after the phrase",
    ),
    ("wein", "nola", "total-cost:count"): ("", "the same sentence: no mention"),
    ("wein", "nola", "funeral-home:when"): (
        "",
        "`In 2006, the foundation bought`: a description's act dated in another year may be "
        "another member of the kind's, so the year is not judged",
    ),
    ("wein", "nola", "opening-concert:when"): (
        "",
        "`On Sunday (Dec. 14) at 8 p.m., ... Kidd Jordan - who founded ... -- and his "
        "accomplished offspring ... will headline`: the day stands far before the phrase, past "
        "an aside",
    ),
}
