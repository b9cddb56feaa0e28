"""Case table: the `who`'s own denial of its act, reported by the article, is that party's
account, not the article's denial (`Smith, who denied murdering his wife, was found guilty`,
`The RSF said it had not violated the ceasefire`): not judged. A denial the article states in
its own words is judged.

Written before the rule, the first rows (a court report's `who denied murdering his wife`, a
side's denial in war copy) were contradicted on the `what`.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

TRIAL = """
story: smith-trial
date: 2027-03-01
about: [smith, rsf]
entities:
  smith: {name: Alan Smith, aliases: [Smith], kind: person}
  rsf: {name: Rapid Support Forces, aliases: [RSF], kind: organisation}
  army: {name: Sudanese Armed Forces, aliases: [the army], kind: organisation}
places:
  uk: {name: United Kingdom, country: GB}
  leeds: {name: Leeds, in: uk}
facts:
  - id: murder
    who: smith
    what: [murdered his wife, killed his wife]
    where: leeds
    when: 2027-03-01
  - id: breach
    who: rsf
    what: [violated the ceasefire, broke the ceasefire]
"""
PUBLISHED = dt.date(2027, 6, 1)

OWN_DENIALS = [
    "Smith, who denied murdering his wife, was found guilty on Friday.",
    "Smith has always denied killing his wife.",
    "Smith denied killing his wife in Leeds on March 1.",
    "The RSF denied violating the ceasefire and blamed the army.",
    "The RSF said it had not violated the ceasefire.",
    "The RSF said on Friday that it had not violated the ceasefire.",
    "Smith told the jury he did not kill his wife.",
]


@pytest.mark.parametrize("text", OWN_DENIALS)
def test_the_who_s_own_denial_is_not_judged(text: str) -> None:
    assert clashes_on(text, TRIAL, PUBLISHED) == set()


ARTICLE_DENIALS = [
    ("Smith did not kill his wife, the jury found.", {"murder:what"}),
    ("Smith did not kill his wife.", {"murder:what"}),
    ("The RSF did not violate the ceasefire.", {"breach:what"}),
    ("The RSF never violated the ceasefire.", {"breach:what"}),
    ("The RSF said the army had violated the ceasefire; the RSF never violated it.", set()),
]


@pytest.mark.parametrize("text, expected", ARTICLE_DENIALS)
def test_the_article_s_own_denial_is_judged(text: str, expected: set[str]) -> None:
    assert clashes_on(text, TRIAL, PUBLISHED) == expected
