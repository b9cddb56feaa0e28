"""Labels of a second curator, a twelfth batch: two more real news articles of
`tests/corpus/real-news/` (Barron's on Home Depot's third quarter and what analysts made of it,
the Deccan Herald on the third public impeachment hearing and the White House's answer) checked
against fact files written anew from the article alone, as `tests/second_curator.py` does. The
fact files were written first and validated, then every (article, fact) cell was labelled and
the planted contradictions written, all before the checker ran on them.

First run (at 3c3bcf8): no false contradiction in 11 cells; 9 of 11 facts stated found
consistent; 8 of 10 planted contradictions caught on the right slot, none falsely.

After the rule it taught (an amount in the fact's currency, `in` and the phrase give the phrase's
value, `reported $2.53 in per-share earnings`, ``tests/test_money_units.py``): 10 of 11 found, 9
of 10 caught.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table asserts
that it still says so, so a fix shows (and must move the entry out).

The tables' tests are in `tests/test_second_curator.py`.
"""

from __future__ import annotations

from tests.second_curator import CONSISTENT, corpus_article

OMITTED = "omitted"

DEPOT = """story: home-depot-q3-2019
title: Home Depot's third quarter and its lowered sales forecast
date: 2019-11-19
about: [home-depot]
entities:
  home-depot:
    name: Home Depot
    aliases: [The Home Depot]
    kind: organisation
  menear:
    name: Craig Menear
    aliases: [Menear]
    kind: person
  matuszewski:
    name: Jonathan Matuszewski
    aliases: [Matuszewski]
    kind: person
  fadem:
    name: Zachary Fadem
    aliases: [Fadem]
    kind: person
  lowes:
    name: Lowe's
    kind: organisation
places: {}
facts:
  - id: eps
    who: home-depot
    what: [per-share earnings]
    count: 2.53
    unit: $
  - id: comp-guidance
    who: home-depot
    what: [comparable-store sales growth in 2019 will be]
    count: 3.5
    unit: '%'
  - id: lowes-earnings
    who: lowes
    what: [reports earnings]
    when: 2019-11-20
  - id: menear-quote
    who: menear
    quote: Our third-quarter results reflected broad-based growth across our business
  - id: matuszewski-quote
    who: matuszewski
    quote: Comp sales were light, though operating margins in-line with expectations
  - id: fadem-quote
    who: fadem
    quote: Excluding these items, we believe Q3 comps would have been closer to 5%
"""

HEARING = """story: impeachment-third-hearing-2019
title: The White House calls the impeachment hearings a sham
date: 2019-11-19
about: [trump, grisham]
entities:
  trump:
    name: Donald Trump
    aliases: [Trump, President Trump]
    kind: person
  grisham:
    name: Stephanie Grisham
    aliases: [Grisham]
    kind: person
  volker:
    name: Kurt Volker
    aliases: [Volker, Ambassador Volker]
    kind: person
  committee:
    name: House Select Committee on Intelligence
    kind: organisation
places: {}
facts:
  - id: hearing-concluded
    who: committee
    what: [concluded its third public impeachment hearings]
    when: 2019-11-19
  - id: trump-tweet
    who: trump
    quote: In the end, we will win and save our Country from certain destruction
  - id: volker-testified
    who: volker
    what: [testified before the powerful House Committee]
  - id: grisham-debunked
    who: grisham
    quote: >-
      the Democrats’ central allegation in this impeachment sham has again been completely
      debunked
  - id: grisham-charade
    who: grisham
    quote: >-
      the American public should not be forced to endure this charade for one more second
"""

STORIES = {"depot": DEPOT, "hearing": HEARING}

ARTICLES = {
    ("depot", "barrons"): corpus_article("home-depot-barrons.md"),
    ("hearing", "deccanherald"): corpus_article("impeachment-deccanherald.md"),
}

LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("depot", "barrons"): {
        # `Home Depot (ticker: HD) reported $2.53 in per-share earnings for the third quarter.`
        "eps": CONSISTENT,
        # `Company management said comparable-store sales growth in 2019 will be 3.5%`
        "comp-guidance": CONSISTENT,
        # `Lowe's reports earnings Wednesday.` (published Tuesday 19 November)
        "lowes-earnings": CONSISTENT,
        # `“Our third-quarter results reflected broad-based growth across our business, yet
        # ...,” said CEO Craig Menear in the company’s news release.`
        "menear-quote": CONSISTENT,
        # `“Comp sales were light, though operating margins in-line with expectations,” wrote
        # Matuszewski.`
        "matuszewski-quote": CONSISTENT,
        # `“Excluding these items, we believe Q3 comps would have been closer to 5%.”`, after
        # `..., wrote Fadem in a Tuesday research report.`
        "fadem-quote": CONSISTENT,
    },
    ("hearing", "deccanherald"): {
        # `Trump tweeted soon after the House Select Committee on Intelligence concluded its
        # third public impeachment hearings on Tuesday.`
        "hearing-concluded": CONSISTENT,
        # `"A great day for Republicans, ...! In the end, we will win and save our Country from
        # certain destruction,” Trump tweeted`
        "trump-tweet": CONSISTENT,
        # `Later in the day, Kurt Volker, former special envoy to Kyiv, and Tim Morrison, another
        # top NSC aide, testified before the powerful House Committee.`
        "volker-testified": CONSISTENT,
        # `"Today's second hearing is over, and the Democrats’ central allegation ... debunked,"
        # White House Press Secretary Stephanie Grisham said`
        "grisham-debunked": CONSISTENT,
        # `“With the Democrats’ poll-tested ... narratives in shambles, the American public should
        # not be forced to endure this charade for one more second,” Grisham said.`
        "grisham-charade": CONSISTENT,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    ("depot", "barrons", "reported $2.53 in per-share", "reported $2.35 in per-share", "eps:count"),
    (
        "depot",
        "barrons",
        "sales growth in 2019 will be 3.5%",
        "sales growth in 2019 will be 4.5%",
        "comp-guidance:count",
    ),
    (
        "depot",
        "barrons",
        "Lowe’s reports earnings Wednesday.",
        "Lowe’s reports earnings Thursday.",
        "lowes-earnings:when",
    ),
    (
        "depot",
        "barrons",
        "reflected broad-based growth across",
        "reflected strong growth across",
        "menear-quote:quote",
    ),
    (
        "depot",
        "barrons",
        "expectations,” wrote Matuszewski.",
        "expectations,” wrote Fadem.",
        "matuszewski-quote:who",
    ),
    (
        "depot",
        "barrons",
        "Q3 comps would have been closer to 5%",
        "Q3 comps would have been closer to 6%",
        "fadem-quote:quote",
    ),
    (
        "hearing",
        "deccanherald",
        "third public impeachment hearings on Tuesday",
        "third public impeachment hearings on Monday",
        "hearing-concluded:when",
    ),
    (
        "hearing",
        "deccanherald",
        "we will win and save our Country",
        "we will fight and save our Country",
        "trump-tweet:quote",
    ),
    (
        "hearing",
        "deccanherald",
        "has again been completely debunked",
        "has again not been completely debunked",
        "grisham-debunked:quote",
    ),
    (
        "hearing",
        "deccanherald",
        "for one more second,” Grisham said.",
        "for one more second,” Volker said.",
        "grisham-charade:who",
    ),
]

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    ("depot", "barrons", "comp-guidance"): (
        OMITTED,
        "`Company management said comparable-store sales growth in 2019 will be 3.5%`: the "
        "company is named only as `Company management`",
    ),
    ("depot", "barrons", "comp-guidance:count"): ("", "the same sentence: no mention"),
}
