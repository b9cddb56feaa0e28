"""Case table of false alarms looked for in invented stories told through entertainment charts
and box office reports (a singer's third album going straight to number one on the UK Albums
Chart, a film's opening weekend in North America): chart positions of other records (`knocking
Ollie Devlin's Northern Lights off the top spot`, `falling to number two`), weeks at number one,
first-week sales, vinyl copies and chart-eligible streams, the singer's earlier number ones and
other artists' (`her 12th number one album`), grosses for regions and the world in several
currencies (`$96m in North America and $210m worldwide`, `or about £74m`, `€58m in Europe`),
other films' openings and records (`since Barbie's $162m in 2023`), forecasts, release dates in
other countries, tour and launch dates, award nominations and quotes by the artist, the studio
and rivals. The facts were written first (`factcheck validate` raised no warning: the sales
tied to the album, `first-week sales of Glass Harbour`, the third number one an ordinal), then
the sentences that state nothing contrary to them (``FIRST_RUN``), each naming the fact's `who`
and phrase with other values beside them, and those that state a wrong value for the fact's own
event (``CONTRADICTIONS``), all before the checker first ran on them.

First run (at 3c6fa7b): 5 false contradictions in 220 cells (40 sentences, each checked against
every fact of its story: five facts of the album, six of the film), in 4 sentences, and 9 of the
10 contradictions caught on their slot. Three sentences are now left unjudged by their own rules
(tables below): the `who`'s possessive, a noun and a name in apposition that the story does not
know (`Quinlan's debut, Paper Boats, went straight to number one on the UK Albums Chart in
2021`: that album's act), the words of one phrasing inside a longer phrasing's match that tells
another occurrence (`Quinlan also played a launch show for Glass Harbour in Dublin on March 7`,
where `launched Glass Harbour` found `launch show for Glass Harbour`: it clashed on the date and
the place), and a figure told for a later weekend of the run (`with $22m in North America in its
third weekend`). The fourth was the sentence's own fault, not the checker's: a quoted fragment
given as the singer's words drops a word of her quote (`"songs for anyone who has had to start
again"`, for `... who has ever had to start again`), a misquote whoever reports it
(``MISQUOTED``). The miss (``MISSED``): a count after the phrase and a verb (`The first-week
sales of Glass Harbour were 68,000`), which no shape reads as the phrase's value.

A second, harder round of 20 sentences a story (``SECOND_ROUND``), written the same way after
the first run and before the checker ran on them (at f30c1de), raised 3 false contradictions in
220 cells, in 2 sentences, and all 10 of its contradictions (``SECOND_CONTRADICTIONS``) were
caught. Both are now left unjudged (tables below): an act done `with` a name the story does not
know, in a story with a work of its own (`In 2024, Quinlan entered the UK Albums Chart at number
one with Salt Lines`: another album's chart debut), and a future launch show in an article dated
after the launch (`Quinlan will play a launch show for Glass Harbour in New York on April 20`:
the shorter phrasing's words, inside the longer one, had no `will` before them).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

QUINLAN = """
story: quinlan-glass-harbour
date: 2027-03-12
about: [quinlan, glass-harbour]
entities:
  quinlan: {name: Mara Quinlan, aliases: [Quinlan], kind: person}
  glass-harbour: {name: Glass Harbour, kind: product}
  occ: {name: Official Charts Company, aliases: [OCC], kind: organisation}
  devlin: {name: Ollie Devlin, aliases: [Devlin], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK], country: GB}
  england: {name: England, in: uk}
  london: {name: London, in: england}
  manchester: {name: Manchester, in: england}
