"""Labels of a second curator, a third batch: two more real news articles of
`tests/corpus/real-news/` (CNBC on Coty's stake in Kylie Jenner's cosmetics company, the Times
Union's NHL round-up led by the Islanders' overtime win in Pittsburgh) checked against fact files
written anew from the article alone, as `tests/second_curator.py` does. The fact files were
written first and validated, then every (article, fact) cell was labelled and the planted
contradictions written, all before the checker ran on them.

First run (at 488a677, with the rules of 29adbf2): no false contradiction in 14 cells; 12 of 14
facts stated found consistent; 9 of 12 planted contradictions caught on the right slot.

After the rule it taught (a run's length after a verb of extending, `to extend their unbeaten
streak to 15 games`, ``tests/test_streak_lengths.py``): 12 of 14 found, 10 of 12 caught, no
false contradiction. After `the beauty brand` was read back to Coty, the organisation the
sentence before names (``tests/test_described_kind_nouns.py``): 13 of 14 found.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table asserts
that it still says so, so a fix shows (and must move the entry out).

The tables' tests are in `tests/test_second_curator.py`.
"""

from __future__ import annotations

from tests.second_curator import CONSISTENT, corpus_article

COTY = """story: coty-kylie-jenner-2019
title: Coty takes a majority stake in Kylie Jenner's cosmetics company
date: 2019-11-19
about: [coty, jenner]
entities:
  coty:
    name: Coty
    kind: organisation
    mention_only: [the company]
  jenner:
    name: Kylie Jenner
    aliases: [Jenner]
    kind: person
  maley:
    name: Matt Maley
    aliases: [Maley]
    kind: person
  petrides:
    name: John Petrides
    aliases: [Petrides]
    kind: person
facts:
  - id: coty-stake
    who: coty
    what: [took a majority stake in Kylie Jenner's cosmetics company]
  - id: deal-value
    who: coty
    what: [in a deal worth]
    count: 600000000
    unit: $
  - id: stake-percent
    who: coty
    what: [ownership position in Jenner's beauty and cosmetics portfolio]
    count: 51
    unit: "%"
  - id: maley-monday
    who: maley
    what: [said on CNBC's Trading Nation]
    when: 2019-11-18
  - id: maley-quote
    who: maley
    quote: This is a stock that until this year had been getting clobbered
  - id: petrides-quote
    who: petrides
    quote: >-
      I would expect more acquisitions like this going forward because it could be the new
      model for companies to acquire top-line growth by partnering up with key influencers
  - id: ulta-partnership
    who: jenner
    what: [has a partnership with Ulta Beauty]
"""

HOCKEY = """story: islanders-penguins-2019
title: Nelson's overtime goal lifts the Islanders over the Penguins
date: 2019-11-19
about: [islanders, nelson]
entities:
  islanders:
    name: New York Islanders
    aliases: [Islanders, Isles]
    kind: team
  penguins:
    name: Pittsburgh Penguins
    aliases: [Penguins]
    kind: team
  nelson:
    name: Brock Nelson
    aliases: [Nelson]
    kind: person
  varlamov:
    name: Semyon Varlamov
    aliases: [Varlamov]
    kind: person
  stalock:
    name: Alex Stalock
    aliases: [Stalock]
    kind: person
  hathaway:
    name: Garnet Hathaway
    aliases: [Hathaway]
    kind: person
places:
  usa: {name: United States, country: US}
  pennsylvania: {name: Pennsylvania, in: usa}
  pittsburgh: {name: Pittsburgh, in: pennsylvania}
facts:
  - id: win
    who: islanders
    what: [over the Pittsburgh Penguins, beat the Penguins]
    when: 2019-11-19
    where: pittsburgh
    required: true
  - id: unbeaten-streak
    who: islanders
    what: [unbeaten streak]
    count: 15
  - id: nelson-sixth
    who: nelson
    what: [goal of the season]
    count: 6
    ordinal: true
  - id: varlamov-saves
    who: varlamov
    what: [stopped shots]
    count: 27
  - id: stalock-saves
    who: stalock
    what: [made saves]
    count: 30
  - id: hathaway-ejected
    who: hathaway
    what: [was ejected for spitting on an opponent]
  - id: hathaway-penalty
    who: hathaway
    what: [given a match penalty]
"""

STORIES = {"coty": COTY, "hockey": HOCKEY}

