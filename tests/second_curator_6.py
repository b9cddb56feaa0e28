"""Labels of a second curator, a sixth batch: two more real news articles of
`tests/corpus/real-news/` (the New York Post on the release of two university teachers held by
the Taliban, BBC Newsbeat on Taylor Swift and Big Machine before the American Music Awards)
checked against fact files written anew from the article alone, as `tests/second_curator.py`
does. The fact files were written first and validated, then every (article, fact) cell was
labelled and the planted contradictions written, all before the checker ran on them.

First run (at 519159a): no false contradiction in 15 cells; 12 of 15 facts stated found
consistent; 8 of 14 planted contradictions caught on the right slot, none falsely.

After the rules it taught (a title with `of` between `said` and the speaker's name, `said
Secretary of State Mike Pompeo`, ``tests/test_titled_speakers.py``; `she` reported by an
organisation stands for the one person the sentence before names, `Big Machine, says she will
be allowed to play`, ``tests/test_persons_reported_by_organisations.py``): 13 of 15 found, 9 of
14 caught.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table asserts
that it still says so, so a fix shows (and must move the entry out).

The tables' tests are in `tests/test_second_curator.py`.
"""

from __future__ import annotations

from tests.second_curator import CONSISTENT, corpus_article

OMITTED = "omitted"

HOSTAGES = """story: taliban-hostages-released-2019
title: Two university teachers held by the Taliban freed in a prisoner swap
date: 2019-11-19
about: [king, weeks]
entities:
  king:
    name: Kevin King
    aliases: [King]
    kind: person
  weeks:
    name: Timothy Weeks
    aliases: [Weeks]
    kind: person
  taliban:
    name: Taliban
    aliases: [the Taliban]
    kind: organisation
  afghan-government:
    name: Afghan government
    aliases: [the Afghan government]
    kind: organisation
  pompeo:
    name: Mike Pompeo
    aliases: [Pompeo]
    kind: person
  grisham:
    name: Stephanie Grisham
    aliases: [Grisham]
    kind: person
  morrison:
    name: Scott Morrison
    aliases: [Morrison]
    kind: person
  trump:
    name: Donald Trump
    aliases: [Trump, President Trump]
    kind: person
places:
  afghanistan: {name: Afghanistan, country: AF}
  zabul: {name: Zabul province, aliases: [Zabul], in: afghanistan}
  kabul: {name: Kabul, in: afghanistan}
  qatar: {name: Qatar, country: QA}
  doha: {name: Doha, in: qatar}
facts:
  - id: released
    who: [king, weeks]
    what: [were released, were freed]
    when: 2019-11-19
    required: true
  - id: handed-over
    who: [king, weeks]
    what: [were handed over to US forces]
    where: zabul
  - id: abducted
    who: [king, weeks]
    what: [were abducted]
    when: 2016-08
  - id: prisoners-freed
    who: afghan-government
    what: [Taliban prisoners]
    count: 3
  - id: trump-scuttled
    who: trump
    what: [scuttled the talks]
    when: 2019-09
  - id: pompeo-quote
    who: pompeo
    quote: >-
      We see these developments as hopeful signs that the Afghan war, a terrible and costly
      conflict that has lasted 40 years, may soon conclude through a political settlement
  - id: grisham-quote
    who: grisham
    quote: We pray for the full recovery of both men
  - id: morrison-quote
    who: morrison
    quote: We are profoundly pleased and relieved
"""

SWIFT = """story: swift-amas-big-machine-2019
title: Taylor Swift may play her old songs at the American Music Awards
date: 2019-11-19
about: [swift, big-machine]
entities:
  swift:
    name: Taylor Swift
    aliases: [Swift]
    kind: person
  big-machine:
    name: Big Machine
    kind: organisation
    mention_only: [the label, the company]
  braun:
    name: Scooter Braun
    aliases: [Braun]
    kind: person
  dick-clark:
    name: Dick Clark Productions
    kind: organisation
places:
  usa: {name: United States, country: US}
facts:
  - id: allowed-to-play
    who: swift
    what: [will be allowed to play]
    when: 2019-11-24
    required: true
  - id: albums
    who: swift
    what: [albums]
    count: 6
  - id: posted
    who: swift
    what: [posted on Twitter]
    when: 2019-11
  - id: swift-quote
    who: swift
    quote: I just want to be able to perform my own music
  - id: big-machine-quote
    who: big-machine
    quote: >-
      At no point did we say Taylor could not perform on the AMAs or block her Netflix special
  - id: denied
    who: big-machine
    what: [denied doing anything wrong]
  - id: dick-clark-quote
    who: dick-clark
    quote: >-
      Any final agreement on this matter needs to be made directly with Taylor Swift's
      management team
"""

STORIES = {"hostages": HOSTAGES, "swift": SWIFT}

ARTICLES = {
    ("hostages", "nypost"): corpus_article("hostage-swap-nypost.md"),
    ("swift", "bbc"): corpus_article("swift-amas-bbc.md"),
}

LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("hostages", "nypost"): {
        # `Two hostages — an American and an Australian — who had been held by the Taliban ...
        # were released Tuesday`, then `American Kevin King and Australian Timothy Weeks, ...,
        # were handed over to US forces in the country’s southern Zabul province`
        "released": CONSISTENT,
        "handed-over": CONSISTENT,
        # `King and Weeks were abducted by gunmen ... in the heart of Afghan capital in August
        # 2016.`
        "abducted": CONSISTENT,
        # `Their release came hours after the Afghan government freed three Taliban prisoners`
        "prisoners-freed": CONSISTENT,
        # `when President Trump scuttled the talks in September`
        "trump-scuttled": CONSISTENT,
        # `Secretary of State Mike Pompeo said the release ... “give[s] us hope ... support.` and
        # a new paragraph re-opening the quote: `“We see these developments ... settlement.”`
        "pompeo-quote": CONSISTENT,
        # `“We pray for the full recovery of both men,” said White House Press Secretary
        # Stephanie Grisham.`
        "grisham-quote": CONSISTENT,
        # `Australian Prime Minister Scott Morrison said in a statement, “We are profoundly
        # pleased and relieved” at the hostages’ release`
        "morrison-quote": CONSISTENT,
    },
    ("swift", "bbc"): {
        # `The group that owns most of her music, Big Machine, says she will be allowed to play
        # her old tracks at the American Music Awards on Sunday.`
        "allowed-to-play": CONSISTENT,
        # `Taylor Swift's first six albums were released through Big Machine`
        "albums": CONSISTENT,
        # `Then, last week, Taylor Swift posted on Twitter accusing Big Machine`
        "posted": CONSISTENT,
        # `"I just want to be able to perform my own music," she said.`
        "swift-quote": CONSISTENT,
        # `"At no point did we say ... Netflix special," they said in a statement on their
        # website last Friday.`, after `Big Machine have twice denied doing anything wrong.`
        "big-machine-quote": CONSISTENT,
        "denied": CONSISTENT,
        # `The company that runs the AMAs, Dick Clark Productions, denies ... "Any final
        # agreement ... management team. We have no further comment," they said.`
        "dick-clark-quote": CONSISTENT,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    ("hostages", "nypost", "were released Tuesday", "were released Monday", "released:when"),
    (
        "hostages",
        "nypost",
        "southern Zabul province",
        "southern Kandahar province",
        "handed-over:where",
    ),
    ("hostages", "nypost", "capital in August 2016", "capital in August 2015", "abducted:when"),
    (
        "hostages",
        "nypost",
        "freed three Taliban prisoners",
        "freed five Taliban prisoners",
        "prisoners-freed:count",
    ),
    (
        "hostages",
        "nypost",
        "scuttled the talks in September",
        "scuttled the talks in August",
        "trump-scuttled:when",
    ),
    (
        "hostages",
        "nypost",
        "as hopeful signs that",
        "as encouraging signs that",
        "pompeo-quote:quote",
    ),
    (
        "hostages",
        "nypost",
        "said White House Press Secretary Stephanie Grisham",
        "said Secretary of State Mike Pompeo",
        "grisham-quote:who",
    ),
    (
        "hostages",
        "nypost",
        "“We are profoundly pleased and relieved”",
        "“We are not profoundly pleased and relieved”",
        "morrison-quote:quote",
    ),
    (
        "swift",
        "bbc",
        "American Music Awards on Sunday",
        "American Music Awards on Saturday",
        "allowed-to-play:when",
    ),
    ("swift", "bbc", "first six albums were", "first five albums were", "albums:count"),
    (
        "swift",
        "bbc",
        "able to perform my own music",
        "able to sing my own music",
        "swift-quote:quote",
    ),
    (
        "swift",
        "bbc",
        '"I just want to be able to perform my own music," she said.',
        '"I just want to be able to perform my own music," Braun said.',
        "swift-quote:who",
    ),
    (
        "swift",
        "bbc",
        "Big Machine have twice denied doing",
        "Big Machine have not denied doing",
        "denied:what",
    ),
    (
        "swift",
        "bbc",
        "made directly with Taylor Swift's",
        "made together with Taylor Swift's",
        "dick-clark-quote:quote",
    ),
]

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    ("hostages", "nypost", "released"): (
        OMITTED,
        "`Two hostages — an American and an Australian — ... were released Tuesday`: a "
        "description that is none of their names; the next sentence names them with another "
        "phrase",
    ),
    ("hostages", "nypost", "released:when"): ("", "the same sentence: no mention"),
    ("hostages", "nypost", "handed-over:where"): (
        "",
        "`in the country’s southern Kandahar province`: a city of the gazetteer in the "
        "province's country, which the checker cannot tell is not inside Zabul",
    ),
    ("hostages", "nypost", "abducted:when"): (
        "",
        "`were abducted by gunmen wearing military uniforms in the heart of Afghan capital in "
        "August 2015`: the date stands thirteen words after the phrase, past its agent and a "
        "place, beyond the reach where a date is read as the phrase's",
    ),
    ("swift", "bbc", "allowed-to-play:when"): (
        "",
        "`says she will be allowed to play her old tracks at the American Music Awards on "
        "Saturday`: the day stands seven words past the phrase, after its object and a place",
    ),
    ("swift", "bbc", "albums"): (
        OMITTED,
        "`Taylor Swift's first six albums were released through Big Machine`: the possessive "
        "owns the albums, and its count stands after `first`",
    ),
    ("swift", "bbc", "albums:count"): ("", "the same sentence: no mention"),
}
