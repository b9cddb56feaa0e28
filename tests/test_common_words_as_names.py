"""Case table: a lower-case word that only the stemming makes a one-word proper name is a
common word, not the name (`love trumps hate` is no mention of Trump, so the age of the woman
holding the banner is not his); so is the name's own spelling in lower case with neither a
title nor a possessive (`the early backer`, `three weeks later`, for the names Early and Weeks).
The name written as the fact file writes it, with a capital, a possessive or a title before it
(`President trump`), stays the name; so does any word of a sentence written all in lower case, and a
word that a lower-case description of the story spells (`the ranger` of a story that also
names the Rangers)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

STORY = """
story: visit
date: 2019-11-16
about: [trump]
entities:
  trump: {name: Donald Trump, aliases: [Trump], kind: person}
  warden: {name: the park warden, aliases: [ranger], kind: person}
  rangers: {name: Rangers, kind: team}
places: {}
facts:
  - id: age
    who: trump
    what: [years old]
    count: 73
  - id: warden-age
    who: warden
    what: [years old]
    count: 51
"""
PUBLISHED = dt.date(2019, 11, 18)

NOT_THE_NAME = [
    # a verb: `trumps` is the name's word only through the stemming, and is in lower case
    "Experience trumps youth for the coach, who is 30 years old.",
    "Safety trumps style, says the designer, who is 30 years old.",
]

STILL_THE_NAME = [
    "Trump is 75 years old.",
    "President trump is 75 years old.",  # written as the name is, but for its case
    "Trumps is 75 years old, the caption says.",  # a capital: a name, whatever its ending
    "At 75 years old, trump's health is in question.",  # the name and a possessive
    "trumps is 75 years old, the all-lower-case post says.",  # a sentence in one case
]


@pytest.mark.parametrize("text", NOT_THE_NAME)
def test_a_lower_case_word_that_only_stemming_makes_the_name_is_no_mention(text: str) -> None:
    assert verdict(text, STORY, PUBLISHED, "age") == ("omitted", "")


@pytest.mark.parametrize("text", STILL_THE_NAME)
def test_the_name_as_written_stays_the_name(text: str) -> None:
    assert verdict(text, STORY, PUBLISHED, "age") == ("contradicted", "count")


def test_a_lower_case_description_of_the_story_is_still_found() -> None:
    # `ranger` is a description of the warden, though `Rangers` is another entity's name
    assert verdict("The ranger is 60 years old.", STORY, PUBLISHED, "warden-age") == (
        "contradicted",
        "count",
    )


EARLY = """
story: launch
date: 2019-11-19
about: [early]
entities:
  early: {name: Chris Early, aliases: [Early], kind: person}
  weeks: {name: Timothy Weeks, aliases: [Weeks], kind: person}
places: {}
facts:
  - id: age
    who: early
    what: [years old]
    count: 51
  - id: weeks-age
    who: weeks
    what: [years old]
    count: 50
"""

COMMON_SPELLING = [
    # the name's own spelling in lower case, with no title or possessive: an English word
    ("Three weeks later he said the early adopter was 30 years old.", "age"),
    ("The early backer is 30 years old.", "age"),
    ("It took weeks before the teacher, 30 years old, was freed.", "weeks-age"),
]
NAME_SPELLING = [
    ("Early is 30 years old.", "age"),
    ("Ubisoft's Early is 30 years old.", "age"),
    ("Professor weeks is 30 years old.", "weeks-age"),  # a title before it
    ("At 30 years old, weeks's release was a relief.", "weeks-age"),  # a possessive
]


@pytest.mark.parametrize("text, fact", COMMON_SPELLING)
def test_a_name_s_spelling_in_lower_case_is_a_common_word(text: str, fact: str) -> None:
    assert verdict(text, EARLY, PUBLISHED, fact) == ("omitted", "")


@pytest.mark.parametrize("text, fact", NAME_SPELLING)
def test_a_capital_a_title_or_a_possessive_keeps_the_name(text: str, fact: str) -> None:
    assert verdict(text, EARLY, PUBLISHED, fact) == ("contradicted", "count")
