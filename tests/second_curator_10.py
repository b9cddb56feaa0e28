"""Labels of a second curator, a tenth batch: two more real news articles of
`tests/corpus/real-news/` (BBC News on Sweden dropping the rape investigation against Julian
Assange, The Sun on a hunter with bubonic plague after eating a wild rabbit) checked against
fact files written anew from the article alone, as `tests/second_curator.py` does. The fact
files were written first and validated, then every (article, fact) cell was labelled and the
planted contradictions written, all before the checker ran on them.

First run (at 6ddefe0): no false contradiction in 14 cells; 11 of 14 facts stated found
consistent; 7 of 14 planted contradictions caught on the right slot, none falsely.

After the rule it taught (`he` reaches back two sentences past one that opens with the person's
age and nationality, `The 48-year-old Australian was evicted in April. He is currently being
held`, ``tests/test_pronouns_past_a_sentence.py``): 12 of 14 found.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table asserts
that it still says so, so a fix shows (and must move the entry out).

The tables' tests are in `tests/test_second_curator.py`.
"""

from __future__ import annotations

from tests.second_curator import CONSISTENT, corpus_article

OMITTED = "omitted"

ASSANGE = """story: assange-sweden-dropped-2019
title: Sweden drops the rape investigation against Julian Assange
date: 2019-11-19
about: [assange]
entities:
  assange:
    name: Julian Assange
    aliases: [Assange]
    kind: person
  persson:
    name: Eva-Marie Persson
    aliases: [Persson, Ms Persson]
    kind: person
  authority:
    name: Swedish Prosecution Authority
    kind: organisation
  prosecutors:
    name: Swedish prosecutors
    aliases: [Prosecutors in Sweden]
    kind: organisation
places:
  sweden: {name: Sweden, country: SE}
  uk: {name: United Kingdom, aliases: [UK], country: GB}
  london: {name: London, in: uk}
facts:
  - id: dropped
    who: prosecutors
    what: [dropped an investigation]
    required: true
  - id: age
    who: assange
    what: [year-old, years old]
    count: 48
  - id: evicted
    who: assange
    what: [was evicted]
    when: 2019-04
  - id: sentenced
    who: assange
    what: [sentenced to weeks in jail]
    count: 50
  - id: refuge
    who: assange
    what: [seeking refuge at the Ecuadorean embassy]
    where: london
    when: 2012
  - id: held
    who: assange
    what: [is currently being held at Belmarsh prison]
    where: london
  - id: witnesses
    who: prosecutors
    what: [interviews with witnesses]
    count: 7
  - id: persson-quote
    who: persson
    quote: >-
      I would like to emphasise that the injured party has submitted a credible and reliable
      version of events
  - id: authority-quote
    who: authority
    quote: >-
      The reason for this decision is that the evidence has weakened considerably due to the
      long period of time that has elapsed since the events in question
"""

PLAGUE = """story: plague-hunter-2019
title: Hunter diagnosed with bubonic plague after eating a wild rabbit
date: 2019-11-18
about: [health-authority]
entities:
  hunter:
    name: the hunter
    mention_only: [the man]
    kind: person
  health-authority:
    name: Inner Mongolia health authority
    kind: organisation
places:
  china: {name: China, country: CN}
  inner-mongolia: {name: Inner Mongolia, in: china}
  beijing: {name: Beijing, in: china}
facts:
  - id: age
    who: hunter
    what: [year-old, years old]
    count: 55
  - id: ate-rabbit
    who: hunter
    what: [ate the rabbit meat]
    where: inner-mongolia
    when: 2019-11-05
  - id: admitted
    who: hunter
    what: [was admitted to hospital]
    when: 2019-11-16
  - id: third-case
    who: health-authority
    what: [reported its third case of bubonic plague]
    when: 2019-11-17
  - id: contacts-quarantined
    who: hunter
    what: [people in close contact with the hunter]
    count: 28
"""

STORIES = {"assange": ASSANGE, "plague": PLAGUE}

ARTICLES = {
    ("assange", "bbc"): corpus_article("assange-sweden-bbc.md"),
    ("plague", "thesun"): corpus_article("plague-thesun.md"),
}

LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("assange", "bbc"): {
        # `Prosecutors in Sweden have dropped an investigation into a rape allegation`
        "dropped": CONSISTENT,
        # `The 48-year-old Australian was evicted in April and sentenced to 50 weeks in jail`
        "age": CONSISTENT,
        "evicted": CONSISTENT,
        "sentenced": CONSISTENT,
        # `Assange, who denies the accusation, has avoided extradition to Sweden for seven years
        # after seeking refuge at the Ecuadorean embassy in London in 2012.`
        "refuge": CONSISTENT,
        # `He is currently being held at Belmarsh prison in London.`
        "held": CONSISTENT,
        # `Prosecutors told reporters the decision ... had been taken after interviews with seven
        # witnesses in the case.`
        "witnesses": CONSISTENT,
        # `Ms Persson said: "I would like to emphasise ... version of events.`
        "persson-quote": CONSISTENT,
        # `"The reason for this decision is ... events in question," it added.`, after `..., the
        # Swedish Prosecution Authority said.`
        "authority-quote": CONSISTENT,
    },
    ("plague", "thesun"): {
        # `The 55-year-old is the third Beijing resident to contract the medieval disease`
        "age": CONSISTENT,
        # `The man told doctors he ate the rabbit meat in Inner Mongolia on November 5.`
        "ate-rabbit": CONSISTENT,
        # `He was admitted to hospital on Saturday` (published Monday 18 November)
        "admitted": CONSISTENT,
        # `Inner Mongolia health authority reported its third case of bubonic plague on Sunday`
        "third-case": CONSISTENT,
        # `Health bosses said that 28 people in close contact with the hunter were initially
        # quarantined`
        "contacts-quarantined": CONSISTENT,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    (
        "assange",
        "bbc",
        "Prosecutors in Sweden have dropped an investigation",
        "Prosecutors in Sweden have not dropped an investigation",
        "dropped:what",
    ),
    ("assange", "bbc", "The 48-year-old Australian", "The 46-year-old Australian", "age:count"),
    ("assange", "bbc", "was evicted in April", "was evicted in March", "evicted:when"),
    (
        "assange",
        "bbc",
        "sentenced to 50 weeks in jail",
        "sentenced to 52 weeks in jail",
        "sentenced:count",
    ),
    (
        "assange",
        "bbc",
        "Ecuadorean embassy in London in 2012",
        "Ecuadorean embassy in London in 2011",
        "refuge:when",
    ),
    (
        "assange",
        "bbc",
        "being held at Belmarsh prison in London",
        "being held at Belmarsh prison in Manchester",
        "held:where",
    ),
    (
        "assange",
        "bbc",
        "interviews with seven witnesses",
        "interviews with nine witnesses",
        "witnesses:count",
    ),
    (
        "assange",
        "bbc",
        "a credible and reliable version of events",
        "a credible and consistent version of events",
        "persson-quote:quote",
    ),
    (
        "plague",
        "thesun",
        "The 55-year-old is the third",
        "The 57-year-old is the third",
        "age:count",
    ),
    (
        "plague",
        "thesun",
        "rabbit meat in Inner Mongolia on November 5",
        "rabbit meat in Inner Mongolia on November 3",
        "ate-rabbit:when",
    ),
    (
        "plague",
        "thesun",
        "rabbit meat in Inner Mongolia on November 5",
        "rabbit meat in Beijing on November 5",
        "ate-rabbit:where",
    ),
    (
        "plague",
        "thesun",
        "admitted to hospital on Saturday",
        "admitted to hospital on Friday",
        "admitted:when",
    ),
    (
        "plague",
        "thesun",
        "bubonic plague on Sunday after",
        "bubonic plague on Monday after",
        "third-case:when",
    ),
    (
        "plague",
        "thesun",
        "that 28 people in close contact",
        "that 38 people in close contact",
        "contacts-quarantined:count",
    ),
]

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    ("assange", "bbc", "age:count"): (
        "",
        "`The 46-year-old Australian was evicted`: a description with another age may be "
        "another person, so its age only confirms",
    ),
    ("assange", "bbc", "sentenced:count"): (
        "",
        "`The 48-year-old Australian was evicted in April and sentenced to 52 weeks`: a count "
        "found through a description only confirms",
    ),
    ("assange", "bbc", "refuge:when"): (
        "",
        "`has avoided extradition to Sweden for seven years after seeking refuge ... in 2011`: "
        "the date of an `after` clause under a main clause in the present perfect with a span",
    ),
    ("assange", "bbc", "held:where"): (
        "",
        "`He is currently being held at Belmarsh prison in Manchester`, `he` reaching back past "
        "`The 48-year-old Australian was evicted`: such a mention only confirms, its clash is "
        "doubtful",
    ),
    ("assange", "bbc", "witnesses"): (
        OMITTED,
        "`Prosecutors told reporters the decision ... had been taken after interviews with seven "
        "witnesses`: `Prosecutors` alone is none of the fact file's names",
    ),
    ("assange", "bbc", "witnesses:count"): ("", "the same sentence: no mention"),
    ("plague", "thesun", "age"): (
        OMITTED,
        "`The 55-year-old is the third Beijing resident`: a description, and no person is named "
        "before it (`A HUNTER`)",
    ),
    ("plague", "thesun", "age:count"): ("", "the same sentence: no mention"),
    ("plague", "thesun", "contacts-quarantined:count"): (
        "",
        "`38 people in close contact with the hunter`: the `who` is found only through a "
        "description (`the hunter`), so the clash is doubtful, shown and not failed",
    ),
}