facts:
  - id: number-one
    who: quinlan
    what: [went straight to number one on the UK Albums Chart, debuted at number one on the UK
      Albums Chart, entered the UK Albums Chart at number one]
    when: 2027-03-12
  - id: first-week
    who: quinlan
    what: [first-week sales of Glass Harbour, chart sales of Glass Harbour in its first week]
    count: 86000
  - id: third-number-one
    who: quinlan
    what: number one album
    count: 3
    ordinal: true
  - id: launch
    who: quinlan
    what: [launched Glass Harbour, played a launch show for Glass Harbour]
    where: manchester
    when: 2027-03-05
  - id: quinlan-quote
    who: quinlan
    quote: I wrote these songs for anyone who has ever had to start again
"""

IRON_TIDE = """
story: iron-tide-opening
date: 2027-07-18
about: [iron-tide, meridian]
entities:
  iron-tide: {name: Iron Tide, kind: product}
  meridian: {name: Meridian Pictures, aliases: [Meridian], kind: organisation}
  okafor: {name: Dele Okafor, aliases: [Okafor], kind: person}
  reyes: {name: Carla Reyes, aliases: [Reyes], kind: person}
places:
  us: {name: United States, aliases: [US], country: US}
  california: {name: California, in: us}
  los-angeles: {name: Los Angeles, in: california}
  uk: {name: United Kingdom, aliases: [UK], country: GB}
  china: {name: China, country: CN}
facts:
  - id: premiere
    who: iron-tide
    what: [premiered, held its world premiere]
    where: los-angeles
    when: 2027-07-12
  - id: domestic
    who: iron-tide
    what: [in North America, at the North American box office]
    count: 96000000
    unit: USD
  - id: worldwide
    who: iron-tide
    what: [worldwide, globally]
    count: 210000000
    unit: USD
  - id: theatres
    who: iron-tide
    what: [theatres in North America, North American theatres]
    count: 4150
  - id: opening-weekend
    who: iron-tide
    what: [opened in North American cinemas, opened in cinemas in North America]
    when: 2027-07-16
  - id: reyes-quote
    who: reyes
    quote: Audiences told us they wanted something big and original, and they turned up
