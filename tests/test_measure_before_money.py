"""Case table of a measure in the fact's unit right after the phrase and followed by `to` and
money (`Clearpath shares jumped 28% to $41.30`): the money is the price the change brought,
not the other end of a range, so the measure is judged; a range or a list in the fact's unit
(`rose 28% to 30%`) and a bare number before the money (`jumped 28 to $41.30`) still are not."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: measure-before-money
date: 2025-03-10
about: [clearpath]
entities:
  clearpath: {name: Clearpath Analytics, aliases: [Clearpath], kind: organisation}
facts:
  - id: jump
    who: clearpath
    what: [shares jumped, shares rose]
    count: 18
    unit: "%"
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Clearpath shares jumped 28% to $41.30 in morning trading.", {"jump:count"}),
        ("Clearpath shares rose 28 per cent to £12.40.", {"jump:count"}),
        ("Clearpath shares jumped 18% to $41.30.", set()),
        # near-misses: a range in the fact's unit, no unit, a word between
        ("Clearpath shares rose 28% to 30% in early trading.", set()),
        ("Clearpath shares jumped 28 to $41.30.", set()),
        ("Clearpath shares rose 28% or $9 to $41.30.", set()),
    ],
)
def test_measure_before_money(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, dt.date(2025, 3, 10)) == expected
