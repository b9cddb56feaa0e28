"""Case table: another entity's act that is not the `exclusive` fact's own. A ban from doing
something (`Holt was banned from driving`) bars another act; a date of another year than the
story's (`Holt was banned in 2021`) tells another occasion. Neither contradicts the fact's `who`;
the plain shape still does (`Holt was banned for four years on Tuesday`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

BAN = """
story: rana-ban-2026
date: 2026-03-03
about: [rana]
entities:
  rana: {name: Mira Rana, aliases: [Rana], kind: person}
  holt: {name: Jess Holt, aliases: [Holt], kind: person}
  wada: {name: World Anti-Doping Agency, aliases: [Wada], kind: organisation}
facts:
  - id: banned
    who: rana
    what: [was banned, has been banned]
    exclusive: true
"""
PUBLISHED = dt.date(2026, 3, 4)


def verdict(text: str) -> tuple[str, tuple[str, ...]]:
    (result,) = check_on(text, BAN, PUBLISHED)
    return result.status, tuple(s.slot for s in result.contradictions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Holt has been banned from commenting on the case.", ("omitted", ())),
        ("Holt was banned from driving for a year.", ("omitted", ())),
        ("Holt was banned in 2021 for two years.", ("omitted", ())),
        ("Wada said Holt was banned for two years in 2021.", ("omitted", ())),
        # still judged
        ("Holt was banned for four years on Tuesday.", ("contradicted", ("who",))),
        ("Holt was banned from competition for four years.", ("contradicted", ("who",))),
        ("Holt was banned in March for four years.", ("contradicted", ("who",))),
        ("Rana was banned in 2021.", ("consistent", ())),
    ],
)
def test_another_act_of_another_entity(text: str, expected: tuple[str, tuple[str, ...]]) -> None:
    assert verdict(text) == expected
