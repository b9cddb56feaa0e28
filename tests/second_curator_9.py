"""Labels of a second curator, a ninth batch: two more real news articles of
`tests/corpus/real-news/` (Live Science on a case of "feather duvet lung", USA Today on South
Dakota's "Meth. We're On It." campaign) checked against fact files written anew from the
article alone, as `tests/second_curator.py` does. The fact files were written first and
validated, then every (article, fact) cell was labelled and the planted contradictions written,
all before the checker ran on them.

First run (at e0b5bba): no false contradiction in 13 cells; 11 of 13 facts stated found
consistent; 7 of 12 planted contradictions caught on the right slot, none falsely. One planted
speaker is a name the story does not know (`Dempsey said`, a person of the other story): such
words are another's statement and are not judged, so that edit tests the guard, not a catch.
Since a date alone in brackets after `today` is read as that day's (`were published today (Nov.
17)`, ``tests/test_bracketed_days.py``), 8 of 12 are caught.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table asserts
that it still says so, so a fix shows (and must move the entry out).

The tables' tests are in `tests/test_second_curator.py`.
"""

from __future__ import annotations

from tests.second_curator import CONSISTENT, corpus_article

OMITTED = "omitted"

DUVET = """story: feather-duvet-lung-2019
title: A man develops feather duvet lung after switching his bedding
date: 2019-11-18
about: [dempsey]
entities:
  patient:
    name: the patient
    aliases: [the man]
    kind: person
  dempsey:
    name: Owen Dempsey
    aliases: [Dempsey, Dr. Owen Dempsey]
    kind: person
  bmj:
    name: BMJ Case Reports
    kind: organisation
places:
  uk: {name: United Kingdom, aliases: [UK], country: GB}
  aberdeen: {name: Aberdeen, in: uk}
facts:
  - id: age
    who: patient
    what: [year-old, years old]
    count: 43
  - id: malaise
    who: patient
    what: [months of unexplained malaise]
    count: 3
  - id: days-off
    who: patient
    what: [days off work]
    count: 14
  - id: ct-scan
    who: dempsey
    what: [performed a more detailed CT scan]
  - id: dempsey-quote
    who: dempsey
    quote: I'm sure it happens much more than we realize
  - id: patient-quote
    who: patient
    quote: I was signed off work and spent most of the time asleep
  - id: published
    who: bmj
    what: [were published]
    when: 2019-11-18
"""

METH = """story: meth-campaign-2019
title: South Dakota's anti-meth campaign is working, Kristi Noem says
date: 2019-11-19
about: [noem]
entities:
  noem:
    name: Kristi Noem
    aliases: [Noem, Gov. Kristi Noem]
    kind: person
  dss:
    name: Department of Social Services
    aliases: [the state's Department of Social Services]
    kind: organisation
  argus:
    name: Argus Leader
    kind: organisation
places:
  usa: {name: United States, country: US}
  south-dakota: {name: South Dakota, in: usa}
  sioux-falls: {name: Sioux Falls, in: south-dakota}
  minnesota: {name: Minnesota, in: usa}
facts:
  - id: launched
    who: noem
    what: [launched the campaign]
    required: true
  - id: told-argus
    who: noem
    what: [told the Argus Leader]
    when: 2019-11-18
  - id: mission-quote
    who: noem
    quote: >-
      The mission of the campaign is to raise awareness – to get people talking about how they
      can be part of the solution and not just the problem
  - id: problem-quote
    who: noem
    quote: This is our problem, and together, we need to get on it
  - id: confident-quote
    who: noem
    quote: I am confident South Dakota can lead the country in this effort
  - id: agency-paid
    who: dss
    what: [paid a Minnesota ad agency]
    count: 449000
    unit: $
"""

STORIES = {"duvet": DUVET, "meth": METH}

ARTICLES = {
    ("duvet", "livescience"): corpus_article("duvet-lung-livescience.md"),
    ("meth", "usatoday"): corpus_article("meth-campaign-usatoday.md"),
}

LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("duvet", "livescience"): {
        # `A 43-year-old-man, after having switched to feather bedding, began feeling ...`
        "age": CONSISTENT,
        # `The patient went to his doctor after experiencing three months of unexplained malaise`
        "malaise": CONSISTENT,
        # `they worsened later that month, forcing him to take 14 days off work.`
        "days-off": CONSISTENT,
        # `But when Dr. Owen Dempsey, a pulmonologist at the Aberdeen Royal Infirmary in the UK,
        # took a look, he disagreed and performed a more detailed CT scan.`
        "ct-scan": CONSISTENT,
        # `"I'm sure it happens much more than we realize," Dempsey said.`
        "dempsey-quote": CONSISTENT,
        # `"I was signed off work and spent most of the time asleep."`, after `..., the patient
        # described in the case report.`
        "patient-quote": CONSISTENT,
        # `The findings were published today (Nov. 18) in the journal BMJ Case Reports.`
        "published": CONSISTENT,
    },
    ("meth", "usatoday"): {
        # `Noem launched the campaign to bring awareness to the meth epidemic in South Dakota`
        "launched": CONSISTENT,
        # `"...," Noem told the Argus Leader Monday afternoon.` (published Tuesday 19 November)
        "told-argus": CONSISTENT,
        "mission-quote": CONSISTENT,
        # `"This is our problem, and together, we need to get on it," Noem said.`
        "problem-quote": CONSISTENT,
        # `"I am confident South Dakota can lead the country in this effort and ...," Noem said.`
        "confident-quote": CONSISTENT,
        # `The state's Department of Social Services paid a Minnesota ad agency just short of
        # $449,000 this fall`
        "agency-paid": CONSISTENT,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    ("duvet", "livescience", "A 43-year-old-man", "A 47-year-old-man", "age:count"),
    (
        "duvet",
        "livescience",
        "experiencing three months of unexplained",
        "experiencing five months of unexplained",
        "malaise:count",
    ),
    ("duvet", "livescience", "take 14 days off work", "take 21 days off work", "days-off:count"),
    (
        "duvet",
        "livescience",
        "he disagreed and performed a more detailed CT scan",
        "he disagreed and did not perform a more detailed CT scan",
        "ct-scan:what",
    ),
    (
        "duvet",
        "livescience",
        "I'm sure it happens much more than we realize",
        "I'm sure it happens much less than we realize",
        "dempsey-quote:quote",
    ),
    (
        "duvet",
        "livescience",
        "published today (Nov. 18)",
        "published today (Nov. 17)",
        "published:when",
    ),
    (
        "meth",
        "usatoday",
        "Noem launched the campaign",
        "Noem did not launch the campaign",
        "launched:what",
    ),
    (
        "meth",
        "usatoday",
        "told the Argus Leader Monday afternoon",
        "told the Argus Leader Sunday afternoon",
        "told-argus:when",
    ),
    (
        "meth",
        "usatoday",
        "The mission of the campaign is to raise awareness",
        "The aim of the campaign is to raise awareness",
        "mission-quote:quote",
    ),
    (
        "meth",
        "usatoday",
        'we need to get on it," Noem said.',
        'we need to get on it," Dempsey said.',
        "problem-quote:who",
    ),
    (
        "meth",
        "usatoday",
        "I am confident South Dakota can lead",
        "I am hopeful South Dakota can lead",
        "confident-quote:quote",
    ),
    (
        "meth",
        "usatoday",
        "just short of $449,000",
        "just short of $494,000",
        "agency-paid:count",
    ),
]

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    ("duvet", "livescience", "age"): (
        OMITTED,
        "`A 43-year-old-man, after having switched to feather bedding, began feeling`: an age "
        "glued to its noun by a hyphen (`year-old-man`), in a description that is none of the "
        "patient's names",
    ),
    ("duvet", "livescience", "age:count"): ("", "the same sentence: no mention"),
    ("duvet", "livescience", "days-off"): (
        OMITTED,
        "`they worsened later that month, forcing him to take 14 days off work`: the one who "
        "takes the days off is `him`, an object",
    ),
    ("duvet", "livescience", "days-off:count"): ("", "the same sentence: no mention"),
    ("meth", "usatoday", "problem-quote:who"): (
        "",
        '`we need to get on it," Dempsey said`: a speaker the story does not know says another '
        "statement; neither words nor speaker are judged",
    ),
    ("meth", "usatoday", "agency-paid:count"): (
        "",
        "`paid a Minnesota ad agency just short of $494,000`: an approximate sum far from the "
        "fact's only confirms",
    ),
}
