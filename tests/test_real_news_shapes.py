"""Case tables: the shapes of real news articles (`tests/corpus/real-news/`) that made false
contradictions at their first run, and some they missed. Each table has the shape, its
near-misses that are still judged, and what the rule leaves alone.

* A live blog's time stamp opening an entry (`14.29 Indonesian authorities ...`) is no number.
* A month and day without a year, told in the past tense, more than a month after the
  publication date, are last year's (`MH370 went missing on March 8`, in December).
* A date after a reduced relative clause between the phrase and the date (`in a letter posted
  on Twitter Tuesday`) dates that clause's participle.
* A bare year between a preposition's determiner and a lower-case noun after the phrase (`into
  a 2010 rape allegation`) is that noun's year.
* A number whose noun and participle phrase are the subject of another verb (`Three people
  killed on the flight were holding hands`) counts a part: it confirms, never clashes.
* A date after `scheduled for` / `set for` closing the phrase is the date the act is set for
  (`His sentencing is scheduled for Feb. 14`).
* An age in apposition after a name ending in an abbreviation (`Patrick Carlineo Jr., 55,`).
* A phrase opening with an -ing form right after a name is that name's act, even after a
  preposition (`searching for an AirAsia plane carrying 162 people`).
* A short quote that shares with the fact's only a few words, with no three alike in a row, is
  another statement that uses a stock phrase (`we need everyone on it` for `we need to get on
  it`), unless it renders most of the fact's words.
* A number that is one of the fact's phrase's own words (`nine US companies`, `third case`)
  states the count: it confirms one it fits and never clashes.
* A phrase opening the clause that the fact's `who` reports (`NASA announced that nine US
  companies were eligible`) is that `who`'s fact; after `said that` only with the number right
  after `that`, and never past another subject.
* `just short of`, `just under`, `just shy of` before a number make it approximate, as `about`
  does (`paid a Minnesota ad agency just short of $449,000`).
* `plans` after a possessive or a determiner (`unveiled its plans`) is a noun, no future marker.
* A month and day written without a year never clash on the year alone: one year off the
  fact's, the year was only guessed (`kicks off June 9th`, in November, for June next year).
* A phrasing that is nothing but a place's name (`Blossom Music Center`) stands for that place,
  not for any place.
* Lines of a schedule (`July 22 – Cuyahoga Falls, OH @ Blossom Music Center`) do not make a text
  look hard-wrapped: each stays a sentence of its own.
* `have`/`has` added or dropped before a past form in a quote (`we have received` for `We
  received`) is no misquote.
* A number that the fact's phrasing itself writes (`787` of `Boeing 787 jets`, `two` of
  `titles over two spells`) is no count inside the phrase: the number before it is the count.
* An entity the phrase itself names, named again after it (`hit Rudolph in the head with
  Rudolph's helmet`), is the fact's own object, not another event's.
* `said that` followed by the name's own people as the subject (`The agency said Monday that
  its researchers examined`) is the name's act; any other subject keeps the clause its own.
* A time clause whose own subject stands right before the phrase (`by the time the free tier
  launches next year`) is that subject's act, not the name's before it.
* `she` or `he` after a reporting verb of a name that is no person's (`Big Machine, says she
  will be allowed to play`) is another person: the phrase is theirs.
* Two numbers before the phrase paired by `respectively` (`a 20% and 16% improvement
  respectively`): the one right before the phrase is one value of two; the other confirms a
  count it fits, and neither clashes.
* A full stop inside a name the facts write (`ID. Space Vizzion`) ends no sentence: `The VW ID.
  SPACE VIZZION is the seventh EV` is one sentence, and the name is found whole.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.articles import split_sentences
from factcheck.text.dates import find_dates
from factcheck.text.numbers import find_numbers
from tests.cases import check_on, verdict

PLEA = """
story: plea
date: 2019-11-18
about: [hale]
entities:
  hale: {name: Dana Hale, aliases: [Hale], kind: person}
  authority: {name: Norrland Prosecution Authority, aliases: [the Authority], kind: organisation}
places: {}
facts:
  - id: pleaded
    who: hale
    what: pleaded guilty
    when: 2019-11-18
  - id: sentencing
    who: hale
    what: [sentencing is scheduled, sentencing is set, sentencing]
    when: 2020-02-14
  - id: dropped
    who: authority
    what: [dropped the investigation, dropped its investigation]
    when: 2019-11-19
"""
PLEA_PUBLISHED = dt.date(2019, 11, 19)  # a Tuesday: `Monday` is the 18th, `Tuesday` the 19th

FERRY = """
story: ferry
date: 2019-03-08
about: [nordlys]
entities:
  nordlys: {name: Nordlys, aliases: [the Nordlys]}
