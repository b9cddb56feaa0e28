"""Labels of a second curator, a fifth batch: two more real news articles of
`tests/corpus/real-news/` (Sky News on José Mourinho replacing Mauricio Pochettino at Tottenham,
CNBC on Emirates' order of 30 Boeing 787-9 jets) checked against fact files written anew from the
article alone, as `tests/second_curator.py` does. The fact files were written first and
validated, then every (article, fact) cell was labelled and the planted contradictions written,
all before the checker ran on them.

First run (at a58b9f1): no false contradiction in 19 cells; 11 of 19 facts stated found
consistent; 8 of 18 planted contradictions caught on the right slot, none falsely.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table asserts
that it still says so, so a fix shows (and must move the entry out).

The tables' tests are in `tests/test_second_curator.py`.
"""

from __future__ import annotations

from tests.second_curator import CONSISTENT, corpus_article

OMITTED = "omitted"

SPURS = """story: mourinho-tottenham-2019
title: Jose Mourinho replaces Mauricio Pochettino as Tottenham manager
date: 2019-11-20
about: [mourinho, tottenham]
entities:
  mourinho:
    name: Jose Mourinho
    aliases: [Mourinho, José Mourinho]
    kind: person
  pochettino:
    name: Mauricio Pochettino
    aliases: [Pochettino]
    kind: person
  tottenham:
    name: Tottenham Hotspur
    aliases: [Tottenham, Spurs]
    kind: organisation
  united:
    name: Manchester United
    kind: organisation
places:
  uk: {name: United Kingdom, country: GB}
  england: {name: England, in: uk}
  london: {name: London, in: england}
facts:
  - id: agreed-deal
    who: mourinho
    what: [agreed a deal to replace]
    required: true
  - id: pochettino-sacked
    who: pochettino
    what: [was sacked]
    when: 2019-11-19
  - id: sacked-by-united
    who: mourinho
    what: [sacked by Manchester United]
    when: 2018-12
  - id: age
    who: mourinho
    what: [year-old, years old]
    count: 56
  - id: trophies
    who: mourinho
    what: [senior trophies]
    count: 25
  - id: premier-league-titles
    who: mourinho
    what: [Premier League titles]
    count: 3
  - id: managed-united
    who: mourinho
    what: [returned to England to manage Manchester United]
    when: 2016
  - id: first-match
    who: mourinho
    what: [first match in charge]
    when: 2019-11-23
  - id: spurs-wins
    who: tottenham
    what: [matches this season]
    count: 5
  - id: mourinho-quote
    who: mourinho
    quote: >-
      I am excited to be joining a club with such a great heritage and such passionate supporters
"""

EMIRATES = """story: emirates-787-order-2019
title: Emirates orders 30 Boeing 787-9 Dreamliners at the Dubai Air Show
date: 2019-11-20
about: [emirates]
entities:
  emirates:
    name: Emirates Airline
    aliases: [Emirates]
    kind: organisation
  boeing:
    name: Boeing
    kind: organisation
  airbus:
    name: Airbus
    kind: organisation
  clark:
    name: Tim Clark
    aliases: [Clark]
    kind: person
places:
  uae: {name: United Arab Emirates, country: AE}
  dubai: {name: Dubai, in: uae}
facts:
  - id: deal
    who: emirates
    what: [finalized a deal to purchase]
    where: dubai
    when: 2019-11-20
    required: true
  - id: jets
    who: emirates
    what: [787-9 Dreamliner jets]
    count: 30
  - id: order-value
    who: emirates
    what: [valued at]
    count: 8800000000
    unit: $
  - id: 777x-commitment
    who: emirates
    what: [777x jets]
    count: 126
  - id: fleet
    who: emirates
    what: [fleet of]
    count: 270
  - id: airbus-order
    who: emirates
    what: [Airbus A350-900 jets]
    count: 50
    when: 2019-11-18
  - id: expansion-plans
    who: clark
    what: [revealed lofty plans to expand]
    when: 2019-10
  - id: a380s
    who: emirates
    what: [of the planes in its fleet]
    count: 123
  - id: max-deaths
    who: boeing
    what: [killed a total of]
    count: 346
"""

