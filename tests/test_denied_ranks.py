"""Case table: a rank denied right before its ordinal (`was not the first woman to lead`)
clashes with a fact of that rank; a denied rank that is not the fact's (`not his first summit`,
for the second) is true and gives no rank: not judged."""

from __future__ import annotations

import pytest
from cases import verdict

THATCHER = """
story: thatcher
about: [thatcher]
entities:
  thatcher: {name: Margaret Thatcher, aliases: [Thatcher], kind: person}
facts:
  - id: first-woman-to-lead
    who: thatcher
    what: [woman to lead a major party]
    count: 1
    ordinal: true
"""
KIM = """
story: kim
about: [kim]
entities:
  kim: {name: Kim Jong Un, aliases: [Kim], kind: person}
facts:
  - id: second-summit
    who: kim
    what: [summit with Putin]
    count: 2
    ordinal: true
"""


@pytest.mark.parametrize(
    "text, story, expected",
    [
        ("Thatcher was the first woman to lead a major party.", THATCHER, ("consistent", "")),
        (
            "Thatcher was the second woman to lead a major party.",
            THATCHER,
            ("contradicted", "count"),
        ),
        # the fact's rank, denied
        (
            "Thatcher was not the first woman to lead a major party.",
            THATCHER,
            ("contradicted", "count"),
        ),
        (
            "Thatcher was n't the first woman to lead a major party .",
            THATCHER,
            ("contradicted", "count"),
        ),
        ("Kim held his second summit with Putin.", KIM, ("consistent", "")),
        ("Kim is holding not his second summit with Putin.", KIM, ("contradicted", "count")),
        # another rank, denied: true of the fact, and no rank is given
        ("Thatcher was not the second woman to lead a major party.", THATCHER, ("omitted", "")),
        ("Kim held not his first summit with Putin.", KIM, ("omitted", "")),
        ("This was not Kim's first summit with Putin.", KIM, ("omitted", "")),
        # a negation elsewhere in the sentence does not deny the rank
        ("Kim held his second summit with Putin, not in Moscow.", KIM, ("consistent", "")),
        ("Kim, not Putin, wanted the second summit with Putin.", KIM, ("consistent", "")),
    ],
)
def test_a_denied_rank(text: str, story: str, expected: tuple[str, str]) -> None:
    assert verdict(text, story, None) == expected