places: {}
facts:
  - id: sank
    who: nordlys
    what: [sank, capsized, went missing]
    when: 2019-03-08
"""
FERRY_PUBLISHED = dt.date(2019, 12, 30)

FLIGHT = """
story: flight
date: 2014-12-28
about: [flight]
entities:
  flight: {name: Flight QZ8501, aliases: [QZ8501, AirAsia plane]}
  victims: {name: victims, aliases: [people, passengers]}
places: {}
facts:
  - id: indonesians
    who: flight
    what: Indonesians
    count: 155
  - id: killed
    who: victims
    what: [killed, died]
    count: 162
"""
FLIGHT_PUBLISHED = dt.date(2014, 12, 31)


def slot_of(text: str, story: str, published: dt.date, fact: str, slot: str) -> tuple[str, str]:
    """The status of ``fact``'s ``slot`` on ``text`` and its rule, without the mention kind."""
    for result in check_on(text, story, published):
        if result.fact != fact:
            continue
        for found in result.slots:
            if found.slot == slot:
                return found.status, found.rule.split("/", 1)[-1] if found.rule else ""
    raise AssertionError(f"{fact} not checked on {text!r}")


UNSTATED = ("unstated", "")
CLASH_AFTER = ("contradicted", "when.date-after-phrase")
FITS_AFTER = ("confirmed", "when.date-after-phrase")

DATE_CASES = [
    # a reduced relative clause between the phrase and the date: the participle's date
    ("pleaded", "Hale pleaded guilty in a letter posted on Twitter Tuesday.", UNSTATED),
    ("pleaded", "Hale pleaded guilty to a charge filed in 2017.", UNSTATED),
    ("pleaded", "Hale pleaded guilty in a statement released Tuesday.", UNSTATED),
    # still judged: the date right after the phrase, or before the participle's clause
    ("pleaded", "Hale pleaded guilty in court on Tuesday.", CLASH_AFTER),
    ("pleaded", "Hale pleaded guilty on Tuesday, in a letter posted online.", CLASH_AFTER),
    ("pleaded", "Hale pleaded guilty in court on Monday.", FITS_AFTER),
    # a year that says which thing a noun after a preposition is: that noun's year
    (
        "dropped",
        "The Authority dropped the investigation into a 2010 rape allegation.",
        UNSTATED,
    ),
    ("dropped", "The Authority dropped its investigation over the 2016 complaint.", UNSTATED),
    # still judged: a year of the act, or a noun after `in` that locates the act
    ("dropped", "The Authority dropped the investigation on Monday.", CLASH_AFTER),
    (
        "dropped",
        "The Authority dropped the investigation into the allegation on Monday.",
        CLASH_AFTER,
    ),
    ("dropped", "The Authority dropped the investigation on Tuesday.", FITS_AFTER),
    # `scheduled for`, `set for` closing the phrase: the date the act is set for
    (
        "sentencing",
        "Hale's sentencing is scheduled for Feb. 24.",
        ("contradicted", "when.date-scheduled-for"),
    ),
    (
        "sentencing",
        "Hale's sentencing is scheduled for Feb. 14.",
        ("confirmed", "when.date-scheduled-for"),
    ),
    (
        "sentencing",
        "Hale's sentencing is set for Feb. 24, according to the release.",
        ("contradicted", "when.date-scheduled-for"),
    ),
    # not closing the phrase: another thing scheduled, or an aside
    ("sentencing", "Hale's sentencing, scheduled for Feb. 24, was moved.", UNSTATED),
    ("pleaded", "Hale pleaded guilty ahead of a hearing scheduled for Feb. 24.", UNSTATED),
    ("sentencing", "Hale's sentencing was delayed for Feb. 24.", UNSTATED),
]


@pytest.mark.parametrize("fact, text, expected", DATE_CASES)
def test_dates_of_another_clause_and_scheduled_dates(
    fact: str, text: str, expected: tuple[str, str]
) -> None:
    assert slot_of(text, PLEA, PLEA_PUBLISHED, fact, "when") == expected


PAST_CASES = [
    # a past verb, the date more than a month after publication: last year's
    ("The Nordlys capsized on March 8.", FITS_AFTER),
    ("The Nordlys went missing on 8 March on a crossing.", FITS_AFTER),
    ("The Nordlys capsized on March 9.", CLASH_AFTER),
]


@pytest.mark.parametrize("text, expected", PAST_CASES)
def test_a_past_month_and_day_far_after_publication_is_last_year(
    text: str, expected: tuple[str, str]
) -> None:
    assert slot_of(text, FERRY, FERRY_PUBLISHED, "sank", "when") == expected