STORIES = {"spurs": SPURS, "emirates": EMIRATES}

ARTICLES = {
    ("spurs", "skynews"): corpus_article("mourinho-spurs-skynews.md"),
    ("emirates", "cnbc"): corpus_article("emirates-boeing-cnbc.md"),
}

LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("spurs", "skynews"): {
        # `Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager`
        "agreed-deal": CONSISTENT,
        # `Pochettino was sacked last night` (published Wednesday 20 November)
        "pochettino-sacked": CONSISTENT,
        # `The Portuguese boss had been out of work since being sacked by Manchester United in
        # December 2018.`
        "sacked-by-united": CONSISTENT,
        # `The 56-year-old said after his appointment:`
        "age": CONSISTENT,
        # `Tottenham said in a statement: "Jose is one of ... having won 25 senior trophies.`
        "trophies": CONSISTENT,
        # `Mourinho won three Premier League titles over two spells in charge of Chelsea`
        "premier-league-titles": CONSISTENT,
        # `... and returned to England to manage Manchester United in 2016.`
        "managed-united": CONSISTENT,
        # `His first match in charge will be away to West Ham on Saturday.`
        "first-match": CONSISTENT,
        # `Spurs have won just five matches this season`
        "spurs-wins": CONSISTENT,
        # `The 56-year-old said after his appointment: "I am excited ... passionate supporters.`
        "mourinho-quote": CONSISTENT,
    },
    ("emirates", "cnbc"): {
        # `DUBAI, ... — Dubai's flagship carrier Emirates Airline finalized a deal to purchase 30
        # of Boeing 's 787-9 Dreamliner jets, executives ... announced Wednesday at the Dubai Air
        # Show.`
        "deal": CONSISTENT,
        "jets": CONSISTENT,
        # `The order is valued at $8.8 billion at list prices`
        "order-value": CONSISTENT,
        # `a prior commitment of 777x jets from the U.S. plane-maker, down by 30 to 126`
        "777x-commitment": CONSISTENT,
        # `As of October, Emirates had a fleet of 270 aircraft, including 12 freight.`
        "fleet": CONSISTENT,
        # `it announced an order of 50 Airbus A350-900 jets on Monday`
        "airbus-order": CONSISTENT,
        # `Clark in October revealed lofty plans to expand the Emirates fleet by 30%`
        "expansion-plans": CONSISTENT,
        # `Emirates is the number one buyer of Airbus' iconic A380, ..., with 123 of the planes
        # in its fleet.`
        "a380s": CONSISTENT,
        # `two catastrophic crashes of its popular 737 Max jet in less than five months that
        # killed a total of 346 people`, after `the American manufacturing giant`
        "max-deaths": CONSISTENT,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    ("spurs", "skynews", "was sacked last night", "was sacked on Monday", "pochettino-sacked:when"),
    (
        "spurs",
        "skynews",
        "United in December 2018",
        "United in December 2017",
        "sacked-by-united:when",
    ),
    ("spurs", "skynews", "The 56-year-old said", "The 58-year-old said", "age:count"),
    ("spurs", "skynews", "won 25 senior trophies", "won 22 senior trophies", "trophies:count"),
    (
        "spurs",
        "skynews",
        "Mourinho won three Premier League",
        "Mourinho won four Premier League",
        "premier-league-titles:count",
    ),
    (
        "spurs",
        "skynews",
        "Manchester United in 2016.",
        "Manchester United in 2015.",
        "managed-united:when",
    ),
    (
        "spurs",
        "skynews",
        "away to West Ham on Saturday",
        "away to West Ham on Sunday",
        "first-match:when",
    ),
    ("spurs", "skynews", "won just five matches", "won just seven matches", "spurs-wins:count"),
    (
        "spurs",
        "skynews",
        "such a great heritage",
        "such a proud heritage",
        "mourinho-quote:quote",
    ),
    (
        "emirates",
        "cnbc",
        "announced Wednesday at the Dubai",
        "announced Tuesday at the Dubai",
        "deal:when",
    ),
    (
        "emirates",
        "cnbc",
        "purchase 30 of Boeing",
        "purchase 40 of Boeing",
        "jets:count",
    ),
    (
        "emirates",
        "cnbc",
        "valued at $8.8 billion",
        "valued at $9.8 billion",
        "order-value:count",
    ),
    ("emirates", "cnbc", "down by 30 to 126", "down by 30 to 136", "777x-commitment:count"),
    ("emirates", "cnbc", "a fleet of 270 aircraft", "a fleet of 250 aircraft", "fleet:count"),
    (
        "emirates",
        "cnbc",
        "A350-900 jets on Monday",
        "A350-900 jets on Sunday",
        "airbus-order:when",
    ),
    (
        "emirates",
        "cnbc",
        "Clark in October revealed",
        "Clark in September revealed",
        "expansion-plans:when",
    ),
    ("emirates", "cnbc", "with 123 of the planes", "with 132 of the planes", "a380s:count"),
    (
        "emirates",
        "cnbc",
        "killed a total of 346 people",
        "killed a total of 364 people",
        "max-deaths:count",
    ),
]

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    ("spurs", "skynews", "agreed-deal"): (
        OMITTED,
        "`has agreed a deal to replace Mauricio Pochettino`: the phrase acts on another entity "
        "of the story, which the fact does not name, so the act may be another event",
    ),
    ("spurs", "skynews", "sacked-by-united"): (
        OMITTED,
        "`The Portuguese boss had been out of work since being sacked by Manchester United`: a "
        "description that is none of Mourinho's names",
    ),
    ("spurs", "skynews", "sacked-by-united:when"): ("", "the same sentence: no mention"),
    ("spurs", "skynews", "trophies"): (
        OMITTED,
        "`Jose is one of the world's most accomplished managers having won 25 senior trophies`: "
        "`Jose` alone is none of the fact file's names",
    ),
    ("spurs", "skynews", "trophies:count"): ("", "the same sentence: no mention"),
    ("spurs", "skynews", "premier-league-titles:count"): (
        "",
        "`Mourinho won four Premier League titles ... and returned to England to manage "
        "Manchester United in 2016`: a sentence dated in another year; its count only confirms",
    ),
    ("emirates", "cnbc", "deal:when"): (
        "",
        "`finalized a deal to purchase ..., executives of both companies announced Tuesday`: "
        "the day dates the announcement, another clause's act",
    ),
    ("emirates", "cnbc", "jets"): (
        OMITTED,
        "`purchase 30 of Boeing 's 787-9 Dreamliner jets`: a number before `of` counts a part "
        "of the whole after it",
    ),
    ("emirates", "cnbc", "jets:count"): ("", "the same sentence: no mention"),
    ("emirates", "cnbc", "order-value"): (
        OMITTED,
        "`The order is valued at $8.8 billion`: the `who` is named only as `the order`",
    ),
    ("emirates", "cnbc", "order-value:count"): ("", "the same sentence: no mention"),
    ("emirates", "cnbc", "777x-commitment"): (
        OMITTED,
        "`a prior commitment of 777x jets ..., down by 30 to 126, which Emirates is opting "
        "for`: Emirates is named after the phrase, in a `which` clause",
    ),
    ("emirates", "cnbc", "777x-commitment:count"): ("", "the same sentence: no mention"),
    ("emirates", "cnbc", "fleet:count"): (
        "",
        "`Emirates had a fleet of 250 aircraft`: a number after the phrase only confirms",
    ),
    ("emirates", "cnbc", "expansion-plans"): (
        OMITTED,
        "`Clark in October revealed lofty plans to expand the Emirates fleet`: the phrase is "
        "read as acting on Emirates, another entity of the story",
    ),
    ("emirates", "cnbc", "expansion-plans:when"): ("", "the same sentence: no mention"),
    ("emirates", "cnbc", "max-deaths"): (
        OMITTED,
        "`the American manufacturing giant, whose sales have been badly hit following two "
        "catastrophic crashes of its popular 737 Max jet ... that killed a total of 346 "
        "people`: a description of Boeing, and its possessive owns the crashes",
    ),
    ("emirates", "cnbc", "max-deaths:count"): ("", "the same sentence: no mention"),
}
