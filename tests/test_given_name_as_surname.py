"""Case table: a person's given name that the fact file lists alone (`Taylor`, for `Taylor
Swift`) is another person's surname right after a capitalised word that is no word of the
person's names (`wrote 43-year-old Martin Taylor`), so that person's age or deeds are not
hers. A title, a day or a month, a small word (`The`), or the first word of a sentence or
quotation before it, and the full name, leave it a mention (`tests/test_match.py`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

STORY = """
story: swift
date: 2019-11-18
about: [swift]
entities:
  swift: {name: Taylor Swift, aliases: [Swift, Taylor], kind: person}
  taliban: {name: Taliban, aliases: [Taliban militants]}
facts:
  - id: swift-aged-29
    who: swift
    what: year-old
    count: 29
  - id: taliban-claimed
    who: taliban
    what: [claimed responsibility]
"""
PUBLISHED = dt.date(2019, 11, 18)

NOT_A_MENTION = [
    ("swift-aged-29", "The case study was written by 43-year-old Martin Taylor of Aberdeenshire."),
    ("swift-aged-29", "A report said 43-year-old Martin Taylor had recovered."),
    ("swift-aged-29", "The band played for 43-year-old Sam Taylor on Friday."),
]

STILL_A_MENTION = [
    ("swift-aged-29", "The award went to 43-year-old Taylor Swift on Sunday."),
    ("swift-aged-29", "The award went to 43-year-old Taylor on Sunday."),
    ("swift-aged-29", "Martin said 43-year-old Coach Taylor had won."),
    ("swift-aged-29", "Fans cheered on Tuesday as 43-year-old Taylor arrived."),
    ("swift-aged-29", "Then Taylor, the 43-year-old singer, took the stage."),
    ("swift-aged-29", "He said: Yesterday Taylor, the 43-year-old singer, took the stage."),
]


@pytest.mark.parametrize(("fact", "text"), NOT_A_MENTION)
def test_a_given_name_after_another_name_word_is_another_persons_surname(
    fact: str, text: str
) -> None:
    assert verdict(text, STORY, PUBLISHED, fact) == ("omitted", "")


@pytest.mark.parametrize(("fact", "text"), STILL_A_MENTION)
def test_a_given_name_alone_after_a_title_or_plain_word_stays_a_mention(
    fact: str, text: str
) -> None:
    assert verdict(text, STORY, PUBLISHED, fact) == ("contradicted", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Afghan Taliban claimed responsibility for the attack.",
        "Image caption The Taliban claimed responsibility for the attack.",
    ],
)
def test_a_name_of_several_words_not_all_capitalised_has_no_given_name(text: str) -> None:
    assert verdict(text, STORY, PUBLISHED, "taliban-claimed") == ("consistent", "")