YEAR_CASES = [
    ("The Nordlys went missing on March 8.", 2019),
    ("The Nordlys capsized on 8 March.", 2019),
    # a future or a plan, or a present verb: the nearest March 8 still
    ("The Nordlys will be raised on March 8.", 2020),
    ("The inquiry is scheduled for March 8.", 2020),
    ("The inquiry begins March 8.", 2020),
    ("The long-delayed inquiry is on March 8.", 2020),
    # within a month of publication: the coming date (another time zone, a late report)
    ("The Nordlys capsized on January 20.", 2020),
    # a year written out is taken as written
    ("The Nordlys sank on March 8, 2021.", 2021),
]


@pytest.mark.parametrize("text, year", YEAR_CASES)
def test_the_year_of_a_month_and_day(text: str, year: int) -> None:
    (date,) = find_dates(text, FERRY_PUBLISHED)
    assert date.year == year


COUNT_CASES = [
    # a live blog's time stamp is no count
    (
        "indonesians",
        "14.29 Indonesian authorities are hoping to bring bodies from the AirAsia plane ashore.",
        UNSTATED,
    ),
    (
        "indonesians",
        "140 Indonesian passengers were on the AirAsia plane.",
        ("contradicted", "count.number-before-phrase"),
    ),
    # a noun and its participle, the subject of another verb: a part of the whole
    ("killed", "Three people killed in the crash were holding hands.", UNSTATED),
    ("killed", "Two passengers killed in the crash remain unidentified.", UNSTATED),
    (
        "killed",
        "162 people killed in the crash were remembered.",
        ("confirmed", "count.number-before-phrase"),
    ),
    # still judged: the phrase is the clause's verb, or nothing follows it
    (
        "killed",
        "Three people were killed in the crash.",
        ("contradicted", "count.number-before-phrase"),
    ),
    (
        "killed",
        "Three people killed in the crash, officials said.",
        ("contradicted", "count.number-before-phrase"),
    ),
]


@pytest.mark.parametrize("fact, text, expected", COUNT_CASES)
def test_time_stamps_and_counts_of_a_part(fact: str, text: str, expected: tuple[str, str]) -> None:
    assert slot_of(text, FLIGHT, FLIGHT_PUBLISHED, fact, "count") == expected


NUMBER_CASES = [
    ("14.29 Indonesian authorities are hoping", []),
    ("04.25 Three people killed", [3]),
    ("07.13", []),
    ("2.50 metres of rain fell", [2.5]),
    ("Some 14.29 people", [14.29]),
    ("12.50 is the price", [12.5]),
    ("1.5 million people fled", [1_500_000]),
]


@pytest.mark.parametrize("text, values", NUMBER_CASES)
def test_a_time_stamp_opening_an_entry_is_no_number(text: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(text)] == values


AGE = """
story: age
date: 2019-11-18
about: [carlineo]
entities:
  carlineo: {name: Patrick Carlineo Jr., aliases: [Carlineo], kind: person}
places: {}
facts:
  - id: aged
    who: carlineo
    what: [year-old, aged]
    count: 55
"""

AGE_CASES = [
    # an age in apposition after a name that ends in an abbreviation's period
    ("Patrick Carlineo Jr., 55, pleaded guilty.", ("confirmed", "count.age-apposition")),
    ("Patrick Carlineo Jr., 56, pleaded guilty.", ("contradicted", "count.age-apposition")),
    (
        "Patrick Carlineo Jr., 56, of Addison, pleaded guilty.",
        ("contradicted", "count.age-apposition"),
    ),
    # no comma right after the period: a new sentence's number, or none
    ("They met Patrick Carlineo Jr. 56 people came.", UNSTATED),
]


@pytest.mark.parametrize("text, expected", AGE_CASES)
def test_an_age_after_an_abbreviated_name(text: str, expected: tuple[str, str]) -> None:
    assert slot_of(text, AGE, PLEA_PUBLISHED, "aged", "count") == expected


CARRYING = """
story: carrying
date: 2014-12-28
about: [flight]
entities:
  flight: {name: Flight QZ8501, aliases: [QZ8501, AirAsia plane]}
  searchers: {name: searchers, aliases: [Indonesian rescuers, rescuers]}
places: {}
facts:
  - id: on-board
    who: flight
    what: [carrying]
    count: 162
"""

