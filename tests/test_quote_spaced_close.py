"""Case table of a curly closing mark typed after a space (`and continue to see ” Mayer
said`): `”` only ever closes, so with nothing but spaces before it in the same line, and a
space, a comma, a full stop or the line's end after it, it closes the quote as if written
right after the last word. A straight mark is read by the characters beside it and is not
closed so, and a `”` before a word (`” win`) or after a line break still closes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.match import find_quotes
from tests.cases import verdict


@pytest.mark.parametrize(
    "text, quotes",
    [
        (
            "“We’ve never had demand that we saw that day, and continue to see ” Mayer said.",
            ["We’ve never had demand that we saw that day, and continue to see"],
        ),
        ("“We will win ”, he said.", ["We will win"]),
        ("He added: “We will win ”\n\nThen he left.", ["We will win"]),
        ("“We will win” , he said.", ["We will win"]),
        # not closed so: a straight mark, a curly one before a word or after a line break
        ('"We will win " he said.', []),
        ("“We will win ”today, he said.", []),
        ("“We will win\n” he said.", []),
    ],
)
def test_a_curly_mark_after_a_space_closes_the_quote(text: str, quotes: list[str]) -> None:
    assert [q.text for q in find_quotes(text)] == quotes


STORY = """
story: spaced-closes
date: 2019-11-19
about: [mayer]
entities:
  mayer: {name: Kevin Mayer, aliases: [Mayer], kind: person}
facts:
  - id: mayer-demand-quote
    who: mayer
    quote: We’ve never had demand that we saw that day, and continue to see
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“We’ve never had demand that we saw that day, and continue to see ” Mayer said.",
            ("consistent", ""),
        ),
        (
            "“We’ve never had demand that we saw that week, and continue to see ” Mayer said.",
            ("contradicted", "quote"),
        ),
    ],
)
def test_the_quote_closed_after_a_space_is_judged(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, STORY, dt.date(2019, 11, 19)) == expected