"""

PUBLISHED = {
    QUINLAN: dt.date(2027, 3, 13),  # a Saturday: the chart of Friday, March 12; launch on March 5
    IRON_TIDE: dt.date(2027, 7, 19),  # a Monday: opened Friday, July 16; premiere on July 12
}

FIRST_RUN = [
    (QUINLAN, s)
    for s in (
        "Mara Quinlan went straight to number one on the UK Albums Chart on Friday with Glass"
        " Harbour, knocking Ollie Devlin's Northern Lights off the top spot after three weeks.",
        "Glass Harbour is Quinlan's third number one album, after Paper Boats in 2021 and Salt"
        " Lines in 2024.",
        "The first-week sales of Glass Harbour were 86,000 chart units, including 31,000 vinyl"
        " copies and 41 million chart-eligible streams.",
        "Quinlan debuted at number one on the UK Albums Chart on Friday, with Devlin's record"
        " falling to number two.",
        "Her previous album, Salt Lines, entered the UK Albums Chart at number one in September"
        " 2024 and spent two weeks at number one.",
        "Quinlan played a launch show for Glass Harbour at the Albert Hall in Manchester on March"
        " 5, and plays the O2 Arena in London on May 14.",
        'Quinlan said: "I wrote these songs for anyone who has ever had to start again."',
        "The first-week sales of Glass Harbour, 86,000, were the biggest for a female artist since"
        " Adele's 30 sold 261,000 in 2021.",
        "The first-week sales of Glass Harbour beat the 52,000 copies Salt Lines sold in its first"
        " week in 2024.",
        "Quinlan, who entered the UK Albums Chart at number one on Friday, has six Brit Award"
        " nominations and will tour 14 cities from April 2.",
        "Glass Harbour's lead single, Undertow, climbed 12 places to number three as Quinlan went"
        " straight to number one on the UK Albums Chart.",
        "Devlin, whose Northern Lights went straight to number one on the UK Albums Chart in"
        ' February, said: "Mara deserves it, she is the real thing."',
        "The Official Charts Company said the first-week sales of Glass Harbour included 41"
        " million streams, worth 28,000 chart units.",
        "Quinlan went straight to number one on the UK Albums Chart on Friday, a week after Glass"
        " Harbour went to number two in the US.",
        "Quinlan also played a launch show for Glass Harbour in Dublin on March 7.",
        "Glass Harbour is Quinlan's third number one album and her first on an independent label.",
        "Only Taylor Swift, with her 12th number one album in 2025, has had more number ones this"
        " decade than Quinlan.",
        "Quinlan's debut, Paper Boats, went straight to number one on the UK Albums Chart in 2021,"
        " as did Salt Lines in 2024.",
        "Quinlan launched Glass Harbour in Manchester on March 5, three years after she launched"
        " Salt Lines in London.",
    )
] + [
    (IRON_TIDE, s)
    for s in (
        "Iron Tide took $96m in North America over the weekend and $210m worldwide, Meridian"
        " Pictures said on Sunday.",
        "Iron Tide opened in North American cinemas on Friday, a week after it opened in the UK"
        " and South Korea.",
        "Iron Tide had the biggest opening in North America since Barbie's $162m in 2023.",
        "Iron Tide took $114m outside North America, including $38m in China, for a worldwide"
        " total of $210m.",
        "Iron Tide opened in 4,150 theatres in North America, 300 more than Meridian's previous"
        " summer release, Sky Riders, which took $41m in North America in 2026.",
        "Iron Tide premiered in Los Angeles on July 12 and held its European premiere in London on"
        " July 8.",
        "Meridian's head of distribution, Carla Reyes, said: \"Audiences told us they wanted"
        ' something big and original, and they turned up."',
        "Analysts had expected Iron Tide to take $80m in North America and $180m worldwide.",
        "Iron Tide took $96m in North America, knocking Lantern Bay, which took $44m in its second"
        " weekend, off the top spot.",
        "The $210m worldwide opening of Iron Tide is Meridian's biggest, beating the $185m"
        " globally of Sky Riders 2 in 2025.",
        "Iron Tide, which cost $250m to make, premiered in Los Angeles on July 12.",
        "Iron Tide opened in cinemas in North America on Friday with $36m, including $12m from"
        " Thursday previews.",
        "Iron Tide's director Dele Okafor saw his previous film, Quiet Orbit, take $18m worldwide"
        " in 2024.",
        "Iron Tide's second weekend in North America is forecast at $50m.",
        "Iron Tide took $96m in North America, or about £74m.",
        "Iron Tide made €58m in Europe and $210m worldwide.",
        "Iron Tide opened in 4,150 theatres in North America, including 410 Imax screens, which"
        " took $19m.",
        "Iron Tide pushed Halcyon's Night Shift to number three, with $22m in North America in its"
        " third weekend.",
        "Iron Tide opened in North American cinemas on Friday and opens in Japan on August 6.",
        "A rival studio's distribution chief said Iron Tide was \"big and original, and audiences"
        ' turned up for it".',
    )
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_charts_and_box_office_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (
        QUINLAN,
        "Mara Quinlan went straight to number one on the UK Albums Chart on Thursday.",
        {"number-one:when"},
    ),
    (QUINLAN, "Glass Harbour is Quinlan's fourth number one album.", {"third-number-one:count"}),
    (
        QUINLAN,
        "Quinlan played a launch show for Glass Harbour in London on March 5.",
        {"launch:where"},
    ),
    (
        QUINLAN,
        "Quinlan did not debut at number one on the UK Albums Chart.",
        {"number-one:what"},
    ),
    (IRON_TIDE, "Iron Tide took $69m in North America over the weekend.", {"domestic:count"}),
    (IRON_TIDE, "Iron Tide took $201m worldwide.", {"worldwide:count"}),
    (IRON_TIDE, "Iron Tide premiered in New York on July 12.", {"premiere:where"}),
    (
        IRON_TIDE,
        "Iron Tide opened in North American cinemas on Saturday.",
        {"opening-weekend:when"},
    ),
    (
        IRON_TIDE,
        'Reyes said: "Audiences told us they wanted something big and original, and they showed'
        ' up."',
        {"reyes-quote:quote"},
    ),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_chart_or_box_office_clashes(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


MISQUOTED = [
    # a quoted fragment the sentence gives as the `who`'s own words, with a word of the fact's
    # quote left out (`ever`): a misquote, whoever reports it
    (
        QUINLAN,
        "The OCC's chief executive said Quinlan had written \"songs for anyone who has had to start"
        ' again", and fans had responded.',
        {"quinlan-quote:quote"},
    ),
    (
        QUINLAN,
        'Quinlan wrote "songs for anyone who has had to start again".',
        {"quinlan-quote:quote"},
    ),
    # the fragment with every word of the fact's in place confirms
    (
        QUINLAN,
        'The OCC said Quinlan had written "songs for anyone who has ever had to start again".',
        set(),
    ),
]


@pytest.mark.parametrize("story, text, expected", MISQUOTED)
def test_a_fragment_that_drops_a_word_is_a_misquote(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


MISSED = [
    # a count after the phrase and a verb (`were 68,000`, `reached 68,000`) is not read as its
    # value: only a number before the phrase, inside it or after `of` is
    (QUINLAN, "The first-week sales of Glass Harbour were 68,000."),
    (QUINLAN, "Quinlan's first-week sales of Glass Harbour reached 68,000."),
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_still_missed(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


def test_a_count_before_the_phrase_is_judged() -> None:
    text = "Quinlan recorded 68,000 first-week sales of Glass Harbour."
    assert clashes_on(text, QUINLAN, PUBLISHED[QUINLAN]) == {"first-week:count"}


OWNED_AND_NAMED = [
    # (text, the clashes expected): the `who`'s possessive, a lower-case noun and, in
    # apposition, a name the story does not know: that thing's act (another album's chart
    # debut), whose date is its own
    (
        "Quinlan's debut, Paper Boats, went straight to number one on the UK Albums Chart in"
        " 2021, as did Salt Lines in 2024.",
        set(),
    ),
    (
        "Quinlan's second album, Salt Lines, entered the UK Albums Chart at number one in 2024.",
        set(),
    ),
    (
        "Quinlan's debut, Paper Boats, had debuted at number one on the UK Albums Chart in 2021.",
        set(),
    ),
    # the `who` herself as the subject, with an apposition or a relative clause: judged
    (
        "Quinlan, Devlin's rival, went straight to number one on the UK Albums Chart on Thursday.",
        {"number-one:when"},
    ),
    (
        "Quinlan, whose debut was Paper Boats, went straight to number one on the UK Albums Chart"
        " on Thursday.",
        {"number-one:when"},
    ),
]


@pytest.mark.parametrize("text, expected", OWNED_AND_NAMED)
def test_an_owned_thing_named_in_apposition_is_the_subject(text: str, expected: set[str]) -> None:
    assert clashes_on(text, QUINLAN, PUBLISHED[QUINLAN]) == expected


LONGER_PHRASINGS = [
    # (text, the clashes expected): a phrasing's words inside a longer phrasing's match of the
    # same fact (`launch show for Glass Harbour` inside `played a launch show for Glass
    # Harbour`) are read once, by the longer one, with the words before it: `also`, `again`
    ("Quinlan also played a launch show for Glass Harbour in Dublin on March 7.", set()),
    ("Quinlan again played a launch show for Glass Harbour in Dublin on March 7.", set()),
    ("Quinlan had earlier played a launch show for Glass Harbour in Dublin on March 3.", set()),
    # no such word: judged, by either phrasing
    (
        "Quinlan played a launch show for Glass Harbour in Dublin on March 7.",
        {"launch:where", "launch:when"},
    ),
    (
        "Quinlan then played a launch show for Glass Harbour in Dublin on March 7.",
        {"launch:where", "launch:when"},
    ),
    ("Quinlan launched Glass Harbour in Dublin on March 7.", {"launch:where", "launch:when"}),
    # the longer phrasing told in the future, in an article dated after the launch: a coming
    # show, whose date and place are its own
    ("Quinlan will play a launch show for Glass Harbour in New York on April 20.", set()),
    ("Quinlan is due to play a launch show for Glass Harbour in Dublin on April 2.", set()),
    (
        "Quinlan played a launch show for Glass Harbour in New York on March 3.",
        {"launch:where", "launch:when"},
    ),
]


@pytest.mark.parametrize("text, expected", LONGER_PHRASINGS)
def test_words_inside_a_longer_phrasing_are_read_by_it(text: str, expected: set[str]) -> None:
    assert clashes_on(text, QUINLAN, PUBLISHED[QUINLAN]) == expected


LATER_STRETCHES = [
    # (text, the clashes expected): after the phrase in its clause, or opening the sentence,
    # a later weekend, week or month of the run (`in its third weekend`): that stretch's
    # figure, not the opening's
    (
        "Iron Tide pushed Halcyon's Night Shift to number three, with $22m in North America in"
        " its third weekend.",
        set(),
    ),
    ("Iron Tide took $41m in North America in its second weekend.", set()),
    ("Iron Tide took $18m in North America in its 4th weekend.", set()),
    ("In its second weekend, Iron Tide took $41m in North America.", set()),
    # the first or opening weekend, another clause's stretch, or none: judged
    ("Iron Tide took $69m in North America in its first weekend.", {"domestic:count"}),
    ("Iron Tide took $69m in North America in its opening weekend.", {"domestic:count"}),
    (
        "Iron Tide took $69m in North America, and Night Shift took $22m in its third weekend.",
        {"domestic:count"},
    ),
    ("Iron Tide took $69m in North America.", {"domestic:count"}),
]


@pytest.mark.parametrize("text, expected", LATER_STRETCHES)
def test_a_later_weekends_figure_is_its_own(text: str, expected: set[str]) -> None:
    assert clashes_on(text, IRON_TIDE, PUBLISHED[IRON_TIDE]) == expected


def test_a_phrasing_that_names_the_stretch_is_judged_there() -> None:
    story = IRON_TIDE.replace(
        "what: [in North America, at the North American box office]",
        "what: [in North America, weekend takings in North America]",
    )
    assert story != IRON_TIDE
    text = "Iron Tide took $41m in North America in its second weekend."
    assert clashes_on(text, story, PUBLISHED[IRON_TIDE]) == {"domestic:count"}


SECOND_ROUND = [
    (QUINLAN, s)
    for s in (
        "Quinlan went straight to number one on the UK Albums Chart on Friday, and Glass Harbour"
        " will spend a second week at number one in Ireland, her label said.",
        "Quinlan, who entered the UK Albums Chart at number one on Friday, is the first woman to"
        " have three number one albums this decade.",
        "Glass Harbour is Quinlan's third number one album in six years, and Devlin's Northern"
        " Lights had been his second number one album.",
        "Quinlan went straight to number one on the UK Albums Chart on Friday; a year ago she was"
        " at number 40 with a live album.",
        "In 2024, Quinlan entered the UK Albums Chart at number one with Salt Lines, selling 52,000"
        " copies.",
        "Quinlan played a launch show for Glass Harbour in Manchester on March 5 and a second one"
        " in Glasgow on March 6.",
        "Quinlan launched Glass Harbour in Manchester on March 5; Devlin launched his album in"
        " London on February 5.",
        'Quinlan, asked about Devlin, said: "He has been at number one for three weeks. I wrote'
        ' these songs for anyone who has ever had to start again."',
        "Only two women have had a third number one album before turning 30; Quinlan, 29, is the"
        " third.",
        "Quinlan went straight to number one on the UK Albums Chart on Friday, as she did with Salt"
        " Lines in September 2024.",
        "Quinlan, whose first-week sales of Glass Harbour were 86,000, sold 9,000 more in Scotland"
        " alone than Devlin sold across the UK.",
        "Quinlan will play a launch show for Glass Harbour in New York on April 20.",
        "Quinlan played a launch show for Glass Harbour in Manchester on March 5, having played"
        " the same venue in 2019.",
        "Devlin predicted on Monday that Quinlan would go straight to number one on the UK Albums"
        " Chart.",
        "Quinlan hopes her next record will be her fourth number one album, she told Radio 1.",
        "Before Friday, Quinlan last entered the UK Albums Chart at number one in 2024.",
        "Quinlan recorded 86,000 first-week sales of Glass Harbour, against 52,000 first-week"
        " sales of Salt Lines in 2024.",
        "Quinlan debuted at number one on the UK Albums Chart on Friday, while her brother's band"
        " debuted at number 18.",
        "Quinlan launched Glass Harbour in Manchester, where she played her first gig in 2016.",
        "Quinlan's third number one album is also her longest, at 71 minutes over 14 tracks.",
    )
] + [
    (IRON_TIDE, s)
    for s in (
        "Iron Tide took $96m in North America, the most for an original film since Avatar took"
        " $77m in North America in 2009.",
        "Iron Tide took $210m worldwide, and Meridian expects it to pass $500m worldwide by"
        " August.",
        "Iron Tide premiered in Los Angeles on July 12 and premieres in Tokyo on August 2.",
        "Iron Tide opened in North American cinemas on Friday, three days after it opened in"
        " Australia on Tuesday.",
        "Iron Tide opened in 4,150 theatres in North America and will expand to 4,300 theatres in"
        " North America next weekend.",
        "Iron Tide took $96m in North America from Friday to Sunday, and $11m on Monday.",
        "The previous record for a July opening in North America, $91m, was set by Sky Riders 2;"
        " Iron Tide took $96m in North America.",
        "Iron Tide took $96m in North America, where it had been tracking at $70m to $80m.",
        "Iron Tide, which took $210m worldwide, was the No 1 film in 48 of its 71 markets.",
        "Iron Tide held its world premiere in Los Angeles on July 12, a day after a fan screening"
        " in San Diego.",
        "Iron Tide premiered in Los Angeles on July 12, 18 months after filming wrapped in"
        " Vancouver.",
        'Reyes said: "Audiences told us they wanted something big and original, and they turned'
        ' up. We did $96m in North America."',
        "Iron Tide took $96m in North America, but was beaten in South Korea, where Lantern Bay"
        " took $9m.",
        "Iron Tide opened in cinemas in North America on Friday, ten years after Okafor first"
        " pitched it to Meridian in 2017.",
        "Iron Tide opened in North American cinemas on Friday, a day later than planned after"
        " Meridian moved it from Thursday.",
        "Iron Tide took $96m in North America and $114m in 70 other markets, for $210m worldwide.",
        "Iron Tide took $210m worldwide, a third of it from China and Japan.",
        "Iron Tide opened in 4,150 theatres in North America, against 3,900 North American"
        " theatres for Lantern Bay.",
        "Lantern Bay, which opened in North American cinemas on July 9, fell 60% as Iron Tide"
        " opened in North American cinemas on Friday.",
        "Iron Tide took $96m in North America, and Okafor's Quiet Orbit took $7m in North America"
        " in 2024.",
    )
]


@pytest.mark.parametrize("story, text", SECOND_ROUND)
def test_a_second_round_of_charts_and_box_office_raises_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


SECOND_CONTRADICTIONS = [
    (
        QUINLAN,
        "Quinlan went straight to number one on the UK Albums Chart on Friday, March 5.",
        {"number-one:when"},
    ),
    (QUINLAN, "Glass Harbour is Quinlan's second number one album.", {"third-number-one:count"}),
    (
        QUINLAN,
        "Quinlan played a launch show for Glass Harbour in Manchester on March 6.",
        {"launch:when"},
    ),
    (
        QUINLAN,
        'Quinlan said: "I wrote these songs for anyone who has never had to start again."',
        {"quinlan-quote:quote"},
    ),
    (QUINLAN, "Quinlan recorded 96,000 first-week sales of Glass Harbour.", {"first-week:count"}),
    (IRON_TIDE, "Iron Tide took $96m in North America and $120m worldwide.", {"worldwide:count"}),
    (IRON_TIDE, "Iron Tide premiered in Los Angeles on July 11.", {"premiere:when"}),
    (IRON_TIDE, "Iron Tide opened in 3,150 theatres in North America.", {"theatres:count"}),
    (
        IRON_TIDE,
        "Iron Tide did not open in North American cinemas on Friday.",
        {"opening-weekend:what"},
    ),
    (
        IRON_TIDE,
        'Carla Reyes said: "Audiences told us they wanted something big and familiar, and they'
        ' turned up."',
        {"reyes-quote:quote"},
    ),
]


@pytest.mark.parametrize("story, text, expected", SECOND_CONTRADICTIONS)
def test_a_second_round_of_wrong_values_clashes(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


OTHER_WORKS = [
    # (text, the clashes expected): right after the phrase, `with` and a name that names none
    # of the story's entities, in a story with a work of its own (`kind: product`): another
    # work's act, whose date is its own
    (
        "In 2024, Quinlan entered the UK Albums Chart at number one with Salt Lines, selling"
        " 52,000 copies.",
        set(),
    ),
    (
        "Mara Quinlan went straight to number one on the UK Albums Chart with Paper Boats in 2021.",
        set(),
    ),
    (
        "Quinlan debuted at number one on the UK Albums Chart with her debut Paper Boats in 2021.",
        set(),
    ),
    # a work named by no name, or a count after `with`: judged
    (
        "Quinlan went straight to number one on the UK Albums Chart with 86,000 sales on Thursday.",
        {"number-one:when"},
    ),
    (
        "Quinlan went straight to number one on the UK Albums Chart with her new album on"
        " Thursday.",
        {"number-one:when"},
    ),
]


@pytest.mark.parametrize("text, expected", OTHER_WORKS)
def test_an_act_with_another_work_is_another_occurrence(text: str, expected: set[str]) -> None:
    assert clashes_on(text, QUINLAN, PUBLISHED[QUINLAN]) == expected


def test_a_story_with_no_work_of_its_own_still_judges() -> None:
    story = QUINLAN.replace("{name: Glass Harbour, kind: product}", "{name: Glass Harbour}")
    assert story != QUINLAN
    text = (
        "Mara Quinlan went straight to number one on the UK Albums Chart with Paper Boats in 2021."
    )
    assert clashes_on(text, story, PUBLISHED[QUINLAN]) == {"number-one:when"}


KIM = """
story: kim-visit
date: 2027-09-12
about: [kim]
entities:
  kim: {name: Kim Jong Un, aliases: [Kim], kind: person}
places:
  russia: {name: Russia, country: RU}
facts:
  - id: arrival
    who: kim
    what: [arrived in Russia, crossed the border into Russia]
    when: 2027-09-12
"""


@pytest.mark.parametrize(
    "text",
    [
        "Kim's armoured train, Taeyangho, arrived in Russia on Monday.",
        "Kim's armoured train arrived in Russia on Monday.",
    ],
)
def test_a_named_vehicle_still_carries_its_owner(text: str) -> None:
    # a vehicle named in apposition carries its owner: the owner's act, its date judged
    assert clashes_on(text, KIM, dt.date(2027, 9, 14)) == {"arrival:when"}
