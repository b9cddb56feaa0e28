"""Case table: `his`/`her` right before the phrase (a word or two between: `her third novel`)
stands for the one person named before it in its sentence, who is then the phrase's subject
(`Ines Moravec won the prize for The Salt Orchard, her third novel`: rule path `owner/...`).
Near-misses: two persons named before, a pronoun of the other gender than the article gives
the person, a name between the pronoun and the phrase, a quotation, punctuation between."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

PRIZE = """
story: prize
date: 2025-11-03
about: [moravec]
entities:
  moravec: {name: Ines Moravec, aliases: [Moravec, Ms Moravec], kind: person}
  dunmore: {name: Callum Dunmore, aliases: [Dunmore, Mr Dunmore], kind: person}
  orchard: {name: The Salt Orchard, kind: product}
places: {}
facts:
  - id: novel
    who: moravec
    what: [novel]
    count: 3
    ordinal: true
"""
PUBLISHED = dt.date(2025, 11, 4)


def verdict(text: str) -> tuple[str, str]:
    (result,) = check_on(text, PRIZE, PUBLISHED)
    return result.status, ",".join(s.rule for s in result.slots if s.status == "contradicted")


CLASH = ("contradicted", "owner/count.number-before-phrase")
FITS = ("consistent", "")
OMITTED = ("omitted", "")

CASES = [
    ("Ines Moravec won the prize for The Salt Orchard, her fourth novel.", CLASH),
    ("Ines Moravec won the prize for The Salt Orchard, her third novel.", FITS),
    ("Moravec, 41, said her fourth novel took six years.", CLASH),
    # two persons named before, the other gender, a name between, a quotation, punctuation
    ("Ines Moravec met Callum Dunmore, and her fourth novel sold.", OMITTED),
    ("Ms Moravec praised The Salt Orchard, his fourth novel.", OMITTED),
    ("Ms Moravec praised The Salt Orchard, her fourth novel.", CLASH),
    ("Moravec told Dunmore that her fourth novel was done.", OMITTED),
    ("Ines Moravec won, though her friend The Salt Orchard's fourth novel lost.", OMITTED),
    ('"Ines Moravec won for her fourth novel," a judge said.', OMITTED),
    ("Ines Moravec won the prize; her, fourth novel.", OMITTED),
    ("Callum Dunmore praised the book, her fourth novel.", OMITTED),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_his_or_her_before_the_phrase(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text) == expected