CARRYING_CASES = [
    # an -ing phrase right after a name describes it, even after a preposition
    (
        "Indonesian rescuers searching for an AirAsia plane carrying 162 people found debris.",
        "consistent",
    ),
    ("Rescuers searched for the AirAsia plane carrying 162 people.", "consistent"),
    # its number right after it counts the verb's object, as after a named subject's verb
    ("Rescuers searched for the AirAsia plane carrying 126 people.", "contradicted"),
    ("Rescuers searched for the AirAsia plane carrying about 160 people.", "consistent"),
    ("Rescuers searched for the AirAsia plane carrying 126 tonnes of fuel.", "omitted"),
    # a participial clause after a comma is the main clause's: its number is not read so
    ("The AirAsia plane left Surabaya on Sunday, carrying 126 people.", "omitted"),
    # another name right before the -ing form: its own act
    ("Indonesian rescuers carrying 162 bodies searched for the AirAsia plane.", "omitted"),
]


@pytest.mark.parametrize("text, status", CARRYING_CASES)
def test_an_ing_phrase_right_after_a_name_is_its_act(text: str, status: str) -> None:
    (result,) = check_on(text, CARRYING, FLIGHT_PUBLISHED)
    assert result.status == status


SLOGAN = """
story: slogan
date: 2019-11-18
about: [hale]
entities:
  hale: {name: Dana Hale, aliases: [Hale], kind: person}
places: {}
facts:
  - id: our-problem
    who: hale
    quote: This is our problem, and together, we need to get on it
  - id: back-down
    who: hale
    quote: We will not back down
"""

SLOGAN_CASES = [
    # a short quote sharing only a stock phrase, split by the change: another statement
    ("our-problem", "Hale later tweeted: “we need everyone on it.”", ("omitted", "")),
    ("our-problem", "Hale added: “We need you on it.”", ("omitted", "")),
    # three words alike in a row next to the change: the fact's words, misquoted
    ("our-problem", "Hale said: “we need to go on it.”", ("contradicted", "quote")),
    ("our-problem", "Hale said: “together, we need to go on it.”", ("contradicted", "quote")),
    # most of the fact's words quoted alike: judged however short
    ("back-down", "Hale said: “We will never back down.”", ("contradicted", "quote")),
    # quoted word for word: a faithful part
    ("our-problem", "Hale said: “we need to get on it.”", ("consistent", "")),
]


@pytest.mark.parametrize("fact, text, expected", SLOGAN_CASES)
def test_a_short_quote_sharing_a_stock_phrase_is_another_statement(
    fact: str, text: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, SLOGAN, PLEA_PUBLISHED, fact) == expected


LANDERS = """
story: landers
date: 2019-11-18
about: [agency]
entities:
  agency: {name: Orbis Space Agency, aliases: [Orbis], kind: organisation}
places: {}
facts:
  - id: nine-first
    who: agency
    what: [nine US companies, nine others]
    count: 9
  - id: third-case
    who: agency
    what: [third case]
    count: 3
    ordinal: true
  - id: ten-providers
    who: agency
    what: [ten providers]
    count: 14
"""

SPELLED_CASES = [
    # the phrase holds its count as the fact writes it: the article states the count
    ("Orbis announced nine US companies last year.", "nine-first", "consistent"),
    ("Five companies join nine others selected by Orbis in 2018.", "nine-first", "consistent"),
    ("Orbis reported its third case of the disease on Sunday.", "third-case", "consistent"),
    # another number is no phrase of the fact's: not found, not judged
    ("Orbis announced eight US companies last year.", "nine-first", "omitted"),
    # a fact whose phrase and count disagree: the phrase's number never clashes
    ("Orbis now has ten providers.", "ten-providers", "omitted"),
]


@pytest.mark.parametrize("text, fact, status", SPELLED_CASES)
def test_a_phrase_that_spells_its_count_states_it(text: str, fact: str, status: str) -> None:
    results = {r.fact: r for r in check_on(text, LANDERS, PLEA_PUBLISHED)}
    assert results[fact].status == status
    assert all(s.status != "contradicted" for r in results.values() for s in r.slots)


REPORTED = """
story: reported
date: 2019-11-18
about: [orbis]
entities:
  orbis: {name: Orbis Space Agency, aliases: [Orbis], kind: organisation}
  vantor: {name: Vantor Aerospace, aliases: [Vantor], kind: organisation}
places: {}
facts:
  - id: eligible
    who: orbis
    what: [companies were eligible]
    count: 9
"""

