"""Case table: the words of a phrasing that stand inside a longer name of one of the story's
entities (`Film` of `the Telluride Film Festival` for `filmed`) are part of the name, not the
fact's phrase."""

from __future__ import annotations

import pytest
from cases import verdict

MOONLIGHT = """
story: moonlight-2016
about: [moonlight]
entities:
  moonlight: {name: Moonlight}
  telluride: {name: Telluride Film Festival}
facts:
  - id: moonlight-filmed
    who: moonlight
    what: [filmed]
    when: 2015
"""
UNLISTED = """
story: moonlight-2016
about: [moonlight]
entities:
  moonlight: {name: Moonlight}
facts:
  - id: moonlight-filmed
    who: moonlight
    what: [filmed]
    when: 2015
"""
KIM = """
story: kim-2023
about: [kim]
entities:
  kim: {name: Kim Jong Un, aliases: [Kim]}
  russia: {name: Russia}
facts:
  - id: kim-arrives
    who: kim
    what: [arrived in Russia]
    when: 2023-09-12
"""
PUTIN = """
story: putin-2023
about: [putin]
entities:
  putin: {name: Vladimir Putin, aliases: [Putin]}
  kim: {name: Kim Jong Un}
facts:
  - id: putin-met-kim
    who: putin
    what: [met Kim]
    when: 2023-09-13
"""
LEICESTER = """
story: leicester-2016
about: [leicester]
entities:
  leicester: {name: Leicester City, aliases: [Leicester]}
  league: {name: English Premier League}
facts:
  - id: leicester-title
    who: leicester
    what: [League title]
    when: 2016
"""
OSCARS = """
story: temperton-2016
about: [temperton]
entities:
  temperton: {name: Rod Temperton, aliases: [Temperton]}
  oscars: {name: Oscars}
facts:
  - id: temperton-nominations
    who: temperton
    what: [Oscars]
    count: 2
"""


@pytest.mark.parametrize(
    "text, story, expected",
    [
        # a word inside a listed name: no phrase there, so no date is judged
        ("Moonlight premiered at the Telluride Film Festival in 2016.", MOONLIGHT, ("omitted", "")),
        # the verb itself is still found
        ("Moonlight was filmed in Miami in 2015.", MOONLIGHT, ("consistent", "")),
        ("Moonlight was filmed in Miami in 2013.", MOONLIGHT, ("contradicted", "when")),
        # the name is not one of the story's: `Film` is read as the verb (a limit), but the
        # capitalised word the story does not know right after a one-word phrasing is another
        # object, so the date is not judged
        (
            "Moonlight premiered at the Telluride Film Festival in 2016.",
            UNLISTED,
            ("consistent", ""),
        ),
        # a phrasing that holds a name is no word inside it
        ("Kim arrived in Russia on 12 September 2023.", KIM, ("consistent", "")),
        ("Kim arrived in Russia on 13 September 2023.", KIM, ("contradicted", "when")),
        # a phrasing that begins before a name, or ends after it, is not inside it
        ("Putin met Kim Jong Un on 13 September 2023.", PUTIN, ("consistent", "")),
        ("Leicester won the English Premier League title in 2016.", LEICESTER, ("consistent", "")),
        # a phrasing that is the whole name is found
        ("Temperton was nominated for two Oscars.", OSCARS, ("consistent", "")),
        ("Temperton was nominated for three Oscars.", OSCARS, ("contradicted", "count")),
    ],
)
def test_words_inside_a_name(text: str, story: str, expected: tuple[str, str]) -> None:
    assert verdict(text, story, None) == expected
