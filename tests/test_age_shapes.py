"""Ages in apposition (`Donald Collett, 62,`) and before the name (`63-year-old Robert Huxley`),
for facts whose `what` is an age phrase; ages that are another's; and the numbers of a part of
the whole (`Three men and a woman were named`, `among the dead`).

Case tables: what each shape finds, what it must not judge, and the rule path of a clash.
"""

from __future__ import annotations

import datetime as dt

import pytest
from cases import check_on

STORY = """
story: victims-2016
date: 2016-11-12
about: [collett, driver, victims, crash]
entities:
  collett: {name: Donald Collett, aliases: [Collett, Mr Collett]}
  logan: {name: Philip Logan, aliases: [Logan]}
  driver: {name: tram driver, aliases: [driver]}
  tram: {name: tram}
  victims: {name: victims, aliases: [the dead, people]}
  crash: {name: tram crash, aliases: [crash], kind: event}
places:
  croydon: {name: Croydon}
facts:
  - id: collett-aged
    who: collett
    what: [year-old, aged]
    count: 62
  - id: driver-aged
    who: driver
    what: [year-old, aged]
    count: 42
  - id: collett-trips
    who: collett
    what: [trips abroad]
    count: 5
  - id: men-killed
    who: victims
    what: [men]
    count: 6
  - id: bodies-recovered
    who: crash
    what: [bodies]
    count: 7
"""


def verdict(text: str, fact: str) -> tuple[str, str]:
    """The fact's status on ``text`` and its count slot's rule (a clash's with its path)."""
    results = {r.fact: r for r in check_on(text, STORY, dt.date(2016, 11, 12))}
    result = results[fact]
    count = next(s for s in result.slots if s.slot == "count")
    return result.status, count.rule


APPOSED = ("consistent", "count.age-apposition")
APPOSED_CLASH = ("contradicted", "named/count.age-apposition")
OMITTED = ("omitted", "")


@pytest.mark.parametrize(
    "text, fact, expected",
    [
        # the age between commas right after the name, and its closing shapes
        ("Donald Collett, 62, of Croydon, died.", "collett-aged", APPOSED),
        ("Donald Collett, 61, of Croydon, died.", "collett-aged", APPOSED_CLASH),
        ("The driver, 42, was released on bail.", "driver-aged", APPOSED),
        ("The driver, 41, was released on bail.", "driver-aged", APPOSED_CLASH),
        ("Police named him as Donald Collett, 61.", "collett-aged", APPOSED_CLASH),
        ("Donald Collett, 61 - a grandfather - died.", "collett-aged", APPOSED_CLASH),
        ("Donald Collett, 61 from Croydon died.", "collett-aged", APPOSED_CLASH),
        # a list: each age to its own name
        ("Collett, 62, and Logan, 58, died.", "collett-aged", APPOSED),
        ("Logan, 58, and Collett, 62, died.", "collett-aged", APPOSED),
        ("Logan, 62, and Collett, 58, died.", "collett-aged", APPOSED_CLASH),
        ("Collett, 62; Logan, 52, and the driver, 42, died.", "driver-aged", APPOSED),
        # the name is the complement of another noun: the age may be either's, it only confirms
        ("The driver of a tram, 42 from Beckenham, was arrested.", "driver-aged", APPOSED),
        ("The driver of a tram, 43 from Beckenham, was arrested.", "driver-aged", OMITTED),
        ("The son of Donald Collett, 30, said he was devastated.", "collett-aged", OMITTED),
        ("The son of Donald Collett, 62, said he was devastated.", "collett-aged", APPOSED),
        # not an age: a number of something else, a list of numbers, no closing mark, too old
        ("In Croydon, 61 people died.", "collett-aged", OMITTED),
        ("Collett, 61 years after the war, died.", "collett-aged", OMITTED),
        ("Collett, 61 people said, was kind.", "collett-aged", OMITTED),
        ("Collett, 61, 64 and 70 were his numbers.", "collett-aged", OMITTED),
        ("Collett, 61%, agreed.", "collett-aged", OMITTED),
        ("Collett, 6.1, agreed.", "collett-aged", OMITTED),
        ("Collett, 161, agreed.", "collett-aged", OMITTED),
        # their words, not the article's: it only confirms
        ('"Collett, 61, was a lovely man," a neighbour said.', "collett-aged", OMITTED),
        ('"Collett, 62, was a lovely man," a neighbour said.', "collett-aged", APPOSED),
    ],
)
def test_an_age_in_apposition(text: str, fact: str, expected: tuple[str, str]) -> None:
    assert verdict(text, fact) == expected