REPORTED_CASES = [
    # the phrase opens the clause the fact's `who` reports: what it reports is its fact
    ("Orbis announced that nine companies were eligible to bid.", ("consistent", "")),
    ("Orbis has also confirmed that nine companies were eligible.", ("consistent", "")),
    ("Orbis announced that 12 companies were eligible.", ("contradicted", "count")),
    # a date of another time than the story's: another announcement, not judged
    ("A year ago, Orbis announced that 12 companies were eligible.", ("omitted", "")),
    # `said that` with the number right after it: the counted things open the clause, the
    # name can only be the figure's source (tests/test_figures_said_that.py)
    ("Orbis said that nine companies were eligible to bid.", ("consistent", "")),
    ("Orbis said that 12 companies were eligible.", ("contradicted", "count")),
    # `said that` with no number right after it, another subject or other words: not read
    ("Orbis said that the companies were eligible.", ("omitted", "")),
    ("Orbis announced that Vantor and nine companies were eligible.", ("omitted", "")),
    ("Orbis announced that the panel thinks 12 companies were eligible.", ("omitted", "")),
    ("Vantor announced that 12 companies were eligible to bid.", ("omitted", "")),
]


@pytest.mark.parametrize("text, expected", REPORTED_CASES)
def test_a_phrase_opening_the_clause_its_who_reports(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, REPORTED, PLEA_PUBLISHED) == expected


PAID = """
story: paid
date: 2019-11-18
about: [department]
entities:
  department: {name: Harlow Department of Health, aliases: [the Department], kind: organisation}
places: {}
facts:
  - id: paid
    who: department
    what: [paid an agency]
    count: 449000
    unit: $
"""

NEAR_CASES = [
    # `just short of` / `just under` a sum: an approximate measure, read past the words
    ("The Harlow Department of Health paid an agency just short of $449,000.", ("consistent", "")),
    ("The Harlow Department of Health paid an agency just under $450,000.", ("consistent", "")),
    # an approximate sum beyond the tolerance is not judged, as for `about`
    ("The Harlow Department of Health paid an agency just short of $300,000.", ("omitted", "")),
    # a plain sum right after the phrase is judged
    ("The Harlow Department of Health paid an agency $300,000.", ("contradicted", "count")),
]


@pytest.mark.parametrize("text, expected", NEAR_CASES)
def test_just_short_of_a_sum_approximates_it(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, PAID, PLEA_PUBLISHED) == expected


@pytest.mark.parametrize("words", ["just short of", "just under", "just shy of"])
def test_just_short_of_makes_a_number_approximate(words: str) -> None:
    (number,) = find_numbers(f"It paid {words} $449,000 for the work.")
    assert number.approximate and number.value == 449000


TOUR = """
story: tour
date: 2019-11-18
about: [band]
entities:
  band: {name: The Larks, aliases: [Larks], kind: team, mention_only: [the band]}
  trek: {name: Larks Reunion Tour, kind: event, mention_only: [the tour, the trek]}
places:
  ohio: {name: Ohio, aliases: [OH]}
  akron: {name: Akron, aliases: [Civic Theatre], in: ohio}
  florida: {name: Florida, aliases: [FL]}
  miami: {name: Miami, in: florida}
facts:
  - id: announced
    who: band
    what: [unveiled its plans]
    when: 2019-11-18
  - id: opens
    who: trek
    what: [kicks off]
    when: 2020-06-09
  - id: civic-stop
    who: trek
    what: [Civic Theatre]
    where: akron
    when: 2020-07-22
  - id: plays-akron
    who: trek
    what: [plays Akron]
    where: akron
  - id: offer
    who: band
    quote: We received the offer and are studying it
"""
TOUR_PUBLISHED = dt.date(2019, 11, 19)  # a Tuesday: `Monday` is the 18th


@pytest.mark.parametrize(
    "text, day",
    [
        # `plans` after a possessive or a determiner is a noun: the past verb dates the day
        ("The band unveiled its plans at its Monday night show.", dt.date(2019, 11, 18)),
        ("The band shared the plans on Monday night.", dt.date(2019, 11, 18)),
        # `plans` as a verb is still a plan: the coming Monday
        ("The band plans a show on Monday night.", dt.date(2019, 11, 25)),
    ],
)
def test_plans_after_a_possessive_is_no_future_marker(text: str, day: dt.date) -> None:
    (date,) = find_dates(text, TOUR_PUBLISHED)
    assert dt.date(date.year or 0, date.month or 0, date.day or 0) == day


GUESSED_YEAR_CASES = [
    # a month and day with no year: the year is a guess, so one year off is no clash
    ("opens", "The tour kicks off June 9 in Miami.", ("confirmed", "when.date-after-phrase")),
    ("opens", "The tour kicks off June 9th.", ("confirmed", "when.date-after-phrase")),
    (
        "civic-stop",
        "The tour stops at Civic Theatre on July 22.",
        ("confirmed", "when.date-after-phrase"),
    ),
    # still judged: another month or day, or a year written out
    ("opens", "The tour kicks off June 19 in Miami.", CLASH_AFTER),
    ("opens", "The tour kicks off June 9, 2021.", CLASH_AFTER),
    ("opens", "The tour kicks off June 9, 2019.", CLASH_AFTER),
]


