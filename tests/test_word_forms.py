"""Light morphology: a curator lists a meaning once, and its other forms are found."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, check_article, parse_story
from factcheck.match import stem

STORY = """
story: tram-2016
about: [tram]
entities:
  tram: {name: tram}
places: {}
facts:
  - id: derailed
    who: tram
    what: derailed
  - id: arrived
    who: tram
    what: arrived at the depot
  - id: died
    who: tram
    what: died
"""


@pytest.mark.parametrize(
    "a, b",
    [
        ("derailment", "derailed"),
        ("derailments", "derails"),
        ("arrival", "arrived"),
        ("arrivals", "arriving"),
        ("refusal", "refused"),
        ("proposal", "proposes"),
        ("approval", "approved"),
        ("government", "governed"),
        ("died", "dying"),
        ("dies", "die"),
        # a consonant doubled before `-ed` or `-ing` is undone
        ("topped", "top"),
        ("planned", "planning"),
        ("admitted", "admit"),
        ("winning", "win"),
    ],
)
def test_derived_forms_share_a_stem(a: str, b: str) -> None:
    assert stem(a) == stem(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("comment", "come"),  # too short to be a derived noun
        ("payment", "pay"),
        ("moment", "mo"),
        ("hospital", "hospit"),  # `-al` only after -iv, -ov, -os, -us
        ("added", "ad"),  # `d`, `l`, `s` stay doubled: verbs end in them twice
        ("filled", "fil"),
        ("passed", "pas"),
    ],
)
def test_short_or_other_words_keep_their_ending(a: str, b: str) -> None:
    assert stem(a) != stem(b)


@pytest.mark.parametrize(
    "text, fact",
    [
        ("The derailment of the tram happened at 6am.", "derailed"),
        ("The tram's arrival at the depot was delayed.", "arrived"),
        ("The tram driver is dying.", "died"),
    ],
)
def test_a_phrase_is_found_in_its_derived_form(text: str, fact: str) -> None:
    article = Article("a.md", "a.md", text, published=dt.date(2016, 11, 9))
    results = {r.fact: r for r in check_article(article, [parse_story(STORY, "s.yaml")])}
    assert results[fact].status == "consistent"
