"""Case table of year shapes: years before 1900 after `in`/`since` (`began in 1815`), a date
fronted after `In` (`In 1940, Albert S. Ruddy is born`), a year after `a` before a capitalised
word (`is a 2004 British comedy drama film`) and the date of a name of birth in brackets (`Anne
Rice (born Howard Allen Frances O'Brien; October 4, 1941)`). Each shape: sentences that must
confirm or clash, and near-misses, one for each guard, that must not be read or judged."""

from __future__ import annotations

import datetime as dt

import pytest
from cases import check_on

from factcheck.text.dates import find_dates

MILL = """
story: mill
about: [mill]
entities:
  mill: {name: Acme Mill}
  smith: {name: John Smith}
places: {}
facts:
  - id: mill-founded
    who: mill
    what: [founded]
    when: 1886
"""
RUDDY = """
story: ruddy
about: [ruddy]
entities:
  ruddy: {name: Albert S. Ruddy, aliases: [Ruddy]}
places: {}
facts:
  - id: ruddy-born
    who: ruddy
    what: [born]
    when: 1930-03-28
"""
T2 = """
story: t2
about: [t2]
entities:
  t2: {name: T2 Trainspotting, aliases: [T2]}
places: {}
facts:
  - id: t2-film
    who: t2
    what: [comedy drama film, released]
    when: 2017
"""
RICE = """
story: rice
about: [rice]
entities:
  rice: {name: Anne Rice, aliases: [Howard Allen Frances O'Brien]}
places: {}
facts:
  - id: rice-born
    who: rice
    what: [born]
    when: 1941-10-04
"""
MACMILLAN = """
story: macmillan
about: [macmillan]
entities:
  macmillan: {name: Harold Macmillan, aliases: [Macmillan]}
places: {}
facts:
  - id: macmillan-died
    who: macmillan
    what: [died]
    when: 1986-12-29
"""
PUBLISHED = dt.date(2016, 11, 10)


def when_of(text: str, story: str) -> tuple[str, str, str]:
    """The fact's status, the status of its `when` slot and that slot's rule path."""
    (result,) = check_on(text, story, PUBLISHED)
    (when,) = [s for s in result.slots if s.slot == "when"]
    return result.status, when.status, when.rule or ""


NOT_JUDGED = ("consistent", "unstated", "")


