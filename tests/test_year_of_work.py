"""Case table: a bare year opening the description of a work that the sentence opens with
(`Brubaker is a 2007 American prison drama film`) is the work's year, judged
(`when.year-of-work`); other dates before the phrase stay doubtful
(`when.date-before-phrase`). Near-misses: a thing that is no creative work (`a 2020 sedan`, a
model year), a person (`a 2024 candidate`), a work referred to (`It is`), another name
opening the sentence, a comma or a number between the year and the noun, a date that is more
than a year."""

from __future__ import annotations

import pytest

from tests.cases import check_on

FILM = """
story: harbour-lights
about: [harbour-lights, vance]
entities:
  harbour-lights:
    name: Harbour Lights
    aliases: [HL]
    kind: product
  kestrel:
    name: Kestrel Pictures
    aliases: [Kestrel]
    kind: organisation
  vance: {name: Ada Vance, aliases: [Vance], kind: person}
  sentra: {name: Orion Sedan, aliases: [Orion], kind: product}
places: {}
facts:
  - id: film
    who: harbour-lights
    what: [film, drama film, comedy of manners, released]
    when: 1980
  - id: candidate
    who: vance
    what: [candidate]
    when: 2023
  - id: car
    who: sentra
    what: [sedan, film]
    when: 2019
"""
RULE = "when.year-of-work"


def when_of(text: str, fact: str) -> tuple[str, str]:
    for result in check_on(text, FILM):
        if result.fact == fact:
            for slot in result.slots:
                if slot.slot == "when":
                    return slot.status, slot.rule
    raise AssertionError(text)


CLASH = ("contradicted", f"named/{RULE}")
FITS = ("confirmed", RULE)
DOUBTFUL = ("doubtful", "named/when.date-before-phrase")
UNSTATED = ("unstated", "")

CASES = [
    ("Harbour Lights is a 2007 American prison drama film.", "film", CLASH),
    ("Harbour Lights is a 1980 American prison drama film.", "film", FITS),
    ("Harbour Lights is a 2007 film.", "film", CLASH),
    ("Harbour Lights was a 2007 comedy of manners in three acts.", "film", CLASH),
    ("Harbour Lights (stylized as HL) is a 2007 drama film starring Ada Vance.", "film", CLASH),
    ("Harbour Lights -LRB- stylized as HL -RRB- is a 2007 film .", "film", CLASH),
    # no creative work: a model year, or the year of the election a person runs in
    ("The Orion Sedan is a 2020 sedan.", "car", DOUBTFUL),
    ("Ada Vance is a 2024 candidate.", "candidate", DOUBTFUL),
    # the work is referred to, or another name opens the sentence
    ("It is a 2007 film.", "film", ("doubtful", "opening/when.date-before-phrase")),
    ("Kestrel's Harbour Lights is a 2007 film.", "film", DOUBTFUL),
    ("Ada Vance said Harbour Lights is a 2007 film.", "film", DOUBTFUL),
    # the year is not right before plain words of the noun
    ("Harbour Lights is a 2007, Kestrel-made film.", "film", UNSTATED),
    ("Harbour Lights is a 2007 3D film.", "film", DOUBTFUL),
    ("Harbour Lights is a 2007-08 film.", "film", DOUBTFUL),
    # the description's own noun ends before the phrase: the year is another work's
    ("Harbour Lights is a 2007 stage play based on the film.", "film", DOUBTFUL),
    ("Harbour Lights is a 2007 remake of the film.", "film", DOUBTFUL),
]


@pytest.mark.parametrize("text, fact, expected", CASES)
def test_the_year_of_a_described_work(text: str, fact: str, expected: tuple[str, str]) -> None:
    assert when_of(text, fact) == expected
