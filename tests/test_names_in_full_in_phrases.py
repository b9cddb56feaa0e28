"""Case table: a phrasing that ends in a proper name of one of the story's entities (`met with
Ryan`) is also read with each longer name of that entity in its place (`met with House Speaker
Paul Ryan`), so a title and a first name written before the surname do not part the phrase's
words (`meet with House speaker Paul Ryan`, `lunch with Republican House Speaker Paul Ryan`).
Near-misses: another person of the same surname, another entity, another subject, words of
the phrase further apart; a denial of the act is judged as it is for the short name."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

CAPITOL = """
story: ryan-lunch-2025
date: 2025-11-10
about: [trump]
entities:
  trump: {name: Donald Trump, aliases: [Trump], kind: person}
  ryan: {name: Paul Ryan, aliases: [Ryan, House Speaker Paul Ryan], kind: person}
  pence: {name: Mike Pence, aliases: [Pence], kind: person}
places:
  capitol: {name: the Capitol, aliases: [Capitol Hill]}
facts:
  - id: meets-ryan
    who: trump
    what: [met with Ryan, lunch with Ryan]
    where: capitol
"""
PUBLISHED = dt.date(2025, 11, 11)

CASES = [
    ("Trump met with House speaker Paul Ryan on Capitol Hill.", ("consistent", "")),
    ("Trump had lunch with Republican House Speaker Paul Ryan.", ("consistent", "")),
    ("Trump met with Paul Ryan at the Capitol.", ("consistent", "")),
    # near-misses: another Ryan, another entity, another subject, further apart; a denial is
    # judged as for the short name
    ("Trump met with House speaker Tim Ryan on Capitol Hill.", ("omitted", "")),
    ("Trump met with House speaker Mike Pence on Capitol Hill.", ("omitted", "")),
    ("Trump has not met with House speaker Paul Ryan.", ("contradicted", "what")),
    ("Pence met with House speaker Paul Ryan on Capitol Hill.", ("omitted", "")),
    (
        "Trump met with his aides and later with the outgoing House Speaker Paul Ryan.",
        ("omitted", ""),
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_name_written_in_full_in_a_phrase(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, CAPITOL, PUBLISHED) == expected
