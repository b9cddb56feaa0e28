"""Case table: numbers of the fact's act that are not its count. Those still in a state at a
later time (`Five miners were still trapped on Wednesday`) are a part of those counted; a count
followed by another count of the same act (`Seven were rescued on Tuesday and two on
Wednesday`, `Three were rescued on Tuesday; six more on Wednesday`) is one day's part of the
total; a figure the sentence says was superseded (`Initial reports said 16 miners were
trapped`, `... but the figure was later revised to 14`) is no longer the article's. The plain
count is still judged, and so is a count that only names when it happened."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

MINE = """
story: karst-mine-2026
date: 2026-03-03
about: [mine]
entities:
  mine: {name: Karst mine, aliases: [the mine], kind: organisation}
  miners: {name: miners}
places: {}
facts:
  - id: trapped
    who: miners
    what: [were trapped]
    count: 14
  - id: rescued
    who: miners
    what: [were rescued]
    count: 9
"""
PUBLISHED = dt.date(2026, 3, 4)


def count_of(text: str, fact: str) -> str:
    """The status of ``fact``'s `count` slot on an article of ``text``."""
    results = check_on(f"Karst mine collapse. {text}", MINE, PUBLISHED)
    (result,) = [r for r in results if r.fact == fact]
    (count,) = [s for s in result.slots if s.slot == "count"]
    return count.status


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        # still in the state: a part
        ("Five miners were still trapped on Wednesday.", "trapped", "unstated"),
        ("Five miners are still trapped.", "trapped", "unstated"),
        # one day's part, another part following
        ("Seven miners were rescued on Tuesday and two on Wednesday.", "rescued", "unstated"),
        (
            "Three miners were rescued on Tuesday; six more were rescued on Wednesday.",
            "rescued",
            "unstated",
        ),
        ("Three miners were rescued on Tuesday, and six more overnight.", "rescued", "unstated"),
        # a superseded figure
        (
            "Initial reports said 16 miners were trapped, but the figure was later revised.",
            "trapped",
            "unstated",
        ),
        ("Officials initially said 16 miners were trapped.", "trapped", "unstated"),
        ("16 miners were trapped, a figure later corrected to 14.", "trapped", "unstated"),
        # still judged
        ("Twelve miners were trapped on Tuesday.", "trapped", "contradicted"),
        ("Fourteen miners were trapped on Tuesday.", "trapped", "confirmed"),
        ("Seven miners were rescued on Tuesday.", "rescued", "contradicted"),
        ("Seven miners were rescued and two were hurt.", "rescued", "contradicted"),
        (  # the phrase after a later number, but not counted by it
            "Seven miners were rescued and one woman was hurt before the last miners were rescued.",
            "rescued",
            "contradicted",
        ),
        ("Rescuers said that 10 miners were rescued.", "rescued", "contradicted"),
        ("Officials said 16 miners were trapped.", "trapped", "contradicted"),
        ("Nine miners were rescued on Tuesday and taken to hospital.", "rescued", "confirmed"),
    ],
)
def test_count_of_the_act(text: str, fact: str, expected: str) -> None:
    assert count_of(text, fact) == expected