@pytest.mark.parametrize("fact, text, expected", GUESSED_YEAR_CASES)
def test_a_month_and_day_without_a_year_clash_on_no_year_alone(
    fact: str, text: str, expected: tuple[str, str]
) -> None:
    assert slot_of(text, TOUR, TOUR_PUBLISHED, fact, "when") == expected


PLACE_PHRASE_CASES = [
    # a phrasing that is nothing but a place's name stands for that place only
    ("civic-stop", "AKRON, Ohio – The tour will play Miami in 2020.", UNSTATED),
    ("civic-stop", "The tour plays Miami on July 22.", UNSTATED),
    (
        "civic-stop",
        "The tour stops at Civic Theatre on July 22.",
        UNSTATED,
    ),
    # a phrasing with words of the act still takes any place in the place's stead
    ("plays-akron", "The tour plays Miami on July 22.", ("contradicted", "where.phrase-place")),
    ("plays-akron", "The tour plays Akron on July 22.", ("confirmed", "where.phrase-place")),
]


@pytest.mark.parametrize("fact, text, expected", PLACE_PHRASE_CASES)
def test_a_phrasing_that_is_only_a_place_name_is_that_place(
    fact: str, text: str, expected: tuple[str, str]
) -> None:
    assert slot_of(text, TOUR, TOUR_PUBLISHED, fact, "where") == expected


SCHEDULE = (
    "The Larks announced the dates of the Larks Reunion Tour on Monday.\n\n"
    "June 9 – Miami, FL @ Arena One\n"
    "July 22 – Akron, OH @ Civic Theatre\n"
    "July 26 – Miami, FL @ Arena Two\n"
    "Aug. 2 -- Miami, FL @ Arena Three\n"
)


def test_a_schedule_is_no_hard_wrapped_text() -> None:
    texts = [s.text for s in split_sentences(SCHEDULE)]
    assert texts[1:] == [line for line in SCHEDULE.split("\n")[2:] if line]
    # each entry's date and place are its own: the next entry's (`July 26 – Miami`) are not
    # read as the stop's
    assert slot_of(SCHEDULE, TOUR, TOUR_PUBLISHED, "civic-stop", "what")[0] == "confirmed"
    assert slot_of(SCHEDULE, TOUR, TOUR_PUBLISHED, "civic-stop", "when") == UNSTATED
    assert slot_of(SCHEDULE, TOUR, TOUR_PUBLISHED, "civic-stop", "where") == UNSTATED


def test_hard_wrapped_text_is_still_joined() -> None:
    wrapped = "The band will tour\nnext year with\nnew songs and\nold ones from\nthe first album.\n"
    assert len(split_sentences(wrapped)) == 1


QUOTE_CASES = [
    # `have` added or dropped before a past form: the same words in another tense
    ("The band said: “we have received the offer and are studying it.”", "confirmed"),
    ("The band said: “We received the offer and are studying it.”", "confirmed"),
    # still a misquote: another verb, or `have` before no past form
    ("The band said: “We have rejected the offer and are studying it.”", "contradicted"),
    ("The band said: “We received the offer and have studying it.”", "contradicted"),
]


@pytest.mark.parametrize("text, expected", QUOTE_CASES)
def test_a_perfect_auxiliary_is_no_misquote(text: str, expected: str) -> None:
    assert slot_of(text, TOUR, TOUR_PUBLISHED, "offer", "quote")[0] == expected


ORDER = """
story: order
date: 2019-11-20
about: [sundar, hale]
entities:
  sundar: {name: Sundar Air, kind: organisation}
  hale: {name: Dana Hale, aliases: [Hale], kind: person}
places: {}
facts:
  - id: jets-ordered
    who: sundar
    what: [Vantor 350 jets]
    count: 30
  - id: titles
    who: hale
    what: [league titles over two spells]
    count: 3
  - id: jailed
    who: hale
    what: [jailed for years]
    count: 7
"""

