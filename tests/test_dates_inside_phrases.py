"""Case table of a day's date between the phrase's words (`Norhaven agreed on Tuesday to buy
Clearpath` for `agreed to buy`): it dates the phrase's verb and is judged
(`when.date-inside-phrase`), with at most `on`/`late`/`early` before it; a year or a month, a
comma or another word around it are not read."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

STORY = """
story: dates-inside
date: 2025-03-10
about: [norhaven]
entities:
  norhaven: {name: Norhaven Software, aliases: [Norhaven], kind: organisation}
facts:
  - id: deal
    who: norhaven
    what: [agreed to buy]
    when: 2025-03-10
"""


def when(text: str) -> tuple[str, str] | None:
    (result,) = check_on(text, STORY, dt.date(2025, 3, 10))
    found = [(s.status, s.rule) for s in result.slots if s.slot == "when"]
    return found[0] if found and found[0][0] != "unstated" else None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norhaven agreed on Tuesday to buy Clearpath.", "contradicted"),
        ("Norhaven agreed late Tuesday to buy Clearpath.", "contradicted"),
        ("Norhaven agreed yesterday to buy Clearpath.", "contradicted"),
        ("Norhaven agreed on Monday to buy Clearpath.", "confirmed"),
        # near-misses: a month, a comma, another word before the date
        ("Norhaven agreed in March to buy Clearpath.", None),
        ("Norhaven agreed, on Tuesday, to buy Clearpath.", None),
        ("Norhaven agreed by Tuesday to buy Clearpath.", None),
    ],
)
def test_date_between_the_phrase_words(text: str, expected: str | None) -> None:
    found = when(text)
    assert (found and found[0]) == expected
    if found:
        assert found[1].endswith("when.date-inside-phrase")
