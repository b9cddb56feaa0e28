"""Case table: after `said`, a title may stand before the speaker's name (`said President Dina
Boluarte`, `said Civil Defence chief Rosa Salas`): up to four capitalised or role words
(`chief`, `spokesman`), `of` and `the` between two capitalised ones (`said Secretary of State
Mike Pompeo`), then the name speaks. Near-misses: a day or a month after `said`,
`that`, an article (`said a spokesman for Dina Boluarte`), punctuation, too many words; and a
name right after `said` that modifies a role word (`said Boluarte spokesman Jorge Ruiz`) is
not the speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

QUAKE = """
story: quake
date: 2025-02-11
about: [salas]
entities:
  salas: {name: Rosa Salas, aliases: [Salas], kind: person}
  boluarte: {name: Dina Boluarte, aliases: [Boluarte], kind: person}
places: {}
facts:
  - id: salas-quote
    who: salas
    quote: We are still pulling people from the rubble and the number of dead will rise
"""
QUOTE = '"We are still pulling people from the rubble and the number of dead will rise,"'
PUBLISHED = dt.date(2025, 2, 12)


def who_of(text: str) -> tuple[str, str]:
    (result,) = check_on(text, QUAKE, PUBLISHED)
    for slot in result.slots:
        if slot.slot == "who":
            return slot.status, slot.rule
    raise AssertionError(text)


CLASH = ("contradicted", "quote/who.speaker")
FITS = ("confirmed", "who.speaker")
UNSTATED = ("unstated", "")

CASES = [
    (f"{QUOTE} said President Dina Boluarte.", CLASH),
    (f"{QUOTE} said Peru's President Dina Boluarte.", CLASH),
    (f"{QUOTE} said Civil Defence chief Rosa Salas.", FITS),
    (f"{QUOTE} said Chief Executive Officer Rosa Salas.", FITS),
    # a day, `that`, an article, lower-case words other than roles, punctuation or too many
    # words between
    (f"{QUOTE} said civil defence chief Rosa Salas.", UNSTATED),
    # a name right after `said` that modifies a role word speaks not: the name after does
    (f"{QUOTE} said Boluarte spokesman Jorge Ruiz.", UNSTATED),
    (f"{QUOTE} said Boluarte spokesman Rosa Salas.", FITS),
    (f"{QUOTE} said Tuesday Dina Boluarte.", UNSTATED),
    (f"{QUOTE} said a spokesman for Dina Boluarte.", UNSTATED),
    (f"{QUOTE} said the office of Dina Boluarte.", UNSTATED),
    (f"{QUOTE} said Lima, Dina Boluarte.", UNSTATED),
    (f"{QUOTE} said Peru's Civil Defence Institute Head Dina Boluarte.", UNSTATED),
    # `of` (and `the` after it) between two capitalised words of the title
    (f"{QUOTE} said Minister of Defence Dina Boluarte.", CLASH),
    (f"{QUOTE} said Secretary of the Treasury Dina Boluarte.", CLASH),
    (f"{QUOTE} said Minister of Defence Rosa Salas.", FITS),
    (f"{QUOTE} said Office of Dina Boluarte.", UNSTATED),
    (f"{QUOTE} said Minister of defence Dina Boluarte.", UNSTATED),
    (f"{QUOTE} said Friends of the Earth, Dina Boluarte.", UNSTATED),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_title_before_the_speaker_after_said(text: str, expected: tuple[str, str]) -> None:
    assert who_of(text) == expected
