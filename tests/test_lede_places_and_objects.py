"""Case table of an article's opening sentence that describes its person with a place's name
(`A New York man pleaded guilty ...`) or names the act's object right after the phrase (`...
to threatening to kill Rep. Dana Whitcombe`), followed by a sentence that opens with the
person's name: the opening states that person's fact, as `tests/test_lede_descriptions.py`
holds for lower-case descriptions (``Reading.lede_person``; a clash found so is `doubtful`).
With no `who` clause, the phrase may follow the description with no auxiliary (`A New York man
pleaded guilty`). Near-misses: a capitalised word that is no place's name, a name past a comma
(a speaker's) or further than three words after the phrase, a `who` clause with no auxiliary
after it, the next sentence naming another person."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

PLEA = """story: threat-plea
date: 2025-11-19
about: [marlow]
entities:
  marlow: {name: Peter Marlow, aliases: [Marlow], kind: person}
  whitcombe: {name: Dana Whitcombe, aliases: [Rep. Dana Whitcombe, Whitcombe], kind: person}
  lyle: {name: Amanda Lyle, aliases: [Lyle], kind: person}
facts:
  - id: plea
    who: marlow
    what: [pleaded guilty to threatening to kill]
    when: 2025-11-17
"""
PUBLISHED = dt.date(2025, 11, 19)  # a Wednesday: the plea was on Monday
NAMING = " Peter Marlow, 55, of Addison, was released on bail."

CASES = [
    # a place's name in the description, the object right after the phrase: found
    (
        "A New York man pleaded guilty Monday to threatening to kill Rep. Dana Whitcombe." + NAMING,
        ("consistent", ""),
    ),
    (
        "A New York man pleaded guilty Monday to threatening to kill a congresswoman." + NAMING,
        ("consistent", ""),
    ),
    (
        "An Ohio man has pleaded guilty to threatening to kill Whitcombe." + NAMING,
        ("consistent", ""),
    ),
    # a lede's clash only shows
    (
        "A New York man pleaded guilty Sunday to threatening to kill Rep. Dana Whitcombe." + NAMING,
        ("consistent", ""),
    ),
    # near-misses: not read
    (
        "A Manchester United fan pleaded guilty to threatening to kill Whitcombe." + NAMING,
        ("omitted", ""),
    ),
    (
        "A New York man pleaded guilty to threatening to kill, Amanda Lyle said." + NAMING,
        ("omitted", ""),
    ),
    (
        "A New York man pleaded guilty to threatening to kill and maim the staff of Whitcombe."
        + NAMING,
        ("omitted", ""),
    ),
    (
        "A New York man who pleaded guilty to threatening to kill Whitcombe." + NAMING,
        ("omitted", ""),
    ),
    (
        "A New York man pleaded guilty to threatening to kill Whitcombe. Amanda Lyle, his lawyer, "
        "spoke.",
        ("omitted", ""),
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_an_opening_with_a_place_or_an_object_names_its_person(
    text: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, PLEA, PUBLISHED) == expected
