"""Case table: a known name after `in`/`of`/`at` between a phrase's words (`Shares in Corvid
Air jumped`, `Profit at the carrier rose`, `The filming of Moonrise finished`) owns the phrase's
noun: the phrase runs across it and the name is its subject. Near-misses: the name owning
another noun (`Shares in Corvid Air's rival`), another known entity there, an unknown name, a
word between the name and the phrase's next word."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

RESULTS = """
story: corvid-results
date: 2025-07-24
about: [corvid]
entities:
  corvid: {name: Corvid Air, aliases: [Corvid], kind: organisation, mention_only: [the carrier]}
  skylark: {name: Skylark Airways, aliases: [Skylark], kind: organisation}
places: {}
facts:
  - id: shares
    who: corvid
    what: [shares rose, shares jumped]
    count: 8
    unit: "%"
    when: 2025-07-24
  - id: profit
    who: corvid
    what: [profit rose]
    count: 31
    unit: "%"
"""
FILM = """
story: moonrise-shoot
about: [moonrise]
entities:
  moonrise: {name: Moonrise, kind: product, mention_only: [the film]}
places: {}
facts:
  - id: finished
    who: moonrise
    what: [filming finished]
    when: 1995-08
"""
PUBLISHED = dt.date(2025, 7, 25)


def verdict(text: str, story: str, fact: str) -> tuple[str, str]:
    for result in check_on(text, story, PUBLISHED):
        if result.fact == fact:
            clashes = ",".join(s.rule for s in result.slots if s.status == "contradicted")
            return result.status, clashes
    raise AssertionError(fact)


OMITTED = ("omitted", "")
FITS = ("consistent", "")

CASES = [
    ("Shares in Corvid Air jumped 8% on Thursday.", RESULTS, "shares", FITS),
    (
        "Shares in Corvid Air jumped 8% on Wednesday.",
        RESULTS,
        "shares",
        ("contradicted", "named/when.date-after-phrase"),
    ),
    (
        "Shares in the carrier rose 5 per cent yesterday.",
        RESULTS,
        "shares",
        ("contradicted", "named/count.measure-after-phrase"),
    ),
    ("The shares of Corvid rose 8% on Thursday.", RESULTS, "shares", FITS),
    (
        "Profit at Corvid rose 25% in the quarter.",
        RESULTS,
        "profit",
        ("contradicted", "named/count.measure-after-phrase"),
    ),
    ("The filming of Moonrise finished in August 1995.", FILM, "finished", FITS),
    (
        "The filming of Moonrise finished in August 1895.",
        FILM,
        "finished",
        ("contradicted", "named/when.date-after-phrase"),
    ),
    # the name owns another noun, another known entity, an unknown name
    ("Shares in Corvid Air's rival jumped 5% on Thursday.", RESULTS, "shares", OMITTED),
    ("Shares in Skylark jumped 5% on Wednesday.", RESULTS, "shares", OMITTED),
    ("Shares in Aer Lingus jumped 5% on Wednesday.", RESULTS, "shares", OMITTED),
    # a word between the name and the phrase's next word
    ("Shares in Corvid Air also jumped 5% on Wednesday.", RESULTS, "shares", OMITTED),
    ("Shares in Corvid Air and Skylark jumped 5% on Wednesday.", RESULTS, "shares", OMITTED),
]


@pytest.mark.parametrize("text, story, fact, expected", CASES)
def test_a_name_inside_the_phrase_owns_it(
    text: str, story: str, fact: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, story, fact) == expected
