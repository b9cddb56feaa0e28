"""Case table: `that` right after `joked` or `quipped` opens what was said, as after `said`,
not a relative clause about the speaker: a name inside it is not the speaker's event, and a
phrase of that name is found (`Cook joked that he's not Alicia Keys, the singer who surprised
the Dreamforce audience`: Keys's act).

Still read as before: a relative `that` after a noun (`the song that Alicia Keys played`: the
song's, another entity's clause) and `that` after a verb of hoping or wishing (`Cook hoped that
...`), neither of them what was said; `said that` as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

STORY = """
story: keynote
date: 2019-11-19
about: [voss]
entities:
  voss:
    name: Hana Voss
    aliases: [Voss]
    kind: person
  rowe:
    name: Lena Rowe
    aliases: [Rowe]
    kind: person
facts:
  - id: rowe-surprised-audience
    who: rowe
    what: [surprised the Marlow Summit audience, played at the Marlow Summit]
    when: 2019-11-19
"""
PUBLISHED = dt.date(2019, 11, 19)

CASES = [
    # `joked that`, `quipped that`: what was said; the name inside is the phrase's
    (
        "Voss joked that she's not Lena Rowe, the singer who surprised the Marlow Summit "
        "audience a couple hours earlier.",
        ("consistent", ""),
    ),
    (
        "Voss joked that she's not Lena Rowe, the singer who surprised the Marlow Summit "
        "audience on Monday.",
        ("contradicted", "when"),
    ),
    (
        "Voss joked that she's not Lena Rowe, the singer who never surprised the Marlow Summit "
        "audience.",
        ("contradicted", "what"),
    ),
    ("Voss quipped that Rowe surprised the Marlow Summit audience.", ("consistent", "")),
    ("Voss jokes that Rowe surprised the Marlow Summit audience.", ("consistent", "")),
    # as before: `said that`
    (
        "Voss said that Rowe surprised the Marlow Summit audience on Monday.",
        ("contradicted", "when"),
    ),
    # still another entity's clause
    (
        "Voss praised the song that Lena Rowe played at the Marlow Summit on Monday.",
        ("omitted", ""),
    ),
    ("Voss hoped that Lena Rowe surprised the Marlow Summit audience on Monday.", ("omitted", "")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_that_after_joked(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, STORY, PUBLISHED) == expected
