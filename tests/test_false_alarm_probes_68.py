"""Case table of false alarms looked for in invented stories told through sports results (a
golfer's Irish Open win, a horse's Grand National win): scores under par and rounds of other
players beside the winner's, a field and the runners that finished, ages of the jockey and the
trainer, earlier and later races with their own dates and courses, a future sentence that looks
back at the win, a rival's paraphrase of the winner's words, an embedded post and a caption. The
facts were written first (`factcheck validate` followed: the horse has no `kind`, none of the
kinds fits), then the sentences that state nothing contrary to them (``FIRST_RUN``), each naming
the fact's `who` and phrase with other values beside them, and those that state a wrong value
for the fact's own event (``CONTRADICTIONS``), all before the checker first ran on them.

First run (at 6a91b51): 3 false contradictions in 200 cells (40 sentences, each checked against
the five facts of its story), and 7 of the 10 contradictions caught on their slot. The three are
now left unjudged by their own rules (tables below): a number right after another's name and
`at`, `on` or `with` (`four shots clear of Marcus Dowd at 13 under par`: Dowd's score), a
weekday after `after` and a possessive noun phrase in a future sentence (`will defend his title
... after his victory at the Irish Open on Sunday`: past or coming, untold), and a negation
scoped to an attempt (`did not win the Grand National at the first attempt`). One miss is now
caught: a number after a phrase that ends in a tally noun and `of` (`beat a field of 36 at
Aintree`, phrase `beat a field of`). Two are left (``MISSED``): a city against a fact whose
place the gazetteer knows only as a county (`Portmarnock` in County Dublin, `Aintree` in
Merseyside): whether `Cork` or `Cheltenham` lies in that county, the gazetteer cannot tell.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

GOLF = """story: callan-irish-open
date: 2027-06-06
about: [callan]
entities:
  callan: {name: Ruairi Callan, aliases: [Callan], kind: person}
  dowd: {name: Marcus Dowd, aliases: [Dowd], kind: person}
places:
  ireland: {name: Ireland, country: IE}
  dublin: {name: County Dublin, in: ireland}
  portmarnock: {name: Portmarnock, in: dublin}
  wicklow: {name: Wicklow, in: ireland}
facts:
  - id: won-open
    who: callan
    what: [won the Irish Open, victory at the Irish Open, triumph at the Irish Open]
    where: portmarnock
    when: 2027-06-06
  - id: under-par
    who: callan
    what: [under par]
    count: 17
  - id: final-round
    who: callan
    what: [shot a final round of, closing round of]
    count: 66
  - id: callan-dream
    who: callan
    quote: This is the one I dreamed about as a boy in Wicklow
  - id: dowd-second
    who: dowd
    what: [finished second, finished runner-up]
    where: portmarnock
"""

NATIONAL = """
story: kestrel-dawn-grand-national
date: 2027-04-10
about: [kestrel-dawn]
entities:
  kestrel-dawn: {name: Kestrel Dawn}
  brennan: {name: Aoife Brennan, aliases: [Brennan], kind: person}
  mullane: {name: Tom Mullane, aliases: [Mullane], kind: person}
places:
  uk: {name: United Kingdom, country: GB}
  england: {name: England, in: uk}
  merseyside: {name: Merseyside, in: england}
  aintree: {name: Aintree, in: merseyside}
facts:
  - id: won-national
    who: kestrel-dawn
    what: [won the Grand National, Grand National victory, Grand National win]
    where: aintree
    when: 2027-04-10
  - id: runners
    who: kestrel-dawn
    what: [beat a field of, in a field of]
    count: 34
  - id: brennan-age
    who: brennan
    what: [years old, -year-old]
    count: 24
  - id: brennan-quote
    who: brennan
    quote: He jumped like a stag from the first fence to the last
  - id: mullane-trained
    who: mullane
    what: [trained the winner, trainer of the winner]