WRITTEN_CASES = [
    # a number the fact's phrasing writes (a model, a word of its wording) is no count inside it:
    # the number before the phrase is the count
    (
        "Sundar Air inks order for 30 Vantor 350 jets.",
        "jets-ordered",
        ("confirmed", "count.number-before-phrase"),
    ),
    (
        "Sundar Air inks order for 40 Vantor 350 jets.",
        "jets-ordered",
        ("contradicted", "count.number-before-phrase"),
    ),
    (
        "Hale won three league titles over two spells at Rovers.",
        "titles",
        ("confirmed", "count.number-before-phrase"),
    ),
    # no number of its own: the phrasing's number is not judged
    ("Sundar Air inks order for Vantor 350 jets.", "jets-ordered", UNSTATED),
    # a number inside the phrase that the phrasing does not write is still its count
    (
        "Hale was jailed for nine years on Monday.",
        "jailed",
        ("contradicted", "count.number-inside-phrase"),
    ),
    (
        "Hale was jailed for seven years on Monday.",
        "jailed",
        ("confirmed", "count.number-inside-phrase"),
    ),
]


@pytest.mark.parametrize("text, fact, expected", WRITTEN_CASES)
def test_a_number_the_phrasing_writes_is_no_count_inside_it(
    text: str, fact: str, expected: tuple[str, str]
) -> None:
    assert slot_of(text, ORDER, PLEA_PUBLISHED, fact, "count") == expected


BLOW = """
story: blow
date: 2019-11-14
about: [morrow]
entities:
  morrow: {name: Dale Morrow, aliases: [Morrow], kind: person}
  voss: {name: Ian Voss, aliases: [Voss], kind: person}
  carter: {name: Lee Carter, aliases: [Carter], kind: person}
places: {}
facts:
  - id: hit
    who: morrow
    what: [hit Voss in the head]
    when: 2019-11-14
  - id: shoved
    who: morrow
    what: [shoved]
    when: 2019-11-14
"""

NAMED_OBJECT_CASES = [
    # the entity the phrase acts on is one the phrase itself names: the fact's own object
    ("Morrow hit Voss in the head with Voss's helmet on Thursday.", "hit", ("consistent", "")),
    ("Morrow hit Voss in the head with Voss's helmet on Friday.", "hit", ("contradicted", "when")),
    # another entity after the phrase, one it does not name: another event, as before
    ("Morrow hit Voss in the head with Carter's helmet on Friday.", "hit", ("omitted", "")),
    ("Morrow shoved Voss on Friday.", "shoved", ("omitted", "")),
]


@pytest.mark.parametrize("text, fact, expected", NAMED_OBJECT_CASES)
def test_an_object_the_phrase_names_is_the_facts_own(
    text: str, fact: str, expected: tuple[str, str]
) -> None:
    results = {r.fact: r for r in check_on(text, BLOW, PLEA_PUBLISHED)}
    clashes = ",".join(s.slot for s in results[fact].slots if s.status == "contradicted")
    assert (results[fact].status, clashes) == expected


PROBE = """
story: probe
date: 2019-11-18
about: [orbis]
entities:
  orbis: {name: Orbis Space Agency, aliases: [Orbis], kind: organisation}
  vantor: {name: Vantor Aerospace, aliases: [Vantor], kind: organisation}
places: {}
facts:
  - id: examined
    who: orbis
    what: [examined the probe]
    when: 2019
"""

OWN_STAFF_CASES = [
    # `said that` and the name's own people as the subject: the name's act through its staff
    ("Orbis said Monday that its researchers examined the probe.", ("consistent", "")),
    ("Orbis said that its engineers examined the probe.", ("consistent", "")),
    ("Orbis said that its researchers examined the probe in 2018.", ("contradicted", "when")),
    # the date before `that` is the saying's: not the act's
    ("Orbis said on Tuesday that its researchers examined the probe.", ("consistent", "")),
    # any other subject after `said that` keeps the clause its own
    ("Orbis said that the researchers examined the probe.", ("omitted", "")),
    ("Orbis said that Vantor's researchers examined the probe.", ("omitted", "")),
    ("Orbis said that its partners examined the probe in 2018.", ("omitted", "")),
]


@pytest.mark.parametrize("text, expected", OWN_STAFF_CASES)
def test_said_that_its_own_staff_did_it(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, PROBE, PLEA_PUBLISHED) == expected


LAUNCH = """
story: launch
date: 2019-11-19
about: [orbis]
entities:
  orbis: {name: Orbis Play, aliases: [Orbis], kind: product}
  helix: {name: Helix Games, aliases: [Helix], kind: organisation}
  kim: {name: Kim Jong Un, aliases: [Kim], kind: person}
  sentra: {name: Vela Sedan, aliases: [Vela], kind: product}
places: {}
facts:
  - id: launched
    who: orbis
    what: [launched, launches]
    when: 2019-11-19
  - id: allowed
    who: helix
    what: [will be allowed to play her old songs]
    when: 2019-11-18
  - id: visit
    who: kim
    what: [will visit Vladivostok]
    when: 2019-11-18
  - id: more-power
    who: sentra
    what: [improvement]
    count: 20
    unit: "%"
"""
LAUNCH_PUBLISHED = dt.date(2019, 11, 19)
CLASH_AFTER_PHRASE = ("contradicted", "when.date-after-phrase")
BEFORE_PHRASE = "count.number-before-phrase"