def years(text: str) -> list[tuple[str, int | None]]:
    """The text and year of every date read in ``text``."""
    return [(d.text, d.year) for d in find_dates(text, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Moonlight 's filming began in 1815 .", [("1815", 1815)]),
        ("The club has played there since 1886.", [("1886", 1886)]),
        ("It was built in 1066 AD.", [("1066", 1066)]),
        ("In 1815, the war ended.", [("1815", 1815)]),
        ("It was founded in 1886 by John Smith.", [("1886", 1886)]),
        # a year joined to one so read is a year too
        ("It was rebuilt in 1814 and 1816.", [("1814", 1814), ("1816", 1816)]),
        (
            "It was rebuilt in 1814, 1815 and 1816.",
            [("1814", 1814), ("1815", 1815), ("1816", 1816)],
        ),
        ("It was rebuilt in 1815 and 1901.", [("1815", 1815), ("1901", 1901)]),
        # no `in`/`since` before it
        ("The mill, founded 1815, closed.", []),
        ("Sales rose by 1500.", []),
        # a life span
        ("John Smith (1815 – 1890) founded it.", []),
        ("The curfew runs until 1800.", []),
        ("The church dates from 1200 to 1500.", []),
        ("The church was built c. 1500.", []),
        # what the number counts, or its unit, follows it
        ("She won in 1500 metres.", []),
        ("He worked in 1500 homes.", []),
        ("It was rebuilt in 1200 to 1500 homes.", []),
        ("It opened in 1886 Napoleon said.", []),
        # a decade, a range, a compound, a year before Christ, a currency
        ("It was built in 1880 's.", []),
        ("It was played in 1815-16.", []),
        ("It opened in 1500-seat halls.", []),
        ("It was built in 1200 BC.", []),
        ("It was sold in £1500 lots.", []),
    ],
)
def test_years_before_1900(text: str, expected: list[tuple[str, int]]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Acme Mill was founded in 1815.", ("contradicted", "contradicted", "year-before-1900")),
        ("Acme Mill was founded in 1886.", ("consistent", "confirmed", "year-before-1900")),
        ("In 1815 , Acme Mill was founded .", ("contradicted", "contradicted", "year-before-1900")),
        # coordinated years: one that fits is enough; a list none of which fits tells other
        # times of the act (`tests/test_when_cases.py`), not judged
        ("Acme Mill was founded in 1885 and 1886.", ("consistent", "confirmed", "coordinated")),
        ("Acme Mill was founded in 1884 and 1885.", NOT_JUDGED),
        # a year of another event in the sentence, a `since` year: not the founding's
        (
            "Acme Mill, which has stood since 1815, was founded in 1886.",
            ("consistent", "confirmed", "year-before-1900"),
        ),
        (
            "Acme Mill, whose owner was born in 1815, was founded in 1886.",
            ("consistent", "confirmed", "year-before-1900"),
        ),
        ("Acme Mill was founded on land farmed since 1815.", NOT_JUDGED),
        # before the phrase and not fronted: a date standing there is only doubtful
        ("In 1815 the town's Acme Mill was founded.", ("consistent", "doubtful", "date-before")),
    ],
)
def test_a_year_before_1900_dates_the_phrase(text: str, expected: tuple[str, str, str]) -> None:
    status, slot, rule = when_of(text, MILL)
    assert (status, slot) == expected[:2]
    assert expected[2] in rule


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 1940 , Albert S. Ruddy is born .", ("contradicted", "contradicted")),
        ("In 1930 , Albert S. Ruddy is born .", ("consistent", "confirmed")),
        ("In March 1930, Ruddy was born in Montreal.", ("consistent", "confirmed")),
        ("in 1940, Ruddy was born.", ("contradicted", "contradicted")),
        # a reporting verb between: the year is the saying's
        ("In 1940, a report said Ruddy was born in secret.", NOT_JUDGED[:2]),
        # a clause break after the comma
        ("In 1940, after the war, Ruddy was born.", NOT_JUDGED[:2]),
        # a word before `In`: no fronted date
        ("Then in 1940, Ruddy was born.", NOT_JUDGED[:2]),
        # no comma: a year followed by a capitalised word, maybe a name's
        ("In 1940 Ruddy was born.", NOT_JUDGED[:2]),
    ],
)
def test_a_date_fronted_after_in(text: str, expected: tuple[str, str]) -> None:
    status, slot, rule = when_of(text, RUDDY)
    assert (status, slot) == expected
    if slot != "unstated":
        assert rule.endswith("when.date-fronted-in")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("T2 Trainspotting is a 2004 British comedy drama film .", ("consistent", "doubtful")),
        ("T2 Trainspotting is a 2017 British comedy drama film .", ("consistent", "confirmed")),
        # no `a` before the year: it may name a thing
        ("T2 is the 2004 Edinburgh comedy drama film .", NOT_JUDGED[:2]),
        # after the phrase: `a 2004 British ...` is what the act is about, a thing of its own
        ("T2 was released with a 2004 British cast.", NOT_JUDGED[:2]),
        ("T2 was released at the 2004 Edinburgh Festival.", NOT_JUDGED[:2]),
    ],
)
def test_a_year_after_a_before_a_capitalised_word(text: str, expected: tuple[str, str]) -> None:
    status, slot, rule = when_of(text, T2)
    assert (status, slot) == expected
    if slot != "unstated":
        assert rule.endswith("when.date-before-phrase")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Anne Rice -LRB- born Howard Allen Frances O'Brien ; October 4 , 1997 -RRB- is an "
            "American author .",
            ("contradicted", "contradicted"),
        ),
        (
            "Anne Rice (born Howard Allen Frances O'Brien; October 4, 1941) is an American author.",
            ("consistent", "confirmed"),
        ),
        # no bracket around it
        (
            "Anne Rice was born Howard Allen Frances O'Brien; October 4, 1997 was a Friday.",
            NOT_JUDGED[:2],
        ),
        # the date does not close the bracket (a life span is read as one: test_life_spans.py)
        (
            "Anne Rice (born Howard Allen Frances O'Brien; October 4, 1997 in New Orleans) "
            "was an author.",
            NOT_JUDGED[:2],
        ),
        # not a name between `born` and the semicolon
        ("Anne Rice (born in New Orleans; October 4, 1997) is an author.", NOT_JUDGED[:2]),
        ("Anne Rice (born Howard Allen Frances O'Brien; died October 4, 1997).", NOT_JUDGED[:2]),
        # the bracket does not open right before `born`
        (
            "Anne Rice (author born Howard Allen Frances O'Brien; October 4, 1997) wrote.",
            NOT_JUDGED[:2],
        ),
        # a year alone is no such date
        ("Anne Rice (born Howard Allen Frances O'Brien; 1997) is an author.", NOT_JUDGED[:2]),
    ],
)
def test_the_date_of_a_name_of_birth(text: str, expected: tuple[str, str]) -> None:
    status, slot, rule = when_of(text, RICE)
    assert (status, slot) == expected
    if slot != "unstated":
        assert rule.endswith("when.date-after-birth-name")


def test_the_date_of_a_name_is_of_birth_only() -> None:
    """Another phrase before the name and the date (`renamed`): not judged."""
    story = RICE.replace("what: [born]", "what: [renamed]")
    text = "Anne Rice (renamed Howard Allen Frances O'Brien; October 4, 1997) is an author."
    assert when_of(text, story) == NOT_JUDGED


def test_a_life_span_in_brackets_is_never_the_phrase_date() -> None:
    """The birth date of a life span stands before the phrase past a bracket: not judged."""
    text = "Harold Macmillan (10 February 1894 – 29 December 1886) died in London."
    assert when_of(text, MACMILLAN) == NOT_JUDGED
