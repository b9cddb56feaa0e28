"""Labels of a second curator, a second batch: two more real news articles of
`tests/corpus/real-news/` (USA Today on the prison officers charged over Jeffrey Epstein's last
night, AP on SFGate on a man stabbed to death on a BART train) checked against fact files written
anew from the article alone, as `tests/second_curator.py` does. The fact files were written first
and validated, then every (article, fact) cell was labelled and the planted contradictions
written, all before the checker ran on them.

First run (at 78003ee, with the rules of 29adbf2): no false contradiction in 14 cells; 12 of 14
facts stated found consistent; 9 of 13 planted contradictions caught on the right slot. No rule
was written for them.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table asserts
that it still says so, so a fix shows (and must move the entry out).

The tables' tests are in `tests/test_second_curator.py`.
"""

from __future__ import annotations

from tests.second_curator import CONSISTENT, corpus_article

EPSTEIN = """story: epstein-guards-charged-2019
title: Prison guards charged over records of Jeffrey Epstein's last night
date: 2019-11-19
about: [noel, thomas, epstein]
entities:
  noel:
    name: Tova Noel
    aliases: [Noel]
    kind: person
  thomas:
    name: Michael Thomas
    aliases: [Thomas]
    kind: person
  officers:
    name: prison officers
    kind: person
    mention_only: [federal prison officers, prison guards, the officers, the guards, the defendants]
  epstein:
    name: Jeffrey Epstein
    aliases: [Epstein]
    kind: person
  berman:
    name: Geoffrey Berman
    aliases: [Berman]
    kind: person
  sasse:
    name: Ben Sasse
    aliases: [Sasse, Sen. Ben Sasse]
    kind: person
  hawk-sawyer:
    name: Kathleen Hawk Sawyer
    aliases: [Hawk Sawyer]
    kind: person
places:
  usa: {name: United States, country: US}
  new-york: {name: New York, in: usa}
  manhattan: {name: Manhattan, in: new-york}
facts:
  - id: two-charged
    who: [officers, noel, thomas]
    what: [charged with falsifying records]
    count: 2
  - id: charged-tuesday
    who: [officers, noel, thomas]
    what: [charged with falsifying records]
    when: 2019-11-19
    required: true
  - id: noel-age
    who: noel
    what: [years old, year-old]
    count: 31
  - id: thomas-age
    who: thomas
    what: [years old, year-old]
    count: 41
  - id: noel-counts
    who: noel
    what: [counts of falsifying records]
    count: 5
  - id: pleaded-not-guilty
    who: [noel, thomas, officers]
    what: [pleaded not guilty in Manhattan federal court]
    when: 2019-11-19
    where: manhattan
  - id: bond
    who: [noel, thomas]
    what: [post bond]
    count: 100000
    unit: $
  - id: body-found
    who: [officers, noel, thomas]
    what: [discovered Epstein's body]
    when: 2019-08-10
  - id: berman-quote
    who: berman
    quote: >-
      Instead, they repeatedly failed to conduct mandated checks on inmates, and lied on
      official forms to hide their dereliction
  - id: sasse-quote
    who: sasse
    quote: Heads needed to roll the day Jeffrey Epstein died
"""

BART = """story: bart-stabbing-2019
title: Man stabbed to death on a BART train in Hayward
date: 2019-11-19
about: [alvarez, bart]
entities:
  bart:
    name: BART
    kind: organisation
  alvarez:
    name: Ed Alvarez
    aliases: [Alvarez, Interim BART Police Chief Ed Alvarez]
    kind: person
  castro:
    name: Steve Castro
    aliases: [Castro]
    kind: person
  victim:
    name: stabbing victim
    kind: person
    mention_only: [a passenger, the victim, a man]
  suspect:
    name: suspect
    kind: person
    mention_only: [the suspect, a suspect, the attacker]
  fight:
    name: fight
    kind: event
    mention_only: [the fight, a fight]
places:
  usa: {name: United States, country: US}
  california: {name: California, aliases: [Calif.], in: usa}
  bay-area: {name: San Francisco Bay Area, aliases: [Bay Area], in: california}
  hayward: {name: Hayward, in: bay-area}
facts:
  - id: stabbed-to-death
    who: victim
    what: [stabbed to death, has been stabbed to death]
    where: bay-area
    when: 2019-11-19
    required: true
  - id: fight-broke-out
    who: fight
    what: [broke out]
    when: 2019-11-19
    where: hayward
  - id: suspect-arrested
    who: suspect
    what: [was arrested a block away]
  - id: castro-fought
    who: castro
    what: [fought with the shirtless man]
"""

STORIES = {"epstein": EPSTEIN, "bart": BART}

ARTICLES = {
    ("epstein", "usatoday"): corpus_article("epstein-guards-usatoday.md"),
    ("bart", "sfgate"): corpus_article("bart-stabbing-sfgate.md"),
}

LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("epstein", "usatoday"): {
        # `Two federal prison officers were charged Tuesday with falsifying records`
        "two-charged": CONSISTENT,
        "charged-tuesday": CONSISTENT,
        # `Noel, 31, is charged with five counts of falsifying records; Thomas, 41, is charged
        # with three.`
        "noel-age": CONSISTENT,
        "thomas-age": CONSISTENT,
        "noel-counts": CONSISTENT,
        # `Noel and Thomas pleaded not guilty in Manhattan federal court Tuesday afternoon`
        "pleaded-not-guilty": CONSISTENT,
        # `were released on the condition that each post $100,000 bond within a week`
        "bond": CONSISTENT,
        # `When the officers discovered Epstein's body Aug. 10`
        "body-found": CONSISTENT,
        # `"Instead, they repeatedly failed ... dereliction."` after Berman's first sentence
        "berman-quote": CONSISTENT,
        # `"Heads needed to roll the day Jeffrey Epstein died," he said.` after `Sasse said ...`
        "sasse-quote": CONSISTENT,
    },
    ("bart", "sfgate"): {
        # `a man has been stabbed to death on a San Francisco Bay Area commuter train`
        "stabbed-to-death": CONSISTENT,
        # `The fight broke out Tuesday afternoon on a BART train pulling into a station in Hayward.`
        "fight-broke-out": CONSISTENT,
        # `The man ran from the station. The Chronicle says he was arrested a block away`
        "suspect-arrested": CONSISTENT,
        # `Employee Steve Castro tells the paper that he fought with the shirtless man`
        "castro-fought": CONSISTENT,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    (
        "epstein",
        "usatoday",
        "Two federal prison officers were",
        "Three federal prison officers were",
        "two-charged:count",
    ),
    (
        "epstein",
        "usatoday",
        "were charged Tuesday with",
        "were charged Monday with",
        "charged-tuesday:when",
    ),
    ("epstein", "usatoday", "Noel, 31, is charged", "Noel, 35, is charged", "noel-age:count"),
    ("epstein", "usatoday", "Thomas, 41, is charged", "Thomas, 44, is charged", "thomas-age:count"),
    (
        "epstein",
        "usatoday",
        "federal court Tuesday afternoon",
        "federal court Monday afternoon",
        "pleaded-not-guilty:when",
    ),
    ("epstein", "usatoday", "each post $100,000 bond", "each post $10,000 bond", "bond:count"),
    (
        "epstein",
        "usatoday",
        "conduct mandated checks on inmates, and lied",
        "conduct required checks on inmates, and lied",
        "berman-quote:quote",
    ),
    (
        "epstein",
        "usatoday",
        'Epstein died," he said.',
        'Epstein died," Hawk Sawyer said.',
        "sasse-quote:who",
    ),
    (
        "epstein",
        "usatoday",
        "discovered Epstein's body Aug. 10",
        "discovered Epstein's body Aug. 11",
        "body-found:when",
    ),
    (
        "bart",
        "sfgate",
        "The fight broke out Tuesday afternoon",
        "The fight broke out Monday afternoon",
        "fight-broke-out:when",
    ),
    (
        "bart",
        "sfgate",
        "pulling into a station in Hayward",
        "pulling into a station in Oakland",
        "fight-broke-out:where",
    ),
    (
        "bart",
        "sfgate",
        "that he fought with the shirtless man",
        "that he never fought with the shirtless man",
        "castro-fought:what",
    ),
    (
        "bart",
        "sfgate",
        "stabbed to death on a San Francisco Bay Area commuter train during",
        "stabbed to death on a Los Angeles commuter train during",
        "stabbed-to-death:where",
    ),
]

OMITTED = "omitted"

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    ("epstein", "usatoday", "bond"): (
        OMITTED,
        "`Noel and Thomas ... were released on the condition that each post $100,000 bond`: "
        "`that` opens a clause with a subject of its own, and `each` is not read as theirs",
    ),
    ("epstein", "usatoday", "bond:count"): ("", "the same sentence with $10,000: no mention"),
    ("bart", "sfgate", "suspect-arrested"): (
        OMITTED,
        "`The man ran from the station. The Chronicle says he was arrested a block away`: `he` "
        "stands for `The man`, none of the suspect's names",
    ),
    ("bart", "sfgate", "fight-broke-out:where"): (
        "",
        "`pulling into a station in Oakland`: a city within 50 km of the fact's is not judged",
    ),
    ("bart", "sfgate", "castro-fought:what"): (
        "",
        "`Steve Castro tells the paper that he never fought with the shirtless man`: a `who`'s "
        "own denial of its act is its account, not the article's",
    ),
    ("bart", "sfgate", "stabbed-to-death:where"): (
        "",
        "`stabbed to death on a Los Angeles commuter train`: a place that modifies a noun is not "
        "the phrase's place",
    ),
}