OTHER_SUBJECT_CASES = [
    # a time clause's own subject right before the phrase: that subject's act
    (
        "launched",
        "when",
        "If Orbis gets to over 100 games by the time the free tier launches next year, it wins.",
        UNSTATED,
    ),
    ("launched", "when", "Orbis adds games until the new service launches next year.", UNSTATED),
    # still judged: the name's own act, or the name as the time clause's subject
    ("launched", "when", "Orbis launches next year.", CLASH_AFTER_PHRASE),
    (
        "launched",
        "when",
        "Helix adds games by the time Orbis launches next year.",
        CLASH_AFTER_PHRASE,
    ),
    ("launched", "when", "Orbis launched on Tuesday.", FITS_AFTER),
    # `she`/`he` reported by a name that is no person's: another person's act
    (
        "allowed",
        "when",
        "Helix, says she will be allowed to play her old songs at the awards on Sunday.",
        UNSTATED,
    ),
    (
        "allowed",
        "when",
        "Helix said that she will be allowed to play her old songs at the awards on Sunday.",
        UNSTATED,
    ),
    # still judged: the name's own act, and a person's `he`, who may be the person himself
    (
        "allowed",
        "when",
        "Helix will be allowed to play her old songs at the awards on Sunday.",
        CLASH_AFTER_PHRASE,
    ),
    ("visit", "when", "Kim says he will visit Vladivostok on Sunday.", CLASH_AFTER_PHRASE),
    # two numbers before the phrase paired by `respectively`: one value of two, never a clash
    (
        "more-power",
        "count",
        "Vela says the engine is a 20% and 16% improvement respectively.",
        ("confirmed", BEFORE_PHRASE),
    ),
    (
        "more-power",
        "count",
        "Vela says the engine is a 25% and 16% improvement respectively.",
        UNSTATED,
    ),
    # still judged: no `respectively`, or one number
    (
        "more-power",
        "count",
        "Vela says the engine is a 20% and 16% improvement.",
        ("contradicted", BEFORE_PHRASE),
    ),
    (
        "more-power",
        "count",
        "Vela says the engine is a 16% improvement.",
        ("contradicted", BEFORE_PHRASE),
    ),
]


@pytest.mark.parametrize("fact, slot, text, expected", OTHER_SUBJECT_CASES)
def test_another_subject_or_a_paired_number(
    fact: str, slot: str, text: str, expected: tuple[str, str]
) -> None:
    assert slot_of(text, LAUNCH, LAUNCH_PUBLISHED, fact, slot) == expected


CONCEPT = """
story: concept
date: 2019-11-20
about: [vizzion]
entities:
  vizzion: {name: ID. Space Vizzion, kind: product}
places: {}
facts:
  - id: seventh
    who: vizzion
    what: [EV to use the platform]
    count: 7
    ordinal: true
"""
VIZZION = ("ID. Space Vizzion",)

DOTTED_NAME_CASES = [
    # a full stop inside a name the facts write, in any case: no sentence ends there
    ("The VW ID. SPACE VIZZION is the seventh EV to use the platform.", VIZZION, 1),
    ("A wagon called the ID. Space Vizzion Concept. It has a 275-hp motor.", VIZZION, 2),
    # other full stops still end their sentences
    ("The VW ID. SPACE VIZZION is the seventh EV to use the platform.", (), 2),
    ("He showed his ID. Police let him in.", VIZZION, 2),
    ("The ID. Buzz is another model.", VIZZION, 2),
    ("The ID. Space Vizzions are concepts.", VIZZION, 2),
]


@pytest.mark.parametrize("text, names, count", DOTTED_NAME_CASES)
def test_a_full_stop_inside_a_name_ends_no_sentence(
    text: str, names: tuple[str, ...], count: int
) -> None:
    assert len(split_sentences(text, names=names)) == count


def test_a_name_with_a_full_stop_is_found_whole() -> None:
    text = "Add a motor. The VW ID. SPACE VIZZION is the seventh EV to use the platform."
    assert slot_of(text, CONCEPT, dt.date(2019, 11, 20), "seventh", "count") == (
        "confirmed",
        "count.number-before-phrase",
    )
    edited = text.replace("seventh", "eighth")
    assert slot_of(edited, CONCEPT, dt.date(2019, 11, 20), "seventh", "count")[0] == "contradicted"
