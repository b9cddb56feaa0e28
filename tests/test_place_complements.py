"""Case table: places after the phrase that are not where its act happened. A place after `of`
completes the noun before it (`met the prime minister of Spain`, `the embassy of France`), unless
that noun names a part or kind of place (`in the centre of Madrid`, `the city of Porto`); a
place owning a noun (`at Madrid's embassy`) may confirm the fact's place but never contradicts
it (an embassy, a consulate, a team stands in another country than its owner). An act told of
an earlier time (`last met`, `previously met`) or dated in another year than the fact's (the
story's, for a fact with no `when`: `met the prime minister in Madrid in 2019`) is another
occurrence, whose place is its own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

SUMMIT = """
story: vale-visit-2026
date: 2026-03-03
about: [vale]
entities:
  vale: {name: Rosa Vale, aliases: [Vale, President Vale], kind: person}
places:
  lisbon: {name: Lisbon, in: portugal}
  portugal: {name: Portugal}
  madrid: {name: Madrid, in: spain}
  spain: {name: Spain}
  porto: {name: Porto, in: portugal}
facts:
  - id: arrived
    who: vale
    what: [arrived]
    where: lisbon
    when: 2026-03-03
  - id: met
    who: vale
    what: [met the prime minister]
    where: lisbon
"""
PUBLISHED = dt.date(2026, 3, 4)  # a Wednesday: Tuesday is the 3rd


def where_of(text: str, fact: str) -> str:
    """The status of ``fact``'s `where` slot on an article of ``text``."""
    (result,) = [r for r in check_on(text, SUMMIT, PUBLISHED) if r.fact == fact]
    (where,) = [s for s in result.slots if s.slot == "where"]
    return where.status


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        # after `of`: the noun's complement, not the act's place
        ("Vale met the prime minister of Spain.", "met", "unstated"),
        ("Vale met the prime minister of Spain on Tuesday.", "met", "unstated"),
        ("Vale arrived at the embassy of Spain on Tuesday.", "arrived", "unstated"),
        # ... unless the noun names a part or kind of place
        ("Vale arrived in the centre of Madrid on Tuesday.", "arrived", "contradicted"),
        ("Vale arrived in the centre of Lisbon on Tuesday.", "arrived", "confirmed"),
        ("Vale arrived in the city of Porto on Tuesday.", "arrived", "contradicted"),
        ("Vale met the prime minister of Spain in Madrid.", "met", "contradicted"),
        ("Vale met the prime minister of Spain in Lisbon.", "met", "confirmed"),
        # a place owning a noun confirms, never contradicts
        ("Vale met the prime minister at Madrid's embassy.", "met", "unstated"),
        ("Vale arrived at Spain's embassy on Tuesday.", "arrived", "unstated"),
        ("Vale arrived at Lisbon's airport on Tuesday.", "arrived", "confirmed"),
        ("Vale arrived at the Madrid airport on Tuesday.", "arrived", "unstated"),
        ("Vale arrived in Madrid on Tuesday.", "arrived", "contradicted"),
        # an earlier time, or another year: another occurrence
        ("Vale last met the prime minister in Madrid.", "met", "unstated"),
        ("Vale previously met the prime minister in Madrid.", "met", "unstated"),
        ("Vale met the prime minister in Madrid in 2019.", "met", "unstated"),
        ("Vale met the prime minister in Madrid last year.", "met", "unstated"),
        ("Vale arrived in Madrid in 2019.", "arrived", "unstated"),
        ("Vale met the prime minister in Madrid in March.", "met", "contradicted"),
        ("Vale met the prime minister in Madrid on Tuesday.", "met", "contradicted"),
        ("Vale met the prime minister in Madrid.", "met", "contradicted"),
        ("Vale met the prime minister in Lisbon in 2026.", "met", "confirmed"),
    ],
)
def test_place_of_the_act(text: str, fact: str, expected: str) -> None:
    assert where_of(text, fact) == expected