ARTICLES = {
    ("coty", "cnbc"): corpus_article("coty-kylie-cnbc.md"),
    ("hockey", "timesunion"): corpus_article("islanders-penguins-timesunion.md"),
}

LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("coty", "cnbc"): {
        # `after the beauty brand took a majority stake in Kylie Jenner's cosmetics company in a
        # deal worth $600 million` (the beauty brand: Coty, the sentence before)
        "coty-stake": CONSISTENT,
        "deal-value": CONSISTENT,
        # `Coty acquired a 51% ownership position in Jenner's beauty and cosmetics portfolio`
        "stake-percent": CONSISTENT,
        # `Maley said on CNBC's " Trading Nation" on Monday.`
        "maley-monday": CONSISTENT,
        # `"This is a stock that until this year had been getting clobbered," Maley said`
        "maley-quote": CONSISTENT,
        # `"I would expect more acquisitions ... key influencers," Petrides said.`
        "petrides-quote": CONSISTENT,
        # `Jenner still has a partnership with Ulta Beauty to sell her products in its stores.`
        "ulta-partnership": CONSISTENT,
    },
    ("hockey", "timesunion"): {
        # `Pittsburgh` (the dateline) ... `lift the New York Islanders over the Pittsburgh
        # Penguins 5-4 Tuesday night`
        "win": CONSISTENT,
        # `to extend their unbeaten streak to 15 games`
        "unbeaten-streak": CONSISTENT,
        # `Nelson tapped the rebound into the open net for his sixth goal of the season.`
        "nelson-sixth": CONSISTENT,
        # `Semyon Varlamov stopped 27 shots`
        "varlamov-saves": CONSISTENT,
        # `Alex Stalock made 30 saves`
        "stalock-saves": CONSISTENT,
        # `Garnet Hathaway was ejected for spitting on an opponent`
        "hathaway-ejected": CONSISTENT,
        # `Hathaway was given a match penalty for spitting on Anaheim defenseman Erik Gudbranson`
        "hathaway-penalty": CONSISTENT,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    (
        "coty",
        "cnbc",
        "in a deal worth $600 million",
        "in a deal worth $900 million",
        "deal-value:count",
    ),
    ("coty", "cnbc", "acquired a 51% ownership", "acquired a 61% ownership", "stake-percent:count"),
    ("coty", "cnbc", 'clobbered," Maley said', 'clobbered," Petrides said', "maley-quote:who"),
    (
        "coty",
        "cnbc",
        "had been getting clobbered",
        "had been getting hammered",
        "maley-quote:quote",
    ),
    (
        "coty",
        "cnbc",
        'Trading Nation" on Monday',
        'Trading Nation" on Tuesday',
        "maley-monday:when",
    ),
    (
        "coty",
        "cnbc",
        "Jenner still has a partnership",
        "Jenner no longer has a partnership",
        "ulta-partnership:what",
    ),
    ("hockey", "timesunion", "Penguins 5-4 Tuesday night", "Penguins 5-4 Monday night", "win:when"),
    (
        "hockey",
        "timesunion",
        "unbeaten streak to 15 games",
        "unbeaten streak to 16 games",
        "unbeaten-streak:count",
    ),
    (
        "hockey",
        "timesunion",
        "for his sixth goal of the season",
        "for his seventh goal of the season",
        "nelson-sixth:count",
    ),
    (
        "hockey",
        "timesunion",
        "Semyon Varlamov stopped 27 shots",
        "Semyon Varlamov stopped 29 shots",
        "varlamov-saves:count",
    ),
    (
        "hockey",
        "timesunion",
        "Alex Stalock made 30 saves",
        "Alex Stalock made 33 saves",
        "stalock-saves:count",
    ),
    (
        "hockey",
        "timesunion",
        "Garnet Hathaway was ejected",
        "Garnet Hathaway was not ejected",
        "hathaway-ejected:what",
    ),
]

OMITTED = "omitted"

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    ("coty", "cnbc", "deal-value"): (OMITTED, "the same sentence: `in a deal worth $600 million`"),
    ("coty", "cnbc", "deal-value:count"): ("", "the same sentence with $900 million: no mention"),
    ("coty", "cnbc", "ulta-partnership:what"): (
        "",
        "`Jenner no longer has a partnership with Ulta Beauty`: `no longer` is not read as a "
        "negation of the phrase",
    ),
}