def test_only_an_age_fact_reads_an_apposed_number() -> None:
    assert verdict("Collett, 3, was there.", "collett-trips") == OMITTED
    assert verdict("Collett, 3, was there.", "collett-aged") == APPOSED_CLASH


BEFORE = ("consistent", "count.age-before-name")
BEFORE_CLASH = ("contradicted", "named/count.age-before-name")


@pytest.mark.parametrize(
    "text, fact, expected",
    [
        # the name right after the age is its subject, whatever names stand before
        ("They are Logan, 52, and 62-year-old Donald Collett.", "collett-aged", BEFORE),
        ("They are Logan, 52, and 61-year-old Donald Collett.", "collett-aged", BEFORE_CLASH),
        # an apposed age before it is another's, not coordinated with it
        ("They are Logan, 62, and 52-year-old Donald Collett.", "collett-aged", BEFORE_CLASH),
        ("The 42-year-old driver was arrested.", "driver-aged", BEFORE),
        ("The 40-year-old driver was arrested.", "driver-aged", BEFORE_CLASH),
        # the age of another name after it, or of a noun after a preposition or an owner
        ("Collett met the 40-year-old driver.", "collett-aged", OMITTED),
        ("Collett was treated by a 61-year-old doctor.", "collett-aged", OMITTED),
        ("Collett and his 30-year-old son died.", "collett-aged", OMITTED),
        ("Collett's 30-year-old son was named.", "collett-aged", OMITTED),
        # the subject's own age before a noun that is his
        ("Collett, a 62-year-old grandfather, died.", "collett-aged", ("consistent", "")),
    ],
)
def test_an_age_before_the_name(text: str, fact: str, expected: tuple[str, str]) -> None:
    status, rule = verdict(text, fact)
    assert status == expected[0]
    if expected[1]:
        assert rule == expected[1]


NOT_JUDGED = ("omitted", "")
CLASH = ("contradicted", "named/count.number-before-phrase")


@pytest.mark.parametrize(
    "text, fact, expected",
    [
        # the number counts those named or identified so far: a part, it only confirms
        ("Three men and a woman were named among the dead.", "men-killed", NOT_JUDGED),
        ("Three men were named as victims by the people of Croydon.", "men-killed", NOT_JUDGED),
        (
            "The crash shocked Croydon. Four bodies have now been identified.",
            "bodies-recovered",
            ("omitted", ""),
        ),
        (
            "Six men and a woman were named as the dead.",
            "men-killed",
            ("consistent", "count.number-before-phrase"),
        ),
        # `among` the subject: a part of it
        ("Three men were among the dead.", "men-killed", NOT_JUDGED),
        # `remaining` before the number: a part
        ("The remaining three men were the dead of Croydon.", "men-killed", NOT_JUDGED),
        # the same numbers of the whole are judged
        ("The dead were three men and a woman.", "men-killed", CLASH),
        # `people` in a closing attribution reports the sentence: it is no subject of `men`
        ("Three men and a woman died, the people of Croydon said.", "men-killed", NOT_JUDGED),
        (
            "The crash shocked Croydon. Four bodies were recovered.",
            "bodies-recovered",
            ("contradicted", "implied/count.number-before-phrase"),
        ),
    ],
)
def test_a_part_of_the_count(text: str, fact: str, expected: tuple[str, str]) -> None:
    status, rule = verdict(text, fact)
    assert status == expected[0]
    if expected[1]:
        assert rule.endswith(expected[1])
