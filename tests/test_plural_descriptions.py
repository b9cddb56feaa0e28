"""Case table: the plural of a description of one (`The patients` for `the patient`, `the black
cats` for `the black cat`) is several others of its kind, not a mention of the one the story
names, so what they are or did is not theirs (`The patients, a husband and wife, are from
Beijing` does not place the hunter). The description as the fact file writes it stays a
mention, and so does one ending in `s` already (`the boss`, `The bosses`); a possessive
(`the patient's`) is no plural (`tests/test_match.py`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

STORY = """
story: plague
date: 2019-11-17
about: [patient]
entities:
  patient: {name: Wang Lei, mention_only: [the patient, the hunter], kind: person}
  cat: {name: Sasha, mention_only: [the black cat]}
  boss: {name: Li Ming, mention_only: [the boss], kind: person}
places:
  china: {name: China}
  inner-mongolia: {name: Inner Mongolia, in: china}
  xilingol: {name: Xilingol, in: inner-mongolia}
  beijing: {name: Beijing, in: china}
facts:
  - id: from-xilingol
    who: patient
    what: [from Xilingol]
    where: xilingol
  - id: cat-from-xilingol
    who: cat
    what: [from Xilingol]
    where: xilingol
  - id: boss-from-xilingol
    who: boss
    what: [from Xilingol]
    where: xilingol
"""
PUBLISHED = dt.date(2019, 11, 18)

NOT_A_MENTION = [
    ("from-xilingol", "The patients, a husband and wife, are from Beijing."),
    ("from-xilingol", "The patients are from Beijing, doctors said."),
    ("from-xilingol", "The hunters are from Beijing."),
    ("from-xilingol", "The patients' relatives are from Beijing."),
    ("cat-from-xilingol", "The black cats are from Beijing."),
]

STILL_A_MENTION = [
    ("from-xilingol", "The patient is from Beijing."),
    ("from-xilingol", "The patient, a herder, is from Beijing."),
    ("cat-from-xilingol", "The black cat is from Beijing."),
    ("boss-from-xilingol", "The bosses are from Beijing."),  # `boss` ends in `s` already
]


@pytest.mark.parametrize(("fact", "text"), NOT_A_MENTION)
def test_the_plural_of_a_description_of_one_is_no_mention(fact: str, text: str) -> None:
    assert verdict(text, STORY, PUBLISHED, fact) == ("omitted", "")


@pytest.mark.parametrize(("fact", "text"), STILL_A_MENTION)
def test_the_description_as_written_stays_a_mention(fact: str, text: str) -> None:
    assert verdict(text, STORY, PUBLISHED, fact) == ("contradicted", "where")