"""

PUBLISHED = {
    GOLF: dt.date(2027, 6, 7),  # a Monday: Callan won on Sunday, June 6
    NATIONAL: dt.date(2027, 4, 11),  # a Sunday: Kestrel Dawn won on Saturday, April 10
}

FIRST_RUN = [
    *[
        (GOLF, s)
        for s in (
            "Ruairi Callan won the Irish Open at Portmarnock on Sunday, two years after he won the "
            "Scottish Open at Gullane.",
            "Callan, who shot a final round of 66, finished 17 under par, four shots clear of "
            "Marcus Dowd at 13 under par.",
            "Callan's victory at the Irish Open was the first by a home player since Shane Lowry "
            "won it at Baltray in 2009.",
            "Callan, who finished 9 under par at the Irish Open last year, won the Irish Open at "
            "Portmarnock on Sunday.",
            "Marcus Dowd finished second at Portmarnock for the third time, having also finished "
            "runner-up at Lahinch in 2024.",
            "Callan shot a final round of 66 despite a double bogey at the 7th, his only score "
            "over par all week.",
            "Callan shot a third round of 70 on Saturday before a closing round of 66 on Sunday.",
            "With his victory at the Irish Open, Callan moves to 12th in the world rankings and "
            "earns €1.5m.",
            "Callan won the Irish Open at Portmarnock on Sunday; his father caddied for him "
            "when he won the Irish Amateur Open in Wicklow in 2019.",
            'Callan said: "This is the one I dreamed about as a boy in Wicklow. I won two '
            'majors in America, but this is home."',
            'Dowd said of Callan: "He dreamed about this one as a boy in Wicklow, and he played '
            'like it."',
            "Callan was 3 under par after nine holes of his final round and 17 under par when he "
            "holed the winning putt.",
            "The Irish Open was last played at Portmarnock in 2003, when Lars Engqvist won the "
            "Irish Open at 11 under par.",
            "Callan, 29, won the Irish Open at Portmarnock on Sunday in his seventh start at the "
            "event.",
            "Nobody has won the Irish Open by more than seven shots since 1982, and Callan's "
            "victory at the Irish Open by four shots came in a week of 40mph winds.",
            "What a win for Ruairi! Callan won the Irish Open at Portmarnock pic.twitter.com/xyz — "
            "European Tour (@EuropeanTour) June 5, 2027",
            "Callan celebrates his triumph at the Irish Open on the 18th green on Sunday (Getty "
            "Images)",
            "Dowd finished second at Portmarnock, one shot ahead of three players tied for "
            "third at 12 under par.",
            "Dowd, who finished runner-up at the Irish Open for a second year, shot a final round "
            "of 68.",
            "Callan will defend his Irish Open title at Royal County Down in 2028 after his "
            "victory at the Irish Open on Sunday.",
        )
    ],
    *[
        (NATIONAL, s)
        for s in (
            "Kestrel Dawn won the Grand National at Aintree on Saturday, a year after falling at "
            "the Canal Turn in the 2026 race.",
            "Kestrel Dawn beat a field of 34 at odds of 33-1, the longest-priced winner since Mon "
            "Mome at 100-1 in 2009.",
            "Aoife Brennan, 24, became the second woman to ride the Grand National winner, after "
            "Rachael Blackmore in 2021.",
            "Brennan, who rode her first winner at 16 at Punchestown, is now 24 years old.",
            "Tom Mullane trained the winner from his yard in County Tipperary, 180 miles from "
            "Aintree.",
            "Kestrel Dawn's Grand National win came in a field of 34 runners, of whom 15 completed "
            "the course.",
            "Kestrel Dawn won the Grand National at Aintree, where 19 of the 34 runners failed to "
            "finish.",
            "Last year's Grand National win went to Bold Harbour, with Kestrel Dawn 11th of 40.",
            "Kestrel Dawn, a 10-year-old gelding, won the Grand National at Aintree on Saturday.",
            'Brennan said: "He jumped like a stag from the first fence to the last, and I just sat '
            'there."',
            'Mullane said of the horse: "He jumped like a stag at home too, but never like this."',
            "Brennan, who was 23 years old when she won the Irish Grand National at Fairyhouse in "
            "April 2026, rode Kestrel Dawn to a Grand National win on Saturday.",
            "Kestrel Dawn won the Grand National at Aintree on Saturday; the race was first run in "
            "1839.",
            "Kestrel Dawn, whose Grand National victory on Saturday earned £500,000, will be aimed "
            "at the Scottish Grand National at Ayr on April 24.",
            "Told you Kestrel Dawn would win the Grand National pic.twitter.com/kd27 — Sam Ellis "
            "(@samellis) April 11, 2027",
            "Mullane, 61, trained the winner, having saddled 12 runners in the race since 2011.",
            "Kestrel Dawn won the Grand National at Aintree by nine lengths from Sea Pilot, in a "
            "field of 34, with the favourite Tornado Bay pulled up at the 20th fence.",
            "Brennan, 24, and Mullane, 61, celebrated Kestrel Dawn's Grand National win at Aintree "
            "on Saturday night.",
            "Kestrel Dawn did not win the Grand National at the first attempt: he fell in 2026.",
            "Kestrel Dawn won the Grand National at Aintree on Saturday and was back at his stable "
            "in Cheltenham by Sunday morning.",
        )
    ],
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_sports_results_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (
        GOLF,
        "Ruairi Callan won the Irish Open at Portmarnock on Saturday.",
        {"won-open:when"},
    ),
    (
        GOLF,
        "Callan finished 15 under par.",
        {"under-par:count"},
    ),
    (
        GOLF,
        'Callan said: "This is the one I dreamed about as a boy in Dublin."',
        {"callan-dream:quote"},
    ),
    (
        GOLF,
        "Callan did not win the Irish Open at Portmarnock on Sunday.",
        {"won-open:what"},
    ),
    (
        NATIONAL,
        "Kestrel Dawn won the Grand National at Aintree on Friday.",
        {"won-national:when"},
    ),
    (
        NATIONAL,
        "Kestrel Dawn beat a field of 36 at Aintree.",
        {"runners:count"},
    ),
    (
        NATIONAL,
        "Aoife Brennan, 26, rode the winner.",
        {"brennan-age:count"},
    ),
    (
        NATIONAL,
        'Mullane said: "He jumped like a stag from the first fence to the last."',
        {"brennan-quote:who"},
    ),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_result_clashes(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


MISSED = [
    # a city against a place the gazetteer knows only as a county: whether the city lies in it,
    # the gazetteer cannot tell
    (GOLF, "Ruairi Callan won the Irish Open in Cork on Sunday."),
    (NATIONAL, "Kestrel Dawn won the Grand National at Cheltenham on Saturday."),
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_still_missed(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


HELD_BY_ANOTHER = [
    # (story, text, the clashes expected): a number right after `at`, `on` or `with` and a
    # name that is not the fact's `who` is that one's figure
    (
        GOLF,
        "Callan finished 17 under par, four shots clear of Marcus Dowd at 13 under par.",
        set(),
    ),
    (GOLF, "Callan finished ahead of Lars Engqvist at 13 under par.", set()),
    (GOLF, "Callan finished 17 under par, with Dowd on 13 under par.", set()),
    # the fact's own `who` before `at`, a place before it, or no name: judged
    (GOLF, "Ruairi Callan, at 15 under par, won by two shots.", {"under-par:count"}),
    (GOLF, "Callan won at Portmarnock at 15 under par.", {"under-par:count"}),
    (GOLF, "Callan finished 15 under par, four shots clear of Marcus Dowd.", {"under-par:count"}),
]


@pytest.mark.parametrize("story, text, expected", HELD_BY_ANOTHER)
def test_a_number_after_another_name_and_at_is_theirs(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


UNTENSED_NOUN_PHRASES = [
    # a weekday after `after`/`before`/`following` and a noun phrase, in a future sentence:
    # past or coming, the sentence does not tell
    (
        GOLF,
        "Callan will fly home to Wicklow after his victory at the Irish Open on Saturday.",
        set(),
    ),
    (
        NATIONAL,
        "Kestrel Dawn will run at Ayr following his Grand National win on Friday.",
        set(),
    ),
    # in a past sentence the weekday is the latest one: judged
    (
        GOLF,
        "Callan flew home to Wicklow after his victory at the Irish Open on Saturday.",
        {"won-open:when"},
    ),
    (NATIONAL, "Kestrel Dawn won the Grand National at Aintree on Friday.", {"won-national:when"}),
]


@pytest.mark.parametrize("story, text, expected", UNTENSED_NOUN_PHRASES)
def test_a_weekday_after_a_noun_phrase_in_a_future_sentence_is_untold(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


ATTEMPTS = [
    # a negation scoped to an attempt or a debut: another occasion was denied
    (NATIONAL, "Kestrel Dawn did not win the Grand National at his first attempt.", set()),
    (GOLF, "Callan did not win the Irish Open on his debut in 2020.", set()),
    (GOLF, "Callan did not win the Irish Open at the first time of asking.", set()),
    # the act itself denied: judged
    (NATIONAL, "Kestrel Dawn did not win the Grand National on Saturday.", {"won-national:what"}),
    (GOLF, "Callan did not win the Irish Open at Portmarnock.", {"won-open:what"}),
]


@pytest.mark.parametrize("story, text, expected", ATTEMPTS)
def test_a_negation_of_an_attempt_is_of_another_occasion(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


FIELDS = [
    # a phrase ending in a tally noun and `of`: the number right after it is its value
    (NATIONAL, "Kestrel Dawn beat a field of 36 at Aintree.", {"runners:count"}),
    (NATIONAL, "Kestrel Dawn beat a field of 36.", {"runners:count"}),
    (NATIONAL, "Kestrel Dawn beat a field of 34 at Aintree.", set()),
    # another noun after the number, a partitive, another year, a possibility: not judged
    (NATIONAL, "Kestrel Dawn beat a field of 36 of the best chasers in Britain.", set()),
    (NATIONAL, "Kestrel Dawn beat a field of 40 at Aintree in 2025.", set()),
    (NATIONAL, "Kestrel Dawn could have beaten a field of 36 at Aintree.", set()),
]


@pytest.mark.parametrize("story, text, expected", FIELDS)
def test_a_number_after_a_tally_noun_and_of_is_its_value(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
